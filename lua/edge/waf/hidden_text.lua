-- Text an application decodes out of an opaque value, for the rules to read as well: a base64 blob (inflated when it
-- is gzip or zlib), UTF-7 runs, hex digits or a SQL hex literal. The transfer encodings themselves (base64, URL,
-- quoted-printable) are edge.waf.decode's.
local zlib = require "edge.lib.zlib"
local decode = require "edge.waf.decode"

local byte, char, sub, gsub, find, match = string.byte, string.char, string.sub, string.gsub, string.find,
    string.match
local floor, concat = math.floor, table.concat
local base64_decode, hex_char, B64 = decode.base64_decode, decode.hex_char, decode.BASE64_VALUES

local _M = {}

-- The blob view: a value that is one run of base64 (standard or URL-safe; alone, or after the last
-- "=" or ":" as in "ViewState=H4sI..."), decoded, and inflated when it holds a gzip or zlib stream:
-- what an application deserializes from a cookie or a parameter. nil for any other value. Only the
-- head of a long run is decoded (serialized objects announce themselves up front), and inflation is
-- capped, whatever the stream claims.
local BLOB_MIN, BLOB_HEAD, INFLATED_MAX = 20, 8192, 16384

function _M.blob_view(v)
    if #v < BLOB_MIN then
        return nil
    end
    -- the whole value, a value's last assignment or field, or a data: URI's content
    local run = find(v, "^[%w+/_-]+=*$") and v or match(v, "[=:]([%w+/_-]+=*)$") or match(v, ";base64,([%w+/_-]+=*)$")
    if not run or #run < BLOB_MIN then
        return nil
    end
    local bytes = base64_decode(sub(run, 1, BLOB_HEAD))
    local b1, b2 = byte(bytes, 1, 2)
    if b1 == 0x1f and b2 == 0x8b or b1 == 0x78 and (b2 == 0x01 or b2 == 0x5e or b2 == 0x9c or b2 == 0xda) then
        return zlib.inflate(bytes, INFLATED_MAX) or bytes
    end
    return bytes
end

-- UTF-7 (RFC 2152): "+ADs-" is ";" to an application that decodes the charset and plain letters to a filter. The
-- value with its runs decoded when one spells ASCII punctuation; nil otherwise. A run is decoded only when "-"
-- closes it and every UTF-16 unit in it is printable ASCII ("SYN+ACK" and "+49 30" stay as they are).
local function utf7_run(run)
    if #run < 3 then
        return nil
    end
    local out, acc, bits = {}, 0, 0
    for i = 1, #run do
        acc, bits = acc * 64 + B64[byte(run, i)], bits + 6
        if bits >= 16 then
            bits = bits - 16
            local u = floor(acc / 2 ^ bits)
            acc = acc - u * 2 ^ bits
            if u < 32 and u ~= 9 and u ~= 10 and u ~= 13 or u > 126 then
                return nil
            end
            out[#out + 1] = char(u)
        end
    end
    return concat(out)
end

function _M.utf7_text(v)
    -- an ASCII unit's first base64 digits are "A" then one of "A"-"H"
    if not find(v, "+A[A-H]") then
        return nil
    end
    local spelled = false
    local text = gsub(v, "%+([%w+/]+)%-", function(run)
        local ascii = utf7_run(run)
        if not ascii then
            return nil
        end
        spelled = spelled or find(ascii, "%p") ~= nil
        return ascii
    end)
    return spelled and text or nil
end

-- Text hidden in UTF-7, hex or base64 (a SQL hex literal, hex digits alone, a "data" or "payload" field, a cookie's
-- state the application decodes): the value decoded (blob: blob_view's bytes, when it had any; other runs are
-- decoded here) when the result is printable text with punctuation or spaces, which an injection needs; random
-- tokens decode to other bytes.
local TEXT_MIN = 12
function _M.encoded_text(v, blob)
    local utf7 = _M.utf7_text(v)
    if utf7 then
        return utf7
    end
    local n = #v
    if n < TEXT_MIN then
        return nil
    end
    local least = 8
    local hex = match(v, "^%s*0[xX](%x+)%s*$")
    if hex and #hex % 2 == 0 then
        blob, least = gsub(hex, "%x%x", hex_char), 4
    elseif n % 2 == 0 and find(v, "^%x+$") then
        -- hex digits alone (a cursor or a cookie the application hex-decodes); if they spell no text, base64
        local text = gsub(v, "%x%x", hex_char)
        if not find(text, "[^\t\n\r\32-\126]") and find(text, "[%p%s]") then
            return text
        end
        blob = blob or base64_decode(v)
    elseif not blob then
        if n >= BLOB_MIN or n % 4 == 1 or not find(v, "^[%w+/_-]+=*$") then
            return nil
        end
        blob = base64_decode(v)
    end
    if #blob < least or find(blob, "[^\t\n\r\32-\126]") or not find(blob, "[%p%s]") then
        return nil
    end
    return blob
end

return _M
