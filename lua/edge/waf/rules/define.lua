-- A family's list of rules, built rule by rule (edge.waf.rules says what a rule holds).
local pairs = pairs

local _M = {}

-- Returns a fresh list and rule(id, category, score, pattern, desc, extra), which appends to it.
function _M.list()
    local out = {}
    local function rule(id, category, score, pattern, desc, extra)
        local r = { id = id, category = category, score = score, pattern = pattern, desc = desc, view = "n" }
        for k, v in pairs(extra or {}) do
            r[k] = v
        end
        out[#out + 1] = r
    end
    return out, rule
end

return _M
