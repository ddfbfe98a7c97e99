-- A minimal stand-in for the ngx API so pure-Lua modules run under busted with LuaJIT:
-- shared dicts with the same semantics for get/set/add/incr/delete/get_keys, and an injectable clock.
local M = {}

local Dict = {}
Dict.__index = Dict

function Dict.new()
    return setmetatable({ data = {} }, Dict)
end

function Dict:get(key)
    return self.data[key]
end

function Dict:set(key, value)
    self.data[key] = value
    return true
end

function Dict:add(key, value)
    if self.data[key] ~= nil then
        return false, "exists"
    end
    self.data[key] = value
    return true
end

function Dict:incr(key, value, init)
    local cur = self.data[key]
    if cur == nil then
        if init == nil then
            return nil, "not found"
        end
        cur = init
    end
    self.data[key] = cur + value
    return self.data[key]
end

function Dict:delete(key)
    self.data[key] = nil
end

function Dict:get_keys()
    local keys = {}
    for k in pairs(self.data) do
        keys[#keys + 1] = k
    end
    return keys
end

-- install({dicts = {"edge_metrics"}, now = 1000}) -> the fake ngx table (also set as _G.ngx)
function M.install(opts)
    opts = opts or {}
    local clock = { now = opts.now or 1000 }
    local shared = {}
    for _, name in ipairs(opts.dicts or {}) do
        shared[name] = Dict.new()
    end
    local fake = {
        shared = shared,
        clock = clock,
        now = function() return clock.now end,
        update_time = function() end,
        log = function() end,
        WARN = 5, ERR = 4, INFO = 7,
        var = {},
        ctx = {},
        header = {},
    }
    _G.ngx = fake
    return fake
end

return M
