-- A shell command given to a parameter named for one, the way a web shell or a diagnostic page takes it
-- ("cmd=id", "exec=whoami", "json.shell=uname -a"): the name tells it from the word in prose, so this reads
-- an argument's name with its value. "command" is not such a name here: Slack's slash commands send one.
local lower, match, gsub = string.lower, string.match, string.gsub

local _M = {}

local NAMES = { cmd = true, cmdline = true, command_line = true, exec = true, execute = true, exefile = true,
    shell = true, shellcmd = true, shell_cmd = true, syscmd = true, sys_cmd = true, system = true }
-- the first word of a probe or a foothold
local COMMANDS = { id = true, whoami = true, uname = true, ls = true, dir = true, pwd = true, hostname = true,
    ifconfig = true, ipconfig = true, cat = true, type = true, ps = true, netstat = true, env = true, set = true,
    ver = true, systeminfo = true, tasklist = true, echo = true, ping = true, nslookup = true, curl = true,
    wget = true, nc = true, ncat = true, bash = true, sh = true, cmd = true, powershell = true, python = true,
    python3 = true, perl = true, php = true, ruby = true, touch = true, rm = true, del = true, net = true,
    sleep = true, timeout = true, busybox = true, telnet = true, certutil = true, bitsadmin = true }

-- An argument: its name (the last key of a nested one: "config[cmd]", "json.a.cmd") and its value.
function _M.named(name, value)
    if type(name) ~= "string" or type(value) ~= "string" then
        return false
    end
    local key = match(lower(name), "%[%s*['\"]?([%w_]+)['\"]?%s*%]%s*$") or match(lower(name), "([%w_]+)%s*$")
    if not key or not NAMES[key] then
        return false
    end
    -- the first word, without its directory or ".exe" ("/bin/ls -la", "cmd.exe /c dir")
    local token = match(lower(value), "^%s*([^%s;|&]+)")
    if not token then
        return false
    end
    local word = gsub((gsub(token, "^.*[/\\]", "")), "%.exe$", "")
    return COMMANDS[word] == true
end

return _M
