-- libinjection's SQLi and XSS detectors (CRS's @detectSQLi / @detectXSS) through LuaJIT FFI, from the
-- copy Debian's libmodsecurity3 exports: the same code ModSecurity runs, no second build to keep.
local ffi = require "ffi"

local ffi_str = ffi.string

ffi.cdef [[
int libinjection_sqli(const char *s, size_t slen, char fingerprint[]);
int libinjection_xss(const char *s, size_t slen);
]]

local lib = require("edge.lib.ffi_load").first({ "libmodsecurity.so.3", "modsecurity" },
    "libinjection: libmodsecurity.so.3 (apt package libmodsecurity3)")

local fingerprint = ffi.new("char[8]")

local _M = {}

-- is_sqli(s) -> true, fingerprint (e.g. "s&sos") | false
function _M.sqli(s)
    if lib.libinjection_sqli(s, #s, fingerprint) == 1 then
        return true, ffi_str(fingerprint)
    end
    return false
end

function _M.xss(s)
    return lib.libinjection_xss(s, #s) == 1
end

return _M
