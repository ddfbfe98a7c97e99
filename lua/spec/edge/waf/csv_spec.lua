local csv = require "edge.waf.csv"

describe("edge.waf.csv", function()
    it("splits a CSV document into its cells, a quoted cell whole", function()
        assert.same({ "a", "b c", 'say "hi", ok', "x", "tail" },
            (csv.cells('a,b c;"say ""hi"", ok"\tx\r\n\n,,tail', 10)))
        local cells, rest = csv.cells("1,2,3,4", 2)
        assert.same({ "1", "2" }, cells)
        assert.equals("3,4", ("1,2,3,4"):sub(rest))
        assert.same({ "unterminated, quote" }, (csv.cells('"unterminated, quote', 10)))
    end)
end)
