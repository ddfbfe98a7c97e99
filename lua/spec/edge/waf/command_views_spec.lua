describe("edge.waf.command_views", function()
    local v
    setup(function()
        v = require "edge.waf.command_views"
    end)

    it("reads a value as a shell and PowerShell would, once their quoting is gone", function()
        -- the shell view: quoting a shell removes before it runs the word; a JSON-escaped \n stays
        assert.equals(";whoami", v.cmd(";w'h'o\"am\"i"))
        assert.equals("\nI'd rather not, can't", v.cmd("\nI'd rather not, can't"))
        assert.equals("|cat /etc/hosts", v.cmd("|c\\a\\t /etc/ho^sts"))
        -- an odd count of quotes, which pairing alone would leave half-removed
        assert.equals(";whoami", v.cmd(";w'h'o'a'm'i"))
        assert.equals("& whoami", v.cmd('& w"h"o"a"m"i'))
        assert.equals("he said its fine; no it's ok", v.cmd("he said 'it's' fine; 'no' it's 'ok'"))
        assert.equals("1&&whoami", v.cmd("1&&who$@ami"))
        assert.equals("a\\nid", v.cmd("a\\nid"))
        -- a line continuation (a backslash before a line break) is gone before the word is read
        assert.equals(";uname -a", v.cmd(";un\\\na\\\r\nme -a"))
        -- a path as the kernel resolves it; a URL keeps its "//"
        assert.equals(";/usr/bin/id", v.cmd(";/usr/./bin/./id"))
        assert.equals(";/usr/bin/id", v.cmd(";/usr//bin///id"))
        assert.equals("; /bin/sh", v.cmd("; /././bin/sh"))
        assert.equals("curl https://x.example/a/b", v.cmd("curl https://x.example//a/./b"))
        -- the PowerShell view: escape ticks inside a word go, markdown's `code` keeps its ticks
        assert.equals("invoke-expression", v.ps("i`nvoke-`expression"))
        assert.equals("run `ls` now", v.ps("run `ls` now"))
    end)

    it("gives the spliced view only of a value hiding quoting inside a word", function()
        assert.equals("cat x", v.spliced("c''at x", v.cmd("c''at x")))
        assert.equals("powershell -c x", v.spliced("p^ow^ershell -c x", v.cmd("p^ow^ershell -c x")))
        assert.equals("cat /x", v.spliced("c\\at /x", v.cmd("c\\at /x")))
        assert.equals("cat x", v.spliced("'c'at x", v.cmd("'c'at x")))
        -- whole words quoted, and a JSON-escaped line break, are no splice
        assert.equals("", v.spliced("'cat' and \"ls\"", v.cmd("'cat' and \"ls\"")))
        assert.equals("", v.spliced("a\\nid", v.cmd("a\\nid")))
        assert.equals("", v.spliced("plain words", v.cmd("plain words")))
    end)
end)
