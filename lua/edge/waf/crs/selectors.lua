-- Targets of the CRS rules: a selector names a collection and optionally a key or a key regex
-- ("ARGS:q", "REQUEST_COOKIES:/^sess/", "&ARGS"); this module compiles selectors, tests them
-- against (collection, lower-case key), and resolves them to the values of one request.
local regex = require "edge.waf.crs.regex"

local sub, lower, match = string.sub, string.lower, string.match
local tostring, pairs, rawget = tostring, pairs, rawget

local _M = {}

local EMPTY = {}

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
_M.compile = compile_selector
_M.parse_target = parse_target

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

-- whether one of the selectors in list (nil: none) reads (collection, lower-case key)
local function any_matches(list, col_name, lkey)
    if list then
        for i = 1, #list do
            if selector_matches(list[i], col_name, lkey) then
                return true
            end
        end
    end
    return false
end
_M.matches = selector_matches
_M.any_matches = any_matches

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
        for pass = 1, 2 do
            for k, v in pairs(pass == 1 and tx or st.tx_defaults) do
                if (pass == 1 or rawget(tx, k) == nil) and (not sel.re or regex.find(sel.re, k)) then
                    n = n + 1
                    names[n] = "TX:" .. k
                    vals[n] = tostring(v)
                    lkeys[n] = false
                end
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
    return any_matches(list, c, lower(k or ""))
end
_M.each_value = each_value
_M.target_removed = target_removed

return _M
