local fake_ngx = require "fake_ngx"

describe("edge.limit.batch", function()
    local ngx, batches

    before_each(function()
        ngx = fake_ngx.install({ dicts = { "edge_limits" }, now = 1000 })
        package.loaded["edge.limit.batch"] = nil
        batches = require("edge.limit.batch").new("edge_limits")
    end)

    it("spends what was filled, once per token, with the state it was borrowed at", function()
        assert.is_nil(batches:take("k", 2))
        batches:fill("k", 2, 1000.05, 2)
        assert.equals(1000.05, batches:take("k", 2))
        assert.equals(1000.05, batches:take("k", 2))
        assert.is_nil(batches:take("k", 2))
        assert.is_nil(batches:take("k", 2))   -- spent past zero stays spent
    end)

    it("lets one worker at a time borrow a key", function()
        assert.is_true(batches:claim("k"))
        assert.is_false(batches:claim("k"))
        assert.is_true(batches:claim("other"))
        batches:release("k")
        assert.is_true(batches:claim("k"))
    end)

    it("replaces what is left of an earlier batch instead of adding to it", function()
        batches:fill("k", 4, 1000.05, 2)
        batches:take("k", 2)
        batches:fill("k", 4, 1000.06, 2)
        local n = 0
        while batches:take("k", 2) do
            n = n + 1
        end
        assert.equals(4, n)   -- never more than one batch held
    end)

    it("keeps a batch alive while it is spent, and drops it once its node spent none for a life", function()
        batches:fill("k", 3, 1000.05, 2)
        ngx.clock.now = 1001.9
        assert.truthy(batches:take("k", 2))   -- alive until 1003.9 now
        ngx.clock.now = 1003.8
        assert.truthy(batches:take("k", 2))   -- until 1005.8
        ngx.clock.now = 1005.81
        assert.is_nil(batches:take("k", 2))   -- the last token was dropped unspent
    end)

    it("extends a batch once per half life per worker: alive half a life to a life past its last spend", function()
        local dict = ngx.shared.edge_limits
        local expire, calls = dict.expire, 0
        dict.expire = function(...)
            calls = calls + 1
            return expire(...)
        end
        batches:fill("k", 200, 1000.05, 2)
        ngx.clock.now = 1000.1
        for _ = 1, 100 do
            assert.truthy(batches:take("k", 2))   -- the first extends to 1002.1, the others need not
        end
        assert.equals(2, calls)                    -- the tokens and their estimate, once
        ngx.clock.now = 1000.9
        assert.truthy(batches:take("k", 2))       -- still until 1002.1: 1.2 s past this spend
        assert.equals(2, calls)
        ngx.clock.now = 1002.05
        assert.truthy(batches:take("k", 2))       -- half a life since the last extension: to 1004.05
        assert.equals(4, calls)
        ngx.clock.now = 1004.06
        assert.is_nil(batches:take("k", 2))       -- a life past the last spend: dropped
        -- another worker (its own batch object on the same dict) extends on its own first spend
        local other = require("edge.limit.batch").new("edge_limits")
        batches:fill("k", 3, 1000.05, 2)
        ngx.clock.now = 1004.5
        assert.truthy(batches:take("k", 2))
        assert.truthy(other:take("k", 2))
        assert.equals(8, calls)
    end)

    it("drops unspent tokens after their life, never sooner than a second, never keeps them forever", function()
        batches:fill("k", 3, 1000.05, 2)
        ngx.clock.now = 1002
        assert.is_nil(batches:take("k", 2))
        batches:fill("k", 3, 1000.05, 0.11)   -- a refill time far below a second: a second
        ngx.clock.now = 1002.9
        assert.truthy(batches:take("k", 0.11))
        ngx.clock.now = 1003.91
        assert.is_nil(batches:take("k", 0.11))
        batches:fill("k", 3, 1000.05, 0)      -- a zero life would mean "never expires" to a shared dict
        ngx.clock.now = 1005
        assert.is_nil(batches:take("k", 0))
    end)

    it("takes back a token given back, but does not revive an expired batch", function()
        batches:fill("k", 1, 1000.05, 2)
        assert.truthy(batches:take("k", 2))
        batches:give_back("k")
        assert.truthy(batches:take("k", 2))
        ngx.clock.now = 1003
        batches:give_back("k")
        assert.is_nil(batches:take("k", 2))
    end)
end)
