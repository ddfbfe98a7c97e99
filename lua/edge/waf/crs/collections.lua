-- The request as ModSecurity v3's collections (ARGS, REQUEST_HEADERS, FILES, ...), built from a
-- normalised request: { method, uri (raw, with query), protocol ("HTTP/1.1"), headers = {{name, value}},
-- body (string|nil), remote_addr }. A collection is { n, keys, lkeys (lower-case), vals }; an empty one
-- may be absent (read through `cols[name] or NONE`).
local cjson = require "cjson.safe"

local sub, find, lower, gsub, byte = string.sub, string.find, string.lower, string.gsub, string.byte
local tostring, ipairs = tostring, ipairs

local decode = require "edge.waf.multipart"
local json_walk = require "edge.waf.json_walk"
local memo = require "edge.lib.memo"

local _M = {}

local function new()
    return { n = 0, keys = {}, lkeys = {}, vals = {} }
end
_M.new = new

local NONE = { n = 0, keys = {}, lkeys = {}, vals = {} }
_M.NONE = NONE

-- cols[name] gets (key, value), the collection made on first use: most requests fill few of them
local function copy(col)
    local c = new()
    c.name = col.name
    for i = 1, col.n do
        c.keys[i], c.lkeys[i], c.vals[i] = col.keys[i], col.lkeys[i], col.vals[i]
    end
    c.n = col.n
    return c
end

local function add(cols, name, key, value)
    local col = cols[name]
    if not col then
        col = new()
        col.name = name
        cols[name] = col
    elseif col.shared then   -- a memoised URI's ARGS: this request's body adds to its own copy
        col = copy(col)
        cols[name] = col
    end
    local n = col.n + 1
    col.n = n
    col.keys[n] = key
    col.lkeys[n] = lower(key)
    col.vals[n] = value
end
_M.add = add

local NO_KEY = { "" }

-- a one-value collection (REQUEST_URI, ...); nil gives the shared empty one
local function scalar(value, name)
    if value == nil then
        return NONE
    end
    return { n = 1, keys = NO_KEY, lkeys = NO_KEY, vals = { value }, name = name }
end
_M.scalar = scalar

local function hexval(c)
    if c >= 48 and c <= 57 then return c - 48 end
    if c >= 97 and c <= 102 then return c - 87 end
    if c >= 65 and c <= 70 then return c - 55 end
end

local function hex_byte(h)
    return string.char(hexval(byte(h, 1)) * 16 + hexval(byte(h, 2)))
end

-- ModSecurity's uri_decode: %HH only ('+' stays)
local function uri_decode(s)
    if not find(s, "%", 1, true) then
        return s
    end
    return (gsub(s, "%%(%x%x)", hex_byte))
end

local form_invalid = false

local function form_escape(h)
    if #h == 2 and find(h, "^%x%x$") then
        return hex_byte(h)
    end
    form_invalid = true
    return nil
end

-- urldecode_nonstrict: %HH and '+'; returns value, invalid (a % without two hex digits)
local function form_decode(s)
    if find(s, "+", 1, true) then
        s = gsub(s, "+", " ")
    end
    form_invalid = false
    if find(s, "%", 1, true) then
        s = gsub(s, "%%(..?)", form_escape)
    end
    return s, form_invalid
end

-- One request argument into ARGS, ARGS_NAMES and their GET or POST twins, counted in args_size.
local function add_arg(cols, name, value, get)
    add(cols, "ARGS", name, value)
    add(cols, "ARGS_NAMES", name, name)
    if get then
        add(cols, "ARGS_GET", name, value)
        add(cols, "ARGS_GET_NAMES", name, name)
    else
        add(cols, "ARGS_POST", name, value)
        add(cols, "ARGS_POST_NAMES", name, name)
    end
    cols.args_size = cols.args_size + #name + #value
end

-- a=1&b=2 into the ARGS collections (origin GET or POST)
local function add_form(cols, text, get)
    local pos, len = 1, #text
    while pos <= len do
        local amp = find(text, "&", pos, true) or len + 1
        local pair = sub(text, pos, amp - 1)
        if pair ~= "" then
            local eq = find(pair, "=", 1, true)
            local k, v = pair, ""
            if eq then
                k, v = sub(pair, 1, eq - 1), sub(pair, eq + 1)
            end
            local bad1, bad2
            k, bad1 = form_decode(k)
            v, bad2 = form_decode(v)
            if bad1 or bad2 then
                cols.URLENCODED_ERROR = scalar("1", "URLENCODED_ERROR")
            end
            add_arg(cols, k, v, get)
        end
        pos = amp + 1
    end
end

-- JSON read as ModSecurity's ARGS (edge.waf.json_walk): every value, as deep as any real document
-- nests (cjson itself refuses past 1000 levels).
local JSON_MAX_DEPTH, JSON_MAX_ARGS = 64, math.huge

-- A cookie holding a JSON document (preferences, consent, a cart), value by value as the JSON processor reads a
-- body: the document's own quotes and commas are no SQL ({"tz": "Etc/GMT-2", "theme": "dark"} read whole is a
-- quote-and-digit probe to 942330). Read whole as well when the walk left part of it unread.
local function add_cookie(cols, k, v)
    local text = uri_decode(v)
    local doc = find(text, "^%s*[{[]") and cjson.decode(text)
    if type(doc) == "table" then
        local _, values, cut = json_walk.args(doc, JSON_MAX_ARGS, JSON_MAX_DEPTH)
        for i = 1, #values do
            add(cols, "REQUEST_COOKIES", k, values[i])
        end
        if not cut and #values > 0 then
            return
        end
    end
    add(cols, "REQUEST_COOKIES", k, v)
end

local function add_multipart(cols, body, content_type)
    local boundary = decode and decode.multipart_boundary(content_type)
    local parts
    if boundary then
        local ok, res = pcall(decode.parse_multipart, body, boundary, 1024)
        parts = ok and res or nil
    end
    if not parts then
        cols.MULTIPART_STRICT_ERROR = scalar("1", "MULTIPART_STRICT_ERROR")
        cols.REQBODY_ERROR = scalar("1", "REQBODY_ERROR")
        return
    end
    local files_size = 0
    for i = 1, #parts do
        local part = parts[i]
        local name = part.name or ""
        if part.raw_cd then
            add(cols, "MULTIPART_PART_HEADERS", name, "Content-Disposition: " .. part.raw_cd)
        end
        if part.ctype then
            add(cols, "MULTIPART_PART_HEADERS", name, "Content-Type: " .. part.ctype)
        end
        if part.cte then
            add(cols, "MULTIPART_PART_HEADERS", name, "Content-Transfer-Encoding: " .. part.cte)
        end
        if part.filename or part.filename_ext then
            add(cols, "FILES", name, part.filename or part.filename_ext)
            add(cols, "FILES_NAMES", name, name)
            files_size = files_size + #(part.value or "")
        else
            add_arg(cols, name, part.value or "", false)
        end
    end
    cols.FILES_COMBINED_SIZE = scalar(tostring(files_size), "FILES_COMBINED_SIZE")
end

-- build(req) -> { [COLLECTION] = col, ... }
-- What the request URI alone gives (REQUEST_URI, REQUEST_FILENAME, ..., the query's ARGS), memoised
-- per URI: a client repeats the same few. Its collections are shared (`shared`, copied on write).
local uri_memo = memo.new(1024)
local MAX_MEMO_URI = 2048
local URI_KEYS = { "REQUEST_URI", "REQUEST_URI_RAW", "REQUEST_FILENAME", "REQUEST_BASENAME", "QUERY_STRING",
    "ARGS", "ARGS_NAMES", "ARGS_GET", "ARGS_GET_NAMES", "URLENCODED_ERROR" }

local function uri_part(uri)
    local cols = { args_size = 0 }
    local q = find(uri, "?", 1, true)
    local decoded = uri_decode(uri)
    local dq = find(decoded, "?", 1, true)
    local path = dq and sub(decoded, 1, dq - 1) or decoded
    cols.REQUEST_URI = scalar(decoded, "REQUEST_URI")
    cols.REQUEST_URI_RAW = scalar(uri, "REQUEST_URI_RAW")
    cols.REQUEST_FILENAME = scalar(path, "REQUEST_FILENAME")
    local slash = 0
    for i = #path, 1, -1 do
        local c = byte(path, i)
        if c == 47 or c == 92 then
            slash = i
            break
        end
    end
    cols.REQUEST_BASENAME = scalar(slash > 0 and slash < #path and sub(path, slash + 1) or nil, "REQUEST_BASENAME")
    cols.QUERY_STRING = scalar(q and sub(uri, q + 1) or "", "QUERY_STRING")
    if q then
        add_form(cols, sub(uri, q + 1), true)
    end
    for _, k in ipairs(URI_KEYS) do
        local col = cols[k]
        if col and col ~= NONE then
            col.shared = true
        end
    end
    return cols
end

-- build(req) -> { [COLLECTION] = col, ... }
function _M.build(req)
    local method, uri, proto = req.method or "GET", req.uri or "/", req.protocol or "HTTP/1.1"
    local u = #uri <= MAX_MEMO_URI and uri_memo:get(uri)
    if not u then
        u = uri_part(uri)
        if #uri <= MAX_MEMO_URI then
            uri_memo:set(uri, u)
        end
    end
    local cols = { args_size = u.args_size }
    for i = 1, #URI_KEYS do
        local k = URI_KEYS[i]
        cols[k] = u[k]
    end
    cols.REQUEST_METHOD = scalar(method, "REQUEST_METHOD")
    cols.REQUEST_PROTOCOL = scalar(proto, "REQUEST_PROTOCOL")
    cols.REQUEST_LINE = scalar(method .. " " .. uri .. " " .. proto, "REQUEST_LINE")
    cols.REMOTE_ADDR = scalar(req.remote_addr or "", "REMOTE_ADDR")

    local content_type
    for _, h in ipairs(req.headers or {}) do
        local name, value = h[1], h[2]
        add(cols, "REQUEST_HEADERS", name, value)
        add(cols, "REQUEST_HEADERS_NAMES", name, name)
        local lname = lower(name)
        if lname == "cookie" then
            local pos, len = 1, #value
            while pos <= len do
                local semi = find(value, ";", pos, true) or len + 1
                local c = sub(value, pos, semi - 1)
                pos = semi + 1
                local eq = find(c, "=", 1, true)
                local k, v = c, ""
                if eq then
                    k, v = sub(c, 1, eq - 1), sub(c, eq + 1)
                end
                k = gsub(k, "^%s+", "")
                if k ~= "" then
                    v = gsub(v, "%s+$", "")
                    -- RFC 6265's quoted value, which applications read without its quotes: recent="select
                    -- committee" is no string closed before SQL
                    if #v >= 2 and byte(v, 1) == 34 and byte(v, -1) == 34 then
                        v = sub(v, 2, -2)
                    end
                    add_cookie(cols, k, v)
                    add(cols, "REQUEST_COOKIES_NAMES", k, k)
                end
            end
        elseif lname == "content-type" and not content_type then
            content_type = value
        end
    end

    local body = req.body
    local processor
    if content_type then
        local ct = lower(content_type)
        if find(ct, "^multipart/form%-data") then
            processor = "MULTIPART"
        elseif find(ct, "^application/x%-www%-form%-urlencoded") then
            processor = "URLENCODED"
        elseif find(ct, "^application/[%w.+-]*json") then
            processor = "JSON"
        end
    end
    cols.REQBODY_PROCESSOR = scalar(processor, "REQBODY_PROCESSOR")
    cols.REQBODY_ERROR = scalar("0", "REQBODY_ERROR")
    if body and body ~= "" then
        cols.REQUEST_BODY = scalar(body, "REQUEST_BODY")
        if processor == "URLENCODED" then
            add_form(cols, body, false)
        elseif processor == "JSON" then
            local doc = cjson.decode(body)
            if doc ~= nil then
                local names, values, cut = json_walk.args(doc, JSON_MAX_ARGS, JSON_MAX_DEPTH)
                for i = 1, #names do
                    add_arg(cols, names[i], values[i], false)
                end
                if cut then   -- a document read only in part is a body error, never a silent stop
                    cols.REQBODY_ERROR = scalar("1", "REQBODY_ERROR")
                end
            else
                cols.REQBODY_ERROR = scalar("1", "REQBODY_ERROR")
            end
        elseif processor == "MULTIPART" then
            add_multipart(cols, body, content_type)
        end
    else
        cols.REQUEST_BODY = scalar(nil, "REQUEST_BODY")
    end
    cols.ARGS_COMBINED_SIZE = scalar(tostring(cols.args_size), "ARGS_COMBINED_SIZE")
    cols.FILES_COMBINED_SIZE = cols.FILES_COMBINED_SIZE or scalar("0", "FILES_COMBINED_SIZE")
    cols.MULTIPART_STRICT_ERROR = cols.MULTIPART_STRICT_ERROR or scalar(processor == "MULTIPART" and "0" or nil, "MULTIPART_STRICT_ERROR")
    cols.MULTIPART_UNMATCHED_BOUNDARY = scalar(nil, "MULTIPART_UNMATCHED_BOUNDARY")
    return cols
end

return _M
