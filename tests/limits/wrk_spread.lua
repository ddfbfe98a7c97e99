-- wrk script of the scale-out test bed: thread i talks to node i (WRK_NODES="port,port,port", one
-- thread per node), every request as tenant WRK_TENANT; done() prints each status's count.
local ports = {}
for p in os.getenv("WRK_NODES"):gmatch("%d+") do
    ports[#ports + 1] = p
end
local threads, n = {}, 0

function setup(thread)
    n = n + 1
    thread.addr = wrk.lookup("127.0.0.1", ports[(n - 1) % #ports + 1])[1]
    threads[n] = thread
end

function init()
    wrk.headers["X-Tenant"] = os.getenv("WRK_TENANT")
    statuses = {}
end

function response(status)
    statuses[status] = (statuses[status] or 0) + 1
end

function done()
    local total = {}
    for _, t in ipairs(threads) do
        for status, count in pairs(t:get("statuses")) do
            total[status] = (total[status] or 0) + count
        end
    end
    for status, count in pairs(total) do
        io.write(string.format("status %d %d\n", status, count))
    end
end
