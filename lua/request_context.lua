-- Per-request facts every log line and error body carries: request id, client ip, method, path.
-- The id keeps a well-formed client X-Request-Id (so traces span hops), otherwise nginx's own
-- 128-bit random $request_id. The client ip is $remote_addr after nginx's realip module has
-- applied gateway.yaml's trusted_proxies (right-most untrusted X-Forwarded-For address).
local re_find = ngx.re.find

local _M = {}

local VALID_ID = [[^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$]]

function _M.is_valid_id(id)
    return type(id) == "string" and re_find(id, VALID_ID, "jo") ~= nil
end

-- rewrite phase of a client request.
function _M.assign()
    local var = ngx.var
    local id = var.http_x_request_id
    if not (id and _M.is_valid_id(id)) then
        id = var.request_id
    end
    var.edge_request_id = id
    var.edge_client_ip = var.remote_addr
    var.edge_method = var.request_method
    var.edge_path = var.uri
    return id
end

-- For requests nginx rejected while reading them (before any rewrite phase): fill what is missing,
-- taking method and path from the request line, since error_page turns the method into GET.
function _M.ensure()
    local var = ngx.var
    local id = var.edge_request_id
    if id == nil or id == "" then
        id = _M.assign()
        local method, path = (var.request or ""):match("^(%u+) ([^ ?]*)")
        var.edge_method = method or var.edge_method
        var.edge_path = path or var.edge_path
    end
    return id
end

function _M.id()
    return _M.ensure()
end

return _M
