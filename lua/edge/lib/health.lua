-- /healthz (the edge is alive) and /readyz (every upstream answers its own health check).
local cjson = require "cjson.safe"
local errors = require "edge.lib.errors"
local http_get = require "edge.lib.http_get"

local spawn, wait = ngx.thread.spawn, ngx.thread.wait

local _M = {}

local services = {}   -- array of {name=, host=, port=, path=}
local TIMEOUT_MS = 1000

function _M.init(edge_config)
    services = edge_config.health_checks or {}
end

-- The service's health answer: its status code, or nil and an error.
local function probe(svc)
    return http_get.status(svc.host, svc.port, svc.path, TIMEOUT_MS)
end

function _M.liveness()
    ngx.header["Content-Type"] = "application/json"
    ngx.header["Cache-Control"] = "no-store"
    ngx.say('{"status":"ok"}')
end

function _M.readiness()
    local threads = {}
    for i, svc in ipairs(services) do
        threads[i] = spawn(probe, svc)
    end
    local checks, down = {}, {}
    for i, svc in ipairs(services) do
        local _, status = wait(threads[i])
        if status == 200 then
            checks[svc.name] = "up"
        else
            checks[svc.name] = "down"
            down[#down + 1] = svc.name
        end
    end
    if #down > 0 then
        return errors.reject(503, "not_ready", "unavailable: " .. table.concat(down, ", "),
            { ["Retry-After"] = "1" }, { checks = checks })
    end
    ngx.header["Content-Type"] = "application/json"
    ngx.header["Cache-Control"] = "no-store"
    ngx.say(cjson.encode({ status = "ready", checks = checks }))
end

return _M
