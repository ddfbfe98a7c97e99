-- Runs the OWASP CRS rules gateway/waf/crs_compile.py emits (crs.json) over one request, the way
-- ModSecurity v3 does: phase 1 then phase 2, rules in file order, chains, setvar on TX, captures,
-- ctl:ruleRemove*, skipAfter markers, anomaly scoring and the 949 blocking evaluation.
--
-- Speed: every operator and transformation is compiled at init. A rule whose first link reads request
-- values (ARGS, headers, cookies, ...) is matched value by value in a first pass: per (collection, key)
-- the list of such rules is built once ("target class"), and the verdict of a class on one value is
-- memoised per worker, so a repeated header or argument costs one table lookup. The rules are then
-- walked in order with those hits, evaluating TX, counts and chain links directly.
local operators = require "edge.waf.crs.operators"
local transforms = require "edge.waf.crs.transforms"
local collections = require "edge.waf.crs.collections"
local regex = require "edge.waf.crs.regex"
local memo = require "edge.lib.memo"

local find, sub, lower, gsub, match = string.find, string.sub, string.lower, string.gsub, string.match
local tonumber, tostring, type, pairs, ipairs, rawget = tonumber, tostring, type, pairs, ipairs, rawget
local concat = table.concat

local _M = {}

-- collections whose values the first pass matches (the rest: TX, MATCHED_*, counts, per rule)
local VALUE_COLLECTIONS = {
    ARGS = true, ARGS_NAMES = true, ARGS_GET = true, ARGS_GET_NAMES = true, ARGS_POST = true,
    ARGS_POST_NAMES = true, REQUEST_COOKIES = true, REQUEST_COOKIES_NAMES = true, REQUEST_HEADERS = true,
    REQUEST_HEADERS_NAMES = true, REQUEST_URI = true, REQUEST_URI_RAW = true, REQUEST_BASENAME = true,
    REQUEST_FILENAME = true, QUERY_STRING = true, REQUEST_BODY = true, REQUEST_LINE = true,
    REQUEST_METHOD = true, REQUEST_PROTOCOL = true, FILES = true, FILES_NAMES = true,
    MULTIPART_PART_HEADERS = true, REQBODY_PROCESSOR = true, REQBODY_ERROR = true,
    MULTIPART_STRICT_ERROR = true, MULTIPART_UNMATCHED_BOUNDARY = true, REMOTE_ADDR = true,
    ARGS_COMBINED_SIZE = true, FILES_COMBINED_SIZE = true,
}

local MAX_MEMO_VALUE = 4096   -- longer values are rarely repeated: not memoised
local EMPTY = {}

-- ---- compilation --------------------------------------------------------------------------------

local function compile_selector(sel)
    local out = { c = sel.c, k = sel.k and lower(sel.k) or nil, count = sel.count }
    if sel.re then
        out.re = assert(regex.compile(sel.re, true))
    end
    return out
end

-- a configured target ("ARGS:text", "REQUEST_COOKIES:/^sess/", "json.event.text" = ARGS:json.event.text)
local function parse_target(text)
    local c, k = match(text, "^([%u_]+):?(.*)$")
    if not c then
        c, k = "ARGS", text
    end
    local sel = { c = c }
    if k and k ~= "" then
        if sub(k, 1, 1) == "/" and sub(k, -1) == "/" and #k > 1 then
            sel.re = sub(k, 2, -2)
        else
            sel.k = k
        end
    end
    return compile_selector(sel)
end
_M.parse_target = parse_target

local function compile_transforms(names)
    local fns, keys = {}, {}
    for i, name in ipairs(names or EMPTY) do
        fns[i] = assert(transforms[name], "crs: unknown transformation " .. tostring(name))
        keys[i] = concat(names, ",", 1, i)
    end
    return fns, keys
end

local function compile_link(link, rule)
    local l = {
        rule = rule,
        vars = {},
        excl = {},
        op = link.op,
        arg = link.arg,
        neg = link.neg or false,
        capture = link.capture or false,
        multi = link.multi or false,
        dyn = link.dyn or false,
        setvar = link.setvar,
        ctl = link.ctl,
    }
    for i, sel in ipairs(link.vars or EMPTY) do
        l.vars[i] = compile_selector(sel)
    end
    for i, sel in ipairs(link.excl or EMPTY) do
        l.excl[i] = compile_selector(sel)
    end
    l.tfns, l.tkeys = compile_transforms(link.t)
    if not l.dyn then
        l.matcher = assert(operators.compile(link.op, link.arg))
    end
    -- the first pass handles it when every target is a request value and the operator is fixed
    local by_value = not l.dyn and #l.vars > 0
    for _, v in ipairs(l.vars) do
        if not VALUE_COLLECTIONS[v.c] or v.count then
            by_value = false
        end
    end
    l.by_value = by_value
    return l
end

local function compile_rule(r)
    local rule = { id = r.id, phase = r.phase, msg = r.msg, tags = r.tags or EMPTY, sev = r.sev,
        nolog = r.nolog or false, deny = r.deny or false, skip = r.skip, pl = r.pl }
    rule.tagset = {}
    for _, t in ipairs(rule.tags) do
        rule.tagset[t] = true
    end
    rule.links = {}
    for i, link in ipairs(r.links) do
        rule.links[i] = compile_link(link, rule)
    end
    return rule
end

-- new(ruleset) -> engine: ruleset is crs.json decoded.
function _M.new(ruleset)
    local eng = { tx = ruleset.tx, tx_meta = { __index = ruleset.tx }, phases = {}, markers = ruleset.markers, rules_by_id = {},
        paranoia_level = ruleset.paranoia_level }
    for p = 1, 2 do
        local list = {}
        for i, r in ipairs(ruleset.phases[p] or EMPTY) do
            list[i] = compile_rule(r)
            eng.rules_by_id[r.id] = list[i]
        end
        eng.phases[p] = list
    end
    return setmetatable(eng, { __index = _M })
end

local function selector_matches(sel, col_name, lkey)
    if sel.c ~= col_name then
        return false
    end
    if sel.k then
        return sel.k == lkey
    end
    if sel.re then
        return regex.find(sel.re, lkey)
    end
    return true
end

local function excluded(list, col_name, lkey)
    if list then
        for i = 1, #list do
            if selector_matches(list[i], col_name, lkey) then
                return true
            end
        end
    end
    return false
end

-- ---- views: one per route (and per exclusion set), with the route's exclusions applied ----------

-- view(exclusions): exclusions = { {id=942100} | {ids={...}} | {tag="attack-sqli"} | {id=..., target="ARGS:text"}
-- | {tag=..., target=...} }; nil/empty = the full rule set.
function _M.view(eng, exclusions)
    local removed, extra = {}, {}
    for _, ex in ipairs(exclusions or EMPTY) do
        local hit, ids = {}, {}
        for _, id in ipairs(ex.ids or { ex.id }) do
            ids[tonumber(id) or false] = true
        end
        for p = 1, 2 do
            for _, rule in ipairs(eng.phases[p]) do
                if ids[rule.id] or (ex.tag and rule.tagset[ex.tag]) then
                    hit[#hit + 1] = rule
                end
            end
        end
        for _, rule in ipairs(hit) do
            if ex.target then
                extra[rule] = extra[rule] or {}
                local list = extra[rule]
                list[#list + 1] = parse_target(ex.target)
            else
                removed[rule] = true
            end
        end
    end
    local v = { engine = eng, phases = {}, extra = extra, classes = {} }
    for p = 1, 2 do
        local list = {}
        for _, rule in ipairs(eng.phases[p]) do
            list[#list + 1] = not removed[rule] and rule or false   -- keep indexes for skipAfter markers
        end
        v.phases[p] = list
    end
    return setmetatable(v, { __index = _M.View })
end

local View = {}
_M.View = View

-- the first-pass links that read (collection, lower-case key) in this view, in rule order
local function build_class(view, col_name, lkey)
    local links = {}
    for p = 1, 2 do
        for _, rule in ipairs(view.phases[p]) do
            if rule then
                local l = rule.links[1]
                if l.by_value and not excluded(l.excl, col_name, lkey)
                    and not excluded(view.extra[rule], col_name, lkey) then
                    for _, sel in ipairs(l.vars) do
                        if selector_matches(sel, col_name, lkey) then
                            links[#links + 1] = l
                            break
                        end
                    end
                end
            end
        end
    end
    return { links = links, memo = memo.new(1024) }
end

local function class_of(view, col_name, lkey)
    local by_key = view.classes[col_name]
    if not by_key then
        by_key = memo.new(256)
        view.classes[col_name] = by_key
    end
    local class = by_key:get(lkey)
    if not class then
        class = build_class(view, col_name, lkey)
        by_key:set(lkey, class)
    end
    return class
end

-- ---- matching one value ---------------------------------------------------------------------------

-- value after the link's transformations; tcache: per request, value -> {chain key -> result}
local function transformed(l, value, tcache, upto)
    local fns = l.tfns
    local n = upto or #fns
    if n == 0 then
        return value
    end
    local per = tcache[value]
    if not per then
        per = {}
        tcache[value] = per
    end
    local keys = l.tkeys
    local hit = per[keys[n]]
    if hit then
        return hit
    end
    -- resume from the longest cached prefix
    local start, v = 0, value
    for i = n - 1, 1, -1 do
        local c = per[keys[i]]
        if c then
            start, v = i, c
            break
        end
    end
    for i = start + 1, n do
        v = fns[i](v)
        per[keys[i]] = v
    end
    return v
end

local function run_matcher(l, matcher, value, tcache)
    if l.multi then
        -- multiMatch: the operator runs on the value before and after each transformation
        local last
        for i = 0, #l.tfns do
            local v = transformed(l, value, tcache, i)
            if v ~= last then
                local ok, caps = matcher(v)
                if ok ~= l.neg then
                    return true, caps, v
                end
                last = v
            end
        end
        return false
    end
    local v = transformed(l, value, tcache)
    local ok, caps = matcher(v)
    if ok ~= l.neg then
        return true, caps, v
    end
    return false
end

-- ---- per-request state -------------------------------------------------------------------------

-- %{...} macros (per-request parts of setvar and operator arguments); the request being expanded is
-- module state so gsub takes one function made once, not a closure per call
local x_st, x_mvar

local function expand_one(name)
    local lname = lower(name)
    if lname == "matched_var" then
        return x_mvar and x_mvar.value or ""
    elseif lname == "matched_var_name" then
        return x_mvar and x_mvar.name or ""
    elseif sub(lname, 1, 3) == "tx." then
        return tostring(x_st.tx[sub(lname, 4)] or "")
    elseif lname == "remote_addr" then
        return (x_st.cols.REMOTE_ADDR or collections.NONE).vals[1] or ""
    elseif sub(lname, 1, 16) == "request_headers." then
        local col, key = x_st.cols.REQUEST_HEADERS or collections.NONE, sub(lname, 17)
        for i = 1, col.n do
            if col.lkeys[i] == key then
                return col.vals[i]
            end
        end
    end
    return ""
end

local function expand(text, st, mvar)
    if not find(text, "%{", 1, true) then
        return text
    end
    x_st, x_mvar = st, mvar
    local out = gsub(text, "%%{([^}]+)}", expand_one)
    x_st, x_mvar = nil, nil
    return out
end

local function apply_setvars(list, st, mvar)
    if not list then
        return
    end
    local tx = st.tx
    for i = 1, #list do
        local s = list[i]
        local name, value = s.n, s.v
        if s.dyn then
            name, value = lower(expand(name, st, mvar)), expand(value, st, mvar)
        end
        if s.op == "=" then
            tx[name] = value
        elseif s.op == "!" then
            tx[name] = nil
        else
            local cur = tonumber(tx[name]) or 0
            local d = tonumber(value) or 0
            tx[name] = tostring(s.op == "+" and cur + d or cur - d)
        end
    end
end

local CAPTURE_KEYS = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" }

local function set_captures(st, caps)
    local tx = st.tx
    for i = 1, 10 do
        tx[CAPTURE_KEYS[i]] = caps and caps[i] or nil
    end
end

-- The elements one selector picks, appended to out (names, values, lower-case keys; counts give one
-- numeric value); returns the new length.
local function each_value(sel, st, prev, out, n)
    local names, vals, lkeys = out.names, out.vals, out.lkeys
    local c = sel.c
    if c == "TX" then
        local tx = st.tx
        if sel.count then
            local cnt = 0
            if sel.k then
                cnt = tx[sel.k] ~= nil and 1 or 0
            else
                for k in pairs(tx) do
                    if not sel.re or regex.find(sel.re, k) then cnt = cnt + 1 end
                end
                for k in pairs(st.tx_defaults) do
                    if rawget(tx, k) == nil and (not sel.re or regex.find(sel.re, k)) then cnt = cnt + 1 end
                end
            end
            n = n + 1
            names[n] = "TX"
            vals[n] = tostring(cnt)
            lkeys[n] = false
            return n
        end
        if sel.k then
            local v = tx[sel.k]
            if v ~= nil then
                n = n + 1
                names[n] = "TX:" .. sel.k
                vals[n] = tostring(v)
                lkeys[n] = false
            end
            return n
        end
        -- the request's own names, then the defaults it did not shadow (tx reads through to them)
        for k, v in pairs(tx) do
            if not sel.re or regex.find(sel.re, k) then
                n = n + 1
                names[n] = "TX:" .. k
                vals[n] = tostring(v)
                lkeys[n] = false
            end
        end
        for k, v in pairs(st.tx_defaults) do
            if rawget(tx, k) == nil and (not sel.re or regex.find(sel.re, k)) then
                n = n + 1
                names[n] = "TX:" .. k
                vals[n] = tostring(v)
                lkeys[n] = false
            end
        end
        return n
    elseif c == "MATCHED_VAR" or c == "MATCHED_VARS" or c == "MATCHED_VAR_NAME" or c == "MATCHED_VARS_NAMES" then
        local list = prev or EMPTY
        local want_names = c == "MATCHED_VAR_NAME" or c == "MATCHED_VARS_NAMES"
        local from = (c == "MATCHED_VAR" or c == "MATCHED_VAR_NAME") and #list or 1
        for i = from, #list do
            local m = list[i]
            n = n + 1
            names[n] = c
            vals[n] = want_names and m.name or m.value
            lkeys[n] = false
        end
        return n
    end
    local col = st.cols[c]
    if not col or col.n == 0 then
        if sel.count then
            n = n + 1
            names[n] = c
            vals[n] = "0"
            lkeys[n] = false
        end
        return n
    end
    local all = not sel.k and not sel.re
    local col_lkeys = col.lkeys
    if sel.count then
        local cnt = 0
        if all then
            cnt = col.n
        elseif sel.k then
            -- &REQUEST_HEADERS:Host and the like: one pass per collection and request builds the counts
            local counts = col.counts
            if not counts or col.counted ~= col.n then
                counts = {}
                for i = 1, col.n do
                    local k = col_lkeys[i]
                    counts[k] = (counts[k] or 0) + 1
                end
                col.counts, col.counted = counts, col.n
            end
            cnt = counts[sel.k] or 0
        else
            for i = 1, col.n do
                if selector_matches(sel, c, col_lkeys[i]) then
                    cnt = cnt + 1
                end
            end
        end
        n = n + 1
        names[n] = "&" .. c
        vals[n] = tostring(cnt)
        lkeys[n] = false
        return n
    end
    -- the name ("ARGS:q") is only built for a match: here the collection and the index
    local col_vals = col.vals
    for i = 1, col.n do
        local lk = col_lkeys[i]
        if all or selector_matches(sel, c, lk) then
            n = n + 1
            names[n] = col
            vals[n] = col_vals[i]
            lkeys[n] = i
        end
    end
    return n
end

local function target_removed(st, rule, name)
    local list = st.rm_targets and st.rm_targets[rule]
    if not list then
        return false
    end
    local c, k = match(name, "^([^:]+):?(.*)$")
    return excluded(list, c, lower(k or ""))
end

-- Evaluate a link directly: the list of matches {name=, value=, caps=}, or nil.
local function eval_link(view, l, st, prev)
    local vars = l.vars
    if #vars == 0 then   -- SecAction
        return { { name = "", value = "" } }
    end
    local matcher = l.matcher
    if l.dyn then
        matcher = assert(operators.compile(l.op, expand(l.arg, st)))
    end
    local out = st.scratch
    local n = 0
    for i = 1, #vars do
        n = each_value(vars[i], st, prev, out, n)
    end
    local extra = view.extra[l.rule]
    local matches
    local names, vals, idx = out.names, out.vals, out.lkeys
    for i = 1, n do
        local name, at = names[i], idx[i]
        local keep = true
        if at then   -- a collection element: names[i] is the collection, idx[i] its index
            local col = name
            local c, lk, key = col.name, col.lkeys[at], col.keys[at]
            keep = not (excluded(l.excl, c, lk) or excluded(extra, c, lk))
            name = key == "" and c or c .. ":" .. key
        end
        if keep and not (st.rm_targets and target_removed(st, l.rule, name)) then
            local ok, caps, tv = run_matcher(l, matcher, vals[i], st.tcache)
            if ok then
                matches = matches or {}
                matches[#matches + 1] = { name = name, value = tv or vals[i], caps = caps }
            end
        end
    end
    return matches
end

-- First pass: every request value through its class's links; hits[rule] = list of matches.
local FIRST_PASS_ORDER = { "REQUEST_METHOD", "REQUEST_PROTOCOL", "REQUEST_LINE", "REQUEST_URI", "REQUEST_URI_RAW",
    "REQUEST_FILENAME", "REQUEST_BASENAME", "QUERY_STRING", "REQUEST_HEADERS", "REQUEST_HEADERS_NAMES",
    "REQUEST_COOKIES", "REQUEST_COOKIES_NAMES", "ARGS", "ARGS_NAMES", "ARGS_GET", "ARGS_GET_NAMES", "ARGS_POST",
    "ARGS_POST_NAMES", "FILES", "FILES_NAMES", "MULTIPART_PART_HEADERS", "REQUEST_BODY", "REQBODY_PROCESSOR",
    "REQBODY_ERROR", "MULTIPART_STRICT_ERROR", "REMOTE_ADDR", "ARGS_COMBINED_SIZE", "FILES_COMBINED_SIZE" }

local function first_pass(view, st)
    local hits
    local cols = st.cols
    for _, cname in ipairs(FIRST_PASS_ORDER) do
        local col = cols[cname]
        if col then
            for i = 1, col.n do
                local value, lkey = col.vals[i], col.lkeys[i]
                local class = class_of(view, cname, lkey)
                local links = class.links
                if #links > 0 then
                    local found = #value <= MAX_MEMO_VALUE and class.memo:get(value)
                    if not found then
                        for j = 1, #links do
                            local l = links[j]
                            local ok, caps, tv = run_matcher(l, l.matcher, value, st.tcache)
                            if ok then
                                found = found or {}
                                found[#found + 1] = { link = l, caps = caps, tv = tv }
                            end
                        end
                        found = found or EMPTY
                        if #value <= MAX_MEMO_VALUE then
                            class.memo:set(value, found)
                        end
                    end
                    for j = 1, #found do
                        local f = found[j]
                        hits = hits or {}
                        local rule = f.link.rule
                        local list = hits[rule]
                        if not list then
                            list = {}
                            hits[rule] = list
                        end
                        local key = col.keys[i]
                        list[#list + 1] = { name = key == "" and cname or cname .. ":" .. key, value = f.tv,
                            caps = f.caps }
                    end
                end
            end
        end
    end
    return hits
end

local function apply_ctl(view, st, ctl)
    local eng = view.engine
    if ctl["do"] == "ruleEngine" then
        if lower(ctl.value or "") == "off" then
            st.engine_off = true
        end
    elseif ctl["do"] == "ruleRemoveById" then
        st.removed = st.removed or {}
        for _, id in ipairs(ctl.ids) do
            if type(id) == "table" then
                for _, p in ipairs(eng.phases) do
                    for _, r in ipairs(p) do
                        if r.id >= id[1] and r.id <= id[2] then st.removed[r] = true end
                    end
                end
            elseif eng.rules_by_id[id] then
                st.removed[eng.rules_by_id[id]] = true
            end
        end
    elseif ctl["do"] == "ruleRemoveByTag" then
        st.removed = st.removed or {}
        for _, p in ipairs(eng.phases) do
            for _, r in ipairs(p) do
                if r.tagset[ctl.tag] then st.removed[r] = true end
            end
        end
    else
        st.rm_targets = st.rm_targets or {}
        local target = compile_selector(ctl.target)
        for _, p in ipairs(eng.phases) do
            for _, r in ipairs(p) do
                if (ctl.id and r.id == ctl.id) or (ctl.tag and r.tagset[ctl.tag]) then
                    local list = st.rm_targets[r] or {}
                    list[#list + 1] = target
                    st.rm_targets[r] = list
                end
            end
        end
    end
end

-- Run one rule; true when it matched as a whole (st.head_matches: its first link's matches).
local function run_rule(view, rule, st, hits)
    local links = rule.links
    local head = links[1]
    local matches
    if head.by_value then
        matches = hits and hits[rule]
        if matches and st.rm_targets and st.rm_targets[rule] then
            local kept
            for _, m in ipairs(matches) do
                if not target_removed(st, rule, m.name) then
                    kept = kept or {}
                    kept[#kept + 1] = m
                end
            end
            matches = kept
        end
    else
        matches = eval_link(view, head, st, nil)
    end
    if not matches then
        return false
    end
    st.head_matches = matches
    for li = 1, #links do
        local l = links[li]
        if li > 1 then
            matches = eval_link(view, l, st, matches)
            if not matches then
                return false
            end
        end
        -- setvar (and captures) run for every matched variable, as in ModSecurity v3
        for _, m in ipairs(matches) do
            if l.capture then
                set_captures(st, m.caps)
            end
            apply_setvars(l.setvar, st, m)
        end
        st.last_match = matches[#matches]
    end
    for li = 1, #links do
        local ctls = links[li].ctl
        if ctls then
            for _, c in ipairs(ctls) do
                apply_ctl(view, st, c)
            end
        end
    end
    return true
end

-- inspect(req) -> result { blocked = bool, score = n, rules = {ids}, matched = {rule}, targets = {{names}} }
function View:inspect(req)
    local eng = self.engine
    -- the request's TX reads through to the render-time values instead of copying ~40 of them
    local tx = setmetatable({}, eng.tx_meta)
    local st = { tx = tx, tx_defaults = eng.tx, cols = collections.build(req), tcache = {}, scratch = { names = {}, vals = {}, lkeys = {} } }
    local hits = first_pass(self, st)
    local result = { blocked = false, rules = {}, matched = {}, targets = {} }
    for p = 1, 2 do
        local list = self.phases[p]
        local markers = eng.markers[p]
        local i, n = 1, #list
        while i <= n do
            local rule = list[i]
            local next_i = i + 1
            if rule and not (st.removed and st.removed[rule]) and run_rule(self, rule, st, hits) then
                if st.engine_off then
                    return { blocked = false, rules = {}, matched = {}, score = 0, engine_off = true }
                end
                if not rule.nolog then
                    result.rules[#result.rules + 1] = rule.id
                    result.matched[#result.matched + 1] = rule
                    -- where it matched (the first link's variables), for logs and exclusion tuning
                    local names = {}
                    for _, m in ipairs(st.head_matches) do
                        names[#names + 1] = m.name
                    end
                    result.targets[#result.targets + 1] = names
                end
                if rule.deny then
                    result.blocked = true
                    break
                end
                if rule.skip then
                    next_i = (markers[rule.skip] or n) + 1
                end
            end
            i = next_i
        end
        if result.blocked then
            break
        end
    end
    result.score = tonumber(tx.anomaly_score) or 0
    if result.score == 0 then
        -- the 949 evaluation runs last in phase 2: before it (or blocked in phase 1), sum the levels
        local s = 0
        for pl = 1, eng.paranoia_level or 1 do
            s = s + (tonumber(tx["anomaly_score_pl" .. pl]) or 0)
        end
        result.score = s
    end
    result.tx = tx
    return result
end

return _M
