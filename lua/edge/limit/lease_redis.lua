-- Cluster-wide concurrency slots: a slot is a lease in Redis, one sorted set per limit key
-- (member: lease id "<worker pid>-<random>-<seq>", score: expiry in Redis ms). One script purges the
-- expired leases, counts and admits atomically, all of a request's keys or none; the keys carry the
-- route as a hash tag ("edge:rl:{api}c|api|per_ip|1.2.3.4"), so one call decides them in a cluster.
-- Each worker renews the leases it holds in one batch per route every lease_ttl / 3 (one timer per
-- worker, not per request) and releases them in batches after the log phase (a timer: cosockets are
-- not available there). A node or worker that dies stops renewing: its leases expire within
-- lease_ttl of its last renewal. When Redis cannot answer, acquire() returns nil (counted, logged)
-- and the caller takes this node's local slot; Redis is tried again after limits.redis.cooldown_s.
local redis_client = require "edge.limit.redis_client"
local redis_cluster = require "edge.limit.redis_cluster"
local metrics = require "edge.lib.metrics"

local ngx_now = ngx.now
local format = string.format
local byte = string.byte
local gmatch = string.gmatch
local min = math.min

local _M = {}
local mt = { __index = _M }

-- KEYS: the request's limit keys; ARGV: lease id, ttl_ms, then max per key.
-- Returns {refused (0: admitted, else the first key at its max), in flight per key (after admission)}.
_M.ACQUIRE = [[
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[2])
local out = {0}
for i = 1, #KEYS do
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now)
  local held = redis.call('ZCARD', KEYS[i])
  out[i + 1] = held
  if out[1] == 0 and held >= tonumber(ARGV[2 + i]) then out[1] = i end
end
if out[1] == 0 then
  for i = 1, #KEYS do
    redis.call('ZADD', KEYS[i], now + ttl, ARGV[1])
    redis.call('PEXPIRE', KEYS[i], ttl)
    out[i + 1] = out[i + 1] + 1
  end
end
return out
]]

-- KEYS: limit keys; ARGV: ttl_ms (0: release), the number of lease ids per key, then the ids.
-- Renewal only extends leases still there (one purged after expiry may have been given away:
-- reviving it could over-admit); returns how many were gone.
_M.TOUCH = [[
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[1])
local at, lost = #KEYS + 2, 0
for i = 1, #KEYS do
  local stop = at + tonumber(ARGV[1 + i]) - 1
  for j = at, stop do
    if ttl == 0 then
      redis.call('ZREM', KEYS[i], ARGV[j])
    elseif redis.call('ZSCORE', KEYS[i], ARGV[j]) then
      redis.call('ZADD', KEYS[i], now + ttl, ARGV[j])
    else
      lost = lost + 1
    end
  end
  at = stop + 1
  if ttl > 0 and redis.call('EXISTS', KEYS[i]) == 1 then redis.call('PEXPIRE', KEYS[i], ttl) end
end
return lost
]]

local BATCH = 500   -- lease ids per TOUCH call (LuaJIT's unpack() takes a few thousand values at most)

local function hex(bin)
    return (bin:gsub(".", function(c) return format("%02x", byte(c)) end))
end

-- script name -> its SHA1 (hex), made on first use
local SHA = setmetatable({}, { __index = function(t, name)
    local sha = hex(ngx.sha1_bin(_M[name]))
    t[name] = sha
    return sha
end })

-- Per process (then per worker after the fork): every lease store, the leases this worker holds.
local stores = {}
local held = {}            -- lease id -> its store
local client               -- one Redis (or cluster) client for every lease store of the worker
local tick                 -- renewal period (s): the shortest lease_ttl / 3
local id_prefix, seq = nil, 0
local flushing = false     -- a release timer is scheduled

-- redis_conf: edge.limit.redis_client.options' table (edge.json's limits.redis with the passwords);
-- route: the hash tag; ttl_s: the policy's lease_ttl (gateway/policies/concurrency.py).
function _M.new(redis_conf, route, ttl_s)
    client = client or redis_client.new(redis_conf)
    tick = min(tick or ttl_s, ttl_s / 3)
    local self = setmetatable({
        client = client,
        route = route,
        ttl_ms = ttl_s * 1000,
        prefix = redis_conf.prefix .. "{" .. route .. "}",
        slot = redis_cluster.slot_of("{" .. route .. "}"),
        cooldown = redis_conf.cooldown_s,
        down_until = 0,
        leases = {},   -- id -> its Redis keys: held by this worker, renewed
        gone = {},     -- id -> its Redis keys: released, not yet removed from Redis
    }, mt)
    stores[#stores + 1] = self
    return self
end

-- EVALSHA, then EVAL on a Redis that does not know the script yet. args[2] holds the script's name.
local function eval(self, args)
    local name = args[2]
    args[2] = SHA[name]
    local reply, err, server_err = self.client:command_at(self.slot, unpack(args))
    if reply == nil and server_err and err:find("NOSCRIPT", 1, true) then
        args[1], args[2] = "EVAL", _M[name]
        reply, err = self.client:command_at(self.slot, unpack(args))
    end
    return reply, err
end

local function next_id()
    if not id_prefix then   -- in the worker: the pid tells the operator whose lease it is
        local f = io.open("/dev/urandom", "rb")
        local salt = f and f:read(4) or tostring(ngx_now())
        if f then
            f:close()
        end
        id_prefix = ngx.worker.pid() .. "-" .. hex(salt) .. "-"
    end
    seq = seq + 1
    return id_prefix .. seq
end

local function fall_back(self, err)
    if err then
        self.down_until = ngx_now() + self.cooldown
        ngx.log(ngx.WARN, "concurrency: redis unavailable (", err, "); local limits for ", self.cooldown, "s")
    end
    metrics.inc("edge_limit_fallback_total", { { "route", self.route } })
    return nil
end

local flush

local function schedule_flush()
    if not flushing then
        flushing = ngx.timer.at(0, flush) and true or false
    end
end

-- slots: the request's local slot keys ("c|route|limit|value"), limits: their limits (max), n.
-- Returns 0, in flight per key, lease id (admitted); the refusing index, in flight per key; or nil
-- when Redis could not answer (the caller limits locally).
function _M:acquire(slots, limits, n)
    if ngx_now() < self.down_until then
        return fall_back(self)
    end
    local id = next_id()
    local keys, args = {}, { "EVALSHA", "ACQUIRE", n }
    for i = 1, n do
        keys[i] = self.prefix .. slots[i]
        args[3 + i] = keys[i]
    end
    args[4 + n], args[5 + n] = id, self.ttl_ms
    for i = 1, n do
        args[5 + n + i] = limits[i].max
    end
    local reply, err = eval(self, args)
    if type(reply) ~= "table" then
        self.gone[id] = keys   -- the lease may be in Redis with its answer lost: remove it
        schedule_flush()
        return fall_back(self, err or "unexpected reply")
    end
    local counts = {}
    for i = 1, n do
        counts[i] = tonumber(reply[i + 1])
    end
    local refused = tonumber(reply[1])
    if refused == 0 then
        self.leases[id] = keys
        held[id] = self
    end
    return refused, counts, id
end

-- The leases of a request ("\n"-joined ids), from the log phase: removed from Redis soon after.
function _M.release(ids)
    for id in gmatch(ids, "[^\n]+") do
        local store = held[id]
        if store then
            held[id] = nil
            store.gone[id] = store.leases[id]
            store.leases[id] = nil
        end
    end
    schedule_flush()
end

-- The TOUCH arguments for one batch: its keys, ttl_ms, the id count per key, the ids.
local function touch_args(by_key, order, ttl_ms)
    local args = { "EVALSHA", "TOUCH", #order }
    for _, k in ipairs(order) do
        args[#args + 1] = k
    end
    args[#args + 1] = ttl_ms
    for _, k in ipairs(order) do
        args[#args + 1] = #by_key[k]
    end
    for _, k in ipairs(order) do
        for _, id in ipairs(by_key[k]) do
            args[#args + 1] = id
        end
    end
    return args
end

-- TOUCH calls for a set of leases (id -> keys), at most BATCH ids each. The batches are built
-- before the first call: requests add leases while a call waits, and a table must not grow under
-- pairs(). Returns how many leases were gone.
local function touch(self, leases, ttl_ms)
    local batches, by_key, order, ids = {}, {}, {}, 0
    for id, keys in pairs(leases) do
        for _, k in ipairs(keys) do
            local list = by_key[k]
            if not list then
                list = {}
                by_key[k], order[#order + 1] = list, k
            end
            list[#list + 1] = id
            ids = ids + 1
        end
        if ids >= BATCH then
            batches[#batches + 1] = touch_args(by_key, order, ttl_ms)
            by_key, order, ids = {}, {}, 0
        end
    end
    if ids > 0 then
        batches[#batches + 1] = touch_args(by_key, order, ttl_ms)
    end
    local lost = 0
    for _, args in ipairs(batches) do
        local reply, err = eval(self, args)
        if reply == nil then
            ngx.log(ngx.WARN, "concurrency: redis unavailable (", err, "); leases of ", self.route,
                " expire by their ttl")
        else
            lost = lost + (tonumber(reply) or 0)
        end
    end
    return lost
end

-- Releases pending in this worker; also runs when the worker exits (premature).
flush = function()
    flushing = false
    for _, self in ipairs(stores) do
        local gone = self.gone
        if next(gone) then
            self.gone = {}
            touch(self, gone, 0)
        end
    end
end

-- Renew every lease this worker holds: one batch per route.
function _M.renew()
    for _, self in ipairs(stores) do
        if next(self.leases) then
            local lost = touch(self, self.leases, self.ttl_ms)
            if lost > 0 then
                ngx.log(ngx.WARN, "concurrency: ", lost, " leases of ", self.route, " expired before renewal")
            end
        end
    end
end

local function renew_timer(premature)
    if premature then
        return
    end
    local ok, err = pcall(_M.renew)
    if not ok then
        ngx.log(ngx.ERR, "concurrency: lease renewal failed: ", err)
    end
end

local renewing = false

-- Every worker renews its own leases (called from each policy's init_worker: started once).
function _M.init_worker()
    if renewing or not tick then
        return
    end
    renewing = true
    ngx.timer.every(tick, renew_timer)
end

return _M
