-- The normalising SecLang transformations (t:...) the CRS request rules use, as ModSecurity v3
-- defines them (quirks included): paths, whitespace, NULs, comments, shell quoting, case, trimming.
-- Each is a pure function string -> string; a value without the characters it looks for is returned
-- as it is (a plain find first), so clean traffic rarely builds a new string.
local ffi = require "ffi"

local sub, find, gsub, lower, upper = string.sub, string.find, string.gsub, string.lower, string.upper
local tostring = tostring

local _M = {}

-- cmdLine: drop \ " ' ^, a space before / or (, commas and semicolons and whitespace runs become one
-- space, lower case.
function _M.cmdLine(s)
    if not find(s, "[\\\"'%^,;%s]") then   -- nothing to drop or squeeze: one find, not three gsubs
        return lower(s)
    end
    s = gsub(s, "[\\\"'%^]", "")
    s = gsub(s, "[,;%s]+", " ")
    s = gsub(s, " ([/(])", "%1")
    return lower(s)
end

-- s with each run `pattern` finds replaced by `by`; s itself when there is none
local function replacing(pattern, by)
    return function(s)
        if not find(s, pattern) then
            return s
        end
        return (gsub(s, pattern, by))
    end
end

_M.compressWhitespace = replacing("[%s\160]+", " ")
_M.removeWhitespace = replacing("[%s\160]+", "")
_M.removeNulls = replacing("%z", "")
_M.replaceNulls = replacing("%z", " ")

-- replaceComments: each /* ... */ (or an unterminated /* to the end) becomes one space.
function _M.replaceComments(s)
    if not find(s, "/*", 1, true) then
        return s
    end
    s = gsub(s, "/%*.-%*/", " ")
    local i = find(s, "/*", 1, true)
    if i then
        s = sub(s, 1, i - 1) .. " "
    end
    return s
end

function _M.removeCommentsChar(s)
    return (gsub(gsub(gsub(s, "/%*", ""), "%*/", ""), "%-%-", ""))
end

-- normalizePath(Win), as ModSecurity v3 defines them: a byte-wise pass that decides at the last byte
-- of each segment. A segment that ENDS in ".." (not only "..") removes itself and the segment before
-- it, "." and empty segments go, never above the root (a relative path keeps its leading "..");
-- a relative path loses a leading slash run, and a trailing slash stays only if the input had one.
-- Win: backslashes are slashes, turned into "/" as the pass reaches them.
local SLASH, BACKSLASH, DOT = 47, 92, 46

-- a closure made per call would stop the trace (LuaJIT does not compile FNEW)
local function is_slash(c, win)
    return c == SLASH or (win and c == BACKSLASH)
end

local function normalize(s, win)
    local len = #s
    if len == 0 or not find(s, win and "[/.\\]" or "[/.]") then
        return s
    end
    local b = ffi.new("uint8_t[?]", len)
    ffi.copy(b, s, len)
    local last = len - 1
    local relative, trailing = not is_slash(b[0], win), is_slash(b[last], win)
    local src, dst, hitroot, done = 0, 0, false, false
    while not done and src <= last do
        if win then
            if b[src] == BACKSLASH then b[src] = SLASH end
            if src < last and b[src + 1] == BACKSLASH then b[src + 1] = SLASH end
        end
        local copy = true
        if src == last then
            done = true
        end
        if done or b[src + 1] == SLASH then   -- the last byte of a segment
            local c = b[src]
            if c == DOT then
                if dst > 0 and b[dst - 1] == DOT then   -- ends in "..": back to the previous segment
                    if not (relative and (hitroot or dst - 2 <= 0)) then
                        dst = dst - 3
                        while dst > 0 and b[dst] ~= SLASH do
                            dst = dst - 1
                        end
                        if dst <= 0 then
                            hitroot, dst = true, 0
                            if not relative and done then
                                dst = 1   -- keep the root slash
                            end
                        end
                        copy = not done
                        src = src + 1
                    else
                        hitroot = true
                    end
                elseif dst == 0 then        -- a relative "." first
                    copy = not done
                    src = src + 1
                elseif b[dst - 1] == SLASH then   -- "/.": the slash is written again from the source
                    copy = not done
                    dst, src = dst - 1, src + 1
                end
            elseif c ~= SLASH and dst > 0 then
                hitroot = false
            end
        end
        if copy then
            if b[src] == SLASH then
                while src < last and is_slash(b[src + 1], win) do   -- a run of slashes: its last one
                    src = src + 1
                end
                if relative and dst == 0 then
                    copy = false
                    src = src + 1
                end
            end
            if copy then
                b[dst] = b[src]
                dst, src = dst + 1, src + 1
            end
        end
    end
    if not trailing and dst > 0 and b[dst - 1] == SLASH then
        dst = dst - 1
    end
    return ffi.string(b, dst)
end

function _M.normalizePath(s)
    return normalize(s, false)
end

function _M.normalizePathWin(s)
    return normalize(s, true)
end

_M.lowercase = lower
_M.uppercase = upper

function _M.length(s)
    return tostring(#s)
end

function _M.trim(s)
    return (gsub(gsub(s, "^%s+", ""), "%s+$", ""))
end

function _M.trimLeft(s)
    return (gsub(s, "^%s+", ""))
end

function _M.trimRight(s)
    return (gsub(s, "%s+$", ""))
end

return _M
