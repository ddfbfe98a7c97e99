-- multipart/form-data (RFC 7578 over RFC 2046), for the WAF: the boundary of a Content-Type and the
-- body split into parts. Parsed by index over the body with plain finds: no pattern is compiled per
-- request and the only tables built are the parts list and one table per part.
local decode = require "edge.waf.decode"

local byte, sub, gsub, lower, find = string.byte, string.sub, string.gsub, string.lower, string.find
local EMPTY_PARAMS = {}

local _M = {}

-- Parameters of a header value ("form-data; name=\"a\"; filename=b"), from pos on, into out:
-- out[lower(name)] = value (a quoted-string's content as sent, escapes included: browsers send "\"
-- in Windows paths literally, RFC 2616 parsers drop it). A parameter named twice sets out.dup; a
-- backslash-quote inside a quoted value sets out.escaped (lax parsers end the value there, so the
-- caller can inspect the raw header too); so does text between a quoted value's end and the next ";"
-- (filename="Uma "Sunny" Patel.pdf", filename=""-confirm(1)-""): parsers disagree on where such a value
-- ends. Returns out.
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
                    if find(s, "^[ \t]*[^ \t;]", pos) then
                        out.escaped = true
                    end
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
        part.filename_ext = decode.url_decode(q and sub(ext, q + 1) or ext, false)
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

return _M
