-- The argument of a chat line: what follows a mention of the bot and a lead-in of plain words ("can you
-- look up", "ticket title:", "hey bot,"), which is what a bot command's handler reads as its input. The
-- rules anchored at a value's start or end (a lone quote, "1 union", ".git/config") see a payload typed
-- after a lead-in only there; edge.waf.json_walk adds it beside the line itself.
local find, sub, gsub, match = string.find, string.sub, string.gsub, string.match

local _M = {}

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
    local argument = sub(line, s)
    -- what people type after it: emoji codes (":eyes:") and a question mark set apart
    argument = gsub(argument, "%s+:[%w_+-]+:%s*$", "")
    argument = gsub(argument, "%s+%?%s*$", "")
    -- an argument quoted as code (`x`) is its content
    return match(argument, "^`([^`]+)`%s*$") or argument
end

return _M
