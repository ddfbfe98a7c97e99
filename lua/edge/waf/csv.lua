-- A CSV file as its cells: what an uploaded spreadsheet export holds (edge.waf.inspect reads it cell by cell).
local byte, find, sub = string.byte, string.find, string.sub
local concat = table.concat

local _M = {}

-- A CSV document (RFC 4180; "," ";" or tab between cells, a quoted cell's "" one quote) -> array of its
-- non-blank cells, at most `limit`; second result: the offset where the rest starts when more were left.
-- One pass of plain finds over the bytes.
local CELL_END = "[,;\t\n]"

function _M.cells(doc, limit)
    local out, i, len = {}, 1, #doc
    while i <= len do
        if #out >= limit then
            return out, i
        end
        local cell, stop
        if byte(doc, i) == 34 then   -- a quoted cell, to its closing quote (the rest when there is none)
            local parts, j = {}, i + 1
            while true do
                local q = find(doc, '"', j, true)
                if not q then
                    parts[#parts + 1] = sub(doc, j)
                    j = len + 1
                    break
                end
                parts[#parts + 1] = sub(doc, j, q - 1)
                if byte(doc, q + 1) ~= 34 then
                    j = q + 1
                    break
                end
                parts[#parts + 1] = '"'
                j = q + 2
            end
            stop = find(doc, CELL_END, j) or len + 1
            parts[#parts + 1] = sub(doc, j, stop - 1)   -- anything between the closing quote and the separator
            cell = concat(parts)
        else
            stop = find(doc, CELL_END, i) or len + 1
            cell = sub(doc, i, stop - 1)
        end
        if byte(cell, -1) == 13 then   -- a CRLF line's CR
            cell = sub(cell, 1, -2)
        end
        if find(cell, "%S") then
            out[#out + 1] = cell
        end
        i = stop + 1
    end
    return out
end

return _M
