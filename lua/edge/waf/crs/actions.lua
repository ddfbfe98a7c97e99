-- The actions of a matched CRS rule on the request's state: %{...} macro expansion, setvar on TX,
-- captures (TX:0-9) and ctl:ruleEngine / ruleRemoveById / ruleRemoveByTag / ruleRemoveTarget*.
local collections = require "edge.waf.crs.collections"
local selectors = require "edge.waf.crs.selectors"

local find, sub, lower, gsub = string.find, string.sub, string.lower, string.gsub
local tonumber, tostring, type, ipairs = tonumber, tostring, type, ipairs
local compile_selector = selectors.compile

local _M = {}

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

_M.expand = expand
_M.apply_setvars = apply_setvars
_M.set_captures = set_captures
_M.apply_ctl = apply_ctl

return _M
