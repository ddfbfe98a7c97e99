-- /healthz (the edge is alive) and /readyz (every upstream answers its own health check).
-- Checks use cosockets: ngx.location.capture is not available to HTTP/2 requests.
-- /readyz is rate-limited per client IP (the ratelimit policy's GCRA) and its verdict is cached in the
-- edge_health dict for readyz.cache_seconds: probes of the services cost the same whatever the request
-- rate. A service that answers non-200 with {"dependencies": {"postgres": "down", ...}} (the services'
-- /readyz, servicekit/dependencies.py; "checks" is read too) is named with that dependency in the 503.
local cjson = require "cjson.safe"
local errors = require "edge.lib.errors"
local http_get = require "edge.lib.http_get"

local spawn, wait = ngx.thread.spawn, ngx.thread.wait

local _M = {}

local services = {}   -- array of {name=, host=, port=, path=}
local TIMEOUT_MS = 1000
local CACHE_KEY = "readyz"
local cache_seconds
local limiter

function _M.init(edge_config)
    services = edge_config.health_checks
    -- resolved by gateway/policies/readyz.py: defaults merged, the limit a ratelimit policy conf
    local conf = edge_config.readyz
    cache_seconds = conf.cache_seconds
    limiter = require("edge.policies.ratelimit").new(conf.ratelimit, "readyz", edge_config)
end

-- The dependencies a health answer reports down ({"dependencies": {"postgres": "down"}}), or nil.
function _M.down_dependencies(body)
    local doc = type(body) == "string" and cjson.decode(body)
    local checks = type(doc) == "table" and (doc.dependencies or doc.checks)
    if type(checks) ~= "table" then
        return nil
    end
    local down = {}
    for name, state in pairs(checks) do
        if type(name) == "string" and state ~= "up" and state ~= "ok" and state ~= true then
            down[#down + 1] = name
        end
    end
    table.sort(down)
    return #down > 0 and down or nil
end

local function probe(svc)
    local res, err = http_get.get(svc.host, svc.port, svc.path, TIMEOUT_MS, 4096)
    if not res then
        -- unreachable: down, with no dependency to name (the caller reads a second value as that list)
        ngx.log(ngx.WARN, "readyz: ", svc.name, " unreachable: ", err)
        return nil
    end
    return res.status, _M.down_dependencies(res.body)
end

function _M.liveness()
    ngx.header["Content-Type"] = "application/json"
    ngx.header["Cache-Control"] = "no-store"
    ngx.say('{"status":"ok"}')
end

-- Probe every service: {ready=, checks={name = "up"|"down"}, down={"jeeves (postgres)", ...}}.
local function verdict()
    local threads = {}
    for i, svc in ipairs(services) do
        threads[i] = spawn(probe, svc)
    end
    local checks, down = {}, {}
    for i, svc in ipairs(services) do
        local _, status, deps = wait(threads[i])
        if status == 200 and not deps then
            checks[svc.name] = "up"
        else
            checks[svc.name] = "down"
            down[#down + 1] = deps and (svc.name .. " (" .. table.concat(deps, ", ") .. ")") or svc.name
        end
    end
    return { ready = #down == 0, checks = checks, down = down }
end

function _M.readiness()
    limiter:access({})   -- a 429 ends the request here
    local dict = ngx.shared.edge_health
    local result = dict and cjson.decode(dict:get(CACHE_KEY) or "")
    if not result then
        result = verdict()
        if dict then
            dict:set(CACHE_KEY, cjson.encode(result), cache_seconds)
        end
    end
    if not result.ready then
        return errors.reject(503, "not_ready", "unavailable: " .. table.concat(result.down, ", "),
            { ["Retry-After"] = "1" }, { checks = result.checks })
    end
    ngx.header["Content-Type"] = "application/json"
    ngx.header["Cache-Control"] = "no-store"
    ngx.say(cjson.encode({ status = "ready", checks = result.checks }))
end

return _M
