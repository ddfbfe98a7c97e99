-- A remote URL given as an application's include directory or root setting, the way a register_globals
-- PHP script reads it ("config[root_dir]=http://x/", "phpbb_root_path=...", "_PHPLIB[libdir]=..."): the name
-- tells it from a link (a website, an avatar), so this reads an argument's name with its value, and the
-- assignments written inside one value (a query string pasted into a field). Where to return after a login
-- is not a setting of that kind.
local lower, find, match, gmatch, sub = string.lower, string.find, string.match, string.gmatch, string.sub

local _M = {}

local NOT_SETTINGS = { "return", "redirect", "next", "back", "success", "cancel", "callback", "continue", "login",
    "logout" }
local WHOLE_NAMES = { include = true, includes = true, inc = true, require = true, docroot = true,
    document_root = true, libdir = true, basedir = true }
-- "<owner>path" and "<owner>_path": the paths an application includes from (not an image's or a file's)
local PATH_OWNERS = { root = true, base = true, abs = true, absolute = true, include = true, inc = true, lib = true,
    app = true, class = true, module = true, plugin = true, template = true, theme = true, skin = true, doc = true,
    document = true }

local function setting(name)
    local n = lower(name)
    for i = 1, #NOT_SETTINGS do
        if find(n, NOT_SETTINGS[i], 1, true) then
            return false
        end
    end
    -- the last key: config[root_dir] -> root_dir
    local key = match(n, "%[%s*['\"]?([%w_]+)['\"]?%s*%]%s*$") or match(n, "([%w_]+)%s*$") or n
    if WHOLE_NAMES[key] or match(key, "dir$") or match(key, "root$") then
        return true
    end
    -- a configuration array's own path (_CONF[path], $settings['path'])
    if key == "path" and (find(n, "conf", 1, true) or find(n, "cfg", 1, true) or find(n, "setting", 1, true)) then
        return true
    end
    local owner = match(key, "(%a+)_?path$")
    return owner ~= nil and PATH_OWNERS[owner] == true
end

-- A value that is a remote URL an include would fetch (http, https, ftp, ftps); only its scheme is lower-cased.
local function remote(value)
    if not find(value, "://", 1, true) then
        return false
    end
    local at = match(value, "^%s*()")
    local scheme = lower(sub(value, at, at + 7))
    return find(scheme, "^https?://") ~= nil or find(scheme, "^ftps?://") ~= nil
end
_M.remote = remote

-- An argument: its name and its value.
function _M.named(name, value)
    return type(name) == "string" and type(value) == "string" and remote(value) and setting(name)
end

-- One value holding assignments ("a=1&config[root_dir]=http://x/").
function _M.written_in(value)
    if not find(value, "=", 1, true) or not find(value, "://", 1, true) then
        return false
    end
    for name, v in gmatch(value, "([^&;?=%s]+)%s*=%s*([^&;%s]*)") do
        if remote(v) and setting(name) then
            return true
        end
    end
    return false
end

return _M
