-- The argument of a chat line: what follows a mention of the bot and a lead-in of plain words ("can you
-- look up", "ticket title:", "hey bot,"), which is what a bot command's handler reads as its input. The
-- rules anchored at a value's start or end (a lone quote, "1 union", ".git/config") see a payload typed
-- after a lead-in only there; edge.waf.json_walk adds it beside the line itself.
local find, sub, byte = string.find, string.sub, string.byte

local _M = {}

local COLON, QUESTION, BACKTICK = byte(":"), byte("?"), byte("`")
-- the longest emoji code read off the end (":white_check_mark:")
local MAX_EMOJI_CODE = 64

local function is_space(b)
    return b == 32 or (b and b >= 9 and b <= 13)
end

-- the index of the last character before i (inclusive) that is not a space: a loop, where a pattern anchored
-- at the end would try every start in a run of spaces (quadratic on a line of them)
local function last_text(line, i)
    while i > 0 and is_space(byte(line, i)) do
        i = i - 1
    end
    return i
end

-- words of a lead-in at most: past them the line is prose, not a command
local MAX_LEAD_IN_WORDS = 6

-- argument(line) -> the line from its argument on ("1 or 1=1", without a trailing " ?" or emoji code, out of
-- its backticks), or nil when the line has no lead-in (it is its own argument) or ends in plain words only
-- (prose, nothing to hand on)
function _M.argument(line)
    local i = 1
    -- Slack's mentions: <@U123>, <@U123|name>, <!here>, <#C123|channel>
    while true do
        local _, e = find(line, "^%s*<[@!#][^<>]*>", i)
        if not e then
            break
        end
        i = e + 1
    end
    local words = 0
    while words < MAX_LEAD_IN_WORDS do
        local s, e = find(line, "^%s*%a+", i)
        if not s then
            break
        end
        -- a word ends the lead-in only if what follows it is a space (after a "," or ":" at most)
        local _, gap = find(line, "^[,:]?%s+", e + 1)
        if not gap then
            break
        end
        i = gap + 1
        words = words + 1
    end
    local s = find(line, "%S", i)
    -- nothing consumed: the line is its own argument; one plain word left: prose ("thanks for the help")
    if i == 1 or not s or find(line, "^%a+%s*$", s) then
        return nil
    end
    -- what people type after it goes: an emoji code (":eyes:") and a question mark set apart
    local e = last_text(line, #line)
    if byte(line, e) == COLON then
        local lo = e - MAX_EMOJI_CODE > s and e - MAX_EMOJI_CODE or s
        local code = find(sub(line, lo, e), "%s:[%w_+-]+:$")
        if code then
            e = last_text(line, lo + code - 1)
        end
    end
    if byte(line, e) == QUESTION and e > s and is_space(byte(line, e - 1)) then
        e = last_text(line, e - 1)
    end
    local argument = sub(line, s, e)
    -- an argument quoted as code (`x`) is its content
    if #argument > 2 and byte(argument, 1) == BACKTICK and byte(argument, -1) == BACKTICK then
        local inner = sub(argument, 2, -2)
        if not find(inner, "`", 1, true) then
            return inner
        end
    end
    return argument
end

return _M
