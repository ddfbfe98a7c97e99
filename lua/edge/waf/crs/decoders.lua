-- The decoding SecLang transformations (t:...) the CRS request rules use, as ModSecurity v3 defines
-- them (quirks included): URL, HTML entity, JavaScript, CSS, ANSI C escapes, base64, hex, UTF-8.
-- Each is a pure function string -> string; a value without the characters it looks for is returned
-- as it is (a plain find first), so clean traffic rarely builds a new string.
local bit = require "bit"
local decode = require "edge.waf.decode"   -- shares its base64 digit values

local byte, char, sub, find, gsub, lower = string.byte, string.char, string.sub, string.find,
    string.gsub, string.lower
local concat = table.concat
local tonumber = tonumber
local band, rshift, bor, lshift = bit.band, bit.rshift, bit.bor, bit.lshift

local _M = {}

local function hexval(c)
    if c >= 48 and c <= 57 then return c - 48 end
    if c >= 97 and c <= 102 then return c - 87 end
    if c >= 65 and c <= 70 then return c - 55 end
    return nil
end

local function is_hex(c)
    return c and hexval(c) ~= nil
end

-- %uHHHH: ModSecurity keeps the low byte, and maps fullwidth ASCII (U+FF01-FF5E) to ASCII.
local function unicode_byte(h1, h2, h3, h4)
    local hi = hexval(h1) * 16 + hexval(h2)
    local lo = hexval(h3) * 16 + hexval(h4)
    if hi == 0xff and lo >= 0x01 and lo <= 0x5e then
        lo = lo + 0x20
    end
    return char(lo)
end

-- %HH and '+' -> space, and with `uni` %uHHHH too; invalid escapes are kept as they are.
local function url_decode(s, uni)
    if not find(s, "[%%+]") then
        return s
    end
    local out, n, i, len = {}, 0, 1, #s
    while i <= len do
        local c = byte(s, i)
        if c == 37 then
            local u = byte(s, i + 1)
            if uni and (u == 117 or u == 85) and i + 5 <= len and is_hex(byte(s, i + 2))
                and is_hex(byte(s, i + 3)) and is_hex(byte(s, i + 4)) and is_hex(byte(s, i + 5)) then
                n = n + 1
                out[n] = unicode_byte(byte(s, i + 2, i + 5))
                i = i + 6
            elseif i + 2 <= len and is_hex(u) and is_hex(byte(s, i + 2)) then
                n = n + 1
                out[n] = char(hexval(u) * 16 + hexval(byte(s, i + 2)))
                i = i + 3
            else
                n = n + 1
                out[n] = "%"
                i = i + 1
            end
        elseif c == 43 then
            n = n + 1
            out[n] = " "
            i = i + 1
        else
            local j = find(s, "[%%+]", i + 1) or len + 1
            n = n + 1
            out[n] = sub(s, i, j - 1)
            i = j
        end
    end
    return concat(out)
end

-- urlDecode: %HH and '+' -> space.
function _M.urlDecode(s)
    return url_decode(s, false)
end

-- urlDecodeUni: urlDecode plus %uHHHH.
function _M.urlDecodeUni(s)
    return url_decode(s, true)
end

local ENTITIES = { quot = '"', amp = "&", lt = "<", gt = ">", nbsp = "\160" }

-- htmlEntityDecode: &#DDD; &#xHH; (semicolon optional; the low byte is kept) and the named
-- entities quot, amp, lt, gt, nbsp.
function _M.htmlEntityDecode(s)
    if not find(s, "&", 1, true) then
        return s
    end
    s = gsub(s, "&#[xX](%x+);?", function(h)
        return char(tonumber(sub(h, -2), 16) or 0)
    end)
    s = gsub(s, "&#(%d+);?", function(d)
        return char((tonumber(d) or 0) % 256)
    end)
    s = gsub(s, "&(%a+);?", function(name)
        local v = ENTITIES[lower(name)]
        return v
    end)
    return s
end

local JS_ESCAPES = { a = "\a", b = "\b", f = "\f", n = "\n", r = "\r", t = "\t", v = "\v" }

-- jsDecode: \uHHHH (low byte, fullwidth -> ASCII), \xHH, \OOO octal, \a \b \f \n \r \t \v, \c -> c.
function _M.jsDecode(s)
    if not find(s, "\\", 1, true) then
        return s
    end
    local out, n, i, len = {}, 0, 1, #s
    while i <= len do
        local c = byte(s, i)
        if c == 92 and i < len then
            local d = byte(s, i + 1)
            if (d == 117) and i + 5 <= len and is_hex(byte(s, i + 2)) and is_hex(byte(s, i + 3))
                and is_hex(byte(s, i + 4)) and is_hex(byte(s, i + 5)) then
                n = n + 1
                out[n] = unicode_byte(byte(s, i + 2, i + 5))
                i = i + 6
            elseif d == 120 and i + 3 <= len and is_hex(byte(s, i + 2)) and is_hex(byte(s, i + 3)) then
                n = n + 1
                out[n] = char(hexval(byte(s, i + 2)) * 16 + hexval(byte(s, i + 3)))
                i = i + 4
            elseif d >= 48 and d <= 55 then
                local j, v = i + 1, 0
                while j <= len and j <= i + 3 do
                    local o = byte(s, j)
                    if o < 48 or o > 55 then break end
                    v = v * 8 + (o - 48)
                    j = j + 1
                end
                n = n + 1
                out[n] = char(v % 256)
                i = j
            else
                n = n + 1
                out[n] = JS_ESCAPES[char(d)] or char(d)
                i = i + 2
            end
        else
            local j = find(s, "\\", i + 1, true) or len + 1
            if c == 92 then j = len + 1 end
            n = n + 1
            out[n] = sub(s, i, j - 1)
            i = j
        end
    end
    return concat(out)
end

-- cssDecode: \ followed by 1-6 hex digits (low byte, fullwidth -> ASCII; one following whitespace is
-- eaten), \newline and a final \ removed, \c -> c. ModSecurity v3 reads the result as a C string: it
-- ends at the first NUL, decoded ("\0") or not.
function _M.cssDecode(s)
    local nul = find(s, "%z")
    if nul then
        s = sub(s, 1, nul - 1)
    end
    if not find(s, "\\", 1, true) then
        return s
    end
    local out, n, i, len = {}, 0, 1, #s
    while i <= len do
        local c = byte(s, i)
        if c == 92 and i < len then
            local j = i + 1
            while j <= len and j <= i + 6 and is_hex(byte(s, j)) do
                j = j + 1
            end
            if j > i + 1 then
                local hex = sub(s, i + 1, j - 1)
                local v = tonumber(sub(hex, -2), 16)
                if #hex >= 4 and lower(sub(hex, -4, -3)) == "ff" and v >= 0x01 and v <= 0x5e
                    and (#hex == 4 or tonumber(sub(hex, 1, #hex - 4), 16) == 0) then
                    v = v + 0x20
                end
                n = n + 1
                out[n] = char(v)
                local w = byte(s, j)
                if w == 32 or (w and w >= 9 and w <= 13) then
                    j = j + 1
                end
                i = j
            else
                local d = byte(s, i + 1)
                if d ~= 10 then
                    n = n + 1
                    out[n] = char(d)
                end
                i = i + 2
            end
        elseif c == 92 then
            i = i + 1   -- a final backslash continues to nothing
        else
            local j = find(s, "\\", i + 1, true) or len + 1
            n = n + 1
            out[n] = sub(s, i, j - 1)
            i = j
        end
    end
    local r = concat(out)
    nul = find(r, "%z")
    return nul and sub(r, 1, nul - 1) or r
end

local B64 = decode.BASE64_VALUES

-- base64Decode: decodes up to the first character outside the alphabet (as ModSecurity does).
function _M.base64Decode(s)
    local out, n, acc, bits = {}, 0, 0, 0
    for i = 1, #s do
        local v = B64[byte(s, i)]
        if not v then
            break
        end
        acc = bor(lshift(acc, 6), v)
        bits = bits + 6
        if bits >= 8 then
            bits = bits - 8
            n = n + 1
            out[n] = char(band(rshift(acc, bits), 0xff))
        end
    end
    return concat(out)
end

-- base64DecodeExt: skips characters outside the alphabet instead of stopping.
function _M.base64DecodeExt(s)
    return _M.base64Decode((gsub(s, "[^%w+/%-_]", "")))
end

function _M.hexDecode(s)
    return (gsub(gsub(s, "%X", ""), "(%x%x)", function(h) return char(tonumber(h, 16)) end))
end

function _M.sqlHexDecode(s)
    return (gsub(s, "0[xX](%x+)", function(h)
        if #h % 2 == 1 then
            return nil
        end
        return (gsub(h, "(%x%x)", function(p) return char(tonumber(p, 16)) end))
    end))
end

-- utf8toUnicode, as ModSecurity v3 defines it: a well-formed 2-4 byte sequence becomes %u and its code
-- point in lower-case hex (at least 4 digits, more above U+FFFF); the lead byte is kept after it when
-- the sequence is overlong or a surrogate (so %c0%ae does not decode to "."); a lead byte without
-- its continuation bytes is dropped, as are NULs; any other byte (a lone continuation byte,
-- 0xf8-0xff) is kept, and 0xf5-0xf7 lead bytes are kept in front of their sequence.
local function cont(b)
    return b and b >= 0x80 and b <= 0xbf
end

local function code_point_text(cp)
    local hex = string.format("%x", cp)
    return "%u" .. (#hex < 4 and string.rep("0", 4 - #hex) or "") .. hex
end

function _M.utf8toUnicode(s)
    if not find(s, "[%z\128-\255]") then
        return s
    end
    local out, n, i, len = {}, 0, 1, #s
    while i <= len do
        local c = byte(s, i)
        if c < 0x80 then
            local j = find(s, "[%z\128-\255]", i) or len + 1
            if j > i then
                n = n + 1
                out[n] = sub(s, i, j - 1)
                i = j
            else
                i = i + 1   -- NUL
            end
        else
            local size, cp = 0, 0
            if c >= 0xc0 and c <= 0xdf then
                if cont(byte(s, i + 1)) then
                    size, cp = 2, band(c, 0x1f) * 64 + band(byte(s, i + 1), 0x3f)
                end
            elseif c >= 0xe0 and c <= 0xef then
                local b1, b2 = byte(s, i + 1, i + 2)
                if cont(b1) and cont(b2) then
                    size, cp = 3, band(c, 0x0f) * 4096 + band(b1, 0x3f) * 64 + band(b2, 0x3f)
                end
            elseif c >= 0xf0 and c <= 0xf7 then
                if c >= 0xf5 then
                    n = n + 1
                    out[n] = char(c)
                end
                local b1, b2, b3 = byte(s, i + 1, i + 3)
                if cont(b1) and cont(b2) and cont(b3) then
                    size, cp = 4, band(c, 0x07) * 262144 + band(b1, 0x3f) * 4096 + band(b2, 0x3f) * 64
                        + band(b3, 0x3f)
                end
            else
                n = n + 1
                out[n] = char(c)   -- a continuation byte alone, or 0xf8-0xff
            end
            if size > 0 then
                n = n + 1
                out[n] = code_point_text(cp)
                if cp >= 0xd800 and cp <= 0xdfff then
                    n = n + 1
                    out[n] = char(c)
                end
                if (size == 2 and cp < 0x80) or (size == 3 and cp < 0x800) or (size == 4 and cp < 0x10000) then
                    n = n + 1
                    out[n] = char(c)
                end
                i = i + size
            else
                i = i + 1
            end
        end
    end
    return concat(out)
end


local C_ESCAPES = { a = "\a", b = "\b", f = "\f", n = "\n", r = "\r", t = "\t", v = "\v", ["\\"] = "\\",
    ["?"] = "?", ["'"] = "'", ['"'] = '"' }

-- escapeSeqDecode: ANSI C escapes (\n, \xHH, \OOO).
function _M.escapeSeqDecode(s)
    if not find(s, "\\", 1, true) then
        return s
    end
    s = gsub(s, "\\[xX](%x%x)", function(h) return char(tonumber(h, 16)) end)
    s = gsub(s, "\\([0-7][0-7]?[0-7]?)", function(o) return char(tonumber(o, 8) % 256) end)
    return (gsub(s, "\\(.)", function(c) return C_ESCAPES[c] end))
end

return _M
