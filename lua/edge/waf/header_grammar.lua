-- Headers whose value has a grammar no one types by hand: the forwarding headers proxies write (a list of
-- addresses, RFC 7239's Forwarded pairs, a host, a scheme, a port) and a browser's Accept-Language. A value
-- outside its grammar was written by whoever sent the request: apps log and trust these headers as the
-- client's address or language, which is where an injection in them lands. Lua patterns item by item
-- (linear), kept per header and value (a browser repeats its own); only the headers named here are read.
local memo = require "edge.lib.memo"

local type, ipairs = type, ipairs
local find, lower, match, gmatch = string.find, string.lower, string.match, string.gmatch

local _M = {}

local function trim(s)
    return match(s, "^%s*(.-)%s*$")
end

local function ipv4(s)
    return find(s, "^%d%d?%d?%.%d%d?%d?%.%d%d?%d?%.%d%d?%d?$") ~= nil
end

local function ipv6(s)
    return find(s, ":", 1, true) ~= nil and find(s, "^[%x:.]+$") ~= nil
end

-- an address with an optional port: "203.0.113.9", "203.0.113.9:4711", "2001:db8::1", "[2001:db8::1]:4711"
local function address(s)
    local bracketed, port = match(s, "^%[([^%]]+)%](.*)$")
    if bracketed then
        return ipv6(bracketed) and (port == "" or find(port, "^:%d+$") ~= nil)
    end
    return ipv4(s) or ipv6(s) or find(s, "^%d+%.%d+%.%d+%.%d+:%d+$") ~= nil
end

-- RFC 7239's node: an address, "unknown", or an obfuscated identifier ("_hidden", "_edge-lb:_port")
local function node(s)
    return address(s) or lower(s) == "unknown" or find(s, "^_[%w._-]+$") ~= nil
        or find(s, "^_[%w._-]+:[%w_]+$") ~= nil
end

-- a host as Host carries it: a name or an address, an optional port
local function host(s)
    return find(s, "^[%w][%w.-]*$") ~= nil or find(s, "^[%w][%w.-]*:%d+$") ~= nil or address(s)
end

local function scheme(s)
    return find(s, "^%a[%w+.-]*$") ~= nil
end

local function port(s)
    return find(s, "^%d+$") ~= nil
end

-- "en-US", "de-CH;q=0.9", "*", "zh-Hant-TW", "en_US" (some SDKs), "en_US.UTF-8" (a POSIX locale)
local function language(s)
    local range, q = match(s, "^([^;]*)(.*)$")
    range = trim(range)
    if q ~= "" and not find(q, "^;%s*[qQ]%s*=%s*[%d.]+%s*$") then
        return false
    end
    if range == "*" then
        return true
    end
    range = match(range, "^(.-)%.[uU][tT][fF]%-?8$") or range
    return find(range, "^%a%a?%a?%a?%a?%a?%a?%a?$") ~= nil or find(range, "^%a+[_%-][%w_%-]+$") ~= nil
        and not find(range, "[_%-][_%-]") and not find(range, "[_%-]$")
end

-- RFC 7239: pairs (token=value, value a token or a quoted string) by ";", elements by ","; the parameters
-- it defines hold what it defines, an extension's a plain token
local FORWARDED_PARAMS = { ["for"] = node, by = node, host = host, proto = scheme }

local function forwarded_pair(pair)
    local name, value = match(pair, "^([%w!#$%%&'*+.^_`|~-]+)=(.*)$")
    if not name then
        return false
    end
    local quoted = match(value, '^"(.*)"$')
    if quoted then
        value = quoted
    elseif find(value, "[^%w!#$%%&'*+.^_`|~:%[%]-]") then   -- proxies leave an address's ":" and "[]" unquoted
        return false
    end
    local check = FORWARDED_PARAMS[lower(name)]
    if check then
        return check(value)
    end
    return find(value, "^[%w!#$%%&'*+.^_`|~-]*$") ~= nil
end

local function forwarded_element(element)
    for pair in gmatch(element, "[^;]+") do
        pair = trim(pair)
        if pair ~= "" and not forwarded_pair(pair) then
            return false
        end
    end
    return true
end

-- each header: the check of one comma-separated item (an empty item passes: "a, , b", a trailing ",")
local ITEM = {
    ["x-forwarded-for"] = address,
    ["x-original-forwarded-for"] = address,
    ["x-real-ip"] = address,
    ["x-client-ip"] = address,
    ["true-client-ip"] = address,
    ["cf-connecting-ip"] = address,
    ["x-cluster-client-ip"] = address,
    ["fastly-client-ip"] = address,
    ["forwarded"] = forwarded_element,
    ["x-forwarded-host"] = host,
    ["x-forwarded-server"] = host,
    ["x-forwarded-proto"] = scheme,
    ["x-forwarded-scheme"] = scheme,
    ["x-forwarded-port"] = port,
    ["accept-language"] = language,
}
-- "unknown" in a list of addresses: Squid's and other proxies' word for an address they withheld
local function item_ok(check, item)
    return item == "" or check(item) or (check == address and lower(item) == "unknown")
end

local caches = {}   -- header name -> bounded memo: value -> whether it follows the grammar

local function follows(name, check, v)
    local cache = caches[name]
    if not cache then
        cache = memo.new(256)
        caches[name] = cache
    end
    local hit = cache:get(v)
    if hit ~= nil then
        return hit
    end
    local ok = true
    for item in gmatch(v, "[^,]+") do
        if not item_ok(check, trim(item)) then
            ok = false
            break
        end
    end
    cache:set(v, ok)
    return ok
end

-- Whether a header with a grammar (name lower-cased, as nginx gives it) holds a value outside it; v one value
-- or the list of a repeated header. False for every other header.
function _M.malformed(name, v)
    local check = ITEM[name]
    if not check then
        return false
    end
    if type(v) == "table" then
        for _, x in ipairs(v) do
            if type(x) == "string" and not follows(name, check, x) then
                return true
            end
        end
        return false
    end
    return type(v) == "string" and not follows(name, check, v)
end

return _M
