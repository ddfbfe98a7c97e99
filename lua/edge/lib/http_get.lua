-- Minimal HTTP/1.0 GET over a cosocket, for the /readyz probes, the JWKS fetch and the revocation feed
-- (ngx.location.capture is not available to HTTP/2 requests, and none needs more than a small body).
local tostring, tonumber = tostring, tonumber
local lower, match = string.lower, string.match

local _M = {}

-- Connects, sends the request and reads the status line: sock, status; or nil and an error.
local function request(host, port, path, timeout_ms, accept)
    local sock = ngx.socket.tcp()
    sock:settimeouts(timeout_ms, timeout_ms, timeout_ms)
    local ok, err = sock:connect(host, port)
    if not ok then
        return nil, "connect: " .. tostring(err)
    end
    ok, err = sock:send("GET " .. path .. " HTTP/1.0\r\nHost: " .. host .. "\r\n"
        .. (accept and "Accept: " .. accept .. "\r\n" or "") .. "\r\n")
    if not ok then
        sock:close()
        return nil, "send: " .. tostring(err)
    end
    local line
    line, err = sock:receive("*l")
    if not line then
        sock:close()
        return nil, "status: " .. tostring(err)
    end
    return sock, tonumber(line:match("^HTTP/%d%.%d (%d%d%d)"))
end

-- The answer's status code, or nil and an error.
function _M.status(host, port, path, timeout_ms)
    local sock, status = request(host, port, path, timeout_ms)
    if not sock then
        return nil, status
    end
    sock:close()
    return status
end

-- Any answer: {status=, headers={lower-case name = value}, body= (its first max_body bytes, default
-- 64 KiB)}, or nil and an error.
function _M.get(host, port, path, timeout_ms, max_body, accept)
    max_body = max_body or 65536
    local sock, status = request(host, port, path, timeout_ms, accept)
    if not sock then
        return nil, status
    end
    local headers = {}
    while true do
        local line, err = sock:receive("*l")
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
    local body, rerr, partial = sock:receive(max_body)
    sock:close()
    body = body or partial
    if not body or (rerr and rerr ~= "closed") then
        return nil, "body: " .. tostring(rerr)
    end
    return { status = status, headers = headers, body = body }
end

-- The body (at most max_body bytes) of a 200 answer, or nil and an error.
function _M.body(host, port, path, timeout_ms, max_body, accept)
    local res, err = _M.get(host, port, path, timeout_ms, max_body, accept)
    if not res then
        return nil, err
    end
    if res.status ~= 200 then
        return nil, "status " .. tostring(res.status)
    end
    return res.body
end

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

return _M
