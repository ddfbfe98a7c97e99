-- A stand-in for ngx.socket.tcp that answers from a script: install(answer) makes every socket reply
-- `answer` (the whole HTTP response text) and records what was sent; connect_err fails the connect.
local M = {}

function M.install(ngx, answer, connect_err)
    local record = { sent = {}, closed = 0 }
    ngx.socket = { tcp = function()
        local pos = 1
        local sock = {}
        function sock.settimeouts() end
        function sock.connect(_, host, port)
            record.host, record.port = host, port
            if connect_err then
                return nil, connect_err
            end
            return true
        end
        function sock.send(_, data)
            record.sent[#record.sent + 1] = data
            return #data
        end
        function sock.receive(_, what)
            if what == "*l" then
                local nl = answer:find("\n", pos, true)
                if not nl then
                    return nil, "closed"
                end
                local line = answer:sub(pos, nl - 1):gsub("\r$", "")
                pos = nl + 1
                return line
            end
            local rest = answer:sub(pos, pos + what - 1)
            pos = pos + #rest
            if #rest < what then
                return nil, "closed", rest
            end
            return rest
        end
        function sock.close()
            record.closed = record.closed + 1
        end
        return sock
    end }
    return record
end

return M
