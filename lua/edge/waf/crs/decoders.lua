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

-- The loop the escape decoders share: the text up to the next byte `special` finds (plain: a plain
-- find) is copied as it is, and at that byte escape(s, i, len) returns what it decodes to (nil:
-- nothing) and where the rest starts. A value without such a byte is returned as it is.
local function unescape(s, special, plain, escape)
    local j = find(s, special, 1, plain)
    if not j then
        return s
    end
    local out, n, i, len = {}, 0, 1, #s
    while true do
        if j > i then
            n = n + 1
            out[n] = sub(s, i, j - 1)
        end
        if j > len then
            return concat(out)
        end
        local text
        text, i = escape(s, j, len)
        if text then
            n = n + 1
            out[n] = text
        end
        j = find(s, special, i, plain) or len + 1
    end
end

-- the four bytes from i are hex digits (the HHHH of %uHHHH and \uHHHH)
local function hex4(s, i, len)
    return i + 3 <= len and is_hex(byte(s, i)) and is_hex(byte(s, i + 1)) and is_hex(byte(s, i + 2))
        and is_hex(byte(s, i + 3))
end

-- %HH and '+' -> space, and with %uHHHH too (urlDecodeUni); invalid escapes are kept as they are.
local function url_escape(s, i, len, uni)
    if byte(s, i) == 43 then
        return " ", i + 1
    end
    local u = byte(s, i + 1)
    if uni and (u == 117 or u == 85) and hex4(s, i + 2, len) then
        return unicode_byte(byte(s, i + 2, i + 5)), i + 6
    elseif i + 2 <= len and is_hex(u) and is_hex(byte(s, i + 2)) then
        return char(hexval(u) * 16 + hexval(byte(s, i + 2))), i + 3
    end
    return "%", i + 1
end

local function url_escape_uni(s, i, len)
    return url_escape(s, i, len, true)
end

-- Most values hold neither '%' nor '+': two plain finds (which LuaJIT compiles, unlike a pattern's)
-- answer for them.
local function url_decoded(s, escape)
    if not find(s, "%", 1, true) and not find(s, "+", 1, true) then
        return s
    end
    return unescape(s, "[%%+]", false, escape)
end

-- urlDecode: %HH and '+' -> space.
function _M.urlDecode(s)
    return url_decoded(s, url_escape)
end

-- urlDecodeUni: urlDecode plus %uHHHH.
function _M.urlDecodeUni(s)
    return url_decoded(s, url_escape_uni)
end

local ENTITIES = { quot = '"', amp = "&", lt = "<", gt = ">", nbsp = "\160" }

-- htmlEntityDecode: &#DDD; &#xHH; (semicolon optional; the low byte is kept) and the named
-- entities quot, amp, lt, gt, nbsp.
-- the replacements, made once (a closure made per call stops the trace: LuaJIT does not compile FNEW)
local function hex_entity(h)
    return char(tonumber(sub(h, -2), 16) or 0)
end

local function decimal_entity(d)
    return char((tonumber(d) or 0) % 256)
end

local function named_entity(name)
    return ENTITIES[lower(name)]
end

function _M.htmlEntityDecode(s)
    if not find(s, "&", 1, true) then
        return s
    end
    s = gsub(s, "&#[xX](%x+);?", hex_entity)
    s = gsub(s, "&#(%d+);?", decimal_entity)
    s = gsub(s, "&(%a+);?", named_entity)
    return s
end

local JS_ESCAPES = { a = "\a", b = "\b", f = "\f", n = "\n", r = "\r", t = "\t", v = "\v" }

-- one JavaScript escape at the backslash i (a final backslash is kept)
local function js_escape(s, i, len)
    if i == len then
        return "\\", i + 1
    end
    local d = byte(s, i + 1)
    if d == 117 and hex4(s, i + 2, len) then
        return unicode_byte(byte(s, i + 2, i + 5)), i + 6
    elseif d == 120 and i + 3 <= len and is_hex(byte(s, i + 2)) and is_hex(byte(s, i + 3)) then
        return char(hexval(byte(s, i + 2)) * 16 + hexval(byte(s, i + 3))), i + 4
    elseif d >= 48 and d <= 55 then
        local j, v = i + 1, 0
        while j <= len and j <= i + 3 do
            local o = byte(s, j)
            if o < 48 or o > 55 then break end
            v = v * 8 + (o - 48)
            j = j + 1
        end
        return char(v % 256), j
    end
    return JS_ESCAPES[char(d)] or char(d), i + 2
end

-- jsDecode: \uHHHH (low byte, fullwidth -> ASCII), \xHH, \OOO octal, \a \b \f \n \r \t \v, \c -> c.
function _M.jsDecode(s)
    return unescape(s, "\\", true, js_escape)
end

-- one CSS escape at the backslash i (a final backslash continues to nothing)
local function css_escape(s, i, len)
    if i == len then
        return nil, i + 1
    end
    local j = i + 1
    while j <= len and j <= i + 6 and is_hex(byte(s, j)) do
        j = j + 1
    end
    if j == i + 1 then
        local d = byte(s, i + 1)
        return d ~= 10 and char(d) or nil, i + 2
    end
    local hex = sub(s, i + 1, j - 1)
    local v = tonumber(sub(hex, -2), 16)
    if #hex >= 4 and lower(sub(hex, -4, -3)) == "ff" and v >= 0x01 and v <= 0x5e
        and (#hex == 4 or tonumber(sub(hex, 1, #hex - 4), 16) == 0) then
        v = v + 0x20
    end
    local w = byte(s, j)
    if w == 32 or (w and w >= 9 and w <= 13) then
        j = j + 1
    end
    return char(v), j
end

-- cssDecode: \ followed by 1-6 hex digits (low byte, fullwidth -> ASCII; one following whitespace is
-- eaten), \newline and a final \ removed, \c -> c. ModSecurity v3 reads the result as a C string: it
-- ends at the first NUL, decoded ("\0") or not.
function _M.cssDecode(s)
    local nul = find(s, "%z")
    if nul then
        s = sub(s, 1, nul - 1)
    end
    local r = unescape(s, "\\", true, css_escape)
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

-- one byte of 0x80-0xff or a NUL at i: its sequence's %u text (with the lead byte kept where said), or
-- the byte kept or dropped
local function utf8_escape(s, i)
    local c = byte(s, i)
    if c == 0 then
        return nil, i + 1
    end
    local size, cp, before = 0, 0, nil
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
        before = c >= 0xf5 and char(c) or nil
        local b1, b2, b3 = byte(s, i + 1, i + 3)
        if cont(b1) and cont(b2) and cont(b3) then
            size, cp = 4, band(c, 0x07) * 262144 + band(b1, 0x3f) * 4096 + band(b2, 0x3f) * 64
                + band(b3, 0x3f)
        end
    else
        return char(c), i + 1   -- a continuation byte alone, or 0xf8-0xff
    end
    if size == 0 then
        return before, i + 1
    end
    local text = code_point_text(cp)
    if cp >= 0xd800 and cp <= 0xdfff then
        text = text .. char(c)
    end
    if (size == 2 and cp < 0x80) or (size == 3 and cp < 0x800) or (size == 4 and cp < 0x10000) then
        text = text .. char(c)
    end
    return before and before .. text or text, i + size
end

function _M.utf8toUnicode(s)
    return unescape(s, "[%z\128-\255]", false, utf8_escape)
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
