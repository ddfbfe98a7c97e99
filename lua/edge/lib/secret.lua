-- Secrets the edge reads from files (set-up writes them under .run/secrets, never into edge.json).
local _M = {}

-- The file's content without surrounding white space, or nil when it is missing or empty.
function _M.read(path)
    local f = io.open(path, "rb")
    if not f then
        return nil
    end
    local s = f:read("*a")
    f:close()
    s = s and s:match("^%s*(.-)%s*$")
    return s ~= "" and s or nil
end

return _M
