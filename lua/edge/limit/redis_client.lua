-- The Redis client of edge.json's limits.redis, for every limit with store: redis (rate limits and
-- concurrency leases): one Redis, a Redis Cluster or a Sentinel-managed primary, by `mode`.
local read_secret = require("edge.lib.secret").read
local redis = require "edge.limit.redis"
local redis_cluster = require "edge.limit.redis_cluster"
local redis_sentinel = require "edge.limit.redis_sentinel"

local pairs = pairs

local _M = {}

local CLIENTS = { single = redis, cluster = redis_cluster, sentinel = redis_sentinel }

-- limits.redis (gateway/policies/limits.py) with its passwords: the yaml's, else the secret files.
function _M.options(conf, secrets_dir)
    local out = {}
    for k, v in pairs(conf) do
        out[k] = v
    end
    out.password = conf.password or read_secret(secrets_dir .. "/redis_password")
    out.sentinel_password = conf.sentinel_password or read_secret(secrets_dir .. "/redis_sentinel_password")
    return out
end

-- What each mode's new() takes, from _M.options' table: timeout_ms for every socket timeout.
function _M.connection(opts)
    local timeout = opts.timeout_ms
    return {
        host = opts.host, port = opts.port, nodes = opts.nodes, password = opts.password,
        sentinels = opts.sentinels, master_name = opts.master_name, sentinel_password = opts.sentinel_password,
        connect_timeout = timeout, send_timeout = timeout, read_timeout = timeout,
        pool_size = opts.pool_size, idle_ms = opts.idle_ms, refresh_s = opts.refresh_s,
    }
end

-- opts: _M.options' table. One client per call: callers keep theirs for the worker's life.
function _M.new(opts)
    return CLIENTS[opts.mode].new(_M.connection(opts))
end

return _M
