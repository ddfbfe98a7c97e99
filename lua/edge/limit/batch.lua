-- Tokens a node borrowed from a shared (Redis) bucket and spends locally: a limit with `batch: N`
-- asks Redis for up to N tokens at once, admits the request with one and keeps the rest here, in a
-- lua_shared_dict, so every worker of the node spends the same batch (docs/performance.md, "Batched
-- limits", has the bound and the figures).
-- Bound: one worker at a time borrows for a key (a claim taken with the atomic dict:add), and a new
-- batch replaces what is left of the old one, so a node holds at most N - 1 tokens of a key (N when a
-- token given back lands in the next batch): the cluster admits at most nodes x N more than the
-- shared bucket over any span, since every token it holds was charged there.
-- Expiry: a batch lives while its node spends it, at most one refill time of the bucket (capacity x
-- interval, the w its RateLimit-Policy publishes; at least MIN_LIFE) past its last spend: by then the
-- shared bucket has earned the batch back, and a stale token would stack on a refilled bucket (an idle
-- client's next burst would get both). A spend extends the batch to a whole life when this worker last
-- did so half a life ago or more (two dict:expire calls were a fifth of a batched request's extra cost:
-- docs/performance.md), so a batch lives at least half a life past any spend. Dropping loses tokens
-- (under-admission), never adds any.
local memo = require "edge.lib.memo"

local max = math.max
local ngx_now = ngx.now

local _M = {}
local mt = { __index = _M }

-- The dict names of a key's batch, made once per key while memoised: a concatenation per request
-- hashes and interns a new string (docs/performance.md).
local tokens_of, estimate_of, claim_of = memo.prefixed("bt:"), memo.prefixed("be:"), memo.prefixed("bc:")
local refused_of, refused_estimate_of = memo.prefixed("br:"), memo.prefixed("bf:")

-- A claim outlives a worker that died while borrowing only this long (s): far above a Redis timeout.
local CLAIM_TTL = 1
-- The shortest batch life (s). A fast limit refills in less than the gap between two requests of a
-- node (1000000 r/s, burst 1000: 1 ms): its batches would expire unspent and every request would cost
-- a round trip. Holding a batch longer never breaks the bound, which counts every token held.
local MIN_LIFE = 1

function _M.new(dict_name)
    local dict = ngx.shared[dict_name]
    if not dict then
        error("edge.limit.batch: lua_shared_dict " .. dict_name .. " is not declared")
    end
    -- key -> when this worker last extended its batch's life: a table lookup instead of two dict calls
    return setmetatable({ dict = dict, extended_at = memo.new(4096) }, mt)
end

-- Spend one borrowed token of `key` and keep the batch alive `life` seconds more. Returns the shared
-- bucket's state (tat, on this node's clock) as it stood after the borrow and the tokens left, or nil
-- when the node holds no token of the key.
function _M:take(key, life)
    local dict = self.dict
    local tokens = tokens_of(key)
    local left = dict:incr(tokens, -1)
    if not left or left < 0 then   -- absent, expired or spent (a negative count is harmless: see fill)
        return nil
    end
    local estimate = estimate_of(key)
    life = max(life, MIN_LIFE)
    local now, extended = ngx_now(), self.extended_at
    local last = extended:get(key)
    if not last or now - last >= life * 0.5 then
        dict:expire(tokens, life)
        dict:expire(estimate, life)
        extended:set(key, now)
    end
    return dict:get(estimate), left
end

-- Tokens of `key` the node holds (nil: none; below 0: spent past the end).
function _M:held(key)
    return self.dict:get(tokens_of(key))
end

-- Add `tokens` to what is left of the batch (the claim holder only, when topping it up), for `life`
-- seconds from now; tat: the shared bucket's state after this borrow (for headers).
function _M:add(key, tokens, tat, life)
    life = max(life, MIN_LIFE)
    local dict = self.dict
    local name = tokens_of(key)
    local left = dict:incr(name, tokens, 0, life)
    if left and left < tokens then
        -- spent past the end meanwhile (failed takes, which admitted nothing): undo those only
        dict:incr(name, tokens - left)
    end
    dict:expire(name, life)
    dict:set(estimate_of(key), tat, life)
end

-- Whether this worker may borrow a batch of `key` now (else another one is borrowing: decide exactly).
function _M:claim(key)
    return (self.dict:add(claim_of(key), true, CLAIM_TTL))
end

-- Whether a worker of this node is borrowing a batch of `key` right now.
function _M:borrowing(key)
    return self.dict:get(claim_of(key)) ~= nil
end

function _M:release(key)
    self.dict:delete(claim_of(key))
end

-- Keep `tokens` borrowed tokens of `key` (the claim holder only), replacing whatever is left of an
-- earlier batch, for `life` seconds; tat: the shared bucket's state after the borrow (for headers).
function _M:fill(key, tokens, tat, life)
    life = max(life, MIN_LIFE)
    local dict = self.dict
    dict:set(estimate_of(key), tat, life)
    dict:set(tokens_of(key), tokens, life)
end

-- The shared bucket refused `key` and admits none before `refused_to` (this node's clock): refuse it here
-- until then, with `tat` (the bucket's state) for the headers. Only delays this node's next ask:
-- never admits anything. Refusals shorter than the dict's millisecond are not kept.
function _M:refuse(key, refused_to, tat, seconds)
    if seconds >= 0.001 then
        local dict = self.dict
        dict:set(refused_estimate_of(key), tat, seconds)   -- beside a batch's own (another worker may have one)
        dict:set(refused_of(key), refused_to, seconds)
    end
end

-- Until when the node refuses `key` (nil: it does not).
function _M:refused_until(key)
    return self.dict:get(refused_of(key))
end

-- The shared bucket's state as this node last saw it (nil: it holds no batch or refusal of `key`).
function _M:estimate(key)
    local dict = self.dict
    return dict:get(refused_estimate_of(key)) or dict:get(estimate_of(key))
end

-- A token taken for a request that another limit then rejected (all-or-nothing): back to the batch.
function _M:give_back(key)
    self.dict:incr(tokens_of(key), 1)
end

return _M
