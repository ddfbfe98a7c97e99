-- A family's list of rules, built rule by rule (edge.waf.rules says what a rule holds).
local pairs, ipairs = pairs, ipairs

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

-- Each word with a word written inside it at every inner position: itself ("selselectect"), or with inserts given,
-- each of those but itself ("oorrder"): what a filter that strips the inner word once leaves as the outer one.
function _M.nested(words, inserts)
    local out = {}
    for _, w in ipairs(words) do
        for _, x in ipairs(inserts or { w }) do
            for i = 1, (x ~= w or not inserts) and #w - 1 or 0 do
                out[#out + 1] = w:sub(1, i) .. x .. w:sub(i + 1)
            end
        end
    end
    return out
end

return _M
