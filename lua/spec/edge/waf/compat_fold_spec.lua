-- edge.waf.compat_fold: NFKC's compatibility letters and punctuation to ASCII, IDNA's invisible characters dropped
describe("edge.waf.compat_fold", function()
    local fold = require("edge.waf.compat_fold").fold

    it("folds mathematical, circled, superscript and modifier letters, small forms and ligatures", function()
        assert.equals("UNION select 09", fold("𝐔𝐍𝐈𝐎𝐍 𝘀𝗲𝗹𝗲𝗰𝘁 𝟎𝟫"))
        assert.equals("<script>", fold("﹤ⓢⓒⓡⓘⓟⓣ﹥"))
        assert.equals("alert(1)", fold("ᵃˡᵉʳᵗ⁽¹⁾"))
        assert.equals("ONLY", fold("ᴼⁿˡʸ"):upper())
        assert.equals("final figures.csv", fold("ﬁnal ﬁgures.csv"))
        assert.equals("../etc", fold("‥/etc"))
    end)

    it("drops the invisible characters that join a word, and reads a zero-width space or a BOM as a space", function()
        assert.equals("eval($_POST)", fold("ev\226\128\141al($_PO\194\173ST\226\129\160)"))
        assert.equals("1 UNION ALL", fold("1\239\187\191UNION\226\128\139ALL"))
    end)

    it("leaves other text as it is: accents, scripts, emoji, typographic punctuation, the ellipsis", function()
        for _, text in ipairs({ "Nguyễn Văn An", "山田 太郎", "ﾃｽﾄ", "“quoted” — ok…", "x ≥ 0 · 5 €", "Ⅻ ① ⒜",
            "plain ascii" }) do
            assert.equals(text, fold(text))
        end
        assert.equals("👩💻", fold("👩\226\128\141💻"))   -- a zero-width joiner, dropped
    end)
end)
