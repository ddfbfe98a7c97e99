local rule_checks = require "rule_checks"

-- Our rules for the families the CRS covers least at paranoia level 1 (remote fetches, Node.js,
-- prototype pollution, Java, shell in backticks or wildcards), value by value through the real rules,
-- each family with benign values that share its words.
describe("edge.waf.rules attack families", function()
    local caught_by, clean, ids

    setup(function()
        caught_by, clean, ids = rule_checks.new(assert)
    end)

    it("131200: a value that is a URL to a loopback, private, link-local or numeric host", function()
        caught_by(131200, {
            "http://localhost/admin", "https://127.0.0.2:8443/", "http://0/", "http://[::]:80/",
            "http://3232235777/", "http://0xa9fea9fe/", "http://0251.0376.0251.0376/", "http://127.0.1/",
            "https://10.20.30.40/internal", "http://172.31.0.9:2375/containers/json",
            "http://192.168.0.10/", "http://api.localhost/", "//169.254.10.1/", "http://x@localhost:11211",
            "ftp://10.0.0.1/", "http://100.64.1.1/", "HTTP://LOCALHOST./", "http://169.254.43518/",
            "http://10.1/", "https://ip-10-0-0-5.ec2.internal/", "http://kubernetes.default.svc/api",
            "http://redis.cache.svc.cluster.local:6379/", "http://127.0.0.1.nip.io/",
        })
    end)

    it("131210: cloud metadata anywhere, and fetcher schemes that speak other protocols", function()
        caught_by(131210, {
            "see http://169.254.169.254/latest/user-data", "http://evil.example/redirect?to=/latest/meta-data/",
            "gopher://internal:25/_HELO", "dict://cache:6379/info", "x=ldap://10.1.1.1/o", "jar:file:///tmp/x.jar!/",
            "tftp://boot/pxe.cfg",
        })
    end)

    it("131110: a remote URL whose query is emptied, or that points at a script (families_lfi_spec)", function()
        caught_by(131110, {
            "http://files.example.net/kit.txt?", "ftp://h.example/x.inc?", "http://h.example/shell.aspx#",
            "//h.example/r57.php",
        })
    end)

    it("135100 / 135110: Node.js execution and prototype pollution", function()
        caught_by(135100, {
            "require(\"child_process\").spawn(\"sh\")", "require('fs').unlinkSync('/app')",
            "process.binding('fs')", "globalThis.process.exit()", "x.execSync(\"ls\")",
            "fs.readFileSync('/proc/self/environ')", "import(\"os\").then(o=>o.hostname())",
            "this.constructor.constructor(\"return this\")()",
        })
        caught_by(135110, {
            "constructor[prototype][polluted]", "x.constructor.prototype.admin=1",
            "Object.prototype.isAdmin = true", "Array.prototype['map'] = null",
        })
    end)

    it("144100 / 144110 / 144120: Java runtime, expressions and serialized objects", function()
        caught_by(144100, {
            "java.lang.Runtime.getRuntime().exec(\"sh\")", "javax.script.ScriptEngineManager",
            "org.apache.commons.collections.Transformer", "Class.forName(\"x\")",
            "\"@type\":\"org.example.Gadget\"", "new InitialContext().lookup(\"rmi://h/o\")",
            "class.module.classLoader.URLs[0]=0",
        })
        caught_by(144110, {
            "%{#a=1}", "%{(#x=@java.lang.System@getenv())}", "${#_memberAccess}", "T(java.lang.System).exit(0)",
            "#{T(org.example.Util).run()}",
        })
        caught_by(144120, { "rO0ABXQABGhlbGxv", "data=rO0ABXVyABNb", "ACED00057372" })
    end)

    it("132160 / 132105: shell commands in backticks, wildcard paths, Windows timeout", function()
        caught_by(132160, { "x;`cat /etc/hosts`", "'`wget -q h.example`'", "a=`nc -l 4444`;", "/b?n/c?t x",
            "/e*c/pas*", "/???/??n/w?o?mi", "/bin/ca? x", "\"`sleep 3`" })
        caught_by(132105, { "& timeout /t 10" })
    end)

    it("132170 / 135120: Ruby and Perl execution, endless loops", function()
        caught_by(132170, { "Kernel.exec('id')", "IO.popen(\"uname\").read", "x.instance_eval(code)",
            "obj.send(:system, 'id')", "%x(whoami)", "qx{cat /etc/hosts}", "open(F, \"|/bin/sh\")",
            "open(my $f, \"|-\", \"ls\")", "use Socket;" })
        caught_by(135120, { "while(true){}", "while (1) ;", "for(;;){}" })
    end)

    it("leave Referer and Origin alone where a URL is the header's job (our own host, a script page)", function()
        local inspect = require "edge.waf.inspect"
        assert.is_true(ids("https://localhost/admin/users")[131200] or false)
        for _, v in ipairs({ "https://localhost/admin/users", "https://10.1.2.3/index.php" }) do
            assert.are.same({}, inspect.scan_value(v, "link"), v)
        end
        -- other headers are no link's place: an internal URL there is a fetch to steer (131200), while a
        -- script URL is an include only where the application reads arguments (131110)
        local function found(v, kind)
            local out = {}
            for _, r in ipairs(inspect.scan_value(v, kind)) do
                out[#out + 1] = r.id
            end
            return out
        end
        assert.are.same({ 131200 }, found("http://127.0.0.1:8080/admin", "header"))
        assert.are.same({}, found("https://files.example.net/shell.php?", "header"))
    end)

    it("leave prose, names, URLs of ordinary sites and tokens alone", function()
        clean({
            "the constructor of the prototype chain", "we use require('express') and require('pg')",
            "our metadata service is documented on the wiki", "the Java Runtime and ProcessBuilder classes",
            "O'Neil's team moved to 10.30 on Friday", "https://example.com/avatars/42.png",
            "https://forum.example.com/viewtopic.php?t=12", "http://example.com/", "https://app.example.com/cb",
            "https://www.example.co.uk/page.html#top", "mention http://localhost:3000 in the README",
            "SplxlOBeZQQYbYS6WxSbIA", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln", "rO0-token_d7f3",
            "the `status` column", "run `npm ci` first", "`ls -la dist/` shows the bundle",
            "`awk -F, '{print $2}' users.csv | sort`",
            "1/**/union/**/all", "the/**/Q3/**/numbers?/**/my/**/bin/**/with", "what?/*/now",
            "try `curl -s https://api.example.com/health | jq .status`", "Q3 (final)/draft", "src/*/tests",
            "50% off /* sale */",
            "call 192.168 support", "version 10.0.0.1-beta", "https://internal.example.com/",
            "https://docs.example.com/internal/page", "https://nip.example.org/", "timeout after 30s",
            "Price: $(5) per seat", "send a kernel update, while it is true", "IO ports open",
            "while (true) is how the server loop reads in the docs?", "the Ruby send method",
        })
    end)

    it("132100 / 132105: a command hidden in shell quoting, read as the shell runs it", function()
        caught_by(132100, { "1|\"w\"ho\"am\"i", ";w'h'o'am'i", "1&&who$@ami", "|u'n'ame -a", "x;w^h^o^a^m^i",
            "$(w\\ho\\am\\i)" })
        caught_by(132105, { ";c'a't /etc/passwd", "1;i\\d", "1;c''a\"\"t /etc/hosts" })
        caught_by(132100, { ";{ls,-la}", "|{uname,-a}" })
        clean({ "it's fine; who knows", "thanks!\n\tI'd rather not\nmaybe next week", "ok\nI'd id it", "\"Quotes\" and 'apostrophes' aren't commands", "50$ & 20$ each" })
    end)

    it("130130: files an application keeps its secrets or internals in", function()
        caught_by(130130, { "WEB-INF/web.xml", "../META-INF/MANIFEST.MF", "/.env", "../../.env.production",
            "/root/.netrc", "~/.npmrc", "/home/app/.pgpass", ".git-credentials", "/home/u/.kube/config",
            "/root/.mysql_history" })
        clean({ "put the key in your .env file, not in git", "the environment is staging", "my .envrc loads it" })
    end)
end)
