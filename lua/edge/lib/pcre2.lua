-- PCRE2 through LuaJIT FFI (libpcre2-8, the library nginx itself links), JIT-compiled with a JIT stack
-- of up to 1 MB: the WAF's rules, ours and the CRS's. Through ngx.re ("jo", Debian's nginx-lua 0.10.23)
-- our rules took 0.7 s on 16 KB of line breaks, as long as without JIT; here 5 ms (docs/performance.md).
-- The same binding under busted, nginx-lua and OpenResty. A caller holds its own match context (match
-- limit, JIT stack) and match data, per worker.
local ffi = require "ffi"

local ffi_new, ffi_str, ffi_gc = ffi.new, ffi.string, ffi.gc
local tonumber = tonumber

ffi.cdef [[
typedef struct pcre2_code_8 pcre2_code;
typedef struct pcre2_match_data_8 pcre2_match_data;
typedef struct pcre2_match_context_8 pcre2_match_context;
typedef struct pcre2_jit_stack_8 pcre2_jit_stack;
pcre2_code *pcre2_compile_8(const unsigned char *pattern, size_t length, uint32_t options, int *errorcode,
                            size_t *erroroffset, void *ccontext);
int pcre2_jit_compile_8(pcre2_code *code, uint32_t options);
void pcre2_code_free_8(pcre2_code *code);
pcre2_match_data *pcre2_match_data_create_8(uint32_t ovecsize, void *gcontext);
int pcre2_match_8(const pcre2_code *code, const char *subject, size_t length, size_t startoffset,
                  uint32_t options, pcre2_match_data *match_data, pcre2_match_context *mcontext);
size_t *pcre2_get_ovector_pointer_8(pcre2_match_data *match_data);
pcre2_match_context *pcre2_match_context_create_8(void *gcontext);
int pcre2_set_match_limit_8(pcre2_match_context *mcontext, uint32_t value);
pcre2_jit_stack *pcre2_jit_stack_create_8(size_t startsize, size_t maxsize, void *gcontext);
void pcre2_jit_stack_assign_8(pcre2_match_context *mcontext, void *callback, void *callback_data);
int pcre2_get_error_message_8(int errorcode, unsigned char *buffer, size_t bufflen);
int pcre2_pattern_info_8(const pcre2_code *code, uint32_t what, void *where);
]]

local lib = require("edge.lib.ffi_load").first({ "libpcre2-8.so.0", "pcre2-8" }, "regex: libpcre2-8")

local _M = { lib = lib, CASELESS = 0x8, DOTALL = 0x20, MULTILINE = 0x400, NOTEOL = 0x2, NOMATCH = -1 }

local JIT_COMPLETE = 1

-- compile(pattern, options) -> code | nil, error: compiled, then JIT-compiled (a pattern the JIT
-- cannot take still matches, interpreted)
function _M.compile(pattern, options)
    local err, off = ffi_new("int[1]"), ffi_new("size_t[1]")
    local code = lib.pcre2_compile_8(pattern, #pattern, options or 0, err, off, nil)
    if code == nil then
        local buf = ffi_new("unsigned char[256]")
        lib.pcre2_get_error_message_8(err[0], buf, 256)
        return nil, ffi_str(buf) .. " at offset " .. tonumber(off[0])
    end
    lib.pcre2_jit_compile_8(code, JIT_COMPLETE)
    return ffi_gc(code, lib.pcre2_code_free_8)
end

-- context(match_limit) -> a match context with that limit (nil: PCRE2's default) and a JIT stack of
-- its own (1 MB at most)
function _M.context(match_limit)
    local mcontext = lib.pcre2_match_context_create_8(nil)
    if match_limit then
        lib.pcre2_set_match_limit_8(mcontext, match_limit)
    end
    local jit_stack = lib.pcre2_jit_stack_create_8(32 * 1024, 1024 * 1024, nil)
    lib.pcre2_jit_stack_assign_8(mcontext, nil, jit_stack)
    return mcontext
end

-- match_data(pairs) -> a match-data block for that many capture pairs, and its ovector
function _M.match_data(pairs)
    local md = lib.pcre2_match_data_create_8(pairs, nil)
    return md, lib.pcre2_get_ovector_pointer_8(md)
end

return _M
