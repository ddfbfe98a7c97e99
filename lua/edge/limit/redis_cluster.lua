-- Redis Cluster on top of edge.limit.redis: which node serves a hash slot, per worker.
-- The slot map comes from CLUSTER SHARDS (CLUSTER SLOTS on servers without it), asked of any node
-- that answers; it is refreshed on a timer, after a MOVED redirection, and before the next command
-- once a node failed to answer (a primary died: its replica takes over and that refresh finds it). ASK redirections
-- (a slot being migrated) are followed once without touching the map. Each node has its own
-- keepalive pool (edge.limit.redis pools by host:port). Callers pass the slot: a request's keys
-- share one hash tag, so its slot is computed once per tag (slot_of), never per request.
local redis = require "edge.limit.redis"
local bit = require "bit"

local band, bxor, lshift, rshift = bit.band, bit.bxor, bit.lshift, bit.rshift
local byte = string.byte
local find = string.find
local sub = string.sub
local ngx_now = ngx.now

local _M = {}
local mt = { __index = _M }

local SLOTS = 16384
local REFRESH_EVERY = 10      -- s: the timer refresh
local REFRESH_MIN_GAP = 0.2   -- s: redirections and failures refresh at most this often

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

local function split_addr(addr)
    local host, port = addr:match("^%[?([^%]]+)%]?:(%d+)$")
    return host, tonumber(port)
end

-- opts: nodes ({"host:port", ...}: any members; the rest is discovered), password, connect_timeout,
-- send_timeout, read_timeout (ms), pool_size, idle_ms, refresh_s.
function _M.new(opts)
    local seeds = {}
    for i, addr in ipairs(opts.nodes or {}) do
        assert(split_addr(addr), "limits.redis.nodes: expected host:port, got " .. tostring(addr))
        seeds[i] = addr
    end
    assert(#seeds > 0, "limits.redis.nodes: a cluster needs at least one node")
    return setmetatable({
        opts = opts,
        seeds = seeds,
        known = seeds,          -- every node of the last map (replicas too): whom to ask next time
        clients = {},           -- "host:port" -> edge.limit.redis client (its own pool)
        slots = {},             -- slot -> "host:port" of its primary
        refresh_every = opts.refresh_s or REFRESH_EVERY,
        next_refresh = 0,       -- the timer refresh is due (checked on use: no per-worker timer)
        last_refresh = -1,
        answered = nil,         -- the member that gave the last map (alive then)
        refreshing = false,
        stale = false,          -- a node failed to answer: refresh before the next command
    }, mt)
end

local function client_for(self, addr)
    local c = self.clients[addr]
    if not c then
        local host, port = split_addr(addr)
        local o = self.opts
        c = redis.new({
            host = host, port = port, password = o.password, connect_timeout = o.connect_timeout,
            send_timeout = o.send_timeout, read_timeout = o.read_timeout, pool_size = o.pool_size,
            idle_ms = o.idle_ms,
        })
        self.clients[addr] = c
    end
    return c
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
                if n.role == "master" and n.health ~= "fail" then
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

-- Ask the known nodes, then the seeds, for the slot map; the first full answer wins.
-- Returns true, or nil and the last error.
function _M:refresh()
    local err = "no node"
    local tried = {}
    for _, list in ipairs({ self.known, self.seeds }) do
        for _, addr in ipairs(list) do
            if not tried[addr] then
                tried[addr] = true
                local slots, nodes = fetch_map(self, addr)
                if slots then
                    self.slots, self.answered = slots, addr
                    if #nodes > 0 then
                        self.known = nodes
                    end
                    return true
                end
                err = addr .. ": " .. tostring(nodes)
            end
        end
    end
    return nil, err
end

local function refresh_timer(premature, self)
    if not premature then
        local ok, err = self:refresh()
        if not ok then
            ngx.log(ngx.WARN, "redis cluster: cannot refresh the slot map: ", err)
        end
    end
    self.refreshing = false
end

-- A refresh in the background, at most one at a time and one per REFRESH_MIN_GAP.
local function schedule_refresh(self, now)
    if self.refreshing or now - self.last_refresh < REFRESH_MIN_GAP then
        return
    end
    self.refreshing, self.last_refresh, self.next_refresh = true, now, now + self.refresh_every
    local ok = ngx.timer.at(0, refresh_timer, self)
    if not ok then
        self.refreshing = false
    end
end

local function redirected(err)
    local kind, addr = err:match("^redis: (%u+) %d+ (%S+)$")
    if kind == "MOVED" or kind == "ASK" then
        return kind, addr
    end
end

-- One command on the primary of `slot`. Returns reply or nil, err, server_err like redis:command.
function _M:command_at(slot, ...)
    local now = ngx_now()
    if self.stale then
        -- The last command found no node: the caller waited (its cooldown) before this one, so the
        -- map is read again now, not one more failure later (a promotion is then seen at once).
        self.stale = false
        self.next_refresh, self.last_refresh = now + self.refresh_every, now
        self:refresh()
    elseif now >= self.next_refresh then
        if self.next_refresh == 0 then   -- first use in this worker: the map is needed now
            self.next_refresh, self.last_refresh = now + self.refresh_every, now
            self:refresh()
        else
            schedule_refresh(self, now)
        end
    end
    -- a slot without a live primary (failover under way): a member that answered, whose MOVED or
    -- CLUSTERDOWN says more than a dead node's silence
    local addr = self.slots[slot] or self.answered or self.known[1]
    local reply, err, server_err = client_for(self, addr):command(...)
    if reply ~= nil then
        return reply, err, server_err
    end
    if not server_err then   -- the node did not answer: maybe it died and its replica takes over
        self.stale = true
        return nil, err
    end
    local kind, target = redirected(err)
    if kind == "MOVED" then
        self.slots[slot] = target
        schedule_refresh(self, now)
        reply, err, server_err = client_for(self, target):command(...)
        -- sent to a primary that died: the map is read again before the next command
        self.stale = reply == nil and not server_err
        return reply, err, server_err
    elseif kind == "ASK" then
        return client_for(self, target):asking(...)
    end
    return nil, err, server_err
end

return _M
