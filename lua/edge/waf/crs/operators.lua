-- SecLang operators (@rx, @pm, @detectSQLi, ...) the CRS request rules use. compile(name, arg)
-- runs once per rule at init and returns a matcher: matcher(value) -> matched, captures|nil, where
-- captures[1] is TX:0 (the matched text), captures[2] TX:1, ...
local cidr = require "edge.lib.cidr"
local child_of = require("edge.lib.memo").child
local regex = require "edge.waf.crs.regex"
local libinjection = require "edge.lib.libinjection"

local byte, char, sub, find, lower, gsub = string.byte, string.char, string.sub, string.find, string.lower,
    string.gsub
local tonumber, type, ipairs = tonumber, type, ipairs
local re_find, re_match, is_word = regex.find, regex.match, regex.is_word

local _M = {}

local function number_of(s)
    if find(s, "^%d+$") then
        return tonumber(s)
    end
    -- ModSecurity reads a number with atoi: leading digits, anything else is 0
    return tonumber(string.match(s, "^%s*([-+]?%d+)")) or 0
end

-- @pm: case-insensitive phrases, indexed by their first two bytes (as one number: no substring is made
-- per position) so a value is scanned once; a candidate is compared byte by byte.
local function compile_pm(phrases)
    local by_pair, singles = {}, {}
    for _, p in ipairs(phrases) do
        p = lower(p)
        if #p == 1 then
            singles[#singles + 1] = p
        elseif #p > 1 then
            local list = child_of(by_pair, byte(p, 1) * 256 + byte(p, 2))
            list[#list + 1] = p
        end
    end
    return function(value)
        local v = lower(value)
        for i = 1, #singles do
            if find(v, singles[i], 1, true) then
                return true, { singles[i] }
            end
        end
        local len = #v
        local b = byte(v, 1)
        for i = 1, len - 1 do
            local c = byte(v, i + 1)
            local list = by_pair[b * 256 + c]
            if list then
                for j = 1, #list do
                    local p = list[j]
                    local plen = #p
                    if i + plen - 1 <= len then
                        local k = 3
                        while k <= plen and byte(v, i + k - 1) == byte(p, k) do
                            k = k + 1
                        end
                        if k > plen then
                            return true, { sub(value, i, i + plen - 1) }
                        end
                    end
                end
            end
            b = c
        end
        return false
    end
end

-- the Lua pattern class of the bytes outside the allowed ranges ("9,10,13,32-126")
local function compile_byte_range(arg)
    local allowed = {}
    for part in string.gmatch(arg, "[^,%s]+") do
        local lo, hi = string.match(part, "^(%d+)%-(%d+)$")
        lo, hi = tonumber(lo or part), tonumber(hi or part)
        if lo and hi then
            for b = lo, hi do
                allowed[b] = true
            end
        end
    end
    local bad = {}
    for b = 0, 255 do
        if not allowed[b] then
            local c = char(b)
            bad[#bad + 1] = b == 0 and "%z" or (find(c, "%w") or b >= 128) and c or "%" .. c
        end
    end
    if #bad == 0 then
        return function() return false end
    end
    local class = "[" .. table.concat(bad) .. "]"
    return function(value)
        local i = find(value, class)
        if i then
            return true, { sub(value, i, i) }
        end
        return false
    end
end

local function invalid_url_encoding(value)
    local i = find(value, "%", 1, true)
    while i do
        local a, b = byte(value, i + 1, i + 2)
        local ha = a and ((a >= 48 and a <= 57) or (a >= 65 and a <= 70) or (a >= 97 and a <= 102))
        local hb = b and ((b >= 48 and b <= 57) or (b >= 65 and b <= 70) or (b >= 97 and b <= 102))
        if not (ha and hb) then
            return true, { sub(value, i, i + 2) }
        end
        i = find(value, "%", i + 3, true)
    end
    return false
end

local function invalid_utf8(value)
    if not find(value, "[\128-\255]") then
        return false
    end
    local i, len = 1, #value
    while i <= len do
        local c = byte(value, i)
        local n, min
        if c < 0x80 then
            n = 0
        elseif c >= 0xc2 and c <= 0xdf then
            n, min = 1, 0x80
        elseif c >= 0xe0 and c <= 0xef then
            n, min = 2, 0x800
        elseif c >= 0xf0 and c <= 0xf4 then
            n, min = 3, 0x10000
        else
            return true, { char(c) }
        end
        if n > 0 then
            if i + n > len then
                return true, { sub(value, i) }
            end
            local cp = c % (2 ^ (6 - n))
            for k = 1, n do
                local cc = byte(value, i + k)
                if cc < 0x80 or cc > 0xbf then
                    return true, { sub(value, i, i + k) }
                end
                cp = cp * 64 + (cc - 0x80)
            end
            if cp < min or cp > 0x10ffff or (cp >= 0xd800 and cp <= 0xdfff) then
                return true, { sub(value, i, i + n) }
            end
        end
        i = i + n + 1
    end
    return false
end

-- @ipMatch: addresses and networks as edge.lib.cidr reads them (IPv4 and IPv6); a part it cannot read
-- matches a value equal to it, case aside.
local function compile_ip_match(arg)
    local nets, exact = {}, {}
    for part in string.gmatch(arg, "[^,%s]+") do
        local net = cidr.parse(part)
        if net then
            nets[#nets + 1] = net
        else
            exact[lower(part)] = true
        end
    end
    return function(value)
        if exact[lower(value)] or cidr.match(nets, value) then
            return true, { value }
        end
        return false
    end
end

-- compile(name, arg) -> matcher | nil, error
function _M.compile(name, arg)
    if name == "rx" then
        local code, err = regex.compile(arg)
        if not code then
            return nil, err
        end
        return function(value)
            local caps = re_match(code, value)
            if caps then
                return true, caps
            end
            return false
        end, nil, function(value) return re_find(code, value) end
    elseif name == "pm" then
        return compile_pm(type(arg) == "table" and arg or { arg })
    elseif name == "detectSQLi" then
        return function(value)
            local hit, fp = libinjection.sqli(value)
            if hit then
                return true, { fp }
            end
            return false
        end
    elseif name == "detectXSS" then
        return function(value)
            if libinjection.xss(value) then
                return true, { value }
            end
            return false
        end
    elseif name == "streq" then
        return function(value) return value == arg, value == arg and { value } or nil end
    elseif name == "contains" or name == "strmatch" then
        return function(value)
            local i = find(value, arg, 1, true)
            return i ~= nil, i and { arg } or nil
        end
    elseif name == "containsWord" then
        return function(value)
            local i = find(value, arg, 1, true)
            while i do
                if not is_word(byte(value, i - 1)) and not is_word(byte(value, i + #arg)) then
                    return true, { arg }
                end
                i = find(value, arg, i + 1, true)
            end
            return false
        end
    elseif name == "beginsWith" then
        return function(value)
            local ok = sub(value, 1, #arg) == arg
            return ok, ok and { arg } or nil
        end
    elseif name == "endsWith" then
        return function(value)
            local ok = #value >= #arg and sub(value, -#arg) == arg or arg == ""
            return ok, ok and { arg } or nil
        end
    elseif name == "within" then
        return function(value)
            local ok = find(arg, value, 1, true) ~= nil
            return ok, ok and { value } or nil
        end
    elseif name == "eq" or name == "ge" or name == "gt" or name == "lt" or name == "le" then
        local n = number_of(arg)
        return function(value)
            local v = number_of(value)
            local ok
            if name == "eq" then ok = v == n
            elseif name == "ge" then ok = v >= n
            elseif name == "gt" then ok = v > n
            elseif name == "lt" then ok = v < n
            else ok = v <= n end
            return ok, ok and { value } or nil
        end
    elseif name == "validateByteRange" then
        return compile_byte_range(arg)
    elseif name == "validateUrlEncoding" then
        return invalid_url_encoding
    elseif name == "validateUtf8Encoding" then
        return invalid_utf8
    elseif name == "ipMatch" then
        return compile_ip_match(arg)
    elseif name == "unconditionalMatch" then
        return function(value) return true, { value } end
    end
    return nil, "unknown operator @" .. tostring(name)
end

return _M
