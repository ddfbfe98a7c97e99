-- edge.waf.inspect with the real rules under fake ngx (PCRE through the FFI in place of nginx's regex
-- API): what the specs that scan values or whole requests start from. Returns the module.
local fake_ngx = require "fake_ngx"
local pcre_stub = require "pcre_stub"

return function()
    fake_ngx.install({ dicts = { "edge_metrics" } })
    ngx.req = {}
    package.loaded["edge.lib.errors"] = { reject = function() end }
    pcre_stub.install()
    package.loaded["edge.waf.inspect"] = nil
    return require "edge.waf.inspect"
end
