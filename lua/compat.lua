-- Portability between Debian's nginx-lua and the OpenResty image: a few libraries ship under
-- other module names in Debian (e.g. nginx.* instead of resty.*). Callers ask for the first name
-- that loads; nothing else in lua/ needs to know which build it runs on.
local _M = {}

local cache = {}

-- require_first("resty.foo", "nginx.foo") -> the first module that loads, or error naming all tried.
function _M.require_first(...)
    local names = { ... }
    local key = table.concat(names, "|")
    local mod = cache[key]
    if mod then
        return mod
    end
    local errs = {}
    for _, name in ipairs(names) do
        local ok, loaded = pcall(require, name)
        if ok then
            cache[key] = loaded
            return loaded
        end
        errs[#errs + 1] = name
    end
    error("none of these modules is installed: " .. table.concat(errs, ", "), 2)
end

_M.is_openresty = ngx and ngx.config and ngx.config.ngx_lua_version ~= nil
    and (ngx.config.nginx_configure():find("openresty", 1, true) ~= nil)

return _M
