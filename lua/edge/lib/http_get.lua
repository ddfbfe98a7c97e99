-- Minimal HTTP/1.0 GET over a cosocket, for the /readyz probes and the JWKS fetch (ngx.location.capture
-- is not available to HTTP/2 requests, and neither needs more than a status or a small body).
local tostring, tonumber = tostring, tonumber

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

-- The body (at most max_body bytes) of a 200 answer, or nil and an error.
function _M.body(host, port, path, timeout_ms, max_body, accept)
    local sock, status = request(host, port, path, timeout_ms, accept)
    if not sock then
        return nil, status
    end
    if status ~= 200 then
        sock:close()
        return nil, "status " .. tostring(status)
    end
    local err
    repeat
        local line
        line, err = sock:receive("*l")
        if not line then
            sock:close()
            return nil, "headers: " .. tostring(err)
        end
    until line == ""
    local body, rerr, partial = sock:receive(max_body)
    sock:close()
    body = body or partial
    if not body or (rerr and rerr ~= "closed") then
        return nil, "body: " .. tostring(rerr)
    end
    return body
end

return _M
