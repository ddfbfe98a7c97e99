-- What the WAF specs read from an inspection's matches, and the limits edge.policies.waf passes with
-- gateway/policies/waf.py's defaults.
local _M = {}

_M.OPTS = { max_value_length = 16384, max_body_inspect = 262144, max_multipart_parts = 256,
    max_header_length = 8192, max_args = 512, max_json_depth = 32, max_json_elements = 1024 }

-- the matched rule ids, sorted
function _M.ids(matched)
    local out = {}
    for _, r in ipairs(matched or {}) do
        out[#out + 1] = r.id
    end
    table.sort(out)
    return out
end

function _M.has(matched, id)
    for _, r in ipairs(matched or {}) do
        if r.id == id then
            return true
        end
    end
    return false
end

function _M.score(matched)
    local s = 0
    for _, r in ipairs(matched or {}) do
        s = s + r.score
    end
    return s
end

return _M
