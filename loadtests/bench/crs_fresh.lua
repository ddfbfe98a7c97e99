-- The compiled CRS engine (edge.waf.crs.engine) over requests it has never seen: what a scanner sending
-- distinct payloads costs. Each round inspects every request once through a new view (its per-value
-- memos empty); the first round warms up (traces, the URI memo) and is not counted. Prints CPU time
-- per request, median (and best) of the other rounds, per kind (attack / benign), and writes each
-- request's verdict (rule ids, score) so two trees can be compared.
-- Instructions instead of time: loadtests/bench/crs_fresh.py --callgrind.
-- Usage (loadtests/bench/crs_fresh.py prepares the inputs):
--   luajit crs_fresh.lua crs.json requests.jsonl rounds [verdicts.out]
local cjson = require "cjson"
local ffi = require "ffi"

jit.opt.start("loopunroll=60", "maxrecord=16000", "maxirconst=4000")   -- as lua/edge/init.lua sets them

local crs_file, requests_file, rounds, verdicts_file = arg[1], arg[2], tonumber(arg[3] or "6"), arg[4]

local function read(path)
    local f = assert(io.open(path, "rb"))
    local text = f:read("*a")
    f:close()
    return text
end

local ruleset = cjson.decode(read(crs_file))
local requests = {}
for line in io.lines(requests_file) do
    local r = cjson.decode(line)
    if r.body == cjson.null then r.body = nil end
    requests[#requests + 1] = r
end

-- a fresh view: its per-value memos start empty (the engine's compiled rules and traces stay warm)
local eng = require("edge.waf.crs.engine").new(ruleset)

local clock = os.clock
local per_kind, verdicts, counts = {}, {}, {}
for i = 1, #requests do
    counts[requests[i].kind] = (counts[requests[i].kind] or 0) + 1
end

local function round(keep)
    local view = eng:view()
    collectgarbage()
    local spent = {}
    for i = 1, #requests do
        local r = requests[i]
        local t0 = clock()
        local res = view:inspect(r)
        local dt = clock() - t0
        spent[r.kind] = (spent[r.kind] or 0) + dt
        if not keep then
            verdicts[i] = r.id .. " " .. table.concat(res.rules, ",") .. " " .. res.score
        end
    end
    if keep then
        for kind, s in pairs(spent) do
            per_kind[kind] = per_kind[kind] or {}
            table.insert(per_kind[kind], s)
        end
    end
end

-- under `valgrind --tool=callgrind --dump-before=getpid` the counted rounds are one dump of their own
ffi.cdef "int getpid(void);"
round(false)
ffi.C.getpid()
for _ = 2, rounds do
    round(true)
end
ffi.C.getpid()
local kinds = {}
for kind in pairs(per_kind) do kinds[#kinds + 1] = kind end
table.sort(kinds)
for _, kind in ipairs(kinds) do
    local list = per_kind[kind]
    table.sort(list)
    local n = counts[kind]
    local rounds_us = {}
    for i, s in ipairs(list) do rounds_us[i] = string.format("%.0f", s / n * 1e6) end
    print(string.format("%-8s %5d requests  median %4.0f us/request  best %4.0f  rounds %s", kind, n,
        list[math.floor((#list + 1) / 2)] / n * 1e6, list[1] / n * 1e6, table.concat(rounds_us, " ")))
end
if verdicts_file then
    local f = assert(io.open(verdicts_file, "wb"))
    f:write(table.concat(verdicts, "\n"), "\n")
    f:close()
end
