local memo = require "edge.lib.memo"

describe("memo", function()
    local function entries(m)
        local n = 0
        for _, gen in ipairs({ m.cur, m.old }) do
            for _ in pairs(gen) do
                n = n + 1
            end
        end
        return n
    end

    it("keeps at most two generations of size entries", function()
        local m = memo.new(4)
        for i = 1, 100 do
            m:set("k" .. i, i)
        end
        assert.is_true(entries(m) <= 8)
        assert.equals(100, m:get("k100"))
        assert.is_nil(m:get("k1"))
    end)

    it("moves an entry read from the old generation back, so a hot entry is never dropped", function()
        local m = memo.new(2)
        m:set("hot", 1)
        for i = 1, 50 do
            m:set("cold" .. i, i)
            assert.equals(1, m:get("hot"))
        end
    end)

    it("builds prefix .. value once per value", function()
        local key_of = memo.prefixed("c|api|per_ip|", 8)
        assert.equals("c|api|per_ip|10.0.0.1", key_of("10.0.0.1"))
        assert.equals("c|api|per_ip|10.0.0.1", key_of("10.0.0.1"))
        for i = 1, 40 do   -- past the bound: still right, just rebuilt
            assert.equals("c|api|per_ip|" .. i, key_of(tostring(i)))
        end
        assert.equals("c|api|per_ip|10.0.0.1", key_of("10.0.0.1"))
    end)

    it("gives a key's child table, made once", function()
        local tree = {}
        local a = memo.child(tree, "a")
        assert.same({}, a)
        a.x = 1
        assert.equals(a, memo.child(tree, "a"))
        assert.equals(1, tree.a.x)
        assert.is_not.equal(a, memo.child(tree, "b"))
    end)

    it("builds a cached value once per key", function()
        local builds = 0
        local length = memo.cached(function(key) builds = builds + 1 return #key end)
        assert.equals(3, length("abc"))
        assert.equals(3, length("abc"))
        assert.equals(1, length("x"))
        assert.equals(2, builds)
    end)
end)
