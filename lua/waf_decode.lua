-- WAF decoders (pure Lua, no ngx): turn an inspected value into the form rules match against.
-- Attackers hide payloads behind encodings the application will undo; we undo them first, in
-- layers, until the value stops changing: URL (%XX, %uXXXX, double encoding), overlong UTF-8
-- (%c0%ae = "."), HTML entities, \uXXXX / \xHH escapes, fullwidth forms, NUL bytes.
local byte, char, sub, gsub, lower, find = string.byte, string.char, string.sub, string.gsub, string.lower,
    string.find
local tonumber, floor = tonumber, math.floor
local EMPTY_PARAMS = {}

local _M = {}

local function utf8_char(cp)
    if cp < 0x80 then
        return char(cp)
    elseif cp < 0x800 then
        return char(0xC0 + floor(cp / 0x40), 0x80 + cp % 0x40)
    elseif cp < 0x10000 then
        return char(0xE0 + floor(cp / 0x1000), 0x80 + floor(cp / 0x40) % 0x40, 0x80 + cp % 0x40)
    elseif cp < 0x110000 then
        return char(0xF0 + floor(cp / 0x40000), 0x80 + floor(cp / 0x1000) % 0x40,
            0x80 + floor(cp / 0x40) % 0x40, 0x80 + cp % 0x40)
    end
    return ""
end
_M.utf8_char = utf8_char

local function hex_char(h)
    return char(tonumber(h, 16))
end

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

function _M.html_decode(s)
    if not find(s, "&", 1, true) then
        return s
    end
    s = gsub(s, "&#[xX]0*(%x%x?%x?%x?%x?%x?);?", hex_cp)
    s = gsub(s, "&#0*(%d%d?%d?%d?%d?%d?%d?);?", dec_cp)
    s = gsub(s, "&(%a+);", named_entity)
    -- browsers also honour a few entities without the semicolon
    s = gsub(s, "&([lL][tT])([^%a;])", "<%2")
    s = gsub(s, "&([gG][tT])([^%a;])", ">%2")
    s = gsub(s, "&([qQ][uU][oO][tT])([^%a;])", '"%2')
    return s
end

-- \uXXXX, \u{XXXX}, \xHH (JavaScript, JSON, CSS-ish) escapes.
function _M.escape_decode(s)
    if not find(s, "\\", 1, true) then
        return s
    end
    s = gsub(s, "\\[uU]{(%x+)}", hex_cp)
    s = gsub(s, "\\[uU](%x%x%x%x)", hex_cp)
    s = gsub(s, "\\[xX](%x%x)", hex_char)
    -- CSS escapes with leading zeros (\0075 = "u"): the unambiguous form, safe on Windows paths.
    s = gsub(s, "\\00(%x%x) ?", hex_char)
    return s
end

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
        s = _M.fullwidth(s)
        if s == before then
            break
        end
    end
    if find(s, "[%z\202\226]") then
        s = gsub(s, "%z", "")
        -- Typographic quotes and primes act as quotes in sloppy parsers (and in copy-pasted payloads).
        s = gsub(s, "\226\128[\152\153\156\157]", "'")
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
        n = gsub(n, "\239[\128-\191][\128-\191]", "/")  -- U+F000..U+FFFF (private use, specials)
        n = gsub(n, "\238[\128-\191][\128-\191]", "/")  -- U+E000..U+EFFF (private use)
        -- control bytes other than whitespace (a tab or line break between words is text, not a separator)
        n = gsub(n, "[%z\1-\8\14-\31\127\192\193\248\252]+", "/")
    end
    if find(n, "//", 1, true) then
        n = gsub(n, "//+", "/")
    end
    return n
end

-- The SQL view: comments become spaces and whitespace runs collapse, so "UN/**/ION" cannot hide.
function _M.sql_view(n)
    -- unchanged unless there is a comment opener, a control/non-ASCII byte (tabs, newlines, NBSP)
    -- or a run of spaces
    if not (find(n, "[%c\128-\255]") or find(n, "  ", 1, true) or find(n, "/*", 1, true)) then
        return n
    end
    if find(n, "/*", 1, true) then
        n = gsub(n, "/%*!?%d*", " ")
        n = gsub(n, "%*/", " ")
    end
    n = gsub(n, "\194\160", " ")
    return (gsub(n, "%s+", " "))
end

-- application/x-www-form-urlencoded (also query strings) -> array of {name, value}, decoded once.
function _M.parse_form(body, limit)
    local out = {}
    limit = limit or 512
    for pair in body:gmatch("[^&;]+") do
        if #out >= limit then
            break
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

-- ---- multipart/form-data (RFC 7578 over RFC 2046) ---------------------------------------------
-- Parsed by index over the body with plain finds: no pattern is compiled per request and the only
-- tables built are the parts list and one table per part.

-- Parameters of a header value ("form-data; name=\"a\"; filename=b"), from pos on, into out:
-- out[lower(name)] = value (a quoted-string's content as sent, escapes included: browsers send "\"
-- in Windows paths literally, RFC 2616 parsers drop it). A parameter named twice sets out.dup; a
-- backslash-quote inside a quoted value sets out.escaped (lax parsers end the value there, so the
-- caller can inspect the raw header too). Returns out.
local function parse_params(s, pos, out)
    local n = #s
    while pos <= n do
        local semi = find(s, ";", pos, true)
        if not semi then
            break
        end
        pos = semi + 1
        while byte(s, pos) == 32 or byte(s, pos) == 9 do
            pos = pos + 1
        end
        local eq = find(s, "=", pos, true)
        if not eq then
            break
        end
        local pname = lower((gsub(sub(s, pos, eq - 1), "[ \t]+$", "")))
        pos = eq + 1
        while byte(s, pos) == 32 or byte(s, pos) == 9 do
            pos = pos + 1
        end
        local value
        if byte(s, pos) == 34 then  -- quoted-string, kept as sent (the caller unescapes: see unescape)
            local i = pos + 1
            while true do
                local q = find(s, '"', i, true)
                if not q then  -- unterminated: the rest of the line
                    value = sub(s, pos + 1)
                    pos = n + 1
                    out.unterminated = true
                    break
                end
                local k = q - 1
                while byte(s, k) == 92 do
                    k = k - 1
                end
                if (q - 1 - k) % 2 == 1 then  -- \" does not end it (lax parsers disagree)
                    out.escaped = true
                    i = q + 1
                else
                    value = sub(s, pos + 1, q - 1)
                    pos = q + 1
                    break
                end
            end
        else
            local e = find(s, ";", pos, true)
            value = gsub(sub(s, pos, e and e - 1 or n), "[ \t]+$", "")
            pos = e or n + 1
        end
        if pname ~= "" then
            if out[pname] ~= nil then
                out.dup = true
            end
            out[pname] = value
        end
    end
    return out
end
_M.parse_params = parse_params

-- RFC 2046 bchars: DIGIT / ALPHA / ' ( ) + _ , - . / : = ? and space (not last), 1..70 of them.
local function valid_boundary(b)
    return #b >= 1 and #b <= 70 and not find(b, "[^%w'()+_,%-./:=? ]") and byte(b, #b) ~= 32
end

-- Content-Type with its boundary parameter's value left out: the boundary is framing, never data
-- to the application, and a quoted one ("--=_Part_1") would look like a quote closed before "--".
function _M.strip_boundary(ct)
    local out = gsub(ct, '([bB][oO][uU][nN][dD][aA][rR][yY][ \t]*=[ \t]*)"[^"]*"?', "%1")
    return (gsub(out, "([bB][oO][uU][nN][dD][aA][rR][yY][ \t]*=[ \t]*)[^;\"]+", "%1"))
end

-- The boundary of a multipart Content-Type value, or nil and why not.
function _M.multipart_boundary(content_type)
    local semi = find(content_type, ";", 1, true)
    if not semi then
        return nil, "no boundary parameter"
    end
    local p = parse_params(content_type, semi, {})
    local b = p.boundary
    if b == nil then
        return nil, "no boundary parameter"
    elseif p.dup or p.escaped or p.unterminated then
        return nil, "ambiguous boundary parameter"
    elseif not valid_boundary(b) then
        return nil, "invalid boundary"
    end
    return b
end

local function ltrim_pos(s, i, j)
    while i <= j and (byte(s, i) == 32 or byte(s, i) == 9) do
        i = i + 1
    end
    return i
end

-- One part's header block body[hs..he] (lines ending in CRLF or LF, obsolete folding joined) into
-- part: name, filename, ctype (lower-cased media type), cte, and raw_cd when the
-- Content-Disposition is ambiguous. Returns part, or nil and why.
local function part_headers(body, hs, he, part, depth)
    local cd
    local i = hs
    while i <= he do
        local nl = find(body, "\n", i, true)
        local le = (nl and nl <= he) and nl - 1 or he
        local line_end = le
        if byte(body, le) == 13 then
            le = le - 1
        end
        -- obsolete line folding: continuation lines start with SP / HTAB
        local nxt = line_end + 2
        while nxt <= he and (byte(body, nxt) == 32 or byte(body, nxt) == 9) do
            local nl2 = find(body, "\n", nxt, true)
            line_end = (nl2 and nl2 <= he) and nl2 - 1 or he
            le = byte(body, line_end) == 13 and line_end - 1 or line_end
            nxt = line_end + 2
        end
        local colon = find(body, ":", i, true)
        if colon and colon <= le then
            local hname = lower((gsub(sub(body, i, colon - 1), "[ \t]+$", "")))
            local v = sub(body, ltrim_pos(body, colon + 1, le), le)
            if find(v, "[\r\n]") then
                v = gsub(v, "\r?\n[ \t]+", " ")
            end
            if hname == "content-disposition" then
                if cd then
                    return nil, "repeated Content-Disposition"
                end
                cd = v
            elseif hname == "content-type" then
                part.ctype = lower(v)
                if find(part.ctype, "multipart/", 1, true) == 1 then
                    part.ctype_raw = v  -- a nested boundary is case-sensitive
                end
            elseif hname == "content-transfer-encoding" then
                part.cte = lower((gsub(v, "[ \t]+$", "")))
            end
        elseif le >= i then
            return nil, "part header line without a colon"
        end
        i = line_end + 2
    end
    if not cd then
        return nil, "part without Content-Disposition"
    end
    local semi = find(cd, ";", 1, true)
    local disp = lower(gsub(sub(cd, 1, (semi or #cd + 1) - 1), "[ \t]+$", ""))
    if depth == 0 and disp ~= "form-data" then
        return nil, "Content-Disposition is not form-data"
    end
    local p = semi and parse_params(cd, semi, {}) or EMPTY_PARAMS
    if p.dup or p.unterminated then
        return nil, "ambiguous Content-Disposition parameters"
    end
    if p.escaped then
        part.raw_cd = cd
    end
    part.name = p.name
    if depth == 0 and part.name == nil then
        return nil, "part without a name"
    end
    part.filename = p.filename
    -- the quoted-string unescaped, as RFC 2616 parsers read it, when that differs
    if part.name and find(part.name, "\\", 1, true) then
        part.name_alt = gsub(part.name, "\\(.)", "%1")
    end
    if part.filename and find(part.filename, "\\", 1, true) then
        part.filename_alt = gsub(part.filename, "\\(.)", "%1")
    end
    local ext = p["filename*"]  -- RFC 5987 charset'lang'pct-encoded: some frameworks honour it
    if ext then
        local q = find(ext, "'", 1, true)
        q = q and find(ext, "'", q + 1, true)
        part.filename_ext = _M.url_decode(q and sub(ext, q + 1) or ext, false)
    end
    return part
end

local DEFAULT_MAX_PARTS = 256
local MAX_DEPTH = 1

-- Splits body into parts: array of {name, name_alt, filename, filename_alt, filename_ext, ctype, cte,
-- raw_cd, value}
-- (nested multipart/mixed parts flattened into it), with .preamble and .epilogue when they are not
-- empty. Returns parts, or nil and why the body is malformed. truncated: the body was cut at the
-- inspection limit, so a missing closing delimiter is expected (the last part runs to the end).
local function parse_multipart(body, boundary, max_parts, truncated, out, depth)
    max_parts = max_parts or DEFAULT_MAX_PARTS
    depth = depth or 0
    out = out or {}
    local delim = "--" .. boundary
    local dl = #delim
    local ndelim = "\n" .. delim
    local pos
    if sub(body, 1, dl) == delim then
        pos = 1
    else
        local s = find(body, ndelim, 1, true)
        if not s then
            return nil, "no opening delimiter"
        end
        pos = s + 1
        if depth == 0 and pos > 3 then
            out.preamble = sub(body, 1, pos - 1)
        end
    end
    local n = #body
    while true do
        local after = pos + dl
        if byte(body, after) == 45 and byte(body, after + 1) == 45 then  -- "--": close delimiter
            if depth == 0 and after + 1 < n then
                local ep = sub(body, after + 2)
                if find(ep, "[^\r\n \t]") then
                    out.epilogue = ep
                end
            end
            return out
        end
        local e = ltrim_pos(body, after, n)  -- transport padding
        if byte(body, e) == 13 and byte(body, e + 1) == 10 then
            e = e + 2
        elseif byte(body, e) == 10 then
            e = e + 1
        elseif e > n then
            if truncated then
                return out
            end
            return nil, "no closing delimiter"
        else
            return nil, "delimiter followed by other text"
        end
        local nxt = find(body, ndelim, e - 1, true)
        local last
        if nxt then
            last = nxt - 1
            if byte(body, last) == 13 then
                last = last - 1
            end
        elseif truncated then
            last = n
        else
            return nil, "no closing delimiter"
        end
        if #out >= max_parts then
            return nil, "too many parts"
        end
        -- header block ends at the first empty line (CRLF CRLF or LF LF)
        local hs, he, bs = e, nil, nil
        local c = byte(body, hs)
        if c == 13 and byte(body, hs + 1) == 10 then
            he, bs = hs - 1, hs + 2
        elseif c == 10 then
            he, bs = hs - 1, hs + 1
        else
            local a = find(body, "\r\n\r\n", hs, true)
            local b = find(body, "\n\n", hs, true)
            if a and a <= last and (not b or a < b) then
                he, bs = a - 1, a + 4
            elseif b and b <= last then
                he, bs = b - 1, b + 2
            else
                he, bs = last, last + 1
            end
        end
        local part = {}
        local ok, err = part_headers(body, hs, he, part, depth)
        if not ok then
            return nil, err
        end
        part.value = bs <= last and sub(body, bs, last) or ""
        local ct = part.ctype
        if ct and find(ct, "multipart/", 1, true) == 1 then
            if depth >= MAX_DEPTH then
                return nil, "multipart nested too deep"
            end
            local inner, ierr = _M.multipart_boundary(part.ctype_raw)
            if not inner then
                return nil, ierr
            end
            local before = #out
            local sub_ok, serr = parse_multipart(part.value, inner, max_parts, truncated and not nxt, out, depth + 1)
            if not sub_ok then
                return nil, serr
            end
            for k = before + 1, #out do
                out[k].name = out[k].name or part.name
            end
        else
            out[#out + 1] = part
        end
        if not nxt then
            return out
        end
        pos = nxt + 1
    end
end
_M.parse_multipart = parse_multipart

-- A file name that leaves the upload directory: a dot-dot segment or an absolute path (/x, \x,
-- \\server\share, C:\x, C:x, ~/x), after the same decoding as every value.
function _M.unsafe_filename(name)
    local p = _M.path_view(_M.normalize(name))
    local c = byte(p, 1)
    if c == 47 or c == 126 and byte(p, 2) == 47 then  -- "/" (also "\" and "\\" after path_view), "~/"
        return true
    end
    if find(p, "^%a:") then
        return true
    end
    return p == ".." or find(p, "../", 1, true) ~= nil or sub(p, -3) == "/.."
end

local B64 = {}
do
    local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    for i = 1, 64 do
        B64[byte(alphabet, i)] = i - 1
    end
    B64[45], B64[95] = 62, 63  -- base64url
end

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

-- Every string (keys included) in a decoded JSON document, depth- and count-bounded.
function _M.json_strings(doc, out, depth, limit)
    out = out or {}
    depth = depth or 0
    limit = limit or 1024
    if depth > 32 or #out >= limit then
        return out
    end
    local t = type(doc)
    if t == "string" then
        out[#out + 1] = doc
    elseif t == "table" then
        for k, v in pairs(doc) do
            if type(k) == "string" then
                out[#out + 1] = k
            end
            _M.json_strings(v, out, depth + 1, limit)
        end
    end
    return out
end

return _M
