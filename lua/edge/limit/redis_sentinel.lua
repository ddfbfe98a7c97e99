-- A Sentinel-managed primary/replica deployment on top of edge.limit.redis, per worker.
-- The primary is whatever the Sentinels name (SENTINEL get-master-addr-by-name), accepted only once
-- it says so itself (ROLE): a Sentinel that has not yet seen a failover, or a demoted primary, is not
-- trusted. The primary is resolved again on a timer (checked on use), and at once in the request
-- that finds it silent or read-only (READONLY: it came back as a replica), which then tries the new
-- primary once: sharing resumes with the first request after the Sentinels' switch. The Sentinel
-- that answered is asked first next time.
local background = require "edge.limit.background_refresh"
local redis_nodes = require "edge.limit.redis_nodes"

local ngx_now = ngx.now

local _M = {}
local mt = { __index = _M }

-- opts (resolved: gateway/policies/limits.py): sentinels ({"host:port", ...}), master_name, password
-- (the data nodes'), sentinel_password (nil: password; "": none), connect_timeout, send_timeout,
-- read_timeout (ms), pool_size, idle_ms, refresh_s.
function _M.new(opts)
    local sentinels = redis_nodes.addresses(opts.sentinels, "sentinels", "at least one Sentinel is needed")
    assert(opts.master_name and opts.master_name ~= "", "limits.redis.master_name is needed")
    return setmetatable({
        opts = opts,
        sentinels = sentinels,
        members = redis_nodes.new(opts),
        primary = nil,          -- "host:port" of the verified primary
        refresh_every = opts.refresh_s,
        next_refresh = 0,       -- the timer resolve is due (checked on use: no per-worker timer)
        last_refresh = -1,
        refreshing = false,
        started = 0,            -- resolves begun / the newest one whose answer is in use: an older
        applied = 0,            -- resolve finishing late never overwrites a newer answer
    }, mt)
end

-- "" is Sentinels without a password; nil is Sentinels with the data nodes' password
local function sentinel_password(self)
    local o = self.opts
    if o.sentinel_password ~= nil then
        return o.sentinel_password
    end
    return o.password
end

-- The primary one Sentinel names, if that server confirms it is a primary. Returns addr or nil, err.
local function ask(self, sentinel)
    local reply, err = self.members:client(sentinel, sentinel_password(self))
        :command("SENTINEL", "get-master-addr-by-name", self.opts.master_name)
    if type(reply) ~= "table" or not reply[2] then
        return nil, sentinel .. ": " .. tostring(err or "does not know " .. self.opts.master_name)
    end
    local addr = reply[1] .. ":" .. tostring(reply[2])
    local role
    role, err = self.members:client(addr, self.opts.password):command("ROLE")
    if type(role) ~= "table" then
        return nil, addr .. " (from " .. sentinel .. "): " .. tostring(err)
    end
    if role[1] ~= "master" then
        return nil, addr .. " (from " .. sentinel .. ") is a " .. tostring(role[1])
    end
    return addr
end

-- Ask the Sentinels in turn for a verified primary; the one that answered moves to the front.
-- Returns the primary's address, or nil and the last error.
function _M:resolve()
    self.started = self.started + 1
    local seq = self.started
    local err = "no sentinel"
    for i, sentinel in ipairs(self.sentinels) do
        local addr, aerr = ask(self, sentinel)
        if addr then
            if i > 1 then
                table.remove(self.sentinels, i)
                table.insert(self.sentinels, 1, sentinel)
            end
            if seq > self.applied then
                self.primary, self.applied = addr, seq
            end
            return self.primary
        end
        err = aerr
    end
    return nil, err
end

-- A primary that is gone or no longer one: silence, or a write refused by a replica.
local function lost(reply, err, server_err)
    return reply == nil and (not server_err or err:find("^redis: READONLY") ~= nil)
end

-- One command on the primary (the slot is a Redis Cluster's matter). Returns reply or nil, err,
-- server_err like redis:command.
function _M:command_at(_, ...)
    local now = ngx_now()
    local primary = self.primary
    if not primary then   -- first use in this worker, or no Sentinel answered so far
        self.next_refresh, self.last_refresh = now + self.refresh_every, now
        local err
        primary, err = self:resolve()
        if not primary then
            return nil, "sentinel: " .. tostring(err)
        end
    elseif now >= self.next_refresh then
        background.schedule(self, now, "resolve", "redis sentinel: cannot resolve the primary: ")
    end
    local reply, err, server_err = self.members:client(primary, self.opts.password):command(...)
    if not lost(reply, err, server_err) then
        return reply, err, server_err
    end
    -- maybe a failover: ask the Sentinels now and try the primary they name, if it is another one
    self.next_refresh, self.last_refresh = now + self.refresh_every, now
    local again = self:resolve()
    if not again or again == primary then
        return nil, err, server_err
    end
    return self.members:client(again, self.opts.password):command(...)
end

return _M
