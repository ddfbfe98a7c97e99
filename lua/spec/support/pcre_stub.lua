-- PCRE through the FFI in place of nginx's regex API (resty.core.regex), so the WAF's real rules
-- compile and run under busted. available: libpcre could be loaded; install(): the stand-in module.
local ffi = require "ffi"

ffi.cdef [[
    void *pcre_compile(const char *pattern, int options, const char **errptr, int *erroffset,
                       const unsigned char *tableptr);
    int pcre_exec(const void *code, const void *extra, const char *subject, int length, int startoffset,
                  int options, int *ovector, int ovecsize);
]]
local pcre_ok, pcre = pcall(ffi.load, "pcre")
if not pcre_ok then
    pcre_ok, pcre = pcall(ffi.load, "libpcre.so.3")
end

local M = { available = pcre_ok }

function M.install()
    local ovector = ffi.new("int[30]")
    package.loaded["resty.core.regex"] = {
        re_match_compile = function(pattern)
            local err, off = ffi.new("const char *[1]"), ffi.new("int[1]")
            local re = pcre.pcre_compile(pattern, 0, err, off, nil)
            if re == nil then
                return nil, ffi.string(err[0])
            end
            return re, nil, 0
        end,
        spec_exec_regex = function(re, _, subject, len, pos)
            return pcre.pcre_exec(re, nil, subject, len, pos, 0, ovector, 30)
        end,
    }
end

return M
