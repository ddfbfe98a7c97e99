local fake_ngx = require "fake_ngx"
local redis_script = require "redis_script"

-- The server-side script is plain Lua 5.1: run it here against an in-memory `redis.call` and check
-- it decides exactly like edge.limit.gcra (the local store), all keys or none.
describe("edge.limit.store_redis script", function()
    local data, now_us
    local call = redis_script.gcra_call(function() return data end, function() return now_us end)

    local function eval(script, keys, argv)
        return redis_script.runner(script, call)(keys, argv)
    end

    it("admits burst + 1, then rejects without charging any key", function()
        local ngx = fake_ngx.install({ dicts = { "edge_metrics" } })
        ngx.socket = { tcp = function() end }
        package.loaded["edge.limit.store_redis"] = nil
        local script = require("edge.limit.store_redis").SCRIPT
        data, now_us = {}, 1700000000 * 1e6
        -- key 1: 10 r/s burst 2 (interval 100000 us, tau 200000 us); key 2: 1000 r/s burst 1000
        local keys, argv = { "a", "b" }, { "100000", "200000", "1", "1000", "1000000", "1" }
        local admitted = 0
        for _ = 1, 5 do
            local out = eval(script, keys, argv)
            if out[1] == "1" then
                admitted = admitted + 1
            end
        end
        assert.equals(3, admitted)
        assert.equals(string.format("%.0f", now_us + 3000), data.b)   -- charged 3 times, not 5
        now_us = now_us + 100000
        assert.equals("1", eval(script, keys, argv)[1])
    end)

    -- gcra.evaluate is the oracle: the script's decision (as store_redis reads it) must match it on
    -- random traffic over several limits: admission, the binding limit, remaining, reset, delay.
    it("decides like gcra.evaluate on random traffic", function()
        local ngx = fake_ngx.install({ dicts = { "edge_metrics" } })
        ngx.socket = { tcp = function() end }
        package.loaded["edge.limit.store_redis"] = nil
        local store_redis = require "edge.limit.store_redis"
        local gcra = require "edge.limit.gcra"
        local rates = { { quota = 1, window = 1 }, { quota = 10, window = 1 }, { quota = 30, window = 60 },
            { quota = 100, window = 1 } }
        math.randomseed(7)
        for _ = 1, 300 do
            -- a clock near 0: at epoch magnitudes the oracle's float seconds lose ~0.2 us
            data, now_us = {}, 1000 * 1e6
            local n = math.random(1, 3)
            local limits, keys, argv = {}, {}, {}
            for i = 1, n do
                limits[i] = gcra.limit(rates[math.random(#rates)], math.random(0, 4))
                keys[i] = "k" .. i
                argv[3 * i - 2] = tostring(math.floor(limits[i].interval * 1e6 + 0.5))
                argv[3 * i - 1] = tostring(math.floor(limits[i].tau * 1e6 + 0.5))
                argv[3 * i] = "1"
            end
            for _ = 1, 12 do
                now_us = now_us + math.random(0, 3) * 50000
                local tats = {}
                for i = 1, n do
                    tats[i] = data[keys[i]] and tonumber(data[keys[i]]) / 1e6 or nil
                end
                local want = gcra.evaluate(limits, tats, now_us / 1e6)
                local got = store_redis.decision_of(eval(store_redis.SCRIPT, keys, argv), n)
                assert.equals(want.allowed, got.allowed)
                assert.equals(want.rejected_by, got.rejected_by)
                assert.same(want.remaining, got.remaining)
                assert.near(want.delay, got.delay, 1e-5)
                assert.near(want.retry_after, got.retry_after, 1e-5)
                for i = 1, n do
                    assert.near(want.reset[i], got.reset[i], 1e-5)
                end
            end
        end
    end)

    it("lends a batch of what the bucket holds, and reports a key paid elsewhere without charging it", function()
        local ngx = fake_ngx.install({ dicts = { "edge_metrics" } })
        ngx.socket = { tcp = function() end }
        package.loaded["edge.limit.store_redis"] = nil
        local store_redis = require "edge.limit.store_redis"
        data, now_us = {}, 1000 * 1e6
        -- 100 r/s burst 10: 11 tokens when full; batches of 5
        local keys, argv = { "a" }, { "10000", "100000", "5" }
        local lent = {}
        for i = 1, 4 do
            lent[i] = store_redis.decision_of(eval(store_redis.SCRIPT, keys, argv), 1).granted[1]
        end
        assert.same({ 5, 5, 1, 0 }, lent)   -- the third borrow gets the last token, the fourth none
        now_us = now_us + 30000               -- 3 tokens back
        local got = store_redis.decision_of(eval(store_redis.SCRIPT, keys, argv), 1)
        assert.is_true(got.allowed)
        assert.equals(3, got.granted[1])
        assert.equals(0, got.remaining[1])    -- the batch counts as spent
        argv[3] = "0"                         -- paid from a batch: reported, not charged, never rejected
        local before = data.a
        got = store_redis.decision_of(eval(store_redis.SCRIPT, keys, argv), 1)
        assert.is_true(got.allowed)
        assert.equals(0, got.granted[1])
        assert.equals(before, data.a)
    end)
end)

-- store_redis:evaluate with batches, several nodes sharing one (in-memory) Redis: every node spends
-- its borrowed tokens locally, and the cluster admits at most nodes x batch more than exact GCRA.
describe("edge.limit.store_redis batches", function()
    local ngx, store_redis, gcra, batch, store_local
    local data, round_trips, script
    local call = redis_script.gcra_call(function() return data end,
        function() return math.floor(ngx.clock.now * 1e6 + 0.5) end)

    -- edge.limit.redis's command_at, answered by the script itself
    local fake_client = {
        command_at = function(_, _, cmd, _, n, ...)
            assert.equals("EVALSHA", cmd)
            round_trips = round_trips + 1
            return script(redis_script.split(n, ...))
        end,
    }

    before_each(function()
        ngx = fake_ngx.install({ dicts = { "n1", "n2", "n3", "edge_metrics" }, now = 1000 })
        ngx.socket = { tcp = function() end }
        ngx.sha1_bin = function() return "sha" end
        ngx.timer = { at = function(_, fn, ...) fn(false, ...) return true end }   -- runs at once
        for _, m in ipairs({ "edge.limit.store_redis", "edge.limit.batch", "edge.limit.store_local",
                             "edge.limit.report", "edge.lib.metrics" }) do
            package.loaded[m] = nil
        end
        store_redis = require "edge.limit.store_redis"
        gcra = require "edge.limit.gcra"
        batch = require "edge.limit.batch"
        store_local = require "edge.limit.store_local"
        data, round_trips = {}, 0
        script = redis_script.runner(store_redis.SCRIPT, call)
    end)

    local function node(dict)
        local store = store_redis.new({ mode = "single", host = "127.0.0.1", port = 1, timeout_ms = 50,
            pool_size = 1, idle_ms = 1, cooldown_s = 1, refresh_s = 1, prefix = "rl:" },
            store_local.new(dict), batch.new(dict))
        store.client = fake_client
        return store
    end

    local function limit(size)
        local l = gcra.limit({ quota = 100, window = 1 }, 10)
        l.batch = size
        return l
    end

    -- `count` requests of one key at random times over `seconds`, each to a random node
    local function drive(nodes, limits, count, seconds)
        math.randomseed(11)
        local times, start = {}, ngx.clock.now
        for i = 1, count do
            times[i] = start + math.random() * seconds
        end
        table.sort(times)
        local admitted = 0
        for _, t in ipairs(times) do
            ngx.clock.now = t
            local keys = {}
            for i = 1, #limits do
                keys[i] = "k" .. i
            end
            local decision = nodes[math.random(#nodes)]:evaluate("r", keys, limits)
            assert.is_nil(decision.fallback)
            if decision.allowed then
                admitted = admitted + 1
            end
        end
        return admitted, times[#times] - times[1]
    end

    it("with batch 1 decides every request in Redis, exactly", function()
        local nodes = { node("n1"), node("n2"), node("n3") }
        local admitted, span = drive(nodes, { limit(1) }, 5000, 10)
        assert.equals(5000, round_trips)
        assert.is_true(math.abs(admitted - (11 + 100 * span)) <= 2, admitted)
    end)

    it("admits within nodes x batch of the limit, with fewer round trips", function()
        for _, size in ipairs({ 2, 5, 11 }) do
            data, round_trips = {}, 0
            for _, name in ipairs({ "n1", "n2", "n3" }) do
                ngx.shared[name].data, ngx.shared[name].expires = {}, {}
            end
            local nodes = { node("n1"), node("n2"), node("n3") }
            -- at half the limit: (nearly) everything passes, in fewer round trips than requests
            local admitted = drive(nodes, { limit(size) }, 500, 10)
            assert.is_true(admitted >= 500 - 3 * size, size .. ": " .. admitted)
            assert.is_true(round_trips < 500 * 0.7, size .. ": " .. round_trips)
            -- far above it (5x): no more than exact GCRA plus 3 x batch; a node refused for a key asks again
            -- only once the bucket admits one, so Redis sees ~nodes x rate scripts a second, not 5x rate
            ngx.clock.now = ngx.clock.now + 60
            round_trips = 0
            local over, span = drive(nodes, { limit(size) }, 3000, 6)
            assert.is_true(round_trips < 3000 * 0.7, size .. ": " .. round_trips)
            local exact = 11 + 100 * span
            assert.is_true(over <= exact + 3 * size, size .. ": " .. over .. " > " .. exact)
            assert.is_true(over >= exact - 3 * size, size .. ": " .. over .. " < " .. exact)
        end
    end)

    it("spends a batch on every worker of the node, topping it up at each quarter spent", function()
        local a = node("n1")
        local b = node("n1")   -- another worker of the same node: same dict
        local roomy = gcra.limit({ quota = 100, window = 1 }, 100)   -- every borrow granted in full
        roomy.batch = 8                                               -- marks: 5, 3 and 1 tokens left
        local limits = { roomy }
        local timers = {}
        ngx.timer.at = function(_, f, ...)
            timers[#timers + 1] = { f, ... }
            return true
        end
        local function run_timers()
            local due = timers
            timers = {}
            for _, t in ipairs(due) do
                t[1](false, unpack(t, 2))
            end
        end
        local function spend(worker, times)
            for _ = 1, times do
                assert.is_true(worker:evaluate("r", { "k" }, limits).batched)
            end
        end
        assert.is_true(a:evaluate("r", { "k" }, limits).allowed)    -- borrows 8: keeps 7
        assert.equals(1, round_trips)
        spend(b, 1)                                                   -- 6 left
        assert.equals(0, #timers)
        spend(b, 1)                                                   -- 5 left: a quarter spent
        assert.equals(1, #timers)
        run_timers()                                                  -- borrows the 2 spent
        assert.equals(2, round_trips)
        assert.equals(7, ngx.shared.n1:get("bt:k"))                  -- never more than a borrow keeps
        -- a top-up in flight (its claim held): marks passed meanwhile schedule none
        local batches = batch.new("n1")
        assert.is_true(batches:claim("k"))
        spend(b, 5)                                                   -- 6 .. 2 left, past 5 and 3
        assert.equals(0, #timers)
        batches:release("k")
        spend(a, 2)                                                   -- 1 left (a mark), then 0
        assert.equals(1, #timers)
        assert.is_true(a:evaluate("r", { "k" }, limits).allowed)    -- empty: borrows again
        assert.equals(3, round_trips)
        run_timers()                                                  -- finds the batch whole: no ask
        assert.equals(3, round_trips)
        -- a top-up that starts late asks for what is missing when it starts
        spend(a, 4)                                                   -- 3 left, past marks 5 and 3
        assert.equals(2, #timers)
        run_timers()
        assert.equals(4, round_trips)                                -- the second found the batch whole
        assert.equals(7, ngx.shared.n1:get("bt:k"))
        -- what operators see: two background top-ups that asked, two borrows of a request's own
        local rendered = require("edge.lib.metrics").render()
        assert.truthy(rendered:find('edge_limit_batch_events_total{route="r",event="top_up"} 2', 1, true))
        assert.truthy(rendered:find('edge_limit_batch_events_total{route="r",event="borrow"} 2', 1, true))
    end)

    it("tops up a batch whose half outlasts a round trip at each half spent, not each quarter", function()
        local a = node("n1")
        local roomy = gcra.limit({ quota = 10000, window = 1 }, 10000)
        roomy.batch = 256                                            -- half: 128 tokens, RUNWAY
        local limits = { roomy }
        local scheduled = 0
        ngx.timer.at = function()
            scheduled = scheduled + 1
            return true
        end
        assert.is_true(a:evaluate("r", { "k" }, limits).allowed)    -- borrows 256: keeps 255
        for left = 254, 0, -1 do
            assert.is_true(a:evaluate("r", { "k" }, limits).batched)
            -- the one mark: 127 left, half the batch spent (a quarter would have marked 191 and 127)
            assert.equals(left <= 127 and 1 or 0, scheduled, "at " .. left .. " left")
        end
    end)

    it("tops up again at once when a quarter was spent during a top-up's round trip", function()
        local a, b = node("n1"), node("n1")   -- two workers of one node
        local roomy = gcra.limit({ quota = 100, window = 1 }, 100)
        roomy.batch = 8                                               -- marks: 5, 3 and 1 tokens left
        local limits = { roomy }
        local timers = {}
        ngx.timer.at = function(_, f, ...)
            timers[#timers + 1] = { f, ... }
            return true
        end
        assert.is_true(a:evaluate("r", { "k" }, limits).allowed)    -- borrows 8: keeps 7
        for _ = 1, 2 do
            assert.is_true(b:evaluate("r", { "k" }, limits).batched) -- 5 left: a quarter spent
        end
        assert.equals(1, #timers)
        -- while b's top-up is in flight, worker a spends 3 more (5 -> 2): past the next mark
        local during = 3
        b.client = { command_at = function(...)
            for _ = 1, during do
                assert.is_true(a:evaluate("r", { "k" }, limits).batched)
            end
            during = 0
            return fake_client.command_at(...)
        end }
        local t = timers[1]
        t[1](false, unpack(t, 2))
        assert.equals(1, #timers)                                     -- the spends in flight scheduled none
        assert.equals(3, round_trips)                                 -- the borrow, the top-up, and one more
        assert.equals(7, ngx.shared.n1:get("bt:k"))                  -- whole again, not left at 4
    end)

    it("drops a batch its node spent none of for one refill time of the bucket (at least a second)", function()
        local a = node("n1")
        local slow = gcra.limit({ quota = 10, window = 1 }, 19)   -- 20 tokens refill in 2 s
        slow.batch = 5
        local limits = { slow }
        assert.is_true(a:evaluate("r", { "k" }, limits).allowed)   -- borrows 5
        ngx.clock.now = ngx.clock.now + 1.99
        assert.is_true(a:evaluate("r", { "k" }, limits).batched)
        ngx.clock.now = ngx.clock.now + 1.99
        assert.is_true(a:evaluate("r", { "k" }, limits).batched)   -- spending keeps it alive
        assert.equals(2, round_trips)                              -- the borrow, and the top-up at half
        ngx.clock.now = ngx.clock.now + 2.01
        local d = a:evaluate("r", { "k" }, limits)
        assert.is_nil(d.batched)
        assert.equals(3, round_trips)
        ngx.clock.now = ngx.clock.now + 0.5                          -- a fast limit: a second
        assert.is_true(a:evaluate("r", { "f" }, { limit(5) }).allowed)
        ngx.clock.now = ngx.clock.now + 0.99
        assert.is_true(a:evaluate("r", { "f" }, { limit(5) }).batched)
    end)

    it("decides one batched key with spend exactly as evaluate does, in as many round trips", function()
        -- the same traffic (three nodes, below then far above the limit) twice: evaluate alone, then
        -- spend first with evaluate where spend cannot decide; every decision and header value agrees
        local function run(use_spend)
            data, round_trips = {}, 0
            for _, name in ipairs({ "n1", "n2", "n3" }) do
                ngx.shared[name].data, ngx.shared[name].expires = {}, {}
            end
            ngx.clock.now = 1000
            math.randomseed(7)
            local nodes, limits, out, spent = { node("n1"), node("n2"), node("n3") }, { limit(5) }, {}, 0
            for i = 1, 3000 do
                ngx.clock.now = ngx.clock.now + math.random() * (i <= 500 and 0.02 or 0.002)
                local n = nodes[math.random(#nodes)]
                local allowed, remaining, reset, retry
                if use_spend then
                    allowed, remaining, reset, retry = n:spend("r", "k1", limits[1])
                    spent = spent + (allowed ~= nil and 1 or 0)
                end
                if allowed == nil then
                    local d = n:evaluate("r", { "k1" }, limits)
                    allowed, remaining, reset, retry = d.allowed, d.remaining[1], d.reset[1], d.retry_after
                end
                out[i] = ("%s %d %.6f %.6f"):format(tostring(allowed), remaining, reset, retry)
            end
            return out, round_trips, spent
        end
        local want, want_trips = run(false)
        local got, got_trips, spent = run(true)
        assert.same(want, got)
        assert.equals(want_trips, got_trips)
        assert.is_true(spent > 1500, spent)   -- most decided by spend (1,985 of 3,000)
    end)

    it("reports a batched limit as the shared bucket stood, its tokens counted as spent", function()
        local a = node("n1")
        local limits = { limit(5) }
        local first = a:evaluate("r", { "k" }, limits)
        assert.equals(6, first.remaining[1])     -- 11 - 5
        local local_one = a:evaluate("r", { "k" }, limits)
        assert.is_true(local_one.batched)
        assert.equals(6, local_one.remaining[1])
        assert.near(0.05, local_one.reset[1], 1e-6)
    end)

    it("refuses a key the shared bucket refused, without asking again, until it admits one", function()
        local a = node("n1")
        local limits = { limit(5) }
        local admitted, refused = 0, nil
        repeat
            refused = a:evaluate("r", { "k" }, limits)
            admitted = admitted + (refused.allowed and 1 or 0)
        until not refused.allowed or admitted > 20
        assert.equals(11, admitted)                                     -- the whole bucket, no more
        assert.is_nil(refused.batched)                                  -- Redis refused it
        assert.near(0.01, refused.retry_after, 1e-6)                    -- one interval
        local trips = round_trips
        ngx.clock.now = ngx.clock.now + 0.005
        local here = a:evaluate("r", { "k" }, limits)
        assert.is_true(here.batched)
        assert.is_false(here.allowed)
        assert.equals(1, here.rejected_by)
        assert.near(0.005, here.retry_after, 1e-6)
        assert.equals(0, here.remaining[1])
        assert.near(0.105, here.reset[1], 1e-6)                          -- the whole bucket, 5 ms on
        assert.equals(trips, round_trips)
        ngx.clock.now = ngx.clock.now + 0.006
        assert.is_true(a:evaluate("r", { "k" }, limits).allowed)        -- asks again, and gets one
        assert.equals(trips + 1, round_trips)
    end)

    it("spends tokens its node still holds before a refusal, with spend and evaluate alike", function()
        -- a worker's exact ask refused while another's top-up was granted: the granted tokens were
        -- charged to the bucket, so spending them admits nothing the bucket did not lend
        ngx.timer.at = function() return true end   -- no top-up: only what the node holds
        for _, use_spend in ipairs({ true, false }) do
            local a = node(use_spend and "n1" or "n2")
            local l = limit(5)
            a.batches:fill("k", 3, ngx.clock.now + 0.05, 1)
            a.batches:refuse("k", ngx.clock.now + 0.01, ngx.clock.now + 0.1, 0.01)
            local trips = round_trips
            for _ = 1, 3 do
                if use_spend then
                    assert.is_true((a:spend("r", "k", l)))
                else
                    assert.is_true(a:evaluate("r", { "k" }, { l }).allowed)
                end
            end
            -- spent: the refusal holds, still without a round trip
            if use_spend then
                assert.is_false((a:spend("r", "k", l)))
            else
                assert.is_false(a:evaluate("r", { "k" }, { l }).allowed)
            end
            assert.equals(trips, round_trips)
        end
    end)

    it("waits for a batch another worker is borrowing instead of asking Redis too", function()
        ngx.timer.at = function() return true end           -- top-ups (background) are not counted here
        local a = node("n1")
        local limits = { limit(5) }
        local batches = batch.new("n1")
        assert.is_true(batches:claim("k"))                 -- another worker is borrowing
        local slept = 0
        ngx.sleep = function(s)
            slept = slept + 1
            ngx.clock.now = ngx.clock.now + s
            if slept == 3 then                              -- its batch lands 3 ms later
                batches:fill("k", 4, ngx.clock.now + 0.05, 1)
                batches:release("k")
            end
        end
        local d = a:evaluate("r", { "k" }, limits)
        assert.is_true(d.allowed and d.batched)
        assert.equals(0, round_trips)
        assert.equals(3, slept)
        assert.truthy(require("edge.lib.metrics").render():find(
            'edge_limit_batch_events_total{route="r",event="wait"} 1', 1, true))
        assert.is_true(batches:claim("k"))                  -- a borrow that never lands: one round trip's
        ngx.sleep = function(s) ngx.clock.now = ngx.clock.now + s end   -- wait, then Redis, exactly
        for _ = 1, 3 do batches:take("k", 1) end           -- nothing held
        batches:take("k", 1)
        d = a:evaluate("r", { "k" }, limits)
        assert.is_true(d.allowed)
        assert.is_nil(d.batched)
        assert.equals(1, round_trips)
    end)

    it("gives a token back when another limit of the request rejects it", function()
        local a = node("n1")
        local batched = limit(5)
        local strict = gcra.limit({ quota = 1, window = 60 }, 0)
        strict.batch = 1
        assert.is_true(a:evaluate("r", { "k", "s" }, { batched, strict }).allowed)    -- borrows 5, keeps 4
        local d = a:evaluate("r", { "k", "s" }, { batched, strict })
        assert.is_false(d.allowed)
        assert.equals(2, d.rejected_by)
        assert.equals(4, ngx.shared.n1:get("bt:k"))   -- the token taken for it is back
    end)
end)
