-- Redis Cluster on top of edge.limit.redis: which node serves a hash slot, per worker.
-- The slot map comes from CLUSTER SHARDS (CLUSTER SLOTS on servers without it), asked of any node
-- that answers; it is refreshed on a timer, after a MOVED redirection, and at once when a node fails
-- to answer: that request reads the map (asking other members first) and tries the slot's primary
-- again if the map names another one, so a promoted replica is found by the first request that needs
-- it, even in a worker that was idle during the failover. ASK redirections (a slot being migrated)
-- are followed once without touching the map. Each node has its own keepalive pool (edge.limit.redis
-- pools by host:port). Callers pass the slot: a request's keys share one hash tag, so its slot is
-- computed once per tag (slot_of), never per request.
local background = require "edge.limit.background_refresh"
local redis_nodes = require "edge.limit.redis_nodes"
local bit = require "bit"

local band, bxor, lshift, rshift = bit.band, bit.bxor, bit.lshift, bit.rshift
local byte = string.byte
local find = string.find
local sub = string.sub
local ngx_now = ngx.now

local _M = {}
local mt = { __index = _M }

local SLOTS = 16384

-- CRC16-CCITT (XMODEM), the hash of Redis Cluster key slots.
local CRC = {}
for i = 0, 255 do
    local crc = lshift(i, 8)
    for _ = 1, 8 do
        if band(crc, 0x8000) ~= 0 then
            crc = bxor(band(lshift(crc, 1), 0xffff), 0x1021)
        else
            crc = band(lshift(crc, 1), 0xffff)
        end
    end
    CRC[i] = crc
end

local function crc16(s)
    local crc = 0
    for i = 1, #s do
        crc = bxor(band(lshift(crc, 8), 0xffff), CRC[bxor(rshift(crc, 8), byte(s, i))])
    end
    return crc
end

-- The cluster slot of a key: only the part inside the first non-empty {...} is hashed.
function _M.slot_of(key)
    local open = find(key, "{", 1, true)
    if open then
        local close = find(key, "}", open + 1, true)
        if close and close > open + 1 then
            key = sub(key, open + 1, close - 1)
        end
    end
    return crc16(key) % SLOTS
end

-- opts (resolved: gateway/policies/limits.py): nodes ({"host:port", ...}: any members; the rest is
-- discovered), password, connect_timeout, send_timeout, read_timeout (ms), pool_size, idle_ms, refresh_s.
function _M.new(opts)
    local seeds = redis_nodes.addresses(opts.nodes, "nodes", "a cluster needs at least one node")
    return setmetatable({
        password = opts.password,
        seeds = seeds,
        known = seeds,          -- every node of the last map (replicas too): whom to ask next time
        members = redis_nodes.new(opts),
        slots = {},             -- slot -> "host:port" of its primary
        refresh_every = opts.refresh_s,
        next_refresh = 0,       -- the timer refresh is due (checked on use: no per-worker timer)
        last_refresh = -1,
        answered = nil,         -- the member that gave the last map (alive then)
        refreshing = false,
        started = 0,            -- refreshes begun / the newest one whose map is in use: an older
        applied = 0,            -- refresh finishing late never overwrites a newer map
    }, mt)
end

local function client_for(self, addr)
    return self.members:client(addr, self.password)
end

-- A flat RESP map (CLUSTER SHARDS' shard and node entries) -> Lua table.
local function as_map(list)
    local m = {}
    for i = 1, #list - 1, 2 do
        m[list[i]] = list[i + 1]
    end
    return m
end

-- CLUSTER SHARDS -> slots, nodes (or nil when the reply is not a map of shards).
local function from_shards(reply)
    local slots, nodes = {}, {}
    for _, shard in ipairs(reply) do
        local s = as_map(shard)
        local primary
        for _, node in ipairs(s.nodes or {}) do
            local n = as_map(node)
            local host = (n.endpoint and n.endpoint ~= "" and n.endpoint ~= "?") and n.endpoint or n.ip
            local addr = host and n.port and (host .. ":" .. tostring(n.port))
            if addr then
                nodes[#nodes + 1] = addr
                if n.role == "master" and n.health ~= "fail" and n.health ~= "failed" then
                    primary = addr
                end
            end
        end
        local ranges = s.slots or {}
        for i = 1, #ranges - 1, 2 do
            for slot = tonumber(ranges[i]), tonumber(ranges[i + 1]) do
                slots[slot] = primary
            end
        end
    end
    return slots, nodes
end

-- CLUSTER SLOTS -> slots, nodes.
local function from_slots(reply)
    local slots, nodes = {}, {}
    for _, range in ipairs(reply) do
        for j = 3, #range do
            nodes[#nodes + 1] = range[j][1] .. ":" .. tostring(range[j][2])
        end
        local primary = range[3] and (range[3][1] .. ":" .. tostring(range[3][2]))
        for slot = range[1], range[2] do
            slots[slot] = primary
        end
    end
    return slots, nodes
end

local function fetch_map(self, addr)
    local c = client_for(self, addr)
    local reply, err = c:command("CLUSTER", "SHARDS")
    if type(reply) == "table" then
        return from_shards(reply)
    end
    if err and err:find("unknown", 1, true) then   -- Redis < 7
        reply, err = c:command("CLUSTER", "SLOTS")
        if type(reply) == "table" then
            return from_slots(reply)
        end
    end
    return nil, err or "unexpected reply"
end

-- Ask the known nodes, then the seeds, for the slot map; the first full answer wins. `avoid` (a
-- member that just failed to answer) is asked last: a dead host may cost a whole connect timeout.
-- Returns true, or nil and the last error.
function _M:refresh(avoid)
    self.started = self.started + 1
    local seq = self.started
    local order, seen = {}, { [avoid or false] = true }
    for _, list in ipairs({ self.known, self.seeds }) do
        for _, addr in ipairs(list) do
            if not seen[addr] then
                seen[addr] = true
                order[#order + 1] = addr
            end
        end
    end
    order[#order + 1] = avoid
    local err = "no node"
    for _, addr in ipairs(order) do
        local slots, nodes = fetch_map(self, addr)
        if slots then
            if seq > self.applied then
                self.slots, self.answered, self.applied = slots, addr, seq
                if #nodes > 0 then
                    self.known = nodes
                end
            end
            return true
        end
        err = addr .. ": " .. tostring(nodes)
    end
    return nil, err
end

local function redirected(err)
    local kind, addr = err:match("^redis: (%u+) %d+ (%S+)$")
    if kind == "MOVED" or kind == "ASK" then
        return kind, addr
    end
end

-- a slot without a live primary (failover under way): a member that answered, whose MOVED or
-- CLUSTERDOWN says more than a dead node's silence
local function primary_of(self, slot)
    return self.slots[slot] or self.answered or self.known[1]
end

-- The command on `addr`, following one MOVED (learnt at once, full refresh in the background) or
-- ASK. Returns reply, err, server_err and the member that gave them.
local function attempt(self, slot, addr, now, ...)
    local reply, err, server_err = client_for(self, addr):command(...)
    if reply ~= nil or not server_err then
        return reply, err, server_err, addr
    end
    local kind, target = redirected(err)
    if kind == "MOVED" then
        self.slots[slot] = target
        background.schedule(self, now, "refresh", "redis cluster: cannot refresh the slot map: ")
        reply, err, server_err = client_for(self, target):command(...)
        return reply, err, server_err, target
    elseif kind == "ASK" then
        reply, err, server_err = client_for(self, target):asking(...)
        return reply, err, server_err, target
    end
    return reply, err, server_err, addr
end

-- One command on the primary of `slot`. Returns reply or nil, err, server_err like redis:command.
function _M:command_at(slot, ...)
    local now = ngx_now()
    if now >= self.next_refresh then
        if self.next_refresh == 0 then   -- first use in this worker: the map is needed now
            self.next_refresh, self.last_refresh = now + self.refresh_every, now
            self:refresh()
        else
            background.schedule(self, now, "refresh", "redis cluster: cannot refresh the slot map: ")
        end
    end
    local reply, err, server_err, failed = attempt(self, slot, primary_of(self, slot), now, ...)
    if reply ~= nil or server_err then
        return reply, err, server_err
    end
    -- A member did not answer: maybe a dead primary whose replica took over. Read the map now and,
    -- if it names another primary for the slot, try that one (once): a failover costs this worker
    -- no more local decisions than the promotion itself takes.
    self.next_refresh, self.last_refresh = now + self.refresh_every, now
    self:refresh(failed)
    local again = primary_of(self, slot)
    if again == failed then
        return nil, err
    end
    reply, err, server_err = attempt(self, slot, again, now, ...)
    return reply, err, server_err
end

return _M
