describe("edge.waf.crs.compiler", function()
    local compiler = require "edge.waf.crs.compiler"
    local transforms = require "edge.waf.crs.transforms"

    it("binds a link's transformations and operator once, with cumulative cache keys", function()
        local rule = compiler.rule({ id = 1, phase = 2, tags = { "a", "b" }, links = {
            { vars = { { c = "ARGS" } }, op = "rx", arg = "x", t = { "lowercase", "urlDecodeUni" } } } })
        local l = rule.links[1]
        assert.equals(rule, l.rule)
        assert.same({ transforms.lowercase, transforms.urlDecodeUni }, l.tfns)
        assert.same({ "lowercase", "lowercase,urlDecodeUni" }, l.tkeys)
        assert.equals(2, #l.tids)
        assert.are_not.equal(l.tids[1], l.tids[2])
        assert.is_truthy(l.matcher("axb"))
        assert.same({ a = true, b = true }, rule.tagset)
    end)

    it("marks a link for the first pass only when every target is a request value and the operator fixed", function()
        local function by_value(link)
            link.op, link.arg = link.op or "rx", link.arg or "x"
            return compiler.rule({ id = 1, links = { link } }).links[1].by_value
        end
        assert.is_true(by_value({ vars = { { c = "ARGS" }, { c = "REQUEST_HEADERS", k = "Host" } } }))
        assert.is_false(by_value({ vars = { { c = "ARGS" }, { c = "TX", k = "a" } } }))
        assert.is_false(by_value({ vars = { { c = "ARGS", count = true } } }))
        assert.is_false(by_value({ vars = {} }))
        assert.is_false(by_value({ vars = { { c = "ARGS" } }, dyn = true }))
    end)

    it("refuses an unknown transformation", function()
        assert.has_error(function()
            compiler.rule({ id = 1, links = { { vars = { { c = "ARGS" } }, op = "rx", arg = "x", t = { "rot13" } } } })
        end)
    end)
end)
