"""Blind set "fiftyninth": the atomic payloads a regression suite lists one per test, for the PHP, generic and Java
request-rule titles of CRS 3.3.4 (paranoia levels 1-2) and the titles CRS 4.x added beside them.

The angle: for each detection title, the shortest fragment that still carries the attack the title names (a lone
open tag, a bare wrapper URL, one dangerous function call, one serialized object, a single gadget class name, the
four magic bytes of a Java stream, a lone metadata URL, one prototype key), six of them, then the same six
fragments with exactly one obfuscation each (case, whitespace or a comment in place of a space, a line break, or an
encoding the server or the application decodes: a second URL encoding, a PHP or JavaScript string escape, an
internal JVM class name, hex of the magic bytes). Every title has twelve payloads.

Families and sub-families (one sub-family per title):
  php:     php-open-tag (933100), php-script-upload (933110), php-config-directive (933120), php-variables (933130),
           php-io-stream (933140), php-wrapper (933200), php-function-name (933150), php-function-call (933160),
           php-serialized-object (933170), php-variable-function-call (933180),
           php-variable-function-call-string (933210 and its 4.x string/array/concat callees),
           php-medium-function-name (933151, PL2)
  generic: nodejs-injection (934100, 4.x "1/2"), nodejs-injection-2 (4.x "2/2"), nodejs-dos, ssrf-metadata,
           ssrf-ip (dotted, decimal, octal, hex and IPv6 forms), prototype-pollution, ruby-injection,
           perl-injection, php-data-scheme
  java:    java-class-rce (944100), java-process-spawn (944110), java-serialization-rce (944120),
           java-suspicious-class (944130), java-magic-bytes (944200, PL2), java-magic-bytes-base64 (944210, PL2),
           java-serialization-rce-pl2 (944240, PL2), java-suspicious-method (944250, PL2)
  xss:     xss-js-method, xss-no-parens, xss-angularjs (the three 4.x titles)

Placements: each payload goes to one of our real routes (query of /api/users, form of /admin/users/search with
csrf_token, JSON or XML body of /api/users, cookie, User-Agent, Referer, a custom header, a parameter name, a
multipart field or filename, the URL path), rotating, and once the way a WAF's regression suite sends it: to a
path that is not one of our routes (/, /index.php, /get, /post, /search, /api/v1/items) under an arbitrary
parameter name (foo, var, x, test, id, arg1) as a query string, form, JSON or XML body, or in the User-Agent,
Referer, a custom header or a cookie (placements prefixed "rs-"). The six un-obfuscated fragments of each title
go to a second regression-suite placement as well (a suite lists the bare atom in more than one variable), which
brings the set to 960 attack requests. Titles tied to one input keep to it: script uploads go in multipart
filenames and X-Filename / X-File-Name headers, prototype keys in parameter names and JSON keys, and the raw magic
bytes (which a UTF-8 JSON body or a header cannot carry) in the query, form, cookie, parameter name and path, as
latin-1 percent-escapes the server decodes to the raw bytes.

The benign half carries the same words innocently: Slack messages and bios of developers and ordinary users,
admin-panel and API searches, public documentation links, names and addresses, real client User-Agents and
Referers, cookies, uploads with ordinary filenames, XML profiles, and plain searches sent to the same
regression-suite paths.

Authorship and independence: written from general knowledge and the rule titles alone (no rule, engine,
ruleset regression test or public payload list was read); measured once on unchanged code, and no payload was
changed after the measurement. Deterministic: no clock and no randomness.
"""

from __future__ import annotations

import base64
import json
import re
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "fiftyninth"

# Serialized-stream bytes, kept as latin-1 characters (one character per byte).
MAGIC = "\xac\xed\x00\x05"


def _b64(raw: str) -> str:
    return base64.b64encode(raw.encode("latin-1")).decode()


# (category, sub-family, six atomic fragments, the same six with one obfuscation each)
TITLES: list[tuple[str, str, list[str], list[str]]] = [
    ("php", "php-open-tag",
     ["<?php", "<?=", "<?php phpinfo();", "<?= $x ?>", "<? echo 1; ?>", "<script language=\"php\">"],
     ["<?PhP", "<?=\t1?>", "<?php/**/phpinfo();", "%3C?php phpinfo();", "<?\necho 1; ?>",
      "<SCRIPT LANGUAGE=PHP>"]),
    ("php", "php-script-upload",
     ["shell.php", "x.phtml", "a.php5", "b.phar", "c.php7", "d.pht"],
     ["SHELL.PHP", "x.pHtMl", "avatar.jpg.php", "a.php5.", "b.phar%00.jpg", "c.PHP7"]),
    ("php", "php-config-directive",
     ["allow_url_include=On", "auto_prepend_file=php://input", "disable_functions=", "open_basedir=/",
      "auto_append_file=/tmp/x", "-d allow_url_include=1"],
     ["ALLOW_URL_INCLUDE=On", "auto_prepend_file = php://input", "disable_functions\t=", "open_basedir=\n/",
      "%61uto_append_file=/tmp/x", "-d+allow_url_include%3d1"]),
    ("php", "php-variables",
     ["$_GET", "$_POST['x']", "$_SERVER", "$GLOBALS", "$_COOKIE", "$HTTP_RAW_POST_DATA"],
     ["$_get", "$_POST ['x']", "$_SERVER/**/['PATH']", "%24GLOBALS", "${_COOKIE}", "$http_raw_post_data"]),
    ("php", "php-io-stream",
     ["php://input", "php://stdin", "php://filter/resource=x", "php://memory", "php://fd/3", "php://temp"],
     ["PHP://INPUT", "Php://StdIn", "php://FiLtEr/resource=x", "php%3A//memory", "php:%2F%2Ffd/3", "pHp://tEmP"]),
    ("php", "php-wrapper",
     ["phar://x.jpg", "expect://id", "zip://a.zip#b", "compress.zlib://x", "glob://*", "ssh2.exec://h/id"],
     ["PHAR://x.jpg", "Expect://id", "zip://a.zip%23b", "COMPRESS.ZLIB://x", "glob:%2F%2F*", "SSH2.Exec://h/id"]),
    ("php", "php-function-name",
     ["phpinfo", "passthru", "shell_exec", "proc_open", "base64_decode", "gzinflate"],
     ["PHPINFO", "PassThru", "SHELL_EXEC", "pRoC_oPeN", "%62ase64_decode", "GzInflate"]),
    ("php", "php-function-call",
     ["system('id')", "exec('id')", "eval($x)", "assert($x)", "shell_exec('id')", "popen('id','r')"],
     ["system ('id')", "ExEc('id')", "eval/**/($x)", "assert\t($x)", "shell_exec\n('id')", "popen%28'id','r')"]),
    ("php", "php-serialized-object",
     ["O:8:\"stdClass\":0:{}", "O:1:\"X\":0:{}", "O:4:\"User\":1:{s:1:\"a\";i:1;}", "C:11:\"ArrayObject\":0:{}",
      "a:1:{i:0;O:1:\"A\":0:{}}", "O:3:\"Foo\":1:{s:1:\"f\";s:1:\"x\";}"],
     ["O:+8:\"stdClass\":0:{}", "O%3A1%3A\"X\"%3A0%3A{}", "O:4:\"User\":1:{s:1:\"a\";i:1;}\n",
      "C:+11:\"ArrayObject\":0:{}",
      "a:1:{i:0;O:+1:\"A\":0:{}}", "O:%2B3:\"Foo\":1:{s:1:\"f\";s:1:\"x\";}"]),
    ("php", "php-variable-function-call",
     ["$f()", "$a('id')", "$_GET['f']()", "${'a'}()", "$x[0]($y)", "$$v()"],
     ["$f ()", "$a/**/('id')", "$_GET[f]($_GET[a])", "${ 'a' }()", "$x[0]\t($y)", "$$v%28%29"]),
    ("php", "php-variable-function-call-string",
     ["'system'('id')", "\"exec\"('id')", "('sys'.'tem')('id')", "['system'][0]('id')", "(system)('id')",
      "\"\\x73ystem\"('id')"],
     ["'sYsTeM'('id')", "\"exec\" ('id')", "('sys' . 'tem')('id')", "['system'][0]/**/('id')", "(system)\t('id')",
      "\"\\163ystem\"('id')"]),
    ("php", "php-medium-function-name",
     ["highlight_file", "show_source", "file_put_contents", "move_uploaded_file", "ini_set", "putenv"],
     ["HIGHLIGHT_FILE", "Show_Source", "fILE_put_CONTENTS", "Move_Uploaded_File", "%69ni_set", "PutEnv"]),
    ("generic", "nodejs-injection",
     ["require('child_process')", "child_process.exec('id')", "process.mainModule.require('fs')",
      "require('fs').readFileSync('/etc/passwd')", "_$$ND_FUNC$$_function(){}()", "process.binding('spawn_sync')"],
     ["require ( 'child_process' )", "child_process\t.exec('id')", "process['mainModule']['require']('fs')",
      "require(`fs`).readFileSync('/etc/passwd')", "_$$ND_FUNC$$_function (){}()",
      "require('\\x63hild_process')"]),
    ("generic", "nodejs-injection-2",
     ["this.constructor.constructor('return process')()", "new Function('return process')()",
      "eval('process.exit()')", "vm.runInNewContext('1')", "import('child_process')",
      "module.constructor._load('fs')"],
     ["this . constructor . constructor('return process')()", "new Function (\"return process\")()",
      "eval ( 'process.exit()' )", "vm['runInNewContext']('1')", "import ('child_process')",
      "module['constructor']['_load']('fs')"]),
    ("generic", "nodejs-dos",
     ["while(true){}", "for(;;){}", "while(1){}", "do{}while(true)", "'a'.repeat(1e9)", "Array(1e9).fill(0)"],
     ["while (true) {}", "FOR(;;){}", "while/**/(1){}", "do {} while ( true )", "'a'.repeat(1E9)",
      "Array(1e9)\n.fill(0)"]),
    ("generic", "ssrf-metadata",
     ["http://169.254.169.254/", "http://169.254.169.254/latest/meta-data/",
      "http://metadata.google.internal/computeMetadata/v1/", "http://169.254.170.2/v2/credentials",
      "http://100.100.100.200/latest/meta-data/", "http://[fd00:ec2::254]/latest/meta-data/"],
     ["HTTP://169.254.169.254/", "http://2852039166/latest/meta-data/",
      "http://METADATA.GOOGLE.INTERNAL/computeMetadata/v1/", "http://0xa9.0xfe.0xaa.0x2/v2/credentials",
      "http://0144.0144.0144.0310/latest/meta-data/", "http://[FD00:EC2::254]/latest/meta-data/"]),
    ("generic", "ssrf-ip",
     ["http://127.0.0.1/", "http://10.0.0.1:8080/", "http://192.168.0.1/", "http://[::1]/",
      "gopher://127.0.0.1:6379/_", "http://0.0.0.0/"],
     ["http://2130706433/", "http://0x0a000001:8080/", "http://0300.0250.0.1/", "http://[0:0:0:0:0:0:0:1]/",
      "GOPHER://127.1:6379/_", "http://[::ffff:0.0.0.0]/"]),
    ("generic", "prototype-pollution",
     ["__proto__[admin]", "__proto__.admin", "constructor[prototype][admin]", "constructor.prototype.admin",
      "a[__proto__][b]", "x[constructor][prototype][y]"],
     ["__PROTO__[admin]", "__pro__proto__to__.admin", "constructor%5Bprototype%5D[admin]",
      "CONSTRUCTOR.PROTOTYPE.admin", "a[%5F%5Fproto%5F%5F][b]", "x[constructor] [prototype][y]"]),
    ("generic", "ruby-injection",
     ["Kernel.exec('id')", "IO.popen('id')", "%x(id)", "Open3.popen3('id')", "instance_eval('1')",
      "Marshal.load(x)"],
     ["Kernel.exec 'id'", "IO::popen('id')", "%x{id}", "Open3::popen3('id')", "instance_eval ('1')",
      "Marshal\t.load(x)"]),
    ("generic", "perl-injection",
     ["qx(id)", "open(F,'|id')", "@{[`id`]}", "perl -e 'exec \"id\"'", "use POSIX;", "$ENV{HOME}"],
     ["qx{id}", "open F, '|id'", "@{[ `id` ]}", "perl\t-e'exec\"id\"'", "USE POSIX;", "$ENV{'HOME'}"]),
    ("generic", "php-data-scheme",
     ["data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+", "data:text/plain,<?php phpinfo();?>",
      "data://text/plain,x", "data:;base64,PD8=", "data://text/plain;base64,", "data:application/x-php,x"],
     ["DATA://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+", "data:text/plain,%3C?php phpinfo();?>",
      "data:%2F%2Ftext/plain,x", "Data:;BASE64,PD8=", "data://TEXT/PLAIN;base64,",
      "data:application/x-php;charset=utf-8,x"]),
    ("java", "java-class-rce",
     ["java.lang.Runtime", "java.lang.ProcessBuilder", "java.lang.Runtime.getRuntime().exec('id')",
      "new java.lang.ProcessBuilder('id').start()", "java.lang.Runtime.getRuntime()", "java.lang.ProcessImpl"],
     ["JAVA.LANG.RUNTIME", "java.lang. ProcessBuilder", "java/**/.lang.Runtime.getRuntime().exec('id')",
      "new java.lang.%50rocessBuilder('id').start()", "java\\u002elang.Runtime.getRuntime()",
      "Java.Lang.ProcessImpl"]),
    ("java", "java-process-spawn",
     ["new ProcessBuilder(\"id\").start()", "Runtime.getRuntime().exec(\"id\")",
      "<java.lang.ProcessBuilder><command><string>id</string></command></java.lang.ProcessBuilder>",
      "<object class=\"java.lang.Runtime\" method=\"getRuntime\"/>",
      "<object class=\"java.lang.ProcessBuilder\"><void method=\"start\"/></object>",
      "<command><string>id</string></command>"],
     ["new ProcessBuilder ( \"id\" ) . start ( )", "Runtime.getRuntime()\t.exec(\"id\")",
      "<java.lang.ProcessBuilder ><command><string>id</string></command></java.lang.ProcessBuilder>",
      "<OBJECT CLASS=\"java.lang.Runtime\" METHOD=\"getRuntime\"/>",
      "<object class=\"java.lang.ProcessBuilder\">\n<void method=\"start\"/></object>",
      "<command>\n<string>id</string></command>"]),
    ("java", "java-serialization-rce",
     ["InvokerTransformer", "org.apache.commons.collections.functors.InvokerTransformer",
      "InstantiateTransformer", "ChainedTransformer java.lang.Runtime", "java.beans.XMLDecoder",
      "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"],
     ["INVOKERTRANSFORMER", "org/apache/commons/collections/functors/InvokerTransformer",
      "Instantiate Transformer", "ChainedTransformer\njava.lang.Runtime", "java.beans.xmldecoder",
      "com/sun/org/apache/xalan/internal/xsltc/trax/TemplatesImpl"]),
    ("java", "java-suspicious-class",
     ["javax.script.ScriptEngineManager", "java.net.URLClassLoader", "com.sun.rowset.JdbcRowSetImpl",
      "javax.naming.InitialContext", "java.io.ObjectInputStream", "sun.misc.Unsafe"],
     ["JAVAX.SCRIPT.SCRIPTENGINEMANAGER", "java.net.URLClassLoader ", "com/sun/rowset/JdbcRowSetImpl",
      "javax%2Enaming.InitialContext", "Ljava/io/ObjectInputStream;", "Sun.Misc.Unsafe"]),
    ("java", "java-magic-bytes",
     [MAGIC, MAGIC + "sr\x00", MAGIC + "t\x00\x04test", MAGIC + "ur\x00", MAGIC + "w\x04",
      MAGIC + "sr\x00\x11java.util.HashMap"],
     ["aced0005", "ACED0005737200", "\\xac\\xed\\x00\\x05", "%ac%ed%00%05", "AC ED 00 05", "0xACED0005"]),
    ("java", "java-magic-bytes-base64",
     [_b64(MAGIC), _b64(MAGIC + "sr\x00"), _b64(MAGIC + "t\x00\x04test"), _b64(MAGIC + "ur\x00"),
      _b64(MAGIC + "w\x04"), _b64(MAGIC + "sr\x00\x11java.util.HashMap")],
     [" " + _b64(MAGIC), "\n" + _b64(MAGIC + "sr\x00"), _b64(MAGIC + "t\x00\x04test").rstrip("="),
      urllib.parse.quote(_b64(MAGIC + "ur\x00"), safe=""), _b64(MAGIC + "w\x04")[:8] + "\n" + _b64(MAGIC + "w\x04")[8:],
      base64.urlsafe_b64encode((MAGIC + "sr\x00\x11java.util.HashMap").encode("latin-1")).decode()]),
    ("java", "java-serialization-rce-pl2",
     ["CloneTransformer", "ForClosure", "InstantiateFactory", "PrototypeCloneFactory",
      "PrototypeSerializationFactory", "WhileClosure"],
     ["CLONETRANSFORMER", "For Closure", "org/apache/commons/collections/functors/InstantiateFactory",
      "prototypeclonefactory", "Prototype\tSerializationFactory",
      "org.apache.commons.collections4.functors.WhileClosure"]),
    ("java", "java-suspicious-method",
     ["getRuntime()", "Class.forName(\"x\")", "getDeclaredMethod(\"exec\")", ".getMethod(\"exec\").invoke(null)",
      "getClass().getClassLoader()", "newInstance()"],
     ["GETRUNTIME()", "Class.forName (\"x\")", "getDeclaredMethod/**/(\"exec\")",
      ".getMethod(\"exec\")\t.invoke(null)", "getClass().getClassLoader%28%29", "newInstance\n()"]),
    ("xss", "xss-js-method",
     ["alert(1)", "eval(x)", "setTimeout(x)", "atob('YQ==')", "prompt(1)", "confirm(1)"],
     ["ALERT(1)", "eval (x)", "setTimeout/**/(x)", "atob\t('YQ==')", "prompt%281)", "confirm\n(1)"]),
    ("xss", "xss-no-parens",
     ["alert`1`", "onerror=alert;throw 1", "[1].find(alert)", "setTimeout`alert\\x281\\x29`",
      "throw onerror=alert,1", "location='javascript:alert\\x281\\x29'"],
     ["ALERT`1`", "onerror = alert;throw 1", "[1] .find(alert)", "setTimeout `alert\\x281\\x29`",
      "throw/**/onerror=alert,1", "location=\"javascript:alert\\u00281\\u0029\""]),
    ("xss", "xss-angularjs",
     ["{{7*7}}", "{{constructor.constructor('alert(1)')()}}", "{{$on.constructor('alert(1)')()}}",
      "{{$eval.constructor('alert(1)')()}}", "{{[].pop.constructor('alert(1)')()}}",
      "{{'a'.constructor.prototype.charAt=[].join}}"],
     ["{{ 7*7 }}", "{{constructor . constructor('alert(1)')()}}", "{{\n$on.constructor('alert(1)')()}}",
      "%7B%7B$eval.constructor('alert(1)')()}}", "{{[].pop.CONSTRUCTOR('alert(1)')()}}",
      "{{'a' .constructor.prototype.charAt=[].join}}"]),
]

REAL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Custom", "param-name",
        "xml", "multipart-field", "multipart-filename", "path"]
RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Custom",
      "rs-cookie"]
# titles tied to one input
POOLS: dict[str, tuple[list[str], list[str]]] = {
    "php-script-upload": (["multipart-filename", "header:X-Filename", "header:X-File-Name"],
                          ["rs-multipart-filename", "rs-header:X-Filename", "rs-header:X-File-Name"]),
    "prototype-pollution": (["param-name", "json-key", "form-param-name"],
                            ["rs-param-name", "rs-json-key", "rs-form-param-name"]),
    "java-magic-bytes": (["query", "form", "cookie", "param-name", "path"], ["rs-query", "rs-form", "rs-cookie"]),
}
REAL_NAMES = ["q", "name", "url", "file", "data", "callback", "filter", "note", "template", "expr"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
RS_GET_PATHS = ["/", "/index.php", "/get", "/search", "/api/v1/items"]
RS_POST_PATHS = ["/post", "/", "/index.php", "/api/v1/items"]
BOUNDARY = "----fiftyninthFormBoundary7MA4YWxk"
# the raw XML fragments of the XStream title go into XML bodies as they are; every other payload is XML-escaped
RAW_XML = {"java-process-spawn"}
# characters left as they are in a cookie value (the rest percent-escaped, as a browser's document.cookie does)
COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"


def _enc(sub: str) -> str:
    """The charset a payload's percent-escapes use: latin-1 for the raw magic bytes (one escape per byte)."""
    return "latin-1" if sub == "java-magic-bytes" else "utf-8"


def _q(value: str, sub: str, safe: str = "") -> str:
    return urllib.parse.quote(value, safe=safe, encoding=_enc(sub))


def _hval(value: str) -> str:
    """A payload as a header value: no CR, LF or NUL."""
    return value.replace("\r", " ").replace("\n", " ").replace("\x00", " ")


def _xml_escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _headers(extra: dict[str, str] | None = None, accept: str = "application/json") -> dict[str, str]:
    return {"User-Agent": UA, "Accept": accept, **(extra or {})}


def _get(uri: str, headers: dict[str, str] | None = None) -> dict[str, Any]:
    return {"method": "GET", "uri": uri, "body": "", "headers": headers or _headers()}


def _post(uri: str, body: str, ctype: str, extra: dict[str, str] | None = None) -> dict[str, Any]:
    return {"method": "POST", "uri": uri, "body": body, "headers": _headers({"Content-Type": ctype, **(extra or {})})}


def _form_body(fields: list[tuple[str, str]], sub: str) -> str:
    return urllib.parse.urlencode(fields, quote_via=urllib.parse.quote, encoding=_enc(sub))


def _multipart(fields: list[tuple[str, str]], file: tuple[str, str] | None = None) -> str:
    parts = [f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n" for k, v in fields]
    if file is not None:
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{file[0]}\"; filename=\"{file[1]}\"\r\n"
                     "Content-Type: application/octet-stream\r\n\r\nGIF89a\x01\x00\x01\x00\r\n")
    return "".join(parts) + f"--{BOUNDARY}--\r\n"


def _filename(value: str) -> str:
    """A payload as a multipart filename (quotes escaped as browsers do, no line breaks)."""
    return _hval(value).replace("\"", "%22")


def _nested(name: str, leaf: Any) -> dict[str, Any]:
    """A bracket or dotted parameter name as the nested JSON object a query-string parser would build."""
    keys = [k for k in re.split(r"[\[\].]", name) if k.strip()]
    doc: Any = leaf
    for key in reversed(keys):
        doc = {key: doc}
    return doc if isinstance(doc, dict) else {name: leaf}


def _real(place: str, pname: str, payload: str, sub: str) -> tuple[dict[str, Any], str]:
    """A payload in one of our routes' inputs; (request, the payload as sent)."""
    mp = f"multipart/form-data; boundary={BOUNDARY}"
    if place == "query":
        return _get(f"/api/users?{pname}={_q(payload, sub)}&page=1"), payload
    if place == "form":
        return _post("/admin/users/search", _form_body([("csrf_token", "t0k3n"), (pname, payload)], sub),
                     "application/x-www-form-urlencoded"), payload
    if place == "json":
        return _post("/api/users", json.dumps({"email": "a@example.org", pname: payload}, ensure_ascii=False),
                     "application/json"), payload
    if place == "json-key":
        return _post("/api/users", json.dumps({"email": "a@example.org", **_nested(payload, True)}),
                     "application/json"), payload
    if place == "cookie":
        return _get("/api/users?page=1", _headers({"Cookie": "session=abc123; prefs="
                                                   + _q(payload, sub, COOKIE_SAFE)})), payload
    if place.startswith("header:"):
        value = _hval(payload)
        return _get("/api/users?page=1", _headers({place.split(":", 1)[1]: value})), value
    if place == "param-name":
        return _get(f"/api/users?{_q(payload, sub)}=1&page=1"), payload
    if place == "form-param-name":
        return _post("/admin/users/search", _form_body([("csrf_token", "t0k3n"), (payload, "1")], sub),
                     "application/x-www-form-urlencoded"), payload
    if place == "xml":
        inner = payload if sub in RAW_XML else _xml_escape(payload)
        return _post("/api/users", f"<user><email>a@example.org</email><{pname}>{inner}</{pname}></user>",
                     "application/xml"), payload
    if place == "multipart-field":
        return _post("/admin/users/search", _multipart([("csrf_token", "t0k3n"), (pname, payload)]), mp), payload
    if place == "multipart-filename":
        value = _filename(payload)
        return _post("/admin/users/search", _multipart([("csrf_token", "t0k3n")], ("avatar", value)), mp), value
    if place == "path":
        return _get("/api/users/" + _q(payload, sub)), payload
    raise ValueError(place)


def _rs(place: str, k: int, payload: str, sub: str) -> tuple[dict[str, Any], str]:
    """A payload the way a WAF's regression suite sends it: a path that is not our route, an arbitrary name."""
    name = RS_NAMES[k % len(RS_NAMES)]
    gpath = RS_GET_PATHS[k % len(RS_GET_PATHS)]
    ppath = RS_POST_PATHS[k % len(RS_POST_PATHS)]
    mp = f"multipart/form-data; boundary={BOUNDARY}"
    if place == "rs-query":
        return _get(f"{gpath}?{name}={_q(payload, sub)}"), payload
    if place == "rs-form":
        return _post(ppath, _form_body([(name, payload)], sub), "application/x-www-form-urlencoded"), payload
    if place == "rs-json":
        return _post(ppath, json.dumps({name: payload}, ensure_ascii=False), "application/json"), payload
    if place == "rs-json-key":
        return _post(ppath, json.dumps(_nested(payload, 1)), "application/json"), payload
    if place == "rs-xml":
        inner = payload if sub in RAW_XML else _xml_escape(payload)
        return _post(ppath, f"<root><{name}>{inner}</{name}></root>", "application/xml"), payload
    if place.startswith("rs-header:"):
        value = _hval(payload)
        return _get(gpath, _headers({place.split(":", 1)[1]: value}, "*/*")), value
    if place == "rs-cookie":
        return _get(gpath, _headers({"Cookie": f"{name}=" + _q(payload, sub, COOKIE_SAFE)}, "*/*")), payload
    if place == "rs-param-name":
        return _get(f"{gpath}?{_q(payload, sub)}=1"), payload
    if place == "rs-form-param-name":
        return _post(ppath, _form_body([(payload, "1")], sub), "application/x-www-form-urlencoded"), payload
    if place == "rs-multipart-filename":
        value = _filename(payload)
        return _post(ppath, _multipart([], (name, value)), mp), value
    raise ValueError(place)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    k = 0
    for t, (category, sub, atoms, obfuscated) in enumerate(TITLES):
        real, rs = POOLS.get(sub, (REAL, RS))
        for i, payload in enumerate(atoms + obfuscated):
            k += 1
            # each title starts the rotation one place further, so atoms and obfuscations meet every input
            places: list[tuple[str, str]] = [("real", real[(k + t) % len(real)]), ("rs", rs[(k + t) % len(rs)])]
            if i < len(atoms):
                places.append(("rs", rs[(k + t + 3) % len(rs)] if len(rs) > 3 else rs[(k + t + 1) % len(rs)]))
            for j, (kind, place) in enumerate(places):
                if kind == "real":
                    req, sent = _real(place, REAL_NAMES[k % len(REAL_NAMES)], payload, sub)
                else:
                    req, sent = _rs(place, k + j, payload, sub)
                n += 1
                yield {**req, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": place, "payload": sent}


# Benign: the same words as people type them.
SLACK_TEXTS = [
    "morning all, the system update finished overnight, no action needed",
    "exec summary for Q3 is in the drive, please read before Thursday",
    "php 8.3 upgrade for the billing service is scheduled for next sprint",
    "can someone review my PR? it only touches the php templates",
    "our phpinfo page is disabled in prod, right? just double checking",
    "the input form on the signup page is broken on Safari",
    "filter the dashboard by team and it should load faster",
    "I'll include the release notes in the changelog",
    "the data team wants read access to the events table",
    "process for expense reports changed, see the HR wiki",
    "we require two reviewers on anything touching payments",
    "the constructor of the Invoice class does too much, let's split it",
    "prototype of the new onboarding flow is on Figma",
    "function names in the style guide are camelCase",
    "Runtime went from 40 to 12 minutes after the index change",
    "java team standup moved to 10:15",
    "class photo is on Friday, wear the company shirt!",
    "the loader spinner stays forever on slow networks",
    "metadata for the uploaded images is stripped now",
    "localhost works for me but staging doesn't, weird",
    "the kernel update needs a reboot of the build boxes",
    "open question: do we keep the legacy export?",
    "perl scripts in the ops repo are being rewritten in python",
    "ruby on rails app for the warehouse is still on 6.1",
    "while you're at it, can you bump the node version too?",
    "true story, the printer jammed three times today",
    "for what it's worth, I think the new logo is great",
    "alert fatigue is real, let's tune the paging thresholds",
    "prompt engineering workshop at 2pm in the big room",
    "please confirm your attendance for the offsite",
    "the template for the weekly report has a new section",
    "$5 coffee at the new place, worth it",
    "GET requests to the reports endpoint are slow since Monday",
    "POST body limit is 8k on the admin forms",
    "cookie banner text needs legal review",
    "server room door is propped open again",
    "session timeout is 30 minutes, product wants 60",
    "env vars for staging are in the vault now",
    "the globals in that old script make it hard to test",
    "base64 images in emails get clipped by Gmail",
    "the zip of the design assets is 2 GB, use the shared drive link",
    "glob patterns in the CI config skip the docs folder",
    "expect some downtime Saturday morning for the DB migration",
    "compress the logs before archiving them please",
    "file upload size limit is 10 MB on the avatar endpoint",
    "shell access to prod is only via the bastion",
    "info session about the pension plan next week",
    "the serialization format for events is JSON, not protobuf",
    "class loader issues after upgrading Tomcat, investigating",
    "the ProcessBuilder in our CLI tool now times out after 30s",
    "Spring Boot 3 migration guide is in Confluence",
    "Java 21 records simplified the DTOs a lot",
    "we removed Jackson default typing last year",
    "log4j is pinned to 2.23, dependabot handles the rest",
    "the Runtime class docs say exec is discouraged, we use ProcessBuilder",
    "reflection in the mapper is slow, switching to MapStruct",
    "Class.forName is used by the JDBC driver loader, that's fine",
    "the metadata endpoint on AWS needs IMDSv2, already enforced",
    "the router admin page is at 192.168.1.1 if you're in the office",
    "VPN gives you a 10.x address, that's expected",
    "localhost:8080 is the API, localhost:3000 the frontend",
    "node 20 is LTS, please don't use 18 for new services",
    "the child process in the worker leaks memory, ticket filed",
    "use fs/promises instead of readFileSync in request handlers",
    "we moved from require to import in the frontend repo",
    "the constructor pattern vs factory debate again, lol",
    "prototype chain explanation in the JS guild slides is great",
    "never pass user input to eval, the linter will flag it anyway",
    "setTimeout with 0 delay is a hack, use queueMicrotask",
    "while(true) loops in the poller need a backoff",
    "for loops vs map: whatever reads better",
    "infinite scroll on the feed is done, please test",
    "Angular 17 migration is done for the admin app",
    "double curly braces in the email templates are mustache, not angular",
    "the {{name}} placeholder wasn't replaced in yesterday's newsletter, sorry",
    "hello {{first_name}}, your order has shipped -- that's the template text",
    "alert banner for the maintenance window is live",
    "confirm dialog on delete is back, people kept deleting by accident",
    "the prompt for the chatbot now includes the FAQ",
    "Kernel panic on one of the CI runners, rebooted it",
    "Marshal load times in the ruby service are fine",
    "the perl one-liner in the runbook still works",
    "open3 is what the deploy script uses to run git",
    "YAML config for the app moved to config/app.yml",
    "the cron expression runs every 5 minutes",
    "data URLs for small icons are fine, webpack inlines them",
    "data: the new dashboard shows weekly actives",
    "phar files are how we ship the composer tool",
    "the zip archive for the release is signed",
    "compression ratio for the logs is about 10x",
    "wrapper scripts for the CLI live in bin/",
    "the stream processing job lags by 5 minutes",
    "input validation for the phone number field is too strict",
    "stdin/stdout handling in the CLI was refactored",
    "memory usage of the API pods is stable at 300MB",
    "temp files are cleaned up by the nightly job",
    "the filter dropdown shows inactive users too",
    "upload of the Q2 report failed, retrying",
    "the variable names in that PR are too short",
    "function call overhead is negligible here",
    "high risk items in the audit: 2, medium: 5",
    "the config directive for the cache is in nginx.conf",
    "allow list for the webhook IPs is updated",
    "open the base directory in your IDE and run make",
    "auto prepend of the license header is done by the formatter",
    "disable the feature flag if the error rate goes up",
    "the serialized cache entries are invalidated on deploy",
    "object storage bucket for backups is versioned",
    "Array methods like find and filter are fine in our target browsers",
    "throw an error instead of returning null, please",
    "the location field on the profile is optional",
    "template literals with backticks are easier to read",
    "onerror handler for images shows a placeholder",
    "the eval results for the ranking model are in the sheet",
    "the new model's prompt template is versioned in git",
    "the constructor of the report builder takes a config object",
    "our Function Registry service is getting renamed",
    "the process doc for incidents is pinned in #ops",
    "the popen wrapper in the python tool captures stderr now",
    "proc filesystem metrics are exported by node_exporter",
    "the system prompt for the support bot was updated",
    "we assert on the response code in every API test",
    "show source maps in staging only, never in prod",
    "highlight the file names in the diff viewer, nice touch",
    "ini files for the legacy tool are in /etc/legacy",
    "put env-specific config into the helm values",
    "move uploaded files to the archive bucket after 30 days",
    "the put contents API of the storage client is async",
    "gzip or brotli? brotli for static assets",
    "the base64 decode step in the webhook handler is for the signature",
    "shell scripts in the repo should pass shellcheck",
    "passthrough mode for the proxy is enabled for websockets",
    "the info page now shows the build number",
    "the php files in the legacy folder will be deleted in June",
    "the .phtml templates are from the old Magento shop",
    "our avatar upload accepts jpg, png and gif only",
    "rename shell.sh to setup.sh, the name scares people",
    "the open tag in the XML exports was missing, fixed",
    "the script tag in the email template is stripped by clients",
    "the $GLOBALS discussion in the PHP meetup was fun",
    "the stdClass objects in the old API responses are gone",
    "instance of the old User class still cached, flush it",
    "the ArrayObject wrapper was removed in the refactor",
    "the ruby gem for PDFs is prawn",
    "POSIX compliance of the scripts matters for the mac users",
    "HOME env var is not set in the container, use WORKDIR",
    "the gopher mascot stickers arrived",
    "the metadata google doc is shared with the whole team",
    "ping 8.8.8.8 works from the office, DNS is the problem",
    "the IPv6 rollout on the office network is next month",
    "the hash map implementation is in the utils package",
    "the magic numbers in that function need names",
    "our Java serialization is disabled, we use JSON everywhere",
    "the InputStream is closed in a finally block now",
    "the script engine for the rules DSL is our own parser",
    "the naming context for the directory service is dc=corp",
]
PUBLIC_URLS = [
    "https://www.php.net/manual/en/function.system.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/manual/en/ini.core.php",
    "https://www.php.net/manual/en/reserved.variables.server.php",
    "https://www.php.net/manual/en/function.highlight-file.php",
    "https://docs.oracle.com/javase/8/docs/api/java/lang/Runtime.html",
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/ProcessBuilder.html",
    "https://docs.oracle.com/javase/tutorial/jndi/overview/index.html",
    "https://docs.oracle.com/javase/8/docs/platform/serialization/spec/serialTOC.html",
    "https://nodejs.org/api/child_process.html",
    "https://nodejs.org/api/vm.html",
    "https://nodejs.org/api/process.html#processenv",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Object/constructor",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Inheritance_and_the_prototype_chain",
    "https://developer.mozilla.org/en-US/docs/Web/API/Window/alert",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Template_literals",
    "https://developer.mozilla.org/en-US/docs/Web/URI/Schemes/data",
    "https://angular.dev/guide/templates",
    "https://docs.angularjs.org/guide/expression",
    "https://ruby-doc.org/3.3/Kernel.html",
    "https://ruby-doc.org/3.3/stdlibs/open3/Open3.html",
    "https://perldoc.perl.org/functions/open",
    "https://perldoc.perl.org/perlop#qx/STRING/",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://owasp.org/www-community/attacks/Server_Side_Request_Forgery",
    "https://portswigger.net/web-security/prototype-pollution",
    "https://commons.apache.org/proper/commons-collections/",
    "https://spring.io/guides/gs/rest-service/",
    "https://github.com/acme/billing/blob/main/src/Invoice.php",
    "https://github.com/acme/worker/blob/main/lib/runner.rb",
    "https://github.com/acme/tools/blob/main/scripts/rotate.pl",
    "https://gitlab.example.com/platform/api/-/merge_requests/412",
    "https://example.com/downloads/setup.zip",
    "https://cdn.example.org/assets/app.min.js?v=4.2.0",
    "https://status.example.com/incidents/2024-06-11",
    "https://www.example.org/blog/2024/03/why-we-left-php",
    "https://jobs.example.com/openings/senior-java-engineer",
    "https://en.wikipedia.org/wiki/Serialization",
    "https://en.wikipedia.org/wiki/Localhost",
    "https://en.wikipedia.org/wiki/Private_network",
    "https://en.wikipedia.org/wiki/Perl",
    "https://www.rfc-editor.org/rfc/rfc2397",
    "https://www.rfc-editor.org/rfc/rfc1918",
    "https://stackoverflow.com/questions/tagged/php",
    "https://stackoverflow.com/questions/tagged/java",
    "https://news.ycombinator.com/item?id=40123456",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
]
PROSE = [
    "system administrator",
    "exec assistant to the CFO",
    "php developer",
    "senior java engineer",
    "process improvement lead",
    "data protection officer",
    "head of input and analytics",
    "filter coffee fan",
    "runtime performance",
    "constructor.io contract",
    "prototype lab manager",
    "function hall booking",
    "shell oil invoice",
    "kernel of truth",
    "ruby anniversary party",
    "pearl harbor trip",
    "open house Saturday",
    "alert from the bank",
    "confirm booking 4471",
    "prompt payment discount",
    "template for offer letters",
    "class of 2019 reunion",
    "java the hut coffee shop",
    "metadata librarian",
    "local host family",
    "while supplies last",
    "for sale by owner",
    "true north consulting",
    "server rack install",
    "session musician",
    "global logistics",
    "environment health and safety",
    "cookie jar fundraiser",
    "base camp gear list",
    "zip code 10115",
    "glob of paint on the wall",
    "expect delays on route 9",
    "compressed air supplier",
    "file cabinet keys",
    "upload the signed contract",
    "information desk",
    "serial number lookup",
    "object lost in the lobby",
    "magic show tickets",
    "hash browns recipe",
    "loader crane rental",
    "naming ceremony",
    "directory of members",
    "Runtime Terror band",
    "Phar Lap racehorse",
    "Marshal Law firm",
    "Kernel Brothers bakery",
    "Open3 studio",
    "POSIX Ltd",
    "Gopher Tours",
    "Angular Momentum podcast",
    "Alert Security Services",
    "Process Plus GmbH",
    "System Seven Records",
    "Eval Consulting",
    "Data Direct Inc",
    "Meta Data Partners",
    "Java Junction cafe",
    "PHP Conference Berlin",
    "Perl Harbor sushi",
    "Ruby Tuesday lunch",
    "Prototype Garage",
    "Constructor Ltd",
    "the system is down again",
    "exec summary draft",
    "what is my php version",
    "how do I reset my password",
    "refund for order 8812",
    "invoice from Shell Energy",
    "find Anna in accounting",
    "team offsite in Porto",
    "meeting notes 12 March",
    "onboarding checklist",
    "travel policy 2024",
    "parking permit renewal",
    "laptop replacement form",
    "holiday calendar",
    "benefits enrollment window",
    "quarterly goals",
    "security awareness training",
    "printer on floor 3",
    "wifi password guest network",
    "fire drill schedule",
    "lunch and learn: intro to Java",
    "lunch and learn: PHP 8 features",
    "book club: The Pragmatic Programmer",
    "yoga class Tuesday",
    "bike to work week",
    "charity run sign up",
    "new hire Maria Runtime",
    "call with Dr. Process",
    "Mr. Perl from procurement",
    "Ms. Ruby Kernel",
    "John Constructor",
    "Sarah Prototype",
    "Alex Eval",
    "Jamie System",
    "room 127 booking",
    "floor 10 kitchen",
    "building 169 parking",
    "gate 254 at the airport",
    "order #100100",
    "ticket 2130706433",
    "version 1.0.0.1 release",
    "IP phone extension 4412",
    "while you were out",
    "for your information",
    "data import failed",
    "input needed by Friday",
    "filter by department",
    "search all channels",
    "show archived users",
    "sort by last login",
    "export to csv",
    "users created this week",
]
SEARCHES = [
    "php", "java", "system", "process", "data", "ruby", "perl", "node", "runtime", "kernel",
    "anna", "john smith", "o'brien", "müller", "josé", "zoë", "李", "ivan", "priya", "kim",
    "marketing", "sales emea", "engineering", "support tier 2", "finance", "hr", "legal", "ops", "design", "qa",
    "exec", "shell", "eval", "alert", "confirm", "prompt", "template", "metadata", "localhost", "constructor",
    "prototype", "function", "class", "loader", "serial", "object", "filter", "input", "stream", "wrapper",
    "upload", "file", "open", "popen", "assert", "info", "phar", "zip", "glob", "expect",
    "cookie", "session", "server", "env", "global", "base64", "magic", "hash map", "while", "for loop",
    "true", "false", "null", "none", "undefined", "admin", "root", "guest", "test user", "bot",
]
PEOPLE = [
    {"name": "Ruby Marshall", "city": "Leeds", "street": "12 Kernel Street"},
    {"name": "Perl Jensen", "city": "Aarhus", "street": "Systemvej 4"},
    {"name": "Java Okafor", "city": "Lagos", "street": "3 Process Road"},
    {"name": "Dr. Eval Moreau", "city": "Lyon", "street": "8 rue du Prototype"},
    {"name": "Constructor Ltd.", "city": "Manchester", "street": "Unit 5, Runtime Park"},
    {"name": "Phar Lap Stables", "city": "Melbourne", "street": "22 Data Lane"},
    {"name": "Anna Systema", "city": "Riga", "street": "Brivibas iela 127"},
    {"name": "Open Three Studio", "city": "Oslo", "street": "Storgata 169"},
    {"name": "Alert Home Security", "city": "Denver", "street": "254 Metadata Ave"},
    {"name": "Gopher Express", "city": "Minneapolis", "street": "100 Global Way"},
    {"name": "Angela Angular", "city": "Milan", "street": "Via Template 7"},
    {"name": "Karl Kernel", "city": "Graz", "street": "Prozessgasse 2"},
    {"name": "Maria Prompt", "city": "Madrid", "street": "Calle Confirmar 9"},
    {"name": "Tomás Shell", "city": "Porto", "street": "Rua do Sistema 45"},
    {"name": "Priya Loader", "city": "Pune", "street": "Class Road 10"},
    {"name": "Chen Wrapper", "city": "Taipei", "street": "Stream St. 88"},
    {"name": "Lena Filter", "city": "Vienna", "street": "Inputgasse 3"},
    {"name": "Sam Serial", "city": "Boston", "street": "1 Object Plaza"},
    {"name": "Noor Magic", "city": "Amman", "street": "Hash Street 5"},
    {"name": "Otto Glob", "city": "Bremen", "street": "Zipstraße 21"},
    {"name": "Eve Expect", "city": "Cork", "street": "Compress Row 6"},
    {"name": "Ian Upload", "city": "Cardiff", "street": "File Lane 30"},
    {"name": "Fatima Info", "city": "Casablanca", "street": "Rue de la Session 14"},
    {"name": "Greg Server", "city": "Austin", "street": "500 Cookie Dr"},
    {"name": "Hana Global", "city": "Osaka", "street": "2-10 Env Dori"},
    {"name": "Base Camp Outfitters", "city": "Boulder", "street": "64 Trail Rd"},
    {"name": "While Away Cafe", "city": "Bath", "street": "For Street 1"},
    {"name": "True North Ltd", "city": "Calgary", "street": "Suite 10, 0 Avenue"},
    {"name": "Local Host B&B", "city": "Galway", "street": "Harbour View 127"},
    {"name": "O'Neil & Sons", "city": "Dublin", "street": "3 Quay St."},
    {"name": "Zoë Müller-Lüdenscheidt", "city": "Köln", "street": "Domplatz 1"},
    {"name": "José Núñez", "city": "Sevilla", "street": "Calle Sierpes 12"},
    {"name": "Łukasz Żółw", "city": "Kraków", "street": "ul. Floriańska 3"},
    {"name": "Søren Kierkegård", "city": "København", "street": "Nørregade 10"},
    {"name": "李小龙", "city": "香港", "street": "弥敦道 100"},
    {"name": "Ивана Петрова", "city": "София", "street": "ул. Витоша 15"},
    {"name": "Ahmed Al-Sayed", "city": "Cairo", "street": "26 July St. 12"},
    {"name": "Aarav Sharma", "city": "Delhi", "street": "B-12, Sector 62"},
    {"name": "Mary-Kate O'Connor", "city": "Belfast", "street": "Flat 2/3, Lisburn Rd"},
    {"name": "Jean-Luc Picard", "city": "La Barre", "street": "Château Picard"},
]
CLIENT_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
     "Safari/605.1.15"),
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "curl/8.5.0",
    "Wget/1.21.4",
    "python-requests/2.32.3",
    "Python-urllib/3.12",
    "okhttp/4.12.0",
    "Java/21.0.3",
    "Apache-HttpClient/5.3.1 (Java/17.0.11)",
    "Java-http-client/21.0.3",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "axios/1.7.2",
    "undici",
    "Ruby",
    "Faraday v2.9.2",
    "libwww-perl/6.76",
    "PHP/8.3.8",
    "GuzzleHttp/7",
    "Go-http-client/2.0",
    "Dart/3.4 (dart:io)",
    "PostmanRuntime/7.39.0",
    "insomnia/2023.5.8",
    "Slackbot 1.0 (+https://api.slack.com/robots)",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "AcmeMobile/5.12.0 (iOS 17.5; iPhone15,2) Runtime/Swift",
    "AcmeDesktop/2.4.1 Electron/30.1.0 Node/20.14.0 Chrome/124.0",
    "AcmeSync/1.8 (Java 17; Linux amd64)",
    "AcmeCLI/0.9.3 (php 8.2; Linux)",
    "kube-probe/1.30",
    "ELB-HealthChecker/2.0",
    "Prometheus/2.53.0",
    "Datadog Agent/7.54.0",
    "GitHub-Hookshot/abc1234",
    "Zapier",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17726; Pro)",
]
REFERERS = [
    "https://www.google.com/",
    "https://www.google.com/search?q=php+system+requirements",
    "https://www.bing.com/search?q=java+runtime+download",
    "https://duckduckgo.com/?q=node+process+manager",
    "https://app.slack.com/client/T061EG9R6/C0123456789",
    "https://github.com/acme/api/pull/1234",
    "https://github.com/acme/api/blob/main/src/Controller/UserController.php",
    "https://stackoverflow.com/questions/2341/how-to-run-a-system-command-in-java",
    "https://stackoverflow.com/questions/5678/javascript-prototype-vs-constructor",
    "https://docs.example.com/guide/templates#expressions",
    "https://docs.example.com/api/v1/metadata",
    "https://intranet.example.com/wiki/Process/Onboarding",
    "https://intranet.example.com/wiki/Systems/Runtime_Inventory",
    "https://mail.google.com/mail/u/0/",
    "https://outlook.office.com/mail/inbox",
    "https://www.linkedin.com/feed/",
    "https://t.co/AbCdEf123",
    "https://news.ycombinator.com/item?id=40123456",
    "https://www.reddit.com/r/PHP/comments/1abcde/php_84_released/",
    "https://www.reddit.com/r/java/comments/1fghij/java_23_features/",
    "https://www.reddit.com/r/node/",
    "https://www.reddit.com/r/ruby/",
    "https://www.reddit.com/r/perl/",
    "https://admin.example.com/admin/users/search?q=kernel",
    "https://admin.example.com/admin/users/42/edit",
    "https://app.example.com/settings/profile",
    "https://app.example.com/dashboard?filter=process&range=7d",
    "https://app.example.com/reports/system-usage",
    "https://www.example.org/blog/2024/05/prototype-to-production",
    "https://www.example.org/blog/2024/02/data-scheme-explained",
    "https://jobs.example.com/openings/php-developer",
    "https://jobs.example.com/openings/java-engineer",
    "https://angular.dev/tutorials",
    "https://nodejs.org/en/download",
    "https://www.ruby-lang.org/en/downloads/",
    "https://www.perl.org/get.html",
    "https://www.php.net/downloads",
    "https://adoptium.net/temurin/releases/",
    "http://localhost:3000/",
    "https://staging.example.com/",
]
COOKIES = [
    "session=8f14e45fceea167a5a36dedd4bea2543; theme=dark",
    "session=c9f0f895fb98ab9159f51fd0297e236d; lang=de-DE",
    "_ga=GA1.2.1234567890.1719000000; _gid=GA1.2.987654321.1719000000",
    "consent=necessary,analytics; tz=Europe/Berlin",
    "prefs=compact; sidebar=collapsed",
    "last_search=php+developer; page_size=50",
    "last_search=java%20runtime; sort=name",
    "filter=process; view=list",
    "remember_team=T061EG9R6; locale=en_GB",
    "PHPSESSID=5a0b8c3d2e1f4a6b7c8d9e0f1a2b3c4d",
    "JSESSIONID=3F2504E04F8911D39A0C0305E82C3301",
    "connect.sid=s%3AaBcDeFgHiJkLmNoP.QrStUvWxYz0123456789abcdefghij",
    "_rails_session=dGhpcyBpcyBub3QgYSByZWFsIHNlc3Npb24%3D--abc123",
    "XSRF-TOKEN=eyJpdiI6IkFCQyJ9; laravel_session=eyJpdiI6IkRFRiJ9",
    "csrftoken=Yk9vX1RvaGFuZGxlcjEyMzQ1Njc4OQ; sessionid=abc123def456",
    "cart=%7B%22items%22%3A2%7D; currency=EUR",
    "recent=%5B%22system%22%2C%22process%22%5D",
    "ab_test=variant_b; experiment=prototype-2",
    "tracking=off; newsletter=weekly",
    "draft=Meeting%20notes%20for%20Runtime%20review",
    "timezone=America%2FNew_York; clock=24h",
    "editor=vim; font=JetBrains%20Mono",
    "beta=true; features=templates%2Calerts",
    "lang=pt-BR; region=sa-east-1",
    "onboarding=done; tour=skipped",
    "sidebar_width=280; panel=metadata",
    "dismissed=banner-2024-06; alerts=on",
    "recent_files=report.pdf%2Cnotes.txt",
    "dev_mode=1; api_base=https%3A%2F%2Fapi.example.com",
    "ajs_anonymous_id=%22f0e1d2c3-b4a5-4697-8877-665544332211%22",
]
UPLOADS = [
    "avatar.jpg", "avatar.png", "me-at-the-beach.jpeg", "profile_photo.gif", "IMG_20240611_101512.jpg",
    "Screenshot 2024-06-11 at 10.15.12.png", "report.pdf", "Q2-report-final-v3.pdf", "invoice_8812.pdf",
    "contract (signed).pdf", "notes.txt", "meeting-notes.md", "php-cheatsheet.pdf", "java_tutorial.pdf",
    "system-diagram.drawio", "process-flow.vsdx", "data.csv", "export-users-2024-06.csv", "budget.xlsx",
    "presentation.pptx", "CV_Anna_Systema.docx", "résumé.pdf", "履歴書.pdf", "logo.svg", "archive.zip",
    "photos.tar.gz", "backup-2024-06-01.sql.gz", "config-sample.yaml", "prototype-v2.fig", "kernel-notes.txt",
    "ruby-conf-ticket.pdf", "perl-cookbook-errata.txt", "node-workshop-slides.pdf", "runtime-metrics.png",
    "template-offer-letter.docx", "metadata-spec.json", "angular-upgrade-plan.md", "serial-numbers.csv",
    "shell-oil-receipt.jpg", "phone.vcf",
]


def _xml_profile(name: str, bio: str) -> str:
    return f"<user><name>{_xml_escape(name)}</name><bio>{_xml_escape(bio)}</bio></user>"


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    n = yield from numbered((_get(f"/api/users?q={urllib.parse.quote(s, safe='')}&page=1") for s in SEARCHES),
                            f"{NAME}-search", n, "query")
    n = yield from numbered((_get(f"{RS_GET_PATHS[i % len(RS_GET_PATHS)]}?{RS_NAMES[i % len(RS_NAMES)]}="
                                  f"{urllib.parse.quote(s, safe='')}") for i, s in enumerate(SEARCHES)),
                            f"{NAME}-rssearch", n, "rs-query")
    n = yield from numbered((_post("/api/users", json.dumps({"email": "contact@example.org", **p}, ensure_ascii=False),
                                   "application/json") for p in PEOPLE), f"{NAME}-address", n, "json")
    n = yield from numbered((_get("/api/users?page=1", _headers({"User-Agent": ua})) for ua in CLIENT_UAS),
                            f"{NAME}-useragent", n, "header:User-Agent")
    n = yield from numbered((_get("/api/users?page=2", _headers({"Referer": ref})) for ref in REFERERS),
                            f"{NAME}-referer", n, "header:Referer")
    n = yield from numbered((_get("/api/users?page=1", _headers({"Cookie": c})) for c in COOKIES),
                            f"{NAME}-cookie", n, "cookie")
    mp = f"multipart/form-data; boundary={BOUNDARY}"
    n = yield from numbered((_post("/admin/users/search", _multipart([("csrf_token", "t0k3n")], ("avatar", f)), mp)
                             for f in UPLOADS), f"{NAME}-upload", n, "multipart-filename")
    n = yield from numbered((_post("/api/users", _xml_profile(p["name"], text), "application/xml")
                             for p, text in zip(PEOPLE, PROSE, strict=False)), f"{NAME}-xml", n, "xml")
    yield from numbered((_post(RS_POST_PATHS[i % len(RS_POST_PATHS)], json.dumps({RS_NAMES[i % len(RS_NAMES)]: t}),
                               "application/json") for i, t in enumerate(PROSE[40:100])), f"{NAME}-rsjson", n,
                        "rs-json")


if __name__ == "__main__":
    print_records(attacks(), benign())
