-- This node's concurrency slots in lua_shared_dict edge_inflight (edge.policies.concurrency takes
-- them): counters "c|<route>|<limit>|<value>", and per worker a ledger "w|<pid>|<slot>" of what it
-- holds. A slot is released exactly once, in the log phase (release: the record in
-- $edge_limit_slots is emptied first); a timer returns the slots of workers that died without
-- running their log phase (sweep), and publishes the in-flight gauge from the counters.
local memo = require "edge.lib.memo"
local report = require "edge.limit.report"
local ffi = require "ffi"

local ngx_var = ngx.var
local find = string.find
local sub = string.sub

local _M = {}

local EPERM = 1
local published = {}   -- "route|limit" -> true: gauge series this worker has written

ffi.cdef [[ int kill(int pid, int sig); ]]

local function pid_alive(pid)
    if ffi.C.kill(pid, 0) == 0 then
        return true
    end
    return ffi.errno() == EPERM
end

-- slot key "c|<route>|<limit>|<value>" -> route, limit (for the gauge's labels)
local function labels_of(slot)
    local a = find(slot, "|", 3, true)
    local b = a and find(slot, "|", a + 1, true)
    if not b then
        return nil
    end
    return sub(slot, 3, a - 1), sub(slot, a + 1, b - 1)
end

local ledger_of   -- slot -> "w|<pid>|<slot>", made on first use in the worker (the master has another pid)

local function ledger_key(slot)
    if not ledger_of then
        ledger_of = memo.prefixed("w|" .. ngx.worker.pid() .. "|")
    end
    return ledger_of(slot)
end

local function release_one(dict, slot)
    dict:incr(slot, -1, 0)
    dict:incr(ledger_key(slot), -1, 0)
end

-- Release whatever this request holds, once: the record is emptied before anything else.
function _M.release(dict)
    local held = ngx_var.edge_limit_slots
    if not held or held == "" then
        return 0
    end
    ngx_var.edge_limit_slots = ""
    local nl = find(held, "\n", 1, true)
    if not nl then   -- one slot: no loop on the hot path
        release_one(dict, held)
        return 1
    end
    local count, start = 0, 1
    while true do
        release_one(dict, sub(held, start, nl and nl - 1 or nil))
        count = count + 1
        if not nl then
            break
        end
        start = nl + 1
        nl = find(held, "\n", start, true)
    end
    return count
end
-- Return the slots of dead workers. `alive(pid)` is injectable for the specs. A dead pid is claimed
-- with the atomic add, so two live workers never return the same slots twice.
function _M.sweep(dict, alive, self_pid)
    alive = alive or pid_alive
    local dead, ledgers = {}, {}
    for _, key in ipairs(dict:get_keys(0)) do
        local pid, slot = key:match("^w|(%d+)|(.+)$")
        if pid then
            pid = tonumber(pid)
            if dead[pid] == nil then
                dead[pid] = pid ~= self_pid and not alive(pid) and dict:add("swept|" .. pid, true, 3600) == true
            end
            if dead[pid] then
                ledgers[#ledgers + 1] = { key, slot }
            end
        end
    end
    local returned = 0
    for _, entry in ipairs(ledgers) do
        local held = dict:get(entry[1]) or 0
        if held ~= 0 then
            dict:incr(entry[2], -held, 0)
            returned = returned + held
        end
        dict:delete(entry[1])
    end
    return returned
end

-- The in-flight gauge, per route and limit, summed from the slot counters themselves: exact whatever
-- happened to a worker, and nothing to write per request.
function _M.publish_inflight(dict)
    local totals = {}
    for _, key in ipairs(dict:get_keys(0)) do
        if key:byte(1) == 99 then   -- "c|route|limit|value"
            local route, limit = labels_of(key)
            if route then
                local id = route .. "|" .. limit
                local t = totals[id]
                if not t then
                    t = { route, limit, 0 }
                    totals[id] = t
                end
                t[3] = t[3] + (dict:get(key) or 0)
            end
        end
    end
    for id, t in pairs(totals) do
        report.set_inflight(t[1], t[2], t[3])
        published[id] = true
    end
    for id in pairs(published) do   -- a series whose keys were evicted reads 0, not its last value
        if not totals[id] then
            local route, limit = labels_of("c|" .. id .. "|")
            report.set_inflight(route, limit, 0)
            published[id] = nil
        end
    end
end
_M.ledger_key = ledger_key

return _M
