-- The WAF's inspection core (no phase-specific ngx API, so tools can call it outside a request):
-- decodes (edge.waf.decode) the raw request line's path, query args, the headers (edge.waf.headers) and
-- the body (urlencoded, JSON, multipart, XML, other) and returns the rules of edge.waf.rules that match.
-- Scoring and the verdict are the policy's (edge.policies.waf).
local cjson = require "cjson.safe"
local chat_argument = require "edge.waf.chat_argument"
local csv = require "edge.waf.csv"
local decode = require "edge.waf.decode"
local filenames = require "edge.waf.filenames"
local findings = require "edge.waf.findings"
local include_settings = require "edge.waf.include_settings"
local json_walk = require "edge.waf.json_walk"
local multipart = require "edge.waf.multipart"
local memo = require "edge.lib.memo"
local scan = require "edge.waf.scan"
local header_pass = require "edge.waf.headers"
local budget = require "edge.waf.budget"

local ngx_log, WARN = ngx.log, ngx.WARN
local type, ipairs, pcall = type, ipairs, pcall
local sub, find, lower, gmatch, gsub, match = string.sub, string.find, string.lower, string.gmatch, string.gsub,
    string.match
local budget_spent = budget.spent
local scan_value, merge, merge_value, merge_windows, merge_long, merge_form, merge_setting =
    scan.scan_value, scan.merge, scan.merge_value, scan.merge_windows, scan.merge_long, scan.merge_form,
    scan.merge_setting
local EMPTY = scan.EMPTY

local _M = {}

local PROTOCOL, LIMIT = findings.PROTOCOL, findings.LIMIT
_M.PROTOCOL, _M.LIMIT = PROTOCOL, LIMIT
local BODY_CUT, PARTS_CUT = { LIMIT.body }, { LIMIT.multipart_parts }
local JSON_CUT = { depth = { LIMIT.json_depth }, elements = { LIMIT.json_elements } }
-- as merge() lists (shared, never modified)
local MULTIPART_BAD = { PROTOCOL.multipart }

-- Whole request URIs (path + query): an API client repeats the same few, and a hit skips the
-- query parsing as well as the per-value lookups. Long URIs are rarely repeated: not kept.
-- One cache per max_args value (routes may set their own): a URI's findings depend on it.
local uri_caches = {}
local MAX_CACHED_URI = 2048
local new_cache = memo.new

-- The rules compiled once, and one value scanned (cached): edge.waf.scan's, for the policy and tools.
_M.compile, _M.scan_value = scan.compile, scan_value
-- the header pass (edge.waf.headers), for the policy to run right after get_headers
local scan_headers = header_pass.scan
_M.scan_headers = scan_headers

-- A JSON text: its strings (keys and values) one by one; text that does not parse, as it is.
-- Places: col:key for every string when given (a multipart part, a form field), else named the way
-- ModSecurity's JSON processor does (ARGS:json.a.b, ARGS_NAMES for keys), worked out only for a string that
-- matched. seen_whole: the text was scanned whole already (a form field), so a walk the limits cut short
-- leaves nothing uninspected and is no finding.
-- A key path sent as an array of keys (lodash's set(obj, ["constructor", "prototype", "isAdmin"], v)) reaches the
-- prototype as "constructor.prototype" does: the two strings are read as that dotted path.
local function key_path(strings, i)
    return lower(strings[i]) == "constructor" and strings[i + 1] and lower(strings[i + 1]) == "prototype"
        and "constructor.prototype" or nil
end

local function merge_json(acc, text, limit, opts, col, key, seen_whole)
    local doc, err = cjson.decode(text)
    if doc == nil and err and find(err, "too many nested", 1, true) then
        -- nested past the decoder's 1,000 levels (a parser-exhaustion attack): far over max_json_depth, a
        -- finding as a shallower excess is; its text is still read as sent
        acc = merge_value(acc, text, limit, nil, col or "REQUEST_BODY", key)
        return merge(acc, JSON_CUT.depth)
    end
    if type(doc) ~= "table" then
        -- a document that is one string is a value, its escapes undone ("x\n.shell id"); any other, as sent
        if type(doc) == "string" and doc ~= text then
            acc = merge_value(acc, doc, limit, nil, col or "ARGS", key or "json")
        end
        return merge_value(acc, text, limit, nil, col or "REQUEST_BODY", key)
    end
    local max_elements, max_depth = opts.max_json_elements, opts.max_json_depth
    local strings, cut = json_walk.strings(doc, max_elements, max_depth)
    local cols, names   -- built on the first string that matched
    for i = 1, #strings do
        local s = strings[i]
        if col then
            acc = merge_value(acc, s, limit, nil, col, key)
        elseif s ~= "" then
            local long = #s > limit
            local list = not long and scan_value(key_path(strings, i) or s) or EMPTY
            -- a remote URL is also read with its key (edge.waf.include_settings), whose name the places give
            local url = include_settings.remote(s)
            if long or #list > 0 or url then
                if not cols then
                    cols, names = json_walk.places(doc, max_elements, max_depth)
                end
                if long then
                    acc = merge_windows(acc, s, limit, #s, nil, cols[i], names[i])
                else
                    acc = merge(acc, list, cols[i], names[i])
                end
                if url then
                    acc = merge_setting(acc, names[i], s, cols[i])
                end
            end
        end
    end
    if cut then
        if seen_whole then
            return acc
        end
        return merge(acc, JSON_CUT[cut])
    end
    -- a duplicate key's first value, which the decode dropped and a first-wins back end keeps
    local shadowed = json_walk.shadowed(text, strings, max_elements)
    for i = 1, shadowed and #shadowed or 0 do
        acc = merge_value(acc, shadowed[i], limit, nil, col or "ARGS", key or "json")
    end
    return acc
end

-- A form field read more closely than scan.merge_form reads every field (a form body's, in the same pass): a
-- bot command's text from its argument on (a slash command's text=lookup user <x>: edge.waf.chat_argument),
-- and a field holding a JSON document (a button click's or a modal's payload=) string by string, named as the
-- field, where the rules anchored at a value's start and end see each of them.
local function merge_form_field(acc, name, value, limit, opts)
    if name == "text" then
        local argument = chat_argument.argument(value)
        if argument then
            return merge_value(acc, argument, limit, nil, "ARGS", name)
        end
    elseif find(value, "^%s*[{[]") then
        return merge_json(acc, value, limit, opts, "ARGS", name, true)
    end
    return acc
end

-- an XML document's element text, CDATA sections and attribute values (double- or single-quoted)
local XML_PIECES = { ">([^<]+)<", "<!%[CDATA%[(.-)%]%]>", "%s[%w_:.-]+%s*=%s*\"([^\"]*)\"",
    "%s[%w_:.-]+%s*=%s*'([^']*)'" }

-- Media types whose content an application reads as text (an absent type is text/plain, RFC 7578).
local TEXT_TYPES = { "text/", "json", "xml", "javascript", "ecmascript", "x-www-form-urlencoded", "x-sh",
    "x-php", "x-httpd-php", "x-python", "x-perl", "x-ruby", "yaml", "csv", "sql", "html", "svg" }

local function text_like(ctype, value)
    if ctype == nil or ctype == "" then
        return true
    end
    for i = 1, #TEXT_TYPES do
        if find(ctype, TEXT_TYPES[i], 1, true) then
            return true
        end
    end
    -- a declared binary type is the client's claim: content without NUL bytes in its first KiB is text
    -- to whoever reads it (a script disguised as an image)
    return not find(sub(value, 1, 1024), "%z")
end

local function part_value(part)
    local v, cte = part.value, part.cte
    if cte and v ~= "" then
        if find(cte, "base64", 1, true) then
            v = decode.base64_decode(v)
        elseif find(cte, "quoted-printable", 1, true) then
            v = decode.qp_decode(v)
        end
    end
    return v
end

-- Whether an uploaded file is of a kind ("svg", "csv") by its media type or its file name's extension
local function file_is(ctype, filename, kind)
    return (ctype ~= nil and find(ctype, kind, 1, true) ~= nil)
        or (filename ~= nil and find(lower(filename), "%." .. kind .. "$") ~= nil)
end

-- An uploaded SVG (by its type or file name) with its own root element renamed, "<svg" -> "<svgroot": the svg
-- element is the document there, not markup injected into a value; its attributes and everything inside it
-- are still read (an onload, a script, a javascript: link)
local function svg_document(ctype, filename, v)
    if file_is(ctype, filename, "svg") then
        return (gsub(v, "<(/?%s*)[sS][vV][gG]([%s/>])", "<%1svgroot%2"))
    end
    return v
end

-- A CSV file cell by cell (a line "Ruby Chen,ruby.chen@example.com" is a name and an address, not the command
-- ruby and its arguments), at most max_cells of them; the rest, if any, read whole
local function merge_csv(acc, doc, limit, max_cells, name)
    local cells, rest = csv.cells(doc, max_cells)
    for i = 1, #cells do
        acc = merge_value(acc, cells[i], limit, nil, "FILES_TMP_CONTENT", name)
    end
    if rest then
        acc = merge_long(acc, sub(doc, rest), limit, #doc, "FILES_TMP_CONTENT", name)
    end
    return acc
end

local function merge_filename(acc, f, limit, name)
    if f and f ~= "" then
        acc = merge(merge_value(acc, f, limit, nil, "FILES", name), filenames.findings(f), "FILES", name)
    end
    return acc
end

-- multipart/form-data: every part's name, file name and (fields, text files) value, through the same
-- decoding and rules as form arguments; a body that does not parse is a protocol violation.
local function merge_multipart(acc, body, content_type, limit, opts, truncated)
    local boundary = multipart.multipart_boundary(content_type)
    local parts, why
    if boundary then
        local ok
        ok, parts, why = pcall(multipart.parse_multipart, body, boundary,
            opts.max_multipart_parts, truncated)
        if not ok then
            ngx_log(WARN, "waf: multipart parser error: ", parts)
            parts = nil
        end
    end
    if not parts then
        -- still scan the raw text: the upstream's parser may be laxer than ours
        return merge_value(merge(acc, why == "too many parts" and PARTS_CUT or MULTIPART_BAD), body, limit,
            nil, "REQUEST_BODY")
    end
    local budget = opts.max_body_inspect
    -- merge_value skips nil: absent pieces need no guard
    acc = merge_value(merge_value(acc, parts.preamble, limit, nil, "REQUEST_BODY"), parts.epilogue, limit,
        nil, "REQUEST_BODY")
    for i = 1, #parts do
        local part = parts[i]
        local name = part.name or ""
        acc = merge_value(acc, part.name, limit, nil, "ARGS_NAMES", name)
        acc = merge_value(acc, part.name_alt, limit, nil, "REQUEST_BODY")
        acc = merge_value(acc, part.raw_cd, limit, nil, "REQUEST_BODY")
        local fname, fext = part.filename, part.filename_ext
        if fname or fext then
            acc = merge_filename(merge_filename(acc, fname, limit, name), fext, limit, name)
            acc = merge_filename(acc, part.filename_alt, limit, name)
            local v = svg_document(part.ctype, fname, part_value(part))
            if v ~= "" and budget > 0 and text_like(part.ctype, v) then
                local ct = part.ctype
                if ct and #v <= budget and find(ct, "json", 1, true) then
                    -- a JSON file by its strings, as a JSON body: its quotes and operators are syntax
                    acc = merge_json(acc, v, limit, opts, "FILES_TMP_CONTENT", name)
                elseif #v <= budget and file_is(ct, fname, "csv") then
                    acc = merge_csv(acc, v, limit, opts.max_json_elements, name)
                else
                    acc = merge_long(acc, v, limit, budget, "FILES_TMP_CONTENT", name)
                end
                budget = budget - #v
            end
        else
            local v = part_value(part)
            local ct = part.ctype
            if ct and find(ct, "json", 1, true) then
                acc = merge_json(acc, v, limit, opts, "ARGS", name)
            else
                acc = merge_setting(merge_value(acc, v, limit, nil, "ARGS", name), name, v, "ARGS")
            end
        end
    end
    return acc
end

-- An XML body: the raw text (its DOCTYPE, entities, comments), then each element's text, CDATA section
-- and attribute value on its own (ModSecurity's XML:/*), where the rules anchored at a value's start see
-- a URL or a command. At most max_json_elements of them: the raw text is inspected whole regardless.
local function merge_xml(acc, body, limit, max_items)
    acc = merge_value(acc, body, limit, nil, "REQUEST_BODY")
    local n = 0
    for _, pattern in ipairs(XML_PIECES) do
        for v in gmatch(body, pattern) do
            if n >= max_items then
                return acc
            end
            if find(v, "%S") then
                n = n + 1
                acc = merge_value(acc, v, limit, nil, "XML", "/*")
            end
        end
    end
    return acc
end

-- A path segment that is more than a name (an encoded byte, a quote, a parenthesis, a space) is a value
-- passed in the path, as a REST API routes /api/users/{id} into a parameter
-- (/api/include/http%3A%2F%2Fhost%2Fx.txt, /api/users/1%20union): scanned on its own too, where the rules
-- anchored at a value's start and end can see it; so is each of its matrix parameters' values
-- (/api/users;filter=SELECT..., which Java servlets and Spring read).
local NOT_A_NAME = "[^%w._~-]"

local function merge_segments(acc, path, limit)
    for segment in gmatch(path, "[^/]+") do
        if find(segment, NOT_A_NAME) then
            acc = merge_value(acc, segment, limit, nil, "REQUEST_FILENAME")
            for value in gmatch(segment, ";[^;=]*=([^;]+)") do
                acc = merge_value(acc, value, limit, nil, "REQUEST_FILENAME")
            end
        end
    end
    return acc
end

local function scan_uri(uri, limit, max_args)
    local q = find(uri, "?", 1, true)
    local path = q and sub(uri, 1, q - 1) or uri
    local acc = merge_value(nil, path, limit, nil, "REQUEST_FILENAME")
    if find(path, "[^%w._~/-]") then
        acc = merge_segments(acc, path, limit)
    end
    if q then
        acc = merge_form(acc, sub(uri, q + 1), limit, max_args, "ARGS", "ARGS_NAMES")
    end
    return acc
end

-- The rest of the request: the URI (results cached per URI) and the body.
local function scan_rest(acc, uri, body, content_type, opts, truncated)
    local limit = opts.max_value_length
    local max_args = opts.max_args
    if #uri <= MAX_CACHED_URI and #uri <= limit then
        -- no value of it spans windows: its result holds for every route with this argument limit
        local cache = uri_caches[max_args]
        if not cache then
            cache = new_cache(1024)
            uri_caches[max_args] = cache
        end
        local hit = cache:get(uri)
        if not hit then
            hit = scan_uri(uri, limit, max_args) or EMPTY
            if not budget_spent() then
                cache:set(uri, hit)
            end
        end
        acc = merge(acc, hit)
    else
        acc = merge(acc, scan_uri(uri, limit, max_args) or EMPTY)
    end
    if truncated then
        acc = merge(acc, BODY_CUT)
    end
    if body and body ~= "" then
        local ct = lower(content_type or "")
        if find(ct, "^%s*multipart/") then
            acc = merge_multipart(acc, body, content_type, limit, opts, truncated)
        elseif find(ct, "application/x-www-form-urlencoded", 1, true) then
            acc = merge_form(acc, body, limit, max_args, "ARGS", "ARGS_NAMES", merge_form_field, opts)
            -- no "=", or a first name no form encoder writes ("<%", a base64 blob's "/"): the body is one
            -- value to the script that reads it
            local first = match(body, "^([^=&]*)=")
            if not first or find(first, "[^%w%.%[%]%%+_-]") then
                acc = merge_value(acc, body, limit, nil, "REQUEST_BODY")
            end
        elseif find(ct, "json", 1, true) then
            acc = merge_json(acc, body, limit, opts)
        elseif find(ct, "xml", 1, true) then
            acc = merge_xml(acc, body, limit, opts.max_json_elements)
        else
            acc = merge_value(acc, body, limit, nil, "REQUEST_BODY")
        end
    end
    return acc
end
_M.scan_rest = scan_rest

-- uri: raw request URI, headers: {lowercase name = value or list}, body: string|nil, content_type:
-- string|nil, truncated: the body was cut at the inspection limit; opts: the policy's. Returns the
-- array of matched rules (with where each matched: result[rule], see note), or nil when nothing matched.
function _M.inspect(uri, headers, body, content_type, opts, truncated)
    return scan_rest(scan_headers(nil, headers, opts), uri or "", body, content_type, opts, truncated)
end

return _M
