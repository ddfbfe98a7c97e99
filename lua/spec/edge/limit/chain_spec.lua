local fake_ngx = require "fake_ngx"

-- The chain must decide exactly like gcra.evaluate (the table form the Redis path and its fallback
-- use): same admission, same binding limit, same header values, same stored state.
describe("limit_chain", function()
    local chain, gcra, store, dict, counted

    before_each(function()
        local ngx = fake_ngx.install({ dicts = { "edge_limits", "edge_metrics" } })
        ngx.re = {}   -- edge.limit.keys (applies) loads ngx.re functions it uses only for other keys
        for _, m in ipairs({ "edge.limit.chain", "edge.limit.gcra", "edge.limit.keys", "edge.limit.store_local" }) do
            package.loaded[m] = nil
        end
        chain = require "edge.limit.chain"
        gcra = require "edge.limit.gcra"
        store = require("edge.limit.store_local").new("edge_limits")
        dict = ngx.shared.edge_limits
        counted = {}
    end)

    local function limit(name, rate, burst, key)
        local l = gcra.limit(rate, burst)
        l.name = name
        l.prefix = "r|" .. name .. "|"
        l.key_of = function(value) return l.prefix .. value end
        l.key_fn = function(ctx) return ctx[key or "ip"] end
        l.policy_item = chain.policy_item(name, l)
        l.state_item = '"' .. name .. '";r='
        l.count = { allowed = name .. ":allowed", delayed = name .. ":delayed" }
        return l
    end

    local function count(key)
        counted[#counted + 1] = key
    end

    -- the expected headers from a gcra.evaluate decision, ranked independently of the code under test:
    -- the rejecting limit first, else the least remaining (earliest on ties), then the others in order
    local function expected_headers(limits, d)
        local rank = {}
        for i = 1, #limits do
            rank[i] = i
        end
        local function key(i)
            return i == d.rejected_by and -math.huge or d.remaining[i]
        end
        table.sort(rank, function(a, b)
            return key(a) < key(b) or (key(a) == key(b) and a < b)
        end)
        local shown = { rank[1] }
        for i = 1, #limits do
            if i ~= rank[1] then shown[#shown + 1] = i end
        end
        local policy, state = {}, {}
        for n, i in ipairs(shown) do
            policy[n] = limits[i].policy_item
            state[n] = chain.state_value(limits[i], d.remaining[i], d.reset[i])
        end
        return table.concat(policy, ", "), table.concat(state, ", "), limits[rank[1]]
    end

    it("decides like gcra.evaluate on random states", function()
        math.randomseed(7)
        local rates = { { quota = 1, window = 1 }, { quota = 5, window = 1 }, { quota = 10, window = 1 }, { quota = 30, window = 60 }, { quota = 100, window = 1 } }
        for _ = 1, 2000 do
            local n = math.random(1, 3)
            local limits, keys, tats = {}, {}, {}
            local now = 1000 + math.random() * 10
            for i = 1, n do
                limits[i] = limit("l" .. i, rates[math.random(#rates)], math.random(0, 4))
                keys[i] = limits[i].prefix .. "1.2.3.4"
                -- state: fresh, idle, or pending up to a little past the tolerance
                local r = math.random(3)
                tats[i] = r == 1 and nil or (r == 2 and now - math.random()) or
                    now + math.random() * (limits[i].tau + 2 * limits[i].interval)
                dict:delete(keys[i])
                if tats[i] then
                    dict:set(keys[i], tats[i])
                end
            end
            local d = gcra.evaluate(limits, tats, now)
            local ok, bound, remaining, reset, pre_p, pre_s, post_p, post_s, wait =
                chain.build(limits, store, count, true)({ ip = "1.2.3.4" }, {}, now, true)
            local policy, state = chain.join(pre_p, post_p), chain.join(pre_s, post_s)
            assert.equals(d.allowed, ok)
            local want_policy, want_state, want_bound = expected_headers(limits, d)
            assert.equals(want_bound, bound)
            assert.equals(want_policy, chain.join(bound.policy_item, policy))
            assert.equals(want_state, chain.join(chain.state_value(bound, remaining, reset), state))
            if ok then
                assert.near(d.delay, wait, 1e-9)
            else
                assert.near(d.retry_after, wait, 1e-9)
            end
            for i = 1, n do
                -- charged only when all conformed
                if d.allowed then
                    assert.near(d.new_tats[i], dict:get(keys[i]), 1e-9)
                else
                    assert.equals(tats[i], dict:get(keys[i]))
                end
            end
        end
    end)

    it("skips limits without a key value or whose path does not match", function()
        local a, b = limit("a", { quota = 1, window = 1 }, 0, "client"), limit("b", { quota = 1, window = 1 }, 0)
        b.paths = { ["/login"] = true }
        local decide = chain.build({ a, b }, store, count, true)
        local ok, bound = decide({ ip = "1.2.3.4" }, { uri = "/other" }, 100, true)
        assert.is_true(ok)
        assert.is_nil(bound)   -- no limit applied: no headers
        ok, bound = decide({ ip = "1.2.3.4" }, { uri = "/login" }, 100, true)
        assert.is_true(ok)
        assert.equals(b, bound)
        assert.is_false((decide({ ip = "1.2.3.4" }, { uri = "/login" }, 100, true)))
    end)

    it("counts each charged limit, delayed only where that limit made the request wait", function()
        local a, b = limit("a", { quota = 1, window = 1 }, 5), limit("b", { quota = 100, window = 1 }, 5)
        local decide = chain.build({ a, b }, store, count, false)
        decide({ ip = "x" }, {}, 100, true)
        decide({ ip = "x" }, {}, 100, true)
        assert.same({ "b:allowed", "a:allowed", "b:delayed", "a:delayed" }, counted)
    end)

    it("writes a RateLimit item's numbers in decimal, inside and past the precomputed range", function()
        local l = limit("a", { quota = 10, window = 1 }, 5)
        assert.equals('"a";r=0;t=0', chain.state_value(l, 0, 0))
        assert.equals('"a";r=7;t=2', chain.state_value(l, 7, 1.2))
        assert.equals('"a";r=4095;t=1', chain.state_value(l, 4095, 0.0001))
        assert.equals('"a";r=4096;t=86400', chain.state_value(l, 4096, 86400))
        assert.equals('"a";r=1000000;t=3600', chain.state_value(l, 1000000, 3599.5))
    end)
end)
