describe("edge.lib.utf8", function()
    local char = require("edge.lib.utf8").char

    it("encodes one to four bytes, and nothing past U+10FFFF", function()
        assert.equals("A", char(0x41))
        assert.equals("é", char(0xE9))
        assert.equals("€", char(0x20AC))
        assert.equals("𝐀", char(0x1D400))
        assert.equals("", char(0x110000))
    end)
end)
