-- A shared library through LuaJIT FFI under the first of its names that loads: a versioned soname
-- (what the Debian package installs) before the bare name (a development symlink).
local ffi = require "ffi"

local _M = {}

-- The loaded library, or an error naming `what` (e.g. the apt package to install).
function _M.first(names, what)
    for _, name in ipairs(names) do
        local ok, lib = pcall(ffi.load, name)
        if ok then
            return lib
        end
    end
    error(what .. " not found (tried " .. table.concat(names, ", ") .. ")")
end

return _M
