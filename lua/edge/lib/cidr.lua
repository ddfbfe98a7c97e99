-- IPv4 and IPv6 addresses and CIDR networks: parse once (at new()), match per request.
local bit = require "bit"

local type, ipairs, tonumber, tostring, find = type, ipairs, tonumber, tostring, string.find

local _M = {}

local function parse_ipv4(ip)
    local a, b, c, d = ip:match("^(%d+)%.(%d+)%.(%d+)%.(%d+)$")
    if not a then
        return nil
    end
    local bytes = { tonumber(a), tonumber(b), tonumber(c), tonumber(d) }
    for _, v in ipairs(bytes) do
        if v > 255 then
            return nil
        end
    end
    return bytes
end

local function parse_ipv6(ip)
    if not find(ip, ":", 1, true) then
        return nil
    end
    local v4tail = ip:match(":(%d+%.%d+%.%d+%.%d+)$")
    local tail = {}
    if v4tail then
        tail = parse_ipv4(v4tail)
        if not tail then
            return nil
        end
        ip = ip:sub(1, #ip - #v4tail) .. "0:0"
    end
    local head, rest = ip:match("^(.-)::(.*)$")
    local groups = {}
    local function add(part)
        if part == "" then
            return true
        end
        for g in part:gmatch("[^:]+") do
            local v = tonumber(g, 16)
            if not v or #g > 4 then
                return false
            end
            groups[#groups + 1] = v
        end
        return true
    end
    if head then
        local left = {}
        if not add(head) then
            return nil
        end
        left, groups = groups, {}
        if not add(rest) then
            return nil
        end
        local fill = 8 - #left - #groups
        if fill < 0 then
            return nil
        end
        local all = {}
        for _, v in ipairs(left) do all[#all + 1] = v end
        for _ = 1, fill do all[#all + 1] = 0 end
        for _, v in ipairs(groups) do all[#all + 1] = v end
        groups = all
    elseif not add(ip) or #groups ~= 8 then
        return nil
    end
    local bytes = {}
    for _, g in ipairs(groups) do
        bytes[#bytes + 1] = math.floor(g / 256)
        bytes[#bytes + 1] = g % 256
    end
    if v4tail then
        for i = 1, 4 do bytes[12 + i] = tail[i] end
    end
    return bytes
end

local function parse_ip(ip)
    return parse_ipv4(ip) or parse_ipv6(ip)
end
_M.parse_ip = parse_ip

-- "10.0.0.0/8" -> {bytes=, bits=}
function _M.parse(cidr)
    local ip, bits = cidr:match("^([^/]+)/(%d+)$")
    ip = ip or cidr
    local bytes = parse_ip(ip)
    if not bytes then
        return nil, "invalid CIDR " .. tostring(cidr)
    end
    bits = tonumber(bits) or #bytes * 8
    if bits > #bytes * 8 then
        return nil, "invalid prefix length in " .. cidr
    end
    return { bytes = bytes, bits = bits }
end

-- Whether the address bytes are in the network (of the same family).
local function contains(net, bytes)
    if #net.bytes ~= #bytes then
        return false
    end
    local bits, i = net.bits, 1
    while bits > 0 do
        local mask = bits >= 8 and 255 or (256 - 2 ^ (8 - bits))
        if bit.band(bytes[i], mask) ~= bit.band(net.bytes[i], mask) then
            return false
        end
        bits, i = bits - 8, i + 1
    end
    return true
end

-- Whether ip (text, or parse_ip's bytes) is in one of list's networks (parse's results).
function _M.match(list, ip)
    local bytes = type(ip) == "table" and ip or parse_ip(ip or "")
    if not bytes then
        return false
    end
    for _, net in ipairs(list) do
        if contains(net, bytes) then
            return true
        end
    end
    return false
end

return _M
