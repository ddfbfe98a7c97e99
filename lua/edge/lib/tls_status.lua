-- TLS certificate gauges for /metrics. The served certificate's notAfter comes from edge.json (the
-- renderer writes it; every reload re-reads it); the ACME renewer's outcome comes from its
-- status.json, re-read on a timer because a failed renewal does not reload nginx.
local cjson = require "cjson.safe"
local metrics = require "edge.lib.metrics"

local io_open = io.open
local type = type

local _M = {}

local REFRESH_SECONDS = 5

metrics.define("cert_expiry_seconds", "gauge", "Seconds until the served TLS certificate expires.")
metrics.define("cert_renewal_failures_total", "counter",
    "ACME issuances/renewals that failed (the previous certificate kept serving).")
metrics.define("cert_renewal_consecutive_failures", "gauge", "ACME failures since the last success.")
metrics.define("cert_acme_served", "gauge", "1 when the served certificate comes from the ACME CA, 0 for the dev CA.")

local served      -- {source=, not_after=, ...} from edge.json
local status_file -- path of the renewer's status.json

function _M.init(config)
    local tls = config.tls
    served = type(tls.certificate) == "table" and tls.certificate or nil
    status_file = type(tls.acme_status_file) == "string" and tls.acme_status_file or nil
end

local function read_status()
    if not status_file then
        return nil
    end
    local f = io_open(status_file, "rb")
    if not f then
        return nil -- no renewer ran yet (ACME off, or before the first check)
    end
    local text = f:read("*a")
    f:close()
    local data = cjson.decode(text)
    return type(data) == "table" and data or nil
end

function _M.refresh()
    if served and type(served.not_after) == "number" then
        metrics.set("cert_expiry_seconds", nil, served.not_after - ngx.time())
        metrics.set("cert_acme_served", nil, served.source == "acme" and 1 or 0)
    end
    local status = read_status()
    if status then
        metrics.set("cert_renewal_failures_total", nil, tonumber(status.failures_total) or 0)
        metrics.set("cert_renewal_consecutive_failures", nil, tonumber(status.consecutive_failures) or 0)
    end
end

local function tick(premature)
    if not premature then
        _M.refresh()
    end
end

-- One worker keeps the gauges fresh; the values live in the shared dict every worker scrapes.
function _M.init_worker()
    if ngx.worker.id() ~= 0 then
        return
    end
    _M.refresh()
    local ok, err = ngx.timer.every(REFRESH_SECONDS, tick)
    if not ok then
        ngx.log(ngx.ERR, "tls_status: cannot start refresh timer: ", err)
    end
end

return _M
