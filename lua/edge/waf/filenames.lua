-- Multipart file names judged as names (edge.waf.inspect reads them as values for every rule as well): one that
-- leaves the upload directory, one a web server or its host would run, and one holding what no browser sends.
local decode = require "edge.waf.decode"
local findings = require "edge.waf.findings"

local byte, char, sub, find, match, gmatch, gsub = string.byte, string.char, string.sub, string.find, string.match,
    string.gmatch, string.gsub
local ipairs = ipairs

local _M = {}

-- A file name that leaves the upload directory: a dot-dot segment or an absolute path (/x, \x,
-- \\server\share, C:\x, C:x, ~/x), after the same decoding as every value.
function _M.unsafe(name)
    local p = decode.path_view(decode.normalize(name))
    local c = byte(p, 1)
    if c == 47 or c == 126 and byte(p, 2) == 47 then  -- "/" (also "\" and "\\" after path_view), "~/"
        return true
    end
    if find(p, "^%a:") then
        return true
    end
    return p == ".." or find(p, "../", 1, true) ~= nil or sub(p, -3) == "/.."
end

-- File names a web server runs (PHP, JSP, ASP and ASP.NET, server-side includes, CGI, a WAR) or reads as its
-- own configuration, a shell's start-up files and keys, and programs its host runs: an upload named so is a web
-- shell or a payload on its way in (PHP includes, .inc, and handlers mapped to .pgif too).
-- IIS runs "x.asp;.jpg" as x.asp.
local SERVER_SCRIPT = { php = true, phtml = true, pht = true, phar = true, phps = true, jsp = true, jspx = true,
    jspf = true, jsw = true, jsv = true, jsf = true, asp = true, aspx = true, asa = true, asax = true, ascx = true,
    ashx = true, asmx = true, cer = true, cdx = true, shtml = true, shtm = true, stm = true, cgi = true, pl = true,
    exe = true, sh = true, bat = true, cmd = true, ps1 = true, vbs = true, war = true, inc = true, pgif = true,
    phpt = true }
local SERVER_CONFIG = { [".htaccess"] = true, [".htpasswd"] = true, [".user.ini"] = true, ["web.config"] = true,
    ["php.ini"] = true, ["applicationhost.config"] = true, [".env"] = true, [".bashrc"] = true,
    [".bash_profile"] = true, [".profile"] = true, [".zshrc"] = true, ["authorized_keys"] = true }

function _M.server_runs(name)
    -- cut where a NUL cuts it for C code ("shell.jsp%00.png"), decoded as every value is, without the trailing
    -- dots, spaces and slashes Windows and URL mappers drop ("shell.jsp.", "x.jsp/") or an NTFS stream's name
    local cut = match(name, "^[^%z]*")
    cut = match(cut, "^(.-)%%00") or cut
    local n = gsub(gsub(decode.normalize(cut), "::%$data$", ""), "[%s./\\]+$", "")
    local base = match(match(n, "[^/\\]*$"), "^[^;]*")
    if SERVER_CONFIG[base] then
        return true
    end
    local ext = match(base, "%.(%w+)$")
    return ext ~= nil and (SERVER_SCRIPT[ext] or find(ext, "^php%d$") ~= nil)
end

-- A file name holding what no file system's name or browser's upload holds: a double quote, "<", ">", "|" or a
-- backtick (Windows forbids them and browsers send them percent-encoded), a control character, or an apostrophe
-- outside a word (a SQL string's edge: "'", "'or'1'", "x'),('y", "admin' or 'x.png"; not "O'Brien headshot.png",
-- "Zoë's.jpg", a plural's "Chris' notes.txt", an elision's "rock 'n' roll.m3u" or a decade's "'90s mix.mp3")
local function word_byte(c)   -- a letter or a digit, or a byte of a non-ASCII letter
    return c ~= nil and (c >= 128 or find(char(c), "%w") ~= nil)
end

local SPACE, S, LOWER_S = 32, 83, 115

local function quote_in_word(before, after)
    return word_byte(before) and word_byte(after)
        or (before == S or before == LOWER_S) and after == SPACE
        or (before == nil or before == SPACE) and after ~= nil and after >= 48 and after <= 57
end

-- Typographic quotes are a name's letters here (macOS keeps "‘Draft’ notes.pdf" as typed); the rules that read the
-- name as a value still see them as the quotes decode.normalize makes them.
local TYPOGRAPHIC_QUOTE = decode.TYPOGRAPHIC_QUOTE

function _M.odd(name)
    local n = decode.normalize((gsub(name, TYPOGRAPHIC_QUOTE, "q")))
    if find(n, '["<>|`%c]') then
        return true
    end
    n = gsub(n, "(%s)'(%w%w?%w?)'(%s)", "%1q%2q%3")   -- an elision's quotes are its letters
    for at in gmatch(n, "()'") do
        if not quote_in_word(byte(n, at - 1), byte(n, at + 1)) then
            return true
        end
    end
    return false
end

-- as merge() lists (shared, never modified)
local NONE = {}
local BAD, SERVER, ODD = findings.PROTOCOL.mp_filename, findings.PROTOCOL.mp_server_file,
    findings.PROTOCOL.mp_filename_chars

-- What a file name is as a name: the findings above that it matches (an empty list when none).
function _M.findings(name)
    local out = NONE
    for _, hit in ipairs({ _M.unsafe(name) and BAD, _M.server_runs(name) and SERVER, _M.odd(name) and ODD }) do
        if hit then
            out = out == NONE and {} or out
            out[#out + 1] = hit
        end
    end
    return out
end

return _M
