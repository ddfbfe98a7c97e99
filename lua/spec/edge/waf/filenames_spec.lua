local filenames = require "edge.waf.filenames"

describe("edge.waf.filenames", function()
    it("flags file names with dot-dot segments or absolute paths, not ordinary ones", function()
        for _, bad in ipairs({ "../../etc/passwd", "..\\..\\boot.ini", "a/../../b", "/etc/passwd", "\\windows\\win.ini",
            "\\\\server\\share\\x", "C:\\Users\\x.txt", "c:x.txt", "~/.ssh/id_rsa", "..", "x/..",
            "%2e%2e%2fshadow", "..%c0%afx", "..%252fx" }) do
            assert.is_true(filenames.unsafe(bad), bad)
        end
        for _, good in ipairs({ "notes.txt", "Q3 Report (final).pdf", "notes..final.txt", "...", ".hidden",
            "résumé – Siobhán.docx", "写真.jpg", "a.b.c", "O'Neil.csv" }) do
            assert.is_false(filenames.unsafe(good), good)
        end
    end)

    it("knows what a web server or its host would run or read as configuration, not documents or images", function()
        for _, bad in ipairs({ "cmd.jsp", "shell.ASPX", "x.asp;.jpg", "page.shtml", "web.config", ".htaccess", "a.php5",
            "run.cgi", "setup.exe", "x.sh", "uploads/../WEB.CONFIG", "shell.jsp.", "cmd.aspx ", "x.j%73p", "t.jsp::$DATA", "s.jsp%00.png", "s.jsp\0.png", "x.jsp/", "applicationHost.config",
            "page.jsf", ".env", ".bash_profile", "authorized_keys", "config.inc", "x.pgif", "t.phpt" }) do
            assert.is_true(filenames.server_runs(bad), bad)
        end
        for _, good in ipairs({ "report.pdf", "photo.jpg", "notes.txt", "data.json", "aspx-guide.pdf", "php.png",
            "README", "shell.php.txt" }) do
            assert.is_false(filenames.server_runs(good), good)
        end
    end)

    it("lists a name's findings for the inspection: a path, a server's file, both or none", function()
        local ids = function(name)
            local out = {}
            for _, f in ipairs(filenames.findings(name)) do
                out[#out + 1] = f.id
            end
            return out
        end
        assert.same({ 130170 }, ids("../x.png"))
        assert.same({ 132260 }, ids("cmd.jsp"))
        assert.same({ 130170, 132260 }, ids("../../www/cmd.jsp"))
        assert.same({}, ids("O'Brien holiday photo.jpg"))
        assert.same({ 130170, 120125 }, ids("../x'.png"))
    end)

    it("knows a name no browser sends: a double quote, <, >, |, a backtick, an apostrophe outside a word", function()
        for _, name in ipairs({ "'", "'or'1'.jpg", "x'),('y", "\"", "<% echo 1; %>", "a|b.txt", "`id`.png", "&quot;",
            "it's'.txt", "x\tname.txt", "a ' b.png", "'.jpg", "admin' or 'x.png", "x' .jpg" }) do
            assert.is_true(filenames.odd(name), name)
        end
        for _, name in ipairs({ "O'Brien headshot.png", "Zoë's photo.jpeg", "meeting notes; Q2.txt", "a+b=c.txt",
            "CV - O'Brien (2024).pdf", "report [final] {v2}.docx", "100% done.txt",
            "\226\128\152Draft\226\128\153 notes.pdf", "The \226\128\156Best\226\128\157 plan.docx",
            "rock 'n' roll playlist.m3u", "'90s mix.mp3", "Chris' notes.txt" }) do
            assert.is_false(filenames.odd(name), name)
        end
    end)
end)
