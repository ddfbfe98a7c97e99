-- edge.waf.inspect with the real rules (PCRE2 through the FFI, as in nginx) under fake ngx: what the
-- specs that scan values or whole requests start from. A fresh module each time. Returns it.
local fake_ngx = require "fake_ngx"

return function()
    fake_ngx.install({ dicts = { "edge_metrics" } })
    ngx.req = {}
    package.loaded["edge.lib.errors"] = { reject = function() end }
    package.loaded["edge.waf.scan"] = nil
    package.loaded["edge.waf.headers"] = nil
    package.loaded["edge.waf.inspect"] = nil
    return require "edge.waf.inspect"
end
