-- The edge's deny list: revoked token ids, disabled clients and clients' not-before times, in the
-- edge_revocations shared dict, fed by TokenDealer's revocation feed (GET /revocations?since=<cursor>,
-- service port only; contract in tokendealer/routes/revocations.py).
-- One worker (id 0) fetches it as soon as TokenDealer publishes a nudge on Redis (push.channel; one
-- SUBSCRIBE connection, edge.lib.pubsub, reconnected with backoff), and at the latest every
-- poll_interval seconds (the fallback, which goes on while Redis is down). The same loop keeps the JWKS
-- fresh (max-age, and at once when the feed's kids, the published key set, change); every worker reads
-- the dict.
-- Hot path: the jwt policy reads one number per request, the generation, which moves whenever the
-- deny list or the key set changes; only a cached verdict older than the generation is re-checked
-- (two dict gets and a kid lookup). An unreachable feed keeps the last list (fail-static). The dict's
-- fill is in /metrics (edge_shdict_free_bytes{dict="edge_revocations"}); never walked here (get_keys
-- would hold its lock against every worker's request).
local cjson = require "cjson.safe"
local http_get = require "edge.lib.http_get"
local metrics = require "edge.lib.metrics"
local read_secret = require("edge.lib.secret").read

local ngx_now = ngx.now
local log, WARN, ERR = ngx.log, ngx.WARN, ngx.ERR
local type, tostring, ipairs, pairs = type, tostring, ipairs, pairs
local min, max = math.min, math.max

local _M = {}

local DICT = "edge_revocations"
local GEN = "gen"
local CLIENTS = "clients"          -- JSON {client_id: true (disabled) or not-before} last applied
local CURSOR = "cursor"
local KEYS_VERSION = "keys_version"
-- A revoked jti is kept this long past its exp (beyond any verifier's leeway).
local EXP_SLACK = 120
local MAX_FEED = 4 * 1024 * 1024

local feed                         -- set by init(): the jwt policy's revocation conf
local subscription                 -- its push conf with the password, when nudges are on
local watched = {}                 -- JWKS stores kept fresh by the poller
local dict
local started = false
local wake                         -- worker 0's ngx.semaphore: a nudge wakes the poll loop

metrics.define("edge_revocation_polls_total", "counter",
    "Fetches of TokenDealer's revocation feed by result and trigger (push: a Redis nudge; poll: the fallback).")
metrics.define("edge_revocation_push_connects_total", "counter",
    "Attempts to subscribe to TokenDealer's revocation nudges by result.")
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

-- Whether a verified token (its precomputed keys, its iat claim) is denied. jti_key may be nil (no
-- jti claim). A client entry is true (disabled) or a not-before time: tokens issued before it, or
-- without an iat, are refused.
function _M.denied(jti_key, client_key, iat)
    local d = shared()
    if jti_key ~= nil and d:get(jti_key) ~= nil then
        return true
    end
    local c = d:get(client_key)
    if c == nil then
        return false
    end
    return c == true or type(iat) ~= "number" or iat < c
end

local function set(d, key, value, ttl)
    local ok, err, forcible = d:set(key, value, ttl)
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

-- The client entries a feed document asks for: {client_id = true (disabled) or not-before}, or nil.
local function client_entries(doc)
    local want = {}
    for _, e in ipairs(type(doc.clients_not_before) == "table" and doc.clients_not_before or {}) do
        if type(e) ~= "table" or type(e.client_id) ~= "string" or e.client_id == ""
                or type(e.not_before) ~= "number" then
            return nil
        end
        want[e.client_id] = e.not_before
    end
    for _, c in ipairs(doc.disabled_clients) do
        if type(c) ~= "string" or c == "" then
            return nil
        end
        want[c] = true   -- disabled refuses every token, whatever its not-before
    end
    return want
end

-- Apply one feed document (tokendealer/routes/revocations.py: {cursor=, revoked={{jti=, client_id=,
-- exp=}}, disabled_clients={ids}, clients_not_before={{client_id=, not_before=}}, kids={kids in the
-- JWKS}}) to dict `d` at time `now`. Returns whether the deny list changed and whether the key set
-- moved, or nil and an error for a malformed document (nothing is applied then).
function _M.apply(d, doc, now)
    if type(doc) ~= "table" or type(doc.revoked) ~= "table" or type(doc.disabled_clients) ~= "table" then
        return nil, "feed document without revoked/disabled_clients lists"
    end
    local want = client_entries(doc)
    if not want then
        return nil, "malformed client entry"
    end
    local changed = false
    for _, j in ipairs(doc.revoked) do
        if type(j) == "table" and type(j.jti) == "string" and j.jti ~= "" and type(j.exp) == "number" then
            local ttl = j.exp + EXP_SLACK - now
            local key = "j:" .. j.jti
            if ttl > 0 and d:get(key) == nil and set(d, key, true, ttl) then
                changed = true
            end
        end
    end
    -- Client entries: the feed sends the whole set; a client it no longer lists leaves the dict.
    local before = cjson.decode(d:get(CLIENTS) or "{}") or {}
    for k, v in pairs(before) do
        local id = type(k) == "number" and v or k   -- a list: this module's previous format (a reload keeps dicts)
        if want[id] == nil then
            d:delete("c:" .. id)
            changed = true
        end
    end
    for id, value in pairs(want) do
        -- compared with the dict, not `before`: an entry lost to a restart of the dict comes back
        local key = "c:" .. id
        if d:get(key) ~= value then
            set(d, key, value, 0)
            changed = true
        end
    end
    if changed then
        d:set(CLIENTS, cjson.encode(want))
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

-- conf: the jwt policy's revocation, resolved by gateway/policies/jwt.py: {enabled=, host=, port=, path=,
-- poll_interval=, timeout_ms=, push={enabled=, channel=, host=, port=, password=, timeout_ms=, ping_every=,
-- backoff_max=}} (host and port default to TokenDealer's and Redis' in services:). Called by the jwt
-- policy: an edge without one polls nothing.
function _M.init(conf, edge_config)
    if feed then
        return
    end
    if not ngx.shared[DICT] then
        error("edge.lib.revocations: lua_shared_dict " .. DICT .. " is not declared")
    end
    feed = conf
    if conf.enabled and conf.push.enabled then
        subscription = {}
        for k, v in pairs(conf.push) do
            subscription[k] = v
        end
        -- the yaml's password, else the redis_password secret (never in edge.json)
        subscription.password = conf.push.password or read_secret(edge_config.secrets_dir .. "/redis_password")
    end
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

local function poll(trigger)
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
        metrics.inc("edge_revocation_polls_total", { { "result", "error" }, { "trigger", trigger } })
        -- once per failure streak, not every poll
        if not d:get("poll_failing") then
            log(WARN, "revocations: feed ", feed.host, ":", feed.port, feed.path, " failed: ", err)
        end
        d:set("poll_failing", true)
        return false
    end
    d:delete("poll_failing")
    metrics.inc("edge_revocation_polls_total", { { "result", "ok" }, { "trigger", trigger } })
    return true, keys_moved
end

-- Fetch the feed now: wakes the poll loop, once however many nudges come before it runs.
local function nudge()
    if wake:count() <= 0 then
        wake:post(1)
    end
end

local function exiting()
    return ngx.worker.exiting()
end

-- Sleep in steps of at most a second, cut short when the worker exits. Never a sub-millisecond sleep:
-- ngx.sleep(0) resumes before the cached clock moves, and a loop on ngx.now() would spin.
local function nap(seconds)
    while seconds > 0 and not exiting() do
        local step = min(1, seconds)
        ngx.sleep(step)
        seconds = seconds - step
    end
end

-- One turn of the loop: the feed when `trigger` says why, then the JWKS stores (at once when the key set
-- moved, else when their max-age ran out).
local function tick(trigger)
    local keys_moved = false
    if trigger then
        keys_moved = select(2, poll(trigger))
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

-- Worker 0's loop: the feed on a nudge or every feed.poll_interval, never two fetches at once; every second
-- the JWKS stores' max-age is checked and the loop notices the worker exiting.
local function run(premature)
    local next_poll, trigger = 0, "poll"
    while not premature and not exiting() do
        local due = feed.enabled and (trigger == "push" or ngx_now() >= next_poll)
        local fine, err = pcall(tick, due and trigger or nil)
        if not fine then
            log(ERR, "revocations: poll failed: ", tostring(err))
        end
        if due then
            next_poll = ngx_now() + feed.poll_interval
        end
        local wait = feed.enabled and max(0.001, min(1, next_poll - ngx_now())) or 1
        trigger = wake:wait(wait) and "push" or "poll"
    end
end

-- Worker 0's SUBSCRIBE connection: a nudge per message, and one per (re)subscribe for the messages
-- published while it was away; reconnects after a backoff doubling up to push.backoff_max.
local function subscribe(premature)
    local listen = require("edge.lib.pubsub").listen   -- here: edge.limit.redis wants ngx.socket at load
    local push = subscription
    local backoff, failing = 0.1, false
    local hooks = {
        on_subscribed = function()
            metrics.inc("edge_revocation_push_connects_total", { { "result", "ok" } })
            if failing then
                log(WARN, "revocations: nudges from ", push.host, ":", push.port, " are back")
            end
            backoff, failing = 0.1, false
            nudge()
        end,
        on_message = nudge,
        should_stop = exiting,
    }
    while not premature and not exiting() do
        local fine, ok, err = pcall(listen, push, hooks)
        if not fine or not ok then
            if not failing then   -- once per outage
                log(WARN, "revocations: nudges from ", push.host, ":", push.port, " unavailable (",
                    tostring(fine and err or ok), "): the feed is polled every ", feed.poll_interval, " s")
            end
            failing = true
            metrics.inc("edge_revocation_push_connects_total", { { "result", "error" } })
            nap(backoff)
            backoff = min(backoff * 2, push.backoff_max)
        end
    end
end

-- Both loops run in worker 0 (a respawned worker 0 takes over).
function _M.init_worker()
    if started or not feed or ngx.worker.id() ~= 0 or (not feed.enabled and #watched == 0) then
        return
    end
    started = true
    wake = require("ngx.semaphore").new()
    local ok, err = ngx.timer.at(0, run)
    if not ok then
        log(ERR, "revocations: cannot start the poller: ", err)
    end
    if subscription then
        ok, err = ngx.timer.at(0, subscribe)
        if not ok then
            log(ERR, "revocations: cannot start the subscriber: ", err)
        end
    end
end

return _M
