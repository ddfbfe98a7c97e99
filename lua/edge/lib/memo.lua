-- Bounded per-worker memo tables. Two generations instead of LRU bookkeeping: a get is one or two
-- table lookups, a set a store; when the current generation is full it becomes the old one and
-- the oldest is dropped, so at most 2 x size entries are kept and hot entries survive (a hit in
-- the old generation moves back). resty.lrucache's set cost more than the work it saved here.
local setmetatable = setmetatable

local _M = {}

local Memo = {}
Memo.__index = Memo

function _M.new(size)
    return setmetatable({ size = size, count = 0, cur = {}, old = {} }, Memo)
end

function Memo:get(key)
    local v = self.cur[key]
    if v == nil then
        v = self.old[key]
        if v ~= nil then
            self:set(key, v)
        end
    end
    return v
end

function Memo:set(key, value)
    if self.count >= self.size then
        self.old, self.cur, self.count = self.cur, {}, 0
    end
    if self.cur[key] == nil then
        self.count = self.count + 1
    end
    self.cur[key] = value
end

-- t[k], a new table stored there first when t has none: a node of a tree of memo tables.
function _M.child(t, k)
    local c = t[k]
    if c == nil then
        c = {}
        t[k] = c
    end
    return c
end

-- function(key) -> build(key), built once per key and kept for the worker's life: for keys fixed
-- at init (a bucket list, a file name), never for request data.
function _M.cached(build)
    local built = {}
    return function(key)
        local v = built[key]
        if v == nil then
            v = build(key)
            built[key] = v
        end
        return v
    end
end

-- function(value) -> prefix .. value, built once per value while it stays memoised: a shared-dict
-- key per client then costs a table lookup instead of a concatenation, which hashes and interns a
-- new string on every request.
function _M.prefixed(prefix, size)
    local memo = _M.new(size or 4096)
    return function(value)
        local key = memo:get(value)
        if not key then
            key = prefix .. value
            memo:set(value, key)
        end
        return key
    end
end

return _M
