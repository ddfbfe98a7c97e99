-- How shells read a value (decoded and lower-cased by edge.waf.decode.normalize): the views the command
-- injection rules (lua/edge/waf/rules/shell.lua) match, once the quoting a shell removes is gone.
local gsub, find = string.gsub, string.find

local _M = {}

-- three quotes inside one word
local QUOTED_THRICE = "['\"][^%s;|&`'\"]*['\"][^%s;|&`'\"]*['\"]"

local function unquote_word(w)
    if find(w, QUOTED_THRICE) then
        return (gsub(w, "['\"]", ""))
    end
end

-- a word with two escaped letters besides "\n" is spelled with escapes ("u\n\a\m\e" is uname), so its "\n" is a
-- letter too; JSON's escaped line break stands between words ("done.\nNext"), and a UNC or drive path's
-- backslashes are separators ("\\host\share\nc.exe", "c:\tools\new")
local function unescape_word(w)
    if find(w, "\\\\") or find(w, ":\\") then
        return nil
    end
    local _, escapes = gsub(w, "\\[a-mo-z]", "")
    if escapes >= 2 then
        return (gsub(w, "\\(%a)", "%1"))
    end
end

-- a path the kernel resolves as its plain spelling: "/usr/./bin/./id" and "/usr//bin//id" run /usr/bin/id
-- (a URL's "scheme://" keeps its slashes: a colon, not a letter, stands before them)
local function resolve_path_noise(n)
    while find(n, "/./", 1, true) do
        n = gsub(n, "/%./", "/")
    end
    if find(n, "%w//") then
        n = gsub(n, "(%w)//+", "%1/")
    end
    return n
end

-- The shell view: what a shell runs once it has removed its quoting, so "w'h'o\am\i", "c\"a\"t",
-- "who$@ami" and "wh``oami" are "whoami" (CRS's cmdLine idea; also cmd.exe's ^ and bash's brace
-- expansion), its paths without "/./" and doubled slashes. Only quotes that pair up inside a word go: the
-- apostrophe of "I'd" is prose, and a shell would not close it either. A backslash before "n" stays: a
-- JSON-escaped line break is a separator.
function _M.cmd(n)
    n = resolve_path_noise(n)
    if not find(n, "['\"\\^${`]") then
        return n
    end
    n = gsub(n, "\\\r?\n", "")   -- a line continuation joins the word it cuts: "un\<newline>ame"
    n = gsub(n, "``", "")   -- an empty command substitution inside a word: "wh``oami"
    -- a word spelled with three quotes or more hides a command ("w'h'o'a'm'i", which a shell would
    -- not even close); prose has one ("I'd") or a pair around a word
    if find(n, QUOTED_THRICE) then
        n = gsub(n, "[^%s;|&`]+", unquote_word)
    end
    n = gsub(n, "(['\"])([^'\"%s]*)%1", "%2")
    n = gsub(n, "%^", "")
    n = gsub(n, "{([%w./_-]+),", "%1 ")   -- brace expansion: {cat,/etc/hosts} runs "cat /etc/hosts"
    if find(n, "\\n", 1, true) then
        n = gsub(n, "[^%s;|&`]+", unescape_word)
    end
    n = gsub(n, "\\([a-mo-z])", "%1")
    return (gsub(n, "%$[@*%d]", ""))
end

-- The PowerShell view: an escape tick before a letter or digit is that character outside a string, so
-- "I`nvoke-Ex`pression" and "n`e`w-object" are the cmdlets; markdown's `code` keeps its ticks. PowerShell
-- also reads an en dash, em dash or horizontal bar before a parameter's name as its hyphen ("powershell –nop").
local UNICODE_DASH = "(%s)\226\128[\147\148\149](%a)"

function _M.ps(n)
    if find(n, "\226\128", 1, true) then
        n = gsub(n, UNICODE_DASH, "%1-%2")
    end
    if not find(n, "`", 1, true) then
        return n
    end
    return (gsub(n, "([%w%-])`%f[%w]", "%1"))
end

-- The spliced view: the shell view, but only of a value that hides a word with the shell's quoting inside it
-- ("c''at", "p\"owershe\"ll", "c\\at", "ca$@t", "p^ow^ershell"); "" for any other value. Prose and code
-- quote whole words ('ls', "cat"), so a command word in this view is an evasion, whatever follows it.
-- (matched with a space before the value, so a word's start is a non-word byte before it)
-- An empty pair glued to one letter each side is SQL's escaped apostrophe ("I''d", "O''Brien"): not one.
local SPLICES = { "%w%w''+%w", "%w''+%w%w", '%w""+%w', "%w'%a+'%w", '%w"%a+"%w', "[^%w']'%a+'%w", '[^%w"]"%a+"%w',
    "%a%$[@*%d]%a", "%a%^%a" }

function _M.spliced(n, cmd)
    if cmd == n then
        return ""
    end
    local padded = " " .. n
    for i = 1, #SPLICES do
        if find(padded, SPLICES[i]) then
            return cmd
        end
    end
    -- a backslash inside a word, unless the value holds a Windows path ("c:\users", "\\host\share\x")
    if find(n, "%a\\[a-mo-qsu-z]") and not find(n, "[\\/:][%w_.$-]*\\") then
        return cmd
    end
    return ""
end

return _M
