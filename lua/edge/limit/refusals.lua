-- Refusals remembered. When a rate limit rejects a request on a key the request itself carries (its
-- client address, its route, a header), the key's theoretical arrival time is noted here until the
-- bucket admits again; the route's next requests with that key are then refused before any other
-- policy runs (edge/init.lua runs a policy's `early` step first), so a flood costs no WAF or JWT
-- check. Never early: a GCRA key's state only moves later, whichever worker or node charges it.
local EPSILON = require("edge.limit.gcra").EPSILON

local _M = {}

local PREFIX = "refused|"

-- dict: the shared dict; key: the limit's full key (route|limit|value); retry_after: seconds until the
-- rejected key's bucket admits one request; tau: the limit's tolerance; now: the clock the decision used.
-- Kept: the key's state then (the bucket admits at tat - tau), until that moment.
function _M.note(dict, key, retry_after, tau, now)
    if retry_after > EPSILON then
        -- a full dict evicts no bucket for a remembered refusal
        dict:safe_set(PREFIX .. key, now + retry_after + tau, retry_after)
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
