local rule_checks = require "rule_checks"

-- The eighty-ninth set on (tests/edge_security/family_gen_blind_*.py of this round, and the twentieth and
-- twenty-first benign evaluators): the families found uncovered and the text beside them, value by value (our
-- own spellings, not the sets').
describe("edge.waf.rules eighty-ninth set on", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("SQL: a server variable is @@ and a name; a SMILES string's chirality is @@ and an atom", function()
        caught_by(142240, { "1 and @@datadir", "'+@@version+'", "select@@hostname" })
        clean({ "`CC(C)(C)OC(=O)N[C@@H](Cc1ccccc1)C(=O)O`", "N[C@@]12CC", "F[C@@H2]" })
    end)

    it("SQL: an information function cut off by a comment", function()
        caught_by(142240, { "version(); --", "database()#", "current_user() -- x", " user();-- x" })
        clean({ "version() is 3.2", "call database() later", "the user() helper" })
    end)

    it("SQL: keywords with a '%' before each letter, which IIS's ASP drops", function()
        caught_by(142130, { "1 %U%N%I%O%N %A%L%L %S%E%L%E%C%T %N%U%L%L,%N%U%L%L--" })
        clean({ "50%off 100%Natural", "save 20% on %Name%", "%APPDATA%\\app" })
    end)

    it("templates: a block helper alone is markup; an expression inside one, or the context walked, is not", function()
        caught_by(134100, { "{{#with \"s\" as |string|}}", "{{#each (lookup this \"constructor\")}}", "{{#7*7}}",
            "{{#each this}}{{@key}}{{/each}}", "{{#with @root}}x{{/with}}", "{{! process.version }}" })
        clean({ "The template uses Handlebars {{#each items}} blocks", "{{#each users}}{{name}}{{/each}}",
            "{{> header}} then {{! a comment}}", "{{#if user}}hi{{/if}}" })
    end)

    it("mail: a header after a display name and its address", function()
        caught_by(132240, { "\"spam\" <x@evil.example>\nSubject: overwritten",
            "Ann Lee <a@b.example>\r\nBcc: c@d.example", "<a@b.example>\nCc: e@f.example" })
        clean({ "Ann Lee <a@b.example>", "Ann <a@b.example> wrote:\nthanks, see you Tuesday",
            "From: Ann <a@b.example>\nTo: Bo <b@c.example>\nSubject: lunch" })
    end)

    it("XML: a document type fetched by its SYSTEM identifier; a standard's PUBLIC one is a document", function()
        caught_by(136100, { '<!DOCTYPE soap:Envelope SYSTEM "http://attacker.example/x.dtd">',
            "<!DOCTYPE r SYSTEM 'file:///usr/share/yelp/dtd/docbookx.dtd'>",
            '<!doctype x system "ftp://a.example/d">' })
        clean({ '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
            .. '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">', "<!DOCTYPE html>",
            '<!DOCTYPE note SYSTEM "note.dtd">' })
    end)

    it("NFKC's compatibility letters and invisible characters hide no keyword", function()
        caught_by(142130, { "' 𝐔𝐍𝐈𝐎𝐍 𝐒𝐄𝐋𝐄𝐂𝐓 password 𝐅𝐑𝐎𝐌 users--" })
        caught_by(134100, { "{{𝐜𝐨𝐧𝐟𝐢𝐠.__class__}}" })
        caught_by(130100, { "‥/‥/‥/etc/passwd" })
        caught_by(142130, { "1\239\187\191UNION\239\187\191ALL\239\187\191SELECT\239\187\191NULL" })
        clean({ "𝐒𝐨𝐟𝐭𝐰𝐚𝐫𝐞 𝐞𝐧𝐠𝐢𝐧𝐞𝐞𝐫 ✨ x² + 2x − 1 ≥ 0", "ﬁnal ﬁgures.csv", "Nguyễn Văn An · 山田 太郎 · 👩‍💻" })
    end)

    it("Java: Struts 2's action-mapper prefixes to another site or an expression", function()
        caught_by(144210, { "redirect:http://evil.example/", "redirectAction:%{3*3}", "action:${1+1}",
            "redirect://evil.example" })
        clean({ "redirect: to the login page", "action: run the job", "method: POST", "action:login" })
    end)
end)
