describe("edge.waf.crs.transforms (the transformations by SecLang name)", function()
    local t = require "edge.waf.crs.transforms"
    local decoders = require "edge.waf.crs.decoders"
    local normalisers = require "edge.waf.crs.normalisers"

    it("holds every decoder and normaliser under its own name, and nothing else", function()
        local n = 0
        for name, fn in pairs(t) do
            n = n + 1
            assert.equals(decoders[name] or normalisers[name], fn)
        end
        local want = 0
        for _ in pairs(decoders) do want = want + 1 end
        for _ in pairs(normalisers) do want = want + 1 end
        assert.equals(want, n)
    end)

    it("names the transformations the CRS request rules use", function()
        for _, name in ipairs({ "urlDecodeUni", "htmlEntityDecode", "jsDecode", "cssDecode", "utf8toUnicode",
            "base64Decode", "hexDecode", "sqlHexDecode", "escapeSeqDecode", "cmdLine", "compressWhitespace",
            "removeWhitespace", "removeNulls", "replaceNulls", "replaceComments", "removeCommentsChar",
            "normalizePath", "normalizePathWin", "lowercase", "uppercase", "length", "trim" }) do
            assert.is_function(t[name], name)
        end
    end)
end)
