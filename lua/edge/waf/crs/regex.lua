-- PCRE2 for CRS's @rx, bound through LuaJIT FFI (the library nginx itself links): each pattern is
-- compiled and JIT-compiled once at init, with ModSecurity v3's options (DOTALL | MULTILINE); a match
-- reuses one match-data block and one JIT stack per worker. The same code runs under busted.
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
]]

local lib = require("edge.lib.ffi_load").first({ "libpcre2-8.so.0", "pcre2-8" }, "regex: libpcre2-8")

local CASELESS, DOTALL, MULTILINE = 0x8, 0x20, 0x400
local JIT_COMPLETE = 1
local MAX_PAIRS = 10   -- TX:0..TX:9

local match_data = lib.pcre2_match_data_create_8(MAX_PAIRS, nil)
local ovector = lib.pcre2_get_ovector_pointer_8(match_data)
local mcontext = lib.pcre2_match_context_create_8(nil)
-- A backtracking bomb stops here: no match for that rule, as in ModSecurity; the WAF policy counts it
-- (take_limited, edge_waf_crs_match_limit_total). 1,000,000 let CRS 932100/932105/932106 spend ~2.7 s each
-- on 16 KB of "{{"; 10,000 ends those in ~1 ms and changes no CRS rule id on the corpora
-- (docs/performance.md). Refusing such values would refuse long benign text too (16 KB of "O'Brien ").
lib.pcre2_set_match_limit_8(mcontext, 10000)
local jit_stack = lib.pcre2_jit_stack_create_8(32 * 1024, 1024 * 1024, nil)
lib.pcre2_jit_stack_assign_8(mcontext, nil, jit_stack)

local _M = {}

-- set when a match gave up (any error but PCRE2_ERROR_NOMATCH: the match limit, the JIT stack)
local limited = false
local NOMATCH = -1

-- Whether a match gave up since the last call (a request's CRS pass runs without yielding).
function _M.take_limited()
    local was = limited
    limited = false
    return was
end

-- compile(pattern, caseless) -> code | nil, error
function _M.compile(pattern, caseless)
    local err, off = ffi_new("int[1]"), ffi_new("size_t[1]")
    local opts = DOTALL + MULTILINE + (caseless and CASELESS or 0)
    local code = lib.pcre2_compile_8(pattern, #pattern, opts, err, off, nil)
    if code == nil then
        local buf = ffi_new("unsigned char[256]")
        lib.pcre2_get_error_message_8(err[0], buf, 256)
        return nil, ffi_str(buf) .. " at offset " .. tonumber(off[0])
    end
    lib.pcre2_jit_compile_8(code, JIT_COMPLETE)
    return ffi_gc(code, lib.pcre2_code_free_8)
end

-- pcre2_match's code for subject s, noting a match that gave up
local function run(code, s)
    local rc = lib.pcre2_match_8(code, s, #s, 0, 0, match_data, mcontext)
    if rc < NOMATCH then
        limited = true
    end
    return rc
end

-- find(code, subject) -> true when it matches (no captures kept)
function _M.find(code, s)
    return run(code, s) >= 0
end

-- match(code, subject) -> nil | array of captures (index 1 = whole match = TX:0, 2 = TX:1, ...)
function _M.match(code, s)
    local rc = run(code, s)
    if rc < 0 then
        return nil
    end
    if rc == 0 then
        rc = MAX_PAIRS
    end
    local caps = {}
    for i = 0, rc - 1 do
        local a, b = ovector[2 * i], ovector[2 * i + 1]
        -- an unset group reports PCRE2_UNSET (~0) for both ends
        caps[i + 1] = (b >= a and b - a < 0x7fffffff) and ffi_str(ffi.cast("const char *", s) + a, b - a) or ""
    end
    return caps
end

return _M
