-- Prometheus metrics kept in the edge_metrics shared dict (shared by all workers, updated with the
-- atomic incr from per-worker buffers), rendered in the text exposition format on the status port.
local memo_lib = require "edge.lib.memo"

local ngx_shared = ngx.shared
local concat = table.concat
local sort = table.sort
local tostring = tostring
local child_of, cached = memo_lib.child, memo_lib.cached

local _M = {}

local dict_name = "edge_metrics"
local defs = {}          -- metric name -> {type=, help=, buckets=}
local def_order = {}

-- Metrics are declared at module load (init, before the fork), so every worker knows them all.
function _M.define(name, mtype, help, buckets)
    if not defs[name] then
        def_order[#def_order + 1] = name
    end
    defs[name] = { type = mtype, help = help, buckets = buckets }
end

local function escape(v)
    return (tostring(v):gsub("\\", "\\\\"):gsub("\n", "\\n"):gsub('"', '\\"'))
end

-- labels: array of {name, value} pairs, kept ordered so a series has one key.
local function render_series(name, labels)
    local parts = {}
    for i, pair in ipairs(labels) do
        parts[i] = pair[1] .. '="' .. escape(pair[2]) .. '"'
    end
    return name .. "{" .. concat(parts, ",") .. "}"
end

-- Series keys are built on every request (log phase): memoised in a tree of label names/values, so
-- the hot path is a few table lookups instead of string escapes and concatenation. Bounded: label
-- sets beyond MEMO_MAX are rendered each time (label values should be bounded anyway).
local memo, memo_size, MEMO_MAX = {}, 0, 10000
local RESULT = {}

local function series(name, labels)
    if not labels or #labels == 0 then
        return name
    end
    local node = child_of(memo, name)
    for i = 1, #labels do
        local pair = labels[i]
        local by_name = child_of(node, pair[1])
        local child = by_name[pair[2]]
        if not child then
            if memo_size >= MEMO_MAX then
                return render_series(name, labels)
            end
            child = {}
            by_name[pair[2]] = child
        end
        node = child
    end
    local key = node[RESULT]
    if not key then
        key = render_series(name, labels)
        node[RESULT] = key
        memo_size = memo_size + 1
    end
    return key
end
_M.series = series

local function dict()
    return ngx_shared[dict_name]
end

-- Counters are buffered per worker and flushed to the shared dict every FLUSH_INTERVAL by a timer:
-- a request then costs a few table updates instead of one shm lock + incr per series. A scrape
-- waits two intervals, so it sees everything counted before it began.
local FLUSH_INTERVAL = 0.05
local pending, has_pending = {}, false

local function add(key, value)
    pending[key] = (pending[key] or 0) + value
    has_pending = true
end

local function flush()
    if not has_pending then
        return
    end
    local d = dict()
    if not d then
        return
    end
    local batch = pending
    pending, has_pending = {}, false
    for key, value in pairs(batch) do
        local _, err = d:incr(key, value, 0)
        if err then
            ngx.log(ngx.WARN, "metrics: ", key, ": ", err)
        end
    end
end
_M.flush = flush

function _M.init_worker()
    local ok, err = ngx.timer.every(FLUSH_INTERVAL, function()
        flush()  -- also on the premature (worker exiting) run: a reload loses no counts
    end)
    if not ok then
        ngx.log(ngx.ERR, "metrics: cannot start the flush timer: ", err)
    end
end

function _M.inc(name, labels, value)
    add(series(name, labels), value or 1)
end

-- Hot path: a series key the caller built once with series() (no label walk per request).
function _M.inc_key(key, value)
    add(key, value or 1)
end

-- Gauges are absolute values: written through at once.
function _M.set(name, labels, value)
    local d = dict()
    if d then
        d:set(series(name, labels), value)
    end
end

-- Histogram keys per label set: one key per bucket (+Inf last), then _sum and _count. Cumulative
-- bucket counts are built at scrape time, so an observation is three buffered adds.
local hist_keys = {}

-- The bucket index of a value, as straight-line code generated once per bucket list: a loop here
-- would be the log phase's only one, which LuaJIT cannot trace into (docs/performance.md).
local bucket_finder = cached(function(buckets)
    local lines = { "return function(v)" }
    for i, bound in ipairs(buckets) do
        lines[#lines + 1] = ("    if v <= %.17g then return %d end"):format(bound, i)
    end
    lines[#lines + 1] = ("    return %d\nend"):format(#buckets + 1)
    return assert(loadstring(concat(lines, "\n"), "=metrics:buckets"))()
end)

local function histogram_keys(name, labels, buckets)
    local base = series(name, labels)
    local keys = hist_keys[base]
    if keys then
        return keys
    end
    keys = {}
    labels = labels or {}
    local with_le = { unpack(labels) }
    for i = 1, #buckets + 1 do
        with_le[#labels + 1] = { "le", buckets[i] and tostring(buckets[i]) or "+Inf" }
        keys[i] = render_series(name .. "_bucket", with_le)
    end
    keys.sum = series(name .. "_sum", labels)
    keys.count = series(name .. "_count", labels)
    keys.bucket_of = bucket_finder(buckets)
    hist_keys[base] = keys
    return keys
end

local function add_observation(keys, value)
    add(keys[keys.bucket_of(value)], 1)
    add(keys.sum, value)
    add(keys.count, 1)
end

function _M.observe(name, labels, value)
    local buckets = defs[name].buckets
    add_observation(histogram_keys(name, labels, buckets), value)
end

-- The per-request metrics of one route (edge.lua's log phase): every series key is built once, so a
-- request costs a few buffered adds and no table or string is made for it.
local REQUEST_BUCKETS

function _M.request_series(route)
    local labels = { { "route", route } }
    return {
        route = route,
        total = {},            -- status -> edge_requests_total key, filled on first use
        upstream_errors = {},  -- status -> edge_upstream_errors_total key
        duration = histogram_keys("edge_request_duration_seconds", labels, REQUEST_BUCKETS),
    }
end

local function status_key(cache, name, route, status)
    local key = cache[status]
    if not key then
        key = series(name, { { "route", route }, { "status", status } })
        cache[status] = key
    end
    return key
end

function _M.request_done(s, status, seconds, upstream_failed)
    add(status_key(s.total, "edge_requests_total", s.route, status), 1)
    if upstream_failed then
        add(status_key(s.upstream_errors, "edge_upstream_errors_total", s.route, status), 1)
    end
    add_observation(s.duration, seconds)
end

-- Split "name{a="x",le="0.1"}" into name and label text without le, and the le value.
local function split_le(key)
    local base, labels = key:match("^([^{]+){(.*)}$")
    if not base then
        return key, "", nil
    end
    local le = labels:match('le="([^"]*)"')
    labels = labels:gsub(',?le="[^"]*"', ""):gsub("^,", "")
    return base, labels, le
end

local function render_histogram(out, name, def, values)
    local per_series = {}
    local prefix = name .. "_bucket"
    for key, v in pairs(values) do
        if key:sub(1, #prefix) == prefix then
            local _, labels, le = split_le(key)
            local s = per_series[labels] or {}
            s[le] = v
            per_series[labels] = s
        end
    end
    local label_sets = {}
    for labels in pairs(per_series) do
        label_sets[#label_sets + 1] = labels
    end
    sort(label_sets)
    for _, labels in ipairs(label_sets) do
        local counts, cumulative = per_series[labels], 0
        local sep = labels == "" and "" or ","
        for _, bound in ipairs(def.buckets) do
            cumulative = cumulative + (counts[tostring(bound)] or 0)
            out[#out + 1] = prefix .. "{" .. labels .. sep .. 'le="' .. tostring(bound) .. '"} ' .. cumulative
        end
        cumulative = cumulative + (counts["+Inf"] or 0)
        out[#out + 1] = prefix .. "{" .. labels .. sep .. 'le="+Inf"} ' .. cumulative
        local suffix = labels == "" and "" or "{" .. labels .. "}"
        out[#out + 1] = name .. "_sum" .. suffix .. " " .. (values[name .. "_sum" .. suffix] or 0)
        out[#out + 1] = name .. "_count" .. suffix .. " " .. (values[name .. "_count" .. suffix] or 0)
    end
end

-- Fill of every lua_shared_dict (resty.core's capacity/free_space), read at scrape time.
local function dict_gauges(d)
    for name, shdict in pairs(ngx_shared) do
        if type(shdict) == "table" and shdict.capacity then
            d:set(series("edge_shdict_capacity_bytes", { { "dict", name } }), shdict:capacity())
            d:set(series("edge_shdict_free_bytes", { { "dict", name } }), shdict:free_space())
        end
    end
end

function _M.render()
    flush()
    local d = dict()
    dict_gauges(d)
    local values = {}
    for _, key in ipairs(d:get_keys(0)) do
        values[key] = d:get(key)
    end
    local out = {}
    for _, name in ipairs(def_order) do
        local def = defs[name]
        out[#out + 1] = "# HELP " .. name .. " " .. def.help
        out[#out + 1] = "# TYPE " .. name .. " " .. def.type
        if def.type == "histogram" then
            render_histogram(out, name, def, values)
        else
            local keys = {}
            for key in pairs(values) do
                if key == name or key:sub(1, #name + 1) == name .. "{" then
                    keys[#keys + 1] = key
                end
            end
            sort(keys)
            for _, key in ipairs(keys) do
                out[#out + 1] = key .. " " .. values[key]
            end
        end
    end
    out[#out + 1] = ""
    return concat(out, "\n")
end

function _M.expose()
    flush()
    ngx.sleep(2 * FLUSH_INTERVAL)  -- every other worker's timer has flushed by now
    ngx.header["Content-Type"] = "text/plain; version=0.0.4"
    ngx.print(_M.render())
end

_M.define("edge_requests_total", "counter", "Requests finished at the edge, by route and status.")
REQUEST_BUCKETS = { 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10 }
_M.define("edge_request_duration_seconds", "histogram", "Time from first byte in to last byte out.",
    REQUEST_BUCKETS)
_M.define("edge_upstream_errors_total", "counter", "Requests the upstream failed (502/503/504 from nginx).")
_M.define("edge_shdict_capacity_bytes", "gauge", "Size of each lua_shared_dict.")
_M.define("edge_shdict_free_bytes", "gauge",
    "Free pages of each lua_shared_dict (0 once full: new keys then evict the least recently used).")
_M.define("edge_shdict_evictions_total", "counter",
    "Writes that evicted least recently used keys because the dict was full (a key-cardinality flood).")

return _M
