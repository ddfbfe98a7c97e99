-- Every edge rejection and every status nginx produces itself leaves as one JSON shape:
-- {"error": "<code>", "message": "...", "request_id": "..."} (DESIGN.md).
local cjson = require "cjson.safe"
local request_context = require "edge.lib.request_context"
local child = require("edge.lib.memo").child

local find, sub = string.find, string.sub
local next, pairs, setmetatable = next, pairs, setmetatable

local _M = {}

local CODES = {
    [400] = { "bad_request", "the request could not be parsed" },
    [401] = { "unauthorized", "authentication is required" },
    [403] = { "forbidden", "access to this resource is forbidden" },
    [404] = { "not_found", "no such resource" },
    [405] = { "method_not_allowed", "method not allowed on this route" },
    [408] = { "request_timeout", "the client took too long to send the request" },
    [411] = { "length_required", "a Content-Length is required" },
    [413] = { "payload_too_large", "the request body is larger than this route allows" },
    [414] = { "uri_too_long", "the request URI is too long" },
    [416] = { "range_not_satisfiable", "the requested range cannot be served" },
    [429] = { "too_many_requests", "rate limit exceeded" },
    [494] = { "request_header_too_large", "a request header is too large" },
    [495] = { "bad_client_certificate", "the client certificate is invalid" },
    [496] = { "client_certificate_required", "a client certificate is required" },
    [497] = { "http_to_https", "plain HTTP was sent to the HTTPS port" },
    [500] = { "internal_error", "the edge hit an internal error" },
    [501] = { "not_implemented", "this method is not implemented" },
    [502] = { "bad_gateway", "the upstream service is unavailable" },
    [503] = { "service_unavailable", "the service is temporarily unavailable" },
    [504] = { "gateway_timeout", "the upstream service did not answer in time" },
}
-- nginx answers these pseudo-statuses to the client as 400.
local WIRE_STATUS = { [494] = 400, [495] = 400, [496] = 400, [497] = 400 }

local upstream_of = {}

function _M.init(edge_config)
    for name, route in pairs(edge_config.routes) do
        upstream_of[name] = route.upstream
    end
end

function _M.body(code, message, extra)
    local doc = { error = code, message = message, request_id = request_context.id() }
    if extra then
        for k, v in pairs(extra) do
            doc[k] = v
        end
    end
    return cjson.encode(doc)
end

-- The body's text before the request id, per (code, message): built once, so a rejection encodes no
-- table (an attacker's requests are the cheapest to answer: docs/performance.md). Bounded: messages
-- are fixed texts or built from configuration; past MAX_PREFIXES they are encoded each time.
local prefixes, prefix_count, MAX_PREFIXES = {}, 0, 1024

local function prefix_of(code, message)
    local by_message = prefixes[code]
    local prefix = by_message and by_message[message]
    if prefix then
        return prefix
    end
    prefix = '{"error":' .. cjson.encode(code) .. ',"message":' .. cjson.encode(message) .. ',"request_id":'
    if prefix_count < MAX_PREFIXES then
        child(prefixes, code)[message] = prefix
        prefix_count = prefix_count + 1
    end
    return prefix
end

-- extra fields -> their JSON after the "{", encoded once per table: a caller that answers many
-- requests alike (the WAF's remembered outcomes) passes the same table each time
local encoded_extra = setmetatable({}, { __mode = "k" })

local function extra_tail(extra)
    local tail = encoded_extra[extra]
    if not tail then
        tail = sub(cjson.encode(extra), 2)
        encoded_extra[extra] = tail
    end
    return tail
end

-- the extra headers after the first: a loop run once per request aborts the caller's trace
-- (docs/performance.md), so the common single header is set without one
local function set_more_headers(headers, after)
    local header = ngx.header
    local k, v = next(headers, after)
    while k ~= nil do
        header[k] = v
        k, v = next(headers, k)
    end
end

-- Send a JSON error and end the request from any content-producing phase (rewrite/access/content).
-- headers: extra response headers; extra: more fields of the body (encoded with cjson).
function _M.reject(status, code, message, headers, extra)
    ngx.status = status
    local header = ngx.header
    header["Content-Type"] = "application/json"
    header["Cache-Control"] = "no-store"
    if headers then
        local k, v = next(headers)
        if k ~= nil then
            header[k] = v
            if next(headers, k) ~= nil then
                set_more_headers(headers, k)
            end
        end
    end
    local id = request_context.id()
    -- plain finds: LuaJIT compiles no Lua pattern, and one here broke every rejection's trace (docs/performance.md)
    if id == nil or find(id, '"', 1, true) or find(id, "\\", 1, true) then
        ngx.say(_M.body(code, message, extra))
    elseif extra and next(extra) ~= nil then
        ngx.say(prefix_of(code, message), '"', id, '",', extra_tail(extra))
    else
        ngx.say(prefix_of(code, message), '"', id, '"}')
    end
    return ngx.exit(status)
end

-- Plain HTTP: everything but ACME challenges moves to HTTPS. 308 keeps method and body.
function _M.redirect_https(port_suffix)
    -- $edge_redirect_host: a configured server name (nginx.conf's map), never the client's Host.
    local location = "https://" .. ngx.var.edge_redirect_host .. port_suffix .. ngx.var.request_uri
    ngx.status = 308
    ngx.header["Location"] = location
    ngx.header["Content-Type"] = "application/json"
    ngx.say(cjson.encode({ message = "this service is only available over HTTPS", location = location,
        request_id = request_context.id() }))
    return ngx.exit(308)
end

-- nginx's 502 when no upstream peer took the connection (refused, none live): the service is down,
-- which 503 + Retry-After tells clients to retry; a peer that connected and answered badly stays 502.
local function never_connected()
    local times = ngx.var.upstream_connect_time
    return times == nil or not find(times, "%d")
end

-- error_page target: nginx produced `status` itself (upstream down, body too large, ...).
function _M.render_status()
    request_context.keep_original_request_line()
    local status = tonumber(ngx.var.status) or ngx.status
    if status == 502 and never_connected() then
        status = 503
    end
    local entry = CODES[status] or { "error", "request failed" }
    local message = entry[2]
    local upstream = upstream_of[ngx.var.edge_route]
    if upstream and status >= 502 and status <= 504 then
        message = "upstream " .. upstream .. ": " .. message
    end
    ngx.status = WIRE_STATUS[status] or status
    ngx.header["Content-Type"] = "application/json"
    ngx.header["Cache-Control"] = "no-store"
    if status == 503 or status == 429 then
        ngx.header["Retry-After"] = ngx.header["Retry-After"] or "1"
    end
    ngx.say(_M.body(entry[1], message))
end

return _M
