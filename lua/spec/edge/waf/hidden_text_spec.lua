describe("edge.waf.hidden_text", function()
    local h
    setup(function()
        h = require "edge.waf.hidden_text"
    end)

    it("reads text hidden in hex digits alone, not a hash or a token", function()
        assert.equals("admin'--", h.encoded_text("61646d696e272d2d"))
        assert.equals("../etc/passwd", h.encoded_text("2e2e2f6574632f706173737764"))
        assert.is_nil(h.encoded_text("d41d8cd98f00b204e9800998ecf8427e"))   -- an MD5: bytes, not text
        assert.is_nil(h.encoded_text("0123456789abcdef"))
        assert.is_nil(h.encoded_text("48656c6c6f576f726c64"))   -- "HelloWorld": no punctuation or space
    end)

    it("reads UTF-7 runs that spell ASCII punctuation, closed by '-'; leaves other plus signs alone", function()
        assert.equals("127.0.0.1;id", h.utf7_text("127.0.0.1+ADs-id"))
        assert.equals("<script>", h.encoded_text("+ADw-script+AD4-"))
        assert.equals("../../etc/passwd", h.encoded_text("+AC4ALgAvAC4ALgAv-etc/passwd"))
        assert.is_nil(h.utf7_text("SYN+ACK"))              -- no closing "-"
        assert.is_nil(h.utf7_text("+AGkAZA-"))             -- "id": no punctuation
        assert.is_nil(h.utf7_text("call +49 30 1234567"))
        assert.is_nil(h.utf7_text("C++ -- x+-y"))
    end)
end)
