-- Cluster-wide rate-limit state in Redis: one server-side script per decision reads, decides and
-- writes every key of a request atomically (no check-then-increment round trips to race, unlike
-- APISIX #12592 / Kong #5311), with Redis' own clock so every gateway node agrees on time.
-- If Redis is slow or down the decision falls back to the node-local store (fail-open to a local
-- limit, never to an outage), and Redis is retried after a short cooldown.
-- Keys carry the route as a hash tag ("edge:rl:{api}api|per_ip|1.2.3.4"): in a Redis Cluster every
-- key of a request lives in one slot, so one script call still decides them all.
local redis = require "edge.limit.redis"
local redis_cluster = require "edge.limit.redis_cluster"
local redis_sentinel = require "edge.limit.redis_sentinel"
local metrics = require "edge.lib.metrics"

local ngx_now = ngx.now
local floor = math.floor
local format = string.format
local byte = string.byte

local _M = {}
local mt = { __index = _M }

local CLIENTS = { single = redis, cluster = redis_cluster, sentinel = redis_sentinel }   -- by limits.redis.mode

-- KEYS: the request's limit keys; ARGV: interval_us, tau_us per key. Decides like gcra.evaluate (its
-- oracle in lua/spec/edge/limit/redis_spec.lua), in integer microseconds, and returns the decision:
-- {allowed 0/1, rejected_by (0: none), delay_us, retry_after_us, then remaining, reset_us per key}.
_M.SCRIPT = [[
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local n = #KEYS
local base, rejected_by, delay, retry_after = {}, 0, 0, 0
for i = 1, n do
  local tat = tonumber(redis.call('GET', KEYS[i])) or now
  if tat < now then tat = now end
  base[i] = tat
  local wait, tau = tat - now, tonumber(ARGV[2 * i])
  if wait > tau then
    if rejected_by == 0 then rejected_by, retry_after = i, wait - tau end
  elseif wait > delay then
    delay = wait
  end
end
local out = {rejected_by == 0 and '1' or '0', tostring(rejected_by), '0', string.format('%.0f', retry_after)}
for i = 1, n do
  local interval, tau = tonumber(ARGV[2 * i - 1]), tonumber(ARGV[2 * i])
  local tat = base[i]
  if rejected_by == 0 then
    tat = tat + interval
    redis.call('SET', KEYS[i], string.format('%.0f', tat), 'PX', math.max(1, math.ceil((tat - now) / 1000)))
  end
  local remaining = 0
  if i ~= rejected_by then remaining = math.max(0, math.floor((tau - (tat - now)) / interval) + 1) end
  out[3 + 2 * i] = tostring(remaining)
  out[4 + 2 * i] = string.format('%.0f', tat - now)
end
if rejected_by == 0 then out[3] = string.format('%.0f', delay) end
return out
]]

local function hex(bin)
    return (bin:gsub(".", function(c) return format("%02x", byte(c)) end))
end

-- opts: edge.json's limits.redis (gateway/policies/limits.py: mode single|cluster|sentinel, host and
-- port, nodes or sentinels and master_name, timeouts, pool, cooldown_s, refresh_s, prefix) and the
-- passwords; fallback: a local store.
function _M.new(opts, fallback)
    local timeout = opts.timeout_ms
    local conn = {
        host = opts.host, port = opts.port, nodes = opts.nodes, password = opts.password,
        connect_timeout = timeout, send_timeout = timeout, read_timeout = timeout,
        pool_size = opts.pool_size, idle_ms = opts.idle_ms, refresh_s = opts.refresh_s,
        sentinels = opts.sentinels, master_name = opts.master_name, sentinel_password = opts.sentinel_password,
    }
    local prefix = opts.prefix
    return setmetatable({
        name = "redis",
        client = CLIENTS[opts.mode or "single"].new(conn),
        fallback = fallback,
        cooldown = opts.cooldown_s,
        -- lock key (the route) -> its keys' tagged prefix and their slot, made once per route
        tagged = setmetatable({}, { __index = function(t, route)
            local v = { prefix = prefix .. "{" .. route .. "}", slot = redis_cluster.slot_of("{" .. route .. "}") }
            t[route] = v
            return v
        end }),
        down_until = 0,
        sha = nil,
    }, mt)
end

local function to_us(seconds)
    return floor(seconds * 1e6 + 0.5)
end

local function run_script(self, route, keys, limits)
    local tagged = self.tagged[route]
    local prefix = tagged.prefix
    local args = { "EVALSHA", self.sha, #keys }
    for i = 1, #keys do
        args[#args + 1] = prefix .. keys[i]
    end
    for i = 1, #limits do
        args[#args + 1] = to_us(limits[i].interval)
        args[#args + 1] = to_us(limits[i].tau)
    end
    local client, slot = self.client, tagged.slot
    local reply, err, server_err = client:command_at(slot, unpack(args))
    if reply == nil and server_err and err:find("NOSCRIPT", 1, true) then
        args[1], args[2] = "EVAL", _M.SCRIPT   -- first use on this Redis (or after a restart)
        reply, err = client:command_at(slot, unpack(args))
    end
    if type(reply) ~= "table" then
        return nil, err or "unexpected reply"
    end
    return reply
end

-- The script's reply as the decision table of gcra.evaluate (which ratelimit reads).
function _M.decision_of(reply, n)
    local rejected_by = tonumber(reply[2])
    local remaining, reset = {}, {}
    for i = 1, n do
        remaining[i] = tonumber(reply[3 + 2 * i])
        reset[i] = tonumber(reply[4 + 2 * i]) / 1e6
    end
    return {
        allowed = reply[1] == "1",
        rejected_by = rejected_by > 0 and rejected_by or nil,
        delay = tonumber(reply[3]) / 1e6,
        retry_after = tonumber(reply[4]) / 1e6,
        remaining = remaining,
        reset = reset,
    }
end

-- Same contract as edge.limit.store_local:evaluate; the decision carries .fallback when Redis failed.
function _M:evaluate(lock_key, keys, limits, now, can_yield)
    local clock = ngx_now()
    if clock >= self.down_until then
        if not self.sha then
            self.sha = hex(ngx.sha1_bin(_M.SCRIPT))
        end
        local reply, err = run_script(self, lock_key, keys, limits)
        if reply then
            return _M.decision_of(reply, #keys)
        end
        self.down_until = clock + self.cooldown
        ngx.log(ngx.WARN, "ratelimit: redis unavailable (", err, "); local limits for ", self.cooldown, "s")
    end
    metrics.inc("edge_limit_fallback_total", { { "route", lock_key } })
    local decision = self.fallback:evaluate(lock_key, keys, limits, now, can_yield)
    decision.fallback = true
    return decision
end

return _M
