-- The edge's deny list: revoked token ids and disabled clients, in the edge_revocations shared dict,
-- fed by TokenDealer's revocation feed (GET /revocations?since=<cursor>, service port only).
-- One worker (id 0) polls it every poll_interval seconds and also keeps the JWKS fresh (max-age, and
-- at once when the feed's kids, the published key set, change); every worker reads the dict.
-- Hot path: the jwt policy reads one number per request, the generation, which moves whenever the
-- deny list or the key set changes; only a cached verdict older than the generation is re-checked
-- (two dict gets and a kid lookup). An unreachable feed keeps the last list (fail-static). The dict's
-- fill is in /metrics (edge_shdict_free_bytes{dict="edge_revocations"}); never walked here (get_keys
-- would hold its lock against every worker's request).
local cjson = require "cjson.safe"
local http_get = require "edge.lib.http_get"
local metrics = require "edge.lib.metrics"

local ngx_now = ngx.now
local log, WARN, ERR = ngx.log, ngx.WARN, ngx.ERR
local type, tostring, ipairs = type, tostring, ipairs

local _M = {}

local DICT = "edge_revocations"
local GEN = "gen"
local CLIENTS = "clients"          -- JSON list of the disabled clients last applied
local CURSOR = "cursor"
local KEYS_VERSION = "keys_version"
-- A revoked jti is kept this long past its exp (beyond any verifier's leeway).
local EXP_SLACK = 120
local MAX_FEED = 4 * 1024 * 1024

local feed                         -- set by init()
local watched = {}                 -- JWKS stores kept fresh by the poller
local dict
local started = false

metrics.define("edge_revocation_polls_total", "counter", "Polls of TokenDealer's revocation feed by result.")
metrics.define("edge_revocation_evictions_total", "counter",
    "Deny-list entries that evicted others (edge_revocations dict full: enlarge it).")

function _M.jti_key(jti)
    return "j:" .. jti
end

function _M.client_key(client_id)
    return "c:" .. client_id
end

local function shared()
    if not dict then
        dict = ngx.shared[DICT]
    end
    return dict
end

-- The current generation (nil until the first change): the jwt policy's per-request read.
function _M.generation()
    return shared():get(GEN)
end

function _M.bump()
    shared():incr(GEN, 1, 0)
end

-- Whether a verified token (its precomputed keys) is denied. jti_key may be nil (no jti claim).
function _M.denied(jti_key, client_key)
    local d = shared()
    return (jti_key ~= nil and d:get(jti_key) ~= nil) or d:get(client_key) ~= nil
end

local function set(d, key, ttl)
    local ok, err, forcible = d:set(key, true, ttl)
    if not ok then
        log(ERR, "revocations: cannot store ", key, ": ", err)
    end
    if forcible then
        metrics.inc("edge_revocation_evictions_total")
    end
    return ok
end

-- The key set's version: its kids, sorted (a kid leaving or joining moves it).
local function kids_version(kids)
    if type(kids) ~= "table" then
        return nil
    end
    local list = {}
    for _, kid in ipairs(kids) do
        list[#list + 1] = tostring(kid)
    end
    table.sort(list)
    return table.concat(list, ",")
end

-- Apply one feed document (tokendealer/routes/revocations.py: {cursor=, revoked={{jti=, client_id=,
-- exp=}}, disabled_clients={ids}, kids={kids in the JWKS}}) to dict `d` at time `now`. Returns whether
-- the deny list changed and whether the key set moved, or nil and an error for a malformed document
-- (nothing is applied then).
function _M.apply(d, doc, now)
    if type(doc) ~= "table" or type(doc.revoked) ~= "table" or type(doc.disabled_clients) ~= "table" then
        return nil, "feed document without revoked/disabled_clients lists"
    end
    local clients = {}
    for _, c in ipairs(doc.disabled_clients) do
        if type(c) ~= "string" or c == "" then
            return nil, "malformed client entry"
        end
        clients[#clients + 1] = c
    end
    local changed = false
    for _, j in ipairs(doc.revoked) do
        if type(j) == "table" and type(j.jti) == "string" and j.jti ~= "" and type(j.exp) == "number" then
            local ttl = j.exp + EXP_SLACK - now
            local key = "j:" .. j.jti
            if ttl > 0 and d:get(key) == nil and set(d, key, ttl) then
                changed = true
            end
        end
    end
    -- Disabled clients: the feed sends the whole set; re-enabled ones leave the list.
    local before = cjson.decode(d:get(CLIENTS) or "[]") or {}
    local now_set = {}
    for _, id in ipairs(clients) do
        now_set[id] = true
    end
    for _, id in ipairs(before) do
        if not now_set[id] then
            d:delete("c:" .. id)
            changed = true
        end
    end
    for _, id in ipairs(clients) do
        -- set even when known: an entry lost to a restart of the dict comes back
        if d:get("c:" .. id) == nil then
            set(d, "c:" .. id, 0)
            changed = true
        end
    end
    if #clients ~= #before or changed then
        d:set(CLIENTS, cjson.encode(clients))
    end
    if type(doc.cursor) == "string" or type(doc.cursor) == "number" then
        d:set(CURSOR, tostring(doc.cursor))
    end
    local keys_moved = false
    local kv = kids_version(doc.kids)
    if kv ~= nil then
        local old = d:get(KEYS_VERSION)
        keys_moved = old ~= nil and old ~= kv
        d:set(KEYS_VERSION, kv)
    end
    if changed then
        d:incr(GEN, 1, 0)   -- after the entries: a request that sees the new generation sees them
    end
    return changed, keys_moved
end

-- conf: the jwt policy's revocation {path=, poll_interval=, timeout_ms=} (gateway/policies/jwt.py);
-- the feed is TokenDealer's (edge_config.services.tokendealer). Called by the jwt policy: an edge
-- without one polls nothing.
function _M.init(conf, edge_config)
    if feed then
        return
    end
    if not ngx.shared[DICT] then
        error("edge.lib.revocations: lua_shared_dict " .. DICT .. " is not declared")
    end
    local td = edge_config.services and edge_config.services.tokendealer or {}
    feed = {
        enabled = conf.enabled ~= false,
        host = conf.host or td.host or "127.0.0.1",
        port = tonumber(conf.port or td.port or 5001),
        path = conf.path or "/revocations",
        interval = conf.poll_interval or 0.5,
        timeout_ms = conf.timeout_ms or 1000,
    }
end

-- A JWKS store (edge.lib.jwks) the poller keeps fresh.
function _M.watch(store)
    for _, s in ipairs(watched) do
        if s == store then
            return
        end
    end
    watched[#watched + 1] = store
end

local function poll()
    local d = shared()
    local cursor = d:get(CURSOR)
    local path = feed.path .. (cursor and ("?since=" .. ngx.escape_uri(cursor)) or "")
    local res, err = http_get.get(feed.host, feed.port, path, feed.timeout_ms, MAX_FEED, "application/json")
    if res and res.status ~= 200 then
        res, err = nil, "status " .. res.status
    end
    local doc = res and cjson.decode(res.body)
    if res and not doc then
        err = "not JSON"
    end
    local changed, keys_moved
    if doc then
        changed, keys_moved = _M.apply(d, doc, ngx_now())
        if changed == nil then
            err = keys_moved
        end
    end
    if err then
        metrics.inc("edge_revocation_polls_total", { { "result", "error" } })
        -- once per failure streak, not every half second
        if not d:get("poll_failing") then
            log(WARN, "revocations: feed ", feed.host, ":", feed.port, feed.path, " failed: ", err)
        end
        d:set("poll_failing", true)
        return false
    end
    d:delete("poll_failing")
    metrics.inc("edge_revocation_polls_total", { { "result", "ok" } })
    return true, keys_moved
end

local function tick()
    local keys_moved = false
    if feed.enabled then
        keys_moved = select(2, poll())
    end
    local now = ngx_now()
    for _, store in ipairs(watched) do
        if keys_moved then
            store:refresh(true)
        else
            store:refresh_if_stale(now)
        end
    end
end

-- One loop in worker 0 (a respawned worker 0 takes over): poll, then sleep; never two polls at once.
function _M.init_worker()
    if started or not feed or ngx.worker.id() ~= 0 or (not feed.enabled and #watched == 0) then
        return
    end
    started = true
    local ok, err = ngx.timer.at(0, function(premature)
        while not premature and not ngx.worker.exiting() do
            local fine, perr = pcall(tick)
            if not fine then
                log(ERR, "revocations: poll failed: ", tostring(perr))
            end
            ngx.sleep(feed.interval)
        end
    end)
    if not ok then
        log(ERR, "revocations: cannot start the poller: ", err)
    end
end

return _M
