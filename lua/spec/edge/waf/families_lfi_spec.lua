local rule_checks = require "rule_checks"

-- Path traversal / local file inclusion (130xxx) and remote file inclusion (1311xx): the rules widened or
-- narrowed for them, value by value through the real rules, with benign values sharing their words
-- (paths in prose, links to .php pages, file names).
describe("edge.waf.rules LFI and RFI shapes", function()
    local caught_by, clean, ids

    setup(function()
        caught_by, clean, ids = rule_checks.new(assert)
    end)

    it("130110: a system path as a value (leading slash or not), in prose only a system file", function()
        caught_by(130110, {
            "/usr/share/php", "/var/log/nginx/", "file=/etc/nginx/conf.d", "'/root/x'", " /proc/version",
            "see /etc/shadow now",
            "config is /etc/nginx/nginx.conf", "key in /etc/ssh/sshd_config", "lookup user /proc/self/fd/18",
            "etc/hostname", "proc/version", "var/log/secure", "usr/local/etc/php.ini",
        })
        clean({
            "config lives in /etc/nginx/conf.d, one file per vhost", "the include path is /usr/share/php",
            "logs rotate daily under /var/log/app/, keep 14 days", "we mount the volume at /var/lib/postgresql/data",
            "who owns the /proc parsing in the metrics agent?", "etc", "etc.", "root", "the etc folder",
        })
    end)

    it("130130: a bare sensitive name only as a whole value; with a directory anywhere; VCS and IDE dirs", function()
        caught_by(130130, { "web.config", ".htaccess", "id_rsa", "see /var/www/.htaccess please", "/.DS_Store",
            "/.hg/store", "/app/.idea/workspace.xml", "/.vscode/settings.json", "/.htdigest", "~/.gitconfig" })
        clean({ "web.config transforms for the staging slot are in the PR", ".htaccess rules are legacy",
            "add it to your .vscode/settings.json", "the .idea folder is ignored" })
    end)

    it("130160: server directories in paths, not in the links of a URL", function()
        caught_by(130160, { "/var/www/cgi-bin/x", "c:\\xampp\\htdocs", "htdocs/index", "dir=/srv/wp-content/up" })
        clean({ "https://example.com/cgi-bin/guestbook.pl", "https://blog.example.com/wp-content/uploads/a.png" })
    end)

    it("130120: system32 files without the Windows directory, administrative shares", function()
        caught_by(130120, { "\\\\127.0.0.1\\admin$\\system32\\config\\sam", "system32\\config\\system",
            "\\\\host\\c$", "\\\\10.0.0.1\\ipc$\\x", "system32/cmd.exe" })
        clean({ "the share \\\\fileserver\\marketing has the new logos", "my system32 folder is huge",
            "C:\\Users\\ann\\Documents\\report.docx", "it costs 20$\\month" })
    end)

    -- (a bare remote .txt is 131130, which link-named fields are spared: families_eleventh_to_thirteenth_spec)
    it("131110: a remote URL with its suffix emptied, or to a script where a page link would not be", function()
        caught_by(131110, {
            "http://files.example.net/kit.txt?", "https://h.example/?", "http://h.example/shell.aspx#",
            "http://h.example/x.php?cmd=id", "http://h.example/inc.txt?&page=", "http://h.example/b.asp?x=",
            "//h.example/r57.php",
            "http://198.51.100.7:8080/inc/config.php", "http://[2001:db8::1]/x.php",
        })
        clean({
            "https://www.php.net/manual/en/function.include.php", "https://example.com/index.php?page=about",
            "https://forum.example.org/viewtopic.php?t=1234", "https://example.com/about.php",
            "https://docs.example.com/guide/index.php?page=install#step-2", "https://example.org/downloads/notes.pdf",
            "https://github.com/acme/app/blob/main/scripts/setup.sh", "ftp://ftp.example.org/pub/README",
        })
    end)

    it("131120: in any place, URL shapes a Referer never has", function()
        caught_by(131120, {
            "https://h.example/x.php%00.jpg", "http://h.example/a.txt.png", "http:/\\h.example\\shell.php",
            "http:\\\\h.example\\x", "https://h.example/payload.txt#", "http://h.example/s.txt?",
            "http://h.example/shell.txt?.jpg", "http://h.example/cmd.jsp#", "http://h.example/a.php?.png",
            "ftp://h.example/pub/inc.php", "http://h.example/inc.txt?&page=",
        })
        clean({ "https://l.facebook.com/l.php?u=https%3A%2F%2Fapp.example.com%2F&h=AT0xYz",
            "https://app.example.com/users?page=2", "https://www.google.com/search?q=php+include" })
        assert.is_nil(ids("https://app.example.com/search.php?")[131120])
    end)
end)
