-- One value against our rules (edge.waf.rules), and the accumulation of a request's matches with
-- where each matched: the part of the WAF that knows nothing of a request's shape (edge.waf.inspect
-- walks the request and calls these for every value it finds).
local cjson = require "cjson.safe"
local decode = require "edge.waf.decode"
local hidden_text = require "edge.waf.hidden_text"
local command_params = require "edge.waf.command_params"
local command_views = require "edge.waf.command_views"
local findings = require "edge.waf.findings"
local include_settings = require "edge.waf.include_settings"
local json_walk = require "edge.waf.json_walk"
local memo = require "edge.lib.memo"
local rules = require "edge.waf.rules"
local budget = require "edge.waf.budget"
local pcre2 = require "edge.lib.pcre2"

local type, ipairs, tostring = type, ipairs, tostring
local sub, find = string.sub, string.find
local budget_spent, charge = budget.spent, budget.charge

local _M = {}

local PROTOCOL, LIMIT = findings.PROTOCOL, findings.LIMIT
local ARGS_CUT = { LIMIT.args }
local INCLUDE_URL = { findings.NAMED.include_url }
local COMMAND_PARAM = { findings.NAMED.command_param }

-- what RFC 9110 (5.5) forbids in a field value and nginx still passes on: C0 controls but tab, CR, LF; DEL
local HEADER_CTL_CHARS = "[\1-\8\11\12\14-\31\127]"
_M.HEADER_CTL_CHARS = HEADER_CTL_CHARS

-- Each rule is compiled once with PCRE2's JIT (edge.lib.pcre2; ngx.re took 100x longer on runs of line
-- breaks) and run against one match context: the match limit is nginx.regex_match_limit
-- (edge_config.regex_match_limit). Compiled by the first policy's new(), so a rule that does not
-- compile fails `nginx -t`; lazily, as the busted specs load this module without nginx.
local compiled
local match_data = pcre2.match_data(1)
local mcontext
local pcre2_match = pcre2.lib.pcre2_match_8
local NOMATCH = pcre2.NOMATCH

local function compile_rules(match_limit)
    mcontext = pcre2.context(match_limit)
    local list = {}
    for i, r in ipairs(rules) do
        local re, err = pcre2.compile(r.pattern)
        if not re then
            error("waf: rule " .. r.id .. " does not compile: " .. tostring(err))
        end
        list[i] = { rule = r, re = re, ua_only = r.targets == "ua", args_only = r.targets == "args",
            not_links = r.targets == "not_links" }
    end
    compiled = list
    return list
end

-- Compiles the rules once (the first policy's new()): a rule that does not compile fails `nginx -t`.
-- match_limit: PCRE2's match limit for every rule (nil: PCRE2's default).
function _M.compile(match_limit)
    if not compiled then
        compile_rules(match_limit)
    end
end

-- Per worker: repeated values (user agents, cookies, common args) are scored once; keyed by the
-- value itself, so no key is built on the hot path.
local new_cache = memo.new

local value_cache = new_cache(4096)
local ua_cache = new_cache(512)
local header_cache = new_cache(512)
local link_cache = new_cache(256)

local EMPTY = {}

-- A decoded JSON document's strings, keys and values, at most MAX_PIECES of them, MAX_DEPTH levels deep
local MAX_PIECES, MAX_DEPTH = 64, 8

local function json_strings(text)
    return json_walk.plain_strings(cjson.decode(text), MAX_PIECES, MAX_DEPTH, true)
end

-- Matched rules for one value: array of rule tables (cached by value, shared: never modified).
-- kind: nil for the path, arguments and bodies; "ua" for the User-Agent; "header" for other headers
-- (which the rules for arguments only, targets = "args", skip); "link" for Referer and Origin, which
-- the rules with targets = "not_links" skip as well: those headers are URLs by design.
local function scan_value(value, kind)
    local cache = kind == "ua" and ua_cache or kind == "header" and header_cache or kind == "link" and link_cache
        or value_cache
    local hit = cache:get(value)
    if hit or budget_spent() then
        return hit or EMPTY
    end
    local n = decode.normalize(value)
    local sql, path, cmd = decode.sql_view(n), decode.path_view(n), command_views.cmd(n)
    local ps, spliced = command_views.ps(n), command_views.spliced(n, cmd)
    local bytes = hidden_text.blob_view(value)
    local blob = bytes or ""
    local out
    if find(value, "%z") then
        out = { PROTOCOL.nul }
    elseif kind and find(value, HEADER_CTL_CHARS) then
        -- nginx passes these on; an upstream's HTTP parser refuses them with a 400 of its own
        out = { PROTOCOL.header_ctl }
    end
    local list = compiled or compile_rules()
    local limited = false
    for i = 1, #list do
        local c = list[i]
        if (kind == "ua" or not c.ua_only) and not (kind and c.args_only) and not (kind == "link" and c.not_links)
        then
            local view = c.rule.view
            view = view == "n" and n or view == "sql" and sql or view == "cmd" and cmd or view == "ps" and ps
                or view == "spliced" and spliced or view == "blob" and blob or path
            -- >= 0: matched; -1: PCRE2_ERROR_NOMATCH; below: an error, the match limit above all
            local rc = pcre2_match(c.re, view, #view, 0, 0, match_data, mcontext)
            if rc >= 0 then
                out = out or {}
                out[#out + 1] = c.rule
            elseif rc < NOMATCH and not limited then
                limited = true
                out = out or {}
                out[#out + 1] = LIMIT.regex
            end
            if charge(#view) then
                -- the request's time is up (edge.waf.budget): the policy refuses it; this is not the value's
                return out or EMPTY
            end
        end
    end
    if kind ~= "link" and include_settings.written_in(value) then
        out = out or {}
        out[#out + 1] = INCLUDE_URL[1]
    end
    out = out or EMPTY
    local text = hidden_text.encoded_text(value, bytes)
    if text then
        -- what the application reads once it decodes the value (an encoding inside one is decoded again), and
        -- a JSON document's strings one by one (a cursor or a state token: {"after": "../.env"})
        local pieces = find(text, "^%s*[{[]") and json_strings(text) or EMPTY
        for p = 0, #pieces do
            local inner = scan_value(p == 0 and text or pieces[p], kind)
            if #inner > 0 then
                out = out == EMPTY and {} or out
                for i = 1, #inner do
                    out[#out + 1] = inner[i]
                end
            end
        end
    end
    cache:set(value, out)
    return out
end
_M.scan_value = scan_value

-- Where each rule matched, for the route's exclusions (edge.waf.exclusions): acc[rule] = { n = count,
-- "ARGS:q", "REQUEST_HEADERS:referer", ... } (CRS's target names), anon = true once it matched somewhere
-- unnamed (limits, protocol) or in more places than MAX_PLACES (then no target exclusion drops it).
local MAX_PLACES = 32

local function note(acc, r, place)
    local w = acc[r]
    if not w then
        w = { n = 0 }
        acc[r] = w
    end
    if not place then
        w.anon = true
        return
    end
    local n = w.n
    for i = 1, n do
        if w[i] == place then
            return
        end
    end
    if n >= MAX_PLACES then
        w.anon = true
        return
    end
    w.n = n + 1
    w[n + 1] = place
end

-- acc (nil until the first match, so a clean request builds no table) plus the rules of list
-- that are not in it yet, each noted as found at col:key (col nil: unnamed). list is a value's
-- (shared) or an earlier acc (a cached URI's: its places are copied, never shared).
local function merge(acc, list, col, key)
    local n = #list
    if n == 0 then
        return acc
    end
    local place = col and key and (col .. ":" .. key) or col
    acc = acc or {}
    for i = 1, n do
        local r = list[i]
        local dup = false
        for j = 1, #acc do
            if acc[j] == r then
                dup = true
                break
            end
        end
        if not dup then
            acc[#acc + 1] = r
        end
        local from = list[r]
        if from then
            for k = 1, from.n do
                note(acc, r, from[k])
            end
            if from.anon then
                note(acc, r, nil)
            end
        else
            note(acc, r, place)
        end
    end
    return acc
end

-- A value longer than one inspection window (`limit`): scanned window by window, overlapping so that
-- a payload across a window edge is seen whole, up to budget bytes (a long value is never cut short
-- silently: the budget is the body's, whose own limit is a finding).
local WINDOW_OVERLAP = 1024

local function merge_windows(acc, v, limit, budget, kind, col, key)
    local n = #v
    if budget < n then
        n = budget
    end
    local step = limit > 2 * WINDOW_OVERLAP and limit - WINDOW_OVERLAP or limit
    local i = 1
    while i <= n do
        local j = i + limit - 1
        acc = merge(acc, scan_value(sub(v, i, j < n and j or n), kind), col, key)
        if j >= n then
            break
        end
        i = i + step
    end
    return acc
end

-- col, key: where v is (CRS's collection and key names: "ARGS", "q"), noted only on a match
local function merge_value(acc, v, limit, kind, col, key)
    if type(v) == "string" then
        if #v > limit then
            acc = merge_windows(acc, v, limit, #v, kind, col, key)
        elseif v ~= "" then
            acc = merge(acc, scan_value(v, kind), col, key)
        end
    elseif type(v) == "table" then  -- repeated header / arg
        for _, x in ipairs(v) do
            acc = merge_value(acc, x, limit, kind, col, key)
        end
    end
    return acc
end

local function merge_long(acc, v, limit, budget, col, key)
    if #v <= limit then
        return merge_value(acc, v, limit, nil, col, key)
    end
    return merge_windows(acc, v, limit, budget, nil, col, key)
end

-- An argument read with its name: a remote URL given as an include directory or root setting
-- (edge.waf.include_settings), a shell command given to a parameter named for one (edge.waf.command_params).
-- col: the value's collection.
local function merge_setting(acc, name, value, col)
    if include_settings.named(name, value) then
        return merge(acc, INCLUDE_URL, col, name)
    end
    if command_params.named(name, value) then
        return merge(acc, COMMAND_PARAM, col, name)
    end
    return acc
end

-- An argument string's values that hold a ";" also whole, as an application splitting at "&" alone reads
-- them ("q=;alias s=sh;s"): merge_form's pairs are split at ";" too. A pair cut by a ";" is read whole as
-- well, name and value, as ModSecurity names an argument ("O'Neil';--" with no "=" is one name; in
-- "onerror=alert;throw 1" the ";" cut the handler from its statement). key: where a match is logged
-- (default: the argument's name)
local function merge_semicolon_values(acc, text, limit, max_args, col, key)
    if not find(text, ";", 1, true) then
        return acc
    end
    local pairs_ = decode.parse_form(text, max_args, true)
    for _, pair in ipairs(pairs_) do
        local name, value = pair[1], pair[2]
        if find(value, ";", 1, true) then
            acc = merge_value(acc, value, limit, nil, col, key or name)
        end
        if find(name, ";", 1, true) or find(value, ";", 1, true) then
            acc = merge_value(acc, value == "" and name or name .. "=" .. value, limit, nil, col, key or name)
        end
    end
    return acc
end

-- A query, form body or cookie header argument by argument (cookies split at ";", their separator; arguments
-- also whole where a ";" is in them). col, names_col: the collections of the values and of the names (ARGS
-- and ARGS_NAMES, cookies'); field, opts: a caller's closer reading of each field (field(acc, name, value,
-- limit, opts) -> acc), in the same pass
local function merge_form(acc, text, limit, max_args, col, names_col, field, opts)
    if col ~= "REQUEST_COOKIES" then
        acc = merge_semicolon_values(acc, text, limit, max_args, col)
    end
    local pairs_, more = decode.parse_form(text, max_args)
    for _, pair in ipairs(pairs_) do
        local name = pair[1]
        acc = merge_value(acc, name, limit, nil, names_col, name)
        -- an argument's name that is no name (a quote, a parenthesis, a space between words) is text an "=" cut
        -- in two: read whole as well ("?' or a=a--", "#set($x=7*7)${x}"); a cookie's is a name whatever it holds
        if pair[2] ~= "" and col ~= "REQUEST_COOKIES" and (find(name, "['\"()]") or find(name, "%S%s+%S")) then
            acc = merge_value(acc, name .. "=" .. pair[2], limit, nil, names_col, name)
        end
        acc = merge_setting(merge_value(acc, pair[2], limit, nil, col, name), name, pair[2], col)
        if field then
            acc = field(acc, name, pair[2], limit, opts)
        end
    end
    return more and merge(acc, ARGS_CUT) or acc
end

_M.EMPTY = EMPTY   -- "no match" (shared, never modified)
_M.merge, _M.merge_value = merge, merge_value
_M.merge_windows, _M.merge_long, _M.merge_form = merge_windows, merge_long, merge_form
_M.merge_setting = merge_setting
_M.merge_semicolon_values = merge_semicolon_values   -- a link's query (edge.waf.headers)

return _M
