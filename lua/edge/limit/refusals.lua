-- Refusals remembered. When a rate limit rejects a request on a key the request itself carries (its
-- client address, its route, a header), the key's theoretical arrival time is noted here until the
-- bucket admits again; the route's next requests with that key are then refused before any other
-- policy runs (edge/init.lua runs a policy's `early` step first), so a flood costs no WAF or JWT
-- check. Never early: a GCRA key's state only moves later, whichever worker or node charges it.
local _M = {}

local PREFIX = "refused|"
local EPSILON = 1e-6   -- gcra.lua's tolerance of float noise

-- dict: the shared dict; key: the limit's full key (route|limit|value); tat: the key's state when
-- it was rejected; tau: the limit's tolerance; now: the clock the decision used.
function _M.note(dict, key, tat, tau, now)
    local ttl = tat - tau - now
    if ttl > EPSILON then
        dict:safe_set(PREFIX .. key, tat, ttl)   -- a full dict evicts no bucket for a remembered refusal
    end
end

-- Seconds until the key's bucket admits a request, and until it is empty again; nil when no
-- refusal of the key stands.
function _M.standing(dict, key, tau, now)
    local tat = dict:get(PREFIX .. key)
    if not tat then
        return nil
    end
    local retry = tat - tau - now
    if retry <= EPSILON then
        return nil
    end
    return retry, tat - now
end

return _M
