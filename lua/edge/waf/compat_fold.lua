-- Unicode's compatibility letters and punctuation folded to ASCII as NFKC folds them (Python normalises an
-- identifier so: a template's 𝐜𝐨𝐧𝐟𝐢𝐠 is config; IDNA so a host name): mathematical letters and digits, circled
-- letters, superscript, subscript and modifier letters, small-form punctuation, Latin ligatures; and the invisible
-- characters IDNA maps to nothing inside a word (soft hyphen, zero-width joiners, word joiner), dropped. Each
-- rewrite runs only where its lead bytes are: most text has none. Fullwidth forms are edge.waf.decode's.
local byte, char, gsub, find = string.byte, string.char, string.gsub, string.find

local utf8_char = require("edge.lib.utf8").char

local _M = {}

-- code point -> ASCII text
local MAP = {}
local function letters(first, text)
    for i = 1, #text do
        MAP[first + i - 1] = text:sub(i, i)
    end
end
letters(0x24B6, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")   -- circled letters
letters(0x2070, "0i  456789+ =()n")                                        -- superscripts
letters(0x2080, "0123456789+ =()")                                         -- subscripts
letters(0x2090, "aeox hklmnpst")
letters(0xFE50, ", . ;:?! (){}  #&*+-<>= \\$%@")                            -- small forms
letters(0xFE4D, "___")
MAP[0x00B2], MAP[0x00B3], MAP[0x00B9] = "2", "3", "1"
MAP[0x2024], MAP[0x2025] = ".", ".."   -- one and two dot leaders (a path's "‥/"; not the ellipsis, which is prose)
for cp, text in pairs({ [0x02B0] = "h", [0x02B2] = "j", [0x02B3] = "r", [0x02B7] = "w", [0x02B8] = "y",
    [0x02E1] = "l", [0x02E2] = "s", [0x02E3] = "x", [0x1D2C] = "A", [0x1D2E] = "B", [0x1D30] = "D", [0x1D31] = "E",
    [0x1D33] = "G", [0x1D34] = "H", [0x1D35] = "I", [0x1D36] = "J", [0x1D37] = "K", [0x1D38] = "L", [0x1D39] = "M",
    [0x1D3A] = "N", [0x1D3C] = "O", [0x1D3E] = "P", [0x1D3F] = "R", [0x1D40] = "T", [0x1D41] = "U", [0x1D42] = "W",
    [0x1D43] = "a", [0x1D47] = "b", [0x1D48] = "d", [0x1D49] = "e", [0x1D4D] = "g", [0x1D4F] = "k", [0x1D50] = "m",
    [0x1D52] = "o", [0x1D56] = "p", [0x1D57] = "t", [0x1D58] = "u", [0x1D5B] = "v", [0x1D62] = "i", [0x1D63] = "r",
    [0x1D64] = "u", [0x1D65] = "v", [0x1D9C] = "c", [0x1DA0] = "f", [0x1DBB] = "z", [0x2C7D] = "V",
    [0xFB00] = "ff", [0xFB01] = "fi", [0xFB02] = "fl", [0xFB03] = "ffi", [0xFB04] = "ffl", [0xFB05] = "st",
    [0xFB06] = "st" }) do
    MAP[cp] = text
end
for _, cp in ipairs({ 0x00AD, 0x200C, 0x200D, 0x2060 }) do   -- soft hyphen, zero-width (non-)joiner, word joiner
    MAP[cp] = ""
end

-- UTF-8 sequence -> replacement (a blank in the tables above leaves that code point alone)
local BY_BYTES = {}
for cp, text in pairs(MAP) do
    if text ~= " " then
        BY_BYTES[utf8_char(cp)] = text
    end
end

-- the zero-width space and the BOM (once the zero-width no-break space) separate words: a space, as between
-- keywords ("1<U+FEFF>UNION<U+FEFF>SELECT"), not nothing
BY_BYTES[utf8_char(0x200B)], BY_BYTES[utf8_char(0xFEFF)] = " ", " "

local function mapped(c)
    return BY_BYTES[c]
end

-- 𝐀 U+1D400 .. 𝟿 U+1D7FF: thirteen alphabets of A-Z a-z from U+1D400, five sets of 0-9 from U+1D7CE
local function math_alnum(b3, b4)
    local offset = (byte(b3) - 0x90) * 64 + byte(b4) - 0x80
    if offset < 13 * 52 then
        local i = offset % 52
        return char(i < 26 and 65 + i or 97 + i - 26)
    elseif offset >= 0x3CE then
        return char(48 + (offset - 0x3CE) % 10)
    end
end

-- the lead bytes of every sequence above: a value without them is returned as it is
local LEADS = "[\194\202\203\225\226\239\240]"

function _M.fold(s)
    if not find(s, LEADS) then
        return s
    end
    if find(s, "\240\157[\144-\159]") then
        s = gsub(s, "\240\157([\144-\159])([\128-\191])", math_alnum)
    end
    s = gsub(s, "[\194\202\203][\128-\191]", mapped)
    s = gsub(s, "\225[\180-\182][\128-\191]", mapped)
    s = gsub(s, "\226[\128\129\130\146\147\177][\128-\191]", mapped)
    s = gsub(s, "\239[\172\185\187][\128-\191]", mapped)
    return s
end

return _M
