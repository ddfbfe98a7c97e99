-- Value-by-value checks of our own WAF rules through the real patterns (edge.waf.inspect's scan_value):
-- the family specs' three assertions, bound to a fresh inspection by new().
local inspect_setup = require "inspect_setup"

local _M = {}

-- check: busted's assert (a spec's own, not the global). Returns caught_by(rule_id, values),
-- clean(values) and ids(value) -> {[rule id] = true}.
function _M.new(check)
    local scan = inspect_setup().scan_value

    local function ids(value)
        local out = {}
        for _, r in ipairs(scan(value)) do
            out[r.id] = true
        end
        return out
    end

    local function caught_by(rule_id, values)
        for _, v in ipairs(values) do
            check.is_true(ids(v)[rule_id] or false, rule_id .. " misses: " .. v)
        end
    end

    local function clean(values)
        for _, v in ipairs(values) do
            local hit = {}
            for id in pairs(ids(v)) do hit[#hit + 1] = id end
            check.are.same({}, hit, "benign value matched: " .. v)
        end
    end

    return caught_by, clean, ids
end

return _M
