-- Multipart bodies for specs: body_of(boundary, parts, opts), field(name, value).
local M = {}

local CRLF = "\r\n"

-- a multipart body from {headers..., value} parts: each part is {"Header: v", ..., value}
function M.body_of(boundary, parts, opts)
    opts = opts or {}
    local out = { opts.preamble or "" }
    for _, p in ipairs(parts) do
        out[#out + 1] = "--" .. boundary .. CRLF
        for i = 1, #p - 1 do
            out[#out + 1] = p[i] .. CRLF
        end
        out[#out + 1] = CRLF .. p[#p] .. CRLF
    end
    out[#out + 1] = "--" .. boundary .. "--" .. (opts.epilogue or CRLF)
    return table.concat(out)
end

function M.field(name, value)
    return { 'Content-Disposition: form-data; name="' .. name .. '"', value }
end
return M
