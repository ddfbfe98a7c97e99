-- The header pass of the WAF's inspection (edge.waf.inspect): every request header but the skipped ones,
-- cookies one by one, list and parameterised headers item by item, a Referer's query argument by argument,
-- the text appended to a User-Agent, the protocol's size, control-character, charset and grammar checks; values through
-- edge.waf.scan.
local cjson = require "cjson.safe"
local decode = require "edge.waf.decode"
local filenames = require "edge.waf.filenames"
local findings = require "edge.waf.findings"
local header_grammar = require "edge.waf.header_grammar"
local json_walk = require "edge.waf.json_walk"
local memo = require "edge.lib.memo"
local multipart = require "edge.waf.multipart"
local scan = require "edge.waf.scan"
local budget = require "edge.waf.budget"

local concat = table.concat
local type, ipairs, pairs = type, ipairs, pairs
local find, lower, gmatch, match, gsub, sub, byte, char = string.find, string.lower, string.gmatch, string.match,
    string.gsub, string.sub, string.byte, string.char
local tonumber = tonumber
local budget_spent = budget.spent
local scan_value, merge, merge_value, merge_form = scan.scan_value, scan.merge, scan.merge_value, scan.merge_form
local EMPTY, HEADER_CTL_CHARS = scan.EMPTY, scan.HEADER_CTL_CHARS

local _M = {}

local PROTOCOL = findings.PROTOCOL
-- as merge() lists (shared, never modified)
local HEADER_SIZE = { PROTOCOL.header_size }
local HEADER_CTL = { PROTOCOL.header_ctl }
local CHARSET = { PROTOCOL.charset }
local HEADER_GRAMMAR = { PROTOCOL.header_grammar }
local OPEN_PAREN = byte("(")

-- headers that name the file a raw upload body is saved as (XHR and resumable uploaders): judged as a
-- multipart part's file name is
local FILENAME_HEADERS = { ["x-filename"] = true, ["x-file-name"] = true }

-- A quoted cookie value with the backslash escapes RFC 2109 servers undo (Python's http.cookies, Werkzeug:
-- "\073" is ";"), read as they read it
local function octal_char(o)
    return char(tonumber(o, 8))
end

local function merge_quoted_cookies(acc, v, limit, max_args)
    local pairs_ = decode.parse_form(v, max_args)
    for i = 1, #pairs_ do
        local quoted = match(pairs_[i][2], '^%s*"(.*)"%s*$')
        if quoted and find(quoted, "\\") then
            local text = gsub(gsub(quoted, "\\([0-3][0-7][0-7])", octal_char), "\\(.)", "%1")
            acc = merge_value(acc, text, limit, nil, "REQUEST_COOKIES", pairs_[i][1])
        end
    end
    return acc
end

-- A cookie's value holding an "&" or a "+", whole and with its "+" kept: merge_form cuts it at "&" and reads
-- "+" as a space, as a form is read, but a cookie ends at ";" alone ("data=&{'sys'.'tem'}('id')" is one
-- value) and most readers keep its "+" ("/(a+)+$/"), as ModSecurity does
local function merge_raw_cookies(acc, v, limit, max_args)
    local n = 0
    for name, value in gmatch(v, "%s*([^;=]*)=([^;]*)") do
        n = n + 1
        if n > max_args then
            break
        end
        if find(value, "[&+]") then
            acc = merge_value(acc, decode.url_decode(value, false), limit, nil, "REQUEST_COOKIES", name)
        end
    end
    return acc
end

-- Cookie by cookie, URL-decoded (CRS's REQUEST_COOKIES): a payload in a later cookie then starts a
-- value, where the anchored SQL rules look for it. v: one Cookie header or a list of them.
local function merge_cookies(acc, v, limit, max_args)
    if type(v) == "table" then
        for _, x in ipairs(v) do
            acc = merge_cookies(acc, x, limit, max_args)
        end
        return acc
    end
    if find(v, HEADER_CTL_CHARS) then   -- the raw header: its cookies are judged URL-decoded
        acc = merge(acc, HEADER_CTL, "REQUEST_HEADERS", "cookie")
    end
    acc = merge_form(acc, v, limit, max_args, "REQUEST_COOKIES", "REQUEST_COOKIES_NAMES")
    if find(v, "[&+]") then
        acc = merge_raw_cookies(acc, v, limit, max_args)
    end
    if find(v, '"', 1, true) and find(v, "\\[0-3][0-7][0-7]") then
        acc = merge_quoted_cookies(acc, v, limit, max_args)
    end
    return acc
end

-- headers whose value is a URL by design (scan_value's "link" kind)
local LINK_HEADERS = { referer = true, origin = true }

-- A link's query (a Referer's "?q=..."): the arguments the page before was sent, one of ours or a search
-- engine's, each judged as an argument is (where the rules anchored at a value's start and end see it). A
-- fragment stays with the last argument: browsers strip it from a Referer, so one there is the sender's.
local function merge_link_query(acc, v, limit, max_args, name)
    local q = find(v, "?", 1, true)
    if not q then
        return acc
    end
    local query = sub(v, q + 1)
    local pairs_ = decode.parse_form(query, max_args)
    for i = 1, #pairs_ do
        acc = merge_value(acc, pairs_[i][2], limit, nil, "REQUEST_HEADERS", name)
    end
    return scan.merge_semicolon_values(acc, query, limit, max_args, "REQUEST_HEADERS", name)
end

-- What a User-Agent carries besides its product tokens and comments ("Mozilla/5.0 (...) Safari/537.36
-- <text>"): text appended to a browser's string, judged as a value is ("" when there is none, or when the
-- whole header is that text: it is scanned as it is). Word by word (a pattern over the whole header would
-- backtrack through every run of it); kept per User-Agent: a browser repeats its own.
local ua_extra_cache = memo.new(512)
local PRODUCT = "^%a[%w!#$%%&'*+.^_`|~-]*/[%w!#$%%&'*+.^_`|~-]+$"

local function ua_extra(v)
    local hit = ua_extra_cache:get(v)
    if hit then
        return hit
    end
    local words, depth, products = {}, 0, 0
    for word in gmatch(v, "%S+") do
        if depth > 0 or byte(word, 1) == OPEN_PAREN then
            local _, opened = gsub(word, "%(", "")
            local _, closed = gsub(word, "%)", "")
            depth = depth + opened - closed
            if depth < 0 then
                depth = 0
            end
        elseif find(word, PRODUCT) then
            products = products + 1
        else
            words[#words + 1] = word
        end
    end
    local rest = products > 0 and concat(words, " ") or ""
    ua_extra_cache:set(v, rest)
    return rest
end
_M.ua_extra = ua_extra

-- The charsets an Accept-Charset may name (with q-values): any other asks for a response a filter reads
-- differently than the client (UTF-7, EBCDIC); nginx joins a repeated header into a list.
local SAFE_CHARSETS = { ["utf-8"] = true, ["utf8"] = true, ["us-ascii"] = true, ["iso-8859-1"] = true, ["*"] = true }

local function odd_charset(v)
    if type(v) == "table" then
        v = concat(v, ",")
    end
    for item in gmatch(lower(v), "[^,]+") do
        local cs = match(item, "^%s*([^;%s]+)")
        if cs and not SAFE_CHARSETS[cs] then
            return true
        end
    end
    return false
end

-- A list or parameterised header ("en;q=0.9,<payload>", 'for=x;host="<payload>"') also item by item,
-- where the rules anchored at a value's start see a payload inside it. Only a value with a quote, bracket,
-- parenthesis, shell character or "//" is split (a browser's Accept-Language is not), at most MAX_ITEMS
-- items, and the items' rules are kept per value: a browser's repeated sec-ch-ua costs one lookup.
local MAX_ITEMS = 32
local items_cache = memo.new(512)

-- plain finds in straight-line code: a Lua pattern or a loop here would stop LuaJIT compiling the
-- header loop (4x its cost)
local function split_worthy(v)
    return (find(v, ",", 1, true) or find(v, ";", 1, true))
        and (find(v, '"', 1, true) or find(v, "'", 1, true) or find(v, "(", 1, true) or find(v, "//", 1, true)
            or find(v, "<", 1, true) or find(v, "$", 1, true) or find(v, "`", 1, true) or find(v, "|", 1, true)
            or find(v, "{", 1, true) or find(v, "\\", 1, true)) and true or false
end

local function add_rules(out, seen, list)
    for i = 1, #list do
        local r = list[i]
        if not seen[r] then
            seen[r] = true
            out[#out + 1] = r
        end
    end
end


local function header_items(v)
    local hit = items_cache:get(v)
    if hit then
        return hit
    end
    local out, seen, n = {}, {}, 0
    local doc = find(v, "^%s*[{[]") and cjson.decode(v)
    if type(doc) == "table" then
        -- a header holding a JSON document (an SDK's X-Client-User-Agent: {"lang":"go","uname":"linux amd64"}):
        -- its string values, not its keys (a key names a field, as a query's names are not read as its values)
        for _, x in ipairs(json_walk.plain_strings(doc, MAX_ITEMS, 9, false)) do
            add_rules(out, seen, scan_value(x, "header"))
        end
    else
        -- quoted strings whole (they may hold "," or ";"), then the rest's items without a parameter's name
        for quoted in gmatch(v, '"([^"]*)"') do
            if quoted ~= "" and n < MAX_ITEMS then
                n = n + 1
                add_rules(out, seen, scan_value(quoted, "header"))
            end
        end
        for item in gmatch(gsub(v, '"[^"]*"', ","), "[^,;]+") do
            item = match(gsub(item, "^%s*[%w_.-]+%s*=%s*", ""), "^%s*(.-)%s*$")
            if item ~= "" and n < MAX_ITEMS then
                n = n + 1
                add_rules(out, seen, scan_value(item, "header"))
            end
        end
    end
    hit = #out > 0 and out or EMPTY
    if not budget_spent() then
        items_cache:set(v, hit)
    end
    return hit
end

-- Every request header but the skipped ones (credentials: an oversized token is the next policy's 401),
-- one loop that does the protocol's size check too (a header longer than opts.max_header_length matches
-- 920380). Returns acc with the matched rules added.
local function scan_headers(acc, headers, opts)
    local limit = opts.max_value_length
    local skip = opts.skip_set or EMPTY
    local maxlen = opts.max_header_length
    local ua
    for name, v in pairs(headers or EMPTY) do
        if not skip[name] then
            if maxlen and type(v) == "string" and #v > maxlen then
                acc = merge(acc, HEADER_SIZE, "REQUEST_HEADERS", name)
            end
            if name == "user-agent" then
                ua = v
            elseif name == "cookie" then
                acc = merge_cookies(acc, v, limit, opts.max_args)
            else
                if name == "content-type" and type(v) == "string" and find(v, "oundary", 1, true) then
                    v = multipart.strip_boundary(v)
                elseif name == "accept-charset" and odd_charset(v) then
                    acc = merge(acc, CHARSET, "REQUEST_HEADERS", name)
                end
                if header_grammar.malformed(name, v) then
                    acc = merge(acc, HEADER_GRAMMAR, "REQUEST_HEADERS", name)
                end
                if FILENAME_HEADERS[name] and type(v) == "string" then
                    acc = merge(acc, filenames.findings(v), "REQUEST_HEADERS", name)
                end
                local link = LINK_HEADERS[name]
                acc = merge_value(acc, v, limit, link and "link" or "header", "REQUEST_HEADERS", name)
                if link and type(v) == "string" then
                    acc = merge_link_query(acc, v, limit, opts.max_args, name)
                end
                if not link and type(v) == "string" and split_worthy(v) then
                    acc = merge(acc, header_items(v), "REQUEST_HEADERS", name)
                end
            end
        end
    end
    if ua then
        ua = type(ua) == "table" and concat(ua, " ") or ua
        acc = merge_value(acc, ua, limit, "ua", "REQUEST_HEADERS", "user-agent")
        local extra = #ua <= limit and ua_extra(ua) or ""
        if extra ~= "" then
            acc = merge_value(acc, extra, limit, nil, "REQUEST_HEADERS", "user-agent")
        end
    end
    return acc
end
_M.scan = scan_headers

return _M
