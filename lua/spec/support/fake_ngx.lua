-- A minimal stand-in for the ngx API so pure-Lua modules run under busted with LuaJIT:
-- shared dicts with the same semantics for get/set/add/incr/expire/delete/get_keys (expiry judged by the
-- injectable clock), and that clock.
local M = {}

local Dict = {}
Dict.__index = Dict

-- clock: the installed clock; an exptime > 0 (seconds) expires a key when clock.now passes it.
function Dict.new(clock)
    return setmetatable({ data = {}, expires = {}, clock = clock }, Dict)
end

local function live(self, key)
    local at = self.expires[key]
    if at and self.clock and self.clock.now >= at then
        self.data[key], self.expires[key] = nil, nil
    end
    return self.data[key]
end

local function expire(self, key, exptime)
    self.expires[key] = (exptime and exptime > 0 and self.clock) and self.clock.now + exptime or nil
end

function Dict:get(key)
    return live(self, key)
end

function Dict:set(key, value, exptime)
    self.data[key] = value
    expire(self, key, exptime)
    return true
end

Dict.safe_set = Dict.set   -- never full here

function Dict:add(key, value, exptime)
    if live(self, key) ~= nil then
        return false, "exists"
    end
    self.data[key] = value
    expire(self, key, exptime)
    return true
end

function Dict:incr(key, value, init, init_ttl)
    local cur = live(self, key)
    if cur == nil then
        if init == nil then
            return nil, "not found"
        end
        cur = init
        expire(self, key, init_ttl)
    end
    self.data[key] = cur + value
    return self.data[key]
end

function Dict:expire(key, exptime)
    if live(self, key) == nil then
        return nil, "not found"
    end
    expire(self, key, exptime)
    return true
end

function Dict:delete(key)
    self.data[key], self.expires[key] = nil, nil
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
        shared[name] = Dict.new(clock)
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
