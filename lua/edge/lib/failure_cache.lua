-- Bounded per-worker cache of rejected inputs (lua/edge/lib/memo.lua's two generations), for the
-- failures the caller calls stable: a repeated bad input is answered with the same verdict without
-- redoing the work. Tied to a generation (revocations.generation(): the key set or deny list moved):
-- the first lookup under a new generation drops every entry.
local memo = require "edge.lib.memo"

local setmetatable = setmetatable

local _M = {}

local Cache = {}
Cache.__index = Cache

-- stable: set of failure descriptions that depend only on the input and the generation.
function _M.new(size, stable)
    return setmetatable({ size = size, stable = stable, memo = memo.new(size), gen = false }, Cache)
end

local function sync(self, gen)
    if gen ~= self.gen then
        self.memo, self.gen = memo.new(self.size), gen
    end
end

-- The cached verdict {code, description} for key under generation gen, or nil.
function Cache:get(key, gen)
    sync(self, gen)
    return self.memo:get(key)
end

-- Remember a failure if its description is stable; returns whether it was cached.
function Cache:put(key, gen, code, description)
    if not self.stable[description] then
        return false
    end
    sync(self, gen)
    self.memo:set(key, { code, description })
    return true
end

return _M
