-- A minimal HTTP/1.0 GET over a cosocket, for the edge's own calls to its services (JWKS, the
-- revocation feed, health checks): no dependency, bounded in time and size.
local tcp = ngx.socket and ngx.socket.tcp
local lower, match = string.lower, string.match

local _M = {}

local DEFAULT_TIMEOUT_MS = 1000
local DEFAULT_MAX_BODY = 65536

-- "max-age=300, public" -> 300; nil without a usable max-age (no-store / no-cache count as 0).
function _M.max_age(cache_control)
    if type(cache_control) ~= "string" then
        return nil
    end
    local cc = lower(cache_control)
    if cc:find("no-store", 1, true) or cc:find("no-cache", 1, true) then
        return 0
    end
    return tonumber(match(cc, "max%-age%s*=%s*\"?(%d+)"))
end

-- opts: {timeout_ms=, max_body=, status_only=}. Returns {status=, headers={lower-case name = value},
-- body=} (body and headers nil with status_only), or nil and an error. Any status is returned.
function _M.get(host, port, path, opts)
    opts = opts or {}
    local timeout = opts.timeout_ms or DEFAULT_TIMEOUT_MS
    local sock = tcp()
    sock:settimeouts(timeout, timeout, timeout)
    local ok, err = sock:connect(host, port)
    if not ok then
        return nil, "connect: " .. tostring(err)
    end
    ok, err = sock:send("GET " .. path .. " HTTP/1.0\r\nHost: " .. host .. "\r\nAccept: application/json\r\n\r\n")
    if not ok then
        sock:close()
        return nil, "send: " .. tostring(err)
    end
    local line
    line, err = sock:receive("*l")
    local status = line and tonumber(match(line, "^HTTP/%d%.%d (%d%d%d)"))
    if not status then
        sock:close()
        return nil, "status line: " .. tostring(line or err)
    end
    if opts.status_only then
        sock:close()
        return { status = status }
    end
    local headers = {}
    while true do
        line, err = sock:receive("*l")
        if not line then
            sock:close()
            return nil, "headers: " .. tostring(err)
        end
        if line == "" then
            break
        end
        local name, value = match(line, "^([^:]+):%s*(.-)%s*$")
        if name then
            headers[lower(name)] = value
        end
    end
    local max_body = opts.max_body or DEFAULT_MAX_BODY
    local body, rerr, partial = sock:receive(max_body + 1)
    sock:close()
    body = body or partial
    if not body or (rerr and rerr ~= "closed") then
        return nil, "body: " .. tostring(rerr)
    end
    if #body > max_body then
        return nil, "body larger than " .. max_body .. " bytes"
    end
    return { status = status, headers = headers, body = body }
end

return _M
