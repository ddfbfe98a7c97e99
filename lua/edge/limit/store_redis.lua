-- Cluster-wide rate-limit state in Redis: one server-side script per decision reads, decides and
-- writes every key of a request atomically (no check-then-increment round trips to race, unlike
-- APISIX #12592 / Kong #5311), with Redis' own clock so every gateway node agrees on time.
-- If Redis is slow or down the decision falls back to the node-local store (fail-open to a local
-- limit, never to an outage), and Redis is retried after a short cooldown.
-- Keys carry the route as a hash tag ("edge:rl:{api}api|per_ip|1.2.3.4"): in a Redis Cluster every
-- key of a request lives in one slot, so one script call still decides them all.
local gcra = require "edge.limit.gcra"
local redis = require "edge.limit.redis"
local redis_cluster = require "edge.limit.redis_cluster"
local metrics = require "edge.lib.metrics"

local ngx_now = ngx.now
local floor = math.floor
local format = string.format
local byte = string.byte

local _M = {}
local mt = { __index = _M }

-- KEYS: the request's limit keys; ARGV: interval_us, tau_us per key. Returns
-- {allowed 0/1, now_us, old tat_us per key ("" when idle)}. Times are integer microseconds.
_M.SCRIPT = [[
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local n = #KEYS
local old = {}
local ok = 1
for i = 1, n do
  local v = redis.call('GET', KEYS[i])
  old[i] = v or ''
  local tat = tonumber(v) or now
  if tat < now then tat = now end
  if tat - now > tonumber(ARGV[2 * i]) then ok = 0 end
end
if ok == 1 then
  for i = 1, n do
    local tat = tonumber(old[i]) or now
    if tat < now then tat = now end
    tat = tat + tonumber(ARGV[2 * i - 1])
    redis.call('SET', KEYS[i], string.format('%.0f', tat), 'PX', math.max(1, math.ceil((tat - now) / 1000)))
  end
end
local out = {tostring(ok), string.format('%.0f', now)}
for i = 1, n do out[i + 2] = old[i] end
return out
]]

local function hex(bin)
    return (bin:gsub(".", function(c) return format("%02x", byte(c)) end))
end

-- opts: mode (single|cluster), host, port (single), nodes (cluster: {"host:port", ...}), password,
-- timeout_ms, pool_size, idle_ms, cooldown_s, refresh_s, prefix; fallback: a local store.
function _M.new(opts, fallback)
    local timeout = opts.timeout_ms or 50
    local conn = {
        host = opts.host, port = opts.port, nodes = opts.nodes, password = opts.password,
        connect_timeout = timeout, send_timeout = timeout, read_timeout = timeout,
        pool_size = opts.pool_size, idle_ms = opts.idle_ms, refresh_s = opts.refresh_s,
    }
    local mode = opts.mode or "single"
    assert(mode == "single" or mode == "cluster", "limits.redis.mode: expected single or cluster")
    local prefix = opts.prefix or "edge:rl:"
    return setmetatable({
        name = "redis",
        client = mode == "cluster" and redis_cluster.new(conn) or redis.new(conn),
        fallback = fallback,
        cooldown = opts.cooldown_s or 2,
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

-- Same contract as edge.limit.store_local:evaluate; the decision carries .fallback when Redis failed.
function _M:evaluate(lock_key, keys, limits, now, can_yield)
    local clock = ngx_now()
    if clock >= self.down_until then
        if not self.sha then
            self.sha = hex(ngx.sha1_bin(_M.SCRIPT))
        end
        local reply, err = run_script(self, lock_key, keys, limits)
        if reply then
            local redis_now = tonumber(reply[2]) / 1e6
            local tats = {}
            for i = 1, #keys do
                local v = reply[i + 2]
                tats[i] = v ~= "" and tonumber(v) / 1e6 or nil
            end
            -- The script decided; evaluate the same inputs here only for delay and header values.
            local decision = gcra.evaluate(limits, tats, redis_now)
            if (reply[1] == "1") ~= decision.allowed then
                decision.allowed = reply[1] == "1"
                decision.rejected_by = not decision.allowed and (decision.rejected_by or 1) or nil
            end
            return decision
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
