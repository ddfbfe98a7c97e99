describe("edge.waf.crs.actions", function()
    local actions = require "edge.waf.crs.actions"
    local collections = require "edge.waf.crs.collections"

    local function state(tx)
        local req = { method = "GET", uri = "/", headers = { { "Host", "h" }, { "X-Id", "7" } } }
        return { tx = tx or {}, cols = collections.build(req) }
    end

    it("expands %{...} macros from TX, the matched variable and request headers", function()
        local st = state({ a = "1" })
        local mvar = { name = "ARGS:q", value = "v" }
        assert.equals("1-ARGS:q-v-7-", actions.expand("%{tx.a}-%{MATCHED_VAR_NAME}-%{matched_var}-"
            .. "%{request_headers.x-id}-%{tx.none}", st, mvar))
        assert.equals("plain", actions.expand("plain", st))
    end)

    it("applies setvar: assign, add, subtract and delete on TX", function()
        local st = state({ s = "2", gone = "x" })
        actions.apply_setvars({ { n = "s", op = "+", v = "5" }, { n = "t", op = "=", v = "a" },
            { n = "u", op = "-", v = "1" }, { n = "gone", op = "!" },
            { n = "d_%{tx.t}", op = "=", v = "%{tx.s}", dyn = true } }, st, nil)
        assert.same({ s = "7", t = "a", u = "-1", d_a = "7" }, st.tx)
        actions.apply_setvars(nil, st, nil)   -- a link without setvar
    end)

    it("sets the captures TX:0-9 and clears the ones a match did not set", function()
        local st = state({ ["5"] = "old" })
        actions.set_captures(st, { "all", "one" })
        assert.same({ ["0"] = "all", ["1"] = "one" }, st.tx)
        actions.set_captures(st, nil)
        assert.same({}, st.tx)
    end)

    it("applies ctl: engine off, remove rules by id, id range or tag, remove a target", function()
        local r1, r2, r3 = { id = 1, tagset = {} }, { id = 5, tagset = { x = true } }, { id = 9, tagset = {} }
        local view = { engine = { phases = { { r1 }, { r2, r3 } }, rules_by_id = { [1] = r1, [5] = r2, [9] = r3 } } }
        local st = {}
        actions.apply_ctl(view, st, { ["do"] = "ruleRemoveById", ids = { 1, { 8, 10 } } })
        assert.same({ [r1] = true, [r3] = true }, st.removed)
        actions.apply_ctl(view, st, { ["do"] = "ruleRemoveByTag", tag = "x" })
        assert.is_true(st.removed[r2])
        actions.apply_ctl(view, st, { ["do"] = "ruleRemoveTargetById", id = 5, target = { c = "ARGS", k = "Q" } })
        assert.equals("q", st.rm_targets[r2][1].k)
        assert.is_nil(st.rm_targets[r1])
        assert.is_nil(st.engine_off)
        actions.apply_ctl(view, st, { ["do"] = "ruleEngine", value = "Off" })
        assert.is_true(st.engine_off)
    end)
end)
