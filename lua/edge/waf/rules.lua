-- WAF rules as data (anomaly scoring in the style of OWASP CRS, paranoia level 1).
-- Each rule: id (1xxxxx: CRS's family numbering minus 800000, outside the CRS's own ranges), category,
-- score (5 = critical: blocks alone at the default threshold; 3 = warning: needs a second signal),
-- view ("n" = fully decoded + lower-cased, "sql" = that with comments removed and whitespace collapsed,
-- "path" = with path separators unified, "blob" = the raw value base64-decoded and inflated, empty unless
-- it is one run of base64: edge.waf.decode; "cmd" = without shell quoting, "ps" = without PowerShell's
-- escape ticks inside words, "spliced" = "cmd" of a value hiding quoting inside a word, else empty:
-- edge.waf.command_views), targets
-- (default: every inspected value; "ua" = User-Agent only; "args" = not in headers: path, arguments,
-- bodies, cookies; "not_links" = not in Referer or Origin), and a PCRE pattern compiled once with JIT.
-- Patterns describe attack grammar (a quote that closes a string and continues with SQL, a tag with
-- an event handler, a shell separator followed by a command), not strings from any one payload list.
-- One module a family: lua/edge/waf/rules/<family>.lua.
local R = {}

local FAMILIES = { "sqli", "xss", "files", "shell", "php", "remote", "nodejs", "java", "templates", "other",
    "scanners" }
for _, family in ipairs(FAMILIES) do
    for _, r in ipairs(require("edge.waf.rules." .. family)) do
        R[#R + 1] = r
    end
end

return R
