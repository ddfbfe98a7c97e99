local fake_ngx = require "fake_ngx"

describe("edge.limit.refusals", function()
    local refusals, ngx, dict

    before_each(function()
        ngx = fake_ngx.install({ dicts = { "edge_limits" }, now = 1000 })
        dict = ngx.shared.edge_limits
        package.loaded["edge.limit.refusals"] = nil
        refusals = require "edge.limit.refusals"
    end)

    it("stands until the rejected key's bucket admits again, then is forgotten", function()
        -- refused at 1000, admitting again in 10 s, tau 20: the bucket admits at 1010 and is empty at 1030
        refusals.note(dict, "api|per_ip|10.0.0.1", 10, 20, 1000)
        local retry, reset = refusals.standing(dict, "api|per_ip|10.0.0.1", 20, 1004)
        assert.near(6, retry, 1e-9)
        assert.near(26, reset, 1e-9)
        assert.is_nil(refusals.standing(dict, "api|per_ip|10.0.0.2", 20, 1004))   -- another key
        assert.is_nil(refusals.standing(dict, "api|per_ip|10.0.0.1", 20, 1010))   -- admits from here
        ngx.clock.now = 1010.5
        assert.is_nil(dict:get("refused|api|per_ip|10.0.0.1"))   -- expired with the refusal
    end)

    it("notes nothing for a key that already admits", function()
        refusals.note(dict, "k", 0, 20, 1000)
        assert.is_nil(dict:get("refused|k"))
    end)
end)
