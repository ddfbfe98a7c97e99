-- Cluster-wide rate-limit state in Redis: one server-side script per decision reads, decides and
-- writes every key of a request atomically (no check-then-increment round trips to race, unlike
-- APISIX #12592 / Kong #5311), with Redis' own clock so every gateway node agrees on time.
-- If Redis is slow or down the decision falls back to the node-local store (fail-open to a local
-- limit, never to an outage), and Redis is retried after a short cooldown.
-- Keys carry the route as a hash tag ("edge:rl:{api}api|per_ip|1.2.3.4"): in a Redis Cluster every
-- key of a request lives in one slot, so one script call still decides them all.
local redis_client = require "edge.limit.redis_client"
local redis_cluster = require "edge.limit.redis_cluster"
local metrics = require "edge.lib.metrics"
local report = require "edge.limit.report"
local gcra = require "edge.limit.gcra"
local memo = require "edge.lib.memo"

local ngx_now = ngx.now
local floor = math.floor
local format = string.format
local byte = string.byte
local standing = gcra.standing

local _M = {}
local mt = { __index = _M }

-- KEYS: the request's limit keys; ARGV: interval_us, tau_us, cost per key, where cost is 1 (exact),
-- N > 1 (borrow a batch: up to N tokens, at least 1, as many as the bucket holds) or 0 (paid from a
-- batch this node holds: only reported). Decides like gcra.evaluate (its oracle in
-- lua/spec/edge/limit/store_redis_spec.lua), in integer microseconds, and returns the decision:
-- {allowed 0/1, rejected_by (0: none), delay_us, retry_after_us, then remaining, reset_us, granted per key}.
_M.SCRIPT = [[
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local n = #KEYS
local base, rejected_by, delay, retry_after = {}, 0, 0, 0
for i = 1, n do
  local tat = tonumber(redis.call('GET', KEYS[i])) or now
  if tat < now then tat = now end
  base[i] = tat
  local wait, tau = tat - now, tonumber(ARGV[3 * i - 1])
  if ARGV[3 * i] == '0' then
  elseif wait > tau then
    if rejected_by == 0 then rejected_by, retry_after = i, wait - tau end
  elseif wait > delay then
    delay = wait
  end
end
local out = {rejected_by == 0 and '1' or '0', tostring(rejected_by), '0', string.format('%.0f', retry_after)}
for i = 1, n do
  local interval, tau, cost = tonumber(ARGV[3 * i - 2]), tonumber(ARGV[3 * i - 1]), tonumber(ARGV[3 * i])
  local tat, granted = base[i], 0
  if rejected_by == 0 and cost > 0 then
    granted = math.min(cost, math.floor((tau - (tat - now)) / interval) + 1)
    tat = tat + granted * interval
    redis.call('SET', KEYS[i], string.format('%.0f', tat), 'PX', math.max(1, math.ceil((tat - now) / 1000)))
  end
  local remaining = 0
  if i ~= rejected_by then remaining = math.max(0, math.floor((tau - (tat - now)) / interval) + 1) end
  out[2 + 3 * i] = tostring(remaining)
  out[3 + 3 * i] = string.format('%.0f', tat - now)
  out[4 + 3 * i] = tostring(granted)
end
if rejected_by == 0 then out[3] = string.format('%.0f', delay) end
return out
]]

local function hex(bin)
    return (bin:gsub(".", function(c) return format("%02x", byte(c)) end))
end

-- opts: edge.limit.redis_client.options' table (edge.json's limits.redis with the passwords); fallback: a local store; batches: an edge.limit.batch, where limits with batch > 1 keep the
-- tokens they borrowed.
function _M.new(opts, fallback, batches)
    local timeout = opts.timeout_ms
    local prefix = opts.prefix
    return setmetatable({
        name = "redis",
        client = redis_client.new(opts),
        fallback = fallback,
        batches = batches,
        cooldown = opts.cooldown_s,
        wait = timeout / 1000,   -- s a request waits for a batch another worker is borrowing
        -- lock key (the route) -> its keys' tagged prefix and their slot, made once per route
        tagged = setmetatable({}, { __index = function(t, route)
            local v = { prefix = prefix .. "{" .. route .. "}", slot = redis_cluster.slot_of("{" .. route .. "}") }
            t[route] = v
            return v
        end }),
        down_until = 0,
        sha = hex(ngx.sha1_bin(_M.SCRIPT)),
    }, mt)
end

local function to_us(seconds)
    return floor(seconds * 1e6 + 0.5)
end

local function run_script(self, route, keys, limits, costs)
    local tagged = self.tagged[route]
    local prefix = tagged.prefix
    local args = { "EVALSHA", self.sha, #keys }
    for i = 1, #keys do
        args[#args + 1] = prefix .. keys[i]
    end
    for i = 1, #limits do
        args[#args + 1] = to_us(limits[i].interval)
        args[#args + 1] = to_us(limits[i].tau)
        args[#args + 1] = costs[i]
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

-- The script's reply as the decision table of gcra.evaluate (which ratelimit reads), plus
-- granted[i]: the tokens the key's bucket lent (0 when nothing was charged).
function _M.decision_of(reply, n)
    local rejected_by = tonumber(reply[2])
    local remaining, reset, granted = {}, {}, {}
    for i = 1, n do
        remaining[i] = tonumber(reply[2 + 3 * i])
        reset[i] = tonumber(reply[3 + 3 * i]) / 1e6
        granted[i] = tonumber(reply[4 + 3 * i])
    end
    return {
        allowed = reply[1] == "1",
        rejected_by = rejected_by > 0 and rejected_by or nil,
        delay = tonumber(reply[3]) / 1e6,
        retry_after = tonumber(reply[4]) / 1e6,
        remaining = remaining,
        reset = reset,
        granted = granted,
    }
end

-- A request one of whose batched keys the shared bucket refused a moment ago, until a time still to
-- come: refused here, without a round trip, when this node knows every key's state (for the headers).
local function refused_here(batches, keys, limits, now)
    local refused, refused_to
    for i = 1, #keys do
        if limits[i].batch > 1 then
            local u = batches:refused_until(keys[i])
            -- tokens it still holds go first, as in spend
            if u and u > now and (batches:held(keys[i]) or 0) <= 0 then
                refused, refused_to = i, u
                break
            end
        end
    end
    if not refused then
        return nil
    end
    local remaining, reset = {}, {}
    for i = 1, #keys do
        local tat = limits[i].batch > 1 and batches:estimate(keys[i])
        if not tat then
            return nil
        end
        remaining[i], reset[i] = standing(limits[i], tat, now)
    end
    remaining[refused] = 0
    return { allowed = false, rejected_by = refused, delay = 0, retry_after = refused_to - now,
             remaining = remaining, reset = reset, batched = true }
end

-- Each quarter of a batch spent since it was borrowed: borrow back what was spent, in the background (a
-- timer), so that the node's workers seldom find the batch empty (then all but one wait while that one
-- borrows). Early and repeated, not once at half: a round trip longer than spending a quarter is common
-- on a busy host. Each half instead when half a batch still outlasts a round trip at a node's top rate
-- (RUNWAY tokens: 4 ms at 30k r/s on this VM): a top-up costs the proxy and Redis about as much as a
-- hundred locally decided requests, so fewer, larger ones (docs/performance.md); and under 8 tokens. A top-up asks for what the batch lacks when
-- it starts, up to what a borrow keeps (batch - 1), so the node's bound is a borrow's; one top-up or
-- borrow at a time (the claim). When a quarter or more was spent during its round trip, it asks again
-- at once: waiting for the count to reach the next mark left the batch to run dry at high rates.
-- size -> { [tokens left] = true } at each mark
local RUNWAY = 128
local top_up_marks = memo.cached(function(size)
    local step = (size < 8 or size / 2 >= RUNWAY) and floor(size / 2) or floor(size / 4)
    local marks = {}
    if step > 0 then
        for left = size - 1 - step, 1, -step do
            marks[left] = true
        end
    end
    marks.first = size - 1 - step   -- at or under it, a quarter (a half) was spent
    return marks
end)

-- One background top-up of key's batch (the claim holder): true when Redis granted what it asked.
local function top_up_once(self, route, key, limit)
    local held = self.batches:held(key) or 0
    local tokens = limit.batch - 1 - (held > 0 and held or 0)
    if tokens <= 0 then
        return false
    end
    local clock = ngx_now()
    report.batch_event(route, "top_up")
    local reply = run_script(self, route, { key }, { limit }, { tokens })
    local decision = reply and _M.decision_of(reply, 1)
    if not (decision and decision.allowed) then
        return false
    end
    local granted = decision.granted[1]
    self.batches:add(key, granted, clock + decision.reset[1], limit.tau + limit.interval)
    return granted == tokens
end

local function top_up(premature, self, route, key, limit)
    local batches = self.batches
    if premature or ngx_now() < self.down_until or not batches:claim(key) then
        return
    end
    local first = top_up_marks(limit.batch).first
    while top_up_once(self, route, key, limit) and (batches:held(key) or 0) <= first do
    end
    batches:release(key)
end

-- Top up key's batch in a timer when `left` (the count a take left) is at one of its marks, unless a
-- worker is already borrowing it.
local function maybe_top_up(self, lock_key, key, limit, left)
    if not top_up_marks(limit.batch)[left] or self.batches:borrowing(key) then
        return
    end
    local ok, err = ngx.timer.at(0, top_up, self, lock_key, key, limit)
    if not ok then
        ngx.log(ngx.WARN, "ratelimit: cannot top up a batch: ", err)
    end
end

-- Another worker of the node is borrowing a batch of `key`: wait for it (1 ms polls, at most `wait`
-- seconds, about one round trip) rather than ask Redis too. Each request of the node would otherwise
-- run its own script while the batch is in flight. Returns take's answer, or nil.
local function wait_for_batch(batches, key, life, wait)
    local sleep = ngx.sleep
    for _ = 1, wait * 1000 do
        sleep(0.001)
        local tat, left = batches:take(key, life)
        if tat or not batches:borrowing(key) then
            return tat, left
        end
    end
    return nil
end

-- What each key pays in Redis (the script's cost), spending a token this node holds where it can.
-- Returns costs, spent (index -> the shared state the token's batch saw, or nil), whether every key
-- was paid locally. A take that leaves a batch at one of its marks tops it up (maybe_top_up).
local function plan(self, lock_key, keys, limits, wait)
    local batches = self.batches
    local costs, spent, all_local = {}, nil, true
    for i = 1, #keys do
        local limit = limits[i]
        local size = limit.batch
        local tat, left
        if size > 1 then
            local key, life = keys[i], limit.tau + limit.interval
            tat, left = batches:take(key, life)
            if not tat and wait and batches:borrowing(key) then
                report.batch_event(lock_key, "wait")
                tat, left = wait_for_batch(batches, key, life, wait)
            end
        end
        if tat then
            costs[i] = 0
            spent = spent or {}
            spent[i] = tat
            maybe_top_up(self, lock_key, keys[i], limit, left)   -- one worker sees each value of the count
        else
            -- borrow a batch unless another worker of this node is borrowing one: then exactly one
            costs[i] = (size > 1 and batches:claim(keys[i])) and size or 1
            if costs[i] > 1 then
                report.batch_event(lock_key, "borrow")
            end
            all_local = false
        end
    end
    return costs, spent, all_local
end

-- Every key paid from a batch: the decision as this node last saw the shared buckets.
local function local_decision(keys, limits, spent, now)
    local remaining, reset = {}, {}
    for i = 1, #keys do
        remaining[i], reset[i] = standing(limits[i], spent[i], now)
    end
    return { allowed = true, delay = 0, retry_after = 0, remaining = remaining, reset = reset, batched = true }
end

-- After the script: keep what a borrow lent beyond this request's token, release the claims, and
-- give back the tokens spent for a request that was rejected after all.
local function settle(batches, keys, limits, costs, spent, decision, clock)
    for i = 1, #keys do
        local key = keys[i]
        if costs[i] > 1 then
            if decision and decision.allowed then
                local limit = limits[i]
                batches:fill(key, decision.granted[i] - 1, clock + decision.reset[i], limit.tau + limit.interval)
            end
            batches:release(key)
        elseif spent and spent[i] and not (decision and decision.allowed) then
            batches:give_back(key)
        end
    end
    local refused = decision and decision.rejected_by
    if refused and limits[refused].batch > 1 then
        local retry_after = decision.retry_after
        batches:refuse(keys[refused], clock + retry_after, clock + decision.reset[refused], retry_after)
    end
end

-- A request with one batched limit, decided from this node's batch or refusal when it can, as
-- straight-line code: no per-request tables and no loops, which abort the trace (docs/performance.md).
-- Returns allowed, remaining, reset, retry_after; nil when the request needs evaluate (a borrow, a
-- wait for another worker's borrow, the fallback). Same decisions as evaluate's for one key.
function _M:spend(lock_key, key, limit)
    local clock = ngx_now()
    local batches = self.batches
    -- a token the node holds was charged to the bucket when borrowed: spent before any refusal is read
    local tat, left = batches:take(key, limit.tau + limit.interval)
    if tat then
        maybe_top_up(self, lock_key, key, limit, left)   -- one worker sees each value of the atomic count
        local remaining, reset = standing(limit, tat, clock)
        return true, remaining, reset, 0
    end
    local refused_to = batches:refused_until(key)
    if refused_to and refused_to > clock then
        tat = batches:estimate(key)
        if not tat then
            return nil
        end
        local _, reset = standing(limit, tat, clock)
        return false, 0, reset, refused_to - clock
    end
    return nil
end

-- Same contract as edge.limit.store_local:evaluate; the decision carries .fallback when Redis failed,
-- .batched when this node decided alone (every limit paid from tokens it borrowed earlier, or a
-- batched limit refused until a time still to come): no round trip.
function _M:evaluate(lock_key, keys, limits, now, can_yield)
    local clock = ngx_now()
    local batches = self.batches
    local refused = refused_here(batches, keys, limits, clock)
    if refused then
        return refused
    end
    local costs, spent, all_local = plan(self, lock_key, keys, limits, can_yield ~= false and self.wait)
    if all_local then
        return local_decision(keys, limits, spent, clock)
    end
    if clock >= self.down_until then
        local reply, err = run_script(self, lock_key, keys, limits, costs)
        if reply then
            local decision = _M.decision_of(reply, #keys)
            settle(batches, keys, limits, costs, spent, decision, clock)
            return decision
        end
        self.down_until = clock + self.cooldown
        ngx.log(ngx.WARN, "ratelimit: redis unavailable (", err, "); local limits for ", self.cooldown, "s")
    end
    settle(batches, keys, limits, costs, spent, nil, clock)
    metrics.inc("edge_limit_fallback_total", { { "route", lock_key } })
    local decision = self.fallback:evaluate(lock_key, keys, limits, now, can_yield)
    decision.fallback = true
    return decision
end

return _M
