-- Options shaped like the resolved edge.json the modules read (they keep no defaults of their own):
-- the schemas' defaults from lua/spec/fixtures/resolved.json (checked against gateway/policies/ by
-- tests/unit/test_resolved_edge_json.py), with a spec's own values over them.
local cjson = require "cjson"

local _M = {}

local fixture
local function defaults()
    if not fixture then
        local f = assert(io.open("lua/spec/fixtures/resolved.json", "rb"))
        fixture = cjson.decode(f:read("*a"))
        f:close()
    end
    return fixture
end

-- a deep copy of `base` with `over`'s keys (tables merged key by key) on top
local function merged(base, over)
    local out = {}
    for k, v in pairs(base) do
        out[k] = type(v) == "table" and merged(v, {}) or v
    end
    for k, v in pairs(over or {}) do
        if type(v) == "table" and type(out[k]) == "table" and #v == 0 and next(v) ~= nil then
            out[k] = merged(out[k], v)
        else
            out[k] = v
        end
    end
    return out
end

-- edge.json's limits.redis
function _M.limits_redis(over)
    return merged(defaults().limits.redis, over)
end

-- What edge.limit.redis_client hands each mode's new(): limits.redis with its timeouts spelt out.
function _M.redis_connection(over)
    return require("edge.limit.redis_client").connection(_M.limits_redis(over))
end

-- the jwt policy's revocation
function _M.jwt_revocation(over)
    return merged(defaults().jwt.revocation, over)
end

return _M
