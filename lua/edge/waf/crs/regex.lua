-- CRS's @rx on PCRE2 (edge.lib.pcre2): each pattern is compiled and JIT-compiled once at init, with
-- ModSecurity v3's options (DOTALL | MULTILINE); a match reuses one match-data block and one JIT stack
-- per worker. The same code runs under busted.
local ffi = require "ffi"
local pcre2 = require "edge.lib.pcre2"

local ffi_new, ffi_str = ffi.new, ffi.string
local band = require("bit").band
local budget = require "edge.waf.budget"
local spent, charge = budget.spent, budget.charge

local lib = pcre2.lib
local CASELESS, DOTALL, MULTILINE = pcre2.CASELESS, pcre2.DOTALL, pcre2.MULTILINE
local MAX_PAIRS = 10   -- TX:0..TX:9

local match_data, ovector = pcre2.match_data(MAX_PAIRS)

-- A backtracking bomb stops here: no match for that rule, as in ModSecurity; the WAF policy counts it
-- (take_limited, edge_waf_crs_match_limit_total). 10,000 changes no CRS rule id on the corpora
-- (docs/performance.md); refusing such values would refuse benign text too (512 bytes of CRLF reach it
-- in 932110). What the limit does not count: the windows below, and edge.waf.budget.
local mcontext = pcre2.context(10000)

local _M = {}

-- set when a match gave up (any error but PCRE2_ERROR_NOMATCH: the match limit, the JIT stack)
local limited = false
local NOMATCH, NOTEOL = pcre2.NOMATCH, pcre2.NOTEOL

-- Whether a match gave up since the last call (a request's CRS pass runs without yielding).
function _M.take_limited()
    local was = limited
    limited = false
    return was
end

-- A value longer than WINDOW is matched window by window, each charged to the request's time budget
-- (edge.waf.budget): from each start a CRS pattern may scan to the subject's end (932100's `[...|...]+/`
-- from every "|"), so a window bounds one call's cost. Windows overlap by WINDOW - STEP: a match up to
-- that long is seen whole. The value stays the subject (lookbehinds, ^ and \b see the bytes before a
-- window); only a window's end is cut, where $ is told it is not the end and a word is not cut if it
-- ends within WORD_RUN bytes.
-- A pattern that can start only at a line's start (920100's `^...$` on the request line) is matched on
-- the whole value: it has no start at every byte to bound, and a window's end would break its `$`.
local WINDOW, STEP, WORD_RUN = 512, 256, 64
local byte = string.byte
local whole = setmetatable({}, { __mode = "k" })   -- code -> true: never windowed
local INFO_ALLOPTIONS, INFO_FIRSTCODETYPE, ANCHORED, STARTLINE = 0, 6, 0x80000000, 2
local info = ffi_new("uint32_t[1]")

local function line_anchored(code)
    lib.pcre2_pattern_info_8(code, INFO_FIRSTCODETYPE, info)
    if info[0] == STARTLINE then
        return true
    end
    lib.pcre2_pattern_info_8(code, INFO_ALLOPTIONS, info)
    return band(info[0], ANCHORED) ~= 0
end

-- Whether byte c (nil past either end of a subject) is one PCRE's \w matches without UCP: a-z A-Z 0-9 _
local function is_word(c)
    return c and (c >= 97 and c <= 122 or c >= 65 and c <= 90 or c >= 48 and c <= 57 or c == 95)
end
_M.is_word = is_word

-- pcre2_match's code for subject s, noting a match that gave up
local function run(code, s)
    if spent() then
        return NOMATCH
    end
    local n = #s
    if n <= WINDOW or whole[code] then
        local rc = lib.pcre2_match_8(code, s, n, 0, 0, match_data, mcontext)
        if rc < NOMATCH then
            limited = true
        end
        charge(n)
        return rc
    end
    local start = 0
    while true do
        local stop, opts = start + WINDOW, NOTEOL
        local far = stop + WORD_RUN
        while stop < n and stop < far and is_word(byte(s, stop)) and is_word(byte(s, stop + 1)) do
            stop = stop + 1
        end
        if stop >= n then
            stop, opts = n, 0
        end
        local rc = lib.pcre2_match_8(code, s, stop, start, opts, match_data, mcontext)
        if rc ~= NOMATCH then
            -- a give-up ends the value, as one match over the whole value would have
            limited = limited or rc < NOMATCH
            return rc
        elseif stop == n or charge(n) then
            return NOMATCH
        end
        start = start + STEP
    end
end

-- compile(pattern, caseless) -> code | nil, error
function _M.compile(pattern, caseless)
    local code, err = pcre2.compile(pattern, DOTALL + MULTILINE + (caseless and CASELESS or 0))
    if code and line_anchored(code) then
        whole[code] = true
    end
    return code, err
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
