-- WAF decoders (Lua only, no ngx): turn an inspected value into the form rules match against.
-- Attackers hide payloads behind encodings the application will undo; we undo them first, in
-- layers, until the value stops changing: URL (%XX, %uXXXX, double encoding), overlong UTF-8
-- (%c0%ae = "."), HTML entities, \uXXXX / \xHH escapes, fullwidth forms and NFKC's other compatibility
-- letters (edge.waf.compat_fold), NUL bytes.
local compat_fold = require "edge.waf.compat_fold"
local utf8_char = require("edge.lib.utf8").char

local byte, char, sub, gsub, lower, find, match = string.byte, string.char, string.sub, string.gsub, string.lower,
    string.find, string.match
local tonumber, floor, concat = tonumber, math.floor, table.concat

local _M = {}

local function hex_char(h)
    return char(tonumber(h, 16))
end
_M.hex_char = hex_char   -- "41" -> "A"

local function hex_cp(h)
    return utf8_char(tonumber(h, 16))
end

local function dec_cp(d)
    return utf8_char(tonumber(d))
end

-- One layer of percent-decoding; plus_space for application/x-www-form-urlencoded.
function _M.url_decode(s, plus_space)
    if plus_space and find(s, "+", 1, true) then
        s = gsub(s, "%+", " ")
    end
    if not find(s, "%", 1, true) then
        return s
    end
    s = gsub(s, "%%[uU](%x%x%x%x)", hex_cp)
    return (gsub(s, "%%(%x%x)", hex_char))
end

-- Overlong UTF-8 sequences decode to ASCII in lax decoders (IIS, old Java): map them the same way.
local function decode_overlong(s)
    if not find(s, "[\192\193\224\240\248\252]") then
        return s
    end
    -- 2-byte: 110000xx 10xxxxxx
    s = gsub(s, "([\192\193])([\128-\191])", function(a, b)
        return char((byte(a) - 0xC0) * 0x40 + (byte(b) - 0x80))
    end)
    -- 3 to 6 bytes with only leading zero bits: the last byte carries the ASCII value
    s = gsub(s, "\224\128([\128-\191])", function(b) return char(byte(b) - 0x80) end)
    s = gsub(s, "\224\129([\128-\191])", function(b) return char(byte(b) - 0x40) end)
    s = gsub(s, "\240\128\128([\128-\191])", function(b) return char(byte(b) - 0x80) end)
    s = gsub(s, "\240\128\129([\128-\191])", function(b) return char(byte(b) - 0x40) end)
    s = gsub(s, "\248\128\128\128([\128-\191])", function(b) return char(byte(b) - 0x80) end)
    s = gsub(s, "\248\128\128\129([\128-\191])", function(b) return char(byte(b) - 0x40) end)
    s = gsub(s, "\252\128\128\128\128([\128-\191])", function(b) return char(byte(b) - 0x80) end)
    s = gsub(s, "\252\128\128\128\129([\128-\191])", function(b) return char(byte(b) - 0x40) end)
    return s
end
_M.decode_overlong = decode_overlong

local NAMED = {
    lt = "<", gt = ">", quot = '"', apos = "'", amp = "&", nbsp = " ", colon = ":", semi = ";",
    lpar = "(", rpar = ")", sol = "/", bsol = "\\", tab = "\t", newline = "\n", period = ".",
    comma = ",", equals = "=", excl = "!", num = "#", dollar = "$", percnt = "%", plus = "+",
    lsqb = "[", rsqb = "]", lbrace = "{", rbrace = "}", grave = "`", quest = "?", ast = "*",
    lowbar = "_", verbar = "|", hyphen = "-", commat = "@",
}

local function named_entity(name)
    return NAMED[lower(name)]
end

-- (pattern, replacement) pairs applied in order, once `trigger` (a plain substring) is seen.
local function rewriter(trigger, rules)
    return function(s)
        if not find(s, trigger, 1, true) then
            return s
        end
        for i = 1, #rules do
            s = gsub(s, rules[i][1], rules[i][2])
        end
        return s
    end
end

_M.html_decode = rewriter("&", {
    { "&#[xX]0*(%x%x?%x?%x?%x?%x?);?", hex_cp },
    { "&#0*(%d%d?%d?%d?%d?%d?%d?);?", dec_cp },
    { "&(%a+);", named_entity },
    -- browsers also honour a few entities without the semicolon
    { "&([lL][tT])([^%a;])", "<%2" },
    { "&([gG][tT])([^%a;])", ">%2" },
    { "&([qQ][uU][oO][tT])([^%a;])", '"%2' },
})

-- JavaScript's legacy octal escapes of the brackets that open and close markup ("\74script\76", "\074"): only
-- those, as a Windows path's numbered folders ("\2024", "\47th St") stay names
local OCTAL_MARKUP = { ["74"] = "<", ["76"] = ">" }

-- \uXXXX, \u{XXXX}, \xHH (JavaScript, JSON, CSS-ish) escapes, and OCTAL_MARKUP's.
_M.escape_decode = rewriter("\\", {
    { "\\[uU]{(%x+)}", hex_cp },
    { "\\[uU](%x%x%x%x)", hex_cp },
    { "\\[xX](%x%x)", hex_char },
    -- CSS escapes with leading zeros (\0075 = "u"): the unambiguous form, safe on Windows paths.
    { "\\00(%x%x) ?", hex_char },
    { "\\0?(7[46])%f[^0-7]", OCTAL_MARKUP },
})

-- Fullwidth ASCII (U+FF01..U+FF5E, EF BC 81 .. EF BD 9E) -> ASCII.
function _M.fullwidth(s)
    if not find(s, "\239[\188\189]") then
        return s
    end
    s = gsub(s, "\239\188([\129-\191])", function(b) return char(byte(b) - 0x80 + 0x20) end)
    s = gsub(s, "\239\189([\128-\158])", function(b) return char(byte(b) - 0x80 + 0x60) end)
    return s
end

local MAX_LAYERS = 4

-- Bytes some decoder below acts on (%XX, entities, escapes, NUL, any non-ASCII): a value without
-- them is only lower-cased, which is most values; one find instead of every layer's gsubs.
local DECODABLE = "[%%&\\%z\128-\255]"

-- ‘ ’ “ ” in UTF-8 (edge.waf.filenames reads them as a name's letters)
_M.TYPOGRAPHIC_QUOTE = "\226\128[\152\153\156\157]"

-- Decode every layer until a fixpoint (bounded), then lower-case and drop NULs.
function _M.normalize(s)
    if not find(s, DECODABLE) then
        return lower(s)
    end
    for _ = 1, MAX_LAYERS do
        local before = s
        s = _M.url_decode(s, false)
        s = decode_overlong(s)
        s = _M.escape_decode(s)
        s = _M.html_decode(s)
        s = compat_fold.fold(_M.fullwidth(s))
        if s == before then
            break
        end
    end
    if find(s, "[%z\202\226]") then
        s = gsub(s, "%z", "")
        -- Typographic quotes and primes act as quotes in sloppy parsers (and in copy-pasted payloads).
        s = gsub(s, _M.TYPOGRAPHIC_QUOTE, "'")
        s = gsub(s, "\226\128\178", "'")
        s = gsub(s, "\202\188", "'")
    end
    return lower(s)
end

-- The path view: path-separator look-alikes become "/" so traversal rules see through them:
-- 0x2f / 0x5c spelled out, backslashes, fraction/division slashes and set-minus, private-use
-- code points, stray control bytes and lead bytes left by broken encodings.
function _M.path_view(n)
    -- each rewrite runs only if the bytes it starts with are there: most values need none of them
    if find(n, "0x", 1, true) then
        n = gsub(n, "0x2e", ".")
        n = gsub(n, "0x(2f)", "/")
        n = gsub(n, "0x5c", "/")
    end
    if find(n, "..", 1, true) then
        n = gsub(n, "%.%.(2f)", "../")
        n = gsub(n, "%.%.(5c)", "../")
    end
    if find(n, "\\", 1, true) then
        n = gsub(n, "\\", "/")
    end
    if find(n, "[%c\128-\255]") then
        n = gsub(n, "\226\129\132", "/")           -- U+2044 fraction slash
        n = gsub(n, "\226\136[\149\150]", "/")    -- U+2215 division slash, U+2216 set minus
        -- private use (U+E000..U+F8FF: where Cygwin, WSL and macOS put a name's "\" and ":") and specials
        -- (U+FFF0..U+FFFF, the replacement character); not the compatibility forms between them, which are text
        -- (halfwidth katakana "ﾃｽﾄ.txt", a ligature "ﬁnal.csv")
        n = gsub(n, "\239[\128-\163][\128-\191]", "/")
        n = gsub(n, "\239\191[\176-\191]", "/")
        n = gsub(n, "\238[\128-\191][\128-\191]", "/")
        -- control bytes other than whitespace (a tab or line break between words is text, not a separator)
        n = gsub(n, "[%z\1-\8\14-\31\127\192\193\248\252]+", "/")
    end
    if find(n, "/./", 1, true) then
        n = gsub(n, "/%.%f[/]", "")   -- "/./" is "/": "/./etc/./passwd"
    end
    if find(n, "//", 1, true) then
        n = gsub(n, "//+", "/")
    end
    return n
end

-- Each span from opener to closer (plain finds, one pass; an opener with no closer after it ends the search) as
-- what span(n, s, e) makes of it, s and e the opener's and the closer's first bytes
local function drop_spans(n, opener, closer, span)
    local out, k, pos = {}, 0, 1
    while true do
        local s = find(n, opener, pos, true)
        local e = s and find(n, closer, s + #opener, true)
        if not e then
            break
        end
        out[k + 1] = sub(n, pos, s - 1)
        out[k + 2] = span(n, s, e)
        k, pos = k + 2, e + #closer
    end
    if k == 0 then
        return n
    end
    out[k + 1] = sub(n, pos)
    return concat(out)
end

local function block_comment(n, s, e)
    return byte(n, s + 2) == 33 and " " .. gsub(sub(n, s + 3, e - 1), "^%d+", "") .. " " or " "
end

local function space()
    return " "
end

-- Closed /* comments */ become a space, words inside and all ("union /*x*/ select"); a MySQL
-- version comment keeps its content, which MySQL runs ("/*!50000select*/")
local function drop_comments(n)
    return drop_spans(n, "/*", "*/", block_comment)
end

-- MySQL's line comments, which run to the line's end ("1#\ninsert ...", "and--x\nsleep(5)"), as a space (a
-- pattern would retry every opener up to a value's end when no line break follows)
local function drop_line_comments(n, opener)
    return drop_spans(n, opener, "\n", space)
end

-- IIS's ASP drops a "%" that starts no hex pair: "%S%E%L%E%C%T" is SELECT to it (a tamper that hides keywords)
local function not_hex_pair(p)
    if not find(p, "^%x%x$") then
        return p
    end
end

-- The SQL view: comments (block and line) become spaces and whitespace runs collapse, so "UNION/**/SELECT"
-- and "UNION#x\nSELECT" cannot hide.
function _M.sql_view(n)
    -- unchanged unless there is a comment opener, a control/non-ASCII byte (tabs, newlines, NBSP),
    -- a run of spaces or a "%" before a letter
    if not (find(n, "[%c\128-\255]") or find(n, "  ", 1, true) or find(n, "/*", 1, true)
            or find(n, "%%%a")) then
        return n
    end
    if find(n, "%%%a[^%%]?%%%a") then
        n = gsub(n, "%%(%w?%w?)", not_hex_pair)
    end
    if find(n, "/*", 1, true) then
        n = drop_comments(n)
        n = gsub(n, "/%*!?%d*", " ")
        n = gsub(n, "%*/", " ")
    end
    if find(n, "\n", 1, true) then
        n = drop_line_comments(drop_line_comments(n, "#"), "--")
    end
    n = gsub(n, "\194[\133\160]", " ")   -- NEL, NBSP
    -- the other Unicode spaces (U+1680, U+2000-U+200B, U+2028/U+2029, U+202F, U+205F, U+3000, the BOM)
    -- and ASCII's other control bytes, which SQL Server reads as whitespace (and normalisers FS to US)
    n = gsub(n, "\225\154\128", " ")
    n = gsub(n, "\226\128[\128-\139\168\169\175]", " ")
    n = gsub(n, "\226\129\159", " ")
    n = gsub(n, "\227\128\128", " ")
    n = gsub(n, "\239\187\191", " ")
    n = gsub(n, "[\1-\8\14-\31]", " ")
    return (gsub(n, "%s+", " "))
end

-- application/x-www-form-urlencoded (also query strings and cookies) -> array of {name, value}, decoded once,
-- at most `limit` of them; second result true when more were left unparsed. Pairs are split at "&" and ";"
-- (cookies, and the servers that take ";" in a query), or at "&" alone with amp_only (what most read).
function _M.parse_form(body, limit, amp_only)
    local out = {}
    limit = limit or 512
    for pair in body:gmatch(amp_only and "[^&]+" or "[^&;]+") do
        if #out >= limit then
            return out, true
        end
        local eq = find(pair, "=", 1, true)
        local name, value
        if eq then
            name, value = sub(pair, 1, eq - 1), sub(pair, eq + 1)
        else
            name, value = pair, ""
        end
        out[#out + 1] = { _M.url_decode(name, true), _M.url_decode(value, true) }
    end
    return out
end

local B64 = {}
do
    local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    for i = 1, 64 do
        B64[byte(alphabet, i)] = i - 1
    end
    B64[45], B64[95] = 62, 63  -- base64url
end
_M.BASE64_VALUES = B64   -- byte -> digit value (base64 and base64url), shared read-only

-- Content-Transfer-Encoding base64 (RFC 2045; whitespace and bad characters skipped).
function _M.base64_decode(s)
    local out, acc, bits, n = {}, 0, 0, 0
    for i = 1, #s do
        local v = B64[byte(s, i)]
        if v then
            acc = acc * 64 + v
            bits = bits + 6
            if bits >= 8 then
                bits = bits - 8
                local b = floor(acc / 2 ^ bits)
                acc = acc - b * 2 ^ bits
                n = n + 1
                out[n] = char(b)
            end
        elseif byte(s, i) == 61 then  -- "="
            break
        end
    end
    return table.concat(out)
end

-- Content-Transfer-Encoding quoted-printable (soft line breaks removed, =XX decoded).
function _M.qp_decode(s)
    if not find(s, "=", 1, true) then
        return s
    end
    s = gsub(s, "=\r?\n", "")
    return (gsub(s, "=(%x%x)", hex_char))
end

return _M
