-- A remote URL given as an application's include directory or root setting, the way a register_globals
-- PHP script reads it ("config[root_dir]=http://x/", "phpbb_root_path=...", "_PHPLIB[libdir]=..."), or as the
-- source of a parameter a page includes by name ("index.php?page=http://x/shell.php", "?lang=..."): the name
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

-- Parameters a page includes by name, and what an include there fetches: a script or text file, which the
-- attacker's server hands over as source ("page=https://host/about" or ".../report.pdf" is a link); a parameter
-- naming a template or a layout renders a template file too (".../t.tpl", ".../layout.ejs", ".../t.html")
local INCLUDED_BY_NAME = { page = "script", pg = "script", file = "script", filename = "script", lang = "script",
    language = "script", module = "script", mod = "script", load = "script", doc = "script", document = "script",
    controller = "script", conf = "script", config = "script", template = "template", tpl = "template",
    layout = "template", theme = "template", skin = "template", style = "template", view = "template" }
local SCRIPT_SOURCE = { php = true, php3 = true, php4 = true, php5 = true, php7 = true, phtml = true, phar = true,
    inc = true, txt = true, jsp = true, jspx = true, asp = true, aspx = true, cgi = true, pl = true, py = true,
    rb = true, sh = true }
local TEMPLATE_SOURCE = { tpl = true, ejs = true, twig = true, vm = true, ftl = true, ftlh = true, hbs = true,
    handlebars = true, mustache = true, pug = true, jade = true, erb = true, liquid = true, njk = true, j2 = true,
    jinja = true, jinja2 = true, mako = true, html = true, htm = true, tmpl = true, cshtml = true }

local function last_key(n)
    -- config[root_dir] -> root_dir; json.user.template -> template
    return match(n, "%[%s*['\"]?([%w_]+)['\"]?%s*%]%s*$") or match(n, "([%w_]+)%s*$") or n
end

local function setting(name)
    local n = lower(name)
    for i = 1, #NOT_SETTINGS do
        if find(n, NOT_SETTINGS[i], 1, true) then
            return false
        end
    end
    local key = last_key(n)
    -- (and osCommerce-style directory constants, DIR_WS_INCLUDES, DIR_FS_CATALOG)
    if WHOLE_NAMES[key] or match(key, "dir$") or match(key, "^dir_") or match(key, "root$") then
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

-- A remote URL whose path ends in a script's or a text file's extension, or for a template parameter a template
-- file's (a query or fragment may follow; a host's top-level domain, ".sh" or ".pl", is no extension).
local function included_source(kind, value)
    local ext = match(value, "^%s*%a+://[^/?#%s]+/[^?#%s]*%.(%w+)[?#]?[^%s]*%s*$")
    ext = ext and lower(ext)
    return ext ~= nil and (SCRIPT_SOURCE[ext] or kind == "template" and TEMPLATE_SOURCE[ext]) == true
end

local function include(name, value)
    if not remote(value) then
        return false
    end
    local kind = INCLUDED_BY_NAME[last_key(lower(name))]
    return setting(name) or kind ~= nil and included_source(kind, value)
end

-- An argument: its name and its value.
function _M.named(name, value)
    return type(name) == "string" and type(value) == "string" and include(name, value)
end

-- One value holding assignments ("a=1&config[root_dir]=http://x/").
function _M.written_in(value)
    if not find(value, "=", 1, true) or not find(value, "://", 1, true) then
        return false
    end
    for name, v in gmatch(value, "([^&;?=%s]+)%s*=%s*([^&;%s]*)") do
        if include(name, v) then
            return true
        end
    end
    return false
end

return _M
