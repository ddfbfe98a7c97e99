-- Per-request facts every log line and error body carries: request id, client ip, method, path.
-- The common case costs no Lua at all: nginx maps in the template compute $edge_request_id (a
-- well-formed client X-Request-Id, else the edge's own: gateway/templates/edge_locations.j2) and
-- $edge_client_ip ($remote_addr after realip applied gateway.yaml's trusted_proxies), and the log
-- line falls back to $request_method/$uri. Only error pages need help here: error_page turns the
-- method into GET and the uri into the error location, so the original ones are taken from the
-- request line.
local _M = {}

function _M.id()
    return ngx.var.edge_request_id
end

-- error_page target: remember the client's own method and path for the access log.
function _M.keep_original_request_line()
    local var = ngx.var
    local method, path = (var.request or ""):match("^(%u+) ([^ ?]*)")
    if method then
        var.edge_method = method
        var.edge_path = path
    end
end

return _M
