-- Runs the OWASP CRS rules gateway/waf/crs_compile.py emits (crs.json) over one request, the way
-- ModSecurity v3 does: phase 1 then phase 2, rules in file order, chains, setvar on TX, captures,
-- ctl:ruleRemove*, skipAfter markers, anomaly scoring and the 949 blocking evaluation.
--
-- Speed: every operator and transformation is compiled at init. A rule whose first link reads request
-- values (ARGS, headers, cookies, ...) is matched value by value in a first pass: per (collection, key)
-- the list of such rules is built once ("target class"), and the verdict of a class on one value is
-- memoised per worker, so a repeated header or argument costs one table lookup. The rules are then
-- walked in order with those hits, evaluating TX, counts and chain links directly.
-- Here: views, the first pass and the rule walk; compiling, targets and actions are modules of their own.
local operators = require "edge.waf.crs.operators"
local collections = require "edge.waf.crs.collections"
local compiler = require "edge.waf.crs.compiler"
local selectors = require "edge.waf.crs.selectors"
local actions = require "edge.waf.crs.actions"
local memo = require "edge.lib.memo"
local budget_spent = require("edge.waf.budget").spent

local tonumber, ipairs, pairs, max = tonumber, ipairs, pairs, math.max
local child_of = memo.child
local compile_rule = compiler.rule
local parse_target, any_matches = selectors.parse_target, selectors.any_matches
local each_value, target_removed = selectors.each_value, selectors.target_removed
local expand, apply_setvars, set_captures, apply_ctl = actions.expand, actions.apply_setvars, actions.set_captures,
    actions.apply_ctl

local _M = {}

local MAX_MEMO_VALUE = 4096   -- longer values are rarely repeated: not memoised
local EMPTY = {}
_M.parse_target = parse_target

-- new(ruleset) -> engine: ruleset is crs.json decoded.
function _M.new(ruleset)
    local eng = { tx = ruleset.tx, tx_meta = { __index = ruleset.tx }, phases = {}, markers = ruleset.markers, rules_by_id = {},
        paranoia_level = ruleset.paranoia_level,
        executing_paranoia_level = ruleset.executing_paranoia_level or ruleset.paranoia_level }
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

-- ---- views: one per route (and per exclusion set), with the route's exclusions applied ----------

-- view(exclusions, paranoia_level): exclusions = { {id=942100} | {ids={...}} | {tag="attack-sqli"} |
-- {id=..., target="ARGS:text"} | {tag=..., target=...} }; nil/empty = the full rule set. paranoia_level: the
-- route's (nil: the ruleset's); rules above it and above the executing level are not run, and the 949
-- evaluation reads it from TX:PARANOIA_LEVEL.
function _M.view(eng, exclusions, paranoia_level)
    local level = paranoia_level or eng.paranoia_level
    local runs_up_to = max(level, eng.executing_paranoia_level)
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
    local v = { engine = eng, phases = {}, extra = extra, classes = {}, paranoia_level = level, tx = eng.tx,
        tx_meta = eng.tx_meta }
    if level ~= eng.paranoia_level then
        v.tx = {}
        for k, val in pairs(eng.tx) do v.tx[k] = val end
        v.tx.paranoia_level = tostring(level)
        v.tx_meta = { __index = v.tx }
    end
    for p = 1, 2 do
        local list = {}
        for _, rule in ipairs(eng.phases[p]) do
            -- false keeps indexes for skipAfter markers
            list[#list + 1] = not removed[rule] and (rule.pl or 1) <= runs_up_to and rule or false
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
                -- read by its selectors, not excluded by the rule or by this view's extra exclusions
                if l.by_value and not any_matches(l.excl, col_name, lkey)
                    and not any_matches(view.extra[rule], col_name, lkey) and any_matches(l.vars, col_name, lkey) then
                    links[#links + 1] = l
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

-- value after the link's transformations. tcache, per request: tcache[value] = {chain key -> result},
-- and tcache[transformation id] = {input -> output}, so chains that differ only where a step changed
-- nothing (utf8toUnicode on ASCII, ...) share the steps after it.
-- per = tcache[value], looked up once by the caller for all the links it runs on the value.
local function transformed(l, value, per, tcache, upto)
    local fns = l.tfns
    local n = upto or #fns
    if n == 0 then
        return value
    end
    local key = l.tkeys[n]
    local hit = per[key]
    if hit then
        return hit
    end
    local ids, v = l.tids, value
    for i = 1, n do
        local outputs = child_of(tcache, ids[i])
        local out = outputs[v]
        if out == nil then
            out = fns[i](v)
            outputs[v] = out
        end
        v = out
    end
    per[key] = v
    return v
end

local function run_matcher(l, matcher, value, per, tcache)
    if l.multi then
        -- multiMatch: the operator runs on the value before and after each transformation
        local last
        for i = 0, #l.tfns do
            local v = transformed(l, value, per, tcache, i)
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
    local v = transformed(l, value, per, tcache)
    local ok, caps = matcher(v)
    if ok ~= l.neg then
        return true, caps, v
    end
    return false
end

-- ---- evaluating the rules over one request ----------------------------------------------------
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
            keep = not (any_matches(l.excl, c, lk) or any_matches(extra, c, lk))
            name = key == "" and c or c .. ":" .. key
        end
        if keep and not (st.rm_targets and target_removed(st, l.rule, name)) then
            local value = vals[i]
            local per = #l.tfns > 0 and child_of(st.tcache, value) or nil
            local ok, caps, tv = run_matcher(l, matcher, value, per, st.tcache)
            if ok then
                matches = matches or {}
                matches[#matches + 1] = { name = name, value = tv or value, caps = caps }
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
                        local tcache = st.tcache
                        local per = child_of(tcache, value)
                        for j = 1, #links do
                            local l = links[j]
                            local ok, caps, tv = run_matcher(l, l.matcher, value, per, tcache)
                            if ok then
                                found = found or {}
                                found[#found + 1] = { link = l, caps = caps, tv = tv }
                            end
                        end
                        found = found or EMPTY
                        -- a pass past its time budget skipped matches: its results are not the value's
                        if #value <= MAX_MEMO_VALUE and not budget_spent() then
                            class.memo:set(value, found)
                        end
                    end
                    for j = 1, #found do
                        local f = found[j]
                        hits = hits or {}
                        local rule = f.link.rule
                        local list = child_of(hits, rule)
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
    local tx = setmetatable({}, self.tx_meta)
    local st = { tx = tx, tx_defaults = self.tx, cols = collections.build(req), tcache = {}, scratch = { names = {}, vals = {}, lkeys = {} } }
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
        for pl = 1, self.paranoia_level do
            s = s + (tonumber(tx["anomaly_score_pl" .. pl]) or 0)
        end
        result.score = s
    end
    result.tx = tx
    return result
end

return _M
