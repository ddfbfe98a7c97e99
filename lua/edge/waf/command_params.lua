-- A shell command given to a parameter named for one, the way a web shell or a diagnostic page takes it
-- ("cmd=id", "exec=whoami", "json.shell=uname -a"): the name tells it from the word in prose, so this reads
-- an argument's name with its value. "command" is not such a name here: Slack's slash commands send one.
-- Also the name of a function that runs code given to a parameter an application calls by name (Ruby's send,
-- PHP's call_user_func, Symfony's _controller, JSON-RPC's method: {"method": "system", "args": ["id"]}).
local lower, match, gsub = string.lower, string.match, string.gsub

local _M = {}

local NAMES = { cmd = true, cmdline = true, command_line = true, exec = true, execute = true, exefile = true,
    shell = true, shellcmd = true, shell_cmd = true, syscmd = true, sys_cmd = true, system = true }
-- parameters whose value names the function called, and the functions that run a command or code
local CALLER_NAMES = { method = true, ["function"] = true, func = true, fn = true, callback = true, handler = true,
    hook = true, call = true, invoke = true, _controller = true }
local CODE_RUNNERS = { system = true, exec = true, shell_exec = true, passthru = true, popen = true, proc_open = true,
    pcntl_exec = true, eval = true, assert = true, spawn = true, spawnsync = true, execsync = true, execfile = true,
    syscall = true, instance_eval = true, class_eval = true, module_eval = true, instance_exec = true,
    __send__ = true, public_send = true, create_function = true, ["kernel.system"] = true,
    ["kernel.exec"] = true, ["os.system"] = true, ["os.popen"] = true, ["subprocess.popen"] = true,
    ["runtime.exec"] = true, ["child_process.exec"] = true }
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
    if key and CALLER_NAMES[key] then
        return CODE_RUNNERS[match(lower(value), "^%s*['\"]?([%w_.]+)['\"]?%s*$") or ""] == true
    end
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
