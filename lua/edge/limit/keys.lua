-- What a limit counts by. A key spec from gateway.yaml compiles once (at init) to a function of the
-- current request (its ctx: edge/init.lua's per-request table) returning the key's value, or nil when the
-- request has no such value (the limit then does not apply to it: e.g. no verified client id yet).
-- The client ip is read once per request and kept in ctx (several limits and policies key on it: an
-- ngx.var read is the dearest call on the hot path); the client id comes from the jwt policy's ctx.
--   ip            client address after realip (right-most untrusted X-Forwarded-For, trusted_proxies);
--                 an IPv6 client by its network prefix (limits.ipv6_prefix, /64 by default: one
--                 subscriber owns at least a /64, so rotating its low bits must not make new keys)
--   route         the route as a whole (the route name is in every counter key anyway)
--   client_id     OAuth client id of the verified JWT ($edge_client_id, set by the jwt policy)
--   oauth_client  $edge_client_id, else the client of a token request (Basic user or form client_id)
--   slack_team    team_id of a Slack event (JSON), slash command or click (forms)
--   header:<Name> any request header
--   [a, b, ...]   composite: all parts present, joined
-- ip, route and header keys are carried by the request itself, known before any policy has run.
local re_match = ngx.re.match
local decode_base64 = ngx.decode_base64
local unescape_uri = ngx.unescape_uri
local concat = table.concat
local find, sub, format = string.find, string.sub, string.format
local cidr = require "edge.lib.cidr"
local memo = require "edge.lib.memo"

local _M = {}

local function var(name)
    local v = ngx.var[name]
    if v == nil or v == "" then
        return nil
    end
    return v
end

-- The body is read only for the routes whose key needs it, and only when nginx kept it in memory.
local function body()
    ngx.req.read_body()
    return ngx.req.get_body_data()
end

local function basic_user()
    local auth = var("http_authorization")
    if not auth then
        return nil
    end
    local m = re_match(auth, [[^Basic\s+([A-Za-z0-9+/=]+)\s*$]], "joi")
    if not m then
        return nil
    end
    local decoded = decode_base64(m[1])
    return decoded and decoded:match("^([^:]+):")
end

local function form_client_id()
    local data = body()
    if not data then
        return nil
    end
    local m = re_match(data, [[(?:^|&)client_id=([^&]{1,200})]], "jo")
    return m and unescape_uri(m[1])
end

local function client_ip(ctx)
    local ip = ctx.client_ip
    if not ip then
        ip = var("remote_addr")
        ctx.client_ip = ip
    end
    return ip
end

local function client_id(ctx)
    return ctx.client_id or var("edge_client_id")
end

-- An IPv6 address's first `bits` bits as a key ("20010db8000100a2/64"); an IPv4-mapped address is
-- its IPv4 address. nil for text that is not an IPv6 address.
function _M.ipv6_prefix(ip, bits)
    local addr = ip:match("^([^%%]+)") or ip   -- no zone index
    if not find(addr, ":", 1, true) or find(addr, "::.*::") then
        return nil
    end
    local b = cidr.parse_ip(addr)
    if not b or #b ~= 16 then
        return nil
    end
    if b[11] == 255 and b[12] == 255 and b[1] + b[2] + b[3] + b[4] + b[5] + b[6] + b[7] + b[8] + b[9] + b[10] == 0 then
        return format("%d.%d.%d.%d", b[13], b[14], b[15], b[16])
    end
    local hex = {}
    for i = 1, 16 do
        hex[i] = format("%02x", b[i])
    end
    return sub(concat(hex), 1, bits / 4) .. "/" .. bits
end

local ipv6_prefix = _M.ipv6_prefix

-- The `ip` key for a prefix length: an IPv4 address as it is, an IPv6 one by its prefix.
local function ip_key(bits)
    return function(ctx)
        local ip = client_ip(ctx)
        if ip and find(ip, ":", 1, true) then
            return ipv6_prefix(ip, bits) or ip
        end
        return ip
    end
end

local DEFAULT_IPV6_PREFIX = 64

function _M.check_ipv6_prefix(bits)
    bits = bits or DEFAULT_IPV6_PREFIX
    if type(bits) ~= "number" or bits < 16 or bits > 128 or bits % 4 ~= 0 then
        error("limits.ipv6_prefix: expected a multiple of 4 from 16 to 128 (48, 56, 64), got " .. tostring(bits))
    end
    return bits
end

local SIMPLE = {
    ip = ip_key(DEFAULT_IPV6_PREFIX),
    route = function()
        return "*"
    end,
    client_id = client_id,
    oauth_client = function(ctx)
        return client_id(ctx) or basic_user() or form_client_id()
    end,
    slack_team = function()
        local data = body()
        if not data then
            return nil
        end
        -- A regex, not a JSON parse: the edge only needs the one id, cheaply. Events are JSON, slash
        -- commands a form (team_id=...), clicks a form whose `payload` field is URL-encoded JSON.
        local m = re_match(data, [["team_id"\s*:\s*"([A-Za-z0-9_-]{1,64})"|(?:^|&)team_id=([A-Za-z0-9_-]{1,64})]]
            .. [[|%22team_id%22(?:\+|%20)*%3A(?:\+|%20)*%22([A-Za-z0-9_-]{1,64})%22]], "joi")
        return m and (m[1] or m[2] or m[3]) or nil
    end,
}

local CARRIED = { ip = true, route = true }

local function compile_one(spec, bits)
    if type(spec) ~= "string" then
        error("limit key must be a string or a list of strings, got " .. type(spec))
    end
    if spec == "ip" and bits ~= DEFAULT_IPV6_PREFIX then
        return ip_key(bits), spec, true
    end
    local fn = SIMPLE[spec]
    if fn then
        return fn, spec, CARRIED[spec] == true
    end
    local header = spec:match("^header:([%w%-_]+)$")
    if header then
        local name = "http_" .. header:lower():gsub("-", "_")
        return function() return var(name) end, spec, true
    end
    error("unknown limit key " .. spec .. " (ip, route, client_id, oauth_client, slack_team, header:<Name>)")
end

-- spec -> fn() returning the key value or nil, a label naming the key kind, and whether the request
-- carries the key (known before any policy ran). limits_conf: the global limits section (its ipv6_prefix).
function _M.compile(spec, limits_conf)
    local bits = _M.check_ipv6_prefix(limits_conf and limits_conf.ipv6_prefix)
    if type(spec) ~= "table" then
        return compile_one(spec, bits)
    end
    local parts, labels, carried = {}, {}, true
    for i, s in ipairs(spec) do
        local part_carried
        parts[i], labels[i], part_carried = compile_one(s, bits)
        carried = carried and part_carried
    end
    local n = #parts
    return function(ctx)
        local values = {}
        for i = 1, n do
            local v = parts[i](ctx)
            if v == nil then
                return nil
            end
            values[i] = v
        end
        return concat(values, "+")
    end, concat(labels, "+"), carried
end

-- A limit with paths: / methods: applies only to matching requests (var: ngx.var).
function _M.applies(limit, var)
    if limit.paths and not limit.paths[var.uri] then
        return false
    end
    if limit.methods and not limit.methods[var.request_method] then
        return false
    end
    return true
end

local applies = _M.applies

-- The limits of `limits` that apply to this request and have a key value: active[i] with its full
-- key prefix .. value in keys[i], and their count. The table form (Redis path, several concurrency
-- limits); the local rate-limit chain checks each limit in its own step.
function _M.active(limits, ctx, var)
    local active, full, n = {}, {}, 0
    for _, limit in ipairs(limits) do
        if applies(limit, var) then
            local value = limit.key_fn(ctx)
            if value then
                n = n + 1
                active[n] = limit
                full[n] = limit.key_of(value)
            end
        end
    end
    return active, full, n
end

-- ---- allowlist: client addresses or networks (IPv4, IPv6) and client ids that bypass every limit -
-- conf: edge.json's limits.allowlist, {ip = {"10.0.0.1", "10.1.0.0/16", "::1"}, client_id = {"jeeves-worker"}}
function _M.allowlist(conf)
    local nets, clients = {}, {}
    for _, entry in ipairs(conf.ip) do
        nets[#nets + 1] = assert(cidr.parse(entry))
    end
    for _, id in ipairs(conf.client_id) do
        clients[id] = true
    end
    local empty = #nets == 0 and next(clients) == nil
    -- address -> listed?, so an address is parsed and matched once per worker, not per request
    local listed = memo.new(1024)
    return function(ctx)
        if empty then
            return false
        end
        local ip = client_ip(ctx)
        if ip and #nets > 0 then
            local hit = listed:get(ip)
            if hit == nil then
                hit = cidr.match(nets, ip)
                listed:set(ip, hit)
            end
            if hit then
                return true
            end
        end
        local client = client_id(ctx)
        return client ~= nil and clients[client] == true
    end
end

return _M
