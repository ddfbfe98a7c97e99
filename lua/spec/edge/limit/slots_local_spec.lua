local fake_ngx = require "fake_ngx"

-- The policy's specs take and release slots through edge.policies.concurrency; these check the
-- release record and the dead-worker sweep on the dict directly.
describe("edge.limit.slots_local", function()
    local ngx, slots_local, dict

    before_each(function()
        ngx = fake_ngx.install({ dicts = { "edge_inflight", "edge_metrics" } })
        ngx.var = { edge_limit_slots = "" }
        ngx.worker = { pid = function() return 7 end }
        for _, m in ipairs({ "edge.limit.slots_local", "edge.limit.report", "edge.lib.metrics" }) do
            package.loaded[m] = nil
        end
        slots_local = require "edge.limit.slots_local"
        dict = ngx.shared.edge_inflight
    end)

    local function hold(slot)
        dict:incr(slot, 1, 0)
        dict:incr(slots_local.ledger_key(slot), 1, 0)
    end

    it("releases every slot of the record once, and empties the record", function()
        hold("c|r|a|x")
        hold("c|r|b|*")
        ngx.var.edge_limit_slots = "c|r|a|x\nc|r|b|*"
        assert.equals(2, slots_local.release(dict))
        assert.equals(0, slots_local.release(dict))
        assert.equals(0, dict:get("c|r|a|x"))
        assert.equals(0, dict:get("w|7|c|r|b|*"))
        assert.equals("", ngx.var.edge_limit_slots)
    end)

    it("returns a dead worker's slots, never its own or a live one's", function()
        hold("c|r|a|x")
        dict:incr("c|r|a|x", 2, 0)
        dict:set("w|9|c|r|a|x", 2)   -- worker 9 holds two more
        local alive = function(pid) return pid ~= 9 end
        assert.equals(0, slots_local.sweep(dict, function() return true end, 7))
        assert.equals(2, slots_local.sweep(dict, alive, 7))
        assert.equals(1, dict:get("c|r|a|x"))
        assert.is_nil(dict:get("w|9|c|r|a|x"))
        slots_local.publish_inflight(dict)
        assert.matches('edge_limit_inflight{route="r",limit="a"} 1', require("edge.lib.metrics").render(), 1, true)
    end)
end)
